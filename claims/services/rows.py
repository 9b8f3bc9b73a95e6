"""Multi-row INSERTs of values already in database form, for ingest's hot path.

An article brings about seventy rows (claims, spans, quantities). Django's bulk_create
builds a model instance per row and prepares every value through the field machinery,
which costs several times the extraction itself (`make bench`). Here a row is a tuple of
plain values in the order of the columns given (attnames); date-times, whose database
form differs by backend, are adapted by the caller with `adapt_datetime`.
"""

from collections.abc import Sequence
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from itertools import chain

from django.db import DEFAULT_DB_ALIAS, connection, connections, models

MAX_PARAMETERS = 65535


def adapt_datetime(value: datetime | None):
    return connection.ops.adapt_datetimefield_value(value)


def insert(
    model: type[models.Model],
    columns: Sequence[str],
    rows: Sequence[tuple],
    *,
    returning: bool = False,
) -> list[int]:
    """Insert `rows` (tuples in the order of `columns`, attnames) into `model`'s table in
    as few statements as the backend allows; with `returning`, the new primary keys in
    the order of `rows` (as bulk_create has them on PostgreSQL and SQLite)."""
    if not rows:
        return []
    db = connections[DEFAULT_DB_ALIAS]  # once: each access through the proxy costs a lookup
    columns = tuple(columns)
    batch = min(len(rows), _rows_per_statement(db.alias, model, columns))
    ids: list[int] = []
    with _driver_cursor(db) as cursor:
        for first in range(0, len(rows), batch):
            chunk = rows[first : first + batch]
            cursor.execute(
                _insert_sql(_placeholder(db), model, columns, len(chunk), returning),
                list(chain.from_iterable(chunk)),
            )
            if returning:
                ids.extend(pk for (pk,) in cursor.fetchall())
    return ids


@lru_cache(maxsize=64)
def _fields(model: type[models.Model], columns: tuple[str, ...]) -> list[models.Field]:
    return [model._meta.get_field(name) for name in columns]


@lru_cache(maxsize=64)
def _rows_per_statement(alias: str, model: type[models.Model], columns: tuple[str, ...]) -> int:
    """Rows per INSERT of these columns, asked once (the answer is the same for every
    article): the backend's limit (SQLite's comes from its limit on parameters), and never
    more than PostgreSQL's wire protocol can bind, 65,535 parameters a statement. Django's
    other backends answer with the number of rows offered, here a great many."""
    many = range(2**31)  # sized, never iterated
    limit = connections[alias].ops.bulk_batch_size(_fields(model, columns), many)
    return max(1, min(limit, MAX_PARAMETERS // len(columns)))


@lru_cache(maxsize=256)
def _insert_sql(
    mark: str, model: type[models.Model], columns: tuple[str, ...], count: int, returning: bool
) -> str:
    """The INSERT of `count` rows: the same few statements recur for every article."""
    quote = connections[DEFAULT_DB_ALIAS].ops.quote_name
    names = ", ".join(quote(field.column) for field in _fields(model, columns))
    row = "(" + ", ".join([mark] * len(columns)) + ")"
    suffix = f" RETURNING {quote(model._meta.pk.column)}" if returning else ""
    return (
        f"INSERT INTO {quote(model._meta.db_table)} ({names}) VALUES "
        + ", ".join([row] * count)
        + suffix
    )


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


# SQLite's driver takes `?` (see _driver_cursor); the others take Django's `%s`.
_PLACEHOLDERS = {"sqlite": "?"}


def _placeholder(db=connection) -> str:
    return _PLACEHOLDERS.get(db.vendor, "%s")


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
