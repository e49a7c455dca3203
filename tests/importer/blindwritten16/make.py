"""Generate blind held-out set 16 (written by helper writer16, session 19, 2026-12-06): nine FULL-LENGTH documents + truths.

All bodies, people, places and figures are invented for testing. Each document's layout (structure, headings, numbering,
field labels, wording habits, where the problems sit) is modelled on one real page found with the search tool (corpus
pages); the page's address is named in the comment above each docNN function. writer16 did not read the parser
(zhenggai/importer/**, tests/importer/*.py) and did NOT run it on this set (the lead scores it once, at the end; so
there is no FIRST_RUN file). Every page named here is absent from blindwritten/ … blindwritten14/ make.py and READMEs
and from writer15's blindwritten15/make.py (checked by normalised url, host+path+query, again just before the commit).
Some of the pages were labelled before in tests/importer/real as ~2,000-byte excerpts; never as full-length written
documents. The bodies, sections, problems, figures and formats here are writer16's own.
Run from the worktree root:  .venv/bin/python tests/importer/blindwritten16/make.py   (needs soffice for .pdf)
Every measure_count is counted twice: from the data (len of the measure list, the kit's Prob) and by a regex recount over
the rendered text of that problem (recount_block); make.py refuses to write when they differ; after writing, recount_files
counts each problem's items a third time in the text read back from the written file (between its title and the next). Every non-null truth value
is re-found in the document's own text read back from the written file (check_refound); the traditional copy's problems
are re-found in its t2s conversion. Every document is complete and at least 2,500 characters without whitespace.

Queries run (pages corpus): 巡视整改进展情况 附件 问题清单 整改时限 整改进展 已完成; 关于巡察整改进展情况的通报 一、整改工作组织情况
二、反馈问题整改落实情况 三、下一步; 中央生态环境保护督察反馈问题整改销号公示 整改任务 整改目标 整改措施 完成情况; 督察反馈指出 整改进展情况
已完成整改 达到序时进度; 审计查出问题整改情况 审计发现问题 已整改 整改率 整改金额 亿元; 巡察整改情况 综述 本轮巡察 反馈问题 已整改
移交问题线索 被巡察党组织; 大学 党委 关于巡视整改进展情况的通报 反馈问题 整改措施 已完成 长期坚持; 医院 关于巡察整改情况的通报 党委
巡察组 反馈意见 整改落实; 整改任务完成情况公示 责任单位 整改时限 整改完成情况 公示期 联系电话; 反馈指出 整改情况 问题已整改到位 逐条对照
巡察反馈问题整改落实情况; 省委第 巡视组 至 月 日 进行了巡视 于 年 月 日 反馈 巡视意见 整改进展情况 公布; 附件：巡视反馈问题整改落实情况表
序号 问题 整改措施 整改时限 完成情况 通报; 关于“ ”问题的整改情况 督察组指出 整改进展 已完成 长期坚持 生态环境.
Declined as layouts (already modelled in blindwritten…blindwritten14): hgjwjw.gov.cn, saintpaulhem.com, pejw.pes.gov.cn,
dwxsb.whu.edu.cn, and the earlier sets' ningbo/cixi/ruijin/xdscy/jw.km/jiaozuo/tdq.siping/nzgx/wentop/scfbfile; news of
meetings with no rectification layout (blcu, jschina, hbust, kunyuhb, m.zuzhaopin, lydyyy, fyxfw, 146.56.203.80,
m-yicheng, yndaily, qdubb, hbrb, czrb); weight/essay pages (renrendoc, bkwk, zkxblog, qh.xinhuanet, abg.baidu, zhetiaohe).
Formats: .docx (01, 03 with a Word table), .pdf via soffice (02, 09), UTF-8 .txt (04), GB18030 .txt with CRLF (05),
traditional-character UTF-8 .txt (06), Word-saved .html with mso markup (07), .xlsx (08).
Kinds (issue 10's numbering, kind_of_issue in each truth): 01 -> 1, 02 -> 2, 03 -> 3, 04 -> 4, 05 -> 5, 06 -> 6,
07 -> 7, 08 -> 6 (and 5), 09 -> 5 (and 7). Extra genres: 07 a hospital's bulletin exported from Word as HTML, 08 a
provincial 督察 round summary (.xlsx), 09 a university's 巡察整改成效评估 report, 01 a provincial report on 督察 rectification
with an attachment.

Conventions followed (CONVENTIONS.md): '任务2.3：' -> seq = last component (R76); status words (R93, R94); one-task
notice: one problem, seq = the task number, category = the label '整改任务' (R14, R77, R83); a quoted feedback item's
title = the quoted statement without attribution and outer quotes (R15, R86); '关于“…”的问题' wrapper stripped (schema);
no problem list -> [] with the figures (R19); audit: inspector = the audit office (R46); traditional copy: problems in
simplified, doc fields in the page's script (R91); units split on 、 (R101); headline counts only as stated (R62–R74).
NEW calls (also in each truth's anomalies): doc 03 a one-task notice whose 附件 table has both '整改措施' (1.2.3.) and
'完成情况' (1.2.3.) cells: measure_count = the 整改措施 items (3; the 完成情况 cell has as many items); title = the task
cell's statement after '第9项整改任务：'; doc 06 an audit office's notice with '审计发现问题82个…已整改问题54个' and a '（一）'
list of key problems each closing '（已整改）/（正在整改）/（已移送）': '已移送' (moved to the discipline body) -> status null;
doc 08 a .xlsx round summary whose second sheet lists per-city task counts: cities are not problems, problems [], headline
from the first sheet's sentence (315 tasks / 139 done), the 信访 figures (1102/1005) are not problems; doc 09 a university
巡察办's evaluation of two colleges' rectification: the per-college counts are not summed by us, the headline is the
stated total '共反馈问题57个，已整改到位49个'.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import openpyxl
import opencc

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/importer: the generators' shared kit
from blindwritten_kit import cn, finisher, mso_p, Prob, recount_block, shi_count, word_html, writers  # noqa: E402

_, write_docx, write_pdf = writers(OUT)  # (the truth is written by finish)
P = Prob
MIN_LEN = 2500
finish, ALL = finisher(OUT, MIN_LEN)


# ================================================================ 01 provincial report on 督察 rectification, problems only in the attachment (.docx)
# Layout modelled on http://supersmoothiequeens.com/hqfz/201905/t20190501_11441014.htm (工人日报: 中央环境保护督察组于2017年8月至
# 9月…开展环境保护督察，并于2018年1月完成督察反馈…截至2019年3月底，督察整改方案明确的530项整改任务，已完成或基本完成274项…一是…
# 二是…三是… 薄弱环节; 整改报告对外全面公开), written as one province's full public rectification report: lead with the period and
# the feedback date, narrative 一、…四、, the task figures, and the tasks only in 附件 as '任务1.1：' items.
def doc01():
    stem = "w16_01_province_ducha_report_attachment_docx"
    S = {"done": "已完成", "in_progress": "正在推进"}
    A1, A2, A3 = "思想认识和责任落实方面", "水污染防治方面", "生态保护修复方面"
    NUM = {A1: "一、", A2: "二、", A3: "三、"}
    probs = [
        P("1.1", A1, "一些地方和部门对生态环境保护工作重视不够，“管发展必须管环保”的要求没有落实到位", ["修订省级有关部门生态环境保护责任清单，明确34个部门职责", "将生态环境保护工作纳入市县党政领导班子年度考核，权重提高到8%", "对督察整改工作推进不力的2个县主要负责人进行约谈"], "done", ["省生态环境厅", "省委组织部"], "2023年12月底前", style="num"),
        P("1.2", A1, "部分地方督察整改工作存在表面整改、敷衍整改问题", ["组织开展督察整改“回头看”，核查已销号整改任务112项", "对发现的7项整改不到位任务重新挂号整改"], "done", ["省生态环境保护督察整改工作领导小组办公室"], "立行立改", style="num"),
        P("2.1", A2, "城镇生活污水收集处理设施建设滞后，部分污水处理厂长期超负荷运行", ["新建和改造城镇污水管网1260公里", "新建扩建城镇污水处理厂19座，新增处理能力38万吨/日", "对超负荷运行的11座污水处理厂实施提标扩容"], "in_progress", ["省住房和城乡建设厅", "各市人民政府"], "2025年12月底前", style="num"),
        P("2.2", A2, "部分重点河流断面水质不稳定，入河排污口排查整治不彻底", ["完成全省主要河流入河排污口排查，建立排污口名录4381个", "对排查出的非法排污口全部取缔封堵"], "done", ["省生态环境厅", "省水利厅"], "2024年6月底前", style="num"),
        P("2.3", A2, "农村黑臭水体治理进展缓慢", ["制定农村黑臭水体治理三年行动方案", "完成纳入国家监管清单的农村黑臭水体治理263条"], "in_progress", ["省生态环境厅", "省农业农村厅"], "2025年6月底前", style="num"),
        P("3.1", A3, "一些自然保护区内违规开发建设问题整治不到位", ["对全省自然保护区人类活动问题开展全面排查", "拆除保护区核心区违规建筑物5.6万平方米并完成生态修复", "建立自然保护区人类活动遥感监测季度通报制度"], "done", ["省林业局", "有关市人民政府"], "2024年3月底前", style="num"),
        P("3.2", A3, "历史遗留矿山生态修复进度滞后", ["编制全省历史遗留矿山生态修复实施方案", "完成历史遗留矿山生态修复面积2.3万亩"], "in_progress", ["省自然资源厅"], "2025年12月底前", style="num"),
        P("3.3", A3, "部分地区非法采砂问题禁而未绝", ["开展河道非法采砂专项整治行动，查处非法采砂案件47起", "推行河道砂石采运“电子联单”管理"], "done", ["省水利厅", "省公安厅"], "长期坚持", style="num"),
    ]
    def items(ps):
        out, last = [], None
        for p in ps:
            if p.cat != last:
                out.append(("h", NUM[p.cat] + p.cat))
                last = p.cat
            ms = p.mtext("\n")
            recount_block(ms, r"(?m)^\d+\.", len(p.measures), p.title)
            out += [("p", f"任务{p.seq}：{p.title}"), ("p", f"责任单位：{'、'.join(p.units)}"), ("p", f"整改时限：{p.deadline}"),
                    ("p", "整改措施及完成情况：")] + [("p", line) for line in ms.split("\n")] + [("p", f"整改进展：{S[p.status]}")]
        return out
    title = "青川省贯彻落实第三轮中央生态环境保护督察报告整改情况的报告"
    blocks = [
        ("title", title),
        ("p", "2023年3月22日至4月22日，中央第五生态环境保护督察组对青川省开展了第三轮中央生态环境保护督察，并于2023年7月13日向青川省反馈了督察意见。"
              "省委、省政府坚决扛起督察整改政治责任，对照督察报告指出的问题，研究制定《青川省贯彻落实第三轮中央生态环境保护督察报告整改方案》，经党中央、国务院审核同意后印发实施。"
              "根据《中央生态环境保护督察整改工作办法》有关要求，现将整改落实情况报告如下。"),
        ("h", "一、提高政治站位，以最坚决的态度推进督察整改"),
        ("p", "省委常委会会议、省政府常务会议先后11次专题研究督察整改工作，省委、省政府主要负责同志担任省生态环境保护督察整改工作领导小组组长，分管省领导分别牵头督办重点整改任务。"
              "领导小组办公室实行“一月一调度、一季一通报、半年一督查”，对进度滞后的整改任务下发督办单29份，对整改不力的4个地方开展专项督察。各市、县（市、区）均成立相应工作机构，"
              "形成了省负总责、市县抓落实、部门协同推进的工作格局。"),
        ("p", "一是坚持清单化管理。将督察报告指出的问题逐项分解为整改任务，逐项明确责任单位、整改目标、整改措施和完成时限，实行拉条挂账、督办落实、办结销号。"
              "二是坚持严格验收。制定整改任务验收销号办法，按照“谁牵头、谁验收，谁验收、谁负责”的原则，对完成的整改任务逐项组织现场核查和社会公示。"
              "三是坚持严肃问责。针对督察移交的生态环境损害责任追究问题，对38个责任单位、61名责任人实施追责问责，以问责倒逼责任落实。"),
        ("h", "二、突出问题导向，推动督察整改任务落地见效"),
        ("p", "截至2024年10月底，省整改方案明确的46项整改任务，已完成31项，其余15项正在按序时推进；督察组进驻期间转办的3182件群众信访举报问题，已办结3127件。"
              "整改过程中，全省新建城乡生活污水处理项目412个、生活垃圾处理项目168个，实施大气污染防治重点项目236个，新建或修订地方性法规和政策文件27项。"
              "附件所列为督察报告点名的重点整改任务进展情况。"),
        ("p", "2024年，全省地级及以上城市细颗粒物平均浓度同比下降6.1%，优良天数比例达到88.4%；国考断面水质优良比例达到94.7%，同比提高2.3个百分点，"
              "劣Ⅴ类断面全面消除；完成营造林面积186万亩，治理水土流失面积1420平方公里。一批长期想解决而没有解决的突出生态环境问题得到解决，人民群众的生态环境获得感明显增强。"),
        ("p", "在整改中，各地坚持边督边改、举一反三。青川市对主城区17条黑臭水体实施“一河一策”治理，已全部消除黑臭；临江市关停取缔“散乱污”企业236家，推动42家重点企业完成超低排放改造；"
              "北岭市对督察指出的自然保护区违规建设问题开展全面清理，同步建立保护区巡护监测网络。省直有关部门围绕督察反映的共性问题，在全省范围内组织开展入河排污口、危险废物、矿山生态修复等专项整治，"
              "推动问题整改由点及面、由治标向治本转变。"),
        ("h", "三、存在的差距和不足"),
        ("p", "督察整改工作虽然取得阶段性成效，但仍然存在一些薄弱环节：部分基础设施类整改任务建设周期较长，尚未达到序时进度要求；一些地方整改工作存在畏难情绪，"
              "长效机制还不够健全；少数地方群众信访举报问题出现反弹。对此，省委、省政府将高度重视、认真研究解决。"),
        ("h", "四、下一步工作安排"),
        ("p", "一是持续抓好未完成整改任务，实行挂图作战，倒排工期，确保按期完成；二是巩固已完成整改任务成效，定期开展“回头看”，坚决防止问题反弹；"
              "三是深入打好污染防治攻坚战，以督察整改为契机推动生态环境质量持续改善；四是健全督察整改长效机制，把督察整改纳入各级党委、政府年度目标考核。"),
        ("p", "附件：第三轮中央生态环境保护督察报告重点整改任务进展情况"),
        ("pr", "青川省人民政府"),
        ("pr", "2024年11月15日"),
        ("break", None),
        ("p", "附件"),
        ("title", "第三轮中央生态环境保护督察报告重点整改任务进展情况"),
    ]
    blocks += items(probs)
    write_docx(stem, blocks, header="青川省生态环境保护督察整改")
    for p in probs:
        p.seq = int(p.seq.split(".")[-1])
    finish(stem, kind="bulletin", title=title, issuer="青川省人民政府",
           date="2024-11-15",
           insp=["中央第五生态环境保护督察组", "青川省", "2023-03-22", "2023-04-22", "2023-07-13"],
           headline={"problems_total": 46, "problems_done": 31, "rules_made": 27}, probs=probs, koi=1,
           anomalies=["Report body 一、…四、 is narrative (organisation, figures, gaps, next steps); its 一是…四是 are not problems or measures. The tasks sit only in the 附件 as '任务1.1：' … '任务3.3：'.",
                      "seq = the label's last component (R76); numbering restarts under each attachment heading. category = the attachment's '一、…方面' heading.",
                      "Each task: 责任单位 (split on 、), 整改时限 as written ('立行立改', '长期坚持' too), '整改措施及完成情况：' then '1.' lines = measures, '整改进展：已完成' -> done / '正在推进' -> in_progress.",
                      "Headline 46 tasks / 31 done (problems: the report counts 整改任务), 27 法规和政策文件 -> rules_made; only 8 of the 46 are listed (the attachment lists the 重点 tasks). 15 in progress, 3182/3127 信访, 412/168/236 projects, 11 meetings, 29 督办单, 4 places, 38 units / 61 people and the quality figures are distractors.",
                      "issuer = the signature 青川省人民政府; report_date = the signature 2024-11-15. The deadline '长期坚持' of 任务3.3 is a deadline, its status is the 整改进展 label (done)."])


# ================================================================ 02 bulletin: organising section first, problems second, next steps last (.pdf)
# Layout modelled on http://puupupc.cn/press_center/exhibition_ews/3424.html (a copy of 湖北省卫健委's 巡视整改进展 notice: '根据省委巡视
# 工作统一部署，2022年8月下旬至9月底，省委第五巡视组对省卫生健康委党组开展了…专项巡视。2022年11月9日，省委第五巡视组向省卫生健康委党组反馈了
# 巡视意见。按照巡视工作有关要求，现将集中整改进展情况予以公布。一、巡视整改组织领导情况 （一）提高站位抓整改，…'), written in full:
# 一、 organisation with （一）（二）（三） headings and 一是…, 二、 the problems as '1.关于“…”的问题' under （一）…方面, each '整改情况：一是…' and
# '整改进展：…', 三、 next steps.
def doc02():
    stem = "w16_02_bureau_bulletin_problems_second_pdf"
    S = {"done": "已完成", "in_progress": "正在推进"}
    C1, C2, C3 = "落实党中央关于医疗保障工作决策部署方面", "落实全面从严治党责任方面", "落实新时代党的组织路线方面"
    probs = [
        P(1, C1, "医保支付方式改革推进不够有力，按病种分值付费覆盖面不广", ["制定全省按病种分值付费三年行动计划，明确2024年底前实现统筹地区全覆盖", "组织专家对病种分值目录进行动态调整，新增病种412个", "对改革推进滞后的3个统筹地区开展约谈督导"], "done"),
        P(2, C1, "医保基金监管存在薄弱环节，欺诈骗保问题仍有发生", ["开展医保基金违法违规使用专项整治，检查定点医药机构2846家，追回医保基金1.37亿元", "推进医保智能监控系统全覆盖"], "done"),
        P(3, C1, "异地就医直接结算服务不够便捷", ["将门诊慢特病跨省直接结算病种扩大到10种", "在全省乡镇（街道）医保服务站开通异地就医备案服务"], "in_progress"),
        P(1, C2, "局党组主体责任落实有差距，对直属单位管党治党督促指导不够", ["修订局党组落实全面从严治党主体责任清单", "局党组成员每半年到分管直属单位督导检查全面从严治党工作", "对3个直属单位党组织书记开展约谈提醒"], "done"),
        P(2, C2, "医药集中采购领域廉洁风险防控存在短板", ["对集中采购全流程开展廉洁风险排查，梳理风险点27个", "建立集中采购工作人员回避和轮岗制度"], "done"),
        P(3, C2, "违反中央八项规定精神问题仍有发生，个别单位公务用车管理不规范", ["对直属单位公务用车使用情况开展专项检查", "对违规使用公务用车的2名干部给予党纪处分"], "done"),
        P(1, C3, "干部队伍专业化水平不高，医保专业人才缺乏", ["制定医保系统干部专业能力提升计划，举办专题培训班6期", "通过公开遴选引进医保、财会、信息化专业人才14名"], "in_progress"),
        P(2, C3, "基层党组织建设不够规范，部分支部“三会一课”落实不到位", ["对局机关和直属单位党支部开展标准化规范化建设评估", "整顿提升后进党支部2个"], "done"),
    ]
    title = "中共江岭省医疗保障局党组关于省委专项巡视集中整改进展情况的通报"
    blocks = [("title", title),
              ("p", "根据省委巡视工作统一部署，2023年3月13日至4月28日，省委第三巡视组对省医疗保障局党组开展了医保基金管理专项巡视。2023年6月9日，省委第三巡视组向省医疗保障局党组反馈了巡视意见。"
                    "按照巡视工作有关要求，现将集中整改进展情况予以公布。"),
              ("h", "一、巡视整改组织领导情况"),
              ("h", "（一）提高站位抓整改，深刻认识巡视整改的重大意义"),
              ("p", "局党组深入学习贯彻习近平总书记关于巡视工作的重要论述，把巡视整改作为重大政治任务，诚恳接受巡视组反馈的每一条意见，严肃对待指出的每一个问题。"
                    "一是及时召开党组会议传达学习反馈意见，统一思想认识；二是召开巡视整改专题民主生活会，班子成员逐一对照检视剖析；三是召开全局巡视整改动员部署会，层层传导压力；四是组织全局党员干部开展巡视整改专题学习研讨，引导党员干部把思想和行动统一到省委要求上来，增强抓好整改的政治自觉、思想自觉和行动自觉，形成全局上下齐抓共管、合力推进整改的良好局面。"),
              ("h", "（二）压实责任抓整改，构建上下贯通的责任体系"),
              ("p", "成立由党组书记任组长的巡视整改工作领导小组，下设办公室和3个专项工作组。党组书记认真履行第一责任人责任，先后主持召开领导小组会议9次，带头领办重点难点问题4个；"
                    "班子成员按照“一岗双责”要求，牵头抓好分管领域问题整改。制定整改方案，梳理形成问题、任务、责任“三张清单”，细化整改措施52条。"),
              ("h", "（三）严督实导抓整改，确保整改任务落地落实"),
              ("p", "建立整改工作周调度、月通报制度，对整改进展滞后的事项下发督办通知5份；驻局纪检监察组全程参与整改监督，对整改情况进行跟踪检查，推动整改工作有力有序开展。"),
              ("p", "局党组坚持把巡视整改与主题教育、医保领域群众身边不正之风和腐败问题集中整治结合起来，与深化医疗保障制度改革结合起来，一体推进“当下改”与“长久立”。"
                    "整改期间，局党组坚持每月听取一次整改进展汇报，逐项对账销号；对涉及卫生健康、市场监管、公安等部门的问题，主动沟通对接，建立联席会议机制，协同推进问题解决。"
                    "同时坚持开门整改，通过局门户网站、政务新媒体公开整改进展，设立意见箱收集参保群众和定点医药机构意见建议86条，已全部办理反馈。"),
              ("h", "二、巡视反馈问题整改落实情况")]
    last = None
    for p in probs:
        if p.cat != last:
            blocks.append(("h", f"（{cn([C1, C2, C3].index(p.cat) + 1)}）{p.cat}"))
            last = p.cat
        ms = p.mtext()
        recount_block(ms, r"[一二三四五六七八九十]是", shi_count(p), p.title)
        blocks += [("p", f"{p.seq}.关于“{p.title}”的问题。"), ("p", f"整改情况：{ms}"), ("p", f"整改进展：{S[p.status]}。")]
    blocks += [("h", "三、下一步工作打算"),
               ("p", "截至目前，巡视反馈的3个方面18个问题中，已完成整改14个，其余4个正在推进；细化的52条整改措施已完成45条，建立完善制度机制16项。"
                     "以上列出的为巡视反馈的主要问题及其整改情况。"),
               ("p", "下一步，局党组将坚持目标不变、力度不减，一是对尚未完成的整改任务紧盯不放，逐项明确完成时限，确保整改到位；二是对已完成的整改任务适时开展“回头看”，"
                     "巩固整改成果；三是把巡视整改与医保事业高质量发展结合起来，持续深化医保支付方式改革，守好人民群众的“看病钱”“救命钱”。"),
               ("p", "通过巡视整改，全省医疗保障工作取得新的进展。2023年1月至8月，全省职工医保和城乡居民医保政策范围内住院费用基金支付比例分别达到84.6%和69.2%，"
                     "跨省异地就医直接结算42.7万人次，同比增长61%；国家和省级组织药品耗材集中带量采购中选结果全部落地，平均降价52%，累计为参保群众减轻负担18.3亿元。"
                     "医保经办服务事项“一网通办”率达到93%，全省乡镇（街道）医保服务站实现全覆盖，参保群众办事“多跑路”“来回跑”问题明显减少。"),
               ("p", "同时也要看到，整改工作还存在一些差距：个别问题涉及体制机制调整，需要较长时间才能见到成效；部分制度建立后执行还不够到位，整改成果还需进一步巩固。"
                     "局党组将把巡视整改作为长期任务，持续抓好后续整改，每季度召开一次党组会议研究整改工作，每半年向省委巡视工作领导小组办公室报告一次整改进展。"),
               ("p", "欢迎广大干部群众对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0XXX-8692XXX；电子邮箱：jlybj@example.cn。"),
               ("pr", "中共江岭省医疗保障局党组"), ("pr", "2023年9月12日")]
    write_pdf(stem, blocks)
    finish(stem, kind="bulletin", title=title, issuer="中共江岭省医疗保障局党组", date="2023-09-12",
           insp=["省委第三巡视组", "省医疗保障局党组", "2023-03-13", "2023-04-28", "2023-06-09"],
           headline={"problems_total": 18, "problems_done": 14, "measures_total": 52, "measures_done": 45, "rules_made": 16},
           probs=probs, koi=2,
           anomalies=["一、 (organisation) comes first with its own （一）（二）（三） headings and 一是…三是: not problems, not categories. Problems only in 二、 under '（一）…方面' headings; 三、 next steps.",
                      "Each problem '1.关于“…”的问题。' -> title without the wrapper and quotes (schema); numbering restarts per category; measures = the 一是… of '整改情况：'; '整改进展：已完成' -> done, '正在推进' -> in_progress.",
                      "Headline in 三、: 18 problems / 14 done, 52 measures / 45 done, 16 rules; only 8 problems are listed (the 主要问题); 52 also appears in 一、 as the measures made. 9 meetings, 4 problems led, 5 notices, 2846/1.37亿元/412/27/6/14/2 are distractors."])


# ================================================================ 03 one task, one notice: 销号公示 with the task in a Word table (.docx)
# Layout modelled on https://lcj.tongliao.gov.cn/zwgk/tzgg/202512/t20251229_1024608.html (通辽市林业和草原局: 发布时间 / 信息来源 lines;
# title '关于第二轮自治区生态环境保护督察整改任务 销号的公示' split over two lines; '第…第6项整改任务已整改完成，并通过验收，拟按程序实施销号…
# 公示期为…'; 联系电话 / 邮寄地址; 附件 '…第6项整改任务完成情况表' with rows 整改任务 | 责任单位 | 整改目标 | 整改措施 1.2. | 完成情况 1.2.),
# written in full with the 验收 and 成效 paragraphs a full notice carries.
def doc03():
    stem = "w16_03_one_task_xiaohao_table_docx"
    task = "青岚市主城区东部垃圾填埋场渗滤液处理能力不足，调节池长期高液位运行，存在渗滤液外溢风险"
    ms = ["2024年3月底前，新建日处理能力800吨的渗滤液应急处理设施，对调节池存量渗滤液开展应急处置",
          "2024年6月底前，完成填埋场渗滤液处理站提标扩容改造，处理能力由每日500吨提高到每日1200吨",
          "建立渗滤液产生量、处理量和调节池液位日监测制度，监测数据接入市生态环境局监控平台"]
    done = ["2024年3月20日，应急处理设施建成投运，累计处置调节池存量渗滤液9.6万吨，调节池液位由4.8米降至1.5米以下。",
            "2024年6月18日，渗滤液处理站提标扩容改造工程通过竣工验收，处理能力达到每日1200吨，出水稳定达到《生活垃圾填埋场污染控制标准》表2限值。",
            "2024年4月起，渗滤液产生量、处理量和调节池液位实现日监测，数据已接入市生态环境局监控平台，未再出现高液位运行情况。"]
    p = P(9, "整改任务", task, ms, "done", ["市城市管理局", "市城投环境集团"], "2024年6月底前", style="num")
    mtext = p.mtext("\n")
    recount_block(mtext, r"(?m)^\d+\.", 3, "task 9 measures")
    dtext = "\n".join(f"{i}.{d}" for i, d in enumerate(done, 1))
    recount_block(dtext, r"(?m)^\d+\.", 3, "task 9 done items")
    title = "关于第二轮省生态环境保护督察整改任务销号的公示"
    blocks = [
        ("p", "青岚市城市管理局　政府信息公开　通知公告"),
        ("p", "发布时间：2024-09-02 10:15　信息来源：青岚市城市管理局"),
        ("title", "关于第二轮省生态环境保护督察整改任务"), ("title", "销号的公示"),
        ("p", "2022年5月10日至6月10日，省第三生态环境保护督察组对青岚市开展了第二轮省级生态环境保护督察，并于2022年8月26日向青岚市反馈了督察意见。"
              "根据反馈意见，青岚市制定整改方案，明确整改任务38项，其中第9项整改任务由市城市管理局牵头落实。按照“完成一项、验收一项、公示一项、销号一项”的要求，对经验收达到销号条件的整改任务，由牵头单位在本单位门户网站进行公示，公示期满无异议的，报市督察整改办备案销号，"
              "并报省督察整改办备案。"),
        ("p", "第二轮省生态环境保护督察第9项整改任务已整改完成，并通过验收，拟按程序实施销号。根据《青川省生态环境保护督察整改工作实施办法》有关要求，"
              "现将该项问题整改情况予以公示，公示期为2024年9月2日至2024年9月16日。"),
        ("p", "验收情况：2024年8月14日，市督察整改办组织市生态环境局、市住房和城乡建设局、市财政局和2名特邀专家组成验收组，通过查阅资料、现场核查、查看在线监测数据、走访周边群众等方式，"
              "对该项整改任务进行了验收。验收组现场检查应急处理设施、渗滤液处理站和调节池，抽查2024年4月至7月的日监测记录，认为该项整改任务已按整改方案要求完成，达到整改目标，同意销号。"),
        ("p", "整改成效：整改完成后，填埋场调节池液位持续保持在安全范围，周边地下水监测井水质未出现异常，周边群众对填埋场异味和渗滤液问题的投诉由整改前的每月20余件降至每月1件以下。"
              "该项整改任务共完成投资6380万元，其中争取中央和省级生态环境专项资金2100万元。为巩固整改成效，市城市管理局制定了《主城区东部垃圾填埋场运行管理办法》，"
              "明确渗滤液处理设施运行维护责任，并将填埋场运行情况纳入市城市管理局年度重点督查事项。"),
        ("p", "整改推进过程中，市政府分管领导先后5次到填埋场现场督导，协调解决应急设施用地、电力增容等难点问题4个；市督察整改办将该项任务列入重点督办清单，"
              "实行“周调度、月通报”，对应急处理设施建设进度滞后的情况下发督办函1份；市纪委监委将该项整改任务纳入生态环境领域专项监督，跟踪监督整改全过程。市城投环境集团成立工程专班，实行24小时轮班施工，确保应急设施按期建成投运。"),
        ("p", "问题由来：督察期间，督察组现场检查发现，主城区东部垃圾填埋场渗滤液处理站设计处理能力为每日500吨，而填埋场雨季渗滤液日产生量最高达到每日900吨以上，"
              "处理能力明显不足，调节池长期处于高液位运行状态，最高液位接近池顶，一旦遇到持续强降雨，存在渗滤液外溢污染周边水体和土壤的风险。"
              "督察组将该问题列入反馈意见，青岚市整改方案将其确定为第9项整改任务，由市城市管理局牵头、市城投环境集团具体实施，市生态环境局负责监督指导。"),
        ("p", "整改过程：整改任务明确后，市城市管理局会同市城投环境集团制定了“应急处置与提标扩容同步推进”的整改工作方案，一方面租赁移动式应急处理设备、新建应急处理设施，"
              "尽快降低调节池液位；另一方面实施渗滤液处理站提标扩容改造，从根本上解决处理能力不足问题。同时，对填埋场作业面实施雨污分流和覆膜覆盖，从源头减少渗滤液产生量，"
              "2024年雨季渗滤液日均产生量较上年同期下降27%。市生态环境局对处理出水开展监督性监测12次，监测结果均达标。"),
        ("p", "长效管理：市城市管理局将填埋场渗滤液处理纳入城市运行“一网统管”平台，设置调节池液位预警值，液位超过预警值时系统自动报警并推送至责任人；"
              "每年汛期前对渗滤液收集、调节、处理设施开展一次全面检修，储备应急处理设备和物资；市城投环境集团建立设施运行维护责任制，实行24小时值班值守，确保整改成效不反弹。市督察整改办将该项整改任务列入整改成果巩固清单，每半年开展一次现场抽查，发现问题反弹的，立即重新交办、限期整改，并视情况对相关责任单位和责任人进行约谈问责。"),
        ("p", "公示期间，如对该项整改任务完成情况有异议，请以书面、电话或电子邮件形式向市城市管理局反映，反映时请提供真实姓名和联系方式，以便核实情况、反馈结果。"
              "对公示期间收到的异议，市城市管理局将会同市督察整改办在5个工作日内组织核查，核查属实的立即组织整改，整改到位后重新组织验收和公示；逾期未提出异议的，按程序报请销号。"),
        ("p", "联系电话：0XXX-8836XXX"),
        ("p", "邮寄地址：青岚市东城区建设大街216号青岚市城市管理局环境卫生管理科"),
        ("p", "附件：第二轮省生态环境保护督察第9项整改任务完成情况表"),
        ("pr", "青岚市城市管理局"), ("pr", "2024年9月2日"),
        ("break", None),
        ("p", "附件"),
        ("title", "第二轮省生态环境保护督察第9项"), ("title", "整改任务完成情况表"),
        ("table", [["整改任务", f"第二轮省生态环境保护督察第9项整改任务：{task}。"],
                   ["责任单位", "、".join(p.units)],
                   ["整改时限", p.deadline],
                   ["整改目标", "2024年6月底前，消除主城区东部垃圾填埋场渗滤液外溢风险，渗滤液处理能力满足填埋场雨季最大产生量的处理需要，调节池常态保持在安全液位以下运行，"
                                "处理出水稳定达到《生活垃圾填埋场污染控制标准》表2限值；建立渗滤液产生、处理和调节池液位日监测制度和汛期应急处置机制，确保问题不反弹。"],
                   ["整改措施", "\n".join(f"{i}.{m}。" for i, m in enumerate(ms, 1))],
                   ["完成情况", dtext]]),
        ("p", "欢迎访问青岚市城市管理局！　主办：青岚市城市管理局　网站标识码：37XX000091　X公网安备37XXXXXXXXXX号"),
    ]
    write_docx(stem, blocks)
    finish(stem, kind="bulletin", title=title, issuer="青岚市城市管理局", date="2024-09-02",
           insp=["省第三生态环境保护督察组", "青岚市", "2022-05-10", "2022-06-10", "2022-08-26"],
           probs=[p], koi=3,
           anomalies=["One-task 销号公示 (R14): one problem; seq 9 from '第9项整改任务' (R77); category = the label '整改任务' (R83); status done (a 销号 公示, R94).",
                      "Title split over two centred lines ('…整改任务' / '销号的公示'), joined.",
                      "(NEW) The 附件 Word table has both '整改措施' (1.2.3., planned) and '完成情况' (1.2.3., what was done) cells: measure_count = the 整改措施 items (3); the 完成情况 items are as many. Title = the task cell's statement after '第二轮省生态环境保护督察第9项整改任务：' without the trailing 。.",
                      "Units from the 责任单位 row split on 、 (R101); deadline from the 整改时限 row. 38 tasks is the city plan's count, not a headline of this notice: headline null.",
                      "report_date = the signature 2024-09-02 (same day as 发布时间). 2024-08-14 is the 验收; 2024-03-20 / 06-18 are completion dates; 5 visits, 4 难点, 1 督办函, 6380/2100万元 are distractors. Portal lines kept."])


# ================================================================ 04 quoted feedback items '督察指出，“……”' + what was done + status (UTF-8 .txt)
# Layout modelled on http://m.csgzkj.com/c/2018-10-19/2194066.shtml (a copy of 人民日报's 中央环保督察组反馈“回头看”情况: dated 本报 line,
# sub-headed paragraphs each opening '督察指出，…' / '督察认为，…' / '督察还发现，…' on one place's shortcomings), written as one county's full
# report on the 督察“回头看” feedback: each item quotes the feedback ('督察指出，“……。”'), then '整改情况：（1）…；（2）…。' and '整改进展：…'.
def doc04():
    stem = "w16_04_quoted_ducha_items_txt"
    S = {"done": "已完成整改", "in_progress": "正在整改，达到序时进度"}
    C1, C2 = "大气和水污染防治方面", "生态保护和环境风险防控方面"
    probs = [
        P(1, C1, "平川县督察整改工作虽然取得明显进展，但一些乡镇和部门整改态度不够坚决，存在表面整改、敷衍整改问题", ["县委、县政府主要负责同志约谈整改不力的3个乡镇和2个部门主要负责人", "对已销号的整改任务逐项复核，对2项整改不到位任务重新挂号整改", "将督察整改纳入乡镇年度综合考核"], "done", style="paren"),
        P(2, C1, "县城建成区建筑工地和道路扬尘管控不严，细颗粒物浓度不降反升", ["对县城在建工地全面落实“六个百分百”扬尘防控措施，安装视频监控和扬尘在线监测设备64套", "新增道路机械化清扫车辆12台，主次干道机械化清扫率达到95%"], "done", style="paren"),
        P(3, C1, "平川河部分支流水质恶化，沿河养殖废水直排问题突出", ["关停搬迁平川河沿岸禁养区内养殖场37家", "对保留的规模养殖场配套建设粪污处理设施", "实施平川河支流综合整治工程，建设人工湿地3处"], "in_progress", style="paren"),
        P(1, C2, "县工业园区危险废物贮存不规范，部分企业危险废物长期超期贮存", ["对园区企业危险废物开展全面排查，督促处置超期贮存危险废物1860吨", "建立园区危险废物产生、贮存、转移全过程信息化监管台账"], "done", style="paren"),
        P(2, C2, "北山矿区生态修复进展缓慢，部分关闭矿山未按要求复绿", ["制定北山矿区生态修复实施方案，分年度推进21个关闭矿山复绿", "2024年完成复绿面积1260亩"], "in_progress", style="paren"),
        P(3, C2, "集中式饮用水水源地保护区内违规建筑清理不彻底", ["拆除水源地一级保护区内违规建筑8处", "完成水源地保护区界标、警示牌和隔离防护设施建设"], "done", style="paren"),
    ]
    parts = []
    last = None
    for p in probs:
        if p.cat != last:
            parts.append(f"（{cn([C1, C2].index(p.cat) + 1)}）{p.cat}")
            last = p.cat
        ms = p.mtext()
        recount_block(ms, r"（\d+）", len(p.measures), p.title)
        parts += [f"{p.seq}.督察指出，“{p.title}。”", f"整改情况：{ms}", f"整改进展：{S[p.status]}。", ""]
    title = "平川县关于省生态环境保护督察“回头看”反馈问题整改落实情况的报告"
    text = f"""平川县人民政府门户网站 > 政务公开 > 重点领域信息公开 > 生态环境

{title}

发布日期：2024年12月20日　来源：县生态环境保护督察整改工作领导小组办公室　浏览次数：

　　2024年4月8日至5月8日，省第二生态环境保护督察组对平川县开展了生态环境保护督察“回头看”，并于2024年7月2日向平川县反馈了“回头看”情况。督察认为，平川县督察整改取得了积极成效，但仍存在一些突出问题。县委、县政府高度重视，逐条对照督察反馈意见，研究制定整改方案，明确整改措施和责任单位，全力推进整改落实。现将整改落实情况报告如下。

一、整改工作总体情况

　　县委、县政府把督察“回头看”反馈问题整改作为重大政治任务，成立由县委书记、县长任双组长的整改工作领导小组，县委常委会会议、县政府常务会议先后7次专题研究整改工作。对照反馈意见，梳理形成整改任务清单，实行县级领导包案、责任单位主办、县督察整改办跟踪督办的工作机制。县纪委监委将整改工作纳入政治监督重点，对整改推进不力的单位和人员严肃问责，共问责11人。

　　截至2024年11月底，督察“回头看”反馈的6个问题中，已完成整改4个，其余2个正在整改、达到序时进度；督察组交办的群众信访举报件143件，已办结141件。

　　整改中，县委、县政府坚持系统治理、源头治理。一是坚持问题导向，对督察指出的问题逐一分析成因，区分立行立改、限期整改和长期坚持三类，分类制定整改措施；二是坚持部门协同，县生态环境、住房和城乡建设、自然资源、水利、农业农村等部门按照职责分工，分别牵头抓好相关领域整改，形成工作合力；三是坚持群众参与，在县政府门户网站和县融媒体中心开设督察整改专栏，及时公开整改进展，邀请群众代表参与整改验收，让群众成为整改成效的评判者。

　　县财政统筹安排督察整改专项资金1.26亿元，重点保障平川河支流综合整治、北山矿区生态修复、县城污水管网建设等工程；县自然资源、生态环境部门对矿区修复和水源地整治实行月调度、季督查，确保工程进度和质量。各乡镇、各部门落实“一把手”负总责，建立问题台账，倒排工期，挂图作战，压茬推进各项整改任务。

二、反馈问题整改落实情况

{chr(10).join(parts)}
三、存在的困难和问题

　　从整改情况看，仍有部分问题尚未整改到位，主要原因：一是部分问题涉及历史遗留，如固定资产账实不符、闲置资产盘活等，需要较长时间协调处理；二是部分项目资金拨付与项目建设进度挂钩，受征地拆迁、施工条件等因素影响，资金拨付进度滞后；三是个别单位对审计整改重视不够，存在重审计、轻整改的思想，整改措施不够具体，整改进度较慢。对这些问题，区审计局将会同有关主管部门加强督促指导，推动尽快整改到位。

四、下一步工作

　　下一步，平川县将以更高标准、更严要求推进督察整改：对正在整改的问题，实行挂图作战、倒排工期，确保按期完成；对已完成整改的问题，定期开展“回头看”，坚决防止反弹回潮；对群众信访举报问题，坚持件件有着落、事事有回音，持续提升群众满意度。同时，坚持以督察整改为契机，深入打好蓝天、碧水、净土保卫战，推动全县生态环境质量持续改善。

　　在整改推进中，县督察整改办每月对整改任务进展情况进行调度，每季度向县委、县政府报告一次整改情况，并在县政府门户网站公开整改进展，接受社会监督。县人大常委会、县政协分别组织代表、委员对平川河支流治理和北山矿区修复开展专题视察，提出意见建议15条，均已交办落实。2024年，全县细颗粒物平均浓度同比下降8.3%，平川河出境断面水质稳定达到Ⅲ类，群众对生态环境的满意度明显提升。

　　同时也要清醒看到，全县生态环境保护工作与上级要求和群众期盼相比还有差距：平川河支流治理和北山矿区修复工程量大、周期长，部分工程受季节影响进度偏慢；个别乡镇对生态环境保护重视程度仍然不够，存在等靠思想；环境基础设施短板尚未完全补齐，农村生活污水治理任务依然繁重。对这些问题，县委、县政府将认真研究，采取有力措施切实加以解决，确保督察“回头看”反馈问题全部按期整改到位。

　　平川县将始终坚持以习近平生态文明思想为指导，坚决扛起生态环境保护政治责任，以钉钉子精神抓好督察整改，确保各项整改任务按期高质量完成，以实际行动推动平川高质量发展。欢迎社会各界对督察整改工作进行监督，对发现的生态环境问题，可通过12345政务服务便民热线或县生态环境局举报电话反映，县督察整改办将及时交办、跟踪督办，并向反映人反馈办理结果。对整改中弄虚作假、敷衍塞责的，一经查实，严肃追究相关单位和人员责任。

平川县生态环境保护督察整改工作领导小组办公室
2024年12月18日

【打印本页】【关闭窗口】
主办：平川县人民政府办公室　技术支持：平川县大数据中心
"""
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    finish(stem, kind="bulletin", title=title, issuer="平川县生态环境保护督察整改工作领导小组办公室", date="2024-12-18",
           insp=["省第二生态环境保护督察组", "平川县", "2024-04-08", "2024-05-08", "2024-07-02"],
           headline={"problems_total": 6, "problems_done": 4}, probs=probs, koi=4,
           anomalies=["Each item quotes the feedback '1.督察指出，“…。”' -> title = the quoted statement without the attribution, the quotes and the trailing 。 (R15, R86).",
                      "measures = the （1）（2）… of '整改情况：'; '整改进展：已完成整改' -> done, '正在整改，达到序时进度' -> in_progress; numbering restarts under each '（一）…方面' category.",
                      "Headline 6 problems / 4 done (the 6 listed); 143/141 信访, 7 meetings, 11 people, 15 suggestions, 8.3% are distractors.",
                      "report_date = the signature 2024-12-18, not the 发布日期 2024-12-20 (R41); issuer = the signature (the 整改办), also the 来源 line; portal breadcrumb and footer kept."])


# ================================================================ 05 round summary with figures only: a 回访督查 of one town's rectification (GB18030 .txt, CRLF)
# Layout modelled on http://www.zgsuixian.gov.cn/jcxxgk/zb/sxjcz/fdzdgknr_15747/qtzdgk_55351/zwdc_55355/202303/t20230329_1089131.shtml
# (随县: opens with a quoted question '“巡察整改以后，老问题有没有故态复萌？…”'; '3月20日，县纪委监委…一行4人到均川镇开展为期3天的巡察反馈问题
# 整改落实情况回访督查工作'; '对该镇党委4大类16个方面22个问题及30个村级党组织244个问题的整改情况进行了全面梳理检查'; reflective paragraphs; the
# town head's closing pledge), written in full with the original 巡察's period and feedback, the totals and no problem list.
def doc05():
    stem = "w16_05_town_revisit_summary_gb18030"
    title = "宁远县纪委监委开展石桥镇巡察整改回访督查"
    text = f"""宁远清风网 > 巡视巡察 > 巡察整改

{title}

发布时间：2024-04-03 16:20　来源：宁远县纪委监委　作者：县委巡察办

　　“巡察整改以后，老问题有没有反弹回潮？建立的制度有没有真正落地？群众反映的急难愁盼问题有没有解决？”3月25日至3月27日，县纪委监委第二监督检查室会同县委巡察办、县委组织部组成回访督查组一行5人，到石桥镇开展为期3天的巡察反馈问题整改落实情况回访督查。其间听取了镇党委及重点村级党组织关于反馈问题整改落实情况的汇报，并对整改工作进行了满意度测评。

　　2022年9月5日至10月28日，县委第一巡察组对石桥镇党委及所辖村级党组织开展了常规巡察，并于2022年12月6日向石桥镇党委反馈了巡察意见。巡察反馈后，石桥镇党委召开巡察整改专题民主生活会，成立整改工作领导小组，制定整改方案，建立问题、任务、责任“三张清单”，集中整改期满后向县委报送了整改情况报告。

　　回访督查期间，督查组对石桥镇党委4大类15个方面22个问题及28个村级党组织244个问题的整改情况进行了全面梳理检查，合计266个问题。督查组通过核对整改台账、核查佐证资料、抽查会计凭证和村级档案、查看整改现场、个别谈话、走访群众等方式，对整改情况一项一项盘点、一项一项对账，重点看整改期间建立的制度是否执行、基层党组织建设是否得到加强、“四风”问题是否得到整治、重点领域突出问题是否得到解决。

　　经回访核查，巡察反馈的266个问题中，已整改到位251个，整改率94.4%；其余15个问题因涉及历史遗留、土地权属纠纷和司法程序等原因，正在持续推进。整改期间，石桥镇党委和各村级党组织建立完善制度46项，清退违规资金38.6万元，收回村集体资产资源承包费127.3万元，规范村级合同212份；移交的问题线索9件，县纪委监委已办结8件，给予党纪政务处分5人，组织处理7人。

　　村级在理论学习、组织生活、村级财务管理、集体资产资源管理等方面曾经存在的不规范问题，通过巡察整改基本都得到了有效解决。回访中，督查组随机走访群众63户，发放满意度测评表180份，群众对巡察整改工作的满意率达到95.6%。督查组在走访中看到，巡察期间群众反映集中的桥头村饮水工程已经建成通水，石桥集镇背街小巷路灯全部安装到位，村民对村务公开的及时性和规范性评价明显提高。

　　在集体“三资”管理方面，石桥镇以巡察整改为契机，对全镇28个村（社区）的集体资产、资金、资源开展全面清查，清理核实集体资产总额1.42亿元，录入农村集体“三资”管理信息平台，实现资产登记、合同管理、收益分配全流程线上监管；对发包期限过长、租金明显偏低的合同，依法依规协商变更或重新发包。在基层党组织建设方面，镇党委对巡察指出的软弱涣散村党组织开展集中整顿，选优配强村党组织书记3名，推动“三会一课”、主题党日等组织生活规范开展，村级党组织活动场所标准化建设全面达标。

　　在作风建设方面，镇党委针对巡察指出的部分干部服务群众意识不强、办事拖沓等问题，开展作风纪律专项整治，推行便民服务“首问负责、一次告知、限时办结”制度，在镇便民服务中心设立“办不成事”反映窗口，整改期间受理群众诉求317件，按期办结率100%。镇纪委加强对村干部的日常监督，对村干部履职情况开展常态化检查，对发现的苗头性、倾向性问题及时提醒纠正，开展提醒谈话14人次。

　　在产业发展和民生保障方面，针对巡察指出的村级集体经济发展乏力问题，镇党委制定村级集体经济发展三年行动计划，推行“党支部+合作社+农户”发展模式，因村施策发展特色种植、乡村旅游、物业经济等产业，2023年全镇28个村（社区）集体经营性收入均达到10万元以上，其中超过50万元的村达到6个。针对巡察指出的农村人居环境整治不到位问题，镇党委组织开展村庄清洁行动，清理陈年垃圾、残垣断壁，新建改建农村卫生户厕420户，农村生活垃圾收运处置体系实现全覆盖。督查组认为，石桥镇巡察整改总体成效明显，但在巩固整改成果、健全长效机制方面仍需持续用力。回访结束后，督查组将形成回访督查报告，报县委巡察工作领导小组审定后，书面反馈石桥镇党委，并抄送县纪委监委派驻第三纪检监察组和县委组织部，作为对镇领导班子和领导干部考核评价的重要参考；对回访中发现的共性问题，县委巡察办将向有关职能部门提出加强行业监管的建议，推动以点带面、举一反三。

　　回访督查也发现，个别村级党组织对巡察整改的长期性认识不足，存在“整改完成就万事大吉”的思想；少数村建立的制度执行不够到位，村级财务报销仍有票据不规范的情况；个别村在集体资产发包中民主程序履行不够规范。督查组现场向石桥镇党委反馈了回访督查情况，提出了整改要求，明确限期30日内整改到位并书面报告整改结果。

　　巡察整改工作是一次深刻的政治体检，对基层党组织存在的问题起到“把脉问诊”的作用。县纪委监委有关负责人表示，回访督查是检验巡察整改成效、推动整改持续深化的重要手段，下一步将把回访督查发现的问题纳入日常监督重点，对整改不力、敷衍整改、虚假整改的严肃追责问责，持续做好巡察“后半篇文章”。县委巡察办将会同县纪委监委、县委组织部，对本届县委巡察过的党组织分批开展整改回访督查，推动巡察整改常态化长效化，以巡察整改的实际成效取信于民。

　　此次巡察回访，释放出强化巡察整改落实、全面解决巡察发现问题、推动管党治党政治责任真正落到实处的强烈信号。石桥镇党委主要负责人表示，镇党委将对照回访督查反馈的问题，逐条制定措施，抓好立行立改，定会把抓好巡察整改作为改进和推动各项工作高质量发展的重要契机，把巡察整改成果转化为推动石桥镇经济社会发展的强劲动力。

　　据了解，本届县委已开展常规巡察5轮，巡察县直部门和乡镇党组织41个、村（社区）党组织186个，实现对乡镇党委巡察全覆盖。县委巡察办建立巡察整改“清单化管理、销号式推进、常态化回访”工作机制，每轮巡察集中整改期满后3个月内组织开展一次回访督查，对回访发现整改不到位的问题实行“二次交办”，由县纪委监委派驻纪检监察组和乡镇纪委跟踪督促，直至整改到位。

【打印本页】【关闭窗口】【返回顶部】
主办：中共宁远县纪律检查委员会　宁远县监察委员会　地址：宁远县人民路18号
"""
    (OUT / f"{stem}.txt").write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    finish(stem, kind="bulletin", title=title, issuer="宁远县纪委监委", date="2024-04-03",
           insp=["县委第一巡察组", "石桥镇党委", "2022-09-05", "2022-10-28", "2022-12-06"],
           headline={"problems_total": 266, "problems_done": 251, "rules_made": 46}, probs=[], koi=5,
           anomalies=["News-style summary of a 回访督查 of one town's rectification: no problem list, problems [] (R19; issue 10 kind 5). The '村级在理论学习、组织生活…等方面' sentence names fields in one sentence: no list.",
                      "Headline: '266个问题中，已整改到位251个' (the stated total of 22 town + 244 village problems) -> 266 / 251; 46 rules. 15 in progress, 94.4%, 4大类15个方面, 28 村级党组织, money, 212 contracts, 9/8 clues, 5/7 people, 63/180/95.6%, 30 days, 5 rounds / 41 / 186 are distractors.",
                      "Inspection = the original 巡察 (县委第一巡察组 on 石桥镇党委, 2022-09-05 to 10-28, feedback 2022-12-06); the 回访 '3月25日至3月27日' (2024) is not the inspection.",
                      "No signature: issuer = the 来源 line (宁远县纪委监委), report_date = 发布时间 2024-04-03 (R41). The footer's 主办 (two bodies) is chrome.",
                      "GB18030 with CRLF line ends."])


# ================================================================ 06 audit office's notice in traditional characters: '审计发现问题82个…已整改问题54个' (UTF-8 .txt)
# Layout modelled on http://www.qdpoker.com/information/hbwq51/msg22377255103.html (a traditional-character copy of a 区审计局 item: '今年以來，
# 區審計局進一步加強審計發現問題整改督促檢查，採取建立整改銷號機制、開展專項督查、整改“回頭看”等多項措施…2021年，…審計發現問題82個，截至
# 7月底，已整改問題38個，採納審計建議10個，正在整改問題21個，移送問題13個，整改率達到66%。通過審計整改，…促進上繳財政違規金額…'), written
# as the office's full notice with the headline, the ways of working, and the key problems by audit type with a closing status in brackets.
def doc06():
    stem = "w16_06_traditional_audit_notice_txt"
    S = {"done": "已整改", "in_progress": "正在整改"}
    C1, C2, C3 = "预算执行审计发现的问题", "专项资金审计发现的问题", "经济责任审计发现的问题"
    probs = [
        P(1, C1, "区财政局部分非税收入未及时缴入国库", ["督促相关单位将滞留非税收入2316.8万元全部缴入国库", "建立非税收入收缴月度对账制度"], "done"),
        P(2, C1, "部分部门预算编制不够精准，年底突击支出", ["将预算执行进度纳入部门绩效考核", "收回连续两年结转资金1480万元统筹使用"], "done"),
        P(3, C1, "区教育局政府采购项目化整为零规避公开招标", ["对涉及的4个采购项目重新履行采购程序", "组织全区预算单位开展政府采购业务培训"], "done"),
        P(1, C2, "老旧小区改造项目资金拨付滞后，部分资金闲置", ["已拨付滞留项目资金2630万元", "对未开工项目调整实施计划"], "in_progress"),
        P(2, C2, "部分困难群众救助资金向不符合条件人员发放", ["追回违规发放救助资金12.7万元", "建立民政、公安、医保数据定期比对机制"], "done"),
        P(3, C2, "海洋渔业专项补助资金申报审核不严，个别企业虚报冒领", ["追回虚报冒领补助资金86万元"], None),
        P(1, C3, "原区港航中心主任任职期间未经集体研究决定大额资金支出", ["区港航中心修订“三重一大”决策制度", "对相关责任人进行诫勉谈话"], "done"),
        P(2, C3, "某街道办事处固定资产账实不符，部分资产长期闲置", ["开展资产清查，补登固定资产643.5万元", "盘活闲置房屋2处，年租金收入增加18.4万元"], "in_progress"),
    ]
    close = {"done": "（已整改）", "in_progress": "（正在整改）", None: "（已移送）"}
    parts, last = [], None
    for p in probs:
        if p.cat != last:
            parts.append(f"（{cn([C1, C2, C3].index(p.cat) + 1)}）{p.cat}")
            last = p.cat
        ms = p.mtext()
        recount_block(ms, r"[一二三四五六七八九十]是", shi_count(p), p.title)
        extra = "，已按规定移送区纪委监委处理" if p.status is None else ""
        parts.append(f"{p.seq}.{p.title}。整改情况：{ms.rstrip('。')}{extra}。{close[p.status]}")
    simp = f"""海湾区人民政府 > 政务公开 > 审计公开 > 审计结果公告

青岚市海湾区审计局关于2023年度审计发现问题整改情况的通报

发布时间：2024-08-12　来源：海湾区审计局

　　今年以来，区审计局进一步加强审计发现问题整改督促检查，采取建立整改销号机制、开展专项督查、整改“回头看”等多项措施，推动审计查出问题整改落实到位，做好审计“后半篇文章”。

　　2023年，海湾区审计局共完成审计项目23个，审计发现问题82个。截至2024年7月底，已整改问题54个，正在整改问题21个，移送问题7个，整改率达到65.9%；采纳审计建议36条。通过审计整改，促进上缴财政违规金额3427.6万元，整改管理不规范金额1.86亿元，督促相关单位固定资产入账643.5万元，核减工程造价1258.3万元，推动有关部门单位建立健全制度19项。

　　2023年，区审计局坚持以习近平新时代中国特色社会主义思想为指导，紧紧围绕区委、区政府中心工作，依法开展预算执行审计、专项资金审计、政府投资项目审计、国有企业审计和领导干部经济责任审计，重点关注财政资金使用绩效、重大政策措施落实、民生资金安全和权力规范运行。审计发现的问题主要集中在预算管理不够规范、专项资金使用效益不高、政府采购和工程建设程序不合规、国有资产管理不到位、内部控制制度不健全等方面。

　　审计报告出具后，区审计局及时向被审计单位下发整改问题清单，被审计单位均在规定期限内报送了整改报告。区政府常务会议专题听取审计整改情况汇报，区政府主要负责同志对审计整改工作作出批示，要求各部门单位切实履行整改主体责任，对审计发现问题照单全收、立行立改，确保件件有着落、事事有回音。区人大常委会将审计整改情况纳入预算审查监督重点，组织开展审计整改情况跟踪监督。

一、主要做法

　　一是建立整改销号机制。区审计局对审计发现问题逐项建立整改台账，明确整改责任单位、整改时限和整改要求，实行“整改一个、核查一个、销号一个”，对整改到位的问题及时销号，对整改不到位的问题持续跟踪督促。

　　二是开展专项督查。区审计局会同区政府督查室对整改进度滞后的6个单位开展专项督查，下发督办通知6份，约谈单位主要负责人3人次，推动一批久拖未决的问题得到解决。

　　三是开展整改“回头看”。对2021年、2022年已销号问题开展整改“回头看”，抽查已销号问题45个，发现整改不彻底、问题反弹的2个，已重新纳入整改台账。

　　四是强化贯通协作。区审计局与区纪委监委、区委巡察办、区委组织部建立审计整改情况通报机制，将审计整改情况纳入领导干部经济责任审计和年度考核内容，对审计发现的违纪违法问题线索及时移送。

　　五是推动标本兼治。区审计局对近三年审计中反复出现的预算执行不规范、政府采购程序不合规、专项资金拨付滞后、国有资产管理不到位等问题进行归纳分析，向区政府提交审计专报4份，提出完善制度机制的建议17条，推动区财政局出台预算执行进度通报办法、区机关事务服务中心出台行政事业单位资产处置管理办法，从源头上减少同类问题发生。

　　六是加强结果运用。区审计局将审计整改情况在全区范围内通报，对整改工作成效明显的单位给予通报表扬，对整改不力、敷衍整改的单位进行通报批评；审计整改结果作为部门预算安排和领导干部考核、任免、奖惩的重要依据，推动被审计单位真正把审计整改作为改进工作、加强管理的契机。区审计局还在区政府门户网站开设审计整改专栏，分批公告审计查出问题的整改结果，主动接受人大监督和社会监督，进一步增强审计整改的透明度和公信力。

二、审计发现重点问题整改情况

　　对审计发现的重点问题，区审计局逐项跟踪核实，现将主要问题的整改情况通报如下：

{chr(10).join(parts)}

三、下一步工作

　　区审计局将继续加强对正在整改问题的跟踪督促，对21个正在整改的问题逐项明确整改时限，督促整改责任单位按期整改到位；对审计中反复出现的共性问题，深入分析原因，向区政府提出完善制度的建议，推动从源头上解决问题；进一步健全审计整改长效机制，推动审计整改与巡察整改、财会监督贯通协同，切实把审计成果转化为治理效能。同时，区审计局将加强审计整改全过程跟踪，对重大问题整改实行“一问题一专班”，对久拖不改、虚假整改的，提请区政府约谈被审计单位主要负责人，并按规定移送有关部门追责问责；推进审计整改信息化建设，建立全区审计整改数据库，实现审计问题、整改责任、整改进度、整改结果全程可追溯、可查询，不断提升审计整改工作的规范化、精细化水平。

　　对审计整改情况，欢迎社会各界监督。对审计整改工作有意见建议的，可通过电话、信函或电子邮件向区审计局反映，区审计局将认真研究、及时答复。联系电话：0XXX-8261XXX；通信地址：海湾区滨海大道66号区审计局法规审理科。

海湾区审计局
2024年8月9日
"""
    cc = opencc.OpenCC("s2t")
    trad = cc.convert(simp)
    (OUT / f"{stem}.txt").write_text(trad, encoding="utf-8")
    title = cc.convert("青岚市海湾区审计局关于2023年度审计发现问题整改情况的通报")
    assert title in trad
    finish(stem, trad=True, kind="bulletin", title=title, issuer=cc.convert("海湾区审计局"), date="2024-08-09",
           insp=[cc.convert("海湾区审计局"), None, None, None, None],
           headline={"problems_total": 82, "problems_done": 54, "rules_made": 19}, probs=probs, koi=6,
           anomalies=["Traditional-character copy (OpenCC s2t of the whole text), UTF-8; problem titles and categories in simplified (R91); title, issuer, inspector in the page's traditional script.",
                      "Headline wording '審計發現問題82個…已整改問題54個' -> problems 82 / 54 (issue 10 kind 6); 19 rules. 21 in progress, 7 moved, 65.9%, 36 suggestions, 23 projects, money figures, 6/6/3/45/2 are distractors.",
                      "Audit notice: inspector = the audit office (R46, bw14); inspected null (many audited units); no period or feedback date.",
                      "Problems in 二、 under '（一）…發現的問題' categories, '1.title。整改情況：一是…。（已整改）'; numbering restarts per category; status from the closing bracket: （已整改） -> done, （正在整改） -> in_progress.",
                      "(NEW) （已移送） (problem 2 of 专项资金, moved to the discipline body) -> status null: neither done nor in progress by the office's own words.",
                      "report_date = the signature 2024-08-09, not 发布时间 2024-08-12 (R41)."])


# ================================================================ 07 hospital bulletin exported from Word as HTML: dates and parties in prose (Word .html)
# Layout modelled on http://www.gztusheng.com/info/1017/3635.htm (a copy of a 省胸科医院 item: '2017年5月9日至6月9日，委党组巡察组对省胸科
# 医院进行了为期1个月的巡察。2017年7月5日，委党组巡察组向医院反馈了巡察意见，指出了存在的问题，提出了整改要求和时限…于2018年6月1日开始，在全院
# 范围内深入开展了巡察整改自行“回头看”工作…对委党组巡察组反馈的八个方面20项整改任务己全部整改到位'), written as the hospital 党委's full
# bulletin, saved from Word as a filtered web page, with the problems as '1.' items under （一）…方面 and a closing 'all rectified' sentence.
def _mso_p(text, bold=False, center=False, indent=True):
    return mso_p(text, bold, center, indent)


def _word_html(title, parts):
    return word_html(title, parts)


def doc07():
    stem = "w16_07_hospital_bulletin_prose_dates_word_html"
    C1, C2, C3, C4 = "党的领导和公立医院党委领导下的院长负责制落实方面", "全面从严治党和党风廉政建设方面", "医疗服务和行业作风方面", "干部队伍和基层党组织建设方面"
    probs = [
        P(1, C1, "院党委会议和院长办公会议议事规则执行不严格，个别“三重一大”事项未经党委会议研究", ["修订院党委会议、院长办公会议议事规则，明确“三重一大”事项清单46项", "对2022年以来的重大事项决策程序逐项复核"], "done", style="paren"),
        P(2, C1, "医院发展规划落实不够有力，重点学科建设进展缓慢", ["修订医院“十四五”学科建设规划，确定重点建设学科8个", "设立学科建设专项经费，年度投入1200万元", "引进学科带头人3名"], "done", style="paren"),
        P(1, C2, "药品耗材采购监管存在漏洞，部分耗材未经遴选直接采购", ["修订医用耗材遴选和采购管理办法", "对2022年以来直接采购的耗材逐项核查，规范采购程序"], "done", style="paren"),
        P(2, C2, "基建项目管理不规范，部分工程变更未履行审批程序", ["对在建和已完工基建项目开展专项审计", "建立工程变更分级审批制度"], "done", style="paren"),
        P(1, C3, "门诊预约诊疗服务不够便捷，患者候诊时间偏长", ["推行分时段预约诊疗，预约时段精确到30分钟", "增设自助服务设备42台"], "done", style="paren"),
        P(2, C3, "医疗服务价格执行不规范，存在分解收费、超标准收费问题", ["开展医疗服务价格专项自查，退还患者多收费用8.7万元", "上线收费智能审核系统", "对相关科室负责人进行约谈"], "done", style="paren"),
        P(1, C4, "干部选拔任用程序不够规范，个别中层干部任前公示时间不足", ["修订中层干部选拔任用工作办法", "对2021年以来中层干部选任档案开展全面复核"], "done", style="paren"),
        P(2, C4, "临床科室党支部作用发挥不充分，党建与业务融合不够", ["推行党支部书记“双带头人”培育工程，实现临床科室全覆盖", "开展“党建+医疗服务”品牌创建活动"], "done", style="paren"),
    ]
    title = "中共青岚市第二人民医院委员会关于市卫生健康委党组巡察反馈意见整改情况的通报"
    ps = [_mso_p(title, bold=True, center=True),
          _mso_p("2024年3月11日至4月10日，市卫生健康委党组第二巡察组对青岚市第二人民医院党委进行了为期1个月的巡察。2024年5月8日，巡察组向医院党委反馈了巡察意见，指出了存在的问题，提出了整改要求和时限。巡察期间，巡察组通过听取汇报、个别谈话、调阅资料、受理来信来电、走访科室和病区、问卷调查等方式，深入了解医院党委落实党的领导、全面从严治党和医疗服务等方面情况。"
                 "院党委严格按照巡察组的反馈意见要求，提高政治站位，层层压实整改责任；严格对标对表，不折不扣完成整改任务；强化成果运用，完善制度机制建设。现将整改情况通报如下。"),
          _mso_p("一、整改工作开展情况", bold=True),
          _mso_p("院党委把巡察整改作为重大政治任务，于反馈会后第二天召开党委会议，成立由党委书记任组长、院长任第一副组长的巡察整改工作领导小组，制定整改方案，建立问题清单、任务清单、责任清单，"
                 "明确每项问题的责任领导、责任科室和完成时限。院党委先后召开党委会议6次、整改工作推进会4次，专题研究整改工作；召开巡察整改专题民主生活会，党委班子成员逐一对照检视剖析，认领整改责任。"
                 "院党委书记认真履行第一责任人责任，带头领办重点难点问题，深入临床科室、后勤保障部门调研督导整改12次；班子成员按照“一岗双责”要求，分别牵头抓好分管领域问题整改；"
                 "各党支部、各科室对照问题清单逐项抓好落实，院纪委全程跟踪监督整改进展，对整改进度滞后的2个科室负责人进行提醒，形成了上下联动、齐抓共管的整改工作格局。"),
          _mso_p("于2024年9月2日开始，院党委在全院范围内深入开展了巡察整改自行“回头看”工作，以“三落实”为目标，把“回头看”作为重大政治任务抓紧抓实抓好；以“三看”为抓手，看整改措施是否落实、看整改成效是否明显、看长效机制是否建立；"
                 "以“三查”为重点，查问题是否整改到位、查制度是否执行到位、查责任是否落实到位。“回头看”期间，共复查整改事项20项，发现需进一步巩固的事项3项，均已完成补充整改。"),
          _mso_p("通过扎实整改，市卫生健康委党组第二巡察组反馈的4个方面20个问题，已完成整改20个，整改完成率100%；制定整改措施58条，已全部落实；建立完善制度23项。整改中，对相关责任人进行诫勉谈话2人、提醒谈话9人，退还患者多收费用8.7万元。"),
          _mso_p("二、反馈问题整改落实情况", bold=True)]
    last = None
    for p in probs:
        if p.cat != last:
            ps.append(_mso_p(f"（{cn([C1, C2, C3, C4].index(p.cat) + 1)}）{p.cat}", bold=True))
            last = p.cat
        ps.append(_mso_p(f"{p.seq}.{p.title}。"))
        ps.append(_mso_p("整改措施："))
        lines = p.mtext("\n").split("\n")
        recount_block("\n".join(lines), r"(?m)^（\d+）", len(p.measures), p.title)
        ps += [_mso_p(line) for line in lines]
    ps += [_mso_p("以上反馈问题已全部整改到位。", indent=True),
           _mso_p("三、巩固整改成果的长效机制", bold=True),
           _mso_p("院党委坚持“当下改”与“长久立”相结合，把巡察整改与公立医院高质量发展、医药领域腐败问题集中整治、改善就医感受提升患者体验主题活动结合起来，推动整改成果转化为医院治理效能。"
                  "在制度建设方面，院党委对巡察反馈问题涉及的制度进行全面梳理，修订完善党委会议议事规则、院长办公会议议事规则、医用耗材遴选和采购管理办法、工程变更审批制度、中层干部选拔任用工作办法等制度，"
                  "汇编形成《青岚市第二人民医院管理制度汇编（2024年版）》，组织全院职工开展制度学习和考试，推动制度入脑入心、落地见效。在监督检查方面，院纪委将制度执行情况纳入日常监督，"
                  "每季度对药品耗材采购、基建项目管理、医疗服务收费等重点领域开展专项检查，对发现的问题及时督促整改。"
                  "2024年，医院门诊患者平均候诊时间由整改前的46分钟缩短到21分钟，患者满意度达到96.2%；四级手术占比提高到24.7%，三、四级手术例数同比增长18%；药品耗材采购全部纳入阳光采购平台，"
                  "医用耗材占医疗收入比例下降2.1个百分点。"),
           _mso_p("下一步，院党委将认真落实巡察整改主体责任，一是对已完成的整改事项定期开展“回头看”，防止问题反弹；二是持续抓好制度执行，对新建制度的执行情况开展专项检查；"
                  "三是强化党风廉政建设和行业作风建设，深入推进清廉医院建设，以巡察整改的实际成效推动医院各项工作再上新台阶；四是把巡察整改情况纳入科室年度目标考核和中层干部述职评议内容，对整改成效明显的科室给予表扬，对整改不力的严肃追责问责，推动形成抓整改、促发展的长效机制。"),
           _mso_p("欢迎广大干部职工、患者和社会各界对巡察整改落实情况进行监督。联系电话：0XXX-6235XXX；电子邮箱：qlsdeyy@example.cn。"),
           _mso_p("中共青岚市第二人民医院委员会", indent=False),
           _mso_p("2024年10月18日", indent=False)]
    (OUT / f"{stem}.html").write_text(_word_html(title, ps), encoding="utf-8")
    finish(stem, kind="bulletin", title=title, issuer="中共青岚市第二人民医院委员会", date="2024-10-18",
           insp=["市卫生健康委党组第二巡察组", "青岚市第二人民医院党委", "2024-03-11", "2024-04-10", "2024-05-08"],
           headline={"problems_total": 20, "problems_done": 20, "measures_total": 58, "rules_made": 23}, probs=probs, koi=7,
           anomalies=["Dates and parties in prose (issue 10 kind 7): '2024年3月11日至4月10日，市卫生健康委党组第二巡察组对青岚市第二人民医院党委进行了…巡察。2024年5月8日，巡察组向医院党委反馈了巡察意见' -> inspector/inspected/start/end/feedback; the period's second date takes the first one's year. 2024-09-02 is the 回头看, not the inspection.",
                      "Problems in 二、 under '（一）…方面' categories as '1.title。' (numbering restarts), then '整改措施：' and '（1）…。' lines = measures.",
                      "No per-problem status label; the closing '以上反馈问题已全部整改到位' -> every listed problem done (R94).",
                      "Headline 20 problems / 20 done, 58 measures ('已全部落实' gives no count: measures_done null), 23 rules; only 8 of the 20 problems are listed. 6/4 meetings, 20 回头看 items, 3, 2/9 people, 8.7万元, the quality figures are distractors.",
                      "Word 'filtered web page' (.html with mso markup); report_date = the signature 2024-10-18."])


# ================================================================ 08 provincial 督察 round summary: headline wording, per-city table, no problem list (.xlsx)
# Layout modelled on http://m.chinacrane.net/news/202008/15/171402.html (a copy of 四川日报: '…从省生态环境保护督察工作领导小组办公室获悉…截至6月底，
# 第一轮省级环保督察发现的8924个生态环境问题，已完成整改8809个，整改完成率98.7%。…省生态环保督察办对整改情况实施季调度和季通报。截至6月底，各市州
# 问题整改完成率较高的为…；…第二轮省级生态环保督察反馈意见整改任务315项，已整改完成139项，群众信访举报问题1102个，已完成1005个。下一步…'), written
# as the 督察办's full quarterly notice on one round: a text sheet with the headline sentence and a second sheet of per-city counts.
def doc08():
    stem = "w16_08_province_round_quarterly_xlsx"
    cities = [("青岚市", 42, 21), ("临江市", 38, 17), ("北岭市", 35, 16), ("平川市", 31, 13), ("东陵市", 30, 14),
              ("西岭市", 29, 11), ("南湖市", 28, 12), ("石门市", 27, 12), ("云台市", 28, 13), ("江岭州", 27, 10)]
    assert sum(c[1] for c in cities) == 315 and sum(c[2] for c in cities) == 139
    title = "江岭省生态环境保护督察工作领导小组办公室关于第二轮省级生态环境保护督察整改进展情况的通报"
    paras = [title,
             "各市（州）党委、人民政府，省直有关部门：",
             "2023年，经省委、省政府批准，省生态环境保护督察组分两批对青岚市、临江市等10个市（州）开展了第二轮省级生态环境保护督察，并陆续向被督察市（州）反馈了督察意见。"
             "各市（州）按照要求制定整改方案，经省生态环境保护督察工作领导小组审核后印发实施。为推动督察整改工作落实，省生态环境保护督察办对整改情况实施季调度和季通报，现将截至2024年6月底的整改进展情况通报如下。",
             "一、总体进展情况",
             "截至2024年6月底，第二轮省级生态环境保护督察反馈意见整改任务315项，已完成整改139项，完成率44.1%，其余176项正在按整改方案确定的时限推进；督察期间交办的群众信访举报问题1102个，已办结1005个，办结率91.2%。"
             "各市（州）整改任务完成情况见附表。从进度看，整改完成率较高的为青岚市50%、东陵市46.7%、云台市46.4%；整改任务较多的为青岚市42项、临江市38项、北岭市35项。",
             "二、主要做法和成效",
             "一是压实整改责任。各市（州）党委、政府主要负责同志担任督察整改工作领导小组组长，定期研究部署整改工作，对重点难点整改任务实行市级领导包案。"
             "二是强化调度督办。省生态环境保护督察办建立整改任务季调度、季通报制度，对整改进度滞后的12项任务下发督办函，对3个市（州）开展现场督导。"
             "三是严格验收销号。各市（州）按照“谁牵头、谁验收”的原则，对已完成的整改任务组织现场验收，并在当地政府网站公示，公示无异议后销号。"
             "四是加强信息公开。各市（州）在当地主要媒体和政府网站开设督察整改专栏，公开整改方案、整改进展和典型案例，主动接受社会监督。五是推动问题联治。省生态环境、住房和城乡建设、自然资源、水利、农业农村等省直部门建立督察整改协调联动机制，对涉及多个部门的整改任务实行牵头部门负总责、配合部门协同推进，定期会商解决跨部门、跨区域整改难题，推动形成整改合力。",
             "通过督察整改，一批群众反映强烈的突出生态环境问题得到解决。各市（州）共关停取缔“散乱污”企业318家，整治入河排污口1146个，新建城镇污水管网862公里，完成矿山生态修复面积1.7万亩；"
             "2024年上半年，10个市（州）细颗粒物平均浓度同比下降5.8%，地表水国控断面水质优良比例达到93.5%。",
             "从各地情况看，青岚市把督察整改与城市更新结合起来，对主城区东部垃圾填埋场渗滤液、老城区雨污混流等问题实行市级领导包案，整改任务完成率在全省领先；临江市针对督察指出的沿江化工企业环境风险问题，"
             "推动27家化工企业完成搬迁改造或关闭退出，建成沿江化工园区有毒有害气体监测预警体系；北岭市对督察指出的自然保护区违规建设问题开展全面清理，拆除违规建筑3.2万平方米并完成复绿；"
             "东陵市、云台市建立整改任务“红黄绿”三色管理机制，对进度滞后的任务亮灯预警、限期赶超。",
             "同时，各地坚持举一反三、由点及面，围绕督察指出的共性问题开展专项整治：平川市、西岭市开展工业园区污水处理设施专项排查，补齐园区污水收集管网短板；南湖市、石门市开展农村生活污水治理设施运行情况排查，"
             "对建成后闲置、运行不正常的设施实施分类整治；江岭州针对高原生态脆弱区特点，开展草原过度放牧、无序采挖专项整治，草原综合植被盖度稳步提高。各地还结合督察整改，出台和修订了一批生态环境保护地方性法规、规章和规范性文件，"
             "推动督察整改由“治标”向“治本”延伸。",
             "三、存在的主要问题",
             "一是部分整改任务进展滞后。个别市（州）对整改难度估计不足，部分基础设施建设类、生态修复类任务未达到序时进度要求。二是个别地方整改质量不高。有的地方验收把关不严，存在整改不彻底、材料不规范等问题。"
             "三是部分信访问题出现反弹。个别地方对群众信访举报问题跟踪问效不够，出现重复投诉。四是部分整改资金保障不到位。个别市（州）财政较为困难，生态修复、污水管网等整改项目资金缺口较大，影响整改进度。五是长效机制建设有待加强。部分地方重视完成整改任务，对建立健全防止问题反弹的长效机制重视不够，一些已销号问题存在反弹风险。",
             "四、下一步工作要求",
             "各市（州）要对照整改方案，对未完成的整改任务挂图作战、倒排工期，确保按期完成；对已完成的整改任务开展“回头看”，防止问题反弹；对群众信访举报问题实行清单化管理，确保件件有着落。"
             "省生态环境保护督察办将继续实施季调度、季通报，对整改不力的市（州）视情开展约谈和专项督察。下一次通报时间为2024年10月。",
             "各市（州）党委、政府要切实扛起督察整改政治责任，主要负责同志要亲自研究部署、亲自协调推动、亲自督促检查，分管负责同志要具体抓好落实；省直有关部门要按照职责分工，加强对本行业本领域整改任务的指导督促，"
             "帮助协调解决整改中的重点难点问题。要统筹安排整改资金，积极争取中央和省级生态环境保护专项资金支持，保障整改项目顺利实施。要坚持实事求是，严禁表面整改、敷衍整改、虚假整改，"
             "对整改中弄虚作假、失职失责的，依规依纪依法严肃追究责任。要把督察整改作为推动高质量发展的重要抓手，以整改成效不断提升人民群众的生态环境获得感、幸福感、安全感。",
             "请各市（州）于每季度末月25日前将整改进展情况报送省生态环境保护督察办，报送内容包括整改任务完成情况、信访举报问题办理情况、验收销号情况和存在的困难问题。联系人：省生态环境保护督察办综合处，联系电话：0XXX-6213XXX。",
             "附表：第二轮省级生态环境保护督察各市（州）整改任务完成情况（截至2024年6月底）",
             "江岭省生态环境保护督察工作领导小组办公室",
             "2024年7月16日"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "通报"
    ws.column_dimensions["A"].width = 120
    for i, t in enumerate(paras, 1):
        ws.cell(row=i, column=1, value=t)
    t2 = wb.create_sheet("附表")
    t2.append(["第二轮省级生态环境保护督察各市（州）整改任务完成情况（截至2024年6月底）"])
    t2.append(["序号", "市（州）", "整改任务（项）", "已完成（项）", "完成率", "备注"])
    for i, (c, n, d) in enumerate(cities, 1):
        t2.append([i, c, n, d, f"{d / n * 100:.1f}%", ""])
    t2.append(["", "合计", 315, 139, f"{139 / 315 * 100:.1f}%", ""])
    assert f"{139 / 315 * 100:.1f}%" == "44.1%"
    wb.save(OUT / f"{stem}.xlsx")
    finish(stem, kind="bulletin", title=title, issuer="江岭省生态环境保护督察工作领导小组办公室", date="2024-07-16",
           insp=[None, None, None, None, None],
           headline={"problems_total": 315, "problems_done": 139}, probs=[], koi=[6, 5],
           anomalies=["A 督察办's quarterly notice on one 督察 round over 10 市（州）: headline wording '整改任务315项，已完成整改139项' -> problems 315 / 139 (issue 10 kind 6); no problem list, problems [] (kind 5).",
                      "(NEW) The .xlsx's second sheet '附表' lists per-city task counts (序号/市（州）/整改任务/已完成/完成率): the cities are not problems; its 合计 row agrees with the headline.",
                      "1102/1005 信访 (91.2%), 176 in progress, 44.1%, the per-city rates, 12 督办函, 3 cities, 318/1146/862/1.7万亩, 5.8%/93.5% are distractors.",
                      "Inspection all null: several 督察组, ten inspected bodies, the round dated only '2023年' (R56); report_date = the signature 2024-07-16."])


# ================================================================ 09 university 巡察办's evaluation of two colleges' rectification: figures only, dates in prose (.pdf)
# Layout modelled on https://zzb.aqnu.edu.cn/info/1002/2861.htm (安庆师范大学: '7月22日，校党委巡察工作领导小组召开会议，审议第一轮巡察整改成效评估
# 报告。…会议指出，第一轮被巡察的两个学院党委认真落实学校党委关于巡察整改要求…取得了阶段性成效。但也还不同程度存在整改不全面、不深入、不彻底、长效
# 机制不健全等问题。会议强调…会议要求…'), written as the 巡察办's full evaluation notice: the round's period and feedback in prose, the totals and
# per-college counts, 会议指出/强调/要求 paragraphs, and no problem list.
def doc09():
    stem = "w16_09_university_evaluation_figures_pdf"
    title = "中共青岚理工大学委员会巡察工作办公室关于第一轮巡察整改成效评估情况的通报"
    blocks = [("title", "中共青岚理工大学委员会巡察工作办公室"), ("title", "关于第一轮巡察整改成效评估情况的通报"),
              ("p", "各二级党组织，党委各部门，各行政单位："),
              ("p", "根据校党委统一部署，2024年3月18日至4月26日，校党委第一轮巡察对化学与材料学院党委、经济管理学院党委开展了常规巡察，并于2024年6月5日分别向两个学院党委反馈了巡察意见。"
                    "集中整改期满后，校党委巡察办会同校纪委办公室、党委组织部，于2024年9月23日至10月11日对两个学院党委的巡察整改情况开展了成效评估。2024年10月22日，校党委巡察工作领导小组召开会议，审议第一轮巡察整改成效评估报告。现将有关情况通报如下。"),
              ("h", "一、整改成效评估基本情况"),
              ("p", "评估组采取听取汇报、查阅资料、个别谈话、问卷调查、实地查看等方式开展评估，共查阅整改台账和佐证材料640余份，个别谈话86人次，发放整改满意度问卷520份，回收有效问卷497份。评估重点看整改责任是否压实、问题是否整改到位、制度机制是否健全并有效执行、整改成果是否转化为推动学院事业发展的实际成效，对每个反馈问题的整改情况逐项认定。"),
              ("p", "经评估，两个学院党委共反馈问题57个，已整改到位49个，正在整改8个；制定整改措施163条，已完成151条；建立完善制度31项。其中，化学与材料学院党委反馈问题30个，已整改到位26个；"
                    "经济管理学院党委反馈问题27个，已整改到位23个。师生对两个学院巡察整改工作的满意率分别为94.8%和93.6%。"),
              ("p", "化学与材料学院党委巡察整改情况。学院党委召开巡察整改专题民主生活会，班子成员逐一对照反馈问题检视剖析，认领整改任务；建立学院党委书记、院长“双组长”整改工作机制，"
                    "每两周召开一次整改推进会，逐项对账销号。针对巡察指出的学院党委把方向、管大局作用发挥不充分问题，学院修订党委会议和党政联席会议议事规则，明确需提交党委会议前置研究的事项清单；"
                    "针对科研经费管理不规范问题，学院会同科研处、财务处对2021年以来的横向科研项目经费使用情况开展专项检查，规范报销票据412份，建立科研经费使用负面清单；针对实验室安全管理薄弱问题，"
                    "学院开展实验室安全隐患全面排查，整改隐患点位63处，危险化学品实现全流程信息化管理。"),
              ("p", "经济管理学院党委巡察整改情况。学院党委成立巡察整改工作领导小组，制定整改方案，细化整改措施，明确责任领导和完成时限。针对巡察指出的研究生培养质量把关不严问题，"
                    "学院修订研究生学位论文开题、中期考核和答辩管理办法，推行学位论文“双盲”评审全覆盖；针对教师队伍建设短板问题，学院制定青年教师成长计划，选派青年教师到企业挂职锻炼11人，引进博士教师6人；"
                    "针对基层党组织建设不够规范问题，学院对所属教工和学生党支部开展规范化建设评估，推动党支部书记“双带头人”全覆盖，学生党员发展程序全部规范。"),
              ("p", "从问卷调查情况看，师生对巡察整改工作总体认可，认为学院党委抓整改的态度坚决、措施有力，学院治理水平和办学质量有了明显提升；也有部分教师反映，个别整改措施在执行中存在“上热中温下冷”现象，"
                    "制度执行的刚性还需加强，希望学院进一步畅通师生参与学院治理的渠道。"),
              ("h", "二、会议对整改工作的评价"),
              ("p", "会议指出，第一轮被巡察的两个学院党委认真落实学校党委关于巡察整改要求，履行管党治党政治责任，研究制定方案，建立整改台账，强化工作举措，积极抓好巡察反馈意见的整改落实，取得了阶段性成效。"
                    "化学与材料学院党委以整改为契机，完善学院党政联席会议议事规则，规范科研经费报销审核流程，推动1个教工党支部入选学校样板支部；经济管理学院党委修订学院“三重一大”决策制度，"
                    "加强研究生培养过程管理，推动本科专业认证工作取得进展。"),
              ("p", "会议同时指出，两个学院党委的整改工作还不同程度存在整改不全面、不深入、不彻底、长效机制不健全等问题。有的问题整改停留在制定制度层面，制度执行情况跟踪不够；"
                    "有的问题整改措施针对性不强，举一反三不够；有的整改佐证材料不够规范，整改成效难以体现。会议认为，出现上述问题，主要是个别班子成员对巡察整改的长期性、艰巨性认识不足，抓整改的责任传导还不够到位，对整改成果的巩固运用还不够重视。"),
              ("h", "三、会议对下一步工作的要求"),
              ("p", "会议强调，巡察整改是“四个意识”的试金石。被巡察党组织要持续强化政治担当，深刻认识巡察整改工作的重要意义，把巡察整改作为一项重要政治任务，继续以严的标准、实的作风、铁的纪律抓紧抓实后续工作。"
                    "要认真研究成效评估意见，全面梳理分析整改落实情况，坚持问题导向、举一反三、标本兼治，做到全面改、深入改，确保改到位、改彻底。"),
              ("p", "会议要求，两个学院党委要对正在整改的8个问题逐项明确完成时限，于2024年12月底前全部整改到位，并书面报告整改结果；对评估中发现的问题，要在30日内完成补充整改。"
                    "党委巡察工作领导小组成员单位要深入学习习近平总书记关于巡视工作的重要论述，坚持政治定位，完善工作机制，提升巡察质量，紧紧围绕立德树人根本任务，着力发现问题、纠正偏差，"
                    "形成监督、整改、治理的良性循环。要发挥问责利器作用，对整改工作措施不力、进展缓慢、质量不高的及时约谈提醒，对敷衍塞责、应付任务、推诿扯皮甚至拒不整改的严肃执纪问责，以问责到位推动整改到位。"),
              ("p", "校党委巡察办将把整改成效评估结果报送校党委，并通报校纪委和党委组织部，作为两个学院领导班子和领导干部考核评价的重要依据。第二轮巡察的整改成效评估工作将于2025年3月启动。"),
              ("p", "各二级党组织要以第一轮巡察整改成效评估为镜鉴，主动对照两个学院党委整改中反映出的问题，举一反三开展自查自纠，做到同类问题主动查、共性问题一起改。"
                    "党委各部门要履行好巡察整改监督和指导责任，对巡察发现的普遍性、倾向性问题，加强分析研判，及时完善学校层面的制度规定，推动以巡促改、以巡促建、以巡促治。"
                    "校纪委办公室、党委组织部要把巡察整改情况纳入日常监督和干部考核的重要内容，对整改中表现突出的予以肯定，对整改不力的严肃问责，切实把巡察整改成果转化为推动学校事业高质量发展的实际成效。"
                    "校党委巡察办将持续跟踪两个学院党委正在整改问题的进展，每月调度一次，整改完成一个、核销一个，确保巡察整改全面见底清零。"),
              ("pr", "中共青岚理工大学委员会巡察工作办公室"), ("pr", "2024年10月25日")]
    write_pdf(stem, blocks)
    finish(stem, kind="bulletin", title=title, issuer="中共青岚理工大学委员会巡察工作办公室", date="2024-10-25",
           insp=[None, None, "2024-03-18", "2024-04-26", "2024-06-05"],
           headline={"problems_total": 57, "problems_done": 49, "measures_total": 163, "measures_done": 151, "rules_made": 31},
           probs=[], koi=[5, 7],
           anomalies=["A university 巡察办's evaluation of one round over two colleges: no problem list, problems [] (issue 10 kind 5); the '有的…；有的…' sentences are the evaluation's findings, not a list (R19).",
                      "Inspector null ('校党委第一轮巡察', no group named) and inspected null (two bodies); period '2024年3月18日至4月26日' and the single feedback date '于2024年6月5日分别…反馈' are kept (kind 7).",
                      "(NEW) Headline = the stated totals '两个学院党委共反馈问题57个，已整改到位49个' / 163 / 151 / 31; the per-college 30/26 and 27/23 are not used separately.",
                      "8 in progress, 640/86/520/497, 94.8%/93.6%, 30 days, and the evaluation dates (2024-09-23 to 10-11, meeting 2024-10-22) are distractors; report_date = the signature 2024-10-25; title split over two centred lines."])


# ---------------------------------------------------------------- a third count, over the written files
RECOUNT = {  # stem: (split the problem's span at, item pattern, traditional)
    "w16_01_province_ducha_report_attachment_docx": (None, r"(?m)^\d+\.", False),
    "w16_02_bureau_bulletin_problems_second_pdf": (r"三、下一步", r"[一二三四五六七八九十]是", False),
    "w16_03_one_task_xiaohao_table_docx": ("完成情况", r"(?m)^\d+\.", False),
    "w16_04_quoted_ducha_items_txt": ("三、下一步", r"（\d+）", False),
    "w16_06_traditional_audit_notice_txt": ("三、存在", r"[一二三四五六七八九十]是", True),
    "w16_07_hospital_bulletin_prose_dates_word_html": ("以上反馈问题", r"（\d+）", False),
}


def recount_files():
    """Each problem's measures counted again in the text read back from its file, between its title and the next."""
    import json
    from blindwritten_kit import doc_text
    for stem, (stop, pat, trad) in RECOUNT.items():
        path = next(p for p in OUT.glob(stem + ".*") if p.suffix not in (".json", ".py"))
        t = doc_text(path)
        if trad:
            t = opencc.OpenCC("t2s").convert(t)
        flat = path.suffix == ".pdf"
        norm = (lambda x: re.sub(r"\s+", "", x)) if flat else (lambda x: x)
        t = norm(t)
        probs = json.loads((OUT / f"{stem}.truth.json").read_text(encoding="utf-8"))["problems"]
        starts = [t.index(norm(p["title"])) for p in probs]
        for i, p in enumerate(probs):
            seg = t[starts[i]:starts[i + 1] if i + 1 < len(starts) else len(t)]
            if stop:
                seg = re.split(stop, seg)[0]
            n = len(re.findall(pat, seg)) or 1
            assert n == p["measure_count"], (stem, p["title"], n, p["measure_count"])


if __name__ == "__main__":
    for name in sorted(k for k in list(globals()) if re.fullmatch(r"doc\d\d", k)):
        globals()[name]()
        print("made", name)
    recount_files()
    print(len(ALL), "documents; every truth value re-found, every measure count checked twice")
