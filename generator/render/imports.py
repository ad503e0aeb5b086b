"""Import blocks for generated modules: only what is used, grouped and sorted like isort."""

from __future__ import annotations

from collections import defaultdict

_STDLIB = frozenset(
    {
        "base64",
        "collections.abc",
        "datetime as _dt",
        "decimal",
        "enum",
        "hashlib",
        "hmac",
        "logging",
        "ssl",
        "threading",
        "time",
        "typing",
        "urllib.parse",
        "uuid as _uuid",
    }
)


class ImportSet:
    """Collects `from module import name` and `import module` requests."""

    def __init__(self) -> None:
        self._names: defaultdict[str, set[str]] = defaultdict(set)
        self._modules: set[str] = set()
        self._type_only: defaultdict[str, set[str]] = defaultdict(set)

    def add(self, module: str, *names: str) -> ImportSet:
        if names:
            self._names[module].update(names)
        else:
            self._modules.add(module)
        return self

    def add_type_only(self, module: str, *names: str) -> ImportSet:
        self._type_only[module].update(names)
        self._names["typing"].add("TYPE_CHECKING")
        return self

    def lines(self) -> list[str]:
        groups: list[list[str]] = [[], [], []]
        for module in sorted(self._modules, key=module_sort_key):
            groups[_group(module)].append(f"import {module}")
        for module in sorted(self._names, key=module_sort_key):
            plain = [name for name in self._names[module] if " as " not in name]
            if plain:
                names = ", ".join(sorted(plain, key=name_sort_key))
                groups[_group(module)].append(f"from {module} import {names}")
            # Each renamed import on a line of its own, as isort writes them.
            for name in sorted(set(self._names[module]) - set(plain), key=name_sort_key):
                groups[_group(module)].append(f"from {module} import {name}")
        lines: list[str] = []
        for group in groups:
            if group:
                if lines:
                    lines.append("")
                lines.extend(group)
        if self._type_only:
            lines += ["", "if TYPE_CHECKING:"]
            for module in sorted(self._type_only, key=module_sort_key):
                names = ", ".join(sorted(self._type_only[module], key=name_sort_key))
                lines.append(f"    from {module} import {names}")
        return lines


def _group(module: str) -> int:
    if module.startswith("."):
        return 2
    return 0 if module in _STDLIB else 1


def module_sort_key(module: str) -> tuple[int, int, str]:
    # isort order within a section: `import x` lines first, then `from x import` lines;
    # relative imports furthest first (`...` before `..` before `.`).
    dots = len(module) - len(module.lstrip("."))
    return (_group(module), -dots if dots > 1 else 0, module.lstrip(".").lower())


def name_sort_key(name: str) -> tuple[int, str]:
    # Constants first, then classes, then functions: ruff's isort default.
    if name.isupper() and len(name) > 1:
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)
