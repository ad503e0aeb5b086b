"""What the client knows about the routes of the calls of the margin group.

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from .. import models as m
from .._codecs import margin as _codec
from .._codecs import shared as _codec_shared
from .._runtime.core import validate as v
from .._runtime.http.transport import Param, Route


def _fields_amend_order_item() -> tuple[v.FieldRule, ...]:
    return (
        ("order_id", "order_id", False, v.Str()),
        ("client_oid", "client_oid", False, v.Str()),
        ("new_size", "new_size", False, v.Dec(exclusive_minimum=0)),
        ("new_price", "new_price", False, v.Dec(exclusive_minimum=0)),
        (
            "cancel_on_fail",
            "cancel_on_fail",
            False,
            v.OneOf(
                (
                    "0",
                    "1",
                )
            ),
        ),
        ("request_id", "request_id", False, v.Str()),
    )


def _fields_cancel_orders_request() -> tuple[v.FieldRule, ...]:
    return (
        ("instrument_id", "instrument_id", True, v.Str()),
        ("order_ids", "order_ids", False, v.ListOf(v.Str(), max_items=10)),
        ("client_oids", "client_oids", False, v.ListOf(v.Str(), max_items=10)),
    )


def _fields_margin_order_request() -> tuple[v.FieldRule, ...]:
    return (
        ("instrument_id", "instrument_id", True, v.Str()),
        (
            "side",
            "side",
            True,
            v.OneOf(
                (
                    "buy",
                    "sell",
                )
            ),
        ),
        (
            "type",
            "type",
            False,
            v.OneOf(
                (
                    "limit",
                    "market",
                )
            ),
        ),
        (
            "client_oid",
            "client_oid",
            False,
            v.Str(pattern="^[A-Za-z][A-Za-z0-9]{0,31}\\Z", source="^[A-Za-z][A-Za-z0-9]{0,31}$"),
        ),
        (
            "order_type",
            "order_type",
            False,
            v.OneOf(
                (
                    "0",
                    "1",
                    "2",
                    "3",
                )
            ),
        ),
        ("price", "price", False, v.Dec(exclusive_minimum=0)),
        ("size", "size", False, v.Dec(exclusive_minimum=0)),
        ("notional", "notional", False, v.Dec(exclusive_minimum=0)),
        ("margin_trading", "margin_trading", True, v.OneOf(("2",))),
    )


ROUTES: dict[str, Route] = {
    "margin_list_accounts": Route(
        name="margin.list_accounts",
        method="GET",
        path="/api/margin/v3/accounts",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "margin_get_account": Route(
        name="margin.get_account",
        method="GET",
        path="/api/margin/v3/accounts/{instrument_id}",
        params=(Param("instrument_id", "instrument_id", "path", True, v.Str()),),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "margin_list_ledger": Route(
        name="margin.list_ledger",
        method="GET",
        path="/api/margin/v3/accounts/{instrument_id}/ledger",
        params=(
            Param("instrument_id", "instrument_id", "path", True, v.Str()),
            Param("after", "after", "query", False, v.Str()),
            Param("before", "before", "query", False, v.Str()),
            Param("limit", "limit", "query", False, v.Int(maximum=100)),
            Param("type", "type", "query", False, v.Str()),
        ),
        body="none",
        decode=_codec._decode_list_of_LedgerEntry,
        auth="signed",
        idempotent=True,
        paging=("after", "before", "OK-AFTER", "OK-BEFORE"),
    ),
    "margin_list_borrow_limits": Route(
        name="margin.list_borrow_limits",
        method="GET",
        path="/api/margin/v3/accounts/availability",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "margin_get_borrow_limits": Route(
        name="margin.get_borrow_limits",
        method="GET",
        path="/api/margin/v3/accounts/{instrument_id}/availability",
        params=(Param("instrument_id", "instrument_id", "path", True, v.Str()),),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "margin_list_loans": Route(
        name="margin.list_loans",
        method="GET",
        path="/api/margin/v3/accounts/borrowed",
        params=(
            Param(
                "status",
                "status",
                "query",
                False,
                v.OneOf(
                    (
                        "0",
                        "1",
                    )
                ),
            ),
            Param("after", "after", "query", False, v.Str()),
            Param("before", "before", "query", False, v.Str()),
            Param("limit", "limit", "query", False, v.Int(maximum=100)),
        ),
        body="none",
        decode=_codec._decode_list_of_MarginLoan,
        auth="signed",
        idempotent=True,
        paging=("after", "before", "OK-AFTER", "OK-BEFORE"),
    ),
    "margin_list_market_loans": Route(
        name="margin.list_market_loans",
        method="GET",
        path="/api/margin/v3/accounts/{instrument_id}/borrowed",
        params=(
            Param("instrument_id", "instrument_id", "path", True, v.Str()),
            Param(
                "status",
                "status",
                "query",
                False,
                v.OneOf(
                    (
                        "0",
                        "1",
                    )
                ),
            ),
            Param("after", "after", "query", False, v.Str()),
            Param("before", "before", "query", False, v.Str()),
            Param("limit", "limit", "query", False, v.Int(maximum=100)),
        ),
        body="none",
        decode=_codec._decode_list_of_MarginLoan,
        auth="signed",
        idempotent=True,
        paging=("after", "before", "OK-AFTER", "OK-BEFORE"),
    ),
    "margin_borrow": Route(
        name="margin.borrow",
        method="POST",
        path="/api/margin/v3/accounts/borrow",
        params=(
            Param("instrument_id", "instrument_id", "body", True, v.Str()),
            Param("currency", "currency", "body", True, v.Str()),
            Param("amount", "amount", "body", True, v.Dec(exclusive_minimum=0)),
            Param("client_oid", "client_oid", "body", False, v.Str()),
        ),
        body="json-object",
        decode=_codec.structure_borrow_result,
        auth="signed",
        idempotent=False,
    ),
    "margin_repay": Route(
        name="margin.repay",
        method="POST",
        path="/api/margin/v3/accounts/repayment",
        params=(
            Param("instrument_id", "instrument_id", "body", True, v.Str()),
            Param("currency", "currency", "body", True, v.Str()),
            Param("amount", "amount", "body", True, v.Dec(exclusive_minimum=0)),
            Param("borrow_id", "borrow_id", "body", False, v.Str()),
            Param("client_oid", "client_oid", "body", False, v.Str()),
        ),
        body="json-object",
        decode=_codec.structure_repayment_result,
        auth="signed",
        idempotent=False,
    ),
    "margin_list_orders": Route(
        name="margin.list_orders",
        method="GET",
        path="/api/margin/v3/orders",
        params=(
            Param("instrument_id", "instrument_id", "query", True, v.Str()),
            Param(
                "state",
                "state",
                "query",
                True,
                v.OneOf(
                    (
                        "-2",
                        "-1",
                        "0",
                        "1",
                        "2",
                        "3",
                        "4",
                        "6",
                        "7",
                    )
                ),
            ),
            Param("after", "after", "query", False, v.Str()),
            Param("before", "before", "query", False, v.Str()),
            Param("limit", "limit", "query", False, v.Int(maximum=100)),
        ),
        body="none",
        decode=_codec._decode_list_of_Order,
        auth="signed",
        idempotent=True,
        paging=("after", "before", "OK-AFTER", "OK-BEFORE"),
    ),
    "margin_place_order": Route(
        name="margin.place_order",
        method="POST",
        path="/api/margin/v3/orders",
        params=(
            Param("instrument_id", "instrument_id", "body", True, v.Str()),
            Param(
                "side",
                "side",
                "body",
                True,
                v.OneOf(
                    (
                        "buy",
                        "sell",
                    )
                ),
            ),
            Param("margin_trading", "margin_trading", "body", True, v.OneOf(("2",))),
            Param(
                "type",
                "type",
                "body",
                False,
                v.OneOf(
                    (
                        "limit",
                        "market",
                    )
                ),
            ),
            Param(
                "client_oid",
                "client_oid",
                "body",
                False,
                v.Str(
                    pattern="^[A-Za-z][A-Za-z0-9]{0,31}\\Z", source="^[A-Za-z][A-Za-z0-9]{0,31}$"
                ),
            ),
            Param(
                "order_type",
                "order_type",
                "body",
                False,
                v.OneOf(
                    (
                        "0",
                        "1",
                        "2",
                        "3",
                    )
                ),
            ),
            Param("price", "price", "body", False, v.Dec(exclusive_minimum=0)),
            Param("size", "size", "body", False, v.Dec(exclusive_minimum=0)),
            Param("notional", "notional", "body", False, v.Dec(exclusive_minimum=0)),
        ),
        body="json-object",
        decode=_codec_shared.structure_order_result,
        auth="signed",
        idempotent=False,
        rules=(
            v.RequiredWhen(
                (("type", ("limit",), True),),
                (
                    "price",
                    "size",
                ),
            ),
            v.RequiredWhen(
                (
                    ("type", ("market",), False),
                    ("side", ("buy",), False),
                ),
                ("notional",),
            ),
            v.RequiredWhen(
                (
                    ("type", ("market",), False),
                    ("side", ("sell",), False),
                ),
                ("size",),
            ),
        ),
    ),
    "margin_place_orders": Route(
        name="margin.place_orders",
        method="POST",
        path="/api/margin/v3/batch_orders",
        params=(
            Param(
                "items",
                "items",
                "body",
                True,
                v.ListOf(
                    v.ModelOf(
                        m.MarginOrderRequest,
                        _fields_margin_order_request,
                        rules=(
                            v.RequiredWhen(
                                (("type", ("limit",), True),),
                                (
                                    "price",
                                    "size",
                                ),
                            ),
                            v.RequiredWhen(
                                (
                                    ("type", ("market",), False),
                                    ("side", ("buy",), False),
                                ),
                                ("notional",),
                            ),
                            v.RequiredWhen(
                                (
                                    ("type", ("market",), False),
                                    ("side", ("sell",), False),
                                ),
                                ("size",),
                            ),
                        ),
                    )
                ),
            ),
        ),
        body="json-array",
        decode=_codec._decode_dict_of_list_of_OrderResult,
        auth="signed",
        idempotent=False,
    ),
    "margin_cancel_order": Route(
        name="margin.cancel_order",
        method="POST",
        path="/api/margin/v3/cancel_orders/{order_id_or_client_oid}",
        params=(
            Param("order_id_or_client_oid", "order_id_or_client_oid", "path", True, v.Str()),
            Param("instrument_id", "instrument_id", "body", True, v.Str()),
        ),
        body="json-object",
        decode=_codec._decode_OrderResult_or_dict_of_list_of_OrderResult,
        auth="signed",
        idempotent=False,
    ),
    "margin_cancel_orders": Route(
        name="margin.cancel_orders",
        method="POST",
        path="/api/margin/v3/cancel_batch_orders",
        params=(
            Param(
                "items",
                "items",
                "body",
                True,
                v.ListOf(
                    v.ModelOf(m.CancelOrdersRequest, _fields_cancel_orders_request), max_items=4
                ),
            ),
        ),
        body="json-array",
        decode=_codec._decode_dict_of_list_of_OrderResult,
        auth="signed",
        idempotent=False,
    ),
    "margin_amend_order": Route(
        name="margin.amend_order",
        method="POST",
        path="/api/margin/v3/amend_order/{instrument_id}",
        params=(
            Param("instrument_id", "instrument_id", "path", True, v.Str()),
            Param(
                "cancel_on_fail",
                "cancel_on_fail",
                "body",
                True,
                v.OneOf(
                    (
                        "0",
                        "1",
                    )
                ),
            ),
            Param("order_id", "order_id", "body", False, v.Str()),
            Param("client_oid", "client_oid", "body", False, v.Str()),
            Param("request_id", "request_id", "body", False, v.Str()),
            Param("new_size", "new_size", "body", False, v.Dec(exclusive_minimum=0)),
            Param("new_price", "new_price", "body", False, v.Dec(exclusive_minimum=0)),
        ),
        body="json-object",
        decode=_codec_shared.structure_order_result,
        auth="signed",
        idempotent=False,
        rules=(
            v.RequiredWhen(
                (),
                (
                    "order_id",
                    "client_oid",
                ),
                at_least_one=True,
            ),
            v.RequiredWhen(
                (),
                (
                    "new_size",
                    "new_price",
                ),
                at_least_one=True,
            ),
        ),
    ),
    "margin_amend_orders": Route(
        name="margin.amend_orders",
        method="POST",
        path="/api/margin/v3/amend_batch_orders/{instrument_id}",
        params=(
            Param("instrument_id", "instrument_id", "path", True, v.Str()),
            Param(
                "amend_data",
                "amend_data",
                "body",
                True,
                v.ListOf(
                    v.ModelOf(
                        m.AmendOrderItem,
                        _fields_amend_order_item,
                        rules=(
                            v.RequiredWhen(
                                (),
                                (
                                    "order_id",
                                    "client_oid",
                                ),
                                at_least_one=True,
                            ),
                            v.RequiredWhen(
                                (),
                                (
                                    "new_size",
                                    "new_price",
                                ),
                                at_least_one=True,
                            ),
                        ),
                    )
                ),
            ),
        ),
        body="json-object",
        decode=_codec._decode_dict_of_list_of_OrderResult,
        auth="signed",
        idempotent=False,
    ),
    "margin_list_pending_orders": Route(
        name="margin.list_pending_orders",
        method="GET",
        path="/api/margin/v3/orders_pending",
        params=(
            Param("instrument_id", "instrument_id", "query", True, v.Str()),
            Param("after", "after", "query", False, v.Str()),
            Param("before", "before", "query", False, v.Str()),
            Param("limit", "limit", "query", False, v.Int(maximum=100)),
        ),
        body="none",
        decode=_codec._decode_list_of_Order,
        auth="signed",
        idempotent=True,
        paging=("after", "before", "OK-AFTER", "OK-BEFORE"),
    ),
    "margin_get_order": Route(
        name="margin.get_order",
        method="GET",
        path="/api/margin/v3/orders/{order_id_or_client_oid}",
        params=(
            Param("order_id_or_client_oid", "order_id_or_client_oid", "path", True, v.Str()),
            Param("instrument_id", "instrument_id", "query", True, v.Str()),
        ),
        body="none",
        decode=_codec_shared.structure_order,
        auth="signed",
        idempotent=True,
    ),
    "margin_list_fills": Route(
        name="margin.list_fills",
        method="GET",
        path="/api/margin/v3/fills",
        params=(
            Param("instrument_id", "instrument_id", "query", True, v.Str()),
            Param("order_id", "order_id", "query", False, v.Str()),
            Param("after", "after", "query", False, v.Str()),
            Param("before", "before", "query", False, v.Str()),
            Param("limit", "limit", "query", False, v.Int(maximum=100)),
        ),
        body="none",
        decode=_codec._decode_list_of_Fill,
        auth="signed",
        idempotent=True,
        paging=("after", "before", "OK-AFTER", "OK-BEFORE"),
    ),
    "margin_get_leverage": Route(
        name="margin.get_leverage",
        method="GET",
        path="/api/margin/v3/accounts/{instrument_id}/leverage",
        params=(Param("instrument_id", "instrument_id", "path", True, v.Str()),),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "margin_set_leverage": Route(
        name="margin.set_leverage",
        method="POST",
        path="/api/margin/v3/accounts/{instrument_id}/leverage",
        params=(
            Param("instrument_id", "instrument_id", "path", True, v.Str()),
            Param("leverage", "leverage", "body", True, v.Str()),
        ),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
    ),
    "margin_get_mark_price": Route(
        name="margin.get_mark_price",
        method="GET",
        path="/api/margin/v3/instruments/{instrument_id}/mark_price",
        params=(Param("instrument_id", "instrument_id", "path", True, v.Str()),),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="none",
        idempotent=True,
    ),
}
