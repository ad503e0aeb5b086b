"""Decoders and encoders of the models of the ``contract_update_history`` call (trading group).

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

_ALLOWED_1 = frozenset({1})


_ALLOWED_contract_update_history = frozenset({"contract_update_history"})


_KEYS_CONTRACT_UPDATE_HISTORY_REQUEST = frozenset(
    (
        "contract_update_history",
        "contract_id",
        "limit",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_CONTRACT_UPDATE_HISTORY_RESPONSE = frozenset(
    (
        "contract_update_history",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_CONTRACT_UPDATE_HISTORY_RESPONSE_CONTRACT_UPDATE_HISTORY_ITEM = frozenset(
    (
        "display_name",
        "order_amount",
        "order_date",
        "order_type",
        "value",
    )
)


def _decode_list_of_ContractUpdateHistoryResponseContractUpdateHistoryItem(
    value: Any,
) -> list[m.ContractUpdateHistoryResponseContractUpdateHistoryItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_contract_update_history_response_contract_update_history_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_contract_update_history_response_contract_update_history_item
        ) from None


def structure_contract_update_history_request(data: Any) -> m.ContractUpdateHistoryRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractUpdateHistoryRequest)
    count = len(data)
    if count == 6:
        try:
            v_contract_update_history = data["contract_update_history"]
            v_contract_id = data["contract_id"]
            v_limit = data["limit"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_contract_update_history.__class__ is _INT
                    and v_contract_update_history in _ALLOWED_1
                )
                and (v_contract_id.__class__ is int)
                and ((kind := v_limit.__class__) is float or kind is int)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.contract_update_history = v_contract_update_history
                obj.contract_id = v_contract_id
                obj.limit = v_limit
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["contract_update_history"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_update_history",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.contract_update_history = value
    else:
        raise _not_one_of("1", value).at("contract_update_history")
    try:
        value = data["contract_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_id",)) from None
    if value.__class__ is int:
        obj.contract_id = value
    else:
        raise _expected("an integer", value).at("contract_id")
    if "limit" not in data:
        obj.limit = None
        count += 1
    elif (kind := (value := data["limit"]).__class__) is float or kind is int:
        obj.limit = value
    else:
        raise _expected("a number", value).at("limit")
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
        unknown = sorted(key for key in data if key not in _KEYS_CONTRACT_UPDATE_HISTORY_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_contract_update_history_request(
    obj: m.ContractUpdateHistoryRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "contract_update_history": obj.contract_update_history,
        "contract_id": obj.contract_id,
    }
    value: Any
    value = obj.limit
    if value is not None:
        data["limit"] = value
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


def structure_contract_update_history_response(data: Any) -> m.ContractUpdateHistoryResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractUpdateHistoryResponse)
    count = len(data)
    if count == 4:
        try:
            v_contract_update_history = data["contract_update_history"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_contract_update_history
                )
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.contract_update_history = (
                        _decode_list_of_ContractUpdateHistoryResponseContractUpdateHistoryItem(
                            v_contract_update_history
                        )
                    )
                except DecodeError as error:
                    raise error.at("contract_update_history") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "contract_update_history" not in data:
        obj.contract_update_history = None
        count += 1
    else:
        value = data["contract_update_history"]
        try:
            obj.contract_update_history = (
                _decode_list_of_ContractUpdateHistoryResponseContractUpdateHistoryItem(value)
            )
        except DecodeError as error:
            raise error.at("contract_update_history") from None
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
    if value.__class__ is _STR and value in _ALLOWED_contract_update_history:
        obj.msg_type = value
    else:
        raise _not_one_of("'contract_update_history'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_CONTRACT_UPDATE_HISTORY_RESPONSE
        }
    return obj


def unstructure_contract_update_history_response(
    obj: m.ContractUpdateHistoryResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.contract_update_history
    if value is not None:
        data["contract_update_history"] = [
            unstructure_contract_update_history_response_contract_update_history_item(item)
            for item in value
        ]
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_contract_update_history_response_contract_update_history_item(
    data: Any,
) -> m.ContractUpdateHistoryResponseContractUpdateHistoryItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractUpdateHistoryResponseContractUpdateHistoryItem)
    count = len(data)
    if count == 5:
        try:
            v_display_name = data["display_name"]
            v_order_amount = data["order_amount"]
            v_order_date = data["order_date"]
            v_order_type = data["order_type"]
            v_value = data["value"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_order_amount.__class__ is str)
                and (v_order_date.__class__ is int)
                and (v_order_type.__class__ is str)
                and (v_value is None or (v_value.__class__ is str))
            ):
                obj.display_name = v_display_name
                obj.order_amount = v_order_amount
                obj.order_date = v_order_date
                obj.order_type = v_order_type
                obj.value = v_value
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "order_amount" not in data:
        obj.order_amount = None
        count += 1
    elif (value := data["order_amount"]).__class__ is str:
        obj.order_amount = value
    else:
        raise _expected("a string", value).at("order_amount")
    if "order_date" not in data:
        obj.order_date = None
        count += 1
    elif (value := data["order_date"]).__class__ is int:
        obj.order_date = value
    else:
        raise _expected("an integer", value).at("order_date")
    if "order_type" not in data:
        obj.order_type = None
        count += 1
    elif (value := data["order_type"]).__class__ is str:
        obj.order_type = value
    else:
        raise _expected("a string", value).at("order_type")
    if "value" not in data:
        obj.value = UNSET
        count += 1
    elif (value := data["value"]) is None or (value.__class__ is str):
        obj.value = value
    else:
        raise _expected("a string", value).at("value")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_CONTRACT_UPDATE_HISTORY_RESPONSE_CONTRACT_UPDATE_HISTORY_ITEM
        }
    return obj


def unstructure_contract_update_history_response_contract_update_history_item(
    obj: m.ContractUpdateHistoryResponseContractUpdateHistoryItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.order_amount
    if value is not None:
        data["order_amount"] = value
    value = obj.order_date
    if value is not None:
        data["order_date"] = value
    value = obj.order_type
    if value is not None:
        data["order_type"] = value
    value = obj.value
    if value is not UNSET:
        data["value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ContractUpdateHistoryRequest: structure_contract_update_history_request,
    m.ContractUpdateHistoryResponse: structure_contract_update_history_response,
    m.ContractUpdateHistoryResponseContractUpdateHistoryItem: structure_contract_update_history_response_contract_update_history_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ContractUpdateHistoryRequest: unstructure_contract_update_history_request,
    m.ContractUpdateHistoryResponse: unstructure_contract_update_history_response,
    m.ContractUpdateHistoryResponseContractUpdateHistoryItem: unstructure_contract_update_history_response_contract_update_history_item,
}
