"""python-deriv-api's side of figure h, run in its own virtual environment.

`python -I benchmarks/_deriv_first_call.py URL CALL`: the same first call as
`_first_call.py` (`ping`, `ticks_history` or `proposal`), with python-deriv-api at its
defaults, timed the same way: from the first statement of this script to the answer.
"""

import time

STARTED = time.perf_counter()
CPU_STARTED = time.process_time()

import asyncio  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402

HISTORY = {"ticks_history": "R_50", "count": 1000, "end": "latest", "style": "candles"}
PROPOSAL = {
    "proposal": 1,
    "amount": 10,
    "basis": "stake",
    "contract_type": "CALL",
    "currency": "USD",
    "duration": 5,
    "duration_unit": "m",
    "symbol": "R_50",
}


async def main(url: str, call: str) -> None:
    from deriv_api import DerivAPI

    api = DerivAPI(endpoint=url, app_id=1089)
    try:
        if call == "ping":
            if (await api.ping())["ping"] != "pong":
                raise RuntimeError("no pong")
        elif call == "ticks_history":
            if len((await api.ticks_history(dict(HISTORY)))["candles"]) != 1000:
                raise RuntimeError("expected 1000 candles")
        elif call == "proposal":
            if "proposal" not in await api.proposal(dict(PROPOSAL)):
                raise RuntimeError("no proposal")
        else:
            raise SystemExit(f"unknown call {call!r}")
        seconds = time.perf_counter() - STARTED
        cpu = time.process_time() - CPU_STARTED
    finally:
        await api.disconnect()
    print(json.dumps({"seconds": seconds, "cpu": cpu, "modules": len(sys.modules)}), flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
