"""The BinaryComClient: one typed method per call of the Binary.com WebSocket API v3 (the methods
of each call group are in `_methods/`).

Importing this module is cheap: the transport (and websockets), the models and the decoders
load on the first call.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlencode

from ._methods.account import AccountCalls
from ._methods.apps import AppsCalls
from ._methods.market import MarketCalls
from ._methods.p2p import P2pCalls
from ._methods.partners import PartnersCalls
from ._methods.payments import PaymentsCalls
from ._methods.platforms import PlatformsCalls
from ._methods.system import SystemCalls
from ._methods.trading import TradingCalls
from ._runtime.binary.session import Session
from ._runtime.websocket.backoff import Backoff
from ._runtime.websocket.options import ConnectionOptions
from .errors import ValidationError

if TYPE_CHECKING:
    from ._pipeline import Pipeline
    from ._runtime.websocket.message import Call


def _tls_context(
    endpoint: str, context: ssl.SSLContext | None, ca_certs: str | None, verify: bool
) -> ssl.SSLContext | None:
    """The TLS settings of a wss:// endpoint: None keeps websockets' default (certificates
    verified against the system's authorities)."""
    if context is not None and (ca_certs is not None or not verify):
        raise ValidationError("ssl_context", "give either ssl_context or ca_certs/verify_tls")
    if not endpoint.lower().startswith("wss://"):
        if context is not None or ca_certs is not None:
            raise ValidationError("endpoint", "TLS settings need a wss:// endpoint")
        return None
    if context is not None or (ca_certs is None and verify):
        return context
    try:
        context = ssl.create_default_context(cafile=ca_certs)
    except (OSError, ssl.SSLError) as error:
        raise ValidationError("ca_certs", f"cannot be loaded ({type(error).__name__})") from None
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


class BinaryComClient(
    AccountCalls,
    MarketCalls,
    AppsCalls,
    TradingCalls,
    PaymentsCalls,
    SystemCalls,
    PlatformsCalls,
    PartnersCalls,
    P2pCalls,
):
    """Client of the Binary.com WebSocket API v3: ``client.<call>(...)``, one method per call.

    All calls share one WebSocket connection, opened on first use (or by ``connect()`` and
    entering a ``with`` block) and served by a background reader thread, so the client may
    be used from several threads at once. Each method checks its arguments before sending
    (`ValidationError`), waits up to ``timeout`` seconds for the answer and returns it typed;
    an error answer raises the `ApiError` subclass of its code. Calls that stream also have
    ``subscribe_<call>(...)``, which returns a `Subscription`.

    ``authorize(token)`` records the token's scopes: a call that needs authorization raises
    `AuthorizationRequired` before it, and one whose scopes the token lacks raises
    `PermissionDenied`, without sending anything. A ``ping`` every ``keepalive`` seconds
    keeps the connection open and finds a dead one (None turns it off). Tokens never appear
    in reprs, logs, error messages or pickles (the client refuses to be pickled).

    Faults: ``timeout`` bounds each call as a whole (waiting for the connection, the answer,
    and any sending again). When the connection drops, calls waiting for an answer raise
    `ConnectionLost` at once, except calls the spec marks safe to repeat, which are sent
    again (at most ``retries`` times) on a new connection. A new connection first repeats
    the last successful ``authorize``, and open streams are opened again in the background,
    waiting ``backoff`` (a `Backoff`) between failed attempts; their subscriptions go on
    yielding and report the gap (see `Subscription` and `Gap`). Calls that are not safe to
    repeat (``buy``, ``sell``, transfers, ...) are never sent twice: they raise, and may or
    may not have reached the server; their streams end with `ConnectionLost`. A safe call
    answered ``RateLimit`` is sent again after a ``backoff`` wait, within ``retries`` and its
    timeout. ``reconnect=False`` turns all of this off but the rate-limit waits: a dropped
    connection ends every stream and waiting call with `ConnectionLost`, and the next call
    opens a new connection that is not authorized. A connection that ends within a second of
    opening counts as a failed attempt, so a server that drops every connection gets the
    ``backoff`` waits, not a stream of reconnections.

    Memory stays bounded: each stream keeps at most ``max_queue`` unread messages; when its
    reader falls behind, the oldest are dropped to make room (the other calls on the
    connection are not held up) and the subscription reports the gap (`Gap.dropped`
    counts them). A call keeps its first answers only. A client dropped without ``close()``
    closes its connection when garbage-collected, with a ``ResourceWarning``.

    A ``wss://`` endpoint's certificate is verified against the system's authorities:
    ``ca_certs`` names a PEM file of other authorities to trust, ``ssl_context`` replaces
    the TLS settings, and ``verify_tls=False`` (only by name) turns verification off.

    Messages travel uncompressed by default: most answers are small and compressing costs
    time on both ends (about 2 ms each way for a 1000-candle history on loopback).
    ``compression="deflate"`` asks the server for permessage-deflate, which pays off on a
    slow link.
    """

    __slots__ = ("_session", "app_id", "endpoint", "language")

    def __init__(
        self,
        app_id: int | str,
        endpoint: str = "wss://ws.binaryws.com/websockets/v3",
        language: str = "EN",
        *,
        brand: str | None = None,
        timeout: float | None = 30.0,
        open_timeout: float | None = 10.0,
        keepalive: float | None = 30.0,
        retries: int = 2,
        reconnect: bool = True,
        backoff: Backoff | None = None,
        max_queue: int = 64,
        ssl_context: ssl.SSLContext | None = None,
        ca_certs: str | None = None,
        verify_tls: bool = True,
        max_size: int | None = 2**24,
        compression: Literal["deflate"] | None = None,
        connect_options: Mapping[str, Any] | None = None,
    ) -> None:
        text = str(app_id)
        if isinstance(app_id, bool) or not text.isdigit() or int(text) < 1:
            raise ValidationError("app_id", "must be a positive integer")
        if not language.replace("_", "").isalpha():
            raise ValidationError("language", "must be a language code like EN or ZH_CN")
        if isinstance(max_queue, bool) or not isinstance(max_queue, int) or max_queue < 1:
            raise ValidationError("max_queue", "must be a positive integer")
        if compression not in ("deflate", None):
            raise ValidationError("compression", "must be 'deflate' or None")
        self.app_id = int(text)
        self.endpoint = endpoint
        self.language = language.upper()
        query = {"app_id": str(self.app_id), "l": self.language}
        if brand is not None:
            query["brand"] = brand
        separator = "&" if "?" in endpoint else "?"
        options: dict[str, Any] = {
            "close_timeout": 2.0,
            "compression": compression,
            "max_size": max_size,
            "user_agent_header": "binary-com-api/0.4.2",
        }
        tls = _tls_context(endpoint, ssl_context, ca_certs, verify_tls)
        if tls is not None:
            options["ssl"] = tls
        options.update(connect_options or {})
        self._session = Session(
            endpoint + separator + urlencode(query),
            calls=_load_calls,
            timeout=timeout,
            retries=retries,
            connection=ConnectionOptions(
                open_timeout=open_timeout,
                keepalive=keepalive,
                connect_options=options,
                max_queue=max_queue,
            ),
            reconnect=reconnect,
            backoff=backoff,
        )

    def __repr__(self) -> str:
        return (
            f"BinaryComClient(app_id={self.app_id}, endpoint={self.endpoint!r}, "
            f"authorized={self.authorized})"
        )

    def __reduce__(self) -> Any:
        raise TypeError("BinaryComClient holds a connection and credentials; it cannot be pickled")

    def __enter__(self) -> BinaryComClient:
        self.connect()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def url(self) -> str:
        """The WebSocket URL, with ``app_id`` and ``l`` (the language of messages)."""
        return self._session.url

    @property
    def connected(self) -> bool:
        """Whether the connection is open right now."""
        return self._session.connected

    @property
    def authorized(self) -> bool:
        """Whether an ``authorize`` call succeeded on this connection."""
        return self._session.authorized

    @property
    def scopes(self) -> frozenset[str]:
        """The scopes of the authorized token (empty before ``authorize``)."""
        return self._session.scopes

    @property
    def loginid(self) -> str | None:
        """The login id of the authorized account, if any."""
        return self._session.loginid

    def connect(self) -> None:
        """Opens the connection now (calls open it on demand otherwise)."""
        self._session.connect()

    def close(self) -> None:
        """Closes the connection and forgets the authorization. Waiting calls and open
        streams raise `ConnectionLost`, and so does any later call: a closed client stays
        closed."""
        self._session.close()

    def oauth_url(
        self, *, base_url: str | None = None, extra: Mapping[str, str] | None = None
    ) -> str:
        """The OAuth login page for this app, in this client's language (see
        `oauth_authorize_url`; ``base_url`` defaults to Binary.com's `OAUTH_URL`)."""
        from ._runtime.binary.oauth import OAUTH_URL, oauth_authorize_url

        return oauth_authorize_url(
            self.app_id, language=self.language, base_url=base_url or OAUTH_URL, extra=extra
        )

    def send(self, request: Mapping[str, Any], *, timeout: float | None = None) -> dict[str, Any]:
        """The escape hatch, for fields or calls the spec lacks: sends ``request`` as it is
        and returns the whole answer as a dict, undecoded (unknown fields included)::

            answer = client.send({"ticks_history": "R_50", "end": "latest", "count": 10})

        The client assigns ``req_id`` and matches the answer by it (leave it out); streams
        are not taken here (use the ``subscribe_*`` methods). An error answer raises the
        `ApiError` subclass of its code, as for the typed methods. When the request names a
        call the spec knows (its first key that is a call's name), that call's rules apply:
        authorization and scopes are checked before sending, its secret fields are
        redacted from errors, it is sent again only if it is safe to repeat, and an
        ``authorize`` sent this way authorizes the client. Any other request is sent once,
        never again, and values under names such as ``token`` or ``password`` are kept out
        of error messages. Nothing else is checked: prefer the typed methods where they
        exist.
        """
        return self._session.send(request, timeout)

    def pipeline(self) -> Pipeline:
        """Calls that do not wait for one another: each method of the `Pipeline` sends its
        call at once and returns a `Pending`, so many are in flight on the one connection::

            pipe = client.pipeline()
            quotes = [pipe.proposal(**offer) for offer in offers]
            prices = [quote.result() for quote in quotes]
        """
        from ._pipeline import Pipeline

        return Pipeline(self._session)


def _load_calls() -> Mapping[str, Call]:
    """The call table, imported on the first call: it brings in the models and decoders."""
    from ._calls import CALLS

    return CALLS
