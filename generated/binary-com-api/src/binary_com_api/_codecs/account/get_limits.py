"""Decoders and encoders of the models of the ``get_limits`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import (
    _INT,
    _MISSING,
    _STR,
    _encode_any,
    _expected,
    _first_match,
    _locate_item_error,
    _new,
    _not_one_of,
)
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_get_limits = frozenset({"get_limits"})


_KEYS_GET_LIMITS_REQUEST = frozenset(
    (
        "get_limits",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_GET_LIMITS_RESPONSE = frozenset(
    (
        "get_limits",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_GET_LIMITS_RESPONSE_GET_LIMITS = frozenset(
    (
        "account_balance",
        "daily_cumulative_amount_transfers",
        "daily_transfers",
        "daily_turnover",
        "lifetime_limit",
        "lifetime_transfers",
        "market_specific",
        "num_of_days",
        "num_of_days_limit",
        "open_positions",
        "payout",
        "payout_per_symbol",
        "payout_per_symbol_and_contract_type",
        "remainder",
        "withdrawal_for_x_days_monetary",
        "withdrawal_since_inception_monetary",
    )
)


_KEYS_GET_LIMITS_RESPONSE_GET_LIMITS_LIFETIME_TRANSFERS = frozenset(
    (
        "crypto_to_crypto",
        "crypto_to_fiat",
        "fiat_to_crypto",
    )
)


_KEYS_GET_LIMITS_RESPONSE_GET_LIMITS_LIFETIME_TRANSFERS_CRYPTO_TO_CRYPTO = frozenset(
    (
        "allowed",
        "available",
    )
)


_KEYS_GET_LIMITS_RESPONSE_GET_LIMITS_LIFETIME_TRANSFERS_CRYPTO_TO_FIAT = frozenset(
    (
        "allowed",
        "available",
    )
)


_KEYS_GET_LIMITS_RESPONSE_GET_LIMITS_LIFETIME_TRANSFERS_FIAT_TO_CRYPTO = frozenset(
    (
        "allowed",
        "available",
    )
)


_KEYS_GET_LIMITS_RESPONSE_GET_LIMITS_MARKET_SPECIFIC_VALUE_ITEM = frozenset(
    (
        "level",
        "name",
        "payout_limit",
        "profile_name",
        "turnover_limit",
    )
)


_KEYS_GET_LIMITS_RESPONSE_GET_LIMITS_PAYOUT_PER_SYMBOL = frozenset(
    (
        "atm",
        "non_atm",
    )
)


_KEYS_GET_LIMITS_RESPONSE_GET_LIMITS_PAYOUT_PER_SYMBOL_NON_ATM = frozenset(
    (
        "less_than_seven_days",
        "more_than_seven_days",
    )
)


def _decode_any(value: Any) -> Any:
    result: Any = value
    return result


def _decode_dict_of_list_of_GetLimitsResponseGetLimitsMarketSpecificValueItem_or_any(
    value: Any,
) -> dict[str, list[m.GetLimitsResponseGetLimitsMarketSpecificValueItem] | Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_list_of_GetLimitsResponseGetLimitsMarketSpecificValueItem_or_any(
                item
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_list_of_GetLimitsResponseGetLimitsMarketSpecificValueItem(
    value: Any,
) -> list[m.GetLimitsResponseGetLimitsMarketSpecificValueItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_get_limits_response_get_limits_market_specific_value_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_get_limits_response_get_limits_market_specific_value_item
        ) from None


def _decode_list_of_GetLimitsResponseGetLimitsMarketSpecificValueItem_or_any(
    value: Any,
) -> list[m.GetLimitsResponseGetLimitsMarketSpecificValueItem] | Any:
    result: list[m.GetLimitsResponseGetLimitsMarketSpecificValueItem] | Any = _first_match(
        value,
        (
            _decode_list_of_GetLimitsResponseGetLimitsMarketSpecificValueItem,
            _decode_any,
        ),
    )
    return result


def structure_get_limits_request(data: Any) -> m.GetLimitsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetLimitsRequest)
    count = len(data)
    try:
        value = data["get_limits"]
    except KeyError:
        raise DecodeError("required field is missing", ("get_limits",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.get_limits = value
    else:
        raise _not_one_of("1", value).at("get_limits")
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
    if count != 4:
        unknown = sorted(key for key in data if key not in _KEYS_GET_LIMITS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_get_limits_request(obj: m.GetLimitsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"get_limits": obj.get_limits}
    value: Any
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


def structure_get_limits_response(data: Any) -> m.GetLimitsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetLimitsResponse)
    count = len(data)
    value = data.get("get_limits", _MISSING)
    if value is _MISSING:
        obj.get_limits = None
        count += 1
    else:
        try:
            obj.get_limits = structure_get_limits_response_get_limits(value)
        except DecodeError as error:
            raise error.at("get_limits") from None
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
    if value.__class__ is _STR and value in _ALLOWED_get_limits:
        obj.msg_type = value
    else:
        raise _not_one_of("'get_limits'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_GET_LIMITS_RESPONSE}
    return obj


def unstructure_get_limits_response(obj: m.GetLimitsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.get_limits
    if value is not None:
        data["get_limits"] = unstructure_get_limits_response_get_limits(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_limits_response_get_limits(data: Any) -> m.GetLimitsResponseGetLimits:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetLimitsResponseGetLimits)
    count = len(data)
    value = data.get("account_balance", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.account_balance = value
    elif value is _MISSING:
        obj.account_balance = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("account_balance")
    value = data.get("daily_cumulative_amount_transfers", _MISSING)
    if value.__class__ is dict:
        obj.daily_cumulative_amount_transfers = value
    elif value is _MISSING:
        obj.daily_cumulative_amount_transfers = None
        count += 1
    else:
        raise _expected("an object", value).at("daily_cumulative_amount_transfers")
    value = data.get("daily_transfers", _MISSING)
    if value.__class__ is dict:
        obj.daily_transfers = value
    elif value is _MISSING:
        obj.daily_transfers = None
        count += 1
    else:
        raise _expected("an object", value).at("daily_transfers")
    value = data.get("daily_turnover", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.daily_turnover = value
    elif value is _MISSING:
        obj.daily_turnover = None
        count += 1
    else:
        raise _expected("a number", value).at("daily_turnover")
    value = data.get("lifetime_limit", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.lifetime_limit = value
    elif value is _MISSING:
        obj.lifetime_limit = None
        count += 1
    else:
        raise _expected("a number", value).at("lifetime_limit")
    value = data.get("lifetime_transfers", _MISSING)
    if value is _MISSING:
        obj.lifetime_transfers = None
        count += 1
    else:
        try:
            obj.lifetime_transfers = structure_get_limits_response_get_limits_lifetime_transfers(
                value
            )
        except DecodeError as error:
            raise error.at("lifetime_transfers") from None
    value = data.get("market_specific", _MISSING)
    if value is _MISSING:
        obj.market_specific = None
        count += 1
    else:
        try:
            obj.market_specific = (
                _decode_dict_of_list_of_GetLimitsResponseGetLimitsMarketSpecificValueItem_or_any(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("market_specific") from None
    value = data.get("num_of_days", _MISSING)
    if value.__class__ is int:
        obj.num_of_days = value
    elif value is _MISSING:
        obj.num_of_days = None
        count += 1
    else:
        raise _expected("an integer", value).at("num_of_days")
    value = data.get("num_of_days_limit", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.num_of_days_limit = value
    elif value is _MISSING:
        obj.num_of_days_limit = None
        count += 1
    else:
        raise _expected("a number", value).at("num_of_days_limit")
    value = data.get("open_positions", _MISSING)
    if value.__class__ is int:
        obj.open_positions = value
    elif value is _MISSING:
        obj.open_positions = None
        count += 1
    else:
        raise _expected("an integer", value).at("open_positions")
    value = data.get("payout", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.payout = value
    elif value is _MISSING:
        obj.payout = None
        count += 1
    else:
        raise _expected("a number", value).at("payout")
    value = data.get("payout_per_symbol", _MISSING)
    if value is _MISSING:
        obj.payout_per_symbol = UNSET
        count += 1
    else:
        try:
            obj.payout_per_symbol = (
                None
                if value is None
                else structure_get_limits_response_get_limits_payout_per_symbol(value)
            )
        except DecodeError as error:
            raise error.at("payout_per_symbol") from None
    value = data.get("payout_per_symbol_and_contract_type", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.payout_per_symbol_and_contract_type = value
    elif value is _MISSING:
        obj.payout_per_symbol_and_contract_type = None
        count += 1
    else:
        raise _expected("a number", value).at("payout_per_symbol_and_contract_type")
    value = data.get("remainder", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.remainder = value
    elif value is _MISSING:
        obj.remainder = None
        count += 1
    else:
        raise _expected("a number", value).at("remainder")
    value = data.get("withdrawal_for_x_days_monetary", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.withdrawal_for_x_days_monetary = value
    elif value is _MISSING:
        obj.withdrawal_for_x_days_monetary = None
        count += 1
    else:
        raise _expected("a number", value).at("withdrawal_for_x_days_monetary")
    value = data.get("withdrawal_since_inception_monetary", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.withdrawal_since_inception_monetary = value
    elif value is _MISSING:
        obj.withdrawal_since_inception_monetary = None
        count += 1
    else:
        raise _expected("a number", value).at("withdrawal_since_inception_monetary")
    if count == 16:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_GET_LIMITS_RESPONSE_GET_LIMITS
        }
    return obj


def unstructure_get_limits_response_get_limits(obj: m.GetLimitsResponseGetLimits) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.account_balance
    if value is not UNSET:
        data["account_balance"] = value
    value = obj.daily_cumulative_amount_transfers
    if value is not None:
        data["daily_cumulative_amount_transfers"] = value
    value = obj.daily_transfers
    if value is not None:
        data["daily_transfers"] = value
    value = obj.daily_turnover
    if value is not None:
        data["daily_turnover"] = value
    value = obj.lifetime_limit
    if value is not None:
        data["lifetime_limit"] = value
    value = obj.lifetime_transfers
    if value is not None:
        data["lifetime_transfers"] = unstructure_get_limits_response_get_limits_lifetime_transfers(
            value
        )
    value = obj.market_specific
    if value is not None:
        data["market_specific"] = {k: _encode_any(item) for k, item in value.items()}
    value = obj.num_of_days
    if value is not None:
        data["num_of_days"] = value
    value = obj.num_of_days_limit
    if value is not None:
        data["num_of_days_limit"] = value
    value = obj.open_positions
    if value is not None:
        data["open_positions"] = value
    value = obj.payout
    if value is not None:
        data["payout"] = value
    value = obj.payout_per_symbol
    if value is not UNSET:
        data["payout_per_symbol"] = (
            None
            if value is None
            else unstructure_get_limits_response_get_limits_payout_per_symbol(value)
        )
    value = obj.payout_per_symbol_and_contract_type
    if value is not None:
        data["payout_per_symbol_and_contract_type"] = value
    value = obj.remainder
    if value is not None:
        data["remainder"] = value
    value = obj.withdrawal_for_x_days_monetary
    if value is not None:
        data["withdrawal_for_x_days_monetary"] = value
    value = obj.withdrawal_since_inception_monetary
    if value is not None:
        data["withdrawal_since_inception_monetary"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_limits_response_get_limits_lifetime_transfers(
    data: Any,
) -> m.GetLimitsResponseGetLimitsLifetimeTransfers:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetLimitsResponseGetLimitsLifetimeTransfers)
    count = len(data)
    value = data.get("crypto_to_crypto", _MISSING)
    if value is _MISSING:
        obj.crypto_to_crypto = None
        count += 1
    else:
        try:
            obj.crypto_to_crypto = (
                structure_get_limits_response_get_limits_lifetime_transfers_crypto_to_crypto(value)
            )
        except DecodeError as error:
            raise error.at("crypto_to_crypto") from None
    value = data.get("crypto_to_fiat", _MISSING)
    if value is _MISSING:
        obj.crypto_to_fiat = None
        count += 1
    else:
        try:
            obj.crypto_to_fiat = (
                structure_get_limits_response_get_limits_lifetime_transfers_crypto_to_fiat(value)
            )
        except DecodeError as error:
            raise error.at("crypto_to_fiat") from None
    value = data.get("fiat_to_crypto", _MISSING)
    if value is _MISSING:
        obj.fiat_to_crypto = None
        count += 1
    else:
        try:
            obj.fiat_to_crypto = (
                structure_get_limits_response_get_limits_lifetime_transfers_fiat_to_crypto(value)
            )
        except DecodeError as error:
            raise error.at("fiat_to_crypto") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_LIMITS_RESPONSE_GET_LIMITS_LIFETIME_TRANSFERS
        }
    return obj


def unstructure_get_limits_response_get_limits_lifetime_transfers(
    obj: m.GetLimitsResponseGetLimitsLifetimeTransfers,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.crypto_to_crypto
    if value is not None:
        data["crypto_to_crypto"] = (
            unstructure_get_limits_response_get_limits_lifetime_transfers_crypto_to_crypto(value)
        )
    value = obj.crypto_to_fiat
    if value is not None:
        data["crypto_to_fiat"] = (
            unstructure_get_limits_response_get_limits_lifetime_transfers_crypto_to_fiat(value)
        )
    value = obj.fiat_to_crypto
    if value is not None:
        data["fiat_to_crypto"] = (
            unstructure_get_limits_response_get_limits_lifetime_transfers_fiat_to_crypto(value)
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_limits_response_get_limits_lifetime_transfers_crypto_to_crypto(
    data: Any,
) -> m.GetLimitsResponseGetLimitsLifetimeTransfersCryptoToCrypto:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetLimitsResponseGetLimitsLifetimeTransfersCryptoToCrypto)
    count = len(data)
    value = data.get("allowed", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.allowed = value
    elif value is _MISSING:
        obj.allowed = None
        count += 1
    else:
        raise _expected("a number", value).at("allowed")
    value = data.get("available", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.available = value
    elif value is _MISSING:
        obj.available = None
        count += 1
    else:
        raise _expected("a number", value).at("available")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_LIMITS_RESPONSE_GET_LIMITS_LIFETIME_TRANSFERS_CRYPTO_TO_CRYPTO
        }
    return obj


def unstructure_get_limits_response_get_limits_lifetime_transfers_crypto_to_crypto(
    obj: m.GetLimitsResponseGetLimitsLifetimeTransfersCryptoToCrypto,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.allowed
    if value is not None:
        data["allowed"] = value
    value = obj.available
    if value is not None:
        data["available"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_limits_response_get_limits_lifetime_transfers_crypto_to_fiat(
    data: Any,
) -> m.GetLimitsResponseGetLimitsLifetimeTransfersCryptoToFiat:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetLimitsResponseGetLimitsLifetimeTransfersCryptoToFiat)
    count = len(data)
    value = data.get("allowed", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.allowed = value
    elif value is _MISSING:
        obj.allowed = None
        count += 1
    else:
        raise _expected("a number", value).at("allowed")
    value = data.get("available", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.available = value
    elif value is _MISSING:
        obj.available = None
        count += 1
    else:
        raise _expected("a number", value).at("available")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_LIMITS_RESPONSE_GET_LIMITS_LIFETIME_TRANSFERS_CRYPTO_TO_FIAT
        }
    return obj


def unstructure_get_limits_response_get_limits_lifetime_transfers_crypto_to_fiat(
    obj: m.GetLimitsResponseGetLimitsLifetimeTransfersCryptoToFiat,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.allowed
    if value is not None:
        data["allowed"] = value
    value = obj.available
    if value is not None:
        data["available"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_limits_response_get_limits_lifetime_transfers_fiat_to_crypto(
    data: Any,
) -> m.GetLimitsResponseGetLimitsLifetimeTransfersFiatToCrypto:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetLimitsResponseGetLimitsLifetimeTransfersFiatToCrypto)
    count = len(data)
    value = data.get("allowed", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.allowed = value
    elif value is _MISSING:
        obj.allowed = None
        count += 1
    else:
        raise _expected("a number", value).at("allowed")
    value = data.get("available", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.available = value
    elif value is _MISSING:
        obj.available = None
        count += 1
    else:
        raise _expected("a number", value).at("available")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_LIMITS_RESPONSE_GET_LIMITS_LIFETIME_TRANSFERS_FIAT_TO_CRYPTO
        }
    return obj


def unstructure_get_limits_response_get_limits_lifetime_transfers_fiat_to_crypto(
    obj: m.GetLimitsResponseGetLimitsLifetimeTransfersFiatToCrypto,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.allowed
    if value is not None:
        data["allowed"] = value
    value = obj.available
    if value is not None:
        data["available"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_limits_response_get_limits_market_specific_value_item(
    data: Any,
) -> m.GetLimitsResponseGetLimitsMarketSpecificValueItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetLimitsResponseGetLimitsMarketSpecificValueItem)
    count = len(data)
    value = data.get("level", _MISSING)
    if value.__class__ is str:
        obj.level = value
    elif value is _MISSING:
        obj.level = None
        count += 1
    else:
        raise _expected("a string", value).at("level")
    value = data.get("name", _MISSING)
    if value.__class__ is str:
        obj.name = value
    elif value is _MISSING:
        obj.name = None
        count += 1
    else:
        raise _expected("a string", value).at("name")
    value = data.get("payout_limit", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.payout_limit = value
    elif value is _MISSING:
        obj.payout_limit = None
        count += 1
    else:
        raise _expected("a number", value).at("payout_limit")
    value = data.get("profile_name", _MISSING)
    if value.__class__ is str:
        obj.profile_name = value
    elif value is _MISSING:
        obj.profile_name = None
        count += 1
    else:
        raise _expected("a string", value).at("profile_name")
    value = data.get("turnover_limit", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.turnover_limit = value
    elif value is _MISSING:
        obj.turnover_limit = None
        count += 1
    else:
        raise _expected("a number", value).at("turnover_limit")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_LIMITS_RESPONSE_GET_LIMITS_MARKET_SPECIFIC_VALUE_ITEM
        }
    return obj


def unstructure_get_limits_response_get_limits_market_specific_value_item(
    obj: m.GetLimitsResponseGetLimitsMarketSpecificValueItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.level
    if value is not None:
        data["level"] = value
    value = obj.name
    if value is not None:
        data["name"] = value
    value = obj.payout_limit
    if value is not None:
        data["payout_limit"] = value
    value = obj.profile_name
    if value is not None:
        data["profile_name"] = value
    value = obj.turnover_limit
    if value is not None:
        data["turnover_limit"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_limits_response_get_limits_payout_per_symbol(
    data: Any,
) -> m.GetLimitsResponseGetLimitsPayoutPerSymbol:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetLimitsResponseGetLimitsPayoutPerSymbol)
    count = len(data)
    value = data.get("atm", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.atm = value
    elif value is _MISSING:
        obj.atm = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("atm")
    value = data.get("non_atm", _MISSING)
    if value is _MISSING:
        obj.non_atm = None
        count += 1
    else:
        try:
            obj.non_atm = structure_get_limits_response_get_limits_payout_per_symbol_non_atm(value)
        except DecodeError as error:
            raise error.at("non_atm") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_LIMITS_RESPONSE_GET_LIMITS_PAYOUT_PER_SYMBOL
        }
    return obj


def unstructure_get_limits_response_get_limits_payout_per_symbol(
    obj: m.GetLimitsResponseGetLimitsPayoutPerSymbol,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.atm
    if value is not UNSET:
        data["atm"] = value
    value = obj.non_atm
    if value is not None:
        data["non_atm"] = unstructure_get_limits_response_get_limits_payout_per_symbol_non_atm(
            value
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_limits_response_get_limits_payout_per_symbol_non_atm(
    data: Any,
) -> m.GetLimitsResponseGetLimitsPayoutPerSymbolNonAtm:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetLimitsResponseGetLimitsPayoutPerSymbolNonAtm)
    count = len(data)
    value = data.get("less_than_seven_days", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.less_than_seven_days = value
    elif value is _MISSING:
        obj.less_than_seven_days = None
        count += 1
    else:
        raise _expected("a number", value).at("less_than_seven_days")
    value = data.get("more_than_seven_days", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.more_than_seven_days = value
    elif value is _MISSING:
        obj.more_than_seven_days = None
        count += 1
    else:
        raise _expected("a number", value).at("more_than_seven_days")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_LIMITS_RESPONSE_GET_LIMITS_PAYOUT_PER_SYMBOL_NON_ATM
        }
    return obj


def unstructure_get_limits_response_get_limits_payout_per_symbol_non_atm(
    obj: m.GetLimitsResponseGetLimitsPayoutPerSymbolNonAtm,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.less_than_seven_days
    if value is not None:
        data["less_than_seven_days"] = value
    value = obj.more_than_seven_days
    if value is not None:
        data["more_than_seven_days"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.GetLimitsRequest: structure_get_limits_request,
    m.GetLimitsResponse: structure_get_limits_response,
    m.GetLimitsResponseGetLimits: structure_get_limits_response_get_limits,
    m.GetLimitsResponseGetLimitsLifetimeTransfers: structure_get_limits_response_get_limits_lifetime_transfers,
    m.GetLimitsResponseGetLimitsLifetimeTransfersCryptoToCrypto: structure_get_limits_response_get_limits_lifetime_transfers_crypto_to_crypto,
    m.GetLimitsResponseGetLimitsLifetimeTransfersCryptoToFiat: structure_get_limits_response_get_limits_lifetime_transfers_crypto_to_fiat,
    m.GetLimitsResponseGetLimitsLifetimeTransfersFiatToCrypto: structure_get_limits_response_get_limits_lifetime_transfers_fiat_to_crypto,
    m.GetLimitsResponseGetLimitsMarketSpecificValueItem: structure_get_limits_response_get_limits_market_specific_value_item,
    m.GetLimitsResponseGetLimitsPayoutPerSymbol: structure_get_limits_response_get_limits_payout_per_symbol,
    m.GetLimitsResponseGetLimitsPayoutPerSymbolNonAtm: structure_get_limits_response_get_limits_payout_per_symbol_non_atm,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.GetLimitsRequest: unstructure_get_limits_request,
    m.GetLimitsResponse: unstructure_get_limits_response,
    m.GetLimitsResponseGetLimits: unstructure_get_limits_response_get_limits,
    m.GetLimitsResponseGetLimitsLifetimeTransfers: unstructure_get_limits_response_get_limits_lifetime_transfers,
    m.GetLimitsResponseGetLimitsLifetimeTransfersCryptoToCrypto: unstructure_get_limits_response_get_limits_lifetime_transfers_crypto_to_crypto,
    m.GetLimitsResponseGetLimitsLifetimeTransfersCryptoToFiat: unstructure_get_limits_response_get_limits_lifetime_transfers_crypto_to_fiat,
    m.GetLimitsResponseGetLimitsLifetimeTransfersFiatToCrypto: unstructure_get_limits_response_get_limits_lifetime_transfers_fiat_to_crypto,
    m.GetLimitsResponseGetLimitsMarketSpecificValueItem: unstructure_get_limits_response_get_limits_market_specific_value_item,
    m.GetLimitsResponseGetLimitsPayoutPerSymbol: unstructure_get_limits_response_get_limits_payout_per_symbol,
    m.GetLimitsResponseGetLimitsPayoutPerSymbolNonAtm: unstructure_get_limits_response_get_limits_payout_per_symbol_non_atm,
}
