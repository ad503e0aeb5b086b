"""Decoders and encoders of the models of the ``p2p_advertiser_payment_methods`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _decode_extras, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_bank_ewallet_other = frozenset({"bank", "ewallet", "other"})


_ALLOWED_memo_text = frozenset({"memo", "text"})


_ALLOWED_p2p_advertiser_payment_methods = frozenset({"p2p_advertiser_payment_methods"})


_KEYS_P2P_ADVERTISER_PAYMENT_METHODS_REQUEST = frozenset(
    (
        "p2p_advertiser_payment_methods",
        "create",
        "delete",
        "update",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_P2P_ADVERTISER_PAYMENT_METHODS_REQUEST_CREATE_ITEM = frozenset(("method",))


_KEYS_P2P_ADVERTISER_PAYMENT_METHODS_RESPONSE = frozenset(
    (
        "p2p_advertiser_payment_methods",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_P2P_ADVERTISER_PAYMENT_METHODS_RESPONSE_P2P_ADVERTISER_PAYMENT_METHODS_VALUE = frozenset(
    (
        "display_name",
        "fields",
        "is_enabled",
        "method",
        "type",
        "used_by_adverts",
        "used_by_orders",
    )
)


_KEYS_P2P_ADVERTISER_PAYMENT_METHODS_RESPONSE_P2P_ADVERTISER_PAYMENT_METHODS_VALUE_FIELDS_VALUE = (
    frozenset(
        (
            "display_name",
            "required",
            "type",
            "value",
        )
    )
)


def _decode_dict_of_P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValue(
    value: Any,
) -> dict[str, m.P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValue]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = (
                structure_p2p_advertiser_payment_methods_response_p2p_advertiser_payment_methods_value(
                    item
                )
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_dict_of_P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValueFieldsValue(
    value: Any,
) -> dict[str, m.P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValueFieldsValue]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = (
                structure_p2p_advertiser_payment_methods_response_p2p_advertiser_payment_methods_value_fields_value(
                    item
                )
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_dict_of_dict_of_str(value: Any) -> dict[str, dict[str, str]]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_dict_of_str(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_dict_of_str(value: Any) -> dict[str, str]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_str(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_list_of_P2pAdvertiserPaymentMethodsRequestCreateItem(
    value: Any,
) -> list[m.P2pAdvertiserPaymentMethodsRequestCreateItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_p2p_advertiser_payment_methods_request_create_item(item) for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_p2p_advertiser_payment_methods_request_create_item
        ) from None


def _decode_list_of_float(value: Any) -> list[float]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not float and item.__class__ is not int:
                raise _expected("a number", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[float] = value
    return result


def _decode_list_of_str(value: Any) -> list[str]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not str:
                raise _expected("a string", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[str] = value
    return result


def _decode_str(value: Any) -> str:
    if value.__class__ is not str:
        raise _expected("a string", value)
    result: str = value
    return result


def structure_p2p_advertiser_payment_methods_request(
    data: Any,
) -> m.P2pAdvertiserPaymentMethodsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserPaymentMethodsRequest)
    count = len(data)
    if count == 7:
        try:
            v_p2p_advertiser_payment_methods = data["p2p_advertiser_payment_methods"]
            v_create = data["create"]
            v_delete = data["delete"]
            v_update = data["update"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_p2p_advertiser_payment_methods.__class__ is _INT
                    and v_p2p_advertiser_payment_methods in _ALLOWED_1
                )
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.p2p_advertiser_payment_methods = v_p2p_advertiser_payment_methods
                try:
                    obj.create = _decode_list_of_P2pAdvertiserPaymentMethodsRequestCreateItem(
                        v_create
                    )
                except DecodeError as error:
                    raise error.at("create") from None
                try:
                    obj.delete = _decode_list_of_float(v_delete)
                except DecodeError as error:
                    raise error.at("delete") from None
                try:
                    obj.update = _decode_dict_of_dict_of_str(v_update)
                except DecodeError as error:
                    raise error.at("update") from None
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["p2p_advertiser_payment_methods"]
    except KeyError:
        raise DecodeError(
            "required field is missing", ("p2p_advertiser_payment_methods",)
        ) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_advertiser_payment_methods = value
    else:
        raise _not_one_of("1", value).at("p2p_advertiser_payment_methods")
    if "create" not in data:
        obj.create = None
        count += 1
    else:
        value = data["create"]
        try:
            obj.create = _decode_list_of_P2pAdvertiserPaymentMethodsRequestCreateItem(value)
        except DecodeError as error:
            raise error.at("create") from None
    if "delete" not in data:
        obj.delete = None
        count += 1
    else:
        value = data["delete"]
        try:
            obj.delete = _decode_list_of_float(value)
        except DecodeError as error:
            raise error.at("delete") from None
    if "update" not in data:
        obj.update = None
        count += 1
    else:
        value = data["update"]
        try:
            obj.update = _decode_dict_of_dict_of_str(value)
        except DecodeError as error:
            raise error.at("update") from None
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
        unknown = sorted(
            key for key in data if key not in _KEYS_P2P_ADVERTISER_PAYMENT_METHODS_REQUEST
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_advertiser_payment_methods_request(
    obj: m.P2pAdvertiserPaymentMethodsRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"p2p_advertiser_payment_methods": obj.p2p_advertiser_payment_methods}
    value: Any
    value = obj.create
    if value is not None:
        data["create"] = [
            unstructure_p2p_advertiser_payment_methods_request_create_item(item) for item in value
        ]
    value = obj.delete
    if value is not None:
        data["delete"] = value
    value = obj.update
    if value is not None:
        data["update"] = value
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


def structure_p2p_advertiser_payment_methods_request_create_item(
    data: Any,
) -> m.P2pAdvertiserPaymentMethodsRequestCreateItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserPaymentMethodsRequestCreateItem)
    count = len(data)
    if count == 1:
        try:
            v_method = data["method"]
        except KeyError:
            pass
        else:
            if v_method.__class__ is str:
                obj.method = v_method
                obj.extra_fields = {}
                return obj
    try:
        value = data["method"]
    except KeyError:
        raise DecodeError("required field is missing", ("method",)) from None
    if value.__class__ is str:
        obj.method = value
    else:
        raise _expected("a string", value).at("method")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = _decode_extras(
            data, _KEYS_P2P_ADVERTISER_PAYMENT_METHODS_REQUEST_CREATE_ITEM, _decode_str
        )
    return obj


def unstructure_p2p_advertiser_payment_methods_request_create_item(
    obj: m.P2pAdvertiserPaymentMethodsRequestCreateItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"method": obj.method}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advertiser_payment_methods_response(
    data: Any,
) -> m.P2pAdvertiserPaymentMethodsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserPaymentMethodsResponse)
    count = len(data)
    if count == 4:
        try:
            v_p2p_advertiser_payment_methods = data["p2p_advertiser_payment_methods"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR
                    and v_msg_type in _ALLOWED_p2p_advertiser_payment_methods
                )
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.p2p_advertiser_payment_methods = _decode_dict_of_P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValue(
                        v_p2p_advertiser_payment_methods
                    )
                except DecodeError as error:
                    raise error.at("p2p_advertiser_payment_methods") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "p2p_advertiser_payment_methods" not in data:
        obj.p2p_advertiser_payment_methods = None
        count += 1
    else:
        value = data["p2p_advertiser_payment_methods"]
        try:
            obj.p2p_advertiser_payment_methods = (
                _decode_dict_of_P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValue(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("p2p_advertiser_payment_methods") from None
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
    if value.__class__ is _STR and value in _ALLOWED_p2p_advertiser_payment_methods:
        obj.msg_type = value
    else:
        raise _not_one_of("'p2p_advertiser_payment_methods'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_P2P_ADVERTISER_PAYMENT_METHODS_RESPONSE
        }
    return obj


def unstructure_p2p_advertiser_payment_methods_response(
    obj: m.P2pAdvertiserPaymentMethodsResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.p2p_advertiser_payment_methods
    if value is not None:
        data["p2p_advertiser_payment_methods"] = {
            k: unstructure_p2p_advertiser_payment_methods_response_p2p_advertiser_payment_methods_value(
                item
            )
            for k, item in value.items()
        }
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advertiser_payment_methods_response_p2p_advertiser_payment_methods_value(
    data: Any,
) -> m.P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValue)
    count = len(data)
    if count == 7:
        try:
            v_display_name = data["display_name"]
            v_fields = data["fields"]
            v_is_enabled = data["is_enabled"]
            v_method = data["method"]
            v_type = data["type"]
            v_used_by_adverts = data["used_by_adverts"]
            v_used_by_orders = data["used_by_orders"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_is_enabled.__class__ is _INT and v_is_enabled in _ALLOWED_0_1)
                and (v_method.__class__ is str)
                and (v_type.__class__ is _STR and v_type in _ALLOWED_bank_ewallet_other)
            ):
                obj.display_name = v_display_name
                try:
                    obj.fields = _decode_dict_of_P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValueFieldsValue(
                        v_fields
                    )
                except DecodeError as error:
                    raise error.at("fields") from None
                obj.is_enabled = v_is_enabled
                obj.method = v_method
                obj.type = v_type
                try:
                    obj.used_by_adverts = (
                        None
                        if v_used_by_adverts is None
                        else _decode_list_of_str(v_used_by_adverts)
                    )
                except DecodeError as error:
                    raise error.at("used_by_adverts") from None
                try:
                    obj.used_by_orders = (
                        None if v_used_by_orders is None else _decode_list_of_str(v_used_by_orders)
                    )
                except DecodeError as error:
                    raise error.at("used_by_orders") from None
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    try:
        value = data["fields"]
    except KeyError:
        raise DecodeError("required field is missing", ("fields",)) from None
    try:
        obj.fields = _decode_dict_of_P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValueFieldsValue(
            value
        )
    except DecodeError as error:
        raise error.at("fields") from None
    try:
        value = data["is_enabled"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_enabled",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_enabled = value
    else:
        raise _not_one_of("0, 1", value).at("is_enabled")
    try:
        value = data["method"]
    except KeyError:
        raise DecodeError("required field is missing", ("method",)) from None
    if value.__class__ is str:
        obj.method = value
    else:
        raise _expected("a string", value).at("method")
    try:
        value = data["type"]
    except KeyError:
        raise DecodeError("required field is missing", ("type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_bank_ewallet_other:
        obj.type = value
    else:
        raise _not_one_of("'bank', 'ewallet', 'other'", value).at("type")
    try:
        value = data["used_by_adverts"]
    except KeyError:
        raise DecodeError("required field is missing", ("used_by_adverts",)) from None
    try:
        obj.used_by_adverts = None if value is None else _decode_list_of_str(value)
    except DecodeError as error:
        raise error.at("used_by_adverts") from None
    try:
        value = data["used_by_orders"]
    except KeyError:
        raise DecodeError("required field is missing", ("used_by_orders",)) from None
    try:
        obj.used_by_orders = None if value is None else _decode_list_of_str(value)
    except DecodeError as error:
        raise error.at("used_by_orders") from None
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_P2P_ADVERTISER_PAYMENT_METHODS_RESPONSE_P2P_ADVERTISER_PAYMENT_METHODS_VALUE
        }
    return obj


def unstructure_p2p_advertiser_payment_methods_response_p2p_advertiser_payment_methods_value(
    obj: m.P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "fields": {
            k: unstructure_p2p_advertiser_payment_methods_response_p2p_advertiser_payment_methods_value_fields_value(
                item
            )
            for k, item in obj.fields.items()
        },
        "is_enabled": obj.is_enabled,
        "method": obj.method,
        "type": obj.type,
        "used_by_adverts": obj.used_by_adverts,
        "used_by_orders": obj.used_by_orders,
    }
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advertiser_payment_methods_response_p2p_advertiser_payment_methods_value_fields_value(
    data: Any,
) -> m.P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValueFieldsValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValueFieldsValue)
    count = len(data)
    if count == 4:
        try:
            v_display_name = data["display_name"]
            v_required = data["required"]
            v_type = data["type"]
            v_value = data["value"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_required.__class__ is int)
                and (v_type.__class__ is _STR and v_type in _ALLOWED_memo_text)
                and (v_value.__class__ is str)
            ):
                obj.display_name = v_display_name
                obj.required = v_required
                obj.type = v_type
                obj.value = v_value
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
    try:
        value = data["value"]
    except KeyError:
        raise DecodeError("required field is missing", ("value",)) from None
    if value.__class__ is str:
        obj.value = value
    else:
        raise _expected("a string", value).at("value")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_P2P_ADVERTISER_PAYMENT_METHODS_RESPONSE_P2P_ADVERTISER_PAYMENT_METHODS_VALUE_FIELDS_VALUE
        }
    return obj


def unstructure_p2p_advertiser_payment_methods_response_p2p_advertiser_payment_methods_value_fields_value(
    obj: m.P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValueFieldsValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "display_name": obj.display_name,
        "required": obj.required,
        "type": obj.type,
        "value": obj.value,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.P2pAdvertiserPaymentMethodsRequest: structure_p2p_advertiser_payment_methods_request,
    m.P2pAdvertiserPaymentMethodsRequestCreateItem: structure_p2p_advertiser_payment_methods_request_create_item,
    m.P2pAdvertiserPaymentMethodsResponse: structure_p2p_advertiser_payment_methods_response,
    m.P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValue: structure_p2p_advertiser_payment_methods_response_p2p_advertiser_payment_methods_value,
    m.P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValueFieldsValue: structure_p2p_advertiser_payment_methods_response_p2p_advertiser_payment_methods_value_fields_value,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.P2pAdvertiserPaymentMethodsRequest: unstructure_p2p_advertiser_payment_methods_request,
    m.P2pAdvertiserPaymentMethodsRequestCreateItem: unstructure_p2p_advertiser_payment_methods_request_create_item,
    m.P2pAdvertiserPaymentMethodsResponse: unstructure_p2p_advertiser_payment_methods_response,
    m.P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValue: unstructure_p2p_advertiser_payment_methods_response_p2p_advertiser_payment_methods_value,
    m.P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValueFieldsValue: unstructure_p2p_advertiser_payment_methods_response_p2p_advertiser_payment_methods_value_fields_value,
}
