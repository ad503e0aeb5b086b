"""The BinaryComClient: one typed method per call of the Binary.com WebSocket API v3.

Importing this module is cheap: the transport (and websockets), the models and the decoders
load on the first call.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast
from urllib.parse import urlencode

from ._runtime.binary.session import Session
from ._runtime.core.types import UNSET, Unset
from ._runtime.websocket.backoff import Backoff
from ._runtime.websocket.options import ConnectionOptions
from .errors import ValidationError

if TYPE_CHECKING:
    from . import models
    from ._pipeline import Pipeline
    from ._runtime.websocket.message import Call
    from ._runtime.websocket.subscription import Subscription


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


class BinaryComClient:
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
            "user_agent_header": "binary-com-api/0.2.0",
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

    def account_list(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.AccountListResponse:
        """Lists every account the logged-in user owns.

        ``account_list`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AccountListResponse",
            self._session.call("account_list", {"passthrough": passthrough}, timeout),
        )

    def active_symbols(
        self,
        active_symbols: Literal["brief", "full"],
        *,
        barrier_category: list[
            Literal[
                "american",
                "asian",
                "euro_atm",
                "euro_non_atm",
                "non_financial",
                "lookback",
                "reset",
            ]
        ]
        | None = None,
        contract_type: list[
            Literal[
                "MULTUP",
                "MULTDOWN",
                "UPORDOWN",
                "EXPIRYRANGE",
                "ONETOUCH",
                "CALLE",
                "LBHIGHLOW",
                "ASIAND",
                "EXPIRYRANGEE",
                "DIGITDIFF",
                "DIGITMATCH",
                "DIGITOVER",
                "PUTE",
                "DIGITUNDER",
                "NOTOUCH",
                "CALL",
                "RANGE",
                "LBFLOATPUT",
                "DIGITODD",
                "PUT",
                "ASIANU",
                "LBFLOATCALL",
                "EXPIRYMISSE",
                "EXPIRYMISS",
                "DIGITEVEN",
                "TICKHIGH",
                "TICKLOW",
                "RESETCALL",
                "RESETPUT",
                "CALLSPREAD",
                "PUTSPREAD",
                "RUNHIGH",
                "RUNLOW",
                "ACCU",
                "VANILLALONGCALL",
                "VANILLALONGPUT",
                "TURBOSLONG",
                "TURBOSSHORT",
            ]
        ]
        | None = None,
        landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        landing_company_short: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        product_type: Literal["basic"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.ActiveSymbolsResponse:
        """Lists the tradable underlying symbols and their market status.

        ``active_symbols`` call; public; retried when it fails in transit.

        Arguments:
        - ``active_symbols`` (one of 'brief', 'full'; required): 'brief' for the main facts of
          each symbol, 'full' for everything known.
        - ``barrier_category`` (list of one of 'american', 'asian', 'euro_atm', 'euro_non_atm',
          'non_financial', 'lookback', 'reset'): Only symbols offering contracts of these barrier
          categories.
        - ``contract_type`` (list of one of 38 values: 'MULTUP', 'MULTDOWN', 'UPORDOWN',
          'EXPIRYRANGE', 'ONETOUCH', 'CALLE', 'LBHIGHLOW', 'ASIAND', 'EXPIRYRANGEE', 'DIGITDIFF',
          'DIGITMATCH', 'DIGITOVER', ...): Only symbols offering these contract types.
        - ``landing_company`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual',
          'vanuatu'): Only symbols of this landing company (the entity the account belongs to).
        - ``landing_company_short`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual',
          'vanuatu'): The same as landing_company, under its short name.
        - ``product_type`` (only 'basic'): Only symbols of this product type.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account whose offering to list,
          when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ActiveSymbolsResponse",
            self._session.call(
                "active_symbols",
                {
                    "active_symbols": active_symbols,
                    "barrier_category": barrier_category,
                    "contract_type": contract_type,
                    "landing_company": landing_company,
                    "landing_company_short": landing_company_short,
                    "product_type": product_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def api_token(
        self,
        *,
        delete_token: str | None = None,
        new_token: str | None = None,
        new_token_scopes: list[Literal["read", "trade", "trading_information", "payments", "admin"]]
        | None = None,
        valid_for_current_ip_only: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.ApiTokenResponse:
        """Lists the user's API tokens and can create or delete one.

        ``api_token`` call; needs authorization (scopes: admin); never resent automatically.

        Arguments:
        - ``delete_token`` (str matching ``^[A-Za-z0-9\\s_*]+$``)
        - ``new_token`` (str matching ``^[A-Za-z0-9\\s_]+$``)
        - ``new_token_scopes`` (list of one of 'read', 'trade', 'trading_information',
          'payments', 'admin')
        - ``valid_for_current_ip_only`` (one of 0, 1)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ApiTokenResponse",
            self._session.call(
                "api_token",
                {
                    "delete_token": delete_token,
                    "new_token": new_token,
                    "new_token_scopes": new_token_scopes,
                    "valid_for_current_ip_only": valid_for_current_ip_only,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def app_delete(
        self,
        app_delete: int,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.AppDeleteResponse:
        """Removes one of the user's registered applications.

        ``app_delete`` call; needs authorization (scopes: admin); never resent automatically.

        Arguments:
        - ``app_delete`` (int; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AppDeleteResponse",
            self._session.call(
                "app_delete",
                {"app_delete": app_delete, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def app_get(
        self,
        app_get: int,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.AppGetResponse:
        """Fetches the settings of one registered application by its id.

        ``app_get`` call; needs authorization (scopes: read); retried when it fails in transit.

        Arguments:
        - ``app_get`` (int; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AppGetResponse",
            self._session.call(
                "app_get",
                {"app_get": app_get, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def app_list(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.AppListResponse:
        """Lists the applications registered by the user.

        ``app_list`` call; needs authorization (scopes: read); retried when it fails in transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AppListResponse",
            self._session.call(
                "app_list", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def app_markup_details(
        self,
        *,
        date_from: str,
        date_to: str,
        app_id: int | None = None,
        client_loginid: str | None = None,
        description: Literal[0, 1] | None = None,
        limit: float | None = None,
        offset: int | None = None,
        sort: Literal["ASC", "DESC"] | None = None,
        sort_fields: list[Literal["app_id", "client_loginid", "transaction_time"]] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.AppMarkupDetailsResponse:
        """Reports markup earned per transaction for the user's apps in a period.

        ``app_markup_details`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``date_from`` (str matching ``^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])
          ([01]?[0-9]|2[0-3]):([0-5]?[0-9]):([0-5]?[0-9])|[0-9]{1,10})$``; required)
        - ``date_to`` (str matching ``^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])
          ([01]?[0-9]|2[0-3]):([0-5]?[0-9]):([0-5]?[0-9])|[0-9]{1,10})$``; required)
        - ``app_id`` (int)
        - ``client_loginid`` (str matching ``^[A-Za-z]{2,5}[0-9]{2,20}$``)
        - ``description`` (one of 0, 1)
        - ``limit`` (float from 0 to 1000; server default 1000)
        - ``offset`` (int at least 0)
        - ``sort`` (one of 'ASC', 'DESC'; server default 'DESC')
        - ``sort_fields`` (list of one of 'app_id', 'client_loginid', 'transaction_time' (0 to 3
          items))
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AppMarkupDetailsResponse",
            self._session.call(
                "app_markup_details",
                {
                    "date_from": date_from,
                    "date_to": date_to,
                    "app_id": app_id,
                    "client_loginid": client_loginid,
                    "description": description,
                    "limit": limit,
                    "offset": offset,
                    "sort": sort,
                    "sort_fields": sort_fields,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def app_markup_statistics(
        self,
        *,
        date_from: str,
        date_to: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.AppMarkupStatisticsResponse:
        """Totals markup earnings per app over a date range.

        ``app_markup_statistics`` call; needs authorization (scopes: read); retried when it fails
        in transit.

        Arguments:
        - ``date_from`` (str matching ``^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])
          ([01]?[0-9]|2[0-3]):([0-5]?[0-9]):([0-5]?[0-9])|[0-9]{1,10})$``; required)
        - ``date_to`` (str matching ``^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])
          ([01]?[0-9]|2[0-3]):([0-5]?[0-9]):([0-5]?[0-9])|[0-9]{1,10})$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AppMarkupStatisticsResponse",
            self._session.call(
                "app_markup_statistics",
                {
                    "date_from": date_from,
                    "date_to": date_to,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def app_register(
        self,
        *,
        name: str,
        scopes: list[Literal["read", "trade", "trading_information", "payments", "admin"]],
        app_markup_percentage: float | None = None,
        appstore: str | None = None,
        github: str | None = None,
        googleplay: str | None = None,
        homepage: str | None = None,
        redirect_uri: str | None = None,
        verification_uri: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.AppRegisterResponse:
        """Registers a new application and returns its id.

        ``app_register`` call; needs authorization (scopes: admin); never resent automatically.

        Arguments:
        - ``name`` (str matching ``^[\\w\\s-]{1,48}$``; required)
        - ``scopes`` (list of one of 'read', 'trade', 'trading_information', 'payments', 'admin';
          required)
        - ``app_markup_percentage`` (float from 0 to 3)
        - ``appstore`` (str matching ``^https?://itunes\\.apple\\.com/\\S+$``)
        - ``github`` (str matching ``^https?://(www\\.)?github\\.com/\\S+$``)
        - ``googleplay`` (str matching
          ``^https?://play\\.google\\.com/store/apps/details\\?id=[\\w \\.]+$``)
        - ``homepage`` (str matching ``^https?://[0-9a-zA-Z\\.-]+[\\%\\/\\w \\.-]*$``)
        - ``redirect_uri`` (str matching ``^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/\\w
          \\.-]*$``)
        - ``verification_uri`` (str matching ``^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/\\w
          \\.-]*$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AppRegisterResponse",
            self._session.call(
                "app_register",
                {
                    "name": name,
                    "scopes": scopes,
                    "app_markup_percentage": app_markup_percentage,
                    "appstore": appstore,
                    "github": github,
                    "googleplay": googleplay,
                    "homepage": homepage,
                    "redirect_uri": redirect_uri,
                    "verification_uri": verification_uri,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def app_update(
        self,
        app_update: int,
        *,
        name: str,
        scopes: list[Literal["read", "trade", "trading_information", "payments", "admin"]],
        app_markup_percentage: float | None = None,
        appstore: str | None = None,
        github: str | None = None,
        googleplay: str | None = None,
        homepage: str | None = None,
        redirect_uri: str | None = None,
        verification_uri: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.AppUpdateResponse:
        """Changes the settings of an existing registered application.

        ``app_update`` call; needs authorization (scopes: admin); never resent automatically.

        Arguments:
        - ``app_update`` (int; required)
        - ``name`` (str matching ``^[\\w\\s-]{1,48}$``; required)
        - ``scopes`` (list of one of 'read', 'trade', 'trading_information', 'payments', 'admin';
          required)
        - ``app_markup_percentage`` (float from 0 to 3)
        - ``appstore`` (str matching ``^https?://itunes\\.apple\\.com/\\S+$``)
        - ``github`` (str matching ``^https?://(www\\.)?github\\.com/\\S+$``)
        - ``googleplay`` (str matching
          ``^https?://play\\.google\\.com/store/apps/details\\?id=[\\w \\.]+$``)
        - ``homepage`` (str matching ``^https?://[0-9a-zA-Z\\.-]+[\\%\\/\\w \\.-]*$``)
        - ``redirect_uri`` (str matching ``^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/\\w
          \\.-]*$``)
        - ``verification_uri`` (str matching ``^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/\\w
          \\.-]*$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AppUpdateResponse",
            self._session.call(
                "app_update",
                {
                    "app_update": app_update,
                    "name": name,
                    "scopes": scopes,
                    "app_markup_percentage": app_markup_percentage,
                    "appstore": appstore,
                    "github": github,
                    "googleplay": googleplay,
                    "homepage": homepage,
                    "redirect_uri": redirect_uri,
                    "verification_uri": verification_uri,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def asset_index(
        self,
        *,
        landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        landing_company_short: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.AssetIndexResponse:
        """Per underlying, the contract types offered and their duration limits.

        ``asset_index`` call; public; retried when it fails in transit.

        Arguments:
        - ``landing_company`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu')
        - ``landing_company_short`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual',
          'vanuatu')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AssetIndexResponse",
            self._session.call(
                "asset_index",
                {
                    "landing_company": landing_company,
                    "landing_company_short": landing_company_short,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

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

    def buy(
        self,
        buy: str,
        *,
        price: float,
        parameters: models.BuyRequestParameters | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.BuyResponse:
        """Buys a contract from a proposal id or inline parameters.

        ``buy`` call; needs authorization (scopes: trade); never resent automatically.

        Arguments:
        - ``buy`` (str matching ``^(?:[\\w-]{32,128}|1)$``; required): The id of a proposal to
          buy, or 1 to buy from parameters without a proposal first.
        - ``price`` (float at least 0; required): The most you agree to pay; the purchase is
          refused when the price has risen above it.
        - ``parameters`` (``models.BuyRequestParameters``): The contract to buy when buy is 1:
          the same fields as a proposal request.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to buy with, when the
          token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.BuyResponse",
            self._session.call(
                "buy",
                {
                    "buy": buy,
                    "price": price,
                    "parameters": parameters,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def subscribe_buy(
        self,
        buy: str,
        *,
        price: float,
        parameters: models.BuyRequestParameters | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.BuyResponse | models.ProposalOpenContractResponse]:
        """Subscribes to the ``buy`` call: buys a contract from a proposal id or inline parameters.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream. Updates that are
        answers of ``proposal_open_contract`` decode with that call's model.

        ``buy`` call with ``subscribe: 1``; needs authorization (scopes: trade).

        Arguments:
        - ``buy`` (str matching ``^(?:[\\w-]{32,128}|1)$``; required): The id of a proposal to
          buy, or 1 to buy from parameters without a proposal first.
        - ``price`` (float at least 0; required): The most you agree to pay; the purchase is
          refused when the price has risen above it.
        - ``parameters`` (``models.BuyRequestParameters``): The contract to buy when buy is 1:
          the same fields as a proposal request.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to buy with, when the
          token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.BuyResponse | models.ProposalOpenContractResponse]",
            self._session.subscribe(
                "buy",
                {
                    "buy": buy,
                    "price": price,
                    "parameters": parameters,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def buy_contract_for_multiple_accounts(
        self,
        buy_contract_for_multiple_accounts: str,
        *,
        price: float,
        tokens: list[str],
        parameters: models.BuyContractForMultipleAccountsRequestParameters | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.BuyContractForMultipleAccountsResponse:
        """Buys the same contract on several accounts given their tokens.

        ``buy_contract_for_multiple_accounts`` call; needs authorization (scopes: trade); never
        resent automatically.

        Arguments:
        - ``buy_contract_for_multiple_accounts`` (str matching ``^(?:[\\w-]{32,128}|1)$``;
          required)
        - ``price`` (float at least 0; required)
        - ``tokens`` (list of str matching ``^[\\w\\s-]+$``; required)
        - ``parameters`` (``models.BuyContractForMultipleAccountsRequestParameters``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.BuyContractForMultipleAccountsResponse",
            self._session.call(
                "buy_contract_for_multiple_accounts",
                {
                    "buy_contract_for_multiple_accounts": buy_contract_for_multiple_accounts,
                    "price": price,
                    "tokens": tokens,
                    "parameters": parameters,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def cancel(
        self,
        cancel: int,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.CancelResponse:
        """Cancels an open contract that has deal cancellation.

        ``cancel`` call; needs authorization (scopes: trade); never resent automatically.

        Arguments:
        - ``cancel`` (int; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CancelResponse",
            self._session.call(
                "cancel",
                {"cancel": cancel, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def cashier(
        self,
        cashier: Literal["deposit", "withdraw"],
        *,
        address: str | None = None,
        amount: float | None = None,
        dry_run: Literal[0, 1] | None = None,
        estimated_fee_unique_id: str | None = None,
        provider: Literal["doughflow", "crypto"] | None = None,
        type: Literal["url", "api"] | None = None,
        verification_code: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.CashierResponse:
        """Opens the deposit/withdrawal cashier or runs a crypto withdrawal.

        ``cashier`` call; needs authorization (scopes: payments); never resent automatically.

        Arguments:
        - ``cashier`` (one of 'deposit', 'withdraw'; required)
        - ``address`` (str)
        - ``amount`` (float at least 0)
        - ``dry_run`` (one of 0, 1; server default 0)
        - ``estimated_fee_unique_id`` (str)
        - ``provider`` (one of 'doughflow', 'crypto'; server default 'doughflow')
        - ``type`` (one of 'url', 'api'; server default 'url')
        - ``verification_code`` (str matching ``^\\w{8,128}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CashierResponse",
            self._session.call(
                "cashier",
                {
                    "cashier": cashier,
                    "address": address,
                    "amount": amount,
                    "dry_run": dry_run,
                    "estimated_fee_unique_id": estimated_fee_unique_id,
                    "provider": provider,
                    "type": type,
                    "verification_code": verification_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def confirm_email(
        self,
        *,
        email_consent: Literal[1, 0],
        verification_code: str,
        created_for: Literal["account_verification", "account_opening"] | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.ConfirmEmailResponse:
        """Marks the user's email as confirmed using an emailed code.

        ``confirm_email`` call; public; never resent automatically.

        Arguments:
        - ``email_consent`` (one of 1, 0; required)
        - ``verification_code`` (str matching ``^\\w{8,128}$``; required)
        - ``created_for`` (one of 'account_verification', 'account_opening'; server default
          'account_verification')
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ConfirmEmailResponse",
            self._session.call(
                "confirm_email",
                {
                    "email_consent": email_consent,
                    "verification_code": verification_code,
                    "created_for": created_for,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def contract_update(
        self,
        *,
        contract_id: int,
        limit_order: models.ContractUpdateRequestLimitOrder,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.ContractUpdateResponse:
        """Changes stop loss or take profit on an open contract.

        ``contract_update`` call; needs authorization (scopes: trade); never resent
        automatically.

        Arguments:
        - ``contract_id`` (int; required)
        - ``limit_order`` (``models.ContractUpdateRequestLimitOrder``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ContractUpdateResponse",
            self._session.call(
                "contract_update",
                {
                    "contract_id": contract_id,
                    "limit_order": limit_order,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def contract_update_history(
        self,
        *,
        contract_id: int,
        limit: float | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.ContractUpdateHistoryResponse:
        """Lists past stop loss/take profit changes of one contract.

        ``contract_update_history`` call; needs authorization (scopes: read); retried when it
        fails in transit.

        Arguments:
        - ``contract_id`` (int; required)
        - ``limit`` (float from 1 to 999; server default 500)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ContractUpdateHistoryResponse",
            self._session.call(
                "contract_update_history",
                {
                    "contract_id": contract_id,
                    "limit": limit,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def contracts_for(
        self,
        contracts_for: str,
        *,
        currency: str | None = None,
        landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        landing_company_short: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        product_type: Literal["basic"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.ContractsForResponse:
        """Contract types, barriers and durations available for one symbol.

        ``contracts_for`` call; public; retried when it fails in transit.

        Arguments:
        - ``contracts_for`` (str matching ``^\\w{2,30}$``; required): The symbol (e.g. R_50)
          whose available contracts to list.
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; server default 'USD'): The currency
          the contracts would be bought in; the default is USD.
        - ``landing_company`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu';
          server default 'virtual'): The landing company whose offering to list; the default is
          the one of the account or of the client's country.
        - ``landing_company_short`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual',
          'vanuatu'; server default 'virtual'): The same as landing_company, under its short
          name.
        - ``product_type`` (only 'basic'): Only contracts of this product type.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account whose offering to list,
          when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ContractsForResponse",
            self._session.call(
                "contracts_for",
                {
                    "contracts_for": contracts_for,
                    "currency": currency,
                    "landing_company": landing_company,
                    "landing_company_short": landing_company_short,
                    "product_type": product_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def contracts_for_company(
        self,
        *,
        landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.ContractsForCompanyResponse:
        """Contract categories offered by one landing company.

        ``contracts_for_company`` call; public; retried when it fails in transit.

        Arguments:
        - ``landing_company`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu';
          server default 'virtual')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ContractsForCompanyResponse",
            self._session.call(
                "contracts_for_company",
                {
                    "landing_company": landing_company,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def copy_start(
        self,
        copy_start: str,
        *,
        assets: str | list[str] | None = None,
        max_trade_stake: float | None = None,
        min_trade_stake: float | None = None,
        trade_types: str | list[str] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.CopyStartResponse:
        """Begins copying another trader's positions.

        ``copy_start`` call; needs authorization (scopes: trade); never resent automatically.

        Arguments:
        - ``copy_start`` (str matching ``^[\\w\\s-]{15,32}$``; required)
        - ``assets`` (str matching ``^\\w{4,128}$`` or list of str matching ``^\\w{4,128}$``)
        - ``max_trade_stake`` (float)
        - ``min_trade_stake`` (float)
        - ``trade_types`` (str matching ``^\\w{3,128}$`` or list of str matching
          ``^\\w{3,128}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CopyStartResponse",
            self._session.call(
                "copy_start",
                {
                    "copy_start": copy_start,
                    "assets": assets,
                    "max_trade_stake": max_trade_stake,
                    "min_trade_stake": min_trade_stake,
                    "trade_types": trade_types,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def copy_stop(
        self,
        copy_stop: str,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.CopyStopResponse:
        """Ends copying a trader's positions.

        ``copy_stop`` call; needs authorization (scopes: trade); never resent automatically.

        Arguments:
        - ``copy_stop`` (str matching ``^[\\w\\s-]{15,32}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CopyStopResponse",
            self._session.call(
                "copy_stop",
                {"copy_stop": copy_stop, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def copytrading_list(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.CopytradingListResponse:
        """Lists the user's copiers and the traders the user copies.

        ``copytrading_list`` call; needs authorization (scopes: admin); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CopytradingListResponse",
            self._session.call(
                "copytrading_list", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def copytrading_statistics(
        self,
        *,
        trader_id: str,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.CopytradingStatisticsResponse:
        """Performance and risk figures of a trader open to copying.

        ``copytrading_statistics`` call; public; retried when it fails in transit.

        Arguments:
        - ``trader_id`` (str matching ``^[A-Za-z]+[0-9]+$``; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CopytradingStatisticsResponse",
            self._session.call(
                "copytrading_statistics",
                {"trader_id": trader_id, "passthrough": passthrough},
                timeout,
            ),
        )

    def crypto_config(
        self,
        *,
        currency_code: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.CryptoConfigResponse:
        """Minimum amounts and other settings per cryptocurrency.

        ``crypto_config`` call; public; retried when it fails in transit.

        Arguments:
        - ``currency_code`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CryptoConfigResponse",
            self._session.call(
                "crypto_config",
                {"currency_code": currency_code, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def crypto_estimations(
        self,
        *,
        currency_code: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.CryptoEstimationsResponse:
        """Current fee estimates for cryptocurrency withdrawals; can stream.

        ``crypto_estimations`` call; public; retried when it fails in transit.

        Arguments:
        - ``currency_code`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.CryptoEstimationsResponse",
            self._session.call(
                "crypto_estimations",
                {"currency_code": currency_code, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def subscribe_crypto_estimations(
        self,
        *,
        currency_code: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.CryptoEstimationsResponse]:
        """Subscribes to the ``crypto_estimations`` call: current fee estimates for cryptocurrency
        withdrawals; can stream.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``crypto_estimations`` call with ``subscribe: 1``; public.

        Arguments:
        - ``currency_code`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.CryptoEstimationsResponse]",
            self._session.subscribe(
                "crypto_estimations",
                {"currency_code": currency_code, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def document_upload(
        self,
        *,
        document_format: Literal["PNG", "JPG", "JPEG", "GIF", "PDF"],
        document_type: Literal[
            "passport",
            "national_identity_card",
            "identification_number_document",
            "service_id_card",
            "driving_licence",
            "utility_bill",
            "bankstatement",
            "bank_statement",
            "power_of_attorney",
            "amlglobalcheck",
            "docverification",
            "proofid",
            "driverslicense",
            "proofaddress",
            "other",
            "voter_card",
            "student_card",
            "nimc_slip",
            "birth_certificate",
            "pan_card",
            "tax_photo_id",
            "selfie_with_id",
            "poi_others",
            "insurance_bill",
            "tax_receipt",
            "phone_bill",
            "poa_others",
            "proof_of_ownership",
            "tax_return",
            "employment_contract",
            "brokerage statement",
            "payslip",
            "edd_others",
            "coi",
            "business_poa",
            "article_of_association",
            "memorandum",
            "authorisation_letter",
            "declarations",
            "affidavit",
            "official_letter",
            "rental_agreement",
            "business_documents_others",
        ],
        expected_checksum: str,
        file_size: int,
        document_id: str | None = None,
        document_issuing_country: str | None = None,
        expiration_date: str | None = None,
        lifetime_valid: Literal[0, 1] | None = None,
        page_type: Literal["front", "back", "photo"] | None = None,
        proof_of_ownership: models.DocumentUploadRequestProofOfOwnership | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.DocumentUploadResponse:
        """Announces a KYC document upload and its metadata.

        ``document_upload`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``document_format`` (one of 'PNG', 'JPG', 'JPEG', 'GIF', 'PDF'; required)
        - ``document_type`` (one of 43 values: 'passport', 'national_identity_card',
          'identification_number_document', 'service_id_card', 'driving_licence', 'utility_bill',
          'bankstatement', 'bank_statement', 'power_of_attorney', 'amlglobalcheck',
          'docverification', 'proofid', ...; required)
        - ``expected_checksum`` (str matching ``^[[:xdigit:]]{32}``; required)
        - ``file_size`` (int; required)
        - ``document_id`` (str matching ``^[\\w\\s-]{0,30}$``)
        - ``document_issuing_country`` (str matching ``^[a-z]{2}$``)
        - ``expiration_date`` (str matching ``^[0-9]{4}-[0-9]{2}-[0-9]{2}$``)
        - ``lifetime_valid`` (one of 0, 1)
        - ``page_type`` (one of 'front', 'back', 'photo')
        - ``proof_of_ownership`` (``models.DocumentUploadRequestProofOfOwnership``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.DocumentUploadResponse",
            self._session.call(
                "document_upload",
                {
                    "document_format": document_format,
                    "document_type": document_type,
                    "expected_checksum": expected_checksum,
                    "file_size": file_size,
                    "document_id": document_id,
                    "document_issuing_country": document_issuing_country,
                    "expiration_date": expiration_date,
                    "lifetime_valid": lifetime_valid,
                    "page_type": page_type,
                    "proof_of_ownership": proof_of_ownership,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def economic_calendar(
        self,
        *,
        currency: str | None = None,
        end_date: int | None = None,
        start_date: int | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.EconomicCalendarResponse:
        """Upcoming economic events, optionally for one currency and period.

        ``economic_calendar`` call; public; retried when it fails in transit.

        Arguments:
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``end_date`` (int from 1 to 9999999999)
        - ``start_date`` (int from 1 to 9999999999)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.EconomicCalendarResponse",
            self._session.call(
                "economic_calendar",
                {
                    "currency": currency,
                    "end_date": end_date,
                    "start_date": start_date,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def exchange_rates(
        self,
        *,
        base_currency: str,
        include_spread: Literal[1] | None = None,
        target_currency: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.ExchangeRatesResponse:
        """Conversion rates from a base currency; can stream.

        ``exchange_rates`` call; public; retried when it fails in transit.

        Arguments:
        - ``base_currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required)
        - ``include_spread`` (only 1)
        - ``target_currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ExchangeRatesResponse",
            self._session.call(
                "exchange_rates",
                {
                    "base_currency": base_currency,
                    "include_spread": include_spread,
                    "target_currency": target_currency,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def subscribe_exchange_rates(
        self,
        *,
        base_currency: str,
        include_spread: Literal[1] | None = None,
        target_currency: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.ExchangeRatesResponse]:
        """Subscribes to the ``exchange_rates`` call: conversion rates from a base currency; can
        stream.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``exchange_rates`` call with ``subscribe: 1``; public.

        Arguments:
        - ``base_currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required)
        - ``include_spread`` (only 1)
        - ``target_currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.ExchangeRatesResponse]",
            self._session.subscribe(
                "exchange_rates",
                {
                    "base_currency": base_currency,
                    "include_spread": include_spread,
                    "target_currency": target_currency,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def exchange_verification_code(
        self,
        *,
        verification_code: str,
        type: Literal["account_opening"] | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.ExchangeVerificationCodeResponse:
        """Trades a valid verification code for a fresh one.

        ``exchange_verification_code`` call; public; never resent automatically.

        Arguments:
        - ``verification_code`` (str matching ``^\\w{8,128}$``; required)
        - ``type`` (only 'account_opening'; server default 'account_opening')
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ExchangeVerificationCodeResponse",
            self._session.call(
                "exchange_verification_code",
                {"verification_code": verification_code, "type": type, "passthrough": passthrough},
                timeout,
            ),
        )

    def financial_assessment_questions(
        self,
        *,
        landing_company_short: str | None = None,
        version: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.FinancialAssessmentQuestionsResponse:
        """Structure of the financial assessment questionnaire.

        ``financial_assessment_questions`` call; needs authorization (scopes: read); retried when
        it fails in transit.

        Arguments:
        - ``landing_company_short`` (str)
        - ``version`` (str)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.FinancialAssessmentQuestionsResponse",
            self._session.call(
                "financial_assessment_questions",
                {
                    "landing_company_short": landing_company_short,
                    "version": version,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def forget(
        self,
        forget: str,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.ForgetResponse:
        """Stops one running subscription by its id.

        ``forget`` call; public; retried when it fails in transit.

        Arguments:
        - ``forget`` (str matching ``^[\\w-]{32,128}$``; required): The id of the stream to stop
          (the id in a streamed answer's subscription field).
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ForgetResponse",
            self._session.call("forget", {"forget": forget, "passthrough": passthrough}, timeout),
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
    ) -> models.ForgetAllResponse:
        """Stops all running subscriptions of the given kinds.

        ``forget_all`` call; public; retried when it fails in transit.

        Arguments:
        - ``forget_all`` (one of 14 values: 'balance', 'candles', 'cashier_payments',
          'p2p_advert', 'p2p_advertiser', 'p2p_order', 'proposal', 'proposal_open_contract',
          'ticks', 'transaction', 'trading_platform_asset_listing', 'website_status', ... or list
          of one of 14 values: 'balance', 'candles', 'cashier_payments', 'p2p_advert',
          'p2p_advertiser', 'p2p_order', 'proposal', 'proposal_open_contract', 'ticks',
          'transaction', 'trading_platform_asset_listing', 'website_status', ...; required): The
          kind of stream to stop, e.g. 'ticks', or a list of kinds.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ForgetAllResponse",
            self._session.call(
                "forget_all", {"forget_all": forget_all, "passthrough": passthrough}, timeout
            ),
        )

    def get_account_status(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.GetAccountStatusResponse:
        """Verification state, flags and restrictions of the account.

        ``get_account_status`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.GetAccountStatusResponse",
            self._session.call(
                "get_account_status", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def get_financial_assessment(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.GetFinancialAssessmentResponse:
        """Reads the user's stored financial assessment answers.

        ``get_financial_assessment`` call; needs authorization (scopes: read); retried when it
        fails in transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.GetFinancialAssessmentResponse",
            self._session.call(
                "get_financial_assessment",
                {"loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def get_limits(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.GetLimitsResponse:
        """Trading and withdrawal limits that apply to the account.

        ``get_limits`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.GetLimitsResponse",
            self._session.call(
                "get_limits", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def get_self_exclusion(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.GetSelfExclusionResponse:
        """Reads the self-exclusion limits the user has set.

        ``get_self_exclusion`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.GetSelfExclusionResponse",
            self._session.call(
                "get_self_exclusion", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def get_settings(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.GetSettingsResponse:
        """Reads the user's personal details and preferences.

        ``get_settings`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account whose settings to read,
          when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.GetSettingsResponse",
            self._session.call(
                "get_settings", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def get_third_party_redirect(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.GetThirdPartyRedirectResponse:
        """Builds a single-sign-on redirect link for a partner service.

        ``get_third_party_redirect`` call; needs authorization (scopes: read); retried when it
        fails in transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.GetThirdPartyRedirectResponse",
            self._session.call(
                "get_third_party_redirect",
                {"loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def identity_verification_document_add(
        self,
        *,
        document_number: str,
        document_type: str,
        issuing_country: str,
        document_additional: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.IdentityVerificationDocumentAddResponse:
        """Submits identity document details for verification.

        ``identity_verification_document_add`` call; needs authorization (scopes: admin); never
        resent automatically.

        Arguments:
        - ``document_number`` (str; required)
        - ``document_type`` (str; required)
        - ``issuing_country`` (str matching ``^[a-z]{2}$``; required)
        - ``document_additional`` (str)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.IdentityVerificationDocumentAddResponse",
            self._session.call(
                "identity_verification_document_add",
                {
                    "document_number": document_number,
                    "document_type": document_type,
                    "issuing_country": issuing_country,
                    "document_additional": document_additional,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def kyc_auth_status(
        self,
        *,
        country: str | None = None,
        landing_companies: list[
            Literal[
                "iom",
                "malta",
                "maltainvest",
                "svg",
                "virtual",
                "vanuatu",
                "labuan",
                "samoa",
                "samoa-virtual",
                "bvi",
                "dsl",
            ]
        ]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.KycAuthStatusResponse:
        """KYC authentication state per landing company.

        ``kyc_auth_status`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``country`` (str matching ``^[a-z]{2}$``)
        - ``landing_companies`` (list of one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual',
          'vanuatu', 'labuan', 'samoa', 'samoa-virtual', 'bvi', 'dsl')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.KycAuthStatusResponse",
            self._session.call(
                "kyc_auth_status",
                {
                    "country": country,
                    "landing_companies": landing_companies,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def landing_company(
        self,
        landing_company: str,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.LandingCompanyResponse:
        """Which landing companies serve a given country of residence.

        ``landing_company`` call; public; retried when it fails in transit.

        Arguments:
        - ``landing_company`` (str matching ``^\\w\\w$``; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.LandingCompanyResponse",
            self._session.call(
                "landing_company",
                {"landing_company": landing_company, "passthrough": passthrough},
                timeout,
            ),
        )

    def landing_company_details(
        self,
        landing_company_details: Literal[
            "iom",
            "malta",
            "maltainvest",
            "svg",
            "virtual",
            "vanuatu",
            "samoa",
            "samoa-virtual",
            "dsl",
            "bvi",
            "labuan",
            "dml",
        ],
        *,
        country: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.LandingCompanyDetailsResponse:
        """Terms and limits of one landing company.

        ``landing_company_details`` call; public; retried when it fails in transit.

        Arguments:
        - ``landing_company_details`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual',
          'vanuatu', 'samoa', 'samoa-virtual', 'dsl', 'bvi', 'labuan', 'dml'; required)
        - ``country`` (str)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.LandingCompanyDetailsResponse",
            self._session.call(
                "landing_company_details",
                {
                    "landing_company_details": landing_company_details,
                    "country": country,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def login_history(
        self,
        *,
        limit: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.LoginHistoryResponse:
        """Recent logins of the user, newest first.

        ``login_history`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``limit`` (int from 0 to 50; server default 10)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.LoginHistoryResponse",
            self._session.call(
                "login_history",
                {"limit": limit, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def logout(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.LogoutResponse:
        """Ends the logged-in session.

        ``logout`` call; public; never resent automatically.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.LogoutResponse",
            self._session.call("logout", {"loginid": loginid, "passthrough": passthrough}, timeout),
        )

    def mt5_deposit(
        self,
        *,
        to_mt5: str,
        amount: float | None = None,
        from_binary: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5DepositResponse:
        """Moves funds from the main account into an MT5 account.

        ``mt5_deposit`` call; needs authorization (scopes: payments); never resent automatically.

        Arguments:
        - ``to_mt5`` (str matching ``^MT[DR]?[0-9]+$``; required)
        - ``amount`` (float)
        - ``from_binary`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5DepositResponse",
            self._session.call(
                "mt5_deposit",
                {
                    "to_mt5": to_mt5,
                    "amount": amount,
                    "from_binary": from_binary,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def mt5_get_settings(
        self,
        *,
        login: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5GetSettingsResponse:
        """Reads the details of one MT5 account.

        ``mt5_get_settings`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``login`` (str matching ``^MT[DR]?[0-9]+$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5GetSettingsResponse",
            self._session.call(
                "mt5_get_settings",
                {"login": login, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def mt5_login_list(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5LoginListResponse:
        """Lists the user's MT5 accounts.

        ``mt5_login_list`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5LoginListResponse",
            self._session.call(
                "mt5_login_list", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def mt5_new_account(
        self,
        *,
        account_type: Literal["demo", "gaming", "financial", "all"],
        email: str,
        leverage: float,
        main_password: str,
        name: str,
        address: str | None = None,
        city: str | None = None,
        company: str | None = None,
        country: str | None = None,
        currency: str | None = None,
        dry_run: Literal[0, 1] | None = None,
        invest_password: str | None = None,
        migrate: bool | None = None,
        mt5_account_category: Literal["conventional", "swap_free", "gold"] | None = None,
        mt5_account_type: Literal["financial", "financial_stp", "gold"] | None = None,
        phone: str | Unset | None = UNSET,
        phone_password: str | None = None,
        product: Literal[
            "", "synthetic", "financial", "swap_free", "zero_spread", "standard", "stp", "gold"
        ]
        | None = None,
        server: Literal[
            "p01_ts01", "p01_ts02", "p01_ts03", "p01_ts04", "p02_ts02", "p03_ts01", "p03_ts02"
        ]
        | Unset
        | None = UNSET,
        state: str | None = None,
        sub_account_category: Literal["", "swap_free", "ab", "ba", "lim", "hr", "gold"]
        | None = None,
        sub_account_type: Literal["standard", "stp", "ibt", "swap_free", "zero_spread", "gold"]
        | None = None,
        zip_code: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5NewAccountResponse:
        """Opens a demo or real MT5 account.

        ``mt5_new_account`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``account_type`` (one of 'demo', 'gaming', 'financial', 'all'; required)
        - ``email`` (str matching ``^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}$``;
          required)
        - ``leverage`` (float; required)
        - ``main_password`` (str matching ``^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$``;
          required)
        - ``name`` (str of 1 to 101 characters; required)
        - ``address`` (str matching
          ``^(?:[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'.,:;()\\x{b0}@#/-]{0,128})?$``)
        - ``city`` (str matching ``^(?:\\p{L}[\\p{L}\\s'.-]{0,99})?$``)
        - ``company`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,@/-]{0,64}$``)
        - ``country`` (str matching ``^[a-z]{2}$``)
        - ``currency`` (str matching ``^(|[a-zA-Z0-9]{2,20})$``)
        - ``dry_run`` (one of 0, 1; server default 0)
        - ``invest_password`` (str matching ``^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$``)
        - ``migrate`` (bool)
        - ``mt5_account_category`` (one of 'conventional', 'swap_free', 'gold')
        - ``mt5_account_type`` (one of 'financial', 'financial_stp', 'gold')
        - ``phone`` (str, or None)
        - ``phone_password`` (str of at most 50 characters)
        - ``product`` (one of '', 'synthetic', 'financial', 'swap_free', 'zero_spread',
          'standard', 'stp', 'gold')
        - ``server`` (one of 'p01_ts01', 'p01_ts02', 'p01_ts03', 'p01_ts04', 'p02_ts02',
          'p03_ts01', 'p03_ts02', or None)
        - ``state`` (str matching ``^.{0,50}$``)
        - ``sub_account_category`` (one of '', 'swap_free', 'ab', 'ba', 'lim', 'hr', 'gold')
        - ``sub_account_type`` (one of 'standard', 'stp', 'ibt', 'swap_free', 'zero_spread',
          'gold')
        - ``zip_code`` (str of at most 50 characters)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5NewAccountResponse",
            self._session.call(
                "mt5_new_account",
                {
                    "account_type": account_type,
                    "email": email,
                    "leverage": leverage,
                    "main_password": main_password,
                    "name": name,
                    "address": address,
                    "city": city,
                    "company": company,
                    "country": country,
                    "currency": currency,
                    "dry_run": dry_run,
                    "invest_password": invest_password,
                    "migrate": migrate,
                    "mt5_account_category": mt5_account_category,
                    "mt5_account_type": mt5_account_type,
                    "phone": phone,
                    "phone_password": phone_password,
                    "product": product,
                    "server": server,
                    "state": state,
                    "sub_account_category": sub_account_category,
                    "sub_account_type": sub_account_type,
                    "zip_code": zip_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def mt5_password_change(
        self,
        *,
        login: str,
        new_password: str,
        old_password: str,
        password_type: Literal["main", "investor"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5PasswordChangeResponse:
        """Replaces the main or investor password of an MT5 account.

        ``mt5_password_change`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``login`` (str matching ``^MT[DR]?[0-9]+$``; required)
        - ``new_password`` (str matching ``^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$``;
          required)
        - ``old_password`` (str matching ``^[ -~]+$``; required)
        - ``password_type`` (one of 'main', 'investor'; server default 'main')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5PasswordChangeResponse",
            self._session.call(
                "mt5_password_change",
                {
                    "login": login,
                    "new_password": new_password,
                    "old_password": old_password,
                    "password_type": password_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def mt5_password_check(
        self,
        *,
        login: str,
        password: str,
        password_type: Literal["main", "investor"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5PasswordCheckResponse:
        """Checks whether a password matches an MT5 account.

        ``mt5_password_check`` call; needs authorization (scopes: admin); retried when it fails
        in transit.

        Arguments:
        - ``login`` (str matching ``^MT[DR]?[0-9]+$``; required)
        - ``password`` (str matching ``^[ -~]+$``; required)
        - ``password_type`` (one of 'main', 'investor'; server default 'main')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5PasswordCheckResponse",
            self._session.call(
                "mt5_password_check",
                {
                    "login": login,
                    "password": password,
                    "password_type": password_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def mt5_password_reset(
        self,
        *,
        login: str,
        new_password: str,
        verification_code: str,
        password_type: Literal["main", "investor"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5PasswordResetResponse:
        """Sets a new MT5 password using an emailed code.

        ``mt5_password_reset`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``login`` (str matching ``^MT[DR]?[0-9]+$``; required)
        - ``new_password`` (str matching ``^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$``;
          required)
        - ``verification_code`` (str matching ``^\\w{8,128}$``; required)
        - ``password_type`` (one of 'main', 'investor'; server default 'main')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5PasswordResetResponse",
            self._session.call(
                "mt5_password_reset",
                {
                    "login": login,
                    "new_password": new_password,
                    "verification_code": verification_code,
                    "password_type": password_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def mt5_withdrawal(
        self,
        *,
        amount: float,
        from_mt5: str,
        to_binary: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.Mt5WithdrawalResponse:
        """Moves funds from an MT5 account back to the main account.

        ``mt5_withdrawal`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``amount`` (float; required)
        - ``from_mt5`` (str matching ``^MT[DR]?[0-9]+$``; required)
        - ``to_binary`` (str matching ``^[A-Za-z]+[0-9]+$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Mt5WithdrawalResponse",
            self._session.call(
                "mt5_withdrawal",
                {
                    "amount": amount,
                    "from_mt5": from_mt5,
                    "to_binary": to_binary,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def new_account_check_duplicate_name_and_dob(
        self,
        *,
        date_of_birth: str,
        first_name: str,
        last_name: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.NewAccountCheckDuplicateNameAndDobResponse:
        """Tells whether a name plus birth date is already registered.

        ``new_account_check_duplicate_name_and_dob`` call; needs authorization (scopes: admin);
        retried when it fails in transit.

        Arguments:
        - ``date_of_birth`` (str matching ``^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$``; required)
        - ``first_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``; required)
        - ``last_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.NewAccountCheckDuplicateNameAndDobResponse",
            self._session.call(
                "new_account_check_duplicate_name_and_dob",
                {
                    "date_of_birth": date_of_birth,
                    "first_name": first_name,
                    "last_name": last_name,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def new_account_check_duplicate_phone_and_dob(
        self,
        *,
        date_of_birth: str,
        phone_number: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.NewAccountCheckDuplicatePhoneAndDobResponse:
        """Tells whether a phone number plus birth date is already registered.

        ``new_account_check_duplicate_phone_and_dob`` call; needs authorization (scopes: admin);
        retried when it fails in transit.

        Arguments:
        - ``date_of_birth`` (str matching ``^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$``; required)
        - ``phone_number`` (str matching ``^\\+[\\-\\ 0-9]{8,40}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.NewAccountCheckDuplicatePhoneAndDobResponse",
            self._session.call(
                "new_account_check_duplicate_phone_and_dob",
                {
                    "date_of_birth": date_of_birth,
                    "phone_number": phone_number,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def new_account_maltainvest(
        self,
        *,
        address_city: str,
        address_line_1: str,
        date_of_birth: str,
        employment_status: str,
        first_name: str,
        last_name: str,
        residence: str,
        salutation: Literal["Mr", "Ms", "Miss", "Mrs"],
        tax_residence: str,
        accept_risk: Literal[0, 1] | None = None,
        account_opening_reason: Literal[
            "Speculative", "Income Earning", "Hedging", "Additional revenue", "Savings"
        ]
        | None = None,
        account_turnover: str | None = None,
        address_line_2: str | None = None,
        address_postcode: str | None = None,
        address_state: str | None = None,
        affiliate_token: str | None = None,
        calling_country_code: str | Unset | None = UNSET,
        cfd_experience: Literal["No experience", "Less than a year", "1 - 2 years", "Over 3 years"]
        | None = None,
        cfd_frequency: Literal[
            "No transactions in the past 12 months",
            "1 - 5 transactions in the past 12 months",
            "6 - 10 transactions in the past 12 months",
            "11 - 39 transactions in the past 12 months",
            "40 transactions or more in the past 12 months",
        ]
        | None = None,
        cfd_trading_definition: Literal[
            "Purchase shares of a company or physical commodities.",
            "Place a bet on the price movement.",
            "Speculate on the price movement.",
            "Make a long-term investment.",
        ]
        | None = None,
        citizen: str | None = None,
        client_type: Literal["professional", "retail"] | None = None,
        currency: str | None = None,
        education_level: str | None = None,
        employment_industry: str | None = None,
        estimated_worth: str | None = None,
        fatca_declaration: Literal[0, 1] | None = None,
        financial_information_version: str | None = None,
        income_source: str | None = None,
        investment_intention: str | None = None,
        leverage_impact_trading: Literal[
            "Leverage is a risk mitigation technique.",
            "Leverage prevents you from opening large positions.",
            "Leverage guarantees profits.",
            "Leverage lets you open larger positions for a fraction of the trade's value.",
        ]
        | None = None,
        leverage_trading_high_risk_stop_loss: Literal[
            "Cancel your trade at any time within a chosen timeframe.",
            "Close your trade automatically when the loss is more than or equal to a specific amount.",
            "Close your trade automatically when the profit is more than or equal to a specific amount.",
            "Make a guaranteed profit on your trade.",
        ]
        | None = None,
        net_income: str | None = None,
        non_pep_declaration: int | None = None,
        occupation: str | None = None,
        phone: str | Unset | None = UNSET,
        place_of_birth: str | None = None,
        required_initial_margin: Literal[
            "When opening a Leveraged CFD trade.",
            "When trading Multipliers.",
            "When buying shares of a company.",
            "All of the above.",
        ]
        | None = None,
        resident_self_declaration: Literal[1] | None = None,
        risk_tolerance: Literal["Yes", "No"] | None = None,
        secret_answer: str | None = None,
        secret_question: Literal[
            "Mother's maiden name",
            "Name of your pet",
            "Name of first love",
            "Memorable town/city",
            "Memorable date",
            "Favourite dish",
            "Brand of first car",
            "Favourite artist",
        ]
        | None = None,
        source_of_experience: Literal[
            "I have an academic degree, professional certification, and/or work experience.",
            "I trade forex CFDs and other complex financial instruments.",
            "I have attended seminars, training, and/or workshops.",
            "I have little experience.",
            "I have no knowledge.",
        ]
        | None = None,
        source_of_wealth: str | None = None,
        tax_identification_number: str | None = None,
        tin_skipped: Literal[0, 1] | None = None,
        tnc_acceptance: Literal[0, 1] | None = None,
        trading_experience_financial_instruments: Literal[
            "No experience", "Less than a year", "1 - 2 years", "Over 3 years"
        ]
        | None = None,
        trading_frequency_financial_instruments: Literal[
            "No transactions in the past 12 months",
            "1 - 5 transactions in the past 12 months",
            "6 - 10 transactions in the past 12 months",
            "11 - 39 transactions in the past 12 months",
            "40 transactions or more in the past 12 months",
        ]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.NewAccountMaltainvestResponse:
        """Opens a real-money account under the maltainvest company.

        ``new_account_maltainvest`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``address_city`` (str matching ``^\\p{L}[\\p{L}\\s'.-]{0,99}$``; required)
        - ``address_line_1`` (str matching
          ``^[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,69}$``;
          required)
        - ``date_of_birth`` (str matching ``^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$``; required)
        - ``employment_status`` (str; required)
        - ``first_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``; required)
        - ``last_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``; required)
        - ``residence`` (str matching ``^[a-z]{2}$``; required)
        - ``salutation`` (one of 'Mr', 'Ms', 'Miss', 'Mrs'; required)
        - ``tax_residence`` (str matching ``^[a-z]{0,2}(?:,[a-z]{2})*$``; required)
        - ``accept_risk`` (one of 0, 1)
        - ``account_opening_reason`` (one of 'Speculative', 'Income Earning', 'Hedging',
          'Additional revenue', 'Savings')
        - ``account_turnover`` (str)
        - ``address_line_2`` (str matching
          ``^[\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,70}$``)
        - ``address_postcode`` (str matching ``^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?$``)
        - ``address_state`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,-]{0,100}$``)
        - ``affiliate_token`` (str matching ``^[\\w-]{0,32}$``)
        - ``calling_country_code`` (str matching ``^\\d{1,4}$``, or None)
        - ``cfd_experience`` (one of 'No experience', 'Less than a year', '1 - 2 years', 'Over 3
          years')
        - ``cfd_frequency`` (one of 'No transactions in the past 12 months', '1 - 5 transactions
          in the past 12 months', '6 - 10 transactions in the past 12 months', '11 - 39
          transactions in the past 12 months', '40 transactions or more in the past 12 months')
        - ``cfd_trading_definition`` (one of 'Purchase shares of a company or physical
          commodities.', 'Place a bet on the price movement.', 'Speculate on the price
          movement.', 'Make a long-term investment.')
        - ``citizen`` (str matching ``^[a-z]{2}$``)
        - ``client_type`` (one of 'professional', 'retail'; server default 'retail')
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``education_level`` (str)
        - ``employment_industry`` (str)
        - ``estimated_worth`` (str)
        - ``fatca_declaration`` (one of 0, 1)
        - ``financial_information_version`` (str)
        - ``income_source`` (str)
        - ``investment_intention`` (str)
        - ``leverage_impact_trading`` (one of 'Leverage is a risk mitigation technique.',
          'Leverage prevents you from opening large positions.', 'Leverage guarantees profits.',
          "Leverage lets you open larger positions for a fraction of the trade's value.")
        - ``leverage_trading_high_risk_stop_loss`` (one of 'Cancel your trade at any time within
          a chosen timeframe.', 'Close your trade automatically when the loss is more than or
          equal to a specific amount.', 'Close your trade automatically when the profit is more
          than or equal to a specific amount.', 'Make a guaranteed profit on your trade.')
        - ``net_income`` (str)
        - ``non_pep_declaration`` (int from 0 to 1)
        - ``occupation`` (str)
        - ``phone`` (str, or None)
        - ``place_of_birth`` (str matching ``^[a-z]{2}$``)
        - ``required_initial_margin`` (one of 'When opening a Leveraged CFD trade.', 'When
          trading Multipliers.', 'When buying shares of a company.', 'All of the above.')
        - ``resident_self_declaration`` (only 1)
        - ``risk_tolerance`` (one of 'Yes', 'No')
        - ``secret_answer`` (str of 4 to 50 characters, matching ``^[\\w\\-\\,\\.\\' ]+``)
        - ``secret_question`` (one of "Mother's maiden name", 'Name of your pet', 'Name of first
          love', 'Memorable town/city', 'Memorable date', 'Favourite dish', 'Brand of first car',
          'Favourite artist')
        - ``source_of_experience`` (one of 'I have an academic degree, professional
          certification, and/or work experience.', 'I trade forex CFDs and other complex
          financial instruments.', 'I have attended seminars, training, and/or workshops.', 'I
          have little experience.', 'I have no knowledge.')
        - ``source_of_wealth`` (str)
        - ``tax_identification_number`` (str matching ``^(?!^$|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}$``)
        - ``tin_skipped`` (one of 0, 1)
        - ``tnc_acceptance`` (one of 0, 1)
        - ``trading_experience_financial_instruments`` (one of 'No experience', 'Less than a
          year', '1 - 2 years', 'Over 3 years')
        - ``trading_frequency_financial_instruments`` (one of 'No transactions in the past 12
          months', '1 - 5 transactions in the past 12 months', '6 - 10 transactions in the past
          12 months', '11 - 39 transactions in the past 12 months', '40 transactions or more in
          the past 12 months')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.NewAccountMaltainvestResponse",
            self._session.call(
                "new_account_maltainvest",
                {
                    "address_city": address_city,
                    "address_line_1": address_line_1,
                    "date_of_birth": date_of_birth,
                    "employment_status": employment_status,
                    "first_name": first_name,
                    "last_name": last_name,
                    "residence": residence,
                    "salutation": salutation,
                    "tax_residence": tax_residence,
                    "accept_risk": accept_risk,
                    "account_opening_reason": account_opening_reason,
                    "account_turnover": account_turnover,
                    "address_line_2": address_line_2,
                    "address_postcode": address_postcode,
                    "address_state": address_state,
                    "affiliate_token": affiliate_token,
                    "calling_country_code": calling_country_code,
                    "cfd_experience": cfd_experience,
                    "cfd_frequency": cfd_frequency,
                    "cfd_trading_definition": cfd_trading_definition,
                    "citizen": citizen,
                    "client_type": client_type,
                    "currency": currency,
                    "education_level": education_level,
                    "employment_industry": employment_industry,
                    "estimated_worth": estimated_worth,
                    "fatca_declaration": fatca_declaration,
                    "financial_information_version": financial_information_version,
                    "income_source": income_source,
                    "investment_intention": investment_intention,
                    "leverage_impact_trading": leverage_impact_trading,
                    "leverage_trading_high_risk_stop_loss": leverage_trading_high_risk_stop_loss,
                    "net_income": net_income,
                    "non_pep_declaration": non_pep_declaration,
                    "occupation": occupation,
                    "phone": phone,
                    "place_of_birth": place_of_birth,
                    "required_initial_margin": required_initial_margin,
                    "resident_self_declaration": resident_self_declaration,
                    "risk_tolerance": risk_tolerance,
                    "secret_answer": secret_answer,
                    "secret_question": secret_question,
                    "source_of_experience": source_of_experience,
                    "source_of_wealth": source_of_wealth,
                    "tax_identification_number": tax_identification_number,
                    "tin_skipped": tin_skipped,
                    "tnc_acceptance": tnc_acceptance,
                    "trading_experience_financial_instruments": trading_experience_financial_instruments,
                    "trading_frequency_financial_instruments": trading_frequency_financial_instruments,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def new_account_real(
        self,
        *,
        account_opening_reason: Literal[
            "Speculative",
            "Income Earning",
            "Hedging",
            "Peer-to-peer exchange",
            "Additional revenue",
            "Savings",
        ]
        | None = None,
        account_turnover: Literal[
            "Less than $25,000",
            "$25,000 - $50,000",
            "$50,001 - $100,000",
            "$100,001 - $500,000",
            "Over $500,000",
        ]
        | None = None,
        address_city: str | None = None,
        address_line_1: str | None = None,
        address_line_2: str | None = None,
        address_postcode: str | None = None,
        address_state: str | None = None,
        affiliate_token: str | None = None,
        calling_country_code: str | Unset | None = UNSET,
        citizen: str | Unset | None = UNSET,
        client_type: Literal["professional", "retail"] | None = None,
        currency: str | None = None,
        date_of_birth: str | None = None,
        employment_status: str | None = None,
        fatca_declaration: Literal[0, 1] | None = None,
        financial_information_version: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        non_pep_declaration: int | None = None,
        phone: str | Unset | None = UNSET,
        place_of_birth: str | None = None,
        residence: str | None = None,
        salutation: Literal["Mr", "Ms", "Miss", "Mrs"] | None = None,
        secret_answer: str | None = None,
        secret_question: Literal[
            "Mother's maiden name",
            "Name of your pet",
            "Name of first love",
            "Memorable town/city",
            "Memorable date",
            "Favourite dish",
            "Brand of first car",
            "Favourite artist",
        ]
        | None = None,
        tax_identification_number: str | None = None,
        tax_residence: str | None = None,
        tin_skipped: Literal[0, 1] | None = None,
        tnc_acceptance: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.NewAccountRealResponse:
        """Opens a real-money account for the user.

        ``new_account_real`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``account_opening_reason`` (one of 'Speculative', 'Income Earning', 'Hedging',
          'Peer-to-peer exchange', 'Additional revenue', 'Savings')
        - ``account_turnover`` (one of 'Less than $25,000', '$25,000 - $50,000', '$50,001 -
          $100,000', '$100,001 - $500,000', 'Over $500,000')
        - ``address_city`` (str matching ``^\\p{L}[\\p{L}\\s'.-]{0,99}$``)
        - ``address_line_1`` (str matching
          ``^[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,69}$``)
        - ``address_line_2`` (str matching
          ``^[\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,70}$``)
        - ``address_postcode`` (str matching ``^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?$``)
        - ``address_state`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,-]{0,100}$``)
        - ``affiliate_token`` (str matching ``^[\\w-]{0,32}$``)
        - ``calling_country_code`` (str matching ``^\\d{1,4}$``, or None)
        - ``citizen`` (str matching ``^([a-z]{2})?$``, or None)
        - ``client_type`` (one of 'professional', 'retail'; server default 'retail')
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``date_of_birth`` (str matching ``^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$``)
        - ``employment_status`` (str)
        - ``fatca_declaration`` (one of 0, 1)
        - ``financial_information_version`` (str)
        - ``first_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``last_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``non_pep_declaration`` (int from 0 to 1)
        - ``phone`` (str, or None)
        - ``place_of_birth`` (str matching ``^[a-z]{2}$``)
        - ``residence`` (str matching ``^[a-z]{2}$``)
        - ``salutation`` (one of 'Mr', 'Ms', 'Miss', 'Mrs')
        - ``secret_answer`` (str of 4 to 50 characters, matching ``^[\\w\\-\\,\\.\\' ]+``)
        - ``secret_question`` (one of "Mother's maiden name", 'Name of your pet', 'Name of first
          love', 'Memorable town/city', 'Memorable date', 'Favourite dish', 'Brand of first car',
          'Favourite artist')
        - ``tax_identification_number`` (str matching ``^(?!^$|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}$``)
        - ``tax_residence`` (str matching ``^[a-z]{0,2}(?:,[a-z]{2})*$``)
        - ``tin_skipped`` (one of 0, 1)
        - ``tnc_acceptance`` (one of 0, 1)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.NewAccountRealResponse",
            self._session.call(
                "new_account_real",
                {
                    "account_opening_reason": account_opening_reason,
                    "account_turnover": account_turnover,
                    "address_city": address_city,
                    "address_line_1": address_line_1,
                    "address_line_2": address_line_2,
                    "address_postcode": address_postcode,
                    "address_state": address_state,
                    "affiliate_token": affiliate_token,
                    "calling_country_code": calling_country_code,
                    "citizen": citizen,
                    "client_type": client_type,
                    "currency": currency,
                    "date_of_birth": date_of_birth,
                    "employment_status": employment_status,
                    "fatca_declaration": fatca_declaration,
                    "financial_information_version": financial_information_version,
                    "first_name": first_name,
                    "last_name": last_name,
                    "non_pep_declaration": non_pep_declaration,
                    "phone": phone,
                    "place_of_birth": place_of_birth,
                    "residence": residence,
                    "salutation": salutation,
                    "secret_answer": secret_answer,
                    "secret_question": secret_question,
                    "tax_identification_number": tax_identification_number,
                    "tax_residence": tax_residence,
                    "tin_skipped": tin_skipped,
                    "tnc_acceptance": tnc_acceptance,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def new_account_virtual(
        self,
        *,
        affiliate_token: str | None = None,
        client_password: str | None = None,
        date_first_contact: str | None = None,
        email: str | None = None,
        email_consent: Literal[1, 0] | None = None,
        gclid_url: str | None = None,
        residence: str | None = None,
        signup_device: Literal["desktop", "mobile"] | None = None,
        type: Literal["trading", "wallet", "dynamic"] | None = None,
        utm_ad_id: str | None = None,
        utm_adgroup_id: str | None = None,
        utm_adrollclk_id: str | None = None,
        utm_campaign: str | None = None,
        utm_campaign_id: str | None = None,
        utm_content: str | None = None,
        utm_fbcl_id: str | None = None,
        utm_gl_client_id: str | None = None,
        utm_medium: str | None = None,
        utm_msclk_id: str | None = None,
        utm_source: str | None = None,
        utm_term: str | None = None,
        verification_code: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.NewAccountVirtualResponse:
        """Signs up a new demo account with an emailed code.

        ``new_account_virtual`` call; public; never resent automatically.

        Arguments:
        - ``affiliate_token`` (str matching ``^[\\w-]{0,100}$``)
        - ``client_password`` (str matching ``^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$``)
        - ``date_first_contact`` (str matching ``^[0-9]{4}-[0-9]{2}-[0-9]{2}$``)
        - ``email`` (str matching ``^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}$``)
        - ``email_consent`` (one of 1, 0)
        - ``gclid_url`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$``)
        - ``residence`` (str matching ``^[a-z]{2}$``)
        - ``signup_device`` (one of 'desktop', 'mobile')
        - ``type`` (one of 'trading', 'wallet', 'dynamic'; server default 'trading')
        - ``utm_ad_id`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_adgroup_id`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_adrollclk_id`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_campaign`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_campaign_id`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_content`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_fbcl_id`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_gl_client_id`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_medium`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_msclk_id`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_source`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_term`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``verification_code`` (str matching ``^\\w{8,128}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.NewAccountVirtualResponse",
            self._session.call(
                "new_account_virtual",
                {
                    "affiliate_token": affiliate_token,
                    "client_password": client_password,
                    "date_first_contact": date_first_contact,
                    "email": email,
                    "email_consent": email_consent,
                    "gclid_url": gclid_url,
                    "residence": residence,
                    "signup_device": signup_device,
                    "type": type,
                    "utm_ad_id": utm_ad_id,
                    "utm_adgroup_id": utm_adgroup_id,
                    "utm_adrollclk_id": utm_adrollclk_id,
                    "utm_campaign": utm_campaign,
                    "utm_campaign_id": utm_campaign_id,
                    "utm_content": utm_content,
                    "utm_fbcl_id": utm_fbcl_id,
                    "utm_gl_client_id": utm_gl_client_id,
                    "utm_medium": utm_medium,
                    "utm_msclk_id": utm_msclk_id,
                    "utm_source": utm_source,
                    "utm_term": utm_term,
                    "verification_code": verification_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def new_partner_account(
        self,
        *,
        partner_type: Literal["individual", "company"],
        website: str,
        account_turnover: Literal[
            "Less than $25,000",
            "$25,000 - $50,000",
            "$50,001 - $100,000",
            "$100,001 - $500,000",
            "Over $500,000",
        ]
        | None = None,
        address_city: str | None = None,
        address_line_1: str | None = None,
        address_line_2: str | None = None,
        address_postcode: str | None = None,
        address_state: str | None = None,
        calling_country_code: str | Unset | None = UNSET,
        citizen: str | Unset | None = UNSET,
        client_type: Literal["professional", "retail"] | None = None,
        company_name: str | None = None,
        company_registration_no: str | None = None,
        currency: str | None = None,
        date_of_birth: str | None = None,
        fatca_declaration: Literal[0, 1] | None = None,
        first_name: str | None = None,
        landing_company_short: Literal["maltainvest", "svg"] | None = None,
        last_name: str | None = None,
        non_pep_declaration: int | None = None,
        phone: str | Unset | None = UNSET,
        provider: Literal["myaffiliate", "dynamicworks"] | None = None,
        residence: str | None = None,
        salutation: Literal["Mr", "Ms", "Miss", "Mrs"] | None = None,
        secret_answer: str | None = None,
        secret_question: Literal[
            "Mother's maiden name",
            "Name of your pet",
            "Name of first love",
            "Memorable town/city",
            "Memorable date",
            "Favourite dish",
            "Brand of first car",
            "Favourite artist",
        ]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.NewPartnerAccountResponse:
        """Opens a real partner (affiliate) account.

        ``new_partner_account`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``partner_type`` (one of 'individual', 'company'; required)
        - ``website`` (str matching ``^[\\w_@./:#&+-]*$``; required)
        - ``account_turnover`` (one of 'Less than $25,000', '$25,000 - $50,000', '$50,001 -
          $100,000', '$100,001 - $500,000', 'Over $500,000')
        - ``address_city`` (str matching ``^\\p{L}[\\p{L}\\s'.-]{0,99}$``)
        - ``address_line_1`` (str matching
          ``^[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,69}$``)
        - ``address_line_2`` (str matching
          ``^[\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,70}$``)
        - ``address_postcode`` (str matching ``^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?$``)
        - ``address_state`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,-]{0,100}$``)
        - ``calling_country_code`` (str matching ``^\\d{1,4}$``, or None)
        - ``citizen`` (str matching ``^([a-z]{2})?$``, or None)
        - ``client_type`` (one of 'professional', 'retail'; server default 'retail')
        - ``company_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{2,50}$``)
        - ``company_registration_no`` (str matching ``^(?!^$|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}$``)
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``date_of_birth`` (str matching ``^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$``)
        - ``fatca_declaration`` (one of 0, 1)
        - ``first_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``landing_company_short`` (one of 'maltainvest', 'svg')
        - ``last_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``non_pep_declaration`` (int from 0 to 1)
        - ``phone`` (str matching ``^(\\+)?([-\\s]*\\d){8,35}$``, or None)
        - ``provider`` (one of 'myaffiliate', 'dynamicworks')
        - ``residence`` (str matching ``^[a-z]{2}$``)
        - ``salutation`` (one of 'Mr', 'Ms', 'Miss', 'Mrs')
        - ``secret_answer`` (str of 4 to 50 characters, matching ``^[\\w\\-\\,\\.\\' ]+``)
        - ``secret_question`` (one of "Mother's maiden name", 'Name of your pet', 'Name of first
          love', 'Memorable town/city', 'Memorable date', 'Favourite dish', 'Brand of first car',
          'Favourite artist')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.NewPartnerAccountResponse",
            self._session.call(
                "new_partner_account",
                {
                    "partner_type": partner_type,
                    "website": website,
                    "account_turnover": account_turnover,
                    "address_city": address_city,
                    "address_line_1": address_line_1,
                    "address_line_2": address_line_2,
                    "address_postcode": address_postcode,
                    "address_state": address_state,
                    "calling_country_code": calling_country_code,
                    "citizen": citizen,
                    "client_type": client_type,
                    "company_name": company_name,
                    "company_registration_no": company_registration_no,
                    "currency": currency,
                    "date_of_birth": date_of_birth,
                    "fatca_declaration": fatca_declaration,
                    "first_name": first_name,
                    "landing_company_short": landing_company_short,
                    "last_name": last_name,
                    "non_pep_declaration": non_pep_declaration,
                    "phone": phone,
                    "provider": provider,
                    "residence": residence,
                    "salutation": salutation,
                    "secret_answer": secret_answer,
                    "secret_question": secret_question,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def oauth_apps(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.OauthAppsResponse:
        """Lists the applications the user has granted OAuth access to.

        ``oauth_apps`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.OauthAppsResponse",
            self._session.call(
                "oauth_apps", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def p2p_advert_create(
        self,
        *,
        amount: float,
        max_order_amount: float,
        min_order_amount: float,
        rate: float,
        type: Literal["buy", "sell"],
        block_trade: Literal[0, 1] | None = None,
        contact_info: str | None = None,
        description: str | None = None,
        eligible_countries: list[str] | None = None,
        local_currency: str | None = None,
        min_completion_rate: float | None = None,
        min_join_days: int | None = None,
        min_rating: float | None = None,
        order_expiry_period: int | None = None,
        payment_info: str | None = None,
        payment_method: str | None = None,
        payment_method_ids: list[int] | None = None,
        payment_method_names: list[str] | None = None,
        rate_type: Literal["fixed", "float"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pAdvertCreateResponse:
        """Publishes a new buy or sell advert on the P2P board.

        ``p2p_advert_create`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``amount`` (float above 0; required)
        - ``max_order_amount`` (float above 0; required)
        - ``min_order_amount`` (float above 0; required)
        - ``rate`` (float; required)
        - ``type`` (one of 'buy', 'sell'; required)
        - ``block_trade`` (one of 0, 1; server default 0)
        - ``contact_info`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$``)
        - ``description`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$``)
        - ``eligible_countries`` (list of str matching ``^[a-z]{2}$`` (at most 250 items))
        - ``local_currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``min_completion_rate`` (float from 0 to 100)
        - ``min_join_days`` (int from 0 to 999)
        - ``min_rating`` (float from 1 to 5)
        - ``order_expiry_period`` (int at least 1)
        - ``payment_info`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$``)
        - ``payment_method`` (str)
        - ``payment_method_ids`` (list of int (at most 3 items))
        - ``payment_method_names`` (list of str matching ``^[a-z0-9_]+$`` (at most 3 items))
        - ``rate_type`` (one of 'fixed', 'float'; server default 'fixed')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pAdvertCreateResponse",
            self._session.call(
                "p2p_advert_create",
                {
                    "amount": amount,
                    "max_order_amount": max_order_amount,
                    "min_order_amount": min_order_amount,
                    "rate": rate,
                    "type": type,
                    "block_trade": block_trade,
                    "contact_info": contact_info,
                    "description": description,
                    "eligible_countries": eligible_countries,
                    "local_currency": local_currency,
                    "min_completion_rate": min_completion_rate,
                    "min_join_days": min_join_days,
                    "min_rating": min_rating,
                    "order_expiry_period": order_expiry_period,
                    "payment_info": payment_info,
                    "payment_method": payment_method,
                    "payment_method_ids": payment_method_ids,
                    "payment_method_names": payment_method_names,
                    "rate_type": rate_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advert_info(
        self,
        *,
        id: str | None = None,
        use_client_limits: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pAdvertInfoResponse:
        """Reads one P2P advert; can stream its changes.

        ``p2p_advert_info`` call; needs authorization (scopes: payments); retried when it fails
        in transit.

        Arguments:
        - ``id`` (str matching ``^[0-9]{1,18}$``)
        - ``use_client_limits`` (one of 0, 1; server default 0)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pAdvertInfoResponse",
            self._session.call(
                "p2p_advert_info",
                {
                    "id": id,
                    "use_client_limits": use_client_limits,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def subscribe_p2p_advert_info(
        self,
        *,
        id: str | None = None,
        use_client_limits: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.P2pAdvertInfoResponse]:
        """Subscribes to the ``p2p_advert_info`` call: reads one P2P advert; can stream its changes.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``p2p_advert_info`` call with ``subscribe: 1``; needs authorization (scopes: payments).

        Arguments:
        - ``id`` (str matching ``^[0-9]{1,18}$``)
        - ``use_client_limits`` (one of 0, 1; server default 0)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.P2pAdvertInfoResponse]",
            self._session.subscribe(
                "p2p_advert_info",
                {
                    "id": id,
                    "use_client_limits": use_client_limits,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advert_list(
        self,
        *,
        advertiser_id: str | None = None,
        advertiser_name: str | None = None,
        amount: float | None = None,
        block_trade: Literal[0, 1] | None = None,
        counterparty_type: Literal["buy", "sell"] | None = None,
        favourites_only: Literal[0, 1] | None = None,
        hide_client_schedule_unavailable: Literal[0, 1] | None = None,
        hide_ineligible: Literal[0, 1] | None = None,
        limit: int | None = None,
        local_currency: str | None = None,
        offset: int | None = None,
        payment_method: list[str] | None = None,
        sort_by: Literal["completion", "rate", "rating", "recommended"] | None = None,
        use_client_limits: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pAdvertListResponse:
        """Searches the P2P adverts one can place orders against.

        ``p2p_advert_list`` call; needs authorization (scopes: payments); retried when it fails
        in transit.

        Arguments:
        - ``advertiser_id`` (str matching ``^[0-9]{1,18}$``)
        - ``advertiser_name`` (str)
        - ``amount`` (float)
        - ``block_trade`` (one of 0, 1; server default 0)
        - ``counterparty_type`` (one of 'buy', 'sell')
        - ``favourites_only`` (one of 0, 1)
        - ``hide_client_schedule_unavailable`` (one of 0, 1; server default 0)
        - ``hide_ineligible`` (one of 0, 1; server default 0)
        - ``limit`` (int; server default 50)
        - ``local_currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``offset`` (int at least 0; server default 0)
        - ``payment_method`` (list of str matching ``^[a-z0-9_]{1,30}$``)
        - ``sort_by`` (one of 'completion', 'rate', 'rating', 'recommended'; server default
          'rate')
        - ``use_client_limits`` (one of 0, 1; server default 0)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pAdvertListResponse",
            self._session.call(
                "p2p_advert_list",
                {
                    "advertiser_id": advertiser_id,
                    "advertiser_name": advertiser_name,
                    "amount": amount,
                    "block_trade": block_trade,
                    "counterparty_type": counterparty_type,
                    "favourites_only": favourites_only,
                    "hide_client_schedule_unavailable": hide_client_schedule_unavailable,
                    "hide_ineligible": hide_ineligible,
                    "limit": limit,
                    "local_currency": local_currency,
                    "offset": offset,
                    "payment_method": payment_method,
                    "sort_by": sort_by,
                    "use_client_limits": use_client_limits,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advert_update(
        self,
        *,
        id: str,
        contact_info: str | None = None,
        delete: Literal[0, 1] | None = None,
        description: str | None = None,
        eligible_countries: list[str] | Unset | None = UNSET,
        is_active: Literal[0, 1] | None = None,
        local_currency: str | None = None,
        max_order_amount: float | None = None,
        min_completion_rate: float | Unset | None = UNSET,
        min_join_days: int | Unset | None = UNSET,
        min_order_amount: float | None = None,
        min_rating: float | Unset | None = UNSET,
        order_expiry_period: int | None = None,
        payment_info: str | None = None,
        payment_method_ids: list[int] | None = None,
        payment_method_names: list[str] | None = None,
        rate: float | None = None,
        rate_type: Literal["fixed", "float"] | None = None,
        remaining_amount: float | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pAdvertUpdateResponse:
        """Edits, pauses or deletes one of the advertiser's adverts.

        ``p2p_advert_update`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``id`` (str matching ``^[0-9]{1,18}$``; required)
        - ``contact_info`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$``)
        - ``delete`` (one of 0, 1)
        - ``description`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{0,300}$``)
        - ``eligible_countries`` (list of str matching ``^[a-z]{2}$`` (at most 250 items), or
          None)
        - ``is_active`` (one of 0, 1)
        - ``local_currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``max_order_amount`` (float above 0)
        - ``min_completion_rate`` (float from 0 to 100, or None)
        - ``min_join_days`` (int from 0 to 999, or None)
        - ``min_order_amount`` (float above 0)
        - ``min_rating`` (float from 1 to 5, or None)
        - ``order_expiry_period`` (int at least 1)
        - ``payment_info`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{0,300}$``)
        - ``payment_method_ids`` (list of int (at most 3 items))
        - ``payment_method_names`` (list of str matching ``^[a-z0-9_]+$`` (at most 3 items))
        - ``rate`` (float)
        - ``rate_type`` (one of 'fixed', 'float')
        - ``remaining_amount`` (float at least 0)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pAdvertUpdateResponse",
            self._session.call(
                "p2p_advert_update",
                {
                    "id": id,
                    "contact_info": contact_info,
                    "delete": delete,
                    "description": description,
                    "eligible_countries": eligible_countries,
                    "is_active": is_active,
                    "local_currency": local_currency,
                    "max_order_amount": max_order_amount,
                    "min_completion_rate": min_completion_rate,
                    "min_join_days": min_join_days,
                    "min_order_amount": min_order_amount,
                    "min_rating": min_rating,
                    "order_expiry_period": order_expiry_period,
                    "payment_info": payment_info,
                    "payment_method_ids": payment_method_ids,
                    "payment_method_names": payment_method_names,
                    "rate": rate,
                    "rate_type": rate_type,
                    "remaining_amount": remaining_amount,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advertiser_adverts(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pAdvertiserAdvertsResponse:
        """Lists the adverts owned by the current advertiser.

        ``p2p_advertiser_adverts`` call; needs authorization (scopes: payments); retried when it
        fails in transit.

        Arguments:
        - ``limit`` (int; server default 50)
        - ``offset`` (int at least 0; server default 0)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pAdvertiserAdvertsResponse",
            self._session.call(
                "p2p_advertiser_adverts",
                {"limit": limit, "offset": offset, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def p2p_advertiser_create(
        self,
        *,
        name: str,
        contact_info: str | None = None,
        default_advert_description: str | None = None,
        payment_info: str | None = None,
        schedule: list[models.P2pAdvertiserCreateRequestScheduleItem] | Unset | None = UNSET,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pAdvertiserCreateResponse:
        """Signs the client up as a P2P advertiser.

        ``p2p_advertiser_create`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``name`` (str matching
          ``^(?!(.*(.)\\2{4,})|.*[\\.@_-]{2,}|^([\\.@_-])|.*([\\.@_-])$)[a-zA-Z0-9-_@\\.]{2,24}$``;
          required)
        - ``contact_info`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$``)
        - ``default_advert_description`` (str matching
          ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$``)
        - ``payment_info`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$``)
        - ``schedule`` (list of ``models.P2pAdvertiserCreateRequestScheduleItem`` (at most 50
          items), or None)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pAdvertiserCreateResponse",
            self._session.call(
                "p2p_advertiser_create",
                {
                    "name": name,
                    "contact_info": contact_info,
                    "default_advert_description": default_advert_description,
                    "payment_info": payment_info,
                    "schedule": schedule,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def subscribe_p2p_advertiser_create(
        self,
        *,
        name: str,
        contact_info: str | None = None,
        default_advert_description: str | None = None,
        payment_info: str | None = None,
        schedule: list[models.P2pAdvertiserCreateRequestScheduleItem] | Unset | None = UNSET,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.P2pAdvertiserCreateResponse]:
        """Subscribes to the ``p2p_advertiser_create`` call: signs the client up as a P2P
        advertiser.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``p2p_advertiser_create`` call with ``subscribe: 1``; needs authorization (scopes:
        payments).

        Arguments:
        - ``name`` (str matching
          ``^(?!(.*(.)\\2{4,})|.*[\\.@_-]{2,}|^([\\.@_-])|.*([\\.@_-])$)[a-zA-Z0-9-_@\\.]{2,24}$``;
          required)
        - ``contact_info`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$``)
        - ``default_advert_description`` (str matching
          ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$``)
        - ``payment_info`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$``)
        - ``schedule`` (list of ``models.P2pAdvertiserCreateRequestScheduleItem`` (at most 50
          items), or None)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.P2pAdvertiserCreateResponse]",
            self._session.subscribe(
                "p2p_advertiser_create",
                {
                    "name": name,
                    "contact_info": contact_info,
                    "default_advert_description": default_advert_description,
                    "payment_info": payment_info,
                    "schedule": schedule,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advertiser_info(
        self,
        *,
        id: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pAdvertiserInfoResponse:
        """Reads a P2P advertiser's profile; can stream updates.

        ``p2p_advertiser_info`` call; needs authorization (scopes: payments); retried when it
        fails in transit.

        Arguments:
        - ``id`` (str matching ``^[0-9]{1,18}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pAdvertiserInfoResponse",
            self._session.call(
                "p2p_advertiser_info",
                {"id": id, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def subscribe_p2p_advertiser_info(
        self,
        *,
        id: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.P2pAdvertiserInfoResponse]:
        """Subscribes to the ``p2p_advertiser_info`` call: reads a P2P advertiser's profile; can
        stream updates.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``p2p_advertiser_info`` call with ``subscribe: 1``; needs authorization (scopes:
        payments).

        Arguments:
        - ``id`` (str matching ``^[0-9]{1,18}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.P2pAdvertiserInfoResponse]",
            self._session.subscribe(
                "p2p_advertiser_info",
                {"id": id, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def p2p_advertiser_list(
        self,
        *,
        advertiser_name: str | None = None,
        is_blocked: Literal[0, 1] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: Literal["name", "created_time", "last_interaction_time"] | None = None,
        trade_partners: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pAdvertiserListResponse:
        """Lists advertisers the current one has dealt with.

        ``p2p_advertiser_list`` call; needs authorization (scopes: payments); retried when it
        fails in transit.

        Arguments:
        - ``advertiser_name`` (str)
        - ``is_blocked`` (one of 0, 1)
        - ``limit`` (int; server default 50)
        - ``offset`` (int at least 0; server default 0)
        - ``sort_by`` (one of 'name', 'created_time', 'last_interaction_time'; server default
          'last_interaction_time')
        - ``trade_partners`` (one of 0, 1)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pAdvertiserListResponse",
            self._session.call(
                "p2p_advertiser_list",
                {
                    "advertiser_name": advertiser_name,
                    "is_blocked": is_blocked,
                    "limit": limit,
                    "offset": offset,
                    "sort_by": sort_by,
                    "trade_partners": trade_partners,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advertiser_payment_methods(
        self,
        *,
        create: list[models.P2pAdvertiserPaymentMethodsRequestCreateItem] | None = None,
        delete: list[float] | None = None,
        update: dict[str, dict[str, str]] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pAdvertiserPaymentMethodsResponse:
        """Lists, adds, edits or removes the advertiser's payment methods.

        ``p2p_advertiser_payment_methods`` call; needs authorization (scopes: payments); never
        resent automatically.

        Arguments:
        - ``create`` (list of ``models.P2pAdvertiserPaymentMethodsRequestCreateItem`` (1 to 5
          items))
        - ``delete`` (list of float (1 to 5 items))
        - ``update`` (mapping of str to mapping of str to str matching
          ``^[\\p{L}\\p{Nd}\\s'._,:;()@#/+-]{0,300}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pAdvertiserPaymentMethodsResponse",
            self._session.call(
                "p2p_advertiser_payment_methods",
                {
                    "create": create,
                    "delete": delete,
                    "update": update,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advertiser_relations(
        self,
        *,
        add_blocked: list[float] | None = None,
        add_favourites: list[float] | None = None,
        remove_blocked: list[float] | None = None,
        remove_favourites: list[float] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pAdvertiserRelationsResponse:
        """Reads and edits the favourite and blocked advertiser lists.

        ``p2p_advertiser_relations`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``add_blocked`` (list of float from 1 to 999999999999999999 (1 to 5 items))
        - ``add_favourites`` (list of float from 1 to 999999999999999999 (1 to 5 items))
        - ``remove_blocked`` (list of float from 1 to 999999999999999999 (1 to 5 items))
        - ``remove_favourites`` (list of float from 1 to 999999999999999999 (1 to 5 items))
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pAdvertiserRelationsResponse",
            self._session.call(
                "p2p_advertiser_relations",
                {
                    "add_blocked": add_blocked,
                    "add_favourites": add_favourites,
                    "remove_blocked": remove_blocked,
                    "remove_favourites": remove_favourites,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advertiser_update(
        self,
        *,
        contact_info: str | None = None,
        default_advert_description: str | None = None,
        is_listed: Literal[0, 1] | None = None,
        payment_info: str | None = None,
        schedule: list[models.P2pAdvertiserUpdateRequestScheduleItem] | Unset | None = UNSET,
        show_name: Literal[0, 1] | None = None,
        upgrade_limits: Literal[1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pAdvertiserUpdateResponse:
        """Changes the current advertiser's profile and status.

        ``p2p_advertiser_update`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``contact_info`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{0,300}$``)
        - ``default_advert_description`` (str matching
          ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{0,300}$``)
        - ``is_listed`` (one of 0, 1)
        - ``payment_info`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{0,300}$``)
        - ``schedule`` (list of ``models.P2pAdvertiserUpdateRequestScheduleItem`` (at most 50
          items), or None)
        - ``show_name`` (one of 0, 1)
        - ``upgrade_limits`` (only 1)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pAdvertiserUpdateResponse",
            self._session.call(
                "p2p_advertiser_update",
                {
                    "contact_info": contact_info,
                    "default_advert_description": default_advert_description,
                    "is_listed": is_listed,
                    "payment_info": payment_info,
                    "schedule": schedule,
                    "show_name": show_name,
                    "upgrade_limits": upgrade_limits,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_chat_create(
        self,
        *,
        order_id: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pChatCreateResponse:
        """Opens the chat channel attached to a P2P order.

        ``p2p_chat_create`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``order_id`` (str matching ``^[0-9]{1,18}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pChatCreateResponse",
            self._session.call(
                "p2p_chat_create",
                {"order_id": order_id, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def p2p_country_list(
        self,
        *,
        country: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pCountryListResponse:
        """Countries with P2P and the payment methods each supports.

        ``p2p_country_list`` call; needs authorization (scopes: payments); retried when it fails
        in transit.

        Arguments:
        - ``country`` (str matching ``^([a-z]{2})?$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pCountryListResponse",
            self._session.call(
                "p2p_country_list",
                {"country": country, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def p2p_order_cancel(
        self,
        *,
        id: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pOrderCancelResponse:
        """Withdraws a P2P order before it completes.

        ``p2p_order_cancel`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``id`` (str matching ``^[0-9]{1,18}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pOrderCancelResponse",
            self._session.call(
                "p2p_order_cancel",
                {"id": id, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def p2p_order_confirm(
        self,
        *,
        id: str,
        dry_run: Literal[0, 1] | None = None,
        verification_code: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pOrderConfirmResponse:
        """Confirms the payment step of a P2P order.

        ``p2p_order_confirm`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``id`` (str matching ``^[0-9]{1,18}$``; required)
        - ``dry_run`` (one of 0, 1; server default 0)
        - ``verification_code`` (str)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pOrderConfirmResponse",
            self._session.call(
                "p2p_order_confirm",
                {
                    "id": id,
                    "dry_run": dry_run,
                    "verification_code": verification_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_order_create(
        self,
        *,
        advert_id: str,
        amount: float,
        contact_info: str | None = None,
        payment_info: str | None = None,
        payment_method_ids: list[int] | None = None,
        rate: float | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pOrderCreateResponse:
        """Places an order against a P2P advert; can stream its state.

        ``p2p_order_create`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``advert_id`` (str matching ``^[0-9]{1,18}$``; required)
        - ``amount`` (float; required)
        - ``contact_info`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$``)
        - ``payment_info`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$``)
        - ``payment_method_ids`` (list of int (at most 3 items))
        - ``rate`` (float)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pOrderCreateResponse",
            self._session.call(
                "p2p_order_create",
                {
                    "advert_id": advert_id,
                    "amount": amount,
                    "contact_info": contact_info,
                    "payment_info": payment_info,
                    "payment_method_ids": payment_method_ids,
                    "rate": rate,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def subscribe_p2p_order_create(
        self,
        *,
        advert_id: str,
        amount: float,
        contact_info: str | None = None,
        payment_info: str | None = None,
        payment_method_ids: list[int] | None = None,
        rate: float | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.P2pOrderCreateResponse]:
        """Subscribes to the ``p2p_order_create`` call: places an order against a P2P advert; can
        stream its state.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``p2p_order_create`` call with ``subscribe: 1``; needs authorization (scopes: payments).

        Arguments:
        - ``advert_id`` (str matching ``^[0-9]{1,18}$``; required)
        - ``amount`` (float; required)
        - ``contact_info`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$``)
        - ``payment_info`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$``)
        - ``payment_method_ids`` (list of int (at most 3 items))
        - ``rate`` (float)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.P2pOrderCreateResponse]",
            self._session.subscribe(
                "p2p_order_create",
                {
                    "advert_id": advert_id,
                    "amount": amount,
                    "contact_info": contact_info,
                    "payment_info": payment_info,
                    "payment_method_ids": payment_method_ids,
                    "rate": rate,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_order_dispute(
        self,
        *,
        dispute_reason: Literal[
            "seller_not_released",
            "buyer_underpaid",
            "buyer_overpaid",
            "buyer_not_paid",
            "buyer_third_party_payment_method",
        ],
        id: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pOrderDisputeResponse:
        """Escalates a P2P order to a dispute with a reason.

        ``p2p_order_dispute`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``dispute_reason`` (one of 'seller_not_released', 'buyer_underpaid', 'buyer_overpaid',
          'buyer_not_paid', 'buyer_third_party_payment_method'; required)
        - ``id`` (str matching ``^[0-9]{1,18}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pOrderDisputeResponse",
            self._session.call(
                "p2p_order_dispute",
                {
                    "dispute_reason": dispute_reason,
                    "id": id,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_order_info(
        self,
        *,
        id: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pOrderInfoResponse:
        """Reads one P2P order; can stream its changes.

        ``p2p_order_info`` call; needs authorization (scopes: payments); retried when it fails in
        transit.

        Arguments:
        - ``id`` (str matching ``^[0-9]{1,18}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pOrderInfoResponse",
            self._session.call(
                "p2p_order_info",
                {"id": id, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def subscribe_p2p_order_info(
        self,
        *,
        id: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.P2pOrderInfoResponse]:
        """Subscribes to the ``p2p_order_info`` call: reads one P2P order; can stream its changes.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``p2p_order_info`` call with ``subscribe: 1``; needs authorization (scopes: payments).

        Arguments:
        - ``id`` (str matching ``^[0-9]{1,18}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.P2pOrderInfoResponse]",
            self._session.subscribe(
                "p2p_order_info",
                {"id": id, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def p2p_order_list(
        self,
        *,
        active: Literal[0, 1] | None = None,
        advert_id: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pOrderListResponse:
        """Lists the user's P2P orders; can stream updates.

        ``p2p_order_list`` call; needs authorization (scopes: payments); retried when it fails in
        transit.

        Arguments:
        - ``active`` (one of 0, 1)
        - ``advert_id`` (str matching ``^[0-9]{1,18}$``)
        - ``date_from`` (str matching
          ``^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{10})$``)
        - ``date_to`` (str matching
          ``^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{10})$``)
        - ``limit`` (int; server default 50)
        - ``offset`` (int at least 0; server default 0)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pOrderListResponse",
            self._session.call(
                "p2p_order_list",
                {
                    "active": active,
                    "advert_id": advert_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "limit": limit,
                    "offset": offset,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def subscribe_p2p_order_list(
        self,
        *,
        active: Literal[0, 1] | None = None,
        advert_id: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.P2pOrderListResponse]:
        """Subscribes to the ``p2p_order_list`` call: lists the user's P2P orders; can stream
        updates.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``p2p_order_list`` call with ``subscribe: 1``; needs authorization (scopes: payments).

        Arguments:
        - ``active`` (one of 0, 1)
        - ``advert_id`` (str matching ``^[0-9]{1,18}$``)
        - ``date_from`` (str matching
          ``^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{10})$``)
        - ``date_to`` (str matching
          ``^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{10})$``)
        - ``limit`` (int; server default 50)
        - ``offset`` (int at least 0; server default 0)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.P2pOrderListResponse]",
            self._session.subscribe(
                "p2p_order_list",
                {
                    "active": active,
                    "advert_id": advert_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "limit": limit,
                    "offset": offset,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_order_review(
        self,
        *,
        order_id: str,
        rating: int,
        recommended: Literal[0, 1] | Unset | None = UNSET,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pOrderReviewResponse:
        """Rates the counterparty of a finished P2P order.

        ``p2p_order_review`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``order_id`` (str matching ``^[0-9]{1,18}$``; required)
        - ``rating`` (int from 1 to 5; required)
        - ``recommended`` (one of 0, 1, or None)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pOrderReviewResponse",
            self._session.call(
                "p2p_order_review",
                {
                    "order_id": order_id,
                    "rating": rating,
                    "recommended": recommended,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_payment_methods(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pPaymentMethodsResponse:
        """Catalogue of payment methods usable on P2P.

        ``p2p_payment_methods`` call; needs authorization (scopes: payments); retried when it
        fails in transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pPaymentMethodsResponse",
            self._session.call(
                "p2p_payment_methods", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def p2p_ping(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pPingResponse:
        """Keeps the advertiser shown as online.

        ``p2p_ping`` call; needs authorization (scopes: payments); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pPingResponse",
            self._session.call(
                "p2p_ping", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def p2p_settings(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.P2pSettingsResponse:
        """Platform-wide P2P settings and limits; can stream.

        ``p2p_settings`` call; needs authorization (scopes: payments); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.P2pSettingsResponse",
            self._session.call(
                "p2p_settings", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def subscribe_p2p_settings(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.P2pSettingsResponse]:
        """Subscribes to the ``p2p_settings`` call: platform-wide P2P settings and limits; can
        stream.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``p2p_settings`` call with ``subscribe: 1``; needs authorization (scopes: payments).

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.P2pSettingsResponse]",
            self._session.subscribe(
                "p2p_settings", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def partner_account_creation(
        self,
        *,
        salutation: Literal["Mr", "Ms", "Miss", "Mrs"],
        address_city: str | None = None,
        address_line_1: str | None = None,
        address_line_2: str | None = None,
        address_postcode: str | None = None,
        address_state: str | None = None,
        calling_country_code: str | Unset | None = UNSET,
        citizen: str | Unset | None = UNSET,
        company_name: str | None = None,
        company_registration_no: str | None = None,
        currency: str | None = None,
        date_of_birth: str | None = None,
        email: str | None = None,
        fatca_declaration: Literal[0, 1] | None = None,
        first_name: str | None = None,
        landing_company_short: Literal["maltainvest", "svg"] | None = None,
        last_name: str | None = None,
        non_pep_declaration: int | None = None,
        partner_type: Literal["individual", "company"] | None = None,
        phone: str | None = None,
        provider: Literal["myaffiliate", "dynamicworks"] | None = None,
        residence: str | None = None,
        tnc_acceptance: Literal[0, 1] | None = None,
        website: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PartnerAccountCreationResponse:
        """Kicks off the multi-step partner account setup.

        ``partner_account_creation`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``salutation`` (one of 'Mr', 'Ms', 'Miss', 'Mrs'; required)
        - ``address_city`` (str matching ``^\\p{L}[\\p{L}\\s'.-]{0,99}$``)
        - ``address_line_1`` (str matching
          ``^[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,69}$``)
        - ``address_line_2`` (str matching
          ``^[\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,70}$``)
        - ``address_postcode`` (str matching ``^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?$``)
        - ``address_state`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,-]{0,100}$``)
        - ``calling_country_code`` (str matching ``^\\d{1,4}$``, or None)
        - ``citizen`` (str matching ``^([a-z]{2})?$``, or None)
        - ``company_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}0-9\\s'.-]{2,50}$``)
        - ``company_registration_no`` (str matching ``^(?!^$|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}$``)
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``date_of_birth`` (str matching ``^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$``)
        - ``email`` (str matching ``^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}$``)
        - ``fatca_declaration`` (one of 0, 1)
        - ``first_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``landing_company_short`` (one of 'maltainvest', 'svg')
        - ``last_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``non_pep_declaration`` (int from 0 to 1)
        - ``partner_type`` (one of 'individual', 'company')
        - ``phone`` (str matching ``^\\d{6,15}$``)
        - ``provider`` (one of 'myaffiliate', 'dynamicworks')
        - ``residence`` (str matching ``^[a-z]{2}$``)
        - ``tnc_acceptance`` (one of 0, 1)
        - ``website`` (str)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PartnerAccountCreationResponse",
            self._session.call(
                "partner_account_creation",
                {
                    "salutation": salutation,
                    "address_city": address_city,
                    "address_line_1": address_line_1,
                    "address_line_2": address_line_2,
                    "address_postcode": address_postcode,
                    "address_state": address_state,
                    "calling_country_code": calling_country_code,
                    "citizen": citizen,
                    "company_name": company_name,
                    "company_registration_no": company_registration_no,
                    "currency": currency,
                    "date_of_birth": date_of_birth,
                    "email": email,
                    "fatca_declaration": fatca_declaration,
                    "first_name": first_name,
                    "landing_company_short": landing_company_short,
                    "last_name": last_name,
                    "non_pep_declaration": non_pep_declaration,
                    "partner_type": partner_type,
                    "phone": phone,
                    "provider": provider,
                    "residence": residence,
                    "tnc_acceptance": tnc_acceptance,
                    "website": website,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def partner_account_creation_status(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PartnerAccountCreationStatusResponse:
        """Progress of each step of the partner account setup.

        ``partner_account_creation_status`` call; needs authorization (scopes: admin); retried
        when it fails in transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PartnerAccountCreationStatusResponse",
            self._session.call(
                "partner_account_creation_status",
                {"loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def partner_accounts(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PartnerAccountsResponse:
        """Lists the partner's accounts with company and site details.

        ``partner_accounts`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PartnerAccountsResponse",
            self._session.call(
                "partner_accounts", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def partner_settings(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PartnerSettingsResponse:
        """Reads the partner's type and company details.

        ``partner_settings`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PartnerSettingsResponse",
            self._session.call(
                "partner_settings", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def partner_settings_update(
        self,
        *,
        provider: Literal["myaffiliate", "dynamicworks"],
        company_name: str | None = None,
        company_registration_no: str | None = None,
        partner_type: Literal["individual", "company"] | None = None,
        website: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PartnerSettingsUpdateResponse:
        """Changes the partner's type and company details.

        ``partner_settings_update`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``provider`` (one of 'myaffiliate', 'dynamicworks'; required)
        - ``company_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{2,50}$``)
        - ``company_registration_no`` (str matching ``^(?!^$|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}$``)
        - ``partner_type`` (one of 'individual', 'company')
        - ``website`` (str matching ``^[\\w_@./:#&+-]*$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PartnerSettingsUpdateResponse",
            self._session.call(
                "partner_settings_update",
                {
                    "provider": provider,
                    "company_name": company_name,
                    "company_registration_no": company_registration_no,
                    "partner_type": partner_type,
                    "website": website,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def payment_methods(
        self,
        *,
        country: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PaymentMethodsResponse:
        """Deposit and withdrawal methods offered in a country.

        ``payment_methods`` call; public; retried when it fails in transit.

        Arguments:
        - ``country`` (str matching ``^[a-z]{0,2}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PaymentMethodsResponse",
            self._session.call(
                "payment_methods",
                {"country": country, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def paymentagent_create(
        self,
        *,
        commission_deposit: float,
        commission_withdrawal: float,
        email: str,
        information: str,
        payment_agent_name: str,
        supported_payment_methods: list[
            models.PaymentagentCreateRequestSupportedPaymentMethodsItem
        ],
        urls: list[models.PaymentagentCreateRequestUrlsItem],
        affiliate_id: str | None = None,
        phone_numbers: list[models.PaymentagentCreateRequestPhoneNumbersItem] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PaymentagentCreateResponse:
        """Applies to become a payment agent with the given details.

        ``paymentagent_create`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``commission_deposit`` (float from 0 to 9; required)
        - ``commission_withdrawal`` (float from 0 to 9; required)
        - ``email`` (str matching ``^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{1,255}$``;
          required)
        - ``information`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,500}$``; required)
        - ``payment_agent_name`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,100}$``;
          required)
        - ``supported_payment_methods`` (list of
          ``models.PaymentagentCreateRequestSupportedPaymentMethodsItem``; required)
        - ``urls`` (list of ``models.PaymentagentCreateRequestUrlsItem``; required)
        - ``affiliate_id`` (str matching ``^[\\w]{0,32}$``)
        - ``phone_numbers`` (list of ``models.PaymentagentCreateRequestPhoneNumbersItem``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PaymentagentCreateResponse",
            self._session.call(
                "paymentagent_create",
                {
                    "commission_deposit": commission_deposit,
                    "commission_withdrawal": commission_withdrawal,
                    "email": email,
                    "information": information,
                    "payment_agent_name": payment_agent_name,
                    "supported_payment_methods": supported_payment_methods,
                    "urls": urls,
                    "affiliate_id": affiliate_id,
                    "phone_numbers": phone_numbers,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def paymentagent_details(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PaymentagentDetailsResponse:
        """Reads the user's own payment agent profile.

        ``paymentagent_details`` call; needs authorization (scopes: admin); retried when it fails
        in transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PaymentagentDetailsResponse",
            self._session.call(
                "paymentagent_details", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def paymentagent_list(
        self,
        paymentagent_list: str,
        *,
        currency: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PaymentagentListResponse:
        """Payment agents serving a country, optionally for one currency.

        ``paymentagent_list`` call; public; retried when it fails in transit.

        Arguments:
        - ``paymentagent_list`` (str matching ``^\\w\\w$``; required)
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PaymentagentListResponse",
            self._session.call(
                "paymentagent_list",
                {
                    "paymentagent_list": paymentagent_list,
                    "currency": currency,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def paymentagent_transfer(
        self,
        *,
        amount: float,
        currency: str,
        transfer_to: str,
        description: str | None = None,
        dry_run: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PaymentagentTransferResponse:
        """A payment agent credits funds to a client's account.

        ``paymentagent_transfer`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``amount`` (float; required)
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required)
        - ``transfer_to`` (str matching ``^[A-Za-z]+[0-9]+$``; required)
        - ``description`` (str matching ``^[0-9A-Za-z .,'-]{0,250}$``)
        - ``dry_run`` (one of 0, 1)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PaymentagentTransferResponse",
            self._session.call(
                "paymentagent_transfer",
                {
                    "amount": amount,
                    "currency": currency,
                    "transfer_to": transfer_to,
                    "description": description,
                    "dry_run": dry_run,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def paymentagent_withdraw(
        self,
        *,
        amount: float,
        currency: str,
        paymentagent_loginid: str,
        verification_code: str,
        description: str | None = None,
        dry_run: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PaymentagentWithdrawResponse:
        """Sends funds from the client to a chosen payment agent.

        ``paymentagent_withdraw`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``amount`` (float; required)
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required)
        - ``paymentagent_loginid`` (str matching ``^[A-Za-z]+[0-9]+$``; required)
        - ``verification_code`` (str matching ``^\\w{8,128}$``; required)
        - ``description`` (str matching ``^[0-9A-Za-z .,'-]{0,250}$``)
        - ``dry_run`` (one of 0, 1)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PaymentagentWithdrawResponse",
            self._session.call(
                "paymentagent_withdraw",
                {
                    "amount": amount,
                    "currency": currency,
                    "paymentagent_loginid": paymentagent_loginid,
                    "verification_code": verification_code,
                    "description": description,
                    "dry_run": dry_run,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def paymentagent_withdraw_justification(
        self,
        *,
        message: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PaymentagentWithdrawJustificationResponse:
        """Gives the reason for a payment agent withdrawal.

        ``paymentagent_withdraw_justification`` call; needs authorization (scopes: payments);
        never resent automatically.

        Arguments:
        - ``message`` (str of 1 to 500 characters)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PaymentagentWithdrawJustificationResponse",
            self._session.call(
                "paymentagent_withdraw_justification",
                {"message": message, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def payout_currencies(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PayoutCurrenciesResponse:
        """Currencies in which contracts can pay out.

        ``payout_currencies`` call; public; retried when it fails in transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PayoutCurrenciesResponse",
            self._session.call(
                "payout_currencies", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def ping(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PingResponse:
        """Round-trip check that also keeps the connection open.

        ``ping`` call; public; retried when it fails in transit.

        Arguments:
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PingResponse",
            self._session.call("ping", {"passthrough": passthrough}, timeout),
        )

    def portfolio(
        self,
        *,
        contract_type: list[
            Literal[
                "ACCU",
                "ASIAND",
                "ASIANU",
                "CALL",
                "CALLE",
                "CALLSPREAD",
                "DIGITDIFF",
                "DIGITEVEN",
                "DIGITMATCH",
                "DIGITODD",
                "DIGITOVER",
                "DIGITUNDER",
                "EXPIRYMISSE",
                "EXPIRYMISS",
                "EXPIRYRANGE",
                "EXPIRYRANGEE",
                "LBFLOATCALL",
                "LBFLOATPUT",
                "LBHIGHLOW",
                "MULTDOWN",
                "MULTUP",
                "NOTOUCH",
                "ONETOUCH",
                "PUT",
                "PUTE",
                "PUTSPREAD",
                "RANGE",
                "RESETCALL",
                "RESETPUT",
                "RUNHIGH",
                "RUNLOW",
                "TICKHIGH",
                "TICKLOW",
                "UPORDOWN",
                "VANILLALONGCALL",
                "VANILLALONGPUT",
                "TURBOSLONG",
                "TURBOSSHORT",
            ]
        ]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PortfolioResponse:
        """Lists the account's open contracts.

        ``portfolio`` call; needs authorization (scopes: read, trading_information); retried when
        it fails in transit.

        Arguments:
        - ``contract_type`` (list of one of 38 values: 'ACCU', 'ASIAND', 'ASIANU', 'CALL',
          'CALLE', 'CALLSPREAD', 'DIGITDIFF', 'DIGITEVEN', 'DIGITMATCH', 'DIGITODD', 'DIGITOVER',
          'DIGITUNDER', ...): Only open contracts of these types.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account whose open contracts to
          list, when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PortfolioResponse",
            self._session.call(
                "portfolio",
                {"contract_type": contract_type, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def profit_table(
        self,
        *,
        contract_type: list[
            Literal[
                "ACCU",
                "ASIAND",
                "ASIANU",
                "CALL",
                "CALLE",
                "CALLSPREAD",
                "DIGITDIFF",
                "DIGITEVEN",
                "DIGITMATCH",
                "DIGITODD",
                "DIGITOVER",
                "DIGITUNDER",
                "EXPIRYMISSE",
                "EXPIRYMISS",
                "EXPIRYRANGE",
                "EXPIRYRANGEE",
                "LBFLOATCALL",
                "LBFLOATPUT",
                "LBHIGHLOW",
                "MULTDOWN",
                "MULTUP",
                "NOTOUCH",
                "ONETOUCH",
                "PUT",
                "PUTE",
                "PUTSPREAD",
                "RANGE",
                "RESETCALL",
                "RESETPUT",
                "RUNHIGH",
                "RUNLOW",
                "TICKHIGH",
                "TICKLOW",
                "UPORDOWN",
                "VANILLALONGCALL",
                "VANILLALONGPUT",
                "TURBOSLONG",
                "TURBOSSHORT",
            ]
        ]
        | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        description: Literal[0, 1] | None = None,
        limit: float | None = None,
        offset: int | None = None,
        sort: Literal["ASC", "DESC"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.ProfitTableResponse:
        """Closed contracts with buy and sell prices, filtered and paged.

        ``profit_table`` call; needs authorization (scopes: read, trading_information); retried
        when it fails in transit.

        Arguments:
        - ``contract_type`` (list of one of 38 values: 'ACCU', 'ASIAND', 'ASIANU', 'CALL',
          'CALLE', 'CALLSPREAD', 'DIGITDIFF', 'DIGITEVEN', 'DIGITMATCH', 'DIGITODD', 'DIGITOVER',
          'DIGITUNDER', ...): Only contracts of these types.
        - ``date_from`` (str matching
          ``^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{1,10})$``): The earliest
          sell date to include: a date (YYYY-MM-DD) or an epoch in seconds.
        - ``date_to`` (str matching
          ``^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{1,10})$``): The latest
          sell date to include: a date (YYYY-MM-DD) or an epoch in seconds.
        - ``description`` (one of 0, 1): 1 adds a short description of each contract.
        - ``limit`` (float from 0 to 500; server default 50): How many contracts at most.
        - ``offset`` (int at least 0): How many contracts to skip first, for paging.
        - ``sort`` (one of 'ASC', 'DESC'; server default 'DESC'): 'DESC' for the newest first
          (the default) or 'ASC' for the oldest first.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account whose closed contracts to
          list, when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ProfitTableResponse",
            self._session.call(
                "profit_table",
                {
                    "contract_type": contract_type,
                    "date_from": date_from,
                    "date_to": date_to,
                    "description": description,
                    "limit": limit,
                    "offset": offset,
                    "sort": sort,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def proposal(
        self,
        *,
        contract_type: Literal[
            "MULTUP",
            "MULTDOWN",
            "UPORDOWN",
            "EXPIRYRANGE",
            "ONETOUCH",
            "CALLE",
            "LBHIGHLOW",
            "ASIAND",
            "EXPIRYRANGEE",
            "DIGITDIFF",
            "DIGITMATCH",
            "DIGITOVER",
            "PUTE",
            "DIGITUNDER",
            "NOTOUCH",
            "CALL",
            "RANGE",
            "LBFLOATPUT",
            "DIGITODD",
            "PUT",
            "ASIANU",
            "LBFLOATCALL",
            "EXPIRYMISSE",
            "EXPIRYMISS",
            "DIGITEVEN",
            "TICKHIGH",
            "TICKLOW",
            "RESETCALL",
            "RESETPUT",
            "SNOWDOWN",
            "SNOWUP",
            "CALLSPREAD",
            "PUTSPREAD",
            "RUNHIGH",
            "RUNLOW",
            "ACCU",
            "VANILLALONGCALL",
            "VANILLALONGPUT",
            "TURBOSLONG",
            "TURBOSSHORT",
        ],
        currency: str,
        symbol: str,
        amount: float | None = None,
        barrier: str | None = None,
        barrier2: str | None = None,
        barrier_range: Literal["tight", "middle", "wide"] | None = None,
        basis: Literal["payout", "stake"] | None = None,
        cancellation: str | None = None,
        date_expiry: int | None = None,
        date_start: int | None = None,
        duration: int | None = None,
        duration_unit: Literal["d", "m", "s", "h", "t"] | None = None,
        growth_rate: float | None = None,
        limit_order: models.ProposalRequestLimitOrder | None = None,
        multiplier: float | None = None,
        payout_per_point: float | None = None,
        product_type: Literal["basic"] | None = None,
        selected_tick: int | None = None,
        trade_risk_profile: Literal["low", "medium", "high"] | None = None,
        trading_period_start: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.ProposalResponse:
        """Prices a contract before buying; can stream new prices.

        ``proposal`` call; public; retried when it fails in transit.

        Arguments:
        - ``contract_type`` (one of 40 values: 'MULTUP', 'MULTDOWN', 'UPORDOWN', 'EXPIRYRANGE',
          'ONETOUCH', 'CALLE', 'LBHIGHLOW', 'ASIAND', 'EXPIRYRANGEE', 'DIGITDIFF', 'DIGITMATCH',
          'DIGITOVER', ...; required): The kind of contract, e.g. CALL (rises), PUT (falls),
          DIGITMATCH (last digit matches).
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required): The currency of amount
          and of the price, e.g. USD.
        - ``symbol`` (str matching ``^\\w{2,30}$``; required): The symbol the contract is on,
          e.g. R_50.
        - ``amount`` (float at least 0): The money the price is for: the payout or the stake, as
          basis says, in currency.
        - ``barrier`` (str matching ``^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$``): The barrier: an
          absolute price, or an offset from the spot price such as '+0.1'; for digit contracts,
          the digit.
        - ``barrier2`` (str matching ``^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$``): The low barrier,
          for contracts that have two.
        - ``barrier_range`` (one of 'tight', 'middle', 'wide'): For contracts with predefined
          barriers: how far apart they are.
        - ``basis`` (one of 'payout', 'stake'): What amount is: 'stake' (what you pay) or
          'payout' (what a win pays).
        - ``cancellation`` (str matching ``^\\w+$``): For multipliers: how long a
          deal-cancellation option lasts, e.g. '5m' or '1h'.
        - ``date_expiry`` (int from 0 to 9999999999): When the contract ends, an epoch in seconds
          (instead of duration).
        - ``date_start`` (int from 0 to 9999999999): When a forward-starting contract begins, an
          epoch in seconds; leave out to start now.
        - ``duration`` (int from 0 to 99999999): How long the contract runs, counted in
          duration_unit (instead of date_expiry).
        - ``duration_unit`` (one of 'd', 'm', 's', 'h', 't'; server default 's'): The unit of
          duration: 't' ticks, 's' seconds, 'm' minutes, 'h' hours, 'd' days.
        - ``growth_rate`` (float): For accumulators: the growth rate of the stake per tick.
        - ``limit_order`` (``models.ProposalRequestLimitOrder``): For multipliers: take-profit
          and stop-loss amounts.
        - ``multiplier`` (float at least 0): For multipliers: how much price moves are
          multiplied.
        - ``payout_per_point`` (float): For turbos and vanillas: the payout per point of price
          move.
        - ``product_type`` (only 'basic'; server default 'basic'): The product type of the
          contract.
        - ``selected_tick`` (int): For tick high and low contracts: the tick number the
          prediction is about.
        - ``trade_risk_profile`` (one of 'low', 'medium', 'high'): For snowball contracts: the
          risk profile.
        - ``trading_period_start`` (int): For contracts with predefined trading periods: when the
          period starts, an epoch in seconds.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to price for, when the
          token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ProposalResponse",
            self._session.call(
                "proposal",
                {
                    "contract_type": contract_type,
                    "currency": currency,
                    "symbol": symbol,
                    "amount": amount,
                    "barrier": barrier,
                    "barrier2": barrier2,
                    "barrier_range": barrier_range,
                    "basis": basis,
                    "cancellation": cancellation,
                    "date_expiry": date_expiry,
                    "date_start": date_start,
                    "duration": duration,
                    "duration_unit": duration_unit,
                    "growth_rate": growth_rate,
                    "limit_order": limit_order,
                    "multiplier": multiplier,
                    "payout_per_point": payout_per_point,
                    "product_type": product_type,
                    "selected_tick": selected_tick,
                    "trade_risk_profile": trade_risk_profile,
                    "trading_period_start": trading_period_start,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def subscribe_proposal(
        self,
        *,
        contract_type: Literal[
            "MULTUP",
            "MULTDOWN",
            "UPORDOWN",
            "EXPIRYRANGE",
            "ONETOUCH",
            "CALLE",
            "LBHIGHLOW",
            "ASIAND",
            "EXPIRYRANGEE",
            "DIGITDIFF",
            "DIGITMATCH",
            "DIGITOVER",
            "PUTE",
            "DIGITUNDER",
            "NOTOUCH",
            "CALL",
            "RANGE",
            "LBFLOATPUT",
            "DIGITODD",
            "PUT",
            "ASIANU",
            "LBFLOATCALL",
            "EXPIRYMISSE",
            "EXPIRYMISS",
            "DIGITEVEN",
            "TICKHIGH",
            "TICKLOW",
            "RESETCALL",
            "RESETPUT",
            "SNOWDOWN",
            "SNOWUP",
            "CALLSPREAD",
            "PUTSPREAD",
            "RUNHIGH",
            "RUNLOW",
            "ACCU",
            "VANILLALONGCALL",
            "VANILLALONGPUT",
            "TURBOSLONG",
            "TURBOSSHORT",
        ],
        currency: str,
        symbol: str,
        amount: float | None = None,
        barrier: str | None = None,
        barrier2: str | None = None,
        barrier_range: Literal["tight", "middle", "wide"] | None = None,
        basis: Literal["payout", "stake"] | None = None,
        cancellation: str | None = None,
        date_expiry: int | None = None,
        date_start: int | None = None,
        duration: int | None = None,
        duration_unit: Literal["d", "m", "s", "h", "t"] | None = None,
        growth_rate: float | None = None,
        limit_order: models.ProposalRequestLimitOrder | None = None,
        multiplier: float | None = None,
        payout_per_point: float | None = None,
        product_type: Literal["basic"] | None = None,
        selected_tick: int | None = None,
        trade_risk_profile: Literal["low", "medium", "high"] | None = None,
        trading_period_start: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.ProposalResponse]:
        """Subscribes to the ``proposal`` call: prices a contract before buying; can stream new
        prices.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``proposal`` call with ``subscribe: 1``; public.

        Arguments:
        - ``contract_type`` (one of 40 values: 'MULTUP', 'MULTDOWN', 'UPORDOWN', 'EXPIRYRANGE',
          'ONETOUCH', 'CALLE', 'LBHIGHLOW', 'ASIAND', 'EXPIRYRANGEE', 'DIGITDIFF', 'DIGITMATCH',
          'DIGITOVER', ...; required): The kind of contract, e.g. CALL (rises), PUT (falls),
          DIGITMATCH (last digit matches).
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required): The currency of amount
          and of the price, e.g. USD.
        - ``symbol`` (str matching ``^\\w{2,30}$``; required): The symbol the contract is on,
          e.g. R_50.
        - ``amount`` (float at least 0): The money the price is for: the payout or the stake, as
          basis says, in currency.
        - ``barrier`` (str matching ``^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$``): The barrier: an
          absolute price, or an offset from the spot price such as '+0.1'; for digit contracts,
          the digit.
        - ``barrier2`` (str matching ``^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$``): The low barrier,
          for contracts that have two.
        - ``barrier_range`` (one of 'tight', 'middle', 'wide'): For contracts with predefined
          barriers: how far apart they are.
        - ``basis`` (one of 'payout', 'stake'): What amount is: 'stake' (what you pay) or
          'payout' (what a win pays).
        - ``cancellation`` (str matching ``^\\w+$``): For multipliers: how long a
          deal-cancellation option lasts, e.g. '5m' or '1h'.
        - ``date_expiry`` (int from 0 to 9999999999): When the contract ends, an epoch in seconds
          (instead of duration).
        - ``date_start`` (int from 0 to 9999999999): When a forward-starting contract begins, an
          epoch in seconds; leave out to start now.
        - ``duration`` (int from 0 to 99999999): How long the contract runs, counted in
          duration_unit (instead of date_expiry).
        - ``duration_unit`` (one of 'd', 'm', 's', 'h', 't'; server default 's'): The unit of
          duration: 't' ticks, 's' seconds, 'm' minutes, 'h' hours, 'd' days.
        - ``growth_rate`` (float): For accumulators: the growth rate of the stake per tick.
        - ``limit_order`` (``models.ProposalRequestLimitOrder``): For multipliers: take-profit
          and stop-loss amounts.
        - ``multiplier`` (float at least 0): For multipliers: how much price moves are
          multiplied.
        - ``payout_per_point`` (float): For turbos and vanillas: the payout per point of price
          move.
        - ``product_type`` (only 'basic'; server default 'basic'): The product type of the
          contract.
        - ``selected_tick`` (int): For tick high and low contracts: the tick number the
          prediction is about.
        - ``trade_risk_profile`` (one of 'low', 'medium', 'high'): For snowball contracts: the
          risk profile.
        - ``trading_period_start`` (int): For contracts with predefined trading periods: when the
          period starts, an epoch in seconds.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to price for, when the
          token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.ProposalResponse]",
            self._session.subscribe(
                "proposal",
                {
                    "contract_type": contract_type,
                    "currency": currency,
                    "symbol": symbol,
                    "amount": amount,
                    "barrier": barrier,
                    "barrier2": barrier2,
                    "barrier_range": barrier_range,
                    "basis": basis,
                    "cancellation": cancellation,
                    "date_expiry": date_expiry,
                    "date_start": date_start,
                    "duration": duration,
                    "duration_unit": duration_unit,
                    "growth_rate": growth_rate,
                    "limit_order": limit_order,
                    "multiplier": multiplier,
                    "payout_per_point": payout_per_point,
                    "product_type": product_type,
                    "selected_tick": selected_tick,
                    "trade_risk_profile": trade_risk_profile,
                    "trading_period_start": trading_period_start,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def proposal_open_contract(
        self,
        *,
        contract_id: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.ProposalOpenContractResponse:
        """Live state and value of an owned contract; can stream.

        ``proposal_open_contract`` call; needs authorization (scopes: read, trading_information);
        retried when it fails in transit.

        Arguments:
        - ``contract_id`` (int): The contract to report on; leave out for every open contract of
          the account.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to report on, when the
          token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ProposalOpenContractResponse",
            self._session.call(
                "proposal_open_contract",
                {"contract_id": contract_id, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def subscribe_proposal_open_contract(
        self,
        *,
        contract_id: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.ProposalOpenContractResponse]:
        """Subscribes to the ``proposal_open_contract`` call: live state and value of an owned
        contract; can stream.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``proposal_open_contract`` call with ``subscribe: 1``; needs authorization (scopes: read,
        trading_information).

        Arguments:
        - ``contract_id`` (int): The contract to report on; leave out for every open contract of
          the account.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to report on, when the
          token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.ProposalOpenContractResponse]",
            self._session.subscribe(
                "proposal_open_contract",
                {"contract_id": contract_id, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def reality_check(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.RealityCheckResponse:
        """Trading summary since login, for periodic session reminders.

        ``reality_check`` call; needs authorization (scopes: read, trading_information); retried
        when it fails in transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.RealityCheckResponse",
            self._session.call(
                "reality_check", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def residence_list(
        self,
        *,
        query: list[
            Literal[
                "account_opening_self_declaration_required",
                "common_reporting_standard",
                "disabled",
                "identity",
                "jurisdiction_risk_assessment",
                "phone_idd",
                "selected",
                "text",
                "tin_format",
                "value",
                "wallet_signup",
            ]
        ]
        | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.ResidenceListResponse:
        """Countries with their codes and which services each allows.

        ``residence_list`` call; public; retried when it fails in transit.

        Arguments:
        - ``query`` (list of one of 'account_opening_self_declaration_required',
          'common_reporting_standard', 'disabled', 'identity', 'jurisdiction_risk_assessment',
          'phone_idd', 'selected', 'text', 'tin_format', 'value', 'wallet_signup')
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ResidenceListResponse",
            self._session.call(
                "residence_list", {"query": query, "passthrough": passthrough}, timeout
            ),
        )

    def revoke_oauth_app(
        self,
        revoke_oauth_app: int,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.RevokeOauthAppResponse:
        """Withdraws an application's OAuth access to the account.

        ``revoke_oauth_app`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``revoke_oauth_app`` (int; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.RevokeOauthAppResponse",
            self._session.call(
                "revoke_oauth_app",
                {
                    "revoke_oauth_app": revoke_oauth_app,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def sell(
        self,
        sell: int,
        *,
        price: float,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.SellResponse:
        """Sells an open contract at or above a given price.

        ``sell`` call; needs authorization (scopes: trade); never resent automatically.

        Arguments:
        - ``sell`` (int; required): The id of the contract to sell (its contract_id).
        - ``price`` (float; required): The least you accept; 0 sells at whatever the market pays.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account the contract belongs to,
          when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SellResponse",
            self._session.call(
                "sell",
                {"sell": sell, "price": price, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def sell_contract_for_multiple_accounts(
        self,
        *,
        price: float,
        shortcode: str,
        tokens: list[str],
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.SellContractForMultipleAccountsResponse:
        """Sells one contract type on several accounts at once.

        ``sell_contract_for_multiple_accounts`` call; needs authorization (scopes: trade); never
        resent automatically.

        Arguments:
        - ``price`` (float; required)
        - ``shortcode`` (str matching ``^([A-Za-z0-9_.-]+)$``; required)
        - ``tokens`` (list of str matching ``^([a-zA-Z0-9-]+)$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SellContractForMultipleAccountsResponse",
            self._session.call(
                "sell_contract_for_multiple_accounts",
                {
                    "price": price,
                    "shortcode": shortcode,
                    "tokens": tokens,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def sell_expired(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.SellExpiredResponse:
        """Settles every expired contract and reports how many.

        ``sell_expired`` call; needs authorization (scopes: trade); never resent automatically.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SellExpiredResponse",
            self._session.call(
                "sell_expired", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def set_account_currency(
        self,
        set_account_currency: str,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.SetAccountCurrencyResponse:
        """Chooses the currency of an account that has none yet.

        ``set_account_currency`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``set_account_currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SetAccountCurrencyResponse",
            self._session.call(
                "set_account_currency",
                {
                    "set_account_currency": set_account_currency,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def set_financial_assessment(
        self,
        *,
        financial_information: dict[str, str] | None = None,
        financial_information_version: str | None = None,
        trading_experience: dict[str, str] | None = None,
        trading_experience_regulated: dict[str, str] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.SetFinancialAssessmentResponse:
        """Stores the user's financial assessment answers.

        ``set_financial_assessment`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``financial_information`` (mapping of str to str)
        - ``financial_information_version`` (str)
        - ``trading_experience`` (mapping of str to str)
        - ``trading_experience_regulated`` (mapping of str to str)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SetFinancialAssessmentResponse",
            self._session.call(
                "set_financial_assessment",
                {
                    "financial_information": financial_information,
                    "financial_information_version": financial_information_version,
                    "trading_experience": trading_experience,
                    "trading_experience_regulated": trading_experience_regulated,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def set_self_exclusion(
        self,
        *,
        exclude_until: str | Unset | None = UNSET,
        max_30day_deposit: float | Unset | None = UNSET,
        max_30day_losses: float | Unset | None = UNSET,
        max_30day_turnover: float | Unset | None = UNSET,
        max_7day_deposit: float | Unset | None = UNSET,
        max_7day_losses: float | Unset | None = UNSET,
        max_7day_turnover: float | Unset | None = UNSET,
        max_balance: float | Unset | None = UNSET,
        max_deposit: float | Unset | None = UNSET,
        max_losses: float | Unset | None = UNSET,
        max_open_bets: int | Unset | None = UNSET,
        max_turnover: float | Unset | None = UNSET,
        session_duration_limit: int | Unset | None = UNSET,
        timeout_until: int | Unset | None = UNSET,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.SetSelfExclusionResponse:
        """Changes the user's self-exclusion limits.

        ``set_self_exclusion`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``exclude_until`` (str matching
          ``^[0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])$``, or None)
        - ``max_30day_deposit`` (float, or None)
        - ``max_30day_losses`` (float, or None)
        - ``max_30day_turnover`` (float, or None)
        - ``max_7day_deposit`` (float, or None)
        - ``max_7day_losses`` (float, or None)
        - ``max_7day_turnover`` (float, or None)
        - ``max_balance`` (float, or None)
        - ``max_deposit`` (float, or None)
        - ``max_losses`` (float, or None)
        - ``max_open_bets`` (int at least 0, or None)
        - ``max_turnover`` (float, or None)
        - ``session_duration_limit`` (int from 0 to 99999, or None)
        - ``timeout_until`` (int from 0 to 9999999999, or None)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SetSelfExclusionResponse",
            self._session.call(
                "set_self_exclusion",
                {
                    "exclude_until": exclude_until,
                    "max_30day_deposit": max_30day_deposit,
                    "max_30day_losses": max_30day_losses,
                    "max_30day_turnover": max_30day_turnover,
                    "max_7day_deposit": max_7day_deposit,
                    "max_7day_losses": max_7day_losses,
                    "max_7day_turnover": max_7day_turnover,
                    "max_balance": max_balance,
                    "max_deposit": max_deposit,
                    "max_losses": max_losses,
                    "max_open_bets": max_open_bets,
                    "max_turnover": max_turnover,
                    "session_duration_limit": session_duration_limit,
                    "timeout_until": timeout_until,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def set_settings(
        self,
        *,
        account_opening_reason: Literal[
            "Speculative",
            "Income Earning",
            "Hedging",
            "Peer-to-peer exchange",
            "Additional revenue",
            "Savings",
        ]
        | None = None,
        address_city: str | None = None,
        address_line_1: str | None = None,
        address_line_2: str | Unset | None = UNSET,
        address_postcode: str | None = None,
        address_state: str | None = None,
        allow_copiers: Literal[0, 1] | None = None,
        calling_country_code: str | Unset | None = UNSET,
        citizen: str | Unset | None = UNSET,
        date_of_birth: str | None = None,
        dxtrade_user_exception: Literal[0, 1] | None = None,
        email_consent: Literal[0, 1] | None = None,
        employment_status: str | None = None,
        feature_flag: models.SetSettingsRequestFeatureFlag | None = None,
        financial_information_version: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        non_pep_declaration: Literal[1] | None = None,
        phone: str | Unset | None = UNSET,
        place_of_birth: str | None = None,
        preferred_language: str | Unset | None = UNSET,
        request_professional_status: Literal[1] | None = None,
        residence: str | Unset | None = UNSET,
        salutation: Literal["Mr", "Ms", "Miss", "Mrs"] | None = None,
        secret_answer: str | None = None,
        secret_question: Literal[
            "Mother's maiden name",
            "Name of your pet",
            "Name of first love",
            "Memorable town/city",
            "Memorable date",
            "Favourite dish",
            "Brand of first car",
            "Favourite artist",
        ]
        | None = None,
        tax_identification_number: str | None = None,
        tax_residence: str | None = None,
        tin_skipped: Literal[0, 1] | None = None,
        trading_hub: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.SetSettingsResponse:
        """Changes the user's personal details and preferences.

        ``set_settings`` call; needs authorization (scopes: admin); never resent automatically.

        Arguments:
        - ``account_opening_reason`` (one of 'Speculative', 'Income Earning', 'Hedging',
          'Peer-to-peer exchange', 'Additional revenue', 'Savings')
        - ``address_city`` (str matching ``^[\\p{L}\\s'.-]{1,35}$``)
        - ``address_line_1`` (str matching
          ``^[\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{1,70}$``)
        - ``address_line_2`` (str matching
          ``^[\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,70}$``, or None)
        - ``address_postcode`` (str matching ``^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?$``)
        - ``address_state`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,-;]{0,100}$``)
        - ``allow_copiers`` (one of 0, 1)
        - ``calling_country_code`` (str matching ``^\\d{1,4}$``, or None)
        - ``citizen`` (str matching ``^([a-z]{2})?$``, or None)
        - ``date_of_birth`` (str matching ``^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$``)
        - ``dxtrade_user_exception`` (one of 0, 1)
        - ``email_consent`` (one of 0, 1)
        - ``employment_status`` (str)
        - ``feature_flag`` (``models.SetSettingsRequestFeatureFlag``)
        - ``financial_information_version`` (str)
        - ``first_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``last_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``non_pep_declaration`` (only 1)
        - ``phone`` (str, or None)
        - ``place_of_birth`` (str matching ``^[a-z]{2}$``)
        - ``preferred_language`` (str matching ``^[A-Z]{0,2}$|^[A-Z]{2}_[A-Z]{2}$``, or None)
        - ``request_professional_status`` (only 1)
        - ``residence`` (str matching ``^[a-z]{2}$``, or None)
        - ``salutation`` (one of 'Mr', 'Ms', 'Miss', 'Mrs')
        - ``secret_answer`` (str of 4 to 50 characters, matching ``^[\\w\\-\\,\\.\\' ]+``)
        - ``secret_question`` (one of "Mother's maiden name", 'Name of your pet', 'Name of first
          love', 'Memorable town/city', 'Memorable date', 'Favourite dish', 'Brand of first car',
          'Favourite artist')
        - ``tax_identification_number`` (str matching ``^[A-Za-z0-9.\\/\\s-]{0,25}$``)
        - ``tax_residence`` (str matching ``^[a-z]{0,2}(?:,[a-z]{2})*$``)
        - ``tin_skipped`` (one of 0, 1)
        - ``trading_hub`` (one of 0, 1)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SetSettingsResponse",
            self._session.call(
                "set_settings",
                {
                    "account_opening_reason": account_opening_reason,
                    "address_city": address_city,
                    "address_line_1": address_line_1,
                    "address_line_2": address_line_2,
                    "address_postcode": address_postcode,
                    "address_state": address_state,
                    "allow_copiers": allow_copiers,
                    "calling_country_code": calling_country_code,
                    "citizen": citizen,
                    "date_of_birth": date_of_birth,
                    "dxtrade_user_exception": dxtrade_user_exception,
                    "email_consent": email_consent,
                    "employment_status": employment_status,
                    "feature_flag": feature_flag,
                    "financial_information_version": financial_information_version,
                    "first_name": first_name,
                    "last_name": last_name,
                    "non_pep_declaration": non_pep_declaration,
                    "phone": phone,
                    "place_of_birth": place_of_birth,
                    "preferred_language": preferred_language,
                    "request_professional_status": request_professional_status,
                    "residence": residence,
                    "salutation": salutation,
                    "secret_answer": secret_answer,
                    "secret_question": secret_question,
                    "tax_identification_number": tax_identification_number,
                    "tax_residence": tax_residence,
                    "tin_skipped": tin_skipped,
                    "trading_hub": trading_hub,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def statement(
        self,
        *,
        action_type: Literal[
            "buy",
            "sell",
            "deposit",
            "withdrawal",
            "escrow",
            "adjustment",
            "virtual_credit",
            "transfer",
        ]
        | None = None,
        date_from: int | None = None,
        date_to: int | None = None,
        description: Literal[0, 1] | None = None,
        limit: float | None = None,
        offset: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.StatementResponse:
        """Account transactions in a period, filtered and paged.

        ``statement`` call; needs authorization (scopes: read, trading_information); retried when
        it fails in transit.

        Arguments:
        - ``action_type`` (one of 'buy', 'sell', 'deposit', 'withdrawal', 'escrow', 'adjustment',
          'virtual_credit', 'transfer'): Only transactions of this kind.
        - ``date_from`` (int from 0 to 9999999999): The earliest transaction time to include, an
          epoch in seconds.
        - ``date_to`` (int from 0 to 9999999999): The latest transaction time to include, an
          epoch in seconds.
        - ``description`` (one of 0, 1): 1 adds a short description of each transaction.
        - ``limit`` (float from 0 to 999; server default 100): How many transactions at most.
        - ``offset`` (int at least 0): How many transactions to skip first, for paging.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account whose transactions to
          list, when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.StatementResponse",
            self._session.call(
                "statement",
                {
                    "action_type": action_type,
                    "date_from": date_from,
                    "date_to": date_to,
                    "description": description,
                    "limit": limit,
                    "offset": offset,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def states_list(
        self,
        states_list: str,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.StatesListResponse:
        """States or provinces of a country, for address forms.

        ``states_list`` call; public; retried when it fails in transit.

        Arguments:
        - ``states_list`` (str matching ``^\\w\\w$``; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.StatesListResponse",
            self._session.call(
                "states_list", {"states_list": states_list, "passthrough": passthrough}, timeout
            ),
        )

    def ticks(
        self,
        ticks: str | list[str],
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TicksResponse:
        """Streams live prices for one or more symbols.

        ``ticks`` call; public; retried when it fails in transit.

        Arguments:
        - ``ticks`` (str matching ``^\\w{2,30}$`` or list of str matching ``^\\w{2,30}$``;
          required): The symbol (e.g. R_50) whose prices to get, or a list of symbols.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TicksResponse",
            self._session.call("ticks", {"ticks": ticks, "passthrough": passthrough}, timeout),
        )

    def subscribe_ticks(
        self,
        ticks: str | list[str],
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.TicksResponse]:
        """Subscribes to the ``ticks`` call: streams live prices for one or more symbols.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``ticks`` call with ``subscribe: 1``; public.

        Arguments:
        - ``ticks`` (str matching ``^\\w{2,30}$`` or list of str matching ``^\\w{2,30}$``;
          required): The symbol (e.g. R_50) whose prices to get, or a list of symbols.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.TicksResponse]",
            self._session.subscribe("ticks", {"ticks": ticks, "passthrough": passthrough}, timeout),
        )

    def ticks_batch(
        self,
        *,
        market: Literal[
            "forex", "indices", "commodities", "stocks", "cryptocurrency", "synthetic_index"
        ],
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TicksBatchResponse:
        """Streams live prices for a group of symbols at once.

        ``ticks_batch`` call; public; retried when it fails in transit.

        Arguments:
        - ``market`` (one of 'forex', 'indices', 'commodities', 'stocks', 'cryptocurrency',
          'synthetic_index'; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TicksBatchResponse",
            self._session.call(
                "ticks_batch", {"market": market, "passthrough": passthrough}, timeout
            ),
        )

    def subscribe_ticks_batch(
        self,
        *,
        market: Literal[
            "forex", "indices", "commodities", "stocks", "cryptocurrency", "synthetic_index"
        ],
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.TicksBatchResponse]:
        """Subscribes to the ``ticks_batch`` call: streams live prices for a group of symbols at
        once.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``ticks_batch`` call with ``subscribe: 1``; public.

        Arguments:
        - ``market`` (one of 'forex', 'indices', 'commodities', 'stocks', 'cryptocurrency',
          'synthetic_index'; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.TicksBatchResponse]",
            self._session.subscribe(
                "ticks_batch", {"market": market, "passthrough": passthrough}, timeout
            ),
        )

    def ticks_history(
        self,
        ticks_history: str,
        *,
        end: str,
        adjust_start_time: Literal[1] | None = None,
        count: int | None = None,
        granularity: Literal[60, 120, 180, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400]
        | None = None,
        start: int | None = None,
        style: Literal["candles", "ticks"] | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TicksHistoryResponse:
        """Past ticks or candles of a symbol; can keep streaming.

        ``ticks_history`` call; public; retried when it fails in transit.

        Arguments:
        - ``ticks_history`` (str matching ``^\\w{2,30}$``; required): The symbol (e.g. R_50)
          whose past prices to get.
        - ``end`` (str matching ``^(latest|[0-9]{1,10})$``; required): The time of the last price
          to include: an epoch in seconds, or 'latest' for now.
        - ``adjust_start_time`` (only 1): 1 moves start back to the market's opening when the
          market was closed at start.
        - ``count`` (int; server default '5000'): How many prices (or candles) at most, counting
          back from end.
        - ``granularity`` (one of 60, 120, 180, 300, 600, 900, 1800, 3600, 7200, 14400, 28800,
          86400): The length of one candle, in seconds (style 'candles' only).
        - ``start`` (int from 0 to 9999999999): The time of the first price to include, an epoch
          in seconds.
        - ``style`` (one of 'candles', 'ticks'; server default 'ticks'): 'ticks' for every price,
          'candles' for open, high, low and close per granularity period.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TicksHistoryResponse",
            self._session.call(
                "ticks_history",
                {
                    "ticks_history": ticks_history,
                    "end": end,
                    "adjust_start_time": adjust_start_time,
                    "count": count,
                    "granularity": granularity,
                    "start": start,
                    "style": style,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def subscribe_ticks_history(
        self,
        ticks_history: str,
        *,
        end: str,
        adjust_start_time: Literal[1] | None = None,
        count: int | None = None,
        granularity: Literal[60, 120, 180, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400]
        | None = None,
        start: int | None = None,
        style: Literal["candles", "ticks"] | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.TicksHistoryResponse | models.TicksResponse]:
        """Subscribes to the ``ticks_history`` call: past ticks or candles of a symbol; can keep
        streaming.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream. Updates that are
        answers of ``ticks`` decode with that call's model.

        ``ticks_history`` call with ``subscribe: 1``; public.

        Arguments:
        - ``ticks_history`` (str matching ``^\\w{2,30}$``; required): The symbol (e.g. R_50)
          whose past prices to get.
        - ``end`` (str matching ``^(latest|[0-9]{1,10})$``; required): The time of the last price
          to include: an epoch in seconds, or 'latest' for now.
        - ``adjust_start_time`` (only 1): 1 moves start back to the market's opening when the
          market was closed at start.
        - ``count`` (int; server default '5000'): How many prices (or candles) at most, counting
          back from end.
        - ``granularity`` (one of 60, 120, 180, 300, 600, 900, 1800, 3600, 7200, 14400, 28800,
          86400): The length of one candle, in seconds (style 'candles' only).
        - ``start`` (int from 0 to 9999999999): The time of the first price to include, an epoch
          in seconds.
        - ``style`` (one of 'candles', 'ticks'; server default 'ticks'): 'ticks' for every price,
          'candles' for open, high, low and close per granularity period.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.TicksHistoryResponse | models.TicksResponse]",
            self._session.subscribe(
                "ticks_history",
                {
                    "ticks_history": ticks_history,
                    "end": end,
                    "adjust_start_time": adjust_start_time,
                    "count": count,
                    "granularity": granularity,
                    "start": start,
                    "style": style,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def time(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TimeResponse:
        """The server's current Unix time.

        ``time`` call; public; retried when it fails in transit.

        Arguments:
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TimeResponse",
            self._session.call("time", {"passthrough": passthrough}, timeout),
        )

    def tin_validations(
        self,
        *,
        tax_residence: str,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TinValidationsResponse:
        """Format rules for tax identification numbers of a country.

        ``tin_validations`` call; public; retried when it fails in transit.

        Arguments:
        - ``tax_residence`` (str; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TinValidationsResponse",
            self._session.call(
                "tin_validations",
                {"tax_residence": tax_residence, "passthrough": passthrough},
                timeout,
            ),
        )

    def tnc_approval(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TncApprovalResponse:
        """Accepts the current terms and conditions for the user.

        ``tnc_approval`` call; needs authorization (scopes: admin); never resent automatically.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TncApprovalResponse",
            self._session.call(
                "tnc_approval", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def topup_virtual(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TopupVirtualResponse:
        """Refills the balance of a demo account.

        ``topup_virtual`` call; needs authorization (scopes: trade); never resent automatically.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TopupVirtualResponse",
            self._session.call(
                "topup_virtual", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def trading_durations(
        self,
        *,
        landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        landing_company_short: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TradingDurationsResponse:
        """Allowed trade durations per market, symbol and contract type.

        ``trading_durations`` call; public; retried when it fails in transit.

        Arguments:
        - ``landing_company`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu')
        - ``landing_company_short`` (one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual',
          'vanuatu')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TradingDurationsResponse",
            self._session.call(
                "trading_durations",
                {
                    "landing_company": landing_company,
                    "landing_company_short": landing_company_short,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def trading_platform_investor_password_reset(
        self,
        *,
        account_id: str,
        new_password: str,
        verification_code: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TradingPlatformInvestorPasswordResetResponse:
        """Sets a new investor password on a platform account via a code.

        ``trading_platform_investor_password_reset`` call; needs authorization (scopes: admin);
        never resent automatically.

        Arguments:
        - ``account_id`` (str; required)
        - ``new_password`` (str matching
          ``^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])(?=.*[!@#$%^&*()+\\-=\\[\\]{};':"|,\\.<>\\?_~])[
          -~]{8,16}$``; required)
        - ``verification_code`` (str matching ``^\\w{8,128}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TradingPlatformInvestorPasswordResetResponse",
            self._session.call(
                "trading_platform_investor_password_reset",
                {
                    "account_id": account_id,
                    "new_password": new_password,
                    "verification_code": verification_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def trading_platform_password_reset(
        self,
        *,
        new_password: str,
        platform: Literal["dxtrade", "mt5"],
        verification_code: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TradingPlatformPasswordResetResponse:
        """Sets a new main password on a platform account via a code.

        ``trading_platform_password_reset`` call; needs authorization (scopes: admin); never
        resent automatically.

        Arguments:
        - ``new_password`` (str; required)
        - ``platform`` (one of 'dxtrade', 'mt5'; required)
        - ``verification_code`` (str matching ``^\\w{8,128}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TradingPlatformPasswordResetResponse",
            self._session.call(
                "trading_platform_password_reset",
                {
                    "new_password": new_password,
                    "platform": platform,
                    "verification_code": verification_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def trading_platform_status(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TradingPlatformStatusResponse:
        """Whether each external trading platform is up or in maintenance.

        ``trading_platform_status`` call; public; retried when it fails in transit.

        Arguments:
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TradingPlatformStatusResponse",
            self._session.call("trading_platform_status", {"passthrough": passthrough}, timeout),
        )

    def trading_servers(
        self,
        *,
        account_type: Literal["demo", "real"] | None = None,
        environment: Literal[
            "all", "Deriv-Demo", "Deriv-Server", "Deriv-Server-02", "Deriv-Server-03"
        ]
        | None = None,
        market_type: Literal["all", "financial", "synthetic"] | None = None,
        platform: Literal["mt5", "dxtrade"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TradingServersResponse:
        """Servers available for a trading platform account.

        ``trading_servers`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``account_type`` (one of 'demo', 'real')
        - ``environment`` (one of 'all', 'Deriv-Demo', 'Deriv-Server', 'Deriv-Server-02',
          'Deriv-Server-03'; server default 'all')
        - ``market_type`` (one of 'all', 'financial', 'synthetic'; server default 'synthetic')
        - ``platform`` (one of 'mt5', 'dxtrade'; server default 'mt5')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TradingServersResponse",
            self._session.call(
                "trading_servers",
                {
                    "account_type": account_type,
                    "environment": environment,
                    "market_type": market_type,
                    "platform": platform,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def trading_times(
        self,
        trading_times: str,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TradingTimesResponse:
        """Market open, close and settlement times for a date.

        ``trading_times`` call; public; retried when it fails in transit.

        Arguments:
        - ``trading_times`` (str matching ``^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|today)$``; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TradingTimesResponse",
            self._session.call(
                "trading_times",
                {"trading_times": trading_times, "passthrough": passthrough},
                timeout,
            ),
        )

    def subscribe_transaction(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.TransactionResponse]:
        """Subscribes to the ``transaction`` call: streams the account's new transactions as they
        happen.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``transaction`` call with ``subscribe: 1``; needs authorization (scopes: read,
        trading_information).

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account whose transactions to
          follow, when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.TransactionResponse]",
            self._session.subscribe(
                "transaction", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def transfer_between_accounts(
        self,
        *,
        account_from: str | None = None,
        account_to: str | None = None,
        accounts: Literal["all", "brief"] | None = None,
        amount: float | None = None,
        currency: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TransferBetweenAccountsResponse:
        """Moves funds between the user's accounts or lists targets.

        ``transfer_between_accounts`` call; needs authorization (scopes: payments); never resent
        automatically.

        Arguments:
        - ``account_from`` (str matching ``\\w+``)
        - ``account_to`` (str matching ``\\w+``)
        - ``accounts`` (one of 'all', 'brief'; server default 'brief')
        - ``amount`` (float at least 0)
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TransferBetweenAccountsResponse",
            self._session.call(
                "transfer_between_accounts",
                {
                    "account_from": account_from,
                    "account_to": account_to,
                    "accounts": accounts,
                    "amount": amount,
                    "currency": currency,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def unsubscribe_email(
        self,
        *,
        binary_user_id: float,
        checksum: str,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.UnsubscribeEmailResponse:
        """Opts the user out of marketing emails via a signed link.

        ``unsubscribe_email`` call; public; never resent automatically.

        Arguments:
        - ``binary_user_id`` (float; required)
        - ``checksum`` (str; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.UnsubscribeEmailResponse",
            self._session.call(
                "unsubscribe_email",
                {
                    "binary_user_id": binary_user_id,
                    "checksum": checksum,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def verify_email(
        self,
        verify_email: str,
        *,
        type: Literal[
            "account_opening",
            "account_verification",
            "reset_password",
            "paymentagent_withdraw",
            "payment_withdraw",
            "trading_platform_dxtrade_password_reset",
            "trading_platform_mt5_password_reset",
            "trading_platform_investor_password_reset",
            "request_email",
            "phone_number_verification",
        ],
        url_parameters: models.VerifyEmailRequestUrlParameters | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.VerifyEmailResponse:
        """Emails a one-time code for sign-up, reset or withdrawal flows.

        ``verify_email`` call; public; never resent automatically.

        Arguments:
        - ``verify_email`` (str matching ``^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}$``;
          required)
        - ``type`` (one of 'account_opening', 'account_verification', 'reset_password',
          'paymentagent_withdraw', 'payment_withdraw', 'trading_platform_dxtrade_password_reset',
          'trading_platform_mt5_password_reset', 'trading_platform_investor_password_reset',
          'request_email', 'phone_number_verification'; required)
        - ``url_parameters`` (``models.VerifyEmailRequestUrlParameters``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.VerifyEmailResponse",
            self._session.call(
                "verify_email",
                {
                    "verify_email": verify_email,
                    "type": type,
                    "url_parameters": url_parameters,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def website_config(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.WebsiteConfigResponse:
        """Site-wide configuration such as currencies and features.

        ``website_config`` call; public; retried when it fails in transit.

        Arguments:
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.WebsiteConfigResponse",
            self._session.call("website_config", {"passthrough": passthrough}, timeout),
        )

    def website_status(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.WebsiteStatusResponse:
        """Site availability, limits and currencies; can stream.

        ``website_status`` call; public; retried when it fails in transit.

        Arguments:
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.WebsiteStatusResponse",
            self._session.call("website_status", {"passthrough": passthrough}, timeout),
        )

    def subscribe_website_status(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.WebsiteStatusResponse]:
        """Subscribes to the ``website_status`` call: site availability, limits and currencies; can
        stream.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``website_status`` call with ``subscribe: 1``; public.

        Arguments:
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.WebsiteStatusResponse]",
            self._session.subscribe("website_status", {"passthrough": passthrough}, timeout),
        )


def _load_calls() -> Mapping[str, Call]:
    """The call table, imported on the first call: it brings in the models and decoders."""
    from ._calls import CALLS

    return CALLS
