"""Word auto-numbering: list labels kept in numbering.xml are rendered into the paragraph text."""
from __future__ import annotations

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from zhenggai.importer.extract import extract_bytes, format_number
from zhenggai.importer.parse import parse_bytes

NUMBERING = f"""<w:numbering {nsdecls('w')}>
  <w:abstractNum w:abstractNumId="0">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="第%1条"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%2）"/><w:lvlRestart w:val="0"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="3">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="·"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>
  <w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>"""


def _document(with_heading_style: bool = True):
    d = docx.Document()
    d.part.numbering_part._element = parse_xml(NUMBERING)
    if with_heading_style:
        style = d.styles.add_style("编号标题", 1)
        style.element.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
        )
    return d


def _num(paragraph, num_id: int, ilvl: int = 0):
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return paragraph


def _texts(d, tmp_path) -> list[str]:
    path = tmp_path / "numbered.docx"
    d.save(path)
    return [t for t in extract_bytes(path.read_bytes(), path.name).paragraphs if t]


def test_it_renders_chinese_and_decimal_labels_and_restarts_a_level_under_a_new_higher_one(tmp_path):
    d = _document()
    d.add_paragraph("总体情况", style="编号标题")
    d.add_paragraph("问题整改情况", style="编号标题")
    _num(d.add_paragraph("政治建设方面"), 1, 1)
    _num(d.add_paragraph("关于“甲”问题的整改"), 1, 2)
    _num(d.add_paragraph("关于“乙”问题的整改"), 1, 2)
    _num(d.add_paragraph("作风建设方面"), 1, 1)
    _num(d.add_paragraph("关于“丙”问题的整改"), 1, 2)
    d.add_paragraph("下一步工作", style="编号标题")
    _num(d.add_paragraph("持续整改"), 1, 1)
    assert _texts(d, tmp_path) == [
        "一、总体情况",
        "二、问题整改情况",
        "（一）政治建设方面",
        "1.关于“甲”问题的整改",
        "2.关于“乙”问题的整改",
        "（二）作风建设方面",
        "1.关于“丙”问题的整改",
        "三、下一步工作",
        "（一）持续整改",
    ]


def test_lists_sharing_an_abstract_list_continue_unless_a_start_override_restarts_them(tmp_path):
    d = _document()
    _num(d.add_paragraph("甲"), 2)
    _num(d.add_paragraph("乙"), 2)
    d.add_paragraph("中间一段")
    _num(d.add_paragraph("丙"), 4)  # another w:num on the same abstract list: counting goes on
    _num(d.add_paragraph("丁"), 3)  # startOverride: starts again at ①
    _num(d.add_paragraph("戊"), 3)
    assert _texts(d, tmp_path) == ["①甲", "②乙", "中间一段", "③丙", "①丁", "②戊"]


def test_a_level_with_lvl_restart_zero_keeps_counting_and_start_override_sets_the_first_number(tmp_path):
    d = _document()
    _num(d.add_paragraph("总则"), 5, 0)
    _num(d.add_paragraph("甲"), 5, 1)
    _num(d.add_paragraph("分则"), 5, 0)
    _num(d.add_paragraph("乙"), 5, 1)
    assert _texts(d, tmp_path) == ["第十条总则", "（1）甲", "第十一条分则", "（2）乙"]


def test_bullets_add_nothing_and_heavenly_stems_are_rendered(tmp_path):
    d = _document()
    _num(d.add_paragraph("组织领导"), 6, 0)
    _num(d.add_paragraph("要点"), 6, 1)
    _num(d.add_paragraph("督查问效"), 6, 0)
    assert _texts(d, tmp_path) == ["甲、组织领导", "要点", "乙、督查问效"]


def test_num_id_zero_switches_off_the_style_numbering_and_a_typed_label_is_not_doubled(tmp_path):
    d = _document()
    d.add_paragraph("总体情况", style="编号标题")
    _num(d.add_paragraph("不编号的标题", style="编号标题"), 0)
    d.add_paragraph("二、问题整改情况", style="编号标题")
    assert _texts(d, tmp_path) == ["一、总体情况", "不编号的标题", "二、问题整改情况"]


def test_labels_inside_table_cells_are_rendered_in_document_order(tmp_path):
    d = _document()
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "问题"
    table.cell(0, 1).text = "整改措施"
    table.cell(1, 0).text = "垃圾中转站渗滤液直排"
    cell = table.cell(1, 1)
    _num(cell.paragraphs[0], 2).add_run("开展排查")
    _num(cell.add_paragraph("建设收集池"), 2)
    texts = _texts(d, tmp_path)
    assert "问题；整改措施" in texts
    assert any("①开展排查" in t and "②建设收集池" in t for t in texts)


@pytest.mark.parametrize(
    "n, fmt, out",
    [
        (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
        (23, "chineseCountingThousand", "二十三"), (3, "decimal", "3"), (4, "decimalEnclosedCircle", "④"),
        (2, "decimalEnclosedParen", "⑵"), (2, "ideographTraditional", "乙"), (3, "upperLetter", "C"),
        (4, "lowerRoman", "iv"), (5, "decimalZero", "05"), (3, "chineseLegalSimplified", "叁"),
        (12, "decimalFullWidth", "１２"), (1, "bullet", ""),
    ],
)
def test_it_formats_counters_in_word_number_formats(n, fmt, out):
    assert format_number(n, fmt) == out


def test_an_auto_numbered_bulletin_parses_into_its_problems(tmp_path):
    d = _document()
    d.add_paragraph("中共某区审计局党组关于区委巡察反馈意见整改进展情况的通报")
    d.add_paragraph("区委第一巡察组于2024年3月1日至4月30日对区审计局党组开展了巡察，5月20日反馈了巡察意见。")
    d.add_paragraph("整改工作情况", style="编号标题")
    d.add_paragraph("局党组召开专题会议研究部署整改工作。")
    d.add_paragraph("问题整改情况", style="编号标题")
    _num(d.add_paragraph("关于“审计整改跟踪不到位”问题的整改情况"), 1, 1)
    for text in ("建立整改台账", "开展整改“回头看”"):
        _num(d.add_paragraph(text), 3)
    _num(d.add_paragraph("关于“审计质量控制不严”问题的整改情况"), 1, 1)
    d.add_paragraph("一是修订审计质量控制办法；二是开展审计业务培训。")
    path = tmp_path / "通报.docx"
    d.save(path)
    result = parse_bytes(path.read_bytes(), path.name)
    assert [(p.seq, p.title, p.measure_count) for p in result.problems] == [
        (1, "审计整改跟踪不到位", 2),
        (2, "审计质量控制不严", 2),
    ]
