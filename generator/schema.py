"""JSON Schema -> IR types: the one converter every loader uses.

It handles the shapes our three APIs contain: type lists with null, enums and consts, integer
0/1 flags, oneOf/anyOf/allOf, patternProperties and additionalProperties maps, arrays, nested
objects at any depth and `$ref`s. Inline objects get names built from where they sit (parent
model + property), so names are stable across runs and readable.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

from generator import ir
from generator.naming import class_name, identifier, unique
from generator.option_names import option_names

Schema = Mapping[str, Any]
Direction = Literal["request", "response"]
RefResolver = Callable[[str], tuple[str, Schema]]

_SCALARS = {
    "string": ir.ScalarKind.STR,
    "integer": ir.ScalarKind.INT,
    "number": ir.ScalarKind.FLOAT,
    "boolean": ir.ScalarKind.BOOL,
    "null": ir.ScalarKind.NONE,
}
_CONSTRAINT_KEYS = {
    "pattern": "pattern",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "minItems": "min_items",
    "maxItems": "max_items",
}


_FORMATS = {
    "date": ir.ScalarKind.DATE,
    "date-time": ir.ScalarKind.DATETIME,
    "uuid": ir.ScalarKind.UUID,
}


class SchemaError(ValueError):
    """A schema the converter cannot map; the message says where."""


def _no_ref(ref: str) -> tuple[str, Schema]:
    raise SchemaError(f"unresolvable $ref {ref!r}")


class SchemaConverter:
    """Converts schemas to `ir.TypeRef`s and collects the models they define."""

    def __init__(
        self,
        resolve_ref: RefResolver = _no_ref,
        *,
        boolean_bounds: bool = False,
        typed_formats: bool = False,
        exclusive_one_of: bool = False,
    ) -> None:
        self._resolve_ref = resolve_ref
        # `oneOf` arguments checked as exactly one option (generic specs; see ir.UnionType).
        self._exclusive_one_of = exclusive_one_of
        # `format: date`, `date-time` and `uuid` as their Python types, not as strings.
        self._typed_formats = typed_formats
        # OpenAPI 3.0 (JSON Schema draft 4): `exclusiveMinimum: true` makes `minimum` exclusive.
        self._boolean_bounds = boolean_bounds
        self._models: dict[str, ir.Model] = {}
        self._taken: set[str] = set()
        self._ref_names: dict[str, str] = {}
        # Refs to `type: [null, object]` components: their model, and None.
        self._nullable_refs: set[str] = set()
        # Refs being converted that are not models: meeting one again is a cycle no class
        # breaks, which would otherwise recurse without end.
        self._expanding: list[str] = []

    def reserve(self, name: str) -> None:
        """Keep a name (a component schema's) from being used for inline models."""
        self._taken.add(name)

    def model(self, name: str) -> ir.Model:
        return self._models[name]

    def models(self) -> tuple[ir.Model, ...]:
        return tuple(self._models[name] for name in sorted(self._models))

    def convert(self, schema: Schema, name_hint: str, direction: Direction) -> ir.TypeRef:
        """The type of values valid against `schema`; `name_hint` names inline objects."""
        if self._boolean_bounds:
            schema = _numeric_bounds(schema)
        if schema.get("nullable") is True:
            # OpenAPI 3.0's spelling of `type: [..., "null"]`.
            inner = {key: value for key, value in schema.items() if key != "nullable"}
            converted = self.convert(inner, name_hint, direction)
            if isinstance(converted, ir.UnionType) and converted.exclusive:
                return ir.NullableType(converted)  # still one `oneOf`, its tags kept
            return _union([converted, ir.ScalarType(ir.ScalarKind.NONE)])
        if "$ref" in schema:
            return self._convert_ref(schema["$ref"], direction)
        if "const" in schema and _is_scalar(schema["const"]):
            return ir.LiteralType((schema["const"],))
        enum = schema.get("enum")
        if isinstance(enum, list) and enum and all(_is_scalar(value) for value in enum):
            return self._convert_enum(schema)
        if "enum" in schema or "const" in schema:
            # Objects or arrays as allowed values: typed by the rest of the schema only.
            rest = {key: value for key, value in schema.items() if key not in ("enum", "const")}
            return self.convert(rest, name_hint, direction)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._convert_union(schema, key, name_hint, direction)
        if "allOf" in schema and not all(_is_rule_only(part) for part in schema["allOf"]):
            parts = schema["allOf"]
            if len(parts) == 1 and "$ref" in parts[0] and not schema.get("properties"):
                # `allOf: [$ref]` beside a description or nullable: the referenced type itself.
                return self._convert_ref(parts[0]["$ref"], direction)
            return self.convert(_merge_all_of(schema, self._resolve_ref), name_hint, direction)
        declared = schema.get("type")
        if isinstance(declared, list):
            return self._convert_type_list(schema, declared, name_hint, direction)
        if declared is None:
            if "properties" in schema or "patternProperties" in schema:
                declared = "object"
            elif "items" in schema or "prefixItems" in schema:
                declared = "array"
            else:
                return ir.ANY
        return self._convert_single(schema, declared, name_hint, direction)

    def _convert_ref(self, ref: str, direction: Direction) -> ir.TypeRef:
        if ref in self._ref_names:
            return self._ref_model(ref)
        name, target = self._resolve_ref(ref)
        if "allOf" in target and ref not in self._expanding:
            # A composed component is still one model, under the component's own name.
            self._expanding.append(ref)
            try:
                target = _merge_all_of(target, self._resolve_ref)
            finally:
                self._expanding.remove(ref)
        nullable = _is_nullable_model_schema(target)
        if _is_model_schema(target) or nullable:
            model_name = class_name(name)
            if model_name in self._models:
                # Another component (`pet-item` beside `PetItem`) already has this name.
                model_name = unique(model_name, set(self._models) | self._taken)
            self._ref_names[ref] = model_name
            if nullable:
                # One model however many places refer to it, each of them nullable.
                self._nullable_refs.add(ref)
                target = {**target, "type": "object"}
            self._taken.add(model_name)
            self._build_model(target, model_name, direction)
            return self._ref_model(ref)
        if ref in self._expanding:
            raise SchemaError(
                f"$ref {ref!r} refers to itself through a schema that is not an object with "
                "properties; such recursive types are not supported"
            )
        self._expanding.append(ref)
        try:
            return self.convert(target, class_name(name), direction)
        finally:
            self._expanding.remove(ref)

    def _ref_model(self, ref: str) -> ir.TypeRef:
        model = ir.ModelType(self._ref_names[ref])
        if ref in self._nullable_refs:
            return _union([model, ir.ScalarType(ir.ScalarKind.NONE)])
        return model

    def _convert_enum(self, schema: Schema) -> ir.TypeRef:
        values = tuple(schema["enum"])
        non_null = tuple(value for value in values if value is not None)
        declared = schema.get("type")
        nullable = len(non_null) < len(values) or (
            isinstance(declared, list) and "null" in declared
        )
        literal: ir.TypeRef = (
            ir.LiteralType(non_null) if non_null else ir.ScalarType(ir.ScalarKind.NONE)
        )
        return ir.NullableType(literal) if nullable and non_null else literal

    def _convert_union(
        self, schema: Schema, key: str, name_hint: str, direction: Direction
    ) -> ir.TypeRef:
        base = {k: v for k, v in schema.items() if k not in (key, "discriminator")}
        raw_options: list[Schema] = schema[key]
        merged_options = [
            {**base, **option} if base.get("type") and "type" not in option else option
            for option in raw_options
        ]
        names = option_names(
            [self._as_written(option) for option in raw_options],
            [_kind(self._as_written(option)) for option in merged_options],
        )
        options: list[ir.TypeRef] = []
        for index, (merged, name) in enumerate(zip(merged_options, names, strict=True), 1):
            hint = name_hint + name.suffix
            converted = self.convert(merged, hint, direction)
            if name.positional and "$ref" not in merged:
                self._note_position(converted, hint, key, index)
            options.append(converted)
        exclusive = key == "oneOf" and self._exclusive_one_of
        # A oneOf keeps an option that takes any value: it still counts among those that fit.
        union = _exclusive(_union(options, keep_any=True)) if exclusive else _union(options)
        discriminator = schema.get("discriminator")
        if not isinstance(discriminator, Mapping):
            return union
        return self._tagged(union, discriminator, schema[key], direction)

    def _as_written(self, option: Schema) -> Schema:
        """An option's own schema as naming compares it: its $ref followed, allOf merged."""
        try:
            for _ in range(_MAX_REF_HOPS):
                if not isinstance(option.get("$ref"), str):
                    break
                option = self._resolve_ref(option["$ref"])[1]
            if isinstance(option.get("allOf"), list):
                option = _merge_all_of(option, self._resolve_ref)
        except ValueError:
            # A broken reference (each loader's resolver raises its own ValueError): converting
            # the option reports it in its turn; naming goes on without it.
            return {}
        return option

    def _note_position(self, converted: ir.TypeRef, hint: str, key: str, index: int) -> None:
        """A model named by its place in the union says so in its docstring: nothing in its
        schema told it apart from the other options."""
        inner = converted.inner if isinstance(converted, ir.NullableType) else converted
        if not isinstance(inner, ir.ModelType) or not inner.name.startswith(class_name(hint)):
            return
        model = self._models[inner.name]
        note = (
            f"Named by its position (option {index} of the {key}): no title, tag, property "
            "or type of its own tells it apart from the other options."
        )
        doc = f"{model.doc}\n\n{note}" if model.doc else note
        self._models[inner.name] = attrs.evolve(model, doc=doc)

    def _tagged(
        self,
        union: ir.TypeRef,
        discriminator: Mapping[str, Any],
        raw_options: Any,
        direction: Direction,
    ) -> ir.TypeRef:
        """The union decoded by its discriminator: each tag value (the `mapping`, else the
        option's single allowed value of the tag property, else its component name) selects
        one model option."""
        prop = discriminator.get("propertyName")
        inner = union.inner if isinstance(union, ir.NullableType) else union
        if not isinstance(prop, str) or not isinstance(inner, ir.UnionType):
            return union
        tags: dict[str, str] = {}
        mapping = discriminator.get("mapping")
        for value, target in (mapping if isinstance(mapping, Mapping) else {}).items():
            ref = str(target) if str(target).startswith("#") else f"#/components/schemas/{target}"
            model = self._convert_ref(ref, direction)
            if isinstance(model, ir.ModelType):
                tags.setdefault(str(value), model.name)
        for raw in raw_options if isinstance(raw_options, list) else ():
            if not isinstance(raw, Mapping) or not isinstance(raw.get("$ref"), str):
                continue
            model = self._convert_ref(raw["$ref"], direction)
            if not isinstance(model, ir.ModelType) or model.name in tags.values():
                continue
            _, target = self._resolve_ref(raw["$ref"])
            tag_schema = target.get("properties", {}).get(prop, {})
            fixed = tag_schema.get("enum") if isinstance(tag_schema, Mapping) else None
            if isinstance(tag_schema, Mapping) and "const" in tag_schema:
                fixed = [tag_schema["const"]]
            value = fixed[0] if isinstance(fixed, list) and len(fixed) == 1 else None
            tags.setdefault(
                str(value) if value is not None else raw["$ref"].rsplit("/", 1)[-1], model.name
            )
        models = {option.name for option in inner.options if isinstance(option, ir.ModelType)}
        kept = tuple((value, name) for value, name in tags.items() if name in models)
        if not kept:
            return union
        tagged = attrs.evolve(inner, tag=prop, tags=kept)
        return ir.NullableType(tagged) if isinstance(union, ir.NullableType) else tagged

    def _convert_type_list(
        self, schema: Schema, declared: list[str], name_hint: str, direction: Direction
    ) -> ir.TypeRef:
        options = [
            self._convert_single(schema, kind, name_hint, direction)
            for kind in declared
            if kind != "null"
        ]
        inner = _union(options) if options else ir.ScalarType(ir.ScalarKind.NONE)
        if "null" in declared and options:
            return ir.NullableType(inner)
        return inner

    def _convert_single(
        self, schema: Schema, declared: str, name_hint: str, direction: Direction
    ) -> ir.TypeRef:
        if declared == "object":
            # `declared` is this one type of the schema, so `type: [null, object]` with
            # properties is a (nullable) model too, not a dict of anything.
            if schema.get("properties"):
                name = unique(class_name(name_hint), self._taken)
                self._build_model(schema, name, direction)
                return ir.ModelType(name)
            return ir.MapType(self._map_value_type(schema, name_hint, direction) or ir.ANY)
        if declared == "array":
            if "prefixItems" in schema:
                return self._convert_tuple(schema, name_hint, direction)
            items = schema.get("items")
            if isinstance(items, Mapping):
                item = self.convert(items, name_hint + "Item", direction)
            else:
                item = ir.ANY
            return ir.ListType(item, _constraints(schema))
        if declared == "string" and schema.get("format") == "decimal":
            return ir.ScalarType(ir.ScalarKind.DECIMAL, _constraints(schema))
        if declared == "string" and self._typed_formats and schema.get("format") in _FORMATS:
            return ir.ScalarType(_FORMATS[schema["format"]])
        try:
            kind = _SCALARS[declared]
        except KeyError:
            raise SchemaError(f"{name_hint}: unknown type {declared!r}") from None
        return ir.ScalarType(kind, _constraints(schema))

    def _convert_tuple(self, schema: Schema, name_hint: str, direction: Direction) -> ir.TypeRef:
        """`prefixItems` as JSON Schema 2020-12 reads it: positions beyond the listed ones
        follow `items` (`items: false` allows none), `minItems` (default 0) says how many
        positions are required and `maxItems` how many there may be. Each allowed length is
        one tuple type (`tuple[int] | tuple[int, str]`); an array with no upper bound has no
        Python 3.10 type (`tuple[int, *tuple[str, ...]]` needs 3.11) and is refused, as is
        one with more lengths than a readable union holds."""
        prefix = schema["prefixItems"]
        items = schema.get("items")
        size = len(prefix) if isinstance(prefix, list) else 0
        low = _count_bound(schema.get("minItems")) or 0
        high = _count_bound(schema.get("maxItems"))
        if items is False:
            high = size if high is None else min(high, size)
        if not size:
            raise SchemaError(f"{name_hint}: prefixItems must list at least one position")
        if high is None:
            raise SchemaError(
                f"{name_hint}: prefixItems lists {size} positions and allows any number after "
                "them (no maxItems, items not false); such an open tuple has no Python 3.10 "
                "type (tuple[X, *tuple[Y, ...]] needs 3.11); give maxItems, or items: false"
            )
        if low > high:
            raise SchemaError(
                f"{name_hint}: prefixItems: no array fits minItems {low} and at most {high} items"
            )
        if high - low + 1 > _MAX_TUPLE_LENGTHS:
            raise SchemaError(
                f"{name_hint}: prefixItems allows {high - low + 1} lengths ({low} to {high}); "
                f"typed as one tuple per length that is more than {_MAX_TUPLE_LENGTHS}"
            )
        positions = [
            self.convert(item, f"{name_hint}Item{index}", direction)
            for index, item in enumerate(prefix[:high], start=1)
        ]
        if high > size:  # the positions after the listed ones, all of `items`' one type
            rest = self.convert(_mapping_or_empty(items), f"{name_hint}Item", direction)
            positions += [rest] * (high - size)
        tuples: list[ir.TypeRef] = [
            ir.TupleType(tuple(positions[:length])) for length in range(low, high + 1)
        ]
        return tuples[0] if len(tuples) == 1 else ir.UnionType(tuple(tuples))

    def _map_value_type(
        self, schema: Schema, name_hint: str, direction: Direction
    ) -> ir.TypeRef | None:
        options: list[ir.TypeRef] = []
        for pattern_schema in schema.get("patternProperties", {}).values():
            options.append(self.convert(pattern_schema, name_hint + "Value", direction))
        additional = schema.get("additionalProperties")
        if isinstance(additional, Mapping) and additional:
            options.append(self.convert(additional, name_hint + "Value", direction))
        elif options and additional is not False:
            # Keys outside every pattern may hold anything: typed where a pattern's type
            # decodes the value, kept as it is otherwise (both re-encode to the same JSON).
            typed = _union(options)
            if typed == ir.ANY:
                return typed
            members = typed.options if isinstance(typed, ir.UnionType) else (typed,)
            return ir.UnionType((*members, ir.ANY))
        return _union(options) if options else None

    def _build_model(self, schema: Schema, name: str, direction: Direction) -> None:
        # Registered before its fields so self-referencing schemas terminate.
        self._models[name] = ir.Model(name=name, fields=())
        required = set(schema.get("required", ()))
        fields: list[ir.Field] = []
        taken_fields: set[str] = set()
        for wire_name, prop in schema.get("properties", {}).items():
            field_type = self.convert(prop, name + class_name(wire_name), direction)
            fields.append(
                ir.Field(
                    name=unique(identifier(wire_name), taken_fields),
                    wire_name=wire_name,
                    type=field_type,
                    required=wire_name in required,
                    doc=_field_doc(prop),
                    sensitive=isinstance(prop, Mapping) and bool(prop.get("sensitive")),
                )
            )
        extras = self._map_value_type(schema, name + "Extra", direction)
        if extras is None:
            closed = schema.get("additionalProperties") is False and direction == "request"
            extras = None if closed else ir.ANY
        self._models[name] = ir.Model(
            name=name,
            fields=tuple(fields),
            extras=extras,
            doc=str(schema.get("description", "")).strip(),
            rules=required_rules(schema, self._resolve_ref) if direction == "request" else (),
        )


def _kind(schema: Schema) -> str | None:
    """The JSON type of a schema, as stated or as its keywords imply; None when open."""
    declared = schema.get("type")
    if declared in ("object", None) and not schema.get("properties"):
        # Keys chosen by the data (`additionalProperties` or `patternProperties` schemas) make a
        # dict, not a model: a different kind from an object with named properties.
        additional = schema.get("additionalProperties")
        if schema.get("patternProperties") or (isinstance(additional, Mapping) and additional):
            return "map"
    if isinstance(declared, str):
        return declared
    if isinstance(declared, list):
        kinds = sorted(str(kind) for kind in declared if kind != "null")
        return "_or_".join(kinds) or "null"
    if "properties" in schema:
        return "object"
    if "items" in schema or "prefixItems" in schema:
        return "array"
    return None


# The most lengths an array of `prefixItems` may allow, each one tuple type of the union.
_MAX_TUPLE_LENGTHS = 6


def _count_bound(value: object) -> int | None:
    """`minItems`/`maxItems` as a count; None when absent (or not a count at all)."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return None


def _mapping_or_empty(value: object) -> Schema:
    """The `items` schema of positions beyond `prefixItems`; absent, any value."""
    return value if isinstance(value, Mapping) else {}


def _is_scalar(value: object) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _is_model_schema(schema: Schema) -> bool:
    return bool(schema.get("properties")) and schema.get("type", "object") in ("object", None)


def _is_nullable_model_schema(schema: Schema) -> bool:
    """`type: [null, object]` with properties: a model, or null."""
    declared = schema.get("type")
    return (
        bool(schema.get("properties"))
        and isinstance(declared, list)
        and sorted(declared) == ["null", "object"]
    )


def _numeric_bounds(schema: Schema) -> Schema:
    """Draft-4 boolean exclusive bounds rewritten as the numbers later drafts use."""
    rewritten: dict[str, Any] | None = None
    for flag, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(schema.get(flag), bool):
            rewritten = dict(schema) if rewritten is None else rewritten
            if rewritten.pop(flag) and bound in rewritten:
                rewritten[flag] = rewritten.pop(bound)
    return schema if rewritten is None else rewritten


def _constraints(schema: Schema) -> ir.Constraints:
    values = {
        attr: schema[key]
        for key, attr in _CONSTRAINT_KEYS.items()
        if key in schema and not isinstance(schema[key], bool)
    }
    return ir.Constraints(**values)


def _field_doc(schema: Schema) -> str:
    return " ".join(str(schema.get("description", "")).split())


def _union(options: list[ir.TypeRef], keep_any: bool = False) -> ir.TypeRef:
    """Flattens, removes duplicates and lifts `null` out as a NullableType; an option that
    takes any value makes the whole union `Any`, unless `keep_any`."""
    flat: list[ir.TypeRef] = []
    nullable = False
    for option in options:
        if isinstance(option, ir.NullableType):
            nullable = True
            option = option.inner
        members = option.options if isinstance(option, ir.UnionType) else (option,)
        for member in members:
            if member == ir.ScalarType(ir.ScalarKind.NONE):
                nullable = True
            elif member not in flat:
                flat.append(member)
    if any(member == ir.ANY for member in flat) and not keep_any:
        flat = [ir.ANY]
    inner: ir.TypeRef
    if not flat:
        return ir.ScalarType(ir.ScalarKind.NONE)
    inner = flat[0] if len(flat) == 1 else ir.UnionType(tuple(flat))
    return ir.NullableType(inner) if nullable and inner != ir.ANY else inner


def _exclusive(type_ref: ir.TypeRef) -> ir.TypeRef:
    """The union marked `oneOf` (exactly one option may fit), through a nullable."""
    if isinstance(type_ref, ir.NullableType) and isinstance(type_ref.inner, ir.UnionType):
        return ir.NullableType(attrs.evolve(type_ref.inner, exclusive=True))
    if isinstance(type_ref, ir.UnionType):
        return attrs.evolve(type_ref, exclusive=True)
    return type_ref


_CONDITION_KEYS = frozenset({"if", "then", "else", "dependentRequired"})
_RULE_KEYS = _CONDITION_KEYS | {"description", "$comment"}


def _is_rule_only(part: Schema) -> bool:
    """An allOf part that adds conditions on keys but no properties or type."""
    if "$ref" in part or not part:
        return False
    if "anyOf" in part and _one_of_keys(part) is None:
        return False
    return set(part) <= _RULE_KEYS | {"anyOf"}


def _one_of_keys(part: Schema) -> tuple[str, ...] | None:
    """The keys of `anyOf: [{required: [a]}, {required: [b]}, ...]`, or None for other anyOfs."""
    options = part.get("anyOf")
    if not isinstance(options, list) or len(options) < 2:
        return None
    keys: list[str] = []
    for option in options:
        required = option.get("required") if isinstance(option, Mapping) else None
        if set(option) != {"required"} or not isinstance(required, list) or len(required) != 1:
            return None
        keys.append(required[0])
    return tuple(keys)


def required_rules(
    schema: Schema, resolve_ref: RefResolver = _no_ref
) -> tuple[ir.RequiredRule, ...]:
    """The conditional `required` rules of an object schema, from its own `if`/`then` and
    `dependentRequired` and those of its allOf parts (where an anyOf of single `required` keys
    means "at least one of"). Other conditional forms (an `else`, a `then` that constrains
    values) are not turned into client checks; the server judges them.
    """
    rules: list[ir.RequiredRule] = []
    rule = _if_then_rule(schema)
    if rule is not None:
        rules.append(rule)
    for key, others in schema.get("dependentRequired", {}).items():
        rules.append(ir.RequiredRule((ir.FieldTest(key),), tuple(others)))
    for part in schema.get("allOf", ()):
        if "$ref" in part:
            part = resolve_ref(part["$ref"])[1]
        keys = _one_of_keys(part)
        if keys is not None:
            rules.append(ir.RequiredRule((), keys, at_least_one=True))
        rules.extend(rule for rule in required_rules(part, resolve_ref) if rule not in rules)
    return tuple(rules)


def _if_then_rule(schema: Schema) -> ir.RequiredRule | None:
    condition, then = schema.get("if"), schema.get("then")
    if not isinstance(condition, Mapping) or not isinstance(then, Mapping) or "else" in schema:
        return None
    if set(then) - {"required", "description"} or not then.get("required"):
        return None
    if set(condition) - {"properties", "required"}:
        return None
    present = set(condition.get("required", ()))
    tests: list[ir.FieldTest] = []
    for key, sub in condition.get("properties", {}).items():
        if "const" in sub and set(sub) <= {"const", "type"}:
            values: tuple[ir.JsonScalar, ...] = (sub["const"],)
        elif "enum" in sub and set(sub) <= {"enum", "type"}:
            values = tuple(sub["enum"])
        else:
            return None
        tests.append(ir.FieldTest(key, values, absent_passes=key not in present))
    tested = {test.wire_name for test in tests}
    tests.extend(ir.FieldTest(key) for key in sorted(present - tested))
    if not tests:
        return None
    return ir.RequiredRule(tuple(tests), tuple(then["required"]))


_MAX_REF_HOPS = 64


def _merge_all_of(schema: Schema, resolve_ref: RefResolver, _depth: int = 0) -> dict[str, Any]:
    """One object schema from the allOf parts; parts that only hold conditions stay in an
    allOf of their own (they do not change the type, and `required_rules` reads them)."""
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    properties: dict[str, Any] = dict(merged.get("properties", {}))
    required: list[str] = list(merged.get("required", []))
    rule_parts: list[Schema] = []
    for part in schema["allOf"]:
        for _ in range(_MAX_REF_HOPS):
            if "$ref" not in part:
                break
            part = resolve_ref(part["$ref"])[1]
        else:
            raise SchemaError(f"allOf: more than {_MAX_REF_HOPS} $refs in a row (a cycle?)")
        if _is_rule_only(part):
            rule_parts.append(part)
            continue
        if "allOf" in part:
            if _depth >= _MAX_REF_HOPS:
                raise SchemaError("allOf: composed schemas nest too deeply (a cycle?)")
            part = _merge_all_of(part, resolve_ref, _depth + 1)
        properties.update(part.get("properties", {}))
        required.extend(name for name in part.get("required", []) if name not in required)
        conditions = {key: value for key, value in part.items() if key in _CONDITION_KEYS}
        if conditions:
            rule_parts.append(conditions)
        for key, value in part.items():
            if key not in ("properties", "required") and key not in conditions:
                merged.setdefault(key, value)
    if properties:
        merged["properties"] = properties
        merged.setdefault("type", "object")
    if required:
        merged["required"] = required
    if rule_parts:
        merged["allOf"] = rule_parts
    return merged
