"""What `python -m generator verify` checks, run as part of the suite so CI enforces it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from generator import pipeline, verify


def test_specs_are_valid() -> None:
    assert verify.check_specs(pipeline.SPECS) == []


def test_generated_matches_the_specs() -> None:
    assert pipeline.drift() == [], "run `python -m generator generate` and commit the result"


def test_generated_code_is_lint_format_and_type_clean() -> None:
    assert verify.check_generated(pipeline.GENERATED) == []


def test_a_missing_package_is_named_with_the_command_that_installs_it() -> None:
    problems = verify.missing_for_code(
        pipeline.GENERATED, lambda name: name != "orjson", ruff=lambda: "ruff"
    )
    folders = sorted(path.parent.name for path in pipeline.GENERATED.glob("*/pyproject.toml"))
    assert problems == [
        f"orjson missing: mypy needs what generated/{folder} imports: "
        f"pip install -e 'generated/{folder}[testing]'"
        for folder in folders
    ]
    assert verify.missing_for_code(pipeline.GENERATED, lambda name: True, ruff=lambda: None) == [
        "ruff is missing (a dependency of the generator): pip install -e ."
    ]
    assert verify.missing_for_specs(lambda name: name != "jsonschema") == [
        "jsonschema is missing (the verify extra): pip install -e '.[verify]'"
    ]


def test_verify_skips_what_it_cannot_check_and_says_how_to_set_up(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(verify, "installed", lambda name: name != "mypy")
    monkeypatch.setattr(pipeline, "drift", lambda output, specs: [])
    monkeypatch.setattr(verify, "check_specs", lambda specs: [])
    assert verify.verify_all(pipeline.SPECS, pipeline.GENERATED) == 1
    printed = capsys.readouterr().out.splitlines()
    assert printed == [
        "ok   specs are valid",
        "ok   generated/ matches the specs",
        "SKIP generated code is lint-, format- and type-clean: this environment lacks what "
        "the check needs",
        "     mypy is missing (the verify extra): pip install -e '.[verify]'",
        f"(`{verify.DEV_SETUP}` sets up .venv with everything; see the README)",
    ]


def test_drift_says_how_to_fix_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "drift", lambda output, specs: ["okcoin-v3-api/README.md"])
    problems = verify._drift(pipeline.GENERATED, pipeline.SPECS)
    assert problems[0] == "okcoin-v3-api/README.md"
    assert "python -m generator generate" in problems[1]


def test_the_generator_without_its_dependencies_says_how_to_install_them() -> None:
    script = (
        "import runpy, sys\n"
        "sys.modules['attrs'] = None\n"  # as if never installed
        "runpy.run_module('generator', run_name='__main__')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "generate"],
        capture_output=True,
        text=True,
        cwd=pipeline.ROOT,
        check=False,
    )
    assert result.returncode == 1
    assert "needs attrs" in result.stderr and "pip install -e ." in result.stderr
    assert "nox -s dev" in result.stderr and "Traceback" not in result.stderr
