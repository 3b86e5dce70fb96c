"""The code's shape holds: packages in layers that import only downwards, no import circles between modules
(lazy imports and imports for type checking included), and a CLI assembled in one place."""

import ast
from pathlib import Path

import mlsteps

SOURCE = Path(mlsteps.__file__).parent
PACKAGES = ("data", "engine", "record", "notebooks", "journey", "projects", "cohorts", "interfaces")

# What each package may import besides itself. Arrows point down only.
ALLOWED = {
    "data": set(),
    "engine": {"data"},
    "record": {"data", "engine"},
    "notebooks": {"data", "engine", "record"},
    "journey": {"data", "engine", "record", "notebooks"},
    "projects": {"data", "engine", "record", "notebooks", "journey"},
    "cohorts": {"data", "engine", "record", "notebooks"},
    "interfaces": {"data", "engine", "record", "notebooks", "journey", "projects", "cohorts"},
}


def _modules() -> dict[str, Path]:
    found = {}
    for path in SOURCE.rglob("*.py"):
        parts = path.relative_to(SOURCE).with_suffix("").parts
        if parts[0] == "content":  # exercises' own files: content, loaded by the judge, not modules of mlsteps
            continue
        name = ".".join(("mlsteps", *parts)).removesuffix(".__init__")
        found[name] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> set[tuple[str, str | None]]:
    """Every mlsteps module this one imports, anywhere in the file, with the imported name where there is one."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {(alias.name, None) for alias in node.names if alias.name.startswith("mlsteps")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            if module.startswith("mlsteps"):
                for alias in node.names:
                    submodule = f"{module}.{alias.name}"
                    found.add((submodule, None) if submodule in MODULES else (module, alias.name))
    return {(module, imported) for module, imported in found if module in MODULES and module != name}


GRAPH = {name: {module for module, _ in _imports(name, path)} for name, path in MODULES.items()}


def _package(module: str) -> str:
    return module.split(".")[1] if module.count(".") else "mlsteps"


def test_every_module_is_read():
    assert {"mlsteps.engine.judge", "mlsteps.record.store", "mlsteps.interfaces.cli.common"} <= set(GRAPH)


def test_no_module_imports_itself_back_through_others():
    cycles, state = [], {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = "open"
        for imported in sorted(GRAPH[module]):
            if state.get(imported) == "open":
                cycles.append(" -> ".join([*trail[trail.index(imported) :], imported]))
            elif imported not in state:
                visit(imported, [*trail, imported])
        state[module] = "done"

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_packages_import_only_the_layers_below_them():
    wrong = [
        f"{module} imports {imported}"
        for module, imports in GRAPH.items()
        for imported in imports
        if _package(module) in ALLOWED
        and _package(imported) != _package(module)
        and _package(imported) not in ALLOWED[_package(module)] | {"mlsteps"}
    ]
    assert wrong == []


def test_every_package_says_what_it_is_and_what_it_may_import():
    for package in PACKAGES[1:]:
        docstring = ast.get_docstring(ast.parse((SOURCE / package / "__init__.py").read_text(encoding="utf-8")))
        assert docstring and "May import" in docstring, package


def test_no_private_name_crosses_a_module_boundary():
    private = [
        f"{name} imports {imported} from {module}"
        for name, path in MODULES.items()
        for module, imported in _imports(name, path)
        if imported and imported.startswith("_") and not imported.startswith("__")
    ]
    assert private == []


def test_each_cli_group_uses_only_the_shared_module_and_the_root_adds_them():
    cli = "mlsteps.interfaces.cli"
    groups = [m for m in GRAPH if m.startswith(f"{cli}.") and m not in (f"{cli}.common", f"{cli}.__main__")]
    assert len(groups) >= 5
    for group in groups:
        assert {m for m in GRAPH[group] if m.startswith(cli)} <= {f"{cli}.common"}, group
    assert set(groups) <= GRAPH[cli]
    assert not any(cli in GRAPH[m] for m in GRAPH if m not in (f"{cli}.__main__",))
