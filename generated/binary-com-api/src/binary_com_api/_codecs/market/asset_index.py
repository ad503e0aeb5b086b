"""Decoders and encoders of the models of the ``asset_index`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_asset_index = frozenset({"asset_index"})


_ALLOWED_iom_malta_maltainvest_and_3_more = frozenset(
    {"iom", "malta", "maltainvest", "svg", "vanuatu", "virtual"}
)


_KEYS_ASSET_INDEX_REQUEST = frozenset(
    (
        "asset_index",
        "landing_company",
        "landing_company_short",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_ASSET_INDEX_RESPONSE = frozenset(
    (
        "asset_index",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_asset_index_request(data: Any) -> m.AssetIndexRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AssetIndexRequest)
    count = len(data)
    try:
        value = data["asset_index"]
    except KeyError:
        raise DecodeError("required field is missing", ("asset_index",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.asset_index = value
    else:
        raise _not_one_of("1", value).at("asset_index")
    value = data.get("landing_company", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_iom_malta_maltainvest_and_3_more:
        obj.landing_company = value
    elif value is _MISSING:
        obj.landing_company = None
        count += 1
    else:
        raise _not_one_of("'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu'", value).at(
            "landing_company"
        )
    value = data.get("landing_company_short", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_iom_malta_maltainvest_and_3_more:
        obj.landing_company_short = value
    elif value is _MISSING:
        obj.landing_company_short = None
        count += 1
    else:
        raise _not_one_of("'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu'", value).at(
            "landing_company_short"
        )
    value = data.get("loginid", _MISSING)
    if value.__class__ is str:
        obj.loginid = value
    elif value is _MISSING:
        obj.loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("loginid")
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
    if count != 6:
        unknown = sorted(key for key in data if key not in _KEYS_ASSET_INDEX_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_asset_index_request(obj: m.AssetIndexRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"asset_index": obj.asset_index}
    value: Any
    value = obj.landing_company
    if value is not None:
        data["landing_company"] = value
    value = obj.landing_company_short
    if value is not None:
        data["landing_company_short"] = value
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_asset_index_response(data: Any) -> m.AssetIndexResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AssetIndexResponse)
    count = len(data)
    value = data.get("asset_index", _MISSING)
    if value.__class__ is list:
        obj.asset_index = value
    elif value is _MISSING:
        obj.asset_index = None
        count += 1
    else:
        raise _expected("an array", value).at("asset_index")
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
    if value.__class__ is _STR and value in _ALLOWED_asset_index:
        obj.msg_type = value
    else:
        raise _not_one_of("'asset_index'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ASSET_INDEX_RESPONSE}
    return obj


def unstructure_asset_index_response(obj: m.AssetIndexResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.asset_index
    if value is not None:
        data["asset_index"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.AssetIndexRequest: structure_asset_index_request,
    m.AssetIndexResponse: structure_asset_index_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.AssetIndexRequest: unstructure_asset_index_request,
    m.AssetIndexResponse: unstructure_asset_index_response,
}
