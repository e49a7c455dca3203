"""Generate blind held-out set 17 (written by helper writer17, session 19, 2026-12-06): eight FULL-LENGTH documents in nine
files (03 is 02's report and table again as a workbook, as the brief asks for (b) in .docx and .xlsx) + truths.

All bodies, people, places and figures are invented for testing (东川省, 枫林市, 桐溪区 … do not exist). Each document's
layout (structure, headings, numbering, field labels, wording habits, where the problems sit) is modelled on one real
page found with the search tool (corpus pages); the page's address is named in the comment above each docNN function.
writer17 did not read the parser (zhenggai/importer/**, tests/importer/*.py other than the shared blindwritten_kit.py
named in the brief) and did NOT run it on this set (the lead scores it; so there is no FIRST_RUN file).
Every page named here is absent from blindwritten/ … blindwritten14/ make.py and READMEs and from writer15's and writer16's
make.py of the moment (checked by url key: host+path+query, lower case, scheme, www., :80, #… and trailing / dropped,
percent-decoded). Five were labelled before in tests/importer/real as ~2,000-byte excerpts or snippets (blind2
taizhou_weijian_bulletin, blind8 hbust_feedback_six_units, blind3 xuancheng_hospital_trad, snippets10
liaozhong_six_rounds_1157, blind2 boxing_hospital_bulletin), never as full-length written documents; three are new to
the project (xcx.gov.cn, epaper.qlwb.com.cn, p2.ttnews.xyz). The bodies, sections after the first lines, problems,
figures and formats here are writer17's own.
Run from the worktree root:  .venv/bin/python tests/importer/blindwritten17/make.py   (needs soffice for .pdf)

Counted twice (three times): every measure_count from the data (len of the measure list, the kit's Prob, which also recounts its own
rendering) and by a regex recount over the rendered text of that problem (recount_block); make.py refuses to write
when they differ; and a third time over the written file read back (recount_file: each problem's segment from its title
to the next title, 一是… or '1.' items; checked to catch a perturbed count in 03, 05, 06). Every non-null truth value is re-found in the document's own text read back from the written file
(check_refound). Every document is complete (doc09 is complete up to its cut) and at least 2,500 characters without
whitespace.

Queries run (pages corpus): 巡视整改进展情况的通报 （一）关于 的问题 整改情况 集团公司党委; 中央生态环境保护督察反馈意见整改落实情况
附件 序号 反馈问题 整改目标 整改措施 责任单位 整改时限 整改进展; 大学党委 巡视整改进展情况通报 建立健全长效机制 1. 2. 整改情况;
医院党委 巡察整改进展情况的通报 整改情况 表格; 审计发现问题整改情况的报告 万元 审计发现问题 整改情况 已整改; 区委巡察办 本轮巡察
反馈问题 个 已整改 个 整改率 巡察整改情况; 整改任务 验收销号 公示 整改任务 整改目标 责任单位 验收意见 同意销号; 部党组关于十九届中央
巡视整改进展情况的通报 二、巡视反馈问题整改落实情况 （一）关于 问题 整改情况; 省贯彻落实中央生态环境保护督察反馈意见整改情况 附件
整改任务清单 序号 整改进展 已完成 达到序时进度; 学校党委关于巡视整改进展情况的通报 三、巡视反馈问题整改情况 四、建立健全长效机制;
大学党委关于巡察整改进展情况的通报 （一） 1. 2. 3. 整改情况 五、建立长效机制 学院; 审计发现问题整改情况 审计发现问题 整改情况
已上缴财政 万元 已整改到位 被审计单位; 督察反馈问题整改销号公示 问题名称 整改措施 整改完成情况 公示期 监督电话; 关于审计发现问题
整改情况的公告 存在问题 整改情况 涉及金额 万元 已全部整改; 中央环保督察反馈问题整改完成情况公示 第 项 整改目标 整改措施 完成情况
验收单位; 问题整改销号公示 问题编号 问题描述 整改情况 验收结论 公示时间.
Declined (layout already modelled by blindwritten…14 or by writer15/16): czs2y.com.cn (bw13), saintpaulhem.com (bw13),
deaufficio.com (bw11), mech.ycit.edu.cn (bw13), seowindows.com (bw13), yichang.gov.cn (bw3), ruijin.gov.cn, cixird.gov.cn,
m.ilynn.cn, nzgx.org, 0551qiaojia.com, jw.km.gov.cn (bw14's declined list), puupupc.cn, qdpoker.com, gztusheng.com,
ep.ycwb.com, m.csgzkj.com, m.chinacrane.net, zzb.aqnu.edu.cn, sjt.gxzf.gov.cn (writer15/16); audit WORK reports
(gdcy.gov.cn, m.cc774.com, silkroad.news.cn: no rectification layout); news of meetings, launches and feedback with no
rectification layout (bar347, www769655, mayaimage, chinanews, blcu, jschina, cqu, iazzy, scriptsandjava, kami-original,
imnu, zzu, sysu, cjckcn, 17huanbao, luoshan, shcymc, cnhan, fqhxf, furfurals, jianshi.cjyun, jx.7310413) and spam or
unrelated pages (zhetiaohe, abg.baidu, fengdujob, dawenxue, renrendoc, 21xqjy, sanmen, jianbiaoku, huangshan 办法).

Formats: .pdf via soffice (01, 07), .docx (02 with a table attachment, 08 a two-column table), .xlsx (03: 02's report and
table as a workbook), UTF-8 .txt (04, 09), Word-saved .html with mso tables (05), GB18030 .txt with CRLF (06).
Kinds (issue 10's numbering, kind_of_issue in each truth): 01 -> 2, 02 -> 1 (and 6), 03 -> 1 (and 6), 04 -> 2 (and 6),
05 -> 2, 06 -> 6 (and 7), 07 -> 5 (and 7), 08 -> 3, 09 -> 2 (a cut copy).

Conventions followed (CONVENTIONS.md): '（一）关于…的问题' headings are the problems, seq = the (一) number, category = the
section heading above them (as blind2 taizhou_weijian_bulletin, the model page, was labelled), the plain '关于…的问题'
wrapper stripped (R86); tasks of a 督察 are problems (R63); status words (R93) — '达到序时进度' -> in_progress as
bw14 doc08's '序时推进'; table cells: 责任单位 split on 、 (R101, R102), 整改时限 as written (R106), '1.…' lines counted
(R96); one-task notice: one problem, seq = the task number, category = the row label '整改任务' (R14, R77, R83); a
meeting dateline under an audit rectification report is the report date (R42); audit report: inspector = the audit
office (R46, kind 7); a round summary: problems [] and inspector/inspected null over several groups and bodies, feedback
to several units on several days -> null (R19, R56, bw14 doc09); a copy cut mid-list: problems as far as printed, the
cut item labelled with the measures present, report_date from the 发布时间 line, excerpt true (R5, R24, R25, R40).
NEW calls (also in each truth's anomalies): doc 02/03 the table's 整改进展 column holds a status word first and the
progress text after it ('已完成。…' / '达到序时进度。…'): status from the word, measures from the 整改措施 column only (the
progress text is not counted); doc 05 category rows inside the table (a merged row '一、…方面'): category = that row
without its 一、; doc 08 the two-column table's row '整改措施及完成情况' holds the measures; doc 06 an item '审计发现问题：…'
+ '整改情况：…' where the 整改情况 paragraph ends with '已整改到位' / '部分整改' / '正在整改': done / in_progress /
in_progress; doc 08 the city's tally of its other tasks ('共31项，已完成整改24项，其中已验收销号17项') in a one-task notice is
not read as a headline (all null). Truths carry "excerpt" (false except doc09) beside the kit's keys.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import openpyxl

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/importer: the generators' shared kit
from blindwritten_kit import check_refound, cn, doc_text, mso_p, Prob, recount_block, shi_count, word_html, writers  # noqa: E402

save_truth, write_docx, write_pdf = writers(OUT)
P = Prob
MIN_LEN = 2500
ALL = []


def finish(stem, excerpt=False, end_marker=None, **kw):
    save_truth(stem, **kw)
    path = OUT / f"{stem}.truth.json"
    t = json.loads(path.read_text(encoding="utf-8"))
    t = {"excerpt": excerpt, **t}
    path.write_text(json.dumps(t, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    check_refound(OUT, stem, False, MIN_LEN)
    if kw.get("probs"):
        recount_file(stem, end_marker)
    ALL.append(stem)


def recount_file(stem, end_marker):
    """A third count, over the written file read back: each problem's segment runs from its title to the next problem's
    title (the last to end_marker, or the end of the text); its 一是… or '1.' items are counted there, and 0 hits = one
    undivided paragraph."""
    path = next(p for p in OUT.glob(stem + ".*") if not p.name.endswith(".json"))
    text = re.sub(r"\s+", "", doc_text(path))
    t = json.loads((OUT / f"{stem}.truth.json").read_text(encoding="utf-8"))
    pos, at = [], 0
    for p in t["problems"]:
        i = text.index(re.sub(r"\s+", "", p["title"]), at)
        pos.append(i)
        at = i + 1
    stop = text.index(end_marker, pos[-1]) if end_marker else len(text)
    for k, p in enumerate(t["problems"]):
        seg = text[pos[k] + len(re.sub(r"\s+", "", p["title"])):pos[k + 1] if k + 1 < len(pos) else stop]
        seg = re.sub(r"\d+\.(审计发现问题：)?$", "", seg)  # the next item's own number and label
        n = len(re.findall(r"[一二三四五六七八九十]是", seg)) or len(re.findall(r"(?<![\d.])\d+\.(?!\d)", seg)) or 1
        assert n == p["measure_count"], (stem, p["title"], n, p["measure_count"])


# ================================================================ 01 state company: '（一）关于…的问题' headings in the SECOND section, 整改落实情况 paragraphs (.pdf)
# Layout modelled on https://wjw.taizhou.gov.cn/xwzx/tzgg/art/2025/art_fb7bec63652c4d44aab7a830fe2a7dce.html (市卫生健康委: lead
# '市委第四巡察组于2024年7月9日至9月14日对市卫生健康委党组开展了巡察，并于2025年1月17日进行了反馈…现将巡察整治情况予以公布'; 一、整改工作
# 组织情况 （一）坚持以上率下… （二）坚持问题导向… '6个方面18个突出问题…164项整改措施' （三）坚持系统施策…; 二、整改落实情况
# （一）关于“职能作用发挥不充分”问题的整改 整改落实情况：一是…), written as a provincial state company's full bulletin on a
# 省委巡视, with the problems as '（一）关于…的问题' and a closing figures section and next steps.
def doc01():
    stem = "w17_01_state_company_guanyu_headings_pdf"
    CAT = "巡视反馈问题整改落实情况"
    probs = [
        P(1, CAT, "贯彻落实交通强省战略部署不够有力，重大项目推进滞后", ["集团党委会专题研究交通强省建设任务分解，明确2024年重点项目37个并逐项落实责任领导", "对进度滞后的枫桐高速、沿江货运通道等5个项目实行“一项目一专班”，2024年完成投资比上年增加18.6%", "建立重大项目月调度、季考核机制，将项目推进情况纳入所属企业负责人经营业绩考核"]),
        P(2, CAT, "服务全省综合立体交通网建设统筹不够，路网协同运营水平不高", ["编制集团路网协同运营三年行动方案", "整合所属3家运营公司的路况监测平台，实现全省高速路网数据统一调度"]),
        P(3, CAT, "国有资本布局优化不到位，非主业投资清理退出缓慢", ["全面梳理非主业投资项目22个，制定“一企一策”清理退出方案", "已完成8家非主业参股企业股权转让，回收资金4.37亿元", "修订集团投资管理办法，严格非主业投资负面清单管理"]),
        P(4, CAT, "防范化解债务风险措施不够有力，部分所属企业资产负债率偏高", ["制定集团债务风险防控专项方案，建立资产负债率红黄绿灯预警机制", "压降带息负债52.8亿元，集团平均融资成本下降0.41个百分点", "对资产负债率超过警戒线的4家企业实行重点监控"]),
        P(5, CAT, "工程建设领域廉洁风险防控不严，招标投标监管存在漏洞", ["开展工程建设领域突出问题专项治理，排查2020年以来招标项目146个", "上线集团电子招标采购平台，实现招标全流程线上留痕", "建立评标专家动态考评和不良行为记录制度", "向纪检监察机构移交问题线索6条"]),
        P(6, CAT, "违反中央八项规定精神问题仍有发生，个别企业超标准公务接待", ["对2021年以来所属企业公务接待费用开展专项检查，清退违规费用11.24万元", "修订集团公务接待管理规定，推行公务接待“一单一审”"]),
        P(7, CAT, "所属企业领导班子建设存在薄弱环节，个别班子配备不齐", ["调整充实所属企业领导班子9个，选配班子成员17名", "制定所属企业领导班子分析研判办法，每年开展一次综合研判"]),
        P(8, CAT, "基层党组织建设质量不高，党建与生产经营融合不够", ["开展基层党组织标准化规范化建设提升行动，整顿提升后进党支部11个", "在重点工程项目部推行“党建+安全”“党建+质量”工作法", "建立党支部书记抓党建述职评议全覆盖制度"]),
        P(9, CAT, "安全生产责任落实不够到位，在建项目安全隐患排查治理不彻底", ["开展在建项目安全生产隐患排查整治专项行动，排查整改隐患问题386项", "建立项目负责人带班检查和隐患整改“清单制”闭环管理机制", "对安全生产责任落实不力的2家施工单位予以通报并扣减信用分"]),
        P(10, CAT, "上轮巡视整改不到位，部分问题整改成效不明显", ["对上轮巡视反馈的14个问题逐项“回头看”，对整改不到位的3个问题重新建账", "将巡视整改成效评估结果纳入所属企业党建考核"]),
    ]
    title = "中共东川省交通投资集团有限公司委员会关于省委巡视整改进展情况的通报"
    blocks = [("title", title),
              ("p", "根据省委统一部署，2023年9月11日至11月10日，省委第四巡视组对东川省交通投资集团有限公司党委开展了常规巡视，并于2024年1月19日反馈了巡视意见。"
                    "按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。"),
              ("h", "一、整改工作组织情况"),
              ("p", "（一）坚持以上率下，压紧压实整改责任。集团党委坚决履行巡视整改主体责任，召开巡视整改专题民主生活会，班子成员逐一认领问题、深刻剖析根源。"
                    "成立由党委书记、董事长任组长，党委副书记、总经理任副组长，其他班子成员为成员的巡视整改工作领导小组，下设办公室具体负责日常工作。"
                    "党委书记切实履行第一责任人职责，先后主持召开党委会议、领导小组会议12次专题研究整改工作，带头领办重大项目推进、债务风险防控等重点整改任务。"),
              ("p", "（二）坚持问题导向，强化跟踪问效。集团党委围绕省委巡视反馈的5个方面21个具体问题，逐条研究制定96项整改措施，印发《巡视整改问题清单》《巡视整改任务清单》《巡视整改责任清单》，"
                    "逐一明确责任领导、牵头部门、配合单位和完成时限，实行台账管理、对账销号。领导小组办公室每半月调度一次整改进展，对进度滞后的2家所属企业和1个总部部门下发督办通知。"),
              ("p", "（三）坚持系统施策，力求标本兼治。集团党委把巡视整改与国有企业改革深化提升行动、与学习贯彻习近平新时代中国特色社会主义思想主题教育成果巩固结合起来，"
                    "既紧盯反馈问题逐项攻坚，又举一反三对所属企业开展同类问题排查，推动整改从“解决一个问题”向“解决一类问题”延伸。驻集团纪检监察组全程跟踪监督，"
                    "对整改不力的1名所属企业负责人进行约谈。"),
              ("h", "二、" + CAT)]
    for p in probs:
        blocks.append(("h", f"（{cn(p.seq)}）关于{p.title}的问题"))
        mt = p.mtext()
        recount_block(mt, r"[一二三四五六七八九十]+是", shi_count(p), p.title)
        blocks.append(("p", "整改落实情况：" + mt))
    blocks += [("h", "三、整改工作总体成效"),
               ("p", "截至2024年7月底，巡视反馈的21个具体问题已完成整改18个，其余3个问题正在按计划推进；96项整改措施已完成89项；建立完善制度32项。"
                     "巡视移交的问题线索已按规定全部办理，给予党纪政务处分4人，组织处理7人，挽回经济损失1260万元。"
                     "2024年上半年，集团完成交通投资186.3亿元，同比增长12.4%；营业收入达到214.7亿元，利润总额同比增长8.9%。"),
               ("p", "整改中，集团党委坚持开门整改，通过集团门户网站、内部刊物和职工代表大会通报整改进展，收集干部职工意见建议58条，均已分类办理并反馈。"
                     "集团坚持把巡视整改与服务全省交通强省建设结合起来，全年新开工高速公路项目4个、建成通车里程126公里，服务区新能源汽车充电设施实现全覆盖；"
                     "坚持把巡视整改与深化国有企业改革结合起来，完成所属企业压减层级、清理“空壳”公司等改革任务，所属企业管理层级压减至三级以内。"
                     "同时，集团党委坚持以案促改，召开警示教育大会2次，组织党员干部旁听职务犯罪案件庭审1次，编印违纪违法典型案例汇编，推动全体党员干部知敬畏、存戒惧、守底线。"),
               ("h", "四、下一步工作打算"),
               ("p", "集团党委将坚持目标不变、标准不降、力度不减，持续深化巡视整改。一是对尚未完成整改的3个问题，明确阶段目标和完成时限，实行销号管理，确保整改到位。"
                     "二是对已完成整改的问题适时开展“回头看”，防止问题反弹回潮。三是健全巡视整改长效机制，把整改成果转化为推动企业高质量发展的实际成效。"),
               ("p", "欢迎广大干部职工和社会各界对巡视整改落实情况进行监督。联系电话：0XXX-8863XXXX；邮政地址：东川省云阶市江滨大道1088号东川交投集团巡视整改办；电子邮箱：dcjtxs@example.cn。"),
               ("pr", "中共东川省交通投资集团有限公司委员会"), ("pr", "2024年8月6日")]
    write_pdf(stem, blocks)
    finish(stem, kind="bulletin", title=title, issuer="中共东川省交通投资集团有限公司委员会", date="2024-08-06", end_marker="三、整改工作总体成效",
           insp=["省委第四巡视组", "东川省交通投资集团有限公司党委", "2023-09-11", "2023-11-10", "2024-01-19"],
           headline={"problems_total": 21, "problems_done": 18, "measures_total": 96, "measures_done": 89, "rules_made": 32},
           probs=probs, koi=2,
           anomalies=["PDF from Word. 一、 organisation ((一)(二)(三) paragraphs) comes first; the problems are the '（一）关于…的问题' headings in 二、 (10 headings; the lead counts 21 具体问题), each followed by '整改落实情况：一是…'.",
                      "seq = the （一） number; category = the section heading '巡视反馈问题整改落实情况' above the headings (as the model page blind2 taizhou_weijian_bulletin was labelled); title = the heading without the plain '关于…的问题' wrapper (R86).",
                      "No status word per problem: status null (R95). Headline in 三、: 21 problems / 18 done / 96 measures / 89 done / 32 rules; '5个方面' is a count of kinds, 12 meetings, 2/1 units, 4/7 people, 1260万元, 186.3亿元, 12.4%, 214.7亿元, 8.9%, 58 suggestions, 4 projects, 126公里, 2/1 meetings and the figures inside measures are distractors.",
                      "四、 next steps 一是…三是 are not measures."])


# ================================================================ 02 province's report on a central 生态环境保护督察: body narrative, problems in an attached TABLE (.docx)
# Layout modelled on http://xcx.gov.cn/xcxrmzf/hjdczg/201912/0ba3780ce2ef4b9dba396b0aefe06ac7.shtml (四川: 中央环保督察整改任务
# '按季度实施清单化调度'; '截至3月底，我省89项中央环保督察整改任务，已整改完成45项，37项达到序时进度，但有7项整改任务未按期完成或未达到
# 序时进度'), written as the province's full report on the rectification, the tasks listed in an attached table
# 序号 | 反馈问题 | 整改目标 | 整改措施 | 责任单位 | 整改时限 | 整改进展.
ECO_TITLE = "中共东川省委 东川省人民政府关于第三轮中央生态环境保护督察反馈意见整改落实情况的报告"
ECO_ISSUER = "中共东川省委 东川省人民政府"
ECO_STATUS = {"done": "已完成", "in_progress": "达到序时进度"}


def eco_rows():
    rows = [
        (P(1, None, "部分地方对习近平生态文明思想学习领会不够深入，“重发展、轻保护”的惯性思维仍然存在", ["将习近平生态文明思想纳入省委理论学习中心组年度学习重点", "在省委党校主体班次开设生态文明建设专题课程", "将生态环境保护工作纳入市县党政领导班子年度考核"], "done", ["省委宣传部", "省委组织部", "省生态环境厅"], "2024年12月底前", style="num"),
         "全省各级党委（党组）理论学习中心组专题学习实现全覆盖", "已完成。省委理论学习中心组开展专题学习2次，省委党校主体班次开设专题课程6期。"),
        (P(2, None, "长江干流部分岸线违规占用问题整改不到位，非法码头清理后生态修复滞后", ["对长江干流岸线利用项目开展全面复核，建立问题清单", "对已取缔的非法码头实施复绿复垦", "建立岸线利用项目常态化巡查机制"], "in_progress", ["省发展改革委", "省交通运输厅", "沿江各市人民政府"], "2025年12月底前", style="num"),
         "违规占用岸线全部清理整治到位，已清理岸线完成生态修复", "达到序时进度。已完成复绿复垦岸线14.6公里，占计划任务的68%。"),
        (P(3, None, "城镇生活污水收集处理能力不足，部分县城污水处理厂长期超负荷运行", ["新建和扩建县城污水处理厂11座", "实施城镇污水管网改造工程，新增污水管网860公里", "开展污水处理提质增效达标区建设"], "in_progress", ["省住房城乡建设厅", "各市（州）人民政府"], "2026年6月底前", style="num"),
         "县城生活污水集中收集率提高到70%以上，污水处理厂负荷率保持在合理区间", "达到序时进度。已建成污水处理厂5座，新增污水管网412公里。"),
        (P(4, None, "磷石膏堆存量大，综合利用率偏低，部分渣场防渗措施不到位", ["制定磷石膏综合利用三年行动方案，推行“以用定产”", "对12座磷石膏渣场开展防渗排查和整治"], "in_progress", ["省经济和信息化厅", "省生态环境厅"], "2025年12月底前", style="num"),
         "磷石膏综合利用率达到60%以上，渣场防渗设施全部达标", "达到序时进度。磷石膏综合利用率由43%提高到55%，完成渣场防渗整治9座。"),
        (P(5, None, "部分自然保护区内违规开发建设问题整改不彻底", ["对全省自然保护区内人类活动点位开展核查，逐一建立整改台账", "拆除保护区核心区、缓冲区内违规建筑物39处并完成生态修复"], "done", ["省林业和草原局", "相关市（州）人民政府"], "2024年12月底前", style="num"),
         "自然保护区内违规开发建设问题全部整改到位", "已完成。问题点位全部销号，经省级验收合格。"),
        (P(6, None, "大气污染防治措施落实不够有力，部分城市细颗粒物浓度不降反升", ["制定重点城市空气质量达标攻坚方案", "完成钢铁、水泥行业超低排放改造企业23家", "淘汰国三及以下排放标准柴油货车1.8万辆"], "in_progress", ["省生态环境厅", "省经济和信息化厅", "省公安厅"], "2025年12月底前", style="num"),
         "重点城市细颗粒物平均浓度持续下降，完成国家下达的年度目标", "达到序时进度。2024年全省细颗粒物平均浓度同比下降5.2%。"),
        (P(7, None, "农村黑臭水体治理进展缓慢，部分已治理水体出现返黑返臭", ["对已治理农村黑臭水体开展“回头看”，对返黑返臭水体重新治理", "将农村黑臭水体治理纳入河湖长制考核"], "done", ["省生态环境厅", "省农业农村厅"], "2024年12月底前", style="num"),
         "国家监管清单内农村黑臭水体治理率达到40%以上", "已完成。国家监管清单内农村黑臭水体治理率达到46%。"),
        (P(8, None, "危险废物监管存在漏洞，部分企业危险废物贮存不规范", ["开展危险废物规范化环境管理评估，检查企业1260家", "对贮存不规范的企业依法立案查处"], "done", ["省生态环境厅"], "立行立改，长期坚持", style="num"),
         "危险废物产生单位规范化管理达标率达到95%以上", "已完成。立案查处环境违法案件71件，规范化管理达标率达到96.3%。"),
        (P(9, None, "矿山生态修复推进迟缓，历史遗留废弃矿山治理任务完成率低", ["编制历史遗留废弃矿山生态修复实施方案", "完成废弃矿山生态修复面积2140公顷", "建立矿山生态修复资金多元投入机制"], "in_progress", ["省自然资源厅", "各市（州）人民政府"], "2026年12月底前", style="num"),
         "历史遗留废弃矿山生态修复任务全部完成", "达到序时进度。已完成修复面积1325公顷，占计划任务的62%。"),
        (P(10, None, "生态环境监测数据质量管理薄弱，个别企业在线监测数据弄虚作假", ["开展生态环境监测数据弄虚作假专项整治", "对查实的4家数据造假企业依法处罚并移送公安机关"], "done", ["省生态环境厅", "省市场监管局", "省公安厅"], "2024年9月底前", style="num"),
         "建立健全监测数据质量监管长效机制", "已完成。监测数据质量监督检查实现重点排污单位全覆盖。"),
    ]
    return rows


ECO_PARAS = [
    ECO_TITLE,
    "生态环境部：",
    "2023年11月21日至12月21日，中央第五生态环境保护督察组对东川省开展了第三轮中央生态环境保护督察，并于2024年4月15日向东川省委、省人民政府反馈了督察意见。"
    "省委、省政府坚决扛起督察整改政治责任，将督察反馈问题细化为56项整改任务，制定《东川省贯彻落实第三轮中央生态环境保护督察报告整改方案》，经党中央、国务院审定后于2024年7月2日向社会公开。现将整改落实情况报告如下。",
    "一、整改工作推进情况",
    "省委、省政府成立由省委书记、省长任双组长的督察整改工作领导小组，下设综合协调、督导检查、宣传报道3个专项工作组。省委常委会会议、省政府常务会议先后7次专题研究督察整改工作，"
    "省领导领衔督办重点整改任务。按照国家生态环境保护督察办公室关于实施清单化调度的要求，我省对督察整改任务按季度实施清单化调度，逐项明确责任单位、整改目标、整改措施和完成时限，"
    "实行拉条挂账、督办落实、办结销号。省督察整改办组织开展现场督导2轮，对整改进度滞后的3个市（州）和2个省直部门发出督办函，约谈相关负责同志5人。",
    "截至2024年12月底，56项整改任务已整改完成31项，其余25项达到序时进度；督察组进驻期间交办的2847件群众信访举报问题已办结2815件，办结率98.9%。"
    "整改期间，全省出台生态环境保护相关制度文件18项，对生态环境领域失职失责问题追责问责党员干部43人。",
    "二、整改取得的主要成效",
    "一是生态环境质量持续改善。2024年全省细颗粒物平均浓度为29微克/立方米，同比下降5.2%；优良天数比率达到92.7%；国考断面水质优良比例达到96.4%，长江干流东川段水质稳定保持Ⅱ类。"
    "二是突出生态环境问题加快解决。长江干流违规占用岸线清理整治、自然保护区违规开发建设整治、农村黑臭水体治理等一批群众身边的突出问题得到解决。"
    "三是环境基础设施短板加快补齐。全年新建城镇污水管网412公里，新增生活垃圾焚烧处理能力3200吨/日，全省县级以上城市生活垃圾无害化处理率保持100%。"
    "四是生态环境治理体系不断完善。修订《东川省生态环境保护工作责任规定》，建立生态环境问题常态化排查整改机制，推动督察整改与日常监管有机衔接。",
    "三、存在的问题和下一步工作",
    "对照督察整改要求，我省整改工作还存在一些不足：少数整改任务涉及面广、工程量大，推进难度较大；个别地方整改存在重工程建设、轻运行管理的倾向。"
    "下一步，我省将对达到序时进度的25项整改任务实行清单化管理，逐项倒排工期、挂图作战；对已完成的31项整改任务，按照“谁验收、谁负责”原则严格验收销号，适时开展“回头看”；"
    "对整改不力、敷衍整改的严肃追责问责，确保督察整改任务全面高质量完成。",
    "附件：第三轮中央生态环境保护督察反馈问题重点整改任务进展情况表",
    "中共东川省委　东川省人民政府",
    "2025年1月10日",
]
ECO_HEAD = ["序号", "反馈问题", "整改目标", "整改措施", "责任单位", "整改时限", "整改进展"]


def eco_table_rows():
    out = []
    for p, goal, prog in eco_rows():
        cell = p.mtext("\n")
        recount_block(cell, r"(?m)^\d+\.", len(p.measures) if len(p.measures) > 1 else 0, p.title)
        assert prog.startswith(ECO_STATUS[p.status] + "。"), p.title
        out.append((p, [str(p.seq), p.title, goal, cell, "、".join(p.units), p.deadline, prog]))
    return out


ECO_ANOM = ["Report body (一、…三、) is narrative; the problems are the rows of the attached table '附件：…重点整改任务进展情况表' (10 of the 56 tasks): 序号 | 反馈问题 | 整改目标 | 整改措施 | 责任单位 | 整改时限 | 整改进展.",
            "Tasks of a 督察 are problems (R63): '56项整改任务已整改完成31项，其余25项达到序时进度' -> 56 / 31; 18 rules (制度文件); 2847/2815 信访 (R17), 98.9%, 7 meetings, 3 groups, 2 rounds, 3/2 units, 5/43 people, 29/5.2%/92.7%/96.4%/412/3200/100% are distractors.",
            "(NEW) the 整改进展 cell starts with a status word and then the progress text ('已完成。…' -> done, '达到序时进度。…' -> in_progress, as bw14's '序时推进'); measures from the 整改措施 cell's '1.…' lines only (the progress text and the 整改目标 cell are not counted).",
            "responsible_units: the 责任单位 cell split on 、 (R101, R102); deadline: the 整改时限 cell as written ('立行立改，长期坚持' too); category null (the table has no heading rows, R84); seq = the 序号 cell.",
            "issuer = the two bodies as the title prints them, '中共东川省委 东川省人民政府' with an ASCII space (R37: title wins; the signature prints them with an ideographic space). Period '2023年11月21日至12月21日', '于2024年4月15日…反馈'; 2024-07-02 (plan published) and 2024年12月底 (cut-off) are not inspection dates."]


def doc02():
    stem = "w17_02_province_ducha_report_table_docx"
    rows = eco_table_rows()
    blocks = [("title", ECO_PARAS[0])]
    for t in ECO_PARAS[1:-2]:
        if re.match(r"^[一二三]、", t):
            blocks.append(("h", t))
        else:
            blocks.append(("p", t))
    blocks += [("pr", ECO_PARAS[-2]), ("pr", ECO_PARAS[-1]), ("break", None), ("p", "附件"),
               ("title", "第三轮中央生态环境保护督察反馈问题重点整改任务进展情况表"),
               ("table", [ECO_HEAD] + [r for _, r in rows])]
    write_docx(stem, blocks, header="东川省督察整改办")
    finish(stem, kind="bulletin", title=ECO_TITLE, issuer=ECO_ISSUER, date="2025-01-10",
           insp=["中央第五生态环境保护督察组", "东川省", "2023-11-21", "2023-12-21", "2024-04-15"],
           headline={"problems_total": 56, "problems_done": 31, "rules_made": 18}, probs=[p for p, _ in rows], koi=[1, 6],
           anomalies=["Word .docx; the attachment table after a page break."] + ECO_ANOM)


# ================================================================ 03 the same report as a workbook: sheet 1 the text, sheet 2 the table (.xlsx)
# Layout: the same page as doc02 (http://xcx.gov.cn/xcxrmzf/hjdczg/201912/0ba3780ce2ef4b9dba396b0aefe06ac7.shtml), the report
# and its attachment saved as an .xlsx as portals publish 整改进展情况表.
def doc03():
    stem = "w17_03_province_ducha_report_table_xlsx"
    rows = eco_table_rows()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整改落实情况报告"
    for i, t in enumerate(ECO_PARAS, 1):
        ws.cell(row=i, column=1, value=t)
    ws.column_dimensions["A"].width = 120
    ws2 = wb.create_sheet("附件")
    ws2.append(["第三轮中央生态环境保护督察反馈问题重点整改任务进展情况表"])
    ws2.append(["填报单位：东川省督察整改办", None, None, None, None, None, "截至2024年12月底"])
    ws2.append(ECO_HEAD)
    for _, r in rows:
        ws2.append([int(r[0])] + r[1:])
    wb.save(OUT / f"{stem}.xlsx")
    finish(stem, kind="bulletin", title=ECO_TITLE, issuer=ECO_ISSUER, date="2025-01-10",
           insp=["中央第五生态环境保护督察组", "东川省", "2023-11-21", "2023-12-21", "2024-04-15"],
           headline={"problems_total": 56, "problems_done": 31, "rules_made": 18}, probs=[p for p, _ in rows], koi=[1, 6],
           anomalies=["Workbook (.xlsx): the same report as w17_02 (sheet 1, one paragraph a row) and its table (sheet 2 '附件', a title row and a '填报单位…截至…' row above the header); same truth as w17_02."] + ECO_ANOM)


# ================================================================ 04 university bulletin: problems '1. … 2. …' under four category headings in the MIDDLE section, last section 长效机制 (.txt UTF-8)
# Layout modelled on https://hkjw.hbust.edu.cn/info/1094/3701.htm (校党委巡察反馈: '存在以下四个方面的问题：一是贯彻落实党的理论路线
# 方针政策和党中央重大决策部署有不足…二是落实全面从严治党责任不到位…三是落实新时代党的组织路线有短板…四是落实巡视整改不到位，健全长效
# 机制不够'), written as a university party committee's full bulletin on a 省委巡视: the four aspects as category headings in
# 二、, '1.…' items each with '整改情况：…', and a last section on 长效机制.
def doc04():
    stem = "w17_04_university_bulletin_longterm_last_txt"
    C = ["贯彻落实党的理论路线方针政策和党中央重大决策部署方面", "落实全面从严治党责任方面", "落实新时代党的组织路线方面", "落实巡视整改和建立长效机制方面"]
    W = {"done": "目前已整改完成。", "in_progress": "目前正在持续推进。"}
    probs = [
        P(1, C[0], "学习贯彻习近平新时代中国特色社会主义思想不够深入，理论学习与办学治校实践结合不紧", ["修订校党委理论学习中心组学习制度，建立“第一议题”学习落实台账", "围绕建设特色鲜明的高水平工业大学开展专题调研12项，形成调研报告并转化为政策举措"], "done"),
        P(2, C[0], "服务区域产业发展能力不强，科技成果转化率偏低", ["组建面向装备制造、新材料等产业的校地协同创新平台5个", "修订科技成果转化管理办法，提高成果完成人收益比例", "2024年签订技术合同金额较上年增长37%"], "in_progress"),
        P(3, C[0], "落实立德树人根本任务有差距，思想政治工作体系不够完善", ["制定“大思政课”建设实施方案，建设课程思政示范课程40门", "配齐建强专职辅导员队伍，师生比达到1:196"], "done"),
        P(1, C[1], "校党委主体责任落实不够到位，对二级党组织管党治党指导督促不力", ["修订校党委落实全面从严治党主体责任清单", "建立二级党组织书记抓党建述职评议考核制度", "对7个二级党组织开展全面从严治党专项检查"], "done"),
        P(2, C[1], "重点领域廉洁风险防控不严，基建、采购、招生等领域存在监管漏洞", ["开展基建工程领域专项审计，核减工程结算价款826万元", "推行采购项目全流程电子化管理", "实行招生录取工作纪检全程监督"], "in_progress"),
        P(3, C[1], "违反中央八项规定精神问题时有发生，个别单位违规发放津贴补贴", ["对2021年以来校内津贴补贴发放情况开展专项清查，清退违规资金34.6万元", "对负有责任的2名干部给予党纪处分"], "done"),
        P(1, C[2], "领导班子建设有短板，部分二级单位班子配备不齐、结构不优", ["调整充实二级单位领导班子14个", "选拔任用40岁以下中层干部23名"], "done"),
        P(2, C[2], "人才队伍建设存在短板，高层次领军人才引育不足", ["实施“枫林学者”人才计划，引进高层次人才19名", "建立人才引进后评估机制"], "in_progress"),
        P(3, C[2], "基层党组织建设不够规范，部分教师党支部“三会一课”流于形式", ["开展教师党支部“对标争先”建设计划，创建样板支部12个", "实行教师党支部书记“双带头人”培育全覆盖"], "done"),
        P(1, C[3], "上轮巡视整改不彻底，个别问题反弹回潮", ["对上轮巡视反馈的31个问题逐项开展“回头看”", "对整改不到位的4个问题重新制定整改措施并跟踪销号"], "done"),
        P(2, C[3], "整改成果运用不够，制度执行刚性不足", ["对2019年以来制定的校级规章制度开展全面清理，废止17项、修订42项", "建立制度执行情况年度评估机制"], "done"),
    ]
    lines, last, k = [], None, 0
    for p in probs:
        if p.cat != last:
            k += 1
            lines.append(f"（{cn(k)}）{p.cat}")
            last = p.cat
        lines.append(f"{p.seq}.{p.title}。")
        mt = p.mtext()
        recount_block(mt, r"[一二三四五六七八九十]+是", shi_count(p), p.title)
        lines.append("整改情况：" + mt + W[p.status])
    title = "中共东川工业大学委员会关于省委巡视整改进展情况的通报"
    text = f"""东川工业大学 党委办公室　校长办公室

首页 > 信息公开 > 巡视整改

{title}

发布时间：2024-12-20　　来源：党委办公室　　浏览次数：

根据省委统一部署，2024年3月18日至5月24日，省委第九巡视组对东川工业大学党委进行了常规巡视。2024年7月4日，省委第九巡视组向东川工业大学党委反馈了巡视意见。按照巡视工作有关要求，现将巡视整改进展情况予以公布。

一、整改工作组织开展情况

学校党委把巡视整改作为重大政治任务，第一时间召开党委常委会会议传达学习巡视反馈意见，成立由党委书记、校长任双组长的巡视整改工作领导小组，下设办公室和4个专项整改工作组，制定《中共东川工业大学委员会关于省委巡视反馈意见的整改方案》，形成问题清单、任务清单、责任清单。党委书记切实履行第一责任人职责，主持召开党委常委会会议、领导小组会议9次专题研究整改工作；班子成员按照分工牵头抓好分管领域整改，深入二级单位督导调研27次。学校纪委、党委组织部加强整改日常监督，对整改进度滞后的3个单位进行督办。

学校党委坚持把巡视整改与学习贯彻党的二十届三中全会精神结合起来，与“十四五”事业发展规划中期评估、本科教育教学审核评估整改结合起来，与推进学科专业结构调整优化结合起来，做到同部署、同推进、同考核。坚持开门整改，通过学校主页、校报和教职工代表大会通报整改进展，召开师生座谈会6场，收集意见建议73条，已全部研究办理并反馈。坚持以案促改，召开全校警示教育大会，通报学校近年来查处的违纪违法典型案例，推动全校党员干部引以为戒、举一反三。

巡视反馈4个方面25个具体问题，截至2024年11月底，已完成整改22个，其余3个正在持续推进；制定整改措施113条，已完成104条；制定修订规章制度47项。

二、巡视反馈问题整改落实情况

{chr(10).join(lines)}

三、建立健全长效机制情况

学校党委坚持“当下改”与“长久立”相结合，推动巡视整改成果转化为治理效能。一是健全理论学习长效机制，完善“第一议题”制度和校院两级理论学习中心组学习制度，推动党的创新理论学习常态化。二是健全全面从严治党责任落实机制，建立校党委常委会每季度专题研究全面从严治党工作制度，完善二级党组织书记抓党建述职评议考核办法。三是健全重点领域监督机制，建立基建、采购、招生、财务等重点领域廉洁风险防控清单，推行关键岗位轮岗交流。四是健全整改成效评估机制，将巡视整改落实情况纳入二级单位年度目标考核，考核结果与评先评优、干部使用挂钩。

通过整改，学校办学治校能力进一步提升。2024年学校新增国家级一流本科专业建设点3个，获批国家自然科学基金项目41项，科研经费到款额较上年增长21.4%；毕业生去向落实率达到91.7%，较上年提高2.3个百分点；与枫林市共建产业技术研究院，联合攻关企业技术难题28项。

下一步，学校党委将对正在持续推进的3个问题实行清单化管理，确保2025年6月底前全部整改到位；对已完成整改的问题适时开展“回头看”，坚决防止问题反弹。欢迎广大师生员工和社会各界对巡视整改落实情况进行监督，联系电话：0XXX-6235XXXX，电子邮箱：xszg@example.edu.cn。

中共东川工业大学委员会
2024年12月18日

【关闭窗口】　【打印本页】
版权所有：东川工业大学　地址：东川省枫林市学府路66号
"""
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    finish(stem, kind="bulletin", title=title, issuer="中共东川工业大学委员会", date="2024-12-18", end_marker="三、建立健全长效机制情况",
           insp=["省委第九巡视组", "东川工业大学党委", "2024-03-18", "2024-05-24", "2024-07-04"],
           headline={"problems_total": 25, "problems_done": 22, "measures_total": 113, "measures_done": 104, "rules_made": 47},
           probs=probs, koi=[2, 6],
           anomalies=["University portal page as text: header, breadcrumbs, '发布时间：…　来源：…' line, footer chrome kept.",
                      "一、 organisation first; the problems are '1.…' items under four '（一）…方面' category headings in the MIDDLE section 二、 (11 of the 25 listed); numbering restarts per category.",
                      "Each item: '1.title。' then '整改情况：一是…' (measures) and a closing '目前已整改完成。' -> done / '目前正在持续推进。' -> in_progress (R93).",
                      "The LAST section 三、建立健全长效机制情况 (一是…四是) and the 下一步 paragraph are not problems or measures; the fourth category's wording '…建立长效机制方面' is a category, not that section.",
                      "Headline '4个方面25个具体问题…已完成整改22个' -> 25 / 22, 113 / 104 measures, 47 rules; 4 groups, 9 meetings, 27 visits, 3 units, 6 座谈会, 73 suggestions, 3/41/21.4%/91.7%/2.3/28, 12/5/37%/40/1:196/7/826万元/34.6万元/2/14/40/23/19/12/31/4/17/42 are distractors.",
                      "report_date = the signature 2024-12-18, not the 发布时间 2024-12-20 (R41)."])


# ================================================================ 05 hospital bulletin saved from Word as HTML, the problems in a TABLE with category rows (.html)
# Layout modelled on http://m.lyruiju.cn/NewsInfo.aspx?NewsID=7526 (宣城市中心医院: 区委医疗卫生领域专项巡察组巡察反馈意见整改; 院党委
# 召开党委会专题研究部署; 成立整改工作领导组; '对专项巡察反馈意见共65项问题进行任务分解' 整改责任清单; 一是…五是 要求), written as the
# hospital party committee's full bulletin saved from Word (MsoNormal paragraphs and an MsoTableGrid table: 序号 | 反馈问题 |
# 整改措施 | 责任科室 | 完成情况, with merged category rows).
def _mso_p(text, bold=False, center=False, indent=True):
    return mso_p(text, bold, center, indent, flush="text-align:right;")


def _mso_td(text, width, span=1):
    cs = f" colspan={span}" if span > 1 else ""
    inner = "<br>\n".join(text.split("\n"))
    return (f"<td width={width}{cs} valign=top style='width:{width * 0.75:.1f}pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;"
            f"padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><span style='font-size:12.0pt;font-family:仿宋_GB2312'>{inner}"
            f"<span lang=EN-US><o:p></o:p></span></span></p></td>")


def _word_html(title, parts):
    return word_html(title, parts, author='dyb', pages=4, table_css=True)


def doc05():
    stem = "w17_05_hospital_bulletin_tables_word_html"
    S = {"done": "已完成", "in_progress": "持续整改", "long_term": "长期坚持"}
    C1, C2, C3 = "党的建设和医院管理方面", "医疗服务和行风建设方面", "医药领域廉洁风险防控方面"
    probs = [
        P(1, C1, "党委领导下的院长负责制落实不够规范，党委会和院长办公会议事范围界定不清", ["修订党委会议和院长办公会议议事规则，明确议事清单", "建立“三重一大”事项决策全程纪实制度"], "done", ["党委办公室", "院长办公室"], style="num"),
        P(2, C1, "党支部建在科室上落实不到位，部分临床科室党建与业务“两张皮”", ["按照临床科室设置调整党支部17个", "实行党支部书记与科室主任“双向进入、交叉任职”", "开展“一支部一品牌”创建活动"], "done", ["党委组织部"], style="num"),
        P(3, C1, "内部控制制度不健全，部分经济合同未经审核即签订", ["修订合同管理办法，实行合同归口管理和法律审核", "对2022年以来签订的经济合同开展全面清理"], "done", ["财务科", "审计科"], style="num"),
        P(4, C1, "意识形态工作责任制落实不够到位，院内宣传阵地管理不严", ["修订意识形态工作责任制实施细则，明确班子成员责任事项", "对院内电子屏、宣传栏、微信公众号实行“三审三校”"], "done", ["党委宣传科"], style="num"),
        P(1, C2, "门诊预约诊疗推进缓慢，群众看病排队时间长", ["推行分时段预约诊疗，预约时段精确到30分钟", "增设自助服务设备46台，推行诊间结算"], "done", ["门诊部", "信息科"], style="num"),
        P(2, C2, "医疗质量安全管理存在薄弱环节，核心制度执行不严", ["开展医疗质量安全核心制度专项督查，每月通报检查结果", "将核心制度执行情况纳入科室绩效考核", "组织全员医疗质量安全培训8期"], "long_term", ["医务科", "质控科"], style="num"),
        P(3, C2, "行风建设抓得不紧，个别医务人员收受“红包”", ["开展医德医风专项整治，签订廉洁行医承诺书2160份", "对查实的违规人员依规依纪严肃处理"], "done", ["纪检监察室", "医务科"], style="num"),
        P(4, C2, "医疗纠纷处置机制不健全，患者投诉办理不及时", ["设立患者服务中心，实行投诉“首诉负责制”", "投诉办结时限压缩至5个工作日"], "done", ["患者服务中心", "医务科"], style="num"),
        P(1, C3, "药品耗材采购管理不规范，部分耗材未按规定集中采购", ["将全部医用耗材纳入集中采购平台采购", "建立耗材遴选专家库，实行随机抽取", "对高值耗材使用实行重点监控和点评"], "in_progress", ["药剂科", "设备科"], style="num"),
        P(2, C3, "医疗设备采购论证不充分，个别大型设备使用率低", ["修订医疗设备采购论证办法", "对使用率低于50%的设备实行院内调剂共享"], "in_progress", ["设备科"], style="num"),
        P(3, C3, "医保基金使用不规范，存在超标准收费、重复收费问题", ["对2022年以来医保结算数据开展自查，退回违规费用27.83万元", "上线医保智能审核系统"], "done", ["医保办", "财务科"], style="num"),
        P(4, C3, "科研经费管理不规范，个别课题组存在违规报销", ["对2021年以来科研经费使用情况开展专项审计", "追回违规报销资金3.26万元", "修订科研经费管理办法"], "in_progress", ["科研科", "财务科"], style="num"),
    ]
    title = "中共枫林市中心医院委员会关于市委专项巡察整改进展情况的通报"
    ps = [_mso_p(title, bold=True, center=True),
          _mso_p("根据市委统一部署，2024年4月8日至6月7日，市委第二巡察组对枫林市中心医院党委开展了医疗卫生领域专项巡察，并于2024年7月25日反馈了巡察意见。"
                 "按照巡察工作有关要求，现将巡察整改进展情况予以通报。"),
          _mso_p("一、整改工作组织情况", bold=True, indent=False),
          _mso_p("巡察反馈后，院党委第一时间召开党委会专题研究部署巡察反馈整改工作：一是认真学习市委巡察办关于印发专项巡察反馈意见的通知精神，统一思想认识；"
                 "二是成立由党委书记任组长、院长任第一副组长的巡察整改工作领导组，下设办公室在党委办公室；三是对专项巡察反馈的问题进行任务分解，由院纪委书记对整改责任清单逐项说明。"
                 "院党委书记对整改工作提出要求：责任领导要亲自抓、抓到底；要先易后难、逐步推进；要注重时间节点，确保问题逐项落实；领导组每周召开调度会，推进整改落实。"),
          _mso_p("整改中，院党委坚持把巡察整改与公立医院高质量发展、与医药领域腐败问题集中整治、与改善就医感受提升患者体验主题活动结合起来，做到一体部署、一体推进。"
                 "院纪委全程跟踪监督，采取列席会议、调阅资料、现场检查等方式对整改情况开展监督检查3次，对整改进度滞后的2个科室负责人进行提醒谈话。"
                 "医院坚持开门整改，在门诊大厅、住院部设置意见箱，通过医院微信公众号公开整改进展，召开患者代表、人大代表和政协委员座谈会2次，收集意见建议39条，已全部办理反馈。"),
          _mso_p("院党委对照市委第二巡察组反馈的3个方面28项问题，制定整改措施87条，逐项明确责任领导、责任科室和完成时限，建立整改台账，实行销号管理。"
                 "截至2024年10月底，28项问题已完成整改23项，其余5项持续整改或需长期坚持；87条整改措施已完成79条；建立完善制度26项。"),
          _mso_p("二、巡察反馈重点问题整改情况", bold=True, indent=False),
          _mso_p("巡察反馈的重点问题整改情况见下表。")]
    rows = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>",
            "<tr>" + "".join(_mso_td(h, w) for h, w in (("序号", 40), ("反馈问题", 170), ("整改措施", 230), ("责任科室", 80), ("完成情况", 70))) + "</tr>"]
    last, k = None, 0
    for p in probs:
        if p.cat != last:
            k += 1
            rows.append("<tr>" + _mso_td(f"{cn(k)}、{p.cat}", 590, 5) + "</tr>")
            last = p.cat
        cell = p.mtext("\n")
        recount_block(cell, r"(?m)^\d+\.", len(p.measures) if len(p.measures) > 1 else 0, p.title)
        rows.append("<tr>" + _mso_td(str(p.seq), 40) + _mso_td(p.title, 170) + _mso_td(cell, 230) + _mso_td("、".join(p.units), 80)
                    + _mso_td(S[p.status], 70) + "</tr>")
    rows.append("</table>")
    ps += rows
    ps += [_mso_p("三、整改取得的成效", bold=True, indent=False),
           _mso_p("通过巡察整改，医院党的建设和医院管理水平进一步提升。2024年1—10月，医院门诊预约诊疗率达到78.6%，患者平均候诊时间缩短至18分钟；"
                  "三级公立医院绩效考核有关指标明显改善，平均住院日由8.4天下降至7.6天；药品耗材收入占比下降3.2个百分点；门诊和住院患者满意度分别达到95.1%和97.4%。"
                  "医院坚持把整改与医药领域腐败问题集中整治、群众身边不正之风和腐败问题集中整治结合起来，梳理廉洁风险点64个，制定防控措施112条。"),
           _mso_p("在制度建设方面，医院对照巡察反馈问题全面梳理内部管理制度，围绕党委议事决策、干部选拔任用、财务资产管理、药品耗材采购、医疗质量安全、医德医风考评等重点环节，"
                  "修订完善制度汇编，形成用制度管权管事管人的长效机制。在作风建设方面，医院深入开展“清廉医院”建设，推行“一站式”服务、检查检验结果互认和出院患者电话随访全覆盖，"
                  "群众就医获得感进一步增强。在队伍建设方面，医院实施青年医师“导师制”培养计划，选派骨干医师到上级医院进修学习31人，引进急需紧缺专业人才15人。"),
           _mso_p("四、下一步工作打算", bold=True, indent=False),
           _mso_p("院党委将坚持目标不变、标准不降、力度不减，对持续整改和需长期坚持的5项问题，逐项明确阶段目标，每月调度推进；对已完成整改的问题适时开展“回头看”，防止反弹回潮；"
                  "健全巡察整改长效机制，把整改成效纳入科室和个人年度考核，推动医院高质量发展。欢迎广大干部职工和人民群众对巡察整改落实情况进行监督。"
                  "联系电话：0XXX-2318XXX；电子邮箱：flzxyydb@example.cn。"),
           _mso_p("中共枫林市中心医院委员会", indent=False),
           _mso_p("2024年11月12日", indent=False)]
    (OUT / f"{stem}.html").write_text(_word_html(title, ps), encoding="utf-8")
    finish(stem, kind="bulletin", title=title, issuer="中共枫林市中心医院委员会", date="2024-11-12", end_marker="三、整改取得的成效",
           insp=["市委第二巡察组", "枫林市中心医院党委", "2024-04-08", "2024-06-07", "2024-07-25"],
           headline={"problems_total": 28, "problems_done": 23, "measures_total": 87, "measures_done": 79, "rules_made": 26},
           probs=probs, koi=2,
           anomalies=["Word document saved as a web page (MsoNormal paragraphs, <o:p>, conditional-comment xml) with one MsoTableGrid table: 序号 | 反馈问题 | 整改措施 | 责任科室 | 完成情况; cell lines joined with <br>.",
                      "一、 organisation (一是…三是 of the 党委会 and the 书记's requirements: not problems, not measures) comes first; the problems are the table rows in 二、 (12 of the 28).",
                      "(NEW) category rows inside the table (a merged row '一、…方面'): category = that row without its 一、; seq = the 序号 cell, restarting per category row.",
                      "status from the 完成情况 column: 已完成 -> done, 持续整改 -> in_progress, 长期坚持 -> long_term (R93); responsible_units = the 责任科室 cell split on 、 (R102); measures = the '1.…' lines of the 整改措施 cell; no deadline column.",
                      "Headline 28 problems / 23 done / 87 measures / 79 done / 26 rules; '3个方面', 5 unfinished, 3 checks, 2 科室, 2 座谈会, 39 suggestions, 17 branches, 46 devices, 8 trainings, 2160, 27.83万元, 78.6%/18/8.4/7.6/3.2/95.1%/97.4%, 64/112, 31/15 people are distractors.",
                      "inspected = '对枫林市中心医院党委开展了…专项巡察'; report_date = the signature 2024-11-12."])


# ================================================================ 06 audit rectification report: figures (金额, 万元) in the lead, items '审计发现问题：…' + '整改情况：…' (.txt GB18030)
# Layout modelled on https://epaper.qlwb.com.cn/qlwb/content/20221229/ArticelA01002SA.htm (国务院关于2021年度中央预算执行和其他财政收支审计
# 查出问题整改情况的报告: '对于2021年度…审计工作报告反映的问题，有关地方、部门和单位已整改问题金额6632.74亿元，制定完善相关规章制度2800多项，
# 追责问责1.4万人'; '反映的6639个问题…已全部纳入此次整改范围'; delivered to the 人大常委会 by the deputy auditor), written as a
# district's full rectification report read at the 区人大常委会, the items as '审计发现问题：…' and '整改情况：…'.
def doc06():
    stem = "w17_06_district_audit_rectification_gb18030"
    C1, C2, C3 = "区本级财政管理审计发现问题的整改情况", "部门预算执行审计发现问题的整改情况", "重点民生资金和政府投资项目审计发现问题的整改情况"
    END = {"done": "该问题已整改到位。", "in_progress": "该问题部分整改，正在持续推进。"}
    probs = [
        P(1, C1, "部分非税收入未及时缴入国库，涉及金额1836.2万元", ["区财政局已督促相关单位将1836.2万元非税收入全部缴入国库，并建立非税收入收缴月对账机制"], "done", ["区财政局"]),
        P(2, C1, "财政存量资金盘活不及时，结转两年以上资金2614.5万元未收回统筹", ["区财政局已收回结转两年以上资金2614.5万元", "统筹用于老旧小区改造和义务教育学校建设", "修订财政存量资金管理办法"], "done", ["区财政局"]),
        P(3, C1, "政府专项债券资金闲置，3个项目债券资金8200万元闲置超过一年", ["区发展改革局调整2个项目债券资金用途5200万元，已全部支出", "剩余1个项目3000万元已完成施工招标，正在加快支出"], "in_progress", ["区发展改革局", "区财政局"]),
        P(4, C2, "区教育局超预算、无预算列支会议费和培训费，涉及金额46.8万元", ["区教育局已调整会计账务", "修订单位会议费、培训费管理办法，严格预算约束"], "done", ["区教育局"]),
        P(5, C2, "区农业农村局政府采购项目化整为零规避公开招标，涉及金额312.6万元", ["区农业农村局已对相关责任人进行提醒谈话", "修订单位政府采购内部控制制度，建立采购需求审核机制"], "done", ["区农业农村局"]),
        P(6, C2, "区城市管理局固定资产账实不符，未入账资产608.3万元", ["区城市管理局已开展资产清查，补登固定资产608.3万元"], "done", ["区城市管理局"]),
        P(7, C3, "城乡居民临时救助资金向不符合条件人员发放，涉及金额12.74万元", ["区民政局已追回违规发放资金9.36万元", "其余3.38万元正在追缴", "建立与公安、医保、不动产登记等部门的数据比对机制"], "in_progress", ["区民政局", "相关镇（街道）"]),
        P(8, C3, "职业技能培训补贴审核把关不严，向培训机构多拨付补贴21.5万元", ["区人力资源和社会保障局已追回多拨付补贴21.5万元", "取消1家培训机构定点资格"], "done", ["区人力资源和社会保障局"]),
        P(9, C3, "桐溪河综合治理工程多计工程价款，涉及金额387.9万元", ["区水利局已核减工程结算价款387.9万元", "对造价咨询单位扣减咨询服务费并纳入不良行为记录"], "done", ["区水利局"]),
        P(10, C3, "区人民医院门诊综合楼项目超概算未报批，超概算金额1426万元", ["区卫生健康局已按程序报请调整概算", "区发展改革局正在组织概算审核"], "in_progress", ["区卫生健康局", "区发展改革局"]),
    ]
    body, last, k = [], None, 0
    for p in probs:
        if p.cat != last:
            k += 1
            body.append(f"（{cn(k)}）{p.cat}")
            last = p.cat
        mt = p.mtext()
        recount_block(mt, r"[一二三四五六七八九十]+是", shi_count(p), p.title)
        body.append(f"{p.seq}.审计发现问题：{p.title}。")
        body.append(f"整改情况：{mt.rstrip('。')}。{END[p.status]}（整改责任单位：{'、'.join(p.units)}）")
    title = "桐溪区人民政府关于2023年度区本级预算执行和其他财政收支审计查出问题整改情况的报告"
    text = f"""{title}

——2024年10月29日在桐溪区第十八届人民代表大会常务委员会第二十一次会议上

桐溪区审计局局长　周明远

主任、各位副主任、各位委员：

我受区人民政府委托，向区人大常委会报告2023年度区本级预算执行和其他财政收支审计查出问题的整改情况，请予审议。

2024年7月26日，区十八届人大常委会第十九次会议听取和审议了区人民政府《关于2023年度区本级预算执行和其他财政收支的审计工作报告》，对审计查出问题的整改工作提出了明确要求。区人民政府高度重视，召开区政府常务会议专题研究部署，要求各有关部门和单位压实整改责任，做好审计“后半篇文章”。

审计工作报告反映的86个问题已全部纳入整改范围。截至2024年9月底，已整改问题79个，其余7个问题正在整改；涉及问题金额3.62亿元，已整改问题金额3.28亿元，其中：上缴财政资金4712.6万元，归还原资金渠道968.4万元，核减工程结算价款1215.7万元，调整会计账务2.43亿元；有关部门和单位制定完善规章制度23项，追责问责9人。

一、审计整改工作总体情况

（一）强化整改责任落实。区人民政府将审计整改纳入区政府督查督办事项，区政府主要负责同志多次作出批示，分管负责同志牵头召开整改推进会3次。被审计单位主要负责人认真履行整改第一责任人职责，逐项制定整改方案，建立整改台账。

（二）强化整改跟踪督促。区审计局对审计查出问题实行清单化管理，逐一明确整改责任单位、整改措施和整改时限，采取现场核查、调阅资料、约谈提醒等方式跟踪检查整改情况，对整改进度滞后的4个单位下发督办函。

（三）强化贯通协同。区审计局与区纪委监委、区委巡察办、区委组织部建立审计整改信息共享机制，将审计整改情况作为巡察监督、干部考核和经济责任审计的重要内容，移送问题线索3件。

（四）强化建章立制。区审计局对近三年审计中反复出现的预算执行不规范、政府采购程序不合规、国有资产管理不到位等问题进行归纳分析，向区人民政府提交审计专报2份，推动区财政局在全区范围内开展预算单位财会监督专项检查，从制度机制层面堵塞管理漏洞，防止同类问题屡审屡犯、屡改屡犯。

二、审计发现问题的整改情况

{chr(10).join(body)}

此外，对审计工作报告反映的其他问题，有关部门和单位也已按要求逐项制定整改措施，整改情况已书面报送区审计局。区审计局对整改结果进行了逐项核实认定，对整改证据充分、整改效果符合要求的事项予以销号；对整改资料不完整的事项，退回整改责任单位补充完善。

三、尚未完成整改问题的原因及后续工作安排

从整改情况看，尚有7个问题未完成整改，主要原因：一是部分问题涉及历史遗留因素，需要多部门协同解决；二是部分政府投资项目涉及概算调整，需按程序报批；三是部分违规资金追缴涉及个人，追缴难度较大。下一步，区人民政府将督促有关部门和单位对未完成整改的问题逐项明确整改时限，区审计局将持续跟踪督促，整改结果将于2025年3月底前向区人大常委会书面报告。

主任、各位副主任、各位委员，我们将在区委的坚强领导下，自觉接受区人大常委会的监督，持续推进审计查出问题整改，推动审计成果转化为治理效能，为全区经济社会高质量发展作出新的贡献。
"""
    (OUT / f"{stem}.txt").write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    finish(stem, kind="bulletin", title=title, issuer="桐溪区人民政府", date="2024-10-29", end_marker="三、尚未完成整改问题",
           insp=["桐溪区审计局", None, None, None, None],
           headline={"problems_total": 86, "problems_done": 79, "rules_made": 23}, probs=probs, koi=[6, 7],
           anomalies=["GB18030 text with CRLF line ends; a meeting dateline '——2024年10月29日在…会议上' under the title is the report date (R42); no signature.",
                      "Headline wording in the lead: '反映的86个问题…已整改问题79个，其余7个问题正在整改' -> 86 / 79; 23 rules; money figures (3.62亿元, 3.28亿元, 4712.6万元, 968.4万元, 1215.7万元, 2.43亿元) and 9 people, 3 meetings, 4 units, 3 clues, 2 专报 are not counts (R68).",
                      "Issuer from the title (桐溪区人民政府); the reader (区审计局局长) is not the issuer. Inspector = the audit office named in the reader line (桐溪区审计局, R46 kind 7); inspected null (many units); no period or feedback date (2024-07-26 is the 人大常委会 review, R57).",
                      "(NEW) items '1.审计发现问题：…。' under （一）…（三） section headings (category = the heading); title = the statement after the label (R89) with its amount, the closing 。 stripped; '整改情况：…' (一是… or one paragraph = 1) ending '该问题已整改到位。' -> done / '该问题部分整改，正在持续推进。' -> in_progress; units from '（整改责任单位：…）' split on 、.",
                      "三、's 一是…三是 are reasons, not measures."])


# ================================================================ 07 区委 round summary: figures only, no problem list (.pdf)
# Layout modelled on http://www.sysjjjc.gov.cn/xxgk/lzq/xsxc_53033/bjxsxcqk_53282/202206/t20220623_3336623.html (辽中区委: '截至目前，
# 一届辽中区委前六轮反馈的1157个问题，已完成整改1148个，完成率达99%。区纪委监委优先办理巡察发现问题线索，前六轮巡察移交147件问题线索，
# 办结128件…挽回经济损失172.74万元'; 传导压力抓整改 / 集中督办促整改 / 巡察派驻强整改), written as the 区委's full public notice on one
# round's rectification: round figures, three ways of supervising, next steps; no problem list.
def doc07():
    stem = "w17_07_district_round_summary_figures_pdf"
    title = "中共枫林市桐溪区委员会关于十二届区委第五轮巡察整改情况的通报"
    blocks = [("title", "中共枫林市桐溪区委员会"), ("title", "关于十二届区委第五轮巡察整改情况的通报"),
              ("p", "根据区委统一部署，2024年3月4日至4月30日，十二届区委第五轮巡察对区住房和城乡建设局、区市场监督管理局、区退役军人事务局、枫岭镇、石桥镇等5个单位党组织开展了常规巡察，"
                    "对区城市管理局等2个单位党组织开展了巡察整改“回头看”。2024年5月27日至5月31日，区委各巡察组分别向被巡察党组织反馈了巡察意见。集中整改期满后，区委巡察工作领导小组组织对整改情况进行了评估。"
                    "按照《中国共产党巡视工作条例》有关规定，现将本轮巡察整改情况予以通报，接受干部群众监督。"),
              ("h", "一、整改总体情况"),
              ("p", "截至2024年11月30日，本轮巡察反馈的412个问题，已完成整改398个，其余14个问题正在整改，完成率96.6%。被巡察党组织共召开巡察整改专题民主生活会（组织生活会）7次，"
                    "完善和新建制度76项，清退违规资金43.25万元，追回应由个人承担的资金8.6万元，挽回经济损失127.4万元。区纪委监委优先办理巡察移交的问题线索，本轮巡察移交问题线索29件，"
                    "已办结24件，给予党纪政务处分5人，组织处理11人。"),
              ("p", "十二届区委以来，区委共开展五轮巡察，对全区68个单位党组织开展了常规巡察，前五轮巡察反馈的1836个问题，已完成整改1809个，完成率98.5%；前五轮巡察移交问题线索173件，办结159件，"
                    "结案率91.9%。"),
              ("p", "从各被巡察党组织看，区住房和城乡建设局党组、区市场监督管理局党组、区退役军人事务局党组均在规定时限内报送了整改方案和整改进展情况报告，并在适当范围内公开了整改情况；"
                    "枫岭镇党委、石桥镇党委结合村级组织换届后的班子建设，同步推进巡察整改与基层治理，对村级集体“三资”管理、惠民惠农资金发放等群众关心的问题逐项整改。"
                    "在整改中，区住房和城乡建设局聚焦保障性住房分配和物业管理问题，对全区公租房在保家庭开展资格复核，清退不符合条件家庭；区市场监督管理局聚焦食品安全和预付式消费监管问题，"
                    "开展校园周边食品安全专项检查，建立预付式消费风险预警机制；区退役军人事务局聚焦优抚资金发放问题，对全区优抚对象信息进行全面比对核查；"
                    "枫岭镇、石桥镇聚焦村级集体经济组织管理问题，清理规范村级经济合同，推行村级财务“线上审批、全程留痕”。"),
              ("p", "巡察期间，被巡察党组织坚持边巡边改、立行立改，推动解决了部分小区电梯加装推进慢、集贸市场环境脏乱差、退役军人服务站作用发挥不充分、农村道路破损等群众急难愁盼问题。"
                    "在整改评估中，区委巡察办采取“查阅资料、实地查看、个别谈话、问卷测评”相结合的方式对整改情况逐一进行量化评估，评估结果已书面反馈被巡察党组织，并通报区纪委监委和区委组织部，"
                    "作为被巡察党组织领导班子年度考核的重要参考。对评估中发现整改质量不高、佐证资料不完整的问题，已逐一反馈被巡察党组织补充整改。"),
              ("h", "二、主要做法"),
              ("p", "（一）传导压力抓整改。区委常委会会议听取本轮巡察整改情况汇报，分管区领导对分管领域整改工作进行督办指导。巡察反馈时，区委巡察工作领导小组成员作为反馈组组长参加反馈会议，"
                    "并对整改工作提出要求；区纪委监委派驻纪检监察组和区委组织部相关科室派员参加反馈会议，层层传导整改压力。被巡察党组织书记认真履行第一责任人责任，对整改工作亲自部署、亲自推动。"),
              ("p", "（二）集中督办促整改。区委巡察工作领导小组成立以区纪委副书记牵头、区纪委常委为组长的2个集中督办组，调集组织人事、纪检监察、财务管理等方面专业人员，"
                    "对本轮7个被巡察党组织的整改情况进行集中督办。督办组通过查阅档案、对账查账、实地查看、个别谈话等方式，对整改涉及的人和事进行逐项核实，共查阅整改台账和佐证资料1240余份，"
                    "实地查看整改点位36个，个别谈话87人次，对整改不到位的2个党组织主要负责人进行约谈。"),
              ("p", "（三）巡察派驻强整改。区委创新采用“巡察+派驻”方式，由派驻纪检监察组组长担任巡察整改“回头看”巡察组组长，对巡察整改不落实、敷衍整改、边改边犯的党组织和第一责任人严肃处理。"
                    "本轮巡察整改“回头看”中，对区城市管理局等2个单位上轮巡察整改情况进行了再检查，发现整改不到位问题9个，已督促重新整改到位。"
                    "派驻纪检监察组将巡察整改情况纳入日常监督重点，通过列席被巡察党组织专题民主生活会、参加整改推进会、抽查整改台账等方式跟踪监督，推动巡察监督与派驻监督在整改环节同向发力、同题共答，"
                    "对整改中发现的违规违纪问题线索优先处置、快查快办，形成有力震慑。"),
              ("p", "（四）成果运用促治理。区委巡察办对本轮巡察发现的共性问题进行归纳分析，针对住房保障、市场监管、优抚安置等领域的普遍性问题，向区住房和城乡建设局、区财政局等职能部门发出巡察整改建议书4份，"
                    "推动开展保障性住房分配管理、预付式消费监管等专项治理，做到以巡促改、以巡促建、以巡促治。"),
              ("h", "三、下一步工作"),
              ("p", "区委将坚持把巡察整改作为巡察工作的重要环节，对本轮巡察正在整改的14个问题实行清单化管理、销号式推进，督促被巡察党组织每季度报送一次整改进展；"
                    "对整改不力、敷衍整改、虚假整改的严肃追责问责；健全巡察整改评估机制，把整改评估结果作为被巡察党组织领导班子考核评价的重要依据，推动巡察整改常态化、长效化。"
                    "同时，进一步深化巡察与纪检监察监督、组织监督、审计监督、财会监督等贯通协调，形成监督合力，以巡察整改的实际成效推动全面从严治党向基层延伸。"),
              ("p", "区委巡察工作领导小组将进一步加强对巡察整改工作的统筹指导，完善巡察整改督办、评估、销号、公开等制度，推动形成整改主体责任、监督责任和职能部门责任贯通协同的工作格局；"
                    "加强对巡察发现的普遍性、倾向性问题的分析研判，及时向区委报告并提出治理建议，推动有关职能部门开展行业治理、完善政策制度。对本轮巡察整改中形成的好经验好做法，"
                    "区委巡察办将认真总结、推广运用，不断提升巡察整改质效，为全区经济社会高质量发展提供坚强保障。"),
              ("p", "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0XXX-5127XXX；来信请寄：桐溪区委巡察工作领导小组办公室（桐溪区文昌路18号）；电子邮箱：txqxcb@example.cn。"),
              ("pr", "中共枫林市桐溪区委员会"), ("pr", "2024年12月16日")]
    write_pdf(stem, blocks)
    finish(stem, kind="bulletin", title=title, issuer="中共枫林市桐溪区委员会", date="2024-12-16",
           insp=[None, None, "2024-03-04", "2024-04-30", None],
           headline={"problems_total": 412, "problems_done": 398, "rules_made": 76}, probs=[], koi=[5, 7],
           anomalies=["PDF from Word; the title printed on two lines (the body's name, then '关于…的通报'), joined.",
                      "A round summary over 7 bodies (5 常规 + 2 回头看): no problem list, problems [] (R19; issue 10 kind 5); 二、's （一）…（四） are how the work was supervised.",
                      "Inspector and inspected null (several groups, seven bodies; bw14 doc09). Period '2024年3月4日至4月30日'; feedback to several units over '2024年5月27日至5月31日' -> null (R56).",
                      "Headline = this round (R65): 412 problems / 398 done / 76 rules. The term-to-date counts (前五轮 1836/1809, 68 units, 173/159 clues, 98.5%/91.9%) cover five rounds and are not the subject's headline; 14 unfinished, 96.6%, 7 meetings, money, 29/24 clues, 5/11 people, 2 groups, 1240/36/87, 2 bodies, 9 problems of the 回头看, 4 建议书 are distractors."])


# ================================================================ 08 one-task 验收销号 公示 as a TWO-COLUMN table (.docx)
# Layout modelled on https://p2.ttnews.xyz/a/5e79b598dc9b5e64b75ca86c?lang=zh-hans (黑龙江: 中央环境保护督察反馈问题 '47项完成整改问题中
# 已验收销号33项，未完成验收10项，未申请验收4项'; 存量垃圾场治理任务…验收销号资料), written as the full 验收销号 公示 of one task,
# the task's fields in a two-column table (field | content) between a lead and the 公示 terms.
def doc08():
    stem = "w17_08_one_task_xiaohao_two_column_docx"
    task = "枫林市桐溪区石塘存量垃圾场未按要求完成封场治理，渗滤液收集处理设施不完善，雨季渗滤液溢流污染周边沟渠"
    ms = ["编制《石塘存量垃圾场封场治理及生态修复实施方案》，经专家评审后于2024年3月开工建设，完成垃圾堆体整形6.8万立方米，铺设HDPE防渗膜4.2万平方米，覆土绿化3.1万平方米",
          "新建渗滤液调节池1座（容积3000立方米），配套建设日处理能力150吨的渗滤液处理站，出水经检测稳定达到《生活垃圾填埋场污染控制标准》排放限值",
          "对周边受污染沟渠1.6公里实施清淤和生态修复，清运底泥2400立方米，沿沟渠设置水质监测点位3个，每月监测一次",
          "建立封场后维护管理制度，明确区城市管理局为运维监管单位，委托专业公司负责日常运维，安装渗滤液液位和填埋气在线监测设备并接入区智慧城管平台"]
    p = P(23, "整改任务", task, ms, "done", ["桐溪区城市管理局", "桐溪区生态环境分局", "石塘镇人民政府"], "2024年12月底前", style="num")
    cell = p.mtext("\n")
    recount_block(cell, r"(?m)^\d+\.", 4, "task 23")
    title = "关于中央生态环境保护督察反馈问题第23项整改任务验收销号的公示"
    rows = [["项目", "内容"],
            ["任务编号", "第23项"],
            ["问题来源", "第三轮中央生态环境保护督察反馈意见；《东川省贯彻落实第三轮中央生态环境保护督察报告整改方案》整改任务清单"],
            ["整改任务", task],
            ["整改前基本情况", "石塘存量垃圾场位于石塘镇北侧山坳，1998年启用，2016年停止使用，累计堆存生活垃圾约9.7万立方米。停用后仅进行了简易覆土，未按规范实施封场治理，"
                            "堆体边坡局部裸露，渗滤液导排系统缺失，雨季渗滤液经地表漫流进入下游沟渠，沟渠水体发黑发臭，周边群众多次通过12345热线反映。"],
            ["整改目标", "2024年12月底前完成石塘存量垃圾场封场治理，渗滤液全收集、全处理、稳定达标排放，周边沟渠水质恢复到治理前背景水平，建立封场后长效运维机制。"],
            ["责任单位", "、".join(p.units)],
            ["整改时限", p.deadline],
            ["整改措施及完成情况", cell],
            ["整改成效", "封场治理工程完工后，垃圾堆体实现全覆盖，渗滤液实现全收集、全处理，2024年10月至12月渗滤液处理站出水化学需氧量、氨氮、总氮等指标月均值均稳定达标；"
                        "下游沟渠水体黑臭现象消除，沟渠出口断面水质达到地表水Ⅳ类标准；封场区域已完成植被恢复，与周边山体景观基本协调。"],
            ["资金投入", "该项整改任务累计完成投资2860万元，其中中央和省级污染防治资金1200万元，市、区财政资金1660万元。"],
            ["群众评价", "验收组随机走访周边群众32户，群众对整改成效表示满意，满意率100%。"],
            ["自验情况", "2024年12月10日，桐溪区城市管理局会同桐溪区生态环境分局、石塘镇人民政府组织完成自验，认为该任务已按整改方案要求完成。自验中查阅了工程设计、施工、监理、竣工验收资料和第三方检测报告，现场查看了堆体覆盖、渗滤液收集处理、沟渠修复和在线监测设备运行情况，"
                        "对发现的2处边坡排水沟淤堵问题已立即整改；自验报告、整改佐证资料已按要求报送市督察整改办。"],
            ["验收情况", "2024年12月26日，枫林市督察整改办组织市城市管理局、市生态环境局、市自然资源和规划局及3名特邀专家组成验收组，通过查阅资料、现场核查、走访群众等方式进行了验收，"
                        "现场抽查渗滤液处理站出水水样2个、沟渠水样3个，检测结果全部达标。"],
            ["验收依据", "《中央生态环境保护督察整改工作办法》《东川省生态环境保护督察整改任务验收销号管理办法》《生活垃圾卫生填埋场封场技术规范》《生活垃圾填埋场污染控制标准》及经批准的整改方案。"],
            ["验收结论", "该项整改任务已完成，达到整改目标，同意销号。"],
            ["公示期限", "2025年1月6日至2025年1月12日（共7天）"]]
    blocks = [("title", title),
              ("p", "2023年11月21日至12月21日，中央第五生态环境保护督察组对东川省开展了第三轮中央生态环境保护督察，并于2024年4月15日向东川省委、省政府反馈了督察意见。"
                    "根据《东川省贯彻落实第三轮中央生态环境保护督察报告整改方案》和《枫林市生态环境保护督察整改任务验收销号办法》，枫林市承接的第23项整改任务已完成整改，"
                    "经责任单位自验、市督察整改办组织验收，符合销号条件。为接受社会监督，现将该项整改任务的整改及验收情况公示如下："),
              ("p", "按照《枫林市生态环境保护督察整改任务验收销号办法》，督察整改任务实行“责任单位自验、市督察整改办组织验收、社会公示、报省督察整改办备案销号”的程序。"
                    "验收组由市直相关行业主管部门和特邀专家组成，实行“谁验收、谁签字、谁负责”；对涉及工程建设的整改任务，验收时须查阅工程竣工验收资料和第三方检测报告，"
                    "并现场核查设施运行情况；公示期满无异议或异议核查不属实的，方可报请备案销号。"),
              ("table", rows),
              ("p", "公示期间，如对该项整改任务整改完成情况有异议，请以书面、电话或电子邮件形式向枫林市督察整改办反映，反映时请提供真实姓名和联系方式，以便核实情况、反馈结果。"
                    "逾期未提出异议的，视为无异议，按程序报省督察整改办备案销号。对公示期间收到的异议，市督察整改办将在5个工作日内会同责任单位组织核查，核查属实的立即组织整改，"
                    "整改到位后重新组织验收和公示；核查不属实的，向反映人说明情况。"),
              ("p", "截至目前，枫林市承接的第三轮中央生态环境保护督察整改任务共31项，已完成整改24项，其中已验收销号17项，其余7项正在按序时推进。"
                    "市督察整改办将严格落实“谁验收、谁负责”要求，严把验收销号关，确保整改成果经得起历史和人民检验。"
                    "对尚未完成的整改任务，市督察整改办将实行清单化管理，逐项明确完成时限和阶段目标，每月调度、每季通报，对进度滞后的责任单位发出督办函，确保按期保质完成。"),
              ("p", "该项整改任务整改过程中，市督察整改办坚持“一月一调度、一季一督查”，市政府分管负责同志先后4次到现场督导，协调解决用地、资金等难点问题；桐溪区坚持开门整改，"
                    "在石塘镇政务公开栏和村务公开栏张贴整改进展，邀请周边村民代表参与施工监督和试运行观察，收集并办理群众反映的施工噪声、运输扬尘等问题6件。销号后，该项整改任务的整改资料由市督察整改办统一归档，"
                    "并纳入督察整改成果“回头看”范围，桐溪区城市管理局每季度对封场设施运行情况开展一次检查，发现问题及时整改，确保整改成效长期巩固。"),
              ("p", "联系电话：0XXX-6671XXX　电子邮箱：flsdczgb@example.cn　通信地址：枫林市人民大道200号市生态环境局大楼5楼"),
              ("p", "附件：第23项整改任务整改前后对比照片"),
              ("pr", "枫林市生态环境保护督察整改工作领导小组办公室"), ("pr", "2025年1月6日")]
    write_docx(stem, blocks)
    finish(stem, kind="bulletin", title=title, issuer="枫林市生态环境保护督察整改工作领导小组办公室", date="2025-01-06", end_marker="整改成效",
           insp=["中央第五生态环境保护督察组", "东川省", "2023-11-21", "2023-12-21", "2024-04-15"],
           probs=[p], koi=3,
           anomalies=["One-task 验收销号 公示 (R14) whose fields sit in a two-column table (项目 | 内容): one problem, the '整改任务' row's statement; seq 23 from '第23项' (R77); category = the row label '整改任务' (R83).",
                      "(NEW) the row '整改措施及完成情况' holds four '1.…' items: measure_count 4; the 自验/验收 rows are not measures.",
                      "status done: '验收结论：…同意销号' (R94); units from the 责任单位 row split on 、 (R101); deadline from the 整改时限 row.",
                      "Inspection: the 督察组, its period and feedback to 东川省 in the lead; 2024-12-10 (自验), 2024-12-26 (验收) and the 公示期限 are not inspection dates (R53); report_date = the signature 2025-01-06. The rows 问题来源 / 整改前基本情况 / 整改成效 / 资金投入 / 群众评价 are descriptions, not measures; 1998/2016/9.7万/2860万元/1200万元/1660万元/32户/100%/4 visits/6 complaints are distractors.",
                      "The city's task tally '共31项，已完成整改24项，其中已验收销号17项' is a count over the city's tasks, not this notice's: headline all null (the notice is about one task; R14 sets no headline). NEW call: a tally of the issuer's other tasks in a one-task notice is not read."])


# ================================================================ 09 a cut-off web copy: the text stops mid-list (.txt UTF-8)
# Layout modelled on http://bxjwjw.gov.cn/xx/xs/2025-12-29/6263.html (博兴县中医医院党委…巡察集中整改进展情况的通报: breadcrumbs '当前位置:
# 博兴县纪委监委网站> 信息公开 > 巡视巡察', '来源:…  发布时间:…  浏览量:0 次', lead, 一、整改工作开展情况 (一)医院党委落实整改情况。一是…二是…
# '巡察组反馈的33项具体问题…制定了97项整改措施'), written as a county bureau's bulletin whose stored copy stops inside the problem list.
def doc09():
    stem = "w17_09_cut_copy_mid_list_txt"
    C1, C2 = "关于贯彻落实党的路线方针政策和上级决策部署方面", "关于落实全面从严治党战略部署方面"
    probs = [
        P(1, C1, "推进水利基础设施建设统筹不够，部分灌区续建配套项目进度滞后", ["成立灌区续建配套项目建设专班，实行周调度、月通报", "对进度滞后的2个项目约谈施工单位负责人", "3个灌区续建配套项目已全部完工并通过验收"]),
        P(2, C1, "河湖长制落实不到位，部分河道“清四乱”不彻底", ["对全县38条县级河道开展“清四乱”拉网式排查，整治问题点位57处", "修订县级河长巡河办法"]),
        P(3, C1, "农村饮水安全保障水平不高，部分村庄季节性缺水", ["实施农村供水保障工程，新建改造供水管网46公里", "建立农村供水工程运行维护长效机制"]),
        P(4, C1, "水资源节约集约利用落实不到位，取水许可监管不严", ["对全县取水户开展取水许可专项核查，注销过期取水许可证12套", "对超许可取水的5家企业依法下达整改通知并征收超额水资源费", "建成取水计量在线监测平台，规模以上取水户在线计量全覆盖"]),
        P(5, C1, "防汛抗旱能力建设有短板，部分小型水库存在安全隐患", ["对全县43座小型水库开展安全鉴定，完成除险加固7座", "落实小型水库“三个责任人”和“三个重点环节”", "修订县级防汛应急预案，组织防汛应急演练2次"]),
        P(6, C1, "水土保持监管不到位，部分生产建设项目未落实水土保持措施", ["对全县在建生产建设项目开展水土保持专项检查，督促31个项目补办水土保持方案", "对未落实水土保持措施的3个项目依法立案查处", "运用遥感监管手段实现生产建设项目水土保持监管全覆盖"]),
        P(7, C1, "农田水利设施管护责任落实不到位，部分小型灌排设施损毁失修", ["制定小型农田水利设施管护办法，明确产权和管护主体", "维修改造小型灌排设施86处", "将管护经费纳入县级财政预算"]),
        P(1, C2, "局党组主体责任落实不够到位，对局属单位管党治党指导不力", ["修订局党组落实全面从严治党主体责任清单和年度任务清单，明确班子成员“一岗双责”具体事项", "局党组书记与局属单位主要负责人开展谈心谈话全覆盖，对发现的苗头性问题及时提醒", "将局属单位党风廉政建设情况纳入年度目标考核，考核结果与评先评优挂钩"]),
        P(2, C2, "水利工程项目监管存在廉洁风险，个别项目未按规定组织验收", ["对2021年以来实施的水利工程项目开展招标投标、质量管理、资金支付和竣工验收专项检查", "督促项目法人补办验收手续项目4个，对验收资料不全的项目限期补正", "建立项目验收终身负责制和参建单位信用评价制度"]),
        P(3, C2, "干部作风不够扎实，服务基层群众存在“中梗阻”", ["开展作风建设专项整治，对群众和企业反映的水利审批事项办理慢、基层水利服务不到位等问题逐件核查，逐一整改销号", "推行水利审批事项“一次办好”和帮办代办服务，审批时限平均压缩45%"]),
    ]
    # the cut item: printed up to the middle of its 二是 (the measures present: 一是 complete, 二是 begun)
    cut_title = "违反中央八项规定精神问题仍有发生，个别单位公务用车管理不规范"
    cut_meas = ["对局机关和局属单位公务用车使用情况开展专项检查，清退违规费用1.86万元", "修订公务用车管理制度，推行公务用车“一车一卡”定点加油"]
    cut = P(4, C2, cut_title, cut_meas)
    lines, last, k = [], None, 0
    for p in probs + [cut]:
        if p.cat != last:
            k += 1
            lines.append(f"({cn(k)}){p.cat}")
            last = p.cat
        lines.append(f"{p.seq}.{p.title}。")
        mt = p.mtext()
        recount_block(mt, r"[一二三四五六七八九十]+是", shi_count(p), p.title)
        lines.append("整改情况:" + mt)
    body = "\n\n".join(lines)
    stop = body.index("推行公务用车“一车一卡”") + len("推行公务用车")
    body = body[:stop]
    title = "中共枫林县水利局党组关于十五届县委第三轮巡察集中整改进展情况的通报"
    text = f"""当前位置:枫林县纪委监委网站> 信息公开 > 巡视巡察
{title}
来源:枫林县纪委监委网站      发布时间:2024-11-05       浏览量:0 次

根据县委统一部署,2024年4月15日至6月14日,县委第二巡察组对县水利局党组开展了巡察。2024年7月30日,县委第二巡察组向县水利局党组反馈了巡察意见。按照巡察工作有关要求,现将巡察集中整改进展情况予以公布。

一、整改工作开展情况

(一)局党组落实整改情况。一是强化组织领导,成立工作专班。巡察反馈意见下达后,局党组迅速行动,第一时间召开专题党组会议,深入学习领会巡察组反馈意见,制定并印发了《关于成立县委巡察反馈问题整改工作专班的通知》,成立了以党组书记为组长、其他班子成员为副组长、各股室和局属单位负责人为成员的工作专班。专班下设办公室,由党组成员、办公室主任兼任办公室主任,负责整改日常工作。二是制定整改台账,层层压实整改责任。局党组对巡察组反馈的4个方面27项具体问题逐项讨论、深入剖析,制定并印发了《关于十五届县委第三轮巡察反馈问题的整改落实工作方案》,制定了84项整改措施,建立巡察反馈问题整改台账,实行挂图作战,建立销号制度,确保整改工作可量化、可追踪、可问责。三是注重建章立制,推动水利事业高质量发展。为从根本上解决问题,局党组坚持“当下改”与“长久立”相结合,对内部管理制度进行全面梳理,废止过时制度6项,修订完善制度19项。

(二)党组书记履行第一责任人职责情况。党组书记坚持把自己摆进去、把职责摆进去、把工作摆进去,亲自部署重要工作、过问重大问题、协调重要环节、督办重要事项。集中整改期间,党组书记主持召开党组会议、整改推进会8次,带头领办灌区项目建设、河湖长制落实等重点整改任务,深入基层督导调研11次,与班子成员和局属单位主要负责人开展谈心谈话23人次。党组书记坚持以上率下,带头召开巡察整改专题民主生活会,主动认领问题、深刻剖析根源,带头开展批评和自我批评,为班子成员作出示范;对整改中涉及多个股室、局属单位的复杂问题,亲自组织协调会商,明确牵头单位和配合单位,推动问题一体解决。

(三)班子成员履行“一岗双责”情况。班子成员结合分管工作深入基层一线调研督导,帮助局属单位和股室解决整改中的具体困难。班子成员按照分工认领问题,对分管领域的整改任务亲自部署、亲自推动,每周向工作专班报告一次整改进展,推动形成党组统一领导、班子成员分工负责、股室和局属单位协同推进的整改工作格局。

(四)纪检监察组监督整改情况。县纪委监委派驻纪检监察组把督促巡察整改作为日常监督的重要内容,通过列席专题民主生活会、审核整改方案、调阅整改台账、实地查看整改现场等方式加强整改监督,对整改进度滞后的2个局属单位主要负责人进行提醒谈话,推动整改工作按时间节点推进。局党组坚持开门整改,在局门户网站和政务公开栏公开整改进展,召开服务对象座谈会2次,收集意见建议16条,已全部办理反馈。

二、巡察反馈问题整改落实情况

{body}"""
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    assert text.endswith("推行公务用车") and "一车一卡" not in text
    finish(stem, excerpt=True, kind="bulletin", title=title, issuer="中共枫林县水利局党组", date="2024-11-05",
           insp=["县委第二巡察组", "县水利局党组", "2024-04-15", "2024-06-14", "2024-07-30"],
           headline={"problems_total": 27, "measures_total": 84, "rules_made": 19}, probs=probs + [cut], koi=2,
           anomalies=["A cut-off web copy (excerpt true): the stored text stops mid-list, inside item (二)4's 整改情况 at '二是修订公务用车管理制度,推行公务用车' — no 三、, no signature, no closing figures (R5).",
                      "Label only what is printed (R24, R25): eleven problems; the cut item 4 is labelled with the measures present — 一是 complete and 二是 begun: measure_count 2.",
                      "Breadcrumbs, '来源:…  发布时间:…  浏览量:0 次' chrome and ASCII punctuation (',' ':' '(一)') as on the model page; report_date from the 发布时间 2024-11-05 (no signature in the copy, R40).",
                      "一、 organisation ((一)(二)(三), 一是…三是) first; problems '1.…' under '(一)关于…方面' categories in 二、 (category kept with its 关于…方面 wording, R80/R81); no status words: null.",
                      "Headline from 一、: '4个方面27项具体问题' -> 27 (problems), '84项整改措施' -> 84; no done counts printed before the cut; '修订完善制度19项' -> rules_made 19 (R74: made or revised), the 6 abolished rules are not; 8 meetings, 11 visits, 23 talks, 2 units, 2 座谈会, 16 suggestions and the figures inside measures are distractors."])


if __name__ == "__main__":
    for name in sorted(k for k in list(globals()) if re.fullmatch(r"doc\d\d", k)):
        globals()[name]()
        print("made", name)
    print(len(ALL), "documents; every truth value re-found, every measure count checked twice")
