"""`cchc.loader`: the pipeline over a whole dataset — what it returns, what it refuses, what it
keeps for a terminal, and that it leaves the process as it found it."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import pytest

from cchc.loader import DatasetNotFoundError, RecordPaths, find_root, load_dataset
from cchc.loader.files import DiskSource, MemoryFile, MemorySource, OverlaySource
from cchc.loader.source import source_text
from cchc.model import Task
from conftest import SAMPLE

TODAY = dt.date(2021, 6, 30)


def test_the_sample_loads_whole_and_clean() -> None:
    result = load_dataset(SAMPLE, today=TODAY)
    assert result.ok and result.problems == [] and result.omitted.total == 0
    assert result.counts() == (0, 0)
    assert result.dataset is not None
    assert result.files == 5 + len(result.dataset.tasks) + len(result.dataset.targets)
    assert list(result.dataset.tasks)[:3] == ["K01", "K02", "K03"]
    assert result.dataset.paths["task:K01"] == "tasks/K01.yaml"
    assert result.dataset.paths["target:M01"] == "targets/M01.yaml"
    assert len(result.dataset.paths) == len(result.dataset.tasks) + len(result.dataset.targets)


def test_what_many_records_repeat_is_held_once() -> None:
    # The memory of a large plan (bench/: 100,000 tasks): the same value read from many files is
    # one string, and records that set the same fields share one set of their names.
    dataset = load_dataset(SAMPLE, today=TODAY).dataset
    assert dataset is not None
    by_snv = [task for task in dataset.tasks.values() if task.lead == ["snv"]]
    assert len(by_snv) >= 2
    assert by_snv[0].lead[0] is by_snv[1].lead[0]
    by_fields: dict[frozenset[str], list[Task]] = {}
    for task in dataset.tasks.values():
        by_fields.setdefault(frozenset(task.model_fields_set), []).append(task)
    same_keys = max(by_fields.values(), key=len)
    assert len(same_keys) >= 2
    assert same_keys[0].model_fields_set is same_keys[1].model_fields_set
    # Records stay independent: a changed copy of one leaves the others' fields as they were.
    before = set(same_keys[1].model_fields_set)
    unset = next(name for name in type(same_keys[0]).model_fields if name not in before)
    changed = same_keys[0].model_copy(update={unset: None})
    assert unset in changed.model_fields_set
    assert same_keys[1].model_fields_set == before
    assert all(t.model_fields_set for t in dataset.tasks.values())


def test_without_targets_neither_targets_nor_scales_are_read() -> None:
    # plan/scales.yaml is the target side's: a task command reads plan, areas, agencies, events.
    result = load_dataset(SAMPLE, today=TODAY, with_targets=False)
    assert result.dataset is not None and not result.dataset.targets
    assert not result.dataset.scales
    assert result.files == 4 + len(result.dataset.tasks)
    everything = load_dataset(SAMPLE, today=TODAY)
    assert everything.dataset is not None and everything.dataset.scales


def test_the_garbage_collector_is_paused_while_loading_and_restored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bool] = []
    import cchc.loader.load as load

    real = load._Load.run

    def spy(self: load._Load, *args: bool) -> load.LoadResult:
        seen.append(gc.isenabled())
        return real(self, *args)

    monkeypatch.setattr(load._Load, "run", spy)
    assert gc.isenabled()
    load_dataset(SAMPLE, today=TODAY)
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        load_dataset(SAMPLE, today=TODAY)
        assert not gc.isenabled()  # a caller's pause is left as it was
    finally:
        gc.enable()


def test_record_paths_follow_the_ids_except_where_a_file_is_misnamed(sample: Path) -> None:
    (sample / "tasks" / "K01.yaml").rename(sample / "tasks" / "k-one.yaml")
    result = load_dataset(sample, today=TODAY)
    assert [(p.path, p.rule) for p in result.problems] == [("tasks/k-one.yaml", "id-filename")]
    assert result.dataset is not None
    assert result.dataset.paths["task:K01"] == "tasks/k-one.yaml"
    assert result.dataset.paths["task:K02"] == "tasks/K02.yaml"
    with pytest.raises(KeyError):
        result.dataset.paths["task:K99"]
    with pytest.raises(KeyError):
        result.dataset.paths["nothing:K01"]
    assert dict(result.dataset.paths)["task:K01"] == "tasks/k-one.yaml"
    paths = RecordPaths({"task": ("tasks", {"A": 1})}, {})
    assert paths == {"task:A": "tasks/A.yaml"}


def test_a_duplicate_id_names_the_first_file(sample: Path) -> None:
    (sample / "tasks" / "K01.yaml").rename(sample / "tasks" / "K01-old.yaml")
    (sample / "tasks" / "Z.yaml").write_bytes((sample / "tasks" / "K01-old.yaml").read_bytes())
    result = load_dataset(sample, today=TODAY)
    duplicate = [p for p in result.problems if p.rule == "duplicate-id"]
    assert [(p.path, p.text("en")) for p in duplicate] == [
        ("tasks/Z.yaml", "id 'K01' is already used in tasks/K01-old.yaml; each id must be unique")
    ]


def test_a_broken_plan_file_does_not_make_every_reference_unknown(sample: Path) -> None:
    (sample / "plan" / "agencies.yaml").write_text("agencies: 5\n", encoding="utf-8")
    result = load_dataset(sample, today=TODAY)
    assert {(p.path, p.rule) for p in result.problems} == {("plan/agencies.yaml", "type")}


def test_a_missing_plan_yaml_gives_no_dataset(sample: Path) -> None:
    (sample / "plan" / "plan.yaml").unlink()
    result = load_dataset(sample, today=TODAY)
    assert result.dataset is None
    assert next((p.path, p.rule) for p in result.problems) == ("plan/plan.yaml", "missing-file")


def test_a_plan_file_with_yaml_problems_is_not_used_but_still_checked(sample: Path) -> None:
    path = sample / "plan" / "areas.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "    appendix_title: no\n", encoding="utf-8")
    result = load_dataset(sample, today=TODAY)
    # The data means what was meant (the text "no"), so it is checked, but never used: no area
    # is known, and no task is blamed for naming one.
    assert [(p.path, p.rule) for p in result.problems] == [
        ("plan/areas.yaml", "yaml-ambiguous-bool")
    ]
    assert result.dataset is not None and not result.dataset.areas


def test_source_lines_are_kept_only_when_asked_and_only_for_listed_lines(sample: Path) -> None:
    path = sample / "tasks" / "K02.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("area: I", "area: IX"), encoding="utf-8"
    )
    (sample / "tasks" / "notes.txt").write_text("secret\n", encoding="utf-8")
    plain = load_dataset(sample, today=TODAY)
    assert plain.sources == {}
    kept = load_dataset(sample, today=TODAY, with_source=True)
    assert dict(kept.sources) == {("tasks/K02.yaml", 4): "area: IX"}  # not the ignored file


def test_source_text_reads_only_regular_files(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_bytes(b"\xef\xbb\xbfa: 1\r\nb: e\xcc\x81\r\n")
    (tmp_path / "folder").mkdir()
    disk = DiskSource(tmp_path)
    assert source_text(disk, "a.yaml") == "a: 1\nb: é\n"
    assert source_text(disk, "folder") is None
    assert source_text(disk, "missing.yaml") is None


def test_links_inside_are_followed_and_loops_refused(tmp_path: Path) -> None:
    (tmp_path / "a").write_text("x", encoding="utf-8")
    (tmp_path / "in").symlink_to("a")
    (tmp_path / "loop").symlink_to("loop")
    (tmp_path / "out").symlink_to("/")
    disk = DiskSource(tmp_path)
    assert disk.link_inside("in")
    assert not disk.link_inside("loop")
    assert not disk.link_inside("out")
    assert not disk.link_inside("nowhere")
    assert (disk.kind("in"), disk.kind("a"), disk.kind("nowhere")) == ("link", "file", "missing")


def _files(root: Path) -> dict[str, MemoryFile]:
    return {
        p.relative_to(root).as_posix(): MemoryFile(p.read_bytes())
        for p in sorted(root.rglob("*.yaml"))
        if p.is_file()
    }


def test_the_same_dataset_from_memory_loads_the_same(sample: Path) -> None:
    on_disk = load_dataset(sample, today=TODAY)
    in_memory = load_dataset(sample, today=TODAY, files=MemorySource(sample, _files(sample)))
    assert in_memory.problems == on_disk.problems
    assert on_disk.dataset is not None and in_memory.dataset is not None
    assert in_memory.dataset.tasks == on_disk.dataset.tasks
    assert in_memory.dataset.targets == on_disk.dataset.targets


def test_a_link_in_memory_is_refused(sample: Path) -> None:
    files = _files(sample)
    files["tasks/evil.yaml"] = MemoryFile(b"/etc/passwd", link=True)
    result = load_dataset(sample, today=TODAY, files=MemorySource(sample, files))
    assert [(p.path, p.rule) for p in result.problems] == [("tasks/evil.yaml", "symlink")]


def test_an_overlay_is_checked_as_if_written(sample: Path) -> None:
    text = (sample / "tasks" / "K01.yaml").read_bytes() + b"bogus: 1\n"
    result = load_dataset(
        sample, today=TODAY, files=OverlaySource(DiskSource(sample), {"tasks/K01.yaml": text})
    )
    assert [(p.path, p.rule) for p in result.problems] == [("tasks/K01.yaml", "unknown-field")]
    assert b"bogus" not in (sample / "tasks" / "K01.yaml").read_bytes()


def test_find_root_errors_are_usage_errors_in_both_languages(tmp_path: Path) -> None:
    with pytest.raises(DatasetNotFoundError) as caught:
        find_root(tmp_path, {}, tmp_path)
    assert caught.value.code == 2
    assert str(caught.value) == f"--root = {tmp_path}: không có plan/plan.yaml ở thư mục này"
    assert caught.value.text("en") == f"--root = {tmp_path}: no plan/plan.yaml in that folder"
    with pytest.raises(DatasetNotFoundError) as caught:
        find_root(None, {"CCHC_ROOT": str(tmp_path)}, tmp_path)
    assert caught.value.text("en").startswith("CCHC_ROOT = ")
    with pytest.raises(DatasetNotFoundError) as caught:
        find_root(None, {}, tmp_path)
    assert caught.value.text("en").startswith("no dataset found")
    assert find_root(None, {}, SAMPLE / "tasks") == SAMPLE
