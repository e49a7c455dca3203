"""Files in every supported format, built in tmp_path, through extraction and parsing."""
from __future__ import annotations

import json

import pytest

from zhenggai.importer.cli import main as cli_main
from zhenggai.importer.extract import ExtractError, extract_bytes
from zhenggai.importer.parse import parse_bytes, parse_file

BULLETIN = """中共某区住建局党组关于巡察整改进展情况的通报
根据区委统一部署，2023年4月3日至5月26日，区委第二巡察组对区住建局党组开展了巡察，6月30日反馈了巡察意见。
二、整改落实情况
（一）已整改完成的问题
1.关于“工程质量监管不严”问题的整改情况
一是开展在建工地质量巡查；二是约谈施工单位5家。
2.关于“物业服务投诉较多”问题的整改情况
一是建立投诉月通报制度。
中共某区住建局党组
2023年12月8日"""


def _titles(result):
    return [p.title for p in result.problems]


def test_it_reads_a_gbk_text_file(tmp_path):
    path = tmp_path / "通报.txt"
    path.write_bytes(BULLETIN.encode("gbk"))
    r = parse_file(path)
    assert _titles(r) == ["工程质量监管不严", "物业服务投诉较多"]
    assert r.problems[0].status == "done"
    assert r.report_date == "2023-12-08"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "gb18030"])
def test_it_reads_text_in_other_encodings(tmp_path, encoding):
    path = tmp_path / "通报.txt"
    path.write_bytes(BULLETIN.encode(encoding))
    assert _titles(parse_file(path)) == ["工程质量监管不严", "物业服务投诉较多"]


def test_it_reads_a_docx_with_paragraphs_and_a_table_in_order(tmp_path):
    import docx

    d = docx.Document()
    lines = BULLETIN.splitlines()
    for line in lines[:6]:
        d.add_paragraph(line)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "检查工地"
    table.cell(0, 1).text = "32个"
    table.cell(1, 0).text = "发现问题"
    table.cell(1, 1).text = "18个"
    for line in lines[6:]:
        d.add_paragraph(line)
    path = tmp_path / "通报.docx"
    d.save(path)
    extracted = extract_bytes(path.read_bytes(), path.name)
    joined = "\n".join(extracted.paragraphs)
    assert joined.index("约谈施工单位") < joined.index("检查工地") < joined.index("物业服务投诉")
    r = parse_file(path)
    assert _titles(r) == ["工程质量监管不严", "物业服务投诉较多"]


def test_it_reads_a_ledger_table_inside_a_docx(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("某局巡察反馈问题整改方案")
    table = d.add_table(rows=3, cols=4)
    for c, text in enumerate(["序号", "反馈问题", "整改措施", "责任单位"]):
        table.cell(0, c).text = text
    for c, text in enumerate(["1", "会议记录不规范", "统一会议记录模板", "办公室"]):
        table.cell(1, c).text = text
    for c, text in enumerate(["2", "档案管理混乱", "1.清理档案 2.建立台账", "档案室、办公室"]):
        table.cell(2, c).text = text
    path = tmp_path / "方案.docx"
    d.save(path)
    r = parse_file(path)
    assert [(p.seq, p.title, p.measure_count) for p in r.problems] == [(1, "会议记录不规范", 1), (2, "档案管理混乱", 2)]
    assert r.problems[1].responsible_units == ["档案室", "办公室"]


def _ledger_workbook():
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某局巡察整改台账"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "问题类别", "反馈问题", "整改措施", "责任单位", "整改时限", "完成状态", "备注说明"])
    ws.append([1, "作风建设", "文山会海问题突出", "精简会议", "办公室", "2024年6月底", "已完成", None])
    ws.append([None, None, None, "压减发文数量", "办公室", "2024年6月底", "已完成", None])
    ws.append([2, "财务管理", "公务接待超标准", "清退超标费用", "财务科", "立行立改", "正在推进", None])
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.merge_cells("C3:C4")
    return wb


def test_it_reads_an_xlsx_ledger_with_merged_cells(tmp_path):
    path = tmp_path / "台账.xlsx"
    _ledger_workbook().save(path)
    r = parse_file(path)
    assert r.kind == "ledger"
    assert r.title == "某局巡察整改台账"
    assert [(p.seq, p.category, p.title, p.measure_count, p.status, p.deadline) for p in r.problems] == [
        (1, "作风建设", "文山会海问题突出", 2, "done", "2024年6月底"),
        (2, "财务管理", "公务接待超标准", 1, "in_progress", "立行立改"),
    ]
    assert any(a.code == "unknown_column" and "备注说明" in a.message_zh for a in r.anomalies)


def test_it_reads_a_csv_ledger_with_columns_in_any_order(tmp_path):
    path = tmp_path / "台账.csv"
    path.write_text("整改措施,问题描述,牵头单位,状态\n建立制度,制度不健全,法规科,已销号\n开展培训,,法规科,推进中\n", encoding="utf-8-sig")
    r = parse_file(path)
    assert [(p.title, p.measure_count, p.status) for p in r.problems] == [("制度不健全", 2, "in_progress")]


def test_it_strips_chrome_from_an_html_page(tmp_path):
    body = "".join(f"<p>{line}</p>" for line in BULLETIN.splitlines()[1:])
    html = (
        "<html><head><meta charset='gbk'><script>var x='一、脚本';</script><style>p{}</style></head><body>"
        "<div class='nav'><a>首页</a><a>政务公开</a></div><div class='breadcrumb'>当前位置：首页 &gt; 公告</div>"
        f"<h1>{BULLETIN.splitlines()[0]}</h1><div class='info'>发布时间：2023-12-09</div>{body}"
        "<div class='share'>分享到：</div><footer>版权所有 某区人民政府</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("gbk"))
    r = parse_file(path)
    assert r.title == "中共某区住建局党组关于巡察整改进展情况的通报"
    assert _titles(r) == ["工程质量监管不严", "物业服务投诉较多"]
    assert not any("脚本" in t or "版权所有" in t for t in r.preamble + r.closing)


def _pdf_without_text() -> bytes:
    """A one-page PDF whose page only paints a grey square: no text layer."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << >> >>",
    ]
    stream = b"0.5 g 20 20 100 100 re f"
    objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_it_says_a_pdf_without_text_needs_ocr(tmp_path):
    path = tmp_path / "扫描件.pdf"
    path.write_bytes(_pdf_without_text())
    with pytest.raises(ExtractError) as info:
        parse_file(path)
    assert info.value.code == "no_text_layer"
    assert "OCR" in info.value.message_zh


@pytest.mark.parametrize(
    "name, data, code",
    [
        ("a.docx", b"this is not a word file", "mismatch"),
        ("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old_office"),
        ("a.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "image"),
        ("a.bin", b"\x00\x01\x02\x03" * 200, "unsupported"),
        ("a.txt", b"   \n  ", "empty"),
        ("a.xlsx", b"PK\x03\x04broken", "corrupt"),
    ],
)
def test_it_refuses_wrong_files_with_a_clear_message(name, data, code):
    with pytest.raises(ExtractError) as info:
        parse_bytes(data, name)
    assert info.value.code == code
    assert info.value.message_zh


def test_the_command_prints_json_in_the_truth_schema(tmp_path, capsys):
    path = tmp_path / "通报.txt"
    path.write_text(BULLETIN, encoding="utf-8")
    assert cli_main([str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"kind", "title", "issuer", "report_date", "inspection", "headline", "problems", "anomalies"} <= set(out)
    assert out["problems"][0]["measure_count"] == 2
    assert set(out["headline"]) == {"problems_total", "problems_done", "measures_total", "measures_done", "rules_made"}


def test_the_command_prints_a_chinese_summary(tmp_path, capsys):
    path = tmp_path / "通报.txt"
    path.write_text(BULLETIN, encoding="utf-8")
    assert cli_main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "识别出问题2个" in out and "工程质量监管不严" in out


def test_the_command_exits_2_with_a_message_for_a_missing_file(tmp_path, capsys):
    assert cli_main([str(tmp_path / "nope.txt")]) == 2
    assert "找不到文件" in capsys.readouterr().err
