"""The account calls of the Pipeline (``client.pipeline()``), one method per call.

`Pipeline` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.pending import Pending
    from .._runtime.binary.session import Session


class AccountPipelineCalls:
    """The methods of the account calls that `Pipeline` sends without waiting."""

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
    ) -> Pending[models.AuthorizeResponse]:
        """Sends ``authorize`` now; see `BinaryComClient.authorize`."""
        return cast(
            "Pending[models.AuthorizeResponse]",
            self._session.start(
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
    ) -> Pending[models.BalanceResponse]:
        """Sends ``balance`` now; see `BinaryComClient.balance`."""
        return cast(
            "Pending[models.BalanceResponse]",
            self._session.start(
                "balance",
                {"account": account, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )
