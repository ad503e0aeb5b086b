"""Decoders and encoders of the models of the ``contract_update_history`` call (trading group).

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
    value = data.get("limit", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.limit = value
    elif value is _MISSING:
        obj.limit = None
        count += 1
    else:
        raise _expected("a number", value).at("limit")
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
    value = data.get("contract_update_history", _MISSING)
    if value is _MISSING:
        obj.contract_update_history = None
        count += 1
    else:
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
    value = data.get("display_name", _MISSING)
    if value.__class__ is str:
        obj.display_name = value
    elif value is _MISSING:
        obj.display_name = None
        count += 1
    else:
        raise _expected("a string", value).at("display_name")
    value = data.get("order_amount", _MISSING)
    if value.__class__ is str:
        obj.order_amount = value
    elif value is _MISSING:
        obj.order_amount = None
        count += 1
    else:
        raise _expected("a string", value).at("order_amount")
    value = data.get("order_date", _MISSING)
    if value.__class__ is int:
        obj.order_date = value
    elif value is _MISSING:
        obj.order_date = None
        count += 1
    else:
        raise _expected("an integer", value).at("order_date")
    value = data.get("order_type", _MISSING)
    if value.__class__ is str:
        obj.order_type = value
    elif value is _MISSING:
        obj.order_type = None
        count += 1
    else:
        raise _expected("a string", value).at("order_type")
    value = data.get("value", _MISSING)
    if value is None or (value.__class__ is str):
        obj.value = value
    elif value is _MISSING:
        obj.value = UNSET
        count += 1
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
