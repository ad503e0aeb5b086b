"""Decoders and encoders of the models of the ``exchange_rates`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _encode_any, _expected, _first_match, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_exchange_rates = frozenset({"exchange_rates"})


_KEYS_EXCHANGE_RATES_REQUEST = frozenset(
    (
        "exchange_rates",
        "base_currency",
        "include_spread",
        "subscribe",
        "target_currency",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_EXCHANGE_RATES_RESPONSE = frozenset(
    (
        "exchange_rates",
        "subscription",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_EXCHANGE_RATES_RESPONSE_EXCHANGE_RATES = frozenset(
    (
        "base_currency",
        "date",
        "rates",
    )
)


_KEYS_EXCHANGE_RATES_RESPONSE_EXCHANGE_RATES_RATES_VALUE_WITH_SPOT_RATE = frozenset(
    (
        "ask_rate",
        "bid_rate",
        "spot_rate",
    )
)


_KEYS_EXCHANGE_RATES_RESPONSE_SUBSCRIPTION = frozenset(("id",))


def _decode_ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate_or_float_or_any(
    value: Any,
) -> float | m.ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate | Any:
    result: float | m.ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate | Any = _first_match(
        value,
        (
            structure_exchange_rates_response_exchange_rates_rates_value_with_spot_rate,
            _decode_float,
            _decode_any,
        ),
    )
    return result


def _decode_any(value: Any) -> Any:
    result: Any = value
    return result


def _decode_dict_of_ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate_or_float_or_any(
    value: Any,
) -> dict[str, float | m.ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate | Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = (
                _decode_ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate_or_float_or_any(
                    item
                )
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_float(value: Any) -> float:
    if value.__class__ is not float and value.__class__ is not int:
        raise _expected("a number", value)
    result: float = value
    return result


def structure_exchange_rates_request(data: Any) -> m.ExchangeRatesRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ExchangeRatesRequest)
    count = len(data)
    if count == 8:
        try:
            v_exchange_rates = data["exchange_rates"]
            v_base_currency = data["base_currency"]
            v_include_spread = data["include_spread"]
            v_subscribe = data["subscribe"]
            v_target_currency = data["target_currency"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_exchange_rates.__class__ is _INT and v_exchange_rates in _ALLOWED_1)
                and (v_base_currency.__class__ is str)
                and (v_include_spread.__class__ is _INT and v_include_spread in _ALLOWED_1)
                and (v_subscribe.__class__ is _INT and v_subscribe in _ALLOWED_1)
                and (v_target_currency.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.exchange_rates = v_exchange_rates
                obj.base_currency = v_base_currency
                obj.include_spread = v_include_spread
                obj.subscribe = v_subscribe
                obj.target_currency = v_target_currency
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["exchange_rates"]
    except KeyError:
        raise DecodeError("required field is missing", ("exchange_rates",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.exchange_rates = value
    else:
        raise _not_one_of("1", value).at("exchange_rates")
    try:
        value = data["base_currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("base_currency",)) from None
    if value.__class__ is str:
        obj.base_currency = value
    else:
        raise _expected("a string", value).at("base_currency")
    if "include_spread" not in data:
        obj.include_spread = None
        count += 1
    elif (value := data["include_spread"]).__class__ is _INT and value in _ALLOWED_1:
        obj.include_spread = value
    else:
        raise _not_one_of("1", value).at("include_spread")
    if "subscribe" not in data:
        obj.subscribe = None
        count += 1
    elif (value := data["subscribe"]).__class__ is _INT and value in _ALLOWED_1:
        obj.subscribe = value
    else:
        raise _not_one_of("1", value).at("subscribe")
    if "target_currency" not in data:
        obj.target_currency = None
        count += 1
    elif (value := data["target_currency"]).__class__ is str:
        obj.target_currency = value
    else:
        raise _expected("a string", value).at("target_currency")
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
        unknown = sorted(key for key in data if key not in _KEYS_EXCHANGE_RATES_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_exchange_rates_request(obj: m.ExchangeRatesRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "exchange_rates": obj.exchange_rates,
        "base_currency": obj.base_currency,
    }
    value: Any
    value = obj.include_spread
    if value is not None:
        data["include_spread"] = value
    value = obj.subscribe
    if value is not None:
        data["subscribe"] = value
    value = obj.target_currency
    if value is not None:
        data["target_currency"] = value
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


def structure_exchange_rates_response(data: Any) -> m.ExchangeRatesResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ExchangeRatesResponse)
    count = len(data)
    if count == 5:
        try:
            v_exchange_rates = data["exchange_rates"]
            v_subscription = data["subscription"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_exchange_rates)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.exchange_rates = structure_exchange_rates_response_exchange_rates(
                        v_exchange_rates
                    )
                except DecodeError as error:
                    raise error.at("exchange_rates") from None
                try:
                    obj.subscription = structure_exchange_rates_response_subscription(
                        v_subscription
                    )
                except DecodeError as error:
                    raise error.at("subscription") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "exchange_rates" not in data:
        obj.exchange_rates = None
        count += 1
    else:
        value = data["exchange_rates"]
        try:
            obj.exchange_rates = structure_exchange_rates_response_exchange_rates(value)
        except DecodeError as error:
            raise error.at("exchange_rates") from None
    if "subscription" not in data:
        obj.subscription = None
        count += 1
    else:
        value = data["subscription"]
        try:
            obj.subscription = structure_exchange_rates_response_subscription(value)
        except DecodeError as error:
            raise error.at("subscription") from None
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
    if value.__class__ is _STR and value in _ALLOWED_exchange_rates:
        obj.msg_type = value
    else:
        raise _not_one_of("'exchange_rates'", value).at("msg_type")
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_EXCHANGE_RATES_RESPONSE}
    return obj


def unstructure_exchange_rates_response(obj: m.ExchangeRatesResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.exchange_rates
    if value is not None:
        data["exchange_rates"] = unstructure_exchange_rates_response_exchange_rates(value)
    value = obj.subscription
    if value is not None:
        data["subscription"] = unstructure_exchange_rates_response_subscription(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_exchange_rates_response_exchange_rates(
    data: Any,
) -> m.ExchangeRatesResponseExchangeRates:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ExchangeRatesResponseExchangeRates)
    count = len(data)
    if count == 3:
        try:
            v_base_currency = data["base_currency"]
            v_date = data["date"]
            v_rates = data["rates"]
        except KeyError:
            pass
        else:
            if (v_base_currency.__class__ is str) and (v_date.__class__ is int):
                obj.base_currency = v_base_currency
                obj.date = v_date
                try:
                    obj.rates = _decode_dict_of_ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate_or_float_or_any(
                        v_rates
                    )
                except DecodeError as error:
                    raise error.at("rates") from None
                obj.extra_fields = {}
                return obj
    if "base_currency" not in data:
        obj.base_currency = None
        count += 1
    elif (value := data["base_currency"]).__class__ is str:
        obj.base_currency = value
    else:
        raise _expected("a string", value).at("base_currency")
    if "date" not in data:
        obj.date = None
        count += 1
    elif (value := data["date"]).__class__ is int:
        obj.date = value
    else:
        raise _expected("an integer", value).at("date")
    if "rates" not in data:
        obj.rates = None
        count += 1
    else:
        value = data["rates"]
        try:
            obj.rates = _decode_dict_of_ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate_or_float_or_any(
                value
            )
        except DecodeError as error:
            raise error.at("rates") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_EXCHANGE_RATES_RESPONSE_EXCHANGE_RATES
        }
    return obj


def unstructure_exchange_rates_response_exchange_rates(
    obj: m.ExchangeRatesResponseExchangeRates,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.base_currency
    if value is not None:
        data["base_currency"] = value
    value = obj.date
    if value is not None:
        data["date"] = value
    value = obj.rates
    if value is not None:
        data["rates"] = {k: _encode_any(item) for k, item in value.items()}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_exchange_rates_response_exchange_rates_rates_value_with_spot_rate(
    data: Any,
) -> m.ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate)
    count = len(data)
    if count == 3:
        try:
            v_ask_rate = data["ask_rate"]
            v_bid_rate = data["bid_rate"]
            v_spot_rate = data["spot_rate"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_ask_rate.__class__) is float or kind is int)
                and ((kind := v_bid_rate.__class__) is float or kind is int)
                and ((kind := v_spot_rate.__class__) is float or kind is int)
            ):
                obj.ask_rate = v_ask_rate
                obj.bid_rate = v_bid_rate
                obj.spot_rate = v_spot_rate
                obj.extra_fields = {}
                return obj
    if "ask_rate" not in data:
        obj.ask_rate = None
        count += 1
    elif (kind := (value := data["ask_rate"]).__class__) is float or kind is int:
        obj.ask_rate = value
    else:
        raise _expected("a number", value).at("ask_rate")
    if "bid_rate" not in data:
        obj.bid_rate = None
        count += 1
    elif (kind := (value := data["bid_rate"]).__class__) is float or kind is int:
        obj.bid_rate = value
    else:
        raise _expected("a number", value).at("bid_rate")
    try:
        value = data["spot_rate"]
    except KeyError:
        raise DecodeError("required field is missing", ("spot_rate",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.spot_rate = value
    else:
        raise _expected("a number", value).at("spot_rate")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_EXCHANGE_RATES_RESPONSE_EXCHANGE_RATES_RATES_VALUE_WITH_SPOT_RATE
        }
    return obj


def unstructure_exchange_rates_response_exchange_rates_rates_value_with_spot_rate(
    obj: m.ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"spot_rate": obj.spot_rate}
    value: Any
    value = obj.ask_rate
    if value is not None:
        data["ask_rate"] = value
    value = obj.bid_rate
    if value is not None:
        data["bid_rate"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_exchange_rates_response_subscription(
    data: Any,
) -> m.ExchangeRatesResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ExchangeRatesResponseSubscription)
    count = len(data)
    if count == 1:
        try:
            v_id = data["id"]
        except KeyError:
            pass
        else:
            if v_id.__class__ is str:
                obj.id = v_id
                obj.extra_fields = {}
                return obj
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_EXCHANGE_RATES_RESPONSE_SUBSCRIPTION
        }
    return obj


def unstructure_exchange_rates_response_subscription(
    obj: m.ExchangeRatesResponseSubscription,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ExchangeRatesRequest: structure_exchange_rates_request,
    m.ExchangeRatesResponse: structure_exchange_rates_response,
    m.ExchangeRatesResponseExchangeRates: structure_exchange_rates_response_exchange_rates,
    m.ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate: structure_exchange_rates_response_exchange_rates_rates_value_with_spot_rate,
    m.ExchangeRatesResponseSubscription: structure_exchange_rates_response_subscription,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ExchangeRatesRequest: unstructure_exchange_rates_request,
    m.ExchangeRatesResponse: unstructure_exchange_rates_response,
    m.ExchangeRatesResponseExchangeRates: unstructure_exchange_rates_response_exchange_rates,
    m.ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate: unstructure_exchange_rates_response_exchange_rates_rates_value_with_spot_rate,
    m.ExchangeRatesResponseSubscription: unstructure_exchange_rates_response_subscription,
}
