"""Decoders and encoders of the models of the ``contract_update`` call (trading group).

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

_ALLOWED_1 = frozenset({1})


_ALLOWED_contract_update = frozenset({"contract_update"})


_KEYS_CONTRACT_UPDATE_REQUEST = frozenset(
    (
        "contract_update",
        "contract_id",
        "limit_order",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_CONTRACT_UPDATE_REQUEST_LIMIT_ORDER = frozenset(
    (
        "stop_loss",
        "take_profit",
    )
)


_KEYS_CONTRACT_UPDATE_RESPONSE = frozenset(
    (
        "contract_update",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_CONTRACT_UPDATE_RESPONSE_CONTRACT_UPDATE = frozenset(
    (
        "stop_loss",
        "take_profit",
    )
)


_KEYS_CONTRACT_UPDATE_RESPONSE_CONTRACT_UPDATE_STOP_LOSS = frozenset(
    (
        "display_name",
        "order_amount",
        "order_date",
        "value",
    )
)


_KEYS_CONTRACT_UPDATE_RESPONSE_CONTRACT_UPDATE_TAKE_PROFIT = frozenset(
    (
        "display_name",
        "order_amount",
        "order_date",
        "value",
    )
)


def structure_contract_update_request(data: Any) -> m.ContractUpdateRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractUpdateRequest)
    count = len(data)
    if count == 6:
        try:
            v_contract_update = data["contract_update"]
            v_contract_id = data["contract_id"]
            v_limit_order = data["limit_order"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_contract_update.__class__ is _INT and v_contract_update in _ALLOWED_1)
                and (v_contract_id.__class__ is int)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.contract_update = v_contract_update
                obj.contract_id = v_contract_id
                try:
                    obj.limit_order = structure_contract_update_request_limit_order(v_limit_order)
                except DecodeError as error:
                    raise error.at("limit_order") from None
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["contract_update"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_update",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.contract_update = value
    else:
        raise _not_one_of("1", value).at("contract_update")
    try:
        value = data["contract_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_id",)) from None
    if value.__class__ is int:
        obj.contract_id = value
    else:
        raise _expected("an integer", value).at("contract_id")
    try:
        value = data["limit_order"]
    except KeyError:
        raise DecodeError("required field is missing", ("limit_order",)) from None
    try:
        obj.limit_order = structure_contract_update_request_limit_order(value)
    except DecodeError as error:
        raise error.at("limit_order") from None
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
        unknown = sorted(key for key in data if key not in _KEYS_CONTRACT_UPDATE_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_contract_update_request(obj: m.ContractUpdateRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "contract_update": obj.contract_update,
        "contract_id": obj.contract_id,
        "limit_order": unstructure_contract_update_request_limit_order(obj.limit_order),
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


def structure_contract_update_request_limit_order(data: Any) -> m.ContractUpdateRequestLimitOrder:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractUpdateRequestLimitOrder)
    count = len(data)
    if count == 2:
        try:
            v_stop_loss = data["stop_loss"]
            v_take_profit = data["take_profit"]
        except KeyError:
            pass
        else:
            if (
                v_stop_loss is None or ((kind := v_stop_loss.__class__) is float or kind is int)
            ) and (
                v_take_profit is None or ((kind := v_take_profit.__class__) is float or kind is int)
            ):
                obj.stop_loss = v_stop_loss
                obj.take_profit = v_take_profit
                return obj
    if "stop_loss" not in data:
        obj.stop_loss = UNSET
        count += 1
    elif (value := data["stop_loss"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.stop_loss = value
    else:
        raise _expected("a number", value).at("stop_loss")
    if "take_profit" not in data:
        obj.take_profit = UNSET
        count += 1
    elif (value := data["take_profit"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.take_profit = value
    else:
        raise _expected("a number", value).at("take_profit")
    if count != 2:
        unknown = sorted(
            key for key in data if key not in _KEYS_CONTRACT_UPDATE_REQUEST_LIMIT_ORDER
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_contract_update_request_limit_order(
    obj: m.ContractUpdateRequestLimitOrder,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.stop_loss
    if value is not UNSET:
        data["stop_loss"] = value
    value = obj.take_profit
    if value is not UNSET:
        data["take_profit"] = value
    return data


def structure_contract_update_response(data: Any) -> m.ContractUpdateResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractUpdateResponse)
    count = len(data)
    if count == 4:
        try:
            v_contract_update = data["contract_update"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_contract_update)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.contract_update = structure_contract_update_response_contract_update(
                        v_contract_update
                    )
                except DecodeError as error:
                    raise error.at("contract_update") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "contract_update" not in data:
        obj.contract_update = None
        count += 1
    else:
        value = data["contract_update"]
        try:
            obj.contract_update = structure_contract_update_response_contract_update(value)
        except DecodeError as error:
            raise error.at("contract_update") from None
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
    if value.__class__ is _STR and value in _ALLOWED_contract_update:
        obj.msg_type = value
    else:
        raise _not_one_of("'contract_update'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_CONTRACT_UPDATE_RESPONSE
        }
    return obj


def unstructure_contract_update_response(obj: m.ContractUpdateResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.contract_update
    if value is not None:
        data["contract_update"] = unstructure_contract_update_response_contract_update(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_contract_update_response_contract_update(
    data: Any,
) -> m.ContractUpdateResponseContractUpdate:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractUpdateResponseContractUpdate)
    count = len(data)
    if count == 2:
        try:
            v_stop_loss = data["stop_loss"]
            v_take_profit = data["take_profit"]
        except KeyError:
            pass
        else:
            try:
                obj.stop_loss = structure_contract_update_response_contract_update_stop_loss(
                    v_stop_loss
                )
            except DecodeError as error:
                raise error.at("stop_loss") from None
            try:
                obj.take_profit = structure_contract_update_response_contract_update_take_profit(
                    v_take_profit
                )
            except DecodeError as error:
                raise error.at("take_profit") from None
            obj.extra_fields = {}
            return obj
    if "stop_loss" not in data:
        obj.stop_loss = None
        count += 1
    else:
        value = data["stop_loss"]
        try:
            obj.stop_loss = structure_contract_update_response_contract_update_stop_loss(value)
        except DecodeError as error:
            raise error.at("stop_loss") from None
    if "take_profit" not in data:
        obj.take_profit = None
        count += 1
    else:
        value = data["take_profit"]
        try:
            obj.take_profit = structure_contract_update_response_contract_update_take_profit(value)
        except DecodeError as error:
            raise error.at("take_profit") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_CONTRACT_UPDATE_RESPONSE_CONTRACT_UPDATE
        }
    return obj


def unstructure_contract_update_response_contract_update(
    obj: m.ContractUpdateResponseContractUpdate,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.stop_loss
    if value is not None:
        data["stop_loss"] = unstructure_contract_update_response_contract_update_stop_loss(value)
    value = obj.take_profit
    if value is not None:
        data["take_profit"] = unstructure_contract_update_response_contract_update_take_profit(
            value
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_contract_update_response_contract_update_stop_loss(
    data: Any,
) -> m.ContractUpdateResponseContractUpdateStopLoss:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractUpdateResponseContractUpdateStopLoss)
    count = len(data)
    if count == 4:
        try:
            v_display_name = data["display_name"]
            v_order_amount = data["order_amount"]
            v_order_date = data["order_date"]
            v_value = data["value"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (
                    v_order_amount is None
                    or ((kind := v_order_amount.__class__) is float or kind is int)
                )
                and (v_order_date.__class__ is int)
                and (v_value is None or (v_value.__class__ is str))
            ):
                obj.display_name = v_display_name
                obj.order_amount = v_order_amount
                obj.order_date = v_order_date
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
        obj.order_amount = UNSET
        count += 1
    elif (value := data["order_amount"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.order_amount = value
    else:
        raise _expected("a number", value).at("order_amount")
    if "order_date" not in data:
        obj.order_date = None
        count += 1
    elif (value := data["order_date"]).__class__ is int:
        obj.order_date = value
    else:
        raise _expected("an integer", value).at("order_date")
    if "value" not in data:
        obj.value = UNSET
        count += 1
    elif (value := data["value"]) is None or (value.__class__ is str):
        obj.value = value
    else:
        raise _expected("a string", value).at("value")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_CONTRACT_UPDATE_RESPONSE_CONTRACT_UPDATE_STOP_LOSS
        }
    return obj


def unstructure_contract_update_response_contract_update_stop_loss(
    obj: m.ContractUpdateResponseContractUpdateStopLoss,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.order_amount
    if value is not UNSET:
        data["order_amount"] = value
    value = obj.order_date
    if value is not None:
        data["order_date"] = value
    value = obj.value
    if value is not UNSET:
        data["value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_contract_update_response_contract_update_take_profit(
    data: Any,
) -> m.ContractUpdateResponseContractUpdateTakeProfit:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractUpdateResponseContractUpdateTakeProfit)
    count = len(data)
    if count == 4:
        try:
            v_display_name = data["display_name"]
            v_order_amount = data["order_amount"]
            v_order_date = data["order_date"]
            v_value = data["value"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (
                    v_order_amount is None
                    or ((kind := v_order_amount.__class__) is float or kind is int)
                )
                and (v_order_date.__class__ is int)
                and (v_value is None or (v_value.__class__ is str))
            ):
                obj.display_name = v_display_name
                obj.order_amount = v_order_amount
                obj.order_date = v_order_date
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
        obj.order_amount = UNSET
        count += 1
    elif (value := data["order_amount"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.order_amount = value
    else:
        raise _expected("a number", value).at("order_amount")
    if "order_date" not in data:
        obj.order_date = None
        count += 1
    elif (value := data["order_date"]).__class__ is int:
        obj.order_date = value
    else:
        raise _expected("an integer", value).at("order_date")
    if "value" not in data:
        obj.value = UNSET
        count += 1
    elif (value := data["value"]) is None or (value.__class__ is str):
        obj.value = value
    else:
        raise _expected("a string", value).at("value")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_CONTRACT_UPDATE_RESPONSE_CONTRACT_UPDATE_TAKE_PROFIT
        }
    return obj


def unstructure_contract_update_response_contract_update_take_profit(
    obj: m.ContractUpdateResponseContractUpdateTakeProfit,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.order_amount
    if value is not UNSET:
        data["order_amount"] = value
    value = obj.order_date
    if value is not None:
        data["order_date"] = value
    value = obj.value
    if value is not UNSET:
        data["value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ContractUpdateRequest: structure_contract_update_request,
    m.ContractUpdateRequestLimitOrder: structure_contract_update_request_limit_order,
    m.ContractUpdateResponse: structure_contract_update_response,
    m.ContractUpdateResponseContractUpdate: structure_contract_update_response_contract_update,
    m.ContractUpdateResponseContractUpdateStopLoss: structure_contract_update_response_contract_update_stop_loss,
    m.ContractUpdateResponseContractUpdateTakeProfit: structure_contract_update_response_contract_update_take_profit,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ContractUpdateRequest: unstructure_contract_update_request,
    m.ContractUpdateRequestLimitOrder: unstructure_contract_update_request_limit_order,
    m.ContractUpdateResponse: unstructure_contract_update_response,
    m.ContractUpdateResponseContractUpdate: unstructure_contract_update_response_contract_update,
    m.ContractUpdateResponseContractUpdateStopLoss: unstructure_contract_update_response_contract_update_stop_loss,
    m.ContractUpdateResponseContractUpdateTakeProfit: unstructure_contract_update_response_contract_update_take_profit,
}
