"""Decoders and encoders of the models of the ``topup_virtual`` call (account group).

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
    if count == 4:
        try:
            v_topup_virtual = data["topup_virtual"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_topup_virtual.__class__ is _INT and v_topup_virtual in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.topup_virtual = v_topup_virtual
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["topup_virtual"]
    except KeyError:
        raise DecodeError("required field is missing", ("topup_virtual",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.topup_virtual = value
    else:
        raise _not_one_of("1", value).at("topup_virtual")
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
    if count == 4:
        try:
            v_topup_virtual = data["topup_virtual"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_topup_virtual)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.topup_virtual = structure_topup_virtual_response_topup_virtual(
                        v_topup_virtual
                    )
                except DecodeError as error:
                    raise error.at("topup_virtual") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "topup_virtual" not in data:
        obj.topup_virtual = None
        count += 1
    else:
        value = data["topup_virtual"]
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
    if count == 2:
        try:
            v_amount = data["amount"]
            v_currency = data["currency"]
        except KeyError:
            pass
        else:
            if ((kind := v_amount.__class__) is float or kind is int) and (
                v_currency.__class__ is str
            ):
                obj.amount = v_amount
                obj.currency = v_currency
                obj.extra_fields = {}
                return obj
    if "amount" not in data:
        obj.amount = None
        count += 1
    elif (kind := (value := data["amount"]).__class__) is float or kind is int:
        obj.amount = value
    else:
        raise _expected("a number", value).at("amount")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
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
