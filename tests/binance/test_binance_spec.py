"""specs/binance-oauth.yaml: structure, project conventions, and the references' examples."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "binance-oauth.yaml"
SPEC_URI = "urn:binance-oauth"
ACCOUNTS = "https://accounts.binance.com"
OAUTH_API = "https://www.binanceapis.com"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def validator(spec: dict[str, Any], pointer: str) -> Draft202012Validator:
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return Draft202012Validator({"$ref": f"{SPEC_URI}#{pointer}"}, registry=registry)


def schema(spec: dict[str, Any], name: str) -> Draft202012Validator:
    return validator(spec, f"/components/schemas/{name}")


def response_schema(spec: dict[str, Any], path: str, method: str, status: str) -> str:
    content = spec["paths"][path][method]["responses"][status]["content"]
    ref: str = content["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[-1]


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            found[op["operationId"]] = (path, method, op)
    return found


def param_schema(op: dict[str, Any], name: str) -> dict[str, Any]:
    params: list[dict[str, Any]] = op["parameters"]
    for param in params:
        if param["name"] == name:
            return param
    raise KeyError(name)


# ------------------------------------------------------------------------ structure


def test_spec_validates(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.1")
    assert spec["info"]["x-generator"] == {
        "distribution": "binance-oauth-api",
        "package": "binance_oauth_api",
        "client": "BinanceOAuthClient",
    }


def test_five_endpoints_with_servers(spec: dict[str, Any]) -> None:
    ops = operations(spec)
    expected = {
        "oauth_authorization_url": ("/en/oauth/authorize", "get", ACCOUNTS, True),
        "oauth_token": ("/oauth/token", "post", ACCOUNTS, False),
        "user_info": ("/oauth-api/v1/user-info", "get", OAUTH_API, True),
        "oauth_revoke_token": ("/oauth-api/v1/revoke-token", "post", OAUTH_API, False),
    }
    assert set(ops) == set(expected)
    for op_id, (path, method, host, idempotent) in expected.items():
        op_path, op_method, op = ops[op_id]
        assert (op_path, op_method) == (path, method)
        assert [s["url"] for s in op["servers"]] == [host]
        assert op["x-idempotent"] is idempotent
        # project convention: one tag, operationId == <tag>_<x-method>
        (tag,) = op["tags"]
        assert op_id == f"{tag}_{op['x-method']}"
    assert ops["oauth_authorization_url"][2]["x-browser-redirect"] is True
    assert ops["oauth_authorization_url"][2]["security"] == []
    assert ops["oauth_token"][2]["security"] == []


def test_token_operation_covers_both_grants(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/oauth/token"]["post"]
    body = op["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]
    assert body["$ref"] == "#/components/schemas/TokenRequest"
    token_request = spec["components"]["schemas"]["TokenRequest"]
    assert token_request["discriminator"]["propertyName"] == "grant_type"
    assert set(token_request["discriminator"]["mapping"]) == {
        "authorization_code",
        "refresh_token",
    }
    logical = {entry["grant_type"]: entry for entry in op["x-operations"]}
    assert set(logical) == {"authorization_code", "refresh_token"}
    for grant, entry in logical.items():
        assert entry["body-schema"] == token_request["discriminator"]["mapping"][grant]
        assert entry["operationId"] == f"oauth_{entry['x-method']}"
    assert response_schema(spec, "/oauth/token", "post", "200") == "TokenResponse"
    assert response_schema(spec, "/oauth/token", "post", "400") == "OAuthError"
    assert response_schema(spec, "/oauth/token", "post", "401") == "OAuthError"


def test_security_scheme(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["binanceOAuth"]
    flow = scheme["flows"]["authorizationCode"]
    assert flow["authorizationUrl"] == "https://accounts.binance.com/en/oauth/authorize"
    assert flow["tokenUrl"] == "https://accounts.binance.com/oauth/token"
    assert {"user:openId", "user:email", "create:apikey"} <= set(flow["scopes"])
    assert scheme["x-scope-separator"] == ","
    user_info = spec["paths"]["/oauth-api/v1/user-info"]["get"]
    assert user_info["security"] == [{"binanceOAuth": ["user:openId"]}]


def test_authorize_parameters(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/en/oauth/authorize"]["get"]
    names = {p["name"]: p["required"] for p in op["parameters"]}
    assert names == {
        "response_type": True,
        "client_id": True,
        "redirect_uri": True,
        "scope": True,
        "state": False,
        "code_challenge": False,
        "code_challenge_method": False,
    }
    scope = param_schema(op, "scope")
    # form style without explode serialises an array as a comma-separated value
    assert (scope["style"], scope["explode"], scope["schema"]["type"]) == ("form", False, "array")
    assert param_schema(op, "code_challenge_method")["schema"]["enum"] == ["S256"]


# ----------------------------------------------------------- the references' examples


def test_token_response_example(spec: dict[str, Any]) -> None:
    documented = {
        "access_token": "83f2bf51-a2c4-4c2e-b7c4-46cef6a8dba5",
        "refresh_token": "fb5587ee-d9cf-4cb5-a586-4aed72cc9bea",
        "scope": "read",
        "token_type": "bearer",
        "expires_in": 30714,
    }
    check = schema(spec, "TokenResponse")
    check.validate(documented)
    check.validate({**documented, "unknown_field": 1})  # open object
    assert not check.is_valid({"access_token": "x", "token_type": "bearer"})


@pytest.mark.parametrize(
    "body",
    [
        {"error": "invalid_grant", "error_description": "Invalid authorization code: 95OfIm"},
        {"error": "invalid_client", "error_description": "Bad client credentials"},
        {"error": "invalid_grant", "error_description": "Code challenge failed."},
        {"error": "invalid_grant"},
        {"error": "unsupported_grant_type"},
    ],
)
def test_oauth_error_examples(spec: dict[str, Any], body: dict[str, Any]) -> None:
    schema(spec, "OAuthError").validate(body)


def test_user_info_examples(spec: dict[str, Any]) -> None:
    ref = response_schema(spec, "/oauth-api/v1/user-info", "get", "200")
    check = schema(spec, ref)
    user_id = "e10e20b7f20947e7bd206b15ce3dae90"
    only_id = {"code": "000000", "message": None, "data": {"userId": user_id}, "success": True}
    check.validate(only_id)
    check.validate(
        {
            "code": "000000",
            "message": None,
            "data": {"userId": user_id, "email": "xx@xx.com"},
            "success": True,
        }
    )
    # code stays a string of digits
    assert not check.is_valid({**only_id, "code": 0})


def test_revoke_example(spec: dict[str, Any]) -> None:
    ref = response_schema(spec, "/oauth-api/v1/revoke-token", "post", "200")
    schema(spec, ref).validate({"code": "000000", "message": None, "data": True, "success": True})


@pytest.mark.parametrize(
    "body",
    [
        {"code": "000002", "message": "illegal parameter", "data": None, "success": False},
        {
            "code": "000002",
            "message": "illegal parameter",
            "messageDetail": None,
            "data": None,
            "success": False,
        },
    ],
)
def test_envelope_error_examples(spec: dict[str, Any], body: dict[str, Any]) -> None:
    schema(spec, "EnvelopeError").validate(body)
    schema(spec, "ResourceError").validate(body)
    for path, method in (
        ("/oauth-api/v1/user-info", "get"),
        ("/oauth-api/v1/revoke-token", "post"),
    ):
        assert response_schema(spec, path, method, "default") == "EnvelopeError"
        assert response_schema(spec, path, method, "401") == "ResourceError"


def test_resource_error_accepts_rfc6750_shape(spec: dict[str, Any]) -> None:
    body = {"error": "invalid_token", "error_description": "Invalid access token: abc"}
    schema(spec, "ResourceError").validate(body)


def test_token_request_examples(spec: dict[str, Any]) -> None:
    check = schema(spec, "TokenRequest")
    code_body = dict(
        parse_qsl(
            "client_id=je-client&client_secret=je-client-secret&grant_type=authorization_code"
            "&code=95OfIm&redirect_uri=https%3A%2F%2Fdomain.com%2Foauth%2Fcallback"
        )
    )
    refresh_body = dict(
        parse_qsl(
            "client_id=je-client&client_secret=je-client-secret&grant_type=refresh_token"
            "&refresh_token=95OfIm"
        )
    )
    check.validate(code_body)
    check.validate(refresh_body)
    pkce_body = {
        "grant_type": "authorization_code",
        "code": "cf6941ae8918b6a008f1377f36a4557ab5935b36",
        "client_id": "a28f296f2cbe6c64b4d5dec24735d39b1b6fffcf",
        "redirect_uri": "https://domain.com/oauth/callback",
        "code_verifier": "FA87A1758E149A8BCD3A6D43DEAFAA013BCE2F132639ADA66C5BF101",
    }
    check.validate(pkce_body)
    assert not check.is_valid({**pkce_body, "code_verifier": "too-short"})
    assert not check.is_valid({**refresh_body, "grant_type": "password"})
    assert not check.is_valid({k: v for k, v in code_body.items() if k != "redirect_uri"})


@pytest.mark.parametrize(
    ("verifier", "challenge"),
    [
        (
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        ),
        (
            "FA87A1758E149A8BCD3A6D43DEAFAA013BCE2F132639ADA66C5BF101",
            "1vw-WOmdXSW7OHQPgnuMsZjhaQKxi3LO5L7uX0YEtHs",
        ),
    ],
)
def test_pkce_known_answers_fit_the_schemas(
    spec: dict[str, Any], verifier: str, challenge: str
) -> None:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    assert base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii") == challenge
    schema(spec, "CodeVerifier").validate(verifier)
    op = spec["paths"]["/en/oauth/authorize"]["get"]
    Draft202012Validator(param_schema(op, "code_challenge")["schema"]).validate(challenge)


def test_authorize_and_redirect_examples(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/en/oauth/authorize"]["get"]
    documented = {
        "response_type": "code",
        "client_id": "a28f296f2cbe6c64b4d5dec24735d39b1b6fffcf",
        "redirect_uri": "https://domain.com/oauth/callback",
        "state": "377f36a4557ab5935b36",
        "code_challenge": "ARU184muFVaDi3LObH5YTZSxqA5ZdYPLspCl7wFwV0U",
        "code_challenge_method": "S256",
    }
    for name, value in documented.items():
        Draft202012Validator(param_schema(op, name)["schema"]).validate(value)

    index = [p["name"] for p in op["parameters"]].index("scope")
    scopes = validator(spec, f"/paths/~1en~1oauth~1authorize/get/parameters/{index}/schema")
    documented_scope = "user:openId,create:apikey"  # the authorize example
    scopes.validate(documented_scope.split(","))
    assert not scopes.is_valid(["user:openId create:apikey"])  # spaces are not the separator

    schema(spec, "AuthorizationRedirect").validate(
        {"code": "cf6941ae8918b6a008f1377f36a4557ab5935b36", "state": "377f36a4557ab5935b36"}
    )
