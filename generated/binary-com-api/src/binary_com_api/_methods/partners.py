"""The partners calls of the BinaryComClient, one method per call.

`BinaryComClient` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime.core.types import UNSET, Unset

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.session import Session


class PartnersCalls:
    """The methods of the partners calls (see `BinaryComClient`)."""

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
    ) -> models.NewPartnerAccountResponse:
        """Opens a real partner (affiliate) account.

        ``new_partner_account`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``partner_type`` (one of 'individual', 'company'; required)
        - ``website`` (str matching ``^[\\w_@./:#&+-]*$``; required)
        - ``account_turnover`` (one of 'Less than $25,000', '$25,000 - $50,000', '$50,001 -
          $100,000', '$100,001 - $500,000', 'Over $500,000')
        - ``address_city`` (str matching ``^\\p{L}[\\p{L}\\s'.-]{0,99}$``)
        - ``address_line_1`` (str matching
          ``^[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,69}$``)
        - ``address_line_2`` (str matching
          ``^[\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,70}$``)
        - ``address_postcode`` (str matching ``^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?$``)
        - ``address_state`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,-]{0,100}$``)
        - ``calling_country_code`` (str matching ``^\\d{1,4}$``, or None)
        - ``citizen`` (str matching ``^([a-z]{2})?$``, or None)
        - ``client_type`` (one of 'professional', 'retail'; server default 'retail')
        - ``company_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{2,50}$``)
        - ``company_registration_no`` (str matching ``^(?!^$|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}$``)
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``date_of_birth`` (str matching ``^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$``)
        - ``fatca_declaration`` (one of 0, 1)
        - ``first_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``landing_company_short`` (one of 'maltainvest', 'svg')
        - ``last_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``non_pep_declaration`` (int from 0 to 1)
        - ``phone`` (str matching ``^(\\+)?([-\\s]*\\d){8,35}$``, or None)
        - ``provider`` (one of 'myaffiliate', 'dynamicworks')
        - ``residence`` (str matching ``^[a-z]{2}$``)
        - ``salutation`` (one of 'Mr', 'Ms', 'Miss', 'Mrs')
        - ``secret_answer`` (str of 4 to 50 characters, matching ``^[\\w\\-\\,\\.\\' ]+``)
        - ``secret_question`` (one of "Mother's maiden name", 'Name of your pet', 'Name of first
          love', 'Memorable town/city', 'Memorable date', 'Favourite dish', 'Brand of first car',
          'Favourite artist')
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.NewPartnerAccountResponse",
            self._session.call(
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
    ) -> models.PartnerAccountCreationResponse:
        """Kicks off the multi-step partner account setup.

        ``partner_account_creation`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``salutation`` (one of 'Mr', 'Ms', 'Miss', 'Mrs'; required)
        - ``address_city`` (str matching ``^\\p{L}[\\p{L}\\s'.-]{0,99}$``)
        - ``address_line_1`` (str matching
          ``^[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,69}$``)
        - ``address_line_2`` (str matching
          ``^[\\p{L}\\p{Nd}\\s'\\u2019.,:;()\\x{b0}@#/-]{0,70}$``)
        - ``address_postcode`` (str matching ``^([A-Za-z0-9][A-Za-z0-9\\s-]{0,20})?$``)
        - ``address_state`` (str matching ``^[\\p{L}\\p{Nd}\\s'.,-]{0,100}$``)
        - ``calling_country_code`` (str matching ``^\\d{1,4}$``, or None)
        - ``citizen`` (str matching ``^([a-z]{2})?$``, or None)
        - ``company_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}0-9\\s'.-]{2,50}$``)
        - ``company_registration_no`` (str matching ``^(?!^$|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}$``)
        - ``currency`` (str matching ``^[a-zA-Z0-9]{2,20}$``)
        - ``date_of_birth`` (str matching ``^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$``)
        - ``email`` (str matching ``^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}$``)
        - ``fatca_declaration`` (one of 0, 1)
        - ``first_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``landing_company_short`` (one of 'maltainvest', 'svg')
        - ``last_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{1,50}$``)
        - ``non_pep_declaration`` (int from 0 to 1)
        - ``partner_type`` (one of 'individual', 'company')
        - ``phone`` (str matching ``^\\d{6,15}$``)
        - ``provider`` (one of 'myaffiliate', 'dynamicworks')
        - ``residence`` (str matching ``^[a-z]{2}$``)
        - ``tnc_acceptance`` (one of 0, 1)
        - ``website`` (str)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PartnerAccountCreationResponse",
            self._session.call(
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
    ) -> models.PartnerAccountCreationStatusResponse:
        """Progress of each step of the partner account setup.

        ``partner_account_creation_status`` call; needs authorization (scopes: admin); retried
        when it fails in transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PartnerAccountCreationStatusResponse",
            self._session.call(
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
    ) -> models.PartnerAccountsResponse:
        """Lists the partner's accounts with company and site details.

        ``partner_accounts`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PartnerAccountsResponse",
            self._session.call(
                "partner_accounts", {"loginid": loginid, "passthrough": passthrough}, timeout
            ),
        )

    def partner_settings(
        self,
        *,
        loginid: str | None = None,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PartnerSettingsResponse:
        """Reads the partner's type and company details.

        ``partner_settings`` call; needs authorization (scopes: read); retried when it fails in
        transit.

        Arguments:
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PartnerSettingsResponse",
            self._session.call(
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
    ) -> models.PartnerSettingsUpdateResponse:
        """Changes the partner's type and company details.

        ``partner_settings_update`` call; needs authorization (scopes: admin); never resent
        automatically.

        Arguments:
        - ``provider`` (one of 'myaffiliate', 'dynamicworks'; required)
        - ``company_name`` (str matching ``^(?!.*\\s{2,})[\\p{L}\\s'.-]{2,50}$``)
        - ``company_registration_no`` (str matching ``^(?!^$|\\s+)[A-Za-z0-9.\\/\\s-]{0,25}$``)
        - ``partner_type`` (one of 'individual', 'company')
        - ``website`` (str matching ``^[\\w_@./:#&+-]*$``)
        - ``loginid`` (str matching ``^[A-Za-z]+[0-9]+$``)
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PartnerSettingsUpdateResponse",
            self._session.call(
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
