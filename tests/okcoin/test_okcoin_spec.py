"""Tests for specs/okcoin-v3.yaml and its converter (generator/importers/okcoin_routes.py)."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from openapi_spec_validator import validate

from generator.importers.okcoin_routes import (
    OVERLAY_PATH,
    OverlayError,
    dump_spec,
    import_routes,
)

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "specs" / "okcoin-v3.yaml"
REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "okcoin-v3"
ROUTES_TSV = REFERENCE / "routes.tsv"
EXAMPLES_DIR = REFERENCE / "examples"

needs_reference = pytest.mark.skipif(
    not ROUTES_TSV.is_file(), reason=f"upstream route table not present at {ROUTES_TSV}"
)

HTTP_METHODS = ("get", "post", "put", "delete", "patch")
OUT_OF_SCOPE = {"futures", "swap", "ws", "errors"}

# Strict: the one reply field seen with a currency suffix (withdrawal fee, "0.01eth") is
# modelled as a patterned string, not as a decimal, so no suffix is allowed here.
DECIMAL = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")

# Parameter names that carry amounts, prices, sizes, fees or rates.
DECIMAL_NAME = re.compile(
    r"^(amount|price|size|fee|notional|depth|new_size|new_price|callback_rate|algo_variance"
    r"|avg_amount|sweep_range|sweep_ratio|single_limit|.*_price)$"
)


def _spec() -> dict[str, Any]:
    loaded = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return _spec()


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                yield path, method, op


def _tsv_rows() -> list[dict[str, str]]:
    with ROUTES_TSV.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [row for row in reader if any((value or "").strip() for value in row.values())]


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    return schema


def _validator(spec: dict[str, Any], schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    checker = jsonschema.FormatChecker()

    @checker.checks("decimal")
    def _is_decimal(value: object) -> bool:
        return not isinstance(value, str) or bool(DECIMAL.match(value))

    root = {**schema, "components": spec["components"]}
    return jsonschema.Draft202012Validator(root, format_checker=checker)


def _errors(validator: jsonschema.Draft202012Validator, instance: Any) -> list[str]:
    return [
        f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(instance)
    ]


# -- the committed spec is the converter's output -------------------------------------------


@needs_reference
def test_committed_spec_matches_converter() -> None:
    expected = dump_spec(import_routes(ROUTES_TSV, OVERLAY_PATH))
    assert SPEC_PATH.read_text(encoding="utf-8") == expected, (
        "specs/okcoin-v3.yaml is stale: run python -m generator import-okcoin"
    )


@needs_reference
def test_dump_is_deterministic() -> None:
    first = dump_spec(import_routes(ROUTES_TSV, OVERLAY_PATH))
    second = dump_spec(import_routes(ROUTES_TSV, OVERLAY_PATH))
    assert first == second
    assert "&id" not in first and "*id" not in first  # no YAML anchors or aliases


def test_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.1")
    assert spec["info"]["version"] == "3"
    assert spec["info"]["x-generator"] == {
        "distribution": "okcoin-v3-api",
        "package": "okcoin_v3_api",
        "client": "OkcoinClient",
    }
    assert [server["url"] for server in spec["servers"]] == [
        "https://www.okcoin.com",
        "https://www.okcoin.jp",
    ]
    scheme = spec["components"]["securitySchemes"]["okAccessKey"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "OK-ACCESS-KEY")


# -- one operation per route ----------------------------------------------------------------


@needs_reference
def test_one_operation_per_route(spec: dict[str, Any]) -> None:
    rows = _tsv_rows()
    operations = list(_operations(spec))
    assert len(operations) == len(rows)
    for row in rows:
        op = spec["paths"][row["path"]][row["method"].lower()]
        assert op["tags"] == [row["category"]]
        assert op["x-sdk-name"] == row["name"]
        assert op["security"] == ([] if row["auth"] == "public" else [{"okAccessKey": []}])
        # Our overlay lists every read (GET) as safe to resend, and nothing else.
        assert op["x-idempotent"] is (row["method"] == "GET")
        if "paging=cursor" in row["notes"]:
            assert op["x-paging"]["style"] == "cursor"
        else:
            assert "x-paging" not in op


@needs_reference
def test_tags_follow_categories(spec: dict[str, Any]) -> None:
    categories = list(dict.fromkeys(row["category"] for row in _tsv_rows()))
    assert [tag["name"] for tag in spec["tags"]] == categories
    assert categories == [
        "general", "system", "oracle", "index", "account", "fiat",
        "spot", "margin", "otc", "users", "earning",
    ]  # fmt: skip


def test_operation_ids_and_methods_unique(spec: dict[str, Any]) -> None:
    ids: list[str] = []
    pairs: list[tuple[str, str]] = []
    for _, _, op in _operations(spec):
        (tag,) = op["tags"]
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op["x-method"])
        assert op["operationId"] == f"{tag}_{op['x-method']}"
        ids.append(op["operationId"])
        pairs.append((tag, op["x-method"]))
    assert len(ids) == len(set(ids))
    assert len(pairs) == len(set(pairs))


def test_method_names(spec: dict[str, Any]) -> None:
    names = {(op["tags"][0], op["x-sdk-name"]): op["x-method"] for _, _, op in _operations(spec)}
    assert names[("spot", "take_order")] == "place_order"
    assert names[("spot", "take_orders")] == "place_orders"
    assert names[("spot", "revoke_order")] == "cancel_order"
    assert names[("spot", "revoke_orders")] == "cancel_orders"
    assert names[("spot", "modify_order")] == "amend_order"
    assert names[("spot", "batch_modify_order")] == "amend_orders"
    assert names[("spot", "get_orders_list")] == "list_orders"
    assert names[("spot", "get_order_info")] == "get_order"
    assert names[("spot", "get_orders_pending")] == "list_pending_orders"
    assert names[("spot", "get_fills")] == "list_fills"
    assert names[("spot", "get_deal")] == "list_trades"
    assert names[("spot", "get_kline")] == "get_candles"
    assert names[("spot", "get_coin_info")] == "list_instruments"
    assert names[("spot", "get_depth")] == "get_order_book"
    assert names[("account", "get_wallet")] == "list_wallet"


def test_every_operation_has_success_and_error_replies(spec: dict[str, Any]) -> None:
    for path, method, op in _operations(spec):
        responses = op["responses"]
        assert set(responses) == {"200", "default"}, f"{method} {path}"
        assert responses["200"]["content"]["application/json"]["schema"], f"{method} {path}"
        assert responses["default"]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/Error"
        }, f"{method} {path}"
        assert op["summary"].strip() and "\n" not in op["summary"]


def test_response_objects_are_open(spec: dict[str, Any]) -> None:
    for name, schema in spec["components"]["schemas"].items():
        if name.endswith("Request") or name == "AmendOrderItem":
            continue
        assert schema.get("additionalProperties", True) is not False, name


# -- parameters -----------------------------------------------------------------------------


def _all_params(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(where, name, schema) of every query/path parameter and request body property."""

    def properties(where: str, schema: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
        schema = _resolve(spec, schema)
        if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
            yield from properties(where, schema["items"])
        for name, sub in (schema.get("properties") or {}).items():
            yield where, name, sub
            yield from properties(f"{where}.{name}", sub)

    for path, method, op in _operations(spec):
        where = f"{method.upper()} {path}"
        for param in op.get("parameters", []):
            yield where, param["name"], param["schema"]
        body = op.get("requestBody")
        if body:
            yield from properties(where, body["content"]["application/json"]["schema"])


def test_decimal_params_have_decimal_format(spec: dict[str, Any]) -> None:
    checked = 0
    for where, name, schema in _all_params(spec):
        if not DECIMAL_NAME.match(name):
            continue
        if name == "size" and where.endswith("/book"):
            continue  # number of book levels, an integer
        assert schema.get("type") == "string" and schema.get("format") == "decimal", (
            f"{where}: {name}"
        )
        checked += 1
    assert checked >= 40


@needs_reference
def test_conditional_params_are_optional_and_described(spec: dict[str, Any]) -> None:
    for row in _tsv_rows():
        op = spec["paths"][row["path"]][row["method"].lower()]
        for item in filter(None, row["params"].split(";")):
            name, _, flag = item.split(":")
            if row["method"] == "POST":
                body = _resolve(spec, op["requestBody"]["content"]["application/json"]["schema"])
                if name == "body":
                    assert body["type"] == "array"
                    continue
                required = name in body.get("required", [])
                description = body["properties"][name].get("description")
            else:
                (param,) = [p for p in op["parameters"] if p["name"] == name]
                assert param["in"] == "query"
                required = param["required"]
                description = param.get("description")
            assert required is (flag == "yes"), f"{row['name']}.{name}"
            if flag == "cond":
                assert description, f"{row['name']}.{name} needs its condition described"


def test_hyphenated_sub_account_param(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/api/account/v3/sub-account"]["get"]
    assert [p["name"] for p in op["parameters"]] == ["sub-account"]


def test_undocumented_routes_take_extra_params(spec: dict[str, Any]) -> None:
    for path, method, op in _operations(spec):
        if op["tags"][0] not in ("otc", "users", "earning"):
            continue
        if method == "get":
            (param,) = op["parameters"]
            assert param["in"] == "query"
            assert param["schema"] == {"type": "object", "additionalProperties": True}
        else:
            schema = op["requestBody"]["content"]["application/json"]["schema"]
            assert schema == {"type": "object", "additionalProperties": True}, path


def test_paging_routes(spec: dict[str, Any]) -> None:
    expected = {
        "style": "cursor",
        "after": "after",
        "before": "before",
        "limit": "limit",
        "max-limit": 100,
        "after-header": "OK-AFTER",
        "before-header": "OK-BEFORE",
    }
    paged = 0
    for _, _, op in _operations(spec):
        if "x-paging" not in op:
            continue
        paged += 1
        assert op["x-paging"] == expected
        params = {p["name"]: p for p in op["parameters"]}
        assert {"after", "before", "limit"} <= set(params)
        assert params["limit"]["schema"]["maximum"] == 100
        assert set(op["responses"]["200"]["headers"]) == {"OK-AFTER", "OK-BEFORE"}
    assert paged >= 10


# -- reference examples validate against the response schemas -------------------------------


def _example_files() -> list[Path]:
    if not EXAMPLES_DIR.is_dir():
        return []
    return sorted(
        path
        for path in EXAMPLES_DIR.glob("*.json")
        if path.name.split(".", 1)[0] not in OUT_OF_SCOPE
    )


@needs_reference
@pytest.mark.parametrize("example", _example_files(), ids=lambda path: path.stem)
def test_example_matches_response_schema(spec: dict[str, Any], example: Path) -> None:
    data = json.loads(example.read_text(encoding="utf-8"))
    category, name = data["route"].split(".", 1)
    matches = [
        op
        for _, _, op in _operations(spec)
        if op["tags"] == [category] and op["x-sdk-name"] == name
    ]
    assert len(matches) == 1, f"no operation for {data['route']}"
    schema = matches[0]["responses"]["200"]["content"]["application/json"]["schema"]
    assert _errors(_validator(spec, schema), data["response"]) == []


@needs_reference
def test_enough_examples_checked() -> None:
    assert len(_example_files()) >= 20


@needs_reference
def test_error_examples_match_error_schema(spec: dict[str, Any]) -> None:
    data = json.loads((EXAMPLES_DIR / "errors.examples.json").read_text(encoding="utf-8"))
    validator = _validator(spec, {"$ref": "#/components/schemas/Error"})
    for item in data["examples"]:
        assert _errors(validator, item["body"]) == [], item


def test_decimal_format_is_enforced(spec: dict[str, Any]) -> None:
    validator = _validator(spec, {"$ref": "#/components/schemas/Ticker"})
    assert _errors(validator, {"instrument_id": "BTC-USD", "last": "17000.5"}) == []
    assert _errors(validator, {"instrument_id": "BTC-USD", "last": "17k"})
    assert _errors(validator, {"last": "1"})  # instrument_id is required
    fee = _validator(spec, {"$ref": "#/components/schemas/Withdrawal"})
    assert _errors(fee, {"withdrawal_id": "1", "fee": "0.01000000eth"}) == []
    assert _errors(fee, {"withdrawal_id": "1", "fee": "eth"})


# -- converter checks -----------------------------------------------------------------------

_HEADER = "category\tname\tmethod\tpath\tauth\tparams\tnotes\n"


def _mini_overlay(tmp_path: Path, route_extra: str = "") -> Path:
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        "info: {title: t, version: '3'}\n"
        "tags: {spot: Spot.}\n"
        "schemas: {Error: {type: object}}\n"
        "routes:\n"
        "  spot.take_order:\n"
        "    method: place_order\n"
        "    summary: Place.\n"
        "    response: object\n" + route_extra,
        encoding="utf-8",
    )
    return overlay


def _mini_tsv(tmp_path: Path, params: str, notes: str) -> Path:
    tsv = tmp_path / "routes.tsv"
    tsv.write_text(
        _HEADER + f"spot\ttake_order\tPOST\t/api/spot/v3/orders\tsigned\t{params}\t{notes}\n",
        encoding="utf-8",
    )
    return tsv


def test_converter_reads_notes_with_nested_semicolons(tmp_path: Path) -> None:
    tsv = _mini_tsv(
        tmp_path,
        "price:decimal:yes",
        "variant=com+jp (JP: a; b); rate=5/2s (PY comment; ccxt cost 1) JP=1/10s; src=PY",
    )
    doc = import_routes(tsv, _mini_overlay(tmp_path))
    op = doc["paths"]["/api/spot/v3/orders"]["post"]
    assert op["x-sites"] == ["com", "jp"]
    assert op["x-rate-limit"] == "5/2s"
    assert "1/10s" in op["description"]
    body = op["requestBody"]["content"]["application/json"]["schema"]
    assert body["required"] == ["price"]
    assert body["properties"]["price"] == {"type": "string", "format": "decimal"}


def test_converter_rejects_undescribed_conditional_param(tmp_path: Path) -> None:
    tsv = _mini_tsv(tmp_path, "price:decimal:cond", "variant=com")
    with pytest.raises(OverlayError, match="conditional"):
        import_routes(tsv, _mini_overlay(tmp_path))


def test_converter_rejects_unknown_overlay_param(tmp_path: Path) -> None:
    tsv = _mini_tsv(tmp_path, "price:decimal:yes", "variant=com")
    overlay = _mini_overlay(tmp_path, "    params:\n      prise: {description: typo}\n")
    with pytest.raises(OverlayError, match="unknown params"):
        import_routes(tsv, overlay)


def test_converter_marks_a_route_on_no_safety_list_unsafe_with_a_warning(tmp_path: Path) -> None:
    tsv = _mini_tsv(tmp_path, "price:decimal:yes", "variant=com")
    warnings: list[str] = []
    doc = import_routes(tsv, _mini_overlay(tmp_path), warnings=warnings)
    assert doc["paths"]["/api/spot/v3/orders"]["post"]["x-idempotent"] is False
    assert len(warnings) == 1 and "spot.take_order" in warnings[0]
    listed = _mini_overlay(tmp_path, "safe_routes: [spot.take_order]\n")
    warnings.clear()
    doc = import_routes(tsv, listed, warnings=warnings)
    assert doc["paths"]["/api/spot/v3/orders"]["post"]["x-idempotent"] is True
    assert warnings == []


def test_converter_refuses_safety_entries_for_routes_that_are_gone(tmp_path: Path) -> None:
    tsv = _mini_tsv(tmp_path, "price:decimal:yes", "variant=com")
    overlay = _mini_overlay(tmp_path, "unsafe_routes: [spot.take_order, spot.gone]\n")
    with pytest.raises(OverlayError, match=r"spot\.gone"):
        import_routes(tsv, overlay)


def _order_body(spec: dict[str, Any], path: str) -> dict[str, Any]:
    body: dict[str, Any] = spec["paths"][path]["post"]["requestBody"]
    return body["content"]["application/json"]["schema"]


@pytest.mark.parametrize("path", ["/api/spot/v3/orders", "/api/margin/v3/orders"])
def test_order_bodies_say_which_fields_each_kind_of_order_needs(
    spec: dict[str, Any], path: str
) -> None:
    validator = _validator(spec, _order_body(spec, path))
    base = {"instrument_id": "BTC-USD", "margin_trading": "2"}
    accepted = [
        {"side": "buy", "price": "1", "size": "2"},
        {"side": "buy", "type": "limit", "price": "1", "size": "2"},
        {"side": "buy", "type": "market", "notional": "5"},
        {"side": "sell", "type": "market", "size": "2"},
    ]
    refused = [
        {"side": "buy", "size": "2"},  # limit by default: no price
        {"side": "sell", "type": "limit", "price": "1"},
        {"side": "buy", "type": "market", "size": "2"},
        {"side": "sell", "type": "market", "notional": "5"},
    ]
    for order in accepted:
        assert _errors(validator, {**base, **order}) == [], order
    for order in refused:
        assert _errors(validator, {**base, **order}), order


def test_book_levels_and_candles_are_fixed_length(spec: dict[str, Any]) -> None:
    level = _validator(spec, {"$ref": "#/components/schemas/BookLevel"})
    assert _errors(level, ["17000.5", "0.25", "3"]) == []
    assert _errors(level, ["17000.5", "0.25"])
    assert _errors(level, ["17000.5", "0.25", "3", "1"])
    candle = _validator(spec, {"$ref": "#/components/schemas/Candle"})
    row = ["2024-01-02T03:04:00.000Z", "1", "3", "0.5", "2", "10"]
    assert _errors(candle, row) == []
    assert _errors(candle, row[:5])
    assert _errors(candle, ["yesterday", *row[1:]])


def test_converter_bounds_decimal_params_unless_they_say_otherwise(tmp_path: Path) -> None:
    tsv = _mini_tsv(tmp_path, "price:decimal:yes;size:decimal:yes", "variant=com")
    overlay = _mini_overlay(tmp_path, "    params:\n      size: {minimum: 0}\n")
    overlay.write_text(
        "decimal_params: {exclusiveMinimum: 0}\n" + overlay.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    body = _order_body(import_routes(tsv, overlay), "/api/spot/v3/orders")
    assert body["properties"]["price"]["exclusiveMinimum"] == 0
    assert body["properties"]["size"] == {"type": "string", "format": "decimal", "minimum": 0}


def test_converter_puts_body_rules_in_all_of_and_checks_their_names(tmp_path: Path) -> None:
    tsv = _mini_tsv(tmp_path, "type:string:no;price:decimal:cond", "variant=com")
    rule = "if: {properties: {type: {const: limit}}}, then: {required: [price]}"
    described = "    params:\n      price: {description: For limits.}\n"
    good = _mini_overlay(tmp_path, described + f"    body_rules:\n      - {{{rule}}}\n")
    body = _order_body(import_routes(tsv, good), "/api/spot/v3/orders")
    assert body["allOf"] == [
        {"if": {"properties": {"type": {"const": "limit"}}}, "then": {"required": ["price"]}}
    ]
    typo = _mini_overlay(
        tmp_path, described + f"    body_rules:\n      - {{{rule.replace('price]', 'prise]')}}}\n"
    )
    with pytest.raises(OverlayError, match=r"unknown parameters \['prise'\]"):
        import_routes(tsv, typo)
    other = _mini_overlay(tmp_path, described + "    body_rules:\n      - {not: {}}\n")
    with pytest.raises(OverlayError, match="takes only"):
        import_routes(tsv, other)
