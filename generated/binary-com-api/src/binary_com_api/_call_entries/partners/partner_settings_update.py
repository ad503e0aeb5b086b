"""What the client knows about the ``partner_settings_update`` call (partners group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.partners import partner_settings_update as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
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
}
