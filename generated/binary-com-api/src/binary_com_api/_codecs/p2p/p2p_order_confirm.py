"""Decoders and encoders of the models of the ``p2p_order_confirm`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_buyer_confirmed_completed = frozenset({"buyer-confirmed", "completed"})


_ALLOWED_p2p_order_confirm = frozenset({"p2p_order_confirm"})


_KEYS_P2P_ORDER_CONFIRM_REQUEST = frozenset(
    (
        "p2p_order_confirm",
        "dry_run",
        "id",
        "verification_code",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_P2P_ORDER_CONFIRM_RESPONSE = frozenset(
    (
        "p2p_order_confirm",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_P2P_ORDER_CONFIRM_RESPONSE_P2P_ORDER_CONFIRM = frozenset(
    (
        "dry_run",
        "id",
        "status",
    )
)


def structure_p2p_order_confirm_request(data: Any) -> m.P2pOrderConfirmRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderConfirmRequest)
    count = len(data)
    try:
        value = data["p2p_order_confirm"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_order_confirm",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_order_confirm = value
    else:
        raise _not_one_of("1", value).at("p2p_order_confirm")
    value = data.get("dry_run", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.dry_run = value
    elif value is _MISSING:
        obj.dry_run = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("dry_run")
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    value = data.get("verification_code", _MISSING)
    if value.__class__ is str:
        obj.verification_code = value
    elif value is _MISSING:
        obj.verification_code = None
        count += 1
    else:
        raise _expected("a string", value).at("verification_code")
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
    if count != 7:
        unknown = sorted(key for key in data if key not in _KEYS_P2P_ORDER_CONFIRM_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_order_confirm_request(obj: m.P2pOrderConfirmRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"p2p_order_confirm": obj.p2p_order_confirm, "id": obj.id}
    value: Any
    value = obj.dry_run
    if value is not None:
        data["dry_run"] = value
    value = obj.verification_code
    if value is not None:
        data["verification_code"] = value
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


def structure_p2p_order_confirm_response(data: Any) -> m.P2pOrderConfirmResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderConfirmResponse)
    count = len(data)
    value = data.get("p2p_order_confirm", _MISSING)
    if value is _MISSING:
        obj.p2p_order_confirm = None
        count += 1
    else:
        try:
            obj.p2p_order_confirm = structure_p2p_order_confirm_response_p2p_order_confirm(value)
        except DecodeError as error:
            raise error.at("p2p_order_confirm") from None
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
    if value.__class__ is _STR and value in _ALLOWED_p2p_order_confirm:
        obj.msg_type = value
    else:
        raise _not_one_of("'p2p_order_confirm'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_P2P_ORDER_CONFIRM_RESPONSE
        }
    return obj


def unstructure_p2p_order_confirm_response(obj: m.P2pOrderConfirmResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.p2p_order_confirm
    if value is not None:
        data["p2p_order_confirm"] = unstructure_p2p_order_confirm_response_p2p_order_confirm(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_order_confirm_response_p2p_order_confirm(
    data: Any,
) -> m.P2pOrderConfirmResponseP2pOrderConfirm:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderConfirmResponseP2pOrderConfirm)
    count = len(data)
    value = data.get("dry_run", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.dry_run = value
    elif value is _MISSING:
        obj.dry_run = None
        count += 1
    else:
        raise _not_one_of("1", value).at("dry_run")
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    value = data.get("status", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_buyer_confirmed_completed:
        obj.status = value
    elif value is _MISSING:
        obj.status = None
        count += 1
    else:
        raise _not_one_of("'buyer-confirmed', 'completed'", value).at("status")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ORDER_CONFIRM_RESPONSE_P2P_ORDER_CONFIRM
        }
    return obj


def unstructure_p2p_order_confirm_response_p2p_order_confirm(
    obj: m.P2pOrderConfirmResponseP2pOrderConfirm,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    value: Any
    value = obj.dry_run
    if value is not None:
        data["dry_run"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.P2pOrderConfirmRequest: structure_p2p_order_confirm_request,
    m.P2pOrderConfirmResponse: structure_p2p_order_confirm_response,
    m.P2pOrderConfirmResponseP2pOrderConfirm: structure_p2p_order_confirm_response_p2p_order_confirm,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.P2pOrderConfirmRequest: unstructure_p2p_order_confirm_request,
    m.P2pOrderConfirmResponse: unstructure_p2p_order_confirm_response,
    m.P2pOrderConfirmResponseP2pOrderConfirm: unstructure_p2p_order_confirm_response_p2p_order_confirm,
}
