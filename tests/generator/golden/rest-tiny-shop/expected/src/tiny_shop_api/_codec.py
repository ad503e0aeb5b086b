"""What the decoders and encoders of every model share, and the way to them by class.

The decoders and encoders themselves are written out per model for speed, in the module of
their call group (`_codecs/`), which is imported when one of its models is first decoded or
encoded. `converter()` exposes them as a cattrs converter for callers who prefer the cattrs
API; it is built on first use so importing the package stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from ._runtime.core.exact_json import MAX_EXPONENT, in_range
from ._runtime.core.lazy import HookTable
from .errors import DecodeError

if TYPE_CHECKING:
    import cattrs

_SCALAR_CLASSES = frozenset({str, int, float, bool, type(None)})
# The classes of Literal values, typed Any so that a class test does not narrow the value
# to the class (a Literal field does not accept a plain `str`).
_STR: Any = str
_INT: Any = int
_FLOAT: Any = float
_BOOL: Any = bool
_new = object.__new__
_JSON_KINDS = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
    # (A number read exactly because a float cannot hold it: see `_runtime.core.exact_json`.)
    Decimal: "a number a float cannot hold exactly",
}


def _expected(what: str, value: object) -> DecodeError:
    return DecodeError(f"expected {what}, got {_JSON_KINDS.get(type(value), type(value).__name__)}")


def _not_one_of(allowed: str, value: object) -> DecodeError:
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return DecodeError(f"expected one of {allowed}, got {shown}")


def _wrong_length(size: int, value: list[Any]) -> DecodeError:
    return DecodeError(f"expected an array of {size} items, got {len(value)}")


def _decimal(value: Any) -> Decimal:
    """Decimal strings become `Decimal`; bare JSON numbers are accepted too (read exactly:
    see `_runtime.core.exact_json`). An exponent past `MAX_EXPONENT` is refused."""
    if value.__class__ is str:
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise _not_one_of("decimal strings", value) from None
        if not result.is_finite():
            raise _not_one_of("finite decimal strings", value)
        if not in_range(result):
            raise _not_one_of(f"decimal strings with an exponent within {MAX_EXPONENT}", value)
        return result
    if value.__class__ is int or value.__class__ is float:
        return Decimal(str(value))
    if value.__class__ is Decimal:
        exact: Decimal = value
        return exact
    raise _expected("a decimal string", value)


def _decimal_text(value: Decimal) -> str:
    """Plain notation keeps every digit the server sent, trailing zeros included."""
    return format(value, "f")


def _first_match(value: Any, decoders: tuple[Callable[[Any], Any], ...]) -> Any:
    reasons = []
    for decode in decoders:
        try:
            return decode(value)
        except DecodeError as error:
            # Where inside the value each form failed, e.g. "... at [3]" for a tuple position.
            where = "".join(
                f"[{part}]" if part.__class__ is int else f".{part}" for part in error.path
            )
            reasons.append(f"{error.message} at {where}" if where else str(error.message))
    raise DecodeError("matches none of the allowed forms: " + "; ".join(reasons))


def _locate_item_error(items: list[Any], decode: Callable[[Any], Any]) -> DecodeError:
    for index, item in enumerate(items):
        try:
            decode(item)
        except DecodeError as error:
            return error.at(index)
    return DecodeError("array item failed to decode")


def _decode_extras(
    data: dict[str, Any], known: frozenset[str], decode: Callable[[Any], Any]
) -> dict[str, Any]:
    extras = {}
    for key, item in data.items():
        if key not in known:
            try:
                extras[key] = decode(item)
            except DecodeError as error:
                raise error.at(key) from None
    return extras


def _encode_any(value: Any) -> Any:
    """The generic path, for union-typed values whose class decides how they encode."""
    encode = _UNSTRUCTURE.get(value.__class__)
    if encode is not None:
        return encode(value)
    if value.__class__ is Decimal:
        return _decimal_text(value)
    if value.__class__ is list or value.__class__ is tuple:
        return [_encode_any(item) for item in value]
    if value.__class__ is dict:
        return {key: _encode_any(item) for key, item in value.items()}
    return value


# Each model module's decoder module (names relative to the package).
_CODECS: dict[str, str] = {
    "_models.items": "._codecs.items",
}
_PACKAGE = __name__.rpartition(".")[0]
_STRUCTURE = HookTable(_PACKAGE, _CODECS, "STRUCTURE")
_UNSTRUCTURE = HookTable(_PACKAGE, _CODECS, "UNSTRUCTURE")
_converter: cattrs.Converter | None = None


def converter() -> cattrs.Converter:
    """A cattrs converter with this package's fast hooks registered for every model."""
    global _converter
    if _converter is None:
        import cattrs

        instance = cattrs.Converter()
        for cls, decode in _STRUCTURE.items():
            # Registered by predicate: by class, cattrs would evaluate the model's annotations,
            # which fails for a model with a field named like a builtin it uses (``list``).
            instance.register_structure_hook_func(_exactly(cls), _ignore_type(decode))
            instance.register_unstructure_hook_func(_exactly(cls), _UNSTRUCTURE[cls])
        _converter = instance
    return _converter


def _exactly(cls: type[Any]) -> Callable[[Any], bool]:
    return lambda candidate: candidate is cls


def _ignore_type(decode: Callable[[Any], Any]) -> Callable[[Any, Any], Any]:
    return lambda data, _cls: decode(data)


def structure(data: Any, cls: type[Any]) -> Any:
    """Decodes JSON data (as `json.loads` returns it) into an instance of `cls`."""
    try:
        decode = _STRUCTURE[cls]
    except KeyError:
        raise TypeError(f"{cls!r} is not a model of this package") from None
    return decode(data)


def unstructure(obj: Any) -> Any:
    """The JSON data for a model instance (or a list or dict of them)."""
    return _encode_any(obj)
