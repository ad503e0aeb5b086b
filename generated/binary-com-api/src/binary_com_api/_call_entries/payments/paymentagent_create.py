"""What the client knows about the ``paymentagent_create`` call (payments group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ... import models as m
from ..._codecs.payments import paymentagent_create as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param


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


CALLS: dict[str, Call] = {
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
}
