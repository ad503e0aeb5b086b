"""`python -m generator verify`: specs are valid, generated/ is in sync, and clean.

Each check prints one line and the exit status is non-zero when any fails, so CI can run it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from generator import pipeline
from generator.loaders.openapi import load_yaml


def check_specs(specs_dir: Path) -> list[str]:
    """Validates OpenAPI documents and the JSON Schemas of every call spec."""
    problems: list[str] = []
    for source in pipeline.discover(specs_dir):
        if source.kind == "openapi":
            from openapi_spec_validator import validate

            try:
                validate(load_yaml(source.path))
            except Exception as error:  # the validator raises several unrelated types
                problems.append(f"{source.name}: {str(error).splitlines()[0]}")
        else:
            problems += _check_call_specs(source.path)
    return problems


def _check_call_specs(folder: Path) -> list[str]:
    from jsonschema import Draft4Validator, SchemaError

    problems = []
    for path in sorted(folder.glob("*.yaml")):
        spec = load_yaml(path)
        for key in ("send", "receive"):
            try:
                Draft4Validator.check_schema(_python_patterns(spec[key]))  # type: ignore[arg-type]
            except SchemaError as error:
                problems.append(f"{path.name} {key}: {error.message}")
    return problems


def _python_patterns(schema: object) -> object:
    """Upstream patterns use a few PCRE forms; check them in the form the client uses."""
    from generator.render.patterns import python_pattern

    if isinstance(schema, dict):
        return {
            key: python_pattern(value)
            if key == "pattern" and isinstance(value, str)
            else _python_patterns(value)
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_python_patterns(item) for item in schema]
    return schema


def check_generated(output: Path) -> list[str]:
    """ruff (lint and format) and mypy --strict over every generated package."""
    problems = []
    sources = sorted(str(path / "src") for path in output.iterdir() if (path / "src").is_dir())
    if not sources:
        return ["no generated packages found"]
    tools = Path(sys.executable).parent
    ruff = shutil.which("ruff", path=str(tools)) or "ruff"
    config = str(pipeline.ROOT / "generator" / "generated-ruff.toml")
    for command in (
        [ruff, "check", "--config", config, "--no-cache", *sources],
        [ruff, "format", "--config", config, "--check", "--no-cache", *sources],
    ):
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            problems.append(f"{' '.join(command[1:3])}: {result.stdout.strip()[-2000:]}")
    for source in sources:
        packages = [p.name for p in Path(source).iterdir() if (p / "__init__.py").exists()]
        targets = [arg for name in packages for arg in ("-p", name)]
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--python-version",
                "3.10",
                "--cache-dir",
                str(Path(tempfile.gettempdir()) / "generated-mypy-cache"),
                *targets,
            ],
            capture_output=True,
            text=True,
            cwd=source,
        )
        if result.returncode != 0:
            problems.append(f"mypy {source}: {result.stdout.strip()[-2000:]}")
    return problems


def verify_all(specs_dir: Path, output: Path) -> int:
    failed = False
    checks: list[tuple[str, Callable[[], list[str]]]] = [
        ("specs are valid", lambda: check_specs(specs_dir)),
        ("generated/ matches the specs", lambda: pipeline.drift(output, specs_dir)),
        ("generated code is lint-, format- and type-clean", lambda: check_generated(output)),
    ]
    for title, run in checks:
        problems = run()
        print(f"{'ok  ' if not problems else 'FAIL'} {title}")
        for problem in problems:
            print(f"     {problem}")
        failed = failed or bool(problems)
    return 1 if failed else 0
