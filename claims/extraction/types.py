"""The immutable values that leave the extraction package (shape: CLAIMS_SPEC.md).

Named tuples, not frozen dataclasses: an article yields hundreds of them, and a frozen
dataclass sets each field through object.__setattr__, which made building them a tenth of
the extractor's time. They stay immutable and hashable; copy with `_replace`."""

from __future__ import annotations

from typing import Any, NamedTuple

# new_tuple(Cls, values) builds a named tuple by tuple.__new__, without the Python-level
# __new__ that calling the class runs: several times faster, and the extractor builds its
# tuples (quantities, statements, phrases, sentences) by the thousand per article.
new_tuple = tuple.__new__


class QuantityMention(NamedTuple):
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


class SpeakerMention(NamedTuple):
    """The named mention a statement is attributed to (resolved through pronouns)."""

    name: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "start": self.start, "end": self.end}


class Cue(NamedTuple):
    """The reporting word that marks a statement as attributed (밝혔다, 전해졌다, 라며 ...)."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


class ClaimCandidate(NamedTuple):
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
