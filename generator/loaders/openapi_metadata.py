"""Our metadata for a spec we do not own: a `<stem>.generator.yaml` file beside it.

A published OpenAPI document stays exactly as its authors wrote it; the names the generator
needs (distribution, package, client class, flavor, first version) live in a small YAML file
next to it, which `python -m generator new` writes and every later `generate` reads. When a
spec has both, the file beside it wins over an `info.x-generator` block inside it.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from generator.loaders.openapi import SpecError, load_yaml
from generator.naming import class_name, words

SUFFIX = ".generator.yaml"
KEYS = ("distribution", "package", "client", "flavor", "version")
# PEP 508 distribution names: letters, digits, and . _ - inside.
_DISTRIBUTION = re.compile(r"[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?")
_VERSION = re.compile(r"[0-9]+(\.[0-9]+)*([a-z]+[0-9]*)?")


def metadata_path(spec: Path) -> Path:
    """Where the metadata of `spec` lives: `petstore.yaml` -> `petstore.generator.yaml`."""
    return spec.with_name(spec.stem + SUFFIX)


def is_metadata(path: Path) -> bool:
    """Whether `path` is a metadata file (never a spec of its own)."""
    return path.name.endswith(SUFFIX)


def read_metadata(spec: Path) -> dict[str, str] | None:
    """The metadata beside `spec`, checked; None when there is none."""
    path = metadata_path(spec)
    if not path.is_file():
        return None
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise SpecError(f"{path}: not valid YAML: {' '.join(str(error).split())}") from None
    if not isinstance(raw, Mapping):
        raise SpecError(f"{path}: expected a mapping of {', '.join(KEYS)}")
    unknown = sorted(str(key) for key in raw if key not in KEYS)
    if unknown:
        raise SpecError(
            f"{path}: unknown key {', '.join(unknown)} (the keys are {', '.join(KEYS)})"
        )
    metadata = {str(key): str(value) for key, value in raw.items() if value is not None}
    check(metadata, str(path))
    return metadata


def check(metadata: Mapping[str, str], where: str) -> None:
    """Each name is usable: a distribution name, identifiers, a version."""
    distribution = metadata.get("distribution", "")
    if not _DISTRIBUTION.fullmatch(distribution):
        raise SpecError(
            f"{where}: distribution {distribution!r} is not a distribution name "
            "(letters, digits, '.', '_' and '-', starting and ending with a letter or digit)"
        )
    for key in ("package", "client"):
        value = metadata.get(key, "")
        if not value.isidentifier() or keyword.iskeyword(value):
            raise SpecError(f"{where}: {key} {value!r} is not a Python identifier")
    version = metadata.get("version", "0.1.0")
    if not _VERSION.fullmatch(version):
        raise SpecError(f"{where}: version {version!r} is not a version like 0.1.0")


def with_metadata(document: dict[str, Any], spec: Path) -> dict[str, Any]:
    """`document` with the metadata beside `spec` as its `info.x-generator` (a copy; the
    document is returned as it is when there is no metadata file)."""
    metadata = read_metadata(spec)
    if metadata is None:
        return document
    info = document.get("info")
    info = dict(info) if isinstance(info, Mapping) else {}
    info["x-generator"] = {"flavor": "generic", **metadata}
    return {**document, "info": info}


def read_spec(spec: Path) -> dict[str, Any]:
    """A spec file as data, with its metadata file (if any) applied."""
    return with_metadata(load_yaml(spec), spec)


def names_for(
    distribution: str, package: str | None = None, client: str | None = None
) -> dict[str, str]:
    """Metadata for a new distribution: the package and client class follow from its name
    unless given (`petstore-api` -> `petstore_api`, `PetstoreClient`)."""
    stem = [word for word in words(distribution) if word.isalnum()] or ["api"]
    derived_package = "_".join(stem)
    if derived_package[0].isdigit():
        derived_package = "api_" + derived_package
    if keyword.iskeyword(derived_package):
        derived_package += "_api"
    named = [word for word in stem if word != "api"] or ["api"]
    metadata = {
        "distribution": distribution,
        "package": package or derived_package,
        "client": client or class_name("_".join(named)) + "Client",
        "flavor": "generic",
        "version": "0.1.0",
    }
    check(metadata, "--name")
    return metadata


def write_metadata(spec: Path, metadata: Mapping[str, str]) -> Path:
    """Writes the metadata file beside `spec`; returns its path."""
    path = metadata_path(spec)
    lines = [
        f"# What python -m generator needs to turn {spec.name} into a package.",
        "# Written by `python -m generator new`; the spec itself is left as published.",
        *(f"{key}: {_quoted(metadata[key])}" for key in KEYS if key in metadata),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _quoted(value: str) -> str:
    """A YAML scalar that reads back as the same string (`0.1.0`, `1.0` stay text)."""
    return "'" + value.replace("'", "''") + "'"
