"""Writing a distribution folder: stale files and emptied folders go, by-products stay, and
files are listed in path order (part by part, as `pathlib` orders them)."""

from __future__ import annotations

from pathlib import Path

from generator.render.renderer import folder_entries, read_tree, write_files


def _tree(root: Path) -> list[str]:
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*"))


def test_a_folder_is_made_to_hold_exactly_the_files(tmp_path: Path) -> None:
    root = tmp_path / "dist-api"
    first = write_files({"a/b.py": "b\n", "a-c.py": "c\n", "old/gone.py": "x\n"}, root)
    assert first.added == ["a/b.py", "a-c.py", "old/gone.py"]
    for by_product in ("build/lib/x.py", "src/pkg.egg-info/PKG-INFO", "a/__pycache__/b.pyc"):
        (root / by_product).parent.mkdir(parents=True, exist_ok=True)
        (root / by_product).write_text("kept", encoding="utf-8")
    changes = write_files({"a/b.py": "b2\n", "a-c.py": "c\n", "z.py": "z\n"}, root)
    assert (changes.added, changes.updated, changes.removed) == (
        ["z.py"],
        ["a/b.py"],
        ["old/gone.py"],
    )
    assert not (root / "old").exists()
    assert "build/lib/x.py" in _tree(root) and "a/__pycache__/b.pyc" in _tree(root)
    assert not write_files({"a/b.py": "b2\n", "a-c.py": "c\n", "z.py": "z\n"}, root)


def test_trees_are_read_in_path_order_without_by_products(tmp_path: Path) -> None:
    for relative in ("a-c.py", "a/b.py", "a/z/y.py", "build/x.py", "dist", "b.egg-info/x"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(relative, encoding="utf-8")
    # `a/...` before `a-c.py`: a string sort would put "-" before "/".
    assert list(read_tree(tmp_path)) == ["a/b.py", "a/z/y.py", "a-c.py"]
    assert sorted(relative for relative, _ in folder_entries(tmp_path)) == [
        "a",
        "a-c.py",
        "a/b.py",
        "a/z",
        "a/z/y.py",
    ]
    assert read_tree(tmp_path / "missing") == {}
