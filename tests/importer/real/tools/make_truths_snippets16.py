"""Write the truth files of tests/importer/real/snippets16: a held-out set of real lead paragraphs (and a few whole short
pages that hold no problem list) labelled in session 15 by helper label16, who did not change the parser and did not read
zhenggai/importer/ or tests/importer/*.py. Scored once on the worktree's untouched parser (FIRST_RUN_snippets16.txt)
before anything else changed. Labelled at the same time as blind14 (make_truths_blind14.py); no page is in both.

Each text is the lead paragraph(s) of one page of the search tool's ``pages`` corpus, copied as returned (ASCII commas
and colons, traditional copies with their glyph glosses such as ``鄉(xiāng)``, doubled commas ',,', a masked '##',
gambling spam inside a sentence, doc-site and portal chrome, a metadata table pasted as '|' rows, dates that lost 月
('519日')). A snippet starts at the title line or the lead and stops at a paragraph end; two short pages are copied
whole (their ``excerpt`` is false: zhongchuan_town_garbage_rectification_report, zhouqu_sanitation_ducha_bulletin_trad).
None of the 35 urls is in an earlier truth: host+path+query compared (scheme, 'www.' and a trailing '/' ignored, lower
case) against every ``"url"`` in the JSON under /work/main/tests/importer and /work/shared/corpus and every url quoted
in /work/main/tests/importer/real/tools/*.py (602 known urls). About four in five pages the queries returned were known.

Queries (``pages`` corpus; 45 in all, shared with blind14; none is in the lists of make_truths_snippets13/14/15.py):
巡察整改 公示 村 反馈问题 整改措施 整改时限; 整改情况说明 第3项 督察反馈 已完成整改; 验收销号 公示 信访件 办理情况 整改完成;
审计整改 公告 审计发现的主要问题 整改情况 已整改; 社区党委 巡察反馈意见 整改落实情况 公开 问题 已整改; 学校党总支 巡察 反馈 整改
专题民主生活会 问题清单; 对照反馈问题 逐条整改 对账销号 整改到位 条; 回头看 发现整改不到位问题 责令重新整改 巡察办; 落实全面从严治党
主体责任情况的报告 存在问题 整改; 医院党委 巡察整改情况 公开 反馈问题 个 已完成整改 个; 国有企业 党委 关于巡察整改进展情况的通报 问题
整改措施 已完成; 附件 具体问题整改进展情况 整改时限 牵头领导 完成情况; 轮巡察 综述 反馈问题 个 已整改 个 立行立改 移交线索; 巡視整改
通報 大學 黨委 具體問題 整改 完成; 交叉巡察 反馈会 问题 条 整改期限 县委第 巡察组 2023年 村; 整改落实情况公示 中学 督导检查 问题 整改结果;
环境保护督察 转办件 办结 公开 第 批 整改情况 区; 经济责任审计 整改报告 审计指出 问题 已整改 制定制度; 省委巡视组 反馈 县委 巡视整改
进展情况 公布 问题 项 整改完成率; 督查通报 存在问题 一是 二是 限期整改 整改情况报送 镇; 问题一 整改情况 已整改到位 问题二 整改情况 党支部
巡察反馈; 群众反映问题 办理情况 公示 问题描述 整改结果 已办结 巡察期间; 巡察整改 回头看 情况通报 未整改到位 问题 个 责成; 市场监管 专项检查
发现问题 整改 通报 企业 责令整改 项; 关于巡察反馈问题整改落实情况的报告 (一)关于 的问题 整改措施 整改进展 已完成; 整改回复 隐患 整改前 整改后
已整改 检查组 通知书; 年度考核 反馈问题 整改情况报告 针对 问题 我局 整改措施 完成; 審計發現問題 整改情況 公告 鎮 已整改 問題; 巡察组进驻
动员会 巡察时间 至 接受信访 联系电话 邮政信箱 2024年; 内审 不符合项 整改 纠正措施 验证 关闭 报告; 县委第 巡察组 巡察 整改情况 公开 2025年
党支部 反馈问题 整改完成率 100%; 教学检查 发现问题 整改通知 学院 限期 整改落实 反馈表; 巡视反馈 整改 第一批 问题 已销号 整改清单 年底前 完成
市委; 学校食堂 食品安全检查 反馈问题 整改报告 整改措施 已整改; 党建工作督查 反馈问题 整改报告 党支部 (一) (二) 整改措施; 企业 环保检查
问题 整改报告 环保局 废气 整改完成 验收; 村 巡察反馈问题 整改方案 问题 整改措施 责任人 完成时限 村党支部; 幼儿园 督导检查 存在的问题 整改报告
1、 2、 整改措施; 卫生院 院感 督导检查 反馈问题 整改报告 已整改; 消防安全检查 发现问题 整改情况汇报 学校 灭火器 已更换; 专项整治工作成果公布
具体问题 整改情况 已整改 市场监督管理局; 督导反馈 存在的不足与建议 整改 幼儿园 小学 第 点; 检查中出现的问题 整改措施 现将整改情况报告如下 小学
已整改 请; 整治成果公布 具体问题 整改情况 餐饮 食堂 已; 暗访 发现问题 通报 整改情况 序号 单位 问题 整改结果 已整改到位.
Most pages returned for 巡察/巡视 queries were known; the new ones lean to kinds the earlier sets hold few of: school and
kindergarten checks (均衡发展 迎国检, 普及普惠 督导, teaching checks), canteen and fire-safety checks, sanitation 督查 bulletins,
an undergraduate-review 整改方案, a Taiwanese audit notice in the ROC calendar, petitions batches, doc-site templates.

Schema and conventions as in make_truths_snippets9.py … make_truths_snippets15.py: ``problems`` always empty; ``genre``
``"snippet"``; ``kind`` only when a title line names a rectification 通报/报告 or 整改方案; ``title``/``issuer`` only when
the title line names a rectification or inspection document (news headlines null); ``report_date`` from a signature or
a page/source date line inside the snippet (not a doc site's upload time); ``inspector``/``inspected`` null. Days with
no year give no date (unless the snippet's own signature or date line gives the year: snippets10's rule); month-only
periods give none; petitions, clues, bodies, sites, people, rates, money, indicators and standards are not headline
figures; counts by kind with no total are not a total; subsets (未完成整改的26个) are not the total.

Judgement calls new in this set (each also said in the truth's anomalies):
- NEW: a check that lasts one day (a 督导/检查 visit on '2017年6月26日上午') has that day as start and end; meetings,
  talks and 民主生活会 still give no date. A recheck of rectification (复查, 验收) gives none (blind7's rule).
- NEW: an evaluation in two stages (online '2023年5月15日-2023年6月4日', on site '2023年6月14-17日') spans both: start the
  first stage's first day, end the last stage's last day.
- NEW: a page date written day.month.year ('03.08.2016  18:37', under a title '截至8月2日') is 2016-08-03.
- NEW: on a whole short 整改报告 page, the signature date ('2020年10月15日') is the report date, not the portal's
  metadata '日期: | 2020-10-20'; a report titled '…的整改报告' that says what was done is kind bulletin.
- NEW: a 督查情况通报 (results of an inspection, not of its rectification) names an inspection document: title and issuer
  set, kind null; its period with no year ('3月10日至24日') takes the signature's year.
- NEW: problems found by a fire-safety check and those corrected on the spot ('发现了火灾的危险性8条,当场督促对火灾危险性5处
  进行纠正', spun wording for 火灾隐患) are problems_total 8 and problems_done 5; '发现环境问题3个' found by an
  enforcement check is problems_total 3; '15个专项巡察组已发现各类问题266个' during a round is problems_total 266.
- NEW: '梳理共性问题19个、个性问题25个' (two kinds, no total) gives no figure.
"""
from pathlib import Path

from make_truths import head, ins, write_stored_snippets
from make_truths_snippets10 import doc

HERE = Path(__file__).resolve().parent.parent / "snippets16"

WHOLE = {"zhongchuan_town_garbage_rectification_report", "zhouqu_sanitation_ducha_bulletin_trad"}

DOCS = {
    # --- 巡察/巡视 leads ----------------------------------------------------------------------------------------------
    "miluo_provincial_xunshi_progress": doc(
        "http://miluo.gov.cn/25221/25230/43242/content_2223067.html",
        ["A city's 巡视 progress bulletin without its title line: period '2023年9月7日至11月10日', feedback '2023年12月21日'."],
        inspection=ins(start="2023-09-07", end="2023-11-10", feedback="2023-12-21")),
    "xingtai_2plus1_special_xuncha_266": doc(
        "http://hebei.hebnews.cn/2018-06/25/content_6929655.htm",
        ["News headline (title null); '2018-06-25 11:08:13 来源:河北新闻网' → report_date. The period '6月6日至6月25日' has no "
         "year in the body: the page date gives it (snippets9/11's rule) → 2018-06-06 .. 2018-06-25.",
         "NEW: '目前,15个专项巡察组已发现各类问题266个' → problems_total 266. '41个市直单位', '20个县', '十分之一' are not figures."],
        report_date="2018-06-25", inspection=ins(start="2018-06-06", end="2018-06-25"), headline=head(pt=266)),
    "jiangsu_port_soe_special_xuncha_trad": doc(
        "https://dtsxyzcb.com/1064.html",
        ["Traditional copy with glosses; an SOE 专项巡察 stationed '12月22日' (no year anywhere): no date. '2家' are bodies."]),
    "hunan_kejixy_special_life_meeting": doc(
        "https://admin.hnkjxy.net.cn/html/34/2021-05-21/content-7843.html",
        ["News headline (title null); '时间:2021-05-21' → report_date. '519日' lost its 月 and is a 民主生活会, not the "
         "inspection; '省委教育工委第一巡察组2020' gives a year only."],
        report_date="2021-05-21"),
    "union_school_life_meeting_five_aspects": doc(
        "http://sxghgx01.sxgrw.com/zf11_news.asp?id=535",
        ["A school's 民主生活会: '重点查找了5个方面问题,从4个方面深刻剖析根源' are aspects found by the body itself, no figure."]),
    "hangzhou_responsibility_face_reports": doc(
        "https://hzlz.hangzhou.com.cn/articles/5944.html",
        ["Feature on 主体责任 face-to-face reports; '12次', '12件次' are meetings and instructions; '3月中旬的一个周日' no date."]),
    "loudi_two_responsibilities_survey": doc(
        "http://www.sxfj.gov.cn/yan_jiu_si_kao/10950533.shtml",
        ["A research report (title not a rectification document: null); '发表时间:2016-10-18 10:32' → report_date. "
         "'从2015年4月上旬至今' is a month-part span of the survey: no date; '5家', '5个', '4个', '2个' are bodies."],
        report_date="2016-10-18"),
    "xuanhan_xuncha_livelihood_135": doc(
        "http://www.dzrbs.com/dzrbspage/dzrb/html/2018-01/16/content_1083675.htm",
        ["Continuation of a newspaper feature ('(紧接第一版)'): '民生事项135件', '群众满意率90%' are not figures; no date line."]),
    "renrendoc_first_round_feedback_plan_outline": doc(
        "https://www.renrendoc.com/paper/507609283.html",
        ["Doc-site copy of a template '首轮巡察反馈工作方案' (a work plan for giving feedback, not a rectification plan: title "
         "and kind null): page lines, then an outline with dotted headings 1.1/1.2/2.1… that are chapter headings, not "
         "problems. Cut after 3.4."]),
    # --- checks of schools, canteens, kindergartens ---------------------------------------------------------------------
    "hnit_undergrad_review_rectification_plan": doc(
        "https://www.hnit.edu.cn/nry.jsp?urltype=news.NewsContentUrl&wbtreeid=1320&wbnewsid=80758&type=cas&phjLqglmYdP_rCOghksAS5ICdopzALrH56orrZPZrxj2sij0GyF9PnKBXnKO_B_G",
        ["A university's 审核评估整改方案 sent with a covering notice signed '中共湖南工学院委员会 2023年12月20日' → title, issuer, "
         "kind plan, report_date. NEW: the review ran online '2023年5月15日-2023年6月4日' and on site '2023年6月14-17日': "
         "start 2023-05-15, end 2023-06-17. '2023年10月' (report sent) is month-only: no feedback date. '2022年3月22日' is "
         "the application. The 问题清单 table after the snippet is left out (cut in its first row)."],
        kind="plan", title="湖南工学院本科教育教学审核评估整改方案", issuer="中共湖南工学院委员会", report_date="2023-12-20",
        inspection=ins(start="2023-05-15", end="2023-06-17")),
    "wnzy_term_start_teaching_check_2014": doc(
        "https://jwc.wnzy.net/info/1888/4506.htm",
        ["A college's term-start teaching check '2014年2月24日-25日' (a check: an inspection, blind7) → 2014-02-24 .. "
         "2014-02-25. Problems named in prose ('如…等情况'), no count."],
        inspection=ins(start="2014-02-24", end="2014-02-25")),
    "cdu_college_teaching_archive_check": doc(
        "https://jztm.cdu.edu.cn/jzxy/info/1077/6832.htm",
        ["A teaching-archive check '9月26日上午' with no year anywhere: no date. Problems named in prose; '一个月后' recheck."]),
    "shigang_school_balance_recheck": doc(
        "http://old.scjyxx.net/DocHtml/1/Article_2016122626798.html",
        ["A county's resident supervisors check a school's rectification '12月23日上午' (no year): no date."]),
    "linyi_balance_rectification_recheck": doc(
        "http://jyj.linyi.gov.cn/info/1312/4817.htm",
        ["A recheck (复查) of three counties' rectification '8月7日至9日' with no year (and a recheck gives no period anyway); "
         "'于10月15日前' is a deadline; '60所' are schools."]),
    "chuzhou_no1_primary_balance_lookback": doc(
        "https://www.hichuzhou.com/weixin-content-id-53193.html",
        ["NEW: a one-morning check ('2017年6月26日上午…检查指导工作', a '2016年迎国检回头看') → start and end 2017-06-26; the "
         "first line repeats the day without the year."],
        inspection=ins(start="2017-06-26", end="2017-06-26")),
    "junlian_longzhen_primary_balance_ducha_trad": doc(
        "https://www.youyaqueen.com/index.php?c=show&id=5664",
        ["Traditional copy with doubled punctuation (',,', ',、', ',。'). NEW: a one-day 督导检查 '2021年5月12日' → start and end "
         "2021-05-12. '2021年數據報表' names data, not a date."],
        inspection=ins(start="2021-05-12", end="2021-05-12")),
    "jianshui_kindergarten_demo_recheck": doc(
        "https://meipian.cn/1mmdazb4",
        ["A kindergarten 初评整改检查 '9月26日' with no year: no date. Leading spaces from the page's <h3> kept."]),
    "jiujiang_civil_dining_joint_ducha_round2": doc(
        "http://yuntuisou.com/news/show-7764.html",
        ["News headline (title null); '发布日期:2022-06-24 00:06:08' → report_date. NEW: the one-day 督查 '6月22日' (the first "
         "stop of a round; year from the page date) → start and end 2022-06-22. '8部门', '1名' are not figures."],
        report_date="2022-06-24", inspection=ins(start="2022-06-22", end="2022-06-22")),
    "zhenxiong_fire_check_8_hazards": doc(
        "http://ygfootball.com/yaowen/5063.html",
        ["Spun news copy of a fire-safety check ('近日', no date). NEW: '对5所学校进行了检查,发现了火灾的危险性8条,当场督促对火灾"
         "危险性5处进行纠正' (火灾隐患 spun) → problems_total 8, problems_done 5; '2份' notices and '5所学校' are not figures."],
        headline=head(pt=8, pd=5)),
    "zhongchuan_town_garbage_rectification_report": doc(
        "http://117.156.67.38/zwgk-view/771.html",
        ["WHOLE page (excerpt false): a town's 整改报告 with a metadata table pasted as '|' rows (日期: 2020-10-20) and a "
         "signature '中川镇人民政府 2020年10月15日'. NEW: the signature date is the report date; kind bulletin (it says what "
         "was done); the title is kept as printed (spaces inside). The 督查 of '10 月 9 日' (no year in the body) takes the "
         "signature's year → a one-day check, start and end 2020-10-09 (NEW rule above). No problem list (the problems are "
         "referred to, not listed). The url's host is a bare IP."],
        kind="bulletin", title="关于上报2020 年第三季度全市全域无垃圾 专项治理工作督查情况通报的整改报告", issuer="中川镇人民政府",
        report_date="2020-10-15", inspection=ins(start="2020-10-09", end="2020-10-09")),
    "zhouqu_sanitation_ducha_bulletin_trad": doc(
        "https://atzr.com.cn/info/1041/31167.htm",
        ["WHOLE page (excerpt false), traditional with glosses: a county's sanitation 督查通报 signed '舟曲縣全域無垃圾專項治理領導"
         "小組辦公室 2020年4月10日' → issuer, report_date. NEW: an inspection's results bulletin: title set, kind null. Period "
         "'3月10日至24日' takes the signature's year → 2020-03-10 .. 2020-03-24; '3月25日至27日進行了銷號整改' is the "
         "rectification, not the feedback. '1、單位末位排名 / 2、職能單位末位排名' are rankings, not problems; '19個鄉鎮36個行政村' "
         "are bodies."],
        title="關于第一季度全縣城鄉(xiāng)環(huán)境衛(wèi)生綜合整治情況督查通報",
        issuer="舟曲縣全域無垃圾專項治理領導小組辦公室", report_date="2020-04-10",
        inspection=ins(start="2020-03-10", end="2020-03-24")),
    "xinzheng_g107_sanitation_58_sites": doc(
        "https://public.xinzheng.gov.cn/D281403X/2089223.jhtml",
        ["A roadside sanitation 督导 '3月3日至5日' with no year: no date. '环境卫生问题58处' are sites (处), not a problems total "
         "(judgement call, as snippets9's places visited).",
         "session 17: '督导组共巡查发现环境卫生问题58处' is problems found, counted in 处 (snippets12's call: '发现问题90处' are "
         "problems; snippets19's '各类扬尘污染问题95处' too), not places visited → problems_total 58."],
        headline=head(58)),
    "suzhou_housing_bureau_hygiene_unannounced": doc(
        "https://fgzx.ahsz.gov.cn/xxfb/ztzl/lszt/agwsyd/gzxx/14531586.html",
        ["News headline (title null); '发布日期:2010-05-19 18:55' → report_date; an unannounced hygiene check '近期': no date."],
        report_date="2010-05-19"),
    "jiaozuo_four_cities_red_black_list": doc(
        "http://epaper.jzrb.com/rb/html/2017-06/02/content_442901.htm",
        ["An e-paper red/black list box ('■' items): '对督导发现问题整改不及时' is a verdict, not a problem list; no date in the text."]),
    "dunhuang_branch_standardization_ducha_trad": doc(
        "http://wxchl.com/info/1003/5576.htm",
        ["Traditional copy; a 党支部标准化 督查 '7月30日' (no year): no date. '6個方面27個標準' are standards, not problems."]),
    "party_facilities_selfcheck_template_44": doc(
        "https://max.book118.com/html/2026/0209/6230231043012101.shtm",
        ["Doc-site template: '2026-02-11 发布于山西' is an upload line (not a report date, blind7). NEW: '梳理共性问题19个、个性问题"
         "25个' gives two kinds with no total: no figure. '31处', '800份', '127条' suggestions, '6大类28项' indicators, "
         "'为期20天' are not figures."]),
    # --- enforcement, petitions, audits ------------------------------------------------------------------------------------
    "jingjinji_enforcement_164_firms_three_kinds": doc(
        "http://jingyuhuahui.com/news/shehui/1844994.html",
        ["News of a 强化督查 '9月17日到18日' (no year): no date. '212个工业企业', '164家企业' are bodies; the '一、 二、 三、' "
         "lines are kinds of violations with example firms (findings news, not a problem list: problems empty by convention)."]),
    "wujiang_joint_enforcement_3_problems_trad": doc(
        "http://www.jz8899.net/zgq/2022/1109/120345.html",
        ["Traditional copy; '11月5日晚' (no year): no date. NEW: '檢查單位11家,發現環境問題3個' → problems_total 3; '8名' people."],
        headline=head(pt=3)),
    "taiqi_voc_enforcement_spam": doc(
        "http://www.qqzddqwz.com/sthjj/zwyw/mndt/2023092109453026216/index.html",
        ["Gambling spam replaces '质量' ('持续改善空气全球最大赌球网站'); '6家', '4家', '1家' are firms: no figure, no date ('近日')."]),
    "rongchang_26_unfinished_env_problems_trad": doc(
        "http://yqmw666.cn/2016/11/29/ARTI1480391019993985.shtml",
        ["Traditional copy; '2016-11-29 11:54 來源:…' → report_date. '26個未完成整改的環境突出問題' is the unfinished subset, "
         "not the total (snippets15's subset rule); '15個牽頭部門和32個協辦單位' are bodies."],
        report_date="2016-11-29"),
    "dongying_petitions_batch20_36_problems": doc(
        "http://dongying.dzwww.com/dyxw/201709/t20170901_16158388.htm",
        ["'2017-09-01 09:22:00 来源:…' → report_date. Petitions batch: '信访件15件', '170件', '涉及环境问题36个' and its kinds "
         "are petitions' problems (snippets9 part 2), not the headline; '8月31日' is a transfer day."],
        report_date="2017-09-01"),
    "inner_mongolia_petitions_batch11_noyear": doc(
        "https://sthjt.nmg.gov.cn/sthjdt/ztzl/zysthjbhdcznmg/bdbg/202506/t20250617_2741439.html",
        ["Petitions handled by '6月17日' (no year in the text): counts of 件, 家, 人 and money are not figures; no date."]),
    "heilongjiang_clues_dotted_date": doc(
        "https://haerbin.baogaosu.com/xinwen/%25E4%25B8%25AD%25E5%25A4%25AE%25E7%258E%25AF%25E5%25A2%2583%25E4%25BF%259D%25E6%258A%25A4%25E7%259D%25A3%25E5%25AF%259F%25E7%25BB%2584%25E8%25BD%25AC%25E5%258A%259E%25E9%2597%25AE%25E9%25A2%2598%25E7%25BA%25BF%25E7%25B4%25A2/49199943",
        ["NEW: the page date '03.08.2016  18:37' is day.month.year → report_date 2016-08-03 (the title says '截至8月2日'). "
         "Petition clues '526件', '384件中已办结246件' are not problems."],
        report_date="2016-08-03"),
    "puzi_council_audit_ordinance_roc_trad": doc(
        "https://www.audit.gov.tw/p/406-1000-10701,r12.php?Lang=zh-tw",
        ["A Taiwanese audit office's notice in traditional script with ROC-calendar dates ('113年9月', '114年2月4日'): the "
         "month-only dates give nothing; '114年2月4日辦理公告' is when the amended ordinance was published, not a report or "
         "inspection date. One finding told as news, already fixed: no figure (snippet)."]),
    "bdocx_balance_problems_essay_upload": doc(
        "https://bdocx.com/doc/17217269.html",
        ["Doc-site copy of an essay: '上传时间:2022-11-29' is an upload time (not a report date); its '三是…', '2、…', '一是…' "
         "are analysis, not a problem list; lines broken inside quotes kept."]),
}


def main() -> None:
    write_stored_snippets(HERE, DOCS, WHOLE, no_problems=True)


if __name__ == "__main__":
    main()
