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
    if count == 4:
        try:
            v_residence_list = data["residence_list"]
            v_query = data["query"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_residence_list.__class__ is _INT and v_residence_list in _ALLOWED_1)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.residence_list = v_residence_list
                try:
                    obj.query = _decode_list_of_one_of_account_opening_self_declaration_require_common_reporting_standard_disabled_and_8_more(
                        v_query
                    )
                except DecodeError as error:
                    raise error.at("query") from None
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["residence_list"]
    except KeyError:
        raise DecodeError("required field is missing", ("residence_list",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.residence_list = value
    else:
        raise _not_one_of("1", value).at("residence_list")
    if "query" not in data:
        obj.query = None
        count += 1
    else:
        value = data["query"]
        try:
            obj.query = _decode_list_of_one_of_account_opening_self_declaration_require_common_reporting_standard_disabled_and_8_more(
                value
            )
        except DecodeError as error:
            raise error.at("query") from None
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
    if count == 4:
        try:
            v_residence_list = data["residence_list"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_residence_list)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.residence_list = _decode_list_of_ResidenceListResponseResidenceListItem(
                        v_residence_list
                    )
                except DecodeError as error:
                    raise error.at("residence_list") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "residence_list" not in data:
        obj.residence_list = None
        count += 1
    else:
        value = data["residence_list"]
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
    if count == 12:
        try:
            v_account_opening_self_declaration_required = data[
                "account_opening_self_declaration_required"
            ]
            v_common_reporting_standard = data["common_reporting_standard"]
            v_disabled = data["disabled"]
            v_identity = data["identity"]
            v_jurisdiction_risk_assessment = data["jurisdiction_risk_assessment"]
            v_partner_signup = data["partner_signup"]
            v_phone_idd = data["phone_idd"]
            v_selected = data["selected"]
            v_text = data["text"]
            v_tin_format = data["tin_format"]
            v_value = data["value"]
            v_wallet_signup = data["wallet_signup"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_account_opening_self_declaration_required.__class__ is _INT
                    and v_account_opening_self_declaration_required in _ALLOWED_0_1
                )
                and (v_disabled.__class__ is str)
                and (v_partner_signup.__class__ is _INT and v_partner_signup in _ALLOWED_0_1)
                and (v_phone_idd is None or (v_phone_idd.__class__ is str))
                and (v_selected.__class__ is str)
                and (v_text.__class__ is str)
                and (v_value.__class__ is str)
                and (v_wallet_signup.__class__ is _INT and v_wallet_signup in _ALLOWED_1)
            ):
                obj.account_opening_self_declaration_required = (
                    v_account_opening_self_declaration_required
                )
                try:
                    obj.common_reporting_standard = structure_residence_list_response_residence_list_item_common_reporting_standard(
                        v_common_reporting_standard
                    )
                except DecodeError as error:
                    raise error.at("common_reporting_standard") from None
                obj.disabled = v_disabled
                try:
                    obj.identity = structure_residence_list_response_residence_list_item_identity(
                        v_identity
                    )
                except DecodeError as error:
                    raise error.at("identity") from None
                try:
                    obj.jurisdiction_risk_assessment = structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment(
                        v_jurisdiction_risk_assessment
                    )
                except DecodeError as error:
                    raise error.at("jurisdiction_risk_assessment") from None
                obj.partner_signup = v_partner_signup
                obj.phone_idd = v_phone_idd
                obj.selected = v_selected
                obj.text = v_text
                try:
                    obj.tin_format = _decode_list_of_str(v_tin_format)
                except DecodeError as error:
                    raise error.at("tin_format") from None
                obj.value = v_value
                obj.wallet_signup = v_wallet_signup
                obj.extra_fields = {}
                return obj
    if "account_opening_self_declaration_required" not in data:
        obj.account_opening_self_declaration_required = None
        count += 1
    elif (
        value := data["account_opening_self_declaration_required"]
    ).__class__ is _INT and value in _ALLOWED_0_1:
        obj.account_opening_self_declaration_required = value
    else:
        raise _not_one_of("0, 1", value).at("account_opening_self_declaration_required")
    if "common_reporting_standard" not in data:
        obj.common_reporting_standard = None
        count += 1
    else:
        value = data["common_reporting_standard"]
        try:
            obj.common_reporting_standard = (
                structure_residence_list_response_residence_list_item_common_reporting_standard(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("common_reporting_standard") from None
    if "disabled" not in data:
        obj.disabled = None
        count += 1
    elif (value := data["disabled"]).__class__ is str:
        obj.disabled = value
    else:
        raise _expected("a string", value).at("disabled")
    if "identity" not in data:
        obj.identity = None
        count += 1
    else:
        value = data["identity"]
        try:
            obj.identity = structure_residence_list_response_residence_list_item_identity(value)
        except DecodeError as error:
            raise error.at("identity") from None
    if "jurisdiction_risk_assessment" not in data:
        obj.jurisdiction_risk_assessment = None
        count += 1
    else:
        value = data["jurisdiction_risk_assessment"]
        try:
            obj.jurisdiction_risk_assessment = (
                structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("jurisdiction_risk_assessment") from None
    if "partner_signup" not in data:
        obj.partner_signup = None
        count += 1
    elif (value := data["partner_signup"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.partner_signup = value
    else:
        raise _not_one_of("0, 1", value).at("partner_signup")
    if "phone_idd" not in data:
        obj.phone_idd = UNSET
        count += 1
    elif (value := data["phone_idd"]) is None or (value.__class__ is str):
        obj.phone_idd = value
    else:
        raise _expected("a string", value).at("phone_idd")
    if "selected" not in data:
        obj.selected = None
        count += 1
    elif (value := data["selected"]).__class__ is str:
        obj.selected = value
    else:
        raise _expected("a string", value).at("selected")
    if "text" not in data:
        obj.text = None
        count += 1
    elif (value := data["text"]).__class__ is str:
        obj.text = value
    else:
        raise _expected("a string", value).at("text")
    if "tin_format" not in data:
        obj.tin_format = None
        count += 1
    else:
        value = data["tin_format"]
        try:
            obj.tin_format = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("tin_format") from None
    if "value" not in data:
        obj.value = None
        count += 1
    elif (value := data["value"]).__class__ is str:
        obj.value = value
    else:
        raise _expected("a string", value).at("value")
    if "wallet_signup" not in data:
        obj.wallet_signup = None
        count += 1
    elif (value := data["wallet_signup"]).__class__ is _INT and value in _ALLOWED_1:
        obj.wallet_signup = value
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
    if count == 3:
        try:
            v_non_participating_jurisdictions = data["non_participating_jurisdictions"]
            v_postcode = data["postcode"]
            v_tax = data["tax"]
        except KeyError:
            pass
        else:
            try:
                obj.non_participating_jurisdictions = structure_residence_list_response_residence_list_item_common_reporting_standard_non_participating_jurisdictions(
                    v_non_participating_jurisdictions
                )
            except DecodeError as error:
                raise error.at("non_participating_jurisdictions") from None
            try:
                obj.postcode = structure_residence_list_response_residence_list_item_common_reporting_standard_postcode(
                    v_postcode
                )
            except DecodeError as error:
                raise error.at("postcode") from None
            try:
                obj.tax = structure_residence_list_response_residence_list_item_common_reporting_standard_tax(
                    v_tax
                )
            except DecodeError as error:
                raise error.at("tax") from None
            obj.extra_fields = {}
            return obj
    if "non_participating_jurisdictions" not in data:
        obj.non_participating_jurisdictions = None
        count += 1
    else:
        value = data["non_participating_jurisdictions"]
        try:
            obj.non_participating_jurisdictions = structure_residence_list_response_residence_list_item_common_reporting_standard_non_participating_jurisdictions(
                value
            )
        except DecodeError as error:
            raise error.at("non_participating_jurisdictions") from None
    if "postcode" not in data:
        obj.postcode = None
        count += 1
    else:
        value = data["postcode"]
        try:
            obj.postcode = structure_residence_list_response_residence_list_item_common_reporting_standard_postcode(
                value
            )
        except DecodeError as error:
            raise error.at("postcode") from None
    if "tax" not in data:
        obj.tax = None
        count += 1
    else:
        value = data["tax"]
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
    if count == 2:
        try:
            v_default = data["default"]
            v_landing_company = data["landing_company"]
        except KeyError:
            pass
        else:
            if v_default.__class__ is bool:
                obj.default = v_default
                try:
                    obj.landing_company = _decode_dict_of_bool_or_any(v_landing_company)
                except DecodeError as error:
                    raise error.at("landing_company") from None
                obj.extra_fields = {}
                return obj
    if "default" not in data:
        obj.default = None
        count += 1
    elif (value := data["default"]).__class__ is bool:
        obj.default = value
    else:
        raise _expected("a boolean", value).at("default")
    if "landing_company" not in data:
        obj.landing_company = None
        count += 1
    else:
        value = data["landing_company"]
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
    if count == 1:
        try:
            v_invalid_pattern = data["invalid_pattern"]
        except KeyError:
            pass
        else:
            if v_invalid_pattern is None or (v_invalid_pattern.__class__ is str):
                obj.invalid_pattern = v_invalid_pattern
                obj.extra_fields = {}
                return obj
    if "invalid_pattern" not in data:
        obj.invalid_pattern = UNSET
        count += 1
    elif (value := data["invalid_pattern"]) is None or (value.__class__ is str):
        obj.invalid_pattern = value
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
    if count == 5:
        try:
            v_mandatory = data["mandatory"]
            v_poi_equivalent = data["poi_equivalent"]
            v_tin_cleaner = data["tin_cleaner"]
            v_tin_format = data["tin_format"]
            v_tin_format_description = data["tin_format_description"]
        except KeyError:
            pass
        else:
            if (
                (v_mandatory.__class__ is bool)
                and (v_poi_equivalent.__class__ is bool)
                and (v_tin_cleaner.__class__ is str)
                and (
                    v_tin_format_description is None or (v_tin_format_description.__class__ is str)
                )
            ):
                obj.mandatory = v_mandatory
                obj.poi_equivalent = v_poi_equivalent
                obj.tin_cleaner = v_tin_cleaner
                try:
                    obj.tin_format = _decode_list_of_str(v_tin_format)
                except DecodeError as error:
                    raise error.at("tin_format") from None
                obj.tin_format_description = v_tin_format_description
                obj.extra_fields = {}
                return obj
    if "mandatory" not in data:
        obj.mandatory = None
        count += 1
    elif (value := data["mandatory"]).__class__ is bool:
        obj.mandatory = value
    else:
        raise _expected("a boolean", value).at("mandatory")
    if "poi_equivalent" not in data:
        obj.poi_equivalent = None
        count += 1
    elif (value := data["poi_equivalent"]).__class__ is bool:
        obj.poi_equivalent = value
    else:
        raise _expected("a boolean", value).at("poi_equivalent")
    if "tin_cleaner" not in data:
        obj.tin_cleaner = None
        count += 1
    elif (value := data["tin_cleaner"]).__class__ is str:
        obj.tin_cleaner = value
    else:
        raise _expected("a string", value).at("tin_cleaner")
    if "tin_format" not in data:
        obj.tin_format = None
        count += 1
    else:
        value = data["tin_format"]
        try:
            obj.tin_format = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("tin_format") from None
    if "tin_format_description" not in data:
        obj.tin_format_description = UNSET
        count += 1
    elif (value := data["tin_format_description"]) is None or (value.__class__ is str):
        obj.tin_format_description = value
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
    if count == 1:
        try:
            v_services = data["services"]
        except KeyError:
            pass
        else:
            try:
                obj.services = (
                    structure_residence_list_response_residence_list_item_identity_services(
                        v_services
                    )
                )
            except DecodeError as error:
                raise error.at("services") from None
            obj.extra_fields = {}
            return obj
    if "services" not in data:
        obj.services = None
        count += 1
    else:
        value = data["services"]
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
    if count == 2:
        try:
            v_idv = data["idv"]
            v_onfido = data["onfido"]
        except KeyError:
            pass
        else:
            try:
                obj.idv = (
                    structure_residence_list_response_residence_list_item_identity_services_idv(
                        v_idv
                    )
                )
            except DecodeError as error:
                raise error.at("idv") from None
            try:
                obj.onfido = (
                    structure_residence_list_response_residence_list_item_identity_services_onfido(
                        v_onfido
                    )
                )
            except DecodeError as error:
                raise error.at("onfido") from None
            obj.extra_fields = {}
            return obj
    if "idv" not in data:
        obj.idv = None
        count += 1
    else:
        value = data["idv"]
        try:
            obj.idv = structure_residence_list_response_residence_list_item_identity_services_idv(
                value
            )
        except DecodeError as error:
            raise error.at("idv") from None
    if "onfido" not in data:
        obj.onfido = None
        count += 1
    else:
        value = data["onfido"]
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
    if count == 3:
        try:
            v_documents_supported = data["documents_supported"]
            v_has_visual_sample = data["has_visual_sample"]
            v_is_country_supported = data["is_country_supported"]
        except KeyError:
            pass
        else:
            if (v_has_visual_sample.__class__ is _INT and v_has_visual_sample in _ALLOWED_0_1) and (
                v_is_country_supported.__class__ is _INT and v_is_country_supported in _ALLOWED_0_1
            ):
                try:
                    obj.documents_supported = _decode_dict_of_ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue_or_any(
                        v_documents_supported
                    )
                except DecodeError as error:
                    raise error.at("documents_supported") from None
                obj.has_visual_sample = v_has_visual_sample
                obj.is_country_supported = v_is_country_supported
                obj.extra_fields = {}
                return obj
    if "documents_supported" not in data:
        obj.documents_supported = None
        count += 1
    else:
        value = data["documents_supported"]
        try:
            obj.documents_supported = _decode_dict_of_ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue_or_any(
                value
            )
        except DecodeError as error:
            raise error.at("documents_supported") from None
    if "has_visual_sample" not in data:
        obj.has_visual_sample = None
        count += 1
    elif (value := data["has_visual_sample"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.has_visual_sample = value
    else:
        raise _not_one_of("0, 1", value).at("has_visual_sample")
    if "is_country_supported" not in data:
        obj.is_country_supported = None
        count += 1
    elif (value := data["is_country_supported"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_country_supported = value
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
    if count == 3:
        try:
            v_additional = data["additional"]
            v_display_name = data["display_name"]
            v_format = data["format"]
        except KeyError:
            pass
        else:
            if (v_display_name.__class__ is str) and (v_format.__class__ is str):
                try:
                    obj.additional = structure_residence_list_response_residence_list_item_identity_services_idv_documents_supported_value_additional(
                        v_additional
                    )
                except DecodeError as error:
                    raise error.at("additional") from None
                obj.display_name = v_display_name
                obj.format = v_format
                obj.extra_fields = {}
                return obj
    if "additional" not in data:
        obj.additional = None
        count += 1
    else:
        value = data["additional"]
        try:
            obj.additional = structure_residence_list_response_residence_list_item_identity_services_idv_documents_supported_value_additional(
                value
            )
        except DecodeError as error:
            raise error.at("additional") from None
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "format" not in data:
        obj.format = None
        count += 1
    elif (value := data["format"]).__class__ is str:
        obj.format = value
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
    if count == 2:
        try:
            v_display_name = data["display_name"]
            v_format = data["format"]
        except KeyError:
            pass
        else:
            if (v_display_name.__class__ is str) and (v_format.__class__ is str):
                obj.display_name = v_display_name
                obj.format = v_format
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "format" not in data:
        obj.format = None
        count += 1
    elif (value := data["format"]).__class__ is str:
        obj.format = value
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
    if count == 2:
        try:
            v_documents_supported = data["documents_supported"]
            v_is_country_supported = data["is_country_supported"]
        except KeyError:
            pass
        else:
            if v_is_country_supported.__class__ is _INT and v_is_country_supported in _ALLOWED_0_1:
                try:
                    obj.documents_supported = _decode_dict_of_ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue_or_any(
                        v_documents_supported
                    )
                except DecodeError as error:
                    raise error.at("documents_supported") from None
                obj.is_country_supported = v_is_country_supported
                obj.extra_fields = {}
                return obj
    if "documents_supported" not in data:
        obj.documents_supported = None
        count += 1
    else:
        value = data["documents_supported"]
        try:
            obj.documents_supported = _decode_dict_of_ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue_or_any(
                value
            )
        except DecodeError as error:
            raise error.at("documents_supported") from None
    if "is_country_supported" not in data:
        obj.is_country_supported = None
        count += 1
    elif (value := data["is_country_supported"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_country_supported = value
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
    if count == 2:
        try:
            v_display_name = data["display_name"]
            v_format = data["format"]
        except KeyError:
            pass
        else:
            if (v_display_name.__class__ is str) and (v_format.__class__ is str):
                obj.display_name = v_display_name
                obj.format = v_format
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "format" not in data:
        obj.format = None
        count += 1
    elif (value := data["format"]).__class__ is str:
        obj.format = value
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
    if count == 3:
        try:
            v_disclaimer = data["disclaimer"]
            v_risk_level = data["risk_level"]
            v_turnover = data["turnover"]
        except KeyError:
            pass
        else:
            try:
                obj.disclaimer = structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_disclaimer(
                    v_disclaimer
                )
            except DecodeError as error:
                raise error.at("disclaimer") from None
            try:
                obj.risk_level = structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_risk_level(
                    v_risk_level
                )
            except DecodeError as error:
                raise error.at("risk_level") from None
            try:
                obj.turnover = structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_turnover(
                    v_turnover
                )
            except DecodeError as error:
                raise error.at("turnover") from None
            obj.extra_fields = {}
            return obj
    if "disclaimer" not in data:
        obj.disclaimer = None
        count += 1
    else:
        value = data["disclaimer"]
        try:
            obj.disclaimer = structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_disclaimer(
                value
            )
        except DecodeError as error:
            raise error.at("disclaimer") from None
    if "risk_level" not in data:
        obj.risk_level = None
        count += 1
    else:
        value = data["risk_level"]
        try:
            obj.risk_level = structure_residence_list_response_residence_list_item_jurisdiction_risk_assessment_risk_level(
                value
            )
        except DecodeError as error:
            raise error.at("risk_level") from None
    if "turnover" not in data:
        obj.turnover = None
        count += 1
    else:
        value = data["turnover"]
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
    if count == 2:
        try:
            v_accept = data["accept"]
            v_message = data["message"]
        except KeyError:
            pass
        else:
            if (v_accept.__class__ is bool) and (v_message.__class__ is str):
                obj.accept = v_accept
                obj.message = v_message
                obj.extra_fields = {}
                return obj
    if "accept" not in data:
        obj.accept = None
        count += 1
    elif (value := data["accept"]).__class__ is bool:
        obj.accept = value
    else:
        raise _expected("a boolean", value).at("accept")
    if "message" not in data:
        obj.message = None
        count += 1
    elif (value := data["message"]).__class__ is str:
        obj.message = value
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
    if count == 2:
        try:
            v_default = data["default"]
            v_landing_company = data["landing_company"]
        except KeyError:
            pass
        else:
            if v_default.__class__ is str:
                obj.default = v_default
                try:
                    obj.landing_company = _decode_dict_of_str_or_any(v_landing_company)
                except DecodeError as error:
                    raise error.at("landing_company") from None
                obj.extra_fields = {}
                return obj
    if "default" not in data:
        obj.default = None
        count += 1
    elif (value := data["default"]).__class__ is str:
        obj.default = value
    else:
        raise _expected("a string", value).at("default")
    if "landing_company" not in data:
        obj.landing_company = None
        count += 1
    else:
        value = data["landing_company"]
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
    if count == 1:
        try:
            v_max_limit = data["max_limit"]
        except KeyError:
            pass
        else:
            if v_max_limit.__class__ is bool:
                obj.max_limit = v_max_limit
                obj.extra_fields = {}
                return obj
    if "max_limit" not in data:
        obj.max_limit = None
        count += 1
    elif (value := data["max_limit"]).__class__ is bool:
        obj.max_limit = value
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
