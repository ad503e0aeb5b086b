"""Each distribution's README: the shared part, then what its flavor adds (if anything)."""

from __future__ import annotations

from pathlib import Path

from generator.flavors import FLAVORS

ROOT = Path(__file__).resolve().parents[2]


def test_a_flavor_section_follows_the_example_and_only_where_one_is_given() -> None:
    binary = (ROOT / "generated" / "binary-com-api" / "README.md").read_text(encoding="utf-8")
    section = FLAVORS["binary"].readme.strip()
    assert section.startswith("## How the client behaves")
    assert binary.endswith("```\n\n" + section + "\n")
    for distribution in ("okcoin-v3-api", "binance-oauth-api"):
        readme = (ROOT / "generated" / distribution / "README.md").read_text(encoding="utf-8")
        assert readme.endswith("```\n") and "## " not in readme
