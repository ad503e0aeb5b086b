"""What each API adds to the shared templates, one module per API.

A flavor names its extra template files, the parts its client is made of (from which the
client module's imports and the package's exports are planned), its runtime dependencies
and a README example. Modules here that define `FLAVOR` are found by
name, so adding an API touches no shared file; a module whose name starts with `_` is skipped
(a flavor still being written).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from generator import ir

if TYPE_CHECKING:
    from generator.render.client_plan import ClientParts
    from generator.render.imports import ImportSet
    from generator.render.layout import Layout, Unit


class RenderView(Protocol):
    """What a flavor's hooks may ask of the renderer that calls them: the API, where each
    call and model lives, and the expressions and imports the shared modules already use.
    The renderer satisfies it; flavors never import the renderer itself."""

    @property
    def api(self) -> ir.Api: ...

    @property
    def layout(self) -> Layout: ...

    def check_expr(self, type_ref: ir.TypeRef) -> str:
        """The `_validate` expression that checks an argument of this type."""
        ...

    def response_decoder(self, op: ir.Operation) -> str:
        """How the call entry of `op` names the decoder of its answer."""
        ...

    def entry_codec_imports(self, imports: ImportSet, unit: Unit) -> None:
        """Adds the decoder modules the call entries of `unit` name."""
        ...

    def unit_request_models(self, unit: Unit) -> list[ir.Model]:
        """The models the arguments of a unit's calls use."""
        ...

    def flavor_context(self) -> Mapping[str, Any]:
        """The flavor's own template variables (its `context` hook's answer), computed once."""
        ...


# Files a flavor renders per unit of the layout or per call group: path inside the package ->
# (template, extra template variables).
FileSet = Mapping[str, tuple[str, Mapping[str, Any]]]


@attrs.frozen
class Flavor:
    """What one API adds to the common templates: its files, client parts and dependencies."""

    name: str
    # Rendered files: (template under generator/templates/, path inside the package).
    files: tuple[tuple[str, str], ...]
    # Subpackages of generator/runtime/ copied as they are to `<package>/_runtime/`; the
    # public `errors` module re-exports what each one's `errors.py` lists in `__all__`.
    runtime: tuple[str, ...]
    # What the client code uses beyond the parts every client of its kind has, from the IR;
    # its imports and the package's exports are planned from it (`generator.render.client_plan`).
    client: Callable[[ir.Api], ClientParts]
    dependencies: tuple[str, ...]
    testing_dependencies: tuple[str, ...]
    example: str
    # More of the README, after the example: how the client behaves (Markdown), if anything.
    readme: str = ""
    # Extra template variables, for flavors whose templates need more than the shared ones.
    context: Callable[[RenderView], Mapping[str, Any]] | None = None
    # Files rendered once per unit of the layout (a group, or a call of a large group), and
    # once per call group (see `generator.render.layout`).
    unit_files: Callable[[RenderView, Unit], FileSet] | None = None
    # Wire names of model fields kept out of reprs whatever the spec says of them.
    private_fields: tuple[str, ...] = ()
    group_files: Callable[[RenderView, str], FileSet] | None = None


REST_DEPENDENCIES = ("attrs>=23.1", "cattrs>=23.2", "orjson>=3.9", "urllib3>=2.0,<3")


def _discover() -> dict[str, Flavor]:
    found: dict[str, Flavor] = {}
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        if module.name.startswith("_"):
            continue  # work in progress: loaded only by name, never rendered by default
        flavor = getattr(importlib.import_module(f"{__name__}.{module.name}"), "FLAVOR", None)
        if isinstance(flavor, Flavor):
            found[flavor.name] = flavor
    return found


FLAVORS: dict[str, Flavor] = _discover()
