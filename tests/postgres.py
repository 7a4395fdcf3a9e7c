"""A private PostgreSQL server on loopback, for running the storage tests on PostgreSQL too.

Debian's `postgresql` package provides the binaries (`.ci/run` installs it); the server runs as
the `postgres` system user from a temporary data directory, trusts loopback connections, and
is stopped when the test session ends. `DOORSTEP_TEST_DATABASE=postgresql` makes each test's
config point at a new, empty database on it (see conftest.py).
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.servers import free_port, wait_for_port
from tests.support import unavailable
from tests.system_deps import postgres_binaries, postgres_missing

PG_USER = "postgres"
_names = itertools.count(1)


@dataclass
class PostgresServer:
    root: Path
    port: int
    process: subprocess.Popen[bytes]

    def new_database(self) -> str:
        """The URL of a new, empty database of its own."""
        import psycopg

        name = f"doorstep_test_{os.getpid()}_{next(_names)}"
        with psycopg.connect(self._url("postgres", "postgresql"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self._url(name, "postgresql+psycopg")

    def _url(self, database: str, scheme: str) -> str:
        return f"{scheme}://{PG_USER}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        if self.process.poll() is None:
            # SIGQUIT is the "immediate" shutdown: no checkpoint, which for a throwaway server
            # whose folder is removed next is only time (the "fast" one, SIGINT, spent some 20 s
            # writing out the test databases; SIGTERM would wait for the sessions to close).
            self.process.send_signal(signal.SIGQUIT)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def start_postgres(binaries: Path) -> PostgresServer:
    try:
        entry = pwd.getpwnam(PG_USER)
    except KeyError as e:
        raise RuntimeError("there is no postgres system user (apt-get install postgresql)") from e
    root = Path(tempfile.mkdtemp(prefix="doorstep-postgres-"))
    for sub in ("data", "run"):
        (root / sub).mkdir()
    for path in (root, root / "data", root / "run"):
        os.chown(path, entry.pw_uid, entry.pw_gid)
    env = {"LC_ALL": "C.UTF-8"}  # run as the postgres user, with this environment only
    subprocess.run(
        [
            str(binaries / "initdb"),
            "-D",
            str(root / "data"),
            "-U",
            PG_USER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
        user=entry.pw_uid,
        group=entry.pw_gid,
        env=env,
    )
    port = free_port()
    with (root / "postgres.log").open("wb") as log:  # the server keeps its own copy open
        process = subprocess.Popen(
            [
                str(binaries / "postgres"),
                "-D",
                str(root / "data"),
                "-p",
                str(port),
                "-k",
                str(root / "run"),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            user=entry.pw_uid,
            group=entry.pw_gid,
            env=env,
        )
    server = PostgresServer(root, port, process)
    try:
        wait_for_port(port, timeout=30, process=process)
    except TimeoutError as e:
        output = (root / "postgres.log").read_text(errors="replace")
        server.stop()
        raise RuntimeError(f"PostgreSQL did not start:\n{output}") from e
    return server


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    reason = postgres_missing()
    if reason is not None:
        unavailable(reason)
    binaries = postgres_binaries()
    assert binaries is not None  # postgres_missing found it
    if os.geteuid() != 0:
        unavailable("the private PostgreSQL server is started as the postgres user: run as root")
    try:
        server = start_postgres(binaries)
    except (RuntimeError, subprocess.CalledProcessError, OSError) as e:
        unavailable(f"PostgreSQL could not be started: {e}")
    yield server
    server.stop()
