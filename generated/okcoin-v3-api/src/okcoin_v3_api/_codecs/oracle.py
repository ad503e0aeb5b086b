"""Decoders and encoders of the models of the calls of the oracle group.

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import models as m
from .._codec import _expected, _new
from ..errors import DecodeError

_KEYS_ORACLE_PAYLOAD = frozenset(
    (
        "messages",
        "signatures",
        "prices",
        "timestamp",
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


def structure_oracle_payload(data: Any) -> m.OraclePayload:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.OraclePayload)
    count = len(data)
    if count == 4:
        try:
            v_messages = data["messages"]
            v_signatures = data["signatures"]
            v_prices = data["prices"]
            v_timestamp = data["timestamp"]
        except KeyError:
            pass
        else:
            if (v_prices.__class__ is dict) and (v_timestamp.__class__ is str):
                try:
                    obj.messages = _decode_list_of_str(v_messages)
                except DecodeError as error:
                    raise error.at("messages") from None
                try:
                    obj.signatures = _decode_list_of_str(v_signatures)
                except DecodeError as error:
                    raise error.at("signatures") from None
                obj.prices = v_prices
                obj.timestamp = v_timestamp
                obj.extra_fields = {}
                return obj
    if "messages" not in data:
        obj.messages = None
        count += 1
    else:
        value = data["messages"]
        try:
            obj.messages = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("messages") from None
    if "signatures" not in data:
        obj.signatures = None
        count += 1
    else:
        value = data["signatures"]
        try:
            obj.signatures = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("signatures") from None
    if "prices" not in data:
        obj.prices = None
        count += 1
    elif (value := data["prices"]).__class__ is dict:
        obj.prices = value
    else:
        raise _expected("an object", value).at("prices")
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ORACLE_PAYLOAD}
    return obj


def unstructure_oracle_payload(obj: m.OraclePayload) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.messages
    if value is not None:
        data["messages"] = value
    value = obj.signatures
    if value is not None:
        data["signatures"] = value
    value = obj.prices
    if value is not None:
        data["prices"] = value
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.OraclePayload: structure_oracle_payload,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.OraclePayload: unstructure_oracle_payload,
}
