"""The models of the ``financial_assessment_questions`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "FinancialAssessmentQuestionsRequest",
    "FinancialAssessmentQuestionsResponse",
    "FinancialAssessmentQuestionsResponseFinancialAssessmentQuestions",
    "FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValue",
    "FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValueAnswersItem",
]


@attrs.define(kw_only=True)
class FinancialAssessmentQuestionsRequest:
    """Financial assessment questions request."""

    financial_assessment_questions: Literal[1]
    landing_company_short: str | None = None
    version: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class FinancialAssessmentQuestionsResponse:
    """Financial assessment questions response."""

    financial_assessment_questions: (
        FinancialAssessmentQuestionsResponseFinancialAssessmentQuestions | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["financial_assessment_questions"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class FinancialAssessmentQuestionsResponseFinancialAssessmentQuestions:
    """Financial assessment questions response financial assessment questions."""

    questions: (
        dict[str, FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValue]
        | None
    ) = None
    version: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValue:
    """Financial assessment questions response financial assessment questions questions value."""

    answers: list[
        FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValueAnswersItem
    ]
    hide_if: list[str]
    question: str
    type: Literal["free_text", "single_choice", "multiple_choice"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValueAnswersItem:
    """Financial assessment questions response financial assessment questions questions value
    answers item.
    """

    hide_if: list[str]
    key: str
    next_node: str | None
    value: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
