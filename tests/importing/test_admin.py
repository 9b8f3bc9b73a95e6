"""Import on the claim list: upload, preview, confirm; any problem shows its row, column
and reason and writes nothing; the import permission guards every step."""

import io

import openpyxl
import pytest
from django.contrib.admin.models import LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Claim
from tests.factories import ReviewerFactory, UserFactory
from tests.importing.conftest import as_csv, edited, exported, row_of

pytestmark = pytest.mark.django_db
IMPORT = reverse("admin:claims_claim_import")
CONFIRM = reverse("admin:claims_claim_process_import")
LIST = reverse("admin:claims_claim_changelist")
FORMATS = {"csv": "0", "xlsx": "1", "json": "2"}


@pytest.fixture
def importer(db):
    return ReviewerFactory(
        username="editor", permissions=["view_claim", "change_claim", "import_claim"]
    )


@pytest.fixture
def importer_client(client, importer):
    client.force_login(importer)
    return client


def upload(client, data: bytes, name="claims.csv", file_format="csv", language="ko"):
    return client.post(
        IMPORT,
        {"resource": "0", "format": FORMATS[file_format],
         "import_file": SimpleUploadedFile(name, data)},
        headers={"accept-language": language},
    )  # fmt: skip


def confirm(client, preview):
    form = preview.context["confirm_form"]
    return client.post(CONFIRM, {name: form[name].value() for name in form.fields})


def statuses() -> dict[int, tuple[str, str]]:
    return {c.pk: (c.status, c.notes) for c in Claim.objects.all()}


def test_upload_previews_then_confirm_writes(importer_client, importer, claims):
    table = edited(exported(), claims["money"], status="verified", notes="기재부 자료와 일치")
    before = statuses()
    preview = upload(importer_client, as_csv(table))
    assert preview.status_code == 200
    result = preview.context["result"]
    assert not result.has_validation_errors() and preview.context["confirm_form"]
    assert len(result.rows) == 1
    html = preview.content.decode()
    assert "<del>unreviewed</del> → <ins>verified</ins>" in html  # the diff, not its escape
    assert "<ins>기재부 자료와 일치</ins>" in html
    assert statuses() == before  # the preview wrote nothing
    done = confirm(importer_client, preview)
    assert done.status_code == 302 and done.url == LIST
    claims["money"].refresh_from_db()
    assert (claims["money"].status, claims["money"].reviewed_by) == ("verified", importer)
    assert claims["money"].history.latest().history_user == importer
    assert LogEntry.objects.filter(object_id=str(claims["money"].pk)).exists()


def test_problems_show_row_column_and_reason_and_nothing_is_written(importer_client, claims):
    table = edited(exported(), claims["money"], status="verified", notes="")
    table = edited(table, claims["quote"], reviewer="nobody", status="false", notes="틀림")
    before = statuses()
    response = upload(importer_client, as_csv(table), language="en")
    result = response.context["result"]
    assert "confirm_form" not in response.context
    errors = {row.number: row.field_specific_errors for row in result.invalid_rows}
    money, quote = row_of(table, claims["money"]), row_of(table, claims["quote"])
    assert set(errors[money]) == {"notes"} and "note" in errors[money]["notes"][0]
    assert set(errors[quote]) == {"reviewer"} and "nobody" in errors[quote]["reviewer"][0]
    assert statuses() == before


def test_unknown_column_and_unknown_id(importer_client, claims):
    table = edited(exported(), claims["money"], id=9999)
    table.append_col(["x"] * len(table), header="verdict")
    result = upload(importer_client, as_csv(table)).context["result"]
    errors = {row.number: row.field_specific_errors for row in result.invalid_rows}
    assert set(errors) == {1} and set(errors[1]) == {"verdict"}


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ("id,status,notes\r\n7,verified,확인\r\n".encode("cp949"), "“notes”"),
        ('id,status,notes\r\n7,"verified,확인\r\n'.encode(), "“status”"),
    ],
)
def test_unreadable_files_are_refused_with_row_and_column(importer_client, claims, data, where):
    before = statuses()
    response = upload(importer_client, data, language="en")
    (message,) = response.context["form"].errors["import_file"]
    assert message.startswith("Row 2, column " + where)
    assert "confirm_form" not in response.context and statuses() == before


def test_xlsx_round_trip(importer_client, importer, claims):
    from claims import exporting

    book = openpyxl.load_workbook(io.BytesIO(exporting.xlsx_bytes()))
    sheet = book.active
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == claims["quote"].pk:
            row[header.index("status")].value = "false"
            row[header.index("notes")].value = "24개월마다 절반"
    out = io.BytesIO()
    book.save(out)
    preview = upload(importer_client, out.getvalue(), "claims.xlsx", "xlsx")
    confirm(importer_client, preview)
    claims["quote"].refresh_from_db()
    assert (claims["quote"].status, claims["quote"].notes) == ("false", "24개월마다 절반")


def test_a_claim_changed_between_preview_and_confirm_imports_nothing(
    importer_client, claims, reviewer
):
    from claims import services

    table = edited(exported(), claims["money"], status="verified", notes="확인")
    table = edited(table, claims["quote"], status="in_review")
    preview = upload(importer_client, as_csv(table))
    services.claim_dismiss(claim=claims["money"], by=reviewer, reason="주장 아님")
    done = confirm(importer_client, preview)
    assert done.status_code == 302
    assert Claim.objects.get(pk=claims["quote"].pk).status == "unreviewed"
    messages = [str(m) for m in done.wsgi_request._messages]
    assert len(messages) >= 2 and not any("Import finished" in m for m in messages)


def test_without_the_import_permission_every_step_is_forbidden(client, claims):
    client.force_login(UserFactory(permissions=["view_claim", "change_claim", "export_claim"]))
    assert client.get(IMPORT).status_code == 403
    assert upload(client, as_csv(exported())).status_code == 403
    assert client.post(CONFIRM, {"import_file_name": "x", "format": "0"}).status_code == 403
    assert IMPORT not in client.get(LIST).content.decode()


def test_import_page_explains_the_rules(importer_client):
    html = importer_client.get(IMPORT).content.decode()
    assert "id, statement, start, end, status, notes, reviewer" in html
