"""The account calls of the BinaryComClient, one method per call.

`BinaryComClient` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.session import Session
    from .._runtime.websocket.subscription import Subscription


class AccountCalls:
    """The methods of the account calls (see `BinaryComClient`)."""

    __slots__ = ()
    _session: Session

    def authorize(
        self,
        authorize: str,
        *,
        add_to_login_history: Literal[1, 0] | None = None,
        tokens: list[str] | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.AuthorizeResponse:
        """Logs the connection in with an API or OAuth token.

        ``authorize`` call; public; retried when it fails in transit.

        Arguments:
        - ``authorize`` (str matching ``^[\\w\\-]{1,128}$``; required): The API token (or OAuth
          token) to log in with; it decides the scopes of later calls.
        - ``add_to_login_history`` (one of 1, 0; server default 0): 1 records this login in the
          account's login history; 0 (the default) does not.
        - ``tokens`` (list of str matching ``^[\\w\\-]{1,128}$`` (at most 25 items)): More tokens
          to log in with at once, for the other accounts of the same user (with authorize set to
          MULTI).
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AuthorizeResponse",
            self._session.call(
                "authorize",
                {
                    "authorize": authorize,
                    "add_to_login_history": add_to_login_history,
                    "tokens": tokens,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def balance(
        self,
        *,
        account: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.BalanceResponse:
        """Reads the account balance; can stream changes.

        ``balance`` call; needs authorization (scopes: read, trading_information); retried when
        it fails in transit.

        Arguments:
        - ``account`` (str matching ``^(current|all|[A-Z]{2,4}[0-9]{1,10})$``; server default
          'current'): Which balance: 'current' for the logged-in account, 'all' for the totals
          over every account of the user, or a login id.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to ask about, when the
          token logs in several accounts; the default is the first.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.BalanceResponse",
            self._session.call(
                "balance",
                {"account": account, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def subscribe_balance(
        self,
        *,
        account: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.BalanceResponse]:
        """Subscribes to the ``balance`` call: reads the account balance; can stream changes.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``balance`` call with ``subscribe: 1``; needs authorization (scopes: read,
        trading_information).

        Arguments:
        - ``account`` (str matching ``^(current|all|[A-Z]{2,4}[0-9]{1,10})$``; server default
          'current'): Which balance: 'current' for the logged-in account, 'all' for the totals
          over every account of the user, or a login id.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to ask about, when the
          token logs in several accounts; the default is the first.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.BalanceResponse]",
            self._session.subscribe(
                "balance",
                {"account": account, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )
