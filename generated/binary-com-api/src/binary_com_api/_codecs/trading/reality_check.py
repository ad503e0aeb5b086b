"""Decoders and encoders of the models of the ``reality_check`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_reality_check = frozenset({"reality_check"})


_KEYS_REALITY_CHECK_REQUEST = frozenset(
    (
        "reality_check",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_REALITY_CHECK_RESPONSE = frozenset(
    (
        "reality_check",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_REALITY_CHECK_RESPONSE_REALITY_CHECK = frozenset(
    (
        "buy_amount",
        "buy_count",
        "currency",
        "loginid",
        "open_contract_count",
        "potential_profit",
        "sell_amount",
        "sell_count",
        "start_time",
    )
)


def structure_reality_check_request(data: Any) -> m.RealityCheckRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.RealityCheckRequest)
    count = len(data)
    if count == 4:
        try:
            v_reality_check = data["reality_check"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_reality_check.__class__ is _INT and v_reality_check in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.reality_check = v_reality_check
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["reality_check"]
    except KeyError:
        raise DecodeError("required field is missing", ("reality_check",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.reality_check = value
    else:
        raise _not_one_of("1", value).at("reality_check")
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
        unknown = sorted(key for key in data if key not in _KEYS_REALITY_CHECK_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_reality_check_request(obj: m.RealityCheckRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"reality_check": obj.reality_check}
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


def structure_reality_check_response(data: Any) -> m.RealityCheckResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.RealityCheckResponse)
    count = len(data)
    if count == 4:
        try:
            v_reality_check = data["reality_check"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_reality_check)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.reality_check = structure_reality_check_response_reality_check(
                        v_reality_check
                    )
                except DecodeError as error:
                    raise error.at("reality_check") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "reality_check" not in data:
        obj.reality_check = None
        count += 1
    else:
        value = data["reality_check"]
        try:
            obj.reality_check = structure_reality_check_response_reality_check(value)
        except DecodeError as error:
            raise error.at("reality_check") from None
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
    if value.__class__ is _STR and value in _ALLOWED_reality_check:
        obj.msg_type = value
    else:
        raise _not_one_of("'reality_check'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_REALITY_CHECK_RESPONSE}
    return obj


def unstructure_reality_check_response(obj: m.RealityCheckResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.reality_check
    if value is not None:
        data["reality_check"] = unstructure_reality_check_response_reality_check(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_reality_check_response_reality_check(data: Any) -> m.RealityCheckResponseRealityCheck:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.RealityCheckResponseRealityCheck)
    count = len(data)
    if count == 9:
        try:
            v_buy_amount = data["buy_amount"]
            v_buy_count = data["buy_count"]
            v_currency = data["currency"]
            v_loginid = data["loginid"]
            v_open_contract_count = data["open_contract_count"]
            v_potential_profit = data["potential_profit"]
            v_sell_amount = data["sell_amount"]
            v_sell_count = data["sell_count"]
            v_start_time = data["start_time"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_buy_amount.__class__) is float or kind is int)
                and (v_buy_count.__class__ is int)
                and (v_currency.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_open_contract_count.__class__ is int)
                and ((kind := v_potential_profit.__class__) is float or kind is int)
                and ((kind := v_sell_amount.__class__) is float or kind is int)
                and (v_sell_count.__class__ is int)
                and (v_start_time.__class__ is int)
            ):
                obj.buy_amount = v_buy_amount
                obj.buy_count = v_buy_count
                obj.currency = v_currency
                obj.loginid = v_loginid
                obj.open_contract_count = v_open_contract_count
                obj.potential_profit = v_potential_profit
                obj.sell_amount = v_sell_amount
                obj.sell_count = v_sell_count
                obj.start_time = v_start_time
                obj.extra_fields = {}
                return obj
    if "buy_amount" not in data:
        obj.buy_amount = None
        count += 1
    elif (kind := (value := data["buy_amount"]).__class__) is float or kind is int:
        obj.buy_amount = value
    else:
        raise _expected("a number", value).at("buy_amount")
    if "buy_count" not in data:
        obj.buy_count = None
        count += 1
    elif (value := data["buy_count"]).__class__ is int:
        obj.buy_count = value
    else:
        raise _expected("an integer", value).at("buy_count")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    if "open_contract_count" not in data:
        obj.open_contract_count = None
        count += 1
    elif (value := data["open_contract_count"]).__class__ is int:
        obj.open_contract_count = value
    else:
        raise _expected("an integer", value).at("open_contract_count")
    if "potential_profit" not in data:
        obj.potential_profit = None
        count += 1
    elif (kind := (value := data["potential_profit"]).__class__) is float or kind is int:
        obj.potential_profit = value
    else:
        raise _expected("a number", value).at("potential_profit")
    if "sell_amount" not in data:
        obj.sell_amount = None
        count += 1
    elif (kind := (value := data["sell_amount"]).__class__) is float or kind is int:
        obj.sell_amount = value
    else:
        raise _expected("a number", value).at("sell_amount")
    if "sell_count" not in data:
        obj.sell_count = None
        count += 1
    elif (value := data["sell_count"]).__class__ is int:
        obj.sell_count = value
    else:
        raise _expected("an integer", value).at("sell_count")
    if "start_time" not in data:
        obj.start_time = None
        count += 1
    elif (value := data["start_time"]).__class__ is int:
        obj.start_time = value
    else:
        raise _expected("an integer", value).at("start_time")
    if count == 9:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_REALITY_CHECK_RESPONSE_REALITY_CHECK
        }
    return obj


def unstructure_reality_check_response_reality_check(
    obj: m.RealityCheckResponseRealityCheck,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.buy_amount
    if value is not None:
        data["buy_amount"] = value
    value = obj.buy_count
    if value is not None:
        data["buy_count"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    value = obj.open_contract_count
    if value is not None:
        data["open_contract_count"] = value
    value = obj.potential_profit
    if value is not None:
        data["potential_profit"] = value
    value = obj.sell_amount
    if value is not None:
        data["sell_amount"] = value
    value = obj.sell_count
    if value is not None:
        data["sell_count"] = value
    value = obj.start_time
    if value is not None:
        data["start_time"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.RealityCheckRequest: structure_reality_check_request,
    m.RealityCheckResponse: structure_reality_check_response,
    m.RealityCheckResponseRealityCheck: structure_reality_check_response_reality_check,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.RealityCheckRequest: unstructure_reality_check_request,
    m.RealityCheckResponse: unstructure_reality_check_response,
    m.RealityCheckResponseRealityCheck: unstructure_reality_check_response_reality_check,
}
