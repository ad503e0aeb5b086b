"""Decoders and encoders of the models of the ``ticks_batch`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_commodities_cryptocurrency_forex_and_3_more = frozenset(
    {"commodities", "cryptocurrency", "forex", "indices", "stocks", "synthetic_index"}
)


_ALLOWED_ticks_batch = frozenset({"ticks_batch"})


_KEYS_TICKS_BATCH_REQUEST = frozenset(
    (
        "ticks_batch",
        "market",
        "subscribe",
        "passthrough",
        "req_id",
    )
)


_KEYS_TICKS_BATCH_RESPONSE = frozenset(
    (
        "ticks_batch",
        "subscription",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_TICKS_BATCH_RESPONSE_SUBSCRIPTION = frozenset(("id",))


_KEYS_TICKS_BATCH_RESPONSE_TICKS_BATCH_ITEM = frozenset(
    (
        "ask",
        "bid",
        "change",
        "epoch",
        "quote",
        "symbol",
    )
)


def _decode_list_of_TicksBatchResponseTicksBatchItem(
    value: Any,
) -> list[m.TicksBatchResponseTicksBatchItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_ticks_batch_response_ticks_batch_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_ticks_batch_response_ticks_batch_item) from None


def structure_ticks_batch_request(data: Any) -> m.TicksBatchRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksBatchRequest)
    count = len(data)
    try:
        value = data["ticks_batch"]
    except KeyError:
        raise DecodeError("required field is missing", ("ticks_batch",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.ticks_batch = value
    else:
        raise _not_one_of("1", value).at("ticks_batch")
    try:
        value = data["market"]
    except KeyError:
        raise DecodeError("required field is missing", ("market",)) from None
    if value.__class__ is _STR and value in _ALLOWED_commodities_cryptocurrency_forex_and_3_more:
        obj.market = value
    else:
        raise _not_one_of(
            "'forex', 'indices', 'commodities', 'stocks', 'cryptocurrency', 'synthetic_index'",
            value,
        ).at("market")
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
    if count != 5:
        unknown = sorted(key for key in data if key not in _KEYS_TICKS_BATCH_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_ticks_batch_request(obj: m.TicksBatchRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"ticks_batch": obj.ticks_batch, "market": obj.market}
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


def structure_ticks_batch_response(data: Any) -> m.TicksBatchResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksBatchResponse)
    count = len(data)
    value = data.get("ticks_batch", _MISSING)
    if value is _MISSING:
        obj.ticks_batch = None
        count += 1
    else:
        try:
            obj.ticks_batch = _decode_list_of_TicksBatchResponseTicksBatchItem(value)
        except DecodeError as error:
            raise error.at("ticks_batch") from None
    value = data.get("subscription", _MISSING)
    if value is _MISSING:
        obj.subscription = None
        count += 1
    else:
        try:
            obj.subscription = structure_ticks_batch_response_subscription(value)
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
    if value.__class__ is _STR and value in _ALLOWED_ticks_batch:
        obj.msg_type = value
    else:
        raise _not_one_of("'ticks_batch'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TICKS_BATCH_RESPONSE}
    return obj


def unstructure_ticks_batch_response(obj: m.TicksBatchResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.ticks_batch
    if value is not None:
        data["ticks_batch"] = [
            unstructure_ticks_batch_response_ticks_batch_item(item) for item in value
        ]
    value = obj.subscription
    if value is not None:
        data["subscription"] = unstructure_ticks_batch_response_subscription(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ticks_batch_response_subscription(data: Any) -> m.TicksBatchResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksBatchResponseSubscription)
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
            k: v for k, v in data.items() if k not in _KEYS_TICKS_BATCH_RESPONSE_SUBSCRIPTION
        }
    return obj


def unstructure_ticks_batch_response_subscription(
    obj: m.TicksBatchResponseSubscription,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ticks_batch_response_ticks_batch_item(
    data: Any,
) -> m.TicksBatchResponseTicksBatchItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksBatchResponseTicksBatchItem)
    try:
        value = data["ask"]
    except KeyError:
        raise DecodeError("required field is missing", ("ask",)) from None
    if value.__class__ is str:
        obj.ask = value
    else:
        raise _expected("a string", value).at("ask")
    try:
        value = data["bid"]
    except KeyError:
        raise DecodeError("required field is missing", ("bid",)) from None
    if value.__class__ is str:
        obj.bid = value
    else:
        raise _expected("a string", value).at("bid")
    try:
        value = data["change"]
    except KeyError:
        raise DecodeError("required field is missing", ("change",)) from None
    if value.__class__ is str:
        obj.change = value
    else:
        raise _expected("a string", value).at("change")
    try:
        value = data["epoch"]
    except KeyError:
        raise DecodeError("required field is missing", ("epoch",)) from None
    if value.__class__ is int:
        obj.epoch = value
    else:
        raise _expected("an integer", value).at("epoch")
    try:
        value = data["quote"]
    except KeyError:
        raise DecodeError("required field is missing", ("quote",)) from None
    if value.__class__ is str:
        obj.quote = value
    else:
        raise _expected("a string", value).at("quote")
    try:
        value = data["symbol"]
    except KeyError:
        raise DecodeError("required field is missing", ("symbol",)) from None
    if value.__class__ is str:
        obj.symbol = value
    else:
        raise _expected("a string", value).at("symbol")
    if len(data) == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_TICKS_BATCH_RESPONSE_TICKS_BATCH_ITEM
        }
    return obj


def unstructure_ticks_batch_response_ticks_batch_item(
    obj: m.TicksBatchResponseTicksBatchItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "ask": obj.ask,
        "bid": obj.bid,
        "change": obj.change,
        "epoch": obj.epoch,
        "quote": obj.quote,
        "symbol": obj.symbol,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.TicksBatchRequest: structure_ticks_batch_request,
    m.TicksBatchResponse: structure_ticks_batch_response,
    m.TicksBatchResponseSubscription: structure_ticks_batch_response_subscription,
    m.TicksBatchResponseTicksBatchItem: structure_ticks_batch_response_ticks_batch_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.TicksBatchRequest: unstructure_ticks_batch_request,
    m.TicksBatchResponse: unstructure_ticks_batch_response,
    m.TicksBatchResponseSubscription: unstructure_ticks_batch_response_subscription,
    m.TicksBatchResponseTicksBatchItem: unstructure_ticks_batch_response_ticks_batch_item,
}
