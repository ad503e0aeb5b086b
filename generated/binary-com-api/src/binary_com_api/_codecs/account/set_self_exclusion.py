"""Decoders and encoders of the models of the ``set_self_exclusion`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
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
    if count == 18:
        try:
            v_set_self_exclusion = data["set_self_exclusion"]
            v_exclude_until = data["exclude_until"]
            v_max_30day_deposit = data["max_30day_deposit"]
            v_max_30day_losses = data["max_30day_losses"]
            v_max_30day_turnover = data["max_30day_turnover"]
            v_max_7day_deposit = data["max_7day_deposit"]
            v_max_7day_losses = data["max_7day_losses"]
            v_max_7day_turnover = data["max_7day_turnover"]
            v_max_balance = data["max_balance"]
            v_max_deposit = data["max_deposit"]
            v_max_losses = data["max_losses"]
            v_max_open_bets = data["max_open_bets"]
            v_max_turnover = data["max_turnover"]
            v_session_duration_limit = data["session_duration_limit"]
            v_timeout_until = data["timeout_until"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_set_self_exclusion.__class__ is _INT and v_set_self_exclusion in _ALLOWED_1)
                and (v_exclude_until is None or (v_exclude_until.__class__ is str))
                and (
                    v_max_30day_deposit is None
                    or ((kind := v_max_30day_deposit.__class__) is float or kind is int)
                )
                and (
                    v_max_30day_losses is None
                    or ((kind := v_max_30day_losses.__class__) is float or kind is int)
                )
                and (
                    v_max_30day_turnover is None
                    or ((kind := v_max_30day_turnover.__class__) is float or kind is int)
                )
                and (
                    v_max_7day_deposit is None
                    or ((kind := v_max_7day_deposit.__class__) is float or kind is int)
                )
                and (
                    v_max_7day_losses is None
                    or ((kind := v_max_7day_losses.__class__) is float or kind is int)
                )
                and (
                    v_max_7day_turnover is None
                    or ((kind := v_max_7day_turnover.__class__) is float or kind is int)
                )
                and (
                    v_max_balance is None
                    or ((kind := v_max_balance.__class__) is float or kind is int)
                )
                and (
                    v_max_deposit is None
                    or ((kind := v_max_deposit.__class__) is float or kind is int)
                )
                and (
                    v_max_losses is None
                    or ((kind := v_max_losses.__class__) is float or kind is int)
                )
                and (v_max_open_bets is None or (v_max_open_bets.__class__ is int))
                and (
                    v_max_turnover is None
                    or ((kind := v_max_turnover.__class__) is float or kind is int)
                )
                and (
                    v_session_duration_limit is None or (v_session_duration_limit.__class__ is int)
                )
                and (v_timeout_until is None or (v_timeout_until.__class__ is int))
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.set_self_exclusion = v_set_self_exclusion
                obj.exclude_until = v_exclude_until
                obj.max_30day_deposit = v_max_30day_deposit
                obj.max_30day_losses = v_max_30day_losses
                obj.max_30day_turnover = v_max_30day_turnover
                obj.max_7day_deposit = v_max_7day_deposit
                obj.max_7day_losses = v_max_7day_losses
                obj.max_7day_turnover = v_max_7day_turnover
                obj.max_balance = v_max_balance
                obj.max_deposit = v_max_deposit
                obj.max_losses = v_max_losses
                obj.max_open_bets = v_max_open_bets
                obj.max_turnover = v_max_turnover
                obj.session_duration_limit = v_session_duration_limit
                obj.timeout_until = v_timeout_until
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["set_self_exclusion"]
    except KeyError:
        raise DecodeError("required field is missing", ("set_self_exclusion",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.set_self_exclusion = value
    else:
        raise _not_one_of("1", value).at("set_self_exclusion")
    if "exclude_until" not in data:
        obj.exclude_until = UNSET
        count += 1
    elif (value := data["exclude_until"]) is None or (value.__class__ is str):
        obj.exclude_until = value
    else:
        raise _expected("a string", value).at("exclude_until")
    if "max_30day_deposit" not in data:
        obj.max_30day_deposit = UNSET
        count += 1
    elif (value := data["max_30day_deposit"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.max_30day_deposit = value
    else:
        raise _expected("a number", value).at("max_30day_deposit")
    if "max_30day_losses" not in data:
        obj.max_30day_losses = UNSET
        count += 1
    elif (value := data["max_30day_losses"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.max_30day_losses = value
    else:
        raise _expected("a number", value).at("max_30day_losses")
    if "max_30day_turnover" not in data:
        obj.max_30day_turnover = UNSET
        count += 1
    elif (value := data["max_30day_turnover"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.max_30day_turnover = value
    else:
        raise _expected("a number", value).at("max_30day_turnover")
    if "max_7day_deposit" not in data:
        obj.max_7day_deposit = UNSET
        count += 1
    elif (value := data["max_7day_deposit"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.max_7day_deposit = value
    else:
        raise _expected("a number", value).at("max_7day_deposit")
    if "max_7day_losses" not in data:
        obj.max_7day_losses = UNSET
        count += 1
    elif (value := data["max_7day_losses"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.max_7day_losses = value
    else:
        raise _expected("a number", value).at("max_7day_losses")
    if "max_7day_turnover" not in data:
        obj.max_7day_turnover = UNSET
        count += 1
    elif (value := data["max_7day_turnover"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.max_7day_turnover = value
    else:
        raise _expected("a number", value).at("max_7day_turnover")
    if "max_balance" not in data:
        obj.max_balance = UNSET
        count += 1
    elif (value := data["max_balance"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.max_balance = value
    else:
        raise _expected("a number", value).at("max_balance")
    if "max_deposit" not in data:
        obj.max_deposit = UNSET
        count += 1
    elif (value := data["max_deposit"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.max_deposit = value
    else:
        raise _expected("a number", value).at("max_deposit")
    if "max_losses" not in data:
        obj.max_losses = UNSET
        count += 1
    elif (value := data["max_losses"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.max_losses = value
    else:
        raise _expected("a number", value).at("max_losses")
    if "max_open_bets" not in data:
        obj.max_open_bets = UNSET
        count += 1
    elif (value := data["max_open_bets"]) is None or (value.__class__ is int):
        obj.max_open_bets = value
    else:
        raise _expected("an integer", value).at("max_open_bets")
    if "max_turnover" not in data:
        obj.max_turnover = UNSET
        count += 1
    elif (value := data["max_turnover"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.max_turnover = value
    else:
        raise _expected("a number", value).at("max_turnover")
    if "session_duration_limit" not in data:
        obj.session_duration_limit = UNSET
        count += 1
    elif (value := data["session_duration_limit"]) is None or (value.__class__ is int):
        obj.session_duration_limit = value
    else:
        raise _expected("an integer", value).at("session_duration_limit")
    if "timeout_until" not in data:
        obj.timeout_until = UNSET
        count += 1
    elif (value := data["timeout_until"]) is None or (value.__class__ is int):
        obj.timeout_until = value
    else:
        raise _expected("an integer", value).at("timeout_until")
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
    if count == 4:
        try:
            v_set_self_exclusion = data["set_self_exclusion"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_set_self_exclusion.__class__ is int)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_set_self_exclusion)
                and (v_req_id.__class__ is int)
            ):
                obj.set_self_exclusion = v_set_self_exclusion
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "set_self_exclusion" not in data:
        obj.set_self_exclusion = None
        count += 1
    elif (value := data["set_self_exclusion"]).__class__ is int:
        obj.set_self_exclusion = value
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
