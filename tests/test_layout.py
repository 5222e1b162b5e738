"""The package's layout rules (STYLE.md §1), checked on the source's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "diplograph"
STAGES = SRC / "stages"
STAGE_PACKAGES = sorted(p.name for p in STAGES.iterdir() if (p / "__init__.py").exists())


def imports(path: Path) -> list[str]:
    """Every module a file imports, `from x import y` also as `x.y` (y may be a module)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names += [node.module] + [f"{node.module}.{a.name}" for a in node.names]
    return names


def sources(root: Path) -> list[Path]:
    return sorted(root.rglob("*.py"))


def test_layout_stages_are_packages():
    flat = [p.name for p in STAGES.glob("*.py") if p.name != "__init__.py"]
    assert len(flat) <= 8, flat
    assert {"actors", "dates", "places", "events"} <= set(STAGE_PACKAGES)


@pytest.mark.parametrize("path", sources(STAGES), ids=lambda p: str(p.relative_to(SRC)))
def test_layout_stages_never_import_store_api_or_cli(path):
    bad = [n for n in imports(path) if n.split(".")[:2] in (["diplograph", x] for x in
           ("store", "api", "cli", "web", "analysis"))]  # fmt: skip
    assert not bad


@pytest.mark.parametrize("path", sources(SRC), ids=lambda p: str(p.relative_to(SRC)))
def test_layout_no_private_module_imported_from_outside_its_package(path):
    own = path.relative_to(STAGES).parts[0] if path.is_relative_to(STAGES) else None
    for name in imports(path):
        parts = name.split(".")
        if parts[:2] != ["diplograph", "stages"] or len(parts) < 4:
            continue
        package, module = parts[2], parts[3]
        if package in STAGE_PACKAGES and package != own:
            assert (STAGES / package / f"{module}.py").exists() is False, name


@pytest.mark.parametrize("path", sources(SRC), ids=lambda p: str(p.relative_to(SRC)))
def test_layout_only_nlp_imports_spacy(path):
    if path == STAGES / "nlp.py":
        return
    assert not [n for n in imports(path) if n == "spacy" or n.startswith("spacy.")]


@pytest.mark.parametrize("path", sources(SRC), ids=lambda p: str(p.relative_to(SRC)))
def test_layout_no_module_constant_is_defined_twice(path):
    # a second definition silently replaces the first for every importer (a words list, a cue
    # table): two lists under one name are two names
    counts: dict[str, int] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        for target in targets:
            if isinstance(target, ast.Name) and target.id.isupper():
                counts[target.id] = counts.get(target.id, 0) + 1
    assert [name for name, n in counts.items() if n > 1] == []
