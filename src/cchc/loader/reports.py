"""The narrative reports: `reports/PERIOD/AGENCY.yaml`, read through the same four steps as the
other records, keyed by (canonical period, agency id).

A period folder whose name is no period, or a file named after no agency (a group issues no
report), is an error; anything in `reports/` that is not a period folder is a warning, as in the
other records folders. Two files for one agency and period (`2017H1/` and `2017h1/`) are a
duplicate; the first in natural order wins.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from cchc import checks, rules
from cchc.checks import Finding, References
from cchc.dataset import natural_key
from cchc.i18n import msg
from cchc.loader.locate import report
from cchc.loader.validate import validate_record
from cchc.model import Agency
from cchc.periods import PeriodError, parse_period
from cchc.schema import REPORTS_DIR

if TYPE_CHECKING:
    from cchc.loader.load import _Load
    from cchc.model import NarrativeReport

__all__ = ["read_reports"]

Found = dict[tuple[str, str], tuple["NarrativeReport", str]]


def read_reports(
    load: _Load, refs: References, agencies: Mapping[str, Agency], groups: frozenset[str]
) -> Found:
    """Every narrative report of the dataset, with the path it was read from."""
    found: Found = {}
    if not load.folder_ok(REPORTS_DIR) or load.source.kind(REPORTS_DIR) not in ("dir", "link"):
        return found
    from cchc.model.reports import NarrativeReport  # a dataset with no reports/ never defines it

    names = {a.id: [a.name, *([a.short_name] if a.short_name else [])] for a in agencies.values()}
    periods = sorted(load.source.entries(REPORTS_DIR), key=lambda e: natural_key(e[0]))
    for name, kind in periods:
        if name.startswith(".") or name in ("README.md", "README"):
            continue
        if kind != "dir":
            rule = rules.SYMLINK if kind == "link" else rules.IGNORED_FILE
            key = "loader.symlink-folder" if kind == "link" else "loader.report-outside"
            load.log.add(
                f"{REPORTS_DIR}/{name}",
                1,
                1,
                rule.level,
                msg(key, folder=f"{REPORTS_DIR}/{name}"),
                rule.id,
            )
            continue
        try:
            key_period: str | None = str(parse_period(name))
        except PeriodError:
            key_period = None
        files, links = load.entries(f"{REPORTS_DIR}/{name}")
        for file_name in files:
            rel = f"{REPORTS_DIR}/{name}/{file_name}"
            stem = file_name.removesuffix(".yaml")
            path_findings = list(checks.check_report_path(name, stem, names, groups))
            for path_finding in path_findings:
                load.log.add(rel, 1, 1, path_finding.level, path_finding.message, path_finding.rule)
            document, clean = load.parse(rel, file_name in links)
            if document is None:
                continue
            record = validate_record(load.log, rel, document, NarrativeReport)
            if record is None or not clean:
                document.drop_nodes()
                continue
            findings: list[Finding] = list(checks.check_report(record, name, refs))
            if key_period is not None and (key_period, stem) in found:
                first = found[(key_period, stem)][1]
                findings.append(
                    checks.finding(
                        rules.DUPLICATE_ID,
                        (),
                        msg("loader.report-duplicate", period=key_period, agency=stem, first=first),
                    )
                )
            report(load.log, rel, document, findings)
            document.drop_nodes()
            if key_period is not None and not path_findings and not findings:
                found.setdefault((key_period, stem), (record, rel))
    return found
