"""The methods of ``client.fiat``: one per route of the fiat group."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from .._runtime.http.transport import Page

if TYPE_CHECKING:
    from .._runtime.http.transport import HttpTransport


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
