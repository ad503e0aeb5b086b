"""Decoders and encoders of the models of the ``tnc_approval`` call (account group).

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


_ALLOWED_tnc_approval = frozenset({"tnc_approval"})


_KEYS_TNC_APPROVAL_REQUEST = frozenset(
    (
        "tnc_approval",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_TNC_APPROVAL_RESPONSE = frozenset(
    (
        "tnc_approval",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_tnc_approval_request(data: Any) -> m.TncApprovalRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TncApprovalRequest)
    count = len(data)
    if count == 4:
        try:
            v_tnc_approval = data["tnc_approval"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_tnc_approval.__class__ is _INT and v_tnc_approval in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.tnc_approval = v_tnc_approval
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["tnc_approval"]
    except KeyError:
        raise DecodeError("required field is missing", ("tnc_approval",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.tnc_approval = value
    else:
        raise _not_one_of("1", value).at("tnc_approval")
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
    if count != 4:
        unknown = sorted(key for key in data if key not in _KEYS_TNC_APPROVAL_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_tnc_approval_request(obj: m.TncApprovalRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"tnc_approval": obj.tnc_approval}
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


def structure_tnc_approval_response(data: Any) -> m.TncApprovalResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TncApprovalResponse)
    count = len(data)
    if count == 4:
        try:
            v_tnc_approval = data["tnc_approval"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_tnc_approval.__class__ is _INT and v_tnc_approval in _ALLOWED_1)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_tnc_approval)
                and (v_req_id.__class__ is int)
            ):
                obj.tnc_approval = v_tnc_approval
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "tnc_approval" not in data:
        obj.tnc_approval = None
        count += 1
    elif (value := data["tnc_approval"]).__class__ is _INT and value in _ALLOWED_1:
        obj.tnc_approval = value
    else:
        raise _not_one_of("1", value).at("tnc_approval")
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
    if value.__class__ is _STR and value in _ALLOWED_tnc_approval:
        obj.msg_type = value
    else:
        raise _not_one_of("'tnc_approval'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TNC_APPROVAL_RESPONSE}
    return obj


def unstructure_tnc_approval_response(obj: m.TncApprovalResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.tnc_approval
    if value is not None:
        data["tnc_approval"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.TncApprovalRequest: structure_tnc_approval_request,
    m.TncApprovalResponse: structure_tnc_approval_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.TncApprovalRequest: unstructure_tnc_approval_request,
    m.TncApprovalResponse: unstructure_tnc_approval_response,
}
