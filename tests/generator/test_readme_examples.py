"""Every Python example in the READMEs type-checks under `mypy --strict`, as a user's would.

The blocks are copied as they are (each a module of its own) and checked in one mypy run
against the installed generated packages; a misspelt import written the same way must fail,
which shows the check reaches the packages' real names rather than a catch-all.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
READMES = [ROOT / "README.md", *sorted((ROOT / "generated").glob("*/README.md"))]
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
# A name the package does not export, imported as a user with a typo would.
MISSPELT = "from okcoin_v3_api import OkcoinClinet\n\nprint(OkcoinClinet)\n"


def python_blocks(readme: Path) -> list[str]:
    return _BLOCK.findall(readme.read_text(encoding="utf-8"))


def _module_name(readme: Path, number: int) -> str:
    folder = readme.parent.name if readme.parent != ROOT else "root"
    return f"readme_{re.sub(r'[^a-z0-9]+', '_', folder.lower())}_{number}"


def _mypy(files: list[Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    cache = Path(tempfile.gettempdir()) / "readme-examples-mypy-cache"
    options = ["--strict", "--python-version", "3.10", "--cache-dir", str(cache)]
    # The generated packages as the suite sees them, installed or not (see tests/conftest.py).
    sources = os.pathsep.join(str(path) for path in sorted((ROOT / "generated").glob("*/src")))
    return subprocess.run(
        [sys.executable, "-m", "mypy", *options, "--no-error-summary", *map(str, files)],
        env={**os.environ, "MYPYPATH": sources},
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def test_every_readme_has_python_examples() -> None:
    for readme in READMES:
        assert python_blocks(readme), f"{readme.relative_to(ROOT)} shows no Python example"


def test_readme_examples_type_check_strictly(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    files = []
    origin = {}
    for readme in READMES:
        for number, block in enumerate(python_blocks(readme), start=1):
            path = tmp_path / f"{_module_name(readme, number)}.py"
            path.write_text(block, encoding="utf-8")
            files.append(path)
            origin[path.name] = f"{readme.relative_to(ROOT)} example {number}"
    misspelt = tmp_path / "misspelt_import.py"
    misspelt.write_text(MISSPELT, encoding="utf-8")
    result = _mypy([*files, misspelt], tmp_path)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert any(
        line.startswith("misspelt_import.py:1:") and "OkcoinClinet" in line for line in errors
    ), f"a misspelt import type-checked:\n{result.stdout}{result.stderr}"
    from_readmes = [
        f"{origin[line.split(':', 1)[0]]}: {line}"
        for line in errors
        if not line.startswith("misspelt_import.py")
    ]
    assert from_readmes == [], "\n".join(from_readmes)
