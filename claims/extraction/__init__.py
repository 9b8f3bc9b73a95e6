"""Claim extraction for Korean news copy: pure Python, standard library only (no Django)."""

from .pipeline import EXTRACTOR_VERSION, extract
from .text import canonicalize

__all__ = ["EXTRACTOR_VERSION", "canonicalize", "extract"]
