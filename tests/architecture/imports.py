"""Reads which project modules each module imports, without importing anything.

Why static: importing a module runs Django set-up and hides imports made inside
functions until they run; walking the syntax tree sees every import statement,
at any depth, including relative ones.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SKIP = {".venv", ".git", "__pycache__", "migrations", "node_modules", "static_collected", "media"}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def python_files(top: str):
    base = ROOT / top
    files = [base.with_suffix(".py")] if base.with_suffix(".py").exists() else sorted(base.rglob("*.py"))
    for path in files:
        if not SKIP.intersection(path.relative_to(ROOT).parts):
            yield path


def _resolve(node: ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    if node.level == 0:
        base = node.module or ""
    else:
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join([*package, node.module] if node.module else package)
    # `from a import b` may import the module a.b: count both.
    return [base, *(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")]


@cache
def imports_of(path: Path) -> frozenset[str]:
    """Every dotted name `path` imports (absolute; `from a import b` also yields a.b)."""
    module = module_name(path)
    tree = ast.parse(path.read_text(), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.update(_resolve(node, module, path.name == "__init__.py"))
    return frozenset(found)


def within(name: str, packages) -> bool:
    return any(name == package or name.startswith(package + ".") for package in packages)


def violations(tops, forbidden, allowed=()):
    """(module, imported name) pairs where a module under `tops` imports something in `forbidden`."""
    found = []
    for top in tops:
        for path in python_files(top):
            module = module_name(path)
            if within(module, allowed):
                continue
            for name in sorted(imports_of(path)):
                if within(name, forbidden) and not within(module, forbidden):
                    found.append((module, name))
    return found
