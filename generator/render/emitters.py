"""One emitter per kind of IR type: everything the generator writes for a value of that kind.

Each emitter answers for its kind alone: the normal form and the constraint-free shape, the
annotation and what it imports, the check that refuses a bad JSON value, the test that keeps
a good one as it is, the expression that decodes it, the one that encodes it back, the body
of its decoder helper, the `_validate` check of a call argument, the words a docstring says
of it and the models it names. `emitter_for` is the one place that tells the kinds apart.

Emitters hold no state. What belongs to the module being written (the helper names handed
out, the imports noted, the allowed-value sets) is the `CodecContext`'s, which the codec
writer is: an emitter asks it for every name it writes, so that each is noted.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Generic, Protocol, TypeVar

import attrs

from generator import ir
from generator.render.codec_names import DECODE_ERROR, ImportNeed, Shared
from generator.render.rule_text import bounds, call, constraint_facts, count_range
from generator.runtime.testing.patterns import python_pattern

_NONE = ir.ScalarType(ir.ScalarKind.NONE)

SCALAR_ANNOTATIONS = {
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
# Annotation order of union options: scalars, literals, containers, models by name, `Any`.
_SCALAR_RANK = {
    ir.ScalarKind.BOOL: 0,
    ir.ScalarKind.INT: 1,
    ir.ScalarKind.FLOAT: 2,
    ir.ScalarKind.DECIMAL: 3,
    ir.ScalarKind.STR: 4,
    ir.ScalarKind.NONE: 5,
}
# The part of a helper's name that stands for a scalar.
_SCALAR_TOKENS = {
    ir.ScalarKind.STR: "str",
    ir.ScalarKind.INT: "int",
    ir.ScalarKind.FLOAT: "float",
    ir.ScalarKind.BOOL: "bool",
    ir.ScalarKind.DECIMAL: "decimal",
    ir.ScalarKind.ANY: "any",
    ir.ScalarKind.NONE: "null",
    ir.ScalarKind.DATE: "date",
    ir.ScalarKind.DATETIME: "datetime",
    ir.ScalarKind.UUID: "uuid",
    ir.ScalarKind.BYTES: "bytes",
}
# The test that rejects a value (`{var}`: the variable holding it) and what was expected.
_SCALAR_CHECKS = {
    ir.ScalarKind.STR: ("{var}.__class__ is not str", "a string"),
    ir.ScalarKind.BYTES: ("{var}.__class__ is not bytes", "bytes"),
    ir.ScalarKind.INT: ("{var}.__class__ is not int", "an integer"),
    ir.ScalarKind.FLOAT: (
        "{var}.__class__ is not float and {var}.__class__ is not int",
        "a number",
    ),
    ir.ScalarKind.BOOL: ("{var}.__class__ is not bool", "a boolean"),
    ir.ScalarKind.NONE: ("{var} is not None", "null"),
}
# Strings decoded into another class: the decoder and the encoder, a `_codec.py` helper or
# a builtin (named as a plain string).
CONVERTED: dict[ir.ScalarKind, tuple[Shared, Shared | str]] = {
    ir.ScalarKind.DECIMAL: (Shared.DECIMAL, Shared.DECIMAL_TEXT),
    ir.ScalarKind.DATE: (Shared.DATE, Shared.ISO),
    ir.ScalarKind.DATETIME: (Shared.DATETIME, Shared.ISO),
    ir.ScalarKind.UUID: (Shared.UUID_OF, "str"),
}
# The positive form of the same checks, for the fast path of model fields (`{first}`: the
# value's one mention, which may be the expression that reads it).
_ACCEPT = {
    ir.ScalarKind.STR: "{first}.__class__ is str",
    ir.ScalarKind.INT: "{first}.__class__ is int",
    ir.ScalarKind.FLOAT: "(kind := {first}.__class__) is float or kind is int",
    ir.ScalarKind.BOOL: "{first}.__class__ is bool",
    ir.ScalarKind.NONE: "{first} is None",
}
# The `Any`-typed stand-in `_codec.py` defines for each class a literal's values can have.
_CLASS_ALIASES = {str: Shared.STR, int: Shared.INT, float: Shared.FLOAT, bool: Shared.BOOL}

# The `_validate` check of a scalar without rules to pass on (strings and numbers have them).
_PLAIN_VALIDATORS = {
    ir.ScalarKind.BOOL: "v.Bool()",
    ir.ScalarKind.DATE: "v.Date()",
    ir.ScalarKind.DATETIME: "v.DateTime()",
    ir.ScalarKind.UUID: "v.Uuid()",
    ir.ScalarKind.BYTES: "v.Bytes()",
    ir.ScalarKind.NONE: "v.Null()",
    ir.ScalarKind.ANY: "v.Anything()",
}
# The `_validate` check of a number, called with its bounds.
_NUMBER_VALIDATORS = {
    ir.ScalarKind.INT: "v.Int",
    ir.ScalarKind.FLOAT: "v.Number",
    ir.ScalarKind.DECIMAL: "v.Dec",
}
# How a docstring names a scalar's kind.
_KIND_WORDS = {
    ir.ScalarKind.STR: "str",
    ir.ScalarKind.INT: "int",
    ir.ScalarKind.FLOAT: "float",
    ir.ScalarKind.BOOL: "bool",
    ir.ScalarKind.DECIMAL: "Decimal",
    ir.ScalarKind.ANY: "any JSON value",
    ir.ScalarKind.NONE: "None",
    ir.ScalarKind.DATE: "date",
    ir.ScalarKind.DATETIME: "datetime (with a timezone)",
    ir.ScalarKind.UUID: "UUID",
    ir.ScalarKind.BYTES: "bytes",
}
# Enumerations longer than this are shown in docstrings by their first values and their count.
_SHOWN_VALUES = 12

# Names a literal's allowed values in a helper's name (the codec writer settles those).
LiteralToken = Callable[[tuple[ir.JsonScalar, ...]], str]
# The `_validate` check of each request model, by the model's name.
ModelChecks = Mapping[str, str]


@attrs.frozen
class Check:
    """A test that refuses a value: `setup` statements, then `if condition: raise_line`.
    Without setup, a nullable type folds its `is not None` into the same condition."""

    condition: str
    raise_line: str
    setup: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        return [*self.setup, f"if {self.condition}:", f"    {self.raise_line}"]


@attrs.frozen
class Acceptance:
    """When a JSON value is already a field's value, kept as it is: `condition` holds, or
    always (`condition` None: any JSON value)."""

    condition: str | None


class CodecContext(Protocol):
    """The module an emitter writes into. Every name the code takes from outside goes
    through one of these, which note it for the module's imports."""

    def use(self, need: ImportNeed) -> str:
        """The name `need` binds."""

    def shared(self, helper: Shared) -> str:
        """The name of a `_codec.py` helper."""

    def converter(self, kind: ir.ScalarKind, which: int) -> str:
        """The function that decodes (0) or encodes (1) a converted string."""

    def literal_set(self, values: tuple[ir.JsonScalar, ...]) -> str:
        """The constant holding these allowed values."""

    def structure_call(self, type_ref: ir.TypeRef) -> str:
        """The function that decodes a JSON value of this type."""

    def model_function(self, model: str, encodes: bool) -> str:
        """A model's decoder or encoder."""

    def module_annotation(self, type_ref: ir.TypeRef) -> str:
        """The annotation of this type in the module, models qualified."""


@attrs.define
class UnionOptions:
    """The options of a union being brought to normal form: flat (no union inside), each
    once, in spec order (which decides the first match when decoding), null set apart."""

    found: list[ir.TypeRef] = attrs.Factory(list)
    nullable: bool = False

    def add(self, option: ir.TypeRef) -> None:
        if option not in self.found:
            self.found.append(option)

    def union(self) -> ir.TypeRef:
        """The union of the options, null as one `NullableType` around the rest (none
        around `Any`, which holds null); `Any` stays an option where it is one: `Model |
        Any` decodes a model when it can."""
        if not self.found:
            return _NONE
        inner = self.found[0] if len(self.found) == 1 else ir.UnionType(tuple(self.found))
        return ir.NullableType(inner) if self.nullable and inner != ir.ANY else inner


_Type = TypeVar("_Type", bound=ir.TypeRef)


class Emitter(abc.ABC, Generic[_Type]):
    """What every kind answers; the defaults are those of a type decoded by its helper.

    A plain class with slots: one is made for each type looked at, many thousand times in a
    generation, and a frozen attrs class costs twice as much to make."""

    __slots__ = ("type_ref",)

    def __init__(self, type_ref: _Type) -> None:
        self.type_ref = type_ref

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}({self.type_ref!r})"

    # -- the type itself --------------------------------------------------------------

    def normal(self) -> ir.TypeRef:
        """The type in normal form (see `typing_expr.normalise`)."""
        return self.type_ref

    def gather(self, options: UnionOptions) -> None:
        """Adds the type to the options of a union being flattened, in normal form."""
        options.add(self.normal())

    def keep_tags(self, normal: ir.TypeRef) -> ir.TypeRef:
        """`normal`, the flattened form of this type (or of a nullable one around it), with
        the discriminator this type has, for the options still there."""
        return normal

    @property
    def union_options(self) -> tuple[ir.TypeRef, ...] | None:
        """The options of a union type."""
        return None

    def stripped(self) -> ir.TypeRef:
        """The type with its validation rules dropped (not yet normalised)."""
        return self.type_ref

    @property
    def admits_null(self) -> bool:
        """Whether a value of this type, in normal form, may be null."""
        return False

    @property
    def nullable_inner(self) -> ir.TypeRef | None:
        """The type around which null is admitted, for a nullable type."""
        return None

    @property
    def model_name(self) -> str | None:
        """The model a model type names."""
        return None

    @property
    def literal_values(self) -> tuple[ir.JsonScalar, ...] | None:
        """The allowed values of a literal type."""
        return None

    @property
    def list_item(self) -> ir.TypeRef | None:
        """The type of a list type's items."""
        return None

    def model_names(self) -> list[str]:
        """The models the type names directly (not through the fields of other models), in
        the order they appear, each as often as it appears."""
        return []

    # -- call arguments and their docs ------------------------------------------------

    # Whether the check is written for the type's normal form: one check per distinct
    # option or value (unions, literals, and the nullable types around them).
    checks_normal_form: ClassVar[bool] = False

    def argument_check(self, model_checks: ModelChecks) -> str:
        """The `_validate` expression that checks a call argument of this type."""
        emitter = emitter_for(self.normal()) if self.checks_normal_form else self
        return emitter.validator(model_checks)

    @abc.abstractmethod
    def validator(self, model_checks: ModelChecks) -> str:
        """The `_validate` expression for the type as it stands (`argument_check` says
        which form is asked)."""

    @abc.abstractmethod
    def facts(self) -> str:
        """What a value of this type may be, in a few words, for docstrings: "int from 0 to
        9999999999", "one of 'candles', 'ticks'", "list of str (at most 25 items)"."""

    # -- annotations ------------------------------------------------------------------

    @abc.abstractmethod
    def annotation(self, model_prefix: str) -> str:
        """The annotation of a constraint-free type in normal form; `model_prefix`
        qualifies model names."""

    def option_rank(self) -> tuple[int, int, str]:
        """Where the type stands among a union's options in an annotation."""
        return (2, 0, "")

    def collect_uses(self, found: set[str]) -> None:
        """Adds the names from `typing`, `decimal` or an aliased module the annotation needs."""

    @property
    def names_a_model(self) -> bool:
        """Whether the annotation names a model."""
        return False

    @abc.abstractmethod
    def token(self, literal_token: LiteralToken) -> str:
        """The part of a helper's name that says what it decodes."""

    # -- decoding ---------------------------------------------------------------------

    @property
    def checks_nothing(self) -> bool:
        """True when decoding takes any JSON value as it is (so no helper is needed)."""
        return False

    @property
    def is_check_only(self) -> bool:
        """True when decoding only checks the value and never builds a new one."""
        return False

    def check(self, context: CodecContext, var: str) -> Check | list[str]:
        """A check of `var`, or the statements that decode it (none: any value will do)."""
        return [f"{var} = {context.structure_call(self.type_ref)}({var})"]

    def accept(self, context: CodecContext, first: str, rest: str) -> Acceptance | None:
        """When a JSON value is this type's value as it is; None when the type must build a
        new value (models, arrays, decimals...). The condition names the value `first` where
        it is evaluated first (an expression that reads it may stand there) and `rest` after."""
        return None

    def rejection(self, context: CodecContext) -> str:
        """The DecodeError for a value `accept` refused (and that is present)."""
        raise AssertionError(f"{self.type_ref} has no acceptance test to refuse a value")

    def decode_expr(self, context: CodecContext, var: str) -> str:
        """An expression decoding `var`, for types that build a new value."""
        return f"{context.structure_call(self.type_ref)}({var})"

    def decoder_body(self, context: CodecContext, returns: str) -> list[str]:
        """The body of the helper that decodes `value` into this type (annotated `returns`)."""
        lines = ["    " + line for line in check_lines(context, self.type_ref)]
        return [*lines, f"    result: {returns} = value", "    return result"]

    # -- encoding ---------------------------------------------------------------------

    @property
    def encodes_as_is(self) -> bool:
        """True when a decoded value of this type is already its JSON form (no class
        converted, no model, no tuple inside)."""
        return False

    def encode_expr(self, context: CodecContext, var: str) -> str:
        """An expression turning `var` (a decoded value) back into its JSON form."""
        return f"{context.shared(Shared.ENCODE_ANY)}({var})"


class ScalarEmitter(Emitter[ir.ScalarType]):
    __slots__ = ()

    def stripped(self) -> ir.TypeRef:
        return ir.ScalarType(self.type_ref.kind)

    def gather(self, options: UnionOptions) -> None:
        if self.type_ref == _NONE:
            options.nullable = True
        else:
            super().gather(options)

    def annotation(self, model_prefix: str) -> str:
        return SCALAR_ANNOTATIONS[self.type_ref.kind]

    def option_rank(self) -> tuple[int, int, str]:
        return (0, _SCALAR_RANK.get(self.type_ref.kind, len(_SCALAR_RANK)), "")

    def collect_uses(self, found: set[str]) -> None:
        kind = self.type_ref.kind
        if kind is ir.ScalarKind.DECIMAL:
            found.add(SCALAR_ANNOTATIONS[kind])
        elif kind in (ir.ScalarKind.DATE, ir.ScalarKind.DATETIME):
            found.add("_dt")
        elif kind is ir.ScalarKind.UUID:
            found.add("_uuid")

    def token(self, literal_token: LiteralToken) -> str:
        return _SCALAR_TOKENS[self.type_ref.kind]

    @property
    def is_check_only(self) -> bool:
        return self.type_ref.kind not in CONVERTED

    def check(self, context: CodecContext, var: str) -> Check | list[str]:
        kind = self.type_ref.kind
        if kind in CONVERTED:
            return [f"{var} = {context.converter(kind, 0)}({var})"]
        condition, expected = _SCALAR_CHECKS[kind]
        return Check(
            condition.format(var=var),
            f"raise {context.shared(Shared.EXPECTED)}({expected!r}, {var})",
        )

    def accept(self, context: CodecContext, first: str, rest: str) -> Acceptance | None:
        test = _ACCEPT.get(self.type_ref.kind)
        return None if test is None else Acceptance(test.format(first=first))

    def rejection(self, context: CodecContext) -> str:
        expected = context.shared(Shared.EXPECTED)
        return f"{expected}({_SCALAR_CHECKS[self.type_ref.kind][1]!r}, value)"

    def decode_expr(self, context: CodecContext, var: str) -> str:
        if self.type_ref.kind in CONVERTED:
            return f"{context.converter(self.type_ref.kind, 0)}({var})"
        return super().decode_expr(context, var)

    @property
    def encodes_as_is(self) -> bool:
        return self.type_ref.kind not in CONVERTED

    def encode_expr(self, context: CodecContext, var: str) -> str:
        if self.type_ref.kind in CONVERTED:
            return f"{context.converter(self.type_ref.kind, 1)}({var})"
        return var

    def validator(self, model_checks: ModelChecks) -> str:
        rules = self.type_ref.constraints
        kind = self.type_ref.kind
        if kind is ir.ScalarKind.STR:
            pattern = python_pattern(rules.pattern) if rules.pattern is not None else None
            source = rules.pattern if rules.pattern != pattern else None  # quoted in errors
            return call(
                "v.Str",
                pattern=pattern,
                min_length=rules.min_length,
                max_length=rules.max_length,
                source=source,
            )
        if kind in _NUMBER_VALIDATORS:
            return call(_NUMBER_VALIDATORS[kind], **bounds(rules))
        return _PLAIN_VALIDATORS[kind]

    def facts(self) -> str:
        return " ".join(
            [_KIND_WORDS[self.type_ref.kind], *constraint_facts(self.type_ref.constraints)]
        )


class AnyEmitter(ScalarEmitter):
    """Any JSON value, null included: nothing to check, nothing to convert."""

    __slots__ = ()

    def option_rank(self) -> tuple[int, int, str]:
        if self.type_ref == ir.ANY:
            return (4, 0, "")  # the fallback goes last, as it is tried last
        return super().option_rank()

    def collect_uses(self, found: set[str]) -> None:
        found.add(SCALAR_ANNOTATIONS[ir.ScalarKind.ANY])

    @property
    def admits_null(self) -> bool:
        return self.type_ref == ir.ANY

    @property
    def checks_nothing(self) -> bool:
        return True

    def check(self, context: CodecContext, var: str) -> Check | list[str]:
        return []

    def accept(self, context: CodecContext, first: str, rest: str) -> Acceptance | None:
        return Acceptance(None)


class LiteralEmitter(Emitter[ir.LiteralType]):
    __slots__ = ()
    checks_normal_form = True

    def normal(self) -> ir.TypeRef:
        """No value twice (`1` and `True` stay apart)."""
        seen: list[tuple[str, object]] = []
        kept = []
        for value in self.type_ref.values:
            key = (value.__class__.__name__, value)
            if key not in seen:
                seen.append(key)
                kept.append(value)
        if len(kept) == len(self.type_ref.values):
            return self.type_ref
        return ir.LiteralType(tuple(kept))

    def annotation(self, model_prefix: str) -> str:
        return "Literal[" + ", ".join(repr(value) for value in self.type_ref.values) + "]"

    def option_rank(self) -> tuple[int, int, str]:
        return (1, 0, "")

    def collect_uses(self, found: set[str]) -> None:
        found.add("Literal")

    def token(self, literal_token: LiteralToken) -> str:
        return "one_of_" + literal_token(self.type_ref.values)

    @property
    def is_check_only(self) -> bool:
        return True

    def check(self, context: CodecContext, var: str) -> Check | list[str]:
        values = self.type_ref.values
        const = context.literal_set(values)
        classes = {value.__class__ for value in values}
        shown = ", ".join(repr(value) for value in values)
        # The class goes through a separate name: checking `value.__class__` directly
        # would make mypy narrow `value` to `str`, which a Literal field does not accept.
        if len(classes) == 1:
            cls = classes.pop().__name__
            test = f"kind is not {cls} or {var} not in {const}"
        else:
            classes_name = context.shared(Shared.SCALAR_CLASSES)
            test = f"kind not in {classes_name} or (kind, {var}) not in {const}"
        return Check(
            test,
            f"raise {context.shared(Shared.NOT_ONE_OF)}({shown!r}, {var})",
            setup=(f"kind = {var}.__class__",),
        )

    def accept(self, context: CodecContext, first: str, rest: str) -> Acceptance | None:
        const = context.literal_set(self.type_ref.values)
        classes = {value.__class__ for value in self.type_ref.values}
        # The class is named through an alias typed `Any` (`_STR` for `str`): testing
        # against `str` itself would make mypy narrow `value` to `str`, which a Literal
        # field does not accept.
        if classes == {type(None)}:
            return Acceptance(f"{first} is None")
        if len(classes) == 1:
            alias = context.shared(_CLASS_ALIASES[classes.pop()])
            return Acceptance(f"{first}.__class__ is {alias} and {rest} in {const}")
        classes_name = context.shared(Shared.SCALAR_CLASSES)
        return Acceptance(
            f"(kind := {first}.__class__) in {classes_name} and (kind, {rest}) in {const}"
        )

    def rejection(self, context: CodecContext) -> str:
        shown = ", ".join(repr(value) for value in self.type_ref.values)
        return f"{context.shared(Shared.NOT_ONE_OF)}({shown!r}, value)"

    @property
    def encodes_as_is(self) -> bool:
        return True

    def encode_expr(self, context: CodecContext, var: str) -> str:
        return var

    @property
    def literal_values(self) -> tuple[ir.JsonScalar, ...] | None:
        return self.type_ref.values

    def validator(self, model_checks: ModelChecks) -> str:
        return "v.OneOf((" + "".join(f"{value!r}, " for value in self.type_ref.values) + "))"

    def facts(self) -> str:
        values = [repr(value) for value in self.type_ref.values]
        if len(values) > _SHOWN_VALUES:
            shown = ", ".join(values[:_SHOWN_VALUES])
            return f"one of {len(values)} values: {shown}, ..."
        return f"only {values[0]}" if len(values) == 1 else "one of " + ", ".join(values)


class ListEmitter(Emitter[ir.ListType]):
    __slots__ = ()

    @property
    def item(self) -> Emitter[Any]:
        return emitter_for(self.type_ref.item)

    def normal(self) -> ir.TypeRef:
        return attrs.evolve(self.type_ref, item=self.item.normal())

    def stripped(self) -> ir.TypeRef:
        return ir.ListType(self.item.stripped())

    def annotation(self, model_prefix: str) -> str:
        return f"list[{self.item.annotation(model_prefix)}]"

    def collect_uses(self, found: set[str]) -> None:
        self.item.collect_uses(found)

    @property
    def names_a_model(self) -> bool:
        return self.item.names_a_model

    def token(self, literal_token: LiteralToken) -> str:
        return "list_of_" + self.item.token(literal_token)

    def accept(self, context: CodecContext, first: str, rest: str) -> Acceptance | None:
        if self.type_ref.item == ir.ANY:
            return Acceptance(f"{first}.__class__ is list")
        return None

    def rejection(self, context: CodecContext) -> str:
        return f"{context.shared(Shared.EXPECTED)}('an array', value)"

    def decoder_body(self, context: CodecContext, returns: str) -> list[str]:
        head = [
            "    if value.__class__ is not list:",
            f"        raise {context.shared(Shared.EXPECTED)}('an array', value)",
        ]
        item = self.item
        if item.checks_nothing:
            return [*head, f"    result: {returns} = value", "    return result"]
        if item.is_check_only:
            # Only checks: validate in place and hand back the list orjson built.
            body = check_lines(context, self.type_ref.item, "item")
            return [
                *head,
                "    for index, item in enumerate(value):",
                "        try:",
                *("            " + line for line in body),
                f"        except {context.use(DECODE_ERROR)} as error:",
                "            raise error.at(index) from None",
                f"    result: {returns} = value",
                "    return result",
            ]
        decode = context.structure_call(self.type_ref.item)
        return [
            *head,
            "    try:",
            f"        return [{decode}(item) for item in value]",
            f"    except {context.use(DECODE_ERROR)}:",
            f"        raise {context.shared(Shared.LOCATE_ITEM_ERROR)}(value, {decode}) from None",
        ]

    @property
    def encodes_as_is(self) -> bool:
        return self.item.encodes_as_is

    def encode_expr(self, context: CodecContext, var: str) -> str:
        if self.encodes_as_is:
            return var
        return f"[{self.item.encode_expr(context, 'item')} for item in {var}]"

    @property
    def list_item(self) -> ir.TypeRef | None:
        return self.type_ref.item

    def model_names(self) -> list[str]:
        return self.item.model_names()

    def validator(self, model_checks: ModelChecks) -> str:
        return call(
            "v.ListOf",
            self.item.argument_check(model_checks),
            min_items=self.type_ref.constraints.min_items,
            max_items=self.type_ref.constraints.max_items,
        )

    def facts(self) -> str:
        rules = self.type_ref.constraints
        count = count_range(rules.min_items, rules.max_items)
        return f"list of {self.item.facts()}" + (f" ({count} items)" if count else "")


class TupleEmitter(Emitter[ir.TupleType]):
    __slots__ = ()

    @property
    def items(self) -> list[Emitter[Any]]:
        return [emitter_for(item) for item in self.type_ref.items]

    def normal(self) -> ir.TypeRef:
        return ir.TupleType(tuple(item.normal() for item in self.items))

    def stripped(self) -> ir.TypeRef:
        return ir.TupleType(tuple(item.stripped() for item in self.items))

    def annotation(self, model_prefix: str) -> str:
        items = ", ".join(item.annotation(model_prefix) for item in self.items)
        return f"tuple[{items or '()'}]"  # `tuple[()]`: the empty array

    def collect_uses(self, found: set[str]) -> None:
        for item in self.items:
            item.collect_uses(found)

    @property
    def names_a_model(self) -> bool:
        return any(item.names_a_model for item in self.items)

    def token(self, literal_token: LiteralToken) -> str:
        return "tuple_of_" + (
            "_and_".join(item.token(literal_token) for item in self.items) or "nothing"
        )

    def decoder_body(self, context: CodecContext, returns: str) -> list[str]:
        """Length first, then each position in place, the failing position named in the path."""
        size = len(self.type_ref.items)
        names = [f"item{index}" for index in range(size)]
        lines = [
            "    if value.__class__ is not list:",
            f"        raise {context.shared(Shared.EXPECTED)}('an array', value)",
            f"    if len(value) != {size}:",
            f"        raise {context.shared(Shared.WRONG_LENGTH)}({size}, value)",
        ]
        if not size:
            return [*lines, f"    result: {returns} = ()", "    return result"]
        lines.append(f"    {', '.join(names)}{',' if size == 1 else ''} = value")
        for index, (item, name) in enumerate(zip(self.type_ref.items, names, strict=True)):
            checks = check_lines(context, item, name)
            if checks:
                lines += [
                    "    try:",
                    *("        " + line for line in checks),
                    f"    except {context.use(DECODE_ERROR)} as error:",
                    f"        raise error.at({index}) from None",
                ]
        items = ", ".join(names) + ("," if size == 1 else "")
        return [*lines, f"    result: {returns} = ({items})", "    return result"]

    def encode_expr(self, context: CodecContext, var: str) -> str:
        # A fixed-length array goes back on the wire as a JSON array, as it came.
        items = ", ".join(
            item.encode_expr(context, f"{var}[{index}]") for index, item in enumerate(self.items)
        )
        return f"[{items}]"

    def model_names(self) -> list[str]:
        return [name for item in self.items for name in item.model_names()]

    def validator(self, model_checks: ModelChecks) -> str:
        items = "".join(item.argument_check(model_checks) + ", " for item in self.items)
        return f"v.TupleOf(({items}))"

    def facts(self) -> str:
        if not self.type_ref.items:
            return "empty tuple"
        return "tuple of (" + ", ".join(item.facts() for item in self.items) + ")"


class MapEmitter(Emitter[ir.MapType]):
    __slots__ = ()

    @property
    def value(self) -> Emitter[Any]:
        return emitter_for(self.type_ref.value)

    def normal(self) -> ir.TypeRef:
        return ir.MapType(self.value.normal())

    def stripped(self) -> ir.TypeRef:
        return ir.MapType(self.value.stripped())

    def annotation(self, model_prefix: str) -> str:
        return f"dict[str, {self.value.annotation(model_prefix)}]"

    def collect_uses(self, found: set[str]) -> None:
        self.value.collect_uses(found)

    @property
    def names_a_model(self) -> bool:
        return self.value.names_a_model

    def token(self, literal_token: LiteralToken) -> str:
        return "dict_of_" + self.value.token(literal_token)

    def accept(self, context: CodecContext, first: str, rest: str) -> Acceptance | None:
        if self.type_ref.value == ir.ANY:
            return Acceptance(f"{first}.__class__ is dict")
        return None

    def rejection(self, context: CodecContext) -> str:
        return f"{context.shared(Shared.EXPECTED)}('an object', value)"

    def decoder_body(self, context: CodecContext, returns: str) -> list[str]:
        head = [
            "    if value.__class__ is not dict:",
            f"        raise {context.shared(Shared.EXPECTED)}('an object', value)",
        ]
        if self.value.checks_nothing:
            return [*head, f"    result: {returns} = value", "    return result"]
        decode = context.structure_call(self.type_ref.value)
        return [
            *head,
            "    result = {}",
            "    for key, item in value.items():",
            "        try:",
            f"            result[key] = {decode}(item)",
            f"        except {context.use(DECODE_ERROR)} as error:",
            "            raise error.at(key) from None",
            "    return result",
        ]

    @property
    def encodes_as_is(self) -> bool:
        return self.value.encodes_as_is

    def encode_expr(self, context: CodecContext, var: str) -> str:
        if self.encodes_as_is:
            return var
        inner = self.value.encode_expr(context, "item")
        return f"{{k: {inner} for k, item in {var}.items()}}"

    def model_names(self) -> list[str]:
        return self.value.model_names()

    def validator(self, model_checks: ModelChecks) -> str:
        return f"v.MapOf({self.value.argument_check(model_checks)})"

    def facts(self) -> str:
        return f"mapping of str to {self.value.facts()}"


class ModelEmitter(Emitter[ir.ModelType]):
    __slots__ = ()

    @property
    def model_name(self) -> str | None:
        return self.type_ref.name

    def annotation(self, model_prefix: str) -> str:
        return model_prefix + self.type_ref.name

    def option_rank(self) -> tuple[int, int, str]:
        return (3, 0, self.type_ref.name)

    @property
    def names_a_model(self) -> bool:
        return True

    def token(self, literal_token: LiteralToken) -> str:
        return self.type_ref.name

    def encode_expr(self, context: CodecContext, var: str) -> str:
        return f"{context.model_function(self.type_ref.name, encodes=True)}({var})"

    def model_names(self) -> list[str]:
        return [self.type_ref.name]

    def validator(self, model_checks: ModelChecks) -> str:
        return model_checks[self.type_ref.name]

    def facts(self) -> str:
        return f"``models.{self.type_ref.name}``"


class UnionEmitter(Emitter[ir.UnionType]):
    __slots__ = ()
    checks_normal_form = True

    @property
    def options(self) -> list[Emitter[Any]]:
        return [emitter_for(option) for option in self.type_ref.options]

    def normal(self) -> ir.TypeRef:
        options = UnionOptions()
        self.gather(options)
        return self.keep_tags(options.union())

    def gather(self, options: UnionOptions) -> None:
        for option in self.options:
            option.gather(options)

    def keep_tags(self, normal: ir.TypeRef) -> ir.TypeRef:
        """A `oneOf` stays one; a discriminated union keeps its tags for the options still
        there."""
        if not (self.type_ref.tag or self.type_ref.exclusive):
            return normal
        null_around = emitter_for(normal).nullable_inner
        inner = normal if null_around is None else null_around
        options = emitter_for(inner).union_options
        if options is None:
            return normal
        models = {emitter_for(option).model_name for option in options} - {None}
        tags = tuple((value, name) for value, name in self.type_ref.tags if name in models)
        tagged = ir.UnionType(
            options,
            tag=self.type_ref.tag if tags else "",
            tags=tags,
            exclusive=self.type_ref.exclusive,
        )
        return tagged if null_around is None else ir.NullableType(tagged)

    @property
    def union_options(self) -> tuple[ir.TypeRef, ...] | None:
        return self.type_ref.options

    def stripped(self) -> ir.TypeRef:
        options = tuple(option.stripped() for option in self.options)
        # Exclusivity is a rule of argument checks: decoders and annotations do not see it.
        return attrs.evolve(self.type_ref, options=options, exclusive=False)

    def annotation(self, model_prefix: str) -> str:
        # Ties keep their spec order (a stable sort).
        options = sorted(self.options, key=lambda option: option.option_rank())
        return " | ".join(option.annotation(model_prefix) for option in options)

    def collect_uses(self, found: set[str]) -> None:
        for option in self.options:
            option.collect_uses(found)

    @property
    def names_a_model(self) -> bool:
        return any(option.names_a_model for option in self.options)

    def token(self, literal_token: LiteralToken) -> str:
        return "_or_".join(option.token(literal_token) for option in self.options)

    def decoder_body(self, context: CodecContext, returns: str) -> list[str]:
        options = ", ".join(context.structure_call(option) for option in self.type_ref.options)
        return [
            *self._tag_dispatch(context),
            f"    result: {returns} = {context.shared(Shared.FIRST_MATCH)}(value, ({options},))",
            "    return result",
        ]

    def _tag_dispatch(self, context: CodecContext) -> list[str]:
        """A discriminated union decodes the option its tag names; an unknown or missing tag
        falls back to the first option that fits."""
        if not self.type_ref.tag:
            return []
        lines = [
            "    if value.__class__ is dict:",
            f"        tag = value.get({self.type_ref.tag!r})",
        ]
        for value, model in self.type_ref.tags:
            lines += [
                f"        if tag == {value!r}:",
                f"            return {context.structure_call(ir.ModelType(model))}(value)",
            ]
        return lines

    @property
    def encodes_as_is(self) -> bool:
        return all(option.encodes_as_is for option in self.options)

    def encode_expr(self, context: CodecContext, var: str) -> str:
        return var if self.encodes_as_is else super().encode_expr(context, var)

    def model_names(self) -> list[str]:
        return [name for option in self.options for name in option.model_names()]

    def validator(self, model_checks: ModelChecks) -> str:
        options = self.options
        checks = [option.argument_check(model_checks) for option in options]
        if not self.type_ref.exclusive:
            return "v.AnyOf(" + ", ".join(checks) + ")"
        # A `oneOf`: exactly one option must fit; with a discriminator, the tag property and
        # which option (by position) each of its values chooses.
        listed = "".join(check + ", " for check in checks)
        positions = {
            option.model_name: index
            for index, option in enumerate(options)
            if option.model_name is not None
        }
        tags = {value: positions[name] for value, name in self.type_ref.tags if name in positions}
        if not self.type_ref.tag or not tags:
            return f"v.ExactlyOne(({listed}))"
        return f"v.ExactlyOne(({listed}), tag={self.type_ref.tag!r}, tags={tags!r})"

    def facts(self) -> str:
        return " or ".join(option.facts() for option in self.options)


class NullableEmitter(Emitter[ir.NullableType]):
    __slots__ = ()
    # In normal form the inner type is never `Any` (a nullable `Any` is just `Any`).
    checks_normal_form = True

    @property
    def inner(self) -> Emitter[Any]:
        return emitter_for(self.type_ref.inner)

    def normal(self) -> ir.TypeRef:
        options = UnionOptions()
        self.gather(options)
        return self.inner.keep_tags(options.union())

    def gather(self, options: UnionOptions) -> None:
        options.nullable = True
        self.inner.gather(options)

    def stripped(self) -> ir.TypeRef:
        return ir.NullableType(self.inner.stripped())

    @property
    def admits_null(self) -> bool:
        return True

    @property
    def nullable_inner(self) -> ir.TypeRef | None:
        return self.type_ref.inner

    def annotation(self, model_prefix: str) -> str:
        return self.inner.annotation(model_prefix) + " | None"

    def collect_uses(self, found: set[str]) -> None:
        self.inner.collect_uses(found)

    @property
    def names_a_model(self) -> bool:
        return self.inner.names_a_model

    def token(self, literal_token: LiteralToken) -> str:
        return self.inner.token(literal_token) + "_or_null"

    @property
    def checks_nothing(self) -> bool:
        return self.inner.checks_nothing

    @property
    def is_check_only(self) -> bool:
        return self.inner.is_check_only

    def check(self, context: CodecContext, var: str) -> Check | list[str]:
        inner = self.inner.check(context, var)
        if isinstance(inner, Check) and not inner.setup:
            return Check(f"{var} is not None and ({inner.condition})", inner.raise_line)
        if isinstance(inner, Check):
            inner = inner.lines()
        if not inner:
            return []
        return [f"if {var} is not None:", *("    " + line for line in inner)]

    def accept(self, context: CodecContext, first: str, rest: str) -> Acceptance | None:
        inner = self.inner.accept(context, rest, rest)
        if inner is None or inner.condition is None:
            return inner
        return Acceptance(f"{first} is None or ({inner.condition})")

    def rejection(self, context: CodecContext) -> str:
        return self.inner.rejection(context)

    def decode_expr(self, context: CodecContext, var: str) -> str:
        return f"None if {var} is None else {self.inner.decode_expr(context, var)}"

    @property
    def encodes_as_is(self) -> bool:
        return self.inner.encodes_as_is

    def encode_expr(self, context: CodecContext, var: str) -> str:
        if self.encodes_as_is:
            return var
        return f"None if {var} is None else {self.inner.encode_expr(context, var)}"

    def model_names(self) -> list[str]:
        return self.inner.model_names()

    def validator(self, model_checks: ModelChecks) -> str:
        return f"v.Nullable({self.inner.argument_check(model_checks)})"

    def facts(self) -> str:
        return self.inner.facts() + ", or None"


# The emitter of each other kind, by the IR class (none has subclasses): one lookup, no chain
# of tests, as this is asked for every type the generator meets, many times over.
_EMITTERS: dict[type[ir.TypeRef], Callable[[Any], Emitter[Any]]] = {
    ir.LiteralType: LiteralEmitter,
    ir.ListType: ListEmitter,
    ir.TupleType: TupleEmitter,
    ir.MapType: MapEmitter,
    ir.ModelType: ModelEmitter,
    ir.UnionType: UnionEmitter,
    ir.NullableType: NullableEmitter,
}


def emitter_for(type_ref: ir.TypeRef) -> Emitter[Any]:
    """The emitter of this type's kind: the one place the kinds are told apart."""
    if type_ref.__class__ is ir.ScalarType:  # the most common kind, by far
        scalar: ir.ScalarType = type_ref
        if scalar.kind is ir.ScalarKind.ANY:
            return AnyEmitter(scalar)
        return ScalarEmitter(scalar)
    return _EMITTERS[type_ref.__class__](type_ref)


def check_lines(context: CodecContext, type_ref: ir.TypeRef, var: str = "value") -> list[str]:
    """Statements that check `var` and, where needed, replace it by its decoded form."""
    plan = emitter_for(type_ref).check(context, var)
    return plan.lines() if isinstance(plan, Check) else plan
