"""What the client knows about the ``new_account_real`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import new_account_real as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
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
}
