"""Reproducible wheels and sdists of every distribution in generated/ (`python -m generator build`).

The same specs (and release history) give byte-identical files, on any machine:

- the distribution is copied to a staging folder holding only the files the generator writes
  (no egg-info or build/ left by editable installs), with modes 0644/0755 and every mtime set
  to SOURCE_DATE_EPOCH;
- SOURCE_DATE_EPOCH is the date of the distribution's latest release in specs/releases.json
  (a constant before the first release), unless the environment sets it;
- `python -m build` runs in its usual isolated environment, with the backend pinned through
  PIP_CONSTRAINT (`BACKEND_PINS`): a newer setuptools writes other metadata bytes. The wheel is
  built from the sdist, which proves the sdist complete. `--no-isolation` uses the current
  environment instead (offline builds; same bytes when it has the pinned backend);
- both archives are then rewritten canonically: sdist members sorted, owner 0/root-less,
  mtime SOURCE_DATE_EPOCH, modes 0644/0755, gzip header without name or time; wheel entries in
  their original order with fixed timestamps and modes (contents and RECORD untouched).

`dist/SHA256SUMS` lists what was built.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.metadata
import io
import os
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

import attrs
import tomllib

from generator import pipeline
from generator.releases import History
from generator.render.renderer import is_by_product

DIST = pipeline.ROOT / "dist"
# The build backend every distribution is built with (its version is visible in the bytes).
BACKEND_PINS = ("setuptools==84.2.1",)
ZIP_EPOCH_FLOOR = 315532800  # 1980-01-01: the earliest time a zip entry can carry


class BuildError(RuntimeError):
    """A build failed; the message carries the build's own output."""


@attrs.frozen
class Artifact:
    """The built files of one distribution."""

    distribution: str
    version: str
    wheel: Path
    sdist: Path

    @property
    def wheel_sha256(self) -> str:
        return sha256_of(self.wheel)

    @property
    def sdist_sha256(self) -> str:
        return sha256_of(self.sdist)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def distributions(generated: Path = pipeline.GENERATED) -> list[Path]:
    """Every distribution folder under `generated` (whatever rendered it)."""
    if not generated.exists():
        return []
    return sorted(path for path in generated.iterdir() if (path / "pyproject.toml").is_file())


def project_of(folder: Path) -> tuple[str, str]:
    """The name and version a distribution folder's pyproject.toml declares."""
    with (folder / "pyproject.toml").open("rb") as stream:
        project = tomllib.load(stream)["project"]
    return str(project["name"]), str(project["version"])


def file_stem(name: str) -> str:
    """How a distribution name starts its wheel and sdist file names."""
    return name.replace("-", "_").replace(".", "_").lower()


def source_date_epoch(distribution: str, specs_dir: Path = pipeline.SPECS) -> int:
    override = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if override:
        return int(override)
    return History.load(specs_dir).epoch_of(distribution)


def build_all(
    generated: Path = pipeline.GENERATED,
    out_dir: Path = DIST,
    *,
    specs_dir: Path = pipeline.SPECS,
    only: Sequence[str] = (),
    isolation: bool = True,
    progress: bool = True,
) -> list[Artifact]:
    artifacts = []
    folders = [path for path in distributions(generated) if not only or path.name in only]
    if only and len(folders) != len(set(only)):
        missing = sorted(set(only) - {path.name for path in folders})
        raise BuildError(f"no distribution {', '.join(missing)} under {generated}")
    for folder in folders:
        name, version = project_of(folder)
        started = time.monotonic()
        if progress:
            print(f"==> building {name} {version}", flush=True)
        artifact = build(folder, out_dir, source_date_epoch(name, specs_dir), isolation=isolation)
        if progress:
            took = time.monotonic() - started
            print(f"    {artifact.wheel.name}  {artifact.wheel_sha256[:16]}  ({took:.1f}s)")
            print(f"    {artifact.sdist.name}  {artifact.sdist_sha256[:16]}", flush=True)
        artifacts.append(artifact)
    write_checksums(out_dir)
    return artifacts


def build(folder: Path, out_dir: Path, epoch: int, *, isolation: bool = True) -> Artifact:
    """Builds one distribution folder into `out_dir` (replacing its earlier builds)."""
    name, version = project_of(folder)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="build-") as scratch:
        work = Path(scratch)
        source = work / "src" / folder.name
        stage(folder, source, epoch)
        constraints = work / "constraints.txt"
        constraints.write_text("".join(f"{pin}\n" for pin in BACKEND_PINS), encoding="utf-8")
        env = {
            **os.environ,
            "SOURCE_DATE_EPOCH": str(epoch),
            "PYTHONHASHSEED": "0",
            "PIP_CONSTRAINT": " ".join(
                filter(None, [os.environ.get("PIP_CONSTRAINT", ""), str(constraints)])
            ),
            "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        }
        built = work / "out"
        command = [sys.executable, "-m", "build", "--outdir", str(built), str(source)]
        if not isolation:
            _check_backend()
            command.insert(3, "--no-isolation")
        result = subprocess.run(
            command, env=env, cwd=work, capture_output=True, text=True, umask=0o022, check=False
        )
        if result.returncode != 0:
            raise BuildError(f"building {name} failed:\n{result.stdout[-3000:]}{result.stderr}")
        wheels = sorted(built.glob("*.whl"))
        sdists = sorted(built.glob("*.tar.gz"))
        if len(wheels) != 1 or len(sdists) != 1:
            raise BuildError(f"building {name} gave {[p.name for p in built.iterdir()]}")
        normalize_sdist(sdists[0], epoch)
        normalize_wheel(wheels[0], epoch)
        stem = file_stem(name)
        for old in [*out_dir.glob(f"{stem}-*.whl"), *out_dir.glob(f"{stem}-*.tar.gz")]:
            old.unlink()
        wheel = Path(shutil.copy2(wheels[0], out_dir / wheels[0].name))
        sdist = Path(shutil.copy2(sdists[0], out_dir / sdists[0].name))
    for path in (wheel, sdist):
        os.utime(path, (epoch, epoch))
    return Artifact(name, version, wheel, sdist)


def _check_backend() -> None:
    """Without isolation, this environment must hold the pinned backend."""
    for pin in BACKEND_PINS:
        name, _, wanted = pin.partition("==")
        try:
            found = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found = "none"
        if found != wanted:
            raise BuildError(
                f"--no-isolation builds need {pin} in this environment (found {found}): "
                f"pip install '{pin}'"
            )


def stage(folder: Path, target: Path, epoch: int) -> None:
    """Copies the generator's files of `folder` with canonical modes and times."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if is_by_product(relative) or not path.is_file():
            continue
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(path.read_bytes())
        destination.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)
    for path in sorted(target.rglob("*"), reverse=True):
        if path.is_dir():
            path.chmod(0o755)
        os.utime(path, (epoch, epoch))
    os.utime(target, (epoch, epoch))


def normalize_sdist(path: Path, epoch: int) -> None:
    """Rewrites a .tar.gz canonically: sorted members, fixed owners, modes and times."""
    with tarfile.open(path, "r:gz") as source:
        members = []
        for info in source.getmembers():
            stream = source.extractfile(info) if info.isfile() else None
            members.append((info, stream.read() if stream else None))
    members.sort(key=lambda member: member[0].name)
    raw = io.BytesIO()
    with (
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=epoch, compresslevel=9) as zipped,
        tarfile.open(fileobj=zipped, mode="w", format=tarfile.PAX_FORMAT) as target,
    ):
        for info, data in members:
            if not (info.isfile() or info.isdir()):
                raise BuildError(f"{path.name}: unexpected member {info.name} ({info.type!r})")
            executable = info.isdir() or bool(info.mode & 0o111)
            info.mode = 0o755 if executable else 0o644
            info.mtime = epoch
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.pax_headers = {}
            target.addfile(info, io.BytesIO(data) if data is not None else None)
    path.write_bytes(raw.getvalue())


def normalize_wheel(path: Path, epoch: int) -> None:
    """Rewrites a wheel with fixed entry times and modes; contents (and RECORD) unchanged."""
    date_time = time.gmtime(max(epoch, ZIP_EPOCH_FLOOR))[:6]
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as target:
        for info, data in entries:
            entry = zipfile.ZipInfo(info.filename, date_time=date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3  # unix, so the modes below are read
            mode = 0o755 if (info.external_attr >> 16) & 0o111 else 0o644
            entry.external_attr = (mode | stat.S_IFREG) << 16
            target.writestr(entry, data)
    path.write_bytes(raw.getvalue())


def write_checksums(out_dir: Path) -> Path:
    files = sorted(path for path in out_dir.iterdir() if path.name.endswith((".whl", ".tar.gz")))
    lines = "".join(f"{sha256_of(path)}  {path.name}\n" for path in files)
    target = out_dir / "SHA256SUMS"
    target.write_text(lines, encoding="utf-8")
    return target


def find_artifacts(
    generated: Path = pipeline.GENERATED, dist_dir: Path = DIST, only: Sequence[str] = ()
) -> list[Artifact]:
    """The built files of the current version of every distribution (error when missing)."""
    artifacts = []
    for folder in distributions(generated):
        if only and folder.name not in only:
            continue
        name, version = project_of(folder)
        stem = file_stem(name)
        wheels = sorted(dist_dir.glob(f"{stem}-{version}-*.whl"))
        sdist = dist_dir / f"{stem}-{version}.tar.gz"
        if len(wheels) != 1 or not sdist.exists():
            raise BuildError(
                f"no build of {name} {version} in {dist_dir}: run `python -m generator build`"
            )
        artifacts.append(Artifact(name, version, wheels[0], sdist))
    return artifacts
