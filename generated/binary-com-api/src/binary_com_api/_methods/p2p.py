"""The p2p calls of the BinaryComClient, one method per call.

`BinaryComClient` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime.core.types import UNSET, Unset

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.session import Session
    from .._runtime.websocket.subscription import Subscription


class P2pCalls:
    """The methods of the p2p calls (see `BinaryComClient`)."""

    __slots__ = ()
    _session: Session

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
