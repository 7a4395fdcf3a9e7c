"""The rules' one way of writing a pattern: case-insensitive Python `re` (the sentence patterns
with their RE2 quick forms are `view.sentence_pattern`)."""

from __future__ import annotations

import re


def ignoring_case(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)
