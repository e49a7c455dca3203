"""The generated .docx, read back with python-docx: GB/T 9704-2012 layout, structure and figures."""
from __future__ import annotations

import io
import re

import pytest
from docx import Document
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from zhenggai.ledger.selectors import inspection_headline
from zhenggai.reports.bulletin import build_bulletin
from docx.enum.text import WD_ALIGN_PARAGRAPH

from zhenggai.reports.docx_writer import write_docx


@pytest.fixture
def docx(ledger):
    buffer = io.BytesIO()
    write_docx(build_bulletin(ledger.inspection), buffer)
    buffer.seek(0)
    return Document(buffer)


def paragraphs(doc):
    return [p for p in doc.paragraphs if p.text.strip()]


def find(doc, text: str):
    return next(p for p in doc.paragraphs if p.text.startswith(text))


def east_asia(run) -> str:
    return run._element.rPr.rFonts.get(qn("w:eastAsia"))


def test_the_page_is_a4_with_the_gbt_9704_margins(docx):
    section = docx.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                  section.right_margin)] == [37, 35, 28, 26]


def test_the_title_is_2hao_xiaobiaosong_centred(docx):
    title = paragraphs(docx)[0]
    assert title.text.replace("\n", "") == "中共市生态环境局党组关于市委第六巡察组巡察反馈意见整改进展情况的通报"
    assert title.alignment == 1  # centre
    for run in title.runs:
        assert run.font.size == Pt(22)
        assert east_asia(run) == "方正小标宋简体"
        assert run.font.name == "方正小标宋简体"


def test_the_body_is_3hao_fangsong_on_fixed_28pt_lines_indented_two_characters(docx):
    body = find(docx, "根据市委统一部署")
    assert body.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert body.paragraph_format.line_spacing == Pt(28)
    assert body.paragraph_format.first_line_indent == Pt(32)
    for run in body.runs:
        assert run.font.size == Pt(16)
        assert east_asia(run) == "仿宋_GB2312"


def test_level_one_headings_are_heiti_and_level_two_kaiti(docx):
    for text in ("一、整改工作组织情况", "二、整改落实情况", "三、下一步工作打算"):
        assert east_asia(find(docx, text).runs[0]) == "黑体"
    for text in ("（一）已完成整改的问题", "（二）正在推进整改的问题", "（三）需长期坚持的问题"):
        assert east_asia(find(docx, text).runs[0]) == "楷体_GB2312"
    run_in = find(docx, "（一）提高政治站位")  # a run-in heading: the heading sentence 楷体, the rest 仿宋
    assert [east_asia(r) for r in run_in.runs] == ["楷体_GB2312", "仿宋_GB2312"]


def test_every_run_and_the_normal_style_name_an_east_asian_font(docx):
    runs = [r for p in docx.paragraphs for r in p.runs]
    assert runs and all(east_asia(r) for r in runs)
    normal = docx.styles["Normal"]
    assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert normal.font.size == Pt(16)


def test_page_numbers_sit_at_the_outer_edge_with_dashes(docx):
    section = docx.sections[0]
    assert docx.settings.odd_and_even_pages_header_footer
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    assert (odd.alignment, even.alignment) == (2, 0)  # right, left
    for footer in (odd, even):
        xml = footer._p.xml
        assert "PAGE" in "".join(t.text for t in footer._p.iter(qn("w:instrText")))
        assert 'w:fldCharType="begin"' in xml and 'w:fldCharType="end"' in xml
        assert footer.text.startswith("— ") and footer.text.endswith(" —")
        assert all(r.font.size == Pt(14) and east_asia(r) == "宋体" for r in footer.runs)


def test_problems_sit_under_the_section_of_their_status(docx):
    texts = [p.text for p in paragraphs(docx)]
    done, in_progress, long_term, next_steps = (texts.index(h) for h in (
        "（一）已完成整改的问题", "（二）正在推进整改的问题", "（三）需长期坚持的问题", "三、下一步工作打算"))
    assert texts[done + 1] == "1.关于“审批事项办理时限偏长”问题的整改"
    assert texts[done + 2] == "一是印发《环评审批服务指南》，审批时限由30日压缩至15日。"  # the completion note
    assert texts[in_progress + 1] == "1.关于“执法检查‘宽松软’，对企业违法行为查处不及时”问题的整改"
    # The open measure with an update quotes the update; the other one its own text, ordinal not doubled.
    assert texts[in_progress + 2] == "一是已起草执法检查工作规程，正在征求意见；二是开展执法案卷评查，对发现的问题逐一整改。"
    assert texts[long_term + 1] == "1.关于“制度建设不够健全，长效机制不完善”问题的整改"
    assert texts[long_term + 2] == "一是梳理现行制度，建立制度清单并定期更新。"
    assert done < in_progress < long_term < next_steps


def test_the_document_opens_with_the_inspection_facts_and_ends_with_contacts_signature_and_date(docx):
    texts = [p.text for p in paragraphs(docx)]
    assert texts[1] == ("根据市委统一部署，2026年3月1日至4月30日，市委第六巡察组对市生态环境局党组开展了巡察，"
                        "并于2026年6月1日进行了反馈。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。")
    assert texts[-6] == "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
    assert texts[-5:-2] == ["联系电话：0523-86195528；", "通讯地址：泰州市海陵区永晖路18号；", "电子邮箱：zg@example.org。"]
    assert texts[-2:] == ["中共市生态环境局党组", "2026年11月23日"]


def test_the_contact_lines_are_short_unjustified_paragraphs_without_hidden_characters(docx):
    """Copied out of Word, the number is the number: no word joiners or other invisible characters anywhere."""
    contacts = [p for p in docx.paragraphs if p.text.startswith(("联系电话", "通讯地址", "电子邮箱"))]
    assert [p.text.split("：")[0] for p in contacts] == ["联系电话", "通讯地址", "电子邮箱"]
    assert all(p.alignment == WD_ALIGN_PARAGRAPH.LEFT for p in contacts)
    hidden = {"\u2060", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2011", "\x1e"}
    body = "".join(p.text for p in docx.paragraphs)
    assert not hidden & set(body)
    assert docx.element.body.xpath(".//w:noBreakHyphen") == []
    # One line of 3号 characters holds 27.6 of them; the phone line is far shorter, so it never meets a line end.
    assert len(contacts[0].text) < 20


def test_only_a_post_office_box_is_called_a_post_office_box(ledger):
    from zhenggai.reports.bulletin import contact_lines

    unit = ledger.inspection.inspected_unit
    assert contact_lines(ledger.inspection)[1] == "通讯地址：泰州市海陵区永晖路18号；"
    unit.address = "泰州市2001信箱"
    unit.save()
    assert contact_lines(ledger.inspection)[1] == "邮政信箱：泰州市2001信箱；"
    unit.phone = unit.email = ""
    unit.save()
    assert contact_lines(ledger.inspection) == ["邮政信箱：泰州市2001信箱。"]


def test_every_figure_in_the_headline_sentence_is_the_ledgers(docx, ledger):
    h = inspection_headline(ledger.inspection)
    text = find(docx, "针对巡察反馈的").text
    figures = re.fullmatch(
        r"针对巡察反馈的(\d+)个问题，共明确(\d+)条整改措施。截至(\d+)年(\d+)月，(\d+)条整改措施已完成，总进度([\d.]+)%；"
        r"(\d+)个问题已整改完成，(\d+)个问题需长期坚持，其余问题均按计划持续推进整改中。在整改过程中，共形成制度机制(\d+)项。",
        text).groups()
    assert figures == tuple(str(v) for v in (h.problems_total, h.measures_total, h.as_of.year, h.as_of.month,
                                              h.measures_done, h.percent_done, h.problems_done,
                                              h.problems_long_term, h.rules_made))
    assert (h.problems_total, h.measures_total, h.measures_done, h.rules_made) == (3, 4, 1, 2)
    # The default organisation text quotes the same figures, and no others.
    organisation = " ".join(p.text for p in docx.paragraphs if p.text.startswith(("（一）提高", "（二）细化", "（三）坚持")))
    assert sorted(map(int, re.findall(r"\d+", organisation))) == sorted([h.problems_total, h.measures_total, h.rules_made])


def test_the_problem_count_by_section_matches_the_headline(ledger):
    content = build_bulletin(ledger.inspection)
    h = inspection_headline(ledger.inspection)
    counts = [len(s.problems) for s in content.sections]
    assert counts == [h.problems_done, h.problems_in_progress - h.problems_long_term, h.problems_long_term]
    assert sum(p.measure_count for s in content.sections for p in s.problems) == h.measures_total


def test_a_version_saved_with_the_contacts_inline_shows_them_on_lines_of_their_own_with_the_same_words(ledger):
    from zhenggai.reports.bulletin import BulletinContent

    data = build_bulletin(ledger.inspection).to_dict()
    data.pop("contact_lines")
    data["supervision_text"] = ("欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
                                "联系方式：电话：0523-86195528；邮政信箱：泰州市海陵区永晖路18号；电子邮箱：zg@example.org。")
    blocks = BulletinContent.from_dict(data).blocks()
    at = next(i for i, b in enumerate(blocks) if b.text.startswith("欢迎广大"))
    assert [b.style for b in blocks[at:at + 4]] == ["body", "contact", "contact", "contact"]
    assert [b.text for b in blocks[at + 1:at + 4]] == [
        "联系方式：电话：0523-86195528；", "邮政信箱：泰州市海陵区永晖路18号；", "电子邮箱：zg@example.org。"]
    assert "".join(b.text for b in blocks[at:at + 4]) == data["supervision_text"]
