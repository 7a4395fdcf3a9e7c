"""The systemd units in deploy/: valid for systemd, hardened as the README says, and starting
Doorstep with arguments it takes."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from service.cli.main import build_parser
from tests.conftest import REPO
from tests.support import unavailable
from tests.system_deps import systemd_analyze_missing

UNITS = sorted((REPO / "deploy").glob("*.service"))
HARDENING = {
    "NoNewPrivileges": "yes",
    "ProtectSystem": "strict",
    "ProtectHome": "yes",
    "PrivateTmp": "yes",
    "StateDirectory": "doorstep",
    "StateDirectoryMode": "0700",
    "UMask": "0077",
    "CapabilityBoundingSet": "",
    "User": "doorstep",
}


class _KeysAsWritten(configparser.ConfigParser):
    def optionxform(self, optionstr: str) -> str:
        return optionstr  # systemd's keys are case-sensitive: not lowered


def _service(unit: Path) -> configparser.SectionProxy:
    parser = _KeysAsWritten(interpolation=None, strict=False)
    parser.read_string(unit.read_text())
    return parser["Service"]


def test_both_units_are_there() -> None:
    assert [u.name for u in UNITS] == ["doorstep-practice.service", "doorstep.service"]


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.name)
def test_the_unit_is_hardened_and_runs_a_command_doorstep_takes(unit: Path) -> None:
    service = _service(unit)
    assert {k: service.get(k) for k in HARDENING} == HARDENING
    argv = shlex.split(service["ExecStart"])
    assert argv[0] == "/opt/doorstep/.venv/bin/doorstep"
    args = build_parser().parse_args(argv[1:])
    assert args.command == "run"
    if unit.name == "doorstep-practice.service":
        assert args.coaches == Path("/etc/doorstep/coaches")


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.name)
def test_systemd_finds_nothing_wrong_with_the_unit(unit: Path, tmp_path: Path) -> None:
    reason = systemd_analyze_missing()
    if reason is not None:
        unavailable(reason)
    analyze = shutil.which("systemd-analyze")
    assert analyze is not None  # systemd_analyze_missing found it
    # Checked as installed, with the command pointing at this checkout's doorstep.
    copy = tmp_path / unit.name
    copy.write_text(
        unit.read_text().replace(
            "/opt/doorstep/.venv/bin/doorstep", str(REPO / ".venv/bin/doorstep")
        )
    )
    result = subprocess.run(
        [analyze, "verify", str(copy)], capture_output=True, text=True, check=False
    )
    problems = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if line.strip() and "User doorstep" not in line  # the system user is made at install
    ]
    assert result.returncode == 0 and problems == [], result.stdout + result.stderr
