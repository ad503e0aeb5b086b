"""What `python -m generator verify` checks, run as part of the suite so CI enforces it."""

from __future__ import annotations

from generator import pipeline, verify


def test_specs_are_valid() -> None:
    assert verify.check_specs(pipeline.SPECS) == []


def test_generated_matches_the_specs() -> None:
    assert pipeline.drift() == [], "run `python -m generator generate` and commit the result"


def test_generated_code_is_lint_format_and_type_clean() -> None:
    assert verify.check_generated(pipeline.GENERATED) == []
