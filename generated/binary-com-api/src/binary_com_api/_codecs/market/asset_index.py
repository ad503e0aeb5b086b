"""Decoders and encoders of the models of the ``asset_index`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
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
    if count == 6:
        try:
            v_asset_index = data["asset_index"]
            v_landing_company = data["landing_company"]
            v_landing_company_short = data["landing_company_short"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_asset_index.__class__ is _INT and v_asset_index in _ALLOWED_1)
                and (
                    v_landing_company.__class__ is _STR
                    and v_landing_company in _ALLOWED_iom_malta_maltainvest_and_3_more
                )
                and (
                    v_landing_company_short.__class__ is _STR
                    and v_landing_company_short in _ALLOWED_iom_malta_maltainvest_and_3_more
                )
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.asset_index = v_asset_index
                obj.landing_company = v_landing_company
                obj.landing_company_short = v_landing_company_short
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["asset_index"]
    except KeyError:
        raise DecodeError("required field is missing", ("asset_index",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.asset_index = value
    else:
        raise _not_one_of("1", value).at("asset_index")
    if "landing_company" not in data:
        obj.landing_company = None
        count += 1
    elif (
        value := data["landing_company"]
    ).__class__ is _STR and value in _ALLOWED_iom_malta_maltainvest_and_3_more:
        obj.landing_company = value
    else:
        raise _not_one_of("'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu'", value).at(
            "landing_company"
        )
    if "landing_company_short" not in data:
        obj.landing_company_short = None
        count += 1
    elif (
        value := data["landing_company_short"]
    ).__class__ is _STR and value in _ALLOWED_iom_malta_maltainvest_and_3_more:
        obj.landing_company_short = value
    else:
        raise _not_one_of("'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu'", value).at(
            "landing_company_short"
        )
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
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
    if count == 4:
        try:
            v_asset_index = data["asset_index"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_asset_index.__class__ is list)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_asset_index)
                and (v_req_id.__class__ is int)
            ):
                obj.asset_index = v_asset_index
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "asset_index" not in data:
        obj.asset_index = None
        count += 1
    elif (value := data["asset_index"]).__class__ is list:
        obj.asset_index = value
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
