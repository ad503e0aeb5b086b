"""An independent OAuth 2 client, authlib's `OAuth2Session` (on requests), logs in against
the Binance simulator as a partner web app would: PKCE (S256), the secret in the form body,
comma-joined scopes, the code exchanged, the user read with the bearer token, refreshed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session, OAuthError
from binance_oauth_api.testing import BinanceOAuthSimulator

from tests.binance.backends import WEB_ID, WEB_REDIRECT, WEB_SECRET, add_simulator_clients


@pytest.fixture()
def sim() -> Iterator[BinanceOAuthSimulator]:
    with BinanceOAuthSimulator() as simulator:
        add_simulator_clients(simulator)
        yield simulator


def session(scope: str = "user:openId,user:email") -> OAuth2Session:
    return OAuth2Session(
        WEB_ID,
        WEB_SECRET,
        scope=scope,
        redirect_uri=WEB_REDIRECT,
        code_challenge_method="S256",
        token_endpoint_auth_method="client_secret_post",
    )


def login(sim: BinanceOAuthSimulator, client: OAuth2Session) -> dict[str, Any]:
    verifier = generate_token(64)
    url, state = client.create_authorization_url(
        f"{sim.base_url}/en/oauth/authorize", code_verifier=verifier
    )
    redirected = sim.approve(url)
    token: dict[str, Any] = client.fetch_token(
        f"{sim.base_url}/oauth/token",
        authorization_response=redirected,
        state=state,
        code_verifier=verifier,
    )
    return token


def test_a_web_app_logs_in_reads_the_user_and_refreshes(sim: BinanceOAuthSimulator) -> None:
    client = session()
    token = login(sim, client)
    assert token["token_type"].lower() == "bearer"
    assert token["access_token"] and token["refresh_token"]
    assert token["expires_in"] > 0
    answer = client.get(f"{sim.base_url}/oauth-api/v1/user-info").json()
    assert answer["success"] is True and answer["code"] == "000000"
    assert answer["data"]["userId"] and "@" in answer["data"]["email"]

    refreshed = client.refresh_token(f"{sim.base_url}/oauth/token")
    assert refreshed["access_token"] != token["access_token"]
    again = client.get(f"{sim.base_url}/oauth-api/v1/user-info").json()
    assert again["data"]["userId"] == answer["data"]["userId"]


def test_the_email_needs_its_scope(sim: BinanceOAuthSimulator) -> None:
    client = session(scope="user:openId")
    login(sim, client)
    data = client.get(f"{sim.base_url}/oauth-api/v1/user-info").json()["data"]
    assert "email" not in data and data["userId"]


def test_a_reused_code_is_refused_as_invalid_grant(sim: BinanceOAuthSimulator) -> None:
    client = session()
    verifier = generate_token(64)
    url, state = client.create_authorization_url(
        f"{sim.base_url}/en/oauth/authorize", code_verifier=verifier
    )
    redirected = sim.approve(url)
    token_url = f"{sim.base_url}/oauth/token"
    client.fetch_token(token_url, authorization_response=redirected, code_verifier=verifier)
    with pytest.raises(OAuthError) as caught:
        session().fetch_token(
            token_url, authorization_response=redirected, state=state, code_verifier=verifier
        )
    assert caught.value.error == "invalid_grant"


def test_a_wrong_verifier_is_refused(sim: BinanceOAuthSimulator) -> None:
    client = session()
    url, state = client.create_authorization_url(
        f"{sim.base_url}/en/oauth/authorize", code_verifier=generate_token(64)
    )
    with pytest.raises(OAuthError) as caught:
        client.fetch_token(
            f"{sim.base_url}/oauth/token",
            authorization_response=sim.approve(url),
            state=state,
            code_verifier=generate_token(64),
        )
    assert caught.value.error == "invalid_grant"


def test_http_basic_client_auth_is_refused_naming_the_missing_field(
    sim: BinanceOAuthSimulator,
) -> None:
    """Binance documents the client's id and secret as form fields only; a client that sends
    them as HTTP Basic is told which field the token body lacks, not that another grant's
    `grant_type` was expected."""
    client = OAuth2Session(
        WEB_ID,
        WEB_SECRET,
        scope="user:openId",
        redirect_uri=WEB_REDIRECT,
        code_challenge_method="S256",
        token_endpoint_auth_method="client_secret_basic",
    )
    verifier = generate_token(64)
    url, state = client.create_authorization_url(
        f"{sim.base_url}/en/oauth/authorize", code_verifier=verifier
    )
    with pytest.raises(OAuthError) as caught:
        client.fetch_token(
            f"{sim.base_url}/oauth/token",
            authorization_response=sim.approve(url),
            state=state,
            code_verifier=verifier,
        )
    assert caught.value.error == "invalid_request"
    assert "'client_id' is a required property" in str(caught.value.description)
    assert WEB_SECRET not in str(caught.value.description)
