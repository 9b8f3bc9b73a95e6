"""HTML pieces the review desk shows: the statement in its sentence, status badges,
quantities in human form. Everything is escaped by format_html."""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from claims.formatting import humanize_quantity
from claims.models import Claim, ClaimStatus, Quantity
from claims.selectors import Context, paragraph_context, quantities_of, sentence_context


def marked(text: str, marks: tuple[tuple[int, int], ...]) -> SafeString:
    """`text` with each (start, end) run wrapped in <mark>."""
    pieces, cursor = [], 0
    for start, end in sorted(marks):
        if start < cursor:
            continue  # overlapping marks: the first one wins
        pieces.append(format_html("{}", text[cursor:start]))
        pieces.append(format_html("<mark>{}</mark>", text[start:end]))
        cursor = end
    pieces.append(format_html("{}", text[cursor:]))
    return SafeString("".join(pieces))


def statement_in_context(claim: Claim) -> SafeString:
    return _context_html(sentence_context(claim))


def statement_in_paragraph(claim: Claim) -> SafeString:
    return _context_html(paragraph_context(claim))


def _context_html(context: Context) -> SafeString:
    return format_html(
        '<span class="claim-context">{}{}{}</span>',
        context.before,
        marked(context.exact, context.marks),
        context.after,
    )


def quantity_human(quantity: Quantity) -> str:
    return humanize_quantity(
        value=quantity.value,
        upper=quantity.upper,
        unit=quantity.unit,
        exact=quantity.exact,
        qualifier=quantity.qualifier,
        value_text=quantity.value_text,
        counter=quantity.counter,
    )


def quantities_human(claim: Claim) -> SafeString:
    return format_html_join(
        "; ",
        '<span class="claim-quantity">{}</span>',
        ((quantity_human(q),) for q in quantities_of(claim)),
    )


def status_badge(claim: Claim) -> SafeString:
    return format_html(
        '<span class="claim-status claim-status--{}">{}</span>',
        claim.status,
        ClaimStatus(claim.status).label,
    )
