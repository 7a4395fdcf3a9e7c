"""The structure the README's "How it works" describes, held: the layer contracts in
pyproject.toml (checked by `lint-imports` in `make test`) catch a back-arrow, no SQL is written
outside `service/store/`, and no module outgrows one concept."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SERVICE = ROOT / "service"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
SQL_NAMES = {"select", "update", "insert", "delete", "text", "func", "and_", "or_", "exists"}
MAX_LINES = 350


def _copy_of_service(tmp_path: Path) -> Path:
    shutil.copytree(SERVICE, tmp_path / "service", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def _lint(where: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=where, capture_output=True, text=True, timeout=120
    )


def test_the_contracts_hold_and_a_planted_back_arrow_breaks_them(tmp_path: Path) -> None:
    copy = _copy_of_service(tmp_path)
    kept = _lint(copy)
    assert kept.returncode == 0, kept.stdout + kept.stderr
    assert "3 kept, 0 broken" in kept.stdout
    # The parse stage reaching up into the store: a later stage, imported by an earlier one.
    parse = copy / "service" / "ingest" / "parse.py"
    parse.write_text(parse.read_text() + "\nfrom service.store import models  # planted\n")
    broken = _lint(copy)
    assert broken.returncode != 0
    assert "BROKEN" in broken.stdout
    assert "service.ingest.parse -> service.store.models" in broken.stdout


def test_a_planted_loop_between_siblings_breaks_the_contract(tmp_path: Path) -> None:
    copy = _copy_of_service(tmp_path)
    # fields.py is imported by parse.py; making fields import parse closes a loop.
    fields = copy / "service" / "ingest" / "fields.py"
    fields.write_text(fields.read_text() + "\nfrom service.ingest import parse  # planted\n")
    broken = _lint(copy)
    assert broken.returncode != 0
    assert "No import loops" in broken.stdout and "BROKEN" in broken.stdout


def _modules() -> list[Path]:
    return sorted(p for p in SERVICE.rglob("*.py") if "migrations" not in p.parts)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SERVICE)))
def test_sql_is_written_only_in_the_store(path: Path) -> None:
    if path.is_relative_to(SERVICE / "store"):
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            statements = {a.name for a in node.names} & SQL_NAMES
            assert not statements, (
                f"{path.name} builds SQL ({sorted(statements)}): move it to store/"
            )
            assert not (node.module or "").startswith("sqlalchemy.sql"), path.name


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SERVICE)))
def test_no_module_outgrows_one_concept(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines: split it by concept"
