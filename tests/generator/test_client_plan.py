"""The client module's imports and the package's exports come from a plan of the IR
(`generator.render.client_plan`), not from lists in the flavors: a plan imports what the
client's code uses and nothing more, and exports every name a user needs to call it."""

from __future__ import annotations

import ast
import builtins
import importlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from generator import flavors, ir
from generator.flavors import FLAVORS, Flavor, binary
from generator.loaders.calls import load_calls
from generator.loaders.openapi import OpenApiLoader, load_yaml
from generator.render.client_plan import ClientPlan, client_plan
from generator.render.renderer import RUFF_CONFIG, Renderer, write_files

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
SHOP = HERE / "golden" / "spec.yaml"
SECURED = HERE / "openapi_specs" / "secured.yaml"
CALLS = HERE / "golden" / "websocket-calls" / "calls"
ERRORS = ("ClientError",)

# Each generated distribution's package, and the golden records' packages.
PACKAGE_DIRS = sorted(
    [
        *(ROOT / "generated").glob("*/src/*/__init__.py"),
        *(HERE / "golden").glob("*/expected/src/*/__init__.py"),
    ]
)


def _plan(api: ir.Api) -> ClientPlan:
    return client_plan(api, FLAVORS[api.flavor].client(api), ERRORS)


def _exported(plan: ClientPlan) -> set[str]:
    return {name for _, names in plan.exports for name in names}


def _imported(lines: list[str]) -> set[str]:
    """The names an import block binds."""
    return {
        alias.asname or alias.name.split(".")[0]
        for node in ast.walk(ast.parse("\n".join(lines)))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }


def _shop() -> ir.Api:
    return OpenApiLoader(load_yaml(SHOP)).load()


def _secured() -> ir.Api:
    return OpenApiLoader(load_yaml(SECURED)).load()


def _without_schemes(api: ir.Api) -> ir.Api:
    return attrs.evolve(api, security_schemes=())


def _without_token_urls(api: ir.Api) -> ir.Api:
    schemes = tuple(attrs.evolve(scheme, flows=()) for scheme in api.security_schemes)
    return attrs.evolve(api, security_schemes=schemes)


def _without_paging(api: ir.Api) -> ir.Api:
    operations = tuple(attrs.evolve(op, paging=None) for op in api.operations)
    return attrs.evolve(api, operations=operations)


# The flavors ------------------------------------------------------------------------------


def test_flavors_list_no_imports_or_exports_by_hand() -> None:
    fields = {field.name: field.type for field in attrs.fields(Flavor)}
    assert not {"client_imports", "client_type_imports", "exports"} & set(fields)
    # No (module, names) pairs at all: the errors module's exports come from the runtime.
    pairs = [
        name for name, kind in fields.items() if kind == "tuple[tuple[str, tuple[str, ...]], ...]"
    ]
    assert pairs == []
    assert not hasattr(flavors, "COMMON_EXPORTS") and not hasattr(flavors, "REST_EXPORTS")


# Plans of small APIs ----------------------------------------------------------------------


def test_a_plain_rest_client_imports_exactly_what_its_code_uses() -> None:
    plan = _plan(_shop())
    assert plan.client.import_lines() == [
        "from collections.abc import Mapping",
        "",
        "import urllib3",
        "",
        "from ._methods.items import ItemsApi",
        "from ._runtime.generic.errors import api_errors",
        "from ._runtime.http.transport import HttpOptions, HttpTransport, RetryBudget, "
        "RetryPolicy, Route",
    ]
    assert plan.modules == ()


def test_credentials_are_imported_only_for_an_api_with_security_schemes() -> None:
    anonymous = _plan(_without_schemes(_secured()))
    keys = _plan(_without_token_urls(_secured()))
    added = _imported(keys.client.import_lines()) - _imported(anonymous.client.import_lines())
    assert added == {"Credentials", "SecurityScheme"}
    assert _exported(keys) == _exported(anonymous)


def test_a_token_url_brings_token_sources_into_the_signature_and_the_exports() -> None:
    keys = _plan(_without_token_urls(_secured()))
    tokens = _plan(_secured())
    added = _imported(tokens.client.import_lines()) - _imported(keys.client.import_lines())
    assert added == {"TokenSource"}
    assert _exported(tokens) - _exported(keys) == {
        "AuthorizationCode",
        "ClientCredentials",
        "TokenError",
        "TokenSource",
    }


def test_page_is_exported_only_when_a_call_pages() -> None:
    shop = _shop()
    assert any(op.paging for op in shop.operations)
    assert "Page" in _exported(_plan(shop))
    assert "Page" not in _exported(_plan(_without_paging(shop)))


def test_every_plan_exports_the_client_the_data_layer_and_the_errors() -> None:
    for api in (_shop(), _secured(), load_calls(CALLS)[0]):
        exports = dict(_plan(api).exports)
        assert exports["._client"][0] == api.client_class
        assert exports["._codec"] == ("converter", "structure", "unstructure")
        assert exports["._runtime.core.types"] == ("UNSET", "Unset")
        assert exports[".errors"] == ERRORS


def _calls(*, streams: bool, answers_once: bool) -> ir.Api:
    api, _ = load_calls(CALLS)
    operations = tuple(
        attrs.evolve(op, streams=streams, stream_only=streams and not answers_once)
        for op in api.operations
    )
    return attrs.evolve(api, operations=operations)


def test_subscriptions_are_exported_only_when_a_call_streams() -> None:
    plain = _plan(_calls(streams=False, answers_once=True))
    assert not {"Subscription", "Gap"} & _exported(plain)
    streaming = _plan(_calls(streams=True, answers_once=True))
    assert {"Subscription", "Gap", "Pending", "Pipeline"} <= _exported(streaming)


def test_pending_answers_are_exported_only_when_the_pipeline_has_calls() -> None:
    only_streams = _plan(_calls(streams=True, answers_once=False))
    assert "Pending" not in _exported(only_streams)
    # The client's `pipeline()` still returns a Pipeline, whose module imports its mixins.
    assert "Pipeline" in _exported(only_streams)
    pipeline = only_streams.module_imports()["._pipeline"]
    api, _ = load_calls(CALLS)
    assert {binary.pipeline_mixin(group) for group in api.groups()} <= _imported(pipeline)


def test_a_websocket_client_imports_a_base_class_per_call_group() -> None:
    api, _ = load_calls(CALLS)
    imported = _imported(_plan(api).client.import_lines())
    assert {binary.client_mixin(group) for group in api.groups()} <= imported
    assert "HttpOptions" not in imported


# Rendered clients -------------------------------------------------------------------------

VARIANTS = {
    "plain": (SHOP, lambda api: api),
    "plain, no paging": (SHOP, _without_paging),
    "anonymous": (SECURED, _without_schemes),
    "credentials": (SECURED, _without_token_urls),
    "token sources": (SECURED, lambda api: api),
    "websocket": (CALLS, lambda api: api),
    "websocket, no streams": (
        CALLS,
        lambda api: attrs.evolve(
            api,
            operations=tuple(
                attrs.evolve(op, streams=False, stream_only=False, follow_ups=())
                for op in api.operations
            ),
        ),
    ),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_the_rendered_client_uses_every_import_and_misses_none(
    variant: str, tmp_path: Path
) -> None:
    """ruff's unused-import (F401) and undefined-name (F821) checks over the client module
    and the package's `__init__`, rendered from each variant of the IR."""
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff is not None
    spec, change = VARIANTS[variant]
    if spec == CALLS:
        loaded, document = load_calls(spec)
    else:
        document = load_yaml(spec)
        loaded = OpenApiLoader(document).load()
    api = change(loaded)
    files = Renderer(api, document, spec.name).render()
    package = f"src/{api.package}"
    checked = {path: text for path, text in files.items() if path.startswith(package)}
    write_files(checked, tmp_path)
    modules = ("_client.py", "_pipeline.py", "__init__.py")
    targets = [str(tmp_path / package / name) for name in modules if f"{package}/{name}" in files]
    done = subprocess.run(
        [ruff, "check", "--no-cache", "--config", str(RUFF_CONFIG), "--select=F401,F821", *targets],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout


# Generated packages -----------------------------------------------------------------------


def _all_names(init: Path) -> set[str]:
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return set(value)
    raise AssertionError(f"{init} has no __all__")


def _bound_imports(tree: ast.Module) -> dict[str, str]:
    """Each name a module imports (anywhere, `TYPE_CHECKING` blocks too) -> its module, with
    the leading dots of a relative import."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                found[alias.asname or alias.name] = "." * node.level + (node.module or "")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                found[alias.asname or alias.name.split(".")[0]] = alias.name
    return found


def _signatures(tree: ast.Module, *, constructors: bool) -> Iterator[tuple[str, ast.expr]]:
    """(where, annotation) of every public function and method of the public classes; with
    `constructors`, the `__init__` of those classes too (what a user builds)."""

    def of(where: str, function: ast.FunctionDef) -> Iterator[tuple[str, ast.expr]]:
        args = function.args
        for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
            if arg is not None and arg.annotation is not None:
                yield f"{where}({arg.arg})", arg.annotation
        if function.returns is not None:
            yield f"{where} returns", function.returns

    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            yield from of(node.name, node)
        if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            for member in node.body:
                public = not member.name.startswith("_") if hasattr(member, "name") else False
                if isinstance(member, ast.FunctionDef) and (
                    public or (constructors and member.name == "__init__")
                ):
                    yield from of(f"{node.name}.{member.name}", member)


def _names_in(annotation: ast.expr) -> Iterator[str]:
    """The names an annotation uses (`models.Tick` uses `models`); the strings of a `Literal`
    are values, any other string is an annotation itself."""
    if isinstance(annotation, ast.Subscript) and _names_of(annotation.value) == ["Literal"]:
        yield "Literal"
        return
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        yield from _names_in(ast.parse(annotation.value, mode="eval").body)
        return
    if isinstance(annotation, ast.Name):
        yield annotation.id
        return
    for child in ast.iter_child_nodes(annotation):
        if isinstance(child, ast.expr):
            yield from _names_in(child)


def _names_of(node: ast.expr) -> list[str]:
    return [child.id for child in ast.walk(node) if isinstance(child, ast.Name)]


@pytest.mark.parametrize(
    "init", PACKAGE_DIRS, ids=[path.parent.relative_to(ROOT).as_posix() for path in PACKAGE_DIRS]
)
def test_public_signatures_name_only_exported_or_outside_types(init: Path) -> None:
    """Every type the client's public signatures name (the client's constructor, its methods,
    the methods of its call groups and pipeline) is exported by the package, is its `models`
    module, or comes from outside it (builtins, the standard library, urllib3): a user can
    name every type the client takes or returns without reaching into private modules."""
    package = init.parent
    exported = _all_names(init)
    modules = [package / "_client.py", package / "_pipeline.py"]
    modules += sorted(package.glob("_methods/*.py")) + sorted(
        package.glob("_pipeline_methods/*.py")
    )
    wrong = []
    for module in [path for path in modules if path.exists()]:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported = _bound_imports(tree)
        defined = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
        for where, annotation in _signatures(tree, constructors=module.name == "_client.py"):
            for name in _names_in(annotation):
                source = imported.get(name)
                if hasattr(builtins, name) or name == "models":
                    continue
                if source is not None and not source.startswith("."):
                    continue  # the standard library or a dependency
                if name not in exported:
                    where_from = source or ("defined here" if name in defined else "undefined")
                    wrong.append(f"{module.name}: {where}: {name} ({where_from})")
    assert wrong == []


@pytest.mark.parametrize("package", ["binance_oauth_api", "binary_com_api", "okcoin_v3_api"])
def test_every_exported_name_imports(package: str) -> None:
    module = importlib.import_module(package)
    for name in module.__all__:
        assert getattr(module, name) is not None, name
    assert set(module.__all__) == {*module._EXPORTS, "__version__"}
