"""Python annotations for IR types, as source text, and the normal form of IR types.

Unions are flattened, their duplicate options dropped and `null` lifted out as one
`NullableType`; a literal's values are deduplicated. Annotations list union options in a
canonical order, so the same type reads the same wherever it appears. What each kind of
type contributes is its emitter's (`emitters.py`); these are the entry points.
"""

from __future__ import annotations

from collections.abc import Hashable

from generator import ir
from generator.render.emitters import emitter_for
from generator.render.identity_memo import IdentityMemo

# Each IR type object's normal form, stripped form and annotation are computed once (the
# renderer asks for them ~100,000 times for ~1,400 models); the bound keeps a long-lived
# process that renders many specs from holding every type it ever met.
MEMO_SIZE = 8192


def normalise(type_ref: ir.TypeRef) -> ir.TypeRef:
    """The same type in normal form: no union inside a union, no option twice (options keep
    their spec order, which decides the first match when decoding), `null` as one
    `NullableType` around the rest (none around `Any`, which holds null), no literal value
    twice (`1` and `True` stay apart)."""
    return _normal_forms(type_ref)


def _normal_form(type_ref: ir.TypeRef, _: Hashable = None) -> ir.TypeRef:
    return emitter_for(type_ref).normal()


def without_constraints(type_ref: ir.TypeRef) -> ir.TypeRef:
    """The type with its validation rules dropped: what a decoder or an annotation sees
    (two strings with different patterns are both `str` to them). Normalised again, so
    options that differed only by their rules become one."""
    return _stripped_forms(type_ref)


def _stripped_form(type_ref: ir.TypeRef, _: Hashable = None) -> ir.TypeRef:
    return emitter_for(emitter_for(type_ref).stripped()).normal()


def annotation(type_ref: ir.TypeRef, model_prefix: str = "") -> str:
    """`model_prefix` qualifies model names (e.g. `models.`) outside the models module."""
    return _annotations(type_ref, model_prefix)


def _annotation(type_ref: ir.TypeRef, model_prefix: Hashable) -> str:
    return emitter_for(without_constraints(type_ref)).annotation(str(model_prefix))


def uses(type_ref: ir.TypeRef) -> set[str]:
    """Names from `typing`/`decimal` an annotation needs: `Any`, `Literal`, `Decimal`."""
    found: set[str] = set()
    emitter_for(without_constraints(type_ref)).collect_uses(found)
    return found


_normal_forms = IdentityMemo(_normal_form, MEMO_SIZE)
_stripped_forms = IdentityMemo(_stripped_form, MEMO_SIZE)
_annotations = IdentityMemo(_annotation, MEMO_SIZE)


def is_nullable(type_ref: ir.TypeRef) -> bool:
    return emitter_for(normalise(type_ref)).admits_null
