"""The client module's imports and the package's exports, planned from the IR before any
template renders.

Each name the client code uses is a `Name` that knows its module, so an import line is never
written by hand. A flavor says which parts its client is made of (`ClientParts`, a function
of the IR: its transport, credential schemes, streams, pipeline, groups); the parts every
client of a kind shares are here. What a package exports follows from the same plan: the
client class, the names its public signatures mention, what is offered beside them, the
data layer and the errors.

Where the plan stops: fixed template code that runs late imports what it loads inside its
function, next to that code (`_load_routes` the route table, `oauth_url` the OAuth helpers),
since putting that import off is the point. Every module-level import comes from the plan:
no import sorter runs over generated code, so the block must be written whole and sorted
(`ImportSet`), and a template cannot add lines to it.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from generator import ir
from generator.render import plans
from generator.render.imports import ImportSet, module_sort_key, name_sort_key


@attrs.frozen(order=True)
class Name:
    """A name generated code imports and the module it comes from: package-relative
    (`._runtime.http.transport`) or absolute (`urllib3`). Without `name` the module itself
    is imported (`import time`); `name` may rename (`session as _session`)."""

    module: str
    name: str = ""


@attrs.frozen
class Use:
    """One name a module's code uses. `exported`: a user of the client needs it (a public
    signature mentions it, or the client offers it as a helper), so the package exports it.
    `type_only`: named in annotations only, imported for type checkers."""

    name: Name
    exported: bool = False
    type_only: bool = False


def uses(*names: Name) -> tuple[Use, ...]:
    """Names the code uses at run time and keeps to itself."""
    return tuple(Use(name) for name in names)


def offers(*names: Name) -> tuple[Use, ...]:
    """Names the code uses at run time that a user needs too (so they are exported)."""
    return tuple(Use(name, exported=True) for name in names)


@attrs.frozen
class ClientParts:
    """What a flavor's client is made of, beyond the parts every client of its kind has.

    `client`: the names the client module's code uses. `modules`: other modules the flavor
    renders as part of the client (a pipeline), by package-relative module, with the names
    their code uses. `beside`: names exported beside the client that its modules do not
    import (companions of a returned type, helpers a user calls directly)."""

    client: tuple[Use, ...] = ()
    modules: tuple[tuple[str, tuple[Use, ...]], ...] = ()
    beside: tuple[Name, ...] = ()


@attrs.frozen
class ModulePlan:
    """The names one generated module's code uses, and its import block."""

    uses: tuple[Use, ...]

    def import_lines(self) -> list[str]:
        imports = ImportSet()
        for use in self.uses:
            names = (use.name.name,) if use.name.name else ()
            if use.type_only:
                imports.add_type_only(use.name.module, *names)
            else:
                imports.add(use.name.module, *names)
        return imports.lines()

    def exported(self) -> tuple[Name, ...]:
        return tuple(use.name for use in self.uses if use.exported)


@attrs.frozen
class ClientPlan:
    """The client module, the flavor's other client modules and the package's exports."""

    client: ModulePlan
    modules: tuple[tuple[str, ModulePlan], ...]
    exports: tuple[tuple[str, tuple[str, ...]], ...]

    def module_imports(self) -> dict[str, list[str]]:
        """Import lines of each of the flavor's other client modules, by module."""
        return {module: plan.import_lines() for module, plan in self.modules}

    def all_names(self) -> list[str]:
        """Every exported name, for `__all__` (with `__version__`)."""
        names = {name for _, names in self.exports for name in names} | {"__version__"}
        return sorted(names, key=name_sort_key)


# Names every client of a kind shares.
MAPPING = Name("collections.abc", "Mapping")
URLLIB3 = Name("urllib3")
HTTP_OPTIONS = Name("._runtime.http.transport", "HttpOptions")
RETRY_POLICY = Name("._runtime.http.transport", "RetryPolicy")
RETRY_BUDGET = Name("._runtime.http.transport", "RetryBudget")
ROUTE = Name("._runtime.http.transport", "Route")
PAGE = Name("._runtime.http.transport", "Page")
UNSET = Name("._runtime.core.types", "UNSET")
UNSET_TYPE = Name("._runtime.core.types", "Unset")
CODEC = tuple(Name("._codec", name) for name in ("converter", "structure", "unstructure"))

REST_CLIENT = (
    # Every REST client's constructor: `timeout: float | urllib3.Timeout`, the shared retry
    # budget, the transport's options; and its route table (`Mapping[str, Route]`).
    *uses(URLLIB3, MAPPING, HTTP_OPTIONS, RETRY_POLICY, ROUTE),
    *offers(RETRY_BUDGET),
)
DATA_LAYER = (*CODEC, UNSET, UNSET_TYPE)
"""Exported by every package: the codec of its models and the marker of an absent field."""


def group_classes(api: ir.Api) -> tuple[Use, ...]:
    """A REST client's attribute classes, one per call group (`client.spot`)."""
    return uses(*(Name(f"._methods.{group}", plans.group_class(group)) for group in api.groups()))


def client_plan(api: ir.Api, parts: ClientParts, errors: Iterable[str]) -> ClientPlan:
    """The plan of `api`'s client: its kind's shared parts, the flavor's `parts`, and the
    exports, which take `errors` (the names of the public `errors` module) as they are."""
    shared: tuple[Use, ...] = ()
    beside: list[Name] = [Name("._client", api.client_class), *DATA_LAYER, *parts.beside]
    if api.kind == "rest":
        shared = (*REST_CLIENT, *group_classes(api))
        if any(op.paging is not None for op in api.operations):
            beside.append(PAGE)  # what a paged method returns
    client = ModulePlan((*shared, *parts.client))
    modules = tuple((module, ModulePlan(used)) for module, used in parts.modules)
    exported = [*beside, *client.exported()]
    for _, plan in modules:
        exported.extend(plan.exported())
    exported.extend(Name(".errors", name) for name in errors)
    return ClientPlan(client, modules, _exports(exported))


def _exports(names: Iterable[Name]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    by_module: dict[str, set[str]] = {}
    for name in names:
        if not name.name or " as " in name.name:
            raise ValueError(f"{name.module}: only plain names can be exported")
        by_module.setdefault(name.module, set()).add(name.name)
    return tuple(
        (module, tuple(sorted(by_module[module], key=name_sort_key)))
        for module in sorted(by_module, key=module_sort_key)
    )
