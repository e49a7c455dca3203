#!/usr/bin/env python3
"""Generate the blind-written rectification documents and their truth files.

These documents are WRITTEN, not real: bodies, people, places and figures are invented,
modelled on the genre of published 巡视/巡察/督察/审计 rectification reports.  They were written
without looking at the importer's code or tests, to test it the way real documents do.

Each document is data (meta + blocks + problems); the same data renders the document and
its <stem>.truth.json, so the two agree.  Every measure_count is counted twice: once from the
data (the number of measures written) and once by a regex recount of the markers in the
rendered measure text (一是/二是, 1./2., （1）（2）); make.py stops if the two differ.

Run:  python tests/importer/blindwritten/make.py
Needs python-docx (dev deps), opencc (pip install opencc; only for the traditional copy) and
LibreOffice (`soffice`) for the .html and .pdf documents.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CN = "一二三四五六七八九十"


def cn(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    t, u = divmod(n, 10)
    return CN[t - 1] + "十" + (CN[u - 1] if u else "")


class P:
    """One problem: the data its truth entry and its rendered text both come from."""

    def __init__(self, title, measures, status=None, units=(), deadline=None, seq=None, category=None,
                 shown=None):
        self.title = title          # truth title (wrapper, number and final 。 stripped)
        self.measures = list(measures)
        self.status = status
        self.units = list(units)
        self.deadline = deadline
        self.seq = seq
        self.category = category
        self.shown = shown          # the title as printed, when it differs (OCR slip etc.)

    def truth(self, count):
        # seq as the project's truths give it: an int; a dotted label (问题1.1) gives its last number (the lead's
        # convention after the first run, shared with blindwritten2; the first run scored the label "1.1").
        seq = int(str(self.seq).rsplit(".", 1)[-1]) if isinstance(self.seq, str) else self.seq
        return {"seq": seq, "category": self.category, "title": self.title, "status": self.status,
                "measure_count": count, "responsible_units": self.units, "deadline": self.deadline}


def measures_text(ms, style, sep="；", end="。"):
    """Render measures in one author's habit; returns text (may hold newlines)."""
    if style == "para":
        assert len(ms) == 1
        return ms[0] + end
    if style == "yishi":
        return sep.join(f"{cn(i + 1)}是{m}" for i, m in enumerate(ms)) + end
    if style == "yishi_lines":
        return "\n".join(f"{cn(i + 1)}是{m}{end}" for i, m in enumerate(ms))
    if style == "num":
        return "\n".join(f"{i + 1}.{m}{end}" for i, m in enumerate(ms))
    if style == "num_cn":
        return "\n".join(f"{i + 1}、{m}{end}" for i, m in enumerate(ms))
    if style == "paren":
        return "\n".join(f"（{i + 1}）{m}{end}" for i, m in enumerate(ms))
    if style == "paren_half":
        return "\n".join(f"({i + 1}){m}{end}" for i, m in enumerate(ms))
    raise ValueError(style)


def recount(text, style):
    """Second, independent count: the markers actually present in the rendered text."""
    if style == "para":
        return 1
    if style.startswith("yishi"):
        return len(re.findall(r"(?:^|[；;。，,\s])[一二三四五六七八九十]+是", text))
    if style in ("num", "num_cn"):
        return len(re.findall(r"(?m)^\d+[.、]", text))
    if style in ("paren", "paren_half"):
        return len(re.findall(r"(?m)^[（(]\d+[)）]", text))
    raise ValueError(style)


class Doc:
    def __init__(self, stem, fmt, meta, encoding="utf-8"):
        self.stem, self.fmt, self.meta, self.encoding = stem, fmt, meta, encoding
        self.blocks = []        # ("title"|"p"|"h"|"right"|"pb"|"table", ...)
        self.problems = []      # (P, measure_count)
        self.traditional = False

    # builders -----------------------------------------------------------
    def t(self, text):
        self.blocks.append(("title", text))

    def p(self, text):
        for line in text.strip("\n").split("\n"):
            self.blocks.append(("p", line))

    def h(self, text):
        self.blocks.append(("h", text))

    def right(self, text):
        self.blocks.append(("right", text))

    def pb(self):
        self.blocks.append(("pb",))

    def prob(self, pr: P, head: str, style: str, lead: str = "", tail: str = "", inline=False, sep="；"):
        """Add a problem: heading text, then lead + measures + tail."""
        mt = measures_text(pr.measures, style, sep=sep)
        n = recount(mt, style)
        if n != len(pr.measures):
            sys.exit(f"{self.stem}: measure recount {n} != {len(pr.measures)} for {pr.title}")
        if inline:
            self.p(head + lead + mt + tail)
        else:
            self.p(head)
            self.p(lead + mt + tail)
        self.problems.append((pr, n))

    def table(self, header, rows, merge_cols=(), problems=()):
        """rows: list of cell lists; a cell None continues the cell above (vertical merge)."""
        self.blocks.append(("table", header, rows))
        for pr, n in problems:
            self.problems.append((pr, n))

    # output -------------------------------------------------------------
    def text(self):
        out = []
        for b in self.blocks:
            if b[0] == "pb":
                out.append("")
            elif b[0] == "table":
                out.append("\t".join(b[1]))
                for row in b[2]:
                    if isinstance(row, str):
                        out.append(row)
                        continue
                    out.append("\t".join("" if c is None else c.replace("\n", " ") for c in row))
            else:
                out.append(b[1])
        text = "\n".join(out) + "\n"
        if self.traditional:
            import opencc
            text = opencc.OpenCC("s2t").convert(text)
        return text

    def truth(self):
        m = self.meta
        return {
            "kind": m.get("kind", "bulletin"),
            "title": m.get("title"),
            "issuer": m.get("issuer"),
            "report_date": m.get("report_date"),
            "inspection": {k: m.get(k) for k in ("inspector", "inspected", "start", "end", "feedback_date")},
            "headline": {k: m.get(k) for k in ("problems_total", "problems_done", "measures_total",
                                                "measures_done", "rules_made")},
            "problems": [pr.truth(n) for pr, n in self.problems],
            "anomalies": m.get("anomalies", []),
            "written_not_real": True,
            "doc_kind": m.get("doc_kind"),
        }


def write_docx(doc: Doc, path: Path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt
    d = Document()
    for b in doc.blocks:
        if b[0] == "title":
            para = d.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = para.add_run(b[1])
            run.bold = True
            run.font.size = Pt(18)
        elif b[0] == "h":
            para = d.add_paragraph()
            para.add_run(b[1]).bold = True
        elif b[0] == "right":
            para = d.add_paragraph(b[1])
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif b[0] == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "table":
            header, rows = b[1], b[2]
            tb = d.add_table(rows=len(rows) + 1, cols=len(header))
            tb.style = "Table Grid"
            for j, hcell in enumerate(header):
                tb.cell(0, j).text = hcell
            for i, row in enumerate(rows, start=1):
                if isinstance(row, str):      # a category row merged across all columns
                    c = tb.cell(i, 0).merge(tb.cell(i, len(header) - 1))
                    c.text = row
                    continue
                for j, c in enumerate(row):
                    if c is not None:
                        tb.cell(i, j).text = c
            tb.autofit = False
            widths = {"序号": 1.1, "整改措施": 6.0, "责任单位": 2.4, "整改时限": 2.0}
            for j, hcell in enumerate(header):
                w = Cm(widths.get(hcell, 4.6 if "问题" in hcell else 1.9))
                tb.columns[j].width = w
                for row in tb.rows:
                    row.cells[j].width = w
            # vertical merges where a cell is None
            for j in range(len(header)):
                i = 1
                while i <= len(rows):
                    if isinstance(rows[i - 1], str):
                        i += 1
                        continue
                    k = i
                    while k + 1 <= len(rows) and not isinstance(rows[k], str) and rows[k][j] is None:
                        k += 1
                    if k > i:
                        tb.cell(i, j).merge(tb.cell(k, j))
                        tb.cell(i, j).text = rows[i - 1][j]
                    i = k + 1
    d.save(str(path))


def soffice(src: Path, fmt: str, outdir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)
    ext = fmt.split(":")[0]
    return outdir / (src.stem + "." + ext)


DOCS: list[Doc] = []

# one mapping for every progress label (README); the attachment documents check their data against it
STATUS = {"已完成整改": "done", "已完成": "done", "持续推进中": "in_progress", "持续推进": "in_progress",
          "基本完成": "in_progress", "部分完成": "in_progress", "长期坚持": "long_term"}


# ---------------------------------------------------------------------------
# 01  kind 1: provincial report on central 督察 rectification; problems in 附件1/附件2
# ---------------------------------------------------------------------------
def doc01():
    d = Doc("k1_province_ducha_report", "txt", dict(
        doc_kind="1 report body + attachments",
        title="中共赣江省委 赣江省人民政府关于第三轮中央生态环境保护督察报告整改落实情况的报告",
        issuer="中共赣江省委 赣江省人民政府", report_date="2025-01-15",
        inspector="中央第五生态环境保护督察组", inspected="赣江省",
        start="2023-11-20", end="2023-12-20", feedback_date="2024-03-12",
        problems_total=18, problems_done=11, rules_made=37,
        anomalies=["problems only in 附件1/附件2; body 一、二、三、 is narrative", "stray page number line '－ 6 －'",
                   "seq is a dotted label (问题1.1) in 附件1 and 案例N in 附件2", "status from 整改进展情况 label"]))
    d.t("中共赣江省委 赣江省人民政府")
    d.t("关于第三轮中央生态环境保护督察报告整改落实情况的报告")
    d.p("""
党中央、国务院：
2023年11月20日至12月20日，中央第五生态环境保护督察组对我省开展了第三轮生态环境保护督察，并于2024年3月12日向我省反馈了督察报告。省委、省政府坚决扛起督察整改政治责任，对照督察报告逐项研究、逐条认领，制定印发《赣江省贯彻落实第三轮中央生态环境保护督察报告整改方案》，明确整改任务、责任单位和完成时限。督察报告反馈问题共18个，截至2024年12月底，已完成整改11个，其余7个正在按序时推进，整改工作取得阶段性成效。现将有关情况报告如下。
一、提高政治站位，把督察整改作为重大政治任务抓紧抓实
省委常委会会议、省政府常务会议先后12次专题研究督察整改工作，省委主要负责同志多次深入长江、鄱湖沿线实地督导，要求各地各部门以“时时放心不下”的责任感推进整改。各级党委（党组）理论学习中心组将习近平生态文明思想作为必学内容，全省举办专题培训班86期，培训干部1.2万余人次。
二、健全工作机制，层层压紧压实整改责任
（一）强化组织领导。成立由省委书记、省长任双组长的督察整改工作领导小组，下设综合协调、督导检查、宣传报道3个工作组，建立“一个问题、一名领导、一套方案、一抓到底”的工作机制。
（二）强化调度督办。实行整改任务清单化管理，每月调度、每季通报，对进度滞后的12个地方和部门下发督办函，约谈相关负责同志9人。
（三）强化验收销号。制定《督察整改任务验收销号办法》，坚持“谁主管、谁验收、谁签字、谁负责”，对已完成整改的任务逐项组织现场核查。
三、坚持标本兼治，推动突出生态环境问题加快解决
聚焦督察指出的长江保护、大气污染防治、矿山生态修复等重点领域，统筹推进问题整改和长效机制建设，全年建立完善制度机制37项。全省设区市PM2.5平均浓度同比下降6.1%，国考断面水质优良比例达到96.8%，重点河湖生态流量保障水平稳步提升。
四、下一步工作安排
我省将持续保持攻坚态势，一是对未完成的7项整改任务实行挂图作战，确保按期完成；二是对已完成整改的任务开展“回头看”，坚决防止问题反弹；三是把督察整改与美丽赣江建设结合起来，推动生态环境质量持续改善。
特此报告。
附件：1.第三轮中央生态环境保护督察报告反馈问题整改进展情况
      2.督察组交办典型案例整改进展情况
中共赣江省委
赣江省人民政府
2025年1月15日
－ 6 －
附件1
第三轮中央生态环境保护督察报告反馈问题整改进展情况（共15个问题）
""")
    cats = [
        ("一、贯彻落实新发展理念方面", [
            ("部分地方对生态环境保护重要性认识不到位，“重发展、轻保护”的倾向仍然存在", "立行立改，长期坚持", "持续推进中", "in_progress",
             ["将生态环境保护纳入各级党委理论学习中心组学习重要内容", "在市县高质量发展考核中提高生态环境指标权重", "对3个设区市开展警示约谈"]),
            ("一些地方违规上马“两高”项目，能耗强度下降目标完成滞后", "2024年12月底", "已完成整改", "done",
             ["全面排查在建拟建“两高”项目127个", "对5个不符合要求的项目依法叫停"]),
            ("产业园区规划环评执行不严，部分园区环境基础设施建设滞后", "2024年12月底", "已完成整改", "done",
             ["完成23个省级以上园区规划环评复核", "新建改造园区污水集中处理设施14座", "建立园区环境管理“一园一档”"]),
            ("省级有关部门落实生态环境保护“党政同责、一岗双责”不够有力", "2024年6月底", "已完成整改", "done",
             ["修订省直部门生态环境保护责任清单"]),
            ("部分地方生态环境领域财政投入不足，环保专项资金使用效率不高", "2025年6月底", "基本完成", "in_progress",
             ["清理盘活沉淀专项资金2.3亿元", "建立专项资金绩效评价和通报制度"]),
        ]),
        ("二、长江和鄱湖保护方面", [
            ("长江干流岸线非法码头整治不彻底，部分已取缔码头生态修复滞后", "2024年12月底", "已完成整改", "done",
             ["对已取缔的41个码头逐一开展现场复核", "完成岸线复绿面积126公顷", "建立岸线利用项目动态监管台账"]),
            ("鄱湖周边部分县区生活污水收集率偏低，雨污管网混错接问题突出", "2026年12月底", "持续推进中", "in_progress",
             ["完成城区管网排查评估1860公里", "改造雨污混错接点位3200余处", "将污水收集率纳入县区年度考核", "实施污水处理提质增效三年行动"]),
            ("入河排污口排查整治推进缓慢，部分排污口设置审批缺失", "2024年12月底", "已完成整改", "done",
             ["完成入河排污口溯源1.1万个", "依法取缔非法排污口215个"]),
            ("部分化工企业违规在长江岸线一公里范围内新建扩建项目", "2024年9月底", "已完成整改", "done",
             ["关停搬迁化工企业8家", "对相关责任人员严肃追责问责"]),
            ("鄱湖禁捕退捕后非法捕捞行为时有发生，执法监管存在盲区", "长期坚持", "持续推进中", "in_progress",
             ["开展“清湖”专项执法行动", "在重点水域布设视频监控点位380个", "建立渔政、公安、市场监管联合执法机制"]),
        ]),
        ("三、大气、土壤和矿山生态修复方面", [
            ("部分城市秋冬季大气污染防治措施落实不到位，扬尘管控粗放", "2024年12月底", "已完成整改", "done",
             ["督促建筑工地落实“六个百分之百”", "对渣土运输车辆实行全过程GPS监控"]),
            ("一些地方历史遗留废弃矿山生态修复进度滞后，修复质量不高", "2025年12月底", "持续推进中", "in_progress",
             ["制定废弃矿山生态修复三年行动计划", "完成修复面积2100公顷"]),
            ("稀土开采区氨氮污染治理不到位，部分小流域水质超标", "2025年12月底", "基本完成", "in_progress",
             ["建成稀土尾水收集处理设施19座", "开展小流域水质加密监测", "落实流域上下游生态补偿"]),
            ("部分工业企业危险废物贮存管理不规范，存在环境风险隐患", "2024年6月底", "已完成整改", "done",
             ["开展危险废物专项排查整治", "推行危险废物全过程信息化监管"]),
            ("农村生活垃圾治理长效机制不健全，部分村庄垃圾乱堆乱放", "2024年12月底", "已完成整改", "done",
             ["建立农村生活垃圾“户分类、村收集、镇转运、县处理”体系", "落实村庄保洁员队伍和经费保障"]),
        ]),
    ]
    for ci, (cat, items) in enumerate(cats, start=1):
        d.h(cat)
        for pi, (title, dl, prog, st, ms) in enumerate(items, start=1):
            assert STATUS[prog] == st, title
            pr = P(title, ms, status=st, deadline=dl, seq=f"{ci}.{pi}", category=cat[2:])
            d.prob(pr, f"问题{ci}.{pi}：{title}。", "paren",
                   lead=f"整改时限：{dl}\n整改进展情况：{prog}\n")
    d.p("""附件2
督察组交办典型案例整改进展情况（共3个问题）""")
    cases = [
        ("赣北市某工业园区长期偷排高浓度废水，周边水体黑臭", "已完成整改", "done", "2024年8月底",
         ["对涉事企业依法顶格处罚并移送公安机关", "完成受污染水体清淤和生态修复"]),
        ("临川县砂石企业无证开采，破坏河道生态", "已完成整改", "done", "2024年10月底",
         ["依法取缔非法采砂点11处", "完成河道地形恢复", "对相关公职人员立案审查"]),
        ("南岭市城区垃圾填埋场渗滤液长期超标排放", "持续推进中", "in_progress", "2025年6月底",
         ["建设应急渗滤液处理设施", "启动填埋场封场治理"]),
    ]
    for i, (title, prog, st, dl, ms) in enumerate(cases, start=1):
        assert STATUS[prog] == st, title
        pr = P(title, ms, status=st, deadline=dl, seq=i, category=None)
        d.prob(pr, f"案例{i}：{title}。", "paren", lead=f"整改时限：{dl}\n整改进展情况：{prog}\n")
    DOCS.append(d)


# ---------------------------------------------------------------------------
# 02  kind 1 as .docx: city report on a provincial 巡视; attachment on a new page, 项目1.1 labels
# ---------------------------------------------------------------------------
def doc02():
    d = Doc("k1_city_xunshi_report", "docx", dict(
        doc_kind="1 report body + attachment (docx, attachment after a page break)",
        title="中共云岭市委关于省委第二巡视组反馈意见整改进展情况的报告",
        issuer="中共云岭市委", report_date="2024-12-20",
        inspector="省委第二巡视组", inspected="云岭市",
        start="2024-03-05", end="2024-05-10", feedback_date="2024-07-02",
        problems_total=13, problems_done=8,
        anomalies=["problems only in the attachment, after a page break", "OCR slips 项目l.2 and 项目3.l (letter l for 1)",
                   "body 一、二、三、 is narrative with its own （一）（二）", "page header line in the attachment"]))
    d.t("中共云岭市委")
    d.t("关于省委第二巡视组反馈意见整改进展情况的报告")
    d.p("""
省委巡视工作领导小组：
根据省委统一部署，2024年3月5日至5月10日，省委第二巡视组对云岭市开展了常规巡视，并于2024年7月2日向市委反馈了巡视意见。市委把抓好巡视整改作为检验“四个意识”的试金石，坚持高标准、严要求推进整改落实。巡视反馈的13个具体问题中，已完成整改8个，基本完成2个，其余3个需长期坚持、持续推进。现将整改进展情况报告如下。
一、坚持以上率下，扛牢整改主体责任
（一）第一时间研究部署。反馈会后，市委书记立即主持召开市委常委会会议，逐条研究反馈意见，成立由市委书记任组长的巡视整改工作领导小组。
（二）细化分解整改任务。对照反馈意见梳理形成问题清单、任务清单、责任清单，明确38位市级领导牵头督办，做到事事有人管、件件有着落。
（三）专题民主生活会查摆剖析。市委常委班子召开巡视整改专题民主生活会，班子成员逐一对照检查，开展批评和自我批评。
二、坚持真改实改，推动整改任务落地见效
各牵头单位按照“清单化管理、项目化推进”的要求，每半月报送整改进展，市委巡察办会同市纪委监委开展跟踪督查3轮，发现并督促解决整改不到位问题17个。
三、坚持标本兼治，以整改促进全市高质量发展
坚持把巡视整改与推进中心工作结合起来，在优化营商环境、规范国有企业管理、加强基层党组织建设等方面出台制度文件，整改成效正在逐步转化为治理效能。
四、存在的不足和下一步打算
对照省委要求，整改工作还存在个别问题整改进度不平衡、长效机制落实有待检验等不足。下一步，市委将继续压实责任，对尚未完成的整改任务紧盯不放，确保整改到位。
附件：省委第二巡视组反馈意见具体问题整改进展情况
中共云岭市委
2024年12月20日
""")
    d.pb()
    d.p("""附件
—  云岭市巡视整改材料  —
省委第二巡视组反馈意见具体问题整改进展情况（共13个问题）""")
    items = [
        ("1.1", None, "贯彻落实省委关于县域经济高质量发展的部署不够有力，部分县区主导产业培育缓慢", "2024年12月", "已完成整改", "done",
         ["出台县域主导产业培育三年行动方案", "建立市领导联系重点产业链制度", "对产业项目推进滞后的2个县区进行约谈"]),
        ("1.2", "项目l.2", "优化营商环境工作存在短板，涉企审批事项办理时限偏长", "2024年11月", "已完成整改", "done",
         ["压减涉企审批事项办理时限40%以上", "推行“一件事一次办”改革"]),
        ("1.3", None, "防范化解地方政府债务风险工作不够扎实，个别平台公司融资行为不规范", "长期坚持", "持续推进中", "in_progress",
         ["开展平台公司融资行为专项清理", "建立政府债务风险动态监测预警机制", "对违规融资的责任人员进行问责"]),
        ("1.4", None, "乡村振兴衔接资金项目管理粗放，部分项目闲置低效", "2024年12月", "基本完成", "in_progress",
         ["对衔接资金项目逐一开展绩效评估", "盘活闲置低效项目21个"]),
        ("2.1", None, "落实全面从严治党主体责任层层递减，部分基层党组织管党治党宽松软", "2024年10月", "已完成整改", "done",
         ["制定全面从严治党主体责任清单", "开展基层党组织“书记抓、抓书记”专项行动"]),
        ("2.2", None, "国有企业招投标领域廉洁风险突出，规避招标、虚假招标问题时有发生", "2024年12月", "已完成整改", "done",
         ["对市属国企近三年招投标项目开展专项审计", "移交问题线索6件", "上线国企电子招标采购平台"]),
        ("2.3", None, "违反中央八项规定精神问题仍有发生，隐形变异“四风”问题查处不够", "长期坚持", "持续推进中", "in_progress",
         ["开展违规吃喝专项整治", "通报典型案例4批次12起"]),
        ("2.4", None, "市纪委监委对重点领域监督不够精准，问题线索处置效率不高", "2024年9月", "已完成整改", "done",
         ["建立问题线索集中管理和定期分析制度"]),
        ("3.1", None, "选人用人把关不严，个别干部带病提拔", "2024年12月", "已完成整改", "done",
         ["严格落实干部选拔任用全程纪实制度", "对相关责任人进行追责"]),
        ("3.2", "项目3.l", "年轻干部培养选拔力度不够，干部队伍年龄结构不优", "长期坚持", "持续推进中", "in_progress",
         ["实施优秀年轻干部“墩苗”计划", "选派年轻干部到基层一线挂职锻炼58名"]),
        ("3.3", None, "基层党组织标准化规范化建设不平衡，部分村级党组织软弱涣散", "2024年12月", "已完成整改", "done",
         ["整顿软弱涣散村党组织32个", "选优配强村党组织书记", "落实村级组织运转经费保障"]),
        ("4.1", None, "上轮巡视反馈的部分问题整改不彻底，存在“表面整改”现象", "2024年11月", "已完成整改", "done",
         ["对上轮巡视整改情况开展“回头看”", "对整改不到位的5个问题重新制定整改措施"]),
        ("4.2", None, "巡察整改成果运用不充分，长效机制建设不够健全", "2025年6月", "基本完成", "in_progress",
         ["修订巡察整改评估办法", "建立巡察整改成效评估结果通报制度"]),
    ]
    for seq, shown, title, dl, prog, st, ms in items:
        assert STATUS[prog] == st, title
        pr = P(title, ms, status=st, deadline=dl, seq=seq, category=None)
        label = shown or f"项目{seq}"
        d.prob(pr, f"{label}：{title}", "paren",
               lead=f"整改时限：{dl}\n整改进展情况：{prog}\n", )
    DOCS.append(d)


# ---------------------------------------------------------------------------
# 03  kind 1 as .pdf: county report on a central 督察, two attachments, 问题2.3 labels
# ---------------------------------------------------------------------------
def doc03():
    d = Doc("k1_county_ducha_report", "pdf", dict(
        doc_kind="1 report body + two attachments (pdf)",
        title="青石县关于中央第二生态环境保护督察组督察反馈问题整改情况的报告",
        issuer="青石县人民政府", report_date="2024-09-30",
        inspector="中央第二生态环境保护督察组", inspected="青石县",
        start="2023-09-07", end="2023-09-26", feedback_date="2023-12-18",
        problems_total=12, problems_done=7,
        anomalies=["problems only in 附件1/附件2", "measures numbered with half-width (1)(2)",
                   "period '2023年9月7日至9月26日' without the second year",
                   "counts given per attachment (附件1 共8个、附件2 共4个)"]))
    d.t("青石县关于中央第二生态环境保护督察组督察反馈问题整改情况的报告")
    d.p("""
县委、县政府：
2023年9月7日至9月26日，中央第二生态环境保护督察组对我省开展了第三轮生态环境保护督察，其间对青石县开展了下沉督察。2023年12月18日，省委、省政府召开督察反馈会议，涉及我县的督察反馈问题共12个，其中督察报告指出问题8个、督察组交办问题4个。截至目前，已完成整改7个，其余5个正在有序推进。现将整改情况报告如下：
一、整改工作开展情况
(一)加强组织领导。县里成立由县委书记、县长任双组长的督察整改领导小组，实行“一周一调度、一月一通报”。
(二)完善工作机制。制定整改方案和问题清单，逐项明确牵头领导、责任单位、整改措施和完成时限。
(三)强化督查问效。县委督查室、县政府督查室联合开展专项督查5次，对整改不力的2个单位进行了通报批评。
二、整改成效
全县空气质量优良天数比例达到92.3%，县城污水处理厂出水稳定达到一级A标准，绿色矿山建设、农村环境整治工作取得明显成效。
三、下一步工作
持续跟踪未完成事项，逐项倒排工期，确保按时限完成整改，并防止已整改问题反弹回潮。
附件：1.督察报告指出问题整改情况（共8个）
      2.督察组交办问题整改情况（共4个）
青石县人民政府
2024年9月30日
""")
    d.pb()
    att = [
        ("附件1", "督察报告指出问题整改情况（共8个）", [
            ("县城污水处理厂长期超负荷运行，雨季溢流污水直排青石河", "2024年12月底", "基本完成", "in_progress",
             ["实施污水处理厂扩容工程", "新建调蓄池2座", "开展溢流口在线监测"]),
            ("部分石材加工企业粉尘无组织排放问题突出", "2024年6月底", "已完成", "done",
             ["关停取缔“散乱污”石材企业34家", "对保留企业全部实施密闭化改造"]),
            ("青石河流域畜禽养殖污染治理不到位", "2024年6月底", "已完成", "done",
             ["划定禁养区并关闭搬迁养殖场17家", "配套建设粪污资源化利用设施"]),
            ("县工业集中区污水管网不完善，部分企业废水未纳管", "2024年8月底", "已完成", "done",
             ["新建工业污水管网12.6公里"]),
            ("历史遗留矿山修复工作推进迟缓", "2025年12月底", "持续推进", "in_progress",
             ["编制矿山生态修复实施方案", "落实修复资金4800万元", "完成修复面积320公顷"]),
            ("农村黑臭水体治理成效不稳固，个别水体返黑返臭", "长期坚持", "长期坚持", "long_term",
             ["建立农村黑臭水体“河长+”长效管护机制", "每季度开展水质监测"]),
            ("县级生态环境监管执法力量不足，执法检查流于形式", "2024年3月底", "已完成", "done",
             ["充实执法人员8名", "推行“双随机、一公开”监管"]),
            ("森林资源保护不力，违法占用林地问题时有发生", "2024年9月底", "已完成", "done",
             ["开展违法占用林地专项整治", "恢复林地植被43公顷"]),
        ]),
        ("附件2", "督察组交办问题整改情况（共4个）", [
            ("城东片区餐饮油烟扰民问题群众反映强烈", "2024年5月底", "已完成", "done",
             ["督促餐饮单位安装油烟净化设施", "建立油烟投诉快速处置机制"]),
            ("石门村建筑垃圾随意倾倒占用耕地", "2024年4月底", "已完成", "done",
             ["清运建筑垃圾1.2万立方米", "复垦耕地15亩", "对倾倒责任人依法处罚"]),
            ("县城集中供热锅炉氮氧化物排放超标", "2024年10月底", "持续推进", "in_progress",
             ["实施锅炉低氮燃烧改造"]),
            ("青石河上游非法采砂屡禁不止", "长期坚持", "长期坚持", "long_term",
             ["建立水利、公安、自然资源联合巡查机制", "设立举报奖励制度"]),
        ]),
    ]
    for ai, (label, head, items) in enumerate(att, start=1):
        d.p(label)
        d.p(head)
        for pi, (title, dl, prog, st, ms) in enumerate(items, start=1):
            assert STATUS[prog] == st, title
            pr = P(title, ms, status=st, deadline=dl, seq=f"{ai}.{pi}", category=None)
            d.prob(pr, f"问题{ai}.{pi}：{title}", "paren_half",
                   lead=f"整改时限：{dl}\n整改进展情况：{prog}\n")
        if ai == 1:
            d.pb()
    DOCS.append(d)


# ---------------------------------------------------------------------------
# 04  kind 2: university 巡视整改 bulletin; organisation first, problems in 二、, next steps last
# ---------------------------------------------------------------------------
def doc04():
    d = Doc("k2_university_bulletin", "txt", dict(
        doc_kind="2 bulletin, problem section is the middle one",
        title="中共华岳大学委员会关于巡视整改进展情况的通报",
        issuer="中共华岳大学委员会", report_date="2024-08-28",
        inspector="省委第五巡视组", inspected="华岳大学党委",
        start="2023-10-16", end="2023-12-15", feedback_date="2024-02-26",
        problems_total=20, measures_total=112, measures_done=104, rules_made=41,
        anomalies=["first top-level section is organisation with its own (一)(二)(三) and 一是/二是",
                   "last section 三、 is next steps and long-term mechanisms with 一是/二是 (not problems)",
                   "titles in 1.关于“…”的问题 form, some without quotes", "site chrome above the title"]))
    d.p("""华岳大学新闻网 > 通知公告 > 正文
发布时间：2024-08-30 作者：党委办公室 点击数：3562""")
    d.t("中共华岳大学委员会关于巡视整改进展情况的通报")
    d.p("""根据省委统一部署，2023年10月16日至12月15日，省委第五巡视组对华岳大学党委进行了巡视。2024年2月26日，省委巡视组向学校党委反馈了巡视意见。按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。
一、提高政治站位，以高度的政治自觉抓好巡视整改
学校党委坚持把巡视整改作为重大政治任务，对巡视反馈的4个方面20个问题照单全收，细化为112项整改措施，截至目前，已完成整改措施104项，其余8项正在按计划推进，建立完善制度文件41项。
（一）加强组织领导。成立由党委书记、校长任组长的巡视整改工作领导小组，下设办公室和4个专项整改组。党委书记切实履行第一责任人职责，主持召开党委常委会、整改工作领导小组会议17次，研究部署整改工作。
（二）压实整改责任。制定《巡视整改工作方案》，建立问题、任务、责任“三张清单”，一是明确校领导牵头负责，二是明确职能部门和院系具体落实，三是明确整改时限和标准。
（三）强化督查问效。学校纪委、党委督查室对整改情况开展专项监督检查3轮，对整改进度滞后的4个单位下发督办通知。
二、巡视反馈问题的整改落实情况
（一）关于学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神方面的问题""")
    cats = [
        ("关于学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神方面的问题", [
            ("理论学习中心组学习制度执行不严格，学用结合不够紧密", True, "yishi",
             ["修订党委理论学习中心组学习规则", "建立校领导领学、研讨交流和学习成效评估机制", "组织专题研讨8次"]),
            ("贯彻落实党的教育方针不够到位，思政课程与课程思政协同育人格局尚未形成", True, "yishi",
             ["出台课程思政建设实施方案", "立项建设课程思政示范课程60门", "建立马克思主义学院与各学院结对共建机制"]),
            ("意识形态工作责任制落实不到位，部分阵地管理存在薄弱环节", False, "yishi",
             ["制定意识形态工作责任清单", "对报告会、讲座、论坛实行“一会一报”审批", "开展校园网络平台清理整顿", "加强网评员队伍建设"]),
            ("服务地方经济社会发展能力不强，科技成果转化率偏低", True, "para",
             ["修订科技成果转化管理办法，设立成果转化专项基金，与地方政府和企业共建研发平台12个，签订技术合同金额较上年增长35%"]),
            ("“双一流”建设推进不力，学科布局与国家战略需求契合度不高", True, "yishi",
             ["制定学科建设三年行动计划", "撤销调整停招专业9个"]),
        ]),
        ("关于落实全面从严治党“两个责任”方面的问题", [
            ("党委主体责任传导压力层层递减，部分二级党组织落实管党治党责任不力", True, "yishi",
             ["制定落实全面从严治党主体责任清单", "开展二级党组织书记述责述廉", "将党建考核结果与单位绩效挂钩"]),
            ("基建工程、物资采购等重点领域廉洁风险防控不到位", True, "yishi",
             ["修订基本建设项目管理办法", "上线采购管理信息系统", "对近三年基建项目开展专项审计"]),
            ("科研经费管理使用不规范，存在违规报销劳务费问题", True, "yishi",
             ["开展科研经费专项检查", "追回违规报销资金38.6万元", "修订科研经费管理办法"]),
            ("违反中央八项规定精神问题时有发生", False, "yishi",
             ["开展违规收送礼品礼金、违规吃喝专项整治", "对发现的问题严肃处理并通报"]),
            ("校纪委监督执纪问责不够有力，“一把手”和领导班子监督偏软", True, "yishi",
             ["制定加强对“一把手”和领导班子监督的实施办法", "开展校内巡察全覆盖"]),
            ("附属单位和校办企业监管缺位，国有资产流失风险较大", True, "para",
             ["完成校办企业体制改革，对附属单位开展资产清查，建立校属企业重大事项报告制度"]),
        ]),
        ("关于落实新时代党的组织路线方面的问题", [
            ("领导班子建设有待加强，民主集中制执行不够严格", True, "yishi",
             ["修订党委常委会议事规则和校长办公会议事规则", "严格落实“三重一大”集体决策制度"]),
            ("干部队伍结构不优，年轻干部培养选拔力度不够", True, "yishi",
             ["制定优秀年轻干部培养选拔实施办法", "选派32名年轻干部到地方挂职", "实施中层干部任期制"]),
            ("基层党组织建设存在短板，教师党支部“双带头人”培育工作成效不明显", True, "yishi",
             ["实施教师党支部书记“双带头人”培育工程", "开展党支部标准化建设达标创建"]),
            ("人才引进和培养机制不健全，高层次人才流失较多", True, "yishi",
             ["修订高层次人才引进办法", "设立青年人才发展基金", "建立人才服务专员制度", "完善人才分类评价体系"]),
            ("发展党员工作程序不规范，学生党员教育管理不够严格", True, "yishi",
             ["开展发展党员工作专项检查", "建立学生党员积分管理制度"]),
        ]),
        ("关于巡视整改和审计整改方面的问题", [
            ("上轮巡视整改不彻底，部分问题反弹回潮", True, "yishi",
             ["对上轮巡视整改情况开展全面“回头看”", "对反弹问题重新整改并追责问责"]),
            ("审计发现问题整改不到位，审计结果运用不充分", True, "yishi",
             ["建立审计整改台账和销号制度", "将审计整改情况纳入年度考核"]),
            ("校内巡察工作质量不高，发现问题不够精准", False, "yishi",
             ["修订校内巡察工作规程", "建立巡察人才库"]),
            ("主题教育检视问题整改落实不够有力，部分整改措施针对性不强", True, "para",
             ["对主题教育检视问题逐项复核，重新制定整改措施15条，纳入巡视整改一体推进"]),
        ]),
    ]
    seq = 0
    for ci, (cat, items) in enumerate(cats, start=1):
        if ci > 1:
            d.p(f"（{cn(ci)}）{cat}")
        for title, quoted, style, ms in items:
            seq += 1
            head = f"{seq}.关于“{title}”的问题" if quoted else f"{seq}.关于{title}的问题"
            pr = P(title, ms, seq=seq, category=cat)
            d.prob(pr, head, style, lead="整改情况：" if style != "para" else "整改情况：")
    d.p("""三、下一步工作打算和建立长效机制情况
学校党委将持续用心用力推动巡视整改，一是对已完成的整改任务适时开展“回头看”，巩固整改成效；二是对尚未完成的8项整改措施逐项盯办，确保按期完成；三是把巡视整改与学校“十四五”事业发展规划实施结合起来，推动建立长效机制；四是加强对整改落实情况的日常监督，对整改不力的严肃追责问责。
欢迎广大师生员工和社会各界对巡视整改落实情况进行监督。如有意见建议，请在2024年9月15日前反映给我们。联系电话：0791-8888XXXX；邮政信箱：华岳市学府大道1号华岳大学党委办公室；电子邮箱：dwb@hyu.edu.cn。
中共华岳大学委员会
2024年8月28日""")
    DOCS.append(d)


# ---------------------------------------------------------------------------
# 05  kind 2 as Word-exported HTML: hospital bulletin, 问题一： headings, 整改情况： and 责任单位：
# ---------------------------------------------------------------------------
def doc05():
    d = Doc("k2_hospital_bulletin_word", "html", dict(
        doc_kind="2 bulletin exported from Word as HTML (soffice)",
        title="中共康宁市第一人民医院委员会关于市委巡察整改进展情况的通报",
        issuer="中共康宁市第一人民医院委员会", report_date="2023-11-06",
        inspector="市委第二巡察组", inspected="康宁市第一人民医院党委",
        start="2023-04-10", end="2023-06-09", feedback_date="2023-07-21",
        problems_total=16, problems_done=14, rules_made=28,
        anomalies=["Word HTML export (LibreOffice)", "problems headed 问题一： … 问题十六：",
                   "每个问题有 整改情况： with 1./2. measures and 责任单位： line",
                   "organisation section first, long-term mechanisms last"]))
    d.t("中共康宁市第一人民医院委员会关于市委巡察整改进展情况的通报")
    d.p("""根据市委统一部署，2023年4月10日至6月9日，市委第二巡察组对康宁市第一人民医院党委开展了巡察，并于7月21日反馈了巡察意见。按照有关要求，现将巡察整改进展情况予以公布。
一、整改工作的组织开展情况
医院党委把巡察整改作为重大政治任务，成立由党委书记任组长、院长任常务副组长的整改工作领导小组，召开党委会专题研究整改工作6次。对巡察反馈的16个问题，逐条制定整改措施，明确责任领导、责任科室和完成时限。截至10月31日，16个问题已完成整改14个，其余2个正在持续推进。
二、巡察反馈问题的整改落实情况""")
    cats = [
        ("（一）党的政治建设和思想建设方面", [
            ("党委理论学习中心组学习不够深入系统，学习效果不明显", ["修订党委理论学习中心组学习制度", "制定年度学习计划并严格执行", "建立学习情况通报制度"], ["党委办公室"]),
            ("落实公立医院党委领导下的院长负责制不到位，党委会和院长办公会议事范围界定不清", ["修订党委会议和院长办公会议议事规则", "明确议事清单"], ["党委办公室", "院长办公室"]),
            ("意识形态阵地管理不严，院内宣传屏、公众号审核把关不够", ["建立宣传内容“三审三校”制度"], ["党委宣传科"]),
            ("医德医风建设抓得不实，收受“红包”回扣问题屡禁不止", ["开展医药领域腐败问题集中整治", "签订廉洁行医承诺书1260份", "设立医德医风投诉专线", "对查实问题严肃处理"], ["纪检监察室", "医务科", "护理部"]),
        ]),
        ("（二）全面从严治党和党风廉政建设方面", [
            ("药品耗材采购监管存在漏洞，个别科室违规使用非中标耗材", ["建立耗材使用动态监测机制", "对违规科室进行约谈和通报"], ["设备科", "药学部", "纪检监察室"]),
            ("基建项目管理不规范，存在先施工后招标问题", ["修订基建项目管理制度", "对在建项目开展合规性审查"], ["基建科"]),
            ("公务接待和公车使用管理不严格", ["修订公务接待管理办法", "公务用车全部纳入平台管理"], ["院长办公室", "总务科"]),
            ("纪检监察机构监督力量薄弱，日常监督流于形式", ["增配专职纪检干部2名", "建立重点岗位廉政风险防控台账"], ["纪检监察室"]),
            ("财务内控制度执行不严，部分费用报销审核把关不严", ["开展财务报销专项检查", "上线网上报销审核系统", "追回不合规报销费用"], ["财务科"]),
        ]),
        ("（三）医疗服务和行业管理方面", [
            ("医疗质量安全核心制度落实不到位，病历书写不规范", ["开展病历质量专项检查", "将病历质量纳入科室绩效考核"], ["医务科", "质控科"]),
            ("群众“看病难、看病烦”问题仍较突出，门诊预约诊疗覆盖率偏低", ["全面推行分时段预约诊疗", "优化门诊就诊流程", "增设自助服务设备40台"], ["门诊部", "信息科"]),
            ("医保基金使用不规范，存在过度检查、重复收费问题", ["开展医保基金使用自查自纠", "退回违规费用并加强事前审核"], ["医保办", "财务科"]),
            ("重点专科建设推进缓慢，学科带头人储备不足", ["制定重点专科三年建设规划", "引进学科带头人3名"], ["科教科", "人事科"]),
        ]),
        ("（四）组织建设和选人用人方面", [
            ("党支部建在科室上的要求落实不到位，部分党支部战斗堡垒作用发挥不明显", ["调整优化党支部设置", "选优配强党支部书记"], ["党委组织科"]),
            ("中层干部选拔任用程序不规范，部分岗位长期空缺", ["修订中层干部选拔任用办法", "完成中层干部竞聘上岗"], ["党委组织科", "人事科"]),
            ("编外人员管理不规范，同工不同酬问题较突出", ["制定编外人员管理办法和薪酬分配方案"], ["人事科"]),
        ]),
    ]
    n = 0
    for cat, items in cats:
        d.h(cat)
        for title, ms, units in items:
            n += 1
            pr = P(title, ms, units=units, seq=n, category=cat[3:])
            d.prob(pr, f"问题{cn(n)}：{title}。", "num", lead="整改情况：\n", tail=f"\n责任单位：{'、'.join(units)}")
    d.p("""三、建立健全长效机制情况
医院党委坚持边整边改、立行立改，在整改中健全制度、完善机制，共制定修订制度28项。下一步，医院党委将持续巩固整改成果：一是持续加强政治建设；二是持续深化医德医风建设；三是持续提升医疗服务质量。
欢迎广大干部职工和人民群众对巡察整改落实情况进行监督。联系电话：0797-5550XXX。
中共康宁市第一人民医院委员会
2023年11月6日""")
    DOCS.append(d)


# ---------------------------------------------------------------------------
# 06  kind 2 as a web copy in GB18030: site chrome, categories, cut off in the last problem
# ---------------------------------------------------------------------------
def doc06():
    d = Doc("k2_web_copy_cut_gb18030", "txt", dict(
        doc_kind="2 bulletin, web copy with chrome, truncated", 
        title="中共东湖区市场监督管理局党组关于区委巡察整改进展情况的通报",
        issuer="中共东湖区市场监督管理局党组", report_date="2023-06-09",
        inspector="区委第一巡察组", inspected="区市场监督管理局党组",
        start="2022-09-13", end="2022-11-10", feedback_date="2022-12-28",
        anomalies=["GB18030 encoding", "site chrome (breadcrumbs, 字号, share bar)",
                   "truncated inside problem 15 (its measure list ends after 二是)", "no signature: report_date is 发布时间",
                   "half-width commas/colons in places"]), encoding="gb18030")
    d.p("""东湖区人民政府门户网站
首页 | 政务公开 | 政务服务 | 互动交流 | 走进东湖
当前位置：首页 > 政务公开 > 巡察整改
中共东湖区市场监督管理局党组关于区委巡察整改进展情况的通报
发布时间：2023-06-09 10:22:31  来源：区市场监督管理局  浏览次数：1024  【字号：大 中 小】
根据区委统一部署,2022年9月13日至11月10日,区委第一巡察组对区市场监督管理局党组开展了常规巡察。2022年12月28日,巡察组向局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。
一、整改工作总体情况
局党组高度重视巡察反馈问题整改工作，成立了以党组书记、局长为组长的整改工作领导小组，召开党组会议专题研究，制定整改方案，将反馈问题分解细化为具体整改措施，明确责任领导、责任科室和完成时限。党组书记履行第一责任人职责，对整改工作亲自部署、亲自协调、亲自督办。
二、巡察反馈问题整改情况""")
    cats = [
        ("（一）贯彻落实党的路线方针政策和党中央决策部署方面", [
            ("学习贯彻习近平新时代中国特色社会主义思想不够深入", ["制定党组理论学习中心组年度学习计划", "开展专题研讨6次", "建立学习成果转化台账"]),
            ("食品安全“两个责任”落实不到位,包保干部督导流于形式", ["对全区1960家主体重新明确包保干部", "开展督导情况季度通报"]),
            ("优化营商环境举措不多,涉企服务不够主动", ["推行登记注册“一网通办”", "建立重点企业服务专员制度"]),
            ("特种设备安全监管存在盲区,部分电梯维保不到位", ["开展电梯安全专项检查", "对23家维保单位进行约谈", "推进电梯应急处置平台建设"]),
            ("消费者投诉处置效率不高,部分投诉超期办结", ["压缩投诉处理时限", "建立投诉处置督办制度"]),
        ]),
        ("（二）落实全面从严治党责任方面", [
            ("党组主体责任落实不够有力,对下属单位管理偏松", ["制定党组主体责任清单", "每半年听取下属单位党风廉政建设情况汇报"]),
            ("执法办案廉洁风险防控不到位,案件审核把关不严", ["修订行政处罚案件审核办法", "开展执法案卷评查"]),
            ("违规发放津补贴问题仍有发生", ["清退违规发放津补贴4.6万元"]),
            ("基层所公用经费使用不规范", ["开展基层所财务专项检查", "规范公用经费报销流程", "实行基层所经费集中核算"]),
        ]),
        ("（三）落实新时代党的组织路线方面", [
            ("基层党支部组织生活不规范,“三会一课”质量不高", ["开展组织生活规范化提升行动", "建立支部书记讲党课制度"]),
            ("干部队伍年龄结构老化,专业执法人才短缺", ["制定干部培养三年规划", "招录食品、药品、特种设备专业人员12名"]),
            ("干部交流轮岗不到位,部分岗位人员任职时间过长", ["对在同一岗位任职满5年的14名干部实施交流轮岗"]),
        ]),
        ("（四）巡察整改和审计整改方面", [
            ("上轮巡察整改不彻底,部分整改措施未落实", ["开展上轮巡察整改“回头看”", "对未落实措施重新明确责任和时限"]),
            ("审计发现的政府采购问题整改不到位", ["完成政府采购问题整改", "修订政府采购内部控制制度"]),
        ]),
    ]
    n = 0
    for cat, items in cats:
        d.p(cat)
        for title, ms in items:
            n += 1
            pr = P(title, ms, seq=n, category=cat[3:])
            d.prob(pr, f"{n}.{title}。", "yishi", lead="整改情况：", inline=(n % 2 == 0))
    # the cut: problem 15 starts, its measures stop after 二是
    pr = P("“双随机、一公开”监管覆盖面不够,部分抽查事项未按计划完成",
           ["制定年度双随机抽查计划", "建立"], seq=15, category=cats[-1][0][3:])
    d.problems.append((pr, 2))
    d.p("15.“双随机、一公开”监管覆盖面不够,部分抽查事项未按计划完成。")
    d.p("整改情况：一是制定年度双随机抽查计划；二是建立")
    DOCS.append(d)


# ---------------------------------------------------------------------------
# 07  kind 2 as .docx: bureau bulletin whose problems are a table with merged cells
# ---------------------------------------------------------------------------
def doc07():
    d = Doc("k2_bureau_table_docx", "docx", dict(
        doc_kind="2 bulletin, problems in a table (序号|反馈问题|整改措施|责任单位|整改时限|完成情况)",
        title="中共南湖区交通运输局党组关于区委第三巡察组反馈意见整改进展情况的通报",
        issuer="中共南湖区交通运输局党组", report_date="2024-04-18",
        inspector="区委第三巡察组", inspected="区交通运输局党组",
        start="2023-08-21", end="2023-10-20", feedback_date="2023-11-30",
        problems_total=15, problems_done=11, measures_total=32, measures_done=27,
        anomalies=["problems in a Word table; category rows merged across all columns",
                   "责任单位 and 整改时限 cells merged vertically across problems",
                   "measures numbered 1. 2. inside the cell"]))
    d.t("中共南湖区交通运输局党组关于区委第三巡察组反馈意见整改进展情况的通报")
    cats = [
        ("一、党的政治建设方面", [
            ("学习贯彻党的二十大精神不够深入，与交通运输工作结合不紧", ["制定专题学习计划", "开展“学思想、强交通”研讨"], ["局办公室"], "2024年3月", "已完成"),
            ("落实区委重大决策部署有偏差，农村公路建设进度滞后", ["建立重点项目周调度制度", "完成农村公路提档升级48公里", "对进度滞后标段约谈施工单位"], ["规划建设科"], "2024年6月", "持续推进"),
            ("意识形态工作责任制落实不到位", ["制定意识形态工作责任清单", "每半年专题研判意识形态形势"], ["局办公室"], "2024年3月", "已完成"),
        ]),
        ("二、全面从严治党方面", [
            ("工程建设领域廉洁风险突出，项目变更审批不严", ["修订工程变更管理办法", "对近三年变更项目开展专项审计", "移交问题线索2件"], ["规划建设科", "财务审计科"], "2024年3月", "已完成"),
            ("交通执法人员吃拿卡要问题时有发生", ["开展执法作风专项整治", "推行执法全过程记录"], ["综合执法大队"], "长期坚持", "长期坚持"),
            ("出租车经营权管理不规范，存在违规转让问题", ["开展出租车经营权专项清理", "建立经营权转让审核机制"], ["运输管理科"], "2024年3月", "已完成"),
            ("公务用车管理不严，存在公车私用现象", ["公务用车全部安装北斗定位", "建立用车审批登记制度"], ["局办公室"], "2024年3月", "已完成"),
            ("财务管理不规范，大额资金支付未经集体研究", ["修订“三重一大”事项决策制度", "开展财务收支专项检查"], ["财务审计科"], "2024年3月", "已完成"),
        ]),
        ("三、组织建设方面", [
            ("基层党组织建设薄弱，执法大队党支部组织生活不规范", ["规范“三会一课”台账", "开展支部书记轮训"], ["机关党委"], "2024年1月", "已完成"),
            ("干部队伍结构不合理，专业技术人才缺乏", ["制定人才队伍建设规划", "公开招录工程专业人员5名", "开展业务培训12期"], ["人事科"], "长期坚持", "长期坚持"),
            ("干部考核评价机制不健全，激励作用不明显", ["修订干部年度考核办法"], ["人事科"], "2024年1月", "已完成"),
        ]),
        ("四、巡察、审计整改方面", [
            ("上轮巡察反馈的道路养护资金问题整改不到位", ["追缴违规资金56万元", "修订道路养护资金管理办法"], ["财务审计科", "公路养护中心"], "2024年3月", "已完成"),
            ("审计指出的项目结算超期问题未整改", ["完成超期项目结算11个", "建立项目结算时限预警"], ["财务审计科"], "2024年3月", "已完成"),
            ("整改台账管理不规范，整改资料不完整", ["建立整改资料归档制度"], ["局办公室"], "2024年1月", "已完成"),
            ("整改成果运用不充分，长效机制不健全", ["开展制度“立改废”", "将整改成效纳入年度考核", "建立整改情况定期评估制度"], ["局办公室", "人事科"], "2024年6月", "持续推进"),
        ]),
    ]
    d.p("""根据区委统一部署，2023年8月21日至10月20日，区委第三巡察组对区交通运输局党组开展了常规巡察，并于2023年11月30日反馈了巡察意见。现将整改进展情况公布如下。
一、整改工作开展情况
局党组坚持把巡察整改作为重大政治任务，党组书记切实履行第一责任人责任，成立整改工作领导小组，制定整改方案，将反馈的15个问题细化为32条整改措施。截至2024年3月底，已完成整改问题11个，完成整改措施27条，其余整改任务正在有序推进。
二、巡察反馈问题整改情况
具体情况见下表：""")
    header = ["序号", "反馈问题", "整改措施", "责任单位", "整改时限", "完成情况"]
    rows, probs = [], []
    status = {"已完成": "done", "持续推进": "in_progress", "长期坚持": "long_term"}
    n = 0
    prev = None
    for cat, items in cats:
        rows.append(cat)
        prev = None
        for title, ms, units, dl, fin in items:
            n += 1
            mt = measures_text(ms, "num", end="；").rstrip("；") + "。"
            k = recount(mt, "num")
            assert k == len(ms), title
            unit_cell = "、".join(units)
            row = [str(n), title, mt, unit_cell, dl, fin]
            if prev is not None:   # merge 责任单位 / 整改时限 with the row above when equal
                if prev[3] == unit_cell:
                    row[3] = None
                if prev[4] == dl:
                    row[4] = None
            prev = [str(n), title, mt, unit_cell, dl, fin]
            rows.append(row)
            probs.append((P(title, ms, status=status[fin], units=units, deadline=dl, seq=n, category=cat[2:]), k))
    d.table(header, rows, problems=probs)
    d.p("""三、下一步工作打算
一是持续抓好未完成整改任务的落实；二是巩固已完成整改事项成果，防止反弹；三是健全长效机制，推动巡察整改与交通运输中心工作深度融合。
欢迎社会各界对巡察整改落实情况进行监督。联系电话：0710-3366XXX。
中共南湖区交通运输局党组
2024年4月18日""")
    DOCS.append(d)


# ---------------------------------------------------------------------------
# 08  kind 3: one-task 公示 (第43项), plain text
# ---------------------------------------------------------------------------
def doc08():
    d = Doc("k3_one_task_gongshi", "txt", dict(
        doc_kind="3 one task, one notice",
        title="关于第二轮中央生态环境保护督察反馈意见第43项整改任务完成情况的公示",
        issuer="白沙县人民政府", report_date="2022-11-25",
        inspector=None, inspected=None, start=None, end=None, feedback_date=None,
        anomalies=["one problem, no numbering in the text; its number is 第43项 in the title",
                   "measures as 一是…二是…三是… in one paragraph"]))
    d.t("关于第二轮中央生态环境保护督察反馈意见第43项整改任务完成情况的公示")
    title = "白沙县城区部分路段生活污水直排白沙河，城区污水管网建设滞后"
    ms = ["投资1.36亿元新建改造城区污水管网28.5公里，完成雨污分流改造小区31个",
          "对沿河17个排污口全部完成截污纳管，并安装在线监控",
          "新建白沙县第二污水处理厂，日处理能力2万吨，已于2022年9月投入运行"]
    pr = P(title, ms, status="done", units=["白沙县人民政府"], deadline="2022年10月底", seq=43)
    d.p(f"""根据《第二轮中央生态环境保护督察反馈意见整改方案》，第43项整改任务为：“{title}。”责任单位：白沙县人民政府；整改时限：2022年10月底；整改目标：城区生活污水实现应收尽收，白沙河出境断面水质稳定达到Ⅲ类。""")
    d.prob(pr, "一、整改完成情况", "yishi", lead="我县成立由县长任组长的整改工作专班，")
    d.p("""经监测，2022年8月至10月白沙河出境断面水质均值达到Ⅲ类标准，该项任务已完成整改，达到整改目标要求。
二、公示期限
2022年11月25日至12月1日（5个工作日）。公示期间，如有异议，请以书面或电话形式向县督察整改办反映。
联系电话：0736-7712XXX
白沙县生态环境保护督察整改工作领导小组办公室
2022年11月25日""")
    DOCS.append(d)


# ---------------------------------------------------------------------------
# 09  kind 3: 验收销号公示 (整改任务（序号十）) as a web page with chrome
# ---------------------------------------------------------------------------
def doc09():
    d = Doc("k3_acceptance_notice_web", "html", dict(
        doc_kind="3 one task 验收销号公示, hand-written HTML page",
        title="关于省委巡视反馈意见整改任务（序号十）验收销号情况的公示",
        issuer="中共金桥区委巡视整改工作领导小组办公室", report_date="2024-05-13",
        inspector=None, inspected=None, start=None, end=None, feedback_date=None,
        anomalies=["HTML page with navigation chrome and footer", "single task, number written 序号十",
                   "no signature date; 发布时间 in the page header", "what was done as one undivided paragraph"]))
    title = "区属国有企业“三重一大”决策制度执行不严，部分重大投资项目未经集体研究"
    ms = ["区国资委牵头对8家区属国有企业近三年“三重一大”事项开展全面排查，对发现的4个未经集体研究的投资项目补充履行决策程序并追究相关人员责任，修订出台《区属国有企业“三重一大”决策制度实施办法》，建立重大事项决策会议纪要备案制度"]
    pr = P(title, ms, status="done", units=["区国资委"], deadline="2024年3月底", seq=10)
    d.problems.append((pr, 1))
    d.html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于省委巡视反馈意见整改任务（序号十）验收销号情况的公示_金桥区人民政府</title></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | 无障碍浏览 | 长者模式</div>
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>
<div class="article">
<h1>关于省委巡视反馈意见整改任务（序号十）验收销号情况的公示</h1>
<div class="info">发布时间：2024-05-13 09:30  信息来源：区委巡视整改办  【打印】【关闭】</div>
<p>按照省委巡视整改工作要求，区委巡视整改工作领导小组办公室组织对整改任务（序号十）进行了验收，现将有关情况公示如下：</p>
<p><strong>一、反馈问题</strong></p>
<p>{title}。</p>
<p><strong>二、责任单位及整改时限</strong></p>
<p>牵头单位：区国资委。整改时限：2024年3月底。</p>
<p><strong>三、整改完成情况</strong></p>
<p>{ms[0]}。</p>
<p><strong>四、验收意见</strong></p>
<p>经验收组现场核查、查阅资料，该整改任务已按要求完成，同意验收销号。</p>
<p>公示时间：2024年5月13日至5月17日。公示期间如有异议，请向区委巡视整改办反映，电话：0571-8766XXXX。</p>
</div>
<div class="share">分享到：微信 微博 QQ空间</div>
<div class="footer">主办：金桥区人民政府办公室 | 网站标识码：3301XXXXXX | 备案号：浙ICP备XXXXXXXX号</div>
</body></html>
"""
    DOCS.append(d)


# ---------------------------------------------------------------------------
# 10  kind 4: one quoted feedback item "第一轮督察反馈指出，……"
# ---------------------------------------------------------------------------
def doc10():
    d = Doc("k4_single_feedback_item", "txt", dict(
        doc_kind="4 one quoted feedback item",
        title="柳溪县关于第一轮省级生态环境保护督察反馈问题整改情况的说明",
        issuer="柳溪县人民政府", report_date="2021-07-08",
        inspector=None, inspected="柳溪县", start=None, end=None, feedback_date=None,
        anomalies=["one problem, titled by the quoted feedback after 反馈指出，", "what was done in prose with 一是/二是",
                   "status in the closing sentence"]))
    title = "柳溪县城乡结合部垃圾收运体系不健全，大量生活垃圾沿河堆放，雨季随水入河"
    ms = ["投资3200万元建成城乡垃圾压缩转运站6座，配备收运车辆42台，实现城乡结合部垃圾日产日清",
          "组织开展沿河垃圾清理专项行动，累计清理沿河垃圾1.8万吨",
          "将沿河垃圾治理纳入河长制考核，建立县、乡、村三级巡河保洁机制"]
    pr = P(title, ms, status="done", seq=None)
    d.t("柳溪县关于第一轮省级生态环境保护督察反馈问题整改情况的说明")
    d.p(f"""第一轮省级生态环境保护督察反馈指出，“{title}”。
收到反馈意见后，县委、县政府高度重视，将该问题列为重点整改事项，由县政府分管副县长牵头，县城管局、县水利局和相关乡镇具体负责。""")
    d.prob(pr, "整改措施：", "yishi", inline=True, sep="。")
    d.p("""经县督察整改办组织现场核查，沿河已无垃圾堆放现象，该问题已完成整改，并通过市级验收。
柳溪县人民政府
2021年7月8日""")
    DOCS.append(d)


# ---------------------------------------------------------------------------
# 11  kind 4 as .docx: several "第二轮督察反馈指出，……" items
# ---------------------------------------------------------------------------
def doc11():
    d = Doc("k4_several_feedback_items", "docx", dict(
        doc_kind="4 several quoted feedback items",
        title="关于中央生态环境保护督察反馈意见涉及石湾区问题整改进展情况的报告",
        issuer="石湾区人民政府", report_date="2023-03-20",
        inspector="第二轮中央生态环境保护督察组", inspected=None, start=None, end=None, feedback_date="2022-01-11",
        problems_total=4, problems_done=2,
        anomalies=["each problem a paragraph opening 第一轮/第二轮督察反馈指出，", "items numbered 一、二、三、四、",
                   "status stated at the end of each item", "feedback date given as 于2022年1月11日反馈"]))
    d.t("关于中央生态环境保护督察反馈意见涉及石湾区问题整改进展情况的报告")
    d.p("""区人大常委会：
第二轮中央生态环境保护督察组于2021年11月对我省开展督察，并于2022年1月11日反馈督察意见。其中涉及我区的问题4个（含第一轮督察整改“回头看”指出问题1个）。截至2023年2月底，已完成整改2个，其余2个正在按计划推进。现将整改进展情况报告如下：""")
    items = [
        ("第一轮督察反馈指出", "石湾区陶瓷产业集中区燃煤窑炉改造滞后，颗粒物和二氧化硫排放量大", "done", "yishi",
         ["完成87条陶瓷生产线“煤改气”", "对未完成改造的12家企业依法关停", "建设大气自动监测站5个"], "目前，该问题已完成整改。"),
        ("第二轮督察反馈指出", "石湾河部分支流黑臭反弹，沿线截污管网存在断头管、错混接", "in_progress", "yishi",
         ["完成截污管网修复16.2公里", "消除断头管41处", "实施支流清淤和生态补水"], "目前，该问题正在持续推进，计划2023年底前完成。"),
        ("第二轮督察反馈指出", "区建筑垃圾消纳场所不足，违规倾倒问题突出", "done", "para",
         ["区政府新建建筑垃圾资源化利用项目1个，年处置能力100万吨，同时设立临时消纳点3处，对违规倾倒行为开展联合执法，立案查处42宗"], "该问题已于2022年12月完成整改。"),
        ("第二轮督察反馈指出", "工业固体废物综合利用率偏低，陶瓷废渣长期露天堆存", "in_progress", "yishi",
         ["引进陶瓷废渣综合利用企业2家", "对露天堆存点位实施覆盖防尘", "推动企业开展清洁生产审核"], "目前，该问题整改正在推进中。"),
    ]
    for i, (lead, title, st, style, ms, tail) in enumerate(items, start=1):
        pr = P(title, ms, status=st, seq=i)
        d.prob(pr, f"{cn(i)}、{lead}，“{title}”。", style, lead="整改情况：" if style != "para" else "", tail=tail, sep="；")
    d.p("""下一步，我区将继续压实整改责任，加快推进未完成事项，确保按期高质量完成整改任务。
石湾区人民政府
2023年3月20日""")
    DOCS.append(d)


# ---------------------------------------------------------------------------
# 12  kind 5: a 区委 round summary covering many inspected bodies, figures only
# ---------------------------------------------------------------------------
def doc12():
    d = Doc("k5_round_summary_district", "txt", dict(
        doc_kind="5 round summary, zero problems",
        title="中共清河区委关于十一届区委第五轮巡察集中整改情况的通报",
        issuer="中共清河区委", report_date="2024-01-22",
        inspector="区委巡察组", inspected=None, start="2023-04-10", end="2023-06-16", feedback_date=None,
        problems_total=697, problems_done=688, rules_made=589,
        anomalies=["no problem list: per-unit paragraphs give figures only", "per-unit figures (反馈问题32个、已整改31个) are not the headline",
                   "percentages beside counts"]))
    d.t("中共清河区委关于十一届区委第五轮巡察集中整改情况的通报")
    d.p("""2023年4月10日至6月16日，十一届区委第五轮巡察对区教育局、区卫生健康委等14个区直单位党组织和6个街道、12个社区党组织开展了常规巡察，并于2023年7月集中反馈了巡察意见。按照区委要求，现将巡察集中整改情况通报如下。
一、整改总体情况
被巡察党组织共收到反馈问题697个，截至2023年12月31日，已整改688个，整改率98.7%；移交问题线索43件，已办结41件，给予党纪政务处分19人；建立完善制度589项，推动解决群众急难愁盼问题126个。
二、主要做法
（一）压实整改主体责任。各被巡察党组织书记认真履行第一责任人职责，召开专题民主生活会（组织生活会）32次，逐项制定整改方案。
（二）强化整改日常监督。区纪委监委、区委组织部建立巡察整改联动监督机制，对整改进度滞后的5个单位进行提醒谈话。
（三）开展整改评估。区委巡察办会同相关部门对32个被巡察党组织整改情况开展评估，评估结果纳入年度考核。
三、部分单位整改情况
区教育局党组：反馈问题32个，已整改31个，建立完善制度27项。
区卫生健康委党组：反馈问题29个，已全部整改，建立完善制度24项。
区住房城乡建设局党组：反馈问题35个，已整改33个，建立完善制度31项。
东城街道党工委：反馈问题26个，已全部整改，建立完善制度18项。
（其他单位整改情况详见各单位网站公布的巡察整改进展情况通报）
四、下一步工作
区委将持续强化巡察整改日常监督，对尚未完成的9个问题实行挂单督办，推动巡察整改常态化、长效化。
中共清河区委巡察工作领导小组办公室
2024年1月22日""")
    DOCS.append(d)


# ---------------------------------------------------------------------------
# 13  kind 5: 党组书记组织落实整改工作情况, web page, zero problems
# ---------------------------------------------------------------------------
def doc13():
    d = Doc("k5_secretary_report_web", "html", dict(
        doc_kind="5 organisation-level report, zero problems",
        title="中共西岭市统计局党组书记组织落实巡察整改工作情况的报告",
        issuer="中共西岭市统计局党组", report_date="2023-09-14",
        inspector="市委第六巡察组", inspected="市统计局党组", start="2023-02-20", end="2023-04-21",
        feedback_date="2023-05-26",
        problems_total=11, measures_total=45, measures_done=43,
        anomalies=["numbered sections are what the secretary did, not problems",
                   "HTML page; no signature: report_date is 发布日期", "一是/二是 lists of actions"]))
    body = """<p>根据市委统一部署，2023年2月20日至4月21日，市委第六巡察组对市统计局党组开展了巡察，于2023年5月26日反馈了巡察意见。作为党组书记和整改第一责任人，我坚持把抓好巡察整改作为重大政治任务，现将组织落实整改工作情况报告如下。</p>
<p>一、提高站位，带头认领整改责任</p>
<p>巡察反馈会后，我第一时间主持召开党组会议，对巡察反馈的3个方面11个问题逐条认领，研究制定整改方案，细化整改措施45条。截至目前，已完成43条，其余2条需长期坚持。</p>
<p>二、靠前指挥，带头推动整改落实</p>
<p>一是亲自部署，主持召开整改工作推进会5次；二是亲自督办，对统计数据质量、统计执法等重点问题逐一过问；三是亲自把关，对整改材料逐项审核签字。</p>
<p>三、以身作则，带头落实整改要求</p>
<p>带头讲专题党课，带头开展谈心谈话，与班子成员和科室负责人谈心谈话23人次，带头查摆自身在履行第一责任人职责方面存在的不足。</p>
<p>四、标本兼治，带头推动建章立制</p>
<p>坚持把巡察整改与统计现代化改革结合起来，推动完善统计数据质量管理、统计执法监督等方面的制度机制。下一步，我将继续履行好第一责任人职责，一以贯之抓好整改。</p>"""
    d.html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>西岭市统计局</title></head>
<body>
<table width="100%"><tr><td><a href="/">网站首页</a></td><td><a href="/tjsj/">统计数据</a></td><td><a href="/tzgg/">通知公告</a></td></tr></table>
<div class="position">当前位置： 网站首页 &gt;&gt; 党建工作</div>
<h2 style="text-align:center">中共西岭市统计局党组书记组织落实巡察整改工作情况的报告</h2>
<p class="src">发布日期：2023-09-14 &nbsp; 来源：本站 &nbsp; 阅读次数：318</p>
{body}
<p style="text-align:right">【关闭窗口】 【打印本页】</p>
<div class="foot">版权所有：西岭市统计局 技术支持：西岭市大数据中心</div>
</body></html>
"""
    DOCS.append(d)


# ---------------------------------------------------------------------------
# 14  kind 6 as .pdf: audit-rectification report; main problems in an attachment table
# ---------------------------------------------------------------------------
def doc14():
    d = Doc("k6_audit_rectification_pdf", "pdf", dict(
        doc_kind="6 audit rectification report with a table (pdf)",
        title="赣北市人民政府关于2023年度市级预算执行和其他财政收支审计查出问题整改情况的报告",
        issuer="赣北市人民政府", report_date="2024-12-10",
        inspector="赣北市审计局", inspected=None, start=None, end=None, feedback_date=None,
        problems_total=86, problems_done=79, rules_made=36,
        anomalies=["headline counts (审计查出问题86个/已整改79个) exceed the 10 problems listed in the table",
                   "table with a merged 责任单位 column and category rows", "body sections give per-category figures",
                   "page footer lines '— 2 —' in the PDF text",
                   "table rows in the PDF: plain text extraction interleaves the 问题 and 措施 cells line by line"]))
    d.t("赣北市人民政府关于2023年度市级预算执行和其他财政收支审计查出问题整改情况的报告")
    d.p("""——2024年12月10日在赣北市第十七届人民代表大会常务委员会第二十四次会议上
市审计局局长  周明远
主任、各位副主任、秘书长、各位委员：
2024年6月26日，市十七届人大常委会第二十一次会议审议了《关于2023年度市级预算执行和其他财政收支的审计工作报告》。市政府高度重视审计查出问题整改工作，多次召开专题会议研究部署。现将整改情况报告如下：
一、审计查出问题整改工作部署推进情况
市政府坚持把审计整改作为重要政治任务，建立健全审计整改责任体系，压实被审计单位整改主体责任、主管部门监督管理责任和审计机关督促检查责任，将审计整改情况纳入绩效考核和领导干部经济责任审计内容。市审计局对审计查出问题实行清单化管理、销号式推进，累计开展跟踪检查6轮。
二、审计查出问题的整改情况
2023年度审计工作报告反映的审计查出问题86个，截至2024年10月底，已整改79个，整改率91.9%；通过上缴财政、归还原渠道、统筹盘活等方式整改问题金额12.6亿元，制定完善制度36项。
（一）市级财政管理审计查出问题的整改情况。审计查出问题18个，已整改17个，主要是：加快预算支出执行，清理收回结余结转资金2.3亿元；规范非税收入征管，督促缴库1.1亿元。
（二）部门预算执行审计查出问题的整改情况。审计查出问题31个，已整改29个，主要通过退还违规资金、调整账务等方式整改。
（三）重大政策措施落实跟踪审计查出问题的整改情况。审计查出问题22个，已整改20个。
（四）重点民生资金和项目审计查出问题的整改情况。审计查出问题15个，已整改13个。
三、尚未完成整改的问题及下一步工作
尚未完成整改的7个问题，主要涉及历史遗留、体制机制等原因，需要长期推进。下一步，市政府将持续督促有关部门和单位落实整改责任，确保审计查出问题整改到位。
附件：2023年度审计查出主要问题整改情况表
赣北市人民政府
2024年12月10日
— 2 —""")
    d.pb()
    d.p("附件")
    d.p("2023年度审计查出主要问题整改情况表")
    cats = [
        ("一、市级财政管理", [
            ("部分预算收入未及时缴入国库，滞留专户资金1.1亿元", ["督促相关单位将滞留资金全部缴库", "建立非税收入缴库月度对账机制"], ["市财政局"], "2024年6月底", "已完成"),
            ("结转结余资金未及时清理盘活2.3亿元", ["清理收回结余结转资金2.3亿元统筹使用"], ["市财政局"], "2024年6月底", "已完成"),
            ("政府债务资金使用效益不高，部分专项债券资金闲置", ["调整专项债券资金用途1.6亿元", "加快项目建设进度", "建立债券资金使用月通报制度"], ["市财政局", "市发展改革委"], "2024年12月底", "部分完成"),
        ]),
        ("二、部门预算执行", [
            ("3个部门无预算、超预算支出", ["调整账务并追回超支资金", "将预算执行纳入部门绩效评价"], ["市住房城乡建设局"], "2024年6月底", "已完成"),
            ("2个部门违规发放津贴补贴", ["收回违规发放的津贴补贴86.2万元"], ["市水利局"], "2024年6月底", "已完成"),
            ("部分单位政府采购不规范，化整为零规避公开招标", ["对相关责任人进行约谈", "修订内部采购管理制度"], ["市水利局"], "2024年6月底", "已完成"),
        ]),
        ("三、重大政策措施落实和民生资金", [
            ("涉企收费清理不彻底，个别单位违规收取中介服务费", ["退还企业违规收费312万元", "公开涉企收费目录清单"], ["市市场监管局"], "2024年9月底", "已完成"),
            ("高标准农田建设项目部分工程质量不达标", ["督促施工单位返工整改", "对监理单位进行处罚"], ["市农业农村局"], "2024年12月底", "已完成"),
            ("养老服务补贴资金重复发放、向不符合条件人员发放", ["追回重复发放补贴资金48.7万元", "建立民政与公安、卫健数据比对机制"], ["市民政局"], "2024年9月底", "已完成"),
            ("部分保障性住房分配不公，存在违规享受问题", ["清退不符合条件人员142户", "完善保障性住房准入退出机制", "开展保障性住房分配专项检查"], ["市住房城乡建设局"], "长期坚持", "持续推进"),
        ]),
    ]
    header = ["序号", "审计查出问题", "整改措施", "责任单位", "整改时限", "整改完成情况"]
    status = {"已完成": "done", "持续推进": "in_progress", "部分完成": "in_progress"}
    rows, probs, n = [], [], 0
    for cat, items in cats:
        rows.append(cat)
        prev_unit = None
        for title, ms, units, dl, fin in items:
            n += 1
            mt = measures_text(ms, "num_cn", end="；").rstrip("；") + "。"
            k = recount(mt, "num_cn")
            assert k == len(ms)
            uc = "、".join(units)
            rows.append([str(n), title, mt, None if uc == prev_unit else uc, dl, fin])
            prev_unit = uc
            probs.append((P(title, ms, status=status[fin], units=units, deadline=dl, seq=n, category=cat[2:]), k))
    d.table(header, rows, problems=probs)
    d.p("— 5 —")
    DOCS.append(d)


# ---------------------------------------------------------------------------
# 15  kind 7: a traditional-character copy of a provincial bureau's bulletin
# ---------------------------------------------------------------------------
def doc15():
    d = Doc("k7_traditional_copy", "txt", dict(
        doc_kind="7 traditional-character copy (written simplified, converted with OpenCC s2t)",
        title="中共江北省审计厅党组关于省委巡视整改进展情况的通报",
        issuer="中共江北省审计厅党组", report_date="2022-12-02",
        inspector="省委第八巡视组", inspected="省审计厅党组",
        start="2022-03-14", end="2022-05-13", feedback_date="2022-07-05",
        problems_total=10, problems_done=8,
        anomalies=["whole text in traditional characters; truth is written in simplified (the reading an importer should give)",
                   "reposted copy: 轉載 line and source above the title", "items 1、 with 整改情况: and 一是/二是"]))
    d.traditional = True
    d.p("""轉載自：江北省紀委監委網站  2022-12-05
""")
    d.t("中共江北省审计厅党组关于省委巡视整改进展情况的通报")
    d.p("""根据省委统一部署，2022年3月14日至5月13日，省委第八巡视组对省审计厅党组进行了常规巡视，并于2022年7月5日向省审计厅党组反馈了巡视意见。按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。
一、党组履行巡视整改主体责任情况
厅党组认真履行巡视整改主体责任，党组书记切实担负第一责任人职责，组织召开党组会议9次专题研究整改工作。巡视反馈问题10个，已完成整改8个，其余2个正在持续推进。
二、巡视反馈问题整改落实情况
（一）贯彻落实党中央决策部署和省委工作要求方面""")
    cats = [
        ("（一）贯彻落实党中央决策部署和省委工作要求方面", [
            ("审计监督服务全省中心工作的精准度不高，对重大政策落实跟踪审计力度不够", ["修订年度审计项目计划管理办法", "将重大政策落实跟踪审计覆盖全部设区市"]),
            ("审计查出问题整改督促不到位，部分问题屡审屡犯", ["建立审计整改“对账销号”制度", "对屡审屡犯问题开展专项治理", "将整改情况向省人大常委会专题报告"]),
            ("审计信息化建设滞后，大数据审计能力不足", ["建成省级审计数据中心", "组建大数据审计团队"]),
        ]),
        ("（二）落实全面从严治党责任方面", [
            ("审计现场廉政纪律执行不严格", ["修订审计现场管理办法", "推行审计组廉政监督员制度"]),
            ("党组对直属单位监督管理偏弱", ["制定直属单位重大事项报告制度"]),
            ("机关作风建设有待加强，文风会风转变不明显", ["精简会议文件", "开展作风建设专项整治"]),
        ]),
        ("（三）落实新时代党的组织路线方面", [
            ("审计专业人才队伍建设滞后，复合型人才紧缺", ["实施审计人才培养“三年计划”", "公开遴选审计业务骨干15名"]),
            ("干部交流轮岗机制执行不到位", ["对任职满8年的处级干部进行交流轮岗"]),
            ("机关党支部“三会一课”制度落实不严", ["规范党支部组织生活", "开展党支部工作考评"]),
            ("基层党建与审计业务融合不够", ["推行“党建+审计项目”工作法", "在审计组建立临时党支部"]),
        ]),
    ]
    n = 0
    for ci, (cat, items) in enumerate(cats):
        if ci > 0:
            d.p(cat)
        for title, ms in items:
            n += 1
            pr = P(title, ms, seq=n, category=cat[3:])
            d.prob(pr, f"{n}、{title}。", "yishi" if len(ms) > 1 else "para", lead="整改情况：", inline=True)
    d.p("""三、下一步工作
厅党组将持续抓好巡视整改后半篇文章，对尚未完成的整改任务，坚持目标不变、标准不降、力度不减，确保全部整改到位。
欢迎广大干部群众对巡视整改落实情况进行监督。
中共江北省审计厅党组
2022年12月2日""")
    DOCS.append(d)


BUILDERS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12, doc13, doc14, doc15]


def main() -> int:
    for i, build in enumerate(BUILDERS, start=1):
        build()
    for i, d in enumerate(DOCS, start=1):
        stem = f"{i:02d}_{d.stem}"
        for old in HERE.glob(stem + ".*"):
            old.unlink()
        out = HERE / f"{stem}.{d.fmt}"
        if d.fmt == "txt":
            out.write_bytes(d.text().encode(d.encoding))
        elif d.fmt == "docx":
            write_docx(d, out)
        elif d.fmt == "html" and getattr(d, "html", None):
            out.write_text(d.html, encoding="utf-8")
        else:  # html or pdf through LibreOffice from a .docx
            with tempfile.TemporaryDirectory() as tmp:
                src = Path(tmp) / f"{stem}.docx"
                write_docx(d, src)
                made = soffice(src, "html:HTML (StarWriter)" if d.fmt == "html" else "pdf", Path(tmp))
                shutil.copy(made, out)
        truth = d.truth()
        (HERE / f"{stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")
        print(f"{out.name:48} problems={len(truth['problems']):3} "
              f"measures={sum(p['measure_count'] for p in truth['problems'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
