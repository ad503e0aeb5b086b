"""Models built from the options of a oneOf/anyOf are named from what each option is.

Named by position (`...Option1`, `...Option2`), every public class after an inserted option
changed its name with an upstream update; these tests pin the names to the options' content
and keep a number only where nothing else tells two options apart (and the class says so).
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.option_names import OptionName, option_names
from generator.pipeline import GENERATED, SPECS, render_all
from generator.schema import SchemaConverter

GOLDEN = Path(__file__).parent / "golden"
POSITIONAL = re.compile(r"Option\d+(?![a-z0-9])")
POSITION_NOTE = "Named by its position"


def _obj(*required: str, **properties: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = list(required)
    return schema


STRING = {"type": "string"}


def _names(options: list[dict[str, Any]]) -> list[str]:
    kinds = [option.get("type") for option in options]
    return [name.suffix for name in option_names(options, kinds)]


def test_a_title_names_its_option() -> None:
    assert _names([{**_obj(a=STRING), "title": "Shipped parcel"}, _obj(a=STRING)]) == [
        "ShippedParcel",
        "Option2",
    ]


def test_a_tag_value_names_its_option() -> None:
    alpha = _obj("type", type={"const": "alpha"}, color=STRING)
    beta = _obj("type", type={"enum": ["beta"]}, texture=STRING)
    assert _names([alpha, beta]) == ["Alpha", "Beta"]
    locked = _obj("status", status={"type": "string", "enum": ["LOCKED"]})
    assert _names([locked, _obj("dry_run", dry_run={"enum": [1]})]) == ["Locked", "WithDryRun"]


def test_a_required_property_only_one_option_has_names_it_identifiers_first() -> None:
    bought = _obj(
        "buy_price", "contract_id", "token", buy_price=STRING, contract_id=STRING, token=STRING
    )
    failed = _obj("code", "token", code=STRING, token=STRING)
    assert _names([bought, failed]) == ["WithContractId", "WithCode"]
    # A property another option mentions, even as optional, does not tell them apart.
    shared = _obj("code", code=STRING, note=STRING)
    assert _names([shared, _obj(code=STRING, extra=STRING)]) == ["WithNote", "WithExtra"]


def test_the_kind_names_an_option_without_properties_of_its_own() -> None:
    assert _names([STRING, {"type": "array", "items": STRING}]) == ["String", "Array"]


def test_only_indistinguishable_options_are_numbered() -> None:
    first, second = _obj(a=STRING), _obj(a={"type": "integer"})
    found = option_names([first, second, STRING], ["object", "object", "string"])
    assert found == [OptionName("Option1", True), OptionName("Option2", True), OptionName("String")]


def test_a_numbered_model_says_why_in_its_docstring() -> None:
    converter = SchemaConverter()
    union = {"oneOf": [_obj(a=STRING), _obj(a={"type": "integer"})]}
    result = converter.convert({"type": "object", "properties": {"v": union}}, "Root", "response")
    assert result == ir.ModelType("Root")
    numbered = converter.model("RootVOption2")
    assert numbered.doc.startswith(POSITION_NOTE) and "option 2 of the oneOf" in numbered.doc
    assert converter.model("Root").doc == ""


def test_a_map_option_is_told_apart_from_an_object_option() -> None:
    converter = SchemaConverter()
    status = _obj("address", address=STRING)
    per_company = {"type": "object", "additionalProperties": status}
    converter.convert({"type": "object", "oneOf": [status, per_company]}, "Kyc", "response")
    assert sorted(model.name for model in converter.models()) == ["KycMapValue", "KycWithAddress"]


def test_options_behind_refs_are_compared_by_their_targets() -> None:
    components = {"Failure": _obj("code", code=STRING)}
    converter = SchemaConverter(lambda ref: (ref.rsplit("/", 1)[-1], components[ref[21:]]))
    union = {"anyOf": [{"$ref": "#/components/schemas/Failure"}, _obj("code", "id", id=STRING)]}
    converter.convert(union, "Reply", "response")
    assert sorted(model.name for model in converter.models()) == ["Failure", "ReplyWithId"]


def _class_names(root: Path) -> dict[str, str]:
    """Every class defined under `root` with its docstring."""
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                found[node.name] = ast.get_docstring(node) or ""
    return found


@pytest.mark.parametrize(
    "root",
    [
        *(GENERATED / name / "src" for name in sorted(p.name for p in GENERATED.iterdir())),
        *sorted(GOLDEN.glob("*/expected")),
    ],
    ids=lambda root: str(root.relative_to(root.parents[2])),
)
def test_no_generated_class_is_named_by_position_without_saying_why(root: Path) -> None:
    classes = _class_names(root)
    assert classes
    numbered = sorted(
        name
        for name, doc in classes.items()
        if POSITIONAL.search(name)
        and POSITION_NOTE not in doc
        # A model nested in a numbered option carries its parent's number; the parent explains it.
        and not any(
            other != name and name.startswith(other) and POSITION_NOTE in classes[other]
            for other in classes
        )
    )
    assert numbered == []


def _binary_com_models(specs: Path) -> dict[str, str]:
    rendered = [files for api, files in render_all(specs) if api.distribution == "binary-com-api"]
    return {
        path: text
        for path, text in rendered[0].items()
        if "/_models/" in path and path.endswith(".py")
    }


INSERTED = """\
          items:
            anyOf:
            - type: object
              required:
              - queued_id
              properties:
                queued_id:
                  type: integer
"""


def test_inserting_an_option_first_renames_none_of_the_others(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(SPECS / "binary-com", specs / "binary-com")
    shutil.copy(SPECS / "releases.json", specs / "releases.json")
    before = _binary_com_models(specs)
    path = specs / "binary-com" / "buy_contract_for_multiple_accounts.yaml"
    text = path.read_text(encoding="utf-8")
    old = "          items:\n            anyOf:\n"
    assert text.count(old) == 1
    path.write_text(text.replace(old, INSERTED), encoding="utf-8")
    after = _binary_com_models(specs)
    module = "src/binary_com_api/_models/trading/buy_contract_for_multiple_accounts.py"
    item = "BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItem"

    def classes(source: str) -> set[str]:
        return set(re.findall(r"^class (\w+)", source, re.M))

    assert classes(after[module]) - classes(before[module]) == {f"{item}WithQueuedId"}
    assert {f"{item}WithContractId", f"{item}WithCode"} <= classes(before[module])
    assert classes(before[module]) <= classes(after[module])
    # The other calls' models are untouched.
    assert {p: t for p, t in before.items() if p != module} == {
        p: t for p, t in after.items() if p != module
    }
