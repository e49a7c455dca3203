"""Generate blind held-out set 23 (written by helper writer23, session 23, 2026-12-07, ~06:18-06:35 UTC by the machine's
clock): nine FULL-LENGTH written documents + truths for issue 10 (the importer on real documents), written in other shapes
and wordings than blindwritten18-22.

All bodies, people, places and figures are invented for testing (澄阳市, 梓溪县, 鹤沙区, 枫源县, 柳坪镇, 云渡乡, 江岚省 … do not
exist). writer23 did not read or run the parser (zhenggai/importer/**, zhenggai/cli.py, tests/importer/test_*.py) and did
NOT score this set (the lead scores it; no FIRST_RUN file). Read for the form only: tests/importer/blindwritten_kit.py,
blindwritten22/make.py and blindwritten21/make.py (and the docstrings of 18-20), the schema /work/shared/corpus/README.md,
tests/importer/real/CONVENTIONS.md and /work/shared/GLOSSARY.md.

Wording read on real pages (search tool, corpus pages; two queries: '中央生态环境保护督察 交办信访件 办理情况 公示 调查核实情况
处理和整改情况 是否办结' and '审计查出问题整改情况 已整改到位 正在整改 涉及金额 万元 整改结果'; 16 results, the five read all KNOWN by
/work/wt/known_urls.py --check): the petition 公示 of yq.gov.cn (20250701_2082743), ahsz.gov.cn (31122525) and m.bbnews.cn
(19617) for doc05's '经查属实…不属实…已办结…阶段性办结' wording; the audit 整改 reports of ruijin.gov.cn and yohu9.com
(newsshow-214114) for doc03's '问题资金…已整改…正在整改' order. Nothing copied; every truth's url is null.

Formats: .pdf via soffice (01), .docx with tables (02 two attachment tables with merged section rows, 05 a petition table,
08 a score table), Word-saved .html (03), .xlsx (04), GB18030 .txt with CRLF (06), UTF-8 .txt (07 web copy, 09 traditional
repost).
Kinds (issue 10's numbering, kind_of_issue): 01 -> 2 (middle section, fields written three ways), 02 -> 1 (problems only
in two 附件 tables split by status), 03 -> 7 (audit, status sections with amounts), 04 -> [1, 3] (督察 验收销号 公示, one row
per task), 05 -> 4 (交办信访件 quoted in a 公示 table), 06 -> 3 (one-task 公示 under numbered labels), 07 -> 5 (round
summary, figures only in prose), 08 -> 7 (督导检查 通报, each county's faults), 09 -> 6 (traditional repost of 01).

Problems / measures per document: 01 12/30, 02 11/26, 03 9/19, 04 6/18, 05 7/17, 06 1/5, 07 0/0, 08 10/0, 09 12/30 ->
68 problems, 145 measures in nine documents.

Deterministic: two runs give byte-identical files (sha1 over every file checked): .docx/.xlsx zip entries and core.xml
stamps fixed by fix_zip, the .pdf's /CreationDate, /ID and /DocChecksum by fix_pdf (as blindwritten22).

Counted twice: every measure_count is the length of the measure list in the data (P recounts its own rendering with the
document's item pattern and refuses a mismatch) and again over the written file read back (blindwritten_kit.recount_file:
each problem's segment from its title to the next title or an end marker, items counted by the document's numbering: 一是
(01, 09), '1.' (02, 06), ① (03), （1） (04), ASCII (1) (05); none -> 1 when the segment holds the answer label '整改情况：'
(03), else 0 (05's untrue case, 08). check_refound re-finds every non-null value in the file's own text (09 through t2s).

Judgement calls (also in each truth's anomalies; NEW = no earlier rule found):
 - 01/09: fields written three ways ('责任单位：…；整改时限：…', '牵头单位：…；配合单位：…；完成时限：…', '责任科室：…  时限要求：…')
   -> units lead then co-units (R101, C6), deadline as written (R106, incl. '立行立改、长期坚持'); status from a progress line
   written three ways: 已完成整改 / 已完成并销号 / 已整改到位 done, '正在推进，已完成序时进度' and '基本完成' in_progress, '长期坚持，
   持续巩固' long_term (R93). 09 is its traditional copy (R91).
 - 02: NEW: status from the attachment's own title ('已完成整改的问题清单', no status column -> done); the other table's 目前进展
   cell (R93); 序号 restarting in 附件2 (R75); category the merged section row (R79/R80); NEW: the 责任领导 cell names a person,
   not a unit.
 - 03: status from the status sections, category the nearer '（一）…方面' (R80); NEW: an open item's '未完成原因：' and '下步措施：'
   are not measures; NEW: inspected of an 经济责任审计 of an office holder = the body he led as printed ('柳坪镇人民政府'); the
   deadline-like '力争2025年底前' inside a 下步措施 is no 整改时限 (NEW).
 - 04: NEW: seq = the row's 任务编号 '第N项' over the table's 序号 (R77 applied to a batch); NEW: '（牵头）' dropped from the lead
   unit's name; 整改目标 and 整改完成情况 cells not counted (R118); done from the 验收销号 公示 (R94); tasks 31/23 (R63).
 - 05: NEW: a 公示 of several 交办信访件, each with its own 处理和整改情况 and 是否办结, labels one problem per case (R17's
   one-case exception widened to a batch, as R14); their counts stay no figures (R17: headline null); '阶段性办结' ->
   in_progress (NEW; R71 partial); the untrue case labelled, done, measures 0 (NEW); category the 污染类型 cell (as the
   问题类型 columns of bw18/21/22); deadline the one limit written in a measure (R106).
 - 06: one task (R14), seq 28 (R77), category the numbered label '整改任务' (R83, C17 side A), 牵头/配合 lines -> units, the
   责任领导 line no unit; measures the '1.' items of '五、整改措施及完成情况' (R96/R118); done from '同意销号' (R94).
 - 07: round summary (R19: []); headline from prose 237/219, 684/652, rules 53 (R73, R74), per-body tallies sum to it (R111,
   R69); '立行立改问题41个' not done (C16); feedback '12月上旬' null (R53).
 - 08: check (R29: kind null); each county's 一是… items under its heading are problems (R138), category the county (R82);
   units and deadline from each county's closing '请<bureau>牵头，督促相关乡镇于<date>完成整改' (R105, R104); the reporting
   date '于2025年6月20日前将整改情况…报送' no deadline (R154); the praised county none (R16); 当场整改 11 done (R71).
Run from the worktree root:  /work/main/.venv/bin/python tests/importer/blindwritten23/make.py   (needs soffice for .pdf)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import openpyxl
import opencc

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/importer: the generators' shared kit
from blindwritten_kit import cn, mso_p, page_finisher, ProbR97, RE_CIRC, word_html, writers  # noqa: E402

save_truth, write_docx, write_pdf = writers(OUT)
MIN_LEN = 2500
finish, ALL = page_finisher(OUT, min_len=MIN_LEN, byte_stable=True)
S2T = opencc.OpenCC("s2t")
RE_SHI = r"[一二三四五六七八九十]是"
RE_PAREN = r"（\d+）"
RE_NUM = r"(?<![\d.])\d\.(?!\d)"
RE_ASC = r"\(\d\)"


class P(ProbR97):
    """ProbR97 (no answer, circled items) with this set's own asc items (1) in ASCII brackets."""

    OWN_STYLES = {"asc": RE_ASC}

    def own_mtext(self, sep="") -> str:
        return (sep or "").join(f"({i}){m.rstrip('。；')}；" for i, m in enumerate(self.measures, 1))


# ================================================================ 01 city bureau 通报, problems in the middle, fields written three ways (.pdf)
# (title, measures, lead units, co-units, deadline, progress words, status)
C01 = [
    ("在贯彻落实党中央决策部署和省委、市委工作要求方面", [
        ("落实耕地保护党政同责不够有力，部分乡镇耕地“非农化”问题整治进度滞后",
         ["对全市2021年以来新增违法占用耕地图斑逐宗建立台账", "会同各县区政府开展耕地保护专项督查", "将耕地保护目标完成情况纳入市对县区年度考核"],
         ["耕地保护监督科"], ["执法监察支队"], "2025年6月底前", "正在推进，已完成序时进度", "in_progress"),
        ("国土空间规划编制工作推进迟缓，部分乡镇级国土空间规划未按期报批",
         ["倒排乡镇级国土空间规划编制报批时间表", "对进度滞后的乡镇实行周调度"],
         ["国土空间规划科"], [], "2024年12月底前", "已完成整改", "done"),
        ("服务重大项目用地保障不够主动，个别省市重点项目用地报批时间过长",
         ["建立重点项目用地“清单化管理、专班化推进”机制", "推行用地预审与选址意见书合并办理", "每月通报重点项目用地报批进度"],
         ["用途管制科"], ["行政审批科"], "2024年10月底前", "已完成并销号", "done"),
        ("矿产资源开发利用监管不严，个别矿山超越批准范围开采问题查处不及时",
         ["对全市持证矿山开展“一矿一档”核查", "对越界开采的矿山依法立案查处并追缴资源价款", "建立矿山动态巡查和卫星遥感监测机制"],
         ["矿产资源管理科"], ["执法监察支队"], "立行立改、长期坚持", "长期坚持，持续巩固", "long_term"),
    ]),
    ("在落实全面从严治党“两个责任”方面", [
        ("局党组履行主体责任存在温差，对二级单位党风廉政建设指导督促不够",
         ["制定局党组及班子成员全面从严治党责任清单", "班子成员每年到联系二级单位讲廉政党课不少于1次"],
         ["办公室"], ["机关党委"], "2024年9月底前", "已完成整改", "done"),
        ("不动产登记领域廉洁风险防控不到位，个别窗口人员违规收取“加急费”",
         ["对涉事人员依规依纪严肃处理", "在登记大厅公开收费标准和投诉电话", "推行不动产登记“一窗受理、全程网办”"],
         ["不动产登记中心"], [], "立行立改", "已整改到位", "done"),
        ("违反中央八项规定精神问题时有发生，存在超标准接待和公车私用问题",
         ["对超标准接待费用予以清退", "修订局机关公务接待和公务用车管理办法"],
         ["办公室"], ["计划财务科"], "2024年8月底前", "已完成并销号", "done"),
        ("政府投资测绘项目管理不规范，部分项目未经招标直接委托",
         ["对2021年以来的测绘项目采购情况开展全面清查", "制定测绘项目采购管理规程，明确限额以上项目一律公开招标", "对2名相关责任人进行诫勉谈话"],
         ["测绘地理信息科"], ["计划财务科"], "2024年11月底前", "已完成整改", "done"),
    ]),
    ("在领导班子和干部队伍建设方面", [
        ("民主集中制执行不够严格，部分“三重一大”事项未经党组会集体研究",
         ["修订局党组议事规则和“三重一大”事项清单", "对2022年以来“三重一大”事项决策程序开展复查"],
         ["办公室"], [], "2024年9月底前", "已完成整改", "done"),
        ("干部交流轮岗不够，重点岗位干部长期不交流",
         ["制定重点岗位干部交流轮岗办法", "对在同一重点岗位任职满5年的干部有序交流"],
         ["人事教育科"], [], "2025年3月底前", "正在推进，已完成序时进度", "in_progress"),
        ("基层党支部组织生活不规范，“三会一课”记录不全",
         ["开展党支部规范化建设专项检查", "组织党支部书记轮训"],
         ["机关党委"], [], "2024年10月底前", "已整改到位", "done"),
        ("上轮巡察反馈的“闲置土地处置不力”问题整改不到位",
         ["对全市闲置土地逐宗制定处置方案", "对无法按期动工的项目依法收回土地使用权", "建立供后监管季度通报制度"],
         ["土地利用科"], ["执法监察支队", "各县区自然资源分局"], "2025年6月底前", "基本完成", "in_progress"),
    ]),
]
TITLE01 = "中共澄阳市自然资源和规划局党组关于市委巡察整改进展情况的通报"
ISSUER01 = "中共澄阳市自然资源和规划局党组"
FIELDS01 = ("责任单位：{u}；整改时限：{d}。", "牵头单位：{lead}；配合单位：{co}；完成时限：{d}。", "责任科室：{u}  时限要求：{d}")
PROG01 = ("整改进展：{s}。", "进展情况：{s}。", "目前进度：{s}。")


def blocks01():
    probs, body = [], []
    k = 0
    for ci, (cat, items) in enumerate(C01, 1):
        body.append(("h", f"（{cn(ci)}）{cat}"))
        for t, ms, lead, co, dl, words, st in items:
            k += 1
            p = P(k, cat, t, ms, st, lead + co, dl, style="shi")
            probs.append(p)
            v = 1 if co else (k % 2) * 2
            field = FIELDS01[v].format(u="、".join(lead + co), lead="、".join(lead), co="、".join(co), d=dl)
            body += [("p", f"{k}.{t}。"), ("p", "整改措施：" + p.mtext()), ("p", field),
                     ("p", PROG01[k % 3].format(s=words))]
    n = len(probs)
    done = sum(p.status == "done" for p in probs)
    prog = sum(p.status == "in_progress" for p in probs)
    mt = sum(len(p.measures) for p in probs)
    md = sum(len(p.measures) for p in probs if p.status == "done") + 2
    assert (n, done, prog, mt, md) == (12, 8, 3, 30, 21), (n, done, prog, mt, md)
    b = [("title", TITLE01),
         ("p", "根据市委巡察工作统一部署，2024年3月18日至5月17日，市委第五巡察组对市自然资源和规划局党组开展了常规巡察。2024年7月9日，"
               "市委第五巡察组向局党组反馈了巡察意见，指出了3个方面12个问题。局党组坚持把巡察整改作为检验“两个维护”的重要标尺，"
               "对标对表、照单全收，全力推进整改落实。按照党务公开和巡察整改公开有关要求，现将巡察整改进展情况予以通报。"),
         ("h", "一、整改工作组织推进情况"),
         ("p", "局党组第一时间召开党组（扩大）会议，专题学习巡察反馈意见，成立以党组书记、局长为组长，其他班子成员为副组长的巡察整改工作"
               "领导小组，领导小组办公室设在局办公室，负责整改工作的统筹协调和督促检查。局党组研究制定《整改工作方案》，将反馈的问题逐条细化为"
               "整改任务，明确责任领导、责任科室和完成时限，形成问题、任务、责任“三张清单”。整改期间，局党组先后召开党组会议8次、整改工作推进会4次，"
               "逐项听取整改进展汇报，对重点难点问题集中会商。党组书记带头领办耕地保护、闲置土地处置等难点问题，6次带队赴县区和项目现场调研督导。"),
         ("p", "局党组坚持把巡察整改与党纪学习教育、自然资源领域突出问题专项整治结合起来，坚持立行立改与建章立制相结合，既解决具体问题，"
               "又堵塞制度漏洞。驻局纪检监察组把巡察整改纳入日常监督重点，对整改台账实行“周跟踪、月通报”，对整改销号材料逐项审核，"
               "对整改进度滞后的2个科室负责人进行了提醒谈话，推动整改责任层层落实。"),
         ("h", "二、巡察反馈问题整改落实情况"),
         ("p", "对照巡察反馈意见，局党组逐项制定整改措施、明确责任科室和完成时限。截至2024年12月31日，各问题整改落实情况如下。")]
    b += body
    b += [("h", "三、整改成效和下一步打算"),
          ("p", f"截至2024年12月31日，市委第五巡察组反馈的{n}个问题中，已完成整改{done}个，正在推进{prog}个，需长期坚持1个；"
                f"制定的{mt}条整改措施已落实{md}条；建立完善制度17项，清退违规费用1.46万元，追缴矿产资源价款236万元，"
                "给予党纪处分1人、诫勉谈话2人、提醒谈话5人。"),
          ("p", "通过整改，全市耕地保护责任进一步压实，2024年全市新增违法占用耕地图斑数量同比下降41%；重点项目用地报批平均用时由86天缩短到"
                "52天；不动产登记一般登记业务全部实现3个工作日内办结，群众满意度达到98.3%。"),
          ("p", "下一步，局党组将坚持目标不变、标准不降、力度不减，对正在推进的问题，紧盯时间节点，确保按期完成；对需长期坚持的问题，"
                "完善常态长效机制，持续抓好落实；对已完成整改的问题，适时开展“回头看”，坚决防止问题反弹。"
                "同时，把巡察整改成果运用到推动自然资源事业高质量发展中，为全市经济社会发展提供有力的资源要素保障。"),
          ("p", "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请于2025年1月31日前通过以下方式反映：联系电话0XXX-8XXXXXX；"
                "电子邮箱cyszrzyj@163.com；通信地址澄阳市滨江大道18号市自然资源和规划局办公室。"),
          ("pr", ISSUER01), ("pr", "2025年1月15日")]
    hl = dict(problems_total=n, problems_done=done, measures_total=mt, measures_done=md, rules_made=17)
    return b, probs, hl


ANOM01 = [
    "The problems sit in the middle section 二、 under three '（一）在…方面' categories (category without （一）, R79; the '在…方面' "
    "wording kept as printed, R81); problems '1.…。' numbered through the document (R75), title without number and final '。' (R86).",
    "measure_count = the 一是… items of the '整改措施：' line (R96); 一、's 8/4/6/2 figures and 三、's 下一步 are no measures (R98).",
    "Fields written three ways: '责任单位：A；整改时限：X。', '牵头单位：A；配合单位：B；完成时限：X。' and '责任科室：A  时限要求：X'. "
    "Units = every named unit, lead first then co-units (R101; co-units as bw18's NEW call and C6); deadline as written (R106), "
    "including '立行立改、长期坚持'.",
    "Status from a progress line written three ways ('整改进展：' / '进展情况：' / '目前进度：'): '已完成整改', '已完成并销号', '已整改到位' "
    "-> done; '正在推进，已完成序时进度' and '基本完成' -> in_progress (R93); '长期坚持，持续巩固' -> long_term.",
    "Headline: '反馈…12个问题中，已完成整改8个' -> 12/8 (the lead's '3个方面12个问题' agrees; 方面 are kinds, R64); '制定的30条整改措施"
    "已落实21条' -> 30/21; '建立完善制度17项' -> 17 (R74); 1.46万元, 236万元, 1/2/5 people, 8/4/6 meetings and visits, 41%, 86/52 days, "
    "98.3%, 5年 are distractors.",
    "Dates: period 2024-03-18..05-17, feedback 2024-07-09; report_date = the signature 2025年1月15日; 2024年12月31日 (截至) and "
    "2025年1月31日 (comment window) are distractors.",
]


def doc01():
    stem = "w23_01_city_bureau_bulletin_three_field_styles_pdf"
    b, probs, hl = blocks01()
    write_pdf(stem, b)
    finish(stem, genre="2 a city bureau 党组's 巡察整改进展情况的通报: work first, then 二、 with '（一）在…方面' categories and '1.…' "
                       "problems, each followed by '整改措施：一是…', a unit/time line written three ways and a progress line written three ways",
           kind="bulletin", title=TITLE01, issuer=ISSUER01, date="2025-01-15",
           insp=["市委第五巡察组", "市自然资源和规划局党组", "2024-03-18", "2024-05-17", "2024-07-09"],
           headline=hl, probs=probs, koi=2, anomalies=ANOM01 + [
               "inspected as the feedback sentence names it: '市自然资源和规划局党组' (R47; the title's full name is the issuer). "
               "PDF printed from Word via soffice (footer '— N —')."],
           recount=(RE_SHI, "三、整改成效和下一步打算"))


def doc09():
    """Traditional-character copy of doc01 on a reposting site, plain UTF-8 text with the site's chrome."""
    stem = "w23_09_city_bureau_bulletin_traditional_repost_txt"
    t = S2T.convert
    b, probs, hl = blocks01()
    lines = [t("澄阳在线 | 首页 | 时政 | 民生 | 公示公告 | 党建廉政 | 专题"), t("首页 > 公示公告 > 正文"), "",
             t(TITLE01), "", t("2025-01-17 10:12  来源：澄阳市自然资源和规划局  阅读：1,254"), ""]
    for kind, pay in b:
        if kind == "title":
            continue
        lines.append(t(pay) if pay else "")
    lines += ["", t("（责任编辑：方晓）"), t("相关文章：市住建局党组关于巡察整改进展情况的通报"),
              t("版权所有：澄阳在线  未经授权禁止转载  举报电话：0XXX-8XXXXXX"), ""]
    (OUT / f"{stem}.txt").write_text("\n".join(lines), encoding="utf-8")
    finish(stem, trad=True, genre="6 (and 2) a traditional-character repost of doc01's 通报 on a local site, plain text with chrome",
           kind="bulletin", title=t(TITLE01), issuer=t(ISSUER01), date="2025-01-15",
           insp=[t("市委第五巡察组"), t("市自然资源和规划局党组"), "2024-03-18", "2024-05-17", "2024-07-09"],
           headline=hl, probs=probs, koi=6, anomalies=ANOM01 + [
               "Traditional copy (opencc s2t) of w23_01 as UTF-8 text: doc fields in the copy's script, problem titles, categories "
               "and units in simplified characters (R91); '牽頭單位：…；配合單位：…' read as in w23_01.",
               "Chrome: site bar, breadcrumb, '2025-01-17 10:12 來源：… 閱讀：1,254' line, 責任編輯, 相關文章 (another bureau's "
               "通报, no problem), footer; the signature 2025年1月15日 beats the posting date (R41)."],
           recount=(RE_SHI, t("三、整改成效和下一步打算")))



# ================================================================ 02 county bureau report, problems only in two 附件 tables split by status (.docx)
C02_DONE = [
    ("政治建设方面", [
        ("局党组落实意识形态工作责任制不到位，对校园网站、新媒体平台内容审核把关不严",
         ["制定全县教育系统意识形态工作责任清单", "建立校园网站和新媒体平台信息发布“三审三校”制度", "对全县学校新媒体账号开展清理整顿，关停“僵尸号”27个"],
         "局党组书记 陈立新", ["办公室", "思政德育股"], "2024年9月底前"),
        ("落实“双减”政策不够到位，个别学校仍存在超时布置作业问题",
         ["建立作业公示和作业时长监测制度", "开展“双减”专项督导2轮"],
         "副局长 韦晓岚", ["基础教育股", "教育督导室"], "立行立改"),
    ]),
    ("廉洁建设方面", [
        ("学校食堂管理不规范，部分学校食堂食材采购未公开招标",
         ["推行全县中小学食堂食材统一招标配送", "对学校食堂账目开展专项审计", "在校内公开食堂收支情况"],
         "副局长 罗海鸥", ["计划财务股", "学校安全股"], "2024年10月底前"),
        ("教辅资料征订管理不严，个别学校违规向学生推销教辅",
         ["对违规推销教辅的学校负责人进行约谈", "重申教辅资料“一教一辅”自愿征订规定"],
         "副局长 韦晓岚", ["基础教育股"], "立行立改"),
        ("校舍维修项目管理不规范，部分项目未按规定进行竣工决算",
         ["对2021年以来的校舍维修项目补办竣工决算", "制定校舍维修项目管理办法"],
         "副局长 罗海鸥", ["计划财务股", "基建办"], "2024年12月底前"),
    ]),
    ("组织建设方面", [
        ("学校党组织领导的校长负责制落实不到位，部分学校党组织会议议事规则不健全",
         ["指导全县中小学修订党组织会议和校长办公会议议事规则", "对学校党组织书记开展专题培训"],
         "局党组书记 陈立新", ["人事股"], "2024年8月底前"),
        ("教师职称评聘工作不规范，个别学校推荐程序不公开",
         ["制定中小学教师职称评聘推荐工作规程", "推荐结果在校内公示不少于5个工作日"],
         "副局长 程启航", ["人事股"], "2024年11月底前"),
    ]),
]
C02_OPEN = [
    ("教育事业发展方面", [
        ("城区学校大班额问题化解不力，部分学校班额超过55人",
         ["加快城东新区两所学校建设", "优化城区学校招生划片", "严格控制城区学校转入学生"],
         "局长 陈立新", ["发展规划股", "基础教育股"], "2025年8月底前", "正在推进"),
    ]),
    ("组织建设方面", [
        ("乡村教师队伍补充机制不健全，部分村小学科教师结构性缺编",
         ["实施乡村教师定向培养计划", "推行县域内教师“县管校聘”", "建立城区教师到乡村学校支教轮岗制度"],
         "副局长 程启航", ["人事股"], "长期坚持", "长期坚持"),
        ("师德师风建设长效机制不健全，有偿补课问题时有反弹",
         ["开展有偿补课专项治理", "设立师德师风举报电话"],
         "副局长 程启航", ["人事股", "思政德育股"], "2025年6月底前", "正在推进"),
        ("上轮巡察反馈的“教育装备闲置”问题整改不彻底",
         ["对全县学校教育装备使用情况开展清查", "建立装备配置与使用绩效挂钩机制"],
         "副局长 罗海鸥", ["装备中心"], "2025年3月底前", "正在推进"),
    ]),
]
STATUS02 = {"正在推进": "in_progress", "长期坚持": "long_term"}


def _merge_rows(doc, rows_to_merge):
    """Merge the category rows of the tables across their width (as Word does for a section row)."""
    for ti, ri in rows_to_merge:
        t = doc.tables[ti]
        row = t.rows[ri]
        first, last = row.cells[0], row.cells[len(row.cells) - 1]
        text = first.text
        m = first.merge(last)
        m.text = text


def doc02():
    from blindwritten_kit import docx_doc
    stem = "w23_02_county_education_report_two_status_attachments_docx"
    title = "中共梓溪县教育体育局党组关于县委第二巡察组反馈意见整改情况的报告"
    issuer = "中共梓溪县教育体育局党组"
    probs, merges = [], []
    t1 = [["序号", "反馈问题", "整改措施", "责任领导", "责任股室", "整改时限"]]
    for ci, (cat, items) in enumerate(C02_DONE, 1):
        t1.append([f"{cn(ci)}、{cat}"] + [""] * 5)
        merges.append((0, len(t1) - 1))
        for t, ms, lead, units, dl in items:
            p = P(len(probs) + 1, cat, t, ms, "done", units, dl, style="num")
            probs.append(p)
            t1.append([str(p.seq), t, p.mtext("\n"), lead, "、".join(units), dl])
    n_done = len(probs)
    t2 = [["序号", "反馈问题", "整改措施", "责任领导", "责任股室", "整改时限", "目前进展"]]
    k = 0
    for ci, (cat, items) in enumerate(C02_OPEN, 1):
        t2.append([f"{cn(ci)}、{cat}"] + [""] * 6)
        merges.append((1, len(t2) - 1))
        for t, ms, lead, units, dl, st in items:
            k += 1
            p = P(k, cat, t, ms, STATUS02[st], units, dl, style="num")
            probs.append(p)
            t2.append([str(k), t, p.mtext("\n"), lead, "、".join(units), dl, st])
    n = len(probs)
    mt = sum(len(p.measures) for p in probs)
    assert (n, n_done, mt) == (11, 7, 26), (n, n_done, mt)
    b = [("title", title),
         ("p", "县委："),
         ("p", "2024年4月1日至5月31日，县委第二巡察组对县教育体育局党组开展了常规巡察，并于2024年7月16日反馈了巡察意见。"
               "局党组高度重视，坚持把抓好巡察整改作为重大政治任务和推动全县教育事业高质量发展的重要契机，"
               "以彻底的自我革命精神抓整改、促提升。现将巡察整改情况报告如下。"),
         ("h", "一、提高政治站位，扛牢整改责任"),
         ("p", "巡察反馈会后，局党组于7月18日召开党组会议，专题研究巡察整改工作，成立由党组书记任组长的巡察整改工作领导小组。"
               "局党组书记认真履行第一责任人职责，坚持重要整改工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要案件亲自督办；"
               "班子成员按照分工认领整改任务，对分管领域的问题一抓到底。局党组先后召开党组会议7次、整改调度会5次，研究解决整改中的重点难点问题。"
               "局党组还召开巡察整改专题民主生活会，班子成员对照反馈问题逐一查摆剖析，开展批评和自我批评，明确了个人整改措施。"),
         ("h", "二、坚持问题导向，逐项整改落实"),
         ("p", "局党组对照巡察反馈的问题，逐条制定整改措施，明确责任领导、责任股室和整改时限，实行清单化管理、项目化推进、销号式落实。"
               "对能够立即解决的问题，坚持立行立改、即知即改；对需要一定时间解决的问题，明确阶段目标，持续推动；"
               "对需要长期坚持的问题，着力建立健全长效机制。截至2024年12月20日，巡察反馈的11个问题已完成整改7个，"
               "其余4个问题正在按计划推进或需长期坚持；共制定整改措施26条。"
               "已完成整改的问题见附件1，正在整改和需长期坚持的问题见附件2。"),
         ("p", "整改中，局党组坚持举一反三，在全县教育系统同步开展学校食堂经营管理、教辅资料征订、校外培训治理等专项整治，"
               "对全县86所中小学、幼儿园开展全覆盖检查，发现并督促整改问题132个；建立健全意识形态管理、食堂食材采购、"
               "职称评聘推荐、校舍维修项目管理等制度14项，推动巡察整改成果转化为教育治理效能。"),
         ("p", "在整改过程中，局党组注重把解决具体问题与解决群众急难愁盼结合起来。针对家长反映集中的学校食堂问题，"
               "全县中小学食堂全部实现食材统一招标配送，每周菜谱和食材价格在校门口和家长群公示，学生在校就餐满意度明显提高；"
               "针对作业负担问题，全县中小学全部建立作业公示制度，教育督导室每学期开展作业抽查，抽查结果纳入学校年度考核；"
               "针对教师职称评聘中反映的程序不公开问题，推荐程序、推荐名单和评分结果全部在校内公示，接受教职工监督。"),
         ("h", "三、强化监督检查，确保整改实效"),
         ("p", "驻局纪检监察组全程跟进监督，采取查阅台账、实地查看、个别谈话等方式对整改情况开展监督检查3次，"
               "对整改不到位的2所学校负责人进行了约谈。对巡察移交的问题线索，局党组积极配合县纪委监委做好核查处置，"
               "给予党纪处分1人、政务处分2人，对4名相关人员进行了批评教育。局党组还邀请家长代表、人大代表和政协委员"
               "对整改成效进行评议，整体满意率达到95.6%。"),
         ("h", "四、下一步工作打算"),
         ("p", "局党组将继续坚持目标不变、标准不降、力度不减，一体推进已完成问题的巩固提升和未完成问题的攻坚突破，"
               "对城区学校大班额化解、乡村教师补充等需要较长时间解决的问题，持续跟踪问效，确保问题整改到位；"
               "把巡察整改与教育强县建设、“双减”落地见效等重点工作结合起来，以整改成果推动全县教育事业高质量发展。"),
         ("p", "附件：1.已完成整改的问题清单"),
         ("p", "2.正在整改和需长期坚持的问题清单"),
         ("pr", issuer), ("pr", "2024年12月26日"),
         ("break", None),
         ("p", "附件1"), ("title", "已完成整改的问题清单"), ("table", t1),
         ("break", None),
         ("p", "附件2"), ("title", "正在整改和需长期坚持的问题清单"), ("table", t2)]
    d = docx_doc(b)
    _merge_rows(d, merges)
    d.save(OUT / f"{stem}.docx")
    finish(stem, genre="1 a county 教育体育局党组's report whose body gives only totals; the 11 problems only in two 附件 tables, one "
                       "titled '已完成整改的问题清单' (no status column) and one '正在整改和需长期坚持的问题清单' with a 目前进展 column",
           kind="bulletin", title=title, issuer=issuer, date="2024-12-26",
           insp=["县委第二巡察组", "县教育体育局党组", "2024-04-01", "2024-05-31", "2024-07-16"],
           headline={"problems_total": n, "problems_done": n_done, "measures_total": mt, "rules_made": 14}, probs=probs, koi=1,
           anomalies=[
               "Problems only in the two 附件 tables after the signature (kind 1); the body's 一、…四、 are the report's own work.",
               "NEW: status from the attachment's own title: every row of 附件1 '已完成整改的问题清单' (no status column) -> done "
               "(a status section, schema/R79); 附件2 rows from their 目前进展 cell ('正在推进' in_progress, '长期坚持' long_term, R93).",
               "seq = the 序号 cell, restarting at 1 in 附件2 (R75: 1-7 then 1-4); category = the merged section row '一、政治建设方面' "
               "above the rows, without its number (R79, R80: the nearest heading, not the attachment's title); title = the 反馈问题 "
               "cell (R89); measure_count = the '1.' lines of the 整改措施 cell (R96).",
               "Units = the 责任股室 cell split on 、 (R101/R102); NEW: the 责任领导 cell names a leader ('副局长 韦晓岚'), a person, "
               "not a unit. Deadline = the 整改时限 cell as written (R106: '立行立改', '长期坚持', '2025年8月底前').",
               "Headline: '反馈的11个问题已完成整改7个' -> 11/7; '共制定整改措施26条' -> 26 (R73; done not stated: null); '建立健全…制度14项' "
               "-> 14 (R74); 86 schools, 132 problems (the 举一反三 sweep's, not the feedback's, R65), 27 accounts closed, 2 督导, 7/5 "
               "meetings, 3 checks, 2 schools, 1/2/4 people, 95.6%, 55人 are distractors.",
               "Dates: period 2024-04-01..05-31, feedback 2024-07-16; report_date = signature 2024年12月26日; 7月18日 (the group's "
               "meeting) and 2024年12月20日 (截至) are distractors."],
           recount=(RE_NUM, None))



# ================================================================ 03 town audit 整改 report, status sections with amounts (Word-saved .html)
# (title, measures (一是… or one undivided account), reason, next step) per status section and sub-heading
C03_DONE = [
    ("财政财务管理方面", [
        ("部分上级专项资金未按规定用途使用，涉及金额86.4万元",
         ["已将挪用的86.4万元专项资金全部归还原资金渠道", "对相关项目重新履行资金拨付审批程序",
          "镇财政所建立专项资金使用台账，实行专款专用、按月对账"]),
        ("往来款项长期挂账未清理，涉及金额312.7万元",
         ["对挂账往来款项逐笔核对清理，已收回或核销245.3万元，其余67.4万元经镇党委会研究后按程序报批核销"]),
        ("公务接待和公务用车费用报销手续不全，涉及金额4.85万元",
         ["对手续不全的票据逐笔补齐审批、公函和接待清单", "对无法说明用途的0.62万元由相关人员退回", "修订镇机关财务报销管理办法"]),
    ]),
    ("工程项目和资产管理方面", [
        ("村级道路硬化项目未按规定公开招标，涉及合同金额146万元",
         ["对项目实施过程开展复查，未发现虚报工程量问题", "对负有责任的镇建设办负责人进行诫勉谈话",
          "出台镇村小型工程项目招投标管理办法，明确限额以上项目一律进入公共资源交易平台"]),
        ("镇属资产出租未经评估和公开招租，租金明显低于市场价格",
         ["对镇属门面房6处重新评估并通过公共资源交易平台公开招租，年租金由9.6万元增加到15.8万元"]),
        ("部分固定资产未入账，涉及金额53.2万元",
         ["完成资产清查并补登资产卡片", "建立资产购置、验收、入账同步办理机制"]),
    ]),
]
C03_OPEN = [
    ("财政财务管理方面", [
        ("镇级债务化解进度滞后，2家镇属企业逾期借款未清偿，涉及金额580万元",
         ["制定镇级债务化解三年计划", "已通过盘活闲置资产偿还借款120万元"],
         "部分借款对应的资产处置需履行国有资产评估和挂牌程序，周期较长",
         "镇政府将按照债务化解计划，加快闲置资产处置，力争2025年底前全部清偿。"),
    ]),
    ("工程项目和资产管理方面", [
        ("农村饮水安全巩固提升工程未办理竣工决算即交付使用，涉及投资98.6万元",
         ["已委托第三方机构开展竣工决算审计"],
         "第三方审计尚未出具审计报告",
         "镇政府将督促第三方机构加快审计进度，审定后及时办理竣工决算和资产移交。"),
        ("集体经济组织“三资”管理不规范，部分村集体资金由村干部个人保管",
         ["收回村干部个人保管的集体资金并存入村集体账户", "在全镇14个村推行村级财务“村账镇代管”", "开展村级财务专项审计"],
         "村级财务专项审计正在进行，尚未全部完成",
         "镇政府将在专项审计结束后逐村反馈问题，督促整改到位，并建立村级财务定期公开制度。"),
    ]),
]


def doc03():
    stem = "w23_03_town_audit_report_status_sections_amounts_word_html"
    title = "柳坪镇人民政府关于经济责任审计查出问题整改情况的报告"
    issuer = "柳坪镇人民政府"
    probs, ps = [], [mso_p(title, bold=True, center=True), mso_p("鹤沙区审计局：", indent=False)]
    body = []
    for sec, data, st in (("二、已整改到位的问题", C03_DONE, "done"), ("三、正在整改的问题", C03_OPEN, "in_progress")):
        body.append(mso_p(sec, bold=True))
        k = 0
        for ci, (cat, items) in enumerate(data, 1):
            body.append(mso_p(f"（{cn(ci)}）{cat}", bold=True))
            for item in items:
                t, ms = item[0], item[1]
                k += 1
                p = P(k, cat, t, ms, st, style="circ")
                probs.append(p)
                body.append(mso_p(f"{k}.{t}。"))
                body.append(mso_p("整改情况：" + p.mtext()))
                if st == "in_progress":
                    body.append(mso_p(f"未完成原因：{item[2]}。"))
                    body.append(mso_p(f"下步措施：{item[3]}"))
    n = len(probs)
    done = sum(p.status == "done" for p in probs)
    assert (n, done, sum(len(p.measures) for p in probs)) == (9, 6, 19), (n, done, sum(len(p.measures) for p in probs))
    ps += [
        mso_p("2024年3月4日至4月19日，鹤沙区审计局派出审计组，对柳坪镇人民政府原镇长黄建平同志任职期间（2020年1月至2023年6月）"
              "经济责任履行情况进行了审计，并于2024年5月30日出具了审计报告（鹤审经责报〔2024〕7号）。审计报告反映了财政财务管理、"
              "工程项目和资产管理两个方面的问题。镇党委、镇政府高度重视，将审计整改作为一项重要政治任务，对照审计报告逐条研究、"
              "逐项落实。现将整改情况报告如下。"),
        mso_p("一、审计查出问题及整改总体情况", bold=True),
        mso_p("审计查出问题9个，涉及金额1281.75万元。截至2024年10月31日，已整改到位6个，正在整改3个；已整改问题金额603.15万元，"
              "其中归还原资金渠道86.4万元、清理往来款项245.3万元、补登资产53.2万元，增加租金收入6.2万元；"
              "制定完善制度8项，对3名相关责任人进行了诫勉谈话或提醒谈话。"),
        mso_p("收到审计报告后，镇党委于2024年6月4日召开专题会议，成立由镇党委书记任组长、镇长任副组长的审计整改工作领导小组，"
              "制定整改方案，逐项明确分管领导、责任办所和完成时限，建立整改台账，实行“整改一项、销号一项”。镇党委书记认真履行整改第一责任人职责，"
              "先后4次主持召开整改推进会，对债务化解、村级“三资”管理等难点问题现场研究、协调推动；镇纪委将审计整改纳入日常监督，"
              "对整改进度和整改质量进行跟踪检查。"),
        mso_p("在整改中，我镇坚持“当下改”与“长久立”相结合，坚持边审边改、立审立改，对审计期间即可整改的问题立即整改；"
              "对涉及历史遗留、需要一定周期的问题，制定计划分步实施。同时举一反三，组织全镇14个村和镇属单位对照审计查出的问题开展自查，"
              "发现并整改同类问题11个。"),
        mso_p("为确保整改质量，镇审计整改工作领导小组办公室对每个问题的整改佐证材料逐项审核，对整改结果不实、佐证材料不全的，"
              "一律退回责任办所重新整改；对已整改到位的问题，由分管领导签字确认后报领导小组审定销号。镇人大主席团对整改情况开展了专题视察，"
              "听取了镇政府关于审计整改工作的汇报，提出了加强镇级债务管理等意见建议，镇政府已逐条研究落实。各问题整改情况如下。"),
    ] + body + [
        mso_p("通过审计整改，我镇财政财务管理的规范化水平有了明显提升。一是资金管理更加规范，专项资金全部实行专账核算、专款专用，"
              "镇财政所每月与各站所、各村核对往来款项，挂账款项大幅减少；二是工程项目管理更加严格，限额以上镇村工程项目全部进入"
              "公共资源交易平台交易，项目实施全过程资料实行归档管理；三是资产管理更加清晰，镇属资产全部建立电子台账，出租资产实行"
              "公开招租和合同备案，资产收益明显增加。"),
        mso_p("同时，我们也清醒地认识到，审计查出的问题虽然表现在财务、工程和资产管理上，根子在于一些干部纪律规矩意识淡薄、"
              "制度执行不严格、监督制约不到位。镇党委以此为戒，在全镇干部中开展财经纪律专题教育，组织学习《会计法》《预算法》等法律法规，"
              "通报审计查出的典型问题，引导干部增强依法理财意识，推动审计整改成果转化为治理效能。"),
        mso_p("四、下一步工作措施", bold=True),
        mso_p("我镇将继续把审计整改作为加强财政财务管理、规范权力运行的重要抓手：一是对正在整改的3个问题，紧盯整改计划，"
              "逐月调度推进，确保整改到位；二是加强制度执行情况的监督检查，防止同类问题反复发生；三是加强财务人员和村级报账员业务培训，"
              "提升财务管理规范化水平。整改完成后，我镇将及时向区审计局报送整改结果和佐证材料。"),
        mso_p("特此报告。"),
        mso_p(issuer, indent=False, flush="text-align:right;"),
        mso_p("2024年11月8日", indent=False, flush="text-align:right;"),
        mso_p("（联系人：镇财政所 林秀英，联系电话：0XXX-5XXXXXX）", indent=False)]
    (OUT / f"{stem}.html").write_text(word_html(title, ps, author="lpzczs", pages=5, grid_spacing="7.8 磅"), encoding="utf-8")
    finish(stem, genre="7 a town government's report on an 经济责任审计's findings: totals with amounts, then the problems under two "
                       "status sections '二、已整改到位的问题' / '三、正在整改的问题', each with '（一）…方面' sub-headings and '1.…' items "
                       "answered by '整改情况：'; the open ones add '未完成原因：' and '下步措施：'",
           kind="bulletin", title=title, issuer=issuer, date="2024-11-08",
           insp=["鹤沙区审计局", "柳坪镇人民政府", "2024-03-04", "2024-04-19", "2024-05-30"],
           headline={"problems_total": 9, "problems_done": 6, "rules_made": 8}, probs=probs, koi=7, anomalies=[
               "Status from the status section (schema: a status section counts): '二、已整改到位的问题' -> done, '三、正在整改的问题' "
               "-> in_progress; category = the nearer '（一）…方面' sub-heading (R79, R80), not the status section.",
               "seq '1.' restarting under each status section (1-6, 1-3), not under the sub-headings (R75; as seed 003's restart).",
               "Titles end with the amount ('…涉及金额86.4万元'), kept (R87); final '。' dropped (R86).",
               "measure_count: the ①②… items of '整改情况：', an undivided account = 1 (R96, R118: the item's sole account of what was "
               "done). NEW: an open item's '未完成原因：' (a reason) and '下步措施：' (the next step, R98) are not counted.",
               "NEW: inspected for an 经济责任审计 of an office holder ('对柳坪镇人民政府原镇长黄建平同志任职期间…') = the body he "
               "led as printed, '柳坪镇人民政府'; inspector '鹤沙区审计局' (R46); period the audit fieldwork 2024-03-04..04-19 (R50), "
               "not the term '2020年1月至2023年6月' (month-only, R53); feedback_date 2024-05-30, the day the 审计报告 was issued (as "
               "bw21 w21_07, bw22 w22_07).",
               "Headline: '审计查出问题9个…已整改到位6个，正在整改3个' -> 9/6; '制定完善制度8项' -> 8 (R74); measures not stated (null). "
               "1281.75/603.15/86.4/245.3/53.2/6.2/580/120/98.6万元, 3 people, 4 meetings, 14 villages, 11 problems (the self-check's, "
               "R65), 6 门面房 are distractors.",
               "Units []: no 责任单位 field (the 镇财政所 of the contact line and the 建设办 in a measure are no unit statements); deadlines "
               "null ('力争2025年底前全部清偿' is inside a 下步措施 of plans, not a 整改时限: NEW, R106 reads a stated limit).",
               "四、下一步工作措施 一是…三是 are no measures (R98). Word-saved .html; report_date = the signature 2024年11月8日; 2024年6月4日 "
               "(meeting) and 2024年10月31日 (截至) are distractors; the 成效 paragraph's 一是…三是 after the last item are no measures (R98)."],
           recount=(RE_CIRC, "通过审计整改", "整改情况："))



# ================================================================ 04 county 督察 验收销号 公示, one row per task keyed by 任务编号 (.xlsx)
# (任务编号, problem, target, measures, units as printed, deadline, completion, verdict)
T04 = [
    (3, "县城污水处理厂进水生化需氧量浓度长期偏低，城区雨污管网混接错接问题突出",
     "城区污水处理厂进水生化需氧量浓度提高到100毫克/升以上",
     ["完成城区雨污混接错接点排查，建立问题点位清单", "改造混接错接点位216处，新建污水管网8.6公里", "建立排水管网“厂网一体”运维机制"],
     ["县住房和城乡建设局（牵头）", "县城市管理局"], "2024年12月底前",
     "已完成216处混接错接点位改造和8.6公里管网建设，2024年10月至12月进水生化需氧量平均浓度为118毫克/升"),
    (7, "柳坪镇畜禽养殖粪污资源化利用设施配套不到位，部分养殖场粪污直排周边沟渠",
     "规模养殖场粪污处理设施装备配套率达到100%",
     ["对全镇23家规模养殖场逐场核查粪污处理设施", "对配套不到位的9家养殖场限期完成改造", "依法关闭禁养区内养殖场2家"],
     ["县农业农村局（牵头）", "市生态环境局梓溪分局", "柳坪镇人民政府"], "2024年9月底前",
     "23家规模养殖场粪污处理设施全部配套到位，2家禁养区养殖场已关闭，沟渠已清淤"),
    (12, "云渡乡废弃采石场未开展生态修复，裸露山体面积较大",
     "完成废弃采石场地质环境治理和植被恢复",
     ["编制废弃采石场生态修复方案", "实施削坡减载、覆土复绿工程"],
     ["县自然资源局（牵头）", "云渡乡人民政府"], "2024年11月底前",
     "已完成削坡减载和覆土复绿，恢复植被4.2公顷，经自然资源部门初验合格"),
    (15, "县域工业园区污水集中处理设施建成后长期低负荷运行，部分企业废水未接管",
     "园区企业废水应接尽接，集中处理设施稳定运行",
     ["对园区企业排水情况开展逐户排查", "督促11家未接管企业完成接管", "实施园区污水处理设施提标改造", "安装在线监测设备并与生态环境部门联网"],
     ["县工业园区管委会（牵头）", "市生态环境局梓溪分局"], "2025年3月底前",
     "11家企业全部完成接管，提标改造工程已完工，在线监测数据稳定达标"),
    (21, "县生活垃圾填埋场渗滤液处理能力不足，渗滤液调节池长期高液位运行",
     "渗滤液得到及时有效处理，调节池液位降至安全水位",
     ["新建渗滤液应急处理设施一套", "对调节池进行防渗加固"],
     ["县城市管理局"], "立行立改",
     "新建日处理能力150吨的应急处理设施已投入运行，调节池液位降至安全水位以下"),
    (26, "梓溪河部分河段存在非法采砂、乱堆乱放问题，河道岸线遭到破坏",
     "非法采砂行为得到遏制，受损岸线得到修复",
     ["开展河道非法采砂专项整治", "清理河道内砂石堆放点17处", "修复受损岸线1.3公里", "建立河道巡查和举报奖励制度"],
     ["县水利局（牵头）", "县公安局", "沿河各乡镇人民政府"], "2024年12月底前，长期坚持",
     "清理砂石堆放点17处，修复岸线1.3公里，立案查处非法采砂案件5起"),
]


def doc04():
    stem = "w23_04_county_ducha_acceptance_xiaohao_rows_xlsx"
    title = "梓溪县第二轮省级生态环境保护督察反馈问题整改任务验收销号情况公示（第三批）"
    issuer = "梓溪县生态环境保护督察整改工作领导小组办公室"
    probs, rows = [], []
    for i, (no, t, target, ms, units, dl, done_txt) in enumerate(T04, 1):
        p = P(no, None, t, ms, "done", [re.sub(r"（牵头）$", "", u) for u in units], dl, style="paren")
        probs.append(p)
        rows.append([i, f"第{no}项", t, target, p.mtext("\n"), "、".join(units), dl, done_txt, "经验收，整改任务已完成，整改目标已实现，同意销号"])
    mt = sum(len(p.measures) for p in probs)
    assert (len(probs), mt) == (6, 18), (len(probs), mt)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "公示"
    lead = [
        title, "",
        "2023年5月8日至6月8日，省第三生态环境保护督察组对澄阳市开展第二轮省级生态环境保护例行督察，并于2023年8月22日向澄阳市反馈了督察意见。"
        "根据市督察整改方案，我县承担整改任务31项。县委、县政府坚持把督察整改作为重大政治任务，逐项明确牵头领导、责任单位、整改目标和整改时限，"
        "实行清单化管理、项目化推进、销号式落实。截至2025年3月31日，31项整改任务已完成整改并验收销号23项，其余8项正在按序时推进。",
        "按照《澄阳市生态环境保护督察整改任务验收销号办法》，县督察整改办于2025年3月17日至3月28日，组织县发展改革委、县财政局、"
        "县生态环境局等单位和特邀专家组成验收组，采取听取汇报、查阅资料、现场核查、走访群众等方式，对第3、7、12、15、21、26项共6项整改任务"
        "进行了验收。验收组认为，上述整改任务已按要求完成，整改目标已经实现，佐证材料齐全，符合销号条件，同意予以销号。",
        "根据有关要求，现将验收销号情况予以公示，公示期为2025年4月2日至4月8日（5个工作日）。公示期间，如对整改情况有异议，"
        "可通过来电、来信、电子邮件等方式向县督察整改办反映。反映问题应实事求是，并提供具体事实和联系方式。",
        "联系电话：0XXX-7XXXXXX；电子邮箱：zxxdczgb@163.com；通信地址：梓溪县人民路9号县督察整改办（邮编：XXXXXX）。", "",
        "附：梓溪县第二轮省级生态环境保护督察反馈问题整改任务验收销号情况表（第三批）",
    ]
    for line in lead:
        ws.append([line])
    ws.append(["序号", "任务编号", "督察反馈问题", "整改目标", "整改措施", "责任单位", "整改时限", "整改完成情况", "验收意见"])
    for r in rows:
        ws.append(r)
    ws.append(["备注：1.任务编号为《澄阳市贯彻落实第二轮省级生态环境保护督察反馈意见整改方案》中涉及我县的整改任务编号；"
               "2.责任单位中标注“（牵头）”的为牵头单位，其余为配合单位；3.验收销号后，各责任单位要持续巩固整改成效，防止问题反弹。"])
    ws.append([])
    ws.append([issuer])
    ws.append(["2025年4月1日"])
    for col, w in zip("ABCDEFGHI", (6, 10, 40, 28, 48, 30, 16, 40, 24)):
        ws.column_dimensions[col].width = w
    wb.save(OUT / f"{stem}.xlsx")
    finish(stem, genre="1 (and 3) a county 督察整改办's 验收销号 公示 of six tasks as one workbook sheet: the notice's prose, then a table "
                       "with one row per task (序号 / 任务编号 '第N项' / 督察反馈问题 / 整改目标 / 整改措施 （1）… / 责任单位 with '（牵头）' / "
                       "整改时限 / 整改完成情况 / 验收意见) and a 备注 row",
           # s24, lead: C35 — the truth's title without the batch number (the document keeps '（第三批）').
           kind="bulletin", title=title.removesuffix("（第三批）"), issuer=issuer, date="2025-04-01",
           insp=["省第三生态环境保护督察组", "澄阳市", "2023-05-08", "2023-06-08", "2023-08-22"],
           headline={"problems_total": 31, "problems_done": 23}, probs=probs, koi=[1, 3], min_len=2000, anomalies=[
               "A 验收销号 公示 of six tasks, one table row each (R14 widened to a batch: each row a problem, R8 table rows); status done "
               "for every row (R94: a 验收销号 公示; each 验收意见 says '同意销号').",
               "NEW: seq = the 任务编号 '第N项' -> N (3, 7, 12, 15, 21, 26), not the table's 序号 1-6 (R77: an item's own 编号 beats "
               "the notice's enumeration, applied to a batch).",
               "title = the 督察反馈问题 cell (R89); category null (no heading or class column: R84); measure_count = the （1）… items of "
               "the 整改措施 cell (R96); the 整改目标 (a target) and 整改完成情况 (a result beside a 整改措施 field, R118) are not counted.",
               "NEW: units = the 责任单位 cell split on 、 with the '（牵头）' marker dropped from the lead unit's name (the 备注 row "
               "explains it); the lead first, as printed (R101). Deadline = the 整改时限 cell as written ('2024年12月底前，长期坚持', R106).",
               "Headline: '我县承担整改任务31项…已完成整改并验收销号23项' -> 31/23 (tasks as problems, R63; the county's own share of "
               "the feedback); 8项, 6项 (this batch), 216处, 8.6公里, 100/118毫克/升, 23/9/2 farms, 4.2公顷, 11 firms, 150吨, 17处, "
               "1.3公里, 5起, 5个工作日 are distractors.",
               "inspector '省第三生态环境保护督察组', inspected '澄阳市' (the city the feedback went to; the county carries its share); "
               "督察 2023-05-08..06-08, feedback 2023-08-22; report_date = the signature 2025年4月1日; the 验收 2025-03-17..03-28 "
               "(R53), 公示期 2025-04-02..04-08 and 截至2025年3月31日 are distractors. A table notice, shorter than the reports: "
               "min_len 2000.",
               "s24, lead: C35 — a batch or issue number after a title is the series' place, not the document's name: dropped "
               "from the truth's title (was '…情况公示（第三批）'; the document keeps it)."],
           recount=(RE_PAREN, "备注："))



# ================================================================ 05 district 公示 of petition cases handed down by a central 督察 group (.docx table)
# (受理编号, area, type, complaint, finding, true?, measures ((1)… or none), done word, units)
V05 = [
    ("D5JL202506030021", "鹤沙区栖凤街道", "大气",
     "栖凤街道滨河路一家餐饮店油烟直排，影响楼上居民生活",
     "经查，该店为“蓉香阁”火锅店，店内安装的油烟净化设施长期未清洗，净化效率下降，油烟经排风管直接排至后巷，群众反映问题属实。", "属实",
     ["责令该店立即停止使用故障设施并清洗油烟净化器", "将排烟口改至楼顶高空排放", "对该店违法行为立案查处，罚款0.5万元"],
     "已办结", ["鹤沙区城市管理局", "栖凤街道办事处"]),
    ("X5JL202506030007", "鹤沙区柳坪镇", "水",
     "柳坪镇石桥村养猪场粪污直排小溪，溪水发黑发臭",
     "经查，石桥村养猪场存栏生猪约600头，配套的沼气池容量不足，雨天部分粪水溢流进入附近小溪，群众反映问题属实。", "属实",
     ["责令养猪场于2025年7月15日前完成粪污处理设施扩容改造", "组织清理小溪受污染河段淤泥", "对养猪场立案调查"],
     "阶段性办结", ["市生态环境局鹤沙分局", "鹤沙区农业农村局", "柳坪镇人民政府"]),
    ("D5JL202506030034", "鹤沙区云湾街道", "噪声",
     "云湾街道锦绣花园小区旁建筑工地夜间施工，噪声扰民",
     "经查，该工地为锦绣花园三期项目，施工单位在未取得夜间施工许可的情况下于夜间进行混凝土浇筑作业，群众反映问题属实。", "属实",
     ["责令施工单位立即停止夜间施工", "对施工单位违法行为立案查处", "将该工地纳入重点监管名单，实行夜间巡查"],
     "已办结", ["鹤沙区住房和城乡建设局"]),
    ("D5JL202506030046", "鹤沙区栖凤街道", "大气、噪声",
     "栖凤街道工业路一家木材加工厂粉尘大、噪声大，且无环保手续",
     "经查，该加工厂为个体经营的板材加工点，未办理环评手续，生产时未采取粉尘收集措施，群众反映问题属实。", "属实",
     ["依法对该加工点实施关停", "拆除生产设备"],
     "已办结", ["市生态环境局鹤沙分局", "栖凤街道办事处"]),
    ("X5JL202506030015", "鹤沙区云湾街道", "土壤",
     "云湾街道原化工厂地块闲置多年，担心土壤受到污染，建议尽快治理",
     "经查，该地块已于2022年完成土壤污染状况调查，调查结果表明地块土壤污染物含量低于建设用地风险筛选值，不属于污染地块；"
     "地块已规划为公园绿地，目前处于闲置状态。群众反映的土壤污染问题不属实。", "不属实",
     [],
     "已办结", ["市生态环境局鹤沙分局", "鹤沙区自然资源局"]),
    ("D5JL202506030052", "鹤沙区柳坪镇", "水、生态",
     "柳坪镇鹤溪河段有人非法采砂，河道被挖得坑坑洼洼",
     "经查，鹤溪柳坪段有2处河滩存在夜间盗采河砂痕迹，未发现固定采砂设备，群众反映问题部分属实。", "部分属实",
     ["联合公安部门开展夜间蹲守巡查", "在重点河段设置拦挡设施和视频监控", "对盗采形成的坑塘进行回填平整"],
     "阶段性办结", ["鹤沙区水利局", "柳坪镇人民政府"]),
    ("D5JL202506030063", "鹤沙区云湾街道", "其他",
     "云湾街道垃圾中转站臭味大，周边蚊蝇多",
     "经查，云湾垃圾中转站建成于2012年，除臭设施老化，夏季高温时段垃圾转运不及时，群众反映问题属实。", "属实",
     ["更换中转站除臭设备", "将垃圾转运频次由每日1次增加到每日2次", "每日对中转站及周边进行冲洗消杀"],
     "已办结", ["鹤沙区城市管理局"]),
]
STATUS05 = {"已办结": "done", "阶段性办结": "in_progress"}


def doc05():
    stem = "w23_05_district_petition_cases_handling_table_docx"
    title = "鹤沙区关于中央第五生态环境保护督察组交办第八批信访件办理情况的公示"
    issuer = "鹤沙区配合中央生态环境保护督察工作领导小组办公室"
    probs, rows = [], [["序号", "受理编号", "交办问题基本情况", "行政区域", "污染类型", "调查核实情况", "是否属实", "处理和整改情况",
                        "是否办结", "责任单位"]]
    for i, (code, area, typ, t, finding, true, ms, st, units) in enumerate(V05, 1):
        p = P(i, typ, t, ms, STATUS05[st], units, "2025年7月15日前" if "7月15日前" in "".join(ms) else None, style="asc")
        probs.append(p)
        hand = p.mtext() if ms else "经查不属实，无需整改。"
        rows.append([str(i), code, t, area, typ, finding, true, hand, st, "、".join(units)])
    mt = sum(len(p.measures) for p in probs)
    assert (len(probs), mt, sum(p.status == "done" for p in probs)) == (7, 17, 5)
    b = [("title", title),
         ("p", "发布时间：2025年6月11日　来源：区督察办"),
         ("p", "2025年5月20日，中央第五生态环境保护督察组进驻江岚省，对江岚省开展第三轮生态环境保护督察，督察进驻时间约为1个月。"
               "督察进驻期间，中央督察组设立专门值班电话和邮政信箱，受理群众来电来信举报，并将举报件分批转交地方办理。"
               "2025年6月3日，中央第五生态环境保护督察组转办第八批群众信访举报件，其中涉及我区7件。"
               "此前第一批至第七批交办我区的信访件已按要求全部办理并分批公示，办理情况可在区人民政府门户网站“督察整改”专栏查阅。"
               "为做好信访件办理工作，区里抽调生态环境、自然资源、住建、城管、农业农村、水利等部门业务骨干组建信访件办理工作专班，"
               "实行集中办公、日调度、日报告。"),
         ("p", "区委、区政府高度重视，第一时间召开专题会议研究部署，区委书记、区长分别对交办信访件办理工作作出批示，"
               "要求坚持以人民为中心，坚持边督边改、立行立改，对每一件信访件做到件件有着落、事事有回音。"
               "区督察办将信访件逐件交由区级领导领办，明确责任单位和责任人，实行“一件一档、一件一策”。各责任单位第一时间组织力量赶赴现场，"
               "调查核实群众反映的问题，依法依规从严从快处理，并向信访人当面或电话反馈办理结果。"),
         ("p", "截至2025年6月10日，第八批交办的7件信访件中，经调查核实，属实5件，部分属实1件，不属实1件；已办结5件，阶段性办结2件；"
               "责令整改5家，立案查处4家，关停取缔1家，罚款金额合计3.2万元，约谈2人。对阶段性办结的信访件，区督察办将持续跟踪督办，"
               "确保整改到位。"),
         ("p", "在办理过程中，区督察办坚持“三个到位”：一是现场核查到位，每一件信访件均由责任单位负责人带队赴现场调查，"
               "调查过程全程留痕，调查结论有照片、检测报告和询问笔录支撑；二是依法处理到位，对查实的环境违法行为，"
               "严格按照法律法规顶格处理，做到不查清不放过、不处理不放过、不整改不放过；三是群众反馈到位，"
               "办理结果逐一向信访人反馈，对信访人不满意的，由区级领导带队重新核查。区督察办还组织区纪委监委、区人大代表对已办结的信访件"
               "进行抽查复核，复核中发现1件办结材料不完整，已退回责任单位补充完善。"),
         ("p", "为举一反三，区督察办以本批信访件反映的餐饮油烟、建筑工地夜间施工、畜禽养殖粪污等问题为重点，在全区同步开展专项排查，"
               "督促各街道、镇和有关部门建立问题清单，限期整改到位，切实解决群众身边的突出生态环境问题。"),
         ("p", "根据中央生态环境保护督察边督边改公开工作要求，现将第八批交办信访件办理情况予以公示，接受社会监督。"
               "如对办理情况有异议，可拨打区督察办电话0XXX-6XXXXXX反映，也可通过电子邮箱hsqdcb@163.com反映，区督察办将及时核实处理。"),
         ("p", "附件：鹤沙区中央生态环境保护督察交办信访件办理情况一览表（第八批）"),
         ("pr", issuer), ("pr", "2025年6月11日"),
         ("break", None),
         ("title", "鹤沙区中央生态环境保护督察交办信访件办理情况一览表（第八批）"),
         ("table", rows)]
    write_docx(stem, b)
    finish(stem, genre="4 a district 督察办's 公示 of seven 交办信访件 in one table (受理编号 / 交办问题基本情况 / 调查核实情况 / 是否属实 / "
                       "处理和整改情况 (1)… / 是否办结 / 责任单位); prose gives the petitions' tallies",
           kind="bulletin", title=title, issuer=issuer, date="2025-06-11",
           insp=["中央第五生态环境保护督察组", "江岚省", "2025-05-20", None, None],
           # s24, lead: C33 — R17 stands, R168 withdrawn: 信访件 are never problems, one by one or in a batch; problems []
           # (were the seven cases, 17 measures). The document is unchanged; the withdrawn per-case notes stay below as
           # the record (_W23_05_WITHDRAWN), out of the truth.
           probs=[], koi=4, anomalies=[
               "s24, lead: C33 — R17 stands and R168 is withdrawn: 信访件 are never problems, one by one or in a batch "
               "(zhenggai keeps petition cases as records of their own); a batch 公示 of cases has none: problems [] (was one "
               "problem per case, 7 problems, 17 measures). R17's exception stays a sign-off 公示 of ONE case. Kind bulletin "
               "kept (C34 not settled).",
               "inspector '中央第五生态环境保护督察组', inspected '江岚省' (the province under 督察); start 2025-05-20 (进驻), end null "
               "('约为1个月', a duration: R52); feedback null (a 督察 still stationed). 2025年6月3日 (转办, R57 is for a feedback list, "
               "not petitions) and 2025年6月10日 (截至) are distractors.",
               "Headline all null: 7件, 5/1/1 属实, 5/2 办结, 5/4/1 firms, 3.2万元, 2 people are petitions' and enforcement counts (R17, "
               "R68). report_date = the signature 2025年6月11日 (the 发布时间 line agrees)."],
           recount=None)  # s24, lead: C33 — no problems, nothing to recount (was (RE_ASC, None))


# s24, lead: C33 — w23_05's per-case notes of session 23 (R168, withdrawn), kept as the record; not written to the truth.
_W23_05_WITHDRAWN = [
               "NEW: a 公示 of several 交办信访件, each with its own 调查核实情况, 处理和整改情况 and 是否办结, labels one problem per case "
               "(R17's exception for the sign-off 公示 of one 交办信访件, widened to a batch as R14 is for tasks); not R17's general "
               "'never problems', which is for petitions named or counted in passing. Their counts stay no figures (R17): headline null.",
               "seq = the 序号 1-7 (R75); the 受理编号 'D5JL…' is a petition code (R78), not the seq. title = the 交办问题基本情况 "
               "cell (R89), final '。' none; category = the 污染类型 cell ('大气', '大气、噪声', '其他', as printed), as the 问题类型 "
               "column of bw18/bw21 w21_09/bw22 w22_01; the 行政区域 cell is a place (R103), not a unit or category.",
               "NEW: status from the 是否办结 cell: '已办结' -> done (R155), '阶段性办结' -> in_progress (a partial close, R71/R93 "
               "'基本完成'). The untrue case (是否属实 '不属实', '经查不属实，无需整改。') is still a printed case: labelled, done, "
               "measures 0 (NEW: no rectification printed, R97).",
               "measure_count = the (1)… items of the 处理和整改情况 cell (R96); the 调查核实情况 is the finding's facts, not measures. "
               "Units = the 责任单位 cell split on 、 (R101/R102). Deadline: only case 2 states one, inside a measure "
               "('责令养猪场于2025年7月15日前完成…', R106: one limit written in the measure counts) -> '2025年7月15日前'; the others null.",
]



# ================================================================ 06 one-task 公示 under numbered labels (GB18030 .txt, CRLF)
def doc06():
    stem = "w23_06_district_task28_numbered_labels_notice_gb18030"
    title = "鹤沙区关于省级生态环境保护督察反馈问题第28项整改任务完成情况的公示"
    issuer = "鹤沙区生态环境保护督察整改工作领导小组办公室"
    task = ("鹤沙区云湾片区建成区黑臭水体治理不彻底，凤尾沟、龙王沟2条已完成治理的水体雨后返黑返臭，"
            "沿线仍有生活污水直排口11个")
    ms = ["对凤尾沟、龙王沟沿线排口开展全面溯源排查，建立排口“一口一档”，查明11个直排口均为周边老旧小区和沿街商铺雨污合流所致",
          "实施云湾片区雨污分流改造工程，改造老旧小区管网14.2公里、沿街商铺接户管386户，11个直排口全部封堵或接入市政污水管网",
          "在凤尾沟、龙王沟上游建设初期雨水调蓄池2座，总容积6800立方米，削减雨天溢流污染",
          "实施河道清淤和生态修复，清理底泥2.1万立方米，种植水生植物1.6万平方米",
          "落实河长制，由区级河长每月巡河1次，区城管局委托专业公司负责日常养护，建立“水质月监测、问题周交办”机制"]
    p = P(28, "整改任务", task, ms, "done", ["鹤沙区住房和城乡建设局", "鹤沙区城市管理局", "鹤沙区水利局", "云湾街道办事处"],
          "2025年6月底前", style="num")
    lines = [
        "鹤沙区人民政府门户网站", "首页  政务公开  政务服务  政民互动  走进鹤沙", "当前位置：首页 > 政务公开 > 重点领域信息公开 > 生态环境", "",
        title, "",
        "发布机构：区督察整改办    发布日期：2025-07-08    浏览次数：412    【打印】【关闭】", "",
        "按照省生态环境保护督察整改验收销号工作有关规定，鹤沙区第28项整改任务已完成整改并通过区级验收，现将有关情况公示如下。",
        "一、整改任务",
        "2023年4月10日至5月10日，省第一生态环境保护督察组对鹤沙区开展了生态环境保护例行督察，并于2023年7月5日反馈了督察意见。"
        "根据《鹤沙区贯彻落实省级生态环境保护督察反馈意见整改方案》，第28项整改任务为：" + task + "。",
        "凤尾沟、龙王沟位于云湾片区老城区，全长分别为2.3公里和1.7公里，2019年列入城市黑臭水体治理清单，2020年完成初步治理。"
        "由于片区老旧小区和沿街商铺多为雨污合流，截污不彻底，雨天合流污水溢流入河，水体反复出现返黑返臭，周边群众多次通过12345热线反映。"
        "督察期间，督察组现场检查发现该问题，并在反馈意见中予以指出。区委、区政府将该任务列为区级重点督办事项，由区政府分管副区长领办，"
        "制定专项整改方案，明确“控源截污、内源治理、生态修复、长效管护”的整改路径，实行挂图作战、按月调度。",
        "二、责任单位",
        "责任领导：区政府分管副区长",
        "牵头单位：鹤沙区住房和城乡建设局",
        "配合单位：鹤沙区城市管理局、鹤沙区水利局、云湾街道办事处",
        "三、整改时限",
        "2025年6月底前",
        "四、整改目标",
        "凤尾沟、龙王沟沿线生活污水直排口全部消除，水体稳定消除黑臭，透明度、溶解氧、氧化还原电位、氨氮4项指标稳定达到城市黑臭水体治理标准，"
        "雨天不出现明显返黑返臭，建立水体长效管护机制，群众满意度达到90%以上。",
        "五、整改措施及完成情况",
    ] + p.mtext("\n").split("\n") + [
        "整改期间，区财政统筹中央、省级水污染防治资金和区级财政资金共计9860万元用于该项任务，其中雨污分流改造工程7420万元、"
        "调蓄池建设1580万元、清淤及生态修复860万元。区纪委监委对整改资金使用和工程质量开展了专项监督，未发现违规问题。",
        "六、整改成效",
        "2025年3月至5月，区生态环境监测站对凤尾沟、龙王沟开展连续监测，透明度、溶解氧、氧化还原电位、氨氮4项指标均达到"
        "城市黑臭水体治理标准，其中氨氮平均浓度由整改前的12.6毫克/升下降到1.8毫克/升。经历2025年5月两次强降雨后，2条水体均未出现返黑返臭现象。"
        "区督察整改办委托第三方机构开展群众满意度调查，共发放问卷300份，回收有效问卷291份，满意度为94.5%。",
        "七、验收情况",
        "2025年6月24日，区督察整改办组织区发展改革委、区财政局、市生态环境局鹤沙分局等单位和3名特邀专家组成验收组，采取查阅资料、"
        "现场核查、水质抽测和走访群众相结合的方式，对第28项整改任务进行了验收。验收组一致认为，该项整改任务已按整改方案要求完成，"
        "整改目标已经实现，佐证材料真实完整，同意销号。",
        "验收后，区督察整改办已将验收意见和佐证材料报市督察整改办备案。为防止问题反弹，区里举一反三，对全区其余9条已完成治理的城市水体"
        "开展排口排查，发现并整改混接错接点位37处；将建成区水体水质纳入区对街道年度目标考核，对出现返黑返臭的水体实行挂牌督办，"
        "对相关街道和部门负责人进行约谈，确保治理成效长期保持。同时，区住房和城乡建设局正在编制云湾片区排水系统提质增效三年行动方案，"
        "从根本上解决老城区雨污合流问题。",
        "八、公示时间及监督方式",
        "公示时间为2025年7月8日至7月14日。公示期间，如对该项整改任务完成情况有异议，可通过电话、信函或电子邮件向区督察整改办反映，"
        "反映时请提供具体事实和联系方式，以便核实。公示期满无异议的，该项整改任务予以销号，并在区人民政府门户网站“督察整改”专栏公开销号结果。",
        "联系电话：0XXX-6XXXXXX    电子邮箱：hsqdczgb@163.com    地址：鹤沙区政府大院3号楼206室",
        "",
        issuer,
        "2025年7月7日",
        "",
        "【相关链接】鹤沙区关于省级生态环境保护督察反馈问题第17项整改任务完成情况的公示",
        "主办：鹤沙区人民政府办公室    技术支持：鹤沙区大数据中心    网站标识码：XXXXXXXXXX", ""]
    (OUT / f"{stem}.txt").write_bytes("\n".join(lines).replace("\n", "\r\n").encode("gb18030"))
    finish(stem, genre="3 a district 督察整改办's 公示 of ONE task under numbered labels 一、整改任务 … 八、公示时间及监督方式: the task in "
                       "prose, 牵头/配合 units on their own lines, the time limit alone, measures '1.…' with their results, 验收 '同意销号'",
           kind="bulletin", title=title, issuer=issuer, date="2025-07-07",
           insp=["省第一生态环境保护督察组", "鹤沙区", "2023-04-10", "2023-05-10", "2023-07-05"],
           probs=[p], koi=3, min_len=2000, anomalies=[
               "One-task 公示 (R14): one problem, the task statement after '第28项整改任务为：' (lead-in dropped, R92; final '。' dropped, "
               "R86); seq 28 from '第28项' (R77).",
               "category '整改任务' = the numbered label '一、整改任务' (R83; C17 side A, the recommended majority; bw7 d06's numbered "
               "label is the null side).",
               "Units: '牵头单位：…' and '配合单位：A、B、C' lines -> the lead then the co-units (R101, C6); '责任领导：区政府分管副区长' is a "
               "leader, not a unit. Deadline '2025年6月底前' = the line under '三、整改时限' (R106).",
               "measure_count 5 = the '1.'…'5.' items of '五、整改措施及完成情况' (R96: measures written with what was done, the item's "
               "sole account, R118); 六、整改成效 and 七、验收情况 are results, not measures.",
               "status done: '同意销号' (R94). Headline null: no count of the feedback; 11 排口, 14.2公里, 386户, 2座/6800立方米, "
               "2.1万/1.6万, 2.3/1.7公里, 9 waters, 37 points, 9860/7420/1580/860万元, 12.6/1.8毫克/升, 300/291 questionnaires, 94.5%, 90%, 3 experts are distractors.",
               "GB18030 text with CRLF, chrome: portal header and menu, breadcrumb, '发布机构：…发布日期：2025-07-08' line (R38: the "
               "发布机构 is metadata; the issuer is the signature's), 相关链接 (another task's 公示), footer. report_date = the signature "
               "2025年7月7日 (R41); 验收 2025-06-24 (R53), monitoring 2025年3月至5月 and 公示 2025-07-08..07-14 are distractors. "
               "A one-task notice: min_len 2000."],
           recount=(RE_NUM, "六、整改成效"))



# ================================================================ 07 county round summary, figures only in prose (UTF-8 .txt)
def doc07():
    stem = "w23_07_county_round_summary_prose_figures_txt"
    title = "中共梓溪县委巡察工作领导小组关于十五届县委第四轮巡察集中整改情况的通报"
    issuer = "中共梓溪县委巡察工作领导小组"
    lines = [
        "清风梓溪 - 中共梓溪县纪律检查委员会 梓溪县监察委员会", "首页 | 工作动态 | 巡察工作 | 纪法课堂 | 以案说纪 | 曝光台 | 监督举报", "",
        "当前位置：首页 > 巡察工作 > 整改公开", "",
        title, "",
        "来源：县委巡察办  时间：2025-04-18 15:26  字号：大 中 小", "",
        "各乡镇党委，县直各单位党组（党委）：",
        "根据县委统一部署，2024年9月2日至10月31日，县委3个巡察组对县人力资源和社会保障局党组、县市场监督管理局党组、县卫生健康局党组、"
        "县供销合作社联合社党组、柳坪镇党委、云渡乡党委6个党组织开展了常规巡察，同步对云渡乡8个村（社区）党组织开展了延伸巡察。"
        "2024年12月上旬，各巡察组分别向被巡察党组织反馈了巡察意见，同时将巡察发现的共性问题向县直有关职能部门作了通报。"
        "截至2025年3月底，被巡察党组织3个月集中整改期已满，均按时报送了集中整改情况报告。县委巡察办会同县纪委监委派驻（出）机构、"
        "县委组织部有关股室，采取查阅资料、实地抽查、个别谈话、听取干部群众意见等方式，对整改情况进行了集中评估。现将有关情况通报如下。",
        "一、集中整改基本情况",
        "本轮巡察共发现反馈问题5类237个。截至2025年3月31日，237个问题中已整改到位219个，整改完成率为92.4%；其余18个问题"
        "因涉及历史遗留、需多部门协调等原因，已制定阶段性整改计划，纳入日常监督持续推进。被巡察党组织共细化整改措施684条，"
        "已完成652条；建立健全制度53项，废止不适用制度9项；清退、追缴违规资金96.8万元，挽回经济损失210.5万元。",
        "本轮巡察共向县纪委监委移交问题线索17件，已办结14件，立案6件，给予党纪政务处分8人；向县委组织部移交选人用人方面问题12个，"
        "已全部整改。巡察期间，各巡察组坚持边巡边改，推动立行立改问题41个，督促解决群众急难愁盼问题26件，为群众办实事好事38件。",
        "分单位看，县人力资源和社会保障局党组反馈问题42个，已整改40个；县市场监督管理局党组反馈问题39个，已整改36个；"
        "县卫生健康局党组反馈问题44个，已整改41个；县供销合作社联合社党组反馈问题36个，已整改32个；柳坪镇党委反馈问题38个，已整改35个；"
        "云渡乡党委（含延伸巡察的村级党组织）反馈问题38个，已整改35个。",
        "二、集中整改的主要做法",
        "（一）上下联动压责任。县委书记在巡察工作领导小组会议上专门听取巡察整改情况汇报，对整改工作提出明确要求；"
        "各被巡察党组织书记切实履行第一责任人职责，主持召开整改专题会议，制定整改方案，对重点问题亲自督办。"
        "县纪委监委派驻（出）机构和县委组织部把巡察整改纳入日常监督和干部考察的重要内容，形成了整改监督合力。",
        "（二）分类施策抓落实。对能够立即解决的问题，被巡察党组织坚持立行立改；对需要一定时间解决的问题，明确整改时限和阶段目标；"
        "对涉及体制机制的问题，着力建章立制、堵塞漏洞。县卫生健康局党组针对巡察指出的医疗机构药品耗材管理问题，"
        "在全县公立医疗机构推行耗材采购“两票制”和使用追溯管理；柳坪镇党委针对村级“三资”管理问题，全面推行“村账镇代管”和村级财务公开。",
        "（三）以点带面促治理。县委巡察办对本轮巡察发现的共性问题进行梳理分析，向县委报送专题报告1份，向县财政局、县审计局等"
        "职能部门发送巡察建议书4份，推动开展惠民惠农补贴“一卡通”、公务接待等领域专项治理，实现“巡察一个、规范一片”。",
        "（四）严格评估防虚假。集中评估坚持问题导向、结果导向，逐项对照整改台账和佐证材料进行核查，对整改成效进行综合评价。"
        "评估中，对6个党组织整改工作分别评定等次，其中“好”4个、“较好”2个；对评估中发现的整改材料不够规范等问题，已逐一反馈、督促完善。",
        "（五）公开透明受监督。各被巡察党组织按照巡察整改公开有关要求，通过单位门户网站、政务公开栏、村务公开栏等渠道公开整改进展情况，"
        "设立意见箱和监督电话，主动接受干部群众监督。县委巡察办在“清风梓溪”网站开设整改公开专栏，集中发布本轮巡察整改情况，"
        "累计收到群众意见建议23条，均已转交相关党组织办理并反馈。",
        "从整改成效看，本轮巡察整改推动解决了一批群众关心关注的问题：县人力资源和社会保障局清理追回冒领的养老保险待遇资金，"
        "规范了社保待遇资格认证流程；县市场监督管理局对全县农贸市场食品安全开展专项整治，群众“菜篮子”更加安心；"
        "县供销合作社联合社对社有资产出租情况进行全面清理，重新公开招租门面房21间，社有资产收益明显提高；"
        "云渡乡8个村全部完成村级“三资”清理，村集体经济收入稳步增长。",
        "三、存在的不足",
        "从评估情况看，本轮巡察整改工作总体较好，但也存在一些不足：有的党组织对问题根源剖析不够深入，举一反三不够到位；"
        "有的整改措施针对性不强，用制度代替整改；有的对需长期坚持的问题，缺乏跟踪问效的机制；还有的整改台账更新不及时，佐证材料不够规范。"
        "个别党组织对巡察移交的选人用人方面问题，整改停留在补齐程序、完善材料上，对干部选拔任用工作中存在的深层次问题研究不够，"
        "整改成效还不够明显。对此，县委巡察办已向相关党组织逐一反馈，督促其限期完善。",
        "四、下一步工作要求",
        "各被巡察党组织要坚持目标不变、标准不降、力度不减，对尚未完成整改的18个问题，明确整改时限，逐项推进，确保按期整改到位；"
        "对已完成整改的问题，要开展自查自纠，巩固整改成果，防止问题反弹回潮。县纪委监委派驻（出）机构、县委组织部要持续加强对巡察整改的日常监督，"
        "对整改不力、敷衍整改、虚假整改的，依规依纪严肃问责。县委巡察办将适时组织开展巡察整改“回头看”，并将整改情况作为下一轮巡察的重要参考。",
        "各乡镇党委、县直各单位党组（党委）要对照本轮巡察发现的共性问题，主动开展自查自纠，做到未巡先改、以巡促改。"
        "县直有关职能部门要认真研究巡察建议书提出的意见建议，加强行业监管和系统治理，推动巡察成果转化为治理效能。",
        "", issuer, "2025年4月16日", "",
        "【打印】 【关闭】",
        "上一条：县委巡察办召开2025年度巡察工作业务培训会", "下一条：十五届县委第五轮巡察进驻动员会召开",
        "版权所有：中共梓溪县纪律检查委员会  梓溪县监察委员会  地址：梓溪县人民路9号", ""]
    (OUT / f"{stem}.txt").write_text("\n".join(lines), encoding="utf-8")
    assert 42 + 39 + 44 + 36 + 38 + 38 == 237 and 40 + 36 + 41 + 32 + 35 + 35 == 219
    finish(stem, genre="5 a county 巡察工作领导小组's 通报 on a round's 集中整改: all figures in prose (totals, then per body), 做法 "
                       "（一）…（五）, 不足 and 要求; no problem list",
           kind="bulletin", title=title, issuer=issuer, date="2025-04-16",
           insp=[None, None, "2024-09-02", "2024-10-31", None],
           headline={"problems_total": 237, "problems_done": 219, "measures_total": 684, "measures_done": 652, "rules_made": 53},
           koi=5, anomalies=[
               "A round summary over six bodies and 8 villages by 3 巡察组: problems [] (R19); the per-body tallies in prose "
               "('县人力资源和社会保障局党组反馈问题42个，已整改40个；…', R111), the 做法 （一）…（五）, the 成效 paragraph and the '有的…' 不足 are not problems.",
               "Headline: '共发现反馈问题5类237个…已整改到位219个' -> 237/219 (5类 are kinds, R64; the per-body figures sum to them, R69); "
               "'细化整改措施684条，已完成652条' -> 684/652 (R73); '建立健全制度53项' -> 53 (R74), not '废止不适用制度9项'.",
               "Distractors: 92.4%, 18 open problems, 96.8/210.5万元, 17/14/6 clues, 8 people, 12 选人用人 problems (移交, R65: not the "
               "round's total), '立行立改问题41个' (C16: not done), 26件, 38件, 1 report, 4 建议书, 4/2 grades, 23条 意见建议, 21 门面房; the 做法 run to （五）.",
               "inspector/inspected null (several groups and bodies, as bw21/bw22); period 2024-09-02..10-31; feedback '2024年12月上旬' "
               "(R53) -> null; report_date = the signature 2025年4月16日 over the page's '时间：2025-04-18 15:26' (R41); '2025年3月底' and "
               "'2025年3月31日' (截至) are distractors.",
               "UTF-8 text with chrome: site name and menu, breadcrumb, 来源/时间/字号 line, 打印/关闭, 上一条/下一条, footer."])



# ================================================================ 08 city 督导检查 通报: each county's faults as 一是… under its heading (.docx + score table)
# (county, faults, lead unit of the closing request, time limit)
B08 = [
    ("梓溪县", ["部分村庄公厕管护不到位，柳坪镇石桥村、云渡乡下坝村公厕无人保洁、异味较大",
               "农村生活垃圾收运体系运行不畅，云渡乡集镇垃圾中转站满溢，周边垃圾散落",
               "村庄清洁行动流于形式，部分农户房前屋后柴草杂物乱堆乱放"],
     "梓溪县农业农村局", "2025年5月31日前"),
    ("鹤沙区", ["农村生活污水处理设施“建而不用”，柳坪镇2座一体化污水处理设施未通电运行",
               "河塘沟渠清理不彻底，部分村内水塘漂浮垃圾较多、水体发黑",
               "农村户厕问题摸排整改台账与实际不符，抽查的15户中有4户厕所无法正常使用",
               "长效管护机制不健全，村级保洁员考核流于形式，保洁经费未按时足额拨付"],
     "鹤沙区农业农村和水利局", "2025年6月15日前"),
    ("枫源县", ["部分道路沿线“白色垃圾”较多，县道枫石线两侧农膜、塑料袋随意丢弃",
               "畜禽养殖粪污处理不规范，个别散养户粪污露天堆放、雨天流入沟渠",
               "村庄规划管控不严，部分村存在违规搭建棚舍现象"],
     "枫源县乡村振兴局", "2025年5月31日前"),
]


INTRO08 = {
    "梓溪县": "督导组随机抽查了柳坪镇、云渡乡、城关镇3个乡镇的6个村。该县今年以来新建村级公厕12座，完成农村户厕问题整改326户，"
             "村庄清洁行动开展较为经常。检查发现以下问题：",
    "鹤沙区": "督导组随机抽查了柳坪镇、栖凤街道、云湾街道3个乡镇（街道）的6个村（社区）。该区农村生活污水治理设施覆盖率较高，"
             "本次检查发现问题数量居全市首位，得分排名第4。检查发现以下问题：",
    "枫源县": "督导组随机抽查了枫石镇、白沙乡、南岭乡3个乡镇的6个村。该县农村生活垃圾收运处置体系基本建立，"
             "部分示范村环境面貌较好。检查发现以下问题：",
}


def doc08():
    stem = "w23_08_city_supervision_check_county_faults_shi_docx"
    title = "澄阳市农业农村局关于2025年第一轮农村人居环境整治督导检查情况的通报"
    issuer = "澄阳市农业农村局"
    probs = []
    b = [("title", title), ("p", "澄农通〔2025〕14号"),
         ("p", "各县（市、区）农业农村局（乡村振兴局），市直有关单位："),
         ("p", "为深入推进农村人居环境整治提升五年行动，巩固“千村示范、万村整治”工程成果，2025年4月14日至4月18日，"
               "市农业农村局组织4个督导检查组，采取“四不两直”、随机抽查的方式，对4个县（区）12个乡镇24个村的农村人居环境整治工作进行了督导检查。"
               "检查重点为农村生活垃圾治理、生活污水治理、厕所革命、村容村貌提升和长效管护机制建设等情况。现将有关情况通报如下。"),
         ("h", "一、总体情况"),
         ("p", "从督导检查情况看，各县（区）高度重视农村人居环境整治工作，普遍成立了工作专班，制定了年度工作方案，"
               "大部分村庄环境面貌明显改善，群众参与的积极性不断提高。本次督导检查共发现问题53个，已督促当场整改11个，其余问题已形成问题清单"
               "交各县（区）限期整改。各县（区）督导检查得分情况见下表。"),
         ("table", [["县（区）", "检查乡镇（个）", "检查村（个）", "发现问题（个）", "得分", "排名"],
                    ["石岭县", "3", "6", "7", "92.5", "1"], ["梓溪县", "3", "6", "13", "85.0", "2"],
                    ["枫源县", "3", "6", "15", "81.5", "3"], ["鹤沙区", "3", "6", "18", "78.0", "4"]]),
         ("p", "各地在推进工作中探索了一些好的做法。石岭县推行“村庄保洁市场化+党员责任区”模式，将全县行政村保洁服务统一打包招标，"
               "同时划定党员环境卫生责任区，实现了保洁无死角；梓溪县在全县推行农村人居环境“红黑榜”，每月评比、张榜公布，"
               "激发了村民参与热情；枫源县结合美丽乡村建设，整合涉农资金集中打造精品示范村，发挥了示范带动作用。"
               "上述做法值得各地学习借鉴。"),
         ("p", "其中，石岭县农村人居环境整治工作成效明显，长效管护机制健全，所检查村庄环境整洁有序，未发现突出问题，予以通报表扬。"),
         ("h", "二、存在的主要问题")]
    for ci, (county, faults, unit, dl) in enumerate(B08, 1):
        b.append(("h", f"（{cn(ci)}）{county}"))
        b.append(("p", INTRO08[county]))
        for k, f in enumerate(faults, 1):
            probs.append(P(k, county, f, [], None, [unit], dl))
        b.append(("p", "；".join(f"{cn(k)}是{f}" for k, f in enumerate(faults, 1)) + "。"))
        b.append(("p", f"请{unit}牵头，督促相关乡镇于{dl}完成整改。"))
    assert len(probs) == 10
    b += [("h", "三、问题原因分析"),
          ("p", "一是思想认识不到位。部分乡镇和村对农村人居环境整治的长期性、艰巨性认识不足，满足于搞突击、应付检查，"
                "存在“重建设、轻管护”的思想，一些设施建成后无人管、无钱管。二是责任落实不到位。部分县（区）行业部门之间"
                "职责分工不够清晰，对乡镇的指导督促不够有力，乡镇对村级保洁员、设施运维单位的考核流于形式。三是群众发动不到位。"
                "部分村庄宣传引导不够，群众主体作用发挥不充分，“干部干、群众看”的现象仍然存在。"),
          ("h", "四、工作要求"),
          ("p", "（一）抓紧整改落实。各县（区）要对照问题清单，逐项明确整改责任和整改措施，做到整改一个、销号一个。请各县（区）于2025年6月20日前"
                "将整改情况（含整改前后对比照片）书面报送市农业农村局农村社会事业促进科。"),
          ("p", "（二）健全长效机制。各县（区）要聚焦农村人居环境“建、管、用”各环节，健全村庄保洁、设施运维、考核奖惩等长效管护机制，"
                "落实管护经费和管护人员，切实解决重建轻管问题，防止问题反弹。要加快推进农村生活污水处理设施运维市场化、专业化，"
                "对已建成的设施逐一开展运行评估，对“晒太阳”设施限期修复运行；要健全农村生活垃圾“户分类、村收集、镇转运、县处理”体系，"
                "合理配置收运车辆和中转设施，确保垃圾日产日清。"),
          ("p", "（三）强化督导考核。市农业农村局将适时对本次督导检查发现问题的整改情况开展“回头看”，对整改不力、问题反弹的，"
                "将在全市范围内通报，并纳入乡村振兴实绩考核。"),
          ("p", "（四）发动群众参与。各县（区）要充分发挥村党组织战斗堡垒作用，通过“红黑榜”“积分制”等方式，"
                "引导农民群众自觉参与村庄清洁行动，形成共建共治共享的良好氛围。"),
          ("pr", issuer), ("pr", "2025年4月25日")]
    write_docx(stem, b)
    finish(stem, genre="7 (check) a city bureau's 督导检查 通报: totals and a score table, a praised county, then each county's faults "
                       "as one '一是…；二是…' paragraph under its heading, closed by '请<bureau>牵头…于<date>完成整改'",
           kind=None, title=title, issuer=issuer, date="2025-04-25",
           insp=["市农业农村局", None, "2025-04-14", "2025-04-18", None],
           headline={"problems_total": 53, "problems_done": 11}, probs=probs, koi=7, min_len=2000, anomalies=[
               "A check's results (R29): kind null with its title kept (R29 'even with a title').",
               "Each county's 一是… items under its '（一）梓溪县' heading are problems (R138: seq 1-3/1-4/1-3 restarting per heading, R76a); "
               "category = the county heading (R82, R138); title = the item without '一是' and the final '；'/'。' (R86), the villages "
               "named inside kept (the finding's own words, not a lead-in).",
               "Units and deadline from each county's closing sentence '请梓溪县农业农村局牵头，督促相关乡镇于2025年5月31日前完成整改。' "
               "applied to every item above it (R105, R104: a body named as leading; R106 as written '2025年5月31日前'); the towns "
               "and villages are places (R103). measures 0 and status null (no answer, R97, R95).",
               "'请各县（区）于2025年6月20日前将整改情况…报送' is a reporting date, no deadline (R154); the praised 石岭县 gives no problem "
               "(R16); the score table's rows (问题 7/13/15/18 per county) are tallies, not problems, and 13/18/15 do not match the items "
               "printed (the text prints the main ones).",
               "Headline: '共发现问题53个，已督促当场整改11个' -> 53/11 (R71: a check's 当场整改 is done; C16); 4/12/24 bodies and "
               "places, 4 groups, scores are distractors (R68).",
               "inspector = '市农业农村局' (the bureau whose 督导检查组 checked, as printed; the four groups are unnamed); inspected null "
               "(four counties, R48); check days 2025-04-14..04-18 (R50); no feedback date; report_date = the signature 2025年4月25日; "
               "原因分析 一是…三是 and 工作要求 （一）…（四） are neither problems nor measures (R98); each county's lead-in paragraph ('…检查发现以下问题：') is no category (C13) and its '但设施运行维护…相对滞后' is the county's overall assessment before the list, not a finding of its own (NEW: R16's '但' clause read only where no list follows). A check bulletin: min_len 2000."],
           recount=(None, "三、问题原因分析"))


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09):
        f()
    print(len(ALL), "documents:", *ALL, sep="\n  ")
