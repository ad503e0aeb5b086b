"""Decoders and encoders of the models of the calls of the market group.

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import models as m
from .._codec import _INT, _STR, _expected, _first_match, _new, _not_one_of
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
    if count == 4:
        try:
            v_ticks = data["ticks"]
            v_subscribe = data["subscribe"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_subscribe.__class__ is _INT and v_subscribe in _ALLOWED_1)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.ticks = _decode_str_or_list_of_str(v_ticks)
                except DecodeError as error:
                    raise error.at("ticks") from None
                obj.subscribe = v_subscribe
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["ticks"]
    except KeyError:
        raise DecodeError("required field is missing", ("ticks",)) from None
    try:
        obj.ticks = _decode_str_or_list_of_str(value)
    except DecodeError as error:
        raise error.at("ticks") from None
    if "subscribe" not in data:
        obj.subscribe = None
        count += 1
    elif (value := data["subscribe"]).__class__ is _INT and value in _ALLOWED_1:
        obj.subscribe = value
    else:
        raise _not_one_of("1", value).at("subscribe")
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
    if count == 5:
        try:
            v_tick = data["tick"]
            v_subscription = data["subscription"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_tick)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.tick = structure_ticks_response_tick(v_tick)
                except DecodeError as error:
                    raise error.at("tick") from None
                try:
                    obj.subscription = structure_ticks_response_subscription(v_subscription)
                except DecodeError as error:
                    raise error.at("subscription") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "tick" not in data:
        obj.tick = None
        count += 1
    else:
        value = data["tick"]
        try:
            obj.tick = structure_ticks_response_tick(value)
        except DecodeError as error:
            raise error.at("tick") from None
    if "subscription" not in data:
        obj.subscription = None
        count += 1
    else:
        value = data["subscription"]
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
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
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
    count = len(data)
    if count == 1:
        try:
            v_id = data["id"]
        except KeyError:
            pass
        else:
            if v_id.__class__ is str:
                obj.id = v_id
                obj.extra_fields = {}
                return obj
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if count == 1:
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
    if count == 7:
        try:
            v_ask = data["ask"]
            v_bid = data["bid"]
            v_epoch = data["epoch"]
            v_id = data["id"]
            v_pip_size = data["pip_size"]
            v_quote = data["quote"]
            v_symbol = data["symbol"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_ask.__class__) is float or kind is int)
                and ((kind := v_bid.__class__) is float or kind is int)
                and (v_epoch.__class__ is int)
                and (v_id.__class__ is str)
                and ((kind := v_pip_size.__class__) is float or kind is int)
                and ((kind := v_quote.__class__) is float or kind is int)
                and (v_symbol.__class__ is str)
            ):
                obj.ask = v_ask
                obj.bid = v_bid
                obj.epoch = v_epoch
                obj.id = v_id
                obj.pip_size = v_pip_size
                obj.quote = v_quote
                obj.symbol = v_symbol
                obj.extra_fields = {}
                return obj
    if "ask" not in data:
        obj.ask = None
        count += 1
    elif (kind := (value := data["ask"]).__class__) is float or kind is int:
        obj.ask = value
    else:
        raise _expected("a number", value).at("ask")
    if "bid" not in data:
        obj.bid = None
        count += 1
    elif (kind := (value := data["bid"]).__class__) is float or kind is int:
        obj.bid = value
    else:
        raise _expected("a number", value).at("bid")
    if "epoch" not in data:
        obj.epoch = None
        count += 1
    elif (value := data["epoch"]).__class__ is int:
        obj.epoch = value
    else:
        raise _expected("an integer", value).at("epoch")
    if "id" not in data:
        obj.id = None
        count += 1
    elif (value := data["id"]).__class__ is str:
        obj.id = value
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
    if "quote" not in data:
        obj.quote = None
        count += 1
    elif (kind := (value := data["quote"]).__class__) is float or kind is int:
        obj.quote = value
    else:
        raise _expected("a number", value).at("quote")
    if "symbol" not in data:
        obj.symbol = None
        count += 1
    elif (value := data["symbol"]).__class__ is str:
        obj.symbol = value
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
