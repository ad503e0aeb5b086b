"""Decoders and encoders of the models of the ``financial_assessment_questions`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_financial_assessment_questions = frozenset({"financial_assessment_questions"})


_ALLOWED_free_text_multiple_choice_single_choice = frozenset(
    {"free_text", "multiple_choice", "single_choice"}
)


_KEYS_FINANCIAL_ASSESSMENT_QUESTIONS_REQUEST = frozenset(
    (
        "financial_assessment_questions",
        "landing_company_short",
        "version",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_FINANCIAL_ASSESSMENT_QUESTIONS_RESPONSE = frozenset(
    (
        "financial_assessment_questions",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_FINANCIAL_ASSESSMENT_QUESTIONS_RESPONSE_FINANCIAL_ASSESSMENT_QUESTIONS = frozenset(
    (
        "questions",
        "version",
    )
)


_KEYS_FINANCIAL_ASSESSMENT_QUESTIONS_RESPONSE_FINANCIAL_ASSESSMENT_QUESTIONS_QUESTIONS_VALUE = (
    frozenset(
        (
            "answers",
            "hide_if",
            "question",
            "type",
        )
    )
)


_KEYS_FINANCIAL_ASSESSMENT_QUESTIONS_RESPONSE_FINANCIAL_ASSESSMENT_QUESTIONS_QUESTIONS_VALUE_ANSWERS_ITEM = frozenset(
    (
        "hide_if",
        "key",
        "next_node",
        "value",
    )
)


def _decode_dict_of_FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValue(
    value: Any,
) -> dict[str, m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValue]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = (
                structure_financial_assessment_questions_response_financial_assessment_questions_questions_value(
                    item
                )
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_list_of_FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValueAnswersItem(
    value: Any,
) -> list[
    m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValueAnswersItem
]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_financial_assessment_questions_response_financial_assessment_questions_questions_value_answers_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_financial_assessment_questions_response_financial_assessment_questions_questions_value_answers_item,
        ) from None


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


def structure_financial_assessment_questions_request(
    data: Any,
) -> m.FinancialAssessmentQuestionsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.FinancialAssessmentQuestionsRequest)
    count = len(data)
    if count == 6:
        try:
            v_financial_assessment_questions = data["financial_assessment_questions"]
            v_landing_company_short = data["landing_company_short"]
            v_version = data["version"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_financial_assessment_questions.__class__ is _INT
                    and v_financial_assessment_questions in _ALLOWED_1
                )
                and (v_landing_company_short.__class__ is str)
                and (v_version.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.financial_assessment_questions = v_financial_assessment_questions
                obj.landing_company_short = v_landing_company_short
                obj.version = v_version
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["financial_assessment_questions"]
    except KeyError:
        raise DecodeError(
            "required field is missing", ("financial_assessment_questions",)
        ) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.financial_assessment_questions = value
    else:
        raise _not_one_of("1", value).at("financial_assessment_questions")
    if "landing_company_short" not in data:
        obj.landing_company_short = None
        count += 1
    elif (value := data["landing_company_short"]).__class__ is str:
        obj.landing_company_short = value
    else:
        raise _expected("a string", value).at("landing_company_short")
    if "version" not in data:
        obj.version = None
        count += 1
    elif (value := data["version"]).__class__ is str:
        obj.version = value
    else:
        raise _expected("a string", value).at("version")
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
    if count != 6:
        unknown = sorted(
            key for key in data if key not in _KEYS_FINANCIAL_ASSESSMENT_QUESTIONS_REQUEST
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_financial_assessment_questions_request(
    obj: m.FinancialAssessmentQuestionsRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"financial_assessment_questions": obj.financial_assessment_questions}
    value: Any
    value = obj.landing_company_short
    if value is not None:
        data["landing_company_short"] = value
    value = obj.version
    if value is not None:
        data["version"] = value
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


def structure_financial_assessment_questions_response(
    data: Any,
) -> m.FinancialAssessmentQuestionsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.FinancialAssessmentQuestionsResponse)
    count = len(data)
    if count == 4:
        try:
            v_financial_assessment_questions = data["financial_assessment_questions"]
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
                    and v_msg_type in _ALLOWED_financial_assessment_questions
                )
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.financial_assessment_questions = structure_financial_assessment_questions_response_financial_assessment_questions(
                        v_financial_assessment_questions
                    )
                except DecodeError as error:
                    raise error.at("financial_assessment_questions") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "financial_assessment_questions" not in data:
        obj.financial_assessment_questions = None
        count += 1
    else:
        value = data["financial_assessment_questions"]
        try:
            obj.financial_assessment_questions = (
                structure_financial_assessment_questions_response_financial_assessment_questions(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("financial_assessment_questions") from None
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
    if value.__class__ is _STR and value in _ALLOWED_financial_assessment_questions:
        obj.msg_type = value
    else:
        raise _not_one_of("'financial_assessment_questions'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_FINANCIAL_ASSESSMENT_QUESTIONS_RESPONSE
        }
    return obj


def unstructure_financial_assessment_questions_response(
    obj: m.FinancialAssessmentQuestionsResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.financial_assessment_questions
    if value is not None:
        data["financial_assessment_questions"] = (
            unstructure_financial_assessment_questions_response_financial_assessment_questions(
                value
            )
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_financial_assessment_questions_response_financial_assessment_questions(
    data: Any,
) -> m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestions:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestions)
    count = len(data)
    if count == 2:
        try:
            v_questions = data["questions"]
            v_version = data["version"]
        except KeyError:
            pass
        else:
            if v_version.__class__ is str:
                try:
                    obj.questions = _decode_dict_of_FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValue(
                        v_questions
                    )
                except DecodeError as error:
                    raise error.at("questions") from None
                obj.version = v_version
                obj.extra_fields = {}
                return obj
    if "questions" not in data:
        obj.questions = None
        count += 1
    else:
        value = data["questions"]
        try:
            obj.questions = _decode_dict_of_FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValue(
                value
            )
        except DecodeError as error:
            raise error.at("questions") from None
    if "version" not in data:
        obj.version = None
        count += 1
    elif (value := data["version"]).__class__ is str:
        obj.version = value
    else:
        raise _expected("a string", value).at("version")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_FINANCIAL_ASSESSMENT_QUESTIONS_RESPONSE_FINANCIAL_ASSESSMENT_QUESTIONS
        }
    return obj


def unstructure_financial_assessment_questions_response_financial_assessment_questions(
    obj: m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestions,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.questions
    if value is not None:
        data["questions"] = {
            k: unstructure_financial_assessment_questions_response_financial_assessment_questions_questions_value(
                item
            )
            for k, item in value.items()
        }
    value = obj.version
    if value is not None:
        data["version"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_financial_assessment_questions_response_financial_assessment_questions_questions_value(
    data: Any,
) -> m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValue)
    count = len(data)
    if count == 4:
        try:
            v_answers = data["answers"]
            v_hide_if = data["hide_if"]
            v_question = data["question"]
            v_type = data["type"]
        except KeyError:
            pass
        else:
            if (v_question.__class__ is str) and (
                v_type.__class__ is _STR
                and v_type in _ALLOWED_free_text_multiple_choice_single_choice
            ):
                try:
                    obj.answers = _decode_list_of_FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValueAnswersItem(
                        v_answers
                    )
                except DecodeError as error:
                    raise error.at("answers") from None
                try:
                    obj.hide_if = _decode_list_of_str(v_hide_if)
                except DecodeError as error:
                    raise error.at("hide_if") from None
                obj.question = v_question
                obj.type = v_type
                obj.extra_fields = {}
                return obj
    try:
        value = data["answers"]
    except KeyError:
        raise DecodeError("required field is missing", ("answers",)) from None
    try:
        obj.answers = _decode_list_of_FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValueAnswersItem(
            value
        )
    except DecodeError as error:
        raise error.at("answers") from None
    try:
        value = data["hide_if"]
    except KeyError:
        raise DecodeError("required field is missing", ("hide_if",)) from None
    try:
        obj.hide_if = _decode_list_of_str(value)
    except DecodeError as error:
        raise error.at("hide_if") from None
    try:
        value = data["question"]
    except KeyError:
        raise DecodeError("required field is missing", ("question",)) from None
    if value.__class__ is str:
        obj.question = value
    else:
        raise _expected("a string", value).at("question")
    try:
        value = data["type"]
    except KeyError:
        raise DecodeError("required field is missing", ("type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_free_text_multiple_choice_single_choice:
        obj.type = value
    else:
        raise _not_one_of("'free_text', 'single_choice', 'multiple_choice'", value).at("type")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_FINANCIAL_ASSESSMENT_QUESTIONS_RESPONSE_FINANCIAL_ASSESSMENT_QUESTIONS_QUESTIONS_VALUE
        }
    return obj


def unstructure_financial_assessment_questions_response_financial_assessment_questions_questions_value(
    obj: m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "answers": [
            unstructure_financial_assessment_questions_response_financial_assessment_questions_questions_value_answers_item(
                item
            )
            for item in obj.answers
        ],
        "hide_if": obj.hide_if,
        "question": obj.question,
        "type": obj.type,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_financial_assessment_questions_response_financial_assessment_questions_questions_value_answers_item(
    data: Any,
) -> m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValueAnswersItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValueAnswersItem
    )
    count = len(data)
    if count == 4:
        try:
            v_hide_if = data["hide_if"]
            v_key = data["key"]
            v_next_node = data["next_node"]
            v_value = data["value"]
        except KeyError:
            pass
        else:
            if (
                (v_key.__class__ is str)
                and (v_next_node is None or (v_next_node.__class__ is str))
                and (v_value.__class__ is str)
            ):
                try:
                    obj.hide_if = _decode_list_of_str(v_hide_if)
                except DecodeError as error:
                    raise error.at("hide_if") from None
                obj.key = v_key
                obj.next_node = v_next_node
                obj.value = v_value
                obj.extra_fields = {}
                return obj
    try:
        value = data["hide_if"]
    except KeyError:
        raise DecodeError("required field is missing", ("hide_if",)) from None
    try:
        obj.hide_if = _decode_list_of_str(value)
    except DecodeError as error:
        raise error.at("hide_if") from None
    try:
        value = data["key"]
    except KeyError:
        raise DecodeError("required field is missing", ("key",)) from None
    if value.__class__ is str:
        obj.key = value
    else:
        raise _expected("a string", value).at("key")
    try:
        value = data["next_node"]
    except KeyError:
        raise DecodeError("required field is missing", ("next_node",)) from None
    if value is None or (value.__class__ is str):
        obj.next_node = value
    else:
        raise _expected("a string", value).at("next_node")
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
            not in _KEYS_FINANCIAL_ASSESSMENT_QUESTIONS_RESPONSE_FINANCIAL_ASSESSMENT_QUESTIONS_QUESTIONS_VALUE_ANSWERS_ITEM
        }
    return obj


def unstructure_financial_assessment_questions_response_financial_assessment_questions_questions_value_answers_item(
    obj: m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValueAnswersItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "hide_if": obj.hide_if,
        "key": obj.key,
        "next_node": obj.next_node,
        "value": obj.value,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.FinancialAssessmentQuestionsRequest: structure_financial_assessment_questions_request,
    m.FinancialAssessmentQuestionsResponse: structure_financial_assessment_questions_response,
    m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestions: structure_financial_assessment_questions_response_financial_assessment_questions,
    m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValue: structure_financial_assessment_questions_response_financial_assessment_questions_questions_value,
    m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValueAnswersItem: structure_financial_assessment_questions_response_financial_assessment_questions_questions_value_answers_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.FinancialAssessmentQuestionsRequest: unstructure_financial_assessment_questions_request,
    m.FinancialAssessmentQuestionsResponse: unstructure_financial_assessment_questions_response,
    m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestions: unstructure_financial_assessment_questions_response_financial_assessment_questions,
    m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValue: unstructure_financial_assessment_questions_response_financial_assessment_questions_questions_value,
    m.FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValueAnswersItem: unstructure_financial_assessment_questions_response_financial_assessment_questions_questions_value_answers_item,
}
