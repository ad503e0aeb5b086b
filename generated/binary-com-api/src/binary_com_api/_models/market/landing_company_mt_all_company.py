"""The models of the ``landing_company_mt_all_company`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from ..._runtime.core.types import UNSET, Unset

if TYPE_CHECKING:
    from ..._models.market.landing_company_shared import LandingCompanyDetails

__all__ = [
    "LandingCompanyResponseLandingCompanyMtAllCompany",
]


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyMtAllCompany:
    """Landing company response landing company mt all company."""

    swap_free: LandingCompanyDetails | Unset | None = UNSET
    zero_spread: LandingCompanyDetails | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
