"""Decisions about generated code that templates only print: method signatures, argument
checks, docstrings and imports."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping

import attrs

from generator import ir
from generator.naming import class_name, words
from generator.render.codec import plan_field
from generator.render.typing_expr import (
    annotation,
    is_nullable,
    normalise,
    uses,
    without_constraints,
)
from generator.runtime.testing.patterns import python_pattern

_SECRET_WORDS = ("token", "secret", "password", "passphrase", "pwd", "verifier")


def is_secret(name: str) -> bool:
    """Fields and arguments whose values must never show in a repr or an error message."""
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_WORDS)


@attrs.frozen
class Arg:
    name: str
    annotation: str
    default: str | None


@attrs.frozen
class MethodPlan:
    args: tuple[Arg, ...]
    returns: str
    doc: str
    args_dict: str
    iterator: str | None = None
    iter_args: tuple[Arg, ...] = ()
    iter_args_dict: str = "{}"
    item: str = "Any"
    # The pages' items have a type the iterator casts to (not `Any`).
    typed_items: bool = False
    iter_doc: str = ""


@attrs.frozen
class AttributePlan:
    """One attribute of a generated model class: how it is declared and documented."""

    name: str
    annotation: str
    default: str | None
    doc: str
    # Kept out of the repr (the value is a secret or private).
    secret: bool


@attrs.frozen
class ModelPlan:
    """What the models module prints for one model."""

    name: str
    doc: str
    attributes: tuple[AttributePlan, ...]
    # The annotation of `extra_fields` values, or None when unknown keys are refused.
    extras: str | None


def model_plan(model: ir.Model, secret: Callable[[ir.Field], bool]) -> ModelPlan:
    """`secret`: whether a field's value stays out of the model's repr."""
    attributes = []
    for field in model.fields:
        plan = plan_field(field)
        attributes.append(
            AttributePlan(field.name, plan.annotation, plan.default, field.doc, secret(field))
        )
    return ModelPlan(
        name=model.name,
        doc=model.doc or " ".join(words(model.name)).capitalize() + ".",
        attributes=tuple(attributes),
        extras=None if model.extras is None else annotation(model.extras, ""),
    )


@attrs.frozen
class CheckedValue:
    """One field or argument with the `_validate` expression that checks it."""

    name: str
    wire_name: str
    required: bool
    check: str


@attrs.frozen
class RequestModelChecks:
    """The checks of a request model's fields, printed as its `_fields_<model>()`."""

    name: str
    fields: tuple[CheckedValue, ...]


def request_model_checks(model: ir.Model, model_check: dict[str, str]) -> RequestModelChecks:
    return RequestModelChecks(
        model.name,
        tuple(
            CheckedValue(f.name, f.wire_name, f.required, check_expr(f.type, model_check))
            for f in model.fields
        ),
    )


@attrs.frozen
class EntryDecoders:
    """The decoders one call entry names: of its answer and of each error answer (by status);
    "None" for an answer handed over as it came."""

    response: str
    errors: tuple[tuple[str, str], ...]


@attrs.frozen
class CodecExports:
    """One model's pair of functions in its decoder module's `STRUCTURE`/`UNSTRUCTURE` tables."""

    model: str
    structure: str
    unstructure: str


@attrs.frozen
class CheckedParam:
    """A route argument with the `_validate` expression that checks it."""

    param: ir.Parameter
    check: str


def group_class(group: str) -> str:
    return class_name(group) + "Api"


def method_plan(op: ir.Operation, defaults: Mapping[str, object] | None = None) -> MethodPlan:
    """`defaults`: the default the server applies to each omitted argument (by wire name),
    for the docstring."""
    arguments = [param for param in op.params if not param.constant]
    constants = {
        param.name: param.type.values[0]
        for param in op.params
        if param.constant and isinstance(param.type, ir.LiteralType)
    }
    args = tuple(_arg(param) for param in arguments)
    returns = annotation(op.response, "models.") if op.response is not None else "Any"
    item = "Any"
    typed_items = False
    iterator = None
    iter_args: tuple[Arg, ...] = ()
    if op.paging is not None:
        if isinstance(op.response, ir.ListType):
            item = annotation(op.response.item, "models.")
            typed_items = without_constraints(op.response.item) != ir.ANY
        returns = f"Page[{item}]"
        iterator = "iter_" + op.name.removeprefix("list_").removeprefix("get_")
        cursor_names = {op.paging.after, op.paging.before}
        iter_args = tuple(
            arg
            for arg, param in zip(args, arguments, strict=True)
            if param.wire_name not in cursor_names
        )
    return MethodPlan(
        args=args,
        returns=returns,
        doc=_method_doc(op, defaults or {}),
        args_dict=_args_dict(args, constants),
        iterator=iterator,
        iter_args=iter_args,
        iter_args_dict=_args_dict(iter_args, constants),
        item=item,
        typed_items=typed_items,
        iter_doc=_iter_doc(op, iter_args, defaults or {}) if iterator else "",
    )


def _arg(param: ir.Parameter) -> Arg:
    field = ir.Field(param.name, param.wire_name, param.type, param.required)
    plan = plan_field(field, "models.")
    return Arg(param.name, plan.annotation, plan.default)


def _args_dict(args: tuple[Arg, ...], constants: Mapping[str, object]) -> str:
    entries = [f"{name!r}: {value!r}" for name, value in constants.items()]
    entries += [f"{arg.name!r}: {arg.name}" for arg in args]
    return "{" + ", ".join(entries) + "}"


def _method_doc(op: ir.Operation, defaults: Mapping[str, object]) -> str:
    summary = op.summary or " ".join(words(op.name)).capitalize() + "."
    if not summary.endswith("."):
        summary += "."
    lines = [summary, ""]
    if isinstance(op.transport, ir.HttpRoute):
        where = f"``{op.transport.method} {op.transport.path}``"
    else:
        where = f"``{op.transport.call}`` call"
    auth = {
        "none": "public",
        "signed": "signed",
        "oauth": "needs an access token",
        "token": "needs authorization",
    }[op.auth.kind]
    if op.auth.scopes:
        auth += " (scopes: " + ", ".join(op.auth.scopes) + ")"
    retry = "retried when it fails in transit" if op.idempotent else "never resent automatically"
    lines.append(f"{where}; {auth}; {retry}.")
    if op.description:
        lines += ["", op.description]
    text = "\n".join(lines)
    arguments = arguments_doc(op, defaults)
    if arguments:
        text += "\n\n" + arguments
    return docstring(text, 8)


def arguments_doc(
    op: ir.Operation, defaults: Mapping[str, object], skip: frozenset[str] = frozenset()
) -> str:
    """The "Arguments:" list of a method's docstring: every argument (but those whose wire
    names are in `skip`) with what the spec says of it (type, allowed values, range,
    pattern, default) and its description."""
    items = []
    for param in op.params:
        if param.constant or param.wire_name in skip:
            continue
        facts = [type_facts(param.type)]
        if param.required:
            facts.append("required")
        elif param.wire_name in defaults:
            facts.append(f"server default {_value(defaults[param.wire_name])}")
        doc = " ".join(param.doc.split())
        if doc and doc[-1] not in ".!?":
            doc += "."
        items.append(f"- ``{param.name}`` ({'; '.join(facts)}){': ' + doc if doc else ''}")
    if op.extra_params and not skip:
        items.append(
            "- ``extra_params``: more arguments, sent as given (for fields the spec lacks)."
        )
    items.append("- ``timeout``: seconds for this call, instead of the client's ``timeout``.")
    return "Arguments:\n" + "\n".join(items)


def groups_doc(api: ir.Api) -> str:
    """The part of a REST client's docstring that lists its groups and their methods, so
    that ``help(Client)`` shows the whole surface."""
    items = []
    for group in api.groups():
        names = []
        for op in api.operations_in(group):
            names.append(op.name)
            if op.paging is not None:
                names.append(method_plan(op).iterator or "")
        items.append(f"- ``{group}`` (`{group_class(group)}`): " + ", ".join(names))
    return docstring(
        "Groups (``client.<group>.<method>``) and their methods:\n" + "\n".join(items), 4
    )


def _iter_doc(op: ir.Operation, iter_args: tuple[Arg, ...], defaults: Mapping[str, object]) -> str:
    text = (
        f"Every item of ``{op.name}``, newest first, fetching older pages as needed (each "
        f"page is one request, sent when the items before it have been read)."
    )
    if op.paging is not None and any(arg.name == op.paging.limit for arg in iter_args):
        text += (
            f"\n\n``{op.paging.limit}`` is the page size: how many items each request asks "
            f"for (at most {op.paging.max_limit}), not how many are yielded in all. Stop "
            "iterating (or use ``itertools.islice``) to take fewer."
        )
    assert op.paging is not None
    cursors = frozenset({op.paging.after, op.paging.before})
    return docstring(text + "\n\n" + arguments_doc(op, defaults, cursors), 8)


_KINDS = {
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
# Enumerations longer than this are shown by their first values and their count.
_SHOWN_VALUES = 12


def type_facts(type_ref: ir.TypeRef) -> str:
    """What a value of this type may be, in a few words: "int from 0 to 9999999999",
    "one of 'candles', 'ticks'", "list of str (at most 25 items)"."""
    if isinstance(type_ref, ir.NullableType):
        return type_facts(type_ref.inner) + ", or None"
    if isinstance(type_ref, ir.LiteralType):
        values = [_value(value) for value in type_ref.values]
        if len(values) > _SHOWN_VALUES:
            shown = ", ".join(values[:_SHOWN_VALUES])
            return f"one of {len(values)} values: {shown}, ..."
        return f"only {values[0]}" if len(values) == 1 else "one of " + ", ".join(values)
    if isinstance(type_ref, ir.ScalarType):
        return " ".join([_KINDS[type_ref.kind], *_constraint_facts(type_ref.constraints)])
    if isinstance(type_ref, ir.ListType):
        bounds = _count_range(type_ref.constraints.min_items, type_ref.constraints.max_items)
        return f"list of {type_facts(type_ref.item)}" + (f" ({bounds} items)" if bounds else "")
    if isinstance(type_ref, ir.TupleType) and not type_ref.items:
        return "empty tuple"
    if isinstance(type_ref, ir.TupleType):
        return "tuple of (" + ", ".join(type_facts(item) for item in type_ref.items) + ")"
    if isinstance(type_ref, ir.MapType):
        return f"mapping of str to {type_facts(type_ref.value)}"
    if isinstance(type_ref, ir.ModelType):
        return f"``models.{type_ref.name}``"
    return " or ".join(type_facts(option) for option in type_ref.options)


def _constraint_facts(rules: ir.Constraints) -> list[str]:
    facts = []
    length = _count_range(rules.min_length, rules.max_length)
    if length:
        facts.append(f"of {length} characters")
    low = rules.minimum if rules.minimum is not None else rules.exclusive_minimum
    high = rules.maximum if rules.maximum is not None else rules.exclusive_maximum
    if rules.minimum is not None and rules.maximum is not None:
        facts.append(f"from {_value(low)} to {_value(high)}")
    else:
        if low is not None:
            facts.append(f"{'at least' if rules.minimum is not None else 'above'} {_value(low)}")
        if high is not None:
            facts.append(f"{'at most' if rules.maximum is not None else 'below'} {_value(high)}")
    if rules.pattern is not None:
        # Non-ASCII characters as escapes: docstrings of generated code stay ASCII.
        pattern = rules.pattern.encode("ascii", "backslashreplace").decode("ascii")
        facts.append(f"matching ``{pattern}``")
    return [", ".join(facts)] if facts else []


def _count_range(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return str(low) if low == high else f"{low} to {high}"
    if low is not None:
        return f"at least {low}"
    return f"at most {high}" if high is not None else ""


def _value(value: object) -> str:
    """A value as Python writes it (strings quoted), for docstrings."""
    return repr(value)


def escape_docstring(text: str) -> str:
    """Text that stays inside triple quotes: backslashes doubled, quote runs broken, and a
    final quote escaped (it would otherwise merge with the closing ones)."""
    tail = ""
    if text.endswith('"'):
        text, tail = text[:-1], '\\"'
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"') + tail


def docstring(text: str, indent: int, width: int = 100) -> str:
    """Docstring text wrapped to the line length at this indentation, paragraphs kept. A
    paragraph that starts with a line ending in ":" followed by lines starting with "- " is
    a list: its heading and each item stay on lines of their own (items indented when they
    wrap)."""
    pad = " " * indent
    blocks = [part for part in text.split("\n\n") if part.strip()]
    paragraphs = [escape_docstring(" ".join(part.split())) for part in blocks]
    if len(paragraphs) == 1 and len(paragraphs[0]) + indent + 6 <= width:
        return paragraphs[0]
    lines: list[str] = []
    for block, paragraph in zip(blocks, paragraphs, strict=True):
        if lines:
            lines.append("")
        if _is_list(block):
            heading, *items = block.strip().split("\n- ")
            lines.append(escape_docstring(heading.strip()))
            for item in items:
                lines.extend(
                    textwrap.wrap(
                        "- " + escape_docstring(" ".join(item.split())),
                        width=width - indent - 3,
                        subsequent_indent="  ",
                        break_on_hyphens=False,
                        break_long_words=False,
                    )
                )
            continue
        lines.extend(textwrap.wrap(paragraph, width=width - indent - 3, break_on_hyphens=False))
    if len(lines) == 1:
        # Too long for one line with its quotes, yet one wrapped line: the formatter would
        # join the closing quotes back onto it, so split it in two.
        lines = textwrap.wrap(paragraphs[0], width=width - indent - 6, break_on_hyphens=False)
    return (
        ("\n" + pad).join(line.rstrip() for line in lines).replace("\n" + pad + "\n", "\n\n")
        + "\n"
        + pad
    )


def check_expr(type_ref: ir.TypeRef, model_check: dict[str, str]) -> str:
    """The `_validate` expression that checks an argument of this type."""
    if isinstance(type_ref, ir.LiteralType | ir.UnionType | ir.NullableType):
        type_ref = normalise(type_ref)  # one check per distinct option or value
    if isinstance(type_ref, ir.ScalarType):
        return _scalar_check(type_ref)
    if isinstance(type_ref, ir.LiteralType):
        return "v.OneOf((" + "".join(f"{value!r}, " for value in type_ref.values) + "))"
    if isinstance(type_ref, ir.ListType):
        return _call(
            "v.ListOf",
            check_expr(type_ref.item, model_check),
            min_items=type_ref.constraints.min_items,
            max_items=type_ref.constraints.max_items,
        )
    if isinstance(type_ref, ir.TupleType):
        items = "".join(check_expr(item, model_check) + ", " for item in type_ref.items)
        return f"v.TupleOf(({items}))"
    if isinstance(type_ref, ir.MapType):
        return f"v.MapOf({check_expr(type_ref.value, model_check)})"
    if isinstance(type_ref, ir.ModelType):
        return model_check[type_ref.name]
    if isinstance(type_ref, ir.UnionType) and type_ref.exclusive:
        return _exactly_one_expr(type_ref, model_check)
    if isinstance(type_ref, ir.UnionType):
        return "v.AnyOf(" + ", ".join(check_expr(o, model_check) for o in type_ref.options) + ")"
    # Normal form: the inner type is never `Any` (a nullable `Any` is just `Any`).
    return f"v.Nullable({check_expr(type_ref.inner, model_check)})"


def _exactly_one_expr(type_ref: ir.UnionType, model_check: dict[str, str]) -> str:
    """`v.ExactlyOne` for a `oneOf`: its options, and with a discriminator the tag property
    and which option (by position) each of its values chooses."""
    options = "".join(check_expr(option, model_check) + ", " for option in type_ref.options)
    positions = {
        option.name: index
        for index, option in enumerate(type_ref.options)
        if isinstance(option, ir.ModelType)
    }
    tags = {value: positions[name] for value, name in type_ref.tags if name in positions}
    if not type_ref.tag or not tags:
        return f"v.ExactlyOne(({options}))"
    return f"v.ExactlyOne(({options}), tag={type_ref.tag!r}, tags={tags!r})"


def _scalar_check(type_ref: ir.ScalarType) -> str:
    c = type_ref.constraints
    bounds = {
        "minimum": c.minimum,
        "maximum": c.maximum,
        "exclusive_minimum": c.exclusive_minimum,
        "exclusive_maximum": c.exclusive_maximum,
    }
    kind = type_ref.kind
    if kind is ir.ScalarKind.STR:
        pattern = python_pattern(c.pattern) if c.pattern is not None else None
        source = c.pattern if c.pattern != pattern else None  # quoted in error messages
        return _call(
            "v.Str",
            pattern=pattern,
            min_length=c.min_length,
            max_length=c.max_length,
            source=source,
        )
    if kind is ir.ScalarKind.INT:
        return _call("v.Int", **bounds)
    if kind is ir.ScalarKind.FLOAT:
        return _call("v.Number", **bounds)
    if kind is ir.ScalarKind.DECIMAL:
        return _call("v.Dec", **bounds)
    if kind is ir.ScalarKind.BOOL:
        return "v.Bool()"
    if kind is ir.ScalarKind.DATE:
        return "v.Date()"
    if kind is ir.ScalarKind.DATETIME:
        return "v.DateTime()"
    if kind is ir.ScalarKind.UUID:
        return "v.Uuid()"
    if kind is ir.ScalarKind.BYTES:
        return "v.Bytes()"
    if kind is ir.ScalarKind.NONE:
        return "v.Null()"
    return "v.Anything()"


def _call(function: str, *arguments: str, **keywords: object) -> str:
    """A call of `function` with these argument expressions and the keywords that are set."""
    # ascii(): a pattern from a spec may hold look-alike quotes (U+2019); escaped, they show.
    named = [
        f"{key}={ascii(value) if isinstance(value, str) else repr(value)}"
        for key, value in keywords.items()
        if value is not None
    ]
    return f"{function}({', '.join([*arguments, *named])})"


def rules_expr(rules: tuple[ir.RequiredRule, ...]) -> str:
    """The `_validate.RequiredWhen` checks of an object's conditional `required` rules."""
    return "(" + "".join(_rule_expr(rule) + ", " for rule in rules) + ")"


def _rule_expr(rule: ir.RequiredRule) -> str:
    tests = "".join(
        f"({test.wire_name!r}, {test.values!r}, {test.absent_passes!r}), " for test in rule.when
    )
    required = "".join(f"{name!r}, " for name in rule.required)
    one = ", at_least_one=True" if rule.at_least_one else ""
    return f"v.RequiredWhen(({tests}), ({required}){one})"


def request_models(api: ir.Api) -> list[ir.Model]:
    """Models reachable from call arguments, in name order."""
    found: dict[str, ir.Model] = {}
    pending = [param.type for op in api.operations for param in op.params]
    while pending:
        type_ref = pending.pop()
        for name in model_names(type_ref):
            if name not in found:
                model = api.model(name)
                found[name] = model
                pending.extend(field.type for field in model.fields)
                if model.extras is not None:
                    pending.append(model.extras)
    return [found[name] for name in sorted(found)]


def model_names(type_ref: ir.TypeRef) -> list[str]:
    """The models a type names, directly (not through the fields of other models)."""
    if isinstance(type_ref, ir.ModelType):
        return [type_ref.name]
    if isinstance(type_ref, ir.ListType):
        return model_names(type_ref.item)
    if isinstance(type_ref, ir.TupleType):
        return [name for item in type_ref.items for name in model_names(item)]
    if isinstance(type_ref, ir.MapType):
        return model_names(type_ref.value)
    if isinstance(type_ref, ir.NullableType):
        return model_names(type_ref.inner)
    if isinstance(type_ref, ir.UnionType):
        return [name for option in type_ref.options for name in model_names(option)]
    return []


def typing_names(types: list[ir.TypeRef]) -> set[str]:
    names: set[str] = set()
    for type_ref in types:
        names |= uses(type_ref)
    return names


def needs_unset(fields: list[ir.Field]) -> bool:
    return any(not field.required and is_nullable(field.type) for field in fields)


def _is_list(block: str) -> bool:
    first, _, rest = block.strip().partition("\n")
    return first.endswith(":") and rest.startswith("- ")
