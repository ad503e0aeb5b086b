"""`python -m generator release`: record the next version and changelog entry of each
distribution whose spec changed since its last release (see `generator.releases`).

The spec of the last release is, in order of preference: `--against REF` (any reference
`python -m generator diff` takes; `git:REV` pairs with each spec's own path), nothing at all
when the spec still hashes to the recorded `spec_sha256`, or the spec in the commit that first
recorded that release in `specs/releases.json`. Then `releases.json` gets the new entry and
`generated/` is rendered again, so the new version and changelog land in the pyproject,
`__version__` and `CHANGELOG.md` in one go. Review, then commit specs, `releases.json` and
`generated/` together: that commit is the baseline of the next release.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs

from generator import pipeline, releases, specdiff
from generator.releases import Entry, History, Release, ReleaseError, Version


@attrs.frozen
class Plan:
    """What one distribution's release would record."""

    distribution: str
    source: pipeline.SpecSource
    previous: Release | None
    version: str
    entries: tuple[Entry, ...]
    baseline: str
    warnings: tuple[str, ...] = ()

    @property
    def kind(self) -> str | None:
        return releases.strongest(entry.kind for entry in self.entries)


def plan(
    specs_dir: Path = pipeline.SPECS,
    *,
    distributions: Sequence[str] = (),
    against: str | None = None,
    version: str | None = None,
    notes: Sequence[str] = (),
    note_kind: str = "fix",
    strict_enums: bool = False,
) -> list[Plan]:
    """The releases to record (distributions with nothing new are left out)."""
    history = History.load(specs_dir)
    plans = []
    found = []
    for source, api, _ in pipeline.rendered_sources(specs_dir):
        found.append(api.distribution)
        if distributions and api.distribution not in distributions:
            continue
        previous = history.latest(api.distribution)
        extra = tuple(Entry(note_kind, note) for note in notes)
        if previous is None:
            count = len(api.operations)
            first = Entry("feature", f"First release: {count} operations.")
            plans.append(
                _finish(
                    api.distribution,
                    source,
                    None,
                    api.package_version,
                    (first, *extra),
                    "first release",
                    version,
                )
            )
            continue
        with _baseline(api.distribution, source, previous, specs_dir, against) as (
            old,
            label,
            warnings,
        ):
            changes: list[specdiff.Change] = []
            if old is not None:
                new = specdiff.load_path(source.path, f"specs/{source.name}")
                changes = specdiff.diff_specs(old, new, strict_enums=strict_enums)
        entries = (*(_entry(change) for change in changes), *extra)
        if not entries:
            continue
        bumped = releases.next_version(previous.version, (entry.kind for entry in entries))
        plans.append(
            _finish(api.distribution, source, previous, bumped, entries, label, version, warnings)
        )
    unknown = sorted(set(distributions) - set(found))
    if unknown:
        raise ReleaseError(f"no rendered distribution named {', '.join(unknown)}")
    return plans


def _entry(change: specdiff.Change) -> Entry:
    return Entry(
        change.kind,
        change.text,
        code=change.code,
        call=change.call,
        path=change.path,
        message=change.message,
        behaviour=change.behaviour,
    )


def _finish(
    distribution: str,
    source: pipeline.SpecSource,
    previous: Release | None,
    computed: str,
    entries: tuple[Entry, ...],
    baseline: str,
    requested: str | None,
    warnings: tuple[str, ...] = (),
) -> Plan:
    version = computed
    if requested is not None:
        if Version.parse(requested) < Version.parse(computed):
            raise ReleaseError(
                f"{distribution}: --version {requested} is below {computed}, which the changes "
                "require"
            )
        version = requested
    return Plan(distribution, source, previous, version, entries, baseline, warnings)


@contextlib.contextmanager
def _baseline(
    distribution: str,
    source: pipeline.SpecSource,
    previous: Release,
    specs_dir: Path,
    against: str | None,
) -> Iterator[tuple[specdiff.LoadedSpec | None, str, tuple[str, ...]]]:
    """The spec of the `previous` release (None when the spec is unchanged), a label."""
    if against is not None:
        ref = specdiff.parse_ref(against)
        with specdiff.materialize(ref, source.path) as path:
            yield specdiff.load_path(path, against), against, ()
        return
    if releases.spec_digest(source.path) == previous.spec_sha256:
        yield None, f"{previous.version} (spec unchanged)", ()
        return
    toplevel = releases.git_toplevel(specs_dir)
    if toplevel is None:
        raise ReleaseError(
            f"cannot find the spec of {previous.version} without git: pass --against"
        )
    releases_path = (specs_dir / releases.RELEASES_FILE).resolve().relative_to(toplevel)
    revision = releases.baseline_revision(
        distribution,
        previous.version,
        releases.git_revisions(toplevel, releases_path.as_posix()),
        releases.git_reader(toplevel),
        releases_path.as_posix(),
    )
    if revision is None:
        raise ReleaseError(
            f"no commit records release {previous.version} of {source.name} in "
            f"{releases_path}: commit the release, or pass --against"
        )
    spec_path = (specs_dir / previous.spec).resolve()
    ref = specdiff.GitRef(revision, str(spec_path))
    with specdiff.materialize(ref) as path:
        warnings: tuple[str, ...] = ()
        if releases.spec_digest(path) != previous.spec_sha256:
            warnings = (
                f"the spec committed in {revision[:12]} does not hash to the recorded "
                f"spec_sha256 of {previous.version}: comparing with it anyway",
            )
        label = f"{previous.version} (git {revision[:12]})"
        yield specdiff.load_path(path, label), label, warnings


def record(
    plans: Sequence[Plan], specs_dir: Path = pipeline.SPECS, date: dt.date | None = None
) -> History:
    """Appends every plan to the history file and returns the new history."""
    history = History.load(specs_dir)
    day = (date or dt.datetime.now(dt.UTC).date()).isoformat()
    for item in plans:
        release = Release(
            version=item.version,
            date=day,
            spec=item.source.name,
            spec_sha256=releases.spec_digest(item.source.path),
            changes=item.entries,
        )
        history = history.with_release(item.distribution, release)
    history.save(specs_dir)
    return history


def describe(plans: Sequence[Plan]) -> str:
    if not plans:
        return "nothing to release: every spec matches its last release\n"
    lines = []
    for item in plans:
        before = item.previous.version if item.previous else "(none)"
        lines.append(
            f"{item.distribution}: {before} -> {item.version} "
            f"({item.kind or 'no change'}; against {item.baseline})"
        )
        lines += [f"  warning: {warning}" for warning in item.warnings]
        lines += [f"  {entry.kind:<9} {entry.text}" for entry in item.entries]
    return "\n".join(lines) + "\n"
