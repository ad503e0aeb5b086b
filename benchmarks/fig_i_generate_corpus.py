"""Figure i: generating a client from each third-party OpenAPI document of the corpus
(tests/openapi_corpus/, as published) vs openapi-python-client on the same files.

Each is a whole command in a fresh process, timed from here (wall clock, `perf_counter`):
`python -m generator generate <spec> --output <scratch>` (load, render, `ruff format`, write
one distribution) against `openapi-python-client generate --path <spec> --output-path
<scratch> --overwrite` (its defaults, which also run ruff over what it writes). Both take the
spec as it is; ours reads the metadata file `new` wrote beside it. The commands alternate per
spec, several rounds; medians. A spec the peer refuses is noted, not timed.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.timing import ROOT, Report, Row, Settings

CORPUS = ROOT / "tests" / "openapi_corpus"


def specs() -> list[Path]:
    return sorted(
        path
        for path in CORPUS.iterdir()
        if path.suffix in (".yaml", ".yml", ".json") and not path.name.endswith(".generator.yaml")
    )


def _timed(command: Sequence[str]) -> float | None:
    """Seconds the command took, or None when it failed."""
    started = time.perf_counter()
    done = subprocess.run(list(command), cwd=ROOT, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    return elapsed if done.returncode == 0 else None


def peer_command(spec: Path, output: Path) -> list[str] | None:
    executable = Path(sys.executable).with_name("openapi-python-client")
    if not executable.exists():
        return None
    return [
        str(executable),
        "generate",
        "--path",
        str(spec),
        "--output-path",
        str(output),
        "--overwrite",
    ]


def run(settings: Settings, report: Report) -> None:
    work = settings.work / "openapi-corpus"
    rounds = settings.scaled(3, 1)
    totals = {"ours": 0.0, "peer": 0.0}
    peer_missing = False
    refused: list[str] = []
    both = 0
    for spec in specs():
        ours_command = [
            sys.executable,
            "-m",
            "generator",
            "generate",
            str(spec),
            "--output",
            str(work / "ours"),
        ]
        theirs_command = peer_command(spec, work / "peer" / spec.stem)
        peer_missing = peer_missing or theirs_command is None
        _timed(ours_command)  # warm-up: .pyc files, disk cache
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(rounds):
            shutil.rmtree(work / "ours", ignore_errors=True)
            took = _timed(ours_command)
            if took is None:
                raise RuntimeError(f"python -m generator generate {spec.name} failed")
            ours.append(took)
            if theirs_command is not None:
                took = _timed(theirs_command)
                if took is not None:
                    theirs.append(took)
        ours_median = statistics.median(ours)
        theirs_median = statistics.median(theirs) if theirs else None
        if theirs_command is not None and theirs_median is None:
            refused.append(spec.name)
        if theirs_median is not None:  # the total compares what both generate
            totals["ours"] += ours_median
            totals["peer"] += theirs_median
            both += 1
        report.add(
            Row(
                "i",
                f"generate a client from {spec.name} ({spec.stat().st_size / 1024:.1f} KB)",
                ours_median,
                "openapi-python-client 0.29",
                theirs_median,
            )
        )
    shutil.rmtree(work, ignore_errors=True)
    report.add(
        Row(
            "i",
            f"generate clients from the {both} corpus specs both generate, one process each",
            totals["ours"] if both else None,
            "openapi-python-client 0.29",
            totals["peer"] if both else None,
        )
    )
    report.note(
        "i",
        f"Whole processes, wall clock, medians of {rounds} runs per spec and tool; "
        "the specs are tests/openapi_corpus/ as published.",
    )
    if peer_missing:
        report.note("i", "openapi-python-client is not installed here: no peer figures.")
    if refused:
        report.note(
            "i",
            "openapi-python-client refused (ours generated them): " + ", ".join(refused) + ".",
        )
