#!/usr/bin/env python3
"""Generate held-out set F (written): blindwritten9.

Every document below was written by hand for this set (helper writer9, session 15); layouts are invented, not copied
from the seeds. Run from anywhere:  python make.py   (needs python-docx, openpyxl, and soffice for the PDFs).
Each <stem>.<ext> gets a <stem>.truth.json in the corpus schema plus "kind_of_issue" (1-7, issue 10).
Measure counts are taken from the lists the documents are rendered from, and recounted independently with a regex
over the rendered problem block (recount()); the script aborts when the two disagree.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CN = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def cn(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


class P:
    """One problem: what the truth says, plus what the renderer needs."""

    def __init__(self, seq, category, title, measures, units=(), deadline=None, status=None, label=None, extra=None):
        self.seq, self.category, self.title = seq, category, title
        self.measures = list(measures)
        self.units, self.deadline, self.status = list(units), deadline, status
        self.label = label  # printed number when it differs from seq (OCR slips)
        self.extra = extra or {}

    def truth(self):
        return {"seq": self.seq, "category": self.category, "title": self.title, "status": self.status,
                "measure_count": len(self.measures), "responsible_units": self.units, "deadline": self.deadline}


def yishi(ms, sep="；", end="。"):
    return sep.join(f"{cn(i + 1)}是{m}" for i, m in enumerate(ms)) + end


RECOUNT = {
    "yishi": r"(?:^|[：:。；;，,\s])[一二三四五六七八九十]+是",
    "paren": r"[（(][0-9lI]+[）)]",
    "dot": r"(?m)^\s*[0-9]+[.．、]",
    "circled": r"[①②③④⑤⑥⑦⑧⑨⑩]",
    "yishi_trad": r"(?:^|[：:。；;，,\s])[一二三四五六七八九十]+是",
}


def recount(block: str, style: str) -> int:
    return len(re.findall(RECOUNT[style], block))


def check(stem, blocks, problems, style):
    assert len(blocks) == len(problems), (stem, len(blocks), len(problems))
    for b, p in zip(blocks, problems):
        n = recount(b, style)
        assert n == len(p.measures), (stem, p.seq, n, len(p.measures), b[:80])


def conform(problem: dict, traditional: bool) -> dict:
    """The project's truth conventions, applied by the lead after the first run (session 14's, in
    tests/importer/real/README.md): the seq of a dotted label is its last number ("1.1" -> 1, as printed "问题l.3" -> 3);
    a traditional copy's problems (title, category) are written in simplified characters, its document fields as printed."""
    if isinstance(problem.get("seq"), str) and "." in problem["seq"]:
        problem["seq"] = int(problem["seq"].rsplit(".", 1)[1])
    if traditional:
        import opencc

        t2s = opencc.OpenCC("t2s")
        problem["title"] = t2s.convert(problem["title"])
        problem["category"] = t2s.convert(problem["category"]) if problem.get("category") else problem.get("category")
    return problem


def write_truth(stem, kind_of_issue, kind, title, issuer, report_date, insp, headline, problems, anomalies):
    hl = {k: None for k in ("problems_total", "problems_done", "measures_total", "measures_done", "rules_made")}
    hl.update(headline)
    ins = {k: None for k in ("inspector", "inspected", "start", "end", "feedback_date")}
    ins.update(insp)
    problems = [conform(p.truth(), traditional=stem == "w09_county_traditional") for p in problems]
    truth = {"kind": kind, "kind_of_issue": kind_of_issue, "title": title, "issuer": issuer,
             "report_date": report_date, "inspection": ins, "headline": hl,
             "problems": problems, "anomalies": anomalies}
    (HERE / f"{stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- docx helpers
def new_docx(header_text=None):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "FangSong"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    sec = d.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
        sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    fp._p.append(fld)
    fp.add_run(" —")
    return d


def para(d, text, bold=False, center=False, right=False, size=None, indent=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        p.paragraph_format.first_line_indent = Pt(32)
    return p


def page_break(d):
    from docx.enum.text import WD_BREAK

    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


PDF_JOBS: list[tuple[object, str]] = []


def save_pdf_later(d, stem):
    PDF_JOBS.append((d, stem))


def run_pdf_jobs():
    if not PDF_JOBS:
        return
    tmp = Path(tempfile.mkdtemp(prefix="writer9_"))
    for d, stem in PDF_JOBS:
        d.save(tmp / f"{stem}.docx")
    prof = tmp / "profile"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf", "--outdir",
           str(tmp)] + [str(tmp / f"{s}.docx") for _, s in PDF_JOBS]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    for _, stem in PDF_JOBS:
        shutil.copy(tmp / f"{stem}.pdf", HERE / f"{stem}.pdf")
    shutil.rmtree(tmp, ignore_errors=True)


HTML_HEAD = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_{site}</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{pub}">
<style>body{{font-family:SimSun}} .zoom a{{margin:0 3px}}</style></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/bsfw/">办事服务</a>
 <span class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></span></div>
<div class="logo">{site}</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">{crumb1}</a> &gt; <a href="#">{crumb2}</a></div>
<div class="article">
<h1>{title}</h1>
<div class="info">发布时间：{pubshow}&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;浏览次数：{views}&nbsp;&nbsp;
<span class="zoom">字号：<a href="javascript:doZoom(18)">大</a><a href="javascript:doZoom(16)">中</a><a href="javascript:doZoom(14)">小</a></span></div>
<div class="content" id="zoom">
"""
HTML_TAIL = """</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
</div>
<div class="foot"><p>主办单位：{site}&nbsp;&nbsp;地址：{addr}</p><p>网站标识码：{code}&nbsp;&nbsp;{icp}&nbsp;&nbsp;公网安备 {gab}号</p>
<p>建议使用1366×768分辨率 IE9以上版本浏览器浏览</p></div>
</body></html>
"""


def html_page(body_pars, **kw):
    out = HTML_HEAD.format(**kw)
    for p in body_pars:
        if isinstance(p, tuple) and p[0] == "raw":
            out += p[1] + "\n"
        elif isinstance(p, tuple) and p[0] == "c":
            out += f'<p style="text-align:center"><strong>{p[1]}</strong></p>\n'
        elif isinstance(p, tuple) and p[0] == "r":
            out += f'<p style="text-align:right">{p[1]}</p>\n'
        else:
            out += f'<p style="text-indent:2em">{p}</p>\n'
    out += HTML_TAIL.format(**kw)
    return out


# ============================================================ 01 university, kind 1, docx, 附件 with 问题1.1：
def doc01():
    stem = "w01_university_report_annex"
    C1 = "一、落实党的路线方针政策和党中央决策部署方面"
    C2 = "二、落实全面从严治党战略部署方面"
    C3 = "三、落实新时代党的组织路线方面"
    c1, c2, c3 = (c.split("、", 1)[1] for c in (C1, C2, C3))
    probs = [
        P("1.1", c1, "学习贯彻习近平新时代中国特色社会主义思想不够深入系统，理论学习中心组学习存在以读代学现象",
          ["修订《党委理论学习中心组学习规则》，实行学习计划报备和年度学习考核", "2023年下半年开展专题研讨6次，校领导班子成员撰写研讨材料并在全校范围内交流",
           "建立二级党组织中心组学习列席旁听制度，已旁听23次并通报情况"],
          ["党委宣传部", "党委办公室"], "2023年12月底前", "done"),
        P("1.2", c1, "服务地方经济社会发展能力不强，科技成果转化率偏低", [
            "出台《科技成果转化管理办法（试行）》，下放成果处置权", "与市经开区共建技术转移中心，签订横向合作协议41项"],
          ["科学技术处", "地方合作处"], "2024年6月底前", "in_progress"),
        P("1.3", c1, "落实意识形态工作责任制有差距，对课堂、讲座论坛等阵地管理不够严格", [
            "制定哲学社会科学报告会、研讨会、讲座论坛管理办法，实行“一会一报”", "组织开展课堂教学专项督导，听课1260余学时",
            "对学院意识形态工作开展专项检查，反馈问题37条并全部整改"],
          ["党委宣传部", "教务处", "各二级党组织"], "立行立改", "done", label="l.3"),
        P("2.1", c2, "党委落实全面从严治党主体责任不够到位，压力传导层层递减", [
            "制定党委全面从严治党主体责任清单、班子成员责任清单", "开展二级党组织书记抓党建述职评议考核，考核结果与年度考核挂钩"],
          ["党委办公室", "组织部"], "2023年10月底前", "done", label="2.l"),
        P("2.2", c2, "重点领域廉政风险防控不到位，基建工程、物资采购等领域制度执行不严", [
            "对2020年以来基建项目开展全面自查，共梳理项目19个", "修订《采购管理办法》《基建工程管理办法》等制度5项",
            "建立采购项目事前审核、事中监督、事后评价机制", "对自查发现的3个项目变更不规范问题予以纠正"],
          ["基建处", "国有资产管理处", "审计处"], "2024年3月底前", "done"),
        P("2.3", c2, "落实中央八项规定精神不够严格，公务接待、公车使用管理存在漏洞", [
            "开展公务接待和公车使用专项检查，清退违规报销费用2.3万元", "上线公务用车管理平台，实行用车全程定位",
            "约谈相关单位负责人4人"],
          ["党政办公室", "财务处"], "立行立改，长期坚持", "long_term"),
        P("3.1", c3, "领导班子配备不够合理，部分中层岗位长期空缺", [
            "完成中层干部换届调整，选拔任用中层干部42名", "空缺的11个中层岗位已全部配齐"],
          ["组织部"], "2023年12月底前", "done"),
        P("3.2", c3, "基层党组织建设薄弱，部分教工党支部书记“双带头人”比例偏低", [
            "完成教工党支部换届，“双带头人”支部书记比例提升至96.4%", "开展支部书记轮训2期，培训214人次"],
          ["组织部", "各二级党组织"], "2024年1月底前", "done"),
        P("3.3", c3, "人才引进培养机制不健全，高层次人才流失问题较为突出", [
            "修订《高层次人才引进与培养实施办法》", "建立人才流失预警和离职面谈制度", "设立青年教师成长基金，首批资助58人"],
          ["人事处", "人才工作办公室"], "2024年12月底前", "in_progress"),
    ]
    n_meas = sum(len(p.measures) for p in probs)
    n_done_p = sum(p.status == "done" for p in probs)
    n_done_m = n_meas - sum(len(p.measures) for p in probs if p.status == "in_progress")
    d = new_docx(header_text="皖江师范大学党委文件")
    title = "中共皖江师范大学委员会关于省委巡视整改进展情况的报告"
    para(d, "皖师党〔2024〕5号", center=True)
    para(d, title, bold=True, center=True, size=22)
    para(d, "省委巡视办：", indent=False)
    para(d, "根据省委统一部署，2023年3月20日至5月25日，省委第三巡视组对皖江师范大学党委开展了常规巡视。"
            "2023年7月12日，省委第三巡视组向学校党委反馈了巡视意见。学校党委坚持把巡视整改作为重大政治任务，"
            "对照反馈意见逐条研究、逐项落实。现将整改进展情况报告如下。")
    para(d, "一、提高政治站位，压紧压实整改责任", bold=True)
    para(d, "学校党委第一时间召开常委会、巡视整改动员部署会，成立由党委书记任组长、校长任第一副组长的巡视整改工作领导小组，"
            "下设综合协调、督查督办、宣传报道3个工作组。党委书记切实履行第一责任人职责，先后主持召开整改工作领导小组会议8次、"
            "专题推进会5次，对重点难点问题亲自研究、亲自部署、亲自督办。校领导班子成员按照分工，对分管领域整改任务一抓到底。")
    para(d, "学校党委坚持以上率下，把整改同学习贯彻党的二十大精神结合起来，同学校“十四五”事业发展规划实施结合起来，"
            "同推进学校治理体系和治理能力现代化结合起来，做到整改工作和中心工作两手抓、两促进。")
    para(d, "二、整改任务总体完成情况", bold=True)
    para(d, f"对省委巡视反馈的3个方面{len(probs)}个问题，学校党委逐条制定整改措施，细化为{n_meas}项整改任务，"
            f"明确责任领导、责任单位和完成时限。截至2024年1月31日，已完成整改问题{n_done_p}个，已完成整改任务{n_done_m}项，"
            "其余任务正在按计划推进；累计建立完善制度18项，立案审查违纪问题2件，给予组织处理5人。各问题具体整改进展详见附件。")
    para(d, "三、下一步工作打算", bold=True)
    para(d, "下一步，学校党委将坚持标准不降、力度不减，一是紧盯未完成的整改任务，实行清单管理、对账销号；"
            "二是深化成果运用，把巡视整改中形成的好做法上升为制度机制；三是强化监督检查，适时开展整改“回头看”，"
            "坚决防止问题反弹回潮。")
    para(d, "附件：皖江师范大学省委巡视反馈问题整改进展情况清单", indent=False)
    para(d, "中共皖江师范大学委员会", right=True)
    para(d, "2024年2月6日", right=True)
    page_break(d)
    para(d, "附件", bold=True, indent=False)
    para(d, "皖江师范大学省委巡视反馈问题整改进展情况清单", bold=True, center=True, size=18)
    blocks = []
    cur = None
    for p in probs:
        cat = {c1: C1, c2: C2, c3: C3}[p.category]
        if cat != cur:
            para(d, cat, bold=True)
            cur = cat
        para(d, f"问题{p.label or p.seq}：{p.title}。", bold=True)
        para(d, f"整改时限：{p.deadline}")
        para(d, f"责任单位：{'、'.join(p.units)}")
        para(d, "整改进展情况：")
        acts = []
        for i, m in enumerate(p.measures):
            lab = "l" if (p.seq == "2.2" and i == 0) else str(i + 1)
            acts.append(f"（{lab}）{m}。")
            para(d, acts[-1])
        para(d, "完成情况：" + {"done": "已完成", "in_progress": "正在推进", "long_term": "长期坚持"}[p.status])
        blocks.append("\n".join(acts))
    check(stem, blocks, probs, "paren")
    d.save(HERE / f"{stem}.docx")
    write_truth(stem, 1, "bulletin", title, "中共皖江师范大学委员会", "2024-02-06",
                {"inspector": "省委第三巡视组", "inspected": "皖江师范大学党委", "start": "2023-03-20", "end": "2023-05-25",
                 "feedback_date": "2023-07-12"},
                {"problems_total": len(probs), "problems_done": n_done_p, "measures_total": n_meas,
                 "measures_done": n_done_m, "rules_made": 18},
                probs,
                ["python-docx file with a header ('皖江师范大学党委文件') and a footer page number '— 1 —' (PAGE field).",
                 "The report body has no problem list; the problems are only in the 附件 (after a page break), labelled "
                 "'问题1.1：'…'问题3.3：'. seq is the printed label as a string ('1.1'), a judgement call: the label is hierarchical.",
                 "OCR slips as in a scanned-and-retyped file: '问题l.3：' and '问题2.l：' (letter l for 1); their seq is "
                 "given as the intended '1.3' / '2.1'. In 问题2.2 the first action is '（l）' (letter l), counted as an action.",
                 "Measures are the （1）（2） actions under 整改进展情况; the body's 三、下一步工作打算 一是…三是 is not counted.",
                 "Status comes from each problem's '完成情况：' line (已完成 / 正在推进 / 长期坚持).",
                 "Category is the 附件 heading without its '一、' numbering.",
                 f"Headline: 3个方面{len(probs)}个问题, {n_meas}项整改任务, 已完成整改问题{n_done_p}个, 已完成整改任务{n_done_m}项, 建立完善制度18项. "
                 "Also '立案审查…2件' and '组织处理5人' are not headline fields.",
                 "Document number '皖师党〔2024〕5号' and addressee '省委巡视办：' precede the body."])


# ============================================================ 02 hospital, kind 2, html bulletin (org / problems / next)
def doc02():
    stem = "w02_hospital_bulletin"
    title = "中共临川市第一人民医院委员会关于市委巡察整改进展情况的通报"
    cats = ["关于党委把方向、管大局、作决策、促改革、保落实作用发挥不够充分的问题", "关于落实全面从严治党“两个责任”不够到位的问题",
            "关于医疗服务和行风建设存在短板的问题"]
    probs = [
        P(1, cats[0], "“三重一大”事项决策程序不够规范，个别大额资金使用未经党委会研究", [
            "修订《党委会议事规则》《院长办公会议事规则》，明确“三重一大”事项清单58项",
            "对2021年以来党委会、院长办公会会议纪要逐一复核，对2项程序缺失事项补充履行决策程序",
            "建立议题提交前合法性审查机制"]),
        P(2, cats[0], "公立医院高质量发展谋划不足，学科建设缺乏长远规划", [
            "编制《医院“十四五”学科建设规划》，确定重点专科9个", "与省人民医院签订专科联盟协议，引进学科带头人3名"]),
        P(3, cats[0], "党建与业务融合不紧密，临床科室党支部作用发挥不明显", [
            "推行“党支部建在科室上”，按科室重新设置党支部31个", "实施支部书记“双带头人”培育工程",
            "开展“党员先锋岗”创建活动，评选示范岗15个", "将党建工作成效纳入科室绩效考核"]),
        P(4, cats[1], "党委主体责任落实有差距，对科室负责人日常监督管理偏松偏软", [
            "制定党委落实全面从严治党主体责任清单和班子成员“一岗双责”清单", "开展科室负责人廉政谈话全覆盖，谈话106人次"]),
        P(5, cats[1], "药品耗材采购监管存在风险隐患", [
            "上线药品耗材采购全流程监管系统", "对高值耗材使用情况开展专项稽查，约谈科室主任5人",
            "建立重点监控药品目录动态调整机制"]),
        P(6, cats[1], "纪检监察机构监督作用发挥不够，执纪问责力度偏弱", [
            "配齐配强纪委办公室力量，专职纪检干部增至4名", "围绕医保基金使用开展专项监督检查2轮，发现问题21个均已整改"]),
        P(7, cats[2], "群众就医体验不佳，门诊挂号、缴费排队时间较长", [
            "全面推行分时段预约诊疗，预约就诊率达到78%", "在门诊大厅增设自助机42台，上线“床旁结算”服务",
            "开设便民服务中心，实行“一站式”服务"]),
        P(8, cats[2], "医德医风建设抓得不实，个别医务人员收受“红包”问题仍有发生", [
            "开展医疗领域腐败问题集中整治，签订廉洁行医承诺书1860份", "对2起收受“红包”问题严肃处理，并在全院通报"]),
        P(9, cats[2], "医疗质量安全管理存在薄弱环节，病历书写不规范问题较为普遍", [
            "开展运行病历、终末病历专项检查，每月通报", "组织病历书写规范培训4期"]),
    ]
    n = len(probs)
    pars = ["根据市委统一部署，2023年4月17日至6月16日，市委第二巡察组对市第一人民医院党委开展了常规巡察。"
            "2023年8月9日，市委第二巡察组向医院党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
            ("c", "一、整改工作组织开展情况"),
            "医院党委把巡察整改作为重大政治任务，成立以党委书记为组长的整改工作领导小组，召开专题民主生活会，"
            "对照反馈意见制定整改方案，建立问题、任务、责任“三张清单”，实行周调度、月通报。"
            "党委书记履行第一责任人职责，带头领办重点难点问题；班子成员对分管领域问题认领整改、一抓到底。",
            "医院纪委、党委办公室组成联合督查组，对整改进展开展常态化督查，对进度滞后的科室发出督办函3份。",
            ("c", "二、巡察反馈问题整改落实情况"),
            f"巡察反馈问题{n}个，目前已完成整改7个，其余2个正在持续推进中。"]
    blocks = []
    last = None
    for p in probs:
        if p.category != last:
            pars.append(f"<strong>（{cn(cats.index(p.category) + 1)}）{p.category}</strong>")
            last = p.category
        pars.append(f"{p.seq}.{p.title}。")
        b = "整改情况：" + yishi(p.measures)
        pars.append(b)
        blocks.append(b)
    pars += [("c", "三、下一步工作打算"),
             "下一步，医院党委将持续用力、久久为功。一是对未完成的整改事项持续跟踪，确保按期完成；二是巩固深化整改成果，"
             "建立健全长效机制；三是坚持举一反三，推动巡察整改与医院高质量发展深度融合。",
             "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0794-8261XXXX；"
             "邮政信箱：临川市赣东大道1号市第一人民医院纪委办公室；电子邮箱：lcsyyjw@163.com。",
             ("r", "中共临川市第一人民医院委员会"), ("r", "2024年1月15日")]
    check(stem, blocks, probs, "yishi")
    html = html_page(pars, title=title, site="临川市第一人民医院", pub="2024-01-18", pubshow="2024-01-18 09:32:17",
                     source="医院党委办公室", views="1,207", crumb1="院务公开", crumb2="党建工作",
                     addr="临川市赣东大道1号", code="3610000015", icp="赣ICP备12004931号-1", gab="36100202000117")
    (HERE / f"{stem}.html").write_text(html, encoding="utf-8")
    write_truth(stem, 2, "bulletin", title, "中共临川市第一人民医院委员会", "2024-01-15",
                {"inspector": "市委第二巡察组", "inspected": "市第一人民医院党委", "start": "2023-04-17", "end": "2023-06-16",
                 "feedback_date": "2023-08-09"},
                {"problems_total": n, "problems_done": 7}, probs,
                ["HTML page with site chrome: top navigation, search box, breadcrumb, 发布时间 2024-01-18 09:32:17, "
                 "浏览次数, 字号 大 中 小, 打印本页 / 关闭窗口, share links and a footer with ICP numbers.",
                 "report_date is the signature date 2024-01-15, not the page's 发布时间 2024-01-18.",
                 "Three sections: 一 organisation (no problems), 二 problems under （一）…（三） category headings "
                 "'关于…的问题', 三 next steps whose 一是…三是 are not counted.",
                 "Category is the heading without '（一）' only; the '关于…的问题' wording stays, per the schema.",
                 "Problems are numbered 1.-9. continuously across categories; each is followed by '整改情况：一是…'.",
                 "Status is null: the text says 7 done, 2 in progress, but not which ones.",
                 "Contact paragraph (phone, postal box, e-mail) after the next steps."])


# ============================================================ 03 county, kind 3, txt web copy, 验收销号公示 of 第43项
def doc03():
    stem = "w03_county_task43_notice"
    title = "关于中央第二轮生态环境保护督察反馈问题第43项整改任务验收销号情况的公示"
    p = P(43, None, "部分县（市、区）城镇生活污水收集管网建设滞后，雨污合流、管网破损问题突出，"
                    "宜丰县城区生活污水处理厂进水化学需氧量浓度长期低于100毫克/升",
          ["投资1.86亿元新建、改造城区雨污分流管网42.7公里，修复破损管网6.3公里",
           "对城区187个排水户开展排查整治，完成接管改造163户，其余24户纳入2024年计划",
           "建立污水管网“厂—网—河”一体化运维机制，委托专业公司实施日常巡检",
           "城区生活污水处理厂进水化学需氧量浓度由整改前的平均87毫克/升提升至2023年10月的平均136毫克/升"],
          ["县住房和城乡建设局", "县城市管理局", "县生态环境局"], "2023年12月底前", "done")
    block = "、".join([])  # unused
    lines = [
        "宜丰县人民政府", "宜丰县人民政府门户网站 > 政务公开 > 重点领域信息公开 > 生态环境", "",
        title, "", "发布时间：2023-11-24 16:05   来源：县生态环境局   字体：【大 中 小】", "",
        "根据《江西省中央生态环境保护督察反馈问题整改销号办法》有关规定，现将中央第二轮生态环境保护督察反馈问题第43项整改任务"
        "验收销号情况予以公示。",
        "一、基本情况",
        "2021年4月7日至5月7日，中央第四生态环境保护督察组对江西省开展了第二轮生态环境保护督察，并于2021年7月15日向江西省反馈督察意见。"
        "反馈意见中涉及我县的第43项整改任务为：“" + p.title + "。”",
        "整改目标：城区生活污水集中收集率明显提升，污水处理厂进水化学需氧量浓度稳定达到100毫克/升以上。",
        "整改时限：" + p.deadline,
        "责任单位：" + "、".join(p.units),
        "二、整改完成情况",
    ]
    meas = ["（" + cn(i + 1) + "）" + m + "。" for i, m in enumerate(p.measures)]
    lines += meas
    lines += [
        "三、验收意见",
        "2023年11月16日，县中央生态环境保护督察整改工作领导小组办公室组织县发展改革委、县财政局等单位及有关专家组成验收组，"
        "通过查阅资料、现场核查等方式进行验收，认为该项整改任务已达到整改目标要求，同意销号。",
        "四、公示时间及监督方式",
        "公示时间为2023年11月24日至11月30日（5个工作日）。公示期间，如对整改销号情况有异议，可通过来电、来信等方式向县中央生态环境"
        "保护督察整改工作领导小组办公室反映。",
        "联系电话：0795-2761XXX",
        "通信地址：宜丰县新昌镇城南大道9号县生态环境局（邮编336300）",
        "",
        "宜丰县中央生态环境保护督察整改工作领导小组办公室",
        "2023年11月23日",
        "",
        "【打印本页】 【关闭窗口】",
        "上一篇：宜丰县2023年第三季度集中式饮用水水源地水质状况",
        "下一篇：关于宜丰县2023年度“无废城市”建设情况的说明",
        "主办：宜丰县人民政府办公室 承办：宜丰县大数据中心 赣ICP备05004763号",
    ]
    blk = "\n".join(meas)
    assert len(re.findall(r"^（[一二三四五六七八九十]）", blk, re.M)) == len(p.measures)
    (HERE / f"{stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_truth(stem, 3, "bulletin", title, "宜丰县中央生态环境保护督察整改工作领导小组办公室", "2023-11-23",
                {"inspector": "中央第四生态环境保护督察组", "inspected": "江西省", "start": "2021-04-07", "end": "2021-05-07",
                 "feedback_date": "2021-07-15"},
                {}, [p],
                ["Text copied from a web page: site name, breadcrumb, 发布时间 line with 字体【大 中 小】, and at the end 打印/关闭, "
                 "上一篇/下一篇 links and the site's footer.",
                 "One task, one notice: the 验收销号公示 of task '第43项'; seq 43. The problem statement is quoted inside the "
                 "基本情况 prose (“…。”), not a heading.",
                 "Measures are the （一）…（四） items under 二、整改完成情况 (4). Status done: the 验收意见 says 同意销号.",
                 "Category null: no category heading.",
                 "report_date is the signature date 2023-11-23; the page's 发布时间 is 2023-11-24, the 验收 meeting 2023-11-16 "
                 "and the 公示 period 2023-11-24 to 11-30 are other dates in the text.",
                 "Inspected is the province (江西省), as stated; the notice is about one county's task. The issuer is the county's "
                 "督察整改 office from the signature (the title names no body).",
                 "kind 'bulletin' is a judgement call: a one-task 公示 is neither a plan nor a progress bulletin."])


# ============================================================ 04 bureau, kind 3, pdf, 整改情况说明 of 整改任务（序号十）
def doc04():
    stem = "w04_bureau_task10_statement"
    title = "汉川市自然资源和规划局关于省委第六巡视组反馈意见整改任务（序号十）整改情况的说明"
    p = P(10, None, "耕地保护责任落实不到位，违法占用耕地建房问题“边整边犯”，2020年以来新增违法占用耕地图斑117个",
          ["对卫片执法发现的117个违法占用耕地图斑逐一建立台账，已拆除复耕89个、完善用地手续21个，剩余7个已立案查处",
           "会同市农业农村局制定《汉川市耕地保护田长制实施方案》，设立市、镇、村三级田长1263名",
           "建立“早发现、早制止、严查处”的动态巡查机制，将违法用地查处纳入镇（街道）年度综合考核",
           "对履职不力的3名镇村干部提请纪检监察机关追责问责"],
          ["市自然资源和规划局", "市农业农村局", "各镇人民政府", "各街道办事处"], "2023年9月底前；长期坚持", "in_progress")
    d = new_docx()
    para(d, title, bold=True, center=True, size=20)
    para(d, "市巡视整改工作领导小组办公室：", indent=False)
    para(d, "2022年10月10日至12月10日，省委第六巡视组对汉川市进行了巡视，于2023年2月21日向汉川市委反馈了巡视意见。"
            "根据《汉川市落实省委第六巡视组反馈意见整改方案》分工，整改任务（序号十）由我局牵头办理。现将整改情况说明如下：")
    para(d, "一、问题内容", bold=True)
    para(d, p.title + "。")
    para(d, "二、整改要求", bold=True)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    rows = [("牵头单位", p.units[0]), ("配合单位", "、".join(p.units[1:])), ("整改时限", p.deadline)]
    for r, (a, b) in zip(t.rows, rows):
        r.cells[0].text, r.cells[1].text = a, b
    para(d, "三、整改措施及成效", bold=True)
    for i, m in enumerate(p.measures):
        para(d, f"{i + 1}.{m}。")
    para(d, "四、存在的困难和下一步打算", bold=True)
    para(d, "剩余7个违法图斑因涉及历史遗留问题和群众安置，拆除复耕难度较大。下一步，我局将会同属地镇街，坚持“一图斑一方案”，"
            "力争2024年3月底前全部整改到位。该项任务目前整改进度为基本完成，需长期坚持。")
    para(d, "特此说明。")
    para(d, "汉川市自然资源和规划局", right=True)
    para(d, "2023年10月8日", right=True)
    para(d, "（联系人：张××，联系电话：0712-8422XXX）", indent=False)
    blk = "\n".join(f"{i + 1}.{m}。" for i, m in enumerate(p.measures))
    assert recount(blk, "dot") == len(p.measures)
    save_pdf_later(d, stem)
    write_truth(stem, 3, "bulletin", title, "汉川市自然资源和规划局", "2023-10-08",
                {"inspector": "省委第六巡视组", "inspected": "汉川市", "start": "2022-10-10", "end": "2022-12-10",
                 "feedback_date": "2023-02-21"},
                {}, [p],
                ["PDF converted by LibreOffice from a python-docx file; footer page number '— 1 —'.",
                 "One assigned task explained on its own: '整改任务（序号十）' in the title and body, seq 10 (Chinese numeral).",
                 "The problem is the paragraph under 一、问题内容; measures are the 1.-4. items under 三、整改措施及成效.",
                 "Units and deadline sit in a 2-column table (牵头单位 / 配合单位 / 整改时限); units = 牵头 then 配合 split on '、'. "
                 "Deadline as written '2023年9月底前；长期坚持'.",
                 "Status in_progress (judgement call): text says '基本完成，需长期坚持' and 7 图斑 remain; not 'done'.",
                 "Headline: none (117/89/21/7 are 图斑 counts, not problem counts)."])


# ============================================================ 05 SOE group, kind 4, pdf, "第一轮巡视反馈指出，……" + done + status
def doc05():
    stem = "w05_soe_quoted_feedback"
    title = "中共江淮能源集团有限公司委员会关于省委第一轮巡视反馈问题整改落实情况的报告"
    cats = ["党的领导和企业改革发展方面", "全面从严治党和作风建设方面"]
    ST = {"done": "整改状态：已完成。", "in_progress": "整改状态：基本完成，持续推进。", "long_term": "整改状态：长期坚持。"}
    probs = [
        P(1, cats[0], "集团党委贯彻落实国企改革三年行动部署不够坚决，部分改革任务推进迟缓，‘三项制度’改革‘破冰’不彻底",
          ["制定改革攻坚任务清单，38项任务全部完成", "全面推行经理层成员任期制和契约化管理，覆盖率100%",
           "实施管理人员竞争上岗、末等调整和不胜任退出，2022年以来退出管理人员47人"], status="done"),
        P(2, cats[0], "主业不聚焦，非主业投资占比偏高，部分参股企业长期亏损",
          ["清理退出非主业参股企业14户，回收资金6.2亿元", "修订投资管理办法，实行主业投资负面清单管理"], status="done"),
        P(3, cats[0], "安全生产责任落实层层递减，所属矿井重大隐患整改不及时",
          ["集团领导班子成员包保联系所属矿井，每季度下井带班检查"], status="long_term"),
        P(4, cats[1], "对权力集中、资金密集、资源富集的岗位监督乏力，物资采购、工程招投标领域廉洁风险突出",
          ["上线集中采购电子平台，公开招标率由61%提高至93%", "对2018年以来工程项目开展专项审计，移交问题线索5条",
           "对招标采购关键岗位实行定期轮岗"], status="in_progress"),
        P(5, cats[1], "违反中央八项规定精神问题仍有发生，个别单位超标准公务接待、违规发放津补贴",
          ["开展违规吃喝、违规发放津补贴专项整治，清退资金37.6万元", "给予党纪政务处分11人",
           "建立节假日廉洁提醒和明察暗访常态机制"], status="done"),
        P(6, cats[1], "选人用人把关不严，个别干部‘带病提拔’",
          ["完善干部任前“凡提四必”审查，将廉洁意见回复作为必经程序", "对2名“带病提拔”干部予以免职，并追究相关人员责任"],
          status="done"),
    ]
    d = new_docx(header_text="江淮能源集团有限公司")
    para(d, title, bold=True, center=True, size=20)
    para(d, "2021年5月8日至7月8日，省委第五巡视组对江淮能源集团有限公司党委开展了第一轮巡视，并于2021年9月3日反馈了巡视意见。"
            "按照省委巡视办关于开展巡视整改“回头看”的要求，集团党委对第一轮巡视反馈问题整改情况进行了全面梳理。"
            "第一轮巡视反馈问题共6个，截至2024年3月31日，已完成整改4个，基本完成1个，需长期坚持1个。现逐项报告如下。")
    blocks = []
    last = None
    for p in probs:
        if p.category != last:
            para(d, f"{cn(cats.index(p.category) + 1)}、{p.category}", bold=True)
            last = p.category
        para(d, f"{p.seq}.第一轮巡视反馈指出，“{p.title}。”")
        b = "整改情况：" + (yishi(p.measures) if len(p.measures) > 1 else p.measures[0] + "。")
        para(d, b)
        para(d, ST[p.status])
        blocks.append(b)
    check(stem, blocks[:2] + blocks[3:], probs[:2] + probs[3:], "yishi")
    assert recount(blocks[2], "yishi") == 0 and len(probs[2].measures) == 1
    para(d, "下一步，集团党委将以此次“回头看”为契机，对已完成整改的问题适时开展抽查复核，对需长期坚持的问题持续跟踪，"
            "防止问题反弹回潮。")
    para(d, "中共江淮能源集团有限公司委员会", right=True)
    para(d, "2024年4月12日", right=True)
    save_pdf_later(d, stem)
    write_truth(stem, 4, "bulletin", title, "中共江淮能源集团有限公司委员会", "2024-04-12",
                {"inspector": "省委第五巡视组", "inspected": "江淮能源集团有限公司党委", "start": "2021-05-08", "end": "2021-07-08",
                 "feedback_date": "2021-09-03"},
                {"problems_total": 6, "problems_done": 4}, probs,
                ["PDF converted by LibreOffice; header '江淮能源集团有限公司', footer '— 1 —'.",
                 "Each problem is a quoted feedback item '1.第一轮巡视反馈指出，“…。”'; the title is the quoted text without the "
                 "'第一轮巡视反馈指出，' lead-in and the outer quotes (judgement call).",
                 "Each item is followed by '整改情况：一是…' and a status line '整改状态：已完成 / 基本完成，持续推进 / 长期坚持' "
                 "(done / in_progress / long_term).",
                 "Problem 3's 整改情况 is one undivided sentence: measure_count 1.",
                 "Inner quotes inside the quoted feedback are single ‘…’ (problems 1 and 6), kept verbatim in the titles.",
                 "Headline: 问题共6个, 已完成整改4个 (基本完成1个 and 长期坚持1个 are not 'done'). The report is written in 2024 "
                 "for the 2021 first-round inspection being rectified."])


# ============================================================ 06 province, kind 5, html round summary, figures only
def doc06():
    stem = "w06_province_round_summary"
    title = "湘西省第二轮省级生态环境保护督察整改工作进展情况"
    pars = [
        "2020年至2022年，省委、省政府分四批对14个市（州）和省直有关部门开展了第二轮省级生态环境保护例行督察，"
        "实现省级督察全覆盖。各被督察地区和部门坚持以习近平生态文明思想为指导，把督察整改作为重大政治任务，推动解决了一批"
        "群众身边的突出生态环境问题。现将整改工作进展情况公布如下。",
        ("c", "一、整体进展"),
        "截至2024年6月底，第二轮省级督察反馈问题697个、已整改688个，整体整改完成率98.7%；督察期间交办的群众信访举报件"
        "12,468件已全部办结。各地各部门围绕督察整改建立制度589项，推动解决群众身边生态环境问题3,400余个。",
        ("c", "二、主要做法"),
        "（一）压实整改责任。省委、省政府主要领导多次召开会议专题研究督察整改工作，省督察整改工作领导小组实行“月调度、季通报、年考核”，"
        "对整改滞后的3个市（州）开展约谈。",
        "（二）严格销号管理。出台《湘西省生态环境保护督察整改销号管理办法》，实行“谁销号、谁签字、谁负责”，对12项整改不到位的任务"
        "退回重新整改。",
        "（三）强化督导问效。组织开展督察整改“回头看”，对整改进度滞后、成效不明显的问题挂牌督办，督办事项全部按期办结。",
        ("c", "三、下一步工作"),
        "对尚未完成整改的9个问题，省督察整改办将实行清单化管理，逐项明确完成时限，紧盯不放，确保2024年底前全部完成整改。",
        ("raw", '<p class="attach">附件：<a href="/uploads/2024/07/第二轮省级督察整改清单.xls">第二轮省级生态环境保护督察反馈问题整改清单.xls</a></p>'),
    ]
    html = html_page(pars, title=title, site="湘西省生态环境厅", pub="2024-07-05", pubshow="2024年07月05日 10:16",
                     source="省生态环境保护督察整改工作领导小组办公室", views="3,862", crumb1="政务公开", crumb2="督察整改",
                     addr="湘西省长沙路2号", code="4300000064", icp="湘ICP备05011296号", gab="43010202001366")
    (HERE / f"{stem}.html").write_text(html, encoding="utf-8")
    write_truth(stem, 5, "bulletin", title, "湘西省生态环境保护督察整改工作领导小组办公室", "2024-07-05",
                {"inspector": None, "inspected": "14个市（州）和省直有关部门"},
                {"problems_total": 697, "problems_done": 688, "rules_made": 589}, [],
                ["Round summary on a web page with site chrome (navigation, breadcrumb, 发布时间 '2024年07月05日 10:16', 字号, "
                 "打印/关闭, footer). No signature: report_date is the 发布时间.",
                 "No problem list at all: problems is empty. The figures are the whole content: 反馈问题697个、已整改688个, "
                 "建立制度589项. 12,468 信访件, 3,400余个 and 9 remaining problems are not headline fields.",
                 "Issuer from the page's 来源 (no signature, no body in the title): judgement call.",
                 "Inspection is a whole round in four batches 2020-2022 with no single team or date: inspector and dates null.",
                 "An attachment is only linked (.xls), not included.",
                 "The three sections have （一）（二）（三） sub-headings that are work methods, not problems."])


# ============================================================ 07 street office, kind 5, GB18030 txt, org-level, no list
def doc07():
    stem = "w07_street_office_gb18030"
    title = "中共北湖区东风街道工作委员会关于区委巡察整改情况的报告"
    lines = [
        title, "",
        "区委巡察办：",
        "    根据区委统一部署，2023年4月10日至5月30日，区委第三巡察组对东风街道党工委开展了常规巡察，并于2023年7月5日反馈了巡察意见。"
        "街道党工委高度重视，坚持把抓好巡察整改作为重大政治任务，现将整改情况报告如下。",
        "    一、加强组织领导，扛牢整改政治责任",
        "    街道党工委第一时间召开巡察整改专题会议，成立由党工委书记任组长的整改工作领导小组，制定整改方案，"
        "建立问题、任务、责任“三张清单”。党工委书记认真履行第一责任人职责，先后主持召开专题会议6次，对重点问题亲自督办。",
        "    二、整改任务完成情况",
        "    区委第三巡察组反馈问题32个，街道党工委细化整改措施87条。截至2023年12月31日，已整改完成问题29个，剩余3个问题"
        "正在按计划推进；已完成整改措施81条。通过整改，建立完善制度16项，追回违规资金18.4万元，给予党纪处分2人、诫勉谈话3人。",
        "    三、以整改促发展",
        "    街道党工委把整改成果转化为推动高质量发展的实际成效，辖区老旧小区改造、背街小巷整治等民生实事项目全部按期完成，"
        "群众满意度明显提升。",
        "    四、下一步工作",
        "    一是对未完成的3个问题紧盯不放，确保2024年6月底前全部整改到位；二是健全长效机制，防止问题反弹；"
        "三是强化成果运用，推动街道各项工作再上新台阶。",
        "",
        "                                        中共北湖区东风街道工作委员会",
        "                                               2024年1月10日",
    ]
    (HERE / f"{stem}.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    write_truth(stem, 5, "bulletin", title, "中共北湖区东风街道工作委员会", "2024-01-10",
                {"inspector": "区委第三巡察组", "inspected": "东风街道党工委", "start": "2023-04-10", "end": "2023-05-30",
                 "feedback_date": "2023-07-05"},
                {"problems_total": 32, "problems_done": 29, "measures_total": 87, "measures_done": 81, "rules_made": 16}, [],
                ["Encoded in GB18030 with CRLF line ends (not UTF-8).",
                 "Organisation-level report with no problem list: problems is empty; the figures are in section 二.",
                 "The next-step 一是…三是 are not measures of any problem.",
                 "18.4万元, 党纪处分2人, 诫勉谈话3人 are not headline fields.",
                 "Paragraphs indented with four ASCII spaces; signature right-aligned with spaces."])


# ============================================================ 08 audit, kinds 6+7, docx with a table ledger
def doc08():
    stem = "w08_audit_table_ledger"
    title = "岳西县人民政府关于2023年度县级预算执行和其他财政收支审计查出问题整改情况的报告"
    K1, K2, K3 = "预算管理方面", "专项资金管理使用方面", "国有资产管理方面"
    probs = [
        P(1, K1, "部分非税收入未及时缴入国库，涉及金额1,326.48万元",
          ["县财政局督促执收单位缴库1,106.20万元", "对剩余220.28万元逐笔核实，制定分期缴库计划"],
          ["县财政局", "县自然资源局"], "2025年6月底前", "in_progress"),
        P(2, K1, "年初预算编制不细化，代编预算比例达23.7%",
          ["修订县级部门预算编制办法，2025年代编预算比例压减至8%以内"], ["县财政局"], "2025年3月底前", "in_progress"),
        P(3, K1, "结转结余资金未按规定统筹盘活，3个部门沉淀资金486.9万元",
          ["收回结余资金312.5万元统筹使用", "其余资金因项目尚在实施，待项目结束后清理", "建立结转结余资金季度清理机制"],
          ["县财政局", "县农业农村局", "县卫生健康委"], "2025年6月底前", "in_progress"),
        P(4, K2, "衔接推进乡村振兴补助资金闲置，4个项目未按期开工，涉及资金730万元",
          ["3个项目已开工建设", "1个项目因选址变更调整资金用途，已履行报批程序"],
          ["县乡村振兴局", "相关乡镇人民政府"], "2025年3月底前", "in_progress"),
        P(5, K2, "高标准农田建设项目管护责任不落实，部分灌溉设施损毁",
          ["对损毁设施开展维修，已修复泵站4座、渠道2.1公里", "明确乡镇、村级管护主体，签订管护协议",
           "将管护经费纳入年度预算"], ["县农业农村局"], "长期坚持", "long_term"),
        P(6, K2, "就业补助资金审核把关不严，向不符合条件人员发放补贴17.36万元",
          ["已追回违规发放资金12.80万元", "对剩余4.56万元依法申请法院强制执行"], ["县人力资源和社会保障局"],
          "2025年6月底前", "in_progress"),
        P(7, K3, "行政事业单位资产账实不符，部分固定资产未登记入账，涉及金额2,085.3万元",
          ["开展行政事业单位资产清查，已补登入账1,642.6万元", "对无法查明的资产履行报废核销程序",
           "建立资产管理信息系统定期对账制度"], ["县财政局", "县机关事务服务中心"], "2025年6月底前", "in_progress"),
        P(8, K3, "国有房产出租未经评估、未公开招租，租金收入偏低",
          ["出台《县直行政事业单位国有资产出租管理办法》", "对到期的6处房产实行公开招租"],
          ["县机关事务服务中心"], "立行立改，长期坚持", "long_term"),
        P(9, K3, "县城投公司对外出借资金未履行决策程序，逾期未收回4,500万元",
          ["已收回出借资金1,800万元", "对剩余资金提起诉讼", "对相关责任人员进行约谈"],
          ["县国资委", "县城市建设投资有限公司"], "2025年12月底前", "in_progress"),
        P(10, K3, "政府投资项目竣工决算滞后，23个项目完工2年以上未办理竣工决算",
           ["已完成竣工决算15个", "剩余8个项目制定“一项目一方案”，明确完成时间"],
           ["县发展改革委", "县财政局", "各项目建设单位"], "2025年6月底前", "in_progress"),
    ]
    d = new_docx()
    para(d, title, bold=True, center=True, size=20)
    para(d, "——2024年12月24日在岳西县第十八届人民代表大会常务委员会第二十三次会议上", center=True)
    para(d, "县审计局局长  汪××", center=True)
    para(d, "主任、各位副主任、各位委员：", indent=False)
    para(d, "受县人民政府委托，现将2023年度县级预算执行和其他财政收支审计查出问题整改情况报告如下，请予审议。")
    para(d, "一、审计查出问题整改工作部署推进情况", bold=True)
    para(d, "2024年3月11日至5月20日，县审计局对2023年度县级预算执行和其他财政收支情况进行了审计，并于2024年6月18日向县人民政府"
            "反馈了审计结果，提出审计建议12条。县政府高度重视，召开常务会议专题研究部署，将审计查出问题整改纳入"
            "政府督查和绩效考核范围，建立问题清单、责任清单和整改清单。")
    para(d, "二、审计查出问题整改总体情况", bold=True)
    para(d, "2023年度县级预算执行和其他财政收支审计查出问题50个，截至2024年11月30日，已整改40个，整改完成率80%；"
            "通过整改收回或归还资金5,316.7万元，建立健全制度27项，追责问责9人。尚未完成整改的10个问题均已制定整改计划，"
            "详见附表。")
    para(d, "三、尚未整改到位问题的原因及后续工作安排", bold=True)
    para(d, "未整改到位的问题主要涉及历史遗留、资金回收周期长等情况。下一步，县政府将督促相关部门单位按照附表所列时限推进整改，"
            "县审计局将持续跟踪，整改结果将在下一年度审计工作报告中予以反映。")
    para(d, "附表：2023年度县级预算执行审计查出问题未完成整改事项清单", indent=False)
    page_break(d)
    para(d, "附表", bold=True, indent=False)
    para(d, "2023年度县级预算执行审计查出问题未完成整改事项清单", bold=True, center=True, size=16)
    hdr = ["序号", "问题类型", "审计查出问题", "整改措施及进展", "责任单位", "整改时限", "整改状态"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = h
    blocks = []
    ST = {"in_progress": "部分整改", "long_term": "持续整改"}
    for p in probs:
        cells = t.add_row().cells
        ms = "\n".join(f"{i + 1}.{m}。" for i, m in enumerate(p.measures))
        for c, v in zip(cells, [str(p.seq), p.category, p.title, ms, "、".join(p.units), p.deadline, ST[p.status]]):
            c.text = v
        blocks.append(ms)
    check(stem, blocks, probs, "dot")
    para(d, "")
    para(d, "岳西县人民政府", right=True)
    para(d, "2024年12月20日", right=True)
    d.save(HERE / f"{stem}.docx")
    write_truth(stem, 6, "bulletin", title, "岳西县人民政府", "2024-12-20",
                {"inspector": "县审计局", "inspected": "2023年度县级预算执行和其他财政收支", "start": "2024-03-11",
                 "end": "2024-05-20", "feedback_date": "2024-06-18"},
                {"problems_total": 50, "problems_done": 40, "rules_made": 27}, probs,
                ["Audit rectification report to the county 人大常委会; the inspector is the audit office (县审计局), named in prose "
                 "('县审计局对…进行了审计，并于2024年6月18日向县人民政府反馈了审计结果').",
                 "Also kind 7: period and feedback date only in prose. The speech line '——2024年12月24日在…会议上' is the meeting "
                 "date, not report_date; report_date is the signature 2024-12-20 after the table (judgement call).",
                 "'inspected' is the audited matter as stated (no single body is named as audited).",
                 "Headline '审计查出问题50个…已整改40个', 制度27项; but the table lists only the 10 unfinished problems, so "
                 "problems_total (50) disagrees with the 10 listed.",
                 "Problems are rows of a 7-column table; category = the '问题类型' column (no headings). Measures are the '1.' '2.' "
                 "lines inside the cell. Status from the 整改状态 column: 部分整改 = in_progress, 持续整改 = long_term.",
                 "Amounts with thousands separators ('1,326.48万元') inside titles.",
                 "Header line of the speaker ('县审计局局长  汪××') sits between the title and the body."])


# ============================================================ 09 county, kind 6, traditional-character copy (.txt)
def doc09():
    stem = "w09_county_traditional"
    title = "中共雲溪縣委關於市委第一巡察組巡察反饋意見整改進展情況的通報"
    cats = ["貫徹落實黨中央決策部署和省委、市委工作要求方面", "落實全面從嚴治黨「兩個責任」方面", "落實巡察、審計等監督發現問題整改方面"]
    probs = [
        P(1, cats[0], "推動縣域經濟高品質發展謀劃不足，工業園區畝均稅收低於全市平均水準",
          ["制定《雲溪縣工業園區畝均效益提升三年行動方案》", "清理閒置低效用地1,260畝", "新引進億元以上項目14個"]),
        P(2, cats[0], "鄉村振興產業支撐不強，部分扶貧產業項目效益不佳",
          ["對46個產業項目逐一「體檢」，分類制定盤活措施", "引進龍頭企業2家帶動茶葉、油茶產業發展"]),
        P(3, cats[1], "縣委主體責任壓力傳導不到位，部分鄉鎮黨委「一把手」監督乏力",
          ["出臺《關於加強對「一把手」和領導班子監督的若干措施》", "開展鄉鎮黨委書記述責述廉評議", "約談鄉鎮黨委書記5人"]),
        P(4, cats[1], "「四風」問題仍有發生，違規使用公車、超標準接待等問題屢禁不止",
          ["開展「四風」問題專項整治，查處問題12起、處理19人", "實行公務接待「一單一票一函」審核"]),
        P(5, cats[2], "上輪巡察反饋問題整改不徹底，部分問題「掛賬銷號」",
          ["對上輪巡察反饋的28個問題逐項「回頭看」，重新整改4個", "對「假整改」問題追責問責3人"]),
        P(6, cats[2], "審計發現問題整改不到位，部分專項資金違規使用問題未糾正",
          ["已追回違規使用資金286萬元", "建立審計整改「對賬銷號」臺賬，實行月度調度"]),
    ]
    lines = [title, "", "發布時間：2024-07-03　來源：雲溪縣紀委監委　【字體：大 中 小】", "",
             "根據市委統一部署，2023年9月4日至11月3日，市委第一巡察組對雲溪縣開展了常規巡察，並於2024年1月9日向縣委反饋了巡察意見。"
             "按照黨務公開原則和巡察工作有關要求，現將巡察整改進展情況予以公布。",
             "一、整改工作總體情況",
             "縣委堅持把巡察整改作為重大政治任務，成立由縣委書記任組長的巡察整改工作領導小組，召開專題民主生活會，制定整改方案。"
             "市委第一巡察組反饋問題30個，縣委細化整改措施96條。截至2024年6月30日，已完成整改25個，其餘5個正在按時序推進；"
             "建立完善制度機制33項，給予黨紀政務處分7人。",
             "二、重點問題整改落實情況"]
    blocks = []
    last = None
    for p in probs:
        if p.category != last:
            lines.append(f"（{cn(cats.index(p.category) + 1)}）{p.category}")
            last = p.category
        lines.append(f"{p.seq}.{p.title}。")
        b = "整改情況：" + yishi(p.measures)
        lines.append(b)
        blocks.append(b)
    lines += ["三、下一步工作安排",
              "下一步，縣委將持續鞏固整改成果：一是對未完成的5個問題實行掛圖作戰；二是堅持舉一反三，健全長效機制；"
              "三是強化整改監督，防止問題反彈回潮。",
              "歡迎廣大幹部群眾對巡察整改落實情況進行監督。聯系電話：0759-6612XXX；郵政信箱：雲溪縣紀委監委信訪室。",
              "", "中共雲溪縣委", "2024年7月2日"]
    check(stem, blocks, probs, "yishi")
    (HERE / f"{stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_truth(stem, 6, "bulletin", title, "中共雲溪縣委", "2024-07-02",
                {"inspector": "市委第一巡察組", "inspected": "雲溪縣", "start": "2023-09-04", "end": "2023-11-03",
                 "feedback_date": "2024-01-09"},
                {"problems_total": 30, "problems_done": 25, "measures_total": 96, "rules_made": 33}, probs,
                ["Traditional-character copy (e.g. a mirror site): every string, including the truth's title, issuer, "
                 "categories and problem titles, is kept in traditional characters as printed (judgement call).",
                 "Headline '反饋問題30個…已完成整改25個' but only 6 '重點問題' are listed: problems_total disagrees with the list.",
                 "Inner quotes are 「」 brackets, e.g. category '落實全面從嚴治黨「兩個責任」方面'.",
                 "Status null: the text does not say which of the 6 are done.",
                 "The 下一步 一是…三是 list is not counted. 發布時間 2024-07-03 differs from the signature 2024-07-02."])


# ============================================================ 10 bureau, kind 6, xlsx ledger (merged title, 2-row header)
def doc10():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    stem = "w10_bureau_xlsx_ledger"
    title = "中共梧州市交通运输局党组市委巡察反馈问题整改落实台账"
    cats = ["政治建设方面", "作风建设方面", "选人用人方面"]
    ST = {"done": "已完成", "in_progress": "序时推进", "long_term": "长期坚持"}
    probs = [
        P(1, cats[0], "贯彻落实交通强国建设部署不够有力，“四好农村路”建设任务滞后",
          ["制定农村公路三年提升行动计划", "2023年新改建农村公路218公里，完成年度任务"], ["规划建设科", "公路发展中心"],
          "2023年12月底", "done"),
        P(2, cats[0], "党组理论学习中心组学习流于形式",
          ["修订中心组学习制度", "实行学习研讨发言“清单化”管理"], ["办公室"], "立行立改", "done"),
        P(3, cats[0], "意识形态工作责任制落实不到位",
          ["每半年专题研究意识形态工作", "建立新媒体平台信息发布三审制度", "开展意识形态专项检查1次"], ["办公室", "机关党委"],
          "2023年10月底", "done"),
        P(4, cats[1], "执法领域“吃拿卡要”问题群众反映强烈",
          ["开展交通运输执法领域突出问题专项整治", "推行执法记录仪全程记录", "畅通群众投诉举报渠道，办结投诉37件",
           "处理违纪执法人员4人"], ["综合行政执法支队"], "长期坚持", "long_term"),
        P(5, cats[1], "道路运输行政审批效率不高",
          ["将道路运输许可事项全部纳入“一网通办”", "审批时限平均压缩52%"], ["行政审批科"], "2023年11月底", "done"),
        P(6, cats[1], "出租汽车行业监管不到位，巡游车拒载、绕路问题突出",
          ["开展出租汽车行业专项整治", "建立驾驶员服务质量信誉考核机制"], ["运输管理科", "综合行政执法支队"],
          "2024年6月底", "in_progress"),
        P(7, cats[2], "干部队伍年龄结构老化，年轻干部培养不足",
          ["制定优秀年轻干部培养计划", "2023年提拔35岁以下科级干部6名"], ["人事科"], "2024年12月底", "in_progress"),
        P(8, cats[2], "干部人事档案管理不规范",
          ["对全局干部人事档案开展专项审核", "补充完善缺失材料312份"], ["人事科"], "2023年12月底", "done"),
    ]
    n_done = sum(p.status == "done" for p in probs)
    wb = Workbook()
    ws = wb.active
    ws.title = "巡察整改台账"
    ws.merge_cells("A1:J1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:J2")
    ws["A2"] = (f"（巡察组：市委第五巡察组；巡察时间：2023年5月8日—7月7日；反馈时间：2023年8月30日。"
                f"反馈问题{len(probs)}个，截至2024年3月31日已完成整改{n_done}个）")
    # two-row header
    top = ["序号", "问题类别", "问题描述", "整改措施", "责任单位", "责任领导", "整改时限", "整改进展", None, "备注"]
    sub = [None, None, None, None, None, None, None, "完成情况", "佐证材料", None]
    for i, (a, b) in enumerate(zip(top, sub), start=1):
        if a:
            ws.cell(row=3, column=i, value=a)
        if b:
            ws.cell(row=4, column=i, value=b)
    for col in "ABCDEFGJ":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("H3:I3")
    leaders = {"规划建设科": "李××", "办公室": "王××", "综合行政执法支队": "陈××", "行政审批科": "黄××",
               "运输管理科": "陈××", "人事科": "王××"}
    r = 5
    start = {}
    blocks = []
    for p in probs:
        ms = "".join(f"{CIRCLED[i]}{m}；" for i, m in enumerate(p.measures)).rstrip("；") + "。"
        blocks.append(ms)
        ws.cell(row=r, column=1, value=p.seq)
        if p.category not in start:
            start[p.category] = r
            ws.cell(row=r, column=2, value=p.category)
        ws.cell(row=r, column=3, value=p.title)
        ws.cell(row=r, column=4, value=ms)
        ws.cell(row=r, column=5, value="、".join(p.units))
        ws.cell(row=r, column=6, value=leaders[p.units[0]])
        ws.cell(row=r, column=7, value=p.deadline)
        ws.cell(row=r, column=8, value=ST[p.status])
        ws.cell(row=r, column=9, value="文件、照片" if p.status == "done" else "阶段性材料")
        r += 1
    ends = {}
    for c in cats:
        ends[c] = max(i for i, p in enumerate(probs) if p.category == c) + 5
        if ends[c] > start[c]:
            ws.merge_cells(f"B{start[c]}:B{ends[c]}")
    ws.cell(row=r + 1, column=1, value="填报单位：中共梧州市交通运输局党组（盖章）")
    ws.cell(row=r + 1, column=7, value="填报日期：2024年4月3日")
    for col, w in zip("ABCDEFGHIJ", [6, 14, 36, 48, 18, 10, 14, 10, 12, 8]):
        ws.column_dimensions[col].width = w
    check(stem, blocks, probs, "circled")
    wb.save(HERE / f"{stem}.xlsx")
    write_truth(stem, 6, "bulletin", title, "中共梧州市交通运输局党组", "2024-04-03",
                {"inspector": "市委第五巡察组", "inspected": None, "start": "2023-05-08", "end": "2023-07-07",
                 "feedback_date": "2023-08-30"},
                {"problems_total": len(probs), "problems_done": n_done}, probs,
                ["Excel ledger (openpyxl): merged title row A1:J1, a merged note row A2:J2 carrying the inspection and the "
                 "headline ('反馈问题8个…已完成整改6个'), and a two-row header (整改进展 spans 完成情况 / 佐证材料).",
                 "Category is the '问题类别' column, vertically merged over its rows: only the first row of each group has the "
                 "value.",
                 "Measures are ①②③ items inside one cell. Status from 完成情况: 已完成 done, 序时推进 in_progress, 长期坚持 long_term.",
                 "responsible_units from 责任单位 only; 责任领导 (persons) is a separate column.",
                 "report_date from '填报日期：2024年4月3日' in the footer row. inspected not stated (implied: the bureau).",
                 "kind 'bulletin' is a judgement call for a progress ledger."])


# ============================================================ 11 city plan, kind 7, pdf, parties and dates in prose
def doc11():
    stem = "w11_city_plan_prose_dates"
    title = "四平市贯彻落实省第二生态环境保护督察组督察反馈意见整改方案"
    cats = ["（一）生态文明建设责任落实方面", "（二）水污染防治方面", "（三）大气和土壤污染防治方面"]
    cc = [c[3:] for c in cats]
    probs = [
        P(1, cc[0], "部分县（市、区）和部门对生态环境保护工作重视不够，“党政同责、一岗双责”落实不到位，生态环境保护责任清单执行打折扣",
          ["市委常委会、市政府常务会议每季度专题研究生态环境保护工作", "修订《四平市生态环境保护工作职责规定》",
           "将督察整改情况纳入市管领导班子和领导干部年度考核"], ["市委办公室", "市政府办公室", "市委组织部", "市生态环境局"],
          "立行立改，长期坚持"),
        P(2, cc[0], "生态环境保护考核问责不严，部分地方“重发展、轻保护”倾向仍然存在",
          ["完善生态环境保护目标责任考核办法，考核结果与干部任用挂钩", "对督察移交的责任追究问题依规依纪依法严肃问责"],
          ["市委组织部", "市纪委监委"], "2023年6月底前"),
        P(3, cc[1], "条子河、招苏台河流域水环境综合治理推进缓慢，国考断面水质不能稳定达标",
          ["实施条子河流域综合治理工程，2023年底前完成河道清淤18公里", "新建农村生活污水处理设施26座",
           "开展入河排污口排查整治，取缔非法排污口", "建立流域上下游横向生态补偿机制"],
          ["市生态环境局", "市水利局", "市住房和城乡建设局", "梨树县人民政府", "铁东区人民政府"], "2023年12月底前"),
        P(4, cc[1], "城市污水处理厂超负荷运行，污泥处置不规范",
          ["推进第二污水处理厂扩建工程，新增处理能力5万吨/日", "建设污泥无害化处置中心"],
          ["市住房和城乡建设局"], "2024年10月底前"),
        P(5, cc[1], "畜禽养殖污染问题突出，部分规模养殖场粪污直排",
          ["对全市规模养殖场开展粪污治理专项排查", "督促养殖场配套建设粪污处理设施，实现粪污资源化利用"],
          ["市农业农村局", "市生态环境局"], "2023年9月底前"),
        P(6, cc[2], "秸秆露天焚烧管控不力，秋冬季重污染天气频发",
          ["落实秸秆禁烧网格化监管，实行“市包县、县包乡、乡包村、村包地块”", "推进秸秆综合利用，综合利用率达到90%以上",
           "对秸秆焚烧火点多发地区约谈问责"], ["市农业农村局", "市生态环境局", "各县（市、区）人民政府"], "长期坚持"),
        P(7, cc[2], "历史遗留工业固体废物堆存场所整治不到位，存在土壤污染风险",
          ["完成铁西区原化工厂遗留固废清运处置", "开展污染地块土壤状况调查评估，落实风险管控措施"],
          ["市生态环境局", "铁西区人民政府"], "2024年6月底前"),
    ]
    n_meas = sum(len(p.measures) for p in probs)
    d = new_docx()
    para(d, "中共四平市委办公室　四平市人民政府办公室", center=True)
    para(d, "关于印发《四平市贯彻落实省第二生态环境保护督察组督察反馈意见整改方案》的通知", center=True, bold=True)
    para(d, "各县（市、区）党委和人民政府，市委各部委，市政府各委办局，各人民团体：", indent=False)
    para(d, "《四平市贯彻落实省第二生态环境保护督察组督察反馈意见整改方案》已经市委、市政府同意，现印发给你们，请结合实际认真贯彻落实。")
    para(d, "中共四平市委办公室　　　　四平市人民政府办公室", right=True)
    para(d, "2023年3月3日", right=True)
    page_break(d)
    para(d, title, bold=True, center=True, size=20)
    para(d, "2022年9月7日至9月26日，省第二生态环境保护督察组对四平市开展了督察，并于2023年1月11日向四平市委、市政府反馈了督察意见。"
            "为切实抓好督察反馈问题整改，制定本方案。")
    para(d, "一、总体要求", bold=True)
    para(d, "坚持以习近平生态文明思想为指导，坚持问题导向、目标导向，坚持“一个问题、一套方案、一抓到底”，确保督察反馈问题按期整改到位。")
    para(d, "二、整改目标", bold=True)
    para(d, f"针对督察反馈的{len(probs)}个问题，制定整改措施{n_meas}项，2024年底前全部完成整改任务，全市生态环境质量持续改善。")
    para(d, "三、整改任务", bold=True)
    blocks = []
    last = None
    for p in probs:
        if p.category != last:
            para(d, cats[cc.index(p.category)], bold=True)
            last = p.category
        para(d, f"{p.seq}.{p.title}。")
        para(d, "整改目标：问题得到有效解决，建立长效机制。" if p.seq % 2 else "整改目标：按期完成整改，防止问题反弹。")
        para(d, f"责任单位：{'、'.join(p.units)}")
        para(d, f"整改时限：{p.deadline}")
        b = "整改措施：" + "".join(f"（{i + 1}）{m}；" for i, m in enumerate(p.measures)).rstrip("；") + "。"
        para(d, b)
        blocks.append(b)
    check(stem, blocks, probs, "paren")
    para(d, "四、保障措施", bold=True)
    para(d, "（一）加强组织领导。成立市督察整改工作领导小组，由市委书记、市长任组长。（二）严格督导检查。市督察整改办每月调度整改进展。"
            "（三）严肃追责问责。对整改不力、敷衍整改的，依规依纪依法追责问责。")
    save_pdf_later(d, stem)
    write_truth(stem, 7, "plan", title, "四平市", "2023-03-03",
                {"inspector": "省第二生态环境保护督察组", "inspected": "四平市", "start": "2022-09-07", "end": "2022-09-26",
                 "feedback_date": "2023-01-11"},
                {"problems_total": len(probs), "measures_total": n_meas}, probs,
                ["PDF by LibreOffice. Page 1 is the 印发 notice of the two offices (their signature and date 2023-03-03); the plan "
                 "itself starts on page 2 and has no signature. report_date is the notice's date (judgement call).",
                 "Issuer '四平市' from the plan title (the notice is issued by 市委办公室 and 市政府办公室).",
                 "Period and feedback date only in prose: '2022年9月7日至9月26日…对四平市开展了督察，并于2023年1月11日…反馈'; "
                 "the end date has no year.",
                 "Each problem: '1.…。' then 整改目标 / 责任单位 / 整改时限 / 整改措施 lines; measures are the （1）（2） items in "
                 "one 整改措施 paragraph. Title is the statement before 整改目标.",
                 "Responsible units include '各县（市、区）人民政府' (full-width brackets, kept whole).",
                 "Status null throughout (a plan). The 保障措施 （一）-（三） are not problems or categories."])


# ============================================================ 12 bureau, kinds 1+6, txt web copy, two 附件 with per-attachment counts
def doc12():
    stem = "w12_bureau_two_annexes"
    title = "中共滨江市市场监督管理局党组关于市委第七巡察组反馈意见整改情况的报告"
    A, B = "落实食品药品安全监管职责方面", "优化营商环境方面"
    C = "基层党组织建设方面"
    done = [
        P("1.1", A, "食品安全“两个责任”落实不到位，包保干部督导检查流于形式",
          ["制定包保干部督导工作规范，明确督导频次和内容", "对全市1.2万家食品生产经营主体实现包保全覆盖"],
          ["食品经营安全监督管理科"], "2024年6月底前", "done"),
        P("1.2", A, "药品零售企业“挂证”执业问题整治不彻底",
          ["开展执业药师“挂证”专项检查，检查药店1,037家", "撤销注册证书21人，对相关企业立案查处", "建立执业药师在岗动态核查机制"],
          ["药品监督管理科"], "2024年5月底前", "done"),
        P("1.3", B, "“双随机、一公开”监管覆盖不全，存在重复检查、多头检查问题",
          ["修订随机抽查事项清单", "推行跨部门联合抽查，联合抽查占比提高到42%"], ["信用监督管理科"], "立行立改", "done",
          label="l.3"),
        P("1.4", B, "市场主体登记注册“一网通办”推进缓慢",
          ["上线企业开办“一件事”平台，实现全程网办", "企业开办时间压缩至0.5个工作日"], ["登记注册科"], "2024年4月底前", "done"),
        P("1.5", C, "党支部“三会一课”制度执行不严格，个别支部组织生活不规范",
          ["开展党支部标准化规范化建设达标创建", "对4个软弱涣散支部进行整顿"], ["机关党委"], "2024年6月底前", "done"),
    ]
    ongoing = [
        P("2.1", A, "特种设备安全隐患排查不彻底，部分老旧电梯带病运行",
          ["对使用15年以上老旧电梯开展安全评估，已评估632台", "推动老旧电梯更新改造，纳入城市更新项目"],
          ["特种设备安全监察科"], "2024年12月底前", "in_progress"),
        P("2.2", B, "涉企收费治理不到位，部分行业协会商会违规收费",
          ["开展行业协会商会收费专项检查", "清退违规收费"], ["价格监督检查和反不正当竞争科"], "2024年10月底前", "in_progress"),
        P("2.3", C, "年轻干部培养使用力度不够，干部队伍梯次结构不合理",
          ["制定年轻干部培养三年计划", "开展年轻干部基层一线实践锻炼"], ["人事科"], "长期坚持", "in_progress"),
    ]
    lines = ["首页 > 信息公开 > 法定主动公开内容 > 其他", "", title,
             "来源：滨江市市场监督管理局　发布时间：2024年09月12日　【字体：大 中 小】【打印】【关闭】", "",
             "市委巡察办：",
             "2023年10月16日至12月15日，市委第七巡察组对滨江市市场监督管理局党组开展了常规巡察，于2024年2月27日向局党组反馈了巡察意见。"
             "局党组坚持把巡察整改作为重大政治任务，现将整改情况报告如下：",
             "一、整改工作开展情况",
             "局党组召开专题会议研究部署整改工作，成立以党组书记、局长为组长的整改工作领导小组，按照“问题清单、任务清单、责任清单”"
             "逐项推进整改，实行每周调度、每月通报、逐项销号。",
             "二、整改任务完成情况",
             "市委第七巡察组反馈问题8个，局党组制定整改措施17条。截至2024年8月31日，已完成整改5个（详见附件1），"
             "正在整改3个（详见附件2）；已完成整改措施13条，建立完善制度9项。",
             "三、下一步工作",
             "下一步，局党组将对正在整改的问题，一是强化跟踪督办，二是加强部门协作，确保按期完成。",
             "附件：1.已完成整改问题清单（5个）",
             "　　　2.正在整改问题清单（3个）",
             "中共滨江市市场监督管理局党组",
             "2024年9月10日", ""]
    blocks = []

    def annex(no, head, probs):
        lines.append(f"附件{no}")
        lines.append(head)
        last = None
        for p in probs:
            if p.category != last:
                lines.append(f"{cn([A, B, C].index(p.category) + 1)}、{p.category}")
                last = p.category
            lines.append(f"项目{p.label or p.seq}：{p.title}")
            lines.append(f"责任单位：{'、'.join(p.units)}　　整改时限：{p.deadline}")
            lines.append("整改进展情况：")
            acts = [f"（{i + 1}）{m}。" for i, m in enumerate(p.measures)]
            lines.extend(acts)
            blocks.append("\n".join(acts))
        lines.append("")

    annex(1, "已完成整改问题清单（共5个）", done)
    annex(2, "正在整改问题清单（共3个）", ongoing)
    lines += ["扫一扫在手机打开当前页", "版权所有：滨江市市场监督管理局　网站标识码：3302000041　浙ICP备09038475号"]
    probs = done + ongoing
    check(stem, blocks, probs, "paren")
    n_meas = sum(len(p.measures) for p in probs)
    assert n_meas == 17, n_meas
    (HERE / f"{stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_truth(stem, 1, "bulletin", title, "中共滨江市市场监督管理局党组", "2024-09-10",
                {"inspector": "市委第七巡察组", "inspected": "滨江市市场监督管理局党组", "start": "2023-10-16", "end": "2023-12-15",
                 "feedback_date": "2024-02-27"},
                {"problems_total": 8, "problems_done": 5, "measures_total": 17, "measures_done": 13, "rules_made": 9}, probs,
                ["Text copied from a web page: breadcrumb, 来源/发布时间 (2024年09月12日) line with 字体/打印/关闭, QR-code text and "
                 "footer. report_date is the signature 2024-09-10.",
                 "Report body, then two attachments with per-attachment counts: 附件1 已完成整改问题清单（共5个）, 附件2 "
                 "正在整改问题清单（共3个）; also '附件：1.…（5个）2.…（3个）' in the body.",
                 "Problems labelled '项目1.1：'…'项目2.3：'; seq is the label string. OCR slip '项目l.3：' (letter l), seq '1.3'.",
                 "Status from the attachment a problem sits in: 附件1 done, 附件2 in_progress; 项目2.3 has 整改时限 '长期坚持' "
                 "but sits in 正在整改, so in_progress (judgement call: section structure wins).",
                 "Categories '一、…方面' restart in each attachment; the same category names appear in both.",
                 "责任单位 and 整改时限 share one line separated by a full-width space.",
                 "Measures are （1）（2）（3） under 整改进展情况; the body's 一是/二是 next steps are not counted."])


# ============================================================ 13 county bureau, kind 2, docx, 关于“…”问题的整改情况 headings
def doc13():
    stem = "w13_county_bureau_wrapped_headings"
    title = "中共丰宁县住房和城乡建设局党组关于县委巡察整改进展情况的通报"
    cats = ["党的领导弱化，落实重大决策部署有差距", "管党治党不严，全面从严治党责任落实不到位", "整改工作不扎实，历次监督检查发现问题整改不彻底"]
    probs = [
        P(1, cats[0], "推进城镇老旧小区改造不力，2022年度改造任务完成率仅为63%",
          ["成立老旧小区改造工作专班，实行“一小区一方案”", "2023年完成改造小区27个，惠及居民4,316户", "建立居民议事协商机制"]),
        P(2, cats[0], "建筑市场监管缺位，部分在建项目存在违法分包、拖欠农民工工资现象",
          ["开展建筑市场秩序专项整治，检查在建项目86个", "督促施工企业足额缴存工资保证金，协调解决欠薪1,230万元"]),
        P(3, cats[0], "房地产领域风险防范化解不力，个别项目逾期交房",
          ["对逾期项目实行“一项目一专班”，已交付2个", "加强商品房预售资金监管"]),
        P(4, cats[1], "党组主体责任落实不到位，对下属单位监督管理缺失",
          ["制定党组及班子成员全面从严治党责任清单", "对下属6个单位开展内部审计和专项检查"]),
        P(5, cats[1], "燃气安全监管存在漏洞，瓶装液化气市场管理混乱",
          ["开展城镇燃气安全专项整治，取缔非法储存点11处", "推行瓶装液化气“一瓶一码”追溯管理", "对燃气企业负责人约谈3次",
           "建立燃气安全隐患“清单式”管理机制"]),
        P(6, cats[2], "上轮巡察反馈的物业管理问题整改不到位",
          ["出台《丰宁县物业服务企业信用评价办法》", "对物业服务企业开展季度考评并公示结果"]),
    ]
    d = new_docx(header_text=None)
    para(d, title, bold=True, center=True, size=20)
    para(d, "根据县委统一部署，2023年10月9日至11月24日，县委第一巡察组对县住房和城乡建设局党组进行了常规巡察，"
            "并于2024年1月16日向局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。")
    para(d, "一、整改工作的组织领导", bold=True)
    para(d, "局党组成立巡察整改工作领导小组，党组书记任组长，班子成员任副组长，局属各单位主要负责人为成员。"
            "召开巡察整改专题民主生活会，班子成员逐一对照检视，认领整改任务。")
    para(d, "二、巡察反馈问题的整改落实情况", bold=True)
    blocks = []
    last = None
    k = 0
    for p in probs:
        if p.category != last:
            para(d, f"{cn(cats.index(p.category) + 1)}、{p.category}", bold=True)
            last = p.category
        k += 1
        para(d, f"（{cn(p.seq)}）关于“{p.title}”问题的整改情况", bold=True)
        b = "".join(f"{i + 1}.{m}。\n" for i, m in enumerate(p.measures))
        for line in b.strip().split("\n"):
            para(d, line)
        blocks.append(b)
    check(stem, blocks, probs, "dot")
    para(d, "三、下一步工作计划", bold=True)
    para(d, "1.持续巩固整改成果，对已完成的整改事项适时开展“回头看”。2.对需要长期坚持的事项，建立长效机制。")
    para(d, "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0314-8012XXX。")
    para(d, "中共丰宁县住房和城乡建设局党组", right=True)
    para(d, "2024年5月20日", right=True)
    d.save(HERE / f"{stem}.docx")
    write_truth(stem, 2, "bulletin", title, "中共丰宁县住房和城乡建设局党组", "2024-05-20",
                {"inspector": "县委第一巡察组", "inspected": "县住房和城乡建设局党组", "start": "2023-10-09", "end": "2023-11-24",
                 "feedback_date": "2024-01-16"},
                {}, probs,
                ["python-docx file, footer '— 1 —', no header.",
                 "Section structure: 一 organisation, 二 problems under 一、二、三、 category headings (nested inside section 二, "
                 "so they reuse the 一、 numbering of the top sections), 三 next steps.",
                 "Problem headings '（一）关于“…”问题的整改情况' with Chinese-numeral seq that runs on across categories (1-6); "
                 "title strips the 关于“…”问题的整改情况 wrapper.",
                 "Measures are '1.' '2.' paragraphs; the next-step '1.…2.…' run inside one paragraph and are not counted.",
                 "No headline figures; status null (the text is silent)."])


def main():
    for f in HERE.iterdir():
        if f.name != "make.py" and f.suffix in {".json", ".txt", ".html", ".docx", ".pdf", ".xlsx"}:
            f.unlink()
    for fn in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12, doc13):
        fn()
    run_pdf_jobs()
    stems = {}
    for f in HERE.iterdir():
        if f.name.endswith(".truth.json") or f.name == "make.py":
            continue
        stems.setdefault(f.stem, []).append(f.name)
    for s, names in stems.items():
        assert len(names) == 1 and (HERE / f"{s}.truth.json").exists(), (s, names)
    print(len(stems), "documents written")


if __name__ == "__main__":
    main()
