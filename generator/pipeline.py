"""Which specs exist, how each is loaded, and generating all of them in one go."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from generator import ir
from generator.flavors import FLAVORS
from generator.loaders.openapi import OpenApiLoader, SpecError, generator_target, load_yaml
from generator.loaders.openapi_metadata import is_metadata, read_spec
from generator.releases import History, apply, release_files
from generator.render.renderer import (
    FileChanges,
    Renderer,
    format_python,
    read_tree,
    write_files,
)

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
# A RAM-backed folder for scratch trees, used when it has this much room: writing and
# deleting the ~700 small files of a generation costs seconds on some disks (ext4 mounted
# with `discard` took a second and a half to delete one tree) and nothing in memory.
MEMORY_FOLDER = Path("/dev/shm")
MEMORY_FOLDER_ROOM = 256 * 1024 * 1024


@attrs.frozen
class SpecSource:
    """One spec: an OpenAPI file, or a folder of WebSocket call files."""

    path: Path
    kind: str

    @property
    def name(self) -> str:
        return self.path.name


SPEC_SUFFIXES = (".yaml", ".yml", ".json")

Warn = Callable[[str], None]


def discover(specs_dir: Path = SPECS) -> list[SpecSource]:
    """The OpenAPI files (`.yaml`, `.yml`, `.json`) and call-spec folders of `specs_dir`;
    a spec's metadata file (`<stem>.generator.yaml`) is read with it, not as a spec."""
    sources = [
        SpecSource(path, "openapi")
        for path in sorted(specs_dir.iterdir())
        if path.is_file()
        and path.suffix in SPEC_SUFFIXES
        and not is_metadata(path)
        and _is_openapi(path)
    ]
    sources += [
        SpecSource(path, "calls")
        for path in sorted(specs_dir.iterdir())
        if path.is_dir() and any(path.glob("*.yaml"))
    ]
    return sources


def _is_openapi(path: Path) -> bool:
    """A YAML file is taken as a spec; a JSON file only when it is an OpenAPI document (the
    specs folder also holds releases.json)."""
    if path.suffix != ".json":
        return True
    try:
        return "openapi" in load_yaml(path)
    except ValueError:
        return True  # loading it later reports what is wrong


def source_of(path: Path) -> SpecSource:
    """A spec named on the command line: an OpenAPI file or a folder of call specs."""
    if path.is_dir():
        return SpecSource(path, "calls")
    if not path.is_file():
        raise FileNotFoundError(2, "no such spec file", str(path))
    if is_metadata(path):
        raise SpecError(f"{path} holds a spec's metadata, not a spec: name the spec beside it")
    return SpecSource(path, "openapi")


def load(
    source: SpecSource, warn: Warn | None = None, document: dict[str, Any] | None = None
) -> tuple[ir.Api, dict[str, Any]]:
    """The IR of a spec and the document the simulator validates against; what the loader
    skipped goes to `warn`, one line each. `document` is an OpenAPI spec's file as
    `read_spec` gives it, when the caller has read it already."""
    if source.kind == "openapi":
        if document is None:
            document = read_spec(source.path)
        loader = OpenApiLoader(document, origin=source.name)
        api = loader.load()
        for line in loader.warnings:
            if warn is not None:
                warn(f"{source.name}: {line}")
        return api, document
    from generator.loaders.calls import load_calls

    return load_calls(source.path)


def flavor_of(source: SpecSource, document: dict[str, Any] | None = None) -> str:
    """The flavor a spec asks for; `document` as in `load`."""
    if source.kind == "calls":
        return "binary"
    info = (read_spec(source.path) if document is None else document).get("info")
    return generator_target(info)["flavor"] if isinstance(info, dict) else "generic"


def rendered_sources(
    specs_dir: Path = SPECS,
    sources: Sequence[SpecSource] | None = None,
    warn: Warn | None = None,
) -> Iterator[tuple[SpecSource, ir.Api, dict[str, Any]]]:
    """The specs that have templates, loaded, with the version their release history gives.

    A spec whose flavor has no templates is skipped, said through `warn`."""
    history = History.load(specs_dir)
    for source in discover(specs_dir) if sources is None else sources:
        # An OpenAPI file is read once, for its flavor and its IR both.
        read = read_spec(source.path) if source.kind == "openapi" else None
        flavor = flavor_of(source, read)
        if flavor not in FLAVORS:
            if warn is not None:
                warn(f"{source.name}: skipped, no templates for flavor {flavor!r}")
            continue
        api, document = load(source, warn, read)
        yield source, apply(api, history), document


def render_all(
    specs_dir: Path = SPECS,
    sources: Sequence[SpecSource] | None = None,
    warn: Warn | None = None,
) -> Iterator[tuple[ir.Api, dict[str, str]]]:
    history = History.load(specs_dir)
    for source, api, document in rendered_sources(specs_dir, sources, warn):
        # The project's own specs are named from the repository root; any other spec by its
        # file name, the same whether it was named or found in a --specs folder.
        ours = source.path.parent.resolve() == SPECS.resolve()
        files = Renderer(api, document, f"specs/{source.name}" if ours else source.name).render()
        files.update(release_files(api, history))
        yield api, dict(sorted(files.items()))


def generate(
    output: Path = GENERATED,
    specs_dir: Path = SPECS,
    sources: Sequence[SpecSource] | None = None,
    warn: Warn | None = None,
) -> list[str]:
    """Writes every distribution under `output`; returns the distribution names."""
    return list(regenerate(output, specs_dir, sources, warn))


def regenerate(
    output: Path = GENERATED,
    specs_dir: Path = SPECS,
    sources: Sequence[SpecSource] | None = None,
    warn: Warn | None = None,
) -> dict[str, FileChanges]:
    """Writes every distribution under `output`; returns what changed in each, by name."""
    written = []
    with scratch_folder() as scratch:
        staging = Path(scratch)
        for api, files in render_all(specs_dir, sources, warn):
            if api.distribution in written:
                raise SpecError(f"two specs generate the distribution {api.distribution!r}")
            write_files(files, staging / api.distribution)
            written.append(api.distribution)
        format_python(staging)
        output.mkdir(parents=True, exist_ok=True)
        return {name: write_files(_read_tree(staging / name), output / name) for name in written}


def scratch_folder() -> tempfile.TemporaryDirectory[str]:
    """A temporary folder for files that only live during one generation: in memory where
    the system offers a RAM-backed folder with room to spare (Linux's /dev/shm), else in the
    system's temporary folder. Only the speed differs."""
    try:
        roomy = (
            MEMORY_FOLDER.is_dir()
            and os.access(MEMORY_FOLDER, os.W_OK | os.X_OK)
            and shutil.disk_usage(MEMORY_FOLDER).free >= MEMORY_FOLDER_ROOM
        )
    except OSError:
        roomy = False
    return tempfile.TemporaryDirectory(
        prefix="generator-", dir=str(MEMORY_FOLDER) if roomy else None
    )


def _read_tree(root: Path) -> dict[str, str]:
    return read_tree(root)


def drift(output: Path = GENERATED, specs_dir: Path = SPECS) -> list[str]:
    """Files that differ between `output` and a fresh generation (empty when in sync)."""
    with scratch_folder() as scratch:
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
