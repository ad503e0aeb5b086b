"""Small specs of several shapes rendered to exactly their committed files: the tiny REST
shop, a WebSocket API from a folder of call specs and a REST API whose calls need
credentials (UPDATE_GOLDEN=1 rewrites them).

A reviewer reads a template change as its effect on these small, whole packages. The runtime
copied into each package (`_runtime/`) is the repository's own code, so only its file list is
recorded (`_runtime.txt`), and each copy is compared with its source.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.loaders.calls import load_calls
from generator.loaders.openapi import OpenApiLoader, load_yaml
from generator.render.renderer import Renderer, format_python, write_files

HERE = Path(__file__).parent
RECORDS = HERE / "golden"
RUNTIME_SOURCE = HERE.parents[1] / "generator" / "runtime"
RUNTIME_LIST = "_runtime.txt"


def _rest_tiny_shop() -> dict[str, str]:
    document = load_yaml(RECORDS / "spec.yaml")
    return Renderer(OpenApiLoader(document).load(), document, "spec.yaml").render()


def _websocket_calls() -> dict[str, str]:
    api, document = load_calls(RECORDS / "websocket-calls" / "calls")
    return Renderer(api, document, "calls").render()


def _rest_secured() -> dict[str, str]:
    document = load_yaml(HERE / "openapi_specs" / "secured.yaml")
    return Renderer(OpenApiLoader(document).load(), document, "secured.yaml").render()


RENDERERS: dict[str, Callable[[], dict[str, str]]] = {
    "rest-tiny-shop": _rest_tiny_shop,
    "websocket-calls": _websocket_calls,
    "rest-secured": _rest_secured,
}


def _rendered(name: str, target: Path) -> dict[str, str]:
    """The record's files as the generator writes them, the runtime copies as one list."""
    write_files(RENDERERS[name](), target)
    format_python(target)
    files: dict[str, str] = {}
    runtime: list[str] = []
    for path in sorted(target.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(target).as_posix()
        if "/_runtime/" in relative:
            runtime.append(relative)
            inside = relative.split("/_runtime/", 1)[1]
            assert path.read_bytes() == (RUNTIME_SOURCE / inside).read_bytes(), relative
        else:
            files[relative] = path.read_text(encoding="utf-8")
    files[RUNTIME_LIST] = "".join(f"{line}\n" for line in runtime)
    return files


def _committed(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_the_record_renders_to_its_committed_files(name: str, tmp_path: Path) -> None:
    produced = _rendered(name, tmp_path / "out")
    expected_dir = RECORDS / name / "expected"
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(expected_dir, ignore_errors=True)
        for relative, text in produced.items():
            (expected_dir / relative).parent.mkdir(parents=True, exist_ok=True)
            (expected_dir / relative).write_text(text, encoding="utf-8")
    expected = _committed(expected_dir)
    assert sorted(produced) == sorted(expected)
    for relative, text in produced.items():
        assert text == expected[relative], f"{name}/{relative} differs from the golden copy"


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_the_record_renders_to_identical_bytes_twice(name: str, tmp_path: Path) -> None:
    assert _rendered(name, tmp_path / "a") == _rendered(name, tmp_path / "b")
