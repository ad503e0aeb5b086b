"""Figure e: WebSocket round trips against the Binary.com simulator in its own process.

Three client processes take turns against one simulator process: ours (`BinaryComClient`),
python-deriv-api (in its own virtual environment) and a bare websockets loop (the floor any
client meets against this server). Each measures, several times over:

- sequential pings, one awaited after the other;
- pipelined pings, many in flight: ours from 8 threads sharing one client, python-deriv-api
  with every ping started at once and gathered, the bare loop with a window of 8;
- `ticks_history` with 1000 candles: ours decoded to models (`TicksHistoryResponse`, every
  candle typed and checked), python-deriv-api's dicts (it has no models).

Besides the wall time per call, each process reports its own CPU time per call: what the
client itself costs, whatever the server takes.
"""

from __future__ import annotations

import statistics
from typing import Any

from benchmarks.timing import Goal, Report, Row, Settings, module_command, run_json, server

GOALS = {
    "sequential": Goal("WebSocket sequential >= 2.0x python-deriv-api", 0.5),
    "pipelined": Goal("WebSocket pipelined >= 3.0x python-deriv-api", 1 / 3),
    "history": Goal("ticks_history (1000 candles) >= 2.0x python-deriv-api", 0.5),
}
WHAT = {
    "sequential": "ping, sequential",
    "pipelined": "ping, pipelined (many in flight)",
    "history": "ticks_history 1000 candles, to models",
}
THREADS = 8


def _measure(settings: Settings, server_module: str) -> dict[str, dict[str, float]]:
    """Medians per client ("ours", "deriv", "bare") of every measurement, against one
    server process."""
    assert settings.deriv_python is not None
    pings = settings.scaled(2000, 500)
    histories = settings.scaled(15, 4)
    repeats = settings.scaled(3, 2)
    rounds = settings.scaled(3, 1)
    common = ["--pings", str(pings), "--histories", str(histories), "--repeats", str(repeats)]
    samples: dict[str, dict[str, list[float]]] = {"ours": {}, "deriv": {}, "bare": {}}
    with server(server_module) as url:
        for _ in range(rounds):
            runs: dict[str, Any] = {
                "ours": run_json(
                    module_command(
                        "_ws_client", url, "--client", "ours", "--threads", str(THREADS), *common
                    )
                ),
                "deriv": run_json(
                    [str(settings.deriv_python), "-I", "benchmarks/_deriv_client.py", url, *common]
                ),
                "bare": run_json(
                    module_command(
                        "_ws_client", url, "--client", "bare", "--threads", str(THREADS), *common
                    )
                ),
            }
            for client, result in runs.items():
                for key, values in result.items():
                    samples[client].setdefault(key, []).extend(values)
    return {
        client: {key: statistics.median(values) for key, values in found.items()}
        for client, found in samples.items()
    }


def run(settings: Settings, report: Report) -> None:
    if settings.deriv_python is None:
        report.note("e", "python-deriv-api's environment was not given: figure e skipped.")
        return
    med = _measure(settings, "_binary_server")
    for name in ("sequential", "pipelined", "history"):
        report.add(
            Row(
                "e",
                WHAT[name] + " (wall per call)",
                med["ours"][name],
                "python-deriv-api",
                med["deriv"][name],
                goal=GOALS[name],
            )
        )
    for name in ("sequential", "pipelined", "history"):
        report.add(
            Row(
                "e",
                WHAT[name] + " (client CPU per call)",
                med["ours"][f"{name}_cpu"],
                "python-deriv-api",
                med["deriv"][f"{name}_cpu"],
            )
        )
    for name in ("sequential", "pipelined", "history"):
        report.add(
            Row(
                "e",
                WHAT[name] + " (wall per call)",
                med["ours"][name],
                "bare websockets loop (the floor against the simulator)",
                med["bare"][name],
            )
        )
    ceiling = {name: med["deriv"][name] / med["bare"][name] for name in GOALS}
    report.note(
        "e",
        "Against the simulator, the best speed-up over python-deriv-api that any client could "
        "show is python-deriv-api's time over the bare loop's: "
        + ", ".join(f"{WHAT[name]} {value:.2f}x" for name, value in ceiling.items())
        + ".",
    )
    stub = _measure(settings, "_stub_server")
    for name in ("sequential", "pipelined", "history"):
        report.add(
            Row(
                "e",
                WHAT[name] + " (wall per call), against a stub server that validates nothing",
                stub["ours"][name],
                "python-deriv-api",
                stub["deriv"][name],
            )
        )
    report.note(
        "e",
        f"Each client made {settings.scaled(3, 1)} rounds x {settings.scaled(3, 2)} repeats of "
        f"{settings.scaled(2000, 500)} pings and {settings.scaled(15, 4)} ticks_history calls "
        "against each server. The stub (`benchmarks/_stub_server.py`) answers the same pings "
        "and the same 1000-candle reply without validating anything: bare loop there "
        + ", ".join(f"{WHAT[name]} {_short(stub['bare'][name])}" for name in GOALS)
        + ".",
    )


def _short(seconds: float) -> str:
    return f"{seconds * 1e3:.2f} ms" if seconds >= 1e-3 else f"{seconds * 1e6:.0f} µs"
