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
  templates in a limited child process), and the Word document (`word`);

The templates only lay the values out: no arithmetic, no sorting, no decisions beyond "is this
list empty". The same data, period and as-of day give byte-identical output.

**A Word document from the same values (issue #14)**: `word` walks a `ReportContext` with
python-docx (heading block, sections, closing, appendix tables; the SVG charts left out),
`wordstyles` holds its page and named styles, and `wordbase` reads and checks an office's own
`templates/report.docx` (a style base, never code).

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
