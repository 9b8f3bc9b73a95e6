"""One case per general rule added after the ninth blind set (data/blind9/): Korean news
usage in short sentences of its own, none lifted from the blind9 articles."""

from __future__ import annotations

import pytest

from tests.extraction.probes import quantities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 장 (albums, tickets, sheets) as a counter written after a space, as copy does
        # with big numbers (장관 is another word)
        ("정규 앨범은 첫 주에 85만 장이 팔렸다.", [("85만 장", "850000", "count")]),
        (
            "공연 티켓 4만2천 장이 10분 만에 매진됐다.",
            [("4만2천 장", "42000", "count"), ("10분", "10", "minute")],
        ),
        ("위원 20명과 장관 3명이 참석했다.", [("20명", "20", "person"), ("3명", "3", "person")]),
        ("사진작가는 올해 3천 장을 찍었다.", [("3천 장", "3000", "count")]),
    ],
)
def test_quantities(sentence, expected):
    assert quantities(sentence) == expected
