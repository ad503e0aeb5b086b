"""Decoders and encoders of the models of the ``states_list`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_states_list = frozenset({"states_list"})


_KEYS_STATES_LIST_REQUEST = frozenset(
    (
        "states_list",
        "passthrough",
        "req_id",
    )
)


_KEYS_STATES_LIST_RESPONSE = frozenset(
    (
        "states_list",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_STATES_LIST_RESPONSE_STATES_LIST_ITEM = frozenset(
    (
        "text",
        "value",
    )
)


def _decode_list_of_StatesListResponseStatesListItem(
    value: Any,
) -> list[m.StatesListResponseStatesListItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_states_list_response_states_list_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_states_list_response_states_list_item) from None


def structure_states_list_request(data: Any) -> m.StatesListRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.StatesListRequest)
    count = len(data)
    if count == 3:
        try:
            v_states_list = data["states_list"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_states_list.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.states_list = v_states_list
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["states_list"]
    except KeyError:
        raise DecodeError("required field is missing", ("states_list",)) from None
    if value.__class__ is str:
        obj.states_list = value
    else:
        raise _expected("a string", value).at("states_list")
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
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_STATES_LIST_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_states_list_request(obj: m.StatesListRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"states_list": obj.states_list}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_states_list_response(data: Any) -> m.StatesListResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.StatesListResponse)
    count = len(data)
    if count == 4:
        try:
            v_states_list = data["states_list"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_states_list)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.states_list = _decode_list_of_StatesListResponseStatesListItem(
                        v_states_list
                    )
                except DecodeError as error:
                    raise error.at("states_list") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "states_list" not in data:
        obj.states_list = None
        count += 1
    else:
        value = data["states_list"]
        try:
            obj.states_list = _decode_list_of_StatesListResponseStatesListItem(value)
        except DecodeError as error:
            raise error.at("states_list") from None
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
    if value.__class__ is _STR and value in _ALLOWED_states_list:
        obj.msg_type = value
    else:
        raise _not_one_of("'states_list'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_STATES_LIST_RESPONSE}
    return obj


def unstructure_states_list_response(obj: m.StatesListResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.states_list
    if value is not None:
        data["states_list"] = [
            unstructure_states_list_response_states_list_item(item) for item in value
        ]
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_states_list_response_states_list_item(
    data: Any,
) -> m.StatesListResponseStatesListItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.StatesListResponseStatesListItem)
    count = len(data)
    if count == 2:
        try:
            v_text = data["text"]
            v_value = data["value"]
        except KeyError:
            pass
        else:
            if (v_text.__class__ is str) and (v_value.__class__ is str):
                obj.text = v_text
                obj.value = v_value
                obj.extra_fields = {}
                return obj
    if "text" not in data:
        obj.text = None
        count += 1
    elif (value := data["text"]).__class__ is str:
        obj.text = value
    else:
        raise _expected("a string", value).at("text")
    if "value" not in data:
        obj.value = None
        count += 1
    elif (value := data["value"]).__class__ is str:
        obj.value = value
    else:
        raise _expected("a string", value).at("value")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_STATES_LIST_RESPONSE_STATES_LIST_ITEM
        }
    return obj


def unstructure_states_list_response_states_list_item(
    obj: m.StatesListResponseStatesListItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.text
    if value is not None:
        data["text"] = value
    value = obj.value
    if value is not None:
        data["value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.StatesListRequest: structure_states_list_request,
    m.StatesListResponse: structure_states_list_response,
    m.StatesListResponseStatesListItem: structure_states_list_response_states_list_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.StatesListRequest: unstructure_states_list_request,
    m.StatesListResponse: unstructure_states_list_response,
    m.StatesListResponseStatesListItem: unstructure_states_list_response_states_list_item,
}
