"""The package's layout: no two modules import each other (at module level), and the CLI's
leaf modules import no other CLI module."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "communique"


def _imports() -> dict[str, set[str]]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.module:
                subs = {f"{node.module}.{a.name}" for a in node.names}
                found |= (subs & modules.keys()) or {node.module}
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names}
        # A package importing its own submodules is how a package is made, not a cycle.
        graph[name] = {m for m in found & modules.keys()
                       if m != name and not (m.startswith(name + ".") and path.name ==
                                             "__init__.py")}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                return path[path.index(dep):] + [dep]
            if dep not in state and (found := visit(dep, [*path, dep])):
                return found
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start, [start])):
            return found
    return None


def test_layout_no_module_imports_one_that_imports_it_back():
    graph = _imports()
    assert {"communique.cli", "communique.nlp.actors", "communique.nlp.context"} <= set(graph)
    assert _cycle(graph) is None


def test_layout_cli_leaves_import_no_other_cli_module():
    graph = _imports()
    for leaf in ("communique.cli.options", "communique.cli.output"):
        assert {m for m in graph[leaf] if m.startswith("communique.cli")} == set()


def test_layout_a_cycle_is_found():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
