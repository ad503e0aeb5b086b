"""A decoder module's imports come from what the codec writer noted while it wrote the body:
exactly the names the body uses, each found where it is imported from. Nothing is read back
from emitted code, and no lint pass deletes imports after the fact."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from generator import ir, pipeline
from generator.render import renderer
from generator.render.codec import (
    ANY,
    DATETIME,
    DECODE_ERROR,
    MODELS,
    UNSET,
    UUID,
    CodecWriter,
    ModelCodec,
    Shared,
    UsedNames,
)

ROOT = Path(__file__).resolve().parent.parent.parent
TEST_SPECS = Path(__file__).parent / "openapi_specs"
CORPUS = ROOT / "tests" / "openapi_corpus"
DATE = ir.ScalarType(ir.ScalarKind.DATE)
INT = ir.ScalarType(ir.ScalarKind.INT)


def _spec_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.iterdir()
        if path.suffix in pipeline.SPEC_SUFFIXES and not path.name.endswith(".generator.yaml")
    )


def _raw_renders() -> Iterator[tuple[str, dict[str, str]]]:
    """Every distribution of the project's specs, the test specs and the corpus, as the
    renderer hands it over: before `ruff format` or anything else has touched it."""
    for api, files in pipeline.render_all():
        yield api.distribution, files
    named = [pipeline.source_of(path) for path in _spec_files(TEST_SPECS) + _spec_files(CORPUS)]
    for api, files in pipeline.render_all(sources=named):
        yield api.distribution, files


@pytest.fixture(scope="module")
def raw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The unformatted renders, written out (Python modules only)."""
    root = tmp_path_factory.mktemp("raw")
    count = 0
    for distribution, files in _raw_renders():
        for relative, text in files.items():
            if relative.endswith(".py"):
                target = root / distribution / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
        count += 1
    assert count >= 20  # the three of the project, six test specs, the corpus
    return root


def _decoder_modules(root: Path) -> list[Path]:
    return sorted(
        path
        for path in root.rglob("*.py")
        if "_codecs" in path.relative_to(root).parts and path.name != "__init__.py"
    )


def test_decoder_modules_import_exactly_what_they_use(raw: Path) -> None:
    modules = _decoder_modules(raw)
    assert len(modules) > 100
    ruff = Path(sys.executable).parent / "ruff"
    found = subprocess.run(
        [
            str(ruff if ruff.exists() else "ruff"),
            "check",
            "--isolated",
            "--no-cache",
            "--select",
            "F401,F811,F821",
            "--output-format",
            "concise",
            *map(str, modules),
        ],
        capture_output=True,
        text=True,
    )
    problems = found.stdout.strip().splitlines()
    assert found.returncode == 0 and problems[-1:] == ["All checks passed!"], "\n".join(
        problems[:20]
    )


def _defines(source: str) -> set[str]:
    """The names a module's top level binds."""
    names: set[str] = set()
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.ImportFrom | ast.Import):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return names


def _unresolved(module: Path) -> list[str]:
    """Relative imports of `module` whose name its target module does not define."""
    missing = []
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.ImportFrom) or not node.level:
            continue
        base = module.parent
        for _ in range(node.level - 1):
            base = base.parent
        target = base.joinpath(*node.module.split(".")) if node.module else base
        file = target.with_suffix(".py")
        defined = _defines((file if file.is_file() else target / "__init__.py").read_text("utf-8"))
        for alias in node.names:
            if alias.name not in defined and not (target / f"{alias.name}.py").is_file():
                missing.append(f"{module}: {'.' * node.level}{node.module or ''}.{alias.name}")
    return missing


def test_every_name_a_decoder_module_imports_is_defined_where_it_comes_from(raw: Path) -> None:
    missing = [line for module in _decoder_modules(raw) for line in _unresolved(module)]
    assert missing == []


def test_the_renderer_reads_no_code_back_and_prunes_no_imports() -> None:
    source = inspect.getsource(renderer)
    assert "ast.parse" not in source and "import ast" not in source
    formatting = inspect.getsource(renderer.format_python)
    assert "F401" not in formatting and "--fix" not in formatting


def _model(name: str, *fields: ir.Field) -> ir.Model:
    return ir.Model(name, fields)


def test_the_writer_notes_each_name_its_body_uses() -> None:
    order = _model(
        "Order",
        ir.Field("placed", "placed", ir.ListType(DATE), True),
        ir.Field("owner", "owner", ir.ModelType("Account"), True),
        ir.Field("note", "note", ir.NullableType(INT), False),
    )
    used = CodecWriter([order]).used_names
    assert {DATETIME, MODELS, ANY, DECODE_ERROR, UNSET} <= used.imports
    assert {Shared.DATE.need, Shared.ISO.need, Shared.NEW.need} <= used.imports
    assert UUID not in used.imports and Shared.UUID_OF.need not in used.imports
    # Another module's model: its decoder and its encoder; the module's own are not imported.
    assert used.model_codecs == {ModelCodec("Account", False), ModelCodec("Account", True)}


def test_a_root_the_body_never_calls_is_not_imported() -> None:
    """An answer that is another module's model is decoded by the caller from that module;
    a list of it is decoded here, by the model's decoder alone."""
    assert CodecWriter([], roots=[ir.ModelType("Account")]).used_names == UsedNames(
        frozenset(), frozenset()
    )
    listed = CodecWriter([], roots=[ir.ListType(ir.ModelType("Account"))]).used_names
    assert listed.model_codecs == {ModelCodec("Account", False)}


def _template_defines(context: Mapping[str, object]) -> set[str]:
    """The names `_codec.py` defines when rendered with this context."""
    return _defines(
        renderer.environment().get_template("package/_codec.py.jinja").render(**context)
    )


def test_the_shared_module_defines_every_helper_the_writer_may_name() -> None:
    every = _template_defines(
        {"codec_uses_dates": True, "codec_uses_uuid": True, "codec_modules": []}
    )
    assert {helper.value for helper in Shared} <= every
    plain = _template_defines(
        {"codec_uses_dates": False, "codec_uses_uuid": False, "codec_modules": []}
    )
    assert {helper.value for helper in Shared} - plain == {"_date", "_datetime", "_iso", "_uuid_of"}
