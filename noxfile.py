"""Sessions for regenerating, verifying, testing and shipping the generated clients.

`nox -s main` is the user's whole job; `nox -s tests` is what CI runs.
"""

from __future__ import annotations

from pathlib import Path

import nox

ROOT = Path(__file__).parent
GENERATED = (
    sorted(path for path in (ROOT / "generated").iterdir() if (path / "pyproject.toml").exists())
    if (ROOT / "generated").exists()
    else []
)

nox.options.sessions = ["main"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = False

PYTHON = "3.11"


def _install_generated(session: nox.Session, extras: str = "testing") -> None:
    """The generated distributions, editable, with their own dependencies."""
    for path in GENERATED:
        session.install("-e", f"{path}[{extras}]")


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Renders every spec into generated/."""
    session.install("-e", ".")
    session.run("python", "-m", "generator", "generate")


@nox.session(python=PYTHON)
def verify(session: nox.Session) -> None:
    """Specs valid, no drift between specs and generated/, generated code lint- and type-clean."""
    session.install("-e", ".[verify]")
    _install_generated(session)
    session.run("python", "-m", "generator", "verify")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff and mypy --strict over the generator itself."""
    session.install("-e", ".[verify,test]")
    session.run("ruff", "check", "generator", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "generator", "tests", "noxfile.py")
    session.run("mypy", "--strict", "generator")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole pytest suite: generator units, spec checks and every client against its
    simulator (and OAuth against an independent authlib server)."""
    session.install("-e", ".[test,verify]")
    _install_generated(session)
    session.run("python", "-m", "pytest", *(session.posargs or ["-q"]))


@nox.session(python=PYTHON)
def main(session: nox.Session) -> None:
    """The main job: regenerate, verify, and run the generated clients against their simulators."""
    session.install("-e", ".[verify]")
    session.run("python", "-m", "generator", "generate")
    _install_generated(session)
    session.run("python", "-m", "generator", "verify")
