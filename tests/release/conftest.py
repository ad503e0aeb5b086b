"""Helpers for the release tests: small specs to change one thing at a time."""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import pipeline

ROOT = pipeline.ROOT


def shop_spec() -> dict[str, Any]:
    """A small OpenAPI document with a request enum, a response enum and a body."""
    order = {
        "type": "object",
        "required": ["id", "state"],
        "properties": {
            "id": {"type": "string"},
            "state": {"type": "string", "enum": ["open", "filled"]},
            "price": {"type": "string", "format": "decimal", "description": "Limit price."},
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Shop API",
            "version": "1",
            "x-generator": {
                "distribution": "shop-api",
                "package": "shop_api",
                "client": "ShopClient",
                "flavor": "generic",
            },
        },
        "servers": [{"url": "https://shop.example"}],
        "paths": {
            "/orders": {
                "get": {
                    "operationId": "orders_list",
                    "tags": ["orders"],
                    "x-method": "list",
                    "summary": "List orders.",
                    "parameters": [
                        {
                            "name": "state",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string", "enum": ["open", "filled", "all"]},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The orders.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "array",
                                        "items": {"$ref": "#/components/schemas/Order"},
                                    }
                                }
                            },
                        }
                    },
                },
                "post": {
                    "operationId": "orders_place",
                    "tags": ["orders"],
                    "x-method": "place",
                    "x-idempotent": False,
                    "summary": "Place an order.",
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["side", "size"],
                                    "properties": {
                                        "side": {"type": "string", "enum": ["buy", "sell"]},
                                        "size": {"type": "string", "format": "decimal"},
                                    },
                                }
                            }
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "The new order.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Order"}
                                }
                            },
                        }
                    },
                },
            }
        },
        "components": {"schemas": {"Order": order}},
    }


SpecWriter = Callable[[dict[str, Any], str], Path]


@pytest.fixture
def write_spec(tmp_path: Path) -> SpecWriter:
    """Writes a document as YAML under tmp_path and returns its path."""

    def write(document: dict[str, Any], name: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
        return path

    return write


@pytest.fixture
def shop() -> dict[str, Any]:
    return copy.deepcopy(shop_spec())


@pytest.fixture
def calls_copy(tmp_path: Path) -> Callable[[str], Path]:
    """A copy of specs/binary-com under tmp_path/<name>."""

    def make(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(ROOT / "specs" / "binary-com", target)
        return target

    return make


def smallest_distribution() -> Path:
    """The generated distribution with the fewest bytes: the quickest to build."""
    from generator.render.renderer import is_by_product
    from generator.shipping.build import distributions

    def size(folder: Path) -> int:
        return sum(
            path.stat().st_size
            for path in folder.rglob("*")
            if path.is_file() and not is_by_product(path.relative_to(folder))
        )

    folders = distributions()
    if not folders:
        pytest.skip("nothing in generated/ to build")
    return min(folders, key=size)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One isolated build of the smallest generated distribution, shared by the tests."""
    from generator.shipping.build import build, project_of, source_date_epoch

    folder = smallest_distribution()
    name, _ = project_of(folder)
    return build(folder, tmp_path_factory.mktemp("dist"), source_date_epoch(name))
