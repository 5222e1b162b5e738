"""The training tools under tools/ loaded as modules, once per test module."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"


def load_tool(name: str):
    """tools/NAME.py as a module (train_roles imports train_coder, so tools/ is on the path)."""
    sys.path.insert(0, str(TOOLS))
    try:
        spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(TOOLS))
    return module


@pytest.fixture(scope="module")
def train_coder():
    return load_tool("train_coder")


@pytest.fixture(scope="module")
def train_roles():
    return load_tool("train_roles")
