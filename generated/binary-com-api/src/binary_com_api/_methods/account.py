"""The account calls of the BinaryComClient, one method per call.

`BinaryComClient` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime.core.types import UNSET, Unset

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.session import Session
    from .._runtime.websocket.subscription import Subscription


class AccountCalls:
    """The methods of the account calls (see `BinaryComClient`)."""

    __slots__ = ()
    _session: Session

    def account_list(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.AccountListResponse:
        """Lists every account the logged-in user owns.

        ``account_list`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AccountListResponse",
            self._session.call("account_list", {"passthrough": passthrough}, timeout),
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
    ) -> models.ApiTokenResponse:
        """Lists the user's API tokens and can create or delete one.

        ``api_token`` call; needs authorization (scopes: admin); never resent automatically.

        Arguments:
        - ``delete_token`` (str matching ``^[A-Za-z0-9\\s_*]+$``)
        - ``new_token`` (str matching ``^[A-Za-z0-9\\s_]+$``)
        - ``new_token_scopes`` (list of one of 'read', 'trade', 'trading_information',
          'payments', 'admin')
        - ``valid_for_current_ip_only`` (one of 0, 1)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ApiTokenResponse",
            self._session.call(
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
    ) -> models.AuthorizeResponse:
        """Logs the connection in with an API or OAuth token.

        ``authorize`` call; public; retried when it fails in transit.

        Arguments:
        - ``authorize`` (str matching ``^[\\w\\-]{1,128}$``; required): The API token (or OAuth
          token) to log in with; it decides the scopes of later calls.
        - ``add_to_login_history`` (one of 1, 0; server default 0): 1 records this login in the
          account's login history; 0 (the default) does not.
        - ``tokens`` (list of str matching ``^[\\w\\-]{1,128}$`` (at most 25 items)): More tokens
          to log in with at once, for the other accounts of the same user (with authorize set to
          MULTI).
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.AuthorizeResponse",
            self._session.call(
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
    ) -> models.BalanceResponse:
        """Reads the account balance; can stream changes.

        ``balance`` call; needs authorization (scopes: read, trading_information); retried when
        it fails in transit.

        Arguments:
        - ``account`` (str matching ``^(current|all|[A-Z]{2,4}[0-9]{1,10})$``; server default
          'current'): Which balance: 'current' for the logged-in account, 'all' for the totals
          over every account of the user, or a login id.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to ask about, when the
          token logs in several accounts; the default is the first.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.BalanceResponse",
            self._session.call(
                "balance",
                {"account": account, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def subscribe_balance(
        self,
        *,
        account: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.BalanceResponse]:
        """Subscribes to the ``balance`` call: reads the account balance; can stream changes.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``balance`` call with ``subscribe: 1``; needs authorization (scopes: read,
        trading_information).

        Arguments:
        - ``account`` (str matching ``^(current|all|[A-Z]{2,4}[0-9]{1,10})$``; server default
          'current'): Which balance: 'current' for the logged-in account, 'all' for the totals
          over every account of the user, or a login id.
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account to ask about, when the
          token logs in several accounts; the default is the first.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.BalanceResponse]",
            self._session.subscribe(
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
    ) -> models.ConfirmEmailResponse:
        """Marks the user's email as confirmed using an emailed code.

        ``confirm_email`` call; public; never resent automatically.

        Arguments:
        - ``email_consent`` (one of 1, 0; required)
        - ``verification_code`` (str matching ``^\\w{8,128}$``; required)
        - ``created_for`` (one of 'account_verification', 'account_opening'; server default
          'account_verification')
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ConfirmEmailResponse",
            self._session.call(
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
    ) -> models.DocumentUploadResponse:
        """Announces a KYC document upload and its metadata.

        ``document_upload`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``document_format`` (one of 'PNG', 'JPG', 'JPEG', 'GIF', 'PDF'; required)
        - ``document_type`` (one of 43 values: 'passport', 'national_identity_card',
          'identification_number_document', 'service_id_card', 'driving_licence', 'utility_bill',
          'bankstatement', 'bank_statement', 'power_of_attorney', 'amlglobalcheck',
          'docverification', 'proofid', ...; required)
        - ``expected_checksum`` (str matching ``^[[:xdigit:]]{32}``; required)
        - ``file_size`` (int; required)
        - ``document_id`` (str matching ``^[\\w\\s-]{0,30}$``)
        - ``document_issuing_country`` (str matching ``^[a-z]{2}$``)
        - ``expiration_date`` (str matching ``^[0-9]{4}-[0-9]{2}-[0-9]{2}$``)
        - ``lifetime_valid`` (one of 0, 1)
        - ``page_type`` (one of 'front', 'back', 'photo')
        - ``proof_of_ownership`` (``models.DocumentUploadRequestProofOfOwnership``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.DocumentUploadResponse",
            self._session.call(
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
    ) -> models.ExchangeVerificationCodeResponse:
        """Trades a valid verification code for a fresh one.

        ``exchange_verification_code`` call; public; never resent automatically.

        Arguments:
        - ``verification_code`` (str matching ``^\\w{8,128}$``; required)
        - ``type`` (only 'account_opening'; server default 'account_opening')
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ExchangeVerificationCodeResponse",
            self._session.call(
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
    ) -> models.FinancialAssessmentQuestionsResponse:
        """Structure of the financial assessment questionnaire.

        ``financial_assessment_questions`` call; needs authorization (scopes: read); retried when
        it fails in transit.

        Arguments:
        - ``landing_company_short`` (str)
        - ``version`` (str)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.FinancialAssessmentQuestionsResponse",
            self._session.call(
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
    ) -> models.GetAccountStatusResponse:
        """Verification state, flags and restrictions of the account.

        ``get_account_status`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.GetAccountStatusResponse",
            self._session.call(
                "get_account_status", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def get_financial_assessment(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.GetFinancialAssessmentResponse:
        """Reads the user's stored financial assessment answers.

        ``get_financial_assessment`` call; needs authorization (scopes: read); retried when it
        fails in transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.GetFinancialAssessmentResponse",
            self._session.call(
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
    ) -> models.GetLimitsResponse:
        """Trading and withdrawal limits that apply to the account.

        ``get_limits`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.GetLimitsResponse",
            self._session.call(
                "get_limits", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def get_self_exclusion(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.GetSelfExclusionResponse:
        """Reads the self-exclusion limits the user has set.

        ``get_self_exclusion`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.GetSelfExclusionResponse",
            self._session.call(
                "get_self_exclusion", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def get_settings(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.GetSettingsResponse:
        """Reads the user's personal details and preferences.

        ``get_settings`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account whose settings to read,
          when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.GetSettingsResponse",
            self._session.call(
                "get_settings", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def get_third_party_redirect(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.GetThirdPartyRedirectResponse:
        """Builds a single-sign-on redirect link for a partner service.

        ``get_third_party_redirect`` call; needs authorization (scopes: read); retried when it
        fails in transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.GetThirdPartyRedirectResponse",
            self._session.call(
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
    ) -> models.IdentityVerificationDocumentAddResponse:
        """Submits identity document details for verification.

        ``identity_verification_document_add`` call; needs authorization (scopes: admin); never
        resent automatically.

        Arguments:
        - ``document_number`` (str; required)
        - ``document_type`` (str; required)
        - ``issuing_country`` (str matching ``^[a-z]{2}$``; required)
        - ``document_additional`` (str)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.IdentityVerificationDocumentAddResponse",
            self._session.call(
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
    ) -> models.KycAuthStatusResponse:
        """KYC authentication state per landing company.

        ``kyc_auth_status`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``country`` (str matching ``^[a-z]{2}$``)
        - ``landing_companies`` (list of one of 'iom', 'malta', 'maltainvest', 'svg', 'virtual',
          'vanuatu', 'labuan', 'samoa', 'samoa-virtual', 'bvi', 'dsl')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.KycAuthStatusResponse",
            self._session.call(
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
    ) -> models.LoginHistoryResponse:
        """Recent logins of the user, newest first.

        ``login_history`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``limit`` (int from 0 to 50; server default 10)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.LoginHistoryResponse",
            self._session.call(
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
    ) -> models.LogoutResponse:
        """Ends the logged-in session.

        ``logout`` call; public; never resent automatically.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.LogoutResponse",
            self._session.call("logout", {"loginid": loginid, "passthrough": passthrough}, timeout),
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
    ) -> models.NewAccountCheckDuplicateNameAndDobResponse:
        """Tells whether a name plus birth date is already registered.

        ``new_account_check_duplicate_name_and_dob`` call; needs authorization (scopes: admin);
        retried when it fails in transit.

        Arguments:
        - ``date_of_birth`` (str matching ``^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$``; required)
        - ``first_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``; required)
        - ``last_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.NewAccountCheckDuplicateNameAndDobResponse",
            self._session.call(
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
    ) -> models.NewAccountCheckDuplicatePhoneAndDobResponse:
        """Tells whether a phone number plus birth date is already registered.

        ``new_account_check_duplicate_phone_and_dob`` call; needs authorization (scopes: admin);
        retried when it fails in transit.

        Arguments:
        - ``date_of_birth`` (str matching ``^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$``; required)
        - ``phone_number`` (str matching ``^\\+[\\-\\ 0-9]{8,40}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.NewAccountCheckDuplicatePhoneAndDobResponse",
            self._session.call(
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
    ) -> models.NewAccountMaltainvestResponse:
        """Opens a real-money account under the maltainvest company.

        ``new_account_maltainvest`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``address_city`` (str matching ``^\\p{L}[\\p{L}\\s'.-]{0,99}$``; required)
        - ``address_line_1`` (str matching
          ``^[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,69}$``;
          required)
        - ``date_of_birth`` (str matching ``^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$``; required)
        - ``employment_status`` (str; required)
        - ``first_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``; required)
        - ``last_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``; required)
        - ``residence`` (str matching ``^[a-z]{2}$``; required)
        - ``salutation`` (one of 'Mr', 'Ms', 'Miss', 'Mrs'; required)
        - ``tax_residence`` (str matching ``^[a-z]{0,2}(?:,[a-z]{2})*$``; required)
        - ``accept_risk`` (one of 0, 1)
        - ``account_opening_reason`` (one of 'Speculative', 'Income Earning', 'Hedging',
          'Additional revenue', 'Savings')
        - ``account_turnover`` (str)
        - ``address_line_2`` (str matching
          ``^[\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,70}$``)
        - ``address_postcode`` (str matching ``^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?$``)
        - ``address_state`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,-]{0,100}$``)
        - ``affiliate_token`` (str matching ``^[\\w-]{0,32}$``)
        - ``calling_country_code`` (str matching ``^\\d{1,4}$``, or None)
        - ``cfd_experience`` (one of 'No experience', 'Less than a year', '1 - 2 years', 'Over 3
          years')
        - ``cfd_frequency`` (one of 'No transactions in the past 12 months', '1 - 5 transactions
          in the past 12 months', '6 - 10 transactions in the past 12 months', '11 - 39
          transactions in the past 12 months', '40 transactions or more in the past 12 months')
        - ``cfd_trading_definition`` (one of 'Purchase shares of a company or physical
          commodities.', 'Place a bet on the price movement.', 'Speculate on the price
          movement.', 'Make a long-term investment.')
        - ``citizen`` (str matching ``^[a-z]{2}$``)
        - ``client_type`` (one of 'professional', 'retail'; server default 'retail')
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``education_level`` (str)
        - ``employment_industry`` (str)
        - ``estimated_worth`` (str)
        - ``fatca_declaration`` (one of 0, 1)
        - ``financial_information_version`` (str)
        - ``income_source`` (str)
        - ``investment_intention`` (str)
        - ``leverage_impact_trading`` (one of 'Leverage is a risk mitigation technique.',
          'Leverage prevents you from opening large positions.', 'Leverage guarantees profits.',
          "Leverage lets you open larger positions for a fraction of the trade's value.")
        - ``leverage_trading_high_risk_stop_loss`` (one of 'Cancel your trade at any time within
          a chosen timeframe.', 'Close your trade automatically when the loss is more than or
          equal to a specific amount.', 'Close your trade automatically when the profit is more
          than or equal to a specific amount.', 'Make a guaranteed profit on your trade.')
        - ``net_income`` (str)
        - ``non_pep_declaration`` (int from 0 to 1)
        - ``occupation`` (str)
        - ``phone`` (str, or None)
        - ``place_of_birth`` (str matching ``^[a-z]{2}$``)
        - ``required_initial_margin`` (one of 'When opening a Leveraged CFD trade.', 'When
          trading Multipliers.', 'When buying shares of a company.', 'All of the above.')
        - ``resident_self_declaration`` (only 1)
        - ``risk_tolerance`` (one of 'Yes', 'No')
        - ``secret_answer`` (str of 4 to 50 characters, matching ``^[\\w\\-\\,\\.\\' ]+``)
        - ``secret_question`` (one of "Mother's maiden name", 'Name of your pet', 'Name of first
          love', 'Memorable town/city', 'Memorable date', 'Favourite dish', 'Brand of first car',
          'Favourite artist')
        - ``source_of_experience`` (one of 'I have an academic degree, professional
          certification, and/or work experience.', 'I trade forex CFDs and other complex
          financial instruments.', 'I have attended seminars, training, and/or workshops.', 'I
          have little experience.', 'I have no knowledge.')
        - ``source_of_wealth`` (str)
        - ``tax_identification_number`` (str matching ``^(?!^$|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}$``)
        - ``tin_skipped`` (one of 0, 1)
        - ``tnc_acceptance`` (one of 0, 1)
        - ``trading_experience_financial_instruments`` (one of 'No experience', 'Less than a
          year', '1 - 2 years', 'Over 3 years')
        - ``trading_frequency_financial_instruments`` (one of 'No transactions in the past 12
          months', '1 - 5 transactions in the past 12 months', '6 - 10 transactions in the past
          12 months', '11 - 39 transactions in the past 12 months', '40 transactions or more in
          the past 12 months')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.NewAccountMaltainvestResponse",
            self._session.call(
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
    ) -> models.NewAccountRealResponse:
        """Opens a real-money account for the user.

        ``new_account_real`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``account_opening_reason`` (one of 'Speculative', 'Income Earning', 'Hedging',
          'Peer-to-peer exchange', 'Additional revenue', 'Savings')
        - ``account_turnover`` (one of 'Less than $25,000', '$25,000 - $50,000', '$50,001 -
          $100,000', '$100,001 - $500,000', 'Over $500,000')
        - ``address_city`` (str matching ``^\\p{L}[\\p{L}\\s'.-]{0,99}$``)
        - ``address_line_1`` (str matching
          ``^[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,69}$``)
        - ``address_line_2`` (str matching
          ``^[\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,70}$``)
        - ``address_postcode`` (str matching ``^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?$``)
        - ``address_state`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,-]{0,100}$``)
        - ``affiliate_token`` (str matching ``^[\\w-]{0,32}$``)
        - ``calling_country_code`` (str matching ``^\\d{1,4}$``, or None)
        - ``citizen`` (str matching ``^([a-z]{2})?$``, or None)
        - ``client_type`` (one of 'professional', 'retail'; server default 'retail')
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``date_of_birth`` (str matching ``^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$``)
        - ``employment_status`` (str)
        - ``fatca_declaration`` (one of 0, 1)
        - ``financial_information_version`` (str)
        - ``first_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``last_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``non_pep_declaration`` (int from 0 to 1)
        - ``phone`` (str, or None)
        - ``place_of_birth`` (str matching ``^[a-z]{2}$``)
        - ``residence`` (str matching ``^[a-z]{2}$``)
        - ``salutation`` (one of 'Mr', 'Ms', 'Miss', 'Mrs')
        - ``secret_answer`` (str of 4 to 50 characters, matching ``^[\\w\\-\\,\\.\\' ]+``)
        - ``secret_question`` (one of "Mother's maiden name", 'Name of your pet', 'Name of first
          love', 'Memorable town/city', 'Memorable date', 'Favourite dish', 'Brand of first car',
          'Favourite artist')
        - ``tax_identification_number`` (str matching ``^(?!^$|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}$``)
        - ``tax_residence`` (str matching ``^[a-z]{0,2}(?:,[a-z]{2})*$``)
        - ``tin_skipped`` (one of 0, 1)
        - ``tnc_acceptance`` (one of 0, 1)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.NewAccountRealResponse",
            self._session.call(
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
    ) -> models.NewAccountVirtualResponse:
        """Signs up a new demo account with an emailed code.

        ``new_account_virtual`` call; public; never resent automatically.

        Arguments:
        - ``affiliate_token`` (str matching ``^[\\w-]{0,100}$``)
        - ``client_password`` (str matching ``^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$``)
        - ``date_first_contact`` (str matching ``^[0-9]{4}-[0-9]{2}-[0-9]{2}$``)
        - ``email`` (str matching ``^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}$``)
        - ``email_consent`` (one of 1, 0)
        - ``gclid_url`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$``)
        - ``residence`` (str matching ``^[a-z]{2}$``)
        - ``signup_device`` (one of 'desktop', 'mobile')
        - ``type`` (one of 'trading', 'wallet', 'dynamic'; server default 'trading')
        - ``utm_ad_id`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_adgroup_id`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_adrollclk_id`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_campaign`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_campaign_id`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_content`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_fbcl_id`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_gl_client_id`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_medium`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_msclk_id`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_source`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``utm_term`` (str matching ``^[a-zA-Z0-9\\s\\-\\.\\_]{0,100}$`` or str)
        - ``verification_code`` (str matching ``^\\w{8,128}$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.NewAccountVirtualResponse",
            self._session.call(
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
    ) -> models.SetAccountCurrencyResponse:
        """Chooses the currency of an account that has none yet.

        ``set_account_currency`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``set_account_currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``; required)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SetAccountCurrencyResponse",
            self._session.call(
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
    ) -> models.SetFinancialAssessmentResponse:
        """Stores the user's financial assessment answers.

        ``set_financial_assessment`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``financial_information`` (mapping of str to str)
        - ``financial_information_version`` (str)
        - ``trading_experience`` (mapping of str to str)
        - ``trading_experience_regulated`` (mapping of str to str)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SetFinancialAssessmentResponse",
            self._session.call(
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
    ) -> models.SetSelfExclusionResponse:
        """Changes the user's self-exclusion limits.

        ``set_self_exclusion`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``exclude_until`` (str matching
          ``^[0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])$``, or None)
        - ``max_30day_deposit`` (float, or None)
        - ``max_30day_losses`` (float, or None)
        - ``max_30day_turnover`` (float, or None)
        - ``max_7day_deposit`` (float, or None)
        - ``max_7day_losses`` (float, or None)
        - ``max_7day_turnover`` (float, or None)
        - ``max_balance`` (float, or None)
        - ``max_deposit`` (float, or None)
        - ``max_losses`` (float, or None)
        - ``max_open_bets`` (int at least 0, or None)
        - ``max_turnover`` (float, or None)
        - ``session_duration_limit`` (int from 0 to 99999, or None)
        - ``timeout_until`` (int from 0 to 9999999999, or None)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SetSelfExclusionResponse",
            self._session.call(
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
    ) -> models.SetSettingsResponse:
        """Changes the user's personal details and preferences.

        ``set_settings`` call; needs authorization (scopes: admin); never resent automatically.

        Arguments:
        - ``account_opening_reason`` (one of 'Speculative', 'Income Earning', 'Hedging',
          'Peer-to-peer exchange', 'Additional revenue', 'Savings')
        - ``address_city`` (str matching ``^[\\p{L}\\s'.-]{1,35}$``)
        - ``address_line_1`` (str matching
          ``^[\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{1,70}$``)
        - ``address_line_2`` (str matching
          ``^[\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,70}$``, or None)
        - ``address_postcode`` (str matching ``^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?$``)
        - ``address_state`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,-;]{0,100}$``)
        - ``allow_copiers`` (one of 0, 1)
        - ``calling_country_code`` (str matching ``^\\d{1,4}$``, or None)
        - ``citizen`` (str matching ``^([a-z]{2})?$``, or None)
        - ``date_of_birth`` (str matching ``^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$``)
        - ``dxtrade_user_exception`` (one of 0, 1)
        - ``email_consent`` (one of 0, 1)
        - ``employment_status`` (str)
        - ``feature_flag`` (``models.SetSettingsRequestFeatureFlag``)
        - ``financial_information_version`` (str)
        - ``first_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``last_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``non_pep_declaration`` (only 1)
        - ``phone`` (str, or None)
        - ``place_of_birth`` (str matching ``^[a-z]{2}$``)
        - ``preferred_language`` (str matching ``^[A-Z]{0,2}$|^[A-Z]{2}_[A-Z]{2}$``, or None)
        - ``request_professional_status`` (only 1)
        - ``residence`` (str matching ``^[a-z]{2}$``, or None)
        - ``salutation`` (one of 'Mr', 'Ms', 'Miss', 'Mrs')
        - ``secret_answer`` (str of 4 to 50 characters, matching ``^[\\w\\-\\,\\.\\' ]+``)
        - ``secret_question`` (one of "Mother's maiden name", 'Name of your pet', 'Name of first
          love', 'Memorable town/city', 'Memorable date', 'Favourite dish', 'Brand of first car',
          'Favourite artist')
        - ``tax_identification_number`` (str matching ``^[A-Za-z0-9.\\/\\s-]{0,25}$``)
        - ``tax_residence`` (str matching ``^[a-z]{0,2}(?:,[a-z]{2})*$``)
        - ``tin_skipped`` (one of 0, 1)
        - ``trading_hub`` (one of 0, 1)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.SetSettingsResponse",
            self._session.call(
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
    ) -> models.TinValidationsResponse:
        """Format rules for tax identification numbers of a country.

        ``tin_validations`` call; public; retried when it fails in transit.

        Arguments:
        - ``tax_residence`` (str; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TinValidationsResponse",
            self._session.call(
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
    ) -> models.TncApprovalResponse:
        """Accepts the current terms and conditions for the user.

        ``tnc_approval`` call; needs authorization (scopes: admin); never resent automatically.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TncApprovalResponse",
            self._session.call(
                "tnc_approval", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def topup_virtual(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TopupVirtualResponse:
        """Refills the balance of a demo account.

        ``topup_virtual`` call; needs authorization (scopes: trade); never resent automatically.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TopupVirtualResponse",
            self._session.call(
                "topup_virtual", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def subscribe_transaction(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.TransactionResponse]:
        """Subscribes to the ``transaction`` call: streams the account's new transactions as they
        happen.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``transaction`` call with ``subscribe: 1``; needs authorization (scopes: read,
        trading_information).

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``): The account whose transactions to
          follow, when the token logs in several accounts.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.TransactionResponse]",
            self._session.subscribe(
                "transaction", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def unsubscribe_email(
        self,
        *,
        binary_user_id: float,
        checksum: str,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.UnsubscribeEmailResponse:
        """Opts the user out of marketing emails via a signed link.

        ``unsubscribe_email`` call; public; never resent automatically.

        Arguments:
        - ``binary_user_id`` (float; required)
        - ``checksum`` (str; required)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.UnsubscribeEmailResponse",
            self._session.call(
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
    ) -> models.VerifyEmailResponse:
        """Emails a one-time code for sign-up, reset or withdrawal flows.

        ``verify_email`` call; public; never resent automatically.

        Arguments:
        - ``verify_email`` (str matching ``^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}$``;
          required)
        - ``type`` (one of 'account_opening', 'account_verification', 'reset_password',
          'paymentagent_withdraw', 'payment_withdraw', 'trading_platform_dxtrade_password_reset',
          'trading_platform_mt5_password_reset', 'trading_platform_investor_password_reset',
          'request_email', 'phone_number_verification'; required)
        - ``url_parameters`` (``models.VerifyEmailRequestUrlParameters``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.VerifyEmailResponse",
            self._session.call(
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
