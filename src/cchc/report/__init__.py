"""The periodic report (SPEC §6, issue #11): every task of a period in exactly one list, in the
official format, for Sở Nội vụ's consolidated report and for each agency's own.

The parts, each a module:

- `partition`: which list of period P (as of day D) each task occurrence is in: done on time,
  done late, unfinished, waiting on an event, cancelled (the period's own), carried over and late
  completions (due earlier), early completions and the next period's (due later);
- `scope`: which periods a report may be about, and whose report it is (`--agency`);
- `heading`: issuing body, number, date line, "Kính gửi", "Nơi nhận" and the signature;
- `narrative`: the author's texts from `reports/PERIOD/AGENCY.yaml`, or visible placeholders;
- `tables`, `lists`, `targets`, `submissions`: the appendix's tables and the body's figures;
- `charts`: the SVG charts;
- `context`: puts them together into `values.ReportContext`;
- `values`: the frozen dataclasses of strings the templates see (no pydantic: the sandboxed child
  that renders a dataset's own templates imports none of the data model);
- `render`: Markdown and HTML through `cchc.templating` (Jinja's sandbox; a dataset's own
  templates in a limited child process).

The templates only lay the values out: no arithmetic, no sorting, no decisions beyond "is this
list empty". The same data, period and as-of day give byte-identical output.

**A Word document from the same values (issue #14).** `ReportContext` is already the document's
outline, so a `docx` writer is a walk over it with python-docx (or a docxtpl template fed the same
`{"r": context}` as the Jinja templates), no new computation:

- `heading` → a borderless two-column table: `parent_body` over `issuing_body` over `number` on
  the left; `country`, `motto` and `place_date` on the right; then `title`, `subtitle`,
  `as_of_line`, the `addressees_label` line and `basis` as paragraphs;
- each `Section` → a heading "`number`. `title`", its `figures` as paragraphs, its `text`
  (`Narrative.paragraphs`, or the `placeholder` in a visibly marked style), then each
  `Subsection` the same way one level down;
- `closing` → a two-column table: `recipients_label` and `recipients` on the left;
  `signer_authority`, `signer_title`, space, `signer_name` on the right;
- `appendix` → a page break, `title`, `subtitle`, `attached`, then per `AppendixPart` a heading
  and per `DataTable` a real Word table: one header row from `columns` (right-align the
  `numeric` ones; repeat the header row across pages), one row per `rows` entry, `empty` as a
  paragraph when there are no rows, `notes` as paragraphs after it. The charts are SVG
  (`DataTable.chart`, `figures`): python-docx cannot embed SVG, so a writer either rasterises
  them or leaves them out and keeps the tables (which carry every figure a chart draws).

Decisions where the spec is silent are written in each module's docstring.
"""

from cchc.report.context import build_context, default_as_of
from cchc.report.render import TEMPLATE_NAMES, ReportFormat, render_report, template_problems
from cchc.report.scope import check_period, members_of
from cchc.report.values import ReportContext

__all__ = [
    "TEMPLATE_NAMES",
    "ReportContext",
    "ReportFormat",
    "build_context",
    "check_period",
    "default_as_of",
    "members_of",
    "render_report",
    "template_problems",
]
