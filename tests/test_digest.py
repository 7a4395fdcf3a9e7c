"""The digest's content (pure) and its rendering: order, waiting time, sections, escaping."""

from __future__ import annotations

import email
import email.policy
import html
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from service.notify.digest import NewPersonItem, build_digest
from service.notify.render import compose, render_digest
from service.records import ClientStatus, Kind, StoredMessage, Tag

CHICAGO = ZoneInfo("America/Chicago")
NOW = datetime(2026, 11, 25, 13, 30, tzinfo=UTC)


def stored(
    id: int,
    client: str = "Jane Doe",
    tag: Tag = Tag.FYI,
    days_ago: float = 1,
    subject: str = "Note",
    status: ClientStatus = ClientStatus.ACTIVE,
    kind: Kind = Kind.EMAIL,
    urgent: bool = False,
    excerpt: str = "An update.",
    attachments: tuple[str, ...] = (),
) -> StoredMessage:
    return StoredMessage(
        id=id,
        client_name=client,
        client_status=status,
        sender_email="x@example.org",
        subject=subject,
        received=NOW - timedelta(days=days_ago),
        kind=kind,
        tag=tag,
        urgent=urgent,
        reasons=("a reason",),
        excerpt=excerpt,
        attachment_names=attachments,
        message_id=f"<{id}@x>",
        parse_error=None,
    )


def test_sections_order_and_summary() -> None:
    messages = [
        stored(1, "Marcus Lee", Tag.REPLY_NEEDED, days_ago=2, subject="Worksheet?"),
        stored(2, "Jane Doe", Tag.REPLY_NEEDED, days_ago=8, subject="Thursday?"),
        stored(3, "Jane Doe", Tag.FYI, subject="Values"),
        stored(4, "Sam Ortiz", Tag.FYI, subject="A win", attachments=("poem.txt",)),
        stored(5, "Priya Natarajan", Tag.FYI, status=ClientStatus.FORMER, subject="I got the job!"),
        stored(6, "Alex Kim", Tag.REPLY_NEEDED, urgent=True, subject="hard week"),
        stored(7, "Tom Becker", Tag.IGNORED, subject="Automatic reply"),
    ]
    d = build_digest(
        messages,
        new_ids={1, 3, 4, 5, 6, 7},
        day=date(2026, 11, 25),
        now=NOW,
        zone=CHICAGO,
        coach_name="Robin",
    )
    assert [i.subject for i in d.urgent] == ["hard week"]
    assert [(i.subject, i.waiting_days, i.new) for i in d.reply_needed] == [
        ("Thursday?", 8, False),
        ("Worksheet?", 2, True),
    ]
    assert [(g.client, [i.subject for i in g.items]) for g in d.fyi_by_client] == [
        ("Jane Doe", ["Values"]),
        ("Sam Ortiz", ["A win"]),
    ]
    assert [i.subject for i in d.former] == ["I got the job!"]
    assert (
        d.summary
        == "1 urgent · 2 need a reply · 2 FYIs from 2 clients · 1 note from a former client"
    )

    text = render_digest(d).text
    assert (
        text.index("URGENT")
        < text.index("NEEDS A REPLY")
        < text.index("FYI, BY CLIENT")
        < text.index("NEWS FROM FORMER")
    )
    assert "waiting 8 days" in text and "still open" in text and "Attached: poem.txt" in text
    assert "Automatic reply" not in text


def test_times_are_in_the_coachs_zone() -> None:
    m = stored(1, days_ago=0)  # 13:30 UTC is 07:30 in Chicago in November
    d = build_digest([m], {1}, date(2026, 11, 25), NOW, CHICAGO, "Robin")
    assert d.fyi_by_client[0].items[0].when == "Wed 25 Nov, 07:30"


def test_quiet_day() -> None:
    d = build_digest([], set(), date(2026, 11, 25), NOW, CHICAGO, "Robin")
    assert d.is_empty and "quiet day" in d.summary


def test_client_text_is_escaped_and_never_reaches_a_header() -> None:
    hostile = stored(
        1,
        subject="<script>alert(1)</script>\r\nBcc: victim@example.org",
        excerpt='"><img src=x onerror=alert(1)> <a href="http://evil.example">click</a>',
    )
    rendered = render_digest(
        build_digest([hostile], {1}, date(2026, 11, 25), NOW, CHICAGO, "Robin")
    )
    assert "<script>" not in rendered.html and "&lt;script&gt;" in rendered.html
    # The hostile text is there, as text: no element was made of it.
    assert "<img" not in rendered.html and "&lt;img src=x onerror=alert(1)&gt;" in rendered.html
    assert not re.search(r"<a\s[^>]*evil\.example", rendered.html)
    raw = compose(
        rendered,
        "robin@avery-coaching.example",
        "robin@avery-coaching.example",
        "<doorstep-digest-x@y>",
        NOW,
    ).as_bytes()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["Bcc"] is None
    assert "script" not in message["Subject"]
    header_block = raw.split(b"\n\n", 1)[0]
    assert b"victim" not in header_block


def test_overdue_replies_are_highlighted_after_nudge_days() -> None:
    messages = [
        stored(1, tag=Tag.REPLY_NEEDED, days_ago=2),
        stored(2, tag=Tag.REPLY_NEEDED, days_ago=5),
    ]
    d = build_digest(messages, {1, 2}, date(2026, 11, 25), NOW, CHICAGO, "Robin", nudge_days=3)
    assert [(i.id, i.overdue) for i in d.reply_needed] == [(2, True), (1, False)]
    text = render_digest(d).text
    assert "!! waiting 5 days" in text and "· waiting 2 days" in text
    assert '"!!" marks a message waiting 3 days or more.' in text


def test_a_hostile_message_id_cannot_break_out_of_the_link() -> None:
    from dataclasses import replace

    hostile = replace(stored(1), message_id='<x"onmouseover="alert(1)@evil.example>')
    html = render_digest(
        build_digest([hostile], {1}, date(2026, 11, 25), NOW, CHICAGO, "Robin")
    ).html
    assert 'href="message:%3Cx%22onmouseover%3D%22alert%281%29%40evil.example%3E"' in html
    assert "onmouseover=" not in html


def test_webmail_link_pattern() -> None:
    from service.notify.digest import message_link

    pattern = "https://mail.google.com/mail/u/0/#search/rfc822msgid%3A{message_id}"
    assert message_link(pattern, "<a.b@example.org>") == (
        "https://mail.google.com/mail/u/0/#search/rfc822msgid%3Aa.b%40example.org"
    )
    assert message_link("", "<a@b>") == "" and message_link(pattern, "") == ""


def _shown(html_part: str) -> str:
    """The HTML part as the coach reads it: tags dropped, entities read, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", html_part)).split())


def test_an_item_still_open_says_so_once_in_both_parts() -> None:
    carried = stored(10, "Alex Kim", Tag.REPLY_NEEDED, days_ago=5, subject="hard week")
    rendered = render_digest(build_digest([carried], set(), date(2026, 11, 25), NOW, CHICAGO, "R"))
    assert "· #10 · still open\n" in rendered.text
    assert "#10 · still open · view message" in _shown(rendered.html)
    assert "open · open" not in _shown(rendered.html)


def test_the_html_part_tells_how_to_add_a_new_person_as_the_text_part_does() -> None:
    person = NewPersonItem("Dana", "dana@example.com", "Enquiry", "Space?", "Fri 20 Nov", None)
    d = build_digest([], set(), date(2026, 11, 25), NOW, CHICAGO, "R", new_people=[person])
    rendered = render_digest(d)
    hint = 'To add someone as a client: doorstep clients add "NAME" --email ADDRESS'
    assert hint in rendered.text
    assert hint in _shown(rendered.html)


def test_a_phone_number_is_kept_whole_in_the_html_part_and_escaped_around() -> None:
    voicemail = replace(
        stored(9, kind=Kind.VOICEMAIL, tag=Tag.FYI),
        phone="+13125550142",
        phone_service="<b>Voice</b>",
        call_duration="0:32",
    )
    rendered = render_digest(build_digest([voicemail], {9}, date(2026, 11, 25), NOW, CHICAGO, "R"))
    assert re.search(r'<span class="phone"[^>]*nowrap[^>]*>\+1 312-555-0142</span>', rendered.html)
    assert "&lt;b&gt;Voice&lt;/b&gt;" in rendered.html and "<b>Voice" not in rendered.html
    assert "voicemail, 0:32, from +1 312-555-0142 (<b>Voice</b>)" in rendered.text


def test_the_summary_bolds_its_counts_only() -> None:
    messages = [stored(1, tag=Tag.REPLY_NEEDED, urgent=True), stored(2, "Sam Ortiz")]
    d = build_digest(messages, {1, 2}, date(2026, 11, 25), NOW, CHICAGO, "R")
    summary = re.search(r'<td class="summary"[^>]*>(.*?)</td>', render_digest(d).html)
    assert summary is not None
    assert re.findall(r"<strong[^>]*>(.*?)</strong>", summary.group(1)) == ["1", "1"]
    assert _shown(summary.group(1)) == d.summary == "1 urgent · 1 FYI from 1 client"
