"""The Pipeline: the calls of the Binary.com WebSocket API v3, sent without waiting for their answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from . import models
    from ._runtime.binary.pending import Pending
    from ._runtime.binary.session import Session


class Pipeline:
    """The calls of `BinaryComClient` (``client.pipeline()``), each sent at once and
    answered later: every method checks its arguments, sends the call on the client's
    connection and returns a `Pending` without waiting, so many calls are in flight
    together. ``pending.result()`` returns the answer, typed, or raises what the same method
    of the client would. Calls that stream are opened with the client's ``subscribe_<call>``
    methods, not here.
    """

    __slots__ = ("_session",)

    def __init__(self, session: Session) -> None:
        self._session = session

    def __repr__(self) -> str:
        return f"Pipeline({self._session!r})"

    def __reduce__(self) -> Any:
        raise TypeError("a Pipeline belongs to a live connection and cannot be pickled")

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

    def forget(
        self,
        forget: str,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ForgetResponse]:
        """Sends ``forget`` now; see `BinaryComClient.forget`."""
        return cast(
            "Pending[models.ForgetResponse]",
            self._session.start("forget", {"forget": forget, "passthrough": passthrough}, timeout),
        )

    def forget_all(
        self,
        forget_all: Literal[
            "balance",
            "candles",
            "cashier_payments",
            "p2p_advert",
            "p2p_advertiser",
            "p2p_order",
            "proposal",
            "proposal_open_contract",
            "ticks",
            "transaction",
            "trading_platform_asset_listing",
            "website_status",
            "p2p_settings",
            "crypto_estimations",
        ]
        | list[
            Literal[
                "balance",
                "candles",
                "cashier_payments",
                "p2p_advert",
                "p2p_advertiser",
                "p2p_order",
                "proposal",
                "proposal_open_contract",
                "ticks",
                "transaction",
                "trading_platform_asset_listing",
                "website_status",
                "p2p_settings",
                "crypto_estimations",
            ]
        ],
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ForgetAllResponse]:
        """Sends ``forget_all`` now; see `BinaryComClient.forget_all`."""
        return cast(
            "Pending[models.ForgetAllResponse]",
            self._session.start(
                "forget_all", {"forget_all": forget_all, "passthrough": passthrough}, timeout
            ),
        )

    def ping(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PingResponse]:
        """Sends ``ping`` now; see `BinaryComClient.ping`."""
        return cast(
            "Pending[models.PingResponse]",
            self._session.start("ping", {"passthrough": passthrough}, timeout),
        )

    def ticks(
        self,
        ticks: str | list[str],
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TicksResponse]:
        """Sends ``ticks`` now; see `BinaryComClient.ticks`."""
        return cast(
            "Pending[models.TicksResponse]",
            self._session.start("ticks", {"ticks": ticks, "passthrough": passthrough}, timeout),
        )

    def time(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TimeResponse]:
        """Sends ``time`` now; see `BinaryComClient.time`."""
        return cast(
            "Pending[models.TimeResponse]",
            self._session.start("time", {"passthrough": passthrough}, timeout),
        )
