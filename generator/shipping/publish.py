"""`python -m generator publish`: upload the built distributions and prove they install.

The files in dist/ for the current version of every distribution in generated/ are checked
(`twine check --strict`), uploaded with twine to the index the environment names or to the
embedded pypiserver (see `generator.shipping.index`), compared by sha256 with what the index
then serves, installed from it into fresh virtual environments and smoke-tested
(`generator.shipping.smoke`). The embedded index also receives the wheels of their
dependencies (`generator.shipping.dependencies`), so it is the only index an install needs.
The run ends with a summary table and how to install.

A version is immutable on a real index: if it already holds the same file name with other
bytes (the spec or templates changed without `python -m generator release`), the upload is
skipped by twine and the comparison fails. The embedded index is a local staging area, so
there the new file replaces the old one, with a warning.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import attrs

from generator.shipping import dependencies, table
from generator.shipping.build import Artifact, sha256_of
from generator.shipping.index import Index, fetch
from generator.shipping.smoke import SmokeResult, install_and_smoke

# Where `python3 -m nox -s index` (`python -m generator serve-index`) serves the embedded index.
EMBEDDED_URL = "http://127.0.0.1:8080/simple/"
_LINK = re.compile(r'href="([^"#]+)#sha256=([0-9a-f]{64})"')


class PublishError(RuntimeError):
    """An upload failed or the index serves other bytes than were built."""


@attrs.frozen
class Outcome:
    artifact: Artifact
    smoke: SmokeResult | None


def publish(
    artifacts: Sequence[Artifact],
    index: Index,
    *,
    smoke: bool = True,
    workdir: Path | None = None,
    progress: bool = True,
    dependency_pythons: Sequence[str] = (),
) -> list[Outcome]:
    """Uploads `artifacts`, checks what the index serves, stocks the embedded index with their
    dependencies (also for the `dependency_pythons`, e.g. "3.12") and smoke-tests them."""
    say = print if progress else _quiet
    files = [path for artifact in artifacts for path in (artifact.wheel, artifact.sdist)]
    if not files:
        raise PublishError("nothing to publish: no distributions found")
    started = time.monotonic()
    _run_twine(["check", "--strict", *map(str, files)], index, "twine check")
    if index.packages is not None:
        for path in files:
            served = index.packages / path.name
            if served.exists() and sha256_of(served) != sha256_of(path):
                say(
                    f"warning: {path.name} on the embedded index had other bytes; replacing it "
                    "(record a release with `python -m generator release` to bump the version)"
                )
    say(f"==> uploading {len(files)} files to {index.upload_url}", flush=True)
    upload = ["upload", "--non-interactive", "--disable-progress-bar"]
    upload += ["--repository-url", index.upload_url]
    if not index.embedded:
        upload.append("--skip-existing")
    _run_twine([*upload, *map(str, files)], index, "twine upload")
    problems = verify_served(index, artifacts)
    if problems:
        raise PublishError(
            "the index does not serve the built files (a published version is immutable: "
            "record a release with `python -m generator release`):\n  " + "\n  ".join(problems)
        )
    say(f"    uploaded and verified ({time.monotonic() - started:.1f}s)", flush=True)
    if index.packages is not None:
        began = time.monotonic()
        say("==> adding the wheels of their dependencies to the embedded index", flush=True)
        added = dependencies.stock(artifacts, index.packages, python_versions=dependency_pythons)
        say(f"    {len(added)} new wheels ({time.monotonic() - began:.1f}s)", flush=True)
    outcomes = []
    for artifact in artifacts:
        result = None
        if smoke:
            began = time.monotonic()
            say(
                f"==> installing {artifact.distribution} {artifact.version} from the index "
                "into a fresh virtual environment",
                flush=True,
            )
            result = install_and_smoke(artifact, index, workdir)
            say(
                f"    {result.status}: {result.detail} ({time.monotonic() - began:.1f}s)",
                flush=True,
            )
        outcomes.append(Outcome(artifact, result))
    return outcomes


def verify_served(index: Index, artifacts: Sequence[Artifact]) -> list[str]:
    """Files the index does not serve with the built bytes (empty when all match)."""
    problems = []
    for artifact in artifacts:
        listed = published_hashes(index, artifact.distribution)
        for path in (artifact.wheel, artifact.sdist):
            built = sha256_of(path)
            if listed.get(path.name) != built:
                served = listed.get(path.name, "nothing")[:16]
                problems.append(f"{path.name}: the index serves {served}, built {built[:16]}")
    return problems


def _quiet(*args: object, **kwargs: object) -> None:
    pass


def _run_twine(args: list[str], index: Index, what: str) -> None:
    env = {**os.environ, "TWINE_USERNAME": index.username, "TWINE_PASSWORD": index.password}
    env.pop("TWINE_REPOSITORY_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "twine", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        output = (result.stdout + result.stderr).replace(index.password or "\0", "***")
        raise PublishError(f"{what} failed:\n{output[-3000:]}")


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def published_hashes(index: Index, distribution: str) -> dict[str, str]:
    """File name -> sha256 of what the index's simple page lists for `distribution`."""
    try:
        page = fetch(f"{index.simple_url}{normalized(distribution)}/")
    except OSError:
        return {}
    return {html.unescape(href).rsplit("/", 1)[-1]: digest for href, digest in _LINK.findall(page)}


def summary(outcomes: Sequence[Outcome]) -> str:
    rows = [
        [
            outcome.artifact.distribution,
            outcome.artifact.version,
            outcome.artifact.wheel.name,
            outcome.artifact.wheel_sha256[:12],
            outcome.smoke.status if outcome.smoke else "not run",
        ]
        for outcome in outcomes
    ]
    return table(["distribution", "version", "wheel", "sha256", "smoke test"], rows)


def install_hint(outcomes: Sequence[Outcome], index: Index) -> str:
    names = [o.artifact.distribution for o in outcomes]
    if index.embedded:
        url = EMBEDDED_URL
        how = (
            "Install from the embedded index, which holds their dependencies too:\n"
            f"  python3 -m nox -s index   # serves it at {url} until Ctrl-C\nthen\n"
        )
    else:
        url = index.simple_url
        how = f"Install from {url}:\n"
    lines = [how]
    for name in names:
        lines.append(f"  pip install --index-url {url} {name}\n")
    lines.append(
        "and with the simulators for offline tests (the `testing` extra, which adds jsonschema):\n"
    )
    for name in names:
        lines.append(f"  pip install --index-url {url} '{name}[testing]'\n")
    return "".join(lines)
