"""blindwritten5: sixteen rectification documents written blind (never having seen the parser).

Every document is held here as data; main() renders each document AND its <stem>.truth.json from the
same data, and recounts every problem's measures from the rendered text (stops on disagreement).
All bodies, names, figures and dates are invented; only the SHAPES follow real pages listed in README.md.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CN = "一二三四五六七八九十"
CIRC = "①②③④⑤⑥⑦⑧⑨⑩"


def cnum(n):
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + (CN[n - 11] if n > 10 else "")
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


def measures_text(ms, style):
    """Render a list of measures in one listing style."""
    if style == "shi":          # run together in one paragraph
        return "".join(f"{cnum(i)}是{m}" for i, m in enumerate(ms, 1))
    if style == "shi_lines":
        return "\n".join(f"{cnum(i)}是{m}" for i, m in enumerate(ms, 1))
    if style == "paren":
        return "\n".join(f"（{i}）{m}" for i, m in enumerate(ms, 1))
    if style == "paren_run":
        return "".join(f"（{i}）{m}" for i, m in enumerate(ms, 1))
    if style == "dot":
        return "\n".join(f"{i}．{m}" for i, m in enumerate(ms, 1))
    if style == "dun":
        return "\n".join(f"{i}、{m}" for i, m in enumerate(ms, 1))
    if style == "circ":
        return "".join(f"{CIRC[i-1]}{m}" for i, m in enumerate(ms, 1))
    if style == "plain":
        assert len(ms) == 1
        return ms[0]
    raise ValueError(style)


MARK = re.compile(r"(?:[一二三四五六七八九十]+是)|(?:[（(]\d+[）)])|(?:^|\n|[：；。])\s*\d+[.．、](?!\d)|[①-⑩]")


def recount(text):
    n = len(MARK.findall(text))
    return n if n else (1 if text.strip() else 0)


# ---------------------------------------------------------------- filler narrative (invented)
ORG = [
    "局党组始终把抓好巡察整改作为重大政治任务，反馈会后第一时间召开党组会议，逐条研究反馈意见，成立由党组书记任组长、其他班子成员任副组长的整改工作领导小组，下设办公室负责日常调度。领导小组先后召开专题会议9次，听取整改进展汇报，研究解决整改中遇到的困难和问题，确保每个问题都有人盯、有人管、有人落实。",
    "坚持把巡察整改与深化党纪学习教育结合起来，与推动业务工作结合起来，通过党组理论学习中心组学习、支部“三会一课”、专题党课等形式，引导党员干部正确对待巡察反馈问题，切实把思想和行动统一到上级部署要求上来，增强抓好整改的政治自觉和行动自觉。",
    "建立“问题、任务、责任”三张清单，对反馈问题逐项明确责任领导、牵头科室、完成时限，实行挂图作战、对账销号。对已完成整改的事项，由整改办组织“回头看”，防止问题反弹回潮；对需要长期坚持的事项，明确阶段目标，持续跟踪问效。",
    "主动接受纪检监察机关和组织部门的监督指导，及时报送整改进展，邀请驻局纪检监察组列席整改专题会议。对整改进度滞后的科室，由分管领导进行约谈提醒，对整改中发现的问题线索依规依纪处置，以严的态度推动整改落实落地。",
    "注重在建章立制上下功夫，对巡察反馈问题背后的制度漏洞进行全面梳理，做到整改一个问题、完善一套制度、规范一个领域，推动巡察整改成果转化为长效治理效能。",
]
NEXT = [
    "下一步，我们将继续保持整改的力度和韧劲，一是持续抓好未完成事项整改，坚持目标不变、标准不降、力度不减；二是健全长效机制，对已出台的制度开展执行情况评估；三是强化成果运用，把巡察整改与年度重点工作统筹推进，以整改实效推动事业高质量发展。",
    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。",
]

EXTRA = [
    "在整改推进中，坚持“当下改”与“长久立”相结合，既盯住反馈问题逐项销号，又深挖问题根源，查找体制机制上的短板弱项。对涉及多个部门的共性问题，由牵头单位会同配合单位联合会商，明确各自责任，避免推诿扯皮；对涉及历史遗留的复杂问题，实行“一事一专班”，由分管领导牵头研究解决路径，分阶段推进。整改期间，共召开推进会、调度会16次，开展实地督导23次，向相关单位发出督办函7份。",
    "坚持以案促改、以改促治，结合巡察反馈的典型问题，组织召开警示教育大会2次，通报身边典型案例5起，引导党员干部以案为鉴、以案明纪。同时，把巡察整改与年度目标考核挂钩，将整改完成情况作为评先评优、干部选拔任用的重要参考，对整改工作推进有力、成效明显的予以通报表扬，对敷衍整改、虚假整改的严肃追责问责。",
    "注重整改成效的群众评价，通过召开座谈会、发放调查问卷、走访服务对象等方式，广泛听取干部群众对整改工作的意见建议，共收集意见建议37条，均已逐条研究吸纳。对群众反映强烈的突出问题，实行领导包案、限时办结，做到件件有着落、事事有回音，切实以整改实效取信于民。",
    "强化整改工作的信息化支撑，依托“智慧监督”平台建立整改台账电子化管理模块，实时录入整改措施、完成时限、佐证材料，实行红黄绿三色预警管理，对临近时限未完成的事项自动提醒，对逾期未完成的事项自动推送至纪检监察机关，推动整改工作从“人盯人”向“数据管”转变。",
    "加强整改宣传引导，在门户网站、微信公众号开设“巡察整改在行动”专栏，及时发布整改工作动态和典型经验做法，累计发布信息28条，营造了全员参与、齐抓共管的良好氛围。",
    "从整改情况看，虽然取得了阶段性成效，但对照上级要求和群众期盼，仍存在一些差距：一些问题整改还停留在面上，深层次问题触及不够；个别长期性问题整改需要持续用力；制度执行的刚性约束还需进一步增强。对此，我们将高度重视，认真加以解决。",
]


def doc(**kw):
    kw.setdefault("anomalies", [])
    return kw


def P(seq, title, ms, style, status=None, category=None, deadline=None, units=None, pre="", post="", head=None):
    """One problem: its printed head line, its measures and the text that goes with it."""
    return dict(seq=seq, title=title, ms=ms, style=style, status=status, category=category,
                deadline=deadline, units=units or [], pre=pre, post=post, head=head)


# ---------------------------------------------------------------- the sixteen documents
DOCS = []

# 01 report: narrative body, problems only in the attachment; 项目1.1 / 项目l.2 OCR / 问题2.3; status lines
def d01():
    probs = [
        P(1, "学习贯彻上级决策部署不够深入，“第一议题”学习后研究落实措施少，存在以学代做现象",
          ["修订党委理论学习中心组学习制度，明确“第一议题”学习后须提出落实意见，已在3次会议中执行。",
           "建立学习贯彻落实台账，对12项重点部署逐项明确牵头领导和完成时限。"],
          "paren", status="done", category="一、贯彻落实党的路线方针政策和上级决策部署方面", deadline="2023年6月底", head="项目1.1"),
        P(2, "落实粮食安全责任制不到位，高标准农田建后管护机制不健全，部分灌溉设施损毁未及时修复",
          ["对全县2019年以来建成的高标准农田开展排查，发现损毁灌溉设施47处，已修复39处。",
           "出台《高标准农田建后管护办法（试行）》，明确乡镇管护主体责任。",
           "落实管护经费86万元，纳入年度预算。"],
          "paren", status="in_progress", category="一、贯彻落实党的路线方针政策和上级决策部署方面", deadline="2023年12月底", head="项目l.2"),
        P(3, "农村人居环境整治成效不稳固，个别村垃圾收运不及时",
          ["压实乡镇属地责任，将垃圾收运纳入月度考评并通报排名。"],
          "plain", status="done", category="一、贯彻落实党的路线方针政策和上级决策部署方面", deadline="立行立改", head="项目1.3"),
        P(1, "“三重一大”事项集体决策执行不严格，个别工程变更未经党委会研究",
          ["对2021年以来的工程变更事项进行全面梳理，补充履行集体决策程序2项。",
           "修订“三重一大”事项清单，将工程变更金额超过20万元的事项纳入党委会研究范围。",
           "对相关责任人进行提醒谈话。"],
          "paren", status="done", category="二、落实全面从严治党“两个责任”方面", deadline="2023年5月底", head="问题2.1"),
        P(2, "公务用车管理不规范，派车单填写不全，存在公车私用风险",
          ["完善公务用车使用登记制度，全面启用电子派车系统。",
           "开展公务用车使用情况专项检查，对发现的2起登记不全问题责令改正。"],
          "paren", status="done", category="二、落实全面从严治党“两个责任”方面", deadline="2023年4月底", head="问题2.2"),
        P(3, "村级财务管理薄弱，部分村存在白条入账、大额现金支付现象",
          ["组织农经站对全县87个村开展财务专项审计，清理白条入账11笔。",
           "推行村级非现金支付结算，明确村级大额现金支付审批程序。",
           "开展村会计业务培训2期，培训132人次。",
           "对问题突出的3个村由乡镇纪委进行约谈。"],
          "paren", status="in_progress", category="二、落实全面从严治党“两个责任”方面", deadline="2023年12月底，长期坚持", head="问题2.3"),
        P(1, "基层党组织软弱涣散问题整顿不彻底，个别村党组织换届后战斗力不强",
          ["对排查出的4个软弱涣散村党组织逐村制定整顿方案，选派第一书记4名。",
           "组织村党组织书记轮训，开展观摩交流活动。"],
          "paren", status="in_progress", category="三、落实新时代党的组织路线方面", deadline="2023年10月底", head="问题3.1"),
    ]
    segs = [
        "中共宁川县委关于十四届省委第三轮巡视反馈意见整改进展情况的报告\n\n省委巡视办：\n",
        "根据省委统一部署，2022年9月7日至11月4日，省委第五巡视组对宁川县开展了常规巡视，并于2023年1月11日向县委反馈了巡视意见。县委坚决扛起巡视整改政治责任，现将整改进展情况报告如下。\n",
        "一、提高政治站位，全面加强组织领导\n" + ORG[0].replace("局党组", "县委") + "\n" + ORG[1] + "\n",
        "二、坚持问题导向，扎实推进整改落实\n" + ORG[2] + "截至2023年6月30日，巡视反馈的3个方面7个具体问题，已完成整改4个，其余3个正在按计划推进，制定完善制度12项。具体问题整改进展情况见附件1。\n",
        "三、深化成果运用，建立健全长效机制\n" + ORG[4] + "\n" + ORG[3].replace("局", "县") + "\n",
        NEXT[0] + "\n\n附件：1．具体问题整改进展情况（共7个问题）\n\n中共宁川县委\n2023年7月6日\n\n",
        "附件1\n\n具体问题整改进展情况（共7个问题）\n",
    ]
    cat = None
    def tpl(p):
        st = {"done": "已完成整改", "in_progress": ["持续推进中", "基本完成"][p["seq"] % 2]}[p["status"]]
        return (f"{p['head']}：{p['title']}。\n",
                f"整改时限：{p['deadline']}\n整改进展情况：{st}\n" + measures_text(p["ms"], p["style"]) + "\n")
    for p in probs:
        if p["category"] != cat:
            cat = p["category"]
            segs.append(cat + "\n")
        segs.append((p, tpl))
    truth = dict(kind="bulletin", title="中共宁川县委关于十四届省委第三轮巡视反馈意见整改进展情况的报告",
                 issuer="中共宁川县委", report_date="2023-07-06",
                 inspection=dict(inspector="省委第五巡视组", inspected="宁川县", start="2022-09-07", end="2022-11-04", feedback_date="2023-01-11"),
                 headline=dict(problems_total=7, problems_done=4, measures_total=None, measures_done=None, rules_made=12),
                 anomalies=["problems only in attachment 1", "OCR slip 项目l.2 (letter l for digit 1)", "seq restarts per category (dotted labels)"])
    return doc(stem="01_ningchuan_xunshi_attachment", fmt="txt", segs=segs, truth=truth, probs=probs,
               what="county report, narrative body, 7 problems only in 附件1 with 项目1.1/项目l.2/问题2.3 labels", model="http://jw.km.gov.cn/c/2023-01-29/4656419.shtml ; seeds 003")
DOCS.append(d01)


# 02 web page, organisation first, problems in middle under categories with numbering restarting, next steps last
def d02():
    C1 = "（一）关于党的领导弱化、“两个维护”不够坚决方面"
    C2 = "（二）关于全面从严治党不力方面"
    C3 = "（三）关于干部队伍建设和基层党建方面"
    probs = [
        P(1, "贯彻落实生态文明思想有差距，服务全市绿色低碳发展的主动性不强", ["召开党组会专题学习，形成贯彻落实工作清单18项；", "牵头编制全市减污降碳协同增效实施方案，已印发实施；", "每季度向市委市政府报送一次生态环境形势分析。"], "shi", category=C1),
        P(2, "重点行业污染防治攻坚力度不够，部分工业园区污水管网混接错接问题突出", ["会同住建部门对6个工业园区开展管网排查，发现混接错接点位214处，已整改196处；", "对园区污水处理厂实行一厂一策，提升处理能力。"], "shi", category=C1),
        P(3, "环境信访件办理质量不高，重复信访占比较大", ["建立信访件“首办负责、跟踪回访”机制，重复信访量同比下降31%。"], "plain", category=C1),
        P(1, "落实主体责任压力传导不到位，基层分局“一岗双责”落实有温差", ["党组书记与各分局负责人签订责任书并开展约谈；", "将党风廉政建设纳入分局年度考核，权重提高至15%；", "每半年听取一次分局主体责任落实情况汇报；", "对2个考核靠后的分局进行通报。"], "shi", category=C2),
        P(2, "执法领域廉政风险防控薄弱，自由裁量权行使不规范", ["修订行政处罚自由裁量基准，细化裁量档次；", "推行重大处罚案件集体审议，全年审议案件43件。"], "shi", category=C2),
        P(3, "违反中央八项规定精神问题仍有发生", ["开展节假日作风纪律专项检查6轮；", "对查实的1起违规接受宴请问题给予党纪处分并通报。"], "shi", category=C2),
        P(1, "干部队伍结构不合理，年轻干部储备不足", ["制定年轻干部培养三年计划；", "通过公开遴选、招录补充年轻干部11名。"], "shi", category=C3),
        P(2, "基层党支部组织生活不规范，“三会一课”记录不全", ["对局属12个支部开展组织生活专项检查；", "统一印发支部工作手册，实行月度检查；", "组织支部书记培训1期。"], "shi", category=C3),
    ]
    segs = [
        "首页 | 机构概况 | 政务公开 | 政务服务 | 互动交流 | 专题专栏\n无障碍浏览 | 关怀版 | 简 | 繁 | English\n"
        "您当前的位置：首页 > 政务公开 > 巡察整改 > 巡察整改公示\n\n"
        "中共临沣市生态环境局党组关于市委巡察反馈意见整改进展情况的通报\n"
        "发布时间：2024-03-18 09:12:47  来源：临沣市生态环境局  浏览次数：1873  【字体：大 中 小】 【打印本页】【关闭窗口】\n\n",
        "根据市委统一部署，2023年5月8日至7月7日，市委第三巡察组对临沣市生态环境局党组开展了常规巡察。8月29日，巡察组向局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将整改进展情况予以公布。\n\n",
        "一、加强组织领导，压实整改政治责任\n" + ORG[0] + "\n" + ORG[1] + "\n" + ORG[3] + "\n\n",
        "二、对照反馈问题，逐项抓好整改落实\n巡察反馈的3个方面8个问题中，已完成整改5个，其余3个取得阶段性进展；细化整改措施22条，已完成19条。\n",
    ]
    cat = None
    def tpl(p):
        return (f"{p['seq']}．{p['title']}。\n", "整改情况：" + measures_text(p["ms"], p["style"]) + "\n")
    for p in probs:
        if p["category"] != cat:
            cat = p["category"]
            segs.append(cat + "\n")
        segs.append((p, tpl))
    segs += ["\n三、建立长效机制，巩固深化整改成果\n" + ORG[4] + NEXT[0].replace("下一步，我们将", "下一步，局党组将") + "\n" + NEXT[1] + "联系电话：0731-5556218；电子邮箱：lflfsthjj@163.com。\n\n中共临沣市生态环境局党组\n2024年3月15日\n\n",
             "【打印本页】【关闭窗口】\n上一篇：临沣市生态环境局2023年政府信息公开工作年度报告\n下一篇：关于开展2024年“六五”环境日宣传活动的通知\n"
             "主办单位：临沣市生态环境局 承办单位：临沣市生态环境局办公室 网站标识码：4306000012 湘ICP备05013218号-1 湘公网安备43060202000318号\n地址：临沣市滨江大道88号 邮编：414000 联系电话：0731-5556000\n"]
    truth = dict(kind="bulletin", title="中共临沣市生态环境局党组关于市委巡察反馈意见整改进展情况的通报",
                 issuer="中共临沣市生态环境局党组", report_date="2024-03-15",
                 inspection=dict(inspector="市委第三巡察组", inspected="临沣市生态环境局党组", start="2023-05-08", end="2023-07-07", feedback_date="2023-08-29"),
                 headline=dict(problems_total=8, problems_done=5, measures_total=22, measures_done=19, rules_made=None),
                 anomalies=["site chrome (nav, footer, previous/next links)", "numbering restarts at 1 in each category", "measures run together 一是…二是… in one paragraph"])
    return doc(stem="02_linfeng_sthjj_web", fmt="html_web", segs=segs, truth=truth, probs=probs,
               what="web page with chrome; organisation section first, 8 problems in middle section under 3 categories, next steps last", model="http://www.boshan.gov.cn/gongkai/site_bsqsthjj/channel_c_5f9f6c5d03741cded2c00eeb_n_1605681906.9006/doc_6959bfa7d5d7dd1d65e0462a.html (chrome) ; seeds 000/003")
DOCS.append(d02)


# 03 one task one notice: 整改任务（序号十）公示情况说明
def d03():
    p = P(10, "部分乡镇对入河排污口排查整治工作重视不够，排查底数不清，个别排污口仍在直排",
          ["区政府组织各乡镇对辖区内河段开展拉网式排查，共排查入河排污口63个，建立一口一档。",
           "对排查出的9个直排口全部完成截污纳管或封堵，经第三方监测，水质达标。",
           "建立“河长+排口”巡查制度，每月巡查不少于2次，巡查记录纳入河长制考核。"],
          "dun", status="done", category=None, deadline="2023年10月31日")
    def tpl(p):
        return ("整改任务：" + p["title"] + "。\n", f"整改目标：排污口底数清、直排口全部整治到位。\n整改时限：{p['deadline']}\n整改完成情况：\n" + measures_text(p["ms"], p["style"]) + "\n经区级验收，该项任务已完成整改，达到销号标准。\n")
    segs = ["瀚城区人民政府 2023-11-21 10:05 来源：区水务局\n",
            "关于瀚城区省级生态环境保护督察反馈问题整改任务（序号十）整改情况的公示情况说明\n",
            "根据《瀚州市生态环境保护督察反馈问题整改工作领导小组办公室关于做好省级生态环境保护督察反馈问题整改验收销号工作的通知》要求，现对省级第二生态环境保护督察组2022年8月9日向瀚州市反馈的督察意见中涉及我区的整改任务（序号十）整改完成情况进行公示。\n",
            (p, tpl),
            "特此公示！\n公示时间：2023年11月21日至2023年11月27日，共7天。公示期间如有异议，请以书面形式向瀚城区水务局反映。\n联系电话：0755-8821306\n附表：序号十任务公示表格\n瀚城区水务局\n2023年11月21日\n"]
    truth = dict(kind="bulletin", title="关于瀚城区省级生态环境保护督察反馈问题整改任务（序号十）整改情况的公示情况说明",
                 issuer="瀚城区水务局", report_date="2023-11-21",
                 inspection=dict(inspector="省级第二生态环境保护督察组", inspected="瀚州市", start=None, end=None, feedback_date="2022-08-09"),
                 headline=dict(problems_total=None, problems_done=None, measures_total=None, measures_done=None, rules_made=None),
                 anomalies=["single task notice: the one problem is 整改任务（序号十）, seq from 序号十", "short page (under 3 KB) as the real ones are"])
    return doc(stem="03_hancheng_task10_notice", fmt="txt", segs=segs, truth=truth, probs=[p],
               what="公示情况说明 for 整改任务（序号十）: one problem, measures 1、2、3、", model="http://tdq.siping.gov.cn/zw/tzgg/201912/t20191213_341203.html")
DOCS.append(d03)


# 04 quoted feedback item, docx
def d04():
    q = "桃溪县城区生活污水收集管网建设滞后，雨污合流问题突出，汛期污水溢流入河现象时有发生"
    p = P(None, q, ["投资1.26亿元实施城区雨污分流改造工程，新建污水管网38.6公里，改造雨污合流管网21.4公里；",
                    "新建城东污水处理厂二期，新增处理能力2万吨/日，已通水调试；",
                    "在沿河6个溢流口安装在线监控设施，汛期实行专人值守；",
                    "将管网运维纳入特许经营考核，建立管网巡检维护长效机制。"],
          "shi", status="in_progress", category=None)
    def tpl(p):
        return ("第一轮省级生态环境保护督察反馈指出，“" + p["title"] + "。”\n",
                "整改情况：县委、县政府将该问题列为督察整改重点攻坚事项，由县长任攻坚组组长。" + measures_text(p["ms"], p["style"]) + "目前，城东片区雨污分流已全面完成，老城区剩余4.2公里管网改造正在施工，整改进展情况：正在推进，预计2024年6月底前全面完成。\n")
    segs = ["桃溪县关于第一轮省级生态环境保护督察反馈问题整改情况的说明\n",
            "2021年4月12日至5月12日，省第三生态环境保护督察组对我市开展了第一轮省级生态环境保护督察，并于2021年7月16日向市委、市政府反馈了督察意见，其中涉及桃溪县的问题1项。县委、县政府高度重视，成立了由县委书记、县长任双组长的督察整改工作领导小组，多次召开专题会议研究部署。现将有关情况说明如下。\n",
            ORG[2].replace("局", "县") + "\n" + EXTRA[0] + "\n" + EXTRA[3] + "\n",
            (p, tpl),
            "下一步，县委、县政府将加快推进剩余工程建设，确保按期完成整改，同时举一反三，组织对各乡镇污水管网开展排查，防止问题反弹。\n",
            "桃溪县生态环境保护督察整改工作领导小组办公室\n2023年12月20日\n"]
    truth = dict(kind="bulletin", title="桃溪县关于第一轮省级生态环境保护督察反馈问题整改情况的说明",
                 issuer="桃溪县生态环境保护督察整改工作领导小组办公室", report_date="2023-12-20",
                 inspection=dict(inspector="省第三生态环境保护督察组", inspected="我市", start="2021-04-12", end="2021-05-12", feedback_date="2021-07-16"),
                 headline=dict(problems_total=1, problems_done=None, measures_total=None, measures_done=None, rules_made=None),
                 anomalies=["one problem titled by a quotation of the feedback (督察反馈指出，“…”)", "status stated in prose (正在推进)", "no printed number"])
    return doc(stem="04_taoxi_quoted_feedback", fmt="docx", segs=segs, truth=truth, probs=[p],
               what="说明 about one quoted feedback item, measures 一是…四是 run together, status 正在推进 in prose", model="http://nzgx.org/html/ZhengCeFaGui/DiFangFaGui/20181113/551697.html ; http://tdq.siping.gov.cn/zw/tzgg/201912/t20191213_341203.html")
DOCS.append(d04)


# 05 round summary, figures only, zero problems, GB18030
def d05():
    segs = ["浔阳区委第二轮巡察整改情况公开\n", "发布时间：2024-01-30 16:20  来源：区委巡察办\n\n",
            "根据区委统一部署，2022年10月10日至12月2日，区委组建4个巡察组对区住建局、区水利局、区卫健局等6家单位开展常规巡察，对区属11所中小学校开展教育领域专项巡察。2023年1月5日至1月9日，各巡察组分别向17家被巡察党组织反馈了巡察情况，移交问题清单并提出整改意见。\n",
            "集中整改期满后，区纪委监委、区委组织部会同区委巡察办对整改情况进行了评估。2024年1月18日，区委常委会会议听取了区委第二轮巡察整改情况汇报。\n",
            "截至2023年12月31日，巡察反馈的412个问题，已完成整改398个，基本完成并持续整改问题9个，未完成5个，总体完成率96.6%。被巡察党组织共召开巡察整改专题民主生活会（组织生活会）17次，组织集中学习94次，完善和新建制度236项，清退违规资金38.2万元，追回应由个人承担的资金21.7万元，挽回经济损失412.6万元；给予党纪政务处分9人，组织处理23人。\n",
            "从整改情况看，被巡察党组织普遍能够提高政治站位，主要负责同志切实履行第一责任人职责，推动整改任务落地见效。但也有个别单位存在整改措施针对性不强、长效机制建设不到位等情况，区委巡察办已督促其限期完成。\n",
            ORG[1].replace("局党组", "各被巡察党组织") + "\n", ORG[4] + "\n", EXTRA[1] + "\n", EXTRA[4] + "\n",
            "按照《中国共产党巡视工作条例》有关规定，现将整改情况向社会公开，接受干部群众监督。\n"]
    truth = dict(kind="bulletin", title="浔阳区委第二轮巡察整改情况公开", issuer="区委巡察办", report_date="2024-01-30",
                 inspection=dict(inspector="区委组建4个巡察组", inspected=None, start="2022-10-10", end="2022-12-02", feedback_date="2023-01-05"),
                 headline=dict(problems_total=412, problems_done=398, measures_total=None, measures_done=None, rules_made=236),
                 anomalies=["round summary with figures only: no problem list", "feedback given over a range of days (1月5日至1月9日); first day taken", "GB18030 encoded"])
    return doc(stem="05_xunyang_round2_summary", fmt="txt_gb18030", segs=segs, truth=truth, probs=[],
               what="round summary of a district's second 巡察 round, figures only, zero problems", model="http://jw.km.gov.cn/c/2023-01-29/4656419.shtml")
DOCS.append(d05)


# 06 audit rectification report (人大常委会 speech shape), pdf
def d06():
    C = ["一、财政管理审计查出问题的整改情况", "二、部门预算执行审计查出问题的整改情况", "三、重点民生资金审计查出问题的整改情况"]
    probs = [
        P(1, "年初预算编制不够细化，代编预算未及时分解下达", ["市财政局修订预算编制规程，将代编预算比例压减至8%以内；", "已分解下达代编预算资金3.2亿元。"], "dot", status="done", category=C[0]),
        P(2, "部分专项资金结余未及时统筹盘活", ["收回结余结转资金1.18亿元统筹用于重点项目。"], "plain", status="done", category=C[0]),
        P(3, "非税收入未及时足额缴入国库", ["督促相关单位上缴非税收入6721.5万元；", "建立非税收入月度对账机制；", "剩余1286万元因涉及诉讼正在整改中。"], "dot", status="in_progress", category=C[0]),
        P(1, "个别部门超预算、无预算列支费用", ["相关部门已调整账务，归还原资金渠道87.3万元；", "对3名责任人进行批评教育。"], "dot", status="done", category=C[1]),
        P(2, "政府采购程序不规范，化整为零规避公开招标", ["市财政局对涉及的2家单位作出行政处理；", "开展政府采购专项培训，培训采购人员156人次。"], "dot", status="done", category=C[1]),
        P(1, "养老服务补贴发放不精准，向已死亡人员发放补贴", ["追回多发补贴资金12.46万元；", "民政部门与公安、卫健部门建立死亡信息月度比对机制；", "对全市补贴对象开展重新核查。"], "dot", status="done", category=C[2]),
        P(2, "保障性住房分配管理不严，部分不符合条件家庭仍在享受保障", ["清退不符合条件家庭37户，追缴租金差价19.8万元，其余8户正在整改中。"], "plain", status="in_progress", category=C[2]),
    ]
    segs = ["关于2022年度市本级预算执行和其他财政收支审计查出问题整改情况的报告\n",
            "——2023年12月26日在滨阳市第十七届人民代表大会常务委员会第十五次会议上\n滨阳市审计局局长 陈立群\n\n主任、各位副主任、秘书长、各位委员：\n",
            "受市人民政府委托，现向市人大常委会报告2022年度市本级预算执行和其他财政收支审计查出问题的整改情况，请予审议。\n",
            "2023年8月29日，市十七届人大常委会第十三次会议听取和审议了《关于滨阳市2022年度市本级预算执行和其他财政收支的审计工作报告》，对审计查出问题提出了整改要求。市政府高度重视，专题召开常务会议研究部署整改工作，要求各部门单位逐项制定整改措施，做到问题不解决不放过、整改不到位不销号。\n",
            "审计工作报告反映涉及3个方面、26个单位共计58项具体问题，截至2023年11月底，已整改48项，正在整改10项（含部分整改），整改问题金额9.87亿元，出台完善规章制度21项，追责问责7人。现将整改具体情况报告如下：\n"]
    cat = None
    def tpl(p):
        st = {"done": "已完成整改。", "in_progress": "部分完成，正在整改中。"}[p["status"]]
        return (f"{p['seq']}．{p['title']}。", "整改情况：" + measures_text(p["ms"], p["style"]).replace("\n", "") + "目前该问题" + st + "\n")
    for p in probs:
        if p["category"] != cat:
            cat = p["category"]
            segs.append(cat + "\n")
            segs.append({"一": "财政部门预算执行方面问题19项，已整改16项，正在整改3项。\n", "二": "部门预算执行方面问题21项，已整改18项。\n", "三": "民生资金方面问题18项，已整改14项，正在整改4项。\n"}[cat[0]])
        segs.append((p, tpl))
    segs += [EXTRA[5] + "\n" + "四、下一步工作安排\n从整改情况看，未完成整改的问题主要涉及历史遗留、司法诉讼等原因。下一步，市政府将：一是持续督促推进整改；二是压实主管部门监管责任；三是强化审计整改结果运用，对整改不力、敷衍整改的严肃问责。\n",
             "主任、各位副主任、秘书长、各位委员，我们将自觉接受市人大常委会的监督，持续做好审计整改“下半篇文章”。\n"]
    truth = dict(kind="bulletin", title="关于2022年度市本级预算执行和其他财政收支审计查出问题整改情况的报告",
                 issuer="滨阳市审计局", report_date="2023-12-26",
                 inspection=dict(inspector="滨阳市审计局", inspected=None, start=None, end=None, feedback_date=None),
                 headline=dict(problems_total=58, problems_done=48, measures_total=None, measures_done=None, rules_made=21),
                 anomalies=["audit rectification report, not 巡察: headline 58 problems but only 7 are itemised as examples",
                            "numbered 1．2．measures inline in one paragraph after the heading on the same line",
                            "date is the meeting date in the subtitle; no signature date", "per-category counts after each heading"])
    return doc(stem="06_binyang_audit_rectification", fmt="pdf", segs=segs, truth=truth, probs=probs,
               what="audit rectification report to the 人大常委会: 58 problems in headline, 7 itemised in 3 categories", model="http://www.ruijin.gov.cn/rjsxxgk/rjin80885/202211/4b9971a0f2914baa97d9707b3c846fd6.shtml ; https://cixird.gov.cn/index.php/home/content?id=1532529")
DOCS.append(d06)


# 07 newspaper story with the problem list inside, items run together in one paragraph
# session 17: seq 1-3 from the labels 问题一/二/三 (schema: the number printed; heldout/plan_problem_labels reads 问题一 as 1)
def d07():
    probs = [
        P(1, "部分被巡察单位“三重一大”决策制度执行不严", ["组织17家单位对照制度逐项自查；", "补充完善议事规则11项。"], "shi", status="done", category=None),
        P(2, "扶贫项目资产管护责任落实不到位", ["对全县扶贫项目资产进行确权登记，建立资产台账1126条；", "明确乡村两级管护责任人。"], "shi", status="in_progress", category=None),
        P(3, "干部作风不实，为民办事效率不高", ["开展“走流程、找堵点”活动，梳理办事堵点问题43个并逐一销号。"], "plain", status="done", category=None),
    ]
    names = ["问题一", "问题二", "问题三"]
    def tpl(p):
        i = probs.index(p)
        st = {"done": "已完成整改", "in_progress": "正在整改中"}[p["status"]]
        return (f"{names[i]}：{p['title']}。", "整改情况：" + measures_text(p["ms"], p["style"]) + f"目前{st}。")
    segs = ["洱源日报  2024年06月12日  第02版：要闻\n国内统一刊号：CN53-0099  洱源日报社出版\n\n",
            "上一期  下一期  版面导航  标题导航\n\n",
            "做实巡察整改“后半篇文章”\n——漾川县推动巡察反馈问题整改见底见效\n",
            "本报讯（通讯员 杨雪梅 李文斌）“整改不是一阵风，要一项一项对账销号。”6月10日，在漾川县巡察整改推进会上，县委巡察办负责人这样说。\n",
            "今年以来，漾川县紧盯县委第九轮巡察反馈问题，建立建账、对账、销账“闭环式”整改督办机制。据了解，县委第九轮巡察于2023年10月16日至12月15日对17家单位开展了常规巡察，2024年1月22日集中反馈，共反馈问题247个，截至5月底已整改230个，移交问题线索18件。\n",
            "记者在县委巡察办看到，墙上的整改进度表标注得清清楚楚。在各单位的共性问题中，记者注意到三个典型问题的整改情况。",
            (probs[0], tpl), (probs[1], tpl), (probs[2], tpl), "\n",
            "“过去一些单位觉得巡察组走了就万事大吉，现在整改情况要在网上‘晒’出来，倒逼大家动真碰硬。”县委巡察办负责人说。该县还引入群众监督，将整改情况在村务公开栏和县政府网站公开，对整改责任不落实、整改不力、敷衍整改的，严肃问责，确保问题整改“不悬空”“全见底”。\n",
            EXTRA[3].replace("“智慧监督”平台", "县“智慧监督”平台") + "\n",
            "据悉，下一步漾川县将开展巡察整改“回头看”，对整改完成的问题随机抽查，防止问题反弹。\n",
            "（编辑：何晓东 校对：杨帆）\n\n本版其他新闻：\n·漾川县召开2024年防汛抗旱工作会议\n·全县高标准农田建设现场推进会召开\n·洱源：特色产业“串珠成链”\n"]
    truth = dict(kind="bulletin", title="做实巡察整改“后半篇文章”", issuer=None, report_date="2024-06-12",
                 inspection=dict(inspector=None, inspected=None, start="2023-10-16", end="2023-12-15", feedback_date="2024-01-22"),
                 headline=dict(problems_total=247, problems_done=230, measures_total=None, measures_done=None, rules_made=None),
                 anomalies=["newspaper story with page chrome; three example problems run together in one paragraph (问题一：…整改情况：…)",
                            "headline counts (247) cover the whole round, only 3 problems are listed", "no issuer named: a newspaper byline"])
    return doc(stem="07_yangchuan_newspaper_story", fmt="txt", segs=segs, truth=truth, probs=probs,
               what="newspaper story (日报 page) with three problems run together inside one paragraph", model="http://dalidaily.com/dlrb/pc/202008/04/content_8817.html")
DOCS.append(d07)


# 08 docx with the problems in a Word table with a merged category column
def d08():
    C = ["政治建设方面", "作风建设方面", "制度执行方面"]
    probs = [
        P(1, "学习贯彻党的二十大精神不够深入系统", ["制定年度学习计划，开展专题学习8次", "举办读书班1期"], "circ", status="done", category=C[0]),
        P(2, "落实意识形态工作责任制不到位", ["明确班子成员意识形态工作责任清单", "每半年专题研判1次"], "circ", status="done", category=C[0]),
        P(3, "调查研究不深入，解决群众急难愁盼问题不够有力", ["班子成员每人确定1个调研课题并形成报告", "建立问题清单办理台账，已办结26件", "开展群众满意度回访"], "circ", status="in_progress", category=C[1]),
        P(4, "窗口服务意识不强，群众办事等候时间较长", ["推行延时错时服务，增设自助终端4台"], "plain", status="done", category=C[1]),
        P(5, "财务报销审核把关不严，个别票据要素不全", ["开展财务票据专项清查，补全票据要素14张", "修订财务报销管理办法"], "circ", status="done", category=C[2]),
        P(6, "合同管理不规范，部分合同未经法律审核", ["对2021年以来签订的合同全面清理，补充法律审核31份", "建立合同管理台账，实行归口管理"], "circ", status="long_term", category=C[2]),
    ]
    rows, merges = [], []
    stword = {"done": "已完成", "in_progress": "持续推进中", "long_term": "长期坚持"}
    start = {}
    for i, p in enumerate(probs, 1):
        rows.append([str(p["seq"]), p["category"] if p["category"] not in start else "", p["title"], measures_text(p["ms"], p["style"]), stword[p["status"]]])
        start.setdefault(p["category"], i)
    for c, r0 in start.items():
        r1 = max(i for i, p in enumerate(probs, 1) if p["category"] == c)
        if r1 > r0:
            merges.append((r0, r1, 1))
    for p in probs:  # the recount runs on the rendered measure cell
        n = recount(measures_text(p["ms"], p["style"]))
        assert n == len(p["ms"]), (p["seq"], n)
    segs = ["中共清河县市场监督管理局党组关于县委巡察反馈意见整改情况的通报\n",
            "按照县委统一部署，2023年3月20日至5月19日，县委第二巡察组对县市场监督管理局党组开展了常规巡察，6月16日反馈了巡察意见。局党组高度重视，坚决扛起整改主体责任，现将整改情况通报如下。\n",
            "一、整改工作开展情况\n" + ORG[0] + "\n" + ORG[2] + "\n" + ORG[3] + "\n" + EXTRA[1] + "\n" + EXTRA[2] + "\n",
            "二、反馈问题整改落实情况\n巡察反馈3个方面6个问题，已完成整改4个，持续推进1个，长期坚持1个；制定整改措施13条，建立完善制度9项。具体见下表：\n",
            ("TABLE", ["序号", "问题类别", "反馈问题", "整改措施", "完成情况"], rows, merges),
            "三、下一步工作打算\n" + NEXT[0].replace("我们", "局党组") + "\n" + NEXT[1] + "联系电话：0316-5123477。\n",
            "中共清河县市场监督管理局党组\n2023年10月9日\n"]
    truth = dict(kind="bulletin", title="中共清河县市场监督管理局党组关于县委巡察反馈意见整改情况的通报",
                 issuer="中共清河县市场监督管理局党组", report_date="2023-10-09",
                 inspection=dict(inspector="县委第二巡察组", inspected="县市场监督管理局党组", start="2023-03-20", end="2023-05-19", feedback_date="2023-06-16"),
                 headline=dict(problems_total=6, problems_done=4, measures_total=13, measures_done=None, rules_made=9),
                 anomalies=["problems in a Word table; category column merged vertically across rows", "measures marked ①②③ inside a table cell", "status in its own column"])
    return doc(stem="08_qinghe_scjg_table", fmt="docx", segs=segs, truth=truth, probs=probs,
               what="bulletin whose 6 problems sit in a Word table with a merged 问题类别 column", model="seeds 002 (shape of the bulletin); table layout as in the 附表 of http://tdq.siping.gov.cn/zw/tzgg/201912/t20191213_341203.html")
DOCS.append(d08)


# 09 traditional-character copy (truth in simplified): 关于“…”问题的整改情况 wrappers, categories （一）
def d09():
    C = ["（一）生态环境保护责任落实方面", "（二）突出生态环境问题方面"]
    probs = [
        P(1, "部分县区对生态环境保护“党政同责、一岗双责”理解不深，存在重发展轻保护倾向", ["市委常委会专题学习生态文明思想3次；", "将生态环境保护纳入县区高质量发展考核，权重提高至12%；", "对考核排名靠后的2个县区主要负责人进行约谈。"], "shi_lines", status="done", category=C[0]),
        P(2, "生态环境保护委员会统筹协调作用发挥不够", ["修订市生态环境保护委员会工作规则；", "建立成员单位月度会商制度。"], "shi_lines", status="done", category=C[0]),
        P(3, "矿山生态修复进展缓慢，历史遗留废弃矿山治理率偏低", ["编制废弃矿山生态修复三年行动方案；", "完成修复面积286公顷，治理率由41%提高到73%；", "引入社会资本参与修复。"], "shi_lines", status="in_progress", category=C[1]),
        P(4, "畜禽养殖污染治理不到位，部分规模养殖场粪污直排", ["对全市规模养殖场开展拉网式排查；", "关停搬迁禁养区内养殖场14家；", "配套建设粪污处理设施62套；", "建立畜禽粪污资源化利用台账。"], "shi_lines", status="in_progress", category=C[1]),
        P(5, "城市黑臭水体治理成效不稳定，个别水体出现返黑返臭", ["实施控源截污、内源治理等工程；"], "shi_lines", status="long_term", category=C[1]),
    ]
    stw = {"done": "已完成整改", "in_progress": "基本完成", "long_term": "长期坚持"}
    def tpl(p):
        return (f"{p['seq']}．關於“{p['title']}”問題的整改情況\n", "整改情況：" + stw[p["status"]] + "。\n" + measures_text(p["ms"], p["style"]) + "\n")
    segs = ["汝南市关于省第四生态环境保护督察组督察反馈意见整改落实情况的公告\n",
            "来源：汝南市人民政府办公室  发布时间：2022-11-08\n\n",
            "2021年11月15日至12月15日，省第四生态环境保护督察组对我市开展了第二轮省级生态环境保护督察，于2022年3月28日向我市反馈了督察意见。市委、市政府坚决扛起督察整改政治责任，现将整改落实情况公告如下。\n",
            "一、提高政治站位，加强组织领导\n" + ORG[0].replace("局党组", "市委、市政府").replace("党组书记", "市委书记").replace("党组会议", "市委常委会会议") + "\n" + ORG[1] + "\n",
            "二、反馈问题整改落实情况\n督察反馈问题共34个，截至2022年10月底，已完成整改26个，基本完成5个，需长期坚持3个。现将部分重点问题整改情况公告如下：\n"]
    cat = None
    for p in probs:
        if p["category"] != cat:
            cat = p["category"]
            segs.append(cat + "\n")
        segs.append((p, tpl))
    segs += ["三、下一步工作\n" + NEXT[0] + "\n", "汝南市生态环境保护督察整改工作领导小组办公室\n2022年11月7日\n"]
    truth = dict(kind="bulletin", title="汝南市关于省第四生态环境保护督察组督察反馈意见整改落实情况的公告",
                 issuer="汝南市生态环境保护督察整改工作领导小组办公室", report_date="2022-11-07",
                 inspection=dict(inspector="省第四生态环境保护督察组", inspected="我市", start="2021-11-15", end="2021-12-15", feedback_date="2022-03-28"),
                 headline=dict(problems_total=34, problems_done=26, measures_total=None, measures_done=None, rules_made=None),
                 anomalies=["traditional-character copy (OpenCC s2t); truth in simplified", "headline 34 problems but only 5 listed (部分重点问题)",
                            "problem 5 lists a single 一是 with no 二是", "关于“…”问题的整改情况 wrapper"])
    return doc(stem="09_runan_ducha_traditional", fmt="txt_trad", segs=segs, truth=truth, probs=probs,
               what="traditional-character copy of a city 督察 bulletin; 5 of 34 problems listed", model="http://fc807.cn/ReadNews.asp?NewsID=9803 (traditional copy) ; seeds 000")
DOCS.append(d09)


# 10 验收销号公示 of 第7项, Word-exported HTML via LibreOffice
def d10():
    p = P(7, "白沙河流域部分河段河道采砂管理混乱，违规堆砂占用河道行洪断面", ["开展河道非法采砂专项整治行动，查处非法采砂案件5起；", "清理河道违规堆砂点11处、砂石2.3万立方米，恢复河道行洪断面；", "在重点河段安装视频监控8处，实行24小时监控；", "建立水利、公安、自然资源部门联合执法机制。"], "paren", status="done", category=None, deadline="2023年6月30日")
    def tpl(p):
        return ("二、反馈问题\n第7项：" + p["title"] + "。\n",
                f"三、整改时限\n{p['deadline']}\n四、整改措施及完成情况\n" + measures_text(p["ms"], p["style"]) + "\n五、验收情况\n2023年9月14日，县级验收组通过查阅资料、现场核查等方式进行验收，认为该问题已按要求完成整改，通过验收，同意销号。\n")
    segs = ["石屏县中央生态环境保护督察反馈问题第7项整改验收销号公示\n",
            "根据中央生态环境保护督察整改验收销号工作有关要求，现将中央第六生态环境保护督察组反馈问题第7项整改验收情况予以公示，接受社会监督。\n",
            "一、基本情况\n2022年4月6日至5月6日，中央第六生态环境保护督察组对我省开展了第二轮督察，并于2022年7月13日反馈了督察意见。县委、县政府将反馈问题第7项列为重点整改任务，由分管副县长牵头，县水务局具体负责。\n",
            (p, tpl),
            "县督察整改办已将上述整改佐证材料汇编成册，包括整治方案、执法文书、清理前后对比照片、视频监控点位分布图、联合执法会议纪要等共计5类41份，存档备查。" + EXTRA[0] + "\n",
            "六、公示期限\n2023年9月18日至9月24日（5个工作日）。公示期间，如对整改情况有异议，可通过来信、来电等方式向县督察整改办反映。\n联系电话：0873-4821550\n\n",
            "石屏县生态环境保护督察整改工作领导小组办公室\n2023年9月18日\n"]
    truth = dict(kind="bulletin", title="石屏县中央生态环境保护督察反馈问题第7项整改验收销号公示",
                 issuer="石屏县生态环境保护督察整改工作领导小组办公室", report_date="2023-09-18",
                 inspection=dict(inspector="中央第六生态环境保护督察组", inspected="我省", start="2022-04-06", end="2022-05-06", feedback_date="2022-07-13"),
                 headline=dict(problems_total=None, problems_done=None, measures_total=None, measures_done=None, rules_made=None),
                 anomalies=["single task 验收销号公示 for 第7项; sections 一、…六、 are form fields, not categories", "Word document exported to HTML by LibreOffice"])
    return doc(stem="10_shiping_task7_acceptance", fmt="html_lo", segs=segs, truth=truth, probs=[p],
               what="验收销号公示 for 督察 problem 第7项 (通过验收), Word→HTML", model="http://www.yichang.gov.cn/content-62751-1044043-1.html ; http://tdq.siping.gov.cn/zw/tzgg/201912/t20191213_341203.html")
DOCS.append(d10)


# 11 counts per attachment, pdf
def d11():
    A1 = "附件1：市委巡察反馈问题整改情况（共4个问题）"
    A2 = "附件2：巡察移交问题线索及信访件办理情况（共3个问题）"
    probs = [
        P(1, "党委会议事规则不完善，议题提交程序不规范", ["修订党委会议事规则，明确议题提交程序；", "建立议题审核台账。"], "dot", status="done", category=A1),
        P(2, "落实基层减负要求不到位，文件会议偏多", ["全年发文数量同比压减27%；", "合并召开会议14次。"], "dot", status="done", category=A1),
        P(3, "工程项目结算审核不及时，部分项目超概算", ["委托第三方完成9个项目结算审核；", "对超概算项目履行调概程序；", "建立工程项目全过程跟踪审计机制。"], "dot", status="in_progress", category=A1),
        P(4, "食堂管理不规范，存在超标准接待", ["出台机关食堂管理办法，收回超标准接待费用0.86万元。"], "plain", status="done", category=A1),
        P(1, "群众反映的某小区物业维修资金使用不透明问题", ["督促物业公司公开维修资金使用明细，召开业主大会1次。"], "plain", status="done", category=A2),
        P(2, "群众反映的集镇道路破损久拖未修问题", ["落实资金46万元完成道路修复，已通过验收。"], "plain", status="done", category=A2),
        P(3, "群众反映的企业噪声扰民问题", ["责令企业加装隔音设施；", "调整夜间生产时段；", "开展噪声监测，监测结果达标，持续推进中。"], "dot", status="in_progress", category=A2),
    ]
    stw = {"done": "已完成", "in_progress": "持续推进中"}
    def tpl(p):
        return (f"{p['seq']}．{p['title']}\n", "整改措施：\n" + measures_text(p["ms"], p["style"]).replace("．", ".") + f"\n整改进展：{stw[p['status']]}\n")
    segs = ["中共港口镇委员会关于区委第六轮巡察整改进展情况的通报\n",
            "根据区委统一部署，区委第四巡察组于2023年9月4日至10月27日对港口镇党委开展了常规巡察，并于2023年12月8日反馈了巡察意见。按照有关规定，现将整改进展情况通报如下：\n",
            "一、整改工作总体情况\n" + ORG[0].replace("局党组", "镇党委").replace("党组书记", "党委书记").replace("党组会议", "党委会议") + "\n" + ORG[2] + "\n",
            EXTRA[2] + "\n" + "区委巡察组反馈问题4个、移交问题线索及信访件3个，合计7个，已完成整改5个，正在整改2个，建立完善制度8项。具体整改情况详见附件1、附件2。\n",
            "二、下一步工作\n" + NEXT[0].replace("我们", "镇党委") + "\n" + NEXT[1] + "\n\n附件：1.市委巡察反馈问题整改情况\n2.巡察移交问题线索及信访件办理情况\n\n中共港口镇委员会\n2024年4月2日\n\n"]
    cat = None
    for p in probs:
        if p["category"] != cat:
            cat = p["category"]
            segs.append("\n" + cat + "\n")
        segs.append((p, tpl))
    truth = dict(kind="bulletin", title="中共港口镇委员会关于区委第六轮巡察整改进展情况的通报",
                 issuer="中共港口镇委员会", report_date="2024-04-02",
                 inspection=dict(inspector="区委第四巡察组", inspected="港口镇党委", start="2023-09-04", end="2023-10-27", feedback_date="2023-12-08"),
                 headline=dict(problems_total=7, problems_done=5, measures_total=None, measures_done=None, rules_made=8),
                 anomalies=["problems only in two attachments, each with its own count (共4个问题 / 共3个问题); numbering restarts in 附件2",
                            "attachment 1 is titled 市委巡察 in the attachment list although the inspection is by the 区委 (clerk's slip)",
                            "signature sits before the attachments",
                            "s24, lead: C1 — the attachments' count notes (共4个问题 / 共3个问题) are dropped from the categories"])
    return doc(stem="11_gangkou_town_two_attachments", fmt="pdf", segs=segs, truth=truth, probs=probs,
               what="town bulletin, 7 problems in two attachments with counts per attachment", model="http://jw.km.gov.cn/c/2023-01-29/4656419.shtml ; seeds 003")
DOCS.append(d11)


# 12 dates and parties in prose; signature date in Chinese numerals
def d12():
    probs = [
        P(1, "四平市辽河流域部分支流水质不达标，条子河、招苏台河断面氨氮超标", ["实施条子河综合治理工程，新建截污管网12.7公里；", "建成红嘴污水处理厂提标改造工程；", "开展支流沿岸排查，整治排污口27个。"], "shi", status="done", category="一、水污染防治方面", deadline="2023年年底"),
        P(2, "城镇污水处理厂运行不稳定，进水浓度偏低", ["推进城区管网修复改造，进水COD浓度提升至182毫克/升。"], "plain", status="in_progress", category="一、水污染防治方面", deadline="2024年年底"),
        P(3, "秸秆露天焚烧问题屡禁不止，秋冬季空气质量波动大", ["落实秸秆禁烧网格化管理，设立网格员2136名；", "推进秸秆综合利用，综合利用率达到91%；", "对发现火点的乡镇进行通报问责。"], "shi", status="long_term", category="二、大气污染防治方面", deadline="长期坚持"),
    ]
    stw = {"done": "已完成", "in_progress": "正在推进", "long_term": "长期坚持"}
    def tpl(p):
        return (f"（{cnum(p['seq'])}）{p['title']}。\n", f"整改时限：{p['deadline']}。整改进展：{stw[p['status']]}。" + measures_text(p["ms"], p["style"]) + "\n")
    segs = ["四平市贯彻落实中央生态环境保护督察报告整改方案进展情况\n",
            "2022年9月7日至9月26日，中央第三生态环境保护督察组对吉林省开展了第三轮督察，期间对四平市开展了下沉督察，并于2023年1月11日向吉林省委、省政府反馈了督察意见。\n",
            "市委、市政府把督察整改作为重大政治任务，先后12次召开市委常委会会议、市政府常务会议研究部署督察整改工作。" + ORG[2].replace("局", "市") + "\n",
            "截至今年6月底，督察反馈涉及我市的整改任务21项，已完成整改14项，其余7项正在按序时推进，累计出台制度文件17项。现将重点任务整改情况报告如下：\n"]
    cat = None
    for p in probs:
        if p["category"] != cat:
            cat = p["category"]
            segs.append(cat + "\n")
        segs.append((p, tpl))
    segs += ["三、存在问题\n" + EXTRA[5] + "\n" + "四、下一步打算\n" + NEXT[0] + "\n" + EXTRA[3] + "\n", "四平市生态环境保护督察整改工作领导小组\n二〇二三年七月十日\n"]
    truth = dict(kind="bulletin", title="四平市贯彻落实中央生态环境保护督察报告整改方案进展情况",
                 issuer="四平市生态环境保护督察整改工作领导小组", report_date="2023-07-10",
                 inspection=dict(inspector="中央第三生态环境保护督察组", inspected="吉林省", start="2022-09-07", end="2022-09-26", feedback_date="2023-01-11"),
                 headline=dict(problems_total=21, problems_done=14, measures_total=None, measures_done=None, rules_made=17),
                 anomalies=["signature date in Chinese numerals (二〇二三年七月十日)", "inspection period 2022年9月7日至9月26日 (second month without year)",
                            "the inspected party is the province; the city only had a 下沉督察", "problems numbered （一）（二） like sub-headings, numbering continues across categories",
                            "整改时限 and status on the same line before the measures"])
    return doc(stem="12_siping_ducha_dates_prose", fmt="txt", segs=segs, truth=truth, probs=probs,
               what="city progress report, dates and parties in prose, Chinese-numeral signature date, 3 of 21 tasks", model="http://tdq.siping.gov.cn/zw/tzgg/201912/t20191213_341203.html")
DOCS.append(d12)


# 13 clerk's numbering: jumps, a repeated number, mixed 1./（一）, items run together in one paragraph
def d13():
    C = "二、巡察反馈问题整改情况"
    probs = [
        P(1, "理论学习流于形式，学用结合不紧", ["建立学习督查通报制度；", "开展“学思践悟”交流研讨4次。"], "shi", status="done", category=C, head="1."),
        P(2, "财务内控制度执行不严，大额资金支付未经集体研究", ["补充履行集体决策程序；", "修订财务内控手册。"], "shi", status="done", category=C, head="2."),
        P(2, "固定资产账实不符，部分资产未入账", ["全面清查固定资产，补登入账资产137件，报废处置资产62件。"], "plain", status="done", category=C, head="2."),
        P(4, "执纪问责偏宽偏软，“四种形态”运用不充分", ["对巡察移交的问题线索逐件核查；", "运用第一种形态处理7人次；", "召开警示教育大会。"], "shi", status="in_progress", category=C, head="4."),
        P(5, "选人用人程序不规范，个别干部档案材料缺失", ["开展干部人事档案专项审核，补充材料46份。"], "plain", status="done", category=C, head="（五）"),
    ]
    stw = {"done": "已完成整改", "in_progress": "正在整改中"}
    def tpl(p):
        return (f"{p['head']}{p['title']}，", "整改情况：" + measures_text(p["ms"], p["style"]) + f"（{stw[p['status']]}）")
    segs = ["县林业局党组关于巡察整改情况的报告\n县委巡察办：\n",
            "2023年4月3日至5月26日，县委第一巡察组对我局党组进行了巡察，2023年7月4日反馈巡察意见。局党组照单全收、逐条整改，现将整改情况报告如下：\n",
            "一、主要做法\n" + ORG[0] + ORG[2] + ORG[3] + EXTRA[1] + "\n",
            C + "\n反馈问题共5个，已完成整改4个。",
            ] + [(p, tpl) for p in probs] + [
            "\n三、存在的不足和下一步打算\n虽然整改工作取得了阶段性成效，但也存在一些不足：有的问题整改标准还不够高，长效机制建设还需加强。下一步，局党组将持续用力抓好整改，以整改实效推动林业高质量发展。\n",
            "中共宁远县林业局党组\n2023年9月28日\n"]
    truth = dict(kind="bulletin", title="县林业局党组关于巡察整改情况的报告",
                 issuer="中共宁远县林业局党组", report_date="2023-09-28",
                 inspection=dict(inspector="县委第一巡察组", inspected="我局党组", start="2023-04-03", end="2023-05-26", feedback_date="2023-07-04"),
                 headline=dict(problems_total=5, problems_done=4, measures_total=None, measures_done=None, rules_made=None),
                 anomalies=["all five problems run together in ONE paragraph", "numbering 1. 2. 2. 4. （五）: repeated 2, missing 3, style switch",
                            "status in brackets after the measures", "title names no county; issuer from signature"])
    return doc(stem="13_ningyuan_lyj_one_paragraph", fmt="txt", segs=segs, truth=truth, probs=probs,
               what="county forestry bureau report: 5 problems run together in one paragraph with broken numbering", model="seeds 003/004 (numbering defects) ; http://www.hgjwjw.gov.cn/xyq/xsxs/663.html")
DOCS.append(d13)


# 14 整改方案 (plan), docx, with 责任单位 and 整改目标
def d14():
    probs = [
        P(1, "乡镇集中式饮用水水源地保护区划定不规范，部分保护区内存在违章建筑", ["完成全县23个乡镇级水源地保护区划定复核；", "拆除保护区内违章建筑；", "设置界标、警示牌。"], "shi", category="（一）水环境方面", deadline="2024年6月底", units=["县生态环境分局", "县水利局", "各乡镇人民政府"]),
        P(2, "工业园区污水处理设施负荷率低，配套管网不完善", ["完善园区配套管网；", "实施企业废水分质收集。"], "shi", category="（一）水环境方面", deadline="2024年12月底", units=["县工业园区管委会"]),
        P(3, "建筑工地扬尘管控不严", ["全面落实“六个百分之百”扬尘管控要求。"], "plain", category="（二）大气环境方面", deadline="立行立改，长期坚持", units=["县住建局", "县城管局"]),
    ]
    def tpl(p):
        return (f"{p['seq']}．{p['title']}。", f"整改目标：问题整改到位，建立长效机制。整改时限：{p['deadline']}。（责任单位：{'、'.join(p['units'])}）\n整改措施：" + measures_text(p["ms"], p["style"]) + "\n")
    segs = ["青阳县贯彻落实省第二生态环境保护督察组督察反馈意见整改方案\n",
            "2023年5月15日至6月15日，省第二生态环境保护督察组对我县开展了生态环境保护督察，并于2023年8月21日反馈了督察意见。为切实抓好督察反馈问题整改，制定本方案。\n",
            "一、总体要求\n坚持以习近平生态文明思想为指导，坚持问题导向、目标导向，坚持边督边改、立行立改，确保反馈问题按时保质整改到位。\n",
            "二、组织领导\n成立县督察整改工作领导小组，由县委书记、县长任组长，领导小组办公室设在县生态环境分局。\n",
            "三、整改任务\n督察反馈问题共3个，制定整改措施6条。\n"]
    cat = None
    for p in probs:
        if p["category"] != cat:
            cat = p["category"]
            segs.append(cat + "\n")
        segs.append((p, tpl))
    segs += ["四、保障措施\n" + EXTRA[0] + "\n" + "（一）加强组织领导。各责任单位主要负责同志为第一责任人。\n（二）强化督查督办。县委督查室、县政府督查室每月对整改进度进行督查。\n（三）严格责任追究。对整改不力的严肃问责。\n",
             "中共青阳县委办公室\n青阳县人民政府办公室\n2023年9月20日\n"]
    truth = dict(kind="plan", title="青阳县贯彻落实省第二生态环境保护督察组督察反馈意见整改方案",
                 issuer="中共青阳县委办公室", report_date="2023-09-20",
                 inspection=dict(inspector="省第二生态环境保护督察组", inspected="我县", start="2023-05-15", end="2023-06-15", feedback_date="2023-08-21"),
                 headline=dict(problems_total=3, problems_done=None, measures_total=6, measures_done=None, rules_made=None),
                 anomalies=["plan with 整改目标/整改时限/责任单位 on the problem line; two issuers in the signature (first taken)",
                            "保障措施 list （一）（二）（三） is not a problem list"])
    return doc(stem="14_qingyang_plan", fmt="docx", segs=segs, truth=truth, probs=probs,
               what="county 整改方案 (plan): 3 problems with units and deadlines", model="seeds 001")
DOCS.append(d14)


# 15 news story of a feedback meeting: zero problems, figures none, dates in prose
def d15():
    segs = ["首页 > 纪检监察 > 巡视巡察\n",
            "市委巡察组集中反馈第五轮巡察情况\n来源：栖霞市纪委监委网站  发布时间：2024-09-12 17:35:06  【字号：大 中 小】\n\n",
            "根据市委统一部署，9月2日至9月10日，市委6个巡察组分别向本轮常规巡察、巡察“回头看”、专项巡察涉及的31家党组织进行了反馈。\n",
            "巡察组向各被巡察党组织主要负责人通报了本轮巡察发现的突出问题，向被巡察党组织领导班子反馈了巡察情况。分管市领导、市委巡察工作领导小组成员出席反馈会，对做好巡察整改工作提出明确要求。\n",
            "反馈指出，被巡察党组织能够认真贯彻上级决策部署，但巡察也发现了一些问题和不足：有的贯彻新发展理念不够完整准确全面；有的全面从严治党主体责任压得不实，重点领域风险防控存在短板弱项；有的党建与业务融合度还需深化；有的上轮巡察整改成效还需巩固。\n",
            "反馈要求，被巡察党组织要切实扛稳抓牢巡察整改主体责任，全力以赴推进整改工作落实、落细、落到底。市纪委监委和市委组织部要通过列席民主生活会、指导制定整改方案、听取汇报等方式加强整改日常监督。\n",
            "按照有关规定，被巡察党组织要在反馈后1个月内报送整改落实方案，3个月内报送整改进展情况报告，整改情况要向党内通报、向社会公开。\n",
            EXTRA[1].replace("坚持以案促改", "会议强调，要坚持以案促改") + "\n",
            "巡察期间，各巡察组共受理来信来访来电412件次，个别谈话1536人次，发现问题线索23件，已按规定移交相关部门处理。\n",
            "【打印】【关闭】\n相关链接：中央纪委国家监委网站 | 省纪委监委网站\n版权所有：中共栖霞市纪律检查委员会 栖霞市监察委员会\n"]
    truth = dict(kind="bulletin", title="市委巡察组集中反馈第五轮巡察情况", issuer="栖霞市纪委监委", report_date="2024-09-12",
                 inspection=dict(inspector="市委6个巡察组", inspected=None, start=None, end=None, feedback_date="2024-09-02"),
                 headline=dict(problems_total=None, problems_done=None, measures_total=None, measures_done=None, rules_made=None),
                 anomalies=["news of a feedback meeting: no rectification items, zero problems", "feedback dates without a year (9月2日至9月10日), resolved from 发布时间",
                            "the 有的…；有的… list is the feedback summary, not problems", "site chrome"])
    return doc(stem="15_qixia_feedback_meeting_news", fmt="txt", segs=segs, truth=truth, probs=[],
               what="news of a 巡察 feedback meeting: zero problems, figures are not rectification totals", model="(pages search result: 市委6个巡察组…31家党组织 反馈 story; no url given)")
DOCS.append(d15)


# 16 status sections (已完成 / 正在推进 / 长期坚持) with numbering restarting, a stray duplicated heading
def d16():
    S = ["（一）已完成整改的问题（4个）", "（二）正在推进整改的问题（2个）", "（三）需长期坚持的问题（1个）"]
    probs = [
        P(1, "医保基金监管存在漏洞，定点医药机构违规结算时有发生", ["开展定点医药机构专项检查，追回违规结算资金214.6万元；", "暂停3家机构医保服务协议；", "上线智能审核系统。"], "paren_run", status="done", category=S[0]),
        P(2, "经办服务窗口“一窗通办”落实不到位", ["整合经办窗口，实现16项业务一窗受理。"], "plain", status="done", category=S[0]),
        P(3, "内部控制制度不健全，岗位分离不彻底", ["修订内控制度8项；", "实行经办、审核、复核岗位分离。"], "paren_run", status="done", category=S[0]),
        P(4, "干部教育培训针对性不强", ["分层分类开展业务培训6期。"], "plain", status="done", category=S[0]),
        P(1, "异地就医直接结算备案流程繁琐", ["推行线上备案；", "压缩备案时限至1个工作日。"], "paren_run", status="in_progress", category=S[1]),
        P(2, "历史欠费清缴进展慢", ["建立欠费清缴台账，已清缴欠费1386万元，剩余部分正在推进。"], "plain", status="in_progress", category=S[1]),
        P(1, "基层医保服务能力薄弱", ["推进医保服务向村（社区）延伸；", "每年开展基层经办人员轮训。"], "paren_run", status="long_term", category=S[2]),
    ]
    def tpl(p):
        return (f"{p['seq']}.{p['title']}。", measures_text(p["ms"], p["style"]) + "\n")
    segs = ["发布日期：2025-05-20 信息来源：市医疗保障局 字体：[大 中 小] 分享到：\n\n",
            "中共渭南山市医疗保障局党组关于巡察整改进展情况的通报\n",
            "根据市委统一部署，2024年8月19日至10月18日，市委第二巡察组对市医疗保障局党组开展了常规巡察，2024年12月5日反馈了巡察意见。现将整改进展情况公布如下。\n",
            "一、整改工作组织情况\n" + ORG[0] + "\n" + ORG[4] + "\n" + EXTRA[2] + "\n" + EXTRA[4] + "\n",
            "二、巡察反馈问题整改情况\n巡察反馈问题7个，已完成整改4个，正在推进2个，长期坚持1个；制定整改措施14条，已落实12条；建立完善制度10项。\n"]
    cat = None
    for p in probs:
        if p["category"] != cat:
            cat = p["category"]
            segs.append(cat + "\n")
        segs.append((p, tpl))
    segs += ["三、下一步工作\n" + NEXT[0] + "\n" + NEXT[1] + "联系电话：0913-2108866\n", "中共渭南山市医疗保障局党组\n2025年5月16日\n"]
    truth = dict(kind="bulletin", title="中共渭南山市医疗保障局党组关于巡察整改进展情况的通报",
                 issuer="中共渭南山市医疗保障局党组", report_date="2025-05-16",
                 inspection=dict(inspector="市委第二巡察组", inspected="市医疗保障局党组", start="2024-08-19", end="2024-10-18", feedback_date="2024-12-05"),
                 headline=dict(problems_total=7, problems_done=4, measures_total=14, measures_done=12, rules_made=10),
                 anomalies=["status sections as categories; numbering restarts at 1 in each", "publication chrome line BEFORE the title",
                            "measures （1）（2） run on the title line's paragraph", "1.title with no space after the ASCII dot",
                            "s24, lead: C1 — the sections' count notes （4个）/（2个）/（1个） are dropped from the categories"])
    return doc(stem="16_weinanshan_ybj_status_sections", fmt="txt", segs=segs, truth=truth, probs=probs,
               what="bulletin with status sections (已完成/正在推进/长期坚持), numbering restarting", model="seeds 003 ; http://www.boshan.gov.cn/gongkai/site_bsqsthjj/channel_c_5f9f6c5d03741cded2c00eeb_n_1605681906.9006/doc_6959bfa7d5d7dd1d65e0462a.html")
DOCS.append(d16)


# ---------------------------------------------------------------- rendering
def html_web(text, title):
    body = "\n".join(f"<p>{line}</p>" for line in text.split("\n") if line.strip())
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title + "_临沣市人民政府门户网站</title>\n"
            "<meta name=\"ArticleTitle\" content=\"" + title + "\"><meta name=\"PubDate\" content=\"2024-03-18 09:12\">\n"
            "<link rel=\"stylesheet\" href=\"/css/common.css\"><script src=\"/js/jquery.min.js\"></script></head>\n<body>\n"
            "<div class=\"top\"><a href=\"/\">首页</a> <a href=\"/jggk/\">机构概况</a> <a href=\"/zwgk/\">政务公开</a></div>\n"
            "<div class=\"article\">\n" + body + "\n</div>\n<div class=\"footer\">版权所有：临沣市生态环境局</div>\n"
            "<script>var _hmt = _hmt || [];</script>\n</body></html>\n")


def main():
    sys.path.insert(0, str(HERE))
    import render
    rows = []
    for f in DOCS:
        d = f()
        text = render.build_text(d, recount)
        truth = render.truth_of(d)
        stem, fmt = d["stem"], d["fmt"]
        if fmt == "txt":
            (HERE / f"{stem}.txt").write_text(text, encoding="utf-8")
        elif fmt == "txt_gb18030":
            (HERE / f"{stem}.txt").write_bytes(text.encode("gb18030"))
        elif fmt == "txt_trad":
            import opencc
            (HERE / f"{stem}.txt").write_text(opencc.OpenCC("s2t").convert(text), encoding="utf-8")
        elif fmt == "html_web":
            (HERE / f"{stem}.html").write_text(html_web(text, truth["title"]), encoding="utf-8")
        elif fmt in ("docx", "pdf", "html_lo"):
            out = HERE / f"{stem}.docx"
            render.write_docx(d, text, out, recount)
            if fmt != "docx":
                render.soffice(out, "pdf" if fmt == "pdf" else "html:HTML (StarWriter)", HERE)
                out.unlink()
        else:
            raise ValueError(fmt)
        (HERE / f"{stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        rows.append((stem, truth["kind"], d["what"], len(truth["problems"]), d["model"], len(text.encode("utf-8"))))
    for r in rows:
        print(r[0], r[1], r[3], f"{r[5]} bytes")
    return rows


if __name__ == "__main__":
    main()
