"""`--rev REV` on the read commands: the dataset as it was at a git revision, so a report
published from a tag can be reproduced byte for byte after the data moved on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE, Run
from git_support import append, commit_all, dataset_repo, git


def _move_on(root: Path) -> None:
    """What happens after a report is published: a progress note, a deadline moved."""
    append(
        root / "tasks" / "T01.yaml",
        "updates:\n  - date: 2017-05-10\n    status: in_progress\n    note: Đã trình dự thảo.\n",
    )
    t02 = root / "tasks" / "T02.yaml"
    t02.write_text(
        t02.read_text(encoding="utf-8").replace("deadline: 2017\n", "deadline: 2017H1\n"),
        encoding="utf-8",
    )
    commit_all(root, "later")


@pytest.fixture
def published(tmp_path: Path, cli: Callable[..., Run]) -> tuple[Path, bytes]:
    """The bundled dataset in a repository, tagged v2017H1, with the report written at the tag;
    then the data changed and committed."""
    root = dataset_repo(REPO, tmp_path / "data", tag="v2017H1")
    report = tmp_path / "r.md"
    made = cli("report", "--period", "2017H1", "--root", str(root), "-o", str(report))
    assert made.code == 0, made.err
    _move_on(root)
    return root, report.read_bytes()


def test_a_report_at_a_tag_is_the_report_published_from_it(
    published: tuple[Path, bytes], cli: Callable[..., Run]
) -> None:
    root, at_tag = published
    again = cli("report", "--period", "2017H1", "--root", str(root), "--rev", "v2017H1")
    assert again.code == 0, again.err
    assert again.out.encode("utf-8") == at_tag
    now = cli("report", "--period", "2017H1", "--root", str(root))
    assert now.code == 0 and now.out.encode("utf-8") != at_tag


@pytest.mark.parametrize(
    "command",
    [
        ("overdue", "--as-of", "2018-01-01", "--format", "json"),
        ("progress", "--as-of", "2018-01-01", "--by", "agency"),
        ("export", "--as-of", "2018-01-01", "--format", "csv"),
        ("due", "--as-of", "2017-06-01", "--within", "60d"),
    ],
)
def test_read_commands_at_a_revision_see_that_revision(
    tmp_path: Path, cli: Callable[..., Run], command: tuple[str, ...]
) -> None:
    root = dataset_repo(SAMPLE, tmp_path / "data")
    then = cli(*command, "--root", str(root))
    for task in ("K02", "K03", "K04"):
        git(root, "rm", "-q", f"tasks/{task}.yaml")
    commit_all(root, "drop")
    assert cli(*command, "--root", str(root)).out != then.out
    at_base = cli(*command, "--root", str(root), "--rev", "base")
    assert (at_base.code, at_base.out) == (then.code, then.out)


def test_the_report_at_a_revision_uses_that_revision_s_templates(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    root = dataset_repo(SAMPLE, tmp_path / "data")
    templates = root / "templates"
    templates.mkdir()
    (templates / "report.md.j2").write_text("Bản cũ: {{ r.period_label }}\n", encoding="utf-8")
    commit_all(root, "own template")
    git(root, "tag", "v1")
    old = cli("report", "--period", "2017H1", "--root", str(root))
    assert old.code == 0, old.err
    (templates / "report.md.j2").write_text("Bản mới\n", encoding="utf-8")
    commit_all(root, "new template")
    assert cli("report", "--period", "2017H1", "--root", str(root)).out == "Bản mới\n"
    at_tag = cli("report", "--period", "2017H1", "--root", str(root), "--rev", "v1")
    assert (at_tag.code, at_tag.out) == (0, old.out)
    assert old.out.startswith("Bản cũ: ")


def test_a_template_link_in_a_revision_is_refused_as_on_disk(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    root = dataset_repo(SAMPLE, tmp_path / "data")
    secret = tmp_path / "secret.j2"
    secret.write_text("SECRET\n", encoding="utf-8")
    (root / "templates").mkdir()
    (root / "templates" / "report.md.j2").symlink_to(secret)
    commit_all(root, "link")
    git(root, "tag", "v1")
    (root / "templates" / "report.md.j2").unlink()
    commit_all(root, "gone")
    result = cli("report", "--period", "2017H1", "--root", str(root), "--rev", "v1")
    assert result.code == 1 and "SECRET" not in result.out
    assert "templates/report.md.j2" in result.err and "[template-file]" in result.err


def test_validate_at_a_revision(tmp_path: Path, cli: Callable[..., Run]) -> None:
    root = dataset_repo(SAMPLE, tmp_path / "data")
    (root / "tasks" / "K02.yaml").write_text("id: K02\n", encoding="utf-8")
    commit_all(root, "broken")
    assert cli("validate", "--root", str(root), "--rev", "base", "--as-of", "2021-06-30").code == 0
    broken = cli("validate", "--root", str(root), "--rev", "HEAD", "--as-of", "2021-06-30")
    assert broken.code == 1 and "tasks/K02.yaml" in broken.out
    query = cli("overdue", "--root", str(root), "--rev", "HEAD", "--lang", "en")
    assert query.code == 1 and "cchc validate --rev HEAD" in query.err


def test_an_unknown_revision_is_one_line(tmp_path: Path, cli: Callable[..., Run]) -> None:
    root = dataset_repo(SAMPLE, tmp_path / "data")
    for revision in ("nope", "--output=x", "-x"):
        result = cli("overdue", "--root", str(root), f"--rev={revision}")
        assert result.code == 2 and result.err.count("\n") == 1, result.err
