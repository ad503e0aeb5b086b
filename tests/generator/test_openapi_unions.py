"""oneOf with a discriminator: the option the tag names is decoded, whatever the order of the
options (tried in order, an object with only optional fields would always be the first)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from types import ModuleType

import pytest

from generator import cli

SPEC = """\
openapi: 3.1.0
info: {title: Tagged Pets, version: '1'}
servers: [{url: 'https://pets.invalid'}]
paths:
  /pet:
    get:
      operationId: getPet
      responses:
        '200':
          description: A pet
          content:
            application/json:
              schema:
                oneOf:
                  - $ref: '#/components/schemas/Cat'
                  - $ref: '#/components/schemas/Dog'
                  - $ref: '#/components/schemas/Bird'
                discriminator:
                  propertyName: petType
                  mapping: {dog: '#/components/schemas/Dog', cat: Cat}
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: Pets
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/AnyPet'}
components:
  schemas:
    AnyPet:
      oneOf:
        - $ref: '#/components/schemas/Cat'
        - $ref: '#/components/schemas/Dog'
        - {type: 'null'}
      discriminator: {propertyName: petType}
    Cat:
      type: object
      properties:
        petType: {type: string}
        name: {type: string}
    Dog:
      type: object
      properties:
        petType: {type: string}
        bark: {type: string}
    Bird:
      type: object
      properties:
        petType: {type: string, const: parrot}
        wings: {type: integer}
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("tagged")
    (folder / "pets.yaml").write_text(SPEC, encoding="utf-8")
    assert cli.main(["generate", str(folder / "pets.yaml"), "--output", str(folder / "out")]) == 0
    source = str(folder / "out" / "tagged-pets-api" / "src")
    sys.path.insert(0, source)
    for name in [name for name in sys.modules if name.split(".")[0] == "tagged_pets_api"]:
        del sys.modules[name]
    try:
        yield importlib.import_module("tagged_pets_api")
    finally:
        sys.path.remove(source)


def test_the_tag_picks_the_option(package: ModuleType) -> None:
    testing = importlib.import_module("tagged_pets_api.testing")
    models = importlib.import_module("tagged_pets_api.models")
    with (
        testing.TaggedPetsSimulator() as sim,
        package.TaggedPetsClient(base_url=sim.base_url) as client,
    ):
        # By the mapping, by the option's single allowed tag value, by the component name.
        sim.set_response("getPet", {"petType": "dog", "bark": "woof"})
        assert client.default.get_pet() == models.Dog(pet_type="dog", bark="woof")
        sim.set_response("getPet", {"petType": "parrot", "wings": 2})
        assert isinstance(client.default.get_pet(), models.Bird)
        sim.set_response(
            "listPets",
            [{"petType": "Dog", "bark": "x"}, None, {"petType": "other", "name": "Tom"}],
        )
        dog, nothing, unknown = client.default.list_pets()
        assert isinstance(dog, models.Dog) and nothing is None
        # A tag no option claims: the first option that fits, as for any union.
        assert isinstance(unknown, models.Cat)


def test_the_simulator_tags_its_examples_with_the_option_they_fit(package: ModuleType) -> None:
    testing = importlib.import_module("tagged_pets_api.testing")
    with testing.TaggedPetsSimulator() as sim:
        pets = sim.example("listPets")
    tags = {pet["petType"] for pet in pets if pet is not None}
    assert tags and tags <= {"Cat", "Dog"}, pets
