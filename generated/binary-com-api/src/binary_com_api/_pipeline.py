"""The Pipeline: the calls of the Binary.com WebSocket API v3, sent without waiting for their answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from ._runtime.core.types import UNSET, Unset

if TYPE_CHECKING:
    from . import models
    from ._runtime.binary.pending import Pending
    from ._runtime.binary.session import Session


class Pipeline:
    """The calls of `BinaryComClient` (``client.pipeline()``), each sent at once and
    answered later: every method checks its arguments, sends the call on the client's
    connection and returns a `Pending` without waiting, so many calls are in flight
    together. ``pending.result()`` returns the answer, typed, or raises what the same method
    of the client would. Calls that stream are opened with the client's ``subscribe_<call>``
    methods, not here.
    """

    __slots__ = ("_session",)

    def __init__(self, session: Session) -> None:
        self._session = session

    def __repr__(self) -> str:
        return f"Pipeline({self._session!r})"

    def __reduce__(self) -> Any:
        raise TypeError("a Pipeline belongs to a live connection and cannot be pickled")

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

    def active_symbols(
        self,
        active_symbols: Literal["brief", "full"],
        *,
        barrier_category: list[
            Literal[
                "american",
                "asian",
                "euro_atm",
                "euro_non_atm",
                "non_financial",
                "lookback",
                "reset",
            ]
        ]
        | None = None,
        contract_type: list[
            Literal[
                "MULTUP",
                "MULTDOWN",
                "UPORDOWN",
                "EXPIRYRANGE",
                "ONETOUCH",
                "CALLE",
                "LBHIGHLOW",
                "ASIAND",
                "EXPIRYRANGEE",
                "DIGITDIFF",
                "DIGITMATCH",
                "DIGITOVER",
                "PUTE",
                "DIGITUNDER",
                "NOTOUCH",
                "CALL",
                "RANGE",
                "LBFLOATPUT",
                "DIGITODD",
                "PUT",
                "ASIANU",
                "LBFLOATCALL",
                "EXPIRYMISSE",
                "EXPIRYMISS",
                "DIGITEVEN",
                "TICKHIGH",
                "TICKLOW",
                "RESETCALL",
                "RESETPUT",
                "CALLSPREAD",
                "PUTSPREAD",
                "RUNHIGH",
                "RUNLOW",
                "ACCU",
                "VANILLALONGCALL",
                "VANILLALONGPUT",
                "TURBOSLONG",
                "TURBOSSHORT",
            ]
        ]
        | None = None,
        landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        landing_company_short: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        product_type: Literal["basic"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ActiveSymbolsResponse]:
        """Sends ``active_symbols`` now; see `BinaryComClient.active_symbols`."""
        return cast(
            "Pending[models.ActiveSymbolsResponse]",
            self._session.start(
                "active_symbols",
                {
                    "active_symbols": active_symbols,
                    "barrier_category": barrier_category,
                    "contract_type": contract_type,
                    "landing_company": landing_company,
                    "landing_company_short": landing_company_short,
                    "product_type": product_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
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

    def app_delete(
        self,
        app_delete: int,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.AppDeleteResponse]:
        """Sends ``app_delete`` now; see `BinaryComClient.app_delete`."""
        return cast(
            "Pending[models.AppDeleteResponse]",
            self._session.start(
                "app_delete",
                {"app_delete": app_delete, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def app_get(
        self,
        app_get: int,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.AppGetResponse]:
        """Sends ``app_get`` now; see `BinaryComClient.app_get`."""
        return cast(
            "Pending[models.AppGetResponse]",
            self._session.start(
                "app_get",
                {"app_get": app_get, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def app_list(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.AppListResponse]:
        """Sends ``app_list`` now; see `BinaryComClient.app_list`."""
        return cast(
            "Pending[models.AppListResponse]",
            self._session.start(
                "app_list", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def app_markup_details(
        self,
        *,
        date_from: str,
        date_to: str,
        app_id: int | None = None,
        client_loginid: str | None = None,
        description: Literal[0, 1] | None = None,
        limit: float | None = None,
        offset: int | None = None,
        sort: Literal["ASC", "DESC"] | None = None,
        sort_fields: list[Literal["app_id", "client_loginid", "transaction_time"]] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.AppMarkupDetailsResponse]:
        """Sends ``app_markup_details`` now; see `BinaryComClient.app_markup_details`."""
        return cast(
            "Pending[models.AppMarkupDetailsResponse]",
            self._session.start(
                "app_markup_details",
                {
                    "date_from": date_from,
                    "date_to": date_to,
                    "app_id": app_id,
                    "client_loginid": client_loginid,
                    "description": description,
                    "limit": limit,
                    "offset": offset,
                    "sort": sort,
                    "sort_fields": sort_fields,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def app_markup_statistics(
        self,
        *,
        date_from: str,
        date_to: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.AppMarkupStatisticsResponse]:
        """Sends ``app_markup_statistics`` now; see `BinaryComClient.app_markup_statistics`."""
        return cast(
            "Pending[models.AppMarkupStatisticsResponse]",
            self._session.start(
                "app_markup_statistics",
                {
                    "date_from": date_from,
                    "date_to": date_to,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def app_register(
        self,
        *,
        name: str,
        scopes: list[Literal["read", "trade", "trading_information", "payments", "admin"]],
        app_markup_percentage: float | None = None,
        appstore: str | None = None,
        github: str | None = None,
        googleplay: str | None = None,
        homepage: str | None = None,
        redirect_uri: str | None = None,
        verification_uri: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.AppRegisterResponse]:
        """Sends ``app_register`` now; see `BinaryComClient.app_register`."""
        return cast(
            "Pending[models.AppRegisterResponse]",
            self._session.start(
                "app_register",
                {
                    "name": name,
                    "scopes": scopes,
                    "app_markup_percentage": app_markup_percentage,
                    "appstore": appstore,
                    "github": github,
                    "googleplay": googleplay,
                    "homepage": homepage,
                    "redirect_uri": redirect_uri,
                    "verification_uri": verification_uri,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def app_update(
        self,
        app_update: int,
        *,
        name: str,
        scopes: list[Literal["read", "trade", "trading_information", "payments", "admin"]],
        app_markup_percentage: float | None = None,
        appstore: str | None = None,
        github: str | None = None,
        googleplay: str | None = None,
        homepage: str | None = None,
        redirect_uri: str | None = None,
        verification_uri: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.AppUpdateResponse]:
        """Sends ``app_update`` now; see `BinaryComClient.app_update`."""
        return cast(
            "Pending[models.AppUpdateResponse]",
            self._session.start(
                "app_update",
                {
                    "app_update": app_update,
                    "name": name,
                    "scopes": scopes,
                    "app_markup_percentage": app_markup_percentage,
                    "appstore": appstore,
                    "github": github,
                    "googleplay": googleplay,
                    "homepage": homepage,
                    "redirect_uri": redirect_uri,
                    "verification_uri": verification_uri,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def asset_index(
        self,
        *,
        landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        landing_company_short: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.AssetIndexResponse]:
        """Sends ``asset_index`` now; see `BinaryComClient.asset_index`."""
        return cast(
            "Pending[models.AssetIndexResponse]",
            self._session.start(
                "asset_index",
                {
                    "landing_company": landing_company,
                    "landing_company_short": landing_company_short,
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

    def buy(
        self,
        buy: str,
        *,
        price: float,
        parameters: models.BuyRequestParameters | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.BuyResponse]:
        """Sends ``buy`` now; see `BinaryComClient.buy`."""
        return cast(
            "Pending[models.BuyResponse]",
            self._session.start(
                "buy",
                {
                    "buy": buy,
                    "price": price,
                    "parameters": parameters,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def buy_contract_for_multiple_accounts(
        self,
        buy_contract_for_multiple_accounts: str,
        *,
        price: float,
        tokens: list[str],
        parameters: models.BuyContractForMultipleAccountsRequestParameters | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.BuyContractForMultipleAccountsResponse]:
        """Sends ``buy_contract_for_multiple_accounts`` now; see `BinaryComClient.buy_contract_for_multiple_accounts`."""
        return cast(
            "Pending[models.BuyContractForMultipleAccountsResponse]",
            self._session.start(
                "buy_contract_for_multiple_accounts",
                {
                    "buy_contract_for_multiple_accounts": buy_contract_for_multiple_accounts,
                    "price": price,
                    "tokens": tokens,
                    "parameters": parameters,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def cancel(
        self,
        cancel: int,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CancelResponse]:
        """Sends ``cancel`` now; see `BinaryComClient.cancel`."""
        return cast(
            "Pending[models.CancelResponse]",
            self._session.start(
                "cancel",
                {"cancel": cancel, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def cashier(
        self,
        cashier: Literal["deposit", "withdraw"],
        *,
        address: str | None = None,
        amount: float | None = None,
        dry_run: Literal[0, 1] | None = None,
        estimated_fee_unique_id: str | None = None,
        provider: Literal["doughflow", "crypto"] | None = None,
        type: Literal["url", "api"] | None = None,
        verification_code: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CashierResponse]:
        """Sends ``cashier`` now; see `BinaryComClient.cashier`."""
        return cast(
            "Pending[models.CashierResponse]",
            self._session.start(
                "cashier",
                {
                    "cashier": cashier,
                    "address": address,
                    "amount": amount,
                    "dry_run": dry_run,
                    "estimated_fee_unique_id": estimated_fee_unique_id,
                    "provider": provider,
                    "type": type,
                    "verification_code": verification_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
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

    def contract_update(
        self,
        *,
        contract_id: int,
        limit_order: models.ContractUpdateRequestLimitOrder,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ContractUpdateResponse]:
        """Sends ``contract_update`` now; see `BinaryComClient.contract_update`."""
        return cast(
            "Pending[models.ContractUpdateResponse]",
            self._session.start(
                "contract_update",
                {
                    "contract_id": contract_id,
                    "limit_order": limit_order,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def contract_update_history(
        self,
        *,
        contract_id: int,
        limit: float | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ContractUpdateHistoryResponse]:
        """Sends ``contract_update_history`` now; see `BinaryComClient.contract_update_history`."""
        return cast(
            "Pending[models.ContractUpdateHistoryResponse]",
            self._session.start(
                "contract_update_history",
                {
                    "contract_id": contract_id,
                    "limit": limit,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def contracts_for(
        self,
        contracts_for: str,
        *,
        currency: str | None = None,
        landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        landing_company_short: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        product_type: Literal["basic"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ContractsForResponse]:
        """Sends ``contracts_for`` now; see `BinaryComClient.contracts_for`."""
        return cast(
            "Pending[models.ContractsForResponse]",
            self._session.start(
                "contracts_for",
                {
                    "contracts_for": contracts_for,
                    "currency": currency,
                    "landing_company": landing_company,
                    "landing_company_short": landing_company_short,
                    "product_type": product_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def contracts_for_company(
        self,
        *,
        landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ContractsForCompanyResponse]:
        """Sends ``contracts_for_company`` now; see `BinaryComClient.contracts_for_company`."""
        return cast(
            "Pending[models.ContractsForCompanyResponse]",
            self._session.start(
                "contracts_for_company",
                {
                    "landing_company": landing_company,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def copy_start(
        self,
        copy_start: str,
        *,
        assets: str | list[str] | None = None,
        max_trade_stake: float | None = None,
        min_trade_stake: float | None = None,
        trade_types: str | list[str] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CopyStartResponse]:
        """Sends ``copy_start`` now; see `BinaryComClient.copy_start`."""
        return cast(
            "Pending[models.CopyStartResponse]",
            self._session.start(
                "copy_start",
                {
                    "copy_start": copy_start,
                    "assets": assets,
                    "max_trade_stake": max_trade_stake,
                    "min_trade_stake": min_trade_stake,
                    "trade_types": trade_types,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def copy_stop(
        self,
        copy_stop: str,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CopyStopResponse]:
        """Sends ``copy_stop`` now; see `BinaryComClient.copy_stop`."""
        return cast(
            "Pending[models.CopyStopResponse]",
            self._session.start(
                "copy_stop",
                {"copy_stop": copy_stop, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def copytrading_list(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CopytradingListResponse]:
        """Sends ``copytrading_list`` now; see `BinaryComClient.copytrading_list`."""
        return cast(
            "Pending[models.CopytradingListResponse]",
            self._session.start(
                "copytrading_list", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def copytrading_statistics(
        self,
        *,
        trader_id: str,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CopytradingStatisticsResponse]:
        """Sends ``copytrading_statistics`` now; see `BinaryComClient.copytrading_statistics`."""
        return cast(
            "Pending[models.CopytradingStatisticsResponse]",
            self._session.start(
                "copytrading_statistics",
                {"trader_id": trader_id, "passthrough": passthrough},
                timeout,
            ),
        )

    def crypto_config(
        self,
        *,
        currency_code: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CryptoConfigResponse]:
        """Sends ``crypto_config`` now; see `BinaryComClient.crypto_config`."""
        return cast(
            "Pending[models.CryptoConfigResponse]",
            self._session.start(
                "crypto_config",
                {"currency_code": currency_code, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def crypto_estimations(
        self,
        *,
        currency_code: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.CryptoEstimationsResponse]:
        """Sends ``crypto_estimations`` now; see `BinaryComClient.crypto_estimations`."""
        return cast(
            "Pending[models.CryptoEstimationsResponse]",
            self._session.start(
                "crypto_estimations",
                {"currency_code": currency_code, "loginid": loginid, "passthrough": passthrough},
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

    def economic_calendar(
        self,
        *,
        currency: str | None = None,
        end_date: int | None = None,
        start_date: int | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.EconomicCalendarResponse]:
        """Sends ``economic_calendar`` now; see `BinaryComClient.economic_calendar`."""
        return cast(
            "Pending[models.EconomicCalendarResponse]",
            self._session.start(
                "economic_calendar",
                {
                    "currency": currency,
                    "end_date": end_date,
                    "start_date": start_date,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def exchange_rates(
        self,
        *,
        base_currency: str,
        include_spread: Literal[1] | None = None,
        target_currency: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ExchangeRatesResponse]:
        """Sends ``exchange_rates`` now; see `BinaryComClient.exchange_rates`."""
        return cast(
            "Pending[models.ExchangeRatesResponse]",
            self._session.start(
                "exchange_rates",
                {
                    "base_currency": base_currency,
                    "include_spread": include_spread,
                    "target_currency": target_currency,
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

    def forget(
        self,
        forget: str,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ForgetResponse]:
        """Sends ``forget`` now; see `BinaryComClient.forget`."""
        return cast(
            "Pending[models.ForgetResponse]",
            self._session.start("forget", {"forget": forget, "passthrough": passthrough}, timeout),
        )

    def forget_all(
        self,
        forget_all: Literal[
            "balance",
            "candles",
            "cashier_payments",
            "p2p_advert",
            "p2p_advertiser",
            "p2p_order",
            "proposal",
            "proposal_open_contract",
            "ticks",
            "transaction",
            "trading_platform_asset_listing",
            "website_status",
            "p2p_settings",
            "crypto_estimations",
        ]
        | list[
            Literal[
                "balance",
                "candles",
                "cashier_payments",
                "p2p_advert",
                "p2p_advertiser",
                "p2p_order",
                "proposal",
                "proposal_open_contract",
                "ticks",
                "transaction",
                "trading_platform_asset_listing",
                "website_status",
                "p2p_settings",
                "crypto_estimations",
            ]
        ],
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ForgetAllResponse]:
        """Sends ``forget_all`` now; see `BinaryComClient.forget_all`."""
        return cast(
            "Pending[models.ForgetAllResponse]",
            self._session.start(
                "forget_all", {"forget_all": forget_all, "passthrough": passthrough}, timeout
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

    def landing_company(
        self,
        landing_company: str,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.LandingCompanyResponse]:
        """Sends ``landing_company`` now; see `BinaryComClient.landing_company`."""
        return cast(
            "Pending[models.LandingCompanyResponse]",
            self._session.start(
                "landing_company",
                {"landing_company": landing_company, "passthrough": passthrough},
                timeout,
            ),
        )

    def landing_company_details(
        self,
        landing_company_details: Literal[
            "iom",
            "malta",
            "maltainvest",
            "svg",
            "virtual",
            "vanuatu",
            "samoa",
            "samoa-virtual",
            "dsl",
            "bvi",
            "labuan",
            "dml",
        ],
        *,
        country: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.LandingCompanyDetailsResponse]:
        """Sends ``landing_company_details`` now; see `BinaryComClient.landing_company_details`."""
        return cast(
            "Pending[models.LandingCompanyDetailsResponse]",
            self._session.start(
                "landing_company_details",
                {
                    "landing_company_details": landing_company_details,
                    "country": country,
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

    def mt5_deposit(
        self,
        *,
        to_mt5: str,
        amount: float | None = None,
        from_binary: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.Mt5DepositResponse]:
        """Sends ``mt5_deposit`` now; see `BinaryComClient.mt5_deposit`."""
        return cast(
            "Pending[models.Mt5DepositResponse]",
            self._session.start(
                "mt5_deposit",
                {
                    "to_mt5": to_mt5,
                    "amount": amount,
                    "from_binary": from_binary,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def mt5_get_settings(
        self,
        *,
        login: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.Mt5GetSettingsResponse]:
        """Sends ``mt5_get_settings`` now; see `BinaryComClient.mt5_get_settings`."""
        return cast(
            "Pending[models.Mt5GetSettingsResponse]",
            self._session.start(
                "mt5_get_settings",
                {"login": login, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def mt5_login_list(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.Mt5LoginListResponse]:
        """Sends ``mt5_login_list`` now; see `BinaryComClient.mt5_login_list`."""
        return cast(
            "Pending[models.Mt5LoginListResponse]",
            self._session.start(
                "mt5_login_list", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def mt5_new_account(
        self,
        *,
        account_type: Literal["demo", "gaming", "financial", "all"],
        email: str,
        leverage: float,
        main_password: str,
        name: str,
        address: str | None = None,
        city: str | None = None,
        company: str | None = None,
        country: str | None = None,
        currency: str | None = None,
        dry_run: Literal[0, 1] | None = None,
        invest_password: str | None = None,
        migrate: bool | None = None,
        mt5_account_category: Literal["conventional", "swap_free", "gold"] | None = None,
        mt5_account_type: Literal["financial", "financial_stp", "gold"] | None = None,
        phone: str | Unset | None = UNSET,
        phone_password: str | None = None,
        product: Literal[
            "", "synthetic", "financial", "swap_free", "zero_spread", "standard", "stp", "gold"
        ]
        | None = None,
        server: Literal[
            "p01_ts01", "p01_ts02", "p01_ts03", "p01_ts04", "p02_ts02", "p03_ts01", "p03_ts02"
        ]
        | Unset
        | None = UNSET,
        state: str | None = None,
        sub_account_category: Literal["", "swap_free", "ab", "ba", "lim", "hr", "gold"]
        | None = None,
        sub_account_type: Literal["standard", "stp", "ibt", "swap_free", "zero_spread", "gold"]
        | None = None,
        zip_code: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.Mt5NewAccountResponse]:
        """Sends ``mt5_new_account`` now; see `BinaryComClient.mt5_new_account`."""
        return cast(
            "Pending[models.Mt5NewAccountResponse]",
            self._session.start(
                "mt5_new_account",
                {
                    "account_type": account_type,
                    "email": email,
                    "leverage": leverage,
                    "main_password": main_password,
                    "name": name,
                    "address": address,
                    "city": city,
                    "company": company,
                    "country": country,
                    "currency": currency,
                    "dry_run": dry_run,
                    "invest_password": invest_password,
                    "migrate": migrate,
                    "mt5_account_category": mt5_account_category,
                    "mt5_account_type": mt5_account_type,
                    "phone": phone,
                    "phone_password": phone_password,
                    "product": product,
                    "server": server,
                    "state": state,
                    "sub_account_category": sub_account_category,
                    "sub_account_type": sub_account_type,
                    "zip_code": zip_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def mt5_password_change(
        self,
        *,
        login: str,
        new_password: str,
        old_password: str,
        password_type: Literal["main", "investor"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.Mt5PasswordChangeResponse]:
        """Sends ``mt5_password_change`` now; see `BinaryComClient.mt5_password_change`."""
        return cast(
            "Pending[models.Mt5PasswordChangeResponse]",
            self._session.start(
                "mt5_password_change",
                {
                    "login": login,
                    "new_password": new_password,
                    "old_password": old_password,
                    "password_type": password_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def mt5_password_check(
        self,
        *,
        login: str,
        password: str,
        password_type: Literal["main", "investor"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.Mt5PasswordCheckResponse]:
        """Sends ``mt5_password_check`` now; see `BinaryComClient.mt5_password_check`."""
        return cast(
            "Pending[models.Mt5PasswordCheckResponse]",
            self._session.start(
                "mt5_password_check",
                {
                    "login": login,
                    "password": password,
                    "password_type": password_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def mt5_password_reset(
        self,
        *,
        login: str,
        new_password: str,
        verification_code: str,
        password_type: Literal["main", "investor"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.Mt5PasswordResetResponse]:
        """Sends ``mt5_password_reset`` now; see `BinaryComClient.mt5_password_reset`."""
        return cast(
            "Pending[models.Mt5PasswordResetResponse]",
            self._session.start(
                "mt5_password_reset",
                {
                    "login": login,
                    "new_password": new_password,
                    "verification_code": verification_code,
                    "password_type": password_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def mt5_withdrawal(
        self,
        *,
        amount: float,
        from_mt5: str,
        to_binary: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.Mt5WithdrawalResponse]:
        """Sends ``mt5_withdrawal`` now; see `BinaryComClient.mt5_withdrawal`."""
        return cast(
            "Pending[models.Mt5WithdrawalResponse]",
            self._session.start(
                "mt5_withdrawal",
                {
                    "amount": amount,
                    "from_mt5": from_mt5,
                    "to_binary": to_binary,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
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

    def new_partner_account(
        self,
        *,
        partner_type: Literal["individual", "company"],
        website: str,
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
        calling_country_code: str | Unset | None = UNSET,
        citizen: str | Unset | None = UNSET,
        client_type: Literal["professional", "retail"] | None = None,
        company_name: str | None = None,
        company_registration_no: str | None = None,
        currency: str | None = None,
        date_of_birth: str | None = None,
        fatca_declaration: Literal[0, 1] | None = None,
        first_name: str | None = None,
        landing_company_short: Literal["maltainvest", "svg"] | None = None,
        last_name: str | None = None,
        non_pep_declaration: int | None = None,
        phone: str | Unset | None = UNSET,
        provider: Literal["myaffiliate", "dynamicworks"] | None = None,
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
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.NewPartnerAccountResponse]:
        """Sends ``new_partner_account`` now; see `BinaryComClient.new_partner_account`."""
        return cast(
            "Pending[models.NewPartnerAccountResponse]",
            self._session.start(
                "new_partner_account",
                {
                    "partner_type": partner_type,
                    "website": website,
                    "account_turnover": account_turnover,
                    "address_city": address_city,
                    "address_line_1": address_line_1,
                    "address_line_2": address_line_2,
                    "address_postcode": address_postcode,
                    "address_state": address_state,
                    "calling_country_code": calling_country_code,
                    "citizen": citizen,
                    "client_type": client_type,
                    "company_name": company_name,
                    "company_registration_no": company_registration_no,
                    "currency": currency,
                    "date_of_birth": date_of_birth,
                    "fatca_declaration": fatca_declaration,
                    "first_name": first_name,
                    "landing_company_short": landing_company_short,
                    "last_name": last_name,
                    "non_pep_declaration": non_pep_declaration,
                    "phone": phone,
                    "provider": provider,
                    "residence": residence,
                    "salutation": salutation,
                    "secret_answer": secret_answer,
                    "secret_question": secret_question,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def oauth_apps(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.OauthAppsResponse]:
        """Sends ``oauth_apps`` now; see `BinaryComClient.oauth_apps`."""
        return cast(
            "Pending[models.OauthAppsResponse]",
            self._session.start(
                "oauth_apps", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def p2p_advert_create(
        self,
        *,
        amount: float,
        max_order_amount: float,
        min_order_amount: float,
        rate: float,
        type: Literal["buy", "sell"],
        block_trade: Literal[0, 1] | None = None,
        contact_info: str | None = None,
        description: str | None = None,
        eligible_countries: list[str] | None = None,
        local_currency: str | None = None,
        min_completion_rate: float | None = None,
        min_join_days: int | None = None,
        min_rating: float | None = None,
        order_expiry_period: int | None = None,
        payment_info: str | None = None,
        payment_method: str | None = None,
        payment_method_ids: list[int] | None = None,
        payment_method_names: list[str] | None = None,
        rate_type: Literal["fixed", "float"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pAdvertCreateResponse]:
        """Sends ``p2p_advert_create`` now; see `BinaryComClient.p2p_advert_create`."""
        return cast(
            "Pending[models.P2pAdvertCreateResponse]",
            self._session.start(
                "p2p_advert_create",
                {
                    "amount": amount,
                    "max_order_amount": max_order_amount,
                    "min_order_amount": min_order_amount,
                    "rate": rate,
                    "type": type,
                    "block_trade": block_trade,
                    "contact_info": contact_info,
                    "description": description,
                    "eligible_countries": eligible_countries,
                    "local_currency": local_currency,
                    "min_completion_rate": min_completion_rate,
                    "min_join_days": min_join_days,
                    "min_rating": min_rating,
                    "order_expiry_period": order_expiry_period,
                    "payment_info": payment_info,
                    "payment_method": payment_method,
                    "payment_method_ids": payment_method_ids,
                    "payment_method_names": payment_method_names,
                    "rate_type": rate_type,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advert_info(
        self,
        *,
        id: str | None = None,
        use_client_limits: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pAdvertInfoResponse]:
        """Sends ``p2p_advert_info`` now; see `BinaryComClient.p2p_advert_info`."""
        return cast(
            "Pending[models.P2pAdvertInfoResponse]",
            self._session.start(
                "p2p_advert_info",
                {
                    "id": id,
                    "use_client_limits": use_client_limits,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advert_list(
        self,
        *,
        advertiser_id: str | None = None,
        advertiser_name: str | None = None,
        amount: float | None = None,
        block_trade: Literal[0, 1] | None = None,
        counterparty_type: Literal["buy", "sell"] | None = None,
        favourites_only: Literal[0, 1] | None = None,
        hide_client_schedule_unavailable: Literal[0, 1] | None = None,
        hide_ineligible: Literal[0, 1] | None = None,
        limit: int | None = None,
        local_currency: str | None = None,
        offset: int | None = None,
        payment_method: list[str] | None = None,
        sort_by: Literal["completion", "rate", "rating", "recommended"] | None = None,
        use_client_limits: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pAdvertListResponse]:
        """Sends ``p2p_advert_list`` now; see `BinaryComClient.p2p_advert_list`."""
        return cast(
            "Pending[models.P2pAdvertListResponse]",
            self._session.start(
                "p2p_advert_list",
                {
                    "advertiser_id": advertiser_id,
                    "advertiser_name": advertiser_name,
                    "amount": amount,
                    "block_trade": block_trade,
                    "counterparty_type": counterparty_type,
                    "favourites_only": favourites_only,
                    "hide_client_schedule_unavailable": hide_client_schedule_unavailable,
                    "hide_ineligible": hide_ineligible,
                    "limit": limit,
                    "local_currency": local_currency,
                    "offset": offset,
                    "payment_method": payment_method,
                    "sort_by": sort_by,
                    "use_client_limits": use_client_limits,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advert_update(
        self,
        *,
        id: str,
        contact_info: str | None = None,
        delete: Literal[0, 1] | None = None,
        description: str | None = None,
        eligible_countries: list[str] | Unset | None = UNSET,
        is_active: Literal[0, 1] | None = None,
        local_currency: str | None = None,
        max_order_amount: float | None = None,
        min_completion_rate: float | Unset | None = UNSET,
        min_join_days: int | Unset | None = UNSET,
        min_order_amount: float | None = None,
        min_rating: float | Unset | None = UNSET,
        order_expiry_period: int | None = None,
        payment_info: str | None = None,
        payment_method_ids: list[int] | None = None,
        payment_method_names: list[str] | None = None,
        rate: float | None = None,
        rate_type: Literal["fixed", "float"] | None = None,
        remaining_amount: float | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pAdvertUpdateResponse]:
        """Sends ``p2p_advert_update`` now; see `BinaryComClient.p2p_advert_update`."""
        return cast(
            "Pending[models.P2pAdvertUpdateResponse]",
            self._session.start(
                "p2p_advert_update",
                {
                    "id": id,
                    "contact_info": contact_info,
                    "delete": delete,
                    "description": description,
                    "eligible_countries": eligible_countries,
                    "is_active": is_active,
                    "local_currency": local_currency,
                    "max_order_amount": max_order_amount,
                    "min_completion_rate": min_completion_rate,
                    "min_join_days": min_join_days,
                    "min_order_amount": min_order_amount,
                    "min_rating": min_rating,
                    "order_expiry_period": order_expiry_period,
                    "payment_info": payment_info,
                    "payment_method_ids": payment_method_ids,
                    "payment_method_names": payment_method_names,
                    "rate": rate,
                    "rate_type": rate_type,
                    "remaining_amount": remaining_amount,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advertiser_adverts(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pAdvertiserAdvertsResponse]:
        """Sends ``p2p_advertiser_adverts`` now; see `BinaryComClient.p2p_advertiser_adverts`."""
        return cast(
            "Pending[models.P2pAdvertiserAdvertsResponse]",
            self._session.start(
                "p2p_advertiser_adverts",
                {"limit": limit, "offset": offset, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def p2p_advertiser_create(
        self,
        *,
        name: str,
        contact_info: str | None = None,
        default_advert_description: str | None = None,
        payment_info: str | None = None,
        schedule: list[models.P2pAdvertiserCreateRequestScheduleItem] | Unset | None = UNSET,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pAdvertiserCreateResponse]:
        """Sends ``p2p_advertiser_create`` now; see `BinaryComClient.p2p_advertiser_create`."""
        return cast(
            "Pending[models.P2pAdvertiserCreateResponse]",
            self._session.start(
                "p2p_advertiser_create",
                {
                    "name": name,
                    "contact_info": contact_info,
                    "default_advert_description": default_advert_description,
                    "payment_info": payment_info,
                    "schedule": schedule,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advertiser_info(
        self,
        *,
        id: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pAdvertiserInfoResponse]:
        """Sends ``p2p_advertiser_info`` now; see `BinaryComClient.p2p_advertiser_info`."""
        return cast(
            "Pending[models.P2pAdvertiserInfoResponse]",
            self._session.start(
                "p2p_advertiser_info",
                {"id": id, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def p2p_advertiser_list(
        self,
        *,
        advertiser_name: str | None = None,
        is_blocked: Literal[0, 1] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: Literal["name", "created_time", "last_interaction_time"] | None = None,
        trade_partners: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pAdvertiserListResponse]:
        """Sends ``p2p_advertiser_list`` now; see `BinaryComClient.p2p_advertiser_list`."""
        return cast(
            "Pending[models.P2pAdvertiserListResponse]",
            self._session.start(
                "p2p_advertiser_list",
                {
                    "advertiser_name": advertiser_name,
                    "is_blocked": is_blocked,
                    "limit": limit,
                    "offset": offset,
                    "sort_by": sort_by,
                    "trade_partners": trade_partners,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advertiser_payment_methods(
        self,
        *,
        create: list[models.P2pAdvertiserPaymentMethodsRequestCreateItem] | None = None,
        delete: list[float] | None = None,
        update: dict[str, dict[str, str]] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pAdvertiserPaymentMethodsResponse]:
        """Sends ``p2p_advertiser_payment_methods`` now; see `BinaryComClient.p2p_advertiser_payment_methods`."""
        return cast(
            "Pending[models.P2pAdvertiserPaymentMethodsResponse]",
            self._session.start(
                "p2p_advertiser_payment_methods",
                {
                    "create": create,
                    "delete": delete,
                    "update": update,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advertiser_relations(
        self,
        *,
        add_blocked: list[float] | None = None,
        add_favourites: list[float] | None = None,
        remove_blocked: list[float] | None = None,
        remove_favourites: list[float] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pAdvertiserRelationsResponse]:
        """Sends ``p2p_advertiser_relations`` now; see `BinaryComClient.p2p_advertiser_relations`."""
        return cast(
            "Pending[models.P2pAdvertiserRelationsResponse]",
            self._session.start(
                "p2p_advertiser_relations",
                {
                    "add_blocked": add_blocked,
                    "add_favourites": add_favourites,
                    "remove_blocked": remove_blocked,
                    "remove_favourites": remove_favourites,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_advertiser_update(
        self,
        *,
        contact_info: str | None = None,
        default_advert_description: str | None = None,
        is_listed: Literal[0, 1] | None = None,
        payment_info: str | None = None,
        schedule: list[models.P2pAdvertiserUpdateRequestScheduleItem] | Unset | None = UNSET,
        show_name: Literal[0, 1] | None = None,
        upgrade_limits: Literal[1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pAdvertiserUpdateResponse]:
        """Sends ``p2p_advertiser_update`` now; see `BinaryComClient.p2p_advertiser_update`."""
        return cast(
            "Pending[models.P2pAdvertiserUpdateResponse]",
            self._session.start(
                "p2p_advertiser_update",
                {
                    "contact_info": contact_info,
                    "default_advert_description": default_advert_description,
                    "is_listed": is_listed,
                    "payment_info": payment_info,
                    "schedule": schedule,
                    "show_name": show_name,
                    "upgrade_limits": upgrade_limits,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_chat_create(
        self,
        *,
        order_id: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pChatCreateResponse]:
        """Sends ``p2p_chat_create`` now; see `BinaryComClient.p2p_chat_create`."""
        return cast(
            "Pending[models.P2pChatCreateResponse]",
            self._session.start(
                "p2p_chat_create",
                {"order_id": order_id, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def p2p_country_list(
        self,
        *,
        country: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pCountryListResponse]:
        """Sends ``p2p_country_list`` now; see `BinaryComClient.p2p_country_list`."""
        return cast(
            "Pending[models.P2pCountryListResponse]",
            self._session.start(
                "p2p_country_list",
                {"country": country, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def p2p_order_cancel(
        self,
        *,
        id: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pOrderCancelResponse]:
        """Sends ``p2p_order_cancel`` now; see `BinaryComClient.p2p_order_cancel`."""
        return cast(
            "Pending[models.P2pOrderCancelResponse]",
            self._session.start(
                "p2p_order_cancel",
                {"id": id, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def p2p_order_confirm(
        self,
        *,
        id: str,
        dry_run: Literal[0, 1] | None = None,
        verification_code: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pOrderConfirmResponse]:
        """Sends ``p2p_order_confirm`` now; see `BinaryComClient.p2p_order_confirm`."""
        return cast(
            "Pending[models.P2pOrderConfirmResponse]",
            self._session.start(
                "p2p_order_confirm",
                {
                    "id": id,
                    "dry_run": dry_run,
                    "verification_code": verification_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_order_create(
        self,
        *,
        advert_id: str,
        amount: float,
        contact_info: str | None = None,
        payment_info: str | None = None,
        payment_method_ids: list[int] | None = None,
        rate: float | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pOrderCreateResponse]:
        """Sends ``p2p_order_create`` now; see `BinaryComClient.p2p_order_create`."""
        return cast(
            "Pending[models.P2pOrderCreateResponse]",
            self._session.start(
                "p2p_order_create",
                {
                    "advert_id": advert_id,
                    "amount": amount,
                    "contact_info": contact_info,
                    "payment_info": payment_info,
                    "payment_method_ids": payment_method_ids,
                    "rate": rate,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_order_dispute(
        self,
        *,
        dispute_reason: Literal[
            "seller_not_released",
            "buyer_underpaid",
            "buyer_overpaid",
            "buyer_not_paid",
            "buyer_third_party_payment_method",
        ],
        id: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pOrderDisputeResponse]:
        """Sends ``p2p_order_dispute`` now; see `BinaryComClient.p2p_order_dispute`."""
        return cast(
            "Pending[models.P2pOrderDisputeResponse]",
            self._session.start(
                "p2p_order_dispute",
                {
                    "dispute_reason": dispute_reason,
                    "id": id,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_order_info(
        self,
        *,
        id: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pOrderInfoResponse]:
        """Sends ``p2p_order_info`` now; see `BinaryComClient.p2p_order_info`."""
        return cast(
            "Pending[models.P2pOrderInfoResponse]",
            self._session.start(
                "p2p_order_info",
                {"id": id, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def p2p_order_list(
        self,
        *,
        active: Literal[0, 1] | None = None,
        advert_id: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pOrderListResponse]:
        """Sends ``p2p_order_list`` now; see `BinaryComClient.p2p_order_list`."""
        return cast(
            "Pending[models.P2pOrderListResponse]",
            self._session.start(
                "p2p_order_list",
                {
                    "active": active,
                    "advert_id": advert_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "limit": limit,
                    "offset": offset,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_order_review(
        self,
        *,
        order_id: str,
        rating: int,
        recommended: Literal[0, 1] | Unset | None = UNSET,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pOrderReviewResponse]:
        """Sends ``p2p_order_review`` now; see `BinaryComClient.p2p_order_review`."""
        return cast(
            "Pending[models.P2pOrderReviewResponse]",
            self._session.start(
                "p2p_order_review",
                {
                    "order_id": order_id,
                    "rating": rating,
                    "recommended": recommended,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def p2p_payment_methods(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pPaymentMethodsResponse]:
        """Sends ``p2p_payment_methods`` now; see `BinaryComClient.p2p_payment_methods`."""
        return cast(
            "Pending[models.P2pPaymentMethodsResponse]",
            self._session.start(
                "p2p_payment_methods", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def p2p_ping(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pPingResponse]:
        """Sends ``p2p_ping`` now; see `BinaryComClient.p2p_ping`."""
        return cast(
            "Pending[models.P2pPingResponse]",
            self._session.start(
                "p2p_ping", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def p2p_settings(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.P2pSettingsResponse]:
        """Sends ``p2p_settings`` now; see `BinaryComClient.p2p_settings`."""
        return cast(
            "Pending[models.P2pSettingsResponse]",
            self._session.start(
                "p2p_settings", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def partner_account_creation(
        self,
        *,
        salutation: Literal["Mr", "Ms", "Miss", "Mrs"],
        address_city: str | None = None,
        address_line_1: str | None = None,
        address_line_2: str | None = None,
        address_postcode: str | None = None,
        address_state: str | None = None,
        calling_country_code: str | Unset | None = UNSET,
        citizen: str | Unset | None = UNSET,
        company_name: str | None = None,
        company_registration_no: str | None = None,
        currency: str | None = None,
        date_of_birth: str | None = None,
        email: str | None = None,
        fatca_declaration: Literal[0, 1] | None = None,
        first_name: str | None = None,
        landing_company_short: Literal["maltainvest", "svg"] | None = None,
        last_name: str | None = None,
        non_pep_declaration: int | None = None,
        partner_type: Literal["individual", "company"] | None = None,
        phone: str | None = None,
        provider: Literal["myaffiliate", "dynamicworks"] | None = None,
        residence: str | None = None,
        tnc_acceptance: Literal[0, 1] | None = None,
        website: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PartnerAccountCreationResponse]:
        """Sends ``partner_account_creation`` now; see `BinaryComClient.partner_account_creation`."""
        return cast(
            "Pending[models.PartnerAccountCreationResponse]",
            self._session.start(
                "partner_account_creation",
                {
                    "salutation": salutation,
                    "address_city": address_city,
                    "address_line_1": address_line_1,
                    "address_line_2": address_line_2,
                    "address_postcode": address_postcode,
                    "address_state": address_state,
                    "calling_country_code": calling_country_code,
                    "citizen": citizen,
                    "company_name": company_name,
                    "company_registration_no": company_registration_no,
                    "currency": currency,
                    "date_of_birth": date_of_birth,
                    "email": email,
                    "fatca_declaration": fatca_declaration,
                    "first_name": first_name,
                    "landing_company_short": landing_company_short,
                    "last_name": last_name,
                    "non_pep_declaration": non_pep_declaration,
                    "partner_type": partner_type,
                    "phone": phone,
                    "provider": provider,
                    "residence": residence,
                    "tnc_acceptance": tnc_acceptance,
                    "website": website,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def partner_account_creation_status(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PartnerAccountCreationStatusResponse]:
        """Sends ``partner_account_creation_status`` now; see `BinaryComClient.partner_account_creation_status`."""
        return cast(
            "Pending[models.PartnerAccountCreationStatusResponse]",
            self._session.start(
                "partner_account_creation_status",
                {"loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def partner_accounts(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PartnerAccountsResponse]:
        """Sends ``partner_accounts`` now; see `BinaryComClient.partner_accounts`."""
        return cast(
            "Pending[models.PartnerAccountsResponse]",
            self._session.start(
                "partner_accounts", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def partner_settings(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PartnerSettingsResponse]:
        """Sends ``partner_settings`` now; see `BinaryComClient.partner_settings`."""
        return cast(
            "Pending[models.PartnerSettingsResponse]",
            self._session.start(
                "partner_settings", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def partner_settings_update(
        self,
        *,
        provider: Literal["myaffiliate", "dynamicworks"],
        company_name: str | None = None,
        company_registration_no: str | None = None,
        partner_type: Literal["individual", "company"] | None = None,
        website: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PartnerSettingsUpdateResponse]:
        """Sends ``partner_settings_update`` now; see `BinaryComClient.partner_settings_update`."""
        return cast(
            "Pending[models.PartnerSettingsUpdateResponse]",
            self._session.start(
                "partner_settings_update",
                {
                    "provider": provider,
                    "company_name": company_name,
                    "company_registration_no": company_registration_no,
                    "partner_type": partner_type,
                    "website": website,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def payment_methods(
        self,
        *,
        country: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PaymentMethodsResponse]:
        """Sends ``payment_methods`` now; see `BinaryComClient.payment_methods`."""
        return cast(
            "Pending[models.PaymentMethodsResponse]",
            self._session.start(
                "payment_methods",
                {"country": country, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def paymentagent_create(
        self,
        *,
        commission_deposit: float,
        commission_withdrawal: float,
        email: str,
        information: str,
        payment_agent_name: str,
        supported_payment_methods: list[
            models.PaymentagentCreateRequestSupportedPaymentMethodsItem
        ],
        urls: list[models.PaymentagentCreateRequestUrlsItem],
        affiliate_id: str | None = None,
        phone_numbers: list[models.PaymentagentCreateRequestPhoneNumbersItem] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PaymentagentCreateResponse]:
        """Sends ``paymentagent_create`` now; see `BinaryComClient.paymentagent_create`."""
        return cast(
            "Pending[models.PaymentagentCreateResponse]",
            self._session.start(
                "paymentagent_create",
                {
                    "commission_deposit": commission_deposit,
                    "commission_withdrawal": commission_withdrawal,
                    "email": email,
                    "information": information,
                    "payment_agent_name": payment_agent_name,
                    "supported_payment_methods": supported_payment_methods,
                    "urls": urls,
                    "affiliate_id": affiliate_id,
                    "phone_numbers": phone_numbers,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def paymentagent_details(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PaymentagentDetailsResponse]:
        """Sends ``paymentagent_details`` now; see `BinaryComClient.paymentagent_details`."""
        return cast(
            "Pending[models.PaymentagentDetailsResponse]",
            self._session.start(
                "paymentagent_details", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def paymentagent_list(
        self,
        paymentagent_list: str,
        *,
        currency: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PaymentagentListResponse]:
        """Sends ``paymentagent_list`` now; see `BinaryComClient.paymentagent_list`."""
        return cast(
            "Pending[models.PaymentagentListResponse]",
            self._session.start(
                "paymentagent_list",
                {
                    "paymentagent_list": paymentagent_list,
                    "currency": currency,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def paymentagent_transfer(
        self,
        *,
        amount: float,
        currency: str,
        transfer_to: str,
        description: str | None = None,
        dry_run: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PaymentagentTransferResponse]:
        """Sends ``paymentagent_transfer`` now; see `BinaryComClient.paymentagent_transfer`."""
        return cast(
            "Pending[models.PaymentagentTransferResponse]",
            self._session.start(
                "paymentagent_transfer",
                {
                    "amount": amount,
                    "currency": currency,
                    "transfer_to": transfer_to,
                    "description": description,
                    "dry_run": dry_run,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def paymentagent_withdraw(
        self,
        *,
        amount: float,
        currency: str,
        paymentagent_loginid: str,
        verification_code: str,
        description: str | None = None,
        dry_run: Literal[0, 1] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PaymentagentWithdrawResponse]:
        """Sends ``paymentagent_withdraw`` now; see `BinaryComClient.paymentagent_withdraw`."""
        return cast(
            "Pending[models.PaymentagentWithdrawResponse]",
            self._session.start(
                "paymentagent_withdraw",
                {
                    "amount": amount,
                    "currency": currency,
                    "paymentagent_loginid": paymentagent_loginid,
                    "verification_code": verification_code,
                    "description": description,
                    "dry_run": dry_run,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def paymentagent_withdraw_justification(
        self,
        *,
        message: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PaymentagentWithdrawJustificationResponse]:
        """Sends ``paymentagent_withdraw_justification`` now; see `BinaryComClient.paymentagent_withdraw_justification`."""
        return cast(
            "Pending[models.PaymentagentWithdrawJustificationResponse]",
            self._session.start(
                "paymentagent_withdraw_justification",
                {"message": message, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def payout_currencies(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PayoutCurrenciesResponse]:
        """Sends ``payout_currencies`` now; see `BinaryComClient.payout_currencies`."""
        return cast(
            "Pending[models.PayoutCurrenciesResponse]",
            self._session.start(
                "payout_currencies", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def ping(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PingResponse]:
        """Sends ``ping`` now; see `BinaryComClient.ping`."""
        return cast(
            "Pending[models.PingResponse]",
            self._session.start("ping", {"passthrough": passthrough}, timeout),
        )

    def portfolio(
        self,
        *,
        contract_type: list[
            Literal[
                "ACCU",
                "ASIAND",
                "ASIANU",
                "CALL",
                "CALLE",
                "CALLSPREAD",
                "DIGITDIFF",
                "DIGITEVEN",
                "DIGITMATCH",
                "DIGITODD",
                "DIGITOVER",
                "DIGITUNDER",
                "EXPIRYMISSE",
                "EXPIRYMISS",
                "EXPIRYRANGE",
                "EXPIRYRANGEE",
                "LBFLOATCALL",
                "LBFLOATPUT",
                "LBHIGHLOW",
                "MULTDOWN",
                "MULTUP",
                "NOTOUCH",
                "ONETOUCH",
                "PUT",
                "PUTE",
                "PUTSPREAD",
                "RANGE",
                "RESETCALL",
                "RESETPUT",
                "RUNHIGH",
                "RUNLOW",
                "TICKHIGH",
                "TICKLOW",
                "UPORDOWN",
                "VANILLALONGCALL",
                "VANILLALONGPUT",
                "TURBOSLONG",
                "TURBOSSHORT",
            ]
        ]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PortfolioResponse]:
        """Sends ``portfolio`` now; see `BinaryComClient.portfolio`."""
        return cast(
            "Pending[models.PortfolioResponse]",
            self._session.start(
                "portfolio",
                {"contract_type": contract_type, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def profit_table(
        self,
        *,
        contract_type: list[
            Literal[
                "ACCU",
                "ASIAND",
                "ASIANU",
                "CALL",
                "CALLE",
                "CALLSPREAD",
                "DIGITDIFF",
                "DIGITEVEN",
                "DIGITMATCH",
                "DIGITODD",
                "DIGITOVER",
                "DIGITUNDER",
                "EXPIRYMISSE",
                "EXPIRYMISS",
                "EXPIRYRANGE",
                "EXPIRYRANGEE",
                "LBFLOATCALL",
                "LBFLOATPUT",
                "LBHIGHLOW",
                "MULTDOWN",
                "MULTUP",
                "NOTOUCH",
                "ONETOUCH",
                "PUT",
                "PUTE",
                "PUTSPREAD",
                "RANGE",
                "RESETCALL",
                "RESETPUT",
                "RUNHIGH",
                "RUNLOW",
                "TICKHIGH",
                "TICKLOW",
                "UPORDOWN",
                "VANILLALONGCALL",
                "VANILLALONGPUT",
                "TURBOSLONG",
                "TURBOSSHORT",
            ]
        ]
        | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        description: Literal[0, 1] | None = None,
        limit: float | None = None,
        offset: int | None = None,
        sort: Literal["ASC", "DESC"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ProfitTableResponse]:
        """Sends ``profit_table`` now; see `BinaryComClient.profit_table`."""
        return cast(
            "Pending[models.ProfitTableResponse]",
            self._session.start(
                "profit_table",
                {
                    "contract_type": contract_type,
                    "date_from": date_from,
                    "date_to": date_to,
                    "description": description,
                    "limit": limit,
                    "offset": offset,
                    "sort": sort,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def proposal(
        self,
        *,
        contract_type: Literal[
            "MULTUP",
            "MULTDOWN",
            "UPORDOWN",
            "EXPIRYRANGE",
            "ONETOUCH",
            "CALLE",
            "LBHIGHLOW",
            "ASIAND",
            "EXPIRYRANGEE",
            "DIGITDIFF",
            "DIGITMATCH",
            "DIGITOVER",
            "PUTE",
            "DIGITUNDER",
            "NOTOUCH",
            "CALL",
            "RANGE",
            "LBFLOATPUT",
            "DIGITODD",
            "PUT",
            "ASIANU",
            "LBFLOATCALL",
            "EXPIRYMISSE",
            "EXPIRYMISS",
            "DIGITEVEN",
            "TICKHIGH",
            "TICKLOW",
            "RESETCALL",
            "RESETPUT",
            "SNOWDOWN",
            "SNOWUP",
            "CALLSPREAD",
            "PUTSPREAD",
            "RUNHIGH",
            "RUNLOW",
            "ACCU",
            "VANILLALONGCALL",
            "VANILLALONGPUT",
            "TURBOSLONG",
            "TURBOSSHORT",
        ],
        currency: str,
        symbol: str,
        amount: float | None = None,
        barrier: str | None = None,
        barrier2: str | None = None,
        barrier_range: Literal["tight", "middle", "wide"] | None = None,
        basis: Literal["payout", "stake"] | None = None,
        cancellation: str | None = None,
        date_expiry: int | None = None,
        date_start: int | None = None,
        duration: int | None = None,
        duration_unit: Literal["d", "m", "s", "h", "t"] | None = None,
        growth_rate: float | None = None,
        limit_order: models.ProposalRequestLimitOrder | None = None,
        multiplier: float | None = None,
        payout_per_point: float | None = None,
        product_type: Literal["basic"] | None = None,
        selected_tick: int | None = None,
        trade_risk_profile: Literal["low", "medium", "high"] | None = None,
        trading_period_start: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ProposalResponse]:
        """Sends ``proposal`` now; see `BinaryComClient.proposal`."""
        return cast(
            "Pending[models.ProposalResponse]",
            self._session.start(
                "proposal",
                {
                    "contract_type": contract_type,
                    "currency": currency,
                    "symbol": symbol,
                    "amount": amount,
                    "barrier": barrier,
                    "barrier2": barrier2,
                    "barrier_range": barrier_range,
                    "basis": basis,
                    "cancellation": cancellation,
                    "date_expiry": date_expiry,
                    "date_start": date_start,
                    "duration": duration,
                    "duration_unit": duration_unit,
                    "growth_rate": growth_rate,
                    "limit_order": limit_order,
                    "multiplier": multiplier,
                    "payout_per_point": payout_per_point,
                    "product_type": product_type,
                    "selected_tick": selected_tick,
                    "trade_risk_profile": trade_risk_profile,
                    "trading_period_start": trading_period_start,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def proposal_open_contract(
        self,
        *,
        contract_id: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ProposalOpenContractResponse]:
        """Sends ``proposal_open_contract`` now; see `BinaryComClient.proposal_open_contract`."""
        return cast(
            "Pending[models.ProposalOpenContractResponse]",
            self._session.start(
                "proposal_open_contract",
                {"contract_id": contract_id, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def reality_check(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.RealityCheckResponse]:
        """Sends ``reality_check`` now; see `BinaryComClient.reality_check`."""
        return cast(
            "Pending[models.RealityCheckResponse]",
            self._session.start(
                "reality_check", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def residence_list(
        self,
        *,
        query: list[
            Literal[
                "account_opening_self_declaration_required",
                "common_reporting_standard",
                "disabled",
                "identity",
                "jurisdiction_risk_assessment",
                "phone_idd",
                "selected",
                "text",
                "tin_format",
                "value",
                "wallet_signup",
            ]
        ]
        | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ResidenceListResponse]:
        """Sends ``residence_list`` now; see `BinaryComClient.residence_list`."""
        return cast(
            "Pending[models.ResidenceListResponse]",
            self._session.start(
                "residence_list", {"query": query, "passthrough": passthrough}, timeout
            ),
        )

    def revoke_oauth_app(
        self,
        revoke_oauth_app: int,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.RevokeOauthAppResponse]:
        """Sends ``revoke_oauth_app`` now; see `BinaryComClient.revoke_oauth_app`."""
        return cast(
            "Pending[models.RevokeOauthAppResponse]",
            self._session.start(
                "revoke_oauth_app",
                {
                    "revoke_oauth_app": revoke_oauth_app,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def sell(
        self,
        sell: int,
        *,
        price: float,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.SellResponse]:
        """Sends ``sell`` now; see `BinaryComClient.sell`."""
        return cast(
            "Pending[models.SellResponse]",
            self._session.start(
                "sell",
                {"sell": sell, "price": price, "loginid": loginid, "passthrough": passthrough},
                timeout,
            ),
        )

    def sell_contract_for_multiple_accounts(
        self,
        *,
        price: float,
        shortcode: str,
        tokens: list[str],
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.SellContractForMultipleAccountsResponse]:
        """Sends ``sell_contract_for_multiple_accounts`` now; see `BinaryComClient.sell_contract_for_multiple_accounts`."""
        return cast(
            "Pending[models.SellContractForMultipleAccountsResponse]",
            self._session.start(
                "sell_contract_for_multiple_accounts",
                {
                    "price": price,
                    "shortcode": shortcode,
                    "tokens": tokens,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def sell_expired(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.SellExpiredResponse]:
        """Sends ``sell_expired`` now; see `BinaryComClient.sell_expired`."""
        return cast(
            "Pending[models.SellExpiredResponse]",
            self._session.start(
                "sell_expired", {"loginid": loginid, "passthrough": passthrough}, timeout
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

    def statement(
        self,
        *,
        action_type: Literal[
            "buy",
            "sell",
            "deposit",
            "withdrawal",
            "escrow",
            "adjustment",
            "virtual_credit",
            "transfer",
        ]
        | None = None,
        date_from: int | None = None,
        date_to: int | None = None,
        description: Literal[0, 1] | None = None,
        limit: float | None = None,
        offset: int | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.StatementResponse]:
        """Sends ``statement`` now; see `BinaryComClient.statement`."""
        return cast(
            "Pending[models.StatementResponse]",
            self._session.start(
                "statement",
                {
                    "action_type": action_type,
                    "date_from": date_from,
                    "date_to": date_to,
                    "description": description,
                    "limit": limit,
                    "offset": offset,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def states_list(
        self,
        states_list: str,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.StatesListResponse]:
        """Sends ``states_list`` now; see `BinaryComClient.states_list`."""
        return cast(
            "Pending[models.StatesListResponse]",
            self._session.start(
                "states_list", {"states_list": states_list, "passthrough": passthrough}, timeout
            ),
        )

    def ticks(
        self,
        ticks: str | list[str],
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TicksResponse]:
        """Sends ``ticks`` now; see `BinaryComClient.ticks`."""
        return cast(
            "Pending[models.TicksResponse]",
            self._session.start("ticks", {"ticks": ticks, "passthrough": passthrough}, timeout),
        )

    def ticks_batch(
        self,
        *,
        market: Literal[
            "forex", "indices", "commodities", "stocks", "cryptocurrency", "synthetic_index"
        ],
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TicksBatchResponse]:
        """Sends ``ticks_batch`` now; see `BinaryComClient.ticks_batch`."""
        return cast(
            "Pending[models.TicksBatchResponse]",
            self._session.start(
                "ticks_batch", {"market": market, "passthrough": passthrough}, timeout
            ),
        )

    def ticks_history(
        self,
        ticks_history: str,
        *,
        end: str,
        adjust_start_time: Literal[1] | None = None,
        count: int | None = None,
        granularity: Literal[60, 120, 180, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400]
        | None = None,
        start: int | None = None,
        style: Literal["candles", "ticks"] | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TicksHistoryResponse]:
        """Sends ``ticks_history`` now; see `BinaryComClient.ticks_history`."""
        return cast(
            "Pending[models.TicksHistoryResponse]",
            self._session.start(
                "ticks_history",
                {
                    "ticks_history": ticks_history,
                    "end": end,
                    "adjust_start_time": adjust_start_time,
                    "count": count,
                    "granularity": granularity,
                    "start": start,
                    "style": style,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def time(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TimeResponse]:
        """Sends ``time`` now; see `BinaryComClient.time`."""
        return cast(
            "Pending[models.TimeResponse]",
            self._session.start("time", {"passthrough": passthrough}, timeout),
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

    def trading_durations(
        self,
        *,
        landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        landing_company_short: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"]
        | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TradingDurationsResponse]:
        """Sends ``trading_durations`` now; see `BinaryComClient.trading_durations`."""
        return cast(
            "Pending[models.TradingDurationsResponse]",
            self._session.start(
                "trading_durations",
                {
                    "landing_company": landing_company,
                    "landing_company_short": landing_company_short,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def trading_platform_investor_password_reset(
        self,
        *,
        account_id: str,
        new_password: str,
        verification_code: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TradingPlatformInvestorPasswordResetResponse]:
        """Sends ``trading_platform_investor_password_reset`` now; see `BinaryComClient.trading_platform_investor_password_reset`."""
        return cast(
            "Pending[models.TradingPlatformInvestorPasswordResetResponse]",
            self._session.start(
                "trading_platform_investor_password_reset",
                {
                    "account_id": account_id,
                    "new_password": new_password,
                    "verification_code": verification_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def trading_platform_password_reset(
        self,
        *,
        new_password: str,
        platform: Literal["dxtrade", "mt5"],
        verification_code: str,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TradingPlatformPasswordResetResponse]:
        """Sends ``trading_platform_password_reset`` now; see `BinaryComClient.trading_platform_password_reset`."""
        return cast(
            "Pending[models.TradingPlatformPasswordResetResponse]",
            self._session.start(
                "trading_platform_password_reset",
                {
                    "new_password": new_password,
                    "platform": platform,
                    "verification_code": verification_code,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def trading_platform_status(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TradingPlatformStatusResponse]:
        """Sends ``trading_platform_status`` now; see `BinaryComClient.trading_platform_status`."""
        return cast(
            "Pending[models.TradingPlatformStatusResponse]",
            self._session.start("trading_platform_status", {"passthrough": passthrough}, timeout),
        )

    def trading_servers(
        self,
        *,
        account_type: Literal["demo", "real"] | None = None,
        environment: Literal[
            "all", "Deriv-Demo", "Deriv-Server", "Deriv-Server-02", "Deriv-Server-03"
        ]
        | None = None,
        market_type: Literal["all", "financial", "synthetic"] | None = None,
        platform: Literal["mt5", "dxtrade"] | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TradingServersResponse]:
        """Sends ``trading_servers`` now; see `BinaryComClient.trading_servers`."""
        return cast(
            "Pending[models.TradingServersResponse]",
            self._session.start(
                "trading_servers",
                {
                    "account_type": account_type,
                    "environment": environment,
                    "market_type": market_type,
                    "platform": platform,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
            ),
        )

    def trading_times(
        self,
        trading_times: str,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TradingTimesResponse]:
        """Sends ``trading_times`` now; see `BinaryComClient.trading_times`."""
        return cast(
            "Pending[models.TradingTimesResponse]",
            self._session.start(
                "trading_times",
                {"trading_times": trading_times, "passthrough": passthrough},
                timeout,
            ),
        )

    def transfer_between_accounts(
        self,
        *,
        account_from: str | None = None,
        account_to: str | None = None,
        accounts: Literal["all", "brief"] | None = None,
        amount: float | None = None,
        currency: str | None = None,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TransferBetweenAccountsResponse]:
        """Sends ``transfer_between_accounts`` now; see `BinaryComClient.transfer_between_accounts`."""
        return cast(
            "Pending[models.TransferBetweenAccountsResponse]",
            self._session.start(
                "transfer_between_accounts",
                {
                    "account_from": account_from,
                    "account_to": account_to,
                    "accounts": accounts,
                    "amount": amount,
                    "currency": currency,
                    "loginid": loginid,
                    "passthrough": passthrough,
                },
                timeout,
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

    def website_config(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.WebsiteConfigResponse]:
        """Sends ``website_config`` now; see `BinaryComClient.website_config`."""
        return cast(
            "Pending[models.WebsiteConfigResponse]",
            self._session.start("website_config", {"passthrough": passthrough}, timeout),
        )

    def website_status(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.WebsiteStatusResponse]:
        """Sends ``website_status`` now; see `BinaryComClient.website_status`."""
        return cast(
            "Pending[models.WebsiteStatusResponse]",
            self._session.start("website_status", {"passthrough": passthrough}, timeout),
        )
