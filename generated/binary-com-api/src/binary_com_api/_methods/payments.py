"""The payments calls of the BinaryComClient, one method per call.

`BinaryComClient` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.session import Session
    from .._runtime.websocket.subscription import Subscription


class PaymentsCalls:
    """The methods of the payments calls (see `BinaryComClient`)."""

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
    ) -> models.CashierResponse:
        """Opens the deposit/withdrawal cashier or runs a crypto withdrawal.

        ``cashier`` call; needs authorization (scopes: payments); never resent automatically.

        Arguments:
        - ``cashier`` (one of 'deposit', 'withdraw'; required)
        - ``address`` (str)
        - ``amount`` (float at least 0)
        - ``dry_run`` (one of 0, 1; server default 0)
        - ``estimated_fee_unique_id`` (str)
        - ``provider`` (one of 'doughflow', 'crypto'; server default 'doughflow')
        - ``type`` (one of 'url', 'api'; server default 'url')
        - ``verification_code`` (str matching ``^\\w{8,128}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CashierResponse",
            self._session.call(
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
    ) -> models.CryptoConfigResponse:
        """Minimum amounts and other settings per cryptocurrency.

        ``crypto_config`` call; public; retried when it fails in transit.

        Arguments:
        - ``currency_code`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CryptoConfigResponse",
            self._session.call(
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
    ) -> models.CryptoEstimationsResponse:
        """Current fee estimates for cryptocurrency withdrawals; can stream.

        ``crypto_estimations`` call; public; retried when it fails in transit.

        Arguments:
        - ``currency_code`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CryptoEstimationsResponse",
            self._session.call(
                "crypto_estimations",
                {"currency_code": currency_code, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def subscribe_crypto_estimations(
        self,
        *,
        currency_code: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.CryptoEstimationsResponse]:
        """Subscribes to the ``crypto_estimations`` call: current fee estimates for cryptocurrency
        withdrawals; can stream.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``crypto_estimations`` call with ``subscribe: 1``; public.

        Arguments:
        - ``currency_code`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.CryptoEstimationsResponse]",
            self._session.subscribe(
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
    ) -> models.PaymentMethodsResponse:
        """Deposit and withdrawal methods offered in a country.

        ``payment_methods`` call; public; retried when it fails in transit.

        Arguments:
        - ``country`` (str matching ``^[a-z]{0,2}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PaymentMethodsResponse",
            self._session.call(
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
    ) -> models.PaymentagentCreateResponse:
        """Applies to become a payment agent with the given details.

        ``paymentagent_create`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``commission_deposit`` (float from 0 to 9; required)
        - ``commission_withdrawal`` (float from 0 to 9; required)
        - ``email`` (str matching ``^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{1,255}$``;
          required)
        - ``information`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,500}$``; required)
        - ``payment_agent_name`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,100}$``;
          required)
        - ``supported_payment_methods`` (list of
          ``models.PaymentagentCreateRequestSupportedPaymentMethodsItem``; required)
        - ``urls`` (list of ``models.PaymentagentCreateRequestUrlsItem``; required)
        - ``affiliate_id`` (str matching ``^[\\w]{0,32}$``)
        - ``phone_numbers`` (list of ``models.PaymentagentCreateRequestPhoneNumbersItem``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PaymentagentCreateResponse",
            self._session.call(
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
    ) -> models.PaymentagentDetailsResponse:
        """Reads the user's own payment agent profile.

        ``paymentagent_details`` call; needs authorization (scopes: admin); retried when it fails
        in transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PaymentagentDetailsResponse",
            self._session.call(
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
    ) -> models.PaymentagentListResponse:
        """Payment agents serving a country, optionally for one currency.

        ``paymentagent_list`` call; public; retried when it fails in transit.

        Arguments:
        - ``paymentagent_list`` (str matching ``^\\w\\w$``; required)
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PaymentagentListResponse",
            self._session.call(
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
    ) -> models.PaymentagentTransferResponse:
        """A payment agent credits funds to a client's account.

        ``paymentagent_transfer`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``amount`` (float; required)
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required)
        - ``transfer_to`` (str matching ``^[A-Za-z]+[0-9]+$``; required)
        - ``description`` (str matching ``^[0-9A-Za-z .,'-]{0,250}$``)
        - ``dry_run`` (one of 0, 1)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PaymentagentTransferResponse",
            self._session.call(
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
    ) -> models.PaymentagentWithdrawResponse:
        """Sends funds from the client to a chosen payment agent.

        ``paymentagent_withdraw`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``amount`` (float; required)
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required)
        - ``paymentagent_loginid`` (str matching ``^[A-Za-z]+[0-9]+$``; required)
        - ``verification_code`` (str matching ``^\\w{8,128}$``; required)
        - ``description`` (str matching ``^[0-9A-Za-z .,'-]{0,250}$``)
        - ``dry_run`` (one of 0, 1)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PaymentagentWithdrawResponse",
            self._session.call(
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
    ) -> models.PaymentagentWithdrawJustificationResponse:
        """Gives the reason for a payment agent withdrawal.

        ``paymentagent_withdraw_justification`` call; needs authorization (scopes: payments);
        never resent automatically.

        Arguments:
        - ``message`` (str of 1 to 500 characters)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PaymentagentWithdrawJustificationResponse",
            self._session.call(
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
    ) -> models.TransferBetweenAccountsResponse:
        """Moves funds between the user's accounts or lists targets.

        ``transfer_between_accounts`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``account_from`` (str matching ``\\w+``)
        - ``account_to`` (str matching ``\\w+``)
        - ``accounts`` (one of 'all', 'brief'; server default 'brief')
        - ``amount`` (float at least 0)
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TransferBetweenAccountsResponse",
            self._session.call(
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
