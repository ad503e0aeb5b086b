"""Decoders and encoders of the models of the ``set_financial_assessment`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _decode_extras, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_set_financial_assessment = frozenset({"set_financial_assessment"})


_KEYS_SET_FINANCIAL_ASSESSMENT_REQUEST = frozenset(
    (
        "set_financial_assessment",
        "financial_information",
        "financial_information_version",
        "trading_experience",
        "trading_experience_regulated",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_SET_FINANCIAL_ASSESSMENT_RESPONSE = frozenset(
    (
        "set_financial_assessment",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_SET_FINANCIAL_ASSESSMENT_RESPONSE_SET_FINANCIAL_ASSESSMENT = frozenset(
    (
        "cfd_score",
        "financial_information_score",
        "total_score",
        "trading_score",
    )
)


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


def _decode_str(value: Any) -> str:
    if value.__class__ is not str:
        raise _expected("a string", value)
    result: str = value
    return result


def structure_set_financial_assessment_request(data: Any) -> m.SetFinancialAssessmentRequest:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SetFinancialAssessmentRequest)
    count = len(data)
    try:
        value = data["set_financial_assessment"]
    except KeyError:
        raise DecodeError("required field is missing", ("set_financial_assessment",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.set_financial_assessment = value
    else:
        raise _not_one_of("1", value).at("set_financial_assessment")
    value = data.get("financial_information", _MISSING)
    if value is _MISSING:
        obj.financial_information = None
        count += 1
    else:
        try:
            obj.financial_information = _decode_dict_of_str(value)
        except DecodeError as error:
            raise error.at("financial_information") from None
    value = data.get("financial_information_version", _MISSING)
    if value.__class__ is str:
        obj.financial_information_version = value
    elif value is _MISSING:
        obj.financial_information_version = None
        count += 1
    else:
        raise _expected("a string", value).at("financial_information_version")
    value = data.get("trading_experience", _MISSING)
    if value is _MISSING:
        obj.trading_experience = None
        count += 1
    else:
        try:
            obj.trading_experience = _decode_dict_of_str(value)
        except DecodeError as error:
            raise error.at("trading_experience") from None
    value = data.get("trading_experience_regulated", _MISSING)
    if value is _MISSING:
        obj.trading_experience_regulated = None
        count += 1
    else:
        try:
            obj.trading_experience_regulated = _decode_dict_of_str(value)
        except DecodeError as error:
            raise error.at("trading_experience_regulated") from None
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
    if count == 8:
        obj.extra_fields = {}
    else:
        obj.extra_fields = _decode_extras(data, _KEYS_SET_FINANCIAL_ASSESSMENT_REQUEST, _decode_str)
    return obj


def unstructure_set_financial_assessment_request(
    obj: m.SetFinancialAssessmentRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"set_financial_assessment": obj.set_financial_assessment}
    value: Any
    value = obj.financial_information
    if value is not None:
        data["financial_information"] = value
    value = obj.financial_information_version
    if value is not None:
        data["financial_information_version"] = value
    value = obj.trading_experience
    if value is not None:
        data["trading_experience"] = value
    value = obj.trading_experience_regulated
    if value is not None:
        data["trading_experience_regulated"] = value
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_set_financial_assessment_response(data: Any) -> m.SetFinancialAssessmentResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SetFinancialAssessmentResponse)
    count = len(data)
    value = data.get("set_financial_assessment", _MISSING)
    if value is _MISSING:
        obj.set_financial_assessment = None
        count += 1
    else:
        try:
            obj.set_financial_assessment = (
                structure_set_financial_assessment_response_set_financial_assessment(value)
            )
        except DecodeError as error:
            raise error.at("set_financial_assessment") from None
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
    if value.__class__ is _STR and value in _ALLOWED_set_financial_assessment:
        obj.msg_type = value
    else:
        raise _not_one_of("'set_financial_assessment'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_SET_FINANCIAL_ASSESSMENT_RESPONSE
        }
    return obj


def unstructure_set_financial_assessment_response(
    obj: m.SetFinancialAssessmentResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.set_financial_assessment
    if value is not None:
        data["set_financial_assessment"] = (
            unstructure_set_financial_assessment_response_set_financial_assessment(value)
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_set_financial_assessment_response_set_financial_assessment(
    data: Any,
) -> m.SetFinancialAssessmentResponseSetFinancialAssessment:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SetFinancialAssessmentResponseSetFinancialAssessment)
    count = len(data)
    value = data.get("cfd_score", _MISSING)
    if value.__class__ is int:
        obj.cfd_score = value
    elif value is _MISSING:
        obj.cfd_score = None
        count += 1
    else:
        raise _expected("an integer", value).at("cfd_score")
    value = data.get("financial_information_score", _MISSING)
    if value.__class__ is int:
        obj.financial_information_score = value
    elif value is _MISSING:
        obj.financial_information_score = None
        count += 1
    else:
        raise _expected("an integer", value).at("financial_information_score")
    value = data.get("total_score", _MISSING)
    if value.__class__ is int:
        obj.total_score = value
    elif value is _MISSING:
        obj.total_score = None
        count += 1
    else:
        raise _expected("an integer", value).at("total_score")
    value = data.get("trading_score", _MISSING)
    if value.__class__ is int:
        obj.trading_score = value
    elif value is _MISSING:
        obj.trading_score = None
        count += 1
    else:
        raise _expected("an integer", value).at("trading_score")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_SET_FINANCIAL_ASSESSMENT_RESPONSE_SET_FINANCIAL_ASSESSMENT
        }
    return obj


def unstructure_set_financial_assessment_response_set_financial_assessment(
    obj: m.SetFinancialAssessmentResponseSetFinancialAssessment,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.cfd_score
    if value is not None:
        data["cfd_score"] = value
    value = obj.financial_information_score
    if value is not None:
        data["financial_information_score"] = value
    value = obj.total_score
    if value is not None:
        data["total_score"] = value
    value = obj.trading_score
    if value is not None:
        data["trading_score"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.SetFinancialAssessmentRequest: structure_set_financial_assessment_request,
    m.SetFinancialAssessmentResponse: structure_set_financial_assessment_response,
    m.SetFinancialAssessmentResponseSetFinancialAssessment: structure_set_financial_assessment_response_set_financial_assessment,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.SetFinancialAssessmentRequest: unstructure_set_financial_assessment_request,
    m.SetFinancialAssessmentResponse: unstructure_set_financial_assessment_response,
    m.SetFinancialAssessmentResponseSetFinancialAssessment: unstructure_set_financial_assessment_response_set_financial_assessment,
}
