"""What the client knows about each call: its arguments and checks, the keys it always
sends, how its answers decode and what authorization it needs.

Loaded on the first call, not on import.
"""

from __future__ import annotations

from . import _codec
from . import models as m
from ._runtime.core import validate as v
from ._runtime.websocket.message import Call, Param


def _fields_buy_contract_for_multiple_accounts_request_parameters() -> tuple[v.FieldRule, ...]:
    return (
        ("amount", "amount", False, v.Number(minimum=0)),
        ("app_markup_percentage", "app_markup_percentage", False, v.Number()),
        (
            "barrier",
            "barrier",
            False,
            v.Str(
                pattern="^(?=[^\\n\\r\\u2028\\u2029]{1,20}\\Z)[+-]?[0-9]+\\.?[0-9]*\\Z",
                source="^(?=.{1,20}$)[+-]?\\d+\\.?\\d*$",
            ),
        ),
        (
            "barrier2",
            "barrier2",
            False,
            v.Str(
                pattern="^(?=[^\\n\\r\\u2028\\u2029]{1,20}\\Z)[+-]?[0-9]+\\.?[0-9]*\\Z",
                source="^(?=.{1,20}$)[+-]?\\d+\\.?\\d*$",
            ),
        ),
        (
            "basis",
            "basis",
            False,
            v.OneOf(
                (
                    "payout",
                    "stake",
                )
            ),
        ),
        (
            "contract_type",
            "contract_type",
            True,
            v.OneOf(
                (
                    "MULTUP",
                    "MULTDOWN",
                    "UPORDOWN",
                    "EXPIRYRANGE",
                    "ONETOUCH",
                    "CALLE",
                    "LBHIGHLOW",
                    "ASIAND",
                    "EXPIRYRANGEE",
                    "DIGITDIFF",
                    "DIGITMATCH",
                    "DIGITOVER",
                    "PUTE",
                    "DIGITUNDER",
                    "NOTOUCH",
                    "CALL",
                    "RANGE",
                    "LBFLOATPUT",
                    "DIGITODD",
                    "PUT",
                    "ASIANU",
                    "LBFLOATCALL",
                    "EXPIRYMISSE",
                    "EXPIRYMISS",
                    "DIGITEVEN",
                    "TICKHIGH",
                    "TICKLOW",
                    "RESETCALL",
                    "RESETPUT",
                    "CALLSPREAD",
                    "PUTSPREAD",
                    "RUNHIGH",
                    "RUNLOW",
                    "VANILLALONGCALL",
                    "VANILLALONGPUT",
                    "TURBOSLONG",
                    "TURBOSSHORT",
                )
            ),
        ),
        (
            "currency",
            "currency",
            True,
            v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
        ),
        ("date_expiry", "date_expiry", False, v.Int(minimum=0, maximum=9999999999)),
        ("date_start", "date_start", False, v.Int(minimum=0, maximum=9999999999)),
        ("duration", "duration", False, v.Int(minimum=0, maximum=3600)),
        (
            "duration_unit",
            "duration_unit",
            False,
            v.OneOf(
                (
                    "d",
                    "m",
                    "s",
                    "h",
                    "t",
                )
            ),
        ),
        ("multiplier", "multiplier", False, v.Number(minimum=0)),
        ("selected_tick", "selected_tick", False, v.Int()),
        ("symbol", "symbol", True, v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$")),
    )


def _fields_buy_request_parameters() -> tuple[v.FieldRule, ...]:
    return (
        ("amount", "amount", False, v.Number(minimum=0)),
        ("app_markup_percentage", "app_markup_percentage", False, v.Number()),
        (
            "barrier",
            "barrier",
            False,
            v.Str(
                pattern="^(?=[^\\n\\r\\u2028\\u2029]{1,20}\\Z)[+-]?[0-9]+\\.?[0-9]*\\Z",
                source="^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$",
            ),
        ),
        (
            "barrier2",
            "barrier2",
            False,
            v.Str(
                pattern="^(?=[^\\n\\r\\u2028\\u2029]{1,20}\\Z)[+-]?[0-9]+\\.?[0-9]*\\Z",
                source="^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$",
            ),
        ),
        (
            "barrier_range",
            "barrier_range",
            False,
            v.OneOf(
                (
                    "tight",
                    "middle",
                    "wide",
                )
            ),
        ),
        (
            "basis",
            "basis",
            False,
            v.OneOf(
                (
                    "payout",
                    "stake",
                )
            ),
        ),
        (
            "cancellation",
            "cancellation",
            False,
            v.Str(pattern="^[A-Za-z0-9_]+\\Z", source="^\\w+$"),
        ),
        (
            "contract_type",
            "contract_type",
            True,
            v.OneOf(
                (
                    "ACCU",
                    "ASIAND",
                    "ASIANU",
                    "CALL",
                    "CALLE",
                    "CALLSPREAD",
                    "DIGITDIFF",
                    "DIGITEVEN",
                    "DIGITMATCH",
                    "DIGITODD",
                    "DIGITOVER",
                    "DIGITUNDER",
                    "EXPIRYMISS",
                    "EXPIRYMISSE",
                    "EXPIRYRANGE",
                    "EXPIRYRANGEE",
                    "LBFLOATCALL",
                    "LBFLOATPUT",
                    "LBHIGHLOW",
                    "MULTDOWN",
                    "MULTUP",
                    "NOTOUCH",
                    "ONETOUCH",
                    "PUT",
                    "PUTE",
                    "PUTSPREAD",
                    "RANGE",
                    "RESETCALL",
                    "RESETPUT",
                    "RUNHIGH",
                    "RUNLOW",
                    "SNOWDOWN",
                    "SNOWUP",
                    "TICKHIGH",
                    "TICKLOW",
                    "TURBOSLONG",
                    "TURBOSSHORT",
                    "UPORDOWN",
                    "VANILLALONGCALL",
                    "VANILLALONGPUT",
                )
            ),
        ),
        (
            "currency",
            "currency",
            True,
            v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
        ),
        ("date_expiry", "date_expiry", False, v.Int(minimum=1, maximum=9999999999)),
        ("date_start", "date_start", False, v.Int(minimum=0, maximum=9999999999)),
        ("duration", "duration", False, v.Int(minimum=0, maximum=99999999)),
        (
            "duration_unit",
            "duration_unit",
            False,
            v.OneOf(
                (
                    "d",
                    "m",
                    "s",
                    "h",
                    "t",
                )
            ),
        ),
        ("growth_rate", "growth_rate", False, v.Number()),
        (
            "limit_order",
            "limit_order",
            False,
            v.ModelOf(m.BuyRequestParametersLimitOrder, _fields_buy_request_parameters_limit_order),
        ),
        ("multiplier", "multiplier", False, v.Number(minimum=0)),
        ("payout_per_point", "payout_per_point", False, v.Number()),
        ("product_type", "product_type", False, v.OneOf(("basic",))),
        ("selected_tick", "selected_tick", False, v.Int()),
        ("symbol", "symbol", True, v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$")),
        (
            "trade_risk_profile",
            "trade_risk_profile",
            False,
            v.OneOf(
                (
                    "low",
                    "medium",
                    "high",
                )
            ),
        ),
        (
            "trading_period_start",
            "trading_period_start",
            False,
            v.Int(minimum=1, maximum=9999999999),
        ),
    )


def _fields_buy_request_parameters_limit_order() -> tuple[v.FieldRule, ...]:
    return (
        ("stop_loss", "stop_loss", False, v.Number()),
        ("take_profit", "take_profit", False, v.Number()),
    )


def _fields_contract_update_request_limit_order() -> tuple[v.FieldRule, ...]:
    return (
        ("stop_loss", "stop_loss", False, v.Nullable(v.Number())),
        ("take_profit", "take_profit", False, v.Nullable(v.Number())),
    )


def _fields_document_upload_request_proof_of_ownership() -> tuple[v.FieldRule, ...]:
    return (
        ("details", "details", True, v.MapOf(v.Anything())),
        ("id", "id", True, v.Number()),
    )


def _fields_p2p_advertiser_create_request_schedule_item() -> tuple[v.FieldRule, ...]:
    return (
        ("end_min", "end_min", True, v.Nullable(v.Int(minimum=1, maximum=10080))),
        ("start_min", "start_min", True, v.Nullable(v.Int(minimum=0, maximum=10079))),
    )


def _fields_p2p_advertiser_payment_methods_request_create_item() -> tuple[v.FieldRule, ...]:
    return (
        (
            "method",
            "method",
            True,
            v.Str(pattern="^[a-z0-9_]{1,30}\\Z", source="^[a-z0-9_]{1,30}$"),
        ),
    )


def _fields_p2p_advertiser_update_request_schedule_item() -> tuple[v.FieldRule, ...]:
    return (
        ("end_min", "end_min", True, v.Nullable(v.Int(minimum=1, maximum=10080))),
        ("start_min", "start_min", True, v.Nullable(v.Int(minimum=0, maximum=10079))),
    )


def _fields_paymentagent_create_request_phone_numbers_item() -> tuple[v.FieldRule, ...]:
    return (
        (
            "phone_number",
            "phone_number",
            True,
            v.Str(pattern="^(\\+)?[\\-\\0-9]{8,40}\\Z", source="^(\\+)?[\\-\\0-9]{8,40}$"),
        ),
    )


def _fields_paymentagent_create_request_supported_payment_methods_item() -> tuple[v.FieldRule, ...]:
    return (
        (
            "payment_method",
            "payment_method",
            True,
            v.Str(pattern="^[A-Za-z0-9_ \\-]{2,30}\\Z", source="^[\\w \\-]{2,30}$"),
        ),
    )


def _fields_paymentagent_create_request_urls_item() -> tuple[v.FieldRule, ...]:
    return (
        (
            "url",
            "url",
            True,
            v.Str(
                pattern="^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/A-Za-z0-9_ \\.-]*\\Z",
                source="^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/\\w \\.-]*$",
            ),
        ),
    )


def _fields_proposal_request_limit_order() -> tuple[v.FieldRule, ...]:
    return (
        ("stop_loss", "stop_loss", False, v.Number()),
        ("take_profit", "take_profit", False, v.Number()),
    )


def _fields_set_settings_request_feature_flag() -> tuple[v.FieldRule, ...]:
    return (
        (
            "wallet",
            "wallet",
            False,
            v.OneOf(
                (
                    0,
                    1,
                )
            ),
        ),
    )


def _fields_verify_email_request_url_parameters() -> tuple[v.FieldRule, ...]:
    return (
        (
            "affiliate_token",
            "affiliate_token",
            False,
            v.Str(pattern="^[A-Za-z0-9_-]{0,100}\\Z", source="^[\\w-]{0,100}$"),
        ),
        (
            "date_first_contact",
            "date_first_contact",
            False,
            v.Str(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}\\Z", source="^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
        ),
        (
            "gclid_url",
            "gclid_url",
            False,
            v.Str(
                pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
            ),
        ),
        ("pa_amount", "pa_amount", False, v.Number()),
        (
            "pa_currency",
            "pa_currency",
            False,
            v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
        ),
        (
            "pa_loginid",
            "pa_loginid",
            False,
            v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
        ),
        (
            "pa_remarks",
            "pa_remarks",
            False,
            v.Str(pattern="^[0-9A-Za-z .,'-]{0,100}\\Z", source="^[0-9A-Za-z .,'-]{0,100}$"),
        ),
        ("redirect_to", "redirect_to", False, v.Int()),
        (
            "signup_device",
            "signup_device",
            False,
            v.OneOf(
                (
                    "desktop",
                    "mobile",
                )
            ),
        ),
        (
            "utm_ad_id",
            "utm_ad_id",
            False,
            v.AnyOf(
                v.Str(
                    pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                    source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                ),
                v.Str(),
            ),
        ),
        (
            "utm_adgroup_id",
            "utm_adgroup_id",
            False,
            v.AnyOf(
                v.Str(
                    pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                    source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                ),
                v.Str(),
            ),
        ),
        (
            "utm_adrollclk_id",
            "utm_adrollclk_id",
            False,
            v.AnyOf(
                v.Str(
                    pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                    source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                ),
                v.Str(),
            ),
        ),
        (
            "utm_campaign",
            "utm_campaign",
            False,
            v.AnyOf(
                v.Str(
                    pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                    source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                ),
                v.Str(),
            ),
        ),
        (
            "utm_campaign_id",
            "utm_campaign_id",
            False,
            v.AnyOf(
                v.Str(
                    pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                    source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                ),
                v.Str(),
            ),
        ),
        (
            "utm_content",
            "utm_content",
            False,
            v.AnyOf(
                v.Str(
                    pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                    source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                ),
                v.Str(),
            ),
        ),
        (
            "utm_fbcl_id",
            "utm_fbcl_id",
            False,
            v.AnyOf(
                v.Str(
                    pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                    source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                ),
                v.Str(),
            ),
        ),
        (
            "utm_gl_client_id",
            "utm_gl_client_id",
            False,
            v.AnyOf(
                v.Str(
                    pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                    source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                ),
                v.Str(),
            ),
        ),
        (
            "utm_medium",
            "utm_medium",
            False,
            v.AnyOf(
                v.Str(
                    pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                    source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                ),
                v.Str(),
            ),
        ),
        (
            "utm_msclk_id",
            "utm_msclk_id",
            False,
            v.AnyOf(
                v.Str(
                    pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                    source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                ),
                v.Str(),
            ),
        ),
        (
            "utm_source",
            "utm_source",
            False,
            v.AnyOf(
                v.Str(
                    pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                    source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                ),
                v.Str(),
            ),
        ),
        (
            "utm_term",
            "utm_term",
            False,
            v.AnyOf(
                v.Str(
                    pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                    source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                ),
                v.Str(),
            ),
        ),
    )


CALLS: dict[str, Call] = {
    "account_list": Call(
        name="account_list",
        params=(Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),),
        fixed=(("account_list", 1),),
        decode=_codec.structure_account_list_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"account_list"}),
    ),
    "active_symbols": Call(
        name="active_symbols",
        params=(
            Param(
                "active_symbols",
                "active_symbols",
                True,
                v.OneOf(
                    (
                        "brief",
                        "full",
                    )
                ),
            ),
            Param(
                "barrier_category",
                "barrier_category",
                False,
                v.ListOf(
                    v.OneOf(
                        (
                            "american",
                            "asian",
                            "euro_atm",
                            "euro_non_atm",
                            "non_financial",
                            "lookback",
                            "reset",
                        )
                    )
                ),
            ),
            Param(
                "contract_type",
                "contract_type",
                False,
                v.ListOf(
                    v.OneOf(
                        (
                            "MULTUP",
                            "MULTDOWN",
                            "UPORDOWN",
                            "EXPIRYRANGE",
                            "ONETOUCH",
                            "CALLE",
                            "LBHIGHLOW",
                            "ASIAND",
                            "EXPIRYRANGEE",
                            "DIGITDIFF",
                            "DIGITMATCH",
                            "DIGITOVER",
                            "PUTE",
                            "DIGITUNDER",
                            "NOTOUCH",
                            "CALL",
                            "RANGE",
                            "LBFLOATPUT",
                            "DIGITODD",
                            "PUT",
                            "ASIANU",
                            "LBFLOATCALL",
                            "EXPIRYMISSE",
                            "EXPIRYMISS",
                            "DIGITEVEN",
                            "TICKHIGH",
                            "TICKLOW",
                            "RESETCALL",
                            "RESETPUT",
                            "CALLSPREAD",
                            "PUTSPREAD",
                            "RUNHIGH",
                            "RUNLOW",
                            "ACCU",
                            "VANILLALONGCALL",
                            "VANILLALONGPUT",
                            "TURBOSLONG",
                            "TURBOSSHORT",
                        )
                    )
                ),
            ),
            Param(
                "landing_company",
                "landing_company",
                False,
                v.OneOf(
                    (
                        "iom",
                        "malta",
                        "maltainvest",
                        "svg",
                        "virtual",
                        "vanuatu",
                    )
                ),
            ),
            Param(
                "landing_company_short",
                "landing_company_short",
                False,
                v.OneOf(
                    (
                        "iom",
                        "malta",
                        "maltainvest",
                        "svg",
                        "virtual",
                        "vanuatu",
                    )
                ),
            ),
            Param("product_type", "product_type", False, v.OneOf(("basic",))),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_active_symbols_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"active_symbols"}),
    ),
    "api_token": Call(
        name="api_token",
        params=(
            Param(
                "delete_token",
                "delete_token",
                False,
                v.Str(pattern="^[A-Za-z0-9\\s_*]+\\Z", source="^[A-Za-z0-9\\s_*]+$"),
                secret=True,
            ),
            Param(
                "new_token",
                "new_token",
                False,
                v.Str(pattern="^[A-Za-z0-9\\s_]+\\Z", source="^[A-Za-z0-9\\s_]+$"),
                secret=True,
            ),
            Param(
                "new_token_scopes",
                "new_token_scopes",
                False,
                v.ListOf(
                    v.OneOf(
                        (
                            "read",
                            "trade",
                            "trading_information",
                            "payments",
                            "admin",
                        )
                    )
                ),
                secret=True,
            ),
            Param(
                "valid_for_current_ip_only",
                "valid_for_current_ip_only",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("api_token", 1),),
        decode=_codec.structure_api_token_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"api_token"}),
    ),
    "app_delete": Call(
        name="app_delete",
        params=(
            Param("app_delete", "app_delete", True, v.Int()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_app_delete_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"app_delete"}),
    ),
    "app_get": Call(
        name="app_get",
        params=(
            Param("app_get", "app_get", True, v.Int()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_app_get_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"app_get"}),
    ),
    "app_list": Call(
        name="app_list",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("app_list", 1),),
        decode=_codec.structure_app_list_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"app_list"}),
    ),
    "app_markup_details": Call(
        name="app_markup_details",
        params=(
            Param(
                "date_from",
                "date_from",
                True,
                v.Str(
                    pattern="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01]) ([01]?[0-9]|2[0-3]):([0-5]?[0-9]):([0-5]?[0-9])|[0-9]{1,10})\\Z",
                    source="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01]) ([01]?[0-9]|2[0-3]):([0-5]?[0-9]):([0-5]?[0-9])|[0-9]{1,10})$",
                ),
            ),
            Param(
                "date_to",
                "date_to",
                True,
                v.Str(
                    pattern="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01]) ([01]?[0-9]|2[0-3]):([0-5]?[0-9]):([0-5]?[0-9])|[0-9]{1,10})\\Z",
                    source="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01]) ([01]?[0-9]|2[0-3]):([0-5]?[0-9]):([0-5]?[0-9])|[0-9]{1,10})$",
                ),
            ),
            Param("app_id", "app_id", False, v.Int()),
            Param(
                "client_loginid",
                "client_loginid",
                False,
                v.Str(pattern="^[A-Za-z]{2,5}[0-9]{2,20}\\Z", source="^[A-Za-z]{2,5}[0-9]{2,20}$"),
            ),
            Param(
                "description",
                "description",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param("limit", "limit", False, v.Number(minimum=0, maximum=1000)),
            Param("offset", "offset", False, v.Int(minimum=0)),
            Param(
                "sort",
                "sort",
                False,
                v.OneOf(
                    (
                        "ASC",
                        "DESC",
                    )
                ),
            ),
            Param(
                "sort_fields",
                "sort_fields",
                False,
                v.ListOf(
                    v.OneOf(
                        (
                            "app_id",
                            "client_loginid",
                            "transaction_time",
                        )
                    ),
                    min_items=0,
                    max_items=3,
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("app_markup_details", 1),),
        decode=_codec.structure_app_markup_details_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"app_markup_details"}),
    ),
    "app_markup_statistics": Call(
        name="app_markup_statistics",
        params=(
            Param(
                "date_from",
                "date_from",
                True,
                v.Str(
                    pattern="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01]) ([01]?[0-9]|2[0-3]):([0-5]?[0-9]):([0-5]?[0-9])|[0-9]{1,10})\\Z",
                    source="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01]) ([01]?[0-9]|2[0-3]):([0-5]?[0-9]):([0-5]?[0-9])|[0-9]{1,10})$",
                ),
            ),
            Param(
                "date_to",
                "date_to",
                True,
                v.Str(
                    pattern="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01]) ([01]?[0-9]|2[0-3]):([0-5]?[0-9]):([0-5]?[0-9])|[0-9]{1,10})\\Z",
                    source="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01]) ([01]?[0-9]|2[0-3]):([0-5]?[0-9]):([0-5]?[0-9])|[0-9]{1,10})$",
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("app_markup_statistics", 1),),
        decode=_codec.structure_app_markup_statistics_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"app_markup_statistics"}),
    ),
    "app_register": Call(
        name="app_register",
        params=(
            Param(
                "name",
                "name",
                True,
                v.Str(pattern="^[A-Za-z0-9_\\s-]{1,48}\\Z", source="^[\\w\\s-]{1,48}$"),
            ),
            Param(
                "scopes",
                "scopes",
                True,
                v.ListOf(
                    v.OneOf(
                        (
                            "read",
                            "trade",
                            "trading_information",
                            "payments",
                            "admin",
                        )
                    )
                ),
            ),
            Param(
                "app_markup_percentage",
                "app_markup_percentage",
                False,
                v.Number(minimum=0, maximum=3),
            ),
            Param(
                "appstore",
                "appstore",
                False,
                v.Str(
                    pattern="^https?://itunes\\.apple\\.com/\\S+\\Z",
                    source="^https?://itunes\\.apple\\.com/\\S+$",
                ),
            ),
            Param(
                "github",
                "github",
                False,
                v.Str(
                    pattern="^https?://(www\\.)?github\\.com/\\S+\\Z",
                    source="^https?://(www\\.)?github\\.com/\\S+$",
                ),
            ),
            Param(
                "googleplay",
                "googleplay",
                False,
                v.Str(
                    pattern="^https?://play\\.google\\.com/store/apps/details\\?id=[A-Za-z0-9_ \\.]+\\Z",
                    source="^https?://play\\.google\\.com/store/apps/details\\?id=[\\w \\.]+$",
                ),
            ),
            Param(
                "homepage",
                "homepage",
                False,
                v.Str(
                    pattern="^https?://[0-9a-zA-Z\\.-]+[\\%\\/A-Za-z0-9_ \\.-]*\\Z",
                    source="^https?://[0-9a-zA-Z\\.-]+[\\%\\/\\w \\.-]*$",
                ),
            ),
            Param(
                "redirect_uri",
                "redirect_uri",
                False,
                v.Str(
                    pattern="^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/A-Za-z0-9_ \\.-]*\\Z",
                    source="^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/\\w \\.-]*$",
                ),
            ),
            Param(
                "verification_uri",
                "verification_uri",
                False,
                v.Str(
                    pattern="^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/A-Za-z0-9_ \\.-]*\\Z",
                    source="^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/\\w \\.-]*$",
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("app_register", 1),),
        decode=_codec.structure_app_register_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"app_register"}),
    ),
    "app_update": Call(
        name="app_update",
        params=(
            Param("app_update", "app_update", True, v.Int()),
            Param(
                "name",
                "name",
                True,
                v.Str(pattern="^[A-Za-z0-9_\\s-]{1,48}\\Z", source="^[\\w\\s-]{1,48}$"),
            ),
            Param(
                "scopes",
                "scopes",
                True,
                v.ListOf(
                    v.OneOf(
                        (
                            "read",
                            "trade",
                            "trading_information",
                            "payments",
                            "admin",
                        )
                    )
                ),
            ),
            Param(
                "app_markup_percentage",
                "app_markup_percentage",
                False,
                v.Number(minimum=0, maximum=3),
            ),
            Param(
                "appstore",
                "appstore",
                False,
                v.Str(
                    pattern="^https?://itunes\\.apple\\.com/\\S+\\Z",
                    source="^https?://itunes\\.apple\\.com/\\S+$",
                ),
            ),
            Param(
                "github",
                "github",
                False,
                v.Str(
                    pattern="^https?://(www\\.)?github\\.com/\\S+\\Z",
                    source="^https?://(www\\.)?github\\.com/\\S+$",
                ),
            ),
            Param(
                "googleplay",
                "googleplay",
                False,
                v.Str(
                    pattern="^https?://play\\.google\\.com/store/apps/details\\?id=[A-Za-z0-9_ \\.]+\\Z",
                    source="^https?://play\\.google\\.com/store/apps/details\\?id=[\\w \\.]+$",
                ),
            ),
            Param(
                "homepage",
                "homepage",
                False,
                v.Str(
                    pattern="^https?://[0-9a-zA-Z\\.-]+[\\%\\/A-Za-z0-9_ \\.-]*\\Z",
                    source="^https?://[0-9a-zA-Z\\.-]+[\\%\\/\\w \\.-]*$",
                ),
            ),
            Param(
                "redirect_uri",
                "redirect_uri",
                False,
                v.Str(
                    pattern="^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/A-Za-z0-9_ \\.-]*\\Z",
                    source="^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/\\w \\.-]*$",
                ),
            ),
            Param(
                "verification_uri",
                "verification_uri",
                False,
                v.Str(
                    pattern="^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/A-Za-z0-9_ \\.-]*\\Z",
                    source="^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/\\w \\.-]*$",
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_app_update_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"app_update"}),
    ),
    "asset_index": Call(
        name="asset_index",
        params=(
            Param(
                "landing_company",
                "landing_company",
                False,
                v.OneOf(
                    (
                        "iom",
                        "malta",
                        "maltainvest",
                        "svg",
                        "virtual",
                        "vanuatu",
                    )
                ),
            ),
            Param(
                "landing_company_short",
                "landing_company_short",
                False,
                v.OneOf(
                    (
                        "iom",
                        "malta",
                        "maltainvest",
                        "svg",
                        "virtual",
                        "vanuatu",
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("asset_index", 1),),
        decode=_codec.structure_asset_index_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"asset_index"}),
    ),
    "authorize": Call(
        name="authorize",
        params=(
            Param(
                "authorize",
                "authorize",
                True,
                v.Str(pattern="^[A-Za-z0-9_\\-]{1,128}\\Z", source="^[\\w\\-]{1,128}$"),
                secret=True,
            ),
            Param(
                "add_to_login_history",
                "add_to_login_history",
                False,
                v.OneOf(
                    (
                        1,
                        0,
                    )
                ),
            ),
            Param(
                "tokens",
                "tokens",
                False,
                v.ListOf(
                    v.Str(pattern="^[A-Za-z0-9_\\-]{1,128}\\Z", source="^[\\w\\-]{1,128}$"),
                    max_items=25,
                ),
                secret=True,
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_authorize_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"authorize"}),
    ),
    "balance": Call(
        name="balance",
        params=(
            Param(
                "account",
                "account",
                False,
                v.Str(
                    pattern="^(current|all|[A-Z]{2,4}[0-9]{1,10})\\Z",
                    source="^(current|all|[A-Z]{2,4}[0-9]{1,10})$",
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("balance", 1),),
        decode=_codec.structure_balance_response,
        auth=True,
        scopes=frozenset({"read", "trading_information"}),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"balance"}),
    ),
    "buy": Call(
        name="buy",
        params=(
            Param(
                "buy",
                "buy",
                True,
                v.Str(pattern="^(?:[A-Za-z0-9_-]{32,128}|1)\\Z", source="^(?:[\\w-]{32,128}|1)$"),
            ),
            Param("price", "price", True, v.Number(minimum=0)),
            Param(
                "parameters",
                "parameters",
                False,
                v.ModelOf(m.BuyRequestParameters, _fields_buy_request_parameters),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_buy_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=True,
        idempotent=False,
        msg_types=frozenset({"buy"}),
        follow_ups=("proposal_open_contract",),
    ),
    "buy_contract_for_multiple_accounts": Call(
        name="buy_contract_for_multiple_accounts",
        params=(
            Param(
                "buy_contract_for_multiple_accounts",
                "buy_contract_for_multiple_accounts",
                True,
                v.Str(pattern="^(?:[A-Za-z0-9_-]{32,128}|1)\\Z", source="^(?:[\\w-]{32,128}|1)$"),
            ),
            Param("price", "price", True, v.Number(minimum=0)),
            Param(
                "tokens",
                "tokens",
                True,
                v.ListOf(v.Str(pattern="^[A-Za-z0-9_\\s-]+\\Z", source="^[\\w\\s-]+$")),
                secret=True,
            ),
            Param(
                "parameters",
                "parameters",
                False,
                v.ModelOf(
                    m.BuyContractForMultipleAccountsRequestParameters,
                    _fields_buy_contract_for_multiple_accounts_request_parameters,
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_buy_contract_for_multiple_accounts_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"buy_contract_for_multiple_accounts"}),
    ),
    "cancel": Call(
        name="cancel",
        params=(
            Param("cancel", "cancel", True, v.Int()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_cancel_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"cancel"}),
    ),
    "cashier": Call(
        name="cashier",
        params=(
            Param(
                "cashier",
                "cashier",
                True,
                v.OneOf(
                    (
                        "deposit",
                        "withdraw",
                    )
                ),
            ),
            Param("address", "address", False, v.Str()),
            Param("amount", "amount", False, v.Number(minimum=0)),
            Param(
                "dry_run",
                "dry_run",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param("estimated_fee_unique_id", "estimated_fee_unique_id", False, v.Str()),
            Param(
                "provider",
                "provider",
                False,
                v.OneOf(
                    (
                        "doughflow",
                        "crypto",
                    )
                ),
            ),
            Param(
                "type",
                "type",
                False,
                v.OneOf(
                    (
                        "url",
                        "api",
                    )
                ),
            ),
            Param(
                "verification_code",
                "verification_code",
                False,
                v.Str(pattern="^[A-Za-z0-9_]{8,128}\\Z", source="^\\w{8,128}$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_cashier_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"cashier"}),
    ),
    "confirm_email": Call(
        name="confirm_email",
        params=(
            Param(
                "email_consent",
                "email_consent",
                True,
                v.OneOf(
                    (
                        1,
                        0,
                    )
                ),
            ),
            Param(
                "verification_code",
                "verification_code",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{8,128}\\Z", source="^\\w{8,128}$"),
                secret=True,
            ),
            Param(
                "created_for",
                "created_for",
                False,
                v.OneOf(
                    (
                        "account_verification",
                        "account_opening",
                    )
                ),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("confirm_email", 1),),
        decode=_codec.structure_confirm_email_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"confirm_email"}),
    ),
    "contract_update": Call(
        name="contract_update",
        params=(
            Param("contract_id", "contract_id", True, v.Int()),
            Param(
                "limit_order",
                "limit_order",
                True,
                v.ModelOf(
                    m.ContractUpdateRequestLimitOrder, _fields_contract_update_request_limit_order
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("contract_update", 1),),
        decode=_codec.structure_contract_update_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"contract_update"}),
    ),
    "contract_update_history": Call(
        name="contract_update_history",
        params=(
            Param("contract_id", "contract_id", True, v.Int()),
            Param("limit", "limit", False, v.Number(minimum=1, maximum=999)),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("contract_update_history", 1),),
        decode=_codec.structure_contract_update_history_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"contract_update_history"}),
    ),
    "contracts_for": Call(
        name="contracts_for",
        params=(
            Param(
                "contracts_for",
                "contracts_for",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$"),
            ),
            Param(
                "currency",
                "currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "landing_company",
                "landing_company",
                False,
                v.OneOf(
                    (
                        "iom",
                        "malta",
                        "maltainvest",
                        "svg",
                        "virtual",
                        "vanuatu",
                    )
                ),
            ),
            Param(
                "landing_company_short",
                "landing_company_short",
                False,
                v.OneOf(
                    (
                        "iom",
                        "malta",
                        "maltainvest",
                        "svg",
                        "virtual",
                        "vanuatu",
                    )
                ),
            ),
            Param("product_type", "product_type", False, v.OneOf(("basic",))),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_contracts_for_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"contracts_for"}),
    ),
    "contracts_for_company": Call(
        name="contracts_for_company",
        params=(
            Param(
                "landing_company",
                "landing_company",
                False,
                v.OneOf(
                    (
                        "iom",
                        "malta",
                        "maltainvest",
                        "svg",
                        "virtual",
                        "vanuatu",
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("contracts_for_company", 1),),
        decode=_codec.structure_contracts_for_company_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"contracts_for_company"}),
    ),
    "copy_start": Call(
        name="copy_start",
        params=(
            Param(
                "copy_start",
                "copy_start",
                True,
                v.Str(pattern="^[A-Za-z0-9_\\s-]{15,32}\\Z", source="^[\\w\\s-]{15,32}$"),
                secret=True,
            ),
            Param(
                "assets",
                "assets",
                False,
                v.AnyOf(
                    v.Str(pattern="^[A-Za-z0-9_]{4,128}\\Z", source="^\\w{4,128}$"),
                    v.ListOf(v.Str(pattern="^[A-Za-z0-9_]{4,128}\\Z", source="^\\w{4,128}$")),
                ),
            ),
            Param("max_trade_stake", "max_trade_stake", False, v.Number()),
            Param("min_trade_stake", "min_trade_stake", False, v.Number()),
            Param(
                "trade_types",
                "trade_types",
                False,
                v.AnyOf(
                    v.Str(pattern="^[A-Za-z0-9_]{3,128}\\Z", source="^\\w{3,128}$"),
                    v.ListOf(v.Str(pattern="^[A-Za-z0-9_]{3,128}\\Z", source="^\\w{3,128}$")),
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_copy_start_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"copy_start"}),
    ),
    "copy_stop": Call(
        name="copy_stop",
        params=(
            Param(
                "copy_stop",
                "copy_stop",
                True,
                v.Str(pattern="^[A-Za-z0-9_\\s-]{15,32}\\Z", source="^[\\w\\s-]{15,32}$"),
                secret=True,
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_copy_stop_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"copy_stop"}),
    ),
    "copytrading_list": Call(
        name="copytrading_list",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("copytrading_list", 1),),
        decode=_codec.structure_copytrading_list_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"copytrading_list"}),
    ),
    "copytrading_statistics": Call(
        name="copytrading_statistics",
        params=(
            Param(
                "trader_id",
                "trader_id",
                True,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("copytrading_statistics", 1),),
        decode=_codec.structure_copytrading_statistics_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"copytrading_statistics"}),
    ),
    "crypto_config": Call(
        name="crypto_config",
        params=(
            Param(
                "currency_code",
                "currency_code",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("crypto_config", 1),),
        decode=_codec.structure_crypto_config_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"crypto_config"}),
    ),
    "crypto_estimations": Call(
        name="crypto_estimations",
        params=(
            Param(
                "currency_code",
                "currency_code",
                True,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("crypto_estimations", 1),),
        decode=_codec.structure_crypto_estimations_response,
        auth=False,
        scopes=frozenset(),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"crypto_estimations"}),
    ),
    "document_upload": Call(
        name="document_upload",
        params=(
            Param(
                "document_format",
                "document_format",
                True,
                v.OneOf(
                    (
                        "PNG",
                        "JPG",
                        "JPEG",
                        "GIF",
                        "PDF",
                    )
                ),
            ),
            Param(
                "document_type",
                "document_type",
                True,
                v.OneOf(
                    (
                        "passport",
                        "national_identity_card",
                        "identification_number_document",
                        "service_id_card",
                        "driving_licence",
                        "utility_bill",
                        "bankstatement",
                        "bank_statement",
                        "power_of_attorney",
                        "amlglobalcheck",
                        "docverification",
                        "proofid",
                        "driverslicense",
                        "proofaddress",
                        "other",
                        "voter_card",
                        "student_card",
                        "nimc_slip",
                        "birth_certificate",
                        "pan_card",
                        "tax_photo_id",
                        "selfie_with_id",
                        "poi_others",
                        "insurance_bill",
                        "tax_receipt",
                        "phone_bill",
                        "poa_others",
                        "proof_of_ownership",
                        "tax_return",
                        "employment_contract",
                        "brokerage statement",
                        "payslip",
                        "edd_others",
                        "coi",
                        "business_poa",
                        "article_of_association",
                        "memorandum",
                        "authorisation_letter",
                        "declarations",
                        "affidavit",
                        "official_letter",
                        "rental_agreement",
                        "business_documents_others",
                    )
                ),
            ),
            Param(
                "expected_checksum",
                "expected_checksum",
                True,
                v.Str(pattern="^[0-9A-Fa-f]{32}", source="^[[:xdigit:]]{32}"),
            ),
            Param("file_size", "file_size", True, v.Int()),
            Param(
                "document_id",
                "document_id",
                False,
                v.Str(pattern="^[A-Za-z0-9_\\s-]{0,30}\\Z", source="^[\\w\\s-]{0,30}$"),
            ),
            Param(
                "document_issuing_country",
                "document_issuing_country",
                False,
                v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$"),
            ),
            Param(
                "expiration_date",
                "expiration_date",
                False,
                v.Str(
                    pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}\\Z", source="^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                ),
            ),
            Param(
                "lifetime_valid",
                "lifetime_valid",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "page_type",
                "page_type",
                False,
                v.OneOf(
                    (
                        "front",
                        "back",
                        "photo",
                    )
                ),
            ),
            Param(
                "proof_of_ownership",
                "proof_of_ownership",
                False,
                v.ModelOf(
                    m.DocumentUploadRequestProofOfOwnership,
                    _fields_document_upload_request_proof_of_ownership,
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("document_upload", 1),),
        decode=_codec.structure_document_upload_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"document_upload"}),
    ),
    "economic_calendar": Call(
        name="economic_calendar",
        params=(
            Param(
                "currency",
                "currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param("end_date", "end_date", False, v.Int(minimum=1, maximum=9999999999)),
            Param("start_date", "start_date", False, v.Int(minimum=1, maximum=9999999999)),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("economic_calendar", 1),),
        decode=_codec.structure_economic_calendar_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"economic_calendar"}),
    ),
    "exchange_rates": Call(
        name="exchange_rates",
        params=(
            Param(
                "base_currency",
                "base_currency",
                True,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param("include_spread", "include_spread", False, v.OneOf((1,))),
            Param(
                "target_currency",
                "target_currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("exchange_rates", 1),),
        decode=_codec.structure_exchange_rates_response,
        auth=False,
        scopes=frozenset(),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"exchange_rates"}),
    ),
    "exchange_verification_code": Call(
        name="exchange_verification_code",
        params=(
            Param(
                "verification_code",
                "verification_code",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{8,128}\\Z", source="^\\w{8,128}$"),
                secret=True,
            ),
            Param("type", "type", False, v.OneOf(("account_opening",))),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("exchange_verification_code", 1),),
        decode=_codec.structure_exchange_verification_code_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"exchange_verification_code"}),
    ),
    "financial_assessment_questions": Call(
        name="financial_assessment_questions",
        params=(
            Param("landing_company_short", "landing_company_short", False, v.Str()),
            Param("version", "version", False, v.Str()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("financial_assessment_questions", 1),),
        decode=_codec.structure_financial_assessment_questions_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"financial_assessment_questions"}),
    ),
    "forget": Call(
        name="forget",
        params=(
            Param(
                "forget",
                "forget",
                True,
                v.Str(pattern="^[A-Za-z0-9_-]{32,128}\\Z", source="^[\\w-]{32,128}$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_forget_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"forget"}),
    ),
    "forget_all": Call(
        name="forget_all",
        params=(
            Param(
                "forget_all",
                "forget_all",
                True,
                v.AnyOf(
                    v.OneOf(
                        (
                            "balance",
                            "candles",
                            "cashier_payments",
                            "p2p_advert",
                            "p2p_advertiser",
                            "p2p_order",
                            "proposal",
                            "proposal_open_contract",
                            "ticks",
                            "transaction",
                            "trading_platform_asset_listing",
                            "website_status",
                            "p2p_settings",
                            "crypto_estimations",
                        )
                    ),
                    v.ListOf(
                        v.OneOf(
                            (
                                "balance",
                                "candles",
                                "cashier_payments",
                                "p2p_advert",
                                "p2p_advertiser",
                                "p2p_order",
                                "proposal",
                                "proposal_open_contract",
                                "ticks",
                                "transaction",
                                "trading_platform_asset_listing",
                                "website_status",
                                "p2p_settings",
                                "crypto_estimations",
                            )
                        )
                    ),
                ),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_forget_all_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"forget_all"}),
    ),
    "get_account_status": Call(
        name="get_account_status",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("get_account_status", 1),),
        decode=_codec.structure_get_account_status_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"get_account_status"}),
    ),
    "get_financial_assessment": Call(
        name="get_financial_assessment",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("get_financial_assessment", 1),),
        decode=_codec.structure_get_financial_assessment_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"get_financial_assessment"}),
    ),
    "get_limits": Call(
        name="get_limits",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("get_limits", 1),),
        decode=_codec.structure_get_limits_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"get_limits"}),
    ),
    "get_self_exclusion": Call(
        name="get_self_exclusion",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("get_self_exclusion", 1),),
        decode=_codec.structure_get_self_exclusion_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"get_self_exclusion"}),
    ),
    "get_settings": Call(
        name="get_settings",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("get_settings", 1),),
        decode=_codec.structure_get_settings_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"get_settings"}),
    ),
    "get_third_party_redirect": Call(
        name="get_third_party_redirect",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(
            ("get_third_party_redirect", 1),
            ("name", "dynamicworks"),
        ),
        decode=_codec.structure_get_third_party_redirect_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"get_third_party_redirect"}),
    ),
    "identity_verification_document_add": Call(
        name="identity_verification_document_add",
        params=(
            Param("document_number", "document_number", True, v.Str()),
            Param("document_type", "document_type", True, v.Str()),
            Param(
                "issuing_country",
                "issuing_country",
                True,
                v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$"),
            ),
            Param("document_additional", "document_additional", False, v.Str()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("identity_verification_document_add", 1),),
        decode=_codec.structure_identity_verification_document_add_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"identity_verification_document_add"}),
    ),
    "kyc_auth_status": Call(
        name="kyc_auth_status",
        params=(
            Param("country", "country", False, v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$")),
            Param(
                "landing_companies",
                "landing_companies",
                False,
                v.ListOf(
                    v.OneOf(
                        (
                            "iom",
                            "malta",
                            "maltainvest",
                            "svg",
                            "virtual",
                            "vanuatu",
                            "labuan",
                            "samoa",
                            "samoa-virtual",
                            "bvi",
                            "dsl",
                        )
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("kyc_auth_status", 1),),
        decode=_codec.structure_kyc_auth_status_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"kyc_auth_status"}),
    ),
    "landing_company": Call(
        name="landing_company",
        params=(
            Param(
                "landing_company",
                "landing_company",
                True,
                v.Str(pattern="^[A-Za-z0-9_][A-Za-z0-9_]\\Z", source="^\\w\\w$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_landing_company_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"landing_company"}),
    ),
    "landing_company_details": Call(
        name="landing_company_details",
        params=(
            Param(
                "landing_company_details",
                "landing_company_details",
                True,
                v.OneOf(
                    (
                        "iom",
                        "malta",
                        "maltainvest",
                        "svg",
                        "virtual",
                        "vanuatu",
                        "samoa",
                        "samoa-virtual",
                        "dsl",
                        "bvi",
                        "labuan",
                        "dml",
                    )
                ),
            ),
            Param("country", "country", False, v.Str()),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_landing_company_details_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"landing_company_details"}),
    ),
    "login_history": Call(
        name="login_history",
        params=(
            Param("limit", "limit", False, v.Int(minimum=0, maximum=50)),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("login_history", 1),),
        decode=_codec.structure_login_history_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"login_history"}),
    ),
    "logout": Call(
        name="logout",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("logout", 1),),
        decode=_codec.structure_logout_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"logout"}),
    ),
    "mt5_deposit": Call(
        name="mt5_deposit",
        params=(
            Param(
                "to_mt5",
                "to_mt5",
                True,
                v.Str(pattern="^MT[DR]?[0-9]+\\Z", source="^MT[DR]?[0-9]+$"),
            ),
            Param("amount", "amount", False, v.Number()),
            Param(
                "from_binary",
                "from_binary",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("mt5_deposit", 1),),
        decode=_codec.structure_mt5_deposit_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"mt5_deposit"}),
    ),
    "mt5_get_settings": Call(
        name="mt5_get_settings",
        params=(
            Param(
                "login", "login", True, v.Str(pattern="^MT[DR]?[0-9]+\\Z", source="^MT[DR]?[0-9]+$")
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("mt5_get_settings", 1),),
        decode=_codec.structure_mt5_get_settings_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"mt5_get_settings"}),
    ),
    "mt5_login_list": Call(
        name="mt5_login_list",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("mt5_login_list", 1),),
        decode=_codec.structure_mt5_login_list_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"mt5_login_list"}),
    ),
    "mt5_new_account": Call(
        name="mt5_new_account",
        params=(
            Param(
                "account_type",
                "account_type",
                True,
                v.OneOf(
                    (
                        "demo",
                        "gaming",
                        "financial",
                        "all",
                    )
                ),
            ),
            Param(
                "email",
                "email",
                True,
                v.Str(
                    pattern="^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}\\Z",
                    source="^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}$",
                ),
            ),
            Param("leverage", "leverage", True, v.Number()),
            Param(
                "main_password",
                "mainPassword",
                True,
                v.Str(
                    pattern="^(?=[^\\n\\r\\u2028\\u2029]*[a-z])(?=[^\\n\\r\\u2028\\u2029]*[0-9])(?=[^\\n\\r\\u2028\\u2029]*[A-Z])[ -~]{8,25}\\Z",
                    source="^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$",
                ),
                secret=True,
            ),
            Param("name", "name", True, v.Str(min_length=1, max_length=101)),
            Param(
                "address",
                "address",
                False,
                v.Str(
                    pattern="^(?:[\\w\\d'.,:;()\\u00b0@#/-][\\w\\d\\s'.,:;()\\u00b0@#/-]{0,128})?\\Z",
                    source="^(?:[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'.,:;()\\x{b0}@#/-]{0,128})?$",
                ),
            ),
            Param(
                "city",
                "city",
                False,
                v.Str(
                    pattern="^(?:[^\\W\\d_][\\w\\s'.-]{0,99})?\\Z",
                    source="^(?:\\p{L}[\\p{L}\\s'.-]{0,99})?$",
                ),
            ),
            Param(
                "company",
                "company",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,@/-]{0,64}\\Z", source="^[\\p{L}\\p{Nd}\\s'.,@/-]{0,64}$"
                ),
            ),
            Param("country", "country", False, v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$")),
            Param(
                "currency",
                "currency",
                False,
                v.Str(pattern="^(|[a-zA-Z0-9]{2,20})\\Z", source="^(|[a-zA-Z0-9]{2,20})$"),
            ),
            Param(
                "dry_run",
                "dry_run",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "invest_password",
                "investPassword",
                False,
                v.Str(
                    pattern="^(?=[^\\n\\r\\u2028\\u2029]*[a-z])(?=[^\\n\\r\\u2028\\u2029]*[0-9])(?=[^\\n\\r\\u2028\\u2029]*[A-Z])[ -~]{8,25}\\Z",
                    source="^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$",
                ),
                secret=True,
            ),
            Param("migrate", "migrate", False, v.Bool()),
            Param(
                "mt5_account_category",
                "mt5_account_category",
                False,
                v.OneOf(
                    (
                        "conventional",
                        "swap_free",
                        "gold",
                    )
                ),
            ),
            Param(
                "mt5_account_type",
                "mt5_account_type",
                False,
                v.OneOf(
                    (
                        "financial",
                        "financial_stp",
                        "gold",
                    )
                ),
            ),
            Param("phone", "phone", False, v.Nullable(v.Str()), secret=True),
            Param("phone_password", "phonePassword", False, v.Str(max_length=50), secret=True),
            Param(
                "product",
                "product",
                False,
                v.OneOf(
                    (
                        "",
                        "synthetic",
                        "financial",
                        "swap_free",
                        "zero_spread",
                        "standard",
                        "stp",
                        "gold",
                    )
                ),
            ),
            Param(
                "server",
                "server",
                False,
                v.Nullable(
                    v.OneOf(
                        (
                            "p01_ts01",
                            "p01_ts02",
                            "p01_ts03",
                            "p01_ts04",
                            "p02_ts02",
                            "p03_ts01",
                            "p03_ts02",
                        )
                    )
                ),
            ),
            Param(
                "state",
                "state",
                False,
                v.Str(pattern="^[^\\n\\r\\u2028\\u2029]{0,50}\\Z", source="^.{0,50}$"),
            ),
            Param(
                "sub_account_category",
                "sub_account_category",
                False,
                v.OneOf(
                    (
                        "",
                        "swap_free",
                        "ab",
                        "ba",
                        "lim",
                        "hr",
                        "gold",
                    )
                ),
            ),
            Param(
                "sub_account_type",
                "sub_account_type",
                False,
                v.OneOf(
                    (
                        "standard",
                        "stp",
                        "ibt",
                        "swap_free",
                        "zero_spread",
                        "gold",
                    )
                ),
            ),
            Param("zip_code", "zipCode", False, v.Str(max_length=50)),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("mt5_new_account", 1),),
        decode=_codec.structure_mt5_new_account_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"mt5_new_account"}),
    ),
    "mt5_password_change": Call(
        name="mt5_password_change",
        params=(
            Param(
                "login", "login", True, v.Str(pattern="^MT[DR]?[0-9]+\\Z", source="^MT[DR]?[0-9]+$")
            ),
            Param(
                "new_password",
                "new_password",
                True,
                v.Str(
                    pattern="^(?=[^\\n\\r\\u2028\\u2029]*[a-z])(?=[^\\n\\r\\u2028\\u2029]*[0-9])(?=[^\\n\\r\\u2028\\u2029]*[A-Z])[ -~]{8,25}\\Z",
                    source="^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$",
                ),
                secret=True,
            ),
            Param(
                "old_password",
                "old_password",
                True,
                v.Str(pattern="^[ -~]+\\Z", source="^[ -~]+$"),
                secret=True,
            ),
            Param(
                "password_type",
                "password_type",
                False,
                v.OneOf(
                    (
                        "main",
                        "investor",
                    )
                ),
                secret=True,
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("mt5_password_change", 1),),
        decode=_codec.structure_mt5_password_change_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"mt5_password_change"}),
    ),
    "mt5_password_check": Call(
        name="mt5_password_check",
        params=(
            Param(
                "login", "login", True, v.Str(pattern="^MT[DR]?[0-9]+\\Z", source="^MT[DR]?[0-9]+$")
            ),
            Param(
                "password",
                "password",
                True,
                v.Str(pattern="^[ -~]+\\Z", source="^[ -~]+$"),
                secret=True,
            ),
            Param(
                "password_type",
                "password_type",
                False,
                v.OneOf(
                    (
                        "main",
                        "investor",
                    )
                ),
                secret=True,
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("mt5_password_check", 1),),
        decode=_codec.structure_mt5_password_check_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"mt5_password_check"}),
    ),
    "mt5_password_reset": Call(
        name="mt5_password_reset",
        params=(
            Param(
                "login", "login", True, v.Str(pattern="^MT[DR]?[0-9]+\\Z", source="^MT[DR]?[0-9]+$")
            ),
            Param(
                "new_password",
                "new_password",
                True,
                v.Str(
                    pattern="^(?=[^\\n\\r\\u2028\\u2029]*[a-z])(?=[^\\n\\r\\u2028\\u2029]*[0-9])(?=[^\\n\\r\\u2028\\u2029]*[A-Z])[ -~]{8,25}\\Z",
                    source="^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$",
                ),
                secret=True,
            ),
            Param(
                "verification_code",
                "verification_code",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{8,128}\\Z", source="^\\w{8,128}$"),
                secret=True,
            ),
            Param(
                "password_type",
                "password_type",
                False,
                v.OneOf(
                    (
                        "main",
                        "investor",
                    )
                ),
                secret=True,
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("mt5_password_reset", 1),),
        decode=_codec.structure_mt5_password_reset_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"mt5_password_reset"}),
    ),
    "mt5_withdrawal": Call(
        name="mt5_withdrawal",
        params=(
            Param("amount", "amount", True, v.Number()),
            Param(
                "from_mt5",
                "from_mt5",
                True,
                v.Str(pattern="^MT[DR]?[0-9]+\\Z", source="^MT[DR]?[0-9]+$"),
            ),
            Param(
                "to_binary",
                "to_binary",
                True,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("mt5_withdrawal", 1),),
        decode=_codec.structure_mt5_withdrawal_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"mt5_withdrawal"}),
    ),
    "new_account_check_duplicate_name_and_dob": Call(
        name="new_account_check_duplicate_name_and_dob",
        params=(
            Param(
                "date_of_birth",
                "date_of_birth",
                True,
                v.Str(
                    pattern="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\\Z",
                    source="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$",
                ),
            ),
            Param(
                "first_name",
                "first_name",
                True,
                v.Str(
                    pattern="^(?![^\\n\\r\\u2028\\u2029]*\\s{2,})[\\w\\s'.-]{1,50}\\Z",
                    source="^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$",
                ),
                secret=True,
            ),
            Param(
                "last_name",
                "last_name",
                True,
                v.Str(
                    pattern="^(?![^\\n\\r\\u2028\\u2029]*\\s{2,})[\\w\\s'.-]{1,50}\\Z",
                    source="^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$",
                ),
                secret=True,
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("new_account_check_duplicate_name_and_dob", 1),),
        decode=_codec.structure_new_account_check_duplicate_name_and_dob_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"new_account_check_duplicate_name_and_dob"}),
    ),
    "new_account_check_duplicate_phone_and_dob": Call(
        name="new_account_check_duplicate_phone_and_dob",
        params=(
            Param(
                "date_of_birth",
                "date_of_birth",
                True,
                v.Str(
                    pattern="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\\Z",
                    source="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$",
                ),
            ),
            Param(
                "phone_number",
                "phone_number",
                True,
                v.Str(pattern="^\\+[\\-\\ 0-9]{8,40}\\Z", source="^\\+[\\-\\ 0-9]{8,40}$"),
                secret=True,
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("new_account_check_duplicate_phone_and_dob", 1),),
        decode=_codec.structure_new_account_check_duplicate_phone_and_dob_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"new_account_check_duplicate_phone_and_dob"}),
    ),
    "new_account_maltainvest": Call(
        name="new_account_maltainvest",
        params=(
            Param(
                "address_city",
                "address_city",
                True,
                v.Str(
                    pattern="^[^\\W\\d_][\\w\\s'.-]{0,99}\\Z", source="^\\p{L}[\\p{L}\\s'.-]{0,99}$"
                ),
            ),
            Param(
                "address_line_1",
                "address_line_1",
                True,
                v.Str(
                    pattern="^[\\w\\d'.,:;()\\u00b0@#/-][\\w\\d\\s'\u2019.,:;()\\u00b0@#/-]{0,69}\\Z",
                    source="^[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'\u2019.,:;()\\x{b0}@#/-]{0,69}$",
                ),
            ),
            Param(
                "date_of_birth",
                "date_of_birth",
                True,
                v.Str(
                    pattern="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\\Z",
                    source="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$",
                ),
            ),
            Param("employment_status", "employment_status", True, v.Str()),
            Param(
                "first_name",
                "first_name",
                True,
                v.Str(
                    pattern="^(?![^\\n\\r\\u2028\\u2029]*\\s{2,})[\\w\\s'.-]{1,50}\\Z",
                    source="^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$",
                ),
                secret=True,
            ),
            Param(
                "last_name",
                "last_name",
                True,
                v.Str(
                    pattern="^(?![^\\n\\r\\u2028\\u2029]*\\s{2,})[\\w\\s'.-]{1,50}\\Z",
                    source="^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$",
                ),
                secret=True,
            ),
            Param(
                "residence", "residence", True, v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$")
            ),
            Param(
                "salutation",
                "salutation",
                True,
                v.OneOf(
                    (
                        "Mr",
                        "Ms",
                        "Miss",
                        "Mrs",
                    )
                ),
            ),
            Param(
                "tax_residence",
                "tax_residence",
                True,
                v.Str(pattern="^[a-z]{0,2}(?:,[a-z]{2})*\\Z", source="^[a-z]{0,2}(?:,[a-z]{2})*$"),
            ),
            Param(
                "accept_risk",
                "accept_risk",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "account_opening_reason",
                "account_opening_reason",
                False,
                v.OneOf(
                    (
                        "Speculative",
                        "Income Earning",
                        "Hedging",
                        "Additional revenue",
                        "Savings",
                    )
                ),
            ),
            Param("account_turnover", "account_turnover", False, v.Str()),
            Param(
                "address_line_2",
                "address_line_2",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'\u2019.,:;()\\u00b0@#/-]{0,70}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'\u2019.,:;()\\x{b0}@#/-]{0,70}$",
                ),
            ),
            Param(
                "address_postcode",
                "address_postcode",
                False,
                v.Str(
                    pattern="^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?\\Z",
                    source="^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?$",
                ),
            ),
            Param(
                "address_state",
                "address_state",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,-]{0,100}\\Z", source="^[\\p{L}\\p{Nd}\\s'.,-]{0,100}$"
                ),
            ),
            Param(
                "affiliate_token",
                "affiliate_token",
                False,
                v.Str(pattern="^[A-Za-z0-9_-]{0,32}\\Z", source="^[\\w-]{0,32}$"),
                secret=True,
            ),
            Param(
                "calling_country_code",
                "calling_country_code",
                False,
                v.Nullable(v.Str(pattern="^[0-9]{1,4}\\Z", source="^\\d{1,4}$")),
                secret=True,
            ),
            Param(
                "cfd_experience",
                "cfd_experience",
                False,
                v.OneOf(
                    (
                        "No experience",
                        "Less than a year",
                        "1 - 2 years",
                        "Over 3 years",
                    )
                ),
            ),
            Param(
                "cfd_frequency",
                "cfd_frequency",
                False,
                v.OneOf(
                    (
                        "No transactions in the past 12 months",
                        "1 - 5 transactions in the past 12 months",
                        "6 - 10 transactions in the past 12 months",
                        "11 - 39 transactions in the past 12 months",
                        "40 transactions or more in the past 12 months",
                    )
                ),
            ),
            Param(
                "cfd_trading_definition",
                "cfd_trading_definition",
                False,
                v.OneOf(
                    (
                        "Purchase shares of a company or physical commodities.",
                        "Place a bet on the price movement.",
                        "Speculate on the price movement.",
                        "Make a long-term investment.",
                    )
                ),
            ),
            Param("citizen", "citizen", False, v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$")),
            Param(
                "client_type",
                "client_type",
                False,
                v.OneOf(
                    (
                        "professional",
                        "retail",
                    )
                ),
            ),
            Param(
                "currency",
                "currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param("education_level", "education_level", False, v.Str()),
            Param("employment_industry", "employment_industry", False, v.Str()),
            Param("estimated_worth", "estimated_worth", False, v.Str()),
            Param(
                "fatca_declaration",
                "fatca_declaration",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param("financial_information_version", "financial_information_version", False, v.Str()),
            Param("income_source", "income_source", False, v.Str()),
            Param("investment_intention", "investment_intention", False, v.Str()),
            Param(
                "leverage_impact_trading",
                "leverage_impact_trading",
                False,
                v.OneOf(
                    (
                        "Leverage is a risk mitigation technique.",
                        "Leverage prevents you from opening large positions.",
                        "Leverage guarantees profits.",
                        "Leverage lets you open larger positions for a fraction of the trade's value.",
                    )
                ),
            ),
            Param(
                "leverage_trading_high_risk_stop_loss",
                "leverage_trading_high_risk_stop_loss",
                False,
                v.OneOf(
                    (
                        "Cancel your trade at any time within a chosen timeframe.",
                        "Close your trade automatically when the loss is more than or equal to a specific amount.",
                        "Close your trade automatically when the profit is more than or equal to a specific amount.",
                        "Make a guaranteed profit on your trade.",
                    )
                ),
            ),
            Param("net_income", "net_income", False, v.Str()),
            Param("non_pep_declaration", "non_pep_declaration", False, v.Int(minimum=0, maximum=1)),
            Param("occupation", "occupation", False, v.Str()),
            Param("phone", "phone", False, v.Nullable(v.Str()), secret=True),
            Param(
                "place_of_birth",
                "place_of_birth",
                False,
                v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$"),
            ),
            Param(
                "required_initial_margin",
                "required_initial_margin",
                False,
                v.OneOf(
                    (
                        "When opening a Leveraged CFD trade.",
                        "When trading Multipliers.",
                        "When buying shares of a company.",
                        "All of the above.",
                    )
                ),
            ),
            Param("resident_self_declaration", "resident_self_declaration", False, v.OneOf((1,))),
            Param(
                "risk_tolerance",
                "risk_tolerance",
                False,
                v.OneOf(
                    (
                        "Yes",
                        "No",
                    )
                ),
            ),
            Param(
                "secret_answer",
                "secret_answer",
                False,
                v.Str(
                    pattern="^[A-Za-z0-9_\\-\\,\\.\\' ]+",
                    min_length=4,
                    max_length=50,
                    source="^[\\w\\-\\,\\.\\' ]+",
                ),
                secret=True,
            ),
            Param(
                "secret_question",
                "secret_question",
                False,
                v.OneOf(
                    (
                        "Mother's maiden name",
                        "Name of your pet",
                        "Name of first love",
                        "Memorable town/city",
                        "Memorable date",
                        "Favourite dish",
                        "Brand of first car",
                        "Favourite artist",
                    )
                ),
                secret=True,
            ),
            Param(
                "source_of_experience",
                "source_of_experience",
                False,
                v.OneOf(
                    (
                        "I have an academic degree, professional certification, and/or work experience.",
                        "I trade forex CFDs and other complex financial instruments.",
                        "I have attended seminars, training, and/or workshops.",
                        "I have little experience.",
                        "I have no knowledge.",
                    )
                ),
            ),
            Param("source_of_wealth", "source_of_wealth", False, v.Str()),
            Param(
                "tax_identification_number",
                "tax_identification_number",
                False,
                v.Str(
                    pattern="^(?!^\\Z|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}\\Z",
                    source="^(?!^$|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}$",
                ),
            ),
            Param(
                "tin_skipped",
                "tin_skipped",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "tnc_acceptance",
                "tnc_acceptance",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "trading_experience_financial_instruments",
                "trading_experience_financial_instruments",
                False,
                v.OneOf(
                    (
                        "No experience",
                        "Less than a year",
                        "1 - 2 years",
                        "Over 3 years",
                    )
                ),
            ),
            Param(
                "trading_frequency_financial_instruments",
                "trading_frequency_financial_instruments",
                False,
                v.OneOf(
                    (
                        "No transactions in the past 12 months",
                        "1 - 5 transactions in the past 12 months",
                        "6 - 10 transactions in the past 12 months",
                        "11 - 39 transactions in the past 12 months",
                        "40 transactions or more in the past 12 months",
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("new_account_maltainvest", 1),),
        decode=_codec.structure_new_account_maltainvest_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"new_account_maltainvest"}),
    ),
    "new_account_real": Call(
        name="new_account_real",
        params=(
            Param(
                "account_opening_reason",
                "account_opening_reason",
                False,
                v.OneOf(
                    (
                        "Speculative",
                        "Income Earning",
                        "Hedging",
                        "Peer-to-peer exchange",
                        "Additional revenue",
                        "Savings",
                    )
                ),
            ),
            Param(
                "account_turnover",
                "account_turnover",
                False,
                v.OneOf(
                    (
                        "Less than $25,000",
                        "$25,000 - $50,000",
                        "$50,001 - $100,000",
                        "$100,001 - $500,000",
                        "Over $500,000",
                    )
                ),
            ),
            Param(
                "address_city",
                "address_city",
                False,
                v.Str(
                    pattern="^[^\\W\\d_][\\w\\s'.-]{0,99}\\Z", source="^\\p{L}[\\p{L}\\s'.-]{0,99}$"
                ),
            ),
            Param(
                "address_line_1",
                "address_line_1",
                False,
                v.Str(
                    pattern="^[\\w\\d'.,:;()\\u00b0@#/-][\\w\\d\\s'\u2019.,:;()\\u00b0@#/-]{0,69}\\Z",
                    source="^[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'\u2019.,:;()\\x{b0}@#/-]{0,69}$",
                ),
            ),
            Param(
                "address_line_2",
                "address_line_2",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'\u2019.,:;()\\u00b0@#/-]{0,70}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'\u2019.,:;()\\x{b0}@#/-]{0,70}$",
                ),
            ),
            Param(
                "address_postcode",
                "address_postcode",
                False,
                v.Str(
                    pattern="^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?\\Z",
                    source="^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?$",
                ),
            ),
            Param(
                "address_state",
                "address_state",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,-]{0,100}\\Z", source="^[\\p{L}\\p{Nd}\\s'.,-]{0,100}$"
                ),
            ),
            Param(
                "affiliate_token",
                "affiliate_token",
                False,
                v.Str(pattern="^[A-Za-z0-9_-]{0,32}\\Z", source="^[\\w-]{0,32}$"),
                secret=True,
            ),
            Param(
                "calling_country_code",
                "calling_country_code",
                False,
                v.Nullable(v.Str(pattern="^[0-9]{1,4}\\Z", source="^\\d{1,4}$")),
                secret=True,
            ),
            Param(
                "citizen",
                "citizen",
                False,
                v.Nullable(v.Str(pattern="^([a-z]{2})?\\Z", source="^([a-z]{2})?$")),
            ),
            Param(
                "client_type",
                "client_type",
                False,
                v.OneOf(
                    (
                        "professional",
                        "retail",
                    )
                ),
            ),
            Param(
                "currency",
                "currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "date_of_birth",
                "date_of_birth",
                False,
                v.Str(
                    pattern="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\\Z",
                    source="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$",
                ),
            ),
            Param("employment_status", "employment_status", False, v.Str()),
            Param(
                "fatca_declaration",
                "fatca_declaration",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param("financial_information_version", "financial_information_version", False, v.Str()),
            Param(
                "first_name",
                "first_name",
                False,
                v.Str(
                    pattern="^(?![^\\n\\r\\u2028\\u2029]*\\s{2,})[\\w\\s'.-]{1,50}\\Z",
                    source="^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$",
                ),
                secret=True,
            ),
            Param(
                "last_name",
                "last_name",
                False,
                v.Str(
                    pattern="^(?![^\\n\\r\\u2028\\u2029]*\\s{2,})[\\w\\s'.-]{1,50}\\Z",
                    source="^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$",
                ),
                secret=True,
            ),
            Param("non_pep_declaration", "non_pep_declaration", False, v.Int(minimum=0, maximum=1)),
            Param("phone", "phone", False, v.Nullable(v.Str()), secret=True),
            Param(
                "place_of_birth",
                "place_of_birth",
                False,
                v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$"),
            ),
            Param(
                "residence", "residence", False, v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$")
            ),
            Param(
                "salutation",
                "salutation",
                False,
                v.OneOf(
                    (
                        "Mr",
                        "Ms",
                        "Miss",
                        "Mrs",
                    )
                ),
            ),
            Param(
                "secret_answer",
                "secret_answer",
                False,
                v.Str(
                    pattern="^[A-Za-z0-9_\\-\\,\\.\\' ]+",
                    min_length=4,
                    max_length=50,
                    source="^[\\w\\-\\,\\.\\' ]+",
                ),
                secret=True,
            ),
            Param(
                "secret_question",
                "secret_question",
                False,
                v.OneOf(
                    (
                        "Mother's maiden name",
                        "Name of your pet",
                        "Name of first love",
                        "Memorable town/city",
                        "Memorable date",
                        "Favourite dish",
                        "Brand of first car",
                        "Favourite artist",
                    )
                ),
                secret=True,
            ),
            Param(
                "tax_identification_number",
                "tax_identification_number",
                False,
                v.Str(
                    pattern="^(?!^\\Z|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}\\Z",
                    source="^(?!^$|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}$",
                ),
            ),
            Param(
                "tax_residence",
                "tax_residence",
                False,
                v.Str(pattern="^[a-z]{0,2}(?:,[a-z]{2})*\\Z", source="^[a-z]{0,2}(?:,[a-z]{2})*$"),
            ),
            Param(
                "tin_skipped",
                "tin_skipped",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "tnc_acceptance",
                "tnc_acceptance",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("new_account_real", 1),),
        decode=_codec.structure_new_account_real_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"new_account_real"}),
    ),
    "new_account_virtual": Call(
        name="new_account_virtual",
        params=(
            Param(
                "affiliate_token",
                "affiliate_token",
                False,
                v.Str(pattern="^[A-Za-z0-9_-]{0,100}\\Z", source="^[\\w-]{0,100}$"),
                secret=True,
            ),
            Param(
                "client_password",
                "client_password",
                False,
                v.Str(
                    pattern="^(?=[^\\n\\r\\u2028\\u2029]*[a-z])(?=[^\\n\\r\\u2028\\u2029]*[0-9])(?=[^\\n\\r\\u2028\\u2029]*[A-Z])[ -~]{8,25}\\Z",
                    source="^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$",
                ),
                secret=True,
            ),
            Param(
                "date_first_contact",
                "date_first_contact",
                False,
                v.Str(
                    pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}\\Z", source="^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                ),
            ),
            Param(
                "email",
                "email",
                False,
                v.Str(
                    pattern="^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}\\Z",
                    source="^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}$",
                ),
            ),
            Param(
                "email_consent",
                "email_consent",
                False,
                v.OneOf(
                    (
                        1,
                        0,
                    )
                ),
            ),
            Param(
                "gclid_url",
                "gclid_url",
                False,
                v.Str(
                    pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                    source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                ),
            ),
            Param(
                "residence", "residence", False, v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$")
            ),
            Param(
                "signup_device",
                "signup_device",
                False,
                v.OneOf(
                    (
                        "desktop",
                        "mobile",
                    )
                ),
            ),
            Param(
                "type",
                "type",
                False,
                v.OneOf(
                    (
                        "trading",
                        "wallet",
                        "dynamic",
                    )
                ),
            ),
            Param(
                "utm_ad_id",
                "utm_ad_id",
                False,
                v.AnyOf(
                    v.Str(
                        pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                        source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                    ),
                    v.Str(),
                ),
            ),
            Param(
                "utm_adgroup_id",
                "utm_adgroup_id",
                False,
                v.AnyOf(
                    v.Str(
                        pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                        source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                    ),
                    v.Str(),
                ),
            ),
            Param(
                "utm_adrollclk_id",
                "utm_adrollclk_id",
                False,
                v.AnyOf(
                    v.Str(
                        pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                        source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                    ),
                    v.Str(),
                ),
            ),
            Param(
                "utm_campaign",
                "utm_campaign",
                False,
                v.AnyOf(
                    v.Str(
                        pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                        source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                    ),
                    v.Str(),
                ),
            ),
            Param(
                "utm_campaign_id",
                "utm_campaign_id",
                False,
                v.AnyOf(
                    v.Str(
                        pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                        source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                    ),
                    v.Str(),
                ),
            ),
            Param(
                "utm_content",
                "utm_content",
                False,
                v.AnyOf(
                    v.Str(
                        pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                        source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                    ),
                    v.Str(),
                ),
            ),
            Param(
                "utm_fbcl_id",
                "utm_fbcl_id",
                False,
                v.AnyOf(
                    v.Str(
                        pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                        source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                    ),
                    v.Str(),
                ),
            ),
            Param(
                "utm_gl_client_id",
                "utm_gl_client_id",
                False,
                v.AnyOf(
                    v.Str(
                        pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                        source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                    ),
                    v.Str(),
                ),
            ),
            Param(
                "utm_medium",
                "utm_medium",
                False,
                v.AnyOf(
                    v.Str(
                        pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                        source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                    ),
                    v.Str(),
                ),
            ),
            Param(
                "utm_msclk_id",
                "utm_msclk_id",
                False,
                v.AnyOf(
                    v.Str(
                        pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                        source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                    ),
                    v.Str(),
                ),
            ),
            Param(
                "utm_source",
                "utm_source",
                False,
                v.AnyOf(
                    v.Str(
                        pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                        source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                    ),
                    v.Str(),
                ),
            ),
            Param(
                "utm_term",
                "utm_term",
                False,
                v.AnyOf(
                    v.Str(
                        pattern="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}\\Z",
                        source="^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$",
                    ),
                    v.Str(),
                ),
            ),
            Param(
                "verification_code",
                "verification_code",
                False,
                v.Str(pattern="^[A-Za-z0-9_]{8,128}\\Z", source="^\\w{8,128}$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("new_account_virtual", 1),),
        decode=_codec.structure_new_account_virtual_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"new_account_virtual"}),
    ),
    "new_partner_account": Call(
        name="new_partner_account",
        params=(
            Param(
                "partner_type",
                "partner_type",
                True,
                v.OneOf(
                    (
                        "individual",
                        "company",
                    )
                ),
            ),
            Param(
                "website",
                "website",
                True,
                v.Str(pattern="^[A-Za-z0-9__@./:#&+-]*\\Z", source="^[\\w_@./:#&+-]*$"),
            ),
            Param(
                "account_turnover",
                "account_turnover",
                False,
                v.OneOf(
                    (
                        "Less than $25,000",
                        "$25,000 - $50,000",
                        "$50,001 - $100,000",
                        "$100,001 - $500,000",
                        "Over $500,000",
                    )
                ),
            ),
            Param(
                "address_city",
                "address_city",
                False,
                v.Str(
                    pattern="^[^\\W\\d_][\\w\\s'.-]{0,99}\\Z", source="^\\p{L}[\\p{L}\\s'.-]{0,99}$"
                ),
            ),
            Param(
                "address_line_1",
                "address_line_1",
                False,
                v.Str(
                    pattern="^[\\w\\d'.,:;()\\u00b0@#/-][\\w\\d\\s'\u2019.,:;()\\u00b0@#/-]{0,69}\\Z",
                    source="^[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'\u2019.,:;()\\x{b0}@#/-]{0,69}$",
                ),
            ),
            Param(
                "address_line_2",
                "address_line_2",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'\u2019.,:;()\\u00b0@#/-]{0,70}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'\u2019.,:;()\\x{b0}@#/-]{0,70}$",
                ),
            ),
            Param(
                "address_postcode",
                "address_postcode",
                False,
                v.Str(
                    pattern="^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?\\Z",
                    source="^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?$",
                ),
            ),
            Param(
                "address_state",
                "address_state",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,-]{0,100}\\Z", source="^[\\p{L}\\p{Nd}\\s'.,-]{0,100}$"
                ),
            ),
            Param(
                "calling_country_code",
                "calling_country_code",
                False,
                v.Nullable(v.Str(pattern="^[0-9]{1,4}\\Z", source="^\\d{1,4}$")),
                secret=True,
            ),
            Param(
                "citizen",
                "citizen",
                False,
                v.Nullable(v.Str(pattern="^([a-z]{2})?\\Z", source="^([a-z]{2})?$")),
            ),
            Param(
                "client_type",
                "client_type",
                False,
                v.OneOf(
                    (
                        "professional",
                        "retail",
                    )
                ),
            ),
            Param(
                "company_name",
                "company_name",
                False,
                v.Str(
                    pattern="^(?![^\\n\\r\\u2028\\u2029]*\\s{2,})[\\w\\s'.-]{2,50}\\Z",
                    source="^(?!.*\\s{2,})[\\p{L}\\s'.-]{2,50}$",
                ),
                secret=True,
            ),
            Param(
                "company_registration_no",
                "company_registration_no",
                False,
                v.Str(
                    pattern="^(?!^\\Z|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}\\Z",
                    source="^(?!^$|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}$",
                ),
            ),
            Param(
                "currency",
                "currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "date_of_birth",
                "date_of_birth",
                False,
                v.Str(
                    pattern="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\\Z",
                    source="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$",
                ),
            ),
            Param(
                "fatca_declaration",
                "fatca_declaration",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "first_name",
                "first_name",
                False,
                v.Str(
                    pattern="^(?![^\\n\\r\\u2028\\u2029]*\\s{2,})[\\w\\s'.-]{1,50}\\Z",
                    source="^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$",
                ),
                secret=True,
            ),
            Param(
                "landing_company_short",
                "landing_company_short",
                False,
                v.OneOf(
                    (
                        "maltainvest",
                        "svg",
                    )
                ),
            ),
            Param(
                "last_name",
                "last_name",
                False,
                v.Str(
                    pattern="^(?![^\\n\\r\\u2028\\u2029]*\\s{2,})[\\w\\s'.-]{1,50}\\Z",
                    source="^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$",
                ),
                secret=True,
            ),
            Param("non_pep_declaration", "non_pep_declaration", False, v.Int(minimum=0, maximum=1)),
            Param(
                "phone",
                "phone",
                False,
                v.Nullable(
                    v.Str(
                        pattern="^(\\+)?([-\\s]*[0-9]){8,35}\\Z",
                        source="^(\\+)?([-\\s]*\\d){8,35}$",
                    )
                ),
                secret=True,
            ),
            Param(
                "provider",
                "provider",
                False,
                v.OneOf(
                    (
                        "myaffiliate",
                        "dynamicworks",
                    )
                ),
            ),
            Param(
                "residence", "residence", False, v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$")
            ),
            Param(
                "salutation",
                "salutation",
                False,
                v.OneOf(
                    (
                        "Mr",
                        "Ms",
                        "Miss",
                        "Mrs",
                    )
                ),
            ),
            Param(
                "secret_answer",
                "secret_answer",
                False,
                v.Str(
                    pattern="^[A-Za-z0-9_\\-\\,\\.\\' ]+",
                    min_length=4,
                    max_length=50,
                    source="^[\\w\\-\\,\\.\\' ]+",
                ),
                secret=True,
            ),
            Param(
                "secret_question",
                "secret_question",
                False,
                v.OneOf(
                    (
                        "Mother's maiden name",
                        "Name of your pet",
                        "Name of first love",
                        "Memorable town/city",
                        "Memorable date",
                        "Favourite dish",
                        "Brand of first car",
                        "Favourite artist",
                    )
                ),
                secret=True,
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("new_partner_account", 1),),
        decode=_codec.structure_new_partner_account_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"new_partner_account"}),
    ),
    "oauth_apps": Call(
        name="oauth_apps",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("oauth_apps", 1),),
        decode=_codec.structure_oauth_apps_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"oauth_apps"}),
    ),
    "p2p_advert_create": Call(
        name="p2p_advert_create",
        params=(
            Param("amount", "amount", True, v.Number(exclusive_minimum=0)),
            Param("max_order_amount", "max_order_amount", True, v.Number(exclusive_minimum=0)),
            Param("min_order_amount", "min_order_amount", True, v.Number(exclusive_minimum=0)),
            Param("rate", "rate", True, v.Number()),
            Param(
                "type",
                "type",
                True,
                v.OneOf(
                    (
                        "buy",
                        "sell",
                    )
                ),
            ),
            Param(
                "block_trade",
                "block_trade",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "contact_info",
                "contact_info",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{1,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$",
                ),
                secret=True,
            ),
            Param(
                "description",
                "description",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{1,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$",
                ),
                secret=True,
            ),
            Param(
                "eligible_countries",
                "eligible_countries",
                False,
                v.ListOf(v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$"), max_items=250),
            ),
            Param(
                "local_currency",
                "local_currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "min_completion_rate",
                "min_completion_rate",
                False,
                v.Number(minimum=0, maximum=100),
            ),
            Param("min_join_days", "min_join_days", False, v.Int(minimum=0, maximum=999)),
            Param("min_rating", "min_rating", False, v.Number(minimum=1, maximum=5)),
            Param("order_expiry_period", "order_expiry_period", False, v.Int(minimum=1)),
            Param(
                "payment_info",
                "payment_info",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{1,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$",
                ),
                secret=True,
            ),
            Param("payment_method", "payment_method", False, v.Str()),
            Param(
                "payment_method_ids", "payment_method_ids", False, v.ListOf(v.Int(), max_items=3)
            ),
            Param(
                "payment_method_names",
                "payment_method_names",
                False,
                v.ListOf(v.Str(pattern="^[a-z0-9_]+\\Z", source="^[a-z0-9_]+$"), max_items=3),
            ),
            Param(
                "rate_type",
                "rate_type",
                False,
                v.OneOf(
                    (
                        "fixed",
                        "float",
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_advert_create", 1),),
        decode=_codec.structure_p2p_advert_create_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"p2p_advert_create"}),
    ),
    "p2p_advert_info": Call(
        name="p2p_advert_info",
        params=(
            Param("id", "id", False, v.Str(pattern="^[0-9]{1,18}\\Z", source="^[0-9]{1,18}$")),
            Param(
                "use_client_limits",
                "use_client_limits",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_advert_info", 1),),
        decode=_codec.structure_p2p_advert_info_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"p2p_advert_info"}),
    ),
    "p2p_advert_list": Call(
        name="p2p_advert_list",
        params=(
            Param(
                "advertiser_id",
                "advertiser_id",
                False,
                v.Str(pattern="^[0-9]{1,18}\\Z", source="^[0-9]{1,18}$"),
            ),
            Param("advertiser_name", "advertiser_name", False, v.Str()),
            Param("amount", "amount", False, v.Number()),
            Param(
                "block_trade",
                "block_trade",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "counterparty_type",
                "counterparty_type",
                False,
                v.OneOf(
                    (
                        "buy",
                        "sell",
                    )
                ),
            ),
            Param(
                "favourites_only",
                "favourites_only",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "hide_client_schedule_unavailable",
                "hide_client_schedule_unavailable",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "hide_ineligible",
                "hide_ineligible",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param("limit", "limit", False, v.Int()),
            Param(
                "local_currency",
                "local_currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param("offset", "offset", False, v.Int(minimum=0)),
            Param(
                "payment_method",
                "payment_method",
                False,
                v.ListOf(v.Str(pattern="^[a-z0-9_]{1,30}\\Z", source="^[a-z0-9_]{1,30}$")),
            ),
            Param(
                "sort_by",
                "sort_by",
                False,
                v.OneOf(
                    (
                        "completion",
                        "rate",
                        "rating",
                        "recommended",
                    )
                ),
            ),
            Param(
                "use_client_limits",
                "use_client_limits",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_advert_list", 1),),
        decode=_codec.structure_p2p_advert_list_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"p2p_advert_list"}),
    ),
    "p2p_advert_update": Call(
        name="p2p_advert_update",
        params=(
            Param("id", "id", True, v.Str(pattern="^[0-9]{1,18}\\Z", source="^[0-9]{1,18}$")),
            Param(
                "contact_info",
                "contact_info",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{1,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$",
                ),
                secret=True,
            ),
            Param(
                "delete",
                "delete",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "description",
                "description",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{0,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{0,300}$",
                ),
                secret=True,
            ),
            Param(
                "eligible_countries",
                "eligible_countries",
                False,
                v.Nullable(
                    v.ListOf(v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$"), max_items=250)
                ),
            ),
            Param(
                "is_active",
                "is_active",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "local_currency",
                "local_currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param("max_order_amount", "max_order_amount", False, v.Number(exclusive_minimum=0)),
            Param(
                "min_completion_rate",
                "min_completion_rate",
                False,
                v.Nullable(v.Number(minimum=0, maximum=100)),
            ),
            Param(
                "min_join_days", "min_join_days", False, v.Nullable(v.Int(minimum=0, maximum=999))
            ),
            Param("min_order_amount", "min_order_amount", False, v.Number(exclusive_minimum=0)),
            Param("min_rating", "min_rating", False, v.Nullable(v.Number(minimum=1, maximum=5))),
            Param("order_expiry_period", "order_expiry_period", False, v.Int(minimum=1)),
            Param(
                "payment_info",
                "payment_info",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{0,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{0,300}$",
                ),
                secret=True,
            ),
            Param(
                "payment_method_ids", "payment_method_ids", False, v.ListOf(v.Int(), max_items=3)
            ),
            Param(
                "payment_method_names",
                "payment_method_names",
                False,
                v.ListOf(v.Str(pattern="^[a-z0-9_]+\\Z", source="^[a-z0-9_]+$"), max_items=3),
            ),
            Param("rate", "rate", False, v.Number()),
            Param(
                "rate_type",
                "rate_type",
                False,
                v.OneOf(
                    (
                        "fixed",
                        "float",
                    )
                ),
            ),
            Param("remaining_amount", "remaining_amount", False, v.Number(minimum=0)),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_advert_update", 1),),
        decode=_codec.structure_p2p_advert_update_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"p2p_advert_update"}),
    ),
    "p2p_advertiser_adverts": Call(
        name="p2p_advertiser_adverts",
        params=(
            Param("limit", "limit", False, v.Int()),
            Param("offset", "offset", False, v.Int(minimum=0)),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_advertiser_adverts", 1),),
        decode=_codec.structure_p2p_advertiser_adverts_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"p2p_advertiser_adverts"}),
    ),
    "p2p_advertiser_create": Call(
        name="p2p_advertiser_create",
        params=(
            Param(
                "name",
                "name",
                True,
                v.Str(
                    pattern="^(?!([^\\n\\r\\u2028\\u2029]*([^\\n\\r\\u2028\\u2029])\\2{4,})|[^\\n\\r\\u2028\\u2029]*[\\.@_-]{2,}|^([\\.@_-])|[^\\n\\r\\u2028\\u2029]*([\\.@_-])\\Z)[a-zA-Z0-9-_@\\.]{2,24}\\Z",
                    source="^(?!(.*(.)\\2{4,})|.*[\\.@_-]{2,}|^([\\.@_-])|.*([\\.@_-])$)[a-zA-Z0-9-_@\\.]{2,24}$",
                ),
                secret=True,
            ),
            Param(
                "contact_info",
                "contact_info",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{1,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$",
                ),
                secret=True,
            ),
            Param(
                "default_advert_description",
                "default_advert_description",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{1,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$",
                ),
                secret=True,
            ),
            Param(
                "payment_info",
                "payment_info",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{1,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$",
                ),
                secret=True,
            ),
            Param(
                "schedule",
                "schedule",
                False,
                v.Nullable(
                    v.ListOf(
                        v.ModelOf(
                            m.P2pAdvertiserCreateRequestScheduleItem,
                            _fields_p2p_advertiser_create_request_schedule_item,
                        ),
                        max_items=50,
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_advertiser_create", 1),),
        decode=_codec.structure_p2p_advertiser_create_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=True,
        idempotent=False,
        msg_types=frozenset({"p2p_advertiser_create"}),
    ),
    "p2p_advertiser_info": Call(
        name="p2p_advertiser_info",
        params=(
            Param("id", "id", False, v.Str(pattern="^[0-9]{1,18}\\Z", source="^[0-9]{1,18}$")),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_advertiser_info", 1),),
        decode=_codec.structure_p2p_advertiser_info_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"p2p_advertiser_info"}),
    ),
    "p2p_advertiser_list": Call(
        name="p2p_advertiser_list",
        params=(
            Param("advertiser_name", "advertiser_name", False, v.Str()),
            Param(
                "is_blocked",
                "is_blocked",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param("limit", "limit", False, v.Int()),
            Param("offset", "offset", False, v.Int(minimum=0)),
            Param(
                "sort_by",
                "sort_by",
                False,
                v.OneOf(
                    (
                        "name",
                        "created_time",
                        "last_interaction_time",
                    )
                ),
            ),
            Param(
                "trade_partners",
                "trade_partners",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_advertiser_list", 1),),
        decode=_codec.structure_p2p_advertiser_list_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"p2p_advertiser_list"}),
    ),
    "p2p_advertiser_payment_methods": Call(
        name="p2p_advertiser_payment_methods",
        params=(
            Param(
                "create",
                "create",
                False,
                v.ListOf(
                    v.ModelOf(
                        m.P2pAdvertiserPaymentMethodsRequestCreateItem,
                        _fields_p2p_advertiser_payment_methods_request_create_item,
                        v.Anything(),
                    ),
                    min_items=1,
                    max_items=5,
                ),
                secret=True,
            ),
            Param("delete", "delete", False, v.ListOf(v.Number(), min_items=1, max_items=5)),
            Param(
                "update",
                "update",
                False,
                v.MapOf(
                    v.MapOf(
                        v.Str(
                            pattern="^[\\w\\d\\s'._,:;()@#/+-]{0,300}\\Z",
                            source="^[\\p{L}\\p{Nd}\\s'._,:;()@#/+-]{0,300}$",
                        )
                    )
                ),
                secret=True,
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_advertiser_payment_methods", 1),),
        decode=_codec.structure_p2p_advertiser_payment_methods_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"p2p_advertiser_payment_methods"}),
    ),
    "p2p_advertiser_relations": Call(
        name="p2p_advertiser_relations",
        params=(
            Param(
                "add_blocked",
                "add_blocked",
                False,
                v.ListOf(v.Number(minimum=1, maximum=999999999999999999), min_items=1, max_items=5),
            ),
            Param(
                "add_favourites",
                "add_favourites",
                False,
                v.ListOf(v.Number(minimum=1, maximum=999999999999999999), min_items=1, max_items=5),
            ),
            Param(
                "remove_blocked",
                "remove_blocked",
                False,
                v.ListOf(v.Number(minimum=1, maximum=999999999999999999), min_items=1, max_items=5),
            ),
            Param(
                "remove_favourites",
                "remove_favourites",
                False,
                v.ListOf(v.Number(minimum=1, maximum=999999999999999999), min_items=1, max_items=5),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_advertiser_relations", 1),),
        decode=_codec.structure_p2p_advertiser_relations_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"p2p_advertiser_relations"}),
    ),
    "p2p_advertiser_update": Call(
        name="p2p_advertiser_update",
        params=(
            Param(
                "contact_info",
                "contact_info",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{0,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{0,300}$",
                ),
                secret=True,
            ),
            Param(
                "default_advert_description",
                "default_advert_description",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{0,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{0,300}$",
                ),
                secret=True,
            ),
            Param(
                "is_listed",
                "is_listed",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "payment_info",
                "payment_info",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{0,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{0,300}$",
                ),
                secret=True,
            ),
            Param(
                "schedule",
                "schedule",
                False,
                v.Nullable(
                    v.ListOf(
                        v.ModelOf(
                            m.P2pAdvertiserUpdateRequestScheduleItem,
                            _fields_p2p_advertiser_update_request_schedule_item,
                        ),
                        max_items=50,
                    )
                ),
            ),
            Param(
                "show_name",
                "show_name",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param("upgrade_limits", "upgrade_limits", False, v.OneOf((1,))),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_advertiser_update", 1),),
        decode=_codec.structure_p2p_advertiser_update_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"p2p_advertiser_update"}),
    ),
    "p2p_chat_create": Call(
        name="p2p_chat_create",
        params=(
            Param(
                "order_id",
                "order_id",
                True,
                v.Str(pattern="^[0-9]{1,18}\\Z", source="^[0-9]{1,18}$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_chat_create", 1),),
        decode=_codec.structure_p2p_chat_create_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"p2p_chat_create"}),
    ),
    "p2p_country_list": Call(
        name="p2p_country_list",
        params=(
            Param(
                "country",
                "country",
                False,
                v.Str(pattern="^([a-z]{2})?\\Z", source="^([a-z]{2})?$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_country_list", 1),),
        decode=_codec.structure_p2p_country_list_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"p2p_country_list"}),
    ),
    "p2p_order_cancel": Call(
        name="p2p_order_cancel",
        params=(
            Param("id", "id", True, v.Str(pattern="^[0-9]{1,18}\\Z", source="^[0-9]{1,18}$")),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_order_cancel", 1),),
        decode=_codec.structure_p2p_order_cancel_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"p2p_order_cancel"}),
    ),
    "p2p_order_confirm": Call(
        name="p2p_order_confirm",
        params=(
            Param("id", "id", True, v.Str(pattern="^[0-9]{1,18}\\Z", source="^[0-9]{1,18}$")),
            Param(
                "dry_run",
                "dry_run",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param("verification_code", "verification_code", False, v.Str()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_order_confirm", 1),),
        decode=_codec.structure_p2p_order_confirm_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"p2p_order_confirm"}),
    ),
    "p2p_order_create": Call(
        name="p2p_order_create",
        params=(
            Param(
                "advert_id",
                "advert_id",
                True,
                v.Str(pattern="^[0-9]{1,18}\\Z", source="^[0-9]{1,18}$"),
            ),
            Param("amount", "amount", True, v.Number()),
            Param(
                "contact_info",
                "contact_info",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{1,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$",
                ),
                secret=True,
            ),
            Param(
                "payment_info",
                "payment_info",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{1,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$",
                ),
                secret=True,
            ),
            Param(
                "payment_method_ids", "payment_method_ids", False, v.ListOf(v.Int(), max_items=3)
            ),
            Param("rate", "rate", False, v.Number()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_order_create", 1),),
        decode=_codec.structure_p2p_order_create_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=True,
        idempotent=False,
        msg_types=frozenset({"p2p_order_create"}),
    ),
    "p2p_order_dispute": Call(
        name="p2p_order_dispute",
        params=(
            Param(
                "dispute_reason",
                "dispute_reason",
                True,
                v.OneOf(
                    (
                        "seller_not_released",
                        "buyer_underpaid",
                        "buyer_overpaid",
                        "buyer_not_paid",
                        "buyer_third_party_payment_method",
                    )
                ),
            ),
            Param("id", "id", True, v.Str(pattern="^[0-9]{1,18}\\Z", source="^[0-9]{1,18}$")),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_order_dispute", 1),),
        decode=_codec.structure_p2p_order_dispute_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"p2p_order_dispute"}),
    ),
    "p2p_order_info": Call(
        name="p2p_order_info",
        params=(
            Param("id", "id", True, v.Str(pattern="^[0-9]{1,18}\\Z", source="^[0-9]{1,18}$")),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_order_info", 1),),
        decode=_codec.structure_p2p_order_info_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"p2p_order_info"}),
    ),
    "p2p_order_list": Call(
        name="p2p_order_list",
        params=(
            Param(
                "active",
                "active",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "advert_id",
                "advert_id",
                False,
                v.Str(pattern="^[0-9]{1,18}\\Z", source="^[0-9]{1,18}$"),
            ),
            Param(
                "date_from",
                "date_from",
                False,
                v.Str(
                    pattern="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{10})\\Z",
                    source="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{10})$",
                ),
            ),
            Param(
                "date_to",
                "date_to",
                False,
                v.Str(
                    pattern="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{10})\\Z",
                    source="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{10})$",
                ),
            ),
            Param("limit", "limit", False, v.Int()),
            Param("offset", "offset", False, v.Int(minimum=0)),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_order_list", 1),),
        decode=_codec.structure_p2p_order_list_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"p2p_order_list"}),
    ),
    "p2p_order_review": Call(
        name="p2p_order_review",
        params=(
            Param(
                "order_id",
                "order_id",
                True,
                v.Str(pattern="^[0-9]{1,18}\\Z", source="^[0-9]{1,18}$"),
            ),
            Param("rating", "rating", True, v.Int(minimum=1, maximum=5)),
            Param(
                "recommended",
                "recommended",
                False,
                v.Nullable(
                    v.OneOf(
                        (
                            0,
                            1,
                        )
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_order_review", 1),),
        decode=_codec.structure_p2p_order_review_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"p2p_order_review"}),
    ),
    "p2p_payment_methods": Call(
        name="p2p_payment_methods",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_payment_methods", 1),),
        decode=_codec.structure_p2p_payment_methods_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"p2p_payment_methods"}),
    ),
    "p2p_ping": Call(
        name="p2p_ping",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_ping", 1),),
        decode=_codec.structure_p2p_ping_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"p2p_ping"}),
    ),
    "p2p_settings": Call(
        name="p2p_settings",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_settings", 1),),
        decode=_codec.structure_p2p_settings_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"p2p_settings"}),
    ),
    "partner_account_creation": Call(
        name="partner_account_creation",
        params=(
            Param(
                "salutation",
                "salutation",
                True,
                v.OneOf(
                    (
                        "Mr",
                        "Ms",
                        "Miss",
                        "Mrs",
                    )
                ),
            ),
            Param(
                "address_city",
                "address_city",
                False,
                v.Str(
                    pattern="^[^\\W\\d_][\\w\\s'.-]{0,99}\\Z", source="^\\p{L}[\\p{L}\\s'.-]{0,99}$"
                ),
            ),
            Param(
                "address_line_1",
                "address_line_1",
                False,
                v.Str(
                    pattern="^[\\w\\d'.,:;()\\u00b0@#/-][\\w\\d\\s'\u2019.,:;()\\u00b0@#/-]{0,69}\\Z",
                    source="^[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'\u2019.,:;()\\x{b0}@#/-]{0,69}$",
                ),
            ),
            Param(
                "address_line_2",
                "address_line_2",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'\u2019.,:;()\\u00b0@#/-]{0,70}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'\u2019.,:;()\\x{b0}@#/-]{0,70}$",
                ),
            ),
            Param(
                "address_postcode",
                "address_postcode",
                False,
                v.Str(
                    pattern="^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?\\Z",
                    source="^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?$",
                ),
            ),
            Param(
                "address_state",
                "address_state",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,-]{0,100}\\Z", source="^[\\p{L}\\p{Nd}\\s'.,-]{0,100}$"
                ),
            ),
            Param(
                "calling_country_code",
                "calling_country_code",
                False,
                v.Nullable(v.Str(pattern="^[0-9]{1,4}\\Z", source="^\\d{1,4}$")),
                secret=True,
            ),
            Param(
                "citizen",
                "citizen",
                False,
                v.Nullable(v.Str(pattern="^([a-z]{2})?\\Z", source="^([a-z]{2})?$")),
            ),
            Param(
                "company_name",
                "company_name",
                False,
                v.Str(
                    pattern="^(?![^\\n\\r\\u2028\\u2029]*\\s{2,})[\\w0-9\\s'.-]{2,50}\\Z",
                    source="^(?!.*\\s{2,})[\\p{L}0-9\\s'.-]{2,50}$",
                ),
                secret=True,
            ),
            Param(
                "company_registration_no",
                "company_registration_no",
                False,
                v.Str(
                    pattern="^(?!^\\Z|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}\\Z",
                    source="^(?!^$|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}$",
                ),
            ),
            Param(
                "currency",
                "currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "date_of_birth",
                "date_of_birth",
                False,
                v.Str(
                    pattern="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\\Z",
                    source="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$",
                ),
            ),
            Param(
                "email",
                "email",
                False,
                v.Str(
                    pattern="^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}\\Z",
                    source="^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}$",
                ),
            ),
            Param(
                "fatca_declaration",
                "fatca_declaration",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "first_name",
                "first_name",
                False,
                v.Str(
                    pattern="^(?![^\\n\\r\\u2028\\u2029]*\\s{2,})[\\w\\s'.-]{1,50}\\Z",
                    source="^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$",
                ),
                secret=True,
            ),
            Param(
                "landing_company_short",
                "landing_company_short",
                False,
                v.OneOf(
                    (
                        "maltainvest",
                        "svg",
                    )
                ),
            ),
            Param(
                "last_name",
                "last_name",
                False,
                v.Str(
                    pattern="^(?![^\\n\\r\\u2028\\u2029]*\\s{2,})[\\w\\s'.-]{1,50}\\Z",
                    source="^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$",
                ),
                secret=True,
            ),
            Param("non_pep_declaration", "non_pep_declaration", False, v.Int(minimum=0, maximum=1)),
            Param(
                "partner_type",
                "partner_type",
                False,
                v.OneOf(
                    (
                        "individual",
                        "company",
                    )
                ),
            ),
            Param(
                "phone",
                "phone",
                False,
                v.Str(pattern="^[0-9]{6,15}\\Z", source="^\\d{6,15}$"),
                secret=True,
            ),
            Param(
                "provider",
                "provider",
                False,
                v.OneOf(
                    (
                        "myaffiliate",
                        "dynamicworks",
                    )
                ),
            ),
            Param(
                "residence", "residence", False, v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$")
            ),
            Param(
                "tnc_acceptance",
                "tnc_acceptance",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param("website", "website", False, v.Str()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("partner_account_creation", 1),),
        decode=_codec.structure_partner_account_creation_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"partner_account_creation"}),
    ),
    "partner_account_creation_status": Call(
        name="partner_account_creation_status",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("partner_account_creation_status", 1),),
        decode=_codec.structure_partner_account_creation_status_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"partner_account_creation_status"}),
    ),
    "partner_accounts": Call(
        name="partner_accounts",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("partner_accounts", 1),),
        decode=_codec.structure_partner_accounts_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"partner_accounts"}),
    ),
    "partner_settings": Call(
        name="partner_settings",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("partner_settings", 1),),
        decode=_codec.structure_partner_settings_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"partner_settings"}),
    ),
    "partner_settings_update": Call(
        name="partner_settings_update",
        params=(
            Param(
                "provider",
                "provider",
                True,
                v.OneOf(
                    (
                        "myaffiliate",
                        "dynamicworks",
                    )
                ),
            ),
            Param(
                "company_name",
                "company_name",
                False,
                v.Str(
                    pattern="^(?![^\\n\\r\\u2028\\u2029]*\\s{2,})[\\w\\s'.-]{2,50}\\Z",
                    source="^(?!.*\\s{2,})[\\p{L}\\s'.-]{2,50}$",
                ),
                secret=True,
            ),
            Param(
                "company_registration_no",
                "company_registration_no",
                False,
                v.Str(
                    pattern="^(?!^\\Z|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}\\Z",
                    source="^(?!^$|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}$",
                ),
            ),
            Param(
                "partner_type",
                "partner_type",
                False,
                v.OneOf(
                    (
                        "individual",
                        "company",
                    )
                ),
            ),
            Param(
                "website",
                "website",
                False,
                v.Str(pattern="^[A-Za-z0-9__@./:#&+-]*\\Z", source="^[\\w_@./:#&+-]*$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("partner_settings_update", 1),),
        decode=_codec.structure_partner_settings_update_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"partner_settings_update"}),
    ),
    "payment_methods": Call(
        name="payment_methods",
        params=(
            Param(
                "country", "country", False, v.Str(pattern="^[a-z]{0,2}\\Z", source="^[a-z]{0,2}$")
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("payment_methods", 1),),
        decode=_codec.structure_payment_methods_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"payment_methods"}),
    ),
    "paymentagent_create": Call(
        name="paymentagent_create",
        params=(
            Param("commission_deposit", "commission_deposit", True, v.Number(minimum=0, maximum=9)),
            Param(
                "commission_withdrawal",
                "commission_withdrawal",
                True,
                v.Number(minimum=0, maximum=9),
            ),
            Param(
                "email",
                "email",
                True,
                v.Str(
                    pattern="^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{1,255}\\Z",
                    source="^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{1,255}$",
                ),
            ),
            Param(
                "information",
                "information",
                True,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{1,500}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,500}$",
                ),
            ),
            Param(
                "payment_agent_name",
                "payment_agent_name",
                True,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{1,100}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,100}$",
                ),
            ),
            Param(
                "supported_payment_methods",
                "supported_payment_methods",
                True,
                v.ListOf(
                    v.ModelOf(
                        m.PaymentagentCreateRequestSupportedPaymentMethodsItem,
                        _fields_paymentagent_create_request_supported_payment_methods_item,
                    )
                ),
            ),
            Param(
                "urls",
                "urls",
                True,
                v.ListOf(
                    v.ModelOf(
                        m.PaymentagentCreateRequestUrlsItem,
                        _fields_paymentagent_create_request_urls_item,
                    )
                ),
            ),
            Param(
                "affiliate_id",
                "affiliate_id",
                False,
                v.Str(pattern="^[A-Za-z0-9_]{0,32}\\Z", source="^[\\w]{0,32}$"),
            ),
            Param(
                "phone_numbers",
                "phone_numbers",
                False,
                v.ListOf(
                    v.ModelOf(
                        m.PaymentagentCreateRequestPhoneNumbersItem,
                        _fields_paymentagent_create_request_phone_numbers_item,
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(
            ("paymentagent_create", 1),
            ("code_of_conduct_approval", 1),
        ),
        decode=_codec.structure_paymentagent_create_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"paymentagent_create"}),
    ),
    "paymentagent_details": Call(
        name="paymentagent_details",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("paymentagent_details", 1),),
        decode=_codec.structure_paymentagent_details_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"paymentagent_details"}),
    ),
    "paymentagent_list": Call(
        name="paymentagent_list",
        params=(
            Param(
                "paymentagent_list",
                "paymentagent_list",
                True,
                v.Str(pattern="^[A-Za-z0-9_][A-Za-z0-9_]\\Z", source="^\\w\\w$"),
            ),
            Param(
                "currency",
                "currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_paymentagent_list_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"paymentagent_list"}),
    ),
    "paymentagent_transfer": Call(
        name="paymentagent_transfer",
        params=(
            Param("amount", "amount", True, v.Number()),
            Param(
                "currency",
                "currency",
                True,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "transfer_to",
                "transfer_to",
                True,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param(
                "description",
                "description",
                False,
                v.Str(pattern="^[0-9A-Za-z .,'-]{0,250}\\Z", source="^[0-9A-Za-z .,'-]{0,250}$"),
            ),
            Param(
                "dry_run",
                "dry_run",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("paymentagent_transfer", 1),),
        decode=_codec.structure_paymentagent_transfer_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"paymentagent_transfer"}),
    ),
    "paymentagent_withdraw": Call(
        name="paymentagent_withdraw",
        params=(
            Param("amount", "amount", True, v.Number()),
            Param(
                "currency",
                "currency",
                True,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "paymentagent_loginid",
                "paymentagent_loginid",
                True,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param(
                "verification_code",
                "verification_code",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{8,128}\\Z", source="^\\w{8,128}$"),
                secret=True,
            ),
            Param(
                "description",
                "description",
                False,
                v.Str(pattern="^[0-9A-Za-z .,'-]{0,250}\\Z", source="^[0-9A-Za-z .,'-]{0,250}$"),
            ),
            Param(
                "dry_run",
                "dry_run",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("paymentagent_withdraw", 1),),
        decode=_codec.structure_paymentagent_withdraw_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"paymentagent_withdraw"}),
    ),
    "paymentagent_withdraw_justification": Call(
        name="paymentagent_withdraw_justification",
        params=(
            Param("message", "message", False, v.Str(min_length=1, max_length=500)),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("paymentagent_withdraw_justification", 1),),
        decode=_codec.structure_paymentagent_withdraw_justification_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"paymentagent_withdraw_justification"}),
    ),
    "payout_currencies": Call(
        name="payout_currencies",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("payout_currencies", 1),),
        decode=_codec.structure_payout_currencies_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"payout_currencies"}),
    ),
    "ping": Call(
        name="ping",
        params=(Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),),
        fixed=(("ping", 1),),
        decode=_codec.structure_ping_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"ping"}),
    ),
    "portfolio": Call(
        name="portfolio",
        params=(
            Param(
                "contract_type",
                "contract_type",
                False,
                v.ListOf(
                    v.OneOf(
                        (
                            "ACCU",
                            "ASIAND",
                            "ASIANU",
                            "CALL",
                            "CALLE",
                            "CALLSPREAD",
                            "DIGITDIFF",
                            "DIGITEVEN",
                            "DIGITMATCH",
                            "DIGITODD",
                            "DIGITOVER",
                            "DIGITUNDER",
                            "EXPIRYMISSE",
                            "EXPIRYMISS",
                            "EXPIRYRANGE",
                            "EXPIRYRANGEE",
                            "LBFLOATCALL",
                            "LBFLOATPUT",
                            "LBHIGHLOW",
                            "MULTDOWN",
                            "MULTUP",
                            "NOTOUCH",
                            "ONETOUCH",
                            "PUT",
                            "PUTE",
                            "PUTSPREAD",
                            "RANGE",
                            "RESETCALL",
                            "RESETPUT",
                            "RUNHIGH",
                            "RUNLOW",
                            "TICKHIGH",
                            "TICKLOW",
                            "UPORDOWN",
                            "VANILLALONGCALL",
                            "VANILLALONGPUT",
                            "TURBOSLONG",
                            "TURBOSSHORT",
                        )
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("portfolio", 1),),
        decode=_codec.structure_portfolio_response,
        auth=True,
        scopes=frozenset({"read", "trading_information"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"portfolio"}),
    ),
    "profit_table": Call(
        name="profit_table",
        params=(
            Param(
                "contract_type",
                "contract_type",
                False,
                v.ListOf(
                    v.OneOf(
                        (
                            "ACCU",
                            "ASIAND",
                            "ASIANU",
                            "CALL",
                            "CALLE",
                            "CALLSPREAD",
                            "DIGITDIFF",
                            "DIGITEVEN",
                            "DIGITMATCH",
                            "DIGITODD",
                            "DIGITOVER",
                            "DIGITUNDER",
                            "EXPIRYMISSE",
                            "EXPIRYMISS",
                            "EXPIRYRANGE",
                            "EXPIRYRANGEE",
                            "LBFLOATCALL",
                            "LBFLOATPUT",
                            "LBHIGHLOW",
                            "MULTDOWN",
                            "MULTUP",
                            "NOTOUCH",
                            "ONETOUCH",
                            "PUT",
                            "PUTE",
                            "PUTSPREAD",
                            "RANGE",
                            "RESETCALL",
                            "RESETPUT",
                            "RUNHIGH",
                            "RUNLOW",
                            "TICKHIGH",
                            "TICKLOW",
                            "UPORDOWN",
                            "VANILLALONGCALL",
                            "VANILLALONGPUT",
                            "TURBOSLONG",
                            "TURBOSSHORT",
                        )
                    )
                ),
            ),
            Param(
                "date_from",
                "date_from",
                False,
                v.Str(
                    pattern="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{1,10})\\Z",
                    source="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{1,10})$",
                ),
            ),
            Param(
                "date_to",
                "date_to",
                False,
                v.Str(
                    pattern="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{1,10})\\Z",
                    source="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{1,10})$",
                ),
            ),
            Param(
                "description",
                "description",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param("limit", "limit", False, v.Number(minimum=0, maximum=500)),
            Param("offset", "offset", False, v.Int(minimum=0)),
            Param(
                "sort",
                "sort",
                False,
                v.OneOf(
                    (
                        "ASC",
                        "DESC",
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("profit_table", 1),),
        decode=_codec.structure_profit_table_response,
        auth=True,
        scopes=frozenset({"read", "trading_information"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"profit_table"}),
    ),
    "proposal": Call(
        name="proposal",
        params=(
            Param(
                "contract_type",
                "contract_type",
                True,
                v.OneOf(
                    (
                        "MULTUP",
                        "MULTDOWN",
                        "UPORDOWN",
                        "EXPIRYRANGE",
                        "ONETOUCH",
                        "CALLE",
                        "LBHIGHLOW",
                        "ASIAND",
                        "EXPIRYRANGEE",
                        "DIGITDIFF",
                        "DIGITMATCH",
                        "DIGITOVER",
                        "PUTE",
                        "DIGITUNDER",
                        "NOTOUCH",
                        "CALL",
                        "RANGE",
                        "LBFLOATPUT",
                        "DIGITODD",
                        "PUT",
                        "ASIANU",
                        "LBFLOATCALL",
                        "EXPIRYMISSE",
                        "EXPIRYMISS",
                        "DIGITEVEN",
                        "TICKHIGH",
                        "TICKLOW",
                        "RESETCALL",
                        "RESETPUT",
                        "SNOWDOWN",
                        "SNOWUP",
                        "CALLSPREAD",
                        "PUTSPREAD",
                        "RUNHIGH",
                        "RUNLOW",
                        "ACCU",
                        "VANILLALONGCALL",
                        "VANILLALONGPUT",
                        "TURBOSLONG",
                        "TURBOSSHORT",
                    )
                ),
            ),
            Param(
                "currency",
                "currency",
                True,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "symbol",
                "symbol",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$"),
            ),
            Param("amount", "amount", False, v.Number(minimum=0)),
            Param(
                "barrier",
                "barrier",
                False,
                v.Str(
                    pattern="^(?=[^\\n\\r\\u2028\\u2029]{1,20}\\Z)[+-]?[0-9]+\\.?[0-9]*\\Z",
                    source="^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$",
                ),
            ),
            Param(
                "barrier2",
                "barrier2",
                False,
                v.Str(
                    pattern="^(?=[^\\n\\r\\u2028\\u2029]{1,20}\\Z)[+-]?[0-9]+\\.?[0-9]*\\Z",
                    source="^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$",
                ),
            ),
            Param(
                "barrier_range",
                "barrier_range",
                False,
                v.OneOf(
                    (
                        "tight",
                        "middle",
                        "wide",
                    )
                ),
            ),
            Param(
                "basis",
                "basis",
                False,
                v.OneOf(
                    (
                        "payout",
                        "stake",
                    )
                ),
            ),
            Param(
                "cancellation",
                "cancellation",
                False,
                v.Str(pattern="^[A-Za-z0-9_]+\\Z", source="^\\w+$"),
            ),
            Param("date_expiry", "date_expiry", False, v.Int(minimum=0, maximum=9999999999)),
            Param("date_start", "date_start", False, v.Int(minimum=0, maximum=9999999999)),
            Param("duration", "duration", False, v.Int(minimum=0, maximum=99999999)),
            Param(
                "duration_unit",
                "duration_unit",
                False,
                v.OneOf(
                    (
                        "d",
                        "m",
                        "s",
                        "h",
                        "t",
                    )
                ),
            ),
            Param("growth_rate", "growth_rate", False, v.Number()),
            Param(
                "limit_order",
                "limit_order",
                False,
                v.ModelOf(m.ProposalRequestLimitOrder, _fields_proposal_request_limit_order),
            ),
            Param("multiplier", "multiplier", False, v.Number(minimum=0)),
            Param("payout_per_point", "payout_per_point", False, v.Number()),
            Param("product_type", "product_type", False, v.OneOf(("basic",))),
            Param("selected_tick", "selected_tick", False, v.Int()),
            Param(
                "trade_risk_profile",
                "trade_risk_profile",
                False,
                v.OneOf(
                    (
                        "low",
                        "medium",
                        "high",
                    )
                ),
            ),
            Param("trading_period_start", "trading_period_start", False, v.Int()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("proposal", 1),),
        decode=_codec.structure_proposal_response,
        auth=False,
        scopes=frozenset(),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"proposal"}),
    ),
    "proposal_open_contract": Call(
        name="proposal_open_contract",
        params=(
            Param("contract_id", "contract_id", False, v.Int()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("proposal_open_contract", 1),),
        decode=_codec.structure_proposal_open_contract_response,
        auth=True,
        scopes=frozenset({"read", "trading_information"}),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"proposal_open_contract"}),
    ),
    "reality_check": Call(
        name="reality_check",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("reality_check", 1),),
        decode=_codec.structure_reality_check_response,
        auth=True,
        scopes=frozenset({"read", "trading_information"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"reality_check"}),
    ),
    "residence_list": Call(
        name="residence_list",
        params=(
            Param(
                "query",
                "query",
                False,
                v.ListOf(
                    v.OneOf(
                        (
                            "account_opening_self_declaration_required",
                            "common_reporting_standard",
                            "disabled",
                            "identity",
                            "jurisdiction_risk_assessment",
                            "phone_idd",
                            "selected",
                            "text",
                            "tin_format",
                            "value",
                            "wallet_signup",
                        )
                    )
                ),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("residence_list", 1),),
        decode=_codec.structure_residence_list_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"residence_list"}),
    ),
    "revoke_oauth_app": Call(
        name="revoke_oauth_app",
        params=(
            Param("revoke_oauth_app", "revoke_oauth_app", True, v.Int()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_revoke_oauth_app_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"revoke_oauth_app"}),
    ),
    "sell": Call(
        name="sell",
        params=(
            Param("sell", "sell", True, v.Int()),
            Param("price", "price", True, v.Number()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_sell_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"sell"}),
    ),
    "sell_contract_for_multiple_accounts": Call(
        name="sell_contract_for_multiple_accounts",
        params=(
            Param("price", "price", True, v.Number()),
            Param(
                "shortcode",
                "shortcode",
                True,
                v.Str(pattern="^([A-Za-z0-9_.-]+)\\Z", source="^([A-Za-z0-9_.-]+)$"),
            ),
            Param(
                "tokens",
                "tokens",
                True,
                v.ListOf(v.Str(pattern="^([a-zA-Z0-9-]+)\\Z", source="^([a-zA-Z0-9-]+)$")),
                secret=True,
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("sell_contract_for_multiple_accounts", 1),),
        decode=_codec.structure_sell_contract_for_multiple_accounts_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"sell_contract_for_multiple_accounts"}),
    ),
    "sell_expired": Call(
        name="sell_expired",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("sell_expired", 1),),
        decode=_codec.structure_sell_expired_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"sell_expired"}),
    ),
    "set_account_currency": Call(
        name="set_account_currency",
        params=(
            Param(
                "set_account_currency",
                "set_account_currency",
                True,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_set_account_currency_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"set_account_currency"}),
    ),
    "set_financial_assessment": Call(
        name="set_financial_assessment",
        params=(
            Param("financial_information", "financial_information", False, v.MapOf(v.Str())),
            Param("financial_information_version", "financial_information_version", False, v.Str()),
            Param("trading_experience", "trading_experience", False, v.MapOf(v.Str())),
            Param(
                "trading_experience_regulated",
                "trading_experience_regulated",
                False,
                v.MapOf(v.Str()),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("set_financial_assessment", 1),),
        decode=_codec.structure_set_financial_assessment_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"set_financial_assessment"}),
    ),
    "set_self_exclusion": Call(
        name="set_self_exclusion",
        params=(
            Param(
                "exclude_until",
                "exclude_until",
                False,
                v.Nullable(
                    v.Str(
                        pattern="^[0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])\\Z",
                        source="^[0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])$",
                    )
                ),
            ),
            Param("max_30day_deposit", "max_30day_deposit", False, v.Nullable(v.Number())),
            Param("max_30day_losses", "max_30day_losses", False, v.Nullable(v.Number())),
            Param("max_30day_turnover", "max_30day_turnover", False, v.Nullable(v.Number())),
            Param("max_7day_deposit", "max_7day_deposit", False, v.Nullable(v.Number())),
            Param("max_7day_losses", "max_7day_losses", False, v.Nullable(v.Number())),
            Param("max_7day_turnover", "max_7day_turnover", False, v.Nullable(v.Number())),
            Param("max_balance", "max_balance", False, v.Nullable(v.Number())),
            Param("max_deposit", "max_deposit", False, v.Nullable(v.Number())),
            Param("max_losses", "max_losses", False, v.Nullable(v.Number())),
            Param("max_open_bets", "max_open_bets", False, v.Nullable(v.Int(minimum=0))),
            Param("max_turnover", "max_turnover", False, v.Nullable(v.Number())),
            Param(
                "session_duration_limit",
                "session_duration_limit",
                False,
                v.Nullable(v.Int(minimum=0, maximum=99999)),
            ),
            Param(
                "timeout_until",
                "timeout_until",
                False,
                v.Nullable(v.Int(minimum=0, maximum=9999999999)),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("set_self_exclusion", 1),),
        decode=_codec.structure_set_self_exclusion_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"set_self_exclusion"}),
    ),
    "set_settings": Call(
        name="set_settings",
        params=(
            Param(
                "account_opening_reason",
                "account_opening_reason",
                False,
                v.OneOf(
                    (
                        "Speculative",
                        "Income Earning",
                        "Hedging",
                        "Peer-to-peer exchange",
                        "Additional revenue",
                        "Savings",
                    )
                ),
            ),
            Param(
                "address_city",
                "address_city",
                False,
                v.Str(pattern="^[\\w\\s'.-]{1,35}\\Z", source="^[\\p{L}\\s'.-]{1,35}$"),
            ),
            Param(
                "address_line_1",
                "address_line_1",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'\u2019.,:;()\\u00b0@#/-]{1,70}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'\u2019.,:;()\\x{b0}@#/-]{1,70}$",
                ),
            ),
            Param(
                "address_line_2",
                "address_line_2",
                False,
                v.Nullable(
                    v.Str(
                        pattern="^[\\w\\d\\s'\u2019.,:;()\\u00b0@#/-]{0,70}\\Z",
                        source="^[\\p{L}\\p{Nd}\\s'\u2019.,:;()\\x{b0}@#/-]{0,70}$",
                    )
                ),
            ),
            Param(
                "address_postcode",
                "address_postcode",
                False,
                v.Str(
                    pattern="^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?\\Z",
                    source="^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?$",
                ),
            ),
            Param(
                "address_state",
                "address_state",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,-;]{0,100}\\Z", source="^[\\p{L}\\p{Nd}\\s'.,-;]{0,100}$"
                ),
            ),
            Param(
                "allow_copiers",
                "allow_copiers",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "calling_country_code",
                "calling_country_code",
                False,
                v.Nullable(v.Str(pattern="^[0-9]{1,4}\\Z", source="^\\d{1,4}$")),
                secret=True,
            ),
            Param(
                "citizen",
                "citizen",
                False,
                v.Nullable(v.Str(pattern="^([a-z]{2})?\\Z", source="^([a-z]{2})?$")),
            ),
            Param(
                "date_of_birth",
                "date_of_birth",
                False,
                v.Str(
                    pattern="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\\Z",
                    source="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$",
                ),
            ),
            Param(
                "dxtrade_user_exception",
                "dxtrade_user_exception",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "email_consent",
                "email_consent",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param("employment_status", "employment_status", False, v.Str()),
            Param(
                "feature_flag",
                "feature_flag",
                False,
                v.ModelOf(
                    m.SetSettingsRequestFeatureFlag, _fields_set_settings_request_feature_flag
                ),
            ),
            Param("financial_information_version", "financial_information_version", False, v.Str()),
            Param(
                "first_name",
                "first_name",
                False,
                v.Str(
                    pattern="^(?![^\\n\\r\\u2028\\u2029]*\\s{2,})[\\w\\s'.-]{1,50}\\Z",
                    source="^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$",
                ),
                secret=True,
            ),
            Param(
                "last_name",
                "last_name",
                False,
                v.Str(
                    pattern="^(?![^\\n\\r\\u2028\\u2029]*\\s{2,})[\\w\\s'.-]{1,50}\\Z",
                    source="^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$",
                ),
                secret=True,
            ),
            Param("non_pep_declaration", "non_pep_declaration", False, v.OneOf((1,))),
            Param("phone", "phone", False, v.Nullable(v.Str()), secret=True),
            Param(
                "place_of_birth",
                "place_of_birth",
                False,
                v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$"),
            ),
            Param(
                "preferred_language",
                "preferred_language",
                False,
                v.Nullable(
                    v.Str(
                        pattern="^[A-Z]{0,2}\\Z|^[A-Z]{2}_[A-Z]{2}\\Z",
                        source="^[A-Z]{0,2}$|^[A-Z]{2}_[A-Z]{2}$",
                    )
                ),
            ),
            Param(
                "request_professional_status", "request_professional_status", False, v.OneOf((1,))
            ),
            Param(
                "residence",
                "residence",
                False,
                v.Nullable(v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$")),
            ),
            Param(
                "salutation",
                "salutation",
                False,
                v.OneOf(
                    (
                        "Mr",
                        "Ms",
                        "Miss",
                        "Mrs",
                    )
                ),
            ),
            Param(
                "secret_answer",
                "secret_answer",
                False,
                v.Str(
                    pattern="^[A-Za-z0-9_\\-\\,\\.\\' ]+",
                    min_length=4,
                    max_length=50,
                    source="^[\\w\\-\\,\\.\\' ]+",
                ),
                secret=True,
            ),
            Param(
                "secret_question",
                "secret_question",
                False,
                v.OneOf(
                    (
                        "Mother's maiden name",
                        "Name of your pet",
                        "Name of first love",
                        "Memorable town/city",
                        "Memorable date",
                        "Favourite dish",
                        "Brand of first car",
                        "Favourite artist",
                    )
                ),
                secret=True,
            ),
            Param(
                "tax_identification_number",
                "tax_identification_number",
                False,
                v.Str(
                    pattern="^[A-Za-z0-9.\\/\\s-]{0,25}\\Z", source="^[A-Za-z0-9.\\/\\s-]{0,25}$"
                ),
            ),
            Param(
                "tax_residence",
                "tax_residence",
                False,
                v.Str(pattern="^[a-z]{0,2}(?:,[a-z]{2})*\\Z", source="^[a-z]{0,2}(?:,[a-z]{2})*$"),
            ),
            Param(
                "tin_skipped",
                "tin_skipped",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "trading_hub",
                "trading_hub",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("set_settings", 1),),
        decode=_codec.structure_set_settings_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"set_settings"}),
    ),
    "statement": Call(
        name="statement",
        params=(
            Param(
                "action_type",
                "action_type",
                False,
                v.OneOf(
                    (
                        "buy",
                        "sell",
                        "deposit",
                        "withdrawal",
                        "escrow",
                        "adjustment",
                        "virtual_credit",
                        "transfer",
                    )
                ),
            ),
            Param("date_from", "date_from", False, v.Int(minimum=0, maximum=9999999999)),
            Param("date_to", "date_to", False, v.Int(minimum=0, maximum=9999999999)),
            Param(
                "description",
                "description",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param("limit", "limit", False, v.Number(minimum=0, maximum=999)),
            Param("offset", "offset", False, v.Int(minimum=0)),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("statement", 1),),
        decode=_codec.structure_statement_response,
        auth=True,
        scopes=frozenset({"read", "trading_information"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"statement"}),
    ),
    "states_list": Call(
        name="states_list",
        params=(
            Param(
                "states_list",
                "states_list",
                True,
                v.Str(pattern="^[A-Za-z0-9_][A-Za-z0-9_]\\Z", source="^\\w\\w$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_states_list_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"states_list"}),
    ),
    "ticks": Call(
        name="ticks",
        params=(
            Param(
                "ticks",
                "ticks",
                True,
                v.AnyOf(
                    v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$"),
                    v.ListOf(v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$")),
                ),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_ticks_response,
        auth=False,
        scopes=frozenset(),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"tick"}),
    ),
    "ticks_batch": Call(
        name="ticks_batch",
        params=(
            Param(
                "market",
                "market",
                True,
                v.OneOf(
                    (
                        "forex",
                        "indices",
                        "commodities",
                        "stocks",
                        "cryptocurrency",
                        "synthetic_index",
                    )
                ),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("ticks_batch", 1),),
        decode=_codec.structure_ticks_batch_response,
        auth=False,
        scopes=frozenset(),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"ticks_batch"}),
    ),
    "ticks_history": Call(
        name="ticks_history",
        params=(
            Param(
                "ticks_history",
                "ticks_history",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$"),
            ),
            Param(
                "end",
                "end",
                True,
                v.Str(pattern="^(latest|[0-9]{1,10})\\Z", source="^(latest|[0-9]{1,10})$"),
            ),
            Param("adjust_start_time", "adjust_start_time", False, v.OneOf((1,))),
            Param("count", "count", False, v.Int()),
            Param(
                "granularity",
                "granularity",
                False,
                v.OneOf(
                    (
                        60,
                        120,
                        180,
                        300,
                        600,
                        900,
                        1800,
                        3600,
                        7200,
                        14400,
                        28800,
                        86400,
                    )
                ),
            ),
            Param("start", "start", False, v.Int(minimum=0, maximum=9999999999)),
            Param(
                "style",
                "style",
                False,
                v.OneOf(
                    (
                        "candles",
                        "ticks",
                    )
                ),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_ticks_history_response,
        auth=False,
        scopes=frozenset(),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"history", "tick", "candles", "ohlc"}),
        follow_ups=("ticks",),
    ),
    "time": Call(
        name="time",
        params=(Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),),
        fixed=(("time", 1),),
        decode=_codec.structure_time_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"time"}),
    ),
    "tin_validations": Call(
        name="tin_validations",
        params=(
            Param("tax_residence", "tax_residence", True, v.Str()),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("tin_validations", 1),),
        decode=_codec.structure_tin_validations_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"tin_validations"}),
    ),
    "tnc_approval": Call(
        name="tnc_approval",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("tnc_approval", 1),),
        decode=_codec.structure_tnc_approval_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"tnc_approval"}),
    ),
    "topup_virtual": Call(
        name="topup_virtual",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("topup_virtual", 1),),
        decode=_codec.structure_topup_virtual_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"topup_virtual"}),
    ),
    "trading_durations": Call(
        name="trading_durations",
        params=(
            Param(
                "landing_company",
                "landing_company",
                False,
                v.OneOf(
                    (
                        "iom",
                        "malta",
                        "maltainvest",
                        "svg",
                        "virtual",
                        "vanuatu",
                    )
                ),
            ),
            Param(
                "landing_company_short",
                "landing_company_short",
                False,
                v.OneOf(
                    (
                        "iom",
                        "malta",
                        "maltainvest",
                        "svg",
                        "virtual",
                        "vanuatu",
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("trading_durations", 1),),
        decode=_codec.structure_trading_durations_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"trading_durations"}),
    ),
    "trading_platform_investor_password_reset": Call(
        name="trading_platform_investor_password_reset",
        params=(
            Param("account_id", "account_id", True, v.Str()),
            Param(
                "new_password",
                "new_password",
                True,
                v.Str(
                    pattern="^(?=[^\\n\\r\\u2028\\u2029]*[a-z])(?=[^\\n\\r\\u2028\\u2029]*[0-9])(?=[^\\n\\r\\u2028\\u2029]*[A-Z])(?=[^\\n\\r\\u2028\\u2029]*[!@#$%^&*()+\\-=\\[\\]{};':\"|,\\.<>\\?_~])[ -~]{8,16}\\Z",
                    source="^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])(?=.*[!@#$%^&*()+\\-=\\[\\]{};':\"|,\\.<>\\?_~])[ -~]{8,16}$",
                ),
                secret=True,
            ),
            Param(
                "verification_code",
                "verification_code",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{8,128}\\Z", source="^\\w{8,128}$"),
                secret=True,
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(
            ("trading_platform_investor_password_reset", 1),
            ("platform", "mt5"),
        ),
        decode=_codec.structure_trading_platform_investor_password_reset_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"trading_platform_investor_password_reset"}),
    ),
    "trading_platform_password_reset": Call(
        name="trading_platform_password_reset",
        params=(
            Param("new_password", "new_password", True, v.Str(), secret=True),
            Param(
                "platform",
                "platform",
                True,
                v.OneOf(
                    (
                        "dxtrade",
                        "mt5",
                    )
                ),
            ),
            Param(
                "verification_code",
                "verification_code",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{8,128}\\Z", source="^\\w{8,128}$"),
                secret=True,
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("trading_platform_password_reset", 1),),
        decode=_codec.structure_trading_platform_password_reset_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"trading_platform_password_reset"}),
    ),
    "trading_platform_status": Call(
        name="trading_platform_status",
        params=(Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),),
        fixed=(("trading_platform_status", 1),),
        decode=_codec.structure_trading_platform_status_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"trading_platform_status"}),
    ),
    "trading_servers": Call(
        name="trading_servers",
        params=(
            Param(
                "account_type",
                "account_type",
                False,
                v.OneOf(
                    (
                        "demo",
                        "real",
                    )
                ),
            ),
            Param(
                "environment",
                "environment",
                False,
                v.OneOf(
                    (
                        "all",
                        "Deriv-Demo",
                        "Deriv-Server",
                        "Deriv-Server-02",
                        "Deriv-Server-03",
                    )
                ),
            ),
            Param(
                "market_type",
                "market_type",
                False,
                v.OneOf(
                    (
                        "all",
                        "financial",
                        "synthetic",
                    )
                ),
            ),
            Param(
                "platform",
                "platform",
                False,
                v.OneOf(
                    (
                        "mt5",
                        "dxtrade",
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("trading_servers", 1),),
        decode=_codec.structure_trading_servers_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"trading_servers"}),
    ),
    "trading_times": Call(
        name="trading_times",
        params=(
            Param(
                "trading_times",
                "trading_times",
                True,
                v.Str(
                    pattern="^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|today)\\Z",
                    source="^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|today)$",
                ),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_trading_times_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"trading_times"}),
    ),
    "transaction": Call(
        name="transaction",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("transaction", 1),),
        decode=_codec.structure_transaction_response,
        auth=True,
        scopes=frozenset({"read", "trading_information"}),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"transaction"}),
    ),
    "transfer_between_accounts": Call(
        name="transfer_between_accounts",
        params=(
            Param(
                "account_from", "account_from", False, v.Str(pattern="[A-Za-z0-9_]+", source="\\w+")
            ),
            Param("account_to", "account_to", False, v.Str(pattern="[A-Za-z0-9_]+", source="\\w+")),
            Param(
                "accounts",
                "accounts",
                False,
                v.OneOf(
                    (
                        "all",
                        "brief",
                    )
                ),
            ),
            Param("amount", "amount", False, v.Number(minimum=0)),
            Param(
                "currency",
                "currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("transfer_between_accounts", 1),),
        decode=_codec.structure_transfer_between_accounts_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"transfer_between_accounts"}),
    ),
    "unsubscribe_email": Call(
        name="unsubscribe_email",
        params=(
            Param("binary_user_id", "binary_user_id", True, v.Number()),
            Param("checksum", "checksum", True, v.Str()),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("unsubscribe_email", 1),),
        decode=_codec.structure_unsubscribe_email_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"unsubscribe_email"}),
    ),
    "verify_email": Call(
        name="verify_email",
        params=(
            Param(
                "verify_email",
                "verify_email",
                True,
                v.Str(
                    pattern="^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}\\Z",
                    source="^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}$",
                ),
            ),
            Param(
                "type",
                "type",
                True,
                v.OneOf(
                    (
                        "account_opening",
                        "account_verification",
                        "reset_password",
                        "paymentagent_withdraw",
                        "payment_withdraw",
                        "trading_platform_dxtrade_password_reset",
                        "trading_platform_mt5_password_reset",
                        "trading_platform_investor_password_reset",
                        "request_email",
                        "phone_number_verification",
                    )
                ),
            ),
            Param(
                "url_parameters",
                "url_parameters",
                False,
                v.ModelOf(
                    m.VerifyEmailRequestUrlParameters, _fields_verify_email_request_url_parameters
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_verify_email_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"verify_email"}),
    ),
    "website_config": Call(
        name="website_config",
        params=(Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),),
        fixed=(("website_config", 1),),
        decode=_codec.structure_website_config_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"website_config"}),
    ),
    "website_status": Call(
        name="website_status",
        params=(Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),),
        fixed=(("website_status", 1),),
        decode=_codec.structure_website_status_response,
        auth=False,
        scopes=frozenset(),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"website_status"}),
    ),
}
