"""Decoders and encoders of the models of the ``new_account_maltainvest`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_1_2_years_Less_than_a_year_No_experience_Over_3_years = frozenset(
    {"1 - 2 years", "Less than a year", "No experience", "Over 3 years"}
)


_ALLOWED_1_5_transactions_in_the_past_12_months_11_39_transactions_in_the_past_12_months_40_transactions_or_more_in_the_past_12_m_and_2_more = frozenset(
    {
        "1 - 5 transactions in the past 12 months",
        "11 - 39 transactions in the past 12 months",
        "40 transactions or more in the past 12 months",
        "6 - 10 transactions in the past 12 months",
        "No transactions in the past 12 months",
    }
)


_ALLOWED_Additional_revenue_Hedging_Income_Earning_and_2_more = frozenset(
    {"Additional revenue", "Hedging", "Income Earning", "Savings", "Speculative"}
)


_ALLOWED_All_of_the_above_When_buying_shares_of_a_company_When_opening_a_Leveraged_CFD_trade_When_trading_Multipliers = frozenset(
    {
        "All of the above.",
        "When buying shares of a company.",
        "When opening a Leveraged CFD trade.",
        "When trading Multipliers.",
    }
)


_ALLOWED_Cancel_your_trade_at_any_time_within_a_c_Close_your_trade_automatically_when_the_Close_your_trade_automatically_when_the_Make_a_guaranteed_profit_on_your_trade = frozenset(
    {
        "Cancel your trade at any time within a chosen timeframe.",
        "Close your trade automatically when the loss is more than or equal to a specific amount.",
        "Close your trade automatically when the profit is more than or equal to a specific amount.",
        "Make a guaranteed profit on your trade.",
    }
)


_ALLOWED_I_have_an_academic_degree_professional_c_I_have_attended_seminars_training_and_or_I_have_little_experience_and_2_more = frozenset(
    {
        "I have an academic degree, professional certification, and/or work experience.",
        "I have attended seminars, training, and/or workshops.",
        "I have little experience.",
        "I have no knowledge.",
        "I trade forex CFDs and other complex financial instruments.",
    }
)


_ALLOWED_Leverage_lets_you_open_larger_positions_Leverage_guarantees_profits_Leverage_is_a_risk_mitigation_technique_Leverage_prevents_you_from_opening_large = frozenset(
    {
        "Leverage lets you open larger positions for a fraction of the trade's value.",
        "Leverage guarantees profits.",
        "Leverage is a risk mitigation technique.",
        "Leverage prevents you from opening large positions.",
    }
)


_ALLOWED_Make_a_long_term_investment_Place_a_bet_on_the_price_movement_Purchase_shares_of_a_company_or_physical_Speculate_on_the_price_movement = frozenset(
    {
        "Make a long-term investment.",
        "Place a bet on the price movement.",
        "Purchase shares of a company or physical commodities.",
        "Speculate on the price movement.",
    }
)


_ALLOWED_Miss_Mr_Mrs_Ms = frozenset({"Miss", "Mr", "Mrs", "Ms"})


_ALLOWED_Mother_s_maiden_name_Brand_of_first_car_Favourite_artist_and_5_more = frozenset(
    {
        "Mother's maiden name",
        "Brand of first car",
        "Favourite artist",
        "Favourite dish",
        "Memorable date",
        "Memorable town/city",
        "Name of first love",
        "Name of your pet",
    }
)


_ALLOWED_No_Yes = frozenset({"No", "Yes"})


_ALLOWED_new_account_maltainvest = frozenset({"new_account_maltainvest"})


_ALLOWED_professional_retail = frozenset({"professional", "retail"})


_KEYS_NEW_ACCOUNT_MALTAINVEST_REQUEST = frozenset(
    (
        "new_account_maltainvest",
        "accept_risk",
        "account_opening_reason",
        "account_turnover",
        "address_city",
        "address_line_1",
        "address_line_2",
        "address_postcode",
        "address_state",
        "affiliate_token",
        "calling_country_code",
        "cfd_experience",
        "cfd_frequency",
        "cfd_trading_definition",
        "citizen",
        "client_type",
        "currency",
        "date_of_birth",
        "education_level",
        "employment_industry",
        "employment_status",
        "estimated_worth",
        "fatca_declaration",
        "financial_information_version",
        "first_name",
        "income_source",
        "investment_intention",
        "last_name",
        "leverage_impact_trading",
        "leverage_trading_high_risk_stop_loss",
        "net_income",
        "non_pep_declaration",
        "occupation",
        "phone",
        "place_of_birth",
        "required_initial_margin",
        "residence",
        "resident_self_declaration",
        "risk_tolerance",
        "salutation",
        "secret_answer",
        "secret_question",
        "source_of_experience",
        "source_of_wealth",
        "tax_identification_number",
        "tax_residence",
        "tin_skipped",
        "tnc_acceptance",
        "trading_experience_financial_instruments",
        "trading_frequency_financial_instruments",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_NEW_ACCOUNT_MALTAINVEST_RESPONSE = frozenset(
    (
        "new_account_maltainvest",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_NEW_ACCOUNT_MALTAINVEST_RESPONSE_NEW_ACCOUNT_MALTAINVEST = frozenset(
    (
        "client_id",
        "currency",
        "currency_type",
        "landing_company",
        "landing_company_short",
        "landing_company_shortcode",
        "oauth_token",
    )
)


def structure_new_account_maltainvest_request(data: Any) -> m.NewAccountMaltainvestRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.NewAccountMaltainvestRequest)
    count = len(data)
    try:
        value = data["new_account_maltainvest"]
    except KeyError:
        raise DecodeError("required field is missing", ("new_account_maltainvest",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.new_account_maltainvest = value
    else:
        raise _not_one_of("1", value).at("new_account_maltainvest")
    value = data.get("accept_risk", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.accept_risk = value
    elif value is _MISSING:
        obj.accept_risk = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("accept_risk")
    value = data.get("account_opening_reason", _MISSING)
    if (
        value.__class__ is _STR
        and value in _ALLOWED_Additional_revenue_Hedging_Income_Earning_and_2_more
    ):
        obj.account_opening_reason = value
    elif value is _MISSING:
        obj.account_opening_reason = None
        count += 1
    else:
        raise _not_one_of(
            "'Speculative', 'Income Earning', 'Hedging', 'Additional revenue', 'Savings'", value
        ).at("account_opening_reason")
    value = data.get("account_turnover", _MISSING)
    if value.__class__ is str:
        obj.account_turnover = value
    elif value is _MISSING:
        obj.account_turnover = None
        count += 1
    else:
        raise _expected("a string", value).at("account_turnover")
    try:
        value = data["address_city"]
    except KeyError:
        raise DecodeError("required field is missing", ("address_city",)) from None
    if value.__class__ is str:
        obj.address_city = value
    else:
        raise _expected("a string", value).at("address_city")
    try:
        value = data["address_line_1"]
    except KeyError:
        raise DecodeError("required field is missing", ("address_line_1",)) from None
    if value.__class__ is str:
        obj.address_line_1 = value
    else:
        raise _expected("a string", value).at("address_line_1")
    value = data.get("address_line_2", _MISSING)
    if value.__class__ is str:
        obj.address_line_2 = value
    elif value is _MISSING:
        obj.address_line_2 = None
        count += 1
    else:
        raise _expected("a string", value).at("address_line_2")
    value = data.get("address_postcode", _MISSING)
    if value.__class__ is str:
        obj.address_postcode = value
    elif value is _MISSING:
        obj.address_postcode = None
        count += 1
    else:
        raise _expected("a string", value).at("address_postcode")
    value = data.get("address_state", _MISSING)
    if value.__class__ is str:
        obj.address_state = value
    elif value is _MISSING:
        obj.address_state = None
        count += 1
    else:
        raise _expected("a string", value).at("address_state")
    value = data.get("affiliate_token", _MISSING)
    if value.__class__ is str:
        obj.affiliate_token = value
    elif value is _MISSING:
        obj.affiliate_token = None
        count += 1
    else:
        raise _expected("a string", value).at("affiliate_token")
    value = data.get("calling_country_code", _MISSING)
    if value is None or (value.__class__ is str):
        obj.calling_country_code = value
    elif value is _MISSING:
        obj.calling_country_code = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("calling_country_code")
    value = data.get("cfd_experience", _MISSING)
    if (
        value.__class__ is _STR
        and value in _ALLOWED_1_2_years_Less_than_a_year_No_experience_Over_3_years
    ):
        obj.cfd_experience = value
    elif value is _MISSING:
        obj.cfd_experience = None
        count += 1
    else:
        raise _not_one_of(
            "'No experience', 'Less than a year', '1 - 2 years', 'Over 3 years'", value
        ).at("cfd_experience")
    value = data.get("cfd_frequency", _MISSING)
    if (
        value.__class__ is _STR
        and value
        in _ALLOWED_1_5_transactions_in_the_past_12_months_11_39_transactions_in_the_past_12_months_40_transactions_or_more_in_the_past_12_m_and_2_more
    ):
        obj.cfd_frequency = value
    elif value is _MISSING:
        obj.cfd_frequency = None
        count += 1
    else:
        raise _not_one_of(
            "'No transactions in the past 12 months', '1 - 5 transactions in the past 12 months', '6 - 10 transactions in the past 12 months', '11 - 39 transactions in the past 12 months', '40 transactions or more in the past 12 months'",
            value,
        ).at("cfd_frequency")
    value = data.get("cfd_trading_definition", _MISSING)
    if (
        value.__class__ is _STR
        and value
        in _ALLOWED_Make_a_long_term_investment_Place_a_bet_on_the_price_movement_Purchase_shares_of_a_company_or_physical_Speculate_on_the_price_movement
    ):
        obj.cfd_trading_definition = value
    elif value is _MISSING:
        obj.cfd_trading_definition = None
        count += 1
    else:
        raise _not_one_of(
            "'Purchase shares of a company or physical commodities.', 'Place a bet on the price movement.', 'Speculate on the price movement.', 'Make a long-term investment.'",
            value,
        ).at("cfd_trading_definition")
    value = data.get("citizen", _MISSING)
    if value.__class__ is str:
        obj.citizen = value
    elif value is _MISSING:
        obj.citizen = None
        count += 1
    else:
        raise _expected("a string", value).at("citizen")
    value = data.get("client_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_professional_retail:
        obj.client_type = value
    elif value is _MISSING:
        obj.client_type = None
        count += 1
    else:
        raise _not_one_of("'professional', 'retail'", value).at("client_type")
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    try:
        value = data["date_of_birth"]
    except KeyError:
        raise DecodeError("required field is missing", ("date_of_birth",)) from None
    if value.__class__ is str:
        obj.date_of_birth = value
    else:
        raise _expected("a string", value).at("date_of_birth")
    value = data.get("education_level", _MISSING)
    if value.__class__ is str:
        obj.education_level = value
    elif value is _MISSING:
        obj.education_level = None
        count += 1
    else:
        raise _expected("a string", value).at("education_level")
    value = data.get("employment_industry", _MISSING)
    if value.__class__ is str:
        obj.employment_industry = value
    elif value is _MISSING:
        obj.employment_industry = None
        count += 1
    else:
        raise _expected("a string", value).at("employment_industry")
    try:
        value = data["employment_status"]
    except KeyError:
        raise DecodeError("required field is missing", ("employment_status",)) from None
    if value.__class__ is str:
        obj.employment_status = value
    else:
        raise _expected("a string", value).at("employment_status")
    value = data.get("estimated_worth", _MISSING)
    if value.__class__ is str:
        obj.estimated_worth = value
    elif value is _MISSING:
        obj.estimated_worth = None
        count += 1
    else:
        raise _expected("a string", value).at("estimated_worth")
    value = data.get("fatca_declaration", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.fatca_declaration = value
    elif value is _MISSING:
        obj.fatca_declaration = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("fatca_declaration")
    value = data.get("financial_information_version", _MISSING)
    if value.__class__ is str:
        obj.financial_information_version = value
    elif value is _MISSING:
        obj.financial_information_version = None
        count += 1
    else:
        raise _expected("a string", value).at("financial_information_version")
    try:
        value = data["first_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("first_name",)) from None
    if value.__class__ is str:
        obj.first_name = value
    else:
        raise _expected("a string", value).at("first_name")
    value = data.get("income_source", _MISSING)
    if value.__class__ is str:
        obj.income_source = value
    elif value is _MISSING:
        obj.income_source = None
        count += 1
    else:
        raise _expected("a string", value).at("income_source")
    value = data.get("investment_intention", _MISSING)
    if value.__class__ is str:
        obj.investment_intention = value
    elif value is _MISSING:
        obj.investment_intention = None
        count += 1
    else:
        raise _expected("a string", value).at("investment_intention")
    try:
        value = data["last_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("last_name",)) from None
    if value.__class__ is str:
        obj.last_name = value
    else:
        raise _expected("a string", value).at("last_name")
    value = data.get("leverage_impact_trading", _MISSING)
    if (
        value.__class__ is _STR
        and value
        in _ALLOWED_Leverage_lets_you_open_larger_positions_Leverage_guarantees_profits_Leverage_is_a_risk_mitigation_technique_Leverage_prevents_you_from_opening_large
    ):
        obj.leverage_impact_trading = value
    elif value is _MISSING:
        obj.leverage_impact_trading = None
        count += 1
    else:
        raise _not_one_of(
            "'Leverage is a risk mitigation technique.', 'Leverage prevents you from opening large positions.', 'Leverage guarantees profits.', \"Leverage lets you open larger positions for a fraction of the trade's value.\"",
            value,
        ).at("leverage_impact_trading")
    value = data.get("leverage_trading_high_risk_stop_loss", _MISSING)
    if (
        value.__class__ is _STR
        and value
        in _ALLOWED_Cancel_your_trade_at_any_time_within_a_c_Close_your_trade_automatically_when_the_Close_your_trade_automatically_when_the_Make_a_guaranteed_profit_on_your_trade
    ):
        obj.leverage_trading_high_risk_stop_loss = value
    elif value is _MISSING:
        obj.leverage_trading_high_risk_stop_loss = None
        count += 1
    else:
        raise _not_one_of(
            "'Cancel your trade at any time within a chosen timeframe.', 'Close your trade automatically when the loss is more than or equal to a specific amount.', 'Close your trade automatically when the profit is more than or equal to a specific amount.', 'Make a guaranteed profit on your trade.'",
            value,
        ).at("leverage_trading_high_risk_stop_loss")
    value = data.get("net_income", _MISSING)
    if value.__class__ is str:
        obj.net_income = value
    elif value is _MISSING:
        obj.net_income = None
        count += 1
    else:
        raise _expected("a string", value).at("net_income")
    value = data.get("non_pep_declaration", _MISSING)
    if value.__class__ is int:
        obj.non_pep_declaration = value
    elif value is _MISSING:
        obj.non_pep_declaration = None
        count += 1
    else:
        raise _expected("an integer", value).at("non_pep_declaration")
    value = data.get("occupation", _MISSING)
    if value.__class__ is str:
        obj.occupation = value
    elif value is _MISSING:
        obj.occupation = None
        count += 1
    else:
        raise _expected("a string", value).at("occupation")
    value = data.get("phone", _MISSING)
    if value is None or (value.__class__ is str):
        obj.phone = value
    elif value is _MISSING:
        obj.phone = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("phone")
    value = data.get("place_of_birth", _MISSING)
    if value.__class__ is str:
        obj.place_of_birth = value
    elif value is _MISSING:
        obj.place_of_birth = None
        count += 1
    else:
        raise _expected("a string", value).at("place_of_birth")
    value = data.get("required_initial_margin", _MISSING)
    if (
        value.__class__ is _STR
        and value
        in _ALLOWED_All_of_the_above_When_buying_shares_of_a_company_When_opening_a_Leveraged_CFD_trade_When_trading_Multipliers
    ):
        obj.required_initial_margin = value
    elif value is _MISSING:
        obj.required_initial_margin = None
        count += 1
    else:
        raise _not_one_of(
            "'When opening a Leveraged CFD trade.', 'When trading Multipliers.', 'When buying shares of a company.', 'All of the above.'",
            value,
        ).at("required_initial_margin")
    try:
        value = data["residence"]
    except KeyError:
        raise DecodeError("required field is missing", ("residence",)) from None
    if value.__class__ is str:
        obj.residence = value
    else:
        raise _expected("a string", value).at("residence")
    value = data.get("resident_self_declaration", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.resident_self_declaration = value
    elif value is _MISSING:
        obj.resident_self_declaration = None
        count += 1
    else:
        raise _not_one_of("1", value).at("resident_self_declaration")
    value = data.get("risk_tolerance", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_No_Yes:
        obj.risk_tolerance = value
    elif value is _MISSING:
        obj.risk_tolerance = None
        count += 1
    else:
        raise _not_one_of("'Yes', 'No'", value).at("risk_tolerance")
    try:
        value = data["salutation"]
    except KeyError:
        raise DecodeError("required field is missing", ("salutation",)) from None
    if value.__class__ is _STR and value in _ALLOWED_Miss_Mr_Mrs_Ms:
        obj.salutation = value
    else:
        raise _not_one_of("'Mr', 'Ms', 'Miss', 'Mrs'", value).at("salutation")
    value = data.get("secret_answer", _MISSING)
    if value.__class__ is str:
        obj.secret_answer = value
    elif value is _MISSING:
        obj.secret_answer = None
        count += 1
    else:
        raise _expected("a string", value).at("secret_answer")
    value = data.get("secret_question", _MISSING)
    if (
        value.__class__ is _STR
        and value in _ALLOWED_Mother_s_maiden_name_Brand_of_first_car_Favourite_artist_and_5_more
    ):
        obj.secret_question = value
    elif value is _MISSING:
        obj.secret_question = None
        count += 1
    else:
        raise _not_one_of(
            "\"Mother's maiden name\", 'Name of your pet', 'Name of first love', 'Memorable town/city', 'Memorable date', 'Favourite dish', 'Brand of first car', 'Favourite artist'",
            value,
        ).at("secret_question")
    value = data.get("source_of_experience", _MISSING)
    if (
        value.__class__ is _STR
        and value
        in _ALLOWED_I_have_an_academic_degree_professional_c_I_have_attended_seminars_training_and_or_I_have_little_experience_and_2_more
    ):
        obj.source_of_experience = value
    elif value is _MISSING:
        obj.source_of_experience = None
        count += 1
    else:
        raise _not_one_of(
            "'I have an academic degree, professional certification, and/or work experience.', 'I trade forex CFDs and other complex financial instruments.', 'I have attended seminars, training, and/or workshops.', 'I have little experience.', 'I have no knowledge.'",
            value,
        ).at("source_of_experience")
    value = data.get("source_of_wealth", _MISSING)
    if value.__class__ is str:
        obj.source_of_wealth = value
    elif value is _MISSING:
        obj.source_of_wealth = None
        count += 1
    else:
        raise _expected("a string", value).at("source_of_wealth")
    value = data.get("tax_identification_number", _MISSING)
    if value.__class__ is str:
        obj.tax_identification_number = value
    elif value is _MISSING:
        obj.tax_identification_number = None
        count += 1
    else:
        raise _expected("a string", value).at("tax_identification_number")
    try:
        value = data["tax_residence"]
    except KeyError:
        raise DecodeError("required field is missing", ("tax_residence",)) from None
    if value.__class__ is str:
        obj.tax_residence = value
    else:
        raise _expected("a string", value).at("tax_residence")
    value = data.get("tin_skipped", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.tin_skipped = value
    elif value is _MISSING:
        obj.tin_skipped = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("tin_skipped")
    value = data.get("tnc_acceptance", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.tnc_acceptance = value
    elif value is _MISSING:
        obj.tnc_acceptance = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("tnc_acceptance")
    value = data.get("trading_experience_financial_instruments", _MISSING)
    if (
        value.__class__ is _STR
        and value in _ALLOWED_1_2_years_Less_than_a_year_No_experience_Over_3_years
    ):
        obj.trading_experience_financial_instruments = value
    elif value is _MISSING:
        obj.trading_experience_financial_instruments = None
        count += 1
    else:
        raise _not_one_of(
            "'No experience', 'Less than a year', '1 - 2 years', 'Over 3 years'", value
        ).at("trading_experience_financial_instruments")
    value = data.get("trading_frequency_financial_instruments", _MISSING)
    if (
        value.__class__ is _STR
        and value
        in _ALLOWED_1_5_transactions_in_the_past_12_months_11_39_transactions_in_the_past_12_months_40_transactions_or_more_in_the_past_12_m_and_2_more
    ):
        obj.trading_frequency_financial_instruments = value
    elif value is _MISSING:
        obj.trading_frequency_financial_instruments = None
        count += 1
    else:
        raise _not_one_of(
            "'No transactions in the past 12 months', '1 - 5 transactions in the past 12 months', '6 - 10 transactions in the past 12 months', '11 - 39 transactions in the past 12 months', '40 transactions or more in the past 12 months'",
            value,
        ).at("trading_frequency_financial_instruments")
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
    if count != 53:
        unknown = sorted(key for key in data if key not in _KEYS_NEW_ACCOUNT_MALTAINVEST_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_new_account_maltainvest_request(
    obj: m.NewAccountMaltainvestRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "new_account_maltainvest": obj.new_account_maltainvest,
        "address_city": obj.address_city,
        "address_line_1": obj.address_line_1,
        "date_of_birth": obj.date_of_birth,
        "employment_status": obj.employment_status,
        "first_name": obj.first_name,
        "last_name": obj.last_name,
        "residence": obj.residence,
        "salutation": obj.salutation,
        "tax_residence": obj.tax_residence,
    }
    value: Any
    value = obj.accept_risk
    if value is not None:
        data["accept_risk"] = value
    value = obj.account_opening_reason
    if value is not None:
        data["account_opening_reason"] = value
    value = obj.account_turnover
    if value is not None:
        data["account_turnover"] = value
    value = obj.address_line_2
    if value is not None:
        data["address_line_2"] = value
    value = obj.address_postcode
    if value is not None:
        data["address_postcode"] = value
    value = obj.address_state
    if value is not None:
        data["address_state"] = value
    value = obj.affiliate_token
    if value is not None:
        data["affiliate_token"] = value
    value = obj.calling_country_code
    if value is not UNSET:
        data["calling_country_code"] = value
    value = obj.cfd_experience
    if value is not None:
        data["cfd_experience"] = value
    value = obj.cfd_frequency
    if value is not None:
        data["cfd_frequency"] = value
    value = obj.cfd_trading_definition
    if value is not None:
        data["cfd_trading_definition"] = value
    value = obj.citizen
    if value is not None:
        data["citizen"] = value
    value = obj.client_type
    if value is not None:
        data["client_type"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.education_level
    if value is not None:
        data["education_level"] = value
    value = obj.employment_industry
    if value is not None:
        data["employment_industry"] = value
    value = obj.estimated_worth
    if value is not None:
        data["estimated_worth"] = value
    value = obj.fatca_declaration
    if value is not None:
        data["fatca_declaration"] = value
    value = obj.financial_information_version
    if value is not None:
        data["financial_information_version"] = value
    value = obj.income_source
    if value is not None:
        data["income_source"] = value
    value = obj.investment_intention
    if value is not None:
        data["investment_intention"] = value
    value = obj.leverage_impact_trading
    if value is not None:
        data["leverage_impact_trading"] = value
    value = obj.leverage_trading_high_risk_stop_loss
    if value is not None:
        data["leverage_trading_high_risk_stop_loss"] = value
    value = obj.net_income
    if value is not None:
        data["net_income"] = value
    value = obj.non_pep_declaration
    if value is not None:
        data["non_pep_declaration"] = value
    value = obj.occupation
    if value is not None:
        data["occupation"] = value
    value = obj.phone
    if value is not UNSET:
        data["phone"] = value
    value = obj.place_of_birth
    if value is not None:
        data["place_of_birth"] = value
    value = obj.required_initial_margin
    if value is not None:
        data["required_initial_margin"] = value
    value = obj.resident_self_declaration
    if value is not None:
        data["resident_self_declaration"] = value
    value = obj.risk_tolerance
    if value is not None:
        data["risk_tolerance"] = value
    value = obj.secret_answer
    if value is not None:
        data["secret_answer"] = value
    value = obj.secret_question
    if value is not None:
        data["secret_question"] = value
    value = obj.source_of_experience
    if value is not None:
        data["source_of_experience"] = value
    value = obj.source_of_wealth
    if value is not None:
        data["source_of_wealth"] = value
    value = obj.tax_identification_number
    if value is not None:
        data["tax_identification_number"] = value
    value = obj.tin_skipped
    if value is not None:
        data["tin_skipped"] = value
    value = obj.tnc_acceptance
    if value is not None:
        data["tnc_acceptance"] = value
    value = obj.trading_experience_financial_instruments
    if value is not None:
        data["trading_experience_financial_instruments"] = value
    value = obj.trading_frequency_financial_instruments
    if value is not None:
        data["trading_frequency_financial_instruments"] = value
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


def structure_new_account_maltainvest_response(data: Any) -> m.NewAccountMaltainvestResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.NewAccountMaltainvestResponse)
    count = len(data)
    value = data.get("new_account_maltainvest", _MISSING)
    if value is _MISSING:
        obj.new_account_maltainvest = None
        count += 1
    else:
        try:
            obj.new_account_maltainvest = (
                structure_new_account_maltainvest_response_new_account_maltainvest(value)
            )
        except DecodeError as error:
            raise error.at("new_account_maltainvest") from None
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
    if value.__class__ is _STR and value in _ALLOWED_new_account_maltainvest:
        obj.msg_type = value
    else:
        raise _not_one_of("'new_account_maltainvest'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_NEW_ACCOUNT_MALTAINVEST_RESPONSE
        }
    return obj


def unstructure_new_account_maltainvest_response(
    obj: m.NewAccountMaltainvestResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.new_account_maltainvest
    if value is not None:
        data["new_account_maltainvest"] = (
            unstructure_new_account_maltainvest_response_new_account_maltainvest(value)
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_new_account_maltainvest_response_new_account_maltainvest(
    data: Any,
) -> m.NewAccountMaltainvestResponseNewAccountMaltainvest:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.NewAccountMaltainvestResponseNewAccountMaltainvest)
    count = len(data)
    try:
        value = data["client_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("client_id",)) from None
    if value.__class__ is str:
        obj.client_id = value
    else:
        raise _expected("a string", value).at("client_id")
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("currency_type", _MISSING)
    if value.__class__ is str:
        obj.currency_type = value
    elif value is _MISSING:
        obj.currency_type = None
        count += 1
    else:
        raise _expected("a string", value).at("currency_type")
    try:
        value = data["landing_company"]
    except KeyError:
        raise DecodeError("required field is missing", ("landing_company",)) from None
    if value.__class__ is str:
        obj.landing_company = value
    else:
        raise _expected("a string", value).at("landing_company")
    value = data.get("landing_company_short", _MISSING)
    if value.__class__ is str:
        obj.landing_company_short = value
    elif value is _MISSING:
        obj.landing_company_short = None
        count += 1
    else:
        raise _expected("a string", value).at("landing_company_short")
    value = data.get("landing_company_shortcode", _MISSING)
    if value.__class__ is str:
        obj.landing_company_shortcode = value
    elif value is _MISSING:
        obj.landing_company_shortcode = None
        count += 1
    else:
        raise _expected("a string", value).at("landing_company_shortcode")
    try:
        value = data["oauth_token"]
    except KeyError:
        raise DecodeError("required field is missing", ("oauth_token",)) from None
    if value.__class__ is str:
        obj.oauth_token = value
    else:
        raise _expected("a string", value).at("oauth_token")
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_NEW_ACCOUNT_MALTAINVEST_RESPONSE_NEW_ACCOUNT_MALTAINVEST
        }
    return obj


def unstructure_new_account_maltainvest_response_new_account_maltainvest(
    obj: m.NewAccountMaltainvestResponseNewAccountMaltainvest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "client_id": obj.client_id,
        "landing_company": obj.landing_company,
        "oauth_token": obj.oauth_token,
    }
    value: Any
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.currency_type
    if value is not None:
        data["currency_type"] = value
    value = obj.landing_company_short
    if value is not None:
        data["landing_company_short"] = value
    value = obj.landing_company_shortcode
    if value is not None:
        data["landing_company_shortcode"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.NewAccountMaltainvestRequest: structure_new_account_maltainvest_request,
    m.NewAccountMaltainvestResponse: structure_new_account_maltainvest_response,
    m.NewAccountMaltainvestResponseNewAccountMaltainvest: structure_new_account_maltainvest_response_new_account_maltainvest,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.NewAccountMaltainvestRequest: unstructure_new_account_maltainvest_request,
    m.NewAccountMaltainvestResponse: unstructure_new_account_maltainvest_response,
    m.NewAccountMaltainvestResponseNewAccountMaltainvest: unstructure_new_account_maltainvest_response_new_account_maltainvest,
}
