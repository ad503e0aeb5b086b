"""Sessions for regenerating, verifying, testing and shipping the generated clients.

`nox -s main` is the user's whole job; `nox -s tests` is what CI runs; `nox -s bench` measures
the generated clients against their peers and writes BENCHMARKS.md. `build` and `publish`
are its last steps on their own; `publish` goes to the index named by PUBLISH_URL,
PUBLISH_USER and PUBLISH_PASSWORD (PUBLISH_INDEX_URL to install from), or by default to an
embedded pypiserver serving .work/index/packages (our wheels and their dependencies), which
`nox -s index` serves again: `pip install --index-url http://127.0.0.1:8080/simple/ NAME`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import nox

ROOT = Path(__file__).parent

nox.options.sessions = ["main"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = False

PYTHON = "3.11"


def _generated() -> list[Path]:
    """The distributions in generated/ now (main renders before it looks)."""
    folder = ROOT / "generated"
    if not folder.exists():
        return []
    return sorted(path for path in folder.iterdir() if (path / "pyproject.toml").exists())


def _install_generated(session: nox.Session, extras: str = "testing") -> None:
    """The generated distributions, editable, with their own dependencies."""
    for path in _generated():
        session.install("-e", f"{path}[{extras}]")


@nox.session(venv_backend="none")
def dev(session: nox.Session) -> None:
    """A development environment in .venv: the generator with every extra (tests, verify,
    release) and the generated distributions (editable, with their `testing` extra), so that
    `python -m generator generate|verify` and pytest work from it."""
    if sys.version_info < (3, 11):
        session.error(f"the generator needs Python 3.11 or newer, not {sys.version.split()[0]}")
    target = ROOT / ".venv"
    python = target / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    if not python.exists():
        session.run(sys.executable, "-m", "venv", str(target), external=True)
    editable = [arg for path in _generated() for arg in ("-e", f"{path}[testing]")]
    session.run(
        str(python),
        "-m",
        "pip",
        "install",
        "--quiet",
        "-e",
        f"{ROOT}[test,verify,release]",
        *editable,
        external=True,
    )
    session.log(
        f"ready: activate with `. {target.name}/bin/activate`, then `python -m generator "
        "generate`, `python -m generator verify`, `python -m pytest tests/<dir> -q`"
    )


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
    """The whole pytest suite: generator units, spec checks, every client against its
    simulator (and OAuth against an independent authlib server), spec diffs, reproducible
    builds and a publish-install round trip through a real pypiserver."""
    session.install("-e", ".[test,verify]")
    _install_generated(session)
    session.run("python", "-m", "pytest", *(session.posargs or ["-q"]))


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Reproducible wheels and sdists of every generated distribution into dist/."""
    session.install("-e", ".[release]")
    session.run("python", "-m", "generator", "build", *session.posargs)


@nox.session(python=PYTHON)
def publish(session: nox.Session) -> None:
    """Builds, uploads (PUBLISH_URL or the embedded index), installs and smoke-tests."""
    session.install("-e", ".[release]")
    session.run("python", "-m", "generator", "build")
    session.run("python", "-m", "generator", "publish", *session.posargs)


@nox.session(python=PYTHON)
def index(session: nox.Session) -> None:
    """Serves .work/index/packages on http://127.0.0.1:8080/simple/ until Ctrl-C."""
    session.install("-e", ".[release]")
    session.run("python", "-m", "generator", "serve-index", *session.posargs)


@nox.session(python=PYTHON)
def main(session: nox.Session) -> None:
    """The main job: regenerate, verify, build, publish, install from the index and call
    every client's simulator; ends with a summary table and how to install."""
    started = time.monotonic()
    steps = ["regenerate", "verify", "build", "publish, install and smoke-test"]

    def step(number: int) -> None:
        elapsed = time.monotonic() - started
        session.log(f"[{number}/{len(steps)}] {steps[number - 1]} (at {elapsed:.0f}s)")

    session.install("-e", ".[verify,release]")
    step(1)
    session.run("python", "-m", "generator", "generate")
    step(2)
    _install_generated(session)
    session.run("python", "-m", "generator", "verify")
    step(3)
    session.run("python", "-m", "generator", "build")
    step(4)
    session.run("python", "-m", "generator", "publish")
    session.log(f"done in {time.monotonic() - started:.0f}s")


# The peers the benchmarks measure against; python-deriv-api pins an old websockets, so it
# gets a virtual environment of its own next to the session's.
BENCH_PEERS = (
    "datamodel-code-generator>=0.89,<0.90",
    "pydantic>=2.10,<3",
    "msgspec>=0.19",
    "orjson>=3.9",
    "requests>=2.31",
    "urllib3>=2.0,<3",
    "websockets>=13.0",
    "jsonschema>=4.18,<5",
    "cattrs>=23.2",
    "openapi-python-client>=0.29,<0.30",
)
DERIV_PEER = "python-deriv-api==0.1.6"


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Speed against peers, figures a-g: decode, encode, regeneration, cold import,
    WebSocket round trips, REST overhead, memory. Prints one table and writes BENCHMARKS.md;
    `nox -s bench -- --quick` runs fewer iterations."""
    session.install("-e", ".", *BENCH_PEERS)
    _install_generated(session)
    deriv = Path(session.virtualenv.location).with_name("bench-deriv")
    deriv_python = deriv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    if not deriv_python.exists():
        session.run("python", "-m", "venv", str(deriv))
    session.run(str(deriv_python), "-m", "pip", "install", "--quiet", DERIV_PEER, external=True)
    session.run(
        "python",
        "-m",
        "benchmarks",
        "--deriv-python",
        str(deriv_python),
        "--output",
        str(ROOT / "BENCHMARKS.md"),
        *session.posargs,
    )
