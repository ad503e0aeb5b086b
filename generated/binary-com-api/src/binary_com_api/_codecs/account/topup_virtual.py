"""Decoders and encoders of the models of the ``topup_virtual`` call (account group).

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


_ALLOWED_topup_virtual = frozenset({"topup_virtual"})


_KEYS_TOPUP_VIRTUAL_REQUEST = frozenset(
    (
        "topup_virtual",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_TOPUP_VIRTUAL_RESPONSE = frozenset(
    (
        "topup_virtual",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_TOPUP_VIRTUAL_RESPONSE_TOPUP_VIRTUAL = frozenset(
    (
        "amount",
        "currency",
    )
)


def structure_topup_virtual_request(data: Any) -> m.TopupVirtualRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TopupVirtualRequest)
    count = len(data)
    try:
        value = data["topup_virtual"]
    except KeyError:
        raise DecodeError("required field is missing", ("topup_virtual",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.topup_virtual = value
    else:
        raise _not_one_of("1", value).at("topup_virtual")
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
        unknown = sorted(key for key in data if key not in _KEYS_TOPUP_VIRTUAL_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_topup_virtual_request(obj: m.TopupVirtualRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"topup_virtual": obj.topup_virtual}
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


def structure_topup_virtual_response(data: Any) -> m.TopupVirtualResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TopupVirtualResponse)
    count = len(data)
    value = data.get("topup_virtual", _MISSING)
    if value is _MISSING:
        obj.topup_virtual = None
        count += 1
    else:
        try:
            obj.topup_virtual = structure_topup_virtual_response_topup_virtual(value)
        except DecodeError as error:
            raise error.at("topup_virtual") from None
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
    if value.__class__ is _STR and value in _ALLOWED_topup_virtual:
        obj.msg_type = value
    else:
        raise _not_one_of("'topup_virtual'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TOPUP_VIRTUAL_RESPONSE}
    return obj


def unstructure_topup_virtual_response(obj: m.TopupVirtualResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.topup_virtual
    if value is not None:
        data["topup_virtual"] = unstructure_topup_virtual_response_topup_virtual(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_topup_virtual_response_topup_virtual(data: Any) -> m.TopupVirtualResponseTopupVirtual:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TopupVirtualResponseTopupVirtual)
    count = len(data)
    value = data.get("amount", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.amount = value
    elif value is _MISSING:
        obj.amount = None
        count += 1
    else:
        raise _expected("a number", value).at("amount")
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_TOPUP_VIRTUAL_RESPONSE_TOPUP_VIRTUAL
        }
    return obj


def unstructure_topup_virtual_response_topup_virtual(
    obj: m.TopupVirtualResponseTopupVirtual,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.amount
    if value is not None:
        data["amount"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.TopupVirtualRequest: structure_topup_virtual_request,
    m.TopupVirtualResponse: structure_topup_virtual_response,
    m.TopupVirtualResponseTopupVirtual: structure_topup_virtual_response_topup_virtual,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.TopupVirtualRequest: unstructure_topup_virtual_request,
    m.TopupVirtualResponse: unstructure_topup_virtual_response,
    m.TopupVirtualResponseTopupVirtual: unstructure_topup_virtual_response_topup_virtual,
}
