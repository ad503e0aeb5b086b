"""Release history: versions, semver bumps and changelogs of the generated distributions.

The history lives in `specs/releases.json`, next to the specs it describes and committed with
them: one list of releases per distribution, oldest first, each with its version, date, the
spec it was made from (path inside specs/ and sha256 of its files) and its changes (kind and
text, as `python -m generator diff` reports them). It is an input of generation like the specs:

- the generated `pyproject.toml` and `__version__` carry the latest recorded version; a
  distribution with no release yet uses `info.x-generator.version` of its spec (0.1.0 when
  absent), which is also the version its first release records;
- `generated/<dist>/CHANGELOG.md` is rendered from it (and shipped in the sdist), so
  `python -m generator verify` catches a history that was edited without regenerating.

`python -m generator release` appends to it. For each rendered distribution it compares the
current spec with the spec of the last release (found as described in `baseline_revision`, or
given with `--against`), and bumps the version by the most significant change: breaking ->
major (minor while 0.x), feature -> minor, fix -> patch. A spec whose files hash to the
recorded `spec_sha256` has nothing to release. The build takes its timestamps from the date of
the latest release, so a version always builds to the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import subprocess
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from generator import ir

RELEASES_FILE = "releases.json"
DEFAULT_VERSION = "0.1.0"
# SOURCE_DATE_EPOCH for a distribution that has no release yet (2024-01-01T00:00:00Z).
UNRELEASED_EPOCH = 1704067200

_VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
_SECTIONS = (("breaking", "Breaking changes"), ("feature", "Features"), ("fix", "Fixes"))


class ReleaseError(ValueError):
    """The history or a requested release is inconsistent; the message says how."""


@attrs.frozen(order=True)
class Version:
    """A plain `MAJOR.MINOR.PATCH` release version (no pre-release or local parts)."""

    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        match = _VERSION.fullmatch(text.strip())
        if match is None:
            raise ReleaseError(f"{text!r} is not a MAJOR.MINOR.PATCH version")
        return cls(*(int(part) for part in match.groups()))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    def bump(self, kind: str) -> Version:
        """The next version for a release whose most significant change is `kind`."""
        if kind == "breaking":
            if self.major == 0:
                return Version(0, self.minor + 1, 0)
            return Version(self.major + 1, 0, 0)
        if kind == "feature":
            return Version(self.major, self.minor + 1, 0)
        if kind == "fix":
            return Version(self.major, self.minor, self.patch + 1)
        raise ReleaseError(f"unknown change kind {kind!r}")


@attrs.frozen
class Entry:
    """One line of a changelog: a change's kind and its text, and for a change `diff` found,
    what it was (`code`), the call as users write it (`call`: `client.balance()`, or `api`),
    where in the call (`path`), the bare `message`, and whether existing calls now behave
    differently (`behaviour`). Notes and older entries have the text only."""

    kind: str
    text: str
    code: str = ""
    call: str = ""
    path: str = ""
    message: str = ""
    behaviour: bool = False

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.call:
            data.update(code=self.code, call=self.call, path=self.path, message=self.message)
            if self.behaviour:
                data["behaviour"] = True
        return data

    @classmethod
    def from_json(cls, item: Mapping[str, Any]) -> Entry:
        return cls(
            kind=item["kind"],
            text=item["text"],
            code=str(item.get("code", "")),
            call=str(item.get("call", "")),
            path=str(item.get("path", "")),
            message=str(item.get("message", "")),
            behaviour=bool(item.get("behaviour", False)),
        )


@attrs.frozen
class Release:
    version: str
    date: str
    spec: str
    spec_sha256: str
    changes: tuple[Entry, ...]

    @property
    def epoch(self) -> int:
        """Midnight UTC of the release date: the timestamp inside its built files."""
        day = dt.date.fromisoformat(self.date)
        return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "date": self.date,
            "spec": self.spec,
            "spec_sha256": self.spec_sha256,
            "changes": [entry.to_json() for entry in self.changes],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Release:
        try:
            Version.parse(data["version"])
            dt.date.fromisoformat(data["date"])
            return cls(
                version=data["version"],
                date=data["date"],
                spec=data["spec"],
                spec_sha256=data["spec_sha256"],
                changes=tuple(Entry.from_json(item) for item in data["changes"]),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ReleaseError(f"malformed release entry {data!r}: {error}") from error


@attrs.frozen
class History:
    """Every recorded release, by distribution, oldest first."""

    releases: Mapping[str, tuple[Release, ...]] = attrs.field(factory=dict)

    @classmethod
    def load(cls, specs_dir: Path) -> History:
        path = specs_dir / RELEASES_FILE
        if not path.exists():
            return cls()
        return cls.parse(path.read_text(encoding="utf-8"), str(path))

    @classmethod
    def parse(cls, text: str, origin: str = RELEASES_FILE) -> History:
        try:
            data = json.loads(text)
        except ValueError as error:
            raise ReleaseError(f"{origin}: {error}") from error
        if not isinstance(data, dict):
            raise ReleaseError(f"{origin}: expected an object of distribution -> releases")
        history = cls(
            {name: tuple(Release.from_json(item) for item in items) for name, items in data.items()}
        )
        for name, releases in history.releases.items():
            versions = [Version.parse(release.version) for release in releases]
            if versions != sorted(set(versions)):
                raise ReleaseError(f"{origin}: {name} versions must increase")
        return history

    def dump(self) -> str:
        data = {
            name: [release.to_json() for release in self.releases[name]]
            for name in sorted(self.releases)
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    def save(self, specs_dir: Path) -> None:
        (specs_dir / RELEASES_FILE).write_text(self.dump(), encoding="utf-8", newline="\n")

    def latest(self, distribution: str) -> Release | None:
        releases = self.releases.get(distribution, ())
        return releases[-1] if releases else None

    def version_of(self, api: ir.Api) -> str:
        """The version the distribution is rendered with."""
        latest = self.latest(api.distribution)
        return latest.version if latest else api.package_version

    def epoch_of(self, distribution: str) -> int:
        latest = self.latest(distribution)
        return latest.epoch if latest else UNRELEASED_EPOCH

    def with_release(self, distribution: str, release: Release) -> History:
        latest = self.latest(distribution)
        if latest is not None and Version.parse(release.version) <= Version.parse(latest.version):
            raise ReleaseError(
                f"{distribution}: {release.version} is not newer than {latest.version}"
            )
        releases = dict(self.releases)
        releases[distribution] = (*releases.get(distribution, ()), release)
        return History(releases)


def apply(api: ir.Api, history: History) -> ir.Api:
    """`api` with the version its distribution is published under."""
    return attrs.evolve(api, package_version=history.version_of(api))


def release_files(api: ir.Api, history: History) -> dict[str, str]:
    """Files the history adds to a generated distribution."""
    return {
        "CHANGELOG.md": render_changelog(
            api.distribution, history.releases.get(api.distribution, ())
        ),
        # setuptools leaves the changelog out of the sdist unless told.
        "MANIFEST.in": "include CHANGELOG.md\n",
    }


def render_changelog(distribution: str, releases: Sequence[Release]) -> str:
    lines = [
        "# Changelog",
        "",
        f"Releases of `{distribution}`, newest first, written by `python -m generator release`",
        "from the differences between released specs (breaking changes bump the major version,",
        "or the minor one while it is 0.x; features the minor; fixes the patch).",
        "",
    ]
    if not releases:
        lines += ["No release recorded yet.", ""]
    for release in reversed(releases):
        lines += [f"## {release.version} ({release.date})", ""]
        lines += _release_sections(release.changes)
    return "\n".join(lines)


def _release_sections(entries: Sequence[Entry]) -> list[str]:
    """Behaviour changes, new, removed and changed calls (each with its changes), then the
    changes to the whole API and notes, by kind."""
    calls = [entry for entry in entries if entry.call and entry.call != "api"]
    behaviour = [entry for entry in calls if entry.behaviour]
    added = [entry for entry in calls if entry.code == "operation-added"]
    removed = [entry for entry in calls if entry.code == "operation-removed"]
    grouped = set(map(id, (*behaviour, *added, *removed)))
    changed: dict[str, list[Entry]] = {}
    for entry in calls:
        if id(entry) not in grouped:
            changed.setdefault(entry.call, []).append(entry)
    lines: list[str] = []

    def section(title: str, items: list[str]) -> None:
        if items:
            lines.extend([f"### {title}", "", *items, ""])

    section("Behaviour changes", [f"- {entry.kind}: {entry.text}" for entry in behaviour])
    section("New calls", [f"- {entry.text}" for entry in added])
    section("Removed calls", [f"- {entry.text}" for entry in removed])
    items: list[str] = []
    for call, changes in changed.items():
        items.append(f"- `{call}`")
        items += [
            f"  - {entry.kind}: "
            + (f"{entry.path}: " if entry.path else "")
            + (entry.message or entry.text)
            for entry in changes
        ]
    section("Changed calls", items)
    rest = [entry for entry in entries if not entry.call or entry.call == "api"]
    for kind, title in _SECTIONS:
        section(title, [f"- {entry.text}" for entry in rest if entry.kind == kind])
    return lines


def spec_digest(path: Path) -> str:
    """sha256 over a spec file, or over every call spec of a folder (names and bytes)."""
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.name.encode() + b"\0")
        digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def strongest(kinds: Iterable[str]) -> str | None:
    """The most significant change kind present (breaking, then feature, then fix)."""
    present = set(kinds)
    return next((kind for kind in ("breaking", "feature", "fix") if kind in present), None)


def next_version(previous: str, kinds: Iterable[str]) -> str:
    """`previous` bumped by the most significant of `kinds` (unchanged when empty)."""
    kind = strongest(kinds)
    return str(Version.parse(previous).bump(kind)) if kind else previous


# --- where the spec of the last release is ---------------------------------------------------


RevisionReader = Callable[[str, str], bytes | None]


def baseline_revision(
    distribution: str,
    version: str,
    revisions: Iterable[str],
    read: RevisionReader,
    releases_path: str,
) -> str | None:
    """The first revision whose committed releases file records `version` as the latest
    release of `distribution`: the commit that made the release, so the specs in it are the
    released ones. `revisions` are oldest first; `read(revision, path)` gives a file's bytes
    at a revision (None when absent)."""
    for revision in revisions:
        text = read(revision, releases_path)
        if text is None:
            continue
        try:
            latest = History.parse(text.decode("utf-8")).latest(distribution)
        except (ReleaseError, UnicodeDecodeError):
            continue
        if latest is not None and latest.version == version:
            return revision
    return None


def git_toplevel(path: Path) -> Path | None:
    result = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"],
        cwd=path,
        capture_output=True,
        text=True,
        check=False,
    )
    return Path(result.stdout.strip()) if result.returncode == 0 else None


def git_revisions(toplevel: Path, path: str) -> Iterator[str]:
    """Commits that touched `path`, oldest first."""
    result = subprocess.run(
        ["git", "log", "--reverse", "--format=%H", "--", path],
        cwd=toplevel,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode == 0:
        yield from result.stdout.split()


def git_reader(toplevel: Path) -> RevisionReader:
    def read(revision: str, path: str) -> bytes | None:
        result = subprocess.run(
            ["git", "show", f"{revision}:{path}"], cwd=toplevel, capture_output=True, check=False
        )
        return result.stdout if result.returncode == 0 else None

    return read
