"""Decoders and encoders of the models of the ``buy_contract_for_multiple_accounts`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import (
    _MISSING,
    _STR,
    _encode_any,
    _expected,
    _first_match,
    _locate_item_error,
    _new,
    _not_one_of,
)
from ...errors import DecodeError

_ALLOWED_ASIAND_ASIANU_CALL_and_34_more = frozenset(
    {
        "ASIAND",
        "ASIANU",
        "CALL",
        "CALLE",
        "CALLSPREAD",
        "DIGITDIFF",
        "DIGITEVEN",
        "DIGITMATCH",
        "DIGITODD",
        "DIGITOVER",
        "DIGITUNDER",
        "EXPIRYMISS",
        "EXPIRYMISSE",
        "EXPIRYRANGE",
        "EXPIRYRANGEE",
        "LBFLOATCALL",
        "LBFLOATPUT",
        "LBHIGHLOW",
        "MULTDOWN",
        "MULTUP",
        "NOTOUCH",
        "ONETOUCH",
        "PUT",
        "PUTE",
        "PUTSPREAD",
        "RANGE",
        "RESETCALL",
        "RESETPUT",
        "RUNHIGH",
        "RUNLOW",
        "TICKHIGH",
        "TICKLOW",
        "TURBOSLONG",
        "TURBOSSHORT",
        "UPORDOWN",
        "VANILLALONGCALL",
        "VANILLALONGPUT",
    }
)


_ALLOWED_buy_contract_for_multiple_accounts = frozenset({"buy_contract_for_multiple_accounts"})


_ALLOWED_d_h_m_and_2_more = frozenset({"d", "h", "m", "s", "t"})


_ALLOWED_payout_stake = frozenset({"payout", "stake"})


_KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_REQUEST = frozenset(
    (
        "buy_contract_for_multiple_accounts",
        "parameters",
        "price",
        "tokens",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_REQUEST_PARAMETERS = frozenset(
    (
        "amount",
        "app_markup_percentage",
        "barrier",
        "barrier2",
        "basis",
        "contract_type",
        "currency",
        "date_expiry",
        "date_start",
        "duration",
        "duration_unit",
        "multiplier",
        "selected_tick",
        "symbol",
    )
)


_KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE = frozenset(
    (
        "buy_contract_for_multiple_accounts",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS = frozenset(
    ("result",)
)


_KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESULT_ITEM_OPTION1 = frozenset(
    (
        "buy_price",
        "contract_id",
        "longcode",
        "payout",
        "purchase_time",
        "shortcode",
        "start_time",
        "token",
        "transaction_id",
    )
)


_KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESULT_ITEM_OPTION2 = frozenset(
    (
        "code",
        "message_to_client",
        "token",
    )
)


def _decode_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1_or_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2(
    value: Any,
) -> (
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1
    | m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2
):
    result: (
        m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1
        | m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2
    ) = _first_match(
        value,
        (
            structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_option1,
            structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_option2,
        ),
    )
    return result


def _decode_list_of_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1_or_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2(
    value: Any,
) -> list[
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1
    | m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2
]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            _decode_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1_or_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            _decode_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1_or_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2,
        ) from None


def _decode_list_of_str(value: Any) -> list[str]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not str:
                raise _expected("a string", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[str] = value
    return result


def structure_buy_contract_for_multiple_accounts_request(
    data: Any,
) -> m.BuyContractForMultipleAccountsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BuyContractForMultipleAccountsRequest)
    count = len(data)
    try:
        value = data["buy_contract_for_multiple_accounts"]
    except KeyError:
        raise DecodeError(
            "required field is missing", ("buy_contract_for_multiple_accounts",)
        ) from None
    if value.__class__ is str:
        obj.buy_contract_for_multiple_accounts = value
    else:
        raise _expected("a string", value).at("buy_contract_for_multiple_accounts")
    value = data.get("parameters", _MISSING)
    if value is _MISSING:
        obj.parameters = None
        count += 1
    else:
        try:
            obj.parameters = structure_buy_contract_for_multiple_accounts_request_parameters(value)
        except DecodeError as error:
            raise error.at("parameters") from None
    try:
        value = data["price"]
    except KeyError:
        raise DecodeError("required field is missing", ("price",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.price = value
    else:
        raise _expected("a number", value).at("price")
    try:
        value = data["tokens"]
    except KeyError:
        raise DecodeError("required field is missing", ("tokens",)) from None
    try:
        obj.tokens = _decode_list_of_str(value)
    except DecodeError as error:
        raise error.at("tokens") from None
    value = data.get("loginid", _MISSING)
    if value.__class__ is str:
        obj.loginid = value
    elif value is _MISSING:
        obj.loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("loginid")
    value = data.get("passthrough", _MISSING)
    if value.__class__ is dict:
        obj.passthrough = value
    elif value is _MISSING:
        obj.passthrough = None
        count += 1
    else:
        raise _expected("an object", value).at("passthrough")
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("req_id")
    if count != 7:
        unknown = sorted(
            key for key in data if key not in _KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_REQUEST
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_buy_contract_for_multiple_accounts_request(
    obj: m.BuyContractForMultipleAccountsRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "buy_contract_for_multiple_accounts": obj.buy_contract_for_multiple_accounts,
        "price": obj.price,
        "tokens": obj.tokens,
    }
    value: Any
    value = obj.parameters
    if value is not None:
        data["parameters"] = unstructure_buy_contract_for_multiple_accounts_request_parameters(
            value
        )
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_buy_contract_for_multiple_accounts_request_parameters(
    data: Any,
) -> m.BuyContractForMultipleAccountsRequestParameters:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BuyContractForMultipleAccountsRequestParameters)
    count = len(data)
    value = data.get("amount", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.amount = value
    elif value is _MISSING:
        obj.amount = None
        count += 1
    else:
        raise _expected("a number", value).at("amount")
    value = data.get("app_markup_percentage", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.app_markup_percentage = value
    elif value is _MISSING:
        obj.app_markup_percentage = None
        count += 1
    else:
        raise _expected("a number", value).at("app_markup_percentage")
    value = data.get("barrier", _MISSING)
    if value.__class__ is str:
        obj.barrier = value
    elif value is _MISSING:
        obj.barrier = None
        count += 1
    else:
        raise _expected("a string", value).at("barrier")
    value = data.get("barrier2", _MISSING)
    if value.__class__ is str:
        obj.barrier2 = value
    elif value is _MISSING:
        obj.barrier2 = None
        count += 1
    else:
        raise _expected("a string", value).at("barrier2")
    value = data.get("basis", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_payout_stake:
        obj.basis = value
    elif value is _MISSING:
        obj.basis = None
        count += 1
    else:
        raise _not_one_of("'payout', 'stake'", value).at("basis")
    try:
        value = data["contract_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_ASIAND_ASIANU_CALL_and_34_more:
        obj.contract_type = value
    else:
        raise _not_one_of(
            "'MULTUP', 'MULTDOWN', 'UPORDOWN', 'EXPIRYRANGE', 'ONETOUCH', 'CALLE', 'LBHIGHLOW', 'ASIAND', 'EXPIRYRANGEE', 'DIGITDIFF', 'DIGITMATCH', 'DIGITOVER', 'PUTE', 'DIGITUNDER', 'NOTOUCH', 'CALL', 'RANGE', 'LBFLOATPUT', 'DIGITODD', 'PUT', 'ASIANU', 'LBFLOATCALL', 'EXPIRYMISSE', 'EXPIRYMISS', 'DIGITEVEN', 'TICKHIGH', 'TICKLOW', 'RESETCALL', 'RESETPUT', 'CALLSPREAD', 'PUTSPREAD', 'RUNHIGH', 'RUNLOW', 'VANILLALONGCALL', 'VANILLALONGPUT', 'TURBOSLONG', 'TURBOSSHORT'",
            value,
        ).at("contract_type")
    try:
        value = data["currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency",)) from None
    if value.__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("date_expiry", _MISSING)
    if value.__class__ is int:
        obj.date_expiry = value
    elif value is _MISSING:
        obj.date_expiry = None
        count += 1
    else:
        raise _expected("an integer", value).at("date_expiry")
    value = data.get("date_start", _MISSING)
    if value.__class__ is int:
        obj.date_start = value
    elif value is _MISSING:
        obj.date_start = None
        count += 1
    else:
        raise _expected("an integer", value).at("date_start")
    value = data.get("duration", _MISSING)
    if value.__class__ is int:
        obj.duration = value
    elif value is _MISSING:
        obj.duration = None
        count += 1
    else:
        raise _expected("an integer", value).at("duration")
    value = data.get("duration_unit", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_d_h_m_and_2_more:
        obj.duration_unit = value
    elif value is _MISSING:
        obj.duration_unit = None
        count += 1
    else:
        raise _not_one_of("'d', 'm', 's', 'h', 't'", value).at("duration_unit")
    value = data.get("multiplier", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.multiplier = value
    elif value is _MISSING:
        obj.multiplier = None
        count += 1
    else:
        raise _expected("a number", value).at("multiplier")
    value = data.get("selected_tick", _MISSING)
    if value.__class__ is int:
        obj.selected_tick = value
    elif value is _MISSING:
        obj.selected_tick = None
        count += 1
    else:
        raise _expected("an integer", value).at("selected_tick")
    try:
        value = data["symbol"]
    except KeyError:
        raise DecodeError("required field is missing", ("symbol",)) from None
    if value.__class__ is str:
        obj.symbol = value
    else:
        raise _expected("a string", value).at("symbol")
    if count != 14:
        unknown = sorted(
            key
            for key in data
            if key not in _KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_REQUEST_PARAMETERS
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_buy_contract_for_multiple_accounts_request_parameters(
    obj: m.BuyContractForMultipleAccountsRequestParameters,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "contract_type": obj.contract_type,
        "currency": obj.currency,
        "symbol": obj.symbol,
    }
    value: Any
    value = obj.amount
    if value is not None:
        data["amount"] = value
    value = obj.app_markup_percentage
    if value is not None:
        data["app_markup_percentage"] = value
    value = obj.barrier
    if value is not None:
        data["barrier"] = value
    value = obj.barrier2
    if value is not None:
        data["barrier2"] = value
    value = obj.basis
    if value is not None:
        data["basis"] = value
    value = obj.date_expiry
    if value is not None:
        data["date_expiry"] = value
    value = obj.date_start
    if value is not None:
        data["date_start"] = value
    value = obj.duration
    if value is not None:
        data["duration"] = value
    value = obj.duration_unit
    if value is not None:
        data["duration_unit"] = value
    value = obj.multiplier
    if value is not None:
        data["multiplier"] = value
    value = obj.selected_tick
    if value is not None:
        data["selected_tick"] = value
    return data


def structure_buy_contract_for_multiple_accounts_response(
    data: Any,
) -> m.BuyContractForMultipleAccountsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BuyContractForMultipleAccountsResponse)
    count = len(data)
    value = data.get("buy_contract_for_multiple_accounts", _MISSING)
    if value is _MISSING:
        obj.buy_contract_for_multiple_accounts = None
        count += 1
    else:
        try:
            obj.buy_contract_for_multiple_accounts = structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts(
                value
            )
        except DecodeError as error:
            raise error.at("buy_contract_for_multiple_accounts") from None
    try:
        value = data["echo_req"]
    except KeyError:
        raise DecodeError("required field is missing", ("echo_req",)) from None
    if value.__class__ is dict:
        obj.echo_req = value
    else:
        raise _expected("an object", value).at("echo_req")
    try:
        value = data["msg_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("msg_type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_buy_contract_for_multiple_accounts:
        obj.msg_type = value
    else:
        raise _not_one_of("'buy_contract_for_multiple_accounts'", value).at("msg_type")
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE
        }
    return obj


def unstructure_buy_contract_for_multiple_accounts_response(
    obj: m.BuyContractForMultipleAccountsResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.buy_contract_for_multiple_accounts
    if value is not None:
        data["buy_contract_for_multiple_accounts"] = (
            unstructure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts(
                value
            )
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts(
    data: Any,
) -> m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccounts:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccounts)
    try:
        value = data["result"]
    except KeyError:
        raise DecodeError("required field is missing", ("result",)) from None
    try:
        obj.result = _decode_list_of_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1_or_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2(
            value
        )
    except DecodeError as error:
        raise error.at("result") from None
    if len(data) == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS
        }
    return obj


def unstructure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts(
    obj: m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccounts,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"result": [_encode_any(item) for item in obj.result]}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_option1(
    data: Any,
) -> m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1
    )
    try:
        value = data["buy_price"]
    except KeyError:
        raise DecodeError("required field is missing", ("buy_price",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.buy_price = value
    else:
        raise _expected("a number", value).at("buy_price")
    try:
        value = data["contract_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_id",)) from None
    if value.__class__ is int:
        obj.contract_id = value
    else:
        raise _expected("an integer", value).at("contract_id")
    try:
        value = data["longcode"]
    except KeyError:
        raise DecodeError("required field is missing", ("longcode",)) from None
    if value.__class__ is str:
        obj.longcode = value
    else:
        raise _expected("a string", value).at("longcode")
    try:
        value = data["payout"]
    except KeyError:
        raise DecodeError("required field is missing", ("payout",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.payout = value
    else:
        raise _expected("a number", value).at("payout")
    try:
        value = data["purchase_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("purchase_time",)) from None
    if value.__class__ is int:
        obj.purchase_time = value
    else:
        raise _expected("an integer", value).at("purchase_time")
    try:
        value = data["shortcode"]
    except KeyError:
        raise DecodeError("required field is missing", ("shortcode",)) from None
    if value.__class__ is str:
        obj.shortcode = value
    else:
        raise _expected("a string", value).at("shortcode")
    try:
        value = data["start_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("start_time",)) from None
    if value.__class__ is int:
        obj.start_time = value
    else:
        raise _expected("an integer", value).at("start_time")
    try:
        value = data["token"]
    except KeyError:
        raise DecodeError("required field is missing", ("token",)) from None
    if value.__class__ is str:
        obj.token = value
    else:
        raise _expected("a string", value).at("token")
    try:
        value = data["transaction_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("transaction_id",)) from None
    if value.__class__ is int:
        obj.transaction_id = value
    else:
        raise _expected("an integer", value).at("transaction_id")
    if len(data) == 9:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESULT_ITEM_OPTION1
        }
    return obj


def unstructure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_option1(
    obj: m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "buy_price": obj.buy_price,
        "contract_id": obj.contract_id,
        "longcode": obj.longcode,
        "payout": obj.payout,
        "purchase_time": obj.purchase_time,
        "shortcode": obj.shortcode,
        "start_time": obj.start_time,
        "token": obj.token,
        "transaction_id": obj.transaction_id,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_option2(
    data: Any,
) -> m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2
    )
    try:
        value = data["code"]
    except KeyError:
        raise DecodeError("required field is missing", ("code",)) from None
    if value.__class__ is str:
        obj.code = value
    else:
        raise _expected("a string", value).at("code")
    try:
        value = data["message_to_client"]
    except KeyError:
        raise DecodeError("required field is missing", ("message_to_client",)) from None
    if value.__class__ is str:
        obj.message_to_client = value
    else:
        raise _expected("a string", value).at("message_to_client")
    try:
        value = data["token"]
    except KeyError:
        raise DecodeError("required field is missing", ("token",)) from None
    if value.__class__ is str:
        obj.token = value
    else:
        raise _expected("a string", value).at("token")
    if len(data) == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESULT_ITEM_OPTION2
        }
    return obj


def unstructure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_option2(
    obj: m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "code": obj.code,
        "message_to_client": obj.message_to_client,
        "token": obj.token,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.BuyContractForMultipleAccountsRequest: structure_buy_contract_for_multiple_accounts_request,
    m.BuyContractForMultipleAccountsRequestParameters: structure_buy_contract_for_multiple_accounts_request_parameters,
    m.BuyContractForMultipleAccountsResponse: structure_buy_contract_for_multiple_accounts_response,
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccounts: structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts,
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1: structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_option1,
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2: structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_option2,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.BuyContractForMultipleAccountsRequest: unstructure_buy_contract_for_multiple_accounts_request,
    m.BuyContractForMultipleAccountsRequestParameters: unstructure_buy_contract_for_multiple_accounts_request_parameters,
    m.BuyContractForMultipleAccountsResponse: unstructure_buy_contract_for_multiple_accounts_response,
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccounts: unstructure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts,
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1: unstructure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_option1,
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2: unstructure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_option2,
}
