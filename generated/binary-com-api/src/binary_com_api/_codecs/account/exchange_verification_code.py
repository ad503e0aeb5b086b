"""Decoders and encoders of the models of the ``exchange_verification_code`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_account_opening = frozenset({"account_opening"})


_ALLOWED_exchange_verification_code = frozenset({"exchange_verification_code"})


_KEYS_EXCHANGE_VERIFICATION_CODE_REQUEST = frozenset(
    (
        "exchange_verification_code",
        "type",
        "verification_code",
        "passthrough",
        "req_id",
    )
)


_KEYS_EXCHANGE_VERIFICATION_CODE_RESPONSE = frozenset(
    (
        "exchange_verification_code",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_EXCHANGE_VERIFICATION_CODE_RESPONSE_EXCHANGE_VERIFICATION_CODE = frozenset(
    ("new_verification_code",)
)


def structure_exchange_verification_code_request(data: Any) -> m.ExchangeVerificationCodeRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ExchangeVerificationCodeRequest)
    count = len(data)
    try:
        value = data["exchange_verification_code"]
    except KeyError:
        raise DecodeError("required field is missing", ("exchange_verification_code",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.exchange_verification_code = value
    else:
        raise _not_one_of("1", value).at("exchange_verification_code")
    value = data.get("type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_account_opening:
        obj.type = value
    elif value is _MISSING:
        obj.type = None
        count += 1
    else:
        raise _not_one_of("'account_opening'", value).at("type")
    try:
        value = data["verification_code"]
    except KeyError:
        raise DecodeError("required field is missing", ("verification_code",)) from None
    if value.__class__ is str:
        obj.verification_code = value
    else:
        raise _expected("a string", value).at("verification_code")
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
    if count != 5:
        unknown = sorted(key for key in data if key not in _KEYS_EXCHANGE_VERIFICATION_CODE_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_exchange_verification_code_request(
    obj: m.ExchangeVerificationCodeRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "exchange_verification_code": obj.exchange_verification_code,
        "verification_code": obj.verification_code,
    }
    value: Any
    value = obj.type
    if value is not None:
        data["type"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_exchange_verification_code_response(data: Any) -> m.ExchangeVerificationCodeResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ExchangeVerificationCodeResponse)
    count = len(data)
    value = data.get("exchange_verification_code", _MISSING)
    if value is _MISSING:
        obj.exchange_verification_code = None
        count += 1
    else:
        try:
            obj.exchange_verification_code = (
                structure_exchange_verification_code_response_exchange_verification_code(value)
            )
        except DecodeError as error:
            raise error.at("exchange_verification_code") from None
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
    if value.__class__ is _STR and value in _ALLOWED_exchange_verification_code:
        obj.msg_type = value
    else:
        raise _not_one_of("'exchange_verification_code'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_EXCHANGE_VERIFICATION_CODE_RESPONSE
        }
    return obj


def unstructure_exchange_verification_code_response(
    obj: m.ExchangeVerificationCodeResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.exchange_verification_code
    if value is not None:
        data["exchange_verification_code"] = (
            unstructure_exchange_verification_code_response_exchange_verification_code(value)
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_exchange_verification_code_response_exchange_verification_code(
    data: Any,
) -> m.ExchangeVerificationCodeResponseExchangeVerificationCode:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ExchangeVerificationCodeResponseExchangeVerificationCode)
    try:
        value = data["new_verification_code"]
    except KeyError:
        raise DecodeError("required field is missing", ("new_verification_code",)) from None
    if value.__class__ is str:
        obj.new_verification_code = value
    else:
        raise _expected("a string", value).at("new_verification_code")
    if len(data) == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_EXCHANGE_VERIFICATION_CODE_RESPONSE_EXCHANGE_VERIFICATION_CODE
        }
    return obj


def unstructure_exchange_verification_code_response_exchange_verification_code(
    obj: m.ExchangeVerificationCodeResponseExchangeVerificationCode,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"new_verification_code": obj.new_verification_code}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ExchangeVerificationCodeRequest: structure_exchange_verification_code_request,
    m.ExchangeVerificationCodeResponse: structure_exchange_verification_code_response,
    m.ExchangeVerificationCodeResponseExchangeVerificationCode: structure_exchange_verification_code_response_exchange_verification_code,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ExchangeVerificationCodeRequest: unstructure_exchange_verification_code_request,
    m.ExchangeVerificationCodeResponse: unstructure_exchange_verification_code_response,
    m.ExchangeVerificationCodeResponseExchangeVerificationCode: unstructure_exchange_verification_code_response_exchange_verification_code,
}
