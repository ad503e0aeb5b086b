"""The embedded index is the only index a user needs: the three distributions, with their
`testing` extra, install from it into a fresh virtual environment and work; and our own
names are never fetched from anywhere else."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.shipping import dependencies, publish
from generator.shipping.build import Artifact, build, distributions, project_of, source_date_epoch
from generator.shipping.index import Index, embedded_index
from generator.shipping.smoke import SMOKE_CALLS, check_origin, index_only_environment


@pytest.fixture(scope="module")
def every_distribution(tmp_path_factory: pytest.TempPathFactory) -> list[Artifact]:
    out = tmp_path_factory.mktemp("dist")
    folders = distributions()
    if not folders:
        pytest.skip("nothing in generated/ to build")
    return [build(folder, out, source_date_epoch(project_of(folder)[0])) for folder in folders]


@pytest.fixture(scope="module")
def stocked(
    tmp_path_factory: pytest.TempPathFactory, every_distribution: list[Artifact]
) -> Iterator[Index]:
    with embedded_index(tmp_path_factory.mktemp("index")) as served:
        publish.publish(every_distribution, served, smoke=False, progress=False)
        yield served


def test_the_three_install_from_the_embedded_index_alone(
    stocked: Index, every_distribution: list[Artifact], tmp_path: Path
) -> None:
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, symlinks=True).create(target)
    python = target / "bin" / "python"
    report = tmp_path / "report.json"
    wanted = [f"{artifact.distribution}[testing]" for artifact in every_distribution]
    # As the README says, with no other index: no configuration file, no PIP_* variable.
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--isolated", "install"]
    options = ["--no-cache-dir", "--index-url", stocked.simple_url, "--report", str(report)]
    install = subprocess.run(
        [*pip, *options, *wanted],
        env=index_only_environment(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    check_origin(report, every_distribution, stocked)  # every file from the index, ours built
    calls = [SMOKE_CALLS[artifact.distribution] for artifact in every_distribution]
    used = subprocess.run(
        [str(python), "-I", "-c", "\n".join(calls)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert used.returncode == 0, used.stdout + used.stderr
    assert len(used.stdout.strip().splitlines()) == len(calls)


def test_the_install_hint_is_one_line_per_distribution(
    stocked: Index, every_distribution: list[Artifact]
) -> None:
    outcomes = [publish.Outcome(artifact, None) for artifact in every_distribution]
    hint = publish.install_hint(outcomes, stocked)
    for artifact in every_distribution:
        name = artifact.distribution
        assert f"pip install --index-url {publish.EMBEDDED_URL} {name}\n" in hint
        assert f"pip install --index-url {publish.EMBEDDED_URL} '{name}[testing]'\n" in hint
    assert "--no-deps" not in hint and "--find-links" not in hint


def _wheel(folder: Path, name: str, requires: list[str]) -> Path:
    """A minimal wheel whose metadata names `requires`."""
    stem = name.replace("-", "_")
    path = folder / f"{stem}-1.0-py3-none-any.whl"
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n"
    metadata += "".join(f"Requires-Dist: {requirement}\n" for requirement in requires)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{stem}/__init__.py", "")
        archive.writestr(f"{stem}-1.0.dist-info/METADATA", metadata)
    return path


def test_our_own_names_are_not_asked_for(tmp_path: Path) -> None:
    wheel = _wheel(
        tmp_path,
        "okcoin-v3-api",
        ["attrs>=23.1", "Binary_Com.API>=0.1", "jsonschema; extra == 'testing'"],
    )
    artifact = Artifact("okcoin-v3-api", "1.0", wheel, wheel)
    own = {"okcoin-v3-api", "binary-com-api"}
    assert dependencies.requirements_of([artifact], own) == ["attrs>=23.1", "jsonschema"]


def test_a_download_under_our_name_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wheel = _wheel(tmp_path, "okcoin-v3-api", ["attrs>=23.1"])
    artifact = Artifact("okcoin-v3-api", "1.0", wheel, wheel)
    impostor = _wheel(tmp_path, "binary-com-api", [])  # as if a public package required it

    def download(requirements: list[str], dest: Path, python: str | None, timeout: float) -> None:
        (dest / impostor.name).write_bytes(impostor.read_bytes())

    monkeypatch.setattr(dependencies, "_download", download)
    packages = tmp_path / "packages"
    packages.mkdir()
    own = {"okcoin-v3-api", "binary-com-api"}
    with pytest.raises(dependencies.DependencyError, match=r"binary-com-api.*dependency confusion"):
        dependencies.stock([artifact], packages, own=own)
    assert list(packages.iterdir()) == []


def test_wheels_for_another_python_are_chosen_by_version_abi_and_platform() -> None:
    options = dependencies.target_options("3.12")
    assert options[:4] == ["--python-version", "3.12", "--implementation", "cp"]
    assert {"cp312", "abi3", "none"} <= set(options) and "--platform" in options
    with pytest.raises(dependencies.DependencyError, match=r"like 3\.12"):
        dependencies.target_options("3.12; rm -rf /")
