"""Runs the figures, prints one table and writes BENCHMARKS.md.

`python -m benchmarks [--quick] [--only abcdefg] [--output BENCHMARKS.md]
[--deriv-python PATH]`; `nox -s bench` sets up the environments and calls this. A figure
that fails is reported in the table's notes and makes the exit status 1; the others still
run. The hand-written analysis between the `analysis` markers of an existing BENCHMARKS.md
is kept as it is.
"""

from __future__ import annotations

import argparse
import compileall
import datetime
import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.timing import ROOT, Report, Row, Settings

ANALYSIS_START = "<!-- analysis:start -->"
ANALYSIS_END = "<!-- analysis:end -->"
OUR_PACKAGES = ("api-client-generator", "binary-com-api", "okcoin-v3-api", "binance-oauth-api")
PEER_PACKAGES = (
    "datamodel-code-generator",
    "pydantic",
    "pydantic-core",
    "msgspec",
    "orjson",
    "attrs",
    "cattrs",
    "requests",
    "urllib3",
    "websockets",
    "jsonschema",
)
DERIV_PACKAGES = ("python-deriv-api", "websockets", "reactivex")
FIGURES = "abcdefghi"
PEER_PACKAGES += ("openapi-python-client",)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer iterations, a short run")
    parser.add_argument("--only", default=FIGURES, help="figures to run, e.g. 'ab' (default all)")
    parser.add_argument("--output", type=Path, help="where to write the Markdown report")
    parser.add_argument("--deriv-python", type=Path, help="python of python-deriv-api's venv")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    args = parser.parse_args(argv)
    _prepare_bytecode()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-"))
    settings = Settings(quick=args.quick, work=work, deriv_python=args.deriv_python)
    report = Report()
    failures: list[str] = []
    profile_lines: list[str] = []
    started = time.monotonic()
    try:
        failures = _run_figures(settings, set(args.only), report, profile_lines)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    elapsed = time.monotonic() - started
    table = render_table(report.rows)
    print()
    print("\n".join(table))
    for figure, notes in sorted(report.notes.items()):
        for note in notes:
            print(f"  ({figure}) {note}")
    for failure in failures:
        print(f"FAILED: {failure}", file=sys.stderr)
    if args.output is not None:
        text = render_markdown(settings, report, table, profile_lines, failures, elapsed, args)
        previous = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        args.output.write_text(_keep_analysis(text, previous), encoding="utf-8")
        print(f"\nwrote {args.output}")
    return 1 if failures else 0


def _prepare_bytecode() -> None:
    """Helper processes write and use .pyc files, as an installed package has them (this
    environment may set PYTHONDONTWRITEBYTECODE, which would make every fresh process
    compile our sources again)."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    for folder in (ROOT / "generator", ROOT / "benchmarks", *ROOT.glob("generated/*/src")):
        compileall.compile_dir(str(folder), quiet=1)


def _run_figures(
    settings: Settings, only: set[str], report: Report, profile_lines: list[str]
) -> list[str]:
    from benchmarks import (
        fig_a_decode,
        fig_b_encode,
        fig_c_regenerate,
        fig_d_import,
        fig_e_websocket,
        fig_f_rest,
        fig_g_memory,
        fig_h_first_call,
        fig_i_generate_corpus,
        profiling,
    )

    failures: list[str] = []

    def attempt(name: str, action: Callable[[], None]) -> None:
        print(f"[bench] {name} ...", flush=True)
        started = time.monotonic()
        try:
            action()
        except Exception as error:
            traceback.print_exc()
            failures.append(f"{name}: {type(error).__name__}: {error}")
            report.note(name[0], f"FAILED: {type(error).__name__}: {error}")
        print(f"[bench] {name} done in {time.monotonic() - started:.0f} s", flush=True)

    if only & set("ab"):
        setup = None

        def prepare() -> None:
            nonlocal setup
            from benchmarks import variants

            setup = variants.prepare(settings.work)

        attempt("a/b: corpus, peer models and round trips", prepare)
        if setup is not None:
            ready = setup
            if "a" in only:
                attempt("a: decode", lambda: fig_a_decode.run(settings, ready, report))
            if "b" in only:
                attempt("b: encode", lambda: fig_b_encode.run(settings, ready, report))
            attempt("a: profile", lambda: profile_lines.extend(profiling.section(settings, ready)))
    steps: dict[str, tuple[str, Callable[[], None]]] = {
        "c": ("c: regeneration", lambda: fig_c_regenerate.run(settings, report)),
        "d": ("d: cold import", lambda: fig_d_import.run(settings, report)),
        "e": ("e: WebSocket round trips", lambda: fig_e_websocket.run(settings, report)),
        "f": ("f: REST overhead", lambda: fig_f_rest.run(settings, report)),
        "g": ("g: memory", lambda: fig_g_memory.run(settings, report)),
        "h": ("h: first call", lambda: fig_h_first_call.run(settings, report)),
        "i": ("i: OpenAPI corpus", lambda: fig_i_generate_corpus.run(settings, report)),
    }
    for letter, (name, action) in steps.items():
        if letter in only:
            attempt(name, action)
    return failures


# -- the table --------------------------------------------------------------------------------


def _quantity(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "MB":
        return f"{value:.2f} MB"
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:.2f} ms"
    return f"{value * 1e6:.1f} µs"


def render_table(rows: list[Row]) -> list[str]:
    lines = [
        "| fig | measurement | ours | peer | peer's | ours/peer | speed-up | goal | holds |",
        "|---|---|---:|---|---:|---:|---:|---|---|",
    ]
    for row in rows:
        ratio = row.ratio if row.unit != "MB" else None  # memory: the growth is the figure
        speed = f"{1 / ratio:.2f}x" if ratio else "-"
        goal = ""
        if row.goal is not None:
            limit = (
                f"< {row.goal.limit:g} MB"
                if row.goal.kind == "value"
                else f"ours/peer <= {row.goal.limit:.3g}"
            )
            goal = f"{row.goal.text} ({limit})"
        holds = {None: "", True: "yes", False: "**no**"}[row.holds]
        what = row.what + (f"; {row.note}" if row.note else "")
        lines.append(
            f"| {row.figure} | {what} | {_quantity(row.ours, row.unit)} | {row.peer or '-'} | "
            f"{_quantity(row.theirs, row.unit)} | {f'{ratio:.3f}' if ratio else '-'} | {speed} | "
            f"{goal} | {holds} |"
        )
    return lines


# -- BENCHMARKS.md ----------------------------------------------------------------------------


def _versions(names: Sequence[str]) -> list[str]:
    found = []
    for name in names:
        try:
            found.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return found


def _deriv_versions(python: Path | None) -> list[str]:
    if python is None:
        return []
    code = (
        "import importlib.metadata as m, platform\n"
        f"for n in {list(DERIV_PACKAGES)!r}: print(n, m.version(n))\n"
        "print('Python', platform.python_version())"
    )
    result = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=False)
    return [line for line in result.stdout.splitlines() if line.strip()]


def _machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal"):
                memory = f", {int(line.split()[1]) / 1024 / 1024:.0f} GiB memory"
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}"


def render_markdown(
    settings: Settings,
    report: Report,
    table: list[str],
    profile_lines: list[str],
    failures: list[str],
    elapsed: float,
    args: argparse.Namespace,
) -> str:
    goals = [row for row in report.rows if row.goal is not None]
    held = [row for row in goals if row.holds]
    command = "nox -s bench" + (" -- --quick" if settings.quick else "")
    if args.only != FIGURES:
        command += (" -- " if not settings.quick else " ") + f"--only {args.only}"
    lines = [
        "# Benchmarks",
        "",
        "Written by `nox -s bench` (`nox -s bench -- --quick` for a short run): the generated",
        "clients against their peers, every figure a ratio of two measurements taken in the same",
        "run (this machine is shared and noisy: absolute times move between runs, ratios hold).",
        "How each figure is measured is in the docstring of its module in `benchmarks/`.",
        "",
        f"- run: {datetime.date.today().isoformat()}, `{command}`"
        f"{' (quick: fewer iterations)' if settings.quick else ''}, {elapsed / 60:.1f} min",
        f"- machine: {_machine()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        f"- ours: {', '.join(_versions(OUR_PACKAGES))}",
        f"- peers: {', '.join(_versions(PEER_PACKAGES))}",
    ]
    deriv = _deriv_versions(settings.deriv_python)
    if deriv:
        lines.append(f"- python-deriv-api's own environment: {', '.join(deriv)}")
    lines += [
        "",
        f"Goals: {len(held)} of {len(goals)} hold in this run.",
        "",
        "## Results",
        "",
        *table,
        "",
    ]
    if failures:
        lines += ["Figures that failed in this run:", "", *(f"- {f}" for f in failures), ""]
    names = {
        "a": "a. decode",
        "b": "b. encode",
        "c": "c. regeneration",
        "d": "d. cold import",
        "e": "e. WebSocket",
        "f": "f. REST",
        "g": "g. memory",
        "h": "h. first call",
    }
    if report.notes:
        lines += ["## Notes on this run", ""]
        for figure, notes in sorted(report.notes.items()):
            for note in notes:
                lines.append(f"- **{names.get(figure, figure)}**: {note}")
        lines.append("")
    if profile_lines:
        lines += [*profile_lines, ""]
    lines += [ANALYSIS_START, ANALYSIS_END, ""]
    return "\n".join(lines)


def _keep_analysis(text: str, previous: str) -> str:
    """`text` with the analysis block of `previous` (markers included), if it has one."""
    if ANALYSIS_START not in previous or ANALYSIS_END not in previous:
        return text
    end = previous.index(ANALYSIS_END) + len(ANALYSIS_END)
    kept = previous[previous.index(ANALYSIS_START) : end]
    return text.replace(f"{ANALYSIS_START}\n{ANALYSIS_END}", kept, 1)
