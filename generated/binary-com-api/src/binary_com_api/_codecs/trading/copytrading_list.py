"""Decoders and encoders of the models of the ``copytrading_list`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_copytrading_list = frozenset({"copytrading_list"})


_KEYS_COPYTRADING_LIST_REQUEST = frozenset(
    (
        "copytrading_list",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_COPYTRADING_LIST_RESPONSE = frozenset(
    (
        "copytrading_list",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_COPYTRADING_LIST_RESPONSE_COPYTRADING_LIST = frozenset(
    (
        "copiers",
        "traders",
    )
)


_KEYS_COPYTRADING_LIST_RESPONSE_COPYTRADING_LIST_COPIERS_ITEM = frozenset(("loginid",))


_KEYS_COPYTRADING_LIST_RESPONSE_COPYTRADING_LIST_TRADERS_ITEM = frozenset(
    (
        "assets",
        "loginid",
        "max_trade_stake",
        "min_trade_stake",
        "token",
        "trade_types",
    )
)


def _decode_list_of_CopytradingListResponseCopytradingListCopiersItem(
    value: Any,
) -> list[m.CopytradingListResponseCopytradingListCopiersItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_copytrading_list_response_copytrading_list_copiers_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_copytrading_list_response_copytrading_list_copiers_item
        ) from None


def _decode_list_of_CopytradingListResponseCopytradingListTradersItem(
    value: Any,
) -> list[m.CopytradingListResponseCopytradingListTradersItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_copytrading_list_response_copytrading_list_traders_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_copytrading_list_response_copytrading_list_traders_item
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


def structure_copytrading_list_request(data: Any) -> m.CopytradingListRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CopytradingListRequest)
    count = len(data)
    if count == 4:
        try:
            v_copytrading_list = data["copytrading_list"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_copytrading_list.__class__ is _INT and v_copytrading_list in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.copytrading_list = v_copytrading_list
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["copytrading_list"]
    except KeyError:
        raise DecodeError("required field is missing", ("copytrading_list",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.copytrading_list = value
    else:
        raise _not_one_of("1", value).at("copytrading_list")
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
    if count != 4:
        unknown = sorted(key for key in data if key not in _KEYS_COPYTRADING_LIST_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_copytrading_list_request(obj: m.CopytradingListRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"copytrading_list": obj.copytrading_list}
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


def structure_copytrading_list_response(data: Any) -> m.CopytradingListResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CopytradingListResponse)
    count = len(data)
    if count == 4:
        try:
            v_copytrading_list = data["copytrading_list"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_copytrading_list)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.copytrading_list = structure_copytrading_list_response_copytrading_list(
                        v_copytrading_list
                    )
                except DecodeError as error:
                    raise error.at("copytrading_list") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "copytrading_list" not in data:
        obj.copytrading_list = None
        count += 1
    else:
        value = data["copytrading_list"]
        try:
            obj.copytrading_list = structure_copytrading_list_response_copytrading_list(value)
        except DecodeError as error:
            raise error.at("copytrading_list") from None
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
    if value.__class__ is _STR and value in _ALLOWED_copytrading_list:
        obj.msg_type = value
    else:
        raise _not_one_of("'copytrading_list'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_COPYTRADING_LIST_RESPONSE
        }
    return obj


def unstructure_copytrading_list_response(obj: m.CopytradingListResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.copytrading_list
    if value is not None:
        data["copytrading_list"] = unstructure_copytrading_list_response_copytrading_list(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_copytrading_list_response_copytrading_list(
    data: Any,
) -> m.CopytradingListResponseCopytradingList:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CopytradingListResponseCopytradingList)
    count = len(data)
    if count == 2:
        try:
            v_copiers = data["copiers"]
            v_traders = data["traders"]
        except KeyError:
            pass
        else:
            try:
                obj.copiers = _decode_list_of_CopytradingListResponseCopytradingListCopiersItem(
                    v_copiers
                )
            except DecodeError as error:
                raise error.at("copiers") from None
            try:
                obj.traders = _decode_list_of_CopytradingListResponseCopytradingListTradersItem(
                    v_traders
                )
            except DecodeError as error:
                raise error.at("traders") from None
            obj.extra_fields = {}
            return obj
    try:
        value = data["copiers"]
    except KeyError:
        raise DecodeError("required field is missing", ("copiers",)) from None
    try:
        obj.copiers = _decode_list_of_CopytradingListResponseCopytradingListCopiersItem(value)
    except DecodeError as error:
        raise error.at("copiers") from None
    try:
        value = data["traders"]
    except KeyError:
        raise DecodeError("required field is missing", ("traders",)) from None
    try:
        obj.traders = _decode_list_of_CopytradingListResponseCopytradingListTradersItem(value)
    except DecodeError as error:
        raise error.at("traders") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_COPYTRADING_LIST_RESPONSE_COPYTRADING_LIST
        }
    return obj


def unstructure_copytrading_list_response_copytrading_list(
    obj: m.CopytradingListResponseCopytradingList,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "copiers": [
            unstructure_copytrading_list_response_copytrading_list_copiers_item(item)
            for item in obj.copiers
        ],
        "traders": [
            unstructure_copytrading_list_response_copytrading_list_traders_item(item)
            for item in obj.traders
        ],
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_copytrading_list_response_copytrading_list_copiers_item(
    data: Any,
) -> m.CopytradingListResponseCopytradingListCopiersItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CopytradingListResponseCopytradingListCopiersItem)
    count = len(data)
    if count == 1:
        try:
            v_loginid = data["loginid"]
        except KeyError:
            pass
        else:
            if v_loginid.__class__ is str:
                obj.loginid = v_loginid
                obj.extra_fields = {}
                return obj
    try:
        value = data["loginid"]
    except KeyError:
        raise DecodeError("required field is missing", ("loginid",)) from None
    if value.__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_COPYTRADING_LIST_RESPONSE_COPYTRADING_LIST_COPIERS_ITEM
        }
    return obj


def unstructure_copytrading_list_response_copytrading_list_copiers_item(
    obj: m.CopytradingListResponseCopytradingListCopiersItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"loginid": obj.loginid}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_copytrading_list_response_copytrading_list_traders_item(
    data: Any,
) -> m.CopytradingListResponseCopytradingListTradersItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CopytradingListResponseCopytradingListTradersItem)
    count = len(data)
    if count == 6:
        try:
            v_assets = data["assets"]
            v_loginid = data["loginid"]
            v_max_trade_stake = data["max_trade_stake"]
            v_min_trade_stake = data["min_trade_stake"]
            v_token = data["token"]
            v_trade_types = data["trade_types"]
        except KeyError:
            pass
        else:
            if (
                (v_loginid.__class__ is str)
                and (
                    v_max_trade_stake is None
                    or ((kind := v_max_trade_stake.__class__) is float or kind is int)
                )
                and (
                    v_min_trade_stake is None
                    or ((kind := v_min_trade_stake.__class__) is float or kind is int)
                )
                and (v_token.__class__ is str)
            ):
                try:
                    obj.assets = _decode_list_of_str(v_assets)
                except DecodeError as error:
                    raise error.at("assets") from None
                obj.loginid = v_loginid
                obj.max_trade_stake = v_max_trade_stake
                obj.min_trade_stake = v_min_trade_stake
                obj.token = v_token
                try:
                    obj.trade_types = _decode_list_of_str(v_trade_types)
                except DecodeError as error:
                    raise error.at("trade_types") from None
                obj.extra_fields = {}
                return obj
    if "assets" not in data:
        obj.assets = None
        count += 1
    else:
        value = data["assets"]
        try:
            obj.assets = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("assets") from None
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    if "max_trade_stake" not in data:
        obj.max_trade_stake = UNSET
        count += 1
    elif (value := data["max_trade_stake"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.max_trade_stake = value
    else:
        raise _expected("a number", value).at("max_trade_stake")
    if "min_trade_stake" not in data:
        obj.min_trade_stake = UNSET
        count += 1
    elif (value := data["min_trade_stake"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.min_trade_stake = value
    else:
        raise _expected("a number", value).at("min_trade_stake")
    if "token" not in data:
        obj.token = None
        count += 1
    elif (value := data["token"]).__class__ is str:
        obj.token = value
    else:
        raise _expected("a string", value).at("token")
    if "trade_types" not in data:
        obj.trade_types = None
        count += 1
    else:
        value = data["trade_types"]
        try:
            obj.trade_types = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("trade_types") from None
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_COPYTRADING_LIST_RESPONSE_COPYTRADING_LIST_TRADERS_ITEM
        }
    return obj


def unstructure_copytrading_list_response_copytrading_list_traders_item(
    obj: m.CopytradingListResponseCopytradingListTradersItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.assets
    if value is not None:
        data["assets"] = value
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    value = obj.max_trade_stake
    if value is not UNSET:
        data["max_trade_stake"] = value
    value = obj.min_trade_stake
    if value is not UNSET:
        data["min_trade_stake"] = value
    value = obj.token
    if value is not None:
        data["token"] = value
    value = obj.trade_types
    if value is not None:
        data["trade_types"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.CopytradingListRequest: structure_copytrading_list_request,
    m.CopytradingListResponse: structure_copytrading_list_response,
    m.CopytradingListResponseCopytradingList: structure_copytrading_list_response_copytrading_list,
    m.CopytradingListResponseCopytradingListCopiersItem: structure_copytrading_list_response_copytrading_list_copiers_item,
    m.CopytradingListResponseCopytradingListTradersItem: structure_copytrading_list_response_copytrading_list_traders_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.CopytradingListRequest: unstructure_copytrading_list_request,
    m.CopytradingListResponse: unstructure_copytrading_list_response,
    m.CopytradingListResponseCopytradingList: unstructure_copytrading_list_response_copytrading_list,
    m.CopytradingListResponseCopytradingListCopiersItem: unstructure_copytrading_list_response_copytrading_list_copiers_item,
    m.CopytradingListResponseCopytradingListTradersItem: unstructure_copytrading_list_response_copytrading_list_traders_item,
}
