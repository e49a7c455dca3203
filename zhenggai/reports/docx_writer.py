"""Write a bulletin as .docx in the layout of GB/T 9704-2012 (党政机关公文格式).

A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; title 2号 方正小标宋简体 centred;
body 3号 仿宋_GB2312, fixed 28-pt lines, first line indented two characters; level-1 headings 黑体,
level-2 楷体_GB2312; page numbers "— 1 —" in 4号 宋体 at the outer edge (odd pages right, even left).

Recipients open the file in Word or WPS with the official fonts installed, which look up a run's
East-Asian font in w:eastAsia, so every run (and the Normal style) names its font there as well as
in ascii/hAnsi.
"""
from __future__ import annotations

import copy

from typing import IO

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.shared import Mm, Pt

from zhenggai.reports.bulletin import Block, BulletinContent

FONT_TITLE = "方正小标宋简体"
FONT_BODY = "仿宋_GB2312"
FONT_HEADING1 = "黑体"
FONT_HEADING2 = "楷体_GB2312"
FONT_PAGE_NUMBER = "宋体"

SIZE_TITLE = Pt(22)  # 2号
SIZE_BODY = Pt(16)  # 3号
SIZE_PAGE_NUMBER = Pt(14)  # 4号
LINE_BODY = Pt(28)
LINE_TITLE = Pt(35)  # a 22-pt title on a 28-pt line looks cramped; GB/T leaves the title's leading free
CHAR = 16  # one body character, in points: indents are counted in characters

PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = Mm(37), Mm(35), Mm(28), Mm(26)
# The page number sits about 7 mm below the type area (GB/T 9704-2012 7.5).
FOOTER_DISTANCE = Mm(21)

# style → (heading font, body font, alignment, first-line indent in chars, keep with next)
_STYLES = {
    "title": (FONT_TITLE, FONT_TITLE, WD_ALIGN_PARAGRAPH.CENTER, 0, True),
    "body": (FONT_BODY, FONT_BODY, WD_ALIGN_PARAGRAPH.JUSTIFY, 2, False),
    "heading1": (FONT_HEADING1, FONT_BODY, WD_ALIGN_PARAGRAPH.JUSTIFY, 2, True),
    "heading2": (FONT_HEADING2, FONT_BODY, WD_ALIGN_PARAGRAPH.JUSTIFY, 2, True),
    "heading3": (FONT_BODY, FONT_BODY, WD_ALIGN_PARAGRAPH.JUSTIFY, 2, True),
    # Not justified: a short line stays as typed, a long address wraps without stretched spacing.
    "contact": (FONT_BODY, FONT_BODY, WD_ALIGN_PARAGRAPH.LEFT, 2, True),
    "addressee": (FONT_BODY, FONT_BODY, WD_ALIGN_PARAGRAPH.LEFT, 0, True),  # 主送机关: flush left (GB/T 9704 7.3.2)
    "signature": (FONT_BODY, FONT_BODY, WD_ALIGN_PARAGRAPH.RIGHT, 0, True),
    "date": (FONT_BODY, FONT_BODY, WD_ALIGN_PARAGRAPH.RIGHT, 0, False),
    "blank": (FONT_BODY, FONT_BODY, WD_ALIGN_PARAGRAPH.LEFT, 0, False),
}


def set_font(element, name: str, size: Pt | None = None) -> None:
    """Name the font for every script on a run or style, East Asian included; `element` has or is an rPr."""
    r_pr = element if element.tag == qn("w:rPr") else element.get_or_add_rPr()
    r_fonts = r_pr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        r_fonts.set(qn(attr), name)
    if size is not None:
        r_pr.sz_val = size
        # szCs (complex-script size) follows sz in the schema's order.
        sz_cs = r_pr.find(qn("w:szCs"))
        if sz_cs is None:
            sz_cs = OxmlElement("w:szCs")
            r_pr.get_or_add_sz().addnext(sz_cs)
        sz_cs.set(qn("w:val"), str(int(size.pt * 2)))


def _add_run(paragraph, text: str, font: str, size: Pt):
    """The text exactly as written: no invisible characters (they would travel into text copied out of Word).
    The contact line keeps its phone number whole by layout instead (bulletin.contact_lines)."""
    run = paragraph.add_run(text)
    set_font(run._element, font, size)
    return run


def _indent_chars(paragraph, *, first_line: float = 0, right: float = 0, left: float = 0) -> None:
    """Indents in characters: Word and WPS read the *Chars attributes, other readers the twips."""
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Pt(first_line * CHAR) if first_line else None
    fmt.right_indent = Pt(right * CHAR) if right else None
    fmt.left_indent = Pt(left * CHAR) if left else None
    ind = paragraph._p.get_or_add_pPr().find(qn("w:ind"))
    if ind is None:
        return
    if first_line:
        ind.set(qn("w:firstLineChars"), str(int(first_line * 100)))
    if right:
        ind.set(qn("w:rightChars"), str(int(right * 100)))
    if left:
        ind.set(qn("w:leftChars"), str(int(left * 100)))


def _line(paragraph, height: Pt) -> None:
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = height
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)


def _setup_page(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.header_distance = Mm(15)
    section.footer_distance = FOOTER_DISTANCE


def _setup_normal_style(doc) -> None:
    normal = doc.styles["Normal"]
    set_font(normal.element, FONT_BODY, SIZE_BODY)
    fmt = normal.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = LINE_BODY
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    # The document defaults too, so text typed outside our runs keeps the body font; and Chinese as the
    # East-Asian language, so Word picks Chinese (not Japanese) glyph forms.
    r_pr_default = doc.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if r_pr_default is not None:
        set_font(r_pr_default, FONT_BODY, SIZE_BODY)
        lang = r_pr_default.find(qn("w:lang"))
        if lang is not None:
            lang.set(qn("w:eastAsia"), "zh-CN")


def _add_field(paragraph, instruction: str, font: str, size: Pt) -> None:
    """A complex field (begin / instrText / separate / cached result / end): Word, WPS and LibreOffice all update it."""
    def fld_char(kind: str):
        run = paragraph.add_run()
        set_font(run._element, font, size)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._element.append(el)

    fld_char("begin")
    run = paragraph.add_run()
    set_font(run._element, font, size)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._element.append(instr)
    fld_char("separate")
    _add_run(paragraph, "1", font, size)
    fld_char("end")


def _setup_page_numbers(doc) -> None:
    """"— 1 —": odd pages at the right, even pages at the left, one character in from the edge."""
    doc.settings.odd_and_even_pages_header_footer = True
    section = doc.sections[0]
    for footer, alignment, outer in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right"),
                                     (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left")):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.alignment = alignment
        paragraph.paragraph_format.space_before = Pt(0)
        paragraph.paragraph_format.space_after = Pt(0)
        fmt = paragraph.paragraph_format
        setattr(fmt, f"{outer}_indent", Pt(SIZE_PAGE_NUMBER.pt))
        _add_run(paragraph, "— ", FONT_PAGE_NUMBER, SIZE_PAGE_NUMBER)
        _add_field(paragraph, "PAGE", FONT_PAGE_NUMBER, SIZE_PAGE_NUMBER)
        _add_run(paragraph, " —", FONT_PAGE_NUMBER, SIZE_PAGE_NUMBER)


def _paragraph_adder(doc):
    """A function that adds a paragraph at the end of the body, before the section properties, in constant time.

    python-docx's `doc.add_paragraph()` looks for the body's `w:sectPr` by scanning every child from the first,
    so a bulletin of n paragraphs cost n²/2 steps: a 100K-measure inspection's ran for minutes. Given a ready
    `w:p` element, the function places that instead of a new one."""
    body = doc.element.body
    sect_pr = body.find(qn("w:sectPr"))

    def add(p=None):
        p = body._new_p() if p is None else p
        if sect_pr is not None:
            sect_pr.addprevious(p)
        else:
            body.append(p)
        return Paragraph(p, doc._body)

    return add


_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _copy_key(block: Block) -> tuple | None:
    """Blocks with the same key differ only in the text of their runs, so the second and later are a copy of
    the first with the texts swapped: python-docx builds each property element in Python, ~0.2 ms a paragraph,
    which is most of a 100K-measure bulletin. None: build it (title, blank line, text with tabs or breaks)."""
    if block.style in ("title", "blank") or any(ch in t for t in (block.lead, block.text) for ch in "\t\n\r"):
        return None
    return block.style, bool(block.lead), bool(block.text), block.right_chars


def _copy_paragraph(proto, block: Block):
    p = copy.deepcopy(proto)
    for t, text in zip(p.iter(qn("w:t")), [x for x in (block.lead, block.text) if x]):
        t.text = text
        if len(text.strip()) < len(text):  # as python-docx writes it
            t.set(_XML_SPACE, "preserve")
        elif _XML_SPACE in t.attrib:
            del t.attrib[_XML_SPACE]
    return p


def _write_block(add_paragraph, block: Block, content: BulletinContent):
    lead_font, body_font, alignment, first_line, keep_next = _STYLES[block.style]
    paragraph = add_paragraph()
    paragraph.alignment = alignment
    _line(paragraph, LINE_TITLE if block.style == "title" else LINE_BODY)
    _indent_chars(paragraph, first_line=first_line, right=block.right_chars)
    # Only a heading that stands alone keeps with the next paragraph; a run-in heading ("（一）统一思想。收到…")
    # is a body paragraph, and chaining those would push whole sections onto the next page.
    paragraph.paragraph_format.keep_with_next = (keep_next and not block.text) or block.style in ("title", "heading3", "contact", "signature") or None
    if block.style == "title":
        for i, line in enumerate(content.title_lines()):
            run = _add_run(paragraph, line, FONT_TITLE, SIZE_TITLE)
            if i:
                run._element.insert(run._element.index(run._element.find(qn("w:t"))), OxmlElement("w:br"))
        return paragraph
    if block.style == "blank":
        # An empty run still carries the size: an empty paragraph must keep the 28-pt grid.
        _add_run(paragraph, "", FONT_BODY, SIZE_BODY)
        return paragraph
    if block.lead:
        _add_run(paragraph, block.lead, lead_font, SIZE_BODY)
    if block.text:
        _add_run(paragraph, block.text, body_font, SIZE_BODY)
    return paragraph


def write_docx(content: BulletinContent, out: str | IO[bytes]) -> None:
    """Write the bulletin to a path or a binary file object."""
    doc = Document()
    _setup_page(doc)
    _setup_normal_style(doc)
    _setup_page_numbers(doc)
    doc.core_properties.title = content.title
    doc.core_properties.author = content.issuer
    add_paragraph = _paragraph_adder(doc)
    protos: dict[tuple, object] = {}
    for block in content.blocks():
        key = _copy_key(block)
        if key is not None and key in protos:
            add_paragraph(_copy_paragraph(protos[key], block))
            continue
        paragraph = _write_block(add_paragraph, block, content)
        if key is not None:
            protos[key] = copy.deepcopy(paragraph._p)
    doc.save(out)
