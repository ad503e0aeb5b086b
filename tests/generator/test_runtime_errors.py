"""The public `errors` module of each distribution re-exports what the runtime's own
`errors.py` modules list in `__all__`, for the runtime subpackages the distribution ships:
one list per exception family, kept beside the classes, never repeated in a flavor."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from generator.flavors import FLAVORS
from generator.render.renderer import RUNTIME, runtime_errors

ERROR_MODULES = sorted(path.parent.name for path in RUNTIME.glob("*/errors.py"))


@pytest.mark.parametrize("subpackage", ERROR_MODULES)
def test_every_runtime_errors_module_lists_exactly_its_public_exceptions(subpackage: str) -> None:
    module = importlib.import_module(f"generator.runtime.{subpackage}.errors")
    tree = ast.parse((RUNTIME / subpackage / "errors.py").read_text(encoding="utf-8"))
    public = {
        node.name
        for node in tree.body
        if isinstance(node, ast.ClassDef) and not node.name.startswith("_")
    }
    assert sorted(module.__all__) == sorted(public)
    for name in module.__all__:
        assert issubclass(getattr(module, name), Exception), name


def test_a_distribution_exports_the_errors_of_the_subpackages_it_ships() -> None:
    okcoin = dict(runtime_errors(FLAVORS["okcoin"].runtime))
    assert set(okcoin) == {
        "._runtime.core.errors",
        "._runtime.http.errors",
        "._runtime.okcoin.errors",
    }
    assert okcoin["._runtime.http.errors"] == ["ResponseTooLarge"]
    generic = dict(runtime_errors(FLAVORS["generic"].runtime))
    assert generic["._runtime.generic.errors"] == ["ApiError"]
    binary = dict(runtime_errors(FLAVORS["binary"].runtime))
    assert binary["._runtime.websocket.errors"] == ["ConnectionLost"]
    assert "._runtime.http.errors" not in binary


def test_apis_with_their_own_errors_do_not_export_the_generic_api_error() -> None:
    # Okcoin and Binance answers become their own error classes; the generic `ApiError` is
    # for APIs the generator knows nothing about, so only those ship and export it.
    for name in ("okcoin", "binance"):
        exported = {n for _, names in runtime_errors(FLAVORS[name].runtime) for n in names}
        assert "ApiError" not in exported
        assert "ResponseTooLarge" in exported


@pytest.mark.parametrize("package", ["okcoin_v3_api", "binance_oauth_api", "binary_com_api"])
def test_the_generated_errors_module_holds_every_runtime_exception_it_names(package: str) -> None:
    errors = importlib.import_module(f"{package}.errors")
    flavor = {"okcoin_v3_api": "okcoin", "binance_oauth_api": "binance"}.get(package, "binary")
    expected = sorted(n for _, names in runtime_errors(FLAVORS[flavor].runtime) for n in names)
    assert sorted(errors.__all__) == expected
    root = Path(errors.__file__).parent
    assert (root / "_runtime").is_dir()
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), errors.ClientError), name
