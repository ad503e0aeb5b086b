"""Decoders and encoders of the models of the ``p2p_order_confirm`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
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
    if count == 7:
        try:
            v_p2p_order_confirm = data["p2p_order_confirm"]
            v_dry_run = data["dry_run"]
            v_id = data["id"]
            v_verification_code = data["verification_code"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_p2p_order_confirm.__class__ is _INT and v_p2p_order_confirm in _ALLOWED_1)
                and (v_dry_run.__class__ is _INT and v_dry_run in _ALLOWED_0_1)
                and (v_id.__class__ is str)
                and (v_verification_code.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.p2p_order_confirm = v_p2p_order_confirm
                obj.dry_run = v_dry_run
                obj.id = v_id
                obj.verification_code = v_verification_code
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["p2p_order_confirm"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_order_confirm",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_order_confirm = value
    else:
        raise _not_one_of("1", value).at("p2p_order_confirm")
    if "dry_run" not in data:
        obj.dry_run = None
        count += 1
    elif (value := data["dry_run"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.dry_run = value
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
    if "verification_code" not in data:
        obj.verification_code = None
        count += 1
    elif (value := data["verification_code"]).__class__ is str:
        obj.verification_code = value
    else:
        raise _expected("a string", value).at("verification_code")
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
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
    if count == 4:
        try:
            v_p2p_order_confirm = data["p2p_order_confirm"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_p2p_order_confirm)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.p2p_order_confirm = structure_p2p_order_confirm_response_p2p_order_confirm(
                        v_p2p_order_confirm
                    )
                except DecodeError as error:
                    raise error.at("p2p_order_confirm") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "p2p_order_confirm" not in data:
        obj.p2p_order_confirm = None
        count += 1
    else:
        value = data["p2p_order_confirm"]
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
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
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
    if count == 3:
        try:
            v_dry_run = data["dry_run"]
            v_id = data["id"]
            v_status = data["status"]
        except KeyError:
            pass
        else:
            if (
                (v_dry_run.__class__ is _INT and v_dry_run in _ALLOWED_1)
                and (v_id.__class__ is str)
                and (v_status.__class__ is _STR and v_status in _ALLOWED_buyer_confirmed_completed)
            ):
                obj.dry_run = v_dry_run
                obj.id = v_id
                obj.status = v_status
                obj.extra_fields = {}
                return obj
    if "dry_run" not in data:
        obj.dry_run = None
        count += 1
    elif (value := data["dry_run"]).__class__ is _INT and value in _ALLOWED_1:
        obj.dry_run = value
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
    if "status" not in data:
        obj.status = None
        count += 1
    elif (
        value := data["status"]
    ).__class__ is _STR and value in _ALLOWED_buyer_confirmed_completed:
        obj.status = value
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
