"""What the command line says: what `generate` changed, how to fix drift, that a dry run
wrote nothing, a help line for every option; and messages that read right."""

from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator import cli, pipeline, verify
from generator.render.renderer import FileChanges, write_files
from generator.runtime.core.validate import ListOf, Str, TupleOf

ROOT = Path(__file__).resolve().parents[2]


def test_write_files_says_what_it_added_updated_and_removed(tmp_path: Path) -> None:
    first = write_files({"a.py": "a\n", "pkg/b.py": "b\n"}, tmp_path)
    assert (first.added, first.updated, first.removed) == (["a.py", "pkg/b.py"], [], [])
    again = write_files({"a.py": "a\n", "pkg/b.py": "b\n"}, tmp_path)
    assert not again and again.describe() == "unchanged"
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "left.txt").write_text("by-product")
    changed = write_files({"a.py": "A\n", "c.py": "c\n"}, tmp_path)
    assert (changed.added, changed.updated, changed.removed) == (["c.py"], ["a.py"], ["pkg/b.py"])
    assert changed.describe() == "1 updated (a.py); 1 added (c.py); 1 removed (pkg/b.py)"
    many = FileChanges(updated=[f"f{index}.py" for index in range(5)])
    assert many.describe() == "5 updated (f0.py, f1.py, f2.py, and 2 more)"


def test_generate_prints_what_changed_per_distribution(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    changes = {
        "okcoin-v3-api": FileChanges(updated=["README.md"]),
        "binary-com-api": FileChanges(),
    }
    monkeypatch.setattr(pipeline, "regenerate", lambda output, specs, *args, **kw: changes)
    assert cli.main(["generate", "--output", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{tmp_path / 'okcoin-v3-api'}: 1 updated (README.md)",
        f"{tmp_path / 'binary-com-api'}: unchanged",
    ]


def test_verify_says_how_to_fix_drift(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(verify, "check_specs", lambda specs: [])
    monkeypatch.setattr(verify, "check_generated", lambda output: [])
    monkeypatch.setattr(verify, "missing_for_code", lambda *args, **kwargs: [])
    monkeypatch.setattr(pipeline, "drift", lambda output, specs: ["okcoin-v3-api/README.md"])
    assert verify.verify_all(pipeline.SPECS, tmp_path) == 1
    printed = capsys.readouterr().out
    assert "FAIL generated/ matches the specs" in printed
    assert "okcoin-v3-api/README.md" in printed
    assert f"to fix: regenerate with `python -m generator generate --output {tmp_path}`" in (
        printed
    )


def test_a_dry_run_release_says_nothing_was_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator import release

    recorded: list[Any] = []
    monkeypatch.setattr(release, "plan", lambda specs, **options: ["a plan"])
    monkeypatch.setattr(release, "describe", lambda plans: "okcoin-v3-api 1.2.0 -> 1.3.0\n")
    monkeypatch.setattr(release, "record", lambda *args: recorded.append(args))
    assert cli.main(["release", "--dry-run"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "okcoin-v3-api 1.2.0 -> 1.3.0"
    assert printed[-1].startswith("dry run: nothing was written")
    assert recorded == []


def _parser() -> argparse.ArgumentParser:
    """The parser `cli.main` builds, caught as it starts parsing."""

    class Built(Exception):
        def __init__(self, parser: argparse.ArgumentParser) -> None:
            self.parser = parser

    def catch(self: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> Any:
        raise Built(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(argparse.ArgumentParser, "parse_args", catch)
        try:
            cli.main(["generate"])
        except Built as built:
            return built.parser
    raise AssertionError("main() did not parse its arguments")


def test_every_command_line_option_has_help() -> None:
    parser = _parser()
    (commands,) = [
        action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    ]
    helped = {choice.dest for choice in commands._choices_actions if choice.help}
    assert set(commands.choices) <= helped, "a command without help"
    missing = [
        f"{name} {action.option_strings or action.dest}"
        for name, command in commands.choices.items()
        for action in command._actions
        if not isinstance(action, argparse._HelpAction) and not action.help
    ]
    assert missing == []


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize(
    "path",
    [
        "generated/okcoin-v3-api/build/lib/okcoin_v3_api/__init__.py",
        "generated/binary-com-api/dist/binary_com_api-1.0.0-py3-none-any.whl",
        "generated/binance-oauth-api/src/binance_oauth_api.egg-info/PKG-INFO",
    ],
)
def test_build_folders_under_generated_are_ignored(path: str) -> None:
    found = subprocess.run(["git", "check-ignore", "--no-index", "-q", path], cwd=ROOT, check=False)
    if found.returncode == 128:
        pytest.skip("not a git checkout")
    assert found.returncode == 0, f"{path} is not git-ignored"


def test_count_bounds_read_right() -> None:
    with pytest.raises(ValueError, match=r"^scopes: must have at least 1 item$"):
        ListOf(Str(), min_items=1)([], "scopes")
    with pytest.raises(ValueError, match=r"must have at most 2 items$"):
        ListOf(Str(), max_items=2)(["a", "b", "c"], "x")
    with pytest.raises(ValueError, match=r"must be at least 1 character long$"):
        Str(min_length=1)("", "name")
    with pytest.raises(ValueError, match=r"must have exactly 1 item, got 2$"):
        TupleOf([Str()])(["a", "b"], "pair")
