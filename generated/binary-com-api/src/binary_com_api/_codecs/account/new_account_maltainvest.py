"""Decoders and encoders of the models of the ``new_account_maltainvest`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
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
    if count == 53:
        try:
            v_new_account_maltainvest = data["new_account_maltainvest"]
            v_accept_risk = data["accept_risk"]
            v_account_opening_reason = data["account_opening_reason"]
            v_account_turnover = data["account_turnover"]
            v_address_city = data["address_city"]
            v_address_line_1 = data["address_line_1"]
            v_address_line_2 = data["address_line_2"]
            v_address_postcode = data["address_postcode"]
            v_address_state = data["address_state"]
            v_affiliate_token = data["affiliate_token"]
            v_calling_country_code = data["calling_country_code"]
            v_cfd_experience = data["cfd_experience"]
            v_cfd_frequency = data["cfd_frequency"]
            v_cfd_trading_definition = data["cfd_trading_definition"]
            v_citizen = data["citizen"]
            v_client_type = data["client_type"]
            v_currency = data["currency"]
            v_date_of_birth = data["date_of_birth"]
            v_education_level = data["education_level"]
            v_employment_industry = data["employment_industry"]
            v_employment_status = data["employment_status"]
            v_estimated_worth = data["estimated_worth"]
            v_fatca_declaration = data["fatca_declaration"]
            v_financial_information_version = data["financial_information_version"]
            v_first_name = data["first_name"]
            v_income_source = data["income_source"]
            v_investment_intention = data["investment_intention"]
            v_last_name = data["last_name"]
            v_leverage_impact_trading = data["leverage_impact_trading"]
            v_leverage_trading_high_risk_stop_loss = data["leverage_trading_high_risk_stop_loss"]
            v_net_income = data["net_income"]
            v_non_pep_declaration = data["non_pep_declaration"]
            v_occupation = data["occupation"]
            v_phone = data["phone"]
            v_place_of_birth = data["place_of_birth"]
            v_required_initial_margin = data["required_initial_margin"]
            v_residence = data["residence"]
            v_resident_self_declaration = data["resident_self_declaration"]
            v_risk_tolerance = data["risk_tolerance"]
            v_salutation = data["salutation"]
            v_secret_answer = data["secret_answer"]
            v_secret_question = data["secret_question"]
            v_source_of_experience = data["source_of_experience"]
            v_source_of_wealth = data["source_of_wealth"]
            v_tax_identification_number = data["tax_identification_number"]
            v_tax_residence = data["tax_residence"]
            v_tin_skipped = data["tin_skipped"]
            v_tnc_acceptance = data["tnc_acceptance"]
            v_trading_experience_financial_instruments = data[
                "trading_experience_financial_instruments"
            ]
            v_trading_frequency_financial_instruments = data[
                "trading_frequency_financial_instruments"
            ]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_new_account_maltainvest.__class__ is _INT
                    and v_new_account_maltainvest in _ALLOWED_1
                )
                and (v_accept_risk.__class__ is _INT and v_accept_risk in _ALLOWED_0_1)
                and (
                    v_account_opening_reason.__class__ is _STR
                    and v_account_opening_reason
                    in _ALLOWED_Additional_revenue_Hedging_Income_Earning_and_2_more
                )
                and (v_account_turnover.__class__ is str)
                and (v_address_city.__class__ is str)
                and (v_address_line_1.__class__ is str)
                and (v_address_line_2.__class__ is str)
                and (v_address_postcode.__class__ is str)
                and (v_address_state.__class__ is str)
                and (v_affiliate_token.__class__ is str)
                and (v_calling_country_code is None or (v_calling_country_code.__class__ is str))
                and (
                    v_cfd_experience.__class__ is _STR
                    and v_cfd_experience
                    in _ALLOWED_1_2_years_Less_than_a_year_No_experience_Over_3_years
                )
                and (
                    v_cfd_frequency.__class__ is _STR
                    and v_cfd_frequency
                    in _ALLOWED_1_5_transactions_in_the_past_12_months_11_39_transactions_in_the_past_12_months_40_transactions_or_more_in_the_past_12_m_and_2_more
                )
                and (
                    v_cfd_trading_definition.__class__ is _STR
                    and v_cfd_trading_definition
                    in _ALLOWED_Make_a_long_term_investment_Place_a_bet_on_the_price_movement_Purchase_shares_of_a_company_or_physical_Speculate_on_the_price_movement
                )
                and (v_citizen.__class__ is str)
                and (
                    v_client_type.__class__ is _STR
                    and v_client_type in _ALLOWED_professional_retail
                )
                and (v_currency.__class__ is str)
                and (v_date_of_birth.__class__ is str)
                and (v_education_level.__class__ is str)
                and (v_employment_industry.__class__ is str)
                and (v_employment_status.__class__ is str)
                and (v_estimated_worth.__class__ is str)
                and (v_fatca_declaration.__class__ is _INT and v_fatca_declaration in _ALLOWED_0_1)
                and (v_financial_information_version.__class__ is str)
                and (v_first_name.__class__ is str)
                and (v_income_source.__class__ is str)
                and (v_investment_intention.__class__ is str)
                and (v_last_name.__class__ is str)
                and (
                    v_leverage_impact_trading.__class__ is _STR
                    and v_leverage_impact_trading
                    in _ALLOWED_Leverage_lets_you_open_larger_positions_Leverage_guarantees_profits_Leverage_is_a_risk_mitigation_technique_Leverage_prevents_you_from_opening_large
                )
                and (
                    v_leverage_trading_high_risk_stop_loss.__class__ is _STR
                    and v_leverage_trading_high_risk_stop_loss
                    in _ALLOWED_Cancel_your_trade_at_any_time_within_a_c_Close_your_trade_automatically_when_the_Close_your_trade_automatically_when_the_Make_a_guaranteed_profit_on_your_trade
                )
                and (v_net_income.__class__ is str)
                and (v_non_pep_declaration.__class__ is int)
                and (v_occupation.__class__ is str)
                and (v_phone is None or (v_phone.__class__ is str))
                and (v_place_of_birth.__class__ is str)
                and (
                    v_required_initial_margin.__class__ is _STR
                    and v_required_initial_margin
                    in _ALLOWED_All_of_the_above_When_buying_shares_of_a_company_When_opening_a_Leveraged_CFD_trade_When_trading_Multipliers
                )
                and (v_residence.__class__ is str)
                and (
                    v_resident_self_declaration.__class__ is _INT
                    and v_resident_self_declaration in _ALLOWED_1
                )
                and (v_risk_tolerance.__class__ is _STR and v_risk_tolerance in _ALLOWED_No_Yes)
                and (v_salutation.__class__ is _STR and v_salutation in _ALLOWED_Miss_Mr_Mrs_Ms)
                and (v_secret_answer.__class__ is str)
                and (
                    v_secret_question.__class__ is _STR
                    and v_secret_question
                    in _ALLOWED_Mother_s_maiden_name_Brand_of_first_car_Favourite_artist_and_5_more
                )
                and (
                    v_source_of_experience.__class__ is _STR
                    and v_source_of_experience
                    in _ALLOWED_I_have_an_academic_degree_professional_c_I_have_attended_seminars_training_and_or_I_have_little_experience_and_2_more
                )
                and (v_source_of_wealth.__class__ is str)
                and (v_tax_identification_number.__class__ is str)
                and (v_tax_residence.__class__ is str)
                and (v_tin_skipped.__class__ is _INT and v_tin_skipped in _ALLOWED_0_1)
                and (v_tnc_acceptance.__class__ is _INT and v_tnc_acceptance in _ALLOWED_0_1)
                and (
                    v_trading_experience_financial_instruments.__class__ is _STR
                    and v_trading_experience_financial_instruments
                    in _ALLOWED_1_2_years_Less_than_a_year_No_experience_Over_3_years
                )
                and (
                    v_trading_frequency_financial_instruments.__class__ is _STR
                    and v_trading_frequency_financial_instruments
                    in _ALLOWED_1_5_transactions_in_the_past_12_months_11_39_transactions_in_the_past_12_months_40_transactions_or_more_in_the_past_12_m_and_2_more
                )
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.new_account_maltainvest = v_new_account_maltainvest
                obj.accept_risk = v_accept_risk
                obj.account_opening_reason = v_account_opening_reason
                obj.account_turnover = v_account_turnover
                obj.address_city = v_address_city
                obj.address_line_1 = v_address_line_1
                obj.address_line_2 = v_address_line_2
                obj.address_postcode = v_address_postcode
                obj.address_state = v_address_state
                obj.affiliate_token = v_affiliate_token
                obj.calling_country_code = v_calling_country_code
                obj.cfd_experience = v_cfd_experience
                obj.cfd_frequency = v_cfd_frequency
                obj.cfd_trading_definition = v_cfd_trading_definition
                obj.citizen = v_citizen
                obj.client_type = v_client_type
                obj.currency = v_currency
                obj.date_of_birth = v_date_of_birth
                obj.education_level = v_education_level
                obj.employment_industry = v_employment_industry
                obj.employment_status = v_employment_status
                obj.estimated_worth = v_estimated_worth
                obj.fatca_declaration = v_fatca_declaration
                obj.financial_information_version = v_financial_information_version
                obj.first_name = v_first_name
                obj.income_source = v_income_source
                obj.investment_intention = v_investment_intention
                obj.last_name = v_last_name
                obj.leverage_impact_trading = v_leverage_impact_trading
                obj.leverage_trading_high_risk_stop_loss = v_leverage_trading_high_risk_stop_loss
                obj.net_income = v_net_income
                obj.non_pep_declaration = v_non_pep_declaration
                obj.occupation = v_occupation
                obj.phone = v_phone
                obj.place_of_birth = v_place_of_birth
                obj.required_initial_margin = v_required_initial_margin
                obj.residence = v_residence
                obj.resident_self_declaration = v_resident_self_declaration
                obj.risk_tolerance = v_risk_tolerance
                obj.salutation = v_salutation
                obj.secret_answer = v_secret_answer
                obj.secret_question = v_secret_question
                obj.source_of_experience = v_source_of_experience
                obj.source_of_wealth = v_source_of_wealth
                obj.tax_identification_number = v_tax_identification_number
                obj.tax_residence = v_tax_residence
                obj.tin_skipped = v_tin_skipped
                obj.tnc_acceptance = v_tnc_acceptance
                obj.trading_experience_financial_instruments = (
                    v_trading_experience_financial_instruments
                )
                obj.trading_frequency_financial_instruments = (
                    v_trading_frequency_financial_instruments
                )
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["new_account_maltainvest"]
    except KeyError:
        raise DecodeError("required field is missing", ("new_account_maltainvest",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.new_account_maltainvest = value
    else:
        raise _not_one_of("1", value).at("new_account_maltainvest")
    if "accept_risk" not in data:
        obj.accept_risk = None
        count += 1
    elif (value := data["accept_risk"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.accept_risk = value
    else:
        raise _not_one_of("0, 1", value).at("accept_risk")
    if "account_opening_reason" not in data:
        obj.account_opening_reason = None
        count += 1
    elif (
        value := data["account_opening_reason"]
    ).__class__ is _STR and value in _ALLOWED_Additional_revenue_Hedging_Income_Earning_and_2_more:
        obj.account_opening_reason = value
    else:
        raise _not_one_of(
            "'Speculative', 'Income Earning', 'Hedging', 'Additional revenue', 'Savings'", value
        ).at("account_opening_reason")
    if "account_turnover" not in data:
        obj.account_turnover = None
        count += 1
    elif (value := data["account_turnover"]).__class__ is str:
        obj.account_turnover = value
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
    if "address_line_2" not in data:
        obj.address_line_2 = None
        count += 1
    elif (value := data["address_line_2"]).__class__ is str:
        obj.address_line_2 = value
    else:
        raise _expected("a string", value).at("address_line_2")
    if "address_postcode" not in data:
        obj.address_postcode = None
        count += 1
    elif (value := data["address_postcode"]).__class__ is str:
        obj.address_postcode = value
    else:
        raise _expected("a string", value).at("address_postcode")
    if "address_state" not in data:
        obj.address_state = None
        count += 1
    elif (value := data["address_state"]).__class__ is str:
        obj.address_state = value
    else:
        raise _expected("a string", value).at("address_state")
    if "affiliate_token" not in data:
        obj.affiliate_token = None
        count += 1
    elif (value := data["affiliate_token"]).__class__ is str:
        obj.affiliate_token = value
    else:
        raise _expected("a string", value).at("affiliate_token")
    if "calling_country_code" not in data:
        obj.calling_country_code = UNSET
        count += 1
    elif (value := data["calling_country_code"]) is None or (value.__class__ is str):
        obj.calling_country_code = value
    else:
        raise _expected("a string", value).at("calling_country_code")
    if "cfd_experience" not in data:
        obj.cfd_experience = None
        count += 1
    elif (
        value := data["cfd_experience"]
    ).__class__ is _STR and value in _ALLOWED_1_2_years_Less_than_a_year_No_experience_Over_3_years:
        obj.cfd_experience = value
    else:
        raise _not_one_of(
            "'No experience', 'Less than a year', '1 - 2 years', 'Over 3 years'", value
        ).at("cfd_experience")
    if "cfd_frequency" not in data:
        obj.cfd_frequency = None
        count += 1
    elif (
        (value := data["cfd_frequency"]).__class__ is _STR
        and value
        in _ALLOWED_1_5_transactions_in_the_past_12_months_11_39_transactions_in_the_past_12_months_40_transactions_or_more_in_the_past_12_m_and_2_more
    ):
        obj.cfd_frequency = value
    else:
        raise _not_one_of(
            "'No transactions in the past 12 months', '1 - 5 transactions in the past 12 months', '6 - 10 transactions in the past 12 months', '11 - 39 transactions in the past 12 months', '40 transactions or more in the past 12 months'",
            value,
        ).at("cfd_frequency")
    if "cfd_trading_definition" not in data:
        obj.cfd_trading_definition = None
        count += 1
    elif (
        (value := data["cfd_trading_definition"]).__class__ is _STR
        and value
        in _ALLOWED_Make_a_long_term_investment_Place_a_bet_on_the_price_movement_Purchase_shares_of_a_company_or_physical_Speculate_on_the_price_movement
    ):
        obj.cfd_trading_definition = value
    else:
        raise _not_one_of(
            "'Purchase shares of a company or physical commodities.', 'Place a bet on the price movement.', 'Speculate on the price movement.', 'Make a long-term investment.'",
            value,
        ).at("cfd_trading_definition")
    if "citizen" not in data:
        obj.citizen = None
        count += 1
    elif (value := data["citizen"]).__class__ is str:
        obj.citizen = value
    else:
        raise _expected("a string", value).at("citizen")
    if "client_type" not in data:
        obj.client_type = None
        count += 1
    elif (value := data["client_type"]).__class__ is _STR and value in _ALLOWED_professional_retail:
        obj.client_type = value
    else:
        raise _not_one_of("'professional', 'retail'", value).at("client_type")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
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
    if "education_level" not in data:
        obj.education_level = None
        count += 1
    elif (value := data["education_level"]).__class__ is str:
        obj.education_level = value
    else:
        raise _expected("a string", value).at("education_level")
    if "employment_industry" not in data:
        obj.employment_industry = None
        count += 1
    elif (value := data["employment_industry"]).__class__ is str:
        obj.employment_industry = value
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
    if "estimated_worth" not in data:
        obj.estimated_worth = None
        count += 1
    elif (value := data["estimated_worth"]).__class__ is str:
        obj.estimated_worth = value
    else:
        raise _expected("a string", value).at("estimated_worth")
    if "fatca_declaration" not in data:
        obj.fatca_declaration = None
        count += 1
    elif (value := data["fatca_declaration"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.fatca_declaration = value
    else:
        raise _not_one_of("0, 1", value).at("fatca_declaration")
    if "financial_information_version" not in data:
        obj.financial_information_version = None
        count += 1
    elif (value := data["financial_information_version"]).__class__ is str:
        obj.financial_information_version = value
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
    if "income_source" not in data:
        obj.income_source = None
        count += 1
    elif (value := data["income_source"]).__class__ is str:
        obj.income_source = value
    else:
        raise _expected("a string", value).at("income_source")
    if "investment_intention" not in data:
        obj.investment_intention = None
        count += 1
    elif (value := data["investment_intention"]).__class__ is str:
        obj.investment_intention = value
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
    if "leverage_impact_trading" not in data:
        obj.leverage_impact_trading = None
        count += 1
    elif (
        (value := data["leverage_impact_trading"]).__class__ is _STR
        and value
        in _ALLOWED_Leverage_lets_you_open_larger_positions_Leverage_guarantees_profits_Leverage_is_a_risk_mitigation_technique_Leverage_prevents_you_from_opening_large
    ):
        obj.leverage_impact_trading = value
    else:
        raise _not_one_of(
            "'Leverage is a risk mitigation technique.', 'Leverage prevents you from opening large positions.', 'Leverage guarantees profits.', \"Leverage lets you open larger positions for a fraction of the trade's value.\"",
            value,
        ).at("leverage_impact_trading")
    if "leverage_trading_high_risk_stop_loss" not in data:
        obj.leverage_trading_high_risk_stop_loss = None
        count += 1
    elif (
        (value := data["leverage_trading_high_risk_stop_loss"]).__class__ is _STR
        and value
        in _ALLOWED_Cancel_your_trade_at_any_time_within_a_c_Close_your_trade_automatically_when_the_Close_your_trade_automatically_when_the_Make_a_guaranteed_profit_on_your_trade
    ):
        obj.leverage_trading_high_risk_stop_loss = value
    else:
        raise _not_one_of(
            "'Cancel your trade at any time within a chosen timeframe.', 'Close your trade automatically when the loss is more than or equal to a specific amount.', 'Close your trade automatically when the profit is more than or equal to a specific amount.', 'Make a guaranteed profit on your trade.'",
            value,
        ).at("leverage_trading_high_risk_stop_loss")
    if "net_income" not in data:
        obj.net_income = None
        count += 1
    elif (value := data["net_income"]).__class__ is str:
        obj.net_income = value
    else:
        raise _expected("a string", value).at("net_income")
    if "non_pep_declaration" not in data:
        obj.non_pep_declaration = None
        count += 1
    elif (value := data["non_pep_declaration"]).__class__ is int:
        obj.non_pep_declaration = value
    else:
        raise _expected("an integer", value).at("non_pep_declaration")
    if "occupation" not in data:
        obj.occupation = None
        count += 1
    elif (value := data["occupation"]).__class__ is str:
        obj.occupation = value
    else:
        raise _expected("a string", value).at("occupation")
    if "phone" not in data:
        obj.phone = UNSET
        count += 1
    elif (value := data["phone"]) is None or (value.__class__ is str):
        obj.phone = value
    else:
        raise _expected("a string", value).at("phone")
    if "place_of_birth" not in data:
        obj.place_of_birth = None
        count += 1
    elif (value := data["place_of_birth"]).__class__ is str:
        obj.place_of_birth = value
    else:
        raise _expected("a string", value).at("place_of_birth")
    if "required_initial_margin" not in data:
        obj.required_initial_margin = None
        count += 1
    elif (
        (value := data["required_initial_margin"]).__class__ is _STR
        and value
        in _ALLOWED_All_of_the_above_When_buying_shares_of_a_company_When_opening_a_Leveraged_CFD_trade_When_trading_Multipliers
    ):
        obj.required_initial_margin = value
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
    if "resident_self_declaration" not in data:
        obj.resident_self_declaration = None
        count += 1
    elif (value := data["resident_self_declaration"]).__class__ is _INT and value in _ALLOWED_1:
        obj.resident_self_declaration = value
    else:
        raise _not_one_of("1", value).at("resident_self_declaration")
    if "risk_tolerance" not in data:
        obj.risk_tolerance = None
        count += 1
    elif (value := data["risk_tolerance"]).__class__ is _STR and value in _ALLOWED_No_Yes:
        obj.risk_tolerance = value
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
    if "secret_answer" not in data:
        obj.secret_answer = None
        count += 1
    elif (value := data["secret_answer"]).__class__ is str:
        obj.secret_answer = value
    else:
        raise _expected("a string", value).at("secret_answer")
    if "secret_question" not in data:
        obj.secret_question = None
        count += 1
    elif (
        (value := data["secret_question"]).__class__ is _STR
        and value in _ALLOWED_Mother_s_maiden_name_Brand_of_first_car_Favourite_artist_and_5_more
    ):
        obj.secret_question = value
    else:
        raise _not_one_of(
            "\"Mother's maiden name\", 'Name of your pet', 'Name of first love', 'Memorable town/city', 'Memorable date', 'Favourite dish', 'Brand of first car', 'Favourite artist'",
            value,
        ).at("secret_question")
    if "source_of_experience" not in data:
        obj.source_of_experience = None
        count += 1
    elif (
        (value := data["source_of_experience"]).__class__ is _STR
        and value
        in _ALLOWED_I_have_an_academic_degree_professional_c_I_have_attended_seminars_training_and_or_I_have_little_experience_and_2_more
    ):
        obj.source_of_experience = value
    else:
        raise _not_one_of(
            "'I have an academic degree, professional certification, and/or work experience.', 'I trade forex CFDs and other complex financial instruments.', 'I have attended seminars, training, and/or workshops.', 'I have little experience.', 'I have no knowledge.'",
            value,
        ).at("source_of_experience")
    if "source_of_wealth" not in data:
        obj.source_of_wealth = None
        count += 1
    elif (value := data["source_of_wealth"]).__class__ is str:
        obj.source_of_wealth = value
    else:
        raise _expected("a string", value).at("source_of_wealth")
    if "tax_identification_number" not in data:
        obj.tax_identification_number = None
        count += 1
    elif (value := data["tax_identification_number"]).__class__ is str:
        obj.tax_identification_number = value
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
    if "tin_skipped" not in data:
        obj.tin_skipped = None
        count += 1
    elif (value := data["tin_skipped"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.tin_skipped = value
    else:
        raise _not_one_of("0, 1", value).at("tin_skipped")
    if "tnc_acceptance" not in data:
        obj.tnc_acceptance = None
        count += 1
    elif (value := data["tnc_acceptance"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.tnc_acceptance = value
    else:
        raise _not_one_of("0, 1", value).at("tnc_acceptance")
    if "trading_experience_financial_instruments" not in data:
        obj.trading_experience_financial_instruments = None
        count += 1
    elif (
        value := data["trading_experience_financial_instruments"]
    ).__class__ is _STR and value in _ALLOWED_1_2_years_Less_than_a_year_No_experience_Over_3_years:
        obj.trading_experience_financial_instruments = value
    else:
        raise _not_one_of(
            "'No experience', 'Less than a year', '1 - 2 years', 'Over 3 years'", value
        ).at("trading_experience_financial_instruments")
    if "trading_frequency_financial_instruments" not in data:
        obj.trading_frequency_financial_instruments = None
        count += 1
    elif (
        (value := data["trading_frequency_financial_instruments"]).__class__ is _STR
        and value
        in _ALLOWED_1_5_transactions_in_the_past_12_months_11_39_transactions_in_the_past_12_months_40_transactions_or_more_in_the_past_12_m_and_2_more
    ):
        obj.trading_frequency_financial_instruments = value
    else:
        raise _not_one_of(
            "'No transactions in the past 12 months', '1 - 5 transactions in the past 12 months', '6 - 10 transactions in the past 12 months', '11 - 39 transactions in the past 12 months', '40 transactions or more in the past 12 months'",
            value,
        ).at("trading_frequency_financial_instruments")
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
    if count == 4:
        try:
            v_new_account_maltainvest = data["new_account_maltainvest"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_new_account_maltainvest
                )
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.new_account_maltainvest = (
                        structure_new_account_maltainvest_response_new_account_maltainvest(
                            v_new_account_maltainvest
                        )
                    )
                except DecodeError as error:
                    raise error.at("new_account_maltainvest") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "new_account_maltainvest" not in data:
        obj.new_account_maltainvest = None
        count += 1
    else:
        value = data["new_account_maltainvest"]
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
    if count == 7:
        try:
            v_client_id = data["client_id"]
            v_currency = data["currency"]
            v_currency_type = data["currency_type"]
            v_landing_company = data["landing_company"]
            v_landing_company_short = data["landing_company_short"]
            v_landing_company_shortcode = data["landing_company_shortcode"]
            v_oauth_token = data["oauth_token"]
        except KeyError:
            pass
        else:
            if (
                (v_client_id.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_currency_type.__class__ is str)
                and (v_landing_company.__class__ is str)
                and (v_landing_company_short.__class__ is str)
                and (v_landing_company_shortcode.__class__ is str)
                and (v_oauth_token.__class__ is str)
            ):
                obj.client_id = v_client_id
                obj.currency = v_currency
                obj.currency_type = v_currency_type
                obj.landing_company = v_landing_company
                obj.landing_company_short = v_landing_company_short
                obj.landing_company_shortcode = v_landing_company_shortcode
                obj.oauth_token = v_oauth_token
                obj.extra_fields = {}
                return obj
    try:
        value = data["client_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("client_id",)) from None
    if value.__class__ is str:
        obj.client_id = value
    else:
        raise _expected("a string", value).at("client_id")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "currency_type" not in data:
        obj.currency_type = None
        count += 1
    elif (value := data["currency_type"]).__class__ is str:
        obj.currency_type = value
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
    if "landing_company_short" not in data:
        obj.landing_company_short = None
        count += 1
    elif (value := data["landing_company_short"]).__class__ is str:
        obj.landing_company_short = value
    else:
        raise _expected("a string", value).at("landing_company_short")
    if "landing_company_shortcode" not in data:
        obj.landing_company_shortcode = None
        count += 1
    elif (value := data["landing_company_shortcode"]).__class__ is str:
        obj.landing_company_shortcode = value
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
