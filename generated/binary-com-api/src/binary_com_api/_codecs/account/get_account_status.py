"""Decoders and encoders of the models of the ``get_account_status`` call (account group).

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

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_active_none_perm_ban_temp_ban = frozenset({"active", "none", "perm_ban", "temp_ban"})


_ALLOWED_apple_facebook_google = frozenset({"apple", "facebook", "google"})


_ALLOWED_expired_none_pending_and_2_more = frozenset(
    {"expired", "none", "pending", "rejected", "verified"}
)


_ALLOWED_expired_none_pending_and_3_more = frozenset(
    {"expired", "none", "pending", "rejected", "suspected", "verified"}
)


_ALLOWED_get_account_status = frozenset({"get_account_status"})


_ALLOWED_locked_none_pending_and_2_more = frozenset(
    {"locked", "none", "pending", "rejected", "verified"}
)


_ALLOWED_none_pending_rejected_verified = frozenset({"none", "pending", "rejected", "verified"})


_KEYS_GET_ACCOUNT_STATUS_REQUEST = frozenset(
    (
        "get_account_status",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE = frozenset(
    (
        "get_account_status",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS = frozenset(
    (
        "authentication",
        "cashier_missing_fields",
        "cashier_validation",
        "currency_config",
        "p2p_poa_required",
        "p2p_status",
        "prompt_client_to_authenticate",
        "risk_classification",
        "social_identity_provider",
        "status",
    )
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION = frozenset(
    (
        "attempts",
        "document",
        "identity",
        "income",
        "needs_verification",
        "ownership",
    )
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_ATTEMPTS = frozenset(
    (
        "count",
        "history",
        "latest",
    )
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_ATTEMPTS_HISTORY_ITEM = (
    frozenset(
        (
            "country_code",
            "document_type",
            "id",
            "service",
            "status",
            "timestamp",
        )
    )
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_DOCUMENT = frozenset(
    (
        "expiry_date",
        "last_rejected",
        "status",
        "verified_jurisdiction",
    )
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_DOCUMENT_VERIFIED_JURISDICTION = frozenset(
    (
        "bvi",
        "dml",
        "dsl",
        "iom",
        "labuan",
        "malta",
        "maltainvest",
        "samoa",
        "samoa-virtual",
        "svg",
        "vanuatu",
        "virtual",
    )
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_IDENTITY = frozenset(
    (
        "expiry_date",
        "services",
        "status",
    )
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_IDENTITY_SERVICES = frozenset(
    (
        "idv",
        "manual",
        "onfido",
    )
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_IDENTITY_SERVICES_IDV = (
    frozenset(
        (
            "expiry_date",
            "last_rejected",
            "report_available",
            "reported_properties",
            "status",
            "submissions_left",
        )
    )
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_IDENTITY_SERVICES_MANUAL = (
    frozenset(("status",))
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_IDENTITY_SERVICES_ONFIDO = (
    frozenset(
        (
            "country_code",
            "documents",
            "documents_supported",
            "is_country_supported",
            "last_rejected",
            "reported_properties",
            "status",
            "submissions_left",
        )
    )
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_INCOME = frozenset(
    (
        "expiry_date",
        "status",
    )
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_OWNERSHIP = frozenset(
    (
        "requests",
        "status",
    )
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_OWNERSHIP_REQUESTS_ITEM = (
    frozenset(
        (
            "creation_time",
            "documents_required",
            "id",
            "payment_method",
        )
    )
)


_KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_CURRENCY_CONFIG_VALUE = frozenset(
    (
        "is_deposit_suspended",
        "is_withdrawal_suspended",
    )
)


def _decode_GetAccountStatusResponseGetAccountStatusCurrencyConfigValue_or_any(
    value: Any,
) -> m.GetAccountStatusResponseGetAccountStatusCurrencyConfigValue | Any:
    result: m.GetAccountStatusResponseGetAccountStatusCurrencyConfigValue | Any = _first_match(
        value,
        (
            structure_get_account_status_response_get_account_status_currency_config_value,
            _decode_any,
        ),
    )
    return result


def _decode_any(value: Any) -> Any:
    result: Any = value
    return result


def _decode_dict_of_GetAccountStatusResponseGetAccountStatusCurrencyConfigValue_or_any(
    value: Any,
) -> dict[str, m.GetAccountStatusResponseGetAccountStatusCurrencyConfigValue | Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = (
                _decode_GetAccountStatusResponseGetAccountStatusCurrencyConfigValue_or_any(item)
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_list_of_GetAccountStatusResponseGetAccountStatusAuthenticationAttemptsHistoryItem(
    value: Any,
) -> list[m.GetAccountStatusResponseGetAccountStatusAuthenticationAttemptsHistoryItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_get_account_status_response_get_account_status_authentication_attempts_history_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_get_account_status_response_get_account_status_authentication_attempts_history_item,
        ) from None


def _decode_list_of_GetAccountStatusResponseGetAccountStatusAuthenticationOwnershipRequestsItem(
    value: Any,
) -> list[m.GetAccountStatusResponseGetAccountStatusAuthenticationOwnershipRequestsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_get_account_status_response_get_account_status_authentication_ownership_requests_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_get_account_status_response_get_account_status_authentication_ownership_requests_item,
        ) from None


def _decode_list_of_str(value: Any) -> list[str]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not str:
                raise _expected("a string", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[str] = value
    return result


def structure_get_account_status_request(data: Any) -> m.GetAccountStatusRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusRequest)
    count = len(data)
    if count == 4:
        try:
            v_get_account_status = data["get_account_status"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_get_account_status.__class__ is _INT and v_get_account_status in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.get_account_status = v_get_account_status
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["get_account_status"]
    except KeyError:
        raise DecodeError("required field is missing", ("get_account_status",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.get_account_status = value
    else:
        raise _not_one_of("1", value).at("get_account_status")
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
        unknown = sorted(key for key in data if key not in _KEYS_GET_ACCOUNT_STATUS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_get_account_status_request(obj: m.GetAccountStatusRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"get_account_status": obj.get_account_status}
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


def structure_get_account_status_response(data: Any) -> m.GetAccountStatusResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponse)
    count = len(data)
    if count == 4:
        try:
            v_get_account_status = data["get_account_status"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_get_account_status)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.get_account_status = (
                        structure_get_account_status_response_get_account_status(
                            v_get_account_status
                        )
                    )
                except DecodeError as error:
                    raise error.at("get_account_status") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "get_account_status" not in data:
        obj.get_account_status = None
        count += 1
    else:
        value = data["get_account_status"]
        try:
            obj.get_account_status = structure_get_account_status_response_get_account_status(value)
        except DecodeError as error:
            raise error.at("get_account_status") from None
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
    if value.__class__ is _STR and value in _ALLOWED_get_account_status:
        obj.msg_type = value
    else:
        raise _not_one_of("'get_account_status'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE
        }
    return obj


def unstructure_get_account_status_response(obj: m.GetAccountStatusResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.get_account_status
    if value is not None:
        data["get_account_status"] = unstructure_get_account_status_response_get_account_status(
            value
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_account_status_response_get_account_status(
    data: Any,
) -> m.GetAccountStatusResponseGetAccountStatus:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponseGetAccountStatus)
    count = len(data)
    if count == 10:
        try:
            v_authentication = data["authentication"]
            v_cashier_missing_fields = data["cashier_missing_fields"]
            v_cashier_validation = data["cashier_validation"]
            v_currency_config = data["currency_config"]
            v_p2p_poa_required = data["p2p_poa_required"]
            v_p2p_status = data["p2p_status"]
            v_prompt_client_to_authenticate = data["prompt_client_to_authenticate"]
            v_risk_classification = data["risk_classification"]
            v_social_identity_provider = data["social_identity_provider"]
            v_status = data["status"]
        except KeyError:
            pass
        else:
            if (
                (v_p2p_poa_required.__class__ is _INT and v_p2p_poa_required in _ALLOWED_0_1)
                and (
                    v_p2p_status.__class__ is _STR
                    and v_p2p_status in _ALLOWED_active_none_perm_ban_temp_ban
                )
                and (
                    v_prompt_client_to_authenticate.__class__ is _INT
                    and v_prompt_client_to_authenticate in _ALLOWED_0_1
                )
                and (v_risk_classification.__class__ is str)
                and (
                    v_social_identity_provider.__class__ is _STR
                    and v_social_identity_provider in _ALLOWED_apple_facebook_google
                )
            ):
                try:
                    obj.authentication = (
                        structure_get_account_status_response_get_account_status_authentication(
                            v_authentication
                        )
                    )
                except DecodeError as error:
                    raise error.at("authentication") from None
                try:
                    obj.cashier_missing_fields = _decode_list_of_str(v_cashier_missing_fields)
                except DecodeError as error:
                    raise error.at("cashier_missing_fields") from None
                try:
                    obj.cashier_validation = _decode_list_of_str(v_cashier_validation)
                except DecodeError as error:
                    raise error.at("cashier_validation") from None
                try:
                    obj.currency_config = _decode_dict_of_GetAccountStatusResponseGetAccountStatusCurrencyConfigValue_or_any(
                        v_currency_config
                    )
                except DecodeError as error:
                    raise error.at("currency_config") from None
                obj.p2p_poa_required = v_p2p_poa_required
                obj.p2p_status = v_p2p_status
                obj.prompt_client_to_authenticate = v_prompt_client_to_authenticate
                obj.risk_classification = v_risk_classification
                obj.social_identity_provider = v_social_identity_provider
                try:
                    obj.status = _decode_list_of_str(v_status)
                except DecodeError as error:
                    raise error.at("status") from None
                obj.extra_fields = {}
                return obj
    if "authentication" not in data:
        obj.authentication = None
        count += 1
    else:
        value = data["authentication"]
        try:
            obj.authentication = (
                structure_get_account_status_response_get_account_status_authentication(value)
            )
        except DecodeError as error:
            raise error.at("authentication") from None
    if "cashier_missing_fields" not in data:
        obj.cashier_missing_fields = None
        count += 1
    else:
        value = data["cashier_missing_fields"]
        try:
            obj.cashier_missing_fields = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("cashier_missing_fields") from None
    if "cashier_validation" not in data:
        obj.cashier_validation = None
        count += 1
    else:
        value = data["cashier_validation"]
        try:
            obj.cashier_validation = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("cashier_validation") from None
    try:
        value = data["currency_config"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency_config",)) from None
    try:
        obj.currency_config = (
            _decode_dict_of_GetAccountStatusResponseGetAccountStatusCurrencyConfigValue_or_any(
                value
            )
        )
    except DecodeError as error:
        raise error.at("currency_config") from None
    try:
        value = data["p2p_poa_required"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_poa_required",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.p2p_poa_required = value
    else:
        raise _not_one_of("0, 1", value).at("p2p_poa_required")
    try:
        value = data["p2p_status"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_status",)) from None
    if value.__class__ is _STR and value in _ALLOWED_active_none_perm_ban_temp_ban:
        obj.p2p_status = value
    else:
        raise _not_one_of("'none', 'active', 'temp_ban', 'perm_ban'", value).at("p2p_status")
    try:
        value = data["prompt_client_to_authenticate"]
    except KeyError:
        raise DecodeError("required field is missing", ("prompt_client_to_authenticate",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.prompt_client_to_authenticate = value
    else:
        raise _not_one_of("1, 0", value).at("prompt_client_to_authenticate")
    try:
        value = data["risk_classification"]
    except KeyError:
        raise DecodeError("required field is missing", ("risk_classification",)) from None
    if value.__class__ is str:
        obj.risk_classification = value
    else:
        raise _expected("a string", value).at("risk_classification")
    if "social_identity_provider" not in data:
        obj.social_identity_provider = None
        count += 1
    elif (
        value := data["social_identity_provider"]
    ).__class__ is _STR and value in _ALLOWED_apple_facebook_google:
        obj.social_identity_provider = value
    else:
        raise _not_one_of("'google', 'facebook', 'apple'", value).at("social_identity_provider")
    try:
        value = data["status"]
    except KeyError:
        raise DecodeError("required field is missing", ("status",)) from None
    try:
        obj.status = _decode_list_of_str(value)
    except DecodeError as error:
        raise error.at("status") from None
    if count == 10:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS
        }
    return obj


def unstructure_get_account_status_response_get_account_status(
    obj: m.GetAccountStatusResponseGetAccountStatus,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "currency_config": {k: _encode_any(item) for k, item in obj.currency_config.items()},
        "p2p_poa_required": obj.p2p_poa_required,
        "p2p_status": obj.p2p_status,
        "prompt_client_to_authenticate": obj.prompt_client_to_authenticate,
        "risk_classification": obj.risk_classification,
        "status": obj.status,
    }
    value: Any
    value = obj.authentication
    if value is not None:
        data["authentication"] = (
            unstructure_get_account_status_response_get_account_status_authentication(value)
        )
    value = obj.cashier_missing_fields
    if value is not None:
        data["cashier_missing_fields"] = value
    value = obj.cashier_validation
    if value is not None:
        data["cashier_validation"] = value
    value = obj.social_identity_provider
    if value is not None:
        data["social_identity_provider"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_account_status_response_get_account_status_authentication(
    data: Any,
) -> m.GetAccountStatusResponseGetAccountStatusAuthentication:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponseGetAccountStatusAuthentication)
    count = len(data)
    if count == 6:
        try:
            v_attempts = data["attempts"]
            v_document = data["document"]
            v_identity = data["identity"]
            v_income = data["income"]
            v_needs_verification = data["needs_verification"]
            v_ownership = data["ownership"]
        except KeyError:
            pass
        else:
            try:
                obj.attempts = structure_get_account_status_response_get_account_status_authentication_attempts(
                    v_attempts
                )
            except DecodeError as error:
                raise error.at("attempts") from None
            try:
                obj.document = structure_get_account_status_response_get_account_status_authentication_document(
                    v_document
                )
            except DecodeError as error:
                raise error.at("document") from None
            try:
                obj.identity = structure_get_account_status_response_get_account_status_authentication_identity(
                    v_identity
                )
            except DecodeError as error:
                raise error.at("identity") from None
            try:
                obj.income = (
                    structure_get_account_status_response_get_account_status_authentication_income(
                        v_income
                    )
                )
            except DecodeError as error:
                raise error.at("income") from None
            try:
                obj.needs_verification = _decode_list_of_str(v_needs_verification)
            except DecodeError as error:
                raise error.at("needs_verification") from None
            try:
                obj.ownership = structure_get_account_status_response_get_account_status_authentication_ownership(
                    v_ownership
                )
            except DecodeError as error:
                raise error.at("ownership") from None
            obj.extra_fields = {}
            return obj
    if "attempts" not in data:
        obj.attempts = None
        count += 1
    else:
        value = data["attempts"]
        try:
            obj.attempts = (
                structure_get_account_status_response_get_account_status_authentication_attempts(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("attempts") from None
    if "document" not in data:
        obj.document = None
        count += 1
    else:
        value = data["document"]
        try:
            obj.document = (
                structure_get_account_status_response_get_account_status_authentication_document(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("document") from None
    if "identity" not in data:
        obj.identity = None
        count += 1
    else:
        value = data["identity"]
        try:
            obj.identity = (
                structure_get_account_status_response_get_account_status_authentication_identity(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("identity") from None
    if "income" not in data:
        obj.income = None
        count += 1
    else:
        value = data["income"]
        try:
            obj.income = (
                structure_get_account_status_response_get_account_status_authentication_income(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("income") from None
    try:
        value = data["needs_verification"]
    except KeyError:
        raise DecodeError("required field is missing", ("needs_verification",)) from None
    try:
        obj.needs_verification = _decode_list_of_str(value)
    except DecodeError as error:
        raise error.at("needs_verification") from None
    if "ownership" not in data:
        obj.ownership = None
        count += 1
    else:
        value = data["ownership"]
        try:
            obj.ownership = (
                structure_get_account_status_response_get_account_status_authentication_ownership(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("ownership") from None
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION
        }
    return obj


def unstructure_get_account_status_response_get_account_status_authentication(
    obj: m.GetAccountStatusResponseGetAccountStatusAuthentication,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"needs_verification": obj.needs_verification}
    value: Any
    value = obj.attempts
    if value is not None:
        data["attempts"] = (
            unstructure_get_account_status_response_get_account_status_authentication_attempts(
                value
            )
        )
    value = obj.document
    if value is not None:
        data["document"] = (
            unstructure_get_account_status_response_get_account_status_authentication_document(
                value
            )
        )
    value = obj.identity
    if value is not None:
        data["identity"] = (
            unstructure_get_account_status_response_get_account_status_authentication_identity(
                value
            )
        )
    value = obj.income
    if value is not None:
        data["income"] = (
            unstructure_get_account_status_response_get_account_status_authentication_income(value)
        )
    value = obj.ownership
    if value is not None:
        data["ownership"] = (
            unstructure_get_account_status_response_get_account_status_authentication_ownership(
                value
            )
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_account_status_response_get_account_status_authentication_attempts(
    data: Any,
) -> m.GetAccountStatusResponseGetAccountStatusAuthenticationAttempts:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponseGetAccountStatusAuthenticationAttempts)
    count = len(data)
    if count == 3:
        try:
            v_count = data["count"]
            v_history = data["history"]
            v_latest = data["latest"]
        except KeyError:
            pass
        else:
            if (v_count.__class__ is int) and (v_latest is None or (v_latest.__class__ is dict)):
                obj.count = v_count
                try:
                    obj.history = _decode_list_of_GetAccountStatusResponseGetAccountStatusAuthenticationAttemptsHistoryItem(
                        v_history
                    )
                except DecodeError as error:
                    raise error.at("history") from None
                obj.latest = v_latest
                obj.extra_fields = {}
                return obj
    if "count" not in data:
        obj.count = None
        count += 1
    elif (value := data["count"]).__class__ is int:
        obj.count = value
    else:
        raise _expected("an integer", value).at("count")
    if "history" not in data:
        obj.history = None
        count += 1
    else:
        value = data["history"]
        try:
            obj.history = _decode_list_of_GetAccountStatusResponseGetAccountStatusAuthenticationAttemptsHistoryItem(
                value
            )
        except DecodeError as error:
            raise error.at("history") from None
    if "latest" not in data:
        obj.latest = UNSET
        count += 1
    elif (value := data["latest"]) is None or (value.__class__ is dict):
        obj.latest = value
    else:
        raise _expected("an object", value).at("latest")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_ATTEMPTS
        }
    return obj


def unstructure_get_account_status_response_get_account_status_authentication_attempts(
    obj: m.GetAccountStatusResponseGetAccountStatusAuthenticationAttempts,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.count
    if value is not None:
        data["count"] = value
    value = obj.history
    if value is not None:
        data["history"] = [
            unstructure_get_account_status_response_get_account_status_authentication_attempts_history_item(
                item
            )
            for item in value
        ]
    value = obj.latest
    if value is not UNSET:
        data["latest"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_account_status_response_get_account_status_authentication_attempts_history_item(
    data: Any,
) -> m.GetAccountStatusResponseGetAccountStatusAuthenticationAttemptsHistoryItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponseGetAccountStatusAuthenticationAttemptsHistoryItem)
    count = len(data)
    if count == 6:
        try:
            v_country_code = data["country_code"]
            v_document_type = data["document_type"]
            v_id = data["id"]
            v_service = data["service"]
            v_status = data["status"]
            v_timestamp = data["timestamp"]
        except KeyError:
            pass
        else:
            if (
                (v_country_code.__class__ is str)
                and (v_document_type.__class__ is str)
                and (v_id.__class__ is str)
                and (v_service.__class__ is str)
                and (
                    v_status.__class__ is _STR
                    and v_status in _ALLOWED_expired_none_pending_and_2_more
                )
                and (v_timestamp.__class__ is int)
            ):
                obj.country_code = v_country_code
                obj.document_type = v_document_type
                obj.id = v_id
                obj.service = v_service
                obj.status = v_status
                obj.timestamp = v_timestamp
                obj.extra_fields = {}
                return obj
    if "country_code" not in data:
        obj.country_code = None
        count += 1
    elif (value := data["country_code"]).__class__ is str:
        obj.country_code = value
    else:
        raise _expected("a string", value).at("country_code")
    if "document_type" not in data:
        obj.document_type = None
        count += 1
    elif (value := data["document_type"]).__class__ is str:
        obj.document_type = value
    else:
        raise _expected("a string", value).at("document_type")
    if "id" not in data:
        obj.id = None
        count += 1
    elif (value := data["id"]).__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if "service" not in data:
        obj.service = None
        count += 1
    elif (value := data["service"]).__class__ is str:
        obj.service = value
    else:
        raise _expected("a string", value).at("service")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (
        value := data["status"]
    ).__class__ is _STR and value in _ALLOWED_expired_none_pending_and_2_more:
        obj.status = value
    else:
        raise _not_one_of("'verified', 'rejected', 'pending', 'expired', 'none'", value).at(
            "status"
        )
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is int:
        obj.timestamp = value
    else:
        raise _expected("an integer", value).at("timestamp")
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_ATTEMPTS_HISTORY_ITEM
        }
    return obj


def unstructure_get_account_status_response_get_account_status_authentication_attempts_history_item(
    obj: m.GetAccountStatusResponseGetAccountStatusAuthenticationAttemptsHistoryItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.country_code
    if value is not None:
        data["country_code"] = value
    value = obj.document_type
    if value is not None:
        data["document_type"] = value
    value = obj.id
    if value is not None:
        data["id"] = value
    value = obj.service
    if value is not None:
        data["service"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_account_status_response_get_account_status_authentication_document(
    data: Any,
) -> m.GetAccountStatusResponseGetAccountStatusAuthenticationDocument:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponseGetAccountStatusAuthenticationDocument)
    count = len(data)
    if count == 4:
        try:
            v_expiry_date = data["expiry_date"]
            v_last_rejected = data["last_rejected"]
            v_status = data["status"]
            v_verified_jurisdiction = data["verified_jurisdiction"]
        except KeyError:
            pass
        else:
            if (
                (v_expiry_date.__class__ is int)
                and (v_last_rejected is None or (v_last_rejected.__class__ is str))
                and (
                    v_status.__class__ is _STR
                    and v_status in _ALLOWED_expired_none_pending_and_3_more
                )
            ):
                obj.expiry_date = v_expiry_date
                obj.last_rejected = v_last_rejected
                obj.status = v_status
                try:
                    obj.verified_jurisdiction = structure_get_account_status_response_get_account_status_authentication_document_verified_jurisdiction(
                        v_verified_jurisdiction
                    )
                except DecodeError as error:
                    raise error.at("verified_jurisdiction") from None
                obj.extra_fields = {}
                return obj
    if "expiry_date" not in data:
        obj.expiry_date = None
        count += 1
    elif (value := data["expiry_date"]).__class__ is int:
        obj.expiry_date = value
    else:
        raise _expected("an integer", value).at("expiry_date")
    if "last_rejected" not in data:
        obj.last_rejected = UNSET
        count += 1
    elif (value := data["last_rejected"]) is None or (value.__class__ is str):
        obj.last_rejected = value
    else:
        raise _expected("a string", value).at("last_rejected")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (
        value := data["status"]
    ).__class__ is _STR and value in _ALLOWED_expired_none_pending_and_3_more:
        obj.status = value
    else:
        raise _not_one_of(
            "'none', 'pending', 'rejected', 'verified', 'expired', 'suspected'", value
        ).at("status")
    if "verified_jurisdiction" not in data:
        obj.verified_jurisdiction = None
        count += 1
    else:
        value = data["verified_jurisdiction"]
        try:
            obj.verified_jurisdiction = structure_get_account_status_response_get_account_status_authentication_document_verified_jurisdiction(
                value
            )
        except DecodeError as error:
            raise error.at("verified_jurisdiction") from None
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_DOCUMENT
        }
    return obj


def unstructure_get_account_status_response_get_account_status_authentication_document(
    obj: m.GetAccountStatusResponseGetAccountStatusAuthenticationDocument,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.expiry_date
    if value is not None:
        data["expiry_date"] = value
    value = obj.last_rejected
    if value is not UNSET:
        data["last_rejected"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    value = obj.verified_jurisdiction
    if value is not None:
        data["verified_jurisdiction"] = (
            unstructure_get_account_status_response_get_account_status_authentication_document_verified_jurisdiction(
                value
            )
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_account_status_response_get_account_status_authentication_document_verified_jurisdiction(
    data: Any,
) -> m.GetAccountStatusResponseGetAccountStatusAuthenticationDocumentVerifiedJurisdiction:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponseGetAccountStatusAuthenticationDocumentVerifiedJurisdiction)
    count = len(data)
    if count == 12:
        try:
            v_bvi = data["bvi"]
            v_dml = data["dml"]
            v_dsl = data["dsl"]
            v_iom = data["iom"]
            v_labuan = data["labuan"]
            v_malta = data["malta"]
            v_maltainvest = data["maltainvest"]
            v_samoa = data["samoa"]
            v_samoa_virtual = data["samoa-virtual"]
            v_svg = data["svg"]
            v_vanuatu = data["vanuatu"]
            v_virtual = data["virtual"]
        except KeyError:
            pass
        else:
            if (
                (v_bvi.__class__ is _INT and v_bvi in _ALLOWED_0_1)
                and (v_dml.__class__ is _INT and v_dml in _ALLOWED_0_1)
                and (v_dsl.__class__ is _INT and v_dsl in _ALLOWED_0_1)
                and (v_iom.__class__ is _INT and v_iom in _ALLOWED_0_1)
                and (v_labuan.__class__ is _INT and v_labuan in _ALLOWED_0_1)
                and (v_malta.__class__ is _INT and v_malta in _ALLOWED_0_1)
                and (v_maltainvest.__class__ is _INT and v_maltainvest in _ALLOWED_0_1)
                and (v_samoa.__class__ is _INT and v_samoa in _ALLOWED_0_1)
                and (v_samoa_virtual.__class__ is _INT and v_samoa_virtual in _ALLOWED_0_1)
                and (v_svg.__class__ is _INT and v_svg in _ALLOWED_0_1)
                and (v_vanuatu.__class__ is _INT and v_vanuatu in _ALLOWED_0_1)
                and (v_virtual.__class__ is _INT and v_virtual in _ALLOWED_0_1)
            ):
                obj.bvi = v_bvi
                obj.dml = v_dml
                obj.dsl = v_dsl
                obj.iom = v_iom
                obj.labuan = v_labuan
                obj.malta = v_malta
                obj.maltainvest = v_maltainvest
                obj.samoa = v_samoa
                obj.samoa_virtual = v_samoa_virtual
                obj.svg = v_svg
                obj.vanuatu = v_vanuatu
                obj.virtual = v_virtual
                obj.extra_fields = {}
                return obj
    if "bvi" not in data:
        obj.bvi = None
        count += 1
    elif (value := data["bvi"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.bvi = value
    else:
        raise _not_one_of("0, 1", value).at("bvi")
    if "dml" not in data:
        obj.dml = None
        count += 1
    elif (value := data["dml"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.dml = value
    else:
        raise _not_one_of("0, 1", value).at("dml")
    if "dsl" not in data:
        obj.dsl = None
        count += 1
    elif (value := data["dsl"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.dsl = value
    else:
        raise _not_one_of("0, 1", value).at("dsl")
    if "iom" not in data:
        obj.iom = None
        count += 1
    elif (value := data["iom"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.iom = value
    else:
        raise _not_one_of("0, 1", value).at("iom")
    if "labuan" not in data:
        obj.labuan = None
        count += 1
    elif (value := data["labuan"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.labuan = value
    else:
        raise _not_one_of("0, 1", value).at("labuan")
    if "malta" not in data:
        obj.malta = None
        count += 1
    elif (value := data["malta"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.malta = value
    else:
        raise _not_one_of("0, 1", value).at("malta")
    if "maltainvest" not in data:
        obj.maltainvest = None
        count += 1
    elif (value := data["maltainvest"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.maltainvest = value
    else:
        raise _not_one_of("0, 1", value).at("maltainvest")
    if "samoa" not in data:
        obj.samoa = None
        count += 1
    elif (value := data["samoa"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.samoa = value
    else:
        raise _not_one_of("0, 1", value).at("samoa")
    if "samoa-virtual" not in data:
        obj.samoa_virtual = None
        count += 1
    elif (value := data["samoa-virtual"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.samoa_virtual = value
    else:
        raise _not_one_of("0, 1", value).at("samoa-virtual")
    if "svg" not in data:
        obj.svg = None
        count += 1
    elif (value := data["svg"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.svg = value
    else:
        raise _not_one_of("0, 1", value).at("svg")
    if "vanuatu" not in data:
        obj.vanuatu = None
        count += 1
    elif (value := data["vanuatu"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.vanuatu = value
    else:
        raise _not_one_of("0, 1", value).at("vanuatu")
    if "virtual" not in data:
        obj.virtual = None
        count += 1
    elif (value := data["virtual"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.virtual = value
    else:
        raise _not_one_of("0, 1", value).at("virtual")
    if count == 12:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_DOCUMENT_VERIFIED_JURISDICTION
        }
    return obj


def unstructure_get_account_status_response_get_account_status_authentication_document_verified_jurisdiction(
    obj: m.GetAccountStatusResponseGetAccountStatusAuthenticationDocumentVerifiedJurisdiction,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.bvi
    if value is not None:
        data["bvi"] = value
    value = obj.dml
    if value is not None:
        data["dml"] = value
    value = obj.dsl
    if value is not None:
        data["dsl"] = value
    value = obj.iom
    if value is not None:
        data["iom"] = value
    value = obj.labuan
    if value is not None:
        data["labuan"] = value
    value = obj.malta
    if value is not None:
        data["malta"] = value
    value = obj.maltainvest
    if value is not None:
        data["maltainvest"] = value
    value = obj.samoa
    if value is not None:
        data["samoa"] = value
    value = obj.samoa_virtual
    if value is not None:
        data["samoa-virtual"] = value
    value = obj.svg
    if value is not None:
        data["svg"] = value
    value = obj.vanuatu
    if value is not None:
        data["vanuatu"] = value
    value = obj.virtual
    if value is not None:
        data["virtual"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_account_status_response_get_account_status_authentication_identity(
    data: Any,
) -> m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentity:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentity)
    count = len(data)
    if count == 3:
        try:
            v_expiry_date = data["expiry_date"]
            v_services = data["services"]
            v_status = data["status"]
        except KeyError:
            pass
        else:
            if (v_expiry_date.__class__ is int) and (
                v_status.__class__ is _STR and v_status in _ALLOWED_expired_none_pending_and_3_more
            ):
                obj.expiry_date = v_expiry_date
                try:
                    obj.services = structure_get_account_status_response_get_account_status_authentication_identity_services(
                        v_services
                    )
                except DecodeError as error:
                    raise error.at("services") from None
                obj.status = v_status
                obj.extra_fields = {}
                return obj
    if "expiry_date" not in data:
        obj.expiry_date = None
        count += 1
    elif (value := data["expiry_date"]).__class__ is int:
        obj.expiry_date = value
    else:
        raise _expected("an integer", value).at("expiry_date")
    if "services" not in data:
        obj.services = None
        count += 1
    else:
        value = data["services"]
        try:
            obj.services = structure_get_account_status_response_get_account_status_authentication_identity_services(
                value
            )
        except DecodeError as error:
            raise error.at("services") from None
    if "status" not in data:
        obj.status = None
        count += 1
    elif (
        value := data["status"]
    ).__class__ is _STR and value in _ALLOWED_expired_none_pending_and_3_more:
        obj.status = value
    else:
        raise _not_one_of(
            "'none', 'pending', 'rejected', 'verified', 'expired', 'suspected'", value
        ).at("status")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_IDENTITY
        }
    return obj


def unstructure_get_account_status_response_get_account_status_authentication_identity(
    obj: m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentity,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.expiry_date
    if value is not None:
        data["expiry_date"] = value
    value = obj.services
    if value is not None:
        data["services"] = (
            unstructure_get_account_status_response_get_account_status_authentication_identity_services(
                value
            )
        )
    value = obj.status
    if value is not None:
        data["status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_account_status_response_get_account_status_authentication_identity_services(
    data: Any,
) -> m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServices:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServices)
    count = len(data)
    if count == 3:
        try:
            v_idv = data["idv"]
            v_manual = data["manual"]
            v_onfido = data["onfido"]
        except KeyError:
            pass
        else:
            try:
                obj.idv = structure_get_account_status_response_get_account_status_authentication_identity_services_idv(
                    v_idv
                )
            except DecodeError as error:
                raise error.at("idv") from None
            try:
                obj.manual = structure_get_account_status_response_get_account_status_authentication_identity_services_manual(
                    v_manual
                )
            except DecodeError as error:
                raise error.at("manual") from None
            try:
                obj.onfido = structure_get_account_status_response_get_account_status_authentication_identity_services_onfido(
                    v_onfido
                )
            except DecodeError as error:
                raise error.at("onfido") from None
            obj.extra_fields = {}
            return obj
    if "idv" not in data:
        obj.idv = None
        count += 1
    else:
        value = data["idv"]
        try:
            obj.idv = structure_get_account_status_response_get_account_status_authentication_identity_services_idv(
                value
            )
        except DecodeError as error:
            raise error.at("idv") from None
    if "manual" not in data:
        obj.manual = None
        count += 1
    else:
        value = data["manual"]
        try:
            obj.manual = structure_get_account_status_response_get_account_status_authentication_identity_services_manual(
                value
            )
        except DecodeError as error:
            raise error.at("manual") from None
    if "onfido" not in data:
        obj.onfido = None
        count += 1
    else:
        value = data["onfido"]
        try:
            obj.onfido = structure_get_account_status_response_get_account_status_authentication_identity_services_onfido(
                value
            )
        except DecodeError as error:
            raise error.at("onfido") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_IDENTITY_SERVICES
        }
    return obj


def unstructure_get_account_status_response_get_account_status_authentication_identity_services(
    obj: m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServices,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.idv
    if value is not None:
        data["idv"] = (
            unstructure_get_account_status_response_get_account_status_authentication_identity_services_idv(
                value
            )
        )
    value = obj.manual
    if value is not None:
        data["manual"] = (
            unstructure_get_account_status_response_get_account_status_authentication_identity_services_manual(
                value
            )
        )
    value = obj.onfido
    if value is not None:
        data["onfido"] = (
            unstructure_get_account_status_response_get_account_status_authentication_identity_services_onfido(
                value
            )
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_account_status_response_get_account_status_authentication_identity_services_idv(
    data: Any,
) -> m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesIdv:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesIdv)
    count = len(data)
    if count == 6:
        try:
            v_expiry_date = data["expiry_date"]
            v_last_rejected = data["last_rejected"]
            v_report_available = data["report_available"]
            v_reported_properties = data["reported_properties"]
            v_status = data["status"]
            v_submissions_left = data["submissions_left"]
        except KeyError:
            pass
        else:
            if (
                (v_expiry_date.__class__ is int)
                and (v_report_available.__class__ is _INT and v_report_available in _ALLOWED_0_1)
                and (v_reported_properties.__class__ is dict)
                and (
                    v_status.__class__ is _STR
                    and v_status in _ALLOWED_expired_none_pending_and_2_more
                )
                and (v_submissions_left.__class__ is int)
            ):
                obj.expiry_date = v_expiry_date
                try:
                    obj.last_rejected = _decode_list_of_str(v_last_rejected)
                except DecodeError as error:
                    raise error.at("last_rejected") from None
                obj.report_available = v_report_available
                obj.reported_properties = v_reported_properties
                obj.status = v_status
                obj.submissions_left = v_submissions_left
                obj.extra_fields = {}
                return obj
    if "expiry_date" not in data:
        obj.expiry_date = None
        count += 1
    elif (value := data["expiry_date"]).__class__ is int:
        obj.expiry_date = value
    else:
        raise _expected("an integer", value).at("expiry_date")
    if "last_rejected" not in data:
        obj.last_rejected = None
        count += 1
    else:
        value = data["last_rejected"]
        try:
            obj.last_rejected = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("last_rejected") from None
    if "report_available" not in data:
        obj.report_available = None
        count += 1
    elif (value := data["report_available"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.report_available = value
    else:
        raise _not_one_of("0, 1", value).at("report_available")
    if "reported_properties" not in data:
        obj.reported_properties = None
        count += 1
    elif (value := data["reported_properties"]).__class__ is dict:
        obj.reported_properties = value
    else:
        raise _expected("an object", value).at("reported_properties")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (
        value := data["status"]
    ).__class__ is _STR and value in _ALLOWED_expired_none_pending_and_2_more:
        obj.status = value
    else:
        raise _not_one_of("'none', 'pending', 'rejected', 'verified', 'expired'", value).at(
            "status"
        )
    if "submissions_left" not in data:
        obj.submissions_left = None
        count += 1
    elif (value := data["submissions_left"]).__class__ is int:
        obj.submissions_left = value
    else:
        raise _expected("an integer", value).at("submissions_left")
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_IDENTITY_SERVICES_IDV
        }
    return obj


def unstructure_get_account_status_response_get_account_status_authentication_identity_services_idv(
    obj: m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesIdv,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.expiry_date
    if value is not None:
        data["expiry_date"] = value
    value = obj.last_rejected
    if value is not None:
        data["last_rejected"] = value
    value = obj.report_available
    if value is not None:
        data["report_available"] = value
    value = obj.reported_properties
    if value is not None:
        data["reported_properties"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    value = obj.submissions_left
    if value is not None:
        data["submissions_left"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_account_status_response_get_account_status_authentication_identity_services_manual(
    data: Any,
) -> m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesManual:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesManual)
    count = len(data)
    if count == 1:
        try:
            v_status = data["status"]
        except KeyError:
            pass
        else:
            if v_status.__class__ is _STR and v_status in _ALLOWED_expired_none_pending_and_3_more:
                obj.status = v_status
                obj.extra_fields = {}
                return obj
    if "status" not in data:
        obj.status = None
        count += 1
    elif (
        value := data["status"]
    ).__class__ is _STR and value in _ALLOWED_expired_none_pending_and_3_more:
        obj.status = value
    else:
        raise _not_one_of(
            "'none', 'pending', 'rejected', 'verified', 'expired', 'suspected'", value
        ).at("status")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_IDENTITY_SERVICES_MANUAL
        }
    return obj


def unstructure_get_account_status_response_get_account_status_authentication_identity_services_manual(
    obj: m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesManual,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.status
    if value is not None:
        data["status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_account_status_response_get_account_status_authentication_identity_services_onfido(
    data: Any,
) -> m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesOnfido:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesOnfido)
    count = len(data)
    if count == 8:
        try:
            v_country_code = data["country_code"]
            v_documents = data["documents"]
            v_documents_supported = data["documents_supported"]
            v_is_country_supported = data["is_country_supported"]
            v_last_rejected = data["last_rejected"]
            v_reported_properties = data["reported_properties"]
            v_status = data["status"]
            v_submissions_left = data["submissions_left"]
        except KeyError:
            pass
        else:
            if (
                (v_country_code.__class__ is str)
                and (
                    v_is_country_supported.__class__ is _INT
                    and v_is_country_supported in _ALLOWED_0_1
                )
                and (v_reported_properties.__class__ is dict)
                and (
                    v_status.__class__ is _STR
                    and v_status in _ALLOWED_expired_none_pending_and_3_more
                )
                and (v_submissions_left.__class__ is int)
            ):
                obj.country_code = v_country_code
                try:
                    obj.documents = _decode_list_of_str(v_documents)
                except DecodeError as error:
                    raise error.at("documents") from None
                try:
                    obj.documents_supported = _decode_list_of_str(v_documents_supported)
                except DecodeError as error:
                    raise error.at("documents_supported") from None
                obj.is_country_supported = v_is_country_supported
                try:
                    obj.last_rejected = _decode_list_of_str(v_last_rejected)
                except DecodeError as error:
                    raise error.at("last_rejected") from None
                obj.reported_properties = v_reported_properties
                obj.status = v_status
                obj.submissions_left = v_submissions_left
                obj.extra_fields = {}
                return obj
    if "country_code" not in data:
        obj.country_code = None
        count += 1
    elif (value := data["country_code"]).__class__ is str:
        obj.country_code = value
    else:
        raise _expected("a string", value).at("country_code")
    if "documents" not in data:
        obj.documents = None
        count += 1
    else:
        value = data["documents"]
        try:
            obj.documents = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("documents") from None
    if "documents_supported" not in data:
        obj.documents_supported = None
        count += 1
    else:
        value = data["documents_supported"]
        try:
            obj.documents_supported = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("documents_supported") from None
    if "is_country_supported" not in data:
        obj.is_country_supported = None
        count += 1
    elif (value := data["is_country_supported"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_country_supported = value
    else:
        raise _not_one_of("1, 0", value).at("is_country_supported")
    if "last_rejected" not in data:
        obj.last_rejected = None
        count += 1
    else:
        value = data["last_rejected"]
        try:
            obj.last_rejected = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("last_rejected") from None
    if "reported_properties" not in data:
        obj.reported_properties = None
        count += 1
    elif (value := data["reported_properties"]).__class__ is dict:
        obj.reported_properties = value
    else:
        raise _expected("an object", value).at("reported_properties")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (
        value := data["status"]
    ).__class__ is _STR and value in _ALLOWED_expired_none_pending_and_3_more:
        obj.status = value
    else:
        raise _not_one_of(
            "'none', 'pending', 'rejected', 'verified', 'expired', 'suspected'", value
        ).at("status")
    if "submissions_left" not in data:
        obj.submissions_left = None
        count += 1
    elif (value := data["submissions_left"]).__class__ is int:
        obj.submissions_left = value
    else:
        raise _expected("an integer", value).at("submissions_left")
    if count == 8:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_IDENTITY_SERVICES_ONFIDO
        }
    return obj


def unstructure_get_account_status_response_get_account_status_authentication_identity_services_onfido(
    obj: m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesOnfido,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.country_code
    if value is not None:
        data["country_code"] = value
    value = obj.documents
    if value is not None:
        data["documents"] = value
    value = obj.documents_supported
    if value is not None:
        data["documents_supported"] = value
    value = obj.is_country_supported
    if value is not None:
        data["is_country_supported"] = value
    value = obj.last_rejected
    if value is not None:
        data["last_rejected"] = value
    value = obj.reported_properties
    if value is not None:
        data["reported_properties"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    value = obj.submissions_left
    if value is not None:
        data["submissions_left"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_account_status_response_get_account_status_authentication_income(
    data: Any,
) -> m.GetAccountStatusResponseGetAccountStatusAuthenticationIncome:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponseGetAccountStatusAuthenticationIncome)
    count = len(data)
    if count == 2:
        try:
            v_expiry_date = data["expiry_date"]
            v_status = data["status"]
        except KeyError:
            pass
        else:
            if (v_expiry_date.__class__ is int) and (
                v_status.__class__ is _STR and v_status in _ALLOWED_locked_none_pending_and_2_more
            ):
                obj.expiry_date = v_expiry_date
                obj.status = v_status
                obj.extra_fields = {}
                return obj
    if "expiry_date" not in data:
        obj.expiry_date = None
        count += 1
    elif (value := data["expiry_date"]).__class__ is int:
        obj.expiry_date = value
    else:
        raise _expected("an integer", value).at("expiry_date")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (
        value := data["status"]
    ).__class__ is _STR and value in _ALLOWED_locked_none_pending_and_2_more:
        obj.status = value
    else:
        raise _not_one_of("'none', 'pending', 'rejected', 'verified', 'locked'", value).at("status")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_INCOME
        }
    return obj


def unstructure_get_account_status_response_get_account_status_authentication_income(
    obj: m.GetAccountStatusResponseGetAccountStatusAuthenticationIncome,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.expiry_date
    if value is not None:
        data["expiry_date"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_account_status_response_get_account_status_authentication_ownership(
    data: Any,
) -> m.GetAccountStatusResponseGetAccountStatusAuthenticationOwnership:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponseGetAccountStatusAuthenticationOwnership)
    count = len(data)
    if count == 2:
        try:
            v_requests = data["requests"]
            v_status = data["status"]
        except KeyError:
            pass
        else:
            if v_status.__class__ is _STR and v_status in _ALLOWED_none_pending_rejected_verified:
                try:
                    obj.requests = _decode_list_of_GetAccountStatusResponseGetAccountStatusAuthenticationOwnershipRequestsItem(
                        v_requests
                    )
                except DecodeError as error:
                    raise error.at("requests") from None
                obj.status = v_status
                obj.extra_fields = {}
                return obj
    if "requests" not in data:
        obj.requests = None
        count += 1
    else:
        value = data["requests"]
        try:
            obj.requests = _decode_list_of_GetAccountStatusResponseGetAccountStatusAuthenticationOwnershipRequestsItem(
                value
            )
        except DecodeError as error:
            raise error.at("requests") from None
    if "status" not in data:
        obj.status = None
        count += 1
    elif (
        value := data["status"]
    ).__class__ is _STR and value in _ALLOWED_none_pending_rejected_verified:
        obj.status = value
    else:
        raise _not_one_of("'none', 'pending', 'rejected', 'verified'", value).at("status")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_OWNERSHIP
        }
    return obj


def unstructure_get_account_status_response_get_account_status_authentication_ownership(
    obj: m.GetAccountStatusResponseGetAccountStatusAuthenticationOwnership,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.requests
    if value is not None:
        data["requests"] = [
            unstructure_get_account_status_response_get_account_status_authentication_ownership_requests_item(
                item
            )
            for item in value
        ]
    value = obj.status
    if value is not None:
        data["status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_account_status_response_get_account_status_authentication_ownership_requests_item(
    data: Any,
) -> m.GetAccountStatusResponseGetAccountStatusAuthenticationOwnershipRequestsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponseGetAccountStatusAuthenticationOwnershipRequestsItem)
    count = len(data)
    if count == 4:
        try:
            v_creation_time = data["creation_time"]
            v_documents_required = data["documents_required"]
            v_id = data["id"]
            v_payment_method = data["payment_method"]
        except KeyError:
            pass
        else:
            if (
                (v_creation_time.__class__ is str)
                and ((kind := v_documents_required.__class__) is float or kind is int)
                and ((kind := v_id.__class__) is float or kind is int)
                and (v_payment_method.__class__ is str)
            ):
                obj.creation_time = v_creation_time
                obj.documents_required = v_documents_required
                obj.id = v_id
                obj.payment_method = v_payment_method
                obj.extra_fields = {}
                return obj
    if "creation_time" not in data:
        obj.creation_time = None
        count += 1
    elif (value := data["creation_time"]).__class__ is str:
        obj.creation_time = value
    else:
        raise _expected("a string", value).at("creation_time")
    if "documents_required" not in data:
        obj.documents_required = None
        count += 1
    elif (kind := (value := data["documents_required"]).__class__) is float or kind is int:
        obj.documents_required = value
    else:
        raise _expected("a number", value).at("documents_required")
    if "id" not in data:
        obj.id = None
        count += 1
    elif (kind := (value := data["id"]).__class__) is float or kind is int:
        obj.id = value
    else:
        raise _expected("a number", value).at("id")
    if "payment_method" not in data:
        obj.payment_method = None
        count += 1
    elif (value := data["payment_method"]).__class__ is str:
        obj.payment_method = value
    else:
        raise _expected("a string", value).at("payment_method")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_AUTHENTICATION_OWNERSHIP_REQUESTS_ITEM
        }
    return obj


def unstructure_get_account_status_response_get_account_status_authentication_ownership_requests_item(
    obj: m.GetAccountStatusResponseGetAccountStatusAuthenticationOwnershipRequestsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.creation_time
    if value is not None:
        data["creation_time"] = value
    value = obj.documents_required
    if value is not None:
        data["documents_required"] = value
    value = obj.id
    if value is not None:
        data["id"] = value
    value = obj.payment_method
    if value is not None:
        data["payment_method"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_account_status_response_get_account_status_currency_config_value(
    data: Any,
) -> m.GetAccountStatusResponseGetAccountStatusCurrencyConfigValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetAccountStatusResponseGetAccountStatusCurrencyConfigValue)
    count = len(data)
    if count == 2:
        try:
            v_is_deposit_suspended = data["is_deposit_suspended"]
            v_is_withdrawal_suspended = data["is_withdrawal_suspended"]
        except KeyError:
            pass
        else:
            if (
                v_is_deposit_suspended.__class__ is _INT and v_is_deposit_suspended in _ALLOWED_0_1
            ) and (
                v_is_withdrawal_suspended.__class__ is _INT
                and v_is_withdrawal_suspended in _ALLOWED_0_1
            ):
                obj.is_deposit_suspended = v_is_deposit_suspended
                obj.is_withdrawal_suspended = v_is_withdrawal_suspended
                obj.extra_fields = {}
                return obj
    if "is_deposit_suspended" not in data:
        obj.is_deposit_suspended = None
        count += 1
    elif (value := data["is_deposit_suspended"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_deposit_suspended = value
    else:
        raise _not_one_of("0, 1", value).at("is_deposit_suspended")
    if "is_withdrawal_suspended" not in data:
        obj.is_withdrawal_suspended = None
        count += 1
    elif (value := data["is_withdrawal_suspended"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_withdrawal_suspended = value
    else:
        raise _not_one_of("0, 1", value).at("is_withdrawal_suspended")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_ACCOUNT_STATUS_RESPONSE_GET_ACCOUNT_STATUS_CURRENCY_CONFIG_VALUE
        }
    return obj


def unstructure_get_account_status_response_get_account_status_currency_config_value(
    obj: m.GetAccountStatusResponseGetAccountStatusCurrencyConfigValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.is_deposit_suspended
    if value is not None:
        data["is_deposit_suspended"] = value
    value = obj.is_withdrawal_suspended
    if value is not None:
        data["is_withdrawal_suspended"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.GetAccountStatusRequest: structure_get_account_status_request,
    m.GetAccountStatusResponse: structure_get_account_status_response,
    m.GetAccountStatusResponseGetAccountStatus: structure_get_account_status_response_get_account_status,
    m.GetAccountStatusResponseGetAccountStatusAuthentication: structure_get_account_status_response_get_account_status_authentication,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationAttempts: structure_get_account_status_response_get_account_status_authentication_attempts,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationAttemptsHistoryItem: structure_get_account_status_response_get_account_status_authentication_attempts_history_item,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationDocument: structure_get_account_status_response_get_account_status_authentication_document,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationDocumentVerifiedJurisdiction: structure_get_account_status_response_get_account_status_authentication_document_verified_jurisdiction,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentity: structure_get_account_status_response_get_account_status_authentication_identity,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServices: structure_get_account_status_response_get_account_status_authentication_identity_services,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesIdv: structure_get_account_status_response_get_account_status_authentication_identity_services_idv,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesManual: structure_get_account_status_response_get_account_status_authentication_identity_services_manual,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesOnfido: structure_get_account_status_response_get_account_status_authentication_identity_services_onfido,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationIncome: structure_get_account_status_response_get_account_status_authentication_income,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationOwnership: structure_get_account_status_response_get_account_status_authentication_ownership,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationOwnershipRequestsItem: structure_get_account_status_response_get_account_status_authentication_ownership_requests_item,
    m.GetAccountStatusResponseGetAccountStatusCurrencyConfigValue: structure_get_account_status_response_get_account_status_currency_config_value,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.GetAccountStatusRequest: unstructure_get_account_status_request,
    m.GetAccountStatusResponse: unstructure_get_account_status_response,
    m.GetAccountStatusResponseGetAccountStatus: unstructure_get_account_status_response_get_account_status,
    m.GetAccountStatusResponseGetAccountStatusAuthentication: unstructure_get_account_status_response_get_account_status_authentication,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationAttempts: unstructure_get_account_status_response_get_account_status_authentication_attempts,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationAttemptsHistoryItem: unstructure_get_account_status_response_get_account_status_authentication_attempts_history_item,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationDocument: unstructure_get_account_status_response_get_account_status_authentication_document,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationDocumentVerifiedJurisdiction: unstructure_get_account_status_response_get_account_status_authentication_document_verified_jurisdiction,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentity: unstructure_get_account_status_response_get_account_status_authentication_identity,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServices: unstructure_get_account_status_response_get_account_status_authentication_identity_services,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesIdv: unstructure_get_account_status_response_get_account_status_authentication_identity_services_idv,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesManual: unstructure_get_account_status_response_get_account_status_authentication_identity_services_manual,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesOnfido: unstructure_get_account_status_response_get_account_status_authentication_identity_services_onfido,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationIncome: unstructure_get_account_status_response_get_account_status_authentication_income,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationOwnership: unstructure_get_account_status_response_get_account_status_authentication_ownership,
    m.GetAccountStatusResponseGetAccountStatusAuthenticationOwnershipRequestsItem: unstructure_get_account_status_response_get_account_status_authentication_ownership_requests_item,
    m.GetAccountStatusResponseGetAccountStatusCurrencyConfigValue: unstructure_get_account_status_response_get_account_status_currency_config_value,
}
