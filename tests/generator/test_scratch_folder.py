"""Where a generation stages its unformatted files: a RAM-backed folder when the system has
one with room to spare, else the system's temporary folder; the output is the same."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from generator import pipeline


def test_a_roomy_memory_folder_holds_the_scratch_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "MEMORY_FOLDER", tmp_path)
    monkeypatch.setattr(pipeline, "MEMORY_FOLDER_ROOM", 1)
    with pipeline.scratch_folder() as scratch:
        assert Path(scratch).parent == tmp_path
    assert list(tmp_path.iterdir()) == []  # removed afterwards


@pytest.mark.parametrize("why", ["missing", "too small"])
def test_without_a_usable_memory_folder_the_system_temporary_folder_is_used(
    why: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if why == "missing":
        monkeypatch.setattr(pipeline, "MEMORY_FOLDER", tmp_path / "absent")
    else:
        monkeypatch.setattr(pipeline, "MEMORY_FOLDER", tmp_path)
        monkeypatch.setattr(pipeline, "MEMORY_FOLDER_ROOM", 1 << 62)
    with pipeline.scratch_folder() as scratch:
        assert Path(scratch).parent == Path(tempfile.gettempdir())
