"""Figure g: resident size of a client process after 1,000 and after 100,000 WebSocket calls
(sequential pings against the simulator in its own process; `--quick`: 1,000 and 20,000).

The growth between the two readings is what a long-lived client leaks per call; ours must
stay flat (under 5 MB). python-deriv-api is measured the same way, for comparison.
"""

from __future__ import annotations

from benchmarks.timing import Goal, Report, Row, Settings, module_command, run_json, server

MEMORY_GOAL = Goal("memory flat: growth from 1,000 to 100,000 calls < 5 MB", 5.0, kind="value")
MB = 1024 * 1024


def run(settings: Settings, report: Report) -> None:
    last = settings.scaled(100_000, 20_000)
    marks = f"1000,{last}"
    with server("_binary_server") as url:
        ours = run_json(module_command("_ws_client", url, "--client", "ours", "--memory", marks))
    report.add(
        Row(
            "g",
            f"RSS growth, 1,000 -> {last:,} pings (MB)",
            (ours["rss"][1] - ours["rss"][0]) / MB,
            "",
            None,
            unit="MB",
            goal=MEMORY_GOAL,
            note=f"ours: {ours['rss'][0] / MB:.1f} MB -> {ours['rss'][1] / MB:.1f} MB",
        )
    )
    if settings.deriv_python is None:
        return
    with server("_binary_server") as url:
        deriv = run_json(
            [
                str(settings.deriv_python),
                "-I",
                "benchmarks/_deriv_client.py",
                url,
                "--memory",
                marks,
            ]
        )
    report.add(
        Row(
            "g",
            f"RSS growth, 1,000 -> {last:,} pings (MB)",
            (ours["rss"][1] - ours["rss"][0]) / MB,
            "python-deriv-api",
            (deriv["rss"][1] - deriv["rss"][0]) / MB,
            unit="MB",
            note=f"python-deriv-api: {deriv['rss'][0] / MB:.1f} MB -> "
            f"{deriv['rss'][1] / MB:.1f} MB",
        )
    )
