"""`prefixItems` with optional trailing positions (JSON Schema 2020-12: `minItems` says how
many positions are required, positions after the listed ones follow `items`, `items: false`
allows none): one tuple type per allowed length, which Python 3.10 can write. An array with
no upper bound cannot be typed on 3.10 and is skipped, saying why."""

from __future__ import annotations

import contextlib
import importlib
import inspect
import io
import json
import sys
import typing
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator import cli
from generator.verify import check_generated

SPEC = """\
openapi: 3.1.0
info: {title: Tuple Shapes, version: '1'}
servers: [{url: 'https://tuples.invalid'}]
paths:
  /marks:
    post:
      operationId: postMark
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [point]
              properties:
                point:
                  type: array
                  prefixItems: [{type: number}, {type: number}]
                  items: {type: string}
                  minItems: 2
                  maxItems: 3
                pair:
                  type: array
                  prefixItems: [{type: integer}, {type: string}]
                  items: false
      responses:
        '200':
          description: The pairs kept
          content:
            application/json:
              schema:
                type: array
                items:
                  type: array
                  prefixItems: [{type: integer}, {type: string}]
                  items: false
  /open:
    post:
      operationId: postOpen
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                row:
                  type: array
                  prefixItems: [{type: string}]
                  items: {type: number}
      responses: {'204': {description: Taken}}
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str, ModuleType]]:
    folder = tmp_path_factory.mktemp("tuples")
    (folder / "tuples.yaml").write_text(SPEC, encoding="utf-8")
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = cli.main(["generate", str(folder / "tuples.yaml"), "--output", str(folder)])
    assert status == 0, err.getvalue()
    source = str(folder / "tuple-shapes-api" / "src")
    sys.path.insert(0, source)
    for name in [name for name in sys.modules if name.split(".")[0] == "tuple_shapes_api"]:
        del sys.modules[name]
    try:
        yield folder, err.getvalue(), importlib.import_module("tuple_shapes_api")
    finally:
        sys.path.remove(source)


def test_each_allowed_length_is_a_tuple_type(generated: tuple[Path, str, ModuleType]) -> None:
    _, _, package = generated
    with package.TupleShapesClient() as client:
        method = client.default.post_mark
        hints = typing.get_type_hints(method)
    assert hints["point"] == tuple[float, float] | tuple[float, float, str]
    # No minItems: even the empty array is allowed.
    assert hints["pair"] == tuple[()] | tuple[int] | tuple[int, str] | None
    assert hints["return"] == list[tuple[()] | tuple[int] | tuple[int, str]]
    assert "point" in inspect.signature(method).parameters


def test_the_generated_package_is_lint_format_and_type_clean(
    generated: tuple[Path, str, ModuleType],
) -> None:
    folder, _, _ = generated
    assert check_generated(folder) == []


def test_an_open_tuple_is_skipped_saying_why(generated: tuple[Path, str, ModuleType]) -> None:
    _, warnings, _ = generated
    assert "skipped POST /open" in warnings
    assert "no Python 3.10 type" in warnings and "give maxItems, or items: false" in warnings
    assert "postOpen" not in importlib.import_module("tuple_shapes_api._routes").ROUTES


def _post(url: str, body: Any) -> tuple[int, Any]:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_tuples_go_and_come_back(generated: tuple[Path, str, ModuleType]) -> None:
    _, _, package = generated
    testing = importlib.import_module("tuple_shapes_api.testing")
    with (
        testing.TupleShapesSimulator() as sim,
        package.TupleShapesClient(base_url=sim.base_url, retries=0) as client,
    ):
        sim.set_response("postMark", [[1, "a"], [], [2]])
        assert client.default.post_mark(point=(1.0, 2.0)) == [(1, "a"), (), (2,)]
        client.default.post_mark(point=(1.0, 2.5, "north"), pair=(7,))
        client.default.post_mark(point=(0.0, 0.0), pair=())
        sent = [json.loads(request.body) for request in sim.requests]
        assert sent == [
            {"point": [1.0, 2.0]},
            {"point": [1.0, 2.5, "north"], "pair": [7]},
            {"point": [0.0, 0.0], "pair": []},
        ]
        sim.inject(testing.CannedReply(200, [[1, "a", True]]))  # three positions of two
        with pytest.raises(package.errors.DecodeError, match="matches none of the allowed"):
            client.default.post_mark(point=(1.0, 2.0))


@pytest.mark.parametrize(
    ("arguments", "body", "field"),
    [
        ({"point": (1.0,)}, {"point": [1.0]}, "point"),
        ({"point": (1.0, 2.0, "a", "b")}, {"point": [1.0, 2.0, "a", "b"]}, "point"),
        ({"point": (1.0, 2.0, 3.0)}, {"point": [1.0, 2.0, 3.0]}, "point/2"),
        (
            {"point": (1.0, 2.0), "pair": (1, "a", "b")},
            {"point": [1, 2], "pair": [1, "a", "b"]},
            "pair",
        ),
    ],
)
def test_client_and_simulator_refuse_the_same_arrays(
    generated: tuple[Path, str, ModuleType], arguments: dict[str, Any], body: Any, field: str
) -> None:
    _, _, package = generated
    testing = importlib.import_module("tuple_shapes_api.testing")
    with (
        testing.TupleShapesSimulator() as sim,
        package.TupleShapesClient(base_url=sim.base_url, retries=0) as client,
    ):
        with pytest.raises(package.ValidationError) as raised:
            client.default.post_mark(**arguments)
        assert raised.value.field.startswith(field.split("/")[0])
        assert sim.requests == []
        status, error = _post(sim.base_url + "/marks", body)
        assert (status, error["field"]) == (400, field), error
