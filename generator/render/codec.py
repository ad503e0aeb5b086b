"""Writes the per-model decode and encode functions of a generated package.

Generic cattrs hooks inspect classes at run time; these functions are written out field by
field instead (inline class checks, `object.__new__` plus slot assignment, optional fields
skipped when absent), which is what makes decoding faster than pydantic (see
shared/DESIGN.md, "Decoding fast with attrs"). The templates only place this text.
Each name the text takes from outside its module is noted as it is written (`used_names`),
so the renderer imports exactly those.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import TypeVar

import attrs

from generator import ir
from generator.naming import snake_case

# Names that moved to `codec_names` and `emitters`, still exported from here for the modules
# that import them from the codec writer.
from generator.render.codec_names import ANY as ANY
from generator.render.codec_names import CALLABLE as CALLABLE
from generator.render.codec_names import DATETIME as DATETIME
from generator.render.codec_names import DECIMAL as DECIMAL
from generator.render.codec_names import DECODE_ERROR as DECODE_ERROR
from generator.render.codec_names import LITERAL as LITERAL
from generator.render.codec_names import MODELS as MODELS
from generator.render.codec_names import UNSET as UNSET
from generator.render.codec_names import UUID as UUID
from generator.render.codec_names import ImportNeed as ImportNeed
from generator.render.codec_names import Shared as Shared
from generator.render.emitters import CONVERTED, emitter_for
from generator.render.emitters import Acceptance as Acceptance
from generator.render.emitters import Check as Check
from generator.render.identity_memo import IdentityMemo
from generator.render.typing_expr import (
    MEMO_SIZE,
    annotation,
    is_nullable,
    normalise,
    uses,
    without_constraints,
)

_Key = TypeVar("_Key", bound=Hashable)
# The members of a literal's allowed-value set: (class name, value), sorted, no duplicates.
LiteralKey = tuple[tuple[str, object], ...]

# What each name `typing_expr.uses` reports for an annotation comes from.
_ANNOTATION_NEEDS = {
    "_dt": DATETIME,
    "_uuid": UUID,
    "Decimal": DECIMAL,
    "Any": ANY,
    "Literal": LITERAL,
}


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


# Asked for each time a model's decoder or encoder is named (~4,400 times for ~1,400 models).
@functools.lru_cache(maxsize=4096)
def structure_name(model: str) -> str:
    return f"structure_{snake_case(model)}"


@functools.lru_cache(maxsize=4096)
def unstructure_name(model: str) -> str:
    return f"unstructure_{snake_case(model)}"


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
    return _field_plans(field, model_prefix)


def _plan_field(field: ir.Field, prefix: Hashable) -> FieldPlan:
    model_prefix = str(prefix)
    text = annotation(field.type, model_prefix)
    if field.required:
        return FieldPlan(field, text, None, False)
    if is_nullable(field.type):
        inner_type = emitter_for(normalise(field.type)).nullable_inner
        if inner_type is not None:
            inner = annotation(inner_type, model_prefix)
            return FieldPlan(field, f"{inner} | Unset | None", "UNSET", True, names_unset=True)
        return FieldPlan(field, text, "UNSET", True)  # Any: it holds UNSET too
    return FieldPlan(field, f"{text} | None", "None", False)


# Each field is planned once (the models module, both passes of the codec writer and the
# checks all ask); IR fields are frozen, so the plan stays right for the field object.
_field_plans = IdentityMemo(_plan_field, MEMO_SIZE)


@attrs.frozen
class HelperNames:
    """The names of the module's helpers: decoders by the type they decode (constraints
    dropped) and allowed-value sets by their members."""

    decoders: Mapping[ir.TypeRef, str]
    literals: Mapping[LiteralKey, str]


class CodecWriter:
    """Writes each model's two functions and the helpers they share. What the code says
    for each kind of type comes from its emitter (`emitters.py`); the writer is the module
    they write into (their `CodecContext`): it hands out helper names and notes every name
    the code uses.

    Helpers are named from what they decode or check (`_decode_list_of_Candle`,
    `_ALLOWED_buy_sell`), never from the order they were met in, so a change to one call
    renames nothing else. Names are settled once every helper is known: the models and
    `roots` (the types decoded from outside the module, e.g. responses) are written once with
    a placeholder for each helper, then clashing names are told apart by their content and
    the placeholders are replaced by the names.
    """

    def __init__(self, models: Iterable[ir.Model], roots: Iterable[ir.TypeRef] = ()) -> None:
        self._models = {model.name: model for model in models}
        # Names are planned once every helper is known; until then each gets a placeholder.
        self._names: HelperNames | None = None
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
        provisional_roots = {root: self._root_decoder(root) for root in roots}
        functions = [
            function
            for name in sorted(self._models)
            for function in (
                self._structure_function(self._models[name]),
                self._unstructure_function(self._models[name]),
            )
        ]
        self._names = helper_names(self._helpers, self._literals)
        final = {
            **{self._helpers[key]: name for key, name in self._names.decoders.items()},
            **{self._literals[key]: name for key, name in self._names.literals.items()},
        }

        def named(text: str) -> str:
            return _PLACEHOLDER.sub(lambda found: final[found.group()], text)

        # From here on the writer is read, never changed: every name it hands out is final.
        self._helpers = {key: final[held] for key, held in self._helpers.items()}
        self._literals = {key: final[held] for key, held in self._literals.items()}
        self._helper_sources = {
            final[held]: named(source) for held, source in self._helper_sources.items()
        }
        self.root_decoders: Mapping[ir.TypeRef, str] = {
            root: final.get(name, name) for root, name in provisional_roots.items()
        }
        self._body = self._assemble([named(function) for function in functions])

    def converter(self, kind: ir.ScalarKind, which: int) -> str:
        """The function that decodes (0) or encodes (1) a converted string."""
        self.uses_dates = self.uses_dates or kind in (ir.ScalarKind.DATE, ir.ScalarKind.DATETIME)
        self.uses_uuid = self.uses_uuid or kind is ir.ScalarKind.UUID
        function = CONVERTED[kind][which]
        return function if isinstance(function, str) else self.shared(function)

    # -- the names the code uses ----------------------------------------------------------
    # Every name the body takes from outside is written through one of these, which note it.

    def use(self, need: ImportNeed) -> str:
        self._imports.add(need)
        return need.bound

    def shared(self, helper: Shared) -> str:
        return self.use(helper.need)

    def _model_class(self, name: str) -> str:
        return f"{self.use(MODELS)}.{name}"

    def module_annotation(self, type_ref: ir.TypeRef) -> str:
        """The annotation of a value of this type, models qualified by the models module."""
        self._imports.update(_ANNOTATION_NEEDS[name] for name in uses(type_ref))
        if emitter_for(type_ref).names_a_model:
            self.use(MODELS)
        return annotation(type_ref, MODELS.bound + ".")

    def model_function(self, model: str, encodes: bool) -> str:
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

    def _assemble(self, functions: list[str]) -> str:
        """The module body: allowed-value sets, key sets, helpers, then the model functions,
        the named parts each in name order."""
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
        model = emitter_for(shape).model_name
        if model is not None:
            return structure_name(model)
        return self._helper(shape)

    def structure_call(self, type_ref: ir.TypeRef) -> str:
        """The name of a function that decodes a JSON value of this type."""
        shape = without_constraints(type_ref)
        model = emitter_for(shape).model_name
        if model is not None:
            return self.model_function(model, encodes=False)
        return self._helper(shape)

    # -- decoding -------------------------------------------------------------------------
    # `_check_lines`, `_check`, `_accept` and `encode_expr` ask the type's emitter with this
    # module as its context: what the code says for one type, as this module would write it.

    def _helper(self, type_ref: ir.TypeRef) -> str:
        if type_ref in self._helpers:
            return self._helpers[type_ref]
        if self._names is None:
            name = _placeholder("decoder", len(self._helpers) + 1)
        else:
            name = _planned(self._names.decoders, type_ref, annotation(type_ref))
        self._helpers[type_ref] = name
        returns = self.module_annotation(type_ref)
        lines = [f"def {name}(value: {self.use(ANY)}) -> {returns}:"]
        lines += emitter_for(type_ref).decoder_body(self, returns)
        self._helper_sources[name] = "\n".join(lines)
        return name

    def literal_set(self, values: tuple[ir.JsonScalar, ...]) -> str:
        key = literal_key(values)
        if key not in self._literals:
            self._literals[key] = (
                _placeholder("allowed", len(self._literals) + 1)
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
            f"def {structure_name(model.name)}(data: {self.use(ANY)}) -> {cls}:",
            '    """Decodes and type-checks one JSON object; unknown keys are kept."""'
            if model.extras is not None
            else '    """Decodes and type-checks one JSON object."""',
            "    if data.__class__ is not dict:",
            f"        raise {self.shared(Shared.EXPECTED)}('an object', data)",
            f"    obj = {self.shared(Shared.NEW)}({cls})",
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
            emitter = emitter_for(without_constraints(field.type))
            accept = emitter.accept(self, local, local)
            if accept is not None:
                if accept.condition is not None:
                    tests.append(f"({accept.condition})")
                stores.append(f"{target} = {local}")
                continue
            stores += [
                "try:",
                f"    {target} = {emitter.decode_expr(self, local)}",
                f"except {self.use(DECODE_ERROR)} as error:",
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
        emitter = emitter_for(without_constraints(field.type))
        if field.required:
            accept = emitter.accept(self, "value", "value")
            # A required key is there in any valid message: a plain subscript (cheaper than
            # `get`), with the missing case left to the exception.
            lines = [
                "    try:",
                f"        value = data[{key}]",
                "    except KeyError:",
                f"        raise {self.use(DECODE_ERROR)}('required field is missing', ({key},))"
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
                    f"        raise {emitter.rejection(self)}.at({key})",
                ]
            return [
                *lines,
                "    try:",
                f"        {target} = {emitter.decode_expr(self, 'value')}",
                f"    except {self.use(DECODE_ERROR)} as error:",
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
        accept = emitter.accept(self, f"(value := data[{key}])", "value")
        if accept is not None and accept.condition is None:  # any JSON value
            return [*lines, "    else:", f"        {target} = data[{key}]"]
        if accept is not None:
            return [
                *lines,
                f"    elif {accept.condition}:",
                f"        {target} = value",
                "    else:",
                f"        raise {emitter.rejection(self)}.at({key})",
            ]
        return [
            *lines,
            "    else:",
            f"        value = data[{key}]",
            "        try:",
            f"            {target} = {emitter.decode_expr(self, 'value')}",
            f"        except {self.use(DECODE_ERROR)} as error:",
            f"            raise error.at({key}) from None",
        ]

    def _default(self, field: ir.Field) -> str:
        """What an optional field holds when absent: `UNSET` or `None`."""
        return self.use(UNSET) if plan_field(field).unset_default else "None"

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
                f"        raise {self.use(DECODE_ERROR)}('unknown field', (unknown[0],))",
            ]
        lines = [
            f"    if {count} == {size}:",
            "        obj.extra_fields = {}",
            "    else:",
        ]
        if not emitter_for(model.extras).checks_nothing:
            decode = self.structure_call(model.extras)
            extras = self.shared(Shared.DECODE_EXTRAS)
            lines.append(f"        obj.extra_fields = {extras}(data, {known}, {decode})")
        else:
            lines.append(
                f"        obj.extra_fields = {{k: v for k, v in data.items() if k not in {known}}}"
            )
        return lines

    # -- encoding -------------------------------------------------------------------------

    def encode_expr(self, type_ref: ir.TypeRef, var: str) -> str:
        """An expression turning `var` (a decoded value) back into its JSON form."""
        return emitter_for(type_ref).encode_expr(self, var)

    def _unstructure_function(self, model: ir.Model) -> str:
        cls = self._model_class(model.name)
        any_ = self.use(ANY)
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


def _literal_members(pairs: tuple[tuple[str, object], ...]) -> str:
    """Plain values when they share a class, else (class, value) pairs: 1 must not admit True."""
    if len({cls for cls, _ in pairs}) == 1:
        return ", ".join(repr(value) for _, value in pairs)
    return ", ".join(f"({cls}, {value!r})" for cls, value in pairs)


# A helper's name while the writer still collects helpers: NUL characters never reach the
# generated code any other way (it would not compile, and `repr` escapes them in values).
_PLACEHOLDER = re.compile("\x00(?:decoder|allowed)[0-9]+\x00")


def _placeholder(kind: str, number: int) -> str:
    return f"\x00{kind}{number}\x00"


def _planned(names: Mapping[_Key, str], key: _Key, shown: str) -> str:
    try:
        return names[key]
    except KeyError:
        raise ValueError(f"no helper was planned for {shown}: pass its type in `roots`") from None


def literal_key(values: Iterable[object]) -> LiteralKey:
    """Members of an allowed-value set, whatever the order or repeats of the spec's values."""
    return tuple(sorted({(value.__class__.__name__, value) for value in values}, key=repr))


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

    def literal_token(values: tuple[ir.JsonScalar, ...]) -> str:
        key = literal_key(values)
        return tokens.get(key, _literal_token(key))

    decoder_names = _unique(
        {shape: "_decode_" + emitter_for(shape).token(literal_token) for shape in decoders},
        order=repr,
    )
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
