"""Decoders and encoders for every model, written out per model for speed.

`converter()` exposes them as a cattrs converter for callers who prefer the cattrs API; it is
built on first use so importing the package stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from . import models as m
from ._runtime.core.exact_json import MAX_EXPONENT, in_range
from .errors import DecodeError

if TYPE_CHECKING:
    import cattrs

_SCALAR_CLASSES = frozenset({str, int, float, bool, type(None)})
# The classes of Literal values, typed Any so that a class test does not narrow the value
# to the class (a Literal field does not accept a plain `str`).
_STR: Any = str
_INT: Any = int
_FLOAT: Any = float
_BOOL: Any = bool
_new = object.__new__
_JSON_KINDS = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
    # (A number read exactly because a float cannot hold it: see `_runtime.core.exact_json`.)
    Decimal: "a number a float cannot hold exactly",
}


def _expected(what: str, value: object) -> DecodeError:
    return DecodeError(f"expected {what}, got {_JSON_KINDS.get(type(value), type(value).__name__)}")


def _not_one_of(allowed: str, value: object) -> DecodeError:
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return DecodeError(f"expected one of {allowed}, got {shown}")


def _wrong_length(size: int, value: list[Any]) -> DecodeError:
    return DecodeError(f"expected an array of {size} items, got {len(value)}")


def _decimal(value: Any) -> Decimal:
    """Decimal strings become `Decimal`; bare JSON numbers are accepted too (read exactly:
    see `_runtime.core.exact_json`). An exponent past `MAX_EXPONENT` is refused."""
    if value.__class__ is str:
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise _not_one_of("decimal strings", value) from None
        if not result.is_finite():
            raise _not_one_of("finite decimal strings", value)
        if not in_range(result):
            raise _not_one_of(f"decimal strings with an exponent within {MAX_EXPONENT}", value)
        return result
    if value.__class__ is int or value.__class__ is float:
        return Decimal(str(value))
    if value.__class__ is Decimal:
        exact: Decimal = value
        return exact
    raise _expected("a decimal string", value)


def _decimal_text(value: Decimal) -> str:
    """Plain notation keeps every digit the server sent, trailing zeros included."""
    return format(value, "f")


def _first_match(value: Any, decoders: tuple[Callable[[Any], Any], ...]) -> Any:
    reasons = []
    for decode in decoders:
        try:
            return decode(value)
        except DecodeError as error:
            # Where inside the value each form failed, e.g. "... at [3]" for a tuple position.
            where = "".join(
                f"[{part}]" if part.__class__ is int else f".{part}" for part in error.path
            )
            reasons.append(f"{error.message} at {where}" if where else str(error.message))
    raise DecodeError("matches none of the allowed forms: " + "; ".join(reasons))


def _locate_item_error(items: list[Any], decode: Callable[[Any], Any]) -> DecodeError:
    for index, item in enumerate(items):
        try:
            decode(item)
        except DecodeError as error:
            return error.at(index)
    return DecodeError("array item failed to decode")


def _decode_extras(
    data: dict[str, Any], known: frozenset[str], decode: Callable[[Any], Any]
) -> dict[str, Any]:
    extras = {}
    for key, item in data.items():
        if key not in known:
            try:
                extras[key] = decode(item)
            except DecodeError as error:
                raise error.at(key) from None
    return extras


def _encode_any(value: Any) -> Any:
    """The generic path, for union-typed values whose class decides how they encode."""
    encode = _UNSTRUCTURE.get(value.__class__)
    if encode is not None:
        return encode(value)
    if value.__class__ is Decimal:
        return _decimal_text(value)
    if value.__class__ is list or value.__class__ is tuple:
        return [_encode_any(item) for item in value]
    if value.__class__ is dict:
        return {key: _encode_any(item) for key, item in value.items()}
    return value


_KEYS_REVOKE_TOKEN_RESPONSE = frozenset(
    (
        "code",
        "message",
        "data",
        "success",
    )
)


_KEYS_TOKEN_RESPONSE = frozenset(
    (
        "access_token",
        "refresh_token",
        "scope",
        "token_type",
        "expires_in",
    )
)


_KEYS_USER_INFO = frozenset(
    (
        "userId",
        "email",
    )
)


_KEYS_USER_INFO_RESPONSE = frozenset(
    (
        "code",
        "message",
        "data",
        "success",
    )
)


def structure_revoke_token_response(data: Any) -> m.RevokeTokenResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.RevokeTokenResponse)
    count = len(data)
    if count == 4:
        try:
            v_code = data["code"]
            v_message = data["message"]
            v_data = data["data"]
            v_success = data["success"]
        except KeyError:
            pass
        else:
            if (
                (v_code.__class__ is str)
                and (v_message is None or (v_message.__class__ is str))
                and (v_data.__class__ is bool)
                and (v_success.__class__ is bool)
            ):
                obj.code = v_code
                obj.message = v_message
                obj.data = v_data
                obj.success = v_success
                obj.extra_fields = {}
                return obj
    try:
        value = data["code"]
    except KeyError:
        raise DecodeError("required field is missing", ("code",)) from None
    if value.__class__ is str:
        obj.code = value
    else:
        raise _expected("a string", value).at("code")
    try:
        value = data["message"]
    except KeyError:
        raise DecodeError("required field is missing", ("message",)) from None
    if value is None or (value.__class__ is str):
        obj.message = value
    else:
        raise _expected("a string", value).at("message")
    try:
        value = data["data"]
    except KeyError:
        raise DecodeError("required field is missing", ("data",)) from None
    if value.__class__ is bool:
        obj.data = value
    else:
        raise _expected("a boolean", value).at("data")
    try:
        value = data["success"]
    except KeyError:
        raise DecodeError("required field is missing", ("success",)) from None
    if value.__class__ is bool:
        obj.success = value
    else:
        raise _expected("a boolean", value).at("success")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_REVOKE_TOKEN_RESPONSE}
    return obj


def unstructure_revoke_token_response(obj: m.RevokeTokenResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "code": obj.code,
        "message": obj.message,
        "data": obj.data,
        "success": obj.success,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_token_response(data: Any) -> m.TokenResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TokenResponse)
    count = len(data)
    if count == 5:
        try:
            v_access_token = data["access_token"]
            v_refresh_token = data["refresh_token"]
            v_scope = data["scope"]
            v_token_type = data["token_type"]
            v_expires_in = data["expires_in"]
        except KeyError:
            pass
        else:
            if (
                (v_access_token.__class__ is str)
                and (v_refresh_token.__class__ is str)
                and (v_scope.__class__ is str)
                and (v_token_type.__class__ is str)
                and (v_expires_in.__class__ is int)
            ):
                obj.access_token = v_access_token
                obj.refresh_token = v_refresh_token
                obj.scope = v_scope
                obj.token_type = v_token_type
                obj.expires_in = v_expires_in
                obj.extra_fields = {}
                return obj
    try:
        value = data["access_token"]
    except KeyError:
        raise DecodeError("required field is missing", ("access_token",)) from None
    if value.__class__ is str:
        obj.access_token = value
    else:
        raise _expected("a string", value).at("access_token")
    if "refresh_token" not in data:
        obj.refresh_token = None
        count += 1
    elif (value := data["refresh_token"]).__class__ is str:
        obj.refresh_token = value
    else:
        raise _expected("a string", value).at("refresh_token")
    if "scope" not in data:
        obj.scope = None
        count += 1
    elif (value := data["scope"]).__class__ is str:
        obj.scope = value
    else:
        raise _expected("a string", value).at("scope")
    try:
        value = data["token_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("token_type",)) from None
    if value.__class__ is str:
        obj.token_type = value
    else:
        raise _expected("a string", value).at("token_type")
    try:
        value = data["expires_in"]
    except KeyError:
        raise DecodeError("required field is missing", ("expires_in",)) from None
    if value.__class__ is int:
        obj.expires_in = value
    else:
        raise _expected("an integer", value).at("expires_in")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TOKEN_RESPONSE}
    return obj


def unstructure_token_response(obj: m.TokenResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "access_token": obj.access_token,
        "token_type": obj.token_type,
        "expires_in": obj.expires_in,
    }
    value: Any
    value = obj.refresh_token
    if value is not None:
        data["refresh_token"] = value
    value = obj.scope
    if value is not None:
        data["scope"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_user_info(data: Any) -> m.UserInfo:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.UserInfo)
    count = len(data)
    if count == 2:
        try:
            v_user_id = data["userId"]
            v_email = data["email"]
        except KeyError:
            pass
        else:
            if (v_user_id.__class__ is str) and (v_email.__class__ is str):
                obj.user_id = v_user_id
                obj.email = v_email
                obj.extra_fields = {}
                return obj
    try:
        value = data["userId"]
    except KeyError:
        raise DecodeError("required field is missing", ("userId",)) from None
    if value.__class__ is str:
        obj.user_id = value
    else:
        raise _expected("a string", value).at("userId")
    if "email" not in data:
        obj.email = None
        count += 1
    elif (value := data["email"]).__class__ is str:
        obj.email = value
    else:
        raise _expected("a string", value).at("email")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_USER_INFO}
    return obj


def unstructure_user_info(obj: m.UserInfo) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"userId": obj.user_id}
    value: Any
    value = obj.email
    if value is not None:
        data["email"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_user_info_response(data: Any) -> m.UserInfoResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.UserInfoResponse)
    count = len(data)
    if count == 4:
        try:
            v_code = data["code"]
            v_message = data["message"]
            v_data = data["data"]
            v_success = data["success"]
        except KeyError:
            pass
        else:
            if (
                (v_code.__class__ is str)
                and (v_message is None or (v_message.__class__ is str))
                and (v_success.__class__ is bool)
            ):
                obj.code = v_code
                obj.message = v_message
                try:
                    obj.data = structure_user_info(v_data)
                except DecodeError as error:
                    raise error.at("data") from None
                obj.success = v_success
                obj.extra_fields = {}
                return obj
    try:
        value = data["code"]
    except KeyError:
        raise DecodeError("required field is missing", ("code",)) from None
    if value.__class__ is str:
        obj.code = value
    else:
        raise _expected("a string", value).at("code")
    try:
        value = data["message"]
    except KeyError:
        raise DecodeError("required field is missing", ("message",)) from None
    if value is None or (value.__class__ is str):
        obj.message = value
    else:
        raise _expected("a string", value).at("message")
    try:
        value = data["data"]
    except KeyError:
        raise DecodeError("required field is missing", ("data",)) from None
    try:
        obj.data = structure_user_info(value)
    except DecodeError as error:
        raise error.at("data") from None
    try:
        value = data["success"]
    except KeyError:
        raise DecodeError("required field is missing", ("success",)) from None
    if value.__class__ is bool:
        obj.success = value
    else:
        raise _expected("a boolean", value).at("success")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_USER_INFO_RESPONSE}
    return obj


def unstructure_user_info_response(obj: m.UserInfoResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "code": obj.code,
        "message": obj.message,
        "data": unstructure_user_info(obj.data),
        "success": obj.success,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


_STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.RevokeTokenResponse: structure_revoke_token_response,
    m.TokenResponse: structure_token_response,
    m.UserInfo: structure_user_info,
    m.UserInfoResponse: structure_user_info_response,
}
_UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.RevokeTokenResponse: unstructure_revoke_token_response,
    m.TokenResponse: unstructure_token_response,
    m.UserInfo: unstructure_user_info,
    m.UserInfoResponse: unstructure_user_info_response,
}
_converter: cattrs.Converter | None = None


def converter() -> cattrs.Converter:
    """A cattrs converter with this package's fast hooks registered for every model."""
    global _converter
    if _converter is None:
        import cattrs

        instance = cattrs.Converter()
        for cls, decode in _STRUCTURE.items():
            # Registered by predicate: by class, cattrs would evaluate the model's annotations,
            # which fails for a model with a field named like a builtin it uses (``list``).
            instance.register_structure_hook_func(_exactly(cls), _ignore_type(decode))
            instance.register_unstructure_hook_func(_exactly(cls), _UNSTRUCTURE[cls])
        _converter = instance
    return _converter


def _exactly(cls: type[Any]) -> Callable[[Any], bool]:
    return lambda candidate: candidate is cls


def _ignore_type(decode: Callable[[Any], Any]) -> Callable[[Any, Any], Any]:
    return lambda data, _cls: decode(data)


def structure(data: Any, cls: type[Any]) -> Any:
    """Decodes JSON data (as `json.loads` returns it) into an instance of `cls`."""
    try:
        decode = _STRUCTURE[cls]
    except KeyError:
        raise TypeError(f"{cls!r} is not a model of this package") from None
    return decode(data)


def unstructure(obj: Any) -> Any:
    """The JSON data for a model instance (or a list or dict of them)."""
    return _encode_any(obj)
