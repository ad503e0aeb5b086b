"""Calling every method of a generated client against its simulator, with arguments built
from the spec: the smallest valid value of each required argument's schema, turned into the
Python type the method's annotation asks for (models, dates, uuids, decimals, literals)."""

from __future__ import annotations

import collections.abc
import datetime as dt
import importlib
import inspect
import types
import typing
import uuid
from decimal import Decimal
from typing import Any

_STANDARD_ARGUMENTS = frozenset(
    {
        "base_url",
        "timeout",
        "retries",
        "backoff",
        "retry_budget",
        "verify_tls",
        "ca_certs",
        "pool_size",
        "max_body",
    }
)


def credentials(client_class: type[Any]) -> dict[str, Any]:
    """A made-up credential for each security scheme the client takes one for."""
    found: dict[str, Any] = {}
    for name, parameter in inspect.signature(client_class).parameters.items():
        if name in _STANDARD_ARGUMENTS or parameter.kind is not parameter.KEYWORD_ONLY:
            continue
        annotation = str(parameter.annotation)
        found[name] = ("test-user", "test-password") if "tuple" in annotation else "test-token"
    return found


def call_every_operation(package: types.ModuleType, simulator: Any, client: Any) -> list[str]:
    """Calls each route of the client once with its required arguments; returns one line per
    call that failed (empty when all of them worked)."""
    routes = importlib.import_module(package.__name__ + "._routes").ROUTES
    models = importlib.import_module(package.__name__ + ".models")
    failures: list[str] = []
    for operation_id, route in routes.items():
        group, method_name = route.name.split(".", 1)
        method = getattr(getattr(client, group), method_name)
        try:
            kwargs = _arguments(route, simulator.operation(operation_id), method, package, models)
            method(**kwargs)
        except Exception as error:  # each failure is reported with what it was
            failures.append(
                f"{operation_id} ({route.method} {route.path}): {type(error).__name__}: {error}"
            )
    return failures


def _arguments(
    route: Any, operation: Any, method: Any, package: types.ModuleType, models: types.ModuleType
) -> dict[str, Any]:
    module = importlib.import_module(method.__module__)
    namespace = {**vars(models), "models": models}
    hints = typing.get_type_hints(method, globalns=vars(module), localns=namespace)
    examples = operation.examples
    kwargs: dict[str, Any] = {}
    for param in route.params:
        if not param.required or param.name not in hints:
            continue  # optional, or a single allowed value the client fills in itself
        if param.location == "body" and route.body in ("text", "bytes"):
            kwargs[param.name] = "text" if route.body == "text" else b"\x00bytes"
            continue
        schema = operation.schema_of(param.wire_name, param.location, route.body)
        value = examples.minimal(schema, key=operation.operation_id, name=param.wire_name)
        kwargs[param.name] = to_python(value, hints[param.name], package)
    return kwargs


def to_python(value: Any, hint: Any, package: types.ModuleType) -> Any:
    """JSON data as the Python value annotated `hint`."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for option in (arg for arg in args if arg is not type(None)):
            try:
                return to_python(value, option, package)
            except (TypeError, ValueError) as error:
                errors.append(error)
        raise TypeError(f"{value!r} fits none of {hint}: {errors}")
    if origin is typing.Literal:
        if value not in args:
            raise ValueError(f"{value!r} is not one of {args}")
        return value
    if origin in (list, collections.abc.Sequence):
        if not isinstance(value, list):
            raise TypeError(f"{value!r} is not a list")
        return [to_python(item, args[0] if args else Any, package) for item in value]
    if origin is tuple:
        shape = () if args == ((),) else args  # `tuple[()]`
        if not isinstance(value, list) or len(value) != len(shape):
            raise TypeError(f"{value!r} is not an array of {len(shape)}")
        return tuple(to_python(item, arg, package) for item, arg in zip(value, shape, strict=True))
    if origin in (dict, collections.abc.Mapping):
        if not isinstance(value, dict):
            raise TypeError(f"{value!r} is not an object")
        return {
            key: to_python(item, args[1] if args else Any, package) for key, item in value.items()
        }
    return _scalar(value, hint, package)


def _scalar(value: Any, hint: Any, package: types.ModuleType) -> Any:
    if hint is Any or hint is object:
        return value
    if hint is None or hint is type(None):
        if value is not None:
            raise TypeError("not null")
        return None
    if hint is bool:
        if not isinstance(value, bool):
            raise TypeError(f"{value!r} is not a bool")
        return value
    if hint is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{value!r} is not an int")
        return value
    if hint is float:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"{value!r} is not a number")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise TypeError(f"{value!r} is not a str")
        return value
    if hint is bytes:
        return value.encode() if isinstance(value, str) else b"\x00bytes"
    if hint is Decimal:
        return Decimal(str(value))
    if hint is dt.datetime:
        return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if hint is dt.date:
        return dt.date.fromisoformat(str(value))
    if hint is uuid.UUID:
        return uuid.UUID(str(value))
    if isinstance(hint, type):
        return package.structure(value, hint)
    raise TypeError(f"cannot build a {hint!r}")
