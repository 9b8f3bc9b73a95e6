"""rows.insert, ingest's multi-row INSERT: rows split over as many statements as the
backend needs, their new ids in the order of the rows."""

import pytest

from claims.models import Span, SpanRole
from claims.services import rows
from tests.factories import DocumentFactory, make_claim

pytestmark = pytest.mark.django_db

SPAN_COLUMNS = ("claim_id", "role", "start", "end", "exact", "prefix", "suffix")


def test_more_rows_than_one_statement_holds_are_all_inserted_in_order():
    document = DocumentFactory(text="가" * 2000)
    claim = make_claim(document, phrase="가" * 10)
    per_statement = rows._rows_per_statement("default", Span, SPAN_COLUMNS)
    count = per_statement * 2 + 7  # three statements, the last one short
    spans = [(claim.pk, SpanRole.CUE.value, n, n + 1, "가", "", "") for n in range(count)]

    ids = rows.insert(Span, SPAN_COLUMNS, spans, returning=True)

    assert len(ids) == count
    stored = dict(Span.objects.filter(pk__in=ids).values_list("pk", "start"))
    assert [stored[pk] for pk in ids] == list(range(count))


def test_a_statement_never_binds_more_parameters_than_postgresql_takes():
    per_statement = rows._rows_per_statement("default", Span, SPAN_COLUMNS)

    assert 1 <= per_statement * len(SPAN_COLUMNS) <= rows.MAX_PARAMETERS


def test_no_rows_insert_nothing():
    assert rows.insert(Span, SPAN_COLUMNS, [], returning=True) == []
    assert not Span.objects.exists()
