"""Third-party OpenAPI documents as published (tests/openapi_corpus/, sources in SOURCES.md):
each generates with only our metadata file beside it, imports, type-checks with mypy --strict
and answers every call of its client from its own simulator. What the generator skips is
exactly what expected_skipped.txt lists (UPDATE_CORPUS=1 rewrites that file)."""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import cli
from generator.loaders.openapi_metadata import is_metadata, read_metadata
from tests.generator.openapi_calls import call_every_operation, credentials

CORPUS = Path(__file__).parent.parent / "openapi_corpus"
EXPECTED_SKIPPED = CORPUS / "expected_skipped.txt"
ROOT = Path(__file__).parent.parent.parent
SPECS = sorted(
    path
    for path in CORPUS.iterdir()
    if path.suffix in (".yaml", ".yml", ".json") and not is_metadata(path)
)


def _metadata(spec: Path) -> dict[str, str]:
    found = read_metadata(spec)
    assert found is not None, f"{spec.name} has no metadata file beside it"
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    """Every spec of the corpus generated in one run, with the warnings it printed."""
    output = tmp_path_factory.mktemp("corpus")
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = cli.main(["generate", *map(str, SPECS), "--output", str(output)])
    assert status == 0, err.getvalue()
    yield output, err.getvalue().splitlines()


def test_the_corpus_is_large_enough_and_unmodified() -> None:
    assert len(SPECS) >= 15
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$", sources, re.M))
    assert sorted(listed) == [spec.name for spec in SPECS]
    for spec in SPECS:
        # Byte for byte as published: our names live in the metadata file beside it.
        assert hashlib.sha256(spec.read_bytes()).hexdigest() == listed[spec.name], spec.name
        _metadata(spec)


def test_skipped_operations_are_the_expected_ones(corpus: tuple[Path, list[str]]) -> None:
    _, warnings = corpus
    assert all(line.startswith("warning: ") for line in warnings), warnings
    found = "".join(line.removeprefix("warning: ") + "\n" for line in sorted(warnings))
    if os.environ.get("UPDATE_CORPUS"):
        EXPECTED_SKIPPED.write_text(found, encoding="utf-8")
    assert found == EXPECTED_SKIPPED.read_text(encoding="utf-8")


def test_every_client_passes_mypy_strict(corpus: tuple[Path, list[str]]) -> None:
    """One mypy run over every generated package (a cache under .work/ speeds later runs)."""
    output, _ = corpus
    sources = [str(output / _metadata(spec)["distribution"] / "src") for spec in SPECS]
    cache = ROOT / ".work" / "mypy-corpus"
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), *sources],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]


@pytest.mark.parametrize("spec", SPECS, ids=[spec.name for spec in SPECS])
def test_every_call_answers_from_the_simulator(spec: Path, corpus: tuple[Path, list[str]]) -> None:
    output, _ = corpus
    metadata = _metadata(spec)
    source = str(output / metadata["distribution"] / "src")
    package_name = metadata["package"]
    sys.path.insert(0, source)
    try:
        for name in [name for name in sys.modules if name.split(".")[0] == package_name]:
            del sys.modules[name]
        package = importlib.import_module(package_name)
        testing = importlib.import_module(package_name + ".testing")
        client_class = getattr(package, metadata["client"])
        simulator_class = getattr(testing, metadata["client"].removesuffix("Client") + "Simulator")
        with (
            simulator_class() as simulator,
            client_class(
                base_url=simulator.base_url, retries=0, **credentials(client_class)
            ) as client,
        ):
            assert call_every_operation(package, simulator, client) == []
            assert len(simulator.requests) == len(package._routes.ROUTES)
    finally:
        sys.path.remove(source)
