"""Write the truth files of tests/importer/real/snippets20: a held-out set of real lead paragraphs (and a few whole short
pages that hold no problem list) labelled in session 16 by helper label24, who did not change the parser and did not read
zhenggai/importer/ or tests/importer/*.py. Scored once on the worktree's untouched parser (FIRST_RUN_snippets20.txt)
before anything else changed. Labelled at the same time as blind19 (label23); no page is in both (checked against
/work/wt/label23/tests/importer/real before the commit).

Each text is the title line (when the stored copy has one) and lead paragraph(s) of one page of the search tool's
``pages`` corpus, transcribed from the tool's output as returned: traditional copies with pinyin glosses ('(shí)', '(dǎo)'),
'?' mojibake ('平?jīng)鋈'), porn/spam lines above the title, a hospital advert glued to the end of a paragraph, portal
menus (a forum's two menu rows, '您所在的位置:首页 > …', a letter-spaced 'D o n g F e n g . G o v . C n'), image
names glued to a sentence ('640.jpg640 (1).jpg'), an e-paper 'ymg' byline, '06-17 16:16' with no year. A snippet stops
at a paragraph end (a stored page cut mid-paragraph is cut back to the last whole paragraph: pingliang, sach, queshan;
portal chrome under the text is left out). Every truth is marked excerpt true (their pages carry more, or may).
None of the 32 urls is in an earlier truth: host+path+query compared (scheme, 'www.' and a trailing '/' ignored, lower
case) against every ``"url"`` in the JSON under /work/main/tests/importer, /work/shared/corpus and
/work/wt/label23/tests/importer/real, and every url quoted in their tools/*.py (776 known urls). Of 78 urls the queries
returned and I checked, 37 were known; for 巡察/巡视 leads, 审计整改 reports and 环保督察 progress news nearly every one
was (the brief's preferred leads with 反馈问题X个、已整改Y个 are all but exhausted in the corpus). The new pages lean to
kinds the earlier sets hold few of: fishing-port and ship checks, fuel-station raids, pharmacies under 医保 checks,
cultural-relics fire checks, courier outlets, tailings ponds and non-coal mines, nursing-home fire checks, a State
Council safety review (考核巡查), a provincial one, 创城 督查.

Queries (``pages`` corpus; 25 in all, every one listed; none is in the lists of earlier make_truths_*.py):
巡察反馈问题 个 已整改到位 个 整改率 立行立改 镇党委 整改进展 公开; 审计整改 公告 审计发现问题 个 已整改 个 整改金额 万元 审计局
结果公告 2023年; 食堂 食品安全 检查 发现问题 条 已整改 条 学校 专项督查 通报 日至 日; 督导组 反馈 发现问题 个 立行立改 个 于 月 日
反馈 督导情况 县 教育督导; 消防安全 检查 发现隐患 处 督促整改 处 下发责令改正通知书 份 医院 养老机构 专项 检查 结果; 生态环境保护
督察 反馈问题整改 任务 项 已完成 项 基本完成 项 县委 县政府 公开 截至; 巡视反馈意见 整改 进展 公布 国有企业 党委 反馈问题 条 已完成
整改 条 制定整改措施 条; 农村人居环境 整治 暗访 督查 发现问题 个 交办 乡镇 整改 已整改 个 通报 第 期; 电梯 维保 检查 发现问题 台
责令整改 市场监管 特种设备 专项 整治 5月; 加油站 危险化学品 检查 发现隐患 条 当场整改 条 应急管理局 执法 日上午; 药店 诊所
医保基金 专项检查 发现问题 家 责令整改 追回 医保局 检查组; 渔船 港口 安全检查 发现隐患 整改 海事 渔业 执法 检查组; 巡察整改 公示
村 反馈问题 条 已整改 条 整改率 镇纪委 2024年 村务公开栏; 关于巡察整改情况的通报 医院 党委 于 年 月 日至 月 日 对我院 进行了巡察
反馈; 内部审计 整改 报告 审计发现问题 项 已整改 项 公司 审计部 整改完成率; 供水 水厂 水质 督查 发现问题 个 整改 水务局 农村 饮用水
检查组 日至; 防汛 隐患 排查 检查组 发现隐患 处 已整改 处 水库 山塘 督查 汛前; 文物 安全 检查 发现隐患 处 整改 文物局 消防 古建筑
督查组; 寄递 物流 快递 安全检查 发现问题 处 责令整改 邮政管理局 检查 网点; 非煤矿山 尾矿库 安全 检查 发现隐患 条 整改 检查组 日至
日 应急; 整改落实情况 公开 反馈问题 条 已全部整改 建立完善制度 项 追责问责 人 县直单位 巡察组 2021年; 专项督查 反馈 问题清单 共
个问题 已整改销号 个 剩余 个 正在整改 街道; 環境保護督察 整改 進展 反饋問題 項 已完成 項 公開 縣; 安全生产巡查组 反馈 问题 条 整改
考核巡查 安委会 市 反馈会 日至 日; 巡视整改 专题民主生活会 反馈问题 整改率 学院 党委 截至目前 已完成整改 项 建章立制 项.

Schema and conventions as in make_truths_snippets9.py … make_truths_snippets19.py: ``problems`` always empty; ``genre``
``"snippet"``; ``kind`` only when a title line names a rectification 通报/报告/简报 (→ bulletin) or 整改方案 (→ plan)
(none here does); ``title``/``issuer`` only when the title line names a rectification or inspection document (news
headlines null: every title line here is one); ``report_date`` from a signature or a page/source date line inside the
snippet (a repost's report_date is the page's 发布时间/添加时间 when there is no signature); ``inspector``/``inspected`` null.
Days with no year give no date unless a date line in the snippet gives the year (snippets9); a one-day check has that
day as start and end (snippets16); a recheck or re-sweep (复查, 再次排查, a 督导 of others' 排查整治 work) gives none
(blind7, snippets17/19); meetings are not inspection dates; petitions, clues, cases, bodies (pharmacies, stations,
villages, ponds, sites, ships), people, rates, money, notices (整改通知书/通知单, 责令改正通知书) are not headline
figures; hazards or problems found by a check are problems_total and 'found N … 当场整改 M' gives M done; counts of one
sub-unit are not the total (snippets17/19).

Judgement calls new in this set (each also said in the truth's anomalies):
- NEW: '发现渔船安全生产隐患2处,当即要求现场整改到位' → problems_total 2, problems_done null: an order to fix on the spot
  is not a report that it was fixed (unlike '当场整改2处' or '发现安全隐患2处并立即完成整改', which give done 2).
- NEW: '發現安全隱患4處,目前已全部落實整改完畢' → 4/4 (all done stated).
- NEW: a State Council 考核巡查 '共反馈问题隐患235项,重大事故隐患5项' → problems_total 235 (the 5 major hazards are a
  subset); the 安委会 meeting '2023年11月17日下午' is neither report date nor inspection date.
- NEW: a county's '2024年以来,已巡察村(社区)132个…巡察共发现问题598个、问题线索21件' → problems_total 598 (a round
  summary; clues, cases and people not figures); '2024年以来' is a span, no date.
- NEW: a tailings-pond 督查 '各督查组共检查尾矿库24座,发现安全隐患47处' → problems_total 47; '危、险、病库共计774座' are
  ponds ranked by risk, not problems.
- NEW: '对督查发现的117个问题进行了现场交办' (a 创城 督查 handing problems over) → problems_total 117.
- NEW: '检查组共抽查了54處…文物保護單位' and '63家养老服务机构已全部排查完毕' are sites swept, not problems.
- NEW: a relics page's date line '时间:2021/5/25 8:46:17' (slashes, no zero padding) → report_date 2021-05-25, and its
  one-day check '5月24日' takes that year → 2021-05-24; '來源: ? 2021-07-08 18:07:01' likewise lends 2021 to '6月22日'.
- NEW: '06-17 16:16' under a 红网 headline has no year: no report date.
- NEW: a page cut in the middle of the paragraph that holds '共查出文物安全隱患10條' is cut back to the paragraph before,
  so the figure is not in the snippet (no figure); it was one county's count in any case.
"""
from pathlib import Path

from make_truths import check_dates_printed, check_figures, day_forms, head, ins, write_stored_snippets
from make_truths_snippets10 import doc

HERE = Path(__file__).resolve().parent.parent / "snippets20"

WHOLE: set[str] = set()

EXTRA_FORMS = {"2021-05-25": ["2021/5/25"]}

DOCS = {
    # --- fire, nursing homes, hospitals ---------------------------------------------------------------------------------
    "laohekou_fire_hospital_check_noyear": doc(
        "http://www.laohekouzx.com/lhksll/2551.html",
        ["One paragraph with a hospital advert glued to its end (kept). '12月20日' has no year: no date. No count of hazards."]),
    "benxi_nursing_homes_police_fire_check_3_2": doc(
        "https://www.lu-hang.com/html/html2017-1283044.html",
        ["A one-morning check '2017年12月25日上午' → start and end 2017-12-25 (snippets16). '检查消防隐患3处,当场整改2处' → "
         "problems_total 3, problems_done 2; '限期整改通知书1份' a notice, '4家养老院' bodies, '警力6人' people. No page date."],
        inspection=ins(start="2017-12-25", end="2017-12-25"), headline=head(pt=3, pd=2)),
    "yongqiao_nursing_homes_fire_check_noyear": doc(
        "http://www.ahcaijing.com/html/2022/suzhou_0114/285286.html",
        ["'1月11日至13日' has no year (the url's 2022 is not read; '1.8' names an earlier fire): no dates. Hazards listed by "
         "kind, '一批' uncounted: no figure."]),
    "huangshan_fire_nursing_homes_63_swept": doc(
        "http://www.hssxfxh.com/portal/article/index/id/565/cid/6.html",
        ["Portal menu lines then a news title (title null); '添加时间:2025-06-10' → report_date. NEW: '63家养老服务机构已全部排查完毕' "
         "are bodies swept, '专项检查组15个' groups: no figure. Image names glued to the last sentence kept."],
        report_date="2025-06-10"),
    "jianyang_hospital_xuncha_mobilization_noyear": doc(
        "https://mip.yaozui.com/p501754.html",
        ["A 巡察 mobilization meeting '1月25日下午' (no year; '2013年以来' a span): the 巡察 starts, no period stated ('1个多月'), "
         "no problems yet: no date, no figure."]),
    "henu_first_hospital_xuncha_feedback_meeting": doc(
        "https://hdyfy.com/news/detail/id/7573.html",
        ["News headline (title null); '发布时间:2024-09-21 15:44:53' → report_date; the feedback meeting '9月21日' takes that "
         "year → feedback 2024-09-21. '四点要求' are demands, not problems: no figure."],
        report_date="2024-09-21", inspection=ins(feedback="2024-09-21")),
    # --- ports, ships, fuel ---------------------------------------------------------------------------------------------
    "jimo_fishing_vessels_safety_4_hazards_trad": doc(
        "http://www.five12media.com/dsdt/qingdao/201711/t20171128_11164743.html",
        ["Traditional copy without glosses; '近日' no date. NEW: '發現安全隱患4處,目前已全部落實整改完畢' → 4/4; '15艘次' ships."],
        headline=head(pt=4, pd=4)),
    "yancheng_sanwu_ships_raid_2_hazards": doc(
        "https://paper.ycnews.cn/rb/pc/content/202309/15/content_130938.html",
        ["E-paper page; '9月12日' has no year (the url's 2023 is not read): no date. NEW: '发现渔船安全生产隐患2处,当即要求现场"
         "整改到位' → problems_total 2, problems_done null (an order, not a report of work done). '疑似“三无”泡沫浮子筏13艘' "
         "are craft, '30余份' leaflets."],
        headline=head(pt=2)),
    "dongguan_shatian_clear_port_2_hazards": doc(
        "http://nyncj.dg.gov.cn/zfxxgkml/qt/gzdt/content/post_3714178.html",
        ["News headline and a photo caption; '2022年春节假期临近…近日' no date. '发现安全隐患2处并立即完成整改' → 2/2; '34艘次', "
         "'6艘' ships, '38人' people."],
        headline=head(pt=2, pd=2)),
    "xiangshan_sea_joint_enforcement_no3_noyear": doc(
        "http://www.nbsafety.org.cn/home/article/7470.shtml",
        ["'10月21日' has no year: no date. '3号行动' names an operation; problems told by kind, uncounted: no figure."]),
    "yingzhou_fuel_stations_check_2_notices": doc(
        "https://www.yingzhounews.net/cms/show-157317.html",
        ["'12月9日-12日' has no year: no dates. '限期整改通知单2份' are notices; '3家…5个…7家' stations, '15名' people: no figure."]),
    "laiyang_illegal_fuel_point_order_recheck": doc(
        "http://ly.shm.com.cn/2019-09/10/content_4845944.htm",
        ["News headline; '2019-09-10 08:44:21' → report_date ('9月10日讯' agrees). One illegal fuel point found on a tip-off "
         "('日前'), ordered removed, then 复查: no period, no figure."],
        report_date="2019-09-10"),
    "jiahe_pumanxiang_three_illegal_fuel_points": doc(
        "http://moment.rednet.cn/rednetcms/news/localNews/20150617/158391.html",
        ["NEW: '06-17 16:16' has no year: no report date; '6月15日' no year either. '3家非法小加油站' are bodies closed: no figure."]),
    # --- medical insurance ---------------------------------------------------------------------------------------------
    "heze_pharmacies_medical_insurance_check_noyear": doc(
        "https://heze.dzwww.com/yw/201909/t20190913_17093681.htm",
        ["Editor and caption lines above the lead; '9月13日讯' has no year: no date. Pharmacies ('三家', '14家', '6家') are "
         "bodies dealt with, not problems: no figure."]),
    "changsha_173_pharmacies_medical_insurance_noyear": doc(
        "https://usportnews.com/cba/246663.html",
        ["A wire copy '新华社长沙12月22日电' (no year) on an unrelated site: no date. '173家…违约' and '3321家' checked are "
         "bodies, '10家…163家' sanctions: no figure."]),
    # --- 巡察 and reviews ----------------------------------------------------------------------------------------------
    "yongshou_village_xuncha_598_problems": doc(
        "https://www.qinfeng.gov.cn/info/1026/233145.htm",
        ["A county's village-巡察 summary lead. NEW: '巡察共发现问题598个' → problems_total 598; '问题线索21件' clues, '立案17件' "
         "cases, '17人' people, '132个' villages, '80.49%' a rate. '2024年以来' a span: no date."],
        headline=head(pt=598)),
    "wuzhong_state_council_safety_review_235": doc(
        "https://www.wuzhong.gov.cn/sy/wzxx/zfxx/202311/t20231127_4363209.html",
        ["NEW: '考核组…进行了2轮检查,共反馈问题隐患235项,重大事故隐患5项' → problems_total 235 (the 5 are a subset); '47家' bodies. "
         "The 安委会 meeting '2023年11月17日下午' is not an inspection or report date (no page date line): no dates."],
        headline=head(pt=235)),
    "puyang_provincial_safety_review_feedback_noyear": doc(
        "http://pyrb.pyxww.com/content/202311/07/c128333.html",
        ["A 考核巡查 '11月1日至6日' and its feedback meeting '11月6日' have no year (the url's 202311 is not read): no dates. "
         "No figure."]),
    "inner_mongolia_mines_flood_season_check_48": doc(
        "http://zzdns.com/hyzx/2234.html",
        ["'7月6~12日' (a '~' range) and '7月16日' have no year: no dates. '发现问题隐患48条' → problems_total 48; '3家' bodies."],
        headline=head(pt=48)),
    "tailings_ponds_national_ducha_47_hazards": doc(
        "http://portal.china168.biz/article-40903-1.html",
        ["A forum's two menu rows above a wire copy '中新网9月12日电' (no year); the 督查 '9月2日至5日' no year: no dates. NEW: "
         "'各督查组共检查尾矿库24座,发现安全隐患47处' → problems_total 47; '危、险、病库共计774座' are ponds by risk, '433座' a "
         "change; '〔2014〕48号' a document number."],
        headline=head(pt=47)),
    "menggong_town_notice_boards_check_noyear": doc(
        "http://m.xhxfc.net/new/Article/ShowArticle.asp?ArticleID=14741",
        ["'4月28日' has no year ('2019年第一季度' is the quarter of the data checked): no date. '个别村' uncounted: no figure."]),
    "xuanzhou_civilized_city_ducha_117_noyear": doc(
        "https://www.xuanzhou.gov.cn/News/show/927435.html",
        ["'10月12日至13日' has no year: no dates. NEW: '对督查发现的117个问题进行了现场交办' → problems_total 117; '四个' groups "
         "and streets."],
        headline=head(pt=117)),
    "hengdaohe_town_living_environment_check": doc(
        "http://www.dongfeng.gov.cn/jrdf/xzdt/202211/t20221125_635478.html",
        ["Portal chrome ('5', letter-spaced 'D o n g F e n g . G o v . C n') kept above the lead; '连日来' no date; '16个行政村' "
         "bodies; '个别村' uncounted: no figure."]),
    # --- relics, courier, water ----------------------------------------------------------------------------------------
    "wanghai_police_courier_outlets_3_2": doc(
        "http://guangyuanol.cn/news/gongzhonghao/2016/1111/669132.html",
        ["A Yantai e-paper lead ('ymg记者') reposted on a Guangyuan site; '近日' no date. '发现…安全隐患3处,当场整改2处' → "
         "problems_total 3, problems_done 2; '2处单位' bodies, '120余份' leaflets."],
        headline=head(pt=3, pd=2)),
    "pingliang_relics_hazard_sweep_spam_trad": doc(
        "http://www.xdzhixiao.cn/html/20220234832.htm",
        ["Porn/spam line, then a traditional title with glosses and '?' mojibake; '時間:2022-02-21 17:20' → report_date. NEW: "
         "the stored page is cut inside the paragraph holding '共查出文物安全隱患10條' (one county's count): cut back to the "
         "paragraph before, no figure; '6處' sites."],
        report_date="2022-02-21"),
    "sach_relics_fire_spot_check_smoking_sign_spam_trad": doc(
        "http://m.trendyfairy.cn/blog/545219",
        ["Spam line, glossed traditional headline (title null), '• 2015-01-26' → report_date. NEW: '抽查了54處…文物保護單位' are "
         "sites, not problems; the period '2015年1月8日至15日' is in the cut-off paragraph (left out): no dates."],
        report_date="2015-01-26"),
    "huaibei_relics_hazard_ducha_one_day_trad": doc(
        "http://hmfv.cn/html/2021/dt_0708/80841.html",
        ["Traditional copy without glosses; '來源: ? 2021-07-08 18:07:01' → report_date; the one-day 督导檢查 '6月22日' takes "
         "that year → start and end 2021-06-22. '8月底' a deadline. No figure."],
        report_date="2021-07-08", inspection=ins(start="2021-06-22", end="2021-06-22")),
    "county_relics_flood_fire_check_one_day": doc(
        "http://www.sswbw.cn/HTML/NewsFile/2021/152584828.html",
        ["NEW: '时间:2021/5/25 8:46:17' → report_date 2021-05-25; the one-day check '5月24日' takes that year → 2021-05-24. "
         "No figure."],
        report_date="2021-05-25", inspection=ins(start="2021-05-24", end="2021-05-24")),
    "xiushan_relics_fire_check_noyear_trad": doc(
        "http://www.libmeeting.com/show/news/102091.html",
        ["Traditional copy with glosses; '3月12日' has no year: no date. No figure."]),
    "benxi_postal_courier_ducha_since_march_trad": doc(
        "http://www.9hehe.com/news/11878.html",
        ["Traditional copy; '3月以来' is a span: no date. '責令改正通知書' notices, '個別企業' uncounted: no figure."]),
    "guangzhou_water_flood_hazard_ducha_spot_check": doc(
        "http://slt.gd.gov.cn/zthg/2023zt/fzjz/gdxd/content/post_4245778.html",
        ["Breadcrumb line above the lead. '7月19日' has no year on its own and no date line gives one ('2023年后汛期' names the "
         "season); besides, it is a 督导 of others' 排查整治 work: no date, no figure."]),
    "queshan_water_works_hazard_recheck_noyear": doc(
        "http://www1.shenyana.com/qfhqj/4794.html",
        ["News headline and the first paragraph (the page is cut inside the second). '7月29日' no year, and '再次…排查' is a "
         "re-sweep: no date, no figure."]),
}


def check(stem: str, d: dict, text: str) -> None:
    """Recount: every headline figure must be printed in the text, every date's day must be printed near its month."""
    check_figures(stem, d, text)
    check_dates_printed(stem, d, text, day_forms(EXTRA_FORMS))


def main() -> None:
    write_stored_snippets(HERE, DOCS, WHOLE, check, no_problems=True)


if __name__ == "__main__":
    main()
