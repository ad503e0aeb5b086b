"""Bad orders and amounts are refused by the client, naming the field, before anything is sent.

The rules come from the spec (decimal bounds and the order body's `if`/`then` rules, written
in generator/importers/okcoin_overlay.yaml); the simulator records every request it receives,
so an empty record proves nothing went out.
"""

from __future__ import annotations

import contextlib
from decimal import Decimal
from typing import Any

import pytest
from okcoin_v3_api import OkcoinClient, OkcoinError, ValidationError, models
from okcoin_v3_api.testing import OkcoinSimulator

from generator import ir
from tests.okcoin.conftest import call
from tests.okcoin.test_every_route import API, OPERATIONS, arguments

BTC = {"instrument_id": "BTC-USD"}


def _refused(sim: OkcoinSimulator, action: Any, field: str, rule: str) -> None:
    sim.clear_requests()
    with pytest.raises(ValidationError) as caught:
        action()
    assert (caught.value.field, rule in caught.value.rule) == (field, True), caught.value
    assert sim.requests == []


@pytest.mark.parametrize(
    ("kwargs", "field", "rule"),
    [
        ({"side": "buy", "price": Decimal("100"), "size": Decimal("-1")}, "size", "must be > 0"),
        ({"side": "buy", "price": Decimal("100"), "size": Decimal("0")}, "size", "must be > 0"),
        ({"side": "buy", "price": Decimal("-0.01"), "size": Decimal("1")}, "price", "> 0"),
        ({"side": "buy", "type": "market", "notional": Decimal("0")}, "notional", "> 0"),
        # The type defaults to limit, which needs both a price and a size.
        ({"side": "buy", "size": Decimal("1")}, "price", "required when type is 'limit'"),
        ({"side": "sell", "price": Decimal("100")}, "size", "required when type is 'limit'"),
        ({"side": "buy", "type": "limit", "price": Decimal("1")}, "size", "required when"),
        ({"side": "buy", "type": "market", "size": Decimal("1")}, "notional", "side is 'buy'"),
        ({"side": "sell", "type": "market", "notional": Decimal("5")}, "size", "side is 'sell'"),
    ],
)
def test_bad_spot_orders_never_reach_the_server(
    client: OkcoinClient, sim: OkcoinSimulator, kwargs: dict[str, Any], field: str, rule: str
) -> None:
    _refused(sim, lambda: client.spot.place_order(**BTC, **kwargs), field, rule)


def test_margin_orders_follow_the_same_rules(client: OkcoinClient, sim: OkcoinSimulator) -> None:
    _refused(
        sim,
        lambda: client.margin.place_order(**BTC, side="buy", type="market", size=Decimal(1)),
        "notional",
        "is required when type is 'market' and side is 'buy'",
    )


TRANSFER = {"currency": "BTC", "amount": Decimal("1"), "from_": "1", "to": "6"}
ALGO = {**BTC, "mode": "1", "size": Decimal("1"), "side": "buy"}


@pytest.mark.parametrize(
    ("operation", "kwargs", "field", "rule"),
    [
        ("account.transfer", {**TRANSFER, "type": "1"}, "sub_account", "type is '1' or '2'"),
        ("account.transfer", {**TRANSFER, "type": "2"}, "sub_account", "required when"),
        ("account.transfer", {**TRANSFER, "from_": "5"}, "instrument_id", "from is '5'"),
        ("account.transfer", {**TRANSFER, "to": "5"}, "to_instrument_id", "to is '5'"),
        ("spot.place_algo_order", {**ALGO, "order_type": "1"}, "trigger_price", "is '1'"),
        (
            "spot.place_algo_order",
            {**ALGO, "order_type": "2", "trigger_price": Decimal(1)},
            "callback_rate",
            "order_type is '2'",
        ),
        ("spot.place_algo_order", {**ALGO, "order_type": "3"}, "algo_variance", "is '3'"),
        ("spot.place_algo_order", {**ALGO, "order_type": "4"}, "sweep_range", "is '4'"),
        (
            "spot.amend_order",
            {**BTC, "cancel_on_fail": "0", "new_size": Decimal(2)},
            "order_id",
            "is required unless client_oid is given",
        ),
        (
            "margin.amend_order",
            {**BTC, "cancel_on_fail": "1", "client_oid": "a1"},
            "new_size",
            "is required unless new_price is given",
        ),
    ],
)
def test_other_conditional_arguments_are_checked(
    client: OkcoinClient,
    sim: OkcoinSimulator,
    operation: str,
    kwargs: dict[str, Any],
    field: str,
    rule: str,
) -> None:
    _refused(sim, lambda: call(client, operation, **kwargs), field, rule)


def test_the_rule_messages_say_the_whole_condition(
    client: OkcoinClient, sim: OkcoinSimulator
) -> None:
    with pytest.raises(ValidationError) as caught:
        client.spot.place_order(**BTC, side="buy", size=Decimal("1"))
    assert str(caught.value) == "price: is required when type is 'limit' or not given"


@pytest.mark.parametrize(
    ("order", "field"),
    [
        (models.SpotOrderRequest(**BTC, side="buy", type="market", size=Decimal(1)), "notional"),
        (models.SpotOrderRequest(**BTC, side="buy", price=Decimal(1)), "size"),
        ({**BTC, "side": "sell", "type": "market", "notional": Decimal("5")}, "size"),
        ({**BTC, "side": "sell", "type": "market", "size": Decimal("-2")}, "size"),
    ],
)
def test_every_order_of_a_batch_is_checked(
    client: OkcoinClient, sim: OkcoinSimulator, order: Any, field: str
) -> None:
    good = models.SpotOrderRequest(**BTC, side="buy", price=Decimal(1), size=Decimal(1))
    with pytest.raises(ValidationError) as caught:
        client.spot.place_orders(items=[good, order])
    assert caught.value.field == f"items[1].{field}"
    assert sim.requests == []


def test_every_change_of_a_batch_amend_is_checked(
    client: OkcoinClient, sim: OkcoinSimulator
) -> None:
    good = models.AmendOrderRequest(**BTC, order_id="1", new_price=Decimal("2"))
    nameless = models.AmendOrderRequest(**BTC, new_price=Decimal("2"))
    with pytest.raises(ValidationError, match=r"^items\[1\]\.order_id: is required unless"):
        client.spot.amend_orders(items=[good, nameless])
    unchanged = models.AmendOrderItem(client_oid="a1")
    with pytest.raises(ValidationError, match=r"^amend_data\[0\]\.new_size: is required unless"):
        client.margin.amend_orders(**BTC, amend_data=[unchanged])
    assert sim.requests == []


def test_batch_margin_orders_are_checked_too(client: OkcoinClient, sim: OkcoinSimulator) -> None:
    order = models.MarginOrderRequest(**BTC, side="sell", type="market", margin_trading="2")
    with pytest.raises(ValidationError, match=r"items\[0\]\.size: is required when"):
        client.margin.place_orders(items=[order])
    assert sim.requests == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {"side": "buy", "price": Decimal("100"), "size": Decimal("0.01")},
        {"side": "buy", "type": "market", "notional": Decimal("5")},
        {"side": "sell", "type": "market", "size": Decimal("0.01")},
    ],
)
def test_complete_orders_go_out_as_given(
    client: OkcoinClient, sim: OkcoinSimulator, kwargs: dict[str, Any]
) -> None:
    sim.clear_requests()
    # The client lets these through; whether the exchange fills them is not the point here.
    with contextlib.suppress(OkcoinError):
        client.spot.place_order(**BTC, **kwargs)
    (request,) = sim.requests
    sent = request.json()
    assert {key: sent[key] for key in kwargs} == {
        key: str(value) if isinstance(value, Decimal) else value for key, value in kwargs.items()
    }


def _unwrap(type_ref: ir.TypeRef) -> ir.TypeRef:
    return type_ref.inner if isinstance(type_ref, ir.NullableType) else type_ref


def _is_decimal(type_ref: ir.TypeRef) -> bool:
    inner = _unwrap(type_ref)
    return isinstance(inner, ir.ScalarType) and inner.kind is ir.ScalarKind.DECIMAL


def _decimal_params() -> list[tuple[ir.Operation, ir.Parameter]]:
    return [(op, param) for op in OPERATIONS for param in op.params if _is_decimal(param.type)]


DECIMAL_PARAMS = _decimal_params()


def _bound(type_ref: ir.TypeRef) -> tuple[Any, Any]:
    constraints = type_ref.constraints  # type: ignore[union-attr]
    return (constraints.exclusive_minimum, constraints.minimum)


def test_every_decimal_argument_and_request_field_has_a_lower_bound() -> None:
    assert len(DECIMAL_PARAMS) > 30
    for op, param in DECIMAL_PARAMS:
        bound = _bound(param.type)
        assert bound in ((0, None), (None, 0)), f"{op.operation_id}.{param.name}: {bound}"
    request_models = {
        "SpotOrderRequest",
        "MarginOrderRequest",
        "AmendOrderRequest",
        "AmendOrderItem",
    }
    fields = [
        (model.name, field)
        for model in API.models
        if model.name in request_models
        for field in model.fields
        if _is_decimal(field.type)
    ]
    assert len(fields) == 10
    for name, field in fields:
        assert _bound(_unwrap(field.type)) == (0, None), f"{name}.{field.name}"


@pytest.mark.parametrize(
    ("op", "param"),
    DECIMAL_PARAMS,
    ids=[f"{op.operation_id}.{param.name}" for op, param in DECIMAL_PARAMS],
)
def test_no_amount_below_its_bound_is_sent(
    client: OkcoinClient, sim: OkcoinSimulator, op: ir.Operation, param: ir.Parameter
) -> None:
    args = arguments(op, "1", everything=False)
    args[param.name] = Decimal("0") if _bound(param.type)[0] == 0 else Decimal("-0.01")
    _refused(sim, lambda: call(client, f"{op.group}.{op.name}", **args), param.name, "must be")
