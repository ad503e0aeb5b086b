"""Decoders and encoders of the models of the ``mt5_get_settings`` call (platforms group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_Deriv_Server_03 = frozenset(
    {"Deriv-Demo", "Deriv-Server", "Deriv-Server-02", "Deriv-Server-03"}
)


_ALLOWED_all_financial_synthetic = frozenset({"all", "financial", "synthetic"})


_ALLOWED_bvi_dml_labuan_and_5_more = frozenset(
    {"bvi", "dml", "labuan", "malta", "maltainvest", "seychelles", "svg", "vanuatu"}
)


_ALLOWED_demo_real = frozenset({"demo", "real"})


_ALLOWED_empty_ibt_lim_and_3_more = frozenset(
    {"", "ibt", "lim", "stp", "swap_free", "swap_free_high_risk"}
)


_ALLOWED_financial_financial_stp_gold_and_5_more = frozenset(
    {"financial", "financial_stp", "gold", "ibt", "standard", "stp", "swap_free", "zero_spread"}
)


_ALLOWED_mt5_get_settings = frozenset({"mt5_get_settings"})


_KEYS_MT5_GET_SETTINGS_REQUEST = frozenset(
    (
        "mt5_get_settings",
        "login",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_MT5_GET_SETTINGS_RESPONSE = frozenset(
    (
        "mt5_get_settings",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_MT5_GET_SETTINGS_RESPONSE_MT5_GET_SETTINGS = frozenset(
    (
        "account_type",
        "address",
        "balance",
        "city",
        "company",
        "country",
        "currency",
        "display_balance",
        "email",
        "group",
        "landing_company_short",
        "leverage",
        "login",
        "market_type",
        "name",
        "phone",
        "phonePassword",
        "server",
        "server_info",
        "state",
        "sub_account_category",
        "sub_account_type",
        "zipCode",
    )
)


_KEYS_MT5_GET_SETTINGS_RESPONSE_MT5_GET_SETTINGS_SERVER_INFO = frozenset(
    (
        "environment",
        "geolocation",
        "id",
    )
)


_KEYS_MT5_GET_SETTINGS_RESPONSE_MT5_GET_SETTINGS_SERVER_INFO_GEOLOCATION = frozenset(
    (
        "group",
        "location",
        "region",
        "sequence",
    )
)


def structure_mt5_get_settings_request(data: Any) -> m.Mt5GetSettingsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5GetSettingsRequest)
    count = len(data)
    try:
        value = data["mt5_get_settings"]
    except KeyError:
        raise DecodeError("required field is missing", ("mt5_get_settings",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.mt5_get_settings = value
    else:
        raise _not_one_of("1", value).at("mt5_get_settings")
    try:
        value = data["login"]
    except KeyError:
        raise DecodeError("required field is missing", ("login",)) from None
    if value.__class__ is str:
        obj.login = value
    else:
        raise _expected("a string", value).at("login")
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
    if count != 5:
        unknown = sorted(key for key in data if key not in _KEYS_MT5_GET_SETTINGS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_mt5_get_settings_request(obj: m.Mt5GetSettingsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"mt5_get_settings": obj.mt5_get_settings, "login": obj.login}
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


def structure_mt5_get_settings_response(data: Any) -> m.Mt5GetSettingsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5GetSettingsResponse)
    count = len(data)
    value = data.get("mt5_get_settings", _MISSING)
    if value is _MISSING:
        obj.mt5_get_settings = None
        count += 1
    else:
        try:
            obj.mt5_get_settings = structure_mt5_get_settings_response_mt5_get_settings(value)
        except DecodeError as error:
            raise error.at("mt5_get_settings") from None
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
    if value.__class__ is _STR and value in _ALLOWED_mt5_get_settings:
        obj.msg_type = value
    else:
        raise _not_one_of("'mt5_get_settings'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_MT5_GET_SETTINGS_RESPONSE
        }
    return obj


def unstructure_mt5_get_settings_response(obj: m.Mt5GetSettingsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.mt5_get_settings
    if value is not None:
        data["mt5_get_settings"] = unstructure_mt5_get_settings_response_mt5_get_settings(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_mt5_get_settings_response_mt5_get_settings(
    data: Any,
) -> m.Mt5GetSettingsResponseMt5GetSettings:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5GetSettingsResponseMt5GetSettings)
    count = len(data)
    value = data.get("account_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_demo_real:
        obj.account_type = value
    elif value is _MISSING:
        obj.account_type = None
        count += 1
    else:
        raise _not_one_of("'demo', 'real'", value).at("account_type")
    value = data.get("address", _MISSING)
    if value.__class__ is str:
        obj.address = value
    elif value is _MISSING:
        obj.address = None
        count += 1
    else:
        raise _expected("a string", value).at("address")
    value = data.get("balance", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.balance = value
    elif value is _MISSING:
        obj.balance = None
        count += 1
    else:
        raise _expected("a number", value).at("balance")
    value = data.get("city", _MISSING)
    if value.__class__ is str:
        obj.city = value
    elif value is _MISSING:
        obj.city = None
        count += 1
    else:
        raise _expected("a string", value).at("city")
    value = data.get("company", _MISSING)
    if value.__class__ is str:
        obj.company = value
    elif value is _MISSING:
        obj.company = None
        count += 1
    else:
        raise _expected("a string", value).at("company")
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
    value = data.get("email", _MISSING)
    if value.__class__ is str:
        obj.email = value
    elif value is _MISSING:
        obj.email = None
        count += 1
    else:
        raise _expected("a string", value).at("email")
    value = data.get("group", _MISSING)
    if value.__class__ is str:
        obj.group = value
    elif value is _MISSING:
        obj.group = None
        count += 1
    else:
        raise _expected("a string", value).at("group")
    value = data.get("landing_company_short", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_bvi_dml_labuan_and_5_more:
        obj.landing_company_short = value
    elif value is _MISSING:
        obj.landing_company_short = None
        count += 1
    else:
        raise _not_one_of(
            "'bvi', 'labuan', 'malta', 'maltainvest', 'seychelles', 'svg', 'vanuatu', 'dml'", value
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
        raise _not_one_of("'all', 'financial', 'synthetic'", value).at("market_type")
    value = data.get("name", _MISSING)
    if value.__class__ is str:
        obj.name = value
    elif value is _MISSING:
        obj.name = None
        count += 1
    else:
        raise _expected("a string", value).at("name")
    value = data.get("phone", _MISSING)
    if value.__class__ is str:
        obj.phone = value
    elif value is _MISSING:
        obj.phone = None
        count += 1
    else:
        raise _expected("a string", value).at("phone")
    value = data.get("phonePassword", _MISSING)
    if value.__class__ is str:
        obj.phone_password = value
    elif value is _MISSING:
        obj.phone_password = None
        count += 1
    else:
        raise _expected("a string", value).at("phonePassword")
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
            obj.server_info = structure_mt5_get_settings_response_mt5_get_settings_server_info(
                value
            )
        except DecodeError as error:
            raise error.at("server_info") from None
    value = data.get("state", _MISSING)
    if value.__class__ is str:
        obj.state = value
    elif value is _MISSING:
        obj.state = None
        count += 1
    else:
        raise _expected("a string", value).at("state")
    value = data.get("sub_account_category", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_empty_ibt_lim_and_3_more:
        obj.sub_account_category = value
    elif value is _MISSING:
        obj.sub_account_category = None
        count += 1
    else:
        raise _not_one_of("'', 'ibt', 'lim', 'stp', 'swap_free', 'swap_free_high_risk'", value).at(
            "sub_account_category"
        )
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
    value = data.get("zipCode", _MISSING)
    if value.__class__ is str:
        obj.zip_code = value
    elif value is _MISSING:
        obj.zip_code = None
        count += 1
    else:
        raise _expected("a string", value).at("zipCode")
    if count == 23:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_MT5_GET_SETTINGS_RESPONSE_MT5_GET_SETTINGS
        }
    return obj


def unstructure_mt5_get_settings_response_mt5_get_settings(
    obj: m.Mt5GetSettingsResponseMt5GetSettings,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.account_type
    if value is not None:
        data["account_type"] = value
    value = obj.address
    if value is not None:
        data["address"] = value
    value = obj.balance
    if value is not None:
        data["balance"] = value
    value = obj.city
    if value is not None:
        data["city"] = value
    value = obj.company
    if value is not None:
        data["company"] = value
    value = obj.country
    if value is not None:
        data["country"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.display_balance
    if value is not None:
        data["display_balance"] = value
    value = obj.email
    if value is not None:
        data["email"] = value
    value = obj.group
    if value is not None:
        data["group"] = value
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
    value = obj.phone
    if value is not None:
        data["phone"] = value
    value = obj.phone_password
    if value is not None:
        data["phonePassword"] = value
    value = obj.server
    if value is not None:
        data["server"] = value
    value = obj.server_info
    if value is not None:
        data["server_info"] = unstructure_mt5_get_settings_response_mt5_get_settings_server_info(
            value
        )
    value = obj.state
    if value is not None:
        data["state"] = value
    value = obj.sub_account_category
    if value is not None:
        data["sub_account_category"] = value
    value = obj.sub_account_type
    if value is not None:
        data["sub_account_type"] = value
    value = obj.zip_code
    if value is not None:
        data["zipCode"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_mt5_get_settings_response_mt5_get_settings_server_info(
    data: Any,
) -> m.Mt5GetSettingsResponseMt5GetSettingsServerInfo:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5GetSettingsResponseMt5GetSettingsServerInfo)
    count = len(data)
    value = data.get("environment", _MISSING)
    if (
        value.__class__ is _STR
        and value in _ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_Deriv_Server_03
    ):
        obj.environment = value
    elif value is _MISSING:
        obj.environment = None
        count += 1
    else:
        raise _not_one_of(
            "'Deriv-Demo', 'Deriv-Server', 'Deriv-Server-02', 'Deriv-Server-03'", value
        ).at("environment")
    value = data.get("geolocation", _MISSING)
    if value is _MISSING:
        obj.geolocation = None
        count += 1
    else:
        try:
            obj.geolocation = (
                structure_mt5_get_settings_response_mt5_get_settings_server_info_geolocation(value)
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
            if k not in _KEYS_MT5_GET_SETTINGS_RESPONSE_MT5_GET_SETTINGS_SERVER_INFO
        }
    return obj


def unstructure_mt5_get_settings_response_mt5_get_settings_server_info(
    obj: m.Mt5GetSettingsResponseMt5GetSettingsServerInfo,
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
            unstructure_mt5_get_settings_response_mt5_get_settings_server_info_geolocation(value)
        )
    value = obj.id
    if value is not None:
        data["id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_mt5_get_settings_response_mt5_get_settings_server_info_geolocation(
    data: Any,
) -> m.Mt5GetSettingsResponseMt5GetSettingsServerInfoGeolocation:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5GetSettingsResponseMt5GetSettingsServerInfoGeolocation)
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
            if k not in _KEYS_MT5_GET_SETTINGS_RESPONSE_MT5_GET_SETTINGS_SERVER_INFO_GEOLOCATION
        }
    return obj


def unstructure_mt5_get_settings_response_mt5_get_settings_server_info_geolocation(
    obj: m.Mt5GetSettingsResponseMt5GetSettingsServerInfoGeolocation,
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


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.Mt5GetSettingsRequest: structure_mt5_get_settings_request,
    m.Mt5GetSettingsResponse: structure_mt5_get_settings_response,
    m.Mt5GetSettingsResponseMt5GetSettings: structure_mt5_get_settings_response_mt5_get_settings,
    m.Mt5GetSettingsResponseMt5GetSettingsServerInfo: structure_mt5_get_settings_response_mt5_get_settings_server_info,
    m.Mt5GetSettingsResponseMt5GetSettingsServerInfoGeolocation: structure_mt5_get_settings_response_mt5_get_settings_server_info_geolocation,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.Mt5GetSettingsRequest: unstructure_mt5_get_settings_request,
    m.Mt5GetSettingsResponse: unstructure_mt5_get_settings_response,
    m.Mt5GetSettingsResponseMt5GetSettings: unstructure_mt5_get_settings_response_mt5_get_settings,
    m.Mt5GetSettingsResponseMt5GetSettingsServerInfo: unstructure_mt5_get_settings_response_mt5_get_settings_server_info,
    m.Mt5GetSettingsResponseMt5GetSettingsServerInfoGeolocation: unstructure_mt5_get_settings_response_mt5_get_settings_server_info_geolocation,
}
