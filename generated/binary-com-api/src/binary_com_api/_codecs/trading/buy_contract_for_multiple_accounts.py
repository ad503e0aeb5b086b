"""Decoders and encoders of the models of the ``buy_contract_for_multiple_accounts`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import (
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


_KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESULT_ITEM_WITH_CODE = frozenset(
    (
        "code",
        "message_to_client",
        "token",
    )
)


_KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESULT_ITEM_WITH_CONTRACT_ID = frozenset(
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


def _decode_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId_or_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode(
    value: Any,
) -> (
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode
    | m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId
):
    result: (
        m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode
        | m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId
    ) = _first_match(
        value,
        (
            structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_with_contract_id,
            structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_with_code,
        ),
    )
    return result


def _decode_list_of_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId_or_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode(
    value: Any,
) -> list[
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode
    | m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId
]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            _decode_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId_or_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            _decode_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId_or_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode,
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
    if count == 7:
        try:
            v_buy_contract_for_multiple_accounts = data["buy_contract_for_multiple_accounts"]
            v_parameters = data["parameters"]
            v_price = data["price"]
            v_tokens = data["tokens"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_buy_contract_for_multiple_accounts.__class__ is str)
                and ((kind := v_price.__class__) is float or kind is int)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.buy_contract_for_multiple_accounts = v_buy_contract_for_multiple_accounts
                try:
                    obj.parameters = (
                        structure_buy_contract_for_multiple_accounts_request_parameters(
                            v_parameters
                        )
                    )
                except DecodeError as error:
                    raise error.at("parameters") from None
                obj.price = v_price
                try:
                    obj.tokens = _decode_list_of_str(v_tokens)
                except DecodeError as error:
                    raise error.at("tokens") from None
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
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
    if "parameters" not in data:
        obj.parameters = None
        count += 1
    else:
        value = data["parameters"]
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
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    if "passthrough" not in data:
        obj.passthrough = None
        count += 1
    elif (value := data["passthrough"]).__class__ is dict:
        obj.passthrough = value
    else:
        raise _expected("an object", value).at("passthrough")
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
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
    if count == 14:
        try:
            v_amount = data["amount"]
            v_app_markup_percentage = data["app_markup_percentage"]
            v_barrier = data["barrier"]
            v_barrier2 = data["barrier2"]
            v_basis = data["basis"]
            v_contract_type = data["contract_type"]
            v_currency = data["currency"]
            v_date_expiry = data["date_expiry"]
            v_date_start = data["date_start"]
            v_duration = data["duration"]
            v_duration_unit = data["duration_unit"]
            v_multiplier = data["multiplier"]
            v_selected_tick = data["selected_tick"]
            v_symbol = data["symbol"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_amount.__class__) is float or kind is int)
                and ((kind := v_app_markup_percentage.__class__) is float or kind is int)
                and (v_barrier.__class__ is str)
                and (v_barrier2.__class__ is str)
                and (v_basis.__class__ is _STR and v_basis in _ALLOWED_payout_stake)
                and (
                    v_contract_type.__class__ is _STR
                    and v_contract_type in _ALLOWED_ASIAND_ASIANU_CALL_and_34_more
                )
                and (v_currency.__class__ is str)
                and (v_date_expiry.__class__ is int)
                and (v_date_start.__class__ is int)
                and (v_duration.__class__ is int)
                and (
                    v_duration_unit.__class__ is _STR
                    and v_duration_unit in _ALLOWED_d_h_m_and_2_more
                )
                and ((kind := v_multiplier.__class__) is float or kind is int)
                and (v_selected_tick.__class__ is int)
                and (v_symbol.__class__ is str)
            ):
                obj.amount = v_amount
                obj.app_markup_percentage = v_app_markup_percentage
                obj.barrier = v_barrier
                obj.barrier2 = v_barrier2
                obj.basis = v_basis
                obj.contract_type = v_contract_type
                obj.currency = v_currency
                obj.date_expiry = v_date_expiry
                obj.date_start = v_date_start
                obj.duration = v_duration
                obj.duration_unit = v_duration_unit
                obj.multiplier = v_multiplier
                obj.selected_tick = v_selected_tick
                obj.symbol = v_symbol
                return obj
    if "amount" not in data:
        obj.amount = None
        count += 1
    elif (kind := (value := data["amount"]).__class__) is float or kind is int:
        obj.amount = value
    else:
        raise _expected("a number", value).at("amount")
    if "app_markup_percentage" not in data:
        obj.app_markup_percentage = None
        count += 1
    elif (kind := (value := data["app_markup_percentage"]).__class__) is float or kind is int:
        obj.app_markup_percentage = value
    else:
        raise _expected("a number", value).at("app_markup_percentage")
    if "barrier" not in data:
        obj.barrier = None
        count += 1
    elif (value := data["barrier"]).__class__ is str:
        obj.barrier = value
    else:
        raise _expected("a string", value).at("barrier")
    if "barrier2" not in data:
        obj.barrier2 = None
        count += 1
    elif (value := data["barrier2"]).__class__ is str:
        obj.barrier2 = value
    else:
        raise _expected("a string", value).at("barrier2")
    if "basis" not in data:
        obj.basis = None
        count += 1
    elif (value := data["basis"]).__class__ is _STR and value in _ALLOWED_payout_stake:
        obj.basis = value
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
    if "date_expiry" not in data:
        obj.date_expiry = None
        count += 1
    elif (value := data["date_expiry"]).__class__ is int:
        obj.date_expiry = value
    else:
        raise _expected("an integer", value).at("date_expiry")
    if "date_start" not in data:
        obj.date_start = None
        count += 1
    elif (value := data["date_start"]).__class__ is int:
        obj.date_start = value
    else:
        raise _expected("an integer", value).at("date_start")
    if "duration" not in data:
        obj.duration = None
        count += 1
    elif (value := data["duration"]).__class__ is int:
        obj.duration = value
    else:
        raise _expected("an integer", value).at("duration")
    if "duration_unit" not in data:
        obj.duration_unit = None
        count += 1
    elif (value := data["duration_unit"]).__class__ is _STR and value in _ALLOWED_d_h_m_and_2_more:
        obj.duration_unit = value
    else:
        raise _not_one_of("'d', 'm', 's', 'h', 't'", value).at("duration_unit")
    if "multiplier" not in data:
        obj.multiplier = None
        count += 1
    elif (kind := (value := data["multiplier"]).__class__) is float or kind is int:
        obj.multiplier = value
    else:
        raise _expected("a number", value).at("multiplier")
    if "selected_tick" not in data:
        obj.selected_tick = None
        count += 1
    elif (value := data["selected_tick"]).__class__ is int:
        obj.selected_tick = value
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
    if count == 4:
        try:
            v_buy_contract_for_multiple_accounts = data["buy_contract_for_multiple_accounts"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR
                    and v_msg_type in _ALLOWED_buy_contract_for_multiple_accounts
                )
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.buy_contract_for_multiple_accounts = structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts(
                        v_buy_contract_for_multiple_accounts
                    )
                except DecodeError as error:
                    raise error.at("buy_contract_for_multiple_accounts") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "buy_contract_for_multiple_accounts" not in data:
        obj.buy_contract_for_multiple_accounts = None
        count += 1
    else:
        value = data["buy_contract_for_multiple_accounts"]
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
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
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
    count = len(data)
    if count == 1:
        try:
            v_result = data["result"]
        except KeyError:
            pass
        else:
            try:
                obj.result = _decode_list_of_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId_or_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode(
                    v_result
                )
            except DecodeError as error:
                raise error.at("result") from None
            obj.extra_fields = {}
            return obj
    try:
        value = data["result"]
    except KeyError:
        raise DecodeError("required field is missing", ("result",)) from None
    try:
        obj.result = _decode_list_of_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId_or_BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode(
            value
        )
    except DecodeError as error:
        raise error.at("result") from None
    if count == 1:
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


def structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_with_code(
    data: Any,
) -> m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode
    )
    count = len(data)
    if count == 3:
        try:
            v_code = data["code"]
            v_message_to_client = data["message_to_client"]
            v_token = data["token"]
        except KeyError:
            pass
        else:
            if (
                (v_code.__class__ is str)
                and (v_message_to_client.__class__ is str)
                and (v_token.__class__ is str)
            ):
                obj.code = v_code
                obj.message_to_client = v_message_to_client
                obj.token = v_token
                obj.extra_fields = {}
                return obj
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
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESULT_ITEM_WITH_CODE
        }
    return obj


def unstructure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_with_code(
    obj: m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode,
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


def structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_with_contract_id(
    data: Any,
) -> m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId
    )
    count = len(data)
    if count == 9:
        try:
            v_buy_price = data["buy_price"]
            v_contract_id = data["contract_id"]
            v_longcode = data["longcode"]
            v_payout = data["payout"]
            v_purchase_time = data["purchase_time"]
            v_shortcode = data["shortcode"]
            v_start_time = data["start_time"]
            v_token = data["token"]
            v_transaction_id = data["transaction_id"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_buy_price.__class__) is float or kind is int)
                and (v_contract_id.__class__ is int)
                and (v_longcode.__class__ is str)
                and ((kind := v_payout.__class__) is float or kind is int)
                and (v_purchase_time.__class__ is int)
                and (v_shortcode.__class__ is str)
                and (v_start_time.__class__ is int)
                and (v_token.__class__ is str)
                and (v_transaction_id.__class__ is int)
            ):
                obj.buy_price = v_buy_price
                obj.contract_id = v_contract_id
                obj.longcode = v_longcode
                obj.payout = v_payout
                obj.purchase_time = v_purchase_time
                obj.shortcode = v_shortcode
                obj.start_time = v_start_time
                obj.token = v_token
                obj.transaction_id = v_transaction_id
                obj.extra_fields = {}
                return obj
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
    if count == 9:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_BUY_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESULT_ITEM_WITH_CONTRACT_ID
        }
    return obj


def unstructure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_with_contract_id(
    obj: m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId,
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


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.BuyContractForMultipleAccountsRequest: structure_buy_contract_for_multiple_accounts_request,
    m.BuyContractForMultipleAccountsRequestParameters: structure_buy_contract_for_multiple_accounts_request_parameters,
    m.BuyContractForMultipleAccountsResponse: structure_buy_contract_for_multiple_accounts_response,
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccounts: structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts,
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode: structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_with_code,
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId: structure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_with_contract_id,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.BuyContractForMultipleAccountsRequest: unstructure_buy_contract_for_multiple_accounts_request,
    m.BuyContractForMultipleAccountsRequestParameters: unstructure_buy_contract_for_multiple_accounts_request_parameters,
    m.BuyContractForMultipleAccountsResponse: unstructure_buy_contract_for_multiple_accounts_response,
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccounts: unstructure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts,
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode: unstructure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_with_code,
    m.BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId: unstructure_buy_contract_for_multiple_accounts_response_buy_contract_for_multiple_accounts_result_item_with_contract_id,
}
