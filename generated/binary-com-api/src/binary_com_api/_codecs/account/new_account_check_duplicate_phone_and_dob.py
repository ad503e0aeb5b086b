"""Decoders and encoders of the models of the ``new_account_check_duplicate_phone_and_dob`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_new_account_check_duplicate_phone_and_do = frozenset(
    {"new_account_check_duplicate_phone_and_dob"}
)


_KEYS_NEW_ACCOUNT_CHECK_DUPLICATE_PHONE_AND_DOB_REQUEST = frozenset(
    (
        "new_account_check_duplicate_phone_and_dob",
        "date_of_birth",
        "phone_number",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_NEW_ACCOUNT_CHECK_DUPLICATE_PHONE_AND_DOB_RESPONSE = frozenset(
    (
        "new_account_check_duplicate_phone_and_dob",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_NEW_ACCOUNT_CHECK_DUPLICATE_PHONE_AND_DOB_RESPONSE_NEW_ACCOUNT_CHECK_DUPLICATE_PHONE_AND_DOB = frozenset(
    ("has_duplicate",)
)


def structure_new_account_check_duplicate_phone_and_dob_request(
    data: Any,
) -> m.NewAccountCheckDuplicatePhoneAndDobRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.NewAccountCheckDuplicatePhoneAndDobRequest)
    count = len(data)
    if count == 6:
        try:
            v_new_account_check_duplicate_phone_and_dob = data[
                "new_account_check_duplicate_phone_and_dob"
            ]
            v_date_of_birth = data["date_of_birth"]
            v_phone_number = data["phone_number"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_new_account_check_duplicate_phone_and_dob.__class__ is _INT
                    and v_new_account_check_duplicate_phone_and_dob in _ALLOWED_1
                )
                and (v_date_of_birth.__class__ is str)
                and (v_phone_number.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.new_account_check_duplicate_phone_and_dob = (
                    v_new_account_check_duplicate_phone_and_dob
                )
                obj.date_of_birth = v_date_of_birth
                obj.phone_number = v_phone_number
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["new_account_check_duplicate_phone_and_dob"]
    except KeyError:
        raise DecodeError(
            "required field is missing", ("new_account_check_duplicate_phone_and_dob",)
        ) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.new_account_check_duplicate_phone_and_dob = value
    else:
        raise _not_one_of("1", value).at("new_account_check_duplicate_phone_and_dob")
    try:
        value = data["date_of_birth"]
    except KeyError:
        raise DecodeError("required field is missing", ("date_of_birth",)) from None
    if value.__class__ is str:
        obj.date_of_birth = value
    else:
        raise _expected("a string", value).at("date_of_birth")
    try:
        value = data["phone_number"]
    except KeyError:
        raise DecodeError("required field is missing", ("phone_number",)) from None
    if value.__class__ is str:
        obj.phone_number = value
    else:
        raise _expected("a string", value).at("phone_number")
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
    if count != 6:
        unknown = sorted(
            key
            for key in data
            if key not in _KEYS_NEW_ACCOUNT_CHECK_DUPLICATE_PHONE_AND_DOB_REQUEST
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_new_account_check_duplicate_phone_and_dob_request(
    obj: m.NewAccountCheckDuplicatePhoneAndDobRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "new_account_check_duplicate_phone_and_dob": obj.new_account_check_duplicate_phone_and_dob,
        "date_of_birth": obj.date_of_birth,
        "phone_number": obj.phone_number,
    }
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


def structure_new_account_check_duplicate_phone_and_dob_response(
    data: Any,
) -> m.NewAccountCheckDuplicatePhoneAndDobResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.NewAccountCheckDuplicatePhoneAndDobResponse)
    count = len(data)
    if count == 4:
        try:
            v_new_account_check_duplicate_phone_and_dob = data[
                "new_account_check_duplicate_phone_and_dob"
            ]
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
                    and v_msg_type in _ALLOWED_new_account_check_duplicate_phone_and_do
                )
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.new_account_check_duplicate_phone_and_dob = structure_new_account_check_duplicate_phone_and_dob_response_new_account_check_duplicate_phone_and_dob(
                        v_new_account_check_duplicate_phone_and_dob
                    )
                except DecodeError as error:
                    raise error.at("new_account_check_duplicate_phone_and_dob") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "new_account_check_duplicate_phone_and_dob" not in data:
        obj.new_account_check_duplicate_phone_and_dob = None
        count += 1
    else:
        value = data["new_account_check_duplicate_phone_and_dob"]
        try:
            obj.new_account_check_duplicate_phone_and_dob = structure_new_account_check_duplicate_phone_and_dob_response_new_account_check_duplicate_phone_and_dob(
                value
            )
        except DecodeError as error:
            raise error.at("new_account_check_duplicate_phone_and_dob") from None
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
    if value.__class__ is _STR and value in _ALLOWED_new_account_check_duplicate_phone_and_do:
        obj.msg_type = value
    else:
        raise _not_one_of("'new_account_check_duplicate_phone_and_dob'", value).at("msg_type")
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
            k: v
            for k, v in data.items()
            if k not in _KEYS_NEW_ACCOUNT_CHECK_DUPLICATE_PHONE_AND_DOB_RESPONSE
        }
    return obj


def unstructure_new_account_check_duplicate_phone_and_dob_response(
    obj: m.NewAccountCheckDuplicatePhoneAndDobResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.new_account_check_duplicate_phone_and_dob
    if value is not None:
        data["new_account_check_duplicate_phone_and_dob"] = (
            unstructure_new_account_check_duplicate_phone_and_dob_response_new_account_check_duplicate_phone_and_dob(
                value
            )
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_new_account_check_duplicate_phone_and_dob_response_new_account_check_duplicate_phone_and_dob(
    data: Any,
) -> m.NewAccountCheckDuplicatePhoneAndDobResponseNewAccountCheckDuplicatePhoneAndDob:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.NewAccountCheckDuplicatePhoneAndDobResponseNewAccountCheckDuplicatePhoneAndDob)
    count = len(data)
    if count == 1:
        try:
            v_has_duplicate = data["has_duplicate"]
        except KeyError:
            pass
        else:
            if v_has_duplicate.__class__ is _INT and v_has_duplicate in _ALLOWED_0_1:
                obj.has_duplicate = v_has_duplicate
                obj.extra_fields = {}
                return obj
    try:
        value = data["has_duplicate"]
    except KeyError:
        raise DecodeError("required field is missing", ("has_duplicate",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.has_duplicate = value
    else:
        raise _not_one_of("0, 1", value).at("has_duplicate")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_NEW_ACCOUNT_CHECK_DUPLICATE_PHONE_AND_DOB_RESPONSE_NEW_ACCOUNT_CHECK_DUPLICATE_PHONE_AND_DOB
        }
    return obj


def unstructure_new_account_check_duplicate_phone_and_dob_response_new_account_check_duplicate_phone_and_dob(
    obj: m.NewAccountCheckDuplicatePhoneAndDobResponseNewAccountCheckDuplicatePhoneAndDob,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"has_duplicate": obj.has_duplicate}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.NewAccountCheckDuplicatePhoneAndDobRequest: structure_new_account_check_duplicate_phone_and_dob_request,
    m.NewAccountCheckDuplicatePhoneAndDobResponse: structure_new_account_check_duplicate_phone_and_dob_response,
    m.NewAccountCheckDuplicatePhoneAndDobResponseNewAccountCheckDuplicatePhoneAndDob: structure_new_account_check_duplicate_phone_and_dob_response_new_account_check_duplicate_phone_and_dob,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.NewAccountCheckDuplicatePhoneAndDobRequest: unstructure_new_account_check_duplicate_phone_and_dob_request,
    m.NewAccountCheckDuplicatePhoneAndDobResponse: unstructure_new_account_check_duplicate_phone_and_dob_response,
    m.NewAccountCheckDuplicatePhoneAndDobResponseNewAccountCheckDuplicatePhoneAndDob: unstructure_new_account_check_duplicate_phone_and_dob_response_new_account_check_duplicate_phone_and_dob,
}
