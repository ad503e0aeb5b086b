"""Decoders and encoders of the models of the ``account_list`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_account_list = frozenset({"account_list"})


_ALLOWED_ctrader_dtrade_dwallet_and_2_more = frozenset(
    {"ctrader", "dtrade", "dwallet", "dxtrade", "mt5"}
)


_ALLOWED_trading_wallet = frozenset({"trading", "wallet"})


_KEYS_ACCOUNT_LIST_REQUEST = frozenset(
    (
        "account_list",
        "passthrough",
        "req_id",
    )
)


_KEYS_ACCOUNT_LIST_RESPONSE = frozenset(
    (
        "account_list",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_ACCOUNT_LIST_RESPONSE_ACCOUNT_LIST_ITEM = frozenset(
    (
        "account_category",
        "account_type",
        "broker",
        "created_at",
        "currency",
        "is_disabled",
        "is_virtual",
        "landing_company_name",
        "linked_to",
        "loginid",
    )
)


_KEYS_ACCOUNT_LIST_RESPONSE_ACCOUNT_LIST_ITEM_LINKED_TO_ITEM = frozenset(
    (
        "loginid",
        "platform",
    )
)


def _decode_list_of_AccountListResponseAccountListItem(
    value: Any,
) -> list[m.AccountListResponseAccountListItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_account_list_response_account_list_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_account_list_response_account_list_item) from None


def _decode_list_of_AccountListResponseAccountListItemLinkedToItem(
    value: Any,
) -> list[m.AccountListResponseAccountListItemLinkedToItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_account_list_response_account_list_item_linked_to_item(item) for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_account_list_response_account_list_item_linked_to_item
        ) from None


def structure_account_list_request(data: Any) -> m.AccountListRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AccountListRequest)
    count = len(data)
    if count == 3:
        try:
            v_account_list = data["account_list"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_account_list.__class__ is _INT and v_account_list in _ALLOWED_1)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.account_list = v_account_list
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["account_list"]
    except KeyError:
        raise DecodeError("required field is missing", ("account_list",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.account_list = value
    else:
        raise _not_one_of("1", value).at("account_list")
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
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_ACCOUNT_LIST_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_account_list_request(obj: m.AccountListRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"account_list": obj.account_list}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_account_list_response(data: Any) -> m.AccountListResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AccountListResponse)
    count = len(data)
    if count == 4:
        try:
            v_account_list = data["account_list"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_account_list)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.account_list = _decode_list_of_AccountListResponseAccountListItem(
                        v_account_list
                    )
                except DecodeError as error:
                    raise error.at("account_list") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "account_list" not in data:
        obj.account_list = None
        count += 1
    else:
        value = data["account_list"]
        try:
            obj.account_list = _decode_list_of_AccountListResponseAccountListItem(value)
        except DecodeError as error:
            raise error.at("account_list") from None
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
    if value.__class__ is _STR and value in _ALLOWED_account_list:
        obj.msg_type = value
    else:
        raise _not_one_of("'account_list'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ACCOUNT_LIST_RESPONSE}
    return obj


def unstructure_account_list_response(obj: m.AccountListResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.account_list
    if value is not None:
        data["account_list"] = [
            unstructure_account_list_response_account_list_item(item) for item in value
        ]
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_account_list_response_account_list_item(
    data: Any,
) -> m.AccountListResponseAccountListItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AccountListResponseAccountListItem)
    count = len(data)
    if count == 10:
        try:
            v_account_category = data["account_category"]
            v_account_type = data["account_type"]
            v_broker = data["broker"]
            v_created_at = data["created_at"]
            v_currency = data["currency"]
            v_is_disabled = data["is_disabled"]
            v_is_virtual = data["is_virtual"]
            v_landing_company_name = data["landing_company_name"]
            v_linked_to = data["linked_to"]
            v_loginid = data["loginid"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_account_category.__class__ is _STR
                    and v_account_category in _ALLOWED_trading_wallet
                )
                and (v_account_type.__class__ is str)
                and (v_broker.__class__ is str)
                and (v_created_at.__class__ is int)
                and (v_currency.__class__ is str)
                and (v_is_disabled.__class__ is _INT and v_is_disabled in _ALLOWED_0_1)
                and (v_is_virtual.__class__ is _INT and v_is_virtual in _ALLOWED_0_1)
                and (v_landing_company_name.__class__ is str)
                and (v_loginid.__class__ is str)
            ):
                obj.account_category = v_account_category
                obj.account_type = v_account_type
                obj.broker = v_broker
                obj.created_at = v_created_at
                obj.currency = v_currency
                obj.is_disabled = v_is_disabled
                obj.is_virtual = v_is_virtual
                obj.landing_company_name = v_landing_company_name
                try:
                    obj.linked_to = _decode_list_of_AccountListResponseAccountListItemLinkedToItem(
                        v_linked_to
                    )
                except DecodeError as error:
                    raise error.at("linked_to") from None
                obj.loginid = v_loginid
                obj.extra_fields = {}
                return obj
    try:
        value = data["account_category"]
    except KeyError:
        raise DecodeError("required field is missing", ("account_category",)) from None
    if value.__class__ is _STR and value in _ALLOWED_trading_wallet:
        obj.account_category = value
    else:
        raise _not_one_of("'trading', 'wallet'", value).at("account_category")
    try:
        value = data["account_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("account_type",)) from None
    if value.__class__ is str:
        obj.account_type = value
    else:
        raise _expected("a string", value).at("account_type")
    if "broker" not in data:
        obj.broker = None
        count += 1
    elif (value := data["broker"]).__class__ is str:
        obj.broker = value
    else:
        raise _expected("a string", value).at("broker")
    try:
        value = data["created_at"]
    except KeyError:
        raise DecodeError("required field is missing", ("created_at",)) from None
    if value.__class__ is int:
        obj.created_at = value
    else:
        raise _expected("an integer", value).at("created_at")
    try:
        value = data["currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency",)) from None
    if value.__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    try:
        value = data["is_disabled"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_disabled",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_disabled = value
    else:
        raise _not_one_of("1, 0", value).at("is_disabled")
    try:
        value = data["is_virtual"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_virtual",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_virtual = value
    else:
        raise _not_one_of("1, 0", value).at("is_virtual")
    try:
        value = data["landing_company_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("landing_company_name",)) from None
    if value.__class__ is str:
        obj.landing_company_name = value
    else:
        raise _expected("a string", value).at("landing_company_name")
    try:
        value = data["linked_to"]
    except KeyError:
        raise DecodeError("required field is missing", ("linked_to",)) from None
    try:
        obj.linked_to = _decode_list_of_AccountListResponseAccountListItemLinkedToItem(value)
    except DecodeError as error:
        raise error.at("linked_to") from None
    try:
        value = data["loginid"]
    except KeyError:
        raise DecodeError("required field is missing", ("loginid",)) from None
    if value.__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    if count == 10:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_ACCOUNT_LIST_RESPONSE_ACCOUNT_LIST_ITEM
        }
    return obj


def unstructure_account_list_response_account_list_item(
    obj: m.AccountListResponseAccountListItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "account_category": obj.account_category,
        "account_type": obj.account_type,
        "created_at": obj.created_at,
        "currency": obj.currency,
        "is_disabled": obj.is_disabled,
        "is_virtual": obj.is_virtual,
        "landing_company_name": obj.landing_company_name,
        "linked_to": [
            unstructure_account_list_response_account_list_item_linked_to_item(item)
            for item in obj.linked_to
        ],
        "loginid": obj.loginid,
    }
    value: Any
    value = obj.broker
    if value is not None:
        data["broker"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_account_list_response_account_list_item_linked_to_item(
    data: Any,
) -> m.AccountListResponseAccountListItemLinkedToItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AccountListResponseAccountListItemLinkedToItem)
    count = len(data)
    if count == 2:
        try:
            v_loginid = data["loginid"]
            v_platform = data["platform"]
        except KeyError:
            pass
        else:
            if (v_loginid.__class__ is str) and (
                v_platform.__class__ is _STR
                and v_platform in _ALLOWED_ctrader_dtrade_dwallet_and_2_more
            ):
                obj.loginid = v_loginid
                obj.platform = v_platform
                obj.extra_fields = {}
                return obj
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    if "platform" not in data:
        obj.platform = None
        count += 1
    elif (
        value := data["platform"]
    ).__class__ is _STR and value in _ALLOWED_ctrader_dtrade_dwallet_and_2_more:
        obj.platform = value
    else:
        raise _not_one_of("'ctrader', 'dtrade', 'dwallet', 'dxtrade', 'mt5'", value).at("platform")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_ACCOUNT_LIST_RESPONSE_ACCOUNT_LIST_ITEM_LINKED_TO_ITEM
        }
    return obj


def unstructure_account_list_response_account_list_item_linked_to_item(
    obj: m.AccountListResponseAccountListItemLinkedToItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    value = obj.platform
    if value is not None:
        data["platform"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.AccountListRequest: structure_account_list_request,
    m.AccountListResponse: structure_account_list_response,
    m.AccountListResponseAccountListItem: structure_account_list_response_account_list_item,
    m.AccountListResponseAccountListItemLinkedToItem: structure_account_list_response_account_list_item_linked_to_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.AccountListRequest: unstructure_account_list_request,
    m.AccountListResponse: unstructure_account_list_response,
    m.AccountListResponseAccountListItem: unstructure_account_list_response_account_list_item,
    m.AccountListResponseAccountListItemLinkedToItem: unstructure_account_list_response_account_list_item_linked_to_item,
}
