"""Write the blindwritten4 documents and their truths from one set of data.

Run:  .venv/bin/python tests/importer/blindwritten4/make.py
Every document is built here as data (problems with title, status, measures, units, deadline) and
rendered into its format; the <stem>.truth.json is written from the same data.  Before writing, every
problem's measure_count (from the data) is checked against an independent recount of the listing
markers in the rendered text of that problem's measures; the script stops if they disagree.
The documents were written blind: the writer never saw the importer.
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

# ----------------------------------------------------------------------------- recount

CN_NUM = "一二三四五六七八九十"
FAMILIES = [
    re.compile(r"[一二三四五六七八九十]{1,2}是"),
    re.compile(r"[（(]\d{1,2}[)）]"),
    re.compile(r"(?:^|(?<=[\n。；;：:\t]))\s*\d{1,2}[.．、](?:(?!\d)|(?=\d{4}年))"),
    re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩]"),
]


def recount(mtext: str) -> int:
    """Count listing markers in the rendered measures text of one problem (independent of the data)."""
    if not mtext.strip():
        return 0
    best = max(len(f.findall(mtext)) for f in FAMILIES)
    return best if best else 1  # an undivided paragraph is one measure


# ----------------------------------------------------------------------------- helpers


def prob(seq, category, title, status, mtext, n, units=(), deadline=None):
    """One problem: mtext is the exact text of its measures as it is rendered, n the count from the data."""
    return {
        "seq": seq, "category": category, "title": title, "status": status,
        "_mtext": mtext, "_n": n, "responsible_units": list(units), "deadline": deadline,
    }


def joinm(items, style):
    """Render a list of measures in a listing style; returns text."""
    out = []
    for i, it in enumerate(items, 1):
        if style == "shi":
            out.append(f"{CN_NUM[i-1] if i <= 10 else '十' + CN_NUM[i-11]}是{it}")
        elif style == "paren":
            out.append(f"（{i}）{it}")
        elif style == "dot":
            out.append(f"{i}.{it}")
        elif style == "fdot":
            out.append(f"{i}．{it}")
        elif style == "circle":
            out.append("①②③④⑤⑥⑦⑧⑨⑩"[i-1] + it)
    return out


def truth(kind, title, issuer, report_date, inspection, headline, problems, anomalies):
    return {
        "kind": kind, "title": title, "issuer": issuer, "report_date": report_date,
        "inspection": dict(zip(["inspector", "inspected", "start", "end", "feedback_date"], inspection)),
        "headline": dict(zip(["problems_total", "problems_done", "measures_total", "measures_done", "rules_made"], headline)),
        "problems": problems, "anomalies": anomalies,
    }


def check(stem, t, plain):
    for p in t["problems"]:
        m = p["_mtext"]
        if m and m not in plain:
            sys.exit(f"{stem}: measures text of {p['title'][:20]} not found in rendered text")
        if p["title"] and p["title"] not in plain and not p.get("_title_wrapped"):
            sys.exit(f"{stem}: title {p['title'][:30]} not found in rendered text")
        rc = recount(m)
        if rc != p["_n"]:
            sys.exit(f"{stem}: measure recount {rc} != data {p['_n']} for {p['title'][:30]}")
        p["measure_count"] = p["_n"]


def clean_truth(t):
    out = dict(t)
    out["problems"] = [
        {k: p[k] for k in ("seq", "category", "title", "status", "measure_count", "responsible_units", "deadline")}
        for p in t["problems"]
    ]
    return out


def write_truth(stem, t):
    (HERE / f"{stem}.truth.json").write_text(json.dumps(clean_truth(t), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def to_trad(text):
    import opencc
    return opencc.OpenCC("s2t").convert(text)


# ----------------------------------------------------------------------------- docx


def build_docx(path, blocks):
    """blocks: ('title', text) | ('p', text) | ('right', text) | ('table', header, rows, merge_col0)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    from docx.oxml.ns import qn

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "FangSong"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.font.size = Pt(14)
    plain = []
    for b in blocks:
        if b[0] == "title":
            para = doc.add_paragraph()
            run = para.add_run(b[1])
            run.bold = True
            run.font.size = Pt(20)
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            plain.append(b[1])
        elif b[0] == "right":
            para = doc.add_paragraph(b[1])
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            plain.append(b[1])
        elif b[0] == "p":
            para = doc.add_paragraph(b[1])
            para.paragraph_format.first_line_indent = Pt(28)
            plain.append(b[1])
        elif b[0] == "table":
            _, header, rows, merge0 = b
            table = doc.add_table(rows=1 + len(rows), cols=len(header))
            table.style = "Table Grid"
            for j, h in enumerate(header):
                table.cell(0, j).text = h
            plain.append("\t".join(header))
            for i, row in enumerate(rows, 1):
                for j, val in enumerate(row):
                    if val is not None:
                        table.cell(i, j).text = val
                plain.append("\t".join(v or "" for v in row))
            if merge0:
                start = 1
                for i in range(2, len(rows) + 2):
                    if i == len(rows) + 1 or rows[i - 1][0] is not None:
                        if i - 1 > start:
                            keep = table.cell(start, 0).text
                            merged = table.cell(start, 0).merge(table.cell(i - 1, 0))
                            merged.text = keep
                        start = i
    doc.save(path)
    return "\n".join(plain)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ============================================================================= 01 report + attachment
@doc
def d01():
    stem = "bw4_01_report_attach"
    C1 = "贯彻落实党中央重大决策部署和区委工作要求方面"
    C2 = "落实全面从严治党责任和作风建设方面"
    items = [
        ("项目1.1", 1, C1, "高标准农田建设项目后期管护不到位，部分灌排设施损毁后未及时修复", "2023年12月底前", "已完成整改", "done",
         ["对2019年以来建成的18个高标准农田项目逐一开展“回头看”，排查出损毁泵站、渠道、机耕桥等设施47处，已全部修复。",
          "制定《云溪区高标准农田建设项目建后管护办法》，明确镇街属地责任和村级管护责任，管护经费按每亩每年15元列入区级预算。",
          "将管护情况纳入镇街乡村振兴实绩考核，每半年通报一次。",
          "建立“田长+管护员”巡查制度，全区落实管护员63名。"]),
        ("项目l.2", 2, C1, "农村人居环境整治长效机制不健全，部分村庄垃圾收运不及时", "2023年10月底前", "已完成整改", "done",
         ["全面排查全区98个行政村垃圾收运情况，对收运频次不足的12个村调整收运线路，做到日产日清。",
          "会同区城管局修订保洁考核细则，实行月考评、季排名，考评结果与保洁经费拨付挂钩。",
          "在6个镇街推行“红黑榜”，发动党员和群众参与村庄清洁行动。"]),
        ("项目1.3", 3, C1, "农业产业化项目储备不足，项目前期工作推进缓慢", "2024年6月底前", "持续推进中", "in_progress",
         ["建立区级农业项目储备库，目前入库项目26个，总投资9.8亿元。",
          "对3个前期手续办理滞后的项目实行“一项目一专班”，由分管局领导包联推进，已完成2个项目的用地预审。",
          "每月召开一次项目调度会，倒排工期，跟踪问效。",
          "下一步将争取省级现代农业产业园创建资格。"]),
        ("问题2.1", 1, C2, "局党组履行全面从严治党主体责任不够到位，压力传导层层递减", "2023年9月底前", "已完成整改", "done",
         ["局党组专题研究全面从严治党工作4次，修订党组落实全面从严治党主体责任清单，明确班子成员“一岗双责”任务32项。",
          "局主要负责同志与班子成员、班子成员与分管科室负责人开展廉政谈话共41人次。",
          "对二级单位党支部书记开展抓党建述职评议，评议结果纳入年度考核。"]),
        ("问题2.2", 2, C2, "公务接待和公车使用管理不规范", "2023年8月底前", "已完成整改", "done",
         ["对2021年以来公务接待清单逐笔核查，对手续不全的9笔接待补齐公函和审批单，对超标准接待的1笔费用由当事人退还。",
          "修订《局机关公务接待管理办法》和《公务用车管理规定》，实行派车单和行车记录双登记。",
          "对公车停放实行集中管理，节假日封存。",
          "组织机关干部学习中央八项规定及其实施细则精神，开展警示教育1次。"]),
        ("问题2.3", 3, C2, "涉农资金监管存在薄弱环节，个别项目资金拨付审核把关不严", "2024年3月底前", "基本完成", "in_progress",
         ["会同区财政局对2020年以来涉农资金项目开展专项检查，抽查项目38个，发现问题7个，已整改6个。",
          "建立涉农资金拨付“三审一公示”制度，由业务科室、财务科室、分管领导逐级审核并在村务公开栏公示。",
          "对审核把关不严的2名工作人员进行提醒谈话。"]),
    ]
    probs, att = [], []
    cur = None
    heads = {C1: "一、" + C1, C2: "二、" + C2}
    for k, (lab, seq, cat, title, dl, st_text, st, ms) in enumerate(items):
        if cat != cur:
            att.append(heads[cat])
            cur = cat
        mt = "\n".join(joinm(ms, "paren"))
        sep = "：" if k != 4 else ":"
        att.append(f"{lab}{sep}{title}。")
        att.append(f"整改时限{'：' if k != 2 else ':'}{dl}")
        att.append(f"整改进展情况：{st_text}")
        att.append(mt)
        if k == 2:
            att.append("－ 5 －")
        probs.append(prob(seq, cat, title, st, mt, len(ms), deadline=dl))
    text = "\n".join([
        "中共云溪区农业农村局党组",
        "关于区委第三巡察组反馈意见整改进展情况的报告",
        "",
        "区委巡察工作领导小组：",
        "根据区委统一部署，2023年4月10日至5月31日，区委第三巡察组对区农业农村局党组开展了常规巡察，并于2023年7月18日向局党组反馈了巡察意见。局党组坚持把抓好巡察整改作为重大政治任务，对照问题清单逐条研究、逐项落实。现将整改进展情况报告如下。",
        "一、整改工作开展情况",
        "（一）统一思想认识。巡察反馈会后，局党组第一时间召开党组会议，传达学习区委书记专题会议精神和巡察反馈意见，逐条认领反馈问题，要求全局上下把思想和行动统一到区委的部署要求上来，坚决防止表面整改、敷衍整改。",
        "（二）压实整改责任。成立由党组书记任组长、其他班子成员任副组长的巡察整改工作领导小组，下设办公室在局办公室，负责整改工作的日常调度。党组书记认真履行第一责任人职责，先后主持召开党组会议和专题推进会6次，班子成员按照分工对分管领域的问题牵头整改。",
        "（三）细化整改措施。对照巡察反馈意见，制定《区农业农村局党组落实区委第三巡察组反馈意见整改方案》，建立问题清单、任务清单、责任清单，明确每个问题的责任领导、责任科室、整改措施和整改时限，实行台账管理、对账销号。",
        "（四）强化督促检查。局整改办实行“周调度、月通报”，对整改进度滞后的科室下发督办单，派驻纪检监察组全程参与整改监督，确保整改工作不走过场。",
        "二、整改任务完成情况",
        "区委第三巡察组共反馈问题2个方面6个具体问题。截至2023年10月31日，已完成整改4个，基本完成或正在推进2个；共制定整改措施21条，已完成17条；新建和修订制度11项，追回违规资金0.86万元，对2名干部进行提醒谈话。各问题整改进展情况见附件1。",
        "三、存在的不足和下一步打算",
        "整改工作取得了阶段性成效，但对照区委要求还有差距：个别问题整改需要较长周期，长效机制的执行效果还需进一步检验。下一步，局党组将坚持目标不变、标准不降、力度不减，一是对正在推进的问题紧盯时间节点，逐项推进，确保按期完成；二是对已完成的问题开展“回头看”，防止问题反弹；三是把巡察整改与年度重点工作结合起来，以整改成效推动农业农村工作高质量发展。",
        "",
        "附件：1.云溪区农业农村局党组巡察反馈具体问题整改进展情况（共6个问题）",
        "      2.云溪区农业农村局巡察整改新建和修订制度目录",
        "",
        "中共云溪区农业农村局党组",
        "2023年11月6日",
        "",
        "－ 4 －",
        "附件1",
        "",
        "云溪区农业农村局党组巡察反馈具体问题",
        "整改进展情况（共6个问题）",
        "",
        *att,
        "",
        "附件2",
        "云溪区农业农村局巡察整改新建和修订制度目录",
        "1．云溪区高标准农田建设项目建后管护办法",
        "2．农村生活垃圾收运保洁考核细则（修订）",
        "3．局机关公务接待管理办法（修订）",
        "4．局机关公务用车管理规定（修订）",
        "5．涉农资金拨付“三审一公示”制度",
        "6．局党组落实全面从严治党主体责任清单（修订）",
        "7．农业项目储备库管理办法",
        "8．机关财务报销审批规程（修订）",
        "9．二级单位党支部书记抓党建述职评议办法",
        "10．田长制巡查制度",
        "11．局整改工作调度通报制度",
    ])
    t = truth("bulletin", "中共云溪区农业农村局党组关于区委第三巡察组反馈意见整改进展情况的报告", "中共云溪区农业农村局党组", "2023-11-06",
              ["区委第三巡察组", "区农业农村局党组", "2023-04-10", "2023-05-31", "2023-07-18"], [6, 4, 21, 17, 11], probs,
              ["Report body is narrative only; the six problems appear only in 附件1 under two category headings.",
               "Items are labelled 项目1.1 / 问题2.1 style; seq is the last number of the label.",
               "OCR slip: '项目l.2' (letter l for 1); items 项目1.3 and 问题2.2 use an ASCII colon.",
               "Page-number lines '－ 4 －' / '－ 5 －' sit between the signature and the attachment and inside the attachment.",
               "The report's own 一是/二是/三是 next-step list and the 附件2 list of rules (1．…11．) are not measures.",
               "Measures under 项目1.3 include a '下一步将…' item printed as （4）; it is counted because it is numbered as a measure.",
               "Title printed in two lines (issuer line + title line)."])
    return stem, "txt", text, t


# ============================================================================= 02 org-first bulletin, web page
@doc
def d02():
    stem = "bw4_02_bulletin_web"
    cats = ["贯彻落实党的路线方针政策和上级决策部署方面", "落实全面从严治党主体责任方面", "落实新时代党的组织路线方面"]
    items = [
        (0, "食品安全“两个责任”落实不够到位", "done",
         ["制定《桐岭县食品安全属地管理责任清单》和《企业落实食品安全主体责任监督管理办法》，全县1326家食品生产经营企业配备食品安全员1419名",
          "对包保干部开展督导检查3轮，督促包保干部完成包保任务，对检查发现的问题建立台账、限期整改",
          "将“两个责任”落实情况纳入乡镇年度综合考核"]),
        (0, "特种设备安全隐患排查整治不彻底", "done",
         ["组织开展电梯、锅炉、压力容器安全隐患专项排查，检查使用单位211家，排查隐患86处，全部整改闭环",
          "对3台超期未检电梯依法立案查处，责令停止使用",
          "推行电梯“保险+服务”模式，在12个老旧小区试点"]),
        (1, "党组理论学习中心组学习质量不高", "done",
         ["修订《局党组理论学习中心组学习制度》，年初制定学习计划，确定8个专题，由班子成员轮流领学",
          "每季度安排1次研讨交流，形成研讨材料",
          "将学习情况纳入党组成员述职述廉内容"]),
        (1, "执法办案廉政风险防控不到位", "in_progress",
         ["梳理执法办案风险点23个，制定防控措施41条",
          "推行行政处罚案件集体讨论和法制审核“双把关”，全年集体讨论案件37件",
          "对近三年办结的案件开展案卷评查，评查案卷160卷，发现问题卷12卷，正在逐卷整改"]),
        (1, "落实中央八项规定精神有差距，个别基层所加班餐费列支不规范", "done",
         ["对各基层所2021年以来的公务支出开展专项检查，清退不规范列支的加班餐费0.62万元",
          "对相关责任人进行批评教育"]),
        (2, "干部队伍年龄结构老化，年轻干部培养不够", "in_progress",
         ["制定《年轻干部培养三年行动计划》，建立优秀年轻干部库，首批入库21人",
          "选派9名年轻干部到执法一线、信访窗口等岗位锻炼",
          "开展“业务大讲堂”12期，以干代训提升履职能力",
          "积极向县委组织部争取公务员招录计划，2023年新招录6人"]),
        (2, "基层党支部组织生活不规范", "done",
         ["对11个党支部的“三会一课”记录逐本检查，督促补正记录不全的支部3个",
          "开展支部书记轮训1次，编印《党支部工作规范手册》",
          "建立支部组织生活纪实制度，每季度通报一次"]),
    ]
    probs, body = [], []
    last = None
    for i, (c, title, st, ms) in enumerate(items, 1):
        if c != last:
            body.append(f"<p>（{'一二三'[c]}）{cats[c]}</p>")
            last = c
        mt = "；".join(joinm(ms, "shi")) + "。"
        tail = "目前，该问题已完成整改。" if st == "done" else "目前，该问题正在推进。"
        body.append(f"<p>{i}.关于{title}的问题。</p>")
        body.append(f"<p>整改情况：{mt}{tail}</p>")
        probs.append(prob(i, cats[c], title, st, mt, len(ms)))
    title = "中共桐岭县市场监督管理局党组关于县委第二巡察组巡察反馈意见整改进展情况的通报"
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}_桐岭县人民政府</title></head>
<body>
<div class="top">无障碍 | 长者模式 | 繁體 | 登录 | 注册</div>
<div class="nav"><a href="/">首页</a> <a>走进桐岭</a> <a>政务公开</a> <a>政务服务</a> <a>互动交流</a> <a>专题专栏</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 部门信息 &gt; 县市场监督管理局</div>
<h1>{title}</h1>
<div class="info">发布时间：2023-12-20 09:30 &nbsp; 来源：县市场监督管理局 &nbsp; 访问次数：<span>318</span> &nbsp; 【字体：大 中 小】</div>
<div class="article">
<p>根据县委巡察工作统一部署，2023年3月6日至4月28日，县委第二巡察组对县市场监督管理局党组开展了常规巡察。6月9日，县委第二巡察组向局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。</p>
<p>一、提高政治站位，加强组织领导，坚决扛起巡察整改政治责任</p>
<p>（一）强化思想认识。局党组把巡察整改作为一项重大政治任务，反馈会后第二天即召开党组会议，专题学习习近平总书记关于巡视巡察工作的重要论述，研究部署整改工作，统一全局干部职工的思想认识。</p>
<p>（二）健全领导机制。成立局党组书记任组长的巡察整改工作领导小组，党组书记履行第一责任人职责，其他班子成员落实“一岗双责”，形成一级抓一级、层层抓落实的工作格局。</p>
<p>（三）建立工作台账。制定整改方案，逐条梳理问题，明确责任领导、责任股室和完成时限，建立问题、任务、责任“三张清单”，实行挂图作战、销号管理。</p>
<p>二、巡察反馈问题整改落实情况</p>
<p>县委第二巡察组反馈的3个方面7个问题，截至2023年11月底，已完成整改5个，其余2个正在按序时推进；共建立完善制度12项。</p>
{chr(10).join(body)}
<p>三、下一步工作打算</p>
<p>下一步，局党组将持续巩固巡察整改成果。一是坚持标准不降，对尚未完成整改的问题紧盯不放，确保按期整改到位。二是坚持举一反三，对同类问题开展自查自纠，建立长效机制。三是坚持统筹推进，把巡察整改与市场监管重点工作结合起来，推动各项工作提质增效。</p>
<p>欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0738-5512306；邮政信箱：桐岭县城关镇人民路88号县市场监督管理局办公室。</p>
<p style="text-align:right">中共桐岭县市场监督管理局党组</p>
</div>
<div class="share">分享到：微信 微博 QQ空间</div>
<div class="tools">【打印本页】 【关闭窗口】</div>
<div class="related">相关链接：<a>县人民政府</a> <a>县纪委监委</a> <a>中国政府网</a></div>
<div class="foot">主办：桐岭县人民政府办公室 承办：桐岭县大数据中心 网站标识码：4310280003 ICP备案号：湘ICP备05001234号<br>联系电话：0738-5512000 建议使用1920×1080分辨率浏览</div>
</body></html>
"""
    t = truth("bulletin", title, "中共桐岭县市场监督管理局党组", "2023-12-20",
              ["县委第二巡察组", "县市场监督管理局党组", "2023-03-06", "2023-04-28", "2023-06-09"], [7, 5, None, None, 12], probs,
              ["Web page with site chrome (accessibility bar, navigation, breadcrumb, meta line, share/print/close, footer); title in <title> and <h1>.",
               "No signature date: report_date is the page 发布时间 2023-12-20.",
               "Feedback date '6月9日' has no year; resolved from the inspection period (2023).",
               "Section 一 is organisation work with its own (一)-(三) sub-headings, which are not categories; the categories (一)-(三) are in section 二.",
               "Problem headings use the '关于…的问题' wrapper without quotes; numbering 1-7 runs on across categories.",
               "Per-problem status is a closing sentence ('目前，该问题已完成整改。' / '目前，该问题正在推进。').",
               "Section 三 next-step 一是/二是/三是 list is not a measure list."])
    for p in probs:
        p["_title_wrapped"] = False
    return stem, "html", html, t


# ============================================================================= 03 org-first bulletin, Word table with merged category cells
@doc
def d03():
    stem = "bw4_03_bulletin_table"
    cats = ["党的领导弱化，贯彻落实上级决策部署不到位", "全面从严治党“两个责任”落实不到位", "选人用人和基层党建工作存在短板"]
    items = [
        (0, "推进紧密型县域医共体建设进展缓慢，牵头医院对成员单位帮扶不够", "已完成",
         ["制定《青州市紧密型县域医共体建设实施方案》，组建3个医共体", "牵头医院向乡镇卫生院下派专家27名，每周坐诊不少于2天", "实行医共体内检查结果互认"]),
        (0, "公共卫生服务项目绩效考核流于形式", "已完成",
         ["修订基本公共卫生服务项目绩效考核办法，引入第三方评估", "考核结果与补助资金拨付挂钩，扣减考核不合格单位资金12.3万元"]),
        (0, "院前急救体系建设滞后，部分乡镇急救站点覆盖不足", "持续推进中",
         ["新建乡镇急救站点4个，配备负压救护车6辆", "开展院前急救人员培训4期，培训186人次", "2024年底前实现乡镇急救站点全覆盖"]),
        (1, "党委（党组）对下属医疗机构管党治党指导不力", "已完成",
         ["制定下属医疗机构党建工作考核细则", "党组成员每季度到联系医院指导党建工作", "开展党建业务融合示范点创建，评选示范点5个"]),
        (1, "医疗领域腐败问题专项整治不深入", "已完成",
         ["开展医药购销领域突出问题专项整治，查处违规收受回扣问题3起，给予党纪政务处分4人", "建立医疗机构大额资金使用监测制度", "在全系统开展警示教育大会2场"]),
        (1, "药品耗材采购管理不规范，部分医院存在线下采购", "持续推进中",
         ["督促4家公立医院将线下采购全部纳入省集中采购平台", "开展药品耗材采购专项审计，正在对审计发现问题逐项整改"]),
        (2, "干部选拔任用程序不规范，个别干部档案审核不严", "已完成",
         ["对2019年以来提拔的干部档案进行专项审核，补充完善材料19份", "严格执行干部选拔任用纪实制度"]),
        (2, "基层党组织换届不及时", "已完成",
         ["督促2个到期未换届的医院党支部完成换届选举", "建立党组织换届提醒制度，提前3个月发出提醒"]),
    ]
    rows, probs = [], []
    last = None
    for i, (c, title, st_text, ms) in enumerate(items, 1):
        mt = "\n".join(joinm(ms, "dot"))
        rows.append([cats[c] if c != last else None, str(i), title, mt, st_text])
        last = c
        st = "done" if st_text == "已完成" else "in_progress"
        probs.append(prob(i, cats[c], title, st, mt, len(ms)))
    title = "中共青州市卫生健康局党组关于市委第一巡察组巡察反馈意见整改情况的通报"
    blocks = [
        ("title", "中共青州市卫生健康局党组"),
        ("title", "关于市委第一巡察组巡察反馈意见整改情况的通报"),
        ("p", "根据市委统一部署，2023年9月11日至11月10日，市委第一巡察组对市卫生健康局党组进行了巡察，并于2024年1月5日反馈了巡察意见。局党组照单全收、立行立改，现将整改情况通报如下。"),
        ("p", "一、加强组织领导，压紧压实整改责任"),
        ("p", "局党组召开专题会议研究部署整改工作，成立以党组书记、局长为组长的整改工作领导小组，制定整改方案，对反馈问题逐项明确责任领导、责任科室和完成时限。党组书记带头领办重点难点问题，班子成员各负其责，形成上下联动、齐抓共管的整改格局。局整改办每月调度一次整改进度，派驻纪检监察组跟进监督。"),
        ("p", "二、坚持问题导向，扎实推进问题整改"),
        ("p", "市委第一巡察组反馈问题3个方面8个问题，截至目前，已完成整改6个，持续推进2个；建立完善制度9项。具体整改情况如下表："),
        ("table", ["问题类别", "序号", "反馈问题", "整改措施", "整改情况"], rows, True),
        ("p", "三、巩固整改成果，建立健全长效机制"),
        ("p", "下一步，局党组将继续坚持问题导向，对持续推进的整改事项紧盯不放；对已完成整改的事项适时开展“回头看”；把整改中形成的好做法固化为制度，推动卫生健康事业高质量发展。"),
        ("p", "欢迎社会各界对整改落实情况进行监督。联系电话：0536-3265108。"),
        ("right", "中共青州市卫生健康局党组"),
        ("right", "2024年3月15日"),
    ]
    t = truth("bulletin", title, "中共青州市卫生健康局党组", "2024-03-15",
              ["市委第一巡察组", "市卫生健康局党组", "2023-09-11", "2023-11-10", "2024-01-05"], [8, 6, None, None, 9], probs,
              ["Problems are in a Word table (问题类别 | 序号 | 反馈问题 | 整改措施 | 整改情况); the category cell is merged vertically over its rows.",
               "Measures are numbered 1. 2. 3. on separate lines inside one cell; status is a separate column (已完成 / 持续推进中).",
               "Title split over two centred lines; section 一 is organisation, section 三 next steps (not measures).",
               "Problem 3, measure 3 runs its number into a year ('3.2024年底前…'), which can be misread as the decimal 3.2024."])
    return stem, "docx", blocks, t


# ============================================================================= 04 one task, acceptance notice (序号十)
@doc
def d04():
    stem = "bw4_04_task_notice"
    task = "白沙县城区污水处理厂长期超负荷运行，部分生活污水未经处理直排白沙河，县城建成区雨污分流改造推进缓慢"
    ms = ["投资1.2亿元实施县城污水处理厂扩容提标工程，新增处理能力2万吨/日，2023年10月通过环保竣工验收并投入运行，出水稳定达到一级A标准",
          "完成县城建成区雨污分流改造管网36.8公里，封堵直排口17个，白沙河城区段沿线已无生活污水直排现象",
          "建立管网“厂—网—河”一体化运维机制，由县水务投资公司统一负责污水收集管网日常巡查和维护",
          "委托第三方开展为期3个月的水质跟踪监测，白沙河出境断面水质稳定达到Ⅲ类标准"]
    mt = "\n".join(joinm(ms, "fdot"))
    text = "\n".join([
        "白沙县人民政府门户网站",
        "首页 > 信息公开 > 生态环境 > 督察整改",
        "",
        "关于中央第三生态环境保护督察组反馈意见整改任务（序号十）验收销号的公示",
        "发布时间：2024-05-22 16:05   来源：白沙县生态环境保护督察整改工作领导小组办公室   浏览次数：207",
        "",
        "根据《白沙县中央生态环境保护督察反馈意见整改任务验收销号办法》，县整改办组织对中央第三生态环境保护督察组反馈意见整改任务（序号十）的完成情况进行了验收，现将有关情况公示如下：",
        "一、整改任务",
        "中央第三生态环境保护督察组2021年反馈指出：“" + task + "。”",
        "责任单位：县住房和城乡建设局、县水务局、白沙镇人民政府",
        "整改时限：2023年12月底前",
        "二、整改目标",
        "县城污水处理能力满足实际需求，建成区基本实现雨污分流，白沙河城区段消除生活污水直排。",
        "三、整改完成情况",
        "督察反馈后，县委、县政府将该问题列为全县督察整改“一号工程”，由县长任整改总指挥，分管副县长具体负责，县住房和城乡建设局牵头，县水务局、白沙镇人民政府配合，实行“周调度、月通报”。具体完成情况如下：",
        mt,
        "整改过程中，县整改办先后4次组织现场督导，对施工进度滞后的2个标段下发督办通知，督促施工单位增加作业面。整改期间，县人大常委会、县政协分别组织代表委员开展专项视察，提出意见建议9条，均已采纳落实。",
        "四、验收意见",
        "2024年5月16日，县整改办会同县生态环境局、县发展和改革局等单位组成验收组，通过查阅资料、现场核查、走访群众等方式进行了验收。验收组认为，该项整改任务已达到整改目标，已完成整改，同意销号。",
        "验收资料主要包括：污水处理厂扩容提标工程竣工验收报告、环保设施竣工验收意见、雨污分流改造工程结算审计报告、排口封堵前后对比照片、第三方水质监测报告、管网运维协议、群众走访记录等。",
        "五、公示时间",
        "公示期为2024年5月22日至5月28日（5个工作日）。公示期间，如对该项整改任务完成情况有异议，请以书面或电话方式向县整改办反映。",
        "联系电话：0898-27721345",
        "电子邮箱：bsxzgb@163.com",
        "",
        "白沙县生态环境保护督察整改工作领导小组办公室",
        "2024年5月22日",
        "",
        "【打印】【关闭】",
        "主办单位：白沙县人民政府办公室   技术支持：白沙县大数据中心",
    ])
    p = prob(10, None, task, "done", mt, len(ms), ["县住房和城乡建设局", "县水务局", "白沙镇人民政府"], "2023年12月底前")
    t = truth("bulletin", "关于中央第三生态环境保护督察组反馈意见整改任务（序号十）验收销号的公示", "白沙县生态环境保护督察整改工作领导小组办公室", "2024-05-22",
              ["中央第三生态环境保护督察组", None, None, None, None], [None, None, None, None, None], [p],
              ["One task, one notice: exactly one problem, identified only as 整改任务（序号十）, so seq is 10 (Chinese numeral in the title).",
               "The problem title is the quoted feedback (quotation marks and final 。 stripped).",
               "Measures are under '三、整改完成情况' numbered 1．-4．(full-width dot); status comes from the acceptance paragraph ('已完成整改，同意销号').",
               "Site chrome: site name, breadcrumb, meta line, print/close and footer lines.",
               "The inspected body and the inspection dates are not stated (only '2021年反馈')."])
    return stem, "txt", text, t


# ============================================================================= 05 two tasks by 编号, PDF
@doc
def d05():
    stem = "bw4_05_two_tasks"
    tasks = [
        (8, "湄江市部分工业园区污水集中处理设施不完善，园区企业废水预处理不到位，江北化工园区污水处理厂进水化学需氧量长期超过设计值",
         ["市工业和信息化局、江北区人民政府"], "2023年12月31日",
         "园区污水处理设施稳定运行，企业废水预处理达标，污水处理厂进水水质满足设计要求。",
         ["江北化工园区完成污水处理厂提标改造，新增事故应急池1座，2023年11月完成竣工验收",
          "对园区32家涉水企业逐一核查预处理设施，责令5家企业停产整改，整改完成后经监测达标",
          "园区实行“一企一管、明管输送、实时监控”，在线监测数据接入市生态环境局监控平台"]),
        (13, "湄江市饮用水水源地规范化建设滞后，西山水库一级保护区内仍有农家乐和养殖场",
         ["市生态环境局、市水利局、西山区人民政府"], "2023年9月30日",
         "依法清理饮用水水源一级保护区内与供水设施和保护水源无关的建设项目，完成水源地规范化建设。",
         ["关闭并拆除西山水库一级保护区内农家乐4家、养殖场2家，完成生态复绿1.6万平方米",
          "设置隔离围网8.2公里、界标和警示牌46块",
          "建成水源地视频监控系统，实现一级保护区全天候监控",
          "将水源地日常巡查纳入河湖长制工作，每周巡查不少于2次"]),
    ]
    blocks = [
        ("title", "湄江市生态环境保护督察整改工作领导小组办公室"),
        ("title", "关于省生态环境保护督察反馈问题整改任务完成情况的公示（第三批）"),
        ("p", "2022年5月9日至6月8日，省第二生态环境保护督察组对湄江市开展了第二轮省级生态环境保护督察，并于2022年8月19日向我市反馈了督察意见。按照《湄江市省生态环境保护督察反馈问题整改验收销号工作规程》，经责任单位申请、市级行业主管部门初审、市整改办组织验收，下列2项整改任务已达到整改目标，拟予销号。现予以公示，接受社会监督。"),
    ]
    probs = []
    for no, title, units, dl, goal, ms in tasks:
        mt = "".join(joinm([m + "。" for m in ms], "shi"))
        blocks += [
            ("p", f"编号{no}：{title}。"),
            ("p", "责任单位：" + units[0]),
            ("p", "整改目标：" + goal),
            ("p", "整改时限：" + dl),
            ("p", "完成情况：" + mt),
            ("p", "验收结论：经验收，该项任务已完成整改，符合销号条件。"),
        ]
        probs.append(prob(no, None, title, "done", mt, len(ms), units[0].split("、"), dl))
    blocks += [
        ("p", "以上整改任务的验收，由市整改办会同市生态环境局、市发展和改革局、市财政局等市级有关部门组成验收组，采取查阅资料、现场核查、走访群众、第三方监测等方式进行。验收组认为，两项任务的整改措施均已落实，整改成效经得起检验，群众满意度较高，符合《湄江市省生态环境保护督察反馈问题整改验收销号工作规程》规定的销号条件。"),
        ("p", "截至2023年12月15日，省生态环境保护督察反馈我市的问题整改任务已有21项完成验收销号，其余任务正在按整改方案确定的时限有序推进。"),
        ("p", "公示期限：2023年12月18日至2023年12月22日。公示期间，任何单位和个人对上述整改任务完成情况有异议的，可通过来信、来电、来访等方式向市整改办反映。反映情况应实事求是，提倡署真实姓名。"),
        ("p", "联系电话：0745-8126637   通讯地址：湄江市行政中心3号楼412室"),
        ("right", "湄江市生态环境保护督察整改工作领导小组办公室"),
        ("right", "2023年12月18日"),
    ]
    # s24, lead: C35 — the truth's title without the batch number (the document keeps '（第三批）').
    t = truth("bulletin", "湄江市生态环境保护督察整改工作领导小组办公室关于省生态环境保护督察反馈问题整改任务完成情况的公示",
              "湄江市生态环境保护督察整改工作领导小组办公室", "2023-12-18",
              ["省第二生态环境保护督察组", "湄江市", "2022-05-09", "2022-06-08", "2022-08-19"], [None, 21, None, None, None], probs,
              ["PDF converted from Word. A notice listing two tasks by their 编号 (8 and 13); seq is the 编号.",
               "Each task has labelled fields 责任单位 / 整改目标 / 整改时限 / 完成情况 / 验收结论; measures are the 一是/二是 items in 完成情况.",
               "Title split over two lines (issuing office + notice title).",
               "Responsible units include district governments ('江北区人民政府', '西山区人民政府').",
               "Headline: '已有21项完成验收销号' is the city's running total of signed-off tasks (problems_done 21); no total number of tasks is stated.",
               "s24, lead: C35 — a batch or issue number after a title is the series' place, not the document's name: dropped from the truth's title (was '…的公示（第三批）')."])
    return stem, "pdf", blocks, t


# ============================================================================= 06 quoted feedback item
@doc
def d06():
    stem = "bw4_06_quoted_feedback"
    quote = ("第一轮督察反馈指出，湄水县一些地方和部门对生态环境保护工作重视不够，重发展、轻保护的思想没有根本转变。"
             "“回头看”发现，全县矿山开采整治不彻底，部分已关闭矿山生态修复进展缓慢，8处废弃矿山仍存在裸露山体和边坡安全隐患，"
             "县自然资源部门对非法采矿行为查处不力")
    ms = ["县委常委会、县政府常务会议先后6次专题研究矿山生态环境整治工作，将习近平生态文明思想纳入县委理论学习中心组学习和县委党校主体班次必修课，全县各级领导干部绿色发展意识明显增强。",
          "制定《湄水县废弃矿山生态修复三年行动方案（2022—2024年）》，统筹中央、省级专项资金和县级配套资金共计4860万元，对8处废弃矿山实施削坡减载、覆土复绿，截至2023年10月，已完成6处修复并通过县级验收，其余2处完成工程量的85%。",
          "开展打击非法采矿专项行动，立案查处非法采矿案件11起，移送公安机关2起，对履职不力的2名自然资源所负责人进行诫勉谈话。",
          "建立矿山开采“天上看、地上查、网上管”动态监管机制，运用卫星遥感每季度对全县矿山开展一次比对核查。"]
    mt = " ".join(joinm(ms, "dot"))
    text = "\n".join([
        "湄水县人民政府",
        "网站首页 | 政务公开 | 生态环境 | 督察整改专栏",
        "",
        "湄水县中央生态环境保护督察“回头看”反馈意见整改进展情况（五）",
        "",
        "时间：2023-11-02 10:21    来源：县督察整改办    【字号：大 中 小】",
        "",
        "编者按：2022年4月，中央第五生态环境保护督察组对我省开展了第二轮督察暨“回头看”，督察反馈涉及我县的问题共18项。县委、县政府高度重视，逐项制定整改措施，明确责任单位和整改时限，实行台账管理、挂牌督办。为接受社会监督，我县对整改进展情况分期公开。本期公开1项。欢迎广大群众通过县督察整改办公室电话（0771-6628012）或县人民政府门户网站“县长信箱”对整改情况进行监督。",
        "",
        "关于“" + quote + "。”问题的整改情况",
        "",
        "责任单位：县自然资源局、县生态环境局、县林业局",
        "整改时限：2023年12月底前",
        "整改目标：完成8处废弃矿山生态修复，消除边坡安全隐患；依法查处非法采矿行为，建立矿山开采长效监管机制。",
        "整改进展情况：基本完成，持续推进。",
        "",
        mt,
        "",
        "下一步，县自然资源局将督促施工单位加快剩余2处废弃矿山修复进度，确保2023年12月底前全部完成；持续保持打击非法采矿高压态势。",
        "",
        "湄水县中央生态环境保护督察整改工作领导小组办公室",
        "2023年11月2日",
        "",
        "上一篇：湄水县中央生态环境保护督察“回头看”反馈意见整改进展情况（四）",
        "下一篇：县生态环境局开展秋冬季大气污染防治执法检查",
        "【打印此页】 【关闭窗口】",
        "版权所有：湄水县人民政府 地址：湄水县城关镇新华路1号 网站标识码：4511230001",
    ])
    p = prob(None, None, quote, "in_progress", mt, len(ms), ["县自然资源局", "县生态环境局", "县林业局"], "2023年12月底前")
    # s24, lead: C35 — the truth's title without the issue number (the document keeps '（五）').
    t = truth("bulletin", "湄水县中央生态环境保护督察“回头看”反馈意见整改进展情况", "湄水县中央生态环境保护督察整改工作领导小组办公室", "2023-11-02",
              ["中央第五生态环境保护督察组", None, None, None, None], [18, None, None, None, None], [p],
              ["One quoted feedback item: the problem title is the whole quotation after the 关于“…”问题的整改情况 wrapper is stripped (including '第一轮督察反馈指出，').",
               "The quotation itself contains an inner quoted word (“回头看”) and runs over three sentences; the 。 before the closing quote is stripped.",
               "Status line '整改进展情况：基本完成，持续推进。' (in_progress); measures 1.-4. run on one line separated by spaces.",
               "The trailing '下一步…' sentence is not a measure.",
               "Headline '督察反馈涉及我县的问题共18项' counts the whole series; this page publishes 1 of them.",
               "Site chrome and previous/next links; 编者按 gives only a month for the inspection ('2022年4月').",
               "s24, lead: C35 — a batch or issue number after a title is the series' place, not the document's name: dropped from the truth's title (was '…整改进展情况（五）')."])
    p["_title_wrapped"] = False
    return stem, "txt", text, t


# ============================================================================= 07 round summary, figures only, GB18030
@doc
def d07():
    stem = "bw4_07_round_summary"
    text = "\r\n".join([
        "云岭区委第二轮巡察整改进展情况",
        "",
        "发布时间：2024-01-26    来源：区纪委监委 区委巡察办",
        "",
        "根据区委统一安排部署，2023年3月13日至5月12日，区委组建4个巡察组，对区民政局、区文化和旅游局、区退役军人事务局等12家单位党组织开展了常规巡察；对区属9所中小学校党组织开展了教育领域专项巡察；对区农业农村局、区粮食储备中心开展了涉粮问题专项巡察。",
        "",
        "2023年6月8日，区委4个巡察组向23家被巡察党组织全面反馈了巡察情况，移交问题清单并提出整改意见。集中整改期满后，区委巡察办会同区纪委监委、区委组织部召开整改成效评估联席会议，逐家评估整改情况。2024年1月19日，区委常委会会议听取了区委第二轮巡察整改进展情况的汇报。",
        "",
        "截至目前，巡察反馈的412个问题，完成整改396个，基本完成并持续整改问题9个，未完成7个，总体完成率96.12%。被巡察党组织共召开巡察整改专题民主生活会（组织生活会）23次，组织集中学习研讨97次，领导干部讲授专题党课46次，完善和新建制度233项，清退违规发放津补贴18.42万元，追回应由个人承担的费用9.6万元，挽回经济损失612.3万元。",
        "",
        "从评估情况看，各被巡察党组织能够认真履行整改主体责任，党组织书记带头抓整改，问题整改总体到位。但也有个别单位存在整改措施针对性不强、建章立制后执行不严等问题。对整改不力的3家单位，区委巡察工作领导小组已下发督办函，区纪委监委对1家单位主要负责人进行了约谈。",
        "",
        "在整改过程中，各被巡察党组织注重把解决具体问题与完善制度机制结合起来。区民政局针对巡察指出的社会救助资金审核把关不严问题，开展社会救助领域专项治理，清退不符合条件的低保对象126户；区文化和旅游局针对文物保护经费使用不规范问题，修订专项资金管理办法；区属中小学校针对食堂管理和校外培训等群众关心的问题，建立校长陪餐和家长委员会参与监督机制，推动解决了一批群众反映强烈的问题。",
        "",
        "区纪委监委、区委组织部切实履行整改监督责任。区纪委监委通过列席整改专题民主生活会、查阅整改台账、实地核查等方式，对23家被巡察党组织整改情况开展日常监督，对巡察移交的问题线索分类处置，立案审查调查11件，给予党纪政务处分9人；区委组织部将巡察整改情况作为领导班子和领导干部考核评价的重要内容，对巡察反映的选人用人问题督促整改到位。",
        "",
        "下一步，区委巡察办将会同区纪委监委、区委组织部，对未完成整改的问题实行清单化管理，持续跟踪督办，适时开展巡察整改“回头看”，推动整改常态化、长效化。",
        "",
        "按照《中国共产党巡视工作条例》有关规定，现将整改进展情况向社会公开，接受干部群众监督。",
        "",
        "（责任编辑：李婧）",
    ]) + "\r\n"
    t = truth("bulletin", "云岭区委第二轮巡察整改进展情况", "云岭区委巡察办", "2024-01-26",
              ["区委4个巡察组", "区民政局、区文化和旅游局、区退役军人事务局等12家单位党组织", "2023-03-13", "2023-05-12", "2023-06-08"],
              [412, 396, None, None, 233], [],
              ["Round summary with figures only: zero problems are listed.",
               "GB18030-encoded text with CRLF line ends.",
               "Figures: 412 problems, 396 done, 9 basically done, 7 not done, 233 rules made; other figures (23 democratic-life meetings, 97 study sessions, 46 party lectures, money amounts) are not headline fields.",
               "Issuer: the page names two sources (区纪委监委 区委巡察办); the round summary is the 巡察办's, so issuer is given as 云岭区委巡察办 (judgment call).",
               "Inspected: the round covered 23 bodies in three groups; 'inspected' gives the first group as stated.",
               "No signature; report_date is the page 发布时间."])
    return stem, "gb18030", text, t


# ============================================================================= 08 organisation-level report, figures only, Word-exported HTML
@doc
def d08():
    stem = "bw4_08_org_report"
    title = "中共桐岭县委关于省委巡视整改进展情况的通报"
    blocks = [
        ("title", title),
        ("p", "根据省委统一部署，2023年3月1日至4月30日，省委第六巡视组对桐岭县进行了常规巡视，并于2023年6月26日向县委反馈了巡视意见。按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。"),
        ("p", "一、坚持以上率下，扛牢巡视整改政治责任"),
        ("p", "县委坚持把巡视整改作为增强“四个意识”、坚定“四个自信”、做到“两个维护”的实际行动，巡视反馈会后，县委第一时间召开常委会会议，传达学习省委书记专题会议精神和巡视反馈意见，研究部署整改工作。成立县委书记任组长、县长任第一副组长的巡视整改工作领导小组，下设综合协调、督查督办、宣传报道3个工作组。县委书记认真履行第一责任人职责，主持召开县委常委会会议、领导小组会议9次，对重点难点问题逐一过问、亲自督办。县委常委班子召开巡视整改专题民主生活会，逐条对照反馈意见查摆问题，深入剖析根源，开展批评和自我批评。"),
        ("p", "二、坚持真改实改，推动反馈问题整改落地见效"),
        ("p", "县委对照巡视反馈意见，制定《中共桐岭县委落实省委第六巡视组反馈意见整改方案》，把反馈的3个方面15类47个问题细化为186条整改措施，逐项明确牵头县领导、责任单位和完成时限，实行“清单化管理、项目化推进、销号式落实”。截至2023年11月30日，47个问题已完成整改41个，其余6个需要长期推进的问题均已取得阶段性成效；186条整改措施已落实171条；建立完善制度机制62项；给予党纪政务处分14人，组织处理23人；追缴和挽回经济损失2316.8万元。"),
        ("p", "在推动高质量发展方面，县委围绕巡视指出的产业结构偏重、创新能力不强等问题，出台支持实体经济发展的若干措施，新引进亿元以上项目19个；围绕民生领域短板，新建改扩建中小学校5所、乡镇卫生院3所，解决了一批群众急难愁盼问题。在全面从严治党方面，县委制定落实全面从严治党主体责任清单，开展群众身边不正之风和腐败问题集中整治，查处问题线索87件。在干部队伍和基层党组织建设方面，县委调整优化乡镇领导班子，整顿软弱涣散村党组织11个。"),
        ("p", "三、坚持标本兼治，巩固深化巡视整改成果"),
        ("p", "巡视整改取得了阶段性成效，但与省委的要求和群众的期盼相比还有差距。县委将坚持目标不变、力度不减，对已完成的整改任务适时开展“回头看”，防止问题反弹回潮；对需要长期坚持的整改任务，建立工作台账，持续跟踪推进；把巡视整改同贯彻落实党的二十大精神结合起来，推动全县经济社会高质量发展。"),
        ("p", "欢迎广大干部群众对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。联系方式：电话0738-5521012；邮政信箱：桐岭县人民路1号县委巡察办（邮编417800）；电子邮箱：tlxxcb@126.com。"),
        ("right", "中共桐岭县委"),
        ("right", "2023年12月28日"),
    ]
    t = truth("bulletin", title, "中共桐岭县委", "2023-12-28",
              ["省委第六巡视组", "桐岭县", "2023-03-01", "2023-04-30", "2023-06-26"], [47, 41, 186, 171, 62], [],
              ["Organisation-level report: figures only, zero problems. Section headings 一、二、三 are work sections, not categories.",
               "Headline figures are inside a long paragraph ('3个方面15类47个问题…已完成整改41个…186条整改措施已落实171条…制度机制62项'); '3个方面' and '15类' are groupings, not totals.",
               "Other figures (14 disciplined, 23 organisational handling, 19 projects, 87 leads) are not headline fields.",
               "HTML exported from Word by LibreOffice."])
    return stem, "html-lo", blocks, t


# ============================================================================= 09 audit rectification report, headline figures, PDF
@doc
def d09():
    stem = "bw4_09_audit_report"
    secs = [
        ("财政管理方面问题的整改情况", [
            ("未及时清理收回结余结转资金1.36亿元的问题", "已整改", "done",
             ["县财政局已对结余结转资金进行全面清理，收回1.36亿元统筹用于民生重点支出。"]),
            ("非税收入未及时缴入国库0.48亿元的问题", "已整改", "done",
             ["一是相关单位已将0.48亿元非税收入全部缴入国库；", "二是县财政局印发《关于进一步加强非税收入征收管理的通知》，明确缴库时限；", "三是将非税收入缴库情况纳入预算单位绩效评价。"]),
            ("部分专项资金分配下达不及时的问题", "部分整改", "in_progress",
             ["县财政局已下达专项资金0.92亿元，剩余0.15亿元因项目前期手续未完成，正在推进。"]),
        ]),
        ("部门预算执行方面问题的整改情况", [
            ("3个部门超预算、无预算列支会议费培训费的问题", "已整改", "done",
             ["一是3个部门已调整会计账目，规范列支渠道；", "二是修订本部门会议费、培训费管理办法。"]),
            ("2个单位政府采购程序不规范的问题", "已整改", "done",
             ["相关单位已完善采购文件，对负有责任的2名工作人员进行了批评教育，并组织财务人员参加政府采购业务培训。"]),
        ]),
        ("重点民生资金和项目方面问题的整改情况", [
            ("向不符合条件人员发放城乡低保金等补助资金的问题", "已整改", "done",
             ["一是县民政局追回违规发放的低保金等补助资金12.6万元；", "二是与公安、市场监管、不动产登记部门建立数据比对机制，每季度比对一次；", "三是对审核把关不严的4名工作人员进行了提醒谈话。"]),
            ("老旧小区改造项目建设进度滞后的问题", "正在整改", "in_progress",
             ["县住房和城乡建设局已调整施工组织方案，11个小区中已完工8个，剩余3个计划于2024年6月底前完工。"]),
        ]),
    ]
    blocks = [
        ("title", "关于2022年度县本级预算执行和其他财政收支审计查出问题整改情况的报告"),
        ("p", "——2023年12月26日在县第十八届人民代表大会常务委员会第十五次会议上"),
        ("p", "县审计局局长  周文斌"),
        ("p", "主任、各位副主任、各位委员："),
        ("p", "我受县人民政府委托，向县人大常委会报告2022年度县本级预算执行和其他财政收支审计查出问题的整改情况，请予审议。"),
        ("p", "2023年8月29日，县人大常委会听取和审议了《关于2022年度县本级预算执行和其他财政收支的审计工作报告》，对审计查出问题提出了整改要求。县政府高度重视，召开常务会议专题研究部署整改工作，要求各部门单位严格落实整改主体责任，逐项制定整改措施，确保问题整改到位。县审计局建立审计查出问题整改台账，实行跟踪督促、对账销号。"),
        ("p", "审计工作报告反映涉及4个方面、26个单位共计50个具体问题，问题金额3.87亿元。截至2023年11月30日，已整改40个，正在整改10个（含部分整改），整改到位金额3.12亿元，出台完善规章制度13项，对2人予以提醒谈话。现将具体整改情况报告如下："),
    ]
    probs = []
    n = 0
    for k, (sec, items) in enumerate(secs):
        blocks.append(("p", f"{'一二三四'[k]}、{sec}"))
        for title, st_text, st, ms in items:
            n += 1
            mt = "".join(ms)
            blocks.append(("p", f"{n}.{title}。整改情况：{st_text}。{mt}"))
            probs.append(prob(n, sec, title, st, mt, len(ms)))
    blocks += [
        ("p", "四、下一步工作安排"),
        ("p", "从整改情况看，仍有部分问题尚未整改到位，主要原因是有的问题涉及历史遗留，需要多部门协同解决；有的问题需要通过深化改革逐步解决。下一步，县政府将督促相关部门单位对正在整改的问题制定整改计划，明确整改时限，持续跟踪整改进展，并在下一年度向县人大常委会报告整改结果。"),
        ("p", "主任、各位副主任、各位委员，我们将更加紧密地团结在以习近平同志为核心的党中央周围，自觉接受县人大常委会的监督，扎实做好审计整改工作。"),
    ]
    t = truth("bulletin", "关于2022年度县本级预算执行和其他财政收支审计查出问题整改情况的报告", "县审计局", "2023-12-26",
              ["县审计局", None, None, None, None], [50, 40, None, None, 13], probs,
              ["Audit rectification report given to the county people's congress standing committee (PDF converted from Word).",
               "Headline: '50个具体问题…已整改40个，正在整改10个（含部分整改）…规章制度13项'; only 7 of the 50 problems are itemised.",
               "report_date comes from the 'YYYY年M月D日在…会议上' line under the title (no signature).",
               "Problem numbering 1-7 runs on across the three 一、二、三 section headings (the categories); 四、 is next steps.",
               "Status is given inline after '整改情况：' (已整改 / 部分整改 / 正在整改); undivided paragraphs count as one measure.",
               "Amounts like '1.36亿元' inside problem titles and measures are not list markers.",
               "Problems 4 and 5 begin with a count right after their number ('4.3个部门…', '5.2个单位…'), which reads like the decimals 4.3 / 5.2.",
               "Issuer: the report is delivered by the county audit bureau director on behalf of the county government; issuer given as 县审计局 (judgment call), the county name is not stated."])
    return stem, "pdf", blocks, t


# ============================================================================= 10 traditional-character mirror of a 函 (truth in simplified)
@doc
def d10():
    stem = "bw4_10_traditional_mirror"
    items = [
        ("湄水市部分年度地表水国控断面水质目标未完成", "该问题已完成整改。", "done",
         ["每年制定印发水污染防治工作计划，将国控断面水质目标分解下达到各县（市、区）和开发区", "对水质不达标断面实行“一断面一方案”，建立断面长制度", "将断面水质考核结果纳入生态环境保护“党政同责”考核"]),
        ("城镇污水处理提质增效推进缓慢，部分污水处理厂进水浓度偏低", "该问题已完成整改。", "done",
         ["实施城区污水管网排查修复工程，完成管网检测412公里，修复破损管段23公里", "推进污水处理厂进水浓度提升行动，主城区3座污水处理厂进水化学需氧量平均浓度提高至218毫克/升"]),
        ("农村生活污水治理设施运行维护不到位", "该问题正在整改中。", "in_progress",
         ["对已建成的农村生活污水处理设施开展全面排查，排查设施356座，其中正常运行301座", "对55座运行不正常的设施制定分类处置方案，已修复31座", "推行县域统一运维模式，2个县已完成运维服务采购"]),
        ("部分水污染防治专项资金闲置", "该问题已完成整改。", "done",
         ["市财政局收回闲置超过2年的专项资金2860万元，统筹用于水污染防治重点项目", "建立专项资金支出进度月通报制度"]),
        ("入河排污口排查整治进度滞后", "该问题正在整改中。", "in_progress",
         ["完成全市入河排污口排查，共排查出排污口1127个，已完成溯源1093个", "制定“一口一策”整治方案，已整治完成684个，其余按计划于2024年底前完成"]),
    ]
    body, probs = [], []
    for i, (title, st_text, st, ms) in enumerate(items, 1):
        mt = "。".join(joinm(ms, "shi")) + "。"
        body += [f"（{'一二三四五'[i-1]}）{title}。", st_text + mt]
        probs.append(prob(i, None, title, st, mt, len(ms)))
    text = "\n".join([
        "湄水市人民政府关于2023年水污染防治专项审计调查发现问题整改情况的函",
        ",日前,湄水市人民政府发布关于2023年水污染防治专项审计调查发现问题整改情况的函,详情如下:",
        "湄水市人民政府关于2023年水污染防治专项审计调查发现问题整改情况的函",
        "省审计厅：",
        "《省审计厅专项审计调查报告》（湄审报〔2023〕7号）通报了2023年全省水污染防治专项审计调查情况，根据湄审报〔2023〕7号文要求，我市高度重视，立即组织部署相关单位从严从实从快推进存在问题整改。现将整改情况函告如下：",
        "一、总体情况",
        "为切实抓好存在问题整改，我市结合实际，及时制定印发了《湄水市水污染防治专项审计调查发现问题整改方案》（湄府办函〔2023〕112号），明确每个问题的整改措施、整改时限和责任单位，按短期攻坚、中期推进和长期坚持三个阶段，紧盯时间节点，倒排工期，分步推进。此次专项审计调查发现问题涉及我市的共五类18个具体问题，已完成整改13个，其余5个正在整改中。以下为各类问题的整改情况。",
        "二、具体整改情况",
        *body,
        "三、下一步工作",
        "我市将继续加大整改力度，对正在整改的问题实行挂账督办，确保按期完成；同时举一反三，建立健全水污染防治长效机制，巩固整改成果。",
        "特此函告。",
        "湄水市人民政府",
        "2023年11月20日",
        "（此件公开发布）",
        "免责声明：本站所转载内容均来源于网络，仅供参考，如有侵权请联系删除。",
        "上一篇：湄水市2023年第三季度环境空气质量状况  下一篇：关于公开征求《湄水市河道管理条例（草案）》意见的公告",
    ])
    t = truth("bulletin", "湄水市人民政府关于2023年水污染防治专项审计调查发现问题整改情况的函", "湄水市人民政府", "2023-11-20",
              ["省审计厅", "湄水市", None, None, None], [18, 13, None, None, None], probs,
              ["Traditional-character copy (OpenCC s2t) on a news-aggregator mirror; the truth is in simplified characters.",
               "Mirror chrome: a line starting with a stray ASCII comma ',日前,…详情如下:', the title printed twice, a disclaimer and previous/next links.",
               "Five problems (一)-(五) are one per category type ('共五类18个具体问题'); no category headings, so category is null.",
               "Status is the first sentence of each item ('该问题已完成整改。' / '该问题正在整改中。') followed directly by 一是/二是 measures.",
               "Headline '共五类18个具体问题，已完成整改13个' counts problems that are not itemised."])
    return stem, "trad", text, t


# ============================================================================= 11 dates and parties in prose
@doc
def d11():
    stem = "bw4_11_prose_dates"
    items = [
        ("城区雨污分流改造进展滞后，老城区雨季污水溢流问题突出", "目前，该问题已完成整改。", "done", "shi",
         ["2023年3月启动老城区雨污分流三期工程，完成管网改造14.2公里", "在4处易溢流节点新建调蓄池，总容积1.1万立方米", "汛期实行“一点一策”值守，今年5月以来未再发生污水溢流"]),
        ("安平经济开发区部分企业挥发性有机物治理设施简易低效", "目前，该问题已完成整改。", "done", "circle",
         ["对开发区46家涉挥发性有机物企业开展“一企一策”治理评估", "淘汰光氧催化、低温等离子等简易低效治理设施19套", "对9家企业实施活性炭吸附+催化燃烧升级改造", "将重点企业纳入在线监控"]),
        ("建筑垃圾消纳场选址不合理，违规占用林地", "目前，该问题正在整改中。", "in_progress", "shi",
         ["关停违规占用林地的消纳场1处，恢复林地植被2.3公顷", "启动新消纳场选址论证，已完成用地预审"]),
        ("畜禽养殖粪污资源化利用率不高", "目前，该问题已完成整改。", "done", "shi",
         ["全市规模养殖场粪污处理设施装备配套率达到100%", "建成粪污集中处理中心2个，畜禽粪污综合利用率提高到91%", "对3家粪污直排养殖场依法立案处罚"]),
    ]
    body, probs = [], []
    for i, (title, st_text, st, style, ms) in enumerate(items, 1):
        mt = ("；".join(joinm(ms, "shi")) + "。") if style == "shi" else ("；".join(joinm(ms, "circle")) + "。")
        body += [f"（{'一二三四'[i-1]}）关于“{title}”问题的整改情况", st_text + mt]
        probs.append(prob(i, "督察反馈问题整改情况", title, st, mt, len(ms)))
    text = "\n".join([
        "安平市贯彻落实省生态环境保护督察反馈意见整改进展情况",
        "",
        "2022年9月7日至9月26日，省第二生态环境保护督察组对安平市开展了督察，并于2023年1月11日向市委、市政府反馈了督察意见。市委、市政府于1月13日召开专题会议研究部署整改工作，2月24日印发《安平市贯彻落实省生态环境保护督察反馈意见整改方案》，明确了整改目标、整改措施、责任单位和整改时限。现将整改进展情况公布如下。",
        "一、整改工作推进情况",
        "市委书记、市长多次深入一线调研督导整改工作，市委常委会会议、市政府常务会议先后8次专题研究督察整改。市督察整改工作领导小组坚持“周调度、月通报、季考核”，对进度滞后的2个县（市、区）发出督办函，约谈相关负责人3人。市人大常委会、市政协分别于4月18日和5月9日组织开展了专项视察。",
        "各县（市、区）和市直有关部门对照整改方案，逐项细化整改措施，建立“一个问题、一名牵头领导、一个责任单位、一套整改方案、一抓到底”的工作机制。市纪委监委将督察整改纳入政治监督重点内容，对整改中不作为、慢作为的4名干部进行了问责。市委宣传部在市级媒体开设“督察整改进行时”专栏，刊发整改报道36篇，营造了全社会关心支持督察整改的良好氛围。",
        "督察反馈的4个方面问题中，已完成整改3个，1个正在按计划推进。督察期间交办的群众信访举报件223件，已全部办结。",
        "二、督察反馈问题整改情况",
        *body,
        "三、下一步工作",
        "下一步，我市将严格对照整改方案，对尚未完成的整改任务盯紧时间节点，加快推进，确保按期完成；对已完成的整改任务开展“回头看”，防止问题反弹。欢迎社会各界监督。",
        "",
        "安平市生态环境保护督察整改工作领导小组办公室",
        "2023年7月20日",
    ])
    t = truth("bulletin", "安平市贯彻落实省生态环境保护督察反馈意见整改进展情况", "安平市生态环境保护督察整改工作领导小组办公室", "2023-07-20",
              ["省第二生态环境保护督察组", "安平市", "2022-09-07", "2022-09-26", "2023-01-11"], [4, 3, None, None, None], probs,
              ["Dates and parties given in prose ('2022年9月7日至9月26日，省第二生态环境保护督察组对安平市开展了督察，并于2023年1月11日…反馈').",
               "Other prose dates ('1月13日', '2月24日', '4月18日', '5月9日', '今年5月') are not inspection dates.",
               "Problems use the '关于“…”问题的整改情况' wrapper with (一)-(四) numbering; category is the section heading '督察反馈问题整改情况'.",
               "Problem 2 lists measures with ①-④; the others with 一是/二是.",
               "'群众信访举报件223件' is not a problem count."])
    return stem, "txt", text, t


# ============================================================================= 12 专项检查 通报: 存在问题 then 整改要求 (problems without measures)
@doc
def d12():
    stem = "bw4_12_special_check"
    items = [
        ("整改台账管理不规范", "部分单位整改台账未按“问题—措施—时限—责任人—完成情况”要素填写，有的台账长期未更新，完成情况与佐证材料不一致。如某单位台账显示已完成的问题，佐证材料仅为一份会议通知。"),
        ("整改措施针对性不强", "有的单位整改措施照搬照抄巡察反馈意见原文，“加强学习”“严格管理”等表述较多，缺少可检验的具体举措和量化标准。"),
        ("立行立改问题整改不彻底", "个别单位对巡察期间移交的立行立改问题仅作表面处理，如对违规发放的津补贴只退还了部分款项，未按要求全部清退到位。"),
        ("建章立制后执行不严", "部分单位整改期间新建制度较多，但制度出台后缺乏宣传和执行检查，存在“制度挂在墙上、锁在柜里”的现象。"),
        ("整改进展报送不及时", "有的单位未按要求在每月5日前报送整改进展，全年迟报、漏报累计达11次。"),
        ("整改成果运用不充分", "部分单位未将巡察整改情况纳入领导班子民主生活会对照检查内容，未对整改中发现的共性问题举一反三开展自查。"),
    ]
    body, probs = [], []
    for i, (head, detail) in enumerate(items, 1):
        body.append(f"{i}.{head}：{detail}")
        # the title keeps the label and its statement (the corpus schema: the problem statement; as blind10's real
        # 1.label:statement items) — changed by the lead after the first run, see FIRST_RUN_blindwritten4.txt
        probs.append(prob(i, "存在问题", f"{head}：{detail}".rstrip("。"), None, "", 0))
    text = "\n".join([
        "中共桐岭县委巡察工作领导小组办公室",
        "关于2024年第一季度巡察整改落实情况专项检查的通报",
        "",
        "各乡镇党委，县直各单位党组（党委）：",
        "为推动巡察整改责任落实，巩固深化巡察成果，2024年3月4日至3月22日，县委巡察办会同县纪委监委党风政风监督室、县委组织部干部监督股组成3个专项检查组，对县委第八轮、第九轮巡察的17个被巡察党组织整改落实情况开展了专项检查。现将检查情况通报如下：",
        "此次检查采取听取汇报、查阅资料、个别谈话、实地查看、随机走访等方式进行，共查阅整改台账、会议记录、制度文件等资料1200余份，个别谈话86人次，实地查看整改项目23个，走访服务对象和群众61人次。",
        "一、基本情况",
        "从检查情况看，大部分被巡察党组织能够高度重视巡察整改工作，及时召开整改专题会议，制定整改方案，建立整改台账，反馈问题整改总体进展顺利。县交通运输局、县住房和城乡建设局、城关镇等单位整改责任落实到位，整改台账规范，佐证材料齐全，整改成效明显。但检查中也发现，部分单位仍存在整改不深入、不彻底等问题。此次检查共发现问题21个，归纳起来主要有以下6个方面。",
        "二、存在问题",
        *body,
        "三、整改要求",
        "（一）提高思想认识。各被巡察党组织要切实履行整改主体责任，党组织书记要亲自抓、负总责，坚决防止表面整改、敷衍整改、虚假整改。",
        "（二）抓好问题整改。对此次检查发现的问题，各相关单位要逐条对照，认真制定整改措施，于2024年4月30日前将整改情况书面报县委巡察办。",
        "（三）建立长效机制。各单位要对照检查发现的问题举一反三，对整改中新建的制度开展一次执行情况评估，对执行不到位的制度及时修订完善，推动整改成果制度化、常态化。",
        "（四）强化结果运用。县委巡察办将把此次检查情况纳入年度巡察整改考核，对整改不力、敷衍塞责的单位，提请县纪委监委严肃问责。",
        "",
        "中共桐岭县委巡察工作领导小组办公室",
        "2024年4月2日",
    ])
    t = truth("bulletin", "中共桐岭县委巡察工作领导小组办公室关于2024年第一季度巡察整改落实情况专项检查的通报", "中共桐岭县委巡察工作领导小组办公室", "2024-04-02",
              ["县委巡察办", "县委第八轮、第九轮巡察的17个被巡察党组织", "2024-03-04", "2024-03-22", None], [21, None, None, None, None], probs,
              ["Special-check bulletin: '二、存在问题' lists six '1.标题：说明' items; the title is the whole statement, label and explanation (lead's convention fix after the first run).",
               "The problems have no measures (measure_count 0) and no status; '三、整改要求' (一)-(三) are requirements addressed to all units, not measures.",
               "Headline: '共发现问题21个，归纳起来主要有以下6个方面' — 21 is the document's own total, only 6 groups are listed.",
               "The inspector is the 县委巡察办 with two other offices (three check teams); feedback date not stated.",
               "'如某单位台账显示…' example inside problem 1 names no unit."])
    return stem, "txt", text, t


# ============================================================================= 13 one problem in labelled fields (docx)
@doc
def d13():
    stem = "bw4_13_labelled_fields"
    title = "县教育体育局对学校食堂食品安全和膳食经费管理监管不到位，部分学校食堂承包经营，膳食经费与学校其他经费混用，2022年抽查的14所学校中有5所未执行陪餐制度"
    ms = ["全面收回4所学校食堂的承包经营权，全县中小学食堂全部实行自主经营或由县教育后勤服务中心统一托管。",
          "制定《桐岭县中小学校膳食经费管理办法》，膳食经费实行专户核算、单独管理，每学期向家长公示收支情况。",
          "严格落实学校负责人陪餐制度，陪餐情况纳入学校年度考核，县教育体育局每月随机抽查不少于10所学校。",
          "会同县市场监督管理局开展校园食品安全专项检查2轮，检查学校食堂86所，发现问题31个，已全部整改。",
          "对监管不力的2名股室负责人、对违规混用膳食经费的1名学校负责人进行诫勉谈话。"]
    mt = "\n".join(joinm(ms, "dot"))
    blocks = [
        ("title", "县委巡察反馈问题整改情况报告单"),
        ("p", "报送单位（盖章）：桐岭县教育体育局                报送日期：2024年1月8日"),
        ("p", "问题来源：县委第一巡察组2023年7月对县教育体育局党组巡察反馈意见"),
        ("p", "问题序号：第12号"),
        ("p", "问题类别：群众身边腐败问题和不正之风方面"),
        ("p", "问题描述：" + title + "。"),
        ("p", "整改目标：规范学校食堂经营管理和膳食经费使用，陪餐制度执行率达到100%。"),
        ("p", "整改措施："),
    ] + [("p", line) for line in mt.split("\n")] + [
        ("p", "责任领导：县教育体育局党组副书记、局长  刘建平"),
        ("p", "责任单位：县教育体育局、县财政局、县市场监督管理局"),
        ("p", "整改时限：2023年12月31日前完成，长期坚持"),
        ("p", "整改进展：已完成整改。"),
        ("p", "整改情况说明：巡察反馈后，局党组将该问题列为重点督办事项，由局长牵头领办，分管副局长具体负责，局计划财务股、体育卫生艺术股和县教育后勤服务中心共同推进。截至2023年12月31日，全县128所中小学校（含教学点）食堂全部实行自主经营或统一托管，膳食经费全部纳入专户核算，各校均已于2023年秋季学期末向家长公示膳食经费收支情况；县教育体育局对陪餐制度执行情况开展随机抽查4次，抽查学校47所次，陪餐记录完整率100%。通过整改，学生家长对学校食堂的满意度由整改前的81.6%提高到95.3%。"),
        ("p", "审核意见（县教育体育局党组）：经党组会议研究，认为该问题整改措施已全部落实，整改目标已实现，同意申请销号。"),
        ("p", "审核意见（县委巡察办）：（空白）"),
        ("p", "佐证材料：1.食堂承包合同解除协议；2.《桐岭县中小学校膳食经费管理办法》；3.陪餐记录抽查表；4.专项检查通报；5.诫勉谈话记录。"),
        ("p", "申请销号意见：该问题已按整改方案完成整改，申请销号。"),
        ("right", "单位主要负责人（签字）：刘建平"),
        ("right", "2024年1月8日"),
    ]
    p = prob(12, "群众身边腐败问题和不正之风方面", title, "done", mt, len(ms),
             ["县教育体育局", "县财政局", "县市场监督管理局"], "2023年12月31日前完成，长期坚持")
    t = truth("bulletin", "县委巡察反馈问题整改情况报告单", "桐岭县教育体育局", "2024-01-08",
              ["县委第一巡察组", "县教育体育局党组", None, None, None], [None, None, None, None, None], [p],
              ["A single problem given in labelled fields (问题序号 / 问题类别 / 问题描述 / 整改目标 / 整改措施 / 责任领导 / 责任单位 / 整改时限 / 整改进展 / 佐证材料).",
               "seq from '问题序号：第12号'; category from '问题类别'; title is the 问题描述 without the final 。.",
               "Measures are 1.-5. on separate paragraphs after '整改措施：'; the 佐证材料 list 1.-5. on one line is not measures.",
               "Deadline combines a date and 长期坚持 ('2023年12月31日前完成，长期坚持'); status 已完成整改 → done.",
               "The inspection month only ('2023年7月') is given; the form is dated 2024年1月8日 twice (header and signature)."])
    return stem, "docx", blocks, t


# ============================================================================= 14 aggregator mirror: masked years, (略) cuts, runs of ?
@doc
def d14():
    stem = "bw4_14_aggregator_mirror"
    C1, C2 = "政治监督方面", "全面从严治党方面"
    items = [
        (C1, "对农资保供稳价工作重视不够，部分基层网点化肥储备不足", "done",
         ["制定化肥淡季储备工作方案，落实储备任务1.2万吨", "对12个基层网点开展库存核查，补足储备缺口", "建立农资价格周监测制度"]),
        (C1, "社有资产监管不力，部分门面房长期低价出租", "in_progress",
         ["对社有门面房进行全面清查，共清查门面房86间", "对低于市场价出租的23间门面房，合同到期后一律公开招租，已完成公开招租9间", "委托第三方评估机构确定租金指导价"]),
        (C2, "党组落实主体责任有差距，对下属企业监督缺位", "done",
         ["党组每半年听取一次下属企业党风廉政建设情况汇报", "向下属企业派驻监事，列席企业重要会议"]),
        (C2, "财务管理不规范，存在白条入账", "done",
         ["对(略)年以来的财务凭证进行全面清理，规范白条入账凭证17张", "修订财务管理制度，实行报销审批“双签”", "组织财务人员参加业务培训"]),
        (C2, "公务用车管理不严，存在公车私用现象", None,
         ["对公车使用情况进行专项检查"]),
    ]
    body, probs = [], []
    last = None
    for i, (cat, title, st, ms) in enumerate(items, 1):
        if cat != last:
            body.append(f"（{'一二'[0 if cat == C1 else 1]}）{cat}")
            last = cat
        mt = "；".join(joinm(ms, "shi")) + ("。" if i < 5 else "，(略)")
        tail = {"done": "该问题已完成整改。", "in_progress": "该问题正在整改中。", None: ""}[st]
        title = title + "的问题"  # schema: only the 关于“…”问题的整改 wrapper is stripped; a bare '…的问题' heading stays whole
        body.append(f"{i}.{title}。")
        body.append(f"??整改情况：{mt}{tail}")
        probs.append(prob(i, cat, title, st, mt, len(ms)))
    text = "\n".join([
        "桐岭县供销合作社联合社党组关于县委第五巡察组巡察反馈意见整改进展情况的通报 - 其他公告 - 招采云信息网",
        "首页 > 招标信息 > 其他公告 > 湖南省",
        "发布时间：2024-01-15",
        "项目编号：(略)    招标单位：(略)    所属地区：湖南 桐岭",
        "【温馨提示】本信息来源于公开网络，仅供会员参考，具体内容以发布机构原文为准。",
        "",
        "中共桐岭县供销合作社联合社党组关于县委第五巡察组巡察反馈意见整改进展情况的通报",
        "按照县委统一部署， * 年4月17日至6月16日，县委第五巡察组对县供销合作社联合社党组开展了常规巡察， * 年8月2日反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
        "一、???提高政治站位，加强组织领导",
        "??社党组召开专题会议研究部署巡察整改工作，成立以党组书记、理事会主任为组长的整改工作领导小组，制定整改方案，建立问题、任务、责任“三张清单”，逐项明确责任领导、责任科室和整改时限。党组书记履行第一责任人职责，带头领办重点问题。(略)",
        "二、???巡察反馈问题整改情况",
        "??县委第五巡察组反馈问题2个方面5个，截至 * 年12月底，已完成整改3个，其余2个正在持续推进。",
        *body,
        "",
        "……（以上为部分内容，查看完整信息请登录或注册会员）",
        "联系人：(略)   联系电话：(略)",
        "相关推荐：桐岭县供销合作社农资仓库维修项目询价公告  桐岭县2024年化肥淡季储备承储企业遴选公告",
    ])
    t = truth("bulletin", "中共桐岭县供销合作社联合社党组关于县委第五巡察组巡察反馈意见整改进展情况的通报", "中共桐岭县供销合作社联合社党组", "2024-01-15",
              ["县委第五巡察组", "县供销合作社联合社党组", None, None, None], [5, 3, None, None, None], probs,
              ["Copy on a tender/aggregator site: page title with site suffix, breadcrumb, '项目编号：(略) 招标单位：(略)' meta lines, membership prompt and recommended links.",
               "Years are masked as ' * 年' (inspection and feedback), so the inspection dates cannot be resolved: start, end and feedback_date are null.",
               "'(略)' cuts text in section 一, in problem 4's measures ('(略)年以来') and truncates problem 5 after its first measure; problem 5 has no status.",
               "Runs of '?' where indentation/spacing was lost ('一、???提高…', '??整改情况：').",
               "No signature survives; report_date is the page 发布时间 (2024-01-15).",
               "Headline '反馈问题2个方面5个…已完成整改3个'."])
    return stem, "txt", text, t


# ============================================================================= 15 town party committee 整改方案 (plan), docx
@doc
def d15():
    stem = "bw4_15_town_plan"
    SEC = "反馈问题、原因分析及整改措施"
    items = [
        ("理论学习不深入、学用结合不紧密的问题",
         "镇党委理论学习中心组学习以传达文件、集中读报为主，研讨交流少，2022年全年专题研讨仅2次；班子成员运用党的创新理论指导乡村振兴工作的能力不足。",
         "镇党委对理论学习的重要性认识不足，重业务轻学习；学习计划制定不科学，缺乏督促检查。",
         ["制定镇党委理论学习中心组年度学习计划，每月集中学习不少于1次，每季度开展专题研讨不少于1次",
          "班子成员每人每年围绕乡村振兴确定1个调研课题，形成调研报告",
          "将学习情况纳入班子成员年度述职内容"],
         "镇党委书记  陈志远", "镇党政办", "2024年3月底前，长期坚持"),
        ("落实意识形态工作责任制不到位的问题",
         "镇党委未按要求每半年专题研究意识形态工作，村级宣传阵地管理不规范，部分村宣传栏内容长期未更新。",
         "镇党委对意识形态工作重视不够，责任分工不明确，日常检查缺失。",
         ["镇党委每半年专题研究一次意识形态工作，形成会议纪要",
          "建立村级宣传阵地台账，明确专人管理，宣传栏内容每月更新",
          "将意识形态工作纳入村党组织书记抓党建述职评议"],
         "镇党委副书记  黄敏", "镇宣传办、各村党组织", "2024年2月底前"),
        ("村级集体经济发展薄弱、“空壳村”仍然存在的问题",
         "全镇14个行政村中，年集体经营性收入低于5万元的村有4个，部分村集体经济项目选择盲目，效益不佳。",
         "镇党委对发展壮大村级集体经济统筹谋划不够；部分村党组织书记发展意识不强、办法不多。",
         ["制定《白沙镇发展壮大村级集体经济三年行动方案》，“一村一策”确定发展路径",
          "整合上级扶持资金和镇级配套资金，2024年重点扶持4个薄弱村发展光伏、物业出租等项目",
          "开展村党组织书记能力提升培训",
          "对村集体经济项目实行镇领导包联"],
         "镇党委副书记、镇长  王海涛", "镇经济发展办、镇农业农村办", "2024年12月底前"),
        ("落实中央八项规定精神不够严格的问题",
         "镇机关食堂存在公务接待无公函、无清单现象；个别村存在以会议名义列支餐费的情况。",
         "镇党委对作风建设抓得不严不实，财务审核把关不严，监督检查不经常。",
         ["严格执行公务接待“三单合一”制度，无公函一律不予接待",
          "镇纪委对各村2021年以来的招待费、会议费支出开展专项检查，发现违规问题严肃处理",
          "每季度开展一次作风建设明察暗访"],
         "镇党委委员、纪委书记  刘芳", "镇纪委、镇财政所", "立行立改，长期坚持"),
        ("基层党组织建设不够规范的问题",
         "部分村党支部“三会一课”记录不全，发展党员程序不规范，2个村党组织书记年龄偏大、后继乏人。",
         "镇党委对村党组织的指导和督促不够，村级后备力量培养机制不健全。",
         ["对14个村党支部组织生活记录开展全面检查，督促限期补正",
          "对2020年以来发展的党员档案开展专项审核",
          "实施村级后备力量“青苗计划”，每村储备后备干部不少于2名"],
         "镇党委副书记  黄敏", "镇党建办、各村党组织", "2024年6月底前"),
    ]
    blocks = [
        ("title", "中共白沙镇委员会"),
        ("title", "关于落实县委第四巡察组反馈意见的整改方案"),
        ("p", "根据县委统一部署，2023年9月18日至11月17日，县委第四巡察组对白沙镇党委进行了常规巡察，并于2023年12月22日向镇党委反馈了巡察意见。为认真抓好巡察反馈问题整改落实，结合我镇实际，制定本方案。"),
        ("p", "一、指导思想"),
        ("p", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持把巡察整改作为重大政治任务，以整改促提升，以整改促发展，确保巡察反馈问题件件有着落、事事有回音。"),
        ("p", "二、组织领导"),
        ("p", "成立镇巡察整改工作领导小组，由镇党委书记任组长，镇党委副书记、镇长任常务副组长，其他班子成员任副组长，各办（所、站）负责人为成员。领导小组办公室设在镇党政办，负责整改工作的统筹协调和督促检查。"),
        ("p", "三、" + SEC),
        ("p", "县委第四巡察组反馈问题5个，镇党委全部认领，逐一分析原因，制定整改措施如下："),
    ]
    probs = []
    for i, (head, show, cause, ms, lead, units, dl) in enumerate(items, 1):
        mt = "\n".join(joinm(ms, "dot"))
        blocks += [
            ("p", f"（{'一二三四五'[i-1]}）{head}"),
            ("p", "主要表现：" + show),
            ("p", "原因分析：" + cause),
            ("p", "整改措施："),
        ] + [("p", line) for line in mt.split("\n")] + [
            ("p", "责任领导：" + lead),
            ("p", "责任单位：" + units),
            ("p", "整改时限：" + dl),
        ]
        probs.append(prob(i, SEC, head, None, mt, len(ms), units.split("、"), dl))
    blocks += [
        ("p", "四、工作要求"),
        ("p", "（一）提高思想认识。全镇各级党组织和党员干部要把思想和行动统一到县委的部署要求上来，以高度的政治自觉抓好整改落实。"),
        ("p", "（二）严格整改时限。各责任单位要按照本方案确定的时限完成整改，每月25日前向镇整改办报送整改进展。"),
        ("p", "（三）强化督促问责。镇纪委对整改工作全程监督，对整改不力、敷衍塞责的严肃追责问责。"),
        ("right", "中共白沙镇委员会"),
        ("right", "2024年1月19日"),
    ]
    t = truth("plan", "中共白沙镇委员会关于落实县委第四巡察组反馈意见的整改方案", "中共白沙镇委员会", "2024-01-19",
              ["县委第四巡察组", "白沙镇党委", "2023-09-18", "2023-11-17", "2023-12-22"], [5, None, None, None, None], probs,
              ["Town party committee 整改方案 (plan): problems are '（一）…的问题' headings, each followed by 主要表现 / 原因分析 (causes, not measures) / 整改措施 1.-n. / 责任领导 / 责任单位 / 整改时限.",
               "Status is null throughout (a plan states no progress).",
               "Responsible units include '各村党组织'; 责任领导 lines name persons and are not units.",
               "Section '四、工作要求' (一)-(三) are general requirements, not problems.",
               "Title split over two lines (issuer + title)."])
    return stem, "docx", blocks, t


# ============================================================================= 16 table of problems pasted as text (tabs / spaces)
@doc
def d16():
    stem = "bw4_16_pasted_table"
    rows = [
        ("河长制工作推进不力，部分河段“清四乱”不彻底", ["对全县38条河流开展“清四乱”再排查，清理乱堆乱建问题27处", "建立河湖问题发现、交办、整改、销号闭环机制"], "河湖股", "2023年10月底前", "已完成", "done"),
        ("农村饮水安全工程维护管理不到位，部分集中供水工程水质检测频次不足", ["制定农村供水工程运行管理办法", "委托第三方每季度开展一次水质检测，检测结果向群众公示", "落实管护人员82名"], "农水股、县供水公司", "2023年12月底前", "已完成", "done"),
        ("水利工程建设项目招投标监管不严", ["对2020年以来的41个水利建设项目招投标资料开展专项检查", "对发现的3个项目评标程序不规范问题，约谈项目法人", "推行水利工程电子招投标"], "建管股", "2023年11月底前", "已完成", "done"),
        ("水土保持监管存在薄弱环节，生产建设项目水保方案审批后跟踪监管缺失", ["建立生产建设项目水土保持监管台账，纳入监管项目56个", "利用遥感监管开展图斑核查"], "水保股", "2024年6月底前", "正在推进", "in_progress"),
        ("局党组落实全面从严治党主体责任有差距", ["党组每季度专题研究党风廉政建设工作", "开展廉政风险点排查，制定防控措施"], "办公室、机关党委", "长期坚持", "长期坚持", "long_term"),
        ("干部教育培训针对性不强", ["制定年度干部教育培训计划", "举办水利业务培训班4期"], "人事股", "2023年12月底前", "已完成", "done"),
        ("防汛物资储备管理不规范，部分物资账实不符", ["对县级防汛物资仓库开展全面盘点，补充采购冲锋舟2艘、救生衣300件", "建立防汛物资出入库登记和定期轮换制度", "每年汛前开展一次物资核查"], "水旱灾害防御股", "2023年9月底前", "已完成", "done"),
    ]
    lines, probs = [], []
    for i, (title, ms, units, dl, st_text, st) in enumerate(rows, 1):
        mt = "；".join(joinm(ms, "dot"))
        sep = "\t" if i % 3 else "    "
        lines.append(sep.join([str(i), title, mt, units, dl, st_text]))
        probs.append(prob(i, None, title, st, mt, len(ms), units.split("、"), dl))
    text = "\n".join([
        "桐岭县水利局关于县委第三巡察组反馈意见整改情况的报告",
        "",
        "县委巡察工作领导小组：",
        "2023年4月3日至5月26日，县委第三巡察组对县水利局党组开展了巡察，于2023年7月11日反馈了巡察意见，共指出问题7个。局党组高度重视，召开专题会议逐条研究，制定整改方案，明确整改措施17条。截至2023年12月20日，7个问题已完成整改5个，正在推进1个，需长期坚持1个；17条整改措施已完成16条；建立完善制度6项。现将整改情况报告如下：",
        "一、整改工作开展情况",
        "局党组成立由党组书记任组长的整改工作领导小组，实行党组书记总负责、分管领导具体负责、责任股室抓落实的工作机制，每半月调度一次整改进度。派驻纪检监察组全程监督整改工作，对整改材料逐项审核把关。",
        "二、问题整改情况（见下表）",
        "",
        "序号\t问题描述\t整改措施\t责任股室\t整改时限\t完成情况",
        *lines,
        "",
        "三、下一步工作",
        "局党组将对正在推进和长期坚持的整改事项持续跟踪，巩固已完成事项的整改成效，防止问题反弹，以巡察整改推动水利事业高质量发展。",
        "",
        "中共桐岭县水利局党组",
        "2023年12月25日",
    ])
    t = truth("bulletin", "桐岭县水利局关于县委第三巡察组反馈意见整改情况的报告", "中共桐岭县水利局党组", "2023-12-25",
              ["县委第三巡察组", "县水利局党组", "2023-04-03", "2023-05-26", "2023-07-11"], [7, 5, 17, 16, 6], probs,
              ["The problems are a table pasted as plain text: header '序号 问题描述 整改措施 责任股室 整改时限 完成情况', one row per line.",
               "Columns are separated by tabs, except rows 3 and 6 where the tabs became four spaces.",
               "Measures are '1.…；2.…' inside the 整改措施 cell; units from the 责任股室 column (split on 、).",
               "Problem 5 has status and deadline both '长期坚持' (long_term).",
               "Title names 桐岭县水利局 while the signature is 中共桐岭县水利局党组; issuer taken from the signature (the report is the 党组's to the 领导小组) — judgment call.",
               "Measures total in headline (17) matches the rows (2+3+3+2+2+2+3)."])
    return stem, "txt", text, t


# ============================================================================= main


def main():
    tmp = Path(tempfile.mkdtemp(prefix="bw4_"))
    for fn in DOCS:
        stem, fmt, content, t = fn()
        for old in HERE.glob(stem + ".*"):
            old.unlink()
        if fmt in ("txt", "gb18030", "trad", "html"):
            plain = re.sub(r"<[^>]+>", "\n", content) if fmt == "html" else content
            check(stem, t, plain)
            if fmt == "txt":
                (HERE / f"{stem}.txt").write_text(content, encoding="utf-8")
            elif fmt == "gb18030":
                (HERE / f"{stem}.txt").write_bytes(content.encode("gb18030"))
            elif fmt == "trad":
                (HERE / f"{stem}.txt").write_text(to_trad(content), encoding="utf-8")
            else:
                (HERE / f"{stem}.html").write_text(content, encoding="utf-8")
        else:
            src = (HERE if fmt == "docx" else tmp) / f"{stem}.docx"
            plain = build_docx(src, content)
            check(stem, t, plain)
            if fmt == "pdf":
                soffice(src, "pdf", HERE)
            elif fmt == "html-lo":
                soffice(src, "html", HERE)
        write_truth(stem, t)
        print(stem, fmt, len(t["problems"]), "problems")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
