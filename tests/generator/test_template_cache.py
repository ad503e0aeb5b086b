"""Compiled templates are kept between runs: a later run reads them instead of compiling,
never reads code compiled from other text or under other settings, and a cache that cannot
be written only costs a compilation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
import pytest

from generator.render.renderer import (
    _TEMPLATE_OPTIONS,
    _QuietCodeCache,
    environment,
    template_code_fingerprint,
)

TEMPLATE = "{% for name in names %}\n  {{ name }}\n{% endfor %}\n"


def _environment(templates: Path, cache: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        bytecode_cache=_QuietCodeCache(str(cache), pattern="t_%s.cache"),
        **_TEMPLATE_OPTIONS,
    )


def _refuse_compiling(env: jinja2.Environment, monkeypatch: pytest.MonkeyPatch) -> None:
    def compile_(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("compiled although the cache holds the code")

    monkeypatch.setattr(env, "compile", compile_)


def test_a_later_run_reads_the_compiled_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates, cache = tmp_path / "templates", tmp_path / "cache"
    templates.mkdir()
    cache.mkdir()
    (templates / "list.jinja").write_text(TEMPLATE, encoding="utf-8")
    first = _environment(templates, cache).get_template("list.jinja").render(names=["a", "b"])
    assert first == "  a\n  b\n"
    assert len(list(cache.iterdir())) == 1
    later = _environment(templates, cache)
    _refuse_compiling(later, monkeypatch)
    assert later.get_template("list.jinja").render(names=["a", "b"]) == first
    # Changed text: the kept code is not used.
    (templates / "list.jinja").write_text(TEMPLATE.replace("  {{", "- {{"), encoding="utf-8")
    changed = _environment(templates, cache).get_template("list.jinja")
    assert changed.render(names=["a"]) == "- a\n"


def test_other_settings_have_their_own_entries() -> None:
    assert template_code_fingerprint() == template_code_fingerprint(dict(_TEMPLATE_OPTIONS))
    for option, value in [("trim_blocks", False), ("keep_trailing_newline", False)]:
        other = {**_TEMPLATE_OPTIONS, option: value}
        assert template_code_fingerprint(other) != template_code_fingerprint()
    cache = environment().bytecode_cache
    assert isinstance(cache, _QuietCodeCache)
    assert template_code_fingerprint() in cache.pattern


def test_a_cache_that_cannot_be_written_costs_only_a_compilation(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "list.jinja").write_text(TEMPLATE, encoding="utf-8")
    env = _environment(templates, tmp_path / "missing")
    assert env.get_template("list.jinja").render(names=["x"]) == "  x\n"
