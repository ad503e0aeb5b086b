"""What the client knows about the ``new_account_maltainvest`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import new_account_maltainvest as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
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
}
