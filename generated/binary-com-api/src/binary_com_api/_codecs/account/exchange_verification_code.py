"""Decoders and encoders of the models of the ``exchange_verification_code`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
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
    if count == 5:
        try:
            v_exchange_verification_code = data["exchange_verification_code"]
            v_type = data["type"]
            v_verification_code = data["verification_code"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_exchange_verification_code.__class__ is _INT
                    and v_exchange_verification_code in _ALLOWED_1
                )
                and (v_type.__class__ is _STR and v_type in _ALLOWED_account_opening)
                and (v_verification_code.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.exchange_verification_code = v_exchange_verification_code
                obj.type = v_type
                obj.verification_code = v_verification_code
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["exchange_verification_code"]
    except KeyError:
        raise DecodeError("required field is missing", ("exchange_verification_code",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.exchange_verification_code = value
    else:
        raise _not_one_of("1", value).at("exchange_verification_code")
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is _STR and value in _ALLOWED_account_opening:
        obj.type = value
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
    if count == 4:
        try:
            v_exchange_verification_code = data["exchange_verification_code"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR
                    and v_msg_type in _ALLOWED_exchange_verification_code
                )
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.exchange_verification_code = (
                        structure_exchange_verification_code_response_exchange_verification_code(
                            v_exchange_verification_code
                        )
                    )
                except DecodeError as error:
                    raise error.at("exchange_verification_code") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "exchange_verification_code" not in data:
        obj.exchange_verification_code = None
        count += 1
    else:
        value = data["exchange_verification_code"]
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
    count = len(data)
    if count == 1:
        try:
            v_new_verification_code = data["new_verification_code"]
        except KeyError:
            pass
        else:
            if v_new_verification_code.__class__ is str:
                obj.new_verification_code = v_new_verification_code
                obj.extra_fields = {}
                return obj
    try:
        value = data["new_verification_code"]
    except KeyError:
        raise DecodeError("required field is missing", ("new_verification_code",)) from None
    if value.__class__ is str:
        obj.new_verification_code = value
    else:
        raise _expected("a string", value).at("new_verification_code")
    if count == 1:
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
