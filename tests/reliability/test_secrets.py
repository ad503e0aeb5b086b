"""Secrets never show: after whole sessions of both REST clients (successes, refusals,
faults, retries, a clock repair, a token refresh), every repr, every DEBUG log record of
every logger (urllib3's included), every exception text with its chained causes, and every
pickle of clients, transports, signers, sessions, stores and tokens is searched for the
secret values used. Pickling may refuse (TypeError); what it does write must not hold them.
"""

from __future__ import annotations

import http.client
import logging
import pickle
import time
import traceback
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from binance_oauth_api import (
    BinanceOAuthClient,
    JsonFileTokenStore,
    LoopbackReceiver,
    MemoryTokenStore,
    OAuthSession,
)
from binance_oauth_api import ClientError as BinanceClientError
from binance_oauth_api.testing import BinanceOAuthSimulator
from binance_oauth_api.testing import CannedReply as BinanceCanned
from binance_oauth_api.testing import DropConnection as BinanceDrop
from binance_oauth_api.testing import MalformedBody as BinanceMalformed
from binance_oauth_api.testing import SlowReply as BinanceSlow
from okcoin_v3_api import ClientError, OkcoinClient
from okcoin_v3_api.testing import (
    CannedReply,
    DropConnection,
    MalformedBody,
    OkcoinSimulator,
    RateLimited,
    SlowReply,
)
from okcoin_v3_api.testing import ServerError as ServerFault

from tests.binance.backends import WEB_ID, WEB_REDIRECT, WEB_SECRET
from tests.okcoin.conftest import KEY, PASSPHRASE, SECRET

TRADE_PASSWORD = "trade-pwd-5512x"


class Evidence:
    """Everything a secret could leak into, gathered as text."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []
        self.pickles: list[tuple[str, bytes]] = []
        self.refused_pickles: list[str] = []

    def show(self, name: str, obj: object) -> None:
        """The object's repr and str, and its pickle if it lets itself be pickled."""
        self.texts.append((f"repr({name})", repr(obj)))
        self.texts.append((f"str({name})", str(obj)))
        try:
            self.pickles.append((name, pickle.dumps(obj)))
        except TypeError:
            self.refused_pickles.append(name)

    def failure(self, name: str, action: Callable[[], Any], expected: type[Exception]) -> None:
        """Runs an action that must fail; keeps its whole traceback text and its pickle."""
        try:
            action()
        except expected as error:
            self.texts.append((f"{name} traceback", "".join(traceback.format_exception(error))))
            self.show(f"{name} error", error)
            for name_, value in vars(error).items():
                self.texts.append((f"{name}.{name_}", repr(value)))
        else:
            raise AssertionError(f"{name} did not fail")

    def logs(self, caplog: pytest.LogCaptureFixture) -> None:
        for record in caplog.records:
            self.texts.append((f"log {record.name}", record.getMessage()))
            if record.exc_info and record.exc_info[1] is not None:
                shown = "".join(traceback.format_exception(record.exc_info[1]))
                self.texts.append((f"log {record.name}", shown))

    def assert_clean(self, secrets: dict[str, str]) -> None:
        for what, value in secrets.items():
            assert value, what
            for where, text in self.texts:
                assert value not in text, f"the {what} leaked into {where}: {text[:300]}"
            for where, data in self.pickles:
                for encoded in (value.encode(), value.encode("utf-16-le")):
                    assert encoded not in data, f"the {what} is in the pickle of {where}"


@pytest.fixture
def evidence(caplog: pytest.LogCaptureFixture) -> Iterator[Evidence]:
    caplog.set_level(logging.DEBUG)  # every logger: the packages', the simulators', urllib3's
    found = Evidence()
    yield found


def test_okcoin(evidence: Evidence, caplog: pytest.LogCaptureFixture) -> None:
    with OkcoinSimulator(api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE) as sim:
        client = OkcoinClient(
            KEY,
            SECRET,
            PASSPHRASE,
            base_url=sim.base_url,
            backoff=0.001,
            timeout=0.5,
            clock=lambda: time.time() - 90,  # refused at first: the client repairs its clock
        )
        client.spot.list_accounts()
        client.spot.place_order(
            instrument_id="BTC-USD", side="buy", type="limit", price=Decimal(1), size=Decimal(1)
        )
        sim.inject(ServerFault(status=503, only="spot_list_accounts"))
        sim.inject(RateLimited(retry_after=0.001, only="spot_list_accounts"))
        client.spot.list_accounts()  # two retries

        def withdraw(password: object = TRADE_PASSWORD) -> Any:
            return client.fiat.withdraw(
                channel_id="1",
                amount=Decimal(1),
                trade_pwd=password,  # type: ignore[arg-type]
                bank_account_number="1",
            )

        quoting = {
            "code": 30015,
            "message": f"passphrase {PASSPHRASE} or pwd {TRADE_PASSWORD} wrong ({SECRET})",
        }
        sim.inject(CannedReply(401, quoting, only="fiat_withdraw"))
        evidence.failure("quoted secrets", withdraw, ClientError)
        sim.inject(ServerFault(status=500, only="fiat_withdraw"))
        evidence.failure("withdraw 500", withdraw, ClientError)
        evidence.failure("password type", lambda: withdraw(5512), ClientError)
        sim.inject(DropConnection(only="fiat_withdraw"))
        evidence.failure("dropped", withdraw, ClientError)
        sim.inject(SlowReply(delay=1.0, only="fiat_withdraw"))
        evidence.failure("timeout", withdraw, ClientError)
        sim.inject(MalformedBody(only="spot_list_accounts"))
        evidence.failure("malformed", client.spot.list_accounts, ClientError)
        wrong = OkcoinClient(KEY, SECRET + "x", PASSPHRASE + "x", base_url=sim.base_url)
        evidence.failure("refused", wrong.spot.list_accounts, ClientError)
        for name, obj in [
            ("client", client),
            ("signer", client._signer),
            ("transport", client._transport),
            ("retry budget", client.retry_budget),
            ("refused client", wrong),
        ]:
            evidence.show(name, obj)
        client.close()
    evidence.logs(caplog)
    assert any(record.name.startswith("urllib3") for record in caplog.records)
    assert any(record.name.startswith("okcoin_v3_api") for record in caplog.records)
    evidence.assert_clean(
        {
            "secret key": SECRET,
            "passphrase": PASSPHRASE,
            "trade password": TRADE_PASSWORD,
            "wrong secret key": SECRET + "x",
            "wrong passphrase": PASSPHRASE + "x",
        }
    )
    assert {"client", "signer", "transport", "refused client"} <= set(evidence.refused_pickles)


def test_binance(evidence: Evidence, caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    with BinanceOAuthSimulator(access_token_lifetime=600) as sim:
        sim.add_client(WEB_ID, [WEB_REDIRECT], WEB_SECRET, scopes=["user:openId", "user:email"])
        client = BinanceOAuthClient(
            WEB_ID,
            WEB_REDIRECT,
            WEB_SECRET,
            accounts_url=sim.base_url,
            api_url=sim.base_url,
            backoff=0.001,
            timeout=0.5,
        )
        request = client.authorization_url(["user:openId", "user:email"])
        code = client.parse_redirect(sim.approve(request.url), request.state)
        token = client.exchange_code(code, request.code_verifier)
        store = MemoryTokenStore()
        session = OAuthSession(client, token, store=store, refresh_leeway=10**6)
        session.user_info()  # refreshes first: the leeway makes every token due
        fresh = session.token
        file_store = JsonFileTokenStore(tmp_path / "token.json")
        file_store.save(fresh)

        quoting = {
            "error": "invalid_grant",
            "error_description": f"refresh {fresh.refresh_token} / secret {WEB_SECRET}",
        }

        def refresh() -> Any:
            return client.refresh(fresh.refresh_token or "")

        sim.inject(BinanceCanned(400, quoting, only="oauth_refresh"))
        evidence.failure("quoted secrets", refresh, BinanceClientError)
        sim.inject(BinanceDrop(only="oauth_refresh"))
        evidence.failure("dropped", refresh, BinanceClientError)
        sim.inject(BinanceSlow(delay=1.0, only="oauth_refresh"))
        evidence.failure("timeout", refresh, BinanceClientError)
        sim.inject(BinanceMalformed(only="oauth_refresh"))
        evidence.failure("malformed", refresh, BinanceClientError)
        session.revoke()  # (a reused code below makes the server revoke the grant)
        evidence.failure(
            "reused code",
            lambda: client.exchange_code(code, request.code_verifier),
            BinanceClientError,
        )
        evidence.failure(
            "bad verifier",
            lambda: client.exchange_code(code, (request.code_verifier or "") + "!"),
            BinanceClientError,
        )
        evidence.failure(
            "bad token", lambda: client.user_info(fresh.access_token + " x"), BinanceClientError
        )
        evidence.failure(
            "revoked token", lambda: client.user_info(fresh.access_token), BinanceClientError
        )
        with LoopbackReceiver() as receiver:
            # The browser (http.client: it logs nothing) brings the code back to the app.
            browser = http.client.HTTPConnection("127.0.0.1", receiver.port, timeout=5)
            browser.request("GET", f"{receiver.path}?code={code}&state=s")
            browser.getresponse().read()
            browser.close()
            receiver.wait(timeout=2)
            evidence.show("loopback receiver", receiver)
        for name, obj in [
            ("client", client),
            ("transport", client._transport),
            ("bearer", client._bearer),
            ("bearer scope", client.using_token(fresh.access_token)),
            ("authorization request", request),
            ("token", token),
            ("refreshed token", fresh),
            ("session", session),
            ("memory store", MemoryTokenStore(fresh)),
            ("file store", file_store),
            ("retry budget", client.retry_budget),
        ]:
            evidence.show(name, obj)
        client.close()
    evidence.logs(caplog)
    assert any(record.name.startswith("urllib3") for record in caplog.records)
    evidence.assert_clean(
        {
            "client secret": WEB_SECRET,
            "code verifier": request.code_verifier or "",
            "code": code,
            "access token": token.access_token,
            "refresh token": token.refresh_token or "",
            "refreshed access token": fresh.access_token,
            "refreshed refresh token": fresh.refresh_token or "",
        }
    )
    assert {
        "client",
        "bearer scope",
        "authorization request",
        "token",
        "refreshed token",
        "session",
        "memory store",
    } <= set(evidence.refused_pickles)
