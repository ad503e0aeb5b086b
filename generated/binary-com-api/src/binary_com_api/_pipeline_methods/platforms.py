"""The platforms calls of the Pipeline (``client.pipeline()``), one method per call.

`Pipeline` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime.core.types import UNSET, Unset

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.pending import Pending
    from .._runtime.binary.session import Session


class PlatformsPipelineCalls:
    """The methods of the platforms calls that `Pipeline` sends without waiting."""

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
    ) -> Pending[models.Mt5DepositResponse]:
        """Sends ``mt5_deposit`` now; see `BinaryComClient.mt5_deposit`."""
        return cast(
            "Pending[models.Mt5DepositResponse]",
            self._session.start(
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
    ) -> Pending[models.Mt5GetSettingsResponse]:
        """Sends ``mt5_get_settings`` now; see `BinaryComClient.mt5_get_settings`."""
        return cast(
            "Pending[models.Mt5GetSettingsResponse]",
            self._session.start(
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
    ) -> Pending[models.Mt5LoginListResponse]:
        """Sends ``mt5_login_list`` now; see `BinaryComClient.mt5_login_list`."""
        return cast(
            "Pending[models.Mt5LoginListResponse]",
            self._session.start(
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
    ) -> Pending[models.Mt5NewAccountResponse]:
        """Sends ``mt5_new_account`` now; see `BinaryComClient.mt5_new_account`."""
        return cast(
            "Pending[models.Mt5NewAccountResponse]",
            self._session.start(
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
    ) -> Pending[models.Mt5PasswordChangeResponse]:
        """Sends ``mt5_password_change`` now; see `BinaryComClient.mt5_password_change`."""
        return cast(
            "Pending[models.Mt5PasswordChangeResponse]",
            self._session.start(
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
    ) -> Pending[models.Mt5PasswordCheckResponse]:
        """Sends ``mt5_password_check`` now; see `BinaryComClient.mt5_password_check`."""
        return cast(
            "Pending[models.Mt5PasswordCheckResponse]",
            self._session.start(
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
    ) -> Pending[models.Mt5PasswordResetResponse]:
        """Sends ``mt5_password_reset`` now; see `BinaryComClient.mt5_password_reset`."""
        return cast(
            "Pending[models.Mt5PasswordResetResponse]",
            self._session.start(
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
    ) -> Pending[models.Mt5WithdrawalResponse]:
        """Sends ``mt5_withdrawal`` now; see `BinaryComClient.mt5_withdrawal`."""
        return cast(
            "Pending[models.Mt5WithdrawalResponse]",
            self._session.start(
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
    ) -> Pending[models.TradingPlatformInvestorPasswordResetResponse]:
        """Sends ``trading_platform_investor_password_reset`` now; see `BinaryComClient.trading_platform_investor_password_reset`."""
        return cast(
            "Pending[models.TradingPlatformInvestorPasswordResetResponse]",
            self._session.start(
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
    ) -> Pending[models.TradingPlatformPasswordResetResponse]:
        """Sends ``trading_platform_password_reset`` now; see `BinaryComClient.trading_platform_password_reset`."""
        return cast(
            "Pending[models.TradingPlatformPasswordResetResponse]",
            self._session.start(
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
    ) -> Pending[models.TradingPlatformStatusResponse]:
        """Sends ``trading_platform_status`` now; see `BinaryComClient.trading_platform_status`."""
        return cast(
            "Pending[models.TradingPlatformStatusResponse]",
            self._session.start("trading_platform_status", {"passthrough": passthrough}, timeout),
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
    ) -> Pending[models.TradingServersResponse]:
        """Sends ``trading_servers`` now; see `BinaryComClient.trading_servers`."""
        return cast(
            "Pending[models.TradingServersResponse]",
            self._session.start(
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
