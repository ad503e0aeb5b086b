"""The models of the ``tin_validations`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "TinValidationsRequest",
    "TinValidationsResponse",
    "TinValidationsResponseTinValidations",
]


@attrs.define(kw_only=True)
class TinValidationsRequest:
    """Tin validations request."""

    tin_validations: Literal[1]
    tax_residence: str
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TinValidationsResponse:
    """Tin validations response."""

    tin_validations: TinValidationsResponseTinValidations | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["tin_validations"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TinValidationsResponseTinValidations:
    """Tin validations response tin validations."""

    invalid_patterns: list[str] | None = None
    is_tin_mandatory: Literal[0, 1] | None = None
    tin_employment_status_bypass: list[str] | None = None
    tin_format: list[str] | None = None
    tin_format_description: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
