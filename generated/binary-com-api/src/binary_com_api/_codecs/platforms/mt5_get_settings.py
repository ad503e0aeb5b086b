"""Decoders and encoders of the models of the ``mt5_get_settings`` call (platforms group).

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
    if count == 5:
        try:
            v_mt5_get_settings = data["mt5_get_settings"]
            v_login = data["login"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_mt5_get_settings.__class__ is _INT and v_mt5_get_settings in _ALLOWED_1)
                and (v_login.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.mt5_get_settings = v_mt5_get_settings
                obj.login = v_login
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
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
    if count == 4:
        try:
            v_mt5_get_settings = data["mt5_get_settings"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_mt5_get_settings)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.mt5_get_settings = structure_mt5_get_settings_response_mt5_get_settings(
                        v_mt5_get_settings
                    )
                except DecodeError as error:
                    raise error.at("mt5_get_settings") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "mt5_get_settings" not in data:
        obj.mt5_get_settings = None
        count += 1
    else:
        value = data["mt5_get_settings"]
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
    if count == 23:
        try:
            v_account_type = data["account_type"]
            v_address = data["address"]
            v_balance = data["balance"]
            v_city = data["city"]
            v_company = data["company"]
            v_country = data["country"]
            v_currency = data["currency"]
            v_display_balance = data["display_balance"]
            v_email = data["email"]
            v_group = data["group"]
            v_landing_company_short = data["landing_company_short"]
            v_leverage = data["leverage"]
            v_login = data["login"]
            v_market_type = data["market_type"]
            v_name = data["name"]
            v_phone = data["phone"]
            v_phone_password = data["phonePassword"]
            v_server = data["server"]
            v_server_info = data["server_info"]
            v_state = data["state"]
            v_sub_account_category = data["sub_account_category"]
            v_sub_account_type = data["sub_account_type"]
            v_zip_code = data["zipCode"]
        except KeyError:
            pass
        else:
            if (
                (v_account_type.__class__ is _STR and v_account_type in _ALLOWED_demo_real)
                and (v_address.__class__ is str)
                and ((kind := v_balance.__class__) is float or kind is int)
                and (v_city.__class__ is str)
                and (v_company.__class__ is str)
                and (v_country.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_display_balance.__class__ is str)
                and (v_email.__class__ is str)
                and (v_group.__class__ is str)
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
                and (v_phone.__class__ is str)
                and (v_phone_password.__class__ is str)
                and (v_server.__class__ is str)
                and (v_state.__class__ is str)
                and (
                    v_sub_account_category.__class__ is _STR
                    and v_sub_account_category in _ALLOWED_empty_ibt_lim_and_3_more
                )
                and (
                    v_sub_account_type.__class__ is _STR
                    and v_sub_account_type in _ALLOWED_financial_financial_stp_gold_and_5_more
                )
                and (v_zip_code.__class__ is str)
            ):
                obj.account_type = v_account_type
                obj.address = v_address
                obj.balance = v_balance
                obj.city = v_city
                obj.company = v_company
                obj.country = v_country
                obj.currency = v_currency
                obj.display_balance = v_display_balance
                obj.email = v_email
                obj.group = v_group
                obj.landing_company_short = v_landing_company_short
                obj.leverage = v_leverage
                obj.login = v_login
                obj.market_type = v_market_type
                obj.name = v_name
                obj.phone = v_phone
                obj.phone_password = v_phone_password
                obj.server = v_server
                try:
                    obj.server_info = (
                        structure_mt5_get_settings_response_mt5_get_settings_server_info(
                            v_server_info
                        )
                    )
                except DecodeError as error:
                    raise error.at("server_info") from None
                obj.state = v_state
                obj.sub_account_category = v_sub_account_category
                obj.sub_account_type = v_sub_account_type
                obj.zip_code = v_zip_code
                obj.extra_fields = {}
                return obj
    if "account_type" not in data:
        obj.account_type = None
        count += 1
    elif (value := data["account_type"]).__class__ is _STR and value in _ALLOWED_demo_real:
        obj.account_type = value
    else:
        raise _not_one_of("'demo', 'real'", value).at("account_type")
    if "address" not in data:
        obj.address = None
        count += 1
    elif (value := data["address"]).__class__ is str:
        obj.address = value
    else:
        raise _expected("a string", value).at("address")
    if "balance" not in data:
        obj.balance = None
        count += 1
    elif (kind := (value := data["balance"]).__class__) is float or kind is int:
        obj.balance = value
    else:
        raise _expected("a number", value).at("balance")
    if "city" not in data:
        obj.city = None
        count += 1
    elif (value := data["city"]).__class__ is str:
        obj.city = value
    else:
        raise _expected("a string", value).at("city")
    if "company" not in data:
        obj.company = None
        count += 1
    elif (value := data["company"]).__class__ is str:
        obj.company = value
    else:
        raise _expected("a string", value).at("company")
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
    if "email" not in data:
        obj.email = None
        count += 1
    elif (value := data["email"]).__class__ is str:
        obj.email = value
    else:
        raise _expected("a string", value).at("email")
    if "group" not in data:
        obj.group = None
        count += 1
    elif (value := data["group"]).__class__ is str:
        obj.group = value
    else:
        raise _expected("a string", value).at("group")
    if "landing_company_short" not in data:
        obj.landing_company_short = None
        count += 1
    elif (
        value := data["landing_company_short"]
    ).__class__ is _STR and value in _ALLOWED_bvi_dml_labuan_and_5_more:
        obj.landing_company_short = value
    else:
        raise _not_one_of(
            "'bvi', 'labuan', 'malta', 'maltainvest', 'seychelles', 'svg', 'vanuatu', 'dml'", value
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
        raise _not_one_of("'all', 'financial', 'synthetic'", value).at("market_type")
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if "phone" not in data:
        obj.phone = None
        count += 1
    elif (value := data["phone"]).__class__ is str:
        obj.phone = value
    else:
        raise _expected("a string", value).at("phone")
    if "phonePassword" not in data:
        obj.phone_password = None
        count += 1
    elif (value := data["phonePassword"]).__class__ is str:
        obj.phone_password = value
    else:
        raise _expected("a string", value).at("phonePassword")
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
            obj.server_info = structure_mt5_get_settings_response_mt5_get_settings_server_info(
                value
            )
        except DecodeError as error:
            raise error.at("server_info") from None
    if "state" not in data:
        obj.state = None
        count += 1
    elif (value := data["state"]).__class__ is str:
        obj.state = value
    else:
        raise _expected("a string", value).at("state")
    if "sub_account_category" not in data:
        obj.sub_account_category = None
        count += 1
    elif (
        value := data["sub_account_category"]
    ).__class__ is _STR and value in _ALLOWED_empty_ibt_lim_and_3_more:
        obj.sub_account_category = value
    else:
        raise _not_one_of("'', 'ibt', 'lim', 'stp', 'swap_free', 'swap_free_high_risk'", value).at(
            "sub_account_category"
        )
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
    if "zipCode" not in data:
        obj.zip_code = None
        count += 1
    elif (value := data["zipCode"]).__class__ is str:
        obj.zip_code = value
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
                and v_environment
                in _ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_Deriv_Server_03
            ) and (v_id.__class__ is str):
                obj.environment = v_environment
                try:
                    obj.geolocation = structure_mt5_get_settings_response_mt5_get_settings_server_info_geolocation(
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
        (value := data["environment"]).__class__ is _STR
        and value in _ALLOWED_Deriv_Demo_Deriv_Server_Deriv_Server_02_Deriv_Server_03
    ):
        obj.environment = value
    else:
        raise _not_one_of(
            "'Deriv-Demo', 'Deriv-Server', 'Deriv-Server-02', 'Deriv-Server-03'", value
        ).at("environment")
    if "geolocation" not in data:
        obj.geolocation = None
        count += 1
    else:
        value = data["geolocation"]
        try:
            obj.geolocation = (
                structure_mt5_get_settings_response_mt5_get_settings_server_info_geolocation(value)
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
