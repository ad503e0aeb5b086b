"""Decoders and encoders of the models of the ``landing_company_ctrader`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_none_svg = frozenset({"none", "svg"})


_KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_CTRADER = frozenset(("all",))


_KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_CTRADER_ALL = frozenset(("standard",))


def structure_landing_company_response_landing_company_ctrader(
    data: Any,
) -> m.LandingCompanyResponseLandingCompanyCtrader:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyResponseLandingCompanyCtrader)
    count = len(data)
    if count == 1:
        try:
            v_all = data["all"]
        except KeyError:
            pass
        else:
            try:
                obj.all = structure_landing_company_response_landing_company_ctrader_all(v_all)
            except DecodeError as error:
                raise error.at("all") from None
            obj.extra_fields = {}
            return obj
    if "all" not in data:
        obj.all = None
        count += 1
    else:
        value = data["all"]
        try:
            obj.all = structure_landing_company_response_landing_company_ctrader_all(value)
        except DecodeError as error:
            raise error.at("all") from None
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_CTRADER
        }
    return obj


def unstructure_landing_company_response_landing_company_ctrader(
    obj: m.LandingCompanyResponseLandingCompanyCtrader,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.all
    if value is not None:
        data["all"] = unstructure_landing_company_response_landing_company_ctrader_all(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_landing_company_response_landing_company_ctrader_all(
    data: Any,
) -> m.LandingCompanyResponseLandingCompanyCtraderAll:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyResponseLandingCompanyCtraderAll)
    count = len(data)
    if count == 1:
        try:
            v_standard = data["standard"]
        except KeyError:
            pass
        else:
            if v_standard.__class__ is _STR and v_standard in _ALLOWED_none_svg:
                obj.standard = v_standard
                obj.extra_fields = {}
                return obj
    if "standard" not in data:
        obj.standard = None
        count += 1
    elif (value := data["standard"]).__class__ is _STR and value in _ALLOWED_none_svg:
        obj.standard = value
    else:
        raise _not_one_of("'svg', 'none'", value).at("standard")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_CTRADER_ALL
        }
    return obj


def unstructure_landing_company_response_landing_company_ctrader_all(
    obj: m.LandingCompanyResponseLandingCompanyCtraderAll,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.standard
    if value is not None:
        data["standard"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.LandingCompanyResponseLandingCompanyCtrader: structure_landing_company_response_landing_company_ctrader,
    m.LandingCompanyResponseLandingCompanyCtraderAll: structure_landing_company_response_landing_company_ctrader_all,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.LandingCompanyResponseLandingCompanyCtrader: unstructure_landing_company_response_landing_company_ctrader,
    m.LandingCompanyResponseLandingCompanyCtraderAll: unstructure_landing_company_response_landing_company_ctrader_all,
}
