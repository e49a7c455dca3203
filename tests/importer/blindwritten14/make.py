"""Generate blind held-out set 14 (written by helper writer14, session 18, 2026-12-06): nine FULL-LENGTH documents + truths.

All bodies, people, places and figures are invented for testing. Each document's layout (structure, headings, numbering,
field labels, wording habits, where the problems sit) is modelled on one real page found with the search tool (corpus
pages); the page's address is named in the comment above each docNN function. writer14 did not read the parser
(zhenggai/importer/**, tests/importer/*.py) and did NOT run it on this set (the brief: the lead scores it once, at the
end, on the final parser; so there is no FIRST_RUN file). Every page named here is absent from blindwritten/ …
blindwritten13/ make.py and READMEs (checked by url). All nine were labelled before in tests/importer/real as ~2,000-byte
excerpts or snippets (their first lines only: snippets9 wuhan_kaifaqu, snippets22 xuhui, tune_sentences qinghe_revisit,
snippets17 guangyuan_lookback, blind9 huiji_approval_bureau, blind4 lanshan_audit_recheck, snippets24 zibo_normal_college,
snippets13 sichuan_provincial_eco_ducha, snippets15 jiangcheng_round2), never as full-length written documents; the
bodies, sections after the first lines, problems, figures and formats here are writer14's own.
Run from the worktree root:  .venv/bin/python tests/importer/blindwritten14/make.py   (needs soffice for .pdf)
Every measure_count is counted twice: from the data (len of the measure list, the kit's Prob) and by a regex recount over
the rendered text of that problem (recount_block); make.py refuses to write when they differ. Every non-null truth value
(title, issuer, inspection fields, dates, headline figures, categories, units, deadlines, problem titles) is re-found in
the document's own text read back from the written file (check_refound); a traditional copy's problems are re-found in
its t2s conversion. Every document is complete and at least 2,500 characters without whitespace (MIN_LEN).

Queries run (pages corpus): 附件 具体问题整改进展情况 问题1.1 整改时限 整改进展情况 已完成整改; 一、提高政治站位 二、反馈问题整改情况
三、下一步 巡察整改进展情况通报 党总支; 整改情况说明 反馈问题第5项 已完成整改 公示 责任单位 整改措施; 督察反馈指出 整改落实情况 整改进度
已完成 一是二是 环境问题; 党组书记组织落实巡察整改工作情况的报告 第一责任人; 审计查出问题 已整改 整改情况 审计发现问题个 审计整改结果公告;
督察組 進駐 反饋 整改 情況 繁體; 至9月 开展督察 于2023年 反馈督察意见 整改方案 区委区政府; 督察整改任务 验收销号 公示 第 项 整改目标
整改完成情况 公示时间 监督电话; 巡视整改进展情况 附件 整改任务 序号 问题 整改时限 整改进展 持续推进中; 关于“督察反馈指出”问题的整改情况
整改情况 已完成 责任单位; 審計查出問題 已整改 整改率 審計局 報告; 省生态环境保护督察组 进驻 至 月 日 反馈 督察意见 整改落实情况 公开
市委 市政府; 整改结果公示 整改任务 责任单位 整改时限 整改完成情况 验收 公示期 反馈问题; 关于第 项整改任务完成情况的公示 督察反馈问题
整改完成 达到销号要求; 反馈指出 整改情况 已完成整改 问题 巡视 逐条; 巡察反馈问题整改情况 反馈指出 整改情况 原文 问题 该问题已整改.
Declined as layouts (already modelled in blindwritten…blindwritten13): ruijin.gov.cn, sjj.ningbo.gov.cn, cixird.gov.cn,
xdscy.com, qj.gov.cn, m.zhuangpeitu.com, m.ilynn.cn, nzgx.org, tdq.siping.gov.cn, jw.km.gov.cn, wuch.gov.cn, zyx.gov.cn,
0551qiaojia.com, scfbfile.3xmt.com, jiaozuo.gov.cn, wentop.com; news, speeches and essays with no rectification layout
(m.wydbw.com, zznu.edu.cn, orderpartners.com, ecnu, nllz, ahqszx, fx361, 21xqjy, renrendoc, vakiodaily, zkxblog, Taiwan
and Hong Kong pages); gdcy.gov.cn (an audit WORK report, kind null by R31).
Formats: .docx (01, 08), .pdf via soffice (02, 09), UTF-8 .txt (03), Word-saved .html with mso markup (04), GB18030 .txt with
CRLF (05), .xlsx (06), traditional-character UTF-8 .txt (07).
Kinds (issue 10's numbering, kind_of_issue in each truth): 01 -> 1, 02 -> 2, 03 -> 3, 04 -> 4, 05 -> 5 (and 7), 06 -> 6,
07 -> 6, 08 -> 7, 09 -> 5 (and 7).

Conventions followed (CONVENTIONS.md): '项目1.1：'/'问题2.3：' -> seq = last component (R76); status words (R93);
one-task notice: one problem, seq = the task number, category = the section label '整改任务' (R14, R77, R83); a quoted
feedback item's title = the quoted statement without the attribution and outer quotes (R15, R86, bw12); no problem list
-> [] with the figures (R19, bw13 doc08); audit report: inspector = the audit office (R46, issue 10 kind 7); traditional
copy: problems in simplified, doc fields in the page's script (R91); a period's second date takes the first one's year;
units from a 责任单位 field or column split on 、 (R101, R102); headline counts only as stated (R62–R74, C2).
NEW calls (also in each truth's anomalies): doc 01 two attachments with problem labels of two words ('项目' in 附件1,
'问题' in 附件2): category = the attachment's own 一、/二、 heading, the report body's sections are not categories; doc 06
(.xlsx) audit table: status from the 认定结果 column, '已整改' -> done, '持续整改' -> in_progress (the real page's three
认定 kinds; no row of the third kind '未整改' is listed); doc 03 a one-task 公示 whose 整改完成情况 is four '1、…' items:
measure_count 4; doc 05 a 局党组 report in '(一)党组书记组织落实整改工作情况 / (二)…主体责任落实情况' form: its 1.2.3.
items are how the work was organised, not problems: problems [].
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


# ---------------------------------------------------------------- re-finding every truth value in the text
# ================================================================ 01 report body narrative, problems in two attachments '项目1.1：'/'问题3.1：' (.docx)
# Layout modelled on https://www.whkfq.gov.cn/ztjh/dflzjs/lzxxgk/xcgz/202407/t20240718_2430044.html (中共武汉经开区党工委关于…巡视
# 整改进展情况的通报: lead '2023年7月18日至9月15日，省委第六巡视组对…开展了常规巡视，并于2023年11月1日反馈了巡视意见'; 一、巡视整改组织
# 领导情况 一是强化组织领导…二是细化整改措施…三是实化调度督导; 党工委主要负责人坚定落实第一责任人责任 一是…二是…), written as the full
# report whose numbered body is narrative only, with the problems in 附件1 and 附件2.
def doc01():
    stem = "w14_01_report_two_attachments_docx"
    S = {"done": "已完成整改", "in_progress": "持续推进中"}
    A1 = "贯彻落实党中央决策部署和省委工作要求方面"
    A2 = "落实全面从严治党责任方面"
    A3 = "选人用人和基层党组织建设方面"
    NUM = {A1: "一、", A2: "二、", A3: "三、"}
    att1 = [
        P("1.1", A1, "推动园区产业转型升级力度不够，新兴产业项目落地偏慢", ["制定园区新兴产业培育三年行动计划，明确重点产业链6条", "建立重大项目“一项目一专班”推进机制，新签约新兴产业项目14个", "对签约未开工的9个项目逐一约谈，清理退出低效项目2个"], "done", deadline="2024年3月底前"),
        P("1.2", A1, "优化营商环境措施落实不到位，涉企审批事项办理时限偏长", ["对涉企审批事项开展全流程梳理，压减办理时限41%", "在政务服务中心设立“办不成事”反映窗口"], "done", deadline="2024年1月底前"),
        P("1.3", A1, "生态环境保护工作存在短板，园区污水管网建设滞后", ["新建园区污水管网6.8公里，完成雨污分流改造点位37处", "实施园区第二污水处理厂扩建工程"], "in_progress", deadline="2024年12月底前"),
        P("2.1", A2, "党工委主体责任落实不够到位，对下属单位管党治党指导不力", ["修订党工委全面从严治党主体责任清单和年度任务清单", "党工委书记与下属单位主要负责人开展谈心谈话全覆盖"], "done", deadline="2024年2月底前"),
        P("2.2", A2, "重点领域廉政风险防控不严，工程建设项目招投标监管存在漏洞", ["开展工程建设领域专项治理，核查2021年以来项目58个", "推行招标代理机构动态考评和“黑名单”制度", "向纪检监察机关移交问题线索3条"], "done", deadline="2024年4月底前"),
        P("2.3", A2, "违反中央八项规定精神问题仍有发生，公务接待管理不规范", ["对2021年以来公务接待费用开展专项清查，清退违规费用2.36万元", "修订公务接待管理办法，实行“一事一单”审批"], "done", deadline="立行立改"),
        P("2.4", A2, "国有企业内部管控薄弱，下属平台公司财务管理不规范", ["对3家平台公司开展财务专项审计", "修订平台公司资金支付管理制度，建立大额资金支付联签机制", "对相关责任人进行诫勉谈话"], "in_progress", deadline="2024年9月底前"),
    ]
    att2 = [
        P("3.1", A3, "干部选拔任用工作不够规范，个别干部任职试用期考核缺失", ["对2020年以来干部选任档案逐一核查，补齐试用期考核材料12份", "修订干部选拔任用工作纪实办法"], "done", deadline="2024年1月底前"),
        P("3.2", A3, "干部队伍结构不够合理，年轻干部储备不足", ["制定优秀年轻干部培养选拔工作方案", "选派年轻干部到招商一线、项目一线挂职锻炼23人"], "in_progress", deadline="2024年12月底前"),
        P("3.3", A3, "基层党组织建设薄弱，部分非公企业党组织作用发挥不明显", ["对园区非公企业党组织开展分类定级，整顿提升后进党组织7个", "选派党建指导员42名进驻非公企业"], "done", deadline="2024年3月底前"),
        P("3.4", A3, "发展党员工作不规范，部分发展党员材料不齐全", ["对2019年以来发展党员档案开展全面复核，补正材料31份"], "done", deadline="2024年2月底前"),
    ]

    def items(probs, label):
        out, last = [], None
        for p in probs:
            if p.cat != last:
                out.append(("h", NUM[p.cat] + p.cat))
                last = p.cat
            block = [f"{label}{p.seq}：{p.title}", f"整改时限：{p.deadline}", f"整改进展情况：{S[p.status]}"]
            ms = [f"（{i}）{m}。" for i, m in enumerate(p.measures, 1)]
            recount_block("\n".join(ms), r"(?m)^（\d+）", len(p.measures), p.title)
            p.style = "paren"
            out += [("p", b) for b in block + ms]
        return out
    title = "中共青岚经济技术开发区工作委员会关于省委巡视整改进展情况的报告"
    blocks = [
        ("title", title),
        ("p", "省委巡视工作领导小组："),
        ("p", "根据省委巡视工作统一部署，2023年4月17日至6月16日，省委第五巡视组对青岚经济技术开发区开展了常规巡视，并于2023年8月24日反馈了巡视意见。"
              "按照巡视工作有关要求，现将巡视整改进展情况报告如下。"),
        ("h", "一、巡视整改组织领导情况"),
        ("p", "党工委坚决扛起巡视整改政治责任，把巡视整改作为增强“四个意识”、坚定“四个自信”、做到“两个维护”的实际行动，高位统筹，有序推动整改。"),
        ("p", "一是强化组织领导。巡视反馈后，党工委第一时间召开会议传达学习反馈意见，成立由党工委书记任组长的巡视整改工作领导小组，下设综合协调、督导检查、宣传报道3个工作专班，"
              "建立“周调度、月通报、季评估”工作机制。二是细化整改措施。对照巡视反馈意见，制定《青岚经开区党工委关于省委巡视反馈意见整改落实方案》，梳理形成问题清单、任务清单、责任清单，"
              "逐项明确责任领导、牵头单位和完成时限。三是实化调度督导。党工委会议先后8次专题研究整改工作，领导小组办公室定期调度进展，对进度滞后的4个单位发出督办通知。"),
        ("h", "二、党工委主要负责人落实第一责任人责任情况"),
        ("p", "党工委主要负责人坚定落实第一责任人责任，切实将巡视整改工作扛在肩、攥在手。一是及时研究，周密部署。主持召开书记专题会和党工委会议研究巡视整改工作，对重点难点问题逐一点题调度。"
              "二是靠前指挥，带头整改。主动领办产业转型、营商环境等重点整改任务，深入一线调研督导12次。三是以上率下，压实责任。与班子成员逐一开展整改专题谈话，督促班子成员履行“一岗双责”。"),
        ("h", "三、整改工作推进情况"),
        ("p", "截至2024年3月底，巡视反馈的3个方面11个问题，已完成整改8个，其余3个问题持续推进中；制定整改措施24条，已完成21条；建立完善制度17项。"
              "整改过程中，给予党纪政务处分2人，组织处理3人，诫勉谈话5人，清退违规资金2.36万元。各问题具体整改进展情况详见附件1、附件2。"),
        ("p", "在推进整改中，党工委坚持把巡视整改与园区高质量发展结合起来，2023年园区规模以上工业增加值同比增长9.2%，实际利用外资增长13.6%，新增市场主体1846户。"
              "同时，坚持开门整改，通过园区门户网站、企业服务平台公开整改进展，收集企业和群众意见建议67条，已全部办理反馈。"),
        ("h", "四、下一步工作打算"),
        ("p", "党工委将坚持目标不变、标准不降、力度不减，对持续推进中的3个问题，逐项明确阶段目标，确保按期整改到位；对已完成整改的问题，适时开展“回头看”，防止问题反弹回潮；"
              "坚持“当下改”与“长久立”相结合，推动巡视整改成果转化为园区治理效能。"),
        ("p", "附件：1.省委巡视反馈问题整改进展情况（共7个问题）"),
        ("p", "　　　2.省委巡视选人用人专项检查反馈问题整改进展情况（共4个问题）"),
        ("pr", "中共青岚经济技术开发区工作委员会"),
        ("pr", "2024年4月2日"),
        ("break", None),
        ("p", "附件1"),
        ("title", "省委巡视反馈问题整改进展情况（共7个问题）"),
    ]
    blocks += items(att1, "项目")
    blocks += [("break", None), ("p", "附件2"), ("title", "省委巡视选人用人专项检查反馈问题整改进展情况（共4个问题）")]
    blocks += items(att2, "问题")
    write_docx(stem, blocks, header="青岚经开区党工委")
    probs = att1 + att2
    for p in probs:
        p.seq = int(p.seq.split(".")[-1])
    finish(stem, kind="bulletin", title=title, issuer="中共青岚经济技术开发区工作委员会", date="2024-04-02",
           insp=["省委第五巡视组", "青岚经济技术开发区", "2023-04-17", "2023-06-16", "2023-08-24"],
           headline={"problems_total": 11, "problems_done": 8, "measures_total": 24, "measures_done": 21, "rules_made": 17},
           probs=probs, koi=1,
           anomalies=["Report body (一、…四、) is narrative about organising the work; its 一是…三是 are not problems or measures. Problems sit only in 附件1 ('项目1.1：' … '项目2.4：') and 附件2 ('问题3.1：' … '问题3.4：').",
                      "seq = the label's last component (R76): 项目1.1 -> 1, 问题3.4 -> 4; numbering restarts under each heading.",
                      "(NEW) category = the attachment's own '一、…方面' heading (without 一、); the body's sections and the attachment titles are not categories.",
                      "Each item: '整改时限：…' (deadline as written, '立行立改' too), '整改进展情况：已完成整改' -> done / '持续推进中' -> in_progress, then （1）（2）… lines = measures.",
                      "Headline 11 problems / 8 done / 24 measures (= the 24 listed) / 21 done / 17 rules; per-attachment counts （共7个问题）（共4个问题） are not summed into anything else (they agree with 11); 8 meetings, 4 units, 12 visits, 2/3/5 people, 2.36万元, 9.2%/13.6%/1846/67 are distractors."])


# ================================================================ 02 bulletin: organisation first, problems in the MIDDLE section, next steps last (.pdf)
# Layout modelled on https://www.shjjjc.gov.cn/shsjjjcw/xszg/content/c5d32d1e-ec8d-4502-81bc-688ded8ded0f.html (中共上海市徐汇区委员会
# 关于…巡视集中整改进展情况的通报: title split over two lines under the body's name; lead '市委第一巡视组于2023年3月29日至6月16日对徐汇区进行了
# 巡视，并于2023年8月29日反馈了巡视意见'; 一、区委及主要负责人组织落实整改情况 （一）区委主要负责人组织落实整改工作情况 一是抓牢思想认识…
# 二是抓好责任落实…三是抓紧问题整改; '五方面17项问题56项具体问题…细化形成160条整改任务'), written in full: 一、 organisation,
# 二、 the problems under （一）…方面 with '1.…' items and '整改情况：一是…', 三、 long-term mechanisms and next steps.
def doc02():
    stem = "w14_02_district_bulletin_middle_section_pdf"
    C1, C2, C3 = "贯彻落实党中央决策部署和市委工作要求方面", "落实全面从严治党战略部署方面", "落实新时代党的组织路线方面"
    probs = [
        P(1, C1, "推动城市更新工作统筹不够，旧住房成套改造进度滞后", ["成立城市更新工作专班，制定旧住房成套改造三年行动计划", "2023年完成旧住房成套改造12.6万平方米，惠及居民2380户", "建立改造项目“一项目一方案”推进机制"]),
        P(2, C1, "科技创新策源功能发挥不充分，重点产业集聚度不高", ["出台支持人工智能产业集聚发展的若干措施", "新引进重点产业项目31个"]),
        P(3, C1, "防范化解重大风险存在薄弱环节，房屋安全隐患排查不彻底", ["对全区老旧房屋开展全覆盖安全排查，排查房屋4216幢", "对发现隐患的87幢房屋落实“一幢一策”治理"]),
        P(4, C1, "生态环境保护存在短板，部分河道水质不稳定", ["实施河道综合整治工程，完成截污纳管点位63处", "落实区、街道两级河长巡河制度，每月通报河道水质", "对水质反复的3条河道实行“一河一策”治理"]),
        P(1, C2, "区委主体责任落实有差距，对职能部门管党治党指导督促不够", ["修订区委落实全面从严治党主体责任清单", "建立区委常委联系指导部门党组织全面从严治党工作制度", "对12个部门党组织开展主体责任落实情况专项检查"]),
        P(2, C2, "重点领域监管存在漏洞，城市建设管理领域廉政风险突出", ["开展城市建设管理领域突出问题专项整治，排查问题线索19条", "推行工程项目全过程数字化监管"]),
        P(3, C2, "“四风”问题禁而未绝，个别单位违规发放津补贴", ["对全区机关事业单位津补贴发放开展专项检查，清退违规发放资金18.4万元", "对相关责任人给予党纪政务处分2人"]),
        P(4, C2, "巡察整改监督不够有力，个别单位巡察整改“纸面化”", ["制定区委巡察整改评估办法，对整改情况开展量化评估", "对整改不到位的4个单位开展整改“回头看”"]),
        P(1, C3, "领导班子建设有短板，个别部门班子结构不够合理", ["优化调整部门领导班子9个", "选拔使用优秀年轻干部26名"]),
        P(2, C3, "干部担当作为激励机制不健全", ["制定鼓励激励干部担当作为的实施办法"]),
        P(3, C3, "基层党组织建设存在薄弱环节，“两新”组织党建覆盖质量不高", ["对全区“两新”组织党组织开展规范化建设，整顿软弱涣散党组织8个", "新建楼宇党群服务站14个", "选派党建工作指导员60名"]),
    ]
    title = "中共青岚市江湾区委员会关于十三届市委第二轮巡视集中整改进展情况的通报"
    blocks = [("title", "中共青岚市江湾区委员会"), ("title", "关于十三届市委第二轮巡视集中整改进展情况的通报"),
              ("p", "根据市委统一部署，市委第三巡视组于2023年4月10日至6月30日对江湾区进行了巡视，并于2023年9月5日反馈了巡视意见。按照巡视工作有关要求，现将巡视集中整改进展情况予以公布。"),
              ("h", "一、区委及主要负责人组织落实整改情况"),
              ("h", "（一）区委主要负责人组织落实整改工作情况"),
              ("p", "一是抓牢思想认识。区委书记作为第一责任人，把抓好巡视整改作为重大政治任务，巡视反馈后第一时间召开区委常委会会议，深入学习市委主要领导在听取本轮巡视情况汇报时的讲话精神，逐条逐项研究部署整改工作。"
                    "二是抓好责任落实。区委书记牵头成立区巡视整改工作领导小组并担任组长，对照巡视反馈的3个方面18项问题，细化形成93条整改任务，明确任务分工、责任人和完成时限。"
                    "三是抓紧问题整改。区委书记对巡视整改负总责，先后主持召开区委常委会会议、领导小组会议11次，带头领办城市更新、重大风险防范等重点任务，深入基层督导调研9次。"),
              ("h", "（二）区委领导班子落实整改责任情况"),
              ("p", "区委领导班子把巡视整改作为检验“四个意识”的重要标尺。一是带头召开巡视整改专题民主生活会，班子成员逐一认领问题、深刻剖析根源。二是班子成员按照分工牵头负责分管领域整改任务，"
                    "定期听取整改进展汇报，协调解决整改难点。三是坚持开门整改，通过区政府门户网站、“江湾发布”公开整改进展，接受群众监督。"),
              ("h", "（三）纪检监察机关和组织部门履行整改监督责任情况"),
              ("p", "区纪委监委把督促巡视整改作为日常监督的重要内容，成立整改监督专班，采取列席会议、调阅资料、实地核查、个别谈话等方式开展监督检查，对整改进度滞后的5个单位发出监督提示函，"
                    "对整改不实的1个单位主要负责人进行约谈。区委组织部把巡视整改情况纳入领导班子和领导干部年度考核的重要内容，对在整改中担当作为、成效明显的干部优先使用，对整改中敷衍应付的干部进行组织调整。"
                    "区委巡察办统筹运用巡察力量，对区属部门落实巡视整改情况开展专项督查2轮，推动上下联动整改。"),
              ("h", "（四）整改工作总体成效"),
              ("p", "截至2024年1月底，巡视反馈的18项问题已完成整改15项，其余3项正在持续推进；93条整改任务已完成86条；建立完善制度31项。"
                    "巡视移交的问题线索已全部按规定办理，给予党纪政务处分7人，组织处理11人。"),
              ("h", "二、巡视反馈问题整改落实情况")]
    last, k = None, 0
    for p in probs:
        if p.cat != last:
            k += 1
            blocks.append(("h", f"（{cn(k)}）{p.cat}"))
            last = p.cat
        blocks.append(("p", f"{p.seq}.{p.title}。"))
        mt = p.mtext()
        recount_block(mt, r"[一二三四五六七八九十]+是", shi_count(p), p.title)
        blocks.append(("p", "整改情况：" + mt))
    blocks += [("h", "三、持续深化整改和建立长效机制"),
               ("p", "集中整改期结束后，区委将坚持目标不变、标准不降、力度不减，持续用心用力抓好后续整改。一是对尚未完成的3项问题和7条整改任务，实行清单化管理，逐项明确阶段目标，确保按期整改到位。"
                     "二是坚持标本兼治，对整改中形成的制度机制开展执行情况评估，推动制度成果转化为治理效能。三是强化整改日常监督，区纪委监委、区委组织部将巡视整改情况纳入日常监督和干部考核的重要内容，"
                     "对整改不力、敷衍整改的严肃问责。"),
               ("p", "下一步，区委将把巡视整改与推动高质量发展、创造高品质生活、实现高效能治理结合起来，与学习贯彻习近平新时代中国特色社会主义思想主题教育成果运用结合起来，"
                     "以巡视整改的实际成效推动江湾区各项事业发展迈上新台阶。"),
               ("p", "集中整改期间，全区经济社会发展保持良好态势：2023年全区地区生产总值同比增长6.4%，一般公共预算收入增长5.8%；新开工城市更新项目17个，新增养老床位620张，"
                     "新建改建社区嵌入式服务设施23处。区委将坚持把巡视整改作为推动各项工作的重要契机，巩固拓展整改成果，以实际行动回应群众期盼。"),
               ("p", "欢迎广大干部群众对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0XX-6487XXXX；邮政信箱：青岚市江湾区漕安路336号；电子邮箱：jwxszg@example.cn。"),
               ("pr", "中共青岚市江湾区委员会"), ("pr", "2024年2月6日")]
    write_pdf(stem, blocks)
    finish(stem, kind="bulletin", title=title, issuer="中共青岚市江湾区委员会", date="2024-02-06",
           insp=["市委第三巡视组", "江湾区", "2023-04-10", "2023-06-30", "2023-09-05"],
           headline={"problems_total": 18, "problems_done": 15, "measures_total": 93, "measures_done": 86, "rules_made": 31},
           probs=probs, koi=2,
           anomalies=["PDF from Word; the title is printed on two lines (the body's name, then '关于…的通报'), joined.",
                      "一、 (organisation: （一）（二）（三） with 一是…三是) comes first and is not a problem list; the problems are in the MIDDLE section 二、 under （一）（二）（三）…方面 categories; 三、 is long-term mechanisms and next steps (一是…三是, not measures).",
                      "Each problem '1.title。' then '整改情况：一是…' (a single sentence = 1); numbering restarts per category; no status words: null.",
                      "Headline 18 problems / 15 done / 93 measures (整改任务) / 86 done / 31 rules; 11 meetings, 9 visits, 5/1 units, 2 rounds, 7/11 people, 3 unfinished, 6.4%/5.8%/17/620/23 and the figures inside measures are distractors."])


# ================================================================ 03 one-task 整改情况公示 (.txt UTF-8)
# Layout modelled on http://tlqh.gov.cn/qinghe/zwgk/zfxxgk/fdzdgknr/dchsj/dcbg/2023122814081320007/index.html (清河区人民政府 portal
# header, the notice title, '来源:…  时间:…', a single subject (昌盛路环境整治) followed from an earlier 通报, closing '附件:' line with
# a file name), written as the full 公示 of one 督察 task: 整改任务 / 整改目标 / 责任单位 / 整改时限 / 整改完成情况 1、… / 验收情况 /
# 公示时间, signature and date.
def doc03():
    stem = "w14_03_one_task_gongshi_txt"
    task = "黄溪河流域部分乡镇生活污水收集处理设施建设滞后，已建污水处理站运行负荷率低，部分生活污水直排入河"
    ms = ["区水利局会同沿河4个镇制定《黄溪河流域乡镇生活污水治理攻坚方案》，明确31个建设项目、责任单位和完成时限，实行周调度、月通报，对进度滞后的2个项目下发督办函。截至2024年4月底，新建镇级污水处理站3座，新增日处理能力4500吨；新建和改造污水收集管网41.6公里，完成入户接管2860户，沿线5个集中居住点生活污水全部纳管收集",
          "对已建成的7座污水处理站逐站开展运行评估，对负荷率低于60%的4座站点实施管网补短板和提标改造，同步委托第三方专业公司统一运营维护，安装进出水在线监测设备7套并与区生态环境分局监控平台联网。2024年一季度，7座站点平均负荷率由整改前的38%提高到76%，出水水质稳定达到一级A标准",
          "开展黄溪河入河排污口排查整治，采用无人机航测、人工徒步、水面巡查相结合的方式，排查入河排污口112个，建立“一口一档”；对排查发现的23个生活污水直排口全部完成截污封堵或纳管改造，对9个雨污混流口实施分流改造",
          "建立长效管护机制，将乡镇污水处理设施运行纳入河长制考核，区、镇、村三级河长每月巡河不少于2次；区财政每年安排运维资金680万元，出台《江湾区农村生活污水处理设施运行维护管理办法》，明确产权单位、运维单位和监管单位职责"]
    p = P(14, "整改任务", task, ms, "done", ["区水利局", "沿河各镇人民政府"], "2024年4月底前", style="dun")
    body = p.mtext("\n")
    recount_block(body, r"(?m)^\d+、", 4, "task 14")
    title = "关于江湾区省生态环境保护督察反馈问题整改任务（第14项）整改情况的公示"
    text = f"""江湾区人民政府 The People's Government of Jiangwan District

政府信息公开

{title}

来源：区水利局　时间：2024-06-03

　　根据《青岚市生态环境保护督察反馈问题整改销号办法》要求，江湾区省生态环境保护督察整改工作领导小组办公室已组织对省第二生态环境保护督察组反馈问题整改任务（第14项）开展了现场验收。2022年11月14日至12月14日，省第二生态环境保护督察组对青岚市开展了督察，并于2023年3月8日向青岚市反馈了督察意见，本项为涉及我区的整改任务清单中的第14项。该项整改任务按照“责任单位自验、行业主管部门初验、区督察整改办组织验收、社会公示、报市督察整改办备案销号”的程序办理，责任单位已于2024年5月10日完成自验，区生态环境分局已于2024年5月16日完成初验，自验、初验材料和整改佐证资料已按要求归档备查。现将该项整改任务的整改完成情况予以公示，接受社会监督。

　　整改任务：{task}。

　　整改目标：2024年4月底前，黄溪河流域沿河乡镇建成区生活污水基本实现全收集、全处理，已建污水处理站运行负荷率达到70%以上，出水稳定达标；排查发现的生活污水直排口全部整治到位，黄溪河出境断面水质稳定达到Ⅲ类；建立设施运行维护、资金保障和监督考核长效机制，确保已建设施建得成、用得好、管得住。

　　责任单位：区水利局、沿河各镇人民政府

　　整改时限：2024年4月底前

　　整改完成情况：

{body}

　　验收情况：2024年5月22日，区督察整改办组织区生态环境分局、区住房和城乡建设局、区财政局等单位和2名特邀专家组成验收组，通过查阅资料、现场核查、随机走访群众等方式，对该项整改任务进行了现场验收。验收组现场抽查污水处理站4座、排污口整治点位12个、入户接管农户20户，查阅运维记录和在线监测数据，认为该项整改任务已按整改方案要求完成，达到整改目标，同意销号。

　　经核实，2024年1月至4月，黄溪河出境断面水质月均值均达到Ⅲ类，其中氨氮浓度同比下降31.5%、总磷浓度同比下降27.3%；整改期间，沿河群众对黄溪河水环境改善的满意度测评达到95.6%。该项整改任务累计完成投资1.86亿元，其中争取上级资金9200万元。

　　整改推进过程中，区督察整改工作领导小组坚持“一月一调度、一季一督查”，区政府分管领导先后6次深入黄溪河沿线现场督导，协调解决征地拆迁、管网穿越省道等难点问题7个；区人大常委会组织部分代表对项目建设情况开展专题视察，提出意见建议11条，均已落实。整改中，区水利局坚持开门整改，在沿河各镇、村公开栏张贴整改进展，邀请群众代表参与管网接户和设施试运行监督，收集并办理群众反映的施工扰民、路面恢复不及时等问题19件。

　　在资金保障方面，区财政统筹一般债券、上级水污染防治专项资金和区级财政资金，建立“项目跟着规划走、资金跟着项目走”的保障机制，对管网建设、站点改造和运维经费实行专户管理、专款专用；区审计局对该项整改任务涉及的建设资金开展了跟踪审计，审计中发现的工程结算不规范等问题已全部整改。在监督问责方面，区纪委监委将该项整改任务纳入生态环境领域专项监督，对整改初期推进不力的1个镇分管负责人进行了提醒谈话；区督察整改办对沿河各镇整改工作实行红黄绿灯管理，按月在全区通报，推动各镇比学赶超、压茬推进。

　　下一步，区水利局将会同沿河各镇持续巩固整改成果：每季度对7座污水处理站运行情况开展抽查，对负荷率低于70%或出水不达标的站点限期整改；将黄溪河沿线新建居住点生活污水收集纳入规划建设同步审查，防止出现新的直排问题；每年对已整治入河排污口开展一次复核，发现反弹的立即交办、限期整改，确保整改成效经得起检验。

　　特此公示。

　　公示时间：2024年6月3日至2024年6月9日，共7天。公示期间，如对该项整改任务完成情况有异议，请以书面、电话或电子邮件形式向区水利局反映，反映时请提供真实姓名和联系方式，以便核实情况、反馈结果。逾期未提出异议的，视为无异议，按程序报请销号。对公示期间收到的异议，区水利局将会同区督察整改办在5个工作日内组织核查，核查属实的立即组织整改，整改到位后重新组织验收和公示；核查不属实的，向反映人说明情况。销号后，该项整改任务的整改资料由区督察整改办统一归档，并纳入中央和省级生态环境保护督察整改成果“回头看”范围，接受上级督察组和社会各界的持续监督。

　　联系电话：0XXX-5862XXX　电子邮箱：jwslj@example.cn　通信地址：江湾区滨河路118号区水利局河湖管理科

　　附件：第14项整改任务整改前后对比图.docx

江湾区水利局
2024年6月3日

【打印本页】　【关闭窗口】
主办：江湾区人民政府办公室　　网站标识码：37XX000028　　备案号：X ICP备1200XXXX号
"""
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    finish(stem, kind="bulletin", title=title, issuer="江湾区水利局", date="2024-06-03",
           insp=["省第二生态环境保护督察组", "青岚市", "2022-11-14", "2022-12-14", "2023-03-08"],
           probs=[p], koi=3,
           anomalies=["One-task 公示 (R14): one problem, the 整改任务 statement; seq 14 from '整改任务（第14项）' (R77); category = the section label '整改任务' (R83).",
                      "status done: the 验收 found it complete and '同意销号' (R94); units from '责任单位：' split on 、 (R101); deadline '2024年4月底前' from 整改时限.",
                      "(NEW) measure_count 4: the four '1、…' items under 整改完成情况 (each a long paragraph of several actions, one item each); 验收情况 is not a measure.",
                      "issuer = the signature (区水利局), also the 来源 line; the portal (江湾区人民政府) is chrome (R38). report_date = the signature 2024-06-03 (same as the 时间 line).",
                      "Inspection: the 督察组 and its period/feedback to 青岚市 (the inspected body named in '对青岚市开展了督察'); 2024-05-22 is the 验收, 2024-05-10 / 05-16 the 自验 / 初验 (R53); 6 visits, 7 难点, 11 suggestions, 19 complaints, 1 person, 1.86亿元 and the 整改成效 figures are distractors. No count of tasks is printed: headline all null.",
                      "Portal header, '【打印本页】' and footer chrome kept."])


# ================================================================ 04 quoted '反馈指出，“……”' items, each with what was done and a status (Word .html)
# Layout modelled on http://www.gyjjjcw.gov.cn/gysjw/phone_article.html?id=10553+ (广元: 向8个党组织集中反馈“回头看”问题: title, 发布时间 /
# 来源 line, a 回头看 of the 市委 巡察 with named problems — 义务教育资源城乡分布不均衡、物业管理标准化推进缓慢…), written as one
# inspected bureau's full report on the 回头看's feedback, each item quoting the feedback ('市委巡察“回头看”反馈指出，“……。”') then
# '整改情况：一是…' and '整改状态：…', saved from Word as a filtered web page.
def _mso_p(text, bold=False, center=False, indent=True):
    return mso_p(text, bold, center, indent)


def _word_html(title, parts):
    return word_html(title, parts)


def doc04():
    stem = "w14_04_quoted_feedback_items_word_html"
    W = {"done": "已完成整改", "in_progress": "正在持续整改"}
    C1 = "上轮巡察反馈问题整改不到位方面"
    C2 = "巡察整改后新发现问题方面"
    probs = [
        P(1, C1, "局党组对上轮巡察指出的文物安全监管不力问题整改不彻底，部分县级文物保护单位安防设施仍未配齐，日常巡查记录流于形式",
          ["对全市47处县级以上文物保护单位安防设施开展逐一排查，为11处文物保护单位补齐视频监控和防火防盗设施", "建立文物安全巡查“双签字”制度，巡查记录每月由局文物科抽查", "对巡查记录弄虚作假的2名文物管理员进行通报批评"], "done"),
        P(2, C1, "上轮巡察指出的文化惠民工程资金拨付滞后问题仍然存在，“送戏下乡”项目资金结算周期长达半年以上",
          ["修订《文化惠民工程专项资金管理办法》，将资金结算周期压缩至30个工作日以内", "对2022年以来未结算的“送戏下乡”项目资金全部完成结算，涉及资金186.4万元"], "done"),
        P(3, C1, "旅游市场秩序整治不够有力，上轮巡察指出的“不合理低价游”问题反弹",
          ["联合市场监管、公安等部门开展旅游市场秩序专项整治，检查旅行社63家", "对3家组织“不合理低价游”的旅行社依法立案查处", "建立旅游投诉快速处置机制，投诉办结率达到100%"], "in_progress"),
        P(4, C1, "上轮巡察指出的公共文化设施免费开放不到位问题整改流于形式，部分乡镇综合文化站长期“铁将军把门”",
          ["对全市86个乡镇综合文化站开展暗访检查，通报未按规定开放的站点9个", "将文化站开放情况纳入乡镇综合考核，实行开放时间公示和群众评议制度"], "done"),
        P(1, C2, "局属事业单位国有资产管理不规范，部分演出设备长期闲置，账实不符",
          ["对局属5家事业单位国有资产开展全面清查，盘盈盘亏资产已按程序处置", "将闲置演出设备纳入全市文化设施共享平台统一调配"], "done"),
        P(2, C2, "个别干部违规参与文化企业经营活动，廉洁风险防控存在盲区",
          ["对涉及的1名干部给予党纪处分，责令退出企业经营活动", "开展干部违规经商办企业专项排查，签订廉洁承诺书全覆盖", "将文化产业扶持资金审批纳入廉政风险防控重点环节"], "in_progress"),
        P(3, C2, "文化产业发展专项资金绩效评价走过场，部分扶持项目未达到申报目标",
          ["委托第三方机构对2021年以来扶持的37个项目开展绩效评价", "对未达到申报目标的5个项目追回扶持资金64.5万元", "修订专项资金管理办法，建立项目绩效与后续扶持挂钩机制"], "done"),
        P(4, C2, "意识形态工作责任制落实不够到位，网络文艺演出内容审核把关不严",
          ["修订意识形态工作责任清单，明确班子成员责任事项", "建立网络演出内容“三审三校”制度"], "done"),
    ]
    title = "中共青岚市文化广电和旅游局党组关于市委巡察“回头看”反馈问题整改情况的报告"
    ps = [_mso_p(title, bold=True, center=True), _mso_p("发布时间：2024-10-16　来源：市文化广电和旅游局", center=True),
          _mso_p("市委巡察工作领导小组："),
          _mso_p("根据市委巡察工作统一部署，市委第二巡察组于2024年3月11日至4月19日对我局开展了巡察“回头看”，并于2024年6月13日向局党组反馈了“回头看”情况。"
                 "局党组高度重视，对照反馈意见逐条认领、逐项整改。现将整改情况报告如下。"),
          _mso_p("一、整改工作总体情况", bold=True),
          _mso_p("局党组把“回头看”反馈问题整改作为重大政治任务，召开党组会议专题研究部署，成立由党组书记任组长的整改工作领导小组，制定整改方案，建立问题、任务、责任“三张清单”。"
                 "党组书记履行第一责任人职责，带头领办文物安全、旅游市场秩序等重点整改任务；班子成员按照分工抓好分管领域整改，每半月向领导小组报告一次进展。"
                 "驻局纪检监察组全程跟踪监督，对整改进度滞后的2个科室负责人进行提醒谈话。"),
          _mso_p("局党组坚持把“回头看”整改与上轮巡察整改贯通起来，对上轮巡察反馈问题逐项“再体检”，对整改不彻底、问题反弹的逐一重新建账、重新销号；坚持开门整改，通过局门户网站、微信公众号和文旅场馆公示栏公开整改进展，"
                 "邀请文旅企业代表、群众文化骨干和服务对象代表参加整改情况评议，收集意见建议34条，均已逐条研究办理。局党组还把整改与文旅市场秩序整治、公共文化服务提质增效结合起来，"
                 "推动解决了一批群众急难愁盼问题，如景区停车难、文化场馆夜间开放不足等，群众满意度测评达到92.4%。"),
          _mso_p("截至2024年9月底，“回头看”反馈的21个问题，已完成整改17个，正在持续整改4个，整改完成率81%；制定整改措施58条，已完成51条；修订完善制度12项，给予党纪处分1人，诫勉谈话3人。"),
          _mso_p("二、反馈问题逐项整改情况", bold=True)]
    last, k = None, 0
    for p in probs:
        if p.cat != last:
            k += 1
            ps.append(_mso_p(f"（{cn(k)}）{p.cat}", bold=True))
            last = p.cat
        ps.append(_mso_p(f"{p.seq}.市委巡察“回头看”反馈指出，“{p.title}。”"))
        mt = p.mtext()
        recount_block(mt, r"[一二三四五六七八九十]+是", shi_count(p), p.title)
        ps.append(_mso_p("整改情况：" + mt))
        ps.append(_mso_p("整改状态：" + W[p.status] + "。"))
    ps += [_mso_p("三、存在的不足和下一步打算", bold=True),
           _mso_p("对照市委巡察要求，我局整改工作还存在一些不足：一是个别问题整改需要跨部门协同，推进速度不够快；二是部分制度执行刚性不足，长效机制还需在实践中检验。"),
           _mso_p("下一步，局党组将坚持目标不变、标准不降、力度不减，对正在持续整改的4个问题，明确时间节点，确保2024年12月底前整改到位；对已完成整改的问题，定期开展“回头看”，坚决防止反弹回潮；"
                  "把巡察整改与推进文旅深度融合、建设文化强市结合起来，以整改实效推动全市文化和旅游事业高质量发展。"),
           _mso_p("局党组将进一步健全整改长效机制：完善文物安全、资金管理、市场监管等重点领域制度体系，定期开展制度执行情况评估；把巡察整改情况纳入局属单位和科室年度目标考核，考核结果与评先评优、干部使用挂钩；"
                  "加强对局属单位整改工作的督促指导，对整改中发现的共性问题开展专项治理，做到以点带面、标本兼治，推动巡察整改成果转化为文旅事业发展的实际成效。"),
           _mso_p("我局将持续公开整改进展，欢迎广大干部群众监督。联系电话：0XXX-3318XXX；电子邮箱：whlyjxc@example.cn。"),
           _mso_p("在整改过程中，局党组坚持以案促改、以案促治，围绕巡察指出的文物安全、资金管理、市场秩序等问题，举一反三开展自查自纠，梳理局机关和局属单位廉政风险点46个，制定防控措施73条；"
                  "组织全局党员干部观看警示教育片2次，召开以案促改专题会议1次，推动整改成果向治理效能转化。"),
           _mso_p("中共青岚市文化广电和旅游局党组", indent=False),
           _mso_p("2024年10月15日", indent=False)]
    (OUT / f"{stem}.html").write_text(_word_html(title, ps), encoding="utf-8")
    finish(stem, kind="bulletin", title=title, issuer="中共青岚市文化广电和旅游局党组", date="2024-10-15",
           insp=["市委第二巡察组", None, "2024-03-11", "2024-04-19", "2024-06-13"],
           headline={"problems_total": 21, "problems_done": 17, "measures_total": 58, "measures_done": 51, "rules_made": 12}, probs=probs, koi=4,
           anomalies=["Word document saved as a web page (MsoNormal paragraphs, <o:p>, mso spans, conditional-comment xml).",
                      "Each problem is a quoted feedback item '1.市委巡察“回头看”反馈指出，“….”': title = the quoted statement without the attribution, the quotes and the closing 。 (R15, R86, bw12).",
                      "'整改情况：一是…' = measures; '整改状态：已完成整改' -> done, '正在持续整改' -> in_progress; numbering restarts per （一）（二） category.",
                      "inspected null: the report says '对我局' (R48). report_date = the signature 2024-10-15, not the 发布时间 2024-10-16 (R41). The 回头看's own stationing period and feedback are the inspection dates (it is the inspection the report answers).",
                      "Headline 21 problems / 17 done / 58 measures / 51 done / 12 rules; 81%, 2 科室, 1/3 people, 46/73 risk points, 34 suggestions, 92.4%, the 一是/二是 of 三、 are distractors."])


# ================================================================ 05 organisation-level report: (一)党组书记… (二)…主体责任…, figures, NO problem list (.txt GB18030)
# Layout modelled on https://public.huiji.gov.cn/D49Y/8738334.jhtml (按照区委统一部署，2024年3月5日至4月18日，区委第一巡察组对区行政审批
# 和政务信息管理局党组开展了为期45天的政治巡察。2024年5月16日…反馈了巡察意见…现将巡察整改情况予以公布: (一)党组书记组织落实整改工作
# 情况 1.强化责任担当… 2.坚持问题导向… 3.注重长效机制…; (二)局党组织巡察整改主体责任落实情况 1.深刻领会精神…), written in full
# with a (三) of figures and a (四) of next steps, no problem list.
def doc05():
    stem = "w14_05_bureau_org_level_report_gb18030"
    title = "中共青岚市江湾区医疗保障局党组关于巡察整改情况的通报"
    text = f"""{title}

发布日期：2024-09-20　　信息来源：区医疗保障局

按照区委统一部署，2024年3月5日至4月18日，区委第一巡察组对区医疗保障局党组开展了为期45天的政治巡察。2024年5月16日，区委第一巡察组向我局反馈了巡察意见。经过3个月集中整改，根据《青岚市委巡察整改情况公开办法》有关规定，现将巡察整改情况予以公布：

(一)党组书记组织落实整改工作情况

1.强化责任担当，切实提高政治站位。收到区委第一巡察组巡察反馈意见后，党组书记主动认领问题，立即牵头成立局巡察整改工作领导小组并担任组长，切实担起“第一责任人”职责，负责巡察整改工作的统一领导、统筹部署、督促落实。明确局办公室专人负责协调联系、督促检查整改工作，推动各股室、局属单位各司其职，形成一级抓一级、层层抓落实的整改工作责任体系。

2.坚持问题导向，认真落实巡察意见。党组书记坚持把自己摆进去、把职责摆进去、把工作摆进去，牵头制定局巡察整改工作方案，将反馈问题逐条进行细化，认真吸收区委第一巡察组提出的意见建议。对照巡察反馈意见，明确整改措施、责任领导、责任股室、完成时限，并定期跟踪督办、对账销号。集中整改期间，党组书记主持召开党组会议6次、整改推进会4次，专题研究解决医保基金监管、定点医药机构管理等难点问题。

3.注重长效机制，推动整改成果转化。党组书记坚持以本次巡察整改为契机，把巡察整改和深化医疗保障制度改革、推动医保服务提质增效紧密结合起来。组织召开巡察整改专题民主生活会，深入剖析问题产生的原因，带头开展批评和自我批评，坚持“当下改”和“长久立”相结合，从制度上、源头上推动问题解决。

(二)局党组巡察整改主体责任落实情况

1.深刻领会精神，统一思想认识。对照巡察组提出的反馈意见，局党组高度重视，按要求公开巡察反馈会议新闻稿，印发局巡察反馈意见整改落实方案，党组书记在反馈会上作表态发言。召开巡察整改专题民主生活会，班子成员逐一认领问题，对照检查、深刻剖析，明确了各自整改责任。

2.压实整改责任，细化整改措施。局党组将反馈问题分解到班子成员和各股室，建立问题清单、任务清单、责任清单“三张清单”，实行台账式管理。班子成员严格落实“一岗双责”，对分管领域的整改任务亲自部署、亲自推动，每周向领导小组报告一次整改进展。

3.加强督促检查，确保整改实效。局党组建立整改督查机制，由局办公室牵头，会同驻局纪检监察组对整改情况开展督查3次，对整改进度滞后的2个股室负责人进行约谈；对已完成整改的问题组织“回头看”，确保问题真改实改、不反弹。

4.强化成果运用，推动标本兼治。局党组坚持举一反三，对巡察指出的医保基金监管、内部控制、作风建设等方面的问题，延伸开展自查自纠，对全区217家定点医药机构开展医保基金使用专项检查，追回违规使用医保基金126.8万元，暂停医保服务协议3家；全面梳理局机关内部管理制度，废止过时制度5项。

5.坚持开门整改，接受群众监督。局党组通过区政府门户网站、局微信公众号、医保经办大厅公示栏等渠道公开巡察整改进展，设立意见箱和监督电话，邀请人大代表、政协委员、参保群众代表和定点医药机构代表召开整改工作座谈会2次，听取意见建议28条，逐条研究、分类办理，办理结果及时向反映人反馈。对群众反映集中的异地就医备案难、门诊慢特病认定周期长等问题，建立专项台账，推行线上备案、认定结果当月告知，切实把巡察整改成效体现到群众满意上来。

6.加强队伍建设，锤炼过硬作风。局党组把巡察整改与模范机关创建结合起来，开展医保系统作风建设专项整治，围绕服务态度、办事效率、廉洁自律等方面查摆问题，组织经办人员业务培训4期，培训182人次；在经办窗口推行首问负责、一次性告知、限时办结制度，开展“医保服务之星”评选，推动医保干部队伍作风持续好转，群众满意度测评达到98.2%。

(三)整改落实总体情况

截至2024年8月底，区委第一巡察组反馈的26个问题，已完成整改23个，其余3个需长期坚持、持续推进，整改完成率88.5%；制定整改措施64条，已完成59条；建立完善制度14项。整改期间，给予党纪政务处分1人，诫勉谈话2人，批评教育6人，追缴违规资金3.47万元。

通过整改，医保经办服务能力进一步提升。全区医保服务事项“一网通办”比例达到96%，医保报销平均办理时限由15个工作日压缩至5个工作日；职工医保门诊共济保障政策全面落地，惠及参保职工8.2万人；城乡居民医保参保率稳定在97%以上。医保基金监管更加有力，上线医保智能监控系统，对疑似违规费用实行事前提醒、事中审核、事后追溯。

在医保基金监管方面，局党组坚持“零容忍”态度，联合区卫生健康局、区市场监督管理局、区公安分局开展打击欺诈骗取医保基金专项行动，对定点医药机构实行全覆盖检查，对检查发现的违规行为依法依规处理，并在局门户网站公开曝光典型案例；建立医保基金社会监督员制度，聘请社会监督员15名，畅通举报投诉渠道，兑现举报奖励。在内部管理方面，局党组修订完善财务管理、政府采购、合同管理、公务接待等内部控制制度，开展内部控制风险评估，梳理廉政风险点31个，逐一制定防控措施，形成用制度管权管事管人的长效机制。在作风建设方面，局党组严格落实中央八项规定及其实施细则精神，对公务用车、公务接待、差旅报销开展专项检查，对发现的问题立行立改。

(四)下一步工作打算

1.持续深化整改。对需长期坚持的3个问题，坚持目标不变、标准不降、力度不减，逐项明确阶段目标，定期调度推进，确保取得实效。

2.巩固整改成果。对已完成整改的问题，定期开展“回头看”，防止问题反弹回潮；对整改中建立完善的制度机制，加强执行情况监督检查，推动制度成果转化为治理效能。

3.推动高质量发展。把巡察整改与医保领域群众身边不正之风和腐败问题集中整治结合起来，与深化医保支付方式改革结合起来，以整改实效推动全区医疗保障事业高质量发展。

欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请在2024年10月20日前反映。联系电话：0XXX-5526XXX；邮政地址：江湾区民安路27号区医疗保障局办公室；电子邮箱：jwybj@example.cn。

中共青岚市江湾区医疗保障局党组
2024年9月19日
"""
    (OUT / f"{stem}.txt").write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    finish(stem, kind="bulletin", title=title, issuer="中共青岚市江湾区医疗保障局党组", date="2024-09-19",
           insp=["区委第一巡察组", "区医疗保障局党组", "2024-03-05", "2024-04-18", "2024-05-16"],
           headline={"problems_total": 26, "problems_done": 23, "measures_total": 64, "measures_done": 59, "rules_made": 14},
           probs=[], koi=[5, 7],
           anomalies=["GB18030 text with CRLF line ends; a '发布日期：…　信息来源：…' line under the title.",
                      "(NEW) Organisation-level report in the '(一)党组书记组织落实整改工作情况 / (二)局党组巡察整改主体责任落实情况' form: the 1.–6. items are how the work was organised, (四) items are next steps: no problem list, problems [] (R19; bw13 doc08).",
                      "Period '2024年3月5日至4月18日' (the second date takes the first one's year); feedback 2024-05-16; report_date = the signature 2024-09-19, not 发布日期 2024-09-20 (R41).",
                      "Headline 26 problems / 23 done / 64 measures / 59 done / 14 rules; 3 long-term, 88.5%, 45天, 6/4/3 meetings, 2 股室, 217 institutions, 126.8万元, 3 agreements, 5 rules abolished, 1/2/6 people, 3.47万元, 96%/15/5/8.2万/97%, 2 座谈会, 28 suggestions, 4 trainings / 182, 98.2%, 15 监督员, 31 risk points are distractors; 2024年10月20日 is a deadline for comments."])


# ================================================================ 06 audit office's rectification report, '审计查出问题50个，已整改40个', table with 认定结果 (.xlsx)
# Layout modelled on https://yohu9.com/newsshow-214114.html (岚山区审计局…针对2022年度出具审计报告的24个项目的483个问题，对整改责任主体报送的
# 整改证明材料进行逐笔逐项认真复核…认定为“已整改”事项…“持续整改”事项…“未整改”事项), written as the audit office's full report:
# sheet 1 the report text one paragraph a row, sheet 2 the 重点问题 table 序号 | 审计项目 | 审计查出问题 | 整改责任单位 | 整改情况 | 认定结果.
def doc06():
    stem = "w14_06_audit_office_report_table_xlsx"
    S = {"done": "已整改", "in_progress": "持续整改"}
    rows = [
        ("区本级预算执行审计", P(1, None, "部分非税收入未及时缴入国库", ["区财政局已督促相关单位将滞留非税收入1268.4万元全部缴入国库"], "done", ["区财政局"], style="num")),
        ("区本级预算执行审计", P(2, None, "专项资金结转结余未及时清理", ["收回结转两年以上专项资金842.6万元统筹使用", "修订专项资金结转结余管理办法"], "done", ["区财政局"], style="num")),
        ("区本级预算执行审计", P(3, None, "政府债券资金使用进度缓慢，部分资金闲置超过一年", ["调整债券资金用途3200万元并已全部支出", "建立债券项目资金支出进度月通报制度"], "done", ["区发展和改革局", "区财政局"], style="num")),
        ("部门预算执行审计", P(4, None, "区教育局超范围列支培训费和会议费", ["相关费用已调整账务，涉及金额21.37万元", "对负有责任的2名财务人员进行提醒谈话"], "done", ["区教育局"], style="num")),
        ("部门预算执行审计", P(5, None, "区卫生健康局部分政府采购项目未按规定公开招标", ["对涉及的3个采购项目重新履行采购程序", "修订单位政府采购内部控制制度", "组织财务和采购人员开展政府采购业务培训"], "done", ["区卫生健康局"], style="num")),
        ("部门预算执行审计", P(6, None, "区城市管理局固定资产账实不符", ["已开展资产清查，补登固定资产386.2万元，核销报废资产42.8万元"], "done", ["区城市管理局"], style="num")),
        ("专项资金审计", P(7, None, "农村人居环境整治项目资金拨付滞后", ["已拨付滞留项目资金615万元", "项目验收工作正在推进"], "in_progress", ["区农业农村局", "相关街道办事处"], style="num")),
        ("专项资金审计", P(8, None, "部分养老服务补贴向不符合条件人员发放", ["追回违规发放补贴8.64万元", "与公安、卫健部门建立死亡人员信息比对机制"], "done", ["区民政局"], style="num")),
        ("专项资金审计", P(9, None, "就业专项资金部分培训补贴审核不严", ["已追回违规补贴5.2万元，对涉事培训机构取消定点资格"], "done", ["区人力资源和社会保障局"], style="num")),
        ("政府投资项目审计", P(10, None, "滨河公园提升改造工程多计工程款", ["已核减工程结算价款137.9万元", "对负有责任的造价咨询机构约谈并扣减服务费"], "done", ["区住房和城乡建设局"], style="num")),
        ("政府投资项目审计", P(11, None, "区第二中学扩建工程未批先建、超概算", ["已补办项目审批手续", "超概算部分正按程序报批调整概算"], "in_progress", ["区教育局", "区发展和改革局"], style="num")),
        ("国有企业审计", P(12, None, "区城投公司对外借款未履行决策程序，部分借款逾期未收回", ["已收回逾期借款本息2150万元", "剩余借款1600万元已提起诉讼，正在审理中", "修订公司对外借款和担保管理办法"], "in_progress", ["区城投公司"], style="num")),
        ("国有企业审计", P(13, None, "区文旅集团部分经营性资产出租未公开招租，租金收取不及时", ["对出租资产全部实行公开招租，年租金增加37.6万元", "已收回拖欠租金52.3万元", "建立资产出租台账和租金催收机制"], "done", ["区文旅集团"], style="num")),
        ("经济责任审计", P(14, None, "原区体育中心主任任职期间未经集体研究决定大额资金支出", ["区体育中心已修订“三重一大”决策制度，明确大额资金支出标准和决策程序", "区委组织部已对相关责任人进行诫勉谈话"], "done", ["区体育中心", "区文化广电和旅游局"], style="num")),
        ("经济责任审计", P(15, None, "某街道办事处村级集体经济组织“三资”管理不规范，部分合同未经民主程序", ["已对全街道村级合同开展清理规范，补正民主决策程序合同27份", "推行村级“三资”管理信息平台"], "in_progress", ["相关街道办事处", "区农业农村局"], style="num")),
    ]
    probs = [p for _, p in rows]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整改情况报告"
    title = "青岚市江湾区审计局关于2023年度审计查出问题整改情况的报告"
    paras = [title,
             "区人民政府：",
             "2023年，区审计局共完成审计项目17个，出具审计报告17份。根据《中华人民共和国审计法》和《关于建立健全审计查出问题整改长效机制的实施意见》，区审计局对2023年度审计查出问题的整改情况进行了跟踪检查，现将有关情况报告如下。",
             "一、整改工作总体情况",
             "区审计局针对2023年度出具审计报告的17个项目查出的问题，对整改责任主体报送的整改证明材料进行逐笔逐项认真复核。对整改证据充分、适当，整改举措、整改效果符合审计要求的事项，认定为“已整改”事项；"
             "对因体制机制不完善、历史遗留、涉及司法诉讼等原因，在一定期限内确实难以完全整改到位的事项，认定为“持续整改”事项，由审计人员继续督促推进；"
             "对整改证据、整改举措、整改效果暂不符合审计要求的事项，在整改期限到期时认定为“未整改”事项，督促整改责任单位补充完善整改资料，直至整改到位。",
             "经复核认定，2023年度审计查出问题50个，已整改40个，持续整改7个，未整改3个，整改率80%；涉及问题金额1.26亿元，已整改金额9870.5万元；有关部门单位建立健全制度11项，对5名责任人进行了提醒谈话或诫勉。",
             "二、主要做法",
             "一是压实整改责任。区审计局在出具审计报告时同步下发整改问题清单，明确整改事项、整改时限和整改要求；整改责任单位主要负责人为整改第一责任人，实行“整改一个、销号一个”。"
             "二是强化跟踪督促。区审计局建立审计整改台账，实行“月调度、季通报”，对整改进度滞后的4个单位发出督办函。"
             "三是加强贯通协作。区审计局与区纪委监委、区委巡察办建立审计整改情况通报机制，将审计整改情况作为干部考核、经济责任审计的重要内容，移送问题线索2件。",
             "四是推动标本兼治。区审计局对审计中反复出现的预算执行不规范、政府采购程序不合规、国有资产管理不到位等问题进行归纳分析，向区政府提交审计专报3份，提出完善制度机制的建议14条，推动区财政局、区国资中心等部门在全区范围内开展专项治理，从源头上减少同类问题发生。",
             "三、重点问题整改情况",
             "对审计查出的重点问题，区审计局逐项跟踪核实，整改情况见附表《2023年度审计查出重点问题整改情况表》。",
             "四、存在的困难和下一步工作",
             "从复核情况看，仍有部分问题尚未整改到位，主要原因：一是部分问题涉及历史遗留因素，需要多部门协同推进；二是个别问题涉及司法诉讼，整改周期较长；三是个别单位整改主体责任落实不到位，整改资料不完善。"
             "下一步，区审计局将对持续整改和未整改的10个问题实行清单化管理，逐项明确整改时限，加大跟踪督促力度；对整改不力、敷衍整改的，按规定移送有关部门追责问责；"
             "同时加强审计成果运用，推动有关部门从体制机制层面堵塞漏洞，防止同类问题屡审屡犯。",
             "特此报告。",
             "附表：2023年度审计查出重点问题整改情况表",
             "青岚市江湾区审计局",
             "2024年5月28日"]
    for i, t in enumerate(paras, 1):
        ws.cell(row=i, column=1, value=t)
    ws.column_dimensions["A"].width = 120
    ws2 = wb.create_sheet("附表")
    ws2.append(["2023年度审计查出重点问题整改情况表"])
    ws2.append(["序号", "审计项目", "审计查出问题", "整改责任单位", "整改情况", "认定结果"])
    for proj, p in rows:
        cell = p.mtext("\n")
        recount_block(cell, r"(?m)^\d+\.", len(p.measures) if len(p.measures) > 1 else 0, p.title)
        ws2.append([p.seq, proj, p.title, "、".join(p.units), cell, S[p.status]])
    ws2.append(["注：认定结果截至2024年5月20日；“持续整改”事项由区审计局继续跟踪督促，整改到位后由整改责任单位报送整改佐证材料，经区审计局复核后予以销号。"])
    wb.save(OUT / f"{stem}.xlsx")
    finish(stem, kind="bulletin", title=title, issuer="青岚市江湾区审计局", date="2024-05-28",
           insp=["青岚市江湾区审计局", None, None, None, None],
           headline={"problems_total": 50, "problems_done": 40, "rules_made": 11}, probs=probs, koi=6,
           anomalies=["Workbook (.xlsx): sheet 1 the report text one paragraph a row; sheet 2 '附表' the 重点问题 table (15 of the 50 problems).",
                      "Headline wording '审计查出问题50个，已整改40个' -> 50 / 40 (problems, not measures); 11 rules; 17 projects, 7 持续整改, 3 未整改, 80%, 1.26亿元, 9870.5万元, 5 people, 4 units, 2 clues, 3 专报, 14 suggestions, 10 unfinished are distractors.",
                      "(NEW) status from the 认定结果 column: 已整改 -> done, 持续整改 -> in_progress; no listed row is 未整改.",
                      "Problems: 审计查出问题 cell = title; 整改情况 cell = measures ('1.…' lines, or one undivided sentence = 1); 整改责任单位 split on 、 (R102); the 审计项目 column is not a heading: category null; no deadline column.",
                      "Inspector = the audit office (issue 10 kind 7, R46); inspected null (many bodies); no period or feedback date."])


# ================================================================ 07 traditional-character copy of a college 党总支's bulletin, '反馈问题30个……已完成整改25个' (.txt UTF-8)
# Layout modelled on http://m.788ce.com/info/1004/12850.htm (a traditional-character copy of a 师专's 内部巡察 news: '根據學校黨委統一部署安排，
# 9月至10月…3個巡察組對學前教育學院、數理系、外語系進行了巡察。10月27日…各巡察組分別向被巡察單位反饋了巡察意見'), written as the full
# bulletin of one inspected college 党总支 on its rectification, in traditional characters (OpenCC s2t of the whole text).
def doc07():
    stem = "w14_07_traditional_college_bulletin_txt"
    W = {"done": "已完成整改", "in_progress": "正在整改"}
    C1, C2, C3 = "学习贯彻党的创新理论方面", "落实立德树人根本任务方面", "落实全面从严治党责任方面"
    probs = [
        P(1, C1, "理论学习中心组学习计划性不强，学习研讨不够深入", ["制定年度理论学习中心组学习计划，明确专题12个", "实行中心组成员轮流领学、专题研讨发言制度"], "done", style="paren"),
        P(2, C1, "“第一议题”制度落实不够严格，个别党总支会议未将学习作为第一议题", ["修订党总支会议议事规则，将“第一议题”学习列为会议首项议程", "建立“第一议题”学习台账"], "done", style="paren"),
        P(1, C2, "课程思政建设推进缓慢，专业课程思政元素挖掘不够", ["修订专业人才培养方案，将课程思政要求写入全部课程标准", "立项建设课程思政示范课程6门", "组织教师开展课程思政教学竞赛"], "done", style="paren"),
        P(2, C2, "实习实训管理不规范，部分学生顶岗实习过程管理缺位", ["修订《学生实习管理办法》，实行校内外双导师制度", "上线实习管理信息平台，实现实习过程全程监管"], "in_progress", style="paren"),
        P(3, C2, "学生心理健康教育工作薄弱，专职心理辅导人员不足", ["配备专职心理辅导教师2名", "建立学院、班级、宿舍三级心理健康预警网络"], "done", style="paren"),
        P(4, C2, "师德师风建设长效机制不健全，个别教师课堂教学纪律意识淡薄", ["制定学院师德师风负面清单和失范行为处理办法", "开展师德师风专题教育3次，全体教师签订师德承诺书", "将师德考核结果作为职称评聘、评优评先的首要依据"], "done", style="paren"),
        P(1, C3, "党风廉政建设责任落实层层递减，教研室主任“一岗双责”意识不强", ["签订党风廉政建设责任书18份", "开展教研室主任廉政谈话全覆盖"], "done", style="paren"),
        P(2, C3, "经费报销审核不严，个别项目劳务费发放不规范", ["对2022年以来劳务费发放情况开展自查，清退不合规费用0.92万元", "修订学院经费报销管理细则"], "done", style="paren"),
        P(3, C3, "学院“三重一大”事项决策程序不够规范", ["制定学院“三重一大”事项清单", "对重大事项决策实行全程纪实"], "in_progress", style="paren"),
        P(4, C3, "学生资助工作程序不够规范，部分困难学生认定材料审核不严", ["对2022年以来家庭经济困难学生认定材料逐一复核", "实行资助名单班级、学院、学校三级公示"], "done", style="paren"),
    ]
    lines, last, k = [], None, 0
    for p in probs:
        if p.cat != last:
            k += 1
            lines.append(f"（{cn(k)}）{p.cat}")
            last = p.cat
        lines.append(f"{p.seq}.{p.title}。")
        mt = p.mtext()
        recount_block(mt, r"（\d+）", len(p.measures), p.title)
        lines.append("整改情况：" + mt + W[p.status] + "。")
    simp = f"""中共青岚师范高等专科学校学前教育学院总支部委员会关于校党委巡察整改情况的通报

发布时间：2024-03-15　作者：学前教育学院党总支　来源：学前教育学院

根据学校党委统一部署安排，2023年9月11日至10月20日，校党委第一巡察组对学前教育学院党总支进行了巡察。2023年11月3日，校党委第一巡察组向学前教育学院党总支反馈了巡察意见。按照学校党委关于巡察整改公开的要求，现将巡察整改情况予以通报。

一、提高政治站位，切实扛起巡察整改主体责任

学院党总支把巡察整改作为重大政治任务，第一时间召开党总支会议传达学习巡察反馈意见，成立由党总支书记任组长、院长任副组长的巡察整改工作领导小组，制定整改方案，建立问题清单、任务清单、责任清单。党总支书记切实履行第一责任人职责，带头认领问题，主持召开整改推进会5次；班子成员按照分工抓好分管领域整改，确保件件有着落、事事有回音。

学院党总支坚持把巡察整改与学习贯彻习近平新时代中国特色社会主义思想主题教育结合起来，与学院“双高”建设、专业认证和人才培养方案修订结合起来，做到两手抓、两促进。整改期间，学院党总支坚持每月召开一次整改调度会，逐项对账销号；对整改中涉及教务、学工、财务等职能部门的问题，主动对接、协同推进，形成了上下联动、齐抓共管的整改工作格局。学院还通过教职工大会、学生座谈会等形式通报整改安排，听取师生意见建议41条，全部纳入整改台账。

学院召开巡察整改专题组织生活会，班子成员逐一对照反馈问题深刻剖析，开展批评和自我批评。学院纪检委员全程跟踪监督，对整改进度滞后的1个教研室进行提醒。

二、巡察反馈问题整改落实情况

巡察反馈问题30个，截至2024年2月底，已完成整改25个，其余5个正在整改；制定整改措施78条，已完成70条；建立完善制度9项。主要问题整改情况如下：

{chr(10).join(lines)}

三、巩固整改成果，推动学院高质量发展

通过巡察整改，学院党的建设和事业发展取得新的进展。学院教工党支部“双带头人”培育工程实现全覆盖，1个党支部入选省级样板支部培育创建单位；学生参加省级职业院校技能大赛获一等奖2项、二等奖3项；2023届毕业生初次就业率达到93.8%，专升本录取人数较上年增加46人。

在人才培养方面，学院以整改为契机，深化产教融合，与18所市级示范幼儿园共建实习实训基地，聘请幼儿园园长和骨干教师担任兼职导师26名，推行“园校协同、双师共育”人才培养模式；修订学前教育专业人才培养方案，增设婴幼儿托育服务与管理课程模块，开设保育实务、幼儿游戏指导等实践课程，实践教学学时占比提高到52%。在教师队伍建设方面，学院引进硕士以上学历教师7人，选派青年教师到幼儿园一线挂职锻炼9人，教师“双师型”比例达到68%。在学生管理方面，学院完善辅导员、班主任、学业导师协同育人机制，开展学风建设月活动，学生违纪率明显下降。

同时也要看到，学院整改工作还存在一些差距，个别问题整改需要较长周期，部分制度执行还需进一步强化。下一步，学院党总支将坚持目标不变、标准不降、力度不减：一是对正在整改的5个问题，逐项明确完成时限，确保2024年7月底前全部整改到位；二是对已完成整改的问题，适时开展“回头看”，防止问题反弹；三是把巡察整改与学院“双高”建设、专业评估结合起来，推动整改成果转化为办学治院的实际成效。

学院党总支将坚持把巡察整改作为加强自身建设的长期任务，健全整改常态化机制：每学期召开一次整改专题会议，研究解决整改中的新情况新问题；每学年向学校党委报告一次整改成效，并在学院网站公开；把整改落实情况纳入教研室和党支部年度考核，以整改成效检验党建工作质量，推动全面从严治党向基层延伸。

欢迎全院师生对巡察整改落实情况进行监督，意见建议可通过学院办公室当面反映，或发送至电子邮箱xqjyxy@example.edu.cn。

中共青岚师范高等专科学校学前教育学院总支部委员会
2024年3月14日
"""
    cc = opencc.OpenCC("s2t")
    trad = cc.convert(simp)
    (OUT / f"{stem}.txt").write_text(trad, encoding="utf-8")
    title = cc.convert("中共青岚师范高等专科学校学前教育学院总支部委员会关于校党委巡察整改情况的通报")
    assert title in trad
    finish(stem, trad=True, kind="bulletin", title=title, issuer=cc.convert("中共青岚师范高等专科学校学前教育学院总支部委员会"),
           date="2024-03-14",
           insp=[cc.convert("校党委第一巡察组"), cc.convert("学前教育学院党总支"), "2023-09-11", "2023-10-20", "2023-11-03"],
           headline={"problems_total": 30, "problems_done": 25, "measures_total": 78, "measures_done": 70, "rules_made": 9},
           probs=probs, koi=6,
           anomalies=["Traditional-character copy (OpenCC s2t of the whole text), UTF-8; problem titles and categories in simplified characters (R91); title, issuer, inspection fields in the page's traditional script.",
                      "Headline wording '巡察反馈问题30个，…已完成整改25个' -> problems 30 / 25 (not measures); 78/70 measures, 9 rules; 5 unfinished, 5 meetings, 1 教研室, 41 suggestions, 18/26/52%/7/9/68%, 2/3 prizes, 93.8%, 46 are distractors.",
                      "一、 is organisation; problems in 二、 under （一）…方面 categories; '1.title。' then '整改情况：（1）…；（2）…。' + a closing status word: 已完成整改 -> done, 正在整改 -> in_progress; 三、 next steps 一是…三是 are not measures.",
                      "report_date = the signature 2024-03-14, not the 发布时间 2024-03-15 (R41)."])


# ================================================================ 08 dates and parties in prose: a city's report on a provincial 督察 (.docx)
# Layout modelled on https://m.yybnet.net/leshan/news/202103/11271084.html (经省委、省政府批准，自2021年2月24日起，省生态环境保护督察组陆续向…
# 反馈…督察意见，截至2021年3月4日…; 督察期间…受理群众来电来信举报1641件…移交案件27件; 应在收到督察反馈意见后30个工作日内制定整改任务清单…
# 6个月内报送整改落实情况), written as one city's full report on that 督察's rectification, with every date and party in prose.
def doc08():
    stem = "w14_08_city_ducha_report_prose_dates_docx"
    W = {"done": "已完成", "in_progress": "序时推进"}
    C1 = "思想认识和责任落实方面"
    C2 = "突出生态环境问题方面"
    probs = [
        P(1, C1, "部分县（区）对生态环境保护工作重视不够，“重发展、轻保护”思想仍然存在", ["市委理论学习中心组开展习近平生态文明思想专题学习4次", "将生态环境保护纳入县（区）党政领导班子年度考核，权重提高到12%"], "done", ["市委宣传部", "市委组织部", "各县（区）党委和政府"], "2023年6月底前"),
        P(2, C1, "生态环境保护“党政同责、一岗双责”落实不到位，部分部门监管责任落实不力", ["修订《白石市生态环境保护工作职责规定》，明确38个部门职责", "对履职不力的3个部门进行约谈"], "done", ["市生态环境局", "市委编办"], "2023年6月底前"),
        P(1, C2, "城区建成区黑臭水体整治不彻底，清溪河城区段返黑返臭", ["完成清溪河城区段截污纳管工程，新建截污管网9.4公里", "实施河道清淤和生态补水工程", "建立黑臭水体长效管护机制"], "in_progress", ["市住房和城乡建设局", "市水务局"], "2024年6月底前"),
        P(2, C2, "工业园区环境基础设施建设滞后，园区污水集中处理率偏低", ["建成园区污水处理厂二期工程，新增处理能力2万吨/日", "完成园区企业污水管网接驳46家"], "done", ["白石高新区管委会"], "2023年12月底前"),
        P(3, C2, "秋冬季大气污染防治措施落实不到位，建筑工地扬尘管控不严", ["对全市在建工地全面落实“六个百分之百”扬尘防控措施", "安装扬尘在线监测设备215套"], "done", ["市住房和城乡建设局", "市城市管理局"], "2023年3月底前"),
        P(4, C2, "部分矿山开采破坏生态，历史遗留矿山生态修复推进缓慢", ["编制历史遗留矿山生态修复实施方案", "完成修复治理面积128公顷", "关闭不符合规划的小型露天矿山6座"], "in_progress", ["市自然资源和规划局"], "2024年12月底前"),
        P(5, C2, "农村生活垃圾治理水平不高，部分村庄垃圾乱堆乱放", ["完善“户分类、村收集、镇转运、县处理”体系", "新增垃圾转运车辆37台"], "done", ["市农业农村局", "各县（区）人民政府"], "2023年9月底前"),
    ]
    C3 = "生态环境监管执法方面"
    probs += [
        P(1, C3, "生态环境执法“宽松软”，对违法企业处罚偏轻、查处不及时", ["制定生态环境行政处罚自由裁量基准", "2023年立案查处环境违法案件96件，罚款1264万元", "对执法不严的2名执法人员进行诫勉谈话"], "done", ["市生态环境局"], "2023年6月底前"),
        P(2, C3, "基层生态环境监管能力薄弱，部分乡镇未配备专职环保监管人员", ["全市62个乡镇（街道）均明确生态环境保护机构，配备专兼职人员148名", "组织基层环保监管人员业务培训3期"], "done", ["市委编办", "市生态环境局", "各县（区）人民政府"], "2023年9月底前"),
    ]
    title = "白石市贯彻落实省生态环境保护督察反馈意见整改落实情况的报告"
    blocks = [("title", title),
              ("p", "省生态环境保护督察工作领导小组办公室："),
              ("p", "经省委、省政府批准，2022年9月7日至9月26日，省第三生态环境保护督察组对白石市开展了第二轮省级生态环境保护督察，并于2023年1月11日向白石市委、市政府反馈了督察意见。"
                    "督察期间，督察组共走访问询单位14家，约见约谈单位22家，受理群众来电来信举报1208件，对全市5个县（区）和白石高新区实施了下沉督察，移交案件9件。"),
              ("p", "按照省生态环境保护督察工作领导小组统一要求，我市在收到督察反馈意见后30个工作日内制定了整改任务清单，2023年2月20日经市委常委会会议审议通过后报省委、省政府，"
                    "并抄送省生态环境保护督察工作领导小组办公室。现将整改落实情况报告如下。"),
              ("h", "一、整改工作推进情况"),
              ("p", "市委、市政府把督察整改作为重大政治任务，成立由市委书记、市长任双组长的督察整改工作领导小组，市级领导领衔督办重点整改任务，实行“一月一调度、一季一通报”。"
                    "2023年3月15日、7月18日和11月9日，市委常委会会议、市政府常务会议先后专题听取整改工作汇报，研究解决整改难题。市督察整改办组织开展现场督导4轮，对整改进度滞后的2个县（区）和3个部门发出督办函。"),
              ("p", "截至2023年12月20日，督察反馈问题32个，已完成整改24个，其余8个正在按序时推进；督察期间交办的1208件举报件已全部办结。整改期间，全市出台生态环境保护制度文件10项，"
                    "累计问责党员干部17人。2023年全市PM2.5平均浓度为31微克/立方米，同比下降6.1%；国省考断面水质优良比例达到100%。"),
              ("p", "整改中，我市坚持“当下改”与“长久立”相结合，统筹推进督察整改与污染防治攻坚战、长江流域生态保护修复、乡村振兴等重点工作，实施整改工程项目43个，累计完成投资21.7亿元。"
                    "市纪委监委把督察整改纳入政治监督重点，对整改不力、敷衍整改的严肃追责问责；市人大常委会、市政协分别组织代表、委员开展督察整改专题视察，推动整改任务落地见效。"
                    "同时，我市坚持信息公开，在《白石日报》、市政府门户网站开设“督察整改进行时”专栏，及时公开整改进展和典型案例处理情况，主动接受社会监督。"),
              ("h", "二、督察反馈问题整改情况")]
    last, k = None, 0
    for p in probs:
        if p.cat != last:
            k += 1
            blocks.append(("h", f"（{cn(k)}）{p.cat}"))
            last = p.cat
        blocks.append(("p", f"{p.seq}.{p.title}。"))
        blocks.append(("p", "责任单位：" + "、".join(p.units)))
        blocks.append(("p", "整改时限：" + p.deadline))
        mt = p.mtext()
        recount_block(mt, r"[一二三四五六七八九十]+是", shi_count(p), p.title)
        blocks.append(("p", "整改进展：" + mt))
        blocks.append(("p", "完成情况：" + W[p.status]))
    blocks += [("h", "三、下一步工作"),
               ("p", "我市将持续压实督察整改责任，对序时推进的8个问题，逐项倒排工期、挂图作战，确保在整改时限内完成；对已完成的整改任务，按照“谁销号、谁负责”原则开展“回头看”，"
                     "防止问题反弹；坚持精准治污、科学治污、依法治污，深入打好蓝天、碧水、净土保卫战，以生态环境高水平保护推动经济社会高质量发展。我市将在整改任务清单印发后6个月内，"
                     "按要求向省委、省政府报送整改落实情况，并通过《白石日报》和市政府门户网站向社会公开，接受群众监督。"),
               ("p", "同时，我市将以此次督察整改为契机，健全生态环境保护长效机制，完善生态环境保护督察整改销号管理办法，严格落实“自验、初验、验收、公示、销号”程序；"
                     "强化生态环境保护工作考核，将督察整改完成情况作为领导班子和领导干部综合考核评价、奖惩任免的重要依据，推动生态环境质量持续改善。"),
               ("p", "特此报告。"),
               ("pr", "中共白石市委员会　白石市人民政府"),
               ("pr", "2023年12月28日")]
    write_docx(stem, blocks, header="白石市督察整改办")
    finish(stem, kind="bulletin", title=title, issuer="中共白石市委员会　白石市人民政府", date="2023-12-28",
           insp=["省第三生态环境保护督察组", "白石市", "2022-09-07", "2022-09-26", "2023-01-11"],
           headline={"problems_total": 32, "problems_done": 24, "rules_made": 10}, probs=probs, koi=7,
           anomalies=["Dates and parties in prose: period '2022年9月7日至9月26日' (the second date takes the first one's year), '于2023年1月11日…反馈了督察意见', inspected = '对白石市开展了…督察' -> 白石市; the signature date 2023-12-28.",
                      "Distractor dates: 2023-02-20 (plan approved), 2023-03-15 / 07-18 / 11-09 (meetings), 2023-12-20 (cut-off), '30个工作日内', '6个月内'.",
                      "issuer: the joint signature '中共白石市委员会　白石市人民政府' as printed (R37; the title names only the city).",
                      "Each problem: '1.title。' / '责任单位：…' (split on 、) / '整改时限：…' / '整改进展：一是…' (measures) / '完成情况：已完成' -> done, '序时推进' -> in_progress.",
                      "Headline 32 problems / 24 done / 10 rules; 14/22 units, 1208 举报件 (R17), 5 counties, 9 cases, 4 rounds, 2/3 units, 17 people, 43 projects, 21.7亿元, 31/6.1%/100% and figures inside measures are distractors."])


# ================================================================ 09 巡察办 round summary over nine bodies: figures only, no problem list (.pdf)
# Layout modelled on https://pejw.pes.gov.cn/html/jcx_xcgz/content/2022062385508.html (根据江城县委统一安排，2022年3月7日至2022年4月29日，
# 十三届县委组织开展了第二轮巡察，县委派出3个巡察组，对县自然资源局等3个部门党组，国庆乡党委及所辖6个党总支开展常规巡察。近日，县委各
# 巡察组分别…反馈…; 会议要求，一要…二要…三要…), written as the 巡察办's full public notice on the round's rectification: round figures,
# per-body figures in prose, how the work was supervised, next steps; no problem list.
def doc09():
    stem = "w14_09_round_summary_figures_only_pdf"
    title = "中共江岭县委巡察工作领导小组办公室关于十三届县委第二轮巡察整改进展情况的通报"
    blocks = [("title", title),
              ("p", "根据县委统一安排，2023年3月6日至4月28日，十三届县委组织开展了第二轮巡察，县委派出3个巡察组，对县自然资源局、县交通运输局、县卫生健康局等3个部门党组，"
                    "石门乡党委及所辖6个党总支开展了常规巡察。2023年5月22日至5月26日，县委各巡察组分别向被巡察党组织反馈了巡察意见，移交了问题清单。"
                    "集中整改期满后，县纪委监委、县委组织部和县委巡察办对整改情况进行了联合评估。按照《中国共产党巡视工作条例》和县委有关规定，现将本轮巡察整改进展情况向社会公开，接受干部群众监督。"),
              ("h", "一、整改工作总体情况"),
              ("p", "本轮巡察共向9个被巡察党组织反馈问题286个，截至2023年11月30日，已完成整改271个，基本完成并持续整改11个，未完成4个，总体完成率94.8%。"
                    "被巡察党组织共召开巡察整改专题民主生活会（组织生活会）9次，组织集中学习会议63次，领导干部讲授专题党课27次，完善和新建制度143项，清退违规资金38.46万元，"
                    "追回应由个人承担的资金12.7万元，挽回经济损失216.3万元；给予党纪政务处分6人，组织处理14人。"),
              ("p", "从评估情况看，县自然资源局党组对反馈的41个问题已完成整改39个，县交通运输局党组对反馈的37个问题已完成整改35个，县卫生健康局党组对反馈的44个问题已完成整改42个；"
                    "石门乡党委对反馈的58个问题已完成整改55个，所辖6个党总支共反馈问题106个，已完成整改100个。各被巡察党组织均在规定时限内报送了整改方案和整改进展情况报告，"
                    "并按要求在适当范围内公开了整改情况。对评估中发现整改质量不高、佐证资料不完整的问题，县委巡察办已逐一反馈被巡察党组织补充整改，并将整改情况纳入下一轮巡察和巡察整改“回头看”的重点内容，确保问题真改实改、改彻底。"),
              ("p", "巡察反馈时，各巡察组指出，被巡察党组织在贯彻落实党的路线方针政策和党中央决策部署方面、在落实全面从严治党“两个责任”方面、在加强领导班子和干部队伍建设方面还存在一些问题，"
                    "主要是：有的学习贯彻党的创新理论不够深入，推动中心工作有差距；有的重点领域监管不严，廉政风险防控存在薄弱环节；有的基层党组织建设不够规范，“三会一课”等制度落实不到位；"
                    "有的上轮巡察整改不彻底，问题屡改屡犯等。"),
              ("p", "在整改中，县自然资源局党组聚焦耕地保护、土地出让等重点领域，对2019年以来的违法用地问题逐宗核查，拆除违法建筑和复耕复绿面积127亩，完善土地出让全流程监管制度；"
                    "县交通运输局党组针对农村公路建设管养问题，开展农村公路质量专项检查，督促施工单位返工整改路段14.6公里，建立农村公路“路长制”；"
                    "县卫生健康局党组围绕医药领域腐败问题集中整治，开展药品耗材采购专项检查，推动县域医共体建设，基层医疗卫生机构诊疗量占比提高到61%；"
                    "石门乡党委针对村级集体“三资”管理不规范问题，对全乡14个村的集体资产进行全面清查，清理规范经济合同96份，推行村级财务“线上审批、全程留痕”，"
                    "并对6个党总支逐一开展规范化建设，整顿软弱涣散村党组织2个。"),
              ("h", "二、整改工作主要做法"),
              ("p", "一是压实整改主体责任。县委书记专题会议听取本轮巡察情况汇报后，县委巡察工作领导小组成员分别出席反馈会议，当面交办问题清单，提出整改要求；"
                    "各被巡察党组织书记认真履行第一责任人责任，对整改工作亲自部署、亲自推动，班子成员按照分工认领问题、抓好分管领域整改。"
                    "二是强化整改日常监督。县纪委监委、县委组织部通过列席专题民主生活会、审核整改方案、听取汇报、实地检查等方式加强整改监督，对整改方案不具体、措施不精准的3个党组织退回重报，"
                    "对整改进度滞后的2个党组织主要负责人进行约谈。三是推动成果综合运用。县委巡察办对本轮巡察发现的共性问题进行梳理分析，向县财政局、县农业农村局等职能部门发出巡察整改建议书4份，"
                    "推动开展农村集体“三资”管理、医疗卫生领域腐败问题等专项治理，做到以巡促改、以巡促建、以巡促治。"),
              ("p", "本轮巡察移交的问题线索21件，县纪委监委已办结18件，其余3件正在办理中；移交县委组织部的选人用人方面问题5个，已全部整改到位。"
                    "巡察期间，被巡察党组织坚持边巡边改、立行立改，推动解决了石门乡部分村组饮水困难、县城区公交线路覆盖不足、乡镇卫生院医务人员短缺等群众急难愁盼问题23个。"),
              ("p", "在整改评估中，县委巡察办采取“查阅资料、实地查看、个别谈话、问卷测评”相结合的方式，对9个被巡察党组织的整改情况逐一进行量化评估，共查阅整改台账和佐证资料1860余份，"
                    "实地查看整改点位47个，个别谈话132人次，发放整改满意度测评表420份，群众对整改工作的满意率达到96.7%。评估结果已书面反馈被巡察党组织，并通报县纪委监委和县委组织部。"),
              ("h", "三、下一步工作"),
              ("p", "县委巡察办将会同县纪委监委、县委组织部，对未完成整改的4个问题和持续整改的11个问题实行清单化管理，逐项明确整改时限，跟踪督促到位；"
                    "适时对本轮被巡察党组织开展巡察整改“回头看”，对整改不力、敷衍整改、虚假整改的严肃追责问责；进一步健全巡察整改评估机制，把整改评估结果作为被巡察党组织领导班子考核评价的重要依据，"
                    "推动巡察整改常态化、长效化。对集中整改期内未能完成的问题，督促被巡察党组织每季度报送一次整改进展，县委巡察办汇总后向县委巡察工作领导小组报告，整改完成一个、销号一个，直至全部整改到位。"),
              ("p", "同时，县委巡察办将坚持把巡察整改作为巡察工作的重要环节，完善巡察整改督办、评估、销号、公开等制度，推动形成整改主体责任、监督责任和职能部门责任贯通协同的工作格局；"
                    "加强对巡察发现的普遍性、倾向性问题的分析研判，及时向县委报告并提出治理建议，推动有关职能部门开展行业治理、完善政策制度，以巡察整改的实际成效推动全面从严治党向基层延伸，"
                    "为全县经济社会高质量发展提供坚强保障。对本轮巡察整改中形成的好经验好做法，县委巡察办将认真总结、推广运用，不断提升巡察整改质效。"),
              ("p", "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0XXX-7215XXX；来信请寄：江岭县委巡察工作领导小组办公室（江岭县人民路9号）。"),
              ("pr", "中共江岭县委巡察工作领导小组办公室"), ("pr", "2023年12月12日")]
    write_pdf(stem, blocks)
    finish(stem, kind="bulletin", title=title, issuer="中共江岭县委巡察工作领导小组办公室", date="2023-12-12",
           insp=[None, None, "2023-03-06", "2023-04-28", None],
           headline={"problems_total": 286, "problems_done": 271, "rules_made": 143}, probs=[], koi=[5, 7],
           anomalies=["A 巡察办's summary of one round over 9 bodies (3 部门党组, 1 乡党委, 6 党总支): no problem list, problems [] (R19; issue 10 kind 5).",
                      "Inspector and inspected null: three groups, nine bodies (bw13 doc01's call for a round report). Period '2023年3月6日至4月28日'; feedback to several units over '2023年5月22日至5月26日' -> null (R56).",
                      "Headline 286 problems / 271 done / 143 rules; 11 basically done (not done, R71), 4 unfinished, 94.8%, the per-body counts (41/39, 37/35, 44/42, 58/55, 106/100), 9/63/27 meetings, money, 6/14 people, 21/18/3 clues, 5 and 23 problems solved during the round, 3/2/4 units, the per-body prose figures (127亩, 14.6公里, 61%, 14 villages, 96 contracts, 2 party branches) and the evaluation counts (1860, 47, 132, 420, 96.7%) are distractors; the '主要是：…；…等' sentence names the common problems in one sentence: no list (R19).",
                      "二、 has 一是…三是 paragraphs on how the work was supervised: not problems or measures."])

if __name__ == "__main__":
    for name in sorted(k for k in list(globals()) if re.fullmatch(r"doc\d\d", k)):
        globals()[name]()
        print("made", name)
    print(len(ALL), "documents; every truth value re-found, every measure count checked twice")
