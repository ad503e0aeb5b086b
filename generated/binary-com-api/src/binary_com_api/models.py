"""The typed models of Binary.com WebSocket API v3.

Every model keeps the fields the spec does not know in `extra_fields`, so decoding and
encoding again gives back the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ._runtime.core.types import UNSET, Unset

__all__ = [
    "AccountListRequest",
    "AccountListResponse",
    "AccountListResponseAccountListItem",
    "AccountListResponseAccountListItemLinkedToItem",
    "ActiveSymbolsRequest",
    "ActiveSymbolsResponse",
    "ActiveSymbolsResponseActiveSymbolsItem",
    "AfterFirstDepositRequirements",
    "ApiTokenRequest",
    "ApiTokenResponse",
    "ApiTokenResponseApiToken",
    "ApiTokenResponseApiTokenTokensItem",
    "AppDeleteRequest",
    "AppDeleteResponse",
    "AppGetRequest",
    "AppGetResponse",
    "AppGetResponseAppGet",
    "AppListRequest",
    "AppListResponse",
    "AppListResponseAppListItem",
    "AppMarkupDetailsRequest",
    "AppMarkupDetailsResponse",
    "AppMarkupDetailsResponseAppMarkupDetails",
    "AppMarkupDetailsResponseAppMarkupDetailsTransactionsItem",
    "AppMarkupStatisticsRequest",
    "AppMarkupStatisticsResponse",
    "AppMarkupStatisticsResponseAppMarkupStatistics",
    "AppMarkupStatisticsResponseAppMarkupStatisticsBreakdownItem",
    "AppRegisterRequest",
    "AppRegisterResponse",
    "AppRegisterResponseAppRegister",
    "AppUpdateRequest",
    "AppUpdateResponse",
    "AppUpdateResponseAppUpdate",
    "AssetIndexRequest",
    "AssetIndexResponse",
    "AuthorizeRequest",
    "AuthorizeResponse",
    "AuthorizeResponseAuthorize",
    "AuthorizeResponseAuthorizeAccountListItem",
    "AuthorizeResponseAuthorizeAccountListItemLinkedToItem",
    "AuthorizeResponseAuthorizeLinkedToItem",
    "AuthorizeResponseAuthorizeLocalCurrenciesValue",
    "BalanceRequest",
    "BalanceResponse",
    "BalanceResponseBalance",
    "BalanceResponseBalanceAccountsValue",
    "BalanceResponseBalanceTotal",
    "BalanceResponseBalanceTotalDeriv",
    "BalanceResponseBalanceTotalDerivDemo",
    "BalanceResponseBalanceTotalMt5",
    "BalanceResponseBalanceTotalMt5Demo",
    "BalanceResponseSubscription",
    "BuyContractForMultipleAccountsRequest",
    "BuyContractForMultipleAccountsRequestParameters",
    "BuyContractForMultipleAccountsResponse",
    "BuyContractForMultipleAccountsResponseBuyContractForMultipleAccounts",
    "BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1",
    "BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2",
    "BuyRequest",
    "BuyRequestParameters",
    "BuyRequestParametersLimitOrder",
    "BuyResponse",
    "BuyResponseBuy",
    "BuyResponseSubscription",
    "CancelRequest",
    "CancelResponse",
    "CancelResponseCancel",
    "CashierRequest",
    "CashierResponse",
    "CashierResponseCashierOption2",
    "CashierResponseCashierOption2Deposit",
    "CashierResponseCashierOption2WithdrawOption1",
    "CashierResponseCashierOption2WithdrawOption2",
    "ClientKycStatusRequirements",
    "ComplianceRequirements",
    "ConfirmEmailRequest",
    "ConfirmEmailResponse",
    "ContractUpdateHistoryRequest",
    "ContractUpdateHistoryResponse",
    "ContractUpdateHistoryResponseContractUpdateHistoryItem",
    "ContractUpdateRequest",
    "ContractUpdateRequestLimitOrder",
    "ContractUpdateResponse",
    "ContractUpdateResponseContractUpdate",
    "ContractUpdateResponseContractUpdateStopLoss",
    "ContractUpdateResponseContractUpdateTakeProfit",
    "ContractsForCompanyRequest",
    "ContractsForCompanyResponse",
    "ContractsForCompanyResponseContractsForCompany",
    "ContractsForCompanyResponseContractsForCompanyAvailableItem",
    "ContractsForRequest",
    "ContractsForResponse",
    "ContractsForResponseContractsFor",
    "ContractsForResponseContractsForAvailableItem",
    "ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem",
    "CopyStartRequest",
    "CopyStartResponse",
    "CopyStopRequest",
    "CopyStopResponse",
    "CopytradingListRequest",
    "CopytradingListResponse",
    "CopytradingListResponseCopytradingList",
    "CopytradingListResponseCopytradingListCopiersItem",
    "CopytradingListResponseCopytradingListTradersItem",
    "CopytradingStatisticsRequest",
    "CopytradingStatisticsResponse",
    "CopytradingStatisticsResponseCopytradingStatistics",
    "CryptoConfigRequest",
    "CryptoConfigResponse",
    "CryptoConfigResponseCryptoConfig",
    "CryptoConfigResponseCryptoConfigCurrenciesConfigValue",
    "CryptoEstimationsRequest",
    "CryptoEstimationsResponse",
    "CryptoEstimationsResponseCryptoEstimationsValue",
    "CryptoEstimationsResponseCryptoEstimationsValueWithdrawalFee",
    "CryptoEstimationsResponseSubscription",
    "DocumentUploadRequest",
    "DocumentUploadRequestProofOfOwnership",
    "DocumentUploadResponse",
    "DocumentUploadResponseDocumentUpload",
    "EconomicCalendarRequest",
    "EconomicCalendarResponse",
    "EconomicCalendarResponseEconomicCalendar",
    "EconomicCalendarResponseEconomicCalendarEventsItem",
    "EconomicCalendarResponseEconomicCalendarEventsItemActual",
    "EconomicCalendarResponseEconomicCalendarEventsItemForecast",
    "EconomicCalendarResponseEconomicCalendarEventsItemPrevious",
    "ExchangeRatesRequest",
    "ExchangeRatesResponse",
    "ExchangeRatesResponseExchangeRates",
    "ExchangeRatesResponseExchangeRatesRatesValueOption1",
    "ExchangeRatesResponseSubscription",
    "ExchangeVerificationCodeRequest",
    "ExchangeVerificationCodeResponse",
    "ExchangeVerificationCodeResponseExchangeVerificationCode",
    "FinancialAssessmentQuestionsRequest",
    "FinancialAssessmentQuestionsResponse",
    "FinancialAssessmentQuestionsResponseFinancialAssessmentQuestions",
    "FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValue",
    "FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValueAnswersItem",
    "ForgetAllRequest",
    "ForgetAllResponse",
    "ForgetRequest",
    "ForgetResponse",
    "GetAccountStatusRequest",
    "GetAccountStatusResponse",
    "GetAccountStatusResponseGetAccountStatus",
    "GetAccountStatusResponseGetAccountStatusAuthentication",
    "GetAccountStatusResponseGetAccountStatusAuthenticationAttempts",
    "GetAccountStatusResponseGetAccountStatusAuthenticationAttemptsHistoryItem",
    "GetAccountStatusResponseGetAccountStatusAuthenticationDocument",
    "GetAccountStatusResponseGetAccountStatusAuthenticationDocumentVerifiedJurisdiction",
    "GetAccountStatusResponseGetAccountStatusAuthenticationIdentity",
    "GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServices",
    "GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesIdv",
    "GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesManual",
    "GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesOnfido",
    "GetAccountStatusResponseGetAccountStatusAuthenticationIncome",
    "GetAccountStatusResponseGetAccountStatusAuthenticationOwnership",
    "GetAccountStatusResponseGetAccountStatusAuthenticationOwnershipRequestsItem",
    "GetAccountStatusResponseGetAccountStatusCurrencyConfigValue",
    "GetFinancialAssessmentRequest",
    "GetFinancialAssessmentResponse",
    "GetFinancialAssessmentResponseGetFinancialAssessment",
    "GetLimitsRequest",
    "GetLimitsResponse",
    "GetLimitsResponseGetLimits",
    "GetLimitsResponseGetLimitsLifetimeTransfers",
    "GetLimitsResponseGetLimitsLifetimeTransfersCryptoToCrypto",
    "GetLimitsResponseGetLimitsLifetimeTransfersCryptoToFiat",
    "GetLimitsResponseGetLimitsLifetimeTransfersFiatToCrypto",
    "GetLimitsResponseGetLimitsMarketSpecificValueItem",
    "GetLimitsResponseGetLimitsPayoutPerSymbol",
    "GetLimitsResponseGetLimitsPayoutPerSymbolNonAtm",
    "GetSelfExclusionRequest",
    "GetSelfExclusionResponse",
    "GetSelfExclusionResponseGetSelfExclusion",
    "GetSettingsRequest",
    "GetSettingsResponse",
    "GetSettingsResponseGetSettings",
    "GetSettingsResponseGetSettingsFeatureFlag",
    "GetSettingsResponseGetSettingsPhoneNumberVerification",
    "GetThirdPartyRedirectRequest",
    "GetThirdPartyRedirectResponse",
    "IdentityVerificationDocumentAddRequest",
    "IdentityVerificationDocumentAddResponse",
    "KycAuthStatusRequest",
    "KycAuthStatusResponse",
    "KycAuthStatusResponseKycAuthStatusOption1",
    "KycAuthStatusResponseKycAuthStatusOption1Address",
    "KycAuthStatusResponseKycAuthStatusOption1AddressLastRejected",
    "KycAuthStatusResponseKycAuthStatusOption1Identity",
    "KycAuthStatusResponseKycAuthStatusOption1IdentityLastRejected",
    "KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItem",
    "KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItemAdditional",
    "KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItemAvailableServicesItem",
    "KycAuthStatusResponseKycAuthStatusOption2Value",
    "KycAuthStatusResponseKycAuthStatusOption2ValueAddress",
    "KycAuthStatusResponseKycAuthStatusOption2ValueAddressLastRejected",
    "KycAuthStatusResponseKycAuthStatusOption2ValueIdentity",
    "KycAuthStatusResponseKycAuthStatusOption2ValueIdentityLastRejected",
    "KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItem",
    "KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItemAdditional",
    "KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItemAvailableServicesItem",
    "LandingCompanyDetails",
    "LandingCompanyDetails2",
    "LandingCompanyDetails3",
    "LandingCompanyDetails4",
    "LandingCompanyDetails5",
    "LandingCompanyDetailsRequest",
    "LandingCompanyDetailsResponse",
    "LandingCompanyDetailsResponseLandingCompanyDetails",
    "LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfig",
    "LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarket",
    "LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarketCurrency",
    "LandingCompanyDetailsResponseLandingCompanyDetailsRequirements",
    "LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsAfterFirstDeposit",
    "LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsCompliance",
    "LandingCompanyRequest",
    "LandingCompanyResponse",
    "LandingCompanyResponseLandingCompany",
    "LandingCompanyResponseLandingCompanyCtrader",
    "LandingCompanyResponseLandingCompanyCtraderAll",
    "LandingCompanyResponseLandingCompanyDxtradeAllCompany",
    "LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandard",
    "LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirements",
    "LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirementsAfterFirstDeposit",
    "LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirementsCompliance",
    "LandingCompanyResponseLandingCompanyDxtradeFinancialCompany",
    "LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandard",
    "LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirements",
    "LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirementsAfterFirstDeposit",
    "LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirementsCompliance",
    "LandingCompanyResponseLandingCompanyDxtradeGamingCompany",
    "LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandard",
    "LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirements",
    "LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirementsAfterFirstDeposit",
    "LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirementsCompliance",
    "LandingCompanyResponseLandingCompanyFinancialCompany",
    "LandingCompanyResponseLandingCompanyFinancialCompanyRequirements",
    "LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsAfterFirstDeposit",
    "LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsCompliance",
    "LandingCompanyResponseLandingCompanyGamingCompany",
    "LandingCompanyResponseLandingCompanyGamingCompanyRequirements",
    "LandingCompanyResponseLandingCompanyGamingCompanyRequirementsAfterFirstDeposit",
    "LandingCompanyResponseLandingCompanyGamingCompanyRequirementsCompliance",
    "LandingCompanyResponseLandingCompanyMtAllCompany",
    "LandingCompanyResponseLandingCompanyMtFinancialCompany",
    "LandingCompanyResponseLandingCompanyMtGamingCompany",
    "LandingCompanyResponseLandingCompanyMtGamingCompanyFinancial",
    "LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirements",
    "LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsAfterFirstDeposit",
    "LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsCompliance",
    "LegalRequirements",
    "LoginHistoryRequest",
    "LoginHistoryResponse",
    "LoginHistoryResponseLoginHistoryItem",
    "LogoutRequest",
    "LogoutResponse",
    "Mt5DepositRequest",
    "Mt5DepositResponse",
    "Mt5GetSettingsRequest",
    "Mt5GetSettingsResponse",
    "Mt5GetSettingsResponseMt5GetSettings",
    "Mt5GetSettingsResponseMt5GetSettingsServerInfo",
    "Mt5GetSettingsResponseMt5GetSettingsServerInfoGeolocation",
    "Mt5LoginListRequest",
    "Mt5LoginListResponse",
    "Mt5LoginListResponseMt5LoginListItem",
    "Mt5LoginListResponseMt5LoginListItemClientKycStatus",
    "Mt5LoginListResponseMt5LoginListItemError",
    "Mt5LoginListResponseMt5LoginListItemErrorDetails",
    "Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfo",
    "Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfoGeolocation",
    "Mt5LoginListResponseMt5LoginListItemRights",
    "Mt5LoginListResponseMt5LoginListItemServerInfo",
    "Mt5LoginListResponseMt5LoginListItemServerInfoGeolocation",
    "Mt5LoginListResponseMt5LoginListItemWhiteLabelLinks",
    "Mt5NewAccountRequest",
    "Mt5NewAccountResponse",
    "Mt5NewAccountResponseMt5NewAccount",
    "Mt5PasswordChangeRequest",
    "Mt5PasswordChangeResponse",
    "Mt5PasswordCheckRequest",
    "Mt5PasswordCheckResponse",
    "Mt5PasswordResetRequest",
    "Mt5PasswordResetResponse",
    "Mt5WithdrawalRequest",
    "Mt5WithdrawalResponse",
    "NewAccountCheckDuplicateNameAndDobRequest",
    "NewAccountCheckDuplicateNameAndDobResponse",
    "NewAccountCheckDuplicateNameAndDobResponseNewAccountCheckDuplicateNameAndDob",
    "NewAccountCheckDuplicatePhoneAndDobRequest",
    "NewAccountCheckDuplicatePhoneAndDobResponse",
    "NewAccountCheckDuplicatePhoneAndDobResponseNewAccountCheckDuplicatePhoneAndDob",
    "NewAccountMaltainvestRequest",
    "NewAccountMaltainvestResponse",
    "NewAccountMaltainvestResponseNewAccountMaltainvest",
    "NewAccountRealRequest",
    "NewAccountRealResponse",
    "NewAccountRealResponseNewAccountReal",
    "NewAccountVirtualRequest",
    "NewAccountVirtualResponse",
    "NewAccountVirtualResponseNewAccountVirtual",
    "NewPartnerAccountRequest",
    "NewPartnerAccountResponse",
    "NewPartnerAccountResponseNewPartnerAccount",
    "OauthAppsRequest",
    "OauthAppsResponse",
    "OauthAppsResponseOauthAppsItem",
    "P2pAdvertCreateRequest",
    "P2pAdvertCreateResponse",
    "P2pAdvertCreateResponseP2pAdvertCreate",
    "P2pAdvertCreateResponseP2pAdvertCreateAdvertiserDetails",
    "P2pAdvertCreateResponseP2pAdvertCreatePaymentMethodDetailsValue",
    "P2pAdvertCreateResponseP2pAdvertCreatePaymentMethodDetailsValueFieldsValue",
    "P2pAdvertInfoRequest",
    "P2pAdvertInfoResponse",
    "P2pAdvertInfoResponseP2pAdvertInfo",
    "P2pAdvertInfoResponseP2pAdvertInfoAdvertiserDetails",
    "P2pAdvertInfoResponseP2pAdvertInfoPaymentMethodDetailsValue",
    "P2pAdvertInfoResponseP2pAdvertInfoPaymentMethodDetailsValueFieldsValue",
    "P2pAdvertInfoResponseSubscription",
    "P2pAdvertListRequest",
    "P2pAdvertListResponse",
    "P2pAdvertListResponseP2pAdvertList",
    "P2pAdvertListResponseP2pAdvertListListItem",
    "P2pAdvertListResponseP2pAdvertListListItemAdvertiserDetails",
    "P2pAdvertUpdateRequest",
    "P2pAdvertUpdateResponse",
    "P2pAdvertUpdateResponseP2pAdvertUpdate",
    "P2pAdvertUpdateResponseP2pAdvertUpdateAdvertiserDetails",
    "P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValue",
    "P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValueFieldsValue",
    "P2pAdvertiserAdvertsRequest",
    "P2pAdvertiserAdvertsResponse",
    "P2pAdvertiserAdvertsResponseP2pAdvertiserAdverts",
    "P2pAdvertiserAdvertsResponseP2pAdvertiserAdvertsListItem",
    "P2pAdvertiserAdvertsResponseP2pAdvertiserAdvertsListItemAdvertiserDetails",
    "P2pAdvertiserCreateRequest",
    "P2pAdvertiserCreateRequestScheduleItem",
    "P2pAdvertiserCreateResponse",
    "P2pAdvertiserCreateResponseP2pAdvertiserCreate",
    "P2pAdvertiserCreateResponseP2pAdvertiserCreateScheduleItem",
    "P2pAdvertiserCreateResponseSubscription",
    "P2pAdvertiserInfoRequest",
    "P2pAdvertiserInfoResponse",
    "P2pAdvertiserInfoResponseP2pAdvertiserInfo",
    "P2pAdvertiserInfoResponseP2pAdvertiserInfoBlockTrade",
    "P2pAdvertiserInfoResponseP2pAdvertiserInfoScheduleItem",
    "P2pAdvertiserInfoResponseP2pAdvertiserInfoUpgradableDailyLimits",
    "P2pAdvertiserInfoResponseSubscription",
    "P2pAdvertiserListRequest",
    "P2pAdvertiserListResponse",
    "P2pAdvertiserListResponseP2pAdvertiserList",
    "P2pAdvertiserListResponseP2pAdvertiserListListItem",
    "P2pAdvertiserListResponseP2pAdvertiserListListItemScheduleItem",
    "P2pAdvertiserPaymentMethodsRequest",
    "P2pAdvertiserPaymentMethodsRequestCreateItem",
    "P2pAdvertiserPaymentMethodsResponse",
    "P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValue",
    "P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValueFieldsValue",
    "P2pAdvertiserRelationsRequest",
    "P2pAdvertiserRelationsResponse",
    "P2pAdvertiserRelationsResponseP2pAdvertiserRelations",
    "P2pAdvertiserRelationsResponseP2pAdvertiserRelationsBlockedAdvertisersItem",
    "P2pAdvertiserRelationsResponseP2pAdvertiserRelationsFavouriteAdvertisersItem",
    "P2pAdvertiserUpdateRequest",
    "P2pAdvertiserUpdateRequestScheduleItem",
    "P2pAdvertiserUpdateResponse",
    "P2pAdvertiserUpdateResponseP2pAdvertiserUpdate",
    "P2pAdvertiserUpdateResponseP2pAdvertiserUpdateBlockTrade",
    "P2pAdvertiserUpdateResponseP2pAdvertiserUpdateScheduleItem",
    "P2pAdvertiserUpdateResponseP2pAdvertiserUpdateUpgradableDailyLimits",
    "P2pChatCreateRequest",
    "P2pChatCreateResponse",
    "P2pChatCreateResponseP2pChatCreate",
    "P2pCountryListRequest",
    "P2pCountryListResponse",
    "P2pCountryListResponseP2pCountryListValue",
    "P2pCountryListResponseP2pCountryListValuePaymentMethodsValue",
    "P2pCountryListResponseP2pCountryListValuePaymentMethodsValueFieldsValue",
    "P2pOrderCancelRequest",
    "P2pOrderCancelResponse",
    "P2pOrderCancelResponseP2pOrderCancel",
    "P2pOrderConfirmRequest",
    "P2pOrderConfirmResponse",
    "P2pOrderConfirmResponseP2pOrderConfirm",
    "P2pOrderCreateRequest",
    "P2pOrderCreateResponse",
    "P2pOrderCreateResponseP2pOrderCreate",
    "P2pOrderCreateResponseP2pOrderCreateAdvertDetails",
    "P2pOrderCreateResponseP2pOrderCreateAdvertiserDetails",
    "P2pOrderCreateResponseP2pOrderCreateClientDetails",
    "P2pOrderCreateResponseP2pOrderCreateDisputeDetails",
    "P2pOrderCreateResponseP2pOrderCreatePaymentMethodDetailsValue",
    "P2pOrderCreateResponseP2pOrderCreatePaymentMethodDetailsValueFieldsValue",
    "P2pOrderCreateResponseSubscription",
    "P2pOrderDisputeRequest",
    "P2pOrderDisputeResponse",
    "P2pOrderDisputeResponseP2pOrderDispute",
    "P2pOrderDisputeResponseP2pOrderDisputeAdvertDetails",
    "P2pOrderDisputeResponseP2pOrderDisputeAdvertiserDetails",
    "P2pOrderDisputeResponseP2pOrderDisputeClientDetails",
    "P2pOrderDisputeResponseP2pOrderDisputeDisputeDetails",
    "P2pOrderInfoRequest",
    "P2pOrderInfoResponse",
    "P2pOrderInfoResponseP2pOrderInfo",
    "P2pOrderInfoResponseP2pOrderInfoAdvertDetails",
    "P2pOrderInfoResponseP2pOrderInfoAdvertiserDetails",
    "P2pOrderInfoResponseP2pOrderInfoClientDetails",
    "P2pOrderInfoResponseP2pOrderInfoDisputeDetails",
    "P2pOrderInfoResponseP2pOrderInfoPaymentMethodDetailsValue",
    "P2pOrderInfoResponseP2pOrderInfoPaymentMethodDetailsValueFieldsValue",
    "P2pOrderInfoResponseP2pOrderInfoReviewDetails",
    "P2pOrderInfoResponseSubscription",
    "P2pOrderListRequest",
    "P2pOrderListResponse",
    "P2pOrderListResponseP2pOrderList",
    "P2pOrderListResponseP2pOrderListListItem",
    "P2pOrderListResponseP2pOrderListListItemAdvertDetails",
    "P2pOrderListResponseP2pOrderListListItemAdvertiserDetails",
    "P2pOrderListResponseP2pOrderListListItemClientDetails",
    "P2pOrderListResponseP2pOrderListListItemDisputeDetails",
    "P2pOrderListResponseP2pOrderListListItemReviewDetails",
    "P2pOrderListResponseSubscription",
    "P2pOrderReviewRequest",
    "P2pOrderReviewResponse",
    "P2pOrderReviewResponseP2pOrderReview",
    "P2pPaymentMethodsRequest",
    "P2pPaymentMethodsResponse",
    "P2pPaymentMethodsResponseP2pPaymentMethodsValue",
    "P2pPaymentMethodsResponseP2pPaymentMethodsValueFieldsValue",
    "P2pPingRequest",
    "P2pPingResponse",
    "P2pSettingsRequest",
    "P2pSettingsResponse",
    "P2pSettingsResponseP2pSettings",
    "P2pSettingsResponseP2pSettingsBlockTrade",
    "P2pSettingsResponseP2pSettingsCounterpartyTermSteps",
    "P2pSettingsResponseP2pSettingsLocalCurrenciesItem",
    "P2pSettingsResponseSubscription",
    "PartnerAccountCreationRequest",
    "PartnerAccountCreationResponse",
    "PartnerAccountCreationResponsePartnerAccountCreation",
    "PartnerAccountCreationStatusRequest",
    "PartnerAccountCreationStatusResponse",
    "PartnerAccountCreationStatusResponsePartnerAccountCreationStatus",
    "PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateCfdAccount",
    "PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateEuPartner",
    "PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateRowPartner",
    "PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateThirdPartyProviderUser",
    "PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerEu",
    "PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerRow",
    "PartnerAccountsRequest",
    "PartnerAccountsResponse",
    "PartnerAccountsResponsePartnerAccounts",
    "PartnerAccountsResponsePartnerAccountsPartnerSettingsItem",
    "PartnerSettingsRequest",
    "PartnerSettingsResponse",
    "PartnerSettingsResponsePartnerSettings",
    "PartnerSettingsUpdateRequest",
    "PartnerSettingsUpdateResponse",
    "PaymentMethodsRequest",
    "PaymentMethodsResponse",
    "PaymentMethodsResponsePaymentMethodsItem",
    "PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue",
    "PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue",
    "PaymentagentCreateRequest",
    "PaymentagentCreateRequestPhoneNumbersItem",
    "PaymentagentCreateRequestSupportedPaymentMethodsItem",
    "PaymentagentCreateRequestUrlsItem",
    "PaymentagentCreateResponse",
    "PaymentagentDetailsRequest",
    "PaymentagentDetailsResponse",
    "PaymentagentDetailsResponsePaymentagentDetails",
    "PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem",
    "PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem",
    "PaymentagentDetailsResponsePaymentagentDetailsUrlsItem",
    "PaymentagentListRequest",
    "PaymentagentListResponse",
    "PaymentagentListResponsePaymentagentList",
    "PaymentagentListResponsePaymentagentListListItem",
    "PaymentagentListResponsePaymentagentListListItemPhoneNumbersItem",
    "PaymentagentListResponsePaymentagentListListItemSupportedPaymentMethodsItem",
    "PaymentagentListResponsePaymentagentListListItemUrlsItem",
    "PaymentagentTransferRequest",
    "PaymentagentTransferResponse",
    "PaymentagentWithdrawJustificationRequest",
    "PaymentagentWithdrawJustificationResponse",
    "PaymentagentWithdrawRequest",
    "PaymentagentWithdrawResponse",
    "PayoutCurrenciesRequest",
    "PayoutCurrenciesResponse",
    "PingRequest",
    "PingResponse",
    "PortfolioRequest",
    "PortfolioResponse",
    "PortfolioResponsePortfolio",
    "PortfolioResponsePortfolioContractsItem",
    "ProfitTableRequest",
    "ProfitTableResponse",
    "ProfitTableResponseProfitTable",
    "ProfitTableResponseProfitTableTransactionsItem",
    "ProposalOpenContractRequest",
    "ProposalOpenContractResponse",
    "ProposalOpenContractResponseProposalOpenContract",
    "ProposalOpenContractResponseProposalOpenContractAuditDetails",
    "ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem",
    "ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem",
    "ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem",
    "ProposalOpenContractResponseProposalOpenContractCancellation",
    "ProposalOpenContractResponseProposalOpenContractIsValidToUpdate",
    "ProposalOpenContractResponseProposalOpenContractLimitOrder",
    "ProposalOpenContractResponseProposalOpenContractLimitOrderStopLoss",
    "ProposalOpenContractResponseProposalOpenContractLimitOrderStopOut",
    "ProposalOpenContractResponseProposalOpenContractLimitOrderTakeProfit",
    "ProposalOpenContractResponseProposalOpenContractTickStreamItem",
    "ProposalOpenContractResponseProposalOpenContractTransactionIds",
    "ProposalOpenContractResponseProposalOpenContractValidationParams",
    "ProposalOpenContractResponseProposalOpenContractValidationParamsStake",
    "ProposalOpenContractResponseProposalOpenContractValidationParamsStopLoss",
    "ProposalOpenContractResponseProposalOpenContractValidationParamsTakeProfit",
    "ProposalOpenContractResponseSubscription",
    "ProposalRequest",
    "ProposalRequestLimitOrder",
    "ProposalResponse",
    "ProposalResponseProposal",
    "ProposalResponseProposalCancellation",
    "ProposalResponseProposalContractDetails",
    "ProposalResponseProposalLimitOrder",
    "ProposalResponseProposalLimitOrderStopLoss",
    "ProposalResponseProposalLimitOrderStopOut",
    "ProposalResponseProposalLimitOrderTakeProfit",
    "ProposalResponseProposalValidationParams",
    "ProposalResponseProposalValidationParamsPayout",
    "ProposalResponseProposalValidationParamsStake",
    "ProposalResponseProposalValidationParamsStopLoss",
    "ProposalResponseProposalValidationParamsTakeProfit",
    "ProposalResponseSubscription",
    "RealityCheckRequest",
    "RealityCheckResponse",
    "RealityCheckResponseRealityCheck",
    "ResidenceListRequest",
    "ResidenceListResponse",
    "ResidenceListResponseResidenceListItem",
    "ResidenceListResponseResidenceListItemCommonReportingStandard",
    "ResidenceListResponseResidenceListItemCommonReportingStandardNonParticipatingJurisdictions",
    "ResidenceListResponseResidenceListItemCommonReportingStandardPostcode",
    "ResidenceListResponseResidenceListItemCommonReportingStandardTax",
    "ResidenceListResponseResidenceListItemIdentity",
    "ResidenceListResponseResidenceListItemIdentityServices",
    "ResidenceListResponseResidenceListItemIdentityServicesIdv",
    "ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue",
    "ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValueAdditional",
    "ResidenceListResponseResidenceListItemIdentityServicesOnfido",
    "ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue",
    "ResidenceListResponseResidenceListItemJurisdictionRiskAssessment",
    "ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentDisclaimer",
    "ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentRiskLevel",
    "ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentTurnover",
    "RevokeOauthAppRequest",
    "RevokeOauthAppResponse",
    "SellContractForMultipleAccountsRequest",
    "SellContractForMultipleAccountsResponse",
    "SellContractForMultipleAccountsResponseSellContractForMultipleAccounts",
    "SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemOption1",
    "SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemOption2",
    "SellExpiredRequest",
    "SellExpiredResponse",
    "SellExpiredResponseSellExpired",
    "SellRequest",
    "SellResponse",
    "SellResponseSell",
    "SetAccountCurrencyRequest",
    "SetAccountCurrencyResponse",
    "SetFinancialAssessmentRequest",
    "SetFinancialAssessmentResponse",
    "SetFinancialAssessmentResponseSetFinancialAssessment",
    "SetSelfExclusionRequest",
    "SetSelfExclusionResponse",
    "SetSettingsRequest",
    "SetSettingsRequestFeatureFlag",
    "SetSettingsResponse",
    "StatementRequest",
    "StatementResponse",
    "StatementResponseStatement",
    "StatementResponseStatementTransactionsItem",
    "StatementResponseStatementTransactionsItemFees",
    "StatementResponseStatementTransactionsItemFrom",
    "StatementResponseStatementTransactionsItemTo",
    "StatesListRequest",
    "StatesListResponse",
    "StatesListResponseStatesListItem",
    "TicksBatchRequest",
    "TicksBatchResponse",
    "TicksBatchResponseSubscription",
    "TicksBatchResponseTicksBatchItem",
    "TicksHistoryRequest",
    "TicksHistoryResponse",
    "TicksHistoryResponseCandlesItem",
    "TicksHistoryResponseHistory",
    "TicksHistoryResponseSubscription",
    "TicksRequest",
    "TicksResponse",
    "TicksResponseSubscription",
    "TicksResponseTick",
    "TimeRequest",
    "TimeResponse",
    "TinValidationsRequest",
    "TinValidationsResponse",
    "TinValidationsResponseTinValidations",
    "TncApprovalRequest",
    "TncApprovalResponse",
    "TopupVirtualRequest",
    "TopupVirtualResponse",
    "TopupVirtualResponseTopupVirtual",
    "TradingDurationsRequest",
    "TradingDurationsResponse",
    "TradingDurationsResponseTradingDurationsItem",
    "TradingDurationsResponseTradingDurationsItemDataItem",
    "TradingDurationsResponseTradingDurationsItemDataItemMarket",
    "TradingDurationsResponseTradingDurationsItemDataItemSubmarket",
    "TradingDurationsResponseTradingDurationsItemDataItemSymbolItem",
    "TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItem",
    "TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemDurationsItem",
    "TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemTradeType",
    "TradingDurationsResponseTradingDurationsItemMarket",
    "TradingDurationsResponseTradingDurationsItemSubmarket",
    "TradingPlatformInvestorPasswordResetRequest",
    "TradingPlatformInvestorPasswordResetResponse",
    "TradingPlatformPasswordResetRequest",
    "TradingPlatformPasswordResetResponse",
    "TradingPlatformStatusRequest",
    "TradingPlatformStatusResponse",
    "TradingServersRequest",
    "TradingServersResponse",
    "TradingServersResponseTradingServersItem",
    "TradingServersResponseTradingServersItemGeolocation",
    "TradingTimesRequest",
    "TradingTimesResponse",
    "TradingTimesResponseTradingTimes",
    "TradingTimesResponseTradingTimesMarketsItem",
    "TradingTimesResponseTradingTimesMarketsItemSubmarketsItem",
    "TradingTimesResponseTradingTimesMarketsItemSubmarketsItemSymbolsItem",
    "TransactionRequest",
    "TransactionResponse",
    "TransactionResponseSubscription",
    "TransactionResponseTransaction",
    "TransferBetweenAccountsRequest",
    "TransferBetweenAccountsResponse",
    "TransferBetweenAccountsResponseAccountsItem",
    "UnsubscribeEmailRequest",
    "UnsubscribeEmailResponse",
    "VerifyEmailRequest",
    "VerifyEmailRequestUrlParameters",
    "VerifyEmailResponse",
    "WebsiteConfigRequest",
    "WebsiteConfigResponse",
    "WebsiteConfigResponseSubscription",
    "WebsiteConfigResponseWebsiteConfig",
    "WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue",
    "WebsiteConfigResponseWebsiteConfigCurrenciesConfigValuePlatform",
    "WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccounts",
    "WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsOption1",
    "WebsiteConfigResponseWebsiteConfigPaymentAgents",
    "WebsiteStatusRequest",
    "WebsiteStatusResponse",
    "WebsiteStatusResponseSubscription",
    "WebsiteStatusResponseWebsiteStatus",
    "WebsiteStatusResponseWebsiteStatusApiCallLimits",
    "WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxProposalSubscription",
    "WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestesGeneral",
    "WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsOutcome",
    "WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsPricing",
    "WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue",
    "WebsiteStatusResponseWebsiteStatusCurrenciesConfigValuePlatform",
    "WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccounts",
    "WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccountsLimitsOption1",
    "WebsiteStatusResponseWebsiteStatusDxtradeStatus",
    "WebsiteStatusResponseWebsiteStatusMt5Status",
    "WebsiteStatusResponseWebsiteStatusP2pConfig",
    "WebsiteStatusResponseWebsiteStatusP2pConfigBlockTrade",
    "WebsiteStatusResponseWebsiteStatusP2pConfigLocalCurrenciesItem",
    "WebsiteStatusResponseWebsiteStatusPaymentAgents",
]


@attrs.define(kw_only=True)
class AccountListRequest:
    """Account list request."""

    account_list: Literal[1]
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AccountListResponse:
    """Account list response."""

    account_list: list[AccountListResponseAccountListItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["account_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AccountListResponseAccountListItem:
    """Account list response account list item."""

    account_category: Literal["trading", "wallet"]
    account_type: str
    broker: str | None = None
    created_at: int
    currency: str
    is_disabled: Literal[1, 0]
    is_virtual: Literal[1, 0]
    landing_company_name: str
    linked_to: list[AccountListResponseAccountListItemLinkedToItem]
    loginid: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AccountListResponseAccountListItemLinkedToItem:
    """Account list response account list item linked to item."""

    loginid: str | None = None
    platform: Literal["ctrader", "dtrade", "dwallet", "dxtrade", "mt5"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ActiveSymbolsRequest:
    """Active symbols request."""

    active_symbols: Literal["brief", "full"]
    """'brief' for the main facts of each symbol, 'full' for everything known."""

    barrier_category: (
        list[
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
        | None
    ) = None
    """Only symbols offering contracts of these barrier categories."""

    contract_type: (
        list[
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
        | None
    ) = None
    """Only symbols offering these contract types."""

    landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None = (
        None
    )
    """Only symbols of this landing company (the entity the account belongs to)."""

    landing_company_short: (
        Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None
    ) = None
    """The same as landing_company, under its short name."""

    product_type: Literal["basic"] | None = None
    """Only symbols of this product type."""

    loginid: str | None = None
    """The account whose offering to list, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ActiveSymbolsResponse:
    """Active symbols response."""

    active_symbols: list[ActiveSymbolsResponseActiveSymbolsItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["active_symbols"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ActiveSymbolsResponseActiveSymbolsItem:
    """Active symbols response active symbols item."""

    allow_forward_starting: Literal[0, 1] | None = None
    delay_amount: int | None = None
    display_name: str
    display_order: int
    exchange_is_open: Literal[0, 1]
    exchange_name: str | None = None
    intraday_interval_minutes: int | None = None
    is_trading_suspended: Literal[0, 1]
    market: str
    market_display_name: str
    pip: float
    quoted_currency_symbol: str | None = None
    spot: float | Unset | None = UNSET
    spot_age: str | None = None
    spot_percentage_change: str | None = None
    spot_time: str | None = None
    subgroup: str
    subgroup_display_name: str
    submarket: str
    submarket_display_name: str
    symbol: str
    symbol_type: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AfterFirstDepositRequirements:
    """After first deposit requirements."""

    financial_assessment: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ApiTokenRequest:
    """Api token request."""

    api_token: Literal[1] = attrs.field(repr=False)
    delete_token: str | None = attrs.field(default=None, repr=False)
    new_token: str | None = attrs.field(default=None, repr=False)
    new_token_scopes: (
        list[Literal["read", "trade", "trading_information", "payments", "admin"]] | None
    ) = attrs.field(default=None, repr=False)
    valid_for_current_ip_only: Literal[0, 1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ApiTokenResponse:
    """Api token response."""

    api_token: ApiTokenResponseApiToken | None = attrs.field(default=None, repr=False)
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["api_token"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ApiTokenResponseApiToken:
    """Api token response api token."""

    delete_token: Literal[1] | None = attrs.field(default=None, repr=False)
    new_token: Literal[1] | None = attrs.field(default=None, repr=False)
    tokens: list[ApiTokenResponseApiTokenTokensItem] | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ApiTokenResponseApiTokenTokensItem:
    """Api token response api token tokens item."""

    display_name: str | None = None
    last_used: str | None = None
    scopes: list[Literal["read", "trade", "trading_information", "payments", "admin"]] | None = None
    token: str | None = attrs.field(default=None, repr=False)
    valid_for_ip: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppDeleteRequest:
    """App delete request."""

    app_delete: int
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AppDeleteResponse:
    """App delete response."""

    app_delete: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["app_delete"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppGetRequest:
    """App get request."""

    app_get: int
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AppGetResponse:
    """App get response."""

    app_get: AppGetResponseAppGet | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["app_get"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppGetResponseAppGet:
    """App get response app get."""

    active: int | None = None
    app_id: int
    app_markup_percentage: float
    appstore: str
    github: str
    googleplay: str
    homepage: str
    name: str = attrs.field(repr=False)
    redirect_uri: str
    scopes: list[str] | None = None
    verification_uri: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppListRequest:
    """App list request."""

    app_list: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AppListResponse:
    """App list response."""

    app_list: list[AppListResponseAppListItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["app_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppListResponseAppListItem:
    """App list response app list item."""

    active: int | None = None
    app_id: int
    app_markup_percentage: float
    appstore: str | None
    github: str | None
    googleplay: str | None
    homepage: str | None
    name: str = attrs.field(repr=False)
    redirect_uri: str
    scopes: list[str] | None = None
    verification_uri: str | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppMarkupDetailsRequest:
    """App markup details request."""

    app_markup_details: Literal[1]
    app_id: int | None = None
    client_loginid: str | None = None
    date_from: str
    date_to: str
    description: Literal[0, 1] | None = None
    limit: float | None = None
    offset: int | None = None
    sort: Literal["ASC", "DESC"] | None = None
    sort_fields: list[Literal["app_id", "client_loginid", "transaction_time"]] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AppMarkupDetailsResponse:
    """App markup details response."""

    app_markup_details: AppMarkupDetailsResponseAppMarkupDetails | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["app_markup_details"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppMarkupDetailsResponseAppMarkupDetails:
    """App markup details response app markup details."""

    transactions: list[AppMarkupDetailsResponseAppMarkupDetailsTransactionsItem] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppMarkupDetailsResponseAppMarkupDetailsTransactionsItem:
    """App markup details response app markup details transactions item."""

    app_id: int | None = None
    app_markup: float | None = None
    app_markup_usd: float | None = None
    app_markup_value: float | None = None
    client_currcode: str | None = None
    client_loginid: str | None = None
    dev_currcode: str | None = None
    dev_loginid: str | None = None
    transaction_id: int | None = None
    transaction_time: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppMarkupStatisticsRequest:
    """App markup statistics request."""

    app_markup_statistics: Literal[1]
    date_from: str
    date_to: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AppMarkupStatisticsResponse:
    """App markup statistics response."""

    app_markup_statistics: AppMarkupStatisticsResponseAppMarkupStatistics | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["app_markup_statistics"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppMarkupStatisticsResponseAppMarkupStatistics:
    """App markup statistics response app markup statistics."""

    breakdown: list[AppMarkupStatisticsResponseAppMarkupStatisticsBreakdownItem] | None = None
    total_app_markup_usd: float | None = None
    total_transactions_count: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppMarkupStatisticsResponseAppMarkupStatisticsBreakdownItem:
    """App markup statistics response app markup statistics breakdown item."""

    app_id: int | None = None
    app_markup_usd: float | None = None
    app_markup_value: float | None = None
    dev_currcode: str | None = None
    transactions_count: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppRegisterRequest:
    """App register request."""

    app_register: Literal[1]
    app_markup_percentage: float | None = None
    appstore: str | None = None
    github: str | None = None
    googleplay: str | None = None
    homepage: str | None = None
    name: str
    redirect_uri: str | None = None
    scopes: list[Literal["read", "trade", "trading_information", "payments", "admin"]]
    verification_uri: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AppRegisterResponse:
    """App register response."""

    app_register: AppRegisterResponseAppRegister | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["app_register"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppRegisterResponseAppRegister:
    """App register response app register."""

    active: int | None = None
    app_id: int
    app_markup_percentage: float
    appstore: str
    github: str
    googleplay: str
    homepage: str
    name: str = attrs.field(repr=False)
    redirect_uri: str
    scopes: list[str] | None = None
    verification_uri: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppUpdateRequest:
    """App update request."""

    app_update: int
    app_markup_percentage: float | None = None
    appstore: str | None = None
    github: str | None = None
    googleplay: str | None = None
    homepage: str | None = None
    name: str
    redirect_uri: str | None = None
    scopes: list[Literal["read", "trade", "trading_information", "payments", "admin"]]
    verification_uri: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AppUpdateResponse:
    """App update response."""

    app_update: AppUpdateResponseAppUpdate | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["app_update"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppUpdateResponseAppUpdate:
    """App update response app update."""

    active: int | None = None
    app_id: int | None = None
    app_markup_percentage: float | None = None
    appstore: str | None = None
    github: str | None = None
    googleplay: str | None = None
    homepage: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    redirect_uri: str | None = None
    scopes: list[str] | None = None
    verification_uri: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AssetIndexRequest:
    """Asset index request."""

    asset_index: Literal[1]
    landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None = (
        None
    )
    landing_company_short: (
        Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None
    ) = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AssetIndexResponse:
    """Asset index response."""

    asset_index: list[Any] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["asset_index"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AuthorizeRequest:
    """Authorize request."""

    authorize: str = attrs.field(repr=False)
    """The API token (or OAuth token) to log in with; it decides the scopes of later calls."""

    add_to_login_history: Literal[1, 0] | None = None
    """1 records this login in the account's login history; 0 (the default) does not."""

    tokens: list[str] | None = attrs.field(default=None, repr=False)
    """More tokens to log in with at once, for the other accounts of the same user (with authorize
    set to MULTI).
    """

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AuthorizeResponse:
    """Authorize response."""

    authorize: AuthorizeResponseAuthorize | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["authorize"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AuthorizeResponseAuthorize:
    """Authorize response authorize."""

    account_list: list[AuthorizeResponseAuthorizeAccountListItem] | None = None
    balance: float | None = None
    country: str | None = None
    currency: str | None = None
    email: str | None = attrs.field(default=None, repr=False)
    fullname: str | None = None
    is_virtual: Literal[0, 1] | None = None
    landing_company_fullname: str | None = None
    landing_company_name: str | None = None
    linked_to: list[AuthorizeResponseAuthorizeLinkedToItem] | None = None
    local_currencies: dict[str, AuthorizeResponseAuthorizeLocalCurrenciesValue | Any] | None = None
    loginid: str | None = None
    preferred_language: str | Unset | None = UNSET
    scopes: list[str] | None = None
    upgradeable_landing_companies: list[Any] | None = None
    user_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AuthorizeResponseAuthorizeAccountListItem:
    """Authorize response authorize account list item."""

    account_category: Literal["trading", "wallet"] | None = None
    account_type: str | None = None
    broker: str | None = None
    created_at: int | None = None
    currency: str | None = None
    currency_type: str | None = None
    excluded_until: int | None = None
    is_disabled: Literal[1, 0] | None = None
    is_virtual: Literal[1, 0] | None = None
    landing_company_name: str | None = None
    linked_to: list[AuthorizeResponseAuthorizeAccountListItemLinkedToItem] | None = None
    loginid: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AuthorizeResponseAuthorizeAccountListItemLinkedToItem:
    """Authorize response authorize account list item linked to item."""

    loginid: str | None = None
    platform: Literal["ctrader", "dtrade", "dwallet", "dxtrade", "mt5"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AuthorizeResponseAuthorizeLinkedToItem:
    """Authorize response authorize linked to item."""

    loginid: str | None = None
    platform: Literal["ctrader", "dtrade", "dwallet", "dxtrade", "mt5"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AuthorizeResponseAuthorizeLocalCurrenciesValue:
    """Authorize response authorize local currencies value."""

    fractional_digits: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceRequest:
    """Balance request."""

    balance: Literal[1]
    account: str | None = None
    """Which balance: 'current' for the logged-in account, 'all' for the totals over every account
    of the user, or a login id.
    """

    subscribe: Literal[0, 1] | None = None
    loginid: str | None = None
    """The account to ask about, when the token logs in several accounts; the default is the
    first.
    """

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class BalanceResponse:
    """Balance response."""

    balance: BalanceResponseBalance | None = None
    subscription: BalanceResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["balance"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseBalance:
    """Balance response balance."""

    balance: float
    accounts: dict[str, BalanceResponseBalanceAccountsValue] | None = None
    currency: str
    id: str | None = None
    loginid: str
    total: BalanceResponseBalanceTotal | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseBalanceAccountsValue:
    """Balance response balance accounts value."""

    balance: float
    converted_amount: float
    currency: str
    demo_account: Literal[0, 1]
    status: Literal[1, 0]
    type: Literal["mt5", "deriv"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseBalanceTotal:
    """Balance response balance total."""

    deriv: BalanceResponseBalanceTotalDeriv | None = None
    deriv_demo: BalanceResponseBalanceTotalDerivDemo | None = None
    mt5: BalanceResponseBalanceTotalMt5 | None = None
    mt5_demo: BalanceResponseBalanceTotalMt5Demo | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseBalanceTotalDeriv:
    """Balance response balance total deriv."""

    amount: float
    currency: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseBalanceTotalDerivDemo:
    """Balance response balance total deriv demo."""

    amount: float
    currency: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseBalanceTotalMt5:
    """Balance response balance total mt5."""

    amount: float
    currency: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseBalanceTotalMt5Demo:
    """Balance response balance total mt5 demo."""

    amount: float
    currency: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseSubscription:
    """Balance response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BuyContractForMultipleAccountsRequest:
    """Buy contract for multiple accounts request."""

    buy_contract_for_multiple_accounts: str
    parameters: BuyContractForMultipleAccountsRequestParameters | None = None
    price: float
    tokens: list[str] = attrs.field(repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class BuyContractForMultipleAccountsRequestParameters:
    """Buy contract for multiple accounts request parameters."""

    amount: float | None = None
    app_markup_percentage: float | None = None
    barrier: str | None = None
    barrier2: str | None = None
    basis: Literal["payout", "stake"] | None = None
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
        "CALLSPREAD",
        "PUTSPREAD",
        "RUNHIGH",
        "RUNLOW",
        "VANILLALONGCALL",
        "VANILLALONGPUT",
        "TURBOSLONG",
        "TURBOSSHORT",
    ]
    currency: str
    date_expiry: int | None = None
    date_start: int | None = None
    duration: int | None = None
    duration_unit: Literal["d", "m", "s", "h", "t"] | None = None
    multiplier: float | None = None
    selected_tick: int | None = None
    symbol: str


@attrs.define(kw_only=True)
class BuyContractForMultipleAccountsResponse:
    """Buy contract for multiple accounts response."""

    buy_contract_for_multiple_accounts: (
        BuyContractForMultipleAccountsResponseBuyContractForMultipleAccounts | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["buy_contract_for_multiple_accounts"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BuyContractForMultipleAccountsResponseBuyContractForMultipleAccounts:
    """Buy contract for multiple accounts response buy contract for multiple accounts."""

    result: list[
        BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1
        | BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2
    ]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption1:
    """Buy contract for multiple accounts response buy contract for multiple accounts result item
    option1.
    """

    buy_price: float
    contract_id: int
    longcode: str
    payout: float
    purchase_time: int
    shortcode: str
    start_time: int
    token: str = attrs.field(repr=False)
    transaction_id: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemOption2:
    """Buy contract for multiple accounts response buy contract for multiple accounts result item
    option2.
    """

    code: str
    message_to_client: str
    token: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BuyRequest:
    """Buy request."""

    buy: str
    """The id of a proposal to buy, or 1 to buy from parameters without a proposal first."""

    parameters: BuyRequestParameters | None = None
    """The contract to buy when buy is 1: the same fields as a proposal request."""

    price: float
    """The most you agree to pay; the purchase is refused when the price has risen above it."""

    subscribe: Literal[1] | None = None
    loginid: str | None = None
    """The account to buy with, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class BuyRequestParameters:
    """The contract to buy when buy is 1: the same fields as a proposal request."""

    amount: float | None = None
    app_markup_percentage: float | None = None
    barrier: str | None = None
    barrier2: str | None = None
    barrier_range: Literal["tight", "middle", "wide"] | None = None
    basis: Literal["payout", "stake"] | None = None
    cancellation: str | None = None
    contract_type: Literal[
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
        "EXPIRYMISS",
        "EXPIRYMISSE",
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
        "SNOWDOWN",
        "SNOWUP",
        "TICKHIGH",
        "TICKLOW",
        "TURBOSLONG",
        "TURBOSSHORT",
        "UPORDOWN",
        "VANILLALONGCALL",
        "VANILLALONGPUT",
    ]
    currency: str
    date_expiry: int | None = None
    date_start: int | None = None
    duration: int | None = None
    duration_unit: Literal["d", "m", "s", "h", "t"] | None = None
    growth_rate: float | None = None
    limit_order: BuyRequestParametersLimitOrder | None = None
    multiplier: float | None = None
    payout_per_point: float | None = None
    product_type: Literal["basic"] | None = None
    selected_tick: int | None = None
    symbol: str
    trade_risk_profile: Literal["low", "medium", "high"] | None = None
    trading_period_start: int | None = None


@attrs.define(kw_only=True)
class BuyRequestParametersLimitOrder:
    """Buy request parameters limit order."""

    stop_loss: float | None = None
    take_profit: float | None = None


@attrs.define(kw_only=True)
class BuyResponse:
    """Buy response."""

    buy: BuyResponseBuy | None = None
    subscription: BuyResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["buy"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BuyResponseBuy:
    """Buy response buy."""

    balance_after: float
    buy_price: float
    contract_id: int
    longcode: str
    payout: float
    purchase_time: int
    shortcode: str
    start_time: int
    transaction_id: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BuyResponseSubscription:
    """Buy response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CancelRequest:
    """Cancel request."""

    cancel: int
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class CancelResponse:
    """Cancel response."""

    cancel: CancelResponseCancel | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["cancel"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CancelResponseCancel:
    """Cancel response cancel."""

    balance_after: float | None = None
    contract_id: int | None = None
    reference_id: int | None = None
    sold_for: float | None = None
    transaction_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CashierRequest:
    """Cashier request."""

    cashier: Literal["deposit", "withdraw"]
    address: str | None = None
    amount: float | None = None
    dry_run: Literal[0, 1] | None = None
    estimated_fee_unique_id: str | None = None
    provider: Literal["doughflow", "crypto"] | None = None
    type: Literal["url", "api"] | None = None
    verification_code: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class CashierResponse:
    """Cashier response."""

    cashier: str | CashierResponseCashierOption2 | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["cashier"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CashierResponseCashierOption2:
    """Cashier response cashier option2."""

    action: Literal["deposit", "withdraw"]
    deposit: CashierResponseCashierOption2Deposit | None = None
    withdraw: (
        CashierResponseCashierOption2WithdrawOption1
        | CashierResponseCashierOption2WithdrawOption2
        | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CashierResponseCashierOption2Deposit:
    """Cashier response cashier option2 deposit."""

    address: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CashierResponseCashierOption2WithdrawOption1:
    """Cashier response cashier option2 withdraw option1."""

    id: str
    status_code: Literal["LOCKED"]
    status_message: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CashierResponseCashierOption2WithdrawOption2:
    """Cashier response cashier option2 withdraw option2."""

    dry_run: Literal[1]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ClientKycStatusRequirements:
    """Client kyc status requirements."""

    poa_status: Literal["none", "pending", "expired", "verified", "rejected"]
    poi_status: Literal["none", "pending", "verified", "suspected", "rejected", "expired"]
    valid_tin: Literal[1, 0]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ComplianceRequirements:
    """Compliance requirements."""

    mt5: list[str] | None = None
    tax_information: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ConfirmEmailRequest:
    """Confirm email request."""

    confirm_email: Literal[1]
    created_for: Literal["account_verification", "account_opening"] | None = None
    email_consent: Literal[1, 0]
    verification_code: str = attrs.field(repr=False)
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ConfirmEmailResponse:
    """Confirm email response."""

    confirm_email: Literal[0, 1] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["confirm_email"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractUpdateHistoryRequest:
    """Contract update history request."""

    contract_update_history: Literal[1]
    contract_id: int
    limit: float | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ContractUpdateHistoryResponse:
    """Contract update history response."""

    contract_update_history: list[ContractUpdateHistoryResponseContractUpdateHistoryItem] | None = (
        None
    )
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["contract_update_history"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractUpdateHistoryResponseContractUpdateHistoryItem:
    """Contract update history response contract update history item."""

    display_name: str | None = None
    order_amount: str | None = None
    order_date: int | None = None
    order_type: str | None = None
    value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractUpdateRequest:
    """Contract update request."""

    contract_update: Literal[1]
    contract_id: int
    limit_order: ContractUpdateRequestLimitOrder
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ContractUpdateRequestLimitOrder:
    """Contract update request limit order."""

    stop_loss: float | Unset | None = UNSET
    take_profit: float | Unset | None = UNSET


@attrs.define(kw_only=True)
class ContractUpdateResponse:
    """Contract update response."""

    contract_update: ContractUpdateResponseContractUpdate | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["contract_update"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractUpdateResponseContractUpdate:
    """Contract update response contract update."""

    stop_loss: ContractUpdateResponseContractUpdateStopLoss | None = None
    take_profit: ContractUpdateResponseContractUpdateTakeProfit | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractUpdateResponseContractUpdateStopLoss:
    """Contract update response contract update stop loss."""

    display_name: str | None = None
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractUpdateResponseContractUpdateTakeProfit:
    """Contract update response contract update take profit."""

    display_name: str | None = None
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractsForCompanyRequest:
    """Contracts for company request."""

    contracts_for_company: Literal[1]
    landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None = (
        None
    )
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ContractsForCompanyResponse:
    """Contracts for company response."""

    contracts_for_company: ContractsForCompanyResponseContractsForCompany | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["contracts_for_company"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractsForCompanyResponseContractsForCompany:
    """Contracts for company response contracts for company."""

    available: list[ContractsForCompanyResponseContractsForCompanyAvailableItem]
    hit_count: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractsForCompanyResponseContractsForCompanyAvailableItem:
    """Contracts for company response contracts for company available item."""

    barrier_category: str
    contract_category: str
    contract_category_display: str
    contract_display: str
    contract_type: str
    default_stake: float | None = None
    sentiment: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractsForRequest:
    """Contracts for request."""

    contracts_for: str
    """The symbol (e.g. R_50) whose available contracts to list."""

    currency: str | None = None
    """The currency the contracts would be bought in; the default is USD."""

    landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None = (
        None
    )
    """The landing company whose offering to list; the default is the one of the account or of the
    client's country.
    """

    landing_company_short: (
        Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None
    ) = None
    """The same as landing_company, under its short name."""

    product_type: Literal["basic"] | None = None
    """Only contracts of this product type."""

    loginid: str | None = None
    """The account whose offering to list, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ContractsForResponse:
    """Contracts for response."""

    contracts_for: ContractsForResponseContractsFor | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["contracts_for"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractsForResponseContractsFor:
    """Contracts for response contracts for."""

    available: list[ContractsForResponseContractsForAvailableItem]
    close: int | Unset | None = UNSET
    feed_license: str | None = None
    hit_count: float | None = None
    non_available: list[Any] | None = None
    open: int | Unset | None = UNSET
    spot: float | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractsForResponseContractsForAvailableItem:
    """Contracts for response contracts for available item."""

    available_barriers: list[Any] | None = None
    barrier: str | Unset | None = UNSET
    barrier_category: str
    barrier_choices: list[Any] | None = None
    barriers: float
    cancellation_range: list[Any] | None = None
    contract_category: str
    contract_category_display: str
    contract_display: str | None = None
    contract_type: str
    default_stake: float | None = None
    display_number_of_contracts: float | None = None
    duration_choices: list[int] | None = None
    exchange_name: str
    expired_barriers: list[Any] | None = None
    expiry_type: str
    forward_starting_options: (
        list[ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem] | None
    ) = None
    growth_rate_range: list[Any] | None = None
    high_barrier: str | Unset | None = UNSET
    last_digit_range: list[Any] | None = None
    low_barrier: str | Unset | None = UNSET
    market: str
    max_contract_duration: str
    max_stake: float | Unset | None = UNSET
    min_contract_duration: str
    min_stake: float | Unset | None = UNSET
    multiplier_range: list[Any] | None = None
    payout_choices: list[Any] | None = None
    payout_limit: float | None = None
    sentiment: str
    start_type: str
    submarket: str
    trade_risk_profile_choices: list[str] | None = None
    trading_period: dict[str, Any] | None = None
    underlying_symbol: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem:
    """Contracts for response contracts for available item forward starting options item."""

    blackouts: list[Any] | None = None
    close: str | None = None
    date: str | None = None
    open: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CopyStartRequest:
    """Copy start request."""

    copy_start: str = attrs.field(repr=False)
    assets: str | list[str] | None = None
    max_trade_stake: float | None = None
    min_trade_stake: float | None = None
    trade_types: str | list[str] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class CopyStartResponse:
    """Copy start response."""

    copy_start: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["copy_start"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CopyStopRequest:
    """Copy stop request."""

    copy_stop: str = attrs.field(repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class CopyStopResponse:
    """Copy stop response."""

    copy_stop: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["copy_stop"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CopytradingListRequest:
    """Copytrading list request."""

    copytrading_list: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class CopytradingListResponse:
    """Copytrading list response."""

    copytrading_list: CopytradingListResponseCopytradingList | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["copytrading_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CopytradingListResponseCopytradingList:
    """Copytrading list response copytrading list."""

    copiers: list[CopytradingListResponseCopytradingListCopiersItem]
    traders: list[CopytradingListResponseCopytradingListTradersItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CopytradingListResponseCopytradingListCopiersItem:
    """Copytrading list response copytrading list copiers item."""

    loginid: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CopytradingListResponseCopytradingListTradersItem:
    """Copytrading list response copytrading list traders item."""

    assets: list[str] | None = None
    loginid: str | None = None
    max_trade_stake: float | Unset | None = UNSET
    min_trade_stake: float | Unset | None = UNSET
    token: str | None = attrs.field(default=None, repr=False)
    trade_types: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CopytradingStatisticsRequest:
    """Copytrading statistics request."""

    copytrading_statistics: Literal[1]
    trader_id: str
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class CopytradingStatisticsResponse:
    """Copytrading statistics response."""

    copytrading_statistics: CopytradingStatisticsResponseCopytradingStatistics | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["copytrading_statistics"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CopytradingStatisticsResponseCopytradingStatistics:
    """Copytrading statistics response copytrading statistics."""

    active_since: int
    avg_duration: int
    avg_loss: float
    avg_profit: float
    copiers: float
    last_12months_profitable_trades: float
    monthly_profitable_trades: dict[str, float | Any]
    performance_probability: float
    total_trades: int
    trades_breakdown: dict[str, float | Any]
    trades_profitable: float
    yearly_profitable_trades: dict[str, float | Any] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CryptoConfigRequest:
    """Crypto config request."""

    crypto_config: Literal[1]
    currency_code: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class CryptoConfigResponse:
    """Crypto config response."""

    crypto_config: CryptoConfigResponseCryptoConfig | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["crypto_config"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CryptoConfigResponseCryptoConfig:
    """Crypto config response crypto config."""

    currencies_config: dict[str, CryptoConfigResponseCryptoConfigCurrenciesConfigValue | Any]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CryptoConfigResponseCryptoConfigCurrenciesConfigValue:
    """Crypto config response crypto config currencies config value."""

    is_priority_withdrawal_enabled: Literal[0, 1] | None = None
    minimum_deposit: float | None = None
    minimum_withdrawal: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CryptoEstimationsRequest:
    """Crypto estimations request."""

    crypto_estimations: Literal[1]
    currency_code: str
    subscribe: Literal[1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class CryptoEstimationsResponse:
    """Crypto estimations response."""

    crypto_estimations: dict[str, CryptoEstimationsResponseCryptoEstimationsValue] | None = None
    subscription: CryptoEstimationsResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["crypto_estimations"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CryptoEstimationsResponseCryptoEstimationsValue:
    """Crypto estimations response crypto estimations value."""

    withdrawal_fee: CryptoEstimationsResponseCryptoEstimationsValueWithdrawalFee | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CryptoEstimationsResponseCryptoEstimationsValueWithdrawalFee:
    """Crypto estimations response crypto estimations value withdrawal fee."""

    expiry_time: int | None = None
    unique_id: str | None = None
    value: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CryptoEstimationsResponseSubscription:
    """Crypto estimations response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class DocumentUploadRequest:
    """Document upload request."""

    document_upload: Literal[1]
    document_format: Literal["PNG", "JPG", "JPEG", "GIF", "PDF"]
    document_id: str | None = None
    document_issuing_country: str | None = None
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
    ]
    expected_checksum: str
    expiration_date: str | None = None
    file_size: int
    lifetime_valid: Literal[0, 1] | None = None
    page_type: Literal["front", "back", "photo"] | None = None
    proof_of_ownership: DocumentUploadRequestProofOfOwnership | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class DocumentUploadRequestProofOfOwnership:
    """Document upload request proof of ownership."""

    details: dict[str, Any]
    id: float


@attrs.define(kw_only=True)
class DocumentUploadResponse:
    """Document upload response."""

    document_upload: DocumentUploadResponseDocumentUpload | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["document_upload"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class DocumentUploadResponseDocumentUpload:
    """Document upload response document upload."""

    call_type: float
    checksum: str | None = None
    document_issuing_country: str | None = None
    size: float | None = None
    status: str | None = None
    upload_id: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class EconomicCalendarRequest:
    """Economic calendar request."""

    economic_calendar: Literal[1]
    currency: str | None = None
    end_date: int | None = None
    start_date: int | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class EconomicCalendarResponse:
    """Economic calendar response."""

    economic_calendar: EconomicCalendarResponseEconomicCalendar | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["economic_calendar"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class EconomicCalendarResponseEconomicCalendar:
    """Economic calendar response economic calendar."""

    events: list[EconomicCalendarResponseEconomicCalendarEventsItem] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class EconomicCalendarResponseEconomicCalendarEventsItem:
    """Economic calendar response economic calendar events item."""

    actual: EconomicCalendarResponseEconomicCalendarEventsItemActual | None = None
    currency: str | None = None
    event_name: str | None = None
    forecast: EconomicCalendarResponseEconomicCalendarEventsItemForecast | None = None
    impact: int | None = None
    previous: EconomicCalendarResponseEconomicCalendarEventsItemPrevious | None = None
    release_date: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class EconomicCalendarResponseEconomicCalendarEventsItemActual:
    """Economic calendar response economic calendar events item actual."""

    display_value: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class EconomicCalendarResponseEconomicCalendarEventsItemForecast:
    """Economic calendar response economic calendar events item forecast."""

    display_value: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class EconomicCalendarResponseEconomicCalendarEventsItemPrevious:
    """Economic calendar response economic calendar events item previous."""

    display_value: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ExchangeRatesRequest:
    """Exchange rates request."""

    exchange_rates: Literal[1]
    base_currency: str
    include_spread: Literal[1] | None = None
    subscribe: Literal[1] | None = None
    target_currency: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ExchangeRatesResponse:
    """Exchange rates response."""

    exchange_rates: ExchangeRatesResponseExchangeRates | None = None
    subscription: ExchangeRatesResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["exchange_rates"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ExchangeRatesResponseExchangeRates:
    """Exchange rates response exchange rates."""

    base_currency: str | None = None
    date: int | None = None
    rates: dict[str, float | ExchangeRatesResponseExchangeRatesRatesValueOption1 | Any] | None = (
        None
    )
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ExchangeRatesResponseExchangeRatesRatesValueOption1:
    """Exchange rates response exchange rates rates value option1."""

    ask_rate: float | None = None
    bid_rate: float | None = None
    spot_rate: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ExchangeRatesResponseSubscription:
    """Exchange rates response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ExchangeVerificationCodeRequest:
    """Exchange verification code request."""

    exchange_verification_code: Literal[1]
    type: Literal["account_opening"] | None = None
    verification_code: str = attrs.field(repr=False)
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ExchangeVerificationCodeResponse:
    """Exchange verification code response."""

    exchange_verification_code: ExchangeVerificationCodeResponseExchangeVerificationCode | None = (
        None
    )
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["exchange_verification_code"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ExchangeVerificationCodeResponseExchangeVerificationCode:
    """Exchange verification code response exchange verification code."""

    new_verification_code: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class FinancialAssessmentQuestionsRequest:
    """Financial assessment questions request."""

    financial_assessment_questions: Literal[1]
    landing_company_short: str | None = None
    version: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class FinancialAssessmentQuestionsResponse:
    """Financial assessment questions response."""

    financial_assessment_questions: (
        FinancialAssessmentQuestionsResponseFinancialAssessmentQuestions | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["financial_assessment_questions"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class FinancialAssessmentQuestionsResponseFinancialAssessmentQuestions:
    """Financial assessment questions response financial assessment questions."""

    questions: (
        dict[str, FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValue]
        | None
    ) = None
    version: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValue:
    """Financial assessment questions response financial assessment questions questions value."""

    answers: list[
        FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValueAnswersItem
    ]
    hide_if: list[str]
    question: str
    type: Literal["free_text", "single_choice", "multiple_choice"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class FinancialAssessmentQuestionsResponseFinancialAssessmentQuestionsQuestionsValueAnswersItem:
    """Financial assessment questions response financial assessment questions questions value
    answers item.
    """

    hide_if: list[str]
    key: str
    next_node: str | None
    value: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ForgetAllRequest:
    """Forget all request."""

    forget_all: (
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
        ]
    )
    """The kind of stream to stop, e.g. 'ticks', or a list of kinds."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ForgetAllResponse:
    """Forget all response."""

    forget_all: list[Any] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["forget_all"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ForgetRequest:
    """Forget request."""

    forget: str
    """The id of the stream to stop (the id in a streamed answer's subscription field)."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ForgetResponse:
    """Forget response."""

    forget: Literal[0, 1] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["forget"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusRequest:
    """Get account status request."""

    get_account_status: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class GetAccountStatusResponse:
    """Get account status response."""

    get_account_status: GetAccountStatusResponseGetAccountStatus | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["get_account_status"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatus:
    """Get account status response get account status."""

    authentication: GetAccountStatusResponseGetAccountStatusAuthentication | None = None
    cashier_missing_fields: list[str] | None = None
    cashier_validation: list[str] | None = None
    currency_config: dict[str, GetAccountStatusResponseGetAccountStatusCurrencyConfigValue | Any]
    p2p_poa_required: Literal[0, 1]
    p2p_status: Literal["none", "active", "temp_ban", "perm_ban"]
    prompt_client_to_authenticate: Literal[1, 0]
    risk_classification: str
    social_identity_provider: Literal["google", "facebook", "apple"] | None = None
    status: list[str]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthentication:
    """Get account status response get account status authentication."""

    attempts: GetAccountStatusResponseGetAccountStatusAuthenticationAttempts | None = None
    document: GetAccountStatusResponseGetAccountStatusAuthenticationDocument | None = None
    identity: GetAccountStatusResponseGetAccountStatusAuthenticationIdentity | None = None
    income: GetAccountStatusResponseGetAccountStatusAuthenticationIncome | None = None
    needs_verification: list[str]
    ownership: GetAccountStatusResponseGetAccountStatusAuthenticationOwnership | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationAttempts:
    """Get account status response get account status authentication attempts."""

    count: int | None = None
    history: (
        list[GetAccountStatusResponseGetAccountStatusAuthenticationAttemptsHistoryItem] | None
    ) = None
    latest: dict[str, Any] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationAttemptsHistoryItem:
    """Get account status response get account status authentication attempts history item."""

    country_code: str | None = None
    document_type: str | None = None
    id: str | None = None
    service: str | None = None
    status: Literal["verified", "rejected", "pending", "expired", "none"] | None = None
    timestamp: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationDocument:
    """Get account status response get account status authentication document."""

    expiry_date: int | None = None
    last_rejected: str | Unset | None = UNSET
    status: Literal["none", "pending", "rejected", "verified", "expired", "suspected"] | None = None
    verified_jurisdiction: (
        GetAccountStatusResponseGetAccountStatusAuthenticationDocumentVerifiedJurisdiction | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationDocumentVerifiedJurisdiction:
    """Get account status response get account status authentication document verified
    jurisdiction.
    """

    bvi: Literal[0, 1] | None = None
    dml: Literal[0, 1] | None = None
    dsl: Literal[0, 1] | None = None
    iom: Literal[0, 1] | None = None
    labuan: Literal[0, 1] | None = None
    malta: Literal[0, 1] | None = None
    maltainvest: Literal[0, 1] | None = None
    samoa: Literal[0, 1] | None = None
    samoa_virtual: Literal[0, 1] | None = None
    svg: Literal[0, 1] | None = None
    vanuatu: Literal[0, 1] | None = None
    virtual: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationIdentity:
    """Get account status response get account status authentication identity."""

    expiry_date: int | None = None
    services: GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServices | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired", "suspected"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServices:
    """Get account status response get account status authentication identity services."""

    idv: GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesIdv | None = None
    manual: GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesManual | None = (
        None
    )
    onfido: GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesOnfido | None = (
        None
    )
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesIdv:
    """Get account status response get account status authentication identity services idv."""

    expiry_date: int | None = None
    last_rejected: list[str] | None = None
    report_available: Literal[0, 1] | None = None
    reported_properties: dict[str, Any] | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired"] | None = None
    submissions_left: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesManual:
    """Get account status response get account status authentication identity services manual."""

    status: Literal["none", "pending", "rejected", "verified", "expired", "suspected"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesOnfido:
    """Get account status response get account status authentication identity services onfido."""

    country_code: str | None = None
    documents: list[str] | None = None
    documents_supported: list[str] | None = None
    is_country_supported: Literal[1, 0] | None = None
    last_rejected: list[str] | None = None
    reported_properties: dict[str, Any] | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired", "suspected"] | None = None
    submissions_left: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationIncome:
    """Get account status response get account status authentication income."""

    expiry_date: int | None = None
    status: Literal["none", "pending", "rejected", "verified", "locked"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationOwnership:
    """Get account status response get account status authentication ownership."""

    requests: (
        list[GetAccountStatusResponseGetAccountStatusAuthenticationOwnershipRequestsItem] | None
    ) = None
    status: Literal["none", "pending", "rejected", "verified"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationOwnershipRequestsItem:
    """Get account status response get account status authentication ownership requests item."""

    creation_time: str | None = None
    documents_required: float | None = None
    id: float | None = None
    payment_method: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusCurrencyConfigValue:
    """Get account status response get account status currency config value."""

    is_deposit_suspended: Literal[0, 1] | None = None
    is_withdrawal_suspended: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetFinancialAssessmentRequest:
    """Get financial assessment request."""

    get_financial_assessment: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class GetFinancialAssessmentResponse:
    """Get financial assessment response."""

    get_financial_assessment: GetFinancialAssessmentResponseGetFinancialAssessment | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["get_financial_assessment"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetFinancialAssessmentResponseGetFinancialAssessment:
    """Get financial assessment response get financial assessment."""

    cfd_score: int | None = None
    financial_information_score: int | None = None
    total_score: int | None = None
    trading_score: int | None = None
    extra_fields: dict[str, str] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsRequest:
    """Get limits request."""

    get_limits: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class GetLimitsResponse:
    """Get limits response."""

    get_limits: GetLimitsResponseGetLimits | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["get_limits"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimits:
    """Get limits response get limits."""

    account_balance: float | Unset | None = UNSET
    daily_cumulative_amount_transfers: dict[str, Any] | None = None
    daily_transfers: dict[str, Any] | None = None
    daily_turnover: float | None = None
    lifetime_limit: float | None = None
    lifetime_transfers: GetLimitsResponseGetLimitsLifetimeTransfers | None = None
    market_specific: (
        dict[str, list[GetLimitsResponseGetLimitsMarketSpecificValueItem] | Any] | None
    ) = None
    num_of_days: int | None = None
    num_of_days_limit: float | None = None
    open_positions: int | None = None
    payout: float | None = None
    payout_per_symbol: GetLimitsResponseGetLimitsPayoutPerSymbol | Unset | None = UNSET
    payout_per_symbol_and_contract_type: float | None = None
    remainder: float | None = None
    withdrawal_for_x_days_monetary: float | None = None
    withdrawal_since_inception_monetary: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimitsLifetimeTransfers:
    """Get limits response get limits lifetime transfers."""

    crypto_to_crypto: GetLimitsResponseGetLimitsLifetimeTransfersCryptoToCrypto | None = None
    crypto_to_fiat: GetLimitsResponseGetLimitsLifetimeTransfersCryptoToFiat | None = None
    fiat_to_crypto: GetLimitsResponseGetLimitsLifetimeTransfersFiatToCrypto | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimitsLifetimeTransfersCryptoToCrypto:
    """Get limits response get limits lifetime transfers crypto to crypto."""

    allowed: float | None = None
    available: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimitsLifetimeTransfersCryptoToFiat:
    """Get limits response get limits lifetime transfers crypto to fiat."""

    allowed: float | None = None
    available: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimitsLifetimeTransfersFiatToCrypto:
    """Get limits response get limits lifetime transfers fiat to crypto."""

    allowed: float | None = None
    available: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimitsMarketSpecificValueItem:
    """Get limits response get limits market specific value item."""

    level: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    payout_limit: float | None = None
    profile_name: str | None = None
    turnover_limit: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimitsPayoutPerSymbol:
    """Get limits response get limits payout per symbol."""

    atm: float | Unset | None = UNSET
    non_atm: GetLimitsResponseGetLimitsPayoutPerSymbolNonAtm | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimitsPayoutPerSymbolNonAtm:
    """Get limits response get limits payout per symbol non atm."""

    less_than_seven_days: float | None = None
    more_than_seven_days: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetSelfExclusionRequest:
    """Get self exclusion request."""

    get_self_exclusion: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class GetSelfExclusionResponse:
    """Get self exclusion response."""

    get_self_exclusion: GetSelfExclusionResponseGetSelfExclusion | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["get_self_exclusion"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetSelfExclusionResponseGetSelfExclusion:
    """Get self exclusion response get self exclusion."""

    exclude_until: str | None = None
    max_30day_deposit: float | None = None
    max_30day_losses: float | None = None
    max_30day_turnover: float | None = None
    max_7day_deposit: float | None = None
    max_7day_losses: float | None = None
    max_7day_turnover: float | None = None
    max_balance: float | None = None
    max_deposit: float | None = None
    max_losses: float | None = None
    max_open_bets: int | None = None
    max_turnover: float | None = None
    session_duration_limit: int | None = None
    timeout_until: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetSettingsRequest:
    """Get settings request."""

    get_settings: Literal[1]
    loginid: str | None = None
    """The account whose settings to read, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class GetSettingsResponse:
    """Get settings response."""

    get_settings: GetSettingsResponseGetSettings | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["get_settings"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetSettingsResponseGetSettings:
    """Get settings response get settings."""

    account_opening_reason: str | Unset | None = UNSET
    address_city: str | None = None
    address_line_1: str | None = None
    address_line_2: str | None = None
    address_postcode: str | None = None
    address_state: str | None = None
    allow_copiers: Literal[0, 1] | None = None
    calling_country_code: str | Unset | None = attrs.field(default=UNSET, repr=False)
    citizen: str | None = None
    client_tnc_status: str | Unset | None = UNSET
    cooling_off_expiration_date: int | Unset | None = UNSET
    country: str | Unset | None = UNSET
    country_code: str | Unset | None = UNSET
    date_of_birth: int | Unset | None = UNSET
    dxtrade_user_exception: Literal[0, 1] | None = None
    email: str | None = attrs.field(default=None, repr=False)
    email_consent: Literal[0, 1] | None = None
    employment_status: str | None = None
    fatca_declaration: int | Unset | None = UNSET
    feature_flag: GetSettingsResponseGetSettingsFeatureFlag | None = None
    first_name: str | None = attrs.field(default=None, repr=False)
    has_secret_answer: Literal[0, 1] | None = attrs.field(default=None, repr=False)
    immutable_fields: list[str] | None = None
    is_authenticated_payment_agent: Literal[0, 1] | None = None
    last_name: str | None = attrs.field(default=None, repr=False)
    non_pep_declaration: Literal[0, 1] | None = None
    phone: str | Unset | None = attrs.field(default=UNSET, repr=False)
    phone_number_verification: GetSettingsResponseGetSettingsPhoneNumberVerification | None = None
    place_of_birth: str | Unset | None = UNSET
    preferred_language: str | Unset | None = UNSET
    request_professional_status: Literal[0, 1] | None = None
    residence: str | Unset | None = UNSET
    salutation: str | None = None
    tax_identification_number: str | Unset | None = UNSET
    tax_residence: str | Unset | None = UNSET
    tin_skipped: Literal[0, 1] | None = None
    tnc_status: dict[str, Any] | None = None
    tnc_update_notification_start_date: str | Unset | None = UNSET
    trading_hub: int | None = None
    user_hash: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetSettingsResponseGetSettingsFeatureFlag:
    """Get settings response get settings feature flag."""

    wallet: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetSettingsResponseGetSettingsPhoneNumberVerification:
    """Get settings response get settings phone number verification."""

    challenge_attempts_remaining: int | None = None
    next_attempt: int | None = None
    next_email_attempt: int | None = None
    next_verify_attempt: int | None = None
    session_timestamp: int | None = None
    verified: Literal[0, 1]
    verify_attempts_remaining: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetThirdPartyRedirectRequest:
    """Get third party redirect request."""

    get_third_party_redirect: Literal[1]
    name: Literal["dynamicworks"]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class GetThirdPartyRedirectResponse:
    """Get third party redirect response."""

    redirect_url: str | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["get_third_party_redirect"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class IdentityVerificationDocumentAddRequest:
    """Identity verification document add request."""

    identity_verification_document_add: Literal[1]
    document_additional: str | None = None
    document_number: str
    document_type: str
    issuing_country: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class IdentityVerificationDocumentAddResponse:
    """Identity verification document add response."""

    identity_verification_document_add: Literal[1] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["identity_verification_document_add"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusRequest:
    """Kyc auth status request."""

    kyc_auth_status: Literal[1]
    country: str | None = None
    landing_companies: (
        list[
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
        | None
    ) = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class KycAuthStatusResponse:
    """Kyc auth status response."""

    kyc_auth_status: (
        dict[str, KycAuthStatusResponseKycAuthStatusOption2Value]
        | KycAuthStatusResponseKycAuthStatusOption1
        | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["kyc_auth_status"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1:
    """Kyc auth status response kyc auth status option1."""

    address: KycAuthStatusResponseKycAuthStatusOption1Address
    identity: KycAuthStatusResponseKycAuthStatusOption1Identity
    risk_classification: Literal["low", "standard", "high"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1Address:
    """Kyc auth status response kyc auth status option1 address."""

    last_rejected: KycAuthStatusResponseKycAuthStatusOption1AddressLastRejected | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired"] | None = None
    supported_documents: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1AddressLastRejected:
    """Kyc auth status response kyc auth status option1 address last rejected."""

    document_type: str | Unset | None = UNSET
    rejected_reasons: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1Identity:
    """Kyc auth status response kyc auth status option1 identity."""

    available_services: list[str] | None = None
    last_rejected: KycAuthStatusResponseKycAuthStatusOption1IdentityLastRejected | None = None
    service: Literal["none", "idv", "onfido", "manual"] | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired", "suspected"] | None = None
    supported_documents: (
        list[KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItem] | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1IdentityLastRejected:
    """Kyc auth status response kyc auth status option1 identity last rejected."""

    document_type: str | Unset | None = UNSET
    rejected_reasons: list[str] | None = None
    report_available: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItem:
    """Kyc auth status response kyc auth status option1 identity supported documents item."""

    additional: (
        KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItemAdditional | None
    ) = None
    available_services: (
        list[
            KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItemAvailableServicesItem
        ]
        | None
    ) = None
    display_name: str | None = None
    document_type: str | None = None
    example_format: str | None = None
    format: str | None = None
    has_visual_sample: bool | None = None
    lifetime_valid: bool | None = None
    sides: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItemAdditional:
    """Kyc auth status response kyc auth status option1 identity supported documents item
    additional.
    """

    display_name: str | None = None
    document_type: str | None = None
    example_format: str | None = None
    format: str | None = None
    sides: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItemAvailableServicesItem:
    """Kyc auth status response kyc auth status option1 identity supported documents item available
    services item.
    """

    document_type: str
    service: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2Value:
    """Kyc auth status response kyc auth status option2 value."""

    address: KycAuthStatusResponseKycAuthStatusOption2ValueAddress
    identity: KycAuthStatusResponseKycAuthStatusOption2ValueIdentity
    risk_classification: Literal["low", "standard", "high"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2ValueAddress:
    """Kyc auth status response kyc auth status option2 value address."""

    last_rejected: KycAuthStatusResponseKycAuthStatusOption2ValueAddressLastRejected | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired"] | None = None
    supported_documents: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2ValueAddressLastRejected:
    """Kyc auth status response kyc auth status option2 value address last rejected."""

    document_type: str | Unset | None = UNSET
    rejected_reasons: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2ValueIdentity:
    """Kyc auth status response kyc auth status option2 value identity."""

    available_services: list[str] | None = None
    last_rejected: KycAuthStatusResponseKycAuthStatusOption2ValueIdentityLastRejected | None = None
    service: Literal["none", "idv", "onfido", "manual"] | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired", "suspected"] | None = None
    supported_documents: (
        list[KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItem] | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2ValueIdentityLastRejected:
    """Kyc auth status response kyc auth status option2 value identity last rejected."""

    document_type: str | Unset | None = UNSET
    rejected_reasons: list[str] | None = None
    report_available: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItem:
    """Kyc auth status response kyc auth status option2 value identity supported documents item."""

    additional: (
        KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItemAdditional
        | None
    ) = None
    available_services: (
        list[
            KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItemAvailableServicesItem
        ]
        | None
    ) = None
    display_name: str | None = None
    document_type: str | None = None
    example_format: str | None = None
    format: str | None = None
    has_visual_sample: bool | None = None
    lifetime_valid: bool | None = None
    sides: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItemAdditional:
    """Kyc auth status response kyc auth status option2 value identity supported documents item
    additional.
    """

    display_name: str | None = None
    document_type: str | None = None
    example_format: str | None = None
    format: str | None = None
    sides: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItemAvailableServicesItem:
    """Kyc auth status response kyc auth status option2 value identity supported documents item
    available services item.
    """

    document_type: str
    service: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetails:
    """Landing company details."""

    address: list[str] | Unset | None = UNSET
    changeable_fields: dict[str, Any] | None = None
    client_kyc_status: ClientKycStatusRequirements | None = None
    country: str | None = None
    currency_config: dict[str, Any] | None = None
    has_reality_check: Literal[0, 1] | None = None
    legal_allowed_contract_categories: list[str] | None = None
    legal_allowed_currencies: list[str] | None = None
    legal_allowed_markets: list[str] | None = None
    legal_default_currency: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    requirements: LegalRequirements | None = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetails2:
    """Landing company details2."""

    address: list[str] | Unset | None = UNSET
    changeable_fields: dict[str, Any] | None = None
    client_kyc_status: ClientKycStatusRequirements | None = None
    country: str | None = None
    currency_config: dict[str, Any] | None = None
    has_reality_check: Literal[0, 1] | None = None
    legal_allowed_contract_categories: list[str] | None = None
    legal_allowed_currencies: list[str] | None = None
    legal_allowed_markets: list[str] | None = None
    legal_default_currency: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    requirements: LegalRequirements | None = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetails3:
    """Landing company details3."""

    address: list[str] | Unset | None = UNSET
    changeable_fields: dict[str, Any] | None = None
    client_kyc_status: ClientKycStatusRequirements | None = None
    country: str | None = None
    currency_config: dict[str, Any] | None = None
    has_reality_check: Literal[0, 1] | None = None
    legal_allowed_contract_categories: list[str] | None = None
    legal_allowed_currencies: list[str] | None = None
    legal_allowed_markets: list[str] | None = None
    legal_default_currency: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    requirements: LegalRequirements | None = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetails4:
    """Landing company details4."""

    address: list[str] | Unset | None = UNSET
    changeable_fields: dict[str, Any] | None = None
    client_kyc_status: ClientKycStatusRequirements | None = None
    country: str | None = None
    currency_config: dict[str, Any] | None = None
    has_reality_check: Literal[0, 1] | None = None
    legal_allowed_contract_categories: list[str] | None = None
    legal_allowed_currencies: list[str] | None = None
    legal_allowed_markets: list[str] | None = None
    legal_default_currency: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    requirements: LegalRequirements | None = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetails5:
    """Landing company details5."""

    address: list[str] | Unset | None = UNSET
    changeable_fields: dict[str, Any] | None = None
    client_kyc_status: ClientKycStatusRequirements | None = None
    country: str | None = None
    currency_config: dict[str, Any] | None = None
    has_reality_check: Literal[0, 1] | None = None
    legal_allowed_contract_categories: list[str] | None = None
    legal_allowed_currencies: list[str] | None = None
    legal_allowed_markets: list[str] | None = None
    legal_default_currency: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    requirements: LegalRequirements | None = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetailsRequest:
    """Landing company details request."""

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
    ]
    country: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponse:
    """Landing company details response."""

    landing_company_details: LandingCompanyDetailsResponseLandingCompanyDetails | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["landing_company_details"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponseLandingCompanyDetails:
    """Landing company details response landing company details."""

    address: list[str] | Unset | None = UNSET
    changeable_fields: dict[str, Any] | None = None
    country: str | None = None
    currency_config: LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfig | None = None
    has_reality_check: Literal[0, 1] | None = None
    legal_allowed_contract_categories: list[str] | None = None
    legal_allowed_currencies: list[str] | None = None
    legal_allowed_markets: list[str] | None = None
    legal_default_currency: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    requirements: LandingCompanyDetailsResponseLandingCompanyDetailsRequirements | None = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfig:
    """Landing company details response landing company details currency config."""

    commodities: dict[str, Any] | None = None
    cryptocurrency: dict[str, Any] | None = None
    forex: dict[str, Any] | None = None
    indices: dict[str, Any] | None = None
    market: LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarket | None = None
    synthetic_index: dict[str, Any] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarket:
    """Landing company details response landing company details currency config market."""

    currency: (
        LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarketCurrency | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarketCurrency:
    """Landing company details response landing company details currency config market currency."""

    max_payout: int | None = None
    min_stake: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponseLandingCompanyDetailsRequirements:
    """Landing company details response landing company details requirements."""

    after_first_deposit: (
        LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsAfterFirstDeposit | None
    ) = None
    compliance: LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsCompliance | None = (
        None
    )
    partner: list[str] | None = None
    signup: list[str] | None = None
    withdrawal: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsAfterFirstDeposit:
    """Landing company details response landing company details requirements after first deposit."""

    financial_assessment: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsCompliance:
    """Landing company details response landing company details requirements compliance."""

    mt5: list[str] | None = None
    tax_information: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyRequest:
    """Landing company request."""

    landing_company: str
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class LandingCompanyResponse:
    """Landing company response."""

    landing_company: LandingCompanyResponseLandingCompany | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["landing_company"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompany:
    """Landing company response landing company."""

    address_parseable: Literal[1, 0] | None = None
    all_company: Literal["svg", "none"] | None = None
    config: dict[str, Any] | None = None
    ctrader: LandingCompanyResponseLandingCompanyCtrader | None = None
    dxtrade_all_company: LandingCompanyResponseLandingCompanyDxtradeAllCompany | None = None
    dxtrade_financial_company: (
        LandingCompanyResponseLandingCompanyDxtradeFinancialCompany | None
    ) = None
    dxtrade_gaming_company: LandingCompanyResponseLandingCompanyDxtradeGamingCompany | None = None
    financial_company: LandingCompanyResponseLandingCompanyFinancialCompany | Unset | None = UNSET
    forbidden_postcode_pattern: str | None = None
    gaming_company: LandingCompanyResponseLandingCompanyGamingCompany | Unset | None = UNSET
    id: str | None = None
    is_idv_supported: Literal[1, 0] | None = None
    lc_to_open_mf_account: str | None = None
    minimum_age: int | None = None
    mt5_age_verification: Literal[1, 0] | None = None
    mt_all_company: LandingCompanyResponseLandingCompanyMtAllCompany | Unset | None = UNSET
    mt_financial_company: LandingCompanyResponseLandingCompanyMtFinancialCompany | Unset | None = (
        UNSET
    )
    mt_gaming_company: LandingCompanyResponseLandingCompanyMtGamingCompany | Unset | None = UNSET
    name: str | None = attrs.field(default=None, repr=False)
    need_set_max_turnover_limit: Literal[0, 1] | None = None
    no_province: Literal[0, 1] | None = None
    require_address_postcode: Literal[0, 1] | None = None
    require_age_verified_for_synthetic: Literal[0, 1] | None = None
    require_poi: Literal[0, 1] | None = None
    require_verification_when_not_age_verified: Literal[0, 1] | None = None
    skip_deposit_verification: Literal[0, 1] | None = None
    virtual_company: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyCtrader:
    """Landing company response landing company ctrader."""

    all: LandingCompanyResponseLandingCompanyCtraderAll | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyCtraderAll:
    """Landing company response landing company ctrader all."""

    standard: Literal["svg", "none"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeAllCompany:
    """Landing company response landing company dxtrade all company."""

    standard: LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandard | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandard:
    """Landing company response landing company dxtrade all company standard."""

    address: list[str] | Unset | None = UNSET
    changeable_fields: dict[str, Any] | None = None
    country: str | None = None
    currency_config: dict[str, Any] | None = None
    has_reality_check: Literal[0, 1] | None = None
    legal_allowed_contract_categories: list[str] | None = None
    legal_allowed_currencies: list[str] | None = None
    legal_allowed_markets: list[str] | None = None
    legal_default_currency: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    requirements: (
        LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirements | None
    ) = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirements:
    """Landing company response landing company dxtrade all company standard requirements."""

    after_first_deposit: (
        LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirementsAfterFirstDeposit
        | None
    ) = None
    compliance: (
        LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirementsCompliance | None
    ) = None
    partner: list[str] | None = None
    signup: list[str] | None = None
    withdrawal: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirementsAfterFirstDeposit:
    """Landing company response landing company dxtrade all company standard requirements after
    first deposit.
    """

    financial_assessment: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirementsCompliance:
    """Landing company response landing company dxtrade all company standard requirements
    compliance.
    """

    mt5: list[str] | None = None
    tax_information: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeFinancialCompany:
    """Landing company response landing company dxtrade financial company."""

    standard: LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandard | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandard:
    """Landing company response landing company dxtrade financial company standard."""

    address: list[str] | Unset | None = UNSET
    changeable_fields: dict[str, Any] | None = None
    country: str | None = None
    currency_config: dict[str, Any] | None = None
    has_reality_check: Literal[0, 1] | None = None
    legal_allowed_contract_categories: list[str] | None = None
    legal_allowed_currencies: list[str] | None = None
    legal_allowed_markets: list[str] | None = None
    legal_default_currency: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    requirements: (
        LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirements | None
    ) = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirements:
    """Landing company response landing company dxtrade financial company standard requirements."""

    after_first_deposit: (
        LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirementsAfterFirstDeposit
        | None
    ) = None
    compliance: (
        LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirementsCompliance
        | None
    ) = None
    partner: list[str] | None = None
    signup: list[str] | None = None
    withdrawal: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirementsAfterFirstDeposit:
    """Landing company response landing company dxtrade financial company standard requirements
    after first deposit.
    """

    financial_assessment: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirementsCompliance:
    """Landing company response landing company dxtrade financial company standard requirements
    compliance.
    """

    mt5: list[str] | None = None
    tax_information: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeGamingCompany:
    """Landing company response landing company dxtrade gaming company."""

    standard: LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandard | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandard:
    """Landing company response landing company dxtrade gaming company standard."""

    address: list[str] | Unset | None = UNSET
    changeable_fields: dict[str, Any] | None = None
    country: str | None = None
    currency_config: dict[str, Any] | None = None
    has_reality_check: Literal[0, 1] | None = None
    legal_allowed_contract_categories: list[str] | None = None
    legal_allowed_currencies: list[str] | None = None
    legal_allowed_markets: list[str] | None = None
    legal_default_currency: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    requirements: (
        LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirements | None
    ) = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirements:
    """Landing company response landing company dxtrade gaming company standard requirements."""

    after_first_deposit: (
        LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirementsAfterFirstDeposit
        | None
    ) = None
    compliance: (
        LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirementsCompliance
        | None
    ) = None
    signup: list[str] | None = None
    withdrawal: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirementsAfterFirstDeposit:
    """Landing company response landing company dxtrade gaming company standard requirements after
    first deposit.
    """

    financial_assessment: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirementsCompliance:
    """Landing company response landing company dxtrade gaming company standard requirements
    compliance.
    """

    mt5: list[str] | None = None
    tax_information: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyFinancialCompany:
    """Landing company response landing company financial company."""

    address: list[str] | Unset | None = UNSET
    changeable_fields: dict[str, Any] | None = None
    country: str | None = None
    currency_config: dict[str, Any] | None = None
    has_reality_check: Literal[1, 0] | None = None
    legal_allowed_contract_categories: list[str] | None = None
    legal_allowed_currencies: list[str] | None = None
    legal_allowed_markets: list[str] | None = None
    legal_default_currency: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    requirements: LandingCompanyResponseLandingCompanyFinancialCompanyRequirements | None = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyFinancialCompanyRequirements:
    """Landing company response landing company financial company requirements."""

    after_first_deposit: (
        LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsAfterFirstDeposit | None
    ) = None
    compliance: (
        LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsCompliance | None
    ) = None
    partner: list[str] | None = None
    signup: list[str] | None = None
    withdrawal: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsAfterFirstDeposit:
    """Landing company response landing company financial company requirements after first
    deposit.
    """

    financial_assessment: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyFinancialCompanyRequirementsCompliance:
    """Landing company response landing company financial company requirements compliance."""

    mt5: list[str] | None = None
    tax_information: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyGamingCompany:
    """Landing company response landing company gaming company."""

    address: list[str] | Unset | None = UNSET
    changeable_fields: dict[str, Any] | None = None
    country: str | None = None
    currency_config: dict[str, Any] | None = None
    has_reality_check: Literal[0, 1] | None = None
    legal_allowed_contract_categories: list[str] | None = None
    legal_allowed_currencies: list[str] | None = None
    legal_allowed_markets: list[str] | None = None
    legal_default_currency: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    requirements: LandingCompanyResponseLandingCompanyGamingCompanyRequirements | None = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyGamingCompanyRequirements:
    """Landing company response landing company gaming company requirements."""

    after_first_deposit: (
        LandingCompanyResponseLandingCompanyGamingCompanyRequirementsAfterFirstDeposit | None
    ) = None
    compliance: LandingCompanyResponseLandingCompanyGamingCompanyRequirementsCompliance | None = (
        None
    )
    partner: list[str] | None = None
    signup: list[str] | None = None
    withdrawal: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyGamingCompanyRequirementsAfterFirstDeposit:
    """Landing company response landing company gaming company requirements after first deposit."""

    financial_assessment: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyGamingCompanyRequirementsCompliance:
    """Landing company response landing company gaming company requirements compliance."""

    mt5: list[str] | None = None
    tax_information: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyMtAllCompany:
    """Landing company response landing company mt all company."""

    swap_free: LandingCompanyDetails | Unset | None = UNSET
    zero_spread: LandingCompanyDetails2 | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyMtFinancialCompany:
    """Landing company response landing company mt financial company."""

    financial: LandingCompanyDetails3 | Unset | None = UNSET
    financial_stp: LandingCompanyDetails4 | Unset | None = UNSET
    gold: LandingCompanyDetails5 | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyMtGamingCompany:
    """Landing company response landing company mt gaming company."""

    financial: LandingCompanyResponseLandingCompanyMtGamingCompanyFinancial | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyMtGamingCompanyFinancial:
    """Landing company response landing company mt gaming company financial."""

    address: list[str] | Unset | None = UNSET
    changeable_fields: dict[str, Any] | None = None
    country: str | None = None
    currency_config: dict[str, Any] | None = None
    has_reality_check: Literal[0, 1] | None = None
    legal_allowed_contract_categories: list[str] | None = None
    legal_allowed_currencies: list[str] | None = None
    legal_allowed_markets: list[str] | None = None
    legal_default_currency: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    requirements: (
        LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirements | None
    ) = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirements:
    """Landing company response landing company mt gaming company financial requirements."""

    after_first_deposit: (
        LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsAfterFirstDeposit
        | None
    ) = None
    compliance: (
        LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsCompliance | None
    ) = None
    partner: list[str] | None = None
    signup: list[str] | None = None
    withdrawal: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsAfterFirstDeposit:
    """Landing company response landing company mt gaming company financial requirements after first
    deposit.
    """

    financial_assessment: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyMtGamingCompanyFinancialRequirementsCompliance:
    """Landing company response landing company mt gaming company financial requirements
    compliance.
    """

    mt5: list[str] | None = None
    tax_information: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LegalRequirements:
    """Legal requirements."""

    after_first_deposit: AfterFirstDepositRequirements | None = None
    compliance: ComplianceRequirements | None = None
    partner: list[str] | None = None
    signup: list[str] | None = None
    withdrawal: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LoginHistoryRequest:
    """Login history request."""

    login_history: Literal[1]
    limit: int | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class LoginHistoryResponse:
    """Login history response."""

    login_history: list[LoginHistoryResponseLoginHistoryItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["login_history"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LoginHistoryResponseLoginHistoryItem:
    """Login history response login history item."""

    action: str
    browser: str
    country: str
    datetime: str
    device: str
    environment: str
    ip: str
    language: str
    os: str
    status: Literal[0, 1]
    time: int
    version: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LogoutRequest:
    """Logout request."""

    logout: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class LogoutResponse:
    """Logout response."""

    logout: Literal[1] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["logout"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5DepositRequest:
    """Mt5 deposit request."""

    mt5_deposit: Literal[1]
    amount: float | None = None
    from_binary: str | None = None
    to_mt5: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class Mt5DepositResponse:
    """Mt5 deposit response."""

    mt5_deposit: int | None = None
    binary_transaction_id: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["mt5_deposit"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5GetSettingsRequest:
    """Mt5 get settings request."""

    mt5_get_settings: Literal[1]
    login: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class Mt5GetSettingsResponse:
    """Mt5 get settings response."""

    mt5_get_settings: Mt5GetSettingsResponseMt5GetSettings | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["mt5_get_settings"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5GetSettingsResponseMt5GetSettings:
    """Mt5 get settings response mt5 get settings."""

    account_type: Literal["demo", "real"] | None = None
    address: str | None = None
    balance: float | None = None
    city: str | None = None
    company: str | None = None
    country: str | None = None
    currency: str | None = None
    display_balance: str | None = None
    email: str | None = attrs.field(default=None, repr=False)
    group: str | None = None
    landing_company_short: (
        Literal["bvi", "labuan", "malta", "maltainvest", "seychelles", "svg", "vanuatu", "dml"]
        | None
    ) = None
    leverage: float | None = None
    login: str | None = None
    market_type: Literal["all", "financial", "synthetic"] | None = None
    name: str | None = attrs.field(default=None, repr=False)
    phone: str | None = attrs.field(default=None, repr=False)
    phone_password: str | None = attrs.field(default=None, repr=False)
    server: str | None = None
    server_info: Mt5GetSettingsResponseMt5GetSettingsServerInfo | None = None
    state: str | None = None
    sub_account_category: (
        Literal["", "ibt", "lim", "stp", "swap_free", "swap_free_high_risk"] | None
    ) = None
    sub_account_type: (
        Literal[
            "standard",
            "financial",
            "financial_stp",
            "swap_free",
            "ibt",
            "stp",
            "zero_spread",
            "gold",
        ]
        | None
    ) = None
    zip_code: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5GetSettingsResponseMt5GetSettingsServerInfo:
    """Mt5 get settings response mt5 get settings server info."""

    environment: (
        Literal["Deriv-Demo", "Deriv-Server", "Deriv-Server-02", "Deriv-Server-03"] | None
    ) = None
    geolocation: Mt5GetSettingsResponseMt5GetSettingsServerInfoGeolocation | None = None
    id: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5GetSettingsResponseMt5GetSettingsServerInfoGeolocation:
    """Mt5 get settings response mt5 get settings server info geolocation."""

    group: str | None = None
    location: str | None = None
    region: str | None = None
    sequence: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListRequest:
    """Mt5 login list request."""

    mt5_login_list: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class Mt5LoginListResponse:
    """Mt5 login list response."""

    mt5_login_list: list[Mt5LoginListResponseMt5LoginListItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["mt5_login_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItem:
    """Mt5 login list response mt5 login list item."""

    account_type: Literal["demo", "real"] | None = None
    balance: float | None = None
    client_kyc_status: Mt5LoginListResponseMt5LoginListItemClientKycStatus | None = None
    country: str | None = None
    currency: str | None = None
    display_balance: str | None = None
    eligible_to_migrate: dict[str, Any] | None = None
    email: str | None = attrs.field(default=None, repr=False)
    error: Mt5LoginListResponseMt5LoginListItemError | None = None
    group: str | None = None
    is_main_agent: bool | None = None
    landing_company: str | None = None
    landing_company_short: (
        Literal["bvi", "labuan", "malta", "maltainvest", "svg", "vanuatu", "seychelles", "dml"]
        | None
    ) = None
    leverage: float | None = None
    login: str | None = None
    market_type: Literal["financial", "synthetic", "all"] | None = None
    name: str | None = attrs.field(default=None, repr=False)
    product: (
        Literal["", "synthetic", "financial", "swap_free", "zero_spread", "standard", "stp", "gold"]
        | None
    ) = None
    request_timestamp: int | None = None
    rights: Mt5LoginListResponseMt5LoginListItemRights | None = None
    server: str | None = None
    server_info: Mt5LoginListResponseMt5LoginListItemServerInfo | None = None
    status: str | Unset | None = UNSET
    sub_account_category: (
        Literal["", "swap_free", "swap_free_high_risk", "lim", "hr", "ab", "ba", "stp", "gold"]
        | None
    ) = None
    sub_account_type: (
        Literal[
            "standard",
            "financial",
            "financial_stp",
            "swap_free",
            "ibt",
            "stp",
            "zero_spread",
            "gold",
        ]
        | None
    ) = None
    webtrader_url: str | None = None
    white_label_links: Mt5LoginListResponseMt5LoginListItemWhiteLabelLinks | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemClientKycStatus:
    """Mt5 login list response mt5 login list item client kyc status."""

    poa_status: Literal["none", "pending", "expired", "verified", "rejected"] | None = None
    poi_status: (
        Literal["none", "pending", "verified", "suspected", "rejected", "expired"] | None
    ) = None
    valid_tin: Literal[1, 0] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemError:
    """Mt5 login list response mt5 login list item error."""

    code: str | None = None
    details: Mt5LoginListResponseMt5LoginListItemErrorDetails | None = None
    message_to_client: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemErrorDetails:
    """Mt5 login list response mt5 login list item error details."""

    account_type: str | None = None
    login: str | None = None
    server: str | None = None
    server_info: Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfo | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfo:
    """Mt5 login list response mt5 login list item error details server info."""

    environment: (
        Literal[
            "Deriv-Demo",
            "Deriv-Server",
            "Deriv-Server-02",
            "Deriv-Server-03",
            "DerivFX-Server",
            "DerivFX-Server-02",
            "DerivFX-Server-03",
            "DerivVU-Server",
            "DerivVU-Server-02",
            "DerivVU-Server-03",
            "DerivSVG-Server",
            "DerivSVG-Server-02",
            "DerivSVG-Server-03",
            "DerivMT-Server",
            "DerivMT-Server-02",
            "DerivMT-Server-03",
            "DerivBVI-Server",
            "DerivBVI-Server-02",
            "DerivBVI-Server-03",
            "DerivMU-Server",
            "DerivMU-Server-02",
            "DerivMU-Server-03",
        ]
        | None
    ) = None
    geolocation: Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfoGeolocation | None = None
    id: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfoGeolocation:
    """Mt5 login list response mt5 login list item error details server info geolocation."""

    group: str | None = None
    location: str | None = None
    region: str | None = None
    sequence: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemRights:
    """Mt5 login list response mt5 login list item rights."""

    api: bool | None = None
    api_deprecated: bool | None = None
    confirmed: bool | None = None
    enabled: bool | None = None
    exclude_reports: bool | None = None
    expert: bool | None = None
    investor: bool | None = None
    otp_enabled: bool | None = None
    password_change: bool | None = attrs.field(default=None, repr=False)
    push: bool | None = None
    readonly: bool | None = None
    reports: bool | None = None
    reset_pass: bool | None = None
    sponsored: bool | None = None
    technical: bool | None = None
    trade_disabled: bool | None = None
    trailing: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemServerInfo:
    """Mt5 login list response mt5 login list item server info."""

    environment: (
        Literal[
            "Deriv-Demo",
            "Deriv-Server",
            "Deriv-Server-02",
            "Deriv-Server-03",
            "DerivFX-Server",
            "DerivFX-Server-02",
            "DerivFX-Server-03",
            "DerivVU-Server",
            "DerivVU-Server-02",
            "DerivVU-Server-03",
            "DerivSVG-Server",
            "DerivSVG-Server-02",
            "DerivSVG-Server-03",
            "DerivMT-Server",
            "DerivMT-Server-02",
            "DerivMT-Server-03",
            "DerivBVI-Server",
            "DerivBVI-Server-02",
            "DerivBVI-Server-03",
            "DerivMU-Server",
            "DerivMU-Server-02",
            "DerivMU-Server-03",
        ]
        | None
    ) = None
    geolocation: Mt5LoginListResponseMt5LoginListItemServerInfoGeolocation | None = None
    id: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemServerInfoGeolocation:
    """Mt5 login list response mt5 login list item server info geolocation."""

    group: str | None = None
    location: str | None = None
    region: str | None = None
    sequence: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemWhiteLabelLinks:
    """Mt5 login list response mt5 login list item white label links."""

    android: str | None = None
    ios: str | None = None
    webtrader_url: str | None = None
    windows: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5NewAccountRequest:
    """Mt5 new account request."""

    mt5_new_account: Literal[1] = attrs.field(repr=False)
    account_type: Literal["demo", "gaming", "financial", "all"]
    address: str | None = None
    city: str | None = None
    company: str | None = None
    country: str | None = None
    currency: str | None = None
    dry_run: Literal[0, 1] | None = None
    email: str
    invest_password: str | None = attrs.field(default=None, repr=False)
    leverage: float
    main_password: str = attrs.field(repr=False)
    migrate: bool | None = None
    mt5_account_category: Literal["conventional", "swap_free", "gold"] | None = None
    mt5_account_type: Literal["financial", "financial_stp", "gold"] | None = None
    name: str
    phone: str | Unset | None = attrs.field(default=UNSET, repr=False)
    phone_password: str | None = attrs.field(default=None, repr=False)
    product: (
        Literal["", "synthetic", "financial", "swap_free", "zero_spread", "standard", "stp", "gold"]
        | None
    ) = None
    server: (
        Literal["p01_ts01", "p01_ts02", "p01_ts03", "p01_ts04", "p02_ts02", "p03_ts01", "p03_ts02"]
        | Unset
        | None
    ) = UNSET
    state: str | None = None
    sub_account_category: Literal["", "swap_free", "ab", "ba", "lim", "hr", "gold"] | None = None
    sub_account_type: (
        Literal["standard", "stp", "ibt", "swap_free", "zero_spread", "gold"] | None
    ) = None
    zip_code: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class Mt5NewAccountResponse:
    """Mt5 new account response."""

    mt5_new_account: Mt5NewAccountResponseMt5NewAccount | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["mt5_new_account"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5NewAccountResponseMt5NewAccount:
    """Mt5 new account response mt5 new account."""

    account_type: Literal["demo", "gaming", "financial", "all"] | None = None
    agent: str | Unset | None = UNSET
    balance: float | None = None
    currency: str | None = None
    display_balance: str | None = None
    login: str | None = None
    mt5_account_category: Literal["conventional", "swap_free", "gold"] | None = None
    mt5_account_type: Literal["financial", "financial_stp", "standard", "gold"] | None = None
    product: (
        Literal["", "synthetic", "financial", "swap_free", "zero_spread", "standard", "stp", "gold"]
        | None
    ) = None
    sub_account_type: (
        Literal["standard", "stp", "ibt", "swap_free", "zero_spread", "gold"] | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5PasswordChangeRequest:
    """Mt5 password change request."""

    mt5_password_change: Literal[1] = attrs.field(repr=False)
    login: str
    new_password: str = attrs.field(repr=False)
    old_password: str = attrs.field(repr=False)
    password_type: Literal["main", "investor"] | None = attrs.field(default=None, repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class Mt5PasswordChangeResponse:
    """Mt5 password change response."""

    mt5_password_change: int | None = attrs.field(default=None, repr=False)
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["mt5_password_change"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5PasswordCheckRequest:
    """Mt5 password check request."""

    mt5_password_check: Literal[1] = attrs.field(repr=False)
    login: str
    password: str = attrs.field(repr=False)
    password_type: Literal["main", "investor"] | None = attrs.field(default=None, repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class Mt5PasswordCheckResponse:
    """Mt5 password check response."""

    mt5_password_check: int | None = attrs.field(default=None, repr=False)
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["mt5_password_check"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5PasswordResetRequest:
    """Mt5 password reset request."""

    mt5_password_reset: Literal[1] = attrs.field(repr=False)
    login: str
    new_password: str = attrs.field(repr=False)
    password_type: Literal["main", "investor"] | None = attrs.field(default=None, repr=False)
    verification_code: str = attrs.field(repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class Mt5PasswordResetResponse:
    """Mt5 password reset response."""

    mt5_password_reset: int | None = attrs.field(default=None, repr=False)
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["mt5_password_reset"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5WithdrawalRequest:
    """Mt5 withdrawal request."""

    mt5_withdrawal: Literal[1]
    amount: float
    from_mt5: str
    to_binary: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class Mt5WithdrawalResponse:
    """Mt5 withdrawal response."""

    mt5_withdrawal: int | None = None
    binary_transaction_id: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["mt5_withdrawal"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewAccountCheckDuplicateNameAndDobRequest:
    """New account check duplicate name and dob request."""

    new_account_check_duplicate_name_and_dob: Literal[1]
    date_of_birth: str
    first_name: str = attrs.field(repr=False)
    last_name: str = attrs.field(repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class NewAccountCheckDuplicateNameAndDobResponse:
    """New account check duplicate name and dob response."""

    new_account_check_duplicate_name_and_dob: (
        NewAccountCheckDuplicateNameAndDobResponseNewAccountCheckDuplicateNameAndDob | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["new_account_check_duplicate_name_and_dob"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewAccountCheckDuplicateNameAndDobResponseNewAccountCheckDuplicateNameAndDob:
    """New account check duplicate name and dob response new account check duplicate name and
    dob.
    """

    has_duplicate: Literal[0, 1]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewAccountCheckDuplicatePhoneAndDobRequest:
    """New account check duplicate phone and dob request."""

    new_account_check_duplicate_phone_and_dob: Literal[1]
    date_of_birth: str
    phone_number: str = attrs.field(repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class NewAccountCheckDuplicatePhoneAndDobResponse:
    """New account check duplicate phone and dob response."""

    new_account_check_duplicate_phone_and_dob: (
        NewAccountCheckDuplicatePhoneAndDobResponseNewAccountCheckDuplicatePhoneAndDob | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["new_account_check_duplicate_phone_and_dob"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewAccountCheckDuplicatePhoneAndDobResponseNewAccountCheckDuplicatePhoneAndDob:
    """New account check duplicate phone and dob response new account check duplicate phone and
    dob.
    """

    has_duplicate: Literal[0, 1]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewAccountMaltainvestRequest:
    """New account maltainvest request."""

    new_account_maltainvest: Literal[1]
    accept_risk: Literal[0, 1] | None = None
    account_opening_reason: (
        Literal["Speculative", "Income Earning", "Hedging", "Additional revenue", "Savings"] | None
    ) = None
    account_turnover: str | None = None
    address_city: str
    address_line_1: str
    address_line_2: str | None = None
    address_postcode: str | None = None
    address_state: str | None = None
    affiliate_token: str | None = attrs.field(default=None, repr=False)
    calling_country_code: str | Unset | None = attrs.field(default=UNSET, repr=False)
    cfd_experience: (
        Literal["No experience", "Less than a year", "1 - 2 years", "Over 3 years"] | None
    ) = None
    cfd_frequency: (
        Literal[
            "No transactions in the past 12 months",
            "1 - 5 transactions in the past 12 months",
            "6 - 10 transactions in the past 12 months",
            "11 - 39 transactions in the past 12 months",
            "40 transactions or more in the past 12 months",
        ]
        | None
    ) = None
    cfd_trading_definition: (
        Literal[
            "Purchase shares of a company or physical commodities.",
            "Place a bet on the price movement.",
            "Speculate on the price movement.",
            "Make a long-term investment.",
        ]
        | None
    ) = None
    citizen: str | None = None
    client_type: Literal["professional", "retail"] | None = None
    currency: str | None = None
    date_of_birth: str
    education_level: str | None = None
    employment_industry: str | None = None
    employment_status: str
    estimated_worth: str | None = None
    fatca_declaration: Literal[0, 1] | None = None
    financial_information_version: str | None = None
    first_name: str = attrs.field(repr=False)
    income_source: str | None = None
    investment_intention: str | None = None
    last_name: str = attrs.field(repr=False)
    leverage_impact_trading: (
        Literal[
            "Leverage is a risk mitigation technique.",
            "Leverage prevents you from opening large positions.",
            "Leverage guarantees profits.",
            "Leverage lets you open larger positions for a fraction of the trade's value.",
        ]
        | None
    ) = None
    leverage_trading_high_risk_stop_loss: (
        Literal[
            "Cancel your trade at any time within a chosen timeframe.",
            "Close your trade automatically when the loss is more than or equal to a specific amount.",
            "Close your trade automatically when the profit is more than or equal to a specific amount.",
            "Make a guaranteed profit on your trade.",
        ]
        | None
    ) = None
    net_income: str | None = None
    non_pep_declaration: int | None = None
    occupation: str | None = None
    phone: str | Unset | None = attrs.field(default=UNSET, repr=False)
    place_of_birth: str | None = None
    required_initial_margin: (
        Literal[
            "When opening a Leveraged CFD trade.",
            "When trading Multipliers.",
            "When buying shares of a company.",
            "All of the above.",
        ]
        | None
    ) = None
    residence: str
    resident_self_declaration: Literal[1] | None = None
    risk_tolerance: Literal["Yes", "No"] | None = None
    salutation: Literal["Mr", "Ms", "Miss", "Mrs"]
    secret_answer: str | None = attrs.field(default=None, repr=False)
    secret_question: (
        Literal[
            "Mother's maiden name",
            "Name of your pet",
            "Name of first love",
            "Memorable town/city",
            "Memorable date",
            "Favourite dish",
            "Brand of first car",
            "Favourite artist",
        ]
        | None
    ) = attrs.field(default=None, repr=False)
    source_of_experience: (
        Literal[
            "I have an academic degree, professional certification, and/or work experience.",
            "I trade forex CFDs and other complex financial instruments.",
            "I have attended seminars, training, and/or workshops.",
            "I have little experience.",
            "I have no knowledge.",
        ]
        | None
    ) = None
    source_of_wealth: str | None = None
    tax_identification_number: str | None = None
    tax_residence: str
    tin_skipped: Literal[0, 1] | None = None
    tnc_acceptance: Literal[0, 1] | None = None
    trading_experience_financial_instruments: (
        Literal["No experience", "Less than a year", "1 - 2 years", "Over 3 years"] | None
    ) = None
    trading_frequency_financial_instruments: (
        Literal[
            "No transactions in the past 12 months",
            "1 - 5 transactions in the past 12 months",
            "6 - 10 transactions in the past 12 months",
            "11 - 39 transactions in the past 12 months",
            "40 transactions or more in the past 12 months",
        ]
        | None
    ) = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class NewAccountMaltainvestResponse:
    """New account maltainvest response."""

    new_account_maltainvest: NewAccountMaltainvestResponseNewAccountMaltainvest | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["new_account_maltainvest"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewAccountMaltainvestResponseNewAccountMaltainvest:
    """New account maltainvest response new account maltainvest."""

    client_id: str
    currency: str | None = None
    currency_type: str | None = None
    landing_company: str
    landing_company_short: str | None = None
    landing_company_shortcode: str | None = None
    oauth_token: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewAccountRealRequest:
    """New account real request."""

    new_account_real: Literal[1]
    account_opening_reason: (
        Literal[
            "Speculative",
            "Income Earning",
            "Hedging",
            "Peer-to-peer exchange",
            "Additional revenue",
            "Savings",
        ]
        | None
    ) = None
    account_turnover: (
        Literal[
            "Less than $25,000",
            "$25,000 - $50,000",
            "$50,001 - $100,000",
            "$100,001 - $500,000",
            "Over $500,000",
        ]
        | None
    ) = None
    address_city: str | None = None
    address_line_1: str | None = None
    address_line_2: str | None = None
    address_postcode: str | None = None
    address_state: str | None = None
    affiliate_token: str | None = attrs.field(default=None, repr=False)
    calling_country_code: str | Unset | None = attrs.field(default=UNSET, repr=False)
    citizen: str | Unset | None = UNSET
    client_type: Literal["professional", "retail"] | None = None
    currency: str | None = None
    date_of_birth: str | None = None
    employment_status: str | None = None
    fatca_declaration: Literal[0, 1] | None = None
    financial_information_version: str | None = None
    first_name: str | None = attrs.field(default=None, repr=False)
    last_name: str | None = attrs.field(default=None, repr=False)
    non_pep_declaration: int | None = None
    phone: str | Unset | None = attrs.field(default=UNSET, repr=False)
    place_of_birth: str | None = None
    residence: str | None = None
    salutation: Literal["Mr", "Ms", "Miss", "Mrs"] | None = None
    secret_answer: str | None = attrs.field(default=None, repr=False)
    secret_question: (
        Literal[
            "Mother's maiden name",
            "Name of your pet",
            "Name of first love",
            "Memorable town/city",
            "Memorable date",
            "Favourite dish",
            "Brand of first car",
            "Favourite artist",
        ]
        | None
    ) = attrs.field(default=None, repr=False)
    tax_identification_number: str | None = None
    tax_residence: str | None = None
    tin_skipped: Literal[0, 1] | None = None
    tnc_acceptance: Literal[0, 1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class NewAccountRealResponse:
    """New account real response."""

    new_account_real: NewAccountRealResponseNewAccountReal | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["new_account_real"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewAccountRealResponseNewAccountReal:
    """New account real response new account real."""

    client_id: str
    currency: str | None = None
    currency_type: str | None = None
    landing_company: str
    landing_company_short: str | None = None
    landing_company_shortcode: str | None = None
    oauth_token: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewAccountVirtualRequest:
    """New account virtual request."""

    new_account_virtual: Literal[1]
    affiliate_token: str | None = attrs.field(default=None, repr=False)
    client_password: str | None = attrs.field(default=None, repr=False)
    date_first_contact: str | None = None
    email: str | None = None
    email_consent: Literal[1, 0] | None = None
    gclid_url: str | None = None
    residence: str | None = None
    signup_device: Literal["desktop", "mobile"] | None = None
    type: Literal["trading", "wallet", "dynamic"] | None = None
    utm_ad_id: str | None = None
    utm_adgroup_id: str | None = None
    utm_adrollclk_id: str | None = None
    utm_campaign: str | None = None
    utm_campaign_id: str | None = None
    utm_content: str | None = None
    utm_fbcl_id: str | None = None
    utm_gl_client_id: str | None = None
    utm_medium: str | None = None
    utm_msclk_id: str | None = None
    utm_source: str | None = None
    utm_term: str | None = None
    verification_code: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class NewAccountVirtualResponse:
    """New account virtual response."""

    new_account_virtual: NewAccountVirtualResponseNewAccountVirtual | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["new_account_virtual"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewAccountVirtualResponseNewAccountVirtual:
    """New account virtual response new account virtual."""

    balance: float
    client_id: str
    currency: str
    currency_type: str | None = None
    email: str
    login_code: str | None = None
    oauth_token: str = attrs.field(repr=False)
    refresh_token: str | None = attrs.field(default=None, repr=False)
    type: Literal["trading", "wallet"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewPartnerAccountRequest:
    """New partner account request."""

    new_partner_account: Literal[1]
    account_turnover: (
        Literal[
            "Less than $25,000",
            "$25,000 - $50,000",
            "$50,001 - $100,000",
            "$100,001 - $500,000",
            "Over $500,000",
        ]
        | None
    ) = None
    address_city: str | None = None
    address_line_1: str | None = None
    address_line_2: str | None = None
    address_postcode: str | None = None
    address_state: str | None = None
    calling_country_code: str | Unset | None = attrs.field(default=UNSET, repr=False)
    citizen: str | Unset | None = UNSET
    client_type: Literal["professional", "retail"] | None = None
    company_name: str | None = attrs.field(default=None, repr=False)
    company_registration_no: str | None = None
    currency: str | None = None
    date_of_birth: str | None = None
    fatca_declaration: Literal[0, 1] | None = None
    first_name: str | None = attrs.field(default=None, repr=False)
    landing_company_short: Literal["maltainvest", "svg"] | None = None
    last_name: str | None = attrs.field(default=None, repr=False)
    non_pep_declaration: int | None = None
    partner_type: Literal["individual", "company"]
    phone: str | Unset | None = attrs.field(default=UNSET, repr=False)
    provider: Literal["myaffiliate", "dynamicworks"] | None = None
    residence: str | None = None
    salutation: Literal["Mr", "Ms", "Miss", "Mrs"] | None = None
    secret_answer: str | None = attrs.field(default=None, repr=False)
    secret_question: (
        Literal[
            "Mother's maiden name",
            "Name of your pet",
            "Name of first love",
            "Memorable town/city",
            "Memorable date",
            "Favourite dish",
            "Brand of first car",
            "Favourite artist",
        ]
        | None
    ) = attrs.field(default=None, repr=False)
    website: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class NewPartnerAccountResponse:
    """New partner account response."""

    new_partner_account: NewPartnerAccountResponseNewPartnerAccount | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["new_partner_account"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewPartnerAccountResponseNewPartnerAccount:
    """New partner account response new partner account."""

    client_id: str
    currency: str | None = None
    currency_type: str | None = None
    landing_company: str
    landing_company_shortcode: str | None = None
    oauth_token: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class OauthAppsRequest:
    """Oauth apps request."""

    oauth_apps: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class OauthAppsResponse:
    """Oauth apps response."""

    oauth_apps: list[OauthAppsResponseOauthAppsItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["oauth_apps"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class OauthAppsResponseOauthAppsItem:
    """Oauth apps response oauth apps item."""

    app_id: int
    app_markup_percentage: float
    last_used: str | None
    name: str = attrs.field(repr=False)
    official: Literal[1, 0]
    scopes: list[str]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertCreateRequest:
    """P2p advert create request."""

    p2p_advert_create: Literal[1]
    amount: float
    block_trade: Literal[0, 1] | None = None
    contact_info: str | None = attrs.field(default=None, repr=False)
    description: str | None = attrs.field(default=None, repr=False)
    eligible_countries: list[str] | None = None
    local_currency: str | None = None
    max_order_amount: float
    min_completion_rate: float | None = None
    min_join_days: int | None = None
    min_order_amount: float
    min_rating: float | None = None
    order_expiry_period: int | None = None
    payment_info: str | None = attrs.field(default=None, repr=False)
    payment_method: str | None = None
    payment_method_ids: list[int] | None = None
    payment_method_names: list[str] | None = None
    rate: float
    rate_type: Literal["fixed", "float"] | None = None
    type: Literal["buy", "sell"]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertCreateResponse:
    """P2p advert create response."""

    p2p_advert_create: P2pAdvertCreateResponseP2pAdvertCreate | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advert_create"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertCreateResponseP2pAdvertCreate:
    """P2p advert create response p2p advert create."""

    account_currency: str
    active_orders: int
    advertiser_details: P2pAdvertCreateResponseP2pAdvertCreateAdvertiserDetails
    amount: float
    amount_display: str
    block_trade: Literal[0, 1]
    contact_info: str | None = attrs.field(default=None, repr=False)
    counterparty_type: Literal["buy", "sell"]
    country: str
    created_time: int
    description: str = attrs.field(repr=False)
    effective_rate: float | None
    effective_rate_display: str | None
    eligible_countries: list[str] | None = None
    id: str
    is_active: Literal[0, 1]
    is_visible: Literal[0, 1]
    local_currency: str
    max_order_amount: float
    max_order_amount_display: str
    max_order_amount_limit: float
    max_order_amount_limit_display: str
    min_completion_rate: float | None = None
    min_join_days: int | None = None
    min_order_amount: float
    min_order_amount_display: str
    min_order_amount_limit: float
    min_order_amount_limit_display: str
    min_rating: float | None = None
    order_expiry_period: int
    payment_info: str | None = attrs.field(default=None, repr=False)
    payment_method: str | None = attrs.field(repr=False)
    payment_method_details: (
        dict[str, P2pAdvertCreateResponseP2pAdvertCreatePaymentMethodDetailsValue] | None
    ) = None
    payment_method_names: list[str] | None = None
    price: float | None
    price_display: str | None
    rate: float
    rate_display: str
    rate_type: Literal["fixed", "float"]
    remaining_amount: float
    remaining_amount_display: str
    type: Literal["buy", "sell"]
    visibility_status: (
        list[
            Literal[
                "advert_fixed_rate_disabled",
                "advert_float_rate_disabled",
                "advert_inactive",
                "advert_max_limit",
                "advert_min_limit",
                "advert_remaining",
                "advert_no_payment_methods",
                "advertiser_ads_paused",
                "advertiser_approval",
                "advertiser_balance",
                "advertiser_block_trade_ineligible",
                "advertiser_daily_limit",
                "advertiser_schedule",
                "advertiser_temp_ban",
            ]
        ]
        | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertCreateResponseP2pAdvertCreateAdvertiserDetails:
    """P2p advert create response p2p advert create advertiser details."""

    completed_orders_count: int
    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1]
    is_schedule_available: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    name: str = attrs.field(repr=False)
    rating_average: float | None
    rating_count: int
    recommended_average: float | None
    recommended_count: int | None
    total_completion_rate: float | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertCreateResponseP2pAdvertCreatePaymentMethodDetailsValue:
    """P2p advert create response p2p advert create payment method details value."""

    display_name: str | None = None
    fields: dict[str, P2pAdvertCreateResponseP2pAdvertCreatePaymentMethodDetailsValueFieldsValue]
    is_enabled: Literal[0, 1]
    method: str
    type: Literal["bank", "ewallet", "other"]
    used_by_adverts: list[str] | None
    used_by_orders: list[str] | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertCreateResponseP2pAdvertCreatePaymentMethodDetailsValueFieldsValue:
    """P2p advert create response p2p advert create payment method details value fields value."""

    display_name: str
    required: int
    type: Literal["text", "memo"]
    value: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertInfoRequest:
    """P2p advert info request."""

    p2p_advert_info: Literal[1]
    id: str | None = None
    subscribe: Literal[1] | None = None
    use_client_limits: Literal[0, 1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertInfoResponse:
    """P2p advert info response."""

    p2p_advert_info: P2pAdvertInfoResponseP2pAdvertInfo | None = None
    subscription: P2pAdvertInfoResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advert_info"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertInfoResponseP2pAdvertInfo:
    """P2p advert info response p2p advert info."""

    account_currency: str | None = None
    active_orders: int | None = None
    advertiser_details: P2pAdvertInfoResponseP2pAdvertInfoAdvertiserDetails | None = None
    amount: float | None = None
    amount_display: str | None = None
    block_trade: Literal[0, 1] | None = None
    contact_info: str | None = attrs.field(default=None, repr=False)
    counterparty_type: Literal["buy", "sell"] | None = None
    country: str | None = None
    created_time: int | None = None
    days_until_archive: int | None = None
    deleted: Literal[1] | None = None
    description: str | None = attrs.field(default=None, repr=False)
    effective_rate: float | Unset | None = UNSET
    effective_rate_display: str | Unset | None = UNSET
    eligibility_status: (
        list[Literal["completion_rate", "country", "join_date", "rating_average"]] | None
    ) = None
    eligible_countries: list[str] | None = None
    id: str | None = None
    is_active: Literal[0, 1] | None = None
    is_client_schedule_available: Literal[0, 1] | None = None
    is_eligible: Literal[0, 1] | None = None
    is_visible: Literal[0, 1] | None = None
    local_currency: str | None = None
    max_order_amount: float | None = None
    max_order_amount_display: str | None = None
    max_order_amount_limit: float | None = None
    max_order_amount_limit_display: str | None = None
    min_completion_rate: float | None = None
    min_join_days: int | None = None
    min_order_amount: float | None = None
    min_order_amount_display: str | None = None
    min_order_amount_limit: float | None = None
    min_order_amount_limit_display: str | None = None
    min_rating: float | None = None
    order_expiry_period: int | None = None
    payment_info: str | None = attrs.field(default=None, repr=False)
    payment_method: str | Unset | None = UNSET
    payment_method_details: (
        dict[str, P2pAdvertInfoResponseP2pAdvertInfoPaymentMethodDetailsValue] | None
    ) = None
    payment_method_names: list[str] | None = None
    price: float | Unset | None = UNSET
    price_display: str | Unset | None = UNSET
    rate: float | None = None
    rate_display: str | None = None
    rate_type: Literal["fixed", "float"] | None = None
    remaining_amount: float | None = None
    remaining_amount_display: str | None = None
    type: Literal["buy", "sell"] | None = None
    visibility_status: (
        list[
            Literal[
                "advert_fixed_rate_disabled",
                "advert_float_rate_disabled",
                "advert_inactive",
                "advert_max_limit",
                "advert_min_limit",
                "advert_remaining",
                "advert_no_payment_methods",
                "advertiser_ads_paused",
                "advertiser_approval",
                "advertiser_balance",
                "advertiser_block_trade_ineligible",
                "advertiser_daily_limit",
                "advertiser_schedule",
                "advertiser_temp_ban",
            ]
        ]
        | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertInfoResponseP2pAdvertInfoAdvertiserDetails:
    """P2p advert info response p2p advert info advertiser details."""

    completed_orders_count: int
    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_blocked: Literal[0, 1] | None = None
    is_favourite: Literal[0, 1] | None = None
    is_online: Literal[0, 1]
    is_recommended: Literal[0, 1] | Unset | None = UNSET
    is_schedule_available: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    name: str = attrs.field(repr=False)
    rating_average: float | None
    rating_count: int
    recommended_average: float | None
    recommended_count: int | None
    total_completion_rate: float | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertInfoResponseP2pAdvertInfoPaymentMethodDetailsValue:
    """P2p advert info response p2p advert info payment method details value."""

    display_name: str | None = None
    fields: dict[str, P2pAdvertInfoResponseP2pAdvertInfoPaymentMethodDetailsValueFieldsValue]
    is_enabled: Literal[0, 1]
    method: str
    type: Literal["bank", "ewallet", "other"]
    used_by_adverts: list[str] | None
    used_by_orders: list[str] | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertInfoResponseP2pAdvertInfoPaymentMethodDetailsValueFieldsValue:
    """P2p advert info response p2p advert info payment method details value fields value."""

    display_name: str
    required: int
    type: Literal["text", "memo"]
    value: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertInfoResponseSubscription:
    """P2p advert info response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertListRequest:
    """P2p advert list request."""

    p2p_advert_list: Literal[1]
    advertiser_id: str | None = None
    advertiser_name: str | None = None
    amount: float | None = None
    block_trade: Literal[0, 1] | None = None
    counterparty_type: Literal["buy", "sell"] | None = None
    favourites_only: Literal[0, 1] | None = None
    hide_client_schedule_unavailable: Literal[0, 1] | None = None
    hide_ineligible: Literal[0, 1] | None = None
    limit: int | None = None
    local_currency: str | None = None
    offset: int | None = None
    payment_method: list[str] | None = None
    sort_by: Literal["completion", "rate", "rating", "recommended"] | None = None
    use_client_limits: Literal[0, 1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertListResponse:
    """P2p advert list response."""

    p2p_advert_list: P2pAdvertListResponseP2pAdvertList | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advert_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertListResponseP2pAdvertList:
    """P2p advert list response p2p advert list."""

    list: list[P2pAdvertListResponseP2pAdvertListListItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertListResponseP2pAdvertListListItem:
    """P2p advert list response p2p advert list list item."""

    account_currency: str
    active_orders: int | None = None
    advertiser_details: P2pAdvertListResponseP2pAdvertListListItemAdvertiserDetails
    amount: float | None = None
    amount_display: str | None = None
    block_trade: Literal[0, 1]
    contact_info: str | None = attrs.field(default=None, repr=False)
    counterparty_type: Literal["buy", "sell"]
    country: str
    created_time: int
    days_until_archive: int | None = None
    description: str = attrs.field(repr=False)
    effective_rate: float | None
    effective_rate_display: str | None
    eligibility_status: (
        list[Literal["completion_rate", "country", "join_date", "rating_average"]] | None
    ) = None
    eligible_countries: list[str] | None = None
    id: str
    is_active: Literal[0, 1]
    is_client_schedule_available: Literal[0, 1] | None = None
    is_eligible: Literal[0, 1] | None = None
    is_visible: Literal[0, 1]
    local_currency: str
    max_order_amount: float | None = None
    max_order_amount_display: str | None = None
    max_order_amount_limit: float
    max_order_amount_limit_display: str
    min_completion_rate: float | None = None
    min_join_days: int | None = None
    min_order_amount: float | None = None
    min_order_amount_display: str | None = None
    min_order_amount_limit: float
    min_order_amount_limit_display: str
    min_rating: float | None = None
    order_expiry_period: int
    payment_info: str | None = attrs.field(default=None, repr=False)
    payment_method: str | None = attrs.field(repr=False)
    payment_method_names: list[str] | None = None
    price: float | None
    price_display: str | None
    rate: float
    rate_display: str
    rate_type: Literal["fixed", "float"]
    remaining_amount: float | None = None
    remaining_amount_display: str | None = None
    type: Literal["buy", "sell"]
    visibility_status: (
        list[
            Literal[
                "advert_fixed_rate_disabled",
                "advert_float_rate_disabled",
                "advert_inactive",
                "advert_max_limit",
                "advert_min_limit",
                "advert_remaining",
                "advert_no_payment_methods",
                "advertiser_ads_paused",
                "advertiser_approval",
                "advertiser_balance",
                "advertiser_block_trade_ineligible",
                "advertiser_daily_limit",
                "advertiser_schedule",
                "advertiser_temp_ban",
            ]
        ]
        | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertListResponseP2pAdvertListListItemAdvertiserDetails:
    """P2p advert list response p2p advert list list item advertiser details."""

    completed_orders_count: int
    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_blocked: Literal[0] | None = None
    is_favourite: Literal[0, 1] | None = None
    is_online: Literal[0, 1]
    is_recommended: Literal[0, 1] | Unset | None = UNSET
    is_schedule_available: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    name: str = attrs.field(repr=False)
    rating_average: float | None
    rating_count: int
    recommended_average: float | None
    recommended_count: float | None
    total_completion_rate: float | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertUpdateRequest:
    """P2p advert update request."""

    p2p_advert_update: Literal[1]
    contact_info: str | None = attrs.field(default=None, repr=False)
    delete: Literal[0, 1] | None = None
    description: str | None = attrs.field(default=None, repr=False)
    eligible_countries: list[str] | Unset | None = UNSET
    id: str
    is_active: Literal[0, 1] | None = None
    local_currency: str | None = None
    max_order_amount: float | None = None
    min_completion_rate: float | Unset | None = UNSET
    min_join_days: int | Unset | None = UNSET
    min_order_amount: float | None = None
    min_rating: float | Unset | None = UNSET
    order_expiry_period: int | None = None
    payment_info: str | None = attrs.field(default=None, repr=False)
    payment_method_ids: list[int] | None = None
    payment_method_names: list[str] | None = None
    rate: float | None = None
    rate_type: Literal["fixed", "float"] | None = None
    remaining_amount: float | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertUpdateResponse:
    """P2p advert update response."""

    p2p_advert_update: P2pAdvertUpdateResponseP2pAdvertUpdate | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advert_update"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertUpdateResponseP2pAdvertUpdate:
    """P2p advert update response p2p advert update."""

    account_currency: str | None = None
    active_orders: int | None = None
    advertiser_details: P2pAdvertUpdateResponseP2pAdvertUpdateAdvertiserDetails | None = None
    amount: float | None = None
    amount_display: str | None = None
    block_trade: Literal[0, 1] | None = None
    contact_info: str | None = attrs.field(default=None, repr=False)
    counterparty_type: Literal["buy", "sell"] | None = None
    country: str | None = None
    created_time: int | None = None
    days_until_archive: int | None = None
    deleted: Literal[1] | None = None
    description: str | None = attrs.field(default=None, repr=False)
    effective_rate: float | Unset | None = UNSET
    effective_rate_display: str | Unset | None = UNSET
    eligible_countries: list[str] | None = None
    id: str
    is_active: Literal[0, 1] | None = None
    is_visible: Literal[0, 1] | None = None
    local_currency: str | None = None
    max_order_amount: float | None = None
    max_order_amount_display: str | None = None
    max_order_amount_limit: float | None = None
    max_order_amount_limit_display: str | None = None
    min_completion_rate: float | None = None
    min_join_days: int | None = None
    min_order_amount: float | None = None
    min_order_amount_display: str | None = None
    min_order_amount_limit: float | None = None
    min_order_amount_limit_display: str | None = None
    min_rating: float | None = None
    order_expiry_period: int | None = None
    payment_info: str | None = attrs.field(default=None, repr=False)
    payment_method: str | Unset | None = UNSET
    payment_method_details: (
        dict[str, P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValue] | None
    ) = None
    payment_method_names: list[str] | None = None
    price: float | Unset | None = UNSET
    price_display: str | Unset | None = UNSET
    rate: float | None = None
    rate_display: str | None = None
    rate_type: Literal["fixed", "float"] | None = None
    remaining_amount: float | None = None
    remaining_amount_display: str | None = None
    type: Literal["buy", "sell"] | None = None
    visibility_status: (
        list[
            Literal[
                "advert_fixed_rate_disabled",
                "advert_float_rate_disabled",
                "advert_inactive",
                "advert_max_limit",
                "advert_min_limit",
                "advert_remaining",
                "advert_no_payment_methods",
                "advertiser_ads_paused",
                "advertiser_approval",
                "advertiser_balance",
                "advertiser_block_trade_ineligible",
                "advertiser_daily_limit",
                "advertiser_schedule",
                "advertiser_temp_ban",
            ]
        ]
        | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertUpdateResponseP2pAdvertUpdateAdvertiserDetails:
    """P2p advert update response p2p advert update advertiser details."""

    completed_orders_count: int
    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1]
    is_schedule_available: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    name: str = attrs.field(repr=False)
    rating_average: float | None
    rating_count: int
    recommended_average: float | None
    recommended_count: int | None
    total_completion_rate: float | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValue:
    """P2p advert update response p2p advert update payment method details value."""

    display_name: str | None = None
    fields: dict[str, P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValueFieldsValue]
    is_enabled: Literal[0, 1]
    method: str
    type: Literal["bank", "ewallet", "other"]
    used_by_adverts: list[str] | None
    used_by_orders: list[str] | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValueFieldsValue:
    """P2p advert update response p2p advert update payment method details value fields value."""

    display_name: str
    required: int
    type: Literal["text", "memo"]
    value: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserAdvertsRequest:
    """P2p advertiser adverts request."""

    p2p_advertiser_adverts: Literal[1]
    limit: int | None = None
    offset: int | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertiserAdvertsResponse:
    """P2p advertiser adverts response."""

    p2p_advertiser_adverts: P2pAdvertiserAdvertsResponseP2pAdvertiserAdverts | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advertiser_adverts"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserAdvertsResponseP2pAdvertiserAdverts:
    """P2p advertiser adverts response p2p advertiser adverts."""

    list: list[P2pAdvertiserAdvertsResponseP2pAdvertiserAdvertsListItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserAdvertsResponseP2pAdvertiserAdvertsListItem:
    """P2p advertiser adverts response p2p advertiser adverts list item."""

    account_currency: str
    active_orders: int
    advertiser_details: P2pAdvertiserAdvertsResponseP2pAdvertiserAdvertsListItemAdvertiserDetails
    amount: float
    amount_display: str
    block_trade: Literal[0, 1]
    contact_info: str = attrs.field(repr=False)
    counterparty_type: Literal["buy", "sell"]
    country: str
    created_time: int
    days_until_archive: int | None = None
    description: str = attrs.field(repr=False)
    effective_rate: float | None
    effective_rate_display: str | None
    eligible_countries: list[str] | None = None
    id: str
    is_active: Literal[0, 1]
    is_visible: Literal[0, 1]
    local_currency: str
    max_order_amount: float
    max_order_amount_display: str
    max_order_amount_limit: float
    max_order_amount_limit_display: str
    min_completion_rate: float | None = None
    min_join_days: int | None = None
    min_order_amount: float
    min_order_amount_display: str
    min_order_amount_limit: float
    min_order_amount_limit_display: str
    min_rating: float | None = None
    order_expiry_period: int
    payment_info: str = attrs.field(repr=False)
    payment_method: str | None = attrs.field(repr=False)
    payment_method_names: list[str] | None = None
    price: float | None
    price_display: str | None
    rate: float
    rate_display: str
    rate_type: Literal["fixed", "float"]
    remaining_amount: float
    remaining_amount_display: str
    type: Literal["buy", "sell"]
    visibility_status: (
        list[
            Literal[
                "advert_fixed_rate_disabled",
                "advert_float_rate_disabled",
                "advert_inactive",
                "advert_max_limit",
                "advert_min_limit",
                "advert_remaining",
                "advert_no_payment_methods",
                "advertiser_ads_paused",
                "advertiser_approval",
                "advertiser_balance",
                "advertiser_block_trade_ineligible",
                "advertiser_daily_limit",
                "advertiser_schedule",
                "advertiser_temp_ban",
            ]
        ]
        | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserAdvertsResponseP2pAdvertiserAdvertsListItemAdvertiserDetails:
    """P2p advertiser adverts response p2p advertiser adverts list item advertiser details."""

    completed_orders_count: int
    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1]
    is_schedule_available: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    name: str = attrs.field(repr=False)
    rating_average: float | None
    rating_count: int
    recommended_average: float | None
    recommended_count: int | None
    total_completion_rate: float | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserCreateRequest:
    """P2p advertiser create request."""

    p2p_advertiser_create: Literal[1]
    contact_info: str | None = attrs.field(default=None, repr=False)
    default_advert_description: str | None = attrs.field(default=None, repr=False)
    name: str = attrs.field(repr=False)
    payment_info: str | None = attrs.field(default=None, repr=False)
    schedule: list[P2pAdvertiserCreateRequestScheduleItem] | Unset | None = UNSET
    subscribe: Literal[1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertiserCreateRequestScheduleItem:
    """P2p advertiser create request schedule item."""

    end_min: int | None
    start_min: int | None


@attrs.define(kw_only=True)
class P2pAdvertiserCreateResponse:
    """P2p advertiser create response."""

    p2p_advertiser_create: P2pAdvertiserCreateResponseP2pAdvertiserCreate | None = None
    subscription: P2pAdvertiserCreateResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advertiser_create"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserCreateResponseP2pAdvertiserCreate:
    """P2p advertiser create response p2p advertiser create."""

    advert_rates: float | None
    balance_available: float
    basic_verification: Literal[1, 0]
    blocked_by_count: int
    buy_completion_rate: float | None
    buy_orders_amount: str
    buy_orders_count: int
    buy_time_avg: int | None
    cancel_time_avg: int | None
    cancels_remaining: int
    chat_token: str | None = attrs.field(repr=False)
    chat_user_id: str | None
    contact_info: str = attrs.field(repr=False)
    created_time: int
    daily_buy: str | None = None
    daily_buy_limit: str | None = None
    daily_sell: str | None = None
    daily_sell_limit: str | None = None
    default_advert_description: str = attrs.field(repr=False)
    full_verification: Literal[1, 0]
    id: str
    is_approved: Literal[0, 1]
    is_listed: Literal[0, 1]
    is_online: Literal[0, 1]
    is_schedule_available: Literal[0, 1]
    last_online_time: int | None
    max_order_amount: str | None = None
    min_balance: str | None = None
    min_order_amount: str | None = None
    name: str = attrs.field(repr=False)
    partner_count: int
    payment_info: str = attrs.field(repr=False)
    rating_average: float | None
    rating_count: int
    recommended_average: float | None
    recommended_count: int | None
    release_time_avg: int | None
    schedule: list[P2pAdvertiserCreateResponseP2pAdvertiserCreateScheduleItem] | Unset | None = (
        UNSET
    )
    sell_completion_rate: float | None
    sell_orders_amount: str
    sell_orders_count: int
    show_name: Literal[0, 1]
    total_completion_rate: float | None
    total_orders_count: int
    total_turnover: str
    withdrawal_limit: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserCreateResponseP2pAdvertiserCreateScheduleItem:
    """P2p advertiser create response p2p advertiser create schedule item."""

    end_min: int | None
    start_min: int | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserCreateResponseSubscription:
    """P2p advertiser create response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserInfoRequest:
    """P2p advertiser info request."""

    p2p_advertiser_info: Literal[1]
    id: str | None = None
    subscribe: Literal[1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertiserInfoResponse:
    """P2p advertiser info response."""

    p2p_advertiser_info: P2pAdvertiserInfoResponseP2pAdvertiserInfo | None = None
    subscription: P2pAdvertiserInfoResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advertiser_info"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserInfoResponseP2pAdvertiserInfo:
    """P2p advertiser info response p2p advertiser info."""

    active_fixed_ads: int | None = None
    active_float_ads: int | None = None
    advert_rates: float | None
    balance_available: float | None = None
    basic_verification: Literal[1, 0]
    block_trade: P2pAdvertiserInfoResponseP2pAdvertiserInfoBlockTrade | None = None
    blocked_by_count: int | None = None
    blocked_until: int | None = None
    buy_completion_rate: float | None
    buy_orders_amount: str
    buy_orders_count: int
    buy_time_avg: int | None
    cancel_time_avg: int | None
    cancels_remaining: int | None = None
    chat_token: str | Unset | None = attrs.field(default=UNSET, repr=False)
    chat_user_id: str | Unset | None = UNSET
    contact_info: str | None = attrs.field(default=None, repr=False)
    created_time: int
    daily_buy: str | None = None
    daily_buy_limit: str | None = None
    daily_sell: str | None = None
    daily_sell_limit: str | None = None
    default_advert_description: str = attrs.field(repr=False)
    first_name: str | None = attrs.field(default=None, repr=False)
    full_verification: Literal[1, 0]
    id: str
    is_approved: Literal[0, 1]
    is_blocked: Literal[0, 1] | None = None
    is_favourite: Literal[0, 1] | None = None
    is_listed: Literal[0, 1]
    is_online: Literal[0, 1]
    is_recommended: Literal[0, 1] | Unset | None = UNSET
    is_schedule_available: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    max_order_amount: str | None = None
    min_balance: str | None = None
    min_order_amount: str | None = None
    name: str = attrs.field(repr=False)
    partner_count: int
    payment_info: str | None = attrs.field(default=None, repr=False)
    rating_average: float | None
    rating_count: int
    recommended_average: float | None
    recommended_count: int | None
    release_time_avg: int | None
    schedule: list[P2pAdvertiserInfoResponseP2pAdvertiserInfoScheduleItem] | Unset | None = UNSET
    sell_completion_rate: float | None
    sell_orders_amount: str
    sell_orders_count: int
    show_name: Literal[0, 1] | None = None
    total_completion_rate: float | None
    total_orders_count: int
    total_turnover: str
    upgradable_daily_limits: (
        P2pAdvertiserInfoResponseP2pAdvertiserInfoUpgradableDailyLimits | None
    ) = None
    withdrawal_limit: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserInfoResponseP2pAdvertiserInfoBlockTrade:
    """P2p advertiser info response p2p advertiser info block trade."""

    max_order_amount: str
    min_order_amount: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserInfoResponseP2pAdvertiserInfoScheduleItem:
    """P2p advertiser info response p2p advertiser info schedule item."""

    end_min: int | None
    start_min: int | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserInfoResponseP2pAdvertiserInfoUpgradableDailyLimits:
    """P2p advertiser info response p2p advertiser info upgradable daily limits."""

    block_trade: Literal[0, 1] | None = None
    max_daily_buy: str
    max_daily_sell: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserInfoResponseSubscription:
    """P2p advertiser info response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserListRequest:
    """P2p advertiser list request."""

    p2p_advertiser_list: Literal[1]
    advertiser_name: str | None = None
    is_blocked: Literal[0, 1] | None = None
    limit: int | None = None
    offset: int | None = None
    sort_by: Literal["name", "created_time", "last_interaction_time"] | None = None
    trade_partners: Literal[0, 1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertiserListResponse:
    """P2p advertiser list response."""

    p2p_advertiser_list: P2pAdvertiserListResponseP2pAdvertiserList | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advertiser_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserListResponseP2pAdvertiserList:
    """P2p advertiser list response p2p advertiser list."""

    list: list[P2pAdvertiserListResponseP2pAdvertiserListListItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserListResponseP2pAdvertiserListListItem:
    """P2p advertiser list response p2p advertiser list list item."""

    advert_rates: float | None
    basic_verification: Literal[1, 0]
    buy_completion_rate: float | None
    buy_orders_amount: str
    buy_orders_count: int
    buy_time_avg: int | None
    cancel_time_avg: int | None
    created_time: int
    default_advert_description: str = attrs.field(repr=False)
    first_name: str | None = attrs.field(default=None, repr=False)
    full_verification: Literal[1, 0]
    id: str
    is_approved: Literal[0, 1]
    is_blocked: Literal[0, 1]
    is_favourite: Literal[0, 1] | None = None
    is_listed: Literal[0, 1]
    is_online: Literal[0, 1]
    is_recommended: Literal[0, 1] | None = None
    is_schedule_available: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    name: str = attrs.field(repr=False)
    partner_count: int
    rating_average: float | None
    rating_count: int
    recommended_average: float | None
    recommended_count: int | None
    release_time_avg: int | None
    schedule: (
        list[P2pAdvertiserListResponseP2pAdvertiserListListItemScheduleItem] | Unset | None
    ) = UNSET
    sell_completion_rate: float | None
    sell_orders_amount: str
    sell_orders_count: int
    total_completion_rate: float | None
    total_orders_count: int
    total_turnover: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserListResponseP2pAdvertiserListListItemScheduleItem:
    """P2p advertiser list response p2p advertiser list list item schedule item."""

    end_min: int | None
    start_min: int | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserPaymentMethodsRequest:
    """P2p advertiser payment methods request."""

    p2p_advertiser_payment_methods: Literal[1]
    create: list[P2pAdvertiserPaymentMethodsRequestCreateItem] | None = attrs.field(
        default=None, repr=False
    )
    delete: list[float] | None = None
    update: dict[str, dict[str, str]] | None = attrs.field(default=None, repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertiserPaymentMethodsRequestCreateItem:
    """P2p advertiser payment methods request create item."""

    method: str
    extra_fields: dict[str, str] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserPaymentMethodsResponse:
    """P2p advertiser payment methods response."""

    p2p_advertiser_payment_methods: (
        dict[str, P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValue] | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advertiser_payment_methods"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValue:
    """P2p advertiser payment methods response p2p advertiser payment methods value."""

    display_name: str | None = None
    fields: dict[
        str, P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValueFieldsValue
    ]
    is_enabled: Literal[0, 1]
    method: str
    type: Literal["bank", "ewallet", "other"]
    used_by_adverts: list[str] | None
    used_by_orders: list[str] | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValueFieldsValue:
    """P2p advertiser payment methods response p2p advertiser payment methods value fields value."""

    display_name: str
    required: int
    type: Literal["text", "memo"]
    value: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserRelationsRequest:
    """P2p advertiser relations request."""

    p2p_advertiser_relations: Literal[1]
    add_blocked: list[float] | None = None
    add_favourites: list[float] | None = None
    remove_blocked: list[float] | None = None
    remove_favourites: list[float] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertiserRelationsResponse:
    """P2p advertiser relations response."""

    p2p_advertiser_relations: P2pAdvertiserRelationsResponseP2pAdvertiserRelations | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advertiser_relations"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserRelationsResponseP2pAdvertiserRelations:
    """P2p advertiser relations response p2p advertiser relations."""

    blocked_advertisers: list[
        P2pAdvertiserRelationsResponseP2pAdvertiserRelationsBlockedAdvertisersItem
    ]
    favourite_advertisers: list[
        P2pAdvertiserRelationsResponseP2pAdvertiserRelationsFavouriteAdvertisersItem
    ]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserRelationsResponseP2pAdvertiserRelationsBlockedAdvertisersItem:
    """P2p advertiser relations response p2p advertiser relations blocked advertisers item."""

    created_time: int | None = None
    id: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserRelationsResponseP2pAdvertiserRelationsFavouriteAdvertisersItem:
    """P2p advertiser relations response p2p advertiser relations favourite advertisers item."""

    created_time: int | None = None
    id: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserUpdateRequest:
    """P2p advertiser update request."""

    p2p_advertiser_update: Literal[1]
    contact_info: str | None = attrs.field(default=None, repr=False)
    default_advert_description: str | None = attrs.field(default=None, repr=False)
    is_listed: Literal[0, 1] | None = None
    payment_info: str | None = attrs.field(default=None, repr=False)
    schedule: list[P2pAdvertiserUpdateRequestScheduleItem] | Unset | None = UNSET
    show_name: Literal[0, 1] | None = None
    upgrade_limits: Literal[1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertiserUpdateRequestScheduleItem:
    """P2p advertiser update request schedule item."""

    end_min: int | None
    start_min: int | None


@attrs.define(kw_only=True)
class P2pAdvertiserUpdateResponse:
    """P2p advertiser update response."""

    p2p_advertiser_update: P2pAdvertiserUpdateResponseP2pAdvertiserUpdate | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advertiser_update"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserUpdateResponseP2pAdvertiserUpdate:
    """P2p advertiser update response p2p advertiser update."""

    active_fixed_ads: int | None = None
    active_float_ads: int | None = None
    advert_rates: float | None
    balance_available: float
    basic_verification: Literal[1, 0]
    block_trade: P2pAdvertiserUpdateResponseP2pAdvertiserUpdateBlockTrade | None = None
    blocked_by_count: int
    blocked_until: int | None = None
    buy_completion_rate: float | None
    buy_orders_amount: str
    buy_orders_count: int
    buy_time_avg: int | None
    cancel_time_avg: int | None
    cancels_remaining: int
    chat_token: str | None = attrs.field(repr=False)
    chat_user_id: str | None
    contact_info: str = attrs.field(repr=False)
    created_time: int
    daily_buy: str | None = None
    daily_buy_limit: str | None = None
    daily_sell: str | None = None
    daily_sell_limit: str | None = None
    default_advert_description: str = attrs.field(repr=False)
    first_name: str | None = attrs.field(default=None, repr=False)
    full_verification: Literal[1, 0]
    id: str
    is_approved: Literal[0, 1]
    is_listed: Literal[0, 1]
    is_online: Literal[0, 1]
    is_schedule_available: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    max_order_amount: str | None = None
    min_balance: str | None = None
    min_order_amount: str | None = None
    name: str = attrs.field(repr=False)
    partner_count: int
    payment_info: str = attrs.field(repr=False)
    rating_average: float | None
    rating_count: int
    recommended_average: float | None
    recommended_count: int | None
    release_time_avg: int | None
    schedule: list[P2pAdvertiserUpdateResponseP2pAdvertiserUpdateScheduleItem] | Unset | None = (
        UNSET
    )
    sell_completion_rate: float | None
    sell_orders_amount: str
    sell_orders_count: int
    show_name: Literal[0, 1]
    total_completion_rate: float | None
    total_orders_count: int
    total_turnover: str
    upgradable_daily_limits: (
        P2pAdvertiserUpdateResponseP2pAdvertiserUpdateUpgradableDailyLimits | None
    ) = None
    withdrawal_limit: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserUpdateResponseP2pAdvertiserUpdateBlockTrade:
    """P2p advertiser update response p2p advertiser update block trade."""

    max_order_amount: str
    min_order_amount: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserUpdateResponseP2pAdvertiserUpdateScheduleItem:
    """P2p advertiser update response p2p advertiser update schedule item."""

    end_min: int | None
    start_min: int | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserUpdateResponseP2pAdvertiserUpdateUpgradableDailyLimits:
    """P2p advertiser update response p2p advertiser update upgradable daily limits."""

    block_trade: Literal[0, 1] | None = None
    max_daily_buy: str
    max_daily_sell: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pChatCreateRequest:
    """P2p chat create request."""

    p2p_chat_create: Literal[1]
    order_id: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pChatCreateResponse:
    """P2p chat create response."""

    p2p_chat_create: P2pChatCreateResponseP2pChatCreate | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_chat_create"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pChatCreateResponseP2pChatCreate:
    """P2p chat create response p2p chat create."""

    channel_url: str
    order_id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pCountryListRequest:
    """P2p country list request."""

    p2p_country_list: Literal[1]
    country: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pCountryListResponse:
    """P2p country list response."""

    p2p_country_list: dict[str, P2pCountryListResponseP2pCountryListValue | Any] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_country_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pCountryListResponseP2pCountryListValue:
    """P2p country list response p2p country list value."""

    country_name: str
    cross_border_ads_enabled: Literal[0, 1]
    fixed_rate_adverts: Literal["disabled", "enabled", "list_only"]
    float_rate_adverts: Literal["disabled", "enabled", "list_only"]
    float_rate_offset_limit: float
    local_currency: str
    payment_methods: dict[str, P2pCountryListResponseP2pCountryListValuePaymentMethodsValue]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pCountryListResponseP2pCountryListValuePaymentMethodsValue:
    """P2p country list response p2p country list value payment methods value."""

    display_name: str | None = None
    fields: (
        dict[str, P2pCountryListResponseP2pCountryListValuePaymentMethodsValueFieldsValue] | None
    ) = None
    type: Literal["bank", "ewallet", "other"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pCountryListResponseP2pCountryListValuePaymentMethodsValueFieldsValue:
    """P2p country list response p2p country list value payment methods value fields value."""

    display_name: str
    required: int
    type: Literal["text", "memo"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCancelRequest:
    """P2p order cancel request."""

    p2p_order_cancel: Literal[1]
    id: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pOrderCancelResponse:
    """P2p order cancel response."""

    p2p_order_cancel: P2pOrderCancelResponseP2pOrderCancel | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_order_cancel"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCancelResponseP2pOrderCancel:
    """P2p order cancel response p2p order cancel."""

    id: str
    status: Literal["cancelled"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderConfirmRequest:
    """P2p order confirm request."""

    p2p_order_confirm: Literal[1]
    dry_run: Literal[0, 1] | None = None
    id: str
    verification_code: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pOrderConfirmResponse:
    """P2p order confirm response."""

    p2p_order_confirm: P2pOrderConfirmResponseP2pOrderConfirm | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_order_confirm"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderConfirmResponseP2pOrderConfirm:
    """P2p order confirm response p2p order confirm."""

    dry_run: Literal[1] | None = None
    id: str
    status: Literal["buyer-confirmed", "completed"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateRequest:
    """P2p order create request."""

    p2p_order_create: Literal[1]
    advert_id: str
    amount: float
    contact_info: str | None = attrs.field(default=None, repr=False)
    payment_info: str | None = attrs.field(default=None, repr=False)
    payment_method_ids: list[int] | None = None
    rate: float | None = None
    subscribe: Literal[1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pOrderCreateResponse:
    """P2p order create response."""

    p2p_order_create: P2pOrderCreateResponseP2pOrderCreate | None = None
    subscription: P2pOrderCreateResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_order_create"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateResponseP2pOrderCreate:
    """P2p order create response p2p order create."""

    account_currency: str
    advert_details: P2pOrderCreateResponseP2pOrderCreateAdvertDetails
    advertiser_details: P2pOrderCreateResponseP2pOrderCreateAdvertiserDetails
    amount: float
    amount_display: str
    chat_channel_url: str
    client_details: P2pOrderCreateResponseP2pOrderCreateClientDetails
    contact_info: str = attrs.field(repr=False)
    created_time: int
    dispute_details: P2pOrderCreateResponseP2pOrderCreateDisputeDetails
    expiry_time: int
    id: str
    is_incoming: Literal[0, 1]
    is_reviewable: Literal[0, 1]
    is_seen: Literal[1, 0]
    local_currency: str
    payment_info: str = attrs.field(repr=False)
    payment_method: str | Unset | None = UNSET
    payment_method_details: (
        dict[str, P2pOrderCreateResponseP2pOrderCreatePaymentMethodDetailsValue] | None
    ) = None
    price: float
    price_display: str
    rate: float
    rate_display: str
    status: Literal["pending"]
    type: Literal["buy", "sell"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateResponseP2pOrderCreateAdvertDetails:
    """P2p order create response p2p order create advert details."""

    block_trade: Literal[0, 1]
    description: str = attrs.field(repr=False)
    id: str
    payment_method: str | None = attrs.field(repr=False)
    type: Literal["buy", "sell"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateResponseP2pOrderCreateAdvertiserDetails:
    """P2p order create response p2p order create advertiser details."""

    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1]
    is_recommended: Literal[0, 1] | Unset | None = UNSET
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    loginid: str
    name: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateResponseP2pOrderCreateClientDetails:
    """P2p order create response p2p order create client details."""

    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    loginid: str
    name: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateResponseP2pOrderCreateDisputeDetails:
    """P2p order create response p2p order create dispute details."""

    dispute_reason: str | None
    disputer_loginid: str | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateResponseP2pOrderCreatePaymentMethodDetailsValue:
    """P2p order create response p2p order create payment method details value."""

    display_name: str | None = None
    fields: dict[str, P2pOrderCreateResponseP2pOrderCreatePaymentMethodDetailsValueFieldsValue]
    is_enabled: Literal[0, 1]
    method: str
    type: Literal["bank", "ewallet", "other"]
    used_by_adverts: list[str] | Unset | None = UNSET
    used_by_orders: list[str] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateResponseP2pOrderCreatePaymentMethodDetailsValueFieldsValue:
    """P2p order create response p2p order create payment method details value fields value."""

    display_name: str
    required: int
    type: Literal["text", "memo"]
    value: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateResponseSubscription:
    """P2p order create response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderDisputeRequest:
    """P2p order dispute request."""

    p2p_order_dispute: Literal[1]
    dispute_reason: Literal[
        "seller_not_released",
        "buyer_underpaid",
        "buyer_overpaid",
        "buyer_not_paid",
        "buyer_third_party_payment_method",
    ]
    id: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pOrderDisputeResponse:
    """P2p order dispute response."""

    p2p_order_dispute: P2pOrderDisputeResponseP2pOrderDispute | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_order_dispute"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderDisputeResponseP2pOrderDispute:
    """P2p order dispute response p2p order dispute."""

    account_currency: str
    advert_details: P2pOrderDisputeResponseP2pOrderDisputeAdvertDetails
    advertiser_details: P2pOrderDisputeResponseP2pOrderDisputeAdvertiserDetails
    amount: float
    amount_display: str
    chat_channel_url: str
    client_details: P2pOrderDisputeResponseP2pOrderDisputeClientDetails
    contact_info: str = attrs.field(repr=False)
    created_time: int
    dispute_details: P2pOrderDisputeResponseP2pOrderDisputeDisputeDetails
    expiry_time: int
    id: str
    is_incoming: Literal[0, 1]
    is_reviewable: Literal[0, 1]
    is_seen: Literal[1, 0]
    local_currency: str
    payment_info: str = attrs.field(repr=False)
    price: float
    price_display: str
    rate: float
    rate_display: str
    status: Literal[
        "pending",
        "buyer-confirmed",
        "cancelled",
        "timed-out",
        "blocked",
        "refunded",
        "completed",
        "disputed",
        "dispute-refunded",
        "dispute-completed",
    ]
    type: Literal["buy", "sell"]
    verification_lockout_until: int | None = None
    verification_next_request: int | None = None
    verification_pending: Literal[0, 1] | None = None
    verification_token_expiry: int | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderDisputeResponseP2pOrderDisputeAdvertDetails:
    """P2p order dispute response p2p order dispute advert details."""

    block_trade: Literal[0, 1]
    description: str = attrs.field(repr=False)
    id: str
    payment_method: str | None = attrs.field(repr=False)
    type: Literal["buy", "sell"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderDisputeResponseP2pOrderDisputeAdvertiserDetails:
    """P2p order dispute response p2p order dispute advertiser details."""

    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    loginid: str
    name: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderDisputeResponseP2pOrderDisputeClientDetails:
    """P2p order dispute response p2p order dispute client details."""

    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    loginid: str
    name: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderDisputeResponseP2pOrderDisputeDisputeDetails:
    """P2p order dispute response p2p order dispute dispute details."""

    dispute_reason: str
    disputer_loginid: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoRequest:
    """P2p order info request."""

    p2p_order_info: Literal[1]
    id: str
    subscribe: Literal[1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pOrderInfoResponse:
    """P2p order info response."""

    p2p_order_info: P2pOrderInfoResponseP2pOrderInfo | None = None
    subscription: P2pOrderInfoResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_order_info"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseP2pOrderInfo:
    """P2p order info response p2p order info."""

    account_currency: str
    advert_details: P2pOrderInfoResponseP2pOrderInfoAdvertDetails
    advertiser_details: P2pOrderInfoResponseP2pOrderInfoAdvertiserDetails
    amount: float
    amount_display: str
    chat_channel_url: str
    client_details: P2pOrderInfoResponseP2pOrderInfoClientDetails
    completion_time: int | None = None
    contact_info: str = attrs.field(repr=False)
    created_time: int
    dispute_details: P2pOrderInfoResponseP2pOrderInfoDisputeDetails
    expiry_time: int
    id: str
    is_incoming: Literal[0, 1]
    is_reviewable: Literal[0, 1]
    is_seen: Literal[1, 0] | None = None
    local_currency: str
    payment_info: str = attrs.field(repr=False)
    payment_method: str | Unset | None = UNSET
    payment_method_details: (
        dict[str, P2pOrderInfoResponseP2pOrderInfoPaymentMethodDetailsValue] | None
    ) = None
    payment_method_names: list[str] | None = None
    price: float
    price_display: str
    rate: float
    rate_display: str
    review_details: P2pOrderInfoResponseP2pOrderInfoReviewDetails | None = None
    status: Literal[
        "pending",
        "buyer-confirmed",
        "cancelled",
        "timed-out",
        "blocked",
        "refunded",
        "completed",
        "disputed",
        "dispute-refunded",
        "dispute-completed",
    ]
    type: Literal["buy", "sell"]
    verification_lockout_until: int | None = None
    verification_next_request: int | None = None
    verification_pending: Literal[0, 1] | None = None
    verification_token_expiry: int | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseP2pOrderInfoAdvertDetails:
    """P2p order info response p2p order info advert details."""

    block_trade: Literal[0, 1]
    description: str = attrs.field(repr=False)
    id: str
    payment_method: str | None = attrs.field(repr=False)
    type: Literal["buy", "sell"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseP2pOrderInfoAdvertiserDetails:
    """P2p order info response p2p order info advertiser details."""

    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1]
    is_recommended: Literal[0, 1] | Unset | None = UNSET
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    loginid: str
    name: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseP2pOrderInfoClientDetails:
    """P2p order info response p2p order info client details."""

    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1] | None = None
    is_recommended: Literal[0, 1] | Unset | None = UNSET
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | Unset | None = UNSET
    loginid: str
    name: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseP2pOrderInfoDisputeDetails:
    """P2p order info response p2p order info dispute details."""

    dispute_reason: str | None
    disputer_loginid: str | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseP2pOrderInfoPaymentMethodDetailsValue:
    """P2p order info response p2p order info payment method details value."""

    display_name: str | None = None
    fields: dict[str, P2pOrderInfoResponseP2pOrderInfoPaymentMethodDetailsValueFieldsValue]
    is_enabled: Literal[0, 1]
    method: str
    type: Literal["bank", "ewallet", "other"]
    used_by_adverts: list[str] | Unset | None = UNSET
    used_by_orders: list[str] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseP2pOrderInfoPaymentMethodDetailsValueFieldsValue:
    """P2p order info response p2p order info payment method details value fields value."""

    display_name: str
    required: int
    type: Literal["text", "memo"]
    value: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseP2pOrderInfoReviewDetails:
    """P2p order info response p2p order info review details."""

    created_time: int
    rating: int
    recommended: Literal[0, 1] | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseSubscription:
    """P2p order info response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListRequest:
    """P2p order list request."""

    p2p_order_list: Literal[1]
    active: Literal[0, 1] | None = None
    advert_id: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    limit: int | None = None
    offset: int | None = None
    subscribe: Literal[1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pOrderListResponse:
    """P2p order list response."""

    p2p_order_list: P2pOrderListResponseP2pOrderList | None = None
    subscription: P2pOrderListResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_order_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseP2pOrderList:
    """P2p order list response p2p order list."""

    list: list[P2pOrderListResponseP2pOrderListListItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseP2pOrderListListItem:
    """P2p order list response p2p order list list item."""

    account_currency: str
    advert_details: P2pOrderListResponseP2pOrderListListItemAdvertDetails
    advertiser_details: P2pOrderListResponseP2pOrderListListItemAdvertiserDetails
    amount: float
    amount_display: str
    chat_channel_url: str
    client_details: P2pOrderListResponseP2pOrderListListItemClientDetails | None = None
    completion_time: int | None = None
    contact_info: str = attrs.field(repr=False)
    created_time: int
    dispute_details: P2pOrderListResponseP2pOrderListListItemDisputeDetails
    expiry_time: int
    id: str
    is_incoming: Literal[0, 1]
    is_reviewable: Literal[0, 1]
    is_seen: Literal[1, 0] | None = None
    local_currency: str
    payment_info: str = attrs.field(repr=False)
    payment_method: str | Unset | None = UNSET
    payment_method_names: list[str] | None = None
    price: float
    price_display: str
    rate: float
    rate_display: str
    review_details: P2pOrderListResponseP2pOrderListListItemReviewDetails | None = None
    status: Literal[
        "pending",
        "buyer-confirmed",
        "cancelled",
        "timed-out",
        "blocked",
        "refunded",
        "completed",
        "disputed",
        "dispute-refunded",
        "dispute-completed",
    ]
    type: Literal["buy", "sell"]
    verification_lockout_until: int | None = None
    verification_next_request: int | None = None
    verification_pending: Literal[0, 1] | None = None
    verification_token_expiry: int | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseP2pOrderListListItemAdvertDetails:
    """P2p order list response p2p order list list item advert details."""

    block_trade: Literal[0, 1]
    description: str = attrs.field(repr=False)
    id: str
    payment_method: str | None = attrs.field(repr=False)
    type: Literal["buy", "sell"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseP2pOrderListListItemAdvertiserDetails:
    """P2p order list response p2p order list list item advertiser details."""

    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1]
    is_recommended: Literal[0, 1] | Unset | None = UNSET
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    loginid: str
    name: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseP2pOrderListListItemClientDetails:
    """P2p order list response p2p order list list item client details."""

    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1]
    is_recommended: Literal[0, 1] | Unset | None = UNSET
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    loginid: str
    name: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseP2pOrderListListItemDisputeDetails:
    """P2p order list response p2p order list list item dispute details."""

    dispute_reason: str | None
    disputer_loginid: str | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseP2pOrderListListItemReviewDetails:
    """P2p order list response p2p order list list item review details."""

    created_time: int
    rating: int
    recommended: Literal[0, 1] | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseSubscription:
    """P2p order list response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderReviewRequest:
    """P2p order review request."""

    p2p_order_review: Literal[1]
    order_id: str
    rating: int
    recommended: Literal[0, 1] | Unset | None = UNSET
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pOrderReviewResponse:
    """P2p order review response."""

    p2p_order_review: P2pOrderReviewResponseP2pOrderReview | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_order_review"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderReviewResponseP2pOrderReview:
    """P2p order review response p2p order review."""

    advertiser_id: str
    created_time: int
    order_id: str
    rating: int
    recommended: Literal[0, 1] | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pPaymentMethodsRequest:
    """P2p payment methods request."""

    p2p_payment_methods: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pPaymentMethodsResponse:
    """P2p payment methods response."""

    p2p_payment_methods: dict[str, P2pPaymentMethodsResponseP2pPaymentMethodsValue] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_payment_methods"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pPaymentMethodsResponseP2pPaymentMethodsValue:
    """P2p payment methods response p2p payment methods value."""

    display_name: str
    fields: dict[str, P2pPaymentMethodsResponseP2pPaymentMethodsValueFieldsValue]
    type: Literal["bank", "ewallet", "other"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pPaymentMethodsResponseP2pPaymentMethodsValueFieldsValue:
    """P2p payment methods response p2p payment methods value fields value."""

    display_name: str
    required: int
    type: Literal["text", "memo"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pPingRequest:
    """P2p ping request."""

    p2p_ping: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pPingResponse:
    """P2p ping response."""

    p2p_ping: Literal["pong"] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_ping"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pSettingsRequest:
    """P2p settings request."""

    p2p_settings: Literal[1]
    subscribe: Literal[1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pSettingsResponse:
    """P2p settings response."""

    p2p_settings: P2pSettingsResponseP2pSettings | None = None
    subscription: P2pSettingsResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_settings"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pSettingsResponseP2pSettings:
    """P2p settings response p2p settings."""

    adverts_active_limit: int
    adverts_archive_period: int | None = None
    block_trade: P2pSettingsResponseP2pSettingsBlockTrade
    business_hours_minutes_interval: int
    cancellation_block_duration: int
    cancellation_count_period: int
    cancellation_grace_period: int
    cancellation_limit: int
    counterparty_term_steps: P2pSettingsResponseP2pSettingsCounterpartyTermSteps | None = None
    cross_border_ads_enabled: Literal[0, 1]
    disabled: Literal[0, 1]
    feature_level: int
    fixed_rate_adverts: Literal["disabled", "enabled", "list_only"]
    fixed_rate_adverts_end_date: str | None = None
    float_rate_adverts: Literal["disabled", "enabled", "list_only"]
    float_rate_offset_limit: float
    local_currencies: list[P2pSettingsResponseP2pSettingsLocalCurrenciesItem]
    maximum_advert_amount: float
    maximum_order_amount: float
    order_daily_limit: int
    order_expiry_options: list[int]
    order_payment_period: int
    override_exchange_rate: str | None = None
    payment_methods_enabled: Literal[0, 1]
    pnv_required: Literal[0, 1]
    poa_required: Literal[0, 1]
    review_period: float
    supported_currencies: list[str]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pSettingsResponseP2pSettingsBlockTrade:
    """P2p settings response p2p settings block trade."""

    disabled: Literal[0, 1] | None = None
    maximum_advert_amount: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pSettingsResponseP2pSettingsCounterpartyTermSteps:
    """P2p settings response p2p settings counterparty term steps."""

    completion_rate: list[float]
    join_days: list[int]
    rating: list[float]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pSettingsResponseP2pSettingsLocalCurrenciesItem:
    """P2p settings response p2p settings local currencies item."""

    display_name: str
    has_adverts: Literal[0, 1]
    is_default: Literal[1] | None = None
    is_floating_rate_ad_supported: Literal[0, 1] | None = None
    symbol: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pSettingsResponseSubscription:
    """P2p settings response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationRequest:
    """Partner account creation request."""

    partner_account_creation: Literal[1]
    address_city: str | None = None
    address_line_1: str | None = None
    address_line_2: str | None = None
    address_postcode: str | None = None
    address_state: str | None = None
    calling_country_code: str | Unset | None = attrs.field(default=UNSET, repr=False)
    citizen: str | Unset | None = UNSET
    company_name: str | None = attrs.field(default=None, repr=False)
    company_registration_no: str | None = None
    currency: str | None = None
    date_of_birth: str | None = None
    email: str | None = None
    fatca_declaration: Literal[0, 1] | None = None
    first_name: str | None = attrs.field(default=None, repr=False)
    landing_company_short: Literal["maltainvest", "svg"] | None = None
    last_name: str | None = attrs.field(default=None, repr=False)
    non_pep_declaration: int | None = None
    partner_type: Literal["individual", "company"] | None = None
    phone: str | None = attrs.field(default=None, repr=False)
    provider: Literal["myaffiliate", "dynamicworks"] | None = None
    residence: str | None = None
    salutation: Literal["Mr", "Ms", "Miss", "Mrs"]
    tnc_acceptance: Literal[0, 1] | None = None
    website: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PartnerAccountCreationResponse:
    """Partner account creation response."""

    partner_account_creation: PartnerAccountCreationResponsePartnerAccountCreation | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["partner_account_creation"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationResponsePartnerAccountCreation:
    """Partner account creation response partner account creation."""

    client_id: str | None = None
    currency: str | None = None
    currency_type: str | None = None
    landing_company: str | None = None
    landing_company_shortcode: str | None = None
    oauth_token: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusRequest:
    """Partner account creation status request."""

    partner_account_creation_status: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponse:
    """Partner account creation status response."""

    partner_account_creation_status: (
        PartnerAccountCreationStatusResponsePartnerAccountCreationStatus | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["partner_account_creation_status"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponsePartnerAccountCreationStatus:
    """Partner account creation status response partner account creation status."""

    create_cfd_account: (
        PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateCfdAccount
    )
    create_eu_partner: (
        PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateEuPartner
    )
    create_row_partner: (
        PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateRowPartner
    )
    create_third_party_provider_user: (
        PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateThirdPartyProviderUser
    )
    link_partner_eu: PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerEu
    link_partner_row: PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerRow
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateCfdAccount:
    """Partner account creation status response partner account creation status create cfd
    account.
    """

    response: dict[str, Any] | None = None
    status: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateEuPartner:
    """Partner account creation status response partner account creation status create eu
    partner.
    """

    response: dict[str, Any] | None = None
    status: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateRowPartner:
    """Partner account creation status response partner account creation status create row
    partner.
    """

    response: dict[str, Any] | None = None
    status: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateThirdPartyProviderUser:
    """Partner account creation status response partner account creation status create third party
    provider user.
    """

    response: dict[str, Any] | None = None
    status: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerEu:
    """Partner account creation status response partner account creation status link partner eu."""

    response: dict[str, Any] | None = None
    status: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerRow:
    """Partner account creation status response partner account creation status link partner row."""

    response: dict[str, Any] | None = None
    status: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountsRequest:
    """Partner accounts request."""

    partner_accounts: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PartnerAccountsResponse:
    """Partner accounts response."""

    partner_accounts: PartnerAccountsResponsePartnerAccounts | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["partner_accounts"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountsResponsePartnerAccounts:
    """Partner accounts response partner accounts."""

    partner_settings: list[PartnerAccountsResponsePartnerAccountsPartnerSettingsItem] | None = None
    platform_url: dict[str, str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountsResponsePartnerAccountsPartnerSettingsItem:
    """Partner accounts response partner accounts partner settings item."""

    binary_user_id: int | None = None
    company_name: str | None = None
    company_registration_no: str | None = None
    partner_loginid: str | None = None
    partner_type: Literal["individual", "company"] | None = None
    provider: Literal["myaffiliate", "dynamicworks"] | None = None
    website: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerSettingsRequest:
    """Partner settings request."""

    partner_settings: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PartnerSettingsResponse:
    """Partner settings response."""

    partner_settings: PartnerSettingsResponsePartnerSettings | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["partner_settings"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerSettingsResponsePartnerSettings:
    """Partner settings response partner settings."""

    company_name: str | None = attrs.field(default=None, repr=False)
    company_registration_number: str | None = None
    partner_type: Literal["individual", "company"] | None = None
    platform_url: str | None = None
    provider: Literal["myaffiliate", "dynamicworks"] | None = None
    website: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerSettingsUpdateRequest:
    """Partner settings update request."""

    partner_settings_update: Literal[1]
    company_name: str | None = attrs.field(default=None, repr=False)
    company_registration_no: str | None = None
    partner_type: Literal["individual", "company"] | None = None
    provider: Literal["myaffiliate", "dynamicworks"]
    website: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PartnerSettingsUpdateResponse:
    """Partner settings update response."""

    partner_settings_update: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["partner_settings_update"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentMethodsRequest:
    """Payment methods request."""

    payment_methods: Literal[1]
    country: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PaymentMethodsResponse:
    """Payment methods response."""

    payment_methods: list[PaymentMethodsResponsePaymentMethodsItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["payment_methods"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentMethodsResponsePaymentMethodsItem:
    """Payment methods response payment methods item."""

    deposit_limits: dict[str, PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue | Any]
    deposit_time: str
    description: str = attrs.field(repr=False)
    display_name: str
    id: str
    payment_processor: str
    predefined_amounts: list[int]
    signup_link: str
    supported_currencies: list[str]
    type: str
    type_display_name: str
    withdraw_limits: dict[str, PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue | Any]
    withdrawal_time: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue:
    """Payment methods response payment methods item deposit limits value."""

    max: int
    min: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue:
    """Payment methods response payment methods item withdraw limits value."""

    max: int
    min: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentCreateRequest:
    """Paymentagent create request."""

    paymentagent_create: Literal[1]
    affiliate_id: str | None = None
    code_of_conduct_approval: Literal[1]
    commission_deposit: float
    commission_withdrawal: float
    email: str
    information: str
    payment_agent_name: str
    phone_numbers: list[PaymentagentCreateRequestPhoneNumbersItem] | None = None
    supported_payment_methods: list[PaymentagentCreateRequestSupportedPaymentMethodsItem]
    urls: list[PaymentagentCreateRequestUrlsItem]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PaymentagentCreateRequestPhoneNumbersItem:
    """Paymentagent create request phone numbers item."""

    phone_number: str


@attrs.define(kw_only=True)
class PaymentagentCreateRequestSupportedPaymentMethodsItem:
    """Paymentagent create request supported payment methods item."""

    payment_method: str


@attrs.define(kw_only=True)
class PaymentagentCreateRequestUrlsItem:
    """Paymentagent create request urls item."""

    url: str


@attrs.define(kw_only=True)
class PaymentagentCreateResponse:
    """Paymentagent create response."""

    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["paymentagent_create"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentDetailsRequest:
    """Paymentagent details request."""

    paymentagent_details: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PaymentagentDetailsResponse:
    """Paymentagent details response."""

    paymentagent_details: PaymentagentDetailsResponsePaymentagentDetails | None = None
    passthrough: dict[str, Any] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["paymentagent_details"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentDetailsResponsePaymentagentDetails:
    """Paymentagent details response paymentagent details."""

    affiliate_id: str | Unset | None = UNSET
    can_apply: Literal[0, 1]
    code_of_conduct_approval: Literal[0, 1] | None = None
    commission_deposit: float | None = None
    commission_withdrawal: float | None = None
    currency_code: str | None = None
    eligibilty_validation: list[str] | None = None
    email: str | None = attrs.field(default=None, repr=False)
    information: str | None = None
    max_withdrawal: float | None = None
    min_withdrawal: float | None = None
    newly_authorized: Literal[0, 1] | None = None
    payment_agent_name: str | None = None
    phone_numbers: list[PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem] | None = (
        None
    )
    status: Literal["applied", "verified", "authorized", "rejected", "suspended"] | Unset | None = (
        UNSET
    )
    supported_payment_methods: (
        list[PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem] | None
    ) = None
    target_country: str | None = None
    urls: list[PaymentagentDetailsResponsePaymentagentDetailsUrlsItem] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem:
    """Paymentagent details response paymentagent details phone numbers item."""

    phone_number: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem:
    """Paymentagent details response paymentagent details supported payment methods item."""

    payment_method: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentDetailsResponsePaymentagentDetailsUrlsItem:
    """Paymentagent details response paymentagent details urls item."""

    url: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentListRequest:
    """Paymentagent list request."""

    paymentagent_list: str
    currency: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PaymentagentListResponse:
    """Paymentagent list response."""

    paymentagent_list: PaymentagentListResponsePaymentagentList | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["paymentagent_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentListResponsePaymentagentList:
    """Paymentagent list response paymentagent list."""

    available_countries: list[list[str | None]] | None = None
    list: list[PaymentagentListResponsePaymentagentListListItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentListResponsePaymentagentListListItem:
    """Paymentagent list response paymentagent list list item."""

    currencies: str
    deposit_commission: str
    email: str
    further_information: str
    max_withdrawal: str | None
    min_withdrawal: str | None
    name: str = attrs.field(repr=False)
    paymentagent_loginid: str
    phone_numbers: list[PaymentagentListResponsePaymentagentListListItemPhoneNumbersItem]
    summary: str
    supported_payment_methods: list[
        PaymentagentListResponsePaymentagentListListItemSupportedPaymentMethodsItem
    ]
    urls: list[PaymentagentListResponsePaymentagentListListItemUrlsItem]
    withdrawal_commission: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentListResponsePaymentagentListListItemPhoneNumbersItem:
    """Paymentagent list response paymentagent list list item phone numbers item."""

    phone_number: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentListResponsePaymentagentListListItemSupportedPaymentMethodsItem:
    """Paymentagent list response paymentagent list list item supported payment methods item."""

    payment_method: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentListResponsePaymentagentListListItemUrlsItem:
    """Paymentagent list response paymentagent list list item urls item."""

    url: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentTransferRequest:
    """Paymentagent transfer request."""

    paymentagent_transfer: Literal[1]
    amount: float
    currency: str
    description: str | None = None
    dry_run: Literal[0, 1] | None = None
    transfer_to: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PaymentagentTransferResponse:
    """Paymentagent transfer response."""

    paymentagent_transfer: Literal[1, 2] | None = None
    client_to_full_name: str | None = None
    client_to_loginid: str | None = None
    transaction_id: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["paymentagent_transfer"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentWithdrawJustificationRequest:
    """Paymentagent withdraw justification request."""

    paymentagent_withdraw_justification: Literal[1]
    message: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PaymentagentWithdrawJustificationResponse:
    """Paymentagent withdraw justification response."""

    paymentagent_withdraw_justification: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["paymentagent_withdraw_justification"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentWithdrawRequest:
    """Paymentagent withdraw request."""

    paymentagent_withdraw: Literal[1]
    amount: float
    currency: str
    description: str | None = None
    dry_run: Literal[0, 1] | None = None
    paymentagent_loginid: str
    verification_code: str = attrs.field(repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PaymentagentWithdrawResponse:
    """Paymentagent withdraw response."""

    paymentagent_withdraw: Literal[1, 2] | None = None
    paymentagent_name: str | None = None
    transaction_id: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["paymentagent_withdraw"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PayoutCurrenciesRequest:
    """Payout currencies request."""

    payout_currencies: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PayoutCurrenciesResponse:
    """Payout currencies response."""

    payout_currencies: list[str] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["payout_currencies"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PingRequest:
    """Ping request."""

    ping: Literal[1]
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PingResponse:
    """Ping response."""

    ping: Literal["pong"] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["ping"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PortfolioRequest:
    """Portfolio request."""

    portfolio: Literal[1]
    contract_type: (
        list[
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
        | None
    ) = None
    """Only open contracts of these types."""

    loginid: str | None = None
    """The account whose open contracts to list, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PortfolioResponse:
    """Portfolio response."""

    portfolio: PortfolioResponsePortfolio | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["portfolio"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PortfolioResponsePortfolio:
    """Portfolio response portfolio."""

    contracts: list[PortfolioResponsePortfolioContractsItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PortfolioResponsePortfolioContractsItem:
    """Portfolio response portfolio contracts item."""

    app_id: int | Unset | None = UNSET
    buy_price: float | None = None
    contract_id: int | None = None
    contract_type: str | None = None
    currency: str | None = None
    date_start: int | None = None
    expiry_time: int | None = None
    longcode: str | None = None
    payout: float | None = None
    purchase_time: int | None = None
    shortcode: str | None = None
    symbol: str | None = None
    transaction_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProfitTableRequest:
    """Profit table request."""

    profit_table: Literal[1]
    contract_type: (
        list[
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
        | None
    ) = None
    """Only contracts of these types."""

    date_from: str | None = None
    """The earliest sell date to include: a date (YYYY-MM-DD) or an epoch in seconds."""

    date_to: str | None = None
    """The latest sell date to include: a date (YYYY-MM-DD) or an epoch in seconds."""

    description: Literal[0, 1] | None = None
    """1 adds a short description of each contract."""

    limit: float | None = None
    """How many contracts at most."""

    offset: int | None = None
    """How many contracts to skip first, for paging."""

    sort: Literal["ASC", "DESC"] | None = None
    """'DESC' for the newest first (the default) or 'ASC' for the oldest first."""

    loginid: str | None = None
    """The account whose closed contracts to list, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ProfitTableResponse:
    """Profit table response."""

    profit_table: ProfitTableResponseProfitTable | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["profit_table"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProfitTableResponseProfitTable:
    """Profit table response profit table."""

    count: float | None = None
    transactions: list[ProfitTableResponseProfitTableTransactionsItem] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProfitTableResponseProfitTableTransactionsItem:
    """Profit table response profit table transactions item."""

    app_id: int | Unset | None = UNSET
    buy_price: float | None = None
    contract_id: int | Unset | None = UNSET
    contract_type: str | None = None
    deal_cancellation_duration: str | None = None
    duration_type: str | Unset | None = UNSET
    growth_rate: str | None = None
    longcode: str | None = None
    multiplier: str | None = None
    payout: float | None = None
    purchase_time: int | None = None
    sell_price: float | None = None
    sell_time: int | Unset | None = UNSET
    shortcode: str | None = None
    transaction_id: int | None = None
    underlying_symbol: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractRequest:
    """Proposal open contract request."""

    proposal_open_contract: Literal[1]
    contract_id: int | None = None
    """The contract to report on; leave out for every open contract of the account."""

    subscribe: Literal[1] | None = None
    loginid: str | None = None
    """The account to report on, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ProposalOpenContractResponse:
    """Proposal open contract response."""

    proposal_open_contract: ProposalOpenContractResponseProposalOpenContract | None = None
    subscription: ProposalOpenContractResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["proposal_open_contract"] | None = None
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContract:
    """Proposal open contract response proposal open contract."""

    account_id: float | None = None
    app_markup_amount: str | None = None
    audit_details: ProposalOpenContractResponseProposalOpenContractAuditDetails | Unset | None = (
        UNSET
    )
    barrier: str | Unset | None = UNSET
    barrier_count: float | None = None
    barrier_spot_distance: str | None = None
    bid_price: float | None = None
    buy_price: float | None = None
    cancellation: ProposalOpenContractResponseProposalOpenContractCancellation | None = None
    caution_price: str | None = None
    commision: float | Unset | None = UNSET
    commission: float | Unset | None = UNSET
    contract_id: int | None = None
    contract_type: str | None = None
    coupon_collection_epochs: list[int] | None = None
    coupon_rate: str | None = None
    currency: str | None = None
    current_spot: float | None = None
    current_spot_display_value: str | None = None
    current_spot_high_barrier: str | None = None
    current_spot_low_barrier: str | None = None
    current_spot_time: int | None = None
    date_expiry: int | None = None
    date_settlement: int | None = None
    date_start: int | None = None
    display_name: str | None = None
    display_number_of_contracts: str | None = None
    display_value: str | None = None
    entry_spot: float | Unset | None = UNSET
    entry_spot_display_value: str | Unset | None = UNSET
    entry_tick: float | None = None
    entry_tick_display_value: str | None = None
    entry_tick_time: int | None = None
    exit_tick: float | None = None
    exit_tick_display_value: str | None = None
    exit_tick_time: int | None = None
    expiry_time: int | None = None
    growth_rate: float | None = None
    high_barrier: str | None = None
    id: str | None = None
    is_expired: Literal[0, 1] | None = None
    is_forward_starting: Literal[0, 1] | None = None
    is_intraday: Literal[0, 1] | None = None
    is_path_dependent: Literal[0, 1] | None = None
    is_settleable: Literal[0, 1] | None = None
    is_sold: Literal[0, 1] | None = None
    is_valid_to_cancel: Literal[0, 1] | None = None
    is_valid_to_sell: Literal[0, 1] | None = None
    is_valid_to_update: (
        ProposalOpenContractResponseProposalOpenContractIsValidToUpdate | Unset | None
    ) = UNSET
    limit_order: ProposalOpenContractResponseProposalOpenContractLimitOrder | None = None
    longcode: str | None = None
    low_barrier: str | None = None
    multiplier: float | None = None
    num_of_coupons: int | None = None
    payout: float | None = None
    profit: float | None = None
    profit_percentage: float | None = None
    profit_price: str | None = None
    purchase_time: int | None = None
    reset_barrier: str | Unset | None = UNSET
    reset_time: int | None = None
    selected_spot: float | None = None
    selected_tick: int | None = None
    sell_price: float | None = None
    sell_spot: float | None = None
    sell_spot_display_value: str | None = None
    sell_spot_time: int | None = None
    sell_time: int | Unset | None = UNSET
    shortcode: str | None = None
    status: Literal["open", "sold", "won", "lost", "cancelled"] | Unset | None = UNSET
    tick_count: int | None = None
    tick_passed: int | None = None
    tick_stream: list[ProposalOpenContractResponseProposalOpenContractTickStreamItem] | None = None
    trade_risk_profile: Literal["low", "medium", "high"] | None = None
    transaction_ids: ProposalOpenContractResponseProposalOpenContractTransactionIds | None = None
    underlying: str | None = None
    validation_error: str | None = None
    validation_error_code: str | None = None
    validation_params: ProposalOpenContractResponseProposalOpenContractValidationParams | None = (
        None
    )
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractAuditDetails:
    """Proposal open contract response proposal open contract audit details."""

    all_ticks: (
        list[ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem] | None
    ) = None
    contract_end: (
        list[ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem] | None
    ) = None
    contract_start: (
        list[ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem] | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem:
    """Proposal open contract response proposal open contract audit details all ticks item."""

    epoch: int | None = None
    flag: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    tick: float | Unset | None = UNSET
    tick_display_value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem:
    """Proposal open contract response proposal open contract audit details contract end item."""

    epoch: int | None = None
    flag: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    tick: float | Unset | None = UNSET
    tick_display_value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem:
    """Proposal open contract response proposal open contract audit details contract start item."""

    epoch: int | None = None
    flag: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    tick: float | Unset | None = UNSET
    tick_display_value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractCancellation:
    """Proposal open contract response proposal open contract cancellation."""

    ask_price: float | None = None
    date_expiry: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractIsValidToUpdate:
    """Proposal open contract response proposal open contract is valid to update."""

    stop_loss: Literal[0, 1] | Unset | None = UNSET
    stop_out: Literal[0, 1] | Unset | None = UNSET
    take_profit: Literal[0, 1] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractLimitOrder:
    """Proposal open contract response proposal open contract limit order."""

    stop_loss: ProposalOpenContractResponseProposalOpenContractLimitOrderStopLoss | None = None
    stop_out: ProposalOpenContractResponseProposalOpenContractLimitOrderStopOut | None = None
    take_profit: ProposalOpenContractResponseProposalOpenContractLimitOrderTakeProfit | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractLimitOrderStopLoss:
    """Proposal open contract response proposal open contract limit order stop loss."""

    display_name: str | None = None
    display_order_amount: str | Unset | None = UNSET
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractLimitOrderStopOut:
    """Proposal open contract response proposal open contract limit order stop out."""

    display_name: str | None = None
    display_order_amount: str | Unset | None = UNSET
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractLimitOrderTakeProfit:
    """Proposal open contract response proposal open contract limit order take profit."""

    display_name: str | None = None
    display_order_amount: str | Unset | None = UNSET
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractTickStreamItem:
    """Proposal open contract response proposal open contract tick stream item."""

    epoch: int | None = None
    tick: float | Unset | None = UNSET
    tick_display_value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractTransactionIds:
    """Proposal open contract response proposal open contract transaction ids."""

    buy: int | None = None
    sell: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractValidationParams:
    """Proposal open contract response proposal open contract validation params."""

    max_payout: str | None = None
    max_ticks: int | None = None
    stake: ProposalOpenContractResponseProposalOpenContractValidationParamsStake | None = None
    stop_loss: ProposalOpenContractResponseProposalOpenContractValidationParamsStopLoss | None = (
        None
    )
    take_profit: (
        ProposalOpenContractResponseProposalOpenContractValidationParamsTakeProfit | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractValidationParamsStake:
    """Proposal open contract response proposal open contract validation params stake."""

    max: str | None = None
    min: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractValidationParamsStopLoss:
    """Proposal open contract response proposal open contract validation params stop loss."""

    max: str | None = None
    min: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractValidationParamsTakeProfit:
    """Proposal open contract response proposal open contract validation params take profit."""

    max: str | None = None
    min: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseSubscription:
    """Proposal open contract response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalRequest:
    """Proposal request."""

    proposal: Literal[1]
    amount: float | None = None
    """The money the price is for: the payout or the stake, as basis says, in currency."""

    barrier: str | None = None
    """The barrier: an absolute price, or an offset from the spot price such as '+0.1'; for digit
    contracts, the digit.
    """

    barrier2: str | None = None
    """The low barrier, for contracts that have two."""

    barrier_range: Literal["tight", "middle", "wide"] | None = None
    """For contracts with predefined barriers: how far apart they are."""

    basis: Literal["payout", "stake"] | None = None
    """What amount is: 'stake' (what you pay) or 'payout' (what a win pays)."""

    cancellation: str | None = None
    """For multipliers: how long a deal-cancellation option lasts, e.g. '5m' or '1h'."""

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
    ]
    """The kind of contract, e.g. CALL (rises), PUT (falls), DIGITMATCH (last digit matches)."""

    currency: str
    """The currency of amount and of the price, e.g. USD."""

    date_expiry: int | None = None
    """When the contract ends, an epoch in seconds (instead of duration)."""

    date_start: int | None = None
    """When a forward-starting contract begins, an epoch in seconds; leave out to start now."""

    duration: int | None = None
    """How long the contract runs, counted in duration_unit (instead of date_expiry)."""

    duration_unit: Literal["d", "m", "s", "h", "t"] | None = None
    """The unit of duration: 't' ticks, 's' seconds, 'm' minutes, 'h' hours, 'd' days."""

    growth_rate: float | None = None
    """For accumulators: the growth rate of the stake per tick."""

    limit_order: ProposalRequestLimitOrder | None = None
    """For multipliers: take-profit and stop-loss amounts."""

    multiplier: float | None = None
    """For multipliers: how much price moves are multiplied."""

    payout_per_point: float | None = None
    """For turbos and vanillas: the payout per point of price move."""

    product_type: Literal["basic"] | None = None
    """The product type of the contract."""

    selected_tick: int | None = None
    """For tick high and low contracts: the tick number the prediction is about."""

    subscribe: Literal[1] | None = None
    symbol: str
    """The symbol the contract is on, e.g. R_50."""

    trade_risk_profile: Literal["low", "medium", "high"] | None = None
    """For snowball contracts: the risk profile."""

    trading_period_start: int | None = None
    """For contracts with predefined trading periods: when the period starts, an epoch in
    seconds.
    """

    loginid: str | None = None
    """The account to price for, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ProposalRequestLimitOrder:
    """For multipliers: take-profit and stop-loss amounts."""

    stop_loss: float | None = None
    take_profit: float | None = None


@attrs.define(kw_only=True)
class ProposalResponse:
    """Proposal response."""

    proposal: ProposalResponseProposal | None = None
    subscription: ProposalResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["proposal"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposal:
    """Proposal response proposal."""

    ask_price: float
    barrier_choices: list[Any] | None = None
    barrier_spot_distance: str | None = None
    cancellation: ProposalResponseProposalCancellation | None = None
    commission: float | Unset | None = UNSET
    contract_details: ProposalResponseProposalContractDetails | None = None
    date_expiry: int | None = None
    date_start: int
    display_number_of_contracts: str | None = None
    display_value: str
    id: str
    limit_order: ProposalResponseProposalLimitOrder | None = None
    longcode: str
    max_stake: float | None = None
    min_stake: float | None = None
    multiplier: float | None = None
    payout: float
    payout_choices: list[str] | None = None
    spot: float
    spot_time: int
    validation_params: ProposalResponseProposalValidationParams | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalCancellation:
    """Proposal response proposal cancellation."""

    ask_price: float | None = None
    date_expiry: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalContractDetails:
    """Proposal response proposal contract details."""

    app_markup_amount: str | None = None
    barrier: str | None = None
    barrier_spot_distance: str | None = None
    caution_price: str | None = None
    coupon_rate: str | None = None
    high_barrier: str | None = None
    last_tick_epoch: int | None = None
    low_barrier: str | None = None
    maximum_payout: float | None = None
    maximum_stake: str | None = None
    maximum_ticks: int | None = None
    minimum_stake: str | None = None
    num_of_coupons: int | None = None
    profit_price: str | None = None
    tick_size_barrier: float | None = None
    tick_size_barrier_percentage: str | None = None
    ticks_stayed_in: list[int] | None = None
    trade_risk_profile: Literal["low", "medium", "high"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalLimitOrder:
    """Proposal response proposal limit order."""

    stop_loss: ProposalResponseProposalLimitOrderStopLoss | None = None
    stop_out: ProposalResponseProposalLimitOrderStopOut | None = None
    take_profit: ProposalResponseProposalLimitOrderTakeProfit | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalLimitOrderStopLoss:
    """Proposal response proposal limit order stop loss."""

    display_name: str | None = None
    display_order_amount: str | Unset | None = UNSET
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalLimitOrderStopOut:
    """Proposal response proposal limit order stop out."""

    display_name: str | None = None
    display_order_amount: str | Unset | None = UNSET
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalLimitOrderTakeProfit:
    """Proposal response proposal limit order take profit."""

    display_name: str | None = None
    display_order_amount: str | Unset | None = UNSET
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalValidationParams:
    """Proposal response proposal validation params."""

    max_payout: str | None = None
    max_ticks: int | None = None
    payout: ProposalResponseProposalValidationParamsPayout | None = None
    stake: ProposalResponseProposalValidationParamsStake | None = None
    stop_loss: ProposalResponseProposalValidationParamsStopLoss | None = None
    take_profit: ProposalResponseProposalValidationParamsTakeProfit | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalValidationParamsPayout:
    """Proposal response proposal validation params payout."""

    max: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalValidationParamsStake:
    """Proposal response proposal validation params stake."""

    max: str | None = None
    min: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalValidationParamsStopLoss:
    """Proposal response proposal validation params stop loss."""

    max: str | None = None
    min: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalValidationParamsTakeProfit:
    """Proposal response proposal validation params take profit."""

    max: str | None = None
    min: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseSubscription:
    """Proposal response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class RealityCheckRequest:
    """Reality check request."""

    reality_check: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class RealityCheckResponse:
    """Reality check response."""

    reality_check: RealityCheckResponseRealityCheck | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["reality_check"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class RealityCheckResponseRealityCheck:
    """Reality check response reality check."""

    buy_amount: float | None = None
    buy_count: int | None = None
    currency: str | None = None
    loginid: str | None = None
    open_contract_count: int | None = None
    potential_profit: float | None = None
    sell_amount: float | None = None
    sell_count: int | None = None
    start_time: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListRequest:
    """Residence list request."""

    residence_list: Literal[1]
    query: (
        list[
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
        | None
    ) = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ResidenceListResponse:
    """Residence list response."""

    residence_list: list[ResidenceListResponseResidenceListItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["residence_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItem:
    """Residence list response residence list item."""

    account_opening_self_declaration_required: Literal[0, 1] | None = None
    common_reporting_standard: (
        ResidenceListResponseResidenceListItemCommonReportingStandard | None
    ) = None
    disabled: str | None = None
    identity: ResidenceListResponseResidenceListItemIdentity | None = None
    jurisdiction_risk_assessment: (
        ResidenceListResponseResidenceListItemJurisdictionRiskAssessment | None
    ) = None
    partner_signup: Literal[0, 1] | None = None
    phone_idd: str | Unset | None = UNSET
    selected: str | None = None
    text: str | None = None
    tin_format: list[str] | None = None
    value: str | None = None
    wallet_signup: Literal[1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemCommonReportingStandard:
    """Residence list response residence list item common reporting standard."""

    non_participating_jurisdictions: (
        ResidenceListResponseResidenceListItemCommonReportingStandardNonParticipatingJurisdictions
        | None
    ) = None
    postcode: ResidenceListResponseResidenceListItemCommonReportingStandardPostcode | None = None
    tax: ResidenceListResponseResidenceListItemCommonReportingStandardTax | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemCommonReportingStandardNonParticipatingJurisdictions:
    """Residence list response residence list item common reporting standard non participating
    jurisdictions.
    """

    default: bool | None = None
    landing_company: dict[str, bool | Any] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemCommonReportingStandardPostcode:
    """Residence list response residence list item common reporting standard postcode."""

    invalid_pattern: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemCommonReportingStandardTax:
    """Residence list response residence list item common reporting standard tax."""

    mandatory: bool | None = None
    poi_equivalent: bool | None = None
    tin_cleaner: str | None = None
    tin_format: list[str] | None = None
    tin_format_description: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemIdentity:
    """Residence list response residence list item identity."""

    services: ResidenceListResponseResidenceListItemIdentityServices | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemIdentityServices:
    """Residence list response residence list item identity services."""

    idv: ResidenceListResponseResidenceListItemIdentityServicesIdv | None = None
    onfido: ResidenceListResponseResidenceListItemIdentityServicesOnfido | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemIdentityServicesIdv:
    """Residence list response residence list item identity services idv."""

    documents_supported: (
        dict[
            str,
            ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue | Any,
        ]
        | None
    ) = None
    has_visual_sample: Literal[0, 1] | None = None
    is_country_supported: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue:
    """Residence list response residence list item identity services idv documents supported
    value.
    """

    additional: (
        ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValueAdditional
        | None
    ) = None
    display_name: str | None = None
    format: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValueAdditional:
    """Residence list response residence list item identity services idv documents supported value
    additional.
    """

    display_name: str | None = None
    format: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemIdentityServicesOnfido:
    """Residence list response residence list item identity services onfido."""

    documents_supported: (
        dict[
            str,
            ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue
            | Any,
        ]
        | None
    ) = None
    is_country_supported: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue:
    """Residence list response residence list item identity services onfido documents supported
    value.
    """

    display_name: str | None = None
    format: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemJurisdictionRiskAssessment:
    """Residence list response residence list item jurisdiction risk assessment."""

    disclaimer: (
        ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentDisclaimer | None
    ) = None
    risk_level: ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentRiskLevel | None = (
        None
    )
    turnover: ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentTurnover | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentDisclaimer:
    """Residence list response residence list item jurisdiction risk assessment disclaimer."""

    accept: bool | None = None
    message: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentRiskLevel:
    """Residence list response residence list item jurisdiction risk assessment risk level."""

    default: str | None = None
    landing_company: dict[str, str | Any] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentTurnover:
    """Residence list response residence list item jurisdiction risk assessment turnover."""

    max_limit: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class RevokeOauthAppRequest:
    """Revoke oauth app request."""

    revoke_oauth_app: int
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class RevokeOauthAppResponse:
    """Revoke oauth app response."""

    revoke_oauth_app: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["revoke_oauth_app"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SellContractForMultipleAccountsRequest:
    """Sell contract for multiple accounts request."""

    sell_contract_for_multiple_accounts: Literal[1]
    price: float
    shortcode: str
    tokens: list[str] = attrs.field(repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class SellContractForMultipleAccountsResponse:
    """Sell contract for multiple accounts response."""

    sell_contract_for_multiple_accounts: (
        SellContractForMultipleAccountsResponseSellContractForMultipleAccounts | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["sell_contract_for_multiple_accounts"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SellContractForMultipleAccountsResponseSellContractForMultipleAccounts:
    """Sell contract for multiple accounts response sell contract for multiple accounts."""

    result: (
        list[
            SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemOption1
            | SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemOption2
        ]
        | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemOption1:
    """Sell contract for multiple accounts response sell contract for multiple accounts result item
    option1.
    """

    balance_after: float
    contract_id: int
    reference_id: int
    sell_price: float
    sell_time: str | None = None
    transaction_id: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemOption2:
    """Sell contract for multiple accounts response sell contract for multiple accounts result item
    option2.
    """

    code: str
    message_to_client: str
    token: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SellExpiredRequest:
    """Sell expired request."""

    sell_expired: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class SellExpiredResponse:
    """Sell expired response."""

    sell_expired: SellExpiredResponseSellExpired | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["sell_expired"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SellExpiredResponseSellExpired:
    """Sell expired response sell expired."""

    count: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SellRequest:
    """Sell request."""

    sell: int
    """The id of the contract to sell (its contract_id)."""

    price: float
    """The least you accept; 0 sells at whatever the market pays."""

    loginid: str | None = None
    """The account the contract belongs to, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class SellResponse:
    """Sell response."""

    sell: SellResponseSell | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["sell"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SellResponseSell:
    """Sell response sell."""

    balance_after: float | None = None
    contract_id: int | None = None
    reference_id: int | None = None
    sold_for: float | None = None
    transaction_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SetAccountCurrencyRequest:
    """Set account currency request."""

    set_account_currency: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class SetAccountCurrencyResponse:
    """Set account currency response."""

    set_account_currency: Literal[0, 1] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["set_account_currency"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SetFinancialAssessmentRequest:
    """Set financial assessment request."""

    set_financial_assessment: Literal[1]
    financial_information: dict[str, str] | None = None
    financial_information_version: str | None = None
    trading_experience: dict[str, str] | None = None
    trading_experience_regulated: dict[str, str] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None
    extra_fields: dict[str, str] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SetFinancialAssessmentResponse:
    """Set financial assessment response."""

    set_financial_assessment: SetFinancialAssessmentResponseSetFinancialAssessment | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["set_financial_assessment"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SetFinancialAssessmentResponseSetFinancialAssessment:
    """Set financial assessment response set financial assessment."""

    cfd_score: int | None = None
    financial_information_score: int | None = None
    total_score: int | None = None
    trading_score: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SetSelfExclusionRequest:
    """Set self exclusion request."""

    set_self_exclusion: Literal[1]
    exclude_until: str | Unset | None = UNSET
    max_30day_deposit: float | Unset | None = UNSET
    max_30day_losses: float | Unset | None = UNSET
    max_30day_turnover: float | Unset | None = UNSET
    max_7day_deposit: float | Unset | None = UNSET
    max_7day_losses: float | Unset | None = UNSET
    max_7day_turnover: float | Unset | None = UNSET
    max_balance: float | Unset | None = UNSET
    max_deposit: float | Unset | None = UNSET
    max_losses: float | Unset | None = UNSET
    max_open_bets: int | Unset | None = UNSET
    max_turnover: float | Unset | None = UNSET
    session_duration_limit: int | Unset | None = UNSET
    timeout_until: int | Unset | None = UNSET
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class SetSelfExclusionResponse:
    """Set self exclusion response."""

    set_self_exclusion: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["set_self_exclusion"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SetSettingsRequest:
    """Set settings request."""

    set_settings: Literal[1]
    account_opening_reason: (
        Literal[
            "Speculative",
            "Income Earning",
            "Hedging",
            "Peer-to-peer exchange",
            "Additional revenue",
            "Savings",
        ]
        | None
    ) = None
    address_city: str | None = None
    address_line_1: str | None = None
    address_line_2: str | Unset | None = UNSET
    address_postcode: str | None = None
    address_state: str | None = None
    allow_copiers: Literal[0, 1] | None = None
    calling_country_code: str | Unset | None = attrs.field(default=UNSET, repr=False)
    citizen: str | Unset | None = UNSET
    date_of_birth: str | None = None
    dxtrade_user_exception: Literal[0, 1] | None = None
    email_consent: Literal[0, 1] | None = None
    employment_status: str | None = None
    feature_flag: SetSettingsRequestFeatureFlag | None = None
    financial_information_version: str | None = None
    first_name: str | None = attrs.field(default=None, repr=False)
    last_name: str | None = attrs.field(default=None, repr=False)
    non_pep_declaration: Literal[1] | None = None
    phone: str | Unset | None = attrs.field(default=UNSET, repr=False)
    place_of_birth: str | None = None
    preferred_language: str | Unset | None = UNSET
    request_professional_status: Literal[1] | None = None
    residence: str | Unset | None = UNSET
    salutation: Literal["Mr", "Ms", "Miss", "Mrs"] | None = None
    secret_answer: str | None = attrs.field(default=None, repr=False)
    secret_question: (
        Literal[
            "Mother's maiden name",
            "Name of your pet",
            "Name of first love",
            "Memorable town/city",
            "Memorable date",
            "Favourite dish",
            "Brand of first car",
            "Favourite artist",
        ]
        | None
    ) = attrs.field(default=None, repr=False)
    tax_identification_number: str | None = None
    tax_residence: str | None = None
    tin_skipped: Literal[0, 1] | None = None
    trading_hub: Literal[0, 1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class SetSettingsRequestFeatureFlag:
    """Set settings request feature flag."""

    wallet: Literal[0, 1] | None = None


@attrs.define(kw_only=True)
class SetSettingsResponse:
    """Set settings response."""

    set_settings: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["set_settings"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class StatementRequest:
    """Statement request."""

    statement: Literal[1]
    action_type: (
        Literal[
            "buy",
            "sell",
            "deposit",
            "withdrawal",
            "escrow",
            "adjustment",
            "virtual_credit",
            "transfer",
        ]
        | None
    ) = None
    """Only transactions of this kind."""

    date_from: int | None = None
    """The earliest transaction time to include, an epoch in seconds."""

    date_to: int | None = None
    """The latest transaction time to include, an epoch in seconds."""

    description: Literal[0, 1] | None = None
    """1 adds a short description of each transaction."""

    limit: float | None = None
    """How many transactions at most."""

    offset: int | None = None
    """How many transactions to skip first, for paging."""

    loginid: str | None = None
    """The account whose transactions to list, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class StatementResponse:
    """Statement response."""

    statement: StatementResponseStatement | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["statement"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class StatementResponseStatement:
    """Statement response statement."""

    count: float | None = None
    transactions: list[StatementResponseStatementTransactionsItem] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class StatementResponseStatementTransactionsItem:
    """Statement response statement transactions item."""

    action_type: (
        Literal[
            "buy",
            "sell",
            "deposit",
            "withdrawal",
            "hold",
            "release",
            "adjustment",
            "virtual_credit",
            "transfer",
        ]
        | None
    ) = None
    amount: float | None = None
    app_id: int | Unset | None = UNSET
    balance_after: float | None = None
    contract_id: int | Unset | None = UNSET
    fees: StatementResponseStatementTransactionsItemFees | None = None
    from_: StatementResponseStatementTransactionsItemFrom | None = None
    longcode: str | None = None
    payout: float | Unset | None = UNSET
    purchase_time: int | None = None
    reference_id: int | Unset | None = UNSET
    shortcode: str | Unset | None = UNSET
    to: StatementResponseStatementTransactionsItemTo | None = None
    transaction_id: int | None = None
    transaction_time: int | None = None
    withdrawal_details: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class StatementResponseStatementTransactionsItemFees:
    """Statement response statement transactions item fees."""

    amount: float | None = None
    currency: str | None = None
    minimum: float | None = None
    percentage: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class StatementResponseStatementTransactionsItemFrom:
    """Statement response statement transactions item from."""

    loginid: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class StatementResponseStatementTransactionsItemTo:
    """Statement response statement transactions item to."""

    loginid: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class StatesListRequest:
    """States list request."""

    states_list: str
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class StatesListResponse:
    """States list response."""

    states_list: list[StatesListResponseStatesListItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["states_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class StatesListResponseStatesListItem:
    """States list response states list item."""

    text: str | None = None
    value: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksBatchRequest:
    """Ticks batch request."""

    ticks_batch: Literal[1]
    market: Literal[
        "forex", "indices", "commodities", "stocks", "cryptocurrency", "synthetic_index"
    ]
    subscribe: Literal[1] | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TicksBatchResponse:
    """Ticks batch response."""

    ticks_batch: list[TicksBatchResponseTicksBatchItem] | None = None
    subscription: TicksBatchResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["ticks_batch"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksBatchResponseSubscription:
    """Ticks batch response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksBatchResponseTicksBatchItem:
    """Ticks batch response ticks batch item."""

    ask: str
    bid: str
    change: str
    epoch: int
    quote: str
    symbol: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksHistoryRequest:
    """Ticks history request."""

    ticks_history: str
    """The symbol (e.g. R_50) whose past prices to get."""

    adjust_start_time: Literal[1] | None = None
    """1 moves start back to the market's opening when the market was closed at start."""

    count: int | None = None
    """How many prices (or candles) at most, counting back from end."""

    end: str
    """The time of the last price to include: an epoch in seconds, or 'latest' for now."""

    granularity: (
        Literal[60, 120, 180, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400] | None
    ) = None
    """The length of one candle, in seconds (style 'candles' only)."""

    start: int | None = None
    """The time of the first price to include, an epoch in seconds."""

    style: Literal["candles", "ticks"] | None = None
    """'ticks' for every price, 'candles' for open, high, low and close per granularity period."""

    subscribe: Literal[1] | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TicksHistoryResponse:
    """Ticks history response."""

    candles: list[TicksHistoryResponseCandlesItem] | None = None
    history: TicksHistoryResponseHistory | None = None
    pip_size: float | None = None
    subscription: TicksHistoryResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["history", "tick", "candles", "ohlc"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksHistoryResponseCandlesItem:
    """Ticks history response candles item."""

    close: float | None = None
    epoch: int | None = None
    high: float | None = None
    low: float | None = None
    open: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksHistoryResponseHistory:
    """Ticks history response history."""

    prices: list[float] | None = None
    times: list[int] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksHistoryResponseSubscription:
    """Ticks history response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksRequest:
    """Ticks request."""

    ticks: str | list[str]
    """The symbol (e.g. R_50) whose prices to get, or a list of symbols."""

    subscribe: Literal[1] | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TicksResponse:
    """Ticks response."""

    tick: TicksResponseTick | None = None
    subscription: TicksResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["tick"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksResponseSubscription:
    """Ticks response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksResponseTick:
    """Ticks response tick."""

    ask: float | None = None
    bid: float | None = None
    epoch: int | None = None
    id: str | None = None
    pip_size: float
    quote: float | None = None
    symbol: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TimeRequest:
    """Time request."""

    time: Literal[1]
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TimeResponse:
    """Time response."""

    time: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["time"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TinValidationsRequest:
    """Tin validations request."""

    tin_validations: Literal[1]
    tax_residence: str
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TinValidationsResponse:
    """Tin validations response."""

    tin_validations: TinValidationsResponseTinValidations | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["tin_validations"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TinValidationsResponseTinValidations:
    """Tin validations response tin validations."""

    invalid_patterns: list[str] | None = None
    is_tin_mandatory: Literal[0, 1] | None = None
    tin_employment_status_bypass: list[str] | None = None
    tin_format: list[str] | None = None
    tin_format_description: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TncApprovalRequest:
    """Tnc approval request."""

    tnc_approval: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TncApprovalResponse:
    """Tnc approval response."""

    tnc_approval: Literal[1] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["tnc_approval"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TopupVirtualRequest:
    """Topup virtual request."""

    topup_virtual: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TopupVirtualResponse:
    """Topup virtual response."""

    topup_virtual: TopupVirtualResponseTopupVirtual | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["topup_virtual"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TopupVirtualResponseTopupVirtual:
    """Topup virtual response topup virtual."""

    amount: float | None = None
    currency: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsRequest:
    """Trading durations request."""

    trading_durations: Literal[1]
    landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None = (
        None
    )
    landing_company_short: (
        Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None
    ) = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TradingDurationsResponse:
    """Trading durations response."""

    trading_durations: list[TradingDurationsResponseTradingDurationsItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["trading_durations"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItem:
    """Trading durations response trading durations item."""

    data: list[TradingDurationsResponseTradingDurationsItemDataItem] | None = None
    market: TradingDurationsResponseTradingDurationsItemMarket | None = None
    submarket: TradingDurationsResponseTradingDurationsItemSubmarket | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemDataItem:
    """Trading durations response trading durations item data item."""

    market: TradingDurationsResponseTradingDurationsItemDataItemMarket | None = None
    submarket: TradingDurationsResponseTradingDurationsItemDataItemSubmarket | None = None
    symbol: list[TradingDurationsResponseTradingDurationsItemDataItemSymbolItem] | None = None
    trade_durations: (
        list[TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItem] | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemDataItemMarket:
    """Trading durations response trading durations item data item market."""

    display_name: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemDataItemSubmarket:
    """Trading durations response trading durations item data item submarket."""

    display_name: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemDataItemSymbolItem:
    """Trading durations response trading durations item data item symbol item."""

    display_name: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItem:
    """Trading durations response trading durations item data item trade durations item."""

    durations: (
        list[TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemDurationsItem]
        | None
    ) = None
    trade_type: (
        TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemTradeType | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemDurationsItem:
    """Trading durations response trading durations item data item trade durations item durations
    item.
    """

    display_name: str | None = None
    max: int | None = None
    min: int | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemTradeType:
    """Trading durations response trading durations item data item trade durations item trade
    type.
    """

    display_name: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemMarket:
    """Trading durations response trading durations item market."""

    display_name: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemSubmarket:
    """Trading durations response trading durations item submarket."""

    display_name: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingPlatformInvestorPasswordResetRequest:
    """Trading platform investor password reset request."""

    trading_platform_investor_password_reset: Literal[1] = attrs.field(repr=False)
    account_id: str
    new_password: str = attrs.field(repr=False)
    platform: Literal["mt5"]
    verification_code: str = attrs.field(repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TradingPlatformInvestorPasswordResetResponse:
    """Trading platform investor password reset response."""

    trading_platform_password_reset: Literal[0, 1] | None = attrs.field(default=None, repr=False)
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["trading_platform_investor_password_reset"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingPlatformPasswordResetRequest:
    """Trading platform password reset request."""

    trading_platform_password_reset: Literal[1] = attrs.field(repr=False)
    new_password: str = attrs.field(repr=False)
    platform: Literal["dxtrade", "mt5"]
    verification_code: str = attrs.field(repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TradingPlatformPasswordResetResponse:
    """Trading platform password reset response."""

    trading_platform_password_reset: Literal[0, 1] | None = attrs.field(default=None, repr=False)
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["trading_platform_password_reset"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingPlatformStatusRequest:
    """Trading platform status request."""

    trading_platform_status: Literal[1]
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TradingPlatformStatusResponse:
    """Trading platform status response."""

    trading_platform_status: list[Any]
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["trading_platform_status"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingServersRequest:
    """Trading servers request."""

    trading_servers: Literal[1]
    account_type: Literal["demo", "real"] | None = None
    environment: (
        Literal["all", "Deriv-Demo", "Deriv-Server", "Deriv-Server-02", "Deriv-Server-03"] | None
    ) = None
    market_type: Literal["all", "financial", "synthetic"] | None = None
    platform: Literal["mt5", "dxtrade"] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TradingServersResponse:
    """Trading servers response."""

    trading_servers: list[TradingServersResponseTradingServersItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["trading_servers"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingServersResponseTradingServersItem:
    """Trading servers response trading servers item."""

    account_type: Literal["demo", "real"] | None = None
    disabled: Literal[0, 1] | None = None
    environment: (
        Literal["Deriv-Demo", "Deriv-Server", "Deriv-Server-02", "Deriv-Server-03"] | None
    ) = None
    geolocation: TradingServersResponseTradingServersItemGeolocation | None = None
    id: (
        Literal["p01_ts01", "p01_ts02", "p01_ts03", "p01_ts04", "p02_ts02", "p03_ts01", "p03_ts02"]
        | None
    ) = None
    market_type: str | None = None
    message_to_client: str | None = None
    recommended: Literal[0, 1] | None = None
    supported_accounts: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingServersResponseTradingServersItemGeolocation:
    """Trading servers response trading servers item geolocation."""

    group: str | None = None
    location: str | None = None
    region: str | None = None
    sequence: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingTimesRequest:
    """Trading times request."""

    trading_times: str
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TradingTimesResponse:
    """Trading times response."""

    trading_times: TradingTimesResponseTradingTimes | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["trading_times"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingTimesResponseTradingTimes:
    """Trading times response trading times."""

    markets: list[TradingTimesResponseTradingTimesMarketsItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingTimesResponseTradingTimesMarketsItem:
    """Trading times response trading times markets item."""

    name: str = attrs.field(repr=False)
    submarkets: list[TradingTimesResponseTradingTimesMarketsItemSubmarketsItem] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingTimesResponseTradingTimesMarketsItemSubmarketsItem:
    """Trading times response trading times markets item submarkets item."""

    name: str = attrs.field(repr=False)
    symbols: list[TradingTimesResponseTradingTimesMarketsItemSubmarketsItemSymbolsItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingTimesResponseTradingTimesMarketsItemSubmarketsItemSymbolsItem:
    """Trading times response trading times markets item submarkets item symbols item."""

    events: list[Any] | None = None
    name: str = attrs.field(repr=False)
    symbol: str
    times: dict[str, Any] | None = None
    trading_days: list[Literal["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TransactionRequest:
    """Transaction request."""

    transaction: Literal[1]
    subscribe: Literal[1]
    loginid: str | None = None
    """The account whose transactions to follow, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TransactionResponse:
    """Transaction response."""

    transaction: TransactionResponseTransaction | None = None
    subscription: TransactionResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["transaction"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TransactionResponseSubscription:
    """Transaction response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TransactionResponseTransaction:
    """Transaction response transaction."""

    action: (
        Literal[
            "buy",
            "sell",
            "deposit",
            "withdrawal",
            "escrow",
            "adjustment",
            "virtual_credit",
            "transfer",
        ]
        | None
    ) = None
    amount: float | None = None
    balance: float | None = None
    barrier: float | str | Unset | None = UNSET
    contract_id: int | Unset | None = UNSET
    currency: str | None = None
    date_expiry: int | None = None
    display_name: str | None = None
    high_barrier: float | str | None = None
    id: str | None = None
    longcode: str | None = None
    low_barrier: str | None = None
    purchase_time: int | None = None
    stop_loss: str | Unset | None = UNSET
    stop_out: str | Unset | None = UNSET
    symbol: str | None = None
    take_profit: str | Unset | None = UNSET
    transaction_id: int | None = None
    transaction_time: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TransferBetweenAccountsRequest:
    """Transfer between accounts request."""

    transfer_between_accounts: Literal[1]
    account_from: str | None = None
    account_to: str | None = None
    accounts: Literal["all", "brief"] | None = None
    amount: float | None = None
    currency: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TransferBetweenAccountsResponse:
    """Transfer between accounts response."""

    transfer_between_accounts: Literal[0, 1] | None = None
    accounts: list[TransferBetweenAccountsResponseAccountsItem] | None = None
    client_to_full_name: str | None = None
    client_to_loginid: str | None = None
    transaction_id: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["transfer_between_accounts"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TransferBetweenAccountsResponseAccountsItem:
    """Transfer between accounts response accounts item."""

    account_category: Literal["trading", "wallet"] | None = None
    account_type: (
        Literal[
            "binary",
            "crypto",
            "ctrader",
            "doughflow",
            "dxtrade",
            "mt5",
            "p2p",
            "paymentagent",
            "paymentagent_client",
            "standard",
            "virtual",
            "partner",
        ]
        | None
    ) = None
    balance: str | None = None
    currency: str | None = None
    demo_account: Literal[0, 1] | None = None
    landing_company_short: str | None = None
    loginid: str | None = None
    market_type: Literal["all", "financial", "synthetic"] | None = None
    mt5_group: str | None = None
    product: (
        Literal["", "synthetic", "financial", "swap_free", "zero_spread", "standard", "stp", "gold"]
        | None
    ) = None
    status: str | Unset | None = UNSET
    sub_account_type: (
        Literal["financial", "financial_stp", "standard", "swap_free", "zero_spread", "gold"] | None
    ) = None
    transfers: Literal["all", "deposit", "none", "withdrawal"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class UnsubscribeEmailRequest:
    """Unsubscribe email request."""

    unsubscribe_email: Literal[1]
    binary_user_id: float
    checksum: str
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class UnsubscribeEmailResponse:
    """Unsubscribe email response."""

    binary_user_id: float | None = None
    email_unsubscribe_status: Literal[0, 1] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["unsubscribe_email"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class VerifyEmailRequest:
    """Verify email request."""

    verify_email: str
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
    ]
    url_parameters: VerifyEmailRequestUrlParameters | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class VerifyEmailRequestUrlParameters:
    """Verify email request url parameters."""

    affiliate_token: str | None = attrs.field(default=None, repr=False)
    date_first_contact: str | None = None
    gclid_url: str | None = None
    pa_amount: float | None = None
    pa_currency: str | None = None
    pa_loginid: str | None = None
    pa_remarks: str | None = None
    redirect_to: int | None = None
    signup_device: Literal["desktop", "mobile"] | None = None
    utm_ad_id: str | None = None
    utm_adgroup_id: str | None = None
    utm_adrollclk_id: str | None = None
    utm_campaign: str | None = None
    utm_campaign_id: str | None = None
    utm_content: str | None = None
    utm_fbcl_id: str | None = None
    utm_gl_client_id: str | None = None
    utm_medium: str | None = None
    utm_msclk_id: str | None = None
    utm_source: str | None = None
    utm_term: str | None = None


@attrs.define(kw_only=True)
class VerifyEmailResponse:
    """Verify email response."""

    verify_email: Literal[0, 1] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["verify_email"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteConfigRequest:
    """Website config request."""

    website_config: Literal[1]
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class WebsiteConfigResponse:
    """Website config response."""

    website_config: WebsiteConfigResponseWebsiteConfig | None = None
    subscription: WebsiteConfigResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["website_config"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteConfigResponseSubscription:
    """Website config response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteConfigResponseWebsiteConfig:
    """Website config response website config."""

    currencies_config: dict[str, WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue | Any]
    feature_flags: list[str] | None = None
    payment_agents: WebsiteConfigResponseWebsiteConfigPaymentAgents | None = None
    supported_languages: list[str] | None = None
    terms_conditions_version: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue:
    """Website config response website config currencies config value."""

    fractional_digits: float
    is_deposit_suspended: Literal[0, 1]
    is_suspended: Literal[0, 1]
    is_withdrawal_suspended: Literal[0, 1]
    name: str | None = attrs.field(default=None, repr=False)
    platform: WebsiteConfigResponseWebsiteConfigCurrenciesConfigValuePlatform | None = None
    stake_default: float
    transfer_between_accounts: (
        WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccounts
    )
    type: Literal["fiat", "crypto"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteConfigResponseWebsiteConfigCurrenciesConfigValuePlatform:
    """Website config response website config currencies config value platform."""

    cashier: list[Any]
    ramp: list[Any]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccounts:
    """Website config response website config currencies config value transfer between accounts."""

    fees: dict[str, float | Any]
    limits: (
        WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsOption1
        | None
    )
    limits_ctrader: dict[str, Any] | None = None
    limits_dxtrade: dict[str, Any] | None = None
    limits_mt5: dict[str, Any] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsOption1:
    """Website config response website config currencies config value transfer between accounts
    limits option1.
    """

    max: float | None = None
    min: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteConfigResponseWebsiteConfigPaymentAgents:
    """Website config response website config payment agents."""

    initial_deposit_per_country: dict[str, float | Any]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusRequest:
    """Website status request."""

    website_status: Literal[1]
    subscribe: Literal[0, 1] | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class WebsiteStatusResponse:
    """Website status response."""

    website_status: WebsiteStatusResponseWebsiteStatus | None = None
    subscription: WebsiteStatusResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["website_status"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseSubscription:
    """Website status response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatus:
    """Website status response website status."""

    api_call_limits: WebsiteStatusResponseWebsiteStatusApiCallLimits
    broker_codes: list[str] | None = None
    clients_country: str | None = None
    currencies_config: dict[str, WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue | Any]
    dxtrade_status: WebsiteStatusResponseWebsiteStatusDxtradeStatus | None = None
    message: str | None = None
    mt5_status: WebsiteStatusResponseWebsiteStatusMt5Status | None = None
    p2p_config: WebsiteStatusResponseWebsiteStatusP2pConfig | None = None
    payment_agents: WebsiteStatusResponseWebsiteStatusPaymentAgents | None = None
    site_status: Literal["up", "down", "updating"] | None = None
    supported_languages: list[str] | None = None
    terms_conditions_version: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusApiCallLimits:
    """Website status response website status api call limits."""

    max_proposal_subscription: (
        WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxProposalSubscription
    )
    max_requestes_general: WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestesGeneral
    max_requests_outcome: WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsOutcome
    max_requests_pricing: WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsPricing
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxProposalSubscription:
    """Website status response website status api call limits max proposal subscription."""

    applies_to: str
    max: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestesGeneral:
    """Website status response website status api call limits max requestes general."""

    applies_to: str
    hourly: float
    minutely: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsOutcome:
    """Website status response website status api call limits max requests outcome."""

    applies_to: str
    hourly: float
    minutely: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsPricing:
    """Website status response website status api call limits max requests pricing."""

    applies_to: str
    hourly: float
    minutely: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue:
    """Website status response website status currencies config value."""

    fractional_digits: float
    is_deposit_suspended: Literal[0, 1]
    is_suspended: Literal[0, 1]
    is_withdrawal_suspended: Literal[0, 1]
    name: str | None = attrs.field(default=None, repr=False)
    platform: WebsiteStatusResponseWebsiteStatusCurrenciesConfigValuePlatform | None = None
    stake_default: float
    transfer_between_accounts: (
        WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccounts
    )
    type: Literal["fiat", "crypto"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusCurrenciesConfigValuePlatform:
    """Website status response website status currencies config value platform."""

    cashier: list[Any]
    ramp: list[Any]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccounts:
    """Website status response website status currencies config value transfer between accounts."""

    fees: dict[str, float | Any]
    limits: (
        WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccountsLimitsOption1
        | None
    )
    limits_ctrader: dict[str, Any] | None = None
    limits_dxtrade: dict[str, Any] | None = None
    limits_mt5: dict[str, Any] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccountsLimitsOption1:
    """Website status response website status currencies config value transfer between accounts
    limits option1.
    """

    max: float | None = None
    min: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusDxtradeStatus:
    """Website status response website status dxtrade status."""

    all: int | None = None
    demo: int | None = None
    real: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusMt5Status:
    """Website status response website status mt5 status."""

    demo: list[Any] | None = None
    real: list[Any] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusP2pConfig:
    """Website status response website status p2p config."""

    adverts_active_limit: int
    adverts_archive_period: int | None = None
    block_trade: WebsiteStatusResponseWebsiteStatusP2pConfigBlockTrade
    cancellation_block_duration: int
    cancellation_count_period: int
    cancellation_grace_period: int
    cancellation_limit: int
    cross_border_ads_enabled: Literal[0, 1]
    disabled: Literal[0, 1]
    feature_level: int
    fixed_rate_adverts: Literal["disabled", "enabled", "list_only"]
    fixed_rate_adverts_end_date: str | None = None
    float_rate_adverts: Literal["disabled", "enabled", "list_only"]
    float_rate_offset_limit: float
    local_currencies: list[WebsiteStatusResponseWebsiteStatusP2pConfigLocalCurrenciesItem]
    maximum_advert_amount: float
    maximum_order_amount: float
    order_daily_limit: int
    order_payment_period: int
    override_exchange_rate: str | None = None
    payment_methods_enabled: Literal[0, 1]
    review_period: float
    supported_currencies: list[str]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusP2pConfigBlockTrade:
    """Website status response website status p2p config block trade."""

    disabled: Literal[0, 1] | None = None
    maximum_advert_amount: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusP2pConfigLocalCurrenciesItem:
    """Website status response website status p2p config local currencies item."""

    display_name: str
    has_adverts: Literal[0, 1]
    is_default: Literal[1] | None = None
    symbol: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusPaymentAgents:
    """Website status response website status payment agents."""

    initial_deposit_per_country: dict[str, float | Any]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
