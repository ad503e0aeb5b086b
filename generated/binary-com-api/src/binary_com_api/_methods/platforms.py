"""The platforms calls of the BinaryComClient, one method per call.

`BinaryComClient` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime.core.types import UNSET, Unset

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.session import Session


class PlatformsCalls:
    """The methods of the platforms calls (see `BinaryComClient`)."""

    __slots__ = ()
    _session: Session

    def mt5_deposit(
        self,
        *,
        to_mt5: str,
        amount: float | None = None,
        from_binary: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5DepositResponse:
        """Moves funds from the main account into an MT5 account.

        ``mt5_deposit`` call; needs authorization (scopes: payments); never resent automatically.

        Arguments:
        - ``to_mt5`` (str matching ``^MT[DR]?[0-9]+$``; required)
        - ``amount`` (float)
        - ``from_binary`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5DepositResponse",
            self._session.call(
                "mt5_deposit",
                {
                    "to_mt5": to_mt5,
                    "amount": amount,
                    "from_binary": from_binary,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def mt5_get_settings(
        self,
        *,
        login: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5GetSettingsResponse:
        """Reads the details of one MT5 account.

        ``mt5_get_settings`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``login`` (str matching ``^MT[DR]?[0-9]+$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5GetSettingsResponse",
            self._session.call(
                "mt5_get_settings",
                {"login": login, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def mt5_login_list(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5LoginListResponse:
        """Lists the user's MT5 accounts.

        ``mt5_login_list`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5LoginListResponse",
            self._session.call(
                "mt5_login_list", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def mt5_new_account(
        self,
        *,
        account_type: Literal["demo", "gaming", "financial", "all"],
        email: str,
        leverage: float,
        main_password: str,
        name: str,
        address: str | None = None,
        city: str | None = None,
        company: str | None = None,
        country: str | None = None,
        currency: str | None = None,
        dry_run: Literal[0, 1] | None = None,
        invest_password: str | None = None,
        migrate: bool | None = None,
        mt5_account_category: Literal["conventional", "swap_free", "gold"] | None = None,
        mt5_account_type: Literal["financial", "financial_stp", "gold"] | None = None,
        phone: str | Unset | None = UNSET,
        phone_password: str | None = None,
        product: Literal[
            "", "synthetic", "financial", "swap_free", "zero_spread", "standard", "stp", "gold"
        ]
        | None = None,
        server: Literal[
            "p01_ts01", "p01_ts02", "p01_ts03", "p01_ts04", "p02_ts02", "p03_ts01", "p03_ts02"
        ]
        | Unset
        | None = UNSET,
        state: str | None = None,
        sub_account_category: Literal["", "swap_free", "ab", "ba", "lim", "hr", "gold"]
        | None = None,
        sub_account_type: Literal["standard", "stp", "ibt", "swap_free", "zero_spread", "gold"]
        | None = None,
        zip_code: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5NewAccountResponse:
        """Opens a demo or real MT5 account.

        ``mt5_new_account`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``account_type`` (one of 'demo', 'gaming', 'financial', 'all'; required)
        - ``email`` (str matching ``^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}$``;
          required)
        - ``leverage`` (float; required)
        - ``main_password`` (str matching ``^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$``;
          required)
        - ``name`` (str of 1 to 101 characters; required)
        - ``address`` (str matching
          ``^(?:[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'.,:;()\\x{b0}@#/-]{0,128})?$``)
        - ``city`` (str matching ``^(?:\\p{L}[\\p{L}\\s'.-]{0,99})?$``)
        - ``company`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,@/-]{0,64}$``)
        - ``country`` (str matching ``^[a-z]{2}$``)
        - ``currency`` (str matching ``^(|[a-zA-Z0-9]{2,20})$``)
        - ``dry_run`` (one of 0, 1; server default 0)
        - ``invest_password`` (str matching ``^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$``)
        - ``migrate`` (bool)
        - ``mt5_account_category`` (one of 'conventional', 'swap_free', 'gold')
        - ``mt5_account_type`` (one of 'financial', 'financial_stp', 'gold')
        - ``phone`` (str, or None)
        - ``phone_password`` (str of at most 50 characters)
        - ``product`` (one of '', 'synthetic', 'financial', 'swap_free', 'zero_spread',
          'standard', 'stp', 'gold')
        - ``server`` (one of 'p01_ts01', 'p01_ts02', 'p01_ts03', 'p01_ts04', 'p02_ts02',
          'p03_ts01', 'p03_ts02', or None)
        - ``state`` (str matching ``^.{0,50}$``)
        - ``sub_account_category`` (one of '', 'swap_free', 'ab', 'ba', 'lim', 'hr', 'gold')
        - ``sub_account_type`` (one of 'standard', 'stp', 'ibt', 'swap_free', 'zero_spread',
          'gold')
        - ``zip_code`` (str of at most 50 characters)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5NewAccountResponse",
            self._session.call(
                "mt5_new_account",
                {
                    "account_type": account_type,
                    "email": email,
                    "leverage": leverage,
                    "main_password": main_password,
                    "name": name,
                    "address": address,
                    "city": city,
                    "company": company,
                    "country": country,
                    "currency": currency,
                    "dry_run": dry_run,
                    "invest_password": invest_password,
                    "migrate": migrate,
                    "mt5_account_category": mt5_account_category,
                    "mt5_account_type": mt5_account_type,
                    "phone": phone,
                    "phone_password": phone_password,
                    "product": product,
                    "server": server,
                    "state": state,
                    "sub_account_category": sub_account_category,
                    "sub_account_type": sub_account_type,
                    "zip_code": zip_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def mt5_password_change(
        self,
        *,
        login: str,
        new_password: str,
        old_password: str,
        password_type: Literal["main", "investor"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5PasswordChangeResponse:
        """Replaces the main or investor password of an MT5 account.

        ``mt5_password_change`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``login`` (str matching ``^MT[DR]?[0-9]+$``; required)
        - ``new_password`` (str matching ``^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$``;
          required)
        - ``old_password`` (str matching ``^[ -~]+$``; required)
        - ``password_type`` (one of 'main', 'investor'; server default 'main')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5PasswordChangeResponse",
            self._session.call(
                "mt5_password_change",
                {
                    "login": login,
                    "new_password": new_password,
                    "old_password": old_password,
                    "password_type": password_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def mt5_password_check(
        self,
        *,
        login: str,
        password: str,
        password_type: Literal["main", "investor"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5PasswordCheckResponse:
        """Checks whether a password matches an MT5 account.

        ``mt5_password_check`` call; needs authorization (scopes: admin); retried when it fails
        in transit.

        Arguments:
        - ``login`` (str matching ``^MT[DR]?[0-9]+$``; required)
        - ``password`` (str matching ``^[ -~]+$``; required)
        - ``password_type`` (one of 'main', 'investor'; server default 'main')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5PasswordCheckResponse",
            self._session.call(
                "mt5_password_check",
                {
                    "login": login,
                    "password": password,
                    "password_type": password_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def mt5_password_reset(
        self,
        *,
        login: str,
        new_password: str,
        verification_code: str,
        password_type: Literal["main", "investor"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5PasswordResetResponse:
        """Sets a new MT5 password using an emailed code.

        ``mt5_password_reset`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``login`` (str matching ``^MT[DR]?[0-9]+$``; required)
        - ``new_password`` (str matching ``^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$``;
          required)
        - ``verification_code`` (str matching ``^\\w{8,128}$``; required)
        - ``password_type`` (one of 'main', 'investor'; server default 'main')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5PasswordResetResponse",
            self._session.call(
                "mt5_password_reset",
                {
                    "login": login,
                    "new_password": new_password,
                    "verification_code": verification_code,
                    "password_type": password_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def mt5_withdrawal(
        self,
        *,
        amount: float,
        from_mt5: str,
        to_binary: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5WithdrawalResponse:
        """Moves funds from an MT5 account back to the main account.

        ``mt5_withdrawal`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``amount`` (float; required)
        - ``from_mt5`` (str matching ``^MT[DR]?[0-9]+$``; required)
        - ``to_binary`` (str matching ``^[A-Za-z]+[0-9]+$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5WithdrawalResponse",
            self._session.call(
                "mt5_withdrawal",
                {
                    "amount": amount,
                    "from_mt5": from_mt5,
                    "to_binary": to_binary,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def trading_platform_investor_password_reset(
        self,
        *,
        account_id: str,
        new_password: str,
        verification_code: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TradingPlatformInvestorPasswordResetResponse:
        """Sets a new investor password on a platform account via a code.

        ``trading_platform_investor_password_reset`` call; needs authorization (scopes: admin);
        never resent automatically.

        Arguments:
        - ``account_id`` (str; required)
        - ``new_password`` (str matching
          ``^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])(?=.*[!@#$%^&*()+\\-=\\[\\]{};':"|,\\.<>\\?_~])[
          -~]{8,16}$``; required)
        - ``verification_code`` (str matching ``^\\w{8,128}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TradingPlatformInvestorPasswordResetResponse",
            self._session.call(
                "trading_platform_investor_password_reset",
                {
                    "account_id": account_id,
                    "new_password": new_password,
                    "verification_code": verification_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def trading_platform_password_reset(
        self,
        *,
        new_password: str,
        platform: Literal["dxtrade", "mt5"],
        verification_code: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TradingPlatformPasswordResetResponse:
        """Sets a new main password on a platform account via a code.

        ``trading_platform_password_reset`` call; needs authorization (scopes: admin); never
        resent automatically.

        Arguments:
        - ``new_password`` (str; required)
        - ``platform`` (one of 'dxtrade', 'mt5'; required)
        - ``verification_code`` (str matching ``^\\w{8,128}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TradingPlatformPasswordResetResponse",
            self._session.call(
                "trading_platform_password_reset",
                {
                    "new_password": new_password,
                    "platform": platform,
                    "verification_code": verification_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def trading_platform_status(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TradingPlatformStatusResponse:
        """Whether each external trading platform is up or in maintenance.

        ``trading_platform_status`` call; public; retried when it fails in transit.

        Arguments:
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TradingPlatformStatusResponse",
            self._session.call("trading_platform_status", {"passthrough": passthrough}, timeout),
        )

    def trading_servers(
        self,
        *,
        account_type: Literal["demo", "real"] | None = None,
        environment: Literal[
            "all", "Deriv-Demo", "Deriv-Server", "Deriv-Server-02", "Deriv-Server-03"
        ]
        | None = None,
        market_type: Literal["all", "financial", "synthetic"] | None = None,
        platform: Literal["mt5", "dxtrade"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TradingServersResponse:
        """Servers available for a trading platform account.

        ``trading_servers`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``account_type`` (one of 'demo', 'real')
        - ``environment`` (one of 'all', 'Deriv-Demo', 'Deriv-Server', 'Deriv-Server-02',
          'Deriv-Server-03'; server default 'all')
        - ``market_type`` (one of 'all', 'financial', 'synthetic'; server default 'synthetic')
        - ``platform`` (one of 'mt5', 'dxtrade'; server default 'mt5')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TradingServersResponse",
            self._session.call(
                "trading_servers",
                {
                    "account_type": account_type,
                    "environment": environment,
                    "market_type": market_type,
                    "platform": platform,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )
