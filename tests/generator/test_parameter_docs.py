"""Every argument of every generated method is documented from the spec's facts; the
Binary.com calls people use most describe each argument in our words; help(OkcoinClient)
shows its options, groups and methods; iter_* methods explain `limit`."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from binance_oauth_api import BinanceOAuthClient
from binary_com_api import BinaryComClient
from okcoin_v3_api import OkcoinClient

from generator import ir
from generator.render.plans import type_facts

COMMON_CALLS = [
    "authorize",
    "balance",
    "ticks",
    "ticks_history",
    "active_symbols",
    "contracts_for",
    "proposal",
    "buy",
    "sell",
    "proposal_open_contract",
    "portfolio",
    "profit_table",
    "statement",
    "transaction",
    "forget",
    "forget_all",
    "get_settings",
]
# Members of the clients that are not generated per operation.
HAND_WRITTEN = {"send", "request", "pipeline", "connect", "close", "oauth_url", "sync_time"}


def _rest_methods(client_class: type) -> Iterator[tuple[str, Callable[..., Any]]]:
    for group, group_class in inspect.get_annotations(client_class, eval_str=True).items():
        for name, method in inspect.getmembers(group_class, inspect.isfunction):
            if not name.startswith("_"):
                yield f"{group}.{name}", method


def _generated_methods() -> Iterator[tuple[str, Callable[..., Any]]]:
    yield from _rest_methods(OkcoinClient)
    for name, method in inspect.getmembers(BinaryComClient, inspect.isfunction):
        if not name.startswith("_") and name not in HAND_WRITTEN:
            yield name, method


GENERATED = dict(_generated_methods())


def test_the_clients_have_generated_methods_to_check() -> None:
    assert len(GENERATED) > 250
    assert "spot.place_order" in GENERATED and "ticks_history" in GENERATED


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_every_argument_has_a_line_of_its_own(name: str) -> None:
    method = GENERATED[name]
    doc = inspect.getdoc(method) or ""
    assert "Arguments:" in doc, name
    listed = doc.split("Arguments:", 1)[1]
    for parameter in list(inspect.signature(method).parameters)[1:]:
        assert f"- ``{parameter}``" in listed, f"{name}: {parameter} undocumented"


@pytest.mark.parametrize("call", COMMON_CALLS)
def test_the_common_calls_describe_every_argument(call: str) -> None:
    methods = [
        getattr(BinaryComClient, name)
        for name in (call, f"subscribe_{call}")
        if hasattr(BinaryComClient, name)
    ]
    assert methods, call
    for method in methods:
        doc = inspect.getdoc(method) or ""
        items = doc.split("Arguments:", 1)[1].strip().split("\n- ")
        for item in items:
            head, _, description = " ".join(item.split()).partition("): ")
            described = description or head.partition(": ")[2]
            assert len(described) > 10, f"{call}: {head} has no description"


def test_the_arguments_the_newcomer_asked_about_are_explained() -> None:
    history = inspect.getdoc(BinaryComClient.ticks_history) or ""
    assert "'latest'" in " ".join(history.split())
    proposal = " ".join((inspect.getdoc(BinaryComClient.proposal) or "").split())
    for words in ("``basis`` (one of 'payout', 'stake')", "'t' ticks", "'d' days"):
        assert words in proposal


def test_facts_come_from_the_spec() -> None:
    count = ir.ScalarType(ir.ScalarKind.INT, ir.Constraints(minimum=0, maximum=500))
    assert type_facts(count) == "int from 0 to 500"
    assert type_facts(ir.LiteralType(("ASC", "DESC"))) == "one of 'ASC', 'DESC'"
    assert type_facts(ir.LiteralType((1,))) == "only 1"
    symbols = ir.ListType(
        ir.ScalarType(ir.ScalarKind.STR, ir.Constraints(pattern="^\\w+$")),
        ir.Constraints(min_items=1, max_items=25),
    )
    assert type_facts(ir.NullableType(symbols)) == (
        "list of str matching ``^\\w+$`` (1 to 25 items), or None"
    )
    amount = ir.ScalarType(ir.ScalarKind.DECIMAL, ir.Constraints(exclusive_minimum=0))
    assert type_facts(amount) == "Decimal above 0"
    ticks = inspect.getdoc(BinaryComClient.ticks_history) or ""
    assert "server default 'ticks'" in ticks and "int from 0 to 9999999999" in ticks


def test_help_of_the_okcoin_client_lists_options_groups_and_methods() -> None:
    doc = inspect.getdoc(OkcoinClient) or ""
    for option in list(inspect.signature(OkcoinClient.__init__).parameters)[1:]:
        assert f"``{option}``" in doc, option
    flat = " ".join(doc.split())
    groups = inspect.get_annotations(OkcoinClient, eval_str=True)
    assert groups
    for group, group_class in groups.items():
        assert f"- ``{group}`` (`{group_class.__name__}`)" in flat
        for name, _method in inspect.getmembers(group_class, inspect.isfunction):
            if not name.startswith("_"):
                assert name in flat, f"{group}.{name}"


def test_iterators_explain_limit() -> None:
    iterators = [(name, method) for name, method in GENERATED.items() if ".iter_" in name] + [
        (name, method)
        for name, method in inspect.getmembers(BinanceOAuthClient, inspect.isfunction)
        if name.startswith("iter_")
    ]
    assert iterators
    for name, method in iterators:
        doc = " ".join((inspect.getdoc(method) or "").split())
        if "limit" in inspect.signature(method).parameters:
            assert "``limit`` is the page size" in doc, name
            assert "not how many are yielded in all" in doc, name


def test_a_description_of_an_argument_the_call_lacks_stops_a_real_import() -> None:
    from generator.importers import binary_com

    send: dict[str, Any] = {"type": "object", "properties": {"a": {"type": "string"}}}
    docs = {"demo": {"a": "Our words.", "b": "Gone."}}
    with pytest.raises(ValueError, match=r"'demo' params describe arguments .*: b"):
        binary_com._describe("demo", send, docs, strict=True)
    described = binary_com._describe("demo", send, docs, strict=False)
    assert described["properties"] == {"a": {"description": "Our words.", "type": "string"}}
