"""The models of the ``landing_company`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

if TYPE_CHECKING:
    from ..._models.market.landing_company_ctrader import (
        LandingCompanyResponseLandingCompanyCtrader,
    )
    from ..._models.market.landing_company_dxtrade_all_company import (
        LandingCompanyResponseLandingCompanyDxtradeAllCompany,
    )
    from ..._models.market.landing_company_dxtrade_financial_company import (
        LandingCompanyResponseLandingCompanyDxtradeFinancialCompany,
    )
    from ..._models.market.landing_company_dxtrade_gaming_company import (
        LandingCompanyResponseLandingCompanyDxtradeGamingCompany,
    )
    from ..._models.market.landing_company_financial_company import (
        LandingCompanyResponseLandingCompanyFinancialCompany,
    )
    from ..._models.market.landing_company_gaming_company import (
        LandingCompanyResponseLandingCompanyGamingCompany,
    )
    from ..._models.market.landing_company_mt_all_company import (
        LandingCompanyResponseLandingCompanyMtAllCompany,
    )
    from ..._models.market.landing_company_mt_financial_company import (
        LandingCompanyResponseLandingCompanyMtFinancialCompany,
    )
    from ..._models.market.landing_company_mt_gaming_company import (
        LandingCompanyResponseLandingCompanyMtGamingCompany,
    )

__all__ = [
    "LandingCompanyRequest",
    "LandingCompanyResponse",
    "LandingCompanyResponseLandingCompany",
]


@attrs.define(kw_only=True)
class LandingCompanyRequest:
    """Landing company request."""

    landing_company: str
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class LandingCompanyResponse:
    """Landing company response."""

    landing_company: LandingCompanyResponseLandingCompany | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["landing_company"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompany:
    """Landing company response landing company."""

    address_parseable: Literal[1, 0] | None = None
    all_company: Literal["svg", "none"] | None = None
    config: dict[str, Any] | None = None
    ctrader: LandingCompanyResponseLandingCompanyCtrader | None = None
    dxtrade_all_company: LandingCompanyResponseLandingCompanyDxtradeAllCompany | None = None
    dxtrade_financial_company: (
        LandingCompanyResponseLandingCompanyDxtradeFinancialCompany | None
    ) = None
    dxtrade_gaming_company: LandingCompanyResponseLandingCompanyDxtradeGamingCompany | None = None
    financial_company: LandingCompanyResponseLandingCompanyFinancialCompany | Unset | None = UNSET
    forbidden_postcode_pattern: str | None = None
    gaming_company: LandingCompanyResponseLandingCompanyGamingCompany | Unset | None = UNSET
    id: str | None = None
    is_idv_supported: Literal[1, 0] | None = None
    lc_to_open_mf_account: str | None = None
    minimum_age: int | None = None
    mt5_age_verification: Literal[1, 0] | None = None
    mt_all_company: LandingCompanyResponseLandingCompanyMtAllCompany | Unset | None = UNSET
    mt_financial_company: LandingCompanyResponseLandingCompanyMtFinancialCompany | Unset | None = (
        UNSET
    )
    mt_gaming_company: LandingCompanyResponseLandingCompanyMtGamingCompany | Unset | None = UNSET
    name: str | None = attrs.field(default=None, repr=False)
    need_set_max_turnover_limit: Literal[0, 1] | None = None
    no_province: Literal[0, 1] | None = None
    require_address_postcode: Literal[0, 1] | None = None
    require_age_verified_for_synthetic: Literal[0, 1] | None = None
    require_poi: Literal[0, 1] | None = None
    require_verification_when_not_age_verified: Literal[0, 1] | None = None
    skip_deposit_verification: Literal[0, 1] | None = None
    virtual_company: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
