"""JSON Schema (draft 2020-12) of every file kind, generated from the same pydantic models the loader
uses, so editors and other validators check exactly what `cchc validate` checks (less the
cross-record rules, which no schema can express)."""

from __future__ import annotations

import json
from typing import Any

from cchc.model import FILE_MODELS

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def kinds() -> list[str]:
    return list(FILE_MODELS)


def schema_for(kind: str) -> dict[str, Any]:
    model = FILE_MODELS[kind]
    schema: dict[str, Any] = {"$schema": DIALECT, "$id": f"cchc-{kind}.json"}
    schema.update(model.model_json_schema(by_alias=True, mode="validation"))
    return schema


def schema_json(kind: str) -> str:
    """Stable text: sorted keys, so a written schema diffs cleanly in git."""
    return json.dumps(schema_for(kind), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
