"""Decoders and encoders of the models of the ``p2p_payment_methods`` call (p2p group).

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


_ALLOWED_bank_ewallet_other = frozenset({"bank", "ewallet", "other"})


_ALLOWED_memo_text = frozenset({"memo", "text"})


_ALLOWED_p2p_payment_methods = frozenset({"p2p_payment_methods"})


_KEYS_P2P_PAYMENT_METHODS_REQUEST = frozenset(
    (
        "p2p_payment_methods",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_P2P_PAYMENT_METHODS_RESPONSE = frozenset(
    (
        "p2p_payment_methods",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_P2P_PAYMENT_METHODS_RESPONSE_P2P_PAYMENT_METHODS_VALUE = frozenset(
    (
        "display_name",
        "fields",
        "type",
    )
)


_KEYS_P2P_PAYMENT_METHODS_RESPONSE_P2P_PAYMENT_METHODS_VALUE_FIELDS_VALUE = frozenset(
    (
        "display_name",
        "required",
        "type",
    )
)


def _decode_dict_of_P2pPaymentMethodsResponseP2pPaymentMethodsValue(
    value: Any,
) -> dict[str, m.P2pPaymentMethodsResponseP2pPaymentMethodsValue]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = structure_p2p_payment_methods_response_p2p_payment_methods_value(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_dict_of_P2pPaymentMethodsResponseP2pPaymentMethodsValueFieldsValue(
    value: Any,
) -> dict[str, m.P2pPaymentMethodsResponseP2pPaymentMethodsValueFieldsValue]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = (
                structure_p2p_payment_methods_response_p2p_payment_methods_value_fields_value(item)
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def structure_p2p_payment_methods_request(data: Any) -> m.P2pPaymentMethodsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pPaymentMethodsRequest)
    count = len(data)
    if count == 4:
        try:
            v_p2p_payment_methods = data["p2p_payment_methods"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_p2p_payment_methods.__class__ is _INT and v_p2p_payment_methods in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.p2p_payment_methods = v_p2p_payment_methods
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["p2p_payment_methods"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_payment_methods",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_payment_methods = value
    else:
        raise _not_one_of("1", value).at("p2p_payment_methods")
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
        unknown = sorted(key for key in data if key not in _KEYS_P2P_PAYMENT_METHODS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_payment_methods_request(obj: m.P2pPaymentMethodsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"p2p_payment_methods": obj.p2p_payment_methods}
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


def structure_p2p_payment_methods_response(data: Any) -> m.P2pPaymentMethodsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pPaymentMethodsResponse)
    count = len(data)
    if count == 4:
        try:
            v_p2p_payment_methods = data["p2p_payment_methods"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_p2p_payment_methods)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.p2p_payment_methods = (
                        _decode_dict_of_P2pPaymentMethodsResponseP2pPaymentMethodsValue(
                            v_p2p_payment_methods
                        )
                    )
                except DecodeError as error:
                    raise error.at("p2p_payment_methods") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "p2p_payment_methods" not in data:
        obj.p2p_payment_methods = None
        count += 1
    else:
        value = data["p2p_payment_methods"]
        try:
            obj.p2p_payment_methods = (
                _decode_dict_of_P2pPaymentMethodsResponseP2pPaymentMethodsValue(value)
            )
        except DecodeError as error:
            raise error.at("p2p_payment_methods") from None
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
    if value.__class__ is _STR and value in _ALLOWED_p2p_payment_methods:
        obj.msg_type = value
    else:
        raise _not_one_of("'p2p_payment_methods'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_P2P_PAYMENT_METHODS_RESPONSE
        }
    return obj


def unstructure_p2p_payment_methods_response(obj: m.P2pPaymentMethodsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.p2p_payment_methods
    if value is not None:
        data["p2p_payment_methods"] = {
            k: unstructure_p2p_payment_methods_response_p2p_payment_methods_value(item)
            for k, item in value.items()
        }
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_payment_methods_response_p2p_payment_methods_value(
    data: Any,
) -> m.P2pPaymentMethodsResponseP2pPaymentMethodsValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pPaymentMethodsResponseP2pPaymentMethodsValue)
    count = len(data)
    if count == 3:
        try:
            v_display_name = data["display_name"]
            v_fields = data["fields"]
            v_type = data["type"]
        except KeyError:
            pass
        else:
            if (v_display_name.__class__ is str) and (
                v_type.__class__ is _STR and v_type in _ALLOWED_bank_ewallet_other
            ):
                obj.display_name = v_display_name
                try:
                    obj.fields = (
                        _decode_dict_of_P2pPaymentMethodsResponseP2pPaymentMethodsValueFieldsValue(
                            v_fields
                        )
                    )
                except DecodeError as error:
                    raise error.at("fields") from None
                obj.type = v_type
                obj.extra_fields = {}
                return obj
    try:
        value = data["display_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("display_name",)) from None
    if value.__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    try:
        value = data["fields"]
    except KeyError:
        raise DecodeError("required field is missing", ("fields",)) from None
    try:
        obj.fields = _decode_dict_of_P2pPaymentMethodsResponseP2pPaymentMethodsValueFieldsValue(
            value
        )
    except DecodeError as error:
        raise error.at("fields") from None
    try:
        value = data["type"]
    except KeyError:
        raise DecodeError("required field is missing", ("type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_bank_ewallet_other:
        obj.type = value
    else:
        raise _not_one_of("'bank', 'ewallet', 'other'", value).at("type")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_PAYMENT_METHODS_RESPONSE_P2P_PAYMENT_METHODS_VALUE
        }
    return obj


def unstructure_p2p_payment_methods_response_p2p_payment_methods_value(
    obj: m.P2pPaymentMethodsResponseP2pPaymentMethodsValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "display_name": obj.display_name,
        "fields": {
            k: unstructure_p2p_payment_methods_response_p2p_payment_methods_value_fields_value(item)
            for k, item in obj.fields.items()
        },
        "type": obj.type,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_payment_methods_response_p2p_payment_methods_value_fields_value(
    data: Any,
) -> m.P2pPaymentMethodsResponseP2pPaymentMethodsValueFieldsValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pPaymentMethodsResponseP2pPaymentMethodsValueFieldsValue)
    count = len(data)
    if count == 3:
        try:
            v_display_name = data["display_name"]
            v_required = data["required"]
            v_type = data["type"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_required.__class__ is int)
                and (v_type.__class__ is _STR and v_type in _ALLOWED_memo_text)
            ):
                obj.display_name = v_display_name
                obj.required = v_required
                obj.type = v_type
                obj.extra_fields = {}
                return obj
    try:
        value = data["display_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("display_name",)) from None
    if value.__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    try:
        value = data["required"]
    except KeyError:
        raise DecodeError("required field is missing", ("required",)) from None
    if value.__class__ is int:
        obj.required = value
    else:
        raise _expected("an integer", value).at("required")
    try:
        value = data["type"]
    except KeyError:
        raise DecodeError("required field is missing", ("type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_memo_text:
        obj.type = value
    else:
        raise _not_one_of("'text', 'memo'", value).at("type")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_PAYMENT_METHODS_RESPONSE_P2P_PAYMENT_METHODS_VALUE_FIELDS_VALUE
        }
    return obj


def unstructure_p2p_payment_methods_response_p2p_payment_methods_value_fields_value(
    obj: m.P2pPaymentMethodsResponseP2pPaymentMethodsValueFieldsValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "display_name": obj.display_name,
        "required": obj.required,
        "type": obj.type,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.P2pPaymentMethodsRequest: structure_p2p_payment_methods_request,
    m.P2pPaymentMethodsResponse: structure_p2p_payment_methods_response,
    m.P2pPaymentMethodsResponseP2pPaymentMethodsValue: structure_p2p_payment_methods_response_p2p_payment_methods_value,
    m.P2pPaymentMethodsResponseP2pPaymentMethodsValueFieldsValue: structure_p2p_payment_methods_response_p2p_payment_methods_value_fields_value,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.P2pPaymentMethodsRequest: unstructure_p2p_payment_methods_request,
    m.P2pPaymentMethodsResponse: unstructure_p2p_payment_methods_response,
    m.P2pPaymentMethodsResponseP2pPaymentMethodsValue: unstructure_p2p_payment_methods_response_p2p_payment_methods_value,
    m.P2pPaymentMethodsResponseP2pPaymentMethodsValueFieldsValue: unstructure_p2p_payment_methods_response_p2p_payment_methods_value_fields_value,
}
