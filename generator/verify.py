"""`python -m generator verify`: specs are valid, generated/ is in sync, and clean.

Each check prints one line and the exit status is non-zero when any fails, so CI can run it.
First it looks for the tools and packages the checks need (the `verify` extra, and what the
generated packages import, which mypy must see): a missing one is named with the command that
installs it, and the checks that need it are skipped, rather than failing in a way that reads
as broken generated code ("Cannot find implementation or library stub for module named ...").
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import tomllib

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
    from generator.runtime.testing.patterns import python_pattern

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
    """ruff (lint and format) and mypy --strict over every generated package, and no
    annotation that repeats a union option (`str | str`)."""
    problems = []
    sources = sorted(str(path / "src") for path in output.iterdir() if (path / "src").is_dir())
    if not sources:
        return ["no generated packages found"]
    problems.extend(repeated_union_options(Path(source) for source in sources))
    problems.extend(long_modules(Path(source) for source in sources))
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


def repeated_union_options(sources: Iterable[Path]) -> list[str]:
    """Annotations in these source trees whose union repeats an option (`str | str`, also
    inside `list[...]`): the renderer normalises unions, so one is a generator bug."""
    found = []
    for source in sources:
        for path in sorted(source.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                annotation: ast.expr | None = None
                if isinstance(node, ast.AnnAssign | ast.arg):
                    annotation = node.annotation
                elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    annotation = node.returns
                if annotation is None:
                    continue
                for union in (part for part in ast.walk(annotation) if isinstance(part, ast.BinOp)):
                    options = _union_options(union)
                    if len(options) != len(set(options)):
                        where = path.relative_to(source)
                        found.append(
                            f"{where}:{union.lineno}: {ast.unparse(union)} repeats an option"
                        )
    return found


# The most lines a generated module may have (the runtime's modules, copied as they are,
# excepted): past this, the layout splits call groups per call (`generator.render.layout`).
MAX_MODULE_LINES = 3000


def long_modules(sources: Iterable[Path], limit: int = MAX_MODULE_LINES) -> list[str]:
    """Generated modules (outside `_runtime/`) longer than `limit` lines: too long to read,
    a layout bug."""
    found = []
    for source in sources:
        for path in sorted(source.rglob("*.py")):
            relative = path.relative_to(source)
            if "_runtime" in relative.parts:
                continue
            with path.open(encoding="utf-8") as text:
                lines = sum(1 for _ in text)
            if lines > limit:
                found.append(f"{relative}: {lines} lines, more than {limit}")
    return found


def _union_options(node: ast.expr) -> list[str]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union_options(node.left) + _union_options(node.right)
    return [ast.unparse(node)]


DEV_SETUP = "python3 -m nox -s dev"
# What the checks of the specs and of the generated code need from the `verify` extra.
SPEC_TOOLS = ("jsonschema", "openapi-spec-validator")
CODE_TOOLS = ("mypy",)


def installed(distribution: str) -> bool:
    """Whether this interpreter has the distribution (any version)."""
    try:
        importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def _requirement_name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;(]", requirement.strip(), maxsplit=1)[0]


def generated_requirements(output: Path) -> dict[str, list[str]]:
    """Each generated distribution folder -> what it and its `testing` extra require."""
    needs = {}
    for folder in sorted(path for path in output.iterdir() if (path / "pyproject.toml").is_file()):
        project = tomllib.loads((folder / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        extras = project.get("optional-dependencies", {})
        requirements = [*project.get("dependencies", []), *extras.get("testing", [])]
        needs[folder.name] = [_requirement_name(text) for text in requirements]
    return needs


def _ruff() -> str | None:
    return shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")


def missing_for_specs(is_installed: Callable[[str], bool] = installed) -> list[str]:
    return [
        f"{name} is missing (the verify extra): pip install -e '.[verify]'"
        for name in SPEC_TOOLS
        if not is_installed(name)
    ]


def missing_for_code(
    output: Path,
    is_installed: Callable[[str], bool] = installed,
    ruff: Callable[[], str | None] = _ruff,
) -> list[str]:
    """What ruff and mypy need to check the generated code, each with its install command."""
    problems = [
        f"{name} is missing (the verify extra): pip install -e '.[verify]'"
        for name in CODE_TOOLS
        if not is_installed(name)
    ]
    if ruff() is None:
        problems.append("ruff is missing (a dependency of the generator): pip install -e .")
    for folder, requirements in generated_requirements(output).items():
        absent = [name for name in requirements if not is_installed(name)]
        if absent:
            problems.append(
                f"{', '.join(absent)} missing: mypy needs what generated/{folder} imports: "
                f"pip install -e 'generated/{folder}[testing]'"
            )
    return problems


def verify_all(specs_dir: Path, output: Path) -> int:
    failed = False
    spec_needs = missing_for_specs(installed)
    code_needs = missing_for_code(output, installed) if output.is_dir() else []
    checks: list[tuple[str, list[str], Callable[[], list[str]]]] = [
        ("specs are valid", spec_needs, lambda: check_specs(specs_dir)),
        ("generated/ matches the specs", [], lambda: _drift(output, specs_dir)),
        (
            "generated code is lint-, format- and type-clean",
            code_needs,
            lambda: check_generated(output),
        ),
    ]
    for title, needs, run in checks:
        if needs:
            print(f"SKIP {title}: this environment lacks what the check needs")
            for need in needs:
                print(f"     {need}")
            failed = True
            continue
        problems = run()
        print(f"{'ok  ' if not problems else 'FAIL'} {title}")
        for problem in problems:
            print(f"     {problem}")
        failed = failed or bool(problems)
    if spec_needs or code_needs:
        print(f"(`{DEV_SETUP}` sets up .venv with everything; see the README)")
    return 1 if failed else 0


def _drift(output: Path, specs_dir: Path) -> list[str]:
    """Files out of sync, and how to bring them back."""
    problems = pipeline.drift(output, specs_dir)
    if problems:
        options = "".join(
            f" {option} {path}"
            for option, path, default in (
                ("--output", output, pipeline.GENERATED),
                ("--specs", specs_dir, pipeline.SPECS),
            )
            if path.resolve() != default.resolve()
        )
        problems.append(
            f"to fix: regenerate with `python -m generator generate{options}` (never edit "
            "generated/ by hand: change the spec or a template) and commit the result"
        )
    return problems
