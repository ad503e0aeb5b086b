"""The methods of ``client.user``: one per route of the user group."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.http.transport import HttpTransport


class UserApi:
    """Facts about the user who granted access."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def info(
        self,
        timeout: float | None = None,
    ) -> models.UserInfoResponse:
        """The user's opaque id, and the e-mail address when `user:email` was granted.

        ``GET /oauth-api/v1/user-info``; needs an access token (scopes: user:openId); retried
        when it fails in transit.

        Authenticate with `Authorization: Bearer <access token>` (Binance also accepts the token
        as an `access_token` query parameter; the client uses the header). Decide success from
        the envelope's `success`/`code`, not from the HTTP status alone. Some integrations reach
        the same path on accounts.binance.com, so the base URL must stay configurable.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.UserInfoResponse",
            self._transport.call(
                "user_info",
                {},
                timeout=timeout,
            ),
        )
