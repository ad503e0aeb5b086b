"""The account calls of the Pipeline (``client.pipeline()``), one method per call.

`Pipeline` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime.core.types import UNSET, Unset

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.pending import Pending
    from .._runtime.binary.session import Session


class AccountPipelineCalls:
    """The methods of the account calls that `Pipeline` sends without waiting."""

    __slots__ = ()
    _session: Session

    def account_list(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.AccountListResponse]:
        """Sends ``account_list`` now; see `BinaryComClient.account_list`."""
        return cast(
            "Pending[models.AccountListResponse]",
            self._session.start("account_list", {"passthrough": passthrough}, timeout),
        )

    def api_token(
        self,
        *,
        delete_token: str | None = None,
        new_token: str | None = None,
        new_token_scopes: list[Literal["read", "trade", "trading_information", "payments", "admin"]]
        | None = None,
        valid_for_current_ip_only: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ApiTokenResponse]:
        """Sends ``api_token`` now; see `BinaryComClient.api_token`."""
        return cast(
            "Pending[models.ApiTokenResponse]",
            self._session.start(
                "api_token",
                {
                    "delete_token": delete_token,
                    "new_token": new_token,
                    "new_token_scopes": new_token_scopes,
                    "valid_for_current_ip_only": valid_for_current_ip_only,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def authorize(
        self,
        authorize: str,
        *,
        add_to_login_history: Literal[1, 0] | None = None,
        tokens: list[str] | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.AuthorizeResponse]:
        """Sends ``authorize`` now; see `BinaryComClient.authorize`."""
        return cast(
            "Pending[models.AuthorizeResponse]",
            self._session.start(
                "authorize",
                {
                    "authorize": authorize,
                    "add_to_login_history": add_to_login_history,
                    "tokens": tokens,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def balance(
        self,
        *,
        account: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.BalanceResponse]:
        """Sends ``balance`` now; see `BinaryComClient.balance`."""
        return cast(
            "Pending[models.BalanceResponse]",
            self._session.start(
                "balance",
                {"account": account, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def confirm_email(
        self,
        *,
        email_consent: Literal[1, 0],
        verification_code: str,
        created_for: Literal["account_verification", "account_opening"] | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ConfirmEmailResponse]:
        """Sends ``confirm_email`` now; see `BinaryComClient.confirm_email`."""
        return cast(
            "Pending[models.ConfirmEmailResponse]",
            self._session.start(
                "confirm_email",
                {
                    "email_consent": email_consent,
                    "verification_code": verification_code,
                    "created_for": created_for,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def document_upload(
        self,
        *,
        document_format: Literal["PNG", "JPG", "JPEG", "GIF", "PDF"],
        document_type: Literal[
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
        ],
        expected_checksum: str,
        file_size: int,
        document_id: str | None = None,
        document_issuing_country: str | None = None,
        expiration_date: str | None = None,
        lifetime_valid: Literal[0, 1] | None = None,
        page_type: Literal["front", "back", "photo"] | None = None,
        proof_of_ownership: models.DocumentUploadRequestProofOfOwnership | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.DocumentUploadResponse]:
        """Sends ``document_upload`` now; see `BinaryComClient.document_upload`."""
        return cast(
            "Pending[models.DocumentUploadResponse]",
            self._session.start(
                "document_upload",
                {
                    "document_format": document_format,
                    "document_type": document_type,
                    "expected_checksum": expected_checksum,
                    "file_size": file_size,
                    "document_id": document_id,
                    "document_issuing_country": document_issuing_country,
                    "expiration_date": expiration_date,
                    "lifetime_valid": lifetime_valid,
                    "page_type": page_type,
                    "proof_of_ownership": proof_of_ownership,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def exchange_verification_code(
        self,
        *,
        verification_code: str,
        type: Literal["account_opening"] | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ExchangeVerificationCodeResponse]:
        """Sends ``exchange_verification_code`` now; see `BinaryComClient.exchange_verification_code`."""
        return cast(
            "Pending[models.ExchangeVerificationCodeResponse]",
            self._session.start(
                "exchange_verification_code",
                {"verification_code": verification_code, "type": type, "passthrough": passthrough},
                timeout,
            ),
        )

    def financial_assessment_questions(
        self,
        *,
        landing_company_short: str | None = None,
        version: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.FinancialAssessmentQuestionsResponse]:
        """Sends ``financial_assessment_questions`` now; see `BinaryComClient.financial_assessment_questions`."""
        return cast(
            "Pending[models.FinancialAssessmentQuestionsResponse]",
            self._session.start(
                "financial_assessment_questions",
                {
                    "landing_company_short": landing_company_short,
                    "version": version,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def get_account_status(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.GetAccountStatusResponse]:
        """Sends ``get_account_status`` now; see `BinaryComClient.get_account_status`."""
        return cast(
            "Pending[models.GetAccountStatusResponse]",
            self._session.start(
                "get_account_status", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def get_financial_assessment(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.GetFinancialAssessmentResponse]:
        """Sends ``get_financial_assessment`` now; see `BinaryComClient.get_financial_assessment`."""
        return cast(
            "Pending[models.GetFinancialAssessmentResponse]",
            self._session.start(
                "get_financial_assessment",
                {"loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def get_limits(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.GetLimitsResponse]:
        """Sends ``get_limits`` now; see `BinaryComClient.get_limits`."""
        return cast(
            "Pending[models.GetLimitsResponse]",
            self._session.start(
                "get_limits", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def get_self_exclusion(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.GetSelfExclusionResponse]:
        """Sends ``get_self_exclusion`` now; see `BinaryComClient.get_self_exclusion`."""
        return cast(
            "Pending[models.GetSelfExclusionResponse]",
            self._session.start(
                "get_self_exclusion", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def get_settings(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.GetSettingsResponse]:
        """Sends ``get_settings`` now; see `BinaryComClient.get_settings`."""
        return cast(
            "Pending[models.GetSettingsResponse]",
            self._session.start(
                "get_settings", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def get_third_party_redirect(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.GetThirdPartyRedirectResponse]:
        """Sends ``get_third_party_redirect`` now; see `BinaryComClient.get_third_party_redirect`."""
        return cast(
            "Pending[models.GetThirdPartyRedirectResponse]",
            self._session.start(
                "get_third_party_redirect",
                {"loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def identity_verification_document_add(
        self,
        *,
        document_number: str,
        document_type: str,
        issuing_country: str,
        document_additional: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.IdentityVerificationDocumentAddResponse]:
        """Sends ``identity_verification_document_add`` now; see `BinaryComClient.identity_verification_document_add`."""
        return cast(
            "Pending[models.IdentityVerificationDocumentAddResponse]",
            self._session.start(
                "identity_verification_document_add",
                {
                    "document_number": document_number,
                    "document_type": document_type,
                    "issuing_country": issuing_country,
                    "document_additional": document_additional,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def kyc_auth_status(
        self,
        *,
        country: str | None = None,
        landing_companies: list[
            Literal[
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
            ]
        ]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.KycAuthStatusResponse]:
        """Sends ``kyc_auth_status`` now; see `BinaryComClient.kyc_auth_status`."""
        return cast(
            "Pending[models.KycAuthStatusResponse]",
            self._session.start(
                "kyc_auth_status",
                {
                    "country": country,
                    "landing_companies": landing_companies,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def login_history(
        self,
        *,
        limit: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.LoginHistoryResponse]:
        """Sends ``login_history`` now; see `BinaryComClient.login_history`."""
        return cast(
            "Pending[models.LoginHistoryResponse]",
            self._session.start(
                "login_history",
                {"limit": limit, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def logout(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.LogoutResponse]:
        """Sends ``logout`` now; see `BinaryComClient.logout`."""
        return cast(
            "Pending[models.LogoutResponse]",
            self._session.start(
                "logout", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def new_account_check_duplicate_name_and_dob(
        self,
        *,
        date_of_birth: str,
        first_name: str,
        last_name: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.NewAccountCheckDuplicateNameAndDobResponse]:
        """Sends ``new_account_check_duplicate_name_and_dob`` now; see `BinaryComClient.new_account_check_duplicate_name_and_dob`."""
        return cast(
            "Pending[models.NewAccountCheckDuplicateNameAndDobResponse]",
            self._session.start(
                "new_account_check_duplicate_name_and_dob",
                {
                    "date_of_birth": date_of_birth,
                    "first_name": first_name,
                    "last_name": last_name,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def new_account_check_duplicate_phone_and_dob(
        self,
        *,
        date_of_birth: str,
        phone_number: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.NewAccountCheckDuplicatePhoneAndDobResponse]:
        """Sends ``new_account_check_duplicate_phone_and_dob`` now; see `BinaryComClient.new_account_check_duplicate_phone_and_dob`."""
        return cast(
            "Pending[models.NewAccountCheckDuplicatePhoneAndDobResponse]",
            self._session.start(
                "new_account_check_duplicate_phone_and_dob",
                {
                    "date_of_birth": date_of_birth,
                    "phone_number": phone_number,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def new_account_maltainvest(
        self,
        *,
        address_city: str,
        address_line_1: str,
        date_of_birth: str,
        employment_status: str,
        first_name: str,
        last_name: str,
        residence: str,
        salutation: Literal["Mr", "Ms", "Miss", "Mrs"],
        tax_residence: str,
        accept_risk: Literal[0, 1] | None = None,
        account_opening_reason: Literal[
            "Speculative", "Income Earning", "Hedging", "Additional revenue", "Savings"
        ]
        | None = None,
        account_turnover: str | None = None,
        address_line_2: str | None = None,
        address_postcode: str | None = None,
        address_state: str | None = None,
        affiliate_token: str | None = None,
        calling_country_code: str | Unset | None = UNSET,
        cfd_experience: Literal["No experience", "Less than a year", "1 - 2 years", "Over 3 years"]
        | None = None,
        cfd_frequency: Literal[
            "No transactions in the past 12 months",
            "1 - 5 transactions in the past 12 months",
            "6 - 10 transactions in the past 12 months",
            "11 - 39 transactions in the past 12 months",
            "40 transactions or more in the past 12 months",
        ]
        | None = None,
        cfd_trading_definition: Literal[
            "Purchase shares of a company or physical commodities.",
            "Place a bet on the price movement.",
            "Speculate on the price movement.",
            "Make a long-term investment.",
        ]
        | None = None,
        citizen: str | None = None,
        client_type: Literal["professional", "retail"] | None = None,
        currency: str | None = None,
        education_level: str | None = None,
        employment_industry: str | None = None,
        estimated_worth: str | None = None,
        fatca_declaration: Literal[0, 1] | None = None,
        financial_information_version: str | None = None,
        income_source: str | None = None,
        investment_intention: str | None = None,
        leverage_impact_trading: Literal[
            "Leverage is a risk mitigation technique.",
            "Leverage prevents you from opening large positions.",
            "Leverage guarantees profits.",
            "Leverage lets you open larger positions for a fraction of the trade's value.",
        ]
        | None = None,
        leverage_trading_high_risk_stop_loss: Literal[
            "Cancel your trade at any time within a chosen timeframe.",
            "Close your trade automatically when the loss is more than or equal to a specific amount.",
            "Close your trade automatically when the profit is more than or equal to a specific amount.",
            "Make a guaranteed profit on your trade.",
        ]
        | None = None,
        net_income: str | None = None,
        non_pep_declaration: int | None = None,
        occupation: str | None = None,
        phone: str | Unset | None = UNSET,
        place_of_birth: str | None = None,
        required_initial_margin: Literal[
            "When opening a Leveraged CFD trade.",
            "When trading Multipliers.",
            "When buying shares of a company.",
            "All of the above.",
        ]
        | None = None,
        resident_self_declaration: Literal[1] | None = None,
        risk_tolerance: Literal["Yes", "No"] | None = None,
        secret_answer: str | None = None,
        secret_question: Literal[
            "Mother's maiden name",
            "Name of your pet",
            "Name of first love",
            "Memorable town/city",
            "Memorable date",
            "Favourite dish",
            "Brand of first car",
            "Favourite artist",
        ]
        | None = None,
        source_of_experience: Literal[
            "I have an academic degree, professional certification, and/or work experience.",
            "I trade forex CFDs and other complex financial instruments.",
            "I have attended seminars, training, and/or workshops.",
            "I have little experience.",
            "I have no knowledge.",
        ]
        | None = None,
        source_of_wealth: str | None = None,
        tax_identification_number: str | None = None,
        tin_skipped: Literal[0, 1] | None = None,
        tnc_acceptance: Literal[0, 1] | None = None,
        trading_experience_financial_instruments: Literal[
            "No experience", "Less than a year", "1 - 2 years", "Over 3 years"
        ]
        | None = None,
        trading_frequency_financial_instruments: Literal[
            "No transactions in the past 12 months",
            "1 - 5 transactions in the past 12 months",
            "6 - 10 transactions in the past 12 months",
            "11 - 39 transactions in the past 12 months",
            "40 transactions or more in the past 12 months",
        ]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.NewAccountMaltainvestResponse]:
        """Sends ``new_account_maltainvest`` now; see `BinaryComClient.new_account_maltainvest`."""
        return cast(
            "Pending[models.NewAccountMaltainvestResponse]",
            self._session.start(
                "new_account_maltainvest",
                {
                    "address_city": address_city,
                    "address_line_1": address_line_1,
                    "date_of_birth": date_of_birth,
                    "employment_status": employment_status,
                    "first_name": first_name,
                    "last_name": last_name,
                    "residence": residence,
                    "salutation": salutation,
                    "tax_residence": tax_residence,
                    "accept_risk": accept_risk,
                    "account_opening_reason": account_opening_reason,
                    "account_turnover": account_turnover,
                    "address_line_2": address_line_2,
                    "address_postcode": address_postcode,
                    "address_state": address_state,
                    "affiliate_token": affiliate_token,
                    "calling_country_code": calling_country_code,
                    "cfd_experience": cfd_experience,
                    "cfd_frequency": cfd_frequency,
                    "cfd_trading_definition": cfd_trading_definition,
                    "citizen": citizen,
                    "client_type": client_type,
                    "currency": currency,
                    "education_level": education_level,
                    "employment_industry": employment_industry,
                    "estimated_worth": estimated_worth,
                    "fatca_declaration": fatca_declaration,
                    "financial_information_version": financial_information_version,
                    "income_source": income_source,
                    "investment_intention": investment_intention,
                    "leverage_impact_trading": leverage_impact_trading,
                    "leverage_trading_high_risk_stop_loss": leverage_trading_high_risk_stop_loss,
                    "net_income": net_income,
                    "non_pep_declaration": non_pep_declaration,
                    "occupation": occupation,
                    "phone": phone,
                    "place_of_birth": place_of_birth,
                    "required_initial_margin": required_initial_margin,
                    "resident_self_declaration": resident_self_declaration,
                    "risk_tolerance": risk_tolerance,
                    "secret_answer": secret_answer,
                    "secret_question": secret_question,
                    "source_of_experience": source_of_experience,
                    "source_of_wealth": source_of_wealth,
                    "tax_identification_number": tax_identification_number,
                    "tin_skipped": tin_skipped,
                    "tnc_acceptance": tnc_acceptance,
                    "trading_experience_financial_instruments": trading_experience_financial_instruments,
                    "trading_frequency_financial_instruments": trading_frequency_financial_instruments,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def new_account_real(
        self,
        *,
        account_opening_reason: Literal[
            "Speculative",
            "Income Earning",
            "Hedging",
            "Peer-to-peer exchange",
            "Additional revenue",
            "Savings",
        ]
        | None = None,
        account_turnover: Literal[
            "Less than $25,000",
            "$25,000 - $50,000",
            "$50,001 - $100,000",
            "$100,001 - $500,000",
            "Over $500,000",
        ]
        | None = None,
        address_city: str | None = None,
        address_line_1: str | None = None,
        address_line_2: str | None = None,
        address_postcode: str | None = None,
        address_state: str | None = None,
        affiliate_token: str | None = None,
        calling_country_code: str | Unset | None = UNSET,
        citizen: str | Unset | None = UNSET,
        client_type: Literal["professional", "retail"] | None = None,
        currency: str | None = None,
        date_of_birth: str | None = None,
        employment_status: str | None = None,
        fatca_declaration: Literal[0, 1] | None = None,
        financial_information_version: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        non_pep_declaration: int | None = None,
        phone: str | Unset | None = UNSET,
        place_of_birth: str | None = None,
        residence: str | None = None,
        salutation: Literal["Mr", "Ms", "Miss", "Mrs"] | None = None,
        secret_answer: str | None = None,
        secret_question: Literal[
            "Mother's maiden name",
            "Name of your pet",
            "Name of first love",
            "Memorable town/city",
            "Memorable date",
            "Favourite dish",
            "Brand of first car",
            "Favourite artist",
        ]
        | None = None,
        tax_identification_number: str | None = None,
        tax_residence: str | None = None,
        tin_skipped: Literal[0, 1] | None = None,
        tnc_acceptance: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.NewAccountRealResponse]:
        """Sends ``new_account_real`` now; see `BinaryComClient.new_account_real`."""
        return cast(
            "Pending[models.NewAccountRealResponse]",
            self._session.start(
                "new_account_real",
                {
                    "account_opening_reason": account_opening_reason,
                    "account_turnover": account_turnover,
                    "address_city": address_city,
                    "address_line_1": address_line_1,
                    "address_line_2": address_line_2,
                    "address_postcode": address_postcode,
                    "address_state": address_state,
                    "affiliate_token": affiliate_token,
                    "calling_country_code": calling_country_code,
                    "citizen": citizen,
                    "client_type": client_type,
                    "currency": currency,
                    "date_of_birth": date_of_birth,
                    "employment_status": employment_status,
                    "fatca_declaration": fatca_declaration,
                    "financial_information_version": financial_information_version,
                    "first_name": first_name,
                    "last_name": last_name,
                    "non_pep_declaration": non_pep_declaration,
                    "phone": phone,
                    "place_of_birth": place_of_birth,
                    "residence": residence,
                    "salutation": salutation,
                    "secret_answer": secret_answer,
                    "secret_question": secret_question,
                    "tax_identification_number": tax_identification_number,
                    "tax_residence": tax_residence,
                    "tin_skipped": tin_skipped,
                    "tnc_acceptance": tnc_acceptance,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def new_account_virtual(
        self,
        *,
        affiliate_token: str | None = None,
        client_password: str | None = None,
        date_first_contact: str | None = None,
        email: str | None = None,
        email_consent: Literal[1, 0] | None = None,
        gclid_url: str | None = None,
        residence: str | None = None,
        signup_device: Literal["desktop", "mobile"] | None = None,
        type: Literal["trading", "wallet", "dynamic"] | None = None,
        utm_ad_id: str | None = None,
        utm_adgroup_id: str | None = None,
        utm_adrollclk_id: str | None = None,
        utm_campaign: str | None = None,
        utm_campaign_id: str | None = None,
        utm_content: str | None = None,
        utm_fbcl_id: str | None = None,
        utm_gl_client_id: str | None = None,
        utm_medium: str | None = None,
        utm_msclk_id: str | None = None,
        utm_source: str | None = None,
        utm_term: str | None = None,
        verification_code: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.NewAccountVirtualResponse]:
        """Sends ``new_account_virtual`` now; see `BinaryComClient.new_account_virtual`."""
        return cast(
            "Pending[models.NewAccountVirtualResponse]",
            self._session.start(
                "new_account_virtual",
                {
                    "affiliate_token": affiliate_token,
                    "client_password": client_password,
                    "date_first_contact": date_first_contact,
                    "email": email,
                    "email_consent": email_consent,
                    "gclid_url": gclid_url,
                    "residence": residence,
                    "signup_device": signup_device,
                    "type": type,
                    "utm_ad_id": utm_ad_id,
                    "utm_adgroup_id": utm_adgroup_id,
                    "utm_adrollclk_id": utm_adrollclk_id,
                    "utm_campaign": utm_campaign,
                    "utm_campaign_id": utm_campaign_id,
                    "utm_content": utm_content,
                    "utm_fbcl_id": utm_fbcl_id,
                    "utm_gl_client_id": utm_gl_client_id,
                    "utm_medium": utm_medium,
                    "utm_msclk_id": utm_msclk_id,
                    "utm_source": utm_source,
                    "utm_term": utm_term,
                    "verification_code": verification_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def set_account_currency(
        self,
        set_account_currency: str,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.SetAccountCurrencyResponse]:
        """Sends ``set_account_currency`` now; see `BinaryComClient.set_account_currency`."""
        return cast(
            "Pending[models.SetAccountCurrencyResponse]",
            self._session.start(
                "set_account_currency",
                {
                    "set_account_currency": set_account_currency,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def set_financial_assessment(
        self,
        *,
        financial_information: dict[str, str] | None = None,
        financial_information_version: str | None = None,
        trading_experience: dict[str, str] | None = None,
        trading_experience_regulated: dict[str, str] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.SetFinancialAssessmentResponse]:
        """Sends ``set_financial_assessment`` now; see `BinaryComClient.set_financial_assessment`."""
        return cast(
            "Pending[models.SetFinancialAssessmentResponse]",
            self._session.start(
                "set_financial_assessment",
                {
                    "financial_information": financial_information,
                    "financial_information_version": financial_information_version,
                    "trading_experience": trading_experience,
                    "trading_experience_regulated": trading_experience_regulated,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def set_self_exclusion(
        self,
        *,
        exclude_until: str | Unset | None = UNSET,
        max_30day_deposit: float | Unset | None = UNSET,
        max_30day_losses: float | Unset | None = UNSET,
        max_30day_turnover: float | Unset | None = UNSET,
        max_7day_deposit: float | Unset | None = UNSET,
        max_7day_losses: float | Unset | None = UNSET,
        max_7day_turnover: float | Unset | None = UNSET,
        max_balance: float | Unset | None = UNSET,
        max_deposit: float | Unset | None = UNSET,
        max_losses: float | Unset | None = UNSET,
        max_open_bets: int | Unset | None = UNSET,
        max_turnover: float | Unset | None = UNSET,
        session_duration_limit: int | Unset | None = UNSET,
        timeout_until: int | Unset | None = UNSET,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.SetSelfExclusionResponse]:
        """Sends ``set_self_exclusion`` now; see `BinaryComClient.set_self_exclusion`."""
        return cast(
            "Pending[models.SetSelfExclusionResponse]",
            self._session.start(
                "set_self_exclusion",
                {
                    "exclude_until": exclude_until,
                    "max_30day_deposit": max_30day_deposit,
                    "max_30day_losses": max_30day_losses,
                    "max_30day_turnover": max_30day_turnover,
                    "max_7day_deposit": max_7day_deposit,
                    "max_7day_losses": max_7day_losses,
                    "max_7day_turnover": max_7day_turnover,
                    "max_balance": max_balance,
                    "max_deposit": max_deposit,
                    "max_losses": max_losses,
                    "max_open_bets": max_open_bets,
                    "max_turnover": max_turnover,
                    "session_duration_limit": session_duration_limit,
                    "timeout_until": timeout_until,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def set_settings(
        self,
        *,
        account_opening_reason: Literal[
            "Speculative",
            "Income Earning",
            "Hedging",
            "Peer-to-peer exchange",
            "Additional revenue",
            "Savings",
        ]
        | None = None,
        address_city: str | None = None,
        address_line_1: str | None = None,
        address_line_2: str | Unset | None = UNSET,
        address_postcode: str | None = None,
        address_state: str | None = None,
        allow_copiers: Literal[0, 1] | None = None,
        calling_country_code: str | Unset | None = UNSET,
        citizen: str | Unset | None = UNSET,
        date_of_birth: str | None = None,
        dxtrade_user_exception: Literal[0, 1] | None = None,
        email_consent: Literal[0, 1] | None = None,
        employment_status: str | None = None,
        feature_flag: models.SetSettingsRequestFeatureFlag | None = None,
        financial_information_version: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        non_pep_declaration: Literal[1] | None = None,
        phone: str | Unset | None = UNSET,
        place_of_birth: str | None = None,
        preferred_language: str | Unset | None = UNSET,
        request_professional_status: Literal[1] | None = None,
        residence: str | Unset | None = UNSET,
        salutation: Literal["Mr", "Ms", "Miss", "Mrs"] | None = None,
        secret_answer: str | None = None,
        secret_question: Literal[
            "Mother's maiden name",
            "Name of your pet",
            "Name of first love",
            "Memorable town/city",
            "Memorable date",
            "Favourite dish",
            "Brand of first car",
            "Favourite artist",
        ]
        | None = None,
        tax_identification_number: str | None = None,
        tax_residence: str | None = None,
        tin_skipped: Literal[0, 1] | None = None,
        trading_hub: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.SetSettingsResponse]:
        """Sends ``set_settings`` now; see `BinaryComClient.set_settings`."""
        return cast(
            "Pending[models.SetSettingsResponse]",
            self._session.start(
                "set_settings",
                {
                    "account_opening_reason": account_opening_reason,
                    "address_city": address_city,
                    "address_line_1": address_line_1,
                    "address_line_2": address_line_2,
                    "address_postcode": address_postcode,
                    "address_state": address_state,
                    "allow_copiers": allow_copiers,
                    "calling_country_code": calling_country_code,
                    "citizen": citizen,
                    "date_of_birth": date_of_birth,
                    "dxtrade_user_exception": dxtrade_user_exception,
                    "email_consent": email_consent,
                    "employment_status": employment_status,
                    "feature_flag": feature_flag,
                    "financial_information_version": financial_information_version,
                    "first_name": first_name,
                    "last_name": last_name,
                    "non_pep_declaration": non_pep_declaration,
                    "phone": phone,
                    "place_of_birth": place_of_birth,
                    "preferred_language": preferred_language,
                    "request_professional_status": request_professional_status,
                    "residence": residence,
                    "salutation": salutation,
                    "secret_answer": secret_answer,
                    "secret_question": secret_question,
                    "tax_identification_number": tax_identification_number,
                    "tax_residence": tax_residence,
                    "tin_skipped": tin_skipped,
                    "trading_hub": trading_hub,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def tin_validations(
        self,
        *,
        tax_residence: str,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TinValidationsResponse]:
        """Sends ``tin_validations`` now; see `BinaryComClient.tin_validations`."""
        return cast(
            "Pending[models.TinValidationsResponse]",
            self._session.start(
                "tin_validations",
                {"tax_residence": tax_residence, "passthrough": passthrough},
                timeout,
            ),
        )

    def tnc_approval(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TncApprovalResponse]:
        """Sends ``tnc_approval`` now; see `BinaryComClient.tnc_approval`."""
        return cast(
            "Pending[models.TncApprovalResponse]",
            self._session.start(
                "tnc_approval", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def topup_virtual(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TopupVirtualResponse]:
        """Sends ``topup_virtual`` now; see `BinaryComClient.topup_virtual`."""
        return cast(
            "Pending[models.TopupVirtualResponse]",
            self._session.start(
                "topup_virtual", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def unsubscribe_email(
        self,
        *,
        binary_user_id: float,
        checksum: str,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.UnsubscribeEmailResponse]:
        """Sends ``unsubscribe_email`` now; see `BinaryComClient.unsubscribe_email`."""
        return cast(
            "Pending[models.UnsubscribeEmailResponse]",
            self._session.start(
                "unsubscribe_email",
                {
                    "binary_user_id": binary_user_id,
                    "checksum": checksum,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def verify_email(
        self,
        verify_email: str,
        *,
        type: Literal[
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
        ],
        url_parameters: models.VerifyEmailRequestUrlParameters | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.VerifyEmailResponse]:
        """Sends ``verify_email`` now; see `BinaryComClient.verify_email`."""
        return cast(
            "Pending[models.VerifyEmailResponse]",
            self._session.start(
                "verify_email",
                {
                    "verify_email": verify_email,
                    "type": type,
                    "url_parameters": url_parameters,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )
