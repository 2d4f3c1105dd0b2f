"""`cchc diff`: what changed between two revisions of the dataset, in the plan's terms.

`compute` loads what each revision needs and compares record by record (`compare`), giving a
`Diff` of `Change` values (`model`); `words` puts them into sections of rows in the reader's
language and `render` writes them as text, Markdown or JSON.
"""

from cchc.changes.compute import (
    RevisionPair,
    diff_files,
    diff_pair,
    diff_revisions,
    load_revision,
    read_pair,
)
from cchc.changes.model import KINDS, Change, Diff, Side
from cchc.changes.render import DiffFormat, render_diff

__all__ = [
    "KINDS",
    "Change",
    "Diff",
    "DiffFormat",
    "RevisionPair",
    "Side",
    "diff_files",
    "diff_pair",
    "diff_revisions",
    "load_revision",
    "read_pair",
    "render_diff",
]
