"""`cchc schema KIND` produces JSON Schema that an independent validator (jsonschema) accepts, that
the bundled dataset passes, and that rejects what the loader rejects at the shape level."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from cchc.yaml import read_yaml_file
from conftest import REPO, SAMPLE, Run, run_cli

FILES = {
    "plan": ["plan/plan.yaml"],
    "areas": ["plan/areas.yaml"],
    "agencies": ["plan/agencies.yaml"],
    "events": ["plan/events.yaml"],
    "scales": ["plan/scales.yaml"],
    "task": ["tasks/*.yaml"],
    "target": ["targets/*.yaml"],
}


def schema_of(kind: str) -> dict[str, object]:
    result: Run = run_cli("schema", kind)
    assert result.code == 0, result.err
    schema = json.loads(result.out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def data_of(path: Path) -> object:
    document, problems = read_yaml_file(path)
    assert document is not None and not problems
    return document.data


@pytest.mark.parametrize("root", [REPO, SAMPLE], ids=["bundled", "sample"])
@pytest.mark.parametrize("kind", sorted(FILES))
def test_schema_accepts_every_valid_file(kind: str, root: Path) -> None:
    validator = jsonschema.Draft202012Validator(
        schema_of(kind), format_checker=jsonschema.FormatChecker()
    )
    paths = [p for pattern in FILES[kind] for p in sorted(root.glob(pattern))]
    assert paths
    for path in paths:
        errors = [e.message for e in validator.iter_errors(data_of(path))]
        assert errors == [], path


def test_schema_rejects_unknown_keys_and_bad_values() -> None:
    validator = jsonschema.Draft202012Validator(schema_of("task"))
    good = data_of(SAMPLE / "tasks" / "K01.yaml")
    assert isinstance(good, dict)
    assert not list(validator.iter_errors(good))
    assert list(validator.iter_errors({**good, "deadlne": 2017}))
    assert list(validator.iter_errors({**good, "kind": "major"}))
    assert list(validator.iter_errors({**good, "lead": []}))


def test_unknown_kind_is_a_usage_error() -> None:
    result = run_cli("schema", "tasks")
    assert result.code == 2
    assert result.err.startswith("cchc: không có loại tệp 'tasks'")


def test_cli_kinds_match_the_models() -> None:
    from cchc.cli.schema import KINDS
    from cchc.model import file_models

    assert list(KINDS) == list(file_models())
