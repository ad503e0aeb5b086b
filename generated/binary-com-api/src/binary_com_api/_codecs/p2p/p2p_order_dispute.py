"""Decoders and encoders of the models of the ``p2p_order_dispute`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
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


_ALLOWED_buyer_not_paid_buyer_overpaid_buyer_third_party_payment_method_and_2_more = frozenset(
    {
        "buyer_not_paid",
        "buyer_overpaid",
        "buyer_third_party_payment_method",
        "buyer_underpaid",
        "seller_not_released",
    }
)


_ALLOWED_p2p_order_dispute = frozenset({"p2p_order_dispute"})


_KEYS_P2P_ORDER_DISPUTE_REQUEST = frozenset(
    (
        "p2p_order_dispute",
        "dispute_reason",
        "id",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_P2P_ORDER_DISPUTE_RESPONSE = frozenset(
    (
        "p2p_order_dispute",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_P2P_ORDER_DISPUTE_RESPONSE_P2P_ORDER_DISPUTE = frozenset(
    (
        "account_currency",
        "advert_details",
        "advertiser_details",
        "amount",
        "amount_display",
        "chat_channel_url",
        "client_details",
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
        "price",
        "price_display",
        "rate",
        "rate_display",
        "status",
        "type",
        "verification_lockout_until",
        "verification_next_request",
        "verification_pending",
        "verification_token_expiry",
    )
)


_KEYS_P2P_ORDER_DISPUTE_RESPONSE_P2P_ORDER_DISPUTE_ADVERT_DETAILS = frozenset(
    (
        "block_trade",
        "description",
        "id",
        "payment_method",
        "type",
    )
)


_KEYS_P2P_ORDER_DISPUTE_RESPONSE_P2P_ORDER_DISPUTE_ADVERTISER_DETAILS = frozenset(
    (
        "first_name",
        "id",
        "is_online",
        "last_name",
        "last_online_time",
        "loginid",
        "name",
    )
)


_KEYS_P2P_ORDER_DISPUTE_RESPONSE_P2P_ORDER_DISPUTE_CLIENT_DETAILS = frozenset(
    (
        "first_name",
        "id",
        "is_online",
        "last_name",
        "last_online_time",
        "loginid",
        "name",
    )
)


_KEYS_P2P_ORDER_DISPUTE_RESPONSE_P2P_ORDER_DISPUTE_DISPUTE_DETAILS = frozenset(
    (
        "dispute_reason",
        "disputer_loginid",
    )
)


def structure_p2p_order_dispute_request(data: Any) -> m.P2pOrderDisputeRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderDisputeRequest)
    count = len(data)
    try:
        value = data["p2p_order_dispute"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_order_dispute",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_order_dispute = value
    else:
        raise _not_one_of("1", value).at("p2p_order_dispute")
    try:
        value = data["dispute_reason"]
    except KeyError:
        raise DecodeError("required field is missing", ("dispute_reason",)) from None
    if (
        value.__class__ is _STR
        and value
        in _ALLOWED_buyer_not_paid_buyer_overpaid_buyer_third_party_payment_method_and_2_more
    ):
        obj.dispute_reason = value
    else:
        raise _not_one_of(
            "'seller_not_released', 'buyer_underpaid', 'buyer_overpaid', 'buyer_not_paid', 'buyer_third_party_payment_method'",
            value,
        ).at("dispute_reason")
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
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
    if count != 6:
        unknown = sorted(key for key in data if key not in _KEYS_P2P_ORDER_DISPUTE_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_order_dispute_request(obj: m.P2pOrderDisputeRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "p2p_order_dispute": obj.p2p_order_dispute,
        "dispute_reason": obj.dispute_reason,
        "id": obj.id,
    }
    value: Any
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


def structure_p2p_order_dispute_response(data: Any) -> m.P2pOrderDisputeResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderDisputeResponse)
    count = len(data)
    value = data.get("p2p_order_dispute", _MISSING)
    if value is _MISSING:
        obj.p2p_order_dispute = None
        count += 1
    else:
        try:
            obj.p2p_order_dispute = structure_p2p_order_dispute_response_p2p_order_dispute(value)
        except DecodeError as error:
            raise error.at("p2p_order_dispute") from None
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
    if value.__class__ is _STR and value in _ALLOWED_p2p_order_dispute:
        obj.msg_type = value
    else:
        raise _not_one_of("'p2p_order_dispute'", value).at("msg_type")
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_P2P_ORDER_DISPUTE_RESPONSE
        }
    return obj


def unstructure_p2p_order_dispute_response(obj: m.P2pOrderDisputeResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.p2p_order_dispute
    if value is not None:
        data["p2p_order_dispute"] = unstructure_p2p_order_dispute_response_p2p_order_dispute(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_order_dispute_response_p2p_order_dispute(
    data: Any,
) -> m.P2pOrderDisputeResponseP2pOrderDispute:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderDisputeResponseP2pOrderDispute)
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
        obj.advert_details = structure_p2p_order_dispute_response_p2p_order_dispute_advert_details(
            value
        )
    except DecodeError as error:
        raise error.at("advert_details") from None
    try:
        value = data["advertiser_details"]
    except KeyError:
        raise DecodeError("required field is missing", ("advertiser_details",)) from None
    try:
        obj.advertiser_details = (
            structure_p2p_order_dispute_response_p2p_order_dispute_advertiser_details(value)
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
    try:
        value = data["client_details"]
    except KeyError:
        raise DecodeError("required field is missing", ("client_details",)) from None
    try:
        obj.client_details = structure_p2p_order_dispute_response_p2p_order_dispute_client_details(
            value
        )
    except DecodeError as error:
        raise error.at("client_details") from None
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
            structure_p2p_order_dispute_response_p2p_order_dispute_dispute_details(value)
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
    try:
        value = data["is_seen"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_seen",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
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
    if count == 27:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ORDER_DISPUTE_RESPONSE_P2P_ORDER_DISPUTE
        }
    return obj


def unstructure_p2p_order_dispute_response_p2p_order_dispute(
    obj: m.P2pOrderDisputeResponseP2pOrderDispute,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "account_currency": obj.account_currency,
        "advert_details": unstructure_p2p_order_dispute_response_p2p_order_dispute_advert_details(
            obj.advert_details
        ),
        "advertiser_details": unstructure_p2p_order_dispute_response_p2p_order_dispute_advertiser_details(
            obj.advertiser_details
        ),
        "amount": obj.amount,
        "amount_display": obj.amount_display,
        "chat_channel_url": obj.chat_channel_url,
        "client_details": unstructure_p2p_order_dispute_response_p2p_order_dispute_client_details(
            obj.client_details
        ),
        "contact_info": obj.contact_info,
        "created_time": obj.created_time,
        "dispute_details": unstructure_p2p_order_dispute_response_p2p_order_dispute_dispute_details(
            obj.dispute_details
        ),
        "expiry_time": obj.expiry_time,
        "id": obj.id,
        "is_incoming": obj.is_incoming,
        "is_reviewable": obj.is_reviewable,
        "is_seen": obj.is_seen,
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


def structure_p2p_order_dispute_response_p2p_order_dispute_advert_details(
    data: Any,
) -> m.P2pOrderDisputeResponseP2pOrderDisputeAdvertDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderDisputeResponseP2pOrderDisputeAdvertDetails)
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
            if k not in _KEYS_P2P_ORDER_DISPUTE_RESPONSE_P2P_ORDER_DISPUTE_ADVERT_DETAILS
        }
    return obj


def unstructure_p2p_order_dispute_response_p2p_order_dispute_advert_details(
    obj: m.P2pOrderDisputeResponseP2pOrderDisputeAdvertDetails,
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


def structure_p2p_order_dispute_response_p2p_order_dispute_advertiser_details(
    data: Any,
) -> m.P2pOrderDisputeResponseP2pOrderDisputeAdvertiserDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderDisputeResponseP2pOrderDisputeAdvertiserDetails)
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
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ORDER_DISPUTE_RESPONSE_P2P_ORDER_DISPUTE_ADVERTISER_DETAILS
        }
    return obj


def unstructure_p2p_order_dispute_response_p2p_order_dispute_advertiser_details(
    obj: m.P2pOrderDisputeResponseP2pOrderDisputeAdvertiserDetails,
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
    value = obj.last_name
    if value is not None:
        data["last_name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_order_dispute_response_p2p_order_dispute_client_details(
    data: Any,
) -> m.P2pOrderDisputeResponseP2pOrderDisputeClientDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderDisputeResponseP2pOrderDisputeClientDetails)
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
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ORDER_DISPUTE_RESPONSE_P2P_ORDER_DISPUTE_CLIENT_DETAILS
        }
    return obj


def unstructure_p2p_order_dispute_response_p2p_order_dispute_client_details(
    obj: m.P2pOrderDisputeResponseP2pOrderDisputeClientDetails,
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
    value = obj.last_name
    if value is not None:
        data["last_name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_order_dispute_response_p2p_order_dispute_dispute_details(
    data: Any,
) -> m.P2pOrderDisputeResponseP2pOrderDisputeDisputeDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderDisputeResponseP2pOrderDisputeDisputeDetails)
    try:
        value = data["dispute_reason"]
    except KeyError:
        raise DecodeError("required field is missing", ("dispute_reason",)) from None
    if value.__class__ is str:
        obj.dispute_reason = value
    else:
        raise _expected("a string", value).at("dispute_reason")
    try:
        value = data["disputer_loginid"]
    except KeyError:
        raise DecodeError("required field is missing", ("disputer_loginid",)) from None
    if value.__class__ is str:
        obj.disputer_loginid = value
    else:
        raise _expected("a string", value).at("disputer_loginid")
    if len(data) == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ORDER_DISPUTE_RESPONSE_P2P_ORDER_DISPUTE_DISPUTE_DETAILS
        }
    return obj


def unstructure_p2p_order_dispute_response_p2p_order_dispute_dispute_details(
    obj: m.P2pOrderDisputeResponseP2pOrderDisputeDisputeDetails,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "dispute_reason": obj.dispute_reason,
        "disputer_loginid": obj.disputer_loginid,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.P2pOrderDisputeRequest: structure_p2p_order_dispute_request,
    m.P2pOrderDisputeResponse: structure_p2p_order_dispute_response,
    m.P2pOrderDisputeResponseP2pOrderDispute: structure_p2p_order_dispute_response_p2p_order_dispute,
    m.P2pOrderDisputeResponseP2pOrderDisputeAdvertDetails: structure_p2p_order_dispute_response_p2p_order_dispute_advert_details,
    m.P2pOrderDisputeResponseP2pOrderDisputeAdvertiserDetails: structure_p2p_order_dispute_response_p2p_order_dispute_advertiser_details,
    m.P2pOrderDisputeResponseP2pOrderDisputeClientDetails: structure_p2p_order_dispute_response_p2p_order_dispute_client_details,
    m.P2pOrderDisputeResponseP2pOrderDisputeDisputeDetails: structure_p2p_order_dispute_response_p2p_order_dispute_dispute_details,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.P2pOrderDisputeRequest: unstructure_p2p_order_dispute_request,
    m.P2pOrderDisputeResponse: unstructure_p2p_order_dispute_response,
    m.P2pOrderDisputeResponseP2pOrderDispute: unstructure_p2p_order_dispute_response_p2p_order_dispute,
    m.P2pOrderDisputeResponseP2pOrderDisputeAdvertDetails: unstructure_p2p_order_dispute_response_p2p_order_dispute_advert_details,
    m.P2pOrderDisputeResponseP2pOrderDisputeAdvertiserDetails: unstructure_p2p_order_dispute_response_p2p_order_dispute_advertiser_details,
    m.P2pOrderDisputeResponseP2pOrderDisputeClientDetails: unstructure_p2p_order_dispute_response_p2p_order_dispute_client_details,
    m.P2pOrderDisputeResponseP2pOrderDisputeDisputeDetails: unstructure_p2p_order_dispute_response_p2p_order_dispute_dispute_details,
}
