"""Decoders and encoders of the models of the ``reality_check`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
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
    try:
        value = data["reality_check"]
    except KeyError:
        raise DecodeError("required field is missing", ("reality_check",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.reality_check = value
    else:
        raise _not_one_of("1", value).at("reality_check")
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
    value = data.get("reality_check", _MISSING)
    if value is _MISSING:
        obj.reality_check = None
        count += 1
    else:
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
    value = data.get("buy_amount", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.buy_amount = value
    elif value is _MISSING:
        obj.buy_amount = None
        count += 1
    else:
        raise _expected("a number", value).at("buy_amount")
    value = data.get("buy_count", _MISSING)
    if value.__class__ is int:
        obj.buy_count = value
    elif value is _MISSING:
        obj.buy_count = None
        count += 1
    else:
        raise _expected("an integer", value).at("buy_count")
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("loginid", _MISSING)
    if value.__class__ is str:
        obj.loginid = value
    elif value is _MISSING:
        obj.loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("loginid")
    value = data.get("open_contract_count", _MISSING)
    if value.__class__ is int:
        obj.open_contract_count = value
    elif value is _MISSING:
        obj.open_contract_count = None
        count += 1
    else:
        raise _expected("an integer", value).at("open_contract_count")
    value = data.get("potential_profit", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.potential_profit = value
    elif value is _MISSING:
        obj.potential_profit = None
        count += 1
    else:
        raise _expected("a number", value).at("potential_profit")
    value = data.get("sell_amount", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.sell_amount = value
    elif value is _MISSING:
        obj.sell_amount = None
        count += 1
    else:
        raise _expected("a number", value).at("sell_amount")
    value = data.get("sell_count", _MISSING)
    if value.__class__ is int:
        obj.sell_count = value
    elif value is _MISSING:
        obj.sell_count = None
        count += 1
    else:
        raise _expected("an integer", value).at("sell_count")
    value = data.get("start_time", _MISSING)
    if value.__class__ is int:
        obj.start_time = value
    elif value is _MISSING:
        obj.start_time = None
        count += 1
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
