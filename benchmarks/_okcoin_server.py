"""The Okcoin simulator in a process of its own, for figure f.

`python -m benchmarks._okcoin_server`: prints its base URL, serves until standard input closes.
"""

from __future__ import annotations

from okcoin_v3_api.testing import OkcoinSimulator

from benchmarks.timing import serve_until_stdin_closes

if __name__ == "__main__":
    simulator = OkcoinSimulator().start()
    serve_until_stdin_closes(simulator.base_url, simulator.stop)
