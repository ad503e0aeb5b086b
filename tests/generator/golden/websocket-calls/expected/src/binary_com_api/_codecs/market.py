"""Decoders and encoders of the models of the calls of the market group.

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import models as m
from .._codec import _INT, _MISSING, _STR, _expected, _first_match, _new, _not_one_of
from ..errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_tick = frozenset({"tick"})


_KEYS_TICKS_REQUEST = frozenset(
    (
        "ticks",
        "subscribe",
        "passthrough",
        "req_id",
    )
)


_KEYS_TICKS_RESPONSE = frozenset(
    (
        "tick",
        "subscription",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_TICKS_RESPONSE_SUBSCRIPTION = frozenset(("id",))


_KEYS_TICKS_RESPONSE_TICK = frozenset(
    (
        "ask",
        "bid",
        "epoch",
        "id",
        "pip_size",
        "quote",
        "symbol",
    )
)


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


def _decode_str(value: Any) -> str:
    if value.__class__ is not str:
        raise _expected("a string", value)
    result: str = value
    return result


def _decode_str_or_list_of_str(value: Any) -> str | list[str]:
    result: str | list[str] = _first_match(
        value,
        (
            _decode_str,
            _decode_list_of_str,
        ),
    )
    return result


def structure_ticks_request(data: Any) -> m.TicksRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksRequest)
    count = len(data)
    try:
        value = data["ticks"]
    except KeyError:
        raise DecodeError("required field is missing", ("ticks",)) from None
    try:
        obj.ticks = _decode_str_or_list_of_str(value)
    except DecodeError as error:
        raise error.at("ticks") from None
    value = data.get("subscribe", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.subscribe = value
    elif value is _MISSING:
        obj.subscribe = None
        count += 1
    else:
        raise _not_one_of("1", value).at("subscribe")
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
        unknown = sorted(key for key in data if key not in _KEYS_TICKS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_ticks_request(obj: m.TicksRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"ticks": obj.ticks}
    value: Any
    value = obj.subscribe
    if value is not None:
        data["subscribe"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_ticks_response(data: Any) -> m.TicksResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksResponse)
    count = len(data)
    value = data.get("tick", _MISSING)
    if value is _MISSING:
        obj.tick = None
        count += 1
    else:
        try:
            obj.tick = structure_ticks_response_tick(value)
        except DecodeError as error:
            raise error.at("tick") from None
    value = data.get("subscription", _MISSING)
    if value is _MISSING:
        obj.subscription = None
        count += 1
    else:
        try:
            obj.subscription = structure_ticks_response_subscription(value)
        except DecodeError as error:
            raise error.at("subscription") from None
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
    if value.__class__ is _STR and value in _ALLOWED_tick:
        obj.msg_type = value
    else:
        raise _not_one_of("'tick'", value).at("msg_type")
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TICKS_RESPONSE}
    return obj


def unstructure_ticks_response(obj: m.TicksResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.tick
    if value is not None:
        data["tick"] = unstructure_ticks_response_tick(value)
    value = obj.subscription
    if value is not None:
        data["subscription"] = unstructure_ticks_response_subscription(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ticks_response_subscription(data: Any) -> m.TicksResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksResponseSubscription)
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if len(data) == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_TICKS_RESPONSE_SUBSCRIPTION
        }
    return obj


def unstructure_ticks_response_subscription(obj: m.TicksResponseSubscription) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ticks_response_tick(data: Any) -> m.TicksResponseTick:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksResponseTick)
    count = len(data)
    value = data.get("ask", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.ask = value
    elif value is _MISSING:
        obj.ask = None
        count += 1
    else:
        raise _expected("a number", value).at("ask")
    value = data.get("bid", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.bid = value
    elif value is _MISSING:
        obj.bid = None
        count += 1
    else:
        raise _expected("a number", value).at("bid")
    value = data.get("epoch", _MISSING)
    if value.__class__ is int:
        obj.epoch = value
    elif value is _MISSING:
        obj.epoch = None
        count += 1
    else:
        raise _expected("an integer", value).at("epoch")
    value = data.get("id", _MISSING)
    if value.__class__ is str:
        obj.id = value
    elif value is _MISSING:
        obj.id = None
        count += 1
    else:
        raise _expected("a string", value).at("id")
    try:
        value = data["pip_size"]
    except KeyError:
        raise DecodeError("required field is missing", ("pip_size",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.pip_size = value
    else:
        raise _expected("a number", value).at("pip_size")
    value = data.get("quote", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.quote = value
    elif value is _MISSING:
        obj.quote = None
        count += 1
    else:
        raise _expected("a number", value).at("quote")
    value = data.get("symbol", _MISSING)
    if value.__class__ is str:
        obj.symbol = value
    elif value is _MISSING:
        obj.symbol = None
        count += 1
    else:
        raise _expected("a string", value).at("symbol")
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TICKS_RESPONSE_TICK}
    return obj


def unstructure_ticks_response_tick(obj: m.TicksResponseTick) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"pip_size": obj.pip_size}
    value: Any
    value = obj.ask
    if value is not None:
        data["ask"] = value
    value = obj.bid
    if value is not None:
        data["bid"] = value
    value = obj.epoch
    if value is not None:
        data["epoch"] = value
    value = obj.id
    if value is not None:
        data["id"] = value
    value = obj.quote
    if value is not None:
        data["quote"] = value
    value = obj.symbol
    if value is not None:
        data["symbol"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.TicksRequest: structure_ticks_request,
    m.TicksResponse: structure_ticks_response,
    m.TicksResponseSubscription: structure_ticks_response_subscription,
    m.TicksResponseTick: structure_ticks_response_tick,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.TicksRequest: unstructure_ticks_request,
    m.TicksResponse: unstructure_ticks_response,
    m.TicksResponseSubscription: unstructure_ticks_response_subscription,
    m.TicksResponseTick: unstructure_ticks_response_tick,
}
