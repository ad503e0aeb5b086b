"""The codec writer writes each model's functions once: helpers get placeholders while they
are collected, and their final, content-made names replace them everywhere afterwards."""

from __future__ import annotations

from typing import Any

import pytest

from generator import ir
from generator.render.codec import CodecWriter
from generator.render.emitters import emitter_for

STR = ir.ScalarType(ir.ScalarKind.STR)
INT = ir.ScalarType(ir.ScalarKind.INT)
SIDE = ir.LiteralType(("buy", "sell"))
ORDER = ir.Model(
    "Order",
    (
        ir.Field("side", "side", SIDE, True),
        ir.Field("fills", "fills", ir.ListType(ir.TupleType((INT, SIDE))), False),
        ir.Field("legs", "legs", ir.ListType(ir.ModelType("Leg")), True),
    ),
)
LEG = ir.Model("Leg", (ir.Field("kind", "kind", ir.LiteralType((1, 2)), True),))
ROOT = ir.MapType(ir.ListType(STR))


def test_each_model_function_is_written_once(monkeypatch: pytest.MonkeyPatch) -> None:
    written: list[str] = []
    for method in ("_structure_function", "_unstructure_function"):
        original = getattr(CodecWriter, method)

        def counting(self: CodecWriter, model: ir.Model, original: Any = original) -> str:
            written.append(model.name)
            return str(original(self, model))

        monkeypatch.setattr(CodecWriter, method, counting)
    CodecWriter([ORDER, LEG], roots=[ROOT])
    assert sorted(written) == ["Leg", "Leg", "Order", "Order"]


def test_helpers_carry_their_final_names_everywhere() -> None:
    writer = CodecWriter([ORDER, LEG], roots=[ROOT])
    body = writer.module_body()
    assert "\x00" not in body
    for name in (
        "_ALLOWED_buy_sell",
        "_ALLOWED_1_2",
        "_decode_list_of_tuple_of_int_and_one_of_buy_sell",
    ):
        assert f"{name} = " in body or f"def {name}(" in body
        assert body.count(name) >= 2  # defined, and used
    # The root's decoder is used from outside the module, by the name handed out.
    assert "def _decode_dict_of_list_of_str(" in body
    assert writer.root_decoders == {ROOT: "_decode_dict_of_list_of_str"}
    # A type met again after writing gets the same final name.
    assert emitter_for(SIDE).check(writer, "item").condition.endswith("not in _ALLOWED_buy_sell")  # type: ignore[union-attr]
