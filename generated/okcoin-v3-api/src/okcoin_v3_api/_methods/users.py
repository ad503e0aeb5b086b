"""The methods of ``client.users``: one per route of the users group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .._runtime.http.transport import HttpTransport


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
