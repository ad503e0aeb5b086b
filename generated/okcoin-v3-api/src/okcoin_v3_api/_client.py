"""The OkcoinClient and its groups of methods, one method per route."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, cast

import urllib3

from ._runtime.http.transport import (
    HttpOptions,
    HttpTransport,
    Page,
    RetryBudget,
    RetryPolicy,
    Route,
)
from ._runtime.okcoin.auth import OkcoinSigner, OkcoinTransport, okcoin_errors

if TYPE_CHECKING:
    from . import models


class GeneralApi:
    """Public site-wide facts such as the server clock."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def get_server_time(
        self,
        timeout: float | None = None,
    ) -> models.ServerTime:
        """Read the server clock (useful to correct the signing timestamp).

        ``GET /api/general/v3/time``; public; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ServerTime",
            self._transport.call(
                "general_get_server_time",
                {},
                timeout=timeout,
            ),
        )


class SystemApi:
    """Maintenance status notices."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def get_status(
        self,
        *,
        status: Literal["0", "1", "2"] | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List system maintenance notices.

        ``GET /api/system/v3/status``; public; retried when it fails in transit.

        Arguments:
        - ``status`` (one of '0', '1', '2'): Filter - 0 scheduled, 1 in progress, 2 finished.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "system_get_status",
                {"status": status},
                timeout=timeout,
            ),
        )


class OracleApi:
    """Signed price feed for on-chain consumers."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def get_oracle(
        self,
        timeout: float | None = None,
    ) -> models.OraclePayload:
        """Fetch the signed oracle price report.

        ``GET /api/market/v3/oracle``; public; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.OraclePayload",
            self._transport.call(
                "oracle_get_oracle",
                {},
                timeout=timeout,
            ),
        )


class IndexApi:
    """Index composition."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def get_constituents(
        self,
        *,
        instrument_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Show which exchange prices make up an index.

        ``GET /api/index/v3/{instrument_id}/constituents``; public; retried when it fails in
        transit.

        Taken from the Java SDK and ccxt; not in the current Python SDK. Availability on the
        listed sites is not confirmed.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "index_get_constituents",
                {"instrument_id": instrument_id},
                timeout=timeout,
            ),
        )


class AccountApi:
    """Funding account - balances, deposits, withdrawals and transfers between accounts."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def list_currencies(
        self,
        timeout: float | None = None,
    ) -> list[models.Currency]:
        """List currencies with their deposit and withdrawal availability.

        ``GET /api/account/v3/currencies``; signed; retried when it fails in transit.

        Documented as public, but the server wants an API key.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.Currency]",
            self._transport.call(
                "account_list_currencies",
                {},
                timeout=timeout,
            ),
        )

    def list_wallet(
        self,
        timeout: float | None = None,
    ) -> list[models.Wallet]:
        """List funding account balances of all currencies.

        ``GET /api/account/v3/wallet``; signed; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.Wallet]",
            self._transport.call(
                "account_list_wallet",
                {},
                timeout=timeout,
            ),
        )

    def get_wallet(
        self,
        *,
        currency: str,
        timeout: float | None = None,
    ) -> list[models.Wallet]:
        """Get the funding account balance of one currency.

        ``GET /api/account/v3/wallet/{currency}``; signed; retried when it fails in transit.

        Arguments:
        - ``currency`` (str; required): Currency code such as BTC.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.Wallet]",
            self._transport.call(
                "account_get_wallet",
                {"currency": currency},
                timeout=timeout,
            ),
        )

    def transfer(
        self,
        *,
        currency: str,
        amount: Decimal,
        from_: Literal["0", "1", "5", "6"],
        to: Literal["0", "1", "5", "6"],
        type: Literal["0", "1", "2"] | None = None,
        sub_account: str | None = None,
        instrument_id: str | None = None,
        to_instrument_id: str | None = None,
        timeout: float | None = None,
    ) -> models.TransferResult:
        """Move funds between accounts or between main and sub-accounts.

        ``POST /api/account/v3/transfer``; signed; never resent automatically.

        Limited to one call every 2 seconds per currency.

        Arguments:
        - ``currency`` (str; required): Currency code such as BTC.
        - ``amount`` (Decimal above 0; required): Amount to move.
        - ``from_`` (one of '0', '1', '5', '6'; required): Source account - 0 sub-account, 1
          spot, 5 margin, 6 funding.
        - ``to`` (one of '0', '1', '5', '6'; required): Target account - 0 sub-account, 1 spot, 5
          margin, 6 funding.
        - ``type`` (one of '0', '1', '2'): 0 within this account (default), 1 main to
          sub-account, 2 sub-account to main.
        - ``sub_account`` (str): Sub-account name; needed when type is 1 or 2.
        - ``instrument_id`` (str): Margin market to take funds from; needed when from is 5.
        - ``to_instrument_id`` (str): Margin market to send funds to; needed when to is 5.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TransferResult",
            self._transport.call(
                "account_transfer",
                {
                    "currency": currency,
                    "amount": amount,
                    "from_": from_,
                    "to": to,
                    "type": type,
                    "sub_account": sub_account,
                    "instrument_id": instrument_id,
                    "to_instrument_id": to_instrument_id,
                },
                timeout=timeout,
            ),
        )

    def withdraw(
        self,
        *,
        currency: str,
        amount: Decimal,
        destination: Literal["2", "3", "4"],
        to_address: str,
        fee: Decimal,
        trade_pwd: str | None = None,
        chain: str | None = None,
        reason: str | None = None,
        usage_agreement: str | None = None,
        timeout: float | None = None,
    ) -> models.WithdrawalResult:
        """Withdraw a currency to an address or to another exchange account.

        ``POST /api/account/v3/withdrawal``; signed; never resent automatically.

        okcoin.jp allows 1/10s.

        Arguments:
        - ``currency`` (str; required): Currency code such as BTC.
        - ``amount`` (Decimal above 0; required): Amount to withdraw.
        - ``destination`` (one of '2', '3', '4'; required): 2 Okcoin account, 3 OKEx account, 4
          on-chain address.
        - ``to_address`` (str; required): Target address or account; append :tag for currencies
          that need a tag.
        - ``fee`` (Decimal at least 0; required): Network fee; 0 for transfers to Okcoin or OKEx
          accounts.
        - ``trade_pwd`` (str): Fund password; still expected by okcoin.jp, dropped by okcoin.com
          in 2022.
        - ``chain`` (str): Chain to withdraw on; okcoin.jp only.
        - ``reason`` (str): Purpose of the withdrawal; okcoin.jp only.
        - ``usage_agreement`` (str): Usage agreement flag; okcoin.jp only.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.WithdrawalResult",
            self._transport.call(
                "account_withdraw",
                {
                    "currency": currency,
                    "amount": amount,
                    "destination": destination,
                    "to_address": to_address,
                    "fee": fee,
                    "trade_pwd": trade_pwd,
                    "chain": chain,
                    "reason": reason,
                    "usage_agreement": usage_agreement,
                },
                timeout=timeout,
            ),
        )

    def list_withdrawal_fees(
        self,
        *,
        currency: str | None = None,
        timeout: float | None = None,
    ) -> list[models.WithdrawalFee]:
        """List the minimum and maximum withdrawal fee per currency.

        ``GET /api/account/v3/withdrawal/fee``; signed; retried when it fails in transit.

        Documented as public, but the server wants an API key.

        Arguments:
        - ``currency`` (str): Only this currency.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.WithdrawalFee]",
            self._transport.call(
                "account_list_withdrawal_fees",
                {"currency": currency},
                timeout=timeout,
            ),
        )

    def list_withdrawals(
        self,
        timeout: float | None = None,
    ) -> list[models.Withdrawal]:
        """List recent withdrawals of all currencies.

        ``GET /api/account/v3/withdrawal/history``; signed; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.Withdrawal]",
            self._transport.call(
                "account_list_withdrawals",
                {},
                timeout=timeout,
            ),
        )

    def list_currency_withdrawals(
        self,
        *,
        currency: str,
        timeout: float | None = None,
    ) -> list[models.Withdrawal]:
        """List recent withdrawals of one currency.

        ``GET /api/account/v3/withdrawal/history/{currency}``; signed; retried when it fails in
        transit.

        Arguments:
        - ``currency`` (str; required): Currency code such as BTC.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.Withdrawal]",
            self._transport.call(
                "account_list_currency_withdrawals",
                {"currency": currency},
                timeout=timeout,
            ),
        )

    def list_ledger(
        self,
        *,
        currency: str | None = None,
        type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[models.FundingLedgerEntry]:
        """Page through the funding account bills.

        ``GET /api/account/v3/ledger``; signed; retried when it fails in transit.

        Arguments:
        - ``currency`` (str): Only this currency.
        - ``type`` (str): Bill type code, e.g. 1 deposit, 2 withdrawal, 37 into spot, 38 out of
          spot.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.FundingLedgerEntry]",
            self._transport.call(
                "account_list_ledger",
                {
                    "currency": currency,
                    "type": type,
                    "after": after,
                    "before": before,
                    "limit": limit,
                },
                timeout=timeout,
            ),
        )

    def iter_ledger(
        self,
        *,
        currency: str | None = None,
        type: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.FundingLedgerEntry]:
        """Every item of ``list_ledger``, newest first, fetching older pages as needed (each page is
        one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``currency`` (str): Only this currency.
        - ``type`` (str): Bill type code, e.g. 1 deposit, 2 withdrawal, 37 into spot, 38 out of
          spot.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.FundingLedgerEntry]",
            self._transport.iterate(
                "account_list_ledger",
                {"currency": currency, "type": type, "limit": limit},
                timeout=timeout,
            ),
        )

    def list_deposit_addresses(
        self,
        *,
        currency: str,
        timeout: float | None = None,
    ) -> list[models.DepositAddress]:
        """List the deposit addresses of a currency.

        ``GET /api/account/v3/deposit/address``; signed; retried when it fails in transit.

        Arguments:
        - ``currency`` (str; required): Currency code such as BTC.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.DepositAddress]",
            self._transport.call(
                "account_list_deposit_addresses",
                {"currency": currency},
                timeout=timeout,
            ),
        )

    def get_asset_valuation(
        self,
        *,
        account_type: Literal["0", "1", "5", "6"] | None = None,
        valuation_currency: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Value the holdings of an account (or of all accounts) in one currency.

        ``GET /api/account/v3/asset-valuation``; signed; retried when it fails in transit.

        okcoin.jp allows 1/30s.

        Arguments:
        - ``account_type`` (one of '0', '1', '5', '6'): 0 all accounts, 1 spot, 5 margin, 6
          funding.
        - ``valuation_currency`` (str): Currency to value in, e.g. BTC or USD (okcoin.com only).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "account_get_asset_valuation",
                {"account_type": account_type, "valuation_currency": valuation_currency},
                timeout=timeout,
            ),
        )

    def list_deposits(
        self,
        timeout: float | None = None,
    ) -> list[models.Deposit]:
        """List recent deposits of all currencies.

        ``GET /api/account/v3/deposit/history``; signed; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.Deposit]",
            self._transport.call(
                "account_list_deposits",
                {},
                timeout=timeout,
            ),
        )

    def list_currency_deposits(
        self,
        *,
        currency: str,
        timeout: float | None = None,
    ) -> list[models.Deposit]:
        """List recent deposits of one currency.

        ``GET /api/account/v3/deposit/history/{currency}``; signed; retried when it fails in
        transit.

        Arguments:
        - ``currency`` (str; required): Currency code such as BTC.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.Deposit]",
            self._transport.call(
                "account_list_currency_deposits",
                {"currency": currency},
                timeout=timeout,
            ),
        )

    def get_sub_account_balance(
        self,
        *,
        sub_account: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Show the balances of one sub-account.

        ``GET /api/account/v3/sub-account``; signed; retried when it fails in transit.

        Arguments:
        - ``sub_account`` (str; required): Name of the sub-account (the wire name contains a
          hyphen).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "account_get_sub_account_balance",
                {"sub_account": sub_account},
                timeout=timeout,
            ),
        )

    def deposit_lightning(
        self,
        *,
        ccy: str,
        amount: Decimal,
        to: Literal["1", "6"] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Request a Lightning Network deposit for an amount.

        ``GET /api/account/v3/deposit-lightning``; signed; retried when it fails in transit.

        Arguments:
        - ``ccy`` (str; required): Currency code (this route calls it ccy).
        - ``amount`` (Decimal above 0; required): Amount to deposit.
        - ``to`` (one of '1', '6'): Account to credit - 1 spot, 6 funding.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "account_deposit_lightning",
                {"ccy": ccy, "amount": amount, "to": to},
                timeout=timeout,
            ),
        )

    def withdraw_lightning(
        self,
        *,
        currency: str,
        invoice: str,
        memo: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Pay a Lightning Network invoice from the account.

        ``POST /api/account/v3/withdrawal-lightning``; signed; never resent automatically.

        ccxt lists this route under GET; the Python SDK posts a JSON body, which is what is
        modelled here.

        Arguments:
        - ``currency`` (str; required): Currency code such as BTC.
        - ``invoice`` (str; required): The Lightning invoice to pay.
        - ``memo`` (str): Free-text note.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "account_withdraw_lightning",
                {"currency": currency, "invoice": invoice, "memo": memo},
                timeout=timeout,
            ),
        )

    def list_on_hold(
        self,
        *,
        currency: str | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List amounts on hold.

        ``GET /api/account/v3/onhold``; signed; retried when it fails in transit.

        Known only from the Java SDKs. Availability on the listed sites is not confirmed.

        Arguments:
        - ``currency`` (str): Only this currency.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "account_list_on_hold",
                {"currency": currency},
                timeout=timeout,
            ),
        )

    def lock(
        self,
        *,
        currency: str,
        size: Decimal,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Put an amount of a currency on hold.

        ``POST /api/account/v3/lock``; signed; never resent automatically.

        Known only from the Java SDKs. Availability on the listed sites is not confirmed.

        Arguments:
        - ``currency`` (str; required): Currency code such as BTC.
        - ``size`` (Decimal above 0; required): Amount to hold.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "account_lock",
                {"currency": currency, "size": size},
                timeout=timeout,
            ),
        )

    def unlock(
        self,
        *,
        currency: str,
        size: Decimal,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Release an amount of a currency from hold.

        ``POST /api/account/v3/unlock``; signed; never resent automatically.

        Known only from the Java SDKs. Availability on the listed sites is not confirmed.

        Arguments:
        - ``currency`` (str; required): Currency code such as BTC.
        - ``size`` (Decimal above 0; required): Amount to release.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "account_unlock",
                {"currency": currency, "size": size},
                timeout=timeout,
            ),
        )

    def withdraw_jpy(
        self,
        *,
        amount: Decimal,
        trade_pwd: str,
        bank_card_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Withdraw yen to a registered bank card (okcoin.jp).

        ``POST /api/account/v3/jpywithdrawal``; signed; never resent automatically.

        Arguments:
        - ``amount`` (Decimal above 0; required): Amount of JPY.
        - ``trade_pwd`` (str; required): Fund password.
        - ``bank_card_id`` (str; required): Id of the bank card, from the bank card list.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "account_withdraw_jpy",
                {"amount": amount, "trade_pwd": trade_pwd, "bank_card_id": bank_card_id},
                timeout=timeout,
            ),
        )

    def list_jpy_withdrawals(
        self,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List yen withdrawals (okcoin.jp).

        ``GET /api/account/v3/jpyWithdrawal/history``; signed; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "account_list_jpy_withdrawals",
                {},
                timeout=timeout,
            ),
        )

    def list_jpy_deposits(
        self,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List yen deposits (okcoin.jp).

        ``GET /api/account/v3/jpyDeposit/history``; signed; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "account_list_jpy_deposits",
                {},
                timeout=timeout,
            ),
        )

    def list_bank_cards(
        self,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List registered bank cards (okcoin.jp).

        ``GET /api/account/v3/bank-card-list``; signed; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "account_list_bank_cards",
                {},
                timeout=timeout,
            ),
        )


class FiatApi:
    """Fiat deposits and withdrawals through payment channels (okcoin.com)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def deposit(
        self,
        *,
        channel_id: str,
        amount: Decimal,
        bank_account_number: str,
        to_account: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Start a fiat deposit through a payment channel.

        ``POST /api/account/v3/fiat/deposit``; signed; never resent automatically.

        Arguments:
        - ``channel_id`` (str; required): Payment channel id.
        - ``amount`` (Decimal above 0; required): Amount to deposit.
        - ``bank_account_number`` (str; required): Bank account the money comes from.
        - ``to_account`` (str): Account to credit.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "fiat_deposit",
                {
                    "channel_id": channel_id,
                    "amount": amount,
                    "bank_account_number": bank_account_number,
                    "to_account": to_account,
                },
                timeout=timeout,
            ),
        )

    def cancel_deposit(
        self,
        *,
        deposit_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Cancel a pending fiat deposit.

        ``POST /api/account/v3/fiat/cancel_deposit``; signed; never resent automatically.

        Arguments:
        - ``deposit_id`` (str; required)
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "fiat_cancel_deposit",
                {"deposit_id": deposit_id},
                timeout=timeout,
            ),
        )

    def get_deposit(
        self,
        *,
        deposit_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Get one fiat deposit.

        ``GET /api/account/v3/fiat/deposit/detail``; signed; retried when it fails in transit.

        Arguments:
        - ``deposit_id`` (str; required)
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "fiat_get_deposit",
                {"deposit_id": deposit_id},
                timeout=timeout,
            ),
        )

    def list_deposits(
        self,
        *,
        channel_id: str,
        currency: str | None = None,
        status: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[dict[str, Any]]:
        """Page through fiat deposits of a channel.

        ``GET /api/account/v3/fiat/deposit/details``; signed; retried when it fails in transit.

        Arguments:
        - ``channel_id`` (str; required): Payment channel id.
        - ``currency`` (str): Only this currency.
        - ``status`` (str): Only deposits in this state.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[dict[str, Any]]",
            self._transport.call(
                "fiat_list_deposits",
                {
                    "channel_id": channel_id,
                    "currency": currency,
                    "status": status,
                    "after": after,
                    "before": before,
                    "limit": limit,
                },
                timeout=timeout,
            ),
        )

    def iter_deposits(
        self,
        *,
        channel_id: str,
        currency: str | None = None,
        status: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Every item of ``list_deposits``, newest first, fetching older pages as needed (each page
        is one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``channel_id`` (str; required): Payment channel id.
        - ``currency`` (str): Only this currency.
        - ``status`` (str): Only deposits in this state.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[dict[str, Any]]",
            self._transport.iterate(
                "fiat_list_deposits",
                {"channel_id": channel_id, "currency": currency, "status": status, "limit": limit},
                timeout=timeout,
            ),
        )

    def withdraw(
        self,
        *,
        channel_id: str,
        amount: Decimal,
        trade_pwd: str,
        bank_account_number: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Start a fiat withdrawal through a payment channel.

        ``POST /api/account/v3/fiat/withdraw``; signed; never resent automatically.

        Arguments:
        - ``channel_id`` (str; required): Payment channel id.
        - ``amount`` (Decimal above 0; required): Amount to withdraw.
        - ``trade_pwd`` (str; required): Fund password.
        - ``bank_account_number`` (str; required): Bank account to pay to.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "fiat_withdraw",
                {
                    "channel_id": channel_id,
                    "amount": amount,
                    "trade_pwd": trade_pwd,
                    "bank_account_number": bank_account_number,
                },
                timeout=timeout,
            ),
        )

    def cancel_withdrawal(
        self,
        *,
        withdraw_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Cancel a pending fiat withdrawal.

        ``POST /api/account/v3/fiat/cancel_withdraw``; signed; never resent automatically.

        The path follows the Python SDK (fiat/cancel_withdraw); ccxt uses fiat/cancel_withdrawal.

        Arguments:
        - ``withdraw_id`` (str; required)
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "fiat_cancel_withdrawal",
                {"withdraw_id": withdraw_id},
                timeout=timeout,
            ),
        )

    def get_withdrawal(
        self,
        *,
        withdraw_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Get one fiat withdrawal.

        ``GET /api/account/v3/fiat/withdraw/detail``; signed; retried when it fails in transit.

        Arguments:
        - ``withdraw_id`` (str; required)
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "fiat_get_withdrawal",
                {"withdraw_id": withdraw_id},
                timeout=timeout,
            ),
        )

    def list_withdrawals(
        self,
        *,
        channel_id: str,
        currency: str | None = None,
        status: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[dict[str, Any]]:
        """Page through fiat withdrawals of a channel.

        ``GET /api/account/v3/fiat/withdraw/details``; signed; retried when it fails in transit.

        Arguments:
        - ``channel_id`` (str; required): Payment channel id.
        - ``currency`` (str): Only this currency.
        - ``status`` (str): Only withdrawals in this state.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[dict[str, Any]]",
            self._transport.call(
                "fiat_list_withdrawals",
                {
                    "channel_id": channel_id,
                    "currency": currency,
                    "status": status,
                    "after": after,
                    "before": before,
                    "limit": limit,
                },
                timeout=timeout,
            ),
        )

    def iter_withdrawals(
        self,
        *,
        channel_id: str,
        currency: str | None = None,
        status: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Every item of ``list_withdrawals``, newest first, fetching older pages as needed (each
        page is one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``channel_id`` (str; required): Payment channel id.
        - ``currency`` (str): Only this currency.
        - ``status`` (str): Only withdrawals in this state.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[dict[str, Any]]",
            self._transport.iterate(
                "fiat_list_withdrawals",
                {"channel_id": channel_id, "currency": currency, "status": status, "limit": limit},
                timeout=timeout,
            ),
        )

    def get_channel(
        self,
        *,
        id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Get a fiat payment channel.

        ``GET /api/account/v3/fiat/channel``; signed; retried when it fails in transit.

        Arguments:
        - ``id`` (str; required): Payment channel id.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "fiat_get_channel",
                {"id": id},
                timeout=timeout,
            ),
        )


class SpotApi:
    """Spot market data, spot balances and spot trading."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def list_accounts(
        self,
        timeout: float | None = None,
    ) -> list[models.SpotAccount]:
        """List spot balances of all currencies.

        ``GET /api/spot/v3/accounts``; signed; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.SpotAccount]",
            self._transport.call(
                "spot_list_accounts",
                {},
                timeout=timeout,
            ),
        )

    def get_account(
        self,
        *,
        currency: str,
        timeout: float | None = None,
    ) -> models.SpotAccount:
        """Get the spot balance of one currency.

        ``GET /api/spot/v3/accounts/{currency}``; signed; retried when it fails in transit.

        Arguments:
        - ``currency`` (str; required): Currency code such as BTC.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SpotAccount",
            self._transport.call(
                "spot_get_account",
                {"currency": currency},
                timeout=timeout,
            ),
        )

    def list_ledger(
        self,
        *,
        currency: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        type: str | None = None,
        timeout: float | None = None,
    ) -> Page[models.LedgerEntry]:
        """Page through the spot bills of one currency (last three months).

        ``GET /api/spot/v3/accounts/{currency}/ledger``; signed; retried when it fails in
        transit.

        Arguments:
        - ``currency`` (str; required): Currency code such as BTC.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``type`` (str): Bill type, e.g. transfer, trade or rebate.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.LedgerEntry]",
            self._transport.call(
                "spot_list_ledger",
                {
                    "currency": currency,
                    "after": after,
                    "before": before,
                    "limit": limit,
                    "type": type,
                },
                timeout=timeout,
            ),
        )

    def iter_ledger(
        self,
        *,
        currency: str,
        limit: int | None = None,
        type: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.LedgerEntry]:
        """Every item of ``list_ledger``, newest first, fetching older pages as needed (each page is
        one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``currency`` (str; required): Currency code such as BTC.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``type`` (str): Bill type, e.g. transfer, trade or rebate.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.LedgerEntry]",
            self._transport.iterate(
                "spot_list_ledger",
                {"currency": currency, "limit": limit, "type": type},
                timeout=timeout,
            ),
        )

    def list_orders(
        self,
        *,
        instrument_id: str,
        state: Literal["-2", "-1", "0", "1", "2", "3", "4", "6", "7"],
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[models.Order]:
        """Page through spot orders of a market by state (last three months).

        ``GET /api/spot/v3/orders``; signed; retried when it fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``state`` (one of '-2', '-1', '0', '1', '2', '3', '4', '6', '7'; required): -2 failed,
          -1 cancelled, 0 open, 1 partly filled, 2 filled, 3 being placed, 4 being cancelled, 6
          not finished (0 and 1), 7 finished (-1 and 2).
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.Order]",
            self._transport.call(
                "spot_list_orders",
                {
                    "instrument_id": instrument_id,
                    "state": state,
                    "after": after,
                    "before": before,
                    "limit": limit,
                },
                timeout=timeout,
            ),
        )

    def iter_orders(
        self,
        *,
        instrument_id: str,
        state: Literal["-2", "-1", "0", "1", "2", "3", "4", "6", "7"],
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.Order]:
        """Every item of ``list_orders``, newest first, fetching older pages as needed (each page is
        one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``state`` (one of '-2', '-1', '0', '1', '2', '3', '4', '6', '7'; required): -2 failed,
          -1 cancelled, 0 open, 1 partly filled, 2 filled, 3 being placed, 4 being cancelled, 6
          not finished (0 and 1), 7 finished (-1 and 2).
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.Order]",
            self._transport.iterate(
                "spot_list_orders",
                {"instrument_id": instrument_id, "state": state, "limit": limit},
                timeout=timeout,
            ),
        )

    def place_order(
        self,
        *,
        instrument_id: str,
        side: Literal["buy", "sell"],
        type: Literal["limit", "market"] | None = None,
        client_oid: str | None = None,
        order_type: Literal["0", "1", "2", "3"] | None = None,
        price: Decimal | None = None,
        size: Decimal | None = None,
        notional: Decimal | None = None,
        margin_trading: Literal["1", "2"] | None = None,
        timeout: float | None = None,
    ) -> models.OrderResult:
        """Place a spot order.

        ``POST /api/spot/v3/orders``; signed; never resent automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``side`` (one of 'buy', 'sell'; required): Order side.
        - ``type`` (one of 'limit', 'market'): Order kind.
        - ``client_oid`` (str matching ``^[A-Za-z][A-Za-z0-9]{0,31}$``): Your own id for the
          order - up to 32 letters and digits, starting with a letter.
        - ``order_type`` (one of '0', '1', '2', '3'): 0 normal, 1 post-only, 2 fill-or-kill, 3
          immediate-or-cancel.
        - ``price`` (Decimal above 0): Limit price; needed for limit orders.
        - ``size`` (Decimal above 0): Quantity in the base currency; needed for limit orders and
          market sells.
        - ``notional`` (Decimal above 0): Amount of quote currency to spend; needed for market
          buys.
        - ``margin_trading`` (one of '1', '2'): 1 spot, 2 margin; not on okcoin.jp.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.OrderResult",
            self._transport.call(
                "spot_place_order",
                {
                    "instrument_id": instrument_id,
                    "side": side,
                    "type": type,
                    "client_oid": client_oid,
                    "order_type": order_type,
                    "price": price,
                    "size": size,
                    "notional": notional,
                    "margin_trading": margin_trading,
                },
                timeout=timeout,
            ),
        )

    def place_orders(
        self,
        *,
        items: list[models.SpotOrderRequest],
        timeout: float | None = None,
    ) -> dict[str, list[models.OrderResult]]:
        """Place several spot orders in one request.

        ``POST /api/spot/v3/batch_orders``; signed; never resent automatically.

        Arguments:
        - ``items`` (list of ``models.SpotOrderRequest``; required): The orders; at most 4
          instruments with up to 10 orders each.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, list[models.OrderResult]]",
            self._transport.call(
                "spot_place_orders",
                {"items": items},
                timeout=timeout,
            ),
        )

    def cancel_order(
        self,
        *,
        order_id_or_client_oid: str,
        instrument_id: str,
        timeout: float | None = None,
    ) -> dict[str, list[models.OrderResult]] | models.OrderResult:
        """Cancel a spot order.

        ``POST /api/spot/v3/cancel_orders/{order_id_or_client_oid}``; signed; never resent
        automatically.

        Okcoin answers in one of two shapes, so the result is a union: today an OrderResult
        (order_id, client_oid, result, error_code, error_message); from older servers a dict from
        the lower-case instrument id (btc-usd) to a list of OrderResult. Check with
        isinstance(reply, OrderResult) before reading fields.

        Arguments:
        - ``order_id_or_client_oid`` (str; required): The order id, or the client_oid chosen when
          the order was placed.
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, list[models.OrderResult]] | models.OrderResult",
            self._transport.call(
                "spot_cancel_order",
                {"order_id_or_client_oid": order_id_or_client_oid, "instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def cancel_orders(
        self,
        *,
        items: list[models.CancelOrdersRequest],
        timeout: float | None = None,
    ) -> dict[str, list[models.OrderResult]]:
        """Cancel several spot orders in one request.

        ``POST /api/spot/v3/cancel_batch_orders``; signed; never resent automatically.

        Arguments:
        - ``items`` (list of ``models.CancelOrdersRequest`` (at most 4 items); required): One
          entry per instrument; at most 4 instruments.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, list[models.OrderResult]]",
            self._transport.call(
                "spot_cancel_orders",
                {"items": items},
                timeout=timeout,
            ),
        )

    def amend_order(
        self,
        *,
        instrument_id: str,
        cancel_on_fail: Literal["0", "1"],
        order_id: str | None = None,
        client_oid: str | None = None,
        request_id: str | None = None,
        new_size: Decimal | None = None,
        new_price: Decimal | None = None,
        timeout: float | None = None,
    ) -> models.OrderResult:
        """Change the size or price of an open spot order.

        ``POST /api/spot/v3/amend_order/{instrument_id}``; signed; never resent automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market of the order.
        - ``cancel_on_fail`` (one of '0', '1'; required): "1" cancels the order when the change
          fails.
        - ``order_id`` (str): Order to change; give this or client_oid.
        - ``client_oid`` (str): Client id of the order to change; give this or order_id.
        - ``request_id`` (str): Your own id for this change.
        - ``new_size`` (Decimal above 0): New quantity; give this and/or new_price.
        - ``new_price`` (Decimal above 0): New price; give this and/or new_size.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.OrderResult",
            self._transport.call(
                "spot_amend_order",
                {
                    "instrument_id": instrument_id,
                    "cancel_on_fail": cancel_on_fail,
                    "order_id": order_id,
                    "client_oid": client_oid,
                    "request_id": request_id,
                    "new_size": new_size,
                    "new_price": new_price,
                },
                timeout=timeout,
            ),
        )

    def amend_orders(
        self,
        *,
        items: list[models.AmendOrderRequest],
        timeout: float | None = None,
    ) -> dict[str, list[models.OrderResult]]:
        """Change several open spot orders in one request.

        ``POST /api/spot/v3/amend_batch_orders``; signed; never resent automatically.

        Arguments:
        - ``items`` (list of ``models.AmendOrderRequest``; required): The changes.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, list[models.OrderResult]]",
            self._transport.call(
                "spot_amend_orders",
                {"items": items},
                timeout=timeout,
            ),
        )

    def get_order(
        self,
        *,
        order_id_or_client_oid: str,
        instrument_id: str,
        timeout: float | None = None,
    ) -> models.Order:
        """Get one spot order.

        ``GET /api/spot/v3/orders/{order_id_or_client_oid}``; signed; retried when it fails in
        transit.

        Cancelled orders without fills are kept for about two hours only.

        Arguments:
        - ``order_id_or_client_oid`` (str; required): The order id, or the client_oid chosen when
          the order was placed.
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Order",
            self._transport.call(
                "spot_get_order",
                {"order_id_or_client_oid": order_id_or_client_oid, "instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def list_pending_orders(
        self,
        *,
        instrument_id: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[models.Order]:
        """Page through the open spot orders of a market.

        ``GET /api/spot/v3/orders_pending``; signed; retried when it fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.Order]",
            self._transport.call(
                "spot_list_pending_orders",
                {"instrument_id": instrument_id, "after": after, "before": before, "limit": limit},
                timeout=timeout,
            ),
        )

    def iter_pending_orders(
        self,
        *,
        instrument_id: str,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.Order]:
        """Every item of ``list_pending_orders``, newest first, fetching older pages as needed (each
        page is one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.Order]",
            self._transport.iterate(
                "spot_list_pending_orders",
                {"instrument_id": instrument_id, "limit": limit},
                timeout=timeout,
            ),
        )

    def list_fills(
        self,
        *,
        instrument_id: str,
        order_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        from_: str | None = None,
        to: str | None = None,
        timeout: float | None = None,
    ) -> Page[models.Fill]:
        """Page through spot fills of a market.

        ``GET /api/spot/v3/fills``; signed; retried when it fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``order_id`` (str): Only fills of this order.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``from_`` (str): Older paging cursor name still sent by some SDKs; prefer after/before.
        - ``to`` (str): Older paging cursor name still sent by some SDKs; prefer after/before.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.Fill]",
            self._transport.call(
                "spot_list_fills",
                {
                    "instrument_id": instrument_id,
                    "order_id": order_id,
                    "after": after,
                    "before": before,
                    "limit": limit,
                    "from_": from_,
                    "to": to,
                },
                timeout=timeout,
            ),
        )

    def iter_fills(
        self,
        *,
        instrument_id: str,
        order_id: str | None = None,
        limit: int | None = None,
        from_: str | None = None,
        to: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.Fill]:
        """Every item of ``list_fills``, newest first, fetching older pages as needed (each page is
        one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``order_id`` (str): Only fills of this order.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``from_`` (str): Older paging cursor name still sent by some SDKs; prefer after/before.
        - ``to`` (str): Older paging cursor name still sent by some SDKs; prefer after/before.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.Fill]",
            self._transport.iterate(
                "spot_list_fills",
                {
                    "instrument_id": instrument_id,
                    "order_id": order_id,
                    "limit": limit,
                    "from_": from_,
                    "to": to,
                },
                timeout=timeout,
            ),
        )

    def place_algo_order(
        self,
        *,
        instrument_id: str,
        mode: Literal["1", "2"],
        order_type: Literal["1", "2", "3", "4", "5"],
        size: Decimal,
        side: Literal["buy", "sell"],
        trigger_price: Decimal | None = None,
        algo_price: Decimal | None = None,
        algo_type: Literal["1", "2"] | None = None,
        callback_rate: Decimal | None = None,
        algo_variance: Decimal | None = None,
        avg_amount: Decimal | None = None,
        limit_price: Decimal | None = None,
        sweep_range: Decimal | None = None,
        sweep_ratio: Decimal | None = None,
        single_limit: Decimal | None = None,
        time_interval: int | None = None,
        tp_trigger_price: Decimal | None = None,
        tp_price: Decimal | None = None,
        tp_trigger_type: str | None = None,
        sl_trigger_type: str | None = None,
        sl_trigger_price: Decimal | None = None,
        sl_price: Decimal | None = None,
        timeout: float | None = None,
    ) -> models.AlgoOrderResult:
        """Place a trigger, trailing, iceberg, TWAP or take-profit/stop-loss order.

        ``POST /api/spot/v3/order_algo``; signed; never resent automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``mode`` (one of '1', '2'; required): 1 spot, 2 margin.
        - ``order_type`` (one of '1', '2', '3', '4', '5'; required): 1 trigger, 2 trailing stop,
          3 iceberg, 4 TWAP, 5 take-profit/stop-loss.
        - ``size`` (Decimal above 0; required): Total quantity.
        - ``side`` (one of 'buy', 'sell'; required): Order side.
        - ``trigger_price`` (Decimal above 0): Price that activates the order; for trigger and
          trailing orders.
        - ``algo_price`` (Decimal above 0): Order price once triggered; for trigger orders.
        - ``algo_type`` (one of '1', '2'): For trigger orders - 1 limit, 2 market.
        - ``callback_rate`` (Decimal above 0): Callback ratio; for trailing orders.
        - ``algo_variance`` (Decimal above 0): Price variance; for iceberg orders.
        - ``avg_amount`` (Decimal above 0): Average quantity per slice; for iceberg orders.
        - ``limit_price`` (Decimal above 0): Price limit; for iceberg and TWAP orders.
        - ``sweep_range`` (Decimal above 0): Sweep range; for TWAP orders.
        - ``sweep_ratio`` (Decimal above 0): Sweep ratio; for TWAP orders.
        - ``single_limit`` (Decimal above 0): Quantity per slice; for TWAP orders.
        - ``time_interval`` (int from 5 to 120): Seconds between slices (5 to 120); for TWAP
          orders.
        - ``tp_trigger_price`` (Decimal above 0): Take-profit trigger price; for order type 5.
        - ``tp_price`` (Decimal above 0): Take-profit order price; for order type 5.
        - ``tp_trigger_type`` (str): Take-profit trigger kind; for order type 5.
        - ``sl_trigger_type`` (str): Stop-loss trigger kind; for order type 5.
        - ``sl_trigger_price`` (Decimal above 0): Stop-loss trigger price; for order type 5.
        - ``sl_price`` (Decimal above 0): Stop-loss order price; for order type 5.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AlgoOrderResult",
            self._transport.call(
                "spot_place_algo_order",
                {
                    "instrument_id": instrument_id,
                    "mode": mode,
                    "order_type": order_type,
                    "size": size,
                    "side": side,
                    "trigger_price": trigger_price,
                    "algo_price": algo_price,
                    "algo_type": algo_type,
                    "callback_rate": callback_rate,
                    "algo_variance": algo_variance,
                    "avg_amount": avg_amount,
                    "limit_price": limit_price,
                    "sweep_range": sweep_range,
                    "sweep_ratio": sweep_ratio,
                    "single_limit": single_limit,
                    "time_interval": time_interval,
                    "tp_trigger_price": tp_trigger_price,
                    "tp_price": tp_price,
                    "tp_trigger_type": tp_trigger_type,
                    "sl_trigger_type": sl_trigger_type,
                    "sl_trigger_price": sl_trigger_price,
                    "sl_price": sl_price,
                },
                timeout=timeout,
            ),
        )

    def cancel_algo_orders(
        self,
        *,
        instrument_id: str,
        algo_ids: list[str],
        order_type: Literal["1", "2", "3", "4", "5"],
        timeout: float | None = None,
    ) -> models.AlgoOrderResult:
        """Cancel algo orders of one market.

        ``POST /api/spot/v3/cancel_batch_algos``; signed; never resent automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``algo_ids`` (list of str; required): Ids of the algo orders to cancel.
        - ``order_type`` (one of '1', '2', '3', '4', '5'; required): 1 trigger, 2 trailing stop,
          3 iceberg, 4 TWAP, 5 take-profit/stop-loss.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AlgoOrderResult",
            self._transport.call(
                "spot_cancel_algo_orders",
                {"instrument_id": instrument_id, "algo_ids": algo_ids, "order_type": order_type},
                timeout=timeout,
            ),
        )

    def list_algo_orders(
        self,
        *,
        instrument_id: str,
        order_type: Literal["1", "2", "3", "4", "5"],
        status: Literal["1", "2", "3", "4", "5", "6"] | None = None,
        algo_ids: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[Any]:
        """Page through algo orders of a market, by status or by id.

        ``GET /api/spot/v3/algo``; signed; retried when it fails in transit.

        The container of the list is not confirmed by a sample.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``order_type`` (one of '1', '2', '3', '4', '5'; required): 1 trigger, 2 trailing stop,
          3 iceberg, 4 TWAP, 5 take-profit/stop-loss.
        - ``status`` (one of '1', '2', '3', '4', '5', '6'): 1 pending, 2 effective, 3 cancelled,
          4 partly effective, 5 paused, 6 failed; give this or algo_ids, not both.
        - ``algo_ids`` (str): Algo order ids to look up; give this or status, not both.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[Any]",
            self._transport.call(
                "spot_list_algo_orders",
                {
                    "instrument_id": instrument_id,
                    "order_type": order_type,
                    "status": status,
                    "algo_ids": algo_ids,
                    "after": after,
                    "before": before,
                    "limit": limit,
                },
                timeout=timeout,
            ),
        )

    def iter_algo_orders(
        self,
        *,
        instrument_id: str,
        order_type: Literal["1", "2", "3", "4", "5"],
        status: Literal["1", "2", "3", "4", "5", "6"] | None = None,
        algo_ids: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[Any]:
        """Every item of ``list_algo_orders``, newest first, fetching older pages as needed (each
        page is one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``order_type`` (one of '1', '2', '3', '4', '5'; required): 1 trigger, 2 trailing stop,
          3 iceberg, 4 TWAP, 5 take-profit/stop-loss.
        - ``status`` (one of '1', '2', '3', '4', '5', '6'): 1 pending, 2 effective, 3 cancelled,
          4 partly effective, 5 paused, 6 failed; give this or algo_ids, not both.
        - ``algo_ids`` (str): Algo order ids to look up; give this or status, not both.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return self._transport.iterate(
            "spot_list_algo_orders",
            {
                "instrument_id": instrument_id,
                "order_type": order_type,
                "status": status,
                "algo_ids": algo_ids,
                "limit": limit,
            },
            timeout=timeout,
        )

    def get_trade_fee(
        self,
        *,
        category: str | None = None,
        instrument_id: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Show your maker and taker fee rates.

        ``GET /api/spot/v3/trade_fee``; signed; retried when it fails in transit.

        okcoin.jp allows 1/10s.

        Arguments:
        - ``category`` (str): Fee tier category (okcoin.com only).
        - ``instrument_id`` (str): Market to ask about (okcoin.com only).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "spot_get_trade_fee",
                {"category": category, "instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def list_trade_fees(
        self,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """List your fee rates for every market (okcoin.jp).

        ``GET /api/spot/v3/trade_fee_all``; signed; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "spot_list_trade_fees",
                {},
                timeout=timeout,
            ),
        )

    def get_instrument_trade_fee(
        self,
        *,
        instrument_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Show your fee rates for one market (okcoin.jp).

        ``GET /api/spot/v3/trade_fee/{instrument_id}``; signed; retried when it fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "spot_get_instrument_trade_fee",
                {"instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def list_instruments(
        self,
        timeout: float | None = None,
    ) -> list[models.Instrument]:
        """List spot markets with their size and price steps.

        ``GET /api/spot/v3/instruments``; public; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.Instrument]",
            self._transport.call(
                "spot_list_instruments",
                {},
                timeout=timeout,
            ),
        )

    def get_order_book(
        self,
        *,
        instrument_id: str,
        size: int | None = None,
        depth: Decimal | None = None,
        timeout: float | None = None,
    ) -> models.OrderBook:
        """Get the order book of a market.

        ``GET /api/spot/v3/instruments/{instrument_id}/book``; public; retried when it fails in
        transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``size`` (int at most 200): Number of levels per side (at most 200).
        - ``depth`` (Decimal above 0): Price step to merge levels by, e.g. 0.1.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.OrderBook",
            self._transport.call(
                "spot_get_order_book",
                {"instrument_id": instrument_id, "size": size, "depth": depth},
                timeout=timeout,
            ),
        )

    def list_tickers(
        self,
        timeout: float | None = None,
    ) -> list[models.Ticker]:
        """List the tickers of all spot markets.

        ``GET /api/spot/v3/instruments/ticker``; public; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.Ticker]",
            self._transport.call(
                "spot_list_tickers",
                {},
                timeout=timeout,
            ),
        )

    def get_ticker(
        self,
        *,
        instrument_id: str,
        timeout: float | None = None,
    ) -> models.Ticker:
        """Get the ticker of one spot market.

        ``GET /api/spot/v3/instruments/{instrument_id}/ticker``; public; retried when it fails in
        transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Ticker",
            self._transport.call(
                "spot_get_ticker",
                {"instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def list_trades(
        self,
        *,
        instrument_id: str,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> list[models.Trade]:
        """List the latest public trades of a market.

        ``GET /api/spot/v3/instruments/{instrument_id}/trades``; public; retried when it fails in
        transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``limit`` (int at most 100): Number of trades to return (at most 100).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[models.Trade]",
            self._transport.call(
                "spot_list_trades",
                {"instrument_id": instrument_id, "limit": limit},
                timeout=timeout,
            ),
        )

    def get_candles(
        self,
        *,
        instrument_id: str,
        granularity: Literal[
            60, 180, 300, 900, 1800, 3600, 7200, 14400, 21600, 43200, 86400, 604800
        ]
        | None = None,
        start: str | None = None,
        end: str | None = None,
        timeout: float | None = None,
    ) -> list[tuple[str, Decimal, Decimal, Decimal, Decimal, Decimal] | models.CandleObject]:
        """Get candles of a market, newest first.

        ``GET /api/spot/v3/instruments/{instrument_id}/candles``; public; retried when it fails
        in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``granularity`` (one of 60, 180, 300, 900, 1800, 3600, 7200, 14400, 21600, 43200,
          86400, 604800): Candle length in seconds.
        - ``start`` (str): Start of the time range.
        - ``end`` (str): End of the time range.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[tuple[str, Decimal, Decimal, Decimal, Decimal, Decimal] | models.CandleObject]",
            self._transport.call(
                "spot_get_candles",
                {
                    "instrument_id": instrument_id,
                    "granularity": granularity,
                    "start": start,
                    "end": end,
                },
                timeout=timeout,
            ),
        )


class MarginApi:
    """Margin balances, loans and margin trading (okcoin.com closed margin trading in February
    2022).
    """

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def list_accounts(
        self,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List margin balances of all markets.

        ``GET /api/margin/v3/accounts``; signed; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "margin_list_accounts",
                {},
                timeout=timeout,
            ),
        )

    def get_account(
        self,
        *,
        instrument_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Get the margin balance of one market.

        ``GET /api/margin/v3/accounts/{instrument_id}``; signed; retried when it fails in
        transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "margin_get_account",
                {"instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def list_ledger(
        self,
        *,
        instrument_id: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        type: str | None = None,
        timeout: float | None = None,
    ) -> Page[models.LedgerEntry]:
        """Page through the margin bills of one market.

        ``GET /api/margin/v3/accounts/{instrument_id}/ledger``; signed; retried when it fails in
        transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``type`` (str): Bill type code, e.g. 3 borrow, 4 repay, 5 interest, 7 buy, 8 sell.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.LedgerEntry]",
            self._transport.call(
                "margin_list_ledger",
                {
                    "instrument_id": instrument_id,
                    "after": after,
                    "before": before,
                    "limit": limit,
                    "type": type,
                },
                timeout=timeout,
            ),
        )

    def iter_ledger(
        self,
        *,
        instrument_id: str,
        limit: int | None = None,
        type: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.LedgerEntry]:
        """Every item of ``list_ledger``, newest first, fetching older pages as needed (each page is
        one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``type`` (str): Bill type code, e.g. 3 borrow, 4 repay, 5 interest, 7 buy, 8 sell.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.LedgerEntry]",
            self._transport.iterate(
                "margin_list_ledger",
                {"instrument_id": instrument_id, "limit": limit, "type": type},
                timeout=timeout,
            ),
        )

    def list_borrow_limits(
        self,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List borrowing limits and rates of all margin markets.

        ``GET /api/margin/v3/accounts/availability``; signed; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "margin_list_borrow_limits",
                {},
                timeout=timeout,
            ),
        )

    def get_borrow_limits(
        self,
        *,
        instrument_id: str,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """Show borrowing limits and rates of one margin market.

        ``GET /api/margin/v3/accounts/{instrument_id}/availability``; signed; retried when it
        fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "margin_get_borrow_limits",
                {"instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def list_loans(
        self,
        *,
        status: Literal["0", "1"] | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[models.MarginLoan]:
        """Page through your margin loans.

        ``GET /api/margin/v3/accounts/borrowed``; signed; retried when it fails in transit.

        Arguments:
        - ``status`` (one of '0', '1'): 0 outstanding, 1 repaid.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.MarginLoan]",
            self._transport.call(
                "margin_list_loans",
                {"status": status, "after": after, "before": before, "limit": limit},
                timeout=timeout,
            ),
        )

    def iter_loans(
        self,
        *,
        status: Literal["0", "1"] | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.MarginLoan]:
        """Every item of ``list_loans``, newest first, fetching older pages as needed (each page is
        one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``status`` (one of '0', '1'): 0 outstanding, 1 repaid.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.MarginLoan]",
            self._transport.iterate(
                "margin_list_loans",
                {"status": status, "limit": limit},
                timeout=timeout,
            ),
        )

    def list_market_loans(
        self,
        *,
        instrument_id: str,
        status: Literal["0", "1"] | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[models.MarginLoan]:
        """Page through your margin loans of one market.

        ``GET /api/margin/v3/accounts/{instrument_id}/borrowed``; signed; retried when it fails
        in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``status`` (one of '0', '1'): 0 outstanding, 1 repaid.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.MarginLoan]",
            self._transport.call(
                "margin_list_market_loans",
                {
                    "instrument_id": instrument_id,
                    "status": status,
                    "after": after,
                    "before": before,
                    "limit": limit,
                },
                timeout=timeout,
            ),
        )

    def iter_market_loans(
        self,
        *,
        instrument_id: str,
        status: Literal["0", "1"] | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.MarginLoan]:
        """Every item of ``list_market_loans``, newest first, fetching older pages as needed (each
        page is one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``status`` (one of '0', '1'): 0 outstanding, 1 repaid.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.MarginLoan]",
            self._transport.iterate(
                "margin_list_market_loans",
                {"instrument_id": instrument_id, "status": status, "limit": limit},
                timeout=timeout,
            ),
        )

    def borrow(
        self,
        *,
        instrument_id: str,
        currency: str,
        amount: Decimal,
        client_oid: str | None = None,
        timeout: float | None = None,
    ) -> models.BorrowResult:
        """Borrow a currency in a margin market.

        ``POST /api/margin/v3/accounts/borrow``; signed; never resent automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``currency`` (str; required): Currency code such as BTC.
        - ``amount`` (Decimal above 0; required): Amount to borrow.
        - ``client_oid`` (str): Your own id for the order.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.BorrowResult",
            self._transport.call(
                "margin_borrow",
                {
                    "instrument_id": instrument_id,
                    "currency": currency,
                    "amount": amount,
                    "client_oid": client_oid,
                },
                timeout=timeout,
            ),
        )

    def repay(
        self,
        *,
        instrument_id: str,
        currency: str,
        amount: Decimal,
        borrow_id: str | None = None,
        client_oid: str | None = None,
        timeout: float | None = None,
    ) -> models.RepaymentResult:
        """Repay a margin loan.

        ``POST /api/margin/v3/accounts/repayment``; signed; never resent automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``currency`` (str; required): Currency code such as BTC.
        - ``amount`` (Decimal above 0; required): Amount to repay.
        - ``borrow_id`` (str): Loan to repay.
        - ``client_oid`` (str): Your own id for the order.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.RepaymentResult",
            self._transport.call(
                "margin_repay",
                {
                    "instrument_id": instrument_id,
                    "currency": currency,
                    "amount": amount,
                    "borrow_id": borrow_id,
                    "client_oid": client_oid,
                },
                timeout=timeout,
            ),
        )

    def list_orders(
        self,
        *,
        instrument_id: str,
        state: Literal["-2", "-1", "0", "1", "2", "3", "4", "6", "7"],
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[models.Order]:
        """Page through margin orders of a market by state.

        ``GET /api/margin/v3/orders``; signed; retried when it fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``state`` (one of '-2', '-1', '0', '1', '2', '3', '4', '6', '7'; required): -2 failed,
          -1 cancelled, 0 open, 1 partly filled, 2 filled, 3 being placed, 4 being cancelled, 6
          not finished (0 and 1), 7 finished (-1 and 2).
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.Order]",
            self._transport.call(
                "margin_list_orders",
                {
                    "instrument_id": instrument_id,
                    "state": state,
                    "after": after,
                    "before": before,
                    "limit": limit,
                },
                timeout=timeout,
            ),
        )

    def iter_orders(
        self,
        *,
        instrument_id: str,
        state: Literal["-2", "-1", "0", "1", "2", "3", "4", "6", "7"],
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.Order]:
        """Every item of ``list_orders``, newest first, fetching older pages as needed (each page is
        one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``state`` (one of '-2', '-1', '0', '1', '2', '3', '4', '6', '7'; required): -2 failed,
          -1 cancelled, 0 open, 1 partly filled, 2 filled, 3 being placed, 4 being cancelled, 6
          not finished (0 and 1), 7 finished (-1 and 2).
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.Order]",
            self._transport.iterate(
                "margin_list_orders",
                {"instrument_id": instrument_id, "state": state, "limit": limit},
                timeout=timeout,
            ),
        )

    def place_order(
        self,
        *,
        instrument_id: str,
        side: Literal["buy", "sell"],
        type: Literal["limit", "market"] | None = None,
        client_oid: str | None = None,
        order_type: Literal["0", "1", "2", "3"] | None = None,
        price: Decimal | None = None,
        size: Decimal | None = None,
        notional: Decimal | None = None,
        timeout: float | None = None,
    ) -> models.OrderResult:
        """Place a margin order.

        ``POST /api/margin/v3/orders``; signed; never resent automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``side`` (one of 'buy', 'sell'; required): Order side.
        - ``type`` (one of 'limit', 'market'): Order kind.
        - ``client_oid`` (str matching ``^[A-Za-z][A-Za-z0-9]{0,31}$``): Your own id for the
          order - up to 32 letters and digits, starting with a letter.
        - ``order_type`` (one of '0', '1', '2', '3'): 0 normal, 1 post-only, 2 fill-or-kill, 3
          immediate-or-cancel.
        - ``price`` (Decimal above 0): Limit price; needed for limit orders.
        - ``size`` (Decimal above 0): Quantity in the base currency; needed for limit orders and
          market sells.
        - ``notional`` (Decimal above 0): Amount of quote currency to spend; needed for market
          buys.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.OrderResult",
            self._transport.call(
                "margin_place_order",
                {
                    "margin_trading": "2",
                    "instrument_id": instrument_id,
                    "side": side,
                    "type": type,
                    "client_oid": client_oid,
                    "order_type": order_type,
                    "price": price,
                    "size": size,
                    "notional": notional,
                },
                timeout=timeout,
            ),
        )

    def place_orders(
        self,
        *,
        items: list[models.MarginOrderRequest],
        timeout: float | None = None,
    ) -> dict[str, list[models.OrderResult]]:
        """Place several margin orders in one request.

        ``POST /api/margin/v3/batch_orders``; signed; never resent automatically.

        Arguments:
        - ``items`` (list of ``models.MarginOrderRequest``; required): The orders; at most 4
          instruments with up to 10 orders each.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, list[models.OrderResult]]",
            self._transport.call(
                "margin_place_orders",
                {"items": items},
                timeout=timeout,
            ),
        )

    def cancel_order(
        self,
        *,
        order_id_or_client_oid: str,
        instrument_id: str,
        timeout: float | None = None,
    ) -> dict[str, list[models.OrderResult]] | models.OrderResult:
        """Cancel a margin order.

        ``POST /api/margin/v3/cancel_orders/{order_id_or_client_oid}``; signed; never resent
        automatically.

        Okcoin answers in one of two shapes, so the result is a union: today an OrderResult
        (order_id, client_oid, result, error_code, error_message); from older servers a dict from
        the lower-case instrument id (btc-usd) to a list of OrderResult. Check with
        isinstance(reply, OrderResult) before reading fields.

        Arguments:
        - ``order_id_or_client_oid`` (str; required): The order id, or the client_oid chosen when
          the order was placed.
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, list[models.OrderResult]] | models.OrderResult",
            self._transport.call(
                "margin_cancel_order",
                {"order_id_or_client_oid": order_id_or_client_oid, "instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def cancel_orders(
        self,
        *,
        items: list[models.CancelOrdersRequest],
        timeout: float | None = None,
    ) -> dict[str, list[models.OrderResult]]:
        """Cancel several margin orders in one request.

        ``POST /api/margin/v3/cancel_batch_orders``; signed; never resent automatically.

        Arguments:
        - ``items`` (list of ``models.CancelOrdersRequest`` (at most 4 items); required): One
          entry per instrument; at most 4 instruments.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, list[models.OrderResult]]",
            self._transport.call(
                "margin_cancel_orders",
                {"items": items},
                timeout=timeout,
            ),
        )

    def amend_order(
        self,
        *,
        instrument_id: str,
        cancel_on_fail: Literal["0", "1"],
        order_id: str | None = None,
        client_oid: str | None = None,
        request_id: str | None = None,
        new_size: Decimal | None = None,
        new_price: Decimal | None = None,
        timeout: float | None = None,
    ) -> models.OrderResult:
        """Change the size or price of an open margin order.

        ``POST /api/margin/v3/amend_order/{instrument_id}``; signed; never resent automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market of the order.
        - ``cancel_on_fail`` (one of '0', '1'; required): "1" cancels the order when the change
          fails.
        - ``order_id`` (str): Order to change; give this or client_oid.
        - ``client_oid`` (str): Client id of the order to change; give this or order_id.
        - ``request_id`` (str): Your own id for this change.
        - ``new_size`` (Decimal above 0): New quantity; give this and/or new_price.
        - ``new_price`` (Decimal above 0): New price; give this and/or new_size.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.OrderResult",
            self._transport.call(
                "margin_amend_order",
                {
                    "instrument_id": instrument_id,
                    "cancel_on_fail": cancel_on_fail,
                    "order_id": order_id,
                    "client_oid": client_oid,
                    "request_id": request_id,
                    "new_size": new_size,
                    "new_price": new_price,
                },
                timeout=timeout,
            ),
        )

    def amend_orders(
        self,
        *,
        instrument_id: str,
        amend_data: list[models.AmendOrderItem],
        timeout: float | None = None,
    ) -> dict[str, list[models.OrderResult]]:
        """Change several open margin orders of one market in one request.

        ``POST /api/margin/v3/amend_batch_orders/{instrument_id}``; signed; never resent
        automatically.

        The path and body follow the Python SDK; ccxt lists the route without the instrument in
        the path.

        Arguments:
        - ``instrument_id`` (str; required): Market of the orders.
        - ``amend_data`` (list of ``models.AmendOrderItem``; required): The changes.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, list[models.OrderResult]]",
            self._transport.call(
                "margin_amend_orders",
                {"instrument_id": instrument_id, "amend_data": amend_data},
                timeout=timeout,
            ),
        )

    def list_pending_orders(
        self,
        *,
        instrument_id: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[models.Order]:
        """Page through the open margin orders of a market.

        ``GET /api/margin/v3/orders_pending``; signed; retried when it fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.Order]",
            self._transport.call(
                "margin_list_pending_orders",
                {"instrument_id": instrument_id, "after": after, "before": before, "limit": limit},
                timeout=timeout,
            ),
        )

    def iter_pending_orders(
        self,
        *,
        instrument_id: str,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.Order]:
        """Every item of ``list_pending_orders``, newest first, fetching older pages as needed (each
        page is one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.Order]",
            self._transport.iterate(
                "margin_list_pending_orders",
                {"instrument_id": instrument_id, "limit": limit},
                timeout=timeout,
            ),
        )

    def get_order(
        self,
        *,
        order_id_or_client_oid: str,
        instrument_id: str,
        timeout: float | None = None,
    ) -> models.Order:
        """Get one margin order.

        ``GET /api/margin/v3/orders/{order_id_or_client_oid}``; signed; retried when it fails in
        transit.

        Arguments:
        - ``order_id_or_client_oid`` (str; required): The order id, or the client_oid chosen when
          the order was placed.
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Order",
            self._transport.call(
                "margin_get_order",
                {"order_id_or_client_oid": order_id_or_client_oid, "instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def list_fills(
        self,
        *,
        instrument_id: str,
        order_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Page[models.Fill]:
        """Page through margin fills of a market.

        ``GET /api/margin/v3/fills``; signed; retried when it fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``order_id`` (str): Only fills of this order.
        - ``after`` (str): Page cursor - return rows older than this id.
        - ``before`` (str): Page cursor - return rows newer than this id.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.Fill]",
            self._transport.call(
                "margin_list_fills",
                {
                    "instrument_id": instrument_id,
                    "order_id": order_id,
                    "after": after,
                    "before": before,
                    "limit": limit,
                },
                timeout=timeout,
            ),
        )

    def iter_fills(
        self,
        *,
        instrument_id: str,
        order_id: str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.Fill]:
        """Every item of ``list_fills``, newest first, fetching older pages as needed (each page is
        one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 100), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``order_id`` (str): Only fills of this order.
        - ``limit`` (int at most 100): Number of rows to return.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.Fill]",
            self._transport.iterate(
                "margin_list_fills",
                {"instrument_id": instrument_id, "order_id": order_id, "limit": limit},
                timeout=timeout,
            ),
        )

    def get_leverage(
        self,
        *,
        instrument_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Show the leverage of a margin market.

        ``GET /api/margin/v3/accounts/{instrument_id}/leverage``; signed; retried when it fails
        in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "margin_get_leverage",
                {"instrument_id": instrument_id},
                timeout=timeout,
            ),
        )

    def set_leverage(
        self,
        *,
        instrument_id: str,
        leverage: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Set the leverage of a margin market.

        ``POST /api/margin/v3/accounts/{instrument_id}/leverage``; signed; never resent
        automatically.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``leverage`` (str; required): New leverage multiple.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "margin_set_leverage",
                {"instrument_id": instrument_id, "leverage": leverage},
                timeout=timeout,
            ),
        )

    def get_mark_price(
        self,
        *,
        instrument_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Get the mark price of a margin market.

        ``GET /api/margin/v3/instruments/{instrument_id}/mark_price``; public; retried when it
        fails in transit.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "margin_get_mark_price",
                {"instrument_id": instrument_id},
                timeout=timeout,
            ),
        )


class OtcApi:
    """Request-for-quote desk; known only from ccxt, parameters undocumented."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def list_rfq_instruments(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List instruments tradable by request for quote.

        ``GET /api/v3/otc/rfq/instruments``; signed; retried when it fails in transit.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "otc_list_rfq_instruments",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def list_rfq_trades(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List request-for-quote trades.

        ``GET /api/v3/otc/rfq/trade``; signed; retried when it fails in transit.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "otc_list_rfq_trades",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def accept_quote(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Trade on a received quote.

        ``POST /api/v3/otc/rfq/trade``; signed; never resent automatically.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "otc_accept_quote",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def list_rfq_history(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List request-for-quote history.

        ``GET /api/v3/otc/rfq/history``; signed; retried when it fails in transit.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "otc_list_rfq_history",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def request_quote(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Ask for a quote.

        ``POST /api/v3/otc/rfq/quote``; signed; never resent automatically.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "otc_request_quote",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )


class UsersApi:
    """Sub-accounts and their API keys; known only from ccxt, parameters undocumented."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def get_sub_account_info(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Show sub-account details.

        ``GET /api/v3/users/subaccount-info``; signed; retried when it fails in transit.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "users_get_sub_account_info",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def get_account_info(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Show details of the main account.

        ``GET /api/v3/users/account-info``; signed; retried when it fails in transit.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "users_get_account_info",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def get_sub_account_api_key(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Show an API key of a sub-account.

        ``GET /api/v3/users/subaccount/apikey``; signed; retried when it fails in transit.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "users_get_sub_account_api_key",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def create_sub_account_api_key(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Create an API key for a sub-account.

        ``POST /api/v3/users/subaccount/apikey``; signed; never resent automatically.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "users_create_sub_account_api_key",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def create_sub_account(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Create a sub-account.

        ``POST /api/v3/users/create-subaccount``; signed; never resent automatically.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "users_create_sub_account",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def delete_sub_account(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Delete a sub-account.

        ``POST /api/v3/users/delete-subaccount``; signed; never resent automatically.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "users_delete_sub_account",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def delete_sub_account_api_key(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Delete an API key of a sub-account.

        ``POST /api/v3/users/subacount/delete-apikey``; signed; never resent automatically.

        Known only from ccxt; path and parameters unconfirmed (the path spelling "subacount" is
        ccxt's).

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "users_delete_sub_account_api_key",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def modify_sub_account_api_key(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Change an API key of a sub-account.

        ``POST /api/v3/users/subacount/modify-apikey``; signed; never resent automatically.

        Known only from ccxt; path and parameters unconfirmed (the path spelling "subacount" is
        ccxt's).

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "users_modify_sub_account_api_key",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )


class EarningApi:
    """Earn products; known only from ccxt, parameters undocumented."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def list_offers(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List earn products on offer.

        ``GET /api/earning/v3/offers``; signed; retried when it fails in transit.

        Known only from ccxt; path and parameters unconfirmed (/api/v3/earning/... is equally
        possible).

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "earning_list_offers",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def list_orders(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List your earn subscriptions and redemptions.

        ``GET /api/earning/v3/orders``; signed; retried when it fails in transit.

        Known only from ccxt; path and parameters unconfirmed (/api/v3/earning/... is equally
        possible).

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "earning_list_orders",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def list_positions(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List your earn holdings.

        ``GET /api/earning/v3/positions``; signed; retried when it fails in transit.

        Known only from ccxt; path and parameters unconfirmed (/api/v3/earning/... is equally
        possible).

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "earning_list_positions",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def purchase(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Subscribe to an earn product.

        ``POST /api/earning/v3/purchase``; signed; never resent automatically.

        Known only from ccxt; path and parameters unconfirmed (/api/v3/earning/... is equally
        possible).

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "earning_purchase",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def redeem(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Redeem from an earn product.

        ``POST /api/earning/v3/redeem``; signed; never resent automatically.

        Known only from ccxt; path and parameters unconfirmed (/api/v3/earning/... is equally
        possible).

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "earning_redeem",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def cancel(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Cancel a pending earn subscription or redemption.

        ``POST /api/earning/v3/cancel``; signed; never resent automatically.

        Known only from ccxt; path and parameters unconfirmed (/api/v3/earning/... is equally
        possible).

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "earning_cancel",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )


class OkcoinClient:
    """Client of the Okcoin REST API v3: `client.<group>.<method>(...)`, one method per route.

    Signed routes carry Okcoin's HMAC signature; the key, secret and passphrase are kept out
    of reprs, logs, exception messages and pickles, and are checked when the client is built.
    Each attempt of a request ends within `timeout` seconds in all (connecting, sending and
    reading; a urllib3.Timeout bounds connect and read, and the attempt by their sum or its
    total), and reads at most `max_body` bytes of answer (ResponseTooLarge beyond). Safe routes are retried after
    connection errors, timeouts, 429s and 5xx answers, at most `retries` times per call and
    within `retry_budget` (a RetryBudget shared by all calls of the client); orders,
    withdrawals and transfers never are. When Okcoin refuses a timestamp, the client reads
    Okcoin's clock once and signs with it from then on, sending a signed GET once more; a
    server time more than `max_clock_offset` seconds from ours is refused (ServerClockError).

    Constructor arguments:
    - ``api_key``, ``secret_key``, ``passphrase``: the API key's three parts; needed by
      signed routes only (public routes work without them).
    - ``base_url``: the server, okcoin.com by default; ``https://www.okcoin.jp`` for the
      Japanese site.
    - ``timeout``: seconds each attempt may take in all (connecting, sending, reading), or a
      ``urllib3.Timeout``; a call's own ``timeout=`` replaces it.
    - ``retries``: how many times a safe route is tried again after a failure in transit, a
      429 or a 5xx (0 turns retrying off).
    - ``backoff``: the base wait in seconds: retry n waits a random time between half and all
      of ``backoff * 2**(n-1)``, at most 8 s; a server's ``Retry-After`` (up to 30 s) is
      honoured instead.
    - ``retry_budget``: a `RetryBudget` shared by all calls (and clients given the same one),
      capping retries at a fraction of requests; None makes one for this client.
    - ``verify_tls``: whether the server's certificate is checked (keep True outside tests);
      ``ca_certs``: a PEM file of extra authorities to trust.
    - ``pool_size``: connections kept open to the server, for calls from several threads.
    - ``clock``: the function giving the time in epoch seconds, used to sign (for tests).
    - ``max_body``: the most bytes of an answer read before `ResponseTooLarge`.
    - ``max_clock_offset``: the largest difference between Okcoin's clock and ours, in seconds,
      that a clock repair accepts.

    Groups (``client.<group>.<method>``) and their methods:
    - ``general`` (`GeneralApi`): get_server_time
    - ``system`` (`SystemApi`): get_status
    - ``oracle`` (`OracleApi`): get_oracle
    - ``index`` (`IndexApi`): get_constituents
    - ``account`` (`AccountApi`): list_currencies, list_wallet, get_wallet, transfer, withdraw,
      list_withdrawal_fees, list_withdrawals, list_currency_withdrawals, list_ledger,
      iter_ledger, list_deposit_addresses, get_asset_valuation, list_deposits,
      list_currency_deposits, get_sub_account_balance, deposit_lightning, withdraw_lightning,
      list_on_hold, lock, unlock, withdraw_jpy, list_jpy_withdrawals, list_jpy_deposits,
      list_bank_cards
    - ``fiat`` (`FiatApi`): deposit, cancel_deposit, get_deposit, list_deposits, iter_deposits,
      withdraw, cancel_withdrawal, get_withdrawal, list_withdrawals, iter_withdrawals,
      get_channel
    - ``spot`` (`SpotApi`): list_accounts, get_account, list_ledger, iter_ledger, list_orders,
      iter_orders, place_order, place_orders, cancel_order, cancel_orders, amend_order,
      amend_orders, get_order, list_pending_orders, iter_pending_orders, list_fills, iter_fills,
      place_algo_order, cancel_algo_orders, list_algo_orders, iter_algo_orders, get_trade_fee,
      list_trade_fees, get_instrument_trade_fee, list_instruments, get_order_book, list_tickers,
      get_ticker, list_trades, get_candles
    - ``margin`` (`MarginApi`): list_accounts, get_account, list_ledger, iter_ledger,
      list_borrow_limits, get_borrow_limits, list_loans, iter_loans, list_market_loans,
      iter_market_loans, borrow, repay, list_orders, iter_orders, place_order, place_orders,
      cancel_order, cancel_orders, amend_order, amend_orders, list_pending_orders,
      iter_pending_orders, get_order, list_fills, iter_fills, get_leverage, set_leverage,
      get_mark_price
    - ``otc`` (`OtcApi`): list_rfq_instruments, list_rfq_trades, accept_quote, list_rfq_history,
      request_quote
    - ``users`` (`UsersApi`): get_sub_account_info, get_account_info, get_sub_account_api_key,
      create_sub_account_api_key, create_sub_account, delete_sub_account,
      delete_sub_account_api_key, modify_sub_account_api_key
    - ``earning`` (`EarningApi`): list_offers, list_orders, list_positions, purchase, redeem,
      cancel
    """

    general: GeneralApi
    system: SystemApi
    oracle: OracleApi
    index: IndexApi
    account: AccountApi
    fiat: FiatApi
    spot: SpotApi
    margin: MarginApi
    otc: OtcApi
    users: UsersApi
    earning: EarningApi

    def __init__(
        self,
        api_key: str = "",
        secret_key: str = "",
        passphrase: str = "",
        *,
        base_url: str = "https://www.okcoin.com",
        timeout: float | urllib3.Timeout = 10.0,
        retries: int = 2,
        backoff: float = 0.25,
        retry_budget: RetryBudget | None = None,
        verify_tls: bool = True,
        ca_certs: str | None = None,
        pool_size: int = 10,
        clock: Callable[[], float] = time.time,
        max_body: int = 16 * 1024 * 1024,
        max_clock_offset: float = 86400.0,
    ) -> None:
        self._signer = OkcoinSigner(api_key, secret_key, passphrase, clock=clock)
        self._transport = OkcoinTransport(
            base_url,
            signer=self._signer,
            time_route="general_get_server_time",
            routes=_load_routes,
            errors=okcoin_errors,
            options=HttpOptions(
                timeout=timeout,
                retry=RetryPolicy(retries=retries, backoff=backoff),
                retry_budget=retry_budget,
                verify_tls=verify_tls,
                ca_certs=ca_certs,
                pool_size=pool_size,
                user_agent="okcoin-v3-api/0.2.0",
                max_body=max_body,
            ),
            max_clock_offset=max_clock_offset,
        )
        self.general = GeneralApi(self._transport)
        self.system = SystemApi(self._transport)
        self.oracle = OracleApi(self._transport)
        self.index = IndexApi(self._transport)
        self.account = AccountApi(self._transport)
        self.fiat = FiatApi(self._transport)
        self.spot = SpotApi(self._transport)
        self.margin = MarginApi(self._transport)
        self.otc = OtcApi(self._transport)
        self.users = UsersApi(self._transport)
        self.earning = EarningApi(self._transport)

    def __repr__(self) -> str:
        return f"OkcoinClient(base_url={self._transport.base_url!r})"

    def __reduce__(self) -> Any:
        raise TypeError("OkcoinClient holds credentials and cannot be pickled")

    def __enter__(self) -> OkcoinClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Closes the pooled connections."""
        self._transport.close()

    @property
    def clock_offset(self) -> float:
        """Seconds added to the local clock when signing (set by `sync_time`)."""
        return self._signer.clock_offset

    @property
    def retry_budget(self) -> RetryBudget:
        """The budget every retry of this client draws from (see RetryBudget)."""
        return self._transport.retry_budget

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        signed: bool = True,
        timeout: float | None = None,
    ) -> Any:
        """The escape hatch, for routes or fields the spec lacks: sends ``method`` to ``path``
        (``/api/...``, on ``base_url``) and returns the answer's JSON as it came, undecoded
        (numbers a float cannot hold exactly are Decimals).

        ``params`` go into the query string (None values are left out), ``body`` (a dict or
        list; Decimals travel as text) is sent as JSON and is refused on a GET. The request is
        signed unless ``signed=False``, within the same ``timeout`` as the other calls, and an
        error answer raises the same typed `OkcoinError` subclass. Only a GET is retried
        (after a connection error, a timeout, 429 or 5xx, within ``retries`` and the retry
        budget) or sent again after a clock repair: any other method is sent once, since the
        client cannot know whether it is safe to repeat. Prefer the typed methods where they
        exist: they check arguments before sending and decode the answer::

            client.request("GET", "/api/spot/v3/instruments/BTC-USD/ticker", signed=False)
        """
        return self._transport.request(
            method,
            path,
            params=params,
            body=body,
            auth="signed" if signed else "none",
            timeout=timeout,
        )

    def sync_time(self) -> float:
        """Measures the offset between Okcoin's clock and ours and signs with it from now on.

        Okcoin refuses requests whose timestamp is more than 30 seconds off; the client also
        does this by itself the first time Okcoin refuses a timestamp.
        """
        return self._transport.sync_time()


def _load_routes() -> Mapping[str, Route]:
    from ._routes import ROUTES

    return ROUTES
