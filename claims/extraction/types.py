"""The frozen dataclasses that leave the extraction package (shape: CLAIMS_SPEC.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """A number with its magnitude words and unit; offsets index the canonical text."""

    start: int
    end: int
    text: str
    value: str | None
    upper: str | None
    unit: str | None
    qualifier: str | None
    category: str
    counter: str | None = None
    same_as: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "upper": self.upper,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "category": self.category,
            "counter": self.counter,
            "same_as": self.same_as,
        }


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    """The named mention a statement is attributed to (resolved through pronouns)."""

    name: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Cue:
    """The reporting word that marks a statement as attributed (밝혔다, 전해졌다, 라며 ...)."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class ClaimCandidate:
    """One checkable statement: quantitative, attributed, or both."""

    kinds: tuple[str, ...]
    start: int
    end: int
    text: str
    score: float
    quantities: tuple[QuantityMention, ...] = ()
    attribution: str | None = None
    speaker: SpeakerMention | None = None
    cue: Cue | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kinds": list(self.kinds),
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": self.score,
            "quantities": [q.to_dict() for q in self.quantities],
            "attribution": self.attribution,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
        }
