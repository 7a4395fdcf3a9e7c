"""deploy/install-test-deps.sh asks before it changes the machine: it installs only what is
missing, stops before apt would remove a package (unless told it may, or in CI), and disables at
boot the services of the packages it installed, never of those the machine had.

Each test runs the script as a user who is not root, with a PATH that holds only tiny stand-ins
for apt-get, dpkg-query, systemctl, deb-systemd-helper, id and sudo (each notes its arguments in a
log) and the plain tools the script uses. The stand-in sudo runs only the other stand-ins, so
nothing is installed, written or disabled for real, whoever runs the tests."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "deploy/install-test-deps.sh"
TOOLS = ["sed", "tr", "sort", "cat", "mktemp", "chmod", "rm"]

# What this machine had: all the script installs but dovecot-imapd, and Debian's cyrus-imapd
# (the whole Cyrus server), which dovecot-imapd cannot be installed beside.
HAD = ["postgresql", "chromium", "fonts-dejavu-core", "systemd", "cyrus-common", "sasl2-bin"]
PLAN = """\
NOTE: This is only a simulation!
      apt-get needs root privileges for real execution.
Reading package lists...
The following packages will be REMOVED:
  cyrus-imapd
The following NEW packages will be installed:
  dovecot-core dovecot-imapd libexttextcat-data
The following packages will be upgraded:
  libpq5
1 upgraded, 3 newly installed, 1 to remove and 0 not upgraded.
Remv cyrus-imapd [3.6.1-4+deb12u5]
Inst libexttextcat-data (3.4.5-1 Debian:12.15/oldstable [all])
Inst dovecot-core (1:2.3.19.1+dfsg1-2.1+deb12u7 Debian:12.15/oldstable [amd64])
Inst dovecot-imapd (1:2.3.19.1+dfsg1-2.1+deb12u7 Debian:12.15/oldstable [amd64])
Inst libpq5 [15.13-0+deb12u1] (15.14-0+deb12u1 Debian:12.15/oldstable [amd64])
Conf libexttextcat-data (3.4.5-1 Debian:12.15/oldstable [all])
Conf dovecot-core (1:2.3.19.1+dfsg1-2.1+deb12u7 Debian:12.15/oldstable [amd64])
Conf dovecot-imapd (1:2.3.19.1+dfsg1-2.1+deb12u7 Debian:12.15/oldstable [amd64])
Conf libpq5 (15.14-0+deb12u1 Debian:12.15/oldstable [amd64])
"""
PLAN_WITHOUT_REMOVALS = "\n".join(
    line
    for line in PLAN.splitlines()
    if not line.startswith(("Remv", "  cyrus", "The following packages will be REMOVED"))
)
FILES = {  # dpkg-query -L, as Debian 12 lists them
    "dovecot-core": [
        "/etc/init.d/dovecot",
        "/lib/systemd/system/dovecot.service",
        "/lib/systemd/system/dovecot.socket",
        "/usr/sbin/dovecot",
    ],
    "dovecot-imapd": ["/usr/lib/dovecot/imap", "/usr/lib/dovecot/imap-login"],
    "libexttextcat-data": ["/usr/share/libexttextcat/fpdb.conf"],
    "libpq5": ["/usr/lib/x86_64-linux-gnu/libpq.so.5"],
    "postgresql-common": [
        "/lib/systemd/system/postgresql.service",
        "/lib/systemd/system/postgresql@.service",
        "/lib/systemd/system/pg_dump@.timer",
    ],
}

FAKES = {
    "id": "echo 1000\n",
    "sudo": (
        'echo "sudo $*" >> "$FAKE_LOG"\n'
        'case "$(command -v "$1")" in "$FAKE_BIN"/*) exec "$@" ;; esac\n'
    ),
    "apt-get": ('echo "apt-get $*" >> "$FAKE_LOG"\n[ "$1" = -s ] && cat "$FAKE_PLAN"\nexit 0\n'),
    "dpkg-query": (
        'echo "dpkg-query $*" >> "$FAKE_LOG"\n'
        'for last in "$@"; do :; done\n'
        'if [ "$1" = -L ]; then cat "$FAKE_FILES/$last" 2>/dev/null; exit; fi\n'
        'case " $FAKE_INSTALLED " in *" $last "*) printf "ii " ;; *) exit 1 ;; esac\n'
    ),
    "systemctl": 'echo "systemctl $*" >> "$FAKE_LOG"\nexit "${FAKE_SYSTEMCTL_RC:-0}"\n',
    "deb-systemd-helper": 'echo "deb-systemd-helper $*" >> "$FAKE_LOG"\nexit "${FAKE_HELPER_RC:-0}"\n',
}


@dataclass
class Machine:
    """The stand-ins, and what they were asked to do."""

    root: Path
    env: dict[str, str]

    @property
    def log(self) -> list[str]:
        path = self.root / "log"
        return path.read_text().splitlines() if path.exists() else []

    def run(self, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["/bin/sh", str(SCRIPT)],
            env={**self.env, **env},
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )

    def lacks(self, command: str) -> None:
        (self.root / "bin" / command).unlink()


@pytest.fixture
def machine(tmp_path: Path) -> Machine:
    bin_dir, tools, files = tmp_path / "bin", tmp_path / "tools", tmp_path / "files"
    for d in (bin_dir, tools, files):
        d.mkdir()
    for name, body in FAKES.items():
        (bin_dir / name).write_text("#!/bin/sh\n" + body)
        (bin_dir / name).chmod(0o755)
    for tool in TOOLS:
        real = shutil.which(tool)
        assert real is not None, tool
        (tools / tool).symlink_to(real)
    for package, paths in FILES.items():
        (files / package).write_text("".join(f"{p}\n" for p in paths))
    (tmp_path / "plan").write_text(PLAN)
    cyrus = tmp_path / "cyrus"  # cyrus-imapd's programs already unpacked
    (cyrus / "usr/lib/cyrus/bin").mkdir(parents=True)
    for program in ("imapd", "idled"):
        (cyrus / "usr/lib/cyrus/bin" / program).write_text("")
        (cyrus / "usr/lib/cyrus/bin" / program).chmod(0o755)
    env = {
        "PATH": f"{bin_dir}{os.pathsep}{tools}",
        "TMPDIR": str(tmp_path),
        "FAKE_BIN": str(bin_dir),
        "FAKE_LOG": str(tmp_path / "log"),
        "FAKE_PLAN": str(tmp_path / "plan"),
        "FAKE_FILES": str(files),
        "FAKE_INSTALLED": " ".join([*HAD, "postgresql-common"]),
        "DOORSTEP_CYRUS_DIR": str(cyrus),
    }
    return Machine(tmp_path, env)


def done_for_real(machine: Machine) -> list[str]:
    """What the script asked sudo to do, but refreshing apt's package lists."""
    return [line for line in machine.log if line.startswith("sudo") and "update" not in line]


def test_it_stops_before_apt_would_remove_a_package(machine: Machine) -> None:
    run = machine.run()
    assert run.returncode != 0
    assert "would remove: cyrus-imapd." in run.stderr
    assert "DOORSTEP_ALLOW_REMOVALS=1" in run.stderr
    assert "Nothing was installed or removed" in run.stderr
    assert "apt-get -s install --no-install-recommends dovecot-imapd" in machine.log
    assert done_for_real(machine) == []


@pytest.mark.parametrize("allowed", [{"CI": "true"}, {"DOORSTEP_ALLOW_REMOVALS": "1"}])
def test_told_it_may_it_removes_and_installs_only_what_is_missing(
    machine: Machine, allowed: dict[str, str]
) -> None:
    run = machine.run(**allowed)
    assert run.returncode == 0, run.stderr
    assert "apt removes cyrus-imapd" in run.stderr
    installs = [line for line in done_for_real(machine) if "apt-get install" in line]
    assert installs == ["sudo apt-get install -y -qq --no-install-recommends dovecot-imapd"]


def test_it_disables_at_boot_only_the_services_it_installed(machine: Machine) -> None:
    """dovecot-core came with dovecot-imapd: its units are disabled (its SysV script is the
    same service). PostgreSQL was there before, and libpq5 was only upgraded: left alone."""
    (machine.root / "plan").write_text(PLAN_WITHOUT_REMOVALS)
    run = machine.run()
    assert run.returncode == 0, run.stderr
    disabled = [line for line in machine.log if line.startswith("systemctl")]
    assert disabled == [
        "systemctl disable --quiet dovecot.service",
        "systemctl disable --quiet dovecot.socket",
    ]
    assert "Disabled at boot (the tests start their own): dovecot.service dovecot.socket." in (
        run.stdout
    )


def test_a_service_it_cannot_disable_is_said_and_the_install_goes_on(machine: Machine) -> None:
    (machine.root / "plan").write_text(PLAN_WITHOUT_REMOVALS)
    run = machine.run(FAKE_SYSTEMCTL_RC="1", FAKE_HELPER_RC="1")
    assert run.returncode == 0, run.stderr
    assert "deb-systemd-helper disable dovecot.socket" in machine.log
    assert "Could not disable dovecot.service at boot" in run.stderr


def test_with_everything_installed_it_changes_nothing(machine: Machine) -> None:
    run = machine.run(FAKE_INSTALLED=" ".join([*HAD, "dovecot-imapd"]))
    assert run.returncode == 0, run.stderr
    assert "nothing to do" in run.stdout
    assert [line for line in machine.log if not line.startswith("dpkg-query -W")] == []


def test_without_root_or_sudo_it_says_so_and_does_nothing(machine: Machine) -> None:
    machine.lacks("sudo")
    run = machine.run()
    assert run.returncode != 0
    assert "dovecot-imapd" in run.stderr
    assert "needs root or sudo" in run.stderr
    assert [line for line in machine.log if not line.startswith("dpkg-query -W")] == []


def test_the_readme_says_what_the_test_command_installs_and_that_it_needs_root() -> None:
    readme = (REPO / "README.md").read_text()
    first_screen = readme[: readme.index("\n## ")]
    (line,) = [line for line in first_screen.splitlines() if line.startswith("$ make test")]
    for said in ("root or sudo", "Dovecot", "PostgreSQL", "Chromium", "Cyrus", "apt"):
        assert said in line, said
    section = readme[readme.index("### What `make test` installs") :]
    packages = next(
        line for line in SCRIPT.read_text().splitlines() if line.startswith("PACKAGES=")
    )
    for package in packages.removeprefix("PACKAGES=").strip('"').split():
        assert f"`{package}`" in section, package
    for said in (
        "needs root or sudo",
        "`apt-get -s`",
        "DOORSTEP_ALLOW_REMOVALS=1",
        "disabled at boot",
        ".venv/bin/python -m pytest",
        "skipped with the",
    ):
        assert said in section, said
