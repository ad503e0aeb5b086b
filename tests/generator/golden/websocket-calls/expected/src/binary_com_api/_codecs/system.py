"""Decoders and encoders of the models of the calls of the system group.

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from .. import models as m
from .._codec import _INT, _STR, _expected, _first_match, _new, _not_one_of
from ..errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_balance_candles_cashier_payments_and_11_more = frozenset(
    {
        "balance",
        "candles",
        "cashier_payments",
        "crypto_estimations",
        "p2p_advert",
        "p2p_advertiser",
        "p2p_order",
        "p2p_settings",
        "proposal",
        "proposal_open_contract",
        "ticks",
        "trading_platform_asset_listing",
        "transaction",
        "website_status",
    }
)


_ALLOWED_forget = frozenset({"forget"})


_ALLOWED_forget_all = frozenset({"forget_all"})


_ALLOWED_ping = frozenset({"ping"})


_ALLOWED_pong = frozenset({"pong"})


_ALLOWED_time = frozenset({"time"})


_KEYS_FORGET_ALL_REQUEST = frozenset(
    (
        "forget_all",
        "passthrough",
        "req_id",
    )
)


_KEYS_FORGET_ALL_RESPONSE = frozenset(
    (
        "forget_all",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_FORGET_REQUEST = frozenset(
    (
        "forget",
        "passthrough",
        "req_id",
    )
)


_KEYS_FORGET_RESPONSE = frozenset(
    (
        "forget",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_PING_REQUEST = frozenset(
    (
        "ping",
        "passthrough",
        "req_id",
    )
)


_KEYS_PING_RESPONSE = frozenset(
    (
        "ping",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_TIME_REQUEST = frozenset(
    (
        "time",
        "passthrough",
        "req_id",
    )
)


_KEYS_TIME_RESPONSE = frozenset(
    (
        "time",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def _decode_list_of_one_of_balance_candles_cashier_payments_and_11_more(
    value: Any,
) -> list[
    Literal[
        "balance",
        "candles",
        "cashier_payments",
        "p2p_advert",
        "p2p_advertiser",
        "p2p_order",
        "proposal",
        "proposal_open_contract",
        "ticks",
        "transaction",
        "trading_platform_asset_listing",
        "website_status",
        "p2p_settings",
        "crypto_estimations",
    ]
]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            kind = item.__class__
            if kind is not str or item not in _ALLOWED_balance_candles_cashier_payments_and_11_more:
                raise _not_one_of(
                    "'balance', 'candles', 'cashier_payments', 'p2p_advert', 'p2p_advertiser', 'p2p_order', 'proposal', 'proposal_open_contract', 'ticks', 'transaction', 'trading_platform_asset_listing', 'website_status', 'p2p_settings', 'crypto_estimations'",
                    item,
                )
        except DecodeError as error:
            raise error.at(index) from None
    result: list[
        Literal[
            "balance",
            "candles",
            "cashier_payments",
            "p2p_advert",
            "p2p_advertiser",
            "p2p_order",
            "proposal",
            "proposal_open_contract",
            "ticks",
            "transaction",
            "trading_platform_asset_listing",
            "website_status",
            "p2p_settings",
            "crypto_estimations",
        ]
    ] = value
    return result


def _decode_one_of_balance_candles_cashier_payments_and_11_more(
    value: Any,
) -> Literal[
    "balance",
    "candles",
    "cashier_payments",
    "p2p_advert",
    "p2p_advertiser",
    "p2p_order",
    "proposal",
    "proposal_open_contract",
    "ticks",
    "transaction",
    "trading_platform_asset_listing",
    "website_status",
    "p2p_settings",
    "crypto_estimations",
]:
    kind = value.__class__
    if kind is not str or value not in _ALLOWED_balance_candles_cashier_payments_and_11_more:
        raise _not_one_of(
            "'balance', 'candles', 'cashier_payments', 'p2p_advert', 'p2p_advertiser', 'p2p_order', 'proposal', 'proposal_open_contract', 'ticks', 'transaction', 'trading_platform_asset_listing', 'website_status', 'p2p_settings', 'crypto_estimations'",
            value,
        )
    result: Literal[
        "balance",
        "candles",
        "cashier_payments",
        "p2p_advert",
        "p2p_advertiser",
        "p2p_order",
        "proposal",
        "proposal_open_contract",
        "ticks",
        "transaction",
        "trading_platform_asset_listing",
        "website_status",
        "p2p_settings",
        "crypto_estimations",
    ] = value
    return result


def _decode_one_of_balance_candles_cashier_payments_and_11_more_or_list_of_one_of_balance_candles_cashier_payments_and_11_more(
    value: Any,
) -> (
    Literal[
        "balance",
        "candles",
        "cashier_payments",
        "p2p_advert",
        "p2p_advertiser",
        "p2p_order",
        "proposal",
        "proposal_open_contract",
        "ticks",
        "transaction",
        "trading_platform_asset_listing",
        "website_status",
        "p2p_settings",
        "crypto_estimations",
    ]
    | list[
        Literal[
            "balance",
            "candles",
            "cashier_payments",
            "p2p_advert",
            "p2p_advertiser",
            "p2p_order",
            "proposal",
            "proposal_open_contract",
            "ticks",
            "transaction",
            "trading_platform_asset_listing",
            "website_status",
            "p2p_settings",
            "crypto_estimations",
        ]
    ]
):
    result: (
        Literal[
            "balance",
            "candles",
            "cashier_payments",
            "p2p_advert",
            "p2p_advertiser",
            "p2p_order",
            "proposal",
            "proposal_open_contract",
            "ticks",
            "transaction",
            "trading_platform_asset_listing",
            "website_status",
            "p2p_settings",
            "crypto_estimations",
        ]
        | list[
            Literal[
                "balance",
                "candles",
                "cashier_payments",
                "p2p_advert",
                "p2p_advertiser",
                "p2p_order",
                "proposal",
                "proposal_open_contract",
                "ticks",
                "transaction",
                "trading_platform_asset_listing",
                "website_status",
                "p2p_settings",
                "crypto_estimations",
            ]
        ]
    ) = _first_match(
        value,
        (
            _decode_one_of_balance_candles_cashier_payments_and_11_more,
            _decode_list_of_one_of_balance_candles_cashier_payments_and_11_more,
        ),
    )
    return result


def structure_forget_all_request(data: Any) -> m.ForgetAllRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ForgetAllRequest)
    count = len(data)
    if count == 3:
        try:
            v_forget_all = data["forget_all"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (v_passthrough.__class__ is dict) and (v_req_id.__class__ is int):
                try:
                    obj.forget_all = _decode_one_of_balance_candles_cashier_payments_and_11_more_or_list_of_one_of_balance_candles_cashier_payments_and_11_more(
                        v_forget_all
                    )
                except DecodeError as error:
                    raise error.at("forget_all") from None
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["forget_all"]
    except KeyError:
        raise DecodeError("required field is missing", ("forget_all",)) from None
    try:
        obj.forget_all = _decode_one_of_balance_candles_cashier_payments_and_11_more_or_list_of_one_of_balance_candles_cashier_payments_and_11_more(
            value
        )
    except DecodeError as error:
        raise error.at("forget_all") from None
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
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_FORGET_ALL_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_forget_all_request(obj: m.ForgetAllRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"forget_all": obj.forget_all}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_forget_all_response(data: Any) -> m.ForgetAllResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ForgetAllResponse)
    count = len(data)
    if count == 4:
        try:
            v_forget_all = data["forget_all"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_forget_all.__class__ is list)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_forget_all)
                and (v_req_id.__class__ is int)
            ):
                obj.forget_all = v_forget_all
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "forget_all" not in data:
        obj.forget_all = None
        count += 1
    elif (value := data["forget_all"]).__class__ is list:
        obj.forget_all = value
    else:
        raise _expected("an array", value).at("forget_all")
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
    if value.__class__ is _STR and value in _ALLOWED_forget_all:
        obj.msg_type = value
    else:
        raise _not_one_of("'forget_all'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_FORGET_ALL_RESPONSE}
    return obj


def unstructure_forget_all_response(obj: m.ForgetAllResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.forget_all
    if value is not None:
        data["forget_all"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_forget_request(data: Any) -> m.ForgetRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ForgetRequest)
    count = len(data)
    if count == 3:
        try:
            v_forget = data["forget"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_forget.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.forget = v_forget
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["forget"]
    except KeyError:
        raise DecodeError("required field is missing", ("forget",)) from None
    if value.__class__ is str:
        obj.forget = value
    else:
        raise _expected("a string", value).at("forget")
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
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_FORGET_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_forget_request(obj: m.ForgetRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"forget": obj.forget}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_forget_response(data: Any) -> m.ForgetResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ForgetResponse)
    count = len(data)
    if count == 4:
        try:
            v_forget = data["forget"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_forget.__class__ is _INT and v_forget in _ALLOWED_0_1)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_forget)
                and (v_req_id.__class__ is int)
            ):
                obj.forget = v_forget
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "forget" not in data:
        obj.forget = None
        count += 1
    elif (value := data["forget"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.forget = value
    else:
        raise _not_one_of("0, 1", value).at("forget")
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
    if value.__class__ is _STR and value in _ALLOWED_forget:
        obj.msg_type = value
    else:
        raise _not_one_of("'forget'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_FORGET_RESPONSE}
    return obj


def unstructure_forget_response(obj: m.ForgetResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.forget
    if value is not None:
        data["forget"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ping_request(data: Any) -> m.PingRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PingRequest)
    count = len(data)
    if count == 3:
        try:
            v_ping = data["ping"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_ping.__class__ is _INT and v_ping in _ALLOWED_1)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.ping = v_ping
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["ping"]
    except KeyError:
        raise DecodeError("required field is missing", ("ping",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.ping = value
    else:
        raise _not_one_of("1", value).at("ping")
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
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_PING_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_ping_request(obj: m.PingRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"ping": obj.ping}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_ping_response(data: Any) -> m.PingResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PingResponse)
    count = len(data)
    if count == 4:
        try:
            v_ping = data["ping"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_ping.__class__ is _STR and v_ping in _ALLOWED_pong)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_ping)
                and (v_req_id.__class__ is int)
            ):
                obj.ping = v_ping
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "ping" not in data:
        obj.ping = None
        count += 1
    elif (value := data["ping"]).__class__ is _STR and value in _ALLOWED_pong:
        obj.ping = value
    else:
        raise _not_one_of("'pong'", value).at("ping")
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
    if value.__class__ is _STR and value in _ALLOWED_ping:
        obj.msg_type = value
    else:
        raise _not_one_of("'ping'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_PING_RESPONSE}
    return obj


def unstructure_ping_response(obj: m.PingResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.ping
    if value is not None:
        data["ping"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_time_request(data: Any) -> m.TimeRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TimeRequest)
    count = len(data)
    if count == 3:
        try:
            v_time = data["time"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_time.__class__ is _INT and v_time in _ALLOWED_1)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.time = v_time
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["time"]
    except KeyError:
        raise DecodeError("required field is missing", ("time",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.time = value
    else:
        raise _not_one_of("1", value).at("time")
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
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_TIME_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_time_request(obj: m.TimeRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"time": obj.time}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_time_response(data: Any) -> m.TimeResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TimeResponse)
    count = len(data)
    if count == 4:
        try:
            v_time = data["time"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_time.__class__ is int)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_time)
                and (v_req_id.__class__ is int)
            ):
                obj.time = v_time
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "time" not in data:
        obj.time = None
        count += 1
    elif (value := data["time"]).__class__ is int:
        obj.time = value
    else:
        raise _expected("an integer", value).at("time")
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
    if value.__class__ is _STR and value in _ALLOWED_time:
        obj.msg_type = value
    else:
        raise _not_one_of("'time'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TIME_RESPONSE}
    return obj


def unstructure_time_response(obj: m.TimeResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.time
    if value is not None:
        data["time"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ForgetAllRequest: structure_forget_all_request,
    m.ForgetAllResponse: structure_forget_all_response,
    m.ForgetRequest: structure_forget_request,
    m.ForgetResponse: structure_forget_response,
    m.PingRequest: structure_ping_request,
    m.PingResponse: structure_ping_response,
    m.TimeRequest: structure_time_request,
    m.TimeResponse: structure_time_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ForgetAllRequest: unstructure_forget_all_request,
    m.ForgetAllResponse: unstructure_forget_all_response,
    m.ForgetRequest: unstructure_forget_request,
    m.ForgetResponse: unstructure_forget_response,
    m.PingRequest: unstructure_ping_request,
    m.PingResponse: unstructure_ping_response,
    m.TimeRequest: unstructure_time_request,
    m.TimeResponse: unstructure_time_response,
}
