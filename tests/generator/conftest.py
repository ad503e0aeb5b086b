from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from generator.loaders.openapi import OpenApiLoader, load_yaml
from generator.render.renderer import Renderer, format_python, write_files

GOLDEN = Path(__file__).parent / "golden"


def render_golden(target: Path) -> None:
    document = load_yaml(GOLDEN / "spec.yaml")
    files = Renderer(OpenApiLoader(document).load(), document, "spec.yaml").render()
    write_files(files, target)
    format_python(target)


@pytest.fixture(scope="session")
def tiny_package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("golden") / "tiny-shop-api"
    render_golden(target)
    return target


@pytest.fixture(scope="session")
def tiny(tiny_package_dir: Path) -> Iterator[ModuleType]:
    """The generated tiny_shop_api package, imported from its fresh rendering."""
    source = str(tiny_package_dir / "src")
    sys.path.insert(0, source)
    try:
        yield importlib.import_module("tiny_shop_api")
    finally:
        sys.path.remove(source)
        for name in [name for name in sys.modules if name.startswith("tiny_shop_api")]:
            del sys.modules[name]
