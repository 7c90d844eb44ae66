"""The import-layer contract (pyproject.toml, checked by `make lint`) names every module of processor/, so a new module
cannot slip past it: one that is in no layer is checked by no layer."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_processor_module_is_in_a_layer() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layers = next(c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers")["layers"]
    named = {module.strip() for layer in layers for module in layer.split(":")}
    modules = {f"processor.{path.stem}" for path in (ROOT / "processor").glob("*.py") if path.stem != "__init__"}
    modules |= {f"processor.{path.parent.name}" for path in (ROOT / "processor").glob("*/__init__.py")}
    assert modules - named == set(), "add these modules to a layer in pyproject.toml"
    assert {"storage", "rules"} <= named
