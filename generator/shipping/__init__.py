"""Building, publishing and smoke-testing the generated distributions.

`build` makes reproducible wheels and sdists, `index` runs an embedded package index,
`publish` uploads with twine and checks what the index serves, `smoke` installs each
distribution from the index into a fresh virtual environment and calls its simulator.
"""

from __future__ import annotations

from collections.abc import Sequence


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain-text table with aligned columns."""
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, ["-" * width for width in widths], *rows]
    ]
    return "\n".join(lines) + "\n"
