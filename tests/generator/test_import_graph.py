"""The generator's modules import each other without a cycle, counting the imports made only
for type checkers: a cycle there still ties two layers together (the renderer and the
flavors, say), so one cannot be read, tested or changed without the other."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "generator"


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def generator_modules(package: Path) -> dict[str, Path]:
    """Every module of the generator but the runtime, which ships inside the distributions
    and is checked in place by its own tests."""
    root = package.parent
    return {
        module_name(path, root): path
        for path in sorted(package.rglob("*.py"))
        if (package / "runtime") not in path.parents
    }


def imported_modules(source: str, name: str, is_package: bool, known: set[str]) -> set[str]:
    """The modules of `known` that a module's code imports, anywhere in it (under
    `if TYPE_CHECKING:` and inside functions too). `from a import b` counts as importing
    `a.b` when that is a module, else `a`."""
    package = name if is_package else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                anchor = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{anchor}.{base}" if base else anchor
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names
            ]
        else:
            continue
        for target in targets:
            # `import generator.render.plans` also runs the packages above it, but those
            # are what Python imports first anyway; the edge that matters is the module.
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph(package: Path) -> dict[str, set[str]]:
    modules = generator_modules(package)
    known = set(modules)
    return {
        name: imported_modules(
            path.read_text(encoding="utf-8"), name, path.name == "__init__.py", known
        )
        for name, path in modules.items()
    }


def cycles(graph: Mapping[str, set[str]]) -> Iterator[list[str]]:
    """One cycle per strongly connected group of modules that import each other (Tarjan),
    shown as a path that starts and ends at the same module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    for group in groups:
        yield _path_within(graph, group)


def _path_within(graph: Mapping[str, set[str]], group: set[str]) -> list[str]:
    """A shortest way from the group's first module back to itself, inside the group."""
    start = min(group)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for target in sorted(graph[node] & group):
                if target == start:
                    return [*paths[node], start]
                if target not in paths:
                    paths[target] = [*paths[node], target]
                    following.append(target)
        frontier = following
    raise AssertionError(f"no cycle through {start}")  # pragma: no cover


def test_the_generator_has_no_import_cycle() -> None:
    graph = import_graph(PACKAGE)
    assert "generator.render.renderer" in graph and "generator.flavors.binary" in graph
    found = [" -> ".join(cycle) for cycle in cycles(graph)]
    assert not found, "import cycles in generator/:\n" + "\n".join(found)


def test_type_checking_imports_count(tmp_path: Path) -> None:
    """The finder sees an import made only for type checkers, and a relative one."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg import b\n")
    (package / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import thing\n"
    )
    (package / "c.py").write_text("import pkg.a\n")
    graph = import_graph(package)
    assert graph["pkg.a"] == {"pkg.b"}
    assert graph["pkg.b"] == {"pkg.a"}
    assert list(cycles(graph)) == [["pkg.a", "pkg.b", "pkg.a"]]


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, [["a", "b", "c", "a"]]),
        ({"a": {"b", "c"}, "b": {"a"}, "c": {"d"}, "d": {"c"}}, [["c", "d", "c"], ["a", "b", "a"]]),
    ],
)
def test_cycles_are_listed(graph: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert list(cycles(graph)) == expected
