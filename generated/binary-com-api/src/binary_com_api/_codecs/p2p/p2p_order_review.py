"""Decoders and encoders of the models of the ``p2p_order_review`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_p2p_order_review = frozenset({"p2p_order_review"})


_KEYS_P2P_ORDER_REVIEW_REQUEST = frozenset(
    (
        "p2p_order_review",
        "order_id",
        "rating",
        "recommended",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_P2P_ORDER_REVIEW_RESPONSE = frozenset(
    (
        "p2p_order_review",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_P2P_ORDER_REVIEW_RESPONSE_P2P_ORDER_REVIEW = frozenset(
    (
        "advertiser_id",
        "created_time",
        "order_id",
        "rating",
        "recommended",
    )
)


def structure_p2p_order_review_request(data: Any) -> m.P2pOrderReviewRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderReviewRequest)
    count = len(data)
    if count == 7:
        try:
            v_p2p_order_review = data["p2p_order_review"]
            v_order_id = data["order_id"]
            v_rating = data["rating"]
            v_recommended = data["recommended"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_p2p_order_review.__class__ is _INT and v_p2p_order_review in _ALLOWED_1)
                and (v_order_id.__class__ is str)
                and (v_rating.__class__ is int)
                and (
                    v_recommended is None
                    or (v_recommended.__class__ is _INT and v_recommended in _ALLOWED_0_1)
                )
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.p2p_order_review = v_p2p_order_review
                obj.order_id = v_order_id
                obj.rating = v_rating
                obj.recommended = v_recommended
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["p2p_order_review"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_order_review",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_order_review = value
    else:
        raise _not_one_of("1", value).at("p2p_order_review")
    try:
        value = data["order_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("order_id",)) from None
    if value.__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
    try:
        value = data["rating"]
    except KeyError:
        raise DecodeError("required field is missing", ("rating",)) from None
    if value.__class__ is int:
        obj.rating = value
    else:
        raise _expected("an integer", value).at("rating")
    if "recommended" not in data:
        obj.recommended = UNSET
        count += 1
    elif (value := data["recommended"]) is None or (
        value.__class__ is _INT and value in _ALLOWED_0_1
    ):
        obj.recommended = value
    else:
        raise _not_one_of("0, 1", value).at("recommended")
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
    if count != 7:
        unknown = sorted(key for key in data if key not in _KEYS_P2P_ORDER_REVIEW_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_order_review_request(obj: m.P2pOrderReviewRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "p2p_order_review": obj.p2p_order_review,
        "order_id": obj.order_id,
        "rating": obj.rating,
    }
    value: Any
    value = obj.recommended
    if value is not UNSET:
        data["recommended"] = value
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


def structure_p2p_order_review_response(data: Any) -> m.P2pOrderReviewResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderReviewResponse)
    count = len(data)
    if count == 4:
        try:
            v_p2p_order_review = data["p2p_order_review"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_p2p_order_review)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.p2p_order_review = structure_p2p_order_review_response_p2p_order_review(
                        v_p2p_order_review
                    )
                except DecodeError as error:
                    raise error.at("p2p_order_review") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "p2p_order_review" not in data:
        obj.p2p_order_review = None
        count += 1
    else:
        value = data["p2p_order_review"]
        try:
            obj.p2p_order_review = structure_p2p_order_review_response_p2p_order_review(value)
        except DecodeError as error:
            raise error.at("p2p_order_review") from None
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
    if value.__class__ is _STR and value in _ALLOWED_p2p_order_review:
        obj.msg_type = value
    else:
        raise _not_one_of("'p2p_order_review'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_P2P_ORDER_REVIEW_RESPONSE
        }
    return obj


def unstructure_p2p_order_review_response(obj: m.P2pOrderReviewResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.p2p_order_review
    if value is not None:
        data["p2p_order_review"] = unstructure_p2p_order_review_response_p2p_order_review(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_order_review_response_p2p_order_review(
    data: Any,
) -> m.P2pOrderReviewResponseP2pOrderReview:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pOrderReviewResponseP2pOrderReview)
    count = len(data)
    if count == 5:
        try:
            v_advertiser_id = data["advertiser_id"]
            v_created_time = data["created_time"]
            v_order_id = data["order_id"]
            v_rating = data["rating"]
            v_recommended = data["recommended"]
        except KeyError:
            pass
        else:
            if (
                (v_advertiser_id.__class__ is str)
                and (v_created_time.__class__ is int)
                and (v_order_id.__class__ is str)
                and (v_rating.__class__ is int)
                and (
                    v_recommended is None
                    or (v_recommended.__class__ is _INT and v_recommended in _ALLOWED_0_1)
                )
            ):
                obj.advertiser_id = v_advertiser_id
                obj.created_time = v_created_time
                obj.order_id = v_order_id
                obj.rating = v_rating
                obj.recommended = v_recommended
                obj.extra_fields = {}
                return obj
    try:
        value = data["advertiser_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("advertiser_id",)) from None
    if value.__class__ is str:
        obj.advertiser_id = value
    else:
        raise _expected("a string", value).at("advertiser_id")
    try:
        value = data["created_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("created_time",)) from None
    if value.__class__ is int:
        obj.created_time = value
    else:
        raise _expected("an integer", value).at("created_time")
    try:
        value = data["order_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("order_id",)) from None
    if value.__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
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
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ORDER_REVIEW_RESPONSE_P2P_ORDER_REVIEW
        }
    return obj


def unstructure_p2p_order_review_response_p2p_order_review(
    obj: m.P2pOrderReviewResponseP2pOrderReview,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "advertiser_id": obj.advertiser_id,
        "created_time": obj.created_time,
        "order_id": obj.order_id,
        "rating": obj.rating,
        "recommended": obj.recommended,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.P2pOrderReviewRequest: structure_p2p_order_review_request,
    m.P2pOrderReviewResponse: structure_p2p_order_review_response,
    m.P2pOrderReviewResponseP2pOrderReview: structure_p2p_order_review_response_p2p_order_review,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.P2pOrderReviewRequest: unstructure_p2p_order_review_request,
    m.P2pOrderReviewResponse: unstructure_p2p_order_review_response,
    m.P2pOrderReviewResponseP2pOrderReview: unstructure_p2p_order_review_response_p2p_order_review,
}
