"""The methods of ``client.margin``: one per route of the margin group."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime.http.transport import Page

if TYPE_CHECKING:
    from .. import models
    from .._runtime.http.transport import HttpTransport


class MarginApi:
    """Margin balances, loans and margin trading (okcoin.com closed margin trading in February
    2022).
    """

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def list_accounts(
        self,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List margin balances of all markets.

        ``GET /api/margin/v3/accounts``; signed; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "margin_list_accounts",
                {},
                timeout=timeout,
            ),
        )

    def get_account(
        self,
        *,
        instrument_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Get the margin balance of one market.

        ``GET /api/margin/v3/accounts/{instrument_id}``; signed; retried when it fails in
        transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "margin_get_account",
                {"instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def list_ledger(
        self,
        *,
        instrument_id: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        type: str | None = None,
        timeout: float | None = None,
    ) -> Page[models.LedgerEntry]:
        """Page through the margin bills of one market.

        ``GET /api/margin/v3/accounts/{instrument_id}/ledger``; signed; retried when it fails in
        transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``type`` (str): Bill type code, e.g. 3 borrow, 4 repay, 5 interest, 7 buy, 8 sell.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.LedgerEntry]",
            self._transport.call(
                "margin_list_ledger",
                {
                    "instrument_id": instrument_id,
                    "after": after,
                    "before": before,
                    "limit": limit,
                    "type": type,
                },
                timeout=timeout,
            ),
        )

    def iter_ledger(
        self,
        *,
        instrument_id: str,
        limit: int | None = None,
        type: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.LedgerEntry]:
        """Every item of ``list_ledger``, newest first, fetching older pages as needed (each page is
        one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``type`` (str): Bill type code, e.g. 3 borrow, 4 repay, 5 interest, 7 buy, 8 sell.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.LedgerEntry]",
            self._transport.iterate(
                "margin_list_ledger",
                {"instrument_id": instrument_id, "limit": limit, "type": type},
                timeout=timeout,
            ),
        )

    def list_borrow_limits(
        self,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List borrowing limits and rates of all margin markets.

        ``GET /api/margin/v3/accounts/availability``; signed; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "margin_list_borrow_limits",
                {},
                timeout=timeout,
            ),
        )

    def get_borrow_limits(
        self,
        *,
        instrument_id: str,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """Show borrowing limits and rates of one margin market.

        ``GET /api/margin/v3/accounts/{instrument_id}/availability``; signed; retried when it
        fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "margin_get_borrow_limits",
                {"instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def list_loans(
        self,
        *,
        status: Literal["0", "1"] | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[models.MarginLoan]:
        """Page through your margin loans.

        ``GET /api/margin/v3/accounts/borrowed``; signed; retried when it fails in transit.

        Arguments:
        - ``status`` (one of '0', '1'): 0 outstanding, 1 repaid.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.MarginLoan]",
            self._transport.call(
                "margin_list_loans",
                {"status": status, "after": after, "before": before, "limit": limit},
                timeout=timeout,
            ),
        )

    def iter_loans(
        self,
        *,
        status: Literal["0", "1"] | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.MarginLoan]:
        """Every item of ``list_loans``, newest first, fetching older pages as needed (each page is
        one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``status`` (one of '0', '1'): 0 outstanding, 1 repaid.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.MarginLoan]",
            self._transport.iterate(
                "margin_list_loans",
                {"status": status, "limit": limit},
                timeout=timeout,
            ),
        )

    def list_market_loans(
        self,
        *,
        instrument_id: str,
        status: Literal["0", "1"] | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[models.MarginLoan]:
        """Page through your margin loans of one market.

        ``GET /api/margin/v3/accounts/{instrument_id}/borrowed``; signed; retried when it fails
        in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``status`` (one of '0', '1'): 0 outstanding, 1 repaid.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.MarginLoan]",
            self._transport.call(
                "margin_list_market_loans",
                {
                    "instrument_id": instrument_id,
                    "status": status,
                    "after": after,
                    "before": before,
                    "limit": limit,
                },
                timeout=timeout,
            ),
        )

    def iter_market_loans(
        self,
        *,
        instrument_id: str,
        status: Literal["0", "1"] | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.MarginLoan]:
        """Every item of ``list_market_loans``, newest first, fetching older pages as needed (each
        page is one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``status`` (one of '0', '1'): 0 outstanding, 1 repaid.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.MarginLoan]",
            self._transport.iterate(
                "margin_list_market_loans",
                {"instrument_id": instrument_id, "status": status, "limit": limit},
                timeout=timeout,
            ),
        )

    def borrow(
        self,
        *,
        instrument_id: str,
        currency: str,
        amount: Decimal,
        client_oid: str | None = None,
        timeout: float | None = None,
    ) -> models.BorrowResult:
        """Borrow a currency in a margin market.

        ``POST /api/margin/v3/accounts/borrow``; signed; never resent automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``currency`` (str; required): Currency code such as BTC.
        - ``amount`` (Decimal above 0; required): Amount to borrow.
        - ``client_oid`` (str): Your own id for the order.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.BorrowResult",
            self._transport.call(
                "margin_borrow",
                {
                    "instrument_id": instrument_id,
                    "currency": currency,
                    "amount": amount,
                    "client_oid": client_oid,
                },
                timeout=timeout,
            ),
        )

    def repay(
        self,
        *,
        instrument_id: str,
        currency: str,
        amount: Decimal,
        borrow_id: str | None = None,
        client_oid: str | None = None,
        timeout: float | None = None,
    ) -> models.RepaymentResult:
        """Repay a margin loan.

        ``POST /api/margin/v3/accounts/repayment``; signed; never resent automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``currency`` (str; required): Currency code such as BTC.
        - ``amount`` (Decimal above 0; required): Amount to repay.
        - ``borrow_id`` (str): Loan to repay.
        - ``client_oid`` (str): Your own id for the order.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.RepaymentResult",
            self._transport.call(
                "margin_repay",
                {
                    "instrument_id": instrument_id,
                    "currency": currency,
                    "amount": amount,
                    "borrow_id": borrow_id,
                    "client_oid": client_oid,
                },
                timeout=timeout,
            ),
        )

    def list_orders(
        self,
        *,
        instrument_id: str,
        state: Literal["-2", "-1", "0", "1", "2", "3", "4", "6", "7"],
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[models.Order]:
        """Page through margin orders of a market by state.

        ``GET /api/margin/v3/orders``; signed; retried when it fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``state`` (one of '-2', '-1', '0', '1', '2', '3', '4', '6', '7'; required): -2 failed,
          -1 cancelled, 0 open, 1 partly filled, 2 filled, 3 being placed, 4 being cancelled, 6
          not finished (0 and 1), 7 finished (-1 and 2).
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.Order]",
            self._transport.call(
                "margin_list_orders",
                {
                    "instrument_id": instrument_id,
                    "state": state,
                    "after": after,
                    "before": before,
                    "limit": limit,
                },
                timeout=timeout,
            ),
        )

    def iter_orders(
        self,
        *,
        instrument_id: str,
        state: Literal["-2", "-1", "0", "1", "2", "3", "4", "6", "7"],
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.Order]:
        """Every item of ``list_orders``, newest first, fetching older pages as needed (each page is
        one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``state`` (one of '-2', '-1', '0', '1', '2', '3', '4', '6', '7'; required): -2 failed,
          -1 cancelled, 0 open, 1 partly filled, 2 filled, 3 being placed, 4 being cancelled, 6
          not finished (0 and 1), 7 finished (-1 and 2).
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.Order]",
            self._transport.iterate(
                "margin_list_orders",
                {"instrument_id": instrument_id, "state": state, "limit": limit},
                timeout=timeout,
            ),
        )

    def place_order(
        self,
        *,
        instrument_id: str,
        side: Literal["buy", "sell"],
        type: Literal["limit", "market"] | None = None,
        client_oid: str | None = None,
        order_type: Literal["0", "1", "2", "3"] | None = None,
        price: Decimal | None = None,
        size: Decimal | None = None,
        notional: Decimal | None = None,
        timeout: float | None = None,
    ) -> models.OrderResult:
        """Place a margin order.

        ``POST /api/margin/v3/orders``; signed; never resent automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``side`` (one of 'buy', 'sell'; required): Order side.
        - ``type`` (one of 'limit', 'market'): Order kind.
        - ``client_oid`` (str matching ``^[A-Za-z][A-Za-z0-9]{0,31}$``): Your own id for the
          order - up to 32 letters and digits, starting with a letter.
        - ``order_type`` (one of '0', '1', '2', '3'): 0 normal, 1 post-only, 2 fill-or-kill, 3
          immediate-or-cancel.
        - ``price`` (Decimal above 0): Limit price; needed for limit orders.
        - ``size`` (Decimal above 0): Quantity in the base currency; needed for limit orders and
          market sells.
        - ``notional`` (Decimal above 0): Amount of quote currency to spend; needed for market
          buys.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.OrderResult",
            self._transport.call(
                "margin_place_order",
                {
                    "margin_trading": "2",
                    "instrument_id": instrument_id,
                    "side": side,
                    "type": type,
                    "client_oid": client_oid,
                    "order_type": order_type,
                    "price": price,
                    "size": size,
                    "notional": notional,
                },
                timeout=timeout,
            ),
        )

    def place_orders(
        self,
        *,
        items: list[models.MarginOrderRequest],
        timeout: float | None = None,
    ) -> dict[str, list[models.OrderResult]]:
        """Place several margin orders in one request.

        ``POST /api/margin/v3/batch_orders``; signed; never resent automatically.

        Arguments:
        - ``items`` (list of ``models.MarginOrderRequest``; required): The orders; at most 4
          instruments with up to 10 orders each.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, list[models.OrderResult]]",
            self._transport.call(
                "margin_place_orders",
                {"items": items},
                timeout=timeout,
            ),
        )

    def cancel_order(
        self,
        *,
        order_id_or_client_oid: str,
        instrument_id: str,
        timeout: float | None = None,
    ) -> dict[str, list[models.OrderResult]] | models.OrderResult:
        """Cancel a margin order.

        ``POST /api/margin/v3/cancel_orders/{order_id_or_client_oid}``; signed; never resent
        automatically.

        Okcoin answers in one of two shapes, so the result is a union: today an OrderResult
        (order_id, client_oid, result, error_code, error_message); from older servers a dict from
        the lower-case instrument id (btc-usd) to a list of OrderResult. Check with
        isinstance(reply, OrderResult) before reading fields.

        Arguments:
        - ``order_id_or_client_oid`` (str; required): The order id, or the client_oid chosen when
          the order was placed.
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, list[models.OrderResult]] | models.OrderResult",
            self._transport.call(
                "margin_cancel_order",
                {"order_id_or_client_oid": order_id_or_client_oid, "instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def cancel_orders(
        self,
        *,
        items: list[models.CancelOrdersRequest],
        timeout: float | None = None,
    ) -> dict[str, list[models.OrderResult]]:
        """Cancel several margin orders in one request.

        ``POST /api/margin/v3/cancel_batch_orders``; signed; never resent automatically.

        Arguments:
        - ``items`` (list of ``models.CancelOrdersRequest`` (at most 4 items); required): One
          entry per instrument; at most 4 instruments.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, list[models.OrderResult]]",
            self._transport.call(
                "margin_cancel_orders",
                {"items": items},
                timeout=timeout,
            ),
        )

    def amend_order(
        self,
        *,
        instrument_id: str,
        cancel_on_fail: Literal["0", "1"],
        order_id: str | None = None,
        client_oid: str | None = None,
        request_id: str | None = None,
        new_size: Decimal | None = None,
        new_price: Decimal | None = None,
        timeout: float | None = None,
    ) -> models.OrderResult:
        """Change the size or price of an open margin order.

        ``POST /api/margin/v3/amend_order/{instrument_id}``; signed; never resent automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market of the order.
        - ``cancel_on_fail`` (one of '0', '1'; required): "1" cancels the order when the change
          fails.
        - ``order_id`` (str): Order to change; give this or client_oid.
        - ``client_oid`` (str): Client id of the order to change; give this or order_id.
        - ``request_id`` (str): Your own id for this change.
        - ``new_size`` (Decimal above 0): New quantity; give this and/or new_price.
        - ``new_price`` (Decimal above 0): New price; give this and/or new_size.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.OrderResult",
            self._transport.call(
                "margin_amend_order",
                {
                    "instrument_id": instrument_id,
                    "cancel_on_fail": cancel_on_fail,
                    "order_id": order_id,
                    "client_oid": client_oid,
                    "request_id": request_id,
                    "new_size": new_size,
                    "new_price": new_price,
                },
                timeout=timeout,
            ),
        )

    def amend_orders(
        self,
        *,
        instrument_id: str,
        amend_data: list[models.AmendOrderItem],
        timeout: float | None = None,
    ) -> dict[str, list[models.OrderResult]]:
        """Change several open margin orders of one market in one request.

        ``POST /api/margin/v3/amend_batch_orders/{instrument_id}``; signed; never resent
        automatically.

        The path and body follow the Python SDK; ccxt lists the route without the instrument in
        the path.

        Arguments:
        - ``instrument_id`` (str; required): Market of the orders.
        - ``amend_data`` (list of ``models.AmendOrderItem``; required): The changes.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, list[models.OrderResult]]",
            self._transport.call(
                "margin_amend_orders",
                {"instrument_id": instrument_id, "amend_data": amend_data},
                timeout=timeout,
            ),
        )

    def list_pending_orders(
        self,
        *,
        instrument_id: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[models.Order]:
        """Page through the open margin orders of a market.

        ``GET /api/margin/v3/orders_pending``; signed; retried when it fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.Order]",
            self._transport.call(
                "margin_list_pending_orders",
                {"instrument_id": instrument_id, "after": after, "before": before, "limit": limit},
                timeout=timeout,
            ),
        )

    def iter_pending_orders(
        self,
        *,
        instrument_id: str,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.Order]:
        """Every item of ``list_pending_orders``, newest first, fetching older pages as needed (each
        page is one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.Order]",
            self._transport.iterate(
                "margin_list_pending_orders",
                {"instrument_id": instrument_id, "limit": limit},
                timeout=timeout,
            ),
        )

    def get_order(
        self,
        *,
        order_id_or_client_oid: str,
        instrument_id: str,
        timeout: float | None = None,
    ) -> models.Order:
        """Get one margin order.

        ``GET /api/margin/v3/orders/{order_id_or_client_oid}``; signed; retried when it fails in
        transit.

        Arguments:
        - ``order_id_or_client_oid`` (str; required): The order id, or the client_oid chosen when
          the order was placed.
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Order",
            self._transport.call(
                "margin_get_order",
                {"order_id_or_client_oid": order_id_or_client_oid, "instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def list_fills(
        self,
        *,
        instrument_id: str,
        order_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[models.Fill]:
        """Page through margin fills of a market.

        ``GET /api/margin/v3/fills``; signed; retried when it fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``order_id`` (str): Only fills of this order.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.Fill]",
            self._transport.call(
                "margin_list_fills",
                {
                    "instrument_id": instrument_id,
                    "order_id": order_id,
                    "after": after,
                    "before": before,
                    "limit": limit,
                },
                timeout=timeout,
            ),
        )

    def iter_fills(
        self,
        *,
        instrument_id: str,
        order_id: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.Fill]:
        """Every item of ``list_fills``, newest first, fetching older pages as needed (each page is
        one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``order_id`` (str): Only fills of this order.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.Fill]",
            self._transport.iterate(
                "margin_list_fills",
                {"instrument_id": instrument_id, "order_id": order_id, "limit": limit},
                timeout=timeout,
            ),
        )

    def get_leverage(
        self,
        *,
        instrument_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Show the leverage of a margin market.

        ``GET /api/margin/v3/accounts/{instrument_id}/leverage``; signed; retried when it fails
        in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "margin_get_leverage",
                {"instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def set_leverage(
        self,
        *,
        instrument_id: str,
        leverage: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Set the leverage of a margin market.

        ``POST /api/margin/v3/accounts/{instrument_id}/leverage``; signed; never resent
        automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``leverage`` (str; required): New leverage multiple.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "margin_set_leverage",
                {"instrument_id": instrument_id, "leverage": leverage},
                timeout=timeout,
            ),
        )

    def get_mark_price(
        self,
        *,
        instrument_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Get the mark price of a margin market.

        ``GET /api/margin/v3/instruments/{instrument_id}/mark_price``; public; retried when it
        fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "margin_get_mark_price",
                {"instrument_id": instrument_id},
                timeout=timeout,
            ),
        )
