"""Decoders and encoders of the models of the ``mt5_login_list`` call (platforms group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_and_19_more = frozenset(
    {
        "Deriv-Demo",
        "Deriv-Server",
        "Deriv-Server-02",
        "Deriv-Server-03",
        "DerivBVI-Server",
        "DerivBVI-Server-02",
        "DerivBVI-Server-03",
        "DerivFX-Server",
        "DerivFX-Server-02",
        "DerivFX-Server-03",
        "DerivMT-Server",
        "DerivMT-Server-02",
        "DerivMT-Server-03",
        "DerivMU-Server",
        "DerivMU-Server-02",
        "DerivMU-Server-03",
        "DerivSVG-Server",
        "DerivSVG-Server-02",
        "DerivSVG-Server-03",
        "DerivVU-Server",
        "DerivVU-Server-02",
        "DerivVU-Server-03",
    }
)


_ALLOWED_all_financial_synthetic = frozenset({"all", "financial", "synthetic"})


_ALLOWED_bvi_dml_labuan_and_5_more = frozenset(
    {"bvi", "dml", "labuan", "malta", "maltainvest", "seychelles", "svg", "vanuatu"}
)


_ALLOWED_demo_real = frozenset({"demo", "real"})


_ALLOWED_empty_ab_ba_and_6_more = frozenset(
    {"", "ab", "ba", "gold", "hr", "lim", "stp", "swap_free", "swap_free_high_risk"}
)


_ALLOWED_empty_financial_gold_and_5_more = frozenset(
    {"", "financial", "gold", "standard", "stp", "swap_free", "synthetic", "zero_spread"}
)


_ALLOWED_expired_none_pending_and_2_more = frozenset(
    {"expired", "none", "pending", "rejected", "verified"}
)


_ALLOWED_expired_none_pending_and_3_more = frozenset(
    {"expired", "none", "pending", "rejected", "suspected", "verified"}
)


_ALLOWED_financial_financial_stp_gold_and_5_more = frozenset(
    {"financial", "financial_stp", "gold", "ibt", "standard", "stp", "swap_free", "zero_spread"}
)


_ALLOWED_mt5_login_list = frozenset({"mt5_login_list"})


_KEYS_MT5_LOGIN_LIST_REQUEST = frozenset(
    (
        "mt5_login_list",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_MT5_LOGIN_LIST_RESPONSE = frozenset(
    (
        "mt5_login_list",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM = frozenset(
    (
        "account_type",
        "balance",
        "client_kyc_status",
        "country",
        "currency",
        "display_balance",
        "eligible_to_migrate",
        "email",
        "error",
        "group",
        "is_main_agent",
        "landing_company",
        "landing_company_short",
        "leverage",
        "login",
        "market_type",
        "name",
        "product",
        "request_timestamp",
        "rights",
        "server",
        "server_info",
        "status",
        "sub_account_category",
        "sub_account_type",
        "webtrader_url",
        "white_label_links",
    )
)


_KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_CLIENT_KYC_STATUS = frozenset(
    (
        "poa_status",
        "poi_status",
        "valid_tin",
    )
)


_KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_ERROR = frozenset(
    (
        "code",
        "details",
        "message_to_client",
    )
)


_KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_ERROR_DETAILS = frozenset(
    (
        "account_type",
        "login",
        "server",
        "server_info",
    )
)


_KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_ERROR_DETAILS_SERVER_INFO = frozenset(
    (
        "environment",
        "geolocation",
        "id",
    )
)


_KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_ERROR_DETAILS_SERVER_INFO_GEOLOCATION = frozenset(
    (
        "group",
        "location",
        "region",
        "sequence",
    )
)


_KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_RIGHTS = frozenset(
    (
        "api",
        "api_deprecated",
        "confirmed",
        "enabled",
        "exclude_reports",
        "expert",
        "investor",
        "otp_enabled",
        "password_change",
        "push",
        "readonly",
        "reports",
        "reset_pass",
        "sponsored",
        "technical",
        "trade_disabled",
        "trailing",
    )
)


_KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_SERVER_INFO = frozenset(
    (
        "environment",
        "geolocation",
        "id",
    )
)


_KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_SERVER_INFO_GEOLOCATION = frozenset(
    (
        "group",
        "location",
        "region",
        "sequence",
    )
)


_KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_WHITE_LABEL_LINKS = frozenset(
    (
        "android",
        "ios",
        "webtrader_url",
        "windows",
    )
)


def _decode_list_of_Mt5LoginListResponseMt5LoginListItem(
    value: Any,
) -> list[m.Mt5LoginListResponseMt5LoginListItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_mt5_login_list_response_mt5_login_list_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_mt5_login_list_response_mt5_login_list_item
        ) from None


def structure_mt5_login_list_request(data: Any) -> m.Mt5LoginListRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5LoginListRequest)
    count = len(data)
    if count == 4:
        try:
            v_mt5_login_list = data["mt5_login_list"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_mt5_login_list.__class__ is _INT and v_mt5_login_list in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.mt5_login_list = v_mt5_login_list
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["mt5_login_list"]
    except KeyError:
        raise DecodeError("required field is missing", ("mt5_login_list",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.mt5_login_list = value
    else:
        raise _not_one_of("1", value).at("mt5_login_list")
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
        unknown = sorted(key for key in data if key not in _KEYS_MT5_LOGIN_LIST_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_mt5_login_list_request(obj: m.Mt5LoginListRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"mt5_login_list": obj.mt5_login_list}
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


def structure_mt5_login_list_response(data: Any) -> m.Mt5LoginListResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5LoginListResponse)
    count = len(data)
    if count == 4:
        try:
            v_mt5_login_list = data["mt5_login_list"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_mt5_login_list)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.mt5_login_list = _decode_list_of_Mt5LoginListResponseMt5LoginListItem(
                        v_mt5_login_list
                    )
                except DecodeError as error:
                    raise error.at("mt5_login_list") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "mt5_login_list" not in data:
        obj.mt5_login_list = None
        count += 1
    else:
        value = data["mt5_login_list"]
        try:
            obj.mt5_login_list = _decode_list_of_Mt5LoginListResponseMt5LoginListItem(value)
        except DecodeError as error:
            raise error.at("mt5_login_list") from None
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
    if value.__class__ is _STR and value in _ALLOWED_mt5_login_list:
        obj.msg_type = value
    else:
        raise _not_one_of("'mt5_login_list'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_MT5_LOGIN_LIST_RESPONSE}
    return obj


def unstructure_mt5_login_list_response(obj: m.Mt5LoginListResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.mt5_login_list
    if value is not None:
        data["mt5_login_list"] = [
            unstructure_mt5_login_list_response_mt5_login_list_item(item) for item in value
        ]
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_mt5_login_list_response_mt5_login_list_item(
    data: Any,
) -> m.Mt5LoginListResponseMt5LoginListItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5LoginListResponseMt5LoginListItem)
    count = len(data)
    if count == 27:
        try:
            v_account_type = data["account_type"]
            v_balance = data["balance"]
            v_client_kyc_status = data["client_kyc_status"]
            v_country = data["country"]
            v_currency = data["currency"]
            v_display_balance = data["display_balance"]
            v_eligible_to_migrate = data["eligible_to_migrate"]
            v_email = data["email"]
            v_error = data["error"]
            v_group = data["group"]
            v_is_main_agent = data["is_main_agent"]
            v_landing_company = data["landing_company"]
            v_landing_company_short = data["landing_company_short"]
            v_leverage = data["leverage"]
            v_login = data["login"]
            v_market_type = data["market_type"]
            v_name = data["name"]
            v_product = data["product"]
            v_request_timestamp = data["request_timestamp"]
            v_rights = data["rights"]
            v_server = data["server"]
            v_server_info = data["server_info"]
            v_status = data["status"]
            v_sub_account_category = data["sub_account_category"]
            v_sub_account_type = data["sub_account_type"]
            v_webtrader_url = data["webtrader_url"]
            v_white_label_links = data["white_label_links"]
        except KeyError:
            pass
        else:
            if (
                (v_account_type.__class__ is _STR and v_account_type in _ALLOWED_demo_real)
                and ((kind := v_balance.__class__) is float or kind is int)
                and (v_country.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_display_balance.__class__ is str)
                and (v_eligible_to_migrate.__class__ is dict)
                and (v_email.__class__ is str)
                and (v_group.__class__ is str)
                and (v_is_main_agent.__class__ is bool)
                and (v_landing_company.__class__ is str)
                and (
                    v_landing_company_short.__class__ is _STR
                    and v_landing_company_short in _ALLOWED_bvi_dml_labuan_and_5_more
                )
                and ((kind := v_leverage.__class__) is float or kind is int)
                and (v_login.__class__ is str)
                and (
                    v_market_type.__class__ is _STR
                    and v_market_type in _ALLOWED_all_financial_synthetic
                )
                and (v_name.__class__ is str)
                and (
                    v_product.__class__ is _STR
                    and v_product in _ALLOWED_empty_financial_gold_and_5_more
                )
                and (v_request_timestamp.__class__ is int)
                and (v_server.__class__ is str)
                and (v_status is None or (v_status.__class__ is str))
                and (
                    v_sub_account_category.__class__ is _STR
                    and v_sub_account_category in _ALLOWED_empty_ab_ba_and_6_more
                )
                and (
                    v_sub_account_type.__class__ is _STR
                    and v_sub_account_type in _ALLOWED_financial_financial_stp_gold_and_5_more
                )
                and (v_webtrader_url.__class__ is str)
            ):
                obj.account_type = v_account_type
                obj.balance = v_balance
                try:
                    obj.client_kyc_status = (
                        structure_mt5_login_list_response_mt5_login_list_item_client_kyc_status(
                            v_client_kyc_status
                        )
                    )
                except DecodeError as error:
                    raise error.at("client_kyc_status") from None
                obj.country = v_country
                obj.currency = v_currency
                obj.display_balance = v_display_balance
                obj.eligible_to_migrate = v_eligible_to_migrate
                obj.email = v_email
                try:
                    obj.error = structure_mt5_login_list_response_mt5_login_list_item_error(v_error)
                except DecodeError as error:
                    raise error.at("error") from None
                obj.group = v_group
                obj.is_main_agent = v_is_main_agent
                obj.landing_company = v_landing_company
                obj.landing_company_short = v_landing_company_short
                obj.leverage = v_leverage
                obj.login = v_login
                obj.market_type = v_market_type
                obj.name = v_name
                obj.product = v_product
                obj.request_timestamp = v_request_timestamp
                try:
                    obj.rights = structure_mt5_login_list_response_mt5_login_list_item_rights(
                        v_rights
                    )
                except DecodeError as error:
                    raise error.at("rights") from None
                obj.server = v_server
                try:
                    obj.server_info = (
                        structure_mt5_login_list_response_mt5_login_list_item_server_info(
                            v_server_info
                        )
                    )
                except DecodeError as error:
                    raise error.at("server_info") from None
                obj.status = v_status
                obj.sub_account_category = v_sub_account_category
                obj.sub_account_type = v_sub_account_type
                obj.webtrader_url = v_webtrader_url
                try:
                    obj.white_label_links = (
                        structure_mt5_login_list_response_mt5_login_list_item_white_label_links(
                            v_white_label_links
                        )
                    )
                except DecodeError as error:
                    raise error.at("white_label_links") from None
                obj.extra_fields = {}
                return obj
    if "account_type" not in data:
        obj.account_type = None
        count += 1
    elif (value := data["account_type"]).__class__ is _STR and value in _ALLOWED_demo_real:
        obj.account_type = value
    else:
        raise _not_one_of("'demo', 'real'", value).at("account_type")
    if "balance" not in data:
        obj.balance = None
        count += 1
    elif (kind := (value := data["balance"]).__class__) is float or kind is int:
        obj.balance = value
    else:
        raise _expected("a number", value).at("balance")
    if "client_kyc_status" not in data:
        obj.client_kyc_status = None
        count += 1
    else:
        value = data["client_kyc_status"]
        try:
            obj.client_kyc_status = (
                structure_mt5_login_list_response_mt5_login_list_item_client_kyc_status(value)
            )
        except DecodeError as error:
            raise error.at("client_kyc_status") from None
    if "country" not in data:
        obj.country = None
        count += 1
    elif (value := data["country"]).__class__ is str:
        obj.country = value
    else:
        raise _expected("a string", value).at("country")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "display_balance" not in data:
        obj.display_balance = None
        count += 1
    elif (value := data["display_balance"]).__class__ is str:
        obj.display_balance = value
    else:
        raise _expected("a string", value).at("display_balance")
    if "eligible_to_migrate" not in data:
        obj.eligible_to_migrate = None
        count += 1
    elif (value := data["eligible_to_migrate"]).__class__ is dict:
        obj.eligible_to_migrate = value
    else:
        raise _expected("an object", value).at("eligible_to_migrate")
    if "email" not in data:
        obj.email = None
        count += 1
    elif (value := data["email"]).__class__ is str:
        obj.email = value
    else:
        raise _expected("a string", value).at("email")
    if "error" not in data:
        obj.error = None
        count += 1
    else:
        value = data["error"]
        try:
            obj.error = structure_mt5_login_list_response_mt5_login_list_item_error(value)
        except DecodeError as error:
            raise error.at("error") from None
    if "group" not in data:
        obj.group = None
        count += 1
    elif (value := data["group"]).__class__ is str:
        obj.group = value
    else:
        raise _expected("a string", value).at("group")
    if "is_main_agent" not in data:
        obj.is_main_agent = None
        count += 1
    elif (value := data["is_main_agent"]).__class__ is bool:
        obj.is_main_agent = value
    else:
        raise _expected("a boolean", value).at("is_main_agent")
    if "landing_company" not in data:
        obj.landing_company = None
        count += 1
    elif (value := data["landing_company"]).__class__ is str:
        obj.landing_company = value
    else:
        raise _expected("a string", value).at("landing_company")
    if "landing_company_short" not in data:
        obj.landing_company_short = None
        count += 1
    elif (
        value := data["landing_company_short"]
    ).__class__ is _STR and value in _ALLOWED_bvi_dml_labuan_and_5_more:
        obj.landing_company_short = value
    else:
        raise _not_one_of(
            "'bvi', 'labuan', 'malta', 'maltainvest', 'svg', 'vanuatu', 'seychelles', 'dml'", value
        ).at("landing_company_short")
    if "leverage" not in data:
        obj.leverage = None
        count += 1
    elif (kind := (value := data["leverage"]).__class__) is float or kind is int:
        obj.leverage = value
    else:
        raise _expected("a number", value).at("leverage")
    if "login" not in data:
        obj.login = None
        count += 1
    elif (value := data["login"]).__class__ is str:
        obj.login = value
    else:
        raise _expected("a string", value).at("login")
    if "market_type" not in data:
        obj.market_type = None
        count += 1
    elif (
        value := data["market_type"]
    ).__class__ is _STR and value in _ALLOWED_all_financial_synthetic:
        obj.market_type = value
    else:
        raise _not_one_of("'financial', 'synthetic', 'all'", value).at("market_type")
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if "product" not in data:
        obj.product = None
        count += 1
    elif (
        value := data["product"]
    ).__class__ is _STR and value in _ALLOWED_empty_financial_gold_and_5_more:
        obj.product = value
    else:
        raise _not_one_of(
            "'', 'synthetic', 'financial', 'swap_free', 'zero_spread', 'standard', 'stp', 'gold'",
            value,
        ).at("product")
    if "request_timestamp" not in data:
        obj.request_timestamp = None
        count += 1
    elif (value := data["request_timestamp"]).__class__ is int:
        obj.request_timestamp = value
    else:
        raise _expected("an integer", value).at("request_timestamp")
    if "rights" not in data:
        obj.rights = None
        count += 1
    else:
        value = data["rights"]
        try:
            obj.rights = structure_mt5_login_list_response_mt5_login_list_item_rights(value)
        except DecodeError as error:
            raise error.at("rights") from None
    if "server" not in data:
        obj.server = None
        count += 1
    elif (value := data["server"]).__class__ is str:
        obj.server = value
    else:
        raise _expected("a string", value).at("server")
    if "server_info" not in data:
        obj.server_info = None
        count += 1
    else:
        value = data["server_info"]
        try:
            obj.server_info = structure_mt5_login_list_response_mt5_login_list_item_server_info(
                value
            )
        except DecodeError as error:
            raise error.at("server_info") from None
    if "status" not in data:
        obj.status = UNSET
        count += 1
    elif (value := data["status"]) is None or (value.__class__ is str):
        obj.status = value
    else:
        raise _expected("a string", value).at("status")
    if "sub_account_category" not in data:
        obj.sub_account_category = None
        count += 1
    elif (
        value := data["sub_account_category"]
    ).__class__ is _STR and value in _ALLOWED_empty_ab_ba_and_6_more:
        obj.sub_account_category = value
    else:
        raise _not_one_of(
            "'', 'swap_free', 'swap_free_high_risk', 'lim', 'hr', 'ab', 'ba', 'stp', 'gold'", value
        ).at("sub_account_category")
    if "sub_account_type" not in data:
        obj.sub_account_type = None
        count += 1
    elif (
        value := data["sub_account_type"]
    ).__class__ is _STR and value in _ALLOWED_financial_financial_stp_gold_and_5_more:
        obj.sub_account_type = value
    else:
        raise _not_one_of(
            "'standard', 'financial', 'financial_stp', 'swap_free', 'ibt', 'stp', 'zero_spread', 'gold'",
            value,
        ).at("sub_account_type")
    if "webtrader_url" not in data:
        obj.webtrader_url = None
        count += 1
    elif (value := data["webtrader_url"]).__class__ is str:
        obj.webtrader_url = value
    else:
        raise _expected("a string", value).at("webtrader_url")
    if "white_label_links" not in data:
        obj.white_label_links = None
        count += 1
    else:
        value = data["white_label_links"]
        try:
            obj.white_label_links = (
                structure_mt5_login_list_response_mt5_login_list_item_white_label_links(value)
            )
        except DecodeError as error:
            raise error.at("white_label_links") from None
    if count == 27:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM
        }
    return obj


def unstructure_mt5_login_list_response_mt5_login_list_item(
    obj: m.Mt5LoginListResponseMt5LoginListItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.account_type
    if value is not None:
        data["account_type"] = value
    value = obj.balance
    if value is not None:
        data["balance"] = value
    value = obj.client_kyc_status
    if value is not None:
        data["client_kyc_status"] = (
            unstructure_mt5_login_list_response_mt5_login_list_item_client_kyc_status(value)
        )
    value = obj.country
    if value is not None:
        data["country"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.display_balance
    if value is not None:
        data["display_balance"] = value
    value = obj.eligible_to_migrate
    if value is not None:
        data["eligible_to_migrate"] = value
    value = obj.email
    if value is not None:
        data["email"] = value
    value = obj.error
    if value is not None:
        data["error"] = unstructure_mt5_login_list_response_mt5_login_list_item_error(value)
    value = obj.group
    if value is not None:
        data["group"] = value
    value = obj.is_main_agent
    if value is not None:
        data["is_main_agent"] = value
    value = obj.landing_company
    if value is not None:
        data["landing_company"] = value
    value = obj.landing_company_short
    if value is not None:
        data["landing_company_short"] = value
    value = obj.leverage
    if value is not None:
        data["leverage"] = value
    value = obj.login
    if value is not None:
        data["login"] = value
    value = obj.market_type
    if value is not None:
        data["market_type"] = value
    value = obj.name
    if value is not None:
        data["name"] = value
    value = obj.product
    if value is not None:
        data["product"] = value
    value = obj.request_timestamp
    if value is not None:
        data["request_timestamp"] = value
    value = obj.rights
    if value is not None:
        data["rights"] = unstructure_mt5_login_list_response_mt5_login_list_item_rights(value)
    value = obj.server
    if value is not None:
        data["server"] = value
    value = obj.server_info
    if value is not None:
        data["server_info"] = unstructure_mt5_login_list_response_mt5_login_list_item_server_info(
            value
        )
    value = obj.status
    if value is not UNSET:
        data["status"] = value
    value = obj.sub_account_category
    if value is not None:
        data["sub_account_category"] = value
    value = obj.sub_account_type
    if value is not None:
        data["sub_account_type"] = value
    value = obj.webtrader_url
    if value is not None:
        data["webtrader_url"] = value
    value = obj.white_label_links
    if value is not None:
        data["white_label_links"] = (
            unstructure_mt5_login_list_response_mt5_login_list_item_white_label_links(value)
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_mt5_login_list_response_mt5_login_list_item_client_kyc_status(
    data: Any,
) -> m.Mt5LoginListResponseMt5LoginListItemClientKycStatus:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5LoginListResponseMt5LoginListItemClientKycStatus)
    count = len(data)
    if count == 3:
        try:
            v_poa_status = data["poa_status"]
            v_poi_status = data["poi_status"]
            v_valid_tin = data["valid_tin"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_poa_status.__class__ is _STR
                    and v_poa_status in _ALLOWED_expired_none_pending_and_2_more
                )
                and (
                    v_poi_status.__class__ is _STR
                    and v_poi_status in _ALLOWED_expired_none_pending_and_3_more
                )
                and (v_valid_tin.__class__ is _INT and v_valid_tin in _ALLOWED_0_1)
            ):
                obj.poa_status = v_poa_status
                obj.poi_status = v_poi_status
                obj.valid_tin = v_valid_tin
                obj.extra_fields = {}
                return obj
    if "poa_status" not in data:
        obj.poa_status = None
        count += 1
    elif (
        value := data["poa_status"]
    ).__class__ is _STR and value in _ALLOWED_expired_none_pending_and_2_more:
        obj.poa_status = value
    else:
        raise _not_one_of("'none', 'pending', 'expired', 'verified', 'rejected'", value).at(
            "poa_status"
        )
    if "poi_status" not in data:
        obj.poi_status = None
        count += 1
    elif (
        value := data["poi_status"]
    ).__class__ is _STR and value in _ALLOWED_expired_none_pending_and_3_more:
        obj.poi_status = value
    else:
        raise _not_one_of(
            "'none', 'pending', 'verified', 'suspected', 'rejected', 'expired'", value
        ).at("poi_status")
    if "valid_tin" not in data:
        obj.valid_tin = None
        count += 1
    elif (value := data["valid_tin"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.valid_tin = value
    else:
        raise _not_one_of("1, 0", value).at("valid_tin")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_CLIENT_KYC_STATUS
        }
    return obj


def unstructure_mt5_login_list_response_mt5_login_list_item_client_kyc_status(
    obj: m.Mt5LoginListResponseMt5LoginListItemClientKycStatus,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.poa_status
    if value is not None:
        data["poa_status"] = value
    value = obj.poi_status
    if value is not None:
        data["poi_status"] = value
    value = obj.valid_tin
    if value is not None:
        data["valid_tin"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_mt5_login_list_response_mt5_login_list_item_error(
    data: Any,
) -> m.Mt5LoginListResponseMt5LoginListItemError:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5LoginListResponseMt5LoginListItemError)
    count = len(data)
    if count == 3:
        try:
            v_code = data["code"]
            v_details = data["details"]
            v_message_to_client = data["message_to_client"]
        except KeyError:
            pass
        else:
            if (v_code.__class__ is str) and (v_message_to_client.__class__ is str):
                obj.code = v_code
                try:
                    obj.details = (
                        structure_mt5_login_list_response_mt5_login_list_item_error_details(
                            v_details
                        )
                    )
                except DecodeError as error:
                    raise error.at("details") from None
                obj.message_to_client = v_message_to_client
                obj.extra_fields = {}
                return obj
    if "code" not in data:
        obj.code = None
        count += 1
    elif (value := data["code"]).__class__ is str:
        obj.code = value
    else:
        raise _expected("a string", value).at("code")
    if "details" not in data:
        obj.details = None
        count += 1
    else:
        value = data["details"]
        try:
            obj.details = structure_mt5_login_list_response_mt5_login_list_item_error_details(value)
        except DecodeError as error:
            raise error.at("details") from None
    if "message_to_client" not in data:
        obj.message_to_client = None
        count += 1
    elif (value := data["message_to_client"]).__class__ is str:
        obj.message_to_client = value
    else:
        raise _expected("a string", value).at("message_to_client")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_ERROR
        }
    return obj


def unstructure_mt5_login_list_response_mt5_login_list_item_error(
    obj: m.Mt5LoginListResponseMt5LoginListItemError,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.code
    if value is not None:
        data["code"] = value
    value = obj.details
    if value is not None:
        data["details"] = unstructure_mt5_login_list_response_mt5_login_list_item_error_details(
            value
        )
    value = obj.message_to_client
    if value is not None:
        data["message_to_client"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_mt5_login_list_response_mt5_login_list_item_error_details(
    data: Any,
) -> m.Mt5LoginListResponseMt5LoginListItemErrorDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5LoginListResponseMt5LoginListItemErrorDetails)
    count = len(data)
    if count == 4:
        try:
            v_account_type = data["account_type"]
            v_login = data["login"]
            v_server = data["server"]
            v_server_info = data["server_info"]
        except KeyError:
            pass
        else:
            if (
                (v_account_type.__class__ is str)
                and (v_login.__class__ is str)
                and (v_server.__class__ is str)
            ):
                obj.account_type = v_account_type
                obj.login = v_login
                obj.server = v_server
                try:
                    obj.server_info = structure_mt5_login_list_response_mt5_login_list_item_error_details_server_info(
                        v_server_info
                    )
                except DecodeError as error:
                    raise error.at("server_info") from None
                obj.extra_fields = {}
                return obj
    if "account_type" not in data:
        obj.account_type = None
        count += 1
    elif (value := data["account_type"]).__class__ is str:
        obj.account_type = value
    else:
        raise _expected("a string", value).at("account_type")
    if "login" not in data:
        obj.login = None
        count += 1
    elif (value := data["login"]).__class__ is str:
        obj.login = value
    else:
        raise _expected("a string", value).at("login")
    if "server" not in data:
        obj.server = None
        count += 1
    elif (value := data["server"]).__class__ is str:
        obj.server = value
    else:
        raise _expected("a string", value).at("server")
    if "server_info" not in data:
        obj.server_info = None
        count += 1
    else:
        value = data["server_info"]
        try:
            obj.server_info = (
                structure_mt5_login_list_response_mt5_login_list_item_error_details_server_info(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("server_info") from None
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_ERROR_DETAILS
        }
    return obj


def unstructure_mt5_login_list_response_mt5_login_list_item_error_details(
    obj: m.Mt5LoginListResponseMt5LoginListItemErrorDetails,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.account_type
    if value is not None:
        data["account_type"] = value
    value = obj.login
    if value is not None:
        data["login"] = value
    value = obj.server
    if value is not None:
        data["server"] = value
    value = obj.server_info
    if value is not None:
        data["server_info"] = (
            unstructure_mt5_login_list_response_mt5_login_list_item_error_details_server_info(value)
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_mt5_login_list_response_mt5_login_list_item_error_details_server_info(
    data: Any,
) -> m.Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfo:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfo)
    count = len(data)
    if count == 3:
        try:
            v_environment = data["environment"]
            v_geolocation = data["geolocation"]
            v_id = data["id"]
        except KeyError:
            pass
        else:
            if (
                v_environment.__class__ is _STR
                and v_environment in _ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_and_19_more
            ) and (v_id.__class__ is str):
                obj.environment = v_environment
                try:
                    obj.geolocation = structure_mt5_login_list_response_mt5_login_list_item_error_details_server_info_geolocation(
                        v_geolocation
                    )
                except DecodeError as error:
                    raise error.at("geolocation") from None
                obj.id = v_id
                obj.extra_fields = {}
                return obj
    if "environment" not in data:
        obj.environment = None
        count += 1
    elif (
        value := data["environment"]
    ).__class__ is _STR and value in _ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_and_19_more:
        obj.environment = value
    else:
        raise _not_one_of(
            "'Deriv-Demo', 'Deriv-Server', 'Deriv-Server-02', 'Deriv-Server-03', 'DerivFX-Server', 'DerivFX-Server-02', 'DerivFX-Server-03', 'DerivVU-Server', 'DerivVU-Server-02', 'DerivVU-Server-03', 'DerivSVG-Server', 'DerivSVG-Server-02', 'DerivSVG-Server-03', 'DerivMT-Server', 'DerivMT-Server-02', 'DerivMT-Server-03', 'DerivBVI-Server', 'DerivBVI-Server-02', 'DerivBVI-Server-03', 'DerivMU-Server', 'DerivMU-Server-02', 'DerivMU-Server-03'",
            value,
        ).at("environment")
    if "geolocation" not in data:
        obj.geolocation = None
        count += 1
    else:
        value = data["geolocation"]
        try:
            obj.geolocation = structure_mt5_login_list_response_mt5_login_list_item_error_details_server_info_geolocation(
                value
            )
        except DecodeError as error:
            raise error.at("geolocation") from None
    if "id" not in data:
        obj.id = None
        count += 1
    elif (value := data["id"]).__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_ERROR_DETAILS_SERVER_INFO
        }
    return obj


def unstructure_mt5_login_list_response_mt5_login_list_item_error_details_server_info(
    obj: m.Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfo,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.environment
    if value is not None:
        data["environment"] = value
    value = obj.geolocation
    if value is not None:
        data["geolocation"] = (
            unstructure_mt5_login_list_response_mt5_login_list_item_error_details_server_info_geolocation(
                value
            )
        )
    value = obj.id
    if value is not None:
        data["id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_mt5_login_list_response_mt5_login_list_item_error_details_server_info_geolocation(
    data: Any,
) -> m.Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfoGeolocation:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfoGeolocation)
    count = len(data)
    if count == 4:
        try:
            v_group = data["group"]
            v_location = data["location"]
            v_region = data["region"]
            v_sequence = data["sequence"]
        except KeyError:
            pass
        else:
            if (
                (v_group.__class__ is str)
                and (v_location.__class__ is str)
                and (v_region.__class__ is str)
                and (v_sequence.__class__ is int)
            ):
                obj.group = v_group
                obj.location = v_location
                obj.region = v_region
                obj.sequence = v_sequence
                obj.extra_fields = {}
                return obj
    if "group" not in data:
        obj.group = None
        count += 1
    elif (value := data["group"]).__class__ is str:
        obj.group = value
    else:
        raise _expected("a string", value).at("group")
    if "location" not in data:
        obj.location = None
        count += 1
    elif (value := data["location"]).__class__ is str:
        obj.location = value
    else:
        raise _expected("a string", value).at("location")
    if "region" not in data:
        obj.region = None
        count += 1
    elif (value := data["region"]).__class__ is str:
        obj.region = value
    else:
        raise _expected("a string", value).at("region")
    if "sequence" not in data:
        obj.sequence = None
        count += 1
    elif (value := data["sequence"]).__class__ is int:
        obj.sequence = value
    else:
        raise _expected("an integer", value).at("sequence")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_ERROR_DETAILS_SERVER_INFO_GEOLOCATION
        }
    return obj


def unstructure_mt5_login_list_response_mt5_login_list_item_error_details_server_info_geolocation(
    obj: m.Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfoGeolocation,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.group
    if value is not None:
        data["group"] = value
    value = obj.location
    if value is not None:
        data["location"] = value
    value = obj.region
    if value is not None:
        data["region"] = value
    value = obj.sequence
    if value is not None:
        data["sequence"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_mt5_login_list_response_mt5_login_list_item_rights(
    data: Any,
) -> m.Mt5LoginListResponseMt5LoginListItemRights:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5LoginListResponseMt5LoginListItemRights)
    count = len(data)
    if count == 17:
        try:
            v_api = data["api"]
            v_api_deprecated = data["api_deprecated"]
            v_confirmed = data["confirmed"]
            v_enabled = data["enabled"]
            v_exclude_reports = data["exclude_reports"]
            v_expert = data["expert"]
            v_investor = data["investor"]
            v_otp_enabled = data["otp_enabled"]
            v_password_change = data["password_change"]
            v_push = data["push"]
            v_readonly = data["readonly"]
            v_reports = data["reports"]
            v_reset_pass = data["reset_pass"]
            v_sponsored = data["sponsored"]
            v_technical = data["technical"]
            v_trade_disabled = data["trade_disabled"]
            v_trailing = data["trailing"]
        except KeyError:
            pass
        else:
            if (
                (v_api.__class__ is bool)
                and (v_api_deprecated.__class__ is bool)
                and (v_confirmed.__class__ is bool)
                and (v_enabled.__class__ is bool)
                and (v_exclude_reports.__class__ is bool)
                and (v_expert.__class__ is bool)
                and (v_investor.__class__ is bool)
                and (v_otp_enabled.__class__ is bool)
                and (v_password_change.__class__ is bool)
                and (v_push.__class__ is bool)
                and (v_readonly.__class__ is bool)
                and (v_reports.__class__ is bool)
                and (v_reset_pass.__class__ is bool)
                and (v_sponsored.__class__ is bool)
                and (v_technical.__class__ is bool)
                and (v_trade_disabled.__class__ is bool)
                and (v_trailing.__class__ is bool)
            ):
                obj.api = v_api
                obj.api_deprecated = v_api_deprecated
                obj.confirmed = v_confirmed
                obj.enabled = v_enabled
                obj.exclude_reports = v_exclude_reports
                obj.expert = v_expert
                obj.investor = v_investor
                obj.otp_enabled = v_otp_enabled
                obj.password_change = v_password_change
                obj.push = v_push
                obj.readonly = v_readonly
                obj.reports = v_reports
                obj.reset_pass = v_reset_pass
                obj.sponsored = v_sponsored
                obj.technical = v_technical
                obj.trade_disabled = v_trade_disabled
                obj.trailing = v_trailing
                obj.extra_fields = {}
                return obj
    if "api" not in data:
        obj.api = None
        count += 1
    elif (value := data["api"]).__class__ is bool:
        obj.api = value
    else:
        raise _expected("a boolean", value).at("api")
    if "api_deprecated" not in data:
        obj.api_deprecated = None
        count += 1
    elif (value := data["api_deprecated"]).__class__ is bool:
        obj.api_deprecated = value
    else:
        raise _expected("a boolean", value).at("api_deprecated")
    if "confirmed" not in data:
        obj.confirmed = None
        count += 1
    elif (value := data["confirmed"]).__class__ is bool:
        obj.confirmed = value
    else:
        raise _expected("a boolean", value).at("confirmed")
    if "enabled" not in data:
        obj.enabled = None
        count += 1
    elif (value := data["enabled"]).__class__ is bool:
        obj.enabled = value
    else:
        raise _expected("a boolean", value).at("enabled")
    if "exclude_reports" not in data:
        obj.exclude_reports = None
        count += 1
    elif (value := data["exclude_reports"]).__class__ is bool:
        obj.exclude_reports = value
    else:
        raise _expected("a boolean", value).at("exclude_reports")
    if "expert" not in data:
        obj.expert = None
        count += 1
    elif (value := data["expert"]).__class__ is bool:
        obj.expert = value
    else:
        raise _expected("a boolean", value).at("expert")
    if "investor" not in data:
        obj.investor = None
        count += 1
    elif (value := data["investor"]).__class__ is bool:
        obj.investor = value
    else:
        raise _expected("a boolean", value).at("investor")
    if "otp_enabled" not in data:
        obj.otp_enabled = None
        count += 1
    elif (value := data["otp_enabled"]).__class__ is bool:
        obj.otp_enabled = value
    else:
        raise _expected("a boolean", value).at("otp_enabled")
    if "password_change" not in data:
        obj.password_change = None
        count += 1
    elif (value := data["password_change"]).__class__ is bool:
        obj.password_change = value
    else:
        raise _expected("a boolean", value).at("password_change")
    if "push" not in data:
        obj.push = None
        count += 1
    elif (value := data["push"]).__class__ is bool:
        obj.push = value
    else:
        raise _expected("a boolean", value).at("push")
    if "readonly" not in data:
        obj.readonly = None
        count += 1
    elif (value := data["readonly"]).__class__ is bool:
        obj.readonly = value
    else:
        raise _expected("a boolean", value).at("readonly")
    if "reports" not in data:
        obj.reports = None
        count += 1
    elif (value := data["reports"]).__class__ is bool:
        obj.reports = value
    else:
        raise _expected("a boolean", value).at("reports")
    if "reset_pass" not in data:
        obj.reset_pass = None
        count += 1
    elif (value := data["reset_pass"]).__class__ is bool:
        obj.reset_pass = value
    else:
        raise _expected("a boolean", value).at("reset_pass")
    if "sponsored" not in data:
        obj.sponsored = None
        count += 1
    elif (value := data["sponsored"]).__class__ is bool:
        obj.sponsored = value
    else:
        raise _expected("a boolean", value).at("sponsored")
    if "technical" not in data:
        obj.technical = None
        count += 1
    elif (value := data["technical"]).__class__ is bool:
        obj.technical = value
    else:
        raise _expected("a boolean", value).at("technical")
    if "trade_disabled" not in data:
        obj.trade_disabled = None
        count += 1
    elif (value := data["trade_disabled"]).__class__ is bool:
        obj.trade_disabled = value
    else:
        raise _expected("a boolean", value).at("trade_disabled")
    if "trailing" not in data:
        obj.trailing = None
        count += 1
    elif (value := data["trailing"]).__class__ is bool:
        obj.trailing = value
    else:
        raise _expected("a boolean", value).at("trailing")
    if count == 17:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_RIGHTS
        }
    return obj


def unstructure_mt5_login_list_response_mt5_login_list_item_rights(
    obj: m.Mt5LoginListResponseMt5LoginListItemRights,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.api
    if value is not None:
        data["api"] = value
    value = obj.api_deprecated
    if value is not None:
        data["api_deprecated"] = value
    value = obj.confirmed
    if value is not None:
        data["confirmed"] = value
    value = obj.enabled
    if value is not None:
        data["enabled"] = value
    value = obj.exclude_reports
    if value is not None:
        data["exclude_reports"] = value
    value = obj.expert
    if value is not None:
        data["expert"] = value
    value = obj.investor
    if value is not None:
        data["investor"] = value
    value = obj.otp_enabled
    if value is not None:
        data["otp_enabled"] = value
    value = obj.password_change
    if value is not None:
        data["password_change"] = value
    value = obj.push
    if value is not None:
        data["push"] = value
    value = obj.readonly
    if value is not None:
        data["readonly"] = value
    value = obj.reports
    if value is not None:
        data["reports"] = value
    value = obj.reset_pass
    if value is not None:
        data["reset_pass"] = value
    value = obj.sponsored
    if value is not None:
        data["sponsored"] = value
    value = obj.technical
    if value is not None:
        data["technical"] = value
    value = obj.trade_disabled
    if value is not None:
        data["trade_disabled"] = value
    value = obj.trailing
    if value is not None:
        data["trailing"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_mt5_login_list_response_mt5_login_list_item_server_info(
    data: Any,
) -> m.Mt5LoginListResponseMt5LoginListItemServerInfo:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5LoginListResponseMt5LoginListItemServerInfo)
    count = len(data)
    if count == 3:
        try:
            v_environment = data["environment"]
            v_geolocation = data["geolocation"]
            v_id = data["id"]
        except KeyError:
            pass
        else:
            if (
                v_environment.__class__ is _STR
                and v_environment in _ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_and_19_more
            ) and (v_id.__class__ is str):
                obj.environment = v_environment
                try:
                    obj.geolocation = structure_mt5_login_list_response_mt5_login_list_item_server_info_geolocation(
                        v_geolocation
                    )
                except DecodeError as error:
                    raise error.at("geolocation") from None
                obj.id = v_id
                obj.extra_fields = {}
                return obj
    if "environment" not in data:
        obj.environment = None
        count += 1
    elif (
        value := data["environment"]
    ).__class__ is _STR and value in _ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_and_19_more:
        obj.environment = value
    else:
        raise _not_one_of(
            "'Deriv-Demo', 'Deriv-Server', 'Deriv-Server-02', 'Deriv-Server-03', 'DerivFX-Server', 'DerivFX-Server-02', 'DerivFX-Server-03', 'DerivVU-Server', 'DerivVU-Server-02', 'DerivVU-Server-03', 'DerivSVG-Server', 'DerivSVG-Server-02', 'DerivSVG-Server-03', 'DerivMT-Server', 'DerivMT-Server-02', 'DerivMT-Server-03', 'DerivBVI-Server', 'DerivBVI-Server-02', 'DerivBVI-Server-03', 'DerivMU-Server', 'DerivMU-Server-02', 'DerivMU-Server-03'",
            value,
        ).at("environment")
    if "geolocation" not in data:
        obj.geolocation = None
        count += 1
    else:
        value = data["geolocation"]
        try:
            obj.geolocation = (
                structure_mt5_login_list_response_mt5_login_list_item_server_info_geolocation(value)
            )
        except DecodeError as error:
            raise error.at("geolocation") from None
    if "id" not in data:
        obj.id = None
        count += 1
    elif (value := data["id"]).__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_SERVER_INFO
        }
    return obj


def unstructure_mt5_login_list_response_mt5_login_list_item_server_info(
    obj: m.Mt5LoginListResponseMt5LoginListItemServerInfo,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.environment
    if value is not None:
        data["environment"] = value
    value = obj.geolocation
    if value is not None:
        data["geolocation"] = (
            unstructure_mt5_login_list_response_mt5_login_list_item_server_info_geolocation(value)
        )
    value = obj.id
    if value is not None:
        data["id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_mt5_login_list_response_mt5_login_list_item_server_info_geolocation(
    data: Any,
) -> m.Mt5LoginListResponseMt5LoginListItemServerInfoGeolocation:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5LoginListResponseMt5LoginListItemServerInfoGeolocation)
    count = len(data)
    if count == 4:
        try:
            v_group = data["group"]
            v_location = data["location"]
            v_region = data["region"]
            v_sequence = data["sequence"]
        except KeyError:
            pass
        else:
            if (
                (v_group.__class__ is str)
                and (v_location.__class__ is str)
                and (v_region.__class__ is str)
                and (v_sequence.__class__ is int)
            ):
                obj.group = v_group
                obj.location = v_location
                obj.region = v_region
                obj.sequence = v_sequence
                obj.extra_fields = {}
                return obj
    if "group" not in data:
        obj.group = None
        count += 1
    elif (value := data["group"]).__class__ is str:
        obj.group = value
    else:
        raise _expected("a string", value).at("group")
    if "location" not in data:
        obj.location = None
        count += 1
    elif (value := data["location"]).__class__ is str:
        obj.location = value
    else:
        raise _expected("a string", value).at("location")
    if "region" not in data:
        obj.region = None
        count += 1
    elif (value := data["region"]).__class__ is str:
        obj.region = value
    else:
        raise _expected("a string", value).at("region")
    if "sequence" not in data:
        obj.sequence = None
        count += 1
    elif (value := data["sequence"]).__class__ is int:
        obj.sequence = value
    else:
        raise _expected("an integer", value).at("sequence")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_SERVER_INFO_GEOLOCATION
        }
    return obj


def unstructure_mt5_login_list_response_mt5_login_list_item_server_info_geolocation(
    obj: m.Mt5LoginListResponseMt5LoginListItemServerInfoGeolocation,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.group
    if value is not None:
        data["group"] = value
    value = obj.location
    if value is not None:
        data["location"] = value
    value = obj.region
    if value is not None:
        data["region"] = value
    value = obj.sequence
    if value is not None:
        data["sequence"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_mt5_login_list_response_mt5_login_list_item_white_label_links(
    data: Any,
) -> m.Mt5LoginListResponseMt5LoginListItemWhiteLabelLinks:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5LoginListResponseMt5LoginListItemWhiteLabelLinks)
    count = len(data)
    if count == 4:
        try:
            v_android = data["android"]
            v_ios = data["ios"]
            v_webtrader_url = data["webtrader_url"]
            v_windows = data["windows"]
        except KeyError:
            pass
        else:
            if (
                (v_android.__class__ is str)
                and (v_ios.__class__ is str)
                and (v_webtrader_url.__class__ is str)
                and (v_windows.__class__ is str)
            ):
                obj.android = v_android
                obj.ios = v_ios
                obj.webtrader_url = v_webtrader_url
                obj.windows = v_windows
                obj.extra_fields = {}
                return obj
    if "android" not in data:
        obj.android = None
        count += 1
    elif (value := data["android"]).__class__ is str:
        obj.android = value
    else:
        raise _expected("a string", value).at("android")
    if "ios" not in data:
        obj.ios = None
        count += 1
    elif (value := data["ios"]).__class__ is str:
        obj.ios = value
    else:
        raise _expected("a string", value).at("ios")
    if "webtrader_url" not in data:
        obj.webtrader_url = None
        count += 1
    elif (value := data["webtrader_url"]).__class__ is str:
        obj.webtrader_url = value
    else:
        raise _expected("a string", value).at("webtrader_url")
    if "windows" not in data:
        obj.windows = None
        count += 1
    elif (value := data["windows"]).__class__ is str:
        obj.windows = value
    else:
        raise _expected("a string", value).at("windows")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_MT5_LOGIN_LIST_RESPONSE_MT5_LOGIN_LIST_ITEM_WHITE_LABEL_LINKS
        }
    return obj


def unstructure_mt5_login_list_response_mt5_login_list_item_white_label_links(
    obj: m.Mt5LoginListResponseMt5LoginListItemWhiteLabelLinks,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.android
    if value is not None:
        data["android"] = value
    value = obj.ios
    if value is not None:
        data["ios"] = value
    value = obj.webtrader_url
    if value is not None:
        data["webtrader_url"] = value
    value = obj.windows
    if value is not None:
        data["windows"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.Mt5LoginListRequest: structure_mt5_login_list_request,
    m.Mt5LoginListResponse: structure_mt5_login_list_response,
    m.Mt5LoginListResponseMt5LoginListItem: structure_mt5_login_list_response_mt5_login_list_item,
    m.Mt5LoginListResponseMt5LoginListItemClientKycStatus: structure_mt5_login_list_response_mt5_login_list_item_client_kyc_status,
    m.Mt5LoginListResponseMt5LoginListItemError: structure_mt5_login_list_response_mt5_login_list_item_error,
    m.Mt5LoginListResponseMt5LoginListItemErrorDetails: structure_mt5_login_list_response_mt5_login_list_item_error_details,
    m.Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfo: structure_mt5_login_list_response_mt5_login_list_item_error_details_server_info,
    m.Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfoGeolocation: structure_mt5_login_list_response_mt5_login_list_item_error_details_server_info_geolocation,
    m.Mt5LoginListResponseMt5LoginListItemRights: structure_mt5_login_list_response_mt5_login_list_item_rights,
    m.Mt5LoginListResponseMt5LoginListItemServerInfo: structure_mt5_login_list_response_mt5_login_list_item_server_info,
    m.Mt5LoginListResponseMt5LoginListItemServerInfoGeolocation: structure_mt5_login_list_response_mt5_login_list_item_server_info_geolocation,
    m.Mt5LoginListResponseMt5LoginListItemWhiteLabelLinks: structure_mt5_login_list_response_mt5_login_list_item_white_label_links,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.Mt5LoginListRequest: unstructure_mt5_login_list_request,
    m.Mt5LoginListResponse: unstructure_mt5_login_list_response,
    m.Mt5LoginListResponseMt5LoginListItem: unstructure_mt5_login_list_response_mt5_login_list_item,
    m.Mt5LoginListResponseMt5LoginListItemClientKycStatus: unstructure_mt5_login_list_response_mt5_login_list_item_client_kyc_status,
    m.Mt5LoginListResponseMt5LoginListItemError: unstructure_mt5_login_list_response_mt5_login_list_item_error,
    m.Mt5LoginListResponseMt5LoginListItemErrorDetails: unstructure_mt5_login_list_response_mt5_login_list_item_error_details,
    m.Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfo: unstructure_mt5_login_list_response_mt5_login_list_item_error_details_server_info,
    m.Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfoGeolocation: unstructure_mt5_login_list_response_mt5_login_list_item_error_details_server_info_geolocation,
    m.Mt5LoginListResponseMt5LoginListItemRights: unstructure_mt5_login_list_response_mt5_login_list_item_rights,
    m.Mt5LoginListResponseMt5LoginListItemServerInfo: unstructure_mt5_login_list_response_mt5_login_list_item_server_info,
    m.Mt5LoginListResponseMt5LoginListItemServerInfoGeolocation: unstructure_mt5_login_list_response_mt5_login_list_item_server_info_geolocation,
    m.Mt5LoginListResponseMt5LoginListItemWhiteLabelLinks: unstructure_mt5_login_list_response_mt5_login_list_item_white_label_links,
}
