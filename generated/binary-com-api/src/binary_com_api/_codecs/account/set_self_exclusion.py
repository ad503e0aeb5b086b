"""Decoders and encoders of the models of the ``set_self_exclusion`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_set_self_exclusion = frozenset({"set_self_exclusion"})


_KEYS_SET_SELF_EXCLUSION_REQUEST = frozenset(
    (
        "set_self_exclusion",
        "exclude_until",
        "max_30day_deposit",
        "max_30day_losses",
        "max_30day_turnover",
        "max_7day_deposit",
        "max_7day_losses",
        "max_7day_turnover",
        "max_balance",
        "max_deposit",
        "max_losses",
        "max_open_bets",
        "max_turnover",
        "session_duration_limit",
        "timeout_until",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_SET_SELF_EXCLUSION_RESPONSE = frozenset(
    (
        "set_self_exclusion",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_set_self_exclusion_request(data: Any) -> m.SetSelfExclusionRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SetSelfExclusionRequest)
    count = len(data)
    try:
        value = data["set_self_exclusion"]
    except KeyError:
        raise DecodeError("required field is missing", ("set_self_exclusion",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.set_self_exclusion = value
    else:
        raise _not_one_of("1", value).at("set_self_exclusion")
    value = data.get("exclude_until", _MISSING)
    if value is None or (value.__class__ is str):
        obj.exclude_until = value
    elif value is _MISSING:
        obj.exclude_until = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("exclude_until")
    value = data.get("max_30day_deposit", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.max_30day_deposit = value
    elif value is _MISSING:
        obj.max_30day_deposit = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("max_30day_deposit")
    value = data.get("max_30day_losses", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.max_30day_losses = value
    elif value is _MISSING:
        obj.max_30day_losses = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("max_30day_losses")
    value = data.get("max_30day_turnover", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.max_30day_turnover = value
    elif value is _MISSING:
        obj.max_30day_turnover = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("max_30day_turnover")
    value = data.get("max_7day_deposit", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.max_7day_deposit = value
    elif value is _MISSING:
        obj.max_7day_deposit = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("max_7day_deposit")
    value = data.get("max_7day_losses", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.max_7day_losses = value
    elif value is _MISSING:
        obj.max_7day_losses = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("max_7day_losses")
    value = data.get("max_7day_turnover", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.max_7day_turnover = value
    elif value is _MISSING:
        obj.max_7day_turnover = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("max_7day_turnover")
    value = data.get("max_balance", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.max_balance = value
    elif value is _MISSING:
        obj.max_balance = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("max_balance")
    value = data.get("max_deposit", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.max_deposit = value
    elif value is _MISSING:
        obj.max_deposit = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("max_deposit")
    value = data.get("max_losses", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.max_losses = value
    elif value is _MISSING:
        obj.max_losses = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("max_losses")
    value = data.get("max_open_bets", _MISSING)
    if value is None or (value.__class__ is int):
        obj.max_open_bets = value
    elif value is _MISSING:
        obj.max_open_bets = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("max_open_bets")
    value = data.get("max_turnover", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.max_turnover = value
    elif value is _MISSING:
        obj.max_turnover = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("max_turnover")
    value = data.get("session_duration_limit", _MISSING)
    if value is None or (value.__class__ is int):
        obj.session_duration_limit = value
    elif value is _MISSING:
        obj.session_duration_limit = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("session_duration_limit")
    value = data.get("timeout_until", _MISSING)
    if value is None or (value.__class__ is int):
        obj.timeout_until = value
    elif value is _MISSING:
        obj.timeout_until = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("timeout_until")
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
    if count != 18:
        unknown = sorted(key for key in data if key not in _KEYS_SET_SELF_EXCLUSION_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_set_self_exclusion_request(obj: m.SetSelfExclusionRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"set_self_exclusion": obj.set_self_exclusion}
    value: Any
    value = obj.exclude_until
    if value is not UNSET:
        data["exclude_until"] = value
    value = obj.max_30day_deposit
    if value is not UNSET:
        data["max_30day_deposit"] = value
    value = obj.max_30day_losses
    if value is not UNSET:
        data["max_30day_losses"] = value
    value = obj.max_30day_turnover
    if value is not UNSET:
        data["max_30day_turnover"] = value
    value = obj.max_7day_deposit
    if value is not UNSET:
        data["max_7day_deposit"] = value
    value = obj.max_7day_losses
    if value is not UNSET:
        data["max_7day_losses"] = value
    value = obj.max_7day_turnover
    if value is not UNSET:
        data["max_7day_turnover"] = value
    value = obj.max_balance
    if value is not UNSET:
        data["max_balance"] = value
    value = obj.max_deposit
    if value is not UNSET:
        data["max_deposit"] = value
    value = obj.max_losses
    if value is not UNSET:
        data["max_losses"] = value
    value = obj.max_open_bets
    if value is not UNSET:
        data["max_open_bets"] = value
    value = obj.max_turnover
    if value is not UNSET:
        data["max_turnover"] = value
    value = obj.session_duration_limit
    if value is not UNSET:
        data["session_duration_limit"] = value
    value = obj.timeout_until
    if value is not UNSET:
        data["timeout_until"] = value
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


def structure_set_self_exclusion_response(data: Any) -> m.SetSelfExclusionResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SetSelfExclusionResponse)
    count = len(data)
    value = data.get("set_self_exclusion", _MISSING)
    if value.__class__ is int:
        obj.set_self_exclusion = value
    elif value is _MISSING:
        obj.set_self_exclusion = None
        count += 1
    else:
        raise _expected("an integer", value).at("set_self_exclusion")
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
    if value.__class__ is _STR and value in _ALLOWED_set_self_exclusion:
        obj.msg_type = value
    else:
        raise _not_one_of("'set_self_exclusion'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_SET_SELF_EXCLUSION_RESPONSE
        }
    return obj


def unstructure_set_self_exclusion_response(obj: m.SetSelfExclusionResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.set_self_exclusion
    if value is not None:
        data["set_self_exclusion"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.SetSelfExclusionRequest: structure_set_self_exclusion_request,
    m.SetSelfExclusionResponse: structure_set_self_exclusion_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.SetSelfExclusionRequest: unstructure_set_self_exclusion_request,
    m.SetSelfExclusionResponse: unstructure_set_self_exclusion_response,
}
