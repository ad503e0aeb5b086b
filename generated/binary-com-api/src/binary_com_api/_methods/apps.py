"""The apps calls of the BinaryComClient, one method per call.

`BinaryComClient` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.session import Session


class AppsCalls:
    """The methods of the apps calls (see `BinaryComClient`)."""

    __slots__ = ()
    _session: Session

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
