"""Makes the generated distributions importable when pytest runs outside nox.

`nox -s tests` installs them properly; this only helps a plain `pytest` in a dev checkout.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

GENERATED = Path(__file__).resolve().parent.parent / "generated"

for source in sorted(GENERATED.glob("*/src")):
    packages = [path.name for path in source.iterdir() if (path / "__init__.py").exists()]
    if packages and importlib.util.find_spec(packages[0]) is None:
        sys.path.append(str(source))

# Property tests judge values, never speed: on a loaded CI machine Hypothesis's per-example
# deadline and its "generation is slow" health check fail tests that are correct.
settings.register_profile("suite", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("suite")
