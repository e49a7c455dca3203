"""Write the truth files of tests/importer/real/snippets19: a held-out set of real lead paragraphs (and a few whole short
pages that hold no problem list) labelled in session 16 by helper label21, who did not change the parser and did not read
zhenggai/importer/ or tests/importer/*.py. Scored once on the worktree's untouched parser (FIRST_RUN_snippets19.txt)
before anything else changed. Labelled at the same time as blind18 (label22); no page is in both (checked against
/work/wt/label22 before the commit).

Each text is the title line (when the stored copy has one) and lead paragraph(s) of one page of the search tool's
``pages`` corpus, transcribed from the tool's output as returned: traditional copies with pinyin glosses ('(qū)'), doubled
commas (',,', ',、'), mojibake ('4?。ㄊ校'), spam words inside sentences (hospital adverts, '了解最新苹果版体育投注平台' put in
place of 流域), a forum post with '<p>' tags, a title broken over four lines, a page that prints its paragraphs twice, an
e-paper page with its 版 line, a Chinese-numeral date line ('二〇〇八年十月十日'), a source line with a date at the foot of the
page. A snippet stops at a paragraph end (a stored page cut mid-paragraph is cut back to the last whole paragraph; portal
chrome under the text is left out). Every truth is marked excerpt true (their pages carry more than the copy, or may).
None of the 38 urls is in an earlier truth: host+path+query compared (scheme, 'www.' and a trailing '/' ignored, lower
case) against every ``"url"`` in the JSON under /work/main/tests/importer, /work/shared/corpus and
/work/wt/label22/tests/importer/real, and every url quoted in the tools/*.py of both (738 known urls). For 巡察/巡视,
审计整改 reports and 环保督察 progress news nearly every page the queries returned was known; the new pages lean to
kinds the earlier sets hold few of: fire 夜查 (night checks), construction dust patrols, water and soil conservation
checks by river commissions, forest fire 督查, road hazard sweeps, tourism and off-campus training checks, a grain stock
check, rural drinking water 暗访.

Queries (``pages`` corpus; 31 in all, every one listed; none is in the lists of earlier make_truths_*.py):
督察反馈问题 个 已完成整改 个 达到序时进度 持续推进 县委 整改落实情况 公开; 脱贫攻坚 成效考核 发现问题 整改 反馈问题 条
已全部整改到位 县委; 食品药品 专项检查 检查企业 家 发现问题 个 已整改 个 责令整改 通报 市场监管局; 学校安全 隐患排查 发现隐患
处 已整改 处 整改率 教育局 通报; 安全隐患整改报告 学校 督查组 现场督查 下发整改通知书 现将整改情况汇报如下; 巡察组 反馈 共性问题
个性问题 条 整改完成 条 完成率 党支部 整改情况公示; 检查发现问题 条 当场整改 条 限期整改 条 安监 企业 专项执法检查 通报 第一季度;
水土保持 监督检查 发现问题 整改意见 条 生产建设项目 整改完成; 环境卫生 督查 通报 发现问题 处 已整改 处 未整改 乡镇 排名 第 期;
审计查出问题 整改情况 已整改 个 部分整改 个 正在整改 审计局 向人大常委会 报告; 巡视整改 阶段性进展 公布 大学 反馈问题 项 已完成
项 整改措施 条; 道路交通安全 隐患 排查 发现 处 已整改 处 挂牌督办 公安交警 通报; 燃气 瓶装液化气 检查 发现隐患 处 已整改 处 责令
停业 通报 住建局; 民生领域 专项巡察 反馈问题 个 整改到位 个 移交问题线索 乡镇 村; 特种设备 安全检查 电梯 发现隐患 台 下达监察
指令书 已整改 通报; 环保督察 反馈意见 整改任务 项 已完成 项 达到序时进度 项 市委 市政府 截至 月底; 巡察 进驻以来 发现问题 个
督促立行立改 个 村级 组织 财务 报道; 督查 暗访 发现问题 条 已反馈 整改销号 条 文明城市 测评 点位; 森林防火 督查 检查组 发现隐患
处 整改 林业局 通报 春季; 督导组 反馈 问题清单 条 整改完成 条 整改率 扫黑除恶 督导 整改; 巡察整改 集中整改期 反馈问题 条 已完成
整改 条 正在整改 条 完善制度 项 公司党委; 医院 院感 质控 督查 发现问题 条 反馈科室 整改 护理部 通报 月份; 工地 建筑施工 安全
大检查 检查项目 个 发现隐患 条 下发整改通知书 份 住建; 粮食 库存 检查 发现问题 个 整改 粮食和物资储备局 通报 清查; 大气污染
防治 强化监督 帮扶 发现涉气环境问题 个 交办 地方 整改 生态环境部; 扬尘治理 督查 巡查 发现问题 处 下达整改通知 已整改 处 城区
工地 渣土; 旅游景区 安全检查 发现隐患 处 现场整改 处 文旅局 节前 检查组; 黑臭水体 专项督查 排查 发现问题 个 已完成整改 个
住房和城乡建设部 生态环境部; 消防安全 夜查 行动 检查单位 家 发现火灾隐患 处 督促整改 处 临时查封 大队; 校外培训机构 专项检查
发现问题 个 已整改 个 教育局 联合 排查; 农村饮水安全 督查 暗访 发现问题 个 已整改 个 水利局 交办.

Schema and conventions as in make_truths_snippets9.py … make_truths_snippets18.py: ``problems`` always empty; ``genre``
``"snippet"``; ``kind`` only when a title line names a rectification 通报/报告/简报 (→ bulletin) or 整改方案 (→ plan);
``title``/``issuer`` only when the title line names a rectification or inspection document (news headlines null; a
portal's '来源:' is not an issuer); ``report_date`` from a signature or a page/source date line inside the snippet (a
repost's report_date is the page's 发布时间/上传日期 when there is no signature); ``inspector``/``inspected`` null. Days with
no year give no date unless a date line in the snippet gives the year (snippets9); month-only, month-part ('5月中旬',
'7月中旬') periods give none; a one-day (or one-night) check has that day as start and end (snippets16); a recheck of
rectification (复查, 回头看 of 整改, a 督查 of 整改 work) gives none (blind7, snippets17); petitions, clues, bodies, sites,
people, rates, money, notices (整改通知书, 督办单, 指令书), recommendations ('提出整改措施和意见85条'), approximations
('1000余个', '68余处') are not headline figures; hazards or problems found by a check are problems_total and 'found N …
当场整改/督促整改 M' gives M done (snippets14/16/17); 任务 of a 督察 整改 list are problems (snippets9/10); counts by kind
with no total are not a total; subsets are not the total.

Judgement calls new in this set (each also said in the truth's anomalies):
- NEW: a date line in Chinese numerals under the text ('二〇〇八年十月十日') is the report date → 2008-10-10.
- NEW: a mirror of a 2009 news item whose page says '上傳日期:2018-07-24' takes the page date as report_date (as any repost).
- NEW: '督促整改火灾隐患1665处(含复查整改)' exceeds the 1630 found because it counts rechecked older hazards: not this
  check's done count (problems_done null; problems_total 1630).
- NEW: '发现并整改安全生产隐患苗头10个' (found and fixed in one count) → problems_total 10 and problems_done 10.
- NEW: '立行立改38个' of '发现问题62个' is done on the spot → problems_done 38 (as '当场整改').
- NEW: citywide campaign totals quoted under a 督查 ('全市共…消除火灾隐患316处') are not the check's findings: no figure.
- NEW: '共收集群众急难愁盼问题7个,已督促解决4个' in a 巡察 回头看 are the public's demands (like petitions): no figure.
- NEW: 38 环保督察 tasks with done counts only per subset ('23项…已完成21项', '15项…提前完成5项') → problems_total 38,
  problems_done null.
- NEW: two 督查 of one body '于3月3日至7日,3月10日' → start the first day, end the last (2016-03-03 … 2016-03-10).
- NEW: a city's 专项巡查 that is 'the first 回头看 after the 专项排查整改' is a recheck: '10月22日-11月2日' gives no dates.
- NEW: a 工作简报 of 督察 rectification prints its own date under the issuer ('…攻坚指挥部办公室     2021年1月13日'): that is
  the report date, not the portal's '日期:2021-05-18'; kind bulletin, issuer the office as printed.
- NEW: a school's '…安全隐患整改报告' addressed to the education bureau names a rectification report → title, kind bulletin,
  issuer the school; the '3.5' glued to the page-title line is left in the text.
- NEW: a monthly patrol report signed '2024年9月2日' lends its year to '8月1日至8月30日' → 2024-08-01 … 2024-08-30.
"""
from pathlib import Path

from make_truths import check_dates_printed, check_figures, head, ins, loose_day_forms, write_stored_snippets
from make_truths_snippets10 import doc

HERE = Path(__file__).resolve().parent.parent / "snippets19"

WHOLE: set[str] = set()

# Date forms printed in a way the recount cannot rebuild from the ISO date.
EXTRA_FORMS = {"2008-10-10": ["二〇〇八年十月十日"]}

DOCS = {
    # --- schools, education, training --------------------------------------------------------------------------------
    "nanhu_middle_school_safety_hazard_report": doc(
        "https://nhzx.wxjkedu.com/zwgl/xyaq/content_60206",
        ["NEW: a school's report to its education bureau titled '无锡市南湖中学安全隐患整改报告' (the page-title line above it "
         "has '3.5' glued on, kept) → title, kind bulletin, issuer the school. '2023年2月27日' a one-day 现场督查 → start and "
         "end 2023-02-27. No signature in the snippet: report_date null. Cut before '隐患1:'."],
        kind="bulletin", title="无锡市南湖中学安全隐患整改报告", issuer="无锡市南湖中学",
        inspection=ins(start="2023-02-27", end="2023-02-27")),
    "fujian_schools_safety_big_check_2016": doc(
        "http://www.fzgsxy.edu.cn/index.php?m=content&c=index&a=show&catid=15&id=745",
        ["A college's repost of a province-wide check notice (breadcrumbs left out); '2016-12-07 15:41:57' → report_date. "
         "'即日起至年底' gives no period; no figure."],
        report_date="2016-12-07"),
    "cangzhou_offcampus_training_checks_62_epaper": doc(
        "http://czwb.bohaitoday.com/pc/content/202408/28/content_138701.html",
        ["E-paper page: '2024年08月28日' and '第03版' above the headline; the headline's sub-lines repeat the figures. "
         "'昨天', '近日' give no date. '发现问题62个,立行立改38个,限期整改24个' → 62; NEW: '立行立改' done on the spot → "
         "problems_done 38. '92所' bodies, '13个检查组' groups. The paper's footer line is left out."],
        report_date="2024-08-28", headline=head(pt=62, pd=38)),
    # --- fire, gas, elevators ----------------------------------------------------------------------------------------
    "lantern_festival_fire_night_checks_1630": doc(
        "http://wb.xxrb.com.cn/html/2019-02/22/content_41858.htm",
        ["'2月18日至19日晚' has no year and no date line (the url's 2019-02 is not read): no dates. '发现火灾隐患1630处' → "
         "problems_total 1630; NEW: '督促整改火灾隐患1665处(含复查整改)' counts rechecked older hazards (more than found): "
         "problems_done null. '691家' bodies, '6家', '9家', '38人', '2436辆' are not figures."],
        headline=head(pt=1630)),
    "benxi_fire_new_year_eve_night_check_104_91": doc(
        "https://benxi.gov.cn/xw/bmdt/content_591364",
        ["'2022年12月31日晚' a one-night check → start and end 2022-12-31; no page date line. '发现火灾隐患104处,督促整改火灾"
         "隐患91处' → 104/91; '48家' bodies, '8个督导组和16个检查组', '12家', '6家', '14家' are not figures."],
        inspection=ins(start="2022-12-31", end="2022-12-31"), headline=head(pt=104, pd=91)),
    "wenzhou_devzone_new_year_night_check_20_18_trad": doc(
        "http://m.bhjia.cn/news/show-34862.html",
        ["Traditional copy with pinyin glosses. '2017年12月31日晚' a one-night check → start and end 2017-12-31. The brigade's "
         "'發現火災隱患20處,當場整改18處' → 20/18; the towns' '現場整改火災隱患68余處' is an approximation with no found "
         "count (not added). '16家', '102家' bodies, '5起' cases."],
        inspection=ins(start="2017-12-31", end="2017-12-31"), headline=head(pt=20, pd=18)),
    "devzone_entertainment_night_raid_31_28_trad": doc(
        "http://m.bhjia.cn/news/show-12727.html",
        ["Traditional copy with pinyin glosses. '7月17日晚' has no year and no date line: no dates. '發現隱患31處,當場整改28處,"
         "限期整改3處' → 31/28; '15家' bodies, '1家', '1人' not figures. Cut before the closing paragraph."],
        headline=head(pt=31, pd=28)),
    "huanglue_town_qingming_night_check_5_5": doc(
        "https://topx1.com/gzzwz/hlzrmzf/gzdt/content/post_1593239.html",
        ["'3月29日晚' has no year and no date line: no dates. '发现隐患5处,整改隐患5处' → 5/5; '19家' places, '3辆', '4个', "
         "'3次' and the teams' people are not figures."],
        headline=head(pt=5, pd=5)),
    "longhu_gas_national_day_check_2008_trad": doc(
        "http://www.lvjlogistics.com/xxgk/xxgk_info_detail.aspx?id=29398&type=bd",
        ["Traditional copy with pinyin glosses; breadcrumb and '瀏覽次數:1691' run into the lead. NEW: the date line "
         "'二〇〇八年十月十日' in Chinese numerals → report_date 2008-10-10. '國慶期間' no period. '6家', '5份', '28只', '3根', "
         "'25家' are not figures."],
        report_date="2008-10-10"),
    "zhongshan_gas_may_day_ducha_headline_lines": doc(
        "http://jsj.zs.gov.cn/zwgk/zwdt/content/post_2271242.html",
        ["The headline is broken over four lines (kept; a news headline: title null). '4月25日至28日' has no year and no date "
         "line: no dates. Problems named, not counted; '65个' groups, '195人次', '260个' cylinders, '2辆', '1人' not figures."]),
    "anxian_elevator_special_check_71": doc(
        "https://www.myscxx.com/scxxb/mzfc/2011-08-14/19491.html",
        ["'8月3日至8月9日' has no year and no date line (the url's 2011-08-14 is not read): no dates. '电梯71台' checked, "
         "'指令书3份' notices: no figure. The site's copyright line is left out."]),
    # --- roads, tourism ----------------------------------------------------------------------------------------------
    "rural_traffic_hazards_1173_found_643_fixed": doc(
        "http://www.616o.net/cdzx/cdyw/content_846967",
        ["Headline then lead; '7月6日' has no year: no date. '共摸排1173处隐患路段,目前完成整改643处' → 1173/643; '55%' a "
         "rate; '5处', '11处', '完成11处' a sub-campaign (subsets, not the total)."],
        headline=head(pt=1173, pd=643)),
    "daji_police_rural_road_hazards_6_trad": doc(
        "http://m.sh-hanglv.cn/news-54314.html",
        ["Traditional copy with pinyin glosses; '連日來' no date. '共發現道路交通安全隱患6處' → problems_total 6."],
        headline=head(pt=6)),
    "jiuquan_highway_hazard_joint_check_one_day": doc(
        "http://m.jiangsulong.com/a/2020/0411/0282374.html",
        ["Spaced punctuation (' , ', ' 。') and a '文章图片' line kept. '2020年4月9日' a one-day 排查 → start and end "
         "2020-04-09; no page date. Hazards not counted: no figure. Cut after the second paragraph."],
        inspection=ins(start="2020-04-09", end="2020-04-09")),
    "meizhou_tourism_flood_season_check_8_4": doc(
        "http://bbs.mzsky.com/thread-2108639-1.html",
        ["'3月9日' has no year and no date line: no dates. '共查出安全隐患8条,现场整改4条' → 8/4."],
        headline=head(pt=8, pd=4)),
    "shaanxi_spring_festival_scenic_checks_10_trad": doc(
        "http://m.drsvyma.cn/lvyou/2023/0126/56719.html",
        ["Traditional copy with pinyin glosses, an image caption first. '春節假期' no dates. NEW: '發現並整改安全生產隱患苗頭"
         "10個' counts found and fixed at once → 10/10. '3478人次', '2178家次' and the per-kind 家次 are not figures."],
        headline=head(pt=10, pd=10)),
    # --- construction dust ------------------------------------------------------------------------------------------
    "panyu_construction_dust_patrol_august": doc(
        "http://www.panyu.gov.cn/zwgk/zdjsxmpzss/sgygxx/sgqhjbhcslsqk/content/post_9842606.html",
        ["A monthly patrol note with no title line in the stored text, signed '番禺区住房和城乡建设局 2024年9月2日' → "
         "report_date (issuer null: no title). NEW: the signature lends its year to '8月1日至8月30日' → 2024-08-01 … "
         "2024-08-30. '扬尘问题81个,油品问题20个' are counts by kind with no total: no figure; '已全部完成整改' no count; "
         "'187个', '495个次', '64份', '1宗', '56份' not figures. The trailing '附件:' is left out."],
        report_date="2024-09-02", inspection=ins(start="2024-08-01", end="2024-08-30")),
    "lianyungang_site_dust_ducha_bulletin_2023_2": doc(
        "https://llqcyx.com/jsj/lygszfj/jzy/content/d3136d67-097a-4d4e-aa3c-d07cba579f25.html",
        ["The title '连云港市工地扬尘管控督查通报(2023年第2期)' names an inspection document → title; kind null (it reports "
         "checks, not rectification); issuer null ('来源:市住建局' is the portal's source). '时间:2023-10-13' → report_date. "
         "'2023年9月26日至10月13日' → 2023-09-26 … 2023-10-13. '6项工地' sites, '1份', '2份' notices: no figure.",
         "s24, lead: C35 — a batch or issue number after a title is the series' place, not the document's name: dropped (was '…督查通报(2023年第2期)'); found by conv24."],
        # s24, lead: C35 — the issue number is dropped (was "…督查通报(2023年第2期)"); not in C35's row.
        title="连云港市工地扬尘管控督查通报", report_date="2023-10-13",
        inspection=ins(start="2023-09-26", end="2023-10-13")),
    "qinhuangdao_site_dust_check_54_projects": doc(
        "http://qhd.gov.cn:81/info/content.jsp?code=116673",
        ["Portal metadata lines kept; '发布时间:2020-07-08' → report_date. '近日' no period. '54个项目' checked, '督办单18个' "
         "notices, '发现了一批问题' no count: no figure."],
        report_date="2020-07-08"),
    "dust_campaign_95_found_71_cleared_trad": doc(
        "https://www.akcjnk999.com/bumen/2021-01-15/417990.html",
        ["Traditional copy with pinyin glosses and doubled commas (',,', ',、'); the page prints its second paragraph again "
         "(kept; the cut third copy is left out). No date line (the url's 2021-01-15 is not read). '各類揚塵污染問題95處,,"
         "其中71處已…完成清理整改' → 95/71; '20余人次' people."],
        headline=head(pt=95, pd=71)),
    "dingzhou_construction_joint_check_printed_twice": doc(
        "http://dingzhoudaily.com/bumen/2020-11-12/416740.html",
        ["The page prints its second and third paragraphs twice (kept). No date. '检查项目15个' bodies, '17份', '11份' "
         "notices: no figure."]),
    # --- water, soil, forests, grain --------------------------------------------------------------------------------
    "changjiang_soil_water_key_projects_ducha_2018": doc(
        "http://swcc.org.cn/sbyw/2018-10-30/58039.html",
        ["'上传日期:2018-10-30' → report_date. '截至2018年10月25日' is when the 督查 was completed, not a period: no dates. "
         "'3个督查组', '14个项目县', '30%' are not figures; problems named, not counted."],
        report_date="2018-10-30"),
    "changjiang_soil_water_2009_check_repost_trad": doc(
        "http://www.aymzpjg.cn/sbyw/2018-07-24/46107.html",
        ["Traditional copy with pinyin glosses and mojibake ('4?。ㄊ校╅_(kāi)展'); source line and lead run together. NEW: a "
         "mirror of a 2009 item: its '上傳日期:2018-07-24' is the page date → report_date (as any repost). '2009年5月下旬至6月"
         "上旬' is month parts: no period. '21個' projects, '15個', '6個', '9個' are not figures. Cut before the cut paragraph."],
        report_date="2018-07-24"),
    "fuqing_soil_water_site_checks_mid_may": doc(
        "http://www.lnudeal.cn/dfxw/2025-05-23/77532.html",
        ["'上传日期:2025-05-23' → report_date (source line and lead run together). '5月中旬' a month part: no period. No "
         "figure."],
        report_date="2025-05-23"),
    "pearl_river_commission_soil_water_59_projects_spam": doc(
        "https://pranatta.com/newscenter/ly/zj/202004/t20200402_747860.html",
        ["A spam mirror that puts '了解最新苹果版体育投注平台' in place of 流域 (kept); an image caption line. The source line at "
         "the foot '来源:中国水利网站 2020年4月2日' → report_date ('4月2日讯' has no year). '3月30日' is the announcement, "
         "'2019年' a year: no period. '59个', '45个', '14个' projects: no figure."],
        report_date="2020-04-02"),
    "black_odorous_water_lookback_patrol_trad": doc(
        "http://m.budgetchimney.com/Article/info/id/541",
        ["Traditional copy with pinyin glosses, spam site chrome above the title left out. '發布時間:2018-11-06' → "
         "report_date. NEW: the 专项巡查 '10月22日-11月2日' is 'the first 回頭看 after the 专项排查整改' (a recheck): no dates. "
         "'群眾舉報問題55個' petitions, '2處', '4處', '3處' items verified, '15個', '36個' not figures."],
        report_date="2018-11-06"),
    "heilongjiang_rural_water_unannounced_visits": doc(
        "http://www.moa.gov.cn/xw/qg/202201/t20220128_6387869.htm",
        ["A ministry portal's repost: '日期:2022-01-28 09:01' → report_date. '日前' no period. '28处' works, '28个村屯', "
         "'63余户' are not figures; problems not counted."],
        report_date="2022-01-28"),
    "longyan_forest_fire_ducha_orange_alert": doc(
        "http://fujiansannong.com/info/15763",
        ["'2017-11-09' → report_date; '10月26日至11月6日' takes its year → 2017-10-26 … 2017-11-06 (the 督查 ran during the "
         "alert). NEW: '全市共处罚违章用火524起…消除火灾隐患316处' are the city's campaign totals, not the 督查's findings: "
         "no figure."],
        report_date="2017-11-09", inspection=ins(start="2017-10-26", end="2017-11-06")),
    "taizishan_reserve_forest_fire_two_ducha": doc(
        "http://www.tzsbhq.com/contents/41571.html",
        ["'发布时间:2016-03-22' → report_date. NEW: two 督查 '于3月3日至7日,3月10日' → start the first day, end the last: "
         "2016-03-03 … 2016-03-10. Problems named, not counted; '7站1圃' bodies."],
        report_date="2016-03-22", inspection=ins(start="2016-03-03", end="2016-03-10")),
    "wuxi_grain_stock_check_two_days": doc(
        "http://m.5888.tv/brand/njlsjt/news_211810.html",
        ["'2021年6月7日至8日' → 2021-06-07 … 2021-06-08 (end takes the start's year and month); no page date. Nothing wrong "
         "found: no figure."],
        inspection=ins(start="2021-06-07", end="2021-06-08")),
    # --- food and drugs, sanitation ---------------------------------------------------------------------------------
    "benxi_food_drug_campaign_press_notices": doc(
        "https://benxi.gov.cn/xw/zwyw/content_29495",
        ["'11月10日' (a press conference) has no year: no date. '43家', '421家', '504户次' bodies, '63份' notices, '1件' "
         "cases, '3批次' samples: no figure. Portal login lines left out."]),
    "xuanhan_weekend_sanitation_check_forum_spam": doc(
        "http://bbs.castudents.org/thread-994465-1-870.html",
        ["A forum repost with '<p>' tags and hospital spam inside sentences (kept). '发表于 2019-11-2 13:20:16' → report_date "
         "2019-11-02; '10月31日下午' takes its year: a one-afternoon check → start and end 2019-10-31. Problems named in "
         "prose ('…垃圾死角一处', '…一处'), not counted: no figure."],
        report_date="2019-11-02", inspection=ins(start="2019-10-31", end="2019-10-31")),
    # --- 巡察, 督察 rectification, poverty ----------------------------------------------------------------------------
    "ezhou_poverty_special_xuncha_53_problems": doc(
        "https://ezhou.cjyun.org/p/52225.html",
        ["Image captions between the paragraphs kept. '7月中旬' a month part: no start. '发现扶贫领域主要问题53条' → "
         "problems_total 53; '问题线索192条' clues, '97个', '443家' bodies, people: not figures."],
        headline=head(pt=53)),
    "sanmenxia_village_xuncha_lookback_demands_7": doc(
        "http://www.sqlzw.gov.cn/sitesources/smxlz/page_pc/gzdt/xcgz/article3757b29ad58049e1bdb63ffcd53ce752.html",
        ["'发布日期:2025-12-02' → report_date. A 回头看 巡察 of villages: no period stated. NEW: '共收集群众急难愁盼问题7个,"
         "已督促解决4个' are the public's demands collected on visits (like petitions): no figure. '120亩' not a figure."],
        report_date="2025-12-02"),
    "xianning_central_eco_tasks_38_lookback_ducha": doc(
        "https://xianning.cjyun.org/p/125562.html",
        ["'今天(3月19日)' has no year; a 督查 of rectification anyway: no dates. '共认领38项整改任务' → problems_total 38 "
         "(tasks as problems); NEW: done only per subset ('23项…已完成21项', '15项…提前完成5项,其余10项均达到序时进度'): "
         "problems_done null."],
        headline=head(pt=38)),
    "ezhou_env_ducha_rectification_brief_6_62_40": doc(
        "http://sthjj.ezhou.gov.cn/ztzl/wqztlm/hbdc/sdcdt/202105/t20210518_399289.html",
        ["NEW: '鄂州市环境保护督察反馈意见整改工作简报(第六期)' → title, kind bulletin; the line under it '市环境保护督察反馈"
         "整改攻坚指挥部办公室     2021年1月13日' gives the issuer as printed and the report date (the portal's '日期:"
         "2021-05-18' is its upload). '对62个问题…截至1月11日…已完成整改40个' → 62/40. The '1月13日' 督查 of rectification "
         "is a recheck: no dates. Site footer left out.",
         "s24, lead: C35 — a batch or issue number after a title is the series' place, not the document's name: dropped (was '…整改工作简报(第六期)'); found by conv24."],
        # s24, lead: C35 — the issue number is dropped (was "…整改工作简报(第六期)"); not in C35's row.
        kind="bulletin", title="鄂州市环境保护督察反馈意见整改工作简报",
        issuer="市环境保护督察反馈整改攻坚指挥部办公室", report_date="2021-01-13", headline=head(pt=62, pd=40)),
    "gaota_poverty_problems_cleared_approx": doc(
        "http://bz.scbdw.cn/html/meilixiangzhen/2020/0618/31907.html",
        ["'2020-06-18 20:23:21' → report_date; '连日来' no period. '问题1000余个', '问题50余条' are approximations; '所有问题"
         "已全面整改清零' no count: no figure. '20名' people, '10个小组', '13个行政村' not figures."],
        report_date="2020-06-18"),
    "zhaoyang_q1_safety_ducha_45_problems": doc(
        "http://zynews.com.cn/article/show-357740.html",
        ["'更新时间:2022-04-18 10:44' → report_date; '4月11日至14日' takes its year → 2022-04-11 … 2022-04-14. '发现隐患"
         "和问题45条' → problems_total 45; '提出整改措施和意见85条' are the inspectors' recommendations (not figures); '8个', "
         "'7家' bodies."],
        report_date="2022-04-18", inspection=ins(start="2022-04-11", end="2022-04-14"), headline=head(pt=45)),
}


def check(stem: str, d: dict, text: str) -> None:
    """Recount: every headline figure must be printed in the text, every date's day must be printed near its month."""
    check_figures(stem, d, text)
    check_dates_printed(stem, d, text, loose_day_forms(EXTRA_FORMS, unpadded_iso=True))


def main() -> None:
    write_stored_snippets(HERE, DOCS, WHOLE, check, no_problems=True)


if __name__ == "__main__":
    main()
