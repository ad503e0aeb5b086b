"""What the decoders and encoders of every model share, and the way to them by class.

The decoders and encoders themselves are written out per model for speed, in the module of
their call group (`_codecs/`), which is imported when one of its models is first decoded or
encoded. `converter()` exposes them as a cattrs converter for callers who prefer the cattrs
API; it is built on first use so importing the package stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from ._runtime.core.exact_json import MAX_EXPONENT, in_range
from ._runtime.core.lazy import HookTable
from .errors import DecodeError

if TYPE_CHECKING:
    import cattrs

_SCALAR_CLASSES = frozenset({str, int, float, bool, type(None)})
# The classes of Literal values, typed Any so that a class test does not narrow the value
# to the class (a Literal field does not accept a plain `str`).
_STR: Any = str
_INT: Any = int
_FLOAT: Any = float
_BOOL: Any = bool
_new = object.__new__
_JSON_KINDS = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
    # (A number read exactly because a float cannot hold it: see `_runtime.core.exact_json`.)
    Decimal: "a number a float cannot hold exactly",
}


def _expected(what: str, value: object) -> DecodeError:
    return DecodeError(f"expected {what}, got {_JSON_KINDS.get(type(value), type(value).__name__)}")


def _not_one_of(allowed: str, value: object) -> DecodeError:
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return DecodeError(f"expected one of {allowed}, got {shown}")


def _wrong_length(size: int, value: list[Any]) -> DecodeError:
    return DecodeError(f"expected an array of {size} items, got {len(value)}")


def _decimal(value: Any) -> Decimal:
    """Decimal strings become `Decimal`; bare JSON numbers are accepted too (read exactly:
    see `_runtime.core.exact_json`). An exponent past `MAX_EXPONENT` is refused."""
    if value.__class__ is str:
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise _not_one_of("decimal strings", value) from None
        if not result.is_finite():
            raise _not_one_of("finite decimal strings", value)
        if not in_range(result):
            raise _not_one_of(f"decimal strings with an exponent within {MAX_EXPONENT}", value)
        return result
    if value.__class__ is int or value.__class__ is float:
        return Decimal(str(value))
    if value.__class__ is Decimal:
        exact: Decimal = value
        return exact
    raise _expected("a decimal string", value)


def _decimal_text(value: Decimal) -> str:
    """Plain notation keeps every digit the server sent, trailing zeros included."""
    return format(value, "f")


def _first_match(value: Any, decoders: tuple[Callable[[Any], Any], ...]) -> Any:
    reasons = []
    for decode in decoders:
        try:
            return decode(value)
        except DecodeError as error:
            # Where inside the value each form failed, e.g. "... at [3]" for a tuple position.
            where = "".join(
                f"[{part}]" if part.__class__ is int else f".{part}" for part in error.path
            )
            reasons.append(f"{error.message} at {where}" if where else str(error.message))
    raise DecodeError("matches none of the allowed forms: " + "; ".join(reasons))


def _locate_item_error(items: list[Any], decode: Callable[[Any], Any]) -> DecodeError:
    for index, item in enumerate(items):
        try:
            decode(item)
        except DecodeError as error:
            return error.at(index)
    return DecodeError("array item failed to decode")


def _decode_extras(
    data: dict[str, Any], known: frozenset[str], decode: Callable[[Any], Any]
) -> dict[str, Any]:
    extras = {}
    for key, item in data.items():
        if key not in known:
            try:
                extras[key] = decode(item)
            except DecodeError as error:
                raise error.at(key) from None
    return extras


def _encode_any(value: Any) -> Any:
    """The generic path, for union-typed values whose class decides how they encode."""
    encode = _UNSTRUCTURE.get(value.__class__)
    if encode is not None:
        return encode(value)
    if value.__class__ is Decimal:
        return _decimal_text(value)
    if value.__class__ is list or value.__class__ is tuple:
        return [_encode_any(item) for item in value]
    if value.__class__ is dict:
        return {key: _encode_any(item) for key, item in value.items()}
    return value


# Each model module's decoder module (names relative to the package).
_CODECS: dict[str, str] = {
    "_models.account.account_list": "._codecs.account.account_list",
    "_models.market.active_symbols": "._codecs.market.active_symbols",
    "_models.account.api_token": "._codecs.account.api_token",
    "_models.apps.app_delete": "._codecs.apps.app_delete",
    "_models.apps.app_get": "._codecs.apps.app_get",
    "_models.apps.app_list": "._codecs.apps.app_list",
    "_models.apps.app_markup_details": "._codecs.apps.app_markup_details",
    "_models.apps.app_markup_statistics": "._codecs.apps.app_markup_statistics",
    "_models.apps.app_register": "._codecs.apps.app_register",
    "_models.apps.app_update": "._codecs.apps.app_update",
    "_models.market.asset_index": "._codecs.market.asset_index",
    "_models.account.authorize": "._codecs.account.authorize",
    "_models.account.balance": "._codecs.account.balance",
    "_models.trading.buy": "._codecs.trading.buy",
    "_models.trading.buy_contract_for_multiple_accounts": "._codecs.trading.buy_contract_for_multiple_accounts",
    "_models.trading.cancel": "._codecs.trading.cancel",
    "_models.payments.cashier": "._codecs.payments.cashier",
    "_models.account.confirm_email": "._codecs.account.confirm_email",
    "_models.trading.contract_update": "._codecs.trading.contract_update",
    "_models.trading.contract_update_history": "._codecs.trading.contract_update_history",
    "_models.market.contracts_for": "._codecs.market.contracts_for",
    "_models.market.contracts_for_company": "._codecs.market.contracts_for_company",
    "_models.trading.copy_start": "._codecs.trading.copy_start",
    "_models.trading.copy_stop": "._codecs.trading.copy_stop",
    "_models.trading.copytrading_list": "._codecs.trading.copytrading_list",
    "_models.trading.copytrading_statistics": "._codecs.trading.copytrading_statistics",
    "_models.payments.crypto_config": "._codecs.payments.crypto_config",
    "_models.payments.crypto_estimations": "._codecs.payments.crypto_estimations",
    "_models.account.document_upload": "._codecs.account.document_upload",
    "_models.market.economic_calendar": "._codecs.market.economic_calendar",
    "_models.market.exchange_rates": "._codecs.market.exchange_rates",
    "_models.account.exchange_verification_code": "._codecs.account.exchange_verification_code",
    "_models.account.financial_assessment_questions": "._codecs.account.financial_assessment_questions",
    "_models.system.forget": "._codecs.system.forget",
    "_models.system.forget_all": "._codecs.system.forget_all",
    "_models.account.get_account_status": "._codecs.account.get_account_status",
    "_models.account.get_financial_assessment": "._codecs.account.get_financial_assessment",
    "_models.account.get_limits": "._codecs.account.get_limits",
    "_models.account.get_self_exclusion": "._codecs.account.get_self_exclusion",
    "_models.account.get_settings": "._codecs.account.get_settings",
    "_models.account.get_third_party_redirect": "._codecs.account.get_third_party_redirect",
    "_models.account.identity_verification_document_add": "._codecs.account.identity_verification_document_add",
    "_models.account.kyc_auth_status": "._codecs.account.kyc_auth_status",
    "_models.market.landing_company": "._codecs.market.landing_company",
    "_models.market.landing_company_details": "._codecs.market.landing_company_details",
    "_models.account.login_history": "._codecs.account.login_history",
    "_models.account.logout": "._codecs.account.logout",
    "_models.platforms.mt5_deposit": "._codecs.platforms.mt5_deposit",
    "_models.platforms.mt5_get_settings": "._codecs.platforms.mt5_get_settings",
    "_models.platforms.mt5_login_list": "._codecs.platforms.mt5_login_list",
    "_models.platforms.mt5_new_account": "._codecs.platforms.mt5_new_account",
    "_models.platforms.mt5_password_change": "._codecs.platforms.mt5_password_change",
    "_models.platforms.mt5_password_check": "._codecs.platforms.mt5_password_check",
    "_models.platforms.mt5_password_reset": "._codecs.platforms.mt5_password_reset",
    "_models.platforms.mt5_withdrawal": "._codecs.platforms.mt5_withdrawal",
    "_models.account.new_account_check_duplicate_name_and_dob": "._codecs.account.new_account_check_duplicate_name_and_dob",
    "_models.account.new_account_check_duplicate_phone_and_dob": "._codecs.account.new_account_check_duplicate_phone_and_dob",
    "_models.account.new_account_maltainvest": "._codecs.account.new_account_maltainvest",
    "_models.account.new_account_real": "._codecs.account.new_account_real",
    "_models.account.new_account_virtual": "._codecs.account.new_account_virtual",
    "_models.partners.new_partner_account": "._codecs.partners.new_partner_account",
    "_models.apps.oauth_apps": "._codecs.apps.oauth_apps",
    "_models.p2p.p2p_advert_create": "._codecs.p2p.p2p_advert_create",
    "_models.p2p.p2p_advert_info": "._codecs.p2p.p2p_advert_info",
    "_models.p2p.p2p_advert_list": "._codecs.p2p.p2p_advert_list",
    "_models.p2p.p2p_advert_update": "._codecs.p2p.p2p_advert_update",
    "_models.p2p.p2p_advertiser_adverts": "._codecs.p2p.p2p_advertiser_adverts",
    "_models.p2p.p2p_advertiser_create": "._codecs.p2p.p2p_advertiser_create",
    "_models.p2p.p2p_advertiser_info": "._codecs.p2p.p2p_advertiser_info",
    "_models.p2p.p2p_advertiser_list": "._codecs.p2p.p2p_advertiser_list",
    "_models.p2p.p2p_advertiser_payment_methods": "._codecs.p2p.p2p_advertiser_payment_methods",
    "_models.p2p.p2p_advertiser_relations": "._codecs.p2p.p2p_advertiser_relations",
    "_models.p2p.p2p_advertiser_update": "._codecs.p2p.p2p_advertiser_update",
    "_models.p2p.p2p_chat_create": "._codecs.p2p.p2p_chat_create",
    "_models.p2p.p2p_country_list": "._codecs.p2p.p2p_country_list",
    "_models.p2p.p2p_order_cancel": "._codecs.p2p.p2p_order_cancel",
    "_models.p2p.p2p_order_confirm": "._codecs.p2p.p2p_order_confirm",
    "_models.p2p.p2p_order_create": "._codecs.p2p.p2p_order_create",
    "_models.p2p.p2p_order_dispute": "._codecs.p2p.p2p_order_dispute",
    "_models.p2p.p2p_order_info": "._codecs.p2p.p2p_order_info",
    "_models.p2p.p2p_order_list": "._codecs.p2p.p2p_order_list",
    "_models.p2p.p2p_order_review": "._codecs.p2p.p2p_order_review",
    "_models.p2p.p2p_payment_methods": "._codecs.p2p.p2p_payment_methods",
    "_models.p2p.p2p_ping": "._codecs.p2p.p2p_ping",
    "_models.p2p.p2p_settings": "._codecs.p2p.p2p_settings",
    "_models.partners.partner_account_creation": "._codecs.partners.partner_account_creation",
    "_models.partners.partner_account_creation_status": "._codecs.partners.partner_account_creation_status",
    "_models.partners.partner_accounts": "._codecs.partners.partner_accounts",
    "_models.partners.partner_settings": "._codecs.partners.partner_settings",
    "_models.partners.partner_settings_update": "._codecs.partners.partner_settings_update",
    "_models.payments.payment_methods": "._codecs.payments.payment_methods",
    "_models.payments.paymentagent_create": "._codecs.payments.paymentagent_create",
    "_models.payments.paymentagent_details": "._codecs.payments.paymentagent_details",
    "_models.payments.paymentagent_list": "._codecs.payments.paymentagent_list",
    "_models.payments.paymentagent_transfer": "._codecs.payments.paymentagent_transfer",
    "_models.payments.paymentagent_withdraw": "._codecs.payments.paymentagent_withdraw",
    "_models.payments.paymentagent_withdraw_justification": "._codecs.payments.paymentagent_withdraw_justification",
    "_models.market.payout_currencies": "._codecs.market.payout_currencies",
    "_models.system.ping": "._codecs.system.ping",
    "_models.trading.portfolio": "._codecs.trading.portfolio",
    "_models.trading.profit_table": "._codecs.trading.profit_table",
    "_models.trading.proposal": "._codecs.trading.proposal",
    "_models.trading.proposal_open_contract": "._codecs.trading.proposal_open_contract",
    "_models.trading.reality_check": "._codecs.trading.reality_check",
    "_models.market.residence_list": "._codecs.market.residence_list",
    "_models.apps.revoke_oauth_app": "._codecs.apps.revoke_oauth_app",
    "_models.trading.sell": "._codecs.trading.sell",
    "_models.trading.sell_contract_for_multiple_accounts": "._codecs.trading.sell_contract_for_multiple_accounts",
    "_models.trading.sell_expired": "._codecs.trading.sell_expired",
    "_models.account.set_account_currency": "._codecs.account.set_account_currency",
    "_models.account.set_financial_assessment": "._codecs.account.set_financial_assessment",
    "_models.account.set_self_exclusion": "._codecs.account.set_self_exclusion",
    "_models.account.set_settings": "._codecs.account.set_settings",
    "_models.trading.statement": "._codecs.trading.statement",
    "_models.market.states_list": "._codecs.market.states_list",
    "_models.market.ticks": "._codecs.market.ticks",
    "_models.market.ticks_batch": "._codecs.market.ticks_batch",
    "_models.market.ticks_history": "._codecs.market.ticks_history",
    "_models.system.time": "._codecs.system.time",
    "_models.account.tin_validations": "._codecs.account.tin_validations",
    "_models.account.tnc_approval": "._codecs.account.tnc_approval",
    "_models.account.topup_virtual": "._codecs.account.topup_virtual",
    "_models.market.trading_durations": "._codecs.market.trading_durations",
    "_models.platforms.trading_platform_investor_password_reset": "._codecs.platforms.trading_platform_investor_password_reset",
    "_models.platforms.trading_platform_password_reset": "._codecs.platforms.trading_platform_password_reset",
    "_models.platforms.trading_platform_status": "._codecs.platforms.trading_platform_status",
    "_models.platforms.trading_servers": "._codecs.platforms.trading_servers",
    "_models.market.trading_times": "._codecs.market.trading_times",
    "_models.account.transaction": "._codecs.account.transaction",
    "_models.payments.transfer_between_accounts": "._codecs.payments.transfer_between_accounts",
    "_models.account.unsubscribe_email": "._codecs.account.unsubscribe_email",
    "_models.account.verify_email": "._codecs.account.verify_email",
    "_models.system.website_config": "._codecs.system.website_config",
    "_models.system.website_status": "._codecs.system.website_status",
    "_models.market.landing_company_ctrader": "._codecs.market.landing_company_ctrader",
    "_models.market.landing_company_dxtrade_all_company": "._codecs.market.landing_company_dxtrade_all_company",
    "_models.market.landing_company_dxtrade_financial_company": "._codecs.market.landing_company_dxtrade_financial_company",
    "_models.market.landing_company_dxtrade_gaming_company": "._codecs.market.landing_company_dxtrade_gaming_company",
    "_models.market.landing_company_financial_company": "._codecs.market.landing_company_financial_company",
    "_models.market.landing_company_gaming_company": "._codecs.market.landing_company_gaming_company",
    "_models.market.landing_company_mt_all_company": "._codecs.market.landing_company_mt_all_company",
    "_models.market.landing_company_mt_financial_company": "._codecs.market.landing_company_mt_financial_company",
    "_models.market.landing_company_mt_gaming_company": "._codecs.market.landing_company_mt_gaming_company",
    "_models.market.landing_company_shared": "._codecs.market.landing_company_shared",
    "_models.trading.proposal_open_contract_audit_details": "._codecs.trading.proposal_open_contract_audit_details",
    "_models.trading.proposal_open_contract_cancellation": "._codecs.trading.proposal_open_contract_cancellation",
    "_models.trading.proposal_open_contract_is_valid_to_update": "._codecs.trading.proposal_open_contract_is_valid_to_update",
    "_models.trading.proposal_open_contract_limit_order": "._codecs.trading.proposal_open_contract_limit_order",
    "_models.trading.proposal_open_contract_subscription": "._codecs.trading.proposal_open_contract_subscription",
    "_models.trading.proposal_open_contract_tick_stream": "._codecs.trading.proposal_open_contract_tick_stream",
    "_models.trading.proposal_open_contract_transaction_ids": "._codecs.trading.proposal_open_contract_transaction_ids",
    "_models.trading.proposal_open_contract_validation_params": "._codecs.trading.proposal_open_contract_validation_params",
}
_PACKAGE = __name__.rpartition(".")[0]
_STRUCTURE = HookTable(_PACKAGE, _CODECS, "STRUCTURE")
_UNSTRUCTURE = HookTable(_PACKAGE, _CODECS, "UNSTRUCTURE")
_converter: cattrs.Converter | None = None


def converter() -> cattrs.Converter:
    """A cattrs converter with this package's fast hooks registered for every model."""
    global _converter
    if _converter is None:
        import cattrs

        instance = cattrs.Converter()
        for cls, decode in _STRUCTURE.items():
            # Registered by predicate: by class, cattrs would evaluate the model's annotations,
            # which fails for a model with a field named like a builtin it uses (``list``).
            instance.register_structure_hook_func(_exactly(cls), _ignore_type(decode))
            instance.register_unstructure_hook_func(_exactly(cls), _UNSTRUCTURE[cls])
        _converter = instance
    return _converter


def _exactly(cls: type[Any]) -> Callable[[Any], bool]:
    return lambda candidate: candidate is cls


def _ignore_type(decode: Callable[[Any], Any]) -> Callable[[Any, Any], Any]:
    return lambda data, _cls: decode(data)


def structure(data: Any, cls: type[Any]) -> Any:
    """Decodes JSON data (as `json.loads` returns it) into an instance of `cls`."""
    try:
        decode = _STRUCTURE[cls]
    except KeyError:
        raise TypeError(f"{cls!r} is not a model of this package") from None
    return decode(data)


def unstructure(obj: Any) -> Any:
    """The JSON data for a model instance (or a list or dict of them)."""
    return _encode_any(obj)
