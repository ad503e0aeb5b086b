"""The methods of ``client.spot``: one per route of the spot group."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime.http.transport import Page

if TYPE_CHECKING:
    from .. import models
    from .._runtime.http.transport import HttpTransport


class SpotApi:
    """Spot market data, spot balances and spot trading."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def list_accounts(
        self,
        timeout: float | None = None,
    ) -> list[models.SpotAccount]:
        """List spot balances of all currencies.

        ``GET /api/spot/v3/accounts``; signed; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.SpotAccount]",
            self._transport.call(
                "spot_list_accounts",
                {},
                timeout=timeout,
            ),
        )

    def get_account(
        self,
        *,
        currency: str,
        timeout: float | None = None,
    ) -> models.SpotAccount:
        """Get the spot balance of one currency.

        ``GET /api/spot/v3/accounts/{currency}``; signed; retried when it fails in transit.

        Arguments:
        - ``currency`` (str; required): Currency code such as BTC.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SpotAccount",
            self._transport.call(
                "spot_get_account",
                {"currency": currency},
                timeout=timeout,
            ),
        )

    def list_ledger(
        self,
        *,
        currency: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        type: str | None = None,
        timeout: float | None = None,
    ) -> Page[models.LedgerEntry]:
        """Page through the spot bills of one currency (last three months).

        ``GET /api/spot/v3/accounts/{currency}/ledger``; signed; retried when it fails in
        transit.

        Arguments:
        - ``currency`` (str; required): Currency code such as BTC.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``type`` (str): Bill type, e.g. transfer, trade or rebate.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.LedgerEntry]",
            self._transport.call(
                "spot_list_ledger",
                {
                    "currency": currency,
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
        currency: str,
        limit: int | None = None,
        type: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.LedgerEntry]:
        """Every item of ``list_ledger``, newest first, fetching older pages as needed (each page is
        one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``currency`` (str; required): Currency code such as BTC.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``type`` (str): Bill type, e.g. transfer, trade or rebate.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.LedgerEntry]",
            self._transport.iterate(
                "spot_list_ledger",
                {"currency": currency, "limit": limit, "type": type},
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
        """Page through spot orders of a market by state (last three months).

        ``GET /api/spot/v3/orders``; signed; retried when it fails in transit.

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
                "spot_list_orders",
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
                "spot_list_orders",
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
        margin_trading: Literal["1", "2"] | None = None,
        timeout: float | None = None,
    ) -> models.OrderResult:
        """Place a spot order.

        ``POST /api/spot/v3/orders``; signed; never resent automatically.

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
        - ``margin_trading`` (one of '1', '2'): 1 spot, 2 margin; not on okcoin.jp.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.OrderResult",
            self._transport.call(
                "spot_place_order",
                {
                    "instrument_id": instrument_id,
                    "side": side,
                    "type": type,
                    "client_oid": client_oid,
                    "order_type": order_type,
                    "price": price,
                    "size": size,
                    "notional": notional,
                    "margin_trading": margin_trading,
                },
                timeout=timeout,
            ),
        )

    def place_orders(
        self,
        *,
        items: list[models.SpotOrderRequest],
        timeout: float | None = None,
    ) -> dict[str, list[models.OrderResult]]:
        """Place several spot orders in one request.

        ``POST /api/spot/v3/batch_orders``; signed; never resent automatically.

        Arguments:
        - ``items`` (list of ``models.SpotOrderRequest``; required): The orders; at most 4
          instruments with up to 10 orders each.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, list[models.OrderResult]]",
            self._transport.call(
                "spot_place_orders",
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
        """Cancel a spot order.

        ``POST /api/spot/v3/cancel_orders/{order_id_or_client_oid}``; signed; never resent
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
                "spot_cancel_order",
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
        """Cancel several spot orders in one request.

        ``POST /api/spot/v3/cancel_batch_orders``; signed; never resent automatically.

        Arguments:
        - ``items`` (list of ``models.CancelOrdersRequest`` (at most 4 items); required): One
          entry per instrument; at most 4 instruments.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, list[models.OrderResult]]",
            self._transport.call(
                "spot_cancel_orders",
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
        """Change the size or price of an open spot order.

        ``POST /api/spot/v3/amend_order/{instrument_id}``; signed; never resent automatically.

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
                "spot_amend_order",
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
        items: list[models.AmendOrderRequest],
        timeout: float | None = None,
    ) -> dict[str, list[models.OrderResult]]:
        """Change several open spot orders in one request.

        ``POST /api/spot/v3/amend_batch_orders``; signed; never resent automatically.

        Arguments:
        - ``items`` (list of ``models.AmendOrderRequest``; required): The changes.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, list[models.OrderResult]]",
            self._transport.call(
                "spot_amend_orders",
                {"items": items},
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
        """Get one spot order.

        ``GET /api/spot/v3/orders/{order_id_or_client_oid}``; signed; retried when it fails in
        transit.

        Cancelled orders without fills are kept for about two hours only.

        Arguments:
        - ``order_id_or_client_oid`` (str; required): The order id, or the client_oid chosen when
          the order was placed.
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Order",
            self._transport.call(
                "spot_get_order",
                {"order_id_or_client_oid": order_id_or_client_oid, "instrument_id": instrument_id},
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
        """Page through the open spot orders of a market.

        ``GET /api/spot/v3/orders_pending``; signed; retried when it fails in transit.

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
                "spot_list_pending_orders",
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
                "spot_list_pending_orders",
                {"instrument_id": instrument_id, "limit": limit},
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
        from_: str | None = None,
        to: str | None = None,
        timeout: float | None = None,
    ) -> Page[models.Fill]:
        """Page through spot fills of a market.

        ``GET /api/spot/v3/fills``; signed; retried when it fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``order_id`` (str): Only fills of this order.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``from_`` (str): Older paging cursor name still sent by some SDKs; prefer after/before.
        - ``to`` (str): Older paging cursor name still sent by some SDKs; prefer after/before.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.Fill]",
            self._transport.call(
                "spot_list_fills",
                {
                    "instrument_id": instrument_id,
                    "order_id": order_id,
                    "after": after,
                    "before": before,
                    "limit": limit,
                    "from_": from_,
                    "to": to,
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
        from_: str | None = None,
        to: str | None = None,
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
        - ``from_`` (str): Older paging cursor name still sent by some SDKs; prefer after/before.
        - ``to`` (str): Older paging cursor name still sent by some SDKs; prefer after/before.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.Fill]",
            self._transport.iterate(
                "spot_list_fills",
                {
                    "instrument_id": instrument_id,
                    "order_id": order_id,
                    "limit": limit,
                    "from_": from_,
                    "to": to,
                },
                timeout=timeout,
            ),
        )

    def place_algo_order(
        self,
        *,
        instrument_id: str,
        mode: Literal["1", "2"],
        order_type: Literal["1", "2", "3", "4", "5"],
        size: Decimal,
        side: Literal["buy", "sell"],
        trigger_price: Decimal | None = None,
        algo_price: Decimal | None = None,
        algo_type: Literal["1", "2"] | None = None,
        callback_rate: Decimal | None = None,
        algo_variance: Decimal | None = None,
        avg_amount: Decimal | None = None,
        limit_price: Decimal | None = None,
        sweep_range: Decimal | None = None,
        sweep_ratio: Decimal | None = None,
        single_limit: Decimal | None = None,
        time_interval: int | None = None,
        tp_trigger_price: Decimal | None = None,
        tp_price: Decimal | None = None,
        tp_trigger_type: str | None = None,
        sl_trigger_type: str | None = None,
        sl_trigger_price: Decimal | None = None,
        sl_price: Decimal | None = None,
        timeout: float | None = None,
    ) -> models.AlgoOrderResult:
        """Place a trigger, trailing, iceberg, TWAP or take-profit/stop-loss order.

        ``POST /api/spot/v3/order_algo``; signed; never resent automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``mode`` (one of '1', '2'; required): 1 spot, 2 margin.
        - ``order_type`` (one of '1', '2', '3', '4', '5'; required): 1 trigger, 2 trailing stop,
          3 iceberg, 4 TWAP, 5 take-profit/stop-loss.
        - ``size`` (Decimal above 0; required): Total quantity.
        - ``side`` (one of 'buy', 'sell'; required): Order side.
        - ``trigger_price`` (Decimal above 0): Price that activates the order; for trigger and
          trailing orders.
        - ``algo_price`` (Decimal above 0): Order price once triggered; for trigger orders.
        - ``algo_type`` (one of '1', '2'): For trigger orders - 1 limit, 2 market.
        - ``callback_rate`` (Decimal above 0): Callback ratio; for trailing orders.
        - ``algo_variance`` (Decimal above 0): Price variance; for iceberg orders.
        - ``avg_amount`` (Decimal above 0): Average quantity per slice; for iceberg orders.
        - ``limit_price`` (Decimal above 0): Price limit; for iceberg and TWAP orders.
        - ``sweep_range`` (Decimal above 0): Sweep range; for TWAP orders.
        - ``sweep_ratio`` (Decimal above 0): Sweep ratio; for TWAP orders.
        - ``single_limit`` (Decimal above 0): Quantity per slice; for TWAP orders.
        - ``time_interval`` (int from 5 to 120): Seconds between slices (5 to 120); for TWAP
          orders.
        - ``tp_trigger_price`` (Decimal above 0): Take-profit trigger price; for order type 5.
        - ``tp_price`` (Decimal above 0): Take-profit order price; for order type 5.
        - ``tp_trigger_type`` (str): Take-profit trigger kind; for order type 5.
        - ``sl_trigger_type`` (str): Stop-loss trigger kind; for order type 5.
        - ``sl_trigger_price`` (Decimal above 0): Stop-loss trigger price; for order type 5.
        - ``sl_price`` (Decimal above 0): Stop-loss order price; for order type 5.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AlgoOrderResult",
            self._transport.call(
                "spot_place_algo_order",
                {
                    "instrument_id": instrument_id,
                    "mode": mode,
                    "order_type": order_type,
                    "size": size,
                    "side": side,
                    "trigger_price": trigger_price,
                    "algo_price": algo_price,
                    "algo_type": algo_type,
                    "callback_rate": callback_rate,
                    "algo_variance": algo_variance,
                    "avg_amount": avg_amount,
                    "limit_price": limit_price,
                    "sweep_range": sweep_range,
                    "sweep_ratio": sweep_ratio,
                    "single_limit": single_limit,
                    "time_interval": time_interval,
                    "tp_trigger_price": tp_trigger_price,
                    "tp_price": tp_price,
                    "tp_trigger_type": tp_trigger_type,
                    "sl_trigger_type": sl_trigger_type,
                    "sl_trigger_price": sl_trigger_price,
                    "sl_price": sl_price,
                },
                timeout=timeout,
            ),
        )

    def cancel_algo_orders(
        self,
        *,
        instrument_id: str,
        algo_ids: list[str],
        order_type: Literal["1", "2", "3", "4", "5"],
        timeout: float | None = None,
    ) -> models.AlgoOrderResult:
        """Cancel algo orders of one market.

        ``POST /api/spot/v3/cancel_batch_algos``; signed; never resent automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``algo_ids`` (list of str; required): Ids of the algo orders to cancel.
        - ``order_type`` (one of '1', '2', '3', '4', '5'; required): 1 trigger, 2 trailing stop,
          3 iceberg, 4 TWAP, 5 take-profit/stop-loss.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AlgoOrderResult",
            self._transport.call(
                "spot_cancel_algo_orders",
                {"instrument_id": instrument_id, "algo_ids": algo_ids, "order_type": order_type},
                timeout=timeout,
            ),
        )

    def list_algo_orders(
        self,
        *,
        instrument_id: str,
        order_type: Literal["1", "2", "3", "4", "5"],
        status: Literal["1", "2", "3", "4", "5", "6"] | None = None,
        algo_ids: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[Any]:
        """Page through algo orders of a market, by status or by id.

        ``GET /api/spot/v3/algo``; signed; retried when it fails in transit.

        The container of the list is not confirmed by a sample.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``order_type`` (one of '1', '2', '3', '4', '5'; required): 1 trigger, 2 trailing stop,
          3 iceberg, 4 TWAP, 5 take-profit/stop-loss.
        - ``status`` (one of '1', '2', '3', '4', '5', '6'): 1 pending, 2 effective, 3 cancelled,
          4 partly effective, 5 paused, 6 failed; give this or algo_ids, not both.
        - ``algo_ids`` (str): Algo order ids to look up; give this or status, not both.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[Any]",
            self._transport.call(
                "spot_list_algo_orders",
                {
                    "instrument_id": instrument_id,
                    "order_type": order_type,
                    "status": status,
                    "algo_ids": algo_ids,
                    "after": after,
                    "before": before,
                    "limit": limit,
                },
                timeout=timeout,
            ),
        )

    def iter_algo_orders(
        self,
        *,
        instrument_id: str,
        order_type: Literal["1", "2", "3", "4", "5"],
        status: Literal["1", "2", "3", "4", "5", "6"] | None = None,
        algo_ids: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[Any]:
        """Every item of ``list_algo_orders``, newest first, fetching older pages as needed (each
        page is one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``order_type`` (one of '1', '2', '3', '4', '5'; required): 1 trigger, 2 trailing stop,
          3 iceberg, 4 TWAP, 5 take-profit/stop-loss.
        - ``status`` (one of '1', '2', '3', '4', '5', '6'): 1 pending, 2 effective, 3 cancelled,
          4 partly effective, 5 paused, 6 failed; give this or algo_ids, not both.
        - ``algo_ids`` (str): Algo order ids to look up; give this or status, not both.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return self._transport.iterate(
            "spot_list_algo_orders",
            {
                "instrument_id": instrument_id,
                "order_type": order_type,
                "status": status,
                "algo_ids": algo_ids,
                "limit": limit,
            },
            timeout=timeout,
        )

    def get_trade_fee(
        self,
        *,
        category: str | None = None,
        instrument_id: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Show your maker and taker fee rates.

        ``GET /api/spot/v3/trade_fee``; signed; retried when it fails in transit.

        okcoin.jp allows 1/10s.

        Arguments:
        - ``category`` (str): Fee tier category (okcoin.com only).
        - ``instrument_id`` (str): Market to ask about (okcoin.com only).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "spot_get_trade_fee",
                {"category": category, "instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def list_trade_fees(
        self,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """List your fee rates for every market (okcoin.jp).

        ``GET /api/spot/v3/trade_fee_all``; signed; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "spot_list_trade_fees",
                {},
                timeout=timeout,
            ),
        )

    def get_instrument_trade_fee(
        self,
        *,
        instrument_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Show your fee rates for one market (okcoin.jp).

        ``GET /api/spot/v3/trade_fee/{instrument_id}``; signed; retried when it fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "spot_get_instrument_trade_fee",
                {"instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def list_instruments(
        self,
        timeout: float | None = None,
    ) -> list[models.Instrument]:
        """List spot markets with their size and price steps.

        ``GET /api/spot/v3/instruments``; public; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.Instrument]",
            self._transport.call(
                "spot_list_instruments",
                {},
                timeout=timeout,
            ),
        )

    def get_order_book(
        self,
        *,
        instrument_id: str,
        size: int | None = None,
        depth: Decimal | None = None,
        timeout: float | None = None,
    ) -> models.OrderBook:
        """Get the order book of a market.

        ``GET /api/spot/v3/instruments/{instrument_id}/book``; public; retried when it fails in
        transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``size`` (int at most 200): Number of levels per side (at most 200).
        - ``depth`` (Decimal above 0): Price step to merge levels by, e.g. 0.1.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.OrderBook",
            self._transport.call(
                "spot_get_order_book",
                {"instrument_id": instrument_id, "size": size, "depth": depth},
                timeout=timeout,
            ),
        )

    def list_tickers(
        self,
        timeout: float | None = None,
    ) -> list[models.Ticker]:
        """List the tickers of all spot markets.

        ``GET /api/spot/v3/instruments/ticker``; public; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.Ticker]",
            self._transport.call(
                "spot_list_tickers",
                {},
                timeout=timeout,
            ),
        )

    def get_ticker(
        self,
        *,
        instrument_id: str,
        timeout: float | None = None,
    ) -> models.Ticker:
        """Get the ticker of one spot market.

        ``GET /api/spot/v3/instruments/{instrument_id}/ticker``; public; retried when it fails in
        transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Ticker",
            self._transport.call(
                "spot_get_ticker",
                {"instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def list_trades(
        self,
        *,
        instrument_id: str,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> list[models.Trade]:
        """List the latest public trades of a market.

        ``GET /api/spot/v3/instruments/{instrument_id}/trades``; public; retried when it fails in
        transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``limit`` (int at most 100): Number of trades to return (at most 100).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.Trade]",
            self._transport.call(
                "spot_list_trades",
                {"instrument_id": instrument_id, "limit": limit},
                timeout=timeout,
            ),
        )

    def get_candles(
        self,
        *,
        instrument_id: str,
        granularity: Literal[
            60, 180, 300, 900, 1800, 3600, 7200, 14400, 21600, 43200, 86400, 604800
        ]
        | None = None,
        start: str | None = None,
        end: str | None = None,
        timeout: float | None = None,
    ) -> list[tuple[str, Decimal, Decimal, Decimal, Decimal, Decimal] | models.CandleObject]:
        """Get candles of a market, newest first.

        ``GET /api/spot/v3/instruments/{instrument_id}/candles``; public; retried when it fails
        in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``granularity`` (one of 60, 180, 300, 900, 1800, 3600, 7200, 14400, 21600, 43200,
          86400, 604800): Candle length in seconds.
        - ``start`` (str): Start of the time range.
        - ``end`` (str): End of the time range.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[tuple[str, Decimal, Decimal, Decimal, Decimal, Decimal] | models.CandleObject]",
            self._transport.call(
                "spot_get_candles",
                {
                    "instrument_id": instrument_id,
                    "granularity": granularity,
                    "start": start,
                    "end": end,
                },
                timeout=timeout,
            ),
        )
