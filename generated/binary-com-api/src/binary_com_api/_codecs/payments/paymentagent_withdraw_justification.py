"""Decoders and encoders of the models of the ``paymentagent_withdraw_justification`` call (payments group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_paymentagent_withdraw_justification = frozenset({"paymentagent_withdraw_justification"})


_KEYS_PAYMENTAGENT_WITHDRAW_JUSTIFICATION_REQUEST = frozenset(
    (
        "paymentagent_withdraw_justification",
        "message",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PAYMENTAGENT_WITHDRAW_JUSTIFICATION_RESPONSE = frozenset(
    (
        "paymentagent_withdraw_justification",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_paymentagent_withdraw_justification_request(
    data: Any,
) -> m.PaymentagentWithdrawJustificationRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentWithdrawJustificationRequest)
    count = len(data)
    if count == 5:
        try:
            v_paymentagent_withdraw_justification = data["paymentagent_withdraw_justification"]
            v_message = data["message"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_paymentagent_withdraw_justification.__class__ is _INT
                    and v_paymentagent_withdraw_justification in _ALLOWED_1
                )
                and (v_message.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.paymentagent_withdraw_justification = v_paymentagent_withdraw_justification
                obj.message = v_message
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["paymentagent_withdraw_justification"]
    except KeyError:
        raise DecodeError(
            "required field is missing", ("paymentagent_withdraw_justification",)
        ) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.paymentagent_withdraw_justification = value
    else:
        raise _not_one_of("1", value).at("paymentagent_withdraw_justification")
    if "message" not in data:
        obj.message = None
        count += 1
    elif (value := data["message"]).__class__ is str:
        obj.message = value
    else:
        raise _expected("a string", value).at("message")
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
    if count != 5:
        unknown = sorted(
            key for key in data if key not in _KEYS_PAYMENTAGENT_WITHDRAW_JUSTIFICATION_REQUEST
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_paymentagent_withdraw_justification_request(
    obj: m.PaymentagentWithdrawJustificationRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "paymentagent_withdraw_justification": obj.paymentagent_withdraw_justification
    }
    value: Any
    value = obj.message
    if value is not None:
        data["message"] = value
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


def structure_paymentagent_withdraw_justification_response(
    data: Any,
) -> m.PaymentagentWithdrawJustificationResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentWithdrawJustificationResponse)
    count = len(data)
    if count == 4:
        try:
            v_paymentagent_withdraw_justification = data["paymentagent_withdraw_justification"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_paymentagent_withdraw_justification.__class__ is int)
                and (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR
                    and v_msg_type in _ALLOWED_paymentagent_withdraw_justification
                )
                and (v_req_id.__class__ is int)
            ):
                obj.paymentagent_withdraw_justification = v_paymentagent_withdraw_justification
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "paymentagent_withdraw_justification" not in data:
        obj.paymentagent_withdraw_justification = None
        count += 1
    elif (value := data["paymentagent_withdraw_justification"]).__class__ is int:
        obj.paymentagent_withdraw_justification = value
    else:
        raise _expected("an integer", value).at("paymentagent_withdraw_justification")
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
    if value.__class__ is _STR and value in _ALLOWED_paymentagent_withdraw_justification:
        obj.msg_type = value
    else:
        raise _not_one_of("'paymentagent_withdraw_justification'", value).at("msg_type")
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
            k: v
            for k, v in data.items()
            if k not in _KEYS_PAYMENTAGENT_WITHDRAW_JUSTIFICATION_RESPONSE
        }
    return obj


def unstructure_paymentagent_withdraw_justification_response(
    obj: m.PaymentagentWithdrawJustificationResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.paymentagent_withdraw_justification
    if value is not None:
        data["paymentagent_withdraw_justification"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.PaymentagentWithdrawJustificationRequest: structure_paymentagent_withdraw_justification_request,
    m.PaymentagentWithdrawJustificationResponse: structure_paymentagent_withdraw_justification_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.PaymentagentWithdrawJustificationRequest: unstructure_paymentagent_withdraw_justification_request,
    m.PaymentagentWithdrawJustificationResponse: unstructure_paymentagent_withdraw_justification_response,
}
