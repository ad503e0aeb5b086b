"""An upstream update of the Binary.com set, end to end: import -> diff -> release.

Each fixture copies the upstream reference folder (the importer's input), changes one thing as
an upstream release would, and checks the importer's report and warnings, the exact `diff`
report, the version bump and the changelog entry. Expected values come from the specs and the
release history in use, never from totals.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

from generator import cli, release, releases, specdiff
from generator.importers import binary_com
from generator.importers.binary_com import ImportReport, Safety, StaleEntriesError
from generator.releases import History, Release, Version
from tests.release.conftest import ROOT

REFERENCE = ROOT.parent / "shared" / "reference" / "binary-com-v3"
SPECS = ROOT / "specs"
DISTRIBUTION = "binary-com-api"

pytestmark = pytest.mark.skipif(
    not REFERENCE.is_dir(), reason=f"upstream reference folder not present at {REFERENCE}"
)


@attrs.frozen
class Outcome:
    report: ImportReport
    changes: list[tuple[str, str, str, str]]  # kind, code, subject, path
    texts: list[str]
    version: str | None
    changelog: str


def _previous_version() -> str:
    latest = History.load(SPECS).latest(DISTRIBUTION)
    assert latest is not None
    return latest.version


def _bumped(kind: str) -> str:
    return str(Version.parse(_previous_version()).bump(kind))


def _edit(folder: Path, part: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = folder / f"{part}.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    change(schema)
    path.write_text(json.dumps(schema, indent=4), encoding="utf-8")


def _update(
    tmp_path: Path,
    change: Callable[[Path], None],
    *,
    summaries: dict[str, dict[str, str]] | None = None,
    safety: Safety | None = None,
) -> Outcome:
    """Copies upstream, applies `change`, imports into a copy of specs/ and plans a release
    against the committed specs."""
    upstream = tmp_path / "upstream"
    shutil.copytree(REFERENCE, upstream)
    change(upstream)
    specs = tmp_path / "specs"
    shutil.copytree(SPECS / "binary-com", specs / "binary-com")
    shutil.copy(SPECS / releases.RELEASES_FILE, specs / releases.RELEASES_FILE)
    report = binary_com.import_calls(
        upstream, specs / "binary-com", summaries=summaries, safety=safety
    )
    plans = release.plan(specs, against=str(SPECS / "binary-com"))
    if not plans:
        return Outcome(report, [], [], None, "")
    [plan] = plans
    assert plan.distribution == DISTRIBUTION
    with specdiff.load_refs(str(SPECS / "binary-com"), str(specs / "binary-com")) as (old, new):
        found = specdiff.diff_specs(old, new)
    assert [change.text for change in found] == [entry.text for entry in plan.entries]
    day = dt.date(2030, 1, 2)
    entry = Release(plan.version, day.isoformat(), "binary-com", "0" * 64, plan.entries)
    changelog = releases.render_changelog(DISTRIBUTION, [entry])
    return Outcome(
        report,
        [(c.kind, c.code, c.subject, c.path) for c in found],
        [c.text for c in found],
        plan.version,
        changelog,
    )


def _section(changelog: str, title: str) -> list[str]:
    """The lines of one `###` section of the newest release."""
    lines = changelog.splitlines()
    start = lines.index(f"### {title}") + 2
    end = next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
    return lines[start:end]


def _without(call: str) -> tuple[dict[str, dict[str, str]], Safety]:
    summaries = {name: entry for name, entry in binary_com.load_summaries().items() if name != call}
    safety = Safety(safe=binary_com.SAFE_CALLS - {call}, unsafe=binary_com.UNSAFE_CALLS - {call})
    return summaries, safety


# --- a new call on no list ------------------------------------------------------------------


def _add_wallet_call(upstream: Path) -> None:
    """Upstream adds a call that opens an account, modelled on an existing one."""
    source, target = upstream / "new_account_virtual", upstream / "new_account_wallet"
    shutil.copytree(source, target)
    for part in ("send", "receive"):
        path = target / f"{part}.json"
        path.write_text(
            path.read_text(encoding="utf-8").replace("new_account_virtual", "new_account_wallet"),
            encoding="utf-8",
        )


def test_new_call_on_no_list_is_unsafe_named_in_warnings_and_a_feature(tmp_path: Path) -> None:
    outcome = _update(tmp_path, _add_wallet_call)
    assert (outcome.report.added, outcome.report.removed, outcome.report.changed) == (
        ("new_account_wallet",),
        (),
        (),
    )
    assert [w for w in outcome.report.warnings if "'new_account_wallet'" in w] == list(
        outcome.report.warnings
    )
    assert len(outcome.report.warnings) == 2  # no summary; on neither safety list
    spec = yaml.safe_load(
        (tmp_path / "specs" / "binary-com" / "new_account_wallet.yaml").read_text()
    )
    assert spec["idempotent"] is False
    assert outcome.changes == [("feature", "operation-added", "new_account_wallet", "")]
    assert outcome.texts == [
        "`client.new_account_wallet()`: new operation "
        "(call new_account_wallet; never resent automatically)"
    ]
    assert outcome.version == _bumped("feature")
    assert _section(outcome.changelog, "New calls") == [f"- {outcome.texts[0]}"]


# --- a removed call -------------------------------------------------------------------------


def test_removed_call_refuses_stale_entries_then_is_breaking(tmp_path: Path) -> None:
    gone = "copy_stop"

    def remove(upstream: Path) -> None:
        shutil.rmtree(upstream / gone)

    with pytest.raises(StaleEntriesError) as refused:
        _update(tmp_path / "first", remove)
    assert f"'{gone}' in binary_com_summaries.yaml" in str(refused.value)
    listed = "SAFE_CALLS" if gone in binary_com.SAFE_CALLS else "UNSAFE_CALLS"
    assert f"'{gone}' in {listed}" in str(refused.value)

    summaries, safety = _without(gone)
    outcome = _update(tmp_path / "second", remove, summaries=summaries, safety=safety)
    assert (outcome.report.added, outcome.report.removed, outcome.report.changed) == (
        (),
        (gone,),
        (),
    )
    assert outcome.report.warnings == ()
    assert not (tmp_path / "second" / "specs" / "binary-com" / f"{gone}.yaml").exists()
    assert outcome.changes == [("breaking", "operation-removed", gone, "")]
    assert outcome.version == _bumped("breaking")
    assert _section(outcome.changelog, "Removed calls") == [
        f"- `client.{gone}()`: operation removed (call {gone})"
    ]


# --- a changed default ----------------------------------------------------------------------


def test_changed_default_is_a_breaking_behaviour_change(tmp_path: Path) -> None:
    committed = yaml.safe_load((SPECS / "binary-com" / "balance.yaml").read_text())
    before = committed["send"]["properties"]["account"]["default"]
    after = "all" if before != "all" else "current"

    def change(upstream: Path) -> None:
        _edit(
            upstream / "balance",
            "send",
            lambda schema: schema["properties"]["account"].update(default=after),
        )

    outcome = _update(tmp_path, change)
    assert (outcome.report.added, outcome.report.removed, outcome.report.changed) == (
        (),
        (),
        ("balance",),
    )
    assert outcome.report.warnings == ()
    assert outcome.changes == [("breaking", "keyword-default", "balance", "request.account")]
    text = (
        f"`client.balance()` request.account: behaviour change: when omitted, the value is now "
        f'"{after}" (was "{before}")'
    )
    assert outcome.texts == [text]
    assert outcome.version == _bumped("breaking")
    assert _section(outcome.changelog, "Behaviour changes") == [f"- breaking: {text}"]


# --- a new required field -------------------------------------------------------------------


def test_new_required_request_field_is_breaking(tmp_path: Path) -> None:
    def change(upstream: Path) -> None:
        def add(schema: dict[str, Any]) -> None:
            assert "ledger" not in schema["properties"]
            schema["properties"]["ledger"] = {"type": "string", "enum": ["main", "bonus"]}
            schema.setdefault("required", []).append("ledger")

        _edit(upstream / "statement", "send", add)

    outcome = _update(tmp_path, change)
    assert outcome.report.changed == ("statement",)
    assert outcome.changes == [("breaking", "param-added", "statement", "request.ledger")]
    assert outcome.version == _bumped("breaking")
    assert _section(outcome.changelog, "Changed calls") == [
        "- `client.statement()`",
        "  - breaking: request.ledger: new required parameter",
    ]


# --- a group move on a flat client ----------------------------------------------------------


def test_group_move_on_the_flat_client_is_no_change(tmp_path: Path) -> None:
    summaries = {name: dict(entry) for name, entry in binary_com.load_summaries().items()}
    groups = {entry["group"] for entry in summaries.values()}
    moved = "balance"
    summaries[moved]["group"] = sorted(groups - {summaries[moved]["group"]})[0]
    outcome = _update(tmp_path, lambda upstream: None, summaries=summaries)
    assert outcome.report.changed == (moved,)  # the spec file records the new group
    assert outcome.changes == []
    assert outcome.version is None  # nothing to release


# --- a pattern change -----------------------------------------------------------------------


def test_pattern_change_on_a_request_field_is_breaking(tmp_path: Path) -> None:
    committed = yaml.safe_load((SPECS / "binary-com" / "balance.yaml").read_text())
    pattern = committed["send"]["properties"]["account"]["pattern"]
    narrower = pattern.replace("[0-9]{1,10}", "[0-9]{1,8}")
    assert narrower != pattern

    def change(upstream: Path) -> None:
        _edit(
            upstream / "balance",
            "send",
            lambda schema: schema["properties"]["account"].update(pattern=narrower),
        )

    outcome = _update(tmp_path, change)
    assert outcome.report.changed == ("balance",)
    assert outcome.changes == [("breaking", "constraints-tightened", "balance", "request.account")]
    assert outcome.texts == [f"`client.balance()` request.account: stricter: pattern={narrower}"]
    assert outcome.version == _bumped("breaking")
    assert _section(outcome.changelog, "Changed calls") == [
        "- `client.balance()`",
        f"  - breaking: request.account: stricter: pattern={narrower}",
    ]


# --- previewing an update with `diff` -------------------------------------------------------


def test_diff_previews_an_upstream_folder_with_the_importer_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upstream = tmp_path / "upstream"
    shutil.copytree(REFERENCE, upstream)
    _add_wallet_call(upstream)
    shutil.rmtree(upstream / "copy_stop")
    status = cli.main(["diff", str(SPECS / "binary-com"), str(upstream), "--format", "json"])
    assert status == 0
    report = json.loads(capsys.readouterr().out)
    assert [(c["kind"], c["code"], c["call"]) for c in report["changes"]] == [
        ("feature", "operation-added", "client.new_account_wallet()"),
        ("breaking", "operation-removed", "client.copy_stop()"),
    ]
    warnings = report["warnings"]
    assert any("'new_account_wallet'" in w and "neither" in w for w in warnings)
    assert any("stale entry 'copy_stop'" in w for w in warnings)


@pytest.mark.parametrize(
    "arguments",
    [
        ["diff", "specs/binary-com", "no/such/folder"],
        ["diff", "specs/okcoin-v3.yaml", "specs/binary-com"],
        ["diff", "specs/binary-com", "README.md"],
        ["diff", "specs/binary-com", "specs"],
    ],
)
def test_wrong_diff_arguments_give_one_clear_line(
    arguments: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    assert cli.main(arguments) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    assert "Traceback" not in captured.err


ROUTES_TSV = ROOT.parent / "shared" / "reference" / "okcoin-v3" / "routes.tsv"


@pytest.mark.skipif(not ROUTES_TSV.is_file(), reason=f"no route table at {ROUTES_TSV}")
def test_diff_previews_a_route_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from generator.importers.okcoin_routes import read_routes

    rows = ROUTES_TSV.read_text(encoding="utf-8").splitlines(keepends=True)
    [gone] = [route for route in read_routes(ROUTES_TSV) if route.key == "spot.revoke_order"]
    kept = [row for row in rows if not row.startswith("spot\trevoke_order\t")]
    cells = ("spot", "reprice_order", "POST", "/api/spot/v3/reprice_order", "signed")
    new_row = "\t".join([*cells, "size:decimal:yes", "variant=com"]) + "\n"
    table = tmp_path / "routes.tsv"
    table.write_text("".join([*kept, new_row]), encoding="utf-8")
    assert cli.main(["diff", str(SPECS / "okcoin-v3.yaml"), str(table), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(c["kind"], c["code"], c["call"]) for c in report["changes"]] == [
        ("feature", "operation-added", "client.spot.reprice_order()"),
        ("breaking", "operation-removed", "client.spot.cancel_order()"),
    ]
    warnings = report["warnings"]
    assert sum(f"routes.{gone.key}" in w for w in warnings) == 1
    assert sum("spot.reprice_order" in w for w in warnings) == 2  # no overlay entry; no list
