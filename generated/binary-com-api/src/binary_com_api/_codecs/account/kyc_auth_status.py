"""Decoders and encoders of the models of the ``kyc_auth_status`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ... import models as m
from ..._codec import (
    _INT,
    _STR,
    _encode_any,
    _expected,
    _first_match,
    _locate_item_error,
    _new,
    _not_one_of,
)
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_bvi_dsl_iom_and_8_more = frozenset(
    {
        "bvi",
        "dsl",
        "iom",
        "labuan",
        "malta",
        "maltainvest",
        "samoa",
        "samoa-virtual",
        "svg",
        "vanuatu",
        "virtual",
    }
)


_ALLOWED_expired_none_pending_and_2_more = frozenset(
    {"expired", "none", "pending", "rejected", "verified"}
)


_ALLOWED_expired_none_pending_and_3_more = frozenset(
    {"expired", "none", "pending", "rejected", "suspected", "verified"}
)


_ALLOWED_high_low_standard = frozenset({"high", "low", "standard"})


_ALLOWED_idv_manual_none_onfido = frozenset({"idv", "manual", "none", "onfido"})


_ALLOWED_kyc_auth_status = frozenset({"kyc_auth_status"})


_KEYS_KYC_AUTH_STATUS_REQUEST = frozenset(
    (
        "kyc_auth_status",
        "country",
        "landing_companies",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE = frozenset(
    (
        "kyc_auth_status",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE = frozenset(
    (
        "address",
        "identity",
        "risk_classification",
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE_ADDRESS = frozenset(
    (
        "last_rejected",
        "status",
        "supported_documents",
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE_ADDRESS_LAST_REJECTED = frozenset(
    (
        "document_type",
        "rejected_reasons",
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE_IDENTITY = frozenset(
    (
        "available_services",
        "last_rejected",
        "service",
        "status",
        "supported_documents",
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE_IDENTITY_LAST_REJECTED = frozenset(
    (
        "document_type",
        "rejected_reasons",
        "report_available",
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE_IDENTITY_SUPPORTED_DOCUMENTS_ITEM = (
    frozenset(
        (
            "additional",
            "available_services",
            "display_name",
            "document_type",
            "example_format",
            "format",
            "has_visual_sample",
            "lifetime_valid",
            "sides",
        )
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE_IDENTITY_SUPPORTED_DOCUMENTS_ITEM_ADDITIONAL = frozenset(
    (
        "display_name",
        "document_type",
        "example_format",
        "format",
        "sides",
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE_IDENTITY_SUPPORTED_DOCUMENTS_ITEM_AVAILABLE_SERVICES_ITEM = frozenset(
    (
        "document_type",
        "service",
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS = frozenset(
    (
        "address",
        "identity",
        "risk_classification",
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS_ADDRESS = frozenset(
    (
        "last_rejected",
        "status",
        "supported_documents",
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS_ADDRESS_LAST_REJECTED = frozenset(
    (
        "document_type",
        "rejected_reasons",
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS_IDENTITY = frozenset(
    (
        "available_services",
        "last_rejected",
        "service",
        "status",
        "supported_documents",
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS_IDENTITY_LAST_REJECTED = frozenset(
    (
        "document_type",
        "rejected_reasons",
        "report_available",
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS_IDENTITY_SUPPORTED_DOCUMENTS_ITEM = (
    frozenset(
        (
            "additional",
            "available_services",
            "display_name",
            "document_type",
            "example_format",
            "format",
            "has_visual_sample",
            "lifetime_valid",
            "sides",
        )
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS_IDENTITY_SUPPORTED_DOCUMENTS_ITEM_ADDITIONAL = frozenset(
    (
        "display_name",
        "document_type",
        "example_format",
        "format",
        "sides",
    )
)


_KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS_IDENTITY_SUPPORTED_DOCUMENTS_ITEM_AVAILABLE_SERVICES_ITEM = frozenset(
    (
        "document_type",
        "service",
    )
)


def _decode_KycAuthStatusResponseKycAuthStatusWithAddress_or_dict_of_KycAuthStatusResponseKycAuthStatusMapValue(
    value: Any,
) -> (
    dict[str, m.KycAuthStatusResponseKycAuthStatusMapValue]
    | m.KycAuthStatusResponseKycAuthStatusWithAddress
):
    result: (
        dict[str, m.KycAuthStatusResponseKycAuthStatusMapValue]
        | m.KycAuthStatusResponseKycAuthStatusWithAddress
    ) = _first_match(
        value,
        (
            structure_kyc_auth_status_response_kyc_auth_status_with_address,
            _decode_dict_of_KycAuthStatusResponseKycAuthStatusMapValue,
        ),
    )
    return result


def _decode_dict_of_KycAuthStatusResponseKycAuthStatusMapValue(
    value: Any,
) -> dict[str, m.KycAuthStatusResponseKycAuthStatusMapValue]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = structure_kyc_auth_status_response_kyc_auth_status_map_value(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_list_of_KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItem(
    value: Any,
) -> list[m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item,
        ) from None


def _decode_list_of_KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAvailableServicesItem(
    value: Any,
) -> list[
    m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAvailableServicesItem
]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item_available_services_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item_available_services_item,
        ) from None


def _decode_list_of_KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItem(
    value: Any,
) -> list[m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item,
        ) from None


def _decode_list_of_KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAvailableServicesItem(
    value: Any,
) -> list[
    m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAvailableServicesItem
]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item_available_services_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item_available_services_item,
        ) from None


def _decode_list_of_one_of_bvi_dsl_iom_and_8_more(
    value: Any,
) -> list[
    Literal[
        "iom",
        "malta",
        "maltainvest",
        "svg",
        "virtual",
        "vanuatu",
        "labuan",
        "samoa",
        "samoa-virtual",
        "bvi",
        "dsl",
    ]
]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            kind = item.__class__
            if kind is not str or item not in _ALLOWED_bvi_dsl_iom_and_8_more:
                raise _not_one_of(
                    "'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu', 'labuan', 'samoa', 'samoa-virtual', 'bvi', 'dsl'",
                    item,
                )
        except DecodeError as error:
            raise error.at(index) from None
    result: list[
        Literal[
            "iom",
            "malta",
            "maltainvest",
            "svg",
            "virtual",
            "vanuatu",
            "labuan",
            "samoa",
            "samoa-virtual",
            "bvi",
            "dsl",
        ]
    ] = value
    return result


def _decode_list_of_str(value: Any) -> list[str]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not str:
                raise _expected("a string", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[str] = value
    return result


def structure_kyc_auth_status_request(data: Any) -> m.KycAuthStatusRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.KycAuthStatusRequest)
    count = len(data)
    if count == 6:
        try:
            v_kyc_auth_status = data["kyc_auth_status"]
            v_country = data["country"]
            v_landing_companies = data["landing_companies"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_kyc_auth_status.__class__ is _INT and v_kyc_auth_status in _ALLOWED_1)
                and (v_country.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.kyc_auth_status = v_kyc_auth_status
                obj.country = v_country
                try:
                    obj.landing_companies = _decode_list_of_one_of_bvi_dsl_iom_and_8_more(
                        v_landing_companies
                    )
                except DecodeError as error:
                    raise error.at("landing_companies") from None
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["kyc_auth_status"]
    except KeyError:
        raise DecodeError("required field is missing", ("kyc_auth_status",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.kyc_auth_status = value
    else:
        raise _not_one_of("1", value).at("kyc_auth_status")
    if "country" not in data:
        obj.country = None
        count += 1
    elif (value := data["country"]).__class__ is str:
        obj.country = value
    else:
        raise _expected("a string", value).at("country")
    if "landing_companies" not in data:
        obj.landing_companies = None
        count += 1
    else:
        value = data["landing_companies"]
        try:
            obj.landing_companies = _decode_list_of_one_of_bvi_dsl_iom_and_8_more(value)
        except DecodeError as error:
            raise error.at("landing_companies") from None
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
        unknown = sorted(key for key in data if key not in _KEYS_KYC_AUTH_STATUS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_kyc_auth_status_request(obj: m.KycAuthStatusRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"kyc_auth_status": obj.kyc_auth_status}
    value: Any
    value = obj.country
    if value is not None:
        data["country"] = value
    value = obj.landing_companies
    if value is not None:
        data["landing_companies"] = value
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


def structure_kyc_auth_status_response(data: Any) -> m.KycAuthStatusResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.KycAuthStatusResponse)
    count = len(data)
    if count == 4:
        try:
            v_kyc_auth_status = data["kyc_auth_status"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_kyc_auth_status)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.kyc_auth_status = _decode_KycAuthStatusResponseKycAuthStatusWithAddress_or_dict_of_KycAuthStatusResponseKycAuthStatusMapValue(
                        v_kyc_auth_status
                    )
                except DecodeError as error:
                    raise error.at("kyc_auth_status") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "kyc_auth_status" not in data:
        obj.kyc_auth_status = None
        count += 1
    else:
        value = data["kyc_auth_status"]
        try:
            obj.kyc_auth_status = _decode_KycAuthStatusResponseKycAuthStatusWithAddress_or_dict_of_KycAuthStatusResponseKycAuthStatusMapValue(
                value
            )
        except DecodeError as error:
            raise error.at("kyc_auth_status") from None
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
    if value.__class__ is _STR and value in _ALLOWED_kyc_auth_status:
        obj.msg_type = value
    else:
        raise _not_one_of("'kyc_auth_status'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_KYC_AUTH_STATUS_RESPONSE
        }
    return obj


def unstructure_kyc_auth_status_response(obj: m.KycAuthStatusResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.kyc_auth_status
    if value is not None:
        data["kyc_auth_status"] = _encode_any(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_map_value(
    data: Any,
) -> m.KycAuthStatusResponseKycAuthStatusMapValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.KycAuthStatusResponseKycAuthStatusMapValue)
    count = len(data)
    if count == 3:
        try:
            v_address = data["address"]
            v_identity = data["identity"]
            v_risk_classification = data["risk_classification"]
        except KeyError:
            pass
        else:
            if (
                v_risk_classification.__class__ is _STR
                and v_risk_classification in _ALLOWED_high_low_standard
            ):
                try:
                    obj.address = (
                        structure_kyc_auth_status_response_kyc_auth_status_map_value_address(
                            v_address
                        )
                    )
                except DecodeError as error:
                    raise error.at("address") from None
                try:
                    obj.identity = (
                        structure_kyc_auth_status_response_kyc_auth_status_map_value_identity(
                            v_identity
                        )
                    )
                except DecodeError as error:
                    raise error.at("identity") from None
                obj.risk_classification = v_risk_classification
                obj.extra_fields = {}
                return obj
    try:
        value = data["address"]
    except KeyError:
        raise DecodeError("required field is missing", ("address",)) from None
    try:
        obj.address = structure_kyc_auth_status_response_kyc_auth_status_map_value_address(value)
    except DecodeError as error:
        raise error.at("address") from None
    try:
        value = data["identity"]
    except KeyError:
        raise DecodeError("required field is missing", ("identity",)) from None
    try:
        obj.identity = structure_kyc_auth_status_response_kyc_auth_status_map_value_identity(value)
    except DecodeError as error:
        raise error.at("identity") from None
    try:
        value = data["risk_classification"]
    except KeyError:
        raise DecodeError("required field is missing", ("risk_classification",)) from None
    if value.__class__ is _STR and value in _ALLOWED_high_low_standard:
        obj.risk_classification = value
    else:
        raise _not_one_of("'low', 'standard', 'high'", value).at("risk_classification")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_map_value(
    obj: m.KycAuthStatusResponseKycAuthStatusMapValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "address": unstructure_kyc_auth_status_response_kyc_auth_status_map_value_address(
            obj.address
        ),
        "identity": unstructure_kyc_auth_status_response_kyc_auth_status_map_value_identity(
            obj.identity
        ),
        "risk_classification": obj.risk_classification,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_map_value_address(
    data: Any,
) -> m.KycAuthStatusResponseKycAuthStatusMapValueAddress:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.KycAuthStatusResponseKycAuthStatusMapValueAddress)
    count = len(data)
    if count == 3:
        try:
            v_last_rejected = data["last_rejected"]
            v_status = data["status"]
            v_supported_documents = data["supported_documents"]
        except KeyError:
            pass
        else:
            if v_status.__class__ is _STR and v_status in _ALLOWED_expired_none_pending_and_2_more:
                try:
                    obj.last_rejected = structure_kyc_auth_status_response_kyc_auth_status_map_value_address_last_rejected(
                        v_last_rejected
                    )
                except DecodeError as error:
                    raise error.at("last_rejected") from None
                obj.status = v_status
                try:
                    obj.supported_documents = _decode_list_of_str(v_supported_documents)
                except DecodeError as error:
                    raise error.at("supported_documents") from None
                obj.extra_fields = {}
                return obj
    if "last_rejected" not in data:
        obj.last_rejected = None
        count += 1
    else:
        value = data["last_rejected"]
        try:
            obj.last_rejected = (
                structure_kyc_auth_status_response_kyc_auth_status_map_value_address_last_rejected(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("last_rejected") from None
    if "status" not in data:
        obj.status = None
        count += 1
    elif (
        value := data["status"]
    ).__class__ is _STR and value in _ALLOWED_expired_none_pending_and_2_more:
        obj.status = value
    else:
        raise _not_one_of("'none', 'pending', 'rejected', 'verified', 'expired'", value).at(
            "status"
        )
    if "supported_documents" not in data:
        obj.supported_documents = None
        count += 1
    else:
        value = data["supported_documents"]
        try:
            obj.supported_documents = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("supported_documents") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE_ADDRESS
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_map_value_address(
    obj: m.KycAuthStatusResponseKycAuthStatusMapValueAddress,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.last_rejected
    if value is not None:
        data["last_rejected"] = (
            unstructure_kyc_auth_status_response_kyc_auth_status_map_value_address_last_rejected(
                value
            )
        )
    value = obj.status
    if value is not None:
        data["status"] = value
    value = obj.supported_documents
    if value is not None:
        data["supported_documents"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_map_value_address_last_rejected(
    data: Any,
) -> m.KycAuthStatusResponseKycAuthStatusMapValueAddressLastRejected:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.KycAuthStatusResponseKycAuthStatusMapValueAddressLastRejected)
    count = len(data)
    if count == 2:
        try:
            v_document_type = data["document_type"]
            v_rejected_reasons = data["rejected_reasons"]
        except KeyError:
            pass
        else:
            if (v_document_type is None or (v_document_type.__class__ is str)) and (
                v_rejected_reasons is None or (v_rejected_reasons.__class__ is str)
            ):
                obj.document_type = v_document_type
                obj.rejected_reasons = v_rejected_reasons
                obj.extra_fields = {}
                return obj
    if "document_type" not in data:
        obj.document_type = UNSET
        count += 1
    elif (value := data["document_type"]) is None or (value.__class__ is str):
        obj.document_type = value
    else:
        raise _expected("a string", value).at("document_type")
    if "rejected_reasons" not in data:
        obj.rejected_reasons = UNSET
        count += 1
    elif (value := data["rejected_reasons"]) is None or (value.__class__ is str):
        obj.rejected_reasons = value
    else:
        raise _expected("a string", value).at("rejected_reasons")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE_ADDRESS_LAST_REJECTED
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_map_value_address_last_rejected(
    obj: m.KycAuthStatusResponseKycAuthStatusMapValueAddressLastRejected,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.document_type
    if value is not UNSET:
        data["document_type"] = value
    value = obj.rejected_reasons
    if value is not UNSET:
        data["rejected_reasons"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_map_value_identity(
    data: Any,
) -> m.KycAuthStatusResponseKycAuthStatusMapValueIdentity:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.KycAuthStatusResponseKycAuthStatusMapValueIdentity)
    count = len(data)
    if count == 5:
        try:
            v_available_services = data["available_services"]
            v_last_rejected = data["last_rejected"]
            v_service = data["service"]
            v_status = data["status"]
            v_supported_documents = data["supported_documents"]
        except KeyError:
            pass
        else:
            if (v_service.__class__ is _STR and v_service in _ALLOWED_idv_manual_none_onfido) and (
                v_status.__class__ is _STR and v_status in _ALLOWED_expired_none_pending_and_3_more
            ):
                try:
                    obj.available_services = _decode_list_of_str(v_available_services)
                except DecodeError as error:
                    raise error.at("available_services") from None
                try:
                    obj.last_rejected = structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_last_rejected(
                        v_last_rejected
                    )
                except DecodeError as error:
                    raise error.at("last_rejected") from None
                obj.service = v_service
                obj.status = v_status
                try:
                    obj.supported_documents = _decode_list_of_KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItem(
                        v_supported_documents
                    )
                except DecodeError as error:
                    raise error.at("supported_documents") from None
                obj.extra_fields = {}
                return obj
    if "available_services" not in data:
        obj.available_services = None
        count += 1
    else:
        value = data["available_services"]
        try:
            obj.available_services = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("available_services") from None
    if "last_rejected" not in data:
        obj.last_rejected = None
        count += 1
    else:
        value = data["last_rejected"]
        try:
            obj.last_rejected = (
                structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_last_rejected(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("last_rejected") from None
    if "service" not in data:
        obj.service = None
        count += 1
    elif (value := data["service"]).__class__ is _STR and value in _ALLOWED_idv_manual_none_onfido:
        obj.service = value
    else:
        raise _not_one_of("'none', 'idv', 'onfido', 'manual'", value).at("service")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (
        value := data["status"]
    ).__class__ is _STR and value in _ALLOWED_expired_none_pending_and_3_more:
        obj.status = value
    else:
        raise _not_one_of(
            "'none', 'pending', 'rejected', 'verified', 'expired', 'suspected'", value
        ).at("status")
    if "supported_documents" not in data:
        obj.supported_documents = None
        count += 1
    else:
        value = data["supported_documents"]
        try:
            obj.supported_documents = _decode_list_of_KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItem(
                value
            )
        except DecodeError as error:
            raise error.at("supported_documents") from None
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE_IDENTITY
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_map_value_identity(
    obj: m.KycAuthStatusResponseKycAuthStatusMapValueIdentity,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.available_services
    if value is not None:
        data["available_services"] = value
    value = obj.last_rejected
    if value is not None:
        data["last_rejected"] = (
            unstructure_kyc_auth_status_response_kyc_auth_status_map_value_identity_last_rejected(
                value
            )
        )
    value = obj.service
    if value is not None:
        data["service"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    value = obj.supported_documents
    if value is not None:
        data["supported_documents"] = [
            unstructure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item(
                item
            )
            for item in value
        ]
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_last_rejected(
    data: Any,
) -> m.KycAuthStatusResponseKycAuthStatusMapValueIdentityLastRejected:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.KycAuthStatusResponseKycAuthStatusMapValueIdentityLastRejected)
    count = len(data)
    if count == 3:
        try:
            v_document_type = data["document_type"]
            v_rejected_reasons = data["rejected_reasons"]
            v_report_available = data["report_available"]
        except KeyError:
            pass
        else:
            if (v_document_type is None or (v_document_type.__class__ is str)) and (
                v_report_available.__class__ is _INT and v_report_available in _ALLOWED_0_1
            ):
                obj.document_type = v_document_type
                try:
                    obj.rejected_reasons = _decode_list_of_str(v_rejected_reasons)
                except DecodeError as error:
                    raise error.at("rejected_reasons") from None
                obj.report_available = v_report_available
                obj.extra_fields = {}
                return obj
    if "document_type" not in data:
        obj.document_type = UNSET
        count += 1
    elif (value := data["document_type"]) is None or (value.__class__ is str):
        obj.document_type = value
    else:
        raise _expected("a string", value).at("document_type")
    if "rejected_reasons" not in data:
        obj.rejected_reasons = None
        count += 1
    else:
        value = data["rejected_reasons"]
        try:
            obj.rejected_reasons = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("rejected_reasons") from None
    if "report_available" not in data:
        obj.report_available = None
        count += 1
    elif (value := data["report_available"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.report_available = value
    else:
        raise _not_one_of("0, 1", value).at("report_available")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE_IDENTITY_LAST_REJECTED
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_map_value_identity_last_rejected(
    obj: m.KycAuthStatusResponseKycAuthStatusMapValueIdentityLastRejected,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.document_type
    if value is not UNSET:
        data["document_type"] = value
    value = obj.rejected_reasons
    if value is not None:
        data["rejected_reasons"] = value
    value = obj.report_available
    if value is not None:
        data["report_available"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item(
    data: Any,
) -> m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItem)
    count = len(data)
    if count == 9:
        try:
            v_additional = data["additional"]
            v_available_services = data["available_services"]
            v_display_name = data["display_name"]
            v_document_type = data["document_type"]
            v_example_format = data["example_format"]
            v_format = data["format"]
            v_has_visual_sample = data["has_visual_sample"]
            v_lifetime_valid = data["lifetime_valid"]
            v_sides = data["sides"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_document_type.__class__ is str)
                and (v_example_format.__class__ is str)
                and (v_format.__class__ is str)
                and (v_has_visual_sample.__class__ is bool)
                and (v_lifetime_valid.__class__ is bool)
            ):
                try:
                    obj.additional = structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item_additional(
                        v_additional
                    )
                except DecodeError as error:
                    raise error.at("additional") from None
                try:
                    obj.available_services = _decode_list_of_KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAvailableServicesItem(
                        v_available_services
                    )
                except DecodeError as error:
                    raise error.at("available_services") from None
                obj.display_name = v_display_name
                obj.document_type = v_document_type
                obj.example_format = v_example_format
                obj.format = v_format
                obj.has_visual_sample = v_has_visual_sample
                obj.lifetime_valid = v_lifetime_valid
                try:
                    obj.sides = _decode_list_of_str(v_sides)
                except DecodeError as error:
                    raise error.at("sides") from None
                obj.extra_fields = {}
                return obj
    if "additional" not in data:
        obj.additional = None
        count += 1
    else:
        value = data["additional"]
        try:
            obj.additional = structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item_additional(
                value
            )
        except DecodeError as error:
            raise error.at("additional") from None
    if "available_services" not in data:
        obj.available_services = None
        count += 1
    else:
        value = data["available_services"]
        try:
            obj.available_services = _decode_list_of_KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAvailableServicesItem(
                value
            )
        except DecodeError as error:
            raise error.at("available_services") from None
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "document_type" not in data:
        obj.document_type = None
        count += 1
    elif (value := data["document_type"]).__class__ is str:
        obj.document_type = value
    else:
        raise _expected("a string", value).at("document_type")
    if "example_format" not in data:
        obj.example_format = None
        count += 1
    elif (value := data["example_format"]).__class__ is str:
        obj.example_format = value
    else:
        raise _expected("a string", value).at("example_format")
    if "format" not in data:
        obj.format = None
        count += 1
    elif (value := data["format"]).__class__ is str:
        obj.format = value
    else:
        raise _expected("a string", value).at("format")
    if "has_visual_sample" not in data:
        obj.has_visual_sample = None
        count += 1
    elif (value := data["has_visual_sample"]).__class__ is bool:
        obj.has_visual_sample = value
    else:
        raise _expected("a boolean", value).at("has_visual_sample")
    if "lifetime_valid" not in data:
        obj.lifetime_valid = None
        count += 1
    elif (value := data["lifetime_valid"]).__class__ is bool:
        obj.lifetime_valid = value
    else:
        raise _expected("a boolean", value).at("lifetime_valid")
    if "sides" not in data:
        obj.sides = None
        count += 1
    else:
        value = data["sides"]
        try:
            obj.sides = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("sides") from None
    if count == 9:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE_IDENTITY_SUPPORTED_DOCUMENTS_ITEM
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item(
    obj: m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.additional
    if value is not None:
        data["additional"] = (
            unstructure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item_additional(
                value
            )
        )
    value = obj.available_services
    if value is not None:
        data["available_services"] = [
            unstructure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item_available_services_item(
                item
            )
            for item in value
        ]
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.document_type
    if value is not None:
        data["document_type"] = value
    value = obj.example_format
    if value is not None:
        data["example_format"] = value
    value = obj.format
    if value is not None:
        data["format"] = value
    value = obj.has_visual_sample
    if value is not None:
        data["has_visual_sample"] = value
    value = obj.lifetime_valid
    if value is not None:
        data["lifetime_valid"] = value
    value = obj.sides
    if value is not None:
        data["sides"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item_additional(
    data: Any,
) -> m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAdditional:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAdditional)
    count = len(data)
    if count == 5:
        try:
            v_display_name = data["display_name"]
            v_document_type = data["document_type"]
            v_example_format = data["example_format"]
            v_format = data["format"]
            v_sides = data["sides"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_document_type.__class__ is str)
                and (v_example_format.__class__ is str)
                and (v_format.__class__ is str)
            ):
                obj.display_name = v_display_name
                obj.document_type = v_document_type
                obj.example_format = v_example_format
                obj.format = v_format
                try:
                    obj.sides = _decode_list_of_str(v_sides)
                except DecodeError as error:
                    raise error.at("sides") from None
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "document_type" not in data:
        obj.document_type = None
        count += 1
    elif (value := data["document_type"]).__class__ is str:
        obj.document_type = value
    else:
        raise _expected("a string", value).at("document_type")
    if "example_format" not in data:
        obj.example_format = None
        count += 1
    elif (value := data["example_format"]).__class__ is str:
        obj.example_format = value
    else:
        raise _expected("a string", value).at("example_format")
    if "format" not in data:
        obj.format = None
        count += 1
    elif (value := data["format"]).__class__ is str:
        obj.format = value
    else:
        raise _expected("a string", value).at("format")
    if "sides" not in data:
        obj.sides = None
        count += 1
    else:
        value = data["sides"]
        try:
            obj.sides = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("sides") from None
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE_IDENTITY_SUPPORTED_DOCUMENTS_ITEM_ADDITIONAL
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item_additional(
    obj: m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAdditional,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.document_type
    if value is not None:
        data["document_type"] = value
    value = obj.example_format
    if value is not None:
        data["example_format"] = value
    value = obj.format
    if value is not None:
        data["format"] = value
    value = obj.sides
    if value is not None:
        data["sides"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item_available_services_item(
    data: Any,
) -> (
    m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAvailableServicesItem
):
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAvailableServicesItem
    )
    count = len(data)
    if count == 2:
        try:
            v_document_type = data["document_type"]
            v_service = data["service"]
        except KeyError:
            pass
        else:
            if (v_document_type.__class__ is str) and (v_service.__class__ is str):
                obj.document_type = v_document_type
                obj.service = v_service
                obj.extra_fields = {}
                return obj
    try:
        value = data["document_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("document_type",)) from None
    if value.__class__ is str:
        obj.document_type = value
    else:
        raise _expected("a string", value).at("document_type")
    try:
        value = data["service"]
    except KeyError:
        raise DecodeError("required field is missing", ("service",)) from None
    if value.__class__ is str:
        obj.service = value
    else:
        raise _expected("a string", value).at("service")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_MAP_VALUE_IDENTITY_SUPPORTED_DOCUMENTS_ITEM_AVAILABLE_SERVICES_ITEM
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item_available_services_item(
    obj: m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAvailableServicesItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"document_type": obj.document_type, "service": obj.service}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_with_address(
    data: Any,
) -> m.KycAuthStatusResponseKycAuthStatusWithAddress:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.KycAuthStatusResponseKycAuthStatusWithAddress)
    count = len(data)
    if count == 3:
        try:
            v_address = data["address"]
            v_identity = data["identity"]
            v_risk_classification = data["risk_classification"]
        except KeyError:
            pass
        else:
            if (
                v_risk_classification.__class__ is _STR
                and v_risk_classification in _ALLOWED_high_low_standard
            ):
                try:
                    obj.address = (
                        structure_kyc_auth_status_response_kyc_auth_status_with_address_address(
                            v_address
                        )
                    )
                except DecodeError as error:
                    raise error.at("address") from None
                try:
                    obj.identity = (
                        structure_kyc_auth_status_response_kyc_auth_status_with_address_identity(
                            v_identity
                        )
                    )
                except DecodeError as error:
                    raise error.at("identity") from None
                obj.risk_classification = v_risk_classification
                obj.extra_fields = {}
                return obj
    try:
        value = data["address"]
    except KeyError:
        raise DecodeError("required field is missing", ("address",)) from None
    try:
        obj.address = structure_kyc_auth_status_response_kyc_auth_status_with_address_address(value)
    except DecodeError as error:
        raise error.at("address") from None
    try:
        value = data["identity"]
    except KeyError:
        raise DecodeError("required field is missing", ("identity",)) from None
    try:
        obj.identity = structure_kyc_auth_status_response_kyc_auth_status_with_address_identity(
            value
        )
    except DecodeError as error:
        raise error.at("identity") from None
    try:
        value = data["risk_classification"]
    except KeyError:
        raise DecodeError("required field is missing", ("risk_classification",)) from None
    if value.__class__ is _STR and value in _ALLOWED_high_low_standard:
        obj.risk_classification = value
    else:
        raise _not_one_of("'low', 'standard', 'high'", value).at("risk_classification")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_with_address(
    obj: m.KycAuthStatusResponseKycAuthStatusWithAddress,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "address": unstructure_kyc_auth_status_response_kyc_auth_status_with_address_address(
            obj.address
        ),
        "identity": unstructure_kyc_auth_status_response_kyc_auth_status_with_address_identity(
            obj.identity
        ),
        "risk_classification": obj.risk_classification,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_with_address_address(
    data: Any,
) -> m.KycAuthStatusResponseKycAuthStatusWithAddressAddress:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.KycAuthStatusResponseKycAuthStatusWithAddressAddress)
    count = len(data)
    if count == 3:
        try:
            v_last_rejected = data["last_rejected"]
            v_status = data["status"]
            v_supported_documents = data["supported_documents"]
        except KeyError:
            pass
        else:
            if v_status.__class__ is _STR and v_status in _ALLOWED_expired_none_pending_and_2_more:
                try:
                    obj.last_rejected = structure_kyc_auth_status_response_kyc_auth_status_with_address_address_last_rejected(
                        v_last_rejected
                    )
                except DecodeError as error:
                    raise error.at("last_rejected") from None
                obj.status = v_status
                try:
                    obj.supported_documents = _decode_list_of_str(v_supported_documents)
                except DecodeError as error:
                    raise error.at("supported_documents") from None
                obj.extra_fields = {}
                return obj
    if "last_rejected" not in data:
        obj.last_rejected = None
        count += 1
    else:
        value = data["last_rejected"]
        try:
            obj.last_rejected = structure_kyc_auth_status_response_kyc_auth_status_with_address_address_last_rejected(
                value
            )
        except DecodeError as error:
            raise error.at("last_rejected") from None
    if "status" not in data:
        obj.status = None
        count += 1
    elif (
        value := data["status"]
    ).__class__ is _STR and value in _ALLOWED_expired_none_pending_and_2_more:
        obj.status = value
    else:
        raise _not_one_of("'none', 'pending', 'rejected', 'verified', 'expired'", value).at(
            "status"
        )
    if "supported_documents" not in data:
        obj.supported_documents = None
        count += 1
    else:
        value = data["supported_documents"]
        try:
            obj.supported_documents = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("supported_documents") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS_ADDRESS
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_with_address_address(
    obj: m.KycAuthStatusResponseKycAuthStatusWithAddressAddress,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.last_rejected
    if value is not None:
        data["last_rejected"] = (
            unstructure_kyc_auth_status_response_kyc_auth_status_with_address_address_last_rejected(
                value
            )
        )
    value = obj.status
    if value is not None:
        data["status"] = value
    value = obj.supported_documents
    if value is not None:
        data["supported_documents"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_with_address_address_last_rejected(
    data: Any,
) -> m.KycAuthStatusResponseKycAuthStatusWithAddressAddressLastRejected:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.KycAuthStatusResponseKycAuthStatusWithAddressAddressLastRejected)
    count = len(data)
    if count == 2:
        try:
            v_document_type = data["document_type"]
            v_rejected_reasons = data["rejected_reasons"]
        except KeyError:
            pass
        else:
            if (v_document_type is None or (v_document_type.__class__ is str)) and (
                v_rejected_reasons is None or (v_rejected_reasons.__class__ is str)
            ):
                obj.document_type = v_document_type
                obj.rejected_reasons = v_rejected_reasons
                obj.extra_fields = {}
                return obj
    if "document_type" not in data:
        obj.document_type = UNSET
        count += 1
    elif (value := data["document_type"]) is None or (value.__class__ is str):
        obj.document_type = value
    else:
        raise _expected("a string", value).at("document_type")
    if "rejected_reasons" not in data:
        obj.rejected_reasons = UNSET
        count += 1
    elif (value := data["rejected_reasons"]) is None or (value.__class__ is str):
        obj.rejected_reasons = value
    else:
        raise _expected("a string", value).at("rejected_reasons")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS_ADDRESS_LAST_REJECTED
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_with_address_address_last_rejected(
    obj: m.KycAuthStatusResponseKycAuthStatusWithAddressAddressLastRejected,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.document_type
    if value is not UNSET:
        data["document_type"] = value
    value = obj.rejected_reasons
    if value is not UNSET:
        data["rejected_reasons"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_with_address_identity(
    data: Any,
) -> m.KycAuthStatusResponseKycAuthStatusWithAddressIdentity:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.KycAuthStatusResponseKycAuthStatusWithAddressIdentity)
    count = len(data)
    if count == 5:
        try:
            v_available_services = data["available_services"]
            v_last_rejected = data["last_rejected"]
            v_service = data["service"]
            v_status = data["status"]
            v_supported_documents = data["supported_documents"]
        except KeyError:
            pass
        else:
            if (v_service.__class__ is _STR and v_service in _ALLOWED_idv_manual_none_onfido) and (
                v_status.__class__ is _STR and v_status in _ALLOWED_expired_none_pending_and_3_more
            ):
                try:
                    obj.available_services = _decode_list_of_str(v_available_services)
                except DecodeError as error:
                    raise error.at("available_services") from None
                try:
                    obj.last_rejected = structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_last_rejected(
                        v_last_rejected
                    )
                except DecodeError as error:
                    raise error.at("last_rejected") from None
                obj.service = v_service
                obj.status = v_status
                try:
                    obj.supported_documents = _decode_list_of_KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItem(
                        v_supported_documents
                    )
                except DecodeError as error:
                    raise error.at("supported_documents") from None
                obj.extra_fields = {}
                return obj
    if "available_services" not in data:
        obj.available_services = None
        count += 1
    else:
        value = data["available_services"]
        try:
            obj.available_services = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("available_services") from None
    if "last_rejected" not in data:
        obj.last_rejected = None
        count += 1
    else:
        value = data["last_rejected"]
        try:
            obj.last_rejected = structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_last_rejected(
                value
            )
        except DecodeError as error:
            raise error.at("last_rejected") from None
    if "service" not in data:
        obj.service = None
        count += 1
    elif (value := data["service"]).__class__ is _STR and value in _ALLOWED_idv_manual_none_onfido:
        obj.service = value
    else:
        raise _not_one_of("'none', 'idv', 'onfido', 'manual'", value).at("service")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (
        value := data["status"]
    ).__class__ is _STR and value in _ALLOWED_expired_none_pending_and_3_more:
        obj.status = value
    else:
        raise _not_one_of(
            "'none', 'pending', 'rejected', 'verified', 'expired', 'suspected'", value
        ).at("status")
    if "supported_documents" not in data:
        obj.supported_documents = None
        count += 1
    else:
        value = data["supported_documents"]
        try:
            obj.supported_documents = _decode_list_of_KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItem(
                value
            )
        except DecodeError as error:
            raise error.at("supported_documents") from None
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS_IDENTITY
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_with_address_identity(
    obj: m.KycAuthStatusResponseKycAuthStatusWithAddressIdentity,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.available_services
    if value is not None:
        data["available_services"] = value
    value = obj.last_rejected
    if value is not None:
        data["last_rejected"] = (
            unstructure_kyc_auth_status_response_kyc_auth_status_with_address_identity_last_rejected(
                value
            )
        )
    value = obj.service
    if value is not None:
        data["service"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    value = obj.supported_documents
    if value is not None:
        data["supported_documents"] = [
            unstructure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item(
                item
            )
            for item in value
        ]
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_last_rejected(
    data: Any,
) -> m.KycAuthStatusResponseKycAuthStatusWithAddressIdentityLastRejected:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.KycAuthStatusResponseKycAuthStatusWithAddressIdentityLastRejected)
    count = len(data)
    if count == 3:
        try:
            v_document_type = data["document_type"]
            v_rejected_reasons = data["rejected_reasons"]
            v_report_available = data["report_available"]
        except KeyError:
            pass
        else:
            if (v_document_type is None or (v_document_type.__class__ is str)) and (
                v_report_available.__class__ is _INT and v_report_available in _ALLOWED_0_1
            ):
                obj.document_type = v_document_type
                try:
                    obj.rejected_reasons = _decode_list_of_str(v_rejected_reasons)
                except DecodeError as error:
                    raise error.at("rejected_reasons") from None
                obj.report_available = v_report_available
                obj.extra_fields = {}
                return obj
    if "document_type" not in data:
        obj.document_type = UNSET
        count += 1
    elif (value := data["document_type"]) is None or (value.__class__ is str):
        obj.document_type = value
    else:
        raise _expected("a string", value).at("document_type")
    if "rejected_reasons" not in data:
        obj.rejected_reasons = None
        count += 1
    else:
        value = data["rejected_reasons"]
        try:
            obj.rejected_reasons = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("rejected_reasons") from None
    if "report_available" not in data:
        obj.report_available = None
        count += 1
    elif (value := data["report_available"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.report_available = value
    else:
        raise _not_one_of("0, 1", value).at("report_available")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS_IDENTITY_LAST_REJECTED
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_with_address_identity_last_rejected(
    obj: m.KycAuthStatusResponseKycAuthStatusWithAddressIdentityLastRejected,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.document_type
    if value is not UNSET:
        data["document_type"] = value
    value = obj.rejected_reasons
    if value is not None:
        data["rejected_reasons"] = value
    value = obj.report_available
    if value is not None:
        data["report_available"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item(
    data: Any,
) -> m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItem)
    count = len(data)
    if count == 9:
        try:
            v_additional = data["additional"]
            v_available_services = data["available_services"]
            v_display_name = data["display_name"]
            v_document_type = data["document_type"]
            v_example_format = data["example_format"]
            v_format = data["format"]
            v_has_visual_sample = data["has_visual_sample"]
            v_lifetime_valid = data["lifetime_valid"]
            v_sides = data["sides"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_document_type.__class__ is str)
                and (v_example_format.__class__ is str)
                and (v_format.__class__ is str)
                and (v_has_visual_sample.__class__ is bool)
                and (v_lifetime_valid.__class__ is bool)
            ):
                try:
                    obj.additional = structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item_additional(
                        v_additional
                    )
                except DecodeError as error:
                    raise error.at("additional") from None
                try:
                    obj.available_services = _decode_list_of_KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAvailableServicesItem(
                        v_available_services
                    )
                except DecodeError as error:
                    raise error.at("available_services") from None
                obj.display_name = v_display_name
                obj.document_type = v_document_type
                obj.example_format = v_example_format
                obj.format = v_format
                obj.has_visual_sample = v_has_visual_sample
                obj.lifetime_valid = v_lifetime_valid
                try:
                    obj.sides = _decode_list_of_str(v_sides)
                except DecodeError as error:
                    raise error.at("sides") from None
                obj.extra_fields = {}
                return obj
    if "additional" not in data:
        obj.additional = None
        count += 1
    else:
        value = data["additional"]
        try:
            obj.additional = structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item_additional(
                value
            )
        except DecodeError as error:
            raise error.at("additional") from None
    if "available_services" not in data:
        obj.available_services = None
        count += 1
    else:
        value = data["available_services"]
        try:
            obj.available_services = _decode_list_of_KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAvailableServicesItem(
                value
            )
        except DecodeError as error:
            raise error.at("available_services") from None
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "document_type" not in data:
        obj.document_type = None
        count += 1
    elif (value := data["document_type"]).__class__ is str:
        obj.document_type = value
    else:
        raise _expected("a string", value).at("document_type")
    if "example_format" not in data:
        obj.example_format = None
        count += 1
    elif (value := data["example_format"]).__class__ is str:
        obj.example_format = value
    else:
        raise _expected("a string", value).at("example_format")
    if "format" not in data:
        obj.format = None
        count += 1
    elif (value := data["format"]).__class__ is str:
        obj.format = value
    else:
        raise _expected("a string", value).at("format")
    if "has_visual_sample" not in data:
        obj.has_visual_sample = None
        count += 1
    elif (value := data["has_visual_sample"]).__class__ is bool:
        obj.has_visual_sample = value
    else:
        raise _expected("a boolean", value).at("has_visual_sample")
    if "lifetime_valid" not in data:
        obj.lifetime_valid = None
        count += 1
    elif (value := data["lifetime_valid"]).__class__ is bool:
        obj.lifetime_valid = value
    else:
        raise _expected("a boolean", value).at("lifetime_valid")
    if "sides" not in data:
        obj.sides = None
        count += 1
    else:
        value = data["sides"]
        try:
            obj.sides = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("sides") from None
    if count == 9:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS_IDENTITY_SUPPORTED_DOCUMENTS_ITEM
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item(
    obj: m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.additional
    if value is not None:
        data["additional"] = (
            unstructure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item_additional(
                value
            )
        )
    value = obj.available_services
    if value is not None:
        data["available_services"] = [
            unstructure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item_available_services_item(
                item
            )
            for item in value
        ]
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.document_type
    if value is not None:
        data["document_type"] = value
    value = obj.example_format
    if value is not None:
        data["example_format"] = value
    value = obj.format
    if value is not None:
        data["format"] = value
    value = obj.has_visual_sample
    if value is not None:
        data["has_visual_sample"] = value
    value = obj.lifetime_valid
    if value is not None:
        data["lifetime_valid"] = value
    value = obj.sides
    if value is not None:
        data["sides"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item_additional(
    data: Any,
) -> m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAdditional:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAdditional
    )
    count = len(data)
    if count == 5:
        try:
            v_display_name = data["display_name"]
            v_document_type = data["document_type"]
            v_example_format = data["example_format"]
            v_format = data["format"]
            v_sides = data["sides"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_document_type.__class__ is str)
                and (v_example_format.__class__ is str)
                and (v_format.__class__ is str)
            ):
                obj.display_name = v_display_name
                obj.document_type = v_document_type
                obj.example_format = v_example_format
                obj.format = v_format
                try:
                    obj.sides = _decode_list_of_str(v_sides)
                except DecodeError as error:
                    raise error.at("sides") from None
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "document_type" not in data:
        obj.document_type = None
        count += 1
    elif (value := data["document_type"]).__class__ is str:
        obj.document_type = value
    else:
        raise _expected("a string", value).at("document_type")
    if "example_format" not in data:
        obj.example_format = None
        count += 1
    elif (value := data["example_format"]).__class__ is str:
        obj.example_format = value
    else:
        raise _expected("a string", value).at("example_format")
    if "format" not in data:
        obj.format = None
        count += 1
    elif (value := data["format"]).__class__ is str:
        obj.format = value
    else:
        raise _expected("a string", value).at("format")
    if "sides" not in data:
        obj.sides = None
        count += 1
    else:
        value = data["sides"]
        try:
            obj.sides = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("sides") from None
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS_IDENTITY_SUPPORTED_DOCUMENTS_ITEM_ADDITIONAL
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item_additional(
    obj: m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAdditional,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.document_type
    if value is not None:
        data["document_type"] = value
    value = obj.example_format
    if value is not None:
        data["example_format"] = value
    value = obj.format
    if value is not None:
        data["format"] = value
    value = obj.sides
    if value is not None:
        data["sides"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item_available_services_item(
    data: Any,
) -> m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAvailableServicesItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAvailableServicesItem
    )
    count = len(data)
    if count == 2:
        try:
            v_document_type = data["document_type"]
            v_service = data["service"]
        except KeyError:
            pass
        else:
            if (v_document_type.__class__ is str) and (v_service.__class__ is str):
                obj.document_type = v_document_type
                obj.service = v_service
                obj.extra_fields = {}
                return obj
    try:
        value = data["document_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("document_type",)) from None
    if value.__class__ is str:
        obj.document_type = value
    else:
        raise _expected("a string", value).at("document_type")
    try:
        value = data["service"]
    except KeyError:
        raise DecodeError("required field is missing", ("service",)) from None
    if value.__class__ is str:
        obj.service = value
    else:
        raise _expected("a string", value).at("service")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_KYC_AUTH_STATUS_RESPONSE_KYC_AUTH_STATUS_WITH_ADDRESS_IDENTITY_SUPPORTED_DOCUMENTS_ITEM_AVAILABLE_SERVICES_ITEM
        }
    return obj


def unstructure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item_available_services_item(
    obj: m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAvailableServicesItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"document_type": obj.document_type, "service": obj.service}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.KycAuthStatusRequest: structure_kyc_auth_status_request,
    m.KycAuthStatusResponse: structure_kyc_auth_status_response,
    m.KycAuthStatusResponseKycAuthStatusMapValue: structure_kyc_auth_status_response_kyc_auth_status_map_value,
    m.KycAuthStatusResponseKycAuthStatusMapValueAddress: structure_kyc_auth_status_response_kyc_auth_status_map_value_address,
    m.KycAuthStatusResponseKycAuthStatusMapValueAddressLastRejected: structure_kyc_auth_status_response_kyc_auth_status_map_value_address_last_rejected,
    m.KycAuthStatusResponseKycAuthStatusMapValueIdentity: structure_kyc_auth_status_response_kyc_auth_status_map_value_identity,
    m.KycAuthStatusResponseKycAuthStatusMapValueIdentityLastRejected: structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_last_rejected,
    m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItem: structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item,
    m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAdditional: structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item_additional,
    m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAvailableServicesItem: structure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item_available_services_item,
    m.KycAuthStatusResponseKycAuthStatusWithAddress: structure_kyc_auth_status_response_kyc_auth_status_with_address,
    m.KycAuthStatusResponseKycAuthStatusWithAddressAddress: structure_kyc_auth_status_response_kyc_auth_status_with_address_address,
    m.KycAuthStatusResponseKycAuthStatusWithAddressAddressLastRejected: structure_kyc_auth_status_response_kyc_auth_status_with_address_address_last_rejected,
    m.KycAuthStatusResponseKycAuthStatusWithAddressIdentity: structure_kyc_auth_status_response_kyc_auth_status_with_address_identity,
    m.KycAuthStatusResponseKycAuthStatusWithAddressIdentityLastRejected: structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_last_rejected,
    m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItem: structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item,
    m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAdditional: structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item_additional,
    m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAvailableServicesItem: structure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item_available_services_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.KycAuthStatusRequest: unstructure_kyc_auth_status_request,
    m.KycAuthStatusResponse: unstructure_kyc_auth_status_response,
    m.KycAuthStatusResponseKycAuthStatusMapValue: unstructure_kyc_auth_status_response_kyc_auth_status_map_value,
    m.KycAuthStatusResponseKycAuthStatusMapValueAddress: unstructure_kyc_auth_status_response_kyc_auth_status_map_value_address,
    m.KycAuthStatusResponseKycAuthStatusMapValueAddressLastRejected: unstructure_kyc_auth_status_response_kyc_auth_status_map_value_address_last_rejected,
    m.KycAuthStatusResponseKycAuthStatusMapValueIdentity: unstructure_kyc_auth_status_response_kyc_auth_status_map_value_identity,
    m.KycAuthStatusResponseKycAuthStatusMapValueIdentityLastRejected: unstructure_kyc_auth_status_response_kyc_auth_status_map_value_identity_last_rejected,
    m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItem: unstructure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item,
    m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAdditional: unstructure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item_additional,
    m.KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAvailableServicesItem: unstructure_kyc_auth_status_response_kyc_auth_status_map_value_identity_supported_documents_item_available_services_item,
    m.KycAuthStatusResponseKycAuthStatusWithAddress: unstructure_kyc_auth_status_response_kyc_auth_status_with_address,
    m.KycAuthStatusResponseKycAuthStatusWithAddressAddress: unstructure_kyc_auth_status_response_kyc_auth_status_with_address_address,
    m.KycAuthStatusResponseKycAuthStatusWithAddressAddressLastRejected: unstructure_kyc_auth_status_response_kyc_auth_status_with_address_address_last_rejected,
    m.KycAuthStatusResponseKycAuthStatusWithAddressIdentity: unstructure_kyc_auth_status_response_kyc_auth_status_with_address_identity,
    m.KycAuthStatusResponseKycAuthStatusWithAddressIdentityLastRejected: unstructure_kyc_auth_status_response_kyc_auth_status_with_address_identity_last_rejected,
    m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItem: unstructure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item,
    m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAdditional: unstructure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item_additional,
    m.KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAvailableServicesItem: unstructure_kyc_auth_status_response_kyc_auth_status_with_address_identity_supported_documents_item_available_services_item,
}
