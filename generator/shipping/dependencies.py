"""The embedded index holds the published distributions' dependencies too, so that
`pip install --index-url <the index> okcoin-v3-api` needs no other index.

The wheels of every dependency (and of the `testing` extra's), with their own dependencies,
are downloaded with pip from wherever pip is configured to look (PyPI by default) into the
index folder, for the running interpreter's Python version and platform, and for any other
`python_versions` asked for. Only wheels: an sdist would need build tools from the index.

Our own distributions are never taken from outside (dependency confusion: none of their names
is registered publicly, so anyone could register one): they are left out of what pip is asked
for, and a download that brings a file under one of their names is refused.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Collection, Sequence
from pathlib import Path

from packaging.requirements import Requirement
from packaging.tags import sys_tags
from packaging.utils import canonicalize_name, parse_wheel_filename

from generator.shipping.build import Artifact, distributions, project_of
from generator.shipping.smoke import EXTRA, dependencies


class DependencyError(RuntimeError):
    """The dependencies could not be downloaded, or one of them carries one of our names."""


def own_names(artifacts: Sequence[Artifact]) -> frozenset[str]:
    """Every name we publish: the artifacts' and every distribution in generated/."""
    names = {artifact.distribution for artifact in artifacts}
    names |= {project_of(folder)[0] for folder in distributions()}
    return frozenset(canonicalize_name(name) for name in names)


def requirements_of(artifacts: Sequence[Artifact], own: Collection[str]) -> list[str]:
    """What the artifacts need from elsewhere (with the `testing` extra), ours left out."""
    wanted = {
        text
        for artifact in artifacts
        for text in dependencies(artifact.wheel, EXTRA)
        if canonicalize_name(Requirement(text).name) not in own
    }
    return sorted(wanted)


def stock(
    artifacts: Sequence[Artifact],
    packages: Path,
    *,
    python_versions: Sequence[str] = (),
    own: Collection[str] | None = None,
    timeout: float = 600.0,
) -> list[Path]:
    """Downloads the dependency wheels into `packages`; returns the files that were new."""
    own = own_names(artifacts) if own is None else frozenset(map(canonicalize_name, own))
    requirements = requirements_of(artifacts, own)
    if not requirements:
        return []
    added: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="dependencies-") as scratch:
        downloads = Path(scratch)
        for target in [None, *python_versions]:
            _download(requirements, downloads, target, timeout)
        for wheel in sorted(downloads.iterdir()):
            name = _project(wheel)
            if name in own:
                raise DependencyError(
                    f"a dependency brought {wheel.name} from outside, under the name of our own "
                    f"distribution {name}: refused (dependency confusion)"
                )
            served = packages / wheel.name
            if not served.exists():
                shutil.copyfile(wheel, served)
                added.append(served)
    return added


def _download(requirements: list[str], dest: Path, python: str | None, timeout: float) -> None:
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check"]
    command += ["--only-binary", ":all:", "--dest", str(dest)]
    if python is not None:
        command += target_options(python)
    result = subprocess.run(
        [*command, *requirements], capture_output=True, text=True, timeout=timeout, check=False
    )
    if result.returncode != 0:
        which = f" for Python {python}" if python else ""
        raise DependencyError(
            f"downloading the dependencies{which} failed:\n"
            f"{(result.stdout + result.stderr)[-3000:]}"
        )


def target_options(python: str) -> list[str]:
    """pip's options to pick wheels for CPython `python` (3.12) on this machine's platform."""
    if not re.fullmatch(r"3\.\d+", python):
        raise DependencyError(f"a Python version is written like 3.12, not {python!r}")
    digits = python.replace(".", "")
    options = ["--python-version", python, "--implementation", "cp"]
    for abi in (f"cp{digits}", "abi3", "none"):
        options += ["--abi", abi]
    for platform in sorted({tag.platform for tag in sys_tags()} - {"any"}):
        options += ["--platform", platform]
    return options


def _project(path: Path) -> str:
    """The normalized project name a downloaded wheel carries."""
    if path.suffix != ".whl":
        raise DependencyError(f"pip downloaded {path.name}, which is not a wheel")
    return str(parse_wheel_filename(path.name)[0])
