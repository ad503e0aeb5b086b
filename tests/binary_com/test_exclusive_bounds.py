"""Call specs are JSON Schema draft 4, where `exclusiveMinimum: true` makes `minimum`
exclusive: found by the differential test (tests/differential/), the client let
`amount=0` through where the spec asks for more than 0."""

from __future__ import annotations

import pytest
from binary_com_api import BinaryComClient, ValidationError

from tests.binary_com.conftest import CALLS

OFFER = {"amount": 10.0, "max_order_amount": 5.0, "min_order_amount": 1.0, "rate": 1.5}


def test_the_ir_keeps_the_bound_exclusive() -> None:
    amount = next(param for param in CALLS["p2p_advert_create"].params if param.name == "amount")
    constraints = amount.type.constraints
    assert (constraints.minimum, constraints.exclusive_minimum) == (None, 0)


@pytest.mark.parametrize("name", sorted(OFFER.keys() - {"rate"}))
def test_zero_is_refused_before_anything_is_sent(name: str) -> None:
    client = BinaryComClient(1089, endpoint="ws://127.0.0.1:9/never-connected")
    with pytest.raises(ValidationError) as caught:
        client.p2p_advert_create(**{**OFFER, name: 0}, type="sell")
    assert caught.value.field == name
