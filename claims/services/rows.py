"""Multi-row INSERTs of values already in database form, for ingest's hot path.

An article brings about a hundred rows (claims, their history, spans, quantities).
Django's bulk_create builds a model instance per row and prepares every value through
the field machinery, which costs several times the extraction itself (`make bench`).
Here a row is a dict of plain values, keyed by attname; the few values whose database
form differs by backend (date-times, decimals) are adapted by the caller with `adapt_*`.
"""

from collections.abc import Callable, Sequence
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal

from django.db import DEFAULT_DB_ALIAS, connection, connections, models


def adapt_datetime(value: datetime | None):
    return connection.ops.adapt_datetimefield_value(value)


def decimal_adapter(field: models.DecimalField) -> Callable[[Decimal | None], object]:
    """A function from a Decimal (or None) to its database form for `field`: looked up once,
    as ingest adapts tens of thousands of values."""
    adapt = connection.ops.adapt_decimalfield_value
    max_digits, decimal_places = field.max_digits, field.decimal_places

    def adapted(value: Decimal | None):
        return None if value is None else adapt(value, max_digits, decimal_places)

    return adapted


def insert(
    model: type[models.Model], rows: Sequence[dict], *, returning: bool = False
) -> list[int]:
    """Insert `rows` into `model`'s table in as few statements as the backend allows;
    with `returning`, the new primary keys in the order of `rows` (as bulk_create has
    them on PostgreSQL and SQLite)."""
    if not rows:
        return []
    db = connections[DEFAULT_DB_ALIAS]  # once: each access through the proxy costs a lookup
    attnames = list(rows[0])
    fields = [model._meta.get_field(name) for name in attnames]
    quote = db.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    placeholder = "(" + ", ".join([_placeholder(db)] * len(fields)) + ")"
    suffix = f" RETURNING {quote(model._meta.pk.column)}" if returning else ""
    batch = max(1, db.ops.bulk_batch_size(fields, rows))
    ids: list[int] = []
    with _driver_cursor(db) as cursor:
        for first in range(0, len(rows), batch):
            chunk = rows[first : first + batch]
            sql = (
                f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES "
                + ", ".join([placeholder] * len(chunk))
                + suffix
            )
            cursor.execute(sql, [row[name] for row in chunk for name in attnames])
            if returning:
                ids.extend(pk for (pk,) in cursor.fetchall())
    return ids


def find_id(model: type[models.Model], **equals) -> int | None:
    """The primary key of the row whose columns equal `equals`, or None."""
    quote = connection.ops.quote_name
    where = " AND ".join(
        f"{quote(model._meta.get_field(name).column)} = {_placeholder()}" for name in equals
    )
    sql = (
        f"SELECT {quote(model._meta.pk.column)} FROM {quote(model._meta.db_table)} "
        f"WHERE {where} LIMIT 1"
    )
    with _driver_cursor() as cursor:
        cursor.execute(sql, list(equals.values()))
        found = cursor.fetchone()
    return found[0] if found else None


def update_column(model: type[models.Model], attname: str, pairs: Sequence[tuple]) -> None:
    """Set `attname` to each pair's value on the row with the pair's primary key."""
    if not pairs:
        return
    quote = connection.ops.quote_name
    column = quote(model._meta.get_field(attname).column)
    mark = _placeholder()
    sql = (
        f"UPDATE {quote(model._meta.db_table)} SET {column} = {mark} "
        f"WHERE {quote(model._meta.pk.column)} = {mark}"
    )
    with _driver_cursor() as cursor:
        cursor.executemany(sql, list(pairs))


def _placeholder(db=connection) -> str:
    return "?" if db.vendor == "sqlite" else "%s"


@contextmanager
def _driver_cursor(db=connection):
    """The database driver's own cursor, inside Django's connection and transaction.

    Django's SQLite wrapper rewrites every `%s` of a statement with a regular expression,
    which for statements of a thousand parameters costs more than SQLite itself; the
    driver takes `?` directly. Errors still surface as Django's exceptions.
    """
    db.ensure_connection()
    with db.wrap_database_errors:
        cursor = db.connection.cursor()
        try:
            yield cursor
        finally:
            cursor.close()
