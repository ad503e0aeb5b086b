"""Writes the per-model decode and encode functions of a generated package.

Generic cattrs hooks inspect classes at run time; these functions are written out field by
field instead (inline class checks, `object.__new__` plus slot assignment, optional fields
skipped when absent), which is what makes decoding faster than pydantic (see
shared/DESIGN.md, "Decoding fast with attrs"). The templates only place this text.
Each name the text takes from outside its module is noted as it is written (`used_names`),
so the renderer imports exactly those.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import TypeVar

import attrs

from generator import ir
from generator.naming import snake_case
from generator.render.typing_expr import (
    annotation,
    is_nullable,
    normalise,
    uses,
    without_constraints,
)

_Key = TypeVar("_Key", bound=Hashable)
# The members of a literal's allowed-value set: (class name, value), sorted, no duplicates.
LiteralKey = tuple[tuple[str, object], ...]

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


@attrs.frozen
class ImportNeed:
    """A name a decoder module uses but does not define: `from module import name`, or
    `import module` when `name` is None; `alias` is the name it is bound to, if another.
    A `local` module is named relative to the package's root (`errors`, `_codec`; the
    package itself is ``), any other is the standard library's."""

    module: str
    name: str | None = None
    alias: str | None = None
    local: bool = False

    @property
    def bound(self) -> str:
        """The name the import binds, the one the code says."""
        return self.alias or self.name or self.module


DATETIME = ImportNeed("datetime", alias="_dt")
UUID = ImportNeed("uuid", alias="_uuid")
DECIMAL = ImportNeed("decimal", "Decimal")
CALLABLE = ImportNeed("collections.abc", "Callable")
ANY = ImportNeed("typing", "Any")
LITERAL = ImportNeed("typing", "Literal")
MODELS = ImportNeed("", "models", alias="m", local=True)
UNSET = ImportNeed("_runtime.core.types", "UNSET", local=True)
DECODE_ERROR = ImportNeed("errors", "DecodeError", local=True)
# What each name `typing_expr.uses` reports for an annotation comes from.
_ANNOTATION_NEEDS = {
    "_dt": DATETIME,
    "_uuid": UUID,
    "Decimal": DECIMAL,
    "Any": ANY,
    "Literal": LITERAL,
}


class Shared(enum.Enum):
    """The helpers the shared `_codec.py` defines for the decoder modules (its template
    writes them): the date ones only when some module converts dates (`uses_dates`), the
    UUID one only when some module converts UUIDs (`uses_uuid`), the rest always."""

    SCALAR_CLASSES = "_SCALAR_CLASSES"
    STR = "_STR"
    INT = "_INT"
    FLOAT = "_FLOAT"
    BOOL = "_BOOL"
    NEW = "_new"
    EXPECTED = "_expected"
    NOT_ONE_OF = "_not_one_of"
    WRONG_LENGTH = "_wrong_length"
    DECIMAL = "_decimal"
    DECIMAL_TEXT = "_decimal_text"
    DATE = "_date"
    DATETIME = "_datetime"
    ISO = "_iso"
    UUID_OF = "_uuid_of"
    FIRST_MATCH = "_first_match"
    LOCATE_ITEM_ERROR = "_locate_item_error"
    DECODE_EXTRAS = "_decode_extras"
    ENCODE_ANY = "_encode_any"

    @property
    def need(self) -> ImportNeed:
        return ImportNeed("_codec", self.value, local=True)


# The `Any`-typed stand-in `_codec.py` defines for each class a literal's values can have.
_CLASS_ALIASES = {str: Shared.STR, int: Shared.INT, float: Shared.FLOAT, bool: Shared.BOOL}


@attrs.frozen
class ModelCodec:
    """The decoder (`encodes` False) or the encoder of a model another module defines."""

    model: str
    encodes: bool

    @property
    def function(self) -> str:
        return unstructure_name(self.model) if self.encodes else structure_name(self.model)


@attrs.frozen
class UsedNames:
    """Every name a decoder module's body uses but does not define, as the codec writer
    wrote them: what its imports must bring, no more."""

    imports: frozenset[ImportNeed]
    model_codecs: frozenset[ModelCodec]


# Strings decoded into another class: the decoder and the encoder, a `_codec.py` helper or
# a builtin (named as a plain string).
_CONVERTED: dict[ir.ScalarKind, tuple[Shared, Shared | str]] = {
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


def structure_name(model: str) -> str:
    return f"structure_{snake_case(model)}"


def unstructure_name(model: str) -> str:
    return f"unstructure_{snake_case(model)}"


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


@attrs.frozen
class FieldPlan:
    """How one model field is declared: annotation, default and whether it can be UNSET."""

    field: ir.Field
    annotation: str
    default: str | None
    unset_default: bool
    # The annotation names `Unset` (a field that may be null and absent; `Any` covers it).
    names_unset: bool = False


def plan_field(field: ir.Field, model_prefix: str = "") -> FieldPlan:
    """Required fields have no default; optional ones default to None, or to UNSET when
    null is a legal value (so an absent field and an explicit null stay apart)."""
    text = annotation(field.type, model_prefix)
    if field.required:
        return FieldPlan(field, text, None, False)
    if is_nullable(field.type):
        normal = normalise(field.type)
        if isinstance(normal, ir.NullableType):
            inner = annotation(normal.inner, model_prefix)
            return FieldPlan(field, f"{inner} | Unset | None", "UNSET", True, names_unset=True)
        return FieldPlan(field, text, "UNSET", True)  # Any: it holds UNSET too
    return FieldPlan(field, f"{text} | None", "None", False)


@attrs.frozen
class HelperNames:
    """The names of the module's helpers: decoders by the type they decode (constraints
    dropped) and allowed-value sets by their members."""

    decoders: Mapping[ir.TypeRef, str]
    literals: Mapping[LiteralKey, str]


class CodecWriter:
    """Writes each model's two functions and the helpers they share.

    Helpers are named from what they decode or check (`_decode_list_of_Candle`,
    `_ALLOWED_buy_sell`), never from the order they were met in, so a change to one call
    renames nothing else. Names are settled before any is handed out: a first pass over the
    models and `roots` (the types decoded from outside the module, e.g. responses) collects
    every helper, then clashing names are told apart by their content.
    """

    def __init__(self, models: Iterable[ir.Model], roots: Iterable[ir.TypeRef] = ()) -> None:
        self._models = {model.name: model for model in models}
        roots = tuple(roots)
        self._start(None)
        for root in roots:
            self._root_decoder(root)
        self._write_body()
        self._start(helper_names(self._helpers, self._literals))
        # The second pass writes everything once; the writer is then read, never changed.
        self.root_decoders: Mapping[ir.TypeRef, str] = {
            root: self._root_decoder(root) for root in roots
        }
        self._body = self._write_body()

    def _start(self, names: HelperNames | None) -> None:
        """Empties the module; `names` None starts the first pass, which only collects."""
        self._names = names
        self._helpers: dict[ir.TypeRef, str] = {}
        self._helper_sources: dict[str, str] = {}
        self._literals: dict[LiteralKey, str] = {}
        self._key_sets: list[str] = []
        self._imports: set[ImportNeed] = set()
        self._model_codecs: set[ModelCodec] = set()
        # Whether the code written so far converts dates or UUIDs (their helpers are then
        # part of `_codec.py`).
        self.uses_dates = False
        self.uses_uuid = False

    def _converter(self, kind: ir.ScalarKind, which: int) -> str:
        """The function that decodes (0) or encodes (1) a converted string."""
        self.uses_dates = self.uses_dates or kind in (ir.ScalarKind.DATE, ir.ScalarKind.DATETIME)
        self.uses_uuid = self.uses_uuid or kind is ir.ScalarKind.UUID
        function = _CONVERTED[kind][which]
        return function if isinstance(function, str) else self._shared(function)

    # -- the names the code uses ----------------------------------------------------------
    # Every name the body takes from outside is written through one of these, which note it.

    def _use(self, need: ImportNeed) -> str:
        self._imports.add(need)
        return need.bound

    def _shared(self, helper: Shared) -> str:
        return self._use(helper.need)

    def _model_class(self, name: str) -> str:
        return f"{self._use(MODELS)}.{name}"

    def _annotation(self, type_ref: ir.TypeRef) -> str:
        """The annotation of a value of this type, models qualified by the models module."""
        self._imports.update(_ANNOTATION_NEEDS[name] for name in uses(type_ref))
        if _names_a_model(type_ref):
            self._use(MODELS)
        return annotation(type_ref, MODELS.bound + ".")

    def _model_function(self, model: str, encodes: bool) -> str:
        """A model's decoder or encoder; one of another module is noted for import."""
        codec = ModelCodec(model, encodes)
        if model not in self._models:
            self._model_codecs.add(codec)
        return codec.function

    @property
    def used_names(self) -> UsedNames:
        """The names the module body uses but does not define."""
        return UsedNames(frozenset(self._imports), frozenset(self._model_codecs))

    def module_body(self) -> str:
        """Everything below the imports of `_codec.py`, in name order."""
        return self._body

    def _write_body(self) -> str:
        functions = []
        for name in sorted(self._models):
            model = self._models[name]
            functions.append(self._structure_function(model))
            functions.append(self._unstructure_function(model))
        constants = [
            f"{const} = frozenset({{{_literal_members(pairs)}}})"
            for pairs, const in sorted(self._literals.items(), key=lambda item: item[1])
        ]
        helpers = [self._helper_sources[name] for name in sorted(self._helper_sources)]
        parts = [*constants, *self._key_sets, *helpers, *functions]
        # Whether the module's code opens with a function (not a constant).
        self.opens_with_function = not constants and not self._key_sets and bool(parts)
        return "\n\n\n".join(parts) + "\n"

    def _root_decoder(self, type_ref: ir.TypeRef) -> str:
        """The decoder of a type decoded from outside the module. A model's is its own
        `structure_` function, which callers take from the model's decoder module: nothing
        here calls it, so nothing is written or imported for it."""
        shape = without_constraints(type_ref)
        if isinstance(shape, ir.ModelType):
            return structure_name(shape.name)
        return self._helper(shape)

    def _structure_call(self, type_ref: ir.TypeRef) -> str:
        """The name of a function that decodes a JSON value of this type."""
        shape = without_constraints(type_ref)
        if isinstance(shape, ir.ModelType):
            return self._model_function(shape.name, encodes=False)
        return self._helper(shape)

    # -- decoding -------------------------------------------------------------------------

    def _check_lines(self, type_ref: ir.TypeRef, var: str = "value") -> list[str]:
        """Statements that check `var` and, where needed, replace it by its decoded form."""
        plan = self._check(type_ref, var)
        return plan.lines() if isinstance(plan, Check) else plan

    def _check(self, type_ref: ir.TypeRef, var: str) -> Check | list[str]:
        """A check of `var`, or the statements that decode it (none: any value will do)."""
        if isinstance(type_ref, ir.ScalarType):
            if type_ref.kind is ir.ScalarKind.ANY:
                return []
            if type_ref.kind in _CONVERTED:
                return [f"{var} = {self._converter(type_ref.kind, 0)}({var})"]
            condition, expected = _SCALAR_CHECKS[type_ref.kind]
            return Check(
                condition.format(var=var),
                f"raise {self._shared(Shared.EXPECTED)}({expected!r}, {var})",
            )
        if isinstance(type_ref, ir.LiteralType):
            const = self._literal_set(type_ref.values)
            classes = {value.__class__ for value in type_ref.values}
            shown = ", ".join(repr(value) for value in type_ref.values)
            # The class goes through a separate name: checking `value.__class__` directly
            # would make mypy narrow `value` to `str`, which a Literal field does not accept.
            if len(classes) == 1:
                cls = classes.pop().__name__
                test = f"kind is not {cls} or {var} not in {const}"
            else:
                classes_name = self._shared(Shared.SCALAR_CLASSES)
                test = f"kind not in {classes_name} or (kind, {var}) not in {const}"
            return Check(
                test,
                f"raise {self._shared(Shared.NOT_ONE_OF)}({shown!r}, {var})",
                setup=(f"kind = {var}.__class__",),
            )
        if isinstance(type_ref, ir.NullableType):
            inner = self._check(type_ref.inner, var)
            if isinstance(inner, Check) and not inner.setup:
                return Check(f"{var} is not None and ({inner.condition})", inner.raise_line)
            if isinstance(inner, Check):
                inner = inner.lines()
            if not inner:
                return []
            return [f"if {var} is not None:", *("    " + line for line in inner)]
        return [f"{var} = {self._structure_call(type_ref)}({var})"]

    def _helper(self, type_ref: ir.TypeRef) -> str:
        if type_ref in self._helpers:
            return self._helpers[type_ref]
        if self._names is None:  # the first pass: any name will do
            name = f"_decode_{len(self._helpers) + 1}"
        else:
            name = _planned(self._names.decoders, type_ref, annotation(type_ref))
        self._helpers[type_ref] = name
        returns = self._annotation(type_ref)
        lines = [f"def {name}(value: {self._use(ANY)}) -> {returns}:"]
        if isinstance(type_ref, ir.ListType):
            lines += self._list_body(type_ref)
        elif isinstance(type_ref, ir.TupleType):
            lines += self._tuple_body(type_ref)
        elif isinstance(type_ref, ir.MapType):
            lines += self._map_body(type_ref)
        elif isinstance(type_ref, ir.UnionType):
            options = ", ".join(self._structure_call(option) for option in type_ref.options)
            lines += self._tag_dispatch(type_ref)
            lines += [
                f"    result: {returns} = {self._shared(Shared.FIRST_MATCH)}(value, ({options},))",
                "    return result",
            ]
        else:
            lines += ["    " + line for line in self._check_lines(type_ref)]
            lines += [f"    result: {returns} = value", "    return result"]
        self._helper_sources[name] = "\n".join(lines)
        return name

    def _tag_dispatch(self, type_ref: ir.UnionType) -> list[str]:
        """A discriminated union decodes the option its tag names; an unknown or missing tag
        falls back to the first option that fits."""
        if not type_ref.tag:
            return []
        lines = [
            "    if value.__class__ is dict:",
            f"        tag = value.get({type_ref.tag!r})",
        ]
        for value, model in type_ref.tags:
            lines += [
                f"        if tag == {value!r}:",
                f"            return {self._structure_call(ir.ModelType(model))}(value)",
            ]
        return lines

    def _list_body(self, type_ref: ir.ListType) -> list[str]:
        head = [
            "    if value.__class__ is not list:",
            f"        raise {self._shared(Shared.EXPECTED)}('an array', value)",
        ]
        if _checks_nothing(type_ref.item):
            return [*head, f"    result: {self._annotation(type_ref)} = value", "    return result"]
        if _is_check_only(type_ref.item):
            # Only checks: validate in place and hand back the list orjson built.
            body = self._check_lines(type_ref.item, "item")
            return [
                *head,
                "    for index, item in enumerate(value):",
                "        try:",
                *("            " + line for line in body),
                f"        except {self._use(DECODE_ERROR)} as error:",
                "            raise error.at(index) from None",
                f"    result: {self._annotation(type_ref)} = value",
                "    return result",
            ]
        decode = self._structure_call(type_ref.item)
        return [
            *head,
            "    try:",
            f"        return [{decode}(item) for item in value]",
            f"    except {self._use(DECODE_ERROR)}:",
            f"        raise {self._shared(Shared.LOCATE_ITEM_ERROR)}(value, {decode}) from None",
        ]

    def _tuple_body(self, type_ref: ir.TupleType) -> list[str]:
        """Length first, then each position in place, the failing position named in the path."""
        size = len(type_ref.items)
        names = [f"item{index}" for index in range(size)]
        lines = [
            "    if value.__class__ is not list:",
            f"        raise {self._shared(Shared.EXPECTED)}('an array', value)",
            f"    if len(value) != {size}:",
            f"        raise {self._shared(Shared.WRONG_LENGTH)}({size}, value)",
        ]
        if not size:
            return [*lines, f"    result: {self._annotation(type_ref)} = ()", "    return result"]
        lines.append(f"    {', '.join(names)}{',' if size == 1 else ''} = value")
        for index, (item, name) in enumerate(zip(type_ref.items, names, strict=True)):
            checks = self._check_lines(item, name)
            if checks:
                lines += [
                    "    try:",
                    *("        " + line for line in checks),
                    f"    except {self._use(DECODE_ERROR)} as error:",
                    f"        raise error.at({index}) from None",
                ]
        returns = self._annotation(type_ref)
        items = ", ".join(names) + ("," if size == 1 else "")
        return [*lines, f"    result: {returns} = ({items})", "    return result"]

    def _map_body(self, type_ref: ir.MapType) -> list[str]:
        head = [
            "    if value.__class__ is not dict:",
            f"        raise {self._shared(Shared.EXPECTED)}('an object', value)",
        ]
        if _checks_nothing(type_ref.value):
            return [*head, f"    result: {self._annotation(type_ref)} = value", "    return result"]
        decode = self._structure_call(type_ref.value)
        return [
            *head,
            "    result = {}",
            "    for key, item in value.items():",
            "        try:",
            f"            result[key] = {decode}(item)",
            f"        except {self._use(DECODE_ERROR)} as error:",
            "            raise error.at(key) from None",
            "    return result",
        ]

    def _literal_set(self, values: tuple[object, ...]) -> str:
        key = literal_key(values)
        if key not in self._literals:
            self._literals[key] = (
                f"_ALLOWED_{len(self._literals) + 1}"
                if self._names is None
                else _planned(self._names.literals, key, repr(values))
            )
        return self._literals[key]

    def _structure_function(self, model: ir.Model) -> str:
        """Two paths. The fast one is taken when the object has exactly as many keys as the
        model has fields: every key is read by subscript (a missing one means some other key
        is unknown, and the general path takes over), every value that is kept as it is is
        checked in one condition, and only then is anything stored. The general path is
        straight-line code, one block per field: the value the field accepts as it is (the
        common case) is tested first and stored at once; an absent field and a value that
        needs decoding come after. `count` starts at the number of keys and grows by one per
        absent field, so it equals the number of fields exactly when no key is unknown. A
        value the fast path refuses is looked at again by the general path, so errors (and
        which field is named first) are the same whichever path ran.
        """
        cls = self._model_class(model.name)
        lines = [
            f"def {structure_name(model.name)}(data: {self._use(ANY)}) -> {cls}:",
            '    """Decodes and type-checks one JSON object; unknown keys are kept."""'
            if model.extras is not None
            else '    """Decodes and type-checks one JSON object."""',
            "    if data.__class__ is not dict:",
            f"        raise {self._shared(Shared.EXPECTED)}('an object', data)",
            f"    obj = {self._shared(Shared.NEW)}({cls})",
        ]
        if model.fields:
            lines.append("    count = len(data)")
            lines += self._fast_path_lines(model)
        for field in model.fields:
            lines += self._field_lines(field)
        lines += self._extras_lines(model, "count" if model.fields else "len(data)")
        lines.append("    return obj")
        return "\n".join(lines)

    def _fast_path_lines(self, model: ir.Model) -> list[str]:
        """The path for an object whose keys are exactly the model's fields (see above)."""
        reads: list[str] = []
        tests: list[str] = []
        stores: list[str] = []
        for field in model.fields:
            local = f"v_{field.name}"
            reads.append(f"            {local} = data[{field.wire_name!r}]")
            target = f"obj.{field.name}"
            field_type = without_constraints(field.type)
            accept = self._accept(field_type, local, local)
            if accept is not None:
                if accept.condition is not None:
                    tests.append(f"({accept.condition})")
                stores.append(f"{target} = {local}")
                continue
            stores += [
                "try:",
                f"    {target} = {self._decode_expr(field_type, local)}",
                f"except {self._use(DECODE_ERROR)} as error:",
                f"    raise error.at({field.wire_name!r}) from None",
            ]
        if model.extras is not None:
            stores.append("obj.extra_fields = {}")
        stores.append("return obj")
        lines = [
            f"    if count == {len(model.fields)}:",
            "        try:",
            *reads,
            "        except KeyError:",
            "            pass",
            "        else:",
        ]
        if not tests:
            return [*lines, *("            " + line for line in stores)]
        return [
            *lines,
            f"            if {' and '.join(tests)}:",
            *("                " + line for line in stores),
        ]

    def _field_lines(self, field: ir.Field) -> list[str]:
        key = repr(field.wire_name)
        target = f"obj.{field.name}"
        # Decoding ignores validation rules: `str | str` (two patterns) is checked as `str`.
        field_type = without_constraints(field.type)
        if field.required:
            accept = self._accept(field_type, "value", "value")
            # A required key is there in any valid message: a plain subscript (cheaper than
            # `get`), with the missing case left to the exception.
            lines = [
                "    try:",
                f"        value = data[{key}]",
                "    except KeyError:",
                f"        raise {self._use(DECODE_ERROR)}('required field is missing', ({key},))"
                " from None",
            ]
            if accept is not None and accept.condition is None:
                return [*lines, f"    {target} = value"]
            if accept is not None:
                return [
                    *lines,
                    f"    if {accept.condition}:",
                    f"        {target} = value",
                    "    else:",
                    f"        raise {self._rejection(field_type)}.at({key})",
                ]
            return [
                *lines,
                "    try:",
                f"        {target} = {self._decode_expr(field_type, 'value')}",
                f"    except {self._use(DECODE_ERROR)} as error:",
                f"        raise error.at({key}) from None",
            ]
        # An optional key is tested with `in` and then read by subscript: two dict lookups
        # cost less than one `data.get(key, default)` method call, present or absent.
        lines = [
            f"    if {key} not in data:",
            f"        {target} = {self._default(field)}",
            "        count += 1",
        ]
        # The test's first mention of the value is evaluated first: it reads the key.
        accept = self._accept(field_type, f"(value := data[{key}])", "value")
        if accept is not None and accept.condition is None:  # any JSON value
            return [*lines, "    else:", f"        {target} = data[{key}]"]
        if accept is not None:
            return [
                *lines,
                f"    elif {accept.condition}:",
                f"        {target} = value",
                "    else:",
                f"        raise {self._rejection(field_type)}.at({key})",
            ]
        return [
            *lines,
            "    else:",
            f"        value = data[{key}]",
            "        try:",
            f"            {target} = {self._decode_expr(field_type, 'value')}",
            f"        except {self._use(DECODE_ERROR)} as error:",
            f"            raise error.at({key}) from None",
        ]

    def _accept(self, type_ref: ir.TypeRef, first: str, rest: str) -> Acceptance | None:
        """When a JSON value is this type's value as it is; None when the type must build a
        new value (models, arrays, decimals...). The condition names the value `first` where
        it is evaluated first (an expression that reads it may stand there) and `rest` after."""
        if isinstance(type_ref, ir.ScalarType):
            if type_ref.kind is ir.ScalarKind.ANY:
                return Acceptance(None)
            test = _ACCEPT.get(type_ref.kind)
            return None if test is None else Acceptance(test.format(first=first))
        if isinstance(type_ref, ir.LiteralType):
            const = self._literal_set(type_ref.values)
            classes = {value.__class__ for value in type_ref.values}
            # The class is named through an alias typed `Any` (`_STR` for `str`): testing
            # against `str` itself would make mypy narrow `value` to `str`, which a Literal
            # field does not accept.
            if classes == {type(None)}:
                return Acceptance(f"{first} is None")
            if len(classes) == 1:
                alias = self._shared(_CLASS_ALIASES[classes.pop()])
                return Acceptance(f"{first}.__class__ is {alias} and {rest} in {const}")
            classes_name = self._shared(Shared.SCALAR_CLASSES)
            return Acceptance(
                f"(kind := {first}.__class__) in {classes_name} and (kind, {rest}) in {const}"
            )
        if isinstance(type_ref, ir.NullableType):
            inner = self._accept(type_ref.inner, rest, rest)
            if inner is None or inner.condition is None:
                return inner
            return Acceptance(f"{first} is None or ({inner.condition})")
        if isinstance(type_ref, ir.MapType) and type_ref.value == ir.ANY:
            return Acceptance(f"{first}.__class__ is dict")
        if isinstance(type_ref, ir.ListType) and type_ref.item == ir.ANY:
            return Acceptance(f"{first}.__class__ is list")
        return None

    def _rejection(self, type_ref: ir.TypeRef) -> str:
        """The DecodeError for a value `_accept` refused (and that is present)."""
        if isinstance(type_ref, ir.NullableType):
            return self._rejection(type_ref.inner)
        if isinstance(type_ref, ir.LiteralType):
            shown = ", ".join(repr(value) for value in type_ref.values)
            return f"{self._shared(Shared.NOT_ONE_OF)}({shown!r}, value)"
        expected = self._shared(Shared.EXPECTED)
        if isinstance(type_ref, ir.MapType):
            return f"{expected}('an object', value)"
        if isinstance(type_ref, ir.ListType):
            return f"{expected}('an array', value)"
        assert isinstance(type_ref, ir.ScalarType)
        return f"{expected}({_SCALAR_CHECKS[type_ref.kind][1]!r}, value)"

    def _decode_expr(self, type_ref: ir.TypeRef, var: str) -> str:
        """An expression decoding `var`, for types that build a new value."""
        if isinstance(type_ref, ir.NullableType):
            return f"None if {var} is None else {self._decode_expr(type_ref.inner, var)}"
        if isinstance(type_ref, ir.ScalarType) and type_ref.kind in _CONVERTED:
            return f"{self._converter(type_ref.kind, 0)}({var})"
        return f"{self._structure_call(type_ref)}({var})"

    def _default(self, field: ir.Field) -> str:
        """What an optional field holds when absent: `UNSET` or `None`."""
        return self._use(UNSET) if plan_field(field).unset_default else "None"

    def _extras_lines(self, model: ir.Model, count: str) -> list[str]:
        if not model.fields:
            known = "frozenset()"
        else:
            known = f"_KEYS_{snake_case(model.name).upper()}"
            names = ", ".join(repr(field.wire_name) for field in model.fields)
            self._key_sets.append(f"{known} = frozenset(({names},))")
        size = len(model.fields)
        if model.extras is None:
            return [
                f"    if {count} != {size}:",
                f"        unknown = sorted(key for key in data if key not in {known})",
                f"        raise {self._use(DECODE_ERROR)}('unknown field', (unknown[0],))",
            ]
        lines = [
            f"    if {count} == {size}:",
            "        obj.extra_fields = {}",
            "    else:",
        ]
        if not _checks_nothing(model.extras):
            decode = self._structure_call(model.extras)
            extras = self._shared(Shared.DECODE_EXTRAS)
            lines.append(f"        obj.extra_fields = {extras}(data, {known}, {decode})")
        else:
            lines.append(
                f"        obj.extra_fields = {{k: v for k, v in data.items() if k not in {known}}}"
            )
        return lines

    # -- encoding -------------------------------------------------------------------------

    def encode_expr(self, type_ref: ir.TypeRef, var: str) -> str:
        """An expression turning `var` (a decoded value) back into its JSON form."""
        if isinstance(type_ref, ir.ScalarType):
            if type_ref.kind in _CONVERTED:
                return f"{self._converter(type_ref.kind, 1)}({var})"
            return var
        if isinstance(type_ref, ir.LiteralType):
            return var
        if isinstance(type_ref, ir.ModelType):
            return f"{self._model_function(type_ref.name, encodes=True)}({var})"
        if _encodes_as_is(type_ref):
            return var
        if isinstance(type_ref, ir.NullableType):
            inner = self.encode_expr(type_ref.inner, var)
            return f"None if {var} is None else {inner}"
        if isinstance(type_ref, ir.ListType):
            inner = self.encode_expr(type_ref.item, "item")
            return f"[{inner} for item in {var}]"
        if isinstance(type_ref, ir.TupleType):
            # A fixed-length array goes back on the wire as a JSON array, as it came.
            items = ", ".join(
                self.encode_expr(item, f"{var}[{index}]")
                for index, item in enumerate(type_ref.items)
            )
            return f"[{items}]"
        if isinstance(type_ref, ir.MapType):
            inner = self.encode_expr(type_ref.value, "item")
            return f"{{k: {inner} for k, item in {var}.items()}}"
        return f"{self._shared(Shared.ENCODE_ANY)}({var})"

    def _unstructure_function(self, model: ir.Model) -> str:
        cls = self._model_class(model.name)
        any_ = self._use(ANY)
        required = [field for field in model.fields if field.required]
        optional = [field for field in model.fields if not field.required]
        entries = ", ".join(
            f"{field.wire_name!r}: {self.encode_expr(field.type, 'obj.' + field.name)}"
            for field in required
        )
        lines = [
            f"def {unstructure_name(model.name)}(obj: {cls}) -> dict[str, {any_}]:",
            '    """The JSON object for `obj`; optional fields never set are left out."""',
            f"    data: dict[str, {any_}] = {{{entries}}}",
        ]
        if optional:
            lines.append(f"    value: {any_}")
        for field in optional:
            sentinel = self._default(field)
            lines += [
                f"    value = obj.{field.name}",
                f"    if value is not {sentinel}:",
                f"        data[{field.wire_name!r}] = {self.encode_expr(field.type, 'value')}",
            ]
        if model.extras is not None:
            extras = self.encode_expr(ir.MapType(model.extras), "obj.extra_fields")
            lines += ["    if obj.extra_fields:", f"        data.update({extras})"]
        lines.append("    return data")
        return "\n".join(lines)


def _names_a_model(type_ref: ir.TypeRef) -> bool:
    """Whether the annotation of this type names a model."""
    if isinstance(type_ref, ir.ModelType):
        return True
    if isinstance(type_ref, ir.ListType):
        return _names_a_model(type_ref.item)
    if isinstance(type_ref, ir.TupleType):
        return any(_names_a_model(item) for item in type_ref.items)
    if isinstance(type_ref, ir.MapType):
        return _names_a_model(type_ref.value)
    if isinstance(type_ref, ir.UnionType):
        return any(_names_a_model(option) for option in type_ref.options)
    if isinstance(type_ref, ir.NullableType):
        return _names_a_model(type_ref.inner)
    return False


def _checks_nothing(type_ref: ir.TypeRef) -> bool:
    """True when decoding takes any JSON value as it is (so no helper is needed)."""
    if isinstance(type_ref, ir.NullableType):
        return _checks_nothing(type_ref.inner)
    return isinstance(type_ref, ir.ScalarType) and type_ref.kind is ir.ScalarKind.ANY


def _encodes_as_is(type_ref: ir.TypeRef) -> bool:
    """True when a decoded value of this type is already its JSON form (no class converted,
    no model, no tuple inside)."""
    if isinstance(type_ref, ir.ScalarType):
        return type_ref.kind not in _CONVERTED
    if isinstance(type_ref, ir.LiteralType):
        return True
    if isinstance(type_ref, ir.NullableType):
        return _encodes_as_is(type_ref.inner)
    if isinstance(type_ref, ir.ListType):
        return _encodes_as_is(type_ref.item)
    if isinstance(type_ref, ir.MapType):
        return _encodes_as_is(type_ref.value)
    if isinstance(type_ref, ir.UnionType):
        return all(_encodes_as_is(option) for option in type_ref.options)
    return False  # models and tuples (a tuple goes back as a list)


def _is_check_only(type_ref: ir.TypeRef) -> bool:
    """True when decoding only checks the value and never builds a new one."""
    if isinstance(type_ref, ir.ScalarType):
        return type_ref.kind not in _CONVERTED
    if isinstance(type_ref, ir.NullableType):
        return _is_check_only(type_ref.inner)
    return isinstance(type_ref, ir.LiteralType)


def _literal_members(pairs: tuple[tuple[str, object], ...]) -> str:
    """Plain values when they share a class, else (class, value) pairs: 1 must not admit True."""
    if len({cls for cls, _ in pairs}) == 1:
        return ", ".join(repr(value) for _, value in pairs)
    return ", ".join(f"({cls}, {value!r})" for cls, value in pairs)


def _planned(names: Mapping[_Key, str], key: _Key, shown: str) -> str:
    try:
        return names[key]
    except KeyError:
        raise ValueError(f"no helper was planned for {shown}: pass its type in `roots`") from None


def literal_key(values: Iterable[object]) -> LiteralKey:
    """Members of an allowed-value set, whatever the order or repeats of the spec's values."""
    return tuple(sorted({(value.__class__.__name__, value) for value in values}, key=repr))


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
_SHOWN_VALUES = 3
# Helpers the `_codec.py` template defines itself: a generated name must not shadow them.
_TEMPLATE_NAMES = frozenset(helper.value for helper in Shared)


def helper_names(decoders: Iterable[ir.TypeRef], literals: Iterable[LiteralKey]) -> HelperNames:
    """Readable names for these helpers, each made from its own content: an allowed-value set
    from its first few members (`_ALLOWED_buy_sell`, `_ALLOWED_AUD_BTC_ETH_and_9_more`), a
    decoder from its type (`_decode_list_of_Candle`, `_decode_int_or_str_or_null`). When two
    different helpers would get one name, they are told apart by their content's order
    (`__2`, `__3`): a double underscore, which no readable part holds."""
    literal_names = _unique(
        {key: "_ALLOWED_" + _literal_token(key) for key in literals}, order=repr
    )
    tokens = {key: name.removeprefix("_ALLOWED_") for key, name in literal_names.items()}

    def token(type_ref: ir.TypeRef) -> str:
        return _type_token(type_ref, tokens)

    decoder_names = _unique({shape: "_decode_" + token(shape) for shape in decoders}, order=repr)
    return HelperNames(decoder_names, literal_names)


def _unique(bases: Mapping[_Key, str], order: Callable[[_Key], str]) -> dict[_Key, str]:
    groups: dict[str, list[_Key]] = {}
    for key, base in bases.items():
        groups.setdefault(base, []).append(key)
    names: dict[_Key, str] = {}
    for base, keys in groups.items():
        first = 1 if base in _TEMPLATE_NAMES else 0
        for index, key in enumerate(sorted(keys, key=order), start=first):
            names[key] = base if index == 0 else f"{base}__{index + 1}"
    return names


def _literal_token(key: LiteralKey) -> str:
    tokens = [_value_token(value) for _, value in key]
    if len(tokens) > _SHOWN_VALUES + 1:
        tokens = [*tokens[:_SHOWN_VALUES], f"and_{len(tokens) - _SHOWN_VALUES}_more"]
    return "_".join(tokens) or "nothing"


def _value_token(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = re.sub(r"[^0-9A-Za-z]+", "_", str(value)).strip("_")[:40].strip("_")
    if isinstance(value, int | float) and value < 0:
        text = "minus_" + text
    return text or "empty"


def _type_token(type_ref: ir.TypeRef, literal_tokens: Mapping[LiteralKey, str]) -> str:
    def token(inner: ir.TypeRef) -> str:
        return _type_token(inner, literal_tokens)

    if isinstance(type_ref, ir.ScalarType):
        return _SCALAR_TOKENS[type_ref.kind]
    if isinstance(type_ref, ir.LiteralType):
        key = literal_key(type_ref.values)
        return "one_of_" + literal_tokens.get(key, _literal_token(key))
    if isinstance(type_ref, ir.ModelType):
        return type_ref.name
    if isinstance(type_ref, ir.ListType):
        return "list_of_" + token(type_ref.item)
    if isinstance(type_ref, ir.TupleType):
        return "tuple_of_" + ("_and_".join(token(item) for item in type_ref.items) or "nothing")
    if isinstance(type_ref, ir.MapType):
        return "dict_of_" + token(type_ref.value)
    if isinstance(type_ref, ir.UnionType):
        return "_or_".join(token(option) for option in type_ref.options)
    return token(type_ref.inner) + "_or_null"
