"""`python -m generator diff`: classification of crafted spec pairs, and loading git revisions."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import cli, specdiff
from generator.loaders.openapi import load_yaml
from tests.release.conftest import ROOT, SpecWriter


def diff(old: Path, new: Path, *, strict_enums: bool = False) -> list[specdiff.Change]:
    return specdiff.diff_specs(
        specdiff.load_path(old), specdiff.load_path(new), strict_enums=strict_enums
    )


def only(changes: list[specdiff.Change]) -> specdiff.Change:
    assert len(changes) == 1, [change.text for change in changes]
    return changes[0]


def pair(
    write_spec: SpecWriter, shop: dict[str, Any], change: Callable[[dict[str, Any]], None]
) -> tuple[Path, Path]:
    old = write_spec(shop, "old.yaml")
    new_document = copy.deepcopy(shop)
    change(new_document)
    return old, write_spec(new_document, "new.yaml")


def test_identical_specs_have_no_changes(write_spec: SpecWriter, shop: dict[str, Any]) -> None:
    old, new = pair(write_spec, shop, lambda doc: None)
    assert diff(old, new) == []
    assert specdiff.level([]) is None


def test_key_order_and_formatting_are_no_change(
    write_spec: SpecWriter, shop: dict[str, Any], tmp_path: Path
) -> None:
    old = write_spec(shop, "old.yaml")
    new = tmp_path / "new.yaml"
    new.write_text(yaml.safe_dump(shop, sort_keys=True, indent=4), encoding="utf-8")
    assert diff(old, new) == []


def test_binary_com_call_losing_a_response_field_is_breaking(
    calls_copy: Callable[[str], Path],
) -> None:
    old, new = calls_copy("old"), calls_copy("new")
    spec = load_yaml(new / "time.yaml")
    del spec["receive"]["properties"]["time"]
    (new / "time.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    change = only(diff(old, new))
    assert (change.kind, change.code) == ("breaking", "field-removed")
    assert change.subject == "time"  # the Binary.com client is flat: client.time()
    assert change.path == "response.time"
    assert change.text.startswith("`client.time()` response.time: ")


def test_binary_com_call_removed_and_added(calls_copy: Callable[[str], Path]) -> None:
    old, new = calls_copy("old"), calls_copy("new")
    (new / "ping.yaml").rename(new / "ping2.yaml")
    spec = load_yaml(new / "ping2.yaml")
    spec["call"] = "ping2"
    spec["send"]["properties"]["ping2"] = spec["send"]["properties"].pop("ping")
    spec["send"]["required"] = ["ping2"]
    (new / "ping2.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    changes = diff(old, new)
    assert {(c.kind, c.code, c.subject) for c in changes} == {
        ("feature", "operation-added", "ping2"),
        ("breaking", "operation-removed", "ping"),
    }


def test_okcoin_route_gaining_an_optional_parameter_is_a_feature(write_spec: SpecWriter) -> None:
    document = load_yaml(ROOT / "specs" / "okcoin-v3.yaml")
    old = write_spec(document, "old.yaml")
    route = document["paths"]["/api/spot/v3/accounts"]["get"]
    route.setdefault("parameters", []).append(
        {"name": "currency_type", "in": "query", "required": False, "schema": {"type": "string"}}
    )
    change = only(diff(old, write_spec(document, "new.yaml")))
    assert (change.kind, change.code) == ("feature", "param-added")
    assert (change.subject, change.path) == ("spot.list_accounts", "request.currency_type")


def test_new_required_parameter_is_breaking(write_spec: SpecWriter, shop: dict[str, Any]) -> None:
    def add(doc: dict[str, Any]) -> None:
        body = doc["paths"]["/orders"]["post"]["requestBody"]["content"]["application/json"]
        body["schema"]["properties"]["price"] = {"type": "string", "format": "decimal"}
        body["schema"]["required"].append("price")

    change = only(diff(*pair(write_spec, shop, add)))
    assert (change.kind, change.code, change.path) == ("breaking", "param-added", "request.price")


def test_request_enum_value_removed_is_breaking(
    write_spec: SpecWriter, shop: dict[str, Any]
) -> None:
    def narrow(doc: dict[str, Any]) -> None:
        doc["paths"]["/orders"]["get"]["parameters"][0]["schema"]["enum"] = ["open", "filled"]

    change = only(diff(*pair(write_spec, shop, narrow)))
    assert (change.kind, change.code) == ("breaking", "enum-value-removed")
    assert (change.subject, change.path) == ("orders.list", "request.state")
    assert "'all'" in change.message


def test_required_parameter_narrowed_to_one_value_stops_being_an_argument(
    write_spec: SpecWriter, shop: dict[str, Any]
) -> None:
    def fix_value(doc: dict[str, Any]) -> None:
        doc["paths"]["/orders"]["get"]["parameters"][0]["schema"]["enum"] = ["open"]

    change = only(diff(*pair(write_spec, shop, fix_value)))
    assert (change.kind, change.code) == ("breaking", "param-constant")


def test_request_enum_value_added_is_a_feature(
    write_spec: SpecWriter, shop: dict[str, Any]
) -> None:
    def widen(doc: dict[str, Any]) -> None:
        body = doc["paths"]["/orders"]["post"]["requestBody"]["content"]["application/json"]
        body["schema"]["properties"]["side"]["enum"].append("short")

    change = only(diff(*pair(write_spec, shop, widen)))
    assert (change.kind, change.code, change.path) == (
        "feature",
        "enum-value-added",
        "request.side",
    )


def test_response_enum_values(write_spec: SpecWriter, shop: dict[str, Any]) -> None:
    def removed(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["Order"]["properties"]["state"]["enum"] = ["open"]

    def added(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["Order"]["properties"]["state"]["enum"].append("expired")

    # The model is the response of both operations: one change each.
    changes = diff(*pair(write_spec, shop, removed))
    assert {(c.kind, c.code, c.subject, c.path) for c in changes} == {
        ("breaking", "enum-value-removed", "orders.list", "response[].state"),
        ("breaking", "enum-value-removed", "orders.place", "response.state"),
    }
    old, new = pair(write_spec, shop, added)
    assert {c.kind for c in diff(old, new)} == {"feature"}
    assert {c.kind for c in diff(old, new, strict_enums=True)} == {"breaking"}


def test_required_request_param_becoming_optional_is_a_feature(
    write_spec: SpecWriter, shop: dict[str, Any]
) -> None:
    def relax(doc: dict[str, Any]) -> None:
        doc["paths"]["/orders"]["get"]["parameters"][0]["required"] = False

    change = only(diff(*pair(write_spec, shop, relax)))
    assert (change.kind, change.code) == ("feature", "parameter-optional")

    def tighten(doc: dict[str, Any]) -> None:
        doc["paths"]["/orders"]["get"]["parameters"][0]["required"] = True

    relaxed = copy.deepcopy(shop)
    relax(relaxed)
    back = only(diff(*pair(write_spec, relaxed, tighten)))
    assert (back.kind, back.code) == ("breaking", "parameter-required")


def test_response_field_requiredness_works_the_other_way(
    write_spec: SpecWriter, shop: dict[str, Any]
) -> None:
    def optional_state(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["Order"]["required"] = ["id"]

    changes = diff(*pair(write_spec, shop, optional_state))
    assert {(c.kind, c.code) for c in changes} == {("breaking", "field-optional")}

    def required_price(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["Order"]["required"].append("price")

    changes = diff(*pair(write_spec, shop, required_price))
    assert {(c.kind, c.code) for c in changes} == {("fix", "field-required")}


def test_new_response_field_is_a_feature(write_spec: SpecWriter, shop: dict[str, Any]) -> None:
    def add(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["Order"]["properties"]["filled_at"] = {"type": "string"}

    changes = diff(*pair(write_spec, shop, add))
    assert {(c.kind, c.code, c.path) for c in changes} == {
        ("feature", "field-added", "response[].filled_at"),
        ("feature", "field-added", "response.filled_at"),
    }


def test_type_change_is_breaking(write_spec: SpecWriter, shop: dict[str, Any]) -> None:
    def retype(doc: dict[str, Any]) -> None:
        body = doc["paths"]["/orders"]["post"]["requestBody"]["content"]["application/json"]
        body["schema"]["properties"]["size"] = {"type": "integer"}

    change = only(diff(*pair(write_spec, shop, retype)))
    assert (change.kind, change.code, change.path) == ("breaking", "type-changed", "request.size")
    assert "Decimal -> int" in change.message


def test_operation_removed_is_breaking(write_spec: SpecWriter, shop: dict[str, Any]) -> None:
    change = only(diff(*pair(write_spec, shop, lambda doc: doc["paths"]["/orders"].pop("post"))))
    assert (change.kind, change.code, change.subject) == (
        "breaking",
        "operation-removed",
        "orders.place",
    )


def test_summary_change_is_a_documentation_fix(
    write_spec: SpecWriter, shop: dict[str, Any]
) -> None:
    def reword(doc: dict[str, Any]) -> None:
        doc["paths"]["/orders"]["get"]["summary"] = "List your orders, newest first."

    change = only(diff(*pair(write_spec, shop, reword)))
    assert (change.kind, change.code, change.subject) == ("fix", "docs", "orders.list")


def test_description_outside_the_ir_is_a_fix(write_spec: SpecWriter, shop: dict[str, Any]) -> None:
    def reword(doc: dict[str, Any]) -> None:
        doc["paths"]["/orders"]["get"]["responses"]["200"]["description"] = "Your orders."

    change = only(diff(*pair(write_spec, shop, reword)))
    assert (change.kind, change.code) == ("fix", "spec-text")


def test_retry_safety_and_route_are_fixes(write_spec: SpecWriter, shop: dict[str, Any]) -> None:
    def move(doc: dict[str, Any]) -> None:
        doc["paths"]["/orders"]["post"]["x-idempotent"] = True
        doc["paths"]["/v2/orders"] = {"post": doc["paths"]["/orders"].pop("post")}

    changes = diff(*pair(write_spec, shop, move))
    assert {(c.kind, c.code) for c in changes} == {("fix", "transport"), ("fix", "idempotent")}


def test_cli_exit_status_and_json(
    write_spec: SpecWriter, shop: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    def narrow(doc: dict[str, Any]) -> None:
        doc["paths"]["/orders"]["get"]["parameters"][0]["schema"]["enum"] = ["open", "filled"]

    old, new = pair(write_spec, shop, narrow)
    assert cli.main(["diff", str(old), str(new)]) == 0
    assert "breaking" in capsys.readouterr().out
    assert cli.main(["diff", str(old), str(new), "--fail-on-breaking", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["level"] == "breaking"
    assert report["distribution"] == "shop-api"
    assert {c["code"] for c in report["changes"]} == {"enum-value-removed"}
    assert cli.main(["diff", str(new), str(old), "--fail-on-breaking"]) == 0
    assert cli.main(["diff", str(old), "no/such/spec.yaml"]) == 2


# --- git revisions ---------------------------------------------------------------------------

needs_git = pytest.mark.skipif(
    shutil.which("git") is None
    or subprocess.run(["git", "rev-parse"], cwd=ROOT, capture_output=True).returncode != 0,
    reason="not a git checkout",
)


def _git_show(revision_path: str) -> bytes:
    return subprocess.run(
        ["git", "show", revision_path], cwd=ROOT, capture_output=True, check=True
    ).stdout


@needs_git
def test_rev_path_loads_the_committed_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    committed = tmp_path / "okcoin-v3.yaml"
    committed.write_bytes(_git_show("HEAD:specs/okcoin-v3.yaml"))
    monkeypatch.chdir(ROOT)
    with specdiff.load_refs("HEAD:specs/okcoin-v3.yaml", str(committed)) as (old, new):
        assert old.api.distribution == "okcoin-v3-api"
        assert specdiff.diff_specs(old, new) == []


@needs_git
def test_git_rev_takes_the_other_sides_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT / "specs")  # REV:path and git:REV paths are relative to here
    names = subprocess.run(
        ["git", "ls-tree", "--name-only", "HEAD", "binary-com/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    with specdiff.load_refs("git:HEAD", "binary-com") as (old, new):
        assert old.api.distribution == new.api.distribution == "binary-com-api"
        assert len(old.api.operations) == len([n for n in names if n.endswith(".yaml")])
    with specdiff.load_refs("HEAD:binary-com", "git:HEAD") as (old, new):
        assert specdiff.diff_specs(old, new) == []


@needs_git
def test_unknown_revision_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    with (
        pytest.raises(specdiff.DiffError, match="no-such-revision"),
        specdiff.load_refs("no-such-revision:specs/okcoin-v3.yaml", "specs/okcoin-v3.yaml"),
    ):
        pass
    with (
        pytest.raises(specdiff.DiffError, match="other argument"),
        specdiff.load_refs("git:HEAD", "git:HEAD"),
    ):
        pass


def test_binary_com_scope_and_stream_changes(calls_copy: Callable[[str], Path]) -> None:
    old, new = calls_copy("old"), calls_copy("new")
    spec = load_yaml(new / "balance.yaml")
    spec["auth"]["scopes"] = sorted({*spec["auth"]["scopes"], "admin"})
    spec["streams"] = False
    del spec["send"]["properties"]["subscribe"]
    (new / "balance.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    changes = diff(old, new)
    assert {(c.kind, c.code, c.subject) for c in changes} == {
        ("breaking", "scopes", "balance"),
        ("breaking", "streams", "balance"),
    }


def test_retry_safety_change_is_a_behaviour_change(calls_copy: Callable[[str], Path]) -> None:
    old, new = calls_copy("old"), calls_copy("new")
    spec = load_yaml(new / "balance.yaml")
    assert spec["idempotent"] is True
    spec["idempotent"] = False
    (new / "balance.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    change = only(diff(old, new))
    assert (change.kind, change.code, change.behaviour) == ("fix", "idempotent", True)
    assert "never resent" in change.message


def test_rate_limit_change_is_a_fix(write_spec: SpecWriter) -> None:
    document = load_yaml(ROOT / "specs" / "okcoin-v3.yaml")
    old = write_spec(document, "old.yaml")
    route = document["paths"]["/api/spot/v3/accounts"]["get"]
    before = route.get("x-rate-limit")
    route["x-rate-limit"] = "1/10s"
    change = only(diff(old, write_spec(document, "new.yaml")))
    assert (change.kind, change.code, change.subject) == ("fix", "rate-limit", "spot.list_accounts")
    assert change.message == f"rate limit 1/10s (was {before or 'none'})"
