"""A folder of broken call specs is reported whole: every problem, with its file and JSON
pointer, in one run; no traceback, nothing written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.loaders.call_checks import CallSpecProblems, read_folder
from generator.loaders.calls import load_calls

BROKEN = Path(__file__).parent / "broken_calls"
ROOT = Path(__file__).resolve().parents[2]

EXPECTED = [
    ("balance.yaml", "#/auth/required", "must be true or false"),
    ("balance.yaml", "#/auth/scopes", "must be a list of strings"),
    ("balance.yaml", "#/receive/properties/balance/$ref", "points to nothing"),
    ("balance.yaml", "#/send/properties/account/minLength", "less than the minimum of 0"),
    ("balance.yaml", "#/send/properties/balance/type", "'integr' is not one of"),
    ("balance.yaml", "#/streams", "must be true or false"),
    ("clock.yaml", "#/call", "'time' differs from the file name 'clock'"),
    ("clock.yaml", "#/colour", "is not a call-spec key"),
    ("clock.yaml", "#/send/properties", "has no property 'time'"),
    ("forget.yaml", "#", "not valid YAML at line 3"),
    ("ticks.yaml", "#/receive", "is required"),
    ("ticks.yaml", "#/send", "must be an object schema with properties"),
]


def test_every_problem_of_every_file_is_reported_together() -> None:
    with pytest.raises(CallSpecProblems) as caught:
        load_calls(BROKEN)
    found = [(p.file.name, p.pointer, p.message) for p in caught.value.problems]
    assert [(name, pointer) for name, pointer, _ in found] == [
        (name, pointer) for name, pointer, _ in EXPECTED
    ]
    for (_, _, message), (_, _, expected) in zip(found, EXPECTED, strict=True):
        assert expected in message
    assert str(caught.value).splitlines()[0] == f"{BROKEN}: 12 problems"


def test_the_command_lists_them_without_a_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(BROKEN), "--output", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == f"error: {BROKEN}: 12 problems"
    assert len(lines) == 13
    assert all(line.startswith(f"  {BROKEN}/") for line in lines[1:])
    assert list(tmp_path.iterdir()) == []


def test_a_duplicate_call_and_a_remote_ref_are_named(tmp_path: Path) -> None:
    good = (BROKEN / "ping.yaml").read_text(encoding="utf-8")
    (tmp_path / "ping.yaml").write_text(good, encoding="utf-8")
    (tmp_path / "pong.yaml").write_text(
        good.replace("call: ping", "call: pong").replace(
            "msg_type: {type: string", "echo: {$ref: 'other.json#/x'}\n    msg_type: {type: string"
        ),
        encoding="utf-8",
    )
    (tmp_path / "ping_again.yaml").write_text(good, encoding="utf-8")
    with pytest.raises(CallSpecProblems) as caught:
        read_folder(tmp_path)
    assert [str(p).removeprefix(f"{tmp_path}/") for p in caught.value.problems] == [
        "ping_again.yaml: #/call: 'ping' differs from the file name 'ping_again'",
        "ping_again.yaml: #/call: 'ping' is also the call of ping.yaml",
        "pong.yaml: #/receive/properties/echo/$ref: $ref 'other.json#/x': "
        "only local refs (#/...) are read",
        "pong.yaml: #/send/properties: has no property 'pong' (the call's key)",
    ]


def test_the_committed_call_specs_have_no_problem() -> None:
    specs = read_folder(ROOT / "specs" / "binary-com")
    assert len(specs) == 134
