"""Decoders and encoders of the models of the ``partner_account_creation_status`` call (partners group).

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


_ALLOWED_partner_account_creation_status = frozenset({"partner_account_creation_status"})


_KEYS_PARTNER_ACCOUNT_CREATION_STATUS_REQUEST = frozenset(
    (
        "partner_account_creation_status",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE = frozenset(
    (
        "partner_account_creation_status",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE_PARTNER_ACCOUNT_CREATION_STATUS = frozenset(
    (
        "create_CFD_account",
        "create_eu_partner",
        "create_row_partner",
        "create_third_party_provider_user",
        "link_partner_eu",
        "link_partner_row",
    )
)


_KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE_PARTNER_ACCOUNT_CREATION_STATUS_CREATE_CFD_ACCOUNT = frozenset(
    (
        "response",
        "status",
    )
)


_KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE_PARTNER_ACCOUNT_CREATION_STATUS_CREATE_EU_PARTNER = (
    frozenset(
        (
            "response",
            "status",
        )
    )
)


_KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE_PARTNER_ACCOUNT_CREATION_STATUS_CREATE_ROW_PARTNER = frozenset(
    (
        "response",
        "status",
    )
)


_KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE_PARTNER_ACCOUNT_CREATION_STATUS_CREATE_THIRD_PARTY_PROVIDER_USER = frozenset(
    (
        "response",
        "status",
    )
)


_KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE_PARTNER_ACCOUNT_CREATION_STATUS_LINK_PARTNER_EU = (
    frozenset(
        (
            "response",
            "status",
        )
    )
)


_KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE_PARTNER_ACCOUNT_CREATION_STATUS_LINK_PARTNER_ROW = (
    frozenset(
        (
            "response",
            "status",
        )
    )
)


def structure_partner_account_creation_status_request(
    data: Any,
) -> m.PartnerAccountCreationStatusRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerAccountCreationStatusRequest)
    count = len(data)
    if count == 4:
        try:
            v_partner_account_creation_status = data["partner_account_creation_status"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_partner_account_creation_status.__class__ is _INT
                    and v_partner_account_creation_status in _ALLOWED_1
                )
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.partner_account_creation_status = v_partner_account_creation_status
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["partner_account_creation_status"]
    except KeyError:
        raise DecodeError(
            "required field is missing", ("partner_account_creation_status",)
        ) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.partner_account_creation_status = value
    else:
        raise _not_one_of("1", value).at("partner_account_creation_status")
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
        unknown = sorted(
            key for key in data if key not in _KEYS_PARTNER_ACCOUNT_CREATION_STATUS_REQUEST
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_partner_account_creation_status_request(
    obj: m.PartnerAccountCreationStatusRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"partner_account_creation_status": obj.partner_account_creation_status}
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


def structure_partner_account_creation_status_response(
    data: Any,
) -> m.PartnerAccountCreationStatusResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerAccountCreationStatusResponse)
    count = len(data)
    if count == 4:
        try:
            v_partner_account_creation_status = data["partner_account_creation_status"]
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
                    and v_msg_type in _ALLOWED_partner_account_creation_status
                )
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.partner_account_creation_status = structure_partner_account_creation_status_response_partner_account_creation_status(
                        v_partner_account_creation_status
                    )
                except DecodeError as error:
                    raise error.at("partner_account_creation_status") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "partner_account_creation_status" not in data:
        obj.partner_account_creation_status = None
        count += 1
    else:
        value = data["partner_account_creation_status"]
        try:
            obj.partner_account_creation_status = (
                structure_partner_account_creation_status_response_partner_account_creation_status(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("partner_account_creation_status") from None
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
    if value.__class__ is _STR and value in _ALLOWED_partner_account_creation_status:
        obj.msg_type = value
    else:
        raise _not_one_of("'partner_account_creation_status'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE
        }
    return obj


def unstructure_partner_account_creation_status_response(
    obj: m.PartnerAccountCreationStatusResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.partner_account_creation_status
    if value is not None:
        data["partner_account_creation_status"] = (
            unstructure_partner_account_creation_status_response_partner_account_creation_status(
                value
            )
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_partner_account_creation_status_response_partner_account_creation_status(
    data: Any,
) -> m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatus:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatus)
    count = len(data)
    if count == 6:
        try:
            v_create_cfd_account = data["create_CFD_account"]
            v_create_eu_partner = data["create_eu_partner"]
            v_create_row_partner = data["create_row_partner"]
            v_create_third_party_provider_user = data["create_third_party_provider_user"]
            v_link_partner_eu = data["link_partner_eu"]
            v_link_partner_row = data["link_partner_row"]
        except KeyError:
            pass
        else:
            try:
                obj.create_cfd_account = structure_partner_account_creation_status_response_partner_account_creation_status_create_cfd_account(
                    v_create_cfd_account
                )
            except DecodeError as error:
                raise error.at("create_CFD_account") from None
            try:
                obj.create_eu_partner = structure_partner_account_creation_status_response_partner_account_creation_status_create_eu_partner(
                    v_create_eu_partner
                )
            except DecodeError as error:
                raise error.at("create_eu_partner") from None
            try:
                obj.create_row_partner = structure_partner_account_creation_status_response_partner_account_creation_status_create_row_partner(
                    v_create_row_partner
                )
            except DecodeError as error:
                raise error.at("create_row_partner") from None
            try:
                obj.create_third_party_provider_user = structure_partner_account_creation_status_response_partner_account_creation_status_create_third_party_provider_user(
                    v_create_third_party_provider_user
                )
            except DecodeError as error:
                raise error.at("create_third_party_provider_user") from None
            try:
                obj.link_partner_eu = structure_partner_account_creation_status_response_partner_account_creation_status_link_partner_eu(
                    v_link_partner_eu
                )
            except DecodeError as error:
                raise error.at("link_partner_eu") from None
            try:
                obj.link_partner_row = structure_partner_account_creation_status_response_partner_account_creation_status_link_partner_row(
                    v_link_partner_row
                )
            except DecodeError as error:
                raise error.at("link_partner_row") from None
            obj.extra_fields = {}
            return obj
    try:
        value = data["create_CFD_account"]
    except KeyError:
        raise DecodeError("required field is missing", ("create_CFD_account",)) from None
    try:
        obj.create_cfd_account = structure_partner_account_creation_status_response_partner_account_creation_status_create_cfd_account(
            value
        )
    except DecodeError as error:
        raise error.at("create_CFD_account") from None
    try:
        value = data["create_eu_partner"]
    except KeyError:
        raise DecodeError("required field is missing", ("create_eu_partner",)) from None
    try:
        obj.create_eu_partner = structure_partner_account_creation_status_response_partner_account_creation_status_create_eu_partner(
            value
        )
    except DecodeError as error:
        raise error.at("create_eu_partner") from None
    try:
        value = data["create_row_partner"]
    except KeyError:
        raise DecodeError("required field is missing", ("create_row_partner",)) from None
    try:
        obj.create_row_partner = structure_partner_account_creation_status_response_partner_account_creation_status_create_row_partner(
            value
        )
    except DecodeError as error:
        raise error.at("create_row_partner") from None
    try:
        value = data["create_third_party_provider_user"]
    except KeyError:
        raise DecodeError(
            "required field is missing", ("create_third_party_provider_user",)
        ) from None
    try:
        obj.create_third_party_provider_user = structure_partner_account_creation_status_response_partner_account_creation_status_create_third_party_provider_user(
            value
        )
    except DecodeError as error:
        raise error.at("create_third_party_provider_user") from None
    try:
        value = data["link_partner_eu"]
    except KeyError:
        raise DecodeError("required field is missing", ("link_partner_eu",)) from None
    try:
        obj.link_partner_eu = structure_partner_account_creation_status_response_partner_account_creation_status_link_partner_eu(
            value
        )
    except DecodeError as error:
        raise error.at("link_partner_eu") from None
    try:
        value = data["link_partner_row"]
    except KeyError:
        raise DecodeError("required field is missing", ("link_partner_row",)) from None
    try:
        obj.link_partner_row = structure_partner_account_creation_status_response_partner_account_creation_status_link_partner_row(
            value
        )
    except DecodeError as error:
        raise error.at("link_partner_row") from None
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE_PARTNER_ACCOUNT_CREATION_STATUS
        }
    return obj


def unstructure_partner_account_creation_status_response_partner_account_creation_status(
    obj: m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatus,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "create_CFD_account": unstructure_partner_account_creation_status_response_partner_account_creation_status_create_cfd_account(
            obj.create_cfd_account
        ),
        "create_eu_partner": unstructure_partner_account_creation_status_response_partner_account_creation_status_create_eu_partner(
            obj.create_eu_partner
        ),
        "create_row_partner": unstructure_partner_account_creation_status_response_partner_account_creation_status_create_row_partner(
            obj.create_row_partner
        ),
        "create_third_party_provider_user": unstructure_partner_account_creation_status_response_partner_account_creation_status_create_third_party_provider_user(
            obj.create_third_party_provider_user
        ),
        "link_partner_eu": unstructure_partner_account_creation_status_response_partner_account_creation_status_link_partner_eu(
            obj.link_partner_eu
        ),
        "link_partner_row": unstructure_partner_account_creation_status_response_partner_account_creation_status_link_partner_row(
            obj.link_partner_row
        ),
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_partner_account_creation_status_response_partner_account_creation_status_create_cfd_account(
    data: Any,
) -> m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateCfdAccount:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateCfdAccount)
    count = len(data)
    if count == 2:
        try:
            v_response = data["response"]
            v_status = data["status"]
        except KeyError:
            pass
        else:
            if (v_response.__class__ is dict) and (v_status.__class__ is str):
                obj.response = v_response
                obj.status = v_status
                obj.extra_fields = {}
                return obj
    if "response" not in data:
        obj.response = None
        count += 1
    elif (value := data["response"]).__class__ is dict:
        obj.response = value
    else:
        raise _expected("an object", value).at("response")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (value := data["status"]).__class__ is str:
        obj.status = value
    else:
        raise _expected("a string", value).at("status")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE_PARTNER_ACCOUNT_CREATION_STATUS_CREATE_CFD_ACCOUNT
        }
    return obj


def unstructure_partner_account_creation_status_response_partner_account_creation_status_create_cfd_account(
    obj: m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateCfdAccount,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.response
    if value is not None:
        data["response"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_partner_account_creation_status_response_partner_account_creation_status_create_eu_partner(
    data: Any,
) -> m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateEuPartner:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateEuPartner)
    count = len(data)
    if count == 2:
        try:
            v_response = data["response"]
            v_status = data["status"]
        except KeyError:
            pass
        else:
            if (v_response.__class__ is dict) and (v_status.__class__ is str):
                obj.response = v_response
                obj.status = v_status
                obj.extra_fields = {}
                return obj
    if "response" not in data:
        obj.response = None
        count += 1
    elif (value := data["response"]).__class__ is dict:
        obj.response = value
    else:
        raise _expected("an object", value).at("response")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (value := data["status"]).__class__ is str:
        obj.status = value
    else:
        raise _expected("a string", value).at("status")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE_PARTNER_ACCOUNT_CREATION_STATUS_CREATE_EU_PARTNER
        }
    return obj


def unstructure_partner_account_creation_status_response_partner_account_creation_status_create_eu_partner(
    obj: m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateEuPartner,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.response
    if value is not None:
        data["response"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_partner_account_creation_status_response_partner_account_creation_status_create_row_partner(
    data: Any,
) -> m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateRowPartner:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateRowPartner)
    count = len(data)
    if count == 2:
        try:
            v_response = data["response"]
            v_status = data["status"]
        except KeyError:
            pass
        else:
            if (v_response.__class__ is dict) and (v_status.__class__ is str):
                obj.response = v_response
                obj.status = v_status
                obj.extra_fields = {}
                return obj
    if "response" not in data:
        obj.response = None
        count += 1
    elif (value := data["response"]).__class__ is dict:
        obj.response = value
    else:
        raise _expected("an object", value).at("response")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (value := data["status"]).__class__ is str:
        obj.status = value
    else:
        raise _expected("a string", value).at("status")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE_PARTNER_ACCOUNT_CREATION_STATUS_CREATE_ROW_PARTNER
        }
    return obj


def unstructure_partner_account_creation_status_response_partner_account_creation_status_create_row_partner(
    obj: m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateRowPartner,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.response
    if value is not None:
        data["response"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_partner_account_creation_status_response_partner_account_creation_status_create_third_party_provider_user(
    data: Any,
) -> m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateThirdPartyProviderUser:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateThirdPartyProviderUser
    )
    count = len(data)
    if count == 2:
        try:
            v_response = data["response"]
            v_status = data["status"]
        except KeyError:
            pass
        else:
            if (v_response.__class__ is dict) and (v_status.__class__ is str):
                obj.response = v_response
                obj.status = v_status
                obj.extra_fields = {}
                return obj
    if "response" not in data:
        obj.response = None
        count += 1
    elif (value := data["response"]).__class__ is dict:
        obj.response = value
    else:
        raise _expected("an object", value).at("response")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (value := data["status"]).__class__ is str:
        obj.status = value
    else:
        raise _expected("a string", value).at("status")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE_PARTNER_ACCOUNT_CREATION_STATUS_CREATE_THIRD_PARTY_PROVIDER_USER
        }
    return obj


def unstructure_partner_account_creation_status_response_partner_account_creation_status_create_third_party_provider_user(
    obj: m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateThirdPartyProviderUser,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.response
    if value is not None:
        data["response"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_partner_account_creation_status_response_partner_account_creation_status_link_partner_eu(
    data: Any,
) -> m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerEu:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerEu)
    count = len(data)
    if count == 2:
        try:
            v_response = data["response"]
            v_status = data["status"]
        except KeyError:
            pass
        else:
            if (v_response.__class__ is dict) and (v_status.__class__ is str):
                obj.response = v_response
                obj.status = v_status
                obj.extra_fields = {}
                return obj
    if "response" not in data:
        obj.response = None
        count += 1
    elif (value := data["response"]).__class__ is dict:
        obj.response = value
    else:
        raise _expected("an object", value).at("response")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (value := data["status"]).__class__ is str:
        obj.status = value
    else:
        raise _expected("a string", value).at("status")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE_PARTNER_ACCOUNT_CREATION_STATUS_LINK_PARTNER_EU
        }
    return obj


def unstructure_partner_account_creation_status_response_partner_account_creation_status_link_partner_eu(
    obj: m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerEu,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.response
    if value is not None:
        data["response"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_partner_account_creation_status_response_partner_account_creation_status_link_partner_row(
    data: Any,
) -> m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerRow:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerRow)
    count = len(data)
    if count == 2:
        try:
            v_response = data["response"]
            v_status = data["status"]
        except KeyError:
            pass
        else:
            if (v_response.__class__ is dict) and (v_status.__class__ is str):
                obj.response = v_response
                obj.status = v_status
                obj.extra_fields = {}
                return obj
    if "response" not in data:
        obj.response = None
        count += 1
    elif (value := data["response"]).__class__ is dict:
        obj.response = value
    else:
        raise _expected("an object", value).at("response")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (value := data["status"]).__class__ is str:
        obj.status = value
    else:
        raise _expected("a string", value).at("status")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PARTNER_ACCOUNT_CREATION_STATUS_RESPONSE_PARTNER_ACCOUNT_CREATION_STATUS_LINK_PARTNER_ROW
        }
    return obj


def unstructure_partner_account_creation_status_response_partner_account_creation_status_link_partner_row(
    obj: m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerRow,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.response
    if value is not None:
        data["response"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.PartnerAccountCreationStatusRequest: structure_partner_account_creation_status_request,
    m.PartnerAccountCreationStatusResponse: structure_partner_account_creation_status_response,
    m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatus: structure_partner_account_creation_status_response_partner_account_creation_status,
    m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateCfdAccount: structure_partner_account_creation_status_response_partner_account_creation_status_create_cfd_account,
    m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateEuPartner: structure_partner_account_creation_status_response_partner_account_creation_status_create_eu_partner,
    m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateRowPartner: structure_partner_account_creation_status_response_partner_account_creation_status_create_row_partner,
    m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateThirdPartyProviderUser: structure_partner_account_creation_status_response_partner_account_creation_status_create_third_party_provider_user,
    m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerEu: structure_partner_account_creation_status_response_partner_account_creation_status_link_partner_eu,
    m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerRow: structure_partner_account_creation_status_response_partner_account_creation_status_link_partner_row,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.PartnerAccountCreationStatusRequest: unstructure_partner_account_creation_status_request,
    m.PartnerAccountCreationStatusResponse: unstructure_partner_account_creation_status_response,
    m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatus: unstructure_partner_account_creation_status_response_partner_account_creation_status,
    m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateCfdAccount: unstructure_partner_account_creation_status_response_partner_account_creation_status_create_cfd_account,
    m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateEuPartner: unstructure_partner_account_creation_status_response_partner_account_creation_status_create_eu_partner,
    m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateRowPartner: unstructure_partner_account_creation_status_response_partner_account_creation_status_create_row_partner,
    m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateThirdPartyProviderUser: unstructure_partner_account_creation_status_response_partner_account_creation_status_create_third_party_provider_user,
    m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerEu: unstructure_partner_account_creation_status_response_partner_account_creation_status_link_partner_eu,
    m.PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerRow: unstructure_partner_account_creation_status_response_partner_account_creation_status_link_partner_row,
}
