"""PKCE, the authorization URL, reading the redirect, Token, and argument checks that fail
before anything is sent."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from binance_oauth_api import (
    AccessDenied,
    BinanceOAuthClient,
    ClientError,
    InvalidRequest,
    MissingCode,
    OAuthError,
    RedirectError,
    StateMismatch,
    Token,
    ValidationError,
    code_challenge,
    new_code_verifier,
)
from binance_oauth_api.models import TokenResponse

REDIRECT = "https://app.example/callback"


@pytest.fixture
def closed_port() -> int:
    """A port nobody listens on: a client pointed there fails if it sends anything."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def offline(closed_port: int) -> Iterator[BinanceOAuthClient]:
    url = f"http://127.0.0.1:{closed_port}"
    with BinanceOAuthClient(
        "client-1", REDIRECT, accounts_url=url, api_url=url, retries=0
    ) as client:
        yield client


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query, keep_blank_values=True)


# ------------------------------------------------------------------------------- PKCE


@pytest.mark.parametrize(
    ("verifier", "challenge"),
    [
        # RFC 7636 appendix B
        (
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        ),
        # 56 upper-case hex characters, the form Binance's own sample produces
        (
            "FA87A1758E149A8BCD3A6D43DEAFAA013BCE2F132639ADA66C5BF101",
            "1vw-WOmdXSW7OHQPgnuMsZjhaQKxi3LO5L7uX0YEtHs",
        ),
    ],
)
def test_code_challenge_known_answers(verifier: str, challenge: str) -> None:
    assert code_challenge(verifier) == challenge


def test_new_code_verifier() -> None:
    verifiers = {new_code_verifier() for _ in range(50)}
    assert len(verifiers) == 50
    for verifier in verifiers:
        assert re.fullmatch(r"[A-Za-z0-9\-._~]{64}", verifier)
    assert len(new_code_verifier(43)) == 43
    assert len(new_code_verifier(128)) == 128
    # Over many draws every character class of the alphabet shows up.
    drawn = "".join(new_code_verifier(128) for _ in range(40))
    assert set("-._~") <= set(drawn)
    for bad in (42, 129):
        with pytest.raises(ValidationError):
            new_code_verifier(bad)


@pytest.mark.parametrize("verifier", ["short", "x" * 129, "has space" + "x" * 40, "é" * 50])
def test_code_challenge_refuses_bad_verifiers_without_echoing(verifier: str) -> None:
    with pytest.raises(ValidationError) as caught:
        code_challenge(verifier)
    assert verifier not in str(caught.value)


# ----------------------------------------------------------------- authorization URL


def test_authorization_url(offline: BinanceOAuthClient, closed_port: int) -> None:
    request = offline.authorization_url(["user:openId", "create:apikey"], state="s-377f36a4")
    assert request.url.startswith(f"http://127.0.0.1:{closed_port}/en/oauth/authorize?")
    assert "scope=user%3AopenId%2Ccreate%3Aapikey" in request.url
    query = query_of(request.url)
    assert query == {
        "response_type": ["code"],
        "client_id": ["client-1"],
        "redirect_uri": [REDIRECT],
        "scope": ["user:openId,create:apikey"],
        "state": ["s-377f36a4"],
        "code_challenge": [code_challenge(request.code_verifier or "")],
        "code_challenge_method": ["S256"],
    }
    assert request.state == "s-377f36a4"
    assert request.scopes == ("user:openId", "create:apikey")
    assert request.redirect_uri == REDIRECT


def test_default_urls_are_binance() -> None:
    client = BinanceOAuthClient("client-1", REDIRECT)
    url = client.authorization_url(["user:openId"]).url
    assert url.startswith("https://accounts.binance.com/en/oauth/authorize?")
    assert client.servers == {
        "https://accounts.binance.com": "https://accounts.binance.com",
        "https://www.binanceapis.com": "https://www.binanceapis.com",
    }


def test_state_is_generated_and_fresh(offline: BinanceOAuthClient) -> None:
    first = offline.authorization_url(["user:openId"])
    second = offline.authorization_url(["user:openId"])
    assert len(first.state) >= 32
    assert first.state != second.state
    assert first.code_verifier != second.code_verifier


def test_confidential_client_may_skip_pkce(closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}"
    client = BinanceOAuthClient("c", REDIRECT, "secret", accounts_url=url, api_url=url)
    request = client.authorization_url(["user:openId"], pkce=False)
    assert "code_challenge" not in query_of(request.url)
    assert request.code_verifier is None


@pytest.mark.parametrize(
    ("scopes", "rule"),
    [
        ([], "^scopes: must have at least 1 item$"),
        ("user:openId", "not one string"),
        (["user:openId user:email"], "must match"),
        (["user:openId,user:email"], "must match"),
        (["user:openId", "user:openId"], "repeat"),
        ([""], "must match"),
        ([3], "must be a string"),
    ],
)
def test_bad_scopes_fail_before_any_request(
    offline: BinanceOAuthClient, scopes: object, rule: str
) -> None:
    with pytest.raises(ValidationError, match=rule) as caught:
        offline.authorization_url(scopes)  # type: ignore[arg-type]
    # The argument is `scopes` (the URL's `scope`): the message names what the caller wrote.
    assert caught.value.field.startswith("scopes")


def test_public_client_must_use_pkce(offline: BinanceOAuthClient) -> None:
    with pytest.raises(ValidationError, match="PKCE"):
        offline.authorization_url(["user:openId"], pkce=False)
    with pytest.raises(ValidationError, match="state"):
        offline.authorization_url(["user:openId"], state="")


# ------------------------------------------------------------------------ redirects


def test_parse_redirect(offline: BinanceOAuthClient) -> None:
    code = "cf6941ae8918b6a008f1377f36a4557ab5935b36"
    url = f"{REDIRECT}?code={code}&state=377f36a4557ab5935b36"
    assert offline.parse_redirect(url, "377f36a4557ab5935b36") == code
    # The query string alone is accepted too.
    assert offline.parse_redirect(f"?code={code}&state=abc", "abc") == code
    assert offline.parse_redirect(f"code={code}&state=abc", "abc") == code


@pytest.mark.parametrize(
    ("query", "error"),
    [
        ("code=abc&state=other", StateMismatch),
        ("code=abc", StateMismatch),
        ("code=abc&state=", StateMismatch),
        ("state=expected", MissingCode),
        ("code=&state=expected", MissingCode),
        ("code=a&code=b&state=expected", RedirectError),
        # Two states cannot both be this login's: treated as forged.
        ("code=a&state=expected&state=expected", StateMismatch),
        # An error redirect whose state is wrong or absent is treated as forged (RFC 6749
        # 4.1.2.1 returns the state with errors too), so it cannot end a login.
        ("error=access_denied&state=other", StateMismatch),
        ("error=access_denied&state=expected", AccessDenied),
        ("error=access_denied", StateMismatch),
        ("error=access_denied&error_description=abc", StateMismatch),
        ("error=invalid_request&error_description=bad+thing&state=expected", InvalidRequest),
        ("error=temporarily_unavailable&state=expected", OAuthError),
    ],
)
def test_parse_redirect_failures(
    offline: BinanceOAuthClient, query: str, error: type[Exception]
) -> None:
    with pytest.raises(error) as caught:
        offline.parse_redirect(f"{REDIRECT}?{query}", "expected")
    assert type(caught.value) is error
    assert "abc" not in str(caught.value)


def test_error_redirect_carries_code_and_description(offline: BinanceOAuthClient) -> None:
    url = f"{REDIRECT}?error=access_denied&error_description=User+said+no&state=s"
    with pytest.raises(AccessDenied) as caught:
        offline.parse_redirect(url, "s")
    assert (caught.value.status, caught.value.code, caught.value.message) == (
        302,
        "access_denied",
        "User said no",
    )
    # No HTTP answer of Binance's said 302: the browser's redirect brought the error.
    assert str(caught.value) == "authorization redirect, access_denied: User said no"


def test_state_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import hmac

    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    BinanceOAuthClient("c", REDIRECT).parse_redirect(f"{REDIRECT}?code=c&state=ünï", "ünï")
    assert compared == [("ünï".encode(), "ünï".encode())]


# --------------------------------------------------------------------------- tokens


def answer(**fields: object) -> TokenResponse:
    from binance_oauth_api import structure

    data = {
        "access_token": "83f2bf51-a2c4-4c2e-b7c4-46cef6a8dba5",
        "refresh_token": "fb5587ee-d9cf-4cb5-a586-4aed72cc9bea",
        "scope": "read",
        "token_type": "bearer",
        "expires_in": 30714,
        **fields,
    }
    result: TokenResponse = structure(data, TokenResponse)
    return result


def test_token_from_answer_uses_the_clock() -> None:
    now = [1_000.0]
    token = Token.from_response(answer(), issued_at=1_000.0, clock=lambda: now[0])
    assert token.expires_at == 31_714.0
    assert token.scopes == ("read",)
    assert not token.is_expired()
    now[0] = 31_714.0 - 61
    assert not token.is_expired(leeway=60)
    now[0] += 2
    assert token.is_expired(leeway=60)
    assert not token.is_expired()
    now[0] = 31_714.0
    assert token.is_expired()
    assert token.seconds_left() == 0.0
    assert token.is_expired(now=40_000.0)


def test_token_keeps_unknown_fields_and_round_trips() -> None:
    token = Token.from_response(answer(id_hint="x", nested={"a": [1]}), issued_at=0.0)
    assert token.extra_fields == {"id_hint": "x", "nested": {"a": [1]}}
    assert Token.from_json(token.to_json()) == token
    assert token.to_json()["token"]["nested"] == {"a": [1]}


def test_token_type_is_compared_case_insensitively() -> None:
    assert Token.from_response(answer(token_type="Bearer"), 0.0).token_type == "Bearer"
    with pytest.raises(ClientError, match="bearer"):
        Token.from_response(answer(token_type="mac"), 0.0)


def test_refresh_keeps_the_old_refresh_token_when_none_comes_back() -> None:
    response = answer()
    response.refresh_token = None
    token = Token.from_response(response, 0.0, refresh_token="old-refresh")
    assert token.refresh_token == "old-refresh"
    rotated = Token.from_response(answer(), 0.0, refresh_token="old-refresh")
    assert rotated.refresh_token == "fb5587ee-d9cf-4cb5-a586-4aed72cc9bea"


def test_comma_and_space_separated_scopes() -> None:
    token = Token(
        access_token="a",
        token_type="bearer",
        expires_in=1,
        expires_at=1.0,
        scope="user:openId,user:email create:apikey",
    )
    assert token.scopes == ("user:openId", "user:email", "create:apikey")


# --------------------------------------------------------- checks before any request


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.exchange_code("", "v" * 43), "code"),
        (lambda c: c.exchange_code("code", "too-short"), "code_verifier"),
        (lambda c: c.exchange_code("code"), "code_verifier"),  # public client needs PKCE
        (lambda c: c.exchange_code(5, "v" * 43), "code"),
        (lambda c: c.refresh(""), "refresh_token"),
        (lambda c: c.user_info(""), "access_token"),
        (lambda c: c.user_info("tok en"), "access_token"),
        (lambda c: c.user_info("token\r\nX-Injected: 1"), "access_token"),
        (lambda c: c.revoke(None), "access_token"),
    ],
)
def test_bad_arguments_raise_before_sending(
    offline: BinanceOAuthClient, call: object, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        call(offline)  # type: ignore[operator]
    assert caught.value.field == field
    assert "too-short" not in str(caught.value)  # secret values are never echoed


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("", REDIRECT), "client_id"),
        (("c", ""), "redirect_uri"),
        (("c", "/relative/path"), "redirect_uri"),
        (("c", "https://app.example/cb#fragment"), "redirect_uri"),
        (("c", REDIRECT, ""), "client_secret"),
    ],
)
def test_bad_client_settings(args: tuple[str, ...], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        BinanceOAuthClient(*args)
    assert caught.value.field == field


def test_private_use_scheme_redirect_is_accepted() -> None:
    client = BinanceOAuthClient("c", "com.example.app:/oauth2redirect")
    assert client.redirect_uri == "com.example.app:/oauth2redirect"
