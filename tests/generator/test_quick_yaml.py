"""Spec files are read by a quicker route to the same values `yaml.load` gives with our
loader; what that route does not take on (tags, merge keys, self-reference, broken YAML) is
read by `yaml.load` itself, errors included."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.loaders import quick_yaml
from generator.loaders.openapi import _YAML_LOADER, load_yaml

ROOT = Path(__file__).resolve().parents[2]


def _both(text: str) -> tuple[Any, Any]:
    data = text.encode("utf-8")
    return (
        quick_yaml.load(io.BytesIO(data), _YAML_LOADER),
        yaml.load(io.BytesIO(data), Loader=_YAML_LOADER),
    )


def _outcome(read: Any, data: bytes) -> tuple[str, str]:
    """What reading gives: the value's repr (which tells 1, 1.0 and True apart, and shows
    nan), or the error."""
    try:
        return "value", repr(read(io.BytesIO(data)))
    except yaml.YAMLError as error:
        return type(error).__name__, str(error)


def _same(text: str) -> None:
    data = text.encode("utf-8")
    ours = _outcome(lambda stream: quick_yaml.load(stream, _YAML_LOADER), data)
    assert ours == _outcome(lambda stream: yaml.load(stream, Loader=_YAML_LOADER), data)


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=8),
    st.sampled_from(["on", "no", "y", "2024-01-01", "0x1F", "1_000", "1:20", ".inf", "~", ""]),
)
DATA = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.one_of(st.text(max_size=5), st.integers(), st.booleans()), children),
    ),
    max_leaves=20,
)


@settings(max_examples=300)
@given(DATA, st.booleans())
def test_dumped_data_reads_back_alike(data: Any, flow: bool) -> None:
    _same(yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True))


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: 1.0\nc: true\nd: yes\ne: 2024-01-01\nf: ~\ng: 0o17\nh: .NaN\ni: -.inf\n",
        "? [1, 2]\n: a list as a key\n",
        "base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n",
        "raw: !!binary aGVsbG8=\n",
        "when: !!timestamp 2024-01-01\n",
        "set: !!set {a, b}\n",
        "self: &s [1, *s]\n",
        "",
        "# only a comment\n",
        "1: one\ntrue: yes\nnull: nothing\n1.5: half\n",
        "dup: 1\ndup: 2\n",
        "!!str 12\n",
        "plain text\n",
        "- a\n- b\n",
    ],
)
def test_odd_documents_read_alike(text: str) -> None:
    _same(text)


def test_an_alias_is_the_same_object_both_ways() -> None:
    ours, theirs = _both("first: &x [1, 2]\nsecond: *x\n")
    assert ours == theirs
    assert ours["first"] is ours["second"]


@pytest.mark.parametrize(
    "text",
    ["a: [1, 2\n", "a: 1\n---\nb: 2\n", "a: b: c\n", "key: 'open\n", "a: *missing\n"],
)
def test_broken_yaml_fails_with_the_same_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with path.open("rb") as stream, pytest.raises(yaml.YAMLError) as ours:
        quick_yaml.load(stream, _YAML_LOADER)
    with path.open("rb") as stream, pytest.raises(yaml.YAMLError) as theirs:
        yaml.load(stream, Loader=_YAML_LOADER)
    assert str(ours.value) == str(theirs.value)
    assert str(path) in str(ours.value)


def test_our_spec_files_read_alike() -> None:
    paths = sorted((ROOT / "specs").rglob("*.yaml"))
    assert len(paths) > 100
    for path in paths:
        with path.open("rb") as stream:
            theirs = yaml.load(stream, Loader=_YAML_LOADER)
        with path.open("rb") as stream:  # the quick route itself, no fallback
            assert repr(quick_yaml._quick_load(stream, _YAML_LOADER)) == repr(theirs), path
        assert isinstance(load_yaml(path), dict)
