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
`_call_entries/`), not the whole API's. A third process per round, `_stack_first_call.py`,
makes the same `ping` with nothing but the libraries the client stands on (attrs, orjson,
websockets' sync client): its ratio to python-deriv-api is the floor no client built on those
libraries can beat, and our time against it is what our own code adds.
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
    stack: list[float] = []
    stack_cpu: list[float] = []
    modules: dict[str, list[int]] = {"ours": [], "theirs": [], "stack": []}
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
                    floor = run_json([ours_python, "-I", str(HERE / "_stack_first_call.py"), url])
                    stack.append(floor["seconds"])
                    stack_cpu.append(floor["cpu"])
                    modules["ours"].append(mine["modules"])
                    modules["theirs"].append(peer["modules"])
                    modules["stack"].append(floor["modules"])
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
    report.add(
        Row(
            "h",
            "first `ping`, only attrs + orjson + websockets' sync client (the floor)",
            statistics.median(stack),
            "python-deriv-api, same call",
            statistics.median(theirs["ping"]),
        )
    )
    report.add(
        Row(
            "h",
            "first `ping` in a fresh process, our client",
            statistics.median(ours["ping"]),
            "the floor: the same ping on the bare libraries",
            statistics.median(stack),
        )
    )
    report.add(
        Row(
            "h",
            "first `ping`, only attrs + orjson + websockets' sync client, client CPU time",
            statistics.median(stack_cpu),
            "python-deriv-api, same call",
            statistics.median(theirs_cpu["ping"]),
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
        f"{statistics.median(modules['theirs']):.0f} (python-deriv-api); the floor's "
        f"process {statistics.median(modules['stack']):.0f}. Reproduce: "
        "`nox -s bench -- --only h` (or `python -m benchmarks --only h --deriv-python "
        "PATH/TO/deriv-venv/bin/python`).",
    )
