"""Generate blind held-out set 13 (written by helper writer13, session 18, 2026-12-06): nine FULL-LENGTH documents + truths.

All bodies, people, places and figures are invented for testing. Each document's layout (structure, headings,
numbering, field labels, wording habits, where the problems sit) is modelled on one real page found with the search
tool (corpus pages); the page's address is named in the comment above each docNN function. writer13 did not read the
parser (zhenggai/importer/**, tests/importer/*.py). Every page named here is absent from blindwritten/ … blindwritten12/
make.py; most of them were labelled before as ~2,000-byte excerpts in tests/importer/real (their first lines only),
never as full-length written documents.
Run from the worktree root:  .venv/bin/python tests/importer/blindwritten13/make.py   (needs soffice for .pdf)
Every measure_count is counted twice: from the data (len of the measure list) and by a regex recount over the rendered
text of that problem (recount_block); make.py refuses to write when they differ. Every non-null truth value (title,
issuer, inspection fields, dates, headline figures, categories, units, deadlines, problem titles) is re-found in the
document's own text, read back from the written file (check_refound); a traditional copy's problems are re-found in
its t2s conversion. Every document is complete (lead, all sections, every listed problem with its measures, closing,
signature and date) and at least 2,500 characters without whitespace (MIN_LEN, as writer12's check).

Queries run (pages corpus): 市委巡察办 关于十届市委第三轮巡察整改情况的通报 被巡察单位; 审计整改情况公告 审计发现问题 整改金额
万元 已整改; 整改任务验收销号公示 整改目标 验收意见 公示期; 巡察整改“回头看”情况报告 问题反弹; 检查情况通报 存在问题 责任单位
限期整改 乡镇; 中央环保督察反馈意见整改落实情况 附件 整改进展 序号 问题 整改措施 责任单位 完成时限; 关于市委第X轮巡察整改情况的
集中公开 各被巡察党组织 整改情况; 学院党委关于巡视整改进展情况的通报 问题 整改情况 方面; 医院党委 巡察反馈问题整改 进展情况 公示;
督察整改任务完成情况公示 整改任务 整改目标 整改完成情况 销号 监督电话.  Declined: deaufficio.com (宿州 销号公示),
m.ilynn.cn (南宁 audit), ruijin.gov.cn, nzgx.org, tdq.siping.gov.cn, news.blcu.edu.cn, jw.km.gov.cn — already modelled in
blindwritten…blindwritten12; news and 巡察公告 pages (m-jingzhou, szb.zjphol, zjjlz, jsdyjw, tlxcwttd) — no rectification
layout; the one-task 验收销号公示 of the brief — every page found was already modelled, so none is in this set.
Formats: .docx (01, 06), Word-saved .html with mso markup (02), .pdf via soffice (03, 09), .xlsx (04), UTF-8 .txt (05),
traditional-character UTF-8 .txt (07), GB18030 .txt with CRLF (08).

Conventions followed (written ones): problems in simplified characters for a traditional copy (blindwritten12
_simplified_problems); category = the nearest heading without its （一） numbering or trailing 。 (corpus README);
'（一）反馈问题：…' heading -> the words after '反馈问题：' and '1.' problem whose '（1）' sub-items are its measures
(real/blind2 czs2y_hospital_bulletin, make_truths.py zhuzhou); audit report: '（一）关于…的问题' -> title without the
wrapper, each problem one undivided paragraph = 1 measure, inspector the audit office (real/blind8 jiangxi_audit_2021);
a check notice: one problem per item under a place heading, measures 0, status null, kind null, the checker as
inspector (real/blind18 kxc_market_rectification_notice_fanwen); units from （责任单位：…） split on 、 (corpus README).
NEW calls (also in each truth's anomalies): doc 01 a round report over several inspected bodies: inspector and
inspected null, category = the inspected body's heading; doc 04 (.xlsx) status from the 进展 column (已完成 -> done,
序时推进/正在推进 -> in_progress, 长期坚持 -> long_term); doc 06 status from '整改结果：' lines, '新发现问题' items of the 回头看
are problems too; doc 09 three levels (大类 / 大项 / 具体问题): category = the 大项, the nearest heading (corpus README's
rule applied to a level no earlier truth had); doc 08 a speech-like report with figures and no problem list: problems [].

First run (FIRST_RUN_blindwritten13.txt, untouched parser at 2a234ea): F1 0.985, headline 0.697. Misses: 04 (.xlsx) the
parser read only the '附件' sheet (title '附件', no issuer/date/inspection/headline); 06 headline 9 (the 回头看's '3个方面9个
问题') where the label takes the later all-inclusive '12个问题已完成整改8个' (a NEW call) and problems_done missed; 08 the
three 一、二、三 section headings read as problems (label: none, NEW call) and no headline read. No label changed after it.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import openpyxl

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/importer: the generators' shared kit
from blindwritten_kit import cn, finisher, Prob, recount_block, writers  # noqa: E402

_, write_docx, write_pdf = writers(OUT)  # (the truth is written by finish)
P = Prob


# ---------------------------------------------------------------- re-finding every truth value in the text
MIN_LEN = 2500
finish, ALL = finisher(OUT, MIN_LEN)


# ================================================================ 01 市委巡察办 report on one round, one section per body (.docx)
# Layout modelled on https://jjw.changzhou.gov.cn/html/jw/2023/DOPQPFJE_0403/26710.html (市委第四轮巡察分6个组: groups, periods
# and the bodies named in one lead paragraph; 领导小组会议 / 书记专题会议 dates; 反馈 dates; 反馈指出 / 反馈强调), written as the
# 巡察办's full report on the round's rectification: an overall section with round figures, then one （一）… section per
# inspected body, each with its own numbered problems and '整改情况：一是…'.
def doc01():
    stem = "w13_01_round_report_per_body_docx"
    A, B, C, D = "市应急管理局党委", "市统计局党组", "市机关事务管理局党组", "市总工会党组"
    probs = [
        P(1, A, "安全生产“三个必须”责任落实不到位，部分行业主管部门监管职责交叉", [
            "修订市安委会成员单位安全生产工作职责清单，厘清交叉职责14项",
            "建立行业主管部门安全生产联席会议制度，每季度召开一次",
            "对职责不清的3个领域明确牵头单位"]),
        P(2, A, "应急物资储备管理不规范，部分物资账实不符", [
            "对市级应急物资储备库开展全面盘点，补录台账物资126类",
            "上线应急物资管理信息系统，实现出入库全流程留痕"]),
        P(3, A, "执法检查“宽松软”，对企业违法行为处罚偏轻", [
            "开展安全生产执法案卷评查，对评查发现的问题逐案整改",
            "制定《安全生产行政处罚自由裁量基准》",
            "2023年下半年立案查处安全生产违法行为87起，罚没款312.6万元",
            "对执法偏软的2名执法人员进行约谈"]),
        P(4, A, "干部教育培训针对性不强，专业人才缺乏", [
            "制定应急管理干部专业能力提升三年计划",
            "公开遴选化工、矿山等专业人才5名"]),
        P(1, B, "统计数据质量管控不严，个别专业存在数据质量隐患", [
            "建立统计数据质量“三审”制度",
            "对2022年以来重点专业数据开展专项核查，核查企业214家"]),
        P(2, B, "防范和惩治统计造假弄虚作假责任落实不到位", [
            "修订防范和惩治统计造假弄虚作假责任清单",
            "开展统计执法“双随机”检查，立案查处统计违法案件6起",
            "将统计违法案件查处情况纳入综合考核"]),
        P(3, B, "党支部组织生活不够规范，“三会一课”记录不完整", [
            "对机关3个党支部组织生活开展专项检查，补齐台账资料"]),
        P(1, C, "公务用车管理不规范，存在公车私用风险", [
            "全面推行公务用车平台化管理，车辆安装北斗定位设备43台",
            "修订《市级机关公务用车管理办法》",
            "对2021年以来用车记录开展倒查，发现并纠正违规用车问题5起"]),
        P(2, C, "办公用房清理整改不彻底，个别单位超标准使用办公用房", [
            "对市级机关办公用房使用情况开展全面核查，腾退超标准办公用房1860平方米",
            "建立办公用房动态监管台账"]),
        P(3, C, "政府采购内控制度不健全，部分项目化整为零规避招标", [
            "修订单位政府采购内部控制制度",
            "对2021年以来采购项目开展专项检查，移交问题线索2条"]),
        P(1, D, "服务职工群众意识不强，困难职工帮扶工作不精准", [
            "对全市在档困难职工开展入户核查，动态调整档案412户",
            "建立困难职工帮扶“一户一策”台账",
            "2023年下半年发放帮扶资金386.5万元"]),
        P(2, D, "工会经费收缴和使用管理不规范", [
            "修订《市总工会经费收支管理办法》",
            "对基层工会经费使用情况开展专项审计，督促整改问题29个"]),
        P(3, D, "职工服务阵地作用发挥不充分，部分职工之家活动开展少", [
            "对全市职工之家开展星级评定，撤销不达标职工之家挂牌6个",
            "推行职工服务阵地“每月一主题”活动",
            "新建户外劳动者服务站18个"]),
    ]
    def body_sec(k, name, lst, lead):
        out = [("h", f"（{cn(k)}）{name}"), ("p", lead)]
        for p in lst:
            out.append(("p", f"{p.seq}.{p.title}。"))
            block = "整改情况：" + p.mtext()
            recount_block(block, r"[一二三四五六七八九十]+是", len(p.measures) if len(p.measures) > 1 else 0, p.title)
            out.append(("p", block))
        return out
    title = "中共青岚市委巡察工作领导小组办公室关于十届市委第四轮巡察整改情况的报告"
    blocks = [
        ("title", title),
        ("p", "市委巡察工作领导小组："),
        ("p", "根据市委巡察工作安排，十届市委第四轮巡察分4个组开展了常规巡察，其中市委第二巡察组对市应急管理局党委、市委第三巡察组对市统计局党组、"
              "市委第五巡察组对市机关事务管理局党组、市委第六巡察组对市总工会党组开展了巡察，巡察时间为2023年3月13日至5月12日。"
              "6月8日，市委巡察工作领导小组召开会议，听取了本轮巡察情况汇报；6月16日，市委书记专题会议听取了本轮巡察综合情况汇报。"
              "2023年6月20日，市委各巡察组分别向被巡察党组织反馈了巡察情况。现将本轮巡察整改情况报告如下。"),
        ("h", "一、整改工作总体情况"),
        ("p", "各被巡察党组织认真落实巡察整改主体责任，在反馈后1个月内制定整改方案，建立问题、任务、责任“三张清单”，集中整改期满后按要求报送了整改进展情况报告。"
              "市纪委监委、市委组织部通过列席专题民主生活会、听取汇报、专题会商、现场检查等方式加强整改日常监督，市委巡察办对整改方案和整改报告逐一审核，退回修改2次。"),
        ("p", "截至2023年12月底，本轮巡察反馈的43个问题，已完成整改37个，其余6个正在按计划推进，整改完成率86%；本轮巡察共移交问题线索11件，已办结9件；"
              "被巡察党组织共召开整改专题民主生活会4次，建立完善制度28项，清退违规资金17.3万元，给予党纪政务处分3人、组织处理6人。"),
        ("p", "反馈指出，近年来各被巡察党组织坚持以习近平新时代中国特色社会主义思想为指导，贯彻落实中央、省委和市委部署要求，履行职能职责，推动工作稳步开展，"
              "但也不同程度存在贯彻落实上级决策部署不够有力、全面从严治党责任压得不实、重点领域风险防控存在短板、落实新时代党的组织路线有差距等问题。"
              "反馈强调，各被巡察党组织要切实提高政治站位，把巡察整改作为推动全面从严治党的有力抓手，层层压实责任抓整改，精准有力施策抓整改，着眼标本兼治抓整改。"),
        ("p", "市委巡察办坚持把督促整改作为巡察工作的重要环节，建立巡察整改“双审核”机制，对整改方案、整改报告实行巡察组初审、巡察办复审；"
              "会同市纪委监委党风政风监督室、市委组织部干部监督科召开整改情况会商会2次，对整改质量不高的2个单位提出补充整改要求。"
              "对本轮巡察发现的共性问题，向市财政局、市机关事务管理局等职能部门发出整改建议书3份，推动开展行业专项治理。"),
        ("h", "二、各被巡察党组织整改情况"),
    ]
    blocks += body_sec(1, A, probs[:4], "市应急管理局党委收到反馈意见后，召开党委会议专题研究，成立由党委书记任组长的整改工作领导小组，反馈的14个问题已完成整改12个。主要问题整改情况如下：")
    blocks += body_sec(2, B, probs[4:7], "市统计局党组对照反馈的11个问题制定整改措施32条，已完成整改10个。主要问题整改情况如下：")
    blocks += body_sec(3, C, probs[7:10], "市机关事务管理局党组对反馈的9个问题逐项明确责任领导和完成时限，已完成整改8个。主要问题整改情况如下：")
    blocks += body_sec(4, D, probs[10:], "市总工会党组召开巡察整改专题民主生活会，班子成员逐一认领问题，反馈的9个问题已完成整改7个，其余2个列入年度重点工作持续推进。主要问题整改情况如下：")
    blocks += [
        ("h", "三、存在的不足"),
        ("p", "从审核情况看，本轮巡察整改总体较好，但也存在一些不足：一是个别单位整改措施针对性不强，对问题根源剖析不够深入；二是部分整改任务需长期坚持，整改成效还需进一步巩固；"
              "三是有的单位对共性问题举一反三不够，同类问题在下属单位仍有发生。"),
        ("h", "四、下一步工作建议"),
        ("p", "一是持续加强整改日常监督，对尚未完成的6个问题实行“清单化”跟踪督办；二是适时对本轮被巡察单位开展整改评估，将评估结果作为领导班子考核的重要参考；"
              "三是强化巡察成果运用，对本轮巡察发现的公务用车、办公用房等共性问题，建议有关职能部门开展专项治理。"),
        ("pr", "中共青岚市委巡察工作领导小组办公室"),
        ("pr", "2024年1月15日"),
    ]
    write_docx(stem, blocks, header="青岚市委巡察办")
    finish(stem, kind="bulletin", title=title, issuer="中共青岚市委巡察工作领导小组办公室", date="2024-01-15",
           insp=[None, None, "2023-03-13", "2023-05-12", "2023-06-20"],
           headline={"problems_total": 43, "problems_done": 37, "rules_made": 28}, probs=probs, koi=1,
           anomalies=["(NEW) A 巡察办 report over one round that covers four inspected bodies with four groups: inspector and inspected null; period and feedback date are the round's.",
                      "Problems sit in 二、 under one （一）（二）（三）（四） section per inspected body; category = the body as printed in the heading; numbering restarts at 1 in each body.",
                      "Each problem '1.title。' then '整改情况：一是…' (measures); a single-sentence 整改情况 counts 1. No status words: status null.",
                      "Headline is the round's: 43 problems, 37 done, 28 rules. Per-body figures (14/12, 11/10 and 32 measures, 9/8, 9/7) and 11/9 leads, 86%, 17.3万元, 3/6 people are distractors.",
                      "三、 and 四、 have 一是…三是 lists that are not problems or measures."])


# ================================================================ 02 hospital bulletin, Word saved as web page (mso markup) (.html)
# Layout modelled on https://www.czs2y.com.cn/ywgk/501.html (中共…人民医院委员会关于巡察整改进展情况的通报: 一、组织整改落实情况
# （一）党委扛牢主体责任 一是…二是…三是… （二）书记履行第一责任人职责; 二、巡察反馈问题整改进展情况 （一）反馈问题：….  1.sub-topic。
# （1）item。 整改情况：一是…), written in full and saved from Word as a filtered web page (MsoNormal paragraphs, <o:p>, spans).
def _mso_p(text, bold=False, center=False, indent=True):
    style = "text-align:center;" if center else ("text-indent:32.0pt;" if indent else "")
    span = (f"<span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\"'>{text}"
            f"<span lang=EN-US><o:p></o:p></span></span>")
    if bold:
        span = f"<b style='mso-bidi-font-weight:normal'>{span}</b>"
    return f"<p class=MsoNormal style='{style}line-height:28.0pt;mso-line-height-rule:exactly'>{span}</p>"


def doc02():
    stem = "w13_02_hospital_word_saved_html"
    C1 = "巡察整改主体责任落实不到位，上轮巡察问题整改质效不高"
    C2 = "落实全面从严治党“两个责任”不够到位"
    C3 = "落实新时代党的组织路线有差距"
    C4 = "推动医院高质量发展存在差距"
    # each problem: its （1）（2） items are the measures (czs2y convention); each item has its own 整改情况
    probs = [
        (P(1, C1, "上轮巡察反馈问题整改不彻底", ["巡察整改台账销号把关不严", "部分整改制度执行不到位"]),
         ["一是对上轮巡察反馈的21个问题逐项复核，重新梳理未彻底整改问题3个。二是重新组织销号验收，实行“谁销号、谁签字、谁负责”。",
          "一是对上轮整改中新建的9项制度开展执行情况检查。二是将制度执行情况纳入科室目标管理考核。"]),
        (P(2, C1, "结余药品使用不规范", ["结余药品管理台账缺失"]),
         ["一是全面盘点病区结余药品，建立结余药品台账。二是药学部每月抽查台账，每季度向药事管理与药物治疗学委员会报告。三是对台账管理不到位的4个病区进行通报。"]),
        (P(1, C2, "医药购销领域风险防控不严", ["耗材遴选程序不规范", "医药代表接待管理不到位", "部分高值耗材使用监测缺位"]),
         ["一是修订《医用耗材遴选管理办法》，遴选全程实行纪检监督。二是对2022年以来新进耗材42种逐一复核。",
          "一是实行医药代表“定时、定点、定人”接待制度。二是在门诊和病区安装医药代表接待登记系统。",
          "一是上线高值耗材全流程追溯系统。二是对使用量排名前20的高值耗材实行月度点评。"]),
        (P(2, C2, "违反中央八项规定精神问题仍有发生", ["个别科室以会议名义违规聚餐"]),
         ["一是对涉及的2个科室负责人进行诫勉谈话，追缴违规费用0.86万元。二是开展违规吃喝问题专项整治，全院签订廉洁承诺书1326份。"]),
        (P(1, C3, "党支部建设不够规范", ["党支部设置与科室调整不同步", "支部书记“双带头人”比例偏低"]),
         ["一是按照“支部建在科室上”原则，党支部由11个调整为16个。二是同步完成支部换届选举。",
          "一是选优配强党支部书记，“双带头人”比例由54%提高到88%。二是开展党支部书记轮训2期。"]),
        (P(2, C3, "干部选拔任用不够规范", ["中层干部任前公示程序不完整"]),
         ["一是修订《中层干部选拔任用工作规程》，补齐任前公示、试用期考核程序。二是对2021年以来选任的中层干部档案逐一核查，补充完善材料17份。"]),
        (P(1, C4, "医疗质量安全管理存在短板", ["核心制度执行不严格", "院感防控措施落实不到位"]),
         ["一是开展十八项医疗质量安全核心制度专项督查，发现并整改问题58个。二是将核心制度执行情况纳入科室绩效考核。",
          "一是对全院重点部门开展院感防控专项检查4轮。二是配备专职院感管理人员3名，完善院感监测信息系统。"]),
        (P(2, C4, "便民服务措施落实不到位", ["门诊预约诊疗率偏低", "检查检验结果互认推进缓慢", "出院患者随访不规范"]),
         ["一是推行分时段预约诊疗，门诊预约诊疗率由47%提高到81%。二是开设“一站式”服务中心。",
          "一是落实市域检查检验结果互认，互认项目扩大到126项。二是在医生工作站嵌入互认提醒功能。",
          "一是制定出院患者随访管理制度。二是建立随访信息平台，随访率达到95%。"]),
    ]
    title = "中共青岚市第二人民医院委员会关于巡察整改进展情况的通报"
    ps = [_mso_p(title, bold=True, center=True), _mso_p("发布时间：2025-03-18", center=True),
          _mso_p("根据市委统一部署，2024年8月26日至11月22日，市委第四巡察组对青岚市第二人民医院党委进行了巡察。2024年12月20日，市委巡察组向青岚市第二人民医院党委反馈了巡察意见。"
                 "按照巡察工作有关要求，现将巡察整改进展情况予以公布。"),
          _mso_p("一、组织整改落实情况", bold=True),
          _mso_p("（一）党委扛牢主体责任。医院党委坚持把巡察整改作为当前重大政治任务。一是提高政治站位，扛牢整改责任。党委牵头成立整改工作领导小组，召开党委会议5次专题研究整改工作。"
                 "二是坚持问题导向，细化整改举措。对反馈的4个方面16个问题，制定整改措施49条，实行“清单式管理、项目化推进”。三是注重标本兼治，深化成果运用，推动整改成果转化为医院高质量发展的实际成效。"),
          _mso_p("（二）书记履行第一责任人职责。医院党委书记亲自部署重要工作、过问重大事项、协调重要环节、督办重要问题，主持召开整改推进会4次，建立销号落实与进展通报机制。"),
          _mso_p("（三）纪委履行监督责任。院纪委把督促巡察整改作为日常监督的重要内容，对整改进度滞后的3个职能科室发出提醒函，推动整改按时序推进。"),
          _mso_p("（四）班子成员落实“一岗双责”。班子成员按照分工认领整改任务，带领分管科室逐项推进，每月向整改工作领导小组报告分管领域整改进展；"
                 "对涉及多个科室的交叉问题，由牵头院领导召集协调会议，明确主责科室和配合科室，防止推诿扯皮。整改期间，班子成员深入临床科室督导整改36人次，"
                 "听取职工意见建议52条，推动解决了门诊停车难、职工就餐难等一批实际问题。"),
          _mso_p("（五）坚持开门整改。医院通过职工代表大会、院务公开栏、院内网站等渠道公开整改进展，接受全院职工和患者监督；"
                 "将巡察整改与医药领域腐败问题集中整治、改善就医感受提升患者体验主题活动一体推进，做到整改工作与医疗业务两不误、两促进。"),
          _mso_p("截至2025年2月底，巡察反馈的16个问题已完成整改13个，阶段性完成3个；49条整改措施已完成44条；建立完善制度19项。"),
          _mso_p("二、巡察反馈问题整改进展情况", bold=True)]
    last, k = None, 0
    for p, notes in probs:
        if p.cat != last:
            k += 1
            ps.append(_mso_p(f"（{cn(k)}）反馈问题：{p.cat}。", bold=True))
            last = p.cat
        ps.append(_mso_p(f"{p.seq}.{p.title}。"))
        block = []
        for i, (item, note) in enumerate(zip(p.measures, notes), 1):
            block += [f"（{i}）{item}。", f"整改情况：{note}"]
        recount_block("\n".join(block), r"(?m)^（\d+）", len(p.measures), p.title)
        ps += [_mso_p(b) for b in block]
    ps += [_mso_p("三、下一步工作打算", bold=True),
           _mso_p("医院党委将持续巩固巡察整改成果：一是对阶段性完成的3个问题盯住不放，确保2025年6月底前全部整改到位；二是建立整改成效评估机制，防止问题反弹回潮；"
                  "三是以巡察整改为契机，深化医药领域腐败问题集中整治，推动医院高质量发展。"),
           _mso_p("医院党委将坚持目标不变、标准不降、力度不减，把巡察整改同落实公立医院党委领导下的院长负责制、推进公立医院高质量发展结合起来，"
                  "同加强医院内部控制、规范医疗服务行为结合起来，以巡察整改的实际成效取信于职工、取信于患者。"),
           _mso_p("欢迎广大干部职工和群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0XXX-2236XXX；电子邮箱：eyxczg@example.cn；通信地址：青岚市健康路16号青岚市第二人民医院党委办公室。"),
           _mso_p("中共青岚市第二人民医院委员会", indent=False),
           _mso_p("2025年3月18日", indent=False)]
    html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
            "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n<meta name=ProgId content=Word.Document>\n"
            "<meta name=Generator content=\"Microsoft Word 15\">\n<title>" + title + "</title>\n"
            "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom></w:WordDocument></xml><![endif]-->\n"
            "<style>\n<!-- p.MsoNormal {mso-style-parent:\"\"; margin:0cm; text-align:justify; font-size:10.5pt;} "
            "@page WordSection1 {size:595.3pt 841.9pt; margin:72.0pt 90.0pt 72.0pt 90.0pt;} div.WordSection1 {page:WordSection1;} -->\n</style>\n"
            "</head>\n<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n<div class=WordSection1 style='layout-grid:15.6pt'>\n"
            + "\n".join(ps) + "\n</div>\n</body>\n</html>\n")
    (OUT / f"{stem}.html").write_text(html, encoding="utf-8")
    finish(stem, kind="bulletin", title=title, issuer="中共青岚市第二人民医院委员会", date="2025-03-18",
           insp=["市委第四巡察组", "青岚市第二人民医院党委", "2024-08-26", "2024-11-22", "2024-12-20"],
           headline={"problems_total": 16, "problems_done": 13, "measures_total": 49, "measures_done": 44, "rules_made": 19},
           probs=[p for p, _ in probs], koi=4,
           anomalies=["Word document saved as a web page: MsoNormal paragraphs, <o:p></o:p>, nested spans with mso styles, a conditional-comment xml block.",
                      "一、 is how the work was organised (its 一是…三是 are not measures); problems are in 二、 under '（一）反馈问题：….' headings; category = the words after '反馈问题：' without the 。 (czs2y convention).",
                      "Problem '1.title。' holds sub-items '（1）…。' each followed by '整改情况：一是…'; the （1） items are its measures (czs2y/wuch convention), so the 一是/二是 inside each 整改情况 are not counted.",
                      "Numbering restarts at 1 in each category. No per-problem status: null. Headline 16/13 problems (8 listed), 49/44 measures, 19 rules; 5/4/3 meetings and units, 21/9/42 etc. are distractors."])


# ================================================================ 03 audit rectification report to the people's congress, amounts (.pdf)
# Layout modelled on https://saintpaulhem.com/sjj/nvsjj/qtzcwj/202302/273de8e3afaa43dabcc2e9a6ba831a20.shtml (受省政府委托…关于20XX年度
# 省级预算执行和其他财政收支审计查出问题整改情况的报告; 共反映N个问题，截至…已整改M个，整改率X%; 一、省级财政管理审计查出问题的整改情况
# （一）关于…的问题。对…问题，…。对…问题，…), written as a county's full report with amounts in every paragraph.
def doc03():
    stem = "w13_03_audit_rectification_report_pdf"
    A = "县本级财政管理审计查出问题的整改情况"
    B = "部门预算执行审计查出问题的整改情况"
    D = "重点民生资金和项目审计查出问题的整改情况"
    txt = {
        "预算编制不够完整": "对3项政府性基金收入未编入年初预算问题，县财政局已在2024年预算调整中全部编入，涉及金额4268.5万元。对部分专项资金未细化到具体项目问题，县财政局修订《县级专项资金管理办法》，要求年初预算细化率不低于80%，2024年专项资金年初细化率达到86.2%。",
        "财政资金统筹盘活不到位": "对结转两年以上资金未收回统筹问题，县财政局已收回统筹结转资金2316.74万元，统筹用于教育、养老等民生领域；对12个单位实有资金账户沉淀资金问题，已清理归并账户9个，上缴国库资金587.3万元。",
        "政府债务管理有待加强": "对部分专项债券资金闲置问题，县发展改革委、县财政局调整债券资金用途1.2亿元，已全部支出；对债券项目收益未及时归集问题，已归集项目收益932.6万元，建立专项债券项目收益季度归集制度。",
        "部分单位超范围支出": "对4个单位超范围列支接待费、会议费问题，相关单位已通过调账、退回等方式整改，涉及金额38.62万元，并对2名相关责任人进行了提醒谈话。",
        "政府采购程序不规范": "对7个单位应招标未招标、化整为零规避采购问题，县财政局已责令相关单位整改，对涉及的6个采购项目重新履行采购程序，涉及金额614.8万元；县财政局开展政府采购专项检查，建立采购项目事前备案制度。",
        "国有资产管理不规范": "对5个单位固定资产未入账问题，相关单位已补记固定资产1862.4万元；对出租房产未纳入公开招租问题，已收回出租房产3处，重新公开招租，年租金增加21.5万元。",
        "农村饮水安全工程建设管理存在薄弱环节": "对11处农村供水工程建成后未及时移交运维问题，县水利局已全部完成移交并落实管护主体；对工程结算审核不严、多计工程款问题，已追回多计工程款73.26万元。",
        "养老服务补贴发放不精准": "对向已故人员、不符合条件人员发放养老服务补贴问题，县民政局已追回补贴资金12.48万元，与县公安局、县医保局建立数据比对共享机制，每月开展一次比对核查。",
        "高标准农田建设项目推进缓慢": "对2个高标准农田建设项目未按期完工问题，县农业农村局已督促施工单位加快进度，1个项目已完工验收，另1个项目完成投资的92%，预计2025年3月底完工；对项目管护资金未落实问题，县财政已安排管护资金160万元。",
        "就业补助资金发放审核不严": "对向不符合条件的企业和个人发放社会保险补贴、职业培训补贴问题，县人力资源和社会保障局已追回补贴资金26.91万元，对2家虚报培训人数的培训机构取消定点资格，并完善补贴申领信息比对流程。",
        "国有企业法人治理结构不健全": "对县城投集团、县交投公司董事会、监事会设置不规范问题，县国资中心已督促两家企业修订公司章程，配齐外部董事4名，建立董事会向经理层授权管理制度。",
        "国有企业对外担保和借款风险管控不严": "对县城投集团未经审批对民营企业提供借款问题，县城投集团已收回借款本息1580.6万元；对超范围对外担保问题，已解除担保合同2份，涉及金额9000万元，并建立对外担保事前审批和风险评估制度。",
        "国有资本收益未及时足额上缴": "对县属国有企业2022年度国有资本收益未按规定上缴问题，相关企业已上缴国有资本收益436.2万元，县财政局、县国资中心联合印发国有资本收益收缴管理办法。",
    }
    E = "县属国有企业审计查出问题的整改情况"
    cats = [(A, list(txt)[:3]), (B, list(txt)[3:6]), (D, list(txt)[6:10]), (E, list(txt)[10:])]
    probs, blocks = [], []
    title = "关于2023年度县本级预算执行和其他财政收支审计查出问题整改情况的报告"
    blocks += [("title", title),
               ("p", "——2024年12月26日在东坪县第十八届人民代表大会常务委员会第二十三次会议上"),
               ("p", "东坪县审计局局长　周明远"),
               ("p", "（书面）"),
               ("p", "主任、各位副主任、各位委员："),
               ("p", "受县人民政府委托，我向县人大常委会报告2023年度县本级预算执行和其他财政收支审计查出问题的整改情况，请予审议。"),
               ("p", "2024年8月28日，县人大常委会听取和审议了县审计局受县人民政府委托所作的审计工作报告，对反映的问题提出了整改要求。县人民政府高度重视审计查出问题整改工作，"
                     "召开县政府常务会议专题研究部署，要求各部门单位压实整改责任，做好审计“下半篇文章”。县审计局建立审计整改台账，实行清单化管理、销号式推进，对整改情况逐项跟踪检查。"
                     "县人大常委会预算工作委员会提前介入，对重点部门整改情况开展跟踪监督；县纪委监委、县委组织部把审计整改情况作为监督检查和干部考核的重要内容，形成了整改合力。"),
               ("p", "各部门单位认真落实整改主体责任，主要负责人亲自部署、亲自督办，对照审计报告逐项制定整改措施，能立即整改的立行立改，需要分阶段整改的明确时间表和路线图，"
                     "并注重举一反三，从制度层面堵塞管理漏洞。"),
               ("p", "审计工作报告共反映问题68个，涉及问题金额3.87亿元。截至2024年11月底，已整改58个，整改率85.3%；通过上缴财政、归还原渠道、调账等方式整改问题金额3.21亿元；"
                     "有关部门单位制定完善规章制度17项，对5人进行了提醒谈话或诫勉。现将整改情况报告如下：")]
    n = 0
    for k, (cat, keys) in enumerate(cats, 1):
        blocks.append(("h", f"{cn(k)}、{cat}"))
        for j, key in enumerate(keys, 1):
            n += 1
            probs.append(P(j, cat, key, [txt[key]]))
            blocks.append(("p", f"（{cn(j)}）关于{key}的问题。"))
            blocks.append(("p", txt[key]))
    blocks += [("h", "五、尚未完成整改的问题及下一步工作"),
               ("p", "截至2024年11月底，尚有10个问题正在整改中，主要原因：一是部分问题涉及历史遗留因素，需要多部门协同推进；二是部分工程项目建设周期较长，整改需要一定时间；"
                     "三是个别单位资金紧张，短期内难以全部归还原渠道。对上述问题，县人民政府将督促有关部门单位制定整改计划，明确整改时限，确保2025年6月底前整改到位。"
                     "县审计局将持续跟踪督促整改，对整改不力、敷衍整改的，按规定移送有关部门追责问责。"),
               ("p", "主任、各位副主任、各位委员，我们将在县委的坚强领导下，自觉接受县人大的监督，持续抓好审计查出问题整改，不断提升财政资金使用绩效，为全县经济社会高质量发展作出新的贡献。"),
               ("p", "以上报告，请予审议。"),
               ("pr", "东坪县审计局"), ("pr", "2024年12月26日")]
    write_pdf(stem, blocks, header="东坪县人大常委会会议文件")
    finish(stem, kind="bulletin", title=title, issuer="东坪县审计局", date="2024-12-26",
           insp=["东坪县审计局", None, None, None, None],
           headline={"problems_total": 68, "problems_done": 58, "rules_made": 17}, probs=probs, koi=5,
           anomalies=["Audit rectification report read to the county people's congress (.pdf from Word): a '——date在…会议上' line and the reporter's name under the title.",
                      "Problems are '（一）关于…的问题。' under 一、…四、 '…审计查出问题的整改情况' categories; title without the '关于…的问题' wrapper (jiangxi_audit_2021 convention); each is one paragraph of '对…问题，…' sentences, counted as 1 measure.",
                      "Inspector = the audit office (东坪县审计局), inspected null; no period or feedback date; 2024-08-28 is the congress hearing, not a feedback date.",
                      "Headline 68 problems, 58 done, 17 rules; amounts (3.87亿元, 3.21亿元, 4268.5万元 …), 85.3%, 10 unfinished, 5 people are distractors. Section 五 has 一是…三是 causes, not problems."])


# ================================================================ 04 督察 rectification report, problems only in the attachment table (.xlsx)
# Layout modelled on http://cjckcn.com/hb/20136.html (督察整改方案围绕督察反馈意见…逐一明确责任单位和完成时限，实行拉条挂账、督办落实、
# 办结销号; 共明确整改任务N项…截至…已完成M项), written as a county's report whose workbook holds the report text on one sheet and
# the 整改任务清单 (序号 | 督察反馈问题 | 整改措施 | 责任单位 | 完成时限 | 整改进展) on the next.
def doc04():
    stem = "w13_04_ducha_attachment_table_xlsx"
    S = {"done": "已完成", "in_progress": "序时推进", "long_term": "长期坚持"}
    probs = [
        P(1, None, "县城污水处理厂提标改造滞后，出水总氮不能稳定达标", ["完成提标改造工程，新增深度处理单元", "安装总氮在线监测设备并与生态环境部门联网"], "done", ["县住房和城乡建设局", "县城投集团"], "2023年6月底", "num"),
        P(2, None, "黄泥河流域畜禽养殖污染问题突出，部分养殖场粪污直排", ["关闭禁养区内养殖场17家", "对保留的43家规模养殖场配套建设粪污处理设施", "建立畜禽粪污资源化利用台账"], "done", ["县农业农村局", "沿河各乡镇人民政府"], "2023年9月底", "num"),
        P(3, None, "工业园区集中供热未全覆盖，企业自备燃煤锅炉仍在使用", ["建成园区集中供热管网12.6公里", "淘汰企业自备燃煤锅炉21台"], "in_progress", ["县经济开发区管委会", "县发展和改革局"], "2024年10月底", "num"),
        P(4, None, "砂石开采生态修复不到位，部分矿区裸露", ["编制矿山生态修复方案", "完成修复治理面积46.2公顷", "对未履行修复义务的2家企业依法处罚"], "in_progress", ["县自然资源局"], "2024年12月底", "num"),
        P(5, None, "建筑垃圾乱堆乱倒，消纳场所建设滞后", ["建成建筑垃圾消纳场1处", "清理历史堆存建筑垃圾3.8万立方米"], "done", ["县城市管理局"], "2023年12月底", "num"),
        P(6, None, "生态环境执法偏软，“一罚了之”现象突出", ["制定生态环境行政处罚裁量基准", "开展执法稽查，对执法不严的1名执法人员进行约谈"], "long_term", ["市生态环境局东坪分局"], "长期坚持", "num"),
        P(7, None, "饮用水水源保护区内违章建筑未清理", ["拆除一级保护区内违章建筑9处", "设置隔离防护网4.3公里和警示标志"], "done", ["县水利局", "青石镇人民政府"], "2023年8月底", "num"),
        P(8, None, "农村生活垃圾收运体系不健全，部分村庄垃圾积存", ["推行“村收集、镇转运、县处理”模式", "配置垃圾转运车辆14台", "将收运情况纳入乡镇考核"], "in_progress", ["县城市管理局", "各乡镇人民政府"], "2024年6月底", "num"),
        P(9, None, "城区餐饮油烟扰民投诉多发，部分餐饮单位未安装油烟净化设施", ["对城区餐饮单位开展油烟专项整治，督促安装净化设施312家", "建立餐饮油烟投诉快速处置机制"], "done", ["县城市管理局", "市生态环境局东坪分局"], "2023年10月底", "num"),
        P(10, None, "危险废物规范化管理水平不高，部分企业台账不全", ["对产废企业开展规范化管理评估，督促整改问题64个", "推行危险废物电子转移联单", "对3家违法企业立案处罚"], "done", ["市生态环境局东坪分局"], "2023年11月底", "num"),
        P(11, None, "黄泥河入河排污口排查整治滞后", ["完成入河排污口排查，建立“一口一档”", "完成整治排污口38个"], "in_progress", ["市生态环境局东坪分局", "县水利局"], "2024年12月底", "num"),
        P(12, None, "秸秆露天焚烧问题屡禁不止", ["落实县乡村三级网格化监管责任", "推广秸秆综合利用，综合利用率达到93%"], "long_term", ["县农业农村局", "各乡镇人民政府"], "长期坚持", "num"),
        P(13, None, "城镇污水管网雨污混接错接问题突出", ["开展城区雨污混接错接排查，改造混接点位126处", "新建雨污分流管网8.7公里"], "in_progress", ["县住房和城乡建设局"], "2024年9月底", "num"),
        P(14, None, "自然保护区内违规建设项目未清理到位", ["拆除保护区实验区内违规建筑5处", "完成迹地生态修复3.2公顷"], "done", ["县林业局", "白溪乡人民政府"], "2023年12月底", "num"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整改情况报告"
    title = "东坪县贯彻落实省生态环境保护督察反馈意见整改情况的报告"
    paras = [title,
             "省生态环境保护督察整改工作领导小组办公室：",
             "2022年11月7日至12月7日，省第二生态环境保护督察组对我县开展了生态环境保护督察，并于2023年2月24日向我县反馈了督察意见。县委、县政府把督察整改作为重大政治任务，"
             "围绕督察反馈意见研究确定整改目标、主要任务和具体措施，逐一明确责任单位和完成时限，实行拉条挂账、督办落实、办结销号。现将整改情况报告如下。",
             "一、整改工作推进情况",
             "县委常委会会议、县政府常务会议先后9次专题研究督察整改工作，县级领导包案督办重点问题，县督察整改办实行“一月一调度、一季一通报”，对进度滞后的3个单位下发督办函。"
             "整改以来，全县累计投入整改资金3.46亿元，实施整改工程项目27个。",
             "整改中，我县聚焦水环境、大气环境、土壤和固体废物、生态保护四个领域，实施了一批打基础、管长远的工程项目：建成县城污水处理厂提标改造工程和工业园区集中供热工程，"
             "新建和改造污水管网34.5公里，完成矿山生态修复46.2公顷。2023年全县PM2.5平均浓度为33微克/立方米，同比下降5.7%；黄泥河出境断面水质稳定达到Ⅲ类。",
             "二、整改任务完成情况",
             "督察反馈意见涉及我县的整改任务共14项，截至2024年3月底，已完成7项，长期坚持2项，其余5项正按序时进度推进。督察期间交办的216件信访件已全部办结。"
             "整改期间，全县出台《东坪县生态环境保护督察整改销号办法》等制度文件9项。具体整改进展见附件。",
             "在整改中，我县坚持“当下改”与“长久立”相结合：一是健全督察整改责任体系，县级领导分片包干，责任单位“一把手”亲自抓；二是实行整改销号闭环管理，"
             "整改完成后由责任单位自验、行业主管部门初验、县督察整改办组织验收，经公示无异议后销号；三是强化考核问责，将督察整改纳入年度综合考核，对整改不力的2名干部进行约谈。",
             "三、存在的困难和问题",
             "对照督察整改要求，我县整改工作仍存在一些困难和问题：部分整改任务工程量大、建设周期长，如工业园区集中供热、城镇污水管网雨污分流改造等，需要跨年度推进；"
             "部分乡镇生态环境监管力量薄弱，基层发现问题、解决问题的能力不足；整改资金缺口较大，县级财政压力较重。对此，我县将积极争取上级资金支持，统筹整合各类资金，优先保障督察整改项目。",
             "四、下一步工作",
             "对尚未完成的整改任务，逐项倒排工期、挂图作战，确保按期完成；对已完成的整改任务，适时开展“回头看”，防止问题反弹；对需要长期坚持的任务，建立常态化监管机制。",
             "同时，我县将以督察整改为契机，深入打好蓝天、碧水、净土保卫战，加快推进产业结构、能源结构、交通运输结构调整，持续改善生态环境质量，"
             "确保2024年PM2.5平均浓度控制在32微克/立方米以内，国省考断面水质优良比例保持100%，以生态环境高水平保护推动经济社会高质量发展。",
             "特此报告。",
             "附件：东坪县贯彻落实省生态环境保护督察反馈意见整改任务清单",
             "东坪县人民政府",
             "2024年4月8日"]
    for i, t in enumerate(paras, 1):
        ws.cell(row=i, column=1, value=t)
    ws.column_dimensions["A"].width = 120
    ws2 = wb.create_sheet("附件")
    ws2.append(["附件"])
    ws2.append(["东坪县贯彻落实省生态环境保护督察反馈意见整改任务清单"])
    ws2.append(["序号", "督察反馈问题", "整改措施", "责任单位", "完成时限", "整改进展"])
    for p in probs:
        cell = p.mtext("\n")
        recount_block(cell, r"(?m)^\d+\.", len(p.measures), p.title)
        ws2.append([p.seq, p.title, cell, "、".join(p.units), p.deadline, S[p.status]])
    ws2.append(["注：整改进展统计截至2024年3月31日；已完成的整改任务均经县督察整改办组织验收并在县政府网站公示。"])
    wb.save(OUT / f"{stem}.xlsx")
    finish(stem, kind="bulletin", title=title, issuer="东坪县人民政府", date="2024-04-08",
           insp=["省第二生态环境保护督察组", "东坪县", "2022-11-07", "2022-12-07", "2023-02-24"],
           headline={"problems_total": 14, "problems_done": 7, "rules_made": 9}, probs=probs, koi=6,
           anomalies=["Workbook (.xlsx): sheet 1 holds the report text one paragraph per row in column A; sheet 2 '附件' holds the task table.",
                      "Problems sit only in the attachment table: 序号 | 督察反馈问题 | 整改措施 ('1.…' lines in one cell) | 责任单位 (split on 、) | 完成时限 | 整改进展; no category rows: category null.",
                      "(NEW) Status from the 整改进展 column: 已完成 -> done, 序时推进 -> in_progress, 长期坚持 -> long_term; 完成时限 is the deadline as written ('长期坚持' too).",
                      "Headline 14 tasks, 7 done, 9 rules; 216 信访件, 3.46亿元, 27 projects, 9 meetings, 3 units are distractors."])


# ================================================================ 05 check 督查通报, problems by place with （责任单位：…） (.txt UTF-8)
# Layout modelled on https://777doc.com/doc-6254896.html (城乡环境卫生整治情况督查通报: 督查组…对各乡镇、县直…单位进行了现场督查，现将有关
# 情况通报如下。一、工作开展情况 (units doing well named) 二、存在的问题 一是思想认识还不到位… units named), written with the
# problems found listed place by place, each item ending in （责任单位：…）, then 三、整改要求 with a deadline for all.
class Found(Prob):
    """A problem found by a check, nothing done yet: its second count is the empty measure text's, 0."""
    def recount(self) -> int:
        return 0 if not self.measures else super().recount()


def doc05():
    stem = "w13_05_check_notice_by_place_txt"
    places = {
        "青石镇": [("镇区农贸市场周边占道经营、流动摊贩聚集，垃圾随意丢弃", ["青石镇人民政府", "县市场监督管理局"]),
                 ("省道S218青石段两侧堆放建筑垃圾和生活垃圾，路肩杂草丛生", ["青石镇人民政府", "县交通运输局"]),
                 ("下河村生活污水沿沟直排，沟渠淤积发臭", ["青石镇人民政府"])],
        "白溪乡": [("乡政府驻地公厕保洁不及时，设施损坏未修复", ["白溪乡人民政府"]),
                 ("白溪河沿岸漂浮垃圾未打捞，河滩存在焚烧垃圾痕迹", ["白溪乡人民政府", "县水利局"]),
                 ("部分村组垃圾收集点满溢，转运不及时", ["白溪乡人民政府", "县城市管理局"])],
        "县城区": [("人民路、建设路沿街商户“门前三包”落实不到位，店外经营现象突出", ["县城市管理局"]),
                ("城北农贸市场内部排水沟堵塞，禽类宰杀区污水外溢，异味明显", ["县市场监督管理局", "县城市管理局"]),
                ("老城区部分小区楼道堆放杂物，绿化带内种菜现象普遍", ["县住房和城乡建设局", "县城市管理局"]),
                ("县汽车站周边车辆乱停乱放，出租车候客秩序混乱", ["县公安局交警大队", "县交通运输局"])],
        "柳河镇": [("集镇背街小巷卫生死角多，垃圾桶破损缺失", ["柳河镇人民政府"]),
                 ("柳河镇中心学校周边流动摊点占道经营，食品卫生安全隐患突出", ["柳河镇人民政府", "县市场监督管理局", "县教育局"]),
                 ("柳河大桥下河道内堆放养殖废弃物", ["柳河镇人民政府", "县农业农村局"])],
        "县经济开发区": [("园区道路两侧企业围墙外堆放工业固废和包装废弃物", ["县经济开发区管委会"]),
                    ("园区部分企业门前“三包”责任牌缺失，绿化带管护不到位", ["县经济开发区管委会", "县住房和城乡建设局"]),
                    ("园区污水管网检查井冒溢，周边路面污水横流", ["县经济开发区管委会", "县城投集团"])],
        "县直单位": [("县农业农村局、县林业局未按要求组织干部职工参加责任区清扫活动", ["县农业农村局", "县林业局"]),
                 ("部分单位办公区域周边绿化带内烟头、纸屑较多，机动车乱停放", ["县机关事务服务中心"])],
    }
    probs, lines = [], []
    for k, (pl, items) in enumerate(places.items(), 1):
        lines.append(f"（{cn(k)}）{pl}")
        for j, (t, units) in enumerate(items, 1):
            probs.append(Found(j, pl, t, [], None, units))
            lines.append(f"{j}.{t}。（责任单位：{'、'.join(units)}）")
    title = "关于全县城乡环境卫生整治工作督查情况的通报"
    text = f"""东坪县城乡环境综合整治工作领导小组办公室文件

东环整办〔2024〕6号

{title}

各乡镇党委和人民政府，县委各部门，县级国家机关各部门，各人民团体：

为推动全县城乡环境卫生整治工作向纵深开展，根据县委、县政府主要领导安排，2024年4月15日至4月19日，县城乡环境综合整治工作领导小组办公室会同县委督查室、县政府督查室组成3个督查组，采取明查暗访、随机抽查的方式，对全县12个乡镇、县城区主要街道和县直单位责任区环境卫生整治情况进行了现场督查，共抽查行政村36个、街道18条、农贸市场9个。现将有关情况通报如下。

一、工作开展情况

自全县城乡环境卫生整治行动启动以来，大部分乡镇和单位高度重视、组织得力、行动迅速，能够按照县委、县政府要求，由主要负责人亲自带队开展整治，城乡环境面貌明显改善。累计清理生活垃圾1.26万吨、河道漂浮物3200余立方米，拆除违章搭建147处，规范店外经营586户。其中，观音桥镇、县教育局、县卫生健康局、县税务局等乡镇和单位工作扎实，效果明显，予以通报表扬。

观音桥镇推行“党员包片、干部包街、群众包户”责任体系，组建志愿服务队12支，集镇环境实现常态化保洁；县教育局组织全县中小学开展“小手拉大手”环境卫生宣传活动，发放倡议书2.3万份；县卫生健康局结合爱国卫生运动，对医疗机构周边环境开展集中整治，清理卫生死角64处；县税务局主动认领责任路段，每周组织干部职工清扫两次。上述做法值得各地各单位学习借鉴。

同时，督查也发现，各乡镇之间、城乡之间整治工作进展不平衡：部分乡镇集镇区域面貌改善明显，但村庄特别是偏远村组整治力度不够；部分县直单位责任区清扫“一阵风”，督查前突击清扫、督查后恢复原样；个别乡镇保洁经费未按标准落实，保洁人员配备不足，垃圾转运车辆老化，影响了整治效果。

二、存在的问题

从督查情况看，部分乡镇和单位仍然存在思想认识不到位、整治标准不高、长效机制不健全等问题，有的地方整治工作流于形式，垃圾“前清后乱”现象较为普遍。督查组现场拍摄问题照片213张，逐一反馈各责任单位，并对部分问题现场交办、限时整改。对督查中发现的问题，各责任单位要高度重视，主要负责人要亲自研究、亲自部署，不得以任何理由推诿拖延。具体问题如下：

{chr(10).join(lines)}

从排名情况看，乡镇末位为白溪乡，县直单位末位为县农业农村局，请末位单位主要负责人于5日内向县城乡环境综合整治工作领导小组作出书面说明。

三、整改要求

（一）立即整改到位。各责任单位要对照本通报指出的问题，举一反三、全面排查，逐项建立整改台账，明确整改责任人和整改措施，于2024年5月10日前整改到位，并将整改情况书面报送县城乡环境综合整治工作领导小组办公室。
（二）建立长效机制，巩固整治成果。各乡镇要落实“门前三包”和网格化管理责任，健全保洁队伍，配齐保洁设施，做到垃圾日产日清；县直各单位要落实责任区包保制度，每周至少组织一次集中清扫。县城市管理局、县住房和城乡建设局、县交通运输局、县水利局等职能部门要加强行业监管，对重点区域、重点路段实行定人、定岗、定责管理。
（三）加强宣传引导。各乡镇、各单位要充分利用村（居）民会议、宣传栏、微信群等载体，广泛宣传环境卫生整治的意义和要求，引导群众自觉参与，形成人人参与、共建共享的良好氛围。
（四）强化督查问责。县城乡环境综合整治工作领导小组办公室将适时开展“回头看”，对整改不力、问题反弹的，按规定提请县纪委监委追责问责，并纳入年度综合考核。督查结果每月通报一次，并在县融媒体中心“曝光台”栏目对典型问题予以曝光，接受社会监督。

联系人：县城乡环境综合整治工作领导小组办公室督查科，联系电话：0XXX-5521XXX，电子邮箱：dphjzz@example.cn。

东坪县城乡环境综合整治工作领导小组办公室
2024年4月24日

抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室，县纪委监委。
东坪县城乡环境综合整治工作领导小组办公室　　2024年4月24日印发
"""
    for p in probs:
        assert p.measures == [] and f"{p.seq}.{p.title}。（责任单位：" in text
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    finish(stem, kind=None, title=title, issuer="东坪县城乡环境综合整治工作领导小组办公室", date="2024-04-24",
           insp=["东坪县城乡环境综合整治工作领导小组办公室", None, "2024-04-15", "2024-04-19", None],
           headline={}, probs=probs, koi=8,
           anomalies=["A check 通报 (not a progress bulletin nor a plan): kind null (kxc_market notice convention); document-number line and 文件 header before the title.",
                      "Problems under 二、存在的问题, by place: （一）青石镇 … （六）县直单位; category = the place; numbering restarts at 1 per place.",
                      "Each item ends '（责任单位：…）' split on 、; measures 0 (a problem found, nothing done yet); status null; the common deadline in 三、 (2024年5月10日前) is not set on each problem.",
                      "Inspector = the issuing 领导小组办公室 (it ran the check with the 督查室s); the check period 4月15日至4月19日 is start/end; inspected null (many bodies).",
                      "Figures in 一、 (1.26万吨, 3200, 147, 586, 12/36/18/9 places) are not headline figures."])


# ================================================================ 06 巡察“回头看” rectification report (.docx)
# Layout modelled on http://fazhish.org.cn/show-420100.html (巡察“回头看”: 看主体责任是否履行、反馈问题是否见底、追责问责是否严肃、整改成效
# 是否明显; 老问题有没有复发, 未发现的问题“再发现”), written as the inspected bureau's report on the 回头看 feedback: problems grouped by
# the 回头看's four questions, each '1.title' / '整改措施：（1）…' / '整改结果：…', then a section of newly found problems.
def doc06():
    stem = "w13_06_huitoukan_report_docx"
    C1, C2, C3, C4 = "整改主体责任履行方面", "反馈问题整改见底方面", "追责问责方面", "回头看新发现问题"
    W = {"done": "已完成", "in_progress": "正在推进", "long_term": "长期坚持"}
    probs = [
        P(1, C1, "党组对巡察整改研究部署不经常，整改工作领导小组作用发挥不充分", ["党组会议每季度至少专题研究一次巡察整改工作", "调整充实整改工作领导小组，明确办公室设在办公室"], "done", style="paren"),
        P(2, C1, "班子成员对分管领域整改督促不力", ["建立班子成员整改责任清单，实行季度报告"], "done", style="paren"),
        P(1, C2, "高标准农田建设项目管护问题整改停留在制度层面", ["对2019年以来建成的高标准农田项目逐一排查管护情况", "落实管护经费96万元，明确管护主体", "将管护情况纳入乡镇考核"], "in_progress", style="paren"),
        P(2, C2, "惠农补贴“一卡通”问题整改后出现反弹", ["开展惠农补贴资金专项清理，追回违规发放资金4.37万元", "与县财政局建立补贴发放数据比对机制"], "done", style="paren"),
        P(3, C2, "农机购置补贴审核把关不严问题整改不彻底", ["修订农机购置补贴操作规程，实行“见机见人”核验", "对2021年以来补贴机具开展抽查"], "long_term", style="paren"),
        P(4, C2, "农村人居环境整治项目资金拨付滞后问题仍未解决", ["对2022年以来人居环境整治项目资金拨付情况逐项清理", "已拨付滞留资金318万元", "建立项目资金拨付进度月报制度"], "done", style="paren"),
        P(5, C2, "动物防疫物资管理不规范问题整改流于形式", ["重新盘点县乡两级防疫物资库存，补建出入库台账", "实行防疫物资“双人双锁”管理"], "done", style="paren"),
        P(1, C3, "对上轮巡察移交问题线索处置后续跟踪不够，责任追究偏轻偏软", ["配合县纪委监委对2起问题重新核查", "对负有责任的3名干部进行诫勉谈话"], "done", style="paren"),
        P(2, C3, "对整改不力的股室和下属单位缺乏追责问责措施", ["制定《巡察整改责任追究办法》", "对整改进度滞后的2个股室负责人进行约谈"], "in_progress", style="paren"),
        P(1, C4, "下属事业单位违规列支工会经费", ["清退违规列支经费2.15万元", "修订工会经费使用管理办法"], "done", style="paren"),
        P(2, C4, "农村集体“三资”监管指导不到位，部分村集体合同管理混乱", ["开展农村集体经济合同专项清理，清理合同412份", "规范合同签订、备案、履约管理"], "in_progress", style="paren"),
        P(3, C4, "部分惠农项目公示不规范，群众知晓率低", ["在县政府网站和村务公开栏公示惠农项目167个", "建立惠农项目公示抽查制度"], "done", style="paren"),
    ]
    title = "中共东坪县农业农村局党组关于县委巡察“回头看”反馈意见整改情况的报告"
    blocks = [("title", title), ("p", "县委巡察工作领导小组："),
              ("p", "按照县委统一部署，2024年5月13日至6月7日，县委第二巡察组对县农业农村局党组开展了巡察“回头看”，重点了解上轮巡察整改责任落实、问题整改落实、成果运用情况，"
                    "看主体责任是否履行、反馈问题是否见底、追责问责是否严肃、整改成效是否明显，同时对上轮巡察未发现的问题“再发现”。2024年7月16日，县委第二巡察组向局党组反馈了“回头看”意见。"
                    "局党组诚恳接受、照单全收，把“回头看”整改作为检验上轮巡察整改成效、推动全面从严治党向纵深发展的重要契机，现将整改情况报告如下。"),
              ("p", "“回头看”反馈指出，局党组对上轮巡察整改总体重视，大部分问题得到整改，但仍存在整改主体责任履行不到位、部分反馈问题整改不见底、追责问责不够严肃等问题，"
                    "同时发现了下属事业单位违规列支工会经费、农村集体“三资”监管指导不到位等新问题。反馈意见实事求是、切中要害，局党组全盘认领、坚决整改。"),
              ("h", "一、整改工作开展情况"),
              ("p", "局党组召开专题会议传达学习反馈意见，成立由党组书记任组长的整改工作领导小组，制定整改方案，将“回头看”反馈的3个方面9个问题和新发现的3个问题细化为31项整改措施，"
                    "逐项明确责任领导、责任股室和完成时限。党组书记认真履行第一责任人职责，先后主持召开整改推进会3次，对重点问题亲自过问、亲自督办。"),
              ("p", "局党组把“回头看”整改与上轮巡察整改统筹起来，对上轮巡察反馈的18个问题逐一“再检视”，对已销号的问题组织“再验收”，对整改不到位、出现反弹的问题重新挂账、重新整改，"
                    "确保老问题不反弹、新问题不发生，真正做到真改实改、全面整改。驻局纪检监察组全程参与整改监督，对整改方案和整改台账逐项审核，提出修改意见6条。"),
              ("p", "截至2024年10月底，12个问题已完成整改8个，正在推进3个，长期坚持1个；31项整改措施已完成27项；新建和修订制度7项。"),
              ("p", "在整改中，局党组坚持“当下改”与“长久立”相结合，对“回头看”指出的老问题复发、整改不见底等情况深刻反思，逐项剖析原因：一是对巡察整改长期性、艰巨性认识不足，"
                    "存在“过关”思想；二是整改日常监督跟进不够，销号后缺乏跟踪问效；三是追责问责不严，没有形成有力震慑。针对这些原因，局党组建立整改问题“季度回访”制度，"
                    "对已销号问题每季度抽查一次，发现反弹的重新挂账整改。"),
              ("p", "坚持开门整改，局党组通过召开干部职工座谈会、走访种养大户和村“两委”干部等方式，广泛听取对整改工作的意见建议，收集意见建议29条，已全部办理反馈。同时，局党组把整改情况纳入年度党建工作述职评议内容和干部年度考核，对股室和下属单位整改情况实行量化打分，打分结果与评先评优挂钩。"),
              ("h", "二、反馈问题整改情况")]
    k = 0
    last = None
    for p in probs:
        if p.cat != last:
            k += 1
            blocks.append(("h", f"（{cn(k)}）{p.cat}"))
            last = p.cat
        blocks.append(("p", f"{p.seq}.{p.title}。"))
        mt = p.mtext()
        recount_block(mt, r"（\d+）", len(p.measures) if len(p.measures) > 1 else 0, p.title)
        blocks.append(("p", "整改措施：" + mt))
        blocks.append(("p", "整改结果：" + W[p.status]))
    blocks += [("h", "三、整改成效"),
               ("p", "通过“回头看”整改，局党组管党治党责任进一步压实，干部作风进一步转变，农业农村重点工作有力推进。2024年全县粮食播种面积稳定在52.6万亩，"
                     "新建高标准农田3.2万亩，农村居民人均可支配收入同比增长7.1%；惠农补贴发放实现“一卡通”全覆盖，群众对惠农政策落实的满意度明显提升。"),
               ("h", "四、下一步打算"),
               ("p", "一是对正在推进的3个问题持续跟踪，确保按期完成；二是对长期坚持的问题建立常态化监管机制；三是举一反三，防止已整改问题反弹回潮。"
                     "局党组将把巡察“回头看”整改与党纪学习教育、群众身边不正之风和腐败问题集中整治结合起来，以整改实效推动全县农业农村工作高质量发展。"
                     "对整改中发现的新问题，将及时研究、动态调整整改措施，确保反馈问题全部整改到位。"),
               ("pr", "中共东坪县农业农村局党组"), ("pr", "2024年11月5日")]
    write_docx(stem, blocks)
    finish(stem, kind="bulletin", title=title, issuer="中共东坪县农业农村局党组", date="2024-11-05",
           insp=["县委第二巡察组", "县农业农村局党组", "2024-05-13", "2024-06-07", "2024-07-16"],
           headline={"problems_total": 12, "problems_done": 8, "measures_total": 31, "measures_done": 27, "rules_made": 7}, probs=probs, koi=7,
           anomalies=["巡察“回头看” report: the four things the 回头看 looks at are named in the lead; problems under （一）…方面 categories and a （四）回头看新发现问题 section.",
                      "(NEW) The newly found problems of the 回头看 are problems too (category '回头看新发现问题'); numbering restarts in each category.",
                      "Each problem: '1.title。' / '整改措施：（1）…；（2）…。' (one measure is undivided) / '整改结果：已完成|正在推进|长期坚持' -> done | in_progress | long_term (NEW: status from 整改结果).",
                      "Headline 12 problems (3方面9个 + 3 new), 8 done, 31 measures (25 listed), 27 done, 7 rules; 三、整改成效 has figures (52.6万亩, 3.2万亩, 7.1%), distractors; 四、 has 一是…三是 next steps, not measures."])


# ================================================================ 07 traditional-character copy of a hospital 巡察整改 bulletin (.txt UTF-8)
# Layout modelled on http://seowindows.com/article/yuanwugongkai/17645.html (traditional copy of 市中医医院 巡察整改情况: 一、加强组织领导，
# 把巡察整改作为首要政治任务抓紧抓好 （一）强化组织领导 （二）制定整改方案 …), written in full and converted to traditional characters,
# with a second section '二、对照问题清单，逐项抓好整改落实' whose problems are '（一）…方面' / '1.…' / '整改措施：一是…' / '整改进度：…'.
def doc07():
    import opencc
    stem = "w13_07_traditional_hospital_copy_txt"
    C1, C2, C3, C4 = "党的领导弱化方面", "全面从严治党不力方面", "党的建设缺失方面", "巡察整改不到位方面"
    W = {"done": "已完成整改", "in_progress": "正在整改"}
    probs = [
        P(1, C1, "医院党委把方向、管大局作用发挥不充分，“三重一大”事项集体决策不规范", ["修订党委会议和院长办公会议议事规则", "明确“三重一大”事项清单38项", "对2022年以来重大事项决策记录逐一复核"], "done"),
        P(2, C1, "学习贯彻中医药传承创新发展部署不深入，中医特色优势发挥不够", ["制定中医药特色优势提升行动方案", "新建名中医工作室4个"], "in_progress"),
        P(3, C1, "意识形态工作责任制落实不到位，院内宣传阵地管理不严", ["制定意识形态工作责任清单", "对院内网站、微信公众号、宣传栏开展全面清理", "建立宣传信息“三审三校”制度"], "done"),
        P(1, C2, "党风廉政建设主体责任落实层层递减，科室负责人“一岗双责”意识不强", ["签订党风廉政建设责任书56份", "开展科室负责人廉政谈话全覆盖"], "done"),
        P(2, C2, "药品耗材采购监管不严，部分药品采购价格偏高", ["建立药品耗材采购价格比对机制", "对采购价格偏高的23个品规重新议价"], "done"),
        P(3, C2, "违规收费问题时有发生", ["开展医疗服务价格专项自查，退还患者多收费用4.12万元", "上线收费智能审核系统", "对涉及的3个科室进行通报批评"], "in_progress"),
        P(1, C3, "党支部战斗堡垒作用发挥不明显，党建与业务“两张皮”", ["推行“党建+业务”融合项目，确定项目12个", "党支部书记由科室主任担任的比例提高到90%"], "done"),
        P(2, C3, "发展党员工作不规范，青年医务人员入党积极性不高", ["对2019年以来发展党员档案进行全面核查", "建立青年医务骨干入党培养机制"], "done"),
        P(3, C3, "干部选拔任用程序不严谨，部分中层干部长期未轮岗", ["修订中层干部选拔任用办法", "对同一岗位任职满8年的7名中层干部进行交流轮岗"], "done"),
        P(1, C4, "上轮巡察反馈的医疗设备采购论证不充分问题整改不到位", ["修订大型医用设备采购论证办法，引入第三方评估", "对2021年以来采购的32台大型设备开展使用效益分析", "对使用率偏低的设备实行院内调配"], "in_progress"),
        P(2, C4, "上轮巡察整改建立的制度执行不严格", ["对上轮整改中制定的11项制度逐项开展执行情况评估", "将制度执行纳入科室年度考核"], "done"),
    ]
    lines = []
    last, k = None, 0
    for p in probs:
        if p.cat != last:
            k += 1
            lines.append(f"（{cn(k)}）{p.cat}")
            last = p.cat
        lines.append(f"{p.seq}.{p.title}。")
        mt = p.mtext()
        recount_block(mt, r"[一二三四五六七八九十]+是", len(p.measures), p.title)
        lines.append("整改措施：" + mt)
        lines.append("整改进度：" + W[p.status])
    simp = f"""中共青岚市中医医院委员会关于巡察整改情况的通报

发布时间：2024-05-10　来源：院党委办公室

根据市委统一部署，2023年9月4日至2023年11月17日，市委第一巡察组对市中医医院党委进行了巡察。2024年1月12日，市委巡察组向市中医医院党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改情况予以公布。

一、加强组织领导，把巡察整改作为首要政治任务抓紧抓好

（一）强化组织领导。院党委把做好巡察整改工作作为当前一项重要政治任务，作为遵守政治纪律和政治规矩的具体实践，认真组织学习习近平总书记关于巡视工作的重要论述，进一步统一思想，成立由院党委书记任组长的巡察整改工作领导小组，依据“谁主管、谁负责”的原则，将任务分解到各部门，及时掌握整改进展，确保巡察整改工作持续强力推进。
（二）制定整改方案。院党委书记带头主动认领问题，召开专题党委会议，逐条研究整改措施，制定了《市中医医院党委关于落实市委第一巡察组巡察反馈意见的整改方案》，对反馈的4个方面15个问题，列出整改任务清单，明确整改措施41条。
（三）强化督导检查。院纪委对整改工作实行跟踪督办，每月通报整改进度，对进度滞后的科室负责人进行提醒谈话2人次。
（四）坚持开门整改。医院通过职工代表大会、院务公开栏、患者座谈会等形式公开整改进展，广泛听取职工和患者的意见建议，共收集意见建议63条，逐条研究吸纳，对群众反映集中的挂号难、停车难等问题建立专项台账，已解决实际问题18个，职工和患者的获得感进一步增强。
（五）注重建章立制，推动整改成果转化。院党委坚持“当下改”与“长久立”相结合，对医院现行制度进行全面梳理，废止过时制度9项，修订完善制度14项，推动整改成果制度化、长效化。

在整改过程中，院党委坚持边整边改、立行立改，对巡察期间移交的2件信访件和5个立行立改问题第一时间办理，均已办结并向反映人反馈。

截至2024年4月底，巡察反馈的15个问题，已完成整改12个，正在整改3个；制定完善制度14项；给予党纪处分1人，诫勉谈话4人。

二、对照问题清单，逐项抓好整改落实

院党委对照巡察反馈问题清单，坚持“条条要整改、件件有着落”，对能够立即整改的问题立行立改，对需要较长时间整改的问题明确阶段目标、持续推进。主要问题整改情况如下：

{chr(10).join(lines)}

三、巩固整改成果，建立长效机制

通过集中整改，医院党委的领导作用进一步发挥，管党治党责任进一步压实，行风建设进一步加强。2024年一季度，医院门诊量同比增长9.6%，中医药治疗率达到72%，患者满意度达到96.3%，药占比下降至27.8%。同时也要看到，个别问题整改需要较长周期，部分制度执行还存在“温差”，整改成效有待进一步巩固。

院党委将以巡察整改为契机，坚持问题导向，对正在整改的问题持续跟踪问效，对已完成整改的问题适时开展“回头看”，防止问题反弹；坚持标本兼治，健全完善制度机制，推动医院高质量发展。下一步，院党委将重点抓好三个方面工作：一是对正在整改的3个问题，逐项明确完成时限，确保按期整改到位；二是对已完成整改的问题，定期开展“回头看”，防止问题反弹；三是加强整改成果运用，把巡察整改与医院等级评审、公立医院绩效考核结合起来。院党委将坚持目标不变、标准不降、力度不减，把巡察整改作为推动医院高质量发展的重要契机，把整改成效体现到提升医疗服务质量、改善患者就医感受上来。欢迎广大干部职工和群众对巡察整改落实情况进行监督，联系电话：0XXX-6625XXX；电子邮箱：zyyxczg@example.cn。

中共青岚市中医医院委员会
2024年5月10日
"""
    trad = opencc.OpenCC("s2t").convert(simp)
    (OUT / f"{stem}.txt").write_text(trad, encoding="utf-8")
    cc = opencc.OpenCC("s2t")
    title = cc.convert("中共青岚市中医医院委员会关于巡察整改情况的通报")
    assert title in trad
    finish(stem, trad=True, kind="bulletin", title=title, issuer=cc.convert("中共青岚市中医医院委员会"), date="2024-05-10",
           insp=[cc.convert("市委第一巡察组"), cc.convert("市中医医院党委"), "2023-09-04", "2023-11-17", "2024-01-12"],
           headline={"problems_total": 15, "problems_done": 12, "measures_total": 41, "rules_made": 14}, probs=probs, koi=9,
           anomalies=["Traditional-character copy (OpenCC s2t of the whole text), UTF-8; 三、 has 一是…三是 next steps, not measures.",
                      "Problems (titles, categories) in simplified characters (blindwritten12 _simplified_problems convention); title, issuer and inspection fields kept in the page's traditional script.",
                      "一、 (（一）…（五）) is how the work was organised, not problems; problems in 二、 under （一）…方面 categories, numbering restarts per category.",
                      "Each problem: '1.title。' / '整改措施：一是…' / '整改进度：已完成整改|正在整改' -> done | in_progress.",
                      "Headline 15 problems (11 listed), 12 done, 41 measures, 14 rules; 38/56/23/12/4/32/11 inside measures, 1/4/2 people and the 三、 figures (9.6%, 72%, 96.3%, 27.8%) are distractors."])


# ================================================================ 08 college party committee's report at a 通报会, figures only (.txt GB18030)
# Layout modelled on https://mech.ycit.edu.cn/info/1115/1272.htm (学院党委…召开巡察整改情况通报会，书记向全体教职工通报了巡察整改情况: 对12个
# 方面32个问题认真进行了整改…仍有8个方面问题有待持续整改…制定出台了6项规章制度), written as the full text of the report read at the
# meeting: narrative and figures, no problem list.
def doc08():
    stem = "w13_08_college_report_figures_only_gb18030"
    title = "中共临江理工大学材料与化工学院委员会关于校党委巡察整改情况的通报"
    text = f"""{title}
——在学院巡察整改情况通报会上
（2024年6月27日）
学院党委书记　何立群

各位老师、同志们：

今天召开学院巡察整改情况通报会，主要任务是向全院教职工通报学院巡察整改工作情况，接受大家的监督和评议。

根据学校党委统一部署，2023年10月16日至11月24日，校党委第三巡察组对材料与化工学院党委开展了常规巡察。2024年1月9日，校党委第三巡察组向学院党委反馈了巡察意见。按照学校党委要求，现将学院巡察整改情况向全体教职工通报如下。

一、提高政治站位，把巡察整改作为重大政治任务

学院党委把巡察整改作为检验“四个意识”的试金石，第一时间召开党委会议传达学习反馈意见，成立由党委书记、院长任双组长的整改工作领导小组，下设综合协调、党建思政、人才培养、科研管理4个工作组，各工作组由一名班子成员牵头，明确联络员，实行整改工作周调度、月通报。学院党委先后召开党委会议7次、党政联席会议5次专题研究整改工作，召开教职工大会2次通报整改安排，召开巡察整改专题民主生活会1次，班子成员逐一认领问题、深刻剖析。

二、聚焦问题清单，扎实推进整改落实

巡察反馈指出，学院党委在学习贯彻党的创新理论、落实立德树人根本任务、落实全面从严治党责任、加强领导班子和干部人才队伍建设等方面还存在一些问题和不足。学院党委对照巡察反馈意见，梳理形成12个方面32个问题，制定整改措施87条，逐项明确责任人和完成时限，建立整改台账，实行销号管理。截至目前，32个问题中已整改到位24个，其余8个问题需要持续整改；87条整改措施已完成71条。在整改过程中，学院制定出台了6项规章制度，修订完善了《学院党政联席会议议事规则》《学院科研经费管理实施细则》等文件，规范了学院管理。

在加强党的政治建设方面，学院党委严格落实“第一议题”制度，修订党委会议议事规则，把“三重一大”事项全部纳入党委会议前置研究，整改以来党委会议研究重大事项41项，做到程序规范、记录完整。

在落实立德树人根本任务方面，学院修订本科和研究生培养方案，将课程思政要求写入全部专业课程教学大纲，遴选课程思政示范课程8门；建立教师师德师风负面清单，开展师德专题教育3次，全院教师签订师德承诺书全覆盖。

在规范内部管理方面，学院对2021年以来科研经费使用、劳务费发放、设备采购等情况进行全面自查，对自查发现的问题逐项整改，清退不合规报销费用1.8万元；对实验室安全隐患开展拉网式排查，整改隐患46处。

在干部人才队伍建设方面，学院完善人才引进工作机制，整改以来引进博士教师11人，1人入选省级青年人才项目；选优配强系主任和实验中心主任，调整基层学术组织负责人5人。

在科研管理方面，学院修订《科研项目经费管理实施细则》，明确间接费用使用比例和绩效支出程序，组织科研人员开展经费管理政策培训2场，覆盖教师138人次；对横向科研项目合同进行全面梳理，规范合同签订和经费入账流程。

在服务学生成长方面，学院建立院领导联系班级、教授联系学生宿舍制度，院领导全年深入班级和宿舍开展谈心谈话212人次；设立学生发展专项经费30万元，支持学生参加学科竞赛和创新创业项目，学生获省级以上竞赛奖项27项。

在社会服务方面，学院与地方化工园区共建产学研合作基地3个，选派科技特派员6名深入企业一线，帮助企业解决技术难题15项，社会服务能力进一步增强。

在作风建设方面，学院严格落实中央八项规定及其实施细则精神，对公务接待、差旅报销、会议费使用进行专项检查，对发现的问题立行立改；开展“身边事教育身边人”警示教育，组织观看警示教育片2次，教职工廉洁自律意识明显增强。

通过整改，学院党建工作质量稳步提升，教工党支部“双带头人”比例达到100%；本科生教学质量评价优良率由86%提高到93%；2024年上半年新增国家级科研项目9项、到账科研经费2140万元，获批省部级科研平台1个；研究生就业率达到97.6%。

三、正视差距不足，持续推进整改工作

在肯定成绩的同时，我们也清醒地看到，学院整改工作与学校党委的要求相比还有差距。一是个别问题整改需要长期坚持，如高层次人才引进、学科平台建设等，短期内难以完全见效；二是部分教职工对巡察整改的参与度还不高，整改合力有待进一步增强；三是制度执行的刚性还不够，个别制度存在“写在纸上、挂在墙上”的现象；四是整改工作与学院中心工作的融合还不够紧密，以整改促发展的成效还需进一步显现。

下一步，学院党委将继续重视并扎实推进整改工作：一是对尚未完成的8个问题，逐项细化整改措施，确保2024年12月底前全部整改到位；二是对已整改到位的问题，定期开展“回头看”，防止问题反弹；三是把巡察整改与学院“十四五”规划中期评估、学科评估准备工作结合起来，以整改实效推动学院高质量发展。学院党委将坚持每半年向全院教职工通报一次整改进展情况，并在学院网站公开整改结果，主动接受监督，确保整改工作善始善终、善作善成。

整改中，学院党委注重把巡察整改与学校“双一流”建设、学院年度重点工作结合起来，做到同部署、同推进、同考核。学院党政领导班子成员按照分工，每月对分管领域整改进展进行检查，每季度在党政联席会议上报告，确保整改任务不落空、不走样。

同志们，巡察整改只有进行时，没有完成时。抓好整改，既是学院党委的政治责任，也是全院教职工的共同任务。希望全院教职工以主人翁的姿态积极参与、共同监督，把思想和行动统一到学校党委的部署要求上来，以更加饱满的热情、更加务实的作风投入到学院改革发展中，立足本职岗位查不足、补短板，对整改工作中存在的问题提出意见建议，学院党委将认真研究、及时回应。

学院党委将把这次通报会作为接受群众监督的重要平台，对大家提出的意见建议，会后逐条梳理、认真研究，能够立即解决的马上解决，需要一段时间解决的明确时限、持续推进，并在适当范围内反馈办理结果。我们也恳请学校党委、校纪委和各职能部门继续关心支持学院的整改工作，对学院整改中存在的不足及时批评指正，帮助我们把问题改彻底、改到位。

校纪委派员出席本次通报会，并组织开展了整改工作满意度测评，发放测评表96份，收回96份。

中共临江理工大学材料与化工学院委员会
2024年6月27日
"""
    (OUT / f"{stem}.txt").write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    finish(stem, kind="bulletin", title=title, issuer="中共临江理工大学材料与化工学院委员会", date="2024-06-27",
           insp=["校党委第三巡察组", "材料与化工学院党委", "2023-10-16", "2023-11-24", "2024-01-09"],
           headline={"problems_total": 32, "problems_done": 24, "measures_total": 87, "measures_done": 71, "rules_made": 6}, probs=[], koi=10,
           anomalies=["GB18030 text with CRLF line ends; the report read at a 通报会, with a speech line, date in brackets and the speaker under the title.",
                      "(NEW) No problem list: problems []; the eight '在…方面，…' paragraphs of 二、 are work done, not problems; the figures are the headline (32 problems, 24 done, 87 measures, 71 done, 6 rules).",
                      "'12个方面' is a category count, '8个问题' the unfinished ones; 7/5/1 meetings, 4 groups, 100%/86%/93%/9项/2140万元/97.6%, 96 forms and the 在…方面 paragraphs' figures (41, 8, 3, 1.8万元, 46, 11, 1, 5, 138, 212, 30万元, 27, 3, 6, 15, 2) are distractors.",
                      "一是…四是 in 三、 are shortcomings and next steps, not problems or measures."])



# ================================================================ 09 university 巡视整改 bulletin, 大类 / 大项 / 具体问题 (.pdf)
# Layout modelled on http://dwxsb.whu.edu.cn/info/1019/4283.htm (巡视反馈意见分解出的4大类、13个大项、26个具体问题、29项整改措施), written
# as a university's full progress bulletin whose problem section has three levels: '第一类 …' (大类), '（一）…' (大项) and
# '1.…' (具体问题), each problem followed by '整改情况：（1）…；（2）…。'.
def doc09():
    stem = "w13_09_university_three_level_pdf"
    L = [("第一类　贯彻落实党的教育方针和上级决策部署方面", [
            ("落实立德树人根本任务有差距", [
                P(1, None, "思政课教师队伍建设滞后，专职思政课教师配备不足", ["按师生比1:350核定思政课教师编制，新增专职思政课教师14名", "实施思政课教师能力提升计划，开展集体备课24次"], style="paren"),
                P(2, None, "学生评价体系不完善，“五育并举”落实不到位", ["修订本科生综合素质测评办法", "将劳动教育纳入人才培养方案，设置劳动教育必修学分"], style="paren")]),
            ("服务地方经济社会发展不够有力", [
                P(3, None, "教师教育特色发挥不充分，对基础教育支持不够", ["与6个县区共建基础教育协同发展共同体", "实施中小学校长和骨干教师培训项目，培训2860人次"], style="paren")])]),
        ("第二类　全面从严治党方面", [
            ("党委主体责任落实不够到位", [
                P(4, None, "管党治党责任清单不够细化，压力传导不到位", ["修订党委全面从严治党主体责任清单，细化责任事项52项", "对二级党组织书记开展抓党建述职评议全覆盖"], style="paren")]),
            ("重点领域廉政风险防控不严", [
                P(5, None, "招生录取、基建维修等领域监督薄弱", ["建立招生工作全过程监督机制", "对2020年以来基建维修项目开展专项审计，涉及项目136个", "移交问题线索3条"], style="paren"),
                P(6, None, "科研经费管理存在漏洞，个别项目违规列支劳务费", ["开展科研经费专项检查，清退违规列支经费8.6万元", "修订科研经费管理办法"], style="paren")])]),
        ("第三类　领导班子和干部人才队伍建设方面", [
            ("领导班子建设有短板", [
                P(7, None, "民主集中制执行不严格，个别重大事项未经集体研究", ["修订党委常委会会议议事规则", "对2021年以来“三重一大”事项决策情况开展复查"], style="paren")]),
            ("人才队伍建设不适应发展需要", [
                P(8, None, "高层次人才引育不足，学科带头人匮乏", ["实施“青岚学者”计划，引进高层次人才9人", "设立人才发展专项经费3000万元"], style="paren"),
                P(9, None, "教师职称评审标准不够科学", ["修订教师职称评审条件，突出教育教学业绩"], style="paren")])]),
        ("第四类　巡视整改和基层党建方面", [
            ("上轮巡视整改不彻底", [
                P(10, None, "上轮巡视反馈的附属学校管理问题整改不到位", ["理顺附属学校管理体制，明确管理主体", "对附属学校财务收支开展审计"], style="paren")]),
            ("基层党组织建设存在薄弱环节", [
                P(11, None, "学生党支部设置不合理，部分支部党员人数过多", ["按年级和专业调整学生党支部，党支部由62个调整为85个", "配齐配强学生党支部书记"], style="paren"),
                P(12, None, "发展党员质量把关不严", ["对2019年以来发展党员材料全面复核", "建立发展党员全程纪实制度"], style="paren")])]),
    ]
    probs, blocks = [], []
    title = "中共临江师范大学委员会关于省委巡视整改进展情况的通报"
    blocks += [("title", title),
               ("p", "根据省委统一部署，2023年4月10日至6月16日，省委第八巡视组对临江师范大学党委开展了常规巡视。2023年8月29日，省委第八巡视组向学校党委反馈了巡视意见。"
                     "按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。"),
               ("h", "一、整改工作总体情况"),
               ("p", "学校党委把巡视整改作为重大政治任务，成立由党委书记、校长任双组长的巡视整改工作领导小组，下设综合协调组和4个专项整改组。"
                     "对照巡视反馈意见，学校党委将反馈问题分解为4大类、13个大项、26个具体问题，逐项制定整改措施78项，明确责任领导、牵头单位和完成时限，实行“清单管理、台账推进、销号落实”。"
                     "党委常委会会议先后12次专题研究巡视整改工作，校领导班子成员按照分工带头领办整改任务，各牵头单位每半月报送一次整改进展。"),
               ("p", "学校纪委切实履行监督责任，把督促巡视整改作为日常监督的重要内容，会同党委组织部、党委巡察办组成整改督查组，采取查阅资料、实地查看、个别谈话、随机抽查等方式开展督查3轮，"
                     "对整改进度滞后、整改质量不高的5个单位发出督办通知，对2个单位负责人进行约谈，推动整改任务按时保质完成。"),
               ("p", "学校坚持开门整改，通过教职工代表大会、学生代表大会、校领导接待日等渠道广泛听取师生意见建议，共收集意见建议214条，逐条梳理、分类办理；"
                     "对师生反映集中的教职工周转房、学生宿舍空调安装、校园交通安全等“急难愁盼”问题，建立专项台账，已解决实际问题37个，师生满意度明显提升。"
                     "学校还将巡视整改情况纳入党建工作考核和领导班子年度考核，把整改成效作为干部选拔任用、评先评优的重要依据。"),
               ("p", "截至2024年2月底，26个具体问题已完成整改23个，其余3个正在持续推进；78项整改措施已完成71项；制定修订规章制度32项；"
                     "给予党纪政务处分4人，组织处理9人，批评教育和提醒谈话26人，清退违规资金41.3万元。"),
               ("h", "二、巡视反馈问题整改落实情况")]
    for big, mids in L:
        blocks.append(("h", big))
        for k, (mid, plist) in enumerate(mids, 1):
            blocks.append(("h", f"（{cn(k)}）{mid}"))
            for p in plist:
                p.cat = mid
                probs.append(p)
                blocks.append(("p", f"{p.seq}.{p.title}。"))
                mt = p.mtext()
                recount_block(mt, r"（\d+）", len(p.measures) if len(p.measures) > 1 else 0, p.title)
                blocks.append(("p", "整改情况：" + mt))
    blocks += [("h", "三、巩固深化整改成果"),
               ("p", "学校党委坚持把集中整改与长效常治结合起来，对照巡视反馈问题举一反三，梳理学校现行规章制度386项，废止27项、修订41项、新建32项；"
                     "把巡视整改与“双一流”建设、本科教育教学审核评估、事业发展“十四五”规划中期评估等重点工作统筹推进，以整改促改革、促发展。同时，学校建立巡视整改成果运用机制，对整改中暴露出的共性问题和深层次问题，由职能部门牵头开展专项治理，在招生录取、科研经费、基建维修等重点领域建立常态化监督检查制度，防止同类问题再次发生。"
                     "整改期间，学校新增国家级一流本科专业建设点5个，获批国家社科基金项目17项，毕业生去向落实率达到91.4%。"),
               ("h", "四、下一步工作"),
               ("p", "巡视整改取得了阶段性成效，但与省委要求和师生期盼相比还有差距。学校党委将持续抓好巡视整改工作：一是对尚未完成的3个问题和7项措施，盯住不放、一抓到底；二是对已完成整改的问题适时开展“回头看”，防止反弹回潮；"
                     "三是强化巡视整改日常监督，把整改落实情况纳入二级单位年度考核，推动巡视整改成果转化为学校高质量发展的实际成效，以实际行动向省委和全校师生交出满意答卷。"),
               ("p", "欢迎广大干部师生和社会各界对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0XXX-8812XXXX；"
                     "电子邮箱：xszg@ljnu.example.cn；邮政地址：临江省青岚市师院路1号临江师范大学党委办公室。"),
               ("pr", "中共临江师范大学委员会"), ("pr", "2024年3月12日")]
    write_pdf(stem, blocks, header="临江师范大学党委文件")
    finish(stem, kind="bulletin", title=title, issuer="中共临江师范大学委员会", date="2024-03-12",
           insp=["省委第八巡视组", "临江师范大学党委", "2023-04-10", "2023-06-16", "2023-08-29"],
           headline={"problems_total": 26, "problems_done": 23, "measures_total": 78, "measures_done": 71, "rules_made": 32}, probs=probs, koi=2,
           anomalies=["PDF from Word; running header '临江师范大学党委文件'.",
                      "Three levels in 二、: '第一类　…方面' (大类), '（一）…' (大项), '1.…' (具体问题, numbered 1–12 across the whole section). Category = the nearest heading, the 大项 (corpus README: nearest preceding heading); the 大类 is not kept.",
                      "Each problem: '1.title。' then '整改情况：（1）…；（2）…。' (measures; one undivided sentence = 1). No per-problem status: null.",
                      "Headline 26 problems (12 listed), 23 done, 78 measures, 71 done, 32 rules. '4大类、13个大项' are category counts; 12 meetings, 3 rounds, 5/2 units, 214/37, 4/9/26 people, 41.3万元, 386/27/41, 5/17/91.4% are distractors.",
                      "'新建32项' in 三、 repeats the rules count; 四、 has 一是…三是 next steps, not measures."])


if __name__ == "__main__":
    for name in sorted(k for k in list(globals()) if re.fullmatch(r"doc\d\d", k)):
        globals()[name]()
        print("made", name)
    print(len(ALL), "documents; every truth value re-found, every measure count checked twice")
