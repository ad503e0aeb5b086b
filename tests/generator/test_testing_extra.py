"""A simulator imported without the `testing` extra says which extra and pip command to use."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Runs in a fresh interpreter with jsonschema made unimportable (as if never installed).
_SCRIPT = """
import sys
sys.modules["jsonschema"] = None
try:
    import {package}.testing
except ImportError as error:
    print(type(error).__name__, error, sep=": ")
else:
    print("imported")
"""


@pytest.mark.parametrize(
    ("distribution", "package"),
    [
        ("okcoin-v3-api", "okcoin_v3_api"),
        ("binance-oauth-api", "binance_oauth_api"),
        ("binary-com-api", "binary_com_api"),
    ],
)
def test_importing_the_simulator_without_the_extra_names_it(
    distribution: str, package: str
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT.format(package=package)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == (
        f"ImportError: {package}.testing needs jsonschema, which comes with the 'testing' "
        f"extra: pip install '{distribution}[testing]'"
    )


def test_other_missing_modules_are_not_blamed_on_the_extra() -> None:
    script = _SCRIPT.replace('"jsonschema"', '"http.server"').format(package="okcoin_v3_api")
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("ModuleNotFoundError: ")
    assert "extra" not in result.stdout
