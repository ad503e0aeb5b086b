"""Decoders and encoders of the models of the ``tin_validations`` call (account group).

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


_ALLOWED_tin_validations = frozenset({"tin_validations"})


_KEYS_TIN_VALIDATIONS_REQUEST = frozenset(
    (
        "tin_validations",
        "tax_residence",
        "passthrough",
        "req_id",
    )
)


_KEYS_TIN_VALIDATIONS_RESPONSE = frozenset(
    (
        "tin_validations",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_TIN_VALIDATIONS_RESPONSE_TIN_VALIDATIONS = frozenset(
    (
        "invalid_patterns",
        "is_tin_mandatory",
        "tin_employment_status_bypass",
        "tin_format",
        "tin_format_description",
    )
)


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


def structure_tin_validations_request(data: Any) -> m.TinValidationsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TinValidationsRequest)
    count = len(data)
    if count == 4:
        try:
            v_tin_validations = data["tin_validations"]
            v_tax_residence = data["tax_residence"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_tin_validations.__class__ is _INT and v_tin_validations in _ALLOWED_1)
                and (v_tax_residence.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.tin_validations = v_tin_validations
                obj.tax_residence = v_tax_residence
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["tin_validations"]
    except KeyError:
        raise DecodeError("required field is missing", ("tin_validations",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.tin_validations = value
    else:
        raise _not_one_of("1", value).at("tin_validations")
    try:
        value = data["tax_residence"]
    except KeyError:
        raise DecodeError("required field is missing", ("tax_residence",)) from None
    if value.__class__ is str:
        obj.tax_residence = value
    else:
        raise _expected("a string", value).at("tax_residence")
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
        unknown = sorted(key for key in data if key not in _KEYS_TIN_VALIDATIONS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_tin_validations_request(obj: m.TinValidationsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "tin_validations": obj.tin_validations,
        "tax_residence": obj.tax_residence,
    }
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_tin_validations_response(data: Any) -> m.TinValidationsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TinValidationsResponse)
    count = len(data)
    if count == 4:
        try:
            v_tin_validations = data["tin_validations"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_tin_validations)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.tin_validations = structure_tin_validations_response_tin_validations(
                        v_tin_validations
                    )
                except DecodeError as error:
                    raise error.at("tin_validations") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "tin_validations" not in data:
        obj.tin_validations = None
        count += 1
    else:
        value = data["tin_validations"]
        try:
            obj.tin_validations = structure_tin_validations_response_tin_validations(value)
        except DecodeError as error:
            raise error.at("tin_validations") from None
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
    if value.__class__ is _STR and value in _ALLOWED_tin_validations:
        obj.msg_type = value
    else:
        raise _not_one_of("'tin_validations'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_TIN_VALIDATIONS_RESPONSE
        }
    return obj


def unstructure_tin_validations_response(obj: m.TinValidationsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.tin_validations
    if value is not None:
        data["tin_validations"] = unstructure_tin_validations_response_tin_validations(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_tin_validations_response_tin_validations(
    data: Any,
) -> m.TinValidationsResponseTinValidations:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TinValidationsResponseTinValidations)
    count = len(data)
    if count == 5:
        try:
            v_invalid_patterns = data["invalid_patterns"]
            v_is_tin_mandatory = data["is_tin_mandatory"]
            v_tin_employment_status_bypass = data["tin_employment_status_bypass"]
            v_tin_format = data["tin_format"]
            v_tin_format_description = data["tin_format_description"]
        except KeyError:
            pass
        else:
            if (v_is_tin_mandatory.__class__ is _INT and v_is_tin_mandatory in _ALLOWED_0_1) and (
                v_tin_format_description.__class__ is str
            ):
                try:
                    obj.invalid_patterns = _decode_list_of_str(v_invalid_patterns)
                except DecodeError as error:
                    raise error.at("invalid_patterns") from None
                obj.is_tin_mandatory = v_is_tin_mandatory
                try:
                    obj.tin_employment_status_bypass = _decode_list_of_str(
                        v_tin_employment_status_bypass
                    )
                except DecodeError as error:
                    raise error.at("tin_employment_status_bypass") from None
                try:
                    obj.tin_format = _decode_list_of_str(v_tin_format)
                except DecodeError as error:
                    raise error.at("tin_format") from None
                obj.tin_format_description = v_tin_format_description
                obj.extra_fields = {}
                return obj
    if "invalid_patterns" not in data:
        obj.invalid_patterns = None
        count += 1
    else:
        value = data["invalid_patterns"]
        try:
            obj.invalid_patterns = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("invalid_patterns") from None
    if "is_tin_mandatory" not in data:
        obj.is_tin_mandatory = None
        count += 1
    elif (value := data["is_tin_mandatory"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_tin_mandatory = value
    else:
        raise _not_one_of("0, 1", value).at("is_tin_mandatory")
    if "tin_employment_status_bypass" not in data:
        obj.tin_employment_status_bypass = None
        count += 1
    else:
        value = data["tin_employment_status_bypass"]
        try:
            obj.tin_employment_status_bypass = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("tin_employment_status_bypass") from None
    if "tin_format" not in data:
        obj.tin_format = None
        count += 1
    else:
        value = data["tin_format"]
        try:
            obj.tin_format = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("tin_format") from None
    if "tin_format_description" not in data:
        obj.tin_format_description = None
        count += 1
    elif (value := data["tin_format_description"]).__class__ is str:
        obj.tin_format_description = value
    else:
        raise _expected("a string", value).at("tin_format_description")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_TIN_VALIDATIONS_RESPONSE_TIN_VALIDATIONS
        }
    return obj


def unstructure_tin_validations_response_tin_validations(
    obj: m.TinValidationsResponseTinValidations,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.invalid_patterns
    if value is not None:
        data["invalid_patterns"] = value
    value = obj.is_tin_mandatory
    if value is not None:
        data["is_tin_mandatory"] = value
    value = obj.tin_employment_status_bypass
    if value is not None:
        data["tin_employment_status_bypass"] = value
    value = obj.tin_format
    if value is not None:
        data["tin_format"] = value
    value = obj.tin_format_description
    if value is not None:
        data["tin_format_description"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.TinValidationsRequest: structure_tin_validations_request,
    m.TinValidationsResponse: structure_tin_validations_response,
    m.TinValidationsResponseTinValidations: structure_tin_validations_response_tin_validations,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.TinValidationsRequest: unstructure_tin_validations_request,
    m.TinValidationsResponse: unstructure_tin_validations_response,
    m.TinValidationsResponseTinValidations: unstructure_tin_validations_response_tin_validations,
}
