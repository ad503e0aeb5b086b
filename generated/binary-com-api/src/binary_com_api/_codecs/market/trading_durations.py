"""Decoders and encoders of the models of the ``trading_durations`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_iom_malta_maltainvest_and_3_more = frozenset(
    {"iom", "malta", "maltainvest", "svg", "vanuatu", "virtual"}
)


_ALLOWED_trading_durations = frozenset({"trading_durations"})


_KEYS_TRADING_DURATIONS_REQUEST = frozenset(
    (
        "trading_durations",
        "landing_company",
        "landing_company_short",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_TRADING_DURATIONS_RESPONSE = frozenset(
    (
        "trading_durations",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM = frozenset(
    (
        "data",
        "market",
        "submarket",
    )
)


_KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_DATA_ITEM = frozenset(
    (
        "market",
        "submarket",
        "symbol",
        "trade_durations",
    )
)


_KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_DATA_ITEM_MARKET = frozenset(
    (
        "display_name",
        "name",
    )
)


_KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_DATA_ITEM_SUBMARKET = frozenset(
    (
        "display_name",
        "name",
    )
)


_KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_DATA_ITEM_SYMBOL_ITEM = frozenset(
    (
        "display_name",
        "name",
    )
)


_KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_DATA_ITEM_TRADE_DURATIONS_ITEM = frozenset(
    (
        "durations",
        "trade_type",
    )
)


_KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_DATA_ITEM_TRADE_DURATIONS_ITEM_DURATIONS_ITEM = frozenset(
    (
        "display_name",
        "max",
        "min",
        "name",
    )
)


_KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_DATA_ITEM_TRADE_DURATIONS_ITEM_TRADE_TYPE = frozenset(
    (
        "display_name",
        "name",
    )
)


_KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_MARKET = frozenset(
    (
        "display_name",
        "name",
    )
)


_KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_SUBMARKET = frozenset(
    (
        "display_name",
        "name",
    )
)


def _decode_list_of_TradingDurationsResponseTradingDurationsItem(
    value: Any,
) -> list[m.TradingDurationsResponseTradingDurationsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_trading_durations_response_trading_durations_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_trading_durations_response_trading_durations_item
        ) from None


def _decode_list_of_TradingDurationsResponseTradingDurationsItemDataItem(
    value: Any,
) -> list[m.TradingDurationsResponseTradingDurationsItemDataItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_trading_durations_response_trading_durations_item_data_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_trading_durations_response_trading_durations_item_data_item
        ) from None


def _decode_list_of_TradingDurationsResponseTradingDurationsItemDataItemSymbolItem(
    value: Any,
) -> list[m.TradingDurationsResponseTradingDurationsItemDataItemSymbolItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_trading_durations_response_trading_durations_item_data_item_symbol_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_trading_durations_response_trading_durations_item_data_item_symbol_item
        ) from None


def _decode_list_of_TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItem(
    value: Any,
) -> list[m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_trading_durations_response_trading_durations_item_data_item_trade_durations_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_trading_durations_response_trading_durations_item_data_item_trade_durations_item,
        ) from None


def _decode_list_of_TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemDurationsItem(
    value: Any,
) -> list[m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemDurationsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_trading_durations_response_trading_durations_item_data_item_trade_durations_item_durations_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_trading_durations_response_trading_durations_item_data_item_trade_durations_item_durations_item,
        ) from None


def structure_trading_durations_request(data: Any) -> m.TradingDurationsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingDurationsRequest)
    count = len(data)
    if count == 6:
        try:
            v_trading_durations = data["trading_durations"]
            v_landing_company = data["landing_company"]
            v_landing_company_short = data["landing_company_short"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_trading_durations.__class__ is _INT and v_trading_durations in _ALLOWED_1)
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
                obj.trading_durations = v_trading_durations
                obj.landing_company = v_landing_company
                obj.landing_company_short = v_landing_company_short
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["trading_durations"]
    except KeyError:
        raise DecodeError("required field is missing", ("trading_durations",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.trading_durations = value
    else:
        raise _not_one_of("1", value).at("trading_durations")
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
        unknown = sorted(key for key in data if key not in _KEYS_TRADING_DURATIONS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_trading_durations_request(obj: m.TradingDurationsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"trading_durations": obj.trading_durations}
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


def structure_trading_durations_response(data: Any) -> m.TradingDurationsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingDurationsResponse)
    count = len(data)
    if count == 4:
        try:
            v_trading_durations = data["trading_durations"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_trading_durations)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.trading_durations = (
                        _decode_list_of_TradingDurationsResponseTradingDurationsItem(
                            v_trading_durations
                        )
                    )
                except DecodeError as error:
                    raise error.at("trading_durations") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "trading_durations" not in data:
        obj.trading_durations = None
        count += 1
    else:
        value = data["trading_durations"]
        try:
            obj.trading_durations = _decode_list_of_TradingDurationsResponseTradingDurationsItem(
                value
            )
        except DecodeError as error:
            raise error.at("trading_durations") from None
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
    if value.__class__ is _STR and value in _ALLOWED_trading_durations:
        obj.msg_type = value
    else:
        raise _not_one_of("'trading_durations'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_TRADING_DURATIONS_RESPONSE
        }
    return obj


def unstructure_trading_durations_response(obj: m.TradingDurationsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.trading_durations
    if value is not None:
        data["trading_durations"] = [
            unstructure_trading_durations_response_trading_durations_item(item) for item in value
        ]
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_durations_response_trading_durations_item(
    data: Any,
) -> m.TradingDurationsResponseTradingDurationsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingDurationsResponseTradingDurationsItem)
    count = len(data)
    if count == 3:
        try:
            v_data = data["data"]
            v_market = data["market"]
            v_submarket = data["submarket"]
        except KeyError:
            pass
        else:
            try:
                obj.data = _decode_list_of_TradingDurationsResponseTradingDurationsItemDataItem(
                    v_data
                )
            except DecodeError as error:
                raise error.at("data") from None
            try:
                obj.market = structure_trading_durations_response_trading_durations_item_market(
                    v_market
                )
            except DecodeError as error:
                raise error.at("market") from None
            try:
                obj.submarket = (
                    structure_trading_durations_response_trading_durations_item_submarket(
                        v_submarket
                    )
                )
            except DecodeError as error:
                raise error.at("submarket") from None
            obj.extra_fields = {}
            return obj
    if "data" not in data:
        obj.data = None
        count += 1
    else:
        value = data["data"]
        try:
            obj.data = _decode_list_of_TradingDurationsResponseTradingDurationsItemDataItem(value)
        except DecodeError as error:
            raise error.at("data") from None
    if "market" not in data:
        obj.market = None
        count += 1
    else:
        value = data["market"]
        try:
            obj.market = structure_trading_durations_response_trading_durations_item_market(value)
        except DecodeError as error:
            raise error.at("market") from None
    if "submarket" not in data:
        obj.submarket = None
        count += 1
    else:
        value = data["submarket"]
        try:
            obj.submarket = structure_trading_durations_response_trading_durations_item_submarket(
                value
            )
        except DecodeError as error:
            raise error.at("submarket") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM
        }
    return obj


def unstructure_trading_durations_response_trading_durations_item(
    obj: m.TradingDurationsResponseTradingDurationsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.data
    if value is not None:
        data["data"] = [
            unstructure_trading_durations_response_trading_durations_item_data_item(item)
            for item in value
        ]
    value = obj.market
    if value is not None:
        data["market"] = unstructure_trading_durations_response_trading_durations_item_market(value)
    value = obj.submarket
    if value is not None:
        data["submarket"] = unstructure_trading_durations_response_trading_durations_item_submarket(
            value
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_durations_response_trading_durations_item_data_item(
    data: Any,
) -> m.TradingDurationsResponseTradingDurationsItemDataItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingDurationsResponseTradingDurationsItemDataItem)
    count = len(data)
    if count == 4:
        try:
            v_market = data["market"]
            v_submarket = data["submarket"]
            v_symbol = data["symbol"]
            v_trade_durations = data["trade_durations"]
        except KeyError:
            pass
        else:
            try:
                obj.market = (
                    structure_trading_durations_response_trading_durations_item_data_item_market(
                        v_market
                    )
                )
            except DecodeError as error:
                raise error.at("market") from None
            try:
                obj.submarket = (
                    structure_trading_durations_response_trading_durations_item_data_item_submarket(
                        v_submarket
                    )
                )
            except DecodeError as error:
                raise error.at("submarket") from None
            try:
                obj.symbol = (
                    _decode_list_of_TradingDurationsResponseTradingDurationsItemDataItemSymbolItem(
                        v_symbol
                    )
                )
            except DecodeError as error:
                raise error.at("symbol") from None
            try:
                obj.trade_durations = _decode_list_of_TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItem(
                    v_trade_durations
                )
            except DecodeError as error:
                raise error.at("trade_durations") from None
            obj.extra_fields = {}
            return obj
    if "market" not in data:
        obj.market = None
        count += 1
    else:
        value = data["market"]
        try:
            obj.market = (
                structure_trading_durations_response_trading_durations_item_data_item_market(value)
            )
        except DecodeError as error:
            raise error.at("market") from None
    if "submarket" not in data:
        obj.submarket = None
        count += 1
    else:
        value = data["submarket"]
        try:
            obj.submarket = (
                structure_trading_durations_response_trading_durations_item_data_item_submarket(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("submarket") from None
    if "symbol" not in data:
        obj.symbol = None
        count += 1
    else:
        value = data["symbol"]
        try:
            obj.symbol = (
                _decode_list_of_TradingDurationsResponseTradingDurationsItemDataItemSymbolItem(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("symbol") from None
    if "trade_durations" not in data:
        obj.trade_durations = None
        count += 1
    else:
        value = data["trade_durations"]
        try:
            obj.trade_durations = _decode_list_of_TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItem(
                value
            )
        except DecodeError as error:
            raise error.at("trade_durations") from None
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_DATA_ITEM
        }
    return obj


def unstructure_trading_durations_response_trading_durations_item_data_item(
    obj: m.TradingDurationsResponseTradingDurationsItemDataItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.market
    if value is not None:
        data["market"] = (
            unstructure_trading_durations_response_trading_durations_item_data_item_market(value)
        )
    value = obj.submarket
    if value is not None:
        data["submarket"] = (
            unstructure_trading_durations_response_trading_durations_item_data_item_submarket(value)
        )
    value = obj.symbol
    if value is not None:
        data["symbol"] = [
            unstructure_trading_durations_response_trading_durations_item_data_item_symbol_item(
                item
            )
            for item in value
        ]
    value = obj.trade_durations
    if value is not None:
        data["trade_durations"] = [
            unstructure_trading_durations_response_trading_durations_item_data_item_trade_durations_item(
                item
            )
            for item in value
        ]
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_durations_response_trading_durations_item_data_item_market(
    data: Any,
) -> m.TradingDurationsResponseTradingDurationsItemDataItemMarket:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingDurationsResponseTradingDurationsItemDataItemMarket)
    count = len(data)
    if count == 2:
        try:
            v_display_name = data["display_name"]
            v_name = data["name"]
        except KeyError:
            pass
        else:
            if (v_display_name.__class__ is str) and (v_name.__class__ is str):
                obj.display_name = v_display_name
                obj.name = v_name
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_DATA_ITEM_MARKET
        }
    return obj


def unstructure_trading_durations_response_trading_durations_item_data_item_market(
    obj: m.TradingDurationsResponseTradingDurationsItemDataItemMarket,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.name
    if value is not None:
        data["name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_durations_response_trading_durations_item_data_item_submarket(
    data: Any,
) -> m.TradingDurationsResponseTradingDurationsItemDataItemSubmarket:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingDurationsResponseTradingDurationsItemDataItemSubmarket)
    count = len(data)
    if count == 2:
        try:
            v_display_name = data["display_name"]
            v_name = data["name"]
        except KeyError:
            pass
        else:
            if (v_display_name.__class__ is str) and (v_name.__class__ is str):
                obj.display_name = v_display_name
                obj.name = v_name
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_DATA_ITEM_SUBMARKET
        }
    return obj


def unstructure_trading_durations_response_trading_durations_item_data_item_submarket(
    obj: m.TradingDurationsResponseTradingDurationsItemDataItemSubmarket,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.name
    if value is not None:
        data["name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_durations_response_trading_durations_item_data_item_symbol_item(
    data: Any,
) -> m.TradingDurationsResponseTradingDurationsItemDataItemSymbolItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingDurationsResponseTradingDurationsItemDataItemSymbolItem)
    count = len(data)
    if count == 2:
        try:
            v_display_name = data["display_name"]
            v_name = data["name"]
        except KeyError:
            pass
        else:
            if (v_display_name.__class__ is str) and (v_name.__class__ is str):
                obj.display_name = v_display_name
                obj.name = v_name
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_DATA_ITEM_SYMBOL_ITEM
        }
    return obj


def unstructure_trading_durations_response_trading_durations_item_data_item_symbol_item(
    obj: m.TradingDurationsResponseTradingDurationsItemDataItemSymbolItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.name
    if value is not None:
        data["name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_durations_response_trading_durations_item_data_item_trade_durations_item(
    data: Any,
) -> m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItem)
    count = len(data)
    if count == 2:
        try:
            v_durations = data["durations"]
            v_trade_type = data["trade_type"]
        except KeyError:
            pass
        else:
            try:
                obj.durations = _decode_list_of_TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemDurationsItem(
                    v_durations
                )
            except DecodeError as error:
                raise error.at("durations") from None
            try:
                obj.trade_type = structure_trading_durations_response_trading_durations_item_data_item_trade_durations_item_trade_type(
                    v_trade_type
                )
            except DecodeError as error:
                raise error.at("trade_type") from None
            obj.extra_fields = {}
            return obj
    if "durations" not in data:
        obj.durations = None
        count += 1
    else:
        value = data["durations"]
        try:
            obj.durations = _decode_list_of_TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemDurationsItem(
                value
            )
        except DecodeError as error:
            raise error.at("durations") from None
    if "trade_type" not in data:
        obj.trade_type = None
        count += 1
    else:
        value = data["trade_type"]
        try:
            obj.trade_type = structure_trading_durations_response_trading_durations_item_data_item_trade_durations_item_trade_type(
                value
            )
        except DecodeError as error:
            raise error.at("trade_type") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_DATA_ITEM_TRADE_DURATIONS_ITEM
        }
    return obj


def unstructure_trading_durations_response_trading_durations_item_data_item_trade_durations_item(
    obj: m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.durations
    if value is not None:
        data["durations"] = [
            unstructure_trading_durations_response_trading_durations_item_data_item_trade_durations_item_durations_item(
                item
            )
            for item in value
        ]
    value = obj.trade_type
    if value is not None:
        data["trade_type"] = (
            unstructure_trading_durations_response_trading_durations_item_data_item_trade_durations_item_trade_type(
                value
            )
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_durations_response_trading_durations_item_data_item_trade_durations_item_durations_item(
    data: Any,
) -> m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemDurationsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemDurationsItem
    )
    count = len(data)
    if count == 4:
        try:
            v_display_name = data["display_name"]
            v_max = data["max"]
            v_min = data["min"]
            v_name = data["name"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_max.__class__ is int)
                and (v_min.__class__ is int)
                and (v_name.__class__ is str)
            ):
                obj.display_name = v_display_name
                obj.max = v_max
                obj.min = v_min
                obj.name = v_name
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "max" not in data:
        obj.max = None
        count += 1
    elif (value := data["max"]).__class__ is int:
        obj.max = value
    else:
        raise _expected("an integer", value).at("max")
    if "min" not in data:
        obj.min = None
        count += 1
    elif (value := data["min"]).__class__ is int:
        obj.min = value
    else:
        raise _expected("an integer", value).at("min")
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_DATA_ITEM_TRADE_DURATIONS_ITEM_DURATIONS_ITEM
        }
    return obj


def unstructure_trading_durations_response_trading_durations_item_data_item_trade_durations_item_durations_item(
    obj: m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemDurationsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.max
    if value is not None:
        data["max"] = value
    value = obj.min
    if value is not None:
        data["min"] = value
    value = obj.name
    if value is not None:
        data["name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_durations_response_trading_durations_item_data_item_trade_durations_item_trade_type(
    data: Any,
) -> m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemTradeType:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemTradeType)
    count = len(data)
    if count == 2:
        try:
            v_display_name = data["display_name"]
            v_name = data["name"]
        except KeyError:
            pass
        else:
            if (v_display_name.__class__ is str) and (v_name.__class__ is str):
                obj.display_name = v_display_name
                obj.name = v_name
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_DATA_ITEM_TRADE_DURATIONS_ITEM_TRADE_TYPE
        }
    return obj


def unstructure_trading_durations_response_trading_durations_item_data_item_trade_durations_item_trade_type(
    obj: m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemTradeType,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.name
    if value is not None:
        data["name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_durations_response_trading_durations_item_market(
    data: Any,
) -> m.TradingDurationsResponseTradingDurationsItemMarket:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingDurationsResponseTradingDurationsItemMarket)
    count = len(data)
    if count == 2:
        try:
            v_display_name = data["display_name"]
            v_name = data["name"]
        except KeyError:
            pass
        else:
            if (v_display_name.__class__ is str) and (v_name.__class__ is str):
                obj.display_name = v_display_name
                obj.name = v_name
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_MARKET
        }
    return obj


def unstructure_trading_durations_response_trading_durations_item_market(
    obj: m.TradingDurationsResponseTradingDurationsItemMarket,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.name
    if value is not None:
        data["name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_durations_response_trading_durations_item_submarket(
    data: Any,
) -> m.TradingDurationsResponseTradingDurationsItemSubmarket:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingDurationsResponseTradingDurationsItemSubmarket)
    count = len(data)
    if count == 2:
        try:
            v_display_name = data["display_name"]
            v_name = data["name"]
        except KeyError:
            pass
        else:
            if (v_display_name.__class__ is str) and (v_name.__class__ is str):
                obj.display_name = v_display_name
                obj.name = v_name
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_TRADING_DURATIONS_RESPONSE_TRADING_DURATIONS_ITEM_SUBMARKET
        }
    return obj


def unstructure_trading_durations_response_trading_durations_item_submarket(
    obj: m.TradingDurationsResponseTradingDurationsItemSubmarket,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.name
    if value is not None:
        data["name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.TradingDurationsRequest: structure_trading_durations_request,
    m.TradingDurationsResponse: structure_trading_durations_response,
    m.TradingDurationsResponseTradingDurationsItem: structure_trading_durations_response_trading_durations_item,
    m.TradingDurationsResponseTradingDurationsItemDataItem: structure_trading_durations_response_trading_durations_item_data_item,
    m.TradingDurationsResponseTradingDurationsItemDataItemMarket: structure_trading_durations_response_trading_durations_item_data_item_market,
    m.TradingDurationsResponseTradingDurationsItemDataItemSubmarket: structure_trading_durations_response_trading_durations_item_data_item_submarket,
    m.TradingDurationsResponseTradingDurationsItemDataItemSymbolItem: structure_trading_durations_response_trading_durations_item_data_item_symbol_item,
    m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItem: structure_trading_durations_response_trading_durations_item_data_item_trade_durations_item,
    m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemDurationsItem: structure_trading_durations_response_trading_durations_item_data_item_trade_durations_item_durations_item,
    m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemTradeType: structure_trading_durations_response_trading_durations_item_data_item_trade_durations_item_trade_type,
    m.TradingDurationsResponseTradingDurationsItemMarket: structure_trading_durations_response_trading_durations_item_market,
    m.TradingDurationsResponseTradingDurationsItemSubmarket: structure_trading_durations_response_trading_durations_item_submarket,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.TradingDurationsRequest: unstructure_trading_durations_request,
    m.TradingDurationsResponse: unstructure_trading_durations_response,
    m.TradingDurationsResponseTradingDurationsItem: unstructure_trading_durations_response_trading_durations_item,
    m.TradingDurationsResponseTradingDurationsItemDataItem: unstructure_trading_durations_response_trading_durations_item_data_item,
    m.TradingDurationsResponseTradingDurationsItemDataItemMarket: unstructure_trading_durations_response_trading_durations_item_data_item_market,
    m.TradingDurationsResponseTradingDurationsItemDataItemSubmarket: unstructure_trading_durations_response_trading_durations_item_data_item_submarket,
    m.TradingDurationsResponseTradingDurationsItemDataItemSymbolItem: unstructure_trading_durations_response_trading_durations_item_data_item_symbol_item,
    m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItem: unstructure_trading_durations_response_trading_durations_item_data_item_trade_durations_item,
    m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemDurationsItem: unstructure_trading_durations_response_trading_durations_item_data_item_trade_durations_item_durations_item,
    m.TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemTradeType: unstructure_trading_durations_response_trading_durations_item_data_item_trade_durations_item_trade_type,
    m.TradingDurationsResponseTradingDurationsItemMarket: unstructure_trading_durations_response_trading_durations_item_market,
    m.TradingDurationsResponseTradingDurationsItemSubmarket: unstructure_trading_durations_response_trading_durations_item_submarket,
}
