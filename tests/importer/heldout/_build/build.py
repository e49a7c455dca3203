"""Build the binary held-out documents (.docx, .pdf, GB18030 .txt) from the sources here.

Run from the repository root: ``.venv/bin/python tests/importer/heldout/_build/build.py``.
The outputs are committed, so the tests do not need LibreOffice.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

NUMBERING = f"""<w:numbering {nsdecls('w')}>
  <w:abstractNum w:abstractNumId="10">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="11">
    <w:multiLevelType w:val="singleLevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="11"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>"""


def _numbered_document() -> docx.Document:
    document = docx.Document()
    document.part.numbering_part._element = parse_xml(NUMBERING)
    style = document.styles.add_style("编号标题1", 1)
    style.base_style = document.styles["Normal"]
    ppr = style.element.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
    return document


def _num(paragraph, num_id: int, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _title(document, text: str) -> None:
    p = document.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(text).bold = True


def autonum_bulletin() -> None:
    d = _numbered_document()
    _title(d, "中共北岗区教育局党组关于区委巡察反馈意见整改进展情况的通报")
    d.add_paragraph("按照区委统一部署，2024年4月15日至6月14日，区委第四巡察组对区教育局党组开展了巡察，并于8月9日反馈了巡察意见。现将整改进展情况通报如下。")
    d.add_paragraph("整改工作总体情况", style="编号标题1")
    d.add_paragraph("巡察反馈的3个方面10个问题，局党组制定整改措施34条。截至2024年12月20日，已完成整改问题7个，完成整改措施28条，建立完善制度机制8项。")
    d.add_paragraph("巡察反馈问题整改情况", style="编号标题1")
    sections = [
        ("贯彻落实教育方针政策方面", [
            ("关于“义务教育阶段学校布局不够均衡”问题的整改情况", ["一是编制《北岗区中小学校布局专项规划（2024—2035年）》；二是新建、改扩建中小学4所，新增学位3600个；三是推进城乡学校结对帮扶，实现乡村学校全覆盖。"], None),
            ("关于“‘双减’政策落实不够到位”问题的整改情况", ["开展校外培训机构专项治理，查处违规培训机构11家，全区中小学课后服务参与率达到95%以上。"], None),
            ("关于“学校安全管理存在薄弱环节”问题的整改情况", ["完成全区62所学校安防设施“四个100%”达标建设；", "开展校园安全隐患大排查，整改隐患127处；", "建立校园安全风险月研判制度。"], 2),
        ]),
        ("落实全面从严治党责任方面", [
            ("关于“教育经费使用管理不规范”问题的整改情况", ["一是对2022年以来教育经费使用情况开展专项检查；二是修订《区属学校财务管理办法》。"], None),
            ("关于“校园餐管理存在漏洞”问题的整改情况", ["全面推行校园餐“明厨亮灶”；", "建立家长陪餐制度；", "对食材采购实行统一招标；", "开展校园餐领域突出问题专项整治。"], 3),
            ("关于“教育系统违规收费问题仍有发生”问题的整改情况", ["一是开展教育收费专项检查，清退违规收费18.6万元；二是建立教育收费公示制度。"], None),
        ]),
        ("干部队伍建设方面", [
            ("关于“校长队伍年轻化程度不高”问题的整改情况", ["一是新提拔40岁以下校长（副校长）15名；二是建立优秀年轻干部储备库。"], None),
            ("关于“教师交流轮岗制度落实不到位”问题的整改情况", ["2024年秋季学期交流轮岗教师186名，其中骨干教师占比达到22%。"], None),
        ]),
    ]
    for category, problems in sections:
        _num(d.add_paragraph(category), 1, 1)
        for heading, body, list_id in problems:
            _num(d.add_paragraph(heading), 1, 2)
            for text in body:
                p = d.add_paragraph(text)
                if list_id:
                    _num(p, list_id, 0)
    d.add_paragraph("下一步工作打算", style="编号标题1")
    d.add_paragraph("局党组将持续巩固整改成果，对尚未完成的整改事项紧盯不放、跟踪问效，推动巡察整改常态化、长效化。")
    d.add_paragraph("中共北岗区教育局党组")
    d.add_paragraph("2024年12月27日")
    d.save(OUT / "autonum_bulletin.docx")


PLAN_ROWS = [
    ("县城生活污水处理厂进水浓度偏低，污水管网雨污混接问题突出", "县城污水处理厂进水COD浓度提升至200mg/L以上",
     ["1.开展县城污水管网排查，建立问题清单；", "2.实施雨污分流改造工程12公里；", "3.加强排水许可管理。"], "县住建局、县生态环境局", "2024年12月底"),
    ("部分乡镇垃圾中转站渗滤液直排", "渗滤液全部收集处理",
     ["1.对全县18座垃圾中转站开展排查；", "2.配套建设渗滤液收集池。"], "县城管局、各乡镇人民政府", "2023年12月底"),
    ("畜禽养殖污染治理不到位，部分规模养殖场粪污直排河道", "规模养殖场粪污处理设施装备配套率达到100%",
     ["1.对存在直排问题的7家养殖场立案查处；", "2.督促规模养殖场完善粪污处理设施；", "3.建立畜禽养殖污染巡查制度。"], "县农业农村局、县生态环境局", "2024年6月底"),
    ("矿山生态修复滞后，3座废弃矿山未完成治理", "完成3座废弃矿山生态修复",
     ["编制废弃矿山生态修复方案并组织实施。"], "县自然资源局", "2024年10月底"),
    ("工业园区环境基础设施不完善，集中式污水处理设施未稳定运行", "园区污水集中处理设施稳定达标运行",
     ["1.完成园区污水处理厂提标改造；", "2.建立园区企业废水排放在线监控；", "3.开展园区环境风险排查；", "4.编制园区突发环境事件应急预案。"], "县工业园区管委会、县生态环境局", "2024年12月底"),
    ("饮用水水源保护区内仍有违规建筑", "水源保护区违规建筑全部清理",
     ["1.拆除一级保护区内违规建筑4处；", "2.设置水源保护区界标和警示牌。"], "县水利局、县生态环境局、城关镇人民政府", "立行立改"),
]


def eco_plan_table() -> None:
    d = _numbered_document()
    _title(d, "青川县贯彻落实省第三生态环境保护督察组督察反馈意见整改方案")
    d.add_paragraph("2023年5月10日至6月10日，省第三生态环境保护督察组对我县开展了生态环境保护督察，并于2023年8月16日向我县反馈了督察意见，指出问题6个。为扎实抓好督察反馈问题整改，制定本方案。")
    d.add_paragraph("总体要求", style="编号标题1")
    d.add_paragraph("坚持以习近平生态文明思想为指导，坚持问题导向，以钉钉子精神抓好督察反馈问题整改，推动全县生态环境质量持续改善。")
    d.add_paragraph("整改目标", style="编号标题1")
    d.add_paragraph("到2024年底，督察反馈的问题全部完成整改，生态环境突出问题得到有效解决。")
    d.add_paragraph("保障措施", style="编号标题1")
    for text in ("加强组织领导。成立由县委书记、县长任双组长的督察整改工作领导小组，统筹推进整改工作。",
                 "严格督查考核。县委督查室、县政府督查室每月对整改情况开展督查，对整改不力的严肃问责。",
                 "强化信息公开。及时公开整改进展情况，主动接受社会监督。"):
        _num(d.add_paragraph(text), 1, 1)
    d.add_paragraph("附件：青川县贯彻落实省第三生态环境保护督察组督察反馈意见整改措施清单")
    d.add_paragraph("青川县人民政府")
    d.add_paragraph("2023年9月5日")
    d.add_page_break()
    d.add_paragraph("附件")
    _title(d, "青川县贯彻落实省第三生态环境保护督察组督察反馈意见整改措施清单")
    table = d.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("序号", "问题", "整改目标", "整改措施", "责任单位", "整改时限")):
        cell.text = text
    for i, (problem, target, measures, units, deadline) in enumerate(PLAN_ROWS, start=1):
        cells = table.add_row().cells
        cells[0].text = str(i)
        cells[1].text = problem
        cells[2].text = target
        cells[3].text = measures[0]
        for m in measures[1:]:
            cells[3].add_paragraph(m)
        cells[4].text = units
        cells[5].text = deadline
    d.save(OUT / "eco_inspection_plan.docx")


def plan_pdf() -> None:
    d = docx.Document()
    lines = (HERE / "plan_paren_problem.src.txt").read_text(encoding="utf-8").splitlines()
    _title(d, lines[0])
    for line in lines[1:]:
        if line.strip():
            p = d.add_paragraph(line)
            if line.startswith(("中共云溪市", "2024年8月20日")):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    src = HERE / "plan_paren_problem.docx"
    d.save(src)
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=180)
        shutil.copy(Path(tmp) / "plan_paren_problem.pdf", OUT / "plan_paren_problem.pdf")


def gb18030_hardwrap(width: int = 32) -> None:
    out: list[str] = []
    for line in (HERE / "gb18030_hardwrap.src.txt").read_text(encoding="utf-8").splitlines():
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    (OUT / "gb18030_hardwrap.txt").write_bytes(("\r\n".join(out) + "\r\n").encode("gb18030"))


if __name__ == "__main__":
    autonum_bulletin()
    eco_plan_table()
    gb18030_hardwrap()
    plan_pdf()
