"""The claims table that leaves the workbench as a spreadsheet and comes back from Excel:
its columns, the guard against formula injection, and strict reading of uploaded files.

Rows are numbered as a spreadsheet numbers them: the header is row 1, the first claim is
row 2. Every problem names its row, its column (when it has one) and the reason.
"""

import csv
import io
import json
import re
from typing import Any

import tablib
from django.utils.translation import gettext as _

# The columns of an export, in order; stable machine names that imports read back.
CLAIM_COLUMNS: tuple[str, ...] = (
    "id",
    "document_title",
    "document_url",
    "published_at",
    "statement",
    "start",
    "end",
    "kinds",
    "quantities",
    "values",
    "speaker",
    "attribution",
    "status",
    "reviewer",
    "reviewed_at",
    "notes",
    "evidence_urls",
)
# Written as numbers (never guarded): a spreadsheet shows them as numbers.
NUMERIC_COLUMNS = frozenset({"id", "start", "end"})
# What an import may change; every other column is informative and ignored on import,
# except the span columns, which must still match the stored claim and its document.
EDITABLE_COLUMNS: tuple[str, ...] = ("status", "notes", "reviewer")
SPAN_COLUMNS: tuple[str, ...] = ("statement", "start", "end")
FILE_FORMATS: tuple[str, ...] = ("csv", "xlsx", "json")

# OWASP CSV injection: a text cell whose first character makes a spreadsheet read it as a
# formula (= + - @, tab, carriage return) is written with a leading single quote. A cell
# that already starts with quotes before such a character gets one more, so that
# `restore_cell` gives back exactly what was stored.
FORMULA_START = frozenset("=+-@\t\r'")
GUARDED = re.compile(r"'*[=+\-@\t\r]")


def guard_cell(cell: Any) -> Any:
    """`cell` as a spreadsheet may safely read it; numbers and other non-text pass as they are."""
    if cell.__class__ is str and cell[:1] in FORMULA_START and GUARDED.match(cell):
        return "'" + cell
    return cell


def guard_row(cells: list[Any]) -> list[Any]:
    """`guard_cell` over a row, inlined: it runs for every cell of every exported row."""
    return [
        "'" + cell
        if cell.__class__ is str and cell and cell[0] in FORMULA_START and GUARDED.match(cell)
        else cell
        for cell in cells
    ]


def restore_cell(cell: str) -> str:
    """The text that `guard_cell` guarded: one leading quote less where it added one."""
    if cell[:1] == "'" and GUARDED.match(cell, 1):
        return cell[1:]
    return cell


def describe(row: int | None, column: str | None, reason: str) -> str:
    """`Row 3, column “notes”: reason`, leaving out what is not known."""
    if row is not None and column:
        return _("Row %(row)s, column “%(column)s”: %(reason)s") % {
            "row": row,
            "column": column,
            "reason": reason,
        }
    if row is not None:
        return _("Row %(row)s: %(reason)s") % {"row": row, "reason": reason}
    if column:
        return _("Column “%(column)s”: %(reason)s") % {"column": column, "reason": reason}
    return reason


class TableFileError(ValueError):
    """An uploaded file that cannot be read as a table."""

    def __init__(self, row: int | None, column: str | None, reason: str) -> None:
        super().__init__(row, column, reason)
        self.row, self.column, self.reason = row, column, reason

    def __str__(self) -> str:
        return describe(self.row, self.column, self.reason)


def read_table(data: bytes, *, file_format: str) -> tablib.Dataset:
    """The table in an uploaded file (`csv` in UTF-8, `xlsx`, or `json` as a list of
    objects), or TableFileError saying where and why it cannot be read."""
    if file_format == "csv":
        return _read_csv(data)
    if file_format == "xlsx":
        return _read_xlsx(data)
    if file_format == "json":
        return _read_json(data)
    raise TableFileError(
        None, None, _("Unknown file format “%(format)s”.") % {"format": file_format}
    )


def _dataset(headers: list[str], rows: list[list[Any]]) -> tablib.Dataset:
    if not headers or not any(headers):
        raise TableFileError(1, None, _("The file has no header row."))
    dataset = tablib.Dataset(headers=headers)
    for row in rows:
        dataset.append(row)
    return dataset


def _width_problem(number: int, row: list[Any], headers: list[str]) -> TableFileError:
    if len(row) < len(headers):
        column = headers[len(row)]
        reason = _("the row has %(found)d cells but the header has %(expected)d.")
    else:
        column = None
        reason = _("the row has %(found)d cells, more than the %(expected)d of the header.")
    return TableFileError(number, column, reason % {"found": len(row), "expected": len(headers)})


def _read_csv(data: bytes) -> tablib.Dataset:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _not_utf8(data, error) from None
    pending: list[str] = []

    def lines():
        for line in io.StringIO(text, newline=""):
            pending.append(line)
            yield line

    reader = csv.reader(lines(), strict=True)
    headers: list[str] = []
    rows: list[list[str]] = []
    number = 0
    while True:
        pending.clear()
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            index = _malformed_field("".join(pending))
            column = headers[index] if number and index < len(headers) else None
            raise TableFileError(
                number + 1, column, _("the CSV is malformed (%(error)s).") % {"error": error}
            ) from None
        number += 1
        if number == 1:
            headers = [cell.strip() for cell in record]
        elif not record:  # a blank line: an empty row, so that row numbers stay right
            rows.append([""] * len(headers))
        elif len(record) != len(headers):
            raise _width_problem(number, record, headers)
        else:
            rows.append(record)
    return _dataset(headers, rows)


def _malformed_field(record: str) -> int:
    """The index of the field where strict CSV parsing of `record` fails."""
    field, in_quotes, at_start, i = 0, False, True, 0
    while i < len(record):
        char = record[i]
        if in_quotes:
            if char == '"':
                if record[i + 1 : i + 2] == '"':
                    i += 1
                elif record[i + 1 : i + 2] not in (",", "\r", "\n", ""):
                    return field  # text after a closing quote
                else:
                    in_quotes = False
        elif char == ",":
            field, at_start = field + 1, True
            i += 1
            continue
        elif char == '"' and at_start:
            in_quotes = True
        at_start = False
        i += 1
    return field  # a quote left open runs to the end: the error is in its field


def _not_utf8(data: bytes, error: UnicodeDecodeError) -> TableFileError:
    """Where the first byte that is not UTF-8 stands, as row and column of the table."""
    before = data[: error.start].decode("utf-8-sig", "replace")
    try:
        records = list(csv.reader(io.StringIO(before + "x", newline="")))
    except csv.Error:
        records = []
    reason = _(
        "the file is not UTF-8 text (byte 0x%(byte)02X). In Excel, save it as "
        "“CSV UTF-8 (comma delimited)”."
    ) % {"byte": data[error.start]}
    if not records:
        return TableFileError(None, None, reason)
    index = len(records[-1]) - 1
    headers = records[0] if len(records) > 1 else []
    column = headers[index].strip() if index < len(headers) else None
    return TableFileError(len(records), column, reason)


def _read_xlsx(data: bytes) -> tablib.Dataset:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet_rows = list(book.active.iter_rows(values_only=True))
    except Exception:  # openpyxl raises zipfile, KeyError, XML and its own errors alike
        raise TableFileError(None, None, _("The file is not an Excel workbook (.xlsx).")) from None
    if not sheet_rows:
        raise TableFileError(1, None, _("The file has no header row."))
    headers = [("" if cell is None else str(cell)).strip() for cell in sheet_rows[0]]
    while headers and not headers[-1]:
        headers.pop()  # Excel keeps formatted but empty columns
    rows = []
    for number, cells in enumerate(sheet_rows[1:], start=2):
        cells = list(cells) + [None] * (len(headers) - len(cells))
        if any(cell not in (None, "") for cell in cells[len(headers) :]):
            raise _width_problem(number, cells, headers)
        rows.append(cells[: len(headers)])
    return _dataset(headers, rows)


def _read_json(data: bytes) -> tablib.Dataset:
    try:
        items = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise TableFileError(
            None,
            None,
            _("The file is not UTF-8 text (byte %(position)d).") % {"position": error.start},
        ) from None
    except json.JSONDecodeError as error:
        raise TableFileError(
            None,
            None,
            _("The file is not valid JSON: %(error)s (line %(line)d, character %(char)d).")
            % {"error": error.msg, "line": error.lineno, "char": error.colno},
        ) from None
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise TableFileError(None, None, _("The JSON file must hold a list of objects."))
    if not items:
        raise TableFileError(1, None, _("The file has no header row."))
    headers = list(items[0])
    rows = []
    for number, item in enumerate(items, start=2):
        if set(item) != set(headers):
            odd = [key for key in headers if key not in item] + [
                k for k in item if k not in headers
            ]
            raise TableFileError(
                number, odd[0], _("every object must have the keys of the first one.")
            )
        rows.append([item[key] for key in headers])
    return _dataset(headers, rows)


def guard_dataset(dataset: tablib.Dataset) -> tablib.Dataset:
    """A copy of `dataset` with every cell guarded (headers are machine names)."""
    guarded = tablib.Dataset(headers=dataset.headers)
    for row in dataset:
        guarded.append(guard_row(row))
    return guarded
