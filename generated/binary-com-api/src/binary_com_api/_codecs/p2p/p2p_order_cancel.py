"""Decoders and encoders of the models of the ``p2p_order_cancel`` call (p2p group).

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


_ALLOWED_cancelled = frozenset({"cancelled"})


_ALLOWED_p2p_order_cancel = frozenset({"p2p_order_cancel"})


_KEYS_P2P_ORDER_CANCEL_REQUEST = frozenset(
    (
        "p2p_order_cancel",
        "id",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_P2P_ORDER_CANCEL_RESPONSE = frozenset(
    (
        "p2p_order_cancel",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_P2P_ORDER_CANCEL_RESPONSE_P2P_ORDER_CANCEL = frozenset(
    (
        "id",
        "status",
    )
)


def structure_p2p_order_cancel_request(data: Any) -> m.P2pOrderCancelRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderCancelRequest)
    count = len(data)
    try:
        value = data["p2p_order_cancel"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_order_cancel",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_order_cancel = value
    else:
        raise _not_one_of("1", value).at("p2p_order_cancel")
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
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
    if count != 5:
        unknown = sorted(key for key in data if key not in _KEYS_P2P_ORDER_CANCEL_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_order_cancel_request(obj: m.P2pOrderCancelRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"p2p_order_cancel": obj.p2p_order_cancel, "id": obj.id}
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


def structure_p2p_order_cancel_response(data: Any) -> m.P2pOrderCancelResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderCancelResponse)
    count = len(data)
    value = data.get("p2p_order_cancel", _MISSING)
    if value is _MISSING:
        obj.p2p_order_cancel = None
        count += 1
    else:
        try:
            obj.p2p_order_cancel = structure_p2p_order_cancel_response_p2p_order_cancel(value)
        except DecodeError as error:
            raise error.at("p2p_order_cancel") from None
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
    if value.__class__ is _STR and value in _ALLOWED_p2p_order_cancel:
        obj.msg_type = value
    else:
        raise _not_one_of("'p2p_order_cancel'", value).at("msg_type")
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
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_P2P_ORDER_CANCEL_RESPONSE
        }
    return obj


def unstructure_p2p_order_cancel_response(obj: m.P2pOrderCancelResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.p2p_order_cancel
    if value is not None:
        data["p2p_order_cancel"] = unstructure_p2p_order_cancel_response_p2p_order_cancel(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_order_cancel_response_p2p_order_cancel(
    data: Any,
) -> m.P2pOrderCancelResponseP2pOrderCancel:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderCancelResponseP2pOrderCancel)
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    try:
        value = data["status"]
    except KeyError:
        raise DecodeError("required field is missing", ("status",)) from None
    if value.__class__ is _STR and value in _ALLOWED_cancelled:
        obj.status = value
    else:
        raise _not_one_of("'cancelled'", value).at("status")
    if len(data) == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ORDER_CANCEL_RESPONSE_P2P_ORDER_CANCEL
        }
    return obj


def unstructure_p2p_order_cancel_response_p2p_order_cancel(
    obj: m.P2pOrderCancelResponseP2pOrderCancel,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id, "status": obj.status}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.P2pOrderCancelRequest: structure_p2p_order_cancel_request,
    m.P2pOrderCancelResponse: structure_p2p_order_cancel_response,
    m.P2pOrderCancelResponseP2pOrderCancel: structure_p2p_order_cancel_response_p2p_order_cancel,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.P2pOrderCancelRequest: unstructure_p2p_order_cancel_request,
    m.P2pOrderCancelResponse: unstructure_p2p_order_cancel_response,
    m.P2pOrderCancelResponseP2pOrderCancel: unstructure_p2p_order_cancel_response_p2p_order_cancel,
}
