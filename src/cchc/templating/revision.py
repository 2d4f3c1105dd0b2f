"""The report templates of a git revision, for `cchc report --rev REV`.

A report reproduced from a tag must use the templates the dataset had at that tag, or a dataset
that brings its own would print differently years later. The templating layer reads templates
from a folder (and renders a dataset's own in a child process that is given the folder), so the
revision's `templates/` files are written into a private temporary folder — regular files through
`cchc.writer` (never through a link), a link as a link, which the templating layer then refuses
exactly as it refuses one on disk — and that folder is the report's template root. They stay
untrusted: a template that differs from the packaged copy renders sandboxed, in the child.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from cchc.revisions import RevisionFile
from cchc.templating.sources import TEMPLATE_DIR

__all__ = ["revision_templates", "template_root"]


def _safe(rel: str, found: RevisionFile) -> bool:
    """A path inside `templates/` (or `templates` itself when the revision made it a link)."""
    parts = PurePosixPath(rel).parts
    return (
        (len(parts) >= 2 or found.link)
        and parts[:1] == (TEMPLATE_DIR,)
        and not PurePosixPath(rel).is_absolute()
        and all(part not in ("", ".", "..") for part in parts)
    )


@contextmanager
def revision_templates(files: Mapping[str, RevisionFile]) -> Iterator[Path | None]:
    """A folder whose `templates/` holds `files` (a revision's `templates/…` files) while the
    block runs; None when the revision has no templates (the packaged ones apply)."""
    from cchc.writer import write_file

    wanted = {rel: f for rel, f in files.items() if _safe(rel, f)}
    if not wanted:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="cchc-rev-templates-") as folder:
        root = Path(folder)
        for rel, found in sorted(wanted.items()):
            path = root / rel
            if any(p.is_symlink() for p in path.parents if p != root and root in p.parents):
                continue  # under a link of the revision: not a file of it
            path.parent.mkdir(parents=True, exist_ok=True)
            if found.link:
                os.symlink(os.fsdecode(found.data), path)
            else:
                write_file(path, found.data, root=root)
        yield root


@contextmanager
def template_root(root: Path, rev: str | None) -> Iterator[Path | None]:
    """Where a report's templates come from: the dataset folder itself, or at `rev` (a git
    revision, `--rev`) the revision's own `templates/` (none there: the packaged ones)."""
    if rev is None:
        yield root
        return
    from cchc.revisions import WORKTREE, read_revision, resolve

    commit = resolve(root, rev)
    if commit == WORKTREE:
        yield root
        return
    with revision_templates(read_revision(root, commit, (TEMPLATE_DIR,))) as folder:
        yield folder
