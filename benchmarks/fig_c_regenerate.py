"""Figure c: regenerating all three distributions vs datamodel-code-generator on the 268
Binary.com schemas alone.

Each is a whole command in a fresh process, timed from here (wall clock, `perf_counter`):
`python -m generator generate --output <scratch>` (load every spec, render, `ruff format`,
write), against `datamodel-codegen` writing pydantic v2 models for the send and receive
schema of every call, once at its default formatting (black and isort) and once at its
fastest (`--formatters builtin`). The commands run in turn, several rounds; medians.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence

from benchmarks import peers
from benchmarks.timing import ROOT, Goal, Report, Row, Settings

REGENERATE_GOAL = Goal(
    "regenerating all three <= 0.33x datamodel-code-generator (fastest) on Binary.com", 0.33
)


def _timed(command: Sequence[str]) -> float:
    started = time.perf_counter()
    subprocess.run(list(command), cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def run(settings: Settings, report: Report) -> None:
    work = settings.work / "regenerate"
    schemas = work / "schemas"
    count = peers.export_schemas(schemas)
    commands = {
        "ours": [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--output",
            str(work / "ours"),
        ],
        "builtin": peers.codegen_command(
            schemas, work / "dmcg-builtin", peers.PYDANTIC, ["builtin"]
        ),
        "default": peers.codegen_command(schemas, work / "dmcg-default", peers.PYDANTIC, None),
    }
    rounds = settings.scaled(5, 2)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # warm-up: caches, .pyc files
        _timed(command)
    for index in range(rounds):
        for name, command in commands.items():
            if name == "default" and index >= max(1, rounds - 2):
                continue  # the slowest one: fewer rounds
            samples[name].append(_timed(command))
    shutil.rmtree(work, ignore_errors=True)
    medians = {name: statistics.median(values) for name, values in samples.items()}
    report.add(
        Row(
            "c",
            "regenerate all 3 distributions (specs -> formatted files)",
            medians["ours"],
            f"datamodel-codegen `--formatters builtin`, {count} schemas",
            medians["builtin"],
            goal=REGENERATE_GOAL,
        )
    )
    report.add(
        Row(
            "c",
            "regenerate all 3 distributions (specs -> formatted files)",
            medians["ours"],
            f"datamodel-codegen default (black, isort), {count} schemas",
            medians["default"],
        )
    )
    report.note(
        "c",
        "Whole processes, wall clock, medians of "
        + ", ".join(f"{len(values)} runs ({name})" for name, values in samples.items())
        + ".",
    )
