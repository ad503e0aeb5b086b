"""Decoders and encoders of the models of the ``proposal_open_contract_audit_details`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _expected, _locate_item_error, _new
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS = frozenset(
    (
        "all_ticks",
        "contract_end",
        "contract_start",
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS_ALL_TICKS_ITEM = (
    frozenset(
        (
            "epoch",
            "flag",
            "name",
            "tick",
            "tick_display_value",
        )
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS_CONTRACT_END_ITEM = (
    frozenset(
        (
            "epoch",
            "flag",
            "name",
            "tick",
            "tick_display_value",
        )
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS_CONTRACT_START_ITEM = (
    frozenset(
        (
            "epoch",
            "flag",
            "name",
            "tick",
            "tick_display_value",
        )
    )
)


def _decode_list_of_ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem(
    value: Any,
) -> list[m.ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_proposal_open_contract_response_proposal_open_contract_audit_details_all_ticks_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_proposal_open_contract_response_proposal_open_contract_audit_details_all_ticks_item,
        ) from None


def _decode_list_of_ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem(
    value: Any,
) -> list[m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_end_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_end_item,
        ) from None


def _decode_list_of_ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem(
    value: Any,
) -> list[m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_start_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_start_item,
        ) from None


def structure_proposal_open_contract_response_proposal_open_contract_audit_details(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractAuditDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractAuditDetails)
    count = len(data)
    if count == 3:
        try:
            v_all_ticks = data["all_ticks"]
            v_contract_end = data["contract_end"]
            v_contract_start = data["contract_start"]
        except KeyError:
            pass
        else:
            try:
                obj.all_ticks = _decode_list_of_ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem(
                    v_all_ticks
                )
            except DecodeError as error:
                raise error.at("all_ticks") from None
            try:
                obj.contract_end = _decode_list_of_ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem(
                    v_contract_end
                )
            except DecodeError as error:
                raise error.at("contract_end") from None
            try:
                obj.contract_start = _decode_list_of_ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem(
                    v_contract_start
                )
            except DecodeError as error:
                raise error.at("contract_start") from None
            obj.extra_fields = {}
            return obj
    if "all_ticks" not in data:
        obj.all_ticks = None
        count += 1
    else:
        value = data["all_ticks"]
        try:
            obj.all_ticks = _decode_list_of_ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem(
                value
            )
        except DecodeError as error:
            raise error.at("all_ticks") from None
    if "contract_end" not in data:
        obj.contract_end = None
        count += 1
    else:
        value = data["contract_end"]
        try:
            obj.contract_end = _decode_list_of_ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem(
                value
            )
        except DecodeError as error:
            raise error.at("contract_end") from None
    if "contract_start" not in data:
        obj.contract_start = None
        count += 1
    else:
        value = data["contract_start"]
        try:
            obj.contract_start = _decode_list_of_ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem(
                value
            )
        except DecodeError as error:
            raise error.at("contract_start") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_audit_details(
    obj: m.ProposalOpenContractResponseProposalOpenContractAuditDetails,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.all_ticks
    if value is not None:
        data["all_ticks"] = [
            unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_all_ticks_item(
                item
            )
            for item in value
        ]
    value = obj.contract_end
    if value is not None:
        data["contract_end"] = [
            unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_end_item(
                item
            )
            for item in value
        ]
    value = obj.contract_start
    if value is not None:
        data["contract_start"] = [
            unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_start_item(
                item
            )
            for item in value
        ]
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_open_contract_response_proposal_open_contract_audit_details_all_ticks_item(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem)
    count = len(data)
    if count == 5:
        try:
            v_epoch = data["epoch"]
            v_flag = data["flag"]
            v_name = data["name"]
            v_tick = data["tick"]
            v_tick_display_value = data["tick_display_value"]
        except KeyError:
            pass
        else:
            if (
                (v_epoch.__class__ is int)
                and (v_flag is None or (v_flag.__class__ is str))
                and (v_name is None or (v_name.__class__ is str))
                and (v_tick is None or ((kind := v_tick.__class__) is float or kind is int))
                and (v_tick_display_value is None or (v_tick_display_value.__class__ is str))
            ):
                obj.epoch = v_epoch
                obj.flag = v_flag
                obj.name = v_name
                obj.tick = v_tick
                obj.tick_display_value = v_tick_display_value
                obj.extra_fields = {}
                return obj
    if "epoch" not in data:
        obj.epoch = None
        count += 1
    elif (value := data["epoch"]).__class__ is int:
        obj.epoch = value
    else:
        raise _expected("an integer", value).at("epoch")
    if "flag" not in data:
        obj.flag = UNSET
        count += 1
    elif (value := data["flag"]) is None or (value.__class__ is str):
        obj.flag = value
    else:
        raise _expected("a string", value).at("flag")
    if "name" not in data:
        obj.name = UNSET
        count += 1
    elif (value := data["name"]) is None or (value.__class__ is str):
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if "tick" not in data:
        obj.tick = UNSET
        count += 1
    elif (value := data["tick"]) is None or ((kind := value.__class__) is float or kind is int):
        obj.tick = value
    else:
        raise _expected("a number", value).at("tick")
    if "tick_display_value" not in data:
        obj.tick_display_value = UNSET
        count += 1
    elif (value := data["tick_display_value"]) is None or (value.__class__ is str):
        obj.tick_display_value = value
    else:
        raise _expected("a string", value).at("tick_display_value")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS_ALL_TICKS_ITEM
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_all_ticks_item(
    obj: m.ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.epoch
    if value is not None:
        data["epoch"] = value
    value = obj.flag
    if value is not UNSET:
        data["flag"] = value
    value = obj.name
    if value is not UNSET:
        data["name"] = value
    value = obj.tick
    if value is not UNSET:
        data["tick"] = value
    value = obj.tick_display_value
    if value is not UNSET:
        data["tick_display_value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_end_item(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem)
    count = len(data)
    if count == 5:
        try:
            v_epoch = data["epoch"]
            v_flag = data["flag"]
            v_name = data["name"]
            v_tick = data["tick"]
            v_tick_display_value = data["tick_display_value"]
        except KeyError:
            pass
        else:
            if (
                (v_epoch.__class__ is int)
                and (v_flag is None or (v_flag.__class__ is str))
                and (v_name is None or (v_name.__class__ is str))
                and (v_tick is None or ((kind := v_tick.__class__) is float or kind is int))
                and (v_tick_display_value is None or (v_tick_display_value.__class__ is str))
            ):
                obj.epoch = v_epoch
                obj.flag = v_flag
                obj.name = v_name
                obj.tick = v_tick
                obj.tick_display_value = v_tick_display_value
                obj.extra_fields = {}
                return obj
    if "epoch" not in data:
        obj.epoch = None
        count += 1
    elif (value := data["epoch"]).__class__ is int:
        obj.epoch = value
    else:
        raise _expected("an integer", value).at("epoch")
    if "flag" not in data:
        obj.flag = UNSET
        count += 1
    elif (value := data["flag"]) is None or (value.__class__ is str):
        obj.flag = value
    else:
        raise _expected("a string", value).at("flag")
    if "name" not in data:
        obj.name = UNSET
        count += 1
    elif (value := data["name"]) is None or (value.__class__ is str):
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if "tick" not in data:
        obj.tick = UNSET
        count += 1
    elif (value := data["tick"]) is None or ((kind := value.__class__) is float or kind is int):
        obj.tick = value
    else:
        raise _expected("a number", value).at("tick")
    if "tick_display_value" not in data:
        obj.tick_display_value = UNSET
        count += 1
    elif (value := data["tick_display_value"]) is None or (value.__class__ is str):
        obj.tick_display_value = value
    else:
        raise _expected("a string", value).at("tick_display_value")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS_CONTRACT_END_ITEM
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_end_item(
    obj: m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.epoch
    if value is not None:
        data["epoch"] = value
    value = obj.flag
    if value is not UNSET:
        data["flag"] = value
    value = obj.name
    if value is not UNSET:
        data["name"] = value
    value = obj.tick
    if value is not UNSET:
        data["tick"] = value
    value = obj.tick_display_value
    if value is not UNSET:
        data["tick_display_value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_start_item(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem)
    count = len(data)
    if count == 5:
        try:
            v_epoch = data["epoch"]
            v_flag = data["flag"]
            v_name = data["name"]
            v_tick = data["tick"]
            v_tick_display_value = data["tick_display_value"]
        except KeyError:
            pass
        else:
            if (
                (v_epoch.__class__ is int)
                and (v_flag is None or (v_flag.__class__ is str))
                and (v_name is None or (v_name.__class__ is str))
                and (v_tick is None or ((kind := v_tick.__class__) is float or kind is int))
                and (v_tick_display_value is None or (v_tick_display_value.__class__ is str))
            ):
                obj.epoch = v_epoch
                obj.flag = v_flag
                obj.name = v_name
                obj.tick = v_tick
                obj.tick_display_value = v_tick_display_value
                obj.extra_fields = {}
                return obj
    if "epoch" not in data:
        obj.epoch = None
        count += 1
    elif (value := data["epoch"]).__class__ is int:
        obj.epoch = value
    else:
        raise _expected("an integer", value).at("epoch")
    if "flag" not in data:
        obj.flag = UNSET
        count += 1
    elif (value := data["flag"]) is None or (value.__class__ is str):
        obj.flag = value
    else:
        raise _expected("a string", value).at("flag")
    if "name" not in data:
        obj.name = UNSET
        count += 1
    elif (value := data["name"]) is None or (value.__class__ is str):
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if "tick" not in data:
        obj.tick = UNSET
        count += 1
    elif (value := data["tick"]) is None or ((kind := value.__class__) is float or kind is int):
        obj.tick = value
    else:
        raise _expected("a number", value).at("tick")
    if "tick_display_value" not in data:
        obj.tick_display_value = UNSET
        count += 1
    elif (value := data["tick_display_value"]) is None or (value.__class__ is str):
        obj.tick_display_value = value
    else:
        raise _expected("a string", value).at("tick_display_value")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS_CONTRACT_START_ITEM
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_start_item(
    obj: m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.epoch
    if value is not None:
        data["epoch"] = value
    value = obj.flag
    if value is not UNSET:
        data["flag"] = value
    value = obj.name
    if value is not UNSET:
        data["name"] = value
    value = obj.tick
    if value is not UNSET:
        data["tick"] = value
    value = obj.tick_display_value
    if value is not UNSET:
        data["tick_display_value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ProposalOpenContractResponseProposalOpenContractAuditDetails: structure_proposal_open_contract_response_proposal_open_contract_audit_details,
    m.ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem: structure_proposal_open_contract_response_proposal_open_contract_audit_details_all_ticks_item,
    m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem: structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_end_item,
    m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem: structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_start_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ProposalOpenContractResponseProposalOpenContractAuditDetails: unstructure_proposal_open_contract_response_proposal_open_contract_audit_details,
    m.ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem: unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_all_ticks_item,
    m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem: unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_end_item,
    m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem: unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_start_item,
}
