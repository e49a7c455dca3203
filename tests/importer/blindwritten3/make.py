#!/usr/bin/env python3
"""Write the blindwritten3 documents and their truths from the same data.

Run:  PYTHONPATH=<dir with python-docx and opencc> python3 make.py
Needs python-docx, opencc (s2t) and LibreOffice (soffice) for the .pdf and the Word-exported .html.
Each document is built as a list of blocks; every problem is registered with its truth fields and its
measures, and the measure count is checked against an independent recount of the listing markers in
the rendered text of that problem (make.py stops when they disagree).
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
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"

# ---------------------------------------------------------------- independent recount
MARKER_FAMILIES = [
    re.compile(r"[一二三四五六七八九十]是"),
    re.compile(r"[（(]\d{1,2}[）)]"),
    re.compile(r"(?m)^[ \t\u3000]*\d{1,2}[.．](?!\d)"),
    re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩]"),
]


def recount(body: str) -> int:
    """Count listing markers in a problem's rendered body (its heading excluded)."""
    best = max(len(fam.findall(body)) for fam in MARKER_FAMILIES)
    return best if best else 1


# ---------------------------------------------------------------- rendering of measure lists
def render_measures(measures: list[str], style: str) -> list[str]:
    """Return paragraphs for a measure list. A single measure is an undivided paragraph."""
    if len(measures) == 1:
        return [measures[0]]
    if style == "shi":
        return ["".join(f"{CN[i]}是{m}" for i, m in enumerate(measures))]
    if style == "shi_lines":
        return [f"{CN[i]}是{m}" for i, m in enumerate(measures)]
    if style == "paren":
        return [f"（{i + 1}）{m}" for i, m in enumerate(measures)]
    if style == "paren_inline":
        return ["".join(f"（{i + 1}）{m}" for i, m in enumerate(measures))]
    if style == "dot":
        return [f"{i + 1}.{m}" for i, m in enumerate(measures)]
    if style == "dot_full":
        return [f"{i + 1}．{m}" for i, m in enumerate(measures)]
    if style == "circle":
        return ["".join(f"{CIRCLED[i]}{m}" for i, m in enumerate(measures))]
    raise ValueError(style)


class Doc:
    def __init__(self, stem, fmt, *, title, issuer, report_date, inspector=None, inspected=None,
                 start=None, end=None, feedback_date=None, headline=None, anomalies=(), kind="bulletin",
                 model_urls=(), what="", sep="\n"):
        self.stem, self.fmt, self.sep = stem, fmt, sep
        self.what, self.model_urls = what, list(model_urls)
        hl = {"problems_total": None, "problems_done": None, "measures_total": None,
              "measures_done": None, "rules_made": None}
        hl.update(headline or {})
        self.truth = {
            "kind": kind, "title": title, "issuer": issuer, "report_date": report_date,
            "inspection": {"inspector": inspector, "inspected": inspected, "start": start, "end": end,
                           "feedback_date": feedback_date},
            "headline": hl, "problems": [], "anomalies": list(anomalies),
        }
        self.blocks: list[tuple] = []   # ("p"|"h"|"c"|"table", payload)

    def h(self, *texts):      # bold heading line
        for t in texts:
            self.blocks.append(("h", t))

    def c(self, *texts):      # centred line (title, signature)
        for t in texts:
            self.blocks.append(("c", t))

    def p(self, *texts):
        for t in texts:
            self.blocks.append(("p", t))

    def prob(self, heading, *, title, seq, category, status, measures, style="shi", lead=(), tail=(),
             units=(), deadline=None, heading_kind="h"):
        body = list(lead) + render_measures(measures, style) + list(tail)
        self._register(title, seq, category, status, len(measures), "\n".join(body), units, deadline)
        if heading is not None:
            self.blocks.append((heading_kind, heading))
        for para in body:
            self.blocks.append(("p", para))

    def _register(self, title, seq, category, status, n, body_text, units, deadline):
        again = recount(body_text)
        if again != n:
            sys.exit(f"{self.stem}: measure count for {title!r}: data {n}, recount {again}\n{body_text}")
        self.truth["problems"].append({
            "seq": seq, "category": category, "title": title, "status": status, "measure_count": n,
            "responsible_units": list(units), "deadline": deadline})

    def table(self, header, groups, widths=None):
        """groups: list of ("cat", text) or ("prob", dict) where dict has seq, title, category, status,
        measures, units, deadline, progress. Problem cells are merged down over the measure rows."""
        for kind, g in groups:
            if kind == "prob":
                body = "\n".join(f"{i + 1}.{m}" for i, m in enumerate(g["measures"]))
                self._register(g["title"], g["seq"], g["category"], g["status"], len(g["measures"]), body,
                               g.get("units", ()), g.get("deadline"))
        self.blocks.append(("table", (header, groups, widths)))

    # ------------------------------------------------------------ plain text view
    def text(self) -> str:
        out = []
        for kind, payload in self.blocks:
            if kind == "table":
                header, groups, _ = payload
                out.append("\t".join(header))
                for k, g in groups:
                    if k == "cat":
                        out.append(g)
                        continue
                    for i, m in enumerate(g["measures"]):
                        first = i == 0
                        out.append("\t".join([
                            str(g["seq_text"]) if first else "", g["cell_title"] if first else "",
                            f"{i + 1}.{m}", g["deadline_text"] if first else "",
                            "、".join(g.get("units", ())) if first else "", g["progress"] if first else ""]))
            else:
                out.append(payload)
        return self.sep.join(out) + "\n"


DOCS: list[Doc] = []


def doc(*a, **k) -> Doc:
    d = Doc(*a, **k)
    DOCS.append(d)
    return d


# ================================================================ 01 — report, problems only in 附件1 (docx)
d = doc("bw3_01_report_attachment_items", "docx",
        title="青岚县自然资源局关于省第二生态环境保护督察组反馈问题整改进展情况的报告",
        issuer="青岚县自然资源局", report_date="2024-03-15",
        inspector="省第二生态环境保护督察组", inspected="白溪市",
        start="2023-04-10", end="2023-05-10", feedback_date="2023-07-18",
        headline={"problems_total": 6, "problems_done": 3},
        what="County bureau report to the county Party committee: narrative body, signature, then 附件1 listing "
             "the problems as 项目1.1 … 项目2.3 with 整改时限/整改进展情况 lines and （1）（2） measures.",
        model_urls=["http://www.ruijin.gov.cn/rjsxxgk/rjin80885/202211/4b9971a0f2914baa97d9707b3c846fd6.shtml",
                    "http://m.ilynn.cn/document_detail/61662.html"],
        anomalies=["problems only in the attachment after the signature",
                   "OCR slip 项目l.3 (letter l for digit 1)",
                   "narrative body has a numbered work list (（一）…（三）) that is not a problem list"])
d.c("青岚县自然资源局关于省第二生态环境保护督察组反馈问题整改进展情况的报告")
d.p("中共青岚县委、青岚县人民政府：",
    "2023年4月10日至5月10日，省第二生态环境保护督察组对白溪市开展了第二轮省级生态环境保护督察，并于2023年7月18日向白溪市反馈了督察意见。"
    "督察反馈意见及整改方案中涉及我局牵头整改的具体问题共6个。按照县委、县政府关于督察整改工作的统一部署，我局坚持问题导向、目标导向，"
    "逐项制定整改措施，压茬推进整改落实。截至2024年3月上旬，6个问题中已完成整改3个，基本完成1个，持续推进2个。现将整改进展情况报告如下。")
d.h("一、整改工作开展情况")
d.p("（一）压实整改责任。督察反馈后，局党组第一时间召开专题会议，传达学习省督察组反馈意见和市、县整改工作会议精神，"
    "成立由局长任组长、分管副局长任副组长、各股室和自然资源所负责人为成员的督察整改工作专班，"
    "将反馈问题逐项分解到股室、落实到人，形成问题清单、任务清单和责任清单，实行挂图作战、对账销号。",
    "（二）强化调度督办。整改专班实行双周调度制度，每两周汇总一次各责任股室整改进展，对未达序时进度的任务亮黄灯提醒，"
    "对连续两次滞后的任务由分管领导约谈股室负责人。整改以来共召开调度会14次，印发督办通知9期，开展现场核查23次。",
    "（三）注重建章立制。坚持当下改与长久立相结合，围绕耕地保护、矿山生态修复等重点领域，"
    "制定印发《青岚县耕地“非农化”“非粮化”动态巡查办法》《青岚县废弃矿山生态修复项目管理细则》等制度文件5项，"
    "推动整改成果制度化、长效化。")
d.h("二、整改取得的阶段性成效")
d.p("通过整改，全县耕地保护和矿产资源管理水平有了明显提升。累计完成37个耕地“非农化”图斑复耕复垦，面积约412亩；"
    "清理永久基本农田内违规种植苗木地块19宗；完成2处废弃矿山生态修复主体工程，督促8家采矿权人足额缴存矿山地质环境治理恢复基金。"
    "整改期间，全县未新增违法占用耕地问题，群众对自然资源领域的信访投诉同比下降三成以上。")
d.h("三、存在的困难和下一步打算")
d.p("当前整改工作仍存在一些困难：部分苗木清理涉及流转合同纠纷，推进难度较大；双河口采石场生态修复工程受资金和季节影响，工期较紧。"
    "下一步，我局将继续紧盯未完成的整改任务，加强与乡镇和有关部门的协调配合，积极争取上级生态修复专项资金，"
    "确保剩余任务按期完成；同时举一反三，持续开展耕地保护“回头看”，坚决防止问题反弹。")
d.p("特此报告。")
d.p("附件：1.青岚县自然资源局督察反馈具体问题整改进展情况（共6个问题）")
d.c("青岚县自然资源局", "2024年3月15日")
d.h("附件1")
d.c("青岚县自然资源局督察反馈具体问题整改进展情况（共6个问题）")
CAT = "耕地保护方面存在的问题"
d.h("（一）耕地保护方面存在的问题")
d.prob("项目1.1：部分乡镇耕地“非农化”图斑核查整改推进缓慢，督察时仍有37个图斑未完成复耕",
       title="部分乡镇耕地“非农化”图斑核查整改推进缓慢，督察时仍有37个图斑未完成复耕",
       seq=1, category=CAT, status="done", deadline="2023年12月底", style="paren",
       lead=["整改时限：2023年12月底", "整改进展情况：已完成整改"],
       measures=["逐图斑建立整改台账，明确每个图斑的位置、面积、现状和责任乡镇，由乡镇自然资源所逐一现场核实。",
                 "对已建成设施的图斑依法下达责令改正通知书，督促当事人自行拆除，拒不拆除的由乡镇组织清理。",
                 "联合县农业农村局对复耕地块开展土壤培肥和耕作层恢复，37个图斑已全部复耕并种植小麦、油菜。"])
d.prob("项目1.2：永久基本农田上违规种植苗木问题未得到有效遏制",
       title="永久基本农田上违规种植苗木问题未得到有效遏制",
       seq=2, category=CAT, status="in_progress", deadline="2024年6月底", style="paren",
       lead=["整改时限：2024年6月底", "整改进展情况：持续推进中"],
       measures=["对全县永久基本农田种植苗木情况进行全面排查，共排查出地块27宗，已清理19宗，剩余8宗涉及流转合同纠纷，正在协商处置。",
                 "会同县司法局对苗木种植户开展政策宣讲，引导种植户在春季苗木出圃期集中移栽，减少经济损失。"])
d.prob("项目l.3：高标准农田建设项目后期管护责任不落实，部分灌溉设施损毁后长期无人维修",
       title="高标准农田建设项目后期管护责任不落实，部分灌溉设施损毁后长期无人维修",
       seq=3, category=CAT, status="in_progress", deadline="立行立改，长期坚持", style="paren",
       lead=["整改时限：立行立改，长期坚持", "整改进展情况：基本完成"],
       measures=["会同县农业农村局制定高标准农田设施管护办法，明确乡镇、村集体和经营主体的管护责任。",
                 "对已损毁的42处灌溉设施逐一登记，已修复38处，其余4处纳入2024年度维修计划。",
                 "将高标准农田管护情况纳入乡镇年度耕地保护目标责任考核。"])
CAT = "矿产资源开发方面存在的问题"
d.h("（二）矿产资源开发方面存在的问题")
d.prob("项目2.1：废弃矿山生态修复进度滞后，双河口采石场修复工程未按期开工",
       title="废弃矿山生态修复进度滞后，双河口采石场修复工程未按期开工",
       seq=1, category=CAT, status="in_progress", deadline="2024年10月底", style="paren",
       lead=["整改时限：2024年10月底", "整改进展情况：持续推进中"],
       measures=["完成双河口采石场生态修复工程初步设计和预算评审，工程已于2023年11月开工，目前完成边坡削坡和排水沟建设。",
                 "积极争取省级废弃矿山生态修复专项资金680万元，已到位400万元。"])
d.prob("项目2.2：部分采矿权人未按要求履行矿山地质环境治理恢复义务",
       title="部分采矿权人未按要求履行矿山地质环境治理恢复义务",
       seq=2, category=CAT, status="done", deadline="2023年10月底", style="paren",
       lead=["整改时限：2023年10月底", "整改进展情况：已完成整改"],
       measures=["对全县在册的14个采矿权开展专项检查，督促8家未足额缴存基金的采矿权人补缴基金共计1260万元。",
                 "要求各采矿权人按年度编制矿山地质环境治理恢复计划并报我局备案。",
                 "将履行治理恢复义务情况纳入矿业权人信息公示，对拒不履行的依法列入异常名录。"])
d.prob("项目2.3：自然保护地内历史遗留采矿权退出工作不彻底",
       title="自然保护地内历史遗留采矿权退出工作不彻底",
       seq=3, category=CAT, status="done", deadline="2023年12月底", style="paren",
       lead=["整改时限：2023年12月底", "整改进展情况：已完成整改"],
       measures=["对龙眠山县级自然保护区内3宗历史遗留采矿权依法注销，收回采矿许可证。",
                 "对退出矿区的采场、道路开展复绿，完成植被恢复面积56亩，并由县林业局组织验收。"])


# ================================================================ 02 — report, problems only in 附件 as 问题1.1 (UTF-8 txt)
d = doc("bw3_02_report_problem_labels", "txt",
        title="中共白溪市林业局党组关于市委第三巡察组反馈意见整改进展情况的报告",
        issuer="中共白溪市林业局党组", report_date="2023-11-20",
        inspector="市委第三巡察组", inspected="白溪市林业局党组",
        start="2023-03-13", end="2023-05-12", feedback_date="2023-06-21",
        headline={"problems_total": 7, "problems_done": 5, "rules_made": 11},
        what="Party group report to the city committee: narrative only, then 附件 listing 问题1.1 … 问题3.2, "
             "with 整改时限 and an 整改进展情况 line before 一是…二是… measures.",
        model_urls=["http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html",
                    "http://m.ilynn.cn/document_detail/61662.html"],
        anomalies=["problems only in the attachment after the signature",
                   "dotted labels 问题1.1 … 问题3.2: seq is the last number"],
        sep="\n\n")
d.c("中共白溪市林业局党组关于市委第三巡察组反馈意见整改进展情况的报告")
d.p("市委巡察工作领导小组：",
    "根据市委统一部署，2023年3月13日至5月12日，市委第三巡察组对白溪市林业局党组开展了常规巡察，"
    "并于2023年6月21日反馈了巡察意见。局党组把巡察整改作为一项重要政治任务，对照反馈意见逐条认领、逐项整改。"
    "巡察反馈问题7个，截至目前已完成整改5个，其余2个正在按计划推进；整改中建立完善制度11项，"
    "给予诫勉谈话1人、批评教育3人，清退违规发放补贴2.46万元。现将有关情况报告如下。")
d.p("一、坚持把整改作为政治责任。局党组召开专题会议6次，研究部署整改工作，制定《落实市委第三巡察组反馈意见整改方案》，"
    "明确党组书记为整改第一责任人，班子成员按分工牵头负责分管领域整改，实行“周报告、月通报”制度，确保整改不漏项、不走样。"
    "召开巡察整改专题民主生活会，班子成员逐一进行对照检查，开展批评与自我批评，认领问题、剖析根源。",
    "二、坚持把整改与业务工作结合起来。把巡察整改与林长制落实、森林防火、松材线虫病防治等重点工作同部署、同推进，"
    "以整改促进森林资源保护发展。全年完成人工造林1.2万亩，森林覆盖率达到61.3%，未发生较大森林火灾。",
    "三、坚持举一反三建章立制。对巡察指出的共性问题，在全局范围内开展自查自纠，修订完善《局党组议事规则》"
    "《公务接待管理办法》《林业项目资金管理办法》等制度11项，堵塞管理漏洞。",
    "下一步，局党组将持续抓好未完成问题的整改，坚持目标不变、标准不降，对已完成整改的问题适时开展“回头看”，巩固整改成果。")
d.p("附件：市委第三巡察组反馈问题整改进展情况（共7个问题）")
d.c("中共白溪市林业局党组", "2023年11月20日")
d.h("附件")
d.c("市委第三巡察组反馈问题整改进展情况（共7个问题）")
CAT = "贯彻落实党的路线方针政策和上级决策部署方面"
d.h("一、贯彻落实党的路线方针政策和上级决策部署方面")
d.prob("问题1.1：学习贯彻习近平生态文明思想不够深入，理论学习与林业工作结合不紧",
       title="学习贯彻习近平生态文明思想不够深入，理论学习与林业工作结合不紧",
       seq=1, category=CAT, status="done", deadline="2023年9月底",
       lead=["整改时限：2023年9月底", "整改进展情况：已完成整改"],
       measures=["修订局党组理论学习中心组年度学习计划，将习近平生态文明思想列为必学内容，全年开展专题研讨4次。",
                 "组织班子成员围绕林长制、国土绿化等工作开展专题调研，形成调研报告5篇。",
                 "在局机关开展“生态文明大讲堂”活动，邀请省林科院专家授课3次。"])
d.prob("问题1.2：林长制落实不到位，部分村级林长巡林记录不全",
       title="林长制落实不到位，部分村级林长巡林记录不全",
       seq=2, category=CAT, status="in_progress", deadline="2024年6月底",
       lead=["整改时限：2024年6月底", "整改进展情况：正在推进"],
       measures=["上线林长制巡林管理系统，实现巡林轨迹、问题上报线上留痕，目前已覆盖全市86%的村级林长。",
                 "每季度对各县区林长巡林情况进行抽查通报，已通报2次。"])
d.prob("问题1.3：松材线虫病疫情防控责任落实不严，疫木清理不彻底",
       title="松材线虫病疫情防控责任落实不严，疫木清理不彻底",
       seq=3, category=CAT, status="done", deadline="2023年10月底",
       lead=["整改时限：2023年10月底", "整改进展情况：已完成整改"],
       measures=["组织开展秋季疫情普查，对枯死松树逐株登记、逐株清理，累计清理疫木3.2万株。",
                 "对疫木除治施工单位实行全程视频监管，发现违规处置的扣减工程款。",
                 "与公安、交通等部门开展联合检查，查处违规调运松木案件2起。",
                 "将疫情防控纳入县区林长制考核，实行一票否决。"])
CAT = "落实全面从严治党责任方面"
d.h("二、落实全面从严治党责任方面")
d.prob("问题2.1：公务接待管理不规范，存在接待清单与公函不符的情况",
       title="公务接待管理不规范，存在接待清单与公函不符的情况",
       seq=1, category=CAT, status="done", deadline="立行立改",
       lead=["整改时限：立行立改", "整改进展情况：已完成整改"],
       measures=["对2021年以来的公务接待台账进行全面清理，逐笔核对接待清单与公函，对不符的12笔接待予以规范。",
                 "修订《公务接待管理办法》，实行接待审批、清单、公函“三单合一”。"])
d.prob("问题2.2：下属事业单位违规发放津贴补贴",
       title="下属事业单位违规发放津贴补贴",
       seq=2, category=CAT, status="done", deadline="2023年8月底",
       lead=["整改时限：2023年8月底", "整改进展情况：已完成整改"],
       measures=["责令市林场对违规发放的加班补贴予以清退，已清退2.46万元并上缴财政。",
                 "对相关责任人进行批评教育，对林场主要负责人进行诫勉谈话。"])
CAT = "落实巡察、审计等监督发现问题整改方面"
d.h("三、落实巡察、审计等监督发现问题整改方面")
d.prob("问题3.1：上轮审计指出的林业项目资金结余问题整改不到位",
       title="上轮审计指出的林业项目资金结余问题整改不到位",
       seq=1, category=CAT, status="in_progress", deadline="2023年12月底",
       lead=["整改时限：2023年12月底", "整改进展情况：基本完成"],
       measures=["对2019年以来林业项目结余资金进行全面清理，已收回结余资金138万元，统筹用于森林防火基础设施建设。",
                 "会同市财政局修订《林业项目资金管理办法》，明确结余资金两年内必须收回。"])
d.prob("问题3.2：整改台账管理粗放，部分问题销号依据不充分",
       title="整改台账管理粗放，部分问题销号依据不充分",
       seq=2, category=CAT, status="done", deadline="2023年9月底",
       lead=["整改时限：2023年9月底", "整改进展情况：已完成整改"],
       measures=["重新梳理历次监督检查发现问题整改台账，补充完善佐证材料，对销号依据不足的4个问题重新组织验收。"])


# ================================================================ 03 — bulletin: organisation first, problems middle, next steps last (pdf)
d = doc("bw3_03_bulletin_org_first", "pdf",
        title="中共东浦区农业农村局党组关于区委巡察整改进展情况的通报",
        issuer="中共东浦区农业农村局党组", report_date="2023-10-30",
        inspector="区委第一巡察组", inspected="区农业农村局党组",
        start="2023-03-20", end="2023-05-19", feedback_date="2023-06-28",
        what="Bulletin whose first section is organisation (提高政治站位/加强组织领导, 一是…三是), problems in the "
             "middle section under three categories with a status sentence after the 一是… measures, next steps last.",
        model_urls=["http://www.gy-zao.com/page104?article_id=27455",
                    "http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html"],
        anomalies=["organisation section and next-step section both use 一是…三是 lists that are not measures"])
d.c("中共东浦区农业农村局党组关于区委巡察整改进展情况的通报")
d.p("根据区委统一部署，2023年3月20日至5月19日，区委第一巡察组对区农业农村局党组开展了常规巡察。"
    "2023年6月28日，区委第一巡察组向区农业农村局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。")
d.h("一、提高政治站位，加强组织领导，扎实推进巡察整改")
d.p("局党组坚持把巡察整改作为重大政治任务，以整改实效检验政治担当。一是提高政治站位。巡察反馈后，局党组第一时间召开会议，"
    "传达学习区委书记专题会议精神和巡察反馈意见，统一思想认识，坚决做到真认账、真反思、真整改。"
    "二是加强组织领导。成立由党组书记任组长的巡察整改工作领导小组，下设办公室，抽调骨干力量集中办公，"
    "制定整改方案，明确整改任务16项、具体措施43条，逐项明确责任领导、责任科室和完成时限。"
    "三是强化督促检查。领导小组办公室每半月调度一次整改进展，建立整改销号台账，对整改不到位的坚决不予销号，"
    "对整改滞后的科室进行提醒谈话。")
d.h("二、巡察反馈问题整改落实情况")
CAT = "贯彻落实上级决策部署不够有力"
d.h("（一）贯彻落实上级决策部署不够有力")
d.prob("1.关于“粮食生产扶持政策落实不够精准”问题",
       title="粮食生产扶持政策落实不够精准", seq=1, category=CAT, status="done",
       measures=["对2022年度耕地地力保护补贴发放情况进行全面复核，纠正重复申报、面积不实等问题21户，追回补贴资金1.8万元。",
                 "建立补贴面积与确权面积、种植面积比对机制，由镇街农业综合服务中心逐户核实后再行发放。",
                 "在村务公开栏和区政府网站公示补贴对象和金额，接受群众监督。"],
       tail=["目前，该问题已完成整改。"])
d.prob("2.关于“农村人居环境整治长效管护机制不健全”问题",
       title="农村人居环境整治长效管护机制不健全", seq=2, category=CAT, status="in_progress",
       measures=["制定《东浦区农村人居环境长效管护考核办法》，将农村公厕、垃圾收运设施管护纳入镇街年度考核。",
                 "对全区126座农村公厕开展逐座排查，已完成维修改造98座。"],
       tail=["该问题正在整改中，计划于2023年12月底前全部完成。"])
CAT = "落实全面从严治党主体责任不够到位"
d.h("（二）落实全面从严治党主体责任不够到位")
d.prob("3.关于“对下属单位监督管理偏松偏软”问题",
       title="对下属单位监督管理偏松偏软", seq=3, category=CAT, status="done",
       measures=["局党组与区农业技术推广中心、区动物疫病预防控制中心等5家下属单位签订党风廉政建设责任书，班子成员每季度到联系单位督导一次。",
                 "开展下属单位财务专项检查，发现并整改问题17个。"],
       tail=["目前，该问题已完成整改。"])
d.prob("4.关于“项目资金审核把关不严”问题",
       title="项目资金审核把关不严", seq=4, category=CAT, status="done",
       measures=["修订《农业项目资金管理办法》，明确项目申报、审核、验收、拨付各环节责任。",
                 "对2021年以来实施的农业项目开展“回头看”，对验收资料不全的9个项目补充完善手续。",
                 "聘请第三方机构对500万元以上项目实施绩效评价。",
                 "将项目资金拨付情况纳入局党组会议定期听取事项。"],
       tail=["目前，该问题已完成整改。"])
CAT = "落实新时代党的组织路线不够扎实"
d.h("（三）落实新时代党的组织路线不够扎实")
d.prob("5.关于“基层党组织标准化规范化建设存在短板”问题",
       title="基层党组织标准化规范化建设存在短板", seq=5, category=CAT, status="done",
       measures=["对局属4个党支部“三会一课”记录进行全面检查，督促补齐会议记录和学习台账。",
                 "开展支部书记轮训，全年组织培训2期。"],
       tail=["目前，该问题已完成整改。"])
d.prob("6.关于“干部队伍年龄结构老化、专业人才不足”问题",
       title="干部队伍年龄结构老化、专业人才不足", seq=6, category=CAT, status="long_term",
       measures=["制定《区农业农村局干部队伍建设三年规划》，通过公开招考、遴选等方式补充农业专业技术人员。"],
       tail=["该问题需长期坚持，局党组将持续推进。"])
d.h("三、下一步工作打算")
d.p("下一步，局党组将坚持目标不变、力度不减，持续深化巡察整改。一是持续抓好未完成事项整改。对正在整改和需要长期坚持的问题，"
    "逐一明确时间节点，确保按期完成。二是建立健全长效机制。对已完成的整改事项适时开展“回头看”，防止问题反弹回潮。"
    "三是推动整改成果转化。把巡察整改与乡村振兴重点工作结合起来，以整改成效推动农业农村高质量发展。",
    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0573-86021134；"
    "邮政信箱：东浦区人民路88号区农业农村局办公室。")
d.c("中共东浦区农业农村局党组", "2023年10月30日")


# ================================================================ 04 — bulletin on a disclosure page with site chrome (html)
d = doc("bw3_04_bulletin_web_chrome", "html_web",
        title="中共南岭县卫生健康局党组关于巡察整改情况的通报",
        issuer="中共南岭县卫生健康局党组", report_date="2024-01-12",
        inspector="县委第二巡察组", inspected="县卫生健康局党组",
        start="2023-04-17", end="2023-06-16", feedback_date="2023-08-24",
        headline={"problems_total": 7, "problems_done": 5, "rules_made": 9},
        what="Government disclosure page (信息索引号/文件名称/发布机构/成文日期 box, breadcrumb, share, footer). "
             "Organisation paragraph first, problems under (一)在“…”方面 with 1.关于“…”问题的整改, status line "
             "then （1）（2） measures, next steps last. No signature: date from 成文日期.",
        model_urls=["http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html",
                    "http://sjj.ningbo.gov.cn/art/2023/1/6/art_1229055570_58921710.html"],
        anomalies=["site chrome: breadcrumb, metadata box, share/print links, footer with ICP number",
                   "categories wrapped as 在“…”方面"])
d.p("中共南岭县卫生健康局党组关于巡察整改情况的通报")
d.p("根据县委统一部署，2023年4月17日至6月16日，县委第二巡察组对县卫生健康局党组进行了巡察。2023年8月24日，"
    "县委巡察组向县卫生健康局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改情况予以公布。")
d.p("局党组把巡察整改作为重大政治任务来抓，切实加强组织领导，成立以党组书记为组长的整改工作领导小组，"
    "召开党组会、专题推进会8次，制定整改方案，建立问题、任务、责任“三张清单”。截至目前，巡察反馈问题7个，"
    "已完成整改5个、正在整改2个，整改完成率71.4%。在巡察整改工作中，给予诫勉1人，批评教育4人，"
    "制定及修改完善制度9项，追缴资金3.58万元。")
CAT = "在“贯彻落实党中央和上级党委决策部署不够到位”方面"
CATT = "在“贯彻落实党中央和上级党委决策部署不够到位”方面"
d.h("（一）在“贯彻落实党中央和上级党委决策部署不够到位”方面")
d.prob("1.关于“基层医疗卫生服务能力提升工作推进缓慢”问题的整改",
       title="基层医疗卫生服务能力提升工作推进缓慢", seq=1, category=CATT, status="done", style="paren",
       lead=["整改进展：已完成整改。"],
       measures=["制定《南岭县乡镇卫生院服务能力提升三年行动方案》，明确年度目标任务。",
                 "县人民医院与12家乡镇卫生院建立医共体帮扶关系，下派骨干医师36名。",
                 "完成5家乡镇卫生院发热门诊和数字化预防接种门诊改造。"])
d.prob("2.关于“家庭医生签约服务质量不高”问题的整改",
       title="家庭医生签约服务质量不高", seq=2, category=CATT, status="in_progress", style="paren",
       lead=["整改进展：正在整改中。"],
       measures=["开展签约服务专项核查，对“签而不约”的1326户重新入户随访。",
                 "将签约居民满意度纳入乡镇卫生院绩效考核，每季度电话回访抽查。"])
d.h("（二）在“落实全面从严治党主体责任有差距”方面")
CATT = "在“落实全面从严治党主体责任有差距”方面"
d.prob("3.关于“医疗领域廉洁风险防控不到位”问题的整改",
       title="医疗领域廉洁风险防控不到位", seq=3, category=CATT, status="done", style="paren",
       lead=["整改进展：已完成整改。"],
       measures=["开展医药领域腐败问题集中整治，组织县直医疗机构全面自查。",
                 "建立药品耗材采购异常波动预警机制，每月通报用量排名前十的品种。",
                 "对3名违规收受回扣的医务人员移交纪检监察机关处理。"])
d.prob("4.关于“公务用车管理不规范”问题的整改",
       title="公务用车管理不规范", seq=4, category=CATT, status="done", style="paren",
       lead=["整改进展：已完成整改。"],
       measures=["修订《公务用车使用管理制度》，全面推行用车审批单和行车记录登记。",
                 "对2022年以来的加油卡、维修费用逐笔核查，追回不合理费用0.86万元。"])
d.prob("5.关于“下属单位财务管理混乱”问题的整改",
       title="下属单位财务管理混乱", seq=5, category=CATT, status="done", style="paren",
       lead=["整改进展：已完成整改。"],
       measures=["委托会计师事务所对县疾控中心、县妇幼保健院开展财务收支专项审计。",
                 "对审计发现的往来款长期挂账问题进行清理，清收资金2.72万元。"])
d.h("（三）在“落实新时代党的组织路线不够有力”方面")
CATT = "在“落实新时代党的组织路线不够有力”方面"
d.prob("6.关于“卫生人才引进培养机制不健全”问题的整改",
       title="卫生人才引进培养机制不健全", seq=6, category=CATT, status="in_progress", style="paren",
       lead=["整改进展：正在整改中。"],
       measures=["出台《南岭县卫生健康人才引进培养激励办法》，对引进的紧缺专业人才给予安家补助。",
                 "与市卫生学校签订定向培养协议，每年定向培养乡村医生20名。"])
d.prob("7.关于“党支部组织生活不严肃”问题的整改",
       title="党支部组织生活不严肃", seq=7, category=CATT, status="done", style="paren",
       lead=["整改进展：已完成整改。"],
       measures=["对局属党支部组织生活会开展情况进行全面检查，督促2个支部重新召开组织生活会。",
                 "局党组成员每人联系1个党支部，每年至少参加2次支部组织生活。"])
d.p("下一步，局党组将持续巩固巡察整改成果，对尚未完成的2个问题紧盯不放，确保按时整改到位；"
    "对已完成整改的问题开展“回头看”，健全长效机制，推动全县卫生健康事业高质量发展。",
    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0736-5212098。")


# ================================================================ 05 — bulletin with the problems in a Word table, merged cells (docx)
d = doc("bw3_05_bulletin_table_merged", "docx_table",
        title="中共北沙镇委员会关于县委第二巡察组反馈意见整改进展情况的通报",
        issuer="中共北沙镇委员会", report_date="2024-04-26",
        inspector="县委第二巡察组", inspected="北沙镇党委",
        start="2023-09-11", end="2023-11-10", feedback_date="2023-12-19",
        headline={"problems_total": 6, "problems_done": 3, "measures_total": 14, "measures_done": 11},
        what="Township bulletin: organisation section first, then a Word table (序号/反馈问题/整改措施/整改时限/"
             "责任单位/进展情况) with category rows merged across and problem cells merged down over the measure "
             "rows; next steps last.",
        model_urls=["http://m.ilynn.cn/document_detail/61662.html",
                    "https://deaufficio.com/suma/xwzx/tzgg/195045811.html"],
        anomalies=["problems only in a table; category rows are merged across all columns",
                   "problem number, title, deadline, units and progress cells are merged vertically over the measure rows"])
d.c("中共北沙镇委员会关于县委第二巡察组反馈意见整改进展情况的通报")
d.p("根据县委统一部署，2023年9月11日至11月10日，县委第二巡察组对北沙镇党委开展了常规巡察，并于2023年12月19日反馈了巡察意见。"
    "镇党委高度重视，坚持把巡察整改作为重大政治任务，对反馈的6个问题逐项制定整改措施14条。截至2024年4月中旬，"
    "已完成整改3个问题，14条整改措施中已完成11条。按照党务公开原则和巡察工作有关要求，现将整改进展情况予以公布。")
d.h("一、提高政治站位，加强组织领导")
d.p("镇党委召开专题会议研究部署巡察整改工作，成立由党委书记任组长、镇长任副组长的整改工作领导小组，"
    "下设综合协调、督查督办两个工作组，制定《北沙镇落实县委第二巡察组反馈意见整改方案》，"
    "实行“领导包案、专班推进、对账销号”。党委书记先后主持召开整改推进会5次，带队到村（社区）督导整改8次，"
    "班子成员按照分工认领整改任务，做到问题不清零不收兵。")
d.h("二、反馈问题整改落实情况")
d.p("各项问题的整改措施、时限、责任单位和进展情况见下表。")
HEADER = ["序号", "反馈问题", "整改措施", "整改时限", "责任单位", "进展情况"]
C1 = "贯彻落实党的理论和路线方针政策方面"
C2 = "落实全面从严治党战略部署方面"
C3 = "落实新时代党的组织路线方面"
STATUS_WORD = {"done": "已完成", "in_progress": "正在推进", "long_term": "长期坚持"}


def row(seq, cat, title, status, deadline, units, measures):
    return ("prob", {"seq": seq, "seq_text": str(seq), "title": title, "cell_title": title, "category": cat,
                     "status": status, "deadline": deadline, "deadline_text": deadline, "units": units,
                     "progress": STATUS_WORD[status], "measures": measures})


d.table(HEADER, [
    ("cat", "一、" + C1),
    row(1, C1, "乡村振兴产业项目谋划不足，村集体经济发展后劲不足", "in_progress", "2024年12月底", ["镇农业农村办", "镇经济发展办"],
        ["制定村集体经济发展三年行动计划，一村一策明确增收路径。", "引进生姜深加工项目1个，带动5个村入股分红。",
         "对集体经济收入低于10万元的3个村派驻帮扶工作队。"]),
    row(2, C1, "人居环境整治存在反弹，部分村庄垃圾清运不及时", "done", "立行立改，长期坚持", ["镇城建办"],
        ["调整保洁员队伍，实行网格化保洁责任制。", "增购垃圾转运车2辆，实现日产日清。"]),
    ("cat", "二、" + C2),
    row(3, C2, "村级财务管理不规范，部分村存在白条入账", "done", "2024年3月底", ["镇财政所", "镇纪委"],
        ["对全镇14个村（社区）2021年以来的财务凭证开展全面清查。", "对白条入账的37笔支出补齐手续或予以退回。",
         "推行村级财务“线上审批、线下留痕”管理。"]),
    row(4, C2, "工程项目招投标监管不严，个别项目化整为零规避招标", "in_progress", "2024年6月底", ["镇党政办", "镇财政所"],
        ["修订《北沙镇小型工程项目管理办法》，明确限额以上项目一律进入公共资源交易平台。",
         "对2022年以来实施的小型工程项目进行全面排查。"]),
    ("cat", "三、" + C3),
    row(5, C3, "村级后备干部队伍建设薄弱", "long_term", "长期坚持", ["镇组织办"],
        ["每个村储备2名以上35岁以下后备干部，建立后备干部人才库。", "每年组织后备干部集中培训1次。"]),
    row(6, C3, "党员教育管理不严格，流动党员失联", "done", "2024年2月底", ["镇组织办"],
        ["开展流动党员排查，联系上失联党员4名。", "建立流动党员微信群，按月推送学习内容。"]),
])
d.h("三、下一步工作打算")
d.p("镇党委将继续保持整改力度不减、标准不降，对正在推进的2个问题和需长期坚持的1个问题，定期调度、跟踪督办；"
    "对已完成的问题适时开展“回头看”，巩固整改成果；坚持举一反三，把巡察整改与乡村振兴、基层治理结合起来，"
    "建立健全长效机制，切实把巡察整改成果转化为推动全镇高质量发展的实际成效。",
    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0719-3421056。")
d.c("中共北沙镇委员会", "2024年4月26日")


# ================================================================ 06 — 验收销号公示 for 整改任务（序号十） (UTF-8 txt)
d = doc("bw3_06_task_signoff_notice", "txt",
        title="关于中央生态环境保护督察反馈问题整改任务（序号十）验收销号的公示",
        issuer="白溪市生态环境保护督察整改工作领导小组办公室", report_date="2024-01-08",
        what="One-task sign-off notice: 一、整改问题 … 六、整改完成情况 sections, 1.2.3. measures, objection period "
             "and hotline, signature date.",
        model_urls=["https://deaufficio.com/suma/xwzx/tzgg/195045811.html"],
        anomalies=["one problem; seq from 整改任务（序号十）",
                   "objection period dates (公示期) are not inspection dates"])
d.c("关于中央生态环境保护督察反馈问题整改任务（序号十）验收销号的公示")
d.p("第二轮中央生态环境保护督察反馈问题整改任务（序号十）已按整改方案要求完成整改，并通过市级验收。"
    "该项任务由市住房和城乡建设局牵头、市城市管理局配合实施，累计完成投资3.86亿元，涉及老城区12个排水分区、"
    "4.1万户居民。根据《白溪市生态环境保护督察反馈问题整改验收销号办法》要求，现将整改完成情况公示如下：")
d.h("一、整改问题")
d.p("白溪市城区雨污管网混错接问题突出，老城区约40公里管网雨污不分，雨季污水溢流直排清水河。")
d.h("二、整改责任单位")
d.p("白溪市住房和城乡建设局、白溪市城市管理局")
d.h("三、整改措施")
d.prob(None, title="白溪市城区雨污管网混错接问题突出，老城区约40公里管网雨污不分，雨季污水溢流直排清水河",
       seq=10, category=None, status="done", deadline="2023年12月底",
       units=["白溪市住房和城乡建设局", "白溪市城市管理局"], style="dot",
       measures=["开展城区排水管网全面普查，建立管网地理信息系统，摸清混错接点位312处。",
                 "实施老城区雨污分流改造工程，新建污水管网26.4公里，改造混错接点位312处。",
                 "新建清水河截污调蓄池1座，调蓄容积2万立方米，解决雨季溢流问题。",
                 "出台《白溪市城市排水管网运行维护管理办法》，落实管网养护责任单位和经费。"])
d.h("四、整改目标")
d.p("完成老城区雨污分流改造，城区生活污水集中收集率达到70%以上，雨季不再出现污水溢流直排。")
d.h("五、整改时限")
d.p("2023年12月底")
d.h("六、整改完成情况")
d.p("经核查，老城区雨污分流改造工程已全部完工并投入运行，2023年城区生活污水集中收集率达到73.6%，"
    "清水河入河排口雨季未再出现污水溢流。2023年12月28日，市督察整改领导小组办公室组织市级验收，该项整改任务通过验收，同意销号。")
d.h("七、验收意见")
d.p("市级验收组由市生态环境局、市住房和城乡建设局、市财政局、市水务局相关负责同志及2名排水行业专家组成。验收组采取听取汇报、"
    "查阅资料、现场抽查相结合的方式，抽查改造点位46处、入河排口12个，查阅工程竣工验收资料、管网检测报告和运行维护记录等资料112份，"
    "并在2023年汛期降雨后对清水河沿线排口进行了突击检查，未发现污水溢流现象。验收组认为，该项整改任务整改措施落实到位，"
    "整改目标已经实现，佐证材料齐全，符合《白溪市生态环境保护督察反馈问题整改验收销号办法》规定的销号条件，同意通过验收。",
    "下一步，市住房和城乡建设局、市城市管理局将加强排水管网日常养护和运行监管，定期开展管网检测，"
    "防止雨污混接问题反弹，持续巩固整改成效。")
d.p("如对该问题整改完成情况有异议，请在公示期间（2024年1月8日至2024年1月19日，共10个工作日）"
    "以来电、来信等方式向白溪市生态环境保护督察整改工作领导小组办公室反映。",
    "监督电话：0558-2316620",
    "通讯地址：白溪市府前路1号市生态环境局（市督察整改办）")
d.c("白溪市生态环境保护督察整改工作领导小组办公室", "2024年1月8日")


# ================================================================ 07 — 整改情况说明 about 第7项 (GB18030 txt)
d = doc("bw3_07_task_explanation_gb18030", "gb18030",
        title="南岭县关于第二轮中央生态环境保护督察反馈意见第7项整改任务完成情况的说明",
        issuer="南岭县人民政府", report_date="2023-12-05",
        inspector="中央第五生态环境保护督察组", inspected="湖南省", feedback_date="2021-12-17",
        what="One-task explanation in GB18030: quotes the feedback item (督察反馈意见第7项指出：“…”), target, "
             "deadline, four 一是… lines of what was done, acceptance and sign-off. Signed by the county government.",
        model_urls=["http://nzgx.org/html/ZhengCeFaGui/DiFangFaGui/20181113/551697.html",
                    "http://m.ilynn.cn/document_detail/61662.html"],
        anomalies=["encoded in GB18030", "one problem titled by the quoted feedback; seq 7 from 第7项"],
        sep="\n")
d.c("南岭县关于第二轮中央生态环境保护督察反馈意见第7项整改任务完成情况的说明")
d.p("2021年12月17日，中央第五生态环境保护督察组向湖南省反馈了第二轮中央生态环境保护督察意见。"
    "按照省、市督察整改方案分工，反馈意见第7项整改任务涉及我县。县委、县政府将其列为全县重点整改事项，"
    "由县政府分管副县长牵头，县生态环境局、县农业农村局具体负责，现将整改完成情况说明如下。")
d.h("一、反馈问题")
d.prob("督察反馈意见第7项指出：“南岭县畜禽养殖污染治理不到位，资江支流沿岸仍有规模养殖场粪污直排，部分养殖场配套消纳土地不足。”",
       title="南岭县畜禽养殖污染治理不到位，资江支流沿岸仍有规模养殖场粪污直排，部分养殖场配套消纳土地不足",
       seq=7, category=None, status="done", deadline="2023年底", style="shi_lines",
       lead=["二、整改目标", "全县规模养殖场粪污处理设施装备配套率达到100%，畜禽粪污综合利用率达到85%以上，资江支流沿岸无养殖粪污直排。",
             "三、整改时限", "2023年底", "四、整改完成情况"],
       measures=["全面排查整治。对资江支流沿岸1公里范围内的养殖场开展拉网式排查，排查规模养殖场63家，对存在直排问题的9家依法立案查处，"
                 "责令限期完成治污设施改造，其中关停搬迁2家。",
                 "完善治污设施。县财政统筹整合资金1850万元，支持61家规模养殖场新建或改造雨污分流、干湿分离和粪污贮存设施，"
                 "配套率达到100%。",
                 "推进粪污资源化利用。建成有机肥加工厂1座，年处理粪污5万吨；推行“种养结合、就近消纳”模式，"
                 "为消纳土地不足的养殖场协调签订消纳协议1.2万亩，2023年畜禽粪污综合利用率达到87.4%。",
                 "强化日常监管。将规模养殖场纳入网格化环境监管，县生态环境局、县农业农村局每季度开展联合检查，"
                 "对资江支流出境断面实行每月监测，2023年以来断面水质稳定达到Ⅱ类。"],
       tail=["五、验收情况",
             "2023年11月22日，县督察整改工作领导小组组织县生态环境局、县农业农村局及相关专家对该项整改任务进行了验收，"
             "经现场查看、查阅资料，认为整改措施已落实到位，达到整改目标，该项整改任务已完成，同意报请市级销号。"])
d.h("六、巩固提升措施")
d.p("该项任务销号后，我县将继续把畜禽养殖污染防治作为农村生态环境保护的重点，严格执行畜禽养殖禁养区划定方案，"
    "新建、改扩建规模养殖场必须配套建设粪污处理设施并落实消纳土地，未通过环评的不得投产；"
    "对已整改的养殖场每半年开展一次“回头看”，发现问题反弹的依法从严查处，并追究属地乡镇和监管部门责任，"
    "确保整改成果经得起检验、群众认可。",
    "同时，我县将把畜禽养殖污染治理与农村人居环境整治、耕地质量提升结合起来，继续扶持有机肥加工和社会化粪污收运服务组织，"
    "推动养殖粪污由“治”向“用”转变，让种养结合循环发展成为常态。",
    "附件：1.南岭县畜禽养殖污染整治验收意见", "2.资江支流出境断面2023年水质监测报告")
d.c("南岭县人民政府", "2023年12月5日")


# ================================================================ 08 — 公示 of one 巡视 task (第12项), Word-exported html
d = doc("bw3_08_task_notice_word_html", "html_lo",
        title="关于省委第五巡视组反馈意见第12项整改任务整改情况的公示",
        issuer="中共东岭市委巡视整改工作领导小组办公室", report_date="2024-05-20",
        inspector="省委第五巡视组", inspected="东岭市",
        start="2023-03-01", end="2023-05-10", feedback_date="2023-07-06",
        what="One-task notice written in Word and saved as HTML by LibreOffice: quotes the feedback, lists "
             "①②③ measures, then 整改成效 and a 整改状态：长期坚持 line.",
        model_urls=["https://deaufficio.com/suma/xwzx/tzgg/195045811.html",
                    "http://nzgx.org/html/ZhengCeFaGui/DiFangFaGui/20181113/551697.html"],
        anomalies=["Word→HTML export (LibreOffice markup)", "one problem; seq 12 from 第12项; status long_term"])
d.c("关于省委第五巡视组反馈意见第12项整改任务整改情况的公示")
d.p("2023年3月1日至5月10日，省委第五巡视组对东岭市进行了巡视，并于2023年7月6日向东岭市委反馈了巡视意见。"
    "按照《东岭市落实省委第五巡视组反馈意见整改方案》，反馈意见第12项整改任务由市住房和城乡建设局牵头、"
    "市自然资源和规划局配合落实，市委巡视整改工作领导小组办公室于2024年5月组织有关部门进行了审核评估。现将该项任务整改情况公示如下：")
d.h("一、反馈问题")
d.prob("省委巡视反馈指出：“保障性住房建设分配管理不规范，部分公租房长期空置，个别不符合条件人员违规占用。”",
       title="保障性住房建设分配管理不规范，部分公租房长期空置，个别不符合条件人员违规占用",
       seq=12, category=None, status="long_term", deadline="立行立改，长期坚持",
       units=["市住房和城乡建设局", "市自然资源和规划局"], style="circle",
       lead=["（责任单位：市住房和城乡建设局、市自然资源和规划局）", "整改时限：立行立改，长期坚持", "二、整改措施"],
       measures=["开展保障性住房分配使用专项清查，逐户核查公租房承租人家庭收入、住房和车辆情况，清退不符合条件人员87户。",
                 "对长期空置的1264套公租房，采取面向新就业大学生、新市民和一线环卫工人定向配租等方式盘活，已配租1038套。",
                 "建立住建、民政、公安、市场监管、不动产登记等部门信息共享机制，实行承租人资格年度动态复核。",
                 "出台《东岭市公共租赁住房管理办法》，将违规占用、转租转借行为纳入个人信用记录。"],
       tail=["三、整改成效",
             "截至2024年4月底，全市公租房空置率由巡视时的23.5%下降到4.1%，违规占用问题全部清退到位，"
             "群众对保障性住房分配公平性的满意度明显提升。",
             "整改状态：长期坚持。该项任务主体工作已完成，资格复核、动态调整等措施需长期坚持，"
             "市住房和城乡建设局将每半年报送一次进展情况。"])
d.h("四、举一反三情况")
d.p("在抓好反馈问题整改的同时，市住房和城乡建设局举一反三，将保障性租赁住房、人才公寓纳入同步清查范围，"
    "共核查房源3180套，发现并纠正分配不规范问题23个；会同市纪委监委驻市住建局纪检监察组对公租房分配工作中的作风问题开展专项监督，"
    "对2名在资格审核中把关不严的工作人员进行了批评教育。同时，在市政府门户网站开设保障性住房信息公开专栏，"
    "定期公开房源、配租对象和轮候排序情况，主动接受社会监督。",
    "下一步，市住房和城乡建设局将持续完善保障性住房分配、使用、退出全链条管理，每半年向市委巡视整改工作领导小组报告一次工作进展，"
    "确保整改成效不反弹、不走样。")
d.p("公示期为2024年5月20日至5月26日。公示期间，如对该项整改任务整改情况有异议，可通过来信、来电、来访等方式向市委巡视整改工作领导小组办公室反映。",
    "联系电话：0745-8226731",
    "来信地址：东岭市人民中路2号市委巡视整改办（邮编418000）")
d.c("中共东岭市委巡视整改工作领导小组办公室", "2024年5月20日")


# ================================================================ 09 — quoted feedback item on a news page (UTF-8 txt)
d = doc("bw3_09_quoted_feedback_news", "txt",
        title="【督察整改在行动】白溪市：清水河入河排污口整治见实效",
        issuer="白溪市生态环境局", report_date="2023-09-14",
        what="News-style web copy (site nav, 来源/发布时间/浏览次数, related links, footer): 第一轮中央生态环境"
             "保护督察反馈指出，“…” then what was done (一是…四是) and a status sentence.",
        model_urls=["http://0551qiaojia.com/xwzx/10136.html", "http://www.yichang.gov.cn/content-62751-1044043-1.html"],
        anomalies=["site chrome: nav bar, breadcrumb, share/print, related links, footer",
                   "one problem titled by the quoted feedback"],
        sep="\n")
d.p("白溪市人民政府门户网站　　首页 | 政务公开 | 政务服务 | 互动交流 | 走进白溪",
    "当前位置：首页 > 新闻中心 > 部门动态",
    "【督察整改在行动】白溪市：清水河入河排污口整治见实效",
    "来源：白溪市生态环境局　　发布时间：2023-09-14 16:08　　浏览次数：1273　　【字体：大 中 小】　【打印】【关闭】",
    "清水河是白溪市的“母亲河”，流经城区和4个乡镇，是沿岸20余万群众的重要水源。")
d.prob("第一轮中央环境保护督察反馈指出，“白溪市清水河沿线入河排污口底数不清，部分排污口长期超标排放，清水河出境断面水质长期处于Ⅳ类。”",
       title="白溪市清水河沿线入河排污口底数不清，部分排污口长期超标排放，清水河出境断面水质长期处于Ⅳ类",
       seq=None, category=None, status="done",
       lead=["面对问题，白溪市把清水河治理作为督察整改的“头号工程”，成立由市长任组长的专项整治指挥部，按照“查、测、溯、治”的思路系统推进。"],
       measures=["摸清底数。组织专业队伍采用无人机航测、人工徒步排查和水下机器人探查相结合的方式，对清水河干流及5条主要支流开展地毯式排查，"
                 "共排查出入河排污口412个，比原有登记数多出近3倍，逐一建立“一口一档”。",
                 "分类整治。对排查出的排污口按照“取缔一批、合并一批、规范一批”的原则分类整治，取缔非法排污口136个，"
                 "合并规范排污口208个，对保留的排污口全部设置标识牌并公开监督电话。",
                 "溯源治污。对超标排放的排污口逐一溯源，倒查出12家企业超标排放、31处生活污水直排问题，"
                 "依法处罚企业12家，罚款金额共计286万元，新建改造污水管网18公里。",
                 "长效监管。出台《白溪市入河排污口监督管理办法》，在清水河主要排污口安装在线监测设备27套，"
                 "建立河长巡河与排污口巡查联动机制，发现问题第一时间交办处置。"],
       tail=["目前，该问题已完成整改。2023年1至8月，清水河出境断面水质稳定达到Ⅲ类，沿岸群众对水环境的满意度明显提高。",
             "“以前一到夏天，河边就臭得不敢走，现在每天傍晚都来河边散步。”家住清水河畔的市民老周说。"])
d.p("整治过程中，白溪市坚持“河长领治、部门协治、群众参治”，市级河长每月至少巡河一次，"
    "沿岸各乡镇组建了由退休干部、村民代表组成的“民间河长”队伍126人，常态化开展巡河护河；"
    "市生态环境、住建、水务、农业农村等部门建立联席会议制度，对跨部门问题实行“一单交办、限时办结”。"
    "同时，白溪市投入资金4.3亿元实施清水河流域水环境综合治理项目，建设生态缓冲带12公里、人工湿地3处，"
    "清水河沿岸逐步呈现“水清、岸绿、景美”的景象。")
d.p("市生态环境局有关负责人表示，下一步将持续巩固清水河整治成果，举一反三推进全市其他河流入河排污口排查整治，"
    "坚决防止问题反弹，让群众共享碧水清流。",
    "（记者　刘晓雯　通讯员　陈立）",
    "【相关链接】",
    "· 白溪市召开生态环境保护督察整改推进会",
    "· 我市第二批督察整改任务通过省级验收",
    "· 清水河流域综合治理项目顺利开工",
    "责任编辑：王婷",
    "主办：白溪市人民政府办公室　　承办：白溪市大数据中心　　网站标识码：3410000015　　皖ICP备05018864号")


# ================================================================ 10 — quoted feedback + dates in prose, unit report (docx)
d = doc("bw3_10_quoted_feedback_report", "docx",
        title="南岭县城市管理局关于第二轮省级生态环境保护督察反馈问题整改情况的报告",
        issuer="南岭县城市管理局", report_date="2024-02-29",
        inspector="省第三生态环境保护督察组", inspected="南岭县",
        start="2022-09-07", end="2022-10-07", feedback_date="2022-12-20",
        what="Unit report on one quoted feedback item: dates and parties in the opening prose, 督察反馈指出：“…”, "
             "what was done as （1）（2）（3）, status 持续推进中, difficulties, signature date.",
        model_urls=["http://m.ilynn.cn/document_detail/61662.html",
                    "http://nzgx.org/html/ZhengCeFaGui/DiFangFaGui/20181113/551697.html"],
        anomalies=["one problem titled by the quoted feedback, no numbering"])
d.c("南岭县城市管理局关于第二轮省级生态环境保护督察反馈问题整改情况的报告")
d.p("县督察整改工作领导小组办公室：",
    "2022年9月7日至10月7日，省第三生态环境保护督察组对南岭县开展了第二轮省级生态环境保护督察，"
    "并于2022年12月20日向我县反馈了督察意见。按照《南岭县贯彻落实第二轮省级生态环境保护督察反馈意见整改方案》分工，"
    "我局牵头负责生活垃圾填埋场渗滤液处理问题的整改。现将整改情况报告如下：")
d.p("南岭县生活垃圾填埋场位于县城东北郊，2009年建成投入使用，设计库容182万立方米，目前日均进场生活垃圾约320吨。"
    "由于原渗滤液处理站设计规模偏小、工艺老化，加之近年来进场垃圾量逐年增加，渗滤液产生量明显超出处理能力，"
    "调节池长期处于高液位状态。督察反馈后，县委、县政府将该问题列为全县督察整改的重点难点问题，"
    "由分管副县长牵头包保，每月听取一次整改情况汇报。")
d.h("一、反馈问题")
d.prob("督察反馈指出：“南岭县生活垃圾填埋场渗滤液处理能力不足，调节池长期高液位运行，存在渗滤液外溢的环境风险。”",
       title="南岭县生活垃圾填埋场渗滤液处理能力不足，调节池长期高液位运行，存在渗滤液外溢的环境风险",
       seq=None, category=None, status="in_progress", deadline="2024年6月底", style="paren",
       lead=["整改目标：渗滤液处理能力满足填埋场产生量需要，调节池液位降至安全警戒线以下，渗滤液稳定达标排放。",
             "整改时限：2024年6月底",
             "二、整改落实情况",
             "督察反馈后，我局立即成立由局长任组长的整改专班，制定“一问题一方案”，细化任务清单，每周调度整改进展。"],
       measures=["应急处置。租用移动式渗滤液应急处理设备2套，日处理能力增加200吨，同时将部分渗滤液转运至县城污水处理厂协同处理，"
                 "调节池液位由督察时的警戒线以上1.6米降至警戒线以下0.4米。",
                 "扩能改造。投资2360万元实施渗滤液处理站扩容改造工程，新增“两级DTRO+MVR蒸发”处理工艺，"
                 "设计处理规模由150吨/日提高到400吨/日，目前主体工程已完工，正在进行设备调试。",
                 "源头减量。加快推进生活垃圾焚烧发电项目建设，项目建成后原生垃圾不再进入填埋场；"
                 "对填埋作业区实施雨污分流和分区覆盖，减少渗滤液产生量约三成。"],
       tail=["三、整改进展",
             "目前，该问题整改持续推进中。扩容改造工程计划于2024年4月底前完成调试并通过环保验收，届时将按程序申请销号。"])
d.h("四、存在的困难")
d.p("一是扩容改造工程设备调试周期较长，受冬季低温影响，生化系统启动较慢；二是焚烧发电项目建设资金缺口较大，"
    "需要上级专项资金支持。下一步，我局将加强与设备厂家的沟通对接，倒排工期，确保按期完成整改任务。",
    "同时，我局将严格落实填埋场日常运行管理制度，安排专人每日记录调节池液位和渗滤液处理量，"
    "遇强降雨等极端天气提前启动应急转运预案，坚决防止渗滤液外溢污染周边水体。",
    "特此报告。")
d.c("南岭县城市管理局", "2024年2月29日")


# ================================================================ 11 — round summary with figures only (UTF-8 txt)
d = doc("bw3_11_round_summary_figures", "txt",
        title="十三届西林区委第三轮巡察整改进展情况",
        issuer="西林区委巡察办", report_date="2024-02-21",
        inspector=None, inspected=None,
        start="2023-03-06", end="2023-04-28", feedback_date="2023-06-09",
        headline={"problems_total": 512, "problems_done": 497, "rules_made": 236},
        what="District discipline-commission page summarising a whole inspection round: who was inspected, "
             "feedback date, figures only (512 problems, 497 done, 236 rules), no problem list.",
        model_urls=["http://jw.km.gov.cn/c/2023-01-29/4656419.shtml"],
        anomalies=["zero problems: round summary with figures only",
                   "several bodies inspected in one round; inspected left null"],
        sep="\n\n")
d.p("西林区纪委监委网站　首页　要闻动态　巡察工作　审查调查　纪法课堂　廉政文化",
    "您当前的位置：首页 > 巡察工作 > 巡察整改",
    "十三届西林区委第三轮巡察整改进展情况",
    "发布时间：2024-02-21 09:30　　来源：区委巡察办　　【大 中 小】")
d.p("根据区委统一安排部署，2023年3月6日至4月28日，区委组建5个巡察组，对区住房城乡建设局、区交通运输局、区水务局、"
    "区退役军人事务局、区总工会等5家单位开展常规巡察；对区属28所中小学校开展教育领域专项巡察；"
    "对4个街道的12个社区开展村（社区）巡察，同步开展巡察“回头看”。",
    "2023年6月9日，区委5个巡察组向49家被巡察党组织全面反馈巡察情况，移交问题清单并提出整改意见。"
    "集中整改期满后，区纪委监委、区委组织部、区委巡察办召开整改成效评估联席会议，对各被巡察党组织整改情况逐一进行评估。"
    "2024年1月30日，十三届区委常委会第61次会议听取了十三届区委第三轮巡察整改进展情况报告。",
    "截至目前，巡察反馈的512个问题，已完成整改497个，基本完成并持续整改问题9个，未完成6个，总体完成率97.07%。"
    "被巡察党组织共召开巡察整改专题民主生活会（组织生活会）49次，组织集中学习研讨163次，领导干部讲授专题党课88次，"
    "完善和新建制度236项，清退违规资金41.26万元，追回应由个人承担的资金97万元，挽回经济损失862.3万元。"
    "区纪委监委对巡察移交的问题线索立案审查调查11件，给予党纪政务处分9人。",
    "在整改过程中，各被巡察党组织坚持把巡察整改与推进中心工作结合起来。区住房城乡建设局针对巡察指出的老旧小区改造推进缓慢问题，"
    "建立“一小区一专班”工作机制，2023年完成改造小区37个；区水务局针对农村供水保障短板，完成6个片区供水管网延伸工程，"
    "惠及群众2.3万人；教育领域专项巡察反馈的食堂管理、校服征订等问题，区教育体育局组织开展专项整治，"
    "全面推行学校食堂“互联网+明厨亮灶”，规范校服采购程序，群众满意度明显提升。",
    "对未完成整改的问题，区委巡察办将其纳入日常监督重点，督促相关党组织明确时间表、路线图，"
    "确保按期整改到位；对已完成整改的问题，将结合下一轮巡察“回头看”开展抽查，防止问题反弹。",
    "按照《中国共产党巡视工作条例》有关规定，现将整改进展情况向社会公开，接受干部群众监督。",
    "欢迎广大干部群众对巡察整改落实情况进行监督，如有意见建议，可通过以下方式反映：联系电话：0871-64156608；"
    "电子邮箱：xlqxcb@163.com。")
d.p("【打印本页】　【关闭窗口】",
    "上一篇：区委巡察工作领导小组召开2024年第一次会议",
    "下一篇：十三届区委第四轮巡察完成进驻",
    "主办单位：中共西林区纪律检查委员会　西林区监察委员会　　地址：西林区滇池路1063号　　邮编：650228")


# ================================================================ 12 — organisation-level bulletin with figures only (pdf)
d = doc("bw3_12_city_committee_figures", "pdf",
        title="中共白溪市委关于省委第四巡视组巡视反馈意见整改进展情况的通报",
        issuer="中共白溪市委", report_date="2024-06-28",
        inspector="省委第四巡视组", inspected="白溪市",
        start="2023-09-04", end="2023-11-30", feedback_date="2024-01-12",
        headline={"problems_total": 28, "problems_done": 24, "measures_total": 196, "measures_done": 181,
                  "rules_made": 47},
        what="City committee bulletin: how the committee and its secretary organised the work (一是…四是), "
             "then the results as figures only (4个方面28个问题, 196项措施, 47项制度), then next steps. No problem list.",
        model_urls=["http://www.gy-zao.com/page104?article_id=27455", "http://jw.km.gov.cn/c/2023-01-29/4656419.shtml"],
        anomalies=["zero problems: organisation-level bulletin with figures only",
                   "organisation and next-step sections use 一是… lists that are not measures"])
d.c("中共白溪市委关于省委第四巡视组巡视反馈意见整改进展情况的通报")
d.p("根据省委统一部署，2023年9月4日至11月30日，省委第四巡视组对白溪市进行了巡视。2024年1月12日，"
    "省委第四巡视组向白溪市委反馈了巡视意见。按照巡视工作有关要求，现将巡视整改进展情况予以公布。")
d.h("一、市委及主要负责人组织整改落实情况")
d.p("市委坚持以习近平新时代中国特色社会主义思想为指导，把抓好省委巡视整改作为重大政治任务，以高度的政治自觉和责任担当全力推进整改落实。",
    "一是提高政治站位抓整改。巡视反馈后，市委第一时间召开常委会会议，传达学习省委书记专题会议精神和巡视反馈意见，"
    "研究部署整改工作，坚决做到思想上高度重视、政治上高度自觉、行动上高度统一。",
    "二是强化组织领导抓整改。成立由市委书记任组长、市长任第一副组长的整改工作领导小组，领导小组下设办公室和6个专项整改组，"
    "构建起市委统揽全局、领导小组统筹协调、专项整改组分线推进、责任单位具体落实的整改工作格局。",
    "三是压实责任链条抓整改。制定《中共白溪市委关于落实省委第四巡视组反馈意见的整改方案》，将反馈问题细化为196项整改措施，"
    "逐项明确牵头市领导、责任单位和完成时限，实行清单化管理、项目化推进、销号式落实。",
    "四是加强督促检查抓整改。市纪委监委、市委组织部加强对整改工作的日常监督，市委督查室会同市委巡察办开展专项督查3轮，"
    "对整改进度滞后的12家单位下发督办函，对2名整改不力的干部进行约谈。",
    "市委书记切实履行第一责任人职责，先后主持召开市委常委会会议、领导小组会议11次，研究解决整改中的重点难点问题；"
    "带头认领重点整改任务5项，深入县区、部门和企业调研督导整改工作15次。")
d.h("二、整改工作取得的阶段性成效")
d.p("截至2024年6月中旬，省委巡视反馈的4个方面28个问题，已完成整改24个，其余4个需长期坚持或分阶段推进的问题正在按计划推进；"
    "细化的196项整改措施，已完成181项，完成率92.3%。坚持标本兼治，建立完善制度机制47项。"
    "对巡视移交的问题线索，市纪委监委已办结31件，给予党纪政务处分23人，组织处理17人。",
    "通过整改，全市经济社会发展质量进一步提升。上半年地区生产总值同比增长6.1%，规模以上工业增加值增长8.3%，"
    "一批群众反映强烈的教育、医疗、住房等领域民生问题得到解决，人民群众获得感、幸福感、安全感不断增强。")
d.h("三、下一步工作打算")
d.p("一是坚持目标不变、标准不降，对尚未完成的整改任务持续跟踪督办，确保按时保质完成。"
    "二是坚持举一反三、标本兼治，深入剖析问题背后的体制机制原因，推动建立长效机制。"
    "三是坚持统筹结合、协调推进，把巡视整改与推动高质量发展、保障和改善民生结合起来，以整改成效推动各项事业发展。",
    "欢迎广大干部群众对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0558-2126119；"
    "邮政信箱：白溪市府前路1号市委巡视整改办。")
d.c("中共白溪市委", "2024年6月28日")


# ================================================================ 13 — audit rectification report with headline figures (UTF-8 txt)
d = doc("bw3_13_audit_report_headline", "txt",
        title="关于2022年度县本级预算执行和其他财政收支审计查出问题整改情况的报告",
        issuer="南岭县审计局", report_date="2023-12-26",  # session 17: was the page date; see anomalies
        headline={"problems_total": 32, "problems_done": 27, "rules_made": 8},
        what="Audit rectification report to the county people's congress on a disclosure page: headline "
             "(32项具体问题, 已整改27项, 出台8个规章制度), per-category counts, then six representative problems "
             "1.…问题。 with a status word and what was done. No signature: date from the page.",
        model_urls=["http://www.ruijin.gov.cn/rjsxxgk/rjin80885/202211/4b9971a0f2914baa97d9707b3c846fd6.shtml",
                    "http://sjj.ningbo.gov.cn/art/2023/1/6/art_1229055570_58921710.html"],
        anomalies=["headline counts 32 problems; only six representative problems are listed",
                   "speech date (2023年12月26日在…会议上) differs from the page date; session 17: the dateline under a report read at a meeting is the document's own date (its signature, as the real sets blind/qingdao_audit, snippets11/gansu_2020_audit_work_report_title, snippets12/yueyang_urban_management_work_report_dated read it), so it is the report date and the page date (2024-01-05) only the fallback",
                   "per-category count sentences (问题4项，已整改3项) are not problems"],
        sep="\n\n")
d.p("首页 > 政务公开 > 结果公开 > 审计公开",
    "关于2022年度县本级预算执行和其他财政收支审计查出问题整改情况的报告",
    "发布时间：2024-01-05　　信息来源：县审计局　　访问量：",
    "——2023年12月26日在县第十八届人民代表大会常务委员会第十四次会议上",
    "县审计局局长　林建国",
    "主任、各位副主任、各位委员：",
    "受县人民政府委托，我向县人大常委会报告2022年度县本级预算执行和其他财政收支审计查出问题的整改情况，请予审议。",
    "2023年8月29日，县十八届人大常委会第十二次会议听取和审议了《关于南岭县2022年度县本级预算执行和其他财政收支的审计工作报告》，"
    "对审计查出问题的整改提出了要求。县政府高度重视，召开常务会议专题研究部署审计整改工作，"
    "县审计局及时向被审计单位印发整改通知，建立整改台账，实行对账销号。",
    "《审计工作报告》反映涉及3个方面、18个单位共计32项具体问题，问题资金4862.37万元。截至报告日，已整改27项，"
    "整改到位资金4015.62万元，正在整改5项（含部分整改），出台8个规章制度，对2人予以诫勉谈话。现将整改具体情况报告如下：")
CAT = "县本级财政管理审计查出问题的整改情况"
d.h("一、县本级财政管理审计查出问题的整改情况")
d.p("县本级财政管理方面问题11项，已整改9项，正在整改2项，整改资金2238.15万元。")
d.prob("1.部分非税收入未及时缴入国库。",
       title="部分非税收入未及时缴入国库", seq=1, category=CAT, status="done",
       measures=["已完成整改。县财政局已将滞留在财政专户的非税收入1362.48万元全部缴入国库，并建立非税收入按月清缴制度。"])
d.prob("2.部分专项资金分配下达不及时。",
       title="部分专项资金分配下达不及时", seq=2, category=CAT, status="in_progress",
       lead=["部分整改，正在推进。"],
       measures=["县财政局已将结存的省级专项资金612.3万元分配下达至项目单位。",
                 "对剩余资金会同主管部门研究调整用途，报省财政厅备案后统筹使用。"])
CAT = "部门预算执行审计查出问题的整改情况"
d.h("二、部门预算执行审计查出问题的整改情况")
d.p("部门预算执行方面问题13项，已整改11项，正在整改2项，整改资金876.4万元。")
d.prob("1.县教育局超范围支出学生资助资金。",
       title="县教育局超范围支出学生资助资金", seq=1, category=CAT, status="done",
       lead=["已完成整改。"],
       measures=["县教育局已将超范围支出的资助资金48.6万元归还原资金渠道；",
                 "修订学生资助资金管理办法，明确资金使用范围和审批程序。"], style="shi")
d.prob("2.县卫生健康局政府采购程序不规范。",
       title="县卫生健康局政府采购程序不规范", seq=2, category=CAT, status="done",
       measures=["已完成整改。县卫生健康局已对相关责任人进行批评教育，并制定《政府采购内部控制管理办法》，"
                 "规范采购需求论证、采购方式选择和履约验收等环节。"])
CAT = "重点民生资金和项目审计查出问题的整改情况"
d.h("三、重点民生资金和项目审计查出问题的整改情况")
d.p("重点民生资金和项目方面问题8项，已整改7项，正在整改1项，整改资金901.07万元。")
d.prob("1.部分不符合条件人员领取城乡低保。",
       title="部分不符合条件人员领取城乡低保", seq=1, category=CAT, status="done",
       lead=["已完成整改。"],
       measures=["县民政局已对43名不符合条件人员停发低保金，追回资金21.86万元；",
                 "建立民政与公安、市场监管、不动产登记等部门的数据比对机制，每季度开展一次比对。"],
       style="shi")
d.prob("2.老旧小区改造项目进度滞后。",
       title="老旧小区改造项目进度滞后", seq=2, category=CAT, status="in_progress",
       lead=["正在整改中。"],
       measures=["县住房和城乡建设局已完成11个小区的改造，剩余4个小区计划于2024年6月底前完工，已建立周调度机制督促推进。"])
d.h("四、下一步工作安排")
d.p("对正在整改的5项问题，县政府将督促相关单位制定整改计划，明确整改时限，确保整改到位。一是加强跟踪督促，"
    "县审计局将持续跟踪检查，对整改不力的予以通报；二是强化结果运用，将整改情况纳入部门绩效考核；"
    "三是推动源头治理，对审计反映的普遍性问题，督促主管部门完善制度、堵塞漏洞。",
    "主任、各位副主任、各位委员，我们将自觉接受县人大的监督，认真落实本次会议的审议意见，扎实做好审计整改工作。")
d.p("【打印本页】　【关闭窗口】", "南岭县人民政府办公室主办　　湘ICP备13007812号-1")


# ================================================================ 14 — traditional-character copy of a bulletin with a headline (OpenCC s2t)
d = doc("bw3_14_traditional_headline", "trad",
        title="中共东岭市水务局党组关于市委巡察整改进展情况的通报",
        issuer="中共东岭市水务局党组", report_date="2023-08-15",
        inspector="市委第五巡察组", inspected="东岭市水务局党组",
        start="2023-02-27", end="2023-04-21", feedback_date="2023-05-30",
        headline={"problems_total": 30, "problems_done": 25, "rules_made": 14},
        what="Traditional-character copy (OpenCC s2t) of a bulletin: headline 反馈问题30个……已完成整改25个, "
             "five main problems under two categories as 1.关于“…”问题 with 整改情况：… and 1．2． measures on "
             "their own lines. Truth in simplified characters.",
        model_urls=["http://m.ilynn.cn/document_detail/61662.html",
                    "http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html"],
        anomalies=["traditional characters (converted copy); truth in simplified",
                   "headline counts 30 problems; only five main problems are listed",
                   "measures numbered with full-width dots 1．2．"])
d.c("中共东岭市水务局党组关于市委巡察整改进展情况的通报")
d.p("根据市委统一部署，2023年2月27日至4月21日，市委第五巡察组对东岭市水务局党组进行了常规巡察。2023年5月30日，"
    "市委第五巡察组向东岭市水务局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。")
d.h("一、巡察整改工作总体情况")
d.p("局党组坚决扛起巡察整改主体责任，党组书记切实履行第一责任人职责，召开党组会议、整改推进会议9次，"
    "制定整改方案，细化整改措施，建立整改台账，实行销号管理。市委第五巡察组反馈问题30个，"
    "截至目前已完成整改25个，正在整改5个，整改完成率83.3%；建立完善制度14项，批评教育和提醒谈话7人，"
    "追缴违规资金5.63万元。现将主要问题整改情况公布如下。")
d.h("二、主要问题整改情况")
CAT = "贯彻落实党的路线方针政策和上级决策部署有差距"
d.h("（一）贯彻落实党的路线方针政策和上级决策部署有差距")
d.prob("1.关于“河湖长制落实不够有力，部分河道“四乱”问题反复出现”问题",
       title="河湖长制落实不够有力，部分河道“四乱”问题反复出现", seq=1, category=CAT, status="done", style="dot_full",
       lead=["整改情况：已完成。"],
       measures=["开展河道“四乱”问题清理整治专项行动，排查整治乱占、乱采、乱堆、乱建问题58处。",
                 "建立河长巡河问题交办、督办、销号闭环机制，问题整改情况纳入河长制年度考核。",
                 "在重点河段安装视频监控32处，实现动态监管。"])
d.prob("2.关于“农村饮水安全保障存在薄弱环节”问题",
       title="农村饮水安全保障存在薄弱环节", seq=2, category=CAT, status="in_progress", style="dot_full",
       lead=["整改情况：正在推进。"],
       measures=["实施农村供水保障提升工程，完成3座千吨万人水厂提质改造。",
                 "对全市农村集中供水工程开展水质抽检，不合格的9处已完成消毒设施改造。"])
d.prob("3.关于“水利工程建设质量监管不严”问题",
       title="水利工程建设质量监管不严", seq=3, category=CAT, status="done", style="dot_full",
       lead=["整改情况：已完成。"],
       measures=["修订《东岭市水利工程质量监督管理办法》，推行质量监督“双随机一公开”。",
                 "对在建的12个水利工程开展质量专项检查，责令整改问题41个。"])
CAT = "落实全面从严治党主体责任不够到位"
d.h("（二）落实全面从严治党主体责任不够到位")
d.prob("4.关于“水资源费征收管理存在漏洞”问题",
       title="水资源费征收管理存在漏洞", seq=4, category=CAT, status="done", style="dot_full",
       lead=["整改情况：已完成。"],
       measures=["对全市取水户开展全面清查，追缴欠缴水资源费5.63万元。",
                 "启用取水计量在线监测系统，按实际取水量核定征收。",
                 "建立取水许可与征收台账比对制度，每半年比对一次。"])
d.prob("5.关于“工程项目变更审批不规范”问题",
       title="工程项目变更审批不规范", seq=5, category=CAT, status="in_progress", style="dot_full",
       lead=["整改情况：正在推进。"],
       measures=["制定《水利工程设计变更管理规定》，明确重大变更须经党组会议集体研究。",
                 "对2020年以来的工程变更事项逐项复核，目前已复核46项，剩余事项正在复核中。"])
d.h("三、下一步工作")
d.p("局党组将坚持整改目标不变、力度不减，对尚未完成的5个问题持续跟踪推进；深化标本兼治，"
    "健全完善长效机制，推动巡察整改成果转化为推进水利高质量发展的实际成效。",
    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0745-8231576。")
d.c("中共东岭市水务局党组", "2023年8月15日")


# ================================================================ 15 — report with counts per attachment, no item list (UTF-8 txt)
d = doc("bw3_15_counts_per_attachment", "txt",
        title="白溪市生态环境局关于中央和省级生态环境保护督察反馈问题整改情况的报告",
        issuer="白溪市生态环境局", report_date="2024-09-10",
        inspector="中央第三生态环境保护督察组", inspected="安徽省",
        start="2021-04-06", end="2021-05-06", feedback_date="2021-07-16",
        headline={"problems_total": 30, "problems_done": 25, "measures_total": 112, "measures_done": 101},
        what="Bureau report covering two inspections: totals in the body (30个问题, 已完成整改25个, 112条措施), "
             "then two attachments that give counts per attachment and per category only, no item list.",
        model_urls=["http://0551qiaojia.com/xwzx/10136.html",
                    "http://www.ruijin.gov.cn/rjsxxgk/rjin80885/202211/4b9971a0f2914baa97d9707b3c846fd6.shtml"],
        anomalies=["zero problems: attachments give counts per attachment and per category only",
                   "two inspections; the dated one (central) fills inspection, the provincial one has no day dates",
                   "per-category count lines (（一）…类问题6个，已完成6个) are not problems"],
        sep="\n")
d.c("白溪市生态环境局关于中央和省级生态环境保护督察反馈问题整改情况的报告")
d.p("市督察整改工作领导小组：",
    "2021年4月6日至5月6日，中央第三生态环境保护督察组对安徽省开展了第二轮中央生态环境保护督察，并于2021年7月16日反馈督察意见；"
    "2022年下半年，省第二生态环境保护督察组对我市开展了第二轮省级生态环境保护督察。按照市委、市政府整改方案分工，"
    "两轮督察反馈涉及我局牵头的问题共30个，细化整改措施112条。截至2024年8月底，已完成整改25个，其余5个正在推进；"
    "112条整改措施已完成101条。现将整改情况报告如下：")
d.h("一、主要做法")
d.p("（一）高位推动。局党组坚持把督察整改作为重大政治任务，每月召开一次督察整改专题会议，局主要负责同志带队现场督导42次。",
    "（二）清单管理。对每个问题建立“一问题一方案一专班”，明确整改目标、措施、时限和责任人，实行“周调度、月通报、季考核”。",
    "（三）严格验收。制定《督察整改任务验收销号工作细则》，坚持“谁验收、谁签字、谁负责”，已完成的25个问题均通过市级验收。")
d.p("（四）信息公开。在市政府门户网站开设督察整改专栏，及时公开整改方案、整改进展和验收销号情况，"
    "累计发布整改信息86条，对已完成整改的问题在属地进行公示，接受群众监督，公示期内未收到异议。",
    "（五）成效巩固。对已销号的问题每半年开展一次“回头看”，2024年上半年组织“回头看”检查2次，"
    "发现2个问题存在反弹风险，已督促责任单位重新整改到位。")
d.h("二、存在的问题")
d.p("未完成的5个问题主要涉及污水处理设施建设、工业园区污染治理等，工程量大、周期长，部分项目受资金和用地制约，进度不及预期。")
d.h("三、下一步工作")
d.p("我局将继续紧盯未完成问题，加强调度和督办，确保2024年底前再完成3个，其余2个按整改方案时限完成。")
d.p("附件：1.第二轮中央生态环境保护督察反馈问题整改情况（共18个，已完成16个）",
    "2.第二轮省级生态环境保护督察反馈问题整改情况（共12个，已完成9个）")
d.c("白溪市生态环境局", "2024年9月10日")
d.h("附件1")
d.c("第二轮中央生态环境保护督察反馈问题整改情况（共18个，已完成16个）")
d.p("（一）水污染防治类问题6个，已完成6个。",
    "（二）大气污染防治类问题5个，已完成4个，1个正在推进（工业园区挥发性有机物综合治理）。",
    "（三）固体废物污染防治类问题4个，已完成4个。",
    "（四）生态保护修复类问题3个，已完成2个，1个正在推进（城区污水处理厂扩建）。")
d.h("附件2")
d.c("第二轮省级生态环境保护督察反馈问题整改情况（共12个，已完成9个）")
d.p("（一）水污染防治类问题5个，已完成3个，2个正在推进。",
    "（二）大气污染防治类问题3个，已完成3个。",
    "（三）土壤和农村环境类问题4个，已完成3个，1个正在推进。")


# ================================================================ 16 — dates and parties in prose, (一) items, page date only (UTF-8 txt)
d = doc("bw3_16_dates_in_prose", "txt",
        title="青石市关于第二轮省级生态环境保护督察反馈意见整改落实情况的公开",
        issuer="青石市人民政府", report_date="2023-04-18",
        inspector="省第一生态环境保护督察组", inspected="青石市",
        start="2022-09-07", end="2022-09-26", feedback_date="2023-01-11",
        headline={"problems_total": 11, "problems_done": 8},
        what="City disclosure page: 2022年9月7日至9月26日 … 对青石市开展了督察 … 于2023年1月11日反馈 in prose; "
             "problems as （一）…。 lines followed by 该问题已完成整改。一是…; only 发布时间 on the page.",
        model_urls=["http://m.ilynn.cn/document_detail/61662.html",
                    "https://www.ylq.gov.cn/zfxxgk/bmxxgk/zfbm/sthjj/ywgz/1907278729380950017.html"],
        anomalies=["problems numbered （一）（二）… directly under the section heading 具体整改情况 (category = that heading)",
                   "headline counts 11 problems; only four are listed",
                   "second date range of the 回头看 (2023年3月) is not the inspection"],
        sep="\n")
d.p("青石市人民政府　　首页　政府信息公开　政务服务　政民互动　数据开放",
    "首页 > 政府信息公开 > 生态环境 > 督察整改",
    "青石市关于第二轮省级生态环境保护督察反馈意见整改落实情况的公开",
    "发布时间：2023年04月18日 10:32　　来源：市生态环境局　　阅读次数：586　　字号：大 中 小")
d.p("经省委、省政府批准，2022年9月7日至9月26日，省第一生态环境保护督察组对青石市开展了第二轮省级生态环境保护督察，"
    "并于2023年1月11日向青石市委、市政府反馈了督察意见。市委、市政府高度重视，第一时间召开专题会议，研究制定整改方案，"
    "明确每个问题的整改目标、整改措施、整改时限和责任单位。督察反馈问题涉及我市的共四类11个具体问题，"
    "截至目前，已完成整改8个，其余3个正在按序时推进。2023年3月13日至3月17日，市督察整改办对各县区整改情况开展了“回头看”。"
    "现将重点问题整改落实情况公开如下：")
d.h("一、总体情况")
d.p("我市坚持把督察整改作为重大政治任务，成立由市委书记、市长任双组长的督察整改工作领导小组，"
    "实行市级领导包保督办制度，对重点问题实行“一个问题、一名市领导、一个牵头单位、一套整改方案”，压实整改责任。")
d.h("二、具体整改情况")
CAT = "具体整改情况"
d.prob("（一）青石市中心城区空气质量改善幅度不大，PM2.5年均浓度未完成年度目标任务。",
       title="青石市中心城区空气质量改善幅度不大，PM2.5年均浓度未完成年度目标任务",
       seq=1, category=CAT, status="done",
       lead=["该问题已完成整改。"],
       measures=["制定印发《青石市2023年大气污染防治实施计划》，将年度空气质量目标分解下达至各县区和开发区。",
                 "完成13家燃煤锅炉清洁能源替代，淘汰国三及以下排放标准柴油货车1860辆。",
                 "强化扬尘管控，对城区建筑工地全面落实“六个百分之百”要求，2023年一季度PM2.5平均浓度同比下降11.2%。"])
d.prob("（二）部分乡镇生活污水处理设施建成后长期闲置，运行率低。",
       title="部分乡镇生活污水处理设施建成后长期闲置，运行率低",
       seq=2, category=CAT, status="done",
       lead=["该问题已完成整改。"],
       measures=["对全市27座乡镇污水处理设施逐一排查，查明闲置原因为管网不配套和运维经费不落实。",
                 "新建配套管网64公里，27座设施全部正常运行。",
                 "通过政府购买服务委托第三方统一运维，运维经费纳入市县两级财政预算。"])
d.prob("（三）化工园区环境风险防控体系不健全，园区未建成有毒有害气体预警体系。",
       title="化工园区环境风险防控体系不健全，园区未建成有毒有害气体预警体系",
       seq=3, category=CAT, status="in_progress",
       lead=["该问题整改基本完成。"],
       measures=["园区有毒有害气体环境风险预警体系已完成建设并进入试运行。",
                 "修编园区突发环境事件应急预案，建成园区应急事故池2座。"])
d.prob("（四）矿山开采扬尘污染问题突出，周边群众反映强烈。",
       title="矿山开采扬尘污染问题突出，周边群众反映强烈",
       seq=4, category=CAT, status="long_term",
       lead=["该问题需长期坚持。"],
       measures=["对全市41家矿山企业开展扬尘专项整治，全部落实喷淋抑尘、道路硬化和运输车辆密闭措施。",
                 "建立矿山扬尘在线监测和视频监控平台，实行24小时监管。"])
d.p("欢迎社会各界和广大群众对我市督察整改工作进行监督，举报电话：12369。",
    "【打印】【关闭】",
    "青石市人民政府办公室主办　　网站标识码：2205000001")


# ================================================================ writers
def write_docx(d: Doc, path: Path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = Document()
    import datetime
    props = document.core_properties
    props.author = props.last_modified_by = "Administrator"
    props.comments = props.subject = props.keywords = ""
    props.title = d.truth["title"]
    stamp = datetime.datetime.fromisoformat(d.truth["report_date"] + "T09:00:00")
    props.created = props.modified = stamp
    style = document.styles["Normal"]
    style.font.name = "FangSong"
    style.font.size = Pt(14)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    for kind, payload in d.blocks:
        if kind == "table":
            header, groups, _ = payload
            nrows = 1 + sum(1 if k == "cat" else len(g["measures"]) for k, g in groups)
            table = document.add_table(rows=nrows, cols=len(header))
            table.style = "Table Grid"
            for j, name in enumerate(header):
                table.cell(0, j).text = name
            r = 1
            for k, g in groups:
                if k == "cat":
                    merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
                    merged.text = g
                    r += 1
                    continue
                n = len(g["measures"])
                for i, m in enumerate(g["measures"]):
                    table.cell(r + i, 2).text = f"{i + 1}.{m}"
                for col, value in ((0, g["seq_text"]), (1, g["cell_title"]), (3, g["deadline_text"]),
                                   (4, "、".join(g.get("units", ()))), (5, g["progress"])):
                    cell = table.cell(r, col)
                    if n > 1:
                        cell = cell.merge(table.cell(r + n - 1, col))
                    cell.text = value
                r += n
            continue
        para = document.add_paragraph()
        run = para.add_run(payload)
        if kind == "h":
            run.bold = True
        elif kind == "c":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            para.paragraph_format.first_line_indent = Pt(28)
    document.save(str(path))


def soffice_convert(docx_path: Path, target: str, outdir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", str(outdir), str(docx_path)],
                   check=True, capture_output=True, timeout=180)
    ext = target.split(":")[0]
    return outdir / (docx_path.stem + "." + ext)


WEB_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_南岭县人民政府</title>
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-01-12 08:46">
<meta name="ContentSource" content="县卫生健康局">
<link rel="stylesheet" href="/images/18/common.css">
<script src="/script/jquery.min.js"></script>
</head>
<body>
<div class="top"><a href="/">南岭县人民政府</a> <span>关怀版</span> <span>无障碍</span> <a href="/search">搜索</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li><li><a href="/zjnl">走进南岭</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政府信息公开</a> &gt; <a href="/zwgk/bm">部门信息公开</a> &gt; 县卫生健康局</div>
<table class="xxgk-meta">
<tr><td>信息索引号：</td><td>114307240053981267/2024-00318</td><td>文件名称：</td><td>{title}</td></tr>
<tr><td>发布机构：</td><td>县卫生健康局</td><td>成文日期：</td><td>2024-01-12</td></tr>
<tr><td>公开方式：</td><td>主动公开</td><td>公开范围：</td><td>面向社会</td></tr>
</table>
<div class="article">
<h1>{title}</h1>
<div class="info">日期：2024-01-12 08:46:31　来源：县卫生健康局　浏览量：<span id="hits"></span>　分享：<a href="#">微信</a> <a href="#">微博</a>　<a href="javascript:window.print()">打印</a></div>
<div class="content" id="zoom">
{body}
</div>
</div>
<div class="related"><h3>相关信息</h3><ul><li><a href="#">南岭县卫生健康局2023年度法治政府建设情况报告</a></li><li><a href="#">关于公布2023年度乡村医生定向培养计划的通知</a></li></ul></div>
<div class="footer"><p>主办：南岭县人民政府办公室　承办：南岭县政务服务和大数据中心</p><p>湘ICP备13007812号-1　湘公网安备43072402000118号　网站标识码：4307240001</p></div>
</body>
</html>
"""


def write_html_web(d: Doc, path: Path):
    import html
    parts = []
    first = True
    for kind, payload in d.blocks:
        if first:            # the first block repeats the title already in <h1>
            first = False
            continue
        if kind == "h":
            parts.append(f'<p style="text-indent:2em;"><strong>{html.escape(payload)}</strong></p>')
        else:
            parts.append(f'<p style="text-indent:2em;">{html.escape(payload)}</p>')
    path.write_text(WEB_TEMPLATE.format(title=d.truth["title"], body="\n".join(parts)), encoding="utf-8")


def main() -> int:
    for old in HERE.glob("bw3_*"):
        old.unlink()
    tmp = Path(tempfile.mkdtemp(prefix="bw3_"))
    try:
        for d in DOCS:
            text = d.text()
            if d.fmt == "txt":
                (HERE / f"{d.stem}.txt").write_text(text, encoding="utf-8")
            elif d.fmt == "gb18030":
                (HERE / f"{d.stem}.txt").write_bytes(text.encode("gb18030"))
            elif d.fmt == "trad":
                import opencc
                (HERE / f"{d.stem}.txt").write_text(opencc.OpenCC("s2t").convert(text), encoding="utf-8")
            elif d.fmt in ("docx", "docx_table"):
                write_docx(d, HERE / f"{d.stem}.docx")
            elif d.fmt == "pdf":
                src = tmp / f"{d.stem}.docx"
                write_docx(d, src)
                shutil.copy(soffice_convert(src, "pdf", tmp), HERE / f"{d.stem}.pdf")
            elif d.fmt == "html_lo":
                src = tmp / f"{d.stem}.docx"
                write_docx(d, src)
                shutil.copy(soffice_convert(src, "html:HTML (StarWriter)", tmp), HERE / f"{d.stem}.html")
            elif d.fmt == "html_web":
                write_html_web(d, HERE / f"{d.stem}.html")
            else:
                raise ValueError(d.fmt)
            (HERE / f"{d.stem}.truth.json").write_text(
                json.dumps(d.truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print(f"{d.stem:40} {d.fmt:10} problems={len(d.truth['problems']):2} text={len(text.encode()):6} bytes")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
