"""`doorstep eval`'s figures, checked by hand on tiny labelled folders.

The figures are tested with a scripted judge (evaluate's seam: bytes in, a Processed out), so each
expected value below is worked out from the table of labels and verdicts, whatever the classifier
of the day decides. The command itself (configs per set, --json, errors) runs the real pipeline on
messages whose sender alone decides the figures checked.
"""

from __future__ import annotations

import email
import json
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from service.classify.eval_labels import find_sets
from service.classify.eval_report import figures, figures_sets, report, report_sets
from service.classify.evaluate import Score, SetScore, evaluate
from service.cli.main import main
from service.common.errors import DoorstepError
from service.records import (
    Client,
    ClientStatus,
    Kind,
    Match,
    Processed,
    RawMessage,
    Tag,
    Verdict,
)
from tests.conftest import REPO
from tests.mail import make_message

DEVSET = REPO / "tests" / "devset"
ADDRESS = {"Jane Doe": "jane.doe@example.org", "Marcus Lee": "marcus@lee-family.example"}


@dataclass(frozen=True)
class Got:
    """What the scripted judge decides for one file: client "" and tag "-" for no verdict."""

    client: str
    tag: str
    urgent: bool = False
    kind: str = "email"


def write_set(folder: Path, header: str, rows: list[str], got: dict[str, Got]) -> None:
    """labels.csv from `header` and `rows`, and one .eml per file of `got`, its Subject its name."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "labels.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    for name, g in got.items():
        sender = f"{g.client} <{ADDRESS[g.client]}>" if g.client else "news@letters.example"
        (folder / name).write_bytes(make_message(sender=sender, subject=name))


def judge_of(got: dict[str, Got]) -> Callable[[bytes], Processed]:
    def judge(data: bytes) -> Processed:
        g = got[str(email.message_from_bytes(data)["Subject"])]
        client = (
            Client(g.client, (ADDRESS[g.client],), (), ClientStatus.ACTIVE, None)
            if g.client
            else None
        )
        verdict = (
            Verdict(
                tag=Tag(g.tag), kind=Kind(g.kind), reasons=(f"scripted {g.tag}",), urgent=g.urgent
            )
            if g.tag != "-"
            else None
        )
        return Processed(
            raw=RawMessage(folder="", uidvalidity=0, uid=0, data=data),
            parsed=None,
            failure=None,
            match=Match(client=client, address=None),
            verdict=verdict,
        )

    return judge


HEADER = "file,client,kind,tag,urgent,traits"
ROWS = [
    "a.eml,Jane Doe,email,reply_needed,yes,distress",
    "b.eml,Jane Doe,email,reply_needed,yes,distress;lang:es",
    "c.eml,Marcus Lee,email,fyi,no,idiom",
    "d.eml,Marcus Lee,email,fyi,no,rhetorical",
    "e.eml,Marcus Lee,voicemail,reply_needed,no,voicemail",
    "f.eml,Jane Doe,sms,fyi,no,sms",
    "g.eml,,email,,,",
    "h.eml,Jane Doe,email,ignored,no,",
]
GOT = {
    "a.eml": Got("Jane Doe", "reply_needed", urgent=True),  # right
    "b.eml": Got("Jane Doe", "fyi"),  # missed distress, and its tag
    "c.eml": Got("Marcus Lee", "reply_needed", urgent=True),  # an idiom taken for distress
    "d.eml": Got("Marcus Lee", "fyi"),  # right
    "e.eml": Got("Marcus Lee", "reply_needed", kind="voicemail"),  # right
    "f.eml": Got("Jane Doe", "reply_needed"),  # wrong tag, and read as an email
    "g.eml": Got("", "-"),  # not a client: right
    "h.eml": Got("Jane Doe", "ignored"),  # right
}


def ratio(hit: int, of: int) -> dict[str, object]:
    return {"value": hit / of if of else None, "hit": hit, "of": of}


@pytest.fixture
def score(tmp_path: Path) -> Score:
    write_set(tmp_path, HEADER, ROWS, GOT)
    return evaluate(tmp_path, judge_of(GOT))


def test_the_headline_figures(score: Score) -> None:
    f = figures(score)
    assert f["messages"] == 8
    # labelled reply_needed: a b e; tagged so: a c e f; both: a e.
    assert f["reply_needed"] == {
        "precision": ratio(2, 4),
        "recall": ratio(2, 3),
        "f1": pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3)),
    }
    assert f["tag_accuracy"] == ratio(5, 8)  # a d e g h
    assert f["client_accuracy"] == 1.0 and f["ignored_accuracy"] == 1.0
    assert f["kind_accuracy"] == ratio(6, 7)  # of the 7 client messages, f (an sms) read as email
    # labelled urgent: a b; came out urgent: a c.
    assert f["urgent"] == {"recall": ratio(1, 2), "precision": ratio(1, 2), "false_urgent": 1}
    confusion = f["confusion"]
    assert isinstance(confusion, dict)
    assert confusion["reply_needed"] == {"reply_needed": 2, "fyi": 1, "ignored": 0, "-": 0}
    assert confusion["fyi"] == {"reply_needed": 2, "fyi": 1, "ignored": 0, "-": 0}
    assert confusion["ignored"]["ignored"] == 1 and confusion["-"]["-"] == 1

    text = report(score)
    assert "reply_needed: precision 0.500  recall 0.667  F1 0.571" in text
    assert "tag accuracy 0.625 (5/8)" in text
    assert "urgent: recall 0.500 (1/2)  precision 0.500 (1/2)  false urgent 1" in text


def test_per_kind(score: Score) -> None:
    kinds = figures(score)["kinds"]
    assert kinds == {
        # a b c d g h; labelled reply_needed a b (a hit); tagged so a c; urgent a b (a hit).
        "email": {
            "messages": 6,
            "tag_accuracy": ratio(4, 6),
            "kind_accuracy": ratio(5, 5),
            "reply_recall": ratio(1, 2),
            "reply_precision": ratio(1, 2),
            "urgent_recall": ratio(1, 2),
            "false_urgent": 1,
        },
        "voicemail": {
            "messages": 1,
            "tag_accuracy": ratio(1, 1),
            "kind_accuracy": ratio(1, 1),
            "reply_recall": ratio(1, 1),
            "reply_precision": ratio(1, 1),
            "urgent_recall": ratio(0, 0),
            "false_urgent": 0,
        },
        "sms": {
            "messages": 1,
            "tag_accuracy": ratio(0, 1),
            "kind_accuracy": ratio(0, 1),
            "reply_recall": ratio(0, 0),
            "reply_precision": ratio(0, 1),
            "urgent_recall": ratio(0, 0),
            "false_urgent": 0,
        },
    }
    table = report(score).split("per kind (as labelled)\n")[1].split("\n\n")[0].splitlines()
    assert table[1].split() == ["email", "6", "0.667", "(4/6)", "0.500", "(1/2)", "0.500", "(1/2)",
                                "0.500", "(1/2)", "1.000", "(5/5)"]  # fmt: skip
    assert table[3].split() == [
        "sms",
        "1",
        "0.000",
        "(0/1)",
        "—",
        "0.000",
        "(0/1)",
        "—",
        "0.000",
        "(0/1)",
    ]


def test_per_trait(score: Score) -> None:
    traits = figures(score)["traits"]
    assert isinstance(traits, dict)
    # DEVELOPERS.md's order, languages after.
    assert list(traits) == ["distress", "idiom", "rhetorical", "voicemail", "sms", "lang:es"]
    assert traits["distress"] == {
        "messages": 2,
        "tag_accuracy": ratio(1, 2),
        "kind_accuracy": ratio(2, 2),
        "reply_recall": ratio(1, 2),
        "reply_precision": ratio(1, 1),
        "urgent_recall": ratio(1, 2),
        "false_urgent": 0,
    }
    assert traits["idiom"]["tag_accuracy"] == ratio(0, 1)
    assert traits["idiom"]["false_urgent"] == 1
    assert traits["idiom"]["reply_recall"] == ratio(0, 0)
    assert traits["rhetorical"]["tag_accuracy"] == ratio(1, 1)
    assert traits["lang:es"]["urgent_recall"] == ratio(0, 1)
    assert traits["lang:es"]["reply_precision"] == ratio(0, 0)
    rows = {
        line.split()[0]: line.split()[1:]
        for line in report(score).split("per trait\n")[1].split("\n\n")[0].splitlines()[1:]
    }
    assert rows["distress"] == ["2", "0.500", "(1/2)", "0.500", "(1/2)", "1.000", "(1/1)",
                                "0.500", "(1/2)", "0"]  # fmt: skip
    assert rows["idiom"] == ["1", "0.000", "(0/1)", "—", "0.000", "(0/1)", "—", "1"]


def test_misses_put_missed_distress_first(score: Score) -> None:
    assert [o.label.file for o in score.misses] == ["b.eml", "c.eml", "f.eml"]
    text = report(score)
    misses = text.split("misses (the distress Doorstep missed first)\n")[1].splitlines()
    assert misses[0] == (
        "  MISSED DISTRESS  b.eml: labelled reply_needed (Jane Doe), got fyi (Jane Doe); "
        "labelled urgent, not urgent [distress; lang:es]"
    )
    assert misses[1] == "      why: scripted fyi"
    assert misses[2] == (
        "  c.eml: labelled fyi (Marcus Lee), got reply_needed (Marcus Lee); "
        "urgent, labelled not urgent [idiom]"
    )
    assert "MISSED DISTRESS" not in "\n".join(misses[1:])
    missed = figures(score)["misses"]
    assert isinstance(missed, list) and missed[0]["missed_distress"] is True
    assert missed[0]["labelled"]["urgent"] is True and missed[0]["got"]["urgent"] is False


def test_an_old_labels_file_without_urgent_or_traits(tmp_path: Path) -> None:
    got = {
        "a.eml": Got("Jane Doe", "reply_needed", urgent=True),
        "b.eml": Got("Jane Doe", "fyi"),
        "c.eml": Got("Marcus Lee", "reply_needed"),
    }
    rows = [
        "a.eml,Jane Doe,email,reply_needed",
        "b.eml,Jane Doe,email,reply_needed",
        "c.eml,Marcus Lee,email,fyi",
    ]
    write_set(tmp_path, "file,client,kind,tag", rows, got)
    s = evaluate(tmp_path, judge_of(got))
    f = figures(s)
    assert f["reply_needed"]["recall"] == ratio(1, 2)
    assert f["reply_needed"]["precision"] == ratio(1, 2)
    assert f["urgent"] is None and f["traits"] == {}
    # Unlabelled urgency is no miss: a is right, b and c are wrong only in their tags.
    assert [o.label.file for o in s.misses] == ["b.eml", "c.eml"]
    assert s.false_urgent == 0
    text = report(s)
    assert "urgent: not labelled (labels.csv has no urgent column)" in text
    assert "per trait: no traits labelled" in text
    assert "MISSED DISTRESS" not in text


def test_a_folder_of_sets_is_scored_per_set_and_in_total(tmp_path: Path) -> None:
    one = {"a.eml": Got("Jane Doe", "reply_needed", urgent=True), "b.eml": Got("Jane Doe", "fyi")}
    two = {"a.eml": Got("Marcus Lee", "fyi"), "c.eml": Got("Marcus Lee", "reply_needed")}
    write_set(
        tmp_path / "one",
        HEADER,
        ["a.eml,Jane Doe,email,reply_needed,yes,distress", "b.eml,Jane Doe,email,fyi,no,"],
        one,
    )
    write_set(
        tmp_path / "two",
        HEADER,
        [
            "a.eml,Marcus Lee,email,reply_needed,yes,distress",
            "c.eml,Marcus Lee,email,reply_needed,no,",
        ],
        two,
    )
    three = {"x.eml": Got("Jane Doe", "reply_needed", urgent=True)}
    write_set(
        tmp_path / "three", "file,client,kind,tag", ["x.eml,Jane Doe,email,reply_needed"], three
    )
    (tmp_path / "notes").mkdir()  # a subfolder without labels.csv is no set
    sets = find_sets(tmp_path)
    assert [s.name for s in sets] == ["one", "three", "two"]
    judges = {"one": judge_of(one), "two": judge_of(two), "three": judge_of(three)}
    scores = [
        SetScore(
            s.name, s.folder, tmp_path / "config.toml", evaluate(s.folder, judges[s.name], s.name)
        )
        for s in sets
    ]
    f = figures_sets(scores)
    assert f["messages"] == 5
    # labelled reply_needed: one/a two/a two/c three/x; all but two/a tagged so.
    assert f["reply_needed"]["recall"] == ratio(3, 4)
    assert f["urgent"]["recall"] == ratio(1, 2)
    # three has no urgent column: its urgent verdict is counted neither way.
    assert f["urgent"]["precision"] == ratio(1, 1)
    assert f["traits"]["distress"]["urgent_recall"] == ratio(1, 2)
    per_set = f["sets"]
    assert isinstance(per_set, dict) and list(per_set) == ["one", "three", "two"]
    assert per_set["three"]["urgent"] is None
    assert per_set["one"]["urgent"]["recall"] == ratio(1, 1)
    assert per_set["two"]["urgent"]["recall"] == ratio(0, 1)
    assert per_set["two"]["reply_needed"]["recall"] == ratio(1, 2)
    assert [m["file"] for m in per_set["two"]["misses"]] == ["a.eml"]
    assert "misses" not in f

    text = report_sets(scores)
    assert text.index("== set one") < text.index("== set two") < text.index("== all 3 sets")
    total = text.split("== all 3 sets")[1]
    assert "MISSED DISTRESS  two/a.eml" in text.split("== all 3 sets")[0]
    assert "misses (" not in total
    summary = {
        line.split()[0]: line.split()[1:]
        for line in total.split("per set\n")[1].split("\n\n")[0].splitlines()[1:]
    }
    assert summary["one"][:3] == ["2", "1.000", "(2/2)"]
    assert summary["two"][:3] == ["2", "0.500", "(1/2)"]
    assert summary["three"] == ["1", "1.000", "(1/1)", "1.000", "(1/1)", "1.000", "(1/1)", "—"]
    assert "5 messages" in total
    assert "urgent: recall 0.500 (1/2)  precision 1.000 (1/1)  false urgent 0" in total


# The command: configs per set, JSON, errors.


def write_config(folder: Path, name: str, address: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.toml"
    path.write_text(
        textwrap.dedent(
            f"""
            [coach]
            name = "Robin"
            emails = ["robin@avery-coaching.example"]
            timezone = "America/Chicago"

            [mailbox]
            kind = "maildir"
            path = "."

            [digest]
            deliver = "file"
            file_dir = "digests"

            [storage]
            url = "sqlite:///:memory:"

            [[clients]]
            name = "{name}"
            emails = ["{address}"]
            """
        )
    )
    return path


def note_from(folder: Path, file: str, sender: str) -> None:
    (folder / file).write_bytes(
        make_message(sender=sender, subject="Thanks", body="Thanks again for the session.")
    )


def cli_sets(tmp_path: Path) -> Path:
    """Two sets, each with its own roster: one knows Jane, the other Marcus."""
    sets = tmp_path / "sets"
    for name, who, address in [
        ("jane", "Jane Doe", ADDRESS["Jane Doe"]),
        ("marcus", "Marcus Lee", ADDRESS["Marcus Lee"]),
    ]:
        write_config(sets / name, who, address)
        note_from(sets / name, "1.eml", f"{who} <{address}>")
        note_from(sets / name, "2.eml", "news@letters.example")
        (sets / name / "labels.csv").write_text(
            f"{HEADER}\n1.eml,{who},email,fyi,no,\n2.eml,,email,,,\n"
        )
    return sets


def test_each_set_is_judged_with_its_own_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sets = cli_sets(tmp_path)
    assert main(["eval", str(sets), "--json"]) == 0
    f = json.loads(capsys.readouterr().out)
    assert f["messages"] == 4 and f["client_accuracy"] == 1.0
    assert f["sets"]["jane"]["config"] == str(sets / "jane" / "config.toml")
    assert f["sets"]["marcus"]["client_accuracy"] == 1.0
    # --config: every set is judged with that one; Marcus is nobody to Jane's roster.
    assert main(["eval", str(sets), "--json", "--config", str(sets / "jane" / "config.toml")]) == 0
    f = json.loads(capsys.readouterr().out)
    assert f["sets"]["jane"]["client_accuracy"] == 1.0
    assert f["sets"]["marcus"]["client_accuracy"] == 0.5
    assert f["client_accuracy"] == 0.75
    assert main(["eval", str(sets / "jane")]) == 0  # one set, its own config.toml
    out = capsys.readouterr().out
    assert out.startswith("2 messages\n") and "== set" not in out


def test_eval_reports_distress_missed_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The real pipeline on the dev set's distress messages, one labelled wrongly on purpose:
    labelled not urgent, it comes out urgent (a false urgent); a calm note labelled urgent is
    the missed distress, and is listed first."""
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "x.eml").write_bytes((DEVSET / "dev" / "064.eml").read_bytes())  # distress
    (folder / "y.eml").write_bytes((DEVSET / "dev" / "001.eml").read_bytes())  # a calm FYI
    (folder / "labels.csv").write_text(
        f"{HEADER}\nx.eml,Alex Kim,email,reply_needed,no,\ny.eml,Jane Doe,email,fyi,yes,distress\n"
    )
    config = str(DEVSET / "config.toml")
    assert main(["eval", str(folder), "--config", config, "--json"]) == 0
    f = json.loads(capsys.readouterr().out)
    assert f["urgent"]["recall"] == ratio(0, 1)
    assert f["urgent"]["precision"] == ratio(0, 1)
    assert f["urgent"]["false_urgent"] == 1
    assert [m["file"] for m in f["misses"]] == ["y.eml", "x.eml"]
    assert main(["eval", str(folder), "--config", config]) == 0
    out = capsys.readouterr().out
    misses = out.split("misses (the distress Doorstep missed first)\n")[1]
    assert misses.startswith(
        "  MISSED DISTRESS  y.eml: labelled fyi (Jane Doe), got fyi (Jane Doe)"
    )
    assert (
        "x.eml: labelled reply_needed (Alex Kim), got reply_needed (Alex Kim); urgent, labelled not urgent"
        in misses
    )


def test_classify_says_urgent(capsys: pytest.CaptureFixture[str]) -> None:
    config = str(DEVSET / "config.toml")
    distress, calm = DEVSET / "dev" / "064.eml", DEVSET / "dev" / "001.eml"
    assert main(["classify", "--json", "--config", config, str(distress), str(calm)]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["urgent"] is True and second["urgent"] is False
    assert main(["classify", "--config", config, str(distress), str(calm)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "· reply_needed · URGENT —" in lines[0] and "URGENT" not in lines[1]


def test_classify_json_urgent_is_false_without_a_verdict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "news.eml"
    path.write_bytes(
        make_message(sender="news@letters.example", body="I feel trapped, no way out.")
    )
    assert main(["classify", "--json", "--config", str(DEVSET / "config.toml"), str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["tag"] is None and result["urgent"] is False


@pytest.mark.parametrize(
    ("labels", "told"),
    [
        (
            f"{HEADER}\n1.eml,Jane Doe,email,reply,no,\n",
            "line 2: tag 'reply' is not reply_needed, fyi, ignored or empty",
        ),
        (
            f"{HEADER}\n1.eml,Jane Doe,email,fyi,maybe,\n",
            "line 2: urgent 'maybe' is not yes, no or empty",
        ),
        (
            f"{HEADER}\n1.eml,Jane Doe,fax,fyi,no,\n",
            "line 2: kind 'fax' is not email, voicemail or sms",
        ),
        (
            f"{HEADER}\n1.eml,Jane Doe,email,fyi,no,idiom,poem\n",
            "line 2: 7 field(s) where the header has 6; quote a field that holds a comma",
        ),
        (
            f"{HEADER}\n1.eml,Jane Doe,email,fyi,no,\n1.eml,Jane Doe,email,fyi,no,\n",
            "line 3: 1.eml is labelled on line 2 already",
        ),
        (f"{HEADER}\n2.eml,Jane Doe,email,fyi,no,\n", "line 2: 2.eml is not in"),
        ("file,client,tag\n1.eml,Jane Doe,fyi\n", "lacks the column(s) kind"),
        (f"{HEADER}\n", "has no messages"),
    ],
)
def test_a_bad_labels_file_says_what_to_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], labels: str, told: str
) -> None:
    write_config(tmp_path, "Jane Doe", ADDRESS["Jane Doe"])
    note_from(tmp_path, "1.eml", f"Jane Doe <{ADDRESS['Jane Doe']}>")
    (tmp_path / "labels.csv").write_text(labels)
    assert main(["eval", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert told in captured.err and "Traceback" not in captured.err and captured.out == ""


def test_every_bad_line_is_told_at_once(tmp_path: Path) -> None:
    (tmp_path / "labels.csv").write_text(
        f"{HEADER}\n1.eml,Jane Doe,email,fyi,no,\n2.eml,Jane Doe,email,fyi,sure,\n3.eml,,email,urgent,,\n"
    )
    with pytest.raises(DoorstepError) as e:
        evaluate(tmp_path, judge_of({}))
    assert "has 2 bad line(s)" in str(e.value)
    assert "line 3: urgent 'sure'" in str(e.value) and "line 4: tag 'urgent'" in str(e.value)


def test_unreadable_and_empty_files_are_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_config(tmp_path, "Jane Doe", ADDRESS["Jane Doe"])
    (tmp_path / "dir.eml").mkdir()
    (tmp_path / "empty.eml").write_bytes(b"")
    (tmp_path / "labels.csv").write_text(
        f"{HEADER}\ndir.eml,Jane Doe,email,fyi,no,\nempty.eml,Jane Doe,email,fyi,no,\n"
        "gone.eml,Jane Doe,email,fyi,no,\n"
    )
    assert main(["eval", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "names 3 unreadable file(s); fix these and run again" in err
    assert "line 2: " in err and "it must be a readable .eml file" in err
    assert "line 3: " in err and "empty.eml is empty; write the raw message into it" in err
    assert f"line 4: gone.eml is not in {tmp_path}; add it or remove the line" in err
    assert "Traceback" not in err


def test_no_labels_anywhere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    assert main(["eval", str(tmp_path), "--config", str(DEVSET / "config.toml")]) == 1
    err = capsys.readouterr().err
    assert f"No labels.csv in {tmp_path}, nor in any of its subfolders" in err
    assert "file,client,kind,tag,urgent,traits" in err


def test_an_unknown_trait_is_scored_and_noted(tmp_path: Path) -> None:
    got = {"a.eml": Got("Jane Doe", "fyi")}
    write_set(tmp_path, HEADER, ["a.eml,Jane Doe,email,fyi,no,Rhetorial"], got)
    s = evaluate(tmp_path, judge_of(got))
    assert list(s.traits) == ["rhetorial"]
    assert "trait 'rhetorial' (a.eml, labels.csv line 2) is not in DEVELOPERS.md's list" in report(
        s
    )
