"""The whole login with the generated client, against the authlib server and the simulator."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from binance_oauth_api import (
    AccessDenied,
    BinanceOAuthClient,
    ClientError,
    InvalidClient,
    InvalidGrant,
    InvalidScope,
    InvalidToken,
    StateMismatch,
)

from tests.binance.backends import (
    EMAIL,
    LIFETIME,
    REDIRECT,
    USER_ID,
    WEB_ID,
    WEB_REDIRECT,
    Backend,
)


def test_confidential_client_with_secret(backend: Backend, web: BinanceOAuthClient) -> None:
    request = web.authorization_url(["user:openId"], pkce=False)
    query = parse_qs(urlsplit(request.url).query)
    assert "code_challenge" not in query
    assert request.code_verifier is None

    location = backend.approve(request.url)
    assert location.startswith(WEB_REDIRECT + "?")
    token = web.exchange_code(web.parse_redirect(location, request.state))

    assert token.token_type == "bearer"
    assert token.expires_in == LIFETIME
    assert token.refresh_token
    info = web.user_info(token.access_token)
    assert (info.user_id, info.email) == (USER_ID, None)  # no user:email scope, no e-mail


def test_confidential_client_can_add_pkce(backend: Backend, web: BinanceOAuthClient) -> None:
    token = backend.login(web, pkce=True)
    assert web.user_info(token.access_token).email == EMAIL


def test_wrong_secret_is_invalid_client(backend: Backend) -> None:
    with backend.client(secret=True) as good:
        request = good.authorization_url(["user:openId"])
        code = good.parse_redirect(backend.approve(request.url), request.state)
    bad = BinanceOAuthClient(
        WEB_ID,
        WEB_REDIRECT,
        "not-the-secret",
        accounts_url=backend.base_url,
        api_url=backend.base_url,
    )
    with bad, pytest.raises(InvalidClient) as caught:
        bad.exchange_code(code, request.code_verifier)
    assert (caught.value.status, caught.value.code) == (401, "invalid_client")


def test_pkce_flow_then_refresh(backend: Backend, public: BinanceOAuthClient) -> None:
    request = public.authorization_url(["user:openId", "user:email"])
    query = {key: values[0] for key, values in parse_qs(urlsplit(request.url).query).items()}
    assert query["scope"] == "user:openId,user:email"
    assert query["code_challenge_method"] == "S256"
    assert query["redirect_uri"] == REDIRECT

    code = public.parse_redirect(backend.approve(request.url), request.state)
    token = public.exchange_code(code, request.code_verifier)
    assert token.scopes == ("user:openId", "user:email")
    assert public.user_info(token.access_token).email == EMAIL

    fresh = public.refresh(token.refresh_token or "")
    assert fresh.access_token != token.access_token
    assert fresh.refresh_token  # rotated (authlib) or kept (simulator): never lost
    assert public.user_info(fresh.access_token).user_id == USER_ID


def test_pkce_verifier_mismatch(backend: Backend, public: BinanceOAuthClient) -> None:
    code, _request = backend.code(public)
    other = public.authorization_url(["user:openId"])  # a different verifier
    with pytest.raises(InvalidGrant) as caught:
        public.exchange_code(code, other.code_verifier)
    assert (caught.value.status, caught.value.code) == (400, "invalid_grant")


def test_reused_code(backend: Backend, public: BinanceOAuthClient) -> None:
    code, request = backend.code(public)
    public.exchange_code(code, request.code_verifier)
    with pytest.raises(InvalidGrant):
        public.exchange_code(code, request.code_verifier)


def test_expired_access_token_then_refresh(backend: Backend, public: BinanceOAuthClient) -> None:
    token = backend.login(public)
    backend.advance_clock(LIFETIME - 30)
    assert not token.is_expired()
    assert token.is_expired(leeway=60)
    public.user_info(token.access_token)

    backend.advance_clock(31)
    assert token.is_expired()
    with pytest.raises(InvalidToken) as caught:
        public.user_info(token.access_token)
    assert caught.value.status == 401

    fresh = public.refresh(token.refresh_token or "")
    assert not fresh.is_expired()
    assert fresh.expires_at == pytest.approx(backend.clock() + LIFETIME, abs=5)
    assert public.user_info(fresh.access_token).user_id == USER_ID


def test_state_mismatch(backend: Backend, public: BinanceOAuthClient) -> None:
    request = public.authorization_url(["user:openId"])
    location = backend.approve(request.url)
    with pytest.raises(StateMismatch):
        public.parse_redirect(location, "some-other-state")


def test_error_redirect_when_the_user_refuses(backend: Backend, web: BinanceOAuthClient) -> None:
    request = web.authorization_url(["user:openId"])
    location = backend.deny(request.url)
    with pytest.raises(AccessDenied) as caught:
        web.parse_redirect(location, request.state)
    assert caught.value.code == "access_denied"


def test_unknown_scope_comes_back_as_an_error_redirect(
    backend: Backend, public: BinanceOAuthClient
) -> None:
    request = public.authorization_url(["user:openId", "asset:balance"])  # not granted
    with pytest.raises(InvalidScope):
        public.parse_redirect(backend.approve(request.url), request.state)


def test_revoked_token(backend: Backend, public: BinanceOAuthClient) -> None:
    token = backend.login(public)
    assert public.revoke(token.access_token) is True
    with pytest.raises(InvalidToken):
        public.user_info(token.access_token)
    with pytest.raises(InvalidToken):
        public.revoke(token.access_token)


def test_refresh_token_refused(public: BinanceOAuthClient) -> None:
    with pytest.raises(InvalidGrant):
        public.refresh("00000000-0000-4000-8000-000000000000")


def test_low_level_routes_with_a_token_scope(backend: Backend, public: BinanceOAuthClient) -> None:
    token = backend.login(public)
    with public.using_token(token.access_token):
        envelope = public.user.info()
    assert (envelope.code, envelope.message, envelope.success) == ("000000", None, True)
    assert envelope.data.user_id == USER_ID
    with pytest.raises(ClientError, match="needs an access token"):
        public.user.info()
