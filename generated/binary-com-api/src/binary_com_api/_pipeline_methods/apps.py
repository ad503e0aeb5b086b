"""The apps calls of the Pipeline (``client.pipeline()``), one method per call.

`Pipeline` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.pending import Pending
    from .._runtime.binary.session import Session


class AppsPipelineCalls:
    """The methods of the apps calls that `Pipeline` sends without waiting."""

    __slots__ = ()
    _session: Session

    def app_delete(
        self,
        app_delete: int,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.AppDeleteResponse]:
        """Sends ``app_delete`` now; see `BinaryComClient.app_delete`."""
        return cast(
            "Pending[models.AppDeleteResponse]",
            self._session.start(
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
    ) -> Pending[models.AppGetResponse]:
        """Sends ``app_get`` now; see `BinaryComClient.app_get`."""
        return cast(
            "Pending[models.AppGetResponse]",
            self._session.start(
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
    ) -> Pending[models.AppListResponse]:
        """Sends ``app_list`` now; see `BinaryComClient.app_list`."""
        return cast(
            "Pending[models.AppListResponse]",
            self._session.start(
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
    ) -> Pending[models.AppMarkupDetailsResponse]:
        """Sends ``app_markup_details`` now; see `BinaryComClient.app_markup_details`."""
        return cast(
            "Pending[models.AppMarkupDetailsResponse]",
            self._session.start(
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
    ) -> Pending[models.AppMarkupStatisticsResponse]:
        """Sends ``app_markup_statistics`` now; see `BinaryComClient.app_markup_statistics`."""
        return cast(
            "Pending[models.AppMarkupStatisticsResponse]",
            self._session.start(
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
    ) -> Pending[models.AppRegisterResponse]:
        """Sends ``app_register`` now; see `BinaryComClient.app_register`."""
        return cast(
            "Pending[models.AppRegisterResponse]",
            self._session.start(
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
    ) -> Pending[models.AppUpdateResponse]:
        """Sends ``app_update`` now; see `BinaryComClient.app_update`."""
        return cast(
            "Pending[models.AppUpdateResponse]",
            self._session.start(
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
    ) -> Pending[models.OauthAppsResponse]:
        """Sends ``oauth_apps`` now; see `BinaryComClient.oauth_apps`."""
        return cast(
            "Pending[models.OauthAppsResponse]",
            self._session.start(
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
    ) -> Pending[models.RevokeOauthAppResponse]:
        """Sends ``revoke_oauth_app`` now; see `BinaryComClient.revoke_oauth_app`."""
        return cast(
            "Pending[models.RevokeOauthAppResponse]",
            self._session.start(
                "revoke_oauth_app",
                {
                    "revoke_oauth_app": revoke_oauth_app,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )
