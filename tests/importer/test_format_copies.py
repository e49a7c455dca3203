"""The same document as .docx, .pdf, LibreOffice HTML and Word HTML reads as it does as .txt (issue 10).

Small files of each kind are made here; the PDF and LibreOffice HTML ones go through LibreOffice (soffice,
installed by scripts/bootstrap.sh) and are skipped, with the reason, where it is absent.
tests/importer/real/tools/format_copies.py runs the same comparison over every labelled document.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from zhenggai.importer.extract import extract_bytes, html_paragraphs
from zhenggai.importer.parse import parse_bytes, parse_file

from tests.importer.helpers import format_copies_tool as _tool, needs_soffice, soffice_convert as _convert

HERE = Path(__file__).resolve().parent


def _lines(data: bytes, name: str) -> list[str]:
    return [p.strip() for p in extract_bytes(data, name).paragraphs if p.strip()]


# --- HTML: the source's own line breaks ------------------------------------------------------------------------
def test_a_line_break_in_the_html_source_does_not_split_a_paragraph():
    page = ("<html><body><p>根据市委统一部署，市委第二巡察组对市水务局党组\n开展了巡察，并于2023年12月22日\n"
            "反馈了巡察意见。</p><p>Rectification\nreport</p><pre>一行\n两行</pre></body></html>").encode()
    paragraphs, _ = html_paragraphs(page)
    assert paragraphs == ["根据市委统一部署，市委第二巡察组对市水务局党组开展了巡察，并于2023年12月22日反馈了巡察意见。",
                          "Rectification report", "一行", "两行"]


def test_white_space_between_two_tags_of_chinese_text_joins_them_without_a_space():
    page = "<html><body><p><span>整改时限：</span>\n<span>2024年6月底</span></p><p><b>问题</b>\n<b>清单</b></p></body></html>"
    paragraphs, _ = html_paragraphs(page.encode())
    assert paragraphs == ["整改时限： 2024年6月底", "问题清单"]


# --- HTML saved by Word ----------------------------------------------------------------------------------------
WORD_LIST_ITEM = ("<p class=MsoListParagraph style='margin-left:0cm;text-indent:32.0pt;mso-list:l0 level{level} lfo1'>"
                  "<![if !supportLists]><span style='font-family:仿宋'><span style='mso-list:Ignore'>{label}<span\n"
                  "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span\n"
                  "style='font-family:仿宋'>{text}<o:p></o:p></span></p>\n")


WORD_FILTERED_ITEM = ("<p class=MsoListParagraph style='margin-left:0cm;text-indent:32.0pt'><span style='font-family:仿宋'>"
                      "{label}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span><span\n"
                      "style='font-family:仿宋'>{text}</span></p>\n")


@pytest.mark.parametrize("item", [WORD_LIST_ITEM, WORD_FILTERED_ITEM], ids=["web page", "filtered web page"])
def test_word_html_keeps_its_list_labels_and_reads_each_paragraph_whole(item):
    body = "".join([
        "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt'>中共某区水务局党组关于巡察整改进展情况的通报<o:p></o:p></span></b></p>\n",
        "<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋'>根据区委统一部署，2023年4月3日至5月26日，区委第二巡察组对区水务局党组开展了\n巡察，6月30日反馈了巡察意见。<o:p></o:p></span></p>\n",
        item.format(level=1, label="二、", text="整改落实情况"),
        item.format(level=2, label="（一）", text="已整改完成的问题"),
        item.format(level=3, label="1.", text="关于“河道管护不到位”问题的整改情况"),
        "<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋'>一是开展河道巡查；二是约谈责任单位3家。<o:p></o:p></span></p>\n",
        "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n",
        "<p class=MsoNormal align=right style='text-align:right'><span style='font-family:仿宋'>2023年12月8日<o:p></o:p></span></p>\n",
    ])
    page = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n"
            "<meta name=ProgId content=Word.Document>\n</head>\n<body lang=ZH-CN>\n<div class=WordSection1>\n" + body + "</div>\n</body>\n</html>\n")
    data = page.encode("gb2312")
    assert _lines(data, "通报.htm")[1:5] == [
        "根据区委统一部署，2023年4月3日至5月26日，区委第二巡察组对区水务局党组开展了巡察，6月30日反馈了巡察意见。",
        "二、整改落实情况", "（一）已整改完成的问题", "1.关于“河道管护不到位”问题的整改情况"]
    result = parse_bytes(data, "通报.htm")
    assert [(p.seq, p.title, p.measure_count) for p in result.problems] == [(1, "河道管护不到位", 2)]
    assert result.report_date == "2023-12-08"


# --- HTML saved by LibreOffice ---------------------------------------------------------------------------------
LO_HEAD = '<!DOCTYPE html>\n<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/>\n<meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/></head><body lang="zh-CN">\n'


def test_libreoffice_html_gets_back_the_labels_of_its_lists_by_how_deep_they_are_nested():
    page = LO_HEAD + """<p align="center">中共某区水务局党组关于巡察整改进展情况的通报</p>
<ol>
	<li><h1 class="western">整改工作总体情况</h1>
</ol>
<p class="western">巡察反馈问题3个。</p>
<ol start="2">
	<li><h1 class="western">问题整改情况</h1>
	<ol>
		<li><h2 class="western">已完成整改的问题</h2>
		<ol>
			<li><p class="western">
			<font face="仿宋">河道管护不到位。</font></p>
		</ol>
	</ol>
</ol>
<p class="western">一是开展河道巡查。</p>
<ol>
	<ol>
		<ol>
			<li><p class="western">水利工程建设项目管理不规范。</p>
		</ol>
	</ol>
</ol>
<ol>
	<ol start="2">
		<li><h2 class="western">正在推进整改的问题</h2>
		<ol>
			<li value="3"><p class="western">农村饮水安全保障水平不高。</p>
		</ol>
	</ol>
</ol>
<div title="footer"><p align="center">— <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> —</p></div>
</body></html>"""
    assert _lines(page.encode(), "通报.html") == [
        "中共某区水务局党组关于巡察整改进展情况的通报", "一、整改工作总体情况", "巡察反馈问题3个。", "二、问题整改情况",
        "（一）已完成整改的问题", "1.河道管护不到位。", "一是开展河道巡查。", "2.水利工程建设项目管理不规范。",
        "（二）正在推进整改的问题", "3.农村饮水安全保障水平不高。"]


def test_a_web_page_that_libreoffice_did_not_write_keeps_its_lists_as_they_are():
    page = "<html><body><p>相关链接</p><ol><li>通知一</li><li>通知二</li></ol></body></html>"
    assert _lines(page.encode(), "page.html") == ["相关链接", "通知一", "通知二"]


# --- Word automatic numbering, PDF and HTML from LibreOffice ---------------------------------------------------
TEXT = """中共白沙市水务局党组关于市委巡察整改进展情况的通报
根据市委统一部署，2023年9月5日至11月10日，市委第三巡察组对市水务局党组开展了巡察。12月22日，巡察组向市水务局党组反馈了巡察意见。现将整改进展情况予以公布。
一、整改工作总体情况
市委巡察组共反馈问题3个，局党组制定整改措施8条，截至2024年5月底，已完成2个，正在推进1个，已完成整改措施6条，形成制度机制4项。
二、问题整改情况
（一）已完成整改的问题
1.河湖长制落实不到位，部分河道“清四乱”不彻底，沿河村庄生活垃圾和建筑垃圾乱堆乱放问题在汛期前仍未清理到位。
一是开展河道“清四乱”专项行动，清理整治问题点位52处，拆除违章建筑物12处、面积3600平方米；二是建立河湖长履职情况季度通报制度，对履职不力的2名村级河长进行约谈。
2.水利工程建设项目管理不规范。
一是修订《水利工程建设项目管理办法》；二是对2021年以来的18个项目开展专项检查，发现并整改问题“12369”类共40个，完成6个项目的竣工验收。
（二）正在推进整改的问题
3.农村饮水安全保障水平不高。
一是启动城乡供水一体化工程，目前已完成主管网铺设40公里；二是完成12处农村水厂消毒设施改造；三是建立水质季度抽检制度。
中共白沙市水务局党组
2024年6月3日"""


def _reading(result) -> tuple:
    return ([(p.seq, p.title, p.category, p.status, p.measure_count) for p in result.problems], result.report_date,
            result.inspection.start, result.inspection.end, result.inspection.feedback_date, result.headline)


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    tool = _tool()
    tmp = tmp_path_factory.mktemp("copies")
    (tmp / "通报.txt").write_text(TEXT, encoding="utf-8")
    blocks = tool.blocks_of(TEXT)
    tool.write_docx_typed(blocks, tmp / "typed.docx")
    tool.write_docx_auto(tool.blocks_of(TEXT), tmp / "auto.docx")
    tool.write_word_html(tool.blocks_of(TEXT), tmp / "word.html")
    return tmp


def test_the_auto_numbered_copy_takes_its_numbers_out_of_the_text_and_word_puts_them_back(copies):
    import docx

    texts = [p.text for p in docx.Document(str(copies / "auto.docx")).paragraphs]
    assert "整改工作总体情况" in texts and "一、整改工作总体情况" not in texts
    assert _lines((copies / "auto.docx").read_bytes(), "auto.docx") == [line for line in TEXT.splitlines() if line.strip()]


@pytest.mark.parametrize("name", ["typed.docx", "auto.docx", "word.html"])
def test_a_copy_made_without_libreoffice_reads_as_the_text_does(copies, name):
    assert _reading(parse_file(copies / name)) == _reading(parse_file(copies / "通报.txt"))


@needs_soffice
@pytest.mark.parametrize("target", ["pdf", "html:HTML (StarWriter)"])
def test_a_copy_printed_or_saved_by_libreoffice_reads_as_the_text_does(copies, target, tmp_path):
    converted = _convert(copies / "auto.docx", target, tmp_path)
    assert _reading(parse_file(converted)) == _reading(parse_file(copies / "通报.txt"))


@needs_soffice
def test_the_pdf_copy_has_its_wrapped_lines_joined_and_its_page_numbers_dropped(copies, tmp_path):
    pdf = _convert(copies / "auto.docx", "pdf", tmp_path)
    lines = _lines(pdf.read_bytes(), "通报.pdf")
    # a title over two lines, paragraphs wrapped at the page width (one before the unbreakable “12369”), the
    # gap LibreOffice leaves between Chinese and digits, the tab after an automatic number: all as in the text
    assert lines == [line for line in TEXT.splitlines() if line.strip()]
    assert not any(line.startswith("—") for line in lines)


@needs_soffice
def test_a_running_header_and_a_paragraph_running_over_a_page_break_read_as_in_the_text(tmp_path):
    tool = _tool()
    long_par = "一是" + "组织各地在研判分析本辖区内突出火点类型和集中焚烧人群的基础上，把宣传引导工作做实做细。" * 12
    text = "\n".join([TEXT.splitlines()[0], TEXT.splitlines()[1]] + [long_par] * 4 + TEXT.splitlines()[-2:])
    tool.write_docx_auto(tool.blocks_of(text), tmp_path / "long.docx")
    pdf = _convert(tmp_path / "long.docx", "pdf", tmp_path)
    import pdfplumber

    with pdfplumber.open(str(pdf)) as opened:
        assert len(opened.pages) >= 3
    assert _lines(pdf.read_bytes(), "long.pdf") == [line for line in text.splitlines() if line.strip()]


# --- tables --------------------------------------------------------------------------------------------------
def test_an_html_table_cell_spanning_rows_repeats_in_each_row_and_keeps_its_lines_apart():
    page = """<html><body><table>
<tr><td>序号</td><td>问题</td><td>整改措施</td><td>责任单位</td><td>整改时限</td></tr>
<tr><td rowspan="2"><p>1</p></td><td rowspan="2"><p><font>落实意识形态</font>
<font>工作责任制不到位</font></p></td><td><p><font>1.</font><font>制定责任清单</font></p></td>
<td rowspan="2">市委宣传部</td><td rowspan="2"><p>2024<font>年</font>6<font>月底前</font></p></td></tr>
<tr><td><p>2.每半年专题研究<br>3.开展风险排查</p></td></tr>
</table></body></html>"""
    _, tables = html_paragraphs(page.encode())
    assert tables == [[
        ["序号", "问题", "整改措施", "责任单位", "整改时限"],
        ["1", "落实意识形态工作责任制不到位", "1.制定责任清单", "市委宣传部", "2024年6月底前"],
        ["1", "落实意识形态工作责任制不到位", "2.每半年专题研究\n3.开展风险排查", "市委宣传部", "2024年6月底前"]]]


def _ledger_reading(path: Path) -> tuple:
    result = parse_file(path)
    return ([(p.seq, p.title, p.measure_count, tuple(p.responsible_units), p.deadline) for p in result.problems],
            result.report_date, result.headline)


@needs_soffice
@pytest.mark.parametrize("target", ["pdf", "html:HTML (StarWriter)"])
@pytest.mark.parametrize("name", ["blind_g_merged_table_plan.docx", "eco_inspection_plan.docx"])
def test_a_word_ledger_table_printed_or_saved_by_libreoffice_reads_as_the_docx_does(name, target, tmp_path):
    # merged cells down the rows, several measures in one cell, a row broken by the page break (eco plan)
    source = HERE / "heldout" / name
    converted = _convert(source, target, tmp_path)
    assert _ledger_reading(converted) == _ledger_reading(source)
    assert _ledger_reading(converted)[0]
