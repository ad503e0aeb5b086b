"""Decoders and encoders of the models of the ``landing_company_mt_gaming_company`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _expected, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_MT_GAMING_COMPANY = frozenset(("financial",))


_KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_MT_GAMING_COMPANY_FINANCIAL = frozenset(
    (
        "address",
        "changeable_fields",
        "country",
        "currency_config",
        "has_reality_check",
        "legal_allowed_contract_categories",
        "legal_allowed_currencies",
        "legal_allowed_markets",
        "legal_default_currency",
        "name",
        "requirements",
        "shortcode",
        "support_professional_client",
        "tin_not_mandatory",
    )
)


_KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_MT_GAMING_COMPANY_FINANCIAL_REQUIREMENTS = frozenset(
    (
        "after_first_deposit",
        "compliance",
        "partner",
        "signup",
        "withdrawal",
    )
)


_KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_MT_GAMING_COMPANY_FINANCIAL_REQUIREMENTS_AFTER_FIRST_DEPOSIT = frozenset(
    ("financial_assessment",)
)


_KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_MT_GAMING_COMPANY_FINANCIAL_REQUIREMENTS_COMPLIANCE = frozenset(
    (
        "mt5",
        "tax_information",
    )
)


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


def structure_landing_company_response_landing_company_mt_gaming_company(
    data: Any,
) -> m.LandingCompanyResponseLandingCompanyMtGamingCompany:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyResponseLandingCompanyMtGamingCompany)
    count = len(data)
    value = data.get("financial", _MISSING)
    if value is _MISSING:
        obj.financial = UNSET
        count += 1
    else:
        try:
            obj.financial = (
                None
                if value is None
                else structure_landing_company_response_landing_company_mt_gaming_company_financial(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("financial") from None
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_MT_GAMING_COMPANY
        }
    return obj


def unstructure_landing_company_response_landing_company_mt_gaming_company(
    obj: m.LandingCompanyResponseLandingCompanyMtGamingCompany,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.financial
    if value is not UNSET:
        data["financial"] = (
            None
            if value is None
            else unstructure_landing_company_response_landing_company_mt_gaming_company_financial(
                value
            )
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_landing_company_response_landing_company_mt_gaming_company_financial(
    data: Any,
) -> m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancial:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancial)
    count = len(data)
    value = data.get("address", _MISSING)
    if value is _MISSING:
        obj.address = UNSET
        count += 1
    else:
        try:
            obj.address = None if value is None else _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("address") from None
    value = data.get("changeable_fields", _MISSING)
    if value.__class__ is dict:
        obj.changeable_fields = value
    elif value is _MISSING:
        obj.changeable_fields = None
        count += 1
    else:
        raise _expected("an object", value).at("changeable_fields")
    value = data.get("country", _MISSING)
    if value.__class__ is str:
        obj.country = value
    elif value is _MISSING:
        obj.country = None
        count += 1
    else:
        raise _expected("a string", value).at("country")
    value = data.get("currency_config", _MISSING)
    if value.__class__ is dict:
        obj.currency_config = value
    elif value is _MISSING:
        obj.currency_config = None
        count += 1
    else:
        raise _expected("an object", value).at("currency_config")
    value = data.get("has_reality_check", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.has_reality_check = value
    elif value is _MISSING:
        obj.has_reality_check = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("has_reality_check")
    value = data.get("legal_allowed_contract_categories", _MISSING)
    if value is _MISSING:
        obj.legal_allowed_contract_categories = None
        count += 1
    else:
        try:
            obj.legal_allowed_contract_categories = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("legal_allowed_contract_categories") from None
    value = data.get("legal_allowed_currencies", _MISSING)
    if value is _MISSING:
        obj.legal_allowed_currencies = None
        count += 1
    else:
        try:
            obj.legal_allowed_currencies = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("legal_allowed_currencies") from None
    value = data.get("legal_allowed_markets", _MISSING)
    if value is _MISSING:
        obj.legal_allowed_markets = None
        count += 1
    else:
        try:
            obj.legal_allowed_markets = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("legal_allowed_markets") from None
    value = data.get("legal_default_currency", _MISSING)
    if value.__class__ is str:
        obj.legal_default_currency = value
    elif value is _MISSING:
        obj.legal_default_currency = None
        count += 1
    else:
        raise _expected("a string", value).at("legal_default_currency")
    value = data.get("name", _MISSING)
    if value.__class__ is str:
        obj.name = value
    elif value is _MISSING:
        obj.name = None
        count += 1
    else:
        raise _expected("a string", value).at("name")
    value = data.get("requirements", _MISSING)
    if value is _MISSING:
        obj.requirements = None
        count += 1
    else:
        try:
            obj.requirements = structure_landing_company_response_landing_company_mt_gaming_company_financial_requirements(
                value
            )
        except DecodeError as error:
            raise error.at("requirements") from None
    value = data.get("shortcode", _MISSING)
    if value.__class__ is str:
        obj.shortcode = value
    elif value is _MISSING:
        obj.shortcode = None
        count += 1
    else:
        raise _expected("a string", value).at("shortcode")
    value = data.get("support_professional_client", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.support_professional_client = value
    elif value is _MISSING:
        obj.support_professional_client = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("support_professional_client")
    value = data.get("tin_not_mandatory", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.tin_not_mandatory = value
    elif value is _MISSING:
        obj.tin_not_mandatory = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("tin_not_mandatory")
    if count == 14:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_MT_GAMING_COMPANY_FINANCIAL
        }
    return obj


def unstructure_landing_company_response_landing_company_mt_gaming_company_financial(
    obj: m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancial,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.address
    if value is not UNSET:
        data["address"] = value
    value = obj.changeable_fields
    if value is not None:
        data["changeable_fields"] = value
    value = obj.country
    if value is not None:
        data["country"] = value
    value = obj.currency_config
    if value is not None:
        data["currency_config"] = value
    value = obj.has_reality_check
    if value is not None:
        data["has_reality_check"] = value
    value = obj.legal_allowed_contract_categories
    if value is not None:
        data["legal_allowed_contract_categories"] = value
    value = obj.legal_allowed_currencies
    if value is not None:
        data["legal_allowed_currencies"] = value
    value = obj.legal_allowed_markets
    if value is not None:
        data["legal_allowed_markets"] = value
    value = obj.legal_default_currency
    if value is not None:
        data["legal_default_currency"] = value
    value = obj.name
    if value is not None:
        data["name"] = value
    value = obj.requirements
    if value is not None:
        data["requirements"] = (
            unstructure_landing_company_response_landing_company_mt_gaming_company_financial_requirements(
                value
            )
        )
    value = obj.shortcode
    if value is not None:
        data["shortcode"] = value
    value = obj.support_professional_client
    if value is not None:
        data["support_professional_client"] = value
    value = obj.tin_not_mandatory
    if value is not None:
        data["tin_not_mandatory"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_landing_company_response_landing_company_mt_gaming_company_financial_requirements(
    data: Any,
) -> m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirements:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirements)
    count = len(data)
    value = data.get("after_first_deposit", _MISSING)
    if value is _MISSING:
        obj.after_first_deposit = None
        count += 1
    else:
        try:
            obj.after_first_deposit = structure_landing_company_response_landing_company_mt_gaming_company_financial_requirements_after_first_deposit(
                value
            )
        except DecodeError as error:
            raise error.at("after_first_deposit") from None
    value = data.get("compliance", _MISSING)
    if value is _MISSING:
        obj.compliance = None
        count += 1
    else:
        try:
            obj.compliance = structure_landing_company_response_landing_company_mt_gaming_company_financial_requirements_compliance(
                value
            )
        except DecodeError as error:
            raise error.at("compliance") from None
    value = data.get("partner", _MISSING)
    if value is _MISSING:
        obj.partner = None
        count += 1
    else:
        try:
            obj.partner = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("partner") from None
    value = data.get("signup", _MISSING)
    if value is _MISSING:
        obj.signup = None
        count += 1
    else:
        try:
            obj.signup = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("signup") from None
    value = data.get("withdrawal", _MISSING)
    if value is _MISSING:
        obj.withdrawal = None
        count += 1
    else:
        try:
            obj.withdrawal = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("withdrawal") from None
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_MT_GAMING_COMPANY_FINANCIAL_REQUIREMENTS
        }
    return obj


def unstructure_landing_company_response_landing_company_mt_gaming_company_financial_requirements(
    obj: m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirements,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.after_first_deposit
    if value is not None:
        data["after_first_deposit"] = (
            unstructure_landing_company_response_landing_company_mt_gaming_company_financial_requirements_after_first_deposit(
                value
            )
        )
    value = obj.compliance
    if value is not None:
        data["compliance"] = (
            unstructure_landing_company_response_landing_company_mt_gaming_company_financial_requirements_compliance(
                value
            )
        )
    value = obj.partner
    if value is not None:
        data["partner"] = value
    value = obj.signup
    if value is not None:
        data["signup"] = value
    value = obj.withdrawal
    if value is not None:
        data["withdrawal"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_landing_company_response_landing_company_mt_gaming_company_financial_requirements_after_first_deposit(
    data: Any,
) -> m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsAfterFirstDeposit:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsAfterFirstDeposit
    )
    count = len(data)
    value = data.get("financial_assessment", _MISSING)
    if value is _MISSING:
        obj.financial_assessment = None
        count += 1
    else:
        try:
            obj.financial_assessment = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("financial_assessment") from None
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_MT_GAMING_COMPANY_FINANCIAL_REQUIREMENTS_AFTER_FIRST_DEPOSIT
        }
    return obj


def unstructure_landing_company_response_landing_company_mt_gaming_company_financial_requirements_after_first_deposit(
    obj: m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsAfterFirstDeposit,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.financial_assessment
    if value is not None:
        data["financial_assessment"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_landing_company_response_landing_company_mt_gaming_company_financial_requirements_compliance(
    data: Any,
) -> m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsCompliance:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsCompliance)
    count = len(data)
    value = data.get("mt5", _MISSING)
    if value is _MISSING:
        obj.mt5 = None
        count += 1
    else:
        try:
            obj.mt5 = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("mt5") from None
    value = data.get("tax_information", _MISSING)
    if value is _MISSING:
        obj.tax_information = None
        count += 1
    else:
        try:
            obj.tax_information = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("tax_information") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_MT_GAMING_COMPANY_FINANCIAL_REQUIREMENTS_COMPLIANCE
        }
    return obj


def unstructure_landing_company_response_landing_company_mt_gaming_company_financial_requirements_compliance(
    obj: m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsCompliance,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.mt5
    if value is not None:
        data["mt5"] = value
    value = obj.tax_information
    if value is not None:
        data["tax_information"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.LandingCompanyResponseLandingCompanyMtGamingCompany: structure_landing_company_response_landing_company_mt_gaming_company,
    m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancial: structure_landing_company_response_landing_company_mt_gaming_company_financial,
    m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirements: structure_landing_company_response_landing_company_mt_gaming_company_financial_requirements,
    m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsAfterFirstDeposit: structure_landing_company_response_landing_company_mt_gaming_company_financial_requirements_after_first_deposit,
    m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsCompliance: structure_landing_company_response_landing_company_mt_gaming_company_financial_requirements_compliance,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.LandingCompanyResponseLandingCompanyMtGamingCompany: unstructure_landing_company_response_landing_company_mt_gaming_company,
    m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancial: unstructure_landing_company_response_landing_company_mt_gaming_company_financial,
    m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirements: unstructure_landing_company_response_landing_company_mt_gaming_company_financial_requirements,
    m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsAfterFirstDeposit: unstructure_landing_company_response_landing_company_mt_gaming_company_financial_requirements_after_first_deposit,
    m.LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsCompliance: unstructure_landing_company_response_landing_company_mt_gaming_company_financial_requirements_compliance,
}
