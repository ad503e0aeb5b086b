"""Decoders and encoders of the models of the ``residence_list`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ... import models as m
from ..._codec import (
    _INT,
    _MISSING,
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


_ALLOWED_account_opening_self_declaration_require_common_reporting_standard_disabled_and_8_more = (
    frozenset(
        {
            "account_opening_self_declaration_required",
            "common_reporting_standard",
            "disabled",
            "identity",
            "jurisdiction_risk_assessment",
            "phone_idd",
            "selected",
            "text",
            "tin_format",
            "value",
            "wallet_signup",
        }
    )
)


_ALLOWED_residence_list = frozenset({"residence_list"})


_KEYS_RESIDENCE_LIST_REQUEST = frozenset(
    (
        "residence_list",
        "query",
        "passthrough",
        "req_id",
    )
)


_KEYS_RESIDENCE_LIST_RESPONSE = frozenset(
    (
        "residence_list",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM = frozenset(
    (
        "account_opening_self_declaration_required",
        "common_reporting_standard",
        "disabled",
        "identity",
        "jurisdiction_risk_assessment",
        "partner_signup",
        "phone_idd",
        "selected",
        "text",
        "tin_format",
        "value",
        "wallet_signup",
    )
)


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_COMMON_REPORTING_STANDARD = frozenset(
    (
        "non_participating_jurisdictions",
        "postcode",
        "tax",
    )
)


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_COMMON_REPORTING_STANDARD_NON_PARTICIPATING_JURISDICTIONS = frozenset(
    (
        "default",
        "landing_company",
    )
)


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_COMMON_REPORTING_STANDARD_POSTCODE = frozenset(
    ("invalid_pattern",)
)


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_COMMON_REPORTING_STANDARD_TAX = frozenset(
    (
        "mandatory",
        "poi_equivalent",
        "tin_cleaner",
        "tin_format",
        "tin_format_description",
    )
)


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_IDENTITY = frozenset(("services",))


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_IDENTITY_SERVICES = frozenset(
    (
        "idv",
        "onfido",
    )
)


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_IDENTITY_SERVICES_IDV = frozenset(
    (
        "documents_supported",
        "has_visual_sample",
        "is_country_supported",
    )
)


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_IDENTITY_SERVICES_IDV_DOCUMENTS_SUPPORTED_VALUE = frozenset(
    (
        "additional",
        "display_name",
        "format",
    )
)


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_IDENTITY_SERVICES_IDV_DOCUMENTS_SUPPORTED_VALUE_ADDITIONAL = frozenset(
    (
        "display_name",
        "format",
    )
)


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_IDENTITY_SERVICES_ONFIDO = frozenset(
    (
        "documents_supported",
        "is_country_supported",
    )
)


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_IDENTITY_SERVICES_ONFIDO_DOCUMENTS_SUPPORTED_VALUE = frozenset(
    (
        "display_name",
        "format",
    )
)


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_JURISDICTION_RISK_ASSESSMENT = frozenset(
    (
        "disclaimer",
        "risk_level",
        "turnover",
    )
)


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_JURISDICTION_RISK_ASSESSMENT_DISCLAIMER = (
    frozenset(
        (
            "accept",
            "message",
        )
    )
)


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_JURISDICTION_RISK_ASSESSMENT_RISK_LEVEL = (
    frozenset(
        (
            "default",
            "landing_company",
        )
    )
)


_KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_JURISDICTION_RISK_ASSESSMENT_TURNOVER = frozenset(
    ("max_limit",)
)


def _decode_ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue_or_any(
    value: Any,
) -> m.ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue | Any:
    result: (
        m.ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue | Any
    ) = _first_match(
        value,
        (
            structure_residence_list_response_residence_list_item_identity_services_idv_documents_supported_value,
            _decode_any,
        ),
    )
    return result


def _decode_ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue_or_any(
    value: Any,
) -> m.ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue | Any:
    result: (
        m.ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue | Any
    ) = _first_match(
        value,
        (
            structure_residence_list_response_residence_list_item_identity_services_onfido_documents_supported_value,
            _decode_any,
        ),
    )
    return result


def _decode_any(value: Any) -> Any:
    result: Any = value
    return result


def _decode_bool(value: Any) -> bool:
    if value.__class__ is not bool:
        raise _expected("a boolean", value)
    result: bool = value
    return result


def _decode_bool_or_any(value: Any) -> bool | Any:
    result: bool | Any = _first_match(
        value,
        (
            _decode_bool,
            _decode_any,
        ),
    )
    return result


def _decode_dict_of_ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue_or_any(
    value: Any,
) -> dict[
    str, m.ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue | Any
]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = (
                _decode_ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue_or_any(
                    item
                )
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_dict_of_ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue_or_any(
    value: Any,
) -> dict[
    str, m.ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue | Any
]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = (
                _decode_ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue_or_any(
                    item
                )
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_dict_of_bool_or_any(value: Any) -> dict[str, bool | Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_bool_or_any(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_dict_of_str_or_any(value: Any) -> dict[str, str | Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_str_or_any(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_list_of_ResidenceListResponseResidenceListItem(
    value: Any,
) -> list[m.ResidenceListResponseResidenceListItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_residence_list_response_residence_list_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_residence_list_response_residence_list_item
        ) from None


def _decode_list_of_one_of_account_opening_self_declaration_require_common_reporting_standard_disabled_and_8_more(
    value: Any,
) -> list[
    Literal[
        "account_opening_self_declaration_required",
        "common_reporting_standard",
        "disabled",
        "identity",
        "jurisdiction_risk_assessment",
        "phone_idd",
        "selected",
        "text",
        "tin_format",
        "value",
        "wallet_signup",
    ]
]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            kind = item.__class__
            if (
                kind is not str
                or item
                not in _ALLOWED_account_opening_self_declaration_require_common_reporting_standard_disabled_and_8_more
            ):
                raise _not_one_of(
                    "'account_opening_self_declaration_required', 'common_reporting_standard', 'disabled', 'identity', 'jurisdiction_risk_assessment', 'phone_idd', 'selected', 'text', 'tin_format', 'value', 'wallet_signup'",
                    item,
                )
        except DecodeError as error:
            raise error.at(index) from None
    result: list[
        Literal[
            "account_opening_self_declaration_required",
            "common_reporting_standard",
            "disabled",
            "identity",
            "jurisdiction_risk_assessment",
            "phone_idd",
            "selected",
            "text",
            "tin_format",
            "value",
            "wallet_signup",
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


def _decode_str(value: Any) -> str:
    if value.__class__ is not str:
        raise _expected("a string", value)
    result: str = value
    return result


def _decode_str_or_any(value: Any) -> str | Any:
    result: str | Any = _first_match(
        value,
        (
            _decode_str,
            _decode_any,
        ),
    )
    return result


def structure_residence_list_request(data: Any) -> m.ResidenceListRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ResidenceListRequest)
    count = len(data)
    try:
        value = data["residence_list"]
    except KeyError:
        raise DecodeError("required field is missing", ("residence_list",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.residence_list = value
    else:
        raise _not_one_of("1", value).at("residence_list")
    value = data.get("query", _MISSING)
    if value is _MISSING:
        obj.query = None
        count += 1
    else:
        try:
            obj.query = _decode_list_of_one_of_account_opening_self_declaration_require_common_reporting_standard_disabled_and_8_more(
                value
            )
        except DecodeError as error:
            raise error.at("query") from None
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
    if count != 4:
        unknown = sorted(key for key in data if key not in _KEYS_RESIDENCE_LIST_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_residence_list_request(obj: m.ResidenceListRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"residence_list": obj.residence_list}
    value: Any
    value = obj.query
    if value is not None:
        data["query"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_residence_list_response(data: Any) -> m.ResidenceListResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ResidenceListResponse)
    count = len(data)
    value = data.get("residence_list", _MISSING)
    if value is _MISSING:
        obj.residence_list = None
        count += 1
    else:
        try:
            obj.residence_list = _decode_list_of_ResidenceListResponseResidenceListItem(value)
        except DecodeError as error:
            raise error.at("residence_list") from None
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
    if value.__class__ is _STR and value in _ALLOWED_residence_list:
        obj.msg_type = value
    else:
        raise _not_one_of("'residence_list'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_RESIDENCE_LIST_RESPONSE}
    return obj


def unstructure_residence_list_response(obj: m.ResidenceListResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.residence_list
    if value is not None:
        data["residence_list"] = [
            unstructure_residence_list_response_residence_list_item(item) for item in value
        ]
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item(
    data: Any,
) -> m.ResidenceListResponseResidenceListItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ResidenceListResponseResidenceListItem)
    count = len(data)
    value = data.get("account_opening_self_declaration_required", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.account_opening_self_declaration_required = value
    elif value is _MISSING:
        obj.account_opening_self_declaration_required = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("account_opening_self_declaration_required")
    value = data.get("common_reporting_standard", _MISSING)
    if value is _MISSING:
        obj.common_reporting_standard = None
        count += 1
    else:
        try:
            obj.common_reporting_standard = (
                structure_residence_list_response_residence_list_item_common_reporting_standard(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("common_reporting_standard") from None
    value = data.get("disabled", _MISSING)
    if value.__class__ is str:
        obj.disabled = value
    elif value is _MISSING:
        obj.disabled = None
        count += 1
    else:
        raise _expected("a string", value).at("disabled")
    value = data.get("identity", _MISSING)
    if value is _MISSING:
        obj.identity = None
        count += 1
    else:
        try:
            obj.identity = structure_residence_list_response_residence_list_item_identity(value)
        except DecodeError as error:
            raise error.at("identity") from None
    value = data.get("jurisdiction_risk_assessment", _MISSING)
    if value is _MISSING:
        obj.jurisdiction_risk_assessment = None
        count += 1
    else:
        try:
            obj.jurisdiction_risk_assessment = (
                structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("jurisdiction_risk_assessment") from None
    value = data.get("partner_signup", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.partner_signup = value
    elif value is _MISSING:
        obj.partner_signup = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("partner_signup")
    value = data.get("phone_idd", _MISSING)
    if value is None or (value.__class__ is str):
        obj.phone_idd = value
    elif value is _MISSING:
        obj.phone_idd = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("phone_idd")
    value = data.get("selected", _MISSING)
    if value.__class__ is str:
        obj.selected = value
    elif value is _MISSING:
        obj.selected = None
        count += 1
    else:
        raise _expected("a string", value).at("selected")
    value = data.get("text", _MISSING)
    if value.__class__ is str:
        obj.text = value
    elif value is _MISSING:
        obj.text = None
        count += 1
    else:
        raise _expected("a string", value).at("text")
    value = data.get("tin_format", _MISSING)
    if value is _MISSING:
        obj.tin_format = None
        count += 1
    else:
        try:
            obj.tin_format = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("tin_format") from None
    value = data.get("value", _MISSING)
    if value.__class__ is str:
        obj.value = value
    elif value is _MISSING:
        obj.value = None
        count += 1
    else:
        raise _expected("a string", value).at("value")
    value = data.get("wallet_signup", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.wallet_signup = value
    elif value is _MISSING:
        obj.wallet_signup = None
        count += 1
    else:
        raise _not_one_of("1", value).at("wallet_signup")
    if count == 12:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM
        }
    return obj


def unstructure_residence_list_response_residence_list_item(
    obj: m.ResidenceListResponseResidenceListItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.account_opening_self_declaration_required
    if value is not None:
        data["account_opening_self_declaration_required"] = value
    value = obj.common_reporting_standard
    if value is not None:
        data["common_reporting_standard"] = (
            unstructure_residence_list_response_residence_list_item_common_reporting_standard(value)
        )
    value = obj.disabled
    if value is not None:
        data["disabled"] = value
    value = obj.identity
    if value is not None:
        data["identity"] = unstructure_residence_list_response_residence_list_item_identity(value)
    value = obj.jurisdiction_risk_assessment
    if value is not None:
        data["jurisdiction_risk_assessment"] = (
            unstructure_residence_list_response_residence_list_item_jurisdiction_risk_assessment(
                value
            )
        )
    value = obj.partner_signup
    if value is not None:
        data["partner_signup"] = value
    value = obj.phone_idd
    if value is not UNSET:
        data["phone_idd"] = value
    value = obj.selected
    if value is not None:
        data["selected"] = value
    value = obj.text
    if value is not None:
        data["text"] = value
    value = obj.tin_format
    if value is not None:
        data["tin_format"] = value
    value = obj.value
    if value is not None:
        data["value"] = value
    value = obj.wallet_signup
    if value is not None:
        data["wallet_signup"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item_common_reporting_standard(
    data: Any,
) -> m.ResidenceListResponseResidenceListItemCommonReportingStandard:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ResidenceListResponseResidenceListItemCommonReportingStandard)
    count = len(data)
    value = data.get("non_participating_jurisdictions", _MISSING)
    if value is _MISSING:
        obj.non_participating_jurisdictions = None
        count += 1
    else:
        try:
            obj.non_participating_jurisdictions = structure_residence_list_response_residence_list_item_common_reporting_standard_non_participating_jurisdictions(
                value
            )
        except DecodeError as error:
            raise error.at("non_participating_jurisdictions") from None
    value = data.get("postcode", _MISSING)
    if value is _MISSING:
        obj.postcode = None
        count += 1
    else:
        try:
            obj.postcode = structure_residence_list_response_residence_list_item_common_reporting_standard_postcode(
                value
            )
        except DecodeError as error:
            raise error.at("postcode") from None
    value = data.get("tax", _MISSING)
    if value is _MISSING:
        obj.tax = None
        count += 1
    else:
        try:
            obj.tax = (
                structure_residence_list_response_residence_list_item_common_reporting_standard_tax(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("tax") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_COMMON_REPORTING_STANDARD
        }
    return obj


def unstructure_residence_list_response_residence_list_item_common_reporting_standard(
    obj: m.ResidenceListResponseResidenceListItemCommonReportingStandard,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.non_participating_jurisdictions
    if value is not None:
        data["non_participating_jurisdictions"] = (
            unstructure_residence_list_response_residence_list_item_common_reporting_standard_non_participating_jurisdictions(
                value
            )
        )
    value = obj.postcode
    if value is not None:
        data["postcode"] = (
            unstructure_residence_list_response_residence_list_item_common_reporting_standard_postcode(
                value
            )
        )
    value = obj.tax
    if value is not None:
        data["tax"] = (
            unstructure_residence_list_response_residence_list_item_common_reporting_standard_tax(
                value
            )
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item_common_reporting_standard_non_participating_jurisdictions(
    data: Any,
) -> m.ResidenceListResponseResidenceListItemCommonReportingStandardNonParticipatingJurisdictions:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.ResidenceListResponseResidenceListItemCommonReportingStandardNonParticipatingJurisdictions
    )
    count = len(data)
    value = data.get("default", _MISSING)
    if value.__class__ is bool:
        obj.default = value
    elif value is _MISSING:
        obj.default = None
        count += 1
    else:
        raise _expected("a boolean", value).at("default")
    value = data.get("landing_company", _MISSING)
    if value is _MISSING:
        obj.landing_company = None
        count += 1
    else:
        try:
            obj.landing_company = _decode_dict_of_bool_or_any(value)
        except DecodeError as error:
            raise error.at("landing_company") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_COMMON_REPORTING_STANDARD_NON_PARTICIPATING_JURISDICTIONS
        }
    return obj


def unstructure_residence_list_response_residence_list_item_common_reporting_standard_non_participating_jurisdictions(
    obj: m.ResidenceListResponseResidenceListItemCommonReportingStandardNonParticipatingJurisdictions,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.default
    if value is not None:
        data["default"] = value
    value = obj.landing_company
    if value is not None:
        data["landing_company"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item_common_reporting_standard_postcode(
    data: Any,
) -> m.ResidenceListResponseResidenceListItemCommonReportingStandardPostcode:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ResidenceListResponseResidenceListItemCommonReportingStandardPostcode)
    count = len(data)
    value = data.get("invalid_pattern", _MISSING)
    if value is None or (value.__class__ is str):
        obj.invalid_pattern = value
    elif value is _MISSING:
        obj.invalid_pattern = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("invalid_pattern")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_COMMON_REPORTING_STANDARD_POSTCODE
        }
    return obj


def unstructure_residence_list_response_residence_list_item_common_reporting_standard_postcode(
    obj: m.ResidenceListResponseResidenceListItemCommonReportingStandardPostcode,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.invalid_pattern
    if value is not UNSET:
        data["invalid_pattern"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item_common_reporting_standard_tax(
    data: Any,
) -> m.ResidenceListResponseResidenceListItemCommonReportingStandardTax:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ResidenceListResponseResidenceListItemCommonReportingStandardTax)
    count = len(data)
    value = data.get("mandatory", _MISSING)
    if value.__class__ is bool:
        obj.mandatory = value
    elif value is _MISSING:
        obj.mandatory = None
        count += 1
    else:
        raise _expected("a boolean", value).at("mandatory")
    value = data.get("poi_equivalent", _MISSING)
    if value.__class__ is bool:
        obj.poi_equivalent = value
    elif value is _MISSING:
        obj.poi_equivalent = None
        count += 1
    else:
        raise _expected("a boolean", value).at("poi_equivalent")
    value = data.get("tin_cleaner", _MISSING)
    if value.__class__ is str:
        obj.tin_cleaner = value
    elif value is _MISSING:
        obj.tin_cleaner = None
        count += 1
    else:
        raise _expected("a string", value).at("tin_cleaner")
    value = data.get("tin_format", _MISSING)
    if value is _MISSING:
        obj.tin_format = None
        count += 1
    else:
        try:
            obj.tin_format = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("tin_format") from None
    value = data.get("tin_format_description", _MISSING)
    if value is None or (value.__class__ is str):
        obj.tin_format_description = value
    elif value is _MISSING:
        obj.tin_format_description = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("tin_format_description")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_COMMON_REPORTING_STANDARD_TAX
        }
    return obj


def unstructure_residence_list_response_residence_list_item_common_reporting_standard_tax(
    obj: m.ResidenceListResponseResidenceListItemCommonReportingStandardTax,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.mandatory
    if value is not None:
        data["mandatory"] = value
    value = obj.poi_equivalent
    if value is not None:
        data["poi_equivalent"] = value
    value = obj.tin_cleaner
    if value is not None:
        data["tin_cleaner"] = value
    value = obj.tin_format
    if value is not None:
        data["tin_format"] = value
    value = obj.tin_format_description
    if value is not UNSET:
        data["tin_format_description"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item_identity(
    data: Any,
) -> m.ResidenceListResponseResidenceListItemIdentity:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ResidenceListResponseResidenceListItemIdentity)
    count = len(data)
    value = data.get("services", _MISSING)
    if value is _MISSING:
        obj.services = None
        count += 1
    else:
        try:
            obj.services = structure_residence_list_response_residence_list_item_identity_services(
                value
            )
        except DecodeError as error:
            raise error.at("services") from None
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_IDENTITY
        }
    return obj


def unstructure_residence_list_response_residence_list_item_identity(
    obj: m.ResidenceListResponseResidenceListItemIdentity,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.services
    if value is not None:
        data["services"] = (
            unstructure_residence_list_response_residence_list_item_identity_services(value)
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item_identity_services(
    data: Any,
) -> m.ResidenceListResponseResidenceListItemIdentityServices:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ResidenceListResponseResidenceListItemIdentityServices)
    count = len(data)
    value = data.get("idv", _MISSING)
    if value is _MISSING:
        obj.idv = None
        count += 1
    else:
        try:
            obj.idv = structure_residence_list_response_residence_list_item_identity_services_idv(
                value
            )
        except DecodeError as error:
            raise error.at("idv") from None
    value = data.get("onfido", _MISSING)
    if value is _MISSING:
        obj.onfido = None
        count += 1
    else:
        try:
            obj.onfido = (
                structure_residence_list_response_residence_list_item_identity_services_onfido(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("onfido") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_IDENTITY_SERVICES
        }
    return obj


def unstructure_residence_list_response_residence_list_item_identity_services(
    obj: m.ResidenceListResponseResidenceListItemIdentityServices,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.idv
    if value is not None:
        data["idv"] = unstructure_residence_list_response_residence_list_item_identity_services_idv(
            value
        )
    value = obj.onfido
    if value is not None:
        data["onfido"] = (
            unstructure_residence_list_response_residence_list_item_identity_services_onfido(value)
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item_identity_services_idv(
    data: Any,
) -> m.ResidenceListResponseResidenceListItemIdentityServicesIdv:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ResidenceListResponseResidenceListItemIdentityServicesIdv)
    count = len(data)
    value = data.get("documents_supported", _MISSING)
    if value is _MISSING:
        obj.documents_supported = None
        count += 1
    else:
        try:
            obj.documents_supported = _decode_dict_of_ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue_or_any(
                value
            )
        except DecodeError as error:
            raise error.at("documents_supported") from None
    value = data.get("has_visual_sample", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.has_visual_sample = value
    elif value is _MISSING:
        obj.has_visual_sample = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("has_visual_sample")
    value = data.get("is_country_supported", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_country_supported = value
    elif value is _MISSING:
        obj.is_country_supported = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_country_supported")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_IDENTITY_SERVICES_IDV
        }
    return obj


def unstructure_residence_list_response_residence_list_item_identity_services_idv(
    obj: m.ResidenceListResponseResidenceListItemIdentityServicesIdv,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.documents_supported
    if value is not None:
        data["documents_supported"] = {k: _encode_any(item) for k, item in value.items()}
    value = obj.has_visual_sample
    if value is not None:
        data["has_visual_sample"] = value
    value = obj.is_country_supported
    if value is not None:
        data["is_country_supported"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item_identity_services_idv_documents_supported_value(
    data: Any,
) -> m.ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue)
    count = len(data)
    value = data.get("additional", _MISSING)
    if value is _MISSING:
        obj.additional = None
        count += 1
    else:
        try:
            obj.additional = structure_residence_list_response_residence_list_item_identity_services_idv_documents_supported_value_additional(
                value
            )
        except DecodeError as error:
            raise error.at("additional") from None
    value = data.get("display_name", _MISSING)
    if value.__class__ is str:
        obj.display_name = value
    elif value is _MISSING:
        obj.display_name = None
        count += 1
    else:
        raise _expected("a string", value).at("display_name")
    value = data.get("format", _MISSING)
    if value.__class__ is str:
        obj.format = value
    elif value is _MISSING:
        obj.format = None
        count += 1
    else:
        raise _expected("a string", value).at("format")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_IDENTITY_SERVICES_IDV_DOCUMENTS_SUPPORTED_VALUE
        }
    return obj


def unstructure_residence_list_response_residence_list_item_identity_services_idv_documents_supported_value(
    obj: m.ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.additional
    if value is not None:
        data["additional"] = (
            unstructure_residence_list_response_residence_list_item_identity_services_idv_documents_supported_value_additional(
                value
            )
        )
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.format
    if value is not None:
        data["format"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item_identity_services_idv_documents_supported_value_additional(
    data: Any,
) -> m.ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValueAdditional:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValueAdditional
    )
    count = len(data)
    value = data.get("display_name", _MISSING)
    if value.__class__ is str:
        obj.display_name = value
    elif value is _MISSING:
        obj.display_name = None
        count += 1
    else:
        raise _expected("a string", value).at("display_name")
    value = data.get("format", _MISSING)
    if value.__class__ is str:
        obj.format = value
    elif value is _MISSING:
        obj.format = None
        count += 1
    else:
        raise _expected("a string", value).at("format")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_IDENTITY_SERVICES_IDV_DOCUMENTS_SUPPORTED_VALUE_ADDITIONAL
        }
    return obj


def unstructure_residence_list_response_residence_list_item_identity_services_idv_documents_supported_value_additional(
    obj: m.ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValueAdditional,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.format
    if value is not None:
        data["format"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item_identity_services_onfido(
    data: Any,
) -> m.ResidenceListResponseResidenceListItemIdentityServicesOnfido:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ResidenceListResponseResidenceListItemIdentityServicesOnfido)
    count = len(data)
    value = data.get("documents_supported", _MISSING)
    if value is _MISSING:
        obj.documents_supported = None
        count += 1
    else:
        try:
            obj.documents_supported = _decode_dict_of_ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue_or_any(
                value
            )
        except DecodeError as error:
            raise error.at("documents_supported") from None
    value = data.get("is_country_supported", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_country_supported = value
    elif value is _MISSING:
        obj.is_country_supported = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_country_supported")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_IDENTITY_SERVICES_ONFIDO
        }
    return obj


def unstructure_residence_list_response_residence_list_item_identity_services_onfido(
    obj: m.ResidenceListResponseResidenceListItemIdentityServicesOnfido,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.documents_supported
    if value is not None:
        data["documents_supported"] = {k: _encode_any(item) for k, item in value.items()}
    value = obj.is_country_supported
    if value is not None:
        data["is_country_supported"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item_identity_services_onfido_documents_supported_value(
    data: Any,
) -> m.ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue
    )
    count = len(data)
    value = data.get("display_name", _MISSING)
    if value.__class__ is str:
        obj.display_name = value
    elif value is _MISSING:
        obj.display_name = None
        count += 1
    else:
        raise _expected("a string", value).at("display_name")
    value = data.get("format", _MISSING)
    if value.__class__ is str:
        obj.format = value
    elif value is _MISSING:
        obj.format = None
        count += 1
    else:
        raise _expected("a string", value).at("format")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_IDENTITY_SERVICES_ONFIDO_DOCUMENTS_SUPPORTED_VALUE
        }
    return obj


def unstructure_residence_list_response_residence_list_item_identity_services_onfido_documents_supported_value(
    obj: m.ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.format
    if value is not None:
        data["format"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment(
    data: Any,
) -> m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessment:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessment)
    count = len(data)
    value = data.get("disclaimer", _MISSING)
    if value is _MISSING:
        obj.disclaimer = None
        count += 1
    else:
        try:
            obj.disclaimer = structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_disclaimer(
                value
            )
        except DecodeError as error:
            raise error.at("disclaimer") from None
    value = data.get("risk_level", _MISSING)
    if value is _MISSING:
        obj.risk_level = None
        count += 1
    else:
        try:
            obj.risk_level = structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_risk_level(
                value
            )
        except DecodeError as error:
            raise error.at("risk_level") from None
    value = data.get("turnover", _MISSING)
    if value is _MISSING:
        obj.turnover = None
        count += 1
    else:
        try:
            obj.turnover = structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_turnover(
                value
            )
        except DecodeError as error:
            raise error.at("turnover") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_JURISDICTION_RISK_ASSESSMENT
        }
    return obj


def unstructure_residence_list_response_residence_list_item_jurisdiction_risk_assessment(
    obj: m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessment,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.disclaimer
    if value is not None:
        data["disclaimer"] = (
            unstructure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_disclaimer(
                value
            )
        )
    value = obj.risk_level
    if value is not None:
        data["risk_level"] = (
            unstructure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_risk_level(
                value
            )
        )
    value = obj.turnover
    if value is not None:
        data["turnover"] = (
            unstructure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_turnover(
                value
            )
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_disclaimer(
    data: Any,
) -> m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentDisclaimer:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentDisclaimer)
    count = len(data)
    value = data.get("accept", _MISSING)
    if value.__class__ is bool:
        obj.accept = value
    elif value is _MISSING:
        obj.accept = None
        count += 1
    else:
        raise _expected("a boolean", value).at("accept")
    value = data.get("message", _MISSING)
    if value.__class__ is str:
        obj.message = value
    elif value is _MISSING:
        obj.message = None
        count += 1
    else:
        raise _expected("a string", value).at("message")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_JURISDICTION_RISK_ASSESSMENT_DISCLAIMER
        }
    return obj


def unstructure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_disclaimer(
    obj: m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentDisclaimer,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.accept
    if value is not None:
        data["accept"] = value
    value = obj.message
    if value is not None:
        data["message"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_risk_level(
    data: Any,
) -> m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentRiskLevel:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentRiskLevel)
    count = len(data)
    value = data.get("default", _MISSING)
    if value.__class__ is str:
        obj.default = value
    elif value is _MISSING:
        obj.default = None
        count += 1
    else:
        raise _expected("a string", value).at("default")
    value = data.get("landing_company", _MISSING)
    if value is _MISSING:
        obj.landing_company = None
        count += 1
    else:
        try:
            obj.landing_company = _decode_dict_of_str_or_any(value)
        except DecodeError as error:
            raise error.at("landing_company") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_JURISDICTION_RISK_ASSESSMENT_RISK_LEVEL
        }
    return obj


def unstructure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_risk_level(
    obj: m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentRiskLevel,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.default
    if value is not None:
        data["default"] = value
    value = obj.landing_company
    if value is not None:
        data["landing_company"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_turnover(
    data: Any,
) -> m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentTurnover:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentTurnover)
    count = len(data)
    value = data.get("max_limit", _MISSING)
    if value.__class__ is bool:
        obj.max_limit = value
    elif value is _MISSING:
        obj.max_limit = None
        count += 1
    else:
        raise _expected("a boolean", value).at("max_limit")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_RESIDENCE_LIST_RESPONSE_RESIDENCE_LIST_ITEM_JURISDICTION_RISK_ASSESSMENT_TURNOVER
        }
    return obj


def unstructure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_turnover(
    obj: m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentTurnover,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.max_limit
    if value is not None:
        data["max_limit"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ResidenceListRequest: structure_residence_list_request,
    m.ResidenceListResponse: structure_residence_list_response,
    m.ResidenceListResponseResidenceListItem: structure_residence_list_response_residence_list_item,
    m.ResidenceListResponseResidenceListItemCommonReportingStandard: structure_residence_list_response_residence_list_item_common_reporting_standard,
    m.ResidenceListResponseResidenceListItemCommonReportingStandardNonParticipatingJurisdictions: structure_residence_list_response_residence_list_item_common_reporting_standard_non_participating_jurisdictions,
    m.ResidenceListResponseResidenceListItemCommonReportingStandardPostcode: structure_residence_list_response_residence_list_item_common_reporting_standard_postcode,
    m.ResidenceListResponseResidenceListItemCommonReportingStandardTax: structure_residence_list_response_residence_list_item_common_reporting_standard_tax,
    m.ResidenceListResponseResidenceListItemIdentity: structure_residence_list_response_residence_list_item_identity,
    m.ResidenceListResponseResidenceListItemIdentityServices: structure_residence_list_response_residence_list_item_identity_services,
    m.ResidenceListResponseResidenceListItemIdentityServicesIdv: structure_residence_list_response_residence_list_item_identity_services_idv,
    m.ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue: structure_residence_list_response_residence_list_item_identity_services_idv_documents_supported_value,
    m.ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValueAdditional: structure_residence_list_response_residence_list_item_identity_services_idv_documents_supported_value_additional,
    m.ResidenceListResponseResidenceListItemIdentityServicesOnfido: structure_residence_list_response_residence_list_item_identity_services_onfido,
    m.ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue: structure_residence_list_response_residence_list_item_identity_services_onfido_documents_supported_value,
    m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessment: structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment,
    m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentDisclaimer: structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_disclaimer,
    m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentRiskLevel: structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_risk_level,
    m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentTurnover: structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_turnover,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ResidenceListRequest: unstructure_residence_list_request,
    m.ResidenceListResponse: unstructure_residence_list_response,
    m.ResidenceListResponseResidenceListItem: unstructure_residence_list_response_residence_list_item,
    m.ResidenceListResponseResidenceListItemCommonReportingStandard: unstructure_residence_list_response_residence_list_item_common_reporting_standard,
    m.ResidenceListResponseResidenceListItemCommonReportingStandardNonParticipatingJurisdictions: unstructure_residence_list_response_residence_list_item_common_reporting_standard_non_participating_jurisdictions,
    m.ResidenceListResponseResidenceListItemCommonReportingStandardPostcode: unstructure_residence_list_response_residence_list_item_common_reporting_standard_postcode,
    m.ResidenceListResponseResidenceListItemCommonReportingStandardTax: unstructure_residence_list_response_residence_list_item_common_reporting_standard_tax,
    m.ResidenceListResponseResidenceListItemIdentity: unstructure_residence_list_response_residence_list_item_identity,
    m.ResidenceListResponseResidenceListItemIdentityServices: unstructure_residence_list_response_residence_list_item_identity_services,
    m.ResidenceListResponseResidenceListItemIdentityServicesIdv: unstructure_residence_list_response_residence_list_item_identity_services_idv,
    m.ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue: unstructure_residence_list_response_residence_list_item_identity_services_idv_documents_supported_value,
    m.ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValueAdditional: unstructure_residence_list_response_residence_list_item_identity_services_idv_documents_supported_value_additional,
    m.ResidenceListResponseResidenceListItemIdentityServicesOnfido: unstructure_residence_list_response_residence_list_item_identity_services_onfido,
    m.ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue: unstructure_residence_list_response_residence_list_item_identity_services_onfido_documents_supported_value,
    m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessment: unstructure_residence_list_response_residence_list_item_jurisdiction_risk_assessment,
    m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentDisclaimer: unstructure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_disclaimer,
    m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentRiskLevel: unstructure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_risk_level,
    m.ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentTurnover: unstructure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_turnover,
}
