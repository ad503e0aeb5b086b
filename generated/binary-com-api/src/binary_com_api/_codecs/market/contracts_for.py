"""Decoders and encoders of the models of the ``contracts_for`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _MISSING, _STR, _expected, _locate_item_error, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_basic = frozenset({"basic"})


_ALLOWED_contracts_for = frozenset({"contracts_for"})


_ALLOWED_iom_malta_maltainvest_and_3_more = frozenset(
    {"iom", "malta", "maltainvest", "svg", "vanuatu", "virtual"}
)


_KEYS_CONTRACTS_FOR_REQUEST = frozenset(
    (
        "contracts_for",
        "currency",
        "landing_company",
        "landing_company_short",
        "product_type",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_CONTRACTS_FOR_RESPONSE = frozenset(
    (
        "contracts_for",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_CONTRACTS_FOR_RESPONSE_CONTRACTS_FOR = frozenset(
    (
        "available",
        "close",
        "feed_license",
        "hit_count",
        "non_available",
        "open",
        "spot",
    )
)


_KEYS_CONTRACTS_FOR_RESPONSE_CONTRACTS_FOR_AVAILABLE_ITEM = frozenset(
    (
        "available_barriers",
        "barrier",
        "barrier_category",
        "barrier_choices",
        "barriers",
        "cancellation_range",
        "contract_category",
        "contract_category_display",
        "contract_display",
        "contract_type",
        "default_stake",
        "display_number_of_contracts",
        "duration_choices",
        "exchange_name",
        "expired_barriers",
        "expiry_type",
        "forward_starting_options",
        "growth_rate_range",
        "high_barrier",
        "last_digit_range",
        "low_barrier",
        "market",
        "max_contract_duration",
        "max_stake",
        "min_contract_duration",
        "min_stake",
        "multiplier_range",
        "payout_choices",
        "payout_limit",
        "sentiment",
        "start_type",
        "submarket",
        "trade_risk_profile_choices",
        "trading_period",
        "underlying_symbol",
    )
)


_KEYS_CONTRACTS_FOR_RESPONSE_CONTRACTS_FOR_AVAILABLE_ITEM_FORWARD_STARTING_OPTIONS_ITEM = frozenset(
    (
        "blackouts",
        "close",
        "date",
        "open",
    )
)


def _decode_list_of_ContractsForResponseContractsForAvailableItem(
    value: Any,
) -> list[m.ContractsForResponseContractsForAvailableItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_contracts_for_response_contracts_for_available_item(item) for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_contracts_for_response_contracts_for_available_item
        ) from None


def _decode_list_of_ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem(
    value: Any,
) -> list[m.ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_contracts_for_response_contracts_for_available_item_forward_starting_options_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_contracts_for_response_contracts_for_available_item_forward_starting_options_item,
        ) from None


def _decode_list_of_int(value: Any) -> list[int]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not int:
                raise _expected("an integer", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[int] = value
    return result


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


def structure_contracts_for_request(data: Any) -> m.ContractsForRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractsForRequest)
    count = len(data)
    try:
        value = data["contracts_for"]
    except KeyError:
        raise DecodeError("required field is missing", ("contracts_for",)) from None
    if value.__class__ is str:
        obj.contracts_for = value
    else:
        raise _expected("a string", value).at("contracts_for")
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
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
    value = data.get("product_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_basic:
        obj.product_type = value
    elif value is _MISSING:
        obj.product_type = None
        count += 1
    else:
        raise _not_one_of("'basic'", value).at("product_type")
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
        unknown = sorted(key for key in data if key not in _KEYS_CONTRACTS_FOR_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_contracts_for_request(obj: m.ContractsForRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"contracts_for": obj.contracts_for}
    value: Any
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.landing_company
    if value is not None:
        data["landing_company"] = value
    value = obj.landing_company_short
    if value is not None:
        data["landing_company_short"] = value
    value = obj.product_type
    if value is not None:
        data["product_type"] = value
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


def structure_contracts_for_response(data: Any) -> m.ContractsForResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractsForResponse)
    count = len(data)
    value = data.get("contracts_for", _MISSING)
    if value is _MISSING:
        obj.contracts_for = None
        count += 1
    else:
        try:
            obj.contracts_for = structure_contracts_for_response_contracts_for(value)
        except DecodeError as error:
            raise error.at("contracts_for") from None
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
    if value.__class__ is _STR and value in _ALLOWED_contracts_for:
        obj.msg_type = value
    else:
        raise _not_one_of("'contracts_for'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_CONTRACTS_FOR_RESPONSE}
    return obj


def unstructure_contracts_for_response(obj: m.ContractsForResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.contracts_for
    if value is not None:
        data["contracts_for"] = unstructure_contracts_for_response_contracts_for(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_contracts_for_response_contracts_for(data: Any) -> m.ContractsForResponseContractsFor:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractsForResponseContractsFor)
    count = len(data)
    try:
        value = data["available"]
    except KeyError:
        raise DecodeError("required field is missing", ("available",)) from None
    try:
        obj.available = _decode_list_of_ContractsForResponseContractsForAvailableItem(value)
    except DecodeError as error:
        raise error.at("available") from None
    value = data.get("close", _MISSING)
    if value is None or (value.__class__ is int):
        obj.close = value
    elif value is _MISSING:
        obj.close = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("close")
    value = data.get("feed_license", _MISSING)
    if value.__class__ is str:
        obj.feed_license = value
    elif value is _MISSING:
        obj.feed_license = None
        count += 1
    else:
        raise _expected("a string", value).at("feed_license")
    value = data.get("hit_count", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.hit_count = value
    elif value is _MISSING:
        obj.hit_count = None
        count += 1
    else:
        raise _expected("a number", value).at("hit_count")
    value = data.get("non_available", _MISSING)
    if value.__class__ is list:
        obj.non_available = value
    elif value is _MISSING:
        obj.non_available = None
        count += 1
    else:
        raise _expected("an array", value).at("non_available")
    value = data.get("open", _MISSING)
    if value is None or (value.__class__ is int):
        obj.open = value
    elif value is _MISSING:
        obj.open = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("open")
    value = data.get("spot", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.spot = value
    elif value is _MISSING:
        obj.spot = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("spot")
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_CONTRACTS_FOR_RESPONSE_CONTRACTS_FOR
        }
    return obj


def unstructure_contracts_for_response_contracts_for(
    obj: m.ContractsForResponseContractsFor,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "available": [
            unstructure_contracts_for_response_contracts_for_available_item(item)
            for item in obj.available
        ]
    }
    value: Any
    value = obj.close
    if value is not UNSET:
        data["close"] = value
    value = obj.feed_license
    if value is not None:
        data["feed_license"] = value
    value = obj.hit_count
    if value is not None:
        data["hit_count"] = value
    value = obj.non_available
    if value is not None:
        data["non_available"] = value
    value = obj.open
    if value is not UNSET:
        data["open"] = value
    value = obj.spot
    if value is not UNSET:
        data["spot"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_contracts_for_response_contracts_for_available_item(
    data: Any,
) -> m.ContractsForResponseContractsForAvailableItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractsForResponseContractsForAvailableItem)
    count = len(data)
    value = data.get("available_barriers", _MISSING)
    if value.__class__ is list:
        obj.available_barriers = value
    elif value is _MISSING:
        obj.available_barriers = None
        count += 1
    else:
        raise _expected("an array", value).at("available_barriers")
    value = data.get("barrier", _MISSING)
    if value is None or (value.__class__ is str):
        obj.barrier = value
    elif value is _MISSING:
        obj.barrier = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("barrier")
    try:
        value = data["barrier_category"]
    except KeyError:
        raise DecodeError("required field is missing", ("barrier_category",)) from None
    if value.__class__ is str:
        obj.barrier_category = value
    else:
        raise _expected("a string", value).at("barrier_category")
    value = data.get("barrier_choices", _MISSING)
    if value.__class__ is list:
        obj.barrier_choices = value
    elif value is _MISSING:
        obj.barrier_choices = None
        count += 1
    else:
        raise _expected("an array", value).at("barrier_choices")
    try:
        value = data["barriers"]
    except KeyError:
        raise DecodeError("required field is missing", ("barriers",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.barriers = value
    else:
        raise _expected("a number", value).at("barriers")
    value = data.get("cancellation_range", _MISSING)
    if value.__class__ is list:
        obj.cancellation_range = value
    elif value is _MISSING:
        obj.cancellation_range = None
        count += 1
    else:
        raise _expected("an array", value).at("cancellation_range")
    try:
        value = data["contract_category"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_category",)) from None
    if value.__class__ is str:
        obj.contract_category = value
    else:
        raise _expected("a string", value).at("contract_category")
    try:
        value = data["contract_category_display"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_category_display",)) from None
    if value.__class__ is str:
        obj.contract_category_display = value
    else:
        raise _expected("a string", value).at("contract_category_display")
    value = data.get("contract_display", _MISSING)
    if value.__class__ is str:
        obj.contract_display = value
    elif value is _MISSING:
        obj.contract_display = None
        count += 1
    else:
        raise _expected("a string", value).at("contract_display")
    try:
        value = data["contract_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_type",)) from None
    if value.__class__ is str:
        obj.contract_type = value
    else:
        raise _expected("a string", value).at("contract_type")
    value = data.get("default_stake", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.default_stake = value
    elif value is _MISSING:
        obj.default_stake = None
        count += 1
    else:
        raise _expected("a number", value).at("default_stake")
    value = data.get("display_number_of_contracts", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.display_number_of_contracts = value
    elif value is _MISSING:
        obj.display_number_of_contracts = None
        count += 1
    else:
        raise _expected("a number", value).at("display_number_of_contracts")
    value = data.get("duration_choices", _MISSING)
    if value is _MISSING:
        obj.duration_choices = None
        count += 1
    else:
        try:
            obj.duration_choices = _decode_list_of_int(value)
        except DecodeError as error:
            raise error.at("duration_choices") from None
    try:
        value = data["exchange_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("exchange_name",)) from None
    if value.__class__ is str:
        obj.exchange_name = value
    else:
        raise _expected("a string", value).at("exchange_name")
    value = data.get("expired_barriers", _MISSING)
    if value.__class__ is list:
        obj.expired_barriers = value
    elif value is _MISSING:
        obj.expired_barriers = None
        count += 1
    else:
        raise _expected("an array", value).at("expired_barriers")
    try:
        value = data["expiry_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("expiry_type",)) from None
    if value.__class__ is str:
        obj.expiry_type = value
    else:
        raise _expected("a string", value).at("expiry_type")
    value = data.get("forward_starting_options", _MISSING)
    if value is _MISSING:
        obj.forward_starting_options = None
        count += 1
    else:
        try:
            obj.forward_starting_options = _decode_list_of_ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem(
                value
            )
        except DecodeError as error:
            raise error.at("forward_starting_options") from None
    value = data.get("growth_rate_range", _MISSING)
    if value.__class__ is list:
        obj.growth_rate_range = value
    elif value is _MISSING:
        obj.growth_rate_range = None
        count += 1
    else:
        raise _expected("an array", value).at("growth_rate_range")
    value = data.get("high_barrier", _MISSING)
    if value is None or (value.__class__ is str):
        obj.high_barrier = value
    elif value is _MISSING:
        obj.high_barrier = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("high_barrier")
    value = data.get("last_digit_range", _MISSING)
    if value.__class__ is list:
        obj.last_digit_range = value
    elif value is _MISSING:
        obj.last_digit_range = None
        count += 1
    else:
        raise _expected("an array", value).at("last_digit_range")
    value = data.get("low_barrier", _MISSING)
    if value is None or (value.__class__ is str):
        obj.low_barrier = value
    elif value is _MISSING:
        obj.low_barrier = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("low_barrier")
    try:
        value = data["market"]
    except KeyError:
        raise DecodeError("required field is missing", ("market",)) from None
    if value.__class__ is str:
        obj.market = value
    else:
        raise _expected("a string", value).at("market")
    try:
        value = data["max_contract_duration"]
    except KeyError:
        raise DecodeError("required field is missing", ("max_contract_duration",)) from None
    if value.__class__ is str:
        obj.max_contract_duration = value
    else:
        raise _expected("a string", value).at("max_contract_duration")
    value = data.get("max_stake", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.max_stake = value
    elif value is _MISSING:
        obj.max_stake = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("max_stake")
    try:
        value = data["min_contract_duration"]
    except KeyError:
        raise DecodeError("required field is missing", ("min_contract_duration",)) from None
    if value.__class__ is str:
        obj.min_contract_duration = value
    else:
        raise _expected("a string", value).at("min_contract_duration")
    value = data.get("min_stake", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.min_stake = value
    elif value is _MISSING:
        obj.min_stake = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("min_stake")
    value = data.get("multiplier_range", _MISSING)
    if value.__class__ is list:
        obj.multiplier_range = value
    elif value is _MISSING:
        obj.multiplier_range = None
        count += 1
    else:
        raise _expected("an array", value).at("multiplier_range")
    value = data.get("payout_choices", _MISSING)
    if value.__class__ is list:
        obj.payout_choices = value
    elif value is _MISSING:
        obj.payout_choices = None
        count += 1
    else:
        raise _expected("an array", value).at("payout_choices")
    value = data.get("payout_limit", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.payout_limit = value
    elif value is _MISSING:
        obj.payout_limit = None
        count += 1
    else:
        raise _expected("a number", value).at("payout_limit")
    try:
        value = data["sentiment"]
    except KeyError:
        raise DecodeError("required field is missing", ("sentiment",)) from None
    if value.__class__ is str:
        obj.sentiment = value
    else:
        raise _expected("a string", value).at("sentiment")
    try:
        value = data["start_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("start_type",)) from None
    if value.__class__ is str:
        obj.start_type = value
    else:
        raise _expected("a string", value).at("start_type")
    try:
        value = data["submarket"]
    except KeyError:
        raise DecodeError("required field is missing", ("submarket",)) from None
    if value.__class__ is str:
        obj.submarket = value
    else:
        raise _expected("a string", value).at("submarket")
    value = data.get("trade_risk_profile_choices", _MISSING)
    if value is _MISSING:
        obj.trade_risk_profile_choices = None
        count += 1
    else:
        try:
            obj.trade_risk_profile_choices = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("trade_risk_profile_choices") from None
    value = data.get("trading_period", _MISSING)
    if value.__class__ is dict:
        obj.trading_period = value
    elif value is _MISSING:
        obj.trading_period = None
        count += 1
    else:
        raise _expected("an object", value).at("trading_period")
    try:
        value = data["underlying_symbol"]
    except KeyError:
        raise DecodeError("required field is missing", ("underlying_symbol",)) from None
    if value.__class__ is str:
        obj.underlying_symbol = value
    else:
        raise _expected("a string", value).at("underlying_symbol")
    if count == 35:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_CONTRACTS_FOR_RESPONSE_CONTRACTS_FOR_AVAILABLE_ITEM
        }
    return obj


def unstructure_contracts_for_response_contracts_for_available_item(
    obj: m.ContractsForResponseContractsForAvailableItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "barrier_category": obj.barrier_category,
        "barriers": obj.barriers,
        "contract_category": obj.contract_category,
        "contract_category_display": obj.contract_category_display,
        "contract_type": obj.contract_type,
        "exchange_name": obj.exchange_name,
        "expiry_type": obj.expiry_type,
        "market": obj.market,
        "max_contract_duration": obj.max_contract_duration,
        "min_contract_duration": obj.min_contract_duration,
        "sentiment": obj.sentiment,
        "start_type": obj.start_type,
        "submarket": obj.submarket,
        "underlying_symbol": obj.underlying_symbol,
    }
    value: Any
    value = obj.available_barriers
    if value is not None:
        data["available_barriers"] = value
    value = obj.barrier
    if value is not UNSET:
        data["barrier"] = value
    value = obj.barrier_choices
    if value is not None:
        data["barrier_choices"] = value
    value = obj.cancellation_range
    if value is not None:
        data["cancellation_range"] = value
    value = obj.contract_display
    if value is not None:
        data["contract_display"] = value
    value = obj.default_stake
    if value is not None:
        data["default_stake"] = value
    value = obj.display_number_of_contracts
    if value is not None:
        data["display_number_of_contracts"] = value
    value = obj.duration_choices
    if value is not None:
        data["duration_choices"] = value
    value = obj.expired_barriers
    if value is not None:
        data["expired_barriers"] = value
    value = obj.forward_starting_options
    if value is not None:
        data["forward_starting_options"] = [
            unstructure_contracts_for_response_contracts_for_available_item_forward_starting_options_item(
                item
            )
            for item in value
        ]
    value = obj.growth_rate_range
    if value is not None:
        data["growth_rate_range"] = value
    value = obj.high_barrier
    if value is not UNSET:
        data["high_barrier"] = value
    value = obj.last_digit_range
    if value is not None:
        data["last_digit_range"] = value
    value = obj.low_barrier
    if value is not UNSET:
        data["low_barrier"] = value
    value = obj.max_stake
    if value is not UNSET:
        data["max_stake"] = value
    value = obj.min_stake
    if value is not UNSET:
        data["min_stake"] = value
    value = obj.multiplier_range
    if value is not None:
        data["multiplier_range"] = value
    value = obj.payout_choices
    if value is not None:
        data["payout_choices"] = value
    value = obj.payout_limit
    if value is not None:
        data["payout_limit"] = value
    value = obj.trade_risk_profile_choices
    if value is not None:
        data["trade_risk_profile_choices"] = value
    value = obj.trading_period
    if value is not None:
        data["trading_period"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_contracts_for_response_contracts_for_available_item_forward_starting_options_item(
    data: Any,
) -> m.ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem)
    count = len(data)
    value = data.get("blackouts", _MISSING)
    if value.__class__ is list:
        obj.blackouts = value
    elif value is _MISSING:
        obj.blackouts = None
        count += 1
    else:
        raise _expected("an array", value).at("blackouts")
    value = data.get("close", _MISSING)
    if value.__class__ is str:
        obj.close = value
    elif value is _MISSING:
        obj.close = None
        count += 1
    else:
        raise _expected("a string", value).at("close")
    value = data.get("date", _MISSING)
    if value.__class__ is str:
        obj.date = value
    elif value is _MISSING:
        obj.date = None
        count += 1
    else:
        raise _expected("a string", value).at("date")
    value = data.get("open", _MISSING)
    if value.__class__ is str:
        obj.open = value
    elif value is _MISSING:
        obj.open = None
        count += 1
    else:
        raise _expected("a string", value).at("open")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_CONTRACTS_FOR_RESPONSE_CONTRACTS_FOR_AVAILABLE_ITEM_FORWARD_STARTING_OPTIONS_ITEM
        }
    return obj


def unstructure_contracts_for_response_contracts_for_available_item_forward_starting_options_item(
    obj: m.ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.blackouts
    if value is not None:
        data["blackouts"] = value
    value = obj.close
    if value is not None:
        data["close"] = value
    value = obj.date
    if value is not None:
        data["date"] = value
    value = obj.open
    if value is not None:
        data["open"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ContractsForRequest: structure_contracts_for_request,
    m.ContractsForResponse: structure_contracts_for_response,
    m.ContractsForResponseContractsFor: structure_contracts_for_response_contracts_for,
    m.ContractsForResponseContractsForAvailableItem: structure_contracts_for_response_contracts_for_available_item,
    m.ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem: structure_contracts_for_response_contracts_for_available_item_forward_starting_options_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ContractsForRequest: unstructure_contracts_for_request,
    m.ContractsForResponse: unstructure_contracts_for_response,
    m.ContractsForResponseContractsFor: unstructure_contracts_for_response_contracts_for,
    m.ContractsForResponseContractsForAvailableItem: unstructure_contracts_for_response_contracts_for_available_item,
    m.ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem: unstructure_contracts_for_response_contracts_for_available_item_forward_starting_options_item,
}
