"""Bad answers through the clients' real path: the simulators serve off-spec bodies (valid
answers with values broken, any JSON, truncated text, bytes that are not JSON at all) with
any status and odd headers, and the clients may only raise their own typed errors.

Each example is one request to a simulator that lives for the whole module; clients do not
retry here (retries=0), so every example costs exactly one round trip.
"""

from __future__ import annotations

import json
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import binance_oauth_api
import okcoin_v3_api
import pytest
from binance_oauth_api import BinanceOAuthClient, OAuthSession, Token
from binance_oauth_api.testing import BinanceOAuthSimulator
from binance_oauth_api.testing import CannedReply as BinanceCanned
from hypothesis import given, settings
from hypothesis import strategies as st
from okcoin_v3_api import OkcoinClient
from okcoin_v3_api.testing import CannedReply as OkcoinCanned
from okcoin_v3_api.testing import OkcoinSimulator

from tests.okcoin.conftest import KEY, PASSPHRASE, SECRET, call
from tests.okcoin.test_every_route import OPERATIONS, arguments
from tests.support import fuzz

STATUSES = st.sampled_from([200, 200, 200, 200, 201, 204, 400, 401, 403, 404, 429, 500, 503])
HEADERS = st.dictionaries(
    st.sampled_from(["Retry-After", "OK-AFTER", "OK-BEFORE", "Content-Type", "X-Anything"]),
    st.sampled_from(["", "0", "-1", "1.5", "1e9", "nan", "inf", "abc", "Wed, 21 Oct 2015"]),
    max_size=3,
)


@st.composite
def body(draw: st.DrawFn, seed: Any) -> bytes:
    """What the server sends: a valid answer broken somewhere, any JSON, a truncated
    valid answer, or bytes that are not JSON."""
    kind = draw(st.sampled_from(["mutated", "mutated", "json", "truncated", "bytes"]))
    if kind == "mutated":
        return json.dumps(draw(fuzz.mutated(seed))).encode()
    if kind == "json":
        return json.dumps(draw(fuzz.JSON)).encode()
    text = json.dumps(seed).encode()
    if kind == "truncated":
        return text[: draw(st.integers(min_value=0, max_value=max(0, len(text) - 1)))]
    return draw(st.binary(max_size=40))


def only_typed_errors(action: Callable[[], Any], allowed: type[Exception], what: str) -> None:
    try:
        action()
    except allowed as error:
        str(error), repr(error)
    except Exception as error:
        raise AssertionError(
            f"{what}: {type(error).__name__} escaped the client:\n"
            + "".join(traceback.format_exception(error))
        ) from error


# -- Okcoin -----------------------------------------------------------------------------------

OKCOIN_SEEDS = {case.name: case.seed for case in fuzz.route_cases("okcoin_v3_api")}
OKCOIN_ROUTES = [
    (op.operation_id, f"{op.group}.{op.name}", arguments(op, "1", everything=False))
    for op in OPERATIONS
]


@pytest.fixture(scope="module")
def okcoin() -> Iterator[tuple[OkcoinSimulator, OkcoinClient]]:
    with (
        OkcoinSimulator(api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE) as sim,
        OkcoinClient(KEY, SECRET, PASSPHRASE, base_url=sim.base_url, retries=0) as client,
    ):
        yield sim, client


def test_every_okcoin_route_has_a_valid_answer_to_break() -> None:
    assert {name for _, name, _ in OKCOIN_ROUTES} == set(OKCOIN_SEEDS)


@settings(max_examples=250, deadline=None)
@given(st.data())
def test_okcoin_client_raises_only_its_own_errors(
    okcoin: tuple[OkcoinSimulator, OkcoinClient], data: st.DataObject
) -> None:
    sim, client = okcoin
    operation_id, name, args = data.draw(st.sampled_from(OKCOIN_ROUTES), label="route")
    status = data.draw(STATUSES, label="status")
    payload = data.draw(body(OKCOIN_SEEDS[name]), label="body")
    headers = data.draw(HEADERS, label="headers")
    sim.clear_faults()
    sim.inject(OkcoinCanned(status, raw=payload, headers=headers, only=operation_id))
    only_typed_errors(
        lambda: call(client, name, **args), okcoin_v3_api.ClientError, f"{name} <- {status}"
    )


# -- Binance ----------------------------------------------------------------------------------

BINANCE_SEEDS = {case.name: case.seed for case in fuzz.route_cases("binance_oauth_api")}
for _name in ("oauth.exchange_code", "oauth.refresh"):
    BINANCE_SEEDS[_name]["token_type"] = "bearer"  # so that a Token is made from the rest
VERIFIER = "v" * 43
ACCESS = "access-token-1"
REFRESH = "refresh-token-1"


def _session_call(client: BinanceOAuthClient) -> Any:
    expired = Token(
        access_token=ACCESS,
        token_type="bearer",
        expires_in=1,
        expires_at=0.0,
        refresh_token=REFRESH,
    )
    return OAuthSession(client, expired).user_info()  # refreshes first: two bad answers


# (operation the fault targets, route whose valid answer is broken, the call)
BINANCE_CALLS: list[tuple[str, str, Callable[[BinanceOAuthClient], Any]]] = [
    ("oauth_token", "oauth.exchange_code", lambda c: c.exchange_code("code-1", VERIFIER)),
    ("oauth_token", "oauth.refresh", lambda c: c.refresh(REFRESH)),
    ("user_info", "user.info", lambda c: c.user_info(ACCESS)),
    ("oauth_revoke_token", "oauth.revoke_token", lambda c: c.revoke(ACCESS)),
    ("oauth_token", "oauth.refresh", _session_call),
]


@pytest.fixture(scope="module")
def binance() -> Iterator[tuple[BinanceOAuthSimulator, BinanceOAuthClient]]:
    with BinanceOAuthSimulator() as sim:
        url = sim.base_url
        client = BinanceOAuthClient(
            "client-1", "https://app.example/cb", accounts_url=url, api_url=url, retries=0
        )
        with client:
            yield sim, client


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_binance_client_raises_only_its_own_errors(
    binance: tuple[BinanceOAuthSimulator, BinanceOAuthClient], data: st.DataObject
) -> None:
    sim, client = binance
    only, name, action = data.draw(st.sampled_from(BINANCE_CALLS), label="call")
    status = data.draw(STATUSES, label="status")
    payload = data.draw(body(BINANCE_SEEDS[name]), label="body")
    headers = data.draw(HEADERS, label="headers")
    sim.clear_faults()
    sim.inject(BinanceCanned(status, None, headers, raw=payload, times=2, only=only))
    only_typed_errors(lambda: action(client), binance_oauth_api.ClientError, f"{name} <- {status}")


def test_a_valid_answer_still_decodes_through_the_same_path(
    binance: tuple[BinanceOAuthSimulator, BinanceOAuthClient],
    okcoin: tuple[OkcoinSimulator, OkcoinClient],
) -> None:
    """The canned answers above really reach the decoders: unbroken, they decode."""
    sim, client = binance
    sim.clear_faults()
    seed = json.dumps(BINANCE_SEEDS["oauth.exchange_code"]).encode()
    sim.inject(BinanceCanned(200, None, raw=seed, only="oauth_token"))
    token = client.exchange_code("code-1", VERIFIER)
    assert token.access_token == BINANCE_SEEDS["oauth.exchange_code"]["access_token"]
    okcoin_sim, okcoin_client = okcoin
    okcoin_sim.clear_faults()
    answer = {"iso": "2024-01-02T03:04:05.000Z", "epoch": "1704164645.123"}
    okcoin_sim.inject(OkcoinCanned(200, answer, only="general_get_server_time"))
    assert str(okcoin_client.general.get_server_time().epoch) == "1704164645.123"
