"""Generation does not run the formatter over the runtime copies: `generator/runtime/` is
kept formatted under the generated code's own settings, so formatting them changes nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from generator.render.renderer import RUFF_CONFIG, RUNTIME, RUNTIME_FOLDER, format_python

UNFORMATTED = "x = {'a':1}\n"


def test_the_runtime_is_formatted_as_generated_code_is() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff is not None
    checked = subprocess.run(
        [ruff, "format", "--check", "--no-cache", "--config", str(RUFF_CONFIG), str(RUNTIME)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_runtime_copies_are_left_as_they_are(tmp_path: Path) -> None:
    package = tmp_path / "some-api" / "src" / "some_api"
    (package / RUNTIME_FOLDER / "core").mkdir(parents=True)
    (package / "models.py").write_text(UNFORMATTED, encoding="utf-8")
    (package / RUNTIME_FOLDER / "core" / "types.py").write_text(UNFORMATTED, encoding="utf-8")
    format_python(tmp_path)
    assert (package / "models.py").read_text(encoding="utf-8") == 'x = {"a": 1}\n'
    assert (package / RUNTIME_FOLDER / "core" / "types.py").read_text(encoding="utf-8") == (
        UNFORMATTED
    )
