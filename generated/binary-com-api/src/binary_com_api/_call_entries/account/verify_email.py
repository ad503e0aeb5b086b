"""What the client knows about the ``verify_email`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ... import models as m
from ..._codecs.account import verify_email as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param


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
}
