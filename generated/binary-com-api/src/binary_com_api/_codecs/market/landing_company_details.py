"""Decoders and encoders of the models of the ``landing_company_details`` call (market group).

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

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_bvi_dml_dsl_and_9_more = frozenset(
    {
        "bvi",
        "dml",
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


_ALLOWED_landing_company_details = frozenset({"landing_company_details"})


_KEYS_LANDING_COMPANY_DETAILS_REQUEST = frozenset(
    (
        "landing_company_details",
        "country",
        "passthrough",
        "req_id",
    )
)


_KEYS_LANDING_COMPANY_DETAILS_RESPONSE = frozenset(
    (
        "landing_company_details",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_LANDING_COMPANY_DETAILS_RESPONSE_LANDING_COMPANY_DETAILS = frozenset(
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


_KEYS_LANDING_COMPANY_DETAILS_RESPONSE_LANDING_COMPANY_DETAILS_CURRENCY_CONFIG = frozenset(
    (
        "commodities",
        "cryptocurrency",
        "forex",
        "indices",
        "market",
        "synthetic_index",
    )
)


_KEYS_LANDING_COMPANY_DETAILS_RESPONSE_LANDING_COMPANY_DETAILS_CURRENCY_CONFIG_MARKET = frozenset(
    ("currency",)
)


_KEYS_LANDING_COMPANY_DETAILS_RESPONSE_LANDING_COMPANY_DETAILS_CURRENCY_CONFIG_MARKET_CURRENCY = (
    frozenset(
        (
            "max_payout",
            "min_stake",
        )
    )
)


_KEYS_LANDING_COMPANY_DETAILS_RESPONSE_LANDING_COMPANY_DETAILS_REQUIREMENTS = frozenset(
    (
        "after_first_deposit",
        "compliance",
        "partner",
        "signup",
        "withdrawal",
    )
)


_KEYS_LANDING_COMPANY_DETAILS_RESPONSE_LANDING_COMPANY_DETAILS_REQUIREMENTS_AFTER_FIRST_DEPOSIT = (
    frozenset(("financial_assessment",))
)


_KEYS_LANDING_COMPANY_DETAILS_RESPONSE_LANDING_COMPANY_DETAILS_REQUIREMENTS_COMPLIANCE = frozenset(
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


def structure_landing_company_details_request(data: Any) -> m.LandingCompanyDetailsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyDetailsRequest)
    count = len(data)
    if count == 4:
        try:
            v_landing_company_details = data["landing_company_details"]
            v_country = data["country"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_landing_company_details.__class__ is _STR
                    and v_landing_company_details in _ALLOWED_bvi_dml_dsl_and_9_more
                )
                and (v_country.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.landing_company_details = v_landing_company_details
                obj.country = v_country
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["landing_company_details"]
    except KeyError:
        raise DecodeError("required field is missing", ("landing_company_details",)) from None
    if value.__class__ is _STR and value in _ALLOWED_bvi_dml_dsl_and_9_more:
        obj.landing_company_details = value
    else:
        raise _not_one_of(
            "'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu', 'samoa', 'samoa-virtual', 'dsl', 'bvi', 'labuan', 'dml'",
            value,
        ).at("landing_company_details")
    if "country" not in data:
        obj.country = None
        count += 1
    elif (value := data["country"]).__class__ is str:
        obj.country = value
    else:
        raise _expected("a string", value).at("country")
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
        unknown = sorted(key for key in data if key not in _KEYS_LANDING_COMPANY_DETAILS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_landing_company_details_request(
    obj: m.LandingCompanyDetailsRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"landing_company_details": obj.landing_company_details}
    value: Any
    value = obj.country
    if value is not None:
        data["country"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_landing_company_details_response(data: Any) -> m.LandingCompanyDetailsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyDetailsResponse)
    count = len(data)
    if count == 4:
        try:
            v_landing_company_details = data["landing_company_details"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_landing_company_details
                )
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.landing_company_details = (
                        structure_landing_company_details_response_landing_company_details(
                            v_landing_company_details
                        )
                    )
                except DecodeError as error:
                    raise error.at("landing_company_details") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "landing_company_details" not in data:
        obj.landing_company_details = None
        count += 1
    else:
        value = data["landing_company_details"]
        try:
            obj.landing_company_details = (
                structure_landing_company_details_response_landing_company_details(value)
            )
        except DecodeError as error:
            raise error.at("landing_company_details") from None
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
    if value.__class__ is _STR and value in _ALLOWED_landing_company_details:
        obj.msg_type = value
    else:
        raise _not_one_of("'landing_company_details'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_LANDING_COMPANY_DETAILS_RESPONSE
        }
    return obj


def unstructure_landing_company_details_response(
    obj: m.LandingCompanyDetailsResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.landing_company_details
    if value is not None:
        data["landing_company_details"] = (
            unstructure_landing_company_details_response_landing_company_details(value)
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_landing_company_details_response_landing_company_details(
    data: Any,
) -> m.LandingCompanyDetailsResponseLandingCompanyDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyDetailsResponseLandingCompanyDetails)
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
                try:
                    obj.currency_config = structure_landing_company_details_response_landing_company_details_currency_config(
                        v_currency_config
                    )
                except DecodeError as error:
                    raise error.at("currency_config") from None
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
                    obj.requirements = structure_landing_company_details_response_landing_company_details_requirements(
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
    else:
        value = data["currency_config"]
        try:
            obj.currency_config = (
                structure_landing_company_details_response_landing_company_details_currency_config(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("currency_config") from None
    if "has_reality_check" not in data:
        obj.has_reality_check = None
        count += 1
    elif (value := data["has_reality_check"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.has_reality_check = value
    else:
        raise _not_one_of("0, 1", value).at("has_reality_check")
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
                structure_landing_company_details_response_landing_company_details_requirements(
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
            if k not in _KEYS_LANDING_COMPANY_DETAILS_RESPONSE_LANDING_COMPANY_DETAILS
        }
    return obj


def unstructure_landing_company_details_response_landing_company_details(
    obj: m.LandingCompanyDetailsResponseLandingCompanyDetails,
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
        data["currency_config"] = (
            unstructure_landing_company_details_response_landing_company_details_currency_config(
                value
            )
        )
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
            unstructure_landing_company_details_response_landing_company_details_requirements(value)
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


def structure_landing_company_details_response_landing_company_details_currency_config(
    data: Any,
) -> m.LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfig:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfig)
    count = len(data)
    if count == 6:
        try:
            v_commodities = data["commodities"]
            v_cryptocurrency = data["cryptocurrency"]
            v_forex = data["forex"]
            v_indices = data["indices"]
            v_market = data["market"]
            v_synthetic_index = data["synthetic_index"]
        except KeyError:
            pass
        else:
            if (
                (v_commodities.__class__ is dict)
                and (v_cryptocurrency.__class__ is dict)
                and (v_forex.__class__ is dict)
                and (v_indices.__class__ is dict)
                and (v_synthetic_index.__class__ is dict)
            ):
                obj.commodities = v_commodities
                obj.cryptocurrency = v_cryptocurrency
                obj.forex = v_forex
                obj.indices = v_indices
                try:
                    obj.market = structure_landing_company_details_response_landing_company_details_currency_config_market(
                        v_market
                    )
                except DecodeError as error:
                    raise error.at("market") from None
                obj.synthetic_index = v_synthetic_index
                obj.extra_fields = {}
                return obj
    if "commodities" not in data:
        obj.commodities = None
        count += 1
    elif (value := data["commodities"]).__class__ is dict:
        obj.commodities = value
    else:
        raise _expected("an object", value).at("commodities")
    if "cryptocurrency" not in data:
        obj.cryptocurrency = None
        count += 1
    elif (value := data["cryptocurrency"]).__class__ is dict:
        obj.cryptocurrency = value
    else:
        raise _expected("an object", value).at("cryptocurrency")
    if "forex" not in data:
        obj.forex = None
        count += 1
    elif (value := data["forex"]).__class__ is dict:
        obj.forex = value
    else:
        raise _expected("an object", value).at("forex")
    if "indices" not in data:
        obj.indices = None
        count += 1
    elif (value := data["indices"]).__class__ is dict:
        obj.indices = value
    else:
        raise _expected("an object", value).at("indices")
    if "market" not in data:
        obj.market = None
        count += 1
    else:
        value = data["market"]
        try:
            obj.market = structure_landing_company_details_response_landing_company_details_currency_config_market(
                value
            )
        except DecodeError as error:
            raise error.at("market") from None
    if "synthetic_index" not in data:
        obj.synthetic_index = None
        count += 1
    elif (value := data["synthetic_index"]).__class__ is dict:
        obj.synthetic_index = value
    else:
        raise _expected("an object", value).at("synthetic_index")
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_LANDING_COMPANY_DETAILS_RESPONSE_LANDING_COMPANY_DETAILS_CURRENCY_CONFIG
        }
    return obj


def unstructure_landing_company_details_response_landing_company_details_currency_config(
    obj: m.LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfig,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.commodities
    if value is not None:
        data["commodities"] = value
    value = obj.cryptocurrency
    if value is not None:
        data["cryptocurrency"] = value
    value = obj.forex
    if value is not None:
        data["forex"] = value
    value = obj.indices
    if value is not None:
        data["indices"] = value
    value = obj.market
    if value is not None:
        data["market"] = (
            unstructure_landing_company_details_response_landing_company_details_currency_config_market(
                value
            )
        )
    value = obj.synthetic_index
    if value is not None:
        data["synthetic_index"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_landing_company_details_response_landing_company_details_currency_config_market(
    data: Any,
) -> m.LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarket:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarket)
    count = len(data)
    if count == 1:
        try:
            v_currency = data["currency"]
        except KeyError:
            pass
        else:
            try:
                obj.currency = structure_landing_company_details_response_landing_company_details_currency_config_market_currency(
                    v_currency
                )
            except DecodeError as error:
                raise error.at("currency") from None
            obj.extra_fields = {}
            return obj
    if "currency" not in data:
        obj.currency = None
        count += 1
    else:
        value = data["currency"]
        try:
            obj.currency = structure_landing_company_details_response_landing_company_details_currency_config_market_currency(
                value
            )
        except DecodeError as error:
            raise error.at("currency") from None
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_LANDING_COMPANY_DETAILS_RESPONSE_LANDING_COMPANY_DETAILS_CURRENCY_CONFIG_MARKET
        }
    return obj


def unstructure_landing_company_details_response_landing_company_details_currency_config_market(
    obj: m.LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarket,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.currency
    if value is not None:
        data["currency"] = (
            unstructure_landing_company_details_response_landing_company_details_currency_config_market_currency(
                value
            )
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_landing_company_details_response_landing_company_details_currency_config_market_currency(
    data: Any,
) -> m.LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarketCurrency:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarketCurrency)
    count = len(data)
    if count == 2:
        try:
            v_max_payout = data["max_payout"]
            v_min_stake = data["min_stake"]
        except KeyError:
            pass
        else:
            if (v_max_payout.__class__ is int) and (v_min_stake.__class__ is int):
                obj.max_payout = v_max_payout
                obj.min_stake = v_min_stake
                obj.extra_fields = {}
                return obj
    if "max_payout" not in data:
        obj.max_payout = None
        count += 1
    elif (value := data["max_payout"]).__class__ is int:
        obj.max_payout = value
    else:
        raise _expected("an integer", value).at("max_payout")
    if "min_stake" not in data:
        obj.min_stake = None
        count += 1
    elif (value := data["min_stake"]).__class__ is int:
        obj.min_stake = value
    else:
        raise _expected("an integer", value).at("min_stake")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_LANDING_COMPANY_DETAILS_RESPONSE_LANDING_COMPANY_DETAILS_CURRENCY_CONFIG_MARKET_CURRENCY
        }
    return obj


def unstructure_landing_company_details_response_landing_company_details_currency_config_market_currency(
    obj: m.LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarketCurrency,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.max_payout
    if value is not None:
        data["max_payout"] = value
    value = obj.min_stake
    if value is not None:
        data["min_stake"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_landing_company_details_response_landing_company_details_requirements(
    data: Any,
) -> m.LandingCompanyDetailsResponseLandingCompanyDetailsRequirements:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyDetailsResponseLandingCompanyDetailsRequirements)
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
                obj.after_first_deposit = structure_landing_company_details_response_landing_company_details_requirements_after_first_deposit(
                    v_after_first_deposit
                )
            except DecodeError as error:
                raise error.at("after_first_deposit") from None
            try:
                obj.compliance = structure_landing_company_details_response_landing_company_details_requirements_compliance(
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
            obj.after_first_deposit = structure_landing_company_details_response_landing_company_details_requirements_after_first_deposit(
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
            obj.compliance = structure_landing_company_details_response_landing_company_details_requirements_compliance(
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
            if k not in _KEYS_LANDING_COMPANY_DETAILS_RESPONSE_LANDING_COMPANY_DETAILS_REQUIREMENTS
        }
    return obj


def unstructure_landing_company_details_response_landing_company_details_requirements(
    obj: m.LandingCompanyDetailsResponseLandingCompanyDetailsRequirements,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.after_first_deposit
    if value is not None:
        data["after_first_deposit"] = (
            unstructure_landing_company_details_response_landing_company_details_requirements_after_first_deposit(
                value
            )
        )
    value = obj.compliance
    if value is not None:
        data["compliance"] = (
            unstructure_landing_company_details_response_landing_company_details_requirements_compliance(
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


def structure_landing_company_details_response_landing_company_details_requirements_after_first_deposit(
    data: Any,
) -> m.LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsAfterFirstDeposit:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsAfterFirstDeposit)
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
            not in _KEYS_LANDING_COMPANY_DETAILS_RESPONSE_LANDING_COMPANY_DETAILS_REQUIREMENTS_AFTER_FIRST_DEPOSIT
        }
    return obj


def unstructure_landing_company_details_response_landing_company_details_requirements_after_first_deposit(
    obj: m.LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsAfterFirstDeposit,
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


def structure_landing_company_details_response_landing_company_details_requirements_compliance(
    data: Any,
) -> m.LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsCompliance:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsCompliance)
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
            not in _KEYS_LANDING_COMPANY_DETAILS_RESPONSE_LANDING_COMPANY_DETAILS_REQUIREMENTS_COMPLIANCE
        }
    return obj


def unstructure_landing_company_details_response_landing_company_details_requirements_compliance(
    obj: m.LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsCompliance,
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
    m.LandingCompanyDetailsRequest: structure_landing_company_details_request,
    m.LandingCompanyDetailsResponse: structure_landing_company_details_response,
    m.LandingCompanyDetailsResponseLandingCompanyDetails: structure_landing_company_details_response_landing_company_details,
    m.LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfig: structure_landing_company_details_response_landing_company_details_currency_config,
    m.LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarket: structure_landing_company_details_response_landing_company_details_currency_config_market,
    m.LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarketCurrency: structure_landing_company_details_response_landing_company_details_currency_config_market_currency,
    m.LandingCompanyDetailsResponseLandingCompanyDetailsRequirements: structure_landing_company_details_response_landing_company_details_requirements,
    m.LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsAfterFirstDeposit: structure_landing_company_details_response_landing_company_details_requirements_after_first_deposit,
    m.LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsCompliance: structure_landing_company_details_response_landing_company_details_requirements_compliance,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.LandingCompanyDetailsRequest: unstructure_landing_company_details_request,
    m.LandingCompanyDetailsResponse: unstructure_landing_company_details_response,
    m.LandingCompanyDetailsResponseLandingCompanyDetails: unstructure_landing_company_details_response_landing_company_details,
    m.LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfig: unstructure_landing_company_details_response_landing_company_details_currency_config,
    m.LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarket: unstructure_landing_company_details_response_landing_company_details_currency_config_market,
    m.LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarketCurrency: unstructure_landing_company_details_response_landing_company_details_currency_config_market_currency,
    m.LandingCompanyDetailsResponseLandingCompanyDetailsRequirements: unstructure_landing_company_details_response_landing_company_details_requirements,
    m.LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsAfterFirstDeposit: unstructure_landing_company_details_response_landing_company_details_requirements_after_first_deposit,
    m.LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsCompliance: unstructure_landing_company_details_response_landing_company_details_requirements_compliance,
}
