"""Tokens, codes, verifiers and the client secret never show in a repr, a log line or an
exception message: checked over whole flows against both servers, with every logger at DEBUG."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from binance_oauth_api import (
    BinanceError,
    BinanceOAuthClient,
    ClientError,
    InvalidToken,
    JsonFileTokenStore,
    OAuthSession,
)
from binance_oauth_api.testing import BinanceOAuthSimulator, CannedReply

from tests.binance.backends import WEB_SECRET, Backend


def test_no_secret_leaks_over_a_whole_flow(
    backend: Backend, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level("DEBUG")
    shown: list[str] = []
    client = backend.client(secret=True)
    request = client.authorization_url(["user:openId", "user:email"])
    code = client.parse_redirect(backend.approve(request.url), request.state)
    token = client.exchange_code(code, request.code_verifier)
    session = OAuthSession(client, token, JsonFileTokenStore(tmp_path / "t.json"))
    backend.advance_clock(token.expires_in)
    session.user_info()
    refreshed = session.token
    shown += [repr(client), str(client), repr(request), repr(token), repr(refreshed)]
    shown += [repr(session), repr(client._transport), repr(client._bearer)]
    shown += [repr(client.using_token(refreshed.access_token))]
    session.revoke()

    # Errors raised along the way: a reused code, a bad verifier, a dead token.
    for attempt in (
        lambda: client.exchange_code(code, request.code_verifier),
        lambda: client.exchange_code(code, "x" * 42 + "!"),
        lambda: client.user_info(token.access_token),
        lambda: client.refresh(token.access_token),
    ):
        with pytest.raises(ClientError) as caught:
            attempt()
        shown += [str(caught.value), repr(caught.value)]

    secrets = {
        "client secret": WEB_SECRET,
        "code": code,
        "code verifier": request.code_verifier or "",
        "access token": token.access_token,
        "refresh token": token.refresh_token or "",
        "new access token": refreshed.access_token,
        "new refresh token": refreshed.refresh_token or "",
    }
    # The package's own loggers, the simulator's and urllib3's; not the authlib server's,
    # which is the other side of the wire.
    logged = [
        record.getMessage()
        for record in caplog.records
        if not record.name.startswith(("authlib", "werkzeug", "flask"))
    ]
    assert any(record.startswith("POST http") for record in logged)
    text = "\n".join(shown + logged)
    for name, value in secrets.items():
        assert value and value not in text, f"the {name} leaked"
    assert "<hidden>" in repr(token)


def test_error_descriptions_that_quote_secrets_are_scrubbed(
    sim_backend: Backend, simulator: BinanceOAuthSimulator
) -> None:
    client = sim_backend.client(secret=True)
    token = sim_backend.login(client)
    access, refresh = token.access_token, token.refresh_token or ""
    # Spring Security's way of refusing a token quotes it back.
    simulator.inject(
        CannedReply(
            401,
            {"error": "invalid_token", "error_description": f"Invalid access token: {access}"},
            only="user_info",
        )
    )
    simulator.inject(
        CannedReply(
            400,
            {"error": "invalid_grant", "error_description": f"Invalid refresh token: {refresh}"},
            only="oauth_refresh",
        )
    )
    simulator.inject(
        CannedReply(
            401,
            {"error": "invalid_client", "error_description": f"Bad secret {WEB_SECRET}"},
            only="oauth_exchange_code",
        )
    )
    simulator.inject(
        CannedReply(
            200,
            {
                "code": "000009",
                "message": f"token {access} refused",
                "data": None,
                "success": False,
            },
            only="oauth_revoke_token",
        )
    )
    errors: list[BinanceError] = []
    for attempt in (
        lambda: client.user_info(access),
        lambda: client.refresh(refresh),
        lambda: client.exchange_code("some-code"),
        lambda: client.revoke(access),
    ):
        with pytest.raises(BinanceError) as caught:
            attempt()
        errors.append(caught.value)
    assert isinstance(errors[0], InvalidToken)
    for error in errors:
        for secret in (access, refresh, WEB_SECRET):
            assert secret not in str(error) and secret not in error.message
            assert all(secret not in str(arg) for arg in error.args)
        assert "<redacted>" in error.message


def test_client_and_bearer_cannot_be_pickled(sim_backend: Backend) -> None:
    client = sim_backend.client(secret=True)
    with pytest.raises(TypeError):
        pickle.dumps(client._bearer)
    assert WEB_SECRET not in repr(client.__dict__.get("_transport"))


def test_validation_errors_do_not_echo_secret_arguments(sim_backend: Backend) -> None:
    client = sim_backend.client(secret=True)
    bad_verifier = "has spaces, so it is not a verifier at all!!"
    with pytest.raises(ClientError) as caught:
        client.oauth.exchange_code(
            code="c",
            client_id="web-app",
            redirect_uri="https://app.example/oauth/callback",
            code_verifier=bad_verifier,
        )
    assert bad_verifier not in str(caught.value)
    with pytest.raises(ClientError) as bad_token:
        client.user_info("not a token")
    assert "not a token" not in str(bad_token.value)
    assert isinstance(client, BinanceOAuthClient)
