"""Decoders and encoders of the models of the ``landing_company`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
from ..._codecs.market.landing_company_ctrader import (
    structure_landing_company_response_landing_company_ctrader,
    unstructure_landing_company_response_landing_company_ctrader,
)
from ..._codecs.market.landing_company_dxtrade_all_company import (
    structure_landing_company_response_landing_company_dxtrade_all_company,
    unstructure_landing_company_response_landing_company_dxtrade_all_company,
)
from ..._codecs.market.landing_company_dxtrade_financial_company import (
    structure_landing_company_response_landing_company_dxtrade_financial_company,
    unstructure_landing_company_response_landing_company_dxtrade_financial_company,
)
from ..._codecs.market.landing_company_dxtrade_gaming_company import (
    structure_landing_company_response_landing_company_dxtrade_gaming_company,
    unstructure_landing_company_response_landing_company_dxtrade_gaming_company,
)
from ..._codecs.market.landing_company_financial_company import (
    structure_landing_company_response_landing_company_financial_company,
    unstructure_landing_company_response_landing_company_financial_company,
)
from ..._codecs.market.landing_company_gaming_company import (
    structure_landing_company_response_landing_company_gaming_company,
    unstructure_landing_company_response_landing_company_gaming_company,
)
from ..._codecs.market.landing_company_mt_all_company import (
    structure_landing_company_response_landing_company_mt_all_company,
    unstructure_landing_company_response_landing_company_mt_all_company,
)
from ..._codecs.market.landing_company_mt_financial_company import (
    structure_landing_company_response_landing_company_mt_financial_company,
    unstructure_landing_company_response_landing_company_mt_financial_company,
)
from ..._codecs.market.landing_company_mt_gaming_company import (
    structure_landing_company_response_landing_company_mt_gaming_company,
    unstructure_landing_company_response_landing_company_mt_gaming_company,
)
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_landing_company = frozenset({"landing_company"})


_ALLOWED_none_svg = frozenset({"none", "svg"})


_KEYS_LANDING_COMPANY_REQUEST = frozenset(
    (
        "landing_company",
        "passthrough",
        "req_id",
    )
)


_KEYS_LANDING_COMPANY_RESPONSE = frozenset(
    (
        "landing_company",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY = frozenset(
    (
        "address_parseable",
        "all_company",
        "config",
        "ctrader",
        "dxtrade_all_company",
        "dxtrade_financial_company",
        "dxtrade_gaming_company",
        "financial_company",
        "forbidden_postcode_pattern",
        "gaming_company",
        "id",
        "is_idv_supported",
        "lc_to_open_mf_account",
        "minimum_age",
        "mt5_age_verification",
        "mt_all_company",
        "mt_financial_company",
        "mt_gaming_company",
        "name",
        "need_set_max_turnover_limit",
        "no_province",
        "require_address_postcode",
        "require_age_verified_for_synthetic",
        "require_poi",
        "require_verification_when_not_age_verified",
        "skip_deposit_verification",
        "virtual_company",
    )
)


def structure_landing_company_request(data: Any) -> m.LandingCompanyRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyRequest)
    count = len(data)
    try:
        value = data["landing_company"]
    except KeyError:
        raise DecodeError("required field is missing", ("landing_company",)) from None
    if value.__class__ is str:
        obj.landing_company = value
    else:
        raise _expected("a string", value).at("landing_company")
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
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_LANDING_COMPANY_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_landing_company_request(obj: m.LandingCompanyRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"landing_company": obj.landing_company}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_landing_company_response(data: Any) -> m.LandingCompanyResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyResponse)
    count = len(data)
    value = data.get("landing_company", _MISSING)
    if value is _MISSING:
        obj.landing_company = None
        count += 1
    else:
        try:
            obj.landing_company = structure_landing_company_response_landing_company(value)
        except DecodeError as error:
            raise error.at("landing_company") from None
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
    if value.__class__ is _STR and value in _ALLOWED_landing_company:
        obj.msg_type = value
    else:
        raise _not_one_of("'landing_company'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_LANDING_COMPANY_RESPONSE
        }
    return obj


def unstructure_landing_company_response(obj: m.LandingCompanyResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.landing_company
    if value is not None:
        data["landing_company"] = unstructure_landing_company_response_landing_company(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_landing_company_response_landing_company(
    data: Any,
) -> m.LandingCompanyResponseLandingCompany:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyResponseLandingCompany)
    count = len(data)
    value = data.get("address_parseable", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.address_parseable = value
    elif value is _MISSING:
        obj.address_parseable = None
        count += 1
    else:
        raise _not_one_of("1, 0", value).at("address_parseable")
    value = data.get("all_company", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_none_svg:
        obj.all_company = value
    elif value is _MISSING:
        obj.all_company = None
        count += 1
    else:
        raise _not_one_of("'svg', 'none'", value).at("all_company")
    value = data.get("config", _MISSING)
    if value.__class__ is dict:
        obj.config = value
    elif value is _MISSING:
        obj.config = None
        count += 1
    else:
        raise _expected("an object", value).at("config")
    value = data.get("ctrader", _MISSING)
    if value is _MISSING:
        obj.ctrader = None
        count += 1
    else:
        try:
            obj.ctrader = structure_landing_company_response_landing_company_ctrader(value)
        except DecodeError as error:
            raise error.at("ctrader") from None
    value = data.get("dxtrade_all_company", _MISSING)
    if value is _MISSING:
        obj.dxtrade_all_company = None
        count += 1
    else:
        try:
            obj.dxtrade_all_company = (
                structure_landing_company_response_landing_company_dxtrade_all_company(value)
            )
        except DecodeError as error:
            raise error.at("dxtrade_all_company") from None
    value = data.get("dxtrade_financial_company", _MISSING)
    if value is _MISSING:
        obj.dxtrade_financial_company = None
        count += 1
    else:
        try:
            obj.dxtrade_financial_company = (
                structure_landing_company_response_landing_company_dxtrade_financial_company(value)
            )
        except DecodeError as error:
            raise error.at("dxtrade_financial_company") from None
    value = data.get("dxtrade_gaming_company", _MISSING)
    if value is _MISSING:
        obj.dxtrade_gaming_company = None
        count += 1
    else:
        try:
            obj.dxtrade_gaming_company = (
                structure_landing_company_response_landing_company_dxtrade_gaming_company(value)
            )
        except DecodeError as error:
            raise error.at("dxtrade_gaming_company") from None
    value = data.get("financial_company", _MISSING)
    if value is _MISSING:
        obj.financial_company = UNSET
        count += 1
    else:
        try:
            obj.financial_company = (
                None
                if value is None
                else structure_landing_company_response_landing_company_financial_company(value)
            )
        except DecodeError as error:
            raise error.at("financial_company") from None
    value = data.get("forbidden_postcode_pattern", _MISSING)
    if value.__class__ is str:
        obj.forbidden_postcode_pattern = value
    elif value is _MISSING:
        obj.forbidden_postcode_pattern = None
        count += 1
    else:
        raise _expected("a string", value).at("forbidden_postcode_pattern")
    value = data.get("gaming_company", _MISSING)
    if value is _MISSING:
        obj.gaming_company = UNSET
        count += 1
    else:
        try:
            obj.gaming_company = (
                None
                if value is None
                else structure_landing_company_response_landing_company_gaming_company(value)
            )
        except DecodeError as error:
            raise error.at("gaming_company") from None
    value = data.get("id", _MISSING)
    if value.__class__ is str:
        obj.id = value
    elif value is _MISSING:
        obj.id = None
        count += 1
    else:
        raise _expected("a string", value).at("id")
    value = data.get("is_idv_supported", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_idv_supported = value
    elif value is _MISSING:
        obj.is_idv_supported = None
        count += 1
    else:
        raise _not_one_of("1, 0", value).at("is_idv_supported")
    value = data.get("lc_to_open_mf_account", _MISSING)
    if value.__class__ is str:
        obj.lc_to_open_mf_account = value
    elif value is _MISSING:
        obj.lc_to_open_mf_account = None
        count += 1
    else:
        raise _expected("a string", value).at("lc_to_open_mf_account")
    value = data.get("minimum_age", _MISSING)
    if value.__class__ is int:
        obj.minimum_age = value
    elif value is _MISSING:
        obj.minimum_age = None
        count += 1
    else:
        raise _expected("an integer", value).at("minimum_age")
    value = data.get("mt5_age_verification", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.mt5_age_verification = value
    elif value is _MISSING:
        obj.mt5_age_verification = None
        count += 1
    else:
        raise _not_one_of("1, 0", value).at("mt5_age_verification")
    value = data.get("mt_all_company", _MISSING)
    if value is _MISSING:
        obj.mt_all_company = UNSET
        count += 1
    else:
        try:
            obj.mt_all_company = (
                None
                if value is None
                else structure_landing_company_response_landing_company_mt_all_company(value)
            )
        except DecodeError as error:
            raise error.at("mt_all_company") from None
    value = data.get("mt_financial_company", _MISSING)
    if value is _MISSING:
        obj.mt_financial_company = UNSET
        count += 1
    else:
        try:
            obj.mt_financial_company = (
                None
                if value is None
                else structure_landing_company_response_landing_company_mt_financial_company(value)
            )
        except DecodeError as error:
            raise error.at("mt_financial_company") from None
    value = data.get("mt_gaming_company", _MISSING)
    if value is _MISSING:
        obj.mt_gaming_company = UNSET
        count += 1
    else:
        try:
            obj.mt_gaming_company = (
                None
                if value is None
                else structure_landing_company_response_landing_company_mt_gaming_company(value)
            )
        except DecodeError as error:
            raise error.at("mt_gaming_company") from None
    value = data.get("name", _MISSING)
    if value.__class__ is str:
        obj.name = value
    elif value is _MISSING:
        obj.name = None
        count += 1
    else:
        raise _expected("a string", value).at("name")
    value = data.get("need_set_max_turnover_limit", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.need_set_max_turnover_limit = value
    elif value is _MISSING:
        obj.need_set_max_turnover_limit = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("need_set_max_turnover_limit")
    value = data.get("no_province", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.no_province = value
    elif value is _MISSING:
        obj.no_province = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("no_province")
    value = data.get("require_address_postcode", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.require_address_postcode = value
    elif value is _MISSING:
        obj.require_address_postcode = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("require_address_postcode")
    value = data.get("require_age_verified_for_synthetic", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.require_age_verified_for_synthetic = value
    elif value is _MISSING:
        obj.require_age_verified_for_synthetic = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("require_age_verified_for_synthetic")
    value = data.get("require_poi", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.require_poi = value
    elif value is _MISSING:
        obj.require_poi = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("require_poi")
    value = data.get("require_verification_when_not_age_verified", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.require_verification_when_not_age_verified = value
    elif value is _MISSING:
        obj.require_verification_when_not_age_verified = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("require_verification_when_not_age_verified")
    value = data.get("skip_deposit_verification", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.skip_deposit_verification = value
    elif value is _MISSING:
        obj.skip_deposit_verification = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("skip_deposit_verification")
    value = data.get("virtual_company", _MISSING)
    if value.__class__ is str:
        obj.virtual_company = value
    elif value is _MISSING:
        obj.virtual_company = None
        count += 1
    else:
        raise _expected("a string", value).at("virtual_company")
    if count == 27:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY
        }
    return obj


def unstructure_landing_company_response_landing_company(
    obj: m.LandingCompanyResponseLandingCompany,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.address_parseable
    if value is not None:
        data["address_parseable"] = value
    value = obj.all_company
    if value is not None:
        data["all_company"] = value
    value = obj.config
    if value is not None:
        data["config"] = value
    value = obj.ctrader
    if value is not None:
        data["ctrader"] = unstructure_landing_company_response_landing_company_ctrader(value)
    value = obj.dxtrade_all_company
    if value is not None:
        data["dxtrade_all_company"] = (
            unstructure_landing_company_response_landing_company_dxtrade_all_company(value)
        )
    value = obj.dxtrade_financial_company
    if value is not None:
        data["dxtrade_financial_company"] = (
            unstructure_landing_company_response_landing_company_dxtrade_financial_company(value)
        )
    value = obj.dxtrade_gaming_company
    if value is not None:
        data["dxtrade_gaming_company"] = (
            unstructure_landing_company_response_landing_company_dxtrade_gaming_company(value)
        )
    value = obj.financial_company
    if value is not UNSET:
        data["financial_company"] = (
            None
            if value is None
            else unstructure_landing_company_response_landing_company_financial_company(value)
        )
    value = obj.forbidden_postcode_pattern
    if value is not None:
        data["forbidden_postcode_pattern"] = value
    value = obj.gaming_company
    if value is not UNSET:
        data["gaming_company"] = (
            None
            if value is None
            else unstructure_landing_company_response_landing_company_gaming_company(value)
        )
    value = obj.id
    if value is not None:
        data["id"] = value
    value = obj.is_idv_supported
    if value is not None:
        data["is_idv_supported"] = value
    value = obj.lc_to_open_mf_account
    if value is not None:
        data["lc_to_open_mf_account"] = value
    value = obj.minimum_age
    if value is not None:
        data["minimum_age"] = value
    value = obj.mt5_age_verification
    if value is not None:
        data["mt5_age_verification"] = value
    value = obj.mt_all_company
    if value is not UNSET:
        data["mt_all_company"] = (
            None
            if value is None
            else unstructure_landing_company_response_landing_company_mt_all_company(value)
        )
    value = obj.mt_financial_company
    if value is not UNSET:
        data["mt_financial_company"] = (
            None
            if value is None
            else unstructure_landing_company_response_landing_company_mt_financial_company(value)
        )
    value = obj.mt_gaming_company
    if value is not UNSET:
        data["mt_gaming_company"] = (
            None
            if value is None
            else unstructure_landing_company_response_landing_company_mt_gaming_company(value)
        )
    value = obj.name
    if value is not None:
        data["name"] = value
    value = obj.need_set_max_turnover_limit
    if value is not None:
        data["need_set_max_turnover_limit"] = value
    value = obj.no_province
    if value is not None:
        data["no_province"] = value
    value = obj.require_address_postcode
    if value is not None:
        data["require_address_postcode"] = value
    value = obj.require_age_verified_for_synthetic
    if value is not None:
        data["require_age_verified_for_synthetic"] = value
    value = obj.require_poi
    if value is not None:
        data["require_poi"] = value
    value = obj.require_verification_when_not_age_verified
    if value is not None:
        data["require_verification_when_not_age_verified"] = value
    value = obj.skip_deposit_verification
    if value is not None:
        data["skip_deposit_verification"] = value
    value = obj.virtual_company
    if value is not None:
        data["virtual_company"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.LandingCompanyRequest: structure_landing_company_request,
    m.LandingCompanyResponse: structure_landing_company_response,
    m.LandingCompanyResponseLandingCompany: structure_landing_company_response_landing_company,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.LandingCompanyRequest: unstructure_landing_company_request,
    m.LandingCompanyResponse: unstructure_landing_company_response,
    m.LandingCompanyResponseLandingCompany: unstructure_landing_company_response_landing_company,
}
