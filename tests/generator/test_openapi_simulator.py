"""The simulator every generic REST distribution ships (`<package>.testing`): it serves the
client's routes, checks requests against the spec (a 400 naming the field and the rule), and
answers with the spec's examples or realistic values valid against the response schemas."""

from __future__ import annotations

import importlib
import json
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator import cli
from generator.runtime.testing.openapi.simulator import OpenApiSimulator, as_json_schema_2020
from tests.generator.openapi_calls import call_every_operation, credentials

SPECS = Path(__file__).parent / "openapi_specs"


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    """petstore30.yaml and secured.yaml generated and imported from a temporary folder."""
    output = tmp_path_factory.mktemp("simulated")
    status = cli.main(
        [
            "generate",
            str(SPECS / "petstore30.yaml"),
            str(SPECS / "secured.yaml"),
            str(SPECS / "quirks.yaml"),
            "--output",
            str(output),
        ]
    )
    assert status == 0
    found: dict[str, ModuleType] = {}
    for name, package in (
        ("swagger-petstore-api", "swagger_petstore_api"),
        ("secured-service-api", "secured_service_api"),
        ("quirks-api", "quirks_api"),
    ):
        sys.path.insert(0, str(output / name / "src"))
        for loaded in [key for key in sys.modules if key.split(".")[0] == package]:
            del sys.modules[loaded]
        found[package] = importlib.import_module(package)
        importlib.import_module(package + ".testing")
    yield found
    for name in ("swagger-petstore-api", "secured-service-api", "quirks-api"):
        sys.path.remove(str(output / name / "src"))


@pytest.fixture
def petstore(packages: dict[str, ModuleType]) -> Iterator[tuple[Any, Any, ModuleType]]:
    package = packages["swagger_petstore_api"]
    with (
        package.testing.SwaggerPetstoreSimulator() as sim,
        package.SwaggerPetstoreClient(base_url=sim.base_url, retries=0) as client,
    ):
        yield sim, client, package


def send(
    url: str, method: str = "GET", body: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, Any]:
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def test_every_route_of_the_client_answers(petstore: tuple[Any, Any, ModuleType]) -> None:
    sim, client, package = petstore
    assert call_every_operation(package, sim, client) == []
    # Only the routes the client has: the skipped ones (cookie, union body...) too, if kept.
    assert {op.operation_id for op in sim.operations} == set(package._routes.ROUTES)


def test_answers_are_typed_realistic_and_valid(petstore: tuple[Any, Any, ModuleType]) -> None:
    sim, client, package = petstore
    pets = client.pets.list_pets(tags=["a", "b"], ids=[1, 2], limit=5)
    assert len(pets) >= 2 and all(isinstance(pet, package.models.Pet) for pet in pets)
    pet = client.pets.show_pet_by_id(pet_id=7)
    assert isinstance(pet.id, int)
    sent = sim.requests[0]
    assert sent.operation_id == "listPets"
    assert sent.query == [("tags", "a"), ("tags", "b"), ("ids", "1,2"), ("limit", "5")]


def test_a_set_response_is_served_and_checked_against_the_spec(
    petstore: tuple[Any, Any, ModuleType],
) -> None:
    sim, client, _ = petstore
    sim.set_response("showPetById", {"id": 3, "name": "Rex", "tag": None})
    assert (
        client.pets.show_pet_by_id(pet_id=3).name,
        client.pets.show_pet_by_id(pet_id=3).tag,
    ) == (
        "Rex",
        None,
    )
    with pytest.raises(ValueError, match="id: 'x' is not of type 'integer'"):
        sim.set_response("pets.show_pet_by_id", {"id": "x", "name": "Rex"})


@pytest.mark.parametrize(
    ("target", "method", "body", "status", "field", "rule"),
    [
        ("/pets?limit=abc", "GET", None, 400, "limit", "is not of type 'integer'"),
        ("/pets?limit=100", "GET", None, 400, "limit", "greater than or equal to the maximum"),
        ("/pets?ids=1,x", "GET", None, 400, "ids/1", "is not of type 'integer'"),
        ("/pets?since=yesterday", "GET", None, 400, "since", "is not a 'date-time'"),
        ("/pets/abc", "GET", None, 400, "petId", "is not of type 'integer'"),
        ("/pets", "POST", b"{}", 400, "body", "'name' is a required property"),
        ("/pets", "POST", b'{"name": 5}', 400, "name", "is not of type 'string'"),
        ("/pets", "POST", b"{not json", 400, "body", "not valid JSON"),
        ("/pets", "POST", None, 400, "body", "the request body is required"),
        ("/nowhere", "GET", None, 404, "path", "no route GET /nowhere"),
        ("/pets", "PATCH", b"{}", 405, "method", "allowed: GET, POST"),
    ],
)
def test_bad_requests_are_refused_naming_the_field_and_rule(
    petstore: tuple[Any, Any, ModuleType],
    target: str,
    method: str,
    body: bytes | None,
    status: int,
    field: str,
    rule: str,
) -> None:
    sim = petstore[0]
    headers = {"Content-Type": "application/json"} if body is not None else {}
    answered, error = send(sim.base_url + target, method, body, headers)
    assert answered == status
    assert error["field"] == field, error
    assert rule in error["message"]


def test_an_error_the_spec_types_comes_in_its_shape(petstore: tuple[Any, Any, ModuleType]) -> None:
    sim = petstore[0]
    status, error = send(sim.base_url + "/pets?limit=0")
    # listPets declares a `default` Error {code, message}: the refusal has that shape.
    assert status == 400
    assert error["code"] == 400 and error["message"].startswith("limit: ")


def test_the_server_path_of_the_spec_is_accepted_too(petstore: tuple[Any, Any, ModuleType]) -> None:
    sim = petstore[0]
    status, body = send(sim.base_url + "/v1/pets/5")
    assert status == 200 and body["id"] >= 0


def test_faults_are_served(petstore: tuple[Any, Any, ModuleType]) -> None:
    sim, client, package = petstore
    sim.inject(package.testing.RateLimited(retry_after=0.01, only="listPets"))
    with pytest.raises(package.errors.ApiError) as raised:
        client.pets.list_pets()
    assert raised.value.status == 429
    assert client.pets.list_pets()  # used up: the next call is answered


def test_credentials_are_required_checked_and_redacted(packages: dict[str, ModuleType]) -> None:
    package = packages["secured_service_api"]
    with package.testing.SecuredServiceSimulator() as sim:
        status, error = send(sim.base_url + "/me")
        assert (status, error["field"]) == (401, "credentials")
        assert "bearer" in error["message"]
        status, _ = send(sim.base_url + "/me", headers={"Authorization": "Bearer x"})
        assert status == 200
        with package.SecuredServiceClient(base_url=sim.base_url, retries=0) as anonymous:
            anonymous.default.open()
        secret = "s3cret-token"
        kwargs = {**credentials(package.SecuredServiceClient), "bearer": secret}
        with package.SecuredServiceClient(base_url=sim.base_url, retries=0, **kwargs) as client:
            assert call_every_operation(package, sim, client) == []
        assert all(secret not in repr(request) for request in sim.requests)


def test_openapi_30_schemas_are_read_as_30() -> None:
    document = {
        "openapi": "3.0.3",
        "components": {
            "schemas": {
                "A": {"type": "string", "nullable": True, "enum": ["x"]},
                "B": {"type": "integer", "minimum": 1, "exclusiveMinimum": True},
                "C": {"nullable": True, "allOf": [{"$ref": "#/components/schemas/B"}]},
                "D": {"oneOf": [{"type": "integer"}, {"type": "number"}]},
            }
        },
    }
    schemas = as_json_schema_2020(document)["components"]["schemas"]
    assert schemas["A"] == {"type": ["string", "null"], "enum": ["x", None]}
    assert schemas["B"] == {"type": "integer", "exclusiveMinimum": 1}
    assert schemas["C"] == {
        "anyOf": [{"allOf": [{"$ref": "#/components/schemas/B"}]}, {"type": "null"}]
    }
    # oneOf stays oneOf: the simulator judges it exactly in requests, leniently in answers.
    assert schemas["D"] == {"oneOf": [{"type": "integer"}, {"type": "number"}]}
    assert document["components"]["schemas"]["A"]["nullable"] is True  # the input is untouched


def test_the_simulator_runs_in_place_from_a_document() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "thing",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string", "format": "uuid"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["id"],
                                        "properties": {
                                            "id": {"type": "string", "format": "uuid"},
                                            "when": {"type": "string", "format": "date"},
                                        },
                                    },
                                    "example": {"id": "not-a-uuid"},
                                }
                            },
                        }
                    },
                }
            }
        },
    }
    with OpenApiSimulator(document) as sim:
        status, body = send(sim.base_url + "/things/0b9f1b0e-8f5e-4c56-9a53-8cbd2a8e0f4e")
        # The spec's example breaks its own schema (not a uuid): a generated value is sent.
        assert status == 200 and body["id"] != "not-a-uuid"
        import uuid

        uuid.UUID(body["id"])
        assert send(sim.base_url + "/things/nope")[0] == 400


def test_head_routes_and_read_only_fields(packages: dict[str, ModuleType]) -> None:
    """A HEAD route answers with headers only; a required readOnly property is required in
    answers, never in requests (the client does not send it)."""
    package = packages["quirks_api"]
    with (
        package.testing.QuirksSimulator() as sim,
        package.QuirksClient(base_url=sim.base_url, retries=0) as client,
    ):
        assert call_every_operation(package, sim, client) == []
        request = urllib.request.Request(sim.base_url + "/switches/x", method="HEAD")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=5)
        assert refused.value.code == 400 and refused.value.read() == b""
        assert "'id' is a required property" in str(
            sim.schemas.first_error({"$ref": "#/components/schemas/Switch"}, {"on": True})
        )
