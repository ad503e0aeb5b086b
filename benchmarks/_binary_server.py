"""The Binary.com simulator in a process of its own, for figures e and g.

`python -m benchmarks._binary_server`: prints its URL, serves until standard input closes.
Its clock is fixed, so every ticks_history answer is the same.
"""

from __future__ import annotations

from binary_com_api.testing import BinaryComSimulator

from benchmarks.timing import serve_until_stdin_closes

if __name__ == "__main__":
    simulator = BinaryComSimulator(clock=lambda: 1_700_000_000.0, check_replies=False).start()
    serve_until_stdin_closes(simulator.url, simulator.stop)
