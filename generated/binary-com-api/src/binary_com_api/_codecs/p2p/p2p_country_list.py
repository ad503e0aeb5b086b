"""Decoders and encoders of the models of the ``p2p_country_list`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _encode_any, _expected, _first_match, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_bank_ewallet_other = frozenset({"bank", "ewallet", "other"})


_ALLOWED_disabled_enabled_list_only = frozenset({"disabled", "enabled", "list_only"})


_ALLOWED_memo_text = frozenset({"memo", "text"})


_ALLOWED_p2p_country_list = frozenset({"p2p_country_list"})


_KEYS_P2P_COUNTRY_LIST_REQUEST = frozenset(
    (
        "p2p_country_list",
        "country",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_P2P_COUNTRY_LIST_RESPONSE = frozenset(
    (
        "p2p_country_list",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_P2P_COUNTRY_LIST_RESPONSE_P2P_COUNTRY_LIST_VALUE = frozenset(
    (
        "country_name",
        "cross_border_ads_enabled",
        "fixed_rate_adverts",
        "float_rate_adverts",
        "float_rate_offset_limit",
        "local_currency",
        "payment_methods",
    )
)


_KEYS_P2P_COUNTRY_LIST_RESPONSE_P2P_COUNTRY_LIST_VALUE_PAYMENT_METHODS_VALUE = frozenset(
    (
        "display_name",
        "fields",
        "type",
    )
)


_KEYS_P2P_COUNTRY_LIST_RESPONSE_P2P_COUNTRY_LIST_VALUE_PAYMENT_METHODS_VALUE_FIELDS_VALUE = (
    frozenset(
        (
            "display_name",
            "required",
            "type",
        )
    )
)


def _decode_P2pCountryListResponseP2pCountryListValue_or_any(
    value: Any,
) -> m.P2pCountryListResponseP2pCountryListValue | Any:
    result: m.P2pCountryListResponseP2pCountryListValue | Any = _first_match(
        value,
        (
            structure_p2p_country_list_response_p2p_country_list_value,
            _decode_any,
        ),
    )
    return result


def _decode_any(value: Any) -> Any:
    result: Any = value
    return result


def _decode_dict_of_P2pCountryListResponseP2pCountryListValuePaymentMethodsValue(
    value: Any,
) -> dict[str, m.P2pCountryListResponseP2pCountryListValuePaymentMethodsValue]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = (
                structure_p2p_country_list_response_p2p_country_list_value_payment_methods_value(
                    item
                )
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_dict_of_P2pCountryListResponseP2pCountryListValuePaymentMethodsValueFieldsValue(
    value: Any,
) -> dict[str, m.P2pCountryListResponseP2pCountryListValuePaymentMethodsValueFieldsValue]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = (
                structure_p2p_country_list_response_p2p_country_list_value_payment_methods_value_fields_value(
                    item
                )
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_dict_of_P2pCountryListResponseP2pCountryListValue_or_any(
    value: Any,
) -> dict[str, m.P2pCountryListResponseP2pCountryListValue | Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_P2pCountryListResponseP2pCountryListValue_or_any(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def structure_p2p_country_list_request(data: Any) -> m.P2pCountryListRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pCountryListRequest)
    count = len(data)
    if count == 5:
        try:
            v_p2p_country_list = data["p2p_country_list"]
            v_country = data["country"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_p2p_country_list.__class__ is _INT and v_p2p_country_list in _ALLOWED_1)
                and (v_country.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.p2p_country_list = v_p2p_country_list
                obj.country = v_country
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["p2p_country_list"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_country_list",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_country_list = value
    else:
        raise _not_one_of("1", value).at("p2p_country_list")
    if "country" not in data:
        obj.country = None
        count += 1
    elif (value := data["country"]).__class__ is str:
        obj.country = value
    else:
        raise _expected("a string", value).at("country")
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
        unknown = sorted(key for key in data if key not in _KEYS_P2P_COUNTRY_LIST_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_country_list_request(obj: m.P2pCountryListRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"p2p_country_list": obj.p2p_country_list}
    value: Any
    value = obj.country
    if value is not None:
        data["country"] = value
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


def structure_p2p_country_list_response(data: Any) -> m.P2pCountryListResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pCountryListResponse)
    count = len(data)
    if count == 4:
        try:
            v_p2p_country_list = data["p2p_country_list"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_p2p_country_list)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.p2p_country_list = (
                        _decode_dict_of_P2pCountryListResponseP2pCountryListValue_or_any(
                            v_p2p_country_list
                        )
                    )
                except DecodeError as error:
                    raise error.at("p2p_country_list") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "p2p_country_list" not in data:
        obj.p2p_country_list = None
        count += 1
    else:
        value = data["p2p_country_list"]
        try:
            obj.p2p_country_list = _decode_dict_of_P2pCountryListResponseP2pCountryListValue_or_any(
                value
            )
        except DecodeError as error:
            raise error.at("p2p_country_list") from None
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
    if value.__class__ is _STR and value in _ALLOWED_p2p_country_list:
        obj.msg_type = value
    else:
        raise _not_one_of("'p2p_country_list'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_P2P_COUNTRY_LIST_RESPONSE
        }
    return obj


def unstructure_p2p_country_list_response(obj: m.P2pCountryListResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.p2p_country_list
    if value is not None:
        data["p2p_country_list"] = {k: _encode_any(item) for k, item in value.items()}
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_country_list_response_p2p_country_list_value(
    data: Any,
) -> m.P2pCountryListResponseP2pCountryListValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pCountryListResponseP2pCountryListValue)
    count = len(data)
    if count == 7:
        try:
            v_country_name = data["country_name"]
            v_cross_border_ads_enabled = data["cross_border_ads_enabled"]
            v_fixed_rate_adverts = data["fixed_rate_adverts"]
            v_float_rate_adverts = data["float_rate_adverts"]
            v_float_rate_offset_limit = data["float_rate_offset_limit"]
            v_local_currency = data["local_currency"]
            v_payment_methods = data["payment_methods"]
        except KeyError:
            pass
        else:
            if (
                (v_country_name.__class__ is str)
                and (
                    v_cross_border_ads_enabled.__class__ is _INT
                    and v_cross_border_ads_enabled in _ALLOWED_0_1
                )
                and (
                    v_fixed_rate_adverts.__class__ is _STR
                    and v_fixed_rate_adverts in _ALLOWED_disabled_enabled_list_only
                )
                and (
                    v_float_rate_adverts.__class__ is _STR
                    and v_float_rate_adverts in _ALLOWED_disabled_enabled_list_only
                )
                and ((kind := v_float_rate_offset_limit.__class__) is float or kind is int)
                and (v_local_currency.__class__ is str)
            ):
                obj.country_name = v_country_name
                obj.cross_border_ads_enabled = v_cross_border_ads_enabled
                obj.fixed_rate_adverts = v_fixed_rate_adverts
                obj.float_rate_adverts = v_float_rate_adverts
                obj.float_rate_offset_limit = v_float_rate_offset_limit
                obj.local_currency = v_local_currency
                try:
                    obj.payment_methods = _decode_dict_of_P2pCountryListResponseP2pCountryListValuePaymentMethodsValue(
                        v_payment_methods
                    )
                except DecodeError as error:
                    raise error.at("payment_methods") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["country_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("country_name",)) from None
    if value.__class__ is str:
        obj.country_name = value
    else:
        raise _expected("a string", value).at("country_name")
    try:
        value = data["cross_border_ads_enabled"]
    except KeyError:
        raise DecodeError("required field is missing", ("cross_border_ads_enabled",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.cross_border_ads_enabled = value
    else:
        raise _not_one_of("0, 1", value).at("cross_border_ads_enabled")
    try:
        value = data["fixed_rate_adverts"]
    except KeyError:
        raise DecodeError("required field is missing", ("fixed_rate_adverts",)) from None
    if value.__class__ is _STR and value in _ALLOWED_disabled_enabled_list_only:
        obj.fixed_rate_adverts = value
    else:
        raise _not_one_of("'disabled', 'enabled', 'list_only'", value).at("fixed_rate_adverts")
    try:
        value = data["float_rate_adverts"]
    except KeyError:
        raise DecodeError("required field is missing", ("float_rate_adverts",)) from None
    if value.__class__ is _STR and value in _ALLOWED_disabled_enabled_list_only:
        obj.float_rate_adverts = value
    else:
        raise _not_one_of("'disabled', 'enabled', 'list_only'", value).at("float_rate_adverts")
    try:
        value = data["float_rate_offset_limit"]
    except KeyError:
        raise DecodeError("required field is missing", ("float_rate_offset_limit",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.float_rate_offset_limit = value
    else:
        raise _expected("a number", value).at("float_rate_offset_limit")
    try:
        value = data["local_currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("local_currency",)) from None
    if value.__class__ is str:
        obj.local_currency = value
    else:
        raise _expected("a string", value).at("local_currency")
    try:
        value = data["payment_methods"]
    except KeyError:
        raise DecodeError("required field is missing", ("payment_methods",)) from None
    try:
        obj.payment_methods = (
            _decode_dict_of_P2pCountryListResponseP2pCountryListValuePaymentMethodsValue(value)
        )
    except DecodeError as error:
        raise error.at("payment_methods") from None
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_COUNTRY_LIST_RESPONSE_P2P_COUNTRY_LIST_VALUE
        }
    return obj


def unstructure_p2p_country_list_response_p2p_country_list_value(
    obj: m.P2pCountryListResponseP2pCountryListValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "country_name": obj.country_name,
        "cross_border_ads_enabled": obj.cross_border_ads_enabled,
        "fixed_rate_adverts": obj.fixed_rate_adverts,
        "float_rate_adverts": obj.float_rate_adverts,
        "float_rate_offset_limit": obj.float_rate_offset_limit,
        "local_currency": obj.local_currency,
        "payment_methods": {
            k: unstructure_p2p_country_list_response_p2p_country_list_value_payment_methods_value(
                item
            )
            for k, item in obj.payment_methods.items()
        },
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_country_list_response_p2p_country_list_value_payment_methods_value(
    data: Any,
) -> m.P2pCountryListResponseP2pCountryListValuePaymentMethodsValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pCountryListResponseP2pCountryListValuePaymentMethodsValue)
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
                    obj.fields = _decode_dict_of_P2pCountryListResponseP2pCountryListValuePaymentMethodsValueFieldsValue(
                        v_fields
                    )
                except DecodeError as error:
                    raise error.at("fields") from None
                obj.type = v_type
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "fields" not in data:
        obj.fields = None
        count += 1
    else:
        value = data["fields"]
        try:
            obj.fields = _decode_dict_of_P2pCountryListResponseP2pCountryListValuePaymentMethodsValueFieldsValue(
                value
            )
        except DecodeError as error:
            raise error.at("fields") from None
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is _STR and value in _ALLOWED_bank_ewallet_other:
        obj.type = value
    else:
        raise _not_one_of("'bank', 'ewallet', 'other'", value).at("type")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_COUNTRY_LIST_RESPONSE_P2P_COUNTRY_LIST_VALUE_PAYMENT_METHODS_VALUE
        }
    return obj


def unstructure_p2p_country_list_response_p2p_country_list_value_payment_methods_value(
    obj: m.P2pCountryListResponseP2pCountryListValuePaymentMethodsValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.fields
    if value is not None:
        data["fields"] = {
            k: unstructure_p2p_country_list_response_p2p_country_list_value_payment_methods_value_fields_value(
                item
            )
            for k, item in value.items()
        }
    value = obj.type
    if value is not None:
        data["type"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_country_list_response_p2p_country_list_value_payment_methods_value_fields_value(
    data: Any,
) -> m.P2pCountryListResponseP2pCountryListValuePaymentMethodsValueFieldsValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pCountryListResponseP2pCountryListValuePaymentMethodsValueFieldsValue)
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
            if k
            not in _KEYS_P2P_COUNTRY_LIST_RESPONSE_P2P_COUNTRY_LIST_VALUE_PAYMENT_METHODS_VALUE_FIELDS_VALUE
        }
    return obj


def unstructure_p2p_country_list_response_p2p_country_list_value_payment_methods_value_fields_value(
    obj: m.P2pCountryListResponseP2pCountryListValuePaymentMethodsValueFieldsValue,
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
    m.P2pCountryListRequest: structure_p2p_country_list_request,
    m.P2pCountryListResponse: structure_p2p_country_list_response,
    m.P2pCountryListResponseP2pCountryListValue: structure_p2p_country_list_response_p2p_country_list_value,
    m.P2pCountryListResponseP2pCountryListValuePaymentMethodsValue: structure_p2p_country_list_response_p2p_country_list_value_payment_methods_value,
    m.P2pCountryListResponseP2pCountryListValuePaymentMethodsValueFieldsValue: structure_p2p_country_list_response_p2p_country_list_value_payment_methods_value_fields_value,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.P2pCountryListRequest: unstructure_p2p_country_list_request,
    m.P2pCountryListResponse: unstructure_p2p_country_list_response,
    m.P2pCountryListResponseP2pCountryListValue: unstructure_p2p_country_list_response_p2p_country_list_value,
    m.P2pCountryListResponseP2pCountryListValuePaymentMethodsValue: unstructure_p2p_country_list_response_p2p_country_list_value_payment_methods_value,
    m.P2pCountryListResponseP2pCountryListValuePaymentMethodsValueFieldsValue: unstructure_p2p_country_list_response_p2p_country_list_value_payment_methods_value_fields_value,
}
