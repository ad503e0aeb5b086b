"""The OkcoinClient; its groups of methods, one method per route, are in `_methods/`."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

import urllib3

from ._methods.account import AccountApi
from ._methods.earning import EarningApi
from ._methods.fiat import FiatApi
from ._methods.general import GeneralApi
from ._methods.index import IndexApi
from ._methods.margin import MarginApi
from ._methods.oracle import OracleApi
from ._methods.otc import OtcApi
from ._methods.spot import SpotApi
from ._methods.system import SystemApi
from ._methods.users import UsersApi
from ._runtime.http.transport import HttpOptions, RetryBudget, RetryPolicy, Route
from ._runtime.okcoin.auth import OkcoinSigner, OkcoinTransport, okcoin_errors


class OkcoinClient:
    """Client of the Okcoin REST API v3: `client.<group>.<method>(...)`, one method per route.

    Signed routes carry Okcoin's HMAC signature; the key, secret and passphrase are kept out
    of reprs, logs, exception messages and pickles, and are checked when the client is built.
    Each attempt of a request ends within `timeout` seconds in all (connecting, sending and
    reading; a urllib3.Timeout bounds connect and read, and the attempt by their sum or its
    total), and reads at most `max_body` bytes of answer (ResponseTooLarge beyond). Safe routes are retried after
    connection errors, timeouts, 429s and 5xx answers, at most `retries` times per call and
    within `retry_budget` (a RetryBudget shared by all calls of the client); orders,
    withdrawals and transfers never are. When Okcoin refuses a timestamp, the client reads
    Okcoin's clock once and signs with it from then on, sending a signed GET once more; a
    server time more than `max_clock_offset` seconds from ours is refused (ServerClockError).

    Constructor arguments:
    - ``api_key``, ``secret_key``, ``passphrase``: the API key's three parts; needed by
      signed routes only (public routes work without them).
    - ``base_url``: the server, okcoin.com by default; ``https://www.okcoin.jp`` for the
      Japanese site.
    - ``timeout``: seconds each attempt may take in all (connecting, sending, reading), or a
      ``urllib3.Timeout``; a call's own ``timeout=`` replaces it.
    - ``retries``: how many times a safe route is tried again after a failure in transit, a
      429 or a 5xx (0 turns retrying off).
    - ``backoff``: the base wait in seconds: retry n waits a random time between half and all
      of ``backoff * 2**(n-1)``, at most 8 s; a server's ``Retry-After`` (up to 30 s) is
      honoured instead.
    - ``retry_budget``: a `RetryBudget` shared by all calls (and clients given the same one),
      capping retries at a fraction of requests; None makes one for this client.
    - ``verify_tls``: whether the server's certificate is checked (keep True outside tests);
      ``ca_certs``: a PEM file of extra authorities to trust.
    - ``pool_size``: connections kept open to the server, for calls from several threads.
    - ``clock``: the function giving the time in epoch seconds, used to sign (for tests).
    - ``max_body``: the most bytes of an answer read before `ResponseTooLarge`.
    - ``max_clock_offset``: the largest difference between Okcoin's clock and ours, in seconds,
      that a clock repair accepts.

    Groups (``client.<group>.<method>``) and their methods:
    - ``general`` (`GeneralApi`): get_server_time
    - ``system`` (`SystemApi`): get_status
    - ``oracle`` (`OracleApi`): get_oracle
    - ``index`` (`IndexApi`): get_constituents
    - ``account`` (`AccountApi`): list_currencies, list_wallet, get_wallet, transfer, withdraw,
      list_withdrawal_fees, list_withdrawals, list_currency_withdrawals, list_ledger,
      iter_ledger, list_deposit_addresses, get_asset_valuation, list_deposits,
      list_currency_deposits, get_sub_account_balance, deposit_lightning, withdraw_lightning,
      list_on_hold, lock, unlock, withdraw_jpy, list_jpy_withdrawals, list_jpy_deposits,
      list_bank_cards
    - ``fiat`` (`FiatApi`): deposit, cancel_deposit, get_deposit, list_deposits, iter_deposits,
      withdraw, cancel_withdrawal, get_withdrawal, list_withdrawals, iter_withdrawals,
      get_channel
    - ``spot`` (`SpotApi`): list_accounts, get_account, list_ledger, iter_ledger, list_orders,
      iter_orders, place_order, place_orders, cancel_order, cancel_orders, amend_order,
      amend_orders, get_order, list_pending_orders, iter_pending_orders, list_fills, iter_fills,
      place_algo_order, cancel_algo_orders, list_algo_orders, iter_algo_orders, get_trade_fee,
      list_trade_fees, get_instrument_trade_fee, list_instruments, get_order_book, list_tickers,
      get_ticker, list_trades, get_candles
    - ``margin`` (`MarginApi`): list_accounts, get_account, list_ledger, iter_ledger,
      list_borrow_limits, get_borrow_limits, list_loans, iter_loans, list_market_loans,
      iter_market_loans, borrow, repay, list_orders, iter_orders, place_order, place_orders,
      cancel_order, cancel_orders, amend_order, amend_orders, list_pending_orders,
      iter_pending_orders, get_order, list_fills, iter_fills, get_leverage, set_leverage,
      get_mark_price
    - ``otc`` (`OtcApi`): list_rfq_instruments, list_rfq_trades, accept_quote, list_rfq_history,
      request_quote
    - ``users`` (`UsersApi`): get_sub_account_info, get_account_info, get_sub_account_api_key,
      create_sub_account_api_key, create_sub_account, delete_sub_account,
      delete_sub_account_api_key, modify_sub_account_api_key
    - ``earning`` (`EarningApi`): list_offers, list_orders, list_positions, purchase, redeem,
      cancel
    """

    general: GeneralApi
    system: SystemApi
    oracle: OracleApi
    index: IndexApi
    account: AccountApi
    fiat: FiatApi
    spot: SpotApi
    margin: MarginApi
    otc: OtcApi
    users: UsersApi
    earning: EarningApi

    def __init__(
        self,
        api_key: str = "",
        secret_key: str = "",
        passphrase: str = "",
        *,
        base_url: str = "https://www.okcoin.com",
        timeout: float | urllib3.Timeout = 10.0,
        retries: int = 2,
        backoff: float = 0.25,
        retry_budget: RetryBudget | None = None,
        verify_tls: bool = True,
        ca_certs: str | None = None,
        pool_size: int = 10,
        clock: Callable[[], float] = time.time,
        max_body: int = 16 * 1024 * 1024,
        max_clock_offset: float = 86400.0,
    ) -> None:
        self._signer = OkcoinSigner(api_key, secret_key, passphrase, clock=clock)
        self._transport = OkcoinTransport(
            base_url,
            signer=self._signer,
            time_route="general_get_server_time",
            routes=_load_routes,
            errors=okcoin_errors,
            options=HttpOptions(
                timeout=timeout,
                retry=RetryPolicy(retries=retries, backoff=backoff),
                retry_budget=retry_budget,
                verify_tls=verify_tls,
                ca_certs=ca_certs,
                pool_size=pool_size,
                user_agent="okcoin-v3-api/0.3.2",
                max_body=max_body,
            ),
            max_clock_offset=max_clock_offset,
        )
        self.general = GeneralApi(self._transport)
        self.system = SystemApi(self._transport)
        self.oracle = OracleApi(self._transport)
        self.index = IndexApi(self._transport)
        self.account = AccountApi(self._transport)
        self.fiat = FiatApi(self._transport)
        self.spot = SpotApi(self._transport)
        self.margin = MarginApi(self._transport)
        self.otc = OtcApi(self._transport)
        self.users = UsersApi(self._transport)
        self.earning = EarningApi(self._transport)

    def __repr__(self) -> str:
        return f"OkcoinClient(base_url={self._transport.base_url!r})"

    def __reduce__(self) -> Any:
        raise TypeError("OkcoinClient holds credentials and cannot be pickled")

    def __enter__(self) -> OkcoinClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Closes the pooled connections."""
        self._transport.close()

    @property
    def clock_offset(self) -> float:
        """Seconds added to the local clock when signing (set by `sync_time`)."""
        return self._signer.clock_offset

    @property
    def retry_budget(self) -> RetryBudget:
        """The budget every retry of this client draws from (see RetryBudget)."""
        return self._transport.retry_budget

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        signed: bool = True,
        timeout: float | None = None,
    ) -> Any:
        """The escape hatch, for routes or fields the spec lacks: sends ``method`` to ``path``
        (``/api/...``, on ``base_url``) and returns the answer's JSON as it came, undecoded
        (numbers a float cannot hold exactly are Decimals).

        ``params`` go into the query string (None values are left out), ``body`` (a dict or
        list; Decimals travel as text) is sent as JSON and is refused on a GET. The request is
        signed unless ``signed=False``, within the same ``timeout`` as the other calls, and an
        error answer raises the same typed `OkcoinError` subclass. Only a GET is retried
        (after a connection error, a timeout, 429 or 5xx, within ``retries`` and the retry
        budget) or sent again after a clock repair: any other method is sent once, since the
        client cannot know whether it is safe to repeat. Prefer the typed methods where they
        exist: they check arguments before sending and decode the answer::

            client.request("GET", "/api/spot/v3/instruments/BTC-USD/ticker", signed=False)
        """
        return self._transport.request(
            method,
            path,
            params=params,
            body=body,
            auth="signed" if signed else "none",
            timeout=timeout,
        )

    def sync_time(self) -> float:
        """Measures the offset between Okcoin's clock and ours and signs with it from now on.

        Okcoin refuses requests whose timestamp is more than 30 seconds off; the client also
        does this by itself the first time Okcoin refuses a timestamp.
        """
        return self._transport.sync_time()


def _load_routes() -> Mapping[str, Route]:
    from ._routes import ROUTES

    return ROUTES
