"""Decoders and encoders of the models of the ``sell_contract_for_multiple_accounts`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import (
    _INT,
    _STR,
    _encode_any,
    _expected,
    _first_match,
    _locate_item_error,
    _new,
    _not_one_of,
)
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_sell_contract_for_multiple_accounts = frozenset({"sell_contract_for_multiple_accounts"})


_KEYS_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS_REQUEST = frozenset(
    (
        "sell_contract_for_multiple_accounts",
        "price",
        "shortcode",
        "tokens",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE = frozenset(
    (
        "sell_contract_for_multiple_accounts",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS = frozenset(
    ("result",)
)


_KEYS_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESULT_ITEM_WITH_CODE = frozenset(
    (
        "code",
        "message_to_client",
        "token",
    )
)


_KEYS_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESULT_ITEM_WITH_CONTRACT_ID = frozenset(
    (
        "balance_after",
        "contract_id",
        "reference_id",
        "sell_price",
        "sell_time",
        "transaction_id",
    )
)


def _decode_SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId_or_SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode(
    value: Any,
) -> (
    m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode
    | m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId
):
    result: (
        m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode
        | m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId
    ) = _first_match(
        value,
        (
            structure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts_result_item_with_contract_id,
            structure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts_result_item_with_code,
        ),
    )
    return result


def _decode_list_of_SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId_or_SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode(
    value: Any,
) -> list[
    m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode
    | m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId
]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            _decode_SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId_or_SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            _decode_SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId_or_SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode,
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


def structure_sell_contract_for_multiple_accounts_request(
    data: Any,
) -> m.SellContractForMultipleAccountsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SellContractForMultipleAccountsRequest)
    count = len(data)
    if count == 7:
        try:
            v_sell_contract_for_multiple_accounts = data["sell_contract_for_multiple_accounts"]
            v_price = data["price"]
            v_shortcode = data["shortcode"]
            v_tokens = data["tokens"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_sell_contract_for_multiple_accounts.__class__ is _INT
                    and v_sell_contract_for_multiple_accounts in _ALLOWED_1
                )
                and ((kind := v_price.__class__) is float or kind is int)
                and (v_shortcode.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.sell_contract_for_multiple_accounts = v_sell_contract_for_multiple_accounts
                obj.price = v_price
                obj.shortcode = v_shortcode
                try:
                    obj.tokens = _decode_list_of_str(v_tokens)
                except DecodeError as error:
                    raise error.at("tokens") from None
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["sell_contract_for_multiple_accounts"]
    except KeyError:
        raise DecodeError(
            "required field is missing", ("sell_contract_for_multiple_accounts",)
        ) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.sell_contract_for_multiple_accounts = value
    else:
        raise _not_one_of("1", value).at("sell_contract_for_multiple_accounts")
    try:
        value = data["price"]
    except KeyError:
        raise DecodeError("required field is missing", ("price",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.price = value
    else:
        raise _expected("a number", value).at("price")
    try:
        value = data["shortcode"]
    except KeyError:
        raise DecodeError("required field is missing", ("shortcode",)) from None
    if value.__class__ is str:
        obj.shortcode = value
    else:
        raise _expected("a string", value).at("shortcode")
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
            key for key in data if key not in _KEYS_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS_REQUEST
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_sell_contract_for_multiple_accounts_request(
    obj: m.SellContractForMultipleAccountsRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "sell_contract_for_multiple_accounts": obj.sell_contract_for_multiple_accounts,
        "price": obj.price,
        "shortcode": obj.shortcode,
        "tokens": obj.tokens,
    }
    value: Any
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


def structure_sell_contract_for_multiple_accounts_response(
    data: Any,
) -> m.SellContractForMultipleAccountsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SellContractForMultipleAccountsResponse)
    count = len(data)
    if count == 4:
        try:
            v_sell_contract_for_multiple_accounts = data["sell_contract_for_multiple_accounts"]
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
                    and v_msg_type in _ALLOWED_sell_contract_for_multiple_accounts
                )
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.sell_contract_for_multiple_accounts = structure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts(
                        v_sell_contract_for_multiple_accounts
                    )
                except DecodeError as error:
                    raise error.at("sell_contract_for_multiple_accounts") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "sell_contract_for_multiple_accounts" not in data:
        obj.sell_contract_for_multiple_accounts = None
        count += 1
    else:
        value = data["sell_contract_for_multiple_accounts"]
        try:
            obj.sell_contract_for_multiple_accounts = structure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts(
                value
            )
        except DecodeError as error:
            raise error.at("sell_contract_for_multiple_accounts") from None
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
    if value.__class__ is _STR and value in _ALLOWED_sell_contract_for_multiple_accounts:
        obj.msg_type = value
    else:
        raise _not_one_of("'sell_contract_for_multiple_accounts'", value).at("msg_type")
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
            if k not in _KEYS_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE
        }
    return obj


def unstructure_sell_contract_for_multiple_accounts_response(
    obj: m.SellContractForMultipleAccountsResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.sell_contract_for_multiple_accounts
    if value is not None:
        data["sell_contract_for_multiple_accounts"] = (
            unstructure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts(
                value
            )
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts(
    data: Any,
) -> m.SellContractForMultipleAccountsResponseSellContractForMultipleAccounts:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SellContractForMultipleAccountsResponseSellContractForMultipleAccounts)
    count = len(data)
    if count == 1:
        try:
            v_result = data["result"]
        except KeyError:
            pass
        else:
            try:
                obj.result = _decode_list_of_SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId_or_SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode(
                    v_result
                )
            except DecodeError as error:
                raise error.at("result") from None
            obj.extra_fields = {}
            return obj
    if "result" not in data:
        obj.result = None
        count += 1
    else:
        value = data["result"]
        try:
            obj.result = _decode_list_of_SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId_or_SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode(
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
            not in _KEYS_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS
        }
    return obj


def unstructure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts(
    obj: m.SellContractForMultipleAccountsResponseSellContractForMultipleAccounts,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.result
    if value is not None:
        data["result"] = [_encode_any(item) for item in value]
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts_result_item_with_code(
    data: Any,
) -> m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode
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
            not in _KEYS_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESULT_ITEM_WITH_CODE
        }
    return obj


def unstructure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts_result_item_with_code(
    obj: m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode,
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


def structure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts_result_item_with_contract_id(
    data: Any,
) -> (
    m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId
):
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId
    )
    count = len(data)
    if count == 6:
        try:
            v_balance_after = data["balance_after"]
            v_contract_id = data["contract_id"]
            v_reference_id = data["reference_id"]
            v_sell_price = data["sell_price"]
            v_sell_time = data["sell_time"]
            v_transaction_id = data["transaction_id"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_balance_after.__class__) is float or kind is int)
                and (v_contract_id.__class__ is int)
                and (v_reference_id.__class__ is int)
                and ((kind := v_sell_price.__class__) is float or kind is int)
                and (v_sell_time.__class__ is str)
                and (v_transaction_id.__class__ is int)
            ):
                obj.balance_after = v_balance_after
                obj.contract_id = v_contract_id
                obj.reference_id = v_reference_id
                obj.sell_price = v_sell_price
                obj.sell_time = v_sell_time
                obj.transaction_id = v_transaction_id
                obj.extra_fields = {}
                return obj
    try:
        value = data["balance_after"]
    except KeyError:
        raise DecodeError("required field is missing", ("balance_after",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.balance_after = value
    else:
        raise _expected("a number", value).at("balance_after")
    try:
        value = data["contract_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_id",)) from None
    if value.__class__ is int:
        obj.contract_id = value
    else:
        raise _expected("an integer", value).at("contract_id")
    try:
        value = data["reference_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("reference_id",)) from None
    if value.__class__ is int:
        obj.reference_id = value
    else:
        raise _expected("an integer", value).at("reference_id")
    try:
        value = data["sell_price"]
    except KeyError:
        raise DecodeError("required field is missing", ("sell_price",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.sell_price = value
    else:
        raise _expected("a number", value).at("sell_price")
    if "sell_time" not in data:
        obj.sell_time = None
        count += 1
    elif (value := data["sell_time"]).__class__ is str:
        obj.sell_time = value
    else:
        raise _expected("a string", value).at("sell_time")
    try:
        value = data["transaction_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("transaction_id",)) from None
    if value.__class__ is int:
        obj.transaction_id = value
    else:
        raise _expected("an integer", value).at("transaction_id")
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESPONSE_SELL_CONTRACT_FOR_MULTIPLE_ACCOUNTS_RESULT_ITEM_WITH_CONTRACT_ID
        }
    return obj


def unstructure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts_result_item_with_contract_id(
    obj: m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "balance_after": obj.balance_after,
        "contract_id": obj.contract_id,
        "reference_id": obj.reference_id,
        "sell_price": obj.sell_price,
        "transaction_id": obj.transaction_id,
    }
    value: Any
    value = obj.sell_time
    if value is not None:
        data["sell_time"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.SellContractForMultipleAccountsRequest: structure_sell_contract_for_multiple_accounts_request,
    m.SellContractForMultipleAccountsResponse: structure_sell_contract_for_multiple_accounts_response,
    m.SellContractForMultipleAccountsResponseSellContractForMultipleAccounts: structure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts,
    m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode: structure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts_result_item_with_code,
    m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId: structure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts_result_item_with_contract_id,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.SellContractForMultipleAccountsRequest: unstructure_sell_contract_for_multiple_accounts_request,
    m.SellContractForMultipleAccountsResponse: unstructure_sell_contract_for_multiple_accounts_response,
    m.SellContractForMultipleAccountsResponseSellContractForMultipleAccounts: unstructure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts,
    m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode: unstructure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts_result_item_with_code,
    m.SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId: unstructure_sell_contract_for_multiple_accounts_response_sell_contract_for_multiple_accounts_result_item_with_contract_id,
}
