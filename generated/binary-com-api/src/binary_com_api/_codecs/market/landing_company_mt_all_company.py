"""Decoders and encoders of the models of the ``landing_company_mt_all_company`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _expected, _new
from ..._codecs.market.landing_company_shared import (
    structure_landing_company_details,
    unstructure_landing_company_details,
)
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_MT_ALL_COMPANY = frozenset(
    (
        "swap_free",
        "zero_spread",
    )
)


def structure_landing_company_response_landing_company_mt_all_company(
    data: Any,
) -> m.LandingCompanyResponseLandingCompanyMtAllCompany:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyResponseLandingCompanyMtAllCompany)
    count = len(data)
    if count == 2:
        try:
            v_swap_free = data["swap_free"]
            v_zero_spread = data["zero_spread"]
        except KeyError:
            pass
        else:
            try:
                obj.swap_free = (
                    None if v_swap_free is None else structure_landing_company_details(v_swap_free)
                )
            except DecodeError as error:
                raise error.at("swap_free") from None
            try:
                obj.zero_spread = (
                    None
                    if v_zero_spread is None
                    else structure_landing_company_details(v_zero_spread)
                )
            except DecodeError as error:
                raise error.at("zero_spread") from None
            obj.extra_fields = {}
            return obj
    if "swap_free" not in data:
        obj.swap_free = UNSET
        count += 1
    else:
        value = data["swap_free"]
        try:
            obj.swap_free = None if value is None else structure_landing_company_details(value)
        except DecodeError as error:
            raise error.at("swap_free") from None
    if "zero_spread" not in data:
        obj.zero_spread = UNSET
        count += 1
    else:
        value = data["zero_spread"]
        try:
            obj.zero_spread = None if value is None else structure_landing_company_details(value)
        except DecodeError as error:
            raise error.at("zero_spread") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_MT_ALL_COMPANY
        }
    return obj


def unstructure_landing_company_response_landing_company_mt_all_company(
    obj: m.LandingCompanyResponseLandingCompanyMtAllCompany,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.swap_free
    if value is not UNSET:
        data["swap_free"] = None if value is None else unstructure_landing_company_details(value)
    value = obj.zero_spread
    if value is not UNSET:
        data["zero_spread"] = None if value is None else unstructure_landing_company_details(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.LandingCompanyResponseLandingCompanyMtAllCompany: structure_landing_company_response_landing_company_mt_all_company,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.LandingCompanyResponseLandingCompanyMtAllCompany: unstructure_landing_company_response_landing_company_mt_all_company,
}
