"""Decoders and encoders of the models of the ``p2p_order_list`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _locate_item_error, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_blocked_buyer_confirmed_cancelled_and_7_more = frozenset(
    {
        "blocked",
        "buyer-confirmed",
        "cancelled",
        "completed",
        "dispute-completed",
        "dispute-refunded",
        "disputed",
        "pending",
        "refunded",
        "timed-out",
    }
)


_ALLOWED_buy_sell = frozenset({"buy", "sell"})


_ALLOWED_p2p_order_list = frozenset({"p2p_order_list"})


_KEYS_P2P_ORDER_LIST_REQUEST = frozenset(
    (
        "p2p_order_list",
        "active",
        "advert_id",
        "date_from",
        "date_to",
        "limit",
        "offset",
        "subscribe",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_P2P_ORDER_LIST_RESPONSE = frozenset(
    (
        "p2p_order_list",
        "subscription",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_P2P_ORDER_LIST_RESPONSE_P2P_ORDER_LIST = frozenset(("list",))


_KEYS_P2P_ORDER_LIST_RESPONSE_P2P_ORDER_LIST_LIST_ITEM = frozenset(
    (
        "account_currency",
        "advert_details",
        "advertiser_details",
        "amount",
        "amount_display",
        "chat_channel_url",
        "client_details",
        "completion_time",
        "contact_info",
        "created_time",
        "dispute_details",
        "expiry_time",
        "id",
        "is_incoming",
        "is_reviewable",
        "is_seen",
        "local_currency",
        "payment_info",
        "payment_method",
        "payment_method_names",
        "price",
        "price_display",
        "rate",
        "rate_display",
        "review_details",
        "status",
        "type",
        "verification_lockout_until",
        "verification_next_request",
        "verification_pending",
        "verification_token_expiry",
    )
)


_KEYS_P2P_ORDER_LIST_RESPONSE_P2P_ORDER_LIST_LIST_ITEM_ADVERT_DETAILS = frozenset(
    (
        "block_trade",
        "description",
        "id",
        "payment_method",
        "type",
    )
)


_KEYS_P2P_ORDER_LIST_RESPONSE_P2P_ORDER_LIST_LIST_ITEM_ADVERTISER_DETAILS = frozenset(
    (
        "first_name",
        "id",
        "is_online",
        "is_recommended",
        "last_name",
        "last_online_time",
        "loginid",
        "name",
    )
)


_KEYS_P2P_ORDER_LIST_RESPONSE_P2P_ORDER_LIST_LIST_ITEM_CLIENT_DETAILS = frozenset(
    (
        "first_name",
        "id",
        "is_online",
        "is_recommended",
        "last_name",
        "last_online_time",
        "loginid",
        "name",
    )
)


_KEYS_P2P_ORDER_LIST_RESPONSE_P2P_ORDER_LIST_LIST_ITEM_DISPUTE_DETAILS = frozenset(
    (
        "dispute_reason",
        "disputer_loginid",
    )
)


_KEYS_P2P_ORDER_LIST_RESPONSE_P2P_ORDER_LIST_LIST_ITEM_REVIEW_DETAILS = frozenset(
    (
        "created_time",
        "rating",
        "recommended",
    )
)


_KEYS_P2P_ORDER_LIST_RESPONSE_SUBSCRIPTION = frozenset(("id",))


def _decode_list_of_P2pOrderListResponseP2pOrderListListItem(
    value: Any,
) -> list[m.P2pOrderListResponseP2pOrderListListItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_p2p_order_list_response_p2p_order_list_list_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_p2p_order_list_response_p2p_order_list_list_item
        ) from None


def _decode_list_of_str(value: Any) -> list[str]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not str:
                raise _expected("a string", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[str] = value
    return result


def structure_p2p_order_list_request(data: Any) -> m.P2pOrderListRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderListRequest)
    count = len(data)
    try:
        value = data["p2p_order_list"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_order_list",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_order_list = value
    else:
        raise _not_one_of("1", value).at("p2p_order_list")
    value = data.get("active", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.active = value
    elif value is _MISSING:
        obj.active = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("active")
    value = data.get("advert_id", _MISSING)
    if value.__class__ is str:
        obj.advert_id = value
    elif value is _MISSING:
        obj.advert_id = None
        count += 1
    else:
        raise _expected("a string", value).at("advert_id")
    value = data.get("date_from", _MISSING)
    if value.__class__ is str:
        obj.date_from = value
    elif value is _MISSING:
        obj.date_from = None
        count += 1
    else:
        raise _expected("a string", value).at("date_from")
    value = data.get("date_to", _MISSING)
    if value.__class__ is str:
        obj.date_to = value
    elif value is _MISSING:
        obj.date_to = None
        count += 1
    else:
        raise _expected("a string", value).at("date_to")
    value = data.get("limit", _MISSING)
    if value.__class__ is int:
        obj.limit = value
    elif value is _MISSING:
        obj.limit = None
        count += 1
    else:
        raise _expected("an integer", value).at("limit")
    value = data.get("offset", _MISSING)
    if value.__class__ is int:
        obj.offset = value
    elif value is _MISSING:
        obj.offset = None
        count += 1
    else:
        raise _expected("an integer", value).at("offset")
    value = data.get("subscribe", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.subscribe = value
    elif value is _MISSING:
        obj.subscribe = None
        count += 1
    else:
        raise _not_one_of("1", value).at("subscribe")
    value = data.get("loginid", _MISSING)
    if value.__class__ is str:
        obj.loginid = value
    elif value is _MISSING:
        obj.loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("loginid")
    value = data.get("passthrough", _MISSING)
    if value.__class__ is dict:
        obj.passthrough = value
    elif value is _MISSING:
        obj.passthrough = None
        count += 1
    else:
        raise _expected("an object", value).at("passthrough")
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("req_id")
    if count != 11:
        unknown = sorted(key for key in data if key not in _KEYS_P2P_ORDER_LIST_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_order_list_request(obj: m.P2pOrderListRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"p2p_order_list": obj.p2p_order_list}
    value: Any
    value = obj.active
    if value is not None:
        data["active"] = value
    value = obj.advert_id
    if value is not None:
        data["advert_id"] = value
    value = obj.date_from
    if value is not None:
        data["date_from"] = value
    value = obj.date_to
    if value is not None:
        data["date_to"] = value
    value = obj.limit
    if value is not None:
        data["limit"] = value
    value = obj.offset
    if value is not None:
        data["offset"] = value
    value = obj.subscribe
    if value is not None:
        data["subscribe"] = value
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_p2p_order_list_response(data: Any) -> m.P2pOrderListResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderListResponse)
    count = len(data)
    value = data.get("p2p_order_list", _MISSING)
    if value is _MISSING:
        obj.p2p_order_list = None
        count += 1
    else:
        try:
            obj.p2p_order_list = structure_p2p_order_list_response_p2p_order_list(value)
        except DecodeError as error:
            raise error.at("p2p_order_list") from None
    value = data.get("subscription", _MISSING)
    if value is _MISSING:
        obj.subscription = None
        count += 1
    else:
        try:
            obj.subscription = structure_p2p_order_list_response_subscription(value)
        except DecodeError as error:
            raise error.at("subscription") from None
    try:
        value = data["echo_req"]
    except KeyError:
        raise DecodeError("required field is missing", ("echo_req",)) from None
    if value.__class__ is dict:
        obj.echo_req = value
    else:
        raise _expected("an object", value).at("echo_req")
    try:
        value = data["msg_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("msg_type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_p2p_order_list:
        obj.msg_type = value
    else:
        raise _not_one_of("'p2p_order_list'", value).at("msg_type")
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_P2P_ORDER_LIST_RESPONSE}
    return obj


def unstructure_p2p_order_list_response(obj: m.P2pOrderListResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.p2p_order_list
    if value is not None:
        data["p2p_order_list"] = unstructure_p2p_order_list_response_p2p_order_list(value)
    value = obj.subscription
    if value is not None:
        data["subscription"] = unstructure_p2p_order_list_response_subscription(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_order_list_response_p2p_order_list(
    data: Any,
) -> m.P2pOrderListResponseP2pOrderList:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderListResponseP2pOrderList)
    try:
        value = data["list"]
    except KeyError:
        raise DecodeError("required field is missing", ("list",)) from None
    try:
        obj.list = _decode_list_of_P2pOrderListResponseP2pOrderListListItem(value)
    except DecodeError as error:
        raise error.at("list") from None
    if len(data) == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_P2P_ORDER_LIST_RESPONSE_P2P_ORDER_LIST
        }
    return obj


def unstructure_p2p_order_list_response_p2p_order_list(
    obj: m.P2pOrderListResponseP2pOrderList,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "list": [
            unstructure_p2p_order_list_response_p2p_order_list_list_item(item) for item in obj.list
        ]
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_order_list_response_p2p_order_list_list_item(
    data: Any,
) -> m.P2pOrderListResponseP2pOrderListListItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderListResponseP2pOrderListListItem)
    count = len(data)
    try:
        value = data["account_currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("account_currency",)) from None
    if value.__class__ is str:
        obj.account_currency = value
    else:
        raise _expected("a string", value).at("account_currency")
    try:
        value = data["advert_details"]
    except KeyError:
        raise DecodeError("required field is missing", ("advert_details",)) from None
    try:
        obj.advert_details = (
            structure_p2p_order_list_response_p2p_order_list_list_item_advert_details(value)
        )
    except DecodeError as error:
        raise error.at("advert_details") from None
    try:
        value = data["advertiser_details"]
    except KeyError:
        raise DecodeError("required field is missing", ("advertiser_details",)) from None
    try:
        obj.advertiser_details = (
            structure_p2p_order_list_response_p2p_order_list_list_item_advertiser_details(value)
        )
    except DecodeError as error:
        raise error.at("advertiser_details") from None
    try:
        value = data["amount"]
    except KeyError:
        raise DecodeError("required field is missing", ("amount",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.amount = value
    else:
        raise _expected("a number", value).at("amount")
    try:
        value = data["amount_display"]
    except KeyError:
        raise DecodeError("required field is missing", ("amount_display",)) from None
    if value.__class__ is str:
        obj.amount_display = value
    else:
        raise _expected("a string", value).at("amount_display")
    try:
        value = data["chat_channel_url"]
    except KeyError:
        raise DecodeError("required field is missing", ("chat_channel_url",)) from None
    if value.__class__ is str:
        obj.chat_channel_url = value
    else:
        raise _expected("a string", value).at("chat_channel_url")
    value = data.get("client_details", _MISSING)
    if value is _MISSING:
        obj.client_details = None
        count += 1
    else:
        try:
            obj.client_details = (
                structure_p2p_order_list_response_p2p_order_list_list_item_client_details(value)
            )
        except DecodeError as error:
            raise error.at("client_details") from None
    value = data.get("completion_time", _MISSING)
    if value.__class__ is int:
        obj.completion_time = value
    elif value is _MISSING:
        obj.completion_time = None
        count += 1
    else:
        raise _expected("an integer", value).at("completion_time")
    try:
        value = data["contact_info"]
    except KeyError:
        raise DecodeError("required field is missing", ("contact_info",)) from None
    if value.__class__ is str:
        obj.contact_info = value
    else:
        raise _expected("a string", value).at("contact_info")
    try:
        value = data["created_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("created_time",)) from None
    if value.__class__ is int:
        obj.created_time = value
    else:
        raise _expected("an integer", value).at("created_time")
    try:
        value = data["dispute_details"]
    except KeyError:
        raise DecodeError("required field is missing", ("dispute_details",)) from None
    try:
        obj.dispute_details = (
            structure_p2p_order_list_response_p2p_order_list_list_item_dispute_details(value)
        )
    except DecodeError as error:
        raise error.at("dispute_details") from None
    try:
        value = data["expiry_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("expiry_time",)) from None
    if value.__class__ is int:
        obj.expiry_time = value
    else:
        raise _expected("an integer", value).at("expiry_time")
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    try:
        value = data["is_incoming"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_incoming",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_incoming = value
    else:
        raise _not_one_of("0, 1", value).at("is_incoming")
    try:
        value = data["is_reviewable"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_reviewable",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_reviewable = value
    else:
        raise _not_one_of("0, 1", value).at("is_reviewable")
    value = data.get("is_seen", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_seen = value
    elif value is _MISSING:
        obj.is_seen = None
        count += 1
    else:
        raise _not_one_of("1, 0", value).at("is_seen")
    try:
        value = data["local_currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("local_currency",)) from None
    if value.__class__ is str:
        obj.local_currency = value
    else:
        raise _expected("a string", value).at("local_currency")
    try:
        value = data["payment_info"]
    except KeyError:
        raise DecodeError("required field is missing", ("payment_info",)) from None
    if value.__class__ is str:
        obj.payment_info = value
    else:
        raise _expected("a string", value).at("payment_info")
    value = data.get("payment_method", _MISSING)
    if value is None or (value.__class__ is str):
        obj.payment_method = value
    elif value is _MISSING:
        obj.payment_method = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("payment_method")
    value = data.get("payment_method_names", _MISSING)
    if value is _MISSING:
        obj.payment_method_names = None
        count += 1
    else:
        try:
            obj.payment_method_names = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("payment_method_names") from None
    try:
        value = data["price"]
    except KeyError:
        raise DecodeError("required field is missing", ("price",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.price = value
    else:
        raise _expected("a number", value).at("price")
    try:
        value = data["price_display"]
    except KeyError:
        raise DecodeError("required field is missing", ("price_display",)) from None
    if value.__class__ is str:
        obj.price_display = value
    else:
        raise _expected("a string", value).at("price_display")
    try:
        value = data["rate"]
    except KeyError:
        raise DecodeError("required field is missing", ("rate",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.rate = value
    else:
        raise _expected("a number", value).at("rate")
    try:
        value = data["rate_display"]
    except KeyError:
        raise DecodeError("required field is missing", ("rate_display",)) from None
    if value.__class__ is str:
        obj.rate_display = value
    else:
        raise _expected("a string", value).at("rate_display")
    value = data.get("review_details", _MISSING)
    if value is _MISSING:
        obj.review_details = None
        count += 1
    else:
        try:
            obj.review_details = (
                structure_p2p_order_list_response_p2p_order_list_list_item_review_details(value)
            )
        except DecodeError as error:
            raise error.at("review_details") from None
    try:
        value = data["status"]
    except KeyError:
        raise DecodeError("required field is missing", ("status",)) from None
    if value.__class__ is _STR and value in _ALLOWED_blocked_buyer_confirmed_cancelled_and_7_more:
        obj.status = value
    else:
        raise _not_one_of(
            "'pending', 'buyer-confirmed', 'cancelled', 'timed-out', 'blocked', 'refunded', 'completed', 'disputed', 'dispute-refunded', 'dispute-completed'",
            value,
        ).at("status")
    try:
        value = data["type"]
    except KeyError:
        raise DecodeError("required field is missing", ("type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_buy_sell:
        obj.type = value
    else:
        raise _not_one_of("'buy', 'sell'", value).at("type")
    value = data.get("verification_lockout_until", _MISSING)
    if value.__class__ is int:
        obj.verification_lockout_until = value
    elif value is _MISSING:
        obj.verification_lockout_until = None
        count += 1
    else:
        raise _expected("an integer", value).at("verification_lockout_until")
    value = data.get("verification_next_request", _MISSING)
    if value.__class__ is int:
        obj.verification_next_request = value
    elif value is _MISSING:
        obj.verification_next_request = None
        count += 1
    else:
        raise _expected("an integer", value).at("verification_next_request")
    value = data.get("verification_pending", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.verification_pending = value
    elif value is _MISSING:
        obj.verification_pending = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("verification_pending")
    value = data.get("verification_token_expiry", _MISSING)
    if value.__class__ is int:
        obj.verification_token_expiry = value
    elif value is _MISSING:
        obj.verification_token_expiry = None
        count += 1
    else:
        raise _expected("an integer", value).at("verification_token_expiry")
    if count == 31:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ORDER_LIST_RESPONSE_P2P_ORDER_LIST_LIST_ITEM
        }
    return obj


def unstructure_p2p_order_list_response_p2p_order_list_list_item(
    obj: m.P2pOrderListResponseP2pOrderListListItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "account_currency": obj.account_currency,
        "advert_details": unstructure_p2p_order_list_response_p2p_order_list_list_item_advert_details(
            obj.advert_details
        ),
        "advertiser_details": unstructure_p2p_order_list_response_p2p_order_list_list_item_advertiser_details(
            obj.advertiser_details
        ),
        "amount": obj.amount,
        "amount_display": obj.amount_display,
        "chat_channel_url": obj.chat_channel_url,
        "contact_info": obj.contact_info,
        "created_time": obj.created_time,
        "dispute_details": unstructure_p2p_order_list_response_p2p_order_list_list_item_dispute_details(
            obj.dispute_details
        ),
        "expiry_time": obj.expiry_time,
        "id": obj.id,
        "is_incoming": obj.is_incoming,
        "is_reviewable": obj.is_reviewable,
        "local_currency": obj.local_currency,
        "payment_info": obj.payment_info,
        "price": obj.price,
        "price_display": obj.price_display,
        "rate": obj.rate,
        "rate_display": obj.rate_display,
        "status": obj.status,
        "type": obj.type,
    }
    value: Any
    value = obj.client_details
    if value is not None:
        data["client_details"] = (
            unstructure_p2p_order_list_response_p2p_order_list_list_item_client_details(value)
        )
    value = obj.completion_time
    if value is not None:
        data["completion_time"] = value
    value = obj.is_seen
    if value is not None:
        data["is_seen"] = value
    value = obj.payment_method
    if value is not UNSET:
        data["payment_method"] = value
    value = obj.payment_method_names
    if value is not None:
        data["payment_method_names"] = value
    value = obj.review_details
    if value is not None:
        data["review_details"] = (
            unstructure_p2p_order_list_response_p2p_order_list_list_item_review_details(value)
        )
    value = obj.verification_lockout_until
    if value is not None:
        data["verification_lockout_until"] = value
    value = obj.verification_next_request
    if value is not None:
        data["verification_next_request"] = value
    value = obj.verification_pending
    if value is not None:
        data["verification_pending"] = value
    value = obj.verification_token_expiry
    if value is not None:
        data["verification_token_expiry"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_order_list_response_p2p_order_list_list_item_advert_details(
    data: Any,
) -> m.P2pOrderListResponseP2pOrderListListItemAdvertDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderListResponseP2pOrderListListItemAdvertDetails)
    try:
        value = data["block_trade"]
    except KeyError:
        raise DecodeError("required field is missing", ("block_trade",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.block_trade = value
    else:
        raise _not_one_of("0, 1", value).at("block_trade")
    try:
        value = data["description"]
    except KeyError:
        raise DecodeError("required field is missing", ("description",)) from None
    if value.__class__ is str:
        obj.description = value
    else:
        raise _expected("a string", value).at("description")
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    try:
        value = data["payment_method"]
    except KeyError:
        raise DecodeError("required field is missing", ("payment_method",)) from None
    if value is None or (value.__class__ is str):
        obj.payment_method = value
    else:
        raise _expected("a string", value).at("payment_method")
    try:
        value = data["type"]
    except KeyError:
        raise DecodeError("required field is missing", ("type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_buy_sell:
        obj.type = value
    else:
        raise _not_one_of("'buy', 'sell'", value).at("type")
    if len(data) == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ORDER_LIST_RESPONSE_P2P_ORDER_LIST_LIST_ITEM_ADVERT_DETAILS
        }
    return obj


def unstructure_p2p_order_list_response_p2p_order_list_list_item_advert_details(
    obj: m.P2pOrderListResponseP2pOrderListListItemAdvertDetails,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "block_trade": obj.block_trade,
        "description": obj.description,
        "id": obj.id,
        "payment_method": obj.payment_method,
        "type": obj.type,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_order_list_response_p2p_order_list_list_item_advertiser_details(
    data: Any,
) -> m.P2pOrderListResponseP2pOrderListListItemAdvertiserDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderListResponseP2pOrderListListItemAdvertiserDetails)
    count = len(data)
    value = data.get("first_name", _MISSING)
    if value.__class__ is str:
        obj.first_name = value
    elif value is _MISSING:
        obj.first_name = None
        count += 1
    else:
        raise _expected("a string", value).at("first_name")
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    try:
        value = data["is_online"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_online",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_online = value
    else:
        raise _not_one_of("0, 1", value).at("is_online")
    value = data.get("is_recommended", _MISSING)
    if value is None or (value.__class__ is _INT and value in _ALLOWED_0_1):
        obj.is_recommended = value
    elif value is _MISSING:
        obj.is_recommended = UNSET
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_recommended")
    value = data.get("last_name", _MISSING)
    if value.__class__ is str:
        obj.last_name = value
    elif value is _MISSING:
        obj.last_name = None
        count += 1
    else:
        raise _expected("a string", value).at("last_name")
    try:
        value = data["last_online_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("last_online_time",)) from None
    if value is None or (value.__class__ is int):
        obj.last_online_time = value
    else:
        raise _expected("an integer", value).at("last_online_time")
    try:
        value = data["loginid"]
    except KeyError:
        raise DecodeError("required field is missing", ("loginid",)) from None
    if value.__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    try:
        value = data["name"]
    except KeyError:
        raise DecodeError("required field is missing", ("name",)) from None
    if value.__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if count == 8:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ORDER_LIST_RESPONSE_P2P_ORDER_LIST_LIST_ITEM_ADVERTISER_DETAILS
        }
    return obj


def unstructure_p2p_order_list_response_p2p_order_list_list_item_advertiser_details(
    obj: m.P2pOrderListResponseP2pOrderListListItemAdvertiserDetails,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "id": obj.id,
        "is_online": obj.is_online,
        "last_online_time": obj.last_online_time,
        "loginid": obj.loginid,
        "name": obj.name,
    }
    value: Any
    value = obj.first_name
    if value is not None:
        data["first_name"] = value
    value = obj.is_recommended
    if value is not UNSET:
        data["is_recommended"] = value
    value = obj.last_name
    if value is not None:
        data["last_name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_order_list_response_p2p_order_list_list_item_client_details(
    data: Any,
) -> m.P2pOrderListResponseP2pOrderListListItemClientDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderListResponseP2pOrderListListItemClientDetails)
    count = len(data)
    value = data.get("first_name", _MISSING)
    if value.__class__ is str:
        obj.first_name = value
    elif value is _MISSING:
        obj.first_name = None
        count += 1
    else:
        raise _expected("a string", value).at("first_name")
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    try:
        value = data["is_online"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_online",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_online = value
    else:
        raise _not_one_of("0, 1", value).at("is_online")
    value = data.get("is_recommended", _MISSING)
    if value is None or (value.__class__ is _INT and value in _ALLOWED_0_1):
        obj.is_recommended = value
    elif value is _MISSING:
        obj.is_recommended = UNSET
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_recommended")
    value = data.get("last_name", _MISSING)
    if value.__class__ is str:
        obj.last_name = value
    elif value is _MISSING:
        obj.last_name = None
        count += 1
    else:
        raise _expected("a string", value).at("last_name")
    try:
        value = data["last_online_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("last_online_time",)) from None
    if value is None or (value.__class__ is int):
        obj.last_online_time = value
    else:
        raise _expected("an integer", value).at("last_online_time")
    try:
        value = data["loginid"]
    except KeyError:
        raise DecodeError("required field is missing", ("loginid",)) from None
    if value.__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    try:
        value = data["name"]
    except KeyError:
        raise DecodeError("required field is missing", ("name",)) from None
    if value.__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if count == 8:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ORDER_LIST_RESPONSE_P2P_ORDER_LIST_LIST_ITEM_CLIENT_DETAILS
        }
    return obj


def unstructure_p2p_order_list_response_p2p_order_list_list_item_client_details(
    obj: m.P2pOrderListResponseP2pOrderListListItemClientDetails,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "id": obj.id,
        "is_online": obj.is_online,
        "last_online_time": obj.last_online_time,
        "loginid": obj.loginid,
        "name": obj.name,
    }
    value: Any
    value = obj.first_name
    if value is not None:
        data["first_name"] = value
    value = obj.is_recommended
    if value is not UNSET:
        data["is_recommended"] = value
    value = obj.last_name
    if value is not None:
        data["last_name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_order_list_response_p2p_order_list_list_item_dispute_details(
    data: Any,
) -> m.P2pOrderListResponseP2pOrderListListItemDisputeDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderListResponseP2pOrderListListItemDisputeDetails)
    try:
        value = data["dispute_reason"]
    except KeyError:
        raise DecodeError("required field is missing", ("dispute_reason",)) from None
    if value is None or (value.__class__ is str):
        obj.dispute_reason = value
    else:
        raise _expected("a string", value).at("dispute_reason")
    try:
        value = data["disputer_loginid"]
    except KeyError:
        raise DecodeError("required field is missing", ("disputer_loginid",)) from None
    if value is None or (value.__class__ is str):
        obj.disputer_loginid = value
    else:
        raise _expected("a string", value).at("disputer_loginid")
    if len(data) == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ORDER_LIST_RESPONSE_P2P_ORDER_LIST_LIST_ITEM_DISPUTE_DETAILS
        }
    return obj


def unstructure_p2p_order_list_response_p2p_order_list_list_item_dispute_details(
    obj: m.P2pOrderListResponseP2pOrderListListItemDisputeDetails,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "dispute_reason": obj.dispute_reason,
        "disputer_loginid": obj.disputer_loginid,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_order_list_response_p2p_order_list_list_item_review_details(
    data: Any,
) -> m.P2pOrderListResponseP2pOrderListListItemReviewDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderListResponseP2pOrderListListItemReviewDetails)
    try:
        value = data["created_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("created_time",)) from None
    if value.__class__ is int:
        obj.created_time = value
    else:
        raise _expected("an integer", value).at("created_time")
    try:
        value = data["rating"]
    except KeyError:
        raise DecodeError("required field is missing", ("rating",)) from None
    if value.__class__ is int:
        obj.rating = value
    else:
        raise _expected("an integer", value).at("rating")
    try:
        value = data["recommended"]
    except KeyError:
        raise DecodeError("required field is missing", ("recommended",)) from None
    if value is None or (value.__class__ is _INT and value in _ALLOWED_0_1):
        obj.recommended = value
    else:
        raise _not_one_of("0, 1", value).at("recommended")
    if len(data) == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ORDER_LIST_RESPONSE_P2P_ORDER_LIST_LIST_ITEM_REVIEW_DETAILS
        }
    return obj


def unstructure_p2p_order_list_response_p2p_order_list_list_item_review_details(
    obj: m.P2pOrderListResponseP2pOrderListListItemReviewDetails,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "created_time": obj.created_time,
        "rating": obj.rating,
        "recommended": obj.recommended,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_order_list_response_subscription(data: Any) -> m.P2pOrderListResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderListResponseSubscription)
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if len(data) == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_P2P_ORDER_LIST_RESPONSE_SUBSCRIPTION
        }
    return obj


def unstructure_p2p_order_list_response_subscription(
    obj: m.P2pOrderListResponseSubscription,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.P2pOrderListRequest: structure_p2p_order_list_request,
    m.P2pOrderListResponse: structure_p2p_order_list_response,
    m.P2pOrderListResponseP2pOrderList: structure_p2p_order_list_response_p2p_order_list,
    m.P2pOrderListResponseP2pOrderListListItem: structure_p2p_order_list_response_p2p_order_list_list_item,
    m.P2pOrderListResponseP2pOrderListListItemAdvertDetails: structure_p2p_order_list_response_p2p_order_list_list_item_advert_details,
    m.P2pOrderListResponseP2pOrderListListItemAdvertiserDetails: structure_p2p_order_list_response_p2p_order_list_list_item_advertiser_details,
    m.P2pOrderListResponseP2pOrderListListItemClientDetails: structure_p2p_order_list_response_p2p_order_list_list_item_client_details,
    m.P2pOrderListResponseP2pOrderListListItemDisputeDetails: structure_p2p_order_list_response_p2p_order_list_list_item_dispute_details,
    m.P2pOrderListResponseP2pOrderListListItemReviewDetails: structure_p2p_order_list_response_p2p_order_list_list_item_review_details,
    m.P2pOrderListResponseSubscription: structure_p2p_order_list_response_subscription,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.P2pOrderListRequest: unstructure_p2p_order_list_request,
    m.P2pOrderListResponse: unstructure_p2p_order_list_response,
    m.P2pOrderListResponseP2pOrderList: unstructure_p2p_order_list_response_p2p_order_list,
    m.P2pOrderListResponseP2pOrderListListItem: unstructure_p2p_order_list_response_p2p_order_list_list_item,
    m.P2pOrderListResponseP2pOrderListListItemAdvertDetails: unstructure_p2p_order_list_response_p2p_order_list_list_item_advert_details,
    m.P2pOrderListResponseP2pOrderListListItemAdvertiserDetails: unstructure_p2p_order_list_response_p2p_order_list_list_item_advertiser_details,
    m.P2pOrderListResponseP2pOrderListListItemClientDetails: unstructure_p2p_order_list_response_p2p_order_list_list_item_client_details,
    m.P2pOrderListResponseP2pOrderListListItemDisputeDetails: unstructure_p2p_order_list_response_p2p_order_list_list_item_dispute_details,
    m.P2pOrderListResponseP2pOrderListListItemReviewDetails: unstructure_p2p_order_list_response_p2p_order_list_list_item_review_details,
    m.P2pOrderListResponseSubscription: unstructure_p2p_order_list_response_subscription,
}
