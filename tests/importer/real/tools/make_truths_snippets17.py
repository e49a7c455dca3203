"""Write the truth files of tests/importer/real/snippets17: a held-out set of real lead paragraphs (and a few whole short
pages that hold no problem list) labelled in session 15 by helper label17, who did not change the parser and did not read
zhenggai/importer/ or tests/importer/*.py. Scored once on the worktree's untouched parser (FIRST_RUN_snippets17.txt)
before anything else changed. Labelled at the same time as blind15 (make_truths_blind15.py); no page is in both.

Each text is the lead paragraph(s) of one page of the search tool's ``pages`` corpus, copied as returned (traditional
copies with and without glyph glosses, a big5 gateway copy, mojibake '?。▍^', a page printed twice, a masked '__'/'20__',
spun wording, portal chrome and metadata lines, a Taiwanese table with ROC dates). A snippet starts at the title line (or
the portal lines just above it) or the lead and stops at a paragraph end; no page is copied whole except where the stored
copy ends there (health_bureau_ten_clinics_ducha_repeat, yingzhou_sanshilipu_civilized_city_ducha,
shengzhou_sanitary_city_ducha_eight_aspects, fenghua_reserve_suspected_problems_17_2, chongqing_gxq_lvdun_three_points_done,
yanzhou_public_places_q3_inspection_236); they are still marked excerpt true since their pages carry more than the copy.
None of the 31 urls is in an earlier truth: host+path+query compared (scheme, 'www.' and a trailing '/' ignored, lower
case) against every ``"url"`` in the JSON under /work/main/tests/importer and /work/shared/corpus and every url quoted in
/work/main/tests/importer/real/tools/*.py (645 known urls, snippets16/blind14 included). About two in three pages the
queries returned were known; for 巡察/巡视 leads nearly all were (24 of the first 26).

Queries (``pages`` corpus; 26 in all, shared with blind15; none is in the lists of make_truths_snippets13/14/15/16.py):
巡察组反馈意见 整改情况 公示 村党支部 一、存在问题 二、整改措施; 关于审计发现问题整改情况的公告 审计查出 问题 已整改 金额;
巡视整改进展情况 大学 党委 反馈意见 整改任务 项 已完成; 巡察整改情况通报 医院 反馈问题 整改措施 条 完成; 烟草 公司 党组 巡视整改
情况通报 反馈问题 整改; 序号 存在问题 整改措施 责任人 整改时限 完成情况 党支部 巡察; 税务局 巡察反馈意见 整改落实 问题 已整改到位 项;
林业 自然保护区 督察 反馈问题 整改销号 验收 公示; 点位 问题 整改措施落实情况 整改目标完成情况 信息公开 自然保护地; 问题整改销号表
问题描述 整改完成时间 销号 乡镇; 检察院 巡视反馈 整改 情况 公开 具体问题 整改落实; 供电公司 巡察 整改 反馈 问题 整改措施 清单; 绿盾
问题线索 整改销号 公示 序号 问题描述 整改情况; 村 巡察整改情况公示 存在问题 整改结果 已整改 村委会; 安全生产 督导检查 发现问题 隐患清单
整改责任单位 整改期限 通报; 巡察反馈意见 整改方案 问题清单 整改目标 整改措施 责任领导 完成时限; 反馈问题整改进展情况表 序号 反馈问题
整改措施 整改进展 责任单位; 关于巡察反馈意见整改落实情况的报告 1.关于 问题 整改情况:已完成; 中央生态环境保护督察 交办 信访件 办理结果
是否属实 整改情况 问责; 卫生监督 检查 发现问题 责令整改 整改回执 医疗机构 问题如下; 整改情况公示 问题一 问题二 问题三 整改措施 整改结果
已完成 学校; 督查发现问题清单 1. 2. 3. 限期整改 镇 通报 存在以下问题; 巡察 反馈 存在问题 一是 二是 三是 整改 公开 国有企业 集团 2024年;
檢查發現問題 整改情況 報告 已整改 學校 第一 第二 第三; 督导简报 发现以下问题 其一 其二 下发督导通知单 限期整改; 暗访 发现问题 通报 1、
2、 3、 责令 立即整改 整改情况 于 日前 报; 整改报告 针对 指出的问题 逐项整改 (一) (二) 整改情况 已完成 党总支; 巡察 整改 专题民主生活会
反馈问题 条 制定整改措施 条 已整改 社区; 市委巡察组 反馈 整改 公布 截至 反馈问题 个 已完成整改 个 完善制度 项 2024年 局党组; 检查组 反馈意见
存在问题 1. 2. 3. 整改建议 幼儿园 卫生保健. (26 searches; every one is listed.)
The new pages lean to kinds the earlier sets hold few of: 绿盾 nature-reserve problem points, national safety checks,
创城/创卫 督查 news, petitions batches, tobacco-industry pieces, a Control Yuan table.

Schema and conventions as in make_truths_snippets9.py … make_truths_snippets16.py: ``problems`` always empty; ``genre``
``"snippet"``; ``kind`` only when a title line names a rectification 通报/报告/公示 or 整改方案; ``title``/``issuer`` only when
the title line names a rectification or inspection document (news headlines null); ``report_date`` from a signature or a
page/source date line inside the snippet (the lead's SETTLED call: a repost's report_date is the page's 发布时间 when
there is no signature); ``inspector``/``inspected`` null. Days with no year give no date unless a page date line in the
snippet gives the year; month-only or quarter periods give none; a one-day check has that day as start and end
(snippets16); a recheck of rectification (复查, 复核, 验收) gives none (blind7); petitions, clues, bodies, sites, people,
rates, money, notices, opinions and standards are not headline figures; counts by kind with no total are not a total;
subsets are not the total.

Judgement calls new in this set (each also said in the truth's anomalies):
- NEW: 绿盾 '问题点位' are the problems themselves (one point = one problem), unlike places visited (snippets16's '58处'):
  '问题点位共7个…已于去年年底前完成整改' → 7/7; '3处…违法违规点位整改已全部完成' → 3/3; '5503个重点问题点位,已整改完成5038个'
  → 5503/5038 (the headline's 92% pair; the 长江经济带 1388/1217 is a subset; '4398个台账问题' were checked, not reported on).
- NEW: '已完成5个…问题点位整改,剩余3个点位正在…推进整改' gives problems_done 5 and no total (a total is not summed).
- NEW: '共计17个疑似问题核查,其中有2个问题需要整改,现均按要求加以整改' → problems_total 2, problems_done 2 (suspected
  problems are not problems until confirmed).
- NEW: a national check's '查处隐患1742项、重大隐患64项' → problems_total 1742 (found by the check, as snippets16's fire
  check); its '复查问题隐患2541项,已整改问题隐患2401项' is a recheck of earlier hazards: not read (pd null).
- NEW: a 督查 of rectification work ('对…森林督查问题整改…开展督查') is treated as a recheck: no period.
- NEW: a 回头看 feedback meeting '7月24日' with the page date '2024-07-27' gives feedback_date 2024-07-24; a news piece's
  '8月19日下午，中央第三巡視組…反饋巡視情況' with the page date '2020-12-21' gives feedback_date 2020-08-19.
- NEW: '12月6号' (号 for 日) with the page date 2018-12-07 is a one-day 暗访 → start and end 2018-12-06.
- NEW: a petitions '查处整改公示(第三十一批)' title names a rectification publication: title set, kind bulletin; its
  '文章来源:宿州市环境保护局' is the portal's source, not an issuer.
"""
from pathlib import Path

from make_truths import head, ins, write_stored_snippets
from make_truths_snippets10 import doc

HERE = Path(__file__).resolve().parent.parent / "snippets17"

WHOLE: set[str] = set()

DOCS = {
    # --- 巡察/巡视 leads ----------------------------------------------------------------------------------------------
    "pingchao_village_round_feedback_ten_aspects": doc(
        "http://www.tzjw.gov.cn/tzjw/bjxcfk/content/081c0b60-630e-4c68-8216-b0bd2e48ab2c.html",
        ["News headline (title null); '发布时间: 2025/06/20' (slashes) → report_date. Period '2025年4月2日至5月30日' (end takes "
         "the start's year), feedback '2025年6月20日'. '十个方面' are aspects, '23个村(社区)' bodies: no figure."],
        report_date="2025-06-20", inspection=ins(start="2025-04-02", end="2025-05-30", feedback="2025-06-20")),
    "wudi_shejia_village_feedback_2019": doc(
        "http://wdjjw.gov.cn/lj/wd/2020-04-17/418.html",
        ["A feedback lead: '2019年9月19日…召开专题会议向佘家镇党委反馈' → feedback 2019-09-19; no period, no page date in the "
         "text (the url's 2020-04-17 is not read). The problems are named in one run-on sentence: no figure."],
        inspection=ins(feedback="2019-09-19")),
    "guangyuan_lookback_feedback_eight_orgs": doc(
        "http://www.gyjjjcw.gov.cn/gysjw/phone_article.html?id=10553+",
        ["News headline (title null); '发布时间:2024-07-27 00:52:55' → report_date. NEW: the 回头看 results are fed back at a "
         "meeting '7月24日' (year from the page date) → feedback 2024-07-24. '8个党组织' are bodies; '第11次' a meeting."],
        report_date="2024-07-27", inspection=ins(feedback="2024-07-24")),
    "guangdong_tobacco_office_tower_xunshi_trad": doc(
        "https://ppfocus.com/0/fa94e25a4.html",
        ["Traditional copy without glosses, a news repost; '2020-12-21 觀察者網' → report_date. NEW: '8月19日下午,中央第三巡視組向"
         "國家菸草專賣局黨組反饋巡視情況' takes the page date's year → feedback 2020-08-19. '30億元', '50棟' are not figures."],
        report_date="2020-12-21", inspection=ins(feedback="2020-08-19")),
    "shanghai_tobacco_mass_line_progress_trad": doc(
        "http://m.0832.org.cn/html/xwzx/guonei/211538.shtml",
        ["Traditional copy with glosses; a 群众路线 progress meeting '12月6日' (no year; '2013年下半年以來' is a half-year): no "
         "date. '三個特點' are not problems; the later '15個問題' (cut off, not in the snippet)."]),
    "county_village_xuncha_reflection_essay_p2": doc(
        "https://guanshanwenku.com/diaoyanbaogao/2024/07/89011_2.html",
        ["Page 2 of an essay on village 巡察 ('关于对X县对村巡察工作的思考'): '(二)存在问题 一是…二是…三是…' are the essay's "
         "analysis, not a problem list (as snippets16's bdocx essay); masked 'X'. Title null."]),
    # --- 绿盾 nature-reserve points -----------------------------------------------------------------------------------
    "fenghua_reserve_suspected_problems_17_2": doc(
        "http://www.fh.gov.cn/art/2022/5/25/art_1229634920_59081721.html",
        ["One paragraph, no date ('今年来'; the url's 2022/5/25 is not read). NEW: '共计17个疑似问题核查,其中有2个问题需要整改,"
         "现均按要求加以整改' → problems_total 2, problems_done 2; the 17 are suspected problems checked."],
        headline=head(pt=2, pd=2)),
    "guangde_lvdun_points_recheck_7": doc(
        "http://www.guangde.gov.cn/OpennessContent/show/1843581.html",
        ["News title of a 复核 (title null); '发布时间:2020-04-02 17:30' → report_date. The 复核 '4月1日' is a recheck of "
         "rectification: no period (blind7). NEW: '问题点位共7个…已于去年年底前完成整改并申请销号' → 7/7 (points are problems)."],
        report_date="2020-04-02", headline=head(pt=7, pd=7)),
    "liangping_lvdun_points_5_of_8": doc(
        "http://cqlp.gov.cn/sthjj/zwgk_29334/sthjly/zwgk/zfxxgkml/hjgl_1/zrst/202112/t20211217_10194382.html",
        ["Portal metadata lines then a news title; '[ 发布日期 ] 2021-12-17' → report_date (no signature). '18个问题线索' are "
         "clues. NEW: '已完成5个…违法违规问题点位整改,剩余3个点位正在…推进' → problems_done 5, no total (not summed); '已完成3个"
         "点位销号' is closure, not a figure."],
        report_date="2021-12-17", headline=head(pd=5)),
    "national_reserves_5503_points_92pct_big5": doc(
        "http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2021-01/31/content_5583834.htm",
        ["A big5 gateway copy (traditional); '2021-01-31 07:41 來源: 經濟日報' → report_date. NEW: the headline's 92% pair "
         "'5503個重點問題點位,已整改完成5038個' → 5503/5038; '1388…1217' is the 長江經濟帶 subset; '4398個臺賬問題' were "
         "checked; '8批共136人次', '196個自然保護地' are not figures. '1月28日' is a press conference."],
        report_date="2021-01-31", headline=head(pt=5503, pd=5038)),
    "chongqing_gxq_lvdun_three_points_done": doc(
        "http://gxq.cq.gov.cn/zwgk_202/jczwgkbzml/sthjly/hjgl/zrst/202112/t20211230_10261455_wap.html",
        ["A portal page titled '“绿盾”自然保护地强化监督工作情况' (a work-status page, not a rectification document: title null). "
         "NEW: '今年3处自然保护地人类活动违法违规点位整改已全部完成' → 3/3; '14625平方米' is area. No date."],
        headline=head(pt=3, pd=3)),
    "reserve_human_activity_141_sites_spam_trad": doc(
        "http://m.viccdgs.com/news/xingyezixun/hongyuhuanjingjiance_shengtaihuanjingbuzuzhikaizhanshidihechahewentichachu.html",
        ["Traditional copy with glosses on a spam site (the first line of spam left out, as returned after it). '近日' no date; "
         "'141處新增或規模擴大的…人類活動變化情況' are changes seen by remote sensing, to be checked: not problems, no figure."]),
    "zhangjiajie_forest_ducha_rectification_check": doc(
        "http://lyj.hunan.gov.cn/lyj/xxgk_71167/gzdt/xlkb/szxx/202302/t20230221_29252836.html",
        ["News headline (title null); '时间:2023-02-21 15:45' → report_date. NEW: '2月16日…对…森林督查问题整改…开展督查' checks "
         "rectification work: treated as a recheck, no period."],
        report_date="2023-02-21"),
    # --- safety, health, 创城 checks -------------------------------------------------------------------------------------
    "national_safety_lookback_1742_hazards_trad": doc(
        "http://sheepishcreations.com/news/detail/17.html",
        ["Traditional copy with glosses and mojibake ('?。▍^'); '發布時間:2017-12-18 15:54:56' → report_date. The 回頭看 ran "
         "'黨的十九大召開期間' / '截至10月底': no date. NEW: '查處隱患1742項、重大隱患64項' → problems_total 1742; '復查問題隱患"
         "2541項,已整改問題隱患2401項' (a recheck of earlier hazards) not read; firms, 起, 地市 are not figures."],
        report_date="2017-12-18", headline=head(pt=1742)),
    "state_council_safety_ducha_seven_provinces": doc(
        "https://www.zgbfxw.com/article-105009-1.html",
        ["A wire copy '报北京8月24日电' with no year; the 督导 '8月7日至18日' has no year (the forum footer's 'GMT+8, 2025-6-29' is "
         "a processing time): no dates. '仍发现隐患55项' is one province's (a subset); '120多家', '33家' are bodies."]),
    "city_safety_check_and_xuncha_rectification_ducha_notice": doc(
        "https://777doc.com/doc-12564329.html",
        ["Doc-site copy ('三七文档') of a notice announcing a 督查 of rectification: it names an inspection document → title; no "
         "signature in the snippet (issuer null; the 指挥部 is named in the body); kind null. '2017年9月至12月' is month-only: "
         "no date; '3个单位' bodies."],
        title="关于开展安全生产大检查和巡查整改情况督查通知"),
    "hangzhou_safety_hundred_days_ducha_fanwen_p2": doc(
        "https://98523.com/fanwen/gongzuozongjie/c372/201112/149080_2.html",
        ["Page 2 of a 范文 summary, starting mid-word ('排,'). Per-department counts ('发现隐患36处', '发现隐患5786条,整改5668条', "
         "'22处隐患') have no total: no figure. '6月16-20日', '6月26日' have no year."]),
    "heze_hospital_enforcement_336_opinions": doc(
        "https://sjb.qlwb.com.cn/qlwb/content/20140710/ArticelP03003FM.htm",
        ["E-paper page: '2014年07月10日 来源:' → report_date. '近日' no period; '监督意见书42份', '监督意见336条' are notices and "
         "opinions, '38项内容' standards, hospitals bodies: no figure."],
        report_date="2014-07-10"),
    "health_bureau_ten_clinics_ducha_repeat": doc(
        "https://m.yaozui.com/p/281910",
        ["The page prints its paragraph twice (kept). '5月20日上午' has no year: no date. '10家医疗机构' bodies."]),
    "dongqing_kindergarten_spring_hygiene_check_repeat": doc(
        "http://www.dqyey.tn.czedu.cn/html/article882198.html",
        ["The page repeats its text (kept, cut after the repeat's first paragraph). A one-morning check '2018年3月19日上午' → "
         "start and end 2018-03-19 (snippets16's rule). No page date line: report_date null."],
        inspection=ins(start="2018-03-19", end="2018-03-19")),
    "yanzhou_public_places_q3_inspection_236": doc(
        "http://www.yanzhou.gov.cn/art/2025/10/9/art_76420_2791756.html?xxgkhide=1",
        ["'2025年第三季度' is a quarter: no date. '236家' bodies, '意见书42份' notices, '6件' complaints: no figure."]),
    "dunhua_power_supply_discipline_13_notices": doc(
        "http://jmkx-www.plus.jlntv.cn/folder7324/folder7326/folder7342/2021-10-18/YDgU4HzMdVFxHYXU.html",
        ["News headline; '时间:2021-10-18' → report_date. '隐患整改通知单13份' are notices, '336条' questions answered, '10万余户' "
         "users: no figure."],
        report_date="2021-10-18"),
    "fuqing_civilized_city_ducha_206_yellow_cards": doc(
        "https://m.folksfolks.com/fq/2020-04/28/content_30284217.htm",
        ["News headline; 'fq.fjsen.com 2020-04-28 10:30:03' → report_date. The 督查组 works continuously since '4月13日' and "
         "issued its 通报 '4月23日': no period. '共梳理…不达标问题206个' → problems_total 206; '8项45个考察指标' are indicators, "
         "'5个镇', '17个镇' bodies."],
        report_date="2020-04-28", headline=head(pt=206)),
    "yingzhou_sanshilipu_civilized_city_ducha": doc(
        "https://www.yingzhounews.net/cms/show-154737.html",
        ["A town's 创城 督查 '8月6日' (no year): no date; problems handed over on site, none named."]),
    "shengzhou_sanitary_city_ducha_eight_aspects": doc(
        "http://sznews.zjol.com.cn/sznews/system/2015/09/23/019764593.shtml",
        ["'9月18日上午' has no year (the url's 2015 is not read): no date; '9—10月期间' month-only; '8大方面' aspects."]),
    "jingzhou_civilized_city_unannounced_fifth": doc(
        "http://m-jingzhou.cjyun.org/p/244478.html",
        ["News headline; '2018-12-07 15:34' → report_date. NEW: '12月6号' (号 for 日, year from the page date) is a one-day "
         "暗访 → start and end 2018-12-06. Problems found are told per site in prose (findings news): no figure."],
        report_date="2018-12-07", inspection=ins(start="2018-12-06", end="2018-12-06")),
    # --- petitions, procuratorate, Control Yuan, essays ------------------------------------------------------------------
    "suzhou_ah_petitions_batch31_109": doc(
        "https://www.ahsz.gov.cn/zwzx/ztzl/gdzt/lsqsjsjsys/hbxd/31122525.html",
        ["NEW: the title '…转办信访件查处整改公示(第三十一批)' names a rectification publication → title, kind bulletin; "
         "'文章来源:宿州市环境保护局' is the portal's source (issuer null); '发表时间:2018-12-12 16:52' → report_date. Petition "
         "counts ('109件', '属实93件', '已办结55件') are not figures (snippets9 part 2); '截至12月11日' is a cut-off.",
         "s24, lead: C35 — a batch or issue number after a title is the series' place, not the document's name: dropped (was '…查处整改公示(第三十一批)')."],
        # s24, lead: C35 — the batch number is dropped (was "…查处整改公示(第三十一批)").
        kind="bulletin", title="中央第三生态环境保护督察组转办信访件查处整改公示", report_date="2018-12-12"),
    "anhui_petitions_batch20_156_noyear": doc(
        "http://m.bbnews.cn/p/19617.html",
        ["Petitions batch 20 with no year ('4月8日以来', '截至5月5日'): no date; petition counts are not figures."]),
    "tongchuan_procuratorate_suggestions_lookback_trad": doc(
        "http://www.ygqjt.cn/fazhi/99495.htm",
        ["Traditional copy with glosses; a 检察建议 回头看 '近日' ('2021年以來' the span of suggestions checked): no date, no "
         "figure."]),
    "control_yuan_corrective_cases_roc_trad": doc(
        "https://multimedia.cy.gov.tw/CyBsBox.aspx?n=133&CSN=2&page=5&PageSize=20",
        ["A Taiwanese Control Yuan list of 糾正案 (ROC calendar: '112/07/05' is a review date, '111年3月2日' the incident): one "
         "case's text, no report date, no figure ('549萬戶' households)."]),
    "county_balanced_education_survey_masked_fanwen": doc(
        "https://alatiku.com/fanwen/zongjie/l1pw54.html",
        ["范文 page with masked names and years ('__县', '20__年5月20日至5月28日'): no dates; a survey, not an inspection "
         "document (title null)."]),
}


def main() -> None:
    write_stored_snippets(HERE, DOCS, WHOLE, no_problems=True)


if __name__ == "__main__":
    main()
