"""Python annotations for IR types, as source text."""

from __future__ import annotations

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


def annotation(type_ref: ir.TypeRef, model_prefix: str = "") -> str:
    """`model_prefix` qualifies model names (e.g. `models.`) outside the models module."""
    if isinstance(type_ref, ir.ScalarType):
        return _SCALAR_ANNOTATIONS[type_ref.kind]
    if isinstance(type_ref, ir.LiteralType):
        return "Literal[" + ", ".join(repr(value) for value in type_ref.values) + "]"
    if isinstance(type_ref, ir.ListType):
        return f"list[{annotation(type_ref.item, model_prefix)}]"
    if isinstance(type_ref, ir.TupleType):
        return "tuple[" + ", ".join(annotation(item, model_prefix) for item in type_ref.items) + "]"
    if isinstance(type_ref, ir.MapType):
        return f"dict[str, {annotation(type_ref.value, model_prefix)}]"
    if isinstance(type_ref, ir.ModelType):
        return model_prefix + type_ref.name
    if isinstance(type_ref, ir.UnionType):
        return " | ".join(annotation(option, model_prefix) for option in type_ref.options)
    inner = annotation(type_ref.inner, model_prefix)
    return inner if inner == "Any" else f"{inner} | None"


def uses(type_ref: ir.TypeRef) -> set[str]:
    """Names from `typing`/`decimal` an annotation needs: `Any`, `Literal`, `Decimal`."""
    found: set[str] = set()
    _collect(type_ref, found)
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
    return isinstance(type_ref, ir.NullableType) or type_ref == ir.ANY
