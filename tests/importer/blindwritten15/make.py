"""Generate blind held-out set 15 (written by helper writer15, session 19, 2026-12-06): nine FULL-LENGTH documents + truths.

All bodies, people, places and figures are invented for testing. Each document's layout (structure, headings, numbering,
field labels, wording habits, where the problems sit) is modelled on one real page found with the search tool (corpus
pages); the page's address is named in the comment above each docNN function. writer15 did not read the parser
(zhenggai/importer/**, tests/importer/*.py) and did NOT run it on this set (the lead scores it once; no FIRST_RUN file).
Every page named here is absent from blindwritten/ … blindwritten14/ make.py and READMEs and from
/work/wt/writer16/tests/importer/blindwritten16 (checked by url and host at 17:52 UTC and again before the commit).
Six of the nine were labelled before in tests/importer/real as ~2,000-byte excerpts or snippets (their first lines
only: blind3 hebei_feedback_news, snippets15 yicheng_mayor_xunshi_dispatch, snippets9 honghe_prefecture_xuncha_total, blind7
sichuan_petitions_trad, snippets9 guangxi_audit_year_totals, tune_sentences round2_ducha_epaper_date_after); three
(ahjjjc.gov.cn/p/124787, wj.gov.cn …263195, news.record.hk) are in no set. None was ever a full-length written document; the bodies, sections, problems,
figures and formats here are writer15's own.
Run from the worktree root:  .venv/bin/python tests/importer/blindwritten15/make.py   (needs soffice for .pdf)
Every measure_count is counted twice: from the data (len of the measure list, the kit's Prob.truth asserts its own
regex recount) and by a second regex recount over the rendered text of that problem (recount_block); make.py refuses
to write when they differ. Every non-null truth value is re-found in the document's own text read back from the written
file (kit check_refound; a traditional copy's problems in its t2s conversion). Every document is complete and at least
2,500 characters without whitespace (MIN_LEN).

Queries run (pages corpus): 巡视整改进展情况的通报 附件 问题清单 整改时限 整改进展; 巡察整改情况的通报 一、整改工作组织开展情况
二、反馈问题整改落实情况 三、下一步; 督察整改任务 验收销号 公示 整改目标 整改完成情况 公示期; 督察反馈指出 整改情况 已完成 整改落实情况
公开; 巡察整改 情况综述 本轮巡察共发现问题 已整改 建立完善制度; 审计查出问题整改情况 已整改 整改金额 审计工作报告 整改结果;
关于巡察反馈意见整改情况的报告 附件 整改落实情况台账 序号 问题 整改措施 完成情况; 整改销号公示 督察反馈问题 整改任务 整改责任单位 验收
现予以公示; 省委巡视组 反馈意见 整改情况 党委 关于巡视整改进展情况的通报 一、 二、 三、 坚决扛起; 中央生态环境保护督察 进驻 至 月 日
反馈督察意见 整改方案 印发 整改进展; 巡察整改 回头看 反馈问题 整改台账 对账销号 镇党委 村级党组织 问题整改情况; 环保督察反馈问题 整改完成
申请销号 公示 整改任务 编号 整改措施 完成情况 联系电话; 整改任务完成情况的公示 第 项 整改责任单位 整改时限 整改完成情况 公示期间 异议.
Declined as layouts (already modelled in blindwritten…blindwritten14, or taken by writer16's blindwritten16 while this set was
being written): zgsuixian.gov.cn (blindwritten16; first chosen for doc 01, replaced), yichang.gov.cn (blindwritten3/5; first
chosen for doc 03, replaced), czx24.com (blindwritten6), deaufficio.com, jw.km.gov.cn, sjj.ningbo.gov.cn, ruijin.gov.cn,
yohu9.com, pejw.pes.gov.cn, tdq.siping.gov.cn, jiaozuo.gov.cn, cjckcn.com, cixird.gov.cn, xdscy.com, nzgx.org; pages with
no rectification layout (renrendoc outlines, fx361 papers, 21xqjy essays, succ.edu.cn rules, abg.baidu/zhetiaohe tag
pages, speeches on gongwenku1, meeting news of qdubb/yndaily/gzstv, jingzhou.cjyun stationing news).
Formats: .docx (01, 07), .pdf via soffice (02, 09), UTF-8 .txt (03), Word-saved .html with mso markup (04), GB18030 .txt
with CRLF (05), traditional-character UTF-8 .txt (06), .xlsx (08).
Kinds (issue 10's numbering, kind_of_issue in each truth): 01 -> 1, 02 -> 2, 03 -> 3, 04 -> 4, 05 -> 5, 06 -> 6 (traditional),
07 -> 7, 08 -> 1 (and 6), 09 -> 2.

Conventions followed (CONVENTIONS.md): '问题1.2：' -> seq = last component (R76), '问题三' -> 3 (R76); category = the nearest
heading without numbering (R79), a status section as category (R79, doc 06); one-task notice: one problem, seq = the task
number, category = the field label '整改问题' (R14, R77, R83); quoted feedback item -> the quoted statement (R15, R86); the
'关于“…”的问题' wrapper stripped (R86); no problem list -> [] with the figures (R19); audit report: inspector = the audit
office (R46); 督察 整改方案 tasks are problems (R63); traditional copy: problems in simplified, doc fields in the page's
script (R91); the signature date beats the 发布时间 (R41); a period's second date takes the first one's year (R58); units
split on 、 (R101); headline counts only as stated (R62–R74); 信访件 counts are not figures (R17).
NEW calls (also in each truth's anomalies): doc 01 each attachment item closes with '完成情况：已完成' / '完成情况：持续推进'
(status) after '整改措施：' whose '1、…' lines are the measures; doc 06 a traditional bulletin whose problems sit under two
status sections '（一）已完成整改的問題' / '（二）正在推進的問題': category = the status section (simplified) and status from it;
doc 08 (.xlsx) one sheet holding both the report text and, below it, the 附件 table whose category rows ('一、…方面' in the 序号
column's merged row) are the categories; doc 09 a 督察 整改 report whose middle section lists 整改任务 '任务N：' with
'整改目标/责任单位/完成时限/进展情况': seq = N, title = the statement after '任务N：', measures = the 进展情况 '一是…' items.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import openpyxl
import opencc
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/importer: the generators' shared kit
from blindwritten_kit import cn, finisher, mso_p, Prob, recount_block, shi_count, word_html, writers  # noqa: E402

_, write_docx, write_pdf = writers(OUT)  # (the truth is written by finish)
P = Prob
MIN_LEN = 2500
finish, ALL = finisher(OUT, MIN_LEN)


# ================================================================ 01 town report: body narrative, problems in 附件 '问题1.1：' by 大类 (.docx)
# Layout modelled on http://www.ahjjjc.gov.cn/p/124787.html (鸠江区 村级巡察整改: '镇党委坚决扛起整改责任，在做好镇本级巡察整改的同时，
# 做好村（社区）整改工作监督指导'; 镇村一体化巡察、镇村巡察一体改; '压实58个村级党组织整改责任，整改完成率达89%'; 整改台账、挂账和销号
# 机制), written as one town party committee's own full report on a 巡察 of the town and its villages: the body narrates the work and
# gives the town-level and village-level figures, the town's problems sit in 附件 by 大类 heading with '问题1.1：' labels, 整改时限,
# 整改措施 '1、…' lines and 完成情况.
def doc01():
    stem = "w15_01_town_report_attachment_docx"
    S = {"done": "已完成", "in_progress": "持续推进"}
    A1 = "党的理论学习和政治建设方面"
    A2 = "落实全面从严治党责任方面"
    A3 = "基层党组织建设方面"
    A4 = "村级集体“三资”管理方面"
    probs = [
        P("1.1", A1, "镇党委理论学习中心组学习不够系统，学习记录内容简单", ["制定镇党委理论学习中心组年度学习计划，明确12个专题", "实行学习记录“一会一档”，由党政办每季度检查一次"], "done", deadline="2023年1月底前", style="dun"),
        P("1.2", A1, "意识形态工作责任制落实不到位，村级宣传阵地管理松散", ["对全镇30个村（社区）宣传栏、文化墙开展全面排查，更新宣传内容46处", "将意识形态工作纳入村级年度考核"], "done", deadline="2023年2月底前", style="dun"),
        P("2.1", A2, "镇党委主体责任压得不实，对村级“两委”监督管理偏松", ["修订镇党委落实全面从严治党主体责任清单", "镇党委书记与30个村党组织书记开展廉政谈话全覆盖", "建立村干部履职“季评年考”制度"], "done", deadline="2023年3月底前", style="dun"),
        P("2.2", A2, "公务用车管理不规范，存在公车私用苗头", ["完善公务用车使用登记和派车审批制度", "安装车辆定位系统5套，实行公车使用月通报"], "done", deadline="立行立改", style="dun"),
        P("2.3", A2, "惠民资金发放监管不严，个别村低保评定程序不规范", ["对全镇低保、特困对象开展全面复核，清退不符合条件对象17户", "推行低保评定村级民主评议、镇级审核、县级审批三级公示"], "in_progress", deadline="2023年6月底前", style="dun"),
        P("3.1", A3, "部分村党组织“三会一课”制度落实不严，组织生活质量不高", ["对30个村党组织组织生活开展专项检查，督促整改问题21个", "推行主题党日活动“镇级点单、村级接单”"], "done", deadline="2023年2月底前", style="dun"),
        P("3.2", A3, "党员发展工作不规范，个别村连续多年未发展党员", ["对近五年未发展党员的4个村逐村制定发展计划", "2023年培养入党积极分子23名"], "in_progress", deadline="2023年12月底前", style="dun"),
        P("3.3", A3, "村级后备干部储备不足，年龄结构老化", ["建立村级后备干部人才库，储备后备干部62名", "选派镇机关干部到村挂职8名"], "done", deadline="2023年3月底前", style="dun"),
        P("4.1", A4, "村级集体资产底数不清，部分资产未登记入账", ["对全镇村级集体资产开展清产核资，补登入账资产412.6万元"], "done", deadline="2023年3月底前", style="dun"),
        P("4.2", A4, "村级经济合同管理不规范，部分合同未经民主程序、租金长期未收", ["清理规范村级经济合同138份", "收回拖欠租金27.3万元", "对5份显失公平的合同依法重新签订"], "in_progress", deadline="2023年9月底前", style="dun"),
    ]
    title = "中共石桥镇委员会关于县委巡察反馈问题整改进展情况的报告"
    blocks = [
        ("title", title),
        ("p", "县委巡察工作领导小组："),
        ("p", "根据县委统一部署，2022年9月13日至10月28日，县委第二巡察组对石桥镇党委及所辖村级党组织开展了常规巡察，并于2022年12月6日向镇党委反馈了巡察意见。"
              "镇党委坚持把巡察整改作为重大政治任务，对照反馈意见逐条认领、逐项整改。现将整改进展情况报告如下。"),
        ("h", "一、提高政治站位，压紧压实整改责任"),
        ("p", "巡察反馈后，镇党委第一时间召开党委会议，传达学习县委书记专题会议精神和巡察反馈意见，成立由镇党委书记任组长、镇长任副组长的巡察整改工作领导小组，下设办公室在党政办，"
              "抽调6名同志集中办公。镇党委书记切实履行第一责任人责任，主持召开整改推进会7次，带头领办村级“三资”管理、惠民资金监管等重点难点问题；班子成员按照“一岗双责”要求，"
              "分别牵头负责分管领域问题整改，每半月向领导小组报告一次进展。镇纪委全程跟踪监督，对整改进度滞后的3个村党组织书记进行提醒谈话。"),
        ("h", "二、坚持问题导向，扎实推进整改落实"),
        ("p", "镇党委按照镇村一体化整改工作要求，在做好镇本级巡察整改的同时，对所辖30个村（社区）党组织的整改工作加强监督指导。镇党委对照县委巡察反馈的4大类10个方面问题，制定《石桥镇党委关于县委巡察反馈意见的整改方案》，建立问题清单、任务清单、责任清单，逐项明确责任领导、责任股室和完成时限，"
              "实行“周调度、月通报、季评估”。在整改中，坚持镇村联动，将反馈给镇党委的问题与反馈给村级党组织的问题统筹推进，同步建立村级整改台账，镇党委班子成员分片包村督导，"
              "做到镇村两级问题同部署、同推进、同销号。"),
        ("p", "截至2023年3月底，县委巡察反馈镇党委的问题22个，已完成整改19个，其余3个持续推进；制定整改措施51条，已完成46条；建立完善制度13项。反馈村级党组织的问题244个，"
              "已完成整改231个。整改期间，镇纪委立案审查4件，给予党纪处分3人，对7名村干部进行诫勉谈话，清退违规资金6.8万元。各问题具体整改进展详见附件。"),
        ("h", "三、强化标本兼治，巩固拓展整改成果"),
        ("p", "镇党委坚持“当下改”与“长久立”相结合，围绕巡察指出的村级“三资”管理、惠民资金发放、党员队伍建设等问题，举一反三开展专项治理，修订《石桥镇村级财务管理办法》"
              "《石桥镇村级小微权力清单》等制度，推行村级财务“线上审批、全程留痕”。坚持开门整改，在镇政府公示栏、各村村务公开栏公开整改进展，召开群众座谈会5场，收集意见建议39条，已全部办理反馈。"
              "通过整改，全镇村级集体经济收入全部达到10万元以上，群众对镇村干部作风满意度明显提升。"),
        ("p", "针对巡察回访中县纪委监委工作专班通过核对台账、核查资料、抽查案卷、查看现场等方式指出的整改台账不够规范、佐证资料不齐全等情况，镇党委逐项对账，"
              "对已销号的问题重新核验佐证资料，补齐会议记录、制度文件、资金凭证等材料83份；对各村整改台账实行镇党政办统一审核、统一归档，做到一个问题一套台账、一项措施一份佐证。"
              "镇党委还把巡察整改与村（社区）“两委”换届后班子建设结合起来，组织新任村干部集中培训2期，培训156人次，重点讲解村级财务管理、小微权力运行和惠民政策落实等内容，"
              "推动村干部把整改要求转化为日常工作规范。"),
        ("h", "四、下一步工作打算"),
        ("p", "镇党委将坚持目标不变、标准不降、力度不减，对持续推进的3个问题，逐项明确阶段目标和完成时限，确保整改到位；对已完成整改的问题，适时开展“回头看”，防止问题反弹；"
              "把巡察整改与乡村振兴、基层治理结合起来，推动整改成果转化为全镇高质量发展的实际成效。"),
        ("p", "附件：县委巡察反馈石桥镇党委重点问题整改进展情况"),
        ("pr", "中共石桥镇委员会"),
        ("pr", "2023年4月10日"),
        ("break", None),
        ("p", "附件"),
        ("title", "县委巡察反馈石桥镇党委重点问题整改进展情况"),
    ]
    last, k = None, 0
    for p in probs:
        if p.cat != last:
            k += 1
            blocks.append(("h", f"{cn(k)}、{p.cat}"))
            last = p.cat
        mt = p.mtext("\n")
        recount_block(mt, r"(?m)^\d+、", len(p.measures) if len(p.measures) > 1 else 0, p.title)
        blocks += [("p", f"问题{p.seq}：{p.title}"), ("p", f"整改时限：{p.deadline}"), ("p", "整改措施：")]
        blocks += [("p", line) for line in mt.split("\n")]
        blocks.append(("p", f"完成情况：{S[p.status]}"))
    write_docx(stem, blocks, header="石桥镇党委巡察整改工作领导小组办公室")
    for p in probs:
        p.seq = int(p.seq.split(".")[-1])
    finish(stem, kind="bulletin", title=title, issuer="中共石桥镇委员会", date="2023-04-10",
           insp=["县委第二巡察组", "石桥镇党委及所辖村级党组织", "2022-09-13", "2022-10-28", "2022-12-06"],
           headline={"problems_total": 22, "problems_done": 19, "measures_total": 51, "measures_done": 46, "rules_made": 13},
           probs=probs, koi=1,
           anomalies=["Report body (一、…四、) is narrative; the problems sit only in the 附件 under 4 大类 headings '一、…方面' with labels '问题1.1：'…'问题4.2：'.",
                      "seq = the label's last component (R76): 问题1.1 -> 1, 问题4.2 -> 2; it restarts under each heading. category = the attachment's '一、…方面' heading without 一、.",
                      "(NEW) each item: '整改时限：…' (deadline as written, '立行立改' too), '整改措施：' then '1、…' lines (measures; a single unnumbered line = 1), closing '完成情况：已完成' -> done / '持续推进' -> in_progress.",
                      "inspected as the stationing sentence names it: '石桥镇党委及所辖村级党组织' (R47).",
                      "Headline 22 problems / 19 done / 51 measures / 46 done / 13 rules are the town 党委's; the village-level 244 / 231 is a second count of other bodies (R65: the subject's own); 4大类10个方面 are kinds; 30 villages, 6 people, 7 meetings, 3 villages, 4 cases, 3/7 people, 6.8万元, 5 座谈会, 39 suggestions, 10万元 are distractors; only 10 of the 22 are listed in the 附件."])


# ================================================================ 02 county bulletin: organisation first, problems in the MIDDLE under four supervision areas (.pdf)
# Layout modelled on http://czrb.bohaitoday.com/pc/content/202309/01/content_102712.html (河北日报: 十届省委第三轮巡视反馈 — the round
# checks '贯彻落实党的理论路线方针政策和党中央重大决策部署及省委工作要求情况，落实全面从严治党主体责任和监督责任情况，落实新时代党的组织
# 路线情况，落实巡视整改和成果运用情况'; 反馈会议要求…), written as one inspected county's full 整改进展 bulletin: 一、 organisation,
# 二、 the problems under those four supervision areas as '（一）关于…方面' headings with '1.关于“…”的问题' items, 三、 next steps.
def doc02():
    stem = "w15_02_county_bulletin_four_areas_pdf"
    C1 = "贯彻落实党的理论路线方针政策和党中央重大决策部署及省委工作要求方面"
    C2 = "落实全面从严治党主体责任和监督责任方面"
    C3 = "落实新时代党的组织路线方面"
    C4 = "落实巡视整改和成果运用方面"
    W = {"done": "目前，该问题已整改完成。", "in_progress": "目前，该问题正在持续推进。"}
    probs = [
        P(1, C1, "推动县域经济高质量发展办法不多，主导产业链条短", ["编制县域特色产业集群培育方案，明确食品加工、装备制造两条主导产业链", "2023年新签约亿元以上产业项目18个，开工13个", "设立县产业发展引导基金2亿元"], "done"),
        P(2, C1, "耕地保护责任落实不到位，违法占用耕地问题时有发生", ["开展违法占用耕地专项整治，拆除复耕违法建筑86处、面积214亩", "建立县乡村三级田长制，配备网格员412名"], "in_progress"),
        P(3, C1, "防范化解地方债务风险力度不够", ["制定政府债务风险化解方案，2023年化解存量隐性债务3.6亿元", "建立债务风险月监测预警制度"], "done"),
        P(4, C1, "生态环境保护存在短板，县城污水处理厂超负荷运行", ["实施县城污水处理厂扩容提标工程，新增日处理能力1.5万吨", "新建改造城区污水管网23.4公里"], "in_progress"),
        P(1, C2, "县委主体责任传导不够有力，部分乡镇和部门“一岗双责”落实不到位", ["修订县委落实全面从严治党主体责任清单，细化责任事项42项", "对履责不力的2个乡镇党委书记进行约谈"], "done"),
        P(2, C2, "医疗、教育等民生领域腐败问题仍然多发", ["开展医药领域腐败问题集中整治，查处案件9件", "对全县中小学食堂开展专项检查，督促整改问题37个"], "done"),
        P(3, C2, "纠治“四风”不够彻底，违规吃喝问题隐形变异", ["开展违规吃喝问题专项治理，查处违规吃喝问题6起，处理11人", "建立公务接待“一事一单”审批制度"], "done"),
        P(1, C3, "干部队伍结构不优，年轻干部储备不足", ["实施优秀年轻干部“墩苗”计划，选派42名年轻干部到乡镇一线锻炼", "提拔使用35岁以下科级干部19名"], "in_progress"),
        P(2, C3, "基层党组织建设存在薄弱环节，部分村党组织软弱涣散", ["排查整顿软弱涣散村党组织11个，选派第一书记11名"], "done"),
        P(3, C3, "干部考核评价机制不够完善，考核结果运用不充分", ["修订乡镇和县直部门年度综合考核办法，将巡视整改情况纳入考核内容", "对考核排名末位的3个单位主要负责人进行约谈"], "done"),
        P(1, C4, "上轮巡视反馈的个别问题整改不彻底、存在反弹", ["对上轮巡视反馈问题逐项“回头看”，重新建账问题5个", "对整改不实的2名责任人进行问责"], "done"),
        P(2, C4, "巡察成果运用不充分，共性问题行业治理推进不够", ["县委巡察办向职能部门发出整改建议书7份", "推动开展农村集体“三资”等专项治理4项"], "done"),
    ]
    title = "中共宁川县委关于十届省委第三轮巡视整改进展情况的通报"
    blocks = [("title", "中共宁川县委"), ("title", "关于十届省委第三轮巡视整改进展情况的通报"),
              ("p", "根据省委统一部署，2023年5月8日至7月7日，省委第九巡视组对宁川县进行了巡视，并于2023年8月30日向宁川县委反馈了巡视意见。按照巡视工作有关要求，现将巡视整改进展情况予以公布。"),
              ("h", "一、提高政治站位，扛牢巡视整改政治责任"),
              ("p", "县委坚持把巡视整改作为检验“四个意识”的试金石，成立由县委书记任组长的巡视整改工作领导小组，制定整改方案，将巡视反馈的4个方面23个问题细化为87项整改措施，"
                    "逐项明确牵头县领导、责任单位和完成时限。县委书记认真履行第一责任人职责，先后主持召开县委常委会会议、领导小组会议9次专题研究整改工作，深入乡镇、企业和项目现场督导调研14次。"
                    "县委常委班子召开巡视整改专题民主生活会，逐一认领问题、深刻剖析根源。县纪委监委、县委组织部把督促巡视整改作为日常监督的重要内容，对整改进度滞后的4个单位发出提醒函。"),
              ("p", "县委坚持开门整改，通过县融媒体中心、县政府门户网站开设“巡视整改进行时”专栏，公开整改进展和典型案例，接受群众监督。整改期间，收到群众意见建议52条，已全部办理并反馈。"),
              ("p", "县委坚持把巡视整改与以案促改、以案促治结合起来，针对巡视指出的耕地保护、债务风险、民生领域腐败等问题，组织县直有关部门开展行业系统治理，"
                    "梳理廉政风险点156个，制定防控措施213条；召开全县警示教育大会1次，组织党员干部旁听庭审2场。县委巡察办统筹运用巡察力量，对县直部门落实巡视整改情况开展专项督查2轮，"
                    "发现并推动整改问题31个，形成巡视带巡察、上下联动整改的工作格局。县人大常委会、县政协分别组织代表、委员对耕地保护、民生实事等整改事项开展专题视察，提出意见建议24条，均已交办落实。"),
              ("p", "截至2023年12月底，巡视反馈的23个问题已完成整改19个，其余4个正在持续推进；87项整改措施已完成79项；建立完善制度28项。巡视移交的问题线索全部办结，给予党纪政务处分8人，组织处理15人。"),
              ("h", "二、巡视反馈问题整改落实情况")]
    last, k = None, 0
    for p in probs:
        if p.cat != last:
            k += 1
            blocks.append(("h", f"（{cn(k)}）{p.cat}"))
            last = p.cat
        blocks.append(("p", f"{p.seq}.关于“{p.title}”的问题"))
        mt = p.mtext()
        recount_block(mt, r"[一二三四五六七八九十]+是", shi_count(p), p.title)
        blocks.append(("p", "整改情况：" + mt + W[p.status]))
    blocks += [("h", "三、下一步工作打算"),
               ("p", "下一步，县委将坚持目标不变、标准不降、力度不减，持续抓好后续整改。一是对正在推进的4个问题，实行清单化管理，明确阶段目标，确保按期整改到位。二是对已完成整改的问题，"
                     "适时组织“回头看”，防止反弹回潮。三是把巡视整改与推动县域经济高质量发展结合起来，与学习贯彻习近平新时代中国特色社会主义思想主题教育成果运用结合起来，以整改实效推动各项事业发展。"),
               ("p", "整改期间，全县经济社会保持良好发展态势：2023年地区生产总值同比增长6.8%，一般公共预算收入增长7.2%，城乡居民人均可支配收入分别增长5.1%和7.6%；新增城镇就业3120人，"
                     "完成农村危房改造214户。县委将以巡视整改为新的起点，持续巩固拓展整改成果。"),
               ("p", "欢迎广大干部群众对巡视整改落实情况进行监督。联系电话：0XXX-6218XXX；邮政信箱：宁川县人民路1号县委巡视整改工作领导小组办公室；电子邮箱：ncxszg@example.cn。"),
               ("pr", "中共宁川县委"), ("pr", "2024年1月19日")]
    write_pdf(stem, blocks)
    finish(stem, kind="bulletin", title=title, issuer="中共宁川县委", date="2024-01-19",
           insp=["省委第九巡视组", "宁川县", "2023-05-08", "2023-07-07", "2023-08-30"],
           headline={"problems_total": 23, "problems_done": 19, "measures_total": 87, "measures_done": 79, "rules_made": 28},
           probs=probs, koi=2,
           anomalies=["PDF from Word; the title is printed on two lines (the body, then '关于…的通报'), joined.",
                      "一、 is organisation, the problems are in the MIDDLE section 二、 under '（一）…方面' headings (the round's four supervision areas); 三、 next steps 一是…三是 are not measures.",
                      "category = the heading without （一） (R79); problem '1.关于“…”的问题' -> wrapper and quotes stripped (R86); numbering restarts per heading.",
                      "'整改情况：一是…' = measures (a single sentence = 1); 156 risk points, 213 measures of prevention, 2 rounds, 31 problems of a 巡察 督查, 24 suggestions are distractors; closing '目前，该问题已整改完成。' -> done, '…正在持续推进。' -> in_progress.",
                      "Headline 23 problems / 19 done / 87 measures / 79 done / 28 rules; only 12 problems listed; 9 meetings, 14 visits, 4 units, 52 suggestions, 8/15 people, 6.8%/7.2%/5.1%/7.6%, 3120, 214 and figures inside measures are distractors."])


# ================================================================ 03 one-task 验收销号 公示 (.txt UTF-8)
# Layout modelled on https://www.wj.gov.cn/html/czwj/2018/BEHNPEPN_0926/263195.html (吴江: 部署落实中央环保督察回头看交办问题整改销号
# 工作 — '会议解读了…整改销号工作的依据、标准、流程、台账制作要求，明确了…整改销号的责任主体'; '对已完成整改的…立即组织核查，完善“一案
# 一档”，及时申请销号；对尚未完成整改的…明确整改时限，按序推进'), written as the full 验收销号 公示 of one task by a city's 督察整改办:
# 整改问题 / 整改目标 / 牵头单位 / 配合单位 / 责任单位 / 整改时限 / 整改措施落实情况 （一）… / 验收情况 / 公示时间, signature and date.
def doc03():
    stem = "w15_03_one_task_xiaohao_gongshi_txt"
    task = "长江干流沿线部分港口码头环保设施建设滞后，船舶污染物接收转运处置衔接不畅，部分码头初期雨水直排长江"
    ms = ["市交通运输局牵头制定《沿江港口码头环保设施提升改造实施方案》，对全市沿江27个港口码头逐一建立问题清单，明确改造内容、责任单位和完成时限。截至2024年3月底，27个码头全部完成粉尘在线监测、喷淋抑尘和初期雨水收集池建设，新建雨水收集池31座，总容积1.2万立方米，收集的初期雨水全部经处理后回用或纳管",
          "建立船舶污染物“船E行”电子联单制度，实现船舶生活垃圾、生活污水、含油污水“船上储存、交岸接收、转运处置”全过程闭环监管。全市新建船舶污染物接收站点9个，配备接收船2艘、转运车辆14台；2023年接收船舶生活垃圾1860吨、生活污水4.7万吨、含油污水2130吨，全部转运至有资质单位处置",
          "市生态环境局会同海事、港航部门开展沿江码头联合执法检查，检查码头和船舶312家（艘）次，立案查处环境违法行为7起，罚款46.5万元；对整改不到位的2家码头企业实施挂牌督办，已全部完成整改",
          "建立港口码头环保设施运行长效管理机制，将码头环保设施运行情况纳入港口经营人年度信用评价，实行“月巡查、季通报、年考核”，市财政安排专项资金800万元用于船舶污染物接收转运处置补贴"]
    p = P(7, "整改问题", task, ms, "done", ["市交通运输局", "市生态环境局", "宜水海事局", "沿江各县（市、区）人民政府"], "2024年3月底前", style="cnparen")
    body = p.mtext("\n")
    recount_block(body, r"(?m)^（[一二三四五六七八九十]+）", 4, "task 7")
    title = "关于中央生态环境保护督察反馈问题第7项整改任务验收销号情况的公示"
    text = f"""宜水市人民政府　　首页 > 政务公开 > 生态环境 > 督察整改

{title}

发布时间：2024-05-17 09:30　　来源：市督察整改办　　【字体：大 中 小】　　打印

　　根据《宜水市中央生态环境保护督察反馈问题整改验收销号办法》，市督察整改办对第二轮中央生态环境保护督察反馈问题第7项整改任务组织开展了市级验收。2021年4月6日至5月6日，中央第五生态环境保护督察组对青川省开展了第二轮督察，并于2021年7月12日向青川省委、省政府反馈了督察意见。经市级验收，该项整改任务已达到整改目标，具备销号条件，现将有关情况公示如下：

　　整改问题：{task}。

　　整改目标：2024年3月底前，沿江港口码头全部完成环保设施提升改造，初期雨水全收集、全处理，不再直排长江；船舶污染物接收、转运、处置实现全过程闭环监管，接收转运处置率达到100%；建立码头环保设施运行长效管理机制。

　　牵头单位：市交通运输局

　　配合单位：市生态环境局、宜水海事局

　　责任单位：{"、".join(p.units)}

　　整改时限：{p.deadline}

　　整改措施落实情况：

{body}

　　验收情况：2024年4月23日，市督察整改办组织市生态环境局、市交通运输局、宜水海事局和3名特邀专家组成市级验收组，采取查阅台账资料、现场核查、随机抽查、走访群众相结合的方式，对该项整改任务进行了验收。验收组现场抽查港口码头9个、船舶污染物接收站点4个、营运船舶12艘，查阅整改台账资料6卷；经核查，各项整改措施已落实到位，整改目标已经实现。验收组一致同意该项整改任务通过市级验收，予以销号，并建议责任单位持续加强码头环保设施日常运行监管，防止出现“建而不用、用而不好”的情况。

　　在台账资料收集阶段，各责任单位按照整改销号工作的依据、标准、流程和台账制作要求，完善“一案一档”，按照“一项任务、一套台账”要求，对整改方案、推进过程、完成佐证、成效评估等资料逐项收集整理，做到资料据实详细、条理清晰；市交通运输局作为牵头整改责任单位，统筹负责整改效果评估、资料收集和提请验收，于2024年4月2日完成自行验收，4月9日向市督察整改办书面提请市级验收。沿江各县（市、区）人民政府落实属地管理责任，对辖区码头逐一开展复核，对发现的问题当场交办、限期整改。

　　在群众参与方面，市督察整改办在验收前通过市政府门户网站、“宜水发布”政务新媒体公开整改进展，邀请沿江社区居民代表、船员代表和环保志愿者参与现场核查；验收组随机走访沿江居民、码头作业人员和过往船员38人，受访群众普遍反映码头粉尘、污水问题明显改善，对整改结果表示认可。

　　整改推进过程中，市政府分管领导先后5次到沿江码头现场调度，协调解决码头用地、管网接入等难点问题6个；市人大常委会组织部分代表开展专题视察，提出意见建议9条，均已落实。整改完成后，长江干流宜水段3个国控断面水质稳定达到Ⅱ类，沿江群众对港口码头环境改善的满意度达到96.3%。该项整改任务累计完成投资2.38亿元，其中企业自筹1.65亿元。

　　整改前后对比：整改前，全市沿江27个港口码头中仅有8个建有初期雨水收集设施，船舶污染物接收主要依靠码头临时存放，存在接收不及时、转运不规范、去向不明等问题，群众反映强烈；整改后，27个码头环保设施全部达到《港口码头环境保护设施建设规范》要求，船舶污染物实现“应收尽收、全程可溯”，近一年来未再发生码头雨水直排和船舶污染物偷排问题，相关群众信访举报由整改前的年均23件下降至2件。

　　在资金和制度保障方面，市财政统筹上级长江保护修复专项资金、市级生态环境保护专项资金和企业自筹资金，对码头环保设施改造实行“以奖代补”，对按期完成改造的码头企业给予最高50万元补助；市交通运输局出台《宜水市港口码头环保设施运行维护管理规定》《宜水市船舶污染物接收转运处置联合监管制度》，明确港口经营人、船舶所有人、接收转运单位和处置单位的责任，推动形成部门协同、企业履责、社会监督的长效治理格局。

　　下一步，市交通运输局将会同有关部门持续巩固整改成果：每季度对港口码头环保设施运行情况开展抽查，对设施停运、污染物偷排漏排的依法从严查处；每年对船舶污染物接收转运处置情况开展一次评估；对新建、改建码头严格落实环保设施“三同时”制度，防止问题反弹。

　　特此公示。

　　公示时间：2024年5月17日至2024年5月23日（5个工作日）。公示期间，如有异议，请以书面、电话或电子邮件方式向市督察整改办反映，反映时请提供真实姓名和联系方式。逾期未提出异议的，视为无异议，按程序办理销号。

　　联系电话：0XXX-6893XXX　电子邮箱：ysdczgb@example.cn　通信地址：宜水市沿江大道58号市督察整改办

宜水市生态环境保护督察整改工作领导小组办公室
2024年5月17日

【关闭窗口】　【打印本页】
主办：宜水市人民政府办公室　　承办：宜水市大数据中心　　网站标识码：42XX000015
"""
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    finish(stem, kind="bulletin", title=title, issuer="宜水市生态环境保护督察整改工作领导小组办公室", date="2024-05-17",
           insp=["中央第五生态环境保护督察组", "青川省", "2021-04-06", "2021-05-06", "2021-07-12"],
           probs=[p], koi=3,
           anomalies=["One-task 验收销号 公示 (R14): one problem, the '整改问题：' statement; seq 7 from '第7项整改任务' (R77); category = the field label '整改问题' (R83).",
                      "status done: the 验收 passed and '予以销号' (R94); units from the '责任单位：' line split on 、 (R101) — the 牵头单位/配合单位 lines repeat three of them; deadline '2024年3月底前'.",
                      "measure_count 4: the four '（一）…' paragraphs under 整改措施落实情况 (each several actions, one item each); 验收情况 and the 台账 paragraph are not measures.",
                      "issuer = the signature (市督察整改工作领导小组办公室, '市督察整改办' in the 来源 line); the portal (宜水市人民政府) is chrome (R38). report_date = the signature 2024-05-17 (same as 发布时间).",
                      "Inspection: the 督察组, its period and its feedback to 青川省 (the province it inspected, R47); 2024-04-02 自行验收, 04-09 提请, 04-23 市级验收 are not inspection dates (R53); 27 码头, 31 pools, 9 sites, 2/14 vehicles, 312, 7 cases, 46.5万元, 800万元, 5 visits, 6 难点, 9 suggestions, 3 sections, 96.3%, 2.38/1.65亿元, 8 码头 before, 38 people met, 23/2 信访 (R17), 50万元 are distractors; no count of tasks: headline all null.",
                      "Portal header, '【字体：大 中 小】', '【关闭窗口】' and footer chrome kept."])


# ================================================================ 04 quoted '巡视反馈指出，“……”' items with measures and a progress line (Word .html)
# Layout modelled on http://m-yicheng.cjyun.org/p/54052.html (宜城: 市长专题调度十二届省委第三轮巡视反馈问题整改工作，听取了各有关部门和
# 单位整改措施及进展情况 — '对照问题清单，用一个月的时间聚力攻坚…确保整改一件销号一件'), written as the city government 党组's full
# report on the 巡视 problems it leads, each item '问题一：巡视反馈指出，“……。”' + '整改措施：（1）…' + '整改进展：…', saved from
# Word as a filtered web page.
def _mso_p(text, bold=False, center=False, indent=True):
    return mso_p(text, bold, center, indent, flush="text-align:right;")


def _word_html(title, parts):
    return word_html(title, parts, author='市政府办公室', pages=6, grid_spacing='7.8 磅')


def doc04():
    stem = "w15_04_quoted_xunshi_items_word_html"
    W = {"done": "已整改销号。", "in_progress": "正在推进，已完成阶段性目标。"}
    raw = [
        ("市政府落实优化营商环境部署不够有力，涉企行政审批“体外循环”问题仍然存在", ["对全市涉企审批事项开展“体外循环”专项清理，取消不合理前置条件27项", "将40个高频涉企事项纳入“一网通办”全流程网上办理", "对3个存在“体外循环”问题的部门进行通报"], "done"),
        ("政府投资项目管理不规范，部分项目未批先建、超概算", ["对2020年以来市本级政府投资项目开展全面清查，清查项目146个", "对未批先建的5个项目补办手续并追责", "修订《宜川市政府投资项目管理办法》"], "done"),
        ("国有资产管理存在漏洞，部分行政事业单位房产长期闲置", ["对全市行政事业单位闲置房产开展清查，盘活闲置房产23处、面积3.1万平方米", "建立国有资产共享共用平台"], "in_progress"),
        ("惠民惠农财政补贴资金“一卡通”管理不规范，存在代领冒领现象", ["开展惠民惠农补贴资金“一卡通”专项治理，追回违规发放资金41.7万元", "推行补贴资金“一卡通”发放信息与户籍、死亡信息自动比对"], "done"),
        ("安全生产监管责任落实不到位，部分行业领域隐患排查整治不彻底", ["开展安全生产治本攻坚行动，排查整改各类隐患1862处", "对整改不力的4家企业实施挂牌督办", "对失职失责的2名监管人员进行问责"], "done"),
        ("城市建设管理精细化水平不高，老旧小区改造后续管理缺位", ["完成老旧小区改造38个，同步建立“红色物业”管理机制", "引入专业物业服务企业接管改造小区21个"], "in_progress"),
        ("政府系统“过紧日子”要求落实不到位，部分单位“三公”经费支出不降反升", ["压减市直部门一般性支出12%", "对“三公”经费超预算的6个单位进行通报，扣减下年度预算"], "done"),
        ("政府系统党员干部作风不够扎实，基层反映“文山会海”问题仍然突出", ["制定精文减会实施细则，2023年市政府发文数量同比下降28%、会议数量下降31%"], "done"),
    ]
    probs = [P(i, None, t, ms, st, style="paren") for i, (t, ms, st) in enumerate(raw, 1)]
    title = "中共宜川市人民政府党组关于十二届省委第三轮巡视反馈问题整改落实情况的报告"
    ps = [_mso_p(title, bold=True, center=True),
          _mso_p("（2023年11月22日）", center=True),
          _mso_p("省委巡视工作领导小组："),
          _mso_p("根据省委统一部署，2023年3月27日至5月26日，省委第六巡视组对宜川市进行了巡视，并于2023年7月25日向宜川市委反馈了巡视意见。巡视反馈问题中，由市政府党组牵头整改的问题共8个。"
                 "市政府党组坚持把巡视整改作为重大政治任务，对照问题清单，用一个月的时间聚力攻坚，确保整改一件、销号一件。现将整改落实情况报告如下。"),
          _mso_p("一、整改工作开展情况", bold=True),
          _mso_p("市政府党组第一时间召开党组会议，传达学习省委巡视反馈意见和市委巡视整改工作部署，成立由市长任组长、常务副市长任副组长的市政府巡视整改工作专班，"
                 "制定《市政府党组落实十二届省委第三轮巡视反馈意见整改方案》，将牵头整改的8个问题细化为19项整改措施，逐项明确责任领导、责任单位和完成时限。"
                 "市长先后4次专题调度巡视反馈问题整改工作，听取各有关部门和单位整改措施及进展情况，对整改难点问题现场交办、跟踪问效。"
                 "各副市长按照分工牵头负责分管领域整改任务，每周调度一次整改进展。"),
          _mso_p("市政府党组坚持从严从实抓整改：一是强化整改调度，实行“日跟踪、周调度、月通报”，对进度滞后的5个部门下发督办通知；二是从严整改销号，坚持“谁整改、谁销号、谁负责”，"
                 "对整改不到位的一律不予销号；三是坚持开门整改，通过市政府门户网站和“宜川发布”公开整改进展，接受群众监督。"),
          _mso_p("市政府党组自觉接受市委和市纪委监委的监督，主动向市委巡视整改工作领导小组报告整改进展；驻市政府办公室纪检监察组全程参与整改监督，通过列席会议、调阅资料、实地核查等方式，"
                 "对整改措施落实情况开展监督检查，推动解决整改中的突出问题。在整改中，市政府党组坚持把巡视整改与主题教育检视整改、审计整改、督查整改统筹起来，对巡视指出的问题举一反三，"
                 "在政府系统开展营商环境、投资项目、国有资产、惠民资金、安全生产“五项专项治理”，梳理政府系统廉政风险点118个，制定防控措施176条，推动从个案整改向系统治理延伸。"
                 "市政府常务会议先后3次听取巡视整改专题汇报，研究出台配套制度文件，确保整改成果制度化、长效化。"),
          _mso_p("截至2023年10月底，市政府党组牵头整改的8个问题，已整改销号6个，其余2个正在推进；19项整改措施已完成17项；建立完善制度11项。"),
          _mso_p("二、巡视反馈问题逐项整改情况", bold=True)]
    for p in probs:
        ps.append(_mso_p(f"问题{cn(p.seq)}：巡视反馈指出，“{p.title}。”"))
        mt = p.mtext()
        recount_block(mt, r"（\d+）", len(p.measures) if len(p.measures) > 1 else 0, p.title)
        ps.append(_mso_p("整改措施：" + mt))
        ps.append(_mso_p("整改进展：" + W[p.status]))
    ps += [_mso_p("三、下一步工作打算", bold=True),
           _mso_p("市政府党组将坚持目标不变、标准不降、力度不减，对正在推进的2个问题，倒排工期、挂图作战，确保2024年6月底前全面完成；对已整改销号的问题，定期开展“回头看”，"
                  "坚决防止反弹回潮。同时，坚持举一反三、标本兼治，把巡视整改与优化营商环境、政府投资项目管理、国有资产管理等重点工作结合起来，健全长效机制，"
                  "以巡视整改实效推动政府系统作风建设和全市经济社会高质量发展。"),
           _mso_p("在健全长效机制方面，市政府党组将重点完善涉企审批事项动态管理、政府投资项目全生命周期监管、行政事业单位国有资产共享共用、惠民惠农补贴资金信息比对、安全生产隐患闭环整治等制度，"
                  "每半年对制度执行情况开展一次评估，对执行不力的部门和单位进行通报，推动巡视整改成果转化为政府治理效能。市政府办公室将把巡视整改落实情况纳入市直部门年度目标管理考核，"
                  "考核结果与部门评先评优、干部选拔任用挂钩，形成以考促改、以改促治的工作导向。"),
           _mso_p("整改期间，全市经济运行稳中向好：前三季度地区生产总值同比增长6.5%，规模以上工业增加值增长8.1%，固定资产投资增长9.4%；新增市场主体7826户，"
                  "营商环境满意度测评达到93.2%。市政府党组将以巡视整改为契机，持续推动政府职能转变，不断提升治理能力和服务水平。"),
           _mso_p("中共宜川市人民政府党组", indent=False),
           _mso_p("2023年11月22日", indent=False)]
    (OUT / f"{stem}.html").write_text(_word_html(title, ps), encoding="utf-8")
    finish(stem, kind="bulletin", title=title, issuer="中共宜川市人民政府党组", date="2023-11-22",
           insp=["省委第六巡视组", "宜川市", "2023-03-27", "2023-05-26", "2023-07-25"],
           headline={"problems_total": 8, "problems_done": 6, "measures_total": 19, "measures_done": 17, "rules_made": 11}, probs=probs, koi=4,
           anomalies=["Word document saved as a web page (MsoNormal paragraphs, <o:p>, mso spans, conditional-comment xml); a dateline '（2023年11月22日）' under the title, the same as the signature.",
                      "Each problem is a quoted feedback item '问题一：巡视反馈指出，“….”': seq from '问题一' -> 1 (R76); title = the quoted statement without attribution, quotes and closing 。 (R15, R86).",
                      "'整改措施：（1）…；（2）…。' = measures (an undivided sentence = 1); '整改进展：已整改销号。' -> done, '正在推进，已完成阶段性目标。' -> in_progress (R93: 正在推进).",
                      "No heading over the items: category null (R84).",
                      "inspected = the city inspected ('对宜川市进行了巡视'); the issuer is the city government's 党组 leading 8 of the problems.",
                      "Headline 8 problems / 6 done / 19 measures / 17 done / 11 rules; 118/176 risk points, 3 meetings, 4 调度, 5 departments, 2 unfinished, 6.5%/8.1%/9.4%/7826/93.2% and the figures inside measures are distractors."])


# ================================================================ 05 州 巡察办 summary of the term's rounds: figures only, no problem list (.txt GB18030)
# Layout modelled on http://ynjjjc.gov.cn/html/2019/yunlingyaowen_1127/77028.html (红河州巡察促改组合机制: '自2016年9月本届州委开展首轮
# 巡察工作以来，全州巡察共发现各类问题8483个，移交问题线索1193件…'; per-county practices 开远市…元阳县…个旧市…弥勒市…泸西县…), written as
# the 州委巡察办's full public 通报 on the term's rectification: figures for the whole 州, per-county practices in prose, no problem list.
def doc05():
    stem = "w15_05_prefecture_term_summary_gb18030"
    title = "中共云岭州委巡察工作领导小组办公室关于本届州委巡察整改工作情况的通报"
    text = f"""{title}

发布时间：2023-11-30 10:12　　来源：州委巡察办　　浏览次数：

自2021年9月本届州委开展首轮巡察工作以来，州委共组织开展了6轮常规巡察、2轮专项巡察和1轮巡察“回头看”，对83个州直部门（单位）党组织、12个县（市）党委及所属部门开展了巡察，实现了本届州委巡察全覆盖。为推动巡察整改落地见效，州委巡察办会同州纪委监委、州委组织部对各轮巡察整改情况进行了综合评估。按照《中国共产党巡视工作条例》和州委有关规定，现将本届州委巡察整改工作情况通报如下。

一、巡察整改总体情况

截至2023年10月底，本届州委巡察共发现各类问题6381个，已整改6012个，整改率94.2%；其余369个问题中，需长期整改的287个，正在整改的82个。移交问题线索917件，已办结881件，立案218人，给予党纪政务处分203人，移送司法机关7人。通过巡察整改，各被巡察党组织清退清收资金1.86亿元，追责问责486人，建立完善规章制度694个。

从各县（市）情况看，12个县（市）党委均建立了巡察整改“问题清单、措施清单、责任清单”，对账销号、动态管理；州直部门党组织中，巡察整改完成率达到100%的有61个，80%以下的2个。对整改完成率偏低、整改质量不高的单位，州委巡察办已逐一发出督办函，督促限期整改到位。

从问题分布看，本届州委巡察发现的问题主要集中在贯彻落实党中央决策部署和省委、州委工作要求不够到位，落实全面从严治党“两个责任”不够有力，落实新时代党的组织路线有差距，以及上轮巡察整改不彻底等方面。针对这些问题，各被巡察党组织坚持把自己摆进去、把职责摆进去、把工作摆进去，深入查找问题根源，既解决具体问题，又注重完善制度机制；既整改巡察指出的问题，又举一反三查找同类问题，推动巡察整改由“点”到“面”、由“治标”向“治本”延伸，切实把巡察整改成果转化为推动事业发展的实际成效。

二、主要做法

（一）实行问题清单处方制。各被巡察党组织根据巡察反馈情况列出问题清单，照单抓药，制定措施清单、任务清单和责任清单，明确整改时间节点和整改重点，倒排进度、挂图作战，形成“建账—更新—销号”的完整链条。安宁县建立了“立行立改清单”“反馈清单”“对账销号清单”3项清单，对巡察发现的问题分类“打包”、限时处理、限时反馈；青溪市建立问题清单和对账销号表，实行整改情况月报告制度。

（二）实行整改落实双审制。在每轮巡察反馈前，州委巡察办将巡察情况移送被巡察单位上级分管领导，明确巡察整改连带责任；被巡察党组织主要负责人和上级分管领导均要对整改落实情况严格审核把关。石屏山县实行“签字背书＋双审核＋双督促”机制，逐级压实整改责任；各县（市）通过召开巡察整改约谈会、巡察情况“双反馈”等形式，督促被巡察党组织自觉扛起整改主体责任。

（三）实行整改督查“复诊”制。州委巡察办坚持在日常监督上下功夫，组织巡察组原班人马对被巡察党组织开展不定期“点穴式”督查，防止文字整改、数字整改、形式整改。弥渡河县实行“四看四推动”督促检查机制，对整改督促检查单位26个，“复诊”问题392个；龙溪县采取巡察整改“回头看”的方式，对长期整改问题进行跟踪督查，推动整改问题见底清零。

（四）实行成果运用贯通制。州委巡察办对巡察发现的普遍性、倾向性问题进行梳理分析，向州委报送巡察综合报告9份，向州直有关职能部门发出巡察整改建议书31份，推动开展农村集体“三资”管理、惠民惠农资金管理、医疗卫生领域腐败问题等专项治理12项，做到以巡促改、以巡促建、以巡促治。

（五）实行整改公开常态制。各被巡察党组织在整改集中期结束后，按要求通过门户网站、政务公开栏、村务公开栏等渠道公开整改进展情况，主动接受干部群众监督。州委巡察办对整改公开情况进行抽查，对公开不及时、内容不规范的4个单位责令限期改正。各县（市）结合村级巡察，将村级巡察整改情况在村民小组范围内公开，邀请群众代表参与整改评议，群众对巡察整改满意率达到95.8%。

通过巡察整改，一批群众急难愁盼问题得到解决。各被巡察党组织推动解决农村饮水安全、道路出行、危房改造、就医就学等民生问题2316个；推动完善惠民惠农资金发放、农村集体资产管理、工程项目招投标等方面制度机制；推动查处了一批发生在群众身边的腐败问题和不正之风，干部群众对巡察工作的认可度明显提高。

在加强巡察整改监督方面，州纪委监委把督促巡察整改作为日常监督的重要内容，各派驻纪检监察组、各县（市）纪委监委对被巡察党组织整改情况开展监督检查，对整改不力的17名党员领导干部进行了约谈；州委组织部把巡察整改情况纳入领导班子和领导干部年度考核，对在整改中表现突出的干部优先使用，对敷衍整改的干部进行组织调整。州委巡察办会同有关部门建立巡察整改情况会商机制，每半年召开一次会商会，研究解决整改中的共性问题和难点问题。

三、存在的问题

从评估情况看，巡察整改工作还存在一些不足：有的被巡察党组织对整改工作重视不够，存在“重反馈、轻整改”倾向；有的整改措施不够精准，满足于就事论事，举一反三不够；有的整改资料不规范，佐证材料不完整；有的对需长期整改的问题缺乏跟踪推进，存在整改“烂尾”现象。对上述问题，州委巡察办将在下一步工作中重点加以解决，并将整改情况作为下一届州委巡察和巡察整改“回头看”的重点内容，对整改不到位的问题重新交办、跟踪督办，直至全部整改到位。

四、下一步工作

一要压紧压实整改责任，督促被巡察党组织书记切实履行第一责任人责任，对整改工作亲自部署、亲自推动、亲自督办。二要健全整改评估机制，把整改评估结果作为被巡察党组织领导班子考核评价的重要依据，对整改不力、敷衍整改的严肃追责问责。三要深化巡察成果运用，加强对共性问题的系统治理，推动有关职能部门完善政策制度、堵塞管理漏洞，以巡察整改实效推动全州经济社会高质量发展。

欢迎广大干部群众对巡察整改工作进行监督。联系电话：0XXX-3126XXX；电子邮箱：ylzxcb@example.cn；来信请寄：云岭州委巡察工作领导小组办公室（云岭州团结路16号）。

中共云岭州委巡察工作领导小组办公室
2023年11月28日
"""
    (OUT / f"{stem}.txt").write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    finish(stem, kind="bulletin", title=title, issuer="中共云岭州委巡察工作领导小组办公室", date="2023-11-28",
           insp=[None, None, None, None, None],
           headline={"problems_total": 6381, "problems_done": 6012, "rules_made": 694}, probs=[], koi=5,
           anomalies=["GB18030 text with CRLF line ends; a '发布时间：…　来源：…　浏览次数：' line under the title.",
                      "A 巡察办's summary of a whole term (6+2+1 rounds over 83 州直 bodies and 12 counties): no problem list, problems [] (R19; issue 10 kind 5); the （一）…（四） sections are practices, 三、 names shortcomings of the work in one paragraph ('有的…；有的…'), not a list (R19).",
                      "Inspection all null: many groups and bodies; '自2021年9月…以来' is month-only (R53).",
                      "Headline 6381 problems / 6012 done / 694 rules; 94.2%, 369/287/82 unfinished (not done, R71), 917/881 clues, 218/203/7/486 people, 1.86亿元, 61/2 units, the per-county figures (3 清单, 26 units, 392 复诊 problems), 9 reports, 31 建议书, 12 专项治理, 4 units, 95.8%, 2316 民生 problems solved, 17 people are distractors.",
                      "report_date = the signature 2023-11-28, not the 发布时间 2023-11-30 (R41)."])


# ================================================================ 06 traditional-character copy of a provincial 督察整改办 bulletin: '反馈问题41个…已完成整改33个' (.txt UTF-8)
# Layout modelled on http://m.handmsg.com/page/2019/0510/5107881.shtml (a traditional-character repost: '4月25日，記者從四川省落實中央環境
# 保護督察反饋意見整改工作領導小組辦公室獲悉，截至3月底…9070個各類生態環境問題，已整改完成8839個，整改完成率達97.5%…實施季調度和季通報'),
# written as the full bulletin of a provincial 督察整改办 in traditional characters (OpenCC s2t of the whole text), its problems under two
# status sections.
def doc06():
    stem = "w15_06_traditional_province_bulletin_txt"
    D, G = "已完成整改的问题", "正在推进的问题"
    probs = [
        P(1, D, "部分地市城镇污水处理设施建设滞后，污水收集率偏低", ["新建改造城镇污水管网1860公里", "新增城镇污水处理能力42万吨/日", "全省城市生活污水集中收集率提高到71.3%"], "done"),
        P(2, D, "一些地方违规侵占河湖岸线，河道“四乱”问题突出", ["清理整治河湖“四乱”问题1247个", "完成河湖管理范围划定和岸线利用规划编制"], "done"),
        P(3, D, "部分工业园区环境风险防控体系不健全", ["全省61个省级以上工业园区全部建成环境风险预警体系", "开展园区环境风险隐患排查，整改隐患283处"], "done"),
        P(4, D, "秋冬季重污染天气应对措施落实不到位", ["修订重污染天气应急预案，更新应急减排清单企业4120家"], "done"),
        P(5, D, "部分城市建筑垃圾消纳场所不足，乱堆乱倒问题时有发生", ["新建建筑垃圾消纳场和资源化利用项目17个", "推行建筑垃圾运输车辆全过程电子联单管理"], "done"),
        P(6, D, "危险废物规范化管理水平不高，部分企业贮存不规范", ["开展危险废物规范化环境管理评估，检查企业2143家", "督促整改贮存不规范问题516个，立案查处21起"], "done"),
        P(7, D, "部分矿山企业未落实生态修复责任", ["完成历史遗留矿山生态修复面积1.26万亩", "建立矿山生态修复基金制度"], "done"),
        P(1, G, "长江流域部分支流总磷超标问题仍未根本解决", ["实施总磷污染控制工程项目38个，已完成29个", "对磷化工企业实施“一企一策”提标改造"], "in_progress"),
        P(2, G, "自然保护区内违规开发建设问题整改推进缓慢", ["对保护区内小水电站开展分类整改，已退出14座", "完成生态修复面积2860亩"], "in_progress"),
        P(3, G, "部分地区地下水超采问题尚未有效遏制", ["关闭城市公共供水管网覆盖范围内自备井326眼", "实施地下水超采区综合治理，压减开采量0.8亿立方米"], "in_progress"),
        P(4, G, "农村生活垃圾和污水治理水平不高", ["农村生活垃圾收运处置体系覆盖行政村比例达到93%", "完成1260个行政村生活污水治理"], "in_progress"),
    ]
    lines, last, k = [], None, 0
    for p in probs:
        if p.cat != last:
            k += 1
            lines.append(f"（{cn(k)}）{p.cat}")
            last = p.cat
        mt = p.mtext()
        recount_block(mt, r"[一二三四五六七八九十]+是", shi_count(p), p.title)
        lines.append(f"{p.seq}.{p.title}。整改情况：{mt}")
    simp = f"""青川省生态环境保护督察整改工作领导小组办公室关于中央生态环境保护督察反馈问题整改进展情况的通报

2024-04-18 来源：青川日报 作者：省督察整改办

中央第三生态环境保护督察组于2022年4月7日至5月7日对青川省开展了第二轮中央生态环境保护督察，并于2022年6月10日向青川省委、省政府反馈了督察意见。按照中央生态环境保护督察整改工作有关要求，现将截至2024年3月底的整改进展情况通报如下。

一、总体进展情况

截至2024年3月底，中央第三生态环境保护督察组反馈问题41个，已完成整改33个，其余8个正在按序时推进，整改完成率80.5%；全省细化整改任务126项，已完成整改104项。督察组向我省移交的群众信访举报件涉及的5127个各类生态环境问题，已整改完成4986个，整改完成率达97.2%。整改期间，全省出台生态环境保护制度文件19项，问责党员干部312人。

省委、省政府始终把督察整改作为重大政治任务，坚持问题导向，严格问题整改流程，确保问题整改见真招、出实效。省督察整改办从2023年起对督察反馈问题和信访举报件整改情况实施季调度和季通报，对整改进度滞后的3个市（州）发出督办函，对2个市（州）政府分管负责同志进行约谈。各市（州）和省直有关部门按照“党政同责、一岗双责”要求，逐级传导压力，层层抓好落实。

在组织推进上，省委、省政府主要负责同志担任省督察整改工作领导小组组长，先后6次主持召开省委常委会会议、省政府常务会议和领导小组会议专题研究督察整改工作；省领导按照分工领衔督办重点整改任务，深入一线督导调研。省督察整改办建立整改任务“台账化、清单化、责任化”管理机制，对每项整改任务明确牵头省领导、责任单位、整改目标和完成时限，实行“一月一调度、一季一通报、半年一督查”，推动整改任务按序时推进。各市（州）参照省级做法，建立相应的督察整改工作机制，形成省市县三级联动、齐抓共管的整改工作格局。

二、重点问题整改情况

{chr(10).join(lines)}

在整改推进中，各地坚持系统治理、源头治理，把督察整改与长江保护修复攻坚战、黄河流域生态保护、农业农村污染治理等重点工作统筹推进，累计实施整改工程项目486个，完成投资312.6亿元。省纪委监委把督察整改纳入政治监督重点内容，对整改不力、敷衍整改、表面整改的严肃追责问责；省人大常委会、省政协分别组织开展督察整改专题视察和民主监督，推动重点难点问题解决。省督察整改办坚持信息公开，在《青川日报》、省政府门户网站开设“督察整改在行动”专栏，及时公开整改进展和典型案例查处情况，累计发布整改信息1360余条，主动接受社会监督。

从整改成效看，全省生态环境质量持续改善。与督察进驻前相比，全省细颗粒物（PM2.5）平均浓度下降11.4%，长江、黄河干流出境断面水质稳定保持Ⅱ类，县级以上城市集中式饮用水水源地水质达标率保持100%，受污染耕地安全利用率达到93%以上。一批群众反映强烈的突出生态环境问题得到解决，人民群众的生态环境获得感、幸福感、安全感进一步增强。

三、存在的不足

从调度情况看，个别地方对督察整改的长期性、艰巨性认识不足，整改工作存在前紧后松现象；部分整改任务涉及工程建设，受资金、用地等因素影响，推进速度不够快；个别已完成整改的问题存在反弹风险，长效管护机制还需进一步健全；少数地方存在“重工程、轻管护”倾向，部分已建成的污水处理设施运行负荷偏低，部分生态修复项目后期管护资金保障不足。对此，省督察整改办已逐一向有关市（州）交办，督促限期整改。

四、下一步工作

下一步，全省将继续严格暗访抽查，对正在推进的8个问题实行挂牌督办，逐项倒排工期，确保按期高标准高质量完成整改任务；对已完成整改的问题，组织开展“回头看”，防止问题反弹；坚持以督察整改为契机，深入打好污染防治攻坚战，推动全省生态环境质量持续改善。2023年，全省优良天数比例达到89.6%，国考断面水质优良比例达到96.4%，均完成国家下达的目标任务。全省将以更高标准、更严要求推进督察整改，以整改实效取信于民。

青川省生态环境保护督察整改工作领导小组办公室
2024年4月15日

（责编：林晓薇）
"""
    cc = opencc.OpenCC("s2t")
    trad = cc.convert(simp)
    (OUT / f"{stem}.txt").write_text(trad, encoding="utf-8")
    title = cc.convert("青川省生态环境保护督察整改工作领导小组办公室关于中央生态环境保护督察反馈问题整改进展情况的通报")
    assert title in trad
    finish(stem, trad=True, kind="bulletin", title=title, issuer=cc.convert("青川省生态环境保护督察整改工作领导小组办公室"),
           date="2024-04-15",
           insp=[cc.convert("中央第三生态环境保护督察组"), cc.convert("青川省"), "2022-04-07", "2022-05-07", "2022-06-10"],
           headline={"problems_total": 41, "problems_done": 33, "measures_total": 126, "measures_done": 104, "rules_made": 19},
           probs=probs, koi=6,
           anomalies=["Traditional-character copy (OpenCC s2t of the whole text), UTF-8; problem titles and categories in simplified characters (R91); title, issuer, inspection fields in the page's traditional script.",
                      "Headline wording '反馈问题41个，已完成整改33个' -> problems 41 / 33; '细化整改任务126项，已完成整改104项' -> measures 126 / 104 (R73, a second level under the 41 problems, R64); 19 rules.",
                      "The 信访举报件 sentence ('5127个各类生态环境问题，已整改完成4986个', 97.2%) is never a figure (R17); 8 unfinished, 80.5%, 312 people, 3/2 市（州）, 89.6%/96.4%, 486 projects, 312.6亿元, 1360 items, 6 meetings, 11.4%/100%/93% are distractors; 11 of the 41 are listed.",
                      "(NEW) problems sit under two status sections '（一）已完成整改的問題' / '（二）正在推進的問題': category = the status section (R79, in simplified), status done / in_progress from it; numbering restarts under each; '整改情况：一是…' = measures.",
                      "report_date = the signature 2024-04-15, not the page's 2024-04-18 line (R41); '（责编：…）' is chrome; the 来源 newspaper is not the issuer (R38)."])


# ================================================================ 07 dates and parties in prose: a central enterprise's report on a 督察 (.docx)
# Layout modelled on https://news.record.hk/lohas/2020/05/16/15362.html (生态环境部 4月例行新闻发布会: '顺利完成对上海…和中国五矿、中国化工
# 等两家中央企业的督察进驻。经党中央、国务院批准，5月8日至12日，各督察组对督察对象进行了反馈…此次反馈采取书面形式，点对点向被督察对象
# 移交督察报告…督促指导其在30个工作日内研究制定整改方案'), written as one inspected central enterprise's full report on its rectification,
# every date and party in prose: the stationing ('进驻…督察进驻结束'), the batch's feedback window, its own written feedback day, the
# plan's deadline and approval, and the signature.
def doc07():
    stem = "w15_07_enterprise_ducha_prose_dates_docx"
    W = {"done": "已完成", "in_progress": "持续推进"}
    C1, C2 = "生态环境保护责任落实方面", "突出生态环境问题方面"
    probs = [
        P(1, C1, "集团公司对生态环境保护工作重视不够，对所属企业环保工作督促指导不力", ["集团公司党委会、董事会每季度专题研究生态环境保护工作", "修订《集团公司生态环境保护责任制规定》，明确38个岗位环保职责", "对所属企业主要负责人开展环保履职约谈12人次"], "done", ["集团公司安全环保部", "集团公司党委组织部"], "2020年12月底前"),
        P(2, C1, "环保考核“宽松软”，考核结果与薪酬奖惩挂钩不紧", ["将生态环境保护指标在所属企业负责人经营业绩考核中的权重提高到15%", "对发生环境违法问题的3家企业领导班子扣减年度绩效"], "done", ["集团公司人力资源部", "集团公司安全环保部"], "2020年12月底前"),
        P(1, C2, "所属青阳化工公司长期超标排放，废水处理设施运行不正常", ["投资2.3亿元实施废水处理设施提标改造", "安装废水在线监测设备并与地方生态环境部门联网", "对相关责任人给予党纪政务处分4人"], "done", ["青阳化工有限公司"], "2021年6月底前"),
        P(2, C2, "所属企业危险废物非法转移处置问题突出", ["对所属企业危险废物产生、贮存、转移、处置全过程开展专项排查", "追回非法转移危险废物1.2万吨并依法处置", "建立危险废物全流程信息化管理平台"], "done", ["集团公司安全环保部", "各所属化工企业"], "2020年12月底前"),
        P(3, C2, "部分化工园区企业环境风险防控措施不到位", ["对14家园区企业开展环境风险评估", "新建事故应急池9座，总容积3.6万立方米"], "in_progress", ["青阳化工有限公司", "南湾石化有限公司"], "2021年12月底前"),
        P(4, C2, "部分企业挥发性有机物无组织排放问题突出", ["对所属企业储罐、装卸、污水处理等环节实施密闭收集改造", "开展泄漏检测与修复，检测密封点12.4万个"], "done", ["南湾石化有限公司", "青阳化工有限公司"], "2020年12月底前"),
        P(5, C2, "所属企业建设项目环评“未批先建”问题仍有发生", ["对所属企业2015年以来建设项目环评手续开展全面清查", "对“未批先建”的3个项目停工整改并补办手续", "将环评手续纳入集团公司投资项目决策前置审核"], "done", ["集团公司投资管理部", "集团公司安全环保部"], "2020年12月底前"),
        P(6, C2, "所属矿山企业生态修复滞后，尾矿库环境隐患突出", ["编制尾矿库“一库一策”治理方案", "完成尾矿库闭库治理3座", "完成矿区生态修复面积426公顷"], "in_progress", ["青岚矿业有限公司"], "2022年6月底前"),
    ]
    title = "中国青岚化工集团有限公司关于第二轮中央生态环境保护督察整改落实情况的报告"
    blocks = [("title", title),
              ("p", "2019年7月14日，中央第六生态环境保护督察组进驻中国青岚化工集团有限公司，对集团公司开展第二轮第一批中央生态环境保护例行督察，8月14日督察进驻结束。督察期间，"
                    "督察组深入集团公司总部和9家所属企业开展下沉督察，调阅资料1.3万余份，个别谈话86人次。受新冠肺炎疫情影响，本批督察反馈采取书面形式，于2020年5月8日至12日集中进行。"
                    "经党中央、国务院批准，2020年5月10日，督察组以书面形式向集团公司点对点移交了督察报告、生态环境损害责任追究问题清单及案卷，反馈了督察意见。"),
              ("p", "按照《中央生态环境保护督察工作规定》要求，集团公司在收到督察报告后30个工作日内研究制定了整改方案，经2020年6月19日集团公司党委会、董事会审议通过后，按程序报送党中央、国务院，"
                    "并于2020年7月3日向社会公开。现将整改落实情况报告如下。"),
              ("h", "一、整改工作总体情况"),
              ("p", "集团公司党委把督察整改作为重大政治任务，成立由党委书记、董事长任组长，总经理任常务副组长的督察整改工作领导小组，下设办公室在安全环保部。"
                    "2020年5月15日、6月12日和9月25日，集团公司党委会先后3次专题研究督察整改工作；领导小组建立“月调度、季通报、年考核”工作机制，对整改进度滞后的4家所属企业下发督办通知。"
                    "集团公司纪检监察组把督察整改纳入政治监督重点，对整改不力的2名企业负责人进行问责；集团公司审计部对整改资金使用情况开展专项审计，确保资金专款专用、发挥效益。"),
              ("p", "截至2021年5月31日，督察反馈问题24个，已完成整改19个，其余5个正在按序时推进；整改方案确定的整改措施76项，已完成65项；制定修订生态环境保护制度22项。"
                    "督察组移交的生态环境损害责任追究问题，已追责问责47人。整改期间，集团公司累计投入环保治理资金18.6亿元，所属企业主要污染物排放总量较2019年下降23.4%。"),
              ("p", "集团公司坚持把督察整改与深化企业改革、推动绿色转型结合起来。一是推进产业结构调整，关停退出高耗能、高排放落后装置7套，压减落后产能84万吨；二是实施清洁生产改造，"
                    "所属企业单位产品综合能耗较2019年下降9.6%；三是健全环境管理体系，建成覆盖集团公司、二级企业、生产厂区三级的环境监测监控平台，实现重点排污单位在线监测全覆盖。"
                    "集团公司还邀请地方生态环境部门、周边社区居民代表参与整改成效评估，召开企业开放日活动6场，主动接受社会监督。"),
              ("h", "二、督察反馈问题整改落实情况")]
    last, k = None, 0
    for p in probs:
        if p.cat != last:
            k += 1
            blocks.append(("h", f"（{cn(k)}）{p.cat}"))
            last = p.cat
        blocks.append(("p", f"{p.seq}.{p.title}。"))
        blocks.append(("p", "责任单位：" + "、".join(p.units) + "；整改时限：" + p.deadline + "。"))
        mt = p.mtext()
        recount_block(mt, r"[一二三四五六七八九十]+是", shi_count(p), p.title)
        blocks.append(("p", "整改进展：" + mt))
        blocks.append(("p", "完成情况：" + W[p.status] + "。"))
    blocks += [("h", "三、下一步工作安排"),
               ("p", "集团公司将坚持目标不变、标准不降、力度不减，对持续推进的5个问题，逐项明确阶段目标和责任人，确保在整改时限内全部完成；对已完成整改的问题，按照“谁销号、谁负责”原则开展“回头看”，"
                     "防止问题反弹。集团公司将把督察整改与“十四五”绿色低碳转型发展结合起来，加快淘汰落后产能，推进所属化工企业搬迁入园，以生态环境高水平保护推动企业高质量发展，努力建设世界一流的绿色化工企业，为打好污染防治攻坚战作出应有贡献。"),
               ("p", "集团公司将于2021年7月底前将本报告在集团公司门户网站向社会公开，接受社会监督。联系人：集团公司安全环保部；联系电话：010-6XXXXXXX。"),
               ("p", "特此报告。"),
               ("pr", "中国青岚化工集团有限公司"),
               ("pr", "2021年6月18日")]
    write_docx(stem, blocks, header="中国青岚化工集团有限公司")
    finish(stem, kind="bulletin", title=title, issuer="中国青岚化工集团有限公司", date="2021-06-18",
           insp=["中央第六生态环境保护督察组", "中国青岚化工集团有限公司", "2019-07-14", "2019-08-14", "2020-05-10"],
           headline={"problems_total": 24, "problems_done": 19, "measures_total": 76, "measures_done": 65, "rules_made": 22}, probs=probs, koi=7,
           anomalies=["Dates and parties in prose: start = the 进驻 day 2019-07-14 (R52), end = '8月14日督察进驻结束' (R54, the year from the start); feedback = this body's own written feedback day 2020-05-10, not the batch's window '2020年5月8日至12日' (R55).",
                      "Distractor dates: 2020-06-19 (plan approved), 2020-07-03 (plan published), 2020-05-15 / 06-12 / 09-25 (meetings), 2021-05-31 (cut-off), '2021年7月底前' (publication), '30个工作日内'.",
                      "inspected = the enterprise the 督察组 '进驻' (R47), the same as the issuer (signature).",
                      "Each problem: '1.title。' / '责任单位：A、B；整改时限：…。' (units split on 、, R101; deadline as written) / '整改进展：一是…' (measures) / '完成情况：已完成。' -> done, '持续推进。' -> in_progress.",
                      "Headline 24 problems / 19 done / 76 measures / 65 done / 22 rules; 9 enterprises, 1.3万 documents, 7 装置, 84万吨, 9.6%, 6 开放日, 86 talks, 3 meetings, 4 enterprises, 2/47 people, 18.6亿元, 23.4% and figures inside measures are distractors; 8 of the 24 are listed (2 under the first heading, 1–6 under the second)."])


# ================================================================ 08 county audit bureau's report with its 附件 problem list on ONE sheet (.xlsx)
# Layout modelled on http://sjt.gxzf.gov.cn/zwgk/fdzdgknr/sjfb/qqsjjg/t18380467.shtml (广西审计厅 全区审计机关审计结果: '累计完成审计项目
# 1790个，查出问题金额3114.93亿元。审计促进整改落实有关问题金额752.17亿元…提出建议7206条，被采纳6680条；被审计单位建立健全规章制度和
# 制定整改措施1664项'; '文件下载: 关联文件:'), written as one county audit bureau's full report on the rectification of the problems it
# found, the report text and, below it on the same sheet, the 附件 清单 with category rows.
def doc08():
    stem = "w15_08_county_audit_report_one_sheet_xlsx"
    S = {"done": "已整改", "in_progress": "整改中"}
    C1, C2, C3, C4 = "财政预算管理方面", "部门预算执行方面", "重点民生资金方面", "国有资产和政府投资项目方面"
    probs = [
        P(1, C1, "县财政局未按规定将政府性基金预算结转资金调入一般公共预算", ["已将结转资金2846万元调入一般公共预算统筹使用"], "done", ["县财政局"], "2024年3月31日前", style="num"),
        P(2, C1, "部分非税收入未及时足额缴入国库", ["已督促相关单位缴库非税收入618.3万元", "建立非税收入征缴月对账制度"], "done", ["县财政局", "县自然资源局"], "2024年3月31日前", style="num"),
        P(3, C1, "预算绩效目标设置不科学，部分项目绩效目标未细化量化", ["对2024年县级预算项目绩效目标逐项审核，退回修改项目43个", "开展预算绩效管理业务培训2期"], "done", ["县财政局"], "2024年6月30日前", style="num"),
        P(4, C2, "县农业农村局超标准列支会议费、培训费", ["已调整账务并收回超标准列支资金8.72万元", "修订单位会议费、培训费管理办法"], "done", ["县农业农村局"], "2024年3月31日前", style="num"),
        P(5, C2, "县城市管理局部分政府采购项目化整为零规避公开招标", ["对涉及的4个采购项目重新履行采购程序", "对相关责任人进行诫勉谈话", "建立政府采购项目事前审核制度"], "done", ["县城市管理局"], "2024年4月30日前", style="num"),
        P(6, C3, "城乡居民基本医疗保险重复参保、重复享受待遇", ["已清理重复参保人员1326人，追回重复报销资金21.4万元", "与省级平台建立参保信息比对机制"], "done", ["县医疗保障局"], "2024年4月30日前", style="num"),
        P(7, C3, "困难群众救助资金向不符合条件人员发放", ["追回违规发放救助资金12.6万元", "对全县救助对象开展动态复核"], "done", ["县民政局", "各乡镇人民政府"], "2024年3月31日前", style="num"),
        P(8, C3, "高标准农田建设项目部分工程未按设计施工", ["已督促施工单位返工整改沟渠3.8公里", "核减工程价款56.7万元"], "in_progress", ["县农业农村局"], "2024年9月30日前", style="num"),
        P(9, C4, "县城投公司部分经营性资产长期闲置", ["已盘活闲置门面房32间，年增加租金收入48万元", "剩余闲置资产正在制定处置方案"], "in_progress", ["县城投公司"], "2024年12月31日前", style="num"),
        P(10, C4, "县第一人民医院门诊楼建设项目超概算、未办理竣工决算", ["已按程序报批调整概算", "竣工决算审计正在进行"], "in_progress", ["县卫生健康局", "县第一人民医院"], "2024年12月31日前", style="num"),
        P(11, C4, "行政事业单位固定资产账实不符", ["已开展资产清查，补登入账资产392.5万元，按程序核销报废资产74.1万元"], "done", ["县财政局", "各行政事业单位"], "2024年6月30日前", style="num"),
        P(12, C4, "县水务集团对外出借资金未履行集体决策程序", ["已收回出借资金1200万元及利息", "修订公司“三重一大”决策制度实施细则"], "done", ["县水务集团"], "2024年4月30日前", style="num"),
        P(13, C4, "城区道路改造工程多计工程量", ["已核减工程结算价款87.3万元", "对造价咨询机构扣减服务费并通报"], "done", ["县住房和城乡建设局"], "2024年5月31日前", style="num"),
        P(14, C4, "乡镇污水处理设施建成后运行不正常", ["已委托第三方公司统一运营维护7座乡镇污水处理站", "配套管网完善工程正在施工"], "in_progress", ["县住房和城乡建设局", "相关乡镇人民政府"], "2024年10月31日前", style="num"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "审计整改报告"
    title = "青溪县审计局关于2023年度审计查出问题整改情况的报告"
    paras = [title,
             "县人民政府：",
             "2023年1至12月，县审计局共完成审计（调查）项目21个，查出主要问题金额3.87亿元，提出审计建议64条，被采纳61条。按照《中华人民共和国审计法》和县委审计委员会关于审计整改工作的部署要求，"
             "县审计局对2023年度审计查出问题的整改情况进行了跟踪检查，现将有关情况报告如下。",
             "一、整改工作总体情况",
             "截至2024年6月底，2023年度审计查出问题64个，已整改52个，正在整改12个；审计促进整改落实有关问题金额3.12亿元；被审计单位建立健全规章制度23项，制定整改措施148项。"
             "对审计发现的问题线索，已移送县纪委监委3件，有关部门已立案查处2件。",
             "二、整改工作主要做法",
             "一是压实整改责任。县政府常务会议2次专题研究审计整改工作，县政府主要领导对重大问题整改亲自过问、亲自督办；各被审计单位主要负责人切实履行整改第一责任人职责，制定整改方案，建立整改台账，实行对账销号。"
             "二是强化跟踪督促。县审计局建立审计整改“清单化、台账化、销号化”管理机制，对整改进度滞后的5个单位下发督促整改通知书，对2个单位主要负责人进行提醒约谈。"
             "三是加强贯通协同。县审计局与县纪委监委、县委巡察办、县人大常委会预算工作委员会建立审计整改联动机制，将审计整改情况纳入巡察监督和人大预算监督内容，形成监督合力。",
             "四是推动标本兼治。针对审计中反复出现的预算绩效管理不到位、政府采购不规范、民生资金发放审核不严等问题，县审计局向县政府报送审计专报4份，推动县财政局、县医疗保障局、县民政局等部门开展专项治理，"
             "从制度层面堵塞漏洞，防止屡审屡犯。",
             "从整改成效看，通过审计整改，全县财政资金统筹力度进一步加大，盘活存量资金2846万元统筹用于教育、医疗、养老等民生领域；民生资金监管进一步加强，建立医保、民政、人社等部门数据共享比对机制，"
             "从源头上防止重复享受待遇、违规领取补助等问题；国有资产管理进一步规范，县属国有企业全面建立资产台账和出租招租公开制度，行政事业单位资产账实相符率提高到98%以上。"
             "审计整改推动完善的制度中，涉及预算管理的7项、政府采购的5项、国有资产管理的6项、民生资金管理的5项，审计监督的建设性作用进一步发挥。",
             "三、尚未整改到位问题的原因及下一步安排",
             "截至目前，仍有12个问题正在整改中，主要原因：一是部分问题涉及项目概算调整、竣工决算等程序，整改周期较长；二是部分资产处置需履行评估、公开招租等程序；三是个别单位整改主体责任落实不够到位。"
             "下一步，县审计局将对正在整改的问题实行跟踪督办，逐项明确整改时限，整改一个、销号一个；对整改不力、敷衍整改的，依规依纪移送有关部门追责问责；同时将审计整改情况纳入年度绩效考核，推动审计整改与预算安排、干部考核、责任追究相结合，切实做好审计“下半篇文章”，以审计整改实效促进全县经济社会高质量发展。",
             "审计查出的主要问题及整改情况见附件。",
             "附件：青溪县2023年度审计查出主要问题整改情况清单",
             "青溪县审计局",
             "2024年7月8日",
             None,
             "附件",
             "青溪县2023年度审计查出主要问题整改情况清单"]
    r = 1
    for t in paras:
        if t is not None:
            ws.cell(row=r, column=1, value=t)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
        r += 1
    ws.cell(row=1, column=1).font = Font(bold=True, size=16)
    for j, h in enumerate(["序号", "审计查出问题", "整改责任单位", "整改时限", "整改措施", "整改状态"], 1):
        ws.cell(row=r, column=j, value=h).font = Font(bold=True)
    r += 1
    last, k = None, 0
    for p in probs:
        if p.cat != last:
            k += 1
            ws.cell(row=r, column=1, value=f"{cn(k)}、{p.cat}")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            last = p.cat
        cell = p.mtext("\n")
        recount_block(cell, r"(?m)^\d+\.", len(p.measures) if len(p.measures) > 1 else 0, p.title)
        for j, v in enumerate([p.seq, p.title, "、".join(p.units), p.deadline, cell, S[p.status]], 1):
            ws.cell(row=r, column=j, value=v).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    ws.cell(row=r, column=1, value="注：本清单列示2023年度审计查出的主要问题14个，整改状态截至2024年6月30日。")
    for col, w in zip("ABCDEF", (8, 40, 20, 16, 50, 10)):
        ws.column_dimensions[col].width = w
    wb.save(OUT / f"{stem}.xlsx")
    finish(stem, kind="bulletin", title=title, issuer="青溪县审计局", date="2024-07-08",
           insp=["青溪县审计局", None, None, None, None],
           headline={"problems_total": 64, "problems_done": 52, "measures_total": 148, "rules_made": 23}, probs=probs, koi=[1, 6],
           anomalies=["Workbook (.xlsx) with ONE sheet: the report text one paragraph a merged row, then (after the signature) '附件' and the 清单 table: report body + problems in the attachment (issue 10 kind 1).",
                      "(NEW) the table's category rows ('一、财政预算管理方面' merged over the row) are the categories (without 一、); 序号 runs on across categories (1…14).",
                      "Columns: 审计查出问题 = title; 整改责任单位 split on 、 (R102); 整改时限 = deadline as written; 整改措施 = measures ('1.…' lines, one undivided cell = 1); 整改状态 '已整改' -> done, '整改中' -> in_progress.",
                      "Headline wording '审计查出问题64个，已整改52个' -> 64 / 52; '制定整改措施148项' -> measures_total 148 (no done count); 23 rules; 21 projects, 3.87/3.12亿元, 64 suggestions (a coincidence with the 64 problems) / 61 adopted, 12 unfinished, 3/2 clues, 2 meetings, 5/2 units, 4 专报, 2846万元, 98%, the 7/5/6/5 rules by field (they sum to 23, R69) are distractors; the 注 '主要问题14个' counts the listed rows.",
                      "Inspector = the audit bureau (R46); inspected null (many audited bodies); no period or feedback date."])


# ================================================================ 09 city 督察 整改 report: organisation, then 整改任务 '任务N：' in the middle, next steps last (.pdf)
# Layout modelled on https://ep.ycwb.com/epaper/ycwb/html/2023-02/10/content_4_553519.htm (羊城晚报: 第二轮中央生态环境保护督察整改方案全部
# 公开 — '整改方案共明确整改任务2164项…截至2022年年底，已完成1275项…整改方案围绕督察反馈意见研究确定整改目标、主要任务和具体措施，并逐一
# 明确责任单位和完成时限，实行拉条挂账、督办落实、办结销号'), written as one city's full report on carrying out its share of such a plan:
# 一、 organisation, 二、 the tasks '任务N：' with 整改目标 / 责任单位 / 完成时限 / 进展情况 and a 办结 tag, 三、 next steps.
def doc09():
    stem = "w15_09_city_plan_tasks_report_pdf"
    TAG = {"done": "（已办结销号）", "in_progress": "（序时推进）"}
    C1, C2 = "水生态环境保护方面", "大气和土壤污染防治方面"
    probs = [
        P(3, C1, "城市建成区雨污分流改造滞后，汛期污水溢流问题突出", ["完成城市建成区雨污分流改造片区26个，新建改造管网187公里", "建成污水调蓄池4座，总容积6.2万立方米", "汛期溢流次数较整改前下降72%"], "done", ["市住房和城乡建设局", "市水务局"], "2022年12月底前"),
        P(5, C1, "部分饮用水水源保护区内仍有违法建设项目", ["拆除水源保护区内违法建筑41处", "关闭搬迁排污口6个", "完成水源地规范化建设"], "done", ["市生态环境局", "相关县（市、区）人民政府"], "2022年6月底前"),
        P(8, C1, "工业园区污水集中处理设施进水浓度偏低，管网错接混接", ["排查整改园区管网错接混接点位213处", "园区污水处理厂进水COD浓度提高到260毫克/升"], "in_progress", ["市工业和信息化局", "各工业园区管委会"], "2023年12月底前"),
        P(11, C1, "湖库蓝藻水华防控压力大，入湖河流总氮浓度偏高", ["实施入湖河流综合整治工程12项", "建设生态缓冲带38公里"], "in_progress", ["市水务局", "市农业农村局"], "2024年12月底前"),
        P(14, C2, "钢铁、水泥等行业超低排放改造进度滞后", ["完成钢铁企业超低排放改造3家、水泥企业深度治理7家", "对未按期完成改造的企业实施错峰生产"], "done", ["市生态环境局", "市工业和信息化局"], "2022年12月底前"),
        P(17, C2, "柴油货车污染管控不到位，非道路移动机械监管薄弱", ["淘汰国三及以下排放标准柴油货车2860辆", "完成非道路移动机械编码登记1.1万台"], "done", ["市公安局", "市生态环境局", "市交通运输局"], "2022年12月底前"),
        P(19, C2, "城市扬尘污染管控不严，部分建筑工地未落实抑尘措施", ["全市在建工地全面落实“六个百分之百”扬尘防控措施", "安装扬尘在线监测和视频监控设备342套", "对违规工地立案查处56起"], "done", ["市住房和城乡建设局", "市城市管理局"], "2022年6月底前"),
        P(20, C2, "部分受污染耕地安全利用措施落实不到位", ["落实受污染耕地安全利用面积8.6万亩"], "in_progress", ["市农业农村局"], "2023年12月底前"),
    ]
    title = "青溪市贯彻落实第二轮中央生态环境保护督察整改方案进展情况的报告"
    blocks = [("title", title),
              ("p", "中央第二生态环境保护督察组于2021年8月26日至9月26日对青川省开展了第二轮中央生态环境保护督察，并于2021年12月8日向青川省委、省政府反馈了督察意见。"
                    "按照《青川省贯彻落实第二轮中央生态环境保护督察报告整改方案》，我市承担整改任务29项。根据省督察整改办要求，现将我市整改方案落实进展情况报告如下。"),
              ("h", "一、整改工作组织推进情况"),
              ("p", "市委、市政府坚决扛起督察整改政治责任，成立由市委书记、市长任双组长的督察整改工作领导小组，制定《青溪市贯彻落实第二轮中央生态环境保护督察报告整改方案的实施方案》，"
                    "围绕督察反馈意见确定整改目标、主要任务和具体措施，逐一明确责任单位和完成时限，实行拉条挂账、督办落实、办结销号。市级领导按照分工领衔督办整改任务，"
                    "市督察整改办实行“一月一调度、一季一通报”，先后开展现场督导5轮，对进度滞后的3个县（市、区）和2个部门发出督办函，对1个县政府分管负责同志进行约谈。"),
              ("p", "市纪委监委把督察整改纳入政治监督重点内容，对整改不力、敷衍整改的严肃追责问责，共问责党员干部21人。市人大常委会、市政协分别组织开展督察整改专题视察和民主监督，"
                    "推动重点难点问题解决。坚持信息公开，在《青溪日报》、市政府门户网站开设“督察整改进行时”专栏，及时公开整改进展，累计发布整改信息286条，接受社会监督。"),
              ("p", "截至2023年12月底，我市承担的29项整改任务已完成22项，其余7项正在按序时推进，完成率75.9%；建立完善生态环境保护制度14项。整改期间，全市累计实施整改工程项目117个，完成投资68.4亿元。"
                    "2023年全市PM2.5平均浓度为29微克/立方米，较2020年下降14.7%；国省考断面水质优良比例达到94.1%，较2020年提高11.8个百分点。"),
              ("p", "在整改推进中，我市坚持“当下改”与“长久立”相结合，统筹推进督察整改与长江保护修复、城市黑臭水体治理、重污染天气消除等攻坚行动，出台《青溪市生态环境保护督察整改销号管理办法》，"
                    "严格落实“自验、初验、验收、公示、销号”程序，对已完成的整改任务逐项组织验收，做到完成一项、验收一项、销号一项；对验收中发现整改不彻底的2项任务退回责任单位重新整改。"
                    "同时，建立整改任务责任单位“自评＋第三方评估”机制，委托第三方机构对整改成效进行评估，确保整改经得起历史和人民检验。"),
              ("h", "二、重点整改任务完成情况")]
    last, k = None, 0
    for p in probs:
        if p.cat != last:
            k += 1
            blocks.append(("h", f"（{cn(k)}）{p.cat}"))
            last = p.cat
        blocks.append(("p", f"任务{p.seq}：{p.title}{TAG[p.status]}"))
        blocks.append(("p", "整改目标：" + {"done": "按期完成整改任务，问题得到根本解决，建立长效管理机制。", "in_progress": "按照整改方案确定的时限完成整改，阶段性目标按期实现。"}[p.status]))
        blocks.append(("p", "责任单位：" + "、".join(p.units)))
        blocks.append(("p", "完成时限：" + p.deadline))
        mt = p.mtext()
        recount_block(mt, r"[一二三四五六七八九十]+是", shi_count(p), p.title)
        blocks.append(("p", "进展情况：" + mt))
    blocks += [("h", "三、存在的问题和下一步工作"),
               ("p", "我市督察整改工作虽然取得了阶段性成效，但仍存在一些问题：一是部分整改任务涉及工程建设，受资金、用地等因素制约，推进速度不够快；二是个别县（市、区）对督察整改的长期性、艰巨性认识不足，"
                     "存在松劲懈怠思想；三是部分已完成整改的问题长效管护机制还不够健全，存在反弹风险。"),
               ("p", "下一步，我市将坚持目标不变、标准不降、力度不减，持续推进督察整改。一是对序时推进的7项任务，实行挂图作战、倒排工期，确保按期完成。二是对已办结销号的22项任务，"
                     "组织开展“回头看”，坚决防止问题反弹。三是坚持精准治污、科学治污、依法治污，深入打好蓝天、碧水、净土保卫战，推动全市生态环境质量持续改善。"),
               ("pr", "青溪市生态环境保护督察整改工作领导小组"),
               ("pr", "2024年1月12日")]
    write_pdf(stem, blocks)
    finish(stem, kind="bulletin", title=title, issuer="青溪市生态环境保护督察整改工作领导小组", date="2024-01-12",
           insp=["中央第二生态环境保护督察组", "青川省", "2021-08-26", "2021-09-26", "2021-12-08"],
           headline={"problems_total": 29, "problems_done": 22, "rules_made": 14}, probs=probs, koi=2,
           anomalies=["PDF from Word. 一、 (organisation) comes first; the tasks are in the MIDDLE section 二、 under （一）（二）…方面 categories; 三、 shortcomings and next steps (一是…三是, not measures).",
                      "(NEW) 整改任务 items 'N：title（已办结销号）' under a '任务' label: seq = the task number as printed (3, 5, 8, 11, 14, 17, 19, 20 — only the key tasks of the plan's 29 are listed, gaps kept, R75); title = the statement without the closing status tag; '（已办结销号）' -> done, '（序时推进）' -> in_progress; '整改目标：' is a generic target, not a measure; '责任单位：' split on 、; '完成时限：' = deadline; '进展情况：一是…' = measures (an undivided sentence = 1).",
                      "Headline: tasks of a 督察 整改方案 are problems (R63): '承担整改任务29项…已完成22项' -> 29 / 22; 14 rules; 7 unfinished, 75.9%, 5 rounds, 3/2/1 bodies, 2 tasks sent back, 21 people, 286 items, 117 projects, 68.4亿元, 29微克 (a coincidence with 29 tasks), 14.7%, 94.1%, 11.8 are distractors.",
                      "Inspection: the 督察组 and the province it inspected (青川省, R47); the city reports on its share. Signature: the city's 督察整改工作领导小组 (issuer) and 2024-01-12."])


if __name__ == "__main__":
    only = sys.argv[1:]
    for name in sorted(k for k in list(globals()) if re.fullmatch(r"doc\d\d", k)):
        if only and name not in only:
            continue
        globals()[name]()
        print("made", name)
    print(len(ALL), "documents; every truth value re-found, every measure count checked twice")
