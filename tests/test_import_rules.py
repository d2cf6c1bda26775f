"""Import rules of the package, read from the source with ``ast`` (nothing is imported):

* no import cycle between any two modules of ``vetlink`` — counting every import, at module
  level, inside functions (lazy) and under ``TYPE_CHECKING`` alike, so a lazy import is no way
  around the rule;
* the core (domain types, signals, scoring, ``assess`` and everything it reaches, the input
  checkers, models, ingest, exposure) never imports the edges: the web app, the store, the CLI
  or the batch job.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
EDGES = ("vetlink.web", "vetlink.store", "vetlink.cli", "vetlink.cli_app", "vetlink.cli_check",
         "vetlink.batch")
CORE = ("vetlink.domain", "vetlink.errors", "vetlink.settings", "vetlink.parts",
        "vetlink.identity", "vetlink.datafile", "vetlink.scoring", "vetlink.assess",
        "vetlink.render", "vetlink.signals", "vetlink.approach", "vetlink.photo",
        "vetlink.model", "vetlink.ingest", "vetlink.exposure")


@dataclass(frozen=True)
class Import:
    source: str
    target: str
    line: int
    how: str  # "module level", "lazy" (inside a function) or "typing" (TYPE_CHECKING)


def module_files(root: Path = SRC / "vetlink") -> dict[str, Path]:
    modules = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The module an imported name lives in (``vetlink.x.y.Name`` -> ``vetlink.x.y``)."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


class _Imports(ast.NodeVisitor):
    def __init__(self, module: str, package: str, modules: dict[str, Path]) -> None:
        self.module, self.package, self.modules = module, package, modules
        self.functions = 0
        self.typing = 0
        self.found: list[Import] = []

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.functions += 1
        self.generic_visit(node)
        self.functions -= 1

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_If(self, node: ast.If) -> None:
        if "TYPE_CHECKING" not in ast.unparse(node.test):
            self.generic_visit(node)
            return
        self.typing += 1
        for child in node.body:
            self.visit(child)
        self.typing -= 1
        for child in node.orelse:
            self.visit(child)

    def add(self, name: str, line: int) -> None:
        target = resolve(name, self.modules)
        if target and target != self.module:
            how = "typing" if self.typing else "lazy" if self.functions else "module level"
            self.found.append(Import(self.module, target, line, how))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name.startswith("vetlink"):
                self.add(alias.name, node.lineno)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = self.package.split(".")[: len(self.package.split(".")) - node.level + 1]
            name = ".".join(base + ([node.module] if node.module else []))
        else:
            name = node.module or ""
        if not name.startswith("vetlink"):
            return
        for alias in node.names:  # ``from vetlink.x import y`` may import the module x.y
            full = f"{name}.{alias.name}"
            self.add(full if full in self.modules else name, node.lineno)


def imports() -> list[Import]:
    modules = module_files()
    found: list[Import] = []
    for module, path in modules.items():
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        visitor = _Imports(module, package, modules)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        found.extend(visitor.found)
    return list(dict.fromkeys(found))  # one per line and target


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def graph_of(found: list[Import]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in module_files()}
    for edge in found:
        graph[edge.source].add(edge.target)
    return graph


def under(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def reachable(start: str, graph: dict[str, set[str]]) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for target in graph[todo.pop()] - seen:
            seen.add(target)
            todo.append(target)
    return seen


def core_modules(graph: dict[str, set[str]]) -> set[str]:
    """The core packages, and everything ``vetlink.assess`` can import (the watchlist lookup
    in ``vetlink.intel``, ...); a package's ``commands`` module is the CLI's, not the core's."""
    named = {m for m in graph if under(m, CORE)}
    return {m for m in named | reachable("vetlink.assess", graph)
            if not m.endswith(".commands") and not under(m, EDGES)}


def describe(edges: list[Import]) -> str:
    return "\n".join(f"  {e.source}:{e.line} imports {e.target} ({e.how})" for e in edges)


def test_the_scan_sees_module_level_lazy_and_typing_imports() -> None:
    found = imports()
    seen = {(e.source, e.target, e.how) for e in found}
    assert ("vetlink.assess", "vetlink.parts", "module level") in seen
    assert ("vetlink.assess", "vetlink.approach", "lazy") in seen
    assert ("vetlink.photo", "vetlink.parts", "typing") in seen
    assert ("vetlink.photo", "vetlink.parts", "lazy") in seen
    assert len(module_files()) > 150


def test_the_cycle_search_finds_a_cycle_through_a_lazy_import() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_of_vetlink_is_part_of_an_import_cycle() -> None:
    found = imports()
    components = cycles(graph_of(found))
    details = [describe([e for e in found if e.source in c and e.target in c])
               for c in components]
    assert components == [], "import cycles:\n" + "\n".join(details)


def test_the_input_checkers_share_part_without_importing_assess() -> None:
    """The cycle of issue 12: approach and photo (and the watchlist) built ``Part`` by
    importing ``vetlink.assess``, which imports them."""
    graph = graph_of(imports())
    for checker in ("vetlink.approach", "vetlink.photo", "vetlink.intel.match"):
        assert "vetlink.parts" in graph[checker]
        assert "vetlink.assess" not in reachable(checker, graph), checker


def test_the_core_never_imports_the_web_app_the_store_the_cli_or_the_batch_job() -> None:
    found = imports()
    core = core_modules(graph_of(found))
    assert {"vetlink.assess", "vetlink.intel.match", "vetlink.signals.profile",
            "vetlink.approach.language"} <= core
    wrong = [e for e in found if e.source in core and under(e.target, EDGES)]
    assert wrong == [], "the core imports an edge:\n" + describe(wrong)
