"""Reproducible builds: the same generated distribution gives byte-identical wheel and sdist."""

from __future__ import annotations

import os
import shutil
import tarfile
import time
import zipfile
from pathlib import Path

from generator.shipping import build as shipping
from generator.shipping.build import Artifact
from tests.release.conftest import smallest_distribution


def test_building_twice_gives_the_same_bytes(built: Artifact, tmp_path: Path) -> None:
    """The second build starts from a copy with other modes and mtimes, and other by-products
    lying around, as a checkout on another machine would."""
    copy = tmp_path / "src" / smallest_distribution().name
    shutil.copytree(smallest_distribution(), copy)
    now = time.time()
    for path in copy.rglob("*"):
        if path.is_file():
            path.chmod(0o664)
            os.utime(path, (now, now))
    (copy / "build").mkdir(exist_ok=True)
    (copy / "build" / "stale.txt").write_text("left by an earlier build")
    epoch = shipping.source_date_epoch(built.distribution)
    again = shipping.build(copy, tmp_path / "dist", epoch)
    assert again.wheel.name == built.wheel.name
    assert again.wheel_sha256 == built.wheel_sha256
    assert again.sdist_sha256 == built.sdist_sha256


def test_sdist_is_canonical(built: Artifact) -> None:
    epoch = shipping.source_date_epoch(built.distribution)
    with tarfile.open(built.sdist) as tar:
        members = tar.getmembers()
    names = [member.name for member in members]
    assert names == sorted(names)
    assert {(m.mtime, m.uid, m.gid, m.uname, m.gname) for m in members} == {(epoch, 0, 0, "", "")}
    assert {m.mode for m in members if m.isfile()} == {0o644}
    top = f"{shipping.file_stem(built.distribution)}-{built.version}"
    for expected in ("PKG-INFO", "pyproject.toml", "README.md", "CHANGELOG.md"):
        assert f"{top}/{expected}" in names
    assert not any("/build/" in name for name in names)
    assert built.sdist.read_bytes()[4:8] == epoch.to_bytes(4, "little")  # gzip header time


def test_wheel_is_canonical(built: Artifact) -> None:
    epoch = shipping.source_date_epoch(built.distribution)
    stamp = time.gmtime(max(epoch, shipping.ZIP_EPOCH_FLOOR))[:6]
    with zipfile.ZipFile(built.wheel) as wheel:
        infos = wheel.infolist()
        assert wheel.testzip() is None
    assert {info.date_time for info in infos} == {stamp}
    assert {info.external_attr >> 16 for info in infos} == {0o100644}
    names = [info.filename for info in infos]
    assert any(name.endswith("/py.typed") for name in names)
    assert names[-1].endswith(".dist-info/RECORD")


def test_checksums_file_lists_the_builds(built: Artifact) -> None:
    sums = shipping.write_checksums(built.wheel.parent).read_text()
    assert f"{built.wheel_sha256}  {built.wheel.name}\n" in sums
    assert f"{built.sdist_sha256}  {built.sdist.name}\n" in sums
