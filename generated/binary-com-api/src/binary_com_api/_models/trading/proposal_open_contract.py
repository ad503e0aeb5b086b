"""The models of the ``proposal_open_contract`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

if TYPE_CHECKING:
    from ..._models.trading.proposal_open_contract_audit_details import (
        ProposalOpenContractResponseProposalOpenContractAuditDetails,
    )
    from ..._models.trading.proposal_open_contract_cancellation import (
        ProposalOpenContractResponseProposalOpenContractCancellation,
    )
    from ..._models.trading.proposal_open_contract_is_valid_to_update import (
        ProposalOpenContractResponseProposalOpenContractIsValidToUpdate,
    )
    from ..._models.trading.proposal_open_contract_limit_order import (
        ProposalOpenContractResponseProposalOpenContractLimitOrder,
    )
    from ..._models.trading.proposal_open_contract_subscription import (
        ProposalOpenContractResponseSubscription,
    )
    from ..._models.trading.proposal_open_contract_tick_stream import (
        ProposalOpenContractResponseProposalOpenContractTickStreamItem,
    )
    from ..._models.trading.proposal_open_contract_transaction_ids import (
        ProposalOpenContractResponseProposalOpenContractTransactionIds,
    )
    from ..._models.trading.proposal_open_contract_validation_params import (
        ProposalOpenContractResponseProposalOpenContractValidationParams,
    )

__all__ = [
    "ProposalOpenContractRequest",
    "ProposalOpenContractResponse",
    "ProposalOpenContractResponseProposalOpenContract",
]


@attrs.define(kw_only=True)
class ProposalOpenContractRequest:
    """Proposal open contract request."""

    proposal_open_contract: Literal[1]
    contract_id: int | None = None
    """The contract to report on; leave out for every open contract of the account."""

    subscribe: Literal[1] | None = None
    loginid: str | None = None
    """The account to report on, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ProposalOpenContractResponse:
    """Proposal open contract response."""

    proposal_open_contract: ProposalOpenContractResponseProposalOpenContract | None = None
    subscription: ProposalOpenContractResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["proposal_open_contract"] | None = None
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContract:
    """Proposal open contract response proposal open contract."""

    account_id: float | None = None
    app_markup_amount: str | None = None
    audit_details: ProposalOpenContractResponseProposalOpenContractAuditDetails | Unset | None = (
        UNSET
    )
    barrier: str | Unset | None = UNSET
    barrier_count: float | None = None
    barrier_spot_distance: str | None = None
    bid_price: float | None = None
    buy_price: float | None = None
    cancellation: ProposalOpenContractResponseProposalOpenContractCancellation | None = None
    caution_price: str | None = None
    commision: float | Unset | None = UNSET
    commission: float | Unset | None = UNSET
    contract_id: int | None = None
    contract_type: str | None = None
    coupon_collection_epochs: list[int] | None = None
    coupon_rate: str | None = None
    currency: str | None = None
    current_spot: float | None = None
    current_spot_display_value: str | None = None
    current_spot_high_barrier: str | None = None
    current_spot_low_barrier: str | None = None
    current_spot_time: int | None = None
    date_expiry: int | None = None
    date_settlement: int | None = None
    date_start: int | None = None
    display_name: str | None = None
    display_number_of_contracts: str | None = None
    display_value: str | None = None
    entry_spot: float | Unset | None = UNSET
    entry_spot_display_value: str | Unset | None = UNSET
    entry_tick: float | None = None
    entry_tick_display_value: str | None = None
    entry_tick_time: int | None = None
    exit_tick: float | None = None
    exit_tick_display_value: str | None = None
    exit_tick_time: int | None = None
    expiry_time: int | None = None
    growth_rate: float | None = None
    high_barrier: str | None = None
    id: str | None = None
    is_expired: Literal[0, 1] | None = None
    is_forward_starting: Literal[0, 1] | None = None
    is_intraday: Literal[0, 1] | None = None
    is_path_dependent: Literal[0, 1] | None = None
    is_settleable: Literal[0, 1] | None = None
    is_sold: Literal[0, 1] | None = None
    is_valid_to_cancel: Literal[0, 1] | None = None
    is_valid_to_sell: Literal[0, 1] | None = None
    is_valid_to_update: (
        ProposalOpenContractResponseProposalOpenContractIsValidToUpdate | Unset | None
    ) = UNSET
    limit_order: ProposalOpenContractResponseProposalOpenContractLimitOrder | None = None
    longcode: str | None = None
    low_barrier: str | None = None
    multiplier: float | None = None
    num_of_coupons: int | None = None
    payout: float | None = None
    profit: float | None = None
    profit_percentage: float | None = None
    profit_price: str | None = None
    purchase_time: int | None = None
    reset_barrier: str | Unset | None = UNSET
    reset_time: int | None = None
    selected_spot: float | None = None
    selected_tick: int | None = None
    sell_price: float | None = None
    sell_spot: float | None = None
    sell_spot_display_value: str | None = None
    sell_spot_time: int | None = None
    sell_time: int | Unset | None = UNSET
    shortcode: str | None = None
    status: Literal["open", "sold", "won", "lost", "cancelled"] | Unset | None = UNSET
    tick_count: int | None = None
    tick_passed: int | None = None
    tick_stream: list[ProposalOpenContractResponseProposalOpenContractTickStreamItem] | None = None
    trade_risk_profile: Literal["low", "medium", "high"] | None = None
    transaction_ids: ProposalOpenContractResponseProposalOpenContractTransactionIds | None = None
    underlying: str | None = None
    validation_error: str | None = None
    validation_error_code: str | None = None
    validation_params: ProposalOpenContractResponseProposalOpenContractValidationParams | None = (
        None
    )
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
