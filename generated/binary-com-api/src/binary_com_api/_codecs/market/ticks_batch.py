"""Decoders and encoders of the models of the ``ticks_batch`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
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
    if count == 5:
        try:
            v_ticks_batch = data["ticks_batch"]
            v_market = data["market"]
            v_subscribe = data["subscribe"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_ticks_batch.__class__ is _INT and v_ticks_batch in _ALLOWED_1)
                and (
                    v_market.__class__ is _STR
                    and v_market in _ALLOWED_commodities_cryptocurrency_forex_and_3_more
                )
                and (v_subscribe.__class__ is _INT and v_subscribe in _ALLOWED_1)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.ticks_batch = v_ticks_batch
                obj.market = v_market
                obj.subscribe = v_subscribe
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
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
    if count == 5:
        try:
            v_ticks_batch = data["ticks_batch"]
            v_subscription = data["subscription"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_ticks_batch)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.ticks_batch = _decode_list_of_TicksBatchResponseTicksBatchItem(
                        v_ticks_batch
                    )
                except DecodeError as error:
                    raise error.at("ticks_batch") from None
                try:
                    obj.subscription = structure_ticks_batch_response_subscription(v_subscription)
                except DecodeError as error:
                    raise error.at("subscription") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "ticks_batch" not in data:
        obj.ticks_batch = None
        count += 1
    else:
        value = data["ticks_batch"]
        try:
            obj.ticks_batch = _decode_list_of_TicksBatchResponseTicksBatchItem(value)
        except DecodeError as error:
            raise error.at("ticks_batch") from None
    if "subscription" not in data:
        obj.subscription = None
        count += 1
    else:
        value = data["subscription"]
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
    count = len(data)
    if count == 6:
        try:
            v_ask = data["ask"]
            v_bid = data["bid"]
            v_change = data["change"]
            v_epoch = data["epoch"]
            v_quote = data["quote"]
            v_symbol = data["symbol"]
        except KeyError:
            pass
        else:
            if (
                (v_ask.__class__ is str)
                and (v_bid.__class__ is str)
                and (v_change.__class__ is str)
                and (v_epoch.__class__ is int)
                and (v_quote.__class__ is str)
                and (v_symbol.__class__ is str)
            ):
                obj.ask = v_ask
                obj.bid = v_bid
                obj.change = v_change
                obj.epoch = v_epoch
                obj.quote = v_quote
                obj.symbol = v_symbol
                obj.extra_fields = {}
                return obj
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
    if count == 6:
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
