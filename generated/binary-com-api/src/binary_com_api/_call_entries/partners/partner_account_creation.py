"""What the client knows about the ``partner_account_creation`` call (partners group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.partners import partner_account_creation as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
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
}
