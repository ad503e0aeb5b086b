"""A route's description reaches its method's docstring: what `help()` shows a caller."""

from __future__ import annotations

import typing

import pytest
from okcoin_v3_api import _client, models


@pytest.mark.parametrize("group", [_client.SpotApi, _client.MarginApi])
def test_cancel_order_documents_the_two_shapes_it_returns(group: type) -> None:
    method = group.cancel_order
    hints = typing.get_type_hints(method, {**vars(_client), "models": models})
    assert hints["return"] == models.OrderResult | dict[str, list[models.OrderResult]]
    doc = " ".join((method.__doc__ or "").split())
    assert "one of two shapes" in doc
    assert "isinstance(reply, OrderResult)" in doc
