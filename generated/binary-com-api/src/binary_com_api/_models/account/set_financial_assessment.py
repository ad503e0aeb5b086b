"""The models of the ``set_financial_assessment`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "SetFinancialAssessmentRequest",
    "SetFinancialAssessmentResponse",
    "SetFinancialAssessmentResponseSetFinancialAssessment",
]


@attrs.define(kw_only=True)
class SetFinancialAssessmentRequest:
    """Set financial assessment request."""

    set_financial_assessment: Literal[1]
    financial_information: dict[str, str] | None = None
    financial_information_version: str | None = None
    trading_experience: dict[str, str] | None = None
    trading_experience_regulated: dict[str, str] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None
    extra_fields: dict[str, str] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SetFinancialAssessmentResponse:
    """Set financial assessment response."""

    set_financial_assessment: SetFinancialAssessmentResponseSetFinancialAssessment | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["set_financial_assessment"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SetFinancialAssessmentResponseSetFinancialAssessment:
    """Set financial assessment response set financial assessment."""

    cfd_score: int | None = None
    financial_information_score: int | None = None
    total_score: int | None = None
    trading_score: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
