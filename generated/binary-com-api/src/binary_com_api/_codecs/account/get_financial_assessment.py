"""Decoders and encoders of the models of the ``get_financial_assessment`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _decode_extras, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_get_financial_assessment = frozenset({"get_financial_assessment"})


_KEYS_GET_FINANCIAL_ASSESSMENT_REQUEST = frozenset(
    (
        "get_financial_assessment",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_GET_FINANCIAL_ASSESSMENT_RESPONSE = frozenset(
    (
        "get_financial_assessment",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_GET_FINANCIAL_ASSESSMENT_RESPONSE_GET_FINANCIAL_ASSESSMENT = frozenset(
    (
        "cfd_score",
        "financial_information_score",
        "total_score",
        "trading_score",
    )
)


def _decode_str(value: Any) -> str:
    if value.__class__ is not str:
        raise _expected("a string", value)
    result: str = value
    return result


def structure_get_financial_assessment_request(data: Any) -> m.GetFinancialAssessmentRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetFinancialAssessmentRequest)
    count = len(data)
    if count == 4:
        try:
            v_get_financial_assessment = data["get_financial_assessment"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_get_financial_assessment.__class__ is _INT
                    and v_get_financial_assessment in _ALLOWED_1
                )
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.get_financial_assessment = v_get_financial_assessment
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["get_financial_assessment"]
    except KeyError:
        raise DecodeError("required field is missing", ("get_financial_assessment",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.get_financial_assessment = value
    else:
        raise _not_one_of("1", value).at("get_financial_assessment")
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
        unknown = sorted(key for key in data if key not in _KEYS_GET_FINANCIAL_ASSESSMENT_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_get_financial_assessment_request(
    obj: m.GetFinancialAssessmentRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"get_financial_assessment": obj.get_financial_assessment}
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


def structure_get_financial_assessment_response(data: Any) -> m.GetFinancialAssessmentResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetFinancialAssessmentResponse)
    count = len(data)
    if count == 4:
        try:
            v_get_financial_assessment = data["get_financial_assessment"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_get_financial_assessment
                )
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.get_financial_assessment = (
                        structure_get_financial_assessment_response_get_financial_assessment(
                            v_get_financial_assessment
                        )
                    )
                except DecodeError as error:
                    raise error.at("get_financial_assessment") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "get_financial_assessment" not in data:
        obj.get_financial_assessment = None
        count += 1
    else:
        value = data["get_financial_assessment"]
        try:
            obj.get_financial_assessment = (
                structure_get_financial_assessment_response_get_financial_assessment(value)
            )
        except DecodeError as error:
            raise error.at("get_financial_assessment") from None
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
    if value.__class__ is _STR and value in _ALLOWED_get_financial_assessment:
        obj.msg_type = value
    else:
        raise _not_one_of("'get_financial_assessment'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_GET_FINANCIAL_ASSESSMENT_RESPONSE
        }
    return obj


def unstructure_get_financial_assessment_response(
    obj: m.GetFinancialAssessmentResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.get_financial_assessment
    if value is not None:
        data["get_financial_assessment"] = (
            unstructure_get_financial_assessment_response_get_financial_assessment(value)
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_financial_assessment_response_get_financial_assessment(
    data: Any,
) -> m.GetFinancialAssessmentResponseGetFinancialAssessment:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetFinancialAssessmentResponseGetFinancialAssessment)
    count = len(data)
    if count == 4:
        try:
            v_cfd_score = data["cfd_score"]
            v_financial_information_score = data["financial_information_score"]
            v_total_score = data["total_score"]
            v_trading_score = data["trading_score"]
        except KeyError:
            pass
        else:
            if (
                (v_cfd_score.__class__ is int)
                and (v_financial_information_score.__class__ is int)
                and (v_total_score.__class__ is int)
                and (v_trading_score.__class__ is int)
            ):
                obj.cfd_score = v_cfd_score
                obj.financial_information_score = v_financial_information_score
                obj.total_score = v_total_score
                obj.trading_score = v_trading_score
                obj.extra_fields = {}
                return obj
    if "cfd_score" not in data:
        obj.cfd_score = None
        count += 1
    elif (value := data["cfd_score"]).__class__ is int:
        obj.cfd_score = value
    else:
        raise _expected("an integer", value).at("cfd_score")
    if "financial_information_score" not in data:
        obj.financial_information_score = None
        count += 1
    elif (value := data["financial_information_score"]).__class__ is int:
        obj.financial_information_score = value
    else:
        raise _expected("an integer", value).at("financial_information_score")
    if "total_score" not in data:
        obj.total_score = None
        count += 1
    elif (value := data["total_score"]).__class__ is int:
        obj.total_score = value
    else:
        raise _expected("an integer", value).at("total_score")
    if "trading_score" not in data:
        obj.trading_score = None
        count += 1
    elif (value := data["trading_score"]).__class__ is int:
        obj.trading_score = value
    else:
        raise _expected("an integer", value).at("trading_score")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = _decode_extras(
            data, _KEYS_GET_FINANCIAL_ASSESSMENT_RESPONSE_GET_FINANCIAL_ASSESSMENT, _decode_str
        )
    return obj


def unstructure_get_financial_assessment_response_get_financial_assessment(
    obj: m.GetFinancialAssessmentResponseGetFinancialAssessment,
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
    m.GetFinancialAssessmentRequest: structure_get_financial_assessment_request,
    m.GetFinancialAssessmentResponse: structure_get_financial_assessment_response,
    m.GetFinancialAssessmentResponseGetFinancialAssessment: structure_get_financial_assessment_response_get_financial_assessment,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.GetFinancialAssessmentRequest: unstructure_get_financial_assessment_request,
    m.GetFinancialAssessmentResponse: unstructure_get_financial_assessment_response,
    m.GetFinancialAssessmentResponseGetFinancialAssessment: unstructure_get_financial_assessment_response_get_financial_assessment,
}
