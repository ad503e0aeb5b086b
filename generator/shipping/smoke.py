"""Install a distribution from a package index into a fresh virtual environment and call its
simulator: proof that what was published installs and works on its own.

1. a new venv (no pip of its own: the running pip drives it with `--python`);
2. from the embedded index, which holds the dependencies too: the distribution with its
   `testing` extra, in one `pip install --index-url <our index> --only-binary :all:` in pip's
   isolated mode (no config or environment can add another index), and pip's install report
   must show every file downloaded from our index and our wheel with the sha256 we built.
   From another index (PUBLISH_URL), which may not hold the dependencies: those (read from the
   built wheel's metadata) from the usual index first, then the distribution alone with
   `--no-deps`, the same way;
3. `pip check`, then a short script in the venv's interpreter (`-I`: no PYTHONPATH, no
   current directory) that imports the package from the venv and makes one call against its
   simulator (`SMOKE_CALLS`). A distribution without a known call is installed and imported,
   and reported as skipped with the reason.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import urllib.parse
import venv
import zipfile
from collections.abc import Sequence
from email.message import Message
from email.parser import BytesParser
from pathlib import Path
from typing import Literal

import attrs
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from generator.shipping.build import Artifact, sha256_of
from generator.shipping.index import Index

# One call (or flow) against each distribution's simulator, run in the fresh environment; a
# distribution missing here is installed and imported, then reported as skipped.
SMOKE_CALLS: dict[str, str] = {
    "okcoin-v3-api": """
from okcoin_v3_api import OkcoinClient
from okcoin_v3_api.testing import OkcoinSimulator

with OkcoinSimulator() as simulator, OkcoinClient(
    "test-key", "test-secret", "test-passphrase", base_url=simulator.base_url
) as client:
    accounts = client.spot.list_accounts()  # signed: exercises signing and decoding
print(f"signed call answered: {len(accounts)} spot accounts")
""",
    "binary-com-api": """
from binary_com_api import BinaryComClient
from binary_com_api.testing import BinaryComSimulator

with BinaryComSimulator() as simulator, BinaryComClient(
    1089, endpoint=simulator.url, keepalive=None, timeout=10.0
) as client:
    reply = client.ping()
print(f"call answered: ping -> {reply.ping}")
""",
    "binance-oauth-api": """
from binance_oauth_api import BinanceOAuthClient
from binance_oauth_api.testing import BinanceOAuthSimulator

redirect = "http://127.0.0.1:8765/callback"
with BinanceOAuthSimulator() as simulator:
    simulator.add_client("smoke-app", [redirect])
    simulator.add_user("smoke-user", "smoke@example.com")
    with BinanceOAuthClient(
        "smoke-app", redirect, accounts_url=simulator.accounts_url, api_url=simulator.api_url
    ) as client:
        request = client.authorization_url(["user:openId", "user:email"])
        code = client.parse_redirect(simulator.approve(request.url, "smoke-user"), request.state)
        token = client.exchange_code(code, request.code_verifier)  # PKCE, public client
        user = client.user_info(token.access_token)
print(f"login flow answered: user {user.user_id}, {user.email}")
""",
}
EXTRA = "testing"

Status = Literal["passed", "failed", "skipped"]


@attrs.frozen
class SmokeResult:
    distribution: str
    status: Status
    detail: str


def install_and_smoke(
    artifact: Artifact, index: Index, workdir: Path | None = None, *, timeout: float = 600.0
) -> SmokeResult:
    with tempfile.TemporaryDirectory(prefix="smoke-", dir=workdir) as scratch:
        try:
            return _run(artifact, index, Path(scratch), timeout)
        except SmokeFailure as failure:
            return SmokeResult(artifact.distribution, "failed", str(failure))


class SmokeFailure(Exception):
    pass


def _run(artifact: Artifact, index: Index, work: Path, timeout: float) -> SmokeResult:
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False, symlinks=True, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
    alone = not index.embedded  # another index may lack the dependencies
    if alone:
        requirements = dependencies(artifact.wheel, EXTRA)
        if requirements:
            _check(
                [*pip, "install", "--quiet", *requirements],
                f"installing the dependencies of {artifact.distribution} failed",
                timeout,
            )
    report = work / "report.json"
    wanted = f"{artifact.distribution}[{EXTRA}]=={artifact.version}"
    _check(
        [
            *pip,
            "--isolated",
            "install",
            "--quiet",
            *(["--no-deps"] if alone else []),
            "--no-cache-dir",
            "--only-binary",
            ":all:",
            "--index-url",
            index.simple_url,
            "--report",
            str(report),
            f"{artifact.distribution}=={artifact.version}" if alone else wanted,
        ],
        f"installing {artifact.distribution} {artifact.version} from {index.simple_url} failed",
        timeout,
        index_only_environment(),
    )
    check_origin(report, [artifact], index)
    _check([*pip, "check"], f"pip check failed for {artifact.distribution}", timeout)
    package = package_of(artifact.wheel)
    call = SMOKE_CALLS.get(artifact.distribution)
    script = _IMPORT_CHECK.format(package=package) + (call or "")
    result = subprocess.run(
        [str(python), "-I", "-c", script],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise SmokeFailure(f"smoke call failed:\n{(result.stdout + result.stderr)[-2000:]}")
    lines = result.stdout.strip().splitlines()
    if call is None:
        return SmokeResult(
            artifact.distribution,
            "skipped",
            f"installed and imported from the index, but no smoke call is known for "
            f"{artifact.distribution} yet (add one to SMOKE_CALLS in {__name__})",
        )
    return SmokeResult(artifact.distribution, "passed", lines[-1] if lines else "")


_IMPORT_CHECK = """
import importlib, sys
module = importlib.import_module({package!r})
assert module.__file__.startswith(sys.prefix), f"imported from {{module.__file__}}"
print(f"{{module.__name__}} {{module.__version__}} from {{module.__file__}}")
"""


def _check(
    command: list[str], message: str, timeout: float, env: dict[str, str] | None = None
) -> None:
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, check=False, env=env
    )
    if result.returncode != 0:
        raise SmokeFailure(f"{message}:\n{(result.stdout + result.stderr)[-2000:]}")


def index_only_environment() -> dict[str, str]:
    """The environment for a pip that must see no index but the one on its command line:
    `--isolated` skips the user's configuration and PIP_* variables, not the machine-wide
    pip.conf, which only PIP_CONFIG_FILE=os.devnull turns off."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    return env


def check_origin(report_path: Path, artifacts: Sequence[Artifact], index: Index) -> None:
    """Every file in pip's install report came from the index, ours with the built bytes."""
    report = json.loads(report_path.read_text(encoding="utf-8"))
    installed = report.get("install", [])
    ours = {canonicalize_name(artifact.distribution): artifact for artifact in artifacts}
    seen = set()
    for item in installed:
        name = canonicalize_name(str(item.get("metadata", {}).get("name", "")))
        download = item.get("download_info", {})
        url = str(download.get("url", ""))
        if urllib.parse.urlsplit(url).netloc != urllib.parse.urlsplit(index.simple_url).netloc:
            raise SmokeFailure(f"{name} came from {url}, not from the index")
        artifact = ours.get(name)
        if artifact is None:
            continue
        seen.add(name)
        hashes = download.get("archive_info", {}).get("hashes", {})
        expected = sha256_of(artifact.wheel)
        if hashes.get("sha256") != expected:
            raise SmokeFailure(
                f"the index served {url} with sha256 {hashes.get('sha256')}, "
                f"the built wheel has {expected}"
            )
    missing = sorted(set(ours) - seen)
    if missing:
        raise SmokeFailure(f"pip's report shows no install of {', '.join(missing)}")


def dependencies(wheel: Path, extra: str) -> list[str]:
    """The wheel's requirements, and its `extra`'s, without markers that do not apply."""
    requirements = []
    for text in wheel_metadata(wheel).get_all("Requires-Dist") or []:
        requirement = Requirement(text)
        marker = requirement.marker
        if marker is not None and not marker.evaluate({"extra": extra}):
            continue
        requirement.marker = None
        requirements.append(str(requirement))
    return requirements


def wheel_metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return BytesParser().parsebytes(archive.read(name))


def package_of(wheel: Path) -> str:
    """The import package a wheel installs (its first top-level folder)."""
    with zipfile.ZipFile(wheel) as archive:
        tops = {
            name.split("/", 1)[0]
            for name in archive.namelist()
            if "/" in name and not name.split("/", 1)[0].endswith((".dist-info", ".data"))
        }
    if len(tops) != 1:
        raise SmokeFailure(f"{wheel.name}: expected one top-level package, found {sorted(tops)}")
    return tops.pop()
