"""What every figure shares: the settings of a run, result rows, in-process timing and the
helper processes (servers, clients in other virtual environments).

Times are taken inside the measuring process with `time.perf_counter` over many iterations;
each figure is the median of several repeats, and competing variants are timed in turn
(A B C, A B C, ...) so that a slow stretch of a noisy machine hits them all alike.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent


@dataclass
class Settings:
    """One run's choices: how long to measure and where the peers live."""

    quick: bool
    work: Path
    deriv_python: Path | None
    python: str = sys.executable

    @property
    def repeats(self) -> int:
        return 7 if self.quick else 15

    @property
    def target(self) -> float:
        """Seconds one repeat of an in-process measurement should last."""
        return 0.04 if self.quick else 0.1

    def scaled(self, full: int, quick: int) -> int:
        return quick if self.quick else full


@dataclass(frozen=True)
class Goal:
    """A goal of the issue: `ours / peer <= limit` (kind "ratio") or `ours < limit` ("value")."""

    text: str
    limit: float
    kind: str = "ratio"


@dataclass
class Row:
    """One line of the table: our figure, the peer's, their ratio and the goal, if any."""

    figure: str
    what: str
    ours: float | None
    peer: str
    theirs: float | None
    unit: str = "s"
    goal: Goal | None = None
    note: str = ""
    paired: float | None = None  # the median of per-repeat ratios, when timed in pairs

    @property
    def ratio(self) -> float | None:
        if self.paired is not None:
            return self.paired
        if self.ours is None or not self.theirs:
            return None
        return self.ours / self.theirs

    @property
    def holds(self) -> bool | None:
        if self.goal is None:
            return None
        if self.goal.kind == "value":
            return None if self.ours is None else self.ours < self.goal.limit
        ratio = self.ratio
        return None if ratio is None else ratio <= self.goal.limit


@dataclass
class Report:
    """Rows in table order, plus free-form notes a figure wants in BENCHMARKS.md."""

    rows: list[Row] = field(default_factory=list)
    notes: dict[str, list[str]] = field(default_factory=dict)

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        return row

    def note(self, figure: str, text: str) -> None:
        self.notes.setdefault(figure, []).append(text)


# -- in-process timing ------------------------------------------------------------------------


def calibrate(fn: Callable[[], object], target: float) -> int:
    """How many calls of `fn` take about `target` seconds (at least 1)."""
    number = 1
    while True:
        started = time.perf_counter()
        for _ in range(number):
            fn()
        elapsed = time.perf_counter() - started
        if elapsed >= target / 4 or number >= 1 << 20:
            return max(1, int(number * target / max(elapsed, 1e-9)))
        number *= 4


def _once(fn: Callable[[], object], number: int) -> float:
    gc.collect()
    started = time.perf_counter()
    for _ in range(number):
        fn()
    return (time.perf_counter() - started) / number


def sample(
    variants: Mapping[str, Callable[[], object]], settings: Settings
) -> dict[str, list[float]]:
    """Seconds per call of each variant in every repeat, the variants timed in turn.

    Every variant makes the same number of calls per repeat (enough for the fastest to run
    `settings.target` seconds): the collector's full collections are set off by how many
    objects survive since the last one, so a variant making more calls than its rival
    would cross that threshold alone and carry a cost the other never shows.
    """
    number = max(_calibrated(fn, settings.target) for fn in variants.values())
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(settings.repeats):
        for name, fn in variants.items():
            samples[name].append(_once(fn, number))
    return samples


def _calibrated(fn: Callable[[], object], target: float) -> int:
    gc.collect()
    return calibrate(fn, target)


def compare(variants: Mapping[str, Callable[[], object]], settings: Settings) -> dict[str, float]:
    """Median seconds per call of each variant, timed in turn within every repeat."""
    return {name: statistics.median(values) for name, values in sample(variants, settings).items()}


def paired(
    ours: Callable[[], object], theirs: Callable[[], object], settings: Settings
) -> tuple[float, float, float]:
    """(ours, theirs, ratio): median seconds per call of each, and the median of the
    ratios of the two measurements taken side by side in each repeat."""
    samples = sample({"ours": ours, "theirs": theirs}, settings)
    ratios = [a / b for a, b in zip(samples["ours"], samples["theirs"], strict=True)]
    return (
        statistics.median(samples["ours"]),
        statistics.median(samples["theirs"]),
        statistics.median(ratios),
    )


# -- processes --------------------------------------------------------------------------------


def module_command(module: str, *args: str, python: str | None = None) -> list[str]:
    return [python or sys.executable, "-m", f"benchmarks.{module}", *args]


def run_json(
    command: Sequence[str], *, env: Mapping[str, str] | None = None, timeout: float = 900
) -> Any:
    """Runs a helper process and returns the JSON object it prints on its last line."""
    result = subprocess.run(
        list(command),
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if result.returncode != 0 or not lines:
        raise RuntimeError(
            f"{' '.join(command[:4])} failed ({result.returncode}):\n{result.stderr[-3000:]}"
        )
    return json.loads(lines[-1])


@contextlib.contextmanager
def server(module: str, *args: str) -> Iterator[str]:
    """Starts `benchmarks.<module>` in its own process; it prints its URL on the first line
    and serves until its standard input closes."""
    process = subprocess.Popen(
        module_command(module, *args),
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        if not url:
            raise RuntimeError(f"the {module} server did not start")
        yield url
    finally:
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def serve_until_stdin_closes(url: str, stop: Callable[[], None]) -> None:
    """The end of a server helper: prints the URL, then waits for the parent to let go."""
    print(url, flush=True)
    try:
        sys.stdin.read()
    finally:
        stop()


def print_json(value: Any) -> None:
    print(json.dumps(value), flush=True)
