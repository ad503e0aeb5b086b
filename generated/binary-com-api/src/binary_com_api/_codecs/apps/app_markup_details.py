"""Decoders and encoders of the models of the ``app_markup_details`` call (apps group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_ASC_DESC = frozenset({"ASC", "DESC"})


_ALLOWED_app_id_client_loginid_transaction_time = frozenset(
    {"app_id", "client_loginid", "transaction_time"}
)


_ALLOWED_app_markup_details = frozenset({"app_markup_details"})


_KEYS_APP_MARKUP_DETAILS_REQUEST = frozenset(
    (
        "app_markup_details",
        "app_id",
        "client_loginid",
        "date_from",
        "date_to",
        "description",
        "limit",
        "offset",
        "sort",
        "sort_fields",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_APP_MARKUP_DETAILS_RESPONSE = frozenset(
    (
        "app_markup_details",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_APP_MARKUP_DETAILS_RESPONSE_APP_MARKUP_DETAILS = frozenset(("transactions",))


_KEYS_APP_MARKUP_DETAILS_RESPONSE_APP_MARKUP_DETAILS_TRANSACTIONS_ITEM = frozenset(
    (
        "app_id",
        "app_markup",
        "app_markup_usd",
        "app_markup_value",
        "client_currcode",
        "client_loginid",
        "dev_currcode",
        "dev_loginid",
        "transaction_id",
        "transaction_time",
    )
)


def _decode_list_of_AppMarkupDetailsResponseAppMarkupDetailsTransactionsItem(
    value: Any,
) -> list[m.AppMarkupDetailsResponseAppMarkupDetailsTransactionsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_app_markup_details_response_app_markup_details_transactions_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_app_markup_details_response_app_markup_details_transactions_item
        ) from None


def _decode_list_of_one_of_app_id_client_loginid_transaction_time(
    value: Any,
) -> list[Literal["app_id", "client_loginid", "transaction_time"]]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            kind = item.__class__
            if kind is not str or item not in _ALLOWED_app_id_client_loginid_transaction_time:
                raise _not_one_of("'app_id', 'client_loginid', 'transaction_time'", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[Literal["app_id", "client_loginid", "transaction_time"]] = value
    return result


def structure_app_markup_details_request(data: Any) -> m.AppMarkupDetailsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AppMarkupDetailsRequest)
    count = len(data)
    try:
        value = data["app_markup_details"]
    except KeyError:
        raise DecodeError("required field is missing", ("app_markup_details",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.app_markup_details = value
    else:
        raise _not_one_of("1", value).at("app_markup_details")
    value = data.get("app_id", _MISSING)
    if value.__class__ is int:
        obj.app_id = value
    elif value is _MISSING:
        obj.app_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("app_id")
    value = data.get("client_loginid", _MISSING)
    if value.__class__ is str:
        obj.client_loginid = value
    elif value is _MISSING:
        obj.client_loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("client_loginid")
    try:
        value = data["date_from"]
    except KeyError:
        raise DecodeError("required field is missing", ("date_from",)) from None
    if value.__class__ is str:
        obj.date_from = value
    else:
        raise _expected("a string", value).at("date_from")
    try:
        value = data["date_to"]
    except KeyError:
        raise DecodeError("required field is missing", ("date_to",)) from None
    if value.__class__ is str:
        obj.date_to = value
    else:
        raise _expected("a string", value).at("date_to")
    value = data.get("description", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.description = value
    elif value is _MISSING:
        obj.description = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("description")
    value = data.get("limit", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.limit = value
    elif value is _MISSING:
        obj.limit = None
        count += 1
    else:
        raise _expected("a number", value).at("limit")
    value = data.get("offset", _MISSING)
    if value.__class__ is int:
        obj.offset = value
    elif value is _MISSING:
        obj.offset = None
        count += 1
    else:
        raise _expected("an integer", value).at("offset")
    value = data.get("sort", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_ASC_DESC:
        obj.sort = value
    elif value is _MISSING:
        obj.sort = None
        count += 1
    else:
        raise _not_one_of("'ASC', 'DESC'", value).at("sort")
    value = data.get("sort_fields", _MISSING)
    if value is _MISSING:
        obj.sort_fields = None
        count += 1
    else:
        try:
            obj.sort_fields = _decode_list_of_one_of_app_id_client_loginid_transaction_time(value)
        except DecodeError as error:
            raise error.at("sort_fields") from None
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
    if count != 13:
        unknown = sorted(key for key in data if key not in _KEYS_APP_MARKUP_DETAILS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_app_markup_details_request(obj: m.AppMarkupDetailsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "app_markup_details": obj.app_markup_details,
        "date_from": obj.date_from,
        "date_to": obj.date_to,
    }
    value: Any
    value = obj.app_id
    if value is not None:
        data["app_id"] = value
    value = obj.client_loginid
    if value is not None:
        data["client_loginid"] = value
    value = obj.description
    if value is not None:
        data["description"] = value
    value = obj.limit
    if value is not None:
        data["limit"] = value
    value = obj.offset
    if value is not None:
        data["offset"] = value
    value = obj.sort
    if value is not None:
        data["sort"] = value
    value = obj.sort_fields
    if value is not None:
        data["sort_fields"] = value
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


def structure_app_markup_details_response(data: Any) -> m.AppMarkupDetailsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AppMarkupDetailsResponse)
    count = len(data)
    value = data.get("app_markup_details", _MISSING)
    if value is _MISSING:
        obj.app_markup_details = None
        count += 1
    else:
        try:
            obj.app_markup_details = structure_app_markup_details_response_app_markup_details(value)
        except DecodeError as error:
            raise error.at("app_markup_details") from None
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
    if value.__class__ is _STR and value in _ALLOWED_app_markup_details:
        obj.msg_type = value
    else:
        raise _not_one_of("'app_markup_details'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_APP_MARKUP_DETAILS_RESPONSE
        }
    return obj


def unstructure_app_markup_details_response(obj: m.AppMarkupDetailsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.app_markup_details
    if value is not None:
        data["app_markup_details"] = unstructure_app_markup_details_response_app_markup_details(
            value
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_app_markup_details_response_app_markup_details(
    data: Any,
) -> m.AppMarkupDetailsResponseAppMarkupDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AppMarkupDetailsResponseAppMarkupDetails)
    count = len(data)
    value = data.get("transactions", _MISSING)
    if value is _MISSING:
        obj.transactions = None
        count += 1
    else:
        try:
            obj.transactions = (
                _decode_list_of_AppMarkupDetailsResponseAppMarkupDetailsTransactionsItem(value)
            )
        except DecodeError as error:
            raise error.at("transactions") from None
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_APP_MARKUP_DETAILS_RESPONSE_APP_MARKUP_DETAILS
        }
    return obj


def unstructure_app_markup_details_response_app_markup_details(
    obj: m.AppMarkupDetailsResponseAppMarkupDetails,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.transactions
    if value is not None:
        data["transactions"] = [
            unstructure_app_markup_details_response_app_markup_details_transactions_item(item)
            for item in value
        ]
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_app_markup_details_response_app_markup_details_transactions_item(
    data: Any,
) -> m.AppMarkupDetailsResponseAppMarkupDetailsTransactionsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AppMarkupDetailsResponseAppMarkupDetailsTransactionsItem)
    count = len(data)
    value = data.get("app_id", _MISSING)
    if value.__class__ is int:
        obj.app_id = value
    elif value is _MISSING:
        obj.app_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("app_id")
    value = data.get("app_markup", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.app_markup = value
    elif value is _MISSING:
        obj.app_markup = None
        count += 1
    else:
        raise _expected("a number", value).at("app_markup")
    value = data.get("app_markup_usd", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.app_markup_usd = value
    elif value is _MISSING:
        obj.app_markup_usd = None
        count += 1
    else:
        raise _expected("a number", value).at("app_markup_usd")
    value = data.get("app_markup_value", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.app_markup_value = value
    elif value is _MISSING:
        obj.app_markup_value = None
        count += 1
    else:
        raise _expected("a number", value).at("app_markup_value")
    value = data.get("client_currcode", _MISSING)
    if value.__class__ is str:
        obj.client_currcode = value
    elif value is _MISSING:
        obj.client_currcode = None
        count += 1
    else:
        raise _expected("a string", value).at("client_currcode")
    value = data.get("client_loginid", _MISSING)
    if value.__class__ is str:
        obj.client_loginid = value
    elif value is _MISSING:
        obj.client_loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("client_loginid")
    value = data.get("dev_currcode", _MISSING)
    if value.__class__ is str:
        obj.dev_currcode = value
    elif value is _MISSING:
        obj.dev_currcode = None
        count += 1
    else:
        raise _expected("a string", value).at("dev_currcode")
    value = data.get("dev_loginid", _MISSING)
    if value.__class__ is str:
        obj.dev_loginid = value
    elif value is _MISSING:
        obj.dev_loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("dev_loginid")
    value = data.get("transaction_id", _MISSING)
    if value.__class__ is int:
        obj.transaction_id = value
    elif value is _MISSING:
        obj.transaction_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("transaction_id")
    value = data.get("transaction_time", _MISSING)
    if value.__class__ is str:
        obj.transaction_time = value
    elif value is _MISSING:
        obj.transaction_time = None
        count += 1
    else:
        raise _expected("a string", value).at("transaction_time")
    if count == 10:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_APP_MARKUP_DETAILS_RESPONSE_APP_MARKUP_DETAILS_TRANSACTIONS_ITEM
        }
    return obj


def unstructure_app_markup_details_response_app_markup_details_transactions_item(
    obj: m.AppMarkupDetailsResponseAppMarkupDetailsTransactionsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.app_id
    if value is not None:
        data["app_id"] = value
    value = obj.app_markup
    if value is not None:
        data["app_markup"] = value
    value = obj.app_markup_usd
    if value is not None:
        data["app_markup_usd"] = value
    value = obj.app_markup_value
    if value is not None:
        data["app_markup_value"] = value
    value = obj.client_currcode
    if value is not None:
        data["client_currcode"] = value
    value = obj.client_loginid
    if value is not None:
        data["client_loginid"] = value
    value = obj.dev_currcode
    if value is not None:
        data["dev_currcode"] = value
    value = obj.dev_loginid
    if value is not None:
        data["dev_loginid"] = value
    value = obj.transaction_id
    if value is not None:
        data["transaction_id"] = value
    value = obj.transaction_time
    if value is not None:
        data["transaction_time"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.AppMarkupDetailsRequest: structure_app_markup_details_request,
    m.AppMarkupDetailsResponse: structure_app_markup_details_response,
    m.AppMarkupDetailsResponseAppMarkupDetails: structure_app_markup_details_response_app_markup_details,
    m.AppMarkupDetailsResponseAppMarkupDetailsTransactionsItem: structure_app_markup_details_response_app_markup_details_transactions_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.AppMarkupDetailsRequest: unstructure_app_markup_details_request,
    m.AppMarkupDetailsResponse: unstructure_app_markup_details_response,
    m.AppMarkupDetailsResponseAppMarkupDetails: unstructure_app_markup_details_response_app_markup_details,
    m.AppMarkupDetailsResponseAppMarkupDetailsTransactionsItem: unstructure_app_markup_details_response_app_markup_details_transactions_item,
}
