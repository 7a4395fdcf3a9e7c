"""What reaches Doorstep's log handler holds nothing a client wrote.

Libraries log what they were given: mail-parser the encoded words of a client's Subject, the
IMAP and SMTP clients protocol lines, SQLAlchemy statements. Without -v their lines are dropped
at every level; with -v they are shown as their logger and their message's pattern, every
value withheld. An exception's text can quote a row or a message, so a traceback shows where it
happened and each exception's kind, and the text only of Doorstep's own errors (written to be
shown). Everything is cleaned for a terminal too.
"""

from __future__ import annotations

import logging
import re
import traceback
from types import TracebackType

from service.common.errors import DoorstepError
from service.common.safetext import for_terminal

OWN_LOGGERS = ("doorstep", "service")
_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[a-zA-Z%]")
WITHHELD = "…"


def _own(name: str) -> bool:
    return any(name == own or name.startswith(own + ".") for own in OWN_LOGGERS)


def _pattern(record: logging.LogRecord) -> str:
    """A library's message without its values: placeholders and what follows a colon go."""
    text = str(record.msg) if isinstance(record.msg, str) else type(record.msg).__name__
    text = _PLACEHOLDER.sub(WITHHELD, text)
    head, colon, rest = text.partition(":")
    return f"{head}: {WITHHELD}" if colon and rest.strip() else text


def safe_traceback(
    kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
) -> str:
    """The traceback's frames and each chained exception's kind; text only of Doorstep's own."""
    lines: list[str] = []
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        frames = traceback.extract_tb(error.__traceback__ or tb)
        block = ["Traceback (most recent call last):"]
        block += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
        shown = str(error) if isinstance(error, DoorstepError) else "(text withheld)"
        block.append(f"{type(error).__module__}.{type(error).__qualname__}: {shown}")
        lines = block + ([""] if lines else []) + lines
        error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
        tb = None
    return for_terminal("\n".join(lines))


class NoClientText(logging.Filter):
    """On Doorstep's handler: libraries' lines dropped (or, with -v, reduced to their pattern);
    tracebacks without exception text; control characters removed."""

    def __init__(self, verbose: bool) -> None:
        super().__init__()
        self.verbose = verbose

    def filter(self, record: logging.LogRecord) -> bool:
        if not _own(record.name):
            if not self.verbose:
                return False
            record.msg, record.args = _pattern(record), None
        else:
            record.msg, record.args = for_terminal(record.getMessage()), None
        if record.exc_info:
            record.exc_text = safe_traceback(*record.exc_info)
            record.exc_info = None
        elif record.exc_text and not _own(record.name):
            record.exc_text = None
        record.stack_info = None
        return True
