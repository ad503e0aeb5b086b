"""Import the Binary.com WebSocket API v3 call schemas into ``specs/binary-com/``.

The upstream reference keeps one folder per call, each holding ``send.json`` (the request)
and ``receive.json`` (the response), written as JSON Schema draft-04 plus two non-standard
keys, ``auth_required`` (0/1) and ``auth_scopes`` (list of token scopes).

This module turns every such folder into ``<call>.yaml`` in the project's WebSocket call
spec format (see ``specs/README.md``)::

    call, summary, group, auth {required, scopes}, streams, idempotent, send, receive

Rules applied while converting:

* Prose never carries over: the ``description``, ``title``, ``$schema`` and ``examples``
  keywords are dropped at every schema position (nested properties, array items,
  ``oneOf``/``anyOf``/``allOf`` branches, ``patternProperties``, definitions, ...).  The
  walk is keyword-aware, so a *property* that happens to be called ``description``, ``title``
  or ``default`` is kept.
* Every other keyword (types, enums, patterns, bounds, ``required``, ``additionalProperties``,
  ``default``, ``format``, ``$ref`` and the non-standard ``sensitive`` flag) is kept as is,
  in upstream order; the order of ``properties`` drives the generated method signatures.
* ``auth_required``/``auth_scopes`` are lifted from the request schema into ``auth`` and
  removed from both schemas.
* ``streams`` is true when the request accepts a top-level ``subscribe`` property.
* ``idempotent`` (may the client resend the call on its own) is true only for the calls in
  our list of reads, :data:`SAFE_CALLS`; false for those in :data:`UNSAFE_CALLS`, and false
  with a warning for a call on neither list (a call we have never looked at is not resent).
* ``summary`` and ``group`` come from ``binary_com_summaries.yaml`` next to this module;
  a call missing there gets a fallback built from its name, group ``misc``, and a warning.
  An entry's optional ``params`` (argument name -> our description) become the
  ``description`` of those request properties; one naming no property stops the import.
* An entry of our own lists (summaries, safe, unsafe) naming a call upstream no longer has
  is stale: the import refuses to write anything until it is removed, so no leftover decides
  the fate of a call that comes back later under the same name.

:func:`import_calls` returns an :class:`ImportReport`: calls added, removed (their spec files
are deleted) and changed, and the warnings.

The output is deterministic: importing the same folder twice gives byte-identical files.

Command line: ``python -m generator.importers.binary_com SRC_DIR [OUT_DIR]``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import attrs
import yaml

from generator.importers.stamp import HandEditError, check_overwrites, stamped

__all__ = [
    "DEFAULT_OUT_DIR",
    "DROPPED_KEYWORDS",
    "FALLBACK_GROUP",
    "NON_IDEMPOTENT_CALLS",
    "SAFE_CALLS",
    "SUMMARIES_PATH",
    "UNSAFE_CALLS",
    "ImportReport",
    "Safety",
    "StaleEntriesError",
    "clean_schema",
    "convert_call",
    "convert_folder",
    "dump_spec",
    "import_calls",
    "load_summaries",
    "main",
    "stale_entries",
    "upstream_calls",
]

JSONObject = dict[str, Any]

SUMMARIES_PATH = Path(__file__).with_name("binary_com_summaries.yaml")
"""Per-call ``{summary, group}`` written for this project."""

DEFAULT_OUT_DIR = Path(__file__).resolve().parents[2] / "specs" / "binary-com"
WRITTEN_BY = (
    "Written by `python -m generator import-calls` from upstream's JSON Schemas and "
    "generator/importers/ (binary_com_summaries.yaml, the safety lists): change those."
)
"""Where the committed specs live (``<repo>/specs/binary-com``)."""

FALLBACK_GROUP = "misc"

DROPPED_KEYWORDS = frozenset({"description", "title", "$schema", "examples"})
"""Annotation keywords removed at every schema position."""

AUTH_KEYWORDS = frozenset({"auth_required", "auth_scopes"})
"""Non-standard upstream keys lifted into the spec's ``auth`` block."""

# Keywords whose value maps names to sub-schemas.
_SCHEMA_MAP_KEYWORDS = frozenset({"properties", "patternProperties", "definitions", "$defs"})
# Keywords whose value is one sub-schema (``items`` and ``dependencies`` are handled apart).
_SCHEMA_KEYWORDS = frozenset(
    {
        "additionalProperties",
        "additionalItems",
        "not",
        "if",
        "then",
        "else",
        "propertyNames",
        "contains",
    }
)
# Keywords whose value is a list of sub-schemas.
_SCHEMA_LIST_KEYWORDS = frozenset({"allOf", "anyOf", "oneOf"})
# Keywords whose value is instance data or a plain constraint: copied verbatim, never walked.
_DATA_KEYWORDS = frozenset(
    {
        "type",
        "enum",
        "const",
        "default",
        "required",
        "pattern",
        "format",
        "$ref",
        "$id",
        "id",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
        "sensitive",
    }
)

# Calls that move money, trade, or change account/session state: a client must not resend
# them on its own after a reconnect.
UNSAFE_CALLS = frozenset(
    {
        "api_token",  # creates or deletes API tokens
        "app_delete",  # removes a registered application
        "app_register",  # creates a new application
        "app_update",  # rewrites an application's settings
        "buy",  # buys a contract (spends money)
        "buy_contract_for_multiple_accounts",  # buys on several accounts at once
        "cancel",  # cancels an open contract
        "cashier",  # deposit/withdrawal flow, may move money
        "confirm_email",  # consumes a one-time verification code
        "contract_update",  # changes stop-loss/take-profit of an open contract
        "copy_start",  # starts copying a trader's trades
        "copy_stop",  # stops copying a trader
        "document_upload",  # starts a KYC document upload
        "exchange_verification_code",  # consumes a code and issues a new one
        "identity_verification_document_add",  # stores identity document details
        "logout",  # ends the session and invalidates its token
        "mt5_deposit",  # moves money into an MT5 account
        "mt5_new_account",  # opens an MT5 account
        "mt5_password_change",  # changes an MT5 password
        "mt5_password_reset",  # resets an MT5 password with a one-time code
        "mt5_withdrawal",  # moves money out of an MT5 account
        "new_account_maltainvest",  # opens a real-money account
        "new_account_real",  # opens a real-money account
        "new_account_virtual",  # opens a demo account
        "new_partner_account",  # opens a partner account
        "p2p_advert_create",  # publishes a P2P advert
        "p2p_advert_update",  # edits or deletes a P2P advert
        "p2p_advertiser_create",  # registers the client as a P2P advertiser
        "p2p_advertiser_payment_methods",  # may add, edit or remove payment methods
        "p2p_advertiser_relations",  # may add or remove favourite/blocked advertisers
        "p2p_advertiser_update",  # edits the advertiser profile
        "p2p_chat_create",  # opens a chat channel for an order
        "p2p_order_cancel",  # cancels a P2P order
        "p2p_order_confirm",  # confirms payment/release of a P2P order
        "p2p_order_create",  # places a P2P order (locks funds)
        "p2p_order_dispute",  # raises a dispute on a P2P order
        "p2p_order_review",  # posts a review of a P2P order
        "partner_account_creation",  # starts the partner account creation process
        "partner_settings_update",  # changes partner settings
        "paymentagent_create",  # registers as a payment agent
        "paymentagent_transfer",  # payment agent sends money to a client
        "paymentagent_withdraw",  # client withdraws money through a payment agent
        "paymentagent_withdraw_justification",  # files a justification for a withdrawal
        "revoke_oauth_app",  # revokes an application's access
        "sell",  # sells a contract
        "sell_contract_for_multiple_accounts",  # sells on several accounts at once
        "sell_expired",  # settles expired contracts
        "set_account_currency",  # fixes the account currency (one-time change)
        "set_financial_assessment",  # stores questionnaire answers
        "set_self_exclusion",  # changes self-exclusion limits
        "set_settings",  # changes personal settings
        "tnc_approval",  # records acceptance of terms and conditions
        "topup_virtual",  # adds demo money to a virtual account
        "trading_platform_investor_password_reset",  # resets an investor password
        "trading_platform_password_reset",  # resets a trading platform password
        "transfer_between_accounts",  # moves money between the user's accounts
        "unsubscribe_email",  # changes email subscription preferences
        "verify_email",  # sends an email containing a new one-time code
    }
)
NON_IDEMPOTENT_CALLS = UNSAFE_CALLS
"""The former name of :data:`UNSAFE_CALLS`."""

# Calls that only read (or whose repetition changes nothing): the client may resend them after
# a reconnect and retry them when rate limited.  A call must be named here to be resent.
SAFE_CALLS = frozenset(
    {
        "account_list",
        "active_symbols",
        "app_get",
        "app_list",
        "app_markup_details",
        "app_markup_statistics",
        "asset_index",
        "authorize",  # logs the connection in again with the same token
        "balance",
        "contract_update_history",
        "contracts_for",
        "contracts_for_company",
        "copytrading_list",
        "copytrading_statistics",
        "crypto_config",
        "crypto_estimations",
        "economic_calendar",
        "exchange_rates",
        "financial_assessment_questions",
        "forget",  # stops a stream; stopping it twice changes nothing
        "forget_all",  # stops streams of a type; twice changes nothing
        "get_account_status",
        "get_financial_assessment",
        "get_limits",
        "get_self_exclusion",
        "get_settings",
        "get_third_party_redirect",
        "kyc_auth_status",
        "landing_company",
        "landing_company_details",
        "login_history",
        "mt5_get_settings",
        "mt5_login_list",
        "mt5_password_check",  # checks a password, changes nothing
        "new_account_check_duplicate_name_and_dob",
        "new_account_check_duplicate_phone_and_dob",
        "oauth_apps",
        "p2p_advert_info",
        "p2p_advert_list",
        "p2p_advertiser_adverts",
        "p2p_advertiser_info",
        "p2p_advertiser_list",
        "p2p_country_list",
        "p2p_order_info",
        "p2p_order_list",
        "p2p_payment_methods",
        "p2p_ping",  # keeps the P2P session alive
        "p2p_settings",
        "partner_account_creation_status",
        "partner_accounts",
        "partner_settings",
        "payment_methods",
        "paymentagent_details",
        "paymentagent_list",
        "payout_currencies",
        "ping",
        "portfolio",
        "profit_table",
        "proposal",  # prices a contract, buys nothing
        "proposal_open_contract",
        "reality_check",
        "residence_list",
        "statement",
        "states_list",
        "ticks",
        "ticks_batch",
        "ticks_history",
        "time",
        "tin_validations",
        "trading_durations",
        "trading_platform_status",
        "trading_servers",
        "trading_times",
        "transaction",
        "website_config",
        "website_status",
    }
)


@attrs.frozen
class Safety:
    """Our two lists of calls: those a client may resend, and those it must not."""

    safe: frozenset[str] = SAFE_CALLS
    unsafe: frozenset[str] = UNSAFE_CALLS

    def __attrs_post_init__(self) -> None:
        both = sorted(self.safe & self.unsafe)
        if both:
            raise ValueError(f"calls on both the safe and the unsafe list: {', '.join(both)}")

    def idempotent(self, name: str, warnings: list[str]) -> bool:
        """True only for a call on the safe list; an unlisted call is unsafe, with a warning."""
        if name in self.safe:
            return True
        if name not in self.unsafe:
            warnings.append(
                f"call {name!r} is on neither SAFE_CALLS nor UNSAFE_CALLS in "
                "generator/importers/binary_com.py: imported as unsafe (never resent); "
                "add it to one of the lists"
            )
        return False


class _Dumper(yaml.SafeDumper):
    """Safe YAML dumper that never writes anchors/aliases for repeated values."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


# --------------------------------------------------------------------------- schema cleaning


def clean_schema(schema: Any) -> Any:
    """Return a copy of ``schema`` without annotation keywords, at every nesting level.

    Dropped: :data:`DROPPED_KEYWORDS`.  Walked into: ``properties``, ``patternProperties``,
    ``definitions``/``$defs`` (by name), ``items``, ``additionalProperties`` and the other
    single sub-schema keywords, ``allOf``/``anyOf``/``oneOf`` and schema-valued
    ``dependencies``.  Keywords holding data (``enum``, ``default``, ``const``,
    ``required``, ...) are copied verbatim.  An unknown keyword whose value is an object
    (or a list of objects) is treated as holding schemas, so prose can never slip through
    a malformed upstream schema.  Key order is preserved.
    """
    if not isinstance(schema, dict):
        return _copy_data(schema)
    out: JSONObject = {}
    for key, value in schema.items():
        if key in DROPPED_KEYWORDS:
            continue
        if key in _DATA_KEYWORDS:
            out[key] = _copy_data(value)
        elif key in _SCHEMA_MAP_KEYWORDS and isinstance(value, dict):
            out[key] = {name: clean_schema(sub) for name, sub in value.items()}
        elif key == "dependencies" and isinstance(value, dict):
            # A dependency is either a list of property names or a sub-schema.
            out[key] = {
                name: clean_schema(sub) if isinstance(sub, dict) else _copy_data(sub)
                for name, sub in value.items()
            }
        elif key in _SCHEMA_KEYWORDS or key == "items":
            out[key] = _clean_schema_or_list(value)
        elif key in _SCHEMA_LIST_KEYWORDS and isinstance(value, list):
            out[key] = [clean_schema(sub) for sub in value]
        else:
            # Unknown or non-standard keyword: walk objects conservatively, copy scalars.
            out[key] = _clean_schema_or_list(value)
    return out


def _clean_schema_or_list(value: Any) -> Any:
    if isinstance(value, dict):
        return clean_schema(value)
    if isinstance(value, list):
        return [
            clean_schema(item) if isinstance(item, dict) else _copy_data(item) for item in value
        ]
    return _copy_data(value)


def _copy_data(value: Any) -> Any:
    """Deep copy of a JSON value (fresh containers, so YAML output has no aliases)."""
    if isinstance(value, dict):
        return {key: _copy_data(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy_data(item) for item in value]
    return value


# --------------------------------------------------------------------------- summaries


def load_summaries(path: Path = SUMMARIES_PATH) -> dict[str, dict[str, str]]:
    """Read the ``{call: {summary, group}}`` file; validate its shape."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of call names")
    result: dict[str, dict[str, str]] = {}
    for call, entry in data.items():
        if (
            not isinstance(call, str)
            or not isinstance(entry, dict)
            or not {"summary", "group"} <= set(entry) <= {"summary", "group", "params"}
            or not isinstance(entry.get("summary"), str)
            or not isinstance(entry.get("group"), str)
        ):
            raise ValueError(
                f"{path}: entry {call!r} must hold 'summary' and 'group' (and maybe 'params')"
            )
        result[call] = {"summary": entry["summary"], "group": entry["group"]}
    return result


def load_param_docs(path: Path = SUMMARIES_PATH) -> dict[str, dict[str, str]]:
    """Our descriptions of request arguments: ``{call: {argument: text}}`` from the
    ``params`` of the summaries file's entries."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    result: dict[str, dict[str, str]] = {}
    for call, entry in data.items():
        params = entry.get("params") if isinstance(entry, dict) else None
        if params is None:
            continue
        if not isinstance(params, dict) or not all(
            isinstance(name, str) and isinstance(text, str) and text.strip()
            for name, text in params.items()
        ):
            raise ValueError(f"{path}: {call!r} params must map argument names to text")
        result[call] = dict(params)
    return result


@lru_cache(maxsize=1)
def _default_param_docs() -> Mapping[str, Mapping[str, str]]:
    return {"*": COMMON_PARAM_DOCS, **load_param_docs(SUMMARIES_PATH)}


# Arguments every call may take, described once for all.
COMMON_PARAM_DOCS = {
    "passthrough": (
        "Any JSON object: the server returns it unchanged in the answer's echo_req, so an "
        "answer can carry context of your own."
    ),
}


def _describe(
    name: str, send: JSONObject, param_docs: Mapping[str, Mapping[str, str]], *, strict: bool
) -> JSONObject:
    """`send` with our description first in each documented property: the call's own, and
    those under "*" (every call) for the arguments it takes. `strict`: a description of an
    argument the call does not take is an error (it would rot unseen), else it is skipped."""
    properties = send.get("properties")
    taken = properties if isinstance(properties, dict) else {}
    docs = {
        **{key: text for key, text in param_docs.get("*", {}).items() if key in taken},
        **param_docs.get(name, {}),
    }
    unknown = sorted(set(docs) - set(taken))
    docs = {key: text for key, text in docs.items() if key in taken}
    if unknown and strict:
        raise ValueError(
            f"{SUMMARIES_PATH.name}: {name!r} params describe arguments the call does not "
            f"take: {', '.join(unknown)}"
        )
    if not docs or not isinstance(properties, dict):
        return send
    described = {
        key: {"description": docs[key], **schema} if key in docs else schema
        for key, schema in properties.items()
    }
    return {**send, "properties": described}


@lru_cache(maxsize=1)
def _default_summaries() -> Mapping[str, Mapping[str, str]]:
    return load_summaries(SUMMARIES_PATH)


def _summary_for(
    name: str, summaries: Mapping[str, Mapping[str, str]], warnings: list[str]
) -> tuple[str, str]:
    entry = summaries.get(name)
    if entry is None:
        warnings.append(
            f"call {name!r} has no summary in {SUMMARIES_PATH.name}: "
            f"using a fallback and group {FALLBACK_GROUP!r}"
        )
        return f"Calls {name}.", FALLBACK_GROUP
    return entry["summary"], entry["group"]


# --------------------------------------------------------------------------- conversion


def _auth(send: Mapping[str, Any]) -> JSONObject:
    scopes = send.get("auth_scopes") or []
    if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes):
        raise ValueError(f"auth_scopes must be a list of strings, got {scopes!r}")
    return {"required": bool(send.get("auth_required", 0)), "scopes": sorted(set(scopes))}


def _without_auth(schema: Mapping[str, Any]) -> JSONObject:
    return {key: value for key, value in schema.items() if key not in AUTH_KEYWORDS}


def convert_call(
    name: str,
    send: Mapping[str, Any],
    receive: Mapping[str, Any],
    *,
    summaries: Mapping[str, Mapping[str, str]] | None = None,
    safety: Safety | None = None,
    warnings: list[str] | None = None,
    param_docs: Mapping[str, Mapping[str, str]] | None = None,
) -> JSONObject:
    """Convert one upstream call (its request and response schemas) into a spec mapping.

    ``auth`` is taken from the request schema (the response sometimes repeats the keys;
    they are dropped there).  ``summaries`` defaults to ``binary_com_summaries.yaml`` and
    ``safety`` to our lists.  Warnings go to ``warnings`` when given, else to stderr.
    """
    # Our descriptions must match the call only in a real import (our summaries too); with
    # summaries of a test's own, they apply where they fit.
    strict = summaries is None
    if param_docs is None:
        param_docs = _default_param_docs()
    if summaries is None:
        summaries = _default_summaries()
    collected: list[str] = [] if warnings is None else warnings
    start = len(collected)
    summary, group = _summary_for(name, summaries, collected)
    idempotent = (safety or Safety()).idempotent(name, collected)
    if warnings is None:
        for line in collected[start:]:
            print(f"warning: binary_com: {line}", file=sys.stderr)
    properties = send.get("properties")
    streams = isinstance(properties, dict) and "subscribe" in properties
    return {
        "call": name,
        "summary": summary,
        "group": group,
        "auth": _auth(send),
        "streams": streams,
        "idempotent": idempotent,
        "send": _describe(name, clean_schema(_without_auth(send)), param_docs, strict=strict),
        "receive": clean_schema(_without_auth(receive)),
    }


def dump_spec(spec: Mapping[str, Any]) -> str:
    """Serialise a spec deterministically (upstream key order, UTF-8, no aliases)."""
    text = yaml.dump(
        dict(spec),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return stamped(str(text), WRITTEN_BY)


# --------------------------------------------------------------------------- import


def upstream_calls(src_dir: Path) -> list[str]:
    """Names of the per-call folders (those holding a ``send.json``), sorted."""
    return sorted(
        entry.name
        for entry in src_dir.iterdir()
        if entry.is_dir() and not entry.name.startswith(".") and (entry / "send.json").is_file()
    )


def _read_json(path: Path) -> JSONObject:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object")
    return data


class StaleEntriesError(ValueError):
    """Our own lists name calls upstream no longer has; the message lists every entry."""


@attrs.frozen
class ImportReport:
    """What an import did to the spec folder, call names sorted."""

    written: tuple[Path, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]
    warnings: tuple[str, ...]

    def lines(self) -> list[str]:
        """One line per fact, for a maintainer to read before running `diff`."""
        out = [f"wrote {len(self.written)} call specs"]
        for what, names in (("added", self.added), ("removed", self.removed)):
            out += [f"{what}: {name}" for name in names]
        out += [f"changed: {name}" for name in self.changed]
        out += [f"warning: {line}" for line in self.warnings]
        return out


def stale_entries(
    calls: Sequence[str],
    summaries: Mapping[str, Mapping[str, str]],
    safety: Safety,
) -> list[str]:
    """Entries of our own lists that name no upstream call, one description each."""
    known = set(calls)
    stale = [f"{name!r} in {SUMMARIES_PATH.name}" for name in sorted(set(summaries) - known)]
    stale += [f"{name!r} in SAFE_CALLS" for name in sorted(safety.safe - known)]
    stale += [f"{name!r} in UNSAFE_CALLS" for name in sorted(safety.unsafe - known)]
    return stale


def convert_folder(
    src_dir: Path,
    *,
    summaries: Mapping[str, Mapping[str, str]] | None = None,
    safety: Safety | None = None,
    warnings: list[str] | None = None,
    param_docs: Mapping[str, Mapping[str, str]] | None = None,
) -> dict[str, JSONObject]:
    """Every upstream call folder of ``src_dir`` converted, by call name (sorted).

    Raises ``ValueError`` when ``src_dir`` is not a folder of calls.
    """
    src_dir = Path(src_dir)
    if not src_dir.is_dir():
        raise ValueError(f"{src_dir}: not a folder of upstream call schemas")
    calls = upstream_calls(src_dir)
    if not calls:
        raise ValueError(f"{src_dir}: no call folders with a send.json found")
    collected: list[str] = [] if warnings is None else warnings
    specs: dict[str, JSONObject] = {}
    for name in calls:
        folder = src_dir / name
        receive = folder / "receive.json"
        if not receive.is_file():
            raise FileNotFoundError(f"{receive}: missing (every call folder needs both schemas)")
        specs[name] = convert_call(
            name,
            _read_json(folder / "send.json"),
            _read_json(receive),
            summaries=summaries,
            safety=safety,
            warnings=collected,
            param_docs=param_docs,
        )
    return specs


def import_calls(
    src_dir: Path,
    out_dir: Path,
    *,
    summaries: Mapping[str, Mapping[str, str]] | None = None,
    safety: Safety | None = None,
    force: bool = False,
) -> ImportReport:
    """Write ``out_dir/<call>.yaml`` for every upstream call folder in ``src_dir``.

    Spec files in ``out_dir`` without an upstream folder any more are deleted and reported as
    removed.  Nothing is written when ``src_dir`` holds no call folders (``ValueError``, so a
    wrong path cannot wipe ``out_dir``), when our own lists still name calls upstream no
    longer has (:class:`StaleEntriesError`), or when a spec file the import would change or
    delete was edited by hand since it was imported (:class:`HandEditError`, unless
    ``force``).
    """
    src_dir = Path(src_dir)
    out_dir = Path(out_dir)
    summaries_given = summaries
    summaries = _default_summaries() if summaries is None else summaries
    safety = safety or Safety()
    calls = upstream_calls(src_dir) if src_dir.is_dir() else []
    if calls:
        stale = stale_entries(calls, summaries, safety)
        if stale:
            raise StaleEntriesError(
                "our lists name calls upstream no longer has; remove these entries "
                "(generator/importers/) and import again: " + "; ".join(stale)
            )
    warnings: list[str] = []
    specs = convert_folder(src_dir, summaries=summaries_given, safety=safety, warnings=warnings)
    texts = {name: dump_spec(spec) for name, spec in specs.items()}
    before = {path.stem: path.read_bytes() for path in out_dir.glob("*.yaml")}
    removed = sorted(set(before) - set(specs))
    writes: dict[Path, str | None] = {
        out_dir / f"{name}.yaml": text for name, text in texts.items()
    }
    writes.update({out_dir / f"{name}.yaml": None for name in removed})
    check_overwrites(writes, force=force)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    changed: list[str] = []
    for name, text in texts.items():
        data = text.encode("utf-8")
        if name in before and before[name] != data:
            changed.append(name)
        target = out_dir / f"{name}.yaml"
        target.write_bytes(data)
        written.append(target)
    for name in removed:
        (out_dir / f"{name}.yaml").unlink()
    return ImportReport(
        written=tuple(sorted(written)),
        added=tuple(sorted(set(specs) - set(before))),
        removed=tuple(removed),
        changed=tuple(changed),
        warnings=tuple(warnings),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m generator.importers.binary_com SRC_DIR [OUT_DIR]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) not in (1, 2) or args[0] in ("-h", "--help"):
        print(
            "usage: python -m generator.importers.binary_com SRC_DIR [OUT_DIR]\n"
            f"  OUT_DIR defaults to {DEFAULT_OUT_DIR}",
            file=sys.stderr,
        )
        return 2
    out_dir = Path(args[1]) if len(args) == 2 else DEFAULT_OUT_DIR
    try:
        report = import_calls(Path(args[0]), out_dir)
    except HandEditError as error:
        print(error.diff, end="", file=sys.stderr)
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print("\n".join(report.lines()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
