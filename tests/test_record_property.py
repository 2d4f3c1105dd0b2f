"""The write commands' core (`cchc.recorder`) on every bundled task and target, and on notes of
any text: the new file is the old bytes with one piece inserted, and it loads — through the
same strict reader and models as `cchc validate` — to the old record plus exactly the new entry.

(`tests/test_append.py` proves the same of `cchc.append` on raw YAML text, for generated file
styles; these go through the whole command core: id, history checks, dataset validation.)"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc.errors import UserError
from cchc.model import Measurement, Status, Target, Task, Update
from cchc.recorder import Change, Refused, open_target, open_task, prepare
from cchc.recording import MeasurementInput, UpdateInput, measurement_entry, update_entry
from cchc.yaml import load_yaml
from conftest import REPO

TODAY = dt.date(2026, 12, 1)
TASKS = sorted(p.stem for p in (REPO / "tasks").glob("*.yaml"))
TARGETS = sorted(p.stem for p in (REPO / "targets").glob("*.yaml"))


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One read-only copy for the module: `prepare` never writes."""
    root = tmp_path_factory.mktemp("bundled")
    for folder in ("plan", "tasks", "targets", "schemas"):
        shutil.copytree(REPO / folder, root / folder)
    return root


def _one_piece(change: Change) -> None:
    at, piece = change.insertion.at, change.insertion.inserted.encode()
    cut = len(change.old.decode()[:at].encode())
    assert change.new == change.old[:cut] + piece + change.old[cut:]


def _load(data: bytes, model: type[Task] | type[Target]) -> Any:
    document, problems = load_yaml(data)
    assert document is not None and not problems
    return model.model_validate(document.data)


@pytest.mark.parametrize("task_id", TASKS)
def test_every_task_takes_an_update(task_id: str, bundled: Path) -> None:
    opened = open_task(bundled, task_id, TODAY)
    given = UpdateInput(Status.IN_PROGRESS, dt.date(2026, 1, 2), note="Đang rà soát: 50%.")
    change = prepare(opened, update_entry(opened.record, given), TODAY)
    _one_piece(change)
    old, new = opened.record, _load(change.new, Task)
    assert new.model_dump(exclude={"updates"}) == old.model_dump(exclude={"updates"})
    assert new.updates == [
        *old.updates,
        Update(date=given.date, status=given.status, note=given.note),
    ]


@pytest.mark.parametrize("target_id", TARGETS)
def test_every_target_takes_a_measurement(target_id: str, bundled: Path) -> None:
    opened = open_target(bundled, target_id, TODAY)
    target = opened.record
    scale = opened.dataset.scales[target.scale] if target.scale else None
    value: float | str = scale.labels()[0] if scale is not None else 12.5
    given = MeasurementInput("2026", value, "Báo cáo số 12/BC-SNV", dt.date(2026, 11, 30))
    change = prepare(opened, measurement_entry(given), TODAY)
    _one_piece(change)
    new = _load(change.new, Target)
    assert new.model_dump(exclude={"measurements"}) == target.model_dump(exclude={"measurements"})
    assert new.measurements == [
        *target.measurements,
        Measurement(period=2026, value=value, source=given.source, date=given.date),
    ]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(note=st.text(min_size=1, max_size=40))
def test_a_note_of_any_text_is_recorded_exactly_or_refused(note: str, bundled: Path) -> None:
    opened = open_task(bundled, "T06", TODAY)
    given_ = UpdateInput(Status.IN_PROGRESS, dt.date(2017, 5, 10), note=note)
    try:
        change = prepare(opened, update_entry(opened.record, given_), TODAY)
    except Refused as refused:
        # The strict reader refuses what a file may not hold (control characters, …): the
        # problems are the validator's own, about the entry's lines.
        assert refused.problems and all(p.path == "tasks/T06.yaml" for p in refused.problems)
        return
    except UserError as refused:  # text `cchc.append` cannot write byte-preservingly
        assert refused.message.key == "record.cannot-append"
        return
    _one_piece(change)
    new = _load(change.new, Task)
    assert len(new.updates) == 1
    # The reader normalises text to NFC and a literal block keeps the text's own lines.
    import unicodedata

    assert new.updates[0].note == unicodedata.normalize("NFC", note) or note.strip() != note
