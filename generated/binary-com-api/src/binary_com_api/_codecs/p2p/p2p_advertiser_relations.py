"""Decoders and encoders of the models of the ``p2p_advertiser_relations`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_p2p_advertiser_relations = frozenset({"p2p_advertiser_relations"})


_KEYS_P2P_ADVERTISER_RELATIONS_REQUEST = frozenset(
    (
        "p2p_advertiser_relations",
        "add_blocked",
        "add_favourites",
        "remove_blocked",
        "remove_favourites",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_P2P_ADVERTISER_RELATIONS_RESPONSE = frozenset(
    (
        "p2p_advertiser_relations",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_P2P_ADVERTISER_RELATIONS_RESPONSE_P2P_ADVERTISER_RELATIONS = frozenset(
    (
        "blocked_advertisers",
        "favourite_advertisers",
    )
)


_KEYS_P2P_ADVERTISER_RELATIONS_RESPONSE_P2P_ADVERTISER_RELATIONS_BLOCKED_ADVERTISERS_ITEM = (
    frozenset(
        (
            "created_time",
            "id",
            "name",
        )
    )
)


_KEYS_P2P_ADVERTISER_RELATIONS_RESPONSE_P2P_ADVERTISER_RELATIONS_FAVOURITE_ADVERTISERS_ITEM = (
    frozenset(
        (
            "created_time",
            "id",
            "name",
        )
    )
)


def _decode_list_of_P2pAdvertiserRelationsResponseP2pAdvertiserRelationsBlockedAdvertisersItem(
    value: Any,
) -> list[m.P2pAdvertiserRelationsResponseP2pAdvertiserRelationsBlockedAdvertisersItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_p2p_advertiser_relations_response_p2p_advertiser_relations_blocked_advertisers_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_p2p_advertiser_relations_response_p2p_advertiser_relations_blocked_advertisers_item,
        ) from None


def _decode_list_of_P2pAdvertiserRelationsResponseP2pAdvertiserRelationsFavouriteAdvertisersItem(
    value: Any,
) -> list[m.P2pAdvertiserRelationsResponseP2pAdvertiserRelationsFavouriteAdvertisersItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_p2p_advertiser_relations_response_p2p_advertiser_relations_favourite_advertisers_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_p2p_advertiser_relations_response_p2p_advertiser_relations_favourite_advertisers_item,
        ) from None


def _decode_list_of_float(value: Any) -> list[float]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not float and item.__class__ is not int:
                raise _expected("a number", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[float] = value
    return result


def structure_p2p_advertiser_relations_request(data: Any) -> m.P2pAdvertiserRelationsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserRelationsRequest)
    count = len(data)
    try:
        value = data["p2p_advertiser_relations"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_advertiser_relations",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_advertiser_relations = value
    else:
        raise _not_one_of("1", value).at("p2p_advertiser_relations")
    value = data.get("add_blocked", _MISSING)
    if value is _MISSING:
        obj.add_blocked = None
        count += 1
    else:
        try:
            obj.add_blocked = _decode_list_of_float(value)
        except DecodeError as error:
            raise error.at("add_blocked") from None
    value = data.get("add_favourites", _MISSING)
    if value is _MISSING:
        obj.add_favourites = None
        count += 1
    else:
        try:
            obj.add_favourites = _decode_list_of_float(value)
        except DecodeError as error:
            raise error.at("add_favourites") from None
    value = data.get("remove_blocked", _MISSING)
    if value is _MISSING:
        obj.remove_blocked = None
        count += 1
    else:
        try:
            obj.remove_blocked = _decode_list_of_float(value)
        except DecodeError as error:
            raise error.at("remove_blocked") from None
    value = data.get("remove_favourites", _MISSING)
    if value is _MISSING:
        obj.remove_favourites = None
        count += 1
    else:
        try:
            obj.remove_favourites = _decode_list_of_float(value)
        except DecodeError as error:
            raise error.at("remove_favourites") from None
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
    if count != 8:
        unknown = sorted(key for key in data if key not in _KEYS_P2P_ADVERTISER_RELATIONS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_advertiser_relations_request(
    obj: m.P2pAdvertiserRelationsRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"p2p_advertiser_relations": obj.p2p_advertiser_relations}
    value: Any
    value = obj.add_blocked
    if value is not None:
        data["add_blocked"] = value
    value = obj.add_favourites
    if value is not None:
        data["add_favourites"] = value
    value = obj.remove_blocked
    if value is not None:
        data["remove_blocked"] = value
    value = obj.remove_favourites
    if value is not None:
        data["remove_favourites"] = value
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


def structure_p2p_advertiser_relations_response(data: Any) -> m.P2pAdvertiserRelationsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserRelationsResponse)
    count = len(data)
    value = data.get("p2p_advertiser_relations", _MISSING)
    if value is _MISSING:
        obj.p2p_advertiser_relations = None
        count += 1
    else:
        try:
            obj.p2p_advertiser_relations = (
                structure_p2p_advertiser_relations_response_p2p_advertiser_relations(value)
            )
        except DecodeError as error:
            raise error.at("p2p_advertiser_relations") from None
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
    if value.__class__ is _STR and value in _ALLOWED_p2p_advertiser_relations:
        obj.msg_type = value
    else:
        raise _not_one_of("'p2p_advertiser_relations'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_P2P_ADVERTISER_RELATIONS_RESPONSE
        }
    return obj


def unstructure_p2p_advertiser_relations_response(
    obj: m.P2pAdvertiserRelationsResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.p2p_advertiser_relations
    if value is not None:
        data["p2p_advertiser_relations"] = (
            unstructure_p2p_advertiser_relations_response_p2p_advertiser_relations(value)
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advertiser_relations_response_p2p_advertiser_relations(
    data: Any,
) -> m.P2pAdvertiserRelationsResponseP2pAdvertiserRelations:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserRelationsResponseP2pAdvertiserRelations)
    try:
        value = data["blocked_advertisers"]
    except KeyError:
        raise DecodeError("required field is missing", ("blocked_advertisers",)) from None
    try:
        obj.blocked_advertisers = _decode_list_of_P2pAdvertiserRelationsResponseP2pAdvertiserRelationsBlockedAdvertisersItem(
            value
        )
    except DecodeError as error:
        raise error.at("blocked_advertisers") from None
    try:
        value = data["favourite_advertisers"]
    except KeyError:
        raise DecodeError("required field is missing", ("favourite_advertisers",)) from None
    try:
        obj.favourite_advertisers = _decode_list_of_P2pAdvertiserRelationsResponseP2pAdvertiserRelationsFavouriteAdvertisersItem(
            value
        )
    except DecodeError as error:
        raise error.at("favourite_advertisers") from None
    if len(data) == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ADVERTISER_RELATIONS_RESPONSE_P2P_ADVERTISER_RELATIONS
        }
    return obj


def unstructure_p2p_advertiser_relations_response_p2p_advertiser_relations(
    obj: m.P2pAdvertiserRelationsResponseP2pAdvertiserRelations,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "blocked_advertisers": [
            unstructure_p2p_advertiser_relations_response_p2p_advertiser_relations_blocked_advertisers_item(
                item
            )
            for item in obj.blocked_advertisers
        ],
        "favourite_advertisers": [
            unstructure_p2p_advertiser_relations_response_p2p_advertiser_relations_favourite_advertisers_item(
                item
            )
            for item in obj.favourite_advertisers
        ],
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advertiser_relations_response_p2p_advertiser_relations_blocked_advertisers_item(
    data: Any,
) -> m.P2pAdvertiserRelationsResponseP2pAdvertiserRelationsBlockedAdvertisersItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserRelationsResponseP2pAdvertiserRelationsBlockedAdvertisersItem)
    count = len(data)
    value = data.get("created_time", _MISSING)
    if value.__class__ is int:
        obj.created_time = value
    elif value is _MISSING:
        obj.created_time = None
        count += 1
    else:
        raise _expected("an integer", value).at("created_time")
    value = data.get("id", _MISSING)
    if value.__class__ is str:
        obj.id = value
    elif value is _MISSING:
        obj.id = None
        count += 1
    else:
        raise _expected("a string", value).at("id")
    value = data.get("name", _MISSING)
    if value.__class__ is str:
        obj.name = value
    elif value is _MISSING:
        obj.name = None
        count += 1
    else:
        raise _expected("a string", value).at("name")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_P2P_ADVERTISER_RELATIONS_RESPONSE_P2P_ADVERTISER_RELATIONS_BLOCKED_ADVERTISERS_ITEM
        }
    return obj


def unstructure_p2p_advertiser_relations_response_p2p_advertiser_relations_blocked_advertisers_item(
    obj: m.P2pAdvertiserRelationsResponseP2pAdvertiserRelationsBlockedAdvertisersItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.created_time
    if value is not None:
        data["created_time"] = value
    value = obj.id
    if value is not None:
        data["id"] = value
    value = obj.name
    if value is not None:
        data["name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advertiser_relations_response_p2p_advertiser_relations_favourite_advertisers_item(
    data: Any,
) -> m.P2pAdvertiserRelationsResponseP2pAdvertiserRelationsFavouriteAdvertisersItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserRelationsResponseP2pAdvertiserRelationsFavouriteAdvertisersItem)
    count = len(data)
    value = data.get("created_time", _MISSING)
    if value.__class__ is int:
        obj.created_time = value
    elif value is _MISSING:
        obj.created_time = None
        count += 1
    else:
        raise _expected("an integer", value).at("created_time")
    value = data.get("id", _MISSING)
    if value.__class__ is str:
        obj.id = value
    elif value is _MISSING:
        obj.id = None
        count += 1
    else:
        raise _expected("a string", value).at("id")
    value = data.get("name", _MISSING)
    if value.__class__ is str:
        obj.name = value
    elif value is _MISSING:
        obj.name = None
        count += 1
    else:
        raise _expected("a string", value).at("name")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_P2P_ADVERTISER_RELATIONS_RESPONSE_P2P_ADVERTISER_RELATIONS_FAVOURITE_ADVERTISERS_ITEM
        }
    return obj


def unstructure_p2p_advertiser_relations_response_p2p_advertiser_relations_favourite_advertisers_item(
    obj: m.P2pAdvertiserRelationsResponseP2pAdvertiserRelationsFavouriteAdvertisersItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.created_time
    if value is not None:
        data["created_time"] = value
    value = obj.id
    if value is not None:
        data["id"] = value
    value = obj.name
    if value is not None:
        data["name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.P2pAdvertiserRelationsRequest: structure_p2p_advertiser_relations_request,
    m.P2pAdvertiserRelationsResponse: structure_p2p_advertiser_relations_response,
    m.P2pAdvertiserRelationsResponseP2pAdvertiserRelations: structure_p2p_advertiser_relations_response_p2p_advertiser_relations,
    m.P2pAdvertiserRelationsResponseP2pAdvertiserRelationsBlockedAdvertisersItem: structure_p2p_advertiser_relations_response_p2p_advertiser_relations_blocked_advertisers_item,
    m.P2pAdvertiserRelationsResponseP2pAdvertiserRelationsFavouriteAdvertisersItem: structure_p2p_advertiser_relations_response_p2p_advertiser_relations_favourite_advertisers_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.P2pAdvertiserRelationsRequest: unstructure_p2p_advertiser_relations_request,
    m.P2pAdvertiserRelationsResponse: unstructure_p2p_advertiser_relations_response,
    m.P2pAdvertiserRelationsResponseP2pAdvertiserRelations: unstructure_p2p_advertiser_relations_response_p2p_advertiser_relations,
    m.P2pAdvertiserRelationsResponseP2pAdvertiserRelationsBlockedAdvertisersItem: unstructure_p2p_advertiser_relations_response_p2p_advertiser_relations_blocked_advertisers_item,
    m.P2pAdvertiserRelationsResponseP2pAdvertiserRelationsFavouriteAdvertisersItem: unstructure_p2p_advertiser_relations_response_p2p_advertiser_relations_favourite_advertisers_item,
}
