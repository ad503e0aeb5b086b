"""Decoders and encoders of the models of the calls of the general group.

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import models as m
from .._codec import _decimal, _decimal_text, _expected, _new
from ..errors import DecodeError

_KEYS_SERVER_TIME = frozenset(
    (
        "iso",
        "epoch",
    )
)


def structure_server_time(data: Any) -> m.ServerTime:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ServerTime)
    count = len(data)
    if count == 2:
        try:
            v_iso = data["iso"]
            v_epoch = data["epoch"]
        except KeyError:
            pass
        else:
            if v_iso.__class__ is str:
                obj.iso = v_iso
                try:
                    obj.epoch = _decimal(v_epoch)
                except DecodeError as error:
                    raise error.at("epoch") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["iso"]
    except KeyError:
        raise DecodeError("required field is missing", ("iso",)) from None
    if value.__class__ is str:
        obj.iso = value
    else:
        raise _expected("a string", value).at("iso")
    try:
        value = data["epoch"]
    except KeyError:
        raise DecodeError("required field is missing", ("epoch",)) from None
    try:
        obj.epoch = _decimal(value)
    except DecodeError as error:
        raise error.at("epoch") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_SERVER_TIME}
    return obj


def unstructure_server_time(obj: m.ServerTime) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"iso": obj.iso, "epoch": _decimal_text(obj.epoch)}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ServerTime: structure_server_time,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ServerTime: unstructure_server_time,
}
