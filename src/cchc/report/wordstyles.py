"""The named styles of the Word report and the page of Nghị định 30/2020/NĐ-CP, Phụ lục I.

The page: A4 (210 × 297 mm), margins top and bottom 20 mm, left 30 mm, right 15 mm (the decree
allows 20–25, 20–25, 30–35 and 15–20 mm). The type: Times New Roman 13 pt for the text (the decree:
13–14 pt), 14 pt bold for the title, 12 pt bold for the country's name, 11 pt for the tables and
the distribution list; paragraphs spaced 6 pt, the text justified with a 10 mm first-line indent.

Every paragraph the report writes has one of these styles, so an office restyles the whole
document by changing a style (`cchc.report.wordbase`). On python-docx's blank document every
style is (re)defined here; on an office's own base, only the styles it lacks are.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

__all__ = [
    "FONT",
    "MARGINS_MM",
    "PAGE_MM",
    "STYLES",
    "StyleSpec",
    "apply_page",
    "apply_styles",
    "paragraph_border",
    "set_fonts",
]

FONT = "Times New Roman"
PAGE_MM = (210, 297)
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}


@dataclass(frozen=True)
class StyleSpec:
    """A paragraph style: size in points, weight, alignment, spacing (pt) and indents (mm)."""

    size: float = 13
    bold: bool = False
    italic: bool = False
    align: str = "left"  # left | center | justify | right
    before: float = 0
    after: float = 0
    first_line_mm: float = 0
    keep_with_next: bool = False
    outline: int | None = None  # 0 for Heading 1 …
    grey: bool = False
    boxed: bool = False  # a dashed border: the visible placeholder of a missing text


STYLES: dict[str, StyleSpec] = {
    "Normal": StyleSpec(after=6),
    "Title": StyleSpec(size=14, bold=True, align="center", before=12, keep_with_next=True),
    "Heading 1": StyleSpec(bold=True, before=12, after=6, keep_with_next=True, outline=0),
    "Heading 2": StyleSpec(bold=True, before=6, after=6, keep_with_next=True, outline=1),
    "Heading 3": StyleSpec(
        bold=True, italic=True, before=6, after=4, keep_with_next=True, outline=2
    ),
    "CCHC Subtitle": StyleSpec(size=14, bold=True, align="center", keep_with_next=True),
    "CCHC Centered": StyleSpec(italic=True, align="center", after=6, keep_with_next=True),
    "CCHC Heading Block": StyleSpec(size=13, align="center"),
    "CCHC Text": StyleSpec(align="justify", after=6, first_line_mm=10),
    "CCHC Figures": StyleSpec(italic=True, align="justify", after=6, first_line_mm=10),
    "CCHC Placeholder": StyleSpec(italic=True, after=6, grey=True, boxed=True),
    "CCHC Note": StyleSpec(size=11, italic=True, after=6),
    "CCHC Table": StyleSpec(size=11),
    "CCHC Table Heading": StyleSpec(size=11, bold=True, align="center"),
    "CCHC Recipients": StyleSpec(size=11),
    "CCHC Signature": StyleSpec(align="center"),
}

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def set_fonts(rpr: object, font: str = FONT) -> None:
    """Name `font` for every script range of a run-properties element (ascii, hAnsi — where
    Word looks for ổ, ệ, ỷ —, east Asian, complex) and drop the theme fonts that would win."""
    element = rpr  # a CT_RPr; typed loosely: python-docx's oxml classes are not annotated
    fonts = element.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        element.insert(0, fonts)  # type: ignore[attr-defined]
    for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attribute}"), None)
    for attribute in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attribute}"), font)


def _define(style: ParagraphStyle, spec: StyleSpec) -> None:
    element = style.element
    for tag in ("w:pPr", "w:rPr"):  # start clean: no theme font, colour or border left over
        old = element.find(qn(tag))
        if old is not None:
            element.remove(old)
    font = style.font
    font.size = Pt(spec.size)
    font.bold = spec.bold
    font.italic = spec.italic
    font.color.rgb = RGBColor(0x33, 0x33, 0x33) if spec.grey else RGBColor(0, 0, 0)
    set_fonts(element.get_or_add_rPr())
    paragraph = style.paragraph_format
    paragraph.alignment = _ALIGN[spec.align]
    paragraph.space_before = Pt(spec.before)
    paragraph.space_after = Pt(spec.after)
    paragraph.line_spacing = 1.0
    paragraph.first_line_indent = Mm(spec.first_line_mm) if spec.first_line_mm else None
    paragraph.keep_with_next = spec.keep_with_next or None
    ppr = element.get_or_add_pPr()
    if spec.outline is not None:
        ppr.get_or_add_outlineLvl().val = spec.outline
    if spec.boxed:
        paragraph_border(ppr, ("top", "left", "bottom", "right"), "dashed", "555555", space=4)


# What may follow `w:pBdr` in a `w:pPr` (ECMA-376 §17.3.1.26): Word refuses elements out of order.
_AFTER_BORDER = [
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
]


def paragraph_border(
    ppr: object, sides: tuple[str, ...], line: str, color: str, *, space: int
) -> None:
    """A border on `sides` of a paragraph (its `w:pPr`), in the place the schema wants it."""
    borders = OxmlElement("w:pBdr")
    for side in sides:
        edge = OxmlElement(f"w:{side}")
        for key, value in (("val", line), ("sz", "4"), ("space", str(space)), ("color", color)):
            edge.set(qn(f"w:{key}"), value)
        borders.append(edge)
    ppr.insert_element_before(borders, *_AFTER_BORDER)  # type: ignore[attr-defined]


def apply_styles(document: WordDocument, lang_tag: str, *, redefine: bool) -> None:
    """Define the report's styles: all of them (`redefine`, python-docx's blank document), or
    only those `document` lacks (an office's base, whose own styles win)."""
    styles = document.styles
    for name, spec in STYLES.items():
        existing = next((s for s in styles if s.name == name), None)
        if existing is not None and not redefine:
            continue
        style = existing or styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if existing is None and name != "Normal":
            style.base_style = styles["Normal"]
        assert isinstance(style, ParagraphStyle)
        _define(style, spec)
    if redefine:
        _document_defaults(document, lang_tag)


def _document_defaults(document: WordDocument, lang_tag: str) -> None:
    """The defaults under every style (docDefaults): Times New Roman, the report's language."""
    root = document.styles.element
    defaults = root.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    set_fonts(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    for attribute in ("val", "eastAsia", "bidi"):
        lang.attrib.pop(qn(f"w:{attribute}"), None)
    lang.set(qn("w:val"), lang_tag)


def apply_page(document: WordDocument) -> None:
    """A4 and the decree's margins on every section (python-docx's blank document is Letter)."""
    for section in document.sections:
        section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
        section.top_margin = Mm(MARGINS_MM["top"])
        section.bottom_margin = Mm(MARGINS_MM["bottom"])
        section.left_margin = Mm(MARGINS_MM["left"])
        section.right_margin = Mm(MARGINS_MM["right"])
        section.header_distance = Mm(10)
        section.footer_distance = Mm(10)
