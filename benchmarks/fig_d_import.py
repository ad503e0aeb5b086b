"""Figure d: cold import of each generated package in a fresh interpreter vs python-deriv-api.

Two measures, each the median of several fresh processes run in turn: the package's own
cumulative time from `python -X importtime -c "import <pkg>"` (what the ratio uses: it
leaves out interpreter start-up, which both pay alike), and the process's wall time less
that of `python -c pass` in the same environment. Bytecode is compiled first on both sides
(pip does it for python-deriv-api on install; ours run from the source tree), so neither
pays for compiling. One more row shows what the first call of the Binary.com client loads
on top (models and decoders), against the same import of python-deriv-api.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import time

from benchmarks.timing import ROOT, Goal, Report, Row, Settings

IMPORT_GOAL = Goal("`import binary_com_api` <= 0.6x `import deriv_api`", 0.6)
PACKAGES = ("binary_com_api", "okcoin_v3_api", "binance_oauth_api")
FIRST_USE = "binary_com_api._calls"  # what the client's first call imports
_LINE = re.compile(r"import time:\s+\d+\s+\|\s+(\d+)\s+\|\s*(\S+)\s*$")


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPATH", None)
    return env


def _importtime(python: str, module: str) -> float:
    """Seconds `module` took, as `-X importtime` reports it (cumulative)."""
    result = subprocess.run(
        [python, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
        env=_environment(),
        cwd="/",
    )
    for line in reversed(result.stderr.splitlines()):
        match = _LINE.match(line)
        if match and match.group(2) == module:
            return int(match.group(1)) / 1e6
    raise RuntimeError(f"no importtime line for {module}")


def _wall(python: str, code: str) -> float:
    started = time.perf_counter()
    subprocess.run([python, "-c", code], check=True, env=_environment(), cwd="/")
    return time.perf_counter() - started


def compile_ours(python: str) -> None:
    """Bytecode for the generated packages, as an installed wheel would have."""
    for folder in (ROOT / "generated").glob("*/src"):
        subprocess.run(
            [python, "-m", "compileall", "-q", str(folder)],
            check=True,
            env=_environment(),
            capture_output=True,
        )


def compile_theirs(python: str) -> None:
    """Bytecode for everything in python-deriv-api's environment (pip compiles on install;
    this makes sure)."""
    subprocess.run(
        [python, "-m", "compileall", "-q", "-x", "test", *_site_packages(python)],
        check=False,
        env=_environment(),
        capture_output=True,
    )


def run(settings: Settings, report: Report) -> None:
    if settings.deriv_python is None:
        report.note("d", "python-deriv-api's environment was not given: figure d skipped.")
        return
    ours = settings.python
    deriv = str(settings.deriv_python)
    compile_ours(ours)
    compile_theirs(deriv)
    targets = [(ours, name) for name in (*PACKAGES, FIRST_USE)] + [(deriv, "deriv_api")]
    rounds = settings.scaled(15, 5)
    imports: dict[str, list[float]] = {name: [] for _, name in targets}
    walls: dict[str, list[float]] = {name: [] for _, name in targets}
    bases: dict[str, list[float]] = {ours: [], deriv: []}
    for _ in range(rounds):
        for python, name in targets:
            imports[name].append(_importtime(python, name))
            walls[name].append(_wall(python, f"import {name}"))
        for python in (ours, deriv):
            bases[python].append(_wall(python, "pass"))
    base = {python: statistics.median(values) for python, values in bases.items()}
    med = {name: statistics.median(values) for name, values in imports.items()}
    wall = {
        name: statistics.median(values) - base[deriv if name == "deriv_api" else ours]
        for name, values in walls.items()
    }
    for name in PACKAGES:
        report.add(
            Row(
                "d",
                f"cold `import {name}` (-X importtime)",
                med[name],
                "`import deriv_api`",
                med["deriv_api"],
                goal=IMPORT_GOAL if name == "binary_com_api" else None,
            )
        )
    report.add(
        Row(
            "d",
            "cold `import binary_com_api` (process wall time less `python -c pass`)",
            wall["binary_com_api"],
            "`import deriv_api`",
            wall["deriv_api"],
        )
    )
    report.add(
        Row(
            "d",
            "first call's imports: models, decoders, calls table (`binary_com_api._calls`)",
            med[FIRST_USE],
            "`import deriv_api`",
            med["deriv_api"],
        )
    )
    report.note(
        "d",
        f"Medians of {rounds} fresh processes each; interpreter start-up (`python -c pass`): "
        f"{base[ours] * 1000:.0f} ms ours, {base[deriv] * 1000:.0f} ms python-deriv-api's "
        "environment.",
    )


def _site_packages(python: str) -> list[str]:
    result = subprocess.run(
        [python, "-c", "import site; print('\\n'.join(site.getsitepackages()))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in result.stdout.splitlines() if line.strip()]
