"""The methods of ``client.account``: one per route of the account group."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime.http.transport import Page

if TYPE_CHECKING:
    from .. import models
    from .._runtime.http.transport import HttpTransport


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
