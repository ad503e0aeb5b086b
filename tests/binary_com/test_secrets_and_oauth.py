"""Tokens stay out of reprs, logs and errors; OAuth login URLs and redirects."""

from __future__ import annotations

import logging
import pickle
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from binary_com_api import (
    OAUTH_URL,
    BinaryComClient,
    InvalidToken,
    OAuthAccount,
    OAuthError,
    ValidationError,
    models,
    oauth_authorize_url,
    parse_oauth_redirect,
)
from binary_com_api.testing import BinaryComSimulator, DropConnection
from hypothesis import given
from hypothesis import strategies as st

from tests.binary_com.conftest import ALL_TOKEN

# -- secrets -----------------------------------------------------------------------------------


def test_tokens_never_reach_the_client_logs(
    client: BinaryComClient, sim: BinaryComSimulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client.authorize(ALL_TOKEN)
    client.balance()
    sim.inject(DropConnection(only="balance"))
    client.balance()  # reconnects and authorizes again
    with pytest.raises(InvalidToken):
        client.authorize("tok-wrong-0000")
    ours = [r for r in caplog.records if not r.name.startswith("binary_com_api.testing")]
    assert any(record.name.startswith("binary_com_api") for record in ours)
    text = "\n".join(record.getMessage() for record in ours)
    assert "authorize" in text
    assert ALL_TOKEN not in text and "tok-wrong-0000" not in text


def test_tokens_never_show_in_reprs(client: BinaryComClient) -> None:
    answer = client.authorize(ALL_TOKEN)
    for shown in (repr(client), repr(answer), str(answer), repr(client._session)):
        assert ALL_TOKEN not in shown
    request = models.AuthorizeRequest(authorize=ALL_TOKEN, tokens=[ALL_TOKEN])
    assert ALL_TOKEN not in repr(request)
    account = OAuthAccount("CR1", ALL_TOKEN, "usd")
    assert ALL_TOKEN not in repr(account) and "CR1" in repr(account)


def test_tokens_never_show_in_error_messages(client: BinaryComClient) -> None:
    secret = "not a valid token: secret-4242"
    with pytest.raises(ValidationError) as caught:
        client.authorize(secret)
    assert caught.value.field == "authorize"
    assert "secret-4242" not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__context__ is None
    with pytest.raises(ValidationError) as listed:
        client.authorize("MULTI", tokens=["good-one", secret])
    assert listed.value.field == "tokens[1]" and "secret-4242" not in str(listed.value)
    with pytest.raises(InvalidToken) as refused:
        client.authorize("tok-refused-777")
    assert "tok-refused-777" not in str(refused.value)


def test_sensitive_personal_fields_stay_out_of_reprs() -> None:
    settings = models.GetSettingsResponseGetSettings(first_name="Jane", email="j@example.com")
    assert "Jane" not in repr(settings) and "j@example.com" not in repr(settings)
    assert settings.first_name == "Jane"


def test_a_client_cannot_be_pickled(client: BinaryComClient) -> None:
    with pytest.raises(TypeError):
        pickle.dumps(client)
    with pytest.raises(TypeError):
        pickle.dumps(client._session)


# -- OAuth -------------------------------------------------------------------------------------


def test_the_login_url_carries_the_app_and_the_language() -> None:
    assert oauth_authorize_url(1089) == "https://oauth.binary.com/oauth2/authorize?app_id=1089"
    url = oauth_authorize_url("1089", language="zh_cn", extra={"brand": "deriv"})
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == OAUTH_URL
    assert parse_qs(parts.query) == {"app_id": ["1089"], "l": ["ZH_CN"], "brand": ["deriv"]}
    deriv = oauth_authorize_url(16929, base_url="https://oauth.deriv.com/oauth2/authorize")
    assert deriv == "https://oauth.deriv.com/oauth2/authorize?app_id=16929"


def test_the_client_builds_the_login_url_for_its_app() -> None:
    client = BinaryComClient(1089, language="es")
    assert client.oauth_url() == f"{OAUTH_URL}?app_id=1089&l=ES"
    assert client.oauth_url(extra={"affiliate_token": "a b"}).endswith("&affiliate_token=a+b")


@pytest.mark.parametrize(
    ("app_id", "language", "extra"),
    [
        (0, None, None),
        ("12a", None, None),
        (True, None, None),
        (1, "english", None),
        (1, None, {"app_id": "2"}),
    ],
)
def test_bad_login_url_arguments_are_refused(
    app_id: object, language: str | None, extra: dict[str, str] | None
) -> None:
    with pytest.raises(OAuthError):
        oauth_authorize_url(app_id, language=language, extra=extra)  # type: ignore[arg-type]


def test_a_redirect_gives_every_account_in_order() -> None:
    url = (
        "https://example.com/redirect/?acct1=CR799393&token1=a1-f7pnteezo4jzhpxclctizt27hyeot"
        "&cur1=usd&acct2=VRTC1859315&token2=a1clwe3vfuuus5kraceykdsoqm4snfq&cur2=usd&state="
    )
    assert parse_oauth_redirect(url) == [
        OAuthAccount("CR799393", "a1-f7pnteezo4jzhpxclctizt27hyeot", "usd"),
        OAuthAccount("VRTC1859315", "a1clwe3vfuuus5kraceykdsoqm4snfq", "usd"),
    ]


def test_a_redirect_is_read_until_the_first_gap() -> None:
    query = "acct1=CR1&token1=t1&acct2=CR2&cur2=&acct3=CR3&token3=t3&acct5=CR5&token5=t5"
    # The second group has no token (skipped); the fourth is missing, so the fifth is not read.
    assert parse_oauth_redirect("?" + query) == [
        OAuthAccount("CR1", "t1", ""),
        OAuthAccount("CR3", "t3", ""),
    ]
    assert parse_oauth_redirect(query) == parse_oauth_redirect("?" + query)


@pytest.mark.parametrize(
    "url",
    ["https://example.com/redirect/", "https://example.com/?token1=tok-x9", "acct1=CR1&token1="],
)
def test_a_redirect_without_tokens_is_an_error(url: str) -> None:
    with pytest.raises(OAuthError) as caught:
        parse_oauth_redirect(url)
    assert "tok-x9" not in str(caught.value) and "CR1" not in str(caught.value)


accounts = st.lists(
    st.builds(
        OAuthAccount,
        st.from_regex(r"[A-Z]{2,4}[0-9]{1,8}", fullmatch=True),
        st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1),
        st.sampled_from(["usd", "eur", "btc", ""]),
    ),
    min_size=1,
    max_size=6,
)


@given(accounts)
def test_a_redirect_round_trips_any_account_list(expected: list[OAuthAccount]) -> None:
    query = {}
    for number, account in enumerate(expected, start=1):
        query |= {
            f"acct{number}": account.account,
            f"token{number}": account.token,
            f"cur{number}": account.currency,
        }
    url = "myapp://login/done?" + urlencode(query)
    assert parse_oauth_redirect(url) == expected
