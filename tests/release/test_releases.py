"""Versions, changelogs and `python -m generator release`, on a small spec in a scratch folder."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import tarfile
from pathlib import Path
from typing import Any

import pytest
import tomllib
import yaml

from generator import cli, pipeline, release, releases, specdiff
from generator.releases import Entry, History, Release, ReleaseError, Version

DAY = dt.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("before", "kind", "after"),
    [
        ("0.1.0", "breaking", "0.2.0"),
        ("0.1.3", "feature", "0.2.0"),
        ("0.1.3", "fix", "0.1.4"),
        ("1.4.2", "breaking", "2.0.0"),
        ("1.4.2", "feature", "1.5.0"),
        ("1.4.2", "fix", "1.4.3"),
    ],
)
def test_semver_bumps(before: str, kind: str, after: str) -> None:
    assert str(Version.parse(before).bump(kind)) == after


def test_the_strongest_change_decides() -> None:
    assert releases.next_version("1.2.3", ["fix", "feature", "fix"]) == "1.3.0"
    assert releases.next_version("1.2.3", ["fix", "breaking"]) == "2.0.0"
    assert releases.next_version("1.2.3", []) == "1.2.3"


@pytest.mark.parametrize("text", ["1.2", "1.2.3rc1", "01.2.3", "v1.2.3", ""])
def test_only_plain_versions(text: str) -> None:
    with pytest.raises(ReleaseError):
        Version.parse(text)


def test_versions_order_numerically() -> None:
    assert Version.parse("0.10.0") > Version.parse("0.9.9")


def _release(version: str, date: str, *changes: tuple[str, str]) -> Release:
    return Release(version, date, "shop.yaml", "0" * 64, tuple(Entry(*c) for c in changes))


def test_changelog_rendering() -> None:
    history = [
        _release("0.1.0", "2025-01-02", ("feature", "First release: 2 operations.")),
        _release(
            "0.2.0",
            "2025-02-03",
            ("fix", "`orders.list`: documentation changed"),
            ("breaking", "`orders.list` request.state: enum value 'all' removed"),
            ("feature", "`orders.place` request.note: new optional parameter"),
        ),
    ]
    text = releases.render_changelog("shop-api", history)
    assert text.startswith("# Changelog\n\nReleases of `shop-api`, newest first")
    body = text[text.index("## 0.2.0") :]
    assert body == (
        "## 0.2.0 (2025-02-03)\n\n"
        "### Breaking changes\n\n"
        "- `orders.list` request.state: enum value 'all' removed\n\n"
        "### Features\n\n"
        "- `orders.place` request.note: new optional parameter\n\n"
        "### Fixes\n\n"
        "- `orders.list`: documentation changed\n\n"
        "## 0.1.0 (2025-01-02)\n\n"
        "### Features\n\n"
        "- First release: 2 operations.\n"
    )
    assert "No release recorded yet." in releases.render_changelog("shop-api", [])


def test_history_round_trip_and_checks() -> None:
    history = History().with_release("shop-api", _release("0.1.0", "2025-01-02"))
    history = history.with_release("shop-api", _release("0.1.1", "2025-01-05", ("fix", "x")))
    assert History.parse(history.dump()) == history
    assert history.latest("shop-api") == _release("0.1.1", "2025-01-05", ("fix", "x"))
    assert history.epoch_of("shop-api") == 1736035200  # 2025-01-05T00:00:00Z
    assert history.epoch_of("other-api") == releases.UNRELEASED_EPOCH
    with pytest.raises(ReleaseError, match="not newer"):
        history.with_release("shop-api", _release("0.1.1", "2025-01-06"))
    backwards = json.loads(history.dump())
    backwards["shop-api"].reverse()
    with pytest.raises(ReleaseError, match="must increase"):
        History.parse(json.dumps(backwards))
    with pytest.raises(ReleaseError, match="malformed"):
        History.parse('{"shop-api": [{"version": "0.1.0"}]}')


def test_baseline_is_the_commit_that_recorded_the_release() -> None:
    first = History().with_release("shop-api", _release("0.1.0", "2025-01-02"))
    second = first.with_release("shop-api", _release("0.2.0", "2025-02-02"))
    files = {"a": None, "b": first.dump(), "c": first.dump(), "d": second.dump()}

    def read(revision: str, path: str) -> bytes | None:
        assert path == "specs/releases.json"
        text = files[revision]
        return text.encode() if text is not None else None

    def find(version: str) -> str | None:
        return releases.baseline_revision(
            "shop-api", version, list(files), read, "specs/releases.json"
        )

    assert find("0.1.0") == "b"
    assert find("0.2.0") == "d"
    assert find("0.3.0") is None


# --- the release command on a scratch specs folder -------------------------------------------


@pytest.fixture
def project(tmp_path: Path, shop: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> Path:
    """specs/shop.yaml and an empty generated/, outside any git checkout."""
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "shop.yaml").write_text(yaml.safe_dump(shop), encoding="utf-8")
    monkeypatch.setattr(releases, "git_toplevel", lambda path: None)
    return tmp_path


def _rewrite(project: Path, document: dict[str, Any]) -> None:
    (project / "specs" / "shop.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")


def _pyproject_version(project: Path) -> str:
    with (project / "generated" / "shop-api" / "pyproject.toml").open("rb") as stream:
        return str(tomllib.load(stream)["project"]["version"])


def test_first_release_then_nothing_to_release(project: Path) -> None:
    specs = project / "specs"
    plans = release.plan(specs)
    assert [(p.distribution, p.version, p.kind) for p in plans] == [
        ("shop-api", "0.1.0", "feature")
    ]
    assert plans[0].entries == (Entry("feature", "First release: 2 operations."),)
    release.record(plans, specs, DAY)
    recorded = History.load(specs).latest("shop-api")
    assert recorded is not None
    assert (recorded.version, recorded.date, recorded.spec) == ("0.1.0", "2025-03-14", "shop.yaml")
    assert recorded.spec_sha256 == releases.spec_digest(specs / "shop.yaml")
    assert release.plan(specs) == []  # the spec still hashes to the release


def test_x_generator_version_seeds_the_first_release(project: Path, shop: dict[str, Any]) -> None:
    shop["info"]["x-generator"]["version"] = "1.0.0"
    _rewrite(project, shop)
    [plan] = release.plan(project / "specs")
    assert plan.version == "1.0.0"


def test_release_bumps_and_regenerates(project: Path, shop: dict[str, Any]) -> None:
    specs, output = project / "specs", project / "generated"
    assert (
        cli.main(
            ["release", "--specs", str(specs), "--output", str(output), "--date", "2025-01-02"]
        )
        == 0
    )
    assert _pyproject_version(project) == "0.1.0"
    released = project / "released.yaml"
    released.write_bytes((specs / "shop.yaml").read_bytes())

    changed = copy.deepcopy(shop)
    changed["paths"]["/orders"]["get"]["parameters"].append(
        {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    )
    _rewrite(project, changed)
    with pytest.raises(ReleaseError, match="--against"):
        release.plan(specs)  # no git here to find the released spec in
    assert (
        cli.main(
            [
                "release",
                "--specs",
                str(specs),
                "--output",
                str(output),
                "--against",
                str(released),
                "--date",
                "2025-02-03",
            ]
        )
        == 0
    )
    assert _pyproject_version(project) == "0.2.0"
    init = (output / "shop-api" / "src" / "shop_api" / "__init__.py").read_text()
    assert '"0.2.0"' in init
    changelog = (output / "shop-api" / "CHANGELOG.md").read_text()
    assert changelog.index("## 0.2.0 (2025-02-03)") < changelog.index("## 0.1.0 (2025-01-02)")
    assert "### Changed calls\n\n- `client.orders.list()`\n" in changelog
    assert "  - feature: request.limit: new optional parameter\n" in changelog
    assert "include CHANGELOG.md" in (output / "shop-api" / "MANIFEST.in").read_text()
    assert pipeline.drift(output, specs) == []


def test_breaking_release_and_explicit_version(project: Path, shop: dict[str, Any]) -> None:
    specs = project / "specs"
    release.record(release.plan(specs), specs, DAY)
    released = project / "released.yaml"
    released.write_bytes((specs / "shop.yaml").read_bytes())
    del shop["paths"]["/orders"]["post"]
    _rewrite(project, shop)
    [plan] = release.plan(specs, against=str(released))
    assert (plan.version, plan.kind) == ("0.2.0", "breaking")
    with pytest.raises(ReleaseError, match=r"below 0\.2\.0"):
        release.plan(specs, against=str(released), version="0.1.5")
    [plan] = release.plan(specs, against=str(released), version="1.0.0")
    assert plan.version == "1.0.0"


def test_a_note_releases_an_unchanged_spec(project: Path) -> None:
    specs = project / "specs"
    release.record(release.plan(specs), specs, DAY)
    [plan] = release.plan(specs, notes=["Decoders rewritten (no API change)."])
    assert (plan.version, plan.entries) == (
        "0.1.1",
        (Entry("fix", "Decoders rewritten (no API change)."),),
    )
    with pytest.raises(ReleaseError, match="no rendered distribution named nope"):
        release.plan(specs, distributions=["nope"])


def test_released_spec_is_read_from_the_commit_that_recorded_it(
    project: Path, shop: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The git path, with git itself replaced: the release was committed as revision r2."""
    specs = project / "specs"
    release.record(release.plan(specs), specs, DAY)
    committed = {
        ("r2", "specs/releases.json"): (specs / "releases.json").read_bytes(),
        ("r2", "specs/shop.yaml"): (specs / "shop.yaml").read_bytes(),
    }
    shop["components"]["schemas"]["Order"]["properties"]["state"]["enum"].append("expired")
    _rewrite(project, shop)

    monkeypatch.setattr(releases, "git_toplevel", lambda path: project)
    monkeypatch.setattr(releases, "git_revisions", lambda top, path: iter(["r1", "r2"]))
    monkeypatch.setattr(
        releases, "git_reader", lambda top: lambda rev, path: committed.get((rev, path))
    )

    def fake_git(cwd: Path, *args: str) -> bytes:
        if args[0] == "rev-parse":
            return f"{project}\n".encode()
        assert args[:3] == ("archive", "--format=tar", "r2")
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w") as tar:
            data = committed[("r2", args[-1])]
            info = tarfile.TarInfo(args[-1])
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        return buffer.getvalue()

    monkeypatch.setattr(specdiff, "_git", fake_git)
    [plan] = release.plan(specs)
    assert plan.baseline == "0.1.0 (git r2)"
    assert (plan.version, plan.kind, plan.warnings) == ("0.2.0", "feature", ())
    assert {entry.text for entry in plan.entries} == {
        "`client.orders.list()` response[].state: enum value 'expired' added",
        "`client.orders.place()` response.state: enum value 'expired' added",
    }
