"""What every table of the config is made of: a strict table, an email address, a count."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, Strict

_EMAIL_RE = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")


def check_email(value: str) -> str:
    if not _EMAIL_RE.match(value.strip()):
        raise ValueError(f'{value!r} is not an email address; write it as "name@example.org"')
    return value.strip()


Email = Annotated[str, Field(min_length=3)]
Count = Annotated[int, Strict()]  # a number as a number: true is not 1, nor "ten" 10


class StrictTable(BaseModel):
    """A table of the config: a key it does not know is refused, and it does not change."""

    model_config = ConfigDict(extra="forbid", frozen=True)
