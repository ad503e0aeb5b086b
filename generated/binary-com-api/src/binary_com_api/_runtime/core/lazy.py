"""Tables whose entries live in many modules, each module imported when one of its entries
is first asked for.

A generated package keeps its models, decoders and call entries in one module per call
group (or per call), so a call imports the modules of its own group and nothing else. These
two tables are what the rest of the package looks entries up in.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

_V = TypeVar("_V")


class LazyTable(Mapping[str, _V]):
    """Entries by name (`"ping"`): `modules` says which module holds each one (a name
    relative to `package`), and that module's `attribute` mapping holds the entry."""

    __slots__ = ("_attribute", "_found", "_modules", "_package")

    def __init__(self, package: str, modules: Mapping[str, str], attribute: str) -> None:
        self._package = package
        self._modules = modules
        self._attribute = attribute
        self._found: dict[str, _V] = {}

    def __getitem__(self, name: str) -> _V:
        try:
            return self._found[name]
        except KeyError:
            pass
        module = self._modules[name]  # KeyError for a name no module holds
        entries: Mapping[str, _V] = getattr(
            importlib.import_module(module, self._package), self._attribute
        )
        self._found.update(entries)
        return entries[name]

    def __contains__(self, name: object) -> bool:
        return name in self._modules

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)

    def __repr__(self) -> str:
        return f"<{len(self)} entries in {len(set(self._modules.values()))} modules>"


class HookTable(Mapping[type, Callable[[Any], Any]]):
    """Decoders (or encoders) by model class. A class's module (`<package>._models.x`) says
    which decoder module holds its hook (`modules`, names relative to `package`); that
    module's `attribute` mapping has it. Classes from elsewhere have no hook."""

    __slots__ = ("_attribute", "_found", "_modules", "_package")

    def __init__(self, package: str, modules: Mapping[str, str], attribute: str) -> None:
        self._package = package
        self._modules = modules
        self._attribute = attribute
        self._found: dict[type, Callable[[Any], Any]] = {}

    def get(self, cls: type, default: Any = None) -> Any:
        """The hook of `cls`, or `default` (the fast path of encoding unions)."""
        try:
            return self._found[cls]
        except KeyError:
            pass
        try:
            return self[cls]
        except KeyError:
            return default

    def __getitem__(self, cls: type) -> Callable[[Any], Any]:
        try:
            return self._found[cls]
        except KeyError:
            pass
        module = getattr(cls, "__module__", "")
        prefix = self._package + "."
        codec = self._modules.get(module[len(prefix) :]) if module.startswith(prefix) else None
        if codec is None:
            raise KeyError(cls)
        self._found.update(self._hooks(codec))
        return self._found[cls]

    def _hooks(self, codec: str) -> Mapping[type, Callable[[Any], Any]]:
        hooks: Mapping[type, Callable[[Any], Any]] = getattr(
            importlib.import_module(codec, self._package), self._attribute
        )
        return hooks

    def __iter__(self) -> Iterator[type]:
        """Every model class: imports every decoder module."""
        for codec in dict.fromkeys(self._modules.values()):
            hooks = self._hooks(codec)
            self._found.update(hooks)
            yield from hooks

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __repr__(self) -> str:
        return f"<hooks in {len(set(self._modules.values()))} modules>"
