"""Decoders and encoders of the models of the ``cancel`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_cancel = frozenset({"cancel"})


_KEYS_CANCEL_REQUEST = frozenset(
    (
        "cancel",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_CANCEL_RESPONSE = frozenset(
    (
        "cancel",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_CANCEL_RESPONSE_CANCEL = frozenset(
    (
        "balance_after",
        "contract_id",
        "reference_id",
        "sold_for",
        "transaction_id",
    )
)


def structure_cancel_request(data: Any) -> m.CancelRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CancelRequest)
    count = len(data)
    if count == 4:
        try:
            v_cancel = data["cancel"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_cancel.__class__ is int)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.cancel = v_cancel
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["cancel"]
    except KeyError:
        raise DecodeError("required field is missing", ("cancel",)) from None
    if value.__class__ is int:
        obj.cancel = value
    else:
        raise _expected("an integer", value).at("cancel")
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
        unknown = sorted(key for key in data if key not in _KEYS_CANCEL_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_cancel_request(obj: m.CancelRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"cancel": obj.cancel}
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


def structure_cancel_response(data: Any) -> m.CancelResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CancelResponse)
    count = len(data)
    if count == 4:
        try:
            v_cancel = data["cancel"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_cancel)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.cancel = structure_cancel_response_cancel(v_cancel)
                except DecodeError as error:
                    raise error.at("cancel") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "cancel" not in data:
        obj.cancel = None
        count += 1
    else:
        value = data["cancel"]
        try:
            obj.cancel = structure_cancel_response_cancel(value)
        except DecodeError as error:
            raise error.at("cancel") from None
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
    if value.__class__ is _STR and value in _ALLOWED_cancel:
        obj.msg_type = value
    else:
        raise _not_one_of("'cancel'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_CANCEL_RESPONSE}
    return obj


def unstructure_cancel_response(obj: m.CancelResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.cancel
    if value is not None:
        data["cancel"] = unstructure_cancel_response_cancel(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_cancel_response_cancel(data: Any) -> m.CancelResponseCancel:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CancelResponseCancel)
    count = len(data)
    if count == 5:
        try:
            v_balance_after = data["balance_after"]
            v_contract_id = data["contract_id"]
            v_reference_id = data["reference_id"]
            v_sold_for = data["sold_for"]
            v_transaction_id = data["transaction_id"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_balance_after.__class__) is float or kind is int)
                and (v_contract_id.__class__ is int)
                and (v_reference_id.__class__ is int)
                and ((kind := v_sold_for.__class__) is float or kind is int)
                and (v_transaction_id.__class__ is int)
            ):
                obj.balance_after = v_balance_after
                obj.contract_id = v_contract_id
                obj.reference_id = v_reference_id
                obj.sold_for = v_sold_for
                obj.transaction_id = v_transaction_id
                obj.extra_fields = {}
                return obj
    if "balance_after" not in data:
        obj.balance_after = None
        count += 1
    elif (kind := (value := data["balance_after"]).__class__) is float or kind is int:
        obj.balance_after = value
    else:
        raise _expected("a number", value).at("balance_after")
    if "contract_id" not in data:
        obj.contract_id = None
        count += 1
    elif (value := data["contract_id"]).__class__ is int:
        obj.contract_id = value
    else:
        raise _expected("an integer", value).at("contract_id")
    if "reference_id" not in data:
        obj.reference_id = None
        count += 1
    elif (value := data["reference_id"]).__class__ is int:
        obj.reference_id = value
    else:
        raise _expected("an integer", value).at("reference_id")
    if "sold_for" not in data:
        obj.sold_for = None
        count += 1
    elif (kind := (value := data["sold_for"]).__class__) is float or kind is int:
        obj.sold_for = value
    else:
        raise _expected("a number", value).at("sold_for")
    if "transaction_id" not in data:
        obj.transaction_id = None
        count += 1
    elif (value := data["transaction_id"]).__class__ is int:
        obj.transaction_id = value
    else:
        raise _expected("an integer", value).at("transaction_id")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_CANCEL_RESPONSE_CANCEL}
    return obj


def unstructure_cancel_response_cancel(obj: m.CancelResponseCancel) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.balance_after
    if value is not None:
        data["balance_after"] = value
    value = obj.contract_id
    if value is not None:
        data["contract_id"] = value
    value = obj.reference_id
    if value is not None:
        data["reference_id"] = value
    value = obj.sold_for
    if value is not None:
        data["sold_for"] = value
    value = obj.transaction_id
    if value is not None:
        data["transaction_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.CancelRequest: structure_cancel_request,
    m.CancelResponse: structure_cancel_response,
    m.CancelResponseCancel: structure_cancel_response_cancel,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.CancelRequest: unstructure_cancel_request,
    m.CancelResponse: unstructure_cancel_response,
    m.CancelResponseCancel: unstructure_cancel_response_cancel,
}
