"""`yaml.load(data, Loader=loader)` for plain data, the same result with less work.

A generation reads ~140 YAML files (every call spec, every OpenAPI spec). libyaml parses them
in C, but PyYAML then builds the Python values through its general constructor (a generator
per mapping, to allow self-reference; state kept for every node), which took about as long
as the parsing. Spec files hold plain data: mappings, sequences and untagged scalars. This
module builds those straight from libyaml's node tree with the loader's own scalar
constructors. Anything else (an explicit tag, a merge key `<<`, a key that is a mapping or a
list, a document that refers to itself) goes to `yaml.load` as before, from the start, so its
value and its errors stay PyYAML's.
"""

from __future__ import annotations

from typing import Any, BinaryIO

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
# Scalars built by the loader's own constructor for the tag (text needs none).
_SCALAR_TAGS = frozenset(
    {
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null",
    }
)
# The classes a key may have here; keys of other classes are left to PyYAML.
_KEY_CLASSES = (str, int, float, bool, type(None))


class _Unusual(Exception):
    """Something this module leaves to `yaml.load`."""


def load(stream: BinaryIO, loader: Any) -> Any:
    """The document in `stream` (a file opened for reading bytes, at its start) as
    `yaml.load(stream, Loader=loader)` gives it."""
    try:
        return _quick_load(stream, loader)
    except (_Unusual, yaml.YAMLError):
        stream.seek(0)
        return yaml.load(stream, Loader=loader)


def _quick_load(stream: BinaryIO, loader_class: Any) -> Any:
    loader = loader_class(stream)
    try:
        root = loader.get_single_node()
        if root is None:
            raise _Unusual  # an empty document: PyYAML decides what it is
        return _Builder(loader).value(root)
    finally:
        loader.dispose()


class _Builder:
    """Python values of one document's nodes; a node met twice (an alias) gives the same
    object both times, as in PyYAML."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader
        self._constructors = loader.yaml_constructors
        self._built: dict[int, Any] = {}
        self._open: set[int] = set()

    def value(self, node: Node) -> Any:
        key = id(node)
        if key in self._built:
            if key in self._open:
                raise _Unusual  # refers to itself
            return self._built[key]
        cls = node.__class__
        tag = node.tag
        if cls is ScalarNode:
            if tag == _STR:
                built: Any = node.value
            elif tag in _SCALAR_TAGS:
                built = self._constructors[tag](self._loader, node)
            else:
                raise _Unusual
            self._built[key] = built
            return built
        if cls is SequenceNode and tag == _SEQ:
            items: list[Any] = []
            self._built[key] = items
            self._open.add(key)
            items.extend([self.value(item) for item in node.value])
            self._open.discard(key)
            return items
        if cls is MappingNode and tag == _MAP:
            mapping: dict[Any, Any] = {}
            self._built[key] = mapping
            self._open.add(key)
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise _Unusual
                name = self.value(key_node)
                if name.__class__ not in _KEY_CLASSES:
                    raise _Unusual
                mapping[name] = self.value(value_node)
            self._open.discard(key)
            return mapping
        raise _Unusual
