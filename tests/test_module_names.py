"""Module-level names are bound once: a second ``_NAME = {...}`` further down a module
silently replaces the first for every rule above it that reads it."""

from __future__ import annotations

import ast
from pathlib import Path

import parley


def test_no_module_level_name_is_bound_twice() -> None:
    twice = []
    for path in Path(parley.__file__).parent.rglob("*.py"):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names: list[str] = []
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            for name in names:
                if name in seen:
                    twice.append(f"{path.name}: {name}")
                seen.add(name)
    assert not twice
