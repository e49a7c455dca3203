"""Generate blind held-out set 12 (written by helper writer12): ten FULL-LENGTH documents + truths.

All bodies, people, places and figures are invented for testing. Each document's layout (structure, headings,
numbering, field labels, wording habits) is modelled on one real page found with the search tool (corpus pages); the
page's address is named in the comment above each docNN function. Unlike the ~2,000-byte labelled excerpts, every
document here is complete: lead, all sections, every problem with its measures, closing, signature and date.
Run from the worktree root:  .venv/bin/python tests/importer/blindwritten12/make.py   (needs soffice for .pdf/.html)
Every measure_count is counted twice: once from the data (len of the measure list) and once by a regex recount over
the rendered measure text; make.py refuses to write when they differ. Every non-null truth value (titles, issuer,
inspection fields, dates, headline figures, categories, units, deadlines) is re-found in the document's own text
(check_refound); make.py refuses to write when one is missing.
Conventions (judgement calls): 项目1.2 / 问题2.3 -> seq = last component; 序号十二 -> 12; status words 已完成整改/已完成/已整改
-> done, 基本完成 / 持续推进中 / 正在推进 / 正在整改 -> in_progress, 长期坚持 -> long_term; a quoted feedback item's title is
the quoted statement without the '第二轮督察反馈指出，' attribution; kind is bulletin except the 整改方案 (plan).
kind_of_issue in each truth is the item number (1-10) of writer12's brief, not issue 10's own numbering.

Session 17, the lead, after the first run (FIRST_RUN_blindwritten12.txt, F1 0.887): two labels changed to the project's
conventions, no parser change in between — a traditional copy's problems in simplified characters (doc 08,
_simplified_problems) and a '（一）在“…”方面' category as printed, wrapper included (docs 02 and 08,
_category_as_printed). Scored on the same parser (main 5516489) with the changed labels: F1 1.000, category 1.000,
headline 0.968, every other column 1.000.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
from docx import Document

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/importer: the generators' shared kit
from blindwritten_kit import cn, docx_doc, Prob, writers  # noqa: E402

save_truth, write_docx, write_pdf = writers(OUT)



# ---------------------------------------------------------------- re-finding every truth value in the text
def doc_text(path: Path) -> str:
    """The document's own text, read back from the written file."""
    suf = path.suffix
    if suf == ".txt":
        raw = path.read_bytes()
        for enc in ("utf-8", "gb18030"):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                pass
    if suf == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                seen = []
                for c in row.cells:
                    if c._tc not in seen:
                        seen.append(c._tc)
                        parts.append(c.text)
        return "\n".join(parts)
    if suf == ".pdf":
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    if suf == ".html":
        import html as _h
        return _h.unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8", errors="replace")))
    if suf == ".xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    raise ValueError(suf)


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _date_forms(iso: str):
    y, m, d = (int(x) for x in iso.split("-"))
    return [f"{y}年{m}月{d}日", f"{m}月{d}日", iso, f"{y}.{m}.{d}", f"{y}年{m:02d}月{d:02d}日"]


def check_refound(stem: str):
    path = next(p for p in OUT.glob(stem + ".*") if not p.name.endswith(".json"))
    full = doc_text(path)
    text = _flat(full)
    assert 2500 <= len(text) <= 12000, (stem, "length", len(text))
    t = json.loads((OUT / f"{stem}.truth.json").read_text(encoding="utf-8"))
    miss = []

    def need(v, what):
        if v is not None and _flat(str(v)) not in text:
            miss.append((what, v))
    need(t["title"], "title")
    need(t["issuer"], "issuer")
    ins = t["inspection"]
    need(ins["inspector"], "inspector")
    need(ins["inspected"], "inspected")
    for k in ("start", "end", "feedback_date"):
        if ins[k] and not any(f in text for f in _date_forms(ins[k])):
            miss.append((k, ins[k]))
    if t["report_date"] and not any(f in text for f in _date_forms(t["report_date"])):
        miss.append(("report_date", t["report_date"]))
    for k, v in t["headline"].items():
        need(v, k)
    for p in t["problems"]:
        need(p["title"], "problem title")
        need(p["category"], "category")
        need(p["deadline"], "deadline")
        for u in p["responsible_units"]:
            need(u, "unit")
    assert not miss, (stem, miss)


ALL = []


def finish(stem, **kw):
    save_truth(stem, **kw)
    check_refound(stem)
    ALL.append(stem)


def write_html_from_docx(stem, blocks, header=None):
    """The .html that LibreOffice writes when a Word file is saved as a web page."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.docx"
        docx_doc(blocks, header).save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "html", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(Path(tmp) / f"{stem}.html", OUT / f"{stem}.html")


def att_items(probs, label, status_word, cats, slips=()):
    """Attachment items 'label1.1：title' / 整改时限 / 整改进展情况 / （1）（2） lines; cats maps category -> number."""
    lines, last = [], None
    for p in probs:
        if p.cat != last:
            lines.append(("h", f"{cn(cats[p.cat])}、{p.cat}"))
            last = p.cat
        head = f"{label}{cats[p.cat]}.{p.seq}："
        for a, b in slips:
            head = head.replace(a, b)
        lines.append(("p", head + p.title))
        lines.append(("p", f"整改时限：{p.deadline}"))
        lines.append(("p", f"整改进展情况：{status_word[p.status]}"))
        lines.append(("p", p.mtext("\n")))
    return lines


# ================================================================ 01 city report on a provincial 督察, two attachments (.docx)
# Layout modelled on http://ourjiangsu.com/a/20220927/1664284613255.shtml (provincial 督察整改 progress: 整改任务N项，应于今年底前
# 完成M项…已基本完成K项，整改完成率…；其余…按序时推进；信访事项已办结…办结率; laggards named), turned into a city's
# full report with a narrative numbered body and the 附件1/附件2 '具体问题整改进展情况（共N个问题）' lists of issue 10 kind 1.
def doc01():
    stem = "w12_01_ducha_report_two_attachments_docx"
    A1, A2, B1, B2 = "水环境问题", "大气环境问题", "生态保护问题", "固体废物问题"
    W = {"done": "已完成整改", "in_progress": "持续推进中", "basic": "基本完成"}
    P = Prob
    att1 = [
        P(1, A1, "城区雨污合流管网改造滞后，汛期溢流污水直排枫溪河问题突出", [
            "完成城区雨污分流改造管网26.8公里，新建截污干管4.2公里",
            "建成枫溪河沿线调蓄池3座，总容积2.4万立方米",
            "建立汛期溢流口巡查台账，实行“一口一策”管理"], "done", [], "2022年12月底", "paren"),
        P(2, A1, "工业园区污水处理厂进水浓度偏低，部分企业废水未纳管", [
            "排查园区企业127家，督促9家企业完成废水纳管",
            "对园区管网开展CCTV检测，修复破损管段3.1公里"], "basic", [], "2023年6月底", "paren"),
        P(3, A1, "农村生活污水处理设施运行率不高，部分站点长期停运", [
            "对全市312座农村污水处理站点逐一排查，修复停运站点47座",
            "推行“县级统管、第三方运维”模式，运维经费纳入财政预算",
            "建设农村污水处理设施在线监控平台，实现运行状态实时监管",
            "将设施正常运行率纳入乡镇生态环境保护考核"], "done", [], "2023年3月底", "paren"),
        P(1, A2, "城区建筑工地扬尘管控不严，“六个百分百”落实不到位", [
            "建立建筑工地扬尘视频监控系统，接入工地218个",
            "开展扬尘专项执法检查，立案查处违法行为36起"], "done", [], "立行立改，长期坚持", "paren"),
        P(2, A2, "部分涉VOCs企业治理设施简易低效，无组织排放问题突出", [
            "完成63家涉VOCs企业简易低效治理设施升级改造",
            "对14家重点企业安装VOCs在线监测设备并联网",
            "推广低VOCs含量原辅材料源头替代"], "in_progress", [], "2023年12月底", "paren"),
    ]
    att2 = [
        P(1, B1, "青岚山自然保护区实验区内仍有2处采石场未完成生态修复", [
            "关闭退出2处采石场并拆除生产设施",
            "编制矿山生态修复方案，完成复绿面积18.6公顷"], "basic", [], "2023年10月底", "paren"),
        P(2, B1, "部分河道岸线被违规占用，河湖“四乱”问题反弹", [
            "开展河湖“四乱”清理整治，拆除违建设施41处",
            "落实河湖长巡河制度，建立问题发现、交办、销号闭环机制"], "done", [], "2022年10月底", "paren"),
        P(1, B2, "生活垃圾填埋场渗滤液积存量大，存在环境风险", [
            "新建日处理能力200吨的渗滤液处理站并投入运行",
            "完成积存渗滤液6.3万吨处理"], "done", [], "2022年12月底", "paren"),
        P(2, B2, "医疗废物收集处置体系不健全，乡镇卫生院医疗废物转运不及时", [
            "建成覆盖全部乡镇卫生院的医疗废物收集转运体系",
            "配置医疗废物专用转运车辆6台，实行“日产日清”"], "done", [], "2022年9月底", "paren"),
        P(3, B2, "一般工业固体废物堆场“三防”措施不到位", [
            "完成19处一般工业固体废物堆场规范化整治",
            "建立一般工业固体废物管理台账和电子联单制度",
            "对拒不整改的2家企业依法立案处罚"], "in_progress", [], "2023年12月底", "paren"),
    ]
    title = "青岚市人民政府关于第二轮省级生态环境保护督察反馈意见整改落实情况的报告"
    body = [
        ("title", title),
        ("p", "省生态环境保护督察工作领导小组办公室："),
        ("p", "2022年4月11日至5月11日，省第三生态环境保护督察组对我市开展了第二轮省级生态环境保护督察，并于2022年7月20日向我市反馈了督察意见。"
              "市委、市政府高度重视，坚决扛起督察整改政治责任，第一时间召开市委常委会会议、市政府常务会议专题研究，制定印发《青岚市贯彻落实第二轮省级生态环境保护督察反馈意见整改方案》，"
              "逐项明确整改目标、整改措施、责任单位和整改时限，全力推进督察反馈问题整改。现将整改落实情况报告如下："),
        ("h", "一、整改工作总体情况"),
        ("p", "截至2023年2月底，督察反馈意见涉及我市的10个具体问题，已完成整改6个，基本完成2个，其余2个正按序时进度持续推进。"
              "督察组进驻期间交办的1426件群众信访举报件，已办结1391件，办结率97.5%；对督察组移交的3个生态环境损害责任追究问题，"
              "共问责党员干部23人，其中给予党纪政务处分7人。整改期间，全市新建城镇污水处理厂2座，新增污水处理能力5万吨/日，"
              "2022年全市PM2.5平均浓度为31微克/立方米，同比下降8.8%，国考断面水质优良比例达到100%。"),
        ("h", "二、主要工作措施"),
        ("p", "（一）强化组织领导，压紧压实整改责任。成立由市委书记、市长任双组长的督察整改工作领导小组，下设水环境、大气环境、生态保护、固体废物4个专项工作组，"
              "实行市级领导包案、牵头部门主抓、属地政府落实的责任体系。市委常委会会议、市政府常务会议先后11次专题研究督察整改工作，"
              "市级领导带队开展现场督导46次，协调解决重点难点问题29个。"),
        ("p", "（二）坚持问题导向，推动整改落地见效。对照督察反馈意见，逐项建立问题清单、任务清单、责任清单，实行“挂图作战、对账销号”。"
              "对整改周期较长的问题，分解年度目标和阶段任务，明确时间节点；对已完成整改的问题，严格按照“谁验收、谁签字、谁负责”的原则组织验收，"
              "经公示无异议后予以销号，防止问题反弹回潮。"),
        ("p", "（三）加大资金投入，补齐环境基础设施短板。整改以来，全市累计投入督察整改资金18.7亿元，其中争取中央和省级专项资金4.2亿元，"
              "实施水污染治理、大气污染防治、生态修复、固体废物处置等重点工程项目64个，城乡环境基础设施短板加快补齐。"),
        ("p", "（四）严格督查问效，传导整改工作压力。将督察整改纳入市委、市政府重点督查事项和年度综合考核，实行“周调度、月通报、季考核”。"
              "对进度滞后的4个县（市、区）和6个市直部门下发督办函，对2名履职不力的干部进行约谈提醒。"),
        ("p", "（五）注重建章立制，巩固拓展整改成效。坚持“当下改”与“长久立”相结合，出台《青岚市生态环境保护督察整改销号管理办法》《青岚市河湖长制考核办法》等制度文件12项，"
              "推动督察整改由“治标”向“治本”转变。"),
        ("h", "三、存在的困难和下一步工作"),
        ("p", "当前，我市督察整改工作虽取得阶段性成效，但仍存在部分整改任务工程量大、周期长，个别地方整改工作不平衡等问题。"
              "下一步，我市将坚持目标不变、标准不降、力度不减，对尚未完成的整改任务，逐项倒排工期、挂图督战，确保按期完成；"
              "对已完成整改的问题，定期开展“回头看”，坚决防止问题反弹，以督察整改的实际成效推动全市生态环境质量持续改善。"),
        ("p", "特此报告。"),
        ("p", "附件：1.第二轮省级生态环境保护督察反馈意见具体问题整改进展情况（一）\n2.第二轮省级生态环境保护督察反馈意见具体问题整改进展情况（二）"),
        ("pr", "青岚市人民政府"),
        ("pr", "2023年3月15日"),
        ("break", None),
        ("p", "附件1"),
        ("title", "具体问题整改进展情况（共5个问题）"),
    ] + att_items(att1, "项目", W, {A1: 1, A2: 2}, slips=(("项目1.2：", "项目l.2："),)) + [
        ("break", None),
        ("p", "附件2"),
        ("title", "具体问题整改进展情况（共5个问题）"),
    ] + att_items(att2, "问题", W, {B1: 1, B2: 2})
    write_docx(stem, body, header="青岚市人民政府文件")
    probs = att1 + att2
    for p in probs:
        if p.status == "basic":
            p.status = "in_progress"
    finish(stem, kind="bulletin", title=title, issuer="青岚市人民政府", date="2023-03-15",
           insp=["省第三生态环境保护督察组", "青岚市", "2022-04-11", "2022-05-11", "2022-07-20"],
           headline={"problems_total": 10, "problems_done": 6, "rules_made": 12}, probs=probs, koi=1,
           anomalies=["Full report (.docx): body 一、二、三 is narrative; （一）…（五） under 二、 are the city's work measures, not problems.",
                      "Problems are only in 附件1 (项目x.y) and 附件2 (问题x.y), each titled '具体问题整改进展情况（共5个问题）'; categories restart in each attachment.",
                      "OCR slip '项目l.2' (letter l for digit 1) for the second problem of 附件1; seq is the last component (项目1.2 -> 2).",
                      "整改进展情况: 已完成整改=done, 基本完成 and 持续推进中=in_progress; measures are （1）（2）… paragraphs.",
                      "Headline: 10个具体问题，已完成整改6个，基本完成2个; rules_made 12 (制度文件12项). Distractors: 1426/1391 信访件, 97.5%, 23/7 people, 18.7亿元, 64 projects, 11/46/29 meetings.",
                      "Running header '青岚市人民政府文件' and a PAGE field footer; a page break before each attachment."])


def shi_cat_blocks(probs, cats_fmt="（{n}）在“{c}”方面", head_fmt="{i}.关于“{t}”问题的整改", number_across=False):
    """Category heading / '1.关于“…”问题的整改' / measures paragraph (一是…二是…)."""
    out, last, k, i = [], None, 0, 0
    for p in probs:
        if p.cat != last:
            k += 1
            out.append(("h", cats_fmt.format(n=cn(k), c=p.cat)))
            last = p.cat
            if not number_across:
                i = 0
        i += 1
        out.append(("p", head_fmt.format(i=p.seq, t=p.title)))
        out.append(("p", p.mtext()))
    return out


# ================================================================ 02 university 巡视整改进展情况的通报 (.pdf)
# Layout modelled on http://news.blcu.edu.cn/info/1011/2654.htm (university 巡视整改: 整改任务明确为12项主要任务, 校领导分工负责,
# 主责单位逐一汇报, 55项具体整改任务, 集中整改 then 长效机制, 形成巡视整改落实情况通报) for the organising section, with the
# problem section in the （一）在“…”方面 / 1.关于“…”问题的整改 form of http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html.
def doc02():
    stem = "w12_02_university_xunshi_bulletin_pdf"
    C1 = "贯彻落实党的教育方针和立德树人根本任务不够有力"
    C2 = "落实全面从严治党主体责任和监督责任有差距"
    C3 = "落实新时代党的组织路线和干部人才队伍建设不够到位"
    P = Prob
    probs = [
        P(1, C1, "思想政治工作体系不够健全，“三全育人”合力尚未形成", [
            "修订《学校“三全育人”综合改革实施方案》，明确38项具体任务和责任部门",
            "建立校领导联系学院、班级制度，校领导全年深入课堂听课92学时",
            "实施辅导员队伍建设提升计划，按师生比1:200配齐专职辅导员"]),
        P(2, C1, "课程思政建设推进不平衡，部分专业课程育人功能发挥不充分", [
            "遴选课程思政示范课程60门、教学团队12个",
            "将课程思政纳入教师教学考核和职称评审指标体系"]),
        P(3, C1, "服务区域经济社会发展能力不强，科技成果转化率偏低", [
            "出台《科技成果转化管理办法》，将成果转化收益用于奖励团队的比例提高到80%",
            "与临江省内17家龙头企业共建联合研发中心",
            "2023年上半年签订技术转让合同43项，合同金额3860万元"]),
        P(4, C2, "党委主体责任落实不够到位，管党治党压力传导层层递减", [
            "制定党委落实全面从严治党主体责任清单，细化责任事项45项",
            "开展二级党组织书记抓党建述职评议，对3个评议靠后的单位进行约谈"]),
        P(5, C2, "重点领域廉政风险防控存在薄弱环节，基建、采购等领域监管不严", [
            "对2019年以来基建维修项目开展专项审计，涉及项目211个",
            "修订《采购管理办法》《基建项目管理办法》等制度7项",
            "建设采购管理信息平台，实现采购全流程线上留痕",
            "对发现的问题线索移交纪委依规处置"]),
        P(6, C2, "违规发放津贴补贴问题仍有发生", [
            "全面清理校内津贴补贴项目，清退违规发放资金26.4万元"]),
        P(7, C3, "干部选拔任用工作不够规范，部分中层岗位长期空缺", [
            "修订《处级干部选拔任用工作实施办法》",
            "完成两批次中层干部选拔调整，配齐空缺岗位21个"]),
        P(8, C3, "高层次人才引育力度不够，师资队伍结构不合理", [
            "实施“青岚学者”人才支持计划，设立人才专项经费5000万元",
            "引进高层次人才14人、博士学位教师86人",
            "完善人才分类评价体系，破除“五唯”倾向"]),
        P(9, C3, "基层党组织建设存在薄弱环节，部分教师党支部“三会一课”制度落实不严格", [
            "开展基层党组织建设质量提升行动，对全校187个党支部逐一开展组织生活规范化检查",
            "实施教师党支部书记“双带头人”培育工程，“双带头人”比例提高到96%",
            "建设智慧党建平台，实现“三会一课”全程纪实"]),
        P(10, C3, "巡察整改和成果运用不够有力，校内巡察发现问题整改质量不高", [
            "制定《校内巡察整改评估办法》，对已完成巡察的28个单位开展整改评估",
            "将巡察整改情况纳入二级单位领导班子年度考核"]),
    ]
    title = "中共临江理工大学委员会关于巡视整改进展情况的通报"
    body = [
        ("title", title),
        ("p", "根据省委统一部署，2022年9月5日至11月10日，省委第六巡视组对临江理工大学党委开展了常规巡视。2023年1月6日，省委巡视组向学校党委反馈了巡视意见。"
              "按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。"),
        ("h", "一、提高政治站位，扎实推进巡视整改工作"),
        ("p", "学校党委把巡视整改作为重大政治任务和推动学校高质量发展的重要契机，坚持党委统一领导、书记负总责、班子成员分工负责、职能部门和二级单位具体落实的工作机制，全力推进整改落实。"),
        ("p", "一是加强组织领导。巡视反馈后，学校党委第一时间召开党委常委会会议，成立由党委书记、校长任双组长的巡视整改工作领导小组，下设办公室和5个专项工作组，"
              "统筹推进各项整改任务。领导小组先后召开会议14次，专题研究部署整改工作。"),
        ("p", "二是细化整改任务。对照巡视反馈的3个方面10个问题，学校党委将整改任务细化为12项主要任务、57项具体整改措施，逐项明确责任领导、牵头部门和完成时限，"
              "形成问题清单、任务清单、责任清单“三张清单”。"),
        ("p", "三是压实整改责任。党委书记认真履行第一责任人职责，对重点难点问题亲自部署、亲自协调、亲自督办；校领导班子成员按照分工，"
              "带领分管部门和联系学院逐项推进整改；各主责单位负责人定期向领导小组汇报整改进展。"),
        ("p", "四是强化督查问效。纪委办公室、党委巡察办组成联合督查组，采取查阅资料、现场检查、个别谈话等方式，对整改进展开展督查3轮，"
              "对整改进度滞后的4个单位进行通报提醒，确保整改工作不走过场。"),
        ("p", "截至2023年6月中旬，巡视反馈的3个方面10个问题，已完成整改8个，其余2个正在持续推进；57项具体整改措施已完成51项；"
              "制定修订规章制度23项；给予党纪政务处分2人，组织处理5人，批评教育和提醒谈话17人。"),
        ("h", "二、巡视反馈问题的整改落实情况"),
    ] + shi_cat_blocks(probs) + [
        ("h", "三、强化成果运用，健全长效机制"),
        ("p", "学校党委坚持把解决具体问题与完善制度机制结合起来，注重从体制机制层面查找问题根源，对巡视反馈问题涉及的制度进行全面梳理，"
              "共梳理学校现行规章制度412项，废止31项、修订58项、新建23项，形成了一批管根本、利长远的制度成果。同时，学校党委把巡视整改与学习贯彻党的二十大精神、"
              "主题教育、“双一流”建设等重点工作统筹推进，以整改促改革、促发展，学校办学治校能力进一步提升。"),
        ("p", "在整改过程中，学校坚持开门整改，通过教代会、学代会、座谈会等形式广泛听取师生意见建议，收集意见建议136条，逐条研究吸纳。"
              "对群众反映集中的校园交通、食堂服务、教职工子女入学等“急难愁盼”问题，建立专项台账，已解决实际问题29个，师生获得感不断增强。"),
        ("h", "四、下一步工作打算"),
        ("p", "学校巡视整改工作取得了阶段性成效，但与省委的要求和师生的期盼相比还有一定差距。下一步，学校党委将坚持目标不变、标准不降、力度不减，"
              "一是持续抓好未完成任务的整改落实，对需要长期坚持的任务盯住不放、一抓到底；二是巩固深化已完成任务的整改成果，适时开展整改“回头看”，防止问题反弹；"
              "三是强化巡视成果运用，把巡视整改与“双一流”建设、事业发展“十四五”规划实施结合起来，以整改实效推动学校事业高质量发展。"),
        ("p", "欢迎广大干部师生和社会各界对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。联系方式：电话0XXX-8836XXXX；"
              "邮政信箱：临江省青岚市学府路88号临江理工大学党委办公室（邮编000000）；电子邮箱：xszg@ljut.example.cn。"),
        ("pr", "中共临江理工大学委员会"),
        ("pr", "2023年6月20日"),
    ]
    write_pdf(stem, body, header="临江理工大学党委文件")
    finish(stem, kind="bulletin", title=title, issuer="中共临江理工大学委员会", date="2023-06-20",
           insp=["省委第六巡视组", "临江理工大学党委", "2022-09-05", "2022-11-10", "2023-01-06"],
           headline={"problems_total": 10, "problems_done": 8, "measures_total": 57, "measures_done": 51, "rules_made": 23},
           probs=probs, koi=2,
           anomalies=["PDF printed from Word by LibreOffice; running header '临江理工大学党委文件', page numbers in the footer.",
                      "Section 一 (organising the work) has 一是…四是 paragraphs that are not problems; section 三 is narrative (rules 23 among 412/31/58 figures); section 四 (next steps) has 一是…三是 that are not measures.",
                      "Problems are in section 二 under （一）（二）（三）在“…”方面, numbered 1.–10. across categories, each '关于“…”问题的整改' followed by one 一是… paragraph (or one undivided sentence).",
                      "No per-problem status wording: status null. Headline 10 problems / 8 done, 57 measures / 51 done (headline measure counts exceed the 24 listed), rules 23.",
                      "Distractors: 12项主要任务, 14 meetings, 3 rounds, 4 units, 2/5/17 people, contact line."])
    _category_as_printed(stem)


# ================================================================ 03 hospital 巡察整改 bulletin, Word file exported as HTML (.html)
# Layout modelled on http://linfench.com/index.php?p=news_show&id=1855&lanmu=5&c_id=1 (市委第二巡察组 专项巡察 of a city hospital
# 党委: period 2023年9月27日至12月29日, 反馈会议, four problem areas: 学习落实…不够深入、落实全面从严治党两个责任不够有力、落实新时代党的
# 组织路线不够到位、推动医院高质量发展还有差距), written as the hospital's own progress bulletin and saved from Word to HTML by LibreOffice.
def doc03():
    stem = "w12_03_hospital_bulletin_word_html"
    C = ["学习贯彻党的卫生健康工作方针不够深入方面", "落实全面从严治党“两个责任”不够有力方面",
         "落实新时代党的组织路线不够到位方面", "推动医院高质量发展还有差距方面"]
    P = Prob
    probs = [
        P(1, C[0], "党委理论学习中心组学习不够系统，联系医院改革发展实际不紧", [
            "制定年度理论学习中心组学习计划，确定12个专题",
            "建立“学习+调研”机制，班子成员围绕医院发展难题形成调研报告9篇"], "done"),
        P(2, C[0], "公立医院公益性体现不充分，便民惠民措施落实不到位", [
            "开设“一站式”服务中心，整合挂号、缴费、医保报销等服务",
            "门诊预约诊疗率由52%提升到86%",
            "开展“专家进基层”义诊活动28场"], "done"),
        P(1, C[1], "党委落实全面从严治党主体责任不够到位，“一岗双责”落实不平衡", [
            "修订党委全面从严治党主体责任清单和班子成员“一岗双责”清单",
            "班子成员每季度听取分管科室党风廉政建设情况汇报"], "done"),
        P(2, C[1], "医药购销领域廉政风险防控不严，药品耗材带量采购执行不到位", [
            "成立药事管理与药物治疗学委员会监督小组，对高值耗材使用实行动态监测",
            "国家集采药品约定采购量完成率达到100%",
            "对28名用药异常医师进行约谈提醒"], "in_progress"),
        P(3, C[1], "违反中央八项规定精神问题仍有发生，公务接待管理不规范", [
            "全面清理2021年以来公务接待费用，清退不合规支出3.6万元",
            "修订公务接待管理办法，实行“一事一单”审批"], "done"),
        P(1, C[2], "党支部建在科室上不够到位，部分临床科室党建与业务融合不紧", [
            "调整优化党支部设置，党支部由14个增加到23个，实现临床医技科室全覆盖",
            "推行党支部书记“双带头人”培育机制"], "done"),
        P(2, C[2], "干部选拔任用程序不够规范，中层干部交流轮岗不到位", [
            "修订《中层干部选拔任用管理办法》",
            "对在同一岗位任职满10年的9名中层干部进行交流轮岗"], "done"),
        P(1, C[3], "学科建设缺乏整体规划，重点专科建设进展缓慢", [
            "编制《医院学科建设三年行动计划（2024—2026年）》",
            "新增省级临床重点专科2个、市级重点专科5个",
            "设立学科建设专项经费1200万元"], "in_progress"),
        P(2, C[3], "医疗质量安全管理存在短板，核心制度执行不严格", [
            "开展十八项医疗质量安全核心制度专项督查，发现并整改问题73个",
            "建立医疗不良事件主动报告和分析改进机制"], "done"),
        P(3, C[3], "信息化建设滞后，互联网医院和智慧服务功能不完善", [
            "上线互联网医院平台，开通在线复诊、处方流转和药品配送服务",
            "建成电子病历系统应用水平五级评价所需的数据中心",
            "推行检查检验结果互认，减少重复检查"], "in_progress"),
    ]
    W = {"done": "已完成整改", "in_progress": "正在推进"}
    title = "中共青岚市第一人民医院委员会关于市委巡察整改进展情况的通报"
    blocks = [
        ("title", title),
        ("p", "根据市委统一部署，2023年9月25日至12月26日，市委第三巡察组对青岚市第一人民医院党委开展了医药领域腐败问题专项巡察。"
              "2024年3月28日，市委第三巡察组向医院党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。"),
        ("h", "一、整改工作总体情况"),
        ("p", "医院党委坚持把巡察整改作为重大政治任务，成立由党委书记任组长、院长任副组长的巡察整改工作领导小组，召开党委会议和领导小组会议9次专题研究整改工作，"
              "制定整改方案，建立问题清单、任务清单、责任清单，实行清单化管理、项目化推进、销号式落实。党委书记认真履行第一责任人职责，"
              "班子成员按照分工抓好分管领域整改，各党支部、各科室对照问题主动认领、同步整改。"),
        ("p", "医院党委坚持以案为鉴、以案促改，召开巡察整改专题民主生活会，班子成员逐一对照巡察反馈问题认领责任、深刻剖析、开展批评和自我批评；"
              "召开全院警示教育大会2次，组织中层干部和医务人员学习医药领域违纪违法典型案例，签订廉洁从业承诺书1860份。"
              "同时，医院党委把巡察整改与医药领域腐败问题集中整治、行风建设专项行动统筹推进，对医药购销、基建工程、设备采购等重点环节开展自查自纠，"
              "共排查廉政风险点127个，制定防控措施215条。"),
        ("p", "截至2024年6月底，巡察反馈的4个方面10个问题，已完成整改7个，正在推进3个，整改完成率70%。制定完善制度14项；"
              "给予党纪政务处分1人，诫勉谈话2人，批评教育和提醒谈话11人；清退违规发放资金及不合规支出共计8.9万元。"),
        ("p", "医院党委坚持“当下改”与“长久立”相结合，针对巡察发现的共性问题和深层次问题，从制度层面堵塞管理漏洞，先后制定修订《党委会议议事规则》《“三重一大”事项集体决策实施办法》"
              "《医用耗材遴选和使用管理办法》《医药代表院内接待管理规定》《科室二次绩效分配指导意见》等制度14项，推动形成用制度管权、按制度办事、靠制度管人的长效机制。"),
        ("p", "整改期间，医院门诊患者满意度由91.2%提升到95.6%，住院患者满意度由94.5%提升到97.1%，平均住院日由8.6天缩短到7.9天，"
              "群众看病就医体验持续改善，巡察整改成效逐步转化为医院高质量发展的实际成果。"),
        ("h", "二、巡察反馈问题整改落实情况"),
    ]
    last = None
    for k, p in enumerate(probs):
        if p.cat != last:
            blocks.append(("h", f"（{cn(C.index(p.cat) + 1)}）{p.cat}"))
            last = p.cat
        blocks.append(("p", f"{p.seq}.{p.title}。"))
        blocks.append(("p", f"整改进展：{W[p.status]}。"))
        blocks.append(("p", p.mtext()))
    blocks += [
        ("h", "三、下一步工作打算"),
        ("p", "医院党委将坚持问题导向，持续抓好巡察整改后续工作。一是对正在推进的整改任务，逐项明确时间节点，确保按期完成；"
              "二是对已完成的整改任务，定期开展“回头看”，巩固整改成果；三是坚持标本兼治，把巡察整改与深化公立医院改革、"
              "推进医院高质量发展结合起来，不断提升医疗服务水平，努力为人民群众提供更加优质高效的医疗卫生服务。"),
        ("p", "欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。如有意见和建议，请及时向我们反映。"
              "联系电话：0XXX-6218XXXX；邮政地址：青岚市人民路156号青岚市第一人民医院党委办公室；电子邮箱：yydb@qlyy.example.cn。"),
        ("pr", "中共青岚市第一人民医院委员会"),
        ("pr", "2024年7月10日"),
    ]
    write_html_from_docx(stem, blocks)
    finish(stem, kind="bulletin", title=title, issuer="中共青岚市第一人民医院委员会", date="2024-07-10",
           insp=["市委第三巡察组", "青岚市第一人民医院党委", "2023-09-25", "2023-12-26", "2024-03-28"],
           headline={"problems_total": 10, "problems_done": 7, "rules_made": 14}, probs=probs, koi=3,
           anomalies=["HTML written by LibreOffice from a Word file ('Save as web page' style: <p> with inline styles, no site chrome).",
                      "Categories （一）…（四）…方面; problem numbering restarts at 1 under each category (seqs 1,2 / 1,2,3 / 1,2 / 1,2,3).",
                      "Each problem: '1.title。' paragraph, '整改进展：已完成整改。/正在推进。' paragraph (status), then one 一是/二是 measures paragraph.",
                      "Headline 10 problems, 7 done, 3 in progress, rules 14. Distractors: 70%, 9 meetings, 2 大会, 1860 承诺书, 127/215 risk points, 1/2/11 people, 8.9万元, and the figures inside measures.",
                      "Next-step 一是…三是 in section 三 are not measures."])


# ================================================================ 04 one-task 验收销号公示, 整改任务（序号十二） (.txt, web copy)
# Layout modelled on http://sthjj.puyang.gov.cn:80/zgwtgs/17566.shtml (省委生态环境保护督察整改任务(序号43)验收公示: 发表时间/浏览次数,
# '…牵头负责的…整改任务第43项已整改完成，并通过核查验收…现将该项任务整改情况公示如下：' 一、整改任务 二、整改措施 (1)(2)
# 三、整改完成情况 (1)(2), 公示期间…共10个工作日, 联系人/手机号码/固定电话/电子邮箱, unit, date).
def doc04():
    stem = "w12_04_task_twelve_xiaohao_gongshi_txt"
    p = Prob(12, None, "东坪县城区污水处理厂提标改造进度滞后，出水总氮、总磷长期不能稳定达到一级A标准，城北片区约1.2万吨/日生活污水未经有效收集处理，经青溪河支流汇入青溪河", [
        "实施城区污水处理厂提标改造工程，新增深度处理单元，出水执行《城镇污水处理厂污染物排放标准》一级A标准",
        "实施城北片区污水管网建设工程，新建污水主干管和支管，完成沿河截污，消除生活污水直排口",
        "对城区雨污合流管网开展排查，建立问题管段清单，分年度实施雨污分流改造",
        "加强污水处理厂运行监管，安装总氮、总磷在线监测设备并与生态环境部门联网",
        "建立城镇污水处理设施运营考核机制，将出水水质、进水浓度纳入运营单位绩效考核"],
               "done", ["东坪县住房和城乡建设局", "东坪县水利局", "市生态环境局东坪分局"], "2023年12月底", "paren")
    done = [
        "投资1.36亿元完成城区污水处理厂提标改造，新增高效沉淀池、反硝化深床滤池等深度处理单元，2023年9月通过竣工验收，"
        "第三方检测和在线监测数据显示，出水总氮、总磷等指标稳定达到一级A标准",
        "投资8600万元完成城北片区污水管网建设，新建污水主干管7.8公里、支管14.6公里，完成沿河截污3.2公里，封堵生活污水直排口17个，"
        "城北片区生活污水全部收集进入城区污水处理厂处理",
        "完成城区雨污合流管网排查123.5公里，建立问题管段清单，已完成雨污分流改造21.4公里，剩余管段纳入2024—2025年老旧管网改造计划",
        "污水处理厂进、出水口总氮、总磷在线监测设备已安装并与市生态环境局监控平台联网，2023年10月以来数据传输有效率100%",
        "制定《东坪县城镇污水处理设施运营考核办法》，按季度对运营单位进行考核，考核结果与运营服务费支付挂钩"]
    q = Prob(12, None, p.title, done, style="paren")
    assert q.recount() == p.recount() == 5
    title = "关于省委第二生态环境保护督察组反馈问题整改任务（序号十二）验收销号的公示"
    text = f"""东坪县人民政府门户网站
首页 | 走进东坪 | 政务公开 | 政务服务 | 互动交流 | 专题专栏
当前位置：首页 > 政务公开 > 重点领域信息公开 > 生态环境 > 督察整改

{title}

发表时间：2024-01-15 09:32　来源：县督察整改办　浏览次数：326　【字体：大 中 小】

2022年5月9日至6月9日，省委第二生态环境保护督察组对我县开展了生态环境保护督察，并于2022年8月18日向我县反馈了督察意见。按照《东坪县贯彻落实省委第二生态环境保护督察组反馈意见整改方案》要求，由东坪县住房和城乡建设局牵头负责的整改任务（序号十二）已整改完成。2024年1月10日，县督察整改工作领导小组办公室组织县生态环境、水利、财政等部门和有关专家组成验收组，采取查阅资料、现场核查、听取汇报、抽样检测等方式进行了验收，验收组一致认为该项整改任务已达到验收销号标准。按照《东坪县生态环境保护督察整改任务验收销号管理办法》的要求，现将该项任务整改情况公示如下：

该项整改任务是我县督察整改方案中投资规模最大、建设周期最长的任务之一。整改过程中，县政府成立由分管副县长任组长的工作专班，实行“一周一调度、一月一通报”，先后召开专题调度会议16次，协调解决征地拆迁、管线迁改、资金筹措等难点问题23个；县人大常委会、县政协分别组织代表委员开展专题视察，县纪委监委对整改推进情况开展专项监督，确保整改任务按期高质量完成。

一、整改任务
{p.title}。

二、整改目标
2023年12月底前，城区污水处理厂出水稳定达到一级A标准，城北片区生活污水实现全收集、全处理，青溪河支流水质稳定达到Ⅲ类标准。

三、责任单位
{'、'.join(p.units)}

四、整改时限
{p.deadline}

五、整改措施
{p.mtext(chr(10))}

六、整改完成情况
{q.mtext(chr(10))}
经监测，2023年10月至12月，青溪河支流入河口断面水质连续3个月稳定达到Ⅲ类标准，青溪河城区段化学需氧量、氨氮浓度同比分别下降18.3%、26.7%。

七、验收意见
验收组经现场核查和资料审查，认为该项整改任务已按整改方案要求完成整改，整改措施落实到位，整改效果明显，资料齐全，同意销号。

公示时间：2024年1月15日至2024年1月26日（共10个工作日）。公示期间，如对该项整改任务的整改情况有异议，请以书面、电话或电子邮件等方式向县督察整改工作领导小组办公室反映。反映问题要实事求是，并提供相关依据；以单位名义反映的，应当加盖单位公章；以个人名义反映的，应当署真实姓名并提供联系方式。

联 系 人：何某某
联系电话：0XXX-4356XXX
电子邮箱：dpxdczg@example.cn
通信地址：东坪县政务中心大楼5楼512室

东坪县生态环境保护督察整改工作领导小组办公室
2024年1月15日

附件：整改任务（序号十二）验收销号意见表

任务名称：城区污水处理厂提标改造及城北片区污水收集处理
任务来源：省委第二生态环境保护督察组反馈意见整改方案
牵头单位：东坪县住房和城乡建设局
验收时间：2024年1月10日
验收方式：查阅资料、现场核查、听取汇报、抽样检测
现场核查点位：城区污水处理厂深度处理单元、总排口在线监测站房、城北片区污水提升泵站、青溪河支流入河口断面
抽样检测结果：总排口化学需氧量23毫克/升、氨氮0.82毫克/升、总氮9.6毫克/升、总磷0.21毫克/升，均符合一级A标准
佐证材料目录：
（一）提标改造工程立项批复、施工合同和竣工验收报告
（二）城北片区污水管网工程竣工图及管道检测报告
（三）雨污合流管网排查报告及问题管段清单
（四）在线监测设备验收报告及联网证明
（五）《东坪县城镇污水处理设施运营考核办法》及2023年度考核结果
（六）青溪河支流入河口断面2023年10月至12月水质监测报告
验收组意见：同意销号
验收组组长（签字）：　　　　　验收组成员（签字）：
领导小组办公室意见：经审核，同意该项整改任务销号，按程序予以公示。

【打印本页】【关闭窗口】
上一篇：关于省委第二生态环境保护督察组反馈问题整改任务（序号九）验收销号的公示
下一篇：东坪县2023年第四季度生态环境质量状况通报
相关链接：
东坪县贯彻落实省委第二生态环境保护督察组反馈意见整改方案
东坪县生态环境保护督察整改任务验收销号管理办法
东坪县2023年度生态环境保护督察整改工作进展情况
主办单位：东坪县人民政府办公室　承办单位：东坪县大数据中心　网站标识码：XXXXXXXXXX　X ICP备XXXXXXXX号
"""
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    finish(stem, kind="bulletin", title=title, issuer="东坪县生态环境保护督察整改工作领导小组办公室", date="2024-01-15",
           insp=["省委第二生态环境保护督察组", "东坪县", "2022-05-09", "2022-06-09", "2022-08-18"], probs=[p], koi=4,
           anomalies=["Web copy of a one-task sign-off notice (site name, nav, crumb, 发表时间/浏览次数, 打印/关闭, 上一篇/下一篇, footer).",
                      "The single problem is '一、整改任务' numbered by '（序号十二）' in the title (seq 12); the previous-notice link names 序号九 (not a problem).",
                      "Measures: 五、整改措施 (1)–(5); 六、整改完成情况 repeats them as (1)–(5) results (counted once: 5).",
                      "Units from 三、责任单位 (split on 、); deadline from 四、整改时限. Status done: 验收组…同意销号.",
                      "After the signature an 附件 验收销号意见表 with key: value lines and a 佐证材料目录 （一）…（六） (documents, not measures).",
                      "report_date = signature date (= 发表时间). Distractors: 16 meetings, 23 难点, 1.2万吨/日, 1.36亿元, 7.8/14.6/3.2/123.5/21.4 km, 17 outlets, 18.3%/26.7%, 10个工作日."])


# ================================================================ 05 report on quoted feedback items (.txt)
# Layout modelled on http://xianyu.chinaxiaokang.com/xianyuzhanshi/shanxiyunchengshiwenxixian/gonggao/2020/0103/1123069.html (闻喜县
# 验收销号意见 for 第07号整改任务: 一、整改任务 (the feedback wording) 二、整改目标 三、完成情况 四、验收意见 已完成整改，同意销号; signed
# by the county government with the date), widened to a county report whose items quote the feedback ('第二轮督察反馈指出，“……”')
# and then give what was done and a status line (issue 10 kind 4).
def doc05():
    stem = "w12_05_quoted_feedback_items_txt"
    P = Prob
    items = [
        (P(1, None, "溪口县部分乡镇集中式饮用水水源保护区内仍有农家乐、养殖场等违法建设项目，水源地环境风险隐患突出", [
            "对全县23个乡镇级集中式饮用水水源地开展拉网式排查，建立问题清单",
            "依法关闭拆除水源保护区内农家乐6家、养殖场4家，完成迹地生态修复",
            "规范设置水源保护区界标、警示牌和隔离防护设施，实行水源地“一源一档”管理",
            "建立水源地日常巡查和季度水质监测制度"], "done"),
         "已完成整改，经县级验收同意销号。"),
        (P(2, None, "溪口县工业园区污水处理厂长期超负荷运行，部分企业超标排放，园区周边地下水存在污染风险", [
            "启动园区污水处理厂扩建工程，设计新增处理能力1.5万吨/日，目前主体工程已完成85%",
            "对园区38家排水企业实施“一企一管”改造，安装在线监测设备",
            "对超标排放的3家企业依法立案处罚，罚款共计126万元"], "in_progress"),
         "正在推进，计划2024年6月底前完成。"),
        (P(3, None, "溪口县城区餐饮油烟、露天烧烤扰民问题群众反映强烈，相关部门监管责任落实不到位", [
            "开展餐饮油烟专项整治，督促1216家餐饮单位安装油烟净化设施",
            "划定露天烧烤禁止区域，引导流动烧烤摊点入室经营",
            "建立城管、市场监管、生态环境部门联合执法机制，实行投诉限时办结"], "done"),
         "已完成整改，经县级验收同意销号。"),
        (P(4, None, "溪口县矿山生态修复历史欠账较多，部分废弃矿山长期裸露，水土流失问题较为严重", [
            "编制全县废弃矿山生态修复总体规划，建立修复项目库",
            "2023年完成废弃矿山生态修复面积86.4公顷",
            "对在建矿山落实“边开采、边治理”要求，按季度开展执法检查",
            "对修复后的矿山实行长效管护"], "long_term"),
         "需长期坚持，已完成阶段性目标，持续推进。"),
        (P(5, None, "溪口县农村生活垃圾收运处置体系不健全，部分村庄垃圾随意倾倒、焚烧现象时有发生，河道沿岸垃圾堆积问题突出", [
            "完善“户分类、村收集、镇转运、县处理”体系，新建乡镇垃圾中转站5座",
            "配备村级保洁员1120名，实行网格化管理和考核",
            "开展河道沿岸垃圾集中清理行动，清理垃圾1.8万吨"], "done"),
         "已完成整改，经县级验收同意销号。"),
        (P(6, None, "溪口县畜禽养殖废弃物资源化利用水平不高，部分规模养殖场粪污处理设施配套不到位", [
            "对全县146家规模养殖场粪污处理设施配套情况逐一核查",
            "督促29家养殖场完成粪污处理设施改造，规模养殖场设施装备配套率达到100%",
            "推广“种养结合、农牧循环”模式，畜禽粪污综合利用率达到92%"], "done"),
         "已完成整改，经县级验收同意销号。"),
    ]
    title = "溪口县关于第二轮省级生态环境保护督察反馈问题整改情况的报告"
    ud = [(["县水利局", "县生态环境分局"], "2023年6月底"), (["县工业园区管委会", "县生态环境分局"], "2024年6月底"),
          (["县城市管理局", "县市场监管局"], "2023年9月底"), (["县自然资源局"], "长期坚持"),
          (["县住房城乡建设局", "县农业农村局"], "2023年10月底"), (["县农业农村局"], "2023年12月底")]
    parts = []
    for k, (p, st) in enumerate(items, 1):
        p.units, p.deadline = ud[k - 1]
        parts.append(f"（{cn(k)}）第二轮督察反馈指出，“{p.title}。”\n责任单位：{'、'.join(p.units)}；整改时限：{p.deadline}。\n"
                     f"整改情况：{p.mtext()}\n整改状态：{st}")
    text = f"""{title}

市生态环境保护督察整改工作领导小组办公室：

2022年10月12日至11月12日，省第四生态环境保护督察组对我市开展了第二轮省级生态环境保护督察，并于2023年1月9日向我市反馈了督察意见。市委、市政府交办我县的整改任务共6项。县委、县政府高度重视，第一时间成立县督察整改工作领导小组，制定《溪口县贯彻落实第二轮省级生态环境保护督察反馈意见整改实施方案》，逐项明确整改目标、整改措施、责任单位、责任人和完成时限。现将整改情况报告如下：

一、整改工作总体情况

截至2023年12月底，交办我县的6项整改任务，已完成整改4项，正在推进1项，需长期坚持1项。督察组进驻期间转办我县的信访件87件，已全部办结，责令整改企业41家，立案处罚12家，罚款金额共计318.5万元，约谈相关负责人9人，问责6人。

整改期间，县委常委会会议、县政府常务会议先后8次专题研究督察整改工作，县级领导带队现场督导32次；县督察整改办实行“周调度、月通报”，对整改进度滞后的2个乡镇和1个部门下发督办函。全县累计投入整改资金2.7亿元，实施整改项目19个。

在抓好交办任务整改的同时，我县坚持举一反三、标本兼治，围绕水源地保护、工业园区治污、矿山生态修复、农村人居环境整治等重点领域开展专项排查整治，自查发现并整改各类生态环境问题137个；出台《溪口县生态环境保护工作责任规定》《溪口县河湖长制工作考核办法》等制度文件9项，推动督察整改由“点上整改”向“面上提升”转变、由“被动整改”向“主动作为”转变。2023年，全县空气质量优良天数比例达到93.7%，县控以上地表水断面水质优良比例达到100%，群众生态环境满意度明显提升。

二、具体问题整改情况

{chr(10).join(parts)}

三、存在的问题和下一步工作

虽然我县督察整改工作取得了阶段性成效，但仍存在工业园区环境基础设施建设滞后、矿山生态修复任务重、部分乡镇整改能力不足等问题。下一步，我县将持续压实整改责任，对正在推进的整改任务挂图作战、倒排工期，确保按期完成；对需长期坚持的整改任务，建立长效机制，久久为功；对已完成整改的任务，定期开展“回头看”，坚决防止问题反弹，推动全县生态环境质量持续改善。

同时，我县将进一步健全督察整改长效机制，把督察整改成效纳入乡镇和县直部门年度综合考核，对整改不力、敷衍整改、虚假整改的，依规依纪依法严肃追究责任；持续加大环境基础设施建设投入，着力补齐工业园区污水收集处理、农村生活污水治理等短板弱项，以督察整改的实际成效取信于民。

特此报告。

附件：溪口县第二轮省级生态环境保护督察反馈问题整改销号材料目录（略）

溪口县人民政府
2024年1月5日

（联系人：县督察整改办 周某某，联系电话：0XXX-7723XXX）

（此件公开发布）
抄送：市生态环境局，县委各部门，县人大常委会办公室，县政协办公室，县各局、委、办，各乡镇党委、政府。
溪口县人民政府办公室　　2024年1月5日印发
"""
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    finish(stem, kind="bulletin", title=title, issuer="溪口县人民政府", date="2024-01-05",
           insp=["省第四生态环境保护督察组", "溪口县", "2022-10-12", "2022-11-12", "2023-01-09"],
           headline={"problems_total": 6, "problems_done": 4, "rules_made": 9}, probs=[p for p, _ in items], koi=5,
           anomalies=["Plain-text report; each problem is a quoted feedback item '（一）第二轮督察反馈指出，“…。”' (title = the quoted statement, attribution and quotes stripped).",
                      "Problems sit directly under 二、具体问题整改情况 with no category headings: category null (as in set 11's letter).",
                      "Each item has a '责任单位：…；整改时限：….' line (units split on 、).",
                      "'整改情况：一是…' holds the measures; '整改状态：' line gives status: 已完成整改=done, 正在推进=in_progress, 需长期坚持=long_term.",
                      "inspected: the team inspected the city (我市), the items are those 交办我县; judged inspected = 溪口县, the reporting county.",
                      "Issuer from the signature 溪口县人民政府 (the 印发 line names its office; the title names 溪口县 only).",
                      "Headline 6 tasks, 4 done, rules 9 (制度文件9项). Distractors: 137 自查问题, Distractors: 87 信访件, 41/12 enterprises, 318.5万元, 9/6 people, 8/32 meetings, 2.7亿元, 19 projects, 23 water sources."])


# ================================================================ 06 区委 round summary: dozens of bodies, figures only (.docx)
# Layout modelled on http://jw.km.gov.cn/c/2023-01-29/4656419.shtml (区委组建N个巡察组对…等N家单位开展常规巡察；对…开展专项巡察 /
# 向N家被巡察单位党组织全面反馈 / 整改成效评估联席会议 / 区委常委会听取 / 巡察反馈的N个问题，完成整改M个，基本完成…K个，未完成J个，总体完成率 /
# 专题民主生活会…次…完善和新建制度N项…清退…追回… / 按照《中国共产党巡视工作条例》有关规定…向社会公开), with the 一是…五是 way of
# working of https://peopleweekly.cn/html/2022/jizhezaixian_0208/110761.html (未巡先改、提格反馈、强化监督、狠抓反弹、健全机制).
def doc06():
    stem = "w12_06_district_round_summary_docx"
    regular = ["区发展和改革局", "区教育体育局", "区民政局", "区司法局", "区财政局", "区人力资源和社会保障局", "区住房和城乡建设局",
               "区交通运输局", "区农业农村局", "区水务局", "区商务局", "区文化和旅游局", "区卫生健康局", "区退役军人事务局",
               "区应急管理局", "区审计局", "区市场监督管理局", "区统计局", "区医疗保障局", "区城市管理局"]
    towns = ["青石镇", "白沙镇", "枫林镇", "柳溪镇", "河口镇", "东湖街道", "西岭街道", "南苑街道", "北塘街道", "新城街道"]
    special = ["区第一中学", "区第二中学", "区实验小学", "区人民医院", "区中医医院", "区妇幼保健院", "区疾病预防控制中心",
               "区社会福利院", "区城市建设投资集团有限公司", "区国有资产运营有限公司", "区供水有限公司", "区公共交通有限公司",
               "区粮食储备有限公司"]
    n = len(regular) + len(towns) + len(special)
    assert n == 43
    title = "十届区委第三轮巡察整改情况的通报"
    blocks = [
        ("p", "中共青岚市东湖区委巡察工作领导小组办公室"),
        ("title", title),
        ("p", f"根据区委统一安排部署，2023年3月6日至4月28日，区委组建5个巡察组，对{'、'.join(regular)}等20家区直部门党组织开展常规巡察；"
              f"对{'、'.join(towns)}等10个镇（街道）党（工）委开展乡村振兴领域专项巡察；对{'、'.join(special)}等13家区属学校、医院、国有企业开展专项巡察。"),
        ("p", "本轮巡察坚持以政治监督为统领，紧扣被巡察党组织职能责任，聚焦贯彻落实党中央决策部署和省委、市委、区委工作要求，聚焦乡村振兴、教育医疗、国有资产管理等重点领域，"
              "聚焦群众身边的不正之风和腐败问题，深入查找政治偏差。巡察期间，各巡察组共开展个别谈话1380人次，受理来信来电来访426件次，调阅资料2.3万余份，"
              "下沉走访群众960余户，向被巡察党组织发出立行立改通知书27份，向区纪委监委移交问题线索58件，向区委组织部移交选人用人问题线索12件。"),
        ("p", "2023年6月15日，区委5个巡察组向43家被巡察单位党组织全面反馈巡察情况，移交问题清单并提出整改意见。集中整改期满后，区纪委监委、区委组织部、区委巡察办召开整改成效评估联席会议，"
              "对各被巡察党组织的整改情况逐一进行评估。2023年12月12日，十届区委常委会第48次会议听取了十届区委第三轮巡察整改进展情况的报告。"),
        ("h", "一、整改工作主要做法"),
        ("p", "区委坚持巡察和整改一体谋划、一体部署、一体推进，建立完善环环相扣的整改链条。"),
        ("p", "一是压实主体责任。被巡察党组织书记切实履行第一责任人责任，召开巡察整改专题民主生活会（组织生活会），逐项制定整改方案，建立问题、任务、责任“三张清单”，"
              "整改方案和整改报告由党组织主要负责人签字背书。"),
        ("p", "二是提格反馈传导压力。分管区领导全部参加巡察情况反馈会，对整改工作提出明确要求，层层传导压力。"),
        ("p", "三是强化日常监督。区纪委监委、区委组织部把督促巡察整改作为日常监督的重要内容，通过列席民主生活会、审核整改方案、开展专项检查等方式，督促被巡察党组织真改实改。"),
        ("p", "四是狠抓问题反弹。集中整改完成后，区委巡察办对整改情况开展“回头看”，着力解决整改不到位、追责问责不到位、长效机制不健全等问题。"),
        ("p", "五是深化成果运用。针对巡察发现的普遍性、共性问题，区委巡察办向区委组织部、区财政局、区农业农村局等职能部门发出巡察建议书8份，推动开展行业系统治理。"),
        ("h", "二、整改工作取得的成效"),
        ("p", "截至2023年11月底，十届区委第三轮巡察反馈问题612个，已整改597个，基本完成取得阶段性成果并持续整改问题9个，未完成6个，总体完成率97.55%。"),
        ("p", "被巡察党组织共召开巡察整改专题民主生活会（组织生活会）43次，组织集中学习会议186次，领导干部讲授专题党课97次；建立完善制度281项；"
              "清退违规资金82.36万元，追回应由个人承担的资金57.4万元，挽回经济损失1126.8万元。针对巡察移交的问题线索，区纪委监委立案审查调查31件，给予党纪政务处分29人，"
              "组织处理46人。"),
        ("p", "通过巡察整改，一批群众身边的“急难愁盼”问题得到解决。各被巡察单位共解决群众反映强烈的民生问题214件，其中整治农村人居环境问题87个，"
              "解决小区物业、停车、供水等问题63件，为群众办实事好事64件。"),
        ("p", "比如，区民政局针对“特困人员供养政策落实不精准”问题，对全区特困供养对象开展全面复核，清理不符合条件人员17人，新纳入符合条件人员23人，"
              "并建立民政、公安、卫健、残联部门数据比对机制；区水务局针对“农村饮水安全工程管护不到位”问题，完成32处农村供水工程维修改造，"
              "建立“区级统管、镇级监管、村级协管”的管护体系；柳溪镇针对“村级集体经济发展缓慢”问题，盘活闲置资产19处，全镇村级集体经济收入均达到10万元以上；"
              "区人民医院针对“医疗服务便民措施落实不到位”问题，开设夜间门诊和周末门诊，推行检查检验结果互认，群众就医等候时间明显缩短。"),
        ("p", "区委巡察办坚持以公开促整改，督促43家被巡察党组织在集中整改期满后，通过政府网站、单位公示栏、村（居）务公开栏等渠道，"
              "向党内和社会公开巡察整改进展情况，接受干部群众监督。公开期间共收到干部群众意见建议52条，均已转交相关单位研究办理。"),
        ("h", "三、存在的不足"),
        ("p", "一是少数被巡察党组织对巡察整改重视程度不够，存在“过关”心态，整改措施针对性不强；二是部分问题整改标准不高，满足于就事论事，举一反三不够；"
              "三是个别单位长效机制建设滞后，制度执行不够有力，问题存在反弹风险；四是部分职能部门履行监管责任不够主动，对巡察移交的共性问题推动行业治理的力度还需加大，巡察成果运用的系统性、实效性有待进一步提升。"
              "对上述问题，区委巡察工作领导小组已责成有关单位作出说明，并纳入下一步督促检查的重点内容。"),
        ("h", "四、下一步工作"),
        ("p", "1.持续抓好未完成问题的整改。对未完成整改的6个问题和基本完成的9个问题，逐一建立督办台账，明确完成时限，实行销号管理。\n"
              "2.加强整改日常监督。把巡察整改情况纳入被巡察党组织年度考核和领导班子民主生活会对照检查的重要内容。\n"
              "3.深化巡察成果运用。对共性问题开展专项治理，推动以点带面、标本兼治，切实发挥巡察利剑作用。\n"
              "4.开展巡察整改评估。会同区纪委监委、区委组织部对本轮被巡察党组织整改情况开展后评估，评估结果作为领导班子和领导干部综合考核评价的重要参考。"),
        ("p", "按照《中国共产党巡视工作条例》有关规定，现将整改进展情况向社会公开，接受干部群众监督。"),
        ("pr", "中共青岚市东湖区委巡察工作领导小组办公室"),
        ("pr", "2023年12月20日"),
        ("p", "（此件公开发布）"),
        ("p", "抄送：区委各部门，区人大常委会办公室，区政府办公室，区政协办公室，区纪委监委，各镇党委、街道党工委。"),
    ]
    write_docx(stem, blocks)
    finish(stem, kind="bulletin", title=title, issuer="中共青岚市东湖区委巡察工作领导小组办公室", date="2023-12-20",
           insp=["区委5个巡察组", "43家被巡察单位党组织", "2023-03-06", "2023-04-28", "2023-06-15"],
           headline={"problems_total": 612, "problems_done": 597, "rules_made": 281}, probs=[], koi=6,
           anomalies=["Round summary with no problem list: problems empty; the issuer line stands above the title (title is the 通报 line only).",
                      "Dozens of inspected bodies named in two long enumerations (20 区直部门, 10 镇（街道）, 13 schools/hospitals/companies); inspected = '43家被巡察单位党组织' as stated.",
                      "Headline: 反馈问题612个，已整改597个，建立完善制度281项. Distractors: 9 基本完成, 6 未完成, 97.55%, 43/186/97 meetings, 82.36/57.4/1126.8万元, 31/29/46 cases and people, 214/87/63/64 民生 items, 8 建议书, the worked examples (17/23/32/19, 10万元) and 52 意见建议.",
                      "一是…五是 (ways of working), 一是…三是 (shortcomings) and 1.–4. (next steps) are not problems or measures; the 比如… examples name four quoted problems that are not a problem list.",
                      "The 12月12日 常委会 date is not the report date; report_date is the signature date."])


# ================================================================ 07 county audit-rectification report to the 人大常委会 (.pdf)
# Layout modelled on http://www.ruijin.gov.cn/rjsxxgk/rjin80885/202211/4b9971a0f2914baa97d9707b3c846fd6.shtml (关于…审计查出问题整改情况的
# 报告, ——date 在…人大常委会会议上, 审计局局长 name, 主任、各位副主任、各位委员：, 受…人民政府委托, 《审计报告》反映…共计50项具体问题…报告日已整改
# 40项…正在整改10项（含部分整改）…出台13个规章制度; sections 一、财政部门预算执行问题的整改情况 with per-section counts).
def doc07():
    stem = "w12_07_county_audit_report_pdf"
    S = ["县级财政管理审计查出问题的整改情况", "部门预算执行审计查出问题的整改情况",
         "重点专项资金审计查出问题的整改情况", "国有资产管理审计查出问题的整改情况"]
    P = Prob
    probs = [
        P(1, S[0], "部分非税收入未及时缴入国库，涉及金额2316万元", ["已将2316万元非税收入全部缴入国库，县财政局修订非税收入收缴管理办法，实行收缴情况按月对账"], "done"),
        P(2, S[0], "上级转移支付资金分配下达不及时，涉及资金8650万元", [
            "已将8650万元资金全部分配下达", "建立转移支付资金分配下达台账，实行限时办结"], "done"),
        P(3, S[0], "财政暂付款清理消化不到位，余额较上年增长12.4%", [
            "制定暂付款分类处置方案，已消化4870万元", "对剩余款项明确清理责任和时限，按年度逐步消化"], "in_progress"),
        P(1, S[1], "县自然资源局超预算列支会议费、培训费38.6万元", [
            "已调整相关会计账目", "修订单位内部会议费、培训费管理办法"], "done"),
        P(2, S[1], "县教育体育局政府采购程序不规范，化整为零规避公开招标，涉及金额412万元", [
            "对相关责任人进行诫勉谈话", "完善内部采购审批流程，建立采购项目预算执行监控机制",
            "组织财务及采购人员开展政府采购法规培训"], "done"),
        P(3, S[1], "县卫生健康局往来款长期挂账未清理，涉及金额936万元", ["已清理往来款612万元，其余324万元涉及历史遗留问题，正在核实处理"], "in_progress"),
        P(1, S[2], "高标准农田建设项目部分工程未按设计施工，多计工程款217万元", [
            "已从施工单位追回多计工程款217万元", "对项目监理单位予以通报并扣减监理费用",
            "组织对2021年以来高标准农田建设项目开展全面复查"], "done"),
        P(2, S[2], "城乡居民医疗保险基金重复参保人员未及时清理，重复报销医疗费用12.8万元", [
            "已追回重复报销医疗费用12.8万元", "建立医保、公安、民政部门数据定期比对机制"], "done"),
        P(3, S[2], "就业补助资金审核把关不严，向不符合条件的企业发放稳岗补贴26.3万元", [
            "已追回违规发放补贴26.3万元", "完善补贴申领审核流程，实行部门间信息共享核验"], "done"),
        P(1, S[3], "部分行政事业单位资产未入账，涉及金额1528万元", [
            "已完成1120万元资产登记入账", "开展行政事业单位资产全面清查，剩余资产正在办理入账手续"], "in_progress"),
        P(2, S[3], "县城投公司对外出借资金未履行决策程序，涉及资金3000万元", [
            "已收回出借资金3000万元", "修订公司“三重一大”决策制度，对相关责任人给予记大过处分"], "done"),
        P(3, S[3], "部分县属国有企业未按规定上缴国有资本收益，涉及金额486万元", [
            "已督促3家企业足额上缴国有资本收益486万元", "县财政局会同县国资中心建立国有资本收益收缴年度核查机制"], "done"),
    ]
    title = "关于2023年度县本级预算执行和其他财政收支审计查出问题整改情况的报告"
    per = {S[0]: "问题3项，涉及金额1.24亿元，已整改2项，正在整改1项", S[1]: "问题3项，涉及金额0.14亿元，已整改2项，正在整改1项",
           S[2]: "问题3项，涉及金额0.03亿元，已整改3项", S[3]: "问题3项，涉及金额0.50亿元，已整改2项，正在整改1项"}
    blocks = [
        ("title", title),
        ("p", "——2024年12月26日在岭南县第十八届人民代表大会常务委员会第二十五次会议上"),
        ("p", "岭南县审计局局长　郑某某"),
        ("p", "主任、各位副主任、各位委员："),
        ("p", "受县人民政府委托，现向县人大常委会报告2023年度县本级预算执行和其他财政收支审计查出问题的整改情况，请予审议。"),
        ("p", "2024年8月28日，县十八届人大常委会第二十二次会议听取和审议了《岭南县人民政府关于2023年度县本级预算执行和其他财政收支的审计工作报告》，"
              "对审计查出问题的整改工作提出了明确要求。县人民政府高度重视，县政府常务会议专题研究部署审计整改工作，要求各责任单位切实扛起整改主体责任，"
              "做好审计“下半篇文章”。县审计局按照县政府要求，建立审计整改台账，实行对账销号，跟踪督促被审计单位认真整改。"),
        ("p", "从整改情况看，审计工作报告反映涉及4个方面、26个单位（部门）的问题，审计查出问题50个，问题金额1.86亿元，截至2024年11月底，已整改40个，"
              "整改问题金额1.52亿元，正在整改10个（含部分整改）；通过整改，上缴国库资金4158万元，归还原资金渠道2760万元，调整账目1.03亿元，"
              "有关部门单位出台完善规章制度13个，追责问责6人。"),
        ("p", "今年的审计整改工作主要呈现以下特点：一是整改责任压得更实。县政府将审计整改纳入年度目标责任考核，主要领导对重大问题整改亲自督办，"
              "分管领导按照分工推动分管领域问题整改，形成了政府统筹、部门主责、审计督促的整改工作格局。二是整改协同更加有力。县审计局与县纪委监委、"
              "县委巡察办、县财政局等部门建立审计整改贯通协作机制，共享整改信息，对整改不力的单位联合开展督导。三是整改成果运用更加充分。"
              "各责任单位在逐项整改具体问题的同时，注重举一反三，从制度层面堵塞管理漏洞，推动审计整改“当下改”与“长久立”有机结合。"),
        ("p", "现将整改具体情况报告如下："),
    ]
    done_word = {"done": "已整改。", "in_progress": "正在整改。"}
    last = None
    for p in probs:
        if p.cat != last:
            blocks.append(("h", f"{cn(S.index(p.cat) + 1)}、{p.cat}"))
            blocks.append(("p", f"{p.cat.replace('的整改情况', '')}{per[p.cat]}。具体情况如下："))
            last = p.cat
        blocks.append(("p", f"（{cn(p.seq)}）{p.title}。"))
        blocks.append(("p", "整改情况：" + done_word[p.status] + p.mtext()))
    blocks += [
        ("h", "五、尚未完成整改问题的原因及下一步工作"),
        ("p", "截至目前，尚有10个问题正在整改中，未完成整改的原因主要有：一是部分问题涉及历史遗留，成因复杂，需要多部门协同处理；"
              "二是部分问题整改涉及资金筹措、资产确权等，需要一定周期；三是个别单位整改主体责任落实不够到位，整改进度偏慢。"),
        ("p", "下一步，县人民政府将进一步加强对审计整改工作的领导，督促各责任单位按照整改计划，明确时间节点，加快推进整改；"
              "县审计局将持续跟踪检查，对整改不力、敷衍整改、虚假整改的，移送有关部门依规依纪依法追责问责；"
              "同时，注重从体制机制层面分析问题根源，推动完善制度、堵塞漏洞，切实提高财政资金使用绩效，并于明年向县人大常委会报告剩余问题的整改情况。"),
        ("p", "主任、各位副主任、各位委员，我们将认真落实本次会议审议意见，自觉接受县人大常委会的监督，扎实做好审计整改工作，"
              "为全县经济社会高质量发展作出新的更大贡献。"),
    ]
    write_pdf(stem, blocks)
    finish(stem, kind="bulletin", title=title, issuer="岭南县审计局", date="2024-12-26",
           insp=["岭南县审计局", None, None, None, None],
           headline={"problems_total": 50, "problems_done": 40, "rules_made": 13}, probs=probs, koi=7,
           anomalies=["Audit-rectification report to the county 人大常委会 printed to PDF: subtitle '——date 在…会议上' gives report_date; speaker line names the 审计局局长 (issuer 岭南县审计局, as in set 11).",
                      "Headline: 审计查出问题50个，已整改40个，正在整改10个; rules 13. Only 12 of the 50 problems are listed (headline exceeds the list).",
                      "Sections 一…四 (category = section heading 'X审计查出问题的整改情况'); problems （一）（二）（三） restart in each section; each section opens with its own count sentence (3/3/3/3 items, 已整改/正在整改 counts).",
                      "'整改情况：已整改。/正在整改。' gives status; the rest is one undivided sentence (1 measure) or 一是/二是/三是.",
                      "Distractors: 26 units, 1.86/1.52/1.03亿元, 4158/2760万元, 6 people, the meeting date 2024年8月28日 and the per-section figures; section 五's 一是…三是 are causes, not measures."])


# ================================================================ 08 traditional-character copy of a bureau bulletin (.txt)
# Layout modelled on http://m.ilynn.cn/document_detail/61662.html (traditional-character re-post: title line, ',日前，…發布…，詳情如下：',
# the document repeated with its title, 一、總體情況 …, 二、具體整改情況, （一）… then '該問題已完成整改。一是…二是…三是…'), here carrying a
# 巡察整改進展情況的通報 in the （一）在“…”方面 / 1.關於“…”問題的整改 form of http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html.
def doc08():
    stem = "w12_08_traditional_bulletin_copy_txt"
    C = ["落實黨中央決策部署和上級工作要求不夠有力", "全面從嚴治黨主體責任落實不到位", "基層黨組織建設和幹部隊伍建設存在短板"]
    P = Prob
    probs = [
        P(1, C[0], "學習貫徹習近平新時代中國特色社會主義思想不夠深入，理論學習與推動交通運輸工作結合不緊", [
            "制定黨組理論學習中心組年度學習計劃，全年開展專題學習12次",
            "建立“學習+調研”工作機制，黨組成員圍繞農村公路建設、城鄉客運一體化等課題形成調研報告8篇",
            "將理論學習情況納入黨支部書記抓黨建述職評議內容"], "done"),
        P(2, C[0], "農村公路“四好”建設推進緩慢，部分路段養護不到位", [
            "完成農村公路提檔升級126公里，修復破損路面38.5萬平方米",
            "落實縣、鄉、村三級路長制，配備專兼職養護人員412名"], "done"),
        P(3, C[0], "交通運輸領域安全生產監管存在薄弱環節，“兩客一危”車輛動態監控不到位", [
            "升級重點營運車輛動態監控平台，實現“兩客一危”車輛全覆蓋",
            "開展安全生產專項執法檢查，查處違法違規行為67起",
            "對監控平台報警處置不及時的3家企業進行約談"], "in_progress"),
        P(4, C[1], "黨組落實全面從嚴治黨主體責任不夠有力，壓力傳導層層遞減", [
            "修訂黨組落實全面從嚴治黨主體責任清單，細化責任事項36項",
            "黨組書記與班子成員、班子成員與分管科室負責人逐級開展廉政談話"], "done"),
        P(5, C[1], "工程建設項目管理不規範，部分項目存在未批先建、變更程序不到位等問題", [
            "對2020年以來實施的47個工程建設項目開展專項檢查",
            "修訂《交通建設項目管理辦法》《工程變更管理規定》",
            "對相關責任人進行提醒談話"], "done"),
        P(6, C[1], "違反中央八項規定精神問題仍有發生，公務用車管理不規範", [
            "全面清理公務用車使用情況，清退違規使用車輛費用1.86萬元",
            "安裝公務用車北斗定位系統，實行派車單管理"], "done"),
        P(7, C[2], "基層黨組織標準化規範化建設不夠紮實，部分黨支部組織生活不規範", [
            "對局屬8個黨支部開展組織生活規範化專項檢查",
            "建立黨支部工作紀實台賬，實行季度檢查、年度考評"], "done"),
        P(8, C[2], "幹部隊伍年齡結構老化，專業技術人才缺乏", [
            "制定《幹部隊伍建設三年規劃》",
            "通過公開招聘、遴選等方式補充交通工程、道路運輸等專業人才11名",
            "選派9名年輕幹部到重點項目一線和信訪窗口鍛煉"], "in_progress"),
        P(9, C[2], "選人用人工作不夠規範，個別幹部提拔任用程序不完整", [
            "對2019年以來幹部選拔任用工作開展自查，補齊相關程序材料",
            "嚴格執行幹部選拔任用全程紀實制度，實行動議、推薦、考察、討論決定等環節全程留痕"], "done"),
    ]
    W = {"done": "該問題已完成整改。", "in_progress": "該問題正在推進整改。"}
    title = "中共青嵐市交通運輸局黨組關於市委巡察整改進展情況的通報"
    parts, last, k = [], None, 0
    for p in probs:
        if p.cat != last:
            k += 1
            parts.append(f"（{cn(k)}）在“{p.cat}”方面")
            last = p.cat
        parts.append(f"{p.seq}.關於“{p.title}”問題的整改")
        parts.append(W[p.status] + p.mtext())
    text = f"""{title}
,日前，青嵐市交通運輸局發布中共青嵐市交通運輸局黨組關於市委巡察整改進展情況的通報，詳情如下：
{title}
根據市委統一部署，2023年4月10日至6月9日，市委第二巡察組對市交通運輸局黨組開展了常規巡察。2023年7月21日，市委巡察組向市交通運輸局黨組反饋了巡察意見。按照黨務公開原則和巡察工作有關要求，現將巡察整改進展情況予以公佈。
一、整改工作總體情況
市交通運輸局黨組把巡察整改作為重大政治任務，堅持以上率下、全員參與、全面整改。巡察反饋後，黨組第一時間召開會議，成立由黨組書記任組長的巡察整改工作領導小組，制定整改方案，將巡察反饋的3個方面9個問題細化為31項整改措施，逐項明確責任領導、責任科室和完成時限，實行清單化管理、銷號式推進。黨組書記認真履行第一責任人職責，先後主持召開黨組會議、整改推進會議10次，研究解決整改中的重點難點問題；班子成員按照“一崗雙責”要求，抓好分管領域問題整改。
2023年8月，局黨組召開巡察整改專題民主生活會，黨組書記帶頭、班子成員逐一對照巡察反饋問題認領責任、剖析根源，開展嚴肅認真的批評和自我批評，明確個人整改事項42條。局黨組還組織全局幹部職工召開警示教育大會，通報交通運輸系統違紀違法典型案例，引導黨員幹部以案為鑒、警鐘長鳴。
截至2023年11月底，巡察反饋的9個問題，已完成整改7個，正在推進整改2個；31項整改措施已完成27項；制定和修訂完善制度15項；給予黨紀處分1人，誡勉談話2人，批評教育和提醒談話9人；清退違規資金1.86萬元。
二、具體整改情況
{chr(10).join(parts)}
三、鞏固整改成果，健全長效機制
局黨組堅持把建章立制作為鞏固巡察整改成果的治本之策，圍繞巡察反饋問題涉及的工程建設、財務管理、公務用車、幹部管理等重點領域，全面梳理現行制度，廢止過時制度6項，制定和修訂完善制度15項，形成了用制度管權管事管人的長效機制。同時，局黨組將巡察整改與主題教育、作風建設、“我為群眾辦實事”實踐活動統籌推進，解決了城鄉客運班線停運、農村公路安全隱患等群眾反映強烈的問題23個，群眾滿意度進一步提升。
四、下一步工作打算
雖然巡察整改工作取得了階段性成效，但與市委的要求和群眾的期盼相比還有一定差距。下一步，市交通運輸局黨組將繼續堅持目標不變、標準不降、力度不減，對正在推進的整改任務，細化時間表、路線圖，確保按期完成；對已完成的整改任務，適時開展“回頭看”，鞏固整改成果，防止問題反彈；堅持“當下改”與“長久立”相結合，把巡察整改與推動交通運輸高質量發展結合起來，加快建設人民滿意交通，為全市經濟社會發展提供堅實的交通運輸保障。
歡迎廣大幹部群眾對巡察整改落實情況進行監督。如有意見建議，請及時向我們反映。聯繫電話：0XXX-8512XXXX；郵寄地址：青嵐市建設路66號青嵐市交通運輸局機關黨委（郵編：000000）；電子郵箱：jtjdw@example.cn。
中共青嵐市交通運輸局黨組
2023年12月8日
相關閱讀：
青嵐市交通運輸局召開巡察整改專題民主生活會
市委第二巡察組向市交通運輸局黨組反饋巡察情況
青嵐市2023年交通運輸工作要點
免責聲明：本站轉載內容僅供參考，不代表本站觀點。如有侵權，請聯繫刪除。
"""
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    finish(stem, kind="bulletin", title=title, issuer="中共青嵐市交通運輸局黨組", date="2023-12-08",
           insp=["市委第二巡察組", "市交通運輸局黨組", "2023-04-10", "2023-06-09", "2023-07-21"],
           headline={"problems_total": 9, "problems_done": 7, "measures_total": 31, "measures_done": 27, "rules_made": 15},
           probs=probs, koi=8,
           anomalies=["Traditional-character re-post (.txt, UTF-8): title line, ',日前，…發布…，詳情如下：', the title repeated, then the bulletin; '相關閱讀' links and a 免責聲明 after the signature.",
                      "Titles, categories and issuer kept verbatim in traditional characters.",
                      "Categories （一）（二）（三）在“…”方面; problems 1.–9. numbered across categories as '關於“…”問題的整改'.",
                      "Each problem's paragraph opens with the status: '該問題已完成整改。'=done, '該問題正在推進整改。'=in_progress, then 一是/二是/三是.",
                      "Headline 9/7 problems, 31/27 measures (the list holds 22), rules 15 (6 廢止 is a distractor). Distractors: 10 meetings, 23 民生 problems, 1/2/9 people, 1.86萬元, figures inside measures."])
    _category_as_printed(stem)
    _simplified_problems(stem)


def _category_as_printed(stem: str) -> None:
    """Session 17, the lead, after the first run: a category heading '（一）在“…”方面' is labelled as printed, wrapper
    included, as the schema says (the heading without its （一） numbering or a trailing 。) and as every earlier truth
    with such headings has it (real/blind wuch_wenlv, blindwritten3 bw3_04, blindwritten11 g11_02 and g11_10).
    writer12 first labelled the words inside the quotes only."""
    path = OUT / f"{stem}.truth.json"
    truth = json.loads(path.read_text(encoding="utf-8"))
    for prob in truth["problems"]:
        if prob["category"] and not prob["category"].startswith("在"):
            prob["category"] = f"在“{prob['category']}”方面"
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _simplified_problems(stem: str) -> None:
    """Session 17, the lead, after the first run: a traditional copy's problems are labelled in simplified characters
    (titles, categories, units), the project's convention since session 12 (make_truths_blind10.simplified; issue 10:
    a traditional copy reads the same as simplified). writer12 first kept them verbatim in traditional characters, and
    the first run's F1 0.000 on this document is that difference: the parser read all nine problems. Document-level
    fields (title, issuer) keep the page's script, as in the real sets."""
    import opencc

    cc = opencc.OpenCC("t2s")
    path = OUT / f"{stem}.truth.json"
    truth = json.loads(path.read_text(encoding="utf-8"))
    for prob in truth["problems"]:
        prob["title"] = cc.convert(prob["title"])
        prob["category"] = cc.convert(prob["category"]) if prob["category"] else prob["category"]
        prob["responsible_units"] = [cc.convert(u) for u in prob["responsible_units"]]
    truth["anomalies"] = [a.replace("Titles, categories and issuer kept verbatim in traditional characters.",
                                    "Problems (titles, categories, units) in simplified characters (session 17); title "
                                    "and issuer verbatim in traditional characters.") for a in truth["anomalies"]]
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ================================================================ 09 整改方案 with its task table (.docx)
# Layout modelled on https://www.pdsjjw.gov.cn/sitesources/kflzw/page_pc/lzyw/xqyw/article9f9b5a6ab1a6475cb258bfb0e8963f5b.html (问题清单制:
# 被巡察单位根据问题清单制定整改方案…建立整改台账，逐项列出问题内容、整改措施、整改时限和责任人; 签字背书), written as the plan itself:
# 一、指导思想 二、整改目标 三、组织领导 四、整改任务 五、工作要求, signature, then 附件 整改任务清单 (序号 | 问题 | 整改措施 | 责任单位 | 责任人 |
# 整改时限) with full-width category rows.
def doc09():
    stem = "w12_09_plan_task_table_docx"
    C = ["党的领导方面", "全面从严治党方面", "党的建设方面"]
    P = Prob
    rows = [
        (P(1, C[0], "学习贯彻党的二十大精神不够深入，理论学习中心组学习流于形式", [
            "制定党组理论学习中心组年度学习计划，每季度至少开展1次专题研讨",
            "建立学习情况通报制度，将学习情况纳入年度考核",
            "组织开展“统计大讲堂”活动"], style="num"), "王某某"),
        (P(2, C[0], "统计数据质量管控不严，部分专业数据审核把关不到位", [
            "修订《统计数据质量管控办法》，建立数据审核“三级把关”制度",
            "开展统计数据质量专项检查，对发现的问题限期整改"], style="num"), "李某某"),
        (P(3, C[0], "防范和惩治统计造假、弄虚作假责任落实不到位", [
            "制定防范和惩治统计造假、弄虚作假责任清单",
            "加大统计执法检查力度，全年对重点调查对象开展执法检查不少于30家",
            "建立统计违法案件公开曝光制度"], style="num"), "张某某"),
        (P(4, C[1], "党组落实全面从严治党主体责任不够有力，“一岗双责”落实不到位", [
            "修订党组全面从严治党主体责任清单和班子成员“一岗双责”责任清单",
            "党组每半年专题研究一次党风廉政建设工作"], style="num"), "王某某"),
        (P(5, C[1], "财务管理不规范，存在无预算、超预算列支费用现象", [
            "全面清理2021年以来财务支出，对不合规支出予以纠正",
            "修订《机关财务管理办法》，严格执行预算管理",
            "实行财务支出月度公开"], style="num"), "赵某某"),
        (P(6, C[1], "统计调查项目经费使用审核不严，部分劳务费发放依据不充分", [
            "对2022年以来统计调查项目经费使用情况开展自查",
            "规范劳务费发放标准和审批程序"], style="num"), "赵某某"),
        (P(7, C[2], "基层党组织建设薄弱，党支部“三会一课”制度落实不严格", [
            "制定党支部年度工作计划，规范“三会一课”记录",
            "开展党支部书记轮训，提升党务工作能力"], style="num"), "陈某某"),
        (P(8, C[2], "干部队伍结构不合理，专业人才储备不足", [
            "制定干部队伍建设规划，合理配置各科室人员",
            "通过公开遴选、招录等方式补充统计专业人才",
            "实施年轻干部培养计划"], style="num"), "陈某某"),
        (P(9, C[2], "意识形态工作责任制落实不够到位，门户网站和政务新媒体信息发布审核不严", [
            "修订意识形态工作责任制实施细则",
            "建立信息发布“三审三校”制度"], style="num"), "李某某"),
        (P(10, C[2], "巡察整改和审计整改成果运用不够充分，2021年市委巡察和审计发现的部分问题整改不彻底", [
            "对2021年巡察、审计反馈问题整改情况开展“回头看”，建立未整改到位问题清单",
            "对整改不到位的问题重新制定整改措施，明确完成时限",
            "将整改情况纳入科室年度目标考核"], style="num"), "王某某"),
        (P(11, C[2], "政府采购和合同管理不规范，部分服务采购项目未按规定签订合同", [
            "修订《政府采购内部控制管理办法》",
            "对2022年以来采购项目合同签订情况开展全面清理，补签完善合同手续",
            "建立合同管理台账，实行合同归口管理"], style="num"), "赵某某"),
    ]
    units = [["局办公室", "综合统计科"], ["各专业科室"], ["统计执法监督科"], ["局办公室"], ["局办公室"], ["局办公室", "各专业科室"],
             ["机关党支部"], ["人事科"], ["局办公室", "机关党支部"], ["局办公室"], ["局办公室", "统计执法监督科"]]
    dls = ["2024年3月底", "2024年6月底", "立行立改，长期坚持", "2024年3月底", "2024年4月底", "2024年4月底", "立行立改，长期坚持",
           "2024年12月底", "2024年3月底", "2024年6月底", "2024年5月底"]
    probs = []
    for (p, who), u, dl in zip(rows, units, dls):
        p.units, p.deadline = u, dl
        probs.append(p)
    nm = sum(len(p.measures) for p in probs)
    assert nm == 28
    title = "中共青岚市统计局党组关于落实市委第五巡察组反馈意见的整改方案"
    blocks = [
        ("title", title),
        ("p", "2023年10月9日至11月24日，市委第五巡察组对中共青岚市统计局党组开展了常规巡察，并于2024年1月12日反馈了巡察意见，指出了党的领导、全面从严治党、党的建设3个方面11个具体问题。"
              "为切实抓好巡察反馈问题整改落实，结合我局实际，制定本整改方案。"),
        ("h", "一、指导思想"),
        ("p", "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入学习贯彻习近平总书记关于巡视工作的重要论述和关于统计工作的重要指示批示精神，"
              "把巡察整改作为重大政治任务，以高度的政治自觉、思想自觉和行动自觉抓好整改落实，推动全面从严治党向纵深发展，为统计事业高质量发展提供坚强保证。"),
        ("h", "二、整改目标"),
        ("p", "坚持问题导向、目标导向、结果导向，对巡察反馈的问题照单全收、逐条整改、逐项销号，做到条条要整改、件件有着落、事事有回音。"
              "对能够立即整改的问题，立行立改；对需要一定时间整改的问题，明确时限、持续推进；对需要长期坚持的问题，建立长效机制、久久为功。"
              "力争2024年4月底前完成集中整改任务，2024年12月底前全面完成整改任务。"),
        ("h", "三、组织领导"),
        ("p", "成立局巡察整改工作领导小组，由局党组书记、局长任组长，局党组成员、副局长任副组长，各科室负责人为成员。领导小组下设办公室，设在局办公室，"
              "负责整改工作的统筹协调、督促检查、资料收集和情况汇总。党组书记履行整改第一责任人责任，班子成员按照分工抓好分管领域问题整改，"
              "各科室负责人为本科室整改工作直接责任人。"),
        ("p", "领导小组实行例会制度，原则上每月召开一次会议，听取整改进展情况汇报，研究解决整改中的重点难点问题；对涉及多个科室的整改任务，"
              "由牵头科室负责组织协调，配合科室积极参与，确保整改工作衔接有序、形成合力。领导小组办公室每两周汇总一次整改进展，"
              "及时向局党组报告整改工作情况。"),
        ("h", "四、整改任务"),
        ("p", f"针对巡察反馈的3个方面11个具体问题，制定整改措施{nm}条，逐项明确责任单位、责任人和整改时限，形成整改任务清单（见附件）。"),
        ("h", "五、工作要求"),
        ("p", "（一）提高政治站位。全局党员干部要充分认识巡察整改的重要性和严肃性，把思想和行动统一到市委的部署要求上来，坚决克服“过关”思想和应付心理。"),
        ("p", "（二）严格对账销号。领导小组办公室建立整改工作台账，实行周调度、月通报，整改完成一项、验收一项、销号一项。对整改不力、敷衍整改的，严肃追究相关人员责任。"),
        ("p", "（三）注重建章立制。坚持“当下改”与“长久立”相结合，对巡察反馈问题举一反三，深入查找制度漏洞，及时建立健全相关制度，确保整改成果长效常态。对整改中形成的好经验好做法，及时总结提炼，转化为制度成果，推动整改工作与统计中心工作深度融合、相互促进。"),
        ("p", "（四）及时报告公开。整改工作完成后，按要求向市委巡察工作领导小组报送整改情况报告，并按规定向党内和社会公开整改情况，主动接受监督。"),
        ("p", "附件：中共青岚市统计局党组落实市委第五巡察组反馈意见整改任务清单"),
        ("pr", "中共青岚市统计局党组"),
        ("pr", "2024年2月7日"),
        ("break", None),
        ("p", "附件"),
        ("title", "中共青岚市统计局党组落实市委第五巡察组反馈意见整改任务清单"),
    ]
    d = docx_doc(blocks)
    head = ["序号", "问题", "整改措施", "责任单位", "责任人", "整改时限"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(head):
        t.cell(0, j).text = h
    last = None
    for (p, who) in rows:
        if p.cat != last:
            r = t.add_row()
            m = r.cells[0].merge(r.cells[5])
            m.text = f"{cn(C.index(p.cat) + 1)}、{p.cat}"
            last = p.cat
        r = t.add_row().cells
        r[0].text = str(p.seq)
        r[1].text = p.title
        lines = p.mtext("\n").split("\n")
        r[2].text = lines[0]
        for ln in lines[1:]:
            r[2].add_paragraph(ln)
        r[3].text = "、".join(p.units)
        r[4].text = who
        r[5].text = p.deadline
    d.add_paragraph("注：责任人为分管局领导；整改完成后由责任单位报送整改佐证材料，经领导小组审核后销号。")
    d.add_paragraph("抄送：市委巡察办，市纪委监委派驻第三纪检监察组。")
    d.save(OUT / f"{stem}.docx")
    finish(stem, kind="plan", title=title, issuer="中共青岚市统计局党组", date="2024-02-07",
           insp=["市委第五巡察组", "中共青岚市统计局党组", "2023-10-09", "2023-11-24", "2024-01-12"],
           headline={"problems_total": 11, "measures_total": nm}, probs=probs, koi=9,
           anomalies=["整改方案 (.docx, kind plan): narrative 一…五 (指导思想/整改目标/组织领导/整改任务/工作要求) then an 附件 Word table after a page break.",
                      "Table columns 序号 | 问题 | 整改措施 | 责任单位 | 责任人 | 整改时限; category rows merged across all six cells ('一、党的领导方面'); seq numbers run across categories 1–11.",
                      "Measures are '1.…' paragraphs inside one cell. Units from 责任单位 (split on 、); 责任人 are persons (王某某), not units; status null (a plan).",
                      "Headline: 3个方面11个具体问题, 整改措施22条 (equals the listed measures). Targets 2024年4月底/12月底 in 二、 are plan targets, not deadlines of a problem.",
                      "五、工作要求 (一)…(四) are requirements, not problems; a 注 line follows the table."])


# ================================================================ 10 county bureau bulletin, two status sections, GB18030 (.txt)
# Layout modelled on http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html (局党组关于巡察整改情况的通报: 根据区委统一部署…
# 巡察反馈N个问题，已完成整改M个、正在整改K个，整改完成率; 处分/处理 counts; 制定及修改完善制度N项), with the problems split by status into
# two sections whose numbering restarts at 1 (the shape of seed 003), saved as GB18030 text with CRLF line ends.
def doc10():
    stem = "w12_10_county_bureau_two_status_gb18030"
    A, B = "已完成整改的问题", "正在推进整改的问题"
    P = Prob
    probs = [
        P(1, A, "学习贯彻习近平总书记关于市场监管工作的重要论述不够深入，理论学习与业务工作结合不紧", [
            "制定党组理论学习中心组学习计划，开展专题研讨6次",
            "组织全局干部开展市场监管法律法规和业务知识轮训，参训人员达到100%"], "done"),
        P(2, A, "食品安全“两个责任”落实不到位，包保督导工作不扎实", [
            "建立县、乡、村三级包保干部名录库，实现食品生产经营主体包保全覆盖",
            "制定包保督导工作考核办法，按季度通报督导情况",
            "对督导不到位的4名包保干部进行约谈"], "done"),
        P(3, A, "特种设备安全监管存在盲区，部分电梯维保不到位", [
            "开展特种设备安全隐患排查整治，检查使用单位312家，整改隐患87处",
            "推行电梯“物联网+维保”模式"], "done"),
        P(4, A, "行政执法不规范，部分案件办理超期、文书制作不规范", [
            "开展行政执法案卷评查，对评查发现的问题逐案整改",
            "修订《行政处罚案件办理规程》，建立案件办理时限预警机制"], "done"),
        P(5, A, "党组落实全面从严治党主体责任不够有力，廉政风险防控不到位", [
            "修订党组主体责任清单和班子成员“一岗双责”清单",
            "梳理行政许可、行政执法、检验检测等岗位廉政风险点46个，制定防控措施",
            "开展警示教育活动2次"], "done"),
        P(6, A, "基层市场监管所党建工作薄弱，党员教育管理不严格", [
            "对9个基层所党建工作开展专项检查",
            "建立基层所党建工作联系点制度，班子成员每人联系1至2个基层所"], "done"),
        P(7, A, "违反中央八项规定精神问题仍有发生，个别基层所违规发放加班补贴", [
            "对2021年以来各基层所津贴补贴发放情况开展全面清查，追缴违规发放的加班补贴2.46万元",
            "修订机关及基层所加班管理办法，实行加班审批和考勤挂钩",
            "对相关责任人进行批评教育"], "done"),
        P(1, B, "农村集体聚餐食品安全监管仍有薄弱环节，备案指导覆盖不全", [
            "建立农村集体聚餐备案报告制度，推行乡村厨师健康证明和培训上岗",
            "已完成乡村厨师培训386人次，全县备案率达到82%"], "in_progress"),
        P(2, B, "智慧监管平台建设滞后，“互联网+明厨亮灶”覆盖率偏低", [
            "已完成学校食堂“互联网+明厨亮灶”全覆盖",
            "正在推进大中型餐饮单位接入工作，计划2024年9月底前覆盖率达到90%"], "in_progress"),
        P(3, B, "干部队伍老化，执法人员专业能力不足", [
            "制定干部队伍建设三年规划",
            "已通过公开招录补充执法人员6名，正在开展年轻干部跟班学习",
            "与县委党校合作开办执法能力提升培训班"], "in_progress"),
        P(4, B, "消费维权工作机制不健全，投诉举报处置不及时", [
            "整合12315投诉举报热线和12345政务服务热线转办事项，建立限时办结和回访制度",
            "正在推进在线消费纠纷解决（ODR）企业培育工作，已发展ODR企业58家",
            "建立消费投诉信息公示制度"], "in_progress"),
    ]
    title = "中共东坪县市场监督管理局党组关于县委巡察整改进展情况的通报"
    def part(cat, n0, lst):
        out = [f"{n0}、{cat}"]
        for p in lst:
            out.append(f"{p.seq}.{p.title}。")
            out.append(f"整改情况：{p.mtext()}")
        return "\n".join(out)
    text = f"""{title}

根据县委统一部署，2023年8月21日至10月13日，县委第一巡察组对县市场监督管理局党组开展了常规巡察。2023年11月29日，县委巡察组向县市场监督管理局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。

县市场监督管理局党组把巡察整改作为重大政治任务来抓，切实将思想和行动统一到县委的部署要求上来。一是提高政治站位。巡察反馈后，党组第一时间召开党组会议，传达学习县委巡察反馈会议精神，研究部署整改工作；召开巡察整改专题民主生活会，班子成员逐一对照检查，认领责任。二是压实整改责任。成立由党组书记、局长任组长的巡察整改工作领导小组，制定整改方案，将巡察反馈的11个问题细化为33项整改措施，明确责任领导、责任股室和完成时限。三是强化督导检查。领导小组办公室实行整改工作周报告、月通报制度，对整改进度滞后的股室和基层所进行督办，确保整改工作有序推进。

在整改过程中，局党组坚持开门整改，通过召开座谈会、发放征求意见表、走访市场主体等方式，广泛听取干部职工、企业和群众对整改工作的意见建议，共收集意见建议47条，逐条研究、分类落实。同时，局党组把巡察整改与开展“营商环境提升年”活动、食品安全“守底线、查隐患、保安全”专项行动等重点工作结合起来，统筹推进、一体落实，做到整改工作和业务工作两不误、两促进。

截至2024年3月底，巡察反馈的11个问题，已完成整改7个、正在整改4个，整改完成率63.6%。在巡察整改工作中，给予党纪处分1人，诫勉2人，批评教育和提醒谈话8人；制定及修改完善制度11项，追缴违规资金2.46万元。具体情况如下：

{part(A, "一", probs[:7])}

{part(B, "二", probs[7:])}

三、整改工作取得的成效

通过巡察整改，局党组管党治党政治责任进一步压实，干部队伍作风进一步转变，市场监管效能进一步提升。2024年一季度，全县食品安全抽检合格率达到98.6%，较上年同期提高1.2个百分点；特种设备事故为零；办理消费投诉举报1236件，按时办结率达到99.2%，为消费者挽回经济损失86.7万元；新登记各类市场主体2148户，同比增长13.5%。整改中，局党组坚持举一反三，对照巡察反馈问题在全系统开展自查自纠，查找并整改同类问题19个，推动巡察整改由“个性问题”向“共性问题”延伸。

四、下一步工作

县市场监督管理局党组将以这次巡察整改为契机，持续巩固整改成果。对正在推进整改的4个问题，逐项明确时间节点，挂图作战，确保按期完成；对已完成整改的问题，适时开展“回头看”，防止问题反弹；坚持“当下改”和“长久立”相结合，健全完善长效机制，把巡察整改成效转化为推动市场监管事业高质量发展的强大动力，为全县经济社会发展营造安全放心的消费环境和公平有序的市场环境。对整改工作中发现的新情况新问题，局党组将及时研究、动态调整整改措施，确保巡察反馈问题全部整改到位。

欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0XXX-4218XXX；邮政地址：东坪县人民大道99号县市场监督管理局办公室；电子邮箱：dpxscjg@example.cn。

中共东坪县市场监督管理局党组
2024年4月12日

（此件公开发布）
东坪县市场监督管理局办公室　　　　2024年4月12日印发
"""
    (OUT / f"{stem}.txt").write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    finish(stem, kind="bulletin", title=title, issuer="中共东坪县市场监督管理局党组", date="2024-04-12",
           insp=["县委第一巡察组", "县市场监督管理局党组", "2023-08-21", "2023-10-13", "2023-11-29"],
           headline={"problems_total": 11, "problems_done": 7, "measures_total": 33, "rules_made": 11}, probs=probs, koi=10,
           anomalies=["GB18030-encoded text with CRLF line ends.",
                      "Two status sections 一、已完成整改的问题 (done) and 二、正在推进整改的问题 (in_progress); problem numbering restarts at 1 in the second; category = the status section heading.",
                      "Each problem: '1.title。' line then '整改情况：一是…' (measures). The organising paragraph's 一是…三是 are not problems or measures.",
                      "Headline 11 problems, 7 done, 33 measures (the list holds 28), rules 11. Distractors: 63.6%, section 三's figures (98.6%, 1236, 99.2%, 86.7万元, 2148, 19 同类问题), 1/2/8 people, 2.46万元, figures inside measures.",
                      "No per-problem status words: status comes from the section."])


if __name__ == "__main__":
    for name in sorted(k for k in list(globals()) if re.fullmatch(r"doc\d\d", k)):
        globals()[name]()
        print("made", name)
    print(len(ALL), "documents; every truth value re-found, every measure count checked twice")
