"""Decoders and encoders of the models of the ``trading_servers`` call (platforms group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_Deriv_Server_03 = frozenset(
    {"Deriv-Demo", "Deriv-Server", "Deriv-Server-02", "Deriv-Server-03"}
)


_ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_and_2_more = frozenset(
    {"Deriv-Demo", "Deriv-Server", "Deriv-Server-02", "Deriv-Server-03", "all"}
)


_ALLOWED_all_financial_synthetic = frozenset({"all", "financial", "synthetic"})


_ALLOWED_demo_real = frozenset({"demo", "real"})


_ALLOWED_dxtrade_mt5 = frozenset({"dxtrade", "mt5"})


_ALLOWED_p01_ts01_p01_ts02_p01_ts03_and_4_more = frozenset(
    {"p01_ts01", "p01_ts02", "p01_ts03", "p01_ts04", "p02_ts02", "p03_ts01", "p03_ts02"}
)


_ALLOWED_trading_servers = frozenset({"trading_servers"})


_KEYS_TRADING_SERVERS_REQUEST = frozenset(
    (
        "trading_servers",
        "account_type",
        "environment",
        "market_type",
        "platform",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_TRADING_SERVERS_RESPONSE = frozenset(
    (
        "trading_servers",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_TRADING_SERVERS_RESPONSE_TRADING_SERVERS_ITEM = frozenset(
    (
        "account_type",
        "disabled",
        "environment",
        "geolocation",
        "id",
        "market_type",
        "message_to_client",
        "recommended",
        "supported_accounts",
    )
)


_KEYS_TRADING_SERVERS_RESPONSE_TRADING_SERVERS_ITEM_GEOLOCATION = frozenset(
    (
        "group",
        "location",
        "region",
        "sequence",
    )
)


def _decode_list_of_TradingServersResponseTradingServersItem(
    value: Any,
) -> list[m.TradingServersResponseTradingServersItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_trading_servers_response_trading_servers_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_trading_servers_response_trading_servers_item
        ) from None


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


def structure_trading_servers_request(data: Any) -> m.TradingServersRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingServersRequest)
    count = len(data)
    try:
        value = data["trading_servers"]
    except KeyError:
        raise DecodeError("required field is missing", ("trading_servers",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.trading_servers = value
    else:
        raise _not_one_of("1", value).at("trading_servers")
    value = data.get("account_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_demo_real:
        obj.account_type = value
    elif value is _MISSING:
        obj.account_type = None
        count += 1
    else:
        raise _not_one_of("'demo', 'real'", value).at("account_type")
    value = data.get("environment", _MISSING)
    if (
        value.__class__ is _STR
        and value in _ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_and_2_more
    ):
        obj.environment = value
    elif value is _MISSING:
        obj.environment = None
        count += 1
    else:
        raise _not_one_of(
            "'all', 'Deriv-Demo', 'Deriv-Server', 'Deriv-Server-02', 'Deriv-Server-03'", value
        ).at("environment")
    value = data.get("market_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_all_financial_synthetic:
        obj.market_type = value
    elif value is _MISSING:
        obj.market_type = None
        count += 1
    else:
        raise _not_one_of("'all', 'financial', 'synthetic'", value).at("market_type")
    value = data.get("platform", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_dxtrade_mt5:
        obj.platform = value
    elif value is _MISSING:
        obj.platform = None
        count += 1
    else:
        raise _not_one_of("'mt5', 'dxtrade'", value).at("platform")
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
    if count != 8:
        unknown = sorted(key for key in data if key not in _KEYS_TRADING_SERVERS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_trading_servers_request(obj: m.TradingServersRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"trading_servers": obj.trading_servers}
    value: Any
    value = obj.account_type
    if value is not None:
        data["account_type"] = value
    value = obj.environment
    if value is not None:
        data["environment"] = value
    value = obj.market_type
    if value is not None:
        data["market_type"] = value
    value = obj.platform
    if value is not None:
        data["platform"] = value
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


def structure_trading_servers_response(data: Any) -> m.TradingServersResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingServersResponse)
    count = len(data)
    value = data.get("trading_servers", _MISSING)
    if value is _MISSING:
        obj.trading_servers = None
        count += 1
    else:
        try:
            obj.trading_servers = _decode_list_of_TradingServersResponseTradingServersItem(value)
        except DecodeError as error:
            raise error.at("trading_servers") from None
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
    if value.__class__ is _STR and value in _ALLOWED_trading_servers:
        obj.msg_type = value
    else:
        raise _not_one_of("'trading_servers'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_TRADING_SERVERS_RESPONSE
        }
    return obj


def unstructure_trading_servers_response(obj: m.TradingServersResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.trading_servers
    if value is not None:
        data["trading_servers"] = [
            unstructure_trading_servers_response_trading_servers_item(item) for item in value
        ]
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_servers_response_trading_servers_item(
    data: Any,
) -> m.TradingServersResponseTradingServersItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingServersResponseTradingServersItem)
    count = len(data)
    value = data.get("account_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_demo_real:
        obj.account_type = value
    elif value is _MISSING:
        obj.account_type = None
        count += 1
    else:
        raise _not_one_of("'demo', 'real'", value).at("account_type")
    value = data.get("disabled", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.disabled = value
    elif value is _MISSING:
        obj.disabled = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("disabled")
    value = data.get("environment", _MISSING)
    if (
        value.__class__ is _STR
        and value in _ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_Deriv_Server_03
    ):
        obj.environment = value
    elif value is _MISSING:
        obj.environment = None
        count += 1
    else:
        raise _not_one_of(
            "'Deriv-Demo', 'Deriv-Server', 'Deriv-Server-02', 'Deriv-Server-03'", value
        ).at("environment")
    value = data.get("geolocation", _MISSING)
    if value is _MISSING:
        obj.geolocation = None
        count += 1
    else:
        try:
            obj.geolocation = structure_trading_servers_response_trading_servers_item_geolocation(
                value
            )
        except DecodeError as error:
            raise error.at("geolocation") from None
    value = data.get("id", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_p01_ts01_p01_ts02_p01_ts03_and_4_more:
        obj.id = value
    elif value is _MISSING:
        obj.id = None
        count += 1
    else:
        raise _not_one_of(
            "'p01_ts01', 'p01_ts02', 'p01_ts03', 'p01_ts04', 'p02_ts02', 'p03_ts01', 'p03_ts02'",
            value,
        ).at("id")
    value = data.get("market_type", _MISSING)
    if value.__class__ is str:
        obj.market_type = value
    elif value is _MISSING:
        obj.market_type = None
        count += 1
    else:
        raise _expected("a string", value).at("market_type")
    value = data.get("message_to_client", _MISSING)
    if value.__class__ is str:
        obj.message_to_client = value
    elif value is _MISSING:
        obj.message_to_client = None
        count += 1
    else:
        raise _expected("a string", value).at("message_to_client")
    value = data.get("recommended", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.recommended = value
    elif value is _MISSING:
        obj.recommended = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("recommended")
    value = data.get("supported_accounts", _MISSING)
    if value is _MISSING:
        obj.supported_accounts = None
        count += 1
    else:
        try:
            obj.supported_accounts = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("supported_accounts") from None
    if count == 9:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_TRADING_SERVERS_RESPONSE_TRADING_SERVERS_ITEM
        }
    return obj


def unstructure_trading_servers_response_trading_servers_item(
    obj: m.TradingServersResponseTradingServersItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.account_type
    if value is not None:
        data["account_type"] = value
    value = obj.disabled
    if value is not None:
        data["disabled"] = value
    value = obj.environment
    if value is not None:
        data["environment"] = value
    value = obj.geolocation
    if value is not None:
        data["geolocation"] = unstructure_trading_servers_response_trading_servers_item_geolocation(
            value
        )
    value = obj.id
    if value is not None:
        data["id"] = value
    value = obj.market_type
    if value is not None:
        data["market_type"] = value
    value = obj.message_to_client
    if value is not None:
        data["message_to_client"] = value
    value = obj.recommended
    if value is not None:
        data["recommended"] = value
    value = obj.supported_accounts
    if value is not None:
        data["supported_accounts"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_servers_response_trading_servers_item_geolocation(
    data: Any,
) -> m.TradingServersResponseTradingServersItemGeolocation:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingServersResponseTradingServersItemGeolocation)
    count = len(data)
    value = data.get("group", _MISSING)
    if value.__class__ is str:
        obj.group = value
    elif value is _MISSING:
        obj.group = None
        count += 1
    else:
        raise _expected("a string", value).at("group")
    value = data.get("location", _MISSING)
    if value.__class__ is str:
        obj.location = value
    elif value is _MISSING:
        obj.location = None
        count += 1
    else:
        raise _expected("a string", value).at("location")
    value = data.get("region", _MISSING)
    if value.__class__ is str:
        obj.region = value
    elif value is _MISSING:
        obj.region = None
        count += 1
    else:
        raise _expected("a string", value).at("region")
    value = data.get("sequence", _MISSING)
    if value.__class__ is int:
        obj.sequence = value
    elif value is _MISSING:
        obj.sequence = None
        count += 1
    else:
        raise _expected("an integer", value).at("sequence")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_TRADING_SERVERS_RESPONSE_TRADING_SERVERS_ITEM_GEOLOCATION
        }
    return obj


def unstructure_trading_servers_response_trading_servers_item_geolocation(
    obj: m.TradingServersResponseTradingServersItemGeolocation,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.group
    if value is not None:
        data["group"] = value
    value = obj.location
    if value is not None:
        data["location"] = value
    value = obj.region
    if value is not None:
        data["region"] = value
    value = obj.sequence
    if value is not None:
        data["sequence"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.TradingServersRequest: structure_trading_servers_request,
    m.TradingServersResponse: structure_trading_servers_response,
    m.TradingServersResponseTradingServersItem: structure_trading_servers_response_trading_servers_item,
    m.TradingServersResponseTradingServersItemGeolocation: structure_trading_servers_response_trading_servers_item_geolocation,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.TradingServersRequest: unstructure_trading_servers_request,
    m.TradingServersResponse: unstructure_trading_servers_response,
    m.TradingServersResponseTradingServersItem: unstructure_trading_servers_response_trading_servers_item,
    m.TradingServersResponseTradingServersItemGeolocation: unstructure_trading_servers_response_trading_servers_item_geolocation,
}
