"""The package index to publish to: one named by the environment, or an embedded pypiserver.

With `PUBLISH_URL` set (the upload endpoint, e.g. `https://upload.pypi.org/legacy/` or a
pypiserver root), `PUBLISH_USER` and `PUBLISH_PASSWORD` authenticate the upload and
`PUBLISH_INDEX_URL` names the simple index to install from (derived from `PUBLISH_URL` when
unset: `.../legacy/` -> `.../simple/`, anything else -> `<url>/simple/`).

Otherwise `embedded_index()` starts pypiserver on 127.0.0.1 (a free port), serving
`.work/index/packages/`, which persists between runs. Uploads need a password (htpasswd file
written with passlib, fresh credentials for every run); downloads and listings do not. The
fallback redirect to PyPI is off: a name it does not hold is not found, never looked up
elsewhere, so our own names cannot be answered by a public package of the same name. What it
serves was uploaded to it or, for the dependencies, put in its folder by `publish`
(`generator.shipping.dependencies`), so it is the only index an install needs.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path

import attrs

from generator import pipeline

WORK = pipeline.ROOT / ".work"
INDEX_DIR = WORK / "index"
USERNAME = "publisher"


class IndexUnavailable(RuntimeError):
    """The index could not be started or reached."""


@attrs.frozen
class Index:
    upload_url: str
    simple_url: str
    username: str
    password: str = attrs.field(repr=False)
    packages: Path | None = None  # the served folder, for the embedded index

    @property
    def embedded(self) -> bool:
        return self.packages is not None


def from_environment(env: Mapping[str, str] = os.environ) -> Index | None:
    """The index the environment names (PUBLISH_URL ...), or None for the embedded one."""
    upload = env.get("PUBLISH_URL", "").strip()
    if not upload:
        return None
    simple = env.get("PUBLISH_INDEX_URL", "").strip() or simple_url_for(upload)
    return Index(
        upload_url=upload,
        simple_url=simple if simple.endswith("/") else simple + "/",
        username=env.get("PUBLISH_USER", "__token__"),
        password=env.get("PUBLISH_PASSWORD", ""),
    )


def simple_url_for(upload_url: str) -> str:
    base = upload_url.rstrip("/")
    if base.endswith("/legacy"):
        return base[: -len("legacy")] + "simple/"
    return base + "/simple/"


def write_htpasswd(path: Path, username: str, password: str) -> None:
    """An Apache htpasswd file with one user, as pypiserver reads it (via passlib)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # passlib imports `crypt`
        apache = importlib.import_module("passlib.apache")
    htpasswd = apache.HtpasswdFile(str(path), new=True, default_scheme="apr_md5_crypt")
    htpasswd.set_password(username, password)
    htpasswd.save()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def embedded_index(
    root: Path = INDEX_DIR, *, port: int | None = None, startup_timeout: float = 30.0
) -> Iterator[Index]:
    """A pypiserver process on 127.0.0.1 (`port`, or a free one) for the duration of the block."""
    packages = root / "packages"
    packages.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(24)
    htpasswd = root / "htpasswd"
    write_htpasswd(htpasswd, USERNAME, password)
    log = root / "server.log"
    for attempt in range(3):
        listen = port or free_port()
        command = [
            sys.executable,
            "-m",
            "pypiserver",
            "run",
            "--host",
            "127.0.0.1",
            "--port",
            str(listen),
            "--passwords",
            str(htpasswd),
            "--authenticate",
            "update",
            "--disable-fallback",
            "--overwrite",
            "--backend",
            "simple-dir",
            "--hash-algo",
            "sha256",
            "--server",
            "wsgiref",
            str(packages),
        ]
        with log.open("wb") as log_stream:
            process = subprocess.Popen(command, stdout=log_stream, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{listen}/"
        try:
            if _wait_until_up(process, base + "health", startup_timeout):
                yield Index(base, base + "simple/", USERNAME, password, packages)
                return
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if attempt == 2 or port or "in use" not in log.read_text(errors="replace"):
            break
    tail = log.read_text(errors="replace")[-2000:]
    raise IndexUnavailable(f"pypiserver did not start on 127.0.0.1:\n{tail}")


def _wait_until_up(process: subprocess.Popen[bytes], url: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    return False


def fetch(url: str, timeout: float = 30.0) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return str(response.read().decode("utf-8", errors="replace"))
