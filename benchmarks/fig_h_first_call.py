"""Figure h: the first call of a fresh process, ours vs python-deriv-api, same simulator.

Each sample is a new process that imports the client, connects to the Binary.com simulator
(one process of its own for the whole figure, as in figure e) and makes one call: `ping`,
`ticks_history` (1000 candles, decoded to models on our side) or `proposal`. The time runs
from the first statement of the client script (`_first_call.py`, `_deriv_first_call.py`) to
the answer, so interpreter start-up, which each environment pays alike for any program, is
left out; both sides run from compiled bytecode. The processes take turns (ours, theirs, per
call) and each figure is the median of several rounds. The CPU time of the client process
(all its threads) over the same span is reported too: on a loaded machine the wall time
also measures how long the process waited for a core.

What it shows: our client imports its transport, and on the first call only the models,
decoders and call entry of that call's own module (`_models/`, `_codecs/`,
`_call_entries/`), not the whole API's.
"""

from __future__ import annotations

import statistics

from benchmarks.fig_d_import import compile_ours, compile_theirs
from benchmarks.timing import HERE, Goal, Report, Row, Settings, run_json, server

CALLS = ("ping", "ticks_history", "proposal")
GOAL = Goal("first `ping` in a fresh process <= 0.6x python-deriv-api", 0.6)
WHAT = {
    "ping": "first `ping` in a fresh process (import, connect, answer)",
    "ticks_history": "first `ticks_history` (1000 candles) in a fresh process",
    "proposal": "first `proposal` in a fresh process",
}


def run(settings: Settings, report: Report) -> None:
    if settings.deriv_python is None:
        report.note("h", "python-deriv-api's environment was not given: figure h skipped.")
        return
    ours_python, deriv_python = settings.python, str(settings.deriv_python)
    compile_ours(ours_python)
    compile_theirs(deriv_python)
    rounds = settings.scaled(11, 4)
    ours: dict[str, list[float]] = {call: [] for call in CALLS}
    theirs: dict[str, list[float]] = {call: [] for call in CALLS}
    ours_cpu: dict[str, list[float]] = {call: [] for call in CALLS}
    theirs_cpu: dict[str, list[float]] = {call: [] for call in CALLS}
    modules: dict[str, list[int]] = {"ours": [], "theirs": []}
    with server("_binary_server") as url:
        for _ in range(rounds):
            for call in CALLS:
                mine = run_json([ours_python, "-I", str(HERE / "_first_call.py"), url, call])
                peer = run_json([deriv_python, "-I", str(HERE / "_deriv_first_call.py"), url, call])
                ours[call].append(mine["seconds"])
                theirs[call].append(peer["seconds"])
                ours_cpu[call].append(mine["cpu"])
                theirs_cpu[call].append(peer["cpu"])
                if call == "ping":
                    modules["ours"].append(mine["modules"])
                    modules["theirs"].append(peer["modules"])
    for call in CALLS:
        report.add(
            Row(
                "h",
                WHAT[call],
                statistics.median(ours[call]),
                "python-deriv-api, same call",
                statistics.median(theirs[call]),
                goal=GOAL if call == "ping" else None,
            )
        )
    for call in CALLS:
        report.add(
            Row(
                "h",
                WHAT[call] + ", client CPU time",
                statistics.median(ours_cpu[call]),
                "python-deriv-api, same call",
                statistics.median(theirs_cpu[call]),
            )
        )
    report.note(
        "h",
        f"Medians of {rounds} fresh processes per call and client. After the first ping a "
        f"process holds {statistics.median(modules['ours']):.0f} modules (ours) and "
        f"{statistics.median(modules['theirs']):.0f} (python-deriv-api). Reproduce: "
        "`nox -s bench -- --only h` (or `python -m benchmarks --only h --deriv-python "
        "PATH/TO/deriv-venv/bin/python`).",
    )
