"""Small git repositories for the tests of `cchc diff` and `--rev`: made with the test machine's
`git`, in a temporary folder, with no user configuration, signing or hook involved."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
}


def git(root: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(root), "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", *args],
        capture_output=True,
        check=True,
        env={**os.environ, **GIT_ENV},
    )
    return done.stdout.decode().strip()


def commit_all(root: Path, message: str) -> None:
    git(root, "add", "-A")
    git(root, "commit", "-qm", message)


def dataset_repo(source: Path, where: Path, tag: str = "base") -> Path:
    """A copy of the dataset `source` (its plan/, tasks/, targets/, reports/, templates/) as the
    only content of a new repository, committed and tagged `tag`; returns the dataset's folder."""
    where.mkdir(parents=True)
    for folder in ("plan", "tasks", "targets", "reports", "templates"):
        if (source / folder).is_dir():
            shutil.copytree(source / folder, where / folder)
    git(where, "init", "-q", "-b", "main")
    commit_all(where, "start")
    git(where, "tag", tag)
    return where


def append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(text)
