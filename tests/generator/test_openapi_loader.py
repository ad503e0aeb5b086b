"""The OpenAPI loader turns our conventions into the IR."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import ir
from generator.loaders.openapi import OpenApiLoader, SpecError, load_openapi

GOLDEN_SPEC = Path(__file__).parent / "golden" / "spec.yaml"


@pytest.fixture(scope="module")
def api() -> ir.Api:
    return load_openapi(GOLDEN_SPEC)


def op(api: ir.Api, operation_id: str) -> ir.Operation:
    return next(o for o in api.operations if o.operation_id == operation_id)


def test_target_and_groups(api: ir.Api) -> None:
    assert (api.distribution, api.package, api.client_class, api.flavor) == (
        "tiny-shop-api",
        "tiny_shop_api",
        "TinyShopClient",
        "generic",
    )
    assert api.groups() == ("items",)
    assert api.group_doc("items") == "Items for sale."


def test_query_parameters_paging_and_idempotency(api: ir.Api) -> None:
    listing = op(api, "items_list")
    assert listing.name == "list_items"
    assert isinstance(listing.transport, ir.HttpRoute)
    assert (listing.transport.method, listing.transport.path) == ("GET", "/items")
    assert [(p.name, p.location) for p in listing.params] == [
        ("after", "query"),
        ("before", "query"),
        ("limit", "query"),
        ("kind", "query"),
    ]
    assert listing.paging == ir.CursorPaging("after", "before", "limit", 50, "X-After", "X-Before")
    assert listing.idempotent is True
    assert listing.response == ir.ListType(ir.ModelType("Item"))


def test_json_body_properties_become_arguments_required_first(api: ir.Api) -> None:
    create = op(api, "items_create")
    assert isinstance(create.transport, ir.HttpRoute)
    assert create.transport.body_kind == "json-object"
    assert [(p.name, p.location, p.required) for p in create.params] == [
        ("name", "body", True),
        ("price", "body", True),
        ("tags", "body", False),
        ("note", "body", False),
    ]
    assert create.idempotent is False
    assert create.extra_params is False


def test_path_parameters_are_required(api: ir.Api) -> None:
    (param,) = op(api, "items_get").params
    assert (param.location, param.required) == ("path", True)


def _document(**operation: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "T",
            "version": "1",
            "x-generator": {
                "distribution": "t-api",
                "package": "t_api",
                "client": "T",
                "flavor": "generic",
            },
        },
        "components": {
            "securitySchemes": {
                "key": {"type": "apiKey", "in": "header", "name": "K"},
                "oauth": {"type": "oauth2", "flows": {}},
            }
        },
        "paths": {"/x": {"post": {"operationId": "x", "responses": {}, **operation}}},
    }


@pytest.mark.parametrize(
    ("security", "kind"),
    [([], "none"), ([{"key": []}], "signed"), ([{"oauth": ["read"]}], "oauth")],
)
def test_security_kinds(security: list[dict[str, list[str]]], kind: str) -> None:
    (operation,) = OpenApiLoader(_document(security=security)).load().operations
    assert operation.auth.kind == kind


def test_free_form_query_becomes_extra_params() -> None:
    parameters = [{"name": "extra", "in": "query", "schema": {"type": "object"}}]
    (operation,) = OpenApiLoader(_document(parameters=parameters)).load().operations
    assert operation.params == ()
    assert operation.extra_params is True


def test_x_operations_split_a_union_body_and_constants_are_marked() -> None:
    document = _document(
        requestBody={"content": {"application/x-www-form-urlencoded": {"schema": {"oneOf": []}}}},
        **{
            "x-operations": [
                {"operationId": "a", "x-method": "first", "body-schema": "#/components/schemas/A"},
                {"operationId": "b", "x-method": "second", "body-schema": "#/components/schemas/B"},
            ]
        },
    )
    document["components"]["schemas"] = {
        "A": {"type": "object", "required": ["kind"], "properties": {"kind": {"const": "a"}}},
        "B": {"type": "object", "properties": {"n": {"type": "integer"}}},
    }
    first, second = OpenApiLoader(document).load().operations
    assert (first.name, second.name) == ("first", "second")
    assert first.params[0].constant is True
    assert second.params[0].constant is False


def test_duplicate_method_names_are_refused() -> None:
    document = _document(**{"x-method": "same", "tags": ["g"]})
    document["paths"]["/y"] = {"get": {"operationId": "y", "x-method": "same", "tags": ["g"]}}
    with pytest.raises(SpecError, match=r"both map to g\.same"):
        OpenApiLoader(document).load()


def test_an_operation_is_resent_only_when_the_spec_says_so() -> None:
    """No `x-idempotent` means unsafe, whatever the HTTP method: a GET may change state too."""
    document = load_openapi(GOLDEN_SPEC)
    assert op(document, "items_get").idempotent is True
    raw = yaml.safe_load(GOLDEN_SPEC.read_text(encoding="utf-8"))
    for item in raw["paths"].values():
        for operation in item.values():
            operation.pop("x-idempotent", None)
    unmarked = OpenApiLoader(raw).load()
    assert not any(operation.idempotent for operation in unmarked.operations)
