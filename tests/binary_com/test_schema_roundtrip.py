"""Every send and receive schema: payloads generated from the schema decode into the typed
models and encode back to the same JSON, including fields the spec does not know.

Payloads come from hypothesis-jsonschema, so they cover the corners real traffic rarely shows
(nulls, empty maps, keys outside a map's pattern). ROUNDTRIP_EXAMPLES sets how many per schema
(25 by default, as CI runs it).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from generator.naming import class_name
from generator.runtime.testing.patterns import python_pattern

SPECS = Path(__file__).resolve().parents[2] / "specs" / "binary-com"
EXAMPLES = int(os.environ.get("ROUNDTRIP_EXAMPLES", "25"))
CASES = [
    (yaml.safe_load(path.read_text(encoding="utf-8")), direction)
    for path in sorted(SPECS.glob("*.yaml"))
    for direction in ("send", "receive")
]


def python_patterns(schema: Any) -> Any:
    """The schemas' PCRE patterns in the form Python's `re` (and so hypothesis) accepts."""
    if isinstance(schema, dict):
        return {
            key: python_pattern(value)
            if key == "pattern" and isinstance(value, str)
            else python_patterns(value)
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [python_patterns(item) for item in schema]
    return schema


def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True)


def model_for(spec: dict[str, Any], direction: str) -> type:
    from binary_com_api import models

    suffix = "Request" if direction == "send" else "Response"
    return getattr(models, class_name(spec["call"]) + suffix)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("spec", "direction"),
    CASES,
    ids=[f"{spec['call']}-{direction}" for spec, direction in CASES],
)
def test_generated_payloads_round_trip(spec: dict[str, Any], direction: str) -> None:
    from binary_com_api import structure, unstructure

    cls = model_for(spec, direction)
    # Unknown fields must survive too: responses get one the spec has never heard of.
    extra = st.just({}) if direction == "send" else st.just({"field_from_the_future": [1, "x"]})

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(from_schema(python_patterns(spec[direction])), extra)
    def round_trip(payload: Any, unknown: dict[str, Any]) -> None:
        message = {**payload, **unknown}
        decoded = structure(message, cls)
        assert canonical(unstructure(decoded)) == canonical(message)

    round_trip()


def test_every_call_has_both_schemas() -> None:
    calls = sorted(path.stem for path in SPECS.glob("*.yaml"))
    assert calls
    assert len(CASES) == 2 * len(calls)
