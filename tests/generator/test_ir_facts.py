"""The loaders put in the IR every fact the flavors need, so no flavor reads the raw spec:
private fields, stream-only calls, follow-up streams, server defaults, envelopes and the
uniqueness of joined query arrays."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import ir
from generator.loaders.calls import load_calls
from generator.loaders.openapi import OpenApiLoader, SpecError, load_yaml

ROOT = Path(__file__).resolve().parents[2]
CALL_SPECS = ROOT / "specs" / "binary-com"


@pytest.fixture(scope="module")
def calls() -> ir.Api:
    api, _ = load_calls(CALL_SPECS)
    return api


@pytest.fixture(scope="module")
def binance() -> ir.Api:
    return OpenApiLoader(load_yaml(ROOT / "specs" / "binance-oauth.yaml")).load()


def _op(api: ir.Api, operation_id: str) -> ir.Operation:
    return next(op for op in api.operations if op.operation_id == operation_id)


def _param(op: ir.Operation, wire_name: str) -> ir.Parameter:
    return next(param for param in op.params if param.wire_name == wire_name)


def test_sensitive_arguments_and_fields_are_marked(calls: ir.Api) -> None:
    authorize = _op(calls, "authorize")
    assert _param(authorize, "authorize").sensitive
    assert _param(authorize, "tokens").sensitive
    assert not _param(authorize, "add_to_login_history").sensitive
    request = calls.model("AuthorizeRequest")
    marked = {field.wire_name for field in request.fields if field.sensitive}
    assert marked == {"authorize", "tokens"}


def test_a_field_defined_like_a_marked_one_is_private_too(calls: ir.Api) -> None:
    """paymentagent_withdraw's spec does not mark `verification_code`; confirm_email's
    identical property is marked."""
    spec = (CALL_SPECS / "paymentagent_withdraw.yaml").read_text(encoding="utf-8")
    assert "sensitive" not in spec
    assert _param(_op(calls, "paymentagent_withdraw"), "verification_code").sensitive
    assert not _param(_op(calls, "paymentagent_withdraw"), "amount").sensitive


def test_streams_say_whether_they_have_a_plain_form_and_their_follow_ups(calls: ir.Api) -> None:
    transaction = _op(calls, "transaction")
    assert transaction.streams and transaction.stream_only
    ticks = _op(calls, "ticks")
    assert ticks.streams and not ticks.stream_only
    assert not _op(calls, "ping").stream_only
    assert _op(calls, "buy").follow_ups == ("proposal_open_contract",)
    assert _op(calls, "ticks_history").follow_ups == ("ticks",)
    assert _op(calls, "ticks").follow_ups == ()


def test_server_defaults_come_from_the_send_schema(calls: ir.Api) -> None:
    defaults = dict(_op(calls, "ticks_history").server_defaults)
    assert defaults["count"] == "5000"
    assert defaults["style"] == "ticks"
    assert dict(_op(calls, "authorize").server_defaults) == {"add_to_login_history": 0}


def test_a_follow_up_without_a_spec_is_refused(tmp_path: Path) -> None:
    shutil.copy(CALL_SPECS / "buy.yaml", tmp_path / "buy.yaml")
    with pytest.raises(SpecError, match="follow-up call 'proposal_open_contract' has no spec"):
        load_calls(tmp_path)


def test_envelopes_and_joined_arrays_are_in_the_openapi_ir(binance: ir.Api) -> None:
    assert {op.operation_id for op in binance.operations if op.envelope} == {
        "user_info",
        "oauth_revoke_token",
    }
    scope = _param(_op(binance, "oauth_authorization_url"), "scope")
    assert isinstance(scope.type, ir.ListType)
    assert (scope.style, scope.explode, scope.unique_items) == ("form", False, True)
    assert not _param(_op(binance, "oauth_authorization_url"), "client_id").unique_items
