"""The names generated decoder modules take from elsewhere: imports and `_codec.py` helpers.

Both the codec writer (which notes each name it writes) and the type emitters (which write
the code that uses them) speak this vocabulary, so it sits apart from both.
"""

from __future__ import annotations

import enum

import attrs


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
