"""Decoders and encoders of the models of the ``p2p_order_list`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
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
    if count == 11:
        try:
            v_p2p_order_list = data["p2p_order_list"]
            v_active = data["active"]
            v_advert_id = data["advert_id"]
            v_date_from = data["date_from"]
            v_date_to = data["date_to"]
            v_limit = data["limit"]
            v_offset = data["offset"]
            v_subscribe = data["subscribe"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_p2p_order_list.__class__ is _INT and v_p2p_order_list in _ALLOWED_1)
                and (v_active.__class__ is _INT and v_active in _ALLOWED_0_1)
                and (v_advert_id.__class__ is str)
                and (v_date_from.__class__ is str)
                and (v_date_to.__class__ is str)
                and (v_limit.__class__ is int)
                and (v_offset.__class__ is int)
                and (v_subscribe.__class__ is _INT and v_subscribe in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.p2p_order_list = v_p2p_order_list
                obj.active = v_active
                obj.advert_id = v_advert_id
                obj.date_from = v_date_from
                obj.date_to = v_date_to
                obj.limit = v_limit
                obj.offset = v_offset
                obj.subscribe = v_subscribe
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["p2p_order_list"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_order_list",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_order_list = value
    else:
        raise _not_one_of("1", value).at("p2p_order_list")
    if "active" not in data:
        obj.active = None
        count += 1
    elif (value := data["active"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.active = value
    else:
        raise _not_one_of("0, 1", value).at("active")
    if "advert_id" not in data:
        obj.advert_id = None
        count += 1
    elif (value := data["advert_id"]).__class__ is str:
        obj.advert_id = value
    else:
        raise _expected("a string", value).at("advert_id")
    if "date_from" not in data:
        obj.date_from = None
        count += 1
    elif (value := data["date_from"]).__class__ is str:
        obj.date_from = value
    else:
        raise _expected("a string", value).at("date_from")
    if "date_to" not in data:
        obj.date_to = None
        count += 1
    elif (value := data["date_to"]).__class__ is str:
        obj.date_to = value
    else:
        raise _expected("a string", value).at("date_to")
    if "limit" not in data:
        obj.limit = None
        count += 1
    elif (value := data["limit"]).__class__ is int:
        obj.limit = value
    else:
        raise _expected("an integer", value).at("limit")
    if "offset" not in data:
        obj.offset = None
        count += 1
    elif (value := data["offset"]).__class__ is int:
        obj.offset = value
    else:
        raise _expected("an integer", value).at("offset")
    if "subscribe" not in data:
        obj.subscribe = None
        count += 1
    elif (value := data["subscribe"]).__class__ is _INT and value in _ALLOWED_1:
        obj.subscribe = value
    else:
        raise _not_one_of("1", value).at("subscribe")
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    if "passthrough" not in data:
        obj.passthrough = None
        count += 1
    elif (value := data["passthrough"]).__class__ is dict:
        obj.passthrough = value
    else:
        raise _expected("an object", value).at("passthrough")
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
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
    if count == 5:
        try:
            v_p2p_order_list = data["p2p_order_list"]
            v_subscription = data["subscription"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_p2p_order_list)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.p2p_order_list = structure_p2p_order_list_response_p2p_order_list(
                        v_p2p_order_list
                    )
                except DecodeError as error:
                    raise error.at("p2p_order_list") from None
                try:
                    obj.subscription = structure_p2p_order_list_response_subscription(
                        v_subscription
                    )
                except DecodeError as error:
                    raise error.at("subscription") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "p2p_order_list" not in data:
        obj.p2p_order_list = None
        count += 1
    else:
        value = data["p2p_order_list"]
        try:
            obj.p2p_order_list = structure_p2p_order_list_response_p2p_order_list(value)
        except DecodeError as error:
            raise error.at("p2p_order_list") from None
    if "subscription" not in data:
        obj.subscription = None
        count += 1
    else:
        value = data["subscription"]
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
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
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
    count = len(data)
    if count == 1:
        try:
            v_list = data["list"]
        except KeyError:
            pass
        else:
            try:
                obj.list = _decode_list_of_P2pOrderListResponseP2pOrderListListItem(v_list)
            except DecodeError as error:
                raise error.at("list") from None
            obj.extra_fields = {}
            return obj
    try:
        value = data["list"]
    except KeyError:
        raise DecodeError("required field is missing", ("list",)) from None
    try:
        obj.list = _decode_list_of_P2pOrderListResponseP2pOrderListListItem(value)
    except DecodeError as error:
        raise error.at("list") from None
    if count == 1:
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
    if count == 31:
        try:
            v_account_currency = data["account_currency"]
            v_advert_details = data["advert_details"]
            v_advertiser_details = data["advertiser_details"]
            v_amount = data["amount"]
            v_amount_display = data["amount_display"]
            v_chat_channel_url = data["chat_channel_url"]
            v_client_details = data["client_details"]
            v_completion_time = data["completion_time"]
            v_contact_info = data["contact_info"]
            v_created_time = data["created_time"]
            v_dispute_details = data["dispute_details"]
            v_expiry_time = data["expiry_time"]
            v_id = data["id"]
            v_is_incoming = data["is_incoming"]
            v_is_reviewable = data["is_reviewable"]
            v_is_seen = data["is_seen"]
            v_local_currency = data["local_currency"]
            v_payment_info = data["payment_info"]
            v_payment_method = data["payment_method"]
            v_payment_method_names = data["payment_method_names"]
            v_price = data["price"]
            v_price_display = data["price_display"]
            v_rate = data["rate"]
            v_rate_display = data["rate_display"]
            v_review_details = data["review_details"]
            v_status = data["status"]
            v_type = data["type"]
            v_verification_lockout_until = data["verification_lockout_until"]
            v_verification_next_request = data["verification_next_request"]
            v_verification_pending = data["verification_pending"]
            v_verification_token_expiry = data["verification_token_expiry"]
        except KeyError:
            pass
        else:
            if (
                (v_account_currency.__class__ is str)
                and ((kind := v_amount.__class__) is float or kind is int)
                and (v_amount_display.__class__ is str)
                and (v_chat_channel_url.__class__ is str)
                and (v_completion_time.__class__ is int)
                and (v_contact_info.__class__ is str)
                and (v_created_time.__class__ is int)
                and (v_expiry_time.__class__ is int)
                and (v_id.__class__ is str)
                and (v_is_incoming.__class__ is _INT and v_is_incoming in _ALLOWED_0_1)
                and (v_is_reviewable.__class__ is _INT and v_is_reviewable in _ALLOWED_0_1)
                and (v_is_seen.__class__ is _INT and v_is_seen in _ALLOWED_0_1)
                and (v_local_currency.__class__ is str)
                and (v_payment_info.__class__ is str)
                and (v_payment_method is None or (v_payment_method.__class__ is str))
                and ((kind := v_price.__class__) is float or kind is int)
                and (v_price_display.__class__ is str)
                and ((kind := v_rate.__class__) is float or kind is int)
                and (v_rate_display.__class__ is str)
                and (
                    v_status.__class__ is _STR
                    and v_status in _ALLOWED_blocked_buyer_confirmed_cancelled_and_7_more
                )
                and (v_type.__class__ is _STR and v_type in _ALLOWED_buy_sell)
                and (v_verification_lockout_until.__class__ is int)
                and (v_verification_next_request.__class__ is int)
                and (
                    v_verification_pending.__class__ is _INT
                    and v_verification_pending in _ALLOWED_0_1
                )
                and (v_verification_token_expiry.__class__ is int)
            ):
                obj.account_currency = v_account_currency
                try:
                    obj.advert_details = (
                        structure_p2p_order_list_response_p2p_order_list_list_item_advert_details(
                            v_advert_details
                        )
                    )
                except DecodeError as error:
                    raise error.at("advert_details") from None
                try:
                    obj.advertiser_details = structure_p2p_order_list_response_p2p_order_list_list_item_advertiser_details(
                        v_advertiser_details
                    )
                except DecodeError as error:
                    raise error.at("advertiser_details") from None
                obj.amount = v_amount
                obj.amount_display = v_amount_display
                obj.chat_channel_url = v_chat_channel_url
                try:
                    obj.client_details = (
                        structure_p2p_order_list_response_p2p_order_list_list_item_client_details(
                            v_client_details
                        )
                    )
                except DecodeError as error:
                    raise error.at("client_details") from None
                obj.completion_time = v_completion_time
                obj.contact_info = v_contact_info
                obj.created_time = v_created_time
                try:
                    obj.dispute_details = (
                        structure_p2p_order_list_response_p2p_order_list_list_item_dispute_details(
                            v_dispute_details
                        )
                    )
                except DecodeError as error:
                    raise error.at("dispute_details") from None
                obj.expiry_time = v_expiry_time
                obj.id = v_id
                obj.is_incoming = v_is_incoming
                obj.is_reviewable = v_is_reviewable
                obj.is_seen = v_is_seen
                obj.local_currency = v_local_currency
                obj.payment_info = v_payment_info
                obj.payment_method = v_payment_method
                try:
                    obj.payment_method_names = _decode_list_of_str(v_payment_method_names)
                except DecodeError as error:
                    raise error.at("payment_method_names") from None
                obj.price = v_price
                obj.price_display = v_price_display
                obj.rate = v_rate
                obj.rate_display = v_rate_display
                try:
                    obj.review_details = (
                        structure_p2p_order_list_response_p2p_order_list_list_item_review_details(
                            v_review_details
                        )
                    )
                except DecodeError as error:
                    raise error.at("review_details") from None
                obj.status = v_status
                obj.type = v_type
                obj.verification_lockout_until = v_verification_lockout_until
                obj.verification_next_request = v_verification_next_request
                obj.verification_pending = v_verification_pending
                obj.verification_token_expiry = v_verification_token_expiry
                obj.extra_fields = {}
                return obj
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
    if "client_details" not in data:
        obj.client_details = None
        count += 1
    else:
        value = data["client_details"]
        try:
            obj.client_details = (
                structure_p2p_order_list_response_p2p_order_list_list_item_client_details(value)
            )
        except DecodeError as error:
            raise error.at("client_details") from None
    if "completion_time" not in data:
        obj.completion_time = None
        count += 1
    elif (value := data["completion_time"]).__class__ is int:
        obj.completion_time = value
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
    if "is_seen" not in data:
        obj.is_seen = None
        count += 1
    elif (value := data["is_seen"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_seen = value
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
    if "payment_method" not in data:
        obj.payment_method = UNSET
        count += 1
    elif (value := data["payment_method"]) is None or (value.__class__ is str):
        obj.payment_method = value
    else:
        raise _expected("a string", value).at("payment_method")
    if "payment_method_names" not in data:
        obj.payment_method_names = None
        count += 1
    else:
        value = data["payment_method_names"]
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
    if "review_details" not in data:
        obj.review_details = None
        count += 1
    else:
        value = data["review_details"]
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
    if "verification_lockout_until" not in data:
        obj.verification_lockout_until = None
        count += 1
    elif (value := data["verification_lockout_until"]).__class__ is int:
        obj.verification_lockout_until = value
    else:
        raise _expected("an integer", value).at("verification_lockout_until")
    if "verification_next_request" not in data:
        obj.verification_next_request = None
        count += 1
    elif (value := data["verification_next_request"]).__class__ is int:
        obj.verification_next_request = value
    else:
        raise _expected("an integer", value).at("verification_next_request")
    if "verification_pending" not in data:
        obj.verification_pending = None
        count += 1
    elif (value := data["verification_pending"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.verification_pending = value
    else:
        raise _not_one_of("0, 1", value).at("verification_pending")
    if "verification_token_expiry" not in data:
        obj.verification_token_expiry = None
        count += 1
    elif (value := data["verification_token_expiry"]).__class__ is int:
        obj.verification_token_expiry = value
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
    count = len(data)
    if count == 5:
        try:
            v_block_trade = data["block_trade"]
            v_description = data["description"]
            v_id = data["id"]
            v_payment_method = data["payment_method"]
            v_type = data["type"]
        except KeyError:
            pass
        else:
            if (
                (v_block_trade.__class__ is _INT and v_block_trade in _ALLOWED_0_1)
                and (v_description.__class__ is str)
                and (v_id.__class__ is str)
                and (v_payment_method is None or (v_payment_method.__class__ is str))
                and (v_type.__class__ is _STR and v_type in _ALLOWED_buy_sell)
            ):
                obj.block_trade = v_block_trade
                obj.description = v_description
                obj.id = v_id
                obj.payment_method = v_payment_method
                obj.type = v_type
                obj.extra_fields = {}
                return obj
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
    if count == 5:
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
    if count == 8:
        try:
            v_first_name = data["first_name"]
            v_id = data["id"]
            v_is_online = data["is_online"]
            v_is_recommended = data["is_recommended"]
            v_last_name = data["last_name"]
            v_last_online_time = data["last_online_time"]
            v_loginid = data["loginid"]
            v_name = data["name"]
        except KeyError:
            pass
        else:
            if (
                (v_first_name.__class__ is str)
                and (v_id.__class__ is str)
                and (v_is_online.__class__ is _INT and v_is_online in _ALLOWED_0_1)
                and (
                    v_is_recommended is None
                    or (v_is_recommended.__class__ is _INT and v_is_recommended in _ALLOWED_0_1)
                )
                and (v_last_name.__class__ is str)
                and (v_last_online_time is None or (v_last_online_time.__class__ is int))
                and (v_loginid.__class__ is str)
                and (v_name.__class__ is str)
            ):
                obj.first_name = v_first_name
                obj.id = v_id
                obj.is_online = v_is_online
                obj.is_recommended = v_is_recommended
                obj.last_name = v_last_name
                obj.last_online_time = v_last_online_time
                obj.loginid = v_loginid
                obj.name = v_name
                obj.extra_fields = {}
                return obj
    if "first_name" not in data:
        obj.first_name = None
        count += 1
    elif (value := data["first_name"]).__class__ is str:
        obj.first_name = value
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
    if "is_recommended" not in data:
        obj.is_recommended = UNSET
        count += 1
    elif (value := data["is_recommended"]) is None or (
        value.__class__ is _INT and value in _ALLOWED_0_1
    ):
        obj.is_recommended = value
    else:
        raise _not_one_of("0, 1", value).at("is_recommended")
    if "last_name" not in data:
        obj.last_name = None
        count += 1
    elif (value := data["last_name"]).__class__ is str:
        obj.last_name = value
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
    if count == 8:
        try:
            v_first_name = data["first_name"]
            v_id = data["id"]
            v_is_online = data["is_online"]
            v_is_recommended = data["is_recommended"]
            v_last_name = data["last_name"]
            v_last_online_time = data["last_online_time"]
            v_loginid = data["loginid"]
            v_name = data["name"]
        except KeyError:
            pass
        else:
            if (
                (v_first_name.__class__ is str)
                and (v_id.__class__ is str)
                and (v_is_online.__class__ is _INT and v_is_online in _ALLOWED_0_1)
                and (
                    v_is_recommended is None
                    or (v_is_recommended.__class__ is _INT and v_is_recommended in _ALLOWED_0_1)
                )
                and (v_last_name.__class__ is str)
                and (v_last_online_time is None or (v_last_online_time.__class__ is int))
                and (v_loginid.__class__ is str)
                and (v_name.__class__ is str)
            ):
                obj.first_name = v_first_name
                obj.id = v_id
                obj.is_online = v_is_online
                obj.is_recommended = v_is_recommended
                obj.last_name = v_last_name
                obj.last_online_time = v_last_online_time
                obj.loginid = v_loginid
                obj.name = v_name
                obj.extra_fields = {}
                return obj
    if "first_name" not in data:
        obj.first_name = None
        count += 1
    elif (value := data["first_name"]).__class__ is str:
        obj.first_name = value
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
    if "is_recommended" not in data:
        obj.is_recommended = UNSET
        count += 1
    elif (value := data["is_recommended"]) is None or (
        value.__class__ is _INT and value in _ALLOWED_0_1
    ):
        obj.is_recommended = value
    else:
        raise _not_one_of("0, 1", value).at("is_recommended")
    if "last_name" not in data:
        obj.last_name = None
        count += 1
    elif (value := data["last_name"]).__class__ is str:
        obj.last_name = value
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
    count = len(data)
    if count == 2:
        try:
            v_dispute_reason = data["dispute_reason"]
            v_disputer_loginid = data["disputer_loginid"]
        except KeyError:
            pass
        else:
            if (v_dispute_reason is None or (v_dispute_reason.__class__ is str)) and (
                v_disputer_loginid is None or (v_disputer_loginid.__class__ is str)
            ):
                obj.dispute_reason = v_dispute_reason
                obj.disputer_loginid = v_disputer_loginid
                obj.extra_fields = {}
                return obj
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
    if count == 2:
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
    count = len(data)
    if count == 3:
        try:
            v_created_time = data["created_time"]
            v_rating = data["rating"]
            v_recommended = data["recommended"]
        except KeyError:
            pass
        else:
            if (
                (v_created_time.__class__ is int)
                and (v_rating.__class__ is int)
                and (
                    v_recommended is None
                    or (v_recommended.__class__ is _INT and v_recommended in _ALLOWED_0_1)
                )
            ):
                obj.created_time = v_created_time
                obj.rating = v_rating
                obj.recommended = v_recommended
                obj.extra_fields = {}
                return obj
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
    if count == 3:
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
    count = len(data)
    if count == 1:
        try:
            v_id = data["id"]
        except KeyError:
            pass
        else:
            if v_id.__class__ is str:
                obj.id = v_id
                obj.extra_fields = {}
                return obj
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if count == 1:
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
