"""A booking or form service's notice (Calendly, Typeform, …) sent for a client holds the form's
own prompts ("Please share anything that will help prepare for our meeting.", "What would you
like to focus on?") beside the client's answers. Only the answers are the client's words. Pure."""

from __future__ import annotations

import re

# Services whose notices are a form: prompt, then the answer the person typed under it.
FORM_SERVICES = re.compile(
    r"calendly|typeform|jotform|acuity|forms|tally|youcanbook|setmore|simplybook|savvycal|cal\.com|"
    r"hubspot|formstack|wufoo|paperform|cognito|intake",
    re.IGNORECASE,
)
# A booking service's own sentences ("An event has been rescheduled."): not a request to move it.
_SERVICE_SAYS = re.compile(
    r"^\s*(a|an|the|your) (new )?(event|meeting|appointment|booking|session)( \w+)? (has been|was|is) "
    r"(scheduled|rescheduled|canceled|cancelled|booked|updated|moved)\b.*$",
    re.IGNORECASE | re.MULTILINE,
)
_QA = re.compile(r"^\s*(q(uestion)?\s*\d*\s*[:.)-])\s*", re.IGNORECASE)
_A = re.compile(r"^\s*(a(nswer)?\s*\d*\s*[:.)-])\s*", re.IGNORECASE)


def answers_only(text: str) -> str:
    """The text without the form's prompts: in each paragraph of two lines or more whose first
    line is a short prompt (ending in "?", ":" or "."), that first line; and every "Q: …" line.
    The answers stay, questions the person typed among them too."""
    kept: list[str] = []
    for paragraph in re.split(r"\n\s*\n", _SERVICE_SAYS.sub("", text)):
        lines = [line for line in paragraph.split("\n") if line.strip()]
        if len(lines) >= 2 and len(lines[0]) <= 200 and lines[0].rstrip()[-1:] in "?:.":
            lines = lines[1:]
        lines = [_A.sub("", line, count=1) for line in lines if not _QA.match(line)]
        if lines:
            kept.append("\n".join(lines))
    return "\n\n".join(kept)


# A sentence a person typed, in the first person ("I'd like to talk about my new manager").
_TYPED = re.compile(
    r"\b(i|i'?m|i'?d|i'?ve|my|me|je|j'|mon|ma|mes|yo|mi|mis|ich|mein|meine|eu|meu|minha|io|"
    r"il mio|la mia|ik|mijn)\b[^\n]{15,}",
    re.IGNORECASE,
)


def has_typed_note(answers: str) -> bool:
    """Whether a form's answers, or a share's note, hold words the person typed, not only names,
    dates, choices and the service's own lines."""
    return _TYPED.search(answers) is not None
