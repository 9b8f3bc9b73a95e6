"""Where a reported clause begins when a sentence holds two actors.

Split from attribution.py: the clause-boundary reading that picks the topic a report
belongs to when the sentence contrasts two actors.
"""

from __future__ import annotations

import re

from .resolution import SpeakerResolver
from .speakers import find_subject

__all__ = ["after_contrast"]


# 정부는 …하기로 했지만, 농민단체들은 …해야 한다고 주장한다: two actors contrasted; the
# report is the second one's. A topic after the comma that names no one (수출은 늘었지만,
# 내수는 …) stays inside the first speaker's content.
_CONTRAST = re.compile(r"(?:지만|으나|는데|반면|면서도),\s")


def after_contrast(text: str, start: int, cend: int, resolver: SpeakerResolver) -> int:
    if text.find(",", start, cend) < 0:
        return start
    for m in _CONTRAST.finditer(text, start, cend):
        np = find_subject(text, m.end(), min(cend, m.end() + 24), resolver.known)
        if np is not None and np.kind in ("named", "anonymous") and np.start - m.end() < 16:
            start = m.end()
    return start
