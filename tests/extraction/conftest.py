"""Helpers shared by the extraction tests (pure Python: no database, no Django)."""

from __future__ import annotations

import pytest

from claims.extraction.quantities import find_quantities
from claims.extraction.types import QuantityMention


def quantity_named(sentence: str, text: str) -> QuantityMention:
    """The one quantity of `sentence` whose span text is `text` (fails if absent)."""
    found = [q for q in find_quantities(sentence) if q.text == text]
    seen = [q.text for q in find_quantities(sentence)]
    assert found, f"{text!r} not found in {sentence!r}: {seen}"
    return found[0]


@pytest.fixture
def quantity():
    return quantity_named
