"""Each distribution's README: the shared part, then what its flavor adds (if anything)."""

from __future__ import annotations

from pathlib import Path

from generator.flavors import FLAVORS

ROOT = Path(__file__).resolve().parents[2]


def test_every_distribution_says_how_its_client_behaves_after_the_example() -> None:
    for flavor, distribution in (
        ("binary", "binary-com-api"),
        ("okcoin", "okcoin-v3-api"),
        ("binance", "binance-oauth-api"),
    ):
        readme = (ROOT / "generated" / distribution / "README.md").read_text(encoding="utf-8")
        section = FLAVORS[flavor].readme.strip()
        assert section.startswith("## How the client behaves"), flavor
        assert readme.endswith("```\n\n" + section + "\n"), distribution


def test_a_flavor_without_a_section_ends_the_readme_with_its_example() -> None:
    assert FLAVORS["generic"].readme == ""
    expected = ROOT / "tests" / "generator" / "golden" / "rest-tiny-shop" / "expected"
    golden = (expected / "README.md").read_text(encoding="utf-8")
    assert golden.endswith("```\n") and "## " not in golden


def test_every_readme_installs_from_an_index_and_names_the_testing_extra() -> None:
    for distribution in ("binary-com-api", "okcoin-v3-api", "binance-oauth-api"):
        readme = (ROOT / "generated" / distribution / "README.md").read_text(encoding="utf-8")
        assert f"pip install --index-url INDEX '{distribution}[testing]'" in readme
        assert "--extra-index-url" in readme  # named only to warn against it
        assert "(the `testing` extra)" in readme  # where the simulator is described


def test_okcoin_testing_example_runs() -> None:
    """The "Testing your code" example of okcoin-v3-api, run as a user would run it."""
    readme = (ROOT / "generated" / "okcoin-v3-api" / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Testing your code", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    assert "OkcoinSimulator" in code and "move_price" in code
    exec(compile(code, "README.md", "exec"), {})


def test_binance_testing_example_runs() -> None:
    """The "Testing your code" example of binance-oauth-api, run as a user would run it."""
    readme = (ROOT / "generated" / "binance-oauth-api" / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Testing your code", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    assert "BinanceOAuthSimulator" in code and "advance_clock" in code
    printed: list[object] = []
    exec(compile(code, "README.md", "exec"), {"print": printed.append})
    assert printed[-1] == "send the user through the login again"  # the revoked login ends
