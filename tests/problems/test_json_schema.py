"""The JSON Schemas under docs/schema/ are what the models generate, and they accept the shipped files."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from mockround.problems.json_schema import SCHEMAS, generated
from tests.conftest import MOCKROUND, REPO

PUBLISHED = REPO / "docs" / "schema"


def test_published_schemas_are_what_the_models_generate() -> None:
    for name, text in generated().items():
        path = PUBLISHED / name
        assert path.is_file(), f"{path} is missing: run `mockround problems schema --out docs/schema`"
        assert path.read_text(encoding="utf-8") == text, (
            f"{path} differs from the models: run `mockround problems schema --out docs/schema`"
        )
    assert sorted(p.name for p in PUBLISHED.glob("*.json")) == sorted(SCHEMAS)


def test_the_schema_command_writes_them(tmp_path: Path) -> None:
    subprocess.run(
        [*MOCKROUND, "problems", "schema", "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    for name, text in generated().items():
        assert (tmp_path / name).read_text(encoding="utf-8") == text


def test_the_schemas_name_every_key_the_shipped_files_use() -> None:
    # A light cross-check without a JSON Schema library: every top-level key in use is a property.
    schemas = {name: yaml.safe_load(text) for name, text in generated().items()}
    for path, name in [
        *((p, "problem.schema.json") for p in (REPO / "problems" / "coding").glob("*/problem.yaml")),
        *((p, "bank.schema.json") for p in (REPO / "problems" / "banks").glob("*.yaml")),
        *((p, "round.schema.json") for p in (REPO / "problems" / "rounds").glob("*.yaml")),
    ]:
        keys = set(yaml.safe_load(path.read_text(encoding="utf-8")))
        assert keys <= set(schemas[name]["properties"]), path
        assert schemas[name]["additionalProperties"] is False
