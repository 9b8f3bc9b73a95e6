"""The per-file JSON object of `manage.py extract_claims --json` (CLAIMS_SPEC "output")."""

from __future__ import annotations

from typing import Any

from .pipeline import EXTRACTOR_VERSION, extract

__all__ = ["document_report"]


def document_report(file: str, text: str) -> dict[str, Any]:
    """{"file", "length", "claims"} for one canonical text."""
    return {
        "file": file,
        "length": len(text),
        "extractor_version": EXTRACTOR_VERSION,
        "claims": [claim.to_dict() for claim in extract(text)],
    }
