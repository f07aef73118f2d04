"""The JSON Schemas of problem.yaml, bank and round files, generated from the pydantic models.

They are published under docs/schema/ for editors (yaml-language-server); a test keeps them equal to what
the models generate, and `mockround problems schema --out docs/schema` writes them again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from mockround.problems.schema import Bank, ProblemSpec, RoundSpec

SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {
    "problem.schema.json": (ProblemSpec, "problem.yaml: a coding problem in problems/coding/<slug>/"),
    "bank.schema.json": (Bank, "A question bank: problems/banks/<slug>.yaml"),
    "round.schema.json": (RoundSpec, "A round: problems/rounds/<slug>.yaml"),
}


def generated() -> dict[str, str]:
    """Each schema file's name and its text, as the models define it today."""
    files = {}
    for name, (model, description) in SCHEMAS.items():
        schema: dict[str, Any] = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": f"{description}. Generated from mockround's models: do not edit by hand.",
            **model.model_json_schema(mode="validation"),
        }
        files[name] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return files


def write(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in generated().items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
