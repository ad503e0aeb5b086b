"""Decoders and encoders of the models of the ``landing_company_mt_financial_company`` call (market group).

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

_KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_MT_FINANCIAL_COMPANY = frozenset(
    (
        "financial",
        "financial_stp",
        "gold",
    )
)


def structure_landing_company_response_landing_company_mt_financial_company(
    data: Any,
) -> m.LandingCompanyResponseLandingCompanyMtFinancialCompany:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LandingCompanyResponseLandingCompanyMtFinancialCompany)
    count = len(data)
    if count == 3:
        try:
            v_financial = data["financial"]
            v_financial_stp = data["financial_stp"]
            v_gold = data["gold"]
        except KeyError:
            pass
        else:
            try:
                obj.financial = (
                    None if v_financial is None else structure_landing_company_details(v_financial)
                )
            except DecodeError as error:
                raise error.at("financial") from None
            try:
                obj.financial_stp = (
                    None
                    if v_financial_stp is None
                    else structure_landing_company_details(v_financial_stp)
                )
            except DecodeError as error:
                raise error.at("financial_stp") from None
            try:
                obj.gold = None if v_gold is None else structure_landing_company_details(v_gold)
            except DecodeError as error:
                raise error.at("gold") from None
            obj.extra_fields = {}
            return obj
    if "financial" not in data:
        obj.financial = UNSET
        count += 1
    else:
        value = data["financial"]
        try:
            obj.financial = None if value is None else structure_landing_company_details(value)
        except DecodeError as error:
            raise error.at("financial") from None
    if "financial_stp" not in data:
        obj.financial_stp = UNSET
        count += 1
    else:
        value = data["financial_stp"]
        try:
            obj.financial_stp = None if value is None else structure_landing_company_details(value)
        except DecodeError as error:
            raise error.at("financial_stp") from None
    if "gold" not in data:
        obj.gold = UNSET
        count += 1
    else:
        value = data["gold"]
        try:
            obj.gold = None if value is None else structure_landing_company_details(value)
        except DecodeError as error:
            raise error.at("gold") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_LANDING_COMPANY_RESPONSE_LANDING_COMPANY_MT_FINANCIAL_COMPANY
        }
    return obj


def unstructure_landing_company_response_landing_company_mt_financial_company(
    obj: m.LandingCompanyResponseLandingCompanyMtFinancialCompany,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.financial
    if value is not UNSET:
        data["financial"] = None if value is None else unstructure_landing_company_details(value)
    value = obj.financial_stp
    if value is not UNSET:
        data["financial_stp"] = (
            None if value is None else unstructure_landing_company_details(value)
        )
    value = obj.gold
    if value is not UNSET:
        data["gold"] = None if value is None else unstructure_landing_company_details(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.LandingCompanyResponseLandingCompanyMtFinancialCompany: structure_landing_company_response_landing_company_mt_financial_company,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.LandingCompanyResponseLandingCompanyMtFinancialCompany: unstructure_landing_company_response_landing_company_mt_financial_company,
}
