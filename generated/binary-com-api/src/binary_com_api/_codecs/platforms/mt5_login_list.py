"""Decoders and encoders of the models of the ``mt5_login_list`` call (platforms group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _locate_item_error, _new, _not_one_of
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
    try:
        value = data["mt5_login_list"]
    except KeyError:
        raise DecodeError("required field is missing", ("mt5_login_list",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.mt5_login_list = value
    else:
        raise _not_one_of("1", value).at("mt5_login_list")
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
    value = data.get("mt5_login_list", _MISSING)
    if value is _MISSING:
        obj.mt5_login_list = None
        count += 1
    else:
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
    value = data.get("account_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_demo_real:
        obj.account_type = value
    elif value is _MISSING:
        obj.account_type = None
        count += 1
    else:
        raise _not_one_of("'demo', 'real'", value).at("account_type")
    value = data.get("balance", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.balance = value
    elif value is _MISSING:
        obj.balance = None
        count += 1
    else:
        raise _expected("a number", value).at("balance")
    value = data.get("client_kyc_status", _MISSING)
    if value is _MISSING:
        obj.client_kyc_status = None
        count += 1
    else:
        try:
            obj.client_kyc_status = (
                structure_mt5_login_list_response_mt5_login_list_item_client_kyc_status(value)
            )
        except DecodeError as error:
            raise error.at("client_kyc_status") from None
    value = data.get("country", _MISSING)
    if value.__class__ is str:
        obj.country = value
    elif value is _MISSING:
        obj.country = None
        count += 1
    else:
        raise _expected("a string", value).at("country")
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("display_balance", _MISSING)
    if value.__class__ is str:
        obj.display_balance = value
    elif value is _MISSING:
        obj.display_balance = None
        count += 1
    else:
        raise _expected("a string", value).at("display_balance")
    value = data.get("eligible_to_migrate", _MISSING)
    if value.__class__ is dict:
        obj.eligible_to_migrate = value
    elif value is _MISSING:
        obj.eligible_to_migrate = None
        count += 1
    else:
        raise _expected("an object", value).at("eligible_to_migrate")
    value = data.get("email", _MISSING)
    if value.__class__ is str:
        obj.email = value
    elif value is _MISSING:
        obj.email = None
        count += 1
    else:
        raise _expected("a string", value).at("email")
    value = data.get("error", _MISSING)
    if value is _MISSING:
        obj.error = None
        count += 1
    else:
        try:
            obj.error = structure_mt5_login_list_response_mt5_login_list_item_error(value)
        except DecodeError as error:
            raise error.at("error") from None
    value = data.get("group", _MISSING)
    if value.__class__ is str:
        obj.group = value
    elif value is _MISSING:
        obj.group = None
        count += 1
    else:
        raise _expected("a string", value).at("group")
    value = data.get("is_main_agent", _MISSING)
    if value.__class__ is bool:
        obj.is_main_agent = value
    elif value is _MISSING:
        obj.is_main_agent = None
        count += 1
    else:
        raise _expected("a boolean", value).at("is_main_agent")
    value = data.get("landing_company", _MISSING)
    if value.__class__ is str:
        obj.landing_company = value
    elif value is _MISSING:
        obj.landing_company = None
        count += 1
    else:
        raise _expected("a string", value).at("landing_company")
    value = data.get("landing_company_short", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_bvi_dml_labuan_and_5_more:
        obj.landing_company_short = value
    elif value is _MISSING:
        obj.landing_company_short = None
        count += 1
    else:
        raise _not_one_of(
            "'bvi', 'labuan', 'malta', 'maltainvest', 'svg', 'vanuatu', 'seychelles', 'dml'", value
        ).at("landing_company_short")
    value = data.get("leverage", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.leverage = value
    elif value is _MISSING:
        obj.leverage = None
        count += 1
    else:
        raise _expected("a number", value).at("leverage")
    value = data.get("login", _MISSING)
    if value.__class__ is str:
        obj.login = value
    elif value is _MISSING:
        obj.login = None
        count += 1
    else:
        raise _expected("a string", value).at("login")
    value = data.get("market_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_all_financial_synthetic:
        obj.market_type = value
    elif value is _MISSING:
        obj.market_type = None
        count += 1
    else:
        raise _not_one_of("'financial', 'synthetic', 'all'", value).at("market_type")
    value = data.get("name", _MISSING)
    if value.__class__ is str:
        obj.name = value
    elif value is _MISSING:
        obj.name = None
        count += 1
    else:
        raise _expected("a string", value).at("name")
    value = data.get("product", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_empty_financial_gold_and_5_more:
        obj.product = value
    elif value is _MISSING:
        obj.product = None
        count += 1
    else:
        raise _not_one_of(
            "'', 'synthetic', 'financial', 'swap_free', 'zero_spread', 'standard', 'stp', 'gold'",
            value,
        ).at("product")
    value = data.get("request_timestamp", _MISSING)
    if value.__class__ is int:
        obj.request_timestamp = value
    elif value is _MISSING:
        obj.request_timestamp = None
        count += 1
    else:
        raise _expected("an integer", value).at("request_timestamp")
    value = data.get("rights", _MISSING)
    if value is _MISSING:
        obj.rights = None
        count += 1
    else:
        try:
            obj.rights = structure_mt5_login_list_response_mt5_login_list_item_rights(value)
        except DecodeError as error:
            raise error.at("rights") from None
    value = data.get("server", _MISSING)
    if value.__class__ is str:
        obj.server = value
    elif value is _MISSING:
        obj.server = None
        count += 1
    else:
        raise _expected("a string", value).at("server")
    value = data.get("server_info", _MISSING)
    if value is _MISSING:
        obj.server_info = None
        count += 1
    else:
        try:
            obj.server_info = structure_mt5_login_list_response_mt5_login_list_item_server_info(
                value
            )
        except DecodeError as error:
            raise error.at("server_info") from None
    value = data.get("status", _MISSING)
    if value is None or (value.__class__ is str):
        obj.status = value
    elif value is _MISSING:
        obj.status = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("status")
    value = data.get("sub_account_category", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_empty_ab_ba_and_6_more:
        obj.sub_account_category = value
    elif value is _MISSING:
        obj.sub_account_category = None
        count += 1
    else:
        raise _not_one_of(
            "'', 'swap_free', 'swap_free_high_risk', 'lim', 'hr', 'ab', 'ba', 'stp', 'gold'", value
        ).at("sub_account_category")
    value = data.get("sub_account_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_financial_financial_stp_gold_and_5_more:
        obj.sub_account_type = value
    elif value is _MISSING:
        obj.sub_account_type = None
        count += 1
    else:
        raise _not_one_of(
            "'standard', 'financial', 'financial_stp', 'swap_free', 'ibt', 'stp', 'zero_spread', 'gold'",
            value,
        ).at("sub_account_type")
    value = data.get("webtrader_url", _MISSING)
    if value.__class__ is str:
        obj.webtrader_url = value
    elif value is _MISSING:
        obj.webtrader_url = None
        count += 1
    else:
        raise _expected("a string", value).at("webtrader_url")
    value = data.get("white_label_links", _MISSING)
    if value is _MISSING:
        obj.white_label_links = None
        count += 1
    else:
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
    value = data.get("poa_status", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_expired_none_pending_and_2_more:
        obj.poa_status = value
    elif value is _MISSING:
        obj.poa_status = None
        count += 1
    else:
        raise _not_one_of("'none', 'pending', 'expired', 'verified', 'rejected'", value).at(
            "poa_status"
        )
    value = data.get("poi_status", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_expired_none_pending_and_3_more:
        obj.poi_status = value
    elif value is _MISSING:
        obj.poi_status = None
        count += 1
    else:
        raise _not_one_of(
            "'none', 'pending', 'verified', 'suspected', 'rejected', 'expired'", value
        ).at("poi_status")
    value = data.get("valid_tin", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.valid_tin = value
    elif value is _MISSING:
        obj.valid_tin = None
        count += 1
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
    value = data.get("code", _MISSING)
    if value.__class__ is str:
        obj.code = value
    elif value is _MISSING:
        obj.code = None
        count += 1
    else:
        raise _expected("a string", value).at("code")
    value = data.get("details", _MISSING)
    if value is _MISSING:
        obj.details = None
        count += 1
    else:
        try:
            obj.details = structure_mt5_login_list_response_mt5_login_list_item_error_details(value)
        except DecodeError as error:
            raise error.at("details") from None
    value = data.get("message_to_client", _MISSING)
    if value.__class__ is str:
        obj.message_to_client = value
    elif value is _MISSING:
        obj.message_to_client = None
        count += 1
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
    value = data.get("account_type", _MISSING)
    if value.__class__ is str:
        obj.account_type = value
    elif value is _MISSING:
        obj.account_type = None
        count += 1
    else:
        raise _expected("a string", value).at("account_type")
    value = data.get("login", _MISSING)
    if value.__class__ is str:
        obj.login = value
    elif value is _MISSING:
        obj.login = None
        count += 1
    else:
        raise _expected("a string", value).at("login")
    value = data.get("server", _MISSING)
    if value.__class__ is str:
        obj.server = value
    elif value is _MISSING:
        obj.server = None
        count += 1
    else:
        raise _expected("a string", value).at("server")
    value = data.get("server_info", _MISSING)
    if value is _MISSING:
        obj.server_info = None
        count += 1
    else:
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
    value = data.get("environment", _MISSING)
    if (
        value.__class__ is _STR
        and value in _ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_and_19_more
    ):
        obj.environment = value
    elif value is _MISSING:
        obj.environment = None
        count += 1
    else:
        raise _not_one_of(
            "'Deriv-Demo', 'Deriv-Server', 'Deriv-Server-02', 'Deriv-Server-03', 'DerivFX-Server', 'DerivFX-Server-02', 'DerivFX-Server-03', 'DerivVU-Server', 'DerivVU-Server-02', 'DerivVU-Server-03', 'DerivSVG-Server', 'DerivSVG-Server-02', 'DerivSVG-Server-03', 'DerivMT-Server', 'DerivMT-Server-02', 'DerivMT-Server-03', 'DerivBVI-Server', 'DerivBVI-Server-02', 'DerivBVI-Server-03', 'DerivMU-Server', 'DerivMU-Server-02', 'DerivMU-Server-03'",
            value,
        ).at("environment")
    value = data.get("geolocation", _MISSING)
    if value is _MISSING:
        obj.geolocation = None
        count += 1
    else:
        try:
            obj.geolocation = structure_mt5_login_list_response_mt5_login_list_item_error_details_server_info_geolocation(
                value
            )
        except DecodeError as error:
            raise error.at("geolocation") from None
    value = data.get("id", _MISSING)
    if value.__class__ is str:
        obj.id = value
    elif value is _MISSING:
        obj.id = None
        count += 1
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
    value = data.get("group", _MISSING)
    if value.__class__ is str:
        obj.group = value
    elif value is _MISSING:
        obj.group = None
        count += 1
    else:
        raise _expected("a string", value).at("group")
    value = data.get("location", _MISSING)
    if value.__class__ is str:
        obj.location = value
    elif value is _MISSING:
        obj.location = None
        count += 1
    else:
        raise _expected("a string", value).at("location")
    value = data.get("region", _MISSING)
    if value.__class__ is str:
        obj.region = value
    elif value is _MISSING:
        obj.region = None
        count += 1
    else:
        raise _expected("a string", value).at("region")
    value = data.get("sequence", _MISSING)
    if value.__class__ is int:
        obj.sequence = value
    elif value is _MISSING:
        obj.sequence = None
        count += 1
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
    value = data.get("api", _MISSING)
    if value.__class__ is bool:
        obj.api = value
    elif value is _MISSING:
        obj.api = None
        count += 1
    else:
        raise _expected("a boolean", value).at("api")
    value = data.get("api_deprecated", _MISSING)
    if value.__class__ is bool:
        obj.api_deprecated = value
    elif value is _MISSING:
        obj.api_deprecated = None
        count += 1
    else:
        raise _expected("a boolean", value).at("api_deprecated")
    value = data.get("confirmed", _MISSING)
    if value.__class__ is bool:
        obj.confirmed = value
    elif value is _MISSING:
        obj.confirmed = None
        count += 1
    else:
        raise _expected("a boolean", value).at("confirmed")
    value = data.get("enabled", _MISSING)
    if value.__class__ is bool:
        obj.enabled = value
    elif value is _MISSING:
        obj.enabled = None
        count += 1
    else:
        raise _expected("a boolean", value).at("enabled")
    value = data.get("exclude_reports", _MISSING)
    if value.__class__ is bool:
        obj.exclude_reports = value
    elif value is _MISSING:
        obj.exclude_reports = None
        count += 1
    else:
        raise _expected("a boolean", value).at("exclude_reports")
    value = data.get("expert", _MISSING)
    if value.__class__ is bool:
        obj.expert = value
    elif value is _MISSING:
        obj.expert = None
        count += 1
    else:
        raise _expected("a boolean", value).at("expert")
    value = data.get("investor", _MISSING)
    if value.__class__ is bool:
        obj.investor = value
    elif value is _MISSING:
        obj.investor = None
        count += 1
    else:
        raise _expected("a boolean", value).at("investor")
    value = data.get("otp_enabled", _MISSING)
    if value.__class__ is bool:
        obj.otp_enabled = value
    elif value is _MISSING:
        obj.otp_enabled = None
        count += 1
    else:
        raise _expected("a boolean", value).at("otp_enabled")
    value = data.get("password_change", _MISSING)
    if value.__class__ is bool:
        obj.password_change = value
    elif value is _MISSING:
        obj.password_change = None
        count += 1
    else:
        raise _expected("a boolean", value).at("password_change")
    value = data.get("push", _MISSING)
    if value.__class__ is bool:
        obj.push = value
    elif value is _MISSING:
        obj.push = None
        count += 1
    else:
        raise _expected("a boolean", value).at("push")
    value = data.get("readonly", _MISSING)
    if value.__class__ is bool:
        obj.readonly = value
    elif value is _MISSING:
        obj.readonly = None
        count += 1
    else:
        raise _expected("a boolean", value).at("readonly")
    value = data.get("reports", _MISSING)
    if value.__class__ is bool:
        obj.reports = value
    elif value is _MISSING:
        obj.reports = None
        count += 1
    else:
        raise _expected("a boolean", value).at("reports")
    value = data.get("reset_pass", _MISSING)
    if value.__class__ is bool:
        obj.reset_pass = value
    elif value is _MISSING:
        obj.reset_pass = None
        count += 1
    else:
        raise _expected("a boolean", value).at("reset_pass")
    value = data.get("sponsored", _MISSING)
    if value.__class__ is bool:
        obj.sponsored = value
    elif value is _MISSING:
        obj.sponsored = None
        count += 1
    else:
        raise _expected("a boolean", value).at("sponsored")
    value = data.get("technical", _MISSING)
    if value.__class__ is bool:
        obj.technical = value
    elif value is _MISSING:
        obj.technical = None
        count += 1
    else:
        raise _expected("a boolean", value).at("technical")
    value = data.get("trade_disabled", _MISSING)
    if value.__class__ is bool:
        obj.trade_disabled = value
    elif value is _MISSING:
        obj.trade_disabled = None
        count += 1
    else:
        raise _expected("a boolean", value).at("trade_disabled")
    value = data.get("trailing", _MISSING)
    if value.__class__ is bool:
        obj.trailing = value
    elif value is _MISSING:
        obj.trailing = None
        count += 1
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
    value = data.get("environment", _MISSING)
    if (
        value.__class__ is _STR
        and value in _ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_and_19_more
    ):
        obj.environment = value
    elif value is _MISSING:
        obj.environment = None
        count += 1
    else:
        raise _not_one_of(
            "'Deriv-Demo', 'Deriv-Server', 'Deriv-Server-02', 'Deriv-Server-03', 'DerivFX-Server', 'DerivFX-Server-02', 'DerivFX-Server-03', 'DerivVU-Server', 'DerivVU-Server-02', 'DerivVU-Server-03', 'DerivSVG-Server', 'DerivSVG-Server-02', 'DerivSVG-Server-03', 'DerivMT-Server', 'DerivMT-Server-02', 'DerivMT-Server-03', 'DerivBVI-Server', 'DerivBVI-Server-02', 'DerivBVI-Server-03', 'DerivMU-Server', 'DerivMU-Server-02', 'DerivMU-Server-03'",
            value,
        ).at("environment")
    value = data.get("geolocation", _MISSING)
    if value is _MISSING:
        obj.geolocation = None
        count += 1
    else:
        try:
            obj.geolocation = (
                structure_mt5_login_list_response_mt5_login_list_item_server_info_geolocation(value)
            )
        except DecodeError as error:
            raise error.at("geolocation") from None
    value = data.get("id", _MISSING)
    if value.__class__ is str:
        obj.id = value
    elif value is _MISSING:
        obj.id = None
        count += 1
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
    value = data.get("group", _MISSING)
    if value.__class__ is str:
        obj.group = value
    elif value is _MISSING:
        obj.group = None
        count += 1
    else:
        raise _expected("a string", value).at("group")
    value = data.get("location", _MISSING)
    if value.__class__ is str:
        obj.location = value
    elif value is _MISSING:
        obj.location = None
        count += 1
    else:
        raise _expected("a string", value).at("location")
    value = data.get("region", _MISSING)
    if value.__class__ is str:
        obj.region = value
    elif value is _MISSING:
        obj.region = None
        count += 1
    else:
        raise _expected("a string", value).at("region")
    value = data.get("sequence", _MISSING)
    if value.__class__ is int:
        obj.sequence = value
    elif value is _MISSING:
        obj.sequence = None
        count += 1
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
    value = data.get("android", _MISSING)
    if value.__class__ is str:
        obj.android = value
    elif value is _MISSING:
        obj.android = None
        count += 1
    else:
        raise _expected("a string", value).at("android")
    value = data.get("ios", _MISSING)
    if value.__class__ is str:
        obj.ios = value
    elif value is _MISSING:
        obj.ios = None
        count += 1
    else:
        raise _expected("a string", value).at("ios")
    value = data.get("webtrader_url", _MISSING)
    if value.__class__ is str:
        obj.webtrader_url = value
    elif value is _MISSING:
        obj.webtrader_url = None
        count += 1
    else:
        raise _expected("a string", value).at("webtrader_url")
    value = data.get("windows", _MISSING)
    if value.__class__ is str:
        obj.windows = value
    elif value is _MISSING:
        obj.windows = None
        count += 1
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
