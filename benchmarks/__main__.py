"""`python -m benchmarks [--quick] [--only a,b] [--output BENCHMARKS.md]`."""

from __future__ import annotations

import sys

from benchmarks.runner import main

sys.exit(main())
