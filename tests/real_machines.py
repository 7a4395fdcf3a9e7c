"""Score Doorstep on real automated mail nobody on the team wrote: bounces, delay notices,
feedback (ARF) reports, read receipts and auto-replies from public mail software's test suites.

Two sources, read in place, never copied into the project:
- the shared malformed-mail corpus (`../shared/corpora/malformed`, or $DOORSTEP_MALFORMED_CORPUS):
  the files listed in `AUTOMATED` below, picked by reading each one (not by running Doorstep);
- GNU Mailman's flufl.bounce (Apache-2.0, the library Doorstep uses to read bounces): the 116
  real bounces and auto-replies in its source release's `tests/data/` (one more there is a
  person's reply), fetched with pip into `.cache/` on first use.

Each message is judged as if the addresses it is about were a client's: its From address, the
recipients its delivery reports name (`Final-Recipient`, `Original-Recipient`,
`X-Failed-Recipients`, read with the standard library) and, for flufl.bounce's files, the
addresses its own tests expect. The goal: every one tagged ignored, none reply-needed.

    .venv/bin/python -m tests.real_machines
"""

from __future__ import annotations

import ast
import email
import email.policy
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import date
from email.message import Message
from email.utils import getaddresses
from pathlib import Path

from service.config import load_config
from service.poll.mailbox import classify_file, roster_of

REPO = Path(__file__).resolve().parent.parent
FLUFL_RELEASE = "flufl.bounce==6.0.0"
FLUFL_CACHE = REPO / ".cache" / "flufl_bounce-6.0.0"

# Files of the shared corpus that a machine wrote, each read by hand (path inside the corpus).
AUTOMATED = (
    "SpamScope__mail-parser/tests/mails/mail_malformed_2",
    "apache__james-mime4j/core/src/test/resources/mimetools-testmsgs/badbound.msg",
    "jstedfast__MimeKit/UnitTests/TestData/messages/bounce.txt",
    "jstedfast__MimeKit/UnitTests/TestData/messages/delivery-status-multiple-blank-lines.txt",
    "jstedfast__MimeKit/UnitTests/TestData/messages/delivery-status-no-blank-line.txt",
    "jstedfast__MimeKit/UnitTests/TestData/messages/delivery-status.txt",
    "jstedfast__MimeKit/UnitTests/TestData/messages/delivery-status2.txt",
    "jstedfast__MimeKit/UnitTests/TestData/messages/disposition-notification.txt",
    "jstedfast__MimeKit/UnitTests/TestData/messages/feedback-report.txt",
    "mailgun__flanker/tests/fixtures/messages/bounce/broken-mime.eml",
    "mailgun__flanker/tests/fixtures/messages/bounce/delayed-broken.eml",
    "mailgun__flanker/tests/fixtures/messages/bounce/delayed.eml",
    "mailgun__flanker/tests/fixtures/messages/bounce/gmail-invalid-address.eml",
    "mailgun__flanker/tests/fixtures/messages/bounce/gmail-no-dns.eml",
    "mailgun__flanker/tests/fixtures/messages/bounce/mailbox-full.eml",
    "mailgun__flanker/tests/fixtures/messages/bounce/no-mx.eml",
    "mailgun__flanker/tests/fixtures/messages/bounce/office365.eml",
    "mailgun__flanker/tests/fixtures/messages/bounce/zed.eml",
    "mailgun__flanker/tests/fixtures/messages/complaints/aol.eml",
    "mailgun__flanker/tests/fixtures/messages/complaints/yahoo.eml",
    "mailgun__flanker/tests/fixtures/messages/disposition-notification.eml",
    "mikel__mail/spec/fixtures/emails/mime_emails/raw_email_with_mimepart_without_content_type.eml",
    "mikel__mail/spec/fixtures/emails/multipart_report_emails/multi_address_bounce1.eml",
    "mikel__mail/spec/fixtures/emails/multipart_report_emails/multi_address_bounce2.eml",
    "mikel__mail/spec/fixtures/emails/multipart_report_emails/multipart_report_multiple_status.eml",
    "mikel__mail/spec/fixtures/emails/multipart_report_emails/report_422.eml",
    "mikel__mail/spec/fixtures/emails/multipart_report_emails/report_530.eml",
    "nodemailer__mailparser/test/fixtures/delivery-status.eml",
    "postalsys__postal-mime/test/fixtures/arf.eml",
    "postalsys__postal-mime/test/fixtures/bounce.eml",
    "python__cpython/Lib/test/test_email/data/msg_05.txt",
    "python__cpython/Lib/test/test_email/data/msg_16.txt",
    "python__cpython/Lib/test/test_email/data/msg_25.txt",
    "python__cpython/Lib/test/test_email/data/msg_43.txt",
)

# flufl.bounce's files that a person wrote (its tests use them to check it finds no bounce).
NOT_AUTOMATED = {"groupwise_03.txt": "a hotel clerk's reply, written by a person"}

_ADDRESS = re.compile(r"[^@\s\"<>;,()]+@[^@\s\"<>;,()]+\.[A-Za-z]{2,}")
_REPORT_FIELD = re.compile(
    rb"^(?:Final-Recipient|Original-Recipient|Original-Rcpt-To|X-Failed-Recipients)\s*:([^\r\n]*)",
    re.IGNORECASE | re.MULTILINE,
)


NOT_CLIENT = "not a client's"


@dataclass(frozen=True)
class Judged:
    name: str  # where the message comes from
    outcome: str  # "ignored", "fyi", "reply_needed", or NOT_CLIENT
    reasons: tuple[str, ...]


def corpus_root() -> Path:
    return Path(
        os.environ.get(
            "DOORSTEP_MALFORMED_CORPUS", REPO.parent / "shared" / "corpora" / "malformed"
        )
    )


def fetch_flufl_data() -> Path | None:
    """flufl.bounce's `tests/data/`, from its source release (pip, into .cache/); None if pip
    cannot fetch it."""
    data = FLUFL_CACHE / "tests" / "data"
    if data.is_dir():
        return data
    with tempfile.TemporaryDirectory() as scratch:
        fetched = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--no-binary",
                ":all:",
                "--dest",
                scratch,
                FLUFL_RELEASE,
            ],
            capture_output=True,
            check=False,
        )
        archives = list(Path(scratch).glob("flufl_bounce-*.tar.gz"))
        if fetched.returncode != 0 or not archives:
            return None
        FLUFL_CACHE.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archives[0]) as archive:
            archive.extractall(FLUFL_CACHE.parent, filter="data")
    return data if data.is_dir() else None


def flufl_expected(data: Path) -> dict[str, list[str]]:
    """File name → the failed addresses flufl.bounce's own tests expect in it."""
    source = (data.parent / "test_detectors.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "DETECTORS" for t in node.targets
        ):
            rows = ast.literal_eval(node.value)
            found: dict[str, list[str]] = {}
            for _module, filename, addresses, _temporary in rows:
                found.setdefault(filename, []).extend(a.decode() for a in addresses)
            return found
    return {}


def about(data: bytes, expected: list[str]) -> list[str]:
    """The addresses this message is about: From, what its reports name, what is expected."""
    message: Message = email.message_from_bytes(data, policy=email.policy.compat32)
    found = [address for _, address in getaddresses([str(message.get("From", ""))])]
    for match in _REPORT_FIELD.finditer(data):
        found.extend(_ADDRESS.findall(match.group(1).decode("latin-1")))
    found.extend(expected)
    clean: list[str] = []
    for address in found:
        address = address.strip().strip("<>").lower()
        if _ADDRESS.fullmatch(address) and address not in clean:
            clean.append(address)
    return clean


def judge(name: str, data: bytes, expected: list[str], scratch: Path) -> Judged:
    addresses = about(data, expected)
    if not addresses:
        return Judged(name, NOT_CLIENT, ("no address to make a client",))
    config = scratch / "config.toml"
    quoted = ", ".join(f'"{a}"' for a in addresses)
    config.write_text(
        '[coach]\nname = "Coach"\nemails = ["coach@doorstep.example"]\ntimezone = "UTC"\n'
        f'[mailbox]\nkind = "maildir"\npath = "{scratch}"\n'
        f'[digest]\ndeliver = "file"\nfile_dir = "{scratch}"\n'
        f'[storage]\nurl = "sqlite:///:memory:"\n'
        f'[[clients]]\nname = "The Client"\nemails = [{quoted}]\n',
        encoding="utf-8",
    )
    processed = classify_file(data, roster_of(load_config(config)), date(2026, 12, 3))
    if processed.match.client is None or processed.verdict is None:
        return Judged(name, NOT_CLIENT, ())
    return Judged(name, processed.verdict.tag.value, processed.verdict.reasons)


def judge_all() -> list[Judged]:
    results: list[Judged] = []
    with tempfile.TemporaryDirectory() as scratch:
        root = corpus_root()
        for relative in AUTOMATED if root.is_dir() else ():
            results.append(
                judge(f"corpus:{relative}", (root / relative).read_bytes(), [], Path(scratch))
            )
        flufl = fetch_flufl_data()
        if flufl is not None:
            expected = flufl_expected(flufl)
            for path in sorted(p for p in flufl.glob("*.txt") if p.name not in NOT_AUTOMATED):
                results.append(
                    judge(
                        f"flufl:{path.name}",
                        path.read_bytes(),
                        expected.get(path.name, []),
                        Path(scratch),
                    )
                )
    return results


def report(results: list[Judged]) -> str:
    counts = Counter(r.outcome for r in results)
    strays = counts[NOT_CLIENT]
    clients = [r for r in results if r.outcome != NOT_CLIENT]
    ignored = counts["ignored"] / len(clients) if clients else 0.0
    lines = [
        f"{len(results)} automated messages; {len(clients)} read as the client's: "
        f"ignored {counts['ignored']}, fyi {counts['fyi']}, reply-needed {counts['reply_needed']}"
        f" (ignored {ignored:.3f}); not a client's: {strays}"
    ]
    lines += [
        f"  {r.outcome}: {r.name}: {'; '.join(r.reasons)}"
        for r in results
        if r.outcome not in ("ignored",)
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(judge_all()))
