"""A route's own server (`servers` on an operation or on its path) is the spec's default only:
a client left at its default base URL sends that route there, and a client given another
`base_url` (a simulator, a proxy) sends every call to it."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator import cli

SPEC = """\
openapi: 3.1.0
info: {title: Spread Out, version: '1'}
servers: [{url: 'https://api.spread.invalid/v1'}]
paths:
  /items:
    get:
      operationId: listItems
      responses:
        '200':
          description: Items
          content:
            application/json:
              schema: {type: array, items: {type: string}}
  /uploads:
    servers:
      - url: 'https://{region}.uploads.spread.invalid/v2'
        variables: {region: {default: eu}}
    post:
      operationId: upload
      requestBody:
        required: true
        content:
          application/octet-stream:
            schema: {type: string, format: binary}
      responses: {'204': {description: Stored}}
  /reports/{id}:
    servers: [{url: 'https://paths.spread.invalid'}]
    get:
      operationId: getReport
      servers: [{url: 'https://reports.spread.invalid'}]
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        '200':
          description: A report
          content:
            application/json:
              schema:
                type: object
                properties: {id: {type: integer}}
"""

NO_DEFAULT = SPEC.replace("servers: [{url: 'https://api.spread.invalid/v1'}]\n", "").replace(
    "Spread Out", "Spread Bare"
)


def _generate(folder: Path, name: str, text: str, dist: str, package: str) -> ModuleType:
    (folder / name).write_text(text, encoding="utf-8")
    assert cli.main(["generate", str(folder / name), "--output", str(folder / "out")]) == 0
    sys.path.insert(0, str(folder / "out" / dist / "src"))
    for loaded in [key for key in sys.modules if key.split(".")[0] == package]:
        del sys.modules[loaded]
    return importlib.import_module(package)


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, ModuleType]]:
    folder = tmp_path_factory.mktemp("servers")
    spread = _generate(folder, "spread.yaml", SPEC, "spread-out-api", "spread_out_api")
    bare = _generate(folder, "bare.yaml", NO_DEFAULT, "spread-bare-api", "spread_bare_api")
    yield spread, bare
    for dist in ("spread-out-api", "spread-bare-api"):
        sys.path.remove(str(folder / "out" / dist / "src"))


def _urls(client: Any) -> list[str]:
    """The URL each route's request would go to (built, not sent)."""
    transport = client._transport
    return [
        transport.prepare(transport.route("listItems"), {}).url,
        transport.prepare(transport.route("upload"), {"body": b"x"}).url,
        transport.prepare(transport.route("getReport"), {"id": 3}).url,
    ]


def test_at_the_default_base_url_a_route_uses_its_own_server(
    packages: tuple[ModuleType, ModuleType],
) -> None:
    spread, _ = packages
    for base_url in ({}, {"base_url": "https://api.spread.invalid/v1/"}):
        with spread.SpreadOutClient(**base_url) as client:
            assert _urls(client) == [
                "https://api.spread.invalid/v1/items",
                # The path's servers (variables filled in), the operation's over the path's.
                "https://eu.uploads.spread.invalid/v2/uploads",
                "https://reports.spread.invalid/reports/3",
            ]


@pytest.mark.parametrize("name", ["SpreadOutClient", "SpreadBareClient"])
def test_another_base_url_takes_every_call(
    packages: tuple[ModuleType, ModuleType], name: str
) -> None:
    package = packages[0] if name == "SpreadOutClient" else packages[1]
    testing = importlib.import_module(package.__name__ + ".testing")
    simulator_class = getattr(testing, name.removesuffix("Client") + "Simulator")
    with (
        simulator_class() as sim,
        getattr(package, name)(base_url=sim.base_url, retries=0, timeout=5) as client,
    ):
        assert all(url.startswith(sim.base_url + "/") for url in _urls(client))
        assert all(isinstance(item, str) for item in client.default.list_items())
        client.default.upload(body=b"\x00png")
        assert isinstance(client.default.get_report(id=3).id, int)
        assert [request.operation_id for request in sim.requests] == [
            "listItems",
            "upload",
            "getReport",
        ]


def test_the_simulator_also_takes_a_routes_server_path(
    packages: tuple[ModuleType, ModuleType],
) -> None:
    spread, _ = packages
    testing = importlib.import_module("spread_out_api.testing")
    with (
        testing.SpreadOutSimulator() as sim,
        spread.SpreadOutClient(base_url=sim.base_url + "/v2", retries=0, timeout=5) as client,
    ):
        client.default.upload(body=b"x")
        assert sim.requests[0].operation_id == "upload"
