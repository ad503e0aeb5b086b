"""Decisions about generated code that templates only print: method signatures, argument
checks, docstrings and imports."""

from __future__ import annotations

import functools
import textwrap
from collections.abc import Callable, Mapping

import attrs

from generator import ir
from generator.naming import class_name, words
from generator.render.codec import plan_field
from generator.render.emitters import emitter_for
from generator.render.typing_expr import (
    annotation,
    is_nullable,
    uses,
    without_constraints,
)

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
        param.name: values[0]
        for param in op.params
        if param.constant and (values := emitter_for(param.type).literal_values) is not None
    }
    args = tuple(_arg(param) for param in arguments)
    returns = annotation(op.response, "models.") if op.response is not None else "Any"
    item = "Any"
    typed_items = False
    iterator = None
    iter_args: tuple[Arg, ...] = ()
    if op.paging is not None:
        listed = None if op.response is None else emitter_for(op.response).list_item
        if listed is not None:
            item = annotation(listed, "models.")
            typed_items = without_constraints(listed) != ir.ANY
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


def type_facts(type_ref: ir.TypeRef) -> str:
    """What a value of this type may be, in a few words: "int from 0 to 9999999999",
    "one of 'candles', 'ticks'", "list of str (at most 25 items)"."""
    return emitter_for(type_ref).facts()


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


@functools.lru_cache(maxsize=4096)
def _wrapped(
    text: str, width: int, subsequent_indent: str = "", break_long_words: bool = True
) -> tuple[str, ...]:
    """`textwrap.wrap` (never breaking at hyphens), remembered: the same argument and field
    descriptions recur across calls (`req_id`, `passthrough`, `loginid`...)."""
    return tuple(
        textwrap.wrap(
            text,
            width=width,
            subsequent_indent=subsequent_indent,
            break_on_hyphens=False,
            break_long_words=break_long_words,
        )
    )


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
                    _wrapped(
                        "- " + escape_docstring(" ".join(item.split())),
                        width - indent - 3,
                        subsequent_indent="  ",
                        break_long_words=False,
                    )
                )
            continue
        lines.extend(_wrapped(paragraph, width - indent - 3))
    if len(lines) == 1:
        # Too long for one line with its quotes, yet one wrapped line: the formatter would
        # join the closing quotes back onto it, so split it in two.
        lines = list(_wrapped(paragraphs[0], width - indent - 6))
    return (
        ("\n" + pad).join(line.rstrip() for line in lines).replace("\n" + pad + "\n", "\n\n")
        + "\n"
        + pad
    )


def check_expr(type_ref: ir.TypeRef, model_check: dict[str, str]) -> str:
    """The `_validate` expression that checks an argument of this type; `model_check`
    holds each request model's check, by name."""
    return emitter_for(type_ref).argument_check(model_check)


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
    return emitter_for(type_ref).model_names()


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
