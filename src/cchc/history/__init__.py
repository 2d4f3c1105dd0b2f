"""History is append-only across git revisions (SPEC §2 "History", issue #15).

`cchc validate` sees one revision; this package compares two (`cchc.revisions.read_revision`
maps) and finds what was rewritten rather than added: an update or measurement edited, removed
or moved (`entries`), an evidence number changed, the plan's own words, deadlines or goals
changed, a record of the plan removed, an issued narrative report changed (`policy` says which
fields of which file kind are history, and why). `cchc diff --check` prints the problems and
exits 1 when there is any.

A genuine mistake is corrected by appending a correction entry (`cchc.corrections`): appending
is never a rewrite.

Speed: files whose bytes are equal are not parsed, so the cost is in the files a change touched,
whatever the size of the dataset.
"""

from cchc.history.check import base_path, check_history

__all__ = ["base_path", "check_history"]
