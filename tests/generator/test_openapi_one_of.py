"""`oneOf` in a request means exactly one option: a body that fits two options is refused by
a server built on the spec, so the generated client refuses it before sending and the
generated simulator answers 400, both naming the field and the rule. A discriminator's tag
chooses the option that judges the value. Answers stay lenient (decoded as the first option
that fits)."""

from __future__ import annotations

import importlib
import json
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest

from generator import cli

SPEC = """\
openapi: 3.1.0
info: {title: Exact Choices, version: '1'}
servers: [{url: 'https://choices.invalid'}]
paths:
  /numbers:
    post:
      operationId: postNumber
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - {type: integer}
                - {type: number, minimum: 0}
      responses: {'204': {description: Taken}}
  /orders:
    post:
      operationId: postOrder
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [amount]
              properties:
                amount:
                  oneOf:
                    - {type: integer}
                    - {type: number, minimum: 0}
      responses: {'204': {description: Taken}}
  /shapes:
    post:
      operationId: postShape
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - $ref: '#/components/schemas/Circle'
                - $ref: '#/components/schemas/Square'
      responses: {'204': {description: Taken}}
  /pets:
    post:
      operationId: postPet
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - $ref: '#/components/schemas/Cat'
                - $ref: '#/components/schemas/Dog'
              discriminator:
                propertyName: petType
                mapping: {cat: '#/components/schemas/Cat', dog: Dog}
      responses: {'204': {description: Taken}}
    get:
      operationId: getPet
      responses:
        '200':
          description: A pet; every Cat is also a Dog, so answers must not be held to oneOf
          content:
            application/json:
              schema:
                oneOf:
                  - $ref: '#/components/schemas/Cat'
                  - $ref: '#/components/schemas/Dog'
components:
  schemas:
    Circle:
      type: object
      required: [radius]
      properties: {radius: {type: number}}
    Square:
      type: object
      required: [side]
      properties: {side: {type: number}}
    Cat:
      type: object
      required: [petType]
      properties: {petType: {type: string}, name: {type: string}}
    Dog:
      type: object
      required: [petType]
      properties: {petType: {type: string}, bark: {type: string}}
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("choices")
    (folder / "choices.yaml").write_text(SPEC, encoding="utf-8")
    output = folder / "out"
    assert cli.main(["generate", str(folder / "choices.yaml"), "--output", str(output)]) == 0
    source = str(folder / "out" / "exact-choices-api" / "src")
    sys.path.insert(0, source)
    for name in [name for name in sys.modules if name.split(".")[0] == "exact_choices_api"]:
        del sys.modules[name]
    try:
        yield importlib.import_module("exact_choices_api")
    finally:
        sys.path.remove(source)


@pytest.fixture
def served(package: ModuleType) -> Iterator[tuple[Any, Any, ModuleType]]:
    testing = importlib.import_module("exact_choices_api.testing")
    with (
        testing.ExactChoicesSimulator() as sim,
        package.ExactChoicesClient(base_url=sim.base_url, retries=0) as client,
    ):
        yield sim, client, importlib.import_module("exact_choices_api.models")


def post(url: str, body: Any) -> tuple[int, Any]:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, None
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


# (route, path, the call through the client, its JSON body, the field named, the rule)
Call = Callable[[Any, ModuleType], Any]
REFUSED: list[tuple[str, Call, Any, str, str]] = [
    # 5 is an integer and a number >= 0: two options fit.
    (
        "/numbers",
        lambda client, m: client.default.post_number(body=5),
        5,
        "body",
        "matches 2 of the oneOf options (1, 2); exactly one must match",
    ),
    (
        "/numbers",
        lambda client, m: client.default.post_number(body=-0.5),
        -0.5,
        "body",
        "matches none of the oneOf options",
    ),
    (
        "/orders",
        lambda client, m: client.default.post_order(amount=7),
        {"amount": 7},
        "amount",
        "matches 2 of the oneOf options",
    ),
    # A Circle whose JSON also carries a side is a Square too, for the server.
    (
        "/shapes",
        lambda client, m: client.default.post_shape(
            body=m.Circle(radius=1.0, extra_fields={"side": 2.0})
        ),
        {"radius": 1.0, "side": 2.0},
        "body",
        "matches 2 of the oneOf options",
    ),
    # The tag says dog: the Dog schema judges, and names the field it refuses.
    (
        "/pets",
        lambda client, m: client.default.post_pet(body=m.Dog(pet_type="dog", bark=5)),
        {"petType": "dog", "bark": 5},
        "bark",
        "string",
    ),
]


@pytest.mark.parametrize(
    ("path", "call", "body", "field", "rule"), REFUSED, ids=[f"{r[0]}-{r[3]}" for r in REFUSED]
)
def test_client_and_simulator_refuse_alike(
    served: tuple[Any, Any, ModuleType], path: str, call: Call, body: Any, field: str, rule: str
) -> None:
    sim, client, models = served
    with pytest.raises(ValueError) as raised:
        call(client, models)
    assert getattr(raised.value, "field", "").rsplit(".", 1)[-1] == field, raised.value
    assert rule in str(raised.value)
    assert sim.requests == []  # refused before sending
    status, error = post(sim.base_url + path, body)
    assert (status, error["field"]) == (400, field), error
    assert rule in error["message"], error


ACCEPTED: list[tuple[Call, Any]] = [
    (lambda client, m: client.default.post_number(body=-3), -3),
    (lambda client, m: client.default.post_number(body=2.5), 2.5),
    (lambda client, m: client.default.post_order(amount=0.25), {"amount": 0.25}),
    (lambda client, m: client.default.post_shape(body=m.Square(side=2.0)), {"side": 2.0}),
    # Without its tag a Dog's JSON fits Cat too; the tag chooses Dog.
    (
        lambda client, m: client.default.post_pet(body=m.Dog(pet_type="dog", bark="woof")),
        {"petType": "dog", "bark": "woof"},
    ),
    # A Cat instance tagged dog goes as a dog, and the Dog schema takes it.
    (
        lambda client, m: client.default.post_pet(body=m.Cat(pet_type="dog", name="Rex")),
        {"petType": "dog", "name": "Rex"},
    ),
]


@pytest.mark.parametrize(("call", "body"), ACCEPTED)
def test_client_and_simulator_accept_alike(
    served: tuple[Any, Any, ModuleType], call: Call, body: Any
) -> None:
    sim, client, models = served
    call(client, models)
    assert json.loads(sim.requests[-1].body) == body
    assert post(sim.base_url + sim.requests[-1].path, body)[0] == 204


def test_without_a_known_tag_the_options_are_counted(served: tuple[Any, Any, ModuleType]) -> None:
    sim, client, models = served
    with pytest.raises(ValueError, match="matches 2 of the oneOf options"):
        client.default.post_pet(body=models.Dog(pet_type="wolf", bark="woof"))
    status, error = post(sim.base_url + "/pets", {"petType": "wolf", "bark": "woof"})
    assert status == 400 and "matches 2 of the oneOf options" in error["message"]


def test_answers_are_not_held_to_one_option(served: tuple[Any, Any, ModuleType]) -> None:
    sim, client, models = served
    sim.set_response("getPet", {"petType": "dog", "bark": "woof"})  # fits Cat and Dog
    assert isinstance(client.default.get_pet(), models.Cat | models.Dog)
