"""`cchc.revisions`: the dataset's files at a git revision, read through the git command."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cchc.errors import UserError
from cchc.revisions import WORKTREE, changed_paths, default_base, read_revision, resolve
from conftest import SAMPLE
from git_support import git


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo" / "data"
    shutil.copytree(SAMPLE, root)
    git(root.parent, "init", "-q", "-b", "main")
    git(root.parent, "add", "-A")
    git(root.parent, "commit", "-qm", "start")
    git(root.parent, "tag", "v1")
    return root


def test_a_revision_holds_the_dataset_files_relative_to_the_dataset(repo: Path) -> None:
    files = read_revision(repo, resolve(repo, "v1"))
    assert "tasks/K01.yaml" in files and "plan/plan.yaml" in files
    assert not any(p.startswith("schemas/") for p in files)
    assert files["tasks/K01.yaml"].data == (repo / "tasks" / "K01.yaml").read_bytes()
    assert read_revision(repo, WORKTREE) == files


def test_changes_between_a_tag_and_the_worktree(repo: Path) -> None:
    (repo / "tasks" / "K01.yaml").write_text("id: K01\n", encoding="utf-8")
    (repo / "tasks" / "K02.yaml").unlink()
    (repo / "tasks" / "K99.yaml").write_text("id: K99\n", encoding="utf-8")
    base = read_revision(repo, resolve(repo, "v1"))
    head = read_revision(repo, WORKTREE)
    assert changed_paths(base, head) == (["tasks/K99.yaml"], ["tasks/K02.yaml"], ["tasks/K01.yaml"])


def test_a_committed_symlink_stays_a_link(repo: Path) -> None:
    (repo / "tasks" / "evil.yaml").symlink_to("/etc/passwd")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "link")
    files = read_revision(repo, resolve(repo, "HEAD"))
    assert files["tasks/evil.yaml"].link
    assert files["tasks/evil.yaml"].data == b"/etc/passwd"


def test_the_default_base_is_where_the_branch_left_main(repo: Path) -> None:
    start = resolve(repo, "HEAD")
    git(repo, "checkout", "-qb", "feature")
    (repo / "tasks" / "K01.yaml").write_text("id: K01\n", encoding="utf-8")
    git(repo, "commit", "-qam", "change")
    assert default_base(repo) == start


@pytest.mark.parametrize("revision", ["no-such-tag", "--output=/tmp/x", "HEAD~99"])
def test_an_unknown_revision_is_one_line(repo: Path, revision: str) -> None:
    with pytest.raises(UserError) as caught:
        resolve(repo, revision)
    assert "\n" not in caught.value.text("en")


def test_outside_a_repository_git_says_why(tmp_path: Path) -> None:
    shutil.copytree(SAMPLE, tmp_path / "plain")
    with pytest.raises(UserError) as caught:
        read_revision(tmp_path / "plain", "0" * 40)
    assert "git" in caught.value.text("en")
