"""Building a report's values (`cchc.report.values`) from a dataset, a period and an as-of day.

The body follows the customary outline of a CCHC periodic report (SPEC §6): I. direction and
organisation of the reform work (the plan's first area), II. results by reform area (the other
areas, each with its figures and its text), III. overall assessment (strengths, then shortcomings,
then their causes), IV. direction and tasks for the next period, V. proposals; then the signature,
and the data tables as the appendix ("Phụ lục"). The texts come from the issuing agency's
narrative report (`cchc.report.narrative`); the figures beside them are the sizes of the lists of
`cchc.report.partition`, and the appendix holds those lists by name.

An agency's report (`agency_id`) counts the tasks it leads; the tasks it supports are listed apart
in the appendix; its targets are the ones it owns. Its body shows the plan's first area and every
area where it has a task or has written a text. Sở Nội vụ's consolidated report counts every
task, has a table by lead agency, and says who has submitted (`cchc.report.submissions`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from cchc.dataset import Dataset
from cchc.i18n import fmt_date, fmt_number, fmt_percent, lang_of, t
from cchc.model import Area
from cchc.periods import Period
from cchc.report.heading import Issuer, closing, heading, issuer
from cchc.report.lists import list_table, supported_table
from cchc.report.narrative import Author
from cchc.report.partition import Partition, partition
from cchc.report.scope import scope
from cchc.report.submissions import Submission, submissions, submissions_sentence, submissions_table
from cchc.report.tables import (
    Counts,
    agency_rows,
    area_rows,
    count,
    count_by,
    rollup_table,
    summary_rows,
    summary_table,
)
from cchc.report.targets import target_figures, target_states_of, target_tables
from cchc.report.values import (
    Appendix,
    AppendixPart,
    DataTable,
    ReportContext,
    Section,
    Subsection,
)
from cchc.schema import REPORTS_DIR
from cchc.status import TargetState

__all__ = ["build_context", "default_as_of"]


def default_as_of(p: Period, today: dt.date) -> dt.date:
    """The period's last day once it has ended; before that, today."""
    return p.end if p.end < today else today


_EMPTY = Counts({}, 0, 0)


def _n(value: int, lang: str) -> str:
    return fmt_number(value, lang)


def _task_figures(c: Counts, lang: str) -> str:
    sentences = [
        t("report.figures.none", lang)
        if not c.total
        else t(
            "report.figures",
            lang,
            total=_n(c.total, lang),
            on_time=_n(c["done_on_time"], lang),
            late=_n(c["done_late"], lang),
            unfinished=_n(c["unfinished"], lang),
            waiting=_n(c["waiting"], lang),
            cancelled=_n(c["cancelled"], lang),
        )
    ]
    for name in ("carried_over", "late_completions", "early_completions"):
        if c[name]:
            sentences.append(t(f"report.figures.{name}", lang, count=_n(c[name], lang)))
    return " ".join(sentences)


def _area_figures(c: Counts, targets: Sequence[TargetState], lang: str) -> tuple[str, ...]:
    words = target_figures(targets, lang)
    return (_task_figures(c, lang), *((words,) if words else ()))


class _Numbers:
    """The appendix's part numbers, for the body's references to them."""

    def __init__(self, consolidated: bool) -> None:
        names = ["summary", "areas"]
        names += ["agencies"] if consolidated else []
        names += ["targets", "period", "earlier", "early", "upcoming"]
        names += ["submissions"] if consolidated else ["supported"]
        self.of = {name: str(i) for i, name in enumerate(names, start=1)}

    def __getitem__(self, name: str) -> str:
        return self.of[name]


def _appendix(
    dataset: Dataset,
    who: Issuer,
    part: Partition,
    supported: Partition | None,
    targets: Sequence[TargetState],
    found: Sequence[Submission] | None,
    numbers: _Numbers,
    lang: str,
) -> Appendix:
    p, c = part.period, count(part)
    label = p.label(lang)

    def titled(name: str, *tables: DataTable, **params: str) -> AppendixPart:
        return AppendixPart(numbers[name], t(f"report.part.{name}", lang, **params), tables)

    def lists(name: str, *lists: str) -> tuple[DataTable, ...]:
        base = numbers[name]
        if len(lists) == 1:  # the part's title says it all
            return (list_table(dataset, lists[0], "", part, lang, title=""),)
        return tuple(
            list_table(dataset, n, f"{base}.{i}", part, lang) for i, n in enumerate(lists, start=1)
        )

    parts = [
        titled("summary", summary_table(c, lang)),
        titled(
            "areas",
            rollup_table(
                "", t("report.part.areas", lang), t("area", lang), area_rows(dataset, part), lang
            ),
        ),
    ]
    if found is not None:
        parts.append(
            titled(
                "agencies",
                rollup_table(
                    "",
                    t("report.part.agencies", lang),
                    t("agency", lang),
                    agency_rows(dataset, part),
                    lang,
                ),
            )
        )
    parts += [
        titled("targets", *target_tables(dataset, targets, part.as_of, lang)),
        titled(
            "period",
            *lists("period", "done_on_time", "done_late", "unfinished", "waiting", "cancelled"),
        ),
        titled("earlier", *lists("earlier", "carried_over", "late_completions")),
        titled("early", *lists("early", "early_completions")),
        titled("upcoming", *lists("upcoming", "upcoming"), period=part.upcoming_period.label(lang)),
    ]
    if found is not None:
        parts.append(titled("submissions", submissions_table(dataset, p, found, "", lang)))
    elif supported is not None:
        parts.append(titled("supported", supported_table(dataset, "", "", supported, lang)))
    issued = who.narrative if who.narrative is not None and who.narrative.number else None
    if issued is not None and issued.number is not None and issued.date is not None:
        attached = t(
            "report.attached_issued",
            lang,
            number=issued.number,
            date=fmt_date(issued.date, lang),
            issuer=who.name,
        )
    else:
        attached = t("report.attached", lang, issuer=who.name)
    return Appendix(
        title=t("report.appendix", lang),
        subtitle=t("report.appendix_subtitle", lang, period=label),
        attached=attached,
        parts=tuple(parts),
    )


def _shown_areas(
    dataset: Dataset, by_area: dict[str, Counts], who: Issuer, agency: bool
) -> list[Area]:
    areas = list(dataset.areas.values())
    if not agency:
        return areas
    written = set(who.narrative.areas) if who.narrative is not None else set()
    return [
        a
        for i, a in enumerate(areas)
        if i == 0 or a.id in written or any(by_area.get(a.id, _EMPTY).sizes.values())
    ]


def _body(
    dataset: Dataset,
    who: Issuer,
    author: Author,
    part: Partition,
    targets: Sequence[TargetState],
    found: Sequence[Submission] | None,
    numbers: _Numbers,
    agency: bool,
    lang: str,
) -> tuple[Section, ...]:
    c = count(part)
    by_area = count_by(part, lambda o: (o.task.area,))
    empty = Counts({}, 0, 0)
    areas = _shown_areas(dataset, by_area, who, agency)
    first, rest = (areas[0], areas[1:]) if areas else (None, [])

    def area_targets(area: Area) -> list[TargetState]:
        return [s for s in targets if s.target.area == area.id]

    direction_figures: tuple[str, ...] = ()
    if first is not None:
        direction_figures = _area_figures(by_area.get(first.id, empty), area_targets(first), lang)
    if found is not None:
        direction_figures += (
            submissions_sentence(found, lang)
            + " "
            + t("report.see_appendix", lang, number=numbers["submissions"]),
        )
    direction = Section(
        "I",
        t("report.s_direction", lang),
        direction_figures,
        author.area(first.id, first.title) if first is not None else author.section("areas", ""),
    )
    overall = (
        _task_figures(c, lang),
        t(
            "report.rates",
            lang,
            completion=fmt_percent(c.completion_rate, lang),
            on_time=fmt_percent(c.on_time_rate, lang),
            number=numbers["summary"],
        ),
    )
    results = Section(
        "II",
        t("report.s_results", lang),
        overall,
        None,
        tuple(
            Subsection(
                str(i),
                area.title,
                _area_figures(by_area.get(area.id, empty), area_targets(area), lang),
                author.area(area.id, area.title),
            )
            for i, area in enumerate(rest, start=1)
        ),
    )
    period_no, earlier_no = numbers["period"], numbers["earlier"]
    assessment = Section(
        "III",
        t("report.s_assessment", lang),
        (),
        None,
        (
            Subsection(
                "1",
                t("report.strengths", lang),
                (
                    t(
                        "report.figures.strengths",
                        lang,
                        done=_n(c.done, lang),
                        on_time=_n(c["done_on_time"], lang),
                        earlier=_n(c["late_completions"], lang),
                        early=_n(c["early_completions"], lang),
                    ),
                ),
                author.section("strengths", t("report.strengths", lang)),
            ),
            Subsection(
                "2",
                t("report.shortcomings", lang),
                (
                    t(
                        "report.figures.shortcomings",
                        lang,
                        unfinished=_n(c["unfinished"], lang),
                        late=_n(c["done_late"], lang),
                        carried=_n(c["carried_over"], lang),
                        period_no=period_no,
                        earlier_no=earlier_no,
                    ),
                ),
                author.section("shortcomings", t("report.shortcomings", lang)),
            ),
            Subsection(
                "3",
                t("report.causes", lang),
                (),
                author.section("causes", t("report.causes", lang)),
            ),
        ),
    )
    upcoming_label = part.upcoming_period.label(lang)
    next_period = Section(
        "IV",
        t("report.s_next", lang, period=upcoming_label.upper()),
        (
            t(
                "report.figures.next",
                lang,
                period=upcoming_label,
                count=_n(c["upcoming"], lang),
                number=numbers["upcoming"],
                open=_n(c["unfinished"] + c["carried_over"], lang),
            ),
        ),
        author.section("next_period", t("report.section.next_period", lang)),
    )
    proposals = Section(
        "V",
        t("report.s_proposals", lang),
        (),
        author.section("proposals", t("report.section.proposals", lang)),
    )
    return direction, results, assessment, next_period, proposals


def build_context(
    dataset: Dataset, p: Period, as_of: dt.date, lang: str, agency_id: str | None = None
) -> ReportContext:
    """The report for period `p` as the files stood on `as_of`, worded in `lang` ("vi" or "en"):
    Sở Nội vụ's consolidated report, or (with `agency_id`, an agency's id) that agency's own."""
    lang = lang_of(lang)
    sc = scope(dataset, agency_id)
    part = partition(dataset, p, as_of, sc.led)
    supported = partition(dataset, p, as_of, sc.supported) if agency_id is not None else None
    who = issuer(dataset, p, agency_id, lang)
    key = f"report:{p}/{who.agency_id}"
    path = dataset.paths.get(key, f"{REPORTS_DIR}/{p}/{who.agency_id or 'snv'}.yaml")
    author = Author(who.name or who.issuing_body, path, who.narrative, lang)
    targets = target_states_of(dataset, sc.targets, as_of)
    found = submissions(dataset, p) if agency_id is None else None
    numbers = _Numbers(consolidated=agency_id is None)
    head = heading(dataset, who, p, as_of, lang)
    title = f"{head.title} {head.subtitle}"
    return ReportContext(
        lang=lang,
        kind="agency" if agency_id is not None else "consolidated",
        period=str(p),
        period_label=p.label(lang),
        as_of=fmt_date(as_of, lang),
        document_title=f"{title} — {who.name}" if who.name else title,
        heading=head,
        labels={"notes": t("notes", lang), "none": t("none", lang)},
        summary=summary_rows(count(part), lang),
        sections=_body(
            dataset, who, author, part, targets, found, numbers, agency_id is not None, lang
        ),
        closing=closing(who, lang),
        appendix=_appendix(dataset, who, part, supported, targets, found, numbers, lang),
    )
