"""Korean first: every string of the desk is translated, and the committed .mo is the
compiled form of the committed .po."""

import ast
import gettext
import re
from pathlib import Path

import pytest
from django.utils import translation

from claims.models import Claim, ClaimStatus

LOCALE = Path(__file__).resolve().parents[1] / "claims" / "locale" / "ko" / "LC_MESSAGES"
ENTRY = re.compile(
    r'(?P<flags>(?:^#,.*\n)?)(?:^#.*\n)*^msgid (?P<id>"(?:.*)"\n(?:^".*"\n)*)'
    r'(?:^msgid_plural .*\n(?:^".*"\n)*)?'
    r'^msgstr(?:\[0\])? (?P<str>"(?:.*)"\n(?:^".*"\n)*)',
    re.MULTILINE,
)


def po_entries() -> list[tuple[str, str, str]]:
    text = (LOCALE / "django.po").read_text(encoding="utf-8")

    def unquote(block: str) -> str:
        return "".join(ast.literal_eval(line) for line in block.strip().split("\n"))

    return [(unquote(m["id"]), unquote(m["str"]), m["flags"]) for m in ENTRY.finditer(text)]


def test_every_string_is_translated_and_none_is_fuzzy():
    entries = [(msgid, msgstr, flags) for msgid, msgstr, flags in po_entries() if msgid]
    assert len(entries) > 150
    assert [msgid for msgid, msgstr, _ in entries if not msgstr] == []
    assert [msgid for msgid, _, flags in entries if "fuzzy" in flags] == []


def test_the_compiled_catalogue_matches_the_source():
    with open(LOCALE / "django.mo", "rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)
    for msgid, msgstr, _flags in po_entries():
        if msgid and "%" not in msgid:
            assert catalogue.gettext(msgid) == msgstr, msgid


@pytest.mark.parametrize(("language", "label"), [("ko", "사실 확인"), ("en", "verified")])
def test_the_desk_speaks_korean_and_english(language, label):
    with translation.override(language):
        assert str(ClaimStatus.VERIFIED.label) == label
        assert str(Claim._meta.verbose_name_plural) in ("주장", "claims")


def test_korean_is_the_default(settings):
    assert settings.LANGUAGE_CODE == "ko"
    assert [code for code, _name in settings.LANGUAGES] == ["ko", "en"]
