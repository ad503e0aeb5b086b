"""Argument checks of generator/runtime/core/validate.py that the call tests do not reach."""

from __future__ import annotations

from typing import Any

import pytest

from generator.runtime.core import validate
from generator.runtime.core.errors import ValidationError


@pytest.mark.parametrize("value", [[], ["brief"], {}, {"brief": 1}, {"brief"}])
def test_an_enum_refuses_a_list_or_a_dict_by_name(value: Any) -> None:
    """Found by the differential test (tests/differential/): `active_symbols=[]` raised
    TypeError (unhashable type) instead of naming the argument and the rule."""
    with pytest.raises(ValidationError) as caught:
        validate.OneOf(("brief", "full"))(value, "active_symbols")
    assert caught.value.field == "active_symbols"
    assert "must be one of 'brief', 'full'" in str(caught.value)


def test_an_enum_still_tells_values_apart_by_class() -> None:
    check = validate.OneOf((1, "1"))
    assert check(1, "flag") == 1
    assert check("1", "flag") == "1"
    with pytest.raises(ValidationError):
        check(True, "flag")
