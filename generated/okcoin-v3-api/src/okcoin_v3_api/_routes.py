"""What the client knows about each route: where it goes, its arguments and how to decode.

Loaded on the first call, not on import.
"""

from __future__ import annotations

from . import _codec
from . import models as m
from ._runtime.core import validate as v
from ._runtime.http.transport import Param, Route


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


def _fields_amend_order_request() -> tuple[v.FieldRule, ...]:
    return (
        ("instrument_id", "instrument_id", True, v.Str()),
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


def _fields_spot_order_request() -> tuple[v.FieldRule, ...]:
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
        (
            "margin_trading",
            "margin_trading",
            False,
            v.OneOf(
                (
                    "1",
                    "2",
                )
            ),
        ),
    )


ROUTES: dict[str, Route] = {
    "general_get_server_time": Route(
        name="general.get_server_time",
        method="GET",
        path="/api/general/v3/time",
        params=(),
        body="none",
        decode=_codec.structure_server_time,
        auth="none",
        idempotent=True,
    ),
    "system_get_status": Route(
        name="system.get_status",
        method="GET",
        path="/api/system/v3/status",
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
                        "2",
                    )
                ),
            ),
        ),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="none",
        idempotent=True,
    ),
    "oracle_get_oracle": Route(
        name="oracle.get_oracle",
        method="GET",
        path="/api/market/v3/oracle",
        params=(),
        body="none",
        decode=_codec.structure_oracle_payload,
        auth="none",
        idempotent=True,
    ),
    "index_get_constituents": Route(
        name="index.get_constituents",
        method="GET",
        path="/api/index/v3/{instrument_id}/constituents",
        params=(Param("instrument_id", "instrument_id", "path", True, v.Str()),),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="none",
        idempotent=True,
    ),
    "account_list_currencies": Route(
        name="account.list_currencies",
        method="GET",
        path="/api/account/v3/currencies",
        params=(),
        body="none",
        decode=_codec._decode_list_of_Currency,
        auth="signed",
        idempotent=True,
    ),
    "account_list_wallet": Route(
        name="account.list_wallet",
        method="GET",
        path="/api/account/v3/wallet",
        params=(),
        body="none",
        decode=_codec._decode_list_of_Wallet,
        auth="signed",
        idempotent=True,
    ),
    "account_get_wallet": Route(
        name="account.get_wallet",
        method="GET",
        path="/api/account/v3/wallet/{currency}",
        params=(Param("currency", "currency", "path", True, v.Str()),),
        body="none",
        decode=_codec._decode_list_of_Wallet,
        auth="signed",
        idempotent=True,
    ),
    "account_transfer": Route(
        name="account.transfer",
        method="POST",
        path="/api/account/v3/transfer",
        params=(
            Param("currency", "currency", "body", True, v.Str()),
            Param("amount", "amount", "body", True, v.Dec(exclusive_minimum=0)),
            Param(
                "from_",
                "from",
                "body",
                True,
                v.OneOf(
                    (
                        "0",
                        "1",
                        "5",
                        "6",
                    )
                ),
            ),
            Param(
                "to",
                "to",
                "body",
                True,
                v.OneOf(
                    (
                        "0",
                        "1",
                        "5",
                        "6",
                    )
                ),
            ),
            Param(
                "type",
                "type",
                "body",
                False,
                v.OneOf(
                    (
                        "0",
                        "1",
                        "2",
                    )
                ),
            ),
            Param("sub_account", "sub_account", "body", False, v.Str()),
            Param("instrument_id", "instrument_id", "body", False, v.Str()),
            Param("to_instrument_id", "to_instrument_id", "body", False, v.Str()),
        ),
        body="json-object",
        decode=_codec.structure_transfer_result,
        auth="signed",
        idempotent=False,
        rules=(
            v.RequiredWhen((("type", ("1", "2"), False),), ("sub_account",)),
            v.RequiredWhen((("from", ("5",), False),), ("instrument_id",)),
            v.RequiredWhen((("to", ("5",), False),), ("to_instrument_id",)),
        ),
    ),
    "account_withdraw": Route(
        name="account.withdraw",
        method="POST",
        path="/api/account/v3/withdrawal",
        params=(
            Param("currency", "currency", "body", True, v.Str()),
            Param("amount", "amount", "body", True, v.Dec(exclusive_minimum=0)),
            Param(
                "destination",
                "destination",
                "body",
                True,
                v.OneOf(
                    (
                        "2",
                        "3",
                        "4",
                    )
                ),
            ),
            Param("to_address", "to_address", "body", True, v.Str()),
            Param("fee", "fee", "body", True, v.Dec(minimum=0)),
            Param("trade_pwd", "trade_pwd", "body", False, v.Str()),
            Param("chain", "chain", "body", False, v.Str()),
            Param("reason", "reason", "body", False, v.Str()),
            Param("usage_agreement", "usage_agreement", "body", False, v.Str()),
        ),
        body="json-object",
        decode=_codec.structure_withdrawal_result,
        auth="signed",
        idempotent=False,
    ),
    "account_list_withdrawal_fees": Route(
        name="account.list_withdrawal_fees",
        method="GET",
        path="/api/account/v3/withdrawal/fee",
        params=(Param("currency", "currency", "query", False, v.Str()),),
        body="none",
        decode=_codec._decode_list_of_WithdrawalFee,
        auth="signed",
        idempotent=True,
    ),
    "account_list_withdrawals": Route(
        name="account.list_withdrawals",
        method="GET",
        path="/api/account/v3/withdrawal/history",
        params=(),
        body="none",
        decode=_codec._decode_list_of_Withdrawal,
        auth="signed",
        idempotent=True,
    ),
    "account_list_currency_withdrawals": Route(
        name="account.list_currency_withdrawals",
        method="GET",
        path="/api/account/v3/withdrawal/history/{currency}",
        params=(Param("currency", "currency", "path", True, v.Str()),),
        body="none",
        decode=_codec._decode_list_of_Withdrawal,
        auth="signed",
        idempotent=True,
    ),
    "account_list_ledger": Route(
        name="account.list_ledger",
        method="GET",
        path="/api/account/v3/ledger",
        params=(
            Param("currency", "currency", "query", False, v.Str()),
            Param("type", "type", "query", False, v.Str()),
            Param("after", "after", "query", False, v.Str()),
            Param("before", "before", "query", False, v.Str()),
            Param("limit", "limit", "query", False, v.Int(maximum=100)),
        ),
        body="none",
        decode=_codec._decode_list_of_FundingLedgerEntry,
        auth="signed",
        idempotent=True,
        paging=("after", "before", "OK-AFTER", "OK-BEFORE"),
    ),
    "account_list_deposit_addresses": Route(
        name="account.list_deposit_addresses",
        method="GET",
        path="/api/account/v3/deposit/address",
        params=(Param("currency", "currency", "query", True, v.Str()),),
        body="none",
        decode=_codec._decode_list_of_DepositAddress,
        auth="signed",
        idempotent=True,
    ),
    "account_get_asset_valuation": Route(
        name="account.get_asset_valuation",
        method="GET",
        path="/api/account/v3/asset-valuation",
        params=(
            Param(
                "account_type",
                "account_type",
                "query",
                False,
                v.OneOf(
                    (
                        "0",
                        "1",
                        "5",
                        "6",
                    )
                ),
            ),
            Param("valuation_currency", "valuation_currency", "query", False, v.Str()),
        ),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "account_list_deposits": Route(
        name="account.list_deposits",
        method="GET",
        path="/api/account/v3/deposit/history",
        params=(),
        body="none",
        decode=_codec._decode_list_of_Deposit,
        auth="signed",
        idempotent=True,
    ),
    "account_list_currency_deposits": Route(
        name="account.list_currency_deposits",
        method="GET",
        path="/api/account/v3/deposit/history/{currency}",
        params=(Param("currency", "currency", "path", True, v.Str()),),
        body="none",
        decode=_codec._decode_list_of_Deposit,
        auth="signed",
        idempotent=True,
    ),
    "account_get_sub_account_balance": Route(
        name="account.get_sub_account_balance",
        method="GET",
        path="/api/account/v3/sub-account",
        params=(Param("sub_account", "sub-account", "query", True, v.Str()),),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "account_deposit_lightning": Route(
        name="account.deposit_lightning",
        method="GET",
        path="/api/account/v3/deposit-lightning",
        params=(
            Param("ccy", "ccy", "query", True, v.Str()),
            Param("amount", "amount", "query", True, v.Dec(exclusive_minimum=0)),
            Param(
                "to",
                "to",
                "query",
                False,
                v.OneOf(
                    (
                        "1",
                        "6",
                    )
                ),
            ),
        ),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "account_withdraw_lightning": Route(
        name="account.withdraw_lightning",
        method="POST",
        path="/api/account/v3/withdrawal-lightning",
        params=(
            Param("currency", "currency", "body", True, v.Str()),
            Param("invoice", "invoice", "body", True, v.Str()),
            Param("memo", "memo", "body", False, v.Str()),
        ),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
    ),
    "account_list_on_hold": Route(
        name="account.list_on_hold",
        method="GET",
        path="/api/account/v3/onhold",
        params=(Param("currency", "currency", "query", False, v.Str()),),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "account_lock": Route(
        name="account.lock",
        method="POST",
        path="/api/account/v3/lock",
        params=(
            Param("currency", "currency", "body", True, v.Str()),
            Param("size", "size", "body", True, v.Dec(exclusive_minimum=0)),
        ),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
    ),
    "account_unlock": Route(
        name="account.unlock",
        method="POST",
        path="/api/account/v3/unlock",
        params=(
            Param("currency", "currency", "body", True, v.Str()),
            Param("size", "size", "body", True, v.Dec(exclusive_minimum=0)),
        ),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
    ),
    "account_withdraw_jpy": Route(
        name="account.withdraw_jpy",
        method="POST",
        path="/api/account/v3/jpywithdrawal",
        params=(
            Param("amount", "amount", "body", True, v.Dec(exclusive_minimum=0)),
            Param("trade_pwd", "trade_pwd", "body", True, v.Str()),
            Param("bank_card_id", "bank_card_id", "body", True, v.Str()),
        ),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
    ),
    "account_list_jpy_withdrawals": Route(
        name="account.list_jpy_withdrawals",
        method="GET",
        path="/api/account/v3/jpyWithdrawal/history",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "account_list_jpy_deposits": Route(
        name="account.list_jpy_deposits",
        method="GET",
        path="/api/account/v3/jpyDeposit/history",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "account_list_bank_cards": Route(
        name="account.list_bank_cards",
        method="GET",
        path="/api/account/v3/bank-card-list",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "fiat_deposit": Route(
        name="fiat.deposit",
        method="POST",
        path="/api/account/v3/fiat/deposit",
        params=(
            Param("channel_id", "channel_id", "body", True, v.Str()),
            Param("amount", "amount", "body", True, v.Dec(exclusive_minimum=0)),
            Param("bank_account_number", "bank_account_number", "body", True, v.Str()),
            Param("to_account", "to_account", "body", False, v.Str()),
        ),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
    ),
    "fiat_cancel_deposit": Route(
        name="fiat.cancel_deposit",
        method="POST",
        path="/api/account/v3/fiat/cancel_deposit",
        params=(Param("deposit_id", "deposit_id", "body", True, v.Str()),),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
    ),
    "fiat_get_deposit": Route(
        name="fiat.get_deposit",
        method="GET",
        path="/api/account/v3/fiat/deposit/detail",
        params=(Param("deposit_id", "deposit_id", "query", True, v.Str()),),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "fiat_list_deposits": Route(
        name="fiat.list_deposits",
        method="GET",
        path="/api/account/v3/fiat/deposit/details",
        params=(
            Param("channel_id", "channel_id", "query", True, v.Str()),
            Param("currency", "currency", "query", False, v.Str()),
            Param("status", "status", "query", False, v.Str()),
            Param("after", "after", "query", False, v.Str()),
            Param("before", "before", "query", False, v.Str()),
            Param("limit", "limit", "query", False, v.Int(maximum=100)),
        ),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
        paging=("after", "before", "OK-AFTER", "OK-BEFORE"),
    ),
    "fiat_withdraw": Route(
        name="fiat.withdraw",
        method="POST",
        path="/api/account/v3/fiat/withdraw",
        params=(
            Param("channel_id", "channel_id", "body", True, v.Str()),
            Param("amount", "amount", "body", True, v.Dec(exclusive_minimum=0)),
            Param("trade_pwd", "trade_pwd", "body", True, v.Str()),
            Param("bank_account_number", "bank_account_number", "body", True, v.Str()),
        ),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
    ),
    "fiat_cancel_withdrawal": Route(
        name="fiat.cancel_withdrawal",
        method="POST",
        path="/api/account/v3/fiat/cancel_withdraw",
        params=(Param("withdraw_id", "withdraw_id", "body", True, v.Str()),),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
    ),
    "fiat_get_withdrawal": Route(
        name="fiat.get_withdrawal",
        method="GET",
        path="/api/account/v3/fiat/withdraw/detail",
        params=(Param("withdraw_id", "withdraw_id", "query", True, v.Str()),),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "fiat_list_withdrawals": Route(
        name="fiat.list_withdrawals",
        method="GET",
        path="/api/account/v3/fiat/withdraw/details",
        params=(
            Param("channel_id", "channel_id", "query", True, v.Str()),
            Param("currency", "currency", "query", False, v.Str()),
            Param("status", "status", "query", False, v.Str()),
            Param("after", "after", "query", False, v.Str()),
            Param("before", "before", "query", False, v.Str()),
            Param("limit", "limit", "query", False, v.Int(maximum=100)),
        ),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
        paging=("after", "before", "OK-AFTER", "OK-BEFORE"),
    ),
    "fiat_get_channel": Route(
        name="fiat.get_channel",
        method="GET",
        path="/api/account/v3/fiat/channel",
        params=(Param("id", "id", "query", True, v.Str()),),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "spot_list_accounts": Route(
        name="spot.list_accounts",
        method="GET",
        path="/api/spot/v3/accounts",
        params=(),
        body="none",
        decode=_codec._decode_list_of_SpotAccount,
        auth="signed",
        idempotent=True,
    ),
    "spot_get_account": Route(
        name="spot.get_account",
        method="GET",
        path="/api/spot/v3/accounts/{currency}",
        params=(Param("currency", "currency", "path", True, v.Str()),),
        body="none",
        decode=_codec.structure_spot_account,
        auth="signed",
        idempotent=True,
    ),
    "spot_list_ledger": Route(
        name="spot.list_ledger",
        method="GET",
        path="/api/spot/v3/accounts/{currency}/ledger",
        params=(
            Param("currency", "currency", "path", True, v.Str()),
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
    "spot_list_orders": Route(
        name="spot.list_orders",
        method="GET",
        path="/api/spot/v3/orders",
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
    "spot_place_order": Route(
        name="spot.place_order",
        method="POST",
        path="/api/spot/v3/orders",
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
            Param(
                "margin_trading",
                "margin_trading",
                "body",
                False,
                v.OneOf(
                    (
                        "1",
                        "2",
                    )
                ),
            ),
        ),
        body="json-object",
        decode=_codec.structure_order_result,
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
    "spot_place_orders": Route(
        name="spot.place_orders",
        method="POST",
        path="/api/spot/v3/batch_orders",
        params=(
            Param(
                "items",
                "items",
                "body",
                True,
                v.ListOf(
                    v.ModelOf(
                        m.SpotOrderRequest,
                        _fields_spot_order_request,
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
    "spot_cancel_order": Route(
        name="spot.cancel_order",
        method="POST",
        path="/api/spot/v3/cancel_orders/{order_id_or_client_oid}",
        params=(
            Param("order_id_or_client_oid", "order_id_or_client_oid", "path", True, v.Str()),
            Param("instrument_id", "instrument_id", "body", True, v.Str()),
        ),
        body="json-object",
        decode=_codec._decode_OrderResult_or_dict_of_list_of_OrderResult,
        auth="signed",
        idempotent=False,
    ),
    "spot_cancel_orders": Route(
        name="spot.cancel_orders",
        method="POST",
        path="/api/spot/v3/cancel_batch_orders",
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
    "spot_amend_order": Route(
        name="spot.amend_order",
        method="POST",
        path="/api/spot/v3/amend_order/{instrument_id}",
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
        decode=_codec.structure_order_result,
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
    "spot_amend_orders": Route(
        name="spot.amend_orders",
        method="POST",
        path="/api/spot/v3/amend_batch_orders",
        params=(
            Param(
                "items",
                "items",
                "body",
                True,
                v.ListOf(
                    v.ModelOf(
                        m.AmendOrderRequest,
                        _fields_amend_order_request,
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
        body="json-array",
        decode=_codec._decode_dict_of_list_of_OrderResult,
        auth="signed",
        idempotent=False,
    ),
    "spot_get_order": Route(
        name="spot.get_order",
        method="GET",
        path="/api/spot/v3/orders/{order_id_or_client_oid}",
        params=(
            Param("order_id_or_client_oid", "order_id_or_client_oid", "path", True, v.Str()),
            Param("instrument_id", "instrument_id", "query", True, v.Str()),
        ),
        body="none",
        decode=_codec.structure_order,
        auth="signed",
        idempotent=True,
    ),
    "spot_list_pending_orders": Route(
        name="spot.list_pending_orders",
        method="GET",
        path="/api/spot/v3/orders_pending",
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
    "spot_list_fills": Route(
        name="spot.list_fills",
        method="GET",
        path="/api/spot/v3/fills",
        params=(
            Param("instrument_id", "instrument_id", "query", True, v.Str()),
            Param("order_id", "order_id", "query", False, v.Str()),
            Param("after", "after", "query", False, v.Str()),
            Param("before", "before", "query", False, v.Str()),
            Param("limit", "limit", "query", False, v.Int(maximum=100)),
            Param("from_", "from", "query", False, v.Str()),
            Param("to", "to", "query", False, v.Str()),
        ),
        body="none",
        decode=_codec._decode_list_of_Fill,
        auth="signed",
        idempotent=True,
        paging=("after", "before", "OK-AFTER", "OK-BEFORE"),
    ),
    "spot_place_algo_order": Route(
        name="spot.place_algo_order",
        method="POST",
        path="/api/spot/v3/order_algo",
        params=(
            Param("instrument_id", "instrument_id", "body", True, v.Str()),
            Param(
                "mode",
                "mode",
                "body",
                True,
                v.OneOf(
                    (
                        "1",
                        "2",
                    )
                ),
            ),
            Param(
                "order_type",
                "order_type",
                "body",
                True,
                v.OneOf(
                    (
                        "1",
                        "2",
                        "3",
                        "4",
                        "5",
                    )
                ),
            ),
            Param("size", "size", "body", True, v.Dec(exclusive_minimum=0)),
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
            Param("trigger_price", "trigger_price", "body", False, v.Dec(exclusive_minimum=0)),
            Param("algo_price", "algo_price", "body", False, v.Dec(exclusive_minimum=0)),
            Param(
                "algo_type",
                "algo_type",
                "body",
                False,
                v.OneOf(
                    (
                        "1",
                        "2",
                    )
                ),
            ),
            Param("callback_rate", "callback_rate", "body", False, v.Dec(exclusive_minimum=0)),
            Param("algo_variance", "algo_variance", "body", False, v.Dec(exclusive_minimum=0)),
            Param("avg_amount", "avg_amount", "body", False, v.Dec(exclusive_minimum=0)),
            Param("limit_price", "limit_price", "body", False, v.Dec(exclusive_minimum=0)),
            Param("sweep_range", "sweep_range", "body", False, v.Dec(exclusive_minimum=0)),
            Param("sweep_ratio", "sweep_ratio", "body", False, v.Dec(exclusive_minimum=0)),
            Param("single_limit", "single_limit", "body", False, v.Dec(exclusive_minimum=0)),
            Param("time_interval", "time_interval", "body", False, v.Int(minimum=5, maximum=120)),
            Param(
                "tp_trigger_price", "tp_trigger_price", "body", False, v.Dec(exclusive_minimum=0)
            ),
            Param("tp_price", "tp_price", "body", False, v.Dec(exclusive_minimum=0)),
            Param("tp_trigger_type", "tp_trigger_type", "body", False, v.Str()),
            Param("sl_trigger_type", "sl_trigger_type", "body", False, v.Str()),
            Param(
                "sl_trigger_price", "sl_trigger_price", "body", False, v.Dec(exclusive_minimum=0)
            ),
            Param("sl_price", "sl_price", "body", False, v.Dec(exclusive_minimum=0)),
        ),
        body="json-object",
        decode=_codec.structure_algo_order_result,
        auth="signed",
        idempotent=False,
        rules=(
            v.RequiredWhen(
                (("order_type", ("1",), False),),
                (
                    "trigger_price",
                    "algo_price",
                ),
            ),
            v.RequiredWhen(
                (("order_type", ("2",), False),),
                (
                    "callback_rate",
                    "trigger_price",
                ),
            ),
            v.RequiredWhen(
                (("order_type", ("3",), False),),
                (
                    "algo_variance",
                    "avg_amount",
                    "limit_price",
                ),
            ),
            v.RequiredWhen(
                (("order_type", ("4",), False),),
                (
                    "sweep_range",
                    "sweep_ratio",
                    "single_limit",
                    "limit_price",
                    "time_interval",
                ),
            ),
        ),
    ),
    "spot_cancel_algo_orders": Route(
        name="spot.cancel_algo_orders",
        method="POST",
        path="/api/spot/v3/cancel_batch_algos",
        params=(
            Param("instrument_id", "instrument_id", "body", True, v.Str()),
            Param("algo_ids", "algo_ids", "body", True, v.ListOf(v.Str())),
            Param(
                "order_type",
                "order_type",
                "body",
                True,
                v.OneOf(
                    (
                        "1",
                        "2",
                        "3",
                        "4",
                        "5",
                    )
                ),
            ),
        ),
        body="json-object",
        decode=_codec.structure_algo_order_result,
        auth="signed",
        idempotent=False,
    ),
    "spot_list_algo_orders": Route(
        name="spot.list_algo_orders",
        method="GET",
        path="/api/spot/v3/algo",
        params=(
            Param("instrument_id", "instrument_id", "query", True, v.Str()),
            Param(
                "order_type",
                "order_type",
                "query",
                True,
                v.OneOf(
                    (
                        "1",
                        "2",
                        "3",
                        "4",
                        "5",
                    )
                ),
            ),
            Param(
                "status",
                "status",
                "query",
                False,
                v.OneOf(
                    (
                        "1",
                        "2",
                        "3",
                        "4",
                        "5",
                        "6",
                    )
                ),
            ),
            Param("algo_ids", "algo_ids", "query", False, v.Str()),
            Param("after", "after", "query", False, v.Str()),
            Param("before", "before", "query", False, v.Str()),
            Param("limit", "limit", "query", False, v.Int(maximum=100)),
        ),
        body="none",
        decode=_codec._decode_list_of_AlgoOrder_or_dict_of_any,
        auth="signed",
        idempotent=True,
        paging=("after", "before", "OK-AFTER", "OK-BEFORE"),
    ),
    "spot_get_trade_fee": Route(
        name="spot.get_trade_fee",
        method="GET",
        path="/api/spot/v3/trade_fee",
        params=(
            Param("category", "category", "query", False, v.Str()),
            Param("instrument_id", "instrument_id", "query", False, v.Str()),
        ),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "spot_list_trade_fees": Route(
        name="spot.list_trade_fees",
        method="GET",
        path="/api/spot/v3/trade_fee_all",
        params=(),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "spot_get_instrument_trade_fee": Route(
        name="spot.get_instrument_trade_fee",
        method="GET",
        path="/api/spot/v3/trade_fee/{instrument_id}",
        params=(Param("instrument_id", "instrument_id", "path", True, v.Str()),),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
    "spot_list_instruments": Route(
        name="spot.list_instruments",
        method="GET",
        path="/api/spot/v3/instruments",
        params=(),
        body="none",
        decode=_codec._decode_list_of_Instrument,
        auth="none",
        idempotent=True,
    ),
    "spot_get_order_book": Route(
        name="spot.get_order_book",
        method="GET",
        path="/api/spot/v3/instruments/{instrument_id}/book",
        params=(
            Param("instrument_id", "instrument_id", "path", True, v.Str()),
            Param("size", "size", "query", False, v.Int(maximum=200)),
            Param("depth", "depth", "query", False, v.Dec(exclusive_minimum=0)),
        ),
        body="none",
        decode=_codec.structure_order_book,
        auth="none",
        idempotent=True,
    ),
    "spot_list_tickers": Route(
        name="spot.list_tickers",
        method="GET",
        path="/api/spot/v3/instruments/ticker",
        params=(),
        body="none",
        decode=_codec._decode_list_of_Ticker,
        auth="none",
        idempotent=True,
    ),
    "spot_get_ticker": Route(
        name="spot.get_ticker",
        method="GET",
        path="/api/spot/v3/instruments/{instrument_id}/ticker",
        params=(Param("instrument_id", "instrument_id", "path", True, v.Str()),),
        body="none",
        decode=_codec.structure_ticker,
        auth="none",
        idempotent=True,
    ),
    "spot_list_trades": Route(
        name="spot.list_trades",
        method="GET",
        path="/api/spot/v3/instruments/{instrument_id}/trades",
        params=(
            Param("instrument_id", "instrument_id", "path", True, v.Str()),
            Param("limit", "limit", "query", False, v.Int(maximum=100)),
        ),
        body="none",
        decode=_codec._decode_list_of_Trade,
        auth="none",
        idempotent=True,
    ),
    "spot_get_candles": Route(
        name="spot.get_candles",
        method="GET",
        path="/api/spot/v3/instruments/{instrument_id}/candles",
        params=(
            Param("instrument_id", "instrument_id", "path", True, v.Str()),
            Param(
                "granularity",
                "granularity",
                "query",
                False,
                v.OneOf(
                    (
                        60,
                        180,
                        300,
                        900,
                        1800,
                        3600,
                        7200,
                        14400,
                        21600,
                        43200,
                        86400,
                        604800,
                    )
                ),
            ),
            Param("start", "start", "query", False, v.Str()),
            Param("end", "end", "query", False, v.Str()),
        ),
        body="none",
        decode=_codec._decode_list_of_tuple_of_str_and_decimal_and_decimal_and_decimal_and_decimal_and_decimal_or_CandleObject,
        auth="none",
        idempotent=True,
    ),
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
        decode=_codec.structure_order_result,
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
        decode=_codec.structure_order_result,
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
        decode=_codec.structure_order,
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
    "otc_list_rfq_instruments": Route(
        name="otc.list_rfq_instruments",
        method="GET",
        path="/api/v3/otc/rfq/instruments",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "otc_list_rfq_trades": Route(
        name="otc.list_rfq_trades",
        method="GET",
        path="/api/v3/otc/rfq/trade",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "otc_accept_quote": Route(
        name="otc.accept_quote",
        method="POST",
        path="/api/v3/otc/rfq/trade",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "otc_list_rfq_history": Route(
        name="otc.list_rfq_history",
        method="GET",
        path="/api/v3/otc/rfq/history",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "otc_request_quote": Route(
        name="otc.request_quote",
        method="POST",
        path="/api/v3/otc/rfq/quote",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "users_get_sub_account_info": Route(
        name="users.get_sub_account_info",
        method="GET",
        path="/api/v3/users/subaccount-info",
        params=(),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "users_get_account_info": Route(
        name="users.get_account_info",
        method="GET",
        path="/api/v3/users/account-info",
        params=(),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "users_get_sub_account_api_key": Route(
        name="users.get_sub_account_api_key",
        method="GET",
        path="/api/v3/users/subaccount/apikey",
        params=(),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "users_create_sub_account_api_key": Route(
        name="users.create_sub_account_api_key",
        method="POST",
        path="/api/v3/users/subaccount/apikey",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "users_create_sub_account": Route(
        name="users.create_sub_account",
        method="POST",
        path="/api/v3/users/create-subaccount",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "users_delete_sub_account": Route(
        name="users.delete_sub_account",
        method="POST",
        path="/api/v3/users/delete-subaccount",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "users_delete_sub_account_api_key": Route(
        name="users.delete_sub_account_api_key",
        method="POST",
        path="/api/v3/users/subacount/delete-apikey",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "users_modify_sub_account_api_key": Route(
        name="users.modify_sub_account_api_key",
        method="POST",
        path="/api/v3/users/subacount/modify-apikey",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "earning_list_offers": Route(
        name="earning.list_offers",
        method="GET",
        path="/api/earning/v3/offers",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "earning_list_orders": Route(
        name="earning.list_orders",
        method="GET",
        path="/api/earning/v3/orders",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "earning_list_positions": Route(
        name="earning.list_positions",
        method="GET",
        path="/api/earning/v3/positions",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "earning_purchase": Route(
        name="earning.purchase",
        method="POST",
        path="/api/earning/v3/purchase",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "earning_redeem": Route(
        name="earning.redeem",
        method="POST",
        path="/api/earning/v3/redeem",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "earning_cancel": Route(
        name="earning.cancel",
        method="POST",
        path="/api/earning/v3/cancel",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
}
