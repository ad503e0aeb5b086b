"""The market calls of the BinaryComClient, one method per call.

`BinaryComClient` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.session import Session
    from .._runtime.websocket.subscription import Subscription


class MarketCalls:
    """The methods of the market calls (see `BinaryComClient`)."""

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
    ) -> models.ActiveSymbolsResponse:
        """Lists the tradable underlying symbols and their market status.

        ``active_symbols`` call; public; retried when it fails in transit.

        Arguments:
        - ``active_symbols`` (one of 'brief', 'full'; required): 'brief' for the main facts of
          each symbol, 'full' for everything known.
        - ``barrier_category`` (list of one of 'american', 'asian', 'euro_atm', 'euro_non_atm',
          'non_financial', 'lookback', 'reset'): Only symbols offering contracts of these barrier
          categories.
        - ``contract_type`` (list of one of 38 values: 'MULTUP', 'MULTDOWN', 'UPORDOWN',
          'EXPIRYRANGE', 'ONETOUCH', 'CALLE', 'LBHIGHLOW', 'ASIAND', 'EXPIRYRANGEE', 'DIGITDIFF',
          'DIGITMATCH', 'DIGITOVER', ...): Only symbols offering these contract types.
        - ``landing_company`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual',
          'vanuatu'): Only symbols of this landing company (the entity the account belongs to).
        - ``landing_company_short`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual',
          'vanuatu'): The same as landing_company, under its short name.
        - ``product_type`` (only 'basic'): Only symbols of this product type.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account whose offering to list,
          when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ActiveSymbolsResponse",
            self._session.call(
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
    ) -> models.AssetIndexResponse:
        """Per underlying, the contract types offered and their duration limits.

        ``asset_index`` call; public; retried when it fails in transit.

        Arguments:
        - ``landing_company`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu')
        - ``landing_company_short`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual',
          'vanuatu')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AssetIndexResponse",
            self._session.call(
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
    ) -> models.ContractsForResponse:
        """Contract types, barriers and durations available for one symbol.

        ``contracts_for`` call; public; retried when it fails in transit.

        Arguments:
        - ``contracts_for`` (str matching ``^\\w{2,30}$``; required): The symbol (e.g. R_50)
          whose available contracts to list.
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; server default 'USD'): The currency
          the contracts would be bought in; the default is USD.
        - ``landing_company`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu';
          server default 'virtual'): The landing company whose offering to list; the default is
          the one of the account or of the client's country.
        - ``landing_company_short`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual',
          'vanuatu'; server default 'virtual'): The same as landing_company, under its short
          name.
        - ``product_type`` (only 'basic'): Only contracts of this product type.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account whose offering to list,
          when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ContractsForResponse",
            self._session.call(
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
    ) -> models.ContractsForCompanyResponse:
        """Contract categories offered by one landing company.

        ``contracts_for_company`` call; public; retried when it fails in transit.

        Arguments:
        - ``landing_company`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu';
          server default 'virtual')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ContractsForCompanyResponse",
            self._session.call(
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
    ) -> models.EconomicCalendarResponse:
        """Upcoming economic events, optionally for one currency and period.

        ``economic_calendar`` call; public; retried when it fails in transit.

        Arguments:
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``end_date`` (int from 1 to 9999999999)
        - ``start_date`` (int from 1 to 9999999999)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.EconomicCalendarResponse",
            self._session.call(
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
    ) -> models.ExchangeRatesResponse:
        """Conversion rates from a base currency; can stream.

        ``exchange_rates`` call; public; retried when it fails in transit.

        Arguments:
        - ``base_currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required)
        - ``include_spread`` (only 1)
        - ``target_currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ExchangeRatesResponse",
            self._session.call(
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

    def subscribe_exchange_rates(
        self,
        *,
        base_currency: str,
        include_spread: Literal[1] | None = None,
        target_currency: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.ExchangeRatesResponse]:
        """Subscribes to the ``exchange_rates`` call: conversion rates from a base currency; can
        stream.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``exchange_rates`` call with ``subscribe: 1``; public.

        Arguments:
        - ``base_currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required)
        - ``include_spread`` (only 1)
        - ``target_currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.ExchangeRatesResponse]",
            self._session.subscribe(
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
    ) -> models.LandingCompanyResponse:
        """Which landing companies serve a given country of residence.

        ``landing_company`` call; public; retried when it fails in transit.

        Arguments:
        - ``landing_company`` (str matching ``^\\w\\w$``; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.LandingCompanyResponse",
            self._session.call(
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
    ) -> models.LandingCompanyDetailsResponse:
        """Terms and limits of one landing company.

        ``landing_company_details`` call; public; retried when it fails in transit.

        Arguments:
        - ``landing_company_details`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual',
          'vanuatu', 'samoa', 'samoa-virtual', 'dsl', 'bvi', 'labuan', 'dml'; required)
        - ``country`` (str)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.LandingCompanyDetailsResponse",
            self._session.call(
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
    ) -> models.PayoutCurrenciesResponse:
        """Currencies in which contracts can pay out.

        ``payout_currencies`` call; public; retried when it fails in transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PayoutCurrenciesResponse",
            self._session.call(
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
    ) -> models.ResidenceListResponse:
        """Countries with their codes and which services each allows.

        ``residence_list`` call; public; retried when it fails in transit.

        Arguments:
        - ``query`` (list of one of 'account_opening_self_declaration_required',
          'common_reporting_standard', 'disabled', 'identity', 'jurisdiction_risk_assessment',
          'phone_idd', 'selected', 'text', 'tin_format', 'value', 'wallet_signup')
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ResidenceListResponse",
            self._session.call(
                "residence_list", {"query": query, "passthrough": passthrough}, timeout
            ),
        )

    def states_list(
        self,
        states_list: str,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.StatesListResponse:
        """States or provinces of a country, for address forms.

        ``states_list`` call; public; retried when it fails in transit.

        Arguments:
        - ``states_list`` (str matching ``^\\w\\w$``; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.StatesListResponse",
            self._session.call(
                "states_list", {"states_list": states_list, "passthrough": passthrough}, timeout
            ),
        )

    def ticks(
        self,
        ticks: str | list[str],
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TicksResponse:
        """Streams live prices for one or more symbols.

        ``ticks`` call; public; retried when it fails in transit.

        Arguments:
        - ``ticks`` (str matching ``^\\w{2,30}$`` or list of str matching ``^\\w{2,30}$``;
          required): The symbol (e.g. R_50) whose prices to get, or a list of symbols.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TicksResponse",
            self._session.call("ticks", {"ticks": ticks, "passthrough": passthrough}, timeout),
        )

    def subscribe_ticks(
        self,
        ticks: str | list[str],
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.TicksResponse]:
        """Subscribes to the ``ticks`` call: streams live prices for one or more symbols.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``ticks`` call with ``subscribe: 1``; public.

        Arguments:
        - ``ticks`` (str matching ``^\\w{2,30}$`` or list of str matching ``^\\w{2,30}$``;
          required): The symbol (e.g. R_50) whose prices to get, or a list of symbols.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.TicksResponse]",
            self._session.subscribe("ticks", {"ticks": ticks, "passthrough": passthrough}, timeout),
        )

    def ticks_batch(
        self,
        *,
        market: Literal[
            "forex", "indices", "commodities", "stocks", "cryptocurrency", "synthetic_index"
        ],
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TicksBatchResponse:
        """Streams live prices for a group of symbols at once.

        ``ticks_batch`` call; public; retried when it fails in transit.

        Arguments:
        - ``market`` (one of 'forex', 'indices', 'commodities', 'stocks', 'cryptocurrency',
          'synthetic_index'; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TicksBatchResponse",
            self._session.call(
                "ticks_batch", {"market": market, "passthrough": passthrough}, timeout
            ),
        )

    def subscribe_ticks_batch(
        self,
        *,
        market: Literal[
            "forex", "indices", "commodities", "stocks", "cryptocurrency", "synthetic_index"
        ],
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.TicksBatchResponse]:
        """Subscribes to the ``ticks_batch`` call: streams live prices for a group of symbols at
        once.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``ticks_batch`` call with ``subscribe: 1``; public.

        Arguments:
        - ``market`` (one of 'forex', 'indices', 'commodities', 'stocks', 'cryptocurrency',
          'synthetic_index'; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.TicksBatchResponse]",
            self._session.subscribe(
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
    ) -> models.TicksHistoryResponse:
        """Past ticks or candles of a symbol; can keep streaming.

        ``ticks_history`` call; public; retried when it fails in transit.

        Arguments:
        - ``ticks_history`` (str matching ``^\\w{2,30}$``; required): The symbol (e.g. R_50)
          whose past prices to get.
        - ``end`` (str matching ``^(latest|[0-9]{1,10})$``; required): The time of the last price
          to include: an epoch in seconds, or 'latest' for now.
        - ``adjust_start_time`` (only 1): 1 moves start back to the market's opening when the
          market was closed at start.
        - ``count`` (int; server default '5000'): How many prices (or candles) at most, counting
          back from end.
        - ``granularity`` (one of 60, 120, 180, 300, 600, 900, 1800, 3600, 7200, 14400, 28800,
          86400): The length of one candle, in seconds (style 'candles' only).
        - ``start`` (int from 0 to 9999999999): The time of the first price to include, an epoch
          in seconds.
        - ``style`` (one of 'candles', 'ticks'; server default 'ticks'): 'ticks' for every price,
          'candles' for open, high, low and close per granularity period.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TicksHistoryResponse",
            self._session.call(
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

    def subscribe_ticks_history(
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
    ) -> Subscription[models.TicksHistoryResponse | models.TicksResponse]:
        """Subscribes to the ``ticks_history`` call: past ticks or candles of a symbol; can keep
        streaming.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream. Updates that are
        answers of ``ticks`` decode with that call's model.

        ``ticks_history`` call with ``subscribe: 1``; public.

        Arguments:
        - ``ticks_history`` (str matching ``^\\w{2,30}$``; required): The symbol (e.g. R_50)
          whose past prices to get.
        - ``end`` (str matching ``^(latest|[0-9]{1,10})$``; required): The time of the last price
          to include: an epoch in seconds, or 'latest' for now.
        - ``adjust_start_time`` (only 1): 1 moves start back to the market's opening when the
          market was closed at start.
        - ``count`` (int; server default '5000'): How many prices (or candles) at most, counting
          back from end.
        - ``granularity`` (one of 60, 120, 180, 300, 600, 900, 1800, 3600, 7200, 14400, 28800,
          86400): The length of one candle, in seconds (style 'candles' only).
        - ``start`` (int from 0 to 9999999999): The time of the first price to include, an epoch
          in seconds.
        - ``style`` (one of 'candles', 'ticks'; server default 'ticks'): 'ticks' for every price,
          'candles' for open, high, low and close per granularity period.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.TicksHistoryResponse | models.TicksResponse]",
            self._session.subscribe(
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
    ) -> models.TradingDurationsResponse:
        """Allowed trade durations per market, symbol and contract type.

        ``trading_durations`` call; public; retried when it fails in transit.

        Arguments:
        - ``landing_company`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu')
        - ``landing_company_short`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual',
          'vanuatu')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TradingDurationsResponse",
            self._session.call(
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
    ) -> models.TradingTimesResponse:
        """Market open, close and settlement times for a date.

        ``trading_times`` call; public; retried when it fails in transit.

        Arguments:
        - ``trading_times`` (str matching ``^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|today)$``; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TradingTimesResponse",
            self._session.call(
                "trading_times",
                {"trading_times": trading_times, "passthrough": passthrough},
                timeout,
            ),
        )
