"""Generate blind held-out set H (written by helper writer11): documents + truths.

All bodies, people, places and figures are invented for testing. Each document's layout (structure, headings,
numbering, field labels, wording habits) is modelled on one real page found with the search tool; the page's
address is named in the comment above each docNN function.
Run from the worktree root:  .venv/bin/python tests/importer/blindwritten11/make.py
Every measure_count is counted twice: once from the data (len of the measure list) and once
by a regex recount over the rendered measure text; make.py refuses to write when they differ.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import openpyxl
from docx import Document
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/importer: the generators' shared kit
from blindwritten_kit import CN, cn, html_page, paras_html, Prob, writers  # noqa: E402

save_truth, write_docx, write_pdf = writers(OUT)


# ================================================================ 01 ministry 巡视 bulletin, three 方面, numbered across


def wrap(text, width=36):
    """Hard-wrap every line at width characters (as a copied PDF or a scanned page would)."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


def word_html(title, paras):
    """An HTML file as Word's 'Save as web page' writes it (mso styles, spans, o:p)."""
    body = []
    for kind, text in paras:
        if kind == "title":
            body.append(f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;"
                        f"font-family:方正小标宋简体'>{text}<span lang=EN-US><o:p></o:p></span></span></b></p>")
        elif kind == "h":
            body.append(f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span style='font-family:黑体'>"
                        f"{text}<span lang=EN-US><o:p></o:p></span></span></p>")
        elif kind == "pr":
            body.append(f"<p class=MsoNormal align=right style='text-align:right'><span style='font-family:仿宋_GB2312'>{text}</span></p>")
        else:
            body.append(f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
                        f"mso-line-height-rule:exactly'><span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:"
                        f"\"Times New Roman\"'>{text}<span lang=EN-US><o:p></o:p></span></span></p>")
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n<meta name=ProgId content=Word.Document>\n"
            "<meta name=Generator content=\"Microsoft Word 15\">\n<meta name=Originator content=\"Microsoft Word 15\">\n"
            f"<title>{title}</title>\n<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>dzb</o:Author>\n"
            "  <o:Pages>4</o:Pages>\n </o:DocumentProperties>\n</xml><![endif]-->\n<style>\n<!--\n p.MsoNormal, li.MsoNormal, "
            "div.MsoNormal\n\t{mso-style-unhide:no;margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;}\n"
            "@page WordSection1\n\t{size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n-->\n"
            "</style>\n</head>\n<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n"
            "<div class=WordSection1>\n" + "\n".join(body) + "\n</div>\n</body>\n</html>\n")


def att_lines(probs, label, status_word, cats):
    """Attachment items 'label1.1：title' / 整改时限 / 整改进展情况 / (1)(2) lines; cats maps category -> its number."""
    lines, last = [], None
    for p in probs:
        if p.cat != last:
            lines.append(f"{cn(cats[p.cat])}、{p.cat}")
            last = p.cat
        lines.append(f"{label}{cats[p.cat]}.{p.seq}：{p.title}")
        lines.append(f"整改时限：{p.deadline}")
        lines.append(f"整改进展情况：{status_word[p.status]}")
        lines += p.mtext("\n").split("\n")
    return lines


# ================================================================ 01 audit-rectification report, problems in two attachments (.docx)
# Layout modelled on http://sjj.ningbo.gov.cn/art/2023/1/6/art_1229055570_58921710.html (审计局 report to the 人大常委会:
# salutation 主任、副主任、秘书长、各位委员, 一、整改工作总体部署和推进情况 with narrative (一)(二)); the attachments follow issue 10 kind 1.
def doc01():
    stem = "g11_01_audit_report_attachments"
    A, B, C = "预算编制和执行方面", "国有资产管理方面", "部门预算执行审计发现的问题"
    W = {"done": "已完成整改", "in_progress": "持续推进中"}
    p1 = [
        Prob(1, A, "部分项目支出预算编制不细化，年初代编预算2.36亿元未落实到具体单位和项目", [
            "市财政局修订《市级部门预算编制规程》，明确代编预算比例不超过10%",
            "2024年预算编制中代编预算已压减至0.41亿元"], "done", [], "2023年10月底", "paren"),
        Prob(2, A, "3项上级转移支付资金分配下达不及时，超过规定时限30日以上", [
            "对超期资金逐项核实，已全部分配下达", "建立转移支付资金分配时限预警机制", "对2个责任科室负责人进行约谈"],
             "done", [], "立行立改", "paren"),
        Prob(3, A, "财政存量资金清理不到位，结转两年以上资金1.08亿元未收回统筹", [
            "已收回统筹结转资金0.86亿元", "剩余0.22亿元涉及在建工程，按工程进度分期收回"], "in_progress", [], "2024年6月底", "paren"),
        Prob(1, B, "行政事业单位资产底数不清，12家单位账实不符", [
            "开展行政事业单位资产清查，核实资产账面价值", "完成账务调整和系统更新"], "done", [], "2023年12月底", "paren"),
        Prob(2, B, "部分闲置房产长期未盘活，6处房产闲置3年以上", [
            "制定闲置房产盘活方案，已出租2处、调剂使用1处"], "in_progress", [], "2024年12月底", "paren"),
    ]
    p2 = [
        Prob(1, C, "市交通运输局无依据向下属单位拨付工作经费186万元", [
            "已收回违规拨付经费186万元", "修订局机关经费管理办法"], "done", [], "2023年9月底", "paren"),
        Prob(2, C, "市农业农村局政府采购项目化整为零规避公开招标", [
            "对相关采购项目重新履行采购程序", "组织全局财务人员开展政府采购法规培训", "对经办人员进行诫勉谈话"],
             "done", [], "2023年10月底", "paren"),
        Prob(3, C, "市卫生健康委专项资金结余未及时上缴，涉及资金93.5万元", ["已上缴财政93.5万元"], "done", [], "立行立改", "paren"),
        Prob(4, C, "市住房城乡建设局部分工程项目未按规定办理竣工决算", [
            "已完成4个项目竣工决算", "剩余3个项目正在开展决算审计"], "in_progress", [], "2024年3月底", "paren"),
    ]
    probs = p1 + p2
    blocks = [("title", "青岚市审计局关于2022年度青岚市本级预算执行和其他财政收支审计工作报告反映问题整改情况的报告"),
              ("p", "主任、副主任、秘书长、各位委员：\n"
                    "今年8月，市十五届人大常委会第十一次会议听取和审议了《青岚市人民政府关于2022年度市本级预算执行和其他财政收支的审计工作报告》（以下简称审计工作报告）。"
                    "2023年3月6日至6月30日，市审计局对市财政局等14个部门单位2022年度预算执行和其他财政收支情况进行了审计。下面根据会议安排，就审计工作报告反映问题的整改情况报告如下："),
              ("h", "一、整改工作总体部署和推进情况"),
              ("p", "（一）市政府高度重视审计整改工作。市政府召开常务会议2次、专题会议3次研究部署审计整改工作，建立市政府分管领导分工负责推进的工作机制。\n"
                    "（二）责任部门单位积极落实整改措施。各责任单位主要负责人亲自部署，细化制订整改方案，明确责任、标准、时限，实行对账销号。\n"
                    "（三）审计机关加强跟踪检查。市审计局对整改情况逐项跟踪复核，对整改不到位的问题及时督促，推动建立健全长效机制。"),
              ("h", "二、审计查出问题的整改情况"),
              ("p", "审计工作报告反映的2个方面共9个问题，截至2023年11月底，已完成整改6个，持续推进3个；整改问题金额3.47亿元，制定完善制度11项。"
                    "其中，市本级预算执行审计发现问题5个，已完成整改3个；部门预算执行审计发现问题4个，已完成整改3个。具体整改情况详见附件1、附件2。"),
              ("h", "三、下一步工作"),
              ("p", "一是对持续推进的3个问题，督促责任单位按计划推进，整改一个销号一个；二是加强审计整改结果运用，将整改情况纳入部门绩效考核；三是健全审计整改长效机制，防止屡审屡犯。"),
              ("p", "附件：1.市本级预算执行审计发现问题整改进展情况\n2.部门预算执行审计发现问题整改进展情况"),
              ("pr", "青岚市审计局"), ("pr", "2023年12月18日"), ("break", None),
              ("h", "附件1"), ("title", "市本级预算执行审计发现问题整改进展情况（共5个问题）"),
              ("p", "\n".join(att_lines(p1, "项目", W, {A: 1, B: 2}))), ("break", None),
              ("h", "附件2"), ("title", "部门预算执行审计发现问题整改进展情况（共4个问题）"),
              ("p", "\n".join(att_lines(p2, "项目", W, {C: 1})))]
    # OCR-like slip in the printed copy: 项目1.2 appears as 项目l.2
    blocks = [(k, v.replace("项目1.2：3项", "项目l.2：3项") if isinstance(v, str) else v) for k, v in blocks]
    assert any(isinstance(v, str) and "项目l.2：" in v for _, v in blocks)
    write_docx(stem, blocks)
    save_truth(stem, kind="bulletin", title="青岚市审计局关于2022年度青岚市本级预算执行和其他财政收支审计工作报告反映问题整改情况的报告",
               issuer="青岚市审计局", date="2023-12-18",
               insp=["青岚市审计局", "市财政局等14个部门单位", "2023-03-06", "2023-06-30", None],
               headline={"problems_total": 9, "problems_done": 6, "rules_made": 11}, probs=probs, koi=[1, 6, 7],
               anomalies=["Report body (一、二、三、 with narrative （一）（二）（三）) holds no problems; the 9 problems are in 附件1 (5) and 附件2 (4).",
                          "Items labelled '项目1.1：…' (dotted; seq is the last number); one OCR-style slip '项目l.2' (seq 2).",
                          "Each item: 整改时限 / 整改进展情况 (已完成整改=done, 持续推进中=in_progress) / （1）（2） lines = measures.",
                          "Categories are the attachment sub-headings 一、预算编制和执行方面 / 二、国有资产管理方面 / 一、部门预算执行审计发现的问题.",
                          "Headline '2个方面共9个问题…已完成整改6个…制定完善制度11项'; per-attachment counts 5/3 and 4/3 are distractors; 3.47亿元 is money.",
                          "Audit report: inspector is the audit office itself; no feedback date. 下一步 一是…三是 are not measures. Page footer numbers '— 1 —'."])


# ================================================================ 02 bureau bulletin: organising section first, problems in the middle (.pdf)
# Layout modelled on http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html (（一）在“…”方面 /
# 1.关于“…”问题的整改, figures 巡察反馈N个问题，已完成整改M个、正在整改K个，整改完成率, 制定及修改完善制度) and, for the
# outer sections, the outline at https://www.wentop.com/wen/51/101605.html (一、提高政治站位… 二、坚持问题导向… 三、聚焦…/四、强化保障…).
def doc02():
    stem = "g11_02_justice_bureau_middle_section_pdf"
    A = "在“贯彻落实上级决策部署不够有力，党组领导作用发挥不充分”方面"
    B = "在“全面从严治党责任落实不到位，重点领域监管存在薄弱环节”方面"
    C = "在“基层党组织建设存在短板，干部队伍管理不够严格”方面"
    probs = [
        Prob(1, A, "学习贯彻习近平法治思想不够深入，理论学习中心组学习流于形式", [
            "修订局党组理论学习中心组学习制度，实行学习计划、记录、考勤“三统一”",
            "开展习近平法治思想专题轮训，覆盖全系统干部136人次"]),
        Prob(2, A, "公共法律服务体系建设推进缓慢，村（社区）法律顾问作用发挥不明显", [
            "调整充实村（社区）法律顾问队伍，实现全区126个村（社区）全覆盖",
            "建立法律顾问服务台账和季度考评机制", "开展“法律明白人”培训8场次"]),
        Prob(3, B, "社区矫正经费使用不规范，存在超范围列支现象", [
            "对2021年以来社区矫正经费开展专项清理，收回超范围列支资金3.2万元", "修订局机关财务报销管理办法"]),
        Prob(4, B, "人民调解员以案定补资金审核把关不严", ["重新核定以案定补标准，建立“一案一档”审核制度"]),
        Prob(5, C, "司法所党建工作薄弱，“三会一课”制度落实不到位", [
            "逐所开展党建工作检查，督促整改不规范问题17个", "将司法所党建工作纳入年度考核"]),
        Prob(6, C, "干部交流轮岗不及时，部分关键岗位人员任职时间过长", [
            "制定干部交流轮岗实施办法", "对在关键岗位任职满5年的4名干部进行交流"]),
    ]
    lines, last = [], None
    for p in probs:
        if p.cat != last:
            lines.append(f"（{cn([None, A, B, C].index(p.cat))}）{p.cat}")
            last = p.cat
        lines.append(f"{p.seq}.关于“{p.title}”问题的整改")
        lines.append(p.mtext())
    blocks = [("title", "中共溪桥区司法局党组关于巡察整改进展情况的通报"),
              ("p", "根据区委统一部署，2023年9月11日至10月27日，区委第三巡察组对区司法局党组进行了巡察。12月15日，区委第三巡察组向区司法局党组反馈了巡察意见。"
                    "按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。"),
              ("h", "一、提高政治站位，以高度的政治自觉抓好巡察整改"),
              ("p", "（一）加强组织领导。局党组第一时间召开专题会议，成立由党组书记任组长的巡察整改工作领导小组，党组书记切实履行第一责任人职责，班子成员落实“一岗双责”。\n"
                    "（二）细化整改措施。对照巡察反馈意见，逐条建立问题清单、任务清单、责任清单，明确责任领导、责任科室和整改时限。\n"
                    "（三）强化督促检查。实行整改周调度、月通报，对整改进度滞后的科室和司法所进行提醒督办。\n"
                    "截至2024年3月10日，巡察反馈6个问题，已完成整改4个、正在整改2个，整改完成率66.7%；制定及修改完善制度9项，批评教育3人。"),
              ("h", "二、坚持问题导向，反馈问题整改落实情况"),
              ("p", "\n".join(lines)),
              ("h", "三、持续用心用力，推动巡察整改走深走实"),
              ("p", "一是坚持目标不变、标准不降，对正在整改的2个问题紧盯不放，确保按期完成；二是坚持“当下改”与“长久立”相结合，健全完善长效机制；"
                    "三是强化整改成果运用，以巡察整改推动全区司法行政工作高质量发展。\n"
                    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0XXX-6218XXX。"),
              ("pr", "中共溪桥区司法局党组"), ("pr", "2024年3月20日")]
    write_pdf(stem, blocks)
    save_truth(stem, kind="bulletin", title="中共溪桥区司法局党组关于巡察整改进展情况的通报", issuer="中共溪桥区司法局党组",
               date="2024-03-20", insp=["区委第三巡察组", "区司法局党组", "2023-09-11", "2023-10-27", "2023-12-15"],
               headline={"problems_total": 6, "problems_done": 4, "rules_made": 9}, probs=probs, koi=[2, 7],
               anomalies=["PDF (LibreOffice from .docx) with page footer numbers.",
                          "The first section 一、提高政治站位… holds organising items （一）加强组织领导 （二）细化整改措施 （三）强化督促检查: not problems.",
                          "Problems are in the middle section 二、: categories '（一）在“…”方面' (category = the heading without （一）, as in the existing real truths), items '1.关于“…”问题的整改', numbered across categories.",
                          "Last section 三、持续用心用力… has 一是/二是/三是 next steps: not measures.",
                          "Feedback '12月15日' has no year (2023 from the inspection period). No per-problem status.",
                          "Headline '巡察反馈6个问题，已完成整改4个、正在整改2个…制度9项'; '批评教育3人' and 66.7% are distractors. Problem 4 has one undivided measure."])


# ================================================================ 03 one-problem 验收销号公示 (.txt, web copy)
# Layout modelled on https://deaufficio.com/suma/xwzx/tzgg/195045811.html (突出生态环境问题整改验收销号公示: 一、整改问题 （一）…
# 二、整改实施主体 三、重点措施 四、目标任务 五、完成时限 六、整改完成情况, 公示期间 异议, 监督电话, bare date).
def doc03():
    stem = "g11_03_one_problem_xiaohao_gongshi"
    p = Prob(1, None, "临港镇北堤河入海口段沿岸堆放建筑垃圾约1200立方米，雨季冲刷入河，影响水质", [
        "对北堤河入海口段沿岸建筑垃圾开展全面清运。",
        "对清运后的岸坡进行平整和植草复绿。",
        "在沿岸设置监控探头和警示标牌，落实河道保洁人员日常巡查。"],
             "done", ["临港镇人民政府", "桐溪市城市管理局"], "2024年8月底", "cnparen")
    text = f"""首页 > 新闻中心 > 通知公告

突出生态环境问题整改验收销号公示
发布时间：2024-10-08  来源：桐溪市生态环境局  【大 中 小】

桐溪市2024年突出生态环境问题大排查整治专项行动问题清单中的以下问题已整改完成，并通过核查验收。根据《临江省生态环境问题整改销号工作办法》要求，现将问题整改完成情况公示如下：
一、整改问题
（一）{p.title}。
二、整改实施主体
{'、'.join(p.units)}
三、重点措施
{p.mtext(chr(10))}
四、目标任务
（一）完成北堤河入海口段沿岸建筑垃圾清理，岸线无新增堆放。
五、完成时限
{p.deadline}
六、整改完成情况
（一）经核查，北堤河入海口段沿岸建筑垃圾已清运完毕，累计清运1260立方米，岸坡已复绿。
如对该问题整改完成情况有异议，请在公示期间（2024年10月8日至2024年10月21日，共10个工作日）向桐溪市生态环境局临港分局反映。
监督电话：0XXX-8836XXX
2024年10月8日

【打印】【关闭】
上一篇：桐溪市2024年9月环境空气质量状况
下一篇：关于开展2024年度排污许可证执行报告抽查的通知
"""
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    save_truth(stem, kind="bulletin", title="突出生态环境问题整改验收销号公示", issuer="桐溪市生态环境局", date="2024-10-08",
               insp=[None, None, None, None, None], probs=[p], koi=[3],
               anomalies=["One-problem 销号 notice: the only problem is '一、整改问题 （一）…' (seq 1 from （一）); 一、…六、 are field headings, not categories.",
                          "Measures are 三、重点措施 （一）（二）（三）; 四、目标任务 （一） is a target and 六、整改完成情况 （一） is the verification result: neither is counted.",
                          "Responsible units from 二、整改实施主体 (split on 、); deadline from 五、完成时限.",
                          "Status done: 整改完成并通过核查验收.",
                          "No inspection team: the problem comes from a local 大排查 campaign (inspection fields null).",
                          "Issuer from the page's 来源 (the notice has only a bare date); date 2024-10-08 (signature date equals 发布时间). The 公示期间 dates are distractors.",
                          "Web chrome: breadcrumb, 发布时间, 【大 中 小】, 打印/关闭, 上一篇/下一篇."])


# ================================================================ 04 one-task 公示情况说明, 整改任务（序号七） (.docx)
# Layout modelled on http://tdq.siping.gov.cn/zw/tzgg/201912/t20191213_341203.html (关于…“回头看”反馈问题整改任务(序号十)整改情况的
# 公示情况说明: 整改任务： / 整改目标： / 整改完成情况： 1、2、3、 / 特此公示！/ 公示时间 / 附表 / signature unit and date).
def doc04():
    stem = "g11_04_task_seq_seven_docx"
    p = Prob(7, None, "部分乡镇畜禽养殖禁养区划定后，禁养区内养殖场关闭搬迁工作推进缓慢，个别养殖场仍在生产", [
        "对禁养区内11家养殖场逐户核查，已全部完成关闭或搬迁，拆除圈舍1.6万平方米。",
        "对关闭搬迁养殖户落实补偿资金486万元，引导4户转产。",
        "建立禁养区巡查制度，乡镇每月巡查一次，防止复养反弹。"], "done", [], None, "dun")
    title = "关于白河区中央生态环境保护督察“回头看”反馈问题整改任务（序号七）整改情况的公示情况说明"
    blocks = [("title", title),
              ("p", "根据《临江省环保督察反馈问题整改工作领导小组办公室关于认真做好中央环保督察反馈问题整改销号工作的通知》要求，"
                    "现对松原市环保督察反馈问题整改工作领导小组向我区反馈的中央生态环境保护督察“回头看”反馈问题（序号七）整改完成情况进行公示。"),
              ("p", f"整改任务：{p.title}。"),
              ("p", "整改目标：禁养区内养殖场全部关闭或搬迁，不再新增。"),
              ("p", "整改完成情况："),
              ("p", p.mtext("\n")),
              ("p", "特此公示！\n公示时间：2020年11月6日至2020年11月12日，共7天。公示期间如有异议，请联系白河区农业农村局\n联系电话：0XXX-3521XXX\n附表：序号七任务公示表格"),
              ("pr", "松原市白河区农业农村局"), ("pr", "2020年11月6日")]
    write_docx(stem, blocks)
    save_truth(stem, kind="bulletin", title=title, issuer="松原市白河区农业农村局", date="2020-11-06",
               insp=[None, "白河区", None, None, None], probs=[p], koi=[3],
               anomalies=["One-task notice with no problem numbering in the body: the single problem is '整改任务：…', numbered by '（序号七）' in the title (seq 7).",
                          "Measures are the 1、2、3、 lines after 整改完成情况; 整改目标 is a target.",
                          "Status done: the notice publishes completion for 销号 (整改完成情况).",
                          "No 责任单位 label: responsible_units empty (the 联系 unit and signature are not labelled as responsible). No deadline stated.",
                          "Inspection team and dates not stated; inspected judged as 白河区 ('向我区反馈').",
                          "附表 is referenced but not included."])


# ================================================================ 05 quoted feedback items, doc-sharing preview, GB18030 (.txt)
# Layout modelled on https://m.zhuangpeitu.com/article/130947064.html (doc-sharing preview: 上传人/文档编号/上传时间/格式/页数/大小,
# 返回 下载 相关 举报, _第1页 / 第1页 / 共61页 markers, 点击查看更多>>, 资源描述; items 一、关于“第一轮督察反馈指出，……”整改进展情况：已经完成，
# 长期坚持。 1.… 2.…, run together as the preview flattens them).
def doc05():
    stem = "g11_05_quoted_feedback_preview_gb18030"
    W = {"done": "已经完成。", "long_term": "已经完成，长期坚持。", "in_progress": "达到序时进度，持续推进。"}
    probs = [
        Prob(1, None, "第一轮督察反馈指出，临江省一些地方对生态环境保护工作重视不够，重发展轻保护的观念没有根本转变。但回头看发现，部分市县仍把环保整改当作阶段性任务，督察组进驻期间抓得紧、撤离后有所放松", [
            "将习近平生态文明思想纳入各级党委（党组）理论学习中心组学习重要内容，纳入各级党校主体班教学计划。",
            "省委、省政府出台生态环境保护工作责任规定，明确党委、政府及有关部门生态环境保护职责。",
            "将督察整改情况纳入市县高质量发展综合绩效考核，权重提高到8%。"], "long_term", [], None, "num"),
        Prob(2, None, "第一轮督察反馈指出，临江省城镇污水处理设施建设滞后，部分县城污水处理厂长期超负荷运行。回头看发现，全省仍有14座污水处理厂进水浓度偏低，管网建设欠账较多", [
            "编制城镇污水处理提质增效三年行动方案，新建改造污水管网2180公里。",
            "14座污水处理厂中已有11座进水BOD浓度达到100mg/L以上。"], "in_progress", [], None, "num"),
        Prob(3, None, "第一轮督察反馈指出，清溪河流域部分小水电站未落实生态流量，造成下游河段减水脱水。回头看发现，该问题整改进展缓慢", [
            "对流域内87座小水电站逐站核定生态流量，安装生态流量泄放设施和在线监测设备。",
            "退出小水电站19座。",
            "建立生态流量监管平台，实行超标预警和通报。"], "done", [], None, "num"),
        Prob(4, None, "第一轮督察反馈指出，部分工业园区环境基础设施不完善，园区污水集中处理设施建设滞后", [
            "全面排查全省省级以上工业园区环境基础设施建设情况，建立问题清单。",
            "已建成园区污水集中处理设施23座，其余6座正在加快"], "in_progress", [], None, "num"),
    ]
    parts = []
    for p in probs:
        parts.append(f"{cn(p.seq)}、关于“{p.title}。”整改进展情况：{W[p.status]} {p.mtext(' ')}")
    flat = " ".join(parts)
    cut1, cut2 = flat.index("2.14座"), flat.index("3.建立生态流量")
    body = flat[:cut1] + "\n中央生态环境保护督察回头看反馈意见整改进展清单_第2页\n" + flat[cut1:cut2] + \
        "\n中央生态环境保护督察回头看反馈意见整改进展清单_第3页\n" + flat[cut2:]
    text = ("中央生态环境保护督察回头看反馈意见整改进展清单\n\n"
            "上传人:Ji****8 文档编号:207113582 上传时间:2021-03-02 格式:DOCX 页数:38 大小:61.20KB\n"
            "返回 下载 相关 举报\n"
            "中央生态环境保护督察回头看反馈意见整改进展清单_第1页\n第1页 / 共38页\n"
            "中央生态环境保护督察回头看反馈意见整改进展清单_第2页\n第2页 / 共38页\n"
            "中央生态环境保护督察回头看反馈意见整改进展清单_第3页\n第3页 / 共38页\n"
            "点击查看更多>>\n资源描述\n"
            "中央生态环境保护督察“回头看”反馈意见临江省整改进展清单" + body + "\n点击查看更多>>\n"
            "相关资源\n更多\n生态环境保护督察整改工作汇报材料\n")
    (OUT / f"{stem}.txt").write_bytes(text.encode("gb18030"))
    save_truth(stem, kind="bulletin", title="中央生态环境保护督察“回头看”反馈意见临江省整改进展清单", issuer="临江省",
               date=None, insp=[None, "临江省", None, None, None], probs=probs, koi=[4],
               anomalies=["Encoded GB18030. Doc-sharing preview copy: uploader line, 返回/下载/相关/举报, '_第N页' and '第N页 / 共38页' markers (also inside the text), 点击查看更多>>.",
                          "Truncated excerpt: the preview ends inside item 四 (its second measure is cut off); only 4 of the list's items are present.",
                          "Each problem is a quoted feedback item '一、关于“第一轮督察反馈指出，…。”整改进展情况：…' flattened into one run of text; the title is the text inside the quotes (including '第一轮督察反馈指出，' and the '回头看发现' sentence).",
                          "Status judgement: '已经完成。'=done, '已经完成，长期坚持。'=long_term, '达到序时进度，持续推进。'=in_progress.",
                          "Measures are the inline numbered '1. 2. 3.' items. No units or deadlines.",
                          "No signature or publication date. session 17: report_date null (was 2021-03-02, the 上传时间): a doc-sharing site's upload time is when a copy was posted, not the page's 发布日期 of the document (as snippets18/binhua_csrc_shandong_onsite_check_report_docsite). Issuer 临江省 from the list title; inspection team and dates not in the excerpt."])


# ================================================================ 06 district round: figures only, no problem list (.html)
# Layout modelled on http://jw.km.gov.cn/c/2023-01-29/4656419.shtml (区委组建N个巡察组对…开展常规巡察；对…开展专项巡察 /
# 向N家被巡察单位党组织全面反馈 / 区委常委会听取 / 截止目前，巡察反馈的N个问题，完成整改M个，基本完成…K个，未完成J个，总体完成率 /
# 完善和新建制度 / 按照《中国共产党巡视工作条例》有关规定，现将整改进展情况向社会公开).
def doc06():
    stem = "g11_06_district_round_figures_html"
    title = "十三届区委第三轮巡察整改进展情况公开"
    body = paras_html(
        "根据区委统一安排部署，2023年3月13日至5月19日，区委组建4个巡察组对区文化和旅游局、区退役军人事务局、区医疗保障局、区供销社等4家单位开展常规巡察；"
        "对区教育体育局所属的31家中小学校开展教育领域专项巡察；对区城市管理局、区城投公司2家单位开展城市更新领域专项巡察，对区住房城乡建设局等部门相关工作情况进行重点了解。\n"
        "2023年6月29日，区委4个巡察组向37家被巡察单位党组织全面反馈巡察情况，移交问题清单并提出整改意见。集中整改到期后，区纪委监委召集整改成效评估联席会议进行评估。"
        "2024年2月6日，十三届区委常委会第62次会议听取了十三届区委第三轮巡察的整改进展情况报告。\n"
        "截止目前，巡察反馈的426个问题，完成整改409个，基本完成取得阶段性成果并持续整改问题11个，未完成6个，总体完成率96.01%。"
        "截至目前，被巡察党组织共召开巡察整改专题民主生活会（组织生活会）35次，组织集中学习会议118次，领导干部讲授专题党课64次，完善和新建制度213项，"
        "清退违规资金38.26万元、追回应由个人承担的资金92万元，挽回经济损失761.4万元。\n"
        "按照《中国共产党巡视工作条例》有关规定，现将整改进展情况向社会公开，接受干部群众监督。")
    page = html_page(site="盘江清风网", crumbs=["首页", "巡视巡察", "巡察整改"], title=title,
                     meta="来源：中共盘江区委巡察工作领导小组办公室 发布时间：2024-02-23 10:15:36 浏览次数：",
                     body=body, foot="中共盘江区纪律检查委员会 盘江区监察委员会 版权所有 备案号：X ICP备1200XXXX号")
    (OUT / f"{stem}.html").write_text(page, encoding="utf-8")
    save_truth(stem, kind="bulletin", title=title, issuer="中共盘江区委巡察工作领导小组办公室", date="2024-02-23",
               insp=["区委4个巡察组", "37家被巡察单位党组织", "2023-03-13", "2023-05-19", "2023-06-29"],
               headline={"problems_total": 426, "problems_done": 409, "rules_made": 213}, probs=[], koi=[5, 7],
               anomalies=["Round summary by a district: figures only, no problem list (problems = []).",
                          "Period '2023年3月13日至5月19日': the second date takes the first one's year.",
                          "Distractor figures: 基本完成…11个, 未完成6个, 96.01%, 4/31/2 inspected units, 民主生活会35次, 学习会议118次, 党课64次, money amounts; '十三届区委常委会第62次会议' (2024-02-06) is not the feedback date.",
                          "No signature; issuer from 来源, report_date is 发布时间. Web chrome (site name, nav, crumb, 字号, 打印/关闭, footer)."])


# ================================================================ 07 Party secretary's report on organising rectification: no problem list (.docx)
# Layout and wording modelled on https://www.jiaozuo.gov.cn/2025/12-17/588880.html (党组书记严格履行第一责任人责任，对巡察整改负首责、
# 负总责; “六个到位”; 要压实整改责任 / 要细化推进措施 / 要强化跟踪督办 / 要深化成果运用; 清单式管理、滚动式销号; “当下改”与“长久立”).
def doc07():
    stem = "g11_07_secretary_organising_report_docx"
    title = "中共丰源县水利局党组书记组织落实巡察整改工作情况的报告"
    blocks = [("title", title),
              ("p", "县委巡察工作领导小组：\n"
                    "2023年4月10日至5月31日，县委第二巡察组对县水利局党组开展了常规巡察，并于7月5日反馈了巡察意见。作为局党组书记，我严格履行巡察整改第一责任人责任，"
                    "对巡察整改负首责、负总责，现将本人组织落实巡察整改工作情况报告如下："),
              ("h", "一、压实整改责任，带头扛起第一责任人职责"),
              ("p", "巡察反馈会后，我第一时间主持召开党组会议，传达学习反馈意见，成立以本人为组长的整改工作领导小组。坚持真认账、真反思，"
                    "对照反馈意见做到反馈问题调查分析到位、个性问题查纠到位、共性问题集中整治到位、涉及到的人财物处置到位、以案促改教育警示到位、制度机制完善到位“六个到位”。"
                    "其他班子成员认真落实“一岗双责”，按照分工认领整改任务。"),
              ("h", "二、细化推进措施，建立整改台账"),
              ("p", "对照巡察反馈意见，逐条剖析原因、逐项抓实举措，建立整改台账，清单式管理、滚动式销号。针对县委第二巡察组反馈的3个方面15个问题，"
                    "局党组制定整改措施47条，明确责任领导、责任股室和完成时限。其中，对反馈指出的“水利工程项目建设管理不规范”问题，由本人牵头、分管领导具体负责，"
                    "组织对2021年以来实施的23个水利工程项目逐一复核。"),
              ("h", "三、强化跟踪督办，确保按期整改到位"),
              ("p", "本人先后5次主持召开整改推进会，动态跟踪整改进度，对整改进度慢、措施不实的股室定期通报。截至2023年11月15日，15个问题已完成整改13个，"
                    "2个正在推进；47条整改措施已完成44条。"),
              ("h", "四、深化成果运用，推动标本兼治"),
              ("p", "坚持“当下改”与“长久立”相结合，建立完善制度机制12项，堵塞管理漏洞。一是修订工程项目管理办法；二是建立河道采砂监管联席机制；三是完善局机关财务内控制度。"
                    "下一步，我将继续带头抓好剩余问题整改，扎实做好巡察“后半篇文章”。"),
              ("pr", "中共丰源县水利局党组书记、局长  陈志强"), ("pr", "2023年11月20日")]
    write_docx(stem, blocks, header="丰源县水利局")
    save_truth(stem, kind="bulletin", title=title, issuer="中共丰源县水利局党组", date="2023-11-20",
               insp=["县委第二巡察组", "县水利局党组", "2023-04-10", "2023-05-31", "2023-07-05"],
               headline={"problems_total": 15, "problems_done": 13, "measures_total": 47, "measures_done": 44, "rules_made": 12},
               probs=[], koi=[5, 7],
               anomalies=["Organisation-level report (what the Party secretary did): no problem list (problems = []).",
                          "The one named problem '反馈指出的“水利工程项目建设管理不规范”问题' is an example inside narrative, not a list item (judgement: not a problem).",
                          "Sections 一、…四、 are actions; 一是/二是/三是 in 四、 are rules made, not measures; '六个到位' is a slogan.",
                          "Headline: 3个方面15个问题, 整改措施47条 (44 done), 15个问题已完成整改13个, 制度机制12项. '5次主持召开整改推进会' and '23个水利工程项目' are distractors.",
                          "Feedback '7月5日' has no year (2023). Signed by the secretary by name; issuer judged as the Party group (中共丰源县水利局党组)."])


# ================================================================ 08 county audit-rectification report to the 人大常委会 (.pdf)
# Layout modelled on http://www.ruijin.gov.cn/rjsxxgk/rjin80885/202211/4b9971a0f2914baa97d9707b3c846fd6.shtml (title, ——date 在…人大常委会
# 会议上, 审计局局长 name, 主任、各位副主任、各位委员, 《审计报告》反映涉及N个方面、N个单位（部门）共计N项具体问题…报告日已整改N项…正在整改N项
# （含部分整改）…出台N个规章制度; sections 一、财政部门预算执行问题的整改情况 with per-section counts).
def doc08():
    stem = "g11_08_county_audit_renda_pdf"
    A, B, C = "财政部门预算执行问题的整改情况", "部门预算执行问题的整改情况", "重点专项资金审计问题的整改情况"
    probs = [
        Prob(1, A, "非税收入未及时缴入国库1260万元的问题", ["县财政局已将1260万元非税收入全部缴入国库，并建立非税收入月度清缴制度"], "done"),
        Prob(2, A, "部分上级专项资金拨付不及时，滞留县级财政3个月以上的问题", [
            "对滞留资金逐笔清理，已拨付到位4860万元", "建立专项资金拨付台账，实行限时拨付"], "done"),
        Prob(3, A, "国库集中支付结余资金未按规定收回的问题", ["已收回结余资金312.6万元，其余86.2万元因项目未结算正在清理"], "in_progress"),
        Prob(1, B, "县自然资源局超范围支出公务接待费的问题", ["已追回超范围支出4.3万元", "修订公务接待管理办法"], "done"),
        Prob(2, B, "县教育体育局往来款项长期挂账未清理的问题", ["已清理往来款项41笔，金额628万元"], "done"),
        Prob(3, B, "县市场监管局固定资产未入账的问题", ["对未入账资产进行清查登记，已全部入账"], "done"),
        Prob(1, C, "高标准农田建设项目部分工程未按设计施工的问题", [
            "对未按设计施工的工程责令施工单位返工", "扣减工程款57.4万元", "对项目监理单位予以通报"], "done"),
        Prob(2, C, "就业补助资金审核不严，向不符合条件人员发放补贴的问题", [
            "已追回违规发放补贴8.6万元", "建立部门间数据比对机制", "对相关经办人员进行批评教育"], "done"),
        Prob(3, C, "城镇老旧小区改造项目进度滞后的问题", ["已完成改造小区9个，剩余4个小区正在施工"], "in_progress"),
        Prob(4, C, "农村饮水安全工程部分设施闲置的问题", ["对闲置设施逐一评估，已盘活利用2处，其余3处正在制定处置方案"], "in_progress"),
    ]
    W = {"done": "已整改。", "in_progress": "正在整改。"}
    secs, last, counts = [], None, {}
    for p in probs:
        counts.setdefault(p.cat, [0, 0])
        counts[p.cat][0] += 1
        counts[p.cat][1] += p.status == "done"
    for p in probs:
        if p.cat != last:
            i = [None, A, B, C].index(p.cat)
            n, d = counts[p.cat]
            secs.append(("h", f"{cn(i)}、{p.cat}"))
            secs.append(("p", f"{p.cat[:-5]}{n}项，已整改{d}项，正在整改{n - d}项。"))
            last = p.cat
        secs.append(("p", f"{p.seq}.{p.title}。{W[p.status]}{p.mtext()}"))
    nd = sum(p.status == "done" for p in probs)
    assert (len(probs), nd) == (10, 7)
    blocks = [("title", "关于2022年度县本级预算执行和其他财政收支审计查出问题整改情况的报告"),
              ("p", "——2023年12月26日在县第十八届人大常委会第十六次会议上\n县审计局局长  刘建华\n主任、各位副主任、各位委员：\n"
                    "受县人民政府委托，向县人大常委会报告2022年度县本级财政预算执行及其他财政收支审计查出问题的整改情况，请予审议。\n"
                    "2023年9月14日，县人大常委会听取和审议了县审计局受县政府委托所作的《关于清平县2022年度县本级预算执行和其他财政收支的审计工作报告》，对反映的问题提出了整改要求。\n"
                    "县政府高度重视审计查出问题的整改工作，召开整改工作会议，督促被审计单位认真整改，确保每个问题整改落实到位。"
                    "《审计报告》反映涉及3个方面、17个单位（部门）共计10项具体问题，问题资金8426.35万元，报告日已整改7项，整改到位资金7615.22万元，"
                    "正在整改3项（含部分整改），出台9个规章制度，对2人予以提醒谈话，现将整改具体情况报告如下：")] + secs + [
              ("h", "四、下一步工作"),
              ("p", "对正在整改的3项问题，县审计局将持续跟踪督促，推动整改到位，并将整改结果向县人大常委会报告。")]
    write_pdf(stem, blocks)
    save_truth(stem, kind="bulletin", title="关于2022年度县本级预算执行和其他财政收支审计查出问题整改情况的报告",
               issuer="清平县审计局", date="2023-12-26", insp=["清平县审计局", None, None, None, None],
               headline={"problems_total": 10, "problems_done": 7, "rules_made": 9}, probs=probs, koi=[6, 7],
               anomalies=["Audit-rectification report to the county 人大常委会 (PDF): subtitle '——2023年12月26日在…会议上' gives the date; no signature.",
                          "Issuer judged from '县审计局局长' and the county named in the quoted report title (清平县审计局); the inspector is the audit office.",
                          "Headline '共计10项具体问题…已整改7项…正在整改3项（含部分整改），出台9个规章制度'; per-section counts, 17个单位, money and '2人' are distractors.",
                          "Problems are the '1.…的问题。' items under sections 一、二、三、 (numbering restarts per section); category = section heading without 一、.",
                          "Status from the word after the item: 已整改=done, 正在整改=in_progress. Measures: one undivided paragraph = 1, numbered 一是… are not used; sentences joined by '，' count 1.",
                          "2023-09-14 is the 人大 hearing of the audit report, not a feedback date (feedback_date null). 四、下一步工作 is not a category."])


# ================================================================ 09 municipal government letter to the audit department, traditional characters (.html)
# Layout modelled on http://m.ilynn.cn/document_detail/61662.html (traditional-character news copy: …人民政府關於…專項審計調查發現問題整改情況的函,
# '日前，…發布關於…的函，詳情如下：', 自治區審計廳：, 《…專項審計調查報告》（桂審報〔2022〕3號）通報了…, 一、總體情況, 共六類25個具體問題,
# 二、具體整改情況, （一）….  該問題已完成整改。一是…二是…三是…).
def doc09():
    import opencc
    t = opencc.OpenCC("s2t").convert
    stem = "g11_09_city_audit_letter_traditional"
    probs = [
        Prob(1, None, "桐江市部分年度地表水考核断面水质目标未完成", [
            "每年制定印发水污染防治实施计划，明确年度目标任务和责任分工", "将考核断面水质目标分解下达到各县（市、区），纳入年度绩效考评",
            "对水质不达标断面实行“一断面一策”治理"], "done"),
        Prob(2, None, "部分城镇污水处理厂出水总磷超标排放", [
            "对3座超标污水处理厂实施提标改造", "安装总磷在线监测设备并与生态环境部门联网"], "done"),
        Prob(3, None, "水污染防治专项资金闲置，涉及资金1860万元", [
            "已将闲置资金1860万元统筹用于农村生活污水治理项目"], "done"),
        Prob(4, None, "部分工业集聚区污水管网不配套，企业废水未接入集中处理设施", [
            "编制工业集聚区污水管网建设计划", "已新建管网12.6公里，接入企业43家"], "in_progress"),
        Prob(5, None, "入河排污口排查整治不彻底，存在未登记排污口", [
            "开展入河排污口全面排查，新登记排污口68个", "完成整治排污口61个"], "done"),
    ]
    W = {"done": "該問題已完成整改。", "in_progress": "該問題正在整改。"}
    title_s = "桐江市人民政府关于2023年水污染防治专项审计调查发现问题整改情况的函"
    body_s = ("自治区审计厅：\n"
              "《广西壮族自治区审计厅专项审计调查报告》（桂审报〔2023〕7号）通报了2023年全区水污染防治专项审计调查情况，根据桂审报〔2023〕7号文要求，"
              "我市高度重视，立即组织部署相关单位从严从实从快推进存在问题整改。现将整改情况函告如下：\n"
              "一、总体情况\n"
              "为切实抓好存在问题整改，我市及时制定印发了《桐江市水污染防治专项审计调查发现问题整改方案》（桐府办函〔2023〕86号），明确每个问题的整改措施、"
              "整改时限和责任单位，按短期攻坚、中期推进和长期坚持三个阶段扎实整改。此次专项审计调查发现问题涉及我市的共三类5个具体问题，已完成整改4个，1个正在整改。\n"
              "二、具体整改情况\n")
    paras = [t(x) for x in body_s.strip().split("\n")]
    for p in probs:
        paras.append(t(f"（{cn(p.seq)}）{p.title}。"))
        paras.append(W[p.status] + t(p.mtext()))
    paras += [t("三、下一步工作"), t("我市将持续推进未完成问题整改，举一反三，建立健全长效机制，确保整改成效。"),
              t("桐江市人民政府"), "2023年12月8日"]
    body = (f"<p>{t(',日前，桐江市人民政府发布')}{t('关于2023年水污染防治专项审计调查发现问题整改情况的函，详情如下：')}</p>\n<p>{t(title_s)}</p>\n"
            + "\n".join(f"<p>{x}</p>" for x in paras))
    page = html_page(site=t("环保资讯网"), crumbs=[t("首页"), t("政策法规"), t("地方动态")], title=t(title_s),
                     meta=t("发布时间：2023-12-15 来源：桐江市人民政府网站"), body=body,
                     foot=t("免责声明：本站部分内容转载自网络，如有侵权请联系删除。"))
    (OUT / f"{stem}.html").write_text(page, encoding="utf-8")
    save_truth(stem, kind="bulletin", title=t(title_s), issuer=t("桐江市人民政府"), date="2023-12-08",
               insp=[t("自治区审计厅"), t("桐江市"), None, None, None],
               headline={"problems_total": 5, "problems_done": 4}, probs=probs, koi=[6],
               anomalies=["Traditional-character copy (OpenCC s2t) on a reposting news site; doc fields as printed (traditional); problem titles in simplified.",
                          "A letter (函) from a city government to the regional audit department (the inspector): problems are the （一）…（五） items under 二、具體整改情況; no categories.",
                          "Status from '該問題已完成整改。' (done) / '該問題正在整改。' (in_progress); measures are 一是/二是/三是.",
                          "Headline '共三類5個具體問題，已完成整改4個，1個正在整改'. Document numbers 桂審報〔2023〕7號 and 桐府辦函〔2023〕86號 are not dates.",
                          "report_date is the signature date 2023-12-08 (the repost's 发布时间 is 2023-12-15).",
                          "Stray leading ',日前' from the reposting site."])


# ================================================================ 10 hospital bulletin saved from Word as HTML (.html)
# Layout modelled on http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html (intro with period and feedback date, figures
# 巡察反馈N个问题，已完成整改M个、正在整改K个…制定及修改完善制度N项, then （一）在“…”方面 / 1.关于“…”问题的整改); the file itself
# is the HTML that Word's 'Save as web page' writes.
def doc10():
    stem = "g11_10_hospital_word_export"
    A = "在“落实党委领导下的院长负责制不到位，党委把方向、管大局作用发挥不充分”方面"
    B = "在“全面从严治党主体责任落实有差距，医疗领域廉洁风险防控不严”方面"
    C = "在“基层党建和人才队伍建设存在短板”方面"
    probs = [
        Prob(1, A, "党委会议和院长办公会议议事范围界定不清，部分“三重一大”事项未经党委会研究", [
            "修订党委会议、院长办公会议议事规则，制定党委会前置研究事项清单", "对2022年以来“三重一大”事项决策情况开展自查",
            "建立党委书记和院长定期沟通制度"], style="paren"),
        Prob(2, A, "推动公立医院高质量发展思路不清，重点学科建设滞后", [
            "制定医院“十四五”学科建设规划", "与省级医院共建专科联盟2个"], style="paren"),
        Prob(3, B, "药品耗材遴选采购程序不规范，部分耗材未经药事委员会论证", [
            "修订药品耗材遴选管理办法", "对38种未经论证的耗材重新履行遴选程序"], style="paren"),
        Prob(None, B, "医保基金使用监管不到位，存在重复收费、超标准收费现象", [
            "开展违规收费专项自查，退还患者费用6.8万元", "上线医保智能审核系统", "对相关科室负责人进行约谈"], style="paren"),
        Prob(5, B, "医德医风建设抓得不紧，收受“红包”问题时有发生", ["开展医德医风专项整治，签订廉洁行医承诺书1260份"], style="paren"),
        Prob(6, C, "临床科室党支部书记“双带头人”比例偏低", ["调整党支部设置，选优配强支部书记，“双带头人”比例达到100%"], style="paren"),
        Prob(7, C, "人才引进和培养机制不健全，高层次人才流失", [
            "修订人才引进和培养管理办法", "设立人才发展专项资金300万元"], style="paren"),
    ]
    paras = [("title", "中共丰宁市第三人民医院委员会关于巡察整改进展情况的通报"),
             ("p", "根据市委统一部署，2023年10月9日至11月24日，市委第五巡察组对市第三人民医院党委进行了巡察。2024年1月12日，市委第五巡察组向医院党委反馈了巡察意见。"
                   "按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。"),
             ("p", "医院党委把巡察整改作为重大政治任务来抓，成立由党委书记任组长的巡察整改工作领导小组，切实将思想和行动统一到市委的部署要求上来。"
                   "截至目前，巡察反馈3个方面7个问题，已完成整改5个、正在整改2个，整改完成率71.4%。在巡察整改工作中，批评教育4人，提醒谈话6人；制定及修改完善制度15项，退还患者费用6.8万元。")]
    last = None
    for p in probs:
        if p.cat != last:
            paras.append(("h", f"（{cn([None, A, B, C].index(p.cat))}）{p.cat}"))
            last = p.cat
        head = f"关于“{p.title}”问题的整改" if p.seq is None else f"{p.seq}.关于“{p.title}”问题的整改"
        paras.append(("p", head))
        paras += [("p", line) for line in p.mtext("\n").split("\n")]
    paras += [("p", "下一步，医院党委将坚持目标不变、力度不减，对正在整改的2个问题紧盯不放，持续巩固整改成果，推动医院高质量发展。"),
              ("p", "欢迎广大干部职工和人民群众对巡察整改落实情况进行监督。联系电话：0XXX-2276XXX；电子邮箱：dwb@fnsy.example.cn。"),
              ("pr", "中共丰宁市第三人民医院委员会"), ("pr", "2024年5月10日")]
    (OUT / f"{stem}.html").write_text(word_html("中共丰宁市第三人民医院委员会关于巡察整改进展情况的通报", paras), encoding="utf-8")
    save_truth(stem, kind="bulletin", title="中共丰宁市第三人民医院委员会关于巡察整改进展情况的通报",
               issuer="中共丰宁市第三人民医院委员会", date="2024-05-10",
               insp=["市委第五巡察组", "市第三人民医院党委", "2023-10-09", "2023-11-24", "2024-01-12"],
               headline={"problems_total": 7, "problems_done": 5, "rules_made": 15}, probs=probs, koi=[6, 7],
               anomalies=["HTML saved from Word (mso styles, <o:p>, MsoNormal paragraphs, <title>, DocumentProperties).",
                          "Categories '（一）在“…”方面' (category = the heading without （一）); items '1.关于“…”问题的整改'; measures are （1）（2）（3） paragraphs (a single measure is printed undivided).",
                          "Missing numbering: the fourth problem's heading has no '4.' (seq null); numbering resumes at 5.",
                          "Headline '3个方面7个问题，已完成整改5个、正在整改2个…制度15项'; 71.4%, 4人/6人, 6.8万元 are distractors. No per-problem status.",
                          "下一步 paragraph and contact line are not measures."])


# ================================================================ 11 statistics bureau ledger, .xlsx with a cover sheet
# Cover sheet modelled on the metadata table of https://www.zyx.gov.cn/Content-2463854.html (文件名称 | 索引号 | 公开目录 | 公开责任部门 |
# 公开形式 | 文号 | 成文日期 | 有效性 | 公开日期 | 内容概述); ledger columns on the ledger described at
# https://www.pdsjjw.gov.cn/sitesources/kflzw/page_pc/lzyw/xqyw/article9f9b5a6ab1a6475cb258bfb0e8963f5b.html (逐项列出问题内容、整改措施、
# 整改时限和责任人，实行台账管理).
def doc11():
    stem = "g11_11_stats_bureau_ledger_cover_xlsx"
    A, B = "党的领导和政治建设", "统计业务和内部管理"
    rows = [
        (Prob(1, A, "学习贯彻党的二十大精神不够深入，理论学习与统计工作结合不紧", [
            "制定党组理论学习中心组年度学习计划", "开展“统计讲堂”专题学习6期"], "done", ["办公室"], "2024年3月底", "num"), "张某"),
        (Prob(2, A, "落实意识形态工作责任制不到位，统计信息发布审核把关不严", [
            "修订统计信息发布审核制度", "建立“三审三校”机制"], "done", ["综合核算股"], "2024年2月底", "num"), "李某"),
        (Prob(3, A, "统计造假不作为问题专项治理不深入", [
            "开展统计违纪违法问题专项排查", "立案查处统计违法企业5家", "建立统计执法“双随机”检查机制"],
         "long_term", ["法规执法股", "专业统计股"], "长期坚持", "num"), "王某"),
        (Prob(4, B, "基层统计基础薄弱，部分乡镇统计台账不规范", [
            "对全县14个乡镇统计台账逐一检查指导", "开展基层统计人员业务培训2期"], "done", ["专业统计股"], "2024年4月底", "num"), "王某"),
        (Prob(5, B, "“四上”企业联网直报数据质量不高，部分企业数据逻辑错误", ["建立企业数据质量月度核查机制"],
         "in_progress", ["专业统计股", "综合核算股"], "2024年6月底", "num"), "王某"),
        (Prob(6, B, "财务管理不规范，公务用车使用登记不全", [
            "修订局机关财务管理制度和公务用车管理办法", "补全用车登记台账"], "done", ["办公室"], "立行立改", "num"), "张某"),
    ]
    probs = [p for p, _ in rows]
    word = {"done": "已完成", "in_progress": "推进中", "long_term": "长期坚持"}
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "基本信息"
    meta = [("文件名称", "中共和平县统计局党组巡察整改台账", "索引号", "hpxtjj/2024-0412"),
            ("公开目录", "党务公开", "公开责任部门", "和平县统计局办公室"),
            ("公开形式", "主动公开", "文号", "和统党〔2024〕6号"),
            ("成文日期", "2024年04月18日", "公开日期", "2024年04月19日"),
            ("有效性", "有效", None, None),
            ("内容概述", "县委第一巡察组于2023年11月6日至12月22日对县统计局党组开展了常规巡察，2024年1月30日反馈问题6个。截至2024年4月中旬，已完成整改4个，"
                        "长期坚持1个，推进中1个；建立完善制度5项。", None, None)]
    for i, row in enumerate(meta, 1):
        for j, v in enumerate(row, 1):
            if v is not None:
                cov.cell(i, j, v).alignment = Alignment(wrap_text=True, vertical="top")
    cov.merge_cells("B6:D6")
    ws = wb.create_sheet("整改台账")
    ws.merge_cells("A1:I1")
    ws["A1"] = "县委第一巡察组反馈问题整改台账"
    ws["A1"].font = Font(size=16, bold=True)
    ws.append(["填报单位：中共和平县统计局党组（盖章）", None, None, None, None, None, None, "填报时间：2024年4月18日"])
    ws.append(["序号", "问题类别", "问题内容", "整改措施", "整改时限", "责任人", "责任股室", "整改进展", "备注"])
    for p, who in rows:
        ws.append([p.seq, p.cat, p.title, p.mtext("\n"), p.deadline, who, "、".join(p.units), word[p.status], None])
    for r in ws.iter_rows(min_row=4):
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.append([])
    ws.append(["填表人：赵某", None, None, "审核人：张某", None, None, "联系电话：0XXX-5812XXX"])
    wb.save(OUT / f"{stem}.xlsx")
    save_truth(stem, kind="bulletin", title="中共和平县统计局党组巡察整改台账", issuer="中共和平县统计局党组", date="2024-04-18",
               insp=["县委第一巡察组", "县统计局党组", "2023-11-06", "2023-12-22", "2024-01-30"],
               headline={"problems_total": 6, "problems_done": 4, "rules_made": 5}, probs=probs, koi=[6, 7],
               anomalies=["XLSX with a cover sheet '基本信息' laid out as a public-disclosure metadata table (label/value pairs in four columns), and the ledger '整改台账'.",
                          "Title from the cover's 文件名称; report_date from 成文日期 (公开日期 2024-04-19 and 填报时间 agree with 成文日期 or are later).",
                          "Inspection period and feedback date are in the cover's 内容概述 text.",
                          "Ledger: merged title row, a 填报单位/填报时间 row, then the header; units from 责任股室 (split on 、); 责任人 is a person, not a unit.",
                          "Measures are '1.…' lines inside one cell. Status from 整改进展: 已完成=done, 推进中=in_progress, 长期坚持=long_term.",
                          "Document number 和统党〔2024〕6号 and 索引号 are not dates or counts. Footer row 填表人/审核人."])


# ================================================================ 12 county 督察 rectification report with attachment, hard-wrapped text copy (.txt)
# Body modelled on http://scfbfile.3xmt.com/news/wx/detail?newsid=300447 (公开…督察反馈意见整改情况: N项整改任务已完成M项，其余K项正加快推进；
# 督察组进驻期间移交的N个信访举报问题，已整改完成M个，完成率; 追责问责; 新建…项目; 下一步), with the attachment of issue 10 kind 1;
# the damage (hard wraps, page numbers, l for 1) is that of a text layer copied from a scanned PDF.
def doc12():
    stem = "g11_12_county_ducha_report_wrapped_txt"
    A, B = "水环境问题", "大气和土壤环境问题"
    W = {"done": "已完成整改", "in_progress": "持续推进中"}
    probs = [
        Prob(1, A, "县城污水处理厂长期超负荷运行，雨季大量污水溢流直排青禾河", [
            "建成县城污水处理厂二期工程，新增处理能力2万吨/日", "改造雨污合流管网18.4公里"], "done", [], "2022年6月底", "paren"),
        Prob(2, A, "部分乡镇污水处理设施建成后长期闲置", [
            "对9座闲置乡镇污水处理站实施管网配套", "委托第三方统一运维", "纳入乡镇年度考核"], "done", [], "2022年12月底", "paren"),
        Prob(3, A, "畜禽养殖污染治理不到位，河道沿岸养殖场粪污直排", [
            "关闭搬迁禁养区养殖场23家", "对保留养殖场配套粪污处理设施"], "in_progress", [], "2023年6月底", "paren"),
        Prob(1, B, "建材企业无组织排放问题突出，周边群众反映强烈", [
            "对14家建材企业实施全封闭改造", "安装在线监测设备"], "done", [], "2022年3月底", "paren"),
        Prob(2, B, "渣土运输车辆抛撒滴漏严重，城区扬尘污染反弹", ["建立渣土运输车辆全程监控平台，实行准运证管理"], "done", [], "立行立改", "paren"),
        Prob(3, B, "历史遗留尾矿库未开展风险评估和治理", [
            "完成3座尾矿库风险评估", "编制治理方案并争取中央资金1800万元"], "in_progress", [], "2023年12月底", "paren"),
    ]
    body = ("青禾县人民政府关于中央生态环境保护督察反馈意见整改落实情况的报告\n"
            "市生态环境保护督察整改工作领导小组办公室：\n"
            "2021年4月6日至5月6日，中央第七生态环境保护督察组对临江省开展了第二轮生态环境保护督察，并于7月12日向临江省反馈了督察意见。"
            "县委、县政府坚决扛起督察反馈问题整改政治责任，加强组织领导，强化资金保障，压实整改责任，保障整改工作有力推进。现将整改落实情况报告如下：\n"
            "一、整改工作总体情况\n"
            "督察反馈意见涉及我县的整改任务6项，已完成4项，其余2项正加快推进；督察组进驻期间移交我县的218个信访举报问题，已整改完成209个，完成率95.9%。"
            "针对督察组移交的2个生态环境损害责任追究问题，对6个责任单位、11名责任人实施追责问责。\n"
            "二、主要工作措施\n"
            "（一）加强组织领导。成立由县委书记、县长任双组长的督察整改工作领导小组，实行县级领导包案制度。\n"
            "（二）强化资金保障。累计投入整改资金3.6亿元，新建城乡生活污水处理项目12个、生活垃圾处理项目3个。\n"
            "（三）严格督查问效。实行整改任务周调度、月通报，对进度滞后的单位进行约谈。\n"
            "三、下一步工作\n"
            "持之以恒抓好整改落实，确保高质量完成剩余整改任务，坚决防止问题反弹。\n"
            "附件：中央生态环境保护督察反馈问题整改进展情况\n"
            "青禾县人民政府\n"
            "2022年1月20日\n")
    att = ["附件", "中央生态环境保护督察反馈问题整改进展情况（共6个问题）"] + att_lines(probs, "问题", W, {A: 1, B: 2})
    text = wrap(body) + "\n" + wrap("\n".join(att))
    # page numbers every 22 lines, as a PDF text layer keeps them
    lines, out = text.split("\n"), []
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % 22 == 0:
            out += ["", f"- {i // 22} -", ""]
    text = "\n".join(out) + f"\n\n- {len(lines) // 22 + 1} -\n"
    for a, b in (("问题1.3：", "问题l.3："), ("问题2.1：", "问题2.l："), ("18.4公里", "18.4公里")):
        assert a in text, a
        text = text.replace(a, b)
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    save_truth(stem, kind="bulletin", title="青禾县人民政府关于中央生态环境保护督察反馈意见整改落实情况的报告",
               issuer="青禾县人民政府", date="2022-01-20",
               insp=["中央第七生态环境保护督察组", "临江省", "2021-04-06", "2021-05-06", "2021-07-12"],
               headline={"problems_total": 6, "problems_done": 4}, probs=probs, koi=[1, 6, 7],
               anomalies=["Plain text copied from a scanned PDF: every line hard-wrapped at 36 characters (titles and items split mid-word), page numbers '- N -' between lines.",
                          "Body 一、二、三、 is narrative ((一)(二)(三) are work measures of the county, not problems); the problems are in the attachment (共6个问题).",
                          "Items '问题1.1：…' with OCR slips '问题l.3' (seq 3) and '问题2.l' (seq 1); categories 一、水环境问题 / 二、大气和土壤环境问题.",
                          "整改进展情况: 已完成整改=done, 持续推进中=in_progress; measures are （1）（2）（3） lines.",
                          "Headline: 整改任务6项，已完成4项 (the listed problems). Distractors: 218/209 信访举报问题, 95.9%, 6个责任单位、11名责任人, 3.6亿元, 12/3 projects.",
                          "Feedback '7月12日' without year (2021); the inspected body is the province (临江省) as stated."])


# ================================================================ 13 one quoted feedback item with its number, news-page copy (.html)
# Layout modelled on https://www.qj.gov.cn/html/2019/bmdt2_1121/75388.html (首页 > 部门动态 > 正文, title, 'date time 来源:', short news
# body naming the inspection and the count of items), the quoted item itself in the 第一轮督察反馈指出，…… form of issue 10 kind 4.
def doc13():
    stem = "g11_13_single_quoted_item_news_html"
    p = Prob(9, None, "第一轮督察反馈指出，石川县城区生活垃圾填埋场渗滤液处理设施长期不正常运行，渗滤液积存量大，存在环境风险", [
        "新建日处理能力300吨的渗滤液处理站并投入运行",
        "对积存渗滤液8.6万吨全部处理完毕",
        "建成生活垃圾焚烧发电项目，原生生活垃圾实现“零填埋”"],
             "done", ["县住房城乡建设局", "市生态环境局石川分局"], "2020年12月底")
    title = "石川县第一轮中央环保督察反馈问题第9项通过验收销号"
    body = paras_html(
        f"11月16日，市督察整改工作领导小组办公室组织验收组，对石川县中央生态环境保护督察反馈问题第9项整改情况进行了现场验收。\n"
        f"{p.title}。（责任单位：{'、'.join(p.units)}；整改时限：{p.deadline}）\n"
        f"对此，石川县{p.mtext()}\n"
        "验收组实地查看了渗滤液处理站、焚烧发电项目运行情况，查阅了相关台账资料，认为该问题已完成整改，达到销号标准，同意销号。\n"
        "2016年以来，石川县先后接受了中央环境保护督察、省级环境保护督察及“回头看”，累计反馈并列入整改的问题41项，目前已完成整改并通过验收36项、需长期持续整改5项。")
    page = html_page(site="石川县人民政府", crumbs=["首页", "部门动态", "正文"], title=title,
                     meta="2020-11-21 09:14:39 来源：县生态环境分局", body=body,
                     foot="主办：石川县人民政府办公室 承办：石川县政务服务中心 X ICP备0XXXXXXX号")
    (OUT / f"{stem}.html").write_text(page, encoding="utf-8")
    save_truth(stem, kind="bulletin", title=title, issuer="石川县人民政府", date="2020-11-21",
               insp=[None, "石川县", None, None, None], probs=[p], koi=[3, 4],
               anomalies=["News page about one feedback item: the single problem is the quoted '第一轮督察反馈指出，…' paragraph (title keeps the quoted wording), number from '反馈问题第9项'.",
                          "Inline '（责任单位：…；整改时限：…）' after the quoted item; measures are 一是/二是/三是 after '对此，石川县'.",
                          "Status done: 验收组…认为该问题已完成整改，达到销号标准，同意销号.",
                          "Distractor figures: 累计反馈问题41项、已完成36项、长期整改5项 (all inspections since 2016) are not this page's headline (judgement: headline null, the page is about one item).",
                          "Issuer judged as the site (石川县人民政府); 来源 is 县生态环境分局. report_date is the page date; '11月16日' is the acceptance visit, not a feedback date.",
                          "Web chrome: site name, nav, crumb, 字号, 打印/关闭, footer."])


if __name__ == "__main__":
    for name in sorted(k for k in list(globals()) if re.fullmatch(r"doc\d\d", k)):
        globals()[name]()
        print("made", name)
