"""Text a client wrote, made safe for a terminal: no control characters, no escape sequences.

A Subject such as "\\x1b]0;…\\x07\\x1b[2J" would retitle the coach's terminal and clear it; worse
sequences exist. `for_terminal` removes every escape sequence whole (CSI, OSC, DCS and the like,
in their 7-bit and 8-bit forms) and then every other C0 and C1 control character except the line
end and the tab. Pure: a string in, a string out.
"""

from __future__ import annotations

import re

# ESC [ … final, ESC ] … BEL or ST, ESC P/X/^/_ … ST, and their one-byte C1 forms (CSI, OSC, …).
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"  # CSI: parameters, intermediates, final byte
    r"|(?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS…
    r"|\x1b[ -/]*[0-~]?"  # any other escape: ESC, intermediates, one final byte
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def for_terminal(text: str) -> str:
    """`text` without escape sequences and control characters (keeping "\\n" and "\\t")."""
    return _CONTROL.sub("", _SEQUENCE.sub("", text))
