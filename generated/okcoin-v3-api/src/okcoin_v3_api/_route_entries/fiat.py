"""What the client knows about the routes of the calls of the fiat group.

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from .._codecs import fiat as _codec
from .._runtime.core import validate as v
from .._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
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
}
