"""Figure e: WebSocket round trips against the Binary.com simulator in its own process.

Client processes take turns against one simulator process (started with
`check_replies=False`: checking every reply against the spec took most of its time, and
would hide the clients' differences; requests are still validated): ours
(`BinaryComClient`), python-deriv-api (in its own virtual environment) and a bare
websockets loop (the floor any client meets against this server). Each measures, several
times over:

- sequential pings, one awaited after the other;
- pipelined pings, all in flight at once: ours through `client.pipeline()`, python-deriv-api
  with every ping started at once and gathered, the bare loop with a window of 8; ours also
  from 8 threads sharing one client (`threaded`);
- `ticks_history` with 1000 candles: ours decoded to models (`TicksHistoryResponse`, every
  candle typed and checked), python-deriv-api's dicts (it has no models).

Compression: our client leaves permessage-deflate off unless asked; python-deriv-api's
connections negotiate it. The goal rows compare each client as it comes; two more sets of
rows compare them at equal settings (both without, both with deflate), since compressing a
96 KB reply costs the server about 2 ms.

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
    "pipelined": "ping, pipelined (all in flight)",
    "history": "ticks_history 1000 candles, to models",
}
THREADS = 8


def _commands(settings: Settings, url: str, common: list[str]) -> dict[str, list[str]]:
    assert settings.deriv_python is not None
    deriv = [str(settings.deriv_python), "-I", "benchmarks/_deriv_client.py", url, *common]
    ours = ["_ws_client", url, "--client", "ours", "--threads", str(THREADS), *common]
    return {
        "ours": module_command(*ours),
        "ours deflate": module_command(*ours, "--compression", "deflate"),
        "deriv": deriv,
        "deriv plain": [*deriv, "--compression", "none"],
        "bare": module_command(
            "_ws_client", url, "--client", "bare", "--threads", str(THREADS), *common
        ),
    }


def _measure(
    settings: Settings, server_module: str, clients: tuple[str, ...]
) -> dict[str, dict[str, float]]:
    """Medians per client of every measurement, against one server process."""
    pings = settings.scaled(2000, 500)
    histories = settings.scaled(15, 4)
    repeats = settings.scaled(3, 2)
    rounds = settings.scaled(3, 1)
    common = ["--pings", str(pings), "--histories", str(histories), "--repeats", str(repeats)]
    samples: dict[str, dict[str, list[float]]] = {client: {} for client in clients}
    with server(server_module) as url:
        commands = _commands(settings, url, common)
        for _ in range(rounds):
            for client in clients:
                result: dict[str, Any] = run_json(commands[client])
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
    med = _measure(
        settings, "_binary_server", ("ours", "deriv", "ours deflate", "deriv plain", "bare")
    )
    for name in GOALS:
        report.add(
            Row(
                "e",
                WHAT[name] + " (wall per call; each client's defaults)",
                med["ours"][name],
                "python-deriv-api",
                med["deriv"][name],
                goal=GOALS[name],
            )
        )
    for name in GOALS:
        report.add(
            Row(
                "e",
                WHAT[name] + " (wall per call; both without compression)",
                med["ours"][name],
                "python-deriv-api, connection without compression",
                med["deriv plain"][name],
            )
        )
    for name in GOALS:
        report.add(
            Row(
                "e",
                WHAT[name] + " (wall per call; both with permessage-deflate)",
                med["ours deflate"][name],
                "python-deriv-api",
                med["deriv"][name],
            )
        )
    for name in GOALS:
        report.add(
            Row(
                "e",
                WHAT[name] + " (client CPU per call; each client's defaults)",
                med["ours"][f"{name}_cpu"],
                "python-deriv-api",
                med["deriv"][f"{name}_cpu"],
            )
        )
    report.add(
        Row(
            "e",
            f"ping from {THREADS} threads sharing one client (wall per call)",
            med["ours"]["threaded"],
            "python-deriv-api, pipelined",
            med["deriv"]["pipelined"],
        )
    )
    for name in GOALS:
        report.add(
            Row(
                "e",
                WHAT[name] + " (wall per call)",
                med["ours"][name],
                "bare websockets loop, no compression (the floor against the simulator)",
                med["bare"][name],
            )
        )
    ceiling = {name: med["deriv"][name] / med["bare"][name] for name in GOALS}
    report.note(
        "e",
        "Against the simulator, the best speed-up over python-deriv-api (at its defaults) "
        "that a client without compression could show is python-deriv-api's time over the "
        "bare loop's: "
        + ", ".join(f"{WHAT[name]} {value:.2f}x" for name, value in ceiling.items())
        + ".",
    )
    stub = _measure(settings, "_stub_server", ("ours", "deriv plain", "bare"))
    for name in GOALS:
        report.add(
            Row(
                "e",
                WHAT[name] + " (wall per call), against a stub server that validates nothing",
                stub["ours"][name],
                "python-deriv-api, connection without compression",
                stub["deriv plain"][name],
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
