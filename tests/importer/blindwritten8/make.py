"""Generate blindwritten8: documents and truths from the same data.

Run from the worktree root:  .venv/bin/python tests/importer/blindwritten8/make.py
Every problem's measure_count is recounted from the rendered text slice of that
problem (independent regex recount); the script stops on disagreement.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
import openpyxl
from openpyxl.styles import Alignment
import opencc

OUT = Path(__file__).resolve().parent
CN = "零一二三四五六七八九十"


def cn(n):
    return CN[n] if n <= 10 else "十" + CN[n - 10]


# ---------------------------------------------------------------- measures
def render_measures(ms, style):
    """Return list of text lines for the measures, in the given style."""
    if style == "yishi":
        if len(ms) == 1:
            return [ms[0] + "。"]
        parts = [f"{cn(i + 1)}是{m}" for i, m in enumerate(ms)]
        return ["；".join(parts) + "。"]
    if style == "paren":
        return [f"（{i + 1}）{m}。" for i, m in enumerate(ms)]
    if style == "num":
        return [f"{i + 1}.{m}。" for i, m in enumerate(ms)]
    if style == "plain":
        assert len(ms) == 1
        return [ms[0] + "。"]
    raise ValueError(style)


def recount(lines):
    """Independent recount on the rendered text of one problem."""
    text = "\n".join(l for l in lines if not l.startswith("下一步"))
    yi = re.findall(r"(?:^|[；。，\n])\s*([一二三四五六七八九十]+)是", text)
    par = re.findall(r"(?m)^\s*[（(](\d+)[）)]", text)
    num = re.findall(r"(?m)^\s*(\d+)[\.．、](?!\d)", text)
    n = max(len(set(yi)), len(set(par)), len(set(num)))
    return n if n else 1


def check(label, lines, expected):
    got = recount(lines)
    if got != expected:
        sys.exit(f"RECOUNT MISMATCH {label}: data {expected} recount {got}\n" + "\n".join(lines))


def prob(seq, cat, title, status, ms, units=(), deadline=None):
    return dict(seq=seq, category=cat, title=title, status=status, ms=ms,
                units=list(units), deadline=deadline)


def truth_problem(p):
    return {"seq": p["seq"], "category": p["category"], "title": p["title"], "status": p["status"],
            "measure_count": len(p["ms"]), "responsible_units": p["units"], "deadline": p["deadline"]}


def write_truth(stem, kind, title, issuer, date, insp, head, problems, anomalies):
    t = {"kind": kind, "title": title, "issuer": issuer, "report_date": date,
         "inspection": dict(zip(["inspector", "inspected", "start", "end", "feedback_date"], insp)),
         "headline": dict(zip(["problems_total", "problems_done", "measures_total", "measures_done", "rules_made"], head)),
         "problems": [truth_problem(p) for p in problems], "anomalies": anomalies}
    (OUT / f"{stem}.truth.json").write_text(json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- writers
def add_page_footer(d):
    sec = d.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = 1
    p.add_run("— ")
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    p.add_run(" —")


def write_docx(path, lines, header=None, footer=True, bold=()):
    d = docx.Document()
    if header:
        d.sections[0].header.paragraphs[0].text = header
    if footer:
        add_page_footer(d)
    for l in lines:
        para = d.add_paragraph()
        r = para.add_run(l)
        if l in bold:
            r.bold = True
    d.save(path)
    return d


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docx_path.parent), str(docx_path)],
                   check=True, capture_output=True)
    docx_path.unlink()


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ================================================================ r01  docx  report body + 附件1 项目x.y
def r01():
    stem = "r01_report_annex_items"
    C1, C2, C3 = "贯彻落实党中央决策部署和上级要求方面", "履行全面从严治党责任方面", "落实中央八项规定精神和作风建设方面"
    P = [
        prob(1, C1, "学习贯彻习近平总书记关于治水重要论述不够深入，第一议题学习存在“照本宣科”现象", "done",
             ["修订局党组理论学习中心组学习制度，明确每季度围绕治水主题开展专题研讨不少于1次", "建立第一议题学习“学、研、用”清单，逐条明确贯彻举措和责任科室", "组织专题读书班2期，班子成员结合分管工作撰写心得体会9篇"],
             deadline="2023年9月底"),
        prob(2, C1, "河湖长制工作推进不平衡，部分乡镇河道“清四乱”问题反弹", "in_progress",
             ["对全县42条县级河道开展拉网式排查，建立问题清单并实行销号管理", "将“清四乱”反弹情况纳入乡镇河长制年度考核", "会同县城管局、自然资源局开展联合执法3次，清理违建堆场11处", "对排查发现的2处历史遗留侵占河道问题制定分年度清退计划"],
             deadline="2024年6月底"),
        prob(3, C1, "农村饮水安全工程后期管护薄弱，水质检测覆盖不全", "done",
             ["委托第三方检测机构对全县126处集中供水工程开展季度水质检测", "出台《岚江县农村供水工程运行管护办法》，明确管护主体和经费来源"],
             deadline="2023年10月底"),
        prob(1, C2, "党组主体责任压得不实，对下属单位管党治党督促指导不够", "done",
             ["制定党组落实全面从严治党主体责任清单，细化班子成员“一岗双责”任务28项", "建立党组书记与下属单位主要负责人年度谈心谈话制度", "开展下属单位党建工作专项检查1次，反馈问题17个并督促整改"],
             deadline="立行立改，长期坚持"),
        prob(2, C2, "廉政风险防控不到位，工程建设领域风险点排查不全面", "basic",
             ["梳理工程招投标、质量监管、资金拨付等环节廉政风险点46个，制定防控措施", "开展水利工程项目专项审计，对2020年以来竣工的15个项目进行复核"],
             deadline="2023年12月底"),
        prob(3, C2, "巡察、审计发现问题整改不彻底，存在“纸面整改”", "in_progress",
             ["对近三年巡察、审计反馈问题逐项“回头看”，重新梳理未完成事项9项", "实行整改事项挂图作战，每月调度一次，未达序时进度的由分管领导约谈"],
             deadline="长期坚持"),
        prob(1, C3, "公务用车管理不规范，存在派车单填写不全情况", "done",
             ["全面清查2022年以来派车记录，对填写不全的督促补齐并通报", "启用公务用车信息化管理平台，实行线上审批、轨迹留痕", "修订《局机关公务用车管理办法》"],
             deadline="2023年8月底"),
        prob(2, C3, "会议培训费支出把关不严，个别培训超标准列支", "done",
             ["对超标准列支的3笔培训费用进行清退，共计1.26万元", "修订局机关会议费、培训费管理规定，明确审批流程"],
             deadline="2023年8月底"),
        prob(3, C3, "基层减负落实不够，报表填报多头重复", "basic",
             ["对局机关各科室下发的报表进行清理，精简合并报表14张", "建立报表准入审核机制，新增报表须经局办公室审核"],
             deadline="2023年12月底"),
        prob(4, C3, "干部作风转变不到位，服务群众主动性不够", "done",
             ["开展“进村入户办实事”活动，班子成员带队走访乡镇23个"],
             deadline="2023年9月底"),
        prob(5, C3, "小型水利工程项目资金拨付滞后", "done",
             ["建立项目资金拨付周调度机制，对滞后项目逐一分析原因", "已拨付滞后资金836万元，拨付率达到100%"],
             deadline="2023年10月底"),
        prob(6, C3, "档案管理不规范，部分工程资料缺失", "in_progress",
             ["聘请专业档案整理机构对2018年以来工程档案进行整理", "制定工程档案归档清单，实行项目竣工前档案验收", "对缺失资料的4个项目逐一追溯补充"],
             deadline="2024年3月底"),
    ]
    status_word = {"done": "已完成整改", "in_progress": "持续推进中", "basic": "基本完成"}
    head = [
        "中共岚江县水利局党组",
        "关于县委第三巡察组反馈意见整改进展情况的报告",
        "",
        "县委巡察工作领导小组：",
        "2023年4月10日至5月25日，县委第三巡察组对县水利局党组开展了常规巡察，并于2023年7月6日反馈了巡察意见。局党组高度重视，坚持把巡察整改作为重大政治任务，对照反馈意见逐条制定整改措施，扎实推进整改落实。现将整改进展情况报告如下。",
        "一、整改工作组织开展情况",
        "（一）强化组织领导。巡察反馈后，局党组第一时间召开专题会议，成立由党组书记任组长的巡察整改工作领导小组，下设整改办公室，抽调业务骨干集中办公。党组书记切实履行第一责任人职责，先后主持召开党组会议6次，专题研究整改工作。",
        "（二）细化任务分工。对照反馈意见，制定《岚江县水利局党组落实县委第三巡察组反馈意见整改方案》，梳理形成问题清单、任务清单、责任清单，明确整改措施44条，逐项落实责任领导、责任科室和整改时限。",
        "（三）加强调度督办。实行整改台账管理和“月调度、季通报”制度，对进度滞后的事项及时提醒督办，确保整改有力有序推进。",
        "二、整改工作总体进展",
        "截至2023年11月15日，巡察反馈的3个方面共12个问题，已完成整改8个，基本完成2个，持续推进中2个；44条整改措施已完成38条；建立完善制度机制15项，清退违规资金1.26万元。具体问题整改进展情况详见附件1。",
        "三、下一步工作打算",
        "下一步，局党组将继续保持整改力度不减、标准不降，一是对尚未完成的问题紧盯不放，按照时间节点抓好落实；二是对已完成整改的问题开展“回头看”，防止问题反弹；三是注重建章立制，推动巡察整改成果转化为长效机制。",
        "",
        "附件：1.县委第三巡察组反馈问题整改进展情况",
        "",
        "中共岚江县水利局党组",
        "2023年11月20日",
        "",
        "附件1",
        "县委第三巡察组反馈问题整改进展情况（共12个问题）",
    ]
    lines = list(head)
    cats_done = []
    for i, p in enumerate(P):
        c = p["category"]
        if c not in cats_done:
            cats_done.append(c)
            lines.append(f"{cn(len(cats_done))}、{c}")
        ci = len(cats_done)
        label = f"项目{ci}.{p['seq']}" if (ci, p["seq"]) != (1, 2) else "项目l.2"  # OCR slip l for 1
        start = len(lines)
        lines.append(f"{label}：{p['title']}。")
        lines.append(f"整改时限：{p['deadline']}")
        lines.append(f"整改进展情况：{status_word[p['status']]}")
        lines += render_measures(p["ms"], "paren")
        check(f"{stem} {label}", lines[start:], len(p["ms"]))
    for p in P:
        p["status"] = "in_progress" if p["status"] == "basic" else p["status"]
    write_docx(OUT / f"{stem}.docx", lines)
    write_truth(stem, "bulletin", "中共岚江县水利局党组关于县委第三巡察组反馈意见整改进展情况的报告", "中共岚江县水利局党组",
                "2023-11-20", ["县委第三巡察组", "县水利局党组", "2023-04-10", "2023-05-25", "2023-07-06"],
                [12, 8, 44, 38, 15], P,
                ["problems only in 附件1 after the signature", "item labels 项目x.y; OCR slip 项目l.2",
                 "status 基本完成 mapped to in_progress", "headline 44 measures (plan) vs 29 listed in the annex", "title split over two lines", "next-step 一是二是 in body not counted"])
    return stem, "docx", "report body + 附件1 with 项目x.y items", len(P)


# ================================================================ r02  pdf  organisation first, problems in middle
def r02():
    stem = "r02_bulletin_problems_middle"
    A = "政治建设方面"
    B = "营商环境和市场监管履职方面"
    C = "干部队伍建设方面"
    P = [
        prob(1, A, "对食品安全“两个责任”落实督促不够", None,
             ["制定《梧桐市市场监管局落实食品安全“两个责任”工作方案》", "建立包保干部督导台账，全市3762名包保干部完成督导任务", "将“两个责任”落实情况纳入年度绩效考核"]),
        prob(2, A, "意识形态工作责任制落实不够到位", None,
             ["修订意识形态工作责任清单，明确班子成员责任", "每半年专题研判意识形态形势"]),
        prob(3, B, "“双随机、一公开”监管覆盖面不够，跨部门联合抽查比例偏低", None,
             ["调整抽查事项清单，新增抽查事项21项", "联合市税务局、市生态环境局等部门开展联合抽查36次，占比提升至41%", "对抽查结果全部在国家企业信用信息公示系统公示", "建立抽查结果与信用分级分类监管挂钩机制"]),
        prob(4, B, "特种设备安全隐患排查整治不彻底", None,
             ["对全市电梯、锅炉、压力容器开展隐患排查“回头看”，整改隐患214处"]),
        prob(5, B, "投诉举报处置时效不高，部分诉求按期办结率偏低", None,
             ["推行投诉举报“首接负责制”", "对超期未办结的工单逐件督办", "按期办结率由86.3%提升至98.7%"]),
        prob(6, C, "年轻干部培养使用力度不够", None,
             ["制定年轻干部培养计划，选派18名年轻干部到基层所、执法一线锻炼", "开展“业务大讲堂”12期"]),
        prob(7, C, "基层市场监管所执法人员业务能力参差不齐", None,
             ["组织执法人员全员轮训，考试合格率100%", "编印《基层执法常见问题汇编》", "开展案卷评查，评查案卷132卷"]),
    ]
    lines = [
        "中共梧桐市市场监督管理局党组",
        "关于市委巡察整改进展情况的通报",
        "",
        "根据市委巡察工作统一部署，2023年3月20日至5月19日，市委第二巡察组对市市场监督管理局党组开展了常规巡察。2023年7月11日，市委第二巡察组向局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
        "一、提高政治站位，扛牢整改政治责任",
        "局党组把抓好巡察整改作为检验“四个意识”的试金石，一是迅速召开党组会议，传达学习反馈意见，逐条对照认领；二是成立整改工作领导小组，党组书记亲自挂帅，班子成员分兵把口；三是制定整改方案，明确整改措施59项，形成“三张清单”；四是建立周报告、月通报机制，对进度滞后的科室亮灯预警。",
        "二、坚持问题导向，逐项推进整改落实",
    ]
    cats = []
    for p in P:
        if p["category"] not in cats:
            cats.append(p["category"])
            lines.append(f"（{cn(len(cats))}）{p['category']}")
        start = len(lines)
        lines.append(f"{p['seq']}.关于“{p['title']}”问题的整改情况")
        lines += render_measures(p["ms"], "yishi")
        check(f"{stem} {p['seq']}", lines[start:], len(p["ms"]))
    lines += [
        "三、巩固整改成果，建立健全长效机制",
        "通过巡察整改，局党组新建和修订完善制度机制23项，一是完善议事决策规则，二是健全执法监督机制，三是规范行政审批服务流程，推动形成用制度管人管事的长效机制。",
        "四、下一步工作打算",
        "下一步，局党组将一是持续压实整改责任，对已完成的整改事项适时组织“回头看”；二是对需长期坚持的整改事项，明确阶段目标，持续推进；三是强化成果运用，以巡察整改推动市场监管工作高质量发展。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0791-86312456；邮政信箱：梧桐市新城大道1号市市场监管局办公室。",
        "",
        "中共梧桐市市场监督管理局党组",
        "2023年10月9日",
    ]
    d = OUT / f"{stem}.docx"
    write_docx(d, lines, header="梧桐市市场监督管理局文件")
    to_pdf(d)
    write_truth(stem, "bulletin", "中共梧桐市市场监督管理局党组关于市委巡察整改进展情况的通报", "中共梧桐市市场监督管理局党组",
                "2023-10-09", ["市委第二巡察组", "市市场监督管理局党组", "2023-03-20", "2023-05-19", "2023-07-11"],
                [None, None, 59, None, 23], P,
                ["organisation section with 一是…四是 precedes the problem list (not problems)",
                 "rules-made section and next-step section with 一是二是 after the list (not problems)",
                 "PDF printed from Word: running header and — n — page numbers"])
    return stem, "pdf", "bulletin: organisation first, problems in middle under (一)(二), next steps last", len(P)


# ================================================================ r03  html  验收销号公示, one task
def r03():
    stem = "r03_signoff_notice_task10"
    p = prob(10, None, "城区部分老旧小区雨污混流，污水直排东溪河", "done",
             ["投资2860万元完成城区17个老旧小区雨污分流改造，新建污水管网12.6公里",
              "对东溪河沿线排口开展溯源排查，封堵非法排口9个",
              "建立排水户名录，实行排水许可动态管理",
              "经第三方检测，东溪河城区段断面水质连续三个月达到Ⅲ类标准"],
             units=["兴宁县住房和城乡建设局", "兴宁县生态环境局"], deadline="2023年12月底")
    body = [
        "兴宁县关于第二轮省级生态环境保护督察反馈意见整改任务（序号十）验收销号情况的公示",
        "根据《兴宁县生态环境保护督察整改验收销号办法》，县督察整改工作领导小组办公室组织对第二轮省级生态环境保护督察反馈意见整改任务（序号十）进行了验收。经现场核查、资料审核，该项任务已达到验收销号标准，拟予以销号。现将有关情况公示如下：",
        "一、整改任务",
        f"{p['title']}。",
        "二、责任单位",
        "牵头单位：兴宁县住房和城乡建设局；配合单位：兴宁县生态环境局。",
        "三、整改时限",
        "2023年12月底",
        "四、整改完成情况",
    ]
    s = len(body) - 6
    mlines = render_measures(p["ms"], "num")
    body += mlines
    check(stem, body[s:], 4)
    body += [
        "五、公示时间",
        "2024年3月15日至2024年3月21日（5个工作日）。",
        "公示期间，如有异议，请以书面形式向县督察整改工作领导小组办公室反映。联系电话：0797-2612345。",
        "兴宁县生态环境保护督察整改工作领导小组办公室",
        "2024年3月15日",
    ]
    html = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8"><title>' + esc(body[0]) + "_通知公告_兴宁县人民政府</title></head><body>",
            '<div class="top">兴宁县人民政府 | 无障碍 | 长者模式 | 登录 注册</div>',
            '<div class="nav">首页 &gt; 政务公开 &gt; 通知公告</div>',
            f'<h1 class="art-title">{esc(body[0])}</h1>',
            '<div class="info">发布时间：2024-03-15 09:30 来源：县生态环境局 浏览次数：327 【字体：大 中 小】 【打印】 【关闭】</div>',
            '<div class="content">']
    for l in body[1:]:
        html.append(f"<p>{esc(l)}</p>")
    html += ["</div>", '<div class="share">分享到：微信 微博 QQ空间</div>',
             '<div class="related">相关链接：<a href="#">兴宁县第二轮省级生态环境保护督察整改方案</a> <a href="#">关于整改任务（序号七）验收销号情况的公示</a></div>',
             '<div class="footer">主办：兴宁县人民政府办公室 ICP备案号：赣ICP备05001234号-1 网站标识码：3607990001 技术支持：某某网络</div>',
             "</body></html>"]
    (OUT / f"{stem}.html").write_text("\n".join(html), encoding="utf-8")
    write_truth(stem, "bulletin", body[0], "兴宁县生态环境保护督察整改工作领导小组办公室", "2024-03-15",
                [None, None, None, None, None], [None, None, None, None, None], [p],
                ["single-task 验收销号公示: one problem, seq from 序号十 in the title", "site chrome: nav, share, related links (mention 序号七), footer",
                 "units given as 牵头单位/配合单位 not (责任单位:…)"])
    return stem, "html", "验收销号公示 for one task (序号十), web page with chrome", 1


# ================================================================ r04  txt GB18030  quoted feedback item
def r04():
    stem = "r04_quoted_feedback_gb18030"
    lead = "第二轮中央生态环境保护督察反馈指出，"
    title = "湖山市部分工业园区污水处理设施运行不正常，园区污水集中处理厂进水浓度长期偏低，雨污管网混接错接问题突出"
    p = prob(None, None, title, "in_progress",
             ["对全市7个省级以上工业园区污水管网开展全面排查，排查管网186公里，发现混接错接点位413处，已完成整改389处",
              "对进水浓度偏低的3座园区污水处理厂实施提标改造，其中2座已完工投运",
              "建立园区企业“一企一管、明管输送”制度，完成132家企业改造",
              "将园区污水处理设施运行情况纳入园区综合考核，对考核靠后的2个园区进行约谈"],
             deadline="2024年12月底")
    lines = [
        "湖山市生态环境保护督察整改工作领导小组办公室",
        "关于湖山市工业园区污水收集处理问题整改情况的公示",
        "",
        "2021年4月6日至5月6日，第二轮第三批中央生态环境保护督察组对我省开展了督察，并于2021年7月14日反馈了督察意见。现将我市涉及的工业园区污水收集处理问题整改情况公示如下。",
        "",
        "　　" + lead + title + "。",
        "　　整改情况：",
    ]
    s = 5
    lines += render_measures(p["ms"], "yishi")
    lines += [
        "　　整改时限：2024年12月底",
        "　　整改进展：未完成，按序时推进。",
        "",
        "　　湖山市生态环境保护督察整改工作领导小组办公室",
        "　　2023年12月28日",
    ]
    check(stem, lines[s:], 4)
    (OUT / f"{stem}.txt").write_bytes("\r\n".join(lines).encode("gb18030"))
    write_truth(stem, "bulletin", "关于湖山市工业园区污水收集处理问题整改情况的公示", "湖山市生态环境保护督察整改工作领导小组办公室",
                "2023-12-28", ["第二轮第三批中央生态环境保护督察组", "我省", "2021-04-06", "2021-05-06", "2021-07-14"],
                [None, None, None, None, None], [p],
                ["GB18030-encoded text with CRLF and full-width indents", "single quoted feedback item (督察反馈指出，…) is the one problem; no number",
                 "status in prose: 未完成，按序时推进"])
    return stem, "txt (GB18030)", "公示 of one quoted feedback item", 1


# ================================================================ r05  docx  round summary, no problem list
def r05():
    stem = "r05_round_summary_no_list"
    lines = [
        "中共平阳市委巡察工作领导小组办公室",
        "关于十二届市委第五轮巡察整改情况的综述",
        "",
        "十二届市委第五轮巡察于2023年2月27日至4月28日对市发展和改革委员会等14个市直单位党组织开展了常规巡察，2023年6月上旬集中反馈了巡察意见。各被巡察党组织认真履行整改主体责任，整改工作取得阶段性成效。",
        "一、整改总体情况",
        "截至2023年12月31日，第五轮巡察反馈问题697个，已整改688个，整改完成率98.7%；制定整改措施1912条，已完成1876条；建立完善制度589项；推动解决群众急难愁盼问题126件，挽回经济损失2310.5万元。",
        "二、主要做法",
        "（一）压实整改主体责任。各被巡察党组织书记切实扛起第一责任人责任，召开整改专题民主生活会14次，逐项认领问题、研究措施。",
        "（二）强化日常监督。市纪委市监委、市委组织部对整改情况开展日常监督，对整改不力的2个单位进行了约谈。",
        "（三）推动举一反三。针对巡察中发现的共性问题，向市教育局、市卫生健康委等行业主管部门制发巡察建议书5份，推动开展专项整治3项。",
        "三、存在的不足",
        "从整改情况看，仍存在一些问题和不足。一是个别单位整改不够深入，存在重形式、轻实效现象，部分问题“点”上改了，“面”上还不够；二是少数单位对需长期坚持的整改事项跟踪不够，存在问题反弹风险；三是整改成果运用不够充分，以案促改、以改促治成效有待进一步提升。",
        "四、下一步工作",
        "1.持续加强整改监督，对未完成整改的9个问题实行挂牌督办。",
        "2.适时开展巡察整改“回头看”，对整改质量进行评估。",
        "3.推动巡察整改与日常监督贯通融合。",
        "",
        "中共平阳市委巡察工作领导小组办公室",
        "2024年1月18日",
    ]
    write_docx(OUT / f"{stem}.docx", lines)
    write_truth(stem, "bulletin", "中共平阳市委巡察工作领导小组办公室关于十二届市委第五轮巡察整改情况的综述",
                "中共平阳市委巡察工作领导小组办公室", "2024-01-18",
                [None, "市发展和改革委员会等14个市直单位党组织", "2023-02-27", "2023-04-28", None],
                [697, 688, 1912, 1876, 589], [],
                ["round summary: zero problems although 存在的不足 has 一是…三是 and 下一步工作 has 1.–3.",
                 "feedback date only as 6月上旬 (not a day): feedback_date null"])
    return stem, "docx", "round summary with headline figures and shortcomings, no problem list", 0


# ================================================================ r06  xlsx  ledger two-row header, merged category cells
def r06():
    stem = "r06_ledger_xlsx"
    A, B = "党的领导弱化，落实立德树人根本任务有差距", "全面从严治党不够有力"
    P = [
        prob(1, A, "课后服务质量不高，部分学校课后服务内容单一", "done",
             ["制定课后服务提质方案，推行“1+X”课程模式", "引进第三方机构开设科创、艺术课程42门"], ["基础教育科", "各中小学"], "2023年12月底"),
        prob(2, A, "思政课教师队伍配备不足", "in_progress",
             ["通过公开招聘补充专职思政课教师15名", "建立兼职思政课教师库", "开展思政课教师全员培训"], ["人事科"], "2024年8月底"),
        prob(3, A, "校园安全隐患排查不到位", "done",
             ["开展校园安全隐患大排查，整改隐患87处"], ["安全管理科", "各中小学"], "立行立改"),
        prob(4, B, "政府采购管理不规范，存在化整为零规避采购情况", "done",
             ["修订局机关及直属单位政府采购管理办法", "对2021年以来采购项目进行全面自查", "对相关责任人进行批评教育"], ["财务科", "审计科"], "2023年10月底"),
        prob(5, B, "教育收费监管存在薄弱环节", "long_term",
             ["开展教育收费专项检查", "公布收费项目和举报电话，接受社会监督"], ["财务科"], "长期坚持"),
    ]
    st = {"done": "已完成", "in_progress": "推进中", "long_term": "长期坚持"}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整改台账"
    ws.append(["中共东川区教育局党组落实区委第一巡察组反馈意见整改台账"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "问题类别", "反馈问题", "整改措施", "责任单位", "整改时限", "整改进展", None])
    ws.append([None, None, None, None, None, None, "完成情况", "进展说明"])
    for col in "ABCDEF":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("G2:H2")
    row = 4
    cat_rows = {}
    for p in P:
        mtxt = "\n".join(render_measures(p["ms"], "num"))
        check(f"{stem} {p['seq']}", [p["title"]] + mtxt.split("\n"), len(p["ms"]))
        ws.append([p["seq"], p["category"], p["title"], mtxt, "、".join(p["units"]), p["deadline"], st[p["status"]],
                   "按计划推进" if p["status"] != "done" else "已完成，资料已归档"])
        cat_rows.setdefault(p["category"], []).append(row)
        row += 1
    for c, rows in cat_rows.items():
        if len(rows) > 1:
            for r in rows[1:]:
                ws.cell(r, 2).value = None
            ws.merge_cells(f"B{rows[0]}:B{rows[-1]}")
    ws.append([])
    ws.append(["填报单位：东川区教育局党组（盖章）", None, None, None, "填报日期：2023年11月30日"])
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEFGH", [6, 18, 30, 50, 16, 12, 10, 16]):
        ws.column_dimensions[col].width = w
    wb.save(OUT / f"{stem}.xlsx")
    write_truth(stem, "bulletin", "中共东川区教育局党组落实区委第一巡察组反馈意见整改台账", "中共东川区教育局党组", "2023-11-30",
                ["区委第一巡察组", "东川区教育局党组", None, None, None], [None, None, None, None, None], P,
                ["xlsx ledger: two-row header (整改进展 over 完成情况/进展说明)", "category column merged vertically",
                 "measures as 1./2. inside one cell", "signing row at the bottom"])
    return stem, "xlsx", "台账 with two-row header and merged category cells", len(P)


# ================================================================ r07  html  traditional copy, audit headline
def r07():
    stem = "r07_audit_traditional_html"
    cc = opencc.OpenCC("s2t")
    C1, C2 = "预算执行和财政管理审计查出问题整改情况", "专项资金审计查出问题整改情况"
    P = [
        prob(1, C1, "部分预算单位年初预算编制不够精准，年中追加调整较多", "done",
             ["市财政局修订部门预算编制规程，强化项目库管理", "对追加调整超过20%的8个单位进行通报"]),
        prob(2, C1, "非税收入未及时足额缴入国库", "done",
             ["督促相关单位上缴非税收入1.37亿元"]),
        prob(3, C1, "存量资金盘活不够，结转两年以上资金未收回", "in_progress",
             ["收回结转结余资金4260万元统筹使用", "建立存量资金定期清理机制", "对剩余资金制定分批收回计划"]),
        prob(1, C2, "就业补助资金发放审核不严，向不符合条件人员发放补贴", "done",
             ["追回违规发放补贴资金58.6万元", "完善就业补助资金发放比对核验机制"]),
        prob(2, C2, "部分老旧小区改造项目进度滞后，资金闲置", "in_progress",
             ["对滞后项目实行挂图作战，按月调度", "已开工项目31个，资金支出率提高至76%"]),
    ]
    sc = [
        "鹿城市人民政府关于2022年度市本级预算执行和其他财政收支审计查出问题整改情况的报告",
        "——2023年12月26日在鹿城市第十届人民代表大会常务委员会第十五次会议上",
        "主任、各位副主任、秘书长、各位委员：",
        "受市人民政府委托，现将2022年度市本级预算执行和其他财政收支审计查出问题的整改情况报告如下，请予审议。",
        "一、审计整改工作总体情况",
        "市政府高度重视审计整改工作，召开常务会议专题研究部署，建立审计整改对账销号制度。截至2023年11月底，审计查出问题50个，已整改40个，正在整改10个；整改问题金额9.82亿元；相关单位制定完善规章制度32项。",
        "二、审计查出问题的整改情况",
    ]
    lines = list(sc)
    cats = []
    for p in P:
        if p["category"] not in cats:
            cats.append(p["category"])
            lines.append(f"（{cn(len(cats))}）{p['category']}")
        s = len(lines)
        lines.append(f"{p['seq']}.{p['title']}。")
        lines.append("整改情况：" + ("已整改" if p["status"] == "done" else "正在整改") + "。")
        lines += render_measures(p["ms"], "paren")
        check(f"{stem} {p['seq']}", lines[s:], len(p["ms"]))
    lines += ["三、下一步工作安排", "对尚未整改到位的问题，一是继续督促相关单位加快整改进度；二是强化审计整改结果运用；三是健全长效机制。"]
    tlines = [cc.convert(l) for l in lines]
    # (conformed by the lead after the first run: a traditional copy's problems are in simplified characters, the
    # project's convention since session 12; the document fields stay as printed)
    html = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8"><title>' + esc(tlines[0]) + "</title></head><body>",
            '<div class="crumb">首頁 &gt; 審計公告 &gt; 整改公告</div>', f"<h2>{esc(tlines[0])}</h2>",
            '<div class="meta">發佈日期：2023-12-29　信息來源：鹿城市審計局　字號：[大 中 小]</div><div class="article">']
    for l in tlines[1:]:
        html.append(f"<p>{esc(l)}</p>")
    html += ["</div>", '<div class="foot">版權所有：鹿城市審計局　地址：鹿城市府前路8號</div>', "</body></html>"]
    (OUT / f"{stem}.html").write_text("\n".join(html), encoding="utf-8")
    write_truth(stem, "bulletin", tlines[0], cc.convert("鹿城市人民政府"), "2023-12-26",  # session 17: was 2023-12-29 (發佈日期)
                [None, None, None, None, None], [50, 40, None, None, 32], P,
                ["traditional-character copy (s2t)", "audit report: headline 50 problems but only 5 listed",
                 "numbering restarts at 1 in the second category", "no signature at the end; session 17: the dateline under the title (——2023年12月26日在…會議上) is the document's own date and wins over 發佈日期 2023-12-29, as the real sets read it"])
    return stem, "html", "audit rectification report, traditional characters, headline 50/40", len(P)


# ================================================================ r08  pdf  Word-table ledger with merged cells
def r08():
    stem = "r08_ledger_table_pdf"
    A, B = "基层党组织建设方面", "落实巡视整改和作风建设方面"
    P = [
        prob(1, A, "部分支部“三会一课”制度落实不严格", "done",
             ["制定支部组织生活督查办法", "对12个支部开展组织生活专项检查"], ["机关党委"], "2023年9月30日"),
        prob(2, A, "党员发展程序不规范", "done",
             ["对2019年以来发展的党员档案逐一复查", "补正材料23份"], ["机关党委", "人事处"], "2023年9月30日"),
        prob(3, B, "上轮巡视反馈的个别问题整改不到位", "in_progress",
             ["对上轮巡视反馈问题逐条回头看", "对3项未完成事项明确时间表", "由分管领导牵头督办"], ["办公室"], "2024年6月30日"),
        prob(4, B, "文山会海问题仍然存在", "long_term",
             ["压减发文数量，同比下降22%"], ["办公室"], "长期坚持"),
    ]
    d = docx.Document()
    add_page_footer(d)
    d.add_paragraph("附件2")
    d.add_paragraph("省农业农村厅党组落实省委第六巡视组反馈意见整改落实情况表")
    t = d.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    hdr = ["序号", "问题类别", "具体问题", "整改措施", "责任处室", "完成时限", "完成情况"]
    for i, h in enumerate(hdr):
        t.cell(0, i).text = h
    t.cell(1, 0).merge(t.cell(1, 6)).text = "（本表由厅巡视整改办汇总，截至2023年12月20日）"
    cat_cells = {}
    st = {"done": "已完成", "in_progress": "正在推进", "long_term": "长期坚持"}
    for p in P:
        r = t.add_row().cells
        r[0].text = str(p["seq"])
        r[2].text = p["title"]
        ml = render_measures(p["ms"], "num")
        check(f"{stem} {p['seq']}", [p["title"]] + ml, len(p["ms"]))
        r[3].text = "\n".join(ml)
        r[4].text = "、".join(p["units"])
        r[5].text = p["deadline"]
        r[6].text = st[p["status"]]
        cat_cells.setdefault(p["category"], []).append(r[1])
    for c, cells in cat_cells.items():
        m = cells[0].merge(cells[-1]) if len(cells) > 1 else cells[0]
        m.text = c
    d.add_paragraph("")
    d.add_paragraph("省农业农村厅党组")
    d.add_paragraph("2023年12月22日")
    path = OUT / f"{stem}.docx"
    d.save(path)
    to_pdf(path)
    write_truth(stem, "bulletin", "省农业农村厅党组落实省委第六巡视组反馈意见整改落实情况表", "省农业农村厅党组", "2023-12-22",
                ["省委第六巡视组", "省农业农村厅党组", None, None, None], [None, None, None, None, None], P,
                ["PDF of a Word table: merged category cells, a full-width note row under the header",
                 "measures as 1./2. inside a cell", "page numbers — n —"])
    return stem, "pdf", "Word-table ledger (附件2) printed to PDF", len(P)


# ================================================================ r09  txt  cut-off copy, dates in prose
def r09():
    stem = "r09_cutoff_dates_prose"
    A, B = "关于落实党中央重大决策部署方面", "关于选人用人和基层党建方面"
    P = [
        prob(1, A, "乡村振兴衔接政策落实有偏差，防返贫动态监测不够精准", "done",
             ["开展防返贫监测对象全面排查，新纳入监测对象317户", "建立部门数据比对预警机制，每月比对一次", "对帮扶措施落实不到位的5个乡镇进行通报"]),
        prob(2, A, "耕地保护责任落实不力，违法占用耕地问题时有发生", "done",
             ["开展耕地“非农化”专项整治，整改违法占地图斑142个，复耕1260亩", "对相关责任人问责9人"]),
        prob(3, A, "重大项目推进缓慢，部分项目未按期开工", "in_progress",
             ["建立重大项目领导包联机制", "对14个未按期开工项目逐一会商", "已开工11个"]),
        prob(1, B, "干部队伍结构不优，年轻干部储备不足", "in_progress",
             ["制定优秀年轻干部三年培养计划", "选派42名年轻干部到乡村振兴一线锻炼"]),
        prob(2, B, "村级组织运转经费管理不规范", "done",
             ["对全市村级组织运转经费开展专项审计"]),
        prob(3, B, "软弱涣散村党组织整顿不彻底", "in_progress",
             ["对23个软弱涣散村党组织逐村制定整顿方案", "选派第一书记23名"]),
    ]
    st = {"done": "（已完成）", "in_progress": "（正在推进）"}
    lines = [
        "中共东陵市委关于省委巡视整改进展情况的通报",
        "来源：东陵日报　　发布时间：2023-02-10　　【打印本页】",
        "",
        "根据省委统一部署，2022年9月7日至11月6日，省委第二巡视组对东陵市开展了巡视，于2023年1月11日反馈了巡视意见。按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。",
        "一、整改工作总体进展",
        "市委坚持把巡视整改作为重大政治任务，成立市委书记任组长的整改工作领导小组。巡视反馈的5个方面、27个问题，目前已完成整改14个，其余问题正在按照时间节点推进；建立完善制度机制46项。",
        "二、重点问题整改进展情况",
    ]
    cats = []
    for p in P:
        if p["category"] not in cats:
            cats.append(p["category"])
            lines.append(f"（{cn(len(cats))}）{p['category']}")
        s = len(lines)
        lines.append(f"{p['seq']}.{p['title']}{st[p['status']]}")
        lines += render_measures(p["ms"], "yishi")
        check(f"{stem} {p['seq']}", lines[s:], len(p["ms"]))
    # cut-off: the last problem's measure paragraph is truncated mid-sentence after 一是
    P.append(prob(4, B, "基层党组织换届后规范化建设滞后", None, ["完成村（社区）党组织规范化建设标准制定"]))
    s = len(lines)
    lines.append("4.基层党组织换届后规范化建设滞后")
    lines.append("一是完成村（社区）党组织规范化建设标准制定；二是对照标准逐村")
    check(f"{stem} 4 cut", lines[s:], 2)
    P[-1]["ms"] = ["完成村（社区）党组织规范化建设标准制定", "对照标准逐村(cut)"]
    (OUT / f"{stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_truth(stem, "bulletin", "中共东陵市委关于省委巡视整改进展情况的通报", "中共东陵市委", "2023-02-10",
                ["省委第二巡视组", "东陵市", "2022-09-07", "2022-11-06", "2023-01-11"], [27, 14, None, None, 46], P,
                ["truncated copy: ends inside problem 4 of the second category (measure 二是 cut off, counted as present)",
                 "status in trailing parentheses after titles", "numbering restarts per category",
                 "headline 27 problems but only 7 listed"])
    return stem, "txt", "bulletin copy cut off mid-problem; dates in prose", len(P)


# ================================================================ r10  docx  整改情况说明 for 反馈问题第7项
def r10():
    stem = "r10_item7_explanation"
    p = prob(7, None, "市属国有企业投资监管不到位，部分企业违规开展融资性贸易", "done",
             ["市国资委出台《市属国有企业投资监督管理办法》，实行投资负面清单管理",
              "对5家市属企业2019年以来开展的贸易业务进行全面清查，叫停融资性贸易业务6笔",
              "对相关责任人给予党纪政务处分3人、组织处理7人"],
             units=["市国资委"], deadline="2023年6月底")
    lines = [
        "关于省委第四巡视组反馈问题第7项整改情况的说明",
        "",
        "问题表述：市属国有企业投资监管不到位，部分企业违规开展融资性贸易。",
        "责任单位：市国资委",
        "整改时限：2023年6月底",
        "整改情况：",
    ]
    s = 2
    lines += render_measures(p["ms"], "paren")
    lines += ["目前，该问题已整改完成，相关佐证材料已报市委巡视整改办备案。", "",
              "南溪市人民政府国有资产监督管理委员会", "2023年7月3日"]
    check(stem, lines[s:], 3)
    write_docx(OUT / f"{stem}.docx", lines, footer=False)
    write_truth(stem, "bulletin", "关于省委第四巡视组反馈问题第7项整改情况的说明", "南溪市人民政府国有资产监督管理委员会", "2023-07-03",
                ["省委第四巡视组", None, None, None, None], [None, None, None, None, None], [p],
                ["one-problem 整改情况说明: seq 7 from 反馈问题第7项 in the title", "labelled fields 问题表述/责任单位/整改时限"])
    return stem, "docx", "整改情况说明 for 反馈问题第7项 (one problem)", 1


if __name__ == "__main__":
    rows = [f() for f in (r01, r02, r03, r04, r05, r06, r07, r08, r09, r10)]
    for r in rows:
        print(" | ".join(map(str, r)))
