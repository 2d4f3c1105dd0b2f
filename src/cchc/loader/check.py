"""Step 3, check: what a valid record must agree with beyond its own file (`cchc.checks`), and what
the loader itself checks across files: one id per record, and an id that matches its file name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from itertools import chain
from typing import TYPE_CHECKING, Any

from cchc import checks
from cchc.checks import Finding, Names, References
from cchc.hints import did_you_mean
from cchc.i18n import Message
from cchc.loader.caps import ProblemLog
from cchc.loader.locate import report
from cchc.model import AgenciesFile, AreasFile, EventsFile
from cchc.yaml import YamlDocument

if TYPE_CHECKING:  # the target side is imported only by the commands that read it (`cchc.model`)
    from cchc.model import ScalesFile

__all__ = ["check_record", "reference_hint", "references"]


def references(
    areas: AreasFile | None,
    agencies: AgenciesFile | None,
    events: EventsFile | None,
    scales: ScalesFile | None,
    today: dt.date,
) -> References:
    """What tasks and targets may point at, with the names a person may write for each id. A
    file given as None could not be used, so what it defines is unknown (not checked)."""
    return References(
        agencies=checks.agency_names(agencies) if agencies else None,
        areas=checks.names_of((a.id, a.title) for a in areas.areas) if areas else None,
        events=checks.names_of((e.id, e.title) for e in events.events) if events else None,
        scales={s.id: s for s in scales.scales} if scales else None,
        today=today,
    )


_REFERENCE_FIELDS = {
    "lead": "agencies",
    "support": "agencies",
    "owner": "agencies",
    "coordinator": "agencies",
    "area": "areas",
    "after": "events",
    "scale": "scales",
}


def reference_hint(refs: References, loc: tuple[str | int, ...], value: object) -> Message | str:
    """For an id that is not even well-formed (`lead: [Sở Tư pháp]`), the defined id meant."""
    field = next((str(e) for e in reversed(loc) if isinstance(e, str)), "")
    kind = _REFERENCE_FIELDS.get(field)
    if kind is None:
        return ""
    if kind == "scales":
        scales = refs.scales
        return did_you_mean(value, {k: [v.name] for k, v in scales.items()} if scales else None)
    names: Names | None = getattr(refs, kind)
    return did_you_mean(value, names)


def check_record(
    log: ProblemLog,
    rel: str,
    document: YamlDocument,
    findings: Iterator[Finding],
    *,
    record_id: str,
    stem: str,
    first: str | None,
) -> None:
    """Report a record's findings: its id against its file name and the records before it
    (`first` is the path of an earlier record with the same id), then the checks' own. The
    findings are a generator that is usually empty: nothing is located or built for a clean one."""
    own: list[Finding] = []
    if record_id != stem:
        own.extend(checks.id_matches_file(record_id, stem))
    if first is not None:
        own.append(checks.duplicate_record(("id",), record_id, first))
    head = next(findings, None)
    if head is not None:
        report(log, rel, document, chain(own, (head,), findings))
    elif own:
        report(log, rel, document, own)


RecordCheck = Callable[[Any, References], Iterator[Finding]]
