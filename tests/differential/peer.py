"""The second opinion: pydantic v2 models that datamodel-code-generator writes from the same
schemas our generator reads.

Four sets of models, each one package under a cache folder keyed by what goes in (the
schemas, datamodel-code-generator's version and its options), so a session generates them
at most once and an unchanged checkout never again:

- `peer_binary`: every Binary.com call's send and receive schema as written in its spec
  (`<call>_send`, `<call>_receive`, root model `Model`);
- `peer_binary_python`: the same schemas with their patterns translated for Python's `re`
  (the translation the simulator and our checks use), for the schemas pydantic cannot load
  as written;
- `peer_okcoin`, `peer_binance`: one module each from the OpenAPI documents (a model per
  component schema, named as the component).

The options make pydantic judge a payload as JSON Schema does, as far as it can: strict
scalars (no "1" for 1), absent optional fields not also nullable (`--use-missing-sentinel`),
and unknown keys refused only where the schema says `additionalProperties: false`.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from generator.runtime.binary.simulator import translated_schema

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
CACHE = ROOT / ".work" / "differential"

OPTIONS = (
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--disable-timestamp",
    "--strict-types",
    "str",
    "int",
    "float",
    "bool",
    "--use-missing-sentinel",
    "--strict-nullable",
    "--enum-field-as-literal",
    "all",
    "--formatters",
    "builtin",
)


@dataclass(frozen=True)
class Source:
    """One datamodel-codegen run: its input (a folder of JSON Schemas or one OpenAPI file)
    and the package it writes."""

    package: str
    input_type: str
    files: Mapping[str, str]  # file name -> text


def binary_schemas(translate: bool) -> dict[str, str]:
    """`<call>_<send|receive>.json` -> the schema's text, for every call spec."""
    files: dict[str, str] = {}
    for path in sorted((SPECS / "binary-com").glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for part in ("send", "receive"):
            schema = spec[part]
            if translate:
                schema = translated_schema(schema)
            files[f"{spec['call']}_{part}.json"] = json.dumps(schema, indent=1, sort_keys=True)
    return files


def sources() -> list[Source]:
    return [
        Source("peer_binary", "jsonschema", binary_schemas(translate=False)),
        Source("peer_binary_python", "jsonschema", binary_schemas(translate=True)),
        Source(
            "peer_okcoin",
            "openapi",
            {"okcoin-v3.yaml": (SPECS / "okcoin-v3.yaml").read_text(encoding="utf-8")},
        ),
        Source(
            "peer_binance",
            "openapi",
            {"binance-oauth.yaml": (SPECS / "binance-oauth.yaml").read_text(encoding="utf-8")},
        ),
    ]


def cache_key(items: Iterable[Source]) -> str:
    digest = hashlib.sha256()
    digest.update(metadata.version("datamodel-code-generator").encode())
    digest.update(metadata.version("pydantic").encode())
    digest.update(json.dumps(OPTIONS).encode())
    for source in items:
        digest.update(f"{source.package}|{source.input_type}".encode())
        for name, text in sorted(source.files.items()):
            digest.update(f"|{name}|{len(text)}|".encode())
            digest.update(text.encode())
    return digest.hexdigest()[:16]


def generated_folder(cache: Path = CACHE) -> Path:
    """The folder holding every peer package, generated now unless the cache has it."""
    items = sources()
    target = cache / cache_key(items)
    if (target / "complete").exists():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="peer-", dir=cache))
    try:
        for source in items:
            _generate(source, scratch)
        (scratch / "complete").write_text("", encoding="utf-8")
        try:
            os.replace(scratch, target)
        except OSError:  # another process finished first: its copy is as good
            if not (target / "complete").exists():
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target


def _generate(source: Source, folder: Path) -> None:
    inputs = folder / "inputs" / source.package
    inputs.mkdir(parents=True)
    for name, text in source.files.items():
        (inputs / name).write_text(text, encoding="utf-8")
    if source.input_type == "openapi":
        (only,) = source.files
        given, output = inputs / only, folder / f"{source.package}.py"
    else:
        given, output = inputs, folder / source.package
    command = [
        str(Path(sys.executable).with_name("datamodel-codegen")),
        "--input",
        str(given),
        "--input-file-type",
        source.input_type,
        "--output",
        str(output),
        *OPTIONS,
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"datamodel-codegen failed on {source.package}:\n{done.stderr[-2000:]}")


@dataclass
class Loaded:
    """The models of one peer package: by name, or why the name could not be loaded."""

    models: dict[str, Any] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)


def load_binary(folder: Path, package: str) -> Loaded:
    """The root model of every `<call>_<part>` module, each built now (pydantic compiles a
    model's patterns then: a pattern it cannot compile is a failure of that schema)."""
    found = Loaded()
    for path in sorted((folder / package).glob("[!_]*.py")):
        name = path.stem
        try:
            module = _import(folder, f"{package}.{name}")
            model = module.Model
            model.model_rebuild(force=True)
        except Exception as error:  # pydantic raises several kinds; each is a reason to list
            found.failures[name] = reason(error)
            continue
        found.models[name] = model
    return found


def load_openapi(folder: Path, package: str, names: Iterable[str]) -> Loaded:
    """The model named after each component schema in `names`."""
    found = Loaded()
    try:
        module = _import(folder, package)
    except Exception as error:
        found.failures = dict.fromkeys(names, reason(error))
        return found
    for name in names:
        model = getattr(module, name, None)
        if model is None:
            found.failures[name] = "datamodel-codegen wrote no model of this name"
            continue
        found.models[name] = model
    return found


def reason(error: BaseException) -> str:
    """A one-line reason: pydantic-core ends a nested error with what went wrong."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    text = lines[-1] if lines else ""
    return f"{type(error).__name__}: {text}"[:160]


def _import(folder: Path, module: str) -> ModuleType:
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the missing sentinel is experimental in pydantic
        return importlib.import_module(module)
