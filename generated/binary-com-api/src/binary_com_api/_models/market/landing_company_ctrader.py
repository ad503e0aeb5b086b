"""The models of the ``landing_company_ctrader`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "LandingCompanyResponseLandingCompanyCtrader",
    "LandingCompanyResponseLandingCompanyCtraderAll",
]


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyCtrader:
    """Landing company response landing company ctrader."""

    all: LandingCompanyResponseLandingCompanyCtraderAll | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyCtraderAll:
    """Landing company response landing company ctrader all."""

    standard: Literal["svg", "none"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
