"""The simulator's Binance quirks and faults, and how the client handles them."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import urllib3
from binance_oauth_api import (
    BinanceOAuthClient,
    DecodeError,
    EnvelopeError,
    InvalidRequest,
    InvalidToken,
    OAuthError,
    RateLimitError,
    RequestTimeout,
    ServerError,
    TransportError,
)
from binance_oauth_api.testing import (
    ROUTES,
    BinanceOAuthSimulator,
    CannedReply,
    DropConnection,
    EnvelopeFailure,
    MalformedBody,
    RateLimited,
    SlowReply,
)
from binance_oauth_api.testing import ServerError as ServerFault

from tests.binance.backends import (
    PUBLIC_ID,
    REDIRECT,
    USER_ID,
    WEB_ID,
    WEB_REDIRECT,
    WEB_SECRET,
    Backend,
)


@pytest.fixture
def http() -> urllib3.PoolManager:
    return urllib3.PoolManager(retries=False)


def no_sleep(client: BinanceOAuthClient) -> list[float]:
    waits: list[float] = []
    client._transport._sleep = waits.append
    return waits


def post(
    http: urllib3.PoolManager, url: str, fields: dict[str, str], *, query: bool = False
) -> tuple[int, Any]:
    if query:
        response = http.request("POST", f"{url}?{urlencode(fields)}")
    else:
        response = http.request(
            "POST",
            url,
            body=urlencode(fields),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    return response.status, json.loads(response.data)


# --------------------------------------------------------------- faults and retries


def test_user_info_is_retried_after_5xx_and_429(
    sim_backend: Backend, simulator: BinanceOAuthSimulator
) -> None:
    client = sim_backend.client()
    token = sim_backend.login(client)
    waits = no_sleep(client)
    simulator.inject(ServerFault(503, only="user_info"))
    simulator.inject(RateLimited(retry_after=0.5, only="user_info"))
    assert client.user_info(token.access_token).user_id == USER_ID
    assert simulator.count("user_info") == 3
    assert waits[1] == 0.5  # Retry-After honoured


def test_retries_give_up(sim_backend: Backend, simulator: BinanceOAuthSimulator) -> None:
    client = sim_backend.client()
    token = sim_backend.login(client)
    no_sleep(client)
    simulator.inject(ServerFault(502, times=5, only="user_info"))
    with pytest.raises(ServerError) as caught:
        client.user_info(token.access_token)
    assert caught.value.status == 502
    simulator.inject(RateLimited(retry_after=2, times=5, only="user_info"))
    with pytest.raises(RateLimitError) as limited:
        client.user_info(token.access_token)
    assert limited.value.retry_after == 2.0


def test_token_endpoint_is_never_resent(
    sim_backend: Backend, simulator: BinanceOAuthSimulator
) -> None:
    client = sim_backend.client()
    code, request = sim_backend.code(client)
    no_sleep(client)
    simulator.inject(ServerFault(503, only="oauth_exchange_code"))
    with pytest.raises(ServerError):
        client.exchange_code(code, request.code_verifier)
    assert simulator.count("oauth_exchange_code") == 1
    simulator.inject(DropConnection(only="oauth_token"))
    with pytest.raises(TransportError):
        client.exchange_code(code, request.code_verifier)
    assert simulator.count("oauth_token") == 2


def test_revoke_is_never_resent(sim_backend: Backend, simulator: BinanceOAuthSimulator) -> None:
    client = sim_backend.client()
    token = sim_backend.login(client)
    simulator.inject(ServerFault(500, only="oauth_revoke_token"))
    with pytest.raises(ServerError):
        client.revoke(token.access_token)
    assert simulator.count("oauth_revoke_token") == 1


def test_slow_reply_times_out(sim_backend: Backend, simulator: BinanceOAuthSimulator) -> None:
    client = sim_backend.client(timeout=0.2)
    token = sim_backend.login(client)
    simulator.inject(SlowReply(delay=1.0, times=3, only="user_info"))
    no_sleep(client)
    with pytest.raises(RequestTimeout):
        client.user_info(token.access_token, timeout=0.1)


def test_malformed_body(sim_backend: Backend, simulator: BinanceOAuthSimulator) -> None:
    client = sim_backend.client()
    token = sim_backend.login(client)
    simulator.inject(MalformedBody(only="user_info"))
    with pytest.raises(DecodeError):
        client.user_info(token.access_token)


def test_failure_envelope_with_http_200(
    sim_backend: Backend, simulator: BinanceOAuthSimulator
) -> None:
    client = sim_backend.client()
    token = sim_backend.login(client)
    simulator.inject(EnvelopeFailure("000002", "illegal parameter", only="user_info"))
    with pytest.raises(EnvelopeError) as caught:
        client.user_info(token.access_token)
    assert (caught.value.status, caught.value.code, caught.value.message) == (
        200,
        "000002",
        "illegal parameter",
    )
    simulator.inject(EnvelopeFailure("100001", "busy", status=400, only="user_info"))
    with pytest.raises(EnvelopeError) as bad_request:
        client.user_info(token.access_token)
    assert (bad_request.value.status, bad_request.value.code) == (400, "100001")


def test_success_flag_without_the_success_code_is_a_failure(
    sim_backend: Backend, simulator: BinanceOAuthSimulator
) -> None:
    client = sim_backend.client()
    token = sim_backend.login(client)
    odd = {"code": "000001", "message": "partial", "data": True, "success": True}
    simulator.inject(CannedReply(200, odd, only="oauth_revoke_token"))
    with pytest.raises(EnvelopeError, match="000001"):
        client.revoke(token.access_token)


def test_oauth_style_and_envelope_401s_are_both_invalid_token() -> None:
    for style in ("oauth", "envelope"):
        with BinanceOAuthSimulator(unauthorized_body=style) as sim:
            client = BinanceOAuthClient(
                PUBLIC_ID, REDIRECT, accounts_url=sim.base_url, api_url=sim.base_url
            )
            with pytest.raises(InvalidToken) as caught:
                client.user_info("00000000-0000-4000-8000-000000000000")
            assert caught.value.status == 401


def test_unknown_oauth_error_code_is_the_base_class(
    sim_backend: Backend, simulator: BinanceOAuthSimulator
) -> None:
    client = sim_backend.client()
    body = {"error": "slow_down", "error_description": "later"}
    simulator.inject(CannedReply(400, body, only="oauth_refresh"))
    with pytest.raises(OAuthError) as caught:
        client.refresh("some-refresh-token")
    assert type(caught.value) is OAuthError
    assert caught.value.code == "slow_down"


# ------------------------------------------------------------------- Binance quirks


def test_token_call_with_everything_in_the_query_string(
    sim_backend: Backend, http: urllib3.PoolManager
) -> None:
    """Binance's pages show the token call as a POST with its parameters in the URL."""
    client = sim_backend.client(secret=True)
    request = client.authorization_url(["user:openId"], pkce=False)
    code = client.parse_redirect(sim_backend.approve(request.url), request.state)
    fields = {
        "grant_type": "authorization_code",
        "code": code,
        "client_id": WEB_ID,
        "client_secret": WEB_SECRET,
        "redirect_uri": WEB_REDIRECT,
    }
    status, token = post(http, f"{sim_backend.base_url}/oauth/token", fields, query=True)
    assert status == 200, token
    assert token["token_type"] == "bearer"
    assert len(token["access_token"]) == 36  # a UUID

    # The access token also works in lower-case "bearer" and as a query parameter.
    url = f"{sim_backend.base_url}/oauth-api/v1/user-info"
    lower = http.request("GET", url, headers={"Authorization": f"bearer {token['access_token']}"})
    assert json.loads(lower.data)["data"]["userId"] == USER_ID
    queried = http.request("GET", url, fields={"access_token": token["access_token"]})
    assert json.loads(queried.data)["success"] is True


def test_client_sends_a_form_body_and_no_secret_in_urls(
    sim_backend: Backend, simulator: BinanceOAuthSimulator
) -> None:
    client = sim_backend.client(secret=True)
    token = sim_backend.login(client)
    client.refresh(token.refresh_token or "")
    client.user_info(token.access_token)
    exchanges = [r for r in simulator.requests if r.operation_id == "oauth_exchange_code"]
    refreshes = [r for r in simulator.requests if r.operation_id == "oauth_refresh"]
    assert exchanges[0].query == {} and exchanges[0].form["client_secret"] == "<redacted>"
    assert exchanges[0].form["grant_type"] == "authorization_code"
    assert refreshes[0].form["grant_type"] == "refresh_token"
    assert refreshes[0].headers["Content-Type"] == "application/x-www-form-urlencoded"
    user_info = next(r for r in simulator.requests if r.operation_id == "user_info")
    assert user_info.query == {}
    assert user_info.headers["Authorization"] == "Bearer <redacted>"


def test_requests_are_checked_against_the_spec(
    sim_backend: Backend, http: urllib3.PoolManager
) -> None:
    token_url = f"{sim_backend.base_url}/oauth/token"
    cases = [
        ({"grant_type": "password", "client_id": PUBLIC_ID}, "unsupported_grant_type"),
        ({"client_id": PUBLIC_ID}, "invalid_request"),
        ({"grant_type": "refresh_token", "client_id": PUBLIC_ID}, "invalid_request"),
        (
            {
                "grant_type": "authorization_code",
                "code": "c",
                "client_id": PUBLIC_ID,
                "redirect_uri": REDIRECT,
                "code_verifier": "too-short",
            },
            "invalid_request",
        ),
    ]
    for fields, error in cases:
        status, body = post(http, token_url, fields)
        assert (status, body["error"]) == (400, error), fields
        assert "too-short" not in body.get("error_description", "")
    # An OAuth 2 server ignores parameters it does not know (RFC 6749, 3.2): the refresh
    # fails on its unknown token, not on the extra field.
    extra = {"grant_type": "refresh_token", "refresh_token": "r", "client_id": PUBLIC_ID}
    status, body = post(http, token_url, {**extra, "scope": "user:openId", "extra": "1"})
    assert (status, body["error"]) == (400, "invalid_grant")
    json_body = http.request(
        "POST", token_url, body=b"{}", headers={"Content-Type": "application/json"}
    )
    assert json_body.status == 400


def test_authorize_refusals(sim_backend: Backend, http: urllib3.PoolManager) -> None:
    client = sim_backend.client()
    url = client.authorization_url(["user:openId"]).url
    base, _, query = url.partition("?")
    params = {k: v[0] for k, v in parse_qs(query).items()}

    def refused(**changes: str | None) -> urllib3.BaseHTTPResponse:
        changed = {k: v for k, v in {**params, **changes}.items() if v is not None}
        return http.request("GET", f"{base}?{urlencode(changed)}", redirect=False)

    # No redirect to an unknown client or an unregistered redirect URI.
    assert refused(client_id="nobody").status == 400
    assert refused(redirect_uri="https://evil.example/cb").status == 400
    cases: list[tuple[dict[str, str | None], str]] = [
        ({"code_challenge": None, "code_challenge_method": None}, "invalid_request"),
        ({"code_challenge_method": "plain"}, "invalid_request"),
        ({"code_challenge_method": None}, "invalid_request"),
        ({"scope": "user:openId user:email"}, "invalid_scope"),
        ({"scope": "user:unknown"}, "invalid_scope"),
        ({"response_type": "token"}, "unsupported_response_type"),
    ]
    for changes, error in cases:
        response = refused(**changes)
        assert response.status == 302, changes
        location = parse_qs(urlsplit(response.headers["Location"]).query)
        assert location["error"] == [error], changes
        assert location["state"] == [params["state"]]


def test_locale_free_authorize_path(sim_backend: Backend) -> None:
    client = sim_backend.client()
    request = client.authorization_url(["user:openId"])
    for path in ("/oauth/authorize", "/tr/oauth/authorize"):
        url = request.url.replace("/en/oauth/authorize", path)
        assert client.parse_redirect(sim_backend.approve(url), request.state)


def test_code_reuse_revokes_what_the_code_gave(sim_backend: Backend) -> None:
    client = sim_backend.client()
    code, request = sim_backend.code(client)
    token = client.exchange_code(code, request.code_verifier)
    refreshed = client.refresh(token.refresh_token or "")
    with pytest.raises(OAuthError):
        client.exchange_code(code, request.code_verifier)
    for access_token in (token.access_token, refreshed.access_token):
        with pytest.raises(InvalidToken):
            client.user_info(access_token)


@pytest.mark.parametrize("policy", ["reuse", "rotate", "omit"])
def test_refresh_token_policies(policy: str) -> None:
    with BinanceOAuthSimulator(refresh_tokens=policy) as sim:  # type: ignore[arg-type]
        sim.add_client(PUBLIC_ID, [REDIRECT])
        client = BinanceOAuthClient(
            PUBLIC_ID, REDIRECT, accounts_url=sim.accounts_url, api_url=sim.api_url
        )
        request = client.authorization_url(["user:openId"])
        token = client.exchange_code(
            client.parse_redirect(sim.approve(request.url), request.state), request.code_verifier
        )
        fresh = client.refresh(token.refresh_token or "")
        if policy == "rotate":
            assert fresh.refresh_token != token.refresh_token
            with pytest.raises(OAuthError):
                client.refresh(token.refresh_token or "")
        else:  # the same refresh token, echoed or kept by the client
            assert fresh.refresh_token == token.refresh_token
            assert client.refresh(token.refresh_token or "").access_token


def test_scope_is_enforced_on_user_info(sim_backend: Backend) -> None:
    client = sim_backend.client()
    token = sim_backend.login(client, scopes=["create:apikey"])  # no user:openId
    with pytest.raises(EnvelopeError):
        client.user_info(token.access_token)


def test_deny_and_other_users(sim_backend: Backend, simulator: BinanceOAuthSimulator) -> None:
    simulator.add_user("0123456789abcdef0123456789abcdef")
    client = sim_backend.client()
    request = client.authorization_url(["user:openId", "user:email"])
    code = client.parse_redirect(
        simulator.approve(request.url, "0123456789abcdef0123456789abcdef"), request.state
    )
    token = client.exchange_code(code, request.code_verifier)
    info = client.user_info(token.access_token)
    assert (info.user_id, info.email) == ("0123456789abcdef0123456789abcdef", None)
    with pytest.raises(InvalidRequest):
        client.parse_redirect(
            "http://x/?error=invalid_request&state=" + request.state, request.state
        )


def test_simulator_never_sends_an_answer_the_spec_forbids() -> None:
    with BinanceOAuthSimulator(users={"": None}) as sim:  # an empty userId breaks the spec
        sim.add_client(PUBLIC_ID, [REDIRECT])
        client = BinanceOAuthClient(
            PUBLIC_ID, REDIRECT, accounts_url=sim.base_url, api_url=sim.base_url, retries=0
        )
        request = client.authorization_url(["user:openId"])
        code = client.parse_redirect(sim.approve(request.url), request.state)
        token = client.exchange_code(code, request.code_verifier)
        with pytest.raises(ServerError, match="breaks the spec"):
            client.user_info(token.access_token)
        assert repr(sim).startswith("BinanceOAuthSimulator(http://127.0.0.1:")


def test_routes_come_from_the_clients_table_not_from_the_spec() -> None:
    """The simulator serves the client's routes and the authorization page; a route the
    table leaves out is not served although the spec has it."""
    assert {"oauth_authorization_url", "oauth_exchange_code", "user_info"} <= set(ROUTES)
    table = {name: route for name, route in ROUTES.items() if name != "user_info"}
    with BinanceOAuthSimulator(routes=table) as sim:
        reply = urllib3.request("GET", sim.base_url + "/oauth-api/v1/user-info")
        assert reply.status == 404
        assert reply.json()["error"] == "not_found"
        revoke = urllib3.request("POST", sim.base_url + "/oauth-api/v1/revoke-token")
        assert revoke.status == 401  # still served: it needs a token


def test_a_table_without_the_token_route_is_refused() -> None:
    table = {name: route for name, route in ROUTES.items() if not name.startswith("oauth_")}
    with pytest.raises(LookupError, match="route table lacks"):
        BinanceOAuthSimulator(routes=table)
