"""The small spec renders to exactly the committed files (UPDATE_GOLDEN=1 rewrites them)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tests.generator.conftest import GOLDEN, render_golden

EXPECTED = GOLDEN / "expected"


def _tree(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_golden_output_matches(tmp_path: Path) -> None:
    render_golden(tmp_path / "out")
    produced = _tree(tmp_path / "out")
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(EXPECTED, ignore_errors=True)
        shutil.copytree(tmp_path / "out", EXPECTED)
    expected = _tree(EXPECTED)
    assert sorted(produced) == sorted(expected)
    for name, text in produced.items():
        assert text == expected[name], f"{name} differs from the golden copy"


def test_rendering_twice_gives_identical_bytes(tmp_path: Path) -> None:
    render_golden(tmp_path / "a")
    render_golden(tmp_path / "b")
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
