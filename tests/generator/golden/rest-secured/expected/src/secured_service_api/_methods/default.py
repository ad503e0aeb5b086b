"""The methods of ``client.default``: one per route of the default group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .._runtime.http.transport import HttpTransport


class DefaultApi:
    """The default routes of the Secured Service API."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def me(
        self,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Me.

        ``GET /me``; needs an access token; never resent automatically.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "me",
                {},
                timeout=timeout,
            ),
        )

    def keys(
        self,
        timeout: float | None = None,
    ) -> Any:
        """Keys.

        ``GET /keys``; signed; never resent automatically.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Any",
            self._transport.call(
                "keys",
                {},
                timeout=timeout,
            ),
        )

    def cookie(
        self,
        timeout: float | None = None,
    ) -> Any:
        """Cookie.

        ``GET /cookie``; signed; never resent automatically.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Any",
            self._transport.call(
                "cookie",
                {},
                timeout=timeout,
            ),
        )

    def open(
        self,
        timeout: float | None = None,
    ) -> Any:
        """Open.

        ``GET /open``; needs an access token (scopes: read); never resent automatically.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Any",
            self._transport.call(
                "open",
                {},
                timeout=timeout,
            ),
        )
