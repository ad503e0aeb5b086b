"""Import stamps: how an importer tells its own output from a hand edit.

Every spec file an importer writes starts with two comment lines: who wrote it from what,
and the SHA-256 of the rest of the file. A file whose rest no longer has that hash (or that
has no stamp at all) was changed by hand since, and the next import would silently undo the
change; `check_overwrites` stops it instead, showing the difference, unless forced. The
stamp lives in the file itself so that it travels with it through commits and merges, and
so that whoever opens the file reads where its content comes from.
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Mapping
from pathlib import Path

_MARK = "# import stamp, sha256 of the lines below: "
# The most lines of difference shown, over all files: enough to see what an edit was.
_SHOWN_LINES = 200


def stamped(body: str, written_by: str) -> str:
    """`body` with its stamp: a comment saying who wrote it, and its hash."""
    return f"# {written_by}\n{_MARK}{_digest(body)}\n{body}"


def hand_edit(text: str) -> str | None:
    """Why `text` is not as an importer wrote it, or None when it is."""
    lines = text.split("\n", 2)
    if len(lines) < 3 or not lines[1].startswith(_MARK):
        return "it has no import stamp (written by hand?)"
    if lines[1][len(_MARK) :] != _digest(lines[2]):
        return "it was edited since it was imported"
    return None


class HandEditError(ValueError):
    """An import would overwrite or delete files edited by hand; nothing was written.

    `diff` holds what the import would change in them (current text against the import's).
    """

    def __init__(self, edited: list[tuple[Path, str]], diff: str) -> None:
        names = "; ".join(f"{path}: {why}" for path, why in edited)
        super().__init__(
            f"{len(edited)} spec file(s) changed by hand would be overwritten ({names}). Move "
            "the change into the importer's inputs (see the README, 'Which specs are "
            "imported'), or import with --force to discard it"
        )
        self.edited = edited
        self.diff = diff


def check_overwrites(writes: Mapping[Path, str | None], *, force: bool = False) -> None:
    """Raises HandEditError when any file of `writes` (path -> new text, None: to delete)
    holds a hand edit the write would change, unless `force`."""
    if force:
        return
    edited: list[tuple[Path, str]] = []
    diff: list[str] = []
    for path, new in sorted(writes.items()):
        if not path.is_file():
            continue
        current = path.read_text(encoding="utf-8")
        if current == new:
            continue
        why = hand_edit(current)
        if why is None:
            continue
        edited.append((path, why))
        diff.extend(
            difflib.unified_diff(
                current.splitlines(keepends=True),
                (new or "").splitlines(keepends=True),
                fromfile=f"{path} (now)",
                tofile=f"{path} ({'deleted by' if new is None else 'after'} the import)",
            )
        )
    if edited:
        shown = diff[:_SHOWN_LINES]
        if len(diff) > len(shown):
            shown.append(f"... and {len(diff) - len(shown)} more lines of difference\n")
        raise HandEditError(
            edited, "".join(line if line.endswith("\n") else line + "\n" for line in shown)
        )


def _digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()
