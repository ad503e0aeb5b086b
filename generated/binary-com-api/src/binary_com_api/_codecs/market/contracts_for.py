"""Decoders and encoders of the models of the ``contracts_for`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _STR, _expected, _locate_item_error, _new, _not_one_of
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
    if count == 8:
        try:
            v_contracts_for = data["contracts_for"]
            v_currency = data["currency"]
            v_landing_company = data["landing_company"]
            v_landing_company_short = data["landing_company_short"]
            v_product_type = data["product_type"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_contracts_for.__class__ is str)
                and (v_currency.__class__ is str)
                and (
                    v_landing_company.__class__ is _STR
                    and v_landing_company in _ALLOWED_iom_malta_maltainvest_and_3_more
                )
                and (
                    v_landing_company_short.__class__ is _STR
                    and v_landing_company_short in _ALLOWED_iom_malta_maltainvest_and_3_more
                )
                and (v_product_type.__class__ is _STR and v_product_type in _ALLOWED_basic)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.contracts_for = v_contracts_for
                obj.currency = v_currency
                obj.landing_company = v_landing_company
                obj.landing_company_short = v_landing_company_short
                obj.product_type = v_product_type
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["contracts_for"]
    except KeyError:
        raise DecodeError("required field is missing", ("contracts_for",)) from None
    if value.__class__ is str:
        obj.contracts_for = value
    else:
        raise _expected("a string", value).at("contracts_for")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
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
    if "product_type" not in data:
        obj.product_type = None
        count += 1
    elif (value := data["product_type"]).__class__ is _STR and value in _ALLOWED_basic:
        obj.product_type = value
    else:
        raise _not_one_of("'basic'", value).at("product_type")
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
    if count == 4:
        try:
            v_contracts_for = data["contracts_for"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_contracts_for)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.contracts_for = structure_contracts_for_response_contracts_for(
                        v_contracts_for
                    )
                except DecodeError as error:
                    raise error.at("contracts_for") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "contracts_for" not in data:
        obj.contracts_for = None
        count += 1
    else:
        value = data["contracts_for"]
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
    if count == 7:
        try:
            v_available = data["available"]
            v_close = data["close"]
            v_feed_license = data["feed_license"]
            v_hit_count = data["hit_count"]
            v_non_available = data["non_available"]
            v_open = data["open"]
            v_spot = data["spot"]
        except KeyError:
            pass
        else:
            if (
                (v_close is None or (v_close.__class__ is int))
                and (v_feed_license.__class__ is str)
                and ((kind := v_hit_count.__class__) is float or kind is int)
                and (v_non_available.__class__ is list)
                and (v_open is None or (v_open.__class__ is int))
                and (v_spot is None or ((kind := v_spot.__class__) is float or kind is int))
            ):
                try:
                    obj.available = _decode_list_of_ContractsForResponseContractsForAvailableItem(
                        v_available
                    )
                except DecodeError as error:
                    raise error.at("available") from None
                obj.close = v_close
                obj.feed_license = v_feed_license
                obj.hit_count = v_hit_count
                obj.non_available = v_non_available
                obj.open = v_open
                obj.spot = v_spot
                obj.extra_fields = {}
                return obj
    try:
        value = data["available"]
    except KeyError:
        raise DecodeError("required field is missing", ("available",)) from None
    try:
        obj.available = _decode_list_of_ContractsForResponseContractsForAvailableItem(value)
    except DecodeError as error:
        raise error.at("available") from None
    if "close" not in data:
        obj.close = UNSET
        count += 1
    elif (value := data["close"]) is None or (value.__class__ is int):
        obj.close = value
    else:
        raise _expected("an integer", value).at("close")
    if "feed_license" not in data:
        obj.feed_license = None
        count += 1
    elif (value := data["feed_license"]).__class__ is str:
        obj.feed_license = value
    else:
        raise _expected("a string", value).at("feed_license")
    if "hit_count" not in data:
        obj.hit_count = None
        count += 1
    elif (kind := (value := data["hit_count"]).__class__) is float or kind is int:
        obj.hit_count = value
    else:
        raise _expected("a number", value).at("hit_count")
    if "non_available" not in data:
        obj.non_available = None
        count += 1
    elif (value := data["non_available"]).__class__ is list:
        obj.non_available = value
    else:
        raise _expected("an array", value).at("non_available")
    if "open" not in data:
        obj.open = UNSET
        count += 1
    elif (value := data["open"]) is None or (value.__class__ is int):
        obj.open = value
    else:
        raise _expected("an integer", value).at("open")
    if "spot" not in data:
        obj.spot = UNSET
        count += 1
    elif (value := data["spot"]) is None or ((kind := value.__class__) is float or kind is int):
        obj.spot = value
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
    if count == 35:
        try:
            v_available_barriers = data["available_barriers"]
            v_barrier = data["barrier"]
            v_barrier_category = data["barrier_category"]
            v_barrier_choices = data["barrier_choices"]
            v_barriers = data["barriers"]
            v_cancellation_range = data["cancellation_range"]
            v_contract_category = data["contract_category"]
            v_contract_category_display = data["contract_category_display"]
            v_contract_display = data["contract_display"]
            v_contract_type = data["contract_type"]
            v_default_stake = data["default_stake"]
            v_display_number_of_contracts = data["display_number_of_contracts"]
            v_duration_choices = data["duration_choices"]
            v_exchange_name = data["exchange_name"]
            v_expired_barriers = data["expired_barriers"]
            v_expiry_type = data["expiry_type"]
            v_forward_starting_options = data["forward_starting_options"]
            v_growth_rate_range = data["growth_rate_range"]
            v_high_barrier = data["high_barrier"]
            v_last_digit_range = data["last_digit_range"]
            v_low_barrier = data["low_barrier"]
            v_market = data["market"]
            v_max_contract_duration = data["max_contract_duration"]
            v_max_stake = data["max_stake"]
            v_min_contract_duration = data["min_contract_duration"]
            v_min_stake = data["min_stake"]
            v_multiplier_range = data["multiplier_range"]
            v_payout_choices = data["payout_choices"]
            v_payout_limit = data["payout_limit"]
            v_sentiment = data["sentiment"]
            v_start_type = data["start_type"]
            v_submarket = data["submarket"]
            v_trade_risk_profile_choices = data["trade_risk_profile_choices"]
            v_trading_period = data["trading_period"]
            v_underlying_symbol = data["underlying_symbol"]
        except KeyError:
            pass
        else:
            if (
                (v_available_barriers.__class__ is list)
                and (v_barrier is None or (v_barrier.__class__ is str))
                and (v_barrier_category.__class__ is str)
                and (v_barrier_choices.__class__ is list)
                and ((kind := v_barriers.__class__) is float or kind is int)
                and (v_cancellation_range.__class__ is list)
                and (v_contract_category.__class__ is str)
                and (v_contract_category_display.__class__ is str)
                and (v_contract_display.__class__ is str)
                and (v_contract_type.__class__ is str)
                and ((kind := v_default_stake.__class__) is float or kind is int)
                and ((kind := v_display_number_of_contracts.__class__) is float or kind is int)
                and (v_exchange_name.__class__ is str)
                and (v_expired_barriers.__class__ is list)
                and (v_expiry_type.__class__ is str)
                and (v_growth_rate_range.__class__ is list)
                and (v_high_barrier is None or (v_high_barrier.__class__ is str))
                and (v_last_digit_range.__class__ is list)
                and (v_low_barrier is None or (v_low_barrier.__class__ is str))
                and (v_market.__class__ is str)
                and (v_max_contract_duration.__class__ is str)
                and (
                    v_max_stake is None or ((kind := v_max_stake.__class__) is float or kind is int)
                )
                and (v_min_contract_duration.__class__ is str)
                and (
                    v_min_stake is None or ((kind := v_min_stake.__class__) is float or kind is int)
                )
                and (v_multiplier_range.__class__ is list)
                and (v_payout_choices.__class__ is list)
                and ((kind := v_payout_limit.__class__) is float or kind is int)
                and (v_sentiment.__class__ is str)
                and (v_start_type.__class__ is str)
                and (v_submarket.__class__ is str)
                and (v_trading_period.__class__ is dict)
                and (v_underlying_symbol.__class__ is str)
            ):
                obj.available_barriers = v_available_barriers
                obj.barrier = v_barrier
                obj.barrier_category = v_barrier_category
                obj.barrier_choices = v_barrier_choices
                obj.barriers = v_barriers
                obj.cancellation_range = v_cancellation_range
                obj.contract_category = v_contract_category
                obj.contract_category_display = v_contract_category_display
                obj.contract_display = v_contract_display
                obj.contract_type = v_contract_type
                obj.default_stake = v_default_stake
                obj.display_number_of_contracts = v_display_number_of_contracts
                try:
                    obj.duration_choices = _decode_list_of_int(v_duration_choices)
                except DecodeError as error:
                    raise error.at("duration_choices") from None
                obj.exchange_name = v_exchange_name
                obj.expired_barriers = v_expired_barriers
                obj.expiry_type = v_expiry_type
                try:
                    obj.forward_starting_options = _decode_list_of_ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem(
                        v_forward_starting_options
                    )
                except DecodeError as error:
                    raise error.at("forward_starting_options") from None
                obj.growth_rate_range = v_growth_rate_range
                obj.high_barrier = v_high_barrier
                obj.last_digit_range = v_last_digit_range
                obj.low_barrier = v_low_barrier
                obj.market = v_market
                obj.max_contract_duration = v_max_contract_duration
                obj.max_stake = v_max_stake
                obj.min_contract_duration = v_min_contract_duration
                obj.min_stake = v_min_stake
                obj.multiplier_range = v_multiplier_range
                obj.payout_choices = v_payout_choices
                obj.payout_limit = v_payout_limit
                obj.sentiment = v_sentiment
                obj.start_type = v_start_type
                obj.submarket = v_submarket
                try:
                    obj.trade_risk_profile_choices = _decode_list_of_str(
                        v_trade_risk_profile_choices
                    )
                except DecodeError as error:
                    raise error.at("trade_risk_profile_choices") from None
                obj.trading_period = v_trading_period
                obj.underlying_symbol = v_underlying_symbol
                obj.extra_fields = {}
                return obj
    if "available_barriers" not in data:
        obj.available_barriers = None
        count += 1
    elif (value := data["available_barriers"]).__class__ is list:
        obj.available_barriers = value
    else:
        raise _expected("an array", value).at("available_barriers")
    if "barrier" not in data:
        obj.barrier = UNSET
        count += 1
    elif (value := data["barrier"]) is None or (value.__class__ is str):
        obj.barrier = value
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
    if "barrier_choices" not in data:
        obj.barrier_choices = None
        count += 1
    elif (value := data["barrier_choices"]).__class__ is list:
        obj.barrier_choices = value
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
    if "cancellation_range" not in data:
        obj.cancellation_range = None
        count += 1
    elif (value := data["cancellation_range"]).__class__ is list:
        obj.cancellation_range = value
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
    if "contract_display" not in data:
        obj.contract_display = None
        count += 1
    elif (value := data["contract_display"]).__class__ is str:
        obj.contract_display = value
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
    if "default_stake" not in data:
        obj.default_stake = None
        count += 1
    elif (kind := (value := data["default_stake"]).__class__) is float or kind is int:
        obj.default_stake = value
    else:
        raise _expected("a number", value).at("default_stake")
    if "display_number_of_contracts" not in data:
        obj.display_number_of_contracts = None
        count += 1
    elif (kind := (value := data["display_number_of_contracts"]).__class__) is float or kind is int:
        obj.display_number_of_contracts = value
    else:
        raise _expected("a number", value).at("display_number_of_contracts")
    if "duration_choices" not in data:
        obj.duration_choices = None
        count += 1
    else:
        value = data["duration_choices"]
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
    if "expired_barriers" not in data:
        obj.expired_barriers = None
        count += 1
    elif (value := data["expired_barriers"]).__class__ is list:
        obj.expired_barriers = value
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
    if "forward_starting_options" not in data:
        obj.forward_starting_options = None
        count += 1
    else:
        value = data["forward_starting_options"]
        try:
            obj.forward_starting_options = _decode_list_of_ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem(
                value
            )
        except DecodeError as error:
            raise error.at("forward_starting_options") from None
    if "growth_rate_range" not in data:
        obj.growth_rate_range = None
        count += 1
    elif (value := data["growth_rate_range"]).__class__ is list:
        obj.growth_rate_range = value
    else:
        raise _expected("an array", value).at("growth_rate_range")
    if "high_barrier" not in data:
        obj.high_barrier = UNSET
        count += 1
    elif (value := data["high_barrier"]) is None or (value.__class__ is str):
        obj.high_barrier = value
    else:
        raise _expected("a string", value).at("high_barrier")
    if "last_digit_range" not in data:
        obj.last_digit_range = None
        count += 1
    elif (value := data["last_digit_range"]).__class__ is list:
        obj.last_digit_range = value
    else:
        raise _expected("an array", value).at("last_digit_range")
    if "low_barrier" not in data:
        obj.low_barrier = UNSET
        count += 1
    elif (value := data["low_barrier"]) is None or (value.__class__ is str):
        obj.low_barrier = value
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
    if "max_stake" not in data:
        obj.max_stake = UNSET
        count += 1
    elif (value := data["max_stake"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.max_stake = value
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
    if "min_stake" not in data:
        obj.min_stake = UNSET
        count += 1
    elif (value := data["min_stake"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.min_stake = value
    else:
        raise _expected("a number", value).at("min_stake")
    if "multiplier_range" not in data:
        obj.multiplier_range = None
        count += 1
    elif (value := data["multiplier_range"]).__class__ is list:
        obj.multiplier_range = value
    else:
        raise _expected("an array", value).at("multiplier_range")
    if "payout_choices" not in data:
        obj.payout_choices = None
        count += 1
    elif (value := data["payout_choices"]).__class__ is list:
        obj.payout_choices = value
    else:
        raise _expected("an array", value).at("payout_choices")
    if "payout_limit" not in data:
        obj.payout_limit = None
        count += 1
    elif (kind := (value := data["payout_limit"]).__class__) is float or kind is int:
        obj.payout_limit = value
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
    if "trade_risk_profile_choices" not in data:
        obj.trade_risk_profile_choices = None
        count += 1
    else:
        value = data["trade_risk_profile_choices"]
        try:
            obj.trade_risk_profile_choices = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("trade_risk_profile_choices") from None
    if "trading_period" not in data:
        obj.trading_period = None
        count += 1
    elif (value := data["trading_period"]).__class__ is dict:
        obj.trading_period = value
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
    if count == 4:
        try:
            v_blackouts = data["blackouts"]
            v_close = data["close"]
            v_date = data["date"]
            v_open = data["open"]
        except KeyError:
            pass
        else:
            if (
                (v_blackouts.__class__ is list)
                and (v_close.__class__ is str)
                and (v_date.__class__ is str)
                and (v_open.__class__ is str)
            ):
                obj.blackouts = v_blackouts
                obj.close = v_close
                obj.date = v_date
                obj.open = v_open
                obj.extra_fields = {}
                return obj
    if "blackouts" not in data:
        obj.blackouts = None
        count += 1
    elif (value := data["blackouts"]).__class__ is list:
        obj.blackouts = value
    else:
        raise _expected("an array", value).at("blackouts")
    if "close" not in data:
        obj.close = None
        count += 1
    elif (value := data["close"]).__class__ is str:
        obj.close = value
    else:
        raise _expected("a string", value).at("close")
    if "date" not in data:
        obj.date = None
        count += 1
    elif (value := data["date"]).__class__ is str:
        obj.date = value
    else:
        raise _expected("a string", value).at("date")
    if "open" not in data:
        obj.open = None
        count += 1
    elif (value := data["open"]).__class__ is str:
        obj.open = value
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
