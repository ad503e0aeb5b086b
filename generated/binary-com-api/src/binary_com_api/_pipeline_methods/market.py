"""The market calls of the Pipeline (``client.pipeline()``), one method per call.

`Pipeline` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.pending import Pending
    from .._runtime.binary.session import Session


class MarketPipelineCalls:
    """The methods of the market calls that `Pipeline` sends without waiting."""

    __slots__ = ()
    _session: Session

    def active_symbols(
        self,
        active_symbols: Literal["brief", "full"],
        *,
        barrier_category: list[
            Literal[
                "american",
                "asian",
                "euro_atm",
                "euro_non_atm",
                "non_financial",
                "lookback",
                "reset",
            ]
        ]
        | None = None,
        contract_type: list[
            Literal[
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
                "CALLSPREAD",
                "PUTSPREAD",
                "RUNHIGH",
                "RUNLOW",
                "ACCU",
                "VANILLALONGCALL",
                "VANILLALONGPUT",
                "TURBOSLONG",
                "TURBOSSHORT",
            ]
        ]
        | None = None,
        landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        landing_company_short: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        product_type: Literal["basic"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ActiveSymbolsResponse]:
        """Sends ``active_symbols`` now; see `BinaryComClient.active_symbols`."""
        return cast(
            "Pending[models.ActiveSymbolsResponse]",
            self._session.start(
                "active_symbols",
                {
                    "active_symbols": active_symbols,
                    "barrier_category": barrier_category,
                    "contract_type": contract_type,
                    "landing_company": landing_company,
                    "landing_company_short": landing_company_short,
                    "product_type": product_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def asset_index(
        self,
        *,
        landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        landing_company_short: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.AssetIndexResponse]:
        """Sends ``asset_index`` now; see `BinaryComClient.asset_index`."""
        return cast(
            "Pending[models.AssetIndexResponse]",
            self._session.start(
                "asset_index",
                {
                    "landing_company": landing_company,
                    "landing_company_short": landing_company_short,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def contracts_for(
        self,
        contracts_for: str,
        *,
        currency: str | None = None,
        landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        landing_company_short: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        product_type: Literal["basic"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ContractsForResponse]:
        """Sends ``contracts_for`` now; see `BinaryComClient.contracts_for`."""
        return cast(
            "Pending[models.ContractsForResponse]",
            self._session.start(
                "contracts_for",
                {
                    "contracts_for": contracts_for,
                    "currency": currency,
                    "landing_company": landing_company,
                    "landing_company_short": landing_company_short,
                    "product_type": product_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def contracts_for_company(
        self,
        *,
        landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ContractsForCompanyResponse]:
        """Sends ``contracts_for_company`` now; see `BinaryComClient.contracts_for_company`."""
        return cast(
            "Pending[models.ContractsForCompanyResponse]",
            self._session.start(
                "contracts_for_company",
                {
                    "landing_company": landing_company,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def economic_calendar(
        self,
        *,
        currency: str | None = None,
        end_date: int | None = None,
        start_date: int | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.EconomicCalendarResponse]:
        """Sends ``economic_calendar`` now; see `BinaryComClient.economic_calendar`."""
        return cast(
            "Pending[models.EconomicCalendarResponse]",
            self._session.start(
                "economic_calendar",
                {
                    "currency": currency,
                    "end_date": end_date,
                    "start_date": start_date,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def exchange_rates(
        self,
        *,
        base_currency: str,
        include_spread: Literal[1] | None = None,
        target_currency: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ExchangeRatesResponse]:
        """Sends ``exchange_rates`` now; see `BinaryComClient.exchange_rates`."""
        return cast(
            "Pending[models.ExchangeRatesResponse]",
            self._session.start(
                "exchange_rates",
                {
                    "base_currency": base_currency,
                    "include_spread": include_spread,
                    "target_currency": target_currency,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def landing_company(
        self,
        landing_company: str,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.LandingCompanyResponse]:
        """Sends ``landing_company`` now; see `BinaryComClient.landing_company`."""
        return cast(
            "Pending[models.LandingCompanyResponse]",
            self._session.start(
                "landing_company",
                {"landing_company": landing_company, "passthrough": passthrough},
                timeout,
            ),
        )

    def landing_company_details(
        self,
        landing_company_details: Literal[
            "iom",
            "malta",
            "maltainvest",
            "svg",
            "virtual",
            "vanuatu",
            "samoa",
            "samoa-virtual",
            "dsl",
            "bvi",
            "labuan",
            "dml",
        ],
        *,
        country: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.LandingCompanyDetailsResponse]:
        """Sends ``landing_company_details`` now; see `BinaryComClient.landing_company_details`."""
        return cast(
            "Pending[models.LandingCompanyDetailsResponse]",
            self._session.start(
                "landing_company_details",
                {
                    "landing_company_details": landing_company_details,
                    "country": country,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def payout_currencies(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PayoutCurrenciesResponse]:
        """Sends ``payout_currencies`` now; see `BinaryComClient.payout_currencies`."""
        return cast(
            "Pending[models.PayoutCurrenciesResponse]",
            self._session.start(
                "payout_currencies", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def residence_list(
        self,
        *,
        query: list[
            Literal[
                "account_opening_self_declaration_required",
                "common_reporting_standard",
                "disabled",
                "identity",
                "jurisdiction_risk_assessment",
                "phone_idd",
                "selected",
                "text",
                "tin_format",
                "value",
                "wallet_signup",
            ]
        ]
        | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ResidenceListResponse]:
        """Sends ``residence_list`` now; see `BinaryComClient.residence_list`."""
        return cast(
            "Pending[models.ResidenceListResponse]",
            self._session.start(
                "residence_list", {"query": query, "passthrough": passthrough}, timeout
            ),
        )

    def states_list(
        self,
        states_list: str,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.StatesListResponse]:
        """Sends ``states_list`` now; see `BinaryComClient.states_list`."""
        return cast(
            "Pending[models.StatesListResponse]",
            self._session.start(
                "states_list", {"states_list": states_list, "passthrough": passthrough}, timeout
            ),
        )

    def ticks(
        self,
        ticks: str | list[str],
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TicksResponse]:
        """Sends ``ticks`` now; see `BinaryComClient.ticks`."""
        return cast(
            "Pending[models.TicksResponse]",
            self._session.start("ticks", {"ticks": ticks, "passthrough": passthrough}, timeout),
        )

    def ticks_batch(
        self,
        *,
        market: Literal[
            "forex", "indices", "commodities", "stocks", "cryptocurrency", "synthetic_index"
        ],
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TicksBatchResponse]:
        """Sends ``ticks_batch`` now; see `BinaryComClient.ticks_batch`."""
        return cast(
            "Pending[models.TicksBatchResponse]",
            self._session.start(
                "ticks_batch", {"market": market, "passthrough": passthrough}, timeout
            ),
        )

    def ticks_history(
        self,
        ticks_history: str,
        *,
        end: str,
        adjust_start_time: Literal[1] | None = None,
        count: int | None = None,
        granularity: Literal[60, 120, 180, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400]
        | None = None,
        start: int | None = None,
        style: Literal["candles", "ticks"] | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TicksHistoryResponse]:
        """Sends ``ticks_history`` now; see `BinaryComClient.ticks_history`."""
        return cast(
            "Pending[models.TicksHistoryResponse]",
            self._session.start(
                "ticks_history",
                {
                    "ticks_history": ticks_history,
                    "end": end,
                    "adjust_start_time": adjust_start_time,
                    "count": count,
                    "granularity": granularity,
                    "start": start,
                    "style": style,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def trading_durations(
        self,
        *,
        landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        landing_company_short: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TradingDurationsResponse]:
        """Sends ``trading_durations`` now; see `BinaryComClient.trading_durations`."""
        return cast(
            "Pending[models.TradingDurationsResponse]",
            self._session.start(
                "trading_durations",
                {
                    "landing_company": landing_company,
                    "landing_company_short": landing_company_short,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def trading_times(
        self,
        trading_times: str,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TradingTimesResponse]:
        """Sends ``trading_times`` now; see `BinaryComClient.trading_times`."""
        return cast(
            "Pending[models.TradingTimesResponse]",
            self._session.start(
                "trading_times",
                {"trading_times": trading_times, "passthrough": passthrough},
                timeout,
            ),
        )
