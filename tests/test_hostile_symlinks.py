"""Hostile data, class 2: symbolic links. A data file or a `plan`, `tasks` or `targets` folder
that is a link out of the dataset, nowhere, or to itself is refused with a located `symlink`
problem (never exit 3), and nothing from outside the dataset is read or quoted, in any output
format (issue #16, defects 6 and 7). Links that stay inside the dataset are followed."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from cchc.loader import load_dataset
from conftest import SAMPLE, run_cli

TODAY = dt.date(2021, 6, 30)
SECRET = "SECRET-FROM-OUTSIDE"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the dataset with files that must never be read: a record whose id, title
    and agency would be quoted in messages if they were."""
    folder = tmp_path / "outside"
    for kind in ("tasks", "targets"):
        (folder / kind).mkdir(parents=True)
        (folder / kind / "X1.yaml").write_text(
            f"id: {SECRET}\nkind: key\narea: {SECRET}\ntitle: {SECRET}\nlead: [{SECRET}]\n",
            encoding="utf-8",
        )
    shutil.copytree(SAMPLE / "plan", folder / "plan")
    (folder / "plan" / "areas.yaml").write_text(f"areas: {SECRET}\n", encoding="utf-8")
    return folder


def _all_outputs(root: Path) -> str:
    return "".join(
        run_cli("validate", "--root", str(root), "--as-of", "2021-06-30", *extra).out
        for extra in ((), ("--lang", "en"), ("--format", "github"), ("--format", "json"))
    )


@pytest.mark.parametrize("folder", ["tasks", "targets"])
def test_a_records_folder_linked_outside_is_refused(
    sample: Path, outside: Path, folder: str
) -> None:
    shutil.rmtree(sample / folder)
    (sample / folder).symlink_to(outside / folder)
    result = load_dataset(sample, today=TODAY)
    assert [(p.path, p.line, p.column, p.rule) for p in result.problems] == [
        (folder, 1, 1, "symlink")
    ]
    assert result.dataset is not None
    assert not getattr(result.dataset, folder)
    out = _all_outputs(sample)
    assert SECRET not in out
    assert f"thư mục {folder}/ là liên kết" in out
    assert f"the {folder}/ folder is a symlink" in out


def test_a_plan_folder_linked_outside_is_refused(sample: Path, outside: Path) -> None:
    shutil.rmtree(sample / "plan")
    (sample / "plan").symlink_to(outside / "plan")
    result = load_dataset(sample, today=TODAY)
    assert result.dataset is None
    assert [(p.path, p.rule) for p in result.problems] == [("plan", "symlink")]
    assert result.files == 0  # not a file of it was read
    assert SECRET not in _all_outputs(sample)


@pytest.mark.parametrize(
    "target",
    ["{outside}/tasks/X1.yaml", "../../outside/tasks/X1.yaml", "K99.yaml", "nowhere.yaml", "."],
    ids=["absolute-outside", "relative-outside", "itself", "dangling", "its-folder"],
)
def test_a_file_link_out_nowhere_or_to_itself_is_a_located_problem(
    sample: Path, outside: Path, target: str
) -> None:
    link = sample / "tasks" / "K99.yaml"
    link.symlink_to(target.format(outside=outside))
    result = run_cli("validate", "--root", str(sample), "--as-of", "2021-06-30")
    lines = result.out.splitlines()
    assert result.code == 1, result.err
    if target == ".":  # a link to its own folder leads inside: read, and not a regular file
        assert lines == [f"tasks/K99.yaml:1:1: error: {_not_a_file()} [yaml-not-a-file]"]
    else:
        assert len(lines) == 1
        assert lines[0].startswith("tasks/K99.yaml:1:1: error: tệp là liên kết (symlink)")
        assert lines[0].endswith("[symlink]")
    assert SECRET not in _all_outputs(sample)


def _not_a_file() -> str:
    return (
        "đây là thư mục, không phải tệp YAML; đổi tên thư mục (bỏ đuôi .yaml) hoặc chuyển nó ra "
        "khỏi thư mục dữ liệu"
    )


@pytest.mark.parametrize("folder", ["tasks", "targets", "plan"])
def test_a_folder_linked_to_itself_is_a_problem_not_a_crash(sample: Path, folder: str) -> None:
    shutil.rmtree(sample / folder)
    (sample / folder).symlink_to(folder)
    result = run_cli("validate", "--root", str(sample), "--as-of", "2021-06-30")
    if folder == "plan":  # no plan/plan.yaml: there is no dataset here at all
        assert result.code == 2 and "plan/plan.yaml" in result.err
        return
    assert result.code == 1, result.err
    assert result.out == (
        f"{folder}:1:1: error: thư mục {folder}/ là liên kết (symlink) trỏ ra ngoài bộ dữ liệu "
        "hoặc tới nơi không có; không đọc — thay bằng một thư mục thật [symlink]\n"
    )


def test_every_command_refuses_a_self_linked_file_without_exit_3(sample: Path) -> None:
    (sample / "tasks" / "self.yaml").symlink_to("self.yaml")
    for command in ("validate", "overdue", "progress", "targets", "export"):
        result = run_cli(command, "--root", str(sample), "--as-of", "2021-06-30")
        assert result.code == 1, (command, result.err)
        assert "tasks/self.yaml:1:1: error:" in result.out + result.err
        assert "Traceback" not in result.err


def test_links_that_stay_inside_the_dataset_are_followed(sample: Path) -> None:
    shutil.move(sample / "tasks", sample / "kept-tasks")
    (sample / "tasks").symlink_to("kept-tasks")
    (sample / "kept-tasks" / "K99.yaml").symlink_to("K01.yaml")  # a file linked inside, too
    result = load_dataset(sample, today=TODAY)
    assert {(p.path, p.rule) for p in result.problems} == {
        ("tasks/K99.yaml", "id-filename"),
        ("tasks/K99.yaml", "duplicate-id"),
    }
    assert result.dataset is not None and "K01" in result.dataset.tasks


def test_the_dataset_root_itself_may_be_a_link(sample: Path, tmp_path: Path) -> None:
    (tmp_path / "via-link").symlink_to(sample)
    result = load_dataset(tmp_path / "via-link", today=TODAY)
    assert result.ok and result.dataset is not None
    assert len(result.dataset.tasks) == len(list((SAMPLE / "tasks").glob("*.yaml")))


# A committed link where a command writes its output: the command refuses it (exit 2, one line)
# and the file the link points at is untouched (issue #16, defect 3). Each case is a command
# that writes and the link a pull request could commit in its way.
_WRITES = {
    "schema-file": (("schema", "--write"), "schemas/task.json", False),
    "schema-folder": (("schema", "--write"), "schemas", True),
    "calendar": (("calendar", "--as-of", "2021-06-30", "-o", "{root}/lich.ics"), "lich.ics", False),
    "report": (
        ("report", "--period", "2017H1", "--format", "html", "-o", "{root}/report.html"),
        "report.html",
        False,
    ),
    "export": (("export", "--as-of", "2021-06-30", "-o", "{root}/cchc.json"), "cchc.json", False),
}


@pytest.mark.parametrize("case", sorted(_WRITES))
def test_no_command_writes_through_a_committed_link(
    case: str, sample: Path, tmp_path: Path
) -> None:
    args, link, is_folder = _WRITES[case]
    victim_folder = tmp_path / "victim"
    victim_folder.mkdir()
    victim = victim_folder / "task.json"
    victim.write_text("precious", encoding="utf-8")
    (sample / link).parent.mkdir(parents=True, exist_ok=True)
    if (sample / link).is_dir():
        shutil.rmtree(sample / link)
    (sample / link).unlink(missing_ok=True)
    if is_folder:
        (sample / link).symlink_to(victim_folder, target_is_directory=True)
    else:
        (sample / link).symlink_to(victim)
    filled = [arg.replace("{root}", str(sample)) for arg in args]
    run = run_cli(*filled, "--root", str(sample))
    assert run.code == 2, run.err
    assert len(run.err.strip().splitlines()) == 1
    assert victim.read_text(encoding="utf-8") == "precious"
    assert sorted(p.name for p in victim_folder.iterdir()) == ["task.json"]
