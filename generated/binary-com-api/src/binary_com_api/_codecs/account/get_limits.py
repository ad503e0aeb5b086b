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
    if count == 4:
        try:
            v_get_limits = data["get_limits"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_get_limits.__class__ is _INT and v_get_limits in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.get_limits = v_get_limits
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["get_limits"]
    except KeyError:
        raise DecodeError("required field is missing", ("get_limits",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.get_limits = value
    else:
        raise _not_one_of("1", value).at("get_limits")
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
    if count == 4:
        try:
            v_get_limits = data["get_limits"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_get_limits)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.get_limits = structure_get_limits_response_get_limits(v_get_limits)
                except DecodeError as error:
                    raise error.at("get_limits") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "get_limits" not in data:
        obj.get_limits = None
        count += 1
    else:
        value = data["get_limits"]
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
    if count == 16:
        try:
            v_account_balance = data["account_balance"]
            v_daily_cumulative_amount_transfers = data["daily_cumulative_amount_transfers"]
            v_daily_transfers = data["daily_transfers"]
            v_daily_turnover = data["daily_turnover"]
            v_lifetime_limit = data["lifetime_limit"]
            v_lifetime_transfers = data["lifetime_transfers"]
            v_market_specific = data["market_specific"]
            v_num_of_days = data["num_of_days"]
            v_num_of_days_limit = data["num_of_days_limit"]
            v_open_positions = data["open_positions"]
            v_payout = data["payout"]
            v_payout_per_symbol = data["payout_per_symbol"]
            v_payout_per_symbol_and_contract_type = data["payout_per_symbol_and_contract_type"]
            v_remainder = data["remainder"]
            v_withdrawal_for_x_days_monetary = data["withdrawal_for_x_days_monetary"]
            v_withdrawal_since_inception_monetary = data["withdrawal_since_inception_monetary"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_account_balance is None
                    or ((kind := v_account_balance.__class__) is float or kind is int)
                )
                and (v_daily_cumulative_amount_transfers.__class__ is dict)
                and (v_daily_transfers.__class__ is dict)
                and ((kind := v_daily_turnover.__class__) is float or kind is int)
                and ((kind := v_lifetime_limit.__class__) is float or kind is int)
                and (v_num_of_days.__class__ is int)
                and ((kind := v_num_of_days_limit.__class__) is float or kind is int)
                and (v_open_positions.__class__ is int)
                and ((kind := v_payout.__class__) is float or kind is int)
                and (
                    (kind := v_payout_per_symbol_and_contract_type.__class__) is float
                    or kind is int
                )
                and ((kind := v_remainder.__class__) is float or kind is int)
                and ((kind := v_withdrawal_for_x_days_monetary.__class__) is float or kind is int)
                and (
                    (kind := v_withdrawal_since_inception_monetary.__class__) is float
                    or kind is int
                )
            ):
                obj.account_balance = v_account_balance
                obj.daily_cumulative_amount_transfers = v_daily_cumulative_amount_transfers
                obj.daily_transfers = v_daily_transfers
                obj.daily_turnover = v_daily_turnover
                obj.lifetime_limit = v_lifetime_limit
                try:
                    obj.lifetime_transfers = (
                        structure_get_limits_response_get_limits_lifetime_transfers(
                            v_lifetime_transfers
                        )
                    )
                except DecodeError as error:
                    raise error.at("lifetime_transfers") from None
                try:
                    obj.market_specific = _decode_dict_of_list_of_GetLimitsResponseGetLimitsMarketSpecificValueItem_or_any(
                        v_market_specific
                    )
                except DecodeError as error:
                    raise error.at("market_specific") from None
                obj.num_of_days = v_num_of_days
                obj.num_of_days_limit = v_num_of_days_limit
                obj.open_positions = v_open_positions
                obj.payout = v_payout
                try:
                    obj.payout_per_symbol = (
                        None
                        if v_payout_per_symbol is None
                        else structure_get_limits_response_get_limits_payout_per_symbol(
                            v_payout_per_symbol
                        )
                    )
                except DecodeError as error:
                    raise error.at("payout_per_symbol") from None
                obj.payout_per_symbol_and_contract_type = v_payout_per_symbol_and_contract_type
                obj.remainder = v_remainder
                obj.withdrawal_for_x_days_monetary = v_withdrawal_for_x_days_monetary
                obj.withdrawal_since_inception_monetary = v_withdrawal_since_inception_monetary
                obj.extra_fields = {}
                return obj
    if "account_balance" not in data:
        obj.account_balance = UNSET
        count += 1
    elif (value := data["account_balance"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.account_balance = value
    else:
        raise _expected("a number", value).at("account_balance")
    if "daily_cumulative_amount_transfers" not in data:
        obj.daily_cumulative_amount_transfers = None
        count += 1
    elif (value := data["daily_cumulative_amount_transfers"]).__class__ is dict:
        obj.daily_cumulative_amount_transfers = value
    else:
        raise _expected("an object", value).at("daily_cumulative_amount_transfers")
    if "daily_transfers" not in data:
        obj.daily_transfers = None
        count += 1
    elif (value := data["daily_transfers"]).__class__ is dict:
        obj.daily_transfers = value
    else:
        raise _expected("an object", value).at("daily_transfers")
    if "daily_turnover" not in data:
        obj.daily_turnover = None
        count += 1
    elif (kind := (value := data["daily_turnover"]).__class__) is float or kind is int:
        obj.daily_turnover = value
    else:
        raise _expected("a number", value).at("daily_turnover")
    if "lifetime_limit" not in data:
        obj.lifetime_limit = None
        count += 1
    elif (kind := (value := data["lifetime_limit"]).__class__) is float or kind is int:
        obj.lifetime_limit = value
    else:
        raise _expected("a number", value).at("lifetime_limit")
    if "lifetime_transfers" not in data:
        obj.lifetime_transfers = None
        count += 1
    else:
        value = data["lifetime_transfers"]
        try:
            obj.lifetime_transfers = structure_get_limits_response_get_limits_lifetime_transfers(
                value
            )
        except DecodeError as error:
            raise error.at("lifetime_transfers") from None
    if "market_specific" not in data:
        obj.market_specific = None
        count += 1
    else:
        value = data["market_specific"]
        try:
            obj.market_specific = (
                _decode_dict_of_list_of_GetLimitsResponseGetLimitsMarketSpecificValueItem_or_any(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("market_specific") from None
    if "num_of_days" not in data:
        obj.num_of_days = None
        count += 1
    elif (value := data["num_of_days"]).__class__ is int:
        obj.num_of_days = value
    else:
        raise _expected("an integer", value).at("num_of_days")
    if "num_of_days_limit" not in data:
        obj.num_of_days_limit = None
        count += 1
    elif (kind := (value := data["num_of_days_limit"]).__class__) is float or kind is int:
        obj.num_of_days_limit = value
    else:
        raise _expected("a number", value).at("num_of_days_limit")
    if "open_positions" not in data:
        obj.open_positions = None
        count += 1
    elif (value := data["open_positions"]).__class__ is int:
        obj.open_positions = value
    else:
        raise _expected("an integer", value).at("open_positions")
    if "payout" not in data:
        obj.payout = None
        count += 1
    elif (kind := (value := data["payout"]).__class__) is float or kind is int:
        obj.payout = value
    else:
        raise _expected("a number", value).at("payout")
    if "payout_per_symbol" not in data:
        obj.payout_per_symbol = UNSET
        count += 1
    else:
        value = data["payout_per_symbol"]
        try:
            obj.payout_per_symbol = (
                None
                if value is None
                else structure_get_limits_response_get_limits_payout_per_symbol(value)
            )
        except DecodeError as error:
            raise error.at("payout_per_symbol") from None
    if "payout_per_symbol_and_contract_type" not in data:
        obj.payout_per_symbol_and_contract_type = None
        count += 1
    elif (
        kind := (value := data["payout_per_symbol_and_contract_type"]).__class__
    ) is float or kind is int:
        obj.payout_per_symbol_and_contract_type = value
    else:
        raise _expected("a number", value).at("payout_per_symbol_and_contract_type")
    if "remainder" not in data:
        obj.remainder = None
        count += 1
    elif (kind := (value := data["remainder"]).__class__) is float or kind is int:
        obj.remainder = value
    else:
        raise _expected("a number", value).at("remainder")
    if "withdrawal_for_x_days_monetary" not in data:
        obj.withdrawal_for_x_days_monetary = None
        count += 1
    elif (
        kind := (value := data["withdrawal_for_x_days_monetary"]).__class__
    ) is float or kind is int:
        obj.withdrawal_for_x_days_monetary = value
    else:
        raise _expected("a number", value).at("withdrawal_for_x_days_monetary")
    if "withdrawal_since_inception_monetary" not in data:
        obj.withdrawal_since_inception_monetary = None
        count += 1
    elif (
        kind := (value := data["withdrawal_since_inception_monetary"]).__class__
    ) is float or kind is int:
        obj.withdrawal_since_inception_monetary = value
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
    if count == 3:
        try:
            v_crypto_to_crypto = data["crypto_to_crypto"]
            v_crypto_to_fiat = data["crypto_to_fiat"]
            v_fiat_to_crypto = data["fiat_to_crypto"]
        except KeyError:
            pass
        else:
            try:
                obj.crypto_to_crypto = (
                    structure_get_limits_response_get_limits_lifetime_transfers_crypto_to_crypto(
                        v_crypto_to_crypto
                    )
                )
            except DecodeError as error:
                raise error.at("crypto_to_crypto") from None
            try:
                obj.crypto_to_fiat = (
                    structure_get_limits_response_get_limits_lifetime_transfers_crypto_to_fiat(
                        v_crypto_to_fiat
                    )
                )
            except DecodeError as error:
                raise error.at("crypto_to_fiat") from None
            try:
                obj.fiat_to_crypto = (
                    structure_get_limits_response_get_limits_lifetime_transfers_fiat_to_crypto(
                        v_fiat_to_crypto
                    )
                )
            except DecodeError as error:
                raise error.at("fiat_to_crypto") from None
            obj.extra_fields = {}
            return obj
    if "crypto_to_crypto" not in data:
        obj.crypto_to_crypto = None
        count += 1
    else:
        value = data["crypto_to_crypto"]
        try:
            obj.crypto_to_crypto = (
                structure_get_limits_response_get_limits_lifetime_transfers_crypto_to_crypto(value)
            )
        except DecodeError as error:
            raise error.at("crypto_to_crypto") from None
    if "crypto_to_fiat" not in data:
        obj.crypto_to_fiat = None
        count += 1
    else:
        value = data["crypto_to_fiat"]
        try:
            obj.crypto_to_fiat = (
                structure_get_limits_response_get_limits_lifetime_transfers_crypto_to_fiat(value)
            )
        except DecodeError as error:
            raise error.at("crypto_to_fiat") from None
    if "fiat_to_crypto" not in data:
        obj.fiat_to_crypto = None
        count += 1
    else:
        value = data["fiat_to_crypto"]
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
    if count == 2:
        try:
            v_allowed = data["allowed"]
            v_available = data["available"]
        except KeyError:
            pass
        else:
            if ((kind := v_allowed.__class__) is float or kind is int) and (
                (kind := v_available.__class__) is float or kind is int
            ):
                obj.allowed = v_allowed
                obj.available = v_available
                obj.extra_fields = {}
                return obj
    if "allowed" not in data:
        obj.allowed = None
        count += 1
    elif (kind := (value := data["allowed"]).__class__) is float or kind is int:
        obj.allowed = value
    else:
        raise _expected("a number", value).at("allowed")
    if "available" not in data:
        obj.available = None
        count += 1
    elif (kind := (value := data["available"]).__class__) is float or kind is int:
        obj.available = value
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
    if count == 2:
        try:
            v_allowed = data["allowed"]
            v_available = data["available"]
        except KeyError:
            pass
        else:
            if ((kind := v_allowed.__class__) is float or kind is int) and (
                (kind := v_available.__class__) is float or kind is int
            ):
                obj.allowed = v_allowed
                obj.available = v_available
                obj.extra_fields = {}
                return obj
    if "allowed" not in data:
        obj.allowed = None
        count += 1
    elif (kind := (value := data["allowed"]).__class__) is float or kind is int:
        obj.allowed = value
    else:
        raise _expected("a number", value).at("allowed")
    if "available" not in data:
        obj.available = None
        count += 1
    elif (kind := (value := data["available"]).__class__) is float or kind is int:
        obj.available = value
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
    if count == 2:
        try:
            v_allowed = data["allowed"]
            v_available = data["available"]
        except KeyError:
            pass
        else:
            if ((kind := v_allowed.__class__) is float or kind is int) and (
                (kind := v_available.__class__) is float or kind is int
            ):
                obj.allowed = v_allowed
                obj.available = v_available
                obj.extra_fields = {}
                return obj
    if "allowed" not in data:
        obj.allowed = None
        count += 1
    elif (kind := (value := data["allowed"]).__class__) is float or kind is int:
        obj.allowed = value
    else:
        raise _expected("a number", value).at("allowed")
    if "available" not in data:
        obj.available = None
        count += 1
    elif (kind := (value := data["available"]).__class__) is float or kind is int:
        obj.available = value
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
    if count == 5:
        try:
            v_level = data["level"]
            v_name = data["name"]
            v_payout_limit = data["payout_limit"]
            v_profile_name = data["profile_name"]
            v_turnover_limit = data["turnover_limit"]
        except KeyError:
            pass
        else:
            if (
                (v_level.__class__ is str)
                and (v_name.__class__ is str)
                and ((kind := v_payout_limit.__class__) is float or kind is int)
                and (v_profile_name.__class__ is str)
                and ((kind := v_turnover_limit.__class__) is float or kind is int)
            ):
                obj.level = v_level
                obj.name = v_name
                obj.payout_limit = v_payout_limit
                obj.profile_name = v_profile_name
                obj.turnover_limit = v_turnover_limit
                obj.extra_fields = {}
                return obj
    if "level" not in data:
        obj.level = None
        count += 1
    elif (value := data["level"]).__class__ is str:
        obj.level = value
    else:
        raise _expected("a string", value).at("level")
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if "payout_limit" not in data:
        obj.payout_limit = None
        count += 1
    elif (kind := (value := data["payout_limit"]).__class__) is float or kind is int:
        obj.payout_limit = value
    else:
        raise _expected("a number", value).at("payout_limit")
    if "profile_name" not in data:
        obj.profile_name = None
        count += 1
    elif (value := data["profile_name"]).__class__ is str:
        obj.profile_name = value
    else:
        raise _expected("a string", value).at("profile_name")
    if "turnover_limit" not in data:
        obj.turnover_limit = None
        count += 1
    elif (kind := (value := data["turnover_limit"]).__class__) is float or kind is int:
        obj.turnover_limit = value
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
    if count == 2:
        try:
            v_atm = data["atm"]
            v_non_atm = data["non_atm"]
        except KeyError:
            pass
        else:
            if v_atm is None or ((kind := v_atm.__class__) is float or kind is int):
                obj.atm = v_atm
                try:
                    obj.non_atm = (
                        structure_get_limits_response_get_limits_payout_per_symbol_non_atm(
                            v_non_atm
                        )
                    )
                except DecodeError as error:
                    raise error.at("non_atm") from None
                obj.extra_fields = {}
                return obj
    if "atm" not in data:
        obj.atm = UNSET
        count += 1
    elif (value := data["atm"]) is None or ((kind := value.__class__) is float or kind is int):
        obj.atm = value
    else:
        raise _expected("a number", value).at("atm")
    if "non_atm" not in data:
        obj.non_atm = None
        count += 1
    else:
        value = data["non_atm"]
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
    if count == 2:
        try:
            v_less_than_seven_days = data["less_than_seven_days"]
            v_more_than_seven_days = data["more_than_seven_days"]
        except KeyError:
            pass
        else:
            if ((kind := v_less_than_seven_days.__class__) is float or kind is int) and (
                (kind := v_more_than_seven_days.__class__) is float or kind is int
            ):
                obj.less_than_seven_days = v_less_than_seven_days
                obj.more_than_seven_days = v_more_than_seven_days
                obj.extra_fields = {}
                return obj
    if "less_than_seven_days" not in data:
        obj.less_than_seven_days = None
        count += 1
    elif (kind := (value := data["less_than_seven_days"]).__class__) is float or kind is int:
        obj.less_than_seven_days = value
    else:
        raise _expected("a number", value).at("less_than_seven_days")
    if "more_than_seven_days" not in data:
        obj.more_than_seven_days = None
        count += 1
    elif (kind := (value := data["more_than_seven_days"]).__class__) is float or kind is int:
        obj.more_than_seven_days = value
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
