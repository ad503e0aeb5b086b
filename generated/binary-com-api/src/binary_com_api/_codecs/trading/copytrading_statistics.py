"""Decoders and encoders of the models of the ``copytrading_statistics`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _first_match, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_copytrading_statistics = frozenset({"copytrading_statistics"})


_KEYS_COPYTRADING_STATISTICS_REQUEST = frozenset(
    (
        "copytrading_statistics",
        "trader_id",
        "passthrough",
        "req_id",
    )
)


_KEYS_COPYTRADING_STATISTICS_RESPONSE = frozenset(
    (
        "copytrading_statistics",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_COPYTRADING_STATISTICS_RESPONSE_COPYTRADING_STATISTICS = frozenset(
    (
        "active_since",
        "avg_duration",
        "avg_loss",
        "avg_profit",
        "copiers",
        "last_12months_profitable_trades",
        "monthly_profitable_trades",
        "performance_probability",
        "total_trades",
        "trades_breakdown",
        "trades_profitable",
        "yearly_profitable_trades",
    )
)


def _decode_any(value: Any) -> Any:
    result: Any = value
    return result


def _decode_dict_of_float_or_any(value: Any) -> dict[str, float | Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_float_or_any(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_float(value: Any) -> float:
    if value.__class__ is not float and value.__class__ is not int:
        raise _expected("a number", value)
    result: float = value
    return result


def _decode_float_or_any(value: Any) -> float | Any:
    result: float | Any = _first_match(
        value,
        (
            _decode_float,
            _decode_any,
        ),
    )
    return result


def structure_copytrading_statistics_request(data: Any) -> m.CopytradingStatisticsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CopytradingStatisticsRequest)
    count = len(data)
    if count == 4:
        try:
            v_copytrading_statistics = data["copytrading_statistics"]
            v_trader_id = data["trader_id"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_copytrading_statistics.__class__ is _INT
                    and v_copytrading_statistics in _ALLOWED_1
                )
                and (v_trader_id.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.copytrading_statistics = v_copytrading_statistics
                obj.trader_id = v_trader_id
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["copytrading_statistics"]
    except KeyError:
        raise DecodeError("required field is missing", ("copytrading_statistics",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.copytrading_statistics = value
    else:
        raise _not_one_of("1", value).at("copytrading_statistics")
    try:
        value = data["trader_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("trader_id",)) from None
    if value.__class__ is str:
        obj.trader_id = value
    else:
        raise _expected("a string", value).at("trader_id")
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
    if count != 4:
        unknown = sorted(key for key in data if key not in _KEYS_COPYTRADING_STATISTICS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_copytrading_statistics_request(
    obj: m.CopytradingStatisticsRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "copytrading_statistics": obj.copytrading_statistics,
        "trader_id": obj.trader_id,
    }
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_copytrading_statistics_response(data: Any) -> m.CopytradingStatisticsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CopytradingStatisticsResponse)
    count = len(data)
    if count == 4:
        try:
            v_copytrading_statistics = data["copytrading_statistics"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_copytrading_statistics)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.copytrading_statistics = (
                        structure_copytrading_statistics_response_copytrading_statistics(
                            v_copytrading_statistics
                        )
                    )
                except DecodeError as error:
                    raise error.at("copytrading_statistics") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "copytrading_statistics" not in data:
        obj.copytrading_statistics = None
        count += 1
    else:
        value = data["copytrading_statistics"]
        try:
            obj.copytrading_statistics = (
                structure_copytrading_statistics_response_copytrading_statistics(value)
            )
        except DecodeError as error:
            raise error.at("copytrading_statistics") from None
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
    if value.__class__ is _STR and value in _ALLOWED_copytrading_statistics:
        obj.msg_type = value
    else:
        raise _not_one_of("'copytrading_statistics'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_COPYTRADING_STATISTICS_RESPONSE
        }
    return obj


def unstructure_copytrading_statistics_response(
    obj: m.CopytradingStatisticsResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.copytrading_statistics
    if value is not None:
        data["copytrading_statistics"] = (
            unstructure_copytrading_statistics_response_copytrading_statistics(value)
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_copytrading_statistics_response_copytrading_statistics(
    data: Any,
) -> m.CopytradingStatisticsResponseCopytradingStatistics:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CopytradingStatisticsResponseCopytradingStatistics)
    count = len(data)
    if count == 12:
        try:
            v_active_since = data["active_since"]
            v_avg_duration = data["avg_duration"]
            v_avg_loss = data["avg_loss"]
            v_avg_profit = data["avg_profit"]
            v_copiers = data["copiers"]
            v_last_12months_profitable_trades = data["last_12months_profitable_trades"]
            v_monthly_profitable_trades = data["monthly_profitable_trades"]
            v_performance_probability = data["performance_probability"]
            v_total_trades = data["total_trades"]
            v_trades_breakdown = data["trades_breakdown"]
            v_trades_profitable = data["trades_profitable"]
            v_yearly_profitable_trades = data["yearly_profitable_trades"]
        except KeyError:
            pass
        else:
            if (
                (v_active_since.__class__ is int)
                and (v_avg_duration.__class__ is int)
                and ((kind := v_avg_loss.__class__) is float or kind is int)
                and ((kind := v_avg_profit.__class__) is float or kind is int)
                and ((kind := v_copiers.__class__) is float or kind is int)
                and ((kind := v_last_12months_profitable_trades.__class__) is float or kind is int)
                and ((kind := v_performance_probability.__class__) is float or kind is int)
                and (v_total_trades.__class__ is int)
                and ((kind := v_trades_profitable.__class__) is float or kind is int)
            ):
                obj.active_since = v_active_since
                obj.avg_duration = v_avg_duration
                obj.avg_loss = v_avg_loss
                obj.avg_profit = v_avg_profit
                obj.copiers = v_copiers
                obj.last_12months_profitable_trades = v_last_12months_profitable_trades
                try:
                    obj.monthly_profitable_trades = _decode_dict_of_float_or_any(
                        v_monthly_profitable_trades
                    )
                except DecodeError as error:
                    raise error.at("monthly_profitable_trades") from None
                obj.performance_probability = v_performance_probability
                obj.total_trades = v_total_trades
                try:
                    obj.trades_breakdown = _decode_dict_of_float_or_any(v_trades_breakdown)
                except DecodeError as error:
                    raise error.at("trades_breakdown") from None
                obj.trades_profitable = v_trades_profitable
                try:
                    obj.yearly_profitable_trades = _decode_dict_of_float_or_any(
                        v_yearly_profitable_trades
                    )
                except DecodeError as error:
                    raise error.at("yearly_profitable_trades") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["active_since"]
    except KeyError:
        raise DecodeError("required field is missing", ("active_since",)) from None
    if value.__class__ is int:
        obj.active_since = value
    else:
        raise _expected("an integer", value).at("active_since")
    try:
        value = data["avg_duration"]
    except KeyError:
        raise DecodeError("required field is missing", ("avg_duration",)) from None
    if value.__class__ is int:
        obj.avg_duration = value
    else:
        raise _expected("an integer", value).at("avg_duration")
    try:
        value = data["avg_loss"]
    except KeyError:
        raise DecodeError("required field is missing", ("avg_loss",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.avg_loss = value
    else:
        raise _expected("a number", value).at("avg_loss")
    try:
        value = data["avg_profit"]
    except KeyError:
        raise DecodeError("required field is missing", ("avg_profit",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.avg_profit = value
    else:
        raise _expected("a number", value).at("avg_profit")
    try:
        value = data["copiers"]
    except KeyError:
        raise DecodeError("required field is missing", ("copiers",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.copiers = value
    else:
        raise _expected("a number", value).at("copiers")
    try:
        value = data["last_12months_profitable_trades"]
    except KeyError:
        raise DecodeError(
            "required field is missing", ("last_12months_profitable_trades",)
        ) from None
    if (kind := value.__class__) is float or kind is int:
        obj.last_12months_profitable_trades = value
    else:
        raise _expected("a number", value).at("last_12months_profitable_trades")
    try:
        value = data["monthly_profitable_trades"]
    except KeyError:
        raise DecodeError("required field is missing", ("monthly_profitable_trades",)) from None
    try:
        obj.monthly_profitable_trades = _decode_dict_of_float_or_any(value)
    except DecodeError as error:
        raise error.at("monthly_profitable_trades") from None
    try:
        value = data["performance_probability"]
    except KeyError:
        raise DecodeError("required field is missing", ("performance_probability",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.performance_probability = value
    else:
        raise _expected("a number", value).at("performance_probability")
    try:
        value = data["total_trades"]
    except KeyError:
        raise DecodeError("required field is missing", ("total_trades",)) from None
    if value.__class__ is int:
        obj.total_trades = value
    else:
        raise _expected("an integer", value).at("total_trades")
    try:
        value = data["trades_breakdown"]
    except KeyError:
        raise DecodeError("required field is missing", ("trades_breakdown",)) from None
    try:
        obj.trades_breakdown = _decode_dict_of_float_or_any(value)
    except DecodeError as error:
        raise error.at("trades_breakdown") from None
    try:
        value = data["trades_profitable"]
    except KeyError:
        raise DecodeError("required field is missing", ("trades_profitable",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.trades_profitable = value
    else:
        raise _expected("a number", value).at("trades_profitable")
    if "yearly_profitable_trades" not in data:
        obj.yearly_profitable_trades = None
        count += 1
    else:
        value = data["yearly_profitable_trades"]
        try:
            obj.yearly_profitable_trades = _decode_dict_of_float_or_any(value)
        except DecodeError as error:
            raise error.at("yearly_profitable_trades") from None
    if count == 12:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_COPYTRADING_STATISTICS_RESPONSE_COPYTRADING_STATISTICS
        }
    return obj


def unstructure_copytrading_statistics_response_copytrading_statistics(
    obj: m.CopytradingStatisticsResponseCopytradingStatistics,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "active_since": obj.active_since,
        "avg_duration": obj.avg_duration,
        "avg_loss": obj.avg_loss,
        "avg_profit": obj.avg_profit,
        "copiers": obj.copiers,
        "last_12months_profitable_trades": obj.last_12months_profitable_trades,
        "monthly_profitable_trades": obj.monthly_profitable_trades,
        "performance_probability": obj.performance_probability,
        "total_trades": obj.total_trades,
        "trades_breakdown": obj.trades_breakdown,
        "trades_profitable": obj.trades_profitable,
    }
    value: Any
    value = obj.yearly_profitable_trades
    if value is not None:
        data["yearly_profitable_trades"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.CopytradingStatisticsRequest: structure_copytrading_statistics_request,
    m.CopytradingStatisticsResponse: structure_copytrading_statistics_response,
    m.CopytradingStatisticsResponseCopytradingStatistics: structure_copytrading_statistics_response_copytrading_statistics,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.CopytradingStatisticsRequest: unstructure_copytrading_statistics_request,
    m.CopytradingStatisticsResponse: unstructure_copytrading_statistics_response,
    m.CopytradingStatisticsResponseCopytradingStatistics: unstructure_copytrading_statistics_response_copytrading_statistics,
}
