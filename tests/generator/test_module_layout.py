"""Generated modules a person can read, and a first call that loads only what it needs.

Models, decoders, call entries and methods are split by call group (one module per call in
large groups, shared models in `shared` modules); `models` stays one namespace; a call
imports the modules of its own unit only.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator import ir, pipeline
from generator.pipeline import GENERATED
from generator.render.layout import GROUP_FIELD_BUDGET, SHARED, direct_models, plan_layout
from generator.verify import MAX_MODULE_LINES, long_modules

DISTRIBUTIONS = sorted(path.name for path in GENERATED.iterdir() if path.is_dir())


def _api(distribution: str) -> ir.Api:
    for _, api, _ in pipeline.rendered_sources():
        if api.distribution == distribution:
            return api
    raise LookupError(distribution)


@pytest.mark.parametrize("distribution", DISTRIBUTIONS)
def test_no_generated_module_is_longer_than_the_limit(distribution: str) -> None:
    assert long_modules([GENERATED / distribution / "src"]) == []


def test_verify_refuses_a_long_module_but_not_the_runtime(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "_runtime").mkdir(parents=True)
    long_text = "x = 1\n" * (MAX_MODULE_LINES + 1)
    (package / "_codec.py").write_text(long_text)
    (package / "_runtime" / "big.py").write_text(long_text)
    (package / "models.py").write_text("x = 1\n" * MAX_MODULE_LINES)
    assert long_modules([tmp_path]) == [
        f"pkg/_codec.py: {MAX_MODULE_LINES + 1} lines, more than {MAX_MODULE_LINES}"
    ]


def test_units_are_named_after_groups_and_calls() -> None:
    api = _api("binary-com-api")
    layout = plan_layout(api)
    # Every Binary.com group is large: one unit per call, named group/call.
    assert set(layout.split_groups) == set(api.groups())
    calls = {(op.group, op.name) for op in api.operations}
    assert calls <= {unit.path for unit in layout.units}
    # Beyond them, only the parts of calls too large for one module (named after the call).
    for unit in layout.units:
        if unit.path not in calls:
            assert not unit.operations
            assert any(unit.path[1].startswith(f"{call}_") for _, call in calls), unit.path
    ping = next(op for op in api.operations if op.name == "ping")
    unit = layout.unit_of(ping)
    assert unit.file("_models") == "_models/system/ping.py"
    assert {model.name for model in unit.models} == {"PingRequest", "PingResponse"}
    # Every model is in exactly one unit.
    placed = [model.name for unit in layout.units for model in unit.models]
    assert sorted(placed) == sorted(model.name for model in api.models)


def test_a_call_too_large_for_one_module_is_split_by_the_parts_of_its_answer() -> None:
    """landing_company's answer holds one object per kind of landing company: each gets a
    module named after its field, and what several of them use goes to the call's shared one.
    Imports go from the call to its parts and from the parts to the shared unit, never back."""
    api = _api("binary-com-api")
    layout = plan_layout(api)
    call = next(op for op in api.operations if op.name == "landing_company")
    paths = {unit.path for unit in layout.units if unit.path[1].startswith("landing_company_")}
    assert ("market", "landing_company_mt_financial_company") in paths
    assert ("market", "landing_company_shared") in paths
    assert layout.unit_of_model("LandingCompanyDetails").path == (
        "market",
        "landing_company_shared",
    )
    order = {("market", "landing_company"): 0, ("market", "landing_company_shared"): 2}
    for unit in layout.units:
        if unit.path in paths or unit.path == layout.unit_of(call).path:
            rank = order.get(unit.path, 1)
            for model in unit.models:
                for name in direct_models(model):
                    assert order.get(layout.unit_of_model(name).path, 1) >= rank, (model, name)
    # With room enough, the call keeps one module.
    roomy = plan_layout(api, call_budget=10**6)
    assert not any(
        unit.path[1].startswith("landing_company_")
        for unit in roomy.units
        if unit.path[1] != "landing_company_details"
    )


def test_models_used_by_several_groups_go_to_a_shared_module() -> None:
    api = _api("okcoin-v3-api")
    layout = plan_layout(api)
    assert layout.unit_of_model("Order").path == (SHARED,)
    # Small groups keep one module; the spot group is over the budget and is split per call.
    assert "spot" in layout.split_groups and "account" not in layout.split_groups
    spot_shared = {model.name for model in layout.unit(("spot", SHARED)).models}
    assert spot_shared and all(name in {m.name for m in api.models} for name in spot_shared)
    # Nothing is split when the budget is large enough.
    assert plan_layout(api, budget=10**6).split_groups == ()
    assert GROUP_FIELD_BUDGET < 10**6


def test_models_stay_one_namespace() -> None:
    import binary_com_api
    from binary_com_api import models
    from binary_com_api.models import PingResponse

    api = _api("binary-com-api")
    assert models.__all__ == [model.name for model in api.models]
    assert models.PingResponse is PingResponse
    assert binary_com_api.models.TicksHistoryResponse.__name__ == "TicksHistoryResponse"
    assert set(models.__all__) <= set(dir(models))
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018


def test_decoders_by_class_cover_every_model_and_load_lazily() -> None:
    from binary_com_api import _codec, models, structure, unstructure

    answer = structure(
        {"echo_req": {"ping": 1}, "msg_type": "ping", "ping": "pong"}, models.PingResponse
    )
    assert answer.ping == "pong"
    assert unstructure(answer)["ping"] == "pong"
    assert len(_codec._STRUCTURE) == len(models.__all__)
    with pytest.raises(TypeError, match="not a model"):
        structure({}, dict)


FIRST_CALL = """
import json, sys
from binary_com_api import BinaryComClient

with BinaryComClient(1089, endpoint=sys.argv[1]) as client:
    assert client.ping().ping == "pong"
loaded = sorted(name for name in sys.modules if name.startswith("binary_com_api."))
classes = {
    value
    for name in loaded
    if name == "binary_com_api.models" or name.startswith("binary_com_api._models.")
    for value in vars(sys.modules[name]).values()
    if isinstance(value, type) and value.__module__ == name
}
print(json.dumps({"modules": loaded, "models": len(set(classes))}))
"""


def test_the_first_call_loads_only_its_own_models_decoders_and_entry() -> None:
    from binary_com_api.testing import BinaryComSimulator

    with BinaryComSimulator() as sim:
        done = subprocess.run(
            [sys.executable, "-c", FIRST_CALL, sim.url],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
    found = json.loads(done.stdout.splitlines()[-1])
    split = [
        name
        for name in found["modules"]
        if name.split(".")[1] in ("_models", "_codecs", "_call_entries") and name.count(".") == 3
    ]
    assert sorted(split) == [
        "binary_com_api._call_entries.system.ping",
        "binary_com_api._codecs.system.ping",
        "binary_com_api._models.system.ping",
    ]
    # The ping's two models, of the 655: before the split, the first call built them all.
    assert found["models"] == 2
