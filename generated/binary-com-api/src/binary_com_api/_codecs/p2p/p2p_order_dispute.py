"""Decoders and encoders of the models of the ``p2p_order_dispute`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
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
    if count == 6:
        try:
            v_p2p_order_dispute = data["p2p_order_dispute"]
            v_dispute_reason = data["dispute_reason"]
            v_id = data["id"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_p2p_order_dispute.__class__ is _INT and v_p2p_order_dispute in _ALLOWED_1)
                and (
                    v_dispute_reason.__class__ is _STR
                    and v_dispute_reason
                    in _ALLOWED_buyer_not_paid_buyer_overpaid_buyer_third_party_payment_method_and_2_more
                )
                and (v_id.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.p2p_order_dispute = v_p2p_order_dispute
                obj.dispute_reason = v_dispute_reason
                obj.id = v_id
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
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
    if count == 4:
        try:
            v_p2p_order_dispute = data["p2p_order_dispute"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_p2p_order_dispute)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.p2p_order_dispute = structure_p2p_order_dispute_response_p2p_order_dispute(
                        v_p2p_order_dispute
                    )
                except DecodeError as error:
                    raise error.at("p2p_order_dispute") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "p2p_order_dispute" not in data:
        obj.p2p_order_dispute = None
        count += 1
    else:
        value = data["p2p_order_dispute"]
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
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
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
    if count == 27:
        try:
            v_account_currency = data["account_currency"]
            v_advert_details = data["advert_details"]
            v_advertiser_details = data["advertiser_details"]
            v_amount = data["amount"]
            v_amount_display = data["amount_display"]
            v_chat_channel_url = data["chat_channel_url"]
            v_client_details = data["client_details"]
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
            v_price = data["price"]
            v_price_display = data["price_display"]
            v_rate = data["rate"]
            v_rate_display = data["rate_display"]
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
                and (v_contact_info.__class__ is str)
                and (v_created_time.__class__ is int)
                and (v_expiry_time.__class__ is int)
                and (v_id.__class__ is str)
                and (v_is_incoming.__class__ is _INT and v_is_incoming in _ALLOWED_0_1)
                and (v_is_reviewable.__class__ is _INT and v_is_reviewable in _ALLOWED_0_1)
                and (v_is_seen.__class__ is _INT and v_is_seen in _ALLOWED_0_1)
                and (v_local_currency.__class__ is str)
                and (v_payment_info.__class__ is str)
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
                        structure_p2p_order_dispute_response_p2p_order_dispute_advert_details(
                            v_advert_details
                        )
                    )
                except DecodeError as error:
                    raise error.at("advert_details") from None
                try:
                    obj.advertiser_details = (
                        structure_p2p_order_dispute_response_p2p_order_dispute_advertiser_details(
                            v_advertiser_details
                        )
                    )
                except DecodeError as error:
                    raise error.at("advertiser_details") from None
                obj.amount = v_amount
                obj.amount_display = v_amount_display
                obj.chat_channel_url = v_chat_channel_url
                try:
                    obj.client_details = (
                        structure_p2p_order_dispute_response_p2p_order_dispute_client_details(
                            v_client_details
                        )
                    )
                except DecodeError as error:
                    raise error.at("client_details") from None
                obj.contact_info = v_contact_info
                obj.created_time = v_created_time
                try:
                    obj.dispute_details = (
                        structure_p2p_order_dispute_response_p2p_order_dispute_dispute_details(
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
                obj.price = v_price
                obj.price_display = v_price_display
                obj.rate = v_rate
                obj.rate_display = v_rate_display
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
    if count == 7:
        try:
            v_first_name = data["first_name"]
            v_id = data["id"]
            v_is_online = data["is_online"]
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
                and (v_last_name.__class__ is str)
                and (v_last_online_time is None or (v_last_online_time.__class__ is int))
                and (v_loginid.__class__ is str)
                and (v_name.__class__ is str)
            ):
                obj.first_name = v_first_name
                obj.id = v_id
                obj.is_online = v_is_online
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
    if count == 7:
        try:
            v_first_name = data["first_name"]
            v_id = data["id"]
            v_is_online = data["is_online"]
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
                and (v_last_name.__class__ is str)
                and (v_last_online_time is None or (v_last_online_time.__class__ is int))
                and (v_loginid.__class__ is str)
                and (v_name.__class__ is str)
            ):
                obj.first_name = v_first_name
                obj.id = v_id
                obj.is_online = v_is_online
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
    count = len(data)
    if count == 2:
        try:
            v_dispute_reason = data["dispute_reason"]
            v_disputer_loginid = data["disputer_loginid"]
        except KeyError:
            pass
        else:
            if (v_dispute_reason.__class__ is str) and (v_disputer_loginid.__class__ is str):
                obj.dispute_reason = v_dispute_reason
                obj.disputer_loginid = v_disputer_loginid
                obj.extra_fields = {}
                return obj
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
    if count == 2:
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
