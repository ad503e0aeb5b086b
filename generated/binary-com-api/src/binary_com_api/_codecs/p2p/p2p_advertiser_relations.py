"""Decoders and encoders of the models of the ``p2p_advertiser_relations`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
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
    if count == 8:
        try:
            v_p2p_advertiser_relations = data["p2p_advertiser_relations"]
            v_add_blocked = data["add_blocked"]
            v_add_favourites = data["add_favourites"]
            v_remove_blocked = data["remove_blocked"]
            v_remove_favourites = data["remove_favourites"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_p2p_advertiser_relations.__class__ is _INT
                    and v_p2p_advertiser_relations in _ALLOWED_1
                )
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.p2p_advertiser_relations = v_p2p_advertiser_relations
                try:
                    obj.add_blocked = _decode_list_of_float(v_add_blocked)
                except DecodeError as error:
                    raise error.at("add_blocked") from None
                try:
                    obj.add_favourites = _decode_list_of_float(v_add_favourites)
                except DecodeError as error:
                    raise error.at("add_favourites") from None
                try:
                    obj.remove_blocked = _decode_list_of_float(v_remove_blocked)
                except DecodeError as error:
                    raise error.at("remove_blocked") from None
                try:
                    obj.remove_favourites = _decode_list_of_float(v_remove_favourites)
                except DecodeError as error:
                    raise error.at("remove_favourites") from None
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["p2p_advertiser_relations"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_advertiser_relations",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_advertiser_relations = value
    else:
        raise _not_one_of("1", value).at("p2p_advertiser_relations")
    if "add_blocked" not in data:
        obj.add_blocked = None
        count += 1
    else:
        value = data["add_blocked"]
        try:
            obj.add_blocked = _decode_list_of_float(value)
        except DecodeError as error:
            raise error.at("add_blocked") from None
    if "add_favourites" not in data:
        obj.add_favourites = None
        count += 1
    else:
        value = data["add_favourites"]
        try:
            obj.add_favourites = _decode_list_of_float(value)
        except DecodeError as error:
            raise error.at("add_favourites") from None
    if "remove_blocked" not in data:
        obj.remove_blocked = None
        count += 1
    else:
        value = data["remove_blocked"]
        try:
            obj.remove_blocked = _decode_list_of_float(value)
        except DecodeError as error:
            raise error.at("remove_blocked") from None
    if "remove_favourites" not in data:
        obj.remove_favourites = None
        count += 1
    else:
        value = data["remove_favourites"]
        try:
            obj.remove_favourites = _decode_list_of_float(value)
        except DecodeError as error:
            raise error.at("remove_favourites") from None
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
    if count == 4:
        try:
            v_p2p_advertiser_relations = data["p2p_advertiser_relations"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_p2p_advertiser_relations
                )
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.p2p_advertiser_relations = (
                        structure_p2p_advertiser_relations_response_p2p_advertiser_relations(
                            v_p2p_advertiser_relations
                        )
                    )
                except DecodeError as error:
                    raise error.at("p2p_advertiser_relations") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "p2p_advertiser_relations" not in data:
        obj.p2p_advertiser_relations = None
        count += 1
    else:
        value = data["p2p_advertiser_relations"]
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
    count = len(data)
    if count == 2:
        try:
            v_blocked_advertisers = data["blocked_advertisers"]
            v_favourite_advertisers = data["favourite_advertisers"]
        except KeyError:
            pass
        else:
            try:
                obj.blocked_advertisers = _decode_list_of_P2pAdvertiserRelationsResponseP2pAdvertiserRelationsBlockedAdvertisersItem(
                    v_blocked_advertisers
                )
            except DecodeError as error:
                raise error.at("blocked_advertisers") from None
            try:
                obj.favourite_advertisers = _decode_list_of_P2pAdvertiserRelationsResponseP2pAdvertiserRelationsFavouriteAdvertisersItem(
                    v_favourite_advertisers
                )
            except DecodeError as error:
                raise error.at("favourite_advertisers") from None
            obj.extra_fields = {}
            return obj
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
    if count == 2:
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
    if count == 3:
        try:
            v_created_time = data["created_time"]
            v_id = data["id"]
            v_name = data["name"]
        except KeyError:
            pass
        else:
            if (
                (v_created_time.__class__ is int)
                and (v_id.__class__ is str)
                and (v_name.__class__ is str)
            ):
                obj.created_time = v_created_time
                obj.id = v_id
                obj.name = v_name
                obj.extra_fields = {}
                return obj
    if "created_time" not in data:
        obj.created_time = None
        count += 1
    elif (value := data["created_time"]).__class__ is int:
        obj.created_time = value
    else:
        raise _expected("an integer", value).at("created_time")
    if "id" not in data:
        obj.id = None
        count += 1
    elif (value := data["id"]).__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
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
    if count == 3:
        try:
            v_created_time = data["created_time"]
            v_id = data["id"]
            v_name = data["name"]
        except KeyError:
            pass
        else:
            if (
                (v_created_time.__class__ is int)
                and (v_id.__class__ is str)
                and (v_name.__class__ is str)
            ):
                obj.created_time = v_created_time
                obj.id = v_id
                obj.name = v_name
                obj.extra_fields = {}
                return obj
    if "created_time" not in data:
        obj.created_time = None
        count += 1
    elif (value := data["created_time"]).__class__ is int:
        obj.created_time = value
    else:
        raise _expected("an integer", value).at("created_time")
    if "id" not in data:
        obj.id = None
        count += 1
    elif (value := data["id"]).__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
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
