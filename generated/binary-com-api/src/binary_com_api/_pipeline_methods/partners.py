"""The partners calls of the Pipeline (``client.pipeline()``), one method per call.

`Pipeline` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime.core.types import UNSET, Unset

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.pending import Pending
    from .._runtime.binary.session import Session


class PartnersPipelineCalls:
    """The methods of the partners calls that `Pipeline` sends without waiting."""

    __slots__ = ()
    _session: Session

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
