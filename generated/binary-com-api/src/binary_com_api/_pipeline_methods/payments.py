"""The payments calls of the Pipeline (``client.pipeline()``), one method per call.

`Pipeline` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.pending import Pending
    from .._runtime.binary.session import Session


class PaymentsPipelineCalls:
    """The methods of the payments calls that `Pipeline` sends without waiting."""

    __slots__ = ()
    _session: Session

    def cashier(
        self,
        cashier: Literal["deposit", "withdraw"],
        *,
        address: str | None = None,
        amount: float | None = None,
        dry_run: Literal[0, 1] | None = None,
        estimated_fee_unique_id: str | None = None,
        provider: Literal["doughflow", "crypto"] | None = None,
        type: Literal["url", "api"] | None = None,
        verification_code: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CashierResponse]:
        """Sends ``cashier`` now; see `BinaryComClient.cashier`."""
        return cast(
            "Pending[models.CashierResponse]",
            self._session.start(
                "cashier",
                {
                    "cashier": cashier,
                    "address": address,
                    "amount": amount,
                    "dry_run": dry_run,
                    "estimated_fee_unique_id": estimated_fee_unique_id,
                    "provider": provider,
                    "type": type,
                    "verification_code": verification_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def crypto_config(
        self,
        *,
        currency_code: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CryptoConfigResponse]:
        """Sends ``crypto_config`` now; see `BinaryComClient.crypto_config`."""
        return cast(
            "Pending[models.CryptoConfigResponse]",
            self._session.start(
                "crypto_config",
                {"currency_code": currency_code, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def crypto_estimations(
        self,
        *,
        currency_code: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CryptoEstimationsResponse]:
        """Sends ``crypto_estimations`` now; see `BinaryComClient.crypto_estimations`."""
        return cast(
            "Pending[models.CryptoEstimationsResponse]",
            self._session.start(
                "crypto_estimations",
                {"currency_code": currency_code, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def payment_methods(
        self,
        *,
        country: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PaymentMethodsResponse]:
        """Sends ``payment_methods`` now; see `BinaryComClient.payment_methods`."""
        return cast(
            "Pending[models.PaymentMethodsResponse]",
            self._session.start(
                "payment_methods",
                {"country": country, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def paymentagent_create(
        self,
        *,
        commission_deposit: float,
        commission_withdrawal: float,
        email: str,
        information: str,
        payment_agent_name: str,
        supported_payment_methods: list[
            models.PaymentagentCreateRequestSupportedPaymentMethodsItem
        ],
        urls: list[models.PaymentagentCreateRequestUrlsItem],
        affiliate_id: str | None = None,
        phone_numbers: list[models.PaymentagentCreateRequestPhoneNumbersItem] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PaymentagentCreateResponse]:
        """Sends ``paymentagent_create`` now; see `BinaryComClient.paymentagent_create`."""
        return cast(
            "Pending[models.PaymentagentCreateResponse]",
            self._session.start(
                "paymentagent_create",
                {
                    "commission_deposit": commission_deposit,
                    "commission_withdrawal": commission_withdrawal,
                    "email": email,
                    "information": information,
                    "payment_agent_name": payment_agent_name,
                    "supported_payment_methods": supported_payment_methods,
                    "urls": urls,
                    "affiliate_id": affiliate_id,
                    "phone_numbers": phone_numbers,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def paymentagent_details(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PaymentagentDetailsResponse]:
        """Sends ``paymentagent_details`` now; see `BinaryComClient.paymentagent_details`."""
        return cast(
            "Pending[models.PaymentagentDetailsResponse]",
            self._session.start(
                "paymentagent_details", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def paymentagent_list(
        self,
        paymentagent_list: str,
        *,
        currency: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PaymentagentListResponse]:
        """Sends ``paymentagent_list`` now; see `BinaryComClient.paymentagent_list`."""
        return cast(
            "Pending[models.PaymentagentListResponse]",
            self._session.start(
                "paymentagent_list",
                {
                    "paymentagent_list": paymentagent_list,
                    "currency": currency,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def paymentagent_transfer(
        self,
        *,
        amount: float,
        currency: str,
        transfer_to: str,
        description: str | None = None,
        dry_run: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PaymentagentTransferResponse]:
        """Sends ``paymentagent_transfer`` now; see `BinaryComClient.paymentagent_transfer`."""
        return cast(
            "Pending[models.PaymentagentTransferResponse]",
            self._session.start(
                "paymentagent_transfer",
                {
                    "amount": amount,
                    "currency": currency,
                    "transfer_to": transfer_to,
                    "description": description,
                    "dry_run": dry_run,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def paymentagent_withdraw(
        self,
        *,
        amount: float,
        currency: str,
        paymentagent_loginid: str,
        verification_code: str,
        description: str | None = None,
        dry_run: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PaymentagentWithdrawResponse]:
        """Sends ``paymentagent_withdraw`` now; see `BinaryComClient.paymentagent_withdraw`."""
        return cast(
            "Pending[models.PaymentagentWithdrawResponse]",
            self._session.start(
                "paymentagent_withdraw",
                {
                    "amount": amount,
                    "currency": currency,
                    "paymentagent_loginid": paymentagent_loginid,
                    "verification_code": verification_code,
                    "description": description,
                    "dry_run": dry_run,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def paymentagent_withdraw_justification(
        self,
        *,
        message: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PaymentagentWithdrawJustificationResponse]:
        """Sends ``paymentagent_withdraw_justification`` now; see `BinaryComClient.paymentagent_withdraw_justification`."""
        return cast(
            "Pending[models.PaymentagentWithdrawJustificationResponse]",
            self._session.start(
                "paymentagent_withdraw_justification",
                {"message": message, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def transfer_between_accounts(
        self,
        *,
        account_from: str | None = None,
        account_to: str | None = None,
        accounts: Literal["all", "brief"] | None = None,
        amount: float | None = None,
        currency: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TransferBetweenAccountsResponse]:
        """Sends ``transfer_between_accounts`` now; see `BinaryComClient.transfer_between_accounts`."""
        return cast(
            "Pending[models.TransferBetweenAccountsResponse]",
            self._session.start(
                "transfer_between_accounts",
                {
                    "account_from": account_from,
                    "account_to": account_to,
                    "accounts": accounts,
                    "amount": amount,
                    "currency": currency,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )
