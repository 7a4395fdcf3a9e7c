"""Issue 17: config messages that mean what they say. A number is written as a number (TOML's
true is not 1), a time of day as "07:30", a key valid for another table is told where it goes,
the password hint names the variable the example uses, and `clients add` cites no line of a
file it never wrote."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from service.common.errors import ConfigError
from service.config import load_config
from service.config.roster_file import add_client

IMAP = '[mailbox]\nkind = "imap"\nhost = "imap.example.org"\nusername = "robin"\n'


@pytest.mark.parametrize(
    ("extra", "told"),
    [
        (
            "[daemon]\npoll_minutes = true\n",
            "daemon.poll_minutes: write a whole number without quotes",
        ),
        (
            '[daemon]\npoll_minutes = "ten"\n',
            "daemon.poll_minutes: write a whole number without quotes",
        ),
        ("[digest]\nsend_at = 730\n", 'write it in quotes as "07:30"'),
    ],
    ids=["true-is-not-one", "ten-is-not-a-number", "a-time-is-not-a-number"],
)
def test_a_value_of_the_wrong_kind_is_refused(
    extra: str, told: str, write_config: Callable[..., Path]
) -> None:
    if "[digest]" in extra:
        extra += 'deliver = "file"\nfile_dir = "digests"\n'
    with pytest.raises(ConfigError, match="nothing was started") as refused:
        load_config(write_config(extra=extra))
    assert told in str(refused.value)


def test_a_time_of_day_is_read_when_written_as_one(write_config: Callable[..., Path]) -> None:
    quoted = '[digest]\nsend_at = "06:45"\ndeliver = "file"\nfile_dir = "digests"\n'
    assert load_config(write_config(extra=quoted)).digest.send_at.strftime("%H:%M") == "06:45"
    native = '[digest]\nsend_at = 06:45:00\ndeliver = "file"\nfile_dir = "digests"\n'
    assert load_config(write_config(extra=native)).digest.send_at.strftime("%H:%M") == "06:45"


def test_a_key_of_another_mailbox_kind_is_told_where_it_belongs(
    write_config: Callable[..., Path],
) -> None:
    mailbox = '[mailbox]\nkind = "maildir"\npath = "Maildir"\nidle = true\nbatch_size = 50\n'
    with pytest.raises(ConfigError) as refused:
        load_config(write_config(mailbox=mailbox))
    text = str(refused.value)
    assert (
        """'idle' is not a key of this [mailbox] (kind = "maildir"): it is written in [mailbox] with kind = "imap\""""
        in text
    )
    assert "'batch_size' is not a key of this [mailbox]" in text
    assert "did you mean" not in text


def test_a_top_level_key_written_below_a_table_is_told_to_move_up(
    write_config: Callable[..., Path],
) -> None:
    path = write_config(extra='[daemon]\npoll_minutes = 10\nclients = "all"\n')
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    assert "it belongs at the top of the file, before the first [table] line" in str(refused.value)


@pytest.mark.parametrize(
    ("table", "variable"),
    [("mailbox", "DOORSTEP_IMAP_PASSWORD"), ("smtp", "DOORSTEP_SMTP_PASSWORD")],
)
def test_the_password_hint_names_the_variable_the_example_uses(
    table: str, variable: str, write_config: Callable[..., Path]
) -> None:
    smtp = '\n[smtp]\nhost = "smtp.example.org"\nusername = "robin"\npassword = "x"\n'
    mailbox = IMAP + ('password = "x"\n' if table == "mailbox" else 'password_env = "P"\n')
    extra = (
        smtp if table == "smtp" else ""
    ) + '[digest]\ndeliver = "smtp"\nto = "robin@avery-coaching.example"\n'
    with pytest.raises(ConfigError) as refused:
        load_config(write_config(mailbox=mailbox, extra=extra))
    assert f'password_env = "{variable}"' in str(refused.value)
    assert '"DOORSTEP_PASSWORD"' not in str(refused.value)


def test_an_addition_that_would_break_the_file_cites_no_line_it_never_wrote(
    write_config: Callable[..., Path],
) -> None:
    path = write_config()
    with pytest.raises(ConfigError) as refused:
        add_client(path, "Shorty", [], ["12"])
    text = str(refused.value)
    assert "nothing was changed" in text and "'12' is not a phone number" in text
    assert ", line " not in text
