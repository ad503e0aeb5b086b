"""The trading calls of the BinaryComClient, one method per call.

`BinaryComClient` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.session import Session
    from .._runtime.websocket.subscription import Subscription


class TradingCalls:
    """The methods of the trading calls (see `BinaryComClient`)."""

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
    ) -> models.BuyResponse:
        """Buys a contract from a proposal id or inline parameters.

        ``buy`` call; needs authorization (scopes: trade); never resent automatically.

        Arguments:
        - ``buy`` (str matching ``^(?:[\\w-]{32,128}|1)$``; required): The id of a proposal to
          buy, or 1 to buy from parameters without a proposal first.
        - ``price`` (float at least 0; required): The most you agree to pay; the purchase is
          refused when the price has risen above it.
        - ``parameters`` (``models.BuyRequestParameters``): The contract to buy when buy is 1:
          the same fields as a proposal request.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to buy with, when the
          token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.BuyResponse",
            self._session.call(
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

    def subscribe_buy(
        self,
        buy: str,
        *,
        price: float,
        parameters: models.BuyRequestParameters | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.BuyResponse | models.ProposalOpenContractResponse]:
        """Subscribes to the ``buy`` call: buys a contract from a proposal id or inline parameters.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream. Updates that are
        answers of ``proposal_open_contract`` decode with that call's model.

        ``buy`` call with ``subscribe: 1``; needs authorization (scopes: trade).

        Arguments:
        - ``buy`` (str matching ``^(?:[\\w-]{32,128}|1)$``; required): The id of a proposal to
          buy, or 1 to buy from parameters without a proposal first.
        - ``price`` (float at least 0; required): The most you agree to pay; the purchase is
          refused when the price has risen above it.
        - ``parameters`` (``models.BuyRequestParameters``): The contract to buy when buy is 1:
          the same fields as a proposal request.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to buy with, when the
          token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.BuyResponse | models.ProposalOpenContractResponse]",
            self._session.subscribe(
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
    ) -> models.BuyContractForMultipleAccountsResponse:
        """Buys the same contract on several accounts given their tokens.

        ``buy_contract_for_multiple_accounts`` call; needs authorization (scopes: trade); never
        resent automatically.

        Arguments:
        - ``buy_contract_for_multiple_accounts`` (str matching ``^(?:[\\w-]{32,128}|1)$``;
          required)
        - ``price`` (float at least 0; required)
        - ``tokens`` (list of str matching ``^[\\w\\s-]+$``; required)
        - ``parameters`` (``models.BuyContractForMultipleAccountsRequestParameters``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.BuyContractForMultipleAccountsResponse",
            self._session.call(
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
    ) -> models.CancelResponse:
        """Cancels an open contract that has deal cancellation.

        ``cancel`` call; needs authorization (scopes: trade); never resent automatically.

        Arguments:
        - ``cancel`` (int; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CancelResponse",
            self._session.call(
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
    ) -> models.ContractUpdateResponse:
        """Changes stop loss or take profit on an open contract.

        ``contract_update`` call; needs authorization (scopes: trade); never resent
        automatically.

        Arguments:
        - ``contract_id`` (int; required)
        - ``limit_order`` (``models.ContractUpdateRequestLimitOrder``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ContractUpdateResponse",
            self._session.call(
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
    ) -> models.ContractUpdateHistoryResponse:
        """Lists past stop loss/take profit changes of one contract.

        ``contract_update_history`` call; needs authorization (scopes: read); retried when it
        fails in transit.

        Arguments:
        - ``contract_id`` (int; required)
        - ``limit`` (float from 1 to 999; server default 500)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ContractUpdateHistoryResponse",
            self._session.call(
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
    ) -> models.CopyStartResponse:
        """Begins copying another trader's positions.

        ``copy_start`` call; needs authorization (scopes: trade); never resent automatically.

        Arguments:
        - ``copy_start`` (str matching ``^[\\w\\s-]{15,32}$``; required)
        - ``assets`` (str matching ``^\\w{4,128}$`` or list of str matching ``^\\w{4,128}$``)
        - ``max_trade_stake`` (float)
        - ``min_trade_stake`` (float)
        - ``trade_types`` (str matching ``^\\w{3,128}$`` or list of str matching
          ``^\\w{3,128}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CopyStartResponse",
            self._session.call(
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
    ) -> models.CopyStopResponse:
        """Ends copying a trader's positions.

        ``copy_stop`` call; needs authorization (scopes: trade); never resent automatically.

        Arguments:
        - ``copy_stop`` (str matching ``^[\\w\\s-]{15,32}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CopyStopResponse",
            self._session.call(
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
    ) -> models.CopytradingListResponse:
        """Lists the user's copiers and the traders the user copies.

        ``copytrading_list`` call; needs authorization (scopes: admin); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CopytradingListResponse",
            self._session.call(
                "copytrading_list", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def copytrading_statistics(
        self,
        *,
        trader_id: str,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.CopytradingStatisticsResponse:
        """Performance and risk figures of a trader open to copying.

        ``copytrading_statistics`` call; public; retried when it fails in transit.

        Arguments:
        - ``trader_id`` (str matching ``^[A-Za-z]+[0-9]+$``; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CopytradingStatisticsResponse",
            self._session.call(
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
    ) -> models.PortfolioResponse:
        """Lists the account's open contracts.

        ``portfolio`` call; needs authorization (scopes: read, trading_information); retried when
        it fails in transit.

        Arguments:
        - ``contract_type`` (list of one of 38 values: 'ACCU', 'ASIAND', 'ASIANU', 'CALL',
          'CALLE', 'CALLSPREAD', 'DIGITDIFF', 'DIGITEVEN', 'DIGITMATCH', 'DIGITODD', 'DIGITOVER',
          'DIGITUNDER', ...): Only open contracts of these types.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account whose open contracts to
          list, when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PortfolioResponse",
            self._session.call(
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
    ) -> models.ProfitTableResponse:
        """Closed contracts with buy and sell prices, filtered and paged.

        ``profit_table`` call; needs authorization (scopes: read, trading_information); retried
        when it fails in transit.

        Arguments:
        - ``contract_type`` (list of one of 38 values: 'ACCU', 'ASIAND', 'ASIANU', 'CALL',
          'CALLE', 'CALLSPREAD', 'DIGITDIFF', 'DIGITEVEN', 'DIGITMATCH', 'DIGITODD', 'DIGITOVER',
          'DIGITUNDER', ...): Only contracts of these types.
        - ``date_from`` (str matching
          ``^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{1,10})$``): The earliest
          sell date to include: a date (YYYY-MM-DD) or an epoch in seconds.
        - ``date_to`` (str matching
          ``^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{1,10})$``): The latest
          sell date to include: a date (YYYY-MM-DD) or an epoch in seconds.
        - ``description`` (one of 0, 1): 1 adds a short description of each contract.
        - ``limit`` (float from 0 to 500; server default 50): How many contracts at most.
        - ``offset`` (int at least 0): How many contracts to skip first, for paging.
        - ``sort`` (one of 'ASC', 'DESC'; server default 'DESC'): 'DESC' for the newest first
          (the default) or 'ASC' for the oldest first.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account whose closed contracts to
          list, when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ProfitTableResponse",
            self._session.call(
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
    ) -> models.ProposalResponse:
        """Prices a contract before buying; can stream new prices.

        ``proposal`` call; public; retried when it fails in transit.

        Arguments:
        - ``contract_type`` (one of 40 values: 'MULTUP', 'MULTDOWN', 'UPORDOWN', 'EXPIRYRANGE',
          'ONETOUCH', 'CALLE', 'LBHIGHLOW', 'ASIAND', 'EXPIRYRANGEE', 'DIGITDIFF', 'DIGITMATCH',
          'DIGITOVER', ...; required): The kind of contract, e.g. CALL (rises), PUT (falls),
          DIGITMATCH (last digit matches).
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required): The currency of amount
          and of the price, e.g. USD.
        - ``symbol`` (str matching ``^\\w{2,30}$``; required): The symbol the contract is on,
          e.g. R_50.
        - ``amount`` (float at least 0): The money the price is for: the payout or the stake, as
          basis says, in currency.
        - ``barrier`` (str matching ``^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$``): The barrier: an
          absolute price, or an offset from the spot price such as '+0.1'; for digit contracts,
          the digit.
        - ``barrier2`` (str matching ``^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$``): The low barrier,
          for contracts that have two.
        - ``barrier_range`` (one of 'tight', 'middle', 'wide'): For contracts with predefined
          barriers: how far apart they are.
        - ``basis`` (one of 'payout', 'stake'): What amount is: 'stake' (what you pay) or
          'payout' (what a win pays).
        - ``cancellation`` (str matching ``^\\w+$``): For multipliers: how long a
          deal-cancellation option lasts, e.g. '5m' or '1h'.
        - ``date_expiry`` (int from 0 to 9999999999): When the contract ends, an epoch in seconds
          (instead of duration).
        - ``date_start`` (int from 0 to 9999999999): When a forward-starting contract begins, an
          epoch in seconds; leave out to start now.
        - ``duration`` (int from 0 to 99999999): How long the contract runs, counted in
          duration_unit (instead of date_expiry).
        - ``duration_unit`` (one of 'd', 'm', 's', 'h', 't'; server default 's'): The unit of
          duration: 't' ticks, 's' seconds, 'm' minutes, 'h' hours, 'd' days.
        - ``growth_rate`` (float): For accumulators: the growth rate of the stake per tick.
        - ``limit_order`` (``models.ProposalRequestLimitOrder``): For multipliers: take-profit
          and stop-loss amounts.
        - ``multiplier`` (float at least 0): For multipliers: how much price moves are
          multiplied.
        - ``payout_per_point`` (float): For turbos and vanillas: the payout per point of price
          move.
        - ``product_type`` (only 'basic'; server default 'basic'): The product type of the
          contract.
        - ``selected_tick`` (int): For tick high and low contracts: the tick number the
          prediction is about.
        - ``trade_risk_profile`` (one of 'low', 'medium', 'high'): For snowball contracts: the
          risk profile.
        - ``trading_period_start`` (int): For contracts with predefined trading periods: when the
          period starts, an epoch in seconds.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to price for, when the
          token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ProposalResponse",
            self._session.call(
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

    def subscribe_proposal(
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
    ) -> Subscription[models.ProposalResponse]:
        """Subscribes to the ``proposal`` call: prices a contract before buying; can stream new
        prices.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``proposal`` call with ``subscribe: 1``; public.

        Arguments:
        - ``contract_type`` (one of 40 values: 'MULTUP', 'MULTDOWN', 'UPORDOWN', 'EXPIRYRANGE',
          'ONETOUCH', 'CALLE', 'LBHIGHLOW', 'ASIAND', 'EXPIRYRANGEE', 'DIGITDIFF', 'DIGITMATCH',
          'DIGITOVER', ...; required): The kind of contract, e.g. CALL (rises), PUT (falls),
          DIGITMATCH (last digit matches).
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required): The currency of amount
          and of the price, e.g. USD.
        - ``symbol`` (str matching ``^\\w{2,30}$``; required): The symbol the contract is on,
          e.g. R_50.
        - ``amount`` (float at least 0): The money the price is for: the payout or the stake, as
          basis says, in currency.
        - ``barrier`` (str matching ``^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$``): The barrier: an
          absolute price, or an offset from the spot price such as '+0.1'; for digit contracts,
          the digit.
        - ``barrier2`` (str matching ``^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$``): The low barrier,
          for contracts that have two.
        - ``barrier_range`` (one of 'tight', 'middle', 'wide'): For contracts with predefined
          barriers: how far apart they are.
        - ``basis`` (one of 'payout', 'stake'): What amount is: 'stake' (what you pay) or
          'payout' (what a win pays).
        - ``cancellation`` (str matching ``^\\w+$``): For multipliers: how long a
          deal-cancellation option lasts, e.g. '5m' or '1h'.
        - ``date_expiry`` (int from 0 to 9999999999): When the contract ends, an epoch in seconds
          (instead of duration).
        - ``date_start`` (int from 0 to 9999999999): When a forward-starting contract begins, an
          epoch in seconds; leave out to start now.
        - ``duration`` (int from 0 to 99999999): How long the contract runs, counted in
          duration_unit (instead of date_expiry).
        - ``duration_unit`` (one of 'd', 'm', 's', 'h', 't'; server default 's'): The unit of
          duration: 't' ticks, 's' seconds, 'm' minutes, 'h' hours, 'd' days.
        - ``growth_rate`` (float): For accumulators: the growth rate of the stake per tick.
        - ``limit_order`` (``models.ProposalRequestLimitOrder``): For multipliers: take-profit
          and stop-loss amounts.
        - ``multiplier`` (float at least 0): For multipliers: how much price moves are
          multiplied.
        - ``payout_per_point`` (float): For turbos and vanillas: the payout per point of price
          move.
        - ``product_type`` (only 'basic'; server default 'basic'): The product type of the
          contract.
        - ``selected_tick`` (int): For tick high and low contracts: the tick number the
          prediction is about.
        - ``trade_risk_profile`` (one of 'low', 'medium', 'high'): For snowball contracts: the
          risk profile.
        - ``trading_period_start`` (int): For contracts with predefined trading periods: when the
          period starts, an epoch in seconds.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to price for, when the
          token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.ProposalResponse]",
            self._session.subscribe(
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
    ) -> models.ProposalOpenContractResponse:
        """Live state and value of an owned contract; can stream.

        ``proposal_open_contract`` call; needs authorization (scopes: read, trading_information);
        retried when it fails in transit.

        Arguments:
        - ``contract_id`` (int): The contract to report on; leave out for every open contract of
          the account.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to report on, when the
          token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ProposalOpenContractResponse",
            self._session.call(
                "proposal_open_contract",
                {"contract_id": contract_id, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def subscribe_proposal_open_contract(
        self,
        *,
        contract_id: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.ProposalOpenContractResponse]:
        """Subscribes to the ``proposal_open_contract`` call: live state and value of an owned
        contract; can stream.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``proposal_open_contract`` call with ``subscribe: 1``; needs authorization (scopes: read,
        trading_information).

        Arguments:
        - ``contract_id`` (int): The contract to report on; leave out for every open contract of
          the account.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to report on, when the
          token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.ProposalOpenContractResponse]",
            self._session.subscribe(
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
    ) -> models.RealityCheckResponse:
        """Trading summary since login, for periodic session reminders.

        ``reality_check`` call; needs authorization (scopes: read, trading_information); retried
        when it fails in transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.RealityCheckResponse",
            self._session.call(
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
    ) -> models.SellResponse:
        """Sells an open contract at or above a given price.

        ``sell`` call; needs authorization (scopes: trade); never resent automatically.

        Arguments:
        - ``sell`` (int; required): The id of the contract to sell (its contract_id).
        - ``price`` (float; required): The least you accept; 0 sells at whatever the market pays.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account the contract belongs to,
          when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SellResponse",
            self._session.call(
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
    ) -> models.SellContractForMultipleAccountsResponse:
        """Sells one contract type on several accounts at once.

        ``sell_contract_for_multiple_accounts`` call; needs authorization (scopes: trade); never
        resent automatically.

        Arguments:
        - ``price`` (float; required)
        - ``shortcode`` (str matching ``^([A-Za-z0-9_.-]+)$``; required)
        - ``tokens`` (list of str matching ``^([a-zA-Z0-9-]+)$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SellContractForMultipleAccountsResponse",
            self._session.call(
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
    ) -> models.SellExpiredResponse:
        """Settles every expired contract and reports how many.

        ``sell_expired`` call; needs authorization (scopes: trade); never resent automatically.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SellExpiredResponse",
            self._session.call(
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
    ) -> models.StatementResponse:
        """Account transactions in a period, filtered and paged.

        ``statement`` call; needs authorization (scopes: read, trading_information); retried when
        it fails in transit.

        Arguments:
        - ``action_type`` (one of 'buy', 'sell', 'deposit', 'withdrawal', 'escrow', 'adjustment',
          'virtual_credit', 'transfer'): Only transactions of this kind.
        - ``date_from`` (int from 0 to 9999999999): The earliest transaction time to include, an
          epoch in seconds.
        - ``date_to`` (int from 0 to 9999999999): The latest transaction time to include, an
          epoch in seconds.
        - ``description`` (one of 0, 1): 1 adds a short description of each transaction.
        - ``limit`` (float from 0 to 999; server default 100): How many transactions at most.
        - ``offset`` (int at least 0): How many transactions to skip first, for paging.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account whose transactions to
          list, when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.StatementResponse",
            self._session.call(
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
