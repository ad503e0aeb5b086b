"""Python annotations for IR types, as source text, and the normal form of IR types.

Unions are flattened, their duplicate options dropped and `null` lifted out as one
`NullableType`; a literal's values are deduplicated. Annotations list union options in a
canonical order, so the same type reads the same wherever it appears.
"""

from __future__ import annotations

import attrs

from generator import ir

_SCALAR_ANNOTATIONS = {
    ir.ScalarKind.STR: "str",
    ir.ScalarKind.INT: "int",
    ir.ScalarKind.FLOAT: "float",
    ir.ScalarKind.BOOL: "bool",
    ir.ScalarKind.DECIMAL: "Decimal",
    # Modules under an alias: a field named `date` or `uuid` would shadow the plain names.
    ir.ScalarKind.DATE: "_dt.date",
    ir.ScalarKind.DATETIME: "_dt.datetime",
    ir.ScalarKind.UUID: "_uuid.UUID",
    ir.ScalarKind.BYTES: "bytes",
    ir.ScalarKind.ANY: "Any",
    ir.ScalarKind.NONE: "None",
}
_NONE = ir.ScalarType(ir.ScalarKind.NONE)
# Annotation order of union options: scalars, literals, containers, models by name, `Any`.
_SCALAR_RANK = {
    ir.ScalarKind.BOOL: 0,
    ir.ScalarKind.INT: 1,
    ir.ScalarKind.FLOAT: 2,
    ir.ScalarKind.DECIMAL: 3,
    ir.ScalarKind.STR: 4,
    ir.ScalarKind.NONE: 5,
}


def normalise(type_ref: ir.TypeRef) -> ir.TypeRef:
    """The same type in normal form: no union inside a union, no option twice (options keep
    their spec order, which decides the first match when decoding), `null` as one
    `NullableType` around the rest (none around `Any`, which holds null), no literal value
    twice (`1` and `True` stay apart)."""
    if isinstance(type_ref, ir.LiteralType):
        seen: list[tuple[str, object]] = []
        kept = []
        for value in type_ref.values:
            key = (value.__class__.__name__, value)
            if key not in seen:
                seen.append(key)
                kept.append(value)
        return type_ref if len(kept) == len(type_ref.values) else ir.LiteralType(tuple(kept))
    if isinstance(type_ref, ir.ListType):
        return attrs.evolve(type_ref, item=normalise(type_ref.item))
    if isinstance(type_ref, ir.TupleType):
        return ir.TupleType(tuple(normalise(item) for item in type_ref.items))
    if isinstance(type_ref, ir.MapType):
        return ir.MapType(normalise(type_ref.value))
    if isinstance(type_ref, ir.UnionType | ir.NullableType):
        return _normal_union(type_ref)
    return type_ref


def _normal_union(type_ref: ir.UnionType | ir.NullableType) -> ir.TypeRef:
    normal = _flat_union(type_ref)
    tagged = type_ref.inner if isinstance(type_ref, ir.NullableType) else type_ref
    if not isinstance(tagged, ir.UnionType) or not (tagged.tag or tagged.exclusive):
        return normal
    inner = normal.inner if isinstance(normal, ir.NullableType) else normal
    if not isinstance(inner, ir.UnionType):
        return normal
    # A `oneOf` stays one; a discriminated union keeps its tags for the options still there.
    models = {option.name for option in inner.options if isinstance(option, ir.ModelType)}
    tags = tuple((value, name) for value, name in tagged.tags if name in models)
    inner = attrs.evolve(
        inner, tag=tagged.tag if tags else "", tags=tags, exclusive=tagged.exclusive
    )
    return ir.NullableType(inner) if isinstance(normal, ir.NullableType) else inner


def _flat_union(type_ref: ir.UnionType | ir.NullableType) -> ir.TypeRef:
    nullable = False
    flat: list[ir.TypeRef] = []
    pending: list[ir.TypeRef] = [type_ref]
    while pending:
        current = pending.pop(0)
        if isinstance(current, ir.NullableType):
            nullable = True
            pending.insert(0, current.inner)
        elif isinstance(current, ir.UnionType):
            pending[0:0] = current.options
        elif current == _NONE:
            nullable = True
        else:
            option = normalise(current)
            if isinstance(option, ir.UnionType | ir.NullableType):
                pending.insert(0, option)
            elif option not in flat:
                flat.append(option)
    if not flat:
        return _NONE
    # `Any` stays an option where it is one: `Model | Any` decodes a model when it can.
    inner = flat[0] if len(flat) == 1 else ir.UnionType(tuple(flat))
    return ir.NullableType(inner) if nullable and inner != ir.ANY else inner


def without_constraints(type_ref: ir.TypeRef) -> ir.TypeRef:
    """The type with its validation rules dropped: what a decoder or an annotation sees
    (two strings with different patterns are both `str` to them). Normalised again, so
    options that differed only by their rules become one."""
    return normalise(_strip(type_ref))


def _strip(type_ref: ir.TypeRef) -> ir.TypeRef:
    if isinstance(type_ref, ir.ScalarType):
        return ir.ScalarType(type_ref.kind)
    if isinstance(type_ref, ir.ListType):
        return ir.ListType(_strip(type_ref.item))
    if isinstance(type_ref, ir.TupleType):
        return ir.TupleType(tuple(_strip(item) for item in type_ref.items))
    if isinstance(type_ref, ir.MapType):
        return ir.MapType(_strip(type_ref.value))
    if isinstance(type_ref, ir.UnionType):
        # Exclusivity is a rule of argument checks: decoders and annotations do not see it.
        return attrs.evolve(
            type_ref, options=tuple(_strip(option) for option in type_ref.options), exclusive=False
        )
    if isinstance(type_ref, ir.NullableType):
        return ir.NullableType(_strip(type_ref.inner))
    return type_ref


def annotation(type_ref: ir.TypeRef, model_prefix: str = "") -> str:
    """`model_prefix` qualifies model names (e.g. `models.`) outside the models module."""
    return _annotation(without_constraints(type_ref), model_prefix)


def _annotation(type_ref: ir.TypeRef, model_prefix: str) -> str:
    if isinstance(type_ref, ir.ScalarType):
        return _SCALAR_ANNOTATIONS[type_ref.kind]
    if isinstance(type_ref, ir.LiteralType):
        return "Literal[" + ", ".join(repr(value) for value in type_ref.values) + "]"
    if isinstance(type_ref, ir.ListType):
        return f"list[{_annotation(type_ref.item, model_prefix)}]"
    if isinstance(type_ref, ir.TupleType):
        items = ", ".join(_annotation(item, model_prefix) for item in type_ref.items)
        return f"tuple[{items or '()'}]"  # `tuple[()]`: the empty array
    if isinstance(type_ref, ir.MapType):
        return f"dict[str, {_annotation(type_ref.value, model_prefix)}]"
    if isinstance(type_ref, ir.ModelType):
        return model_prefix + type_ref.name
    if isinstance(type_ref, ir.UnionType):
        options = sorted(type_ref.options, key=_option_rank)
        return " | ".join(_annotation(option, model_prefix) for option in options)
    return _annotation(type_ref.inner, model_prefix) + " | None"


def _option_rank(type_ref: ir.TypeRef) -> tuple[int, int, str]:
    """Where an option stands in an annotation; ties keep their spec order (a stable sort)."""
    if type_ref == ir.ANY:
        return (4, 0, "")  # the fallback goes last, as it is tried last
    if isinstance(type_ref, ir.ScalarType):
        return (0, _SCALAR_RANK.get(type_ref.kind, len(_SCALAR_RANK)), "")
    if isinstance(type_ref, ir.LiteralType):
        return (1, 0, "")
    if isinstance(type_ref, ir.ModelType):
        return (3, 0, type_ref.name)
    return (2, 0, "")


def uses(type_ref: ir.TypeRef) -> set[str]:
    """Names from `typing`/`decimal` an annotation needs: `Any`, `Literal`, `Decimal`."""
    found: set[str] = set()
    _collect(without_constraints(type_ref), found)
    return found


def _collect(type_ref: ir.TypeRef, found: set[str]) -> None:
    if isinstance(type_ref, ir.ScalarType):
        if type_ref.kind in (ir.ScalarKind.ANY, ir.ScalarKind.DECIMAL):
            found.add(_SCALAR_ANNOTATIONS[type_ref.kind])
        elif type_ref.kind in (ir.ScalarKind.DATE, ir.ScalarKind.DATETIME):
            found.add("_dt")
        elif type_ref.kind is ir.ScalarKind.UUID:
            found.add("_uuid")
    elif isinstance(type_ref, ir.LiteralType):
        found.add("Literal")
    elif isinstance(type_ref, ir.ListType):
        _collect(type_ref.item, found)
    elif isinstance(type_ref, ir.TupleType):
        for item in type_ref.items:
            _collect(item, found)
    elif isinstance(type_ref, ir.MapType):
        _collect(type_ref.value, found)
    elif isinstance(type_ref, ir.UnionType):
        for option in type_ref.options:
            _collect(option, found)
    elif isinstance(type_ref, ir.NullableType):
        _collect(type_ref.inner, found)


def is_nullable(type_ref: ir.TypeRef) -> bool:
    normal = normalise(type_ref)
    return isinstance(normal, ir.NullableType) or normal == ir.ANY
