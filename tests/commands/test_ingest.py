"""`manage.py ingest` and `extract_claims` as an editor runs them."""

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from claims.models import Claim, ClaimStatus, Document

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED = SEEDS / "000_99fe9d1002008e3b.txt"


def run(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command(*args, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def test_ingest_a_folder_reads_meta_files(tmp_path):
    out, _err, error = run("ingest", str(SEEDS))
    assert error is None
    document = Document.objects.get()
    assert document.title.startswith("올트먼 오픈AI CEO 방한")
    assert "claims" in out and str(document.pk) in out


def test_ingest_twice_stores_once():
    run("ingest", str(SEED))
    claims = Claim.objects.count()
    out, _err, error = run("ingest", str(SEED))
    assert error is None and "already stored" in out
    assert Document.objects.count() == 1 and Claim.objects.count() == claims


def test_bad_files_are_named_and_the_others_still_load(tmp_path):
    shutil.copy(SEED, tmp_path / "good.txt")
    (tmp_path / "euckr.txt").write_bytes("삼성전자 주가 3% 상승".encode("euc-kr"))
    (tmp_path / "empty.txt").write_bytes(b"")
    _out, err, error = run("ingest", str(tmp_path))
    assert error is not None and "2" in str(error)
    assert "euckr.txt" in err and "UTF-8" in err
    assert "empty.txt" in err and "비어 있습니다" in err
    assert Document.objects.get().source_name == "good.txt"


def test_size_limit_is_settable(tmp_path, settings):
    settings.FACTCHECK = {**settings.FACTCHECK, "MAX_DOCUMENT_BYTES": 1000}
    _out, err, error = run("ingest", str(SEED))
    assert error is not None and "한도" in err and "FACTCHECK_MAX_DOCUMENT_BYTES" in err
    assert Document.objects.count() == 0
    _out, _err, error = run("ingest", str(SEED), "--max-bytes", "100000")
    assert error is None and Document.objects.count() == 1


def test_metadata_options(tmp_path):
    article = tmp_path / "pasted.txt"
    article.write_text(
        "기준금리 3.5% 동결\n한국은행은 기준금리를 연 3.5%로 동결했다고 밝혔다.\n", encoding="utf-8"
    )
    _out, _err, error = run(
        "ingest",
        str(article),
        "--title",
        "금리 동결",
        "--publisher",
        "연합뉴스",
        "--url",
        "https://yna.example/1",
        "--published",
        "2025-01-16T10:30:00+09:00",
    )
    assert error is None
    document = Document.objects.get()
    assert (document.title, document.publisher, document.url) == (
        "금리 동결",
        "연합뉴스",
        "https://yna.example/1",
    )
    assert document.published_at.isoformat().startswith("2025-01-16T01:30")


def test_a_bad_published_date_is_refused():
    _out, err, error = run("ingest", str(SEED), "--published", "지난주")
    assert error is not None and "지난주" in err
    assert Document.objects.count() == 0


def test_reextract_keeps_reviewed_claims(reviewer):
    run("ingest", str(SEED))
    claim = Claim.objects.order_by("start").first()
    claim.status, claim.notes = ClaimStatus.IN_REVIEW, "확인 중"
    claim.save()
    out, _err, error = run("ingest", str(SEED), "--reextract")
    assert error is None and "kept 1" in out
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW and claim.notes == "확인 중"


def test_extract_claims_dry_run_prints_the_contract_and_writes_nothing(tmp_path):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(b"\xef\xbb\xbf" + SEED.read_bytes().replace(b"\n", b"\r\n"))
    out, _err, error = run("extract_claims", str(SEED), str(crlf), "--dry-run", "--json")
    assert error is None
    assert Document.objects.count() == 0 and Claim.objects.count() == 0
    lines = out.strip().split("\n")
    assert len(lines) == 2
    reports = [json.loads(line) for line in lines]
    text = SEED.read_text(encoding="utf-8")
    for report in reports:
        assert report["length"] == len(text)
        assert report["claims"]
        for claim in report["claims"]:
            assert {
                "kinds",
                "start",
                "end",
                "text",
                "score",
                "quantities",
                "attribution",
                "speaker",
                "cue",
            } <= set(claim)
            assert text[claim["start"] : claim["end"]] == claim["text"]
            assert 0 <= claim["score"] <= 1
            for quantity in claim["quantities"]:
                assert {
                    "start",
                    "end",
                    "text",
                    "value",
                    "unit",
                    "qualifier",
                    "category",
                    "counter",
                    "same_as",
                } <= set(quantity)
                assert text[quantity["start"] : quantity["end"]] == quantity["text"]
    assert reports[0]["claims"] == reports[1]["claims"]  # CRLF and BOM change no offset


def test_extract_claims_without_dry_run_ingests():
    _out, _err, error = run("extract_claims", str(SEED))
    assert error is None and Document.objects.count() == 1


def test_extract_claims_refuses_unreadable_files_by_name(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("café 3 £".encode("latin-1"))
    out, err, error = run("extract_claims", str(bad), str(SEED), "--dry-run", "--json")
    assert error is not None and "latin1.txt" in err
    assert len(out.strip().split("\n")) == 1  # the good file is still reported
