"""Decoders and encoders of the models of the ``landing_company`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
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
    if count == 3:
        try:
            v_landing_company = data["landing_company"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_landing_company.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.landing_company = v_landing_company
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["landing_company"]
    except KeyError:
        raise DecodeError("required field is missing", ("landing_company",)) from None
    if value.__class__ is str:
        obj.landing_company = value
    else:
        raise _expected("a string", value).at("landing_company")
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
    if count == 4:
        try:
            v_landing_company = data["landing_company"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_landing_company)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.landing_company = structure_landing_company_response_landing_company(
                        v_landing_company
                    )
                except DecodeError as error:
                    raise error.at("landing_company") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "landing_company" not in data:
        obj.landing_company = None
        count += 1
    else:
        value = data["landing_company"]
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
    if count == 27:
        try:
            v_address_parseable = data["address_parseable"]
            v_all_company = data["all_company"]
            v_config = data["config"]
            v_ctrader = data["ctrader"]
            v_dxtrade_all_company = data["dxtrade_all_company"]
            v_dxtrade_financial_company = data["dxtrade_financial_company"]
            v_dxtrade_gaming_company = data["dxtrade_gaming_company"]
            v_financial_company = data["financial_company"]
            v_forbidden_postcode_pattern = data["forbidden_postcode_pattern"]
            v_gaming_company = data["gaming_company"]
            v_id = data["id"]
            v_is_idv_supported = data["is_idv_supported"]
            v_lc_to_open_mf_account = data["lc_to_open_mf_account"]
            v_minimum_age = data["minimum_age"]
            v_mt5_age_verification = data["mt5_age_verification"]
            v_mt_all_company = data["mt_all_company"]
            v_mt_financial_company = data["mt_financial_company"]
            v_mt_gaming_company = data["mt_gaming_company"]
            v_name = data["name"]
            v_need_set_max_turnover_limit = data["need_set_max_turnover_limit"]
            v_no_province = data["no_province"]
            v_require_address_postcode = data["require_address_postcode"]
            v_require_age_verified_for_synthetic = data["require_age_verified_for_synthetic"]
            v_require_poi = data["require_poi"]
            v_require_verification_when_not_age_verified = data[
                "require_verification_when_not_age_verified"
            ]
            v_skip_deposit_verification = data["skip_deposit_verification"]
            v_virtual_company = data["virtual_company"]
        except KeyError:
            pass
        else:
            if (
                (v_address_parseable.__class__ is _INT and v_address_parseable in _ALLOWED_0_1)
                and (v_all_company.__class__ is _STR and v_all_company in _ALLOWED_none_svg)
                and (v_config.__class__ is dict)
                and (v_forbidden_postcode_pattern.__class__ is str)
                and (v_id.__class__ is str)
                and (v_is_idv_supported.__class__ is _INT and v_is_idv_supported in _ALLOWED_0_1)
                and (v_lc_to_open_mf_account.__class__ is str)
                and (v_minimum_age.__class__ is int)
                and (
                    v_mt5_age_verification.__class__ is _INT
                    and v_mt5_age_verification in _ALLOWED_0_1
                )
                and (v_name.__class__ is str)
                and (
                    v_need_set_max_turnover_limit.__class__ is _INT
                    and v_need_set_max_turnover_limit in _ALLOWED_0_1
                )
                and (v_no_province.__class__ is _INT and v_no_province in _ALLOWED_0_1)
                and (
                    v_require_address_postcode.__class__ is _INT
                    and v_require_address_postcode in _ALLOWED_0_1
                )
                and (
                    v_require_age_verified_for_synthetic.__class__ is _INT
                    and v_require_age_verified_for_synthetic in _ALLOWED_0_1
                )
                and (v_require_poi.__class__ is _INT and v_require_poi in _ALLOWED_0_1)
                and (
                    v_require_verification_when_not_age_verified.__class__ is _INT
                    and v_require_verification_when_not_age_verified in _ALLOWED_0_1
                )
                and (
                    v_skip_deposit_verification.__class__ is _INT
                    and v_skip_deposit_verification in _ALLOWED_0_1
                )
                and (v_virtual_company.__class__ is str)
            ):
                obj.address_parseable = v_address_parseable
                obj.all_company = v_all_company
                obj.config = v_config
                try:
                    obj.ctrader = structure_landing_company_response_landing_company_ctrader(
                        v_ctrader
                    )
                except DecodeError as error:
                    raise error.at("ctrader") from None
                try:
                    obj.dxtrade_all_company = (
                        structure_landing_company_response_landing_company_dxtrade_all_company(
                            v_dxtrade_all_company
                        )
                    )
                except DecodeError as error:
                    raise error.at("dxtrade_all_company") from None
                try:
                    obj.dxtrade_financial_company = structure_landing_company_response_landing_company_dxtrade_financial_company(
                        v_dxtrade_financial_company
                    )
                except DecodeError as error:
                    raise error.at("dxtrade_financial_company") from None
                try:
                    obj.dxtrade_gaming_company = (
                        structure_landing_company_response_landing_company_dxtrade_gaming_company(
                            v_dxtrade_gaming_company
                        )
                    )
                except DecodeError as error:
                    raise error.at("dxtrade_gaming_company") from None
                try:
                    obj.financial_company = (
                        None
                        if v_financial_company is None
                        else structure_landing_company_response_landing_company_financial_company(
                            v_financial_company
                        )
                    )
                except DecodeError as error:
                    raise error.at("financial_company") from None
                obj.forbidden_postcode_pattern = v_forbidden_postcode_pattern
                try:
                    obj.gaming_company = (
                        None
                        if v_gaming_company is None
                        else structure_landing_company_response_landing_company_gaming_company(
                            v_gaming_company
                        )
                    )
                except DecodeError as error:
                    raise error.at("gaming_company") from None
                obj.id = v_id
                obj.is_idv_supported = v_is_idv_supported
                obj.lc_to_open_mf_account = v_lc_to_open_mf_account
                obj.minimum_age = v_minimum_age
                obj.mt5_age_verification = v_mt5_age_verification
                try:
                    obj.mt_all_company = (
                        None
                        if v_mt_all_company is None
                        else structure_landing_company_response_landing_company_mt_all_company(
                            v_mt_all_company
                        )
                    )
                except DecodeError as error:
                    raise error.at("mt_all_company") from None
                try:
                    obj.mt_financial_company = (
                        None
                        if v_mt_financial_company is None
                        else structure_landing_company_response_landing_company_mt_financial_company(
                            v_mt_financial_company
                        )
                    )
                except DecodeError as error:
                    raise error.at("mt_financial_company") from None
                try:
                    obj.mt_gaming_company = (
                        None
                        if v_mt_gaming_company is None
                        else structure_landing_company_response_landing_company_mt_gaming_company(
                            v_mt_gaming_company
                        )
                    )
                except DecodeError as error:
                    raise error.at("mt_gaming_company") from None
                obj.name = v_name
                obj.need_set_max_turnover_limit = v_need_set_max_turnover_limit
                obj.no_province = v_no_province
                obj.require_address_postcode = v_require_address_postcode
                obj.require_age_verified_for_synthetic = v_require_age_verified_for_synthetic
                obj.require_poi = v_require_poi
                obj.require_verification_when_not_age_verified = (
                    v_require_verification_when_not_age_verified
                )
                obj.skip_deposit_verification = v_skip_deposit_verification
                obj.virtual_company = v_virtual_company
                obj.extra_fields = {}
                return obj
    if "address_parseable" not in data:
        obj.address_parseable = None
        count += 1
    elif (value := data["address_parseable"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.address_parseable = value
    else:
        raise _not_one_of("1, 0", value).at("address_parseable")
    if "all_company" not in data:
        obj.all_company = None
        count += 1
    elif (value := data["all_company"]).__class__ is _STR and value in _ALLOWED_none_svg:
        obj.all_company = value
    else:
        raise _not_one_of("'svg', 'none'", value).at("all_company")
    if "config" not in data:
        obj.config = None
        count += 1
    elif (value := data["config"]).__class__ is dict:
        obj.config = value
    else:
        raise _expected("an object", value).at("config")
    if "ctrader" not in data:
        obj.ctrader = None
        count += 1
    else:
        value = data["ctrader"]
        try:
            obj.ctrader = structure_landing_company_response_landing_company_ctrader(value)
        except DecodeError as error:
            raise error.at("ctrader") from None
    if "dxtrade_all_company" not in data:
        obj.dxtrade_all_company = None
        count += 1
    else:
        value = data["dxtrade_all_company"]
        try:
            obj.dxtrade_all_company = (
                structure_landing_company_response_landing_company_dxtrade_all_company(value)
            )
        except DecodeError as error:
            raise error.at("dxtrade_all_company") from None
    if "dxtrade_financial_company" not in data:
        obj.dxtrade_financial_company = None
        count += 1
    else:
        value = data["dxtrade_financial_company"]
        try:
            obj.dxtrade_financial_company = (
                structure_landing_company_response_landing_company_dxtrade_financial_company(value)
            )
        except DecodeError as error:
            raise error.at("dxtrade_financial_company") from None
    if "dxtrade_gaming_company" not in data:
        obj.dxtrade_gaming_company = None
        count += 1
    else:
        value = data["dxtrade_gaming_company"]
        try:
            obj.dxtrade_gaming_company = (
                structure_landing_company_response_landing_company_dxtrade_gaming_company(value)
            )
        except DecodeError as error:
            raise error.at("dxtrade_gaming_company") from None
    if "financial_company" not in data:
        obj.financial_company = UNSET
        count += 1
    else:
        value = data["financial_company"]
        try:
            obj.financial_company = (
                None
                if value is None
                else structure_landing_company_response_landing_company_financial_company(value)
            )
        except DecodeError as error:
            raise error.at("financial_company") from None
    if "forbidden_postcode_pattern" not in data:
        obj.forbidden_postcode_pattern = None
        count += 1
    elif (value := data["forbidden_postcode_pattern"]).__class__ is str:
        obj.forbidden_postcode_pattern = value
    else:
        raise _expected("a string", value).at("forbidden_postcode_pattern")
    if "gaming_company" not in data:
        obj.gaming_company = UNSET
        count += 1
    else:
        value = data["gaming_company"]
        try:
            obj.gaming_company = (
                None
                if value is None
                else structure_landing_company_response_landing_company_gaming_company(value)
            )
        except DecodeError as error:
            raise error.at("gaming_company") from None
    if "id" not in data:
        obj.id = None
        count += 1
    elif (value := data["id"]).__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if "is_idv_supported" not in data:
        obj.is_idv_supported = None
        count += 1
    elif (value := data["is_idv_supported"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_idv_supported = value
    else:
        raise _not_one_of("1, 0", value).at("is_idv_supported")
    if "lc_to_open_mf_account" not in data:
        obj.lc_to_open_mf_account = None
        count += 1
    elif (value := data["lc_to_open_mf_account"]).__class__ is str:
        obj.lc_to_open_mf_account = value
    else:
        raise _expected("a string", value).at("lc_to_open_mf_account")
    if "minimum_age" not in data:
        obj.minimum_age = None
        count += 1
    elif (value := data["minimum_age"]).__class__ is int:
        obj.minimum_age = value
    else:
        raise _expected("an integer", value).at("minimum_age")
    if "mt5_age_verification" not in data:
        obj.mt5_age_verification = None
        count += 1
    elif (value := data["mt5_age_verification"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.mt5_age_verification = value
    else:
        raise _not_one_of("1, 0", value).at("mt5_age_verification")
    if "mt_all_company" not in data:
        obj.mt_all_company = UNSET
        count += 1
    else:
        value = data["mt_all_company"]
        try:
            obj.mt_all_company = (
                None
                if value is None
                else structure_landing_company_response_landing_company_mt_all_company(value)
            )
        except DecodeError as error:
            raise error.at("mt_all_company") from None
    if "mt_financial_company" not in data:
        obj.mt_financial_company = UNSET
        count += 1
    else:
        value = data["mt_financial_company"]
        try:
            obj.mt_financial_company = (
                None
                if value is None
                else structure_landing_company_response_landing_company_mt_financial_company(value)
            )
        except DecodeError as error:
            raise error.at("mt_financial_company") from None
    if "mt_gaming_company" not in data:
        obj.mt_gaming_company = UNSET
        count += 1
    else:
        value = data["mt_gaming_company"]
        try:
            obj.mt_gaming_company = (
                None
                if value is None
                else structure_landing_company_response_landing_company_mt_gaming_company(value)
            )
        except DecodeError as error:
            raise error.at("mt_gaming_company") from None
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if "need_set_max_turnover_limit" not in data:
        obj.need_set_max_turnover_limit = None
        count += 1
    elif (value := data["need_set_max_turnover_limit"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.need_set_max_turnover_limit = value
    else:
        raise _not_one_of("0, 1", value).at("need_set_max_turnover_limit")
    if "no_province" not in data:
        obj.no_province = None
        count += 1
    elif (value := data["no_province"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.no_province = value
    else:
        raise _not_one_of("0, 1", value).at("no_province")
    if "require_address_postcode" not in data:
        obj.require_address_postcode = None
        count += 1
    elif (value := data["require_address_postcode"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.require_address_postcode = value
    else:
        raise _not_one_of("0, 1", value).at("require_address_postcode")
    if "require_age_verified_for_synthetic" not in data:
        obj.require_age_verified_for_synthetic = None
        count += 1
    elif (
        value := data["require_age_verified_for_synthetic"]
    ).__class__ is _INT and value in _ALLOWED_0_1:
        obj.require_age_verified_for_synthetic = value
    else:
        raise _not_one_of("0, 1", value).at("require_age_verified_for_synthetic")
    if "require_poi" not in data:
        obj.require_poi = None
        count += 1
    elif (value := data["require_poi"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.require_poi = value
    else:
        raise _not_one_of("0, 1", value).at("require_poi")
    if "require_verification_when_not_age_verified" not in data:
        obj.require_verification_when_not_age_verified = None
        count += 1
    elif (
        value := data["require_verification_when_not_age_verified"]
    ).__class__ is _INT and value in _ALLOWED_0_1:
        obj.require_verification_when_not_age_verified = value
    else:
        raise _not_one_of("0, 1", value).at("require_verification_when_not_age_verified")
    if "skip_deposit_verification" not in data:
        obj.skip_deposit_verification = None
        count += 1
    elif (value := data["skip_deposit_verification"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.skip_deposit_verification = value
    else:
        raise _not_one_of("0, 1", value).at("skip_deposit_verification")
    if "virtual_company" not in data:
        obj.virtual_company = None
        count += 1
    elif (value := data["virtual_company"]).__class__ is str:
        obj.virtual_company = value
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
