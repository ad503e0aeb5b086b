"""The trading calls of the Pipeline (``client.pipeline()``), one method per call.

`Pipeline` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.pending import Pending
    from .._runtime.binary.session import Session


class TradingPipelineCalls:
    """The methods of the trading calls that `Pipeline` sends without waiting."""

    __slots__ = ()
    _session: Session

    def buy(
        self,
        buy: str,
        *,
        price: float,
        parameters: models.BuyRequestParameters | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.BuyResponse]:
        """Sends ``buy`` now; see `BinaryComClient.buy`."""
        return cast(
            "Pending[models.BuyResponse]",
            self._session.start(
                "buy",
                {
                    "buy": buy,
                    "price": price,
                    "parameters": parameters,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def buy_contract_for_multiple_accounts(
        self,
        buy_contract_for_multiple_accounts: str,
        *,
        price: float,
        tokens: list[str],
        parameters: models.BuyContractForMultipleAccountsRequestParameters | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.BuyContractForMultipleAccountsResponse]:
        """Sends ``buy_contract_for_multiple_accounts`` now; see `BinaryComClient.buy_contract_for_multiple_accounts`."""
        return cast(
            "Pending[models.BuyContractForMultipleAccountsResponse]",
            self._session.start(
                "buy_contract_for_multiple_accounts",
                {
                    "buy_contract_for_multiple_accounts": buy_contract_for_multiple_accounts,
                    "price": price,
                    "tokens": tokens,
                    "parameters": parameters,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def cancel(
        self,
        cancel: int,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CancelResponse]:
        """Sends ``cancel`` now; see `BinaryComClient.cancel`."""
        return cast(
            "Pending[models.CancelResponse]",
            self._session.start(
                "cancel",
                {"cancel": cancel, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def contract_update(
        self,
        *,
        contract_id: int,
        limit_order: models.ContractUpdateRequestLimitOrder,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ContractUpdateResponse]:
        """Sends ``contract_update`` now; see `BinaryComClient.contract_update`."""
        return cast(
            "Pending[models.ContractUpdateResponse]",
            self._session.start(
                "contract_update",
                {
                    "contract_id": contract_id,
                    "limit_order": limit_order,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def contract_update_history(
        self,
        *,
        contract_id: int,
        limit: float | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ContractUpdateHistoryResponse]:
        """Sends ``contract_update_history`` now; see `BinaryComClient.contract_update_history`."""
        return cast(
            "Pending[models.ContractUpdateHistoryResponse]",
            self._session.start(
                "contract_update_history",
                {
                    "contract_id": contract_id,
                    "limit": limit,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def copy_start(
        self,
        copy_start: str,
        *,
        assets: str | list[str] | None = None,
        max_trade_stake: float | None = None,
        min_trade_stake: float | None = None,
        trade_types: str | list[str] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CopyStartResponse]:
        """Sends ``copy_start`` now; see `BinaryComClient.copy_start`."""
        return cast(
            "Pending[models.CopyStartResponse]",
            self._session.start(
                "copy_start",
                {
                    "copy_start": copy_start,
                    "assets": assets,
                    "max_trade_stake": max_trade_stake,
                    "min_trade_stake": min_trade_stake,
                    "trade_types": trade_types,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def copy_stop(
        self,
        copy_stop: str,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CopyStopResponse]:
        """Sends ``copy_stop`` now; see `BinaryComClient.copy_stop`."""
        return cast(
            "Pending[models.CopyStopResponse]",
            self._session.start(
                "copy_stop",
                {"copy_stop": copy_stop, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def copytrading_list(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CopytradingListResponse]:
        """Sends ``copytrading_list`` now; see `BinaryComClient.copytrading_list`."""
        return cast(
            "Pending[models.CopytradingListResponse]",
            self._session.start(
                "copytrading_list", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def copytrading_statistics(
        self,
        *,
        trader_id: str,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CopytradingStatisticsResponse]:
        """Sends ``copytrading_statistics`` now; see `BinaryComClient.copytrading_statistics`."""
        return cast(
            "Pending[models.CopytradingStatisticsResponse]",
            self._session.start(
                "copytrading_statistics",
                {"trader_id": trader_id, "passthrough": passthrough},
                timeout,
            ),
        )

    def portfolio(
        self,
        *,
        contract_type: list[
            Literal[
                "ACCU",
                "ASIAND",
                "ASIANU",
                "CALL",
                "CALLE",
                "CALLSPREAD",
                "DIGITDIFF",
                "DIGITEVEN",
                "DIGITMATCH",
                "DIGITODD",
                "DIGITOVER",
                "DIGITUNDER",
                "EXPIRYMISSE",
                "EXPIRYMISS",
                "EXPIRYRANGE",
                "EXPIRYRANGEE",
                "LBFLOATCALL",
                "LBFLOATPUT",
                "LBHIGHLOW",
                "MULTDOWN",
                "MULTUP",
                "NOTOUCH",
                "ONETOUCH",
                "PUT",
                "PUTE",
                "PUTSPREAD",
                "RANGE",
                "RESETCALL",
                "RESETPUT",
                "RUNHIGH",
                "RUNLOW",
                "TICKHIGH",
                "TICKLOW",
                "UPORDOWN",
                "VANILLALONGCALL",
                "VANILLALONGPUT",
                "TURBOSLONG",
                "TURBOSSHORT",
            ]
        ]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PortfolioResponse]:
        """Sends ``portfolio`` now; see `BinaryComClient.portfolio`."""
        return cast(
            "Pending[models.PortfolioResponse]",
            self._session.start(
                "portfolio",
                {"contract_type": contract_type, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def profit_table(
        self,
        *,
        contract_type: list[
            Literal[
                "ACCU",
                "ASIAND",
                "ASIANU",
                "CALL",
                "CALLE",
                "CALLSPREAD",
                "DIGITDIFF",
                "DIGITEVEN",
                "DIGITMATCH",
                "DIGITODD",
                "DIGITOVER",
                "DIGITUNDER",
                "EXPIRYMISSE",
                "EXPIRYMISS",
                "EXPIRYRANGE",
                "EXPIRYRANGEE",
                "LBFLOATCALL",
                "LBFLOATPUT",
                "LBHIGHLOW",
                "MULTDOWN",
                "MULTUP",
                "NOTOUCH",
                "ONETOUCH",
                "PUT",
                "PUTE",
                "PUTSPREAD",
                "RANGE",
                "RESETCALL",
                "RESETPUT",
                "RUNHIGH",
                "RUNLOW",
                "TICKHIGH",
                "TICKLOW",
                "UPORDOWN",
                "VANILLALONGCALL",
                "VANILLALONGPUT",
                "TURBOSLONG",
                "TURBOSSHORT",
            ]
        ]
        | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        description: Literal[0, 1] | None = None,
        limit: float | None = None,
        offset: int | None = None,
        sort: Literal["ASC", "DESC"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ProfitTableResponse]:
        """Sends ``profit_table`` now; see `BinaryComClient.profit_table`."""
        return cast(
            "Pending[models.ProfitTableResponse]",
            self._session.start(
                "profit_table",
                {
                    "contract_type": contract_type,
                    "date_from": date_from,
                    "date_to": date_to,
                    "description": description,
                    "limit": limit,
                    "offset": offset,
                    "sort": sort,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def proposal(
        self,
        *,
        contract_type: Literal[
            "MULTUP",
            "MULTDOWN",
            "UPORDOWN",
            "EXPIRYRANGE",
            "ONETOUCH",
            "CALLE",
            "LBHIGHLOW",
            "ASIAND",
            "EXPIRYRANGEE",
            "DIGITDIFF",
            "DIGITMATCH",
            "DIGITOVER",
            "PUTE",
            "DIGITUNDER",
            "NOTOUCH",
            "CALL",
            "RANGE",
            "LBFLOATPUT",
            "DIGITODD",
            "PUT",
            "ASIANU",
            "LBFLOATCALL",
            "EXPIRYMISSE",
            "EXPIRYMISS",
            "DIGITEVEN",
            "TICKHIGH",
            "TICKLOW",
            "RESETCALL",
            "RESETPUT",
            "SNOWDOWN",
            "SNOWUP",
            "CALLSPREAD",
            "PUTSPREAD",
            "RUNHIGH",
            "RUNLOW",
            "ACCU",
            "VANILLALONGCALL",
            "VANILLALONGPUT",
            "TURBOSLONG",
            "TURBOSSHORT",
        ],
        currency: str,
        symbol: str,
        amount: float | None = None,
        barrier: str | None = None,
        barrier2: str | None = None,
        barrier_range: Literal["tight", "middle", "wide"] | None = None,
        basis: Literal["payout", "stake"] | None = None,
        cancellation: str | None = None,
        date_expiry: int | None = None,
        date_start: int | None = None,
        duration: int | None = None,
        duration_unit: Literal["d", "m", "s", "h", "t"] | None = None,
        growth_rate: float | None = None,
        limit_order: models.ProposalRequestLimitOrder | None = None,
        multiplier: float | None = None,
        payout_per_point: float | None = None,
        product_type: Literal["basic"] | None = None,
        selected_tick: int | None = None,
        trade_risk_profile: Literal["low", "medium", "high"] | None = None,
        trading_period_start: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ProposalResponse]:
        """Sends ``proposal`` now; see `BinaryComClient.proposal`."""
        return cast(
            "Pending[models.ProposalResponse]",
            self._session.start(
                "proposal",
                {
                    "contract_type": contract_type,
                    "currency": currency,
                    "symbol": symbol,
                    "amount": amount,
                    "barrier": barrier,
                    "barrier2": barrier2,
                    "barrier_range": barrier_range,
                    "basis": basis,
                    "cancellation": cancellation,
                    "date_expiry": date_expiry,
                    "date_start": date_start,
                    "duration": duration,
                    "duration_unit": duration_unit,
                    "growth_rate": growth_rate,
                    "limit_order": limit_order,
                    "multiplier": multiplier,
                    "payout_per_point": payout_per_point,
                    "product_type": product_type,
                    "selected_tick": selected_tick,
                    "trade_risk_profile": trade_risk_profile,
                    "trading_period_start": trading_period_start,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def proposal_open_contract(
        self,
        *,
        contract_id: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ProposalOpenContractResponse]:
        """Sends ``proposal_open_contract`` now; see `BinaryComClient.proposal_open_contract`."""
        return cast(
            "Pending[models.ProposalOpenContractResponse]",
            self._session.start(
                "proposal_open_contract",
                {"contract_id": contract_id, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def reality_check(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.RealityCheckResponse]:
        """Sends ``reality_check`` now; see `BinaryComClient.reality_check`."""
        return cast(
            "Pending[models.RealityCheckResponse]",
            self._session.start(
                "reality_check", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def sell(
        self,
        sell: int,
        *,
        price: float,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.SellResponse]:
        """Sends ``sell`` now; see `BinaryComClient.sell`."""
        return cast(
            "Pending[models.SellResponse]",
            self._session.start(
                "sell",
                {"sell": sell, "price": price, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def sell_contract_for_multiple_accounts(
        self,
        *,
        price: float,
        shortcode: str,
        tokens: list[str],
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.SellContractForMultipleAccountsResponse]:
        """Sends ``sell_contract_for_multiple_accounts`` now; see `BinaryComClient.sell_contract_for_multiple_accounts`."""
        return cast(
            "Pending[models.SellContractForMultipleAccountsResponse]",
            self._session.start(
                "sell_contract_for_multiple_accounts",
                {
                    "price": price,
                    "shortcode": shortcode,
                    "tokens": tokens,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def sell_expired(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.SellExpiredResponse]:
        """Sends ``sell_expired`` now; see `BinaryComClient.sell_expired`."""
        return cast(
            "Pending[models.SellExpiredResponse]",
            self._session.start(
                "sell_expired", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def statement(
        self,
        *,
        action_type: Literal[
            "buy",
            "sell",
            "deposit",
            "withdrawal",
            "escrow",
            "adjustment",
            "virtual_credit",
            "transfer",
        ]
        | None = None,
        date_from: int | None = None,
        date_to: int | None = None,
        description: Literal[0, 1] | None = None,
        limit: float | None = None,
        offset: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.StatementResponse]:
        """Sends ``statement`` now; see `BinaryComClient.statement`."""
        return cast(
            "Pending[models.StatementResponse]",
            self._session.start(
                "statement",
                {
                    "action_type": action_type,
                    "date_from": date_from,
                    "date_to": date_to,
                    "description": description,
                    "limit": limit,
                    "offset": offset,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )
