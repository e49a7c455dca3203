"""Generate blind held-out set 22 (written by helper writer22, session 22, 2026-12-07, ~03:20-04:05 UTC): nine FULL-LENGTH
written documents + truths for issue 10 (the importer on real documents), written DIFFERENTLY from blindwritten18-21.

All bodies, people, places and figures are invented for testing (岚溪市, 蒲川县, 桐江区, 白塔镇, 岚溪师范高等专科学校 … do
not exist). writer22 did not read or run the parser (zhenggai/importer/**, zhenggai/cli.py, tests/importer/test_*.py) and
did NOT score this set (the lead scores it; no FIRST_RUN file). Read for the form only: tests/importer/blindwritten_kit.py,
blindwritten21/make.py and blindwritten20/make.py (and the docstrings of 18/19, to write other shapes than theirs).

Wording read on real pages (search tool, corpus pages; queries '督查情况通报 检查发现 存在 等问题 已责令限期整改' and
'巡察整改 附件 问题整改情况一览表 已办结 持续推进'; 16 results, all KNOWN or spam by /work/wt/known_urls.py --check): the
monthly check bulletin https://cgj.beijing.gov.cn/xxgk/qwxxfb/dcjctb/202504/t20250425_4074959.html (KNOWN; '发现…已责令整改'
wording of doc09's totals), the city's letter on audit findings http://m.ilynn.cn/document_detail/61662.html (KNOWN; the
'（一）<finding>。该问题已完成整改。一是…' order of doc07's report sheet) and the 局党组 report
https://public.huiji.gov.cn/D49Y/8738334.jhtml (KNOWN; '党组书记组织落实整改工作情况' section of doc01). Nothing copied;
every truth's url is null (written documents, no source page).

Formats: .docx (01 report + table attachment, 09 check bulletin), .pdf via soffice (02), Word-saved .html (03), UTF-8 .txt
(04 news, 08 cut web copy), GB18030 .txt with CRLF (05), a traditional-character web page .html (06), .xlsx (07).
Kinds (issue 10's numbering, kind_of_issue): 01 -> 1 (problems only in a table attachment), 02 -> 2 (middle section, status /
unit / deadline in a trailing bracket), 03 -> [3, 4] (one task quoted from the feedback), 04 -> 4 (news of four fixed
findings), 05 -> 5 (round summary, figures in a table), 06 -> 6 (traditional copy of 02), 07 -> [1, 7] (audit, status in a
separate list), 08 -> 2 (cut web copy), 09 -> 7 (check bulletin, each body's faults in running text, dates in prose).

Problems / measures per document: 01 11/26, 02 12/29, 03 1/4, 04 4/10, 05 0/0, 06 12/29, 07 10/21, 08 13/29 (to the cut),
09 8/0 -> 71 problems, 148 measures in nine documents.

Deterministic: two runs give byte-identical files (checked with sha1 over every file): the .docx/.xlsx zip entries and
core.xml stamps are fixed by fix_zip, the .pdf's /CreationDate, /ID and /DocChecksum by fix_pdf (same lengths).

Counted twice: every measure_count is the length of the measure list in the data (P recounts its own rendering with the
document's own item pattern and refuses a mismatch) and again over the written file read back (recount_file: each problem's
segment from its title to the next title or an end marker, items counted by the document's numbering: ①, 一是, （一）, 1）,
第一，; none -> 1 when an answer label is present, else 0). check_refound re-finds every non-null value in the file's own text
(06 through t2s).

Judgement calls (also in each truth's anomalies; NEW = no earlier rule found):
 - 01: problems only in the 附件 table (kind 1); category = the 问题类型 cell (as bw18/bw21 w21_09); NEW: status from a 整改进度
   cell '已办结' -> done (a closing word like 销号), '按计划推进' -> in_progress, '长期坚持' -> long_term; measures the ①② items of
   one cell (R96).
 - 02/06: NEW: one trailing bracket after the measures '（责任部门：…；完成时限：…；目前进度：…）' gives units (split on 、),
   deadline and status; categories '1.…方面', problems '（1）', measures '①②'; 一、 and 三、 sections' 一是… are the body's work
   (R111, R98).
 - 03: one-task 说明 (R14) whose task is quoted '反馈问题第9项指出：“…”' (R15/R92): seq 9 (R77), category null (no label, no
   heading: R84), units/deadline from prose (R104, R106), measures the （一）（二） items, status done from '予以销号' (R94).
 - 04: NEW: news (kind null, title null: R30, C7) of ONE body with four labelled findings '问题一：…' each answered '一是…'
   and closed '目前，该问题已整改到位' -> four problems (R10: one per printed finding, not R125's many bodies), seq 1-4 (R76),
   status done (R132), measures the 一是 items (R96; R132's 0 is for news with no answer).
 - 05: round summary (R19: []); headline from the prose totals, agreed by the table's 合计 row (R65: equal counts, the
   first stated); rules_made from '建立完善制度64项' (R74); '立行立改问题23个' not done (C16).
 - 07: NEW: status from a separate sheet '整改进度' keyed by the 问题编号 ('已整改到位' done, '正在整改' in_progress, '长期坚持'
   long_term); '问题01' -> seq 1 (R76 as 问题一); category = the section row '一、财务管理方面' above the items (R79).
 - 08: cut copy (excerpt true): '第N个问题：' labels -> seq N (R76), measures '第一，…第二，' (R96), status from the closing sentence
   in prose (R93 'a sentence says so', as bw20 w20_02: '该问题已整改完成' done, '正在推进整改' in_progress, '需长期坚持整改'
   long_term); the cut problem is labelled as far as it goes (R25) with the items present, status null; measures_total the
   stated 30 though 29 items are present (the statement is in the lead, before the cut: R24).
 - 09: check bulletin (kind null, R29): one problem per body's running-text sentence '<body>存在…等问题' (R12), titled from the
   body's name to '等问题'; the body is the unit (R102); a sentence naming several bodies with shared faults is not labelled
   (R122); a praised body gives none (R16); headline: '发现安全隐患47处…当场整改12处' -> 47/12 (C3, R71); inspector = the
   明查暗访组 as printed, inspected null (nine bodies, R48); measures 0, status null, deadlines null (no stated limit).
Run from the worktree root:  /work/main/.venv/bin/python tests/importer/blindwritten22/make.py   (needs soffice for .pdf)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import openpyxl
import opencc

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/importer: the generators' shared kit
from blindwritten_kit import cn, html_page, mso_p, page_finisher, ProbR97, RE_CIRC, word_html, writers  # noqa: E402

save_truth, write_docx, write_pdf = writers(OUT)
MIN_LEN = 2500
finish, ALL = page_finisher(OUT, min_len=MIN_LEN, byte_stable=True)
S2T = opencc.OpenCC("s2t")
RE_SHI = r"[一二三四五六七八九十]是"
RE_CNP = r"（[一二三四五六七八九十]）"
RE_KUO = r"(?<![\d（])\d）"
RE_DI = r"第[一二三四五六七八九十]，"


class P(ProbR97):
    """ProbR97 (no answer, circled items) with this set's own styles: di 第一，, kuo 1）."""

    OWN_STYLES = {"di": RE_DI, "kuo": RE_KUO}

    def own_mtext(self, sep="") -> str:
        ms = self.measures
        if self.style == "di":
            return "；".join(f"第{cn(i)}，{m.rstrip('。；')}" for i, m in enumerate(ms, 1)) + "。"
        return (sep or "\n").join(f"{i}）{m.rstrip('。；')}；" for i, m in enumerate(ms, 1))


# ================================================================ 01 county bureau report, problems only in a table attachment (.docx)
C01 = [
    ("政治建设", [
        ("贯彻落实习近平总书记治水思路不够深入，局党组研究水利重大事项时传达学习流于形式",
         ["修订局党组“第一议题”制度，明确传达学习后须结合水利工作研究落实措施", "2024年围绕节水优先开展专题研讨3次"],
         ["办公室"], "2024年8月底", "已办结"),
        ("落实河湖长制工作不够有力，县级河长巡河发现问题交办后跟踪督办不到位",
         ["建立河长巡河问题交办、督办、销号台账", "对2023年以来交办的58个问题逐一核查办结情况", "每季度通报各乡镇河长履职情况"],
         ["河湖管理股"], "2024年10月底", "已办结"),
        ("防汛抗旱责任落实存在薄弱环节，部分山塘水库防汛责任人未落实到位",
         ["逐库逐塘明确行政、技术、巡查“三个责任人”并在坝首公示", "开展防汛责任人培训2期"],
         ["水旱灾害防御股"], "2024年5月底", "已办结"),
    ]),
    ("廉洁建设", [
        ("水利工程项目管理不规范，2个农村饮水安全项目未按规定进行竣工验收即投入使用",
         ["对2个项目补办竣工验收手续", "对2020年以来完工的水利项目开展验收情况清查", "建立项目验收与资金拨付挂钩制度"],
         ["农村水利股", "计划财务股"], "2024年9月底", "已办结"),
        ("水资源费征收管理不严，个别取水户少缴、欠缴水资源费",
         ["对全县取水户开展计量核查，追缴欠缴水资源费23.6万元", "推行取水在线计量"],
         ["水资源管理股"], "2024年7月底", "已办结"),
        ("违反中央八项规定精神问题仍有发生，存在以会议费名义列支工作餐费用的问题",
         ["对相关费用予以清退", "修订局机关会议费管理办法", "对相关责任人进行提醒谈话"],
         ["办公室"], "立行立改", "已办结"),
        ("河道采砂监管存在漏洞，非法采砂问题时有反弹",
         ["联合公安、交通运输部门开展河道采砂专项整治", "在重点河段安装视频监控12处", "建立采砂举报奖励制度"],
         ["河湖管理股", "水政监察大队"], "2024年12月底", "按计划推进"),
    ]),
    ("组织建设", [
        ("基层党组织标准化建设不到位，局属水库管理所党支部组织生活不经常",
         ["对局属4个党支部开展组织生活专项检查", "制定党支部标准化建设指引"],
         ["机关党委"], "2024年8月底", "已办结"),
        ("专业技术干部队伍断层，水利工程技术人员不足",
         ["制定水利专业人才引进和培养计划", "与省水利水电职业学院开展定向培养"],
         ["人事股"], "长期坚持", "长期坚持"),
        ("干部档案管理不规范，个别干部档案材料缺失",
         ["对局机关和局属单位干部档案开展专项审核，补齐缺失材料"],
         ["人事股"], "2024年6月底", "已办结"),
        ("上轮巡察反馈的“小型水库管护经费使用不规范”问题整改不彻底",
         ["对2021年以来小型水库管护经费使用情况开展复查", "修订小型水库管护经费管理办法", "将管护经费使用纳入年度绩效评价"],
         ["计划财务股"], "2024年9月底", "已办结"),
    ]),
]
STATUS01 = {"已办结": "done", "按计划推进": "in_progress", "长期坚持": "long_term"}


def doc01():
    stem = "w22_01_county_bureau_report_table_attachment_docx"
    title = "中共蒲川县水利局党组关于县委第三巡察组反馈意见整改情况的报告"
    issuer = "中共蒲川县水利局党组"
    probs, rows = [], [["序号", "问题类型", "反馈问题", "整改措施", "牵头股室", "完成时限", "整改进度"]]
    for cat, items in C01:
        for t, ms, units, dl, st in items:
            p = P(len(probs) + 1, cat, t, ms, STATUS01[st], units, dl, style="circ")
            probs.append(p)
            rows.append([str(p.seq), cat, t, p.mtext(), "、".join(units), dl, st])
    n, done = len(probs), sum(p.status == "done" for p in probs)
    mt = sum(len(p.measures) for p in probs)
    assert (n, done, mt) == (11, 9, 26)
    b = [("title", title),
         ("p", "县委："),
         ("p", "按照县委统一部署，县委第三巡察组于2024年3月4日至4月26日对县水利局党组开展了常规巡察，2024年6月11日向局党组反馈了巡察意见。"
               "局党组把巡察整改作为一项严肃的政治任务，对反馈意见照单全收、逐条认领。现将有关情况报告如下。"),
         ("h", "一、党组书记组织落实整改工作情况"),
         ("p", "局党组书记切实履行巡察整改第一责任人职责，在巡察反馈会上作表态发言，反馈会后第二天即主持召开党组会议，"
               "逐条研究反馈意见，亲自审定整改方案。整改期间，党组书记主持召开整改推进会5次，带头领办河道采砂监管、"
               "水利工程项目管理等难点问题，4次带队到乡镇、水库和项目现场督导，对整改进度滞后的股室负责人当面提醒。"
               "党组书记在巡察整改专题民主生活会上带头查摆问题、剖析根源，班子成员逐一对照检查、相互批评，明确了整改方向。"
               "党组书记还主持召开局属单位负责人座谈会2次，听取基层对整改工作的意见建议，对整改中涉及多个股室的问题"
               "亲自协调、明确牵头，确保每一个问题都有人管、有人抓、有人负责。"),
         ("h", "二、局党组落实整改主体责任情况"),
         ("p", "局党组成立巡察整改工作领导小组，下设办公室负责日常工作，制定《蒲川县水利局党组关于县委第三巡察组反馈意见的整改方案》，"
               "把反馈的问题逐项分解到班子成员和股室，明确整改措施、牵头股室和完成时限，实行“周跟踪、月调度、季小结”。"
               "班子成员按照“一岗双责”要求，对分管领域的问题亲自研究、亲自推动；各股室、局属单位主要负责人扛起具体责任，"
               "做到问题不解决不松手、整改不到位不销号。驻局纪检监察组全程跟进监督，对整改销号材料逐项审核把关。"),
         ("p", f"截至2024年11月30日，县委第三巡察组反馈的{n}个问题已办结{done}个，其余2个按计划推进或需长期坚持；制定的{mt}项整改措施"
               f"已完成{mt - 3}项；建立健全制度8项，追缴水资源费23.6万元，清退违规费用0.38万元，对3名干部进行提醒谈话。"
               "各问题的整改情况见附件。"),
         ("p", "整改中，局党组坚持举一反三、由点及面，在全县水利系统开展水利工程建设领域突出问题专项治理和水利资金使用管理专项检查，"
               "对局属单位和各乡镇水利站近三年实施的项目进行了全面梳理，对发现的共性问题建立清单、限期整改。"
               "同时，局党组把巡察整改与党纪学习教育、群众身边不正之风和腐败问题集中整治结合起来，聚焦农村供水、"
               "河道管护等群众关心的问题，推动解决了一批群众急难愁盼的实际问题，全县农村自来水普及率提高到93.5%。"),
         ("p", "在整改成效评估中，局党组邀请县人大代表、县政协委员和群众代表对整改情况进行评议，评议满意率达到96%以上。"
               "驻局纪检监察组对已办结问题逐项进行了核查，认为整改措施落实到位、整改佐证材料齐全，未发现表面整改、虚假整改情况。"),
         ("h", "三、巩固整改成果的打算"),
         ("p", "局党组将坚持目标不变、标准不降、力度不减，对按计划推进的问题紧盯节点、挂图作战，确保按期完成；对需长期坚持的问题"
               "分阶段制定措施，久久为功；对已办结的问题适时开展“回头看”，防止反弹回潮。同时，把巡察整改与河湖长制、"
               "水旱灾害防御、农村供水保障等重点工作结合起来，以整改实效推动全县水利事业高质量发展。"),
         ("p", "局党组将严格落实巡察整改情况公开要求，在县政府门户网站公布整改进展情况，主动接受干部群众监督。"
               "联系电话：0XXX-6XXXXXX；电子邮箱：pcslj@163.com。"),
         ("p", "附件：中共蒲川县水利局党组巡察反馈问题整改情况一览表"),
         ("pr", issuer), ("pr", "2024年12月6日"),
         ("break", None),
         ("p", "附件"),
         ("title", "中共蒲川县水利局党组巡察反馈问题整改情况一览表"),
         ("table", rows)]
    write_docx(stem, b)
    finish(stem, genre="1 a 局党组's report whose body is about the Party secretary's and the group's work; the 11 problems "
                       "only in the 附件 table (序号/问题类型/反馈问题/整改措施 ①②/牵头股室/完成时限/整改进度)",
           kind="bulletin", title=title, issuer=issuer, date="2024-12-06",
           insp=["县委第三巡察组", "县水利局党组", "2024-03-04", "2024-04-26", "2024-06-11"],
           headline={"problems_total": n, "problems_done": done, "measures_total": mt, "measures_done": mt - 3,
                     "rules_made": 8},
           probs=probs, koi=1, anomalies=[
               "Problems only in the 附件 table after the signature and a page break (kind 1); the body's 一、二、三、 sections "
               "(党组书记组织落实整改工作情况, 主体责任, 打算) are the report's own work, not problems.",
               "seq = the table's 序号 1-11 through the table (R75); category = the 问题类型 cell (as bw18 w18_09, bw21 w21_09); "
               "title = the 反馈问题 cell (R89); measure_count = the ①② items of the 整改措施 cell (R96, one undivided = 1); units "
               "from 牵头股室 split on 、 (R101, R102); deadline = the 完成时限 cell as written (R106).",
               "NEW: status from the 整改进度 cell '已办结' -> done (a closing word, as 销号; R93 lists 已完成/已整改/销号), "
               "'按计划推进' -> in_progress (work under way, R93), '长期坚持' -> long_term.",
               "Headline: '反馈的11个问题已办结9个' -> 11/9; '制定的26项整改措施已完成23项' -> 26/23; '建立健全制度8项' -> 8 (R74); "
               "23.6万元, 0.38万元, 3 people, 5 meetings, 4 visits, 58 交办 problems (the 河长's, not the feedback's), 12 cameras, "
               "2 items, 4 支部, 93.5%, 96% are distractors.",
               "Dates: period 2024-03-04..04-26, feedback 2024-06-11; report_date = the signature 2024年12月6日; 2024年11月30日 "
               "(截至) is a distractor."],
           recount=(RE_CIRC, None, r"[\u4e00-\u9fff]"))


# ================================================================ 02 hospital 通报, problems in the middle, trailing brackets (.pdf)
C02 = [
    ("党建引领医院发展方面", [
        ("落实党委领导下的院长负责制不够到位，党委会与院长办公会议事范围界定不清",
         ["修订党委会议、院长办公会议议事规则，明确议事清单", "对2023年以来两会决策事项进行梳理复核"],
         ["党委办公室", "院长办公室"], "2024年9月", "已完成"),
        ("意识形态工作责任制落实不力，院内宣传阵地审核把关不严",
         ["制定意识形态工作责任清单", "建立院内宣传品、公众号推文“三审三校”制度", "每半年专题研究一次意识形态工作"],
         ["党委宣传部"], "2024年8月", "已完成"),
        ("公立医院高质量发展推进不力，重点专科建设进展缓慢",
         ["制定重点专科建设三年规划", "引进学科带头人2名", "与省级医院共建专科联盟3个"],
         ["医务部", "科教部"], "2025年12月", "正在推进"),
    ]),
    ("医疗服务和行风建设方面", [
        ("群众就医体验不佳，门诊高峰时段挂号、缴费排队时间长",
         ["推行预约诊疗和诊间结算", "增设自助服务机18台", "实行门诊弹性排班"],
         ["门诊部", "信息科"], "2024年7月", "已完成"),
        ("医疗质量安全管理存在漏洞，部分科室核心制度执行不严",
         ["开展18项医疗质量安全核心制度专项督查", "对不合格病历实行月通报"],
         ["医务部", "质控科"], "2024年10月", "已完成"),
        ("医德医风建设有差距，个别医务人员收受患者“红包”",
         ["开展医德医风专项整治", "与全院职工签订廉洁从业承诺书", "对收受“红包”人员依规严肃处理"],
         ["纪检监察室", "人事科"], "长期坚持", "长期坚持"),
        ("药品耗材管理不规范，部分高值耗材出入库记录不全",
         ["上线高值耗材全流程追溯系统", "对2022年以来高值耗材使用开展专项核查"],
         ["药学部", "设备科"], "2024年11月", "已完成"),
    ]),
    ("全面从严治党和队伍建设方面", [
        ("廉洁风险防控机制不健全，基建、采购等重点领域监督不够",
         ["梳理重点领域廉洁风险点37个并制定防控措施", "纪检监察室对大额采购实行全程监督"],
         ["纪检监察室", "总务科"], "2024年9月", "已完成"),
        ("违规发放津贴补贴，2022年超范围发放夜班补助",
         ["清退超范围发放的夜班补助", "修订绩效分配方案"],
         ["财务科", "人事科"], "2024年6月", "已完成"),
        ("基层党支部建设不够规范，临床科室党支部“双带头人”培育不足",
         ["实施党支部书记“双带头人”培育工程", "对临床科室党支部书记开展轮训"],
         ["党委组织部"], "2024年12月", "已完成"),
        ("人才队伍结构不合理，高级职称人员占比偏低",
         ["修订人才引进和职称评聘办法", "选派骨干医师到省级医院进修"],
         ["人事科"], "2025年6月", "正在推进"),
        ("上轮巡察反馈的“医疗设备采购论证不充分”问题整改不到位",
         ["建立大型医疗设备购置可行性论证制度", "对2021年以来购置的大型设备开展使用效益评估", "对闲置设备进行院内调剂"],
         ["设备科", "财务科"], "2024年10月", "已完成"),
    ]),
]
STATUS02 = {"已完成": "done", "正在推进": "in_progress", "长期坚持": "long_term"}
TITLE02 = "中共岚溪市人民医院委员会关于市委巡察整改进展情况的通报"
ISSUER02 = "中共岚溪市人民医院委员会"


def blocks02():
    probs = []
    b = [("title", TITLE02),
         ("p", "按照市委统一部署，2024年4月15日至6月14日，市委第二巡察组对岚溪市人民医院党委开展了常规巡察。2024年8月20日，市委第二巡察组"
               "向医院党委反馈了巡察意见。医院党委坚持把巡察整改作为重大政治任务，以“钉钉子”精神推进整改落实。"
               "根据党务公开和巡察工作有关要求，现将整改进展情况通报如下。"),
         ("h", "一、加强组织领导，压实整改责任"),
         ("p", "医院党委主要做了以下工作：一是第一时间召开党委会议，传达学习巡察反馈意见，成立由党委书记任组长、院长任副组长的巡察整改领导小组；"
               "二是制定整改方案，建立问题、任务、责任“三张清单”，把整改任务分解到院领导和职能科室；三是召开巡察整改专题民主生活会，"
               "院领导班子成员逐一认领问题、作出整改承诺；四是院纪委把巡察整改纳入日常监督，对整改进度滞后的2个科室负责人进行提醒谈话。"),
         ("p", "整改中，医院党委坚持把“当下改”与“长久立”结合起来，既盯住反馈的具体问题逐项攻坚，又针对问题背后的制度漏洞建章立制；"
               "坚持把巡察整改与改善就医感受、提升患者体验行动结合起来，把群众满意不满意作为检验整改成效的标准。"
               "党委书记每月主持召开一次整改调度会，逐项听取责任部门汇报，对涉及多个部门的难点问题现场协调、明确牵头。"
               "院领导班子成员深入分管科室督导整改，先后到临床一线调研26人次，收集职工和患者意见建议43条，均已分类办理并反馈。"),
         ("h", "二、坚持问题导向，逐项推进整改")]
    for ci, (cat, items) in enumerate(C02, 1):
        b.append(("h", f"{ci}.{cat}"))
        for pi, (t, ms, units, dl, st) in enumerate(items, 1):
            p = P(pi, cat, t, ms, STATUS02[st], units, dl, style="circ")
            probs.append(p)
            b += [("p", f"（{pi}）{t}。"),
                  ("p", "整改落实：" + p.mtext() + f"（责任部门：{'、'.join(units)}；完成时限：{dl}；目前进度：{st}）")]
    n, done = len(probs), sum(p.status == "done" for p in probs)
    prog = sum(p.status == "in_progress" for p in probs)
    mt = sum(len(p.measures) for p in probs)
    assert (n, done, prog, mt) == (12, 9, 2, 29), (n, done, prog, mt)
    b += [("h", "三、巩固整改成果，健全长效机制"),
          ("p", f"截至2024年12月31日，市委第二巡察组反馈的{n}个问题，已完成整改{done}个，正在推进{prog}个，需长期坚持1个；"
                f"{mt}条整改措施已落实{mt - 6}条；新建和修订制度21项，清退违规发放的夜班补助12.7万元，给予诫勉谈话1人。"),
          ("p", "通过整改，医院治理水平和服务能力有了新的提升：门诊患者平均等候时间缩短至18分钟，出院患者满意度达到97.2%，"
                "医疗服务收入占比提高到35.6%，全年未发生重大医疗安全事件。广大职工和患者对巡察整改工作给予了积极评价，"
                "认为整改看得见、摸得着、有实效。"),
          ("p", "下一步，医院党委将从三个方面巩固整改成果：一是对尚未完成的问题，坚持目标不变、力度不减，确保按期完成；"
                "二是对已完成整改的问题，适时开展“回头看”，防止问题反弹；三是把巡察整改与公立医院高质量发展、"
                "医药领域腐败问题集中整治结合起来，以整改实效提升群众就医获得感。医院纪委将持续跟踪问效，对敷衍整改、"
                "虚假整改的严肃追责问责。"),
          ("p", "欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。如有意见建议，请于2025年1月20日前反映至医院党委办公室。"
                "联系电话：0XXX-2XXXXXX；电子邮箱：lxrmyydw@163.com。"),
          ("pr", ISSUER02), ("pr", "2025年1月3日")]
    return b, probs, dict(problems_total=n, problems_done=done, measures_total=mt, measures_done=mt - 6, rules_made=21)


ANOM02 = [
    "The first numbered list (一、加强组织领导: 一是…四是) is the body's own work, not problems (R111); the problem section "
    "is 二、 in the middle; 三、's 下一步 一是…三是 is neither problems nor measures (R98).",
    "Categories '1.…方面' (R79: number dropped); problems '（1）…。' restarting under each category (R75), title without the "
    "number and final '。' (R86); measure_count = the ①② items of '整改落实：' (R96).",
    "NEW: one trailing bracket after the measures '（责任部门：A、B；完成时限：2024年9月；目前进度：已完成）' -> units split on 、 "
    "(R101), deadline as written (R106), status '已完成' done, '正在推进' in_progress, '长期坚持' long_term (R93).",
    "Headline: '反馈的12个问题，已完成整改9个' -> 12/9; '29条整改措施已落实23条' -> 29/23; '新建和修订制度21项' -> 21 (R74); "
    "12.7万元, 1 person, 2 科室, 26人次, 43条, 18分钟, 97.2%, 35.6%, 18 machines, 18 核心制度, 37 风险点, 2/3 (带头人, 联盟) are distractors.",
    "Dates: period 2024-04-15..06-14, feedback 2024-08-20; report_date = the signature 2025年1月3日; 2024年12月31日 (截至) and "
    "2025年1月20日 (comment window) are distractors.",
]


def doc02():
    stem = "w22_02_city_hospital_bulletin_trailing_brackets_pdf"
    b, probs, hl = blocks02()
    write_pdf(stem, b)
    finish(stem, genre="2 a hospital 党委's 巡察整改进展情况的通报: a 一是…四是 work list first, problems under 二、 in the middle "
                       "('1.…方面' / '（1）…'), each answered by '整改落实：①…' and a trailing bracket with unit, time limit and status",
           kind="bulletin", title=TITLE02, issuer=ISSUER02, date="2025-01-03",
           insp=["市委第二巡察组", "岚溪市人民医院党委", "2024-04-15", "2024-06-14", "2024-08-20"],
           headline=hl, probs=probs, koi=2, anomalies=ANOM02 + ["PDF printed from Word via soffice (page footer '— N —')."],
           recount=(RE_CIRC, "三、巩固整改成果"))


def doc06():
    """Traditional-character copy of doc02's 通报 on a mirror portal (a plain web page, UTF-8 .html)."""
    stem = "w22_06_hospital_bulletin_traditional_web_html"
    t = S2T.convert
    b, probs, hl = blocks02()
    body = []
    for kind, pay in b:
        if kind == "title":
            continue
        if kind == "h":
            body.append(f"<p><strong>{t(pay)}</strong></p>")
        elif kind == "pr":
            body.append(f"<p style=\"text-align:right\">{t(pay)}</p>")
        else:
            body.append(f"<p style=\"text-indent:2em\">{t(pay)}</p>")
    page = html_page(site=t("岚溪市卫生健康委员会"), crumbs=[t("首页"), t("政务公开"), t("党务公开")], title=t(TITLE02),
                     meta=t("发布时间：2025-01-06 09:30  来源：市人民医院  浏览次数：908"), body="\n".join(body),
                     foot=t("主办：岚溪市卫生健康委员会  地址：岚溪市解放路66号  备案号：X ICP备XXXXXXXX号"))
    (OUT / f"{stem}.html").write_text(page, encoding="utf-8")
    finish(stem, trad=True, genre="6 (and 2) a traditional-character copy of doc02's 通报 on a mirror portal, a plain web page",
           kind="bulletin", title=t(TITLE02), issuer=t(ISSUER02), date="2025-01-03",
           insp=[t("市委第二巡察组"), t("岚溪市人民医院党委"), "2024-04-15", "2024-06-14", "2024-08-20"],
           headline=hl, probs=probs, koi=6, anomalies=ANOM02 + [
               "Traditional copy (opencc s2t) of w22_02 as a plain web page: doc fields in the page's script, problem titles, "
               "categories and units in simplified characters (R91); the bracket reads '（責任部門：…；完成時限：…；目前進度：已完成）'.",
               "Chrome: the portal's bar, menu, breadcrumb, '發布時間：2025-01-06 09:30 來源：市人民醫院' line, 打印/關閉 and footer; "
               "the signature 2025年1月3日 beats the posting date (R41)."],
           recount=(RE_CIRC, "三、巩固整改成果"))


# ================================================================ 03 one task quoted from the feedback, fields in prose (Word html)
def doc03():
    stem = "w22_03_county_task9_quoted_explanation_word_html"
    title = "蒲川县人民政府关于省生态环境保护督察反馈问题第9项整改完成情况的说明"
    issuer = "蒲川县人民政府"
    task = ("蒲川县白塔镇境内3家石材加工企业长期无序堆放石粉废渣，堆场未采取防渗、防扬散措施，雨季废渣随地表径流进入桐溪，"
            "桐溪白塔段悬浮物浓度明显升高")
    ms = ["依法关停无环评手续的石材加工企业1家，督促另外2家企业完成废渣堆场“三防”改造",
          "组织清运历史堆存石粉废渣4.3万吨，全部送至县建筑垃圾资源化利用中心处置",
          "对桐溪白塔段2.6公里河道实施清淤和生态护岸建设，恢复沿岸植被1.8万平方米",
          "建立石材加工企业废渣产生、贮存、转运、利用全过程台账，由县生态环境局每月开展执法检查"]
    p = P(9, None, task, ms, "done", ["县生态环境局", "县自然资源局", "白塔镇人民政府"], "2024年8月底前", style="cnparen")
    ps = [mso_p(title, bold=True, center=True), mso_p("省生态环境保护督察整改工作领导小组办公室：", indent=False),
          mso_p("2023年10月9日至11月9日，省第四生态环境保护督察组对岚溪市开展了第二轮省级生态环境保护例行督察，并于2024年1月25日向岚溪市"
                "反馈了督察意见。反馈问题第9项指出：“" + task + "。”该问题涉及我县。"),
          mso_p("县委、县政府将该问题列为县级领导领办事项，由县政府分管副县长牵头督办，明确由县生态环境局牵头，县自然资源局、"
                "白塔镇人民政府配合整改，要求于2024年8月底前完成整改。县督察整改办将该问题纳入“红黄绿灯”管理，每半月调度一次。"
                "整改期间，县人大常委会组织人大代表开展专题视察1次，县政协组织委员开展民主监督1次。"),
          mso_p("整改前，白塔镇境内共有石材加工企业3家，年加工石材约12万立方米，产生石粉废渣约3万吨。由于企业环保意识淡薄、"
                "镇村监管缺位，废渣长期在厂区周边和桐溪沿岸低洼地带露天堆放，最大堆场占地约9亩，堆高超过6米。每逢雨季，"
                "废渣随地表径流进入桐溪，造成河水浑浊发白，下游2个村的灌溉取水受到影响，群众多次通过12345热线反映。"
                "督察期间，督察组现场检查发现该问题，并将其列入反馈意见。"),
          mso_p("督察反馈后，县政府第一时间召开专题会议研究部署，由分管副县长带队到现场调研，制定“一企一策”整改方案，"
                "明确“先控源、再清运、后修复、建机制”的整改思路，倒排工期、挂图作战。县督察整改办每半月调度一次整改进度，"
                "对进度滞后的环节及时发出督办提醒；县纪委监委将该问题整改纳入专项监督，督促相关部门和镇村履职尽责。"),
          mso_p("针对该问题，我县主要采取了以下整改措施："),
          *[mso_p(line + "。") for line in p.mtext("\n").split("\n")],
          mso_p("经第三方监测，2024年9月至11月桐溪白塔段悬浮物浓度分别为12、9、11毫克/升，较整改前平均下降68%，"
                "断面水质稳定达到Ⅲ类。沿线群众反映，过去一下雨河水就发白发浑，现在河水清了，河边还修了步道。"),
          mso_p("2024年11月18日，县督察整改办组织县发改局、县财政局、县水利局等单位和2名特邀专家组成验收组，采取查阅资料、"
                "现场核查、走访群众相结合的方式对该问题整改情况进行了验收。验收组认为，该问题整改措施落实到位，"
                "整改目标已经实现，佐证材料齐全规范，符合销号条件，同意予以销号。"),
          mso_p("为巩固整改成效，我县举一反三，对全县其余11家石材、砂石加工企业开展拉网式排查，发现问题17个，已全部整改到位；"
                "出台《蒲川县石材加工行业环境管理规定》，将石材加工企业纳入“双随机、一公开”重点监管对象，"
                "每季度至少开展一次执法检查，防止问题反弹。白塔镇落实属地责任，组织网格员对桐溪沿岸开展常态化巡查，"
                "发现偷倒乱堆行为及时制止并上报。"),
          mso_p("整改过程中累计投入资金2860万元，其中中央水污染防治资金1200万元，县级财政资金960万元，企业自筹700万元。"
                "佐证材料包括企业关停决定书、废渣清运转运联单、清淤工程竣工资料、水质监测报告、验收意见等，共6类142份，已报市督察整改办备案。"),
          mso_p("下一步，我县将严格落实“党政同责、一岗双责”，持续巩固整改成果，对石材加工行业实行清单化、常态化监管；"
                "县生态环境局将加强对桐溪等重点河流的水质监测，发现异常及时溯源处置；县自然资源局将加快推进废弃矿山和"
                "采石场生态修复，从源头上减少废渣产生；白塔镇将把河道巡查纳入网格化管理，确保问题不反弹、不回潮，"
                "以整改成效取信于民。"),
          mso_p("整改信息公开方面，我县已在县政府门户网站开设督察整改专栏，及时公开该问题的整改方案、阶段进展和验收结果，"
                "并通过《蒲川新闻》、县融媒体中心客户端同步发布，接受社会监督。验收期间，验收组在桐溪沿线的白塔村、"
                "溪口村和白塔镇集镇社区走访群众46人，发放满意度测评表80份，收回有效表78份，群众满意率为96.2%。"
                "群众普遍认为，废渣堆场清理了，河水变清了，沿河环境明显改善。"),
          mso_p("整改中我们也认识到，石材加工行业的环境问题既有企业主体责任落实不到位的原因，也有部门监管不到位、"
                "镇村巡查不到位的原因。对此，县纪委监委对负有监管责任的2名干部进行了提醒谈话，相关部门和镇村"
                "深刻汲取教训，进一步压实了生态环境保护“党政同责、一岗双责”。"),
          mso_p("特此说明。"),
          mso_p(issuer, indent=False, flush="text-align:right;"), mso_p("2024年12月2日", indent=False, flush="text-align:right;"),
          mso_p("（联系人：县督察整改办 周涛，电话：0XXX-6XXXXXX）", indent=False)]
    html = word_html(title, ps, author="pcxdczgb", pages=3, grid_spacing="7.8 磅")
    (OUT / f"{stem}.html").write_text(html, encoding="utf-8")
    finish(stem, genre="3/4 a county's 整改完成情况的说明 on ONE feedback item, quoted '反馈问题第9项指出：“…”', lead and co-units and "
                       "time limit in prose, measures （一）…（四）, acceptance and 销号 in prose",
           kind="bulletin", title=title, issuer=issuer, date="2024-12-02",
           insp=["省第四生态环境保护督察组", "岚溪市", "2023-10-09", "2023-11-09", "2024-01-25"],
           probs=[p], koi=[3, 4], min_len=2000, anomalies=[
               "One-task 说明 (R14, kind 3) on a quoted feedback item (R15, kind 4): title = the quotation without the lead-in "
               "'反馈问题第9项指出：' (R92), outer quotes and the final '。' (R86); seq 9 from '第9项' (R77).",
               "category null: no label and no heading above the item (R84; not a '整改任务' label, C17 does not arise).",
               "Units from prose '由县生态环境局牵头，县自然资源局、白塔镇人民政府配合整改' (R104, C6; co-units as bw18/bw21); "
               "deadline '2024年8月底前' from '要求于2024年8月底前完成整改' (R106).",
               "measure_count 4 = the （一）…（四） items (R96); the monitoring, acceptance, 举一反三 and 下一步 paragraphs are not "
               "measures (R98, R118). status done: '同意予以销号' (R94).",
               "inspected '岚溪市' (the feedback went to the city; the item concerns the county). Headline null: the notice gives "
               "no count of the feedback; 11 firms, 17 problems (the 举一反三 sweep's), 4.3万吨, 2.6公里, 1.8万平方米, 12/9/11, 68%, "
               "2860/1200/960/700万元, 6类142份, 12万立方米, 3万吨, 9亩, 6米, 2 村, 46/80/78, 96.2%, 2 干部 are distractors.",
               "Word-saved .html (mso paragraphs). Dates: 督察 2023-10-09..11-09, feedback 2024-01-25; report_date = signature "
               "2024年12月2日; 验收 2024-11-18 and the 2024年9月至11月 monitoring are not inspection dates (R53). A one-task "
               "notice, shorter than the set's others: min_len 2000."],
           recount=(RE_CNP, "经第三方监测"))


# ================================================================ 04 news: four fixed findings of one body (.txt UTF-8)
F04 = [
    ("门诊预约号源投放不合理，专家号集中在工作日上午，群众“挂号难”反映集中",
     ["将专家号源全部纳入预约平台，按时段分散投放", "开设周末和午间专家门诊", "预留20%号源给基层转诊患者"]),
    ("住院患者费用清单告知不及时，部分患者出院结算时才知晓自费项目",
     ["推行住院费用“每日清单”推送", "自费项目使用前须患者签字确认"]),
    ("医疗废物暂存间管理不规范，转运交接记录不全",
     ["按标准改造医疗废物暂存间", "启用医疗废物电子转运联单", "每月开展一次专项检查"]),
    ("职工食堂对外承包后监管缺位，食材采购台账缺失",
     ["收回食堂经营权，改由医院后勤自主管理", "建立食材采购、验收、留样台账"]),
]


def doc04():
    stem = "w22_04_county_news_four_fixed_findings_txt"
    probs = [P(i, None, t, ms, "done") for i, (t, ms) in enumerate(F04, 1)]
    n = len(probs)
    lines = ["蒲川清风网 | 首页 | 要闻动态 | 巡察工作 | 审查调查 | 警示教育 | 监督举报", "", "当前位置：首页 > 巡察工作", "",
             "以巡促改见实效 群众就医更舒心——县人民医院巡察反馈问题整改见闻", "",
             "发布时间：2024-11-22 16:40   来源：县委巡察办   作者：吴静 韩磊", "",
             "“以前挂专家号要早上六点来排队，现在手机上就能约，时间也能自己挑。”11月20日上午，在蒲川县人民医院门诊大厅，"
             "前来复诊的白塔镇村民张大爷对记者说。这一变化，源于县委巡察反馈问题的整改。",
             "今年4月8日至5月24日，县委第二巡察组对蒲川县人民医院党委开展了常规巡察，并于7月2日向医院党委反馈了巡察意见。"
             f"巡察中，巡察组坚持以人民为中心，把群众就医过程中的“急难愁盼”作为监督重点，发现群众反映强烈的突出问题{n}个，"
             "随反馈意见一并交医院党委整改。记者近日跟随县委巡察办督导组回访发现，这些问题目前均已整改到位。"]
    for i, p in enumerate(probs, 1):
        lines.append(f"问题{cn(i)}：{p.title}。")
        lines.append("针对这一问题，医院党委" + p.mtext() + "目前，该问题已整改到位。")
        if i == 1:
            lines.append("“号源放出去了，医生也得跟上。”医院门诊部负责人介绍，医院同步调整了专家排班，"
                         "8月以来门诊患者平均候诊时间由原来的52分钟缩短到21分钟。")
        if i == 2:
            lines.append("“住院几天花了多少钱、哪些要自己掏，手机上每天都能看到，心里踏实多了。”正在住院的患者家属李女士说。"
                         "医院医保办负责人介绍，整改以来，医院因费用告知引发的投诉由上半年的17件下降到下半年的2件。")
        if i == 4:
            lines.append("如今，职工食堂实行“明厨亮灶”，每天的食材采购价格、供货单位在食堂门口公示，职工可通过意见箱和"
                         "微信群随时提出意见。医院还邀请职工代表每月参与一次食材验收，食堂伙食质量明显提升。")
        if i == 3:
            lines.append("在医疗废物暂存间，记者看到，地面、墙裙已全部做了防渗处理，每一袋医疗废物都贴有二维码，"
                         "扫码即可查看产生科室、重量和交接时间。")
    lines += [
        "据了解，整改期间，医院党委召开整改专题会议6次，制定修订制度11项，对3名相关责任人进行了提醒谈话。"
        "县委巡察办将医院整改情况纳入日常监督重点，采取“线上调度+实地督导”的方式跟踪问效，先后2次到医院实地查看整改情况，"
        "对整改中存在的台账不规范等问题当场反馈、督促完善。",
        "医院党委书记表示，巡察反馈的问题看似是服务中的“小事”，却关系群众就医的切身感受。医院党委在抓好这4个问题整改的同时，"
        "举一反三开展“改善就医感受、提升患者体验”专项行动，对门诊、住院、医技检查等20个服务环节逐一梳理，"
        "推出检查检验结果互认、床旁结算、出院患者随访等便民举措9项，让整改成果真正转化为群众看得见、摸得着的实惠。",
        "“巡察整改不是终点。”县委巡察办负责人表示，下一步将持续跟踪县人民医院整改成效，适时开展巡察整改“回头看”，"
        "同时总结推广医院在优化就医流程、加强后勤监管等方面的经验做法，督促全县卫生健康系统举一反三、同步整改，"
        "推动巡察整改成果更多更好地惠及群众。今年以来，县委巡察组已完成对8家县直单位和14个村（社区）党组织的巡察，"
        "督促解决群众急难愁盼问题46个。",
        "下一步，县委巡察办还将会同县卫生健康局，对全县12家乡镇卫生院开展医疗服务领域专项检查，重点检查预约诊疗、"
        "费用公示、医疗废物处置和食堂管理等方面工作，对发现的问题建立清单、限期整改，推动卫生健康领域群众身边问题"
        "一件一件解决、一项一项落实。",
        "记者在回访中了解到，为防止整改“一阵风”，医院将4个问题的整改措施全部纳入医院管理制度，"
        "明确由分管院领导牵头、职能科室负责日常监管，院纪委每季度开展一次专项监督检查，检查结果在院周会上通报。"
        "医院还在门诊大厅、住院部设置了“巡察整改意见箱”，公布监督电话，持续听取群众意见，"
        "对群众反映的新问题建立台账、限时办结。",
        "县卫生健康局相关负责人表示，县人民医院的整改实践为全县医疗卫生机构提供了可复制的经验。县卫生健康局已将预约诊疗、"
        "住院费用每日清单、医疗废物电子联单等做法在全县医疗机构推广，并纳入年度医疗机构绩效考核，"
        "推动全县医疗服务质量整体提升。",
        "群众在就医过程中遇到相关问题，可通过县纪委监委举报电话0XXX-12388或“蒲川清风”微信公众号反映。",
        "", "【责任编辑：杜敏】", "【打印本页】  【关闭窗口】",
        "主办：中共蒲川县纪律检查委员会 蒲川县监察委员会  技术支持：蒲川县融媒体中心", ""]
    (OUT / f"{stem}.txt").write_text("\n".join(lines), encoding="utf-8")
    finish(stem, genre="4 (news) a county 纪委 site's news item on ONE body's four fixed findings: '问题一：…' then "
                       "'针对这一问题，医院党委一是…' and '目前，该问题已整改到位', with quotes and scene colour",
           kind=None, title=None, issuer=None, date="2024-11-22",
           insp=["县委第二巡察组", "蒲川县人民医院党委", "2024-04-08", "2024-05-24", "2024-07-02"],
           headline={"problems_total": n, "problems_done": n, "rules_made": 11}, probs=probs, koi=4, min_len=2000, anomalies=[
               "News (R30: kind null; the headline '以巡促改见实效…整改见闻' is a news title -> title null, C7); issuer null: no "
               "signature, the 来源/作者 line is metadata (R38); report_date = 发布时间 2024-11-22 (R40).",
               "NEW: one body's four findings, each printed on its own line '问题一：…' -> four problems (R10: one per printed "
               "finding; not R125, which is many bodies; not R108, which is one); seq 1-4 from 问题一…四 (R76); title = the text "
               "after the label, final '。' dropped (R89); category null (no heading).",
               "status done from '目前，该问题已整改到位' (R93, R132); measures = the 一是… items of each answer (R96: the answer "
               "is printed; R132's 0 is for news with none).",
               "Dates: the year from the 发布时间 line ('今年4月8日至5月24日…7月2日', R58) -> period 2024-04-08..05-24, feedback "
               "2024-07-02; 11月20日 (the visit) is not an inspection date.",
               "Headline: '发现群众反映强烈的突出问题4个…均已整改到位' -> 4/4 (R71 all done stated); '医院党委…制定修订制度11项' "
               "-> rules 11 (R74, the subject's own rules); 52/21 minutes, 20%, 6 meetings, 3 people, 2 visits, 8/14 bodies, "
               "46 问题 (the year's other work, C5: not this inspection's), 12 卫生院, 17/2 complaints, 20 环节, 9 举措 are distractors. A news item, shorter than the set's reports: min_len 2000.",
               "Chrome: site menu, breadcrumb, 发布时间 line, 责任编辑, 打印/关闭, footer."],
           recount=(RE_SHI, "据了解"))


# ================================================================ 05 round summary, figures in a table (GB18030 .txt, CRLF)
def doc05():
    stem = "w22_05_city_round_summary_figure_table_gb18030"
    title = "中共岚溪市委巡察工作领导小组办公室关于七届市委第六轮巡察集中整改情况的通报"
    issuer = "中共岚溪市委巡察工作领导小组办公室"
    bodies = [("市发展和改革委员会党组", 24, 22, 68, 65, 7), ("市财政局党组", 21, 20, 57, 55, 8),
              ("市住房和城乡建设局党组", 27, 24, 79, 73, 9), ("市交通运输局党组", 22, 21, 61, 60, 6),
              ("市医疗保障局党组", 18, 17, 49, 48, 5), ("市城市投资发展集团有限公司党委", 26, 23, 73, 68, 10),
              ("岚溪师范高等专科学校党委", 25, 23, 70, 67, 11), ("桐江区委政法委员会", 23, 22, 55, 55, 8)]
    tot = [sum(x[i] for x in bodies) for i in range(1, 6)]
    assert tot == [186, 172, 512, 491, 64]
    rows = ["序号  被巡察党组织                    反馈问题  已整改  整改措施  已完成  建立完善制度"]
    for k, (b, fb, dn, mt, md, rl) in enumerate(bodies, 1):
        rows.append(f"{k}  {b}  {fb}  {dn}  {mt}  {md}  {rl}")
    rows.append(f"合计  8个党组织  {tot[0]}  {tot[1]}  {tot[2]}  {tot[3]}  {tot[4]}")
    lines = [
        "岚溪市纪委监委 市委巡察办", "首页 | 廉政要闻 | 巡视巡察 | 审查调查 | 党纪法规 | 警钟长鸣", "您现在的位置：首页 > 巡视巡察 > 整改公开", "",
        title, "",
        "信息来源：市委巡察办  发布日期：2025年03月21日  【字号 大 中 小】", "",
        "各县（市、区）党委巡察机构，市直各单位党组（党委）：",
        "按照市委统一部署，2024年8月26日至10月25日，七届市委第六轮巡察对市发展和改革委员会党组等8个党组织开展了常规巡察。"
        "2024年11月中旬，市委4个巡察组分别向被巡察党组织反馈了巡察意见。被巡察党组织在3个月集中整改期内完成了集中整改，"
        "并按要求报送了整改情况报告和整改台账。市委巡察办会同市纪委监委有关监督检查室、市委组织部有关干部科室，"
        "对各被巡察党组织集中整改情况进行了审核评估。审核评估坚持问题导向和结果导向，既看整改措施是否落实、整改目标是否实现，"
        "也看建章立制是否管用、干部群众是否认可，力求评估结果客观公正。现将有关情况通报如下。",
        "一、集中整改总体情况",
        "本轮巡察共反馈问题186个，截至2025年2月28日，已完成整改172个，整改完成率92.5%，其余14个问题已明确整改时限、"
        "纳入日常监督持续推进。各被巡察党组织共制定整改措施512条，已完成491条；建立完善制度64项；清退违规资金87.3万元，"
        "挽回经济损失640万元。巡察移交问题线索21件，已办结19件，给予党纪政务处分7人，组织处理16人次。"
        "巡察期间督促立行立改问题23个，推动解决群众反映强烈的问题31件。",
        "各被巡察党组织整改情况如下表（单位：个、条、项）：",
    ] + rows + [
        "二、集中整改的主要特点",
        "（一）主体责任压得比较实。各被巡察党组织均在反馈后10日内召开巡察整改专题会议，制定整改方案，主要负责同志带头领题、"
        "带头督办，班子成员对照分工抓好分管领域整改，做到了问题、措施、责任、时限“四个明确”。",
        "（二）整改措施定得比较细。各被巡察党组织普遍建立问题、任务、责任“三张清单”，对立行立改的问题即知即改，"
        "对需要一定时间解决的问题明确阶段目标，对需长期坚持的问题建立长效机制，做到整改有计划、推进有节点、完成有标准。",
        "（三）建章立制抓得比较紧。各被巡察党组织坚持“当下改”和“长久立”相结合，针对巡察发现的制度漏洞，"
        "围绕“三重一大”决策、财务管理、工程项目、选人用人等方面建立完善制度，推动整改成果制度化。",
        "（四）成果运用做得比较好。市委巡察办对本轮巡察发现的普遍性问题进行梳理，向市委报送专题报告2份，"
        "向市直有关部门移交共性问题9项，推动开展行业治理，实现“巡察一个、规范一片”。",
        "（五）评估问效比较严。市委巡察办会同市纪委监委、市委组织部对各被巡察党组织集中整改情况逐一开展审核评估，"
        "采取查阅台账、核对佐证材料、实地抽查、个别谈话和听取干部群众意见等方式，对整改情况作出“好”“较好”“一般”“差”四个等次的评价。"
        "本轮评估中，评定为“好”等次的5个，“较好”等次的2个，“一般”等次的1个，评估结果已反馈各被巡察党组织并抄送其上级主管部门。",
        "从各单位情况看，市医疗保障局党组针对医保基金监管中的薄弱环节，健全了定点医药机构日常稽核、智能监控和违规线索移交等制度，"
        "追回违规使用的医保基金一批；市住房和城乡建设局党组聚焦群众反映强烈的老旧小区改造、物业服务等问题，"
        "推动解决了一批群众急难愁盼的实际问题；市城市投资发展集团有限公司党委对投资决策、工程招投标和融资管理等方面制度进行了系统梳理，"
        "新建和修订制度10项，是本轮建章立制最多的单位；岚溪师范高等专科学校党委把巡察整改与师范类专业认证结合起来，"
        "整改成效得到师生认可；桐江区委政法委员会反馈问题中22个已整改到位，平安建设相关工作机制进一步健全。",
        "三、存在的不足",
        "审核评估中也发现，个别被巡察党组织还存在整改不够深入的情况：有的满足于制定制度、印发文件，制度执行情况跟踪不够；"
        "有的对问题根源剖析不深，举一反三不到位；有的整改台账更新不及时，佐证材料不够规范。"
        "还有的对巡察移交的问题线索处置进度偏慢，个别线索办理超出规定时限；有的在整改中存在重业务工作整改、轻党建工作整改的倾向，"
        "对党的建设方面问题的整改措施不够具体，整改成效不够明显。"
        "对上述情况，市委巡察办已向相关党组织逐一反馈，督促其限期完善，并将在下一轮巡察中重点了解相关问题的整改情况。",
        "四、下一步工作要求",
        "各被巡察党组织要坚持整改目标不变、标准不降、力度不减，对尚未完成的问题逐项盯办、按期销号；对已完成整改的问题，"
        "适时开展自查自纠，防止问题反弹回潮。市纪委监委、市委组织部要加强对巡察整改的日常监督，"
        "对整改不力、敷衍整改、虚假整改的严肃追责问责。市委巡察办将适时对本轮巡察整改情况开展督查，"
        "督查结果作为下一轮巡察和年度考核的重要参考。",
        "各县（市、区）党委巡察机构要对照本通报，认真总结本地巡察整改监督工作，健全完善巡察整改评估、督查、销号和公开等工作机制，"
        "推动形成巡察整改监督闭环。市直各单位党组（党委）要主动对照本轮巡察发现的共性问题开展自查自纠，"
        "发现问题的及时整改，做到未巡先改、以巡促改。市委巡察办将加强对县级巡察整改监督工作的指导，"
        "适时组织开展交叉检查，检查结果纳入年度巡察工作考核。",
        "各被巡察党组织要按照党务公开有关要求，及时通过本单位网站、公开栏等渠道公开整改进展情况，主动接受干部群众监督。",
        "", issuer, "2025年3月19日", "",
        "上一篇：市委巡察办举办2025年度巡察业务培训班", "下一篇：七届市委第七轮巡察完成进驻",
        "主办单位：中共岚溪市纪律检查委员会 岚溪市监察委员会  ICP备案：X ICP备XXXXXXXX号", ""]
    (OUT / f"{stem}.txt").write_bytes("\n".join(lines).replace("\n", "\r\n").encode("gb18030"))
    finish(stem, genre="5 a 巡察办's round summary over 8 bodies: totals in prose, per-body figures in a table with a 合计 row, "
                       "特点 （一）…（四） and 不足 prose; no problem list",
           kind="bulletin", title=title, issuer=issuer, date="2025-03-19",
           insp=[None, None, "2024-08-26", "2024-10-25", None],
           headline={"problems_total": 186, "problems_done": 172, "measures_total": 512, "measures_done": 491,
                     "rules_made": 64}, koi=5, anomalies=[
               "A round summary over 8 bodies by 4 巡察组: problems [] (R19); the per-body table rows and prose, the 特点 （一）…（五） and "
               "'三、存在的不足' ('有的…') are not problems (R111, R19).",
               "inspector and inspected null (several groups and bodies, as bw18/bw21); period 2024-08-26..10-25; feedback "
               "'2024年11月中旬' (a 中旬, R53) -> null.",
               "Figures stated twice, in the prose totals and in the table's 合计 row (equal; the body rows sum to them): the "
               "prose totals read 186 / 172 / 512 / 491, rules 64 ('建立完善制度64项', R74; R65 equal counts, the first stated); "
               "not the per-body rows.",
               "'立行立改问题23个' is not a done count (C16, R68); 92.5%, 14, 87.3万元, 640万元, 21/19 clues, 7/16 people, 31件, "
               "10日, 2 reports, 9 共性问题, 5/2/1 grades, 10 rules (one body's), 22 (one body's) are distractors.",
               "GB18030 text with CRLF; chrome: site header and menu, breadcrumb, '信息来源…发布日期：2025年03月21日' line, 上一篇/"
               "下一篇, footer. report_date = the signature 2025年3月19日, which beats the posting date (R41); 2025年2月28日 (截至) is "
               "a distractor."])


# ================================================================ 07 hospital audit, status in a separate sheet (.xlsx)
C07 = [
    ("财务管理方面", [
        ("2022年至2023年收入未及时入账，医疗收入挂往来款项386万元", ["将挂账收入全部调整入账", "建立收入日清月结制度"],
         ["财务科"], "2024年9月30日前", "已整改到位"),
        ("预算执行率偏低，2023年专项资金结余结转1260万元", ["对结转资金逐项清理，统筹用于重点项目", "建立预算执行月通报制度",
                                                       "将预算执行纳入科室绩效考核"], ["财务科", "设备科"], "2024年12月31日前", "正在整改"),
        ("违规向职工发放福利，以体检名义发放购物卡8.2万元", ["追回违规发放的购物卡资金8.2万元"], ["工会", "财务科"],
         "立行立改", "已整改到位"),
        ("往来款项长期未清理，3年以上应收医保结算款未对账", ["与医保部门逐笔对账", "对无法收回款项按程序核销"], ["财务科", "医保办"],
         "2024年10月31日前", "已整改到位"),
    ]),
    ("采购与资产管理方面", [
        ("医用耗材采购未全部通过省级平台，线下采购金额占比达17%", ["线下采购品种全部转为平台采购", "上线耗材采购监管模块"],
         ["设备科"], "2024年8月31日前", "已整改到位"),
        ("大型医疗设备使用效率不高，2台设备年使用率不足30%", ["制定设备共享使用方案，向医联体成员单位开放", "建立设备使用效益年度评价制度"],
         ["设备科", "医务部"], "长期坚持", "长期坚持"),
        ("固定资产账实不符，未入账设备原值274万元", ["开展资产清查，补登资产卡片", "对报废资产履行处置程序", "实行资产管理条码化"],
         ["总务科", "财务科"], "2024年11月30日前", "已整改到位"),
    ]),
    ("工程建设和内部控制方面", [
        ("门诊综合楼改造项目未按规定办理竣工决算，工程款已支付至合同价的97%", ["委托第三方开展竣工决算审计", "按审定金额结算工程款"],
         ["基建办"], "2024年12月31日前", "正在整改"),
        ("内部控制制度不健全，合同管理未实行归口审查", ["制定合同管理办法，实行法律顾问审查", "建立合同台账"],
         ["院长办公室"], "2024年7月31日前", "已整改到位"),
        ("科室二次分配不公开，绩效分配方案未经职代会审议", ["修订绩效分配方案并提交职代会审议通过", "在院内公开科室二次分配细则"],
         ["人事科"], "2024年9月30日前", "已整改到位"),
    ]),
]
STATUS07 = {"已整改到位": "done", "正在整改": "in_progress", "长期坚持": "long_term"}


def doc07():
    stem = "w22_07_hospital_audit_status_separate_sheet_xlsx"
    title = "岚溪市第二人民医院关于市审计局审计查出问题整改情况的报告"
    issuer = "岚溪市第二人民医院"
    probs, rows, prog = [], [], []
    for ci, (cat, items) in enumerate(C07, 1):
        rows.append([f"{cn(ci)}、{cat}"])
        for t, ms, units, dl, st in items:
            k = len(probs) + 1
            p = P(k, cat, t, ms, STATUS07[st], units, dl, style="kuo")
            probs.append(p)
            rows.append([f"问题{k:02d}", t, p.mtext("\n"), "、".join(units), dl])
            prog.append([f"问题{k:02d}", st, "是" if st == "已整改到位" else "否"])
    n, done = len(probs), sum(p.status == "done" for p in probs)
    mt = sum(len(p.measures) for p in probs)
    assert (n, done, mt) == (10, 7, 21), (n, done, mt)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整改报告"
    report = [
        title, "",
        "岚溪市审计局：",
        "2024年2月19日至4月12日，市审计局派出审计组，对岚溪市第二人民医院（以下简称我院）2022年至2023年财务收支情况进行了审计，并于2024年5月28日出具了审计报告，"
        "审计查出问题10个，涉及财务管理、采购与资产管理、工程建设和内部控制三个方面。我院对审计查出的问题高度重视，"
        "院党委会、院长办公会先后4次专题研究整改工作，成立由院长任组长的审计整改工作领导小组，逐项明确责任科室、整改措施和整改期限。"
        "现将整改情况报告如下。",
        "一、整改总体情况",
        f"审计查出问题{n}个，已整改{done}个，正在整改2个，需长期坚持1个；针对审计查出的问题细化整改措施{mt}条。通过整改，调整入账收入386万元，追回违规发放资金8.2万元，"
        f"补登固定资产原值274万元，统筹使用结转资金640万元；制定修订内部管理制度13项；对2名相关责任人进行了诫勉谈话。"
        "各问题整改措施见“问题清单”工作表，整改进度见“整改进度”工作表。",
        "二、主要整改做法",
        "（一）压实责任，挂图作战。院长作为审计整改第一责任人，对整改工作亲自部署、亲自督办；分管院领导对分管领域问题整改负领导责任；"
        "各责任科室主要负责人为直接责任人。领导小组办公室实行周调度、月通报，对进度滞后的科室及时督办。",
        "（二）标本兼治，建章立制。针对审计指出的收入管理、预算执行、耗材采购、资产管理和内部控制等方面问题，"
        "全面梳理医院内部管理制度，新建和修订收入管理、预算管理、合同管理、资产管理等方面制度，堵塞管理漏洞。",
        "（三）举一反三，深化治理。以审计整改为契机，在全院开展财务和资产管理专项检查，对23个临床和医技科室的收费、"
        "耗材使用和设备管理情况进行了全面排查，对发现的问题建立台账、逐一整改。",
        "（四）强化监督，严格问责。院纪委把审计整改纳入年度监督检查重点，对整改情况开展专项监督2次，"
        "对整改销号材料逐项审核把关；对审计指出的违规发放福利问题，按照干部管理权限对相关责任人进行了严肃处理，"
        "并在全院通报，起到了警示教育作用。",
        "（五）分类推进，跟踪问效。对能够立即整改的问题，坚持立行立改、即知即改；对需要一定时间整改的问题，"
        "制定阶段性整改计划，明确时间节点，按月跟踪进度；对需要长期坚持的问题，建立长效机制，持续推进。"
        "领导小组办公室每月汇总各责任科室整改进展，形成整改进度表报院长办公会审定，整改进度以领导小组审核结果为准。",
        "从整改成效看，医院财务管理进一步规范，收入全部纳入医院账户统一核算，往来款项清理工作基本完成；"
        "医用耗材全部实现平台采购，采购价格平均下降6.8%；资产管理实现条码化，账实相符率达到100%；"
        "合同管理实现归口审查，全年审查各类合同156份，规避法律风险11项；科室二次分配实现公开透明，职工满意度明显提高。",
        "三、下一步工作",
        "我院将继续加强对正在整改问题的跟踪督办，确保在规定期限内整改到位；对需长期坚持的问题，持续完善制度机制，"
        "巩固整改成果。同时，自觉接受审计监督和社会监督，推动医院管理更加规范、运行更加高效。"
        "我院将把审计整改与公立医院高质量发展、医药领域腐败问题集中整治结合起来，定期开展内部审计，"
        "及时发现和纠正财务、采购、资产和工程管理中的苗头性问题，切实把审计整改成果转化为医院治理效能。",
        "",
        issuer, "2024年12月16日",
    ]
    for line in report:
        ws.append([line])
    ws.column_dimensions["A"].width = 120
    ws2 = wb.create_sheet("问题清单")
    ws2.append(["岚溪市第二人民医院审计查出问题清单"])
    ws2.merge_cells("A1:E1")
    ws2.append(["问题编号", "审计查出的问题", "整改措施", "责任科室", "整改期限"])
    for r in rows:
        ws2.append(r)
    ws2.append([f"共{n}个问题、{mt}条整改措施"])
    ws3 = wb.create_sheet("整改进度")
    ws3.append(["问题编号", "整改状态", "是否销号"])
    for r in prog:
        ws3.append(r)
    ws3.append(["说明：整改状态以2024年12月10日院审计整改工作领导小组审核结果为准。“已整改到位”指整改措施全部落实、经领导小组"
                "审核同意销号；“正在整改”指整改措施正在落实、尚未达到销号条件；“长期坚持”指需要建立长效机制、持续推进的事项。"
                "各责任科室应于每月5日前报送上月整改进展及佐证材料，由院审计整改工作领导小组办公室汇总更新本表，"
                "并报市审计局和市卫生健康委员会备案。"])
    ws3.append(["填表人：孙悦", "审核人：郑国华", "联系电话：0XXX-3XXXXXX"])
    for col, w in zip("ABCDE", (12, 52, 56, 20, 18)):
        ws2.column_dimensions[col].width = w
    wb.save(OUT / f"{stem}.xlsx")
    finish(stem, genre="1/7 a hospital's audit 整改 report as a workbook: the report sheet (prose, figures, signature), a 问题清单 "
                       "sheet (section rows, 问题01…, measures 1）2）, 责任科室, 整改期限) and a separate 整改进度 sheet keyed by 问题编号",
           kind="bulletin", title=title, issuer=issuer, date="2024-12-16",
           insp=["市审计局", "岚溪市第二人民医院", "2024-02-19", "2024-04-12", "2024-05-28"],
           headline={"problems_total": n, "problems_done": done, "measures_total": mt, "rules_made": 13}, probs=probs, koi=[1, 7], anomalies=[
               "Three sheets: the report, the 问题清单 and the 整改进度 list; problems only in the 问题清单 (kind 1); status only in "
               "the separate 整改进度 list (NEW: status read from a separate list keyed by the 问题编号: '已整改到位' done, "
               "'正在整改' in_progress, '长期坚持' long_term, R93).",
               "seq from '问题01' -> 1 (R76, as '问题一'), numbered through the sheet; category = the section row '一、财务管理方面' "
               "above the items without its number (R79); title = the 审计查出的问题 cell (R89); measure_count = the '1）' lines of "
               "the 整改措施 cell (R96, one undivided = 1); units from 责任科室 split on 、 (R102); deadline = the 整改期限 cell (R106).",
               "inspector '市审计局' (the audit office as printed, R46; kind 7); inspected the hospital as the audit sentence names "
               "it ('对岚溪市第二人民医院（以下简称我院）…', R47; the later '我院' alone would give null, R48); audit fieldwork 2024-02-19..04-12 as the period (R50); feedback_date 2024-05-28, the day the "
               "审计报告 was issued (as bw21 w21_07).",
               "Headline: '审计查出问题10个，已整改7个' -> 10/7; '制定修订内部管理制度13项' -> rules 13 (R74); "
               "'细化整改措施21条' -> measures 21 (R73; done not stated: null), agreed by the sheet's '共10个问题、21条整改措施' line; "
               "386/8.2/274/640万元, 2 people, 4 meetings, 23 科室, 2 checks, 6.8%, 100%, 156 合同, 11项 风险 are distractors.",
               "report_date = the report's signature 2024年12月16日; 2024年12月10日 (the 整改进度 sheet's 审核 date) is a distractor."],
           recount=(RE_KUO, f"共{n}个问题", r"[\u4e00-\u9fff]"))


# ================================================================ 08 college 通报 on its site, cut by the store (.txt UTF-8)
C08 = [
    ("落实党的教育方针和立德树人根本任务方面", [
        ("思政课建设质量不高，部分思政课教学内容更新不及时", ["组织思政课教师集体备课，每学期更新教学专题", "开展思政课教学能力比赛",
                                                    "将思政课教学质量纳入二级学院考核"], "done"),
        ("师范生教育实践环节薄弱，教育实习基地数量不足", ["新建县域中小学、幼儿园教育实习基地14个", "实行高校教师与中小学教师“双导师”制"], "done"),
        ("学生心理健康教育工作基础薄弱，专职心理教师配备不足", ["新招聘专职心理健康教师3名", "建立“学校—二级学院—班级—宿舍”四级心理预警网络"],
         "in_progress"),
        ("意识形态阵地管理存在薄弱环节，对学生社团活动审核不严", ["修订学生社团管理办法，实行社团活动报备审核",
                                                      "对全校86个学生社团进行年度评估"], "done"),
    ]),
    ("全面从严治党和作风建设方面", [
        ("二级党组织履行全面从严治党主体责任不到位", ["制定二级党组织主体责任清单", "校党委每年听取二级党组织书记述责述廉"], "done"),
        ("招生录取和学籍管理存在廉洁风险", ["建立招生录取“阳光工程”监督机制", "对2021年以来转专业、学籍异动情况开展复核", "纪委对招生工作实行全程监督"],
         "done"),
        ("后勤服务外包监管不力，学生公寓物业服务质量差", ["重新招标选定物业服务企业", "建立学生评议与物业费支付挂钩机制"], "done"),
        ("违反中央八项规定精神问题仍有发生，个别部门违规使用公务卡报销私人费用",
         ["追回违规报销费用0.92万元", "对相关责任人给予党纪处分", "开展公务卡使用专项检查"], "done"),
        ("作风建设长效机制不健全，“庸懒散”问题仍有反弹", ["开展机关作风常态化督查", "将师生评价纳入部门年度考核"], "long_term"),
    ]),
    ("领导班子和干部队伍建设方面", [
        ("领导班子落实民主集中制不够严格，个别事项会前沟通酝酿不充分", ["修订党委会议事规则", "重要事项会前充分征求班子成员意见"], "done"),
        ("中层干部队伍年龄结构老化，年轻干部储备不足", ["制定年轻干部培养选拔三年计划", "选派年轻干部到县区教育局挂职"], "in_progress"),
        ("教师队伍中高层次人才匮乏，博士学位教师占比低", ["出台博士引进激励办法", "支持在职教师攻读博士学位"], "in_progress"),
        ("干部教育培训针对性不强，培训内容与岗位需求脱节", ["制定干部教育培训年度计划", "开展分层分类培训", "建立培训效果评估制度"], None),
    ]),
]
CLOSE08 = {"done": "目前，该问题已整改完成。", "in_progress": "目前，该问题正在推进整改。", "long_term": "该问题需长期坚持整改。"}


def doc08():
    stem = "w22_08_college_bulletin_cut_web_copy_txt"
    title = "中共岚溪师范高等专科学校委员会关于省委巡视整改进展情况的通报"
    probs = []
    lines = ["岚溪师范高等专科学校 | 学校概况 | 机构设置 | 教学科研 | 招生就业 | 党建思政 | 信息公开", "",
             "您的位置：首页 » 信息公开 » 党务公开", "",
             title, "",
             "文章来源：党委办公室  发布日期：2025-02-14  浏览：1876次", "",
             "根据省委统一部署，2024年5月13日至7月12日，省委第九巡视组对岚溪师范高等专科学校党委开展了常规巡视。2024年9月6日，"
             "省委第九巡视组向学校党委反馈了巡视意见，共指出3个方面13个问题。学校党委坚决扛起巡视整改政治责任，"
             "截至2025年1月31日，13个问题中已完成整改8个，其余问题正在持续推进或需长期坚持。根据有关规定，现将巡视整改进展情况予以公布。",
             "一、整改工作部署推进情况",
             "学校党委把巡视整改作为重大政治任务，第一时间召开党委常委会会议传达学习巡视反馈意见，成立以党委书记为组长、校长为第一副组长的"
             "巡视整改工作领导小组，制定整改方案，细化整改措施30条，逐项明确责任领导、牵头部门和完成时限。学校党委先后召开党委会议9次、"
             "整改推进会5次，专题研究推进整改工作；召开巡视整改专题民主生活会，班子成员深入查摆问题、剖析根源。学校纪委把巡视整改"
             "纳入政治监督重点，开展专项监督检查4次，对整改进度滞后的2个部门进行了督办。",
             "学校党委坚持边整边改、立行立改，坚持把巡视整改与学校“十四五”事业发展规划实施、师范类专业认证和党纪学习教育结合起来，"
             "以整改推动学校治理能力提升。学校党委坚持把自己摆进去、把职责摆进去、把工作摆进去，深入查找问题背后的思想根源和制度漏洞，"
             "做到问题不查清不放过、整改不到位不放过、群众不满意不放过。整改期间，学校新建和修订完善制度26项，清退追回违规资金0.92万元，给予党纪处分1人。",
             "学校党委书记切实履行第一责任人职责，对重点难点问题亲自研究、亲自部署、亲自督办，先后6次深入二级学院、职能部门和"
             "教育实习基地调研督导整改工作；校长积极协助书记抓好整改，对分管领域问题整改靠前指挥；其他班子成员按照“一岗双责”要求，"
             "对分管领域的整改任务逐项跟进、逐项推动。各二级学院、职能部门主要负责人作为直接责任人，认真抓好本单位整改任务落实，"
             "形成了一级抓一级、层层抓落实的整改工作格局。",
             "学校巡视整改工作领导小组办公室建立整改工作周报告、月调度制度，对整改任务实行台账管理、挂图作战、对账销号，"
             "每项整改任务完成后，由责任部门提出销号申请，经分管校领导审核、领导小组办公室复核、领导小组审定后予以销号。"
             "对整改中发现的新情况新问题，领导小组办公室及时梳理、纳入台账，确保整改不留死角、不留空白。"
             "学校还通过校园网、校报、宣传栏等渠道公开巡视整改进展情况，设立整改意见箱和监督电话，广泛听取师生员工意见建议，"
             "主动接受监督。",
             "通过整改，学校办学治校水平进一步提升：师范类专业认证工作顺利推进，2个专业通过省级专业认证现场考查；"
             "毕业生教师资格证获取率达到91.4%，较整改前提高5.2个百分点；学生对后勤服务的满意度由整改前的78%提高到93%。"
             "各项问题的整改落实情况如下。",
             "二、巡视反馈问题整改落实情况"]
    for ci, (cat, items) in enumerate(C08, 1):
        lines.append(f"（{cn(ci)}）{cat}")
        for t, ms, st in items:
            k = len(probs) + 1
            p = P(k, cat, t, ms, st, style="di")
            probs.append(p)
            lines.append(f"第{k}个问题：{t}。")
            if st is None:  # the store's copy stops here, inside the second item
                m = p.mtext()
                lines.append("整改落实情况：" + m[:m.index("第二，") + 9])
            else:
                lines.append("整改落实情况：" + p.mtext() + CLOSE08[st])
    text = "\n".join(lines)
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    n_cut = len(probs)
    cut = probs[-1]
    cut.measures = cut.measures[:2]  # the copy stops inside the second item: two items present (R24, R25)
    cut.status = None
    n_done = sum(p.status == "done" for p in probs)
    assert (n_cut, n_done, sum(len(p.measures) for p in probs)) == (13, 8, 29), (n_cut, n_done, sum(len(p.measures) for p in probs))
    finish(stem, excerpt=True, genre="2 a college 党委's 巡视整改进展情况的通报 on its own site, cut by the store inside the 13th "
                                     "problem: '第N个问题：…' labels, '整改落实情况：第一，…第二，…' and a status sentence in prose",
           kind="bulletin", title=title, issuer="中共岚溪师范高等专科学校委员会", date="2025-02-14",
           insp=["省委第九巡视组", "岚溪师范高等专科学校党委", "2024-05-13", "2024-07-12", "2024-09-06"],
           headline={"problems_total": 13, "problems_done": 8, "measures_total": 30, "rules_made": 26}, probs=probs, koi=2,
           anomalies=[
               "A cut web copy (excerpt true, R5): the text stops inside problem 13's second item ('第二，分层分类培…' cut); "
               "the problems present are labelled (R24), problem 13 with the items present: 2 (R25), status null (cut before "
               "any status sentence).",
               "seq from '第N个问题：' numbered through the sections (R76, R75); title = the text after the label, final '。' "
               "dropped (R89, R86); category = the （一） heading without its number (R79).",
               "measure_count = the '第一，…第二，…' items of '整改落实情况：' (R96); status from the closing sentence in prose "
               "(R93, as bw20 w20_02) '目前，该问题已整改完成' done, '目前，该问题正在推进整改' in_progress, '该问题需长期坚持整改' long_term (R93 words).",
               "Headline: '共指出3个方面13个问题…已完成整改8个' -> 13/8 (the 方面 are kinds, R64); '细化整改措施30条' -> measures "
               "30 (R73; done not stated; the plan's count, 29 items present to the cut: R24 reads the stated figure); '新建和修订完善制度26项' -> 26 (R74); 9/5 meetings, 6 visits, 4 checks, 2 部门, 0.92万元, 1 person, "
               "14 基地, 3 teachers, 86 社团, 2 专业, 91.4%, 5.2, 78%/93% are distractors.",
               "No signature in the copy (cut): issuer from the title (R37); report_date = '发布日期：2025-02-14' (R40); "
               "2025年1月31日 (截至) is a distractor. Chrome: menu, breadcrumb, 文章来源/浏览 line."],
           recount=(RE_DI, None))


# ================================================================ 09 check bulletin, each body's faults in running text (.docx)
B09 = [
    ("工贸行业", [
        ("蒲川县鑫达建材有限公司", "存在配电箱未设置漏电保护装置、破碎车间传送带防护罩缺失、特种作业人员未持证上岗等问题"),
        ("蒲川县青禾食品有限公司", "存在液氨制冷车间氨气泄漏报警装置失灵、应急预案未开展演练等问题"),
        ("岚溪华宇纺织有限公司蒲川分公司", "存在仓库内违规设置员工休息区、消防通道堆放成品布匹、部分灭火器压力不足等问题"),
    ]),
    ("建筑施工", [
        ("蒲川县城北安置小区二期项目部", "存在塔吊司机未持证上岗、脚手架连墙件设置不足、临边防护缺失等问题"),
        ("桐溪大桥改建工程项目部", "存在深基坑未按方案设置监测点、施工用电“一闸多机”等问题"),
    ]),
    ("人员密集场所", [
        ("蒲川县百汇购物广场", "存在安全出口上锁、疏散指示标志损坏、消防控制室值班人员未持证等问题"),
        ("蒲川县金桂大酒店", "存在厨房燃气管道未安装紧急切断阀、客房楼层应急照明不亮等问题"),
        ("蒲川县白塔镇中心敬老院", "存在电动自行车在楼道内充电、护理员不会使用灭火器等问题"),
    ]),
]


def doc09():
    stem = "w22_09_county_safety_check_bulletin_running_text_docx"
    title = "蒲川县安全生产委员会办公室关于2024年第三季度安全生产明查暗访情况的通报"
    issuer = "蒲川县安全生产委员会办公室"
    probs = []
    b = [("title", title), ("p", "蒲安办〔2024〕31号"),
         ("p", "各乡镇人民政府，县安委会各成员单位，各有关企业："),
         ("p", "为深刻吸取近期省内外生产安全事故教训，有效防范遏制各类事故发生，2024年9月10日至9月20日，县安委办组织县应急管理局、"
               "县住建局、县消防救援大队等部门组成明查暗访组，采取“四不两直”方式，对全县工贸、建筑施工和人员密集场所等"
               "重点行业领域开展了安全生产明查暗访。此次明查暗访重点检查企业安全生产主体责任落实、重大事故隐患排查整治、"
               "特种作业人员持证上岗、消防安全和应急管理等情况。现将有关情况通报如下。"),
         ("h", "一、总体情况"),
         ("p", "本次明查暗访共检查生产经营单位9家，发现安全隐患47处，已当场整改12处，其余隐患已下发整改通知书，"
               "责令相关单位限期整改。从检查情况看，多数单位能够落实安全生产主体责任，安全管理制度较为健全，"
               "但也有部分单位安全发展理念树得不牢，隐患排查治理不深入，安全管理存在“宽松软”现象，"
               "一些重点部位、关键环节的隐患仍然突出。其中，蒲川县城东加油站安全管理规范，台账资料齐全，未发现明显隐患。"
               "检查中，明查暗访组对每家单位的检查情况均进行了拍照取证，形成了问题清单，并已分别反馈至被检查单位及其属地乡镇、"
               "行业主管部门，由属地乡镇和行业主管部门督促整改、跟踪问效，整改情况纳入年度安全生产目标考核。"),
         ("h", "二、检查发现的主要问题")]
    for ci, (cat, items) in enumerate(B09, 1):
        b.append(("h", f"（{cn(ci)}）{cat}"))
        sents = []
        for body, fault in items:
            p = P(None, cat, body + fault, [], None, [body])
            probs.append(p)
            sents.append(body + fault)
        lead = {1: "检查发现，", 2: "在建筑施工领域，", 3: "人员密集场所方面，"}[ci]
        para = lead + "；".join(sents) + "。"
        if ci == 2:
            para += "此外，城区部分在建项目均存在夜间施工照明不足、安全警示标志设置不规范等问题。"
        b.append(("p", para))
    assert len(probs) == 8
    b += [("h", "三、存在问题的原因分析"),
          ("p", "一是企业主体责任落实不到位。部分企业主要负责人安全生产意识淡薄，重效益、轻安全，安全投入不足，"
                "安全管理人员配备不齐，全员安全生产责任制流于形式。二是隐患排查治理不深入。部分单位自查自纠走过场，"
                "对身边的隐患视而不见、习以为常，同类隐患反复出现。三是行业监管存在薄弱环节。个别行业主管部门"
                "“管行业必须管安全”的责任没有压实，日常检查覆盖面不广，执法处罚偏软。"),
          ("p", "四是安全教育培训不到位。部分企业新进员工和外来务工人员未经岗前安全培训即上岗作业，从业人员安全意识和应急处置能力不强，"
               "对本岗位存在的危险有害因素和应急措施不清楚，有的员工甚至不会使用灭火器。五是应急管理基础薄弱。"
               "部分单位应急预案照搬照抄、针对性不强，应急演练走过场，应急物资储备不足，一旦发生险情难以有效处置。"),
         ("p", "当前即将进入第四季度，岁末年初历来是各类生产安全事故易发多发期，全县在建项目进入施工高峰，人员密集场所客流量增加，"
               "安全生产形势不容乐观。各乡镇、各部门和各生产经营单位务必保持清醒头脑，以对人民群众生命财产安全高度负责的态度，"
               "切实抓好本次明查暗访发现问题的整改，全力防范化解重大安全风险。"),
         ("h", "四、下一步工作要求"),
          ("p", "（一）立即整改到位。各被检查单位要对照问题清单，逐项制定整改措施，明确整改责任人，做到整改责任、措施、资金、时限和预案“五落实”，"
                "整改完成后将整改情况报属地乡镇和行业主管部门。"),
          ("p", "（二）强化举一反三。各乡镇、各有关部门要以本次明查暗访发现的问题为镜鉴，在本辖区、本行业领域全面开展隐患排查整治，"
                "对同类问题进行全面起底、彻底整改，切实做到“查改一处、规范一片”。"),
          ("p", "（三）严格执法问责。各行业主管部门要加大执法检查力度，对隐患整改不力、拒不整改的单位依法从严处罚；"
                "县安委办将适时组织复查，对整改不到位的单位予以通报曝光，对因隐患整改不到位导致事故发生的，依法依规严肃追究相关责任。"),
          ("p", "（四）加强宣传培训。各乡镇、各行业主管部门要督促企业开展全员安全教育培训和应急演练，"
                "提高从业人员安全意识和自救互救能力；要充分利用电视、网络、微信公众号等媒体，广泛宣传安全生产法律法规和安全常识，"
                "曝光典型隐患和违法违规行为，营造全社会关注安全、关爱生命的良好氛围。"),
          ("p", "（五）加强值班值守。各单位要严格落实领导带班和24小时值班制度，强化应急准备，确保一旦发生险情能够快速响应、妥善处置。"),
          ("pr", issuer), ("pr", "2024年9月27日")]
    write_docx(stem, b)
    finish(stem, genre="7 (check) a 安委办's 明查暗访 通报: check days and bodies in prose, totals, then each body's faults in "
                       "running text '<body>存在…等问题；' under sector headings; 原因分析 一是… and 整改要求 （一）…",
           kind=None, title=title, issuer=issuer, date="2024-09-27",
           insp=["明查暗访组", None, "2024-09-10", "2024-09-20", None],
           headline={"problems_total": 47, "problems_done": 12}, probs=probs, koi=7, min_len=2000, anomalies=[
               "A check's results (R29): kind null; the title line names the check's 通报, kept (R29 'even with a title').",
               "One problem per body's sentence (R12): title from the body's name to '…等问题' (as blind17 lingao), without the "
               "paragraph's lead-in ('检查发现，', '在建筑施工领域，', R92); seq null (R78, R128); category = the （一） sector heading "
               "(R79); the body is the unit (R102, each got a 整改通知书); measures 0 and status null (no answer: R97, R95); "
               "deadline null ('限期整改' with no date, R107, R133).",
               "'城区部分在建项目均存在…等问题' names no body (R122: not labelled); '城东加油站…未发现明显隐患' is praise (R16).",
               "Headline: '发现安全隐患47处，已当场整改12处' -> 47/12 (C3: hazards found by a check are problems, R66; R71 "
               "'当场整改N处' done); 9 units checked are bodies (R68).",
               "inspector = '明查暗访组' as printed (R46, the check group); inspected null (nine bodies, R48); check days "
               "2024-09-10..09-20 (R50); no feedback date; report_date = the signature 2024年9月27日; 原因分析 一是… and "
               "整改要求 （一）…（五） are neither problems nor measures (R98). A short check bulletin: min_len 2000."],
           recount=(None, "三、存在问题的原因分析"))


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09):
        f()
    print(len(ALL), "documents:", *ALL, sep="\n  ")
