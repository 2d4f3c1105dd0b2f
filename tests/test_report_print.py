"""The HTML report printed as an issued document (issue #14): the bundled dataset's 2017H1 and
2016-2020 reports printed to A4 by headless Chromium, then read back with poppler's `pdftotext`:

- no page but the last is more than half blank (the share below the last line of text, measured
  from the words' positions, `pdftotext -bbox`);
- no chart and no placeholder for a target without data (one line names them all);
- no heading is the last thing on its page, and the signature block is not alone at the top of a
  page: it stays with the end of the last section.

Chromium and poppler-utils come from .ci/run; the test is skipped only where they are absent.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from cchc.loader import load_dataset
from cchc.periods import parse_period
from cchc.report import build_context, render_report
from cchc.report.values import ReportContext
from conftest import REPO

MM = 72 / 25.4
MARGIN_TOP, MARGIN_BOTTOM = 20 * MM, 20 * MM  # the template's @page margins


def _tools() -> tuple[str, str]:
    browser = next(
        (shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None
    )
    pdftotext = shutil.which("pdftotext")
    if browser is None or pdftotext is None:
        pytest.skip("Chromium or pdftotext is missing (.ci/run installs them)")
    return browser, pdftotext


def _context(period: str) -> ReportContext:
    result = load_dataset(REPO, today=dt.date(2100, 1, 1))
    assert result.dataset is not None
    p = parse_period(period)
    return build_context(result.dataset, p, p.end, "vi")


def _print(browser: str, html: Path, tmp_path: Path) -> Path:
    pdf = html.with_suffix(".pdf")
    subprocess.run(
        [
            browser,
            *("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"),
            *("--disable-background-networking", "--disable-component-update", "--disable-sync"),
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html.resolve().as_uri(),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    return pdf


def _pages(pdftotext: str, pdf: Path) -> list[tuple[float, list[tuple[float, str]]]]:
    """Per page: its height and its words (bottom edge, text) inside the page's text area."""
    out = subprocess.run(
        [pdftotext, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for height, body in re.findall(
        r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', out, re.S
    ):
        bottom = float(height) - MARGIN_BOTTOM
        words = [
            (float(y), word)
            for y, word in re.findall(r'yMax="([\d.]+)">([^<]*)</word>', body)
            if float(y) <= bottom + 1  # not the page number in the bottom margin
        ]
        pages.append((float(height), words))
    return pages


def _blank_share(height: float, words: list[tuple[float, str]]) -> float:
    area = height - MARGIN_TOP - MARGIN_BOTTOM
    last = max((y for y, _ in words), default=MARGIN_TOP)
    return 1 - (last - MARGIN_TOP) / area


def _flat(text: str) -> str:
    return " ".join(text.replace("&amp;", "&").replace("&quot;", '"').split())


def _headings(context: ReportContext) -> list[str]:
    found = []
    for s in context.sections:
        found.append(f"{s.number}. {s.title}")
        found += [f"{p.number}. {p.title}" for p in s.parts]
    for part in context.appendix.parts:
        found.append(f"{part.number}. {part.title}")
        found += [f"{t.number}. {t.title}" for t in part.tables if t.number and t.title]
    return [_flat(h) for h in found]


@pytest.mark.parametrize("period", ["2017H1", "2016-2020"])
def test_the_printed_report_wastes_no_page_and_keeps_what_belongs_together(
    tmp_path: Path, period: str
) -> None:
    browser, pdftotext = _tools()
    context = _context(period)
    html = tmp_path / f"bao-cao-{period}.html"
    text = render_report(context, "html", REPO)
    html.write_text(text, encoding="utf-8")

    # No chart and no placeholder for a target without data: one line names them.
    targets = [t for p in context.appendix.parts for t in p.tables if t.style == "targets"]
    assert "Chưa có số liệu để vẽ biểu đồ.</p>" not in text
    drawn = sum(len(t.figures) for t in targets)
    assert text.count("<figure>") == drawn + sum(
        1 for p in context.appendix.parts for t in p.tables if t.chart is not None
    )
    for table in targets:
        ids = [row[0] for row in table.rows]
        undrawn = [i for i in ids if not any(f.caption.startswith(f"{i} ") for f in table.figures)]
        if undrawn:
            assert table.undrawn.endswith(", ".join(undrawn) + ".")

    pages = _pages(pdftotext, _print(browser, html, tmp_path))
    assert len(pages) >= 2
    shares = [round(_blank_share(h, words), 2) for h, words in pages]
    assert all(share <= 0.5 for share in shares[:-1]), shares

    headings = _headings(context)
    texts = [_flat(" ".join(word for _, word in words)) for _, words in pages]
    for number, page in enumerate(texts[:-1], start=1):
        stranded = [h for h in headings if page.endswith(h)]
        assert not stranded, f"page {number} ends with the heading {stranded}"
    label = _flat(context.closing.recipients_label)
    where = [n for n, page in enumerate(texts) if label in page]
    assert where, "no signature block"
    assert not texts[where[0]].startswith(label), "the signature block is alone on its page"
