"""Generate blind held-out set 21 (written by helper writer21, session 21, 2026-12-07, ~00:05-00:55 UTC): nine FULL-LENGTH
written documents + truths for issue 10 (the importer on real documents).

All bodies, people, places and figures are invented for testing (楠州市, 石门区, 青禾县, 石峡镇, 澧源职业技术学院 … do not
exist). writer21 did not read or run the parser (zhenggai/importer/**, zhenggai/cli.py, tests/importer/test_*.py) and did NOT
score this set (the lead scores it; no FIRST_RUN file). Only tests/importer/blindwritten_kit.py (the shared writers) and the
make.py of blindwritten18/20 (for the form) were read.

Genre read for wording (search tool, corpus pages, one query '巡察整改进展情况的通报 反馈问题 已整改 【已完成】 整改情况'): the
round-summary wording of http://jw.km.gov.cn/c/2023-01-29/4656419.shtml (KNOWN by /work/wt/known_urls.py: a layout model of
doc05's figures only, nothing copied); the ruijin / ningbo audit 整改 reports for the audit wording of doc07/doc09. The query
returned 8 results, 7 with a url; checked with known_urls.py --check: ruijin, sjj.ningbo, jw.km, qzqjjjc, sjj.nantong, xdscy
KNOWN (6), and pixnet (traditional news about 2014 central inspections) KNOWN too: all 7 KNOWN. tests/importer/real/
blind39's haiaier text was read for how a traditional copy reads (its glyph glosses '網(wǎng)' are NOT imitated here).
No page is copied; every truth's url is null (written documents, no source page).

Formats: .docx (01 report + attachment, 07 table with status cells), .pdf via soffice (02), UTF-8 .txt (03 one-task notice,
06 traditional copy with chrome, 08 cut web copy), Word-saved .html (04), GB18030 .txt with CRLF (05), .xlsx with a report
sheet and a ledger sheet (09).
Kinds (issue 10's numbering, kind_of_issue): 01 -> 1, 02 -> 2, 03 -> 3, 04 -> 4, 05 -> 5, 06 -> 6, 07 -> 7, 08 -> 2 (cut),
09 -> [1, 7].

Problems / measures per document: 01 12/29, 02 12/27, 03 1/4, 04 10/24, 05 0/0, 06 12/27, 07 9/21, 08 15/36 (to the
cut), 09 10/22 -> 81 problems, 190 measures in nine documents.

Counted twice: every measure_count is the length of the measure list in the data (the kit's Prob recounts its own rendering
and refuses a mismatch) and again over the written file read back (recount_file: each problem's segment from its title to the
next title or the document's end marker, items counted by the document's own numbering; none -> 1 when the segment has an
answer label, else 0). check_refound re-finds every non-null value in the written file's own text (06 through t2s).

Judgement calls (also in each truth's anomalies; NEW = no earlier rule found):
 - 01: '问题1.1：' labels in the 附件 -> seq the last component (R76), title = text after the label (R89); category = the
   '一、…方面' heading of the attachment (R79); status from '整改进展：' (R93); measures the （1）（2） items (R96).
 - 02/06: NEW: a status marker run onto the heading line ('1.…【已完成】', '【正在推进】', '【长期坚持】') -> the status,
   marker dropped from the title (as bw18's '（已銷號）'); the 整改工作开展情况 section's 一是… and the 下一步 list are not
   problems or measures (R98, R111).
 - 04: quoted items '督察反馈指出，“…”' (R15/R92 lead-in dropped, quotes stripped, R86); category = the status section
   ('已完成整改的问题'), status from it (schema: a status section counts); measures = the 整改情况 paragraph's 一是 items
   (R118: the sole account).
 - 05: round summary, problems [] (R19), inspector/inspected null (several groups and bodies), 立行立改 subset not done (C16);
   NEW: '制定制度54项，修订完善制度81项' -> rules_made 54 (the first explicit count; the two are not summed, R69), as 09's 6/4.
 - 07: NEW: feedback_date = the day the audit office '反馈了审计意见并出具审计报告'; status from a 完成状态 table cell ('已完成'
   done, '整改中' in_progress (R93), '长期坚持' long_term).
 - 08: cut copy: excerpt true, the last problem labelled as far as the copy goes (R25) with the items present (R24).
 - 09: NEW (as bw18 w18_09): category = the 问题类别 column; '项目2.3' 编号 -> 3 (R76); headline from the report sheet.
Run from the worktree root:  /work/main/.venv/bin/python tests/importer/blindwritten21/make.py   (needs soffice for .pdf)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import openpyxl
import opencc

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/importer: the generators' shared kit
from blindwritten_kit import cn, mso_p, page_finisher, ProbR97, word_html, writers  # noqa: E402

save_truth, write_docx, write_pdf = writers(OUT)
MIN_LEN = 2500
finish, ALL = page_finisher(OUT, min_len=MIN_LEN)
S2T = opencc.OpenCC("s2t")
ANSWER_LABEL = r"整改措施：|整改情况：|主要措施："  # a segment with no numbered items but one of these answers counts 1
RE_SHI = r"[一二三四五六七八九十]是"
RE_PAREN = r"（\d+）"
RE_NUM = r"(?<![\d.])\d+\.(?!\d)"
STATUS = {"done": "已完成", "in_progress": "正在推进", "long_term": "长期坚持"}


P = ProbR97  # (a problem with no answering text: measures 0, R97)


# ================================================================ 01 county bureau report, problems in the 附件 as 问题1.1 (.docx)
C01 = [
    ("贯彻落实党的路线方针政策和县委决策部署方面", [
        ("学习贯彻习近平总书记关于“三农”工作重要论述不够深入，理论学习中心组学习与推动乡村振兴结合不紧",
         ["修订局党组理论学习中心组学习规则，每季度围绕乡村振兴开展1次专题研讨", "2024年开展专题研讨4次，形成调研报告3篇"],
         "done", ["局办公室"], "2024年9月底"),
        ("粮食生产功能区建设推进不力，部分高标准农田项目建成后管护缺位",
         ["对2019年以来建成的高标准农田逐块排查，建立管护台账", "制定高标准农田建后管护办法，落实乡镇管护责任", "安排管护资金86万元，修复损毁沟渠和机耕路"],
         "in_progress", ["农田建设管理股", "计划财务股"], "2025年6月底"),
        ("落实耕地保护责任不够到位，撂荒地整治进度滞后",
         ["会同各乡镇开展撂荒地摸底，建立问题图斑清单", "对复耕复种情况实行月调度、季通报"],
         "done", ["种植业管理股"], "2024年12月底"),
        ("推进农村人居环境整治工作不够扎实，部分村生活污水设施运行不正常",
         ["对全县农村生活污水处理设施开展运行评估", "委托第三方对47座设施实施运维", "将设施运行情况纳入乡镇年度考核"],
         "done", ["农村社会事业促进股"], "2024年11月底"),
    ]),
    ("落实全面从严治党主体责任和监督责任方面", [
        ("局党组主体责任传导不到位，对下属单位党风廉政建设监督检查偏松",
         ["制定局党组落实全面从严治党主体责任清单", "局党组成员每半年到分管单位开展一次廉政谈话", "对下属6个单位开展专项检查"],
         "done", ["机关党委"], "2024年10月底"),
        ("惠农补贴资金发放管理不规范，存在审核把关不严、公示不及时的问题",
         ["对2021年以来惠农补贴发放情况开展全面核查，追回违规发放资金3.2万元", "规范补贴申报、审核、公示流程，实行“一卡通”发放"],
         "done", ["计划财务股", "农村经营管理股"], "2024年9月底"),
        ("违反中央八项规定精神问题仍有发生，公务用车使用管理不严",
         ["修订公务用车管理办法，实行派车单和行车记录月度公示", "对相关责任人进行批评教育"],
         "done", ["局办公室"], "立行立改"),
        ("项目资金监管存在漏洞，个别农业产业项目验收走过场",
         ["对2020年以来农业产业项目开展回头看，重新组织验收项目5个", "建立项目验收第三方复核制度", "对验收不严的2名责任人进行约谈"],
         "done", ["产业发展股"], "2024年12月底"),
    ]),
    ("落实新时代党的组织路线和巡察整改方面", [
        ("基层党支部建设不够规范，“三会一课”记录不全",
         ["对机关3个党支部组织生活开展检查，补齐制度规范", "开展党支部书记轮训"],
         "done", ["机关党委"], "2024年8月底"),
        ("干部队伍年龄结构老化，农技推广专业人才缺乏",
         ["制定农技人才队伍建设三年规划", "2024年招录农学类专业人员4名", "与省农科院共建实训基地，开展农技人员培训"],
         "long_term", ["人事股"], "长期坚持"),
        ("上轮巡察反馈的“农机购置补贴核查不细”问题整改不彻底",
         ["对2022年以来农机购置补贴逐台复核", "建立农机购置补贴“见机见人”核验机制"],
         "done", ["农业机械化股"], "2024年10月底"),
        ("意识形态工作责任制落实不到位，网络阵地管理存在薄弱环节",
         ["建立局属网站、公众号信息发布“三审三校”制度", "每半年专题研究一次意识形态工作"],
         "done", ["局办公室"], "2024年9月底"),
    ]),
]
PROGRESS01 = {"done": "已完成整改。", "in_progress": "正在推进，已达到序时进度。", "long_term": "长期坚持。"}


def doc01():
    stem = "w21_01_county_bureau_report_attachment_wenti_dotted_docx"
    title = "中共青禾县农业农村局党组关于县委巡察反馈意见整改落实情况的报告"
    issuer = "中共青禾县农业农村局党组"
    probs, att = [], []
    for ci, (cat, items) in enumerate(C01, 1):
        att.append(("h", f"{cn(ci)}、{cat}"))
        for pi, (t, ms, st, units, dl) in enumerate(items, 1):
            p = P(pi, cat, t, ms, st, units, dl, style="paren")
            probs.append(p)
            att += [("p", f"问题{ci}.{pi}：{t}。"), ("p", "整改措施：" + p.mtext()),
                    ("p", "责任单位：" + "、".join(units)), ("p", "整改时限：" + dl),
                    ("p", "整改进展：" + PROGRESS01[st])]
    n = len(probs)
    done = sum(p.status == "done" for p in probs)
    mt = sum(len(p.measures) for p in probs)
    assert (n, done, mt) == (12, 10, 29)
    body = [
        ("title", title),
        ("p", "县委："),
        ("p", "根据县委统一部署，2024年4月8日至5月31日，县委第一巡察组对县农业农村局党组开展了常规巡察。2024年7月3日，县委第一巡察组"
              "向局党组反馈了巡察意见。局党组高度重视，坚持把巡察整改作为重大政治任务，对照反馈意见逐条认领、逐项整改。现将整改落实情况报告如下："),
        ("h", "一、提高政治站位，扛起整改责任"),
        ("p", "局党组第一时间召开党组会议，专题学习巡察反馈意见，成立由党组书记任组长、班子成员任副组长的巡察整改工作领导小组，"
              "下设办公室在局办公室，负责整改工作的统筹协调、督促检查和跟踪问效。局党组先后召开整改专题会议6次，召开巡察整改专题民主生活会1次，"
              "党组书记带头查摆问题、开展批评与自我批评，班子成员逐一认领问题、明确分管领域整改责任。局党组坚持“书记抓、抓书记”，"
              "压紧压实党组书记第一责任人责任、班子成员“一岗双责”和股室、下属单位具体落实责任，形成一级抓一级、层层抓落实的工作格局。"),
        ("h", "二、聚焦反馈问题，狠抓整改落实"),
        ("p", f"局党组对照县委第一巡察组反馈的意见，制定《青禾县农业农村局党组关于县委巡察反馈意见的整改方案》，建立问题清单、任务清单、责任清单，"
              f"逐项明确责任领导、责任股室和整改时限。截至2024年12月20日，反馈问题{n}个，已整改{done}个，其余{n - done}个正在按序时推进或需长期坚持；"
              f"细化整改措施{mt}条，已完成{mt - 4}条；制定修订制度9项，追回违规资金3.2万元，约谈提醒2人。各问题整改具体情况见附件。"),
        ("p", "在整改过程中，局党组坚持边查边改、立行立改，对能够马上解决的问题即知即改，对需要一定时间解决的问题明确阶段目标、持续推进，"
              "对涉及体制机制的问题深入研究、建章立制。局纪检组全程参与整改监督，对整改进度滞后的股室负责人进行提醒，"
              "确保整改不走过场、不打折扣。同时，局党组坚持举一反三，在全系统开展惠农资金管理、项目验收和公务用车使用专项检查，"
              "推动巡察整改由“点”上问题向“面”上治理延伸。"),
        ("h", "三、巩固整改成果，建立长效机制"),
        ("p", "局党组将继续保持整改工作力度不减、标准不降，对已完成整改的问题适时开展“回头看”，防止问题反弹；对正在推进的问题紧盯时间节点，"
              "确保按期完成；对需要长期坚持的问题持续用力、久久为功。同时，以巡察整改为契机，进一步健全完善党建、财务、项目、资金等方面制度，"
              "把整改成果转化为推动全县农业农村高质量发展的实际成效。"),
        ("p", "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请于2025年1月10日前通过电话0XXX-5XXXXXX或来信反映。"),
        ("p", "附件：青禾县农业农村局党组巡察反馈问题整改落实情况清单"),
        ("pr", issuer), ("pr", "2024年12月26日"),
        ("break", None),
        ("p", "附件"),
        ("title", "青禾县农业农村局党组巡察反馈问题整改落实情况清单"),
    ] + att + [("p", "（此件公开发布）")]
    write_docx(stem, body)
    finish(stem, genre="1 a 局党组's 巡察整改落实情况的报告: the body gives the figures, the 12 problems sit in the 附件 as "
                       "'问题1.1：…' paragraphs with 整改措施/责任单位/整改时限/整改进展 lines",
           kind="bulletin", title=title, issuer=issuer, date="2024-12-26",
           insp=["县委第一巡察组", "县农业农村局党组", "2024-04-08", "2024-05-31", "2024-07-03"],
           headline={"problems_total": n, "problems_done": done, "measures_total": mt, "measures_done": mt - 4,
                     "rules_made": 9},
           probs=probs, koi=1, anomalies=[
               "Problems only in the 附件 after the signature and a page break (kind 1); the body's 一、二、三、 sections are the "
               "report's own work, not problems.",
               "seq = the last component of '问题1.1' (R76), restarting under each 附件 heading; title = text after the label, "
               "trailing '。' dropped (R89, R86); category = the 附件's '一、…方面' heading without its numbering (R79).",
               "measure_count = the （1）（2） items of '整改措施：' (R96); units from '责任单位：' split on 、 (R101); deadline the "
               "'整改时限：' line as written (R106, '立行立改' and '长期坚持' included).",
               "status from '整改进展：' (R93): '已完成整改' done, '正在推进，已达到序时进度' in_progress, '长期坚持' long_term.",
               "Headline: '反馈问题12个，已整改10个' -> 12/10; '细化整改措施29条，已完成25条' -> 29/25; '制定修订制度9项' -> 9 "
               "(R74); 3.2万元, 2 people, 6 meetings are distractors.",
               "Dates: period 2024-04-08..05-31, feedback 2024-07-03, report_date = the signature 2024年12月26日; 2024年12月20日 "
               "(截至) and 2025年1月10日 (comment window) are distractors."],
           recount=(RE_PAREN, "（此件公开发布）", ANSWER_LABEL))


# ================================================================ 02 township 通报, problem section in the middle, 【已完成】 markers (.pdf)
C02 = [
    ("党的领导弱化，贯彻落实上级决策部署有差距", [
        ("镇党委理论学习中心组学习制度执行不严，学习内容与基层治理实际结合不紧",
         ["修订镇党委理论学习中心组学习制度，建立学习计划、记录、研讨“三本台账”", "围绕基层治理开展专题研讨3次，形成调研成果2篇"], "done"),
        ("落实河长制工作不到位，部分河段巡河记录缺失、“四乱”问题反弹",
         ["对全镇23条河段巡河记录进行全面检查，补齐巡河台账", "开展“清四乱”专项行动，清理河道垃圾320余吨", "将巡河履职情况纳入村干部绩效考核"], "done"),
        ("推进乡村振兴产业发展措施不实，村集体经济薄弱村转化进度缓慢",
         ["制定村集体经济薄弱村转化提升三年行动方案", "引进茶叶加工项目2个，带动3个薄弱村增收", "实行镇领导班子成员包村联系制度"], "in_progress"),
        ("安全生产和森林防火工作存在薄弱环节，隐患排查整治不彻底",
         ["开展安全生产和森林防火隐患大排查，整治隐患41处", "配齐配强村级护林员队伍"], "done"),
    ]),
    ("全面从严治党“两个责任”落实不到位", [
        ("镇党委主体责任落实不力，对村级“小微权力”监督不够",
         ["制定村级小微权力清单32项并在各村公开", "镇纪委对村级重大事项决策实行全程监督", "开展村务监督委员会履职培训"], "done"),
        ("村级财务管理不规范，存在白条入账、大额现金支付等问题",
         ["对12个村2021年以来财务收支开展专项审计", "推行村级非现金结算，实行“村账镇代理”复核制度"], "done"),
        ("违反中央八项规定精神问题时有发生，公务接待管理不规范",
         ["对2022年以来公务接待情况进行清理，清退超标准费用0.84万元", "修订机关公务接待管理办法"], "done"),
        ("惠民资金发放不精准，个别低保对象动态管理不及时",
         ["开展低保对象动态排查，清退不符合条件对象9户", "建立民政、残联、医保等部门数据比对机制"], "long_term"),
    ]),
    ("基层党组织建设薄弱，落实巡察整改责任不到位", [
        ("村级后备干部队伍建设滞后，部分村“两委”干部年龄老化",
         ["每村储备村级后备力量2至3名", "选派优秀年轻干部到村任职锻炼"], "in_progress"),
        ("党员教育管理不严格，流动党员管理存在盲区",
         ["建立流动党员信息台账，落实“线上+线下”双向管理", "开展党员积分制管理"], "done"),
        ("“三会一课”等组织生活制度落实不经常，部分支部主题党日流于形式",
         ["对全镇15个党支部组织生活开展专项检查并督促整改", "编印主题党日活动指引"], "done"),
        ("上轮巡察反馈的“村级工程项目管理不规范”问题整改不彻底",
         ["对2020年以来村级工程项目开展全面清查，规范招投标和验收程序", "建立村级工程项目镇级联审制度"], "done"),
    ]),
]
MARK02 = {"done": "【已完成】", "in_progress": "【正在推进】", "long_term": "【长期坚持】"}
TITLE02 = "中共石峡镇委员会关于县委巡察整改进展情况的通报"
ISSUER02 = "中共石峡镇委员会"


def probs02():
    return [P(pi, cat, t, ms, st) for cat, items in C02 for pi, (t, ms, st) in enumerate(items, 1)]


def blocks02():
    probs = probs02()
    n, done = len(probs), sum(p.status == "done" for p in probs)
    prog = sum(p.status == "in_progress" for p in probs)
    lt = sum(p.status == "long_term" for p in probs)
    mt = sum(len(p.measures) for p in probs)
    assert (n, done, prog, lt, mt) == (12, 9, 2, 1, 27)
    b = [("title", TITLE02),
         ("p", "根据县委统一部署，2024年3月18日至4月30日，县委第二巡察组对石峡镇党委开展了常规巡察，并于2024年6月14日反馈了巡察意见。"
               "镇党委诚恳接受、照单全收，坚持问题导向，逐条研究制定整改措施，扎实推进整改落实。"
               "按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。"),
         ("h", "一、整改工作开展情况"),
         ("p", "镇党委坚持把巡察整改作为重大政治任务和检验“四个意识”的具体行动，主要做了以下工作：一是强化组织领导。"
               "成立由镇党委书记任组长的巡察整改工作领导小组，召开党委会议5次专题研究整改工作，召开巡察整改专题民主生活会1次。"
               "二是细化整改任务。对照巡察反馈意见，制定整改方案，建立问题、任务、责任“三张清单”，明确责任领导、责任人和完成时限。"
               "三是强化督查问效。镇纪委将巡察整改纳入日常监督重点，采取定期调度、实地查看、查阅资料等方式跟踪督导，"
               "对整改进度慢的2个村党组织书记进行提醒谈话。四是注重建章立制。坚持标本兼治，新建和修订制度11项，推动整改成果制度化、长效化。"),
         ("p", f"截至2024年11月30日，县委第二巡察组反馈的3个方面{n}项问题，已完成整改{done}项，正在推进{prog}项，需长期坚持{lt}项；"
               f"细化的{mt}条整改措施全部落实到位，清退各类资金0.84万元，给予党纪处分1人、诫勉谈话2人。"),
         ("p", "在整改过程中，镇党委坚持举一反三、以点带面，把巡察反馈的个性问题与全镇面上存在的共性问题结合起来，"
               "在各村（社区）同步开展村级财务、工程项目、惠民资金和组织生活“四项清查”，共排查出各类问题37个，已全部建立台账、"
               "逐一销号。镇党委主要负责同志带头领办难点问题，先后6次深入村组、企业和项目现场调研督导，协调解决村集体经济发展、"
               "河道保洁经费保障等实际困难。各村党组织书记逐级签订整改责任书，确保整改责任落实到岗、落实到人。"),
         ("p", "同时，镇党委注重把巡察整改与日常工作结合起来，与深化党纪学习教育、群众身边不正之风和腐败问题集中整治、"
               "乡村振兴示范村创建结合起来，以整改促提升、以整改促发展。全镇干部群众对巡察整改工作总体满意，"
               "整改成效得到县委巡察办督导组的肯定。"),
         ("h", "二、反馈问题整改落实情况")]
    for ci, (cat, items) in enumerate(C02, 1):
        b.append(("h", f"（{cn(ci)}）{cat}"))
        for pi, (t, ms, st) in enumerate(items, 1):
            p = P(pi, cat, t, ms, st)
            b += [("p", f"{pi}.{t}{MARK02[st]}"), ("p", "主要措施：" + p.mtext())]
    b += [("h", "三、下一步工作打算"),
          ("p", "镇党委将持续压紧压实整改责任，对已完成整改的问题开展“回头看”，巩固整改成果；对尚未完成的问题，紧盯目标不放松，"
                "确保按期销号。一是持续抓好未完成事项整改，实行挂图作战、对账销号；二是强化成果运用，把巡察整改与乡村振兴、"
                "基层治理结合起来；三是健全长效机制，防止问题反弹回潮。镇纪委将继续把巡察整改纳入日常监督重点，"
                "对整改不力、敷衍整改的严肃追责问责，确保巡察反馈问题真改实改、改彻底。"),
          ("p", "镇党委将坚持以巡促改、以巡促建、以巡促治，把巡察整改成果运用到全面从严治党的各方面和全过程，"
                "进一步加强镇村干部队伍建设，健全村级小微权力运行监督机制，持续巩固拓展脱贫攻坚成果同乡村振兴有效衔接，"
                "以整改实效推动石峡镇经济社会高质量发展，努力向县委和全镇人民群众交上一份满意答卷。"),
          ("p", "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0XXX-7XXXXXX；"
                "电子邮箱：sxzdw@163.com；邮寄地址：青禾县石峡镇人民政府党政办（邮编：4XXXXX）。"),
          ("pr", ISSUER02), ("pr", "2024年12月9日")]
    return b, probs, dict(problems_total=n, problems_done=done, measures_total=mt)


ANOM02 = [
    "The first numbered list (一、整改工作开展情况: 一是强化组织领导…四是注重建章立制) is the body's own work, not problems "
    "(R111); the problem section is 二、 in the middle, and 三、下一步 (一是…三是) is neither problems nor measures (R98).",
    "NEW (after bw18 w18_06's '（已銷號）'): a status marker run onto the heading line -> status ('【已完成】' done, "
    "'【正在推进】' in_progress, '【长期坚持】' long_term, R93); the title is the heading without its marker and number.",
    "seq = the printed 1.–4., restarting under each （一） heading (R75); category = the （一） heading without its number "
    "(R79); measure_count = the 一是… items of '主要措施：' (R96); no units or deadlines printed.",
    "Headline: '3个方面12项问题，已完成整改9项，正在推进2项，需长期坚持1项' -> 12/9 (the 方面 are kinds, R68); "
    "'细化的27条整改措施全部落实到位' -> measures 27, measures_done 27 (all done stated, R71); '新建和修订制度11项' -> rules 11; "
    "0.84万元, 1 and 2 people, 5 meetings, 2 村, '排查出各类问题37个' (the 举一反三 clean-up's own count, not the feedback's) "
    "and 6 visits are distractors.",
    "Dates: period 2024-03-18..04-30, feedback 2024-06-14; report_date = the signature 2024年12月9日; 2024年11月30日 (截至) is a "
    "distractor.",
]


def doc02():
    stem = "w21_02_township_bulletin_middle_section_markers_pdf"
    b, probs, hl = blocks02()
    write_pdf(stem, b)
    finish(stem, genre="2 a 镇党委's 巡察整改进展情况的通报: a 一是…四是 work list first, the problems under 二、 in the middle, "
                       "each heading ending in a 【已完成】/【正在推进】/【长期坚持】 marker, then 下一步",
           kind="bulletin", title=TITLE02, issuer=ISSUER02, date="2024-12-09",
           insp=["县委第二巡察组", "石峡镇党委", "2024-03-18", "2024-04-30", "2024-06-14"],
           headline={**hl, "measures_done": hl["measures_total"], "rules_made": 11}, probs=probs, koi=2,
           anomalies=ANOM02 + ["PDF printed from Word via soffice (page footer '— N —')."],
           recount=(RE_SHI, "三、下一步工作打算", ANSWER_LABEL))


def doc06():
    """Traditional-character copy of doc02's 通报 on a mirror portal (UTF-8 .txt with chrome)."""
    stem = "w21_06_township_bulletin_traditional_mirror_txt"
    t = S2T.convert
    b, probs, hl = blocks02()
    lines = ["繁體 | 简体 | 無障礙 | 長者模式", t("青禾县人民政府门户网站 > 信息公开 > 党务公开 > 巡察整改"), ""]
    for kind, pay in b:
        if kind == "title":
            lines += [t(pay), t("发布时间：2024-12-10 16:05   来源：石峡镇   【字体：大 中 小】"), ""]
        else:
            lines.append(t(pay))
    lines += ["", t("【打印本页】 【关闭窗口】"), t("相关链接：青禾县纪委监委 | 青禾县人民政府 | 澧源市人民政府"),
              t("主办：青禾县人民政府办公室  备案号：X ICP备XXXXXXXX号"), ""]
    (OUT / f"{stem}.txt").write_text("\n".join(lines), encoding="utf-8")
    finish(stem, trad=True, genre="6 (and 2) a traditional-character copy of doc02's 通报 on a mirror portal, with chrome",
           kind="bulletin", title=t(TITLE02), issuer=t(ISSUER02), date="2024-12-09",
           insp=[t("县委第二巡察组"), t("石峡镇党委"), "2024-03-18", "2024-04-30", "2024-06-14"],
           headline={**hl, "measures_done": hl["measures_total"], "rules_made": 11}, probs=probs, koi=6,
           anomalies=ANOM02 + [
               "Traditional copy (opencc s2t) of w21_02 as UTF-8 text: doc fields in the page's script, problem titles and "
               "categories in simplified characters (R91); headline wording '3個方面12項問題，已完成整改9項'.",
               "Chrome: the portal's 繁體/無障礙 bar, breadcrumb, '發布時間：2024-12-10 16:05 來源：石峽鎮' line, 打印/關閉, links and "
               "備案 footer; the signature 2024年12月9日 beats the posting date (R41)."],
           recount=(RE_SHI, "三、下一步工作打算", ANSWER_LABEL))


# ================================================================ 03 one-task 销号 公示, fields in prose (.txt UTF-8)
def doc03():
    stem = "w21_03_county_ducha_task17_xiaohao_prose_txt"
    title = "关于省生态环境保护督察反馈问题第17项整改任务销号的公示"
    issuer = "青禾县生态环境保护督察整改工作领导小组办公室"
    task = ("青禾县城区污水处理厂进水浓度偏低，雨污管网混接错接问题突出，部分生活污水经雨水管网直排青禾河，"
            "2022年至2023年城区污水集中收集率仅为48.6%")
    ms = ["开展城区排水管网全面排查，完成管网检测126公里，建立雨污混接错接点位清单213处",
          "实施城区雨污分流改造工程，改造混接错接点位213处，新建污水管网18.4公里",
          "对沿河12个排口实施截污纳管，封堵非法排口3个",
          "建立城区排水管网“厂网一体”运维机制，由县住建局委托专业公司负责日常维护"]
    p = P(17, "整改任务", task, ms, "done", ["县住建局", "县生态环境局", "城关镇人民政府"], "2024年10月底前", style="paren")
    text = "\n".join([
        "青禾县人民政府 > 政务公开 > 重点领域信息公开 > 生态环境", "",
        title, "",
        "发布时间：2024-12-18 10:22:41  来源：县督察整改办  浏览次数：386", "",
        "2023年11月6日至12月6日，省第三生态环境保护督察组对青禾县开展了第二轮省级生态环境保护例行督察，并于2024年1月18日向青禾县"
        "反馈了督察意见。反馈意见共指出我县问题26个，其中第17项整改任务涉及城区生活污水收集处理。该项任务由县住建局牵头整改，"
        "县生态环境局、城关镇人民政府配合，整改时限为2024年10月底前。目前，该项任务已完成整改，经县级验收，达到销号条件。"
        "根据《青禾县生态环境保护督察反馈问题整改销号办法》有关规定，现将有关情况公示如下：",
        "一、整改任务",
        "整改任务：" + task + "。",
        "整改目标：城区生活污水集中收集率达到70%以上，城区污水处理厂进水BOD浓度稳定在100毫克/升以上，青禾河城区段水质稳定达到Ⅲ类。",
        "整改前基本情况：青禾县城区现有污水处理厂1座，设计处理能力4万吨/日。督察发现，城区老旧片区排水管网建设年代久远，"
        "雨污合流、混接错接问题普遍，晴天时段部分生活污水经雨水管网进入青禾河，雨天时段污水处理厂进水量陡增、浓度偏低，"
        "城区段水质时有波动。群众对沿河排口异味问题反映较多，2023年县12345热线受理相关投诉17件。",
        "二、整改措施",
        "整改措施：" + p.mtext("\n"),
        "三、整改完成情况",
        "整改完成情况：截至2024年9月30日，城区雨污分流改造工程全部完工，累计投入资金1.36亿元。经第三方监测，2024年9月城区生活污水集中"
        "收集率达到73.2%，城区污水处理厂进水BOD平均浓度为118毫克/升，青禾河城区段水质连续3个月达到Ⅲ类。整改目标已全部实现。",
        "整改过程：督察反馈后，县委、县政府将该项任务列为全县督察整改“一号工程”，由县政府分管副县长任责任领导，"
        "县住建局成立工作专班，实行“周调度、月通报”。2024年2月完成管网排查和方案编制，3月完成工程招标并开工建设，"
        "6月完成沿河排口截污纳管，9月底雨污分流改造工程全部完工。整改期间，县督察整改办先后4次开展现场督导，"
        "对施工进度滞后的2个标段进行约谈提醒，县纪委监委对整改工作开展专项监督检查1次，确保整改按期高质量完成。",
        "自验情况：2024年10月15日，县住建局会同县生态环境局、城关镇人民政府组织开展自验，自验认为整改措施全部落实、整改目标全部完成，"
        "于2024年10月21日向县督察整改办提交了销号申请及佐证材料。",
        "四、验收情况",
        "2024年11月26日，县督察整改办组织县发改局、县财政局、县生态环境局、县住建局和2名特邀专家组成验收组，通过查阅资料、现场核查、"
        "走访群众等方式对该项任务进行了验收。验收组认为，该项任务整改措施落实到位，整改目标全面完成，佐证材料齐全，同意销号。",
        "举一反三：县住建局同步对全县8个建制镇镇区排水管网开展排查，发现混接错接点位41处，已纳入2025年城镇污水管网建设计划；"
        "县生态环境局对全县入河排污口开展溯源整治，建立“一口一档”。",
        "资金投入：该项任务累计投入整改资金1.36亿元，其中争取中央和省级专项资金6200万元，县级财政配套资金4100万元，"
        "通过政府专项债券筹集资金3300万元。",
        "群众评价：验收期间，验收组在城区沿河3个社区发放群众满意度调查表120份，收回有效表118份，群众对整改工作满意率为97.5%。"
        "沿河居民普遍反映，排口异味明显减少，青禾河城区段水清岸绿的景象逐步恢复。",
        "佐证材料：管网排查报告、雨污分流改造工程竣工验收资料、排口截污纳管前后影像资料、第三方水质监测报告、"
        "厂网一体运维合同及运维记录等，共5类186份。",
        "五、长效机制",
        "县住建局将城区排水管网运维纳入年度目标考核，每季度开展一次管网健康状况评估，对新发现的混接错接点位实行动态清零；"
        "县生态环境局每月对青禾河城区段开展水质监测，发现异常及时通报并督促整改，防止问题反弹。",
        "下一步，县住建局将结合城镇污水处理提质增效三年行动，持续推进城区老旧小区和背街小巷排水管网改造，力争到2026年底城区生活污水"
        "集中收集率达到75%以上；县生态环境局将加强对沿河排口和重点排水户的执法检查，对偷排漏排等违法行为依法从严查处；"
        "城关镇人民政府将落实属地管理责任，组织网格员开展日常巡查，发现管网破损、排口异常等情况及时上报处置，"
        "形成部门协同、上下联动的长效管护格局，确保整改成果经得起检验、经得起群众评判。",
        "六、公示期限",
        "公示期为2024年12月18日至12月24日（5个工作日）。公示期间，如对该项任务整改情况有异议，请以书面、电话等形式向县督察整改办反映。"
        "反映情况应实事求是，以单位名义反映的应加盖公章，以个人名义反映的应署真实姓名并提供联系方式。",
        "联系电话：0XXX-5XXXXXX；通信地址：青禾县人民路28号县生态环境局302室。",
        "附件：1.整改前后对比照片（略）  2.验收意见（略）", "",
        issuer, "2024年12月18日", "",
        "【打印】【关闭】", "主办单位：青禾县人民政府办公室  承办：青禾县大数据中心", ""])
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    finish(stem, genre="3 a one-task 整改任务销号 公示 (第17项): prose lead naming group, dates, lead and co-units and the time "
                       "limit, then labelled sections 整改任务/整改目标/整改措施/整改完成情况/验收情况/长效机制/公示期限",
           kind="bulletin", title=title, issuer=issuer, date="2024-12-18",
           insp=["省第三生态环境保护督察组", "青禾县", "2023-11-06", "2023-12-06", "2024-01-18"],
           probs=[p], koi=3, min_len=2200, anomalies=[
               "One-task 销号 公示 (R14): one problem, the '整改任务：' statement (R89, trailing '。' dropped); seq 17 from "
               "'第17项整改任务' (R77); category = the label '整改任务' (R83, C17 majority).",
               "measure_count 4 = the （1）…（4） lines under '整改措施：' (R96); 整改目标, 整改完成情况 (a result beside the measures, "
               "R118), 验收情况 and 长效机制 are not measures.",
               "Units from prose '由县住建局牵头整改，县生态环境局、城关镇人民政府配合' -> lead and co-units (R104, C6; co-units as "
               "bw18 w18_03); deadline from prose '整改时限为2024年10月底前' (R106).",
               "status done: a 销号 公示 with '同意销号' (R94). Headline null: '反馈意见共指出我县问题26个' counts the county's whole "
               "feedback, not this notice (as bw17/bw18); 126公里, 213处, 18.4公里, 12/3 排口, 1.36亿元, 73.2%, 118毫克, 17 complaints, 8 镇, "
               "41处, 6200/4100/3300万元, 120/118 forms, 97.5%, 5类186份 are distractors; 整改前基本情况, 举一反三, 资金投入, 群众评价 and "
               "佐证材料 are not measures.",
               "Dates: 督察 2023-11-06..12-06, feedback 2024-01-18; report_date = signature 2024年12月18日 (= 发布时间); 验收 "
               "2024-11-26, 自验 2024-10-15/21, the 2024年2月…9月 steps and the 公示 window are not inspection dates (R53); 4 督导, "
               "2 标段 and 1 check are distractors; '到2026年底…75%以上' is the 下一步's aim, not the task's deadline (R106 reads the "
               "stated 整改时限). Shorter than the set's other documents (about 2,300 characters: a one-task notice), min_len 2200. Chrome: breadcrumb, 发布时间 line, 打印/关闭, footer."],
           recount=(RE_PAREN, "三、整改完成情况", ANSWER_LABEL))


# ================================================================ 04 quoted 督察 items in status sections (Word-saved .html)
C04 = {
    "已完成整改的问题": [
        ("石门区部分工业园区污水处理设施建设滞后，园区企业废水预处理不达标即排入市政管网",
         ["督促园区管委会建成园区污水集中预处理站1座，日处理能力5000吨", "对园区37家涉水企业逐一核查，责令8家企业限期整改到位", "在园区总排口安装在线监测设备并与生态环境部门联网"]),
        ("城区餐饮油烟扰民问题群众反映强烈，部分餐饮单位未安装油烟净化设施",
         ["开展餐饮油烟专项整治，督促412家餐饮单位安装或更换油烟净化设施", "建立餐饮油烟投诉快速处置机制"]),
        ("建筑工地扬尘管控不到位，部分工地未落实“六个百分之百”要求",
         ["对全区在建工地开展拉网式排查，对19个工地下达整改通知", "安装视频监控和扬尘在线监测设备63套", "将扬尘管控纳入建筑企业信用评价"]),
        ("石门河沿岸畜禽养殖污染问题突出，禁养区内仍有养殖场未关闭搬迁",
         ["依法关闭搬迁禁养区内养殖场11家", "对可养区规模养殖场粪污处理设施配套情况开展核查"]),
        ("部分乡镇生活垃圾中转站渗滤液收集处理不规范",
         ["对全区9座垃圾中转站进行提标改造，新建渗滤液收集池9个"]),
        ("建成区黑臭水体整治成效不稳固，白鹭沟出现返黑返臭",
         ["实施白鹭沟截污纳管和清淤工程，清理淤泥1.2万立方米", "建立“河长+”巡查机制，每周巡查不少于2次", "委托第三方每月开展水质监测"]),
    ],
    "正在推进整改的问题": [
        ("城镇污水处理厂提标改造滞后，石门区第二污水处理厂出水不能稳定达标",
         ["完成第二污水处理厂提标改造工程初步设计和招标", "提标改造工程已于2024年10月开工，目前完成土建工程的65%"]),
        ("历史遗留矿山生态修复推进缓慢，7处废弃矿山尚未完成治理",
         ["编制废弃矿山生态修复实施方案，明确治理时序", "已完成4处废弃矿山修复治理，其余3处正在施工"]),
        ("工业固体废物堆存场所“三防”措施不到位",
         ["对全区一般工业固废堆存场所开展排查，建立问题清单", "督促企业完成防渗漏、防扬散、防流失改造21处", "推进区固废综合处置中心建设"]),
    ],
    "需长期坚持整改的问题": [
        ("生态环境保护“党政同责、一岗双责”落实不够到位，部分部门认为环保工作是生态环境部门一家的事",
         ["区委常委会、区政府常务会议每季度至少专题研究1次生态环境保护工作", "制定区生态环境保护工作职责清单，明确38个部门和单位职责", "将生态环境保护纳入区管领导班子和领导干部考核"]),
    ],
}
STATUS04 = {"已完成整改的问题": "done", "正在推进整改的问题": "in_progress", "需长期坚持整改的问题": "long_term"}
CLOSE04 = {"done": "目前，该问题已完成整改。", "in_progress": "目前，该问题正在推进整改，已达到序时进度。",
           "long_term": "该问题需长期坚持。"}


def doc04():
    stem = "w21_04_district_quoted_ducha_status_sections_word_html"
    title = "楠州市石门区人民政府关于省第二生态环境保护督察组反馈问题整改落实情况的报告"
    issuer = "楠州市石门区人民政府"
    probs, ps = [], []
    ps.append(mso_p(title, bold=True, center=True))
    ps.append(mso_p("楠州市人民政府：", indent=False))
    ps.append(mso_p("2024年5月13日至6月13日，省第二生态环境保护督察组对楠州市开展了第三轮省级生态环境保护例行督察，并下沉石门区开展督察。"
                    "2024年8月22日，督察组向楠州市反馈了督察意见，其中涉及石门区的问题10个。区委、区政府高度重视，第一时间召开区委常委会会议、"
                    "区政府常务会议专题研究部署整改工作，成立由区委书记、区长任双组长的督察整改工作领导小组，制定整改方案，"
                    "逐项明确责任单位、责任人和整改时限。督察期间交办的信访件83件，已办结81件，其余2件正在按程序办理。"))
    ps.append(mso_p("整改工作中，我区坚持“清单化管理、项目化推进、销号式落实”，建立区级领导包案制度，由区级领导分别领办督察反馈问题，"
                    "每月召开一次督察整改调度会，每季度向区委常委会报告一次整改进展。区委督查室、区政府督查室会同区生态环境局组成联合督查组，"
                    "采取“四不两直”方式开展现场督查12次，对整改进度滞后的3个单位下发督办函，对1个单位主要负责人进行约谈。"
                    "区纪委监委将督察整改纳入政治监督重点，对整改不力、敷衍整改的严肃追责问责，推动各责任单位真改实改。"))
    ps.append(mso_p("同时，我区坚持边督边改、立行立改，督察进驻期间即对群众反映强烈的餐饮油烟、工地扬尘和养殖污染等问题开展集中整治，"
                    "并以督察整改为契机，举一反三开展入河排污口排查整治、工业园区环境问题整治和农村环境综合整治三项专项行动，"
                    "推动解决了一批长期想解决而没有解决的生态环境问题。2024年1至11月，全区空气质量优良天数比例为89.7%，"
                    "同比提高2.4个百分点；3个国控、省控断面水质全部达到考核要求。"))
    n = sum(len(v) for v in C04.values())
    done = len(C04["已完成整改的问题"])
    ps.append(mso_p(f"截至2024年12月15日，督察反馈涉及我区的{n}个问题中，已完成整改{done}个，正在推进{n - done - 1}个，需长期坚持1个。"
                    "现将具体整改情况报告如下："))
    for si, (sec, items) in enumerate(C04.items(), 1):
        ps.append(mso_p(f"{cn(si)}、{sec}", bold=True, indent=False))
        for pi, (t, ms) in enumerate(items, 1):
            st = STATUS04[sec]
            p = P(pi, sec, t, ms, st)
            probs.append(p)
            ps.append(mso_p(f"（{cn(pi)}）督察反馈指出，“{t}。”"))
            m = p.mtext()
            ps.append(mso_p("整改情况：" + (m if m.endswith("。") else m + "。") + CLOSE04[st]))
    ps.append(mso_p("四、下一步工作", bold=True, indent=False))
    ps.append(mso_p("区委、区政府将坚持以习近平生态文明思想为指导，以更高标准、更严要求推进督察反馈问题整改，对已完成整改的问题开展“回头看”，"
                    "坚决防止问题反弹；对正在推进的问题实行挂图作战，确保按期完成；对需长期坚持的问题建立长效机制，持续巩固整改成效。"
                    "同时，举一反三，以督察整改为契机，深入打好蓝天、碧水、净土保卫战，推动全区生态环境质量持续改善。"))
    ps.append(mso_p("我区将严格落实督察整改信息公开要求，在区政府门户网站和《石门新闻》等媒体持续公开督察反馈问题整改进展情况，"
                    "主动接受社会监督。对已完成整改的问题，按照“谁整改、谁销号”的原则规范开展整改销号，做到成熟一个、验收一个、销号一个、"
                    "公示一个；对整改进度滞后的单位，由区督察整改办及时通报、督办，确保全部整改任务按期高质量完成。"))
    ps.append(mso_p(issuer, indent=False, flush="text-align:right;"))
    ps.append(mso_p("2024年12月20日", indent=False, flush="text-align:right;"))
    ps.append(mso_p("（此件公开发布，联系人：区督察整改办综合协调组，联系电话：0XXX-8XXXXXX）", indent=False))
    ps.append(mso_p("抄送：区委办公室，区人大常委会办公室，区政协办公室，区纪委监委，市生态环境局，市督察整改工作领导小组办公室。", indent=False))
    ps.append(mso_p("楠州市石门区人民政府办公室　　　　　　　　　　2024年12月20日印发", indent=False))
    html = word_html(title, ps, author="smqhbj", pages=5, grid_spacing="7.8 磅")
    (OUT / f"{stem}.html").write_text(html, encoding="utf-8")
    assert (n, done) == (10, 6)
    finish(stem, genre="4 a 区政府's report on 督察 feedback: three status sections, each item a quoted '督察反馈指出，“…”' "
                       "followed by its '整改情况：一是…' paragraph ending in a status sentence",
           kind="bulletin", title=title, issuer=issuer, date="2024-12-20",
           insp=["省第二生态环境保护督察组", "楠州市", "2024-05-13", "2024-06-13", "2024-08-22"],
           headline={"problems_total": n, "problems_done": done}, probs=probs, koi=4, anomalies=[
               "Quoted feedback items (kind 4): title = the quotation without the lead-in '督察反馈指出，' (R92), outer quotes and "
               "the trailing '。' (R86); seq = the （一） number, restarting under each section (R75).",
               "category = the status section heading ('已完成整改的问题', '正在推进整改的问题', '需长期坚持整改的问题') without its "
               "number (R79: a status section counts); status from the section, agreed by each item's closing sentence (R93).",
               "measure_count = the 一是… items of '整改情况：' (R118: the item's sole account of what was done; undivided = 1).",
               "inspected '楠州市' (the feedback went to the city; the district's share is '涉及石门区的问题10个'). Headline 10/6; the "
               "83/81/2 信访件 are petitions (R17); 5000吨, 37/8 企业, 412, 19, 63, 11, 9, 1.2万, 65%, 4/3, 21, 38, 12 督查, 3 督办函, 1 约谈, 89.7%, 2.4, "
               "3 断面 are distractors.",
               "Word-saved .html (mso paragraphs, DocumentProperties). Dates: 督察 2024-05-13..06-13, feedback 2024-08-22; "
               "report_date = signature 2024年12月20日; 2024年12月15日 (截至) and 2024年10月 (开工) are distractors."],
           recount=(RE_SHI, "四、下一步工作", ANSWER_LABEL))


# ================================================================ 05 round summary, figures only (GB18030 .txt, CRLF)
def doc05():
    stem = "w21_05_district_round_summary_figures_gb18030"
    title = "中共楠州市石门区委巡察工作领导小组办公室关于十届区委第四轮巡察整改情况的通报"
    issuer = "中共楠州市石门区委巡察工作领导小组办公室"
    bodies = [("区发展和改革局党组", 23, 22, 64, 61, 6), ("区教育体育局党组", 31, 28, 87, 80, 7),
              ("区卫生健康局党组", 27, 25, 71, 69, 5), ("区市场监督管理局党组", 19, 19, 52, 52, 4),
              ("石门街道党工委", 34, 31, 96, 90, 8), ("白鹭镇党委", 29, 27, 83, 79, 6),
              ("区城市管理局党组", 22, 20, 60, 57, 5), ("区国有资产投资公司党委", 25, 23, 70, 66, 5)]
    # round totals as stated (not the sum of the per-body lines: the round also covered 6 村 and 2 社区, not listed)
    lines = [
        "石门区纪委监委网站 | 首页 | 工作动态 | 巡察工作 | 党风政风 | 审查调查 | 廉政教育 | 网上举报",
        "当前位置：首页 > 巡察工作 > 巡察整改", "",
        title, "",
        "时间：2025-04-18 09:06  来源：区委巡察办  作者：林晓  阅读：1,482", "",
        "根据区委统一部署，2024年9月2日至10月31日，十届区委第四轮巡察对区发展和改革局党组等8个区直部门和镇（街道）党组织开展了常规巡察，"
        "同步对6个村、2个社区党组织开展了延伸巡察。2024年11月下旬，区委4个巡察组分别向被巡察党组织反馈了巡察意见，"
        "同时移交问题清单和问题线索。反馈后，各被巡察党组织按照要求在2个月集中整改期内完成了集中整改，并报送了整改情况报告。",
        "区委巡察办会同区纪委监委党风政风监督室、区委组织部干部监督科，通过听取汇报、查阅资料、实地走访、个别谈话等方式，"
        "对各被巡察党组织集中整改情况进行了评估。评估认为，各被巡察党组织普遍能够提高政治站位，主要负责同志认真履行第一责任人责任，"
        "坚持问题导向、目标导向、结果导向，较好完成了集中整改任务。现将整改情况通报如下。",
        "一、总体情况",
        "本轮巡察共反馈问题248个，截至2025年3月31日，已整改完成231个，整改完成率93.1%；其余17个问题涉及历史遗留、政策调整等因素，"
        "已制定阶段性整改计划，正在持续推进。被巡察党组织共细化整改措施697条，已完成668条；制定制度54项，修订完善制度81项；"
        "清退、追缴违规资金合计286.4万元，挽回经济损失1260万元；巡察移交问题线索17件，已办结15件，给予党纪政务处分9人，"
        "组织处理23人次。巡察期间推动立行立改问题39个，解决群众急难愁盼问题52件。",
        "二、各被巡察党组织整改情况",
    ]
    for k, (b, fb, dn, mt, md, rl) in enumerate(bodies, 1):
        lines.append(f"{k}.{b}：反馈问题{fb}个，已整改{dn}个；细化整改措施{mt}条，已完成{md}条；建立完善制度{rl}项。")
    assert [sum(x[i] for x in bodies) for i in range(1, 6)] == [210, 195, 583, 554, 46]
    lines += [
        "从评估情况看，区市场监督管理局党组反馈问题全部整改到位，整改工作扎实有效；区发展和改革局党组、区卫生健康局党组整改完成率"
        "均在90%以上，建章立制成效明显；石门街道党工委、白鹭镇党委在整改中注重解决群众反映强烈的突出问题，推动解决老旧小区改造、"
        "农村道路维护等民生实事18件；区国有资产投资公司党委针对国企监管中的薄弱环节，健全完善了投资决策、资金管理等方面制度。"
        "延伸巡察的6个村、2个社区党组织也同步完成了集中整改，村级财务管理、“三资”监管等方面的问题得到有效解决。",
        "三、整改工作主要做法",
        "（一）压实整改责任。各被巡察党组织均成立了由党组织主要负责人任组长的整改工作领导小组，召开巡察整改专题民主生活会，"
        "主要负责同志带头认领问题、带头研究整改措施、带头推动整改落实，形成了上下联动、齐抓共管的整改格局。",
        "（二）强化日常监督。区纪委监委派驻纪检监察组将巡察整改纳入日常监督重点，采取列席会议、督查调研、谈话提醒等方式跟进监督；"
        "区委组织部将巡察整改情况作为领导班子和领导干部年度考核的重要内容。",
        "（三）注重标本兼治。各被巡察党组织坚持边整边改、即知即改，对共性问题举一反三、建章立制，"
        "对个性问题逐一研究、对症下药，推动巡察整改成果转化为治理效能。",
        "（四）推动成果运用。区委巡察办坚持以巡促改、以巡促建、以巡促治，对巡察发现的普遍性、倾向性问题进行梳理分析，"
        "向区委报送专题报告3份，向区纪委监委、区委组织部和相关职能部门移交巡察发现共性问题11项，推动相关部门开展行业治理和专项整治，"
        "实现“巡察一个、规范一片”的效果。",
        "（五）强化评估问效。区委巡察办制定巡察整改评估办法，对各被巡察党组织整改情况逐一评估，评估结果分为“好”“较好”“一般”"
        "“差”四个等次，并作为被巡察党组织年度党建考核的重要依据。本轮巡察整改评估中，评定为“好”等次的3个，“较好”等次的4个，"
        "“一般”等次的1个。",
        "四、存在的主要问题",
        "评估中也发现，少数被巡察党组织还存在整改不够深入、不够彻底的情况，主要是：有的对问题根源剖析不深，整改措施针对性不强；"
        "有的重“当下改”、轻“长久立”，建章立制还不够完善；有的整改资料归档不规范，佐证材料不够充分；有的对移交问题线索处置进度偏慢，"
        "个别问题线索办理超出规定时限。对上述情况，区委巡察办已向相关党组织反馈并督促整改。",
        "五、下一步工作要求",
        "各被巡察党组织要切实扛起巡察整改主体责任，对尚未完成整改的问题，紧盯整改目标，倒排时间节点，确保按期完成；对已完成整改的问题，"
        "适时开展“回头看”，防止问题反弹。区纪委监委、区委组织部要加强对巡察整改的日常监督，对整改不力、敷衍整改、虚假整改的，"
        "严肃追责问责。区委巡察办将适时对本轮巡察整改情况开展专项督查，督查结果纳入年度考核。",
        "各被巡察党组织要按照党务公开有关要求，通过本单位门户网站、公开栏等渠道向社会公开巡察整改进展情况，主动接受干部群众监督。"
        "区委巡察办将把本轮巡察整改情况纳入下一轮巡察的重要内容，对整改不到位、问题反弹回潮的，视情开展巡察“回头看”，"
        "切实把巡察整改的“后半篇文章”做深做实。",
        "",
        issuer, "2025年4月16日", "",
        "【责任编辑：陈雨】", "上一篇：区委巡察办召开巡察工作业务培训会", "下一篇：十届区委第五轮巡察完成进驻",
        "版权所有：中共楠州市石门区纪律检查委员会 楠州市石门区监察委员会  技术支持：石门区融媒体中心", ""]
    (OUT / f"{stem}.txt").write_bytes("\n".join(lines).replace("\n", "\r\n").encode("gb18030"))
    finish(stem, genre="5 a 巡察办's round summary: round totals, per-body tally lines, 主要做法 and 存在的主要问题 prose; "
                       "no problem list (figures only -> headline)",
           kind="bulletin", title=title, issuer=issuer, date="2025-04-16",
           insp=[None, None, "2024-09-02", "2024-10-31", None],
           headline={"problems_total": 248, "problems_done": 231, "measures_total": 697, "measures_done": 668,
                     "rules_made": 54}, koi=5, anomalies=[
               "A round summary over 8 bodies (and 6 村, 2 社区) by 4 巡察组: problems [] (R19); the per-body tallies "
               "'1.区发展和改革局党组：反馈问题23个…' and '四、存在的主要问题' ('主要是：有的…') are not problems (R111, R19).",
               "inspector and inspected null (several groups and bodies, as bw18 w18_05); period 2024-09-02..10-31; feedback "
               "'2024年11月下旬' (a 下旬, R53) -> null.",
               "Headline: the round totals 248 / 231 / 697 / 668; rules 54 from '制定制度54项' (R74; '修订完善制度81项' is a second "
               "count of revised rules, not summed: the first explicit 制定 count is read — NEW call, the schema's 'made or revised' "
               "would allow 135; a stated count is preferred to a sum, R69). The per-body figures (their sums 210/195/583/554/46 differ "
               "from the totals: the round's 村/社区 are not listed), 93.1%, 17, 286.4万元, 1260万元, 17/15 clues, 9/23 people, "
               "'立行立改问题39个' (C16, R68), 52件, 18件, 90%, 3 reports, 11项 共性问题 (kinds handed on), 3/4/1 grades are distractors.",
               "GB18030 text with CRLF; chrome: site menu, breadcrumb, '时间：2025-04-18 09:06 来源…阅读：1,482' line, 责任编辑, "
               "上一篇/下一篇, footer. report_date = the signature 2025年4月16日, which beats the posting date (R41); 2025年3月31日 "
               "(截至) is a distractor."])


# ================================================================ 07 company audit 整改 report, status in table cells, dates/parties in prose (.docx)
R07 = [
    ("集团公司“三重一大”决策制度执行不严格，2022年有2项对外投资事项未经董事会集体决策",
     ["修订集团公司“三重一大”决策制度实施办法，明确对外投资事项决策权限和程序", "对2021年以来对外投资事项开展专项清查，补正决策程序",
      "对相关责任人进行诫勉谈话"], ["党群工作部", "投资发展部"], "2024年8月底", "已完成"),
    ("工程项目招投标管理不规范，3个项目存在化整为零规避公开招标问题",
     ["对2021年以来工程项目招投标情况进行全面梳理", "修订集团工程建设项目招标采购管理办法，实行招标方案集中审查"],
     ["工程管理部", "审计法务部"], "2024年9月底", "已完成"),
    ("应收账款清收不力，账龄3年以上应收账款达1.86亿元",
     ["成立应收账款清收专班，逐笔建立清收台账", "对账龄3年以上款项依法提起诉讼4起", "将清收任务纳入子公司年度考核"],
     ["财务管理部", "各子公司"], "2025年6月底", "整改中"),
    ("子公司违规出借资金，向无业务往来单位出借资金2300万元",
     ["全额收回出借资金2300万元及利息", "印发集团资金管理办法，严禁子公司对外出借资金"], ["财务管理部"], "立行立改", "已完成"),
    ("土地储备项目资金使用效益不高，部分储备地块闲置超过2年",
     ["对闲置储备地块逐宗制定盘活方案"], ["资产运营部"], "2025年12月底", "整改中"),
    ("公务用车和业务招待费管理不规范，有5笔业务招待费无接待清单",
     ["补齐接待审批单和接待清单，对无法说明用途的0.67万元予以清退", "修订业务招待费管理办法，实行“一事一单”"],
     ["综合办公室"], "2024年7月底", "已完成"),
    ("固定资产管理不规范，账实不符资产原值412万元",
     ["开展固定资产全面清查盘点，完成账实核对", "对报废资产按程序处置", "上线资产管理信息系统"], ["资产运营部", "财务管理部"],
     "2024年10月底", "已完成"),
    ("内部审计监督作用发挥不够，内审发现问题整改跟踪不到位",
     ["建立内审发现问题整改台账和销号制度", "每半年向集团党委会报告一次内审整改情况"], ["审计法务部"], "2024年9月底", "已完成"),
    ("国有资产保值增值压力较大，部分子公司连续亏损",
     ["制定亏损子公司治理三年行动方案", "推进“两非”“两资”剥离处置", "实行子公司经营业绩考核“一企一策”"],
     ["投资发展部", "各子公司"], "长期坚持", "长期坚持"),
]
RESULT07 = ["已印发《“三重一大”决策制度实施办法（修订）》，2项投资事项已提交董事会补充审议，2名责任人已被诫勉谈话",
            "3个项目已完成复查，新修订的招标采购管理办法已于2024年9月印发执行",
            "已清收应收账款3860万元，其余款项正在通过诉讼等方式清收",
            "2300万元出借资金及利息已于2024年7月全部收回",
            "已制定11宗闲置地块盘活方案，其中3宗已完成出让",
            "已清退0.67万元，新修订的业务招待费管理办法已印发执行",
            "已完成资产清查，核销报废资产原值412万元，资产管理系统已上线运行",
            "内审整改台账已建立，2024年下半年已向党委会报告1次",
            "亏损子公司治理三年行动方案已印发，已剥离处置“两非”企业2户"]
STATUS07 = {"已完成": "done", "整改中": "in_progress", "长期坚持": "long_term"}


def doc07():
    stem = "w21_07_company_audit_table_status_cells_prose_dates_docx"
    title = "楠州城市建设投资集团有限公司关于市审计局审计发现问题整改情况的报告"
    issuer = "楠州城市建设投资集团有限公司"
    probs = [P(i, None, t, ms, STATUS07[st], units, dl, style="num") for i, (t, ms, units, dl, st) in enumerate(R07, 1)]
    n, done = len(probs), sum(p.status == "done" for p in probs)
    assert (n, done) == (9, 6)
    rows = [["序号", "审计发现问题", "整改措施", "整改结果", "责任部门", "完成时限", "完成状态"]]
    for p, (t, ms, units, dl, st), res in zip(probs, R07, RESULT07):
        rows.append([str(p.seq), t, p.mtext("\n"), res, "、".join(units), dl, st])
    b = [("title", title),
         ("p", "楠州市审计局："),
         ("p", "根据楠州市审计局2024年度审计项目计划，市审计局派出审计组，于2024年3月11日至4月26日对楠州城市建设投资集团有限公司"
               "（以下简称集团公司）2021年至2023年财务收支及经营管理情况进行了审计。2024年6月5日，市审计局向集团公司反馈了审计意见，"
               "并出具了《审计报告》（楠审投报〔2024〕12号），指出了集团公司在决策管理、工程建设、资金资产管理等方面存在的问题，"
               "提出了审计建议，要求集团公司在收到审计报告之日起90日内完成整改并报送整改情况。"),
         ("p", "集团公司党委、董事会高度重视，2024年6月7日召开党委会议专题研究审计整改工作，成立了由党委书记、董事长任组长，"
               "总经理任常务副组长，其他班子成员任副组长的审计整改工作领导小组，领导小组办公室设在审计法务部，负责整改工作的统筹协调和督促检查。"
               "2024年6月12日，集团公司印发审计整改工作方案，对审计指出的问题逐项明确责任领导、责任部门、整改措施和完成时限，"
               "实行台账管理、对账销号。党委书记、董事长王立新同志对整改工作负总责，分管领导按照分工抓好分管领域问题整改，"
               "各责任部门、子公司主要负责人为具体责任人。"),
         ("p", "在整改工作中，集团公司坚持“当下改”与“长久立”相结合，主要采取了以下做法：坚持以上率下，党委书记、董事长主持召开"
               "审计整改推进会5次，逐项听取责任部门整改进展汇报，协调解决应收账款清收、闲置地块盘活等难点问题；坚持闭环管理，"
               "审计法务部对每个问题实行“整改—复核—销号”全流程跟踪，整改完成的由责任部门提交佐证材料，经审计法务部复核、"
               "领导小组审定后予以销号；坚持标本兼治，针对审计指出的问题，系统梳理集团公司内部控制制度，新建和修订“三重一大”决策、"
               "招标采购、资金管理、资产管理、业务招待等方面制度；坚持强化问责，对审计发现的违规决策、违规出借资金等问题，"
               "按照干部管理权限移交集团纪委依规依纪处理。"),
         ("p", "集团纪委全程参与整改监督，将审计整改纳入年度监督检查计划，先后开展专项督查3次，对整改进度滞后的2家子公司"
               "主要负责人进行了约谈。集团公司还邀请市审计局相关处室对整改情况进行了业务指导，确保整改工作符合审计要求、经得起检验。"),
         ("p", f"截至2024年12月25日，审计指出的{n}个问题中，已完成整改{done}个，正在整改2个，需长期坚持1个；通过整改，"
               "收回出借资金2300万元，清收应收账款3860万元，清退违规费用0.67万元，推动建立完善制度7项，对4名相关责任人进行了问责。"
               "各问题整改具体情况见下表："),
         ("table", rows),
         ("p", "下一步，集团公司将继续按照市审计局的要求，对正在整改的问题，由财务管理部、资产运营部牵头，会同各子公司倒排工期、"
               "挂图作战，确保按期完成；对需长期坚持的问题，持续健全制度机制，巩固整改成果。同时，集团公司将举一反三，"
               "在全集团范围内开展“三重一大”决策、招投标、资金管理专项检查，坚决防止同类问题再次发生，切实把审计整改成果转化为"
               "提升国有企业治理能力的实际成效。"),
         ("p", "特此报告。"),
         ("p", "附件：审计整改佐证材料目录（共9类143份，略）"),
         ("p", "（联系人：集团公司审计法务部 李娜；联系电话：0XXX-6XXXXXX）"),
         ("pr", issuer), ("pr", "2024年12月30日")]
    write_docx(stem, b)
    finish(stem, genre="7 a 国企's audit 整改 report: audit period, feedback day and the parties in prose; the nine findings in a "
                       "table with a 完成状态 cell per row",
           kind="bulletin", title=title, issuer=issuer, date="2024-12-30",
           insp=["楠州市审计局", "楠州城市建设投资集团有限公司", "2024-03-11", "2024-04-26", "2024-06-05"],
           headline={"problems_total": n, "problems_done": done, "rules_made": 7}, probs=probs, koi=7, anomalies=[
               "Dates and parties in prose (kind 7): the audit ran 2024-03-11..04-26 (audit fieldwork as the inspection period, "
               "R50); NEW: feedback_date 2024-06-05, the day the audit office '反馈了审计意见，并出具了《审计报告》'; 2024-06-07/12 "
               "(meeting, plan), 2024年12月25日 (截至) and the 90-day limit are distractors; report_date = signature 2024年12月30日.",
               "inspector '楠州市审计局' (the audit office's full name in the lead '根据楠州市审计局2024年度审计项目计划'; the "
               "later '市审计局' is its short form, R46); inspected = the company as the lead names it (R47).",
               "seq from 序号; title from the 审计发现问题 cell; category null (no heading, R84); measure_count = the '1.' lines of "
               "the 整改措施 cell (R96, one undivided = 1); the 整改结果 cell beside it is a result, not counted (R118); units from 责任部门 split on 、 ('各子公司' kept as printed, R102); "
               "deadline = the 完成时限 cell (R106, '立行立改'/'长期坚持' as written).",
               "Status from the 完成状态 cell: '已完成' done, '整改中' in_progress (R93, as blind37 nmgfzb's '正在整改中'), "
               "'长期坚持' long_term.",
               "Headline: '审计指出的9个问题中，已完成整改6个' -> 9/6; '推动建立完善制度7项' -> rules 7 (R74); 2300万元, 3860万元, "
               "0.67万元, 1.86亿元, 412万元, 4 people, 2/1, 5 meetings, 3 督查, 2 子公司 are distractors."],
           # the kit reads a .docx paragraphs first, then the table: the table ends the text; every row has a 整改措施 cell
           recount=(RE_NUM, None, r"[\u4e00-\u9fff]"))


# ================================================================ 08 a college's 通报 on its site, cut by the store (.txt UTF-8)
C08 = [
    ("党的领导和学校中心工作方面", [
        ("理论学习中心组学习不够规范", ["修订校党委理论学习中心组学习实施细则，明确年度学习计划和专题研讨要求",
                                     "2024年开展集中学习12次、专题研讨5次，学习记录和研讨材料全部归档"], "已整改完成。"),
        ("落实立德树人根本任务有差距，思政课教师配备不足", ["按师生比要求新招聘思政课专职教师6名", "建立思政课教师集体备课制度",
                                                     "将课程思政纳入教学质量评价体系"], "已整改完成。"),
        ("产教融合、校企合作深度不够", ["与本地12家龙头企业签订校企合作协议，共建产业学院2个", "修订校企合作管理办法"], ""),
        ("意识形态工作责任制落实不够到位，对校园网络平台和讲座论坛管理不严",
         ["制定学院意识形态工作责任制实施细则，每半年专题研究一次意识形态工作", "对全院42个校园新媒体账号进行清理整顿，注销僵尸账号9个",
          "建立讲座论坛“一会一报”审批制度"], "已整改完成。"),
    ]),
    ("全面从严治党方面", [
        ("二级学院党组织主体责任落实不到位", ["制定二级学院党组织落实全面从严治党主体责任清单", "校党委与各二级学院党组织签订责任书"],
         "已整改完成。"),
        ("招生、采购等重点领域廉政风险防控不够有力", ["开展招生、基建、采购等重点领域廉政风险排查，梳理风险点46个",
                                               "修订学校采购管理办法，实行采购需求论证和集体决策", "纪委对重点领域实行嵌入式监督"], ""),
        ("科研经费管理不规范，部分项目经费报销票据不全", ["对2021年以来科研项目经费开展专项检查", "修订科研经费管理办法，实行项目负责人承诺制"],
         "已整改完成。"),
        ("违反中央八项规定精神问题仍有发生，个别部门超标准列支会议费、培训费",
         ["对2021年以来会议费、培训费支出开展专项清理，清退超标准费用1.28万元", "修订学院会议费、培训费管理办法",
          "对相关责任人进行批评教育"], "已整改完成。"),
        ("校办企业和后勤服务监管不到位，食堂承包经营合同管理不规范",
         ["对食堂、超市等后勤经营项目合同逐一清理，重新公开招标选定经营主体2家", "建立后勤服务质量师生评议制度"], "已整改完成。"),
        ("资助育人工作不够精准，家庭经济困难学生认定程序不严",
         ["修订家庭经济困难学生认定办法，实行“大数据比对+民主评议”双重认定", "对2023年度受助学生开展复核，调整认定结果17人"], ""),
    ]),
    ("领导班子和干部队伍建设方面", [
        ("民主集中制执行不够严格，个别“三重一大”事项决策程序不规范",
         ["修订党委会议和院长办公会议议事规则，制定“三重一大”事项清单", "对2022年以来“三重一大”事项决策情况开展自查，完善会议纪要"],
         "已整改完成。"),
        ("基层党组织建设不够扎实，部分学生党支部发展党员程序不规范",
         ["对2021年以来发展党员档案进行全面排查，补齐程序性材料", "开展学生党支部书记专题培训", "建立发展党员全程纪实制度"],
         "已整改完成。"),
        ("教师队伍建设存在短板，“双师型”教师占比低于省定标准",
         ["制定“双师型”教师队伍建设实施方案，选派专业教师到企业实践锻炼58人次", "从行业企业聘请兼职教师31名",
          "将企业实践经历纳入教师职称评审条件"], "已整改完成。"),
        ("干部选拔任用工作不够规范，个别干部任前档案审核不严",
         ["对2020年以来提拔任用中层干部档案开展专项审核", "完善干部选拔任用全程纪实制度"], "已整改完成。"),
        ("中层干部队伍结构不够合理，年轻干部占比偏低", ["制定优秀年轻干部培养选拔实施意见", "2024年选拔任用35岁以下中层干部"], None),
    ]),
]


def doc08():
    stem = "w21_08_college_bulletin_cut_web_copy_txt"
    title = "中共澧源职业技术学院委员会关于市委巡察整改进展情况的通报"
    probs = []
    lines = ["澧源职业技术学院 | 学院首页 | 学院概况 | 机构设置 | 教育教学 | 招生就业 | 信息公开", "",
             "首页 >> 信息公开 >> 党务公开", "",
             title, "",
             "发布者：党委办公室  发布时间：2025年01月08日  点击数：2315", "",
             "根据市委统一部署，2024年4月22日至6月21日，市委第六巡察组对澧源职业技术学院党委开展了常规巡察。2024年8月9日，"
             "市委第六巡察组向学院党委反馈了巡察意见，指出了4个方面21个具体问题。学院党委坚持把巡察整改作为重大政治任务，"
             "截至2024年12月31日，21个具体问题已完成整改18个，其余3个问题正在持续推进。按照党务公开原则和巡察工作有关要求，"
             "现将巡察整改进展情况予以公布，欢迎广大师生员工和社会各界对学院巡察整改工作进行监督，提出宝贵意见建议。",
             "一、整改工作组织情况",
             "学院党委坚持把抓好巡察整改作为践行“两个维护”的具体行动，第一时间召开党委会议，传达学习市委书记专题会议精神和巡察反馈意见，"
             "成立了由党委书记任组长、院长任第一副组长的巡察整改工作领导小组，下设办公室负责日常工作。学院党委先后召开党委会议7次、"
             "整改推进会4次，专题研究部署整改工作；召开巡察整改专题民主生活会，班子成员深刻剖析、主动认领问题。学院纪委把巡察整改作为"
             "政治监督的重要内容，采取专项督查、约谈提醒等方式推动整改落实，对整改进度滞后的3个部门负责人进行了提醒谈话。",
             "学院党委坚持立行立改与长效常治相结合，对反馈问题逐条制定整改措施，明确责任领导、责任部门和整改时限，实行清单化管理、"
             "台账式推进、销号制落实。学院党委书记带头领办重点难点问题，班子成员按照分工抓好分管领域问题整改，各二级学院、"
             "职能部门主要负责人认真履行具体责任，形成了上下联动、协同推进的整改工作格局。",
             "学院党委注重把巡察整改与学校事业发展结合起来，与“双高”建设、党纪学习教育、师德师风专项整治结合起来，"
             "以整改推动解决制约学院高质量发展的突出问题。整改期间，学院新建和修订完善党建、教学、科研、财务、后勤等方面制度，"
             "推动整改成果制度化、常态化。学院纪委对已完成整改的问题进行了逐项核查，确保整改真到位、不反弹。"
             "各项整改的具体情况如下。",
             "（注：以下按巡察反馈意见所列问题顺序公布）",
             "二、反馈问题整改情况"]
    for ci, (cat, items) in enumerate(C08, 1):
        lines.append(f"（{cn(ci)}）{cat}")
        for pi, (t, ms, st) in enumerate(items, 1):
            k = len(probs) + 1
            status = "done" if st else None
            p = P(k, cat, t, ms, status, style="paren")
            probs.append(p)
            lines.append(f"{k}.关于{t}的问题")
            items_txt = [f"（{i}）{m}。" for i, m in enumerate(ms, 1)]
            if st is None:  # the store's copy stops here, inside the second item
                items_txt[-1] = items_txt[-1][:10]
            lines.append("整改情况：")
            lines += items_txt
            if st:
                lines.append(st)
    text = "\n".join(lines)
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    finish(stem, excerpt=True, genre="2 a college 党委's 巡察整改进展情况的通报 on its own site, cut by the store inside the 15th "
                                     "problem: '1.关于…的问题' headings with '整改情况：（1）（2）' items, a status sentence on some",
           kind="bulletin", title=title, issuer="中共澧源职业技术学院委员会", date="2025-01-08",
           insp=["市委第六巡察组", "澧源职业技术学院党委", "2024-04-22", "2024-06-21", "2024-08-09"],
           headline={"problems_total": 21, "problems_done": 18}, probs=probs, koi=2, anomalies=[
               "A cut web copy (excerpt true, R5): the text stops inside problem 15's second measure ('（2）2024年选拔'); "
               "the problems present are labelled (R24), problem 15 with the items present: its cut （2） counts (R25: labelled as far "
               "as the copy goes) -> 2.",
               "title = the heading without the '关于…的问题' wrapper (R86); seq = the printed 1.–15. numbered through the sections "
               "(R75); category = the （一） heading without its number (R79); measures = the （1）（2） items under '整改情况：' "
               "(R118: the sole account).",
               "status done only where '已整改完成。' follows the items (R93); problems 3, 6 and 10 have no status sentence -> null (R95); "
               "problem 15 is cut -> null.",
               "Headline: '4个方面21个具体问题…已完成整改18个' -> 21/18 (the 方面 are kinds, R64/R68), stated in the lead before the "
               "cut; 7/4 meetings, 3 部门, 12 企业, 2 产业学院, 46 风险点, 6 teachers, 42/9 accounts, 1.28万元, 2 经营主体, 17人, 58人次, 31名 are distractors.",
               "No signature in the copy (cut): issuer from the title (R37); report_date = the '发布时间：2025年01月08日' line (R40); "
               "2024年12月31日 (截至) is a distractor. Chrome: menu, breadcrumb, 发布者/点击数."],
           recount=(RE_PAREN, None, ANSWER_LABEL))


# ================================================================ 09 .xlsx: a report sheet and a ledger sheet with 项目2.3 labels
C09 = [
    ("政治建设", [
        ("学习贯彻习近平文化思想不够深入，党组理论学习中心组学习研讨质量不高",
         ["制定党组理论学习中心组年度学习计划，每季度开展1次专题研讨", "围绕文旅融合发展开展调研，形成调研报告2篇"],
         ["局办公室"], "2024年12月底", "已完成"),
        ("落实意识形态工作责任制不到位，对文艺演出、网络视听内容审核把关不严",
         ["修订营业性演出内容审核工作规程", "建立网络视听节目属地巡查机制", "开展文化市场专项整治，查处违规经营场所6家"],
         ["文化市场综合执法支队", "艺术科"], "2024年11月底", "已完成"),
        ("推进文旅产业高质量发展措施不实，重点文旅项目建设进度滞后",
         ["建立重点文旅项目领导包联和月调度制度", "协调解决项目用地、资金等问题9个"], ["产业发展科", "规划财务科"], "2025年6月底", "推进中"),
    ]),
    ("廉政建设", [
        ("文化旅游专项资金管理使用不规范，部分项目资金拨付后未及时验收",
         ["对2021年以来专项资金项目开展全面清查，补办验收手续项目8个", "修订专项资金管理办法，实行项目绩效评价"],
         ["规划财务科"], "2024年10月底", "已完成"),
        ("公共文化场馆免费开放经费使用不规范", ["对市博物馆、图书馆、文化馆免费开放经费使用情况开展专项审计，规范支出范围"],
         ["公共服务科"], "2024年9月底", "已完成"),
        ("违反中央八项规定精神问题仍有发生，节庆活动存在铺张浪费现象",
         ["严格控制节庆活动规模和经费，实行节庆活动事前审批", "对相关责任人进行提醒谈话"], ["局办公室", "产业发展科"], "立行立改", "已完成"),
        ("景区门票和经营项目监管不严，个别A级景区存在违规收费", ["开展A级景区收费专项检查", "督促2家景区退还违规收取费用",
                                                      "建立A级景区动态管理和退出机制"], ["资源开发科"], "2024年12月底", "已完成"),
    ]),
    ("组织建设", [
        ("基层党组织建设不够规范，局属事业单位党支部“三会一课”落实不到位",
         ["对局属7个事业单位党支部开展组织生活专项检查", "开展党支部书记轮训"], ["机关党委"], "2024年10月底", "已完成"),
        ("文旅专业人才队伍建设滞后，高层次专业人才引进难", ["制定文旅人才引育三年行动计划", "与省旅游学院共建人才培养基地"],
         ["人事科"], "长期坚持", "长期坚持"),
        ("上轮巡察反馈的“非遗保护传承工作基础薄弱”问题整改不彻底",
         ["完成全市非遗资源普查，建立非遗项目数据库", "认定市级非遗代表性传承人24名", "新建非遗工坊3个"], ["非遗保护科"], "2025年3月底", "推进中"),
    ]),
]
STATUS09 = {"已完成": "done", "推进中": "in_progress", "长期坚持": "long_term"}


def doc09():
    stem = "w21_09_city_bureau_ledger_report_sheet_xlsx"
    title = "中共楠州市文化广电和旅游局党组关于市委巡察反馈问题整改情况的报告"
    issuer = "中共楠州市文化广电和旅游局党组"
    probs, rows = [], []
    for ci, (cat, items) in enumerate(C09, 1):
        for pi, (t, ms, units, dl, st) in enumerate(items, 1):
            p = P(pi, cat, t, ms, STATUS09[st], units, dl, style="num")
            probs.append(p)
            rows.append([f"项目{ci}.{pi}", cat, t, p.mtext("\n"), "、".join(units), dl, st])
    n, done = len(probs), sum(p.status == "done" for p in probs)
    mt = sum(len(p.measures) for p in probs)
    assert (n, done, mt) == (10, 7, 22)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整改报告"
    report = [
        title, "",
        "市委：",
        "根据市委统一部署，2024年5月6日至6月28日，市委第四巡察组对市文化广电和旅游局党组开展了常规巡察，并于2024年8月15日"
        "向局党组反馈了巡察意见。局党组坚持把巡察整改作为重大政治任务，按照“条条要整改、件件有着落”的要求，"
        "逐条对照、逐项推进。现将整改情况报告如下。",
        "一、整改工作总体情况",
        "局党组召开党组会议4次、整改推进会3次专题研究部署整改工作，成立由党组书记任组长的巡察整改工作领导小组，制定整改方案，"
        "将巡察反馈的3个方面问题细化为10个整改项目，逐项明确责任领导、责任科室和整改时限，实行“项目化管理、台账式推进、销号制落实”。"
        f"截至2024年12月31日，反馈问题{n}个、已整改{done}个，其余2个正在推进、1个需长期坚持；{mt}条整改措施已完成19条；"
        "制定制度6项，修订完善制度4项；清退违规费用0.96万元，对3名相关责任人进行了提醒谈话。各项目整改情况详见“整改台账”工作表。",
        "二、主要做法",
        "一是压实整改责任。局党组书记切实履行第一责任人责任，带头领办重点难点问题，班子成员按照“一岗双责”抓好分管领域整改，"
        "各责任科室、局属单位主要负责人为直接责任人，形成一级抓一级、层层抓落实的工作格局。二是强化督促检查。局机关纪委把巡察整改"
        "纳入日常监督重点，每月对整改进展情况进行调度，对进度滞后的责任科室及时提醒督办。三是注重建章立制。坚持“当下改”与“长久立”"
        "相结合，针对反馈问题暴露出的制度漏洞，健全完善资金管理、演出审核、景区监管等方面制度，推动整改成果转化为治理效能。",
        "四是坚持举一反三。局党组在全系统开展文化市场、专项资金、A级景区“三项专项检查”，对局属7个事业单位和全市64家A级景区、"
        "312家文化经营场所进行了拉网式排查，对发现的共性问题建立清单、逐一整改，推动巡察整改由“点”向“面”延伸。"
        "五是强化成果运用。局党组把巡察整改情况作为评价班子成员和科室负责人履职情况的重要依据，纳入年度考核，"
        "对整改工作成效明显的科室和个人予以通报表扬，对整改不力的严肃问责。",
        "从整改成效看，全市文化市场秩序明显好转，2024年文化市场投诉举报同比下降27%；专项资金项目全部完成绩效评价，"
        "资金使用效益进一步提高；A级景区收费行为得到规范，游客满意度调查满意率达到96.3%；非遗保护传承基础不断夯实，"
        "全市新增省级非遗代表性项目5项。整改工作得到市委巡察办的肯定。",
        "三、下一步工作",
        "局党组将继续保持整改工作力度，对正在推进的项目紧盯时间节点、加快推进，对需长期坚持的项目持续用力、久久为功，"
        "对已完成整改的项目适时开展“回头看”，防止问题反弹回潮。同时，以巡察整改为契机，推动全市文化旅游事业高质量发展。"
        "整改进展情况将按规定通过局门户网站向社会公开，欢迎社会各界监督。",
        "附件：楠州市文化广电和旅游局党组市委巡察反馈问题整改台账（见“整改台账”工作表）",
        "",
        issuer, "2025年1月6日",
    ]
    for line in report:
        ws.append([line])
    ws.column_dimensions["A"].width = 120
    ws2 = wb.create_sheet("整改台账")
    ws2.append(["楠州市文化广电和旅游局党组市委巡察反馈问题整改台账"])
    ws2.merge_cells("A1:G1")
    ws2.append(["填报单位：局巡察整改工作领导小组办公室", None, None, None, None, "填报日期：2025年1月6日"])
    ws2.append(["编号", "问题类别", "问题描述", "整改措施", "责任科室", "整改时限", "整改状态"])
    for r in rows:
        ws2.append(r)
    ws2.append(["合计", None, f"{n}个问题", f"{mt}条措施", None, None, f"已完成{done}个"])
    ws2.append(["说明：整改状态分为“已完成”“推进中”“长期坚持”三类。“已完成”指整改措施全部落实、整改目标全部实现并经局巡察整改工作领导小组"
                "审核销号；“推进中”指整改措施正在落实、达到序时进度；“长期坚持”指需要持续推进、久久为功的整改事项。佐证材料由各责任科室"
                "整理归档，报局巡察整改办备查。本台账每月更新一次，报市委巡察办和驻局纪检监察组。"])
    ws2.append(["填表人：赵敏", None, "审核人：周建平", None, "联系电话：0XXX-3XXXXXX"])
    for col, w in zip("ABCDEFG", (10, 12, 48, 60, 22, 14, 10)):
        ws2.column_dimensions[col].width = w
    wb.save(OUT / f"{stem}.xlsx")
    finish(stem, genre="1/7 a 局党组's 巡察整改 report as a workbook: a 整改报告 sheet (prose, figures, signature) and a 整改台账 "
                       "sheet whose rows carry 编号 '项目1.1', 问题类别, 整改措施, 责任科室, 整改时限 and a 整改状态 cell",
           kind="bulletin", title=title, issuer=issuer, date="2025-01-06",
           insp=["市委第四巡察组", "市文化广电和旅游局党组", "2024-05-06", "2024-06-28", "2024-08-15"],
           headline={"problems_total": n, "problems_done": done, "measures_total": mt, "measures_done": 19, "rules_made": 6},
           probs=probs, koi=[1, 7], anomalies=[
               "Two sheets: the report (one paragraph a row in column A) and the ledger; problems only in the ledger (kind 1: the "
               "report refers to the sheet as its attachment).",
               "seq = the last component of the 编号 '项目2.3' (R76), restarting per category; NEW (as bw18 w18_09): category = the "
               "问题类别 cell; title = the 问题描述 cell (R89); measure_count = the '1.' lines of the 整改措施 cell (R96, one "
               "undivided = 1); units from 责任科室 split on 、 (R102); deadline = the 整改时限 cell (R106).",
               "Status from the 整改状态 cell: '已完成' done, '推进中' in_progress (R93, as bw18 w18_06's 推進中), '长期坚持' long_term.",
               "Headline from the report sheet: '反馈问题10个、已整改7个' -> 10/7; '22条整改措施已完成19条' -> 22/19; '制定制度6项' "
               "-> rules 6 ('修订完善制度4项' not added, as doc05); the 合计 row agrees. '3个方面' (kinds), 4/3 meetings, 0.96万元, "
               "3 people, 6 places, 9 issues, 8 projects, 2 景区, 7 支部, 24 传承人, 3 工坊, 7/64/312 places, 27%, 96.3%, 5 项 非遗 are distractors.",
               "Dates: period 2024-05-06..06-28, feedback 2024-08-15; report_date = the report's signature 2025年1月6日 (= the "
               "ledger's 填报日期); 2024年12月31日 (截至) is a distractor."],
           recount=(RE_NUM, "合计", r"[\u4e00-\u9fff]"))


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09):
        f()
    print(len(ALL), "documents:", *ALL, sep="\n  ")
