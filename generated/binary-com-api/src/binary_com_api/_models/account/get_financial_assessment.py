"""The models of the ``get_financial_assessment`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "GetFinancialAssessmentRequest",
    "GetFinancialAssessmentResponse",
    "GetFinancialAssessmentResponseGetFinancialAssessment",
]


@attrs.define(kw_only=True)
class GetFinancialAssessmentRequest:
    """Get financial assessment request."""

    get_financial_assessment: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class GetFinancialAssessmentResponse:
    """Get financial assessment response."""

    get_financial_assessment: GetFinancialAssessmentResponseGetFinancialAssessment | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["get_financial_assessment"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetFinancialAssessmentResponseGetFinancialAssessment:
    """Get financial assessment response get financial assessment."""

    cfd_score: int | None = None
    financial_information_score: int | None = None
    total_score: int | None = None
    trading_score: int | None = None
    extra_fields: dict[str, str] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
