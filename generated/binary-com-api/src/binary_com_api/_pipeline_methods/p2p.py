"""The p2p calls of the Pipeline (``client.pipeline()``), one method per call.

`Pipeline` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime.core.types import UNSET, Unset

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.pending import Pending
    from .._runtime.binary.session import Session


class P2pPipelineCalls:
    """The methods of the p2p calls that `Pipeline` sends without waiting."""

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
    ) -> Pending[models.P2pAdvertCreateResponse]:
        """Sends ``p2p_advert_create`` now; see `BinaryComClient.p2p_advert_create`."""
        return cast(
            "Pending[models.P2pAdvertCreateResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pAdvertInfoResponse]:
        """Sends ``p2p_advert_info`` now; see `BinaryComClient.p2p_advert_info`."""
        return cast(
            "Pending[models.P2pAdvertInfoResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pAdvertListResponse]:
        """Sends ``p2p_advert_list`` now; see `BinaryComClient.p2p_advert_list`."""
        return cast(
            "Pending[models.P2pAdvertListResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pAdvertUpdateResponse]:
        """Sends ``p2p_advert_update`` now; see `BinaryComClient.p2p_advert_update`."""
        return cast(
            "Pending[models.P2pAdvertUpdateResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pAdvertiserAdvertsResponse]:
        """Sends ``p2p_advertiser_adverts`` now; see `BinaryComClient.p2p_advertiser_adverts`."""
        return cast(
            "Pending[models.P2pAdvertiserAdvertsResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pAdvertiserCreateResponse]:
        """Sends ``p2p_advertiser_create`` now; see `BinaryComClient.p2p_advertiser_create`."""
        return cast(
            "Pending[models.P2pAdvertiserCreateResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pAdvertiserInfoResponse]:
        """Sends ``p2p_advertiser_info`` now; see `BinaryComClient.p2p_advertiser_info`."""
        return cast(
            "Pending[models.P2pAdvertiserInfoResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pAdvertiserListResponse]:
        """Sends ``p2p_advertiser_list`` now; see `BinaryComClient.p2p_advertiser_list`."""
        return cast(
            "Pending[models.P2pAdvertiserListResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pAdvertiserPaymentMethodsResponse]:
        """Sends ``p2p_advertiser_payment_methods`` now; see `BinaryComClient.p2p_advertiser_payment_methods`."""
        return cast(
            "Pending[models.P2pAdvertiserPaymentMethodsResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pAdvertiserRelationsResponse]:
        """Sends ``p2p_advertiser_relations`` now; see `BinaryComClient.p2p_advertiser_relations`."""
        return cast(
            "Pending[models.P2pAdvertiserRelationsResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pAdvertiserUpdateResponse]:
        """Sends ``p2p_advertiser_update`` now; see `BinaryComClient.p2p_advertiser_update`."""
        return cast(
            "Pending[models.P2pAdvertiserUpdateResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pChatCreateResponse]:
        """Sends ``p2p_chat_create`` now; see `BinaryComClient.p2p_chat_create`."""
        return cast(
            "Pending[models.P2pChatCreateResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pCountryListResponse]:
        """Sends ``p2p_country_list`` now; see `BinaryComClient.p2p_country_list`."""
        return cast(
            "Pending[models.P2pCountryListResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pOrderCancelResponse]:
        """Sends ``p2p_order_cancel`` now; see `BinaryComClient.p2p_order_cancel`."""
        return cast(
            "Pending[models.P2pOrderCancelResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pOrderConfirmResponse]:
        """Sends ``p2p_order_confirm`` now; see `BinaryComClient.p2p_order_confirm`."""
        return cast(
            "Pending[models.P2pOrderConfirmResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pOrderCreateResponse]:
        """Sends ``p2p_order_create`` now; see `BinaryComClient.p2p_order_create`."""
        return cast(
            "Pending[models.P2pOrderCreateResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pOrderDisputeResponse]:
        """Sends ``p2p_order_dispute`` now; see `BinaryComClient.p2p_order_dispute`."""
        return cast(
            "Pending[models.P2pOrderDisputeResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pOrderInfoResponse]:
        """Sends ``p2p_order_info`` now; see `BinaryComClient.p2p_order_info`."""
        return cast(
            "Pending[models.P2pOrderInfoResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pOrderListResponse]:
        """Sends ``p2p_order_list`` now; see `BinaryComClient.p2p_order_list`."""
        return cast(
            "Pending[models.P2pOrderListResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pOrderReviewResponse]:
        """Sends ``p2p_order_review`` now; see `BinaryComClient.p2p_order_review`."""
        return cast(
            "Pending[models.P2pOrderReviewResponse]",
            self._session.start(
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
    ) -> Pending[models.P2pPaymentMethodsResponse]:
        """Sends ``p2p_payment_methods`` now; see `BinaryComClient.p2p_payment_methods`."""
        return cast(
            "Pending[models.P2pPaymentMethodsResponse]",
            self._session.start(
                "p2p_payment_methods", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def p2p_ping(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pPingResponse]:
        """Sends ``p2p_ping`` now; see `BinaryComClient.p2p_ping`."""
        return cast(
            "Pending[models.P2pPingResponse]",
            self._session.start(
                "p2p_ping", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def p2p_settings(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pSettingsResponse]:
        """Sends ``p2p_settings`` now; see `BinaryComClient.p2p_settings`."""
        return cast(
            "Pending[models.P2pSettingsResponse]",
            self._session.start(
                "p2p_settings", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )
