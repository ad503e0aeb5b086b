"""Decoders and encoders of the models of the ``contracts_for_company`` call (market group).

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


_ALLOWED_contracts_for_company = frozenset({"contracts_for_company"})


_ALLOWED_iom_malta_maltainvest_and_3_more = frozenset(
    {"iom", "malta", "maltainvest", "svg", "vanuatu", "virtual"}
)


_KEYS_CONTRACTS_FOR_COMPANY_REQUEST = frozenset(
    (
        "contracts_for_company",
        "landing_company",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_CONTRACTS_FOR_COMPANY_RESPONSE = frozenset(
    (
        "contracts_for_company",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_CONTRACTS_FOR_COMPANY_RESPONSE_CONTRACTS_FOR_COMPANY = frozenset(
    (
        "available",
        "hit_count",
    )
)


_KEYS_CONTRACTS_FOR_COMPANY_RESPONSE_CONTRACTS_FOR_COMPANY_AVAILABLE_ITEM = frozenset(
    (
        "barrier_category",
        "contract_category",
        "contract_category_display",
        "contract_display",
        "contract_type",
        "default_stake",
        "sentiment",
    )
)


def _decode_list_of_ContractsForCompanyResponseContractsForCompanyAvailableItem(
    value: Any,
) -> list[m.ContractsForCompanyResponseContractsForCompanyAvailableItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_contracts_for_company_response_contracts_for_company_available_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_contracts_for_company_response_contracts_for_company_available_item
        ) from None


def structure_contracts_for_company_request(data: Any) -> m.ContractsForCompanyRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractsForCompanyRequest)
    count = len(data)
    if count == 5:
        try:
            v_contracts_for_company = data["contracts_for_company"]
            v_landing_company = data["landing_company"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_contracts_for_company.__class__ is _INT
                    and v_contracts_for_company in _ALLOWED_1
                )
                and (
                    v_landing_company.__class__ is _STR
                    and v_landing_company in _ALLOWED_iom_malta_maltainvest_and_3_more
                )
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.contracts_for_company = v_contracts_for_company
                obj.landing_company = v_landing_company
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["contracts_for_company"]
    except KeyError:
        raise DecodeError("required field is missing", ("contracts_for_company",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.contracts_for_company = value
    else:
        raise _not_one_of("1", value).at("contracts_for_company")
    if "landing_company" not in data:
        obj.landing_company = None
        count += 1
    elif (
        value := data["landing_company"]
    ).__class__ is _STR and value in _ALLOWED_iom_malta_maltainvest_and_3_more:
        obj.landing_company = value
    else:
        raise _not_one_of("'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu'", value).at(
            "landing_company"
        )
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
    if count != 5:
        unknown = sorted(key for key in data if key not in _KEYS_CONTRACTS_FOR_COMPANY_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_contracts_for_company_request(obj: m.ContractsForCompanyRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"contracts_for_company": obj.contracts_for_company}
    value: Any
    value = obj.landing_company
    if value is not None:
        data["landing_company"] = value
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


def structure_contracts_for_company_response(data: Any) -> m.ContractsForCompanyResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractsForCompanyResponse)
    count = len(data)
    if count == 4:
        try:
            v_contracts_for_company = data["contracts_for_company"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_contracts_for_company)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.contracts_for_company = (
                        structure_contracts_for_company_response_contracts_for_company(
                            v_contracts_for_company
                        )
                    )
                except DecodeError as error:
                    raise error.at("contracts_for_company") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "contracts_for_company" not in data:
        obj.contracts_for_company = None
        count += 1
    else:
        value = data["contracts_for_company"]
        try:
            obj.contracts_for_company = (
                structure_contracts_for_company_response_contracts_for_company(value)
            )
        except DecodeError as error:
            raise error.at("contracts_for_company") from None
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
    if value.__class__ is _STR and value in _ALLOWED_contracts_for_company:
        obj.msg_type = value
    else:
        raise _not_one_of("'contracts_for_company'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_CONTRACTS_FOR_COMPANY_RESPONSE
        }
    return obj


def unstructure_contracts_for_company_response(
    obj: m.ContractsForCompanyResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.contracts_for_company
    if value is not None:
        data["contracts_for_company"] = (
            unstructure_contracts_for_company_response_contracts_for_company(value)
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_contracts_for_company_response_contracts_for_company(
    data: Any,
) -> m.ContractsForCompanyResponseContractsForCompany:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractsForCompanyResponseContractsForCompany)
    count = len(data)
    if count == 2:
        try:
            v_available = data["available"]
            v_hit_count = data["hit_count"]
        except KeyError:
            pass
        else:
            if (kind := v_hit_count.__class__) is float or kind is int:
                try:
                    obj.available = (
                        _decode_list_of_ContractsForCompanyResponseContractsForCompanyAvailableItem(
                            v_available
                        )
                    )
                except DecodeError as error:
                    raise error.at("available") from None
                obj.hit_count = v_hit_count
                obj.extra_fields = {}
                return obj
    try:
        value = data["available"]
    except KeyError:
        raise DecodeError("required field is missing", ("available",)) from None
    try:
        obj.available = _decode_list_of_ContractsForCompanyResponseContractsForCompanyAvailableItem(
            value
        )
    except DecodeError as error:
        raise error.at("available") from None
    try:
        value = data["hit_count"]
    except KeyError:
        raise DecodeError("required field is missing", ("hit_count",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.hit_count = value
    else:
        raise _expected("a number", value).at("hit_count")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_CONTRACTS_FOR_COMPANY_RESPONSE_CONTRACTS_FOR_COMPANY
        }
    return obj


def unstructure_contracts_for_company_response_contracts_for_company(
    obj: m.ContractsForCompanyResponseContractsForCompany,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "available": [
            unstructure_contracts_for_company_response_contracts_for_company_available_item(item)
            for item in obj.available
        ],
        "hit_count": obj.hit_count,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_contracts_for_company_response_contracts_for_company_available_item(
    data: Any,
) -> m.ContractsForCompanyResponseContractsForCompanyAvailableItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractsForCompanyResponseContractsForCompanyAvailableItem)
    count = len(data)
    if count == 7:
        try:
            v_barrier_category = data["barrier_category"]
            v_contract_category = data["contract_category"]
            v_contract_category_display = data["contract_category_display"]
            v_contract_display = data["contract_display"]
            v_contract_type = data["contract_type"]
            v_default_stake = data["default_stake"]
            v_sentiment = data["sentiment"]
        except KeyError:
            pass
        else:
            if (
                (v_barrier_category.__class__ is str)
                and (v_contract_category.__class__ is str)
                and (v_contract_category_display.__class__ is str)
                and (v_contract_display.__class__ is str)
                and (v_contract_type.__class__ is str)
                and ((kind := v_default_stake.__class__) is float or kind is int)
                and (v_sentiment.__class__ is str)
            ):
                obj.barrier_category = v_barrier_category
                obj.contract_category = v_contract_category
                obj.contract_category_display = v_contract_category_display
                obj.contract_display = v_contract_display
                obj.contract_type = v_contract_type
                obj.default_stake = v_default_stake
                obj.sentiment = v_sentiment
                obj.extra_fields = {}
                return obj
    try:
        value = data["barrier_category"]
    except KeyError:
        raise DecodeError("required field is missing", ("barrier_category",)) from None
    if value.__class__ is str:
        obj.barrier_category = value
    else:
        raise _expected("a string", value).at("barrier_category")
    try:
        value = data["contract_category"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_category",)) from None
    if value.__class__ is str:
        obj.contract_category = value
    else:
        raise _expected("a string", value).at("contract_category")
    try:
        value = data["contract_category_display"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_category_display",)) from None
    if value.__class__ is str:
        obj.contract_category_display = value
    else:
        raise _expected("a string", value).at("contract_category_display")
    try:
        value = data["contract_display"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_display",)) from None
    if value.__class__ is str:
        obj.contract_display = value
    else:
        raise _expected("a string", value).at("contract_display")
    try:
        value = data["contract_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_type",)) from None
    if value.__class__ is str:
        obj.contract_type = value
    else:
        raise _expected("a string", value).at("contract_type")
    if "default_stake" not in data:
        obj.default_stake = None
        count += 1
    elif (kind := (value := data["default_stake"]).__class__) is float or kind is int:
        obj.default_stake = value
    else:
        raise _expected("a number", value).at("default_stake")
    try:
        value = data["sentiment"]
    except KeyError:
        raise DecodeError("required field is missing", ("sentiment",)) from None
    if value.__class__ is str:
        obj.sentiment = value
    else:
        raise _expected("a string", value).at("sentiment")
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_CONTRACTS_FOR_COMPANY_RESPONSE_CONTRACTS_FOR_COMPANY_AVAILABLE_ITEM
        }
    return obj


def unstructure_contracts_for_company_response_contracts_for_company_available_item(
    obj: m.ContractsForCompanyResponseContractsForCompanyAvailableItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "barrier_category": obj.barrier_category,
        "contract_category": obj.contract_category,
        "contract_category_display": obj.contract_category_display,
        "contract_display": obj.contract_display,
        "contract_type": obj.contract_type,
        "sentiment": obj.sentiment,
    }
    value: Any
    value = obj.default_stake
    if value is not None:
        data["default_stake"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ContractsForCompanyRequest: structure_contracts_for_company_request,
    m.ContractsForCompanyResponse: structure_contracts_for_company_response,
    m.ContractsForCompanyResponseContractsForCompany: structure_contracts_for_company_response_contracts_for_company,
    m.ContractsForCompanyResponseContractsForCompanyAvailableItem: structure_contracts_for_company_response_contracts_for_company_available_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ContractsForCompanyRequest: unstructure_contracts_for_company_request,
    m.ContractsForCompanyResponse: unstructure_contracts_for_company_response,
    m.ContractsForCompanyResponseContractsForCompany: unstructure_contracts_for_company_response_contracts_for_company,
    m.ContractsForCompanyResponseContractsForCompanyAvailableItem: unstructure_contracts_for_company_response_contracts_for_company_available_item,
}
