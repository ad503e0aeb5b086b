"""Decoders and encoders of the models of the ``amend_orders`` call (spot group).

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import (
    _STR,
    _decimal,
    _decimal_text,
    _expected,
    _locate_item_error,
    _new,
    _not_one_of,
)
from ..._codecs.shared import structure_order_result
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({"0", "1"})


_KEYS_AMEND_ORDER_REQUEST = frozenset(
    (
        "instrument_id",
        "order_id",
        "client_oid",
        "new_size",
        "new_price",
        "cancel_on_fail",
        "request_id",
    )
)


def _decode_dict_of_list_of_OrderResult(value: Any) -> dict[str, list[m.OrderResult]]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_list_of_OrderResult(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_list_of_OrderResult(value: Any) -> list[m.OrderResult]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_order_result(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_order_result) from None


def structure_amend_order_request(data: Any) -> m.AmendOrderRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AmendOrderRequest)
    count = len(data)
    if count == 7:
        try:
            v_instrument_id = data["instrument_id"]
            v_order_id = data["order_id"]
            v_client_oid = data["client_oid"]
            v_new_size = data["new_size"]
            v_new_price = data["new_price"]
            v_cancel_on_fail = data["cancel_on_fail"]
            v_request_id = data["request_id"]
        except KeyError:
            pass
        else:
            if (
                (v_instrument_id.__class__ is str)
                and (v_order_id.__class__ is str)
                and (v_client_oid.__class__ is str)
                and (v_cancel_on_fail.__class__ is _STR and v_cancel_on_fail in _ALLOWED_0_1)
                and (v_request_id.__class__ is str)
            ):
                obj.instrument_id = v_instrument_id
                obj.order_id = v_order_id
                obj.client_oid = v_client_oid
                try:
                    obj.new_size = _decimal(v_new_size)
                except DecodeError as error:
                    raise error.at("new_size") from None
                try:
                    obj.new_price = _decimal(v_new_price)
                except DecodeError as error:
                    raise error.at("new_price") from None
                obj.cancel_on_fail = v_cancel_on_fail
                obj.request_id = v_request_id
                return obj
    try:
        value = data["instrument_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("instrument_id",)) from None
    if value.__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "order_id" not in data:
        obj.order_id = None
        count += 1
    elif (value := data["order_id"]).__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
    if "client_oid" not in data:
        obj.client_oid = None
        count += 1
    elif (value := data["client_oid"]).__class__ is str:
        obj.client_oid = value
    else:
        raise _expected("a string", value).at("client_oid")
    if "new_size" not in data:
        obj.new_size = None
        count += 1
    else:
        value = data["new_size"]
        try:
            obj.new_size = _decimal(value)
        except DecodeError as error:
            raise error.at("new_size") from None
    if "new_price" not in data:
        obj.new_price = None
        count += 1
    else:
        value = data["new_price"]
        try:
            obj.new_price = _decimal(value)
        except DecodeError as error:
            raise error.at("new_price") from None
    if "cancel_on_fail" not in data:
        obj.cancel_on_fail = None
        count += 1
    elif (value := data["cancel_on_fail"]).__class__ is _STR and value in _ALLOWED_0_1:
        obj.cancel_on_fail = value
    else:
        raise _not_one_of("'0', '1'", value).at("cancel_on_fail")
    if "request_id" not in data:
        obj.request_id = None
        count += 1
    elif (value := data["request_id"]).__class__ is str:
        obj.request_id = value
    else:
        raise _expected("a string", value).at("request_id")
    if count != 7:
        unknown = sorted(key for key in data if key not in _KEYS_AMEND_ORDER_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_amend_order_request(obj: m.AmendOrderRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"instrument_id": obj.instrument_id}
    value: Any
    value = obj.order_id
    if value is not None:
        data["order_id"] = value
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
    value = obj.new_size
    if value is not None:
        data["new_size"] = _decimal_text(value)
    value = obj.new_price
    if value is not None:
        data["new_price"] = _decimal_text(value)
    value = obj.cancel_on_fail
    if value is not None:
        data["cancel_on_fail"] = value
    value = obj.request_id
    if value is not None:
        data["request_id"] = value
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.AmendOrderRequest: structure_amend_order_request,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.AmendOrderRequest: unstructure_amend_order_request,
}
