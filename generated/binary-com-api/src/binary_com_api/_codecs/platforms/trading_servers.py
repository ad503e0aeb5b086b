"""Decoders and encoders of the models of the ``trading_servers`` call (platforms group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
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
    if count == 8:
        try:
            v_trading_servers = data["trading_servers"]
            v_account_type = data["account_type"]
            v_environment = data["environment"]
            v_market_type = data["market_type"]
            v_platform = data["platform"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_trading_servers.__class__ is _INT and v_trading_servers in _ALLOWED_1)
                and (v_account_type.__class__ is _STR and v_account_type in _ALLOWED_demo_real)
                and (
                    v_environment.__class__ is _STR
                    and v_environment in _ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_and_2_more
                )
                and (
                    v_market_type.__class__ is _STR
                    and v_market_type in _ALLOWED_all_financial_synthetic
                )
                and (v_platform.__class__ is _STR and v_platform in _ALLOWED_dxtrade_mt5)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.trading_servers = v_trading_servers
                obj.account_type = v_account_type
                obj.environment = v_environment
                obj.market_type = v_market_type
                obj.platform = v_platform
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["trading_servers"]
    except KeyError:
        raise DecodeError("required field is missing", ("trading_servers",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.trading_servers = value
    else:
        raise _not_one_of("1", value).at("trading_servers")
    if "account_type" not in data:
        obj.account_type = None
        count += 1
    elif (value := data["account_type"]).__class__ is _STR and value in _ALLOWED_demo_real:
        obj.account_type = value
    else:
        raise _not_one_of("'demo', 'real'", value).at("account_type")
    if "environment" not in data:
        obj.environment = None
        count += 1
    elif (
        value := data["environment"]
    ).__class__ is _STR and value in _ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_and_2_more:
        obj.environment = value
    else:
        raise _not_one_of(
            "'all', 'Deriv-Demo', 'Deriv-Server', 'Deriv-Server-02', 'Deriv-Server-03'", value
        ).at("environment")
    if "market_type" not in data:
        obj.market_type = None
        count += 1
    elif (
        value := data["market_type"]
    ).__class__ is _STR and value in _ALLOWED_all_financial_synthetic:
        obj.market_type = value
    else:
        raise _not_one_of("'all', 'financial', 'synthetic'", value).at("market_type")
    if "platform" not in data:
        obj.platform = None
        count += 1
    elif (value := data["platform"]).__class__ is _STR and value in _ALLOWED_dxtrade_mt5:
        obj.platform = value
    else:
        raise _not_one_of("'mt5', 'dxtrade'", value).at("platform")
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
    if count == 4:
        try:
            v_trading_servers = data["trading_servers"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_trading_servers)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.trading_servers = _decode_list_of_TradingServersResponseTradingServersItem(
                        v_trading_servers
                    )
                except DecodeError as error:
                    raise error.at("trading_servers") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "trading_servers" not in data:
        obj.trading_servers = None
        count += 1
    else:
        value = data["trading_servers"]
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
    if count == 9:
        try:
            v_account_type = data["account_type"]
            v_disabled = data["disabled"]
            v_environment = data["environment"]
            v_geolocation = data["geolocation"]
            v_id = data["id"]
            v_market_type = data["market_type"]
            v_message_to_client = data["message_to_client"]
            v_recommended = data["recommended"]
            v_supported_accounts = data["supported_accounts"]
        except KeyError:
            pass
        else:
            if (
                (v_account_type.__class__ is _STR and v_account_type in _ALLOWED_demo_real)
                and (v_disabled.__class__ is _INT and v_disabled in _ALLOWED_0_1)
                and (
                    v_environment.__class__ is _STR
                    and v_environment
                    in _ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_Deriv_Server_03
                )
                and (
                    v_id.__class__ is _STR
                    and v_id in _ALLOWED_p01_ts01_p01_ts02_p01_ts03_and_4_more
                )
                and (v_market_type.__class__ is str)
                and (v_message_to_client.__class__ is str)
                and (v_recommended.__class__ is _INT and v_recommended in _ALLOWED_0_1)
            ):
                obj.account_type = v_account_type
                obj.disabled = v_disabled
                obj.environment = v_environment
                try:
                    obj.geolocation = (
                        structure_trading_servers_response_trading_servers_item_geolocation(
                            v_geolocation
                        )
                    )
                except DecodeError as error:
                    raise error.at("geolocation") from None
                obj.id = v_id
                obj.market_type = v_market_type
                obj.message_to_client = v_message_to_client
                obj.recommended = v_recommended
                try:
                    obj.supported_accounts = _decode_list_of_str(v_supported_accounts)
                except DecodeError as error:
                    raise error.at("supported_accounts") from None
                obj.extra_fields = {}
                return obj
    if "account_type" not in data:
        obj.account_type = None
        count += 1
    elif (value := data["account_type"]).__class__ is _STR and value in _ALLOWED_demo_real:
        obj.account_type = value
    else:
        raise _not_one_of("'demo', 'real'", value).at("account_type")
    if "disabled" not in data:
        obj.disabled = None
        count += 1
    elif (value := data["disabled"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.disabled = value
    else:
        raise _not_one_of("0, 1", value).at("disabled")
    if "environment" not in data:
        obj.environment = None
        count += 1
    elif (
        (value := data["environment"]).__class__ is _STR
        and value in _ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_Deriv_Server_03
    ):
        obj.environment = value
    else:
        raise _not_one_of(
            "'Deriv-Demo', 'Deriv-Server', 'Deriv-Server-02', 'Deriv-Server-03'", value
        ).at("environment")
    if "geolocation" not in data:
        obj.geolocation = None
        count += 1
    else:
        value = data["geolocation"]
        try:
            obj.geolocation = structure_trading_servers_response_trading_servers_item_geolocation(
                value
            )
        except DecodeError as error:
            raise error.at("geolocation") from None
    if "id" not in data:
        obj.id = None
        count += 1
    elif (
        value := data["id"]
    ).__class__ is _STR and value in _ALLOWED_p01_ts01_p01_ts02_p01_ts03_and_4_more:
        obj.id = value
    else:
        raise _not_one_of(
            "'p01_ts01', 'p01_ts02', 'p01_ts03', 'p01_ts04', 'p02_ts02', 'p03_ts01', 'p03_ts02'",
            value,
        ).at("id")
    if "market_type" not in data:
        obj.market_type = None
        count += 1
    elif (value := data["market_type"]).__class__ is str:
        obj.market_type = value
    else:
        raise _expected("a string", value).at("market_type")
    if "message_to_client" not in data:
        obj.message_to_client = None
        count += 1
    elif (value := data["message_to_client"]).__class__ is str:
        obj.message_to_client = value
    else:
        raise _expected("a string", value).at("message_to_client")
    if "recommended" not in data:
        obj.recommended = None
        count += 1
    elif (value := data["recommended"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.recommended = value
    else:
        raise _not_one_of("0, 1", value).at("recommended")
    if "supported_accounts" not in data:
        obj.supported_accounts = None
        count += 1
    else:
        value = data["supported_accounts"]
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
    if count == 4:
        try:
            v_group = data["group"]
            v_location = data["location"]
            v_region = data["region"]
            v_sequence = data["sequence"]
        except KeyError:
            pass
        else:
            if (
                (v_group.__class__ is str)
                and (v_location.__class__ is str)
                and (v_region.__class__ is str)
                and (v_sequence.__class__ is int)
            ):
                obj.group = v_group
                obj.location = v_location
                obj.region = v_region
                obj.sequence = v_sequence
                obj.extra_fields = {}
                return obj
    if "group" not in data:
        obj.group = None
        count += 1
    elif (value := data["group"]).__class__ is str:
        obj.group = value
    else:
        raise _expected("a string", value).at("group")
    if "location" not in data:
        obj.location = None
        count += 1
    elif (value := data["location"]).__class__ is str:
        obj.location = value
    else:
        raise _expected("a string", value).at("location")
    if "region" not in data:
        obj.region = None
        count += 1
    elif (value := data["region"]).__class__ is str:
        obj.region = value
    else:
        raise _expected("a string", value).at("region")
    if "sequence" not in data:
        obj.sequence = None
        count += 1
    elif (value := data["sequence"]).__class__ is int:
        obj.sequence = value
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
