"""Importers stop rather than overwrite a hand edit: each spec file they write carries a
stamp (the hash of what they wrote), and a file that no longer matches it is shown as a
difference and left alone unless --force."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import cli
from generator.importers import binary_com
from generator.importers.binary_com import import_calls
from generator.importers.stamp import HandEditError, check_overwrites, hand_edit, stamped
from tests.binary_com.test_import_calls import SAFETY, SUMMARIES, _receive, _send, _write_call
from tests.okcoin.test_okcoin_spec import _mini_overlay, _mini_tsv

ROOT = Path(__file__).resolve().parents[2]


def test_a_stamp_tells_the_importers_text_from_an_edit() -> None:
    text = stamped("call: demo\nsummary: Demo.\n", "Written by a test.")
    assert text.startswith("# Written by a test.\n# import stamp")
    assert hand_edit(text) is None
    assert hand_edit(text.replace("Demo.", "Edited.")) == "it was edited since it was imported"
    assert hand_edit("call: demo\n") == "it has no import stamp (written by hand?)"


def test_check_overwrites_lets_importer_output_and_new_files_through(tmp_path: Path) -> None:
    imported = tmp_path / "a.yaml"
    imported.write_text(stamped("a: 1\n", "test"), encoding="utf-8")
    check_overwrites({imported: stamped("a: 2\n", "test"), tmp_path / "new.yaml": "b: 1\n"})
    imported.write_text("a: 1 # mine\n", encoding="utf-8")
    check_overwrites({imported: "a: 1 # mine\n"})  # the import would change nothing
    with pytest.raises(HandEditError):
        check_overwrites({imported: stamped("a: 2\n", "test")})
    check_overwrites({imported: stamped("a: 2\n", "test")}, force=True)


def _crafted(tmp_path: Path) -> tuple[Path, Path]:
    src, out = tmp_path / "src", tmp_path / "out"
    _write_call(src, "demo", _send("demo"), _receive("demo"))
    _write_call(src, "buy", _send("buy"), _receive("buy"))
    import_calls(src, out, summaries=SUMMARIES, safety=SAFETY)
    return src, out


def test_import_calls_stops_before_overwriting_a_hand_edit(tmp_path: Path) -> None:
    src, out = _crafted(tmp_path)
    demo = out / "demo.yaml"
    edited = demo.read_text(encoding="utf-8").replace(
        "A crafted call for tests.", "My better summary."
    )
    demo.write_text(edited, encoding="utf-8")
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    with pytest.raises(HandEditError) as caught:
        import_calls(src, out, summaries=SUMMARIES, safety=SAFETY)
    assert [path.name for path, _why in caught.value.edited] == ["demo.yaml"]
    assert "-summary: My better summary." in caught.value.diff
    assert "+summary: A crafted call for tests." in caught.value.diff
    assert "--force" in str(caught.value)
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before
    import_calls(src, out, summaries=SUMMARIES, safety=SAFETY, force=True)
    assert hand_edit(demo.read_text(encoding="utf-8")) is None
    assert "My better summary." not in demo.read_text(encoding="utf-8")


def test_import_calls_does_not_delete_a_hand_written_spec(tmp_path: Path) -> None:
    src, out = _crafted(tmp_path)
    mine = out / "mine.yaml"
    mine.write_text("call: mine\n", encoding="utf-8")
    with pytest.raises(HandEditError) as caught:
        import_calls(src, out, summaries=SUMMARIES, safety=SAFETY)
    assert "deleted by the import" in caught.value.diff
    assert mine.exists()
    unstamped_stale = binary_com.dump_spec({"call": "gone"})
    (out / "gone.yaml").write_text(unstamped_stale, encoding="utf-8")
    mine.unlink()
    assert import_calls(src, out, summaries=SUMMARIES, safety=SAFETY).removed == ("gone",)


def test_import_okcoin_shows_the_difference_and_needs_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tsv = _mini_tsv(tmp_path, "price:decimal:yes", "variant=com")
    overlay = _mini_overlay(tmp_path)
    output = tmp_path / "okcoin.yaml"
    assert cli.import_okcoin(tsv, output, overlay) == 0
    edited = output.read_text(encoding="utf-8").replace("summary: Place.", "summary: Mine.")
    output.write_text(edited, encoding="utf-8")
    capsys.readouterr()
    assert cli._user_errors(cli.import_okcoin, tsv, output, overlay) == 2
    printed = capsys.readouterr()
    assert "-      summary: Mine." in printed.err and "+      summary: Place." in printed.err
    assert printed.err.rstrip().splitlines()[-1].startswith("error: 1 spec file(s) changed")
    assert output.read_text(encoding="utf-8") == edited
    assert cli._user_errors(cli.import_okcoin, tsv, output, overlay, True) == 0
    assert hand_edit(output.read_text(encoding="utf-8")) is None


def test_the_readme_says_which_specs_importers_write() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Which specs are imported", 1)[1].split("\n## ", 1)[0]
    for name in (
        "specs/okcoin-v3.yaml",
        "okcoin_overlay.yaml",
        "specs/binary-com/",
        "binary_com_summaries.yaml",
        "specs/binance-oauth.yaml",
        "--force",
    ):
        assert name in section, name
