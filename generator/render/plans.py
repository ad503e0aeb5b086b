"""Decisions about generated code that templates only print: method signatures, argument
checks, docstrings and imports."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

import attrs

from generator import ir
from generator.naming import class_name, words
from generator.render.codec import plan_field
from generator.render.patterns import python_pattern
from generator.render.typing_expr import annotation, is_nullable, normalise, uses

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


def group_class(group: str) -> str:
    return class_name(group) + "Api"


def method_plan(op: ir.Operation) -> MethodPlan:
    arguments = [param for param in op.params if not param.constant]
    constants = {
        param.name: param.type.values[0]
        for param in op.params
        if param.constant and isinstance(param.type, ir.LiteralType)
    }
    args = tuple(_arg(param) for param in arguments)
    returns = annotation(op.response, "models.") if op.response is not None else "Any"
    item = "Any"
    iterator = None
    iter_args: tuple[Arg, ...] = ()
    if op.paging is not None:
        if isinstance(op.response, ir.ListType):
            item = annotation(op.response.item, "models.")
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
        doc=_method_doc(op),
        args_dict=_args_dict(args, constants),
        iterator=iterator,
        iter_args=iter_args,
        iter_args_dict=_args_dict(iter_args, constants),
        item=item,
    )


def _arg(param: ir.Parameter) -> Arg:
    field = ir.Field(param.name, param.wire_name, param.type, param.required)
    plan = plan_field(field, "models.")
    return Arg(param.name, plan.annotation, plan.default)


def _args_dict(args: tuple[Arg, ...], constants: Mapping[str, object]) -> str:
    entries = [f"{name!r}: {value!r}" for name, value in constants.items()]
    entries += [f"{arg.name!r}: {arg.name}" for arg in args]
    return "{" + ", ".join(entries) + "}"


def _method_doc(op: ir.Operation) -> str:
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
    documented = [param for param in op.params if param.doc and not param.constant]
    text = "\n".join(lines)
    for param in documented:
        text += f"\n\n``{param.name}``: {param.doc}"
    return docstring(text, 8)


def escape_docstring(text: str) -> str:
    """Text that stays inside triple quotes: backslashes doubled, quote runs broken, and a
    final quote escaped (it would otherwise merge with the closing ones)."""
    tail = ""
    if text.endswith('"'):
        text, tail = text[:-1], '\\"'
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"') + tail


def docstring(text: str, indent: int, width: int = 100) -> str:
    """Docstring text wrapped to the line length at this indentation, paragraphs kept."""
    pad = " " * indent
    paragraphs = [" ".join(part.split()) for part in text.split("\n\n")]
    paragraphs = [escape_docstring(part) for part in paragraphs if part]
    if len(paragraphs) == 1 and len(paragraphs[0]) + indent + 6 <= width:
        return paragraphs[0]
    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
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
        extra = _kwargs(
            min_items=type_ref.constraints.min_items, max_items=type_ref.constraints.max_items
        )
        return f"v.ListOf({check_expr(type_ref.item, model_check)}{extra})"
    if isinstance(type_ref, ir.TupleType):
        items = "".join(check_expr(item, model_check) + ", " for item in type_ref.items)
        return f"v.TupleOf(({items}))"
    if isinstance(type_ref, ir.MapType):
        return f"v.MapOf({check_expr(type_ref.value, model_check)})"
    if isinstance(type_ref, ir.ModelType):
        return model_check[type_ref.name]
    if isinstance(type_ref, ir.UnionType):
        return "v.AnyOf(" + ", ".join(check_expr(o, model_check) for o in type_ref.options) + ")"
    # Normal form: the inner type is never `Any` (a nullable `Any` is just `Any`).
    return f"v.Nullable({check_expr(type_ref.inner, model_check)})"


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
        arguments = _kwargs(
            pattern=pattern, min_length=c.min_length, max_length=c.max_length, source=source
        )
        return "v.Str(" + arguments.lstrip(", ") + ")"
    if kind is ir.ScalarKind.INT:
        return "v.Int(" + _kwargs(**bounds).lstrip(", ") + ")"
    if kind is ir.ScalarKind.FLOAT:
        return "v.Number(" + _kwargs(**bounds).lstrip(", ") + ")"
    if kind is ir.ScalarKind.DECIMAL:
        return "v.Dec(" + _kwargs(**bounds).lstrip(", ") + ")"
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


def _kwargs(**values: object) -> str:
    # ascii(): a pattern from a spec may hold look-alike quotes (U+2019); escaped, they show.
    return "".join(
        f", {key}={ascii(value) if isinstance(value, str) else repr(value)}"
        for key, value in values.items()
        if value is not None
    )


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
        for name in _model_names(type_ref):
            if name not in found:
                model = api.model(name)
                found[name] = model
                pending.extend(field.type for field in model.fields)
                if model.extras is not None:
                    pending.append(model.extras)
    return [found[name] for name in sorted(found)]


def _model_names(type_ref: ir.TypeRef) -> list[str]:
    if isinstance(type_ref, ir.ModelType):
        return [type_ref.name]
    if isinstance(type_ref, ir.ListType):
        return _model_names(type_ref.item)
    if isinstance(type_ref, ir.TupleType):
        return [name for item in type_ref.items for name in _model_names(item)]
    if isinstance(type_ref, ir.MapType):
        return _model_names(type_ref.value)
    if isinstance(type_ref, ir.NullableType):
        return _model_names(type_ref.inner)
    if isinstance(type_ref, ir.UnionType):
        return [name for option in type_ref.options for name in _model_names(option)]
    return []


def typing_names(types: list[ir.TypeRef]) -> set[str]:
    names: set[str] = set()
    for type_ref in types:
        names |= uses(type_ref)
    return names


def needs_unset(fields: list[ir.Field]) -> bool:
    return any(not field.required and is_nullable(field.type) for field in fields)
