"""Reading uploaded files strictly, and the formula guard read back. A file that cannot be
read is refused with its row, its column and the reason."""

import io
import json

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.tables import TableFileError, guard_cell, read_table, restore_cell

HEADER = "id,statement,status,notes\r\n"


def problem(data: bytes, file_format: str = "csv") -> TableFileError:
    with pytest.raises(TableFileError) as error:
        read_table(data, file_format=file_format)
    return error.value


def test_csv_in_utf8_with_bom_and_multiline_cells():
    data = (HEADER + '7,"5000억달러",verified,"첫 줄\r\n둘째 줄"\r\n').encode("utf-8-sig")
    table = read_table(data, file_format="csv")
    assert table.headers == ["id", "statement", "status", "notes"]
    assert table.dict == [
        {"id": "7", "statement": "5000억달러", "status": "verified", "notes": "첫 줄\r\n둘째 줄"}
    ]


def test_a_file_in_the_korean_windows_encoding_is_refused_where_it_stops_being_utf8():
    data = (HEADER + "7,5000억달러,verified,확인\r\n").encode("cp949")
    error = problem(data)
    assert (error.row, error.column) == (2, "statement")
    assert "UTF-8" in error.reason
    assert str(error).startswith("2행 “statement” 열: 파일이 UTF-8 텍스트가 아닙니다")


def test_an_unclosed_quote_is_refused_with_its_row_and_column():
    error = problem((HEADER + '7,"5000억달러,verified,확인\r\n').encode())
    assert (error.row, error.column) == (2, "statement")
    assert "CSV 형식이 잘못되었습니다" in error.reason


def test_text_after_a_closing_quote_is_refused_with_its_column():
    error = problem((HEADER + '7,ok,verified,"확인"이다\r\n').encode())
    assert (error.row, error.column) == (2, "notes")


@pytest.mark.parametrize(
    ("line", "column"), [("7,ok,verified\r\n", "notes"), ("7,ok,verified,확인,extra\r\n", None)]
)
def test_a_row_with_too_few_or_too_many_cells_is_refused(line, column):
    error = problem((HEADER + "8,a,b,c\r\n" + line).encode())
    assert (error.row, error.column) == (3, column)


def test_blank_lines_keep_row_numbers():
    table = read_table((HEADER + "\r\n7,ok,verified,확인\r\n").encode(), file_format="csv")
    assert [row[0] for row in table] == ["", "7"]


def test_an_empty_file_has_no_header():
    assert problem(b"").row == 1


def test_xlsx_is_read_with_its_types():
    book = openpyxl.Workbook()
    book.active.append(["id", "status", "notes", None])
    book.active.append([7, "verified", "확인", None])
    out = io.BytesIO()
    book.save(out)
    table = read_table(out.getvalue(), file_format="xlsx")
    assert table.dict == [{"id": 7, "status": "verified", "notes": "확인"}]


def test_a_file_that_is_not_a_workbook_is_refused():
    assert "xlsx" in problem(b"id,status\r\n", "xlsx").reason


def test_json_list_of_objects():
    data = json.dumps([{"id": 7, "status": "verified"}], ensure_ascii=False).encode()
    assert read_table(data, file_format="json").dict == [{"id": 7, "status": "verified"}]


@pytest.mark.parametrize(
    ("data", "row"),
    [(b'[{"id": 7}, {"status": "x"}]', 3), (b"{", None), (b'{"id": 7}', None)],
)
def test_bad_json_is_refused(data, row):
    assert problem(data, "json").row == row


@pytest.mark.parametrize("first", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_guarded_and_restored(first):
    cell = f"{first}1+2"
    assert guard_cell(cell) == "'" + cell
    assert restore_cell(guard_cell(cell)) == cell


@pytest.mark.parametrize("cell", [12, -5, 3.5, None, "", "보통 문장", "'인용'", "1-2"])
def test_numbers_and_harmless_text_are_left_alone(cell):
    assert guard_cell(cell) == cell


@given(st.text())
def test_restore_undoes_guard_for_any_text(text):
    guarded = guard_cell(text)
    assert guarded[:1] not in {"=", "+", "-", "@", "\t", "\r"}
    assert restore_cell(guarded) == text
