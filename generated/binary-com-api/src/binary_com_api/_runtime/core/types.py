"""The marker for "not given", distinct from an explicit JSON null."""

from __future__ import annotations

import enum
from typing import Final, Literal


class Unset(enum.Enum):
    """Type of `UNSET`: a field or argument that was left out, as opposed to set to None."""

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Final = Unset.UNSET
