"""A booking or form service's notice (Calendly, Typeform, Jotform, …) sent for a client holds
the form's own prompts ("Please share anything that will help prepare for our meeting.", "What
would you like to focus on?") beside the client's answers. Only the answers are the client's
words. A share's note the client typed (Google Drive, Dropbox) is hers too. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A booking service's own sentences ("An event has been rescheduled."): not a request to move it.
_SERVICE_SAYS = re.compile(
    r"^\s*(a|an|the|your) (new )?(event|meeting|appointment|booking|session)( \w+)? (has been|was|is) "
    r"(scheduled|rescheduled|canceled|cancelled|booked|updated|moved)\b.*$",
    re.IGNORECASE | re.MULTILINE,
)
_Q = re.compile(r"^\s*(q(uestion)?\s*\d*\s*[:.)-])\s*", re.IGNORECASE)
_A = re.compile(r"^\s*(a(nswer)?\s*\d*\s*[:.)-])\s*", re.IGNORECASE)
# "How useful was today's session?     ★★★★★": a prompt and its answer on one line, as a table.
_SAME_LINE = re.compile(r"^\s*(\S.{2,150}?[?:])\s{2,}(\S.*)$")


@dataclass(frozen=True)
class Form:
    text: str  # the notice without the form's prompts
    answers: tuple[str, ...]  # what was typed under (or beside) each question (not each field)


# A prompt written as a sentence asks the person for something ("Please share anything …").
_ASKING = re.compile(
    r"^\s*(\d+[.)]\s*)?(please|tell|share|describe|list|anything|what|how|why|is there|do you)\b",
    re.IGNORECASE,
)


def _is_prompt(line: str, at_paragraph_start: bool) -> bool:
    end = line.rstrip()[-1:]
    return 0 < len(line.strip()) <= 200 and (
        end in "?:" or (end == "." and at_paragraph_start and _ASKING.match(line) is not None)
    )


def read_form(text: str) -> Form:
    """The notice without the form's prompts: a short line ending in "?" or ":" (or a paragraph's
    first line ending in ".") with an answer on the next line, and every "Q: …" line. The
    answers stay, questions the person typed among them too."""
    lines = _SERVICE_SAYS.sub("", text).split("\n")
    kept: list[str] = []
    answers: list[str] = []
    i = 0
    while i < len(lines):
        line, following = lines[i], lines[i + 1] if i + 1 < len(lines) else ""
        start = i == 0 or not lines[i - 1].strip()
        if (same := _SAME_LINE.match(line)) is not None:
            kept.append(f"\n{same.group(2)}\n")  # a paragraph of its own: never a card's line
            if same.group(1).endswith("?"):  # an answer; after "Label:", a field's value
                answers.append(same.group(2))
        elif _Q.match(line):
            pass
        elif line.rstrip().endswith(":") and following.rstrip().endswith("?"):
            pass  # a heading over the questions ("Questions:")
        elif following.strip() and not _Q.match(following) and _is_prompt(line, start):
            answer = _A.sub("", following, count=1).strip()
            kept.append(f"\n{answer}\n")
            if not line.rstrip().endswith(":"):  # an answer; after "Label:", a field's value
                answers.append(answer)
            i += 1
        else:
            kept.append(_A.sub("", line, count=1))
        i += 1
    return Form("\n".join(kept), tuple(answers))


def answers_only(text: str) -> str:
    return read_form(text).text


# A sentence a person typed, in the first person ("I'd like to talk about my new manager").
_TYPED = re.compile(
    r"(?:^|(?<=\s))(i|i'm|i’m|i'd|i’d|i've|i’ve|my|me|je|j'|mon|ma|mes|yo|mi|mis|ich|mein|meine|"
    r"eu|meu|minha|io|il mio|la mia|ik|mijn)(?=\s)[^\n]{15,}",
    re.IGNORECASE,
)
# A share's note: a line of its own in quotes, or set in by four spaces.
_NOTE = re.compile(r"^\s*[\"“].{20,}[\"”]\s*$|^ {4,}\S.{20,}$", re.MULTILINE)


def has_typed_note(text: str, answers: tuple[str, ...] = (), body: str = "") -> bool:
    """Whether a form's answers, or a share's note, hold words the person typed, not only names,
    dates, choices and the service's own lines. `body`: the message's text as it came, where a
    note is set in."""
    return (
        _TYPED.search(text) is not None
        or _NOTE.search(body or text) is not None
        or any(len(a.split()) >= 5 for a in answers)
    )
