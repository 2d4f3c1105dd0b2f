"""Step 1, parse: one file's bytes → its YAML document, or the problems that stop it there.

The YAML layer reads the file (open without blocking, fstat, read: a FIFO or a huge file is
refused unread) and composes it; this step adds what only the loader knows: a symbolic link must
not lead outside the dataset, and an empty file is a problem, not an empty record.
"""

from __future__ import annotations

from cchc import rules
from cchc.i18n import msg
from cchc.loader.caps import ProblemLog
from cchc.loader.files import FileSource
from cchc.yaml import YamlDocument

__all__ = ["parse_file"]

# YAML problems after which the data still means what the editor meant, so schema checks can go on.
_SOFT_YAML_RULES = frozenset({"yaml-duplicate-key", "yaml-ambiguous-bool"})


def parse_file(
    log: ProblemLog, source: FileSource, rel: str, *, link: bool
) -> tuple[YamlDocument | None, bool]:
    """The file's document (None when nothing usable was read) and whether it is clean. A
    document with only soft YAML problems (a duplicate key, `no` for false) is still returned, so
    one run shows its schema problems too, but it is never clean, so never a record."""
    if link and not source.link_inside(rel):
        log.add(rel, 1, 1, rules.SYMLINK.level, msg("loader.symlink"), rules.SYMLINK.id)
        return None, False
    document, yaml_problems = source.read(rel)
    if yaml_problems:
        room = log.room(rel)
        for problem in yaml_problems[:room]:
            log.add(rel, problem.line, problem.column, "error", problem.message, problem.rule)
        log.skip("error", max(0, len(yaml_problems) - room))
        if document is None or any(p.rule not in _SOFT_YAML_RULES for p in yaml_problems):
            return None, False
    if document is None:
        return None, False
    if document.data is None:
        log.add(rel, 1, 1, rules.EMPTY_FILE.level, msg("loader.empty-file"), rules.EMPTY_FILE.id)
        return None, False
    return document, not yaml_problems
