"""JSON Schema (draft 2020-12) of every file kind, generated from the same pydantic models the loader
uses, so editors and other validators check exactly what `cchc validate` checks (less the
cross-record rules, which no schema can express)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cchc.model import file_models
from cchc.writer import write_file

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_DIR = "schemas"
"""Where `cchc schema --write` puts one `<kind>.json` per file kind, inside the dataset root."""

REPORTS_DIR = "reports"
"""Narrative reports: `reports/PERIOD/AGENCY.yaml`, one per agency and reporting period."""

# Which kind each dataset file is, for the `# yaml-language-server: $schema=…` first line.
KIND_OF_PLAN_FILE = {kind: kind for kind in ("plan", "areas", "agencies", "events", "scales")}


def kinds() -> list[str]:
    return list(file_models())


def schema_for(kind: str) -> dict[str, Any]:
    model = file_models()[kind]
    # The $id is the file name `cchc schema --write` uses, so an editor that resolves `#/$defs/…`
    # against the $id finds the very file it loaded.
    schema: dict[str, Any] = {"$schema": DIALECT, "$id": f"{kind}.json"}
    schema.update(model.model_json_schema(by_alias=True, mode="validation"))
    return schema


def schema_json(kind: str) -> str:
    """Stable text: sorted keys, so a written schema diffs cleanly in git."""
    import json  # only this output needs it: not imported at start-up

    return json.dumps(schema_for(kind), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def kind_of(relative: Path) -> str | None:
    """The file kind of a dataset file given by its path relative to the root, or None."""
    parts = relative.parts
    if relative.suffix not in (".yaml", ".yml"):
        return None
    if len(parts) == 3 and parts[0] == REPORTS_DIR:  # reports/PERIOD/AGENCY.yaml
        return "report"
    if len(parts) != 2:
        return None
    folder, stem = parts[0], relative.stem
    if folder == "plan":
        return KIND_OF_PLAN_FILE.get(stem)
    return {"tasks": "task", "targets": "target"}.get(folder)


def modeline(kind: str) -> str:
    """The first line that points the YAML language server (VS Code's YAML extension) at the
    schema; the path is relative to a file in `plan/`, `tasks/` or `targets/`, or, for a narrative
    report, in `reports/PERIOD/`."""
    up = "../../" if kind == "report" else "../"
    return f"# yaml-language-server: $schema={up}{SCHEMA_DIR}/{kind}.json"


def schema_files() -> dict[str, str]:
    """Every schema file `cchc schema --write` writes: relative path → text."""
    return {f"{SCHEMA_DIR}/{kind}.json": schema_json(kind) for kind in kinds()}


def write_schemas(root: Path) -> list[Path]:
    """Write `schemas/<kind>.json` under `root`; return the paths written, in kind order."""
    written: list[Path] = []
    for relative, text in schema_files().items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        write_file(path, text.encode("utf-8"), root=root)
        written.append(path)
    return written
