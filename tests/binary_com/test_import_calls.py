"""Tests for the Binary.com call importer (generator/importers/binary_com.py)."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from generator.importers import binary_com
from generator.importers.binary_com import (
    SAFE_CALLS,
    UNSAFE_CALLS,
    Safety,
    StaleEntriesError,
    clean_schema,
    convert_call,
    import_calls,
    load_summaries,
)

REPO = Path(__file__).resolve().parents[2]
SPECS_DIR = REPO / "specs" / "binary-com"
REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "binary-com-v3"

needs_reference = pytest.mark.skipif(
    not REFERENCE.is_dir(), reason=f"upstream reference folder not present at {REFERENCE}"
)

SPEC_KEYS = ["call", "summary", "group", "auth", "streams", "idempotent", "send", "receive"]
SUMMARIES = {"demo": {"summary": "A crafted call for tests.", "group": "system"}}
# Lists for crafted upstream folders: `demo` reads, `buy` spends money.
SAFETY = Safety(safe=frozenset({"demo"}), unsafe=frozenset({"buy"}))


def _walk(value: Any) -> Iterator[tuple[Any, Any]]:
    """Yield every (key, value) pair of every mapping nested anywhere in ``value``."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key, item
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)


def _strings(value: Any) -> Iterator[str]:
    """Every string (mapping key or scalar) nested anywhere in ``value``."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _write_call(src: Path, name: str, send: dict[str, Any], receive: dict[str, Any]) -> None:
    folder = src / name
    folder.mkdir(parents=True)
    (folder / "send.json").write_text(json.dumps(send), encoding="utf-8")
    (folder / "receive.json").write_text(json.dumps(receive), encoding="utf-8")


def _send(name: str, **extra_props: Any) -> dict[str, Any]:
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": f"{name} request",
        "description": "Request prose that must vanish.",
        "type": "object",
        "auth_required": 0,
        "additionalProperties": False,
        "required": [name],
        "properties": {
            name: {"description": "Flag prose.", "type": "integer", "enum": [1]},
            **extra_props,
        },
    }


def _receive(name: str) -> dict[str, Any]:
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": f"{name} response",
        "description": "Response prose that must vanish.",
        "type": "object",
        "required": ["echo_req", "msg_type"],
        "properties": {
            "echo_req": {"description": "Echo prose.", "type": "object"},
            "msg_type": {"description": "Type prose.", "type": "string", "enum": [name]},
        },
    }


# --------------------------------------------------------------------------- convert_call


def test_descriptions_are_stripped_at_every_level() -> None:
    send = _send("demo")
    send["properties"]["choice"] = {
        "description": "d1",
        "title": "t1",
        "examples": ["x"],
        "oneOf": [
            {"description": "d2", "type": "string", "pattern": "^a+$"},
            {
                "type": "array",
                "description": "d3",
                "items": {"description": "d4", "type": "string", "maxLength": 5},
            },
        ],
    }
    send["properties"]["either"] = {"anyOf": [{"title": "t2", "type": "null"}, {"type": "number"}]}
    receive = _receive("demo")
    receive["properties"]["rates"] = {
        "description": "d5",
        "type": "object",
        "patternProperties": {
            "^[A-Z]{3}$": {
                "description": "d6",
                "type": "object",
                "properties": {"rate": {"description": "d7", "type": ["null", "number"]}},
            }
        },
        "additionalProperties": {"description": "d8", "type": "string"},
    }
    receive["definitions"] = {"thing": {"description": "d9", "type": "string"}}
    receive["properties"]["ref"] = {"$ref": "#/definitions/thing", "description": "d10"}

    spec = convert_call("demo", send, receive, summaries=SUMMARIES)

    for schema in (spec["send"], spec["receive"]):
        for key, _ in _walk(schema):
            assert key not in {"description", "title", "$schema", "examples"}
    choice = spec["send"]["properties"]["choice"]
    assert choice == {
        "oneOf": [
            {"type": "string", "pattern": "^a+$"},
            {"type": "array", "items": {"type": "string", "maxLength": 5}},
        ]
    }
    assert spec["send"]["properties"]["either"] == {"anyOf": [{"type": "null"}, {"type": "number"}]}
    rates = spec["receive"]["properties"]["rates"]
    assert rates["patternProperties"]["^[A-Z]{3}$"]["properties"]["rate"] == {
        "type": ["null", "number"]
    }
    assert rates["additionalProperties"] == {"type": "string"}
    assert spec["receive"]["definitions"] == {"thing": {"type": "string"}}
    assert spec["receive"]["properties"]["ref"] == {"$ref": "#/definitions/thing"}


def test_properties_named_like_annotation_keywords_are_kept() -> None:
    send = _send(
        "demo",
        description={"description": "prose", "type": "string", "maxLength": 300},
        title={"type": "string"},
        default={"type": "boolean"},
    )
    spec = convert_call("demo", send, _receive("demo"), summaries=SUMMARIES)
    props = spec["send"]["properties"]
    assert props["description"] == {"type": "string", "maxLength": 300}
    assert props["title"] == {"type": "string"}
    assert props["default"] == {"type": "boolean"}


def test_data_keywords_are_copied_verbatim() -> None:
    schema = {
        "type": "object",
        "default": {"description": "this is data, not prose"},
        "enum": [{"title": "data"}],
        "sensitive": 1,
    }
    assert clean_schema(schema) == schema


def test_unknown_keywords_holding_objects_are_cleaned_too() -> None:
    # Upstream sometimes nests sub-schemas under a misplaced key; prose must still go.
    schema = {"type": "object", "items": {"odd": {"description": "prose", "type": "string"}}}
    assert clean_schema(schema) == {"type": "object", "items": {"odd": {"type": "string"}}}


def test_auth_is_lifted_and_removed_from_both_schemas() -> None:
    send = _send("demo")
    send["auth_required"] = 1
    send["auth_scopes"] = ["trade", "read", "trade"]
    receive = _receive("demo")
    receive["auth_required"] = 1
    receive["auth_scopes"] = ["trade"]
    spec = convert_call("demo", send, receive, summaries=SUMMARIES)
    assert spec["auth"] == {"required": True, "scopes": ["read", "trade"]}
    for schema in (spec["send"], spec["receive"]):
        assert "auth_required" not in schema
        assert "auth_scopes" not in schema


def test_auth_defaults_to_public() -> None:
    send = _send("demo")
    del send["auth_required"]
    spec = convert_call("demo", send, _receive("demo"), summaries=SUMMARIES)
    assert spec["auth"] == {"required": False, "scopes": []}


def test_streams_detected_from_subscribe_property() -> None:
    plain = convert_call("demo", _send("demo"), _receive("demo"), summaries=SUMMARIES)
    assert plain["streams"] is False
    send = _send("demo", subscribe={"type": "integer", "enum": [1]})
    assert convert_call("demo", send, _receive("demo"), summaries=SUMMARIES)["streams"] is True
    # A nested property called subscribe does not make the call a stream.
    nested = _send("demo", options={"type": "object", "properties": {"subscribe": {}}})
    assert convert_call("demo", nested, _receive("demo"), summaries=SUMMARIES)["streams"] is False


def test_property_order_and_spec_key_order_preserved() -> None:
    names = ["zeta", "alpha", "mid", "beta"]
    send = _send("demo", **{n: {"type": "string"} for n in names})
    spec = convert_call("demo", send, _receive("demo"), summaries=SUMMARIES)
    assert list(spec) == SPEC_KEYS
    assert list(spec["send"]["properties"]) == ["demo", *names]
    text = binary_com.dump_spec(spec)
    assert list(yaml.safe_load(text)["send"]["properties"]) == ["demo", *names]
    top_level = [line for line in text.splitlines() if not line[0].isspace() and line[0] != "#"]
    assert [line.split(":")[0] for line in top_level] == SPEC_KEYS


def test_idempotency_flag() -> None:
    assert convert_call("buy", _send("buy"), _receive("buy"), summaries={})["idempotent"] is False
    assert convert_call("time", _send("time"), _receive("time"), summaries={})["idempotent"]


def test_a_call_on_no_list_is_unsafe_and_named_in_a_warning() -> None:
    warnings: list[str] = []
    spec = convert_call(
        "new_account_wallet",
        _send("new_account_wallet"),
        _receive("new_account_wallet"),
        summaries={"new_account_wallet": {"summary": "Opens a wallet.", "group": "account"}},
        safety=SAFETY,
        warnings=warnings,
    )
    assert spec["idempotent"] is False
    assert len(warnings) == 1 and "'new_account_wallet'" in warnings[0]
    assert "unsafe" in warnings[0]


def test_a_call_on_both_lists_is_refused() -> None:
    with pytest.raises(ValueError, match="both"):
        Safety(safe=frozenset({"buy"}), unsafe=frozenset({"buy"}))


def test_missing_summary_falls_back_and_warns(capsys: pytest.CaptureFixture[str]) -> None:
    spec = convert_call(
        "ticks_history", _send("ticks_history"), _receive("ticks_history"), summaries={}
    )
    assert spec["summary"] == "Calls ticks_history."
    assert spec["group"] == "misc"
    assert "ticks_history" in capsys.readouterr().err


def test_input_is_not_mutated() -> None:
    send, receive = _send("demo"), _receive("demo")
    before = json.dumps([send, receive])
    convert_call("demo", send, receive, summaries=SUMMARIES)
    assert json.dumps([send, receive]) == before


# --------------------------------------------------------------------------- import_calls


def test_import_is_deterministic_and_removes_stale_files(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    _write_call(src, "demo", _send("demo", subscribe={"type": "integer"}), _receive("demo"))
    _write_call(src, "buy", _send("buy", price={"type": "number"}), _receive("buy"))
    (src / "SOURCE.md").write_text("not a call", encoding="utf-8")
    out.mkdir()
    stale = out / "gone_call.yaml"
    stale.write_text(binary_com.dump_spec({"call": "gone_call"}), encoding="utf-8")
    other = out / "notes.txt"
    other.write_text("kept", encoding="utf-8")

    first = import_calls(src, out, summaries=SUMMARIES, safety=SAFETY)
    assert first.written == (out / "buy.yaml", out / "demo.yaml")
    assert (first.added, first.removed, first.changed) == (("buy", "demo"), ("gone_call",), ())
    assert "removed: gone_call" in first.lines()
    assert not stale.exists()
    assert other.exists()
    snapshot = {p.name: p.read_bytes() for p in out.glob("*.yaml")}

    second = import_calls(src, out, summaries=SUMMARIES, safety=SAFETY)
    assert second.written == first.written
    assert (second.added, second.removed, second.changed) == ((), (), ())
    assert {p.name: p.read_bytes() for p in out.glob("*.yaml")} == snapshot

    demo = yaml.safe_load(snapshot["demo.yaml"])
    assert demo["streams"] is True and demo["summary"] == "A crafted call for tests."
    buy = yaml.safe_load(snapshot["buy.yaml"])
    assert buy["idempotent"] is False and buy["group"] == "misc"


def test_import_reports_changed_calls_and_warnings(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    _write_call(src, "demo", _send("demo"), _receive("demo"))
    _write_call(src, "buy", _send("buy"), _receive("buy"))
    import_calls(src, out, summaries=SUMMARIES, safety=SAFETY)
    _write_call(src, "fresh", _send("fresh"), _receive("fresh"))
    send = _send("demo", limit={"type": "integer", "default": 10})
    (src / "demo" / "send.json").write_text(json.dumps(send), encoding="utf-8")
    report = import_calls(src, out, summaries=SUMMARIES, safety=SAFETY)
    assert (report.added, report.removed, report.changed) == (("fresh",), (), ("demo",))
    assert any("'fresh'" in line and "summary" in line for line in report.warnings)
    assert any("'fresh'" in line and "unsafe" in line for line in report.warnings)
    assert yaml.safe_load((out / "fresh.yaml").read_bytes())["idempotent"] is False


def test_import_refuses_stale_entries_of_our_lists(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    _write_call(src, "demo", _send("demo"), _receive("demo"))
    summaries = {**SUMMARIES, "gone": {"summary": "Was there.", "group": "system"}}
    with pytest.raises(StaleEntriesError) as caught:
        import_calls(src, out, summaries=summaries, safety=SAFETY)
    message = str(caught.value)
    assert "'gone' in binary_com_summaries.yaml" in message
    assert "'buy' in UNSAFE_CALLS" in message
    assert not out.exists()


def test_import_refuses_an_empty_source(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    keep = out / "keep.yaml"
    keep.write_text("call: keep\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError):
        import_calls(tmp_path / "empty", out)
    assert keep.exists()


# --------------------------------------------------------------------------- summaries file


def test_summaries_file_is_well_formed() -> None:
    summaries = load_summaries()
    for call, entry in summaries.items():
        assert entry["summary"].strip(), call
        assert len(entry["summary"]) <= 80, call
        assert "\n" not in entry["summary"], call
        assert entry["group"].isidentifier(), call


@needs_reference
def test_summaries_and_idempotency_cover_exactly_the_upstream_calls() -> None:
    calls = set(binary_com.upstream_calls(REFERENCE))
    assert set(load_summaries()) == calls
    assert calls == SAFE_CALLS | UNSAFE_CALLS
    assert not binary_com.stale_entries(sorted(calls), load_summaries(), Safety())


# --------------------------------------------------------------------------- committed specs


def _committed() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(SPECS_DIR.glob("*.yaml"))}


@needs_reference
def test_committed_specs_equal_a_fresh_import(tmp_path: Path) -> None:
    report = import_calls(REFERENCE, tmp_path)
    upstream = binary_com.upstream_calls(REFERENCE)
    assert len(report.written) == len(upstream)
    assert report.warnings == ()
    fresh = {p.name: p.read_bytes() for p in report.written}
    committed = _committed()
    assert sorted(committed) == sorted(fresh)
    for name, data in fresh.items():
        assert committed[name] == data, f"{name} differs from a fresh import; re-run the importer"


def test_committed_specs_have_the_expected_shape() -> None:
    committed = _committed()
    assert committed, "no specs under specs/binary-com"
    for name, data in committed.items():
        spec = yaml.safe_load(data)
        assert list(spec) == SPEC_KEYS, name
        assert f"{spec['call']}.yaml" == name
        assert set(spec["auth"]) == {"required", "scopes"}
        assert spec["auth"]["scopes"] == sorted(spec["auth"]["scopes"])
        assert set(spec["auth"]["scopes"]) <= {
            "read",
            "trade",
            "trading_information",
            "payments",
            "admin",
        }
        assert spec["streams"] == ("subscribe" in spec["send"].get("properties", {}))
        assert isinstance(spec["idempotent"], bool)


# Upstream patterns are written for a Perl backend: ``\p{L}``/``\p{Nd}`` (Unicode classes) and
# ``\x{b0}`` escapes, which Python's ``re`` rejects.  The format checker below maps those to
# equivalents ``re`` can compile, so every pattern is still checked for being a regex.
_PERL_ESCAPES = re.compile(r"\\p\{(?:L|Nd)\}|\\x\{([0-9A-Fa-f]{1,4})\}")


def _perl_escape_to_python(match: re.Match[str]) -> str:
    return r"\w" if match.group(1) is None else "\\u" + match.group(1).rjust(4, "0")


_FORMATS = jsonschema.FormatChecker()


@_FORMATS.checks("regex", raises=re.error)
def _is_regex(instance: object) -> bool:
    if isinstance(instance, str):
        with warnings.catch_warnings():
            # e.g. upstream's POSIX class "[[:xdigit:]]" compiles, with a FutureWarning.
            warnings.simplefilter("ignore", FutureWarning)
            re.compile(_PERL_ESCAPES.sub(_perl_escape_to_python, instance))
    return True


def test_perl_escape_translation() -> None:
    translated = _PERL_ESCAPES.sub(_perl_escape_to_python, r"^[\p{L}\p{Nd}\x{b0}]+$")
    assert translated == r"^[\w\w\u00b0]+$"
    assert re.fullmatch(translated, "Zoë°7")


@pytest.mark.parametrize("part", ["send", "receive"])
def test_committed_schemas_are_valid_draft4(part: str) -> None:
    for name, data in _committed().items():
        schema = yaml.safe_load(data)[part]
        try:
            jsonschema.Draft4Validator.check_schema(schema, format_checker=_FORMATS)
        except jsonschema.SchemaError as exc:  # pragma: no cover - failure path
            pytest.fail(f"{name} {part}: {exc.message}")


@needs_reference
def test_committed_specs_keep_upstream_schemas_minus_prose() -> None:
    for name in binary_com.upstream_calls(REFERENCE):
        spec = yaml.safe_load((SPECS_DIR / f"{name}.yaml").read_bytes())
        for part in ("send", "receive"):
            upstream = json.loads((REFERENCE / name / f"{part}.json").read_text("utf-8"))
            expected = clean_schema(
                {k: v for k, v in upstream.items() if k not in ("auth_required", "auth_scopes")}
            )
            if part == "send":  # plus our own descriptions of the arguments
                docs = binary_com._default_param_docs()
                expected = binary_com._describe(name, expected, docs, strict=True)
            assert spec[part] == expected, f"{name} {part}"


@needs_reference
def test_committed_specs_contain_no_upstream_prose() -> None:
    prose: set[str] = set()
    for path in sorted(REFERENCE.glob("*/*.json")):
        for key, value in _walk(json.loads(path.read_text("utf-8"))):
            if key not in ("description", "title") or not isinstance(value, str):
                continue
            # Some titles merely repeat a call or property name; names carry over.
            if len(value) > 20 and not value.isidentifier():
                prose.add(value)
    assert prose, "expected to collect upstream description strings"
    for name, data in _committed().items():
        text = data.decode("utf-8")
        scalars = list(_strings(yaml.safe_load(text)))  # also catches line-wrapped copies
        for sentence in prose:
            assert sentence not in text, f"{name} copies upstream prose: {sentence!r}"
            assert not any(sentence in s for s in scalars), f"{name} copies: {sentence!r}"
