"""`python -m generator new SPEC --name DIST`: a published spec, left byte for byte as it is,
becomes a distribution; our names live in `<stem>.generator.yaml` beside it, which later
`generate` runs read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import cli, pipeline
from generator.loaders.openapi_metadata import metadata_path, read_metadata

SPECS = Path(__file__).parent / "openapi_specs"
PETSTORE_30 = SPECS / "petstore30.yaml"

_SKIPPING = """\
openapi: 3.1.0
info: {title: Skips, version: '1'}
servers: [{url: 'https://api.example.com'}]
paths:
  /ok:
    get:
      operationId: fine
      responses: {'200': {description: ok}}
  /odd/{thing}:
    get:
      operationId: odd
      responses: {'200': {description: ok}}
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    copy = tmp_path / "specs" / "petstore.yaml"
    copy.parent.mkdir()
    shutil.copyfile(PETSTORE_30, copy)
    return copy


def test_new_writes_metadata_beside_the_untouched_spec_and_generates(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = spec.read_bytes()
    out = tmp_path / "out"
    status, stdout, err = run(capsys, "new", str(spec), "--name", "pets-api", "--out", str(out))
    assert status == 0, err
    assert spec.read_bytes() == before
    assert metadata_path(spec) == spec.parent / "petstore.generator.yaml"
    assert read_metadata(spec) == {
        "distribution": "pets-api",
        "package": "pets_api",
        "client": "PetsClient",
        "flavor": "generic",
        "version": "0.1.0",
    }
    assert (out / "pets-api" / "src" / "pets_api" / "_client.py").is_file()
    assert "class PetsClient" in (out / "pets-api/src/pets_api/_client.py").read_text()
    # OpenAPI 3.0 is read by its own rules, and that is said exactly once.
    assert stdout.count("read as 3.0") == 1
    assert "Traceback" not in err


def test_later_generate_runs_pick_the_spec_up_with_its_metadata(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert run(capsys, "new", str(spec), "--name", "pets-api", "--out", str(out))[0] == 0
    # The metadata file sits among the specs but is not a spec of its own.
    assert [source.name for source in pipeline.discover(spec.parent)] == ["petstore.yaml"]
    status, stdout, err = run(capsys, "generate", "--specs", str(spec.parent), "--output", str(out))
    assert status == 0, err
    assert stdout.strip() == f"{out / 'pets-api'}: unchanged"
    status, stdout, _ = run(capsys, "generate", str(spec), "--output", str(out))
    assert (status, stdout.strip()) == (0, f"{out / 'pets-api'}: unchanged")


def test_new_lists_each_skipped_operation_with_file_pointer_and_route(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "skips.yaml"
    spec.write_text(_SKIPPING)
    status, stdout, err = run(
        capsys, "new", str(spec), "--name", "skips", "--out", str(tmp_path / "out")
    )
    assert status == 0, err
    assert (
        "warning: skips.yaml: skipped GET /odd/{thing}: path parameter 'thing' is not declared "
        "(at #/paths/~1odd~1{thing}/get)"
    ) in err
    assert "1 operation(s) skipped" in stdout
    assert "read as 3.0" not in stdout


def test_strict_new_refuses_and_leaves_nothing_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "skips.yaml"
    spec.write_text(_SKIPPING)
    out = tmp_path / "out"
    status, _, err = run(capsys, "new", str(spec), "--name", "skips", "--out", str(out), "--strict")
    assert status == 2
    assert "skipped GET /odd/{thing}" in err and "(--strict)" in err
    assert not metadata_path(spec).exists()
    assert not (out / "skips").exists()


def test_new_keeps_existing_metadata_rather_than_rename(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "out")
    assert run(capsys, "new", str(spec), "--name", "pets-api", "--out", out)[0] == 0
    assert run(capsys, "new", str(spec), "--name", "pets-api", "--out", out)[0] == 0
    status, _, err = run(capsys, "new", str(spec), "--name", "other-api", "--out", out)
    assert status == 2
    assert "already names 'pets-api'" in err
    assert read_metadata(spec) is not None and read_metadata(spec)["distribution"] == "pets-api"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--name=-bad-"], "distribution '-bad-' is not a distribution name"),
        (["--name", "ok", "--package", "not valid"], "package 'not valid' is not a Python"),
        (["--name", "ok", "--client", "class"], "client 'class' is not a Python identifier"),
    ],
)
def test_bad_names_are_refused_before_anything_is_written(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, _, err = run(capsys, "new", str(spec), *argv, "--out", str(tmp_path / "out"))
    assert status == 2
    assert message in err
    assert not metadata_path(spec).exists()


def test_new_refuses_what_is_not_an_openapi_3_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    swagger = tmp_path / "swagger.json"
    swagger.write_text('{"swagger": "2.0", "info": {"title": "Old"}}')
    status, _, err = run(capsys, "new", str(swagger), "--name", "old", "--out", str(tmp_path))
    assert status == 2
    assert "openapi: missing: only OpenAPI 3.0 and 3.1 documents are read" in err
    status, _, err = run(capsys, "new", str(tmp_path / "nope.yaml"), "--name", "x")
    assert (status, "no such spec file" in err) == (2, True)


def test_a_broken_metadata_file_is_an_error_naming_it(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    metadata_path(spec).write_text("distribution: pets\npackage: pets\nclient: C\ncolour: red\n")
    status, _, err = run(capsys, "generate", str(spec), "--output", str(tmp_path / "out"))
    assert status == 2
    assert "petstore.generator.yaml: unknown key colour" in err


def test_the_readme_example_runs_and_type_checks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """README's "Your own API" simulator example, against a package `new` made from a
    petstore spec."""
    import re
    import subprocess
    import sys

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Your own API") :]
    example = re.search(r"^```py\n(.*?)^```", section, re.DOTALL | re.MULTILINE)
    assert example is not None
    spec = tmp_path / "petstore.yaml"
    shutil.copyfile(PETSTORE_30, spec)
    status, _, err = run(capsys, "new", str(spec), "--name", "petstore-api", "--out", str(tmp_path))
    assert status == 0, err
    source = tmp_path / "petstore-api" / "src"
    script = tmp_path / "example.py"
    script.write_text(example.group(1), encoding="utf-8")
    ran = subprocess.run(
        [sys.executable, str(script)],
        env={"PYTHONPATH": str(source), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(script)],
        env={"MYPYPATH": str(source), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert checked.returncode == 0, checked.stdout
