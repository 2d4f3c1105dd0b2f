"""The report as a Word document (`cchc report --format docx`, issue #14), in the layout of Nghị
định 30/2020/NĐ-CP, Phụ lục I: a walk over the same `ReportContext` the Markdown and HTML
templates lay out, so the three say the same thing, word for word.

**Why python-docx builds it, and not a docxtpl template.** The values already are the document's
outline (heading, sections, closing, appendix of tables), so building it is a loop in typed
Python; a docxtpl template would put that loop in Jinja tags inside Word's XML, where one tag
split across two runs by Word's editor breaks the template, and where an office's own template
would be *code* run over the data (Jinja in the sandbox and a child process, like the Markdown
ones). Built with python-docx, an office's own `templates/report.docx` is only a style base —
nothing in it runs (`cchc.report.wordbase` says what it can and cannot do). python-docx is a new
runtime dependency for this (pure Python over lxml, MIT); docxtpl would have brought it anyway.

The document, in order:

- the heading block: a borderless two-column table, the issuing body (under its parent body) with
  a short rule and the number on the left; the country's name, the motto underlined (a rule as
  long as the motto) and the place-and-date line on the right; then the title, subtitle, as-of
  line, "Kính gửi" and the opening sentence;
- each section: "I. …" (Heading 1), the figures, the author's text or the visible placeholder
  (style "CCHC Placeholder", boxed), each subsection one level down (Heading 2);
- the closing: a borderless two-column table, "Nơi nhận" on the left and the signature on the
  right, kept on the page of the last section's end;
- the appendix on a new page: its title, then per part a heading (Heading 2), per table its
  title (Heading 3) and a real Word table ("Table Grid"; the header row repeats on every page; a
  row never splits across pages; numbers right-aligned), the "none" line for an empty table, the
  notes. The SVG charts are left out: Word cannot show SVG without rasterising it, and the tables
  carry every figure a chart draws (the HTML report has the charts).

The page: A4, the decree's margins, page numbers centred at the top from page 2 (a different
first-page header, left empty). The same values give the same bytes (`cchc.ooxml.deterministic`:
fixed zip times, no creation stamps).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import docx
from docx.document import Document as WordDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt
from docx.table import Table as WordTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from cchc.i18n import t
from cchc.ooxml import deterministic
from cchc.report.values import Closing, DataTable, Heading, Narrative, ReportContext, Section
from cchc.report.wordstyles import apply_page, apply_styles, paragraph_border

__all__ = ["render_docx"]

_LEFT_SHARE = 0.37  # the heading block's left column: the issuing body (the decree's layout)


def render_docx(context: ReportContext, base: bytes | None = None) -> bytes:
    """The report as the bytes of a `.docx` file, on python-docx's blank document or on `base`
    (an office's `templates/report.docx`, already checked by `cchc.report.wordbase`)."""
    document = docx.Document(io.BytesIO(base)) if base is not None else docx.Document()
    lang_tag = t("word.lang", context.lang)
    if base is None:
        apply_page(document)
        apply_styles(document, lang_tag, redefine=True)
    else:
        _clear_body(document)
        apply_styles(document, lang_tag, redefine=False)
    _page_numbers(document)
    _metadata(document, context)
    writer = _Writer(document)
    writer.heading(context.heading)
    for section in context.sections:
        writer.section(section)
    writer.closing(context.closing)
    writer.appendix(context)
    out = io.BytesIO()
    document.save(out)
    return deterministic(out.getvalue())


def _clear_body(document: WordDocument) -> None:
    """An office's base brings styles, page and headers; its body is not the report's."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _page_numbers(document: WordDocument) -> None:
    """A page number centred at the top of every page but the first — unless the base has a
    header or footer of its own (a letterhead), which then stays as it is."""
    section = document.sections[-1]
    if not (section.header.is_linked_to_previous and section.footer.is_linked_to_previous):
        return
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _metadata(document: WordDocument, context: ReportContext) -> None:
    core = document.core_properties
    core.title = context.document_title
    core.subject = context.heading.subtitle
    core.author = context.heading.issuing_body
    core.comments = ""
    core.last_modified_by = ""
    core.language = t("word.lang", context.lang)
    core.revision = 1
    package = document.part.package
    for key, relation in list(package.rels.items()):
        if relation.reltype == RELATIONSHIP_TYPE.THUMBNAIL:  # a picture of a blank page
            del package.rels[key]


def _borders(table: WordTable, *, lines: bool) -> None:
    """Borders set on the table itself, so that they hold whatever table styles a base has."""
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single" if lines else "nil")
        if lines:
            for key, value in (("sz", "4"), ("space", "0"), ("color", "000000")):
                edge.set(qn(f"w:{key}"), value)
        borders.append(edge)
    properties.insert_element_before(
        borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"
    )


def _widths(table: WordTable, widths: Sequence[int]) -> None:
    """Fixed column widths (EMU), in the grid and in every cell, as Word and LibreOffice read."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Emu(width)
        for cell in column.cells:
            cell.width = Emu(width)


def _row_flags(row_element: object, *, header: bool) -> None:
    properties = row_element.get_or_add_trPr()  # type: ignore[attr-defined]
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))


class _Writer:
    def __init__(self, document: WordDocument) -> None:
        self.document = document
        section = document.sections[-1]
        width = (section.page_width or Mm(210)) - (section.left_margin or 0)
        self.text_width = int(width - (section.right_margin or 0))

    def paragraph(self, text: str, style: str, *, bold: bool = False) -> Paragraph:
        paragraph = self.document.add_paragraph(style=style)
        if text:
            paragraph.add_run(text).bold = bold or None
        return paragraph

    # --------------------------------------------------------------------------- the heading

    def heading(self, h: Heading) -> None:
        table = self.document.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _borders(table, lines=False)
        left_width = int(self.text_width * _LEFT_SHARE)
        _widths(table, (left_width, self.text_width - left_width))
        left, right = table.rows[0].cells
        lines = [(h.parent_body, False)] if h.parent_body else []
        self._cell_lines(left, [*lines, (h.issuing_body, True)])
        self._rule(left, left_width, len(h.issuing_body) / 2)
        self._cell_line(left, h.number, size=13)
        self._cell_line(right, h.country, bold=True, size=12)
        motto = self._cell_line(right, h.motto, bold=True, size=13)
        motto.runs[0].underline = True
        motto.paragraph_format.space_after = Pt(6)
        self._cell_line(right, h.place_date, italic=True, size=13)
        right.paragraphs[0]._p.getparent().remove(right.paragraphs[0]._p)
        self.paragraph(h.title, "Title")
        self.paragraph(h.subtitle, "CCHC Subtitle")
        self.paragraph(h.as_of_line, "CCHC Centered")
        to = self.paragraph("", "CCHC Heading Block")
        to.paragraph_format.space_after = Pt(6)
        if len(h.addressees) == 1:
            to.add_run(f"{h.addressees_label} {h.addressees[0]}")
        else:
            to.add_run(h.addressees_label)
            for line in h.addressees:
                self.paragraph(f"- {line}", "CCHC Heading Block")
        self.paragraph(h.basis, "CCHC Text")

    def _cell_lines(self, cell: _Cell, lines: Sequence[tuple[str, bool]]) -> None:
        first = cell.paragraphs[0]
        for index, (text, bold) in enumerate(lines):
            paragraph = first if index == 0 else cell.add_paragraph()
            paragraph.style = self.document.styles["CCHC Heading Block"]
            run = paragraph.add_run(text)
            run.bold = bold or None
            run.font.size = Pt(12.5)

    def _cell_line(
        self, cell: _Cell, text: str, *, bold: bool = False, italic: bool = False, size: float
    ) -> Paragraph:
        paragraph: Paragraph = cell.add_paragraph(style="CCHC Heading Block")
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        run.font.size = Pt(size)
        return paragraph

    def _rule(self, cell: _Cell, cell_width: int, characters: float) -> None:
        """The short rule under the issuing body: a bottom border on an empty line, as long as
        half the name (the decree: a third to a half), centred."""
        length = min(int(Pt(12.5 * 0.62) * max(characters, 4)), cell_width)
        paragraph: Paragraph = cell.add_paragraph(style="CCHC Heading Block")
        indent = Emu((cell_width - length) // 2)
        paragraph.paragraph_format.left_indent = indent
        paragraph.paragraph_format.right_indent = indent
        paragraph.paragraph_format.space_after = Pt(4)
        paragraph.paragraph_format.line_spacing = Pt(2)
        paragraph_border(paragraph._p.get_or_add_pPr(), ("bottom",), "single", "000000", space=1)

    # -------------------------------------------------------------------------- the body

    def narrative(self, text: Narrative) -> None:
        for paragraph in text.paragraphs:
            self.paragraph(paragraph, "CCHC Text")
        if text.placeholder:
            self.paragraph(text.placeholder, "CCHC Placeholder")

    def section(self, section: Section) -> None:
        self.paragraph(f"{section.number}. {section.title}", "Heading 1")
        for line in section.figures:
            self.paragraph(line, "CCHC Figures")
        if section.text is not None:
            self.narrative(section.text)
        for part in section.parts:
            self.paragraph(f"{part.number}. {part.title}", "Heading 2")
            for line in part.figures:
                self.paragraph(line, "CCHC Figures")
            self.narrative(part.text)

    def closing(self, c: Closing) -> None:
        # The last paragraphs of the body stay on the page of the signature.
        for paragraph in self.document.paragraphs[-2:]:
            paragraph.paragraph_format.keep_with_next = True
        table = self.document.add_table(rows=1, cols=2)
        _borders(table, lines=False)
        half = self.text_width // 2
        _widths(table, (half, self.text_width - half))
        _row_flags(table.rows[0]._tr, header=False)
        left, right = table.rows[0].cells
        label = left.paragraphs[0]
        label.style = self.document.styles["CCHC Recipients"]
        run = label.add_run(c.recipients_label)
        run.bold, run.italic, run.font.size = True, True, Pt(12)
        for line in c.recipients:
            left.add_paragraph(f"- {line}", style="CCHC Recipients")
        first = right.paragraphs[0]
        first.style = self.document.styles["CCHC Signature"]
        lines = [(c.signer_authority, True)] if c.signer_authority else []
        lines += [(c.signer_title, True)]
        for index, (text, bold) in enumerate(lines):
            paragraph = first if index == 0 else right.add_paragraph(style="CCHC Signature")
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.add_run(text).bold = bold
        hint = right.add_paragraph(style="CCHC Signature")
        hint_run = hint.add_run(c.signer_hint)
        hint_run.italic, hint_run.font.size = True, Pt(11)
        for _ in range(4):  # the space to sign in
            right.add_paragraph(style="CCHC Signature")
        if c.signer_name:
            right.add_paragraph(style="CCHC Signature").add_run(c.signer_name).bold = True

    # ----------------------------------------------------------------------- the appendix

    def appendix(self, context: ReportContext) -> None:
        a = context.appendix
        title = self.paragraph(a.title, "Title")
        title.paragraph_format.page_break_before = True
        self.paragraph(a.subtitle, "CCHC Subtitle")
        self.paragraph(a.attached, "CCHC Centered")
        for part in a.parts:
            self.paragraph(f"{part.number}. {part.title}", "Heading 2")
            for table in part.tables:
                if table.number or table.title:
                    number = f"{table.number}. " if table.number else ""
                    self.paragraph(f"{number}{table.title}", "Heading 3")
                self.table(table)

    def table(self, data: DataTable) -> None:
        if not data.rows:
            self.paragraph(data.empty, "CCHC Text")
        else:
            table = self.document.add_table(rows=1 + len(data.rows), cols=len(data.columns))
            _borders(table, lines=True)
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            _widths(table, _column_widths(data, self.text_width))
            for index, row in enumerate(table.rows):
                _row_flags(row._tr, header=index == 0)
            for cell, column in zip(table.rows[0].cells, data.columns, strict=True):
                cell.paragraphs[0].style = self.document.styles["CCHC Table Heading"]
                cell.paragraphs[0].add_run(column.label)
                _shade(cell)
            for cells, values in zip(table.rows[1:], data.rows, strict=True):
                for cell, value, column in zip(cells.cells, values, data.columns, strict=True):
                    paragraph = cell.paragraphs[0]
                    paragraph.style = self.document.styles["CCHC Table"]
                    if column.numeric:
                        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    paragraph.add_run(value)
            self.paragraph("", "CCHC Note").paragraph_format.space_after = Pt(0)
        for note in data.notes:
            self.paragraph(note, "CCHC Note")


def _shade(cell: _Cell) -> None:
    shading = OxmlElement("w:shd")
    for key, value in (("val", "clear"), ("color", "auto"), ("fill", "EEEEEE")):
        shading.set(qn(f"w:{key}"), value)
    cell._tc.get_or_add_tcPr().append(shading)


def _column_widths(data: DataTable, total: int) -> list[int]:
    """Column widths that fit what the columns hold: each at least its longest word (which cannot
    wrap), and the room left shared in proportion to how much more each would need to hold its
    mean text on one line, so a title column gets the room and a column of codes does not."""
    char, padding = int(Pt(11 * 0.6)), int(Pt(14))
    least, wanted = [], []
    for index, column in enumerate(data.columns):
        values = [row[index] for row in data.rows]
        words = [w for text in [column.label, *values] for w in text.split()] or [""]
        longest = max(len(w) for w in words)
        mean = sum(len(v) for v in values) / len(values) if values else 0.0
        least.append(longest * char + padding)
        wanted.append(max(longest, mean) * char + padding)
    if sum(wanted) <= total:
        scale = total / sum(wanted)
        widths = [int(w * scale) for w in wanted]
    elif sum(least) >= total:
        widths = [int(w * total / sum(least)) for w in least]
    else:
        spare, extra = total - sum(least), [w - m for w, m in zip(wanted, least, strict=True)]
        widths = [m + int(spare * e / sum(extra)) for m, e in zip(least, extra, strict=True)]
    widths[-1] += total - sum(widths)
    return widths
