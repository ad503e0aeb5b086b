"""The Binance OAuth double (tests/support/authlib_server.py), driven with plain urllib3."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import urllib3

from tests.support.authlib_server import AuthlibServer, OAuthClient, User, run_authlib_server

PUBLIC_REDIRECT = "http://127.0.0.1:8765/callback"
WEB_REDIRECT = "https://domain.example/oauth/callback"
USER = User(user_id="e10e20b7f20947e7bd206b15ce3dae90", email="xx@xx.com")
LIFETIME = 120

PUBLIC = OAuthClient(
    client_id="a28f296f2cbe6c64b4d5dec24735d39b1b6fffcf",
    redirect_uris=(PUBLIC_REDIRECT,),
    scopes=("user:openId", "user:email", "create:apikey"),
)
WEB = OAuthClient(
    client_id="web-client",
    redirect_uris=(WEB_REDIRECT,),
    scopes=("user:openId", "user:email"),
    client_secret="web-client-secret",
)

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture
def server() -> Iterator[AuthlibServer]:
    with run_authlib_server([PUBLIC, WEB], [USER], access_token_lifetime=LIFETIME) as running:
        yield running


@pytest.fixture
def http() -> Iterator[urllib3.PoolManager]:
    pool = urllib3.PoolManager(retries=False)
    yield pool
    pool.clear()


# ------------------------------------------------------------------------- helpers


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def authorize_url(server: AuthlibServer, client: OAuthClient, **params: str) -> str:
    query = {
        "response_type": "code",
        "client_id": client.client_id,
        "redirect_uri": client.redirect_uris[0],
        "scope": "user:openId,user:email",
        "state": "377f36a4557ab5935b36",
        **params,
    }
    return f"{server.authorize_url}?{urlencode(query)}"


def redirect_params(location: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def post_form(
    http: urllib3.PoolManager, url: str, fields: dict[str, str], **headers: str
) -> tuple[int, dict[str, Any]]:
    response = http.request("POST", url, body=urlencode(fields), headers={**FORM, **headers})
    return response.status, json.loads(response.data)


def get_code(server: AuthlibServer, challenge: str, **params: str) -> str:
    location = server.approve(
        authorize_url(
            server, PUBLIC, code_challenge=challenge, code_challenge_method="S256", **params
        )
    )
    return redirect_params(location)["code"]


def code_grant(code: str, verifier: str) -> dict[str, str]:
    return {
        "grant_type": "authorization_code",
        "code": code,
        "client_id": PUBLIC.client_id,
        "redirect_uri": PUBLIC_REDIRECT,
        "code_verifier": verifier,
    }


def pkce_tokens(server: AuthlibServer, http: urllib3.PoolManager) -> dict[str, Any]:
    verifier, challenge = pkce_pair()
    status, body = post_form(
        http, server.token_url, code_grant(get_code(server, challenge), verifier)
    )
    assert status == 200, body
    return body


def user_info(
    http: urllib3.PoolManager, server: AuthlibServer, access_token: str
) -> tuple[int, dict[str, Any]]:
    response = http.request(
        "GET", server.userinfo_url, headers={"Authorization": f"Bearer {access_token}"}
    )
    return response.status, json.loads(response.data)


# --------------------------------------------------------------------------- tests


def test_full_code_flow_with_pkce(server: AuthlibServer, http: urllib3.PoolManager) -> None:
    verifier, challenge = pkce_pair()
    location = server.approve(
        authorize_url(server, PUBLIC, code_challenge=challenge, code_challenge_method="S256")
    )
    assert location.startswith(PUBLIC_REDIRECT + "?")
    params = redirect_params(location)
    assert params["state"] == "377f36a4557ab5935b36"

    status, token = post_form(http, server.token_url, code_grant(params["code"], verifier))
    assert status == 200, token
    assert token["token_type"] == "bearer"
    assert UUID_RE.match(token["access_token"])
    assert UUID_RE.match(token["refresh_token"])
    assert token["expires_in"] == LIFETIME
    assert token["scope"] == "user:openId,user:email"

    status, body = user_info(http, server, token["access_token"])
    assert status == 200
    assert body == {
        "code": "000000",
        "message": None,
        "data": {"userId": USER.user_id, "email": USER.email},
        "success": True,
    }


def test_confidential_client_with_parameters_in_query_string(
    server: AuthlibServer, http: urllib3.PoolManager
) -> None:
    location = server.approve(authorize_url(server, WEB, scope="user:openId"))
    fields = {
        "grant_type": "authorization_code",
        "code": redirect_params(location)["code"],
        "client_id": WEB.client_id,
        "client_secret": "web-client-secret",
        "redirect_uri": WEB_REDIRECT,
    }
    # Binance's docs show the token call as a POST with everything in the query string.
    response = http.request("POST", f"{server.token_url}?{urlencode(fields)}")
    assert response.status == 200, response.data
    token = json.loads(response.data)

    status, body = user_info(http, server, token["access_token"])
    assert status == 200
    assert body["data"] == {"userId": USER.user_id}  # no user:email scope, no email


def test_wrong_client_secret_is_invalid_client(
    server: AuthlibServer, http: urllib3.PoolManager
) -> None:
    location = server.approve(authorize_url(server, WEB))
    status, body = post_form(
        http,
        server.token_url,
        {
            "grant_type": "authorization_code",
            "code": redirect_params(location)["code"],
            "client_id": WEB.client_id,
            "client_secret": "wrong",
            "redirect_uri": WEB_REDIRECT,
        },
    )
    assert (status, body["error"]) == (401, "invalid_client")


def test_wrong_verifier_is_invalid_grant(server: AuthlibServer, http: urllib3.PoolManager) -> None:
    _, challenge = pkce_pair()
    other_verifier, _ = pkce_pair()
    status, body = post_form(
        http, server.token_url, code_grant(get_code(server, challenge), other_verifier)
    )
    assert (status, body["error"]) == (400, "invalid_grant")


def test_reused_code_is_invalid_grant(server: AuthlibServer, http: urllib3.PoolManager) -> None:
    verifier, challenge = pkce_pair()
    fields = code_grant(get_code(server, challenge), verifier)
    assert post_form(http, server.token_url, fields)[0] == 200
    status, body = post_form(http, server.token_url, fields)
    assert (status, body["error"]) == (400, "invalid_grant")


def test_refresh_rotates_and_old_refresh_token_dies(
    server: AuthlibServer, http: urllib3.PoolManager
) -> None:
    first = pkce_tokens(server, http)

    def refresh(refresh_token: str) -> tuple[int, dict[str, Any]]:
        fields = {
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": PUBLIC.client_id,
        }
        return post_form(http, server.token_url, fields)

    status, second = refresh(first["refresh_token"])
    assert status == 200, second
    assert second["token_type"] == "bearer"
    assert second["access_token"] != first["access_token"]
    assert second["refresh_token"] != first["refresh_token"]
    assert second["scope"] == first["scope"]
    assert user_info(http, server, second["access_token"])[0] == 200

    status, body = refresh(first["refresh_token"])
    assert (status, body["error"]) == (400, "invalid_grant")
    assert refresh(second["refresh_token"])[0] == 200


def test_revoked_access_token_gets_401(server: AuthlibServer, http: urllib3.PoolManager) -> None:
    token = pkce_tokens(server, http)
    auth = {"Authorization": f"Bearer {token['access_token']}"}
    response = http.request("POST", server.revoke_url, headers=auth)
    assert response.status == 200
    assert json.loads(response.data) == {
        "code": "000000",
        "message": None,
        "data": True,
        "success": True,
    }

    status, body = user_info(http, server, token["access_token"])
    assert status == 401
    assert body["success"] is False
    # Revoking an already revoked token is itself unauthorised.
    assert http.request("POST", server.revoke_url, headers=auth).status == 401


def test_rfc7009_revocation_of_refresh_token(
    server: AuthlibServer, http: urllib3.PoolManager
) -> None:
    token = pkce_tokens(server, http)
    status, _ = post_form(
        http,
        server.rfc7009_revoke_url,
        {
            "token": token["refresh_token"],
            "token_type_hint": "refresh_token",
            "client_id": PUBLIC.client_id,
        },
    )
    assert status == 200
    status, body = post_form(
        http,
        server.token_url,
        {
            "grant_type": "refresh_token",
            "refresh_token": token["refresh_token"],
            "client_id": PUBLIC.client_id,
        },
    )
    assert (status, body["error"]) == (400, "invalid_grant")
    assert user_info(http, server, token["access_token"])[0] == 401


def test_expired_access_token_gets_401(server: AuthlibServer, http: urllib3.PoolManager) -> None:
    token = pkce_tokens(server, http)
    server.advance_clock(LIFETIME - 1)
    assert user_info(http, server, token["access_token"])[0] == 200
    server.advance_clock(2)
    status, body = user_info(http, server, token["access_token"])
    assert status == 401
    assert body["success"] is False


def test_bad_token_and_query_string_token(server: AuthlibServer, http: urllib3.PoolManager) -> None:
    assert user_info(http, server, "not-a-token")[0] == 401
    assert http.request("GET", server.userinfo_url).status == 401
    token = pkce_tokens(server, http)
    response = http.request(
        "GET", server.userinfo_url, fields={"access_token": token["access_token"]}
    )
    assert response.status == 200


@pytest.mark.parametrize(
    ("params", "error"),
    [
        ({}, "invalid_request"),  # public client without PKCE
        ({"code_challenge": "x" * 43, "code_challenge_method": "plain"}, "invalid_request"),
        ({"code_challenge": "x" * 43}, "invalid_request"),  # method missing
    ],
)
def test_public_client_must_use_s256(
    server: AuthlibServer, params: dict[str, str], error: str
) -> None:
    location = server.approve(authorize_url(server, PUBLIC, **params))
    assert redirect_params(location)["error"] == error


def test_space_separated_scope_is_rejected(server: AuthlibServer) -> None:
    _, challenge = pkce_pair()
    url = authorize_url(
        server,
        PUBLIC,
        scope="user:openId user:email",
        code_challenge=challenge,
        code_challenge_method="S256",
    )
    assert redirect_params(server.approve(url))["error"] == "invalid_scope"


def test_user_can_deny(server: AuthlibServer) -> None:
    params = redirect_params(server.deny(authorize_url(server, WEB)))
    assert params["error"] == "access_denied"
    assert params["state"] == "377f36a4557ab5935b36"
