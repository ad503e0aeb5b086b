"""Decoders and encoders of the models of the ``landing_company_financial_company`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _expected, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_FINANCIAL_COMPANY = frozenset(
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


_KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_FINANCIAL_COMPANY_REQUIREMENTS = frozenset(
    (
        "after_first_deposit",
        "compliance",
        "partner",
        "signup",
        "withdrawal",
    )
)


_KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_FINANCIAL_COMPANY_REQUIREMENTS_AFTER_FIRST_DEPOSIT = frozenset(
    ("financial_assessment",)
)


_KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_FINANCIAL_COMPANY_REQUIREMENTS_COMPLIANCE = (
    frozenset(
        (
            "mt5",
            "tax_information",
        )
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


def structure_landing_company_response_landing_company_financial_company(
    data: Any,
) -> m.LandingCompanyResponseLandingCompanyFinancialCompany:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyResponseLandingCompanyFinancialCompany)
    count = len(data)
    if count == 14:
        try:
            v_address = data["address"]
            v_changeable_fields = data["changeable_fields"]
            v_country = data["country"]
            v_currency_config = data["currency_config"]
            v_has_reality_check = data["has_reality_check"]
            v_legal_allowed_contract_categories = data["legal_allowed_contract_categories"]
            v_legal_allowed_currencies = data["legal_allowed_currencies"]
            v_legal_allowed_markets = data["legal_allowed_markets"]
            v_legal_default_currency = data["legal_default_currency"]
            v_name = data["name"]
            v_requirements = data["requirements"]
            v_shortcode = data["shortcode"]
            v_support_professional_client = data["support_professional_client"]
            v_tin_not_mandatory = data["tin_not_mandatory"]
        except KeyError:
            pass
        else:
            if (
                (v_changeable_fields.__class__ is dict)
                and (v_country.__class__ is str)
                and (v_currency_config.__class__ is dict)
                and (v_has_reality_check.__class__ is _INT and v_has_reality_check in _ALLOWED_0_1)
                and (v_legal_default_currency.__class__ is str)
                and (v_name.__class__ is str)
                and (v_shortcode.__class__ is str)
                and (
                    v_support_professional_client.__class__ is _INT
                    and v_support_professional_client in _ALLOWED_0_1
                )
                and (v_tin_not_mandatory.__class__ is _INT and v_tin_not_mandatory in _ALLOWED_0_1)
            ):
                try:
                    obj.address = None if v_address is None else _decode_list_of_str(v_address)
                except DecodeError as error:
                    raise error.at("address") from None
                obj.changeable_fields = v_changeable_fields
                obj.country = v_country
                obj.currency_config = v_currency_config
                obj.has_reality_check = v_has_reality_check
                try:
                    obj.legal_allowed_contract_categories = _decode_list_of_str(
                        v_legal_allowed_contract_categories
                    )
                except DecodeError as error:
                    raise error.at("legal_allowed_contract_categories") from None
                try:
                    obj.legal_allowed_currencies = _decode_list_of_str(v_legal_allowed_currencies)
                except DecodeError as error:
                    raise error.at("legal_allowed_currencies") from None
                try:
                    obj.legal_allowed_markets = _decode_list_of_str(v_legal_allowed_markets)
                except DecodeError as error:
                    raise error.at("legal_allowed_markets") from None
                obj.legal_default_currency = v_legal_default_currency
                obj.name = v_name
                try:
                    obj.requirements = structure_landing_company_response_landing_company_financial_company_requirements(
                        v_requirements
                    )
                except DecodeError as error:
                    raise error.at("requirements") from None
                obj.shortcode = v_shortcode
                obj.support_professional_client = v_support_professional_client
                obj.tin_not_mandatory = v_tin_not_mandatory
                obj.extra_fields = {}
                return obj
    if "address" not in data:
        obj.address = UNSET
        count += 1
    else:
        value = data["address"]
        try:
            obj.address = None if value is None else _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("address") from None
    if "changeable_fields" not in data:
        obj.changeable_fields = None
        count += 1
    elif (value := data["changeable_fields"]).__class__ is dict:
        obj.changeable_fields = value
    else:
        raise _expected("an object", value).at("changeable_fields")
    if "country" not in data:
        obj.country = None
        count += 1
    elif (value := data["country"]).__class__ is str:
        obj.country = value
    else:
        raise _expected("a string", value).at("country")
    if "currency_config" not in data:
        obj.currency_config = None
        count += 1
    elif (value := data["currency_config"]).__class__ is dict:
        obj.currency_config = value
    else:
        raise _expected("an object", value).at("currency_config")
    if "has_reality_check" not in data:
        obj.has_reality_check = None
        count += 1
    elif (value := data["has_reality_check"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.has_reality_check = value
    else:
        raise _not_one_of("1, 0", value).at("has_reality_check")
    if "legal_allowed_contract_categories" not in data:
        obj.legal_allowed_contract_categories = None
        count += 1
    else:
        value = data["legal_allowed_contract_categories"]
        try:
            obj.legal_allowed_contract_categories = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("legal_allowed_contract_categories") from None
    if "legal_allowed_currencies" not in data:
        obj.legal_allowed_currencies = None
        count += 1
    else:
        value = data["legal_allowed_currencies"]
        try:
            obj.legal_allowed_currencies = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("legal_allowed_currencies") from None
    if "legal_allowed_markets" not in data:
        obj.legal_allowed_markets = None
        count += 1
    else:
        value = data["legal_allowed_markets"]
        try:
            obj.legal_allowed_markets = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("legal_allowed_markets") from None
    if "legal_default_currency" not in data:
        obj.legal_default_currency = None
        count += 1
    elif (value := data["legal_default_currency"]).__class__ is str:
        obj.legal_default_currency = value
    else:
        raise _expected("a string", value).at("legal_default_currency")
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if "requirements" not in data:
        obj.requirements = None
        count += 1
    else:
        value = data["requirements"]
        try:
            obj.requirements = (
                structure_landing_company_response_landing_company_financial_company_requirements(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("requirements") from None
    if "shortcode" not in data:
        obj.shortcode = None
        count += 1
    elif (value := data["shortcode"]).__class__ is str:
        obj.shortcode = value
    else:
        raise _expected("a string", value).at("shortcode")
    if "support_professional_client" not in data:
        obj.support_professional_client = None
        count += 1
    elif (value := data["support_professional_client"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.support_professional_client = value
    else:
        raise _not_one_of("0, 1", value).at("support_professional_client")
    if "tin_not_mandatory" not in data:
        obj.tin_not_mandatory = None
        count += 1
    elif (value := data["tin_not_mandatory"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.tin_not_mandatory = value
    else:
        raise _not_one_of("0, 1", value).at("tin_not_mandatory")
    if count == 14:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_FINANCIAL_COMPANY
        }
    return obj


def unstructure_landing_company_response_landing_company_financial_company(
    obj: m.LandingCompanyResponseLandingCompanyFinancialCompany,
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
            unstructure_landing_company_response_landing_company_financial_company_requirements(
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


def structure_landing_company_response_landing_company_financial_company_requirements(
    data: Any,
) -> m.LandingCompanyResponseLandingCompanyFinancialCompanyRequirements:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyResponseLandingCompanyFinancialCompanyRequirements)
    count = len(data)
    if count == 5:
        try:
            v_after_first_deposit = data["after_first_deposit"]
            v_compliance = data["compliance"]
            v_partner = data["partner"]
            v_signup = data["signup"]
            v_withdrawal = data["withdrawal"]
        except KeyError:
            pass
        else:
            try:
                obj.after_first_deposit = structure_landing_company_response_landing_company_financial_company_requirements_after_first_deposit(
                    v_after_first_deposit
                )
            except DecodeError as error:
                raise error.at("after_first_deposit") from None
            try:
                obj.compliance = structure_landing_company_response_landing_company_financial_company_requirements_compliance(
                    v_compliance
                )
            except DecodeError as error:
                raise error.at("compliance") from None
            try:
                obj.partner = _decode_list_of_str(v_partner)
            except DecodeError as error:
                raise error.at("partner") from None
            try:
                obj.signup = _decode_list_of_str(v_signup)
            except DecodeError as error:
                raise error.at("signup") from None
            try:
                obj.withdrawal = _decode_list_of_str(v_withdrawal)
            except DecodeError as error:
                raise error.at("withdrawal") from None
            obj.extra_fields = {}
            return obj
    if "after_first_deposit" not in data:
        obj.after_first_deposit = None
        count += 1
    else:
        value = data["after_first_deposit"]
        try:
            obj.after_first_deposit = structure_landing_company_response_landing_company_financial_company_requirements_after_first_deposit(
                value
            )
        except DecodeError as error:
            raise error.at("after_first_deposit") from None
    if "compliance" not in data:
        obj.compliance = None
        count += 1
    else:
        value = data["compliance"]
        try:
            obj.compliance = structure_landing_company_response_landing_company_financial_company_requirements_compliance(
                value
            )
        except DecodeError as error:
            raise error.at("compliance") from None
    if "partner" not in data:
        obj.partner = None
        count += 1
    else:
        value = data["partner"]
        try:
            obj.partner = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("partner") from None
    if "signup" not in data:
        obj.signup = None
        count += 1
    else:
        value = data["signup"]
        try:
            obj.signup = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("signup") from None
    if "withdrawal" not in data:
        obj.withdrawal = None
        count += 1
    else:
        value = data["withdrawal"]
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
            not in _KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_FINANCIAL_COMPANY_REQUIREMENTS
        }
    return obj


def unstructure_landing_company_response_landing_company_financial_company_requirements(
    obj: m.LandingCompanyResponseLandingCompanyFinancialCompanyRequirements,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.after_first_deposit
    if value is not None:
        data["after_first_deposit"] = (
            unstructure_landing_company_response_landing_company_financial_company_requirements_after_first_deposit(
                value
            )
        )
    value = obj.compliance
    if value is not None:
        data["compliance"] = (
            unstructure_landing_company_response_landing_company_financial_company_requirements_compliance(
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


def structure_landing_company_response_landing_company_financial_company_requirements_after_first_deposit(
    data: Any,
) -> m.LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsAfterFirstDeposit:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsAfterFirstDeposit)
    count = len(data)
    if count == 1:
        try:
            v_financial_assessment = data["financial_assessment"]
        except KeyError:
            pass
        else:
            try:
                obj.financial_assessment = _decode_list_of_str(v_financial_assessment)
            except DecodeError as error:
                raise error.at("financial_assessment") from None
            obj.extra_fields = {}
            return obj
    if "financial_assessment" not in data:
        obj.financial_assessment = None
        count += 1
    else:
        value = data["financial_assessment"]
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
            not in _KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_FINANCIAL_COMPANY_REQUIREMENTS_AFTER_FIRST_DEPOSIT
        }
    return obj


def unstructure_landing_company_response_landing_company_financial_company_requirements_after_first_deposit(
    obj: m.LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsAfterFirstDeposit,
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


def structure_landing_company_response_landing_company_financial_company_requirements_compliance(
    data: Any,
) -> m.LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsCompliance:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsCompliance)
    count = len(data)
    if count == 2:
        try:
            v_mt5 = data["mt5"]
            v_tax_information = data["tax_information"]
        except KeyError:
            pass
        else:
            try:
                obj.mt5 = _decode_list_of_str(v_mt5)
            except DecodeError as error:
                raise error.at("mt5") from None
            try:
                obj.tax_information = _decode_list_of_str(v_tax_information)
            except DecodeError as error:
                raise error.at("tax_information") from None
            obj.extra_fields = {}
            return obj
    if "mt5" not in data:
        obj.mt5 = None
        count += 1
    else:
        value = data["mt5"]
        try:
            obj.mt5 = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("mt5") from None
    if "tax_information" not in data:
        obj.tax_information = None
        count += 1
    else:
        value = data["tax_information"]
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
            not in _KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_FINANCIAL_COMPANY_REQUIREMENTS_COMPLIANCE
        }
    return obj


def unstructure_landing_company_response_landing_company_financial_company_requirements_compliance(
    obj: m.LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsCompliance,
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
    m.LandingCompanyResponseLandingCompanyFinancialCompany: structure_landing_company_response_landing_company_financial_company,
    m.LandingCompanyResponseLandingCompanyFinancialCompanyRequirements: structure_landing_company_response_landing_company_financial_company_requirements,
    m.LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsAfterFirstDeposit: structure_landing_company_response_landing_company_financial_company_requirements_after_first_deposit,
    m.LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsCompliance: structure_landing_company_response_landing_company_financial_company_requirements_compliance,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.LandingCompanyResponseLandingCompanyFinancialCompany: unstructure_landing_company_response_landing_company_financial_company,
    m.LandingCompanyResponseLandingCompanyFinancialCompanyRequirements: unstructure_landing_company_response_landing_company_financial_company_requirements,
    m.LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsAfterFirstDeposit: unstructure_landing_company_response_landing_company_financial_company_requirements_after_first_deposit,
    m.LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsCompliance: unstructure_landing_company_response_landing_company_financial_company_requirements_compliance,
}
