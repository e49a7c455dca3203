"""Generate blind held-out set 25 (written by helper writer25, session 25, 2026-12-07, ~12:15-13:05 UTC by the machine's
clock): nine FULL-LENGTH written documents + truths for issue 10 (the importer on real documents), one or more of each of
its seven kinds, in six formats.

All bodies, people, places and figures are invented for testing (澜川省, 岷阳市, 青溪县, 桐湾区, 石埠镇 … do not exist).
writer25 did not read or run the parser (zhenggai/importer/**, zhenggai/cli.py, tests/importer/test_*.py) and did NOT
score this set (the lead scores it). Read for the form only: tests/importer/blindwritten_kit.py, blindwritten24/make.py
and three of its truths, /work/shared/corpus/README.md, tests/importer/real/CONVENTIONS.md (sections 1, 2 and 4 in part),
/work/shared/GLOSSARY.md and issue 10.

Real pages read for structure (search tool, corpus pages; six queries: '巡察反馈意见整改进展情况的通报 持续推进 下一步',
'整改情况的报告 附件1 问题1.1 整改时限 整改进展情况 基本完成', '验收销号公示 整改任务 第 项 反馈问题', '区委巡察工作 完成对
个单位 巡察 反馈问题 已整改 建立制度 项', '督察反馈指出 整改情况 已完成整改 责任单位 公示', '党组书记组织落实巡察整改工作情况的
报告 第一责任人'): wuch.gov.cn (婺城 文旅体局 巡察整改情况的通报: 信息索引号/文件名称/发布机构/成文日期 chrome, '巡察反馈25个
问题，已完成整改19个、正在整改6个', '(一)在“…”方面', '1.关于“…”问题的整改'), jw.km.gov.cn and sysjjjc.gov.cn (round
summaries with figures only), ruijin.gov.cn, sjj.ningbo.gov.cn and cixird.gov.cn (审计查出问题整改情况的报告: the dateline
'——…在…会议上', '主任、各位副主任、各位委员：', '共计50项具体问题…已整改40项…正在整改10项', '制定整改台账，实行对账销号'),
nzgx.org (锦州 '整改任务销号工作情况说明…整改任务整改结果公示'), jiaozuo.gov.cn and fzzx.org.cn (党组 / first-responsible
wording), hgjwjw.gov.cn ('来源：…发布时间：…' line). Nothing copied; every truth's url is null (written documents).

Formats and kinds (issue 10's numbering, kind_of_issue):
 01 .docx  -> 1  report body 一、…三、, problems only in 附件1 as '问题1.1：' (one OCR slip '问题2.l'), 责任科室/整改时限/整改进展情况
 02 .html  -> 2  Word-saved hospital bulletin: 一、organising, 二、the problems under '（一）在“…”方面', 三、下一步
 03 .html  -> 3  CMS page, one task '第17项' 验收销号公示 with its table flattened into the page
 04 .pdf   -> [4, 7]  a district's report on ONE quoted 督察 item ('反馈指出：“…”'), dates and parties in prose
 05 .txt   -> 5  UTF-8 WeChat repost of a district round summary, figures only
 06 .txt   -> 5  UTF-8 portal copy of a 党组书记 report on organising the work, figures only
 07 .docx  -> 6  a county government's 审计查出问题整改情况的报告 read at the 人大常委会 ('共计16项具体问题…已整改13项')
 08 .xlsx  -> 1  a ledger (整改台账) with class rows, a 说明 row of figures and a 制度清单 sheet
 09 .txt   -> [2, 7]  GB18030 township bulletin copied from a portal with its line breaks lost, mixed 1. / 2、 numbering

Problems / measures: 01 12/38, 02 14/38, 03 1/5, 04 1/5, 05 0/0, 06 0/0, 07 16/34, 08 15/42, 09 12/32
-> 71 problems, 194 measures.

Counted twice: every measure_count is the length of the measure list in the data (P recounts its own rendering and refuses
a mismatch) and again over the written file read back (blindwritten_kit.recount_file with the document's item pattern and
an end marker). check_refound re-finds every non-null truth value in the file's own text.
Deterministic: two runs give byte-identical files (fix_zip / fix_pdf through page_finisher(byte_stable=True)).
Run from the worktree root:  .venv/bin/python tests/importer/blindwritten25/make.py   (needs soffice for .pdf)
"""
from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blindwritten_kit import (cn, html_page, mso_p, page_finisher, paras_html, ProbR97, word_html,  # noqa: E402
                              writers)

save_truth, write_docx, write_pdf = writers(OUT)
finish, ALL = page_finisher(OUT, byte_stable=True)
RE_SHI = r"[一二三四五六七八九十]是"
RE_PAREN = r"（\d+）"
RE_CIRC = "[①②③④⑤⑥⑦⑧⑨⑩]"
RE_CNP = r"（[一二三四五六七八九十]）"
RE_DUN = r"(?<!\d)\d、"


class P(ProbR97):
    pass


def tot(probs):
    return len(probs), sum(p.status == "done" for p in probs), sum(len(p.measures) for p in probs)


# ================================================================ 01 bureau report, problems only in 附件1 '问题1.1：' (.docx)
C01 = [
    ("贯彻落实党的路线方针政策和上级决策部署方面", [
        ("问题1.1", "落实最严格水资源管理制度不到位，全市用水总量控制和计划用水管理存在漏洞",
         ["对全市年取水量5万立方米以上的取水户开展计划用水核查", "建成取水计量在线监测平台并接入全部重点取水户", "对超计划取水的6家单位依法征收超额累进加价水费"],
         "水资源管理科", "2024年10月底前", "已完成整改", "done"),
        ("问题1.2", "河湖长制工作推动不力，部分河段“清四乱”问题反弹",
         ["对市级河长巡河发现的问题建立交办、督办、销号闭环", "开展“清四乱”问题复查，对反弹点位逐一挂牌整治", "将河湖长制落实情况纳入对县区年度考核"],
         "河湖长制工作科", "2024年12月底前", "已完成整改", "done"),
        ("问题1.3", "防汛抗旱基础设施建设滞后，病险水库除险加固项目推进缓慢",
         ["对7座病险水库除险加固项目逐一倒排工期", "建立项目周调度、月通报制度", "对进度滞后的施工单位约谈并纳入信用评价", "争取省级补助资金用于项目建设"],
         "水利工程建设管理科", "2025年6月底前", "基本完成", "in_progress"),
        ("问题1.4", "农村供水保障水平不高，部分山区村组饮水安全存在隐患",
         ["开展农村供水工程水质抽检全覆盖", "对12处单村供水工程实施改造提升", "建立农村供水工程县级统管机制"],
         "农村水利水电科", "2025年12月底前", "持续推进中", "in_progress"),
    ]),
    ("落实全面从严治党主体责任和监督责任方面", [
        ("问题2.l", "局党组主体责任落实有差距，对下属单位管党治党督促指导不够",
         ["制定局党组落实全面从严治党主体责任清单", "局党组成员每年到联系的下属单位讲党课、开展督导", "建立下属单位党组织书记年度述责述廉制度"],
         "机关党委", "2024年9月底前", "已完成整改", "done"),
        ("问题2.2", "水利工程建设领域廉洁风险防控不到位，个别项目存在违规分包",
         ["对2021年以来实施的水利工程项目开展专项检查", "修订水利工程建设项目招标投标监督管理办法", "对违规分包的2个项目依法处理并追究相关人员责任"],
         "水利工程建设管理科", "2024年11月底前", "已完成整改", "done"),
        ("问题2.3", "财务管理不规范，部分专项资金拨付不及时、使用效益不高",
         ["对2022年以来的水利专项资金开展全面清理", "建立专项资金拨付进度月报制度", "对沉淀资金按规定收回统筹使用", "对资金拨付不及时的2名责任人进行约谈"],
         "计划财务科", "2024年10月底前", "已完成整改", "done"),
        ("问题2.4", "落实中央八项规定精神不严格，存在公务用车管理不规范问题",
         ["开展公务用车使用管理专项检查", "安装公务用车北斗定位监管系统", "对违规使用公务用车的2名干部进行诫勉谈话"],
         "办公室", "立行立改", "已完成整改", "done"),
    ]),
    ("领导班子建设和干部队伍建设方面", [
        ("问题3.1", "民主集中制执行不到位，“三重一大”事项集体决策不规范",
         ["修订局党组会议和局长办公会议议事规则", "建立“三重一大”事项决策台账", "对2022年以来的重大事项决策情况开展自查"],
         "办公室", "2024年9月底前", "已完成整改", "done"),
        ("问题3.2", "干部队伍专业结构不优，水利工程技术人才短缺",
         ["制定水利专业技术人才引进培养三年计划", "公开招聘水利工程专业人员8名", "与省水利水电学院共建人才实训基地"],
         "人事科", "2025年12月底前", "基本完成", "in_progress"),
        ("问题3.3", "基层党组织建设薄弱，部分下属单位党支部组织生活不规范",
         ["对下属单位党支部开展标准化规范化建设达标验收", "对党支部书记开展集中轮训", "建立党支部“三会一课”季度抽查制度"],
         "机关党委", "2024年12月底前", "已完成整改", "done"),
        ("问题3.4", "上轮巡察反馈问题整改不彻底，个别问题出现反弹",
         ["对上轮巡察反馈问题逐项开展“回头看”", "对整改不到位的3个问题重新制定整改措施", "建立巡察整改长效机制落实情况年度评估制度"],
         "机关党委", "2024年12月底前", "已完成整改", "done"),
    ]),
]


def doc01():
    stem = "w25_01_city_bureau_report_attachment_wenti_labels_docx"
    title = "中共岷阳市水务局党组关于市委第三巡察组反馈意见整改进展情况的报告"
    issuer = "中共岷阳市水务局党组"
    probs, att = [], []
    for ci, (cat, items) in enumerate(C01, 1):
        att.append(("h", f"{cn(ci)}、{cat}"))
        for label, t, ms, unit, dl, words, st in items:
            p = P(int(label.split(".")[1].replace("l", "1")), cat, t, ms, st, [unit], dl, style="paren")
            probs.append(p)
            att += [("p", f"{label}：{t}"), ("p", f"责任科室：{unit}"), ("p", f"整改时限：{dl}"),
                    ("p", f"整改进展情况：{words}"), ("p", "主要措施：\n" + p.mtext("\n"))]
    n, done, mt = tot(probs)
    assert (n, done, mt) == (12, 9, 38), (n, done, mt)
    b = [("title", title), ("p", "市委、市委巡察工作领导小组："),
         ("p", "根据市委统一部署，2024年4月8日至6月7日，市委第三巡察组对市水务局党组开展了常规巡察。2024年7月16日，市委第三巡察组"
               "向市水务局党组反馈了巡察意见，指出了3个方面12个问题，提出了4条整改建议。局党组坚持把巡察整改作为一项重大政治任务，"
               "照单全收、对账销号，集中整改阶段已告一段落。现将整改进展情况报告如下。"),
         ("h", "一、提高政治站位，切实扛起巡察整改政治责任"),
         ("p", "巡察反馈会后，局党组第一时间召开党组会议，传达学习市委书记专题会议精神和巡察反馈意见，统一思想认识。局党组书记、局长"
               "履行整改第一责任人责任，对整改工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要事项亲自督办；班子成员落实“一岗双责”，"
               "对分管领域的整改任务认领到位、推进到位。局党组召开巡察整改专题民主生活会，班子成员逐条对照反馈问题作对照检查，"
               "深刻剖析问题产生的思想根源，相互开展批评和自我批评，提出批评意见43条。"),
         ("h", "二、细化整改措施，扎实推进反馈问题整改落实"),
         ("p", "局党组成立巡察整改工作领导小组，由党组书记任组长，下设办公室在机关党委，抽调3名干部集中办公。对照反馈意见，研究制定了"
               "《市水务局党组落实市委第三巡察组反馈意见整改工作方案》，形成问题清单、任务清单、责任清单，细化整改措施38条，"
               "逐项明确责任领导、责任科室和整改时限。领导小组办公室实行“周调度、半月通报、月总结”，对进度滞后的事项下发督办单4份，"
               "对整改不力的1个科室负责人进行了提醒谈话。驻局纪检监察组全程跟踪监督，对销号材料逐项把关。"),
         ("p", "截至2024年12月31日，市委第三巡察组反馈的12个问题，已完成整改9个，基本完成2个，持续推进中1个；38条整改措施已完成33条，"
               "其余5条按计划推进；建立完善制度11项；收回沉淀资金1862万元，征收超额累进加价水费217.4万元，清退违规报销费用3.8万元；"
               "对巡察移交的5件问题线索，已办结4件，给予党纪处分1人、诫勉谈话3人。各问题的具体整改情况见附件1。"),
         ("h", "三、坚持标本兼治，持续巩固深化整改成效"),
         ("p", "局党组坚持把巡察整改与推进水利高质量发展结合起来，以整改实效推动中心工作。2024年，全市完成水利投资31.6亿元，"
               "同比增长14.2%；新增恢复灌溉面积2.3万亩，农村自来水普及率提高到93.5%。下一步，局党组将坚持目标不变、力度不减，"
               "对基本完成和持续推进中的问题紧盯不放，定期开展“回头看”，确保件件有着落、事事有回音；对已完成整改的问题巩固成果，"
               "防止反弹回潮；举一反三，把整改中形成的好经验好做法固化为制度机制。"),
         ("p", "附件：1.市委第三巡察组反馈问题整改进展情况"),
         ("p", "2.巡察整改建立完善制度目录（略）"),
         ("pr", issuer), ("pr", "2025年1月8日"),
         ("p", "（此件公开发布）"),
         ("break", None), ("p", "附件1"), ("title", f"市委第三巡察组反馈问题整改进展情况（共{n}个问题）")]
    b += att
    write_docx(stem, b, header="岷阳市水务局文件")
    finish(stem, genre="1 a city bureau 党组's 巡察整改进展情况的报告 modelled on the body/headline wording of wuch.gov.cn "
                       "(http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html: '巡察反馈25个问题，已完成整改19个') and issue "
                       "10's kind 1: narrative body 一、…三、, problems only in 附件1 as '问题1.1：' (one typed '问题2.l') with 责任科室 / "
                       "整改时限 / 整改进展情况 / 主要措施 lines and （1）… items",
           recount=(RE_PAREN, None),
           kind="bulletin", title=title, issuer=issuer, date="2025-01-08",
           insp=["市委第三巡察组", "市水务局党组", "2024-04-08", "2024-06-07", "2024-07-16"],
           headline={"problems_total": n, "problems_done": done, "measures_total": mt, "measures_done": 33, "rules_made": 11},
           probs=probs, koi=1, anomalies=[
               "Problems only in 附件1 after the signature (kind 1); the body's 一、…三、 are the bureau's own work, no problem list.",
               "Labels '问题1.1：' -> seq the last component (R76); title the text after the label (R89); '问题2.l' has a letter l for "
               "the digit 1 (OCR-like slip) -> seq 1.",
               "category = the attachment's '一、…方面' heading without its number (R79); the attachment title '…（共12个问题）' is no "
               "category. Units = the '责任科室：' line (R101); deadline = '整改时限：' as written ('立行立改' kept, R106).",
               "Status from '整改进展情况：' (R93): '已完成整改' done; '基本完成' and '持续推进中' in_progress. measure_count = the （1）… "
               "items after '主要措施：' (R96).",
               "Headline: '反馈的12个问题，已完成整改9个，基本完成2个' -> 12/9 ('基本完成' is not done, R71); '38条整改措施已完成33条' -> "
               "38/33 (R73); '建立完善制度11项' -> 11 (R74; 附件2 is listed but omitted '（略）'). Distractors: 4条整改建议, 43条批评意见, "
               "1862万元, 217.4万元, 3.8万元, 5/4 clues, 1/3 people, 31.6亿元, 14.2%, 2.3万亩, 93.5%.",
               "Dates: period '2024年4月8日至6月7日' (the end takes the start's year, R58), feedback 2024-07-16; report_date = the "
               "signature 2025年1月8日; '截至2024年12月31日' is a figures date. Header '岷阳市水务局文件' and '（此件公开发布）' are chrome.",
           ])


# ================================================================ 02 Word-saved hospital bulletin, problems in section 二 (.html)
C02 = [
    ("在“落实党委领导下的院长负责制不够到位”方面", [
        ("医院党委把方向、管大局作用发挥不够，党委会议和院长办公会议议事范围界定不清",
         ["修订党委会议、院长办公会议议事规则，列出党委会前置研究讨论事项清单", "对2022年以来两个会议的议题开展梳理，纠正越位、缺位问题", "将议事规则执行情况纳入院内巡查内容"], "done"),
        ("学习贯彻习近平新时代中国特色社会主义思想不够深入，理论学习中心组学习流于形式",
         ["制定年度理论学习中心组学习计划，每次学习确定1名班子成员重点发言", "建立学习情况季度通报制度"], "done"),
        ("落实公立医院高质量发展要求有差距，重点专科建设进展缓慢",
         ["制定重点专科建设三年行动计划", "引进心血管介入和神经外科学科带头人各1名", "与省人民医院共建专科联盟"], "in_progress"),
        ("意识形态工作责任制落实不到位，院内宣传阵地管理不规范",
         ["对院内电子屏、宣传栏、微信公众号开展全面清理", "建立宣传内容“三审三校”制度"], "done"),
    ]),
    ("在“全面从严治党‘两个责任’落实不够有力”方面", [
        ("党委主体责任压力传导层层递减，科室负责人“一岗双责”意识不强",
         ["签订全面从严治党责任书，覆盖全部临床医技科室", "对科室负责人开展廉政谈话全覆盖", "将党风廉政建设纳入科室绩效考核"], "done"),
        ("医药购销领域廉洁风险突出，部分耗材采购未严格执行集中带量采购",
         ["对2022年以来医用耗材采购开展专项审计", "严格执行国家和省级集中带量采购结果", "上线耗材采购全流程信息化监管系统", "对违规采购的责任人进行约谈"], "done"),
        ("落实中央八项规定精神不够严格，存在违规发放福利和超标准接待问题",
         ["对违规发放的福利费用予以清退", "修订公务接待管理办法，实行接待清单制"], "done"),
        ("医疗服务收费不规范，存在超标准收费、重复收费问题",
         ["对全院收费项目开展自查自纠", "将多收取的费用全部退还患者", "建立收费项目月度抽查制度"], "done"),
    ]),
    ("在“领导班子和干部队伍建设有差距”方面", [
        ("执行民主集中制不严格，个别重大事项未经集体研究",
         ["组织班子成员专题学习民主集中制相关规定", "对“三重一大”事项建立决策全程纪实制度", "对未经集体研究的事项补充履行程序并作出说明"], "done"),
        ("中层干部选拔任用程序不规范，个别岗位长期由同一人员担任",
         ["修订中层干部选拔任用办法", "对在同一关键岗位任职满5年的人员实行轮岗交流"], "in_progress"),
        ("医德医风建设不够扎实，群众对部分科室服务态度反映较多",
         ["开展医德医风专项整治", "建立患者满意度第三方测评制度", "将投诉处理情况与个人评先评优挂钩"], "done"),
    ]),
    ("在“基层党组织建设和巡察整改有短板”方面", [
        ("党支部建在科室上落实不到位，部分党支部战斗堡垒作用发挥不充分",
         ["调整优化党支部设置，实现临床医技科室党支部全覆盖", "推行党支部书记和科室主任“双带头人”培育工程", "开展党支部评星定级"], "done"),
        ("发展党员工作不规范，个别党员发展程序缺失",
         ["对2019年以来发展的党员档案逐一核查", "对程序缺失的情况按规定予以纠正", "开展组工干部业务培训"], "done"),
        ("上轮巡察反馈问题整改不到位，部分制度建而不用",
         ["对上轮巡察整改建立的制度进行全面梳理评估", "废止、修订不适用制度9项"], "in_progress"),
    ]),
]
STATUS02 = {"done": "目前，该问题已完成整改。", "in_progress": "目前，该问题正在持续整改中。"}


def doc02():
    stem = "w25_02_district_hospital_bulletin_word_html_middle_section"
    title = "中共桐湾区人民医院委员会关于区委第二巡察组巡察反馈意见整改情况的通报"
    issuer = "中共桐湾区人民医院委员会"
    probs, mid, k = [], [], 0
    for ci, (cat, items) in enumerate(C02, 1):
        mid.append(mso_p(f"（{cn(ci)}）{cat}", bold=True))
        for t, ms, st in items:
            k += 1
            p = P(k, cat, t, ms, st, style="shi")
            probs.append(p)
            mid += [mso_p(f"{k}.关于“{t}”问题的整改"), mso_p(p.mtext() + STATUS02[st])]
    n, done, mt = tot(probs)
    assert (n, done, mt) == (14, 11, 38), (n, done, mt)
    parts = [mso_p(title, bold=True, center=True), mso_p("&nbsp;", indent=False),
             mso_p("根据区委统一部署，2024年3月11日至5月10日，区委第二巡察组对区人民医院党委开展了常规巡察。2024年6月18日，区委第二巡察组"
                   "向医院党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改情况予以公布。"),
             mso_p(f"截至目前，巡察反馈4个方面{n}个问题，已完成整改{done}个、正在整改{n - done}个，整改完成率78.6%；制定整改措施{mt}条；在巡察整改工作中，"
                   "给予党纪处分1人，诫勉谈话2人，批评教育5人；制定及修改完善制度15项，清退违规资金12.46万元，退还患者多收费用3.17万元。"),
             mso_p("一、提高政治站位，压实巡察整改主体责任", bold=True),
             mso_p("（一）强化思想认识。医院党委召开党委会议专题研究巡察整改工作，深刻认识巡察整改是检验“四个意识”的试金石，"
                   "以高度的政治自觉正视问题、整改问题，坚决杜绝敷衍整改、表面整改、虚假整改。"),
             mso_p("（二）强化组织领导。成立由党委书记任组长、院长任第一副组长的巡察整改工作领导小组，领导小组办公室设在党委办公室，"
                   "建立问题、任务、责任“三张清单”，明确每个问题的责任领导、责任科室和完成时限，实行挂图作战、销号管理。"),
             mso_p("（三）强化督促检查。领导小组每半月听取一次整改进展汇报，纪委对整改推进情况开展跟踪监督，对进度滞后的科室下发"
                   "提醒函3份，确保整改工作不走过场。"),
             mso_p("（四）强化建章立制。坚持边整边改、立行立改与建章立制相结合，对巡察指出的共性问题举一反三，在全院开展制度梳理，"
                   "废止过时制度，修订完善党委会议议事规则、医用耗材管理、收费管理等方面的制度，推动整改成果转化为管长远、治根本的"
                   "制度机制，做到整改一个问题、完善一套制度、堵塞一批漏洞。"),
             mso_p("二、巡察反馈问题整改落实情况", bold=True)]
    parts += mid
    parts += [mso_p("三、下一步工作打算", bold=True),
              mso_p("医院党委将坚持标准不降、力度不减，对正在整改的3个问题继续跟踪督办，确保按期全部整改到位；持续巩固已完成整改问题的成果，"
                    "定期开展“回头看”，防止问题反弹；把巡察整改与推进公立医院高质量发展结合起来，以整改成效助推医院各项工作再上新台阶。"),
              mso_p("欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0837-6612093；"
                    "电子邮箱：twqrmyy_dw@163.com；通信地址：桐湾区健康路88号区人民医院党委办公室（邮编：624100）。"),
              mso_p("中共桐湾区人民医院委员会", indent=False, flush="text-align:right;"),
              mso_p("2024年10月12日", indent=False, flush="text-align:right;")]
    (OUT / f"{stem}.html").write_text(word_html(title, parts, author="dangban", pages=6, grid_spacing="7.8 磅"), encoding="utf-8")
    finish(stem, genre="2 a district hospital 党委's 巡察整改情况的通报 saved from Word as a web page (mso paragraphs, o:p, document "
                       "properties), modelled on wuch.gov.cn (http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html: the lead, "
                       "the done/doing counts with 处分 figures, '(一)在“…”方面', '1.关于“…”问题的整改'): section 一 organising with its own "
                       "（一）…（三）, section 二 the problems, section 三 next steps; each problem's measures 一是… then a status sentence",
           recount=(RE_SHI, "三、下一步工作打算"),
           kind="bulletin", title=title, issuer=issuer, date="2024-10-12",
           insp=["区委第二巡察组", "区人民医院党委", "2024-03-11", "2024-05-10", "2024-06-18"],
           headline={"problems_total": n, "problems_done": done, "measures_total": mt, "measures_done": None, "rules_made": 15},
           probs=probs, koi=2, anomalies=[
               "Kind 2: the first section's （一）…（三） are the hospital's organising work (强化思想认识…), not problems; the problems are "
               "the '1.关于“…”问题的整改' items of section 二 (numbered 1-14 across categories); section 三 is next steps.",
               "title = the text inside '关于“…”问题的整改' (wrapper stripped, schema); category '在“…”方面' kept as printed, wrapper "
               "included (R81), with the inner single quotes ‘两个责任’ as printed.",
               "Status from the sentence after each measure list (R93): '已完成整改' done, '正在持续整改中' in_progress; units [] and "
               "deadline null (not stated). measure_count = 一是… items (R96).",
               "Headline: '巡察反馈4个方面14个问题，已完成整改11个、正在整改3个' -> 14/11 (方面 are kinds, R64); '制定整改措施38条' -> "
               "measures_total 38, no done count -> null; '制定及修改完善制度15项' -> 15 (R74). Distractors: 78.6%, 1/2/5 people, "
               "12.46万元, 3.17万元, 3 提醒函, phone, postcode.",
               "Dates: period 2024-03-11..05-10 ('至5月10日' takes the start's year), feedback 2024-06-18; report_date = signature.",
               "Word-saved HTML: o:p, mso styles, DocumentProperties (Author dangban, Pages 6), an &nbsp; paragraph.",
           ])


# ================================================================ 03 CMS page, one task '第17项' 验收销号公示 (.html)
def doc03():
    stem = "w25_03_county_cms_one_task_xiaohao_gongshi_html"
    title = "青溪县第三轮省级生态环境保护督察反馈问题第17项整改任务验收销号公示"
    issuer = "青溪县生态环境保护督察整改工作领导小组办公室"
    task = "青溪县城区污水处理厂进水浓度偏低，城北片区雨污管网混接错接严重，雨季溢流污水直排青溪河"
    ms = ["完成城北片区雨污管网混接错接点排查，共查明混接点214处并建立整治台账",
          "实施城北片区雨污分流改造工程，新建污水管网18.6公里、改造混接点214处",
          "对沿河3处溢流口加装截流设施，雨季溢流污水全部截流进入污水处理厂",
          "建立排水户排水许可和定期巡查制度，对32家沿街餐饮排水户完成规范化整治",
          "委托第三方机构开展进水浓度月度监测，并向社会公开监测结果"]
    p = P(17, "整改任务", task, ms, "done", ["县住房和城乡建设局", "县生态环境局", "城关镇人民政府"], "2024年12月底前", style="circ")
    rows = [("任务编号", "第17项"), ("整改任务", task + "。"), ("责任领导", "县政府分管副县长"),
            ("责任单位", "县住房和城乡建设局（牵头）、县生态环境局、城关镇人民政府"), ("整改时限", "2024年12月底前"),
            ("整改目标", "城北片区雨污管网混接错接问题全面整治，青溪河县城段旱季无污水直排，城区污水处理厂进水化学需氧量浓度稳定在200毫克/升以上。"),
            ("整改措施", p.mtext()),
            ("整改完成情况", "经整改，城区污水处理厂2024年10月至12月进水化学需氧量平均浓度为236毫克/升，较整改前提高61%；青溪河县城段"
                           "国控断面水质稳定达到Ⅲ类标准。该项整改任务已完成。"),
            ("验收意见", "2025年1月9日，县督察整改办组织县级自验；2025年2月14日，市督察整改办组织专家现场验收，认为该任务已达到整改目标，同意销号。")]
    table = "<table class=\"gs\" border=\"1\" cellspacing=\"0\">\n" + "\n".join(
        f"<tr><td width=\"120\">{a}</td><td>{v}</td></tr>" for a, v in rows) + "\n</table>"
    body = paras_html(
        "根据省委、省政府统一部署，省第三生态环境保护督察组于2023年10月9日至11月9日对岷阳市开展了第三轮省级生态环境保护督察，"
        "并于2024年1月22日向岷阳市委、市政府反馈了督察意见。我县对照《岷阳市贯彻落实第三轮省级生态环境保护督察反馈意见整改方案》，"
        "承担整改任务23项，其中第17项整改任务由县住房和城乡建设局牵头办理。\n"
        "按照《岷阳市省级生态环境保护督察整改任务验收销号办法》要求，经责任单位申请、县级自验和市级验收，第17项整改任务已达到销号"
        "条件。为接受社会监督，现将该项整改任务完成情况予以公示，公示期为2025年2月24日至2025年2月28日（5个工作日）。") + "\n" + table + "\n" + paras_html(
        "公示期间，如对上述整改任务完成情况有异议，请以书面、电话或电子邮件等形式向县督察整改办反映。反映情况应实事求是，"
        "以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名并提供联系方式，以便核实情况、反馈结果。\n"
        "联系电话：0837-7721546（工作日8:30—12:00，14:30—18:00）\n电子邮箱：qxxdczgb@126.com\n"
        "通信地址：青溪县城关镇人民路56号县生态环境局三楼（县督察整改办）\n"
        "附件：第17项整改任务佐证材料目录（略）\n" + issuer + "\n2025年2月21日")
    meta = ("<table class=\"xxgk\"><tr><td>信息索引号：</td><td>11511023MB0H4720X2/2025-00417</td><td>文件名称：</td><td>" + title + "</td></tr>"
            "<tr><td>发布机构：</td><td>青溪县生态环境局</td><td>成文日期：</td><td>2025-02-21</td></tr>"
            "<tr><td>公开方式：</td><td>主动公开</td><td>公开范围：</td><td>面向全社会</td></tr></table>\n"
            "日期：2025-02-21 16:42:08 来源：县生态环境局 浏览量：")
    html = html_page(site="青溪县人民政府", crumbs=["首页", "政务公开", "法定主动公开内容", "生态环境", "督察整改"], title=title,
                     meta=meta, body=body,
                     foot="<p>上一篇：青溪县第三轮省级生态环境保护督察反馈问题第9项整改任务验收销号公示</p>"
                          "<p>下一篇：青溪县2024年度生态环境质量状况公报</p>"
                          "<p>主办：青溪县人民政府办公室 承办：青溪县大数据中心 网站标识码：5110230017 蜀ICP备05008812号-1</p>")
    (OUT / f"{stem}.html").write_text(html, encoding="utf-8")
    finish(stem, genre="3 a county 督察整改办's 验收销号公示 of ONE task (第17项) on a government CMS page, modelled on nzgx.org "
                       "(http://nzgx.org/html/ZhengCeFaGui/DiFangFaGui/20181113/551697.html: '整改任务销号工作情况说明…整改任务整改结果公示') "
                       "and the 信息索引号/文件名称/发布机构/成文日期 block of wuch.gov.cn (http://www.wuch.gov.cn/art/2023/5/4/"
                       "art_1229182325_4090257.html): prose, a two-column table (整改任务 / 责任单位 '（牵头）' / 整改时限 / 整改目标 / "
                       "整改措施 ①… / 整改完成情况 / 验收意见), contact lines, signature, 上一篇 / 下一篇 chrome",
           recount=(RE_CIRC, "整改完成情况"), min_len=1400,
           kind="bulletin", title=title, issuer=issuer, date="2025-02-21",
           insp=["省第三生态环境保护督察组", "岷阳市", "2023-10-09", "2023-11-09", "2024-01-22"],
           headline={}, probs=[p], koi=3, anomalies=[
               "One-task 公示 (R14): one problem, the '整改任务' cell without its final '。' (R89); seq 17 from '第17项' (title, "
               "任务编号 cell, prose); category '整改任务' = the task's field label (R83, C17 recommended side).",
               "Units = the 责任单位 cell split on 、 with '（牵头）' dropped (R194, R101), lead first; 责任领导 '县政府分管副县长' is a "
               "post, no unit. Deadline = 整改时限 cell. Status done from '该项整改任务已完成' and '同意销号' (R93).",
               "measure_count 5 = the ①…⑤ of the 整改措施 cell (R96); 整改目标 / 整改完成情况 / 验收意见 are no measures (R118).",
               "Headline all null: '承担整改任务23项' is the county's share of tasks, with no done count, on a notice about one task "
               "(NEW: read as context, not the document's problems_total, since the document covers one task). Distractors: 214处, "
               "18.6公里, 3 溢流口, 32家, 200/236毫克/升, 61%, 5个工作日.",
               "Dates: 督察 2023-10-09..11-09 (R58), feedback 2024-01-22 to 岷阳市 (inspected = the city named in the feedback "
               "sentence, R47); report_date = the signature 2025年2月21日 (= 成文日期 and the page date); 公示期, 自验 and 验收 days "
               "are no inspection dates (R53).",
               "A one-task notice is short by nature: min_len 1400 (the page with chrome is longer).",
           ])


# ================================================================ 04 district report on ONE quoted 督察 item, dates in prose (.pdf)
def doc04():
    stem = "w25_04_district_report_one_quoted_ducha_item_pdf"
    title = "桐湾区人民政府关于中央生态环境保护督察反馈岷江干流岸线违规占用问题整改完成情况的报告"
    issuer = "桐湾区人民政府"
    quote = ("岷江干流桐湾段岸线违规占用问题突出，沿岸砂石堆场、简易码头无序分布，侵占岸线约4.7公里，部分堆场扬尘和冲洗废水"
             "污染问题长期得不到解决，地方政府及有关部门监管缺位")
    ms = ["全面摸清底数，实行清单管理。区政府组织交通运输、水利、自然资源、生态环境等部门和沿江3个镇（街道），采取无人机航拍与"
          "现场核查相结合的方式，对岷江干流桐湾段38.2公里岸线开展拉网式排查，共查明砂石堆场27处、简易码头9座，逐一建立问题台账，"
          "明确整治方式、责任单位和完成时限",
          "分类依法处置，腾退岸线资源。对无合法手续的砂石堆场21处、简易码头9座全部依法拆除取缔，清运砂石物料46.3万吨；对手续齐全但"
          "布局不合理的6处堆场，引导其搬迁入驻区砂石集散中心统一经营；累计腾退岸线4.83公里，拆除违章建（构）筑物1.9万平方米",
          "实施生态修复，恢复岸线功能。投入资金6820万元，对腾退岸线实施覆土复绿、护坡加固和湿地修复，新增绿化面积41.6万平方米，"
          "栽植乔木1.2万株；在沿江重要节点建设滨江生态公园2处，腾退岸线全部实现生态化利用",
          "规范集中经营，治理扬尘和废水污染。建成区砂石集散中心，配套建设全封闭料仓、车辆冲洗平台和沉淀循环水处理设施，冲洗废水"
          "全部循环利用、不外排；安装扬尘在线监测设备8套并与区生态环境分局联网，实现颗粒物浓度实时监控",
          "建立长效监管，防止问题反弹。出台《桐湾区岷江岸线保护利用管理办法》，落实区、镇、村三级河长巡江制度，将岸线保护纳入"
          "河长制考核；区交通运输局、区水利局每季度开展一次联合执法检查，对新发现的违规占用行为露头就打"]
    p = P(None, None, quote, ms, "done", ["区交通运输局", "区水利局", "区自然资源局", "区生态环境分局"], "2024年12月底前", style="cnparen")
    body_ms = [("p", f"（{cn(i)}）{m}。") for i, m in enumerate(ms, 1)]
    b = [("p", "桐府报〔2025〕14号"), ("title", title), ("p", "岷阳市生态环境保护督察整改工作领导小组办公室："),
         ("p", "现将我区中央生态环境保护督察反馈岷江干流岸线违规占用问题整改完成情况报告如下。"),
         ("h", "一、问题基本情况"),
         ("p", "2023年11月3日至12月3日，中央第五生态环境保护督察组对澜川省开展第三轮中央生态环境保护督察，于2024年2月6日向澜川省委、"
               f"省政府反馈了督察意见。督察反馈指出：“{quote}。”"),
         ("p", "该问题列入省、市督察整改方案，由我区负责整改。整改目标：岷江干流桐湾段违规占用岸线全部腾退并实施生态修复，砂石经营"
               "实现集中规范管理，扬尘和废水污染问题得到有效解决。整改时限：2024年12月底前。责任单位：区交通运输局、区水利局、"
               "区自然资源局、区生态环境分局，沿江各镇（街道）配合。"),
         ("h", "二、主要整改措施"),
         ("p", "督察反馈意见交办后，区委、区政府高度重视，第一时间召开区委常委会会议、区政府常务会议专题研究，成立由区长任组长的"
               "岷江岸线整治工作专班，制定专项整改方案，按照“一处一策”推进整改。主要采取了以下措施：")]
    b += body_ms
    b += [("h", "三、整改完成情况"),
          ("p", "截至2024年12月20日，岷江干流桐湾段违规占用岸线4.83公里已全部腾退并完成生态修复，超过督察反馈的4.7公里；27处砂石堆场、"
                "9座简易码头全部完成整治，砂石经营全部进入集散中心规范管理；2024年沿江2个空气质量监测点位颗粒物年均浓度同比分别下降"
                "18.4%和15.9%，岷江桐湾出境断面水质稳定保持Ⅱ类。2025年1月15日，区督察整改办组织区级验收，认为该问题整改已达到整改目标。"),
          ("p", "整改过程中，我区坚持开门整改，在区政府门户网站和沿江村（社区）公开栏公开整改进展，邀请人大代表、政协委员和群众代表"
                "现场察看整改成效3次；委托第三方机构开展群众满意度调查，沿江群众对岸线整治工作的满意率为96.2%。整改涉及的砂石经营户"
                "均已妥善安置，未发生因整改引发的信访事项。"),
          ("p", "对照整改目标，该问题已完成整改，现申请市级验收销号。"),
          ("h", "四、下一步工作"),
          ("p", "我区将持续巩固整改成效：一是加强日常巡查，依托河长制平台和视频监控系统，对岷江岸线实行常态化监管，坚决防止违规占用问题"
                "反弹回潮；二是加快推进滨江生态廊道建设，进一步提升岸线生态功能；三是举一反三，对辖区内其他河流岸线开展排查整治，"
                "推动岸线保护由点上整治向全域治理转变。"),
          ("p", "附件：1.岷江干流岸线整治前后对比照片（略）"),
          ("p", "2.区级验收意见（略）"),
          ("pr", issuer), ("pr", "2025年3月18日"),
          ("p", "（联系人：区交通运输局 何晓峰；联系电话：0837-6629410）")]
    write_pdf(stem, b, header="桐湾区人民政府")
    finish(stem, genre="4 (and 7) a district government's report on ONE 督察 feedback item quoted in prose ('督察反馈指出：“…”'), "
                       "modelled on nzgx.org (http://nzgx.org/html/ZhengCeFaGui/DiFangFaGui/20181113/551697.html: 整改任务销号工作"
                       "情况说明 for one task) and issue 10's kind 4: sections 一、问题基本情况 (period, feedback, the quote, 整改目标 / "
                       "整改时限 / 责任单位 in one paragraph) 二、主要整改措施 （一）…（五） 三、整改完成情况 四、下一步; the 文号 line, "
                       "signature and 联系人 line; printed to PDF from Word",
           recount=(RE_CNP, "三、整改完成情况"), min_len=1600,
           kind="bulletin", title=title, issuer=issuer, date="2025-03-18",
           insp=["中央第五生态环境保护督察组", "澜川省", "2023-11-03", "2023-12-03", "2024-02-06"],
           headline={}, probs=[p], koi=[4, 7], anomalies=[
               "Kind 4: one problem titled by the quoted feedback ('督察反馈指出：“…”', quotes and the final '。' stripped); no number "
               "is printed anywhere -> seq null, no category heading above the quote other than '一、问题基本情况' (a section of "
               "the report, not a class of problems) -> category null (as blindwritten24 w24_04).",
               "measure_count 5 = the （一）…（五） of section 二 (R96); the lead-in paragraph of 二 and the 下一步 一是…三是 are not "
               "counted (schema). Status done from '该问题已完成整改，现申请市级验收销号' (R93).",
               "Units = the '责任单位：' list split on 、 (R101); '沿江各镇（街道）配合' is outside the list (after the last 、 comes "
               "'区生态环境分局，') and is not taken (NEW: a trailing '…配合' clause after a comma is not a unit). Deadline = "
               "'整改时限：2024年12月底前'.",
               "Dates in prose (kind 7): '2023年11月3日至12月3日' (the end takes the start's year, R58), '于2024年2月6日…反馈'; "
               "inspected = 澜川省 as the 督察 sentence names it (R47), though the report is the district's; report_date = signature. "
               "截至2024年12月20日 and the 2025年1月15日 验收 are no inspection dates (R53).",
               "Headline null (no counts). Distractors: 4.7/4.83/38.2公里, 27 堆场, 9 码头, 46.3万吨, 6820万元, 41.6万平方米, "
               "1.2万株, 8 sets, 18.4%/15.9%, 3 visits, 96.2%. '桐府报〔2025〕14号' is a document number.",
               "A report on one item is short by nature (about two pages): min_len 1600.",
           ])


# ================================================================ 05 WeChat repost of a district round summary, figures only (.txt)
def doc05():
    stem = "w25_05_district_round_summary_wechat_repost_figures_txt"
    title = "十届桐湾区委第五轮巡察整改进展情况公开"
    issuer = "中共桐湾区委巡察工作领导小组办公室"
    text = f"""清风桐湾
{title}
原创 桐湾区委巡察办 清风桐湾 2025年01月06日 18:30 澜川
点击上方蓝字关注我们

根据区委统一安排部署，2024年3月18日至5月17日，区委派出4个巡察组，对区财政局、区住房和城乡建设局、区卫生健康局、区市场监管局等8个区级部门党组织开展常规巡察，对石埠镇、鹭港街道2个镇（街道）党（工）委及所辖24个村（社区）党组织开展巡察并延伸巡察，对区城市建设投资集团、区水务公司2家区属国有企业开展国有企业专项巡察。
2024年7月2日，区委4个巡察组向14家被巡察单位党组织集中反馈巡察情况，移交问题清单，提出整改意见，同步移交问题线索23件。集中整改期满后，区纪委监委、区委组织部和区委巡察办联合开展整改成效评估，对评估发现整改不到位的2家单位下发了督办函。2024年12月27日，十届区委常委会第86次会议听取了第五轮巡察整改进展情况汇报。
截至目前，第五轮巡察反馈的286个问题，已完成整改271个，基本完成取得阶段性成效并持续推进问题9个，未完成6个，总体整改完成率94.76%。被巡察党组织共召开巡察整改专题民主生活会（组织生活会）14次，组织集中学习研讨52次，领导干部讲授专题党课37次，完善和新建制度147项，清退违规资金38.52万元，追回应由个人承担的费用11.6万元，挽回经济损失426.3万元。巡察移交的23件问题线索已办结21件，给予党纪政务处分9人，组织处理17人。

一、以上率下压实责任，推动整改“全链条”落地
区委坚持把巡察整改作为检验“两个维护”的重要标尺，区委书记主持召开书记专题会议听取巡察情况汇报，对整改工作提出明确要求；区委常委会会议专题研究整改工作，区委常委、副区长按照分工联系指导被巡察单位整改，到联系单位督导整改31次。被巡察党组织书记认真履行第一责任人责任，亲自研究制定整改方案，带头领办重点难点问题；班子成员落实“一岗双责”，对分管领域整改事项一抓到底，形成了一级抓一级、层层抓落实的整改格局。

二、以督促改压茬推进，推动整改“全过程”可控
区委巡察办建立整改工作台账，对每个被巡察单位的整改方案逐一审核把关，退回修改整改方案5份；实行整改进展“月报告、季督查”，对整改进度滞后的单位及时提醒督促。区纪委监委、区委组织部将巡察整改纳入日常监督和年度考核，派驻纪检监察组全程跟踪监督，对整改不力、敷衍整改的单位主要负责人约谈3人次。区委巡察办会同相关职能部门开展整改“回头看”，实地核查整改事项96项，对整改质量不高的12个事项“退回重改”。

三、以改促治标本兼治，推动整改“全方位”见效
坚持个性问题与共性问题同步整改，对巡察发现的村级工程项目管理、国有企业资产租赁、医疗服务收费等方面的共性问题，督促区农业农村局、区国资中心、区医保局等行业主管部门开展专项治理，出台规范性文件6份。区城市建设投资集团针对资产出租管理不规范问题，对全部经营性资产开展清查评估，收回被低价占用资产4处；鹭港街道针对村（社区）集体“三资”管理薄弱问题，推行农村集体资金非现金结算，实现24个村（社区）资金收支全程线上监管；区卫生健康局针对医疗服务收费问题，督促辖区医疗机构退还多收费用，并建立收费项目常态化抽查机制。

四、坚持公开接受监督，推动整改“全透明”运行
按照巡视巡察工作条例有关规定，各被巡察党组织在门户网站、村（社区）公开栏等载体公开巡察整改进展情况，主动接受干部群众监督。区委巡察办开通整改监督电话，收到群众对整改情况的意见建议7条，均已转交相关单位办理并反馈。

下一步，区委巡察工作领导小组将持续跟踪未完成整改事项，坚持问题不解决不松劲、解决不彻底不放手，推动被巡察党组织把整改成效转化为推动高质量发展的实际成果。欢迎广大干部群众对第五轮巡察整改情况进行监督，监督电话：0837-6698212。

{issuer}
来源：桐湾区委巡察办
编辑：罗一丹
审核：杨帆　张志坚
清风桐湾
微信号：qingfengtongwan
长按二维码关注我们
阅读原文
分享 收藏 点赞 在看
"""
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    finish(stem, genre="5 a district 巡察办's round summary over 14 inspected bodies, reposted by a WeChat account, modelled on "
                       "jw.km.gov.cn (http://jw.km.gov.cn/c/2023-01-29/4656419.shtml: the round's span and units, the collective "
                       "feedback, '巡察反馈的697个问题，完成整改688个…完善和新建制度589项') and sysjjjc.gov.cn "
                       "(http://www.sysjjjc.gov.cn/xxgk/lzq/xsxc_53033/bjxsxcqk_53282/202206/t20220623_3336623.html): figures only, "
                       "then four 做法 sections with found-and-fixed stories of several bodies; WeChat chrome (原创 line, 蓝字, 编辑/审核, "
                       "阅读原文)",
           min_len=1600,
           kind="bulletin", title=title, issuer=issuer, date="2025-01-06",
           insp=["区委4个巡察组", None, "2024-03-18", "2024-05-17", "2024-07-02"],
           headline={"problems_total": 286, "problems_done": 271, "rules_made": 147},
           probs=[], koi=5, anomalies=[
               "Kind 5: a round summary over 14 bodies, figures only -> problems []; the 做法 sections' stories of several bodies' "
               "fixes (区城市建设投资集团 资产出租, 鹭港街道 三资, 区卫生健康局 收费) are found-and-fixed round-up items (R125) -> "
               "no problems.",
               "Headline: '反馈的286个问题，已完成整改271个' -> 286/271 ('基本完成…9个' is not done, R71; 未完成6个 no field); "
               "'完善和新建制度147项' -> 147 (R74). Distractors: 23/21 clues, 9/17 people, 14/52/37 meetings, 38.52/11.6/426.3万元, "
               "94.76%, 31 visits, 5 plans, 3 people, 96/12 items, 6 documents, 4 assets, 7 suggestions (R68).",
               "inspector = '区委4个巡察组' as printed (R46: the text's own name for the teams); inspected null: the round covers 14 "
               "bodies and no one body (NEW: a round summary's inspected is null, as no feedback sentence names one body).",
               "Dates: period '2024年3月18日至5月17日' (R58); feedback 2024-07-02, one day to all 14 bodies (R55, not R56: the same "
               "day); report_date = the WeChat post date '2025年01月06日' (R43, no signature date; the issuer line has none). "
               "2024年12月27日 is a meeting (R53).",
               "issuer = the signature '中共桐湾区委巡察工作领导小组办公室' (its short name 桐湾区委巡察办 is the 来源 and author).",
               "A news-length summary (the real ones modelled on run to a few hundred characters): min_len 1600.",
           ])


# ================================================================ 06 portal copy of a 党组 report on carrying the main responsibility (.txt)
def doc06():
    stem = "w25_06_county_bureau_party_group_responsibility_report_portal_txt"
    title = "中共青溪县教育体育局党组关于落实县委第二巡察组反馈意见整改主体责任情况的报告"
    issuer = "中共青溪县教育体育局党组"
    text = f"""青溪县人民政府门户网站
首页 | 政务公开 | 政务服务 | 互动交流 | 走进青溪
当前位置：首页 > 政务公开 > 部门信息公开 > 县教育体育局 > 巡察整改
{title}
发布时间：2025-01-20 10:05　作者：县教体局　点击数：
【字体：大 中 小】【打印】【关闭】

县委巡察工作领导小组：
2024年5月20日至7月19日，县委第二巡察组对县教育体育局党组开展了常规巡察，并于2024年8月28日反馈了巡察意见。局党组坚决扛起巡察整改主体责任，党组书记切实履行第一责任人责任，把巡察整改作为重大政治任务抓紧抓实。截至2024年12月31日，反馈的3个方面21个问题，已完成整改18个，其余3个问题正按计划持续推进；细化整改措施63条，已完成58条；建立完善制度17项。现将落实整改主体责任情况报告如下。

一、党组书记履行第一责任人责任情况
（一）带头提高思想认识。巡察反馈会后，党组书记第一时间主持召开党组会议，传达学习县委书记专题会议精神和巡察反馈意见，带头表态认领问题，要求班子成员和各股室、局属学校负责人以“照单全收、对账销号”的态度抓整改，坚决防止“过关”思想。
（二）亲自研究部署整改。党组书记担任整改工作领导小组组长，主持研究制定整改方案，逐条审定问题清单、任务清单和责任清单，先后主持召开党组会议6次、整改推进会4次，专题研究校园安全、教育经费管理、校外培训治理等重点难点事项。
（三）带头领办重点问题。党组书记对涉及“三重一大”决策、教育经费使用、校长选拔任用等方面的问题亲自领办，先后到15所局属学校实地督导整改，现场协调解决问题11个，推动建立了局属学校经费支出联审机制。
（四）带头开展对照检查。在巡察整改专题民主生活会上，党组书记带头查摆问题、剖析根源，认真开展批评和自我批评，对班子成员逐一提出批评意见，会后督促建立个人整改清单并跟踪落实。

（五）带头接受监督。党组书记主动向县委巡察办、派驻纪检监察组报告整改进展，定期听取派驻纪检监察组对整改工作的意见建议；在局机关和局属学校公开整改进展情况，设立意见箱和监督电话，收集教职工和家长意见建议19条，均已逐条研究办理并反馈。
（六）带头抓好成果运用。党组书记坚持把巡察整改与年度重点工作统筹推进，在全县教育工作会议上对巡察整改工作作专题部署，把整改任务完成情况纳入局属学校年度目标考核和校长履职评价，对整改工作推进有力的3所学校在全县通报表扬，对推进迟缓的2所学校校长进行了约谈。

二、领导班子成员落实“一岗双责”情况
班子成员按照整改分工，对分管领域的整改任务认领到位。分管财务的副局长牵头开展教育经费专项清理，分管基础教育的副局长牵头推进“双减”和校外培训治理，分管人事的党组成员牵头规范教师招聘和职称评审工作。各班子成员到分管联系学校督导整改38人次，对整改进度滞后的2个股室负责人进行了提醒谈话。

三、整改工作机制建设情况
局党组建立整改工作“周调度、月通报”制度，整改办每周汇总进展，每月在党组会议上通报；派驻纪检监察组对整改情况开展全程监督，对销号材料逐项审核，退回补充材料7项。局党组注重建章立制，制定完善了《局党组议事规则》《局属学校财务管理办法》《教师招聘工作实施细则》《校外培训机构监管办法》等17项制度，推动从个案整改向系统治理转变。

四、整改工作取得的成效
通过整改，局党组政治建设和班子建设进一步加强，教育经费管理更加规范，清退违规发放的补贴12.7万元，追回挤占挪用的生均公用经费46.3万元；完成11所学校校舍维修改造，新增学位1260个；全县校外培训机构由2022年的73家压减至19家。对巡察移交的问题线索，局党组积极配合县纪委监委调查处理，给予党纪处分2人，诫勉谈话4人。

五、下一步工作打算
局党组将持续压实整改主体责任，对尚在推进的3个问题加大力度，确保2025年6月底前全部整改到位；对已完成整改的问题适时开展“回头看”，巩固整改成果；把巡察整改与推进教育强县建设结合起来，以整改实效推动全县教育事业高质量发展。

{issuer}
2025年1月16日

【打印本页】【关闭窗口】
上一篇：青溪县教育体育局2024年法治政府建设工作情况报告
下一篇：关于2025年春季学期中小学校开学工作的通知
主办：青溪县人民政府办公室　　承办：青溪县大数据中心
网站标识码：5110230017　　蜀公网安备51102302000123号
"""
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    finish(stem, genre="5 a county bureau 党组's report on carrying the main responsibility for rectification, copied from a "
                       "portal page as text, modelled on the first-responsible wording of jiaozuo.gov.cn "
                       "(https://www.jiaozuo.gov.cn/2025/12-17/588880.html) and fzzx.org.cn (http://fzzx.org.cn/show-687959.html) and "
                       "the figures sentence of wuch.gov.cn: what the secretary and the members did in 一、…五、 with （一）…（六）, "
                       "all figures in the lead; portal chrome, 发布时间 line, 上一篇 / 下一篇",
           min_len=1800,
           kind="bulletin", title=title, issuer=issuer, date="2025-01-16",
           insp=["县委第二巡察组", "县教育体育局党组", "2024-05-20", "2024-07-19", "2024-08-28"],
           headline={"problems_total": 21, "problems_done": 18, "measures_total": 63, "measures_done": 58, "rules_made": 17},
           probs=[], koi=5, anomalies=[
               "Kind 5: a report of what the leadership did (主体责任落实情况) with no problem list -> problems []; the （一）…（六） "
               "are the secretary's duties, not findings; '涉及“三重一大”决策、教育经费使用…等方面的问题' names areas only.",
               "Headline: '反馈的3个方面21个问题，已完成整改18个' -> 21/18 (R64); '细化整改措施63条，已完成58条' -> 63/58 (R73); "
               "'建立完善制度17项' -> 17 (R74; the four named rules are examples of the 17). Distractors: 6/4 meetings, 15 schools, "
               "11 problems solved on site (a count inside the leader's visits, not the feedback's, R65), 19 suggestions, 3/2 schools, 38人次, 7 items, 12.7/46.3万元, "
               "11 schools, 1260 学位, 73/19 机构, 2/4 people.",
               "Dates: period '2024年5月20日至7月19日' (R58), feedback 2024-08-28; report_date = the signature 2025年1月16日 over the "
               "page's 发布时间 2025-01-20 (R41); '截至2024年12月31日' and '2025年6月底前' are no inspection dates.",
               "Portal chrome: site name and menu, breadcrumb, 发布时间/作者/点击数 line, font/print/close, 上一篇/下一篇, footer.",
               "A report of moderate length: min_len 1800.",
           ])


# ================================================================ 07 county audit-rectification report read at the 人大常委会 (.docx)
C07 = [
    ("县本级财政管理审计查出问题的整改情况", "县财政局", [
        ("部分专项资金未及时拨付，截至2023年底滞留在财政部门的上级专项资金3862.4万元",
         ["县财政局已拨付专项资金3517.8万元", "对因项目未开工无法拨付的344.6万元按规定收回统筹使用", "建立专项资金拨付进度月报和预警制度"], "done"),
        ("非税收入未及时足额缴库，国有资源有偿使用收入1275.6万元滞留在非税收入过渡户",
         ["已将1275.6万元全部缴入国库"], "done"),
        ("政府性基金预算编制不够精准，部分项目年初预算执行率低于30%",
         ["修订预算编制管理办法，推行项目库管理", "对执行率低的项目压减次年预算"], "done"),
        ("国有资产管理不规范，部分行政事业单位资产账实不符",
         ["组织开展行政事业单位资产清查", "对账实不符的资产逐项核实并调整账务", "将资产管理情况纳入部门绩效评价"], "in_progress"),
    ]),
    ("部门预算执行审计查出问题的整改情况", None, [
        ("县农业农村局超范围列支项目经费，在农业产业化项目资金中列支办公设备购置费18.7万元",
         ["县农业农村局已用自有资金归还原资金渠道18.7万元", "对相关责任人进行约谈", "修订内部财务审批制度"], "done"),
        ("县交通运输局未严格执行政府采购规定，3个维修项目化整为零规避政府采购",
         ["对相关项目采购程序进行复核", "组织财务和采购人员开展政府采购法规培训"], "done"),
        ("县卫生健康局所属单位往来款项长期挂账，部分款项挂账时间超过5年",
         ["对往来款项逐笔清理，已清理挂账款项214.3万元", "对无法清理的款项按规定报批核销"], "in_progress"),
        ("县市场监管局公务用车使用管理不规范，存在车辆加油卡未专卡专用问题",
         ["已对加油卡进行清理和重新登记，实行一车一卡"], "done"),
    ]),
    ("重大政策措施和重点民生资金审计查出问题的整改情况", None, [
        ("部分惠企政策落实不到位，12家企业应享未享稳岗返还资金41.3万元",
         ["县人力资源和社会保障局已向12家企业发放稳岗返还资金41.3万元", "推行稳岗返还“免申即享”经办模式"], "done"),
        ("城乡居民医疗保险重复参保，涉及人员1826人",
         ["县医疗保障局对重复参保人员逐一核实", "已办理重复参保清理手续1826人次", "与税务部门建立参保信息比对机制"], "done"),
        ("农村危房改造补助资金审核把关不严，向不符合条件的7户发放补助资金9.8万元",
         ["县住房和城乡建设局已追回违规发放资金9.8万元", "对相关镇村经办人员进行批评教育"], "done"),
        ("养老服务设施建设项目进展缓慢，4个村级互助养老服务站建成后未投入使用",
         ["县民政局制定运营方案，引入社会力量运营", "已有3个服务站投入使用"], "in_progress"),
    ]),
    ("国有企业和政府投资项目审计查出问题的整改情况", None, [
        ("县城投公司对外借款未履行决策程序，向民营企业出借资金2000万元",
         ["县城投公司已收回出借资金2000万元", "修订公司“三重一大”决策制度实施办法", "对相关责任人给予政务处分"], "done"),
        ("县水务公司工程结算审核把关不严，多计工程价款156.2万元",
         ["已核减多计工程价款156.2万元", "引入第三方造价咨询机构开展结算审核"], "done"),
        ("青溪河治理工程未按规定办理竣工验收即投入使用",
         ["已组织完成竣工验收并办理移交手续"], "done"),
        ("县城区道路改造项目变更审批不规范，部分设计变更先施工后审批",
         ["完善工程变更管理办法，实行变更事前审批", "对违规变更的项目开展专项审计"], "done"),
    ]),
]


def doc07():
    stem = "w25_07_county_audit_rectification_report_renda_docx"
    title = "青溪县人民政府关于2023年度县本级预算执行和其他财政收支审计查出问题整改情况的报告"
    issuer = "青溪县人民政府"
    probs, secs = [], []
    for ci, (cat, _u, items) in enumerate(C07, 1):
        n_done = sum(st == "done" for _t, _m, st in items)
        secs += [("h", f"{cn(ci + 1)}、{cat}"),
                 ("p", f"该方面审计查出问题{len(items)}项，已整改{n_done}项，正在整改{len(items) - n_done}项。")]
        for k, (t, ms, st) in enumerate(items, 1):
            p = P(k, cat, t, ms, st, style="shi")
            probs.append(p)
            tail = "该问题已整改到位。" if st == "done" else "该问题正在整改中。"
            secs += [("p", f"{k}.{t}。"), ("p", "整改情况：" + p.mtext() + tail)]
    n, done, mt = tot(probs)
    assert (n, done, mt) == (16, 13, 34), (n, done, mt)
    b = [("title", title),
         ("p", "——2024年12月26日在青溪县第十八届人民代表大会常务委员会第二十三次会议上"),
         ("pr", "青溪县审计局局长　罗文清"),
         ("p", "主任、各位副主任、各位委员："),
         ("p", "我受县人民政府委托，向县人大常委会报告2023年度县本级预算执行和其他财政收支审计查出问题的整改情况，请予审议。"),
         ("p", "2024年8月27日，县十八届人大常委会第二十次会议听取和审议了《青溪县人民政府关于2023年度县本级预算执行和其他财政收支的"
               "审计工作报告》（以下简称审计工作报告），对审计查出问题的整改工作提出了明确要求。县人民政府高度重视，及时召开县政府常务会议"
               "专题研究部署，要求各相关部门单位严格落实整改主体责任，做好审计“下半篇文章”。"),
         ("p", f"审计工作报告反映涉及4个方面、14个单位（部门）共计{n}项具体问题，问题资金7895.1万元。截至2024年11月30日，已整改{done}项，"
               f"正在整改{n - done}项（含部分整改），整改到位资金7536.2万元，出台完善规章制度9个，对2人给予政务处分，对5人进行约谈。"
               "现将整改情况报告如下："),
         ("h", "一、审计整改工作推进情况"),
         ("p", "（一）压实整改责任。县政府将审计整改纳入年度目标考核，县审计局向各整改责任单位出具整改任务清单，明确整改事项、责任单位"
               "和整改时限；各被审计单位主要负责人亲自部署，制定整改台账，实行对账销号。"),
         ("p", "（二）强化督促检查。县审计局对整改情况实行跟踪检查，对整改进度滞后的单位下发督办函4份；县纪委监委、县委巡察办将审计"
               "整改情况纳入日常监督和巡察内容，形成监督合力。"),
         ("p", "（三）注重标本兼治。坚持“治已病、防未病”，对审计发现的共性问题，督促主管部门举一反三、完善制度，推动从源头上防范问题"
               "再次发生。")]
    b += secs
    b += [("h", "六、下一步工作措施"),
          ("p", "从整改情况看，尚有3个问题正在整改，主要原因是部分问题涉及历史遗留，整改需要一定过程。下一步，县政府将继续督促相关部门"
                "单位加快整改进度，对正在整改的问题实行清单管理，逐项明确整改时限，确保整改到位；进一步健全审计整改长效机制，推动审计"
                "整改与巡察整改、人大监督有效贯通，切实维护财经纪律，提高财政资金使用绩效。"),
          ("p", "主任、各位副主任、各位委员，我们将在县委的坚强领导下，自觉接受县人大的监督，认真落实本次会议的审议意见，持续推动审计"
                "查出问题整改到位。")]
    write_docx(stem, b)
    finish(stem, genre="6 a county government's 审计查出问题整改情况的报告 read by the audit director at the 人大常委会, modelled on "
                       "ruijin.gov.cn (http://www.ruijin.gov.cn/rjsxxgk/rjin80885/202211/4b9971a0f2914baa97d9707b3c846fd6.shtml: "
                       "the dateline, '受…委托', '涉及4个方面、29个单位（部门）共计50项具体问题…已整改40项…正在整改10项…出台13个规章制度'), "
                       "sjj.ningbo.gov.cn (http://sjj.ningbo.gov.cn/art/2023/1/6/art_1229055570_58921710.html: 一、整改工作总体部署 "
                       "（一）（二）) and cixird.gov.cn (https://cixird.gov.cn/index.php/home/content?id=1532529: '制定整改台账，实行对账"
                       "销号'): section 一 the work, 二、…五、 per class with a per-class count line, numbering restarting at 1. in each, "
                       "'整改情况：' with 一是… or one undivided account",
           recount=(RE_SHI, "六、下一步工作措施", "整改情况："),
           kind="bulletin", title=title, issuer=issuer, date="2024-12-26",
           insp=["青溪县审计局", None, None, None, None],
           headline={"problems_total": n, "problems_done": done, "measures_total": None, "measures_done": None, "rules_made": 9},
           probs=probs, koi=6, anomalies=[
               "Kind 6: audit wording '共计16项具体问题…已整改13项，正在整改3项' -> 16/13 (R62, R71; '4个方面' and '14个单位' are no "
               "problems, R64/R68); '出台完善规章制度9个' -> 9 (R74). Per-class lines ('该方面审计查出问题4项，已整改3项…') agree with "
               "the total and are no headline. Distractors: 7895.1/7536.2万元, 2/5 people, 4 督办函.",
               "Numbering restarts at '1.' in each class section -> seq as printed (repeats 1-4, schema). title = the numbered "
               "sentence without its final '。'; category = the class heading '…审计查出问题的整改情况' without '二、' (R79).",
               "measure_count = 一是… of the '整改情况：' paragraph; an undivided answer counts 1 (R96); the trailing '该问题已整改"
               "到位。' / '该问题正在整改中。' gives the status (R93: done / in_progress). Units [] (the body names the audited unit "
               "in each sentence, but no 责任单位 field; NEW: audited bodies named in the finding or the answer are not units).",
               "inspector = 青溪县审计局 (issue 10: an audit report's inspector is the audit office; here the director reads it); "
               "inspected null: a budget-execution audit of the county level covers many units (NEW). No audit period or feedback "
               "date: '2024年8月27日' is the 人大常委会 review of the audit work report (R57: a review day is no feedback date).",
               "report_date = the dateline '——2024年12月26日在…会议上' (R42); '截至2024年11月30日' is a figures date. issuer = the "
               "government named in the title (the director speaks '受县人民政府委托'). kind bulletin (R31, C15).",
           ])


# ================================================================ 08 ledger workbook with class rows and a 制度清单 sheet (.xlsx)
C08 = [
    ("一、落实党的理论和路线方针政策及上级决策部署方面", [
        ("文旅产业发展规划落实不力，“十四五”重点文旅项目推进滞后", "重点文旅项目按调整后计划节点推进",
         ["对12个重点文旅项目逐一建立推进台账", "实行项目专班推进和月度调度", "对滞后项目开展专项督导"], "局长 周立新", "产业发展科", "2025年6月30日前", "持续推进"),
        ("公共文化服务体系建设存在短板，部分乡镇综合文化站功能发挥不充分", "乡镇综合文化站达到省定标准",
         ["对全市乡镇综合文化站开展达标评估", "对未达标的9个文化站实施提升改造", "推行文化站免费开放服务清单"], "副局长 罗佳", "公共服务科", "2024年12月31日前", "已完成"),
        ("旅游市场监管不到位，“不合理低价游”等问题时有发生", "旅游市场秩序明显好转，投诉量同比下降",
         ["开展旅游市场秩序专项整治", "联合市场监管、公安部门开展联合执法", "建立旅行社信用评价和黑名单制度"], "副局长 罗佳", "市场管理科、综合执法支队", "2024年10月31日前", "已完成"),
        ("文物安全责任落实不到位，部分文物保护单位安防设施缺失", "市级以上文物保护单位安防设施全覆盖",
         ["对全市文物保护单位开展安全隐患排查", "为23处文物保护单位安装视频监控和消防设施", "落实文物安全直接责任人公告公示制度"], "副局长 何文博", "文物保护科", "2024年12月31日前", "已完成"),
        ("意识形态工作责任制落实不够，部分演出场所审核把关不严", "演出内容审核全覆盖",
         ["修订营业性演出内容审核工作规程", "对全市演出场所负责人开展培训"], "党组书记 周立新", "艺术科", "2024年9月30日前", "已完成"),
    ]),
    ("二、落实全面从严治党“两个责任”方面", [
        ("局党组主体责任落实不到位，对局属单位监督管理偏松偏软", "局属单位全面从严治党责任压紧压实",
         ["制定局党组落实全面从严治党主体责任清单", "局党组成员每半年到联系单位督导一次", "建立局属单位负责人述责述廉制度"], "党组书记 周立新", "机关党委", "2024年9月30日前", "已完成"),
        ("文旅专项资金管理不规范，部分项目资金使用绩效不高", "专项资金使用规范、绩效提升",
         ["对2022年以来文旅专项资金开展全面清查", "修订文旅专项资金管理办法", "将资金使用绩效评价结果与次年预算挂钩"], "副局长 何文博", "计划财务科", "2024年11月30日前", "已完成"),
        ("政府采购和工程项目管理存在廉洁风险，个别项目未按规定公开招标", "采购和工程项目依法依规实施",
         ["对2021年以来政府采购和工程项目开展专项检查", "建立采购和工程项目全流程监督机制", "对相关责任人进行诫勉谈话"], "副局长 何文博", "计划财务科、机关纪委", "2024年10月31日前", "已完成"),
        ("违反中央八项规定精神问题仍有发生，局属单位存在违规发放节日福利问题", "违规发放的福利全部清退，不再发生同类问题",
         ["对违规发放的节日福利全额清退", "开展违反中央八项规定精神问题专项整治"], "党组书记 周立新", "机关纪委", "立行立改", "已完成"),
        ("廉政风险防控机制不健全，行政审批等重点岗位缺乏有效监督", "重点岗位廉政风险点全部排查并落实防控措施",
         ["开展廉政风险点排查，建立风险防控台账", "对行政审批岗位实行定期轮岗", "引入审批全程电子监察"], "副局长 罗佳", "行政审批科", "2024年12月31日前", "已完成"),
    ]),
    ("三、领导班子和干部队伍建设及巡察整改方面", [
        ("民主集中制执行不到位，局党组会议议事决策不规范", "“三重一大”事项全部集体决策",
         ["修订局党组工作规则和议事规则", "建立“三重一大”事项决策记录和报备制度"], "党组书记 周立新", "办公室", "2024年9月30日前", "已完成"),
        ("干部队伍结构不合理，文博专业人才缺乏", "文博专业人才队伍得到补充",
         ["制定文博人才引进培养计划", "公开招聘文博专业人才5名", "与高校合作开展文博人才定向培养"], "副局长 罗佳", "人事科", "2025年12月31日前", "持续推进"),
        ("干部教育管理不严，个别干部工作作风不实", "干部作风明显转变",
         ["开展作风建设专项整治", "建立干部工作实绩考核档案", "对作风不实的干部进行提醒谈话"], "党组书记 周立新", "人事科", "2024年10月31日前", "已完成"),
        ("基层党组织建设薄弱，局属单位党支部“三会一课”落实不到位", "党支部组织生活规范开展",
         ["对局属单位党支部开展规范化建设", "建立“三会一课”季度检查通报制度", "对党支部书记开展专题培训"], "机关党委书记 陈静", "机关党委", "2024年12月31日前", "已完成"),
        ("上轮巡察反馈问题整改不到位，部分问题整改后出现反弹", "上轮巡察反馈问题全部整改到位",
         ["对上轮巡察反馈问题开展“回头看”", "对反弹问题重新制定整改措施并挂牌督办", "建立巡察整改成果巩固长效机制"], "机关党委书记 陈静", "机关党委", "2025年3月31日前", "持续推进"),
    ]),
]
RULES08 = ["局党组工作规则", "局党组议事规则", "“三重一大”事项决策实施办法", "文旅专项资金管理办法", "政府采购内部控制管理办法",
           "营业性演出内容审核工作规程", "旅行社信用评价管理办法", "文物安全直接责任人公告公示制度", "局属单位负责人述责述廉办法",
           "干部工作实绩考核办法"]


def doc08():
    stem = "w25_08_city_bureau_ledger_class_rows_rules_sheet_xlsx"
    title = "中共岷阳市文化广电旅游局党组落实市委第六巡察组反馈意见整改台账"
    issuer = "中共岷阳市文化广电旅游局党组"
    head = ["序号", "问题描述", "整改目标", "整改措施", "责任领导", "责任单位", "整改时限", "整改状态", "销号情况"]
    probs, k = [], 0
    for cat, items in C08:
        for t, goal, ms, leader, units, dl, state in items:
            k += 1
            st = "done" if state == "已完成" else "in_progress"
            probs.append(P(k, cat[2:], t, ms, st, units.split("、"), dl, style="dun"))
    n, done, mt = tot(probs)
    assert (n, done, mt) == (15, 12, 42), (n, done, mt)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整改台账"
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
    ws.append(["说明：市委第六巡察组于2024年5月13日至7月12日对市文化广电旅游局党组开展了常规巡察，于2024年8月20日反馈巡察意见，"
               f"指出3个方面{n}个问题。截至2025年2月28日，已完成整改{done}个，持续推进{n - done}个；制定整改措施{mt}条，已完成37条；"
               "建立完善制度10项（见“制度清单”）。"])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(head))
    ws.append(["填报单位：中共岷阳市文化广电旅游局党组（盖章）", None, None, None, None, None, "填报日期：2025年3月5日"])
    ws.append(head)
    pi = iter(probs)
    for cat, items in C08:
        ws.append([cat])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(head))
        for t, goal, ms, leader, units, dl, state in items:
            p = next(pi)
            ws.append([p.seq, t, goal, p.mtext("\n"), leader, units, dl, state,
                       "已销号" if state == "已完成" else "未销号"])
    ws.append(["注：整改状态分为“已完成”“持续推进”两类；已完成事项经局整改办审核、派驻纪检监察组审签后销号。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(head))
    for col, w in zip("ABCDEFGHI", (6, 36, 24, 48, 14, 16, 16, 10, 10)):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=1):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    ws["A1"].font = Font(bold=True, size=16)
    ws2 = wb.create_sheet("制度清单")
    ws2.append(["序号", "制度名称", "印发时间", "状态"])
    for i, r in enumerate(RULES08, 1):
        ws2.append([i, f"《{r}》", f"2024年{8 + i % 5}月", "现行有效"])
    ws3 = wb.create_sheet("分类统计")
    ws3.append(["问题类别", "问题数（个）", "已完成（个）", "持续推进（个）", "整改措施（条）"])
    pi = iter(probs)
    for cat, items in C08:
        ps = [next(pi) for _ in items]
        ws3.append([cat[2:], len(ps), sum(q.status == "done" for q in ps), sum(q.status != "done" for q in ps),
                    sum(len(q.measures) for q in ps)])
    ws3.append(["合计", n, done, n - done, mt])
    ws3.append(["填表人：党组办公室 刘晓燕　　审核人：机关党委书记 陈静　　联系电话：0837-2256108"])
    wb.save(OUT / f"{stem}.xlsx")
    finish(stem, genre="1 (ledger) a city bureau 党组's 整改台账 workbook, modelled on cixird.gov.cn "
                       "(https://cixird.gov.cn/index.php/home/content?id=1532529: '制定整改台账，实行对账销号') and jiaozuo.gov.cn "
                       "(https://www.jiaozuo.gov.cn/2025/12-17/588880.html: '建立整改台账，清单式管理、滚动式销号'): a title row, a 说明 "
                       "row with all figures, 填报单位/填报日期, class rows '一、…方面' merged across, one row per problem (问题描述 / "
                       "整改目标 / 整改措施 '1、…' / 责任领导 a person / 责任单位 / 整改时限 / 整改状态 / 销号情况), a 注 row; a second "
                       "sheet 制度清单 of 10 rules and a third 分类统计 of counts per class with a 合计 row",
           recount=(RE_DUN, "注：整改状态"),
           kind="bulletin", title=title, issuer=issuer, date="2025-03-05",
           insp=["市委第六巡察组", "市文化广电旅游局党组", "2024-05-13", "2024-07-12", "2024-08-20"],
           headline={"problems_total": n, "problems_done": done, "measures_total": mt, "measures_done": 37, "rules_made": 10},
           probs=probs, koi=1, anomalies=[
               "NEW: class rows '一、…方面' merged across the sheet between the problem rows (not a merged column as blindwritten24 "
               "w24_07): category = the class row's text without '一、' (R79), for every problem row under it.",
               "seq = the 序号 cell (1-15, running across classes); title = the 问题描述 cell (R89); measure_count = the '1、' lines "
               "of the 整改措施 cell (R96); 整改目标 and 销号情况 are no measures (R118).",
               "Units = the 责任单位 cell split on 、 (R101); the 责任领导 cell names a person with a post ('局长 周立新'), no unit "
               "(R194). Deadline = 整改时限 cell as written ('立行立改' kept). Status from 整改状态 (R93): '已完成' done, '持续推进' "
               "in_progress; the 销号情况 column agrees.",
               "Headline from the 说明 row: '指出3个方面15个问题…已完成整改12个' -> 15/12; '制定整改措施46条，已完成37条' -> 46/41 "
               "(R73); '建立完善制度10项' -> 10 (R74; the 制度清单 sheet lists 10, R117). The 制度清单 rows are no problems; the "
               "分类统计 sheet's per-class counts sum to its 合计 row, which repeats 15/12/42.",
               "Dates from the 说明 row: period '2024年5月13日至7月12日' (R58), feedback 2024-08-20; report_date = '填报日期：2025年3月5日' "
               "(the ledger's own date; '截至2025年2月28日' is a figures date; the 制度清单's 印发时间 months are no dates).",
           ])


# ================================================================ 09 township bulletin, GB18030 copy with its line breaks lost (.txt)
C09 = [
    ("（一）政治建设方面的问题", [
        ("1.", "学习贯彻上级决策部署不够及时，镇党委理论学习中心组学习与乡村振兴工作结合不紧",
         ["修订镇党委理论学习中心组学习制度，每季度围绕乡村振兴确定1个专题开展研讨", "班子成员每人牵头1个乡村振兴课题开展调研并形成报告"], "done"),
        ("2、", "落实耕地保护责任不力，部分村存在耕地“非农化”问题",
         ["对全镇耕地“非农化”问题开展全面排查，建立问题台账", "对排查出的17处违法占用耕地问题依法整改，恢复耕地43.6亩", "建立镇村两级田长巡田制度"], "done"),
        ("3.", "安全生产监管存在薄弱环节，辖区小作坊、小仓库消防隐患较多",
         ["开展“九小场所”消防安全专项整治", "为辖区小作坊、小仓库配齐灭火器材", "建立网格员日常巡查和隐患销号制度"], "done"),
    ]),
    ("（二）全面从严治党方面的问题", [
        ("4、", "村级财务管理不规范，部分村报账凭证不全、白条入账",
         ["对全镇21个村2022年以来的财务收支开展全面清查", "推行村级财务“非现金支付”和网上审批", "对2名村报账员进行提醒谈话"], "done"),
        ("5.", "村级工程项目管理不严，个别项目未按规定公开招标",
         ["制定村级小型工程项目管理办法，明确招标和比选程序", "对2022年以来村级工程项目开展专项审计"], "done"),
        ("6.", "违反中央八项规定精神问题仍有发生，存在公车私用现象",
         ["开展公务用车使用情况专项检查", "对公车私用的1名干部给予党内警告处分", "在公务用车上安装定位监控设备"], "done"),
    ]),
    ("（三）基层党组织建设方面的问题", [
        ("7.", "村“两委”班子队伍老化，后备力量不足",
         ["开展村级后备力量“储备计划”，每村储备2至3名后备干部", "选派年轻后备干部到镇机关跟岗锻炼"], "long_term"),
        ("8、", "部分村党支部组织生活不规范，“三会一课”记录不全",
         ["对全镇村党支部组织生活开展专项检查", "建立“三会一课”月度抽查通报制度", "组织村党支部书记开展专题培训"], "done"),
    ]),
    ("（四）巡察整改和群众反映问题处理方面的问题", [
        ("9.", "上轮巡察反馈的村集体资产管理问题整改不彻底",
         ["对村集体资产开展清产核资", "对低价发包的集体资产到期后公开竞价发包", "建立村集体资产管理台账"], "in_progress"),
        ("10.", "群众反映问题办理不及时，个别信访件办结超期",
         ["建立群众诉求“接诉即办”工作机制", "对超期办理的信访件逐件核查并向群众反馈"], "done"),
        ("11、", "惠民惠农补贴发放审核把关不严，个别不符合条件人员享受耕地地力保护补贴",
         ["对全镇2022年以来惠民惠农补贴发放情况开展“回头看”", "追回违规领取的补贴资金1.36万元", "建立补贴发放村级初审、镇级复核、公示公开三级审核机制"], "done"),
        ("12.", "村务公开不及时不全面，部分村财务公开栏内容更新滞后",
         ["统一规范全镇21个村村务公开栏的公开内容和公开时限", "推行村务“线上+线下”同步公开", "将村务公开情况纳入村干部年度考核"], "done"),
    ]),
]
STATUS09 = {"done": "该问题已整改完成。", "in_progress": "该问题正在整改中。", "long_term": "该问题属长期坚持事项，将持续抓好整改。"}


def doc09():
    stem = "w25_09_township_bulletin_gb18030_lost_breaks_mixed_numbering_txt"
    title = "中共青溪县石埠镇委员会关于县委第三巡察组巡察反馈意见整改进展情况的通报"
    issuer = "中共青溪县石埠镇委员会"
    probs, mid = [], []
    for cat, items in C09:
        mid.append(cat)
        for lab, t, ms, st in items:
            p = P(int(lab[:-1]), cat[3:], t, ms, st, style="shi")
            probs.append(p)
            mid.append(f"{lab}{t}。整改情况：{p.mtext()}{STATUS09[st]}")
    n, done, mt = tot(probs)
    assert (n, done, mt) == (12, 10, 32), (n, done, mt)
    lines = [
        "青溪县人民政府 石埠镇 首页 镇情概况 政务公开 便民服务 互动交流",
        "您现在的位置：首页 > 政务公开 > 重点领域信息公开 > 巡察整改",
        title,
        "发布时间：2024-11-20 09:31:17 来源：石埠镇 浏览次数： 【大 中 小】 【打印】",
        "根据县委统一部署，县委第三巡察组于2024年3月18日至4月26日对石埠镇党委开展了常规巡察，6月3日向镇党委反馈了巡察意见。"
        "按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
        "一、提高站位，强化整改责任落实镇党委坚持把巡察整改作为重大政治任务，一是及时召开镇党委会议传达学习反馈意见，成立由镇党委"
        "书记任组长的巡察整改工作领导小组，制定整改方案，形成问题清单、任务清单、责任清单；二是镇党委书记履行第一责任人责任，"
        "亲自部署、亲自督办，班子成员对分管领域整改任务认领到位，逐项明确整改时限；三是召开巡察整改专题民主生活会，班子成员"
        "逐一作对照检查，深刻剖析问题根源；四是镇纪委对整改工作全程跟踪监督，对进度滞后的2个村下发督办通知；五是坚持边查边改、"
        "立行立改，对能够立即解决的问题马上就改，对需要长期坚持的问题明确阶段目标，对共性问题举一反三、建章立制，先后修订完善"
        "村级财务管理、村级小型工程项目管理、公务用车管理等方面制度。截至10月31日，"
        f"县委第三巡察组反馈的4个方面{n}个问题，已完成整改{done}个，长期坚持1个，正在整改1个；建立完善制度8项，恢复耕地43.6亩，"
        "清退违规资金2.94万元，给予党纪处分1人、提醒谈话2人。",
        "二、巡察反馈问题整改情况" + "".join(mid),
        "三、下一步工作打算镇党委将坚持目标不变、标准不降，一是对正在整改和长期坚持的问题持续跟踪督办，确保按期全部整改到位；"
        "二是对已完成整改的问题开展“回头看”，巩固整改成果，防止反弹回潮；三是把巡察整改与乡村振兴、基层治理结合起来，以整改成效"
        "推动全镇各项工作再上新台阶。欢迎广大干部群众对巡察整改落实情况进行监督，如有意见建议，请在公布之日起10个工作日内通过以下"
        "方式反映：联系电话0837-7785012；邮政信箱：青溪县石埠镇人民政府党政办公室（邮编624213）。",
        "【打印此页】【关闭窗口】",
        "主办单位：青溪县石埠镇人民政府 联系电话：0837-7785001 蜀ICP备05008812号-3",
    ]
    (OUT / f"{stem}.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    finish(stem, genre="2 (and 7) a township 党委's 巡察整改进展情况的通报 copied from its portal page into a GB18030 text file "
                       "with the paragraph breaks of each section lost, modelled on wuch.gov.cn (http://www.wuch.gov.cn/art/2023/5/4/"
                       "art_1229182325_4090257.html: lead sentence, done/doing counts, then the problems under categories) and "
                       "hgjwjw.gov.cn (http://www.hgjwjw.gov.cn/xyq/xsxs/663.html: the '来源：…发布时间：…' line): section 一 organising "
                       "(with its own 一是…四是), section 二 the problems run together on one line with mixed '1.' / '2、' numbering and "
                       "'整改情况：' 一是…, section 三 next steps; no signature",
           recount=(RE_SHI, "三、下一步工作打算", "整改情况："), min_len=2200,
           kind="bulletin", title=title, issuer=issuer, date="2024-11-20",
           insp=["县委第三巡察组", "石埠镇党委", "2024-03-18", "2024-04-26", "2024-06-03"],
           headline={"problems_total": n, "problems_done": done, "rules_made": 8},
           probs=probs, koi=[2, 7], anomalies=[
               "Kind 2: section 一's 一是…四是 are organising work (and headings are run into their first sentence: '一、提高站位，强化"
               "整改责任落实镇党委坚持…'); the problems are the numbered items of section 二; section 三 is next steps (its 一是…三是 "
               "not counted).",
               "Lost line breaks: the whole of section 二 is one line; category headings '（一）政治建设方面的问题' run straight into "
               "the first item. category = the heading without '（一）' (schema, R79), '…方面的问题' kept as printed.",
               "Mixed numbering '1.' / '2、' / '10.' / '11、' -> seq as printed (1-12); title = the item's first sentence up to '。整改情况：' "
               "(R89), final '。' dropped. measure_count = 一是… after '整改情况：' (R96).",
               "Status from the closing sentence (R93): '已整改完成' done, '正在整改中' in_progress, '属长期坚持事项' long_term.",
               "Headline: '反馈的4个方面12个问题，已完成整改10个，长期坚持1个，正在整改1个' -> 12/10; '建立完善制度8项' -> 8 (R74); no "
               "measure count. Distractors: 17处, 43.6亩, 21 villages, 1.36万元, 2.94万元, 1/2 people, 2 villages, 10个工作日.",
               "Dates in prose (kind 7): '于2024年3月18日至4月26日' (R58), '6月3日向镇党委反馈' without a year -> 2024-06-03 (R58: the "
               "period's year; R59 does not apply, June is after April); no signature -> report_date = the page's 发布时间 "
               "2024-11-20 (R41/R43). '截至10月31日' is a figures date.",
               "GB18030 bytes with CRLF line ends; chrome: site menu, breadcrumb, 发布时间/来源/浏览次数 line, print/close, footer. "
               "A township's bulletin of 12 short items: min_len 2200.",
           ])


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09):
        f()
    print(len(ALL), "documents:", *ALL, sep="\n")
