"""Figure f: REST request overhead against the Okcoin simulator in its own process.

One client process (`_rest_client`) makes the same signed `GET /api/spot/v3/accounts/BTC`
four ways, taking turns: ours, bare urllib3, the requests-based way of the official Okcoin
v3 SDK (`requests.get` per call) and a `requests.Session`. Seconds per call, wall clock,
medians over repeats and rounds; the server's own time is in every figure alike.
"""

from __future__ import annotations

import statistics

from benchmarks.timing import Goal, Report, Row, Settings, module_command, run_json, server

PEERS = {
    "urllib3": (
        "bare urllib3 (signed inline, orjson)",
        Goal("REST overhead <= 1.15x bare urllib3", 1.15),
    ),
    "requests_sdk": (
        "requests.get per call (the Okcoin SDK's way)",
        Goal("REST >= 1.5x faster than the requests-based SDK way", 1 / 1.5),
    ),
    "requests_session": ("requests.Session", None),
}


def run(settings: Settings, report: Report) -> None:
    calls = settings.scaled(1000, 300)
    repeats = settings.scaled(3, 2)
    rounds = settings.scaled(3, 1)
    samples: dict[str, list[float]] = {}
    with server("_okcoin_server") as url:
        for _ in range(rounds):
            result = run_json(
                module_command(
                    "_rest_client", url, "--calls", str(calls), "--repeats", str(repeats)
                )
            )
            for name, values in result.items():
                samples.setdefault(name, []).extend(values)
    med = {name: statistics.median(values) for name, values in samples.items()}
    for name, (label, goal) in PEERS.items():
        report.add(
            Row(
                "f",
                "signed GET /api/spot/v3/accounts/BTC, typed (wall per call)",
                med["ours"],
                label,
                med[name],
                goal=goal,
            )
        )
    report.note(
        "f",
        f"{rounds} rounds x {repeats} repeats of {calls} calls per way, in one client process.",
    )
