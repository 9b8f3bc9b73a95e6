"""Short views of the extractor's output that the rule tests compare against tables."""

from claims.extraction import extract
from claims.extraction.quantities import find_quantities

# A speaker the sentence under test must not inherit.
LEAD = '박 의원은 "걱정이 크다"고 말했다. '


def quantities(text: str) -> list[tuple[str, str | None, str | None]]:
    """(span text, value, unit) of every quantity in `text`."""
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


def attributed(text: str) -> list[tuple[str | None, str | None, str]]:
    """(mode, speaker name, claim text) of every attributed claim in `text`."""
    return [
        (c.attribution, c.speaker.name if c.speaker else None, c.text)
        for c in extract(text)
        if c.attribution
    ]
