"""Decoders and encoders of the models of the ``app_markup_details`` call (apps group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
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
    if count == 13:
        try:
            v_app_markup_details = data["app_markup_details"]
            v_app_id = data["app_id"]
            v_client_loginid = data["client_loginid"]
            v_date_from = data["date_from"]
            v_date_to = data["date_to"]
            v_description = data["description"]
            v_limit = data["limit"]
            v_offset = data["offset"]
            v_sort = data["sort"]
            v_sort_fields = data["sort_fields"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_app_markup_details.__class__ is _INT and v_app_markup_details in _ALLOWED_1)
                and (v_app_id.__class__ is int)
                and (v_client_loginid.__class__ is str)
                and (v_date_from.__class__ is str)
                and (v_date_to.__class__ is str)
                and (v_description.__class__ is _INT and v_description in _ALLOWED_0_1)
                and ((kind := v_limit.__class__) is float or kind is int)
                and (v_offset.__class__ is int)
                and (v_sort.__class__ is _STR and v_sort in _ALLOWED_ASC_DESC)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.app_markup_details = v_app_markup_details
                obj.app_id = v_app_id
                obj.client_loginid = v_client_loginid
                obj.date_from = v_date_from
                obj.date_to = v_date_to
                obj.description = v_description
                obj.limit = v_limit
                obj.offset = v_offset
                obj.sort = v_sort
                try:
                    obj.sort_fields = _decode_list_of_one_of_app_id_client_loginid_transaction_time(
                        v_sort_fields
                    )
                except DecodeError as error:
                    raise error.at("sort_fields") from None
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["app_markup_details"]
    except KeyError:
        raise DecodeError("required field is missing", ("app_markup_details",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.app_markup_details = value
    else:
        raise _not_one_of("1", value).at("app_markup_details")
    if "app_id" not in data:
        obj.app_id = None
        count += 1
    elif (value := data["app_id"]).__class__ is int:
        obj.app_id = value
    else:
        raise _expected("an integer", value).at("app_id")
    if "client_loginid" not in data:
        obj.client_loginid = None
        count += 1
    elif (value := data["client_loginid"]).__class__ is str:
        obj.client_loginid = value
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
    if "description" not in data:
        obj.description = None
        count += 1
    elif (value := data["description"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.description = value
    else:
        raise _not_one_of("0, 1", value).at("description")
    if "limit" not in data:
        obj.limit = None
        count += 1
    elif (kind := (value := data["limit"]).__class__) is float or kind is int:
        obj.limit = value
    else:
        raise _expected("a number", value).at("limit")
    if "offset" not in data:
        obj.offset = None
        count += 1
    elif (value := data["offset"]).__class__ is int:
        obj.offset = value
    else:
        raise _expected("an integer", value).at("offset")
    if "sort" not in data:
        obj.sort = None
        count += 1
    elif (value := data["sort"]).__class__ is _STR and value in _ALLOWED_ASC_DESC:
        obj.sort = value
    else:
        raise _not_one_of("'ASC', 'DESC'", value).at("sort")
    if "sort_fields" not in data:
        obj.sort_fields = None
        count += 1
    else:
        value = data["sort_fields"]
        try:
            obj.sort_fields = _decode_list_of_one_of_app_id_client_loginid_transaction_time(value)
        except DecodeError as error:
            raise error.at("sort_fields") from None
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
    if count == 4:
        try:
            v_app_markup_details = data["app_markup_details"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_app_markup_details)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.app_markup_details = (
                        structure_app_markup_details_response_app_markup_details(
                            v_app_markup_details
                        )
                    )
                except DecodeError as error:
                    raise error.at("app_markup_details") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "app_markup_details" not in data:
        obj.app_markup_details = None
        count += 1
    else:
        value = data["app_markup_details"]
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
    if count == 1:
        try:
            v_transactions = data["transactions"]
        except KeyError:
            pass
        else:
            try:
                obj.transactions = (
                    _decode_list_of_AppMarkupDetailsResponseAppMarkupDetailsTransactionsItem(
                        v_transactions
                    )
                )
            except DecodeError as error:
                raise error.at("transactions") from None
            obj.extra_fields = {}
            return obj
    if "transactions" not in data:
        obj.transactions = None
        count += 1
    else:
        value = data["transactions"]
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
    if count == 10:
        try:
            v_app_id = data["app_id"]
            v_app_markup = data["app_markup"]
            v_app_markup_usd = data["app_markup_usd"]
            v_app_markup_value = data["app_markup_value"]
            v_client_currcode = data["client_currcode"]
            v_client_loginid = data["client_loginid"]
            v_dev_currcode = data["dev_currcode"]
            v_dev_loginid = data["dev_loginid"]
            v_transaction_id = data["transaction_id"]
            v_transaction_time = data["transaction_time"]
        except KeyError:
            pass
        else:
            if (
                (v_app_id.__class__ is int)
                and ((kind := v_app_markup.__class__) is float or kind is int)
                and ((kind := v_app_markup_usd.__class__) is float or kind is int)
                and ((kind := v_app_markup_value.__class__) is float or kind is int)
                and (v_client_currcode.__class__ is str)
                and (v_client_loginid.__class__ is str)
                and (v_dev_currcode.__class__ is str)
                and (v_dev_loginid.__class__ is str)
                and (v_transaction_id.__class__ is int)
                and (v_transaction_time.__class__ is str)
            ):
                obj.app_id = v_app_id
                obj.app_markup = v_app_markup
                obj.app_markup_usd = v_app_markup_usd
                obj.app_markup_value = v_app_markup_value
                obj.client_currcode = v_client_currcode
                obj.client_loginid = v_client_loginid
                obj.dev_currcode = v_dev_currcode
                obj.dev_loginid = v_dev_loginid
                obj.transaction_id = v_transaction_id
                obj.transaction_time = v_transaction_time
                obj.extra_fields = {}
                return obj
    if "app_id" not in data:
        obj.app_id = None
        count += 1
    elif (value := data["app_id"]).__class__ is int:
        obj.app_id = value
    else:
        raise _expected("an integer", value).at("app_id")
    if "app_markup" not in data:
        obj.app_markup = None
        count += 1
    elif (kind := (value := data["app_markup"]).__class__) is float or kind is int:
        obj.app_markup = value
    else:
        raise _expected("a number", value).at("app_markup")
    if "app_markup_usd" not in data:
        obj.app_markup_usd = None
        count += 1
    elif (kind := (value := data["app_markup_usd"]).__class__) is float or kind is int:
        obj.app_markup_usd = value
    else:
        raise _expected("a number", value).at("app_markup_usd")
    if "app_markup_value" not in data:
        obj.app_markup_value = None
        count += 1
    elif (kind := (value := data["app_markup_value"]).__class__) is float or kind is int:
        obj.app_markup_value = value
    else:
        raise _expected("a number", value).at("app_markup_value")
    if "client_currcode" not in data:
        obj.client_currcode = None
        count += 1
    elif (value := data["client_currcode"]).__class__ is str:
        obj.client_currcode = value
    else:
        raise _expected("a string", value).at("client_currcode")
    if "client_loginid" not in data:
        obj.client_loginid = None
        count += 1
    elif (value := data["client_loginid"]).__class__ is str:
        obj.client_loginid = value
    else:
        raise _expected("a string", value).at("client_loginid")
    if "dev_currcode" not in data:
        obj.dev_currcode = None
        count += 1
    elif (value := data["dev_currcode"]).__class__ is str:
        obj.dev_currcode = value
    else:
        raise _expected("a string", value).at("dev_currcode")
    if "dev_loginid" not in data:
        obj.dev_loginid = None
        count += 1
    elif (value := data["dev_loginid"]).__class__ is str:
        obj.dev_loginid = value
    else:
        raise _expected("a string", value).at("dev_loginid")
    if "transaction_id" not in data:
        obj.transaction_id = None
        count += 1
    elif (value := data["transaction_id"]).__class__ is int:
        obj.transaction_id = value
    else:
        raise _expected("an integer", value).at("transaction_id")
    if "transaction_time" not in data:
        obj.transaction_time = None
        count += 1
    elif (value := data["transaction_time"]).__class__ is str:
        obj.transaction_time = value
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
