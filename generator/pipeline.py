"""Which specs exist, how each is loaded, and generating all of them in one go."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from generator import ir
from generator.flavors import FLAVORS
from generator.loaders.openapi import OpenApiLoader, load_yaml
from generator.releases import History, apply, release_files
from generator.render.renderer import (
    FileChanges,
    Renderer,
    format_python,
    is_by_product,
    write_files,
)

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"


@attrs.frozen
class SpecSource:
    """One spec: an OpenAPI file, or a folder of WebSocket call files."""

    path: Path
    kind: str

    @property
    def name(self) -> str:
        return self.path.name


def discover(specs_dir: Path = SPECS) -> list[SpecSource]:
    sources = [SpecSource(path, "openapi") for path in sorted(specs_dir.glob("*.yaml"))]
    sources += [
        SpecSource(path, "calls")
        for path in sorted(specs_dir.iterdir())
        if path.is_dir() and any(path.glob("*.yaml"))
    ]
    return sources


def load(source: SpecSource) -> tuple[ir.Api, dict[str, Any]]:
    """The IR of a spec and the document the simulator validates against."""
    if source.kind == "openapi":
        document = load_yaml(source.path)
        return OpenApiLoader(document).load(), document
    from generator.loaders.calls import load_calls

    return load_calls(source.path)


def flavor_of(source: SpecSource) -> str:
    if source.kind == "calls":
        return "binary"
    target = load_yaml(source.path)["info"].get("x-generator", {})
    return str(target.get("flavor", target.get("distribution", "").split("-")[0]))


def rendered_sources(
    specs_dir: Path = SPECS,
) -> Iterator[tuple[SpecSource, ir.Api, dict[str, Any]]]:
    """The specs that have templates, loaded, with the version their release history gives."""
    history = History.load(specs_dir)
    for source in discover(specs_dir):
        if flavor_of(source) not in FLAVORS:
            continue  # no templates for this API yet
        api, document = load(source)
        if api.flavor not in FLAVORS:
            continue
        yield source, apply(api, history), document


def render_all(specs_dir: Path = SPECS) -> Iterator[tuple[ir.Api, dict[str, str]]]:
    history = History.load(specs_dir)
    for source, api, document in rendered_sources(specs_dir):
        files = Renderer(api, document, f"specs/{source.name}").render()
        files.update(release_files(api, history))
        yield api, dict(sorted(files.items()))


def generate(output: Path = GENERATED, specs_dir: Path = SPECS) -> list[str]:
    """Writes every distribution under `output`; returns the distribution names."""
    return list(regenerate(output, specs_dir))


def regenerate(output: Path = GENERATED, specs_dir: Path = SPECS) -> dict[str, FileChanges]:
    """Writes every distribution under `output`; returns what changed in each, by name."""
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        staging = Path(scratch)
        for api, files in render_all(specs_dir):
            write_files(files, staging / api.distribution)
            written.append(api.distribution)
        format_python(staging)
        output.mkdir(parents=True, exist_ok=True)
        return {name: write_files(_read_tree(staging / name), output / name) for name in written}


def _read_tree(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*"))
        if path.is_file() and not is_by_product(path.relative_to(root))
    }


def drift(output: Path = GENERATED, specs_dir: Path = SPECS) -> list[str]:
    """Files that differ between `output` and a fresh generation (empty when in sync)."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        names = generate(fresh, specs_dir)
        problems = []
        for name in names:
            expected = _read_tree(fresh / name)
            actual = _read_tree(output / name) if (output / name).exists() else {}
            for relative in sorted(set(expected) | set(actual)):
                if expected.get(relative) != actual.get(relative):
                    problems.append(f"{name}/{relative}")
        return problems
