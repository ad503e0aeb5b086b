"""Our side of figure h: a fresh process's first call, from its first statement to the answer.

`python -I benchmarks/_first_call.py URL CALL`: imports `binary_com_api`, builds a client for
the simulator at URL, makes one call (`ping`, `ticks_history` or `proposal`) and prints
`{"seconds": ..., "cpu": ..., "modules": ...}`: the time from the first statement of this
script to the typed answer (interpreter start-up left out: each environment pays its own),
the CPU time of all the process's threads over the same span, and how many modules the
process then holds. Standalone, like `_deriv_client.py`: it imports nothing of
this repository but the generated package.
"""

import time

STARTED = time.perf_counter()
CPU_STARTED = time.process_time()

import json  # noqa: E402
import sys  # noqa: E402


def main(url: str, call: str) -> None:
    from binary_com_api import BinaryComClient

    client = BinaryComClient(1089, endpoint=url)
    try:
        if call == "ping":
            if client.ping().ping != "pong":
                raise RuntimeError("no pong")
        elif call == "ticks_history":
            history = client.ticks_history("R_50", count=1000, end="latest", style="candles")
            if history.candles is None or len(history.candles) != 1000:
                raise RuntimeError("expected 1000 candles")
        elif call == "proposal":
            offer = client.proposal(
                amount=10,
                basis="stake",
                contract_type="CALL",
                currency="USD",
                duration=5,
                duration_unit="m",
                symbol="R_50",
            )
            if offer.proposal is None:
                raise RuntimeError("no proposal")
        else:
            raise SystemExit(f"unknown call {call!r}")
        seconds = time.perf_counter() - STARTED
        cpu = time.process_time() - CPU_STARTED
    finally:
        client.close()
    print(json.dumps({"seconds": seconds, "cpu": cpu, "modules": len(sys.modules)}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
