"""A dataset as it was at a git revision: the files of `plan/`, `tasks/`, `targets/`, `reports/`
read through the `git` command (no library: git is on every machine that holds the data, and its
own command line is the interface git keeps stable).

`WORKTREE` (the default head of `cchc diff`) is the files on disk, as `cchc validate` sees them.
Only the dataset's record folders are read, never templates or anything git would run: `git
ls-tree` and `git cat-file --batch` read objects, they start no hook, filter or helper. A
revision's symlink (mode 120000) is kept as a link, so the loader refuses it as it refuses one on
disk; submodules are ignored.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from cchc.errors import USAGE, UserError
from cchc.i18n import msg
from cchc.loader.files import MemoryFile, MemorySource

__all__ = [
    "DATASET_FOLDERS",
    "WORKTREE",
    "RevisionFile",
    "changed_paths",
    "default_base",
    "memory_source",
    "read_revision",
    "resolve",
    "revision_pair",
]

WORKTREE = "WORKTREE"
DATASET_FOLDERS = ("plan", "tasks", "targets", "reports")


@dataclass(frozen=True)
class RevisionFile:
    """One file of a revision: its bytes, or for a symlink the link's target text."""

    path: str
    data: bytes
    link: bool = False


def _git(root: Path, args: Sequence[str], *, stdin: bytes | None = None) -> bytes:
    # No pager, no prompts, no locale: the output is data. Git's own environment stays the user's.
    env = {**os.environ, "GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args],
            input=stdin,
            capture_output=True,
            env=env,
            check=False,
        )
    except FileNotFoundError:
        raise UserError(msg("rev.no-git"), USAGE) from None
    if done.returncode != 0:
        first = done.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = first[0] if first else f"exit {done.returncode}"
        raise UserError(msg("rev.git-failed", command=" ".join(args[:2]), reason=reason), USAGE)
    return done.stdout


def resolve(root: Path, revision: str) -> str:
    """The commit a revision names (a tag, a branch, `HEAD~2` …), or `WORKTREE` itself."""
    if revision == WORKTREE:
        return WORKTREE
    if revision.startswith("-") or not revision.isprintable():
        # Never a git option; nor a name with a line break or a control code (the error line
        # shows it escaped, as every error line does).
        raise UserError(msg("rev.bad", revision=revision), USAGE)
    try:
        out = _git(root, ["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"])
    except UserError as error:
        if error.message.key == "rev.git-failed" and not _in_repository(root):
            raise UserError(msg("rev.not-a-repo", path=str(root)), USAGE) from None
        if error.message.key == "rev.git-failed":
            raise UserError(msg("rev.unknown", revision=revision), USAGE) from None
        raise
    return out.decode("ascii").strip()


def _in_repository(root: Path) -> bool:
    try:
        _git(root, ["rev-parse", "--git-dir"])
    except UserError:
        return False
    return True


def revision_pair(root: Path, base: str | None, head: str | None) -> tuple[str, str]:
    """The (base, head) commits `cchc diff BASE HEAD` compares, as `git diff` reads them: no BASE
    is `default_base`; no HEAD is the working tree; `A..B` is A against B, and `A...B` (B may be
    left out: HEAD) the merge base of A and B against B, so `origin/main...` is what a pull
    request changes. Every revision is resolved (`WORKTREE` stays itself)."""
    if base is not None and ".." in base and base != WORKTREE:
        if head is not None:
            raise UserError(msg("rev.range-and-head", range=base, head=head), USAGE)
        three = "..." in base
        left, _, right = base.partition("..." if three else "..")
        right_commit = resolve(root, right or "HEAD")
        left_commit = resolve(root, left or "HEAD")
        if three:
            merged = _git(root, ["merge-base", left_commit, right_commit])
            left_commit = merged.decode("ascii").strip()
        return left_commit, right_commit
    base_commit = resolve(root, base) if base is not None else default_base(root)
    return base_commit, resolve(root, head) if head is not None else WORKTREE


def default_base(root: Path) -> str:
    """Where a pull request started: the merge base of HEAD with the default branch (the remote's
    HEAD, else `origin/main`, `origin/master`, `main`, `master`); HEAD itself when none exists."""
    candidates: list[str] = []
    try:
        remote_head = _git(root, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"])
        candidates.append(remote_head.decode("utf-8").strip())
    except UserError:
        pass
    candidates += ["origin/main", "origin/master", "main", "master"]
    for name in candidates:
        try:
            commit = resolve(root, name)
        except UserError:
            continue
        try:
            return _git(root, ["merge-base", "HEAD", commit]).decode("ascii").strip()
        except UserError:
            continue
    return resolve(root, "HEAD")


def _prefix(root: Path) -> str:
    """The dataset's folder inside the repository ('' when the dataset is the repository)."""
    out = _git(root, ["rev-parse", "--show-prefix"]).decode("utf-8").strip()
    return out


def read_revision(
    root: Path, revision: str, folders: Sequence[str] = DATASET_FOLDERS
) -> dict[str, RevisionFile]:
    """The dataset's record files at `revision` (a commit from `resolve`), by path relative to the
    dataset root (`tasks/T06.yaml`). `folders` may name others (`templates`, for a report at a
    revision); they are read the same way, as bytes, a link kept as a link."""
    if revision == WORKTREE:
        return _read_worktree(root, folders)
    prefix = _prefix(root)
    listing = _git(
        root,
        [
            "ls-tree",
            "-r",
            "-z",
            "--full-tree",
            revision,
            "--",
            *(prefix + f for f in folders),
        ],
    )
    entries: list[tuple[str, str, bool]] = []  # (relative path, object id, link)
    for record in listing.split(b"\0"):
        if not record:
            continue
        meta, _, name = record.partition(b"\t")
        mode, kind, obj = meta.decode("ascii").split()
        if kind != "blob":
            continue  # a submodule or a tree
        path = name.decode("utf-8", "surrogateescape")
        relative = path[len(prefix) :] if path.startswith(prefix) else path
        entries.append((relative, obj, mode == "120000"))
    if not entries:
        return {}
    batch = _git(
        root, ["cat-file", "--batch"], stdin="".join(f"{obj}\n" for _, obj, _ in entries).encode()
    )
    files: dict[str, RevisionFile] = {}
    position = 0
    for relative, _, link in entries:
        header_end = batch.index(b"\n", position)
        size = int(batch[position:header_end].split()[2])
        start = header_end + 1
        files[relative] = RevisionFile(relative, batch[start : start + size], link)
        position = start + size + 1
    return files


def _read_worktree(root: Path, folders: Sequence[str]) -> dict[str, RevisionFile]:
    """The files on disk, as a revision's: one directory scan gives each entry's kind (no system
    call per file but the read), a link is kept as a link (a link to a folder is not descended,
    as git does not), and neither hidden folders nor anything but regular files are read."""
    files: dict[str, RevisionFile] = {}
    for folder in folders:
        base = root / folder
        if not base.is_dir() or base.is_symlink():
            continue
        _scan(f"{base}/", f"{folder}/", files)
    return files


def _scan(where: str, relative: str, files: dict[str, RevisionFile]) -> None:
    with os.scandir(where) as scan:
        entries = sorted(scan, key=lambda e: e.name)
    for entry in entries:
        rel = relative + entry.name
        if entry.is_symlink():
            if not entry.is_dir():  # followed: a link to a folder is left out
                files[rel] = RevisionFile(rel, os.readlink(entry.path).encode(), True)
        elif entry.is_dir(follow_symlinks=False):
            if not entry.name.startswith("."):
                _scan(f"{entry.path}/", f"{rel}/", files)
        elif entry.is_file(follow_symlinks=False):
            with open(entry.path, "rb") as handle:
                files[rel] = RevisionFile(rel, handle.read())


def memory_source(root: Path, files: Mapping[str, RevisionFile]) -> MemorySource:
    """A revision's files as the loader reads them (a link stays a link, and is refused)."""
    return MemorySource(root, {path: MemoryFile(f.data, f.link) for path, f in files.items()})


def changed_paths(
    base: dict[str, RevisionFile], head: dict[str, RevisionFile]
) -> tuple[list[str], list[str], list[str]]:
    """(added, removed, changed) paths between two revisions' files, each sorted."""
    added = sorted(set(head) - set(base))
    removed = sorted(set(base) - set(head))
    changed = sorted(p for p in set(base) & set(head) if base[p] != head[p])
    return added, removed, changed
