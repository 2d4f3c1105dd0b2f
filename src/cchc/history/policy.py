"""What of each file kind is history, and which rule guards it.

- The plan's own words (`TEXT`, rule `history-plan-text`): what a report cites as the plan's —
  a task's kind, number, area, title, lead/support wording, product, deadline wording and
  source; a target's area, indicator, quote and source; the decision's fields in
  `plan/plan.yaml`; area titles; agency and group names, standing duties and sources; event
  titles, descriptions and sources.
- The plan's terms (`DEADLINE`, `history-deadline`; `GOAL`, `history-goal`): a task's
  `deadline`, a target's `due` and `recurring`; a target's `goal`, `stretch` and `baseline`.
  Moving a deadline or lowering a goal quietly turns a failure into a success, so they are
  guarded like the text.
- Recorded facts (`RECORDED`, `history-entry-edited`): an event's `happened_on` and `reference`.

A field BASE did not have may be added (it transcribes more of the plan, or records an event
that happened); a field BASE had may be neither changed nor removed. A baseline may also gain
keys (the base year's figure, looked up later), never change one. What is not listed here —
leads and owners, notes, units and scales, the report heading, `due_soon_days` — is the
office's to maintain; `cchc diff` describes its changes without refusing them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

__all__ = ["ENTRY_LISTS", "PLAN_LISTS", "RECORD_FIELDS", "Guard", "file_kind"]

Guard = Literal["text", "deadline", "goal", "recorded", "additive-goal"]
TEXT: Guard = "text"
DEADLINE: Guard = "deadline"
GOAL: Guard = "goal"
RECORDED: Guard = "recorded"
ADDITIVE_GOAL: Guard = "additive-goal"

Field = tuple[str, ...]  # a key, or a path of keys inside the record

RECORD_FIELDS: Mapping[str, Mapping[Field, Guard]] = {
    "tasks": {
        **{
            (key,): TEXT
            for key in (
                "kind",
                "number",
                "area",
                "title",
                "lead_text",
                "support_text",
                "product",
                "deadline_text",
                "source",
            )
        },
        ("deadline",): DEADLINE,
    },
    "targets": {
        **{(key,): TEXT for key in ("area", "indicator", "quote", "source")},
        ("due",): DEADLINE,
        ("recurring",): DEADLINE,
        ("goal",): GOAL,
        ("stretch",): GOAL,
        ("baseline",): ADDITIVE_GOAL,
    },
    "plan": {
        **{
            (key,): TEXT
            for key in (
                "id",
                "title",
                "province",
                "decision",
                "implements",
                "submission",
                "period",
                "objectives",
                "requirements",
                "funding",
                "source",
            )
        },
        ("reporting", "text"): TEXT,
        ("reporting", "source"): TEXT,
        ("reporting", "duties"): TEXT,
    },
}
"""Guarded fields of a one-record file, by file kind."""

ENTRY_LISTS: Mapping[str, str] = {"tasks": "updates", "targets": "measurements"}
"""The append-only log of each record kind."""

PLAN_LISTS: Mapping[str, Mapping[str, Mapping[str, Guard]]] = {
    "areas": {
        "areas": dict.fromkeys(("title", "appendix_title", "source", "lead_source"), TEXT),
    },
    "agencies": {
        "agencies": dict.fromkeys(("name", "duties", "source"), TEXT),
        "groups": dict.fromkeys(("name", "source"), TEXT),
    },
    "events": {
        "events": {
            **dict.fromkeys(("title", "description", "source"), TEXT),
            "happened_on": RECORDED,
            "reference": RECORDED,
        },
    },
}
"""Plan files that list entries by id: each list's guarded fields. An entry is never removed."""

_PLAN_FILES = {
    "plan.yaml": "plan",
    "areas.yaml": "areas",
    "agencies.yaml": "agencies",
    "events.yaml": "events",
}


def file_kind(path: str) -> str | None:
    """`tasks`, `targets`, `plan`, `areas`, `agencies`, `events` or `report` — the kinds whose
    history is kept — or None (scales, stray files)."""
    parts = path.split("/")
    if len(parts) == 2 and parts[0] in ("tasks", "targets") and parts[1].endswith(".yaml"):
        return parts[0]
    if len(parts) == 2 and parts[0] == "plan":
        return _PLAN_FILES.get(parts[1])
    if len(parts) == 3 and parts[0] == "reports" and parts[2].endswith(".yaml"):
        return "report"
    return None
