"""Which generated module each model, decoder and call entry goes into.

An API's calls come in groups (the IR's `Operation.group`); each group's models, decoders and
call entries get modules of their own, named after the group, and a group too large to read
in one module gets one module per call instead. A model reached from several of those units
goes to a `shared` module: of its group when its calls are all in one group, else of the
whole package. So a module only ever needs its own unit and the shared modules above it,
and a call loads the modules of its own unit and nothing else.

Names come from what a module holds (a group, a call, `shared`), never from a counter, and
every order here is the IR's or a sorted one, so the same spec always gives the same layout.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from generator import ir
from generator.render import plans

SHARED = "shared"
# A group whose models have more fields than this in all gets one module per call: a field
# costs about 15 formatted lines of decoders, and no module should pass about 3,000 lines.
GROUP_FIELD_BUDGET = 120
# A call whose own models have more fields than this is split again, by the parts of its
# answer (one call's module holds its decoders and encoders only, so it may hold more).
CALL_FIELD_BUDGET = 140


@attrs.frozen
class Unit:
    """A slice of the API whose models, decoders and call entries share module names:
    `("trading",)` for a group, `("trading", "proposal")` for one call of a large group,
    `("shared",)` or `("p2p", "shared")` for models several of them use."""

    path: tuple[str, ...]
    operations: tuple[ir.Operation, ...]
    models: tuple[ir.Model, ...]

    def module(self, kind: str) -> str:
        """The module's name relative to the package: `_models.trading.proposal`."""
        return ".".join((kind, *self.path))

    def file(self, kind: str) -> str:
        """The module's path inside the package: `_models/trading/proposal.py`."""
        return "/".join((kind, *self.path)) + ".py"

    def relative(self, module: str) -> str:
        """How a module of this unit imports `module` (a name relative to the package):
        `from ..models import X` one level down, `from ...models import X` two."""
        return "." * (len(self.path) + 1) + module


@attrs.frozen
class Layout:
    """Every unit of an API, in a stable order, and where each model and call went."""

    units: tuple[Unit, ...]
    model_units: Mapping[str, Unit]
    operation_units: Mapping[str, Unit]
    # Groups given one module per call (their folders hold an `__init__.py`).
    split_groups: tuple[str, ...]

    def unit(self, path: tuple[str, ...]) -> Unit:
        """The unit at this path (`("spot", "shared")`)."""
        return next(unit for unit in self.units if unit.path == path)

    def unit_of_model(self, name: str) -> Unit:
        return self.model_units[name]

    def unit_of(self, op: ir.Operation) -> Unit:
        return self.operation_units[op.operation_id]

    def model_module(self, name: str) -> str:
        return self.model_units[name].module("_models")


def plan_layout(
    api: ir.Api, budget: int = GROUP_FIELD_BUDGET, call_budget: int = CALL_FIELD_BUDGET
) -> Layout:
    """The units of `api`: one per group, or one per call of a group whose models hold more
    than `budget` fields, plus the `shared` units their common models need."""
    reached = {op.operation_id: _reached_models(api, op) for op in api.operations}
    split = []
    for group in api.groups():
        names = set().union(*(reached[op.operation_id] for op in api.operations_in(group)))
        if sum(len(api.model(name).fields) for name in names) > budget:
            split.append(group)
    for group in api.groups():
        if group == SHARED:
            raise ValueError(f"a call group may not be named {SHARED!r}: that module is taken")
        if group in split and any(op.name == SHARED for op in api.operations_in(group)):
            raise ValueError(f"a call may not be named {SHARED!r} in the large group {group!r}")

    def op_path(op: ir.Operation) -> tuple[str, ...]:
        return (op.group, op.name) if op.group in split else (op.group,)

    owners: dict[str, set[tuple[str, ...]]] = {model.name: set() for model in api.models}
    for op in api.operations:
        for name in reached[op.operation_id]:
            owners[name].add(op_path(op))
    model_paths = {name: _model_path(paths) for name, paths in owners.items()}
    for op in api.operations:
        if op.group in split:
            model_paths.update(_call_parts(api, op, model_paths, call_budget))

    paths: dict[tuple[str, ...], None] = {}
    for op in api.operations:
        paths.setdefault(op_path(op))
    for path in sorted(set(model_paths.values()) - set(paths)):
        paths.setdefault(path)
    units = tuple(
        Unit(
            path,
            tuple(op for op in api.operations if op_path(op) == path),
            tuple(model for model in api.models if model_paths[model.name] == path),
        )
        for path in paths
    )
    by_path = {unit.path: unit for unit in units}
    return Layout(
        units=units,
        model_units={name: by_path[path] for name, path in model_paths.items()},
        operation_units={op.operation_id: by_path[op_path(op)] for op in api.operations},
        split_groups=tuple(split),
    )


def _call_parts(
    api: ir.Api, op: ir.Operation, model_paths: Mapping[str, tuple[str, ...]], budget: int
) -> dict[str, tuple[str, ...]]:
    """New places for the models of one call too large for one module: each part of its
    answer gets a unit beside the call's, named after the field that holds it
    (`landing_company_mt_financial_company`), and models several parts use go to the call's
    `<call>_shared` unit. The call's unit keeps its roots and the chain of single objects
    down to where the answer branches, so imports only go from the call to its parts and
    from the parts to the shared unit: never in a circle."""
    path = (op.group, op.name)
    own = {name for name, where in model_paths.items() if where == path}
    if sum(len(api.model(name).fields) for name in own) <= budget:
        return {}
    roots = own - {child for name in own for child in direct_models(api.model(name))}
    spine = set(roots)
    for root in sorted(roots):
        current: str | None = root
        while current is not None:
            current = _spine_child(api, api.model(current), op.name, own - spine)
            if current is not None:
                spine.add(current)
    parts: dict[str, str] = {}  # model that starts a part -> the part's name
    for parent in sorted(spine):
        for field in api.model(parent).fields:
            for child in sorted(plans.model_names(field.type)):
                if child in own and child not in spine:
                    parts.setdefault(child, f"{op.name}_{field.name}")
    reach = {start: models_reached(api, [ir.ModelType(start)]) & own for start in parts}
    if any(reached & spine for reached in reach.values()):
        return {}  # a part refers back up (a recursive answer): it stays one module
    moved: dict[str, tuple[str, ...]] = {}
    for name in sorted(own - spine):
        holders = {parts[start] for start, reached in reach.items() if name in reached}
        if len(holders) == 1:
            moved[name] = (op.group, holders.pop())
        elif holders:
            moved[name] = (op.group, f"{op.name}_{SHARED}")
    taken = {other.name for other in api.operations_in(op.group)}
    clash = sorted({where[1] for where in moved.values()} & taken)
    if clash:
        raise ValueError(f"{op.name}: a part of its answer would be named like the call {clash[0]}")
    return moved


def _spine_child(api: ir.Api, model: ir.Model, call: str, candidates: set[str]) -> str | None:
    """The model the answer goes on through: the only model child, or the one in the field
    named after the call (Binary.com's `{"proposal_open_contract": {...}, "subscription":
    {...}}`); None where the answer branches."""
    children = direct_models(model) & candidates
    if len(children) == 1:
        return children.pop()
    for field in model.fields:
        if field.wire_name == call:
            named = set(plans.model_names(field.type)) & candidates
            if len(named) == 1:
                return named.pop()
    return None


def _model_path(paths: set[tuple[str, ...]]) -> tuple[str, ...]:
    """Where a model reached from these units goes: their unit when there is one, their
    group's shared module when they share a group, else the package's."""
    if len(paths) == 1:
        return next(iter(paths))
    groups = {path[0] for path in paths}
    if len(groups) == 1:
        return (groups.pop(), SHARED)
    return (SHARED,)


def _reached_models(api: ir.Api, op: ir.Operation) -> set[str]:
    """The models an operation's arguments, answer and error answers use, directly or
    through other models."""
    types: list[ir.TypeRef] = [param.type for param in op.params]
    if op.response is not None:
        types.append(op.response)
    types += [type_ref for _, type_ref in op.errors]
    if op.request_model is not None:
        types.append(ir.ModelType(op.request_model))
    return models_reached(api, types)


def models_reached(api: ir.Api, types: Iterable[ir.TypeRef]) -> set[str]:
    found: set[str] = set()
    pending = list(types)
    while pending:
        type_ref = pending.pop()
        for name in plans.model_names(type_ref):
            if name not in found:
                found.add(name)
                model = api.model(name)
                pending.extend(field.type for field in model.fields)
                if model.extras is not None:
                    pending.append(model.extras)
    return found


def direct_models(model: ir.Model) -> set[str]:
    """The models a model's fields name (not through other models)."""
    types = [field.type for field in model.fields]
    if model.extras is not None:
        types.append(model.extras)
    return {name for type_ref in types for name in plans.model_names(type_ref)}
