"""Write the truth files of tests/importer/real/snippets9: a held-out set of real headline and date wordings,
labelled in session 12 by helper snippets9, who did not change the parser. Scored once on main's parser
(FIRST_RUN_snippets9.txt) before anything else changed.

Each text is the lead paragraph(s) of one page of the search tool's ``pages`` corpus, copied as returned
(ASCII commas and colons, traditional copies with their pinyin-less glyph glosses such as ``進(jìn)``, the page's
own chrome lines when they sit between the title and the lead, masked ``**`` figures, lost characters kept).
Paragraphs are contiguous: a snippet starts at the title line (or the lead when there is no title) and stops at a
paragraph end, except where the stored copy itself is cut. None of the 67 urls is in an earlier truth under
tests/importer/real/ (checked with grep over every ``"url"``), and each page gives one snippet.

Schema as in ``make_truths.py``: ``problems`` is always empty (a snippet holds no problem list); ``excerpt`` is
true for all (a snippet is a part of its page); ``genre`` is ``"snippet"``. ``kind`` is set only when a title line
names a rectification 通报; ``title``/``issuer`` only when the snippet has a title line (issuer only when the title
names it); ``report_date`` only from a signature, a 成文日期 or a page/source date line inside the snippet.
``inspector``/``inspected`` are left null throughout: this set tests dates and figures.

Judgement calls (following README.md and make_truths_blind8.py):
- Years are resolved from the snippet only. A day with no year anywhere in the snippet stays null (``8月20日…完成
  进驻``). A feedback day after a full-dated period takes the period's year, or the next year when its month comes
  before the period's end month (``2022年10月8日至2022年12月15日`` then ``2月13日…反馈`` → 2023-02-13). A start day
  with no year in a page dated ``发布日期:2021-04-19`` takes the page's year (``从3月9日开始…巡察“回头看”``).
- Month-only or part-of-month periods (``自2025年9月开始,至2025年12月中旬结束``, ``2022年10月中旬至12月中旬``,
  ``3月初进驻,4月30日前…结束``) give no start or end. A deadline for petitions (``受理信访时间截止到…``,
  ``信访截止时间为2025年12月5日``) is not the end of the inspection; a rectification period
  (``2025年10月21日至2026年1月21日,进行了三个月的集中整改``) is not the inspection period.
- Feedback given over several days (``3月6日至3月24日,市委各巡察组分别向被巡察党组织反馈``, ``10月10日—13日``) dates
  the feedback by its first day (as blind7's ``于2021年2月1日至3日…进行了反馈``).
- A round summary's or a region's counts of problems found are the headline (as ``km_round_summary``: 697/688), the
  first stated when several are given; ``整改任务`` are the problems (as blind2's ``jiangsu_round2_tasks``).
- Not headline figures: shares and rates (``整改完成率达97.8%``, ``总体完成率达到95%``), approximations (``520余人``),
  counts of bodies (``12个村``, ``卅七個``, ``27家单位``), people, meetings, days, petitions (``信访件7878件,已办结
  7201件``), cases and clues (``移交问题线索1193件``), money, recommendations (``提出审计建议47条``, ``意见建议254條``),
  work nodes, meeting items (``确定事项22件…已办结6件``), indicators, rules and measures counted together
  (``建立健全规章制度和制定整改措施1664项``: neither), stage-wise progress (``已有28项完成阶段性整改``: not done),
  and problems resolved on the spot out of a larger total (``推动立行立改…问题65个``: not the done count).
- Counts of 制度 made are ``rules_made`` (``新建、修订制度18项``); ``确定了25项整改措施`` is ``measures_total``.
"""
from pathlib import Path

from make_truths import head, ins, write_truth

HERE = Path(__file__).resolve().parent.parent / "snippets9"


def doc(url, anomalies, *, headline=None, inspection=None, report_date=None, title=None, issuer=None, kind=None):
    return dict(url=url, kind=kind, title=title, issuer=issuer, report_date=report_date,
                inspection=inspection or ins(), headline=headline or head(), anomalies=anomalies)


DOCS = {
    # --- inspection dates -------------------------------------------------------------------------------------
    "kunming_village_round_entry": doc(
        "http://jw.km.gov.cn/c/2022-05-30/4391219.shtml",
        ["'本轮巡察集中进驻时间为2022年3月1日至4月4日,共计35天' is the period (end takes the start's year).",
         "'12个村(社区)', '4个巡察组', '35天' are not figures."],
        inspection=ins(start="2022-03-01", end="2022-04-04")),
    "wbq_congress_xuncha_entry": doc(
        "http://wbq.gov.cn/sygsgg/info/7426",
        ["Period in brackets '巡察期间(2020年8月20日至2020年10月20日)' after the entry day '2020年8月20日…进驻'.",
         "'为期60天', the phone number '15837314715', '早8点至晚6点' are not figures."],
        inspection=ins(start="2020-08-20", end="2020-10-20")),
    "xian_sixth_group_notice": doc(
        "http://xaepb.xa.gov.cn/xwzx/tzgg/5f9fcb5df8fd1c59664173e9.html",
        ["A 巡察公告 whose title is spaced out ('巡 察 公 告'); period '从2020年10月28日至11月30日' (end takes the start's year).",
         "'12个牵头单位' counts bodies."],
        title="巡察公告", inspection=ins(start="2020-10-28", end="2020-11-30")),
    "hyit_college_feedback": doc(
        "https://rwxy.hyit.edu.cn/info/1125/9157.htm",
        ["The feedback '2026年1月16日' is stated before the period '2025年11月19日至12月15日' (end takes the start's year)."],
        inspection=ins(start="2025-11-19", end="2025-12-15", feedback="2026-01-16")),
    "wuhu_jiantou_feedback": doc(
        "http://www.whjjw.gov.cn/html/wenzhang_779687.html",
        ["Lead '2月13日下午…反馈巡察情况' has no year; the period after it is '2022年10月8日至2022年12月15日', so the "
         "feedback is 2023-02-13 (judgement call: February after a December end is the next year)."],
        inspection=ins(start="2022-10-08", end="2022-12-15", feedback="2023-02-13")),
    "wuhan_kaifaqu_xunshi_bulletin": doc(
        "https://www.whkfq.gov.cn/ztjh/dflzjs/lzxxgk/xcgz/202407/t20240718_2430044.html",
        ["Title, '发布时间:2024-07-18 11:16' (the report date), period '2023年7月18日至9月15日', feedback "
         "'于2023年11月1日反馈了巡视意见'. Cut after the first heading's lead; no figure."],
        kind="bulletin", title="中共武汉经开区党工委关于十二届省委第四轮巡视整改进展情况的通报", issuer="中共武汉经开区党工委",
        report_date="2024-07-18", inspection=ins(start="2023-07-18", end="2023-09-15", feedback="2023-11-01")),
    "xuchang_dongcheng_bulletin": doc(
        "https://dongchengqu.xuchang.gov.cn/zjdq/001002/20260213/7fc568d8-2bd6-4f3d-be6d-fa1202354ba1.html",
        ["'【信息时间:2026-02-13 …】' is the page date. Period '2025年7月10日至9月12日'; feedback '10月21日' (the period's "
         "year); '2025年10月21日至2026年1月21日,进行了三个月的集中整改' is the rectification period, not the inspection's."],
        kind="bulletin", title="中共许昌市东城区工委关于巡察整改情况的通报", issuer="中共许昌市东城区工委",
        report_date="2026-02-13", inspection=ins(start="2025-07-10", end="2025-09-12", feedback="2025-10-21")),
    "liangxi_xunshi_progress": doc(
        "https://wuxijw.wuxi.gov.cn/doc/2024/03/15/4282847.shtml",
        ["'省委第十巡视组于2023年6月30日至8月31日对梁溪区开展了巡视,并于10月14日进行了反馈' (feedback takes the period's year).",
         "No title or page date in the snippet."],
        inspection=ins(start="2023-06-30", end="2023-08-31", feedback="2023-10-14")),
    "hubei_central_lookback_rectification": doc(
        "http://m.yzctcx.com/gn/79888.html",
        ["A 回头看 by a central team: period '2016年6月30日至8月30日', feedback '10月10日' (the period's year)."],
        inspection=ins(start="2016-06-30", end="2016-08-30", feedback="2016-10-10")),
    "yongde_lookback_start": doc(
        "http://lcjjjc.gov.cn/info-138-10311.html",
        ["'发布日期:2021-04-19 22:33:40' is the page date. '从3月9日开始,全面启动巡察“回头看”' has no year: 2021 from "
         "the page date (judgement call); '为期25天' states no end date.", "'5个单位', '三个巡察组' count bodies."],
        report_date="2021-04-19", title="永德:开展巡察“回头看”巩固提升巡察质效",
        inspection=ins(start="2021-03-09")),
    "changzhou_round4_feedback": doc(
        "https://jjw.changzhou.gov.cn/html/jw/2023/DOPQPFJE_0403/26710.html",
        ["Periods by part of month ('2022年10月中旬至12月中旬', '2022年11月中旬至2023年1月中旬'): no start or end.",
         "'3月6日至3月24日,市委各巡察组分别向被巡察党组织反馈' has no year: after a round ending 2023-01, 2023-03-06 "
         "(first day). '2月9日', '3月3日' are meetings.", "'6个组', '5个单位' count bodies."],
        inspection=ins(feedback="2023-03-06")),
    # --- dates that must stay empty ---------------------------------------------------------------------------
    "district_round10_entry_noyear": doc(
        "http://www.fjsyxww.com/2025-08/20/content_2248300.htm",
        ["'8月20日…完成进驻工作' has no year in the snippet: no start. '40天左右' is an approximation.",
         "Trailing ' |' from the page kept."]),
    "bengbu_round_period_noyear_trad": doc(
        "http://www.dingqianjf.com/news/show/134/1446017_0.html",
        ["Traditional characters with glyph glosses ('據(jù)'). Period '7月25日至9月25日' has no year: no start or end.",
         "'27家單位', '5家' count bodies."]),
    "round8_period_month_only": doc(
        "http://www.jiwei.gov.cn/page-xc.thtml?contentId=22830",
        ["'自2025年9月开始,至2025年12月中旬结束': month-only period, no start or end."]),
    "danyang_round11_entry": doc(
        "http://www.jsdyjw.gov.cn/show.asp?id=3631",
        ["'截至9月12日…完成进驻' has no year; '信访截止时间为2025年12月5日' is the petitions deadline, not the end.",
         "'4个巡察组', '12家单位' count bodies; '9:00至下午5:00' are office hours."]),
    "hefei_round2_towns_noyear": doc(
        "http://m.ahwang.cn/hefei/20220302/2347570.html",
        ["'3月1日上午' (a meeting), '3月初进驻,4月30日前驻点巡察结束' (no year, a deadline): no date.",
         "'4个巡察组', '16个…乡镇', '2个月左右' are not figures."]),
    "central_inspection_entry_trad": doc(
        "http://m.dddjmc.com/news/txnews/cnnews/sh/2020-10-14/2435953.html",
        ["Traditional. '10月13日' has no year; '受理信訪時間截止到2020年12月15日' is the petitions deadline, not the end.",
         "'9個中央巡視組', '32個地區和單位', '23個' count bodies; '8:00—18:00' office hours."]),
    "central_round4_hk_trad": doc(
        "https://orientaldaily.on.cc/cnt/china_world/20190911/00178_007.html",
        ["Hong Kong traditional copy with numbers in Chinese ('卅七個', '七個'); '為期兩個月'; '十一月二十日前' a "
         "petitions deadline with no year: no date, no figure."]),
    "aohan_towns_entry_noyear": doc(
        "http://szb.fmrmzx.com/view.asp?sbm=8ae654886b1b07f2",
        ["'7月3日…完成…巡察进驻' has no year; '两个半月'. '6个乡镇', '69个村党组织' count bodies."]),
    "village_lookback_entry_noyear": doc(
        "http://www.fmrmzx.com/view.asp?sbm=56ace92a4b3d63c5",
        ["'4月23日…完成…进驻和动员工作' has no year; '20天左右'. No figure."]),
    "xishui_feedback_days_noyear": doc(
        "http://www.xishuirmt.cn/p/51670.html",
        ["Feedback days '5月29日到6月4日' with no year: no feedback date. '四个巡察组' counts bodies."]),
    "jishan_lookback_feedback_noyear": doc(
        "http://www.nllz.gov.cn/html/wenzhang_734864.html",
        ["A 回头看 feedback meeting '3月23日下午' with no year: no feedback date."]),
    "cppcc_office_democratic_meeting_noyear": doc(
        "https://www.ahqszx.gov.cn/a/zhengxiedongtai/zhengxieyaowen/2661.html",
        ["'11月25日' is a 专题民主生活会 on the rectification: not a date of the inspection; no year anyway."]),
    "wnmc_xunshi_dispatch_meeting_noyear": doc(
        "https://www.wnmc.edu.cn/info/1711/725811.htm",
        ["'4月24日' is a rectification dispatch meeting: no inspection date."]),
    "yunnan_leading_group_meeting_trad": doc(
        "http://www.qdubb.cn/html/2022/yunlingyaowen_0524/109414.html",
        ["Traditional. '5月24日' is a leading-group meeting; '第2次會議' and round numbers are not figures."]),
    "changzhou_round15_lookback_entry": doc(
        "https://jjw.changzhou.gov.cn/html/jw/2021/DOPMPFJD_0812/23039.html",
        ["'自2021年8月上旬至9月上旬': part-of-month period, no start or end. '4个党组织', '6个辖市区', '约1个月' are not figures."]),
    # --- headline figures ----------------------------------------------------------------------------------------
    "haiqu_audit_rectification_trad": doc(
        "http://www.qdpoker.com/information/hbwq51/msg22377255103.html",
        ["Traditional, on an unrelated host. '審計發現問題82個,截至7月底,已整改問題38個,…正在整改問題21個,移送問題13個,"
         "整改率達到66%': 82 found, 38 done; the rest, the rate and the money (with thousands separators '24,978.12') are not."],
        headline=head(82, 38)),
    "haidong_xuncha_difficulties": doc(
        "http://www.qh.xinhuanet.com/2019-03/20/c_1124260346.htm",
        ["'2019-03-20 17:03:08 | 来源: 海东纪委网' is the page date.",
         "'3轮常规巡察共发现…等方面问题199条,已整改92条,移交问题线索20件,已办结9件': 199/92 (条 as the counter); the clues "
         "are not. '94个乡镇,1587个行政村…19个民族' describe the city. Cut off in the next round's sentence."],
        title="海东市县巡察工作面临的问题困难及对策建议", report_date="2019-03-20", headline=head(199, 92)),
    "zhanyi_first_round_trad": doc(
        "http://www.qdubb.cn/html/2018/xunshixuncha_0112/41180.html",
        ["Traditional. '共發現問題242個,其中已整改190個': 242/190; '意見建議254條', '問題線索73個', people are not figures.",
         "'13個區直單位、8個鄉(鎮、街道)' count bodies."],
        headline=head(242, 190)),
    "xialu_prelist_found14": doc(
        "https://hb.cri.cn/chinanews/20180926/eb812e35-b24f-da72-9227-657c30729634.html",
        ["A team leader's tally in quotes opens the text: '发现问题14个,掌握问题线索3个' → 14 problems (a 巡察组's finds); "
         "'共收集29条问题线索' before the round are clues."],
        headline=head(14)),
    "honghe_prefecture_xuncha_total": doc(
        "http://ynjjjc.gov.cn/html/2019/yunlingyaowen_1127/77028.html",
        ["'自2016年9月…以来,全州巡察共发现各类问题8483个,移交问题线索1193件,立案人数238人…': 8483 is the total; "
         "clues, people and cases are not."],
        headline=head(8483)),
    "dingyuan_village_coverage": doc(
        "http://czlz.gov.cn/Info/54073.aspx",
        ["'已完成对全县258个村(社区)的巡察全覆盖,共发现各类问题5610个,移交问题线索294件,推动立行立改…问题65个': 5610 is "
         "the total; the 65 solved on the spot are not a done count of the 5610 (judgement call)."],
        title="定远:坚持真巡实改 扎实推进对村巡察“全覆盖”", headline=head(5610)),
    "speech_template_46_problems": doc(
        "https://www.wentop.com/wen/51/101605.html",
        ["A speech template: an outline line '【提纲】…' then a paragraph that starts mid-sentence ('方案,梳理了…') with a "
         "line break inside a sentence and masked names ('**小区').",
         "'针对巡察指出的46项具体问题,目前已有28项完成阶段性整改': 46 total; stage-wise progress is not done.",
         "'新建、修订制度18项' is rules_made; '12个单位', '8个项目', '15件' are not figures."],
        headline=head(46, rules=18)),
    "national_ducha_presser_tasks": doc(
        "https://app.bjtitle.com/8816/newshow.php?did=867076049943998&newsid=6189701&typeid=26",
        ["'中国新闻网' then '2022-07-06 22:22' on their own lines: the page date.",
         "Petitions first ('信访举报28.7万件,…完成整改28.5万件': not problems, and in 万). '第一轮督察和“回头看”整改方案明确的"
         "3294项整改任务,总体完成率达到95%' → 3294 (tasks as problems), no done count (a rate); '1227项…半数已经完成' is the "
         "second round."],
        title="中央生态环保督察共受理转办民众生态环境信访举报28.7万件", report_date="2022-07-06", headline=head(3294)),
    "anhui_ciq_measures25": doc(
        "http://gsiic.com/Item/72951.aspx",
        ["Not an inspection but a 学习实践活动 self-review: '针对…8个方面突出问题确定了25项整改措施' → 25 measures; the 8 "
         "aspects are not a count of problems."],
        headline=head(mt=25)),
    # --- counts that are not headline figures --------------------------------------------------------------------
    "hubei_feedback_rates": doc(
        "https://zkxblog.com/lab/read-3007775.html",
        ["Rates only ('整改完成率达97.8%', '处置率达99.7%', '平均完成率达96.5%'); '前4轮' is not a count."]),
    "guangxi_audit_year_totals": doc(
        "http://sjt.gxzf.gov.cn/zwgk/fdzdgknr/sjfb/qqsjjg/t18380467.shtml",
        ["Projects (1790个), money (亿元), recommendations (7206条/6680条) and '建立健全规章制度和制定整改措施1664项' "
         "(rules and measures together): no headline figure. Year '2023年1至12月' is not an inspection period."]),
    "fuzhou_audit_work_report_trad": doc(
        "http://m.cc774.com/zwgk/sjgk/202506/t20250630_5040280.htm",
        ["Traditional copy of an audit work report; '108個市直部門及所屬397家單位', '6個專題專項', '1+N+X' are not figures."],
        title="福州市人民政府關于2024年度市本級預算執行和其他財政收支的審計工作報告", issuer="福州市人民政府"),
    "ziyang_meeting_items_notice": doc(
        "https://www.zyx.gov.cn/Content-2463854.html",
        ["A metadata table pasted as '|' rows: '成文日期: | 2022年09月14日' (the report date), '公开日期: | 2022年09月15日'.",
         "'确定事项22件,截至9月14日,已办结6件,占比27%;正在办理16件' are meeting items of a 督查, not problems of an inspection."],
        title="2022年第八次县政府常务会议确定事项落实情况的通报", report_date="2022-09-14"),
    "ezhou_ducha_petitions_noyear": doc(
        "http://ezhou.cjyun.org/p/96561.html",
        ["Petitions only ('信访件2711件', '重点交办件286件'), dates '11月30日' with no year: nothing to read."]),
    "hubei_ducha_petitions_progress": doc(
        "http://sthjt.hubei.gov.cn/hjsj/ztzl/sthjbhdc/dcdxal/zgcxal/202209/t20220916_4309114.shtml",
        ["Title repeated after the date line (page chrome kept). '发布时间:2022-09-16 10:06' is the page date.",
         "'交办信访件7878件,…已办结7201件,办结率达91.41%' are petitions, not problems."],
        title="中央生态环保督察交办信访件我省办理进度已超91%", report_date="2022-09-16"),
    "qinghai_ducha_entry_petitions": doc(
        "http://www.qh.chinanews.com/yw/news/2022/0119/100086.html",
        ["'2022年01月19日 09:34' then '来源:西海都市报': the page date. '1月18日' is when the reporter learned; the entry "
         "has no date.", "Petitions (28件/23件/20件), questionnaires (2398份), shares (93.5%, 97.1%): no headline figure."],
        title="第一批省级生态环境保护督察完成进驻 共受理举报投诉28件", report_date="2022-01-19"),
    "dazu_ducha_petitions_batch": doc(
        "https://xyb.txdzw.com/Html/2024-12-02/18850.html",
        ["Petitions per batch with zeros ('0件'); '11月29日' has no year."]),
    "tongnan_ducha_petitions_trad": doc(
        "http://m.bjzxdq.com/ztlm_184/zysthbdczqzxd/202405/t20240530_13251986_wap.html",
        ["Traditional with glyph glosses; petitions only; '5月30日' has no year."],
        title="中央第六生態(tài)環(huán)境保護(hù)督察組向重慶市交辦第二十二批群眾信訪舉報(bào)件122件,涉及潼南區(qū)2件"),
    "lincang_round7_entry_trad": doc(
        "http://www.qdubb.cn/html/2018/yunlingyaowen_0905/53304.html",
        ["Traditional with glyph glosses; '6個巡察組', '12個單位', '4個單位', '30天左右': no figure, no date."]),
    "central_feedback_round_trad": doc(
        "http://vakiodaily.net/news/view/id/675401",
        ["Macau traditional copy; '十二月三日' with no year; counts of teams and provinces in Chinese numerals."]),
    "qidong_audit_push_noyear": doc(
        "https://sjj.nantong.gov.cn/ntssjj/xqdt/content/38345c66-2681-455b-8405-d4aaa5a38e25.html",
        ["'涉及整改的8家单位' counts bodies; '2023年“同级审”' names an audit year, not a date."]),
    "runzhou_village_quick_fix_trad": doc(
        "https://hk.crntt.com/doc/1071/1/8/2/107118262.html?coluid=7&kindid=0&docid=107118262&mdate=0909180617",
        ["Traditional with full-width punctuation. '累計口頭交辦即時整改事項15件,下發立行立改通知書16份' are not problems; "
         "'3條主幹道', '12345' are not figures; '9月9日電' has no year."]),
    "asctjt_group_rectification_push": doc(
        "http://asctjt.com.cn/news.aspx?id=342",
        ["Meetings (5次), visits (2次), '3个未决算项目', '6月底前': no figure, no date."]),
    "asctjt_group_rectification_push_trad": doc(
        "http://m.ruby-drake.com/news.aspx?id=342",
        ["A traditional mirror (with glyph glosses) of asctjt_group_rectification_push's first paragraph; no figure."]),
    "donghai_rectification_model_trad": doc(
        "http://www.xazht.com/gb2312/gzdt/mtgz/790.html",
        ["Traditional with a mangled county name ('東??h'). '6個方面', '20個具體指標', '三個體系' are not figures."]),
    "qianyang_poverty_lookback": doc(
        "https://baoji.qinfeng.gov.cn/info/1014/18903.htm",
        ["'6个部门、7个乡镇及和10个村级党组织' count bodies."]),
    "guangyuan_checklists_entry": doc(
        "https://gb.crntt.com/doc/7_0_106788690_2_1017091622.html",
        ["'后面10天', '三份清单' are not figures."]),
    "jinshi_checklist_round5": doc(
        "https://www.cdsjw.gov.cn/gzdt/qxs/content_389972",
        ["'8家单位' counts bodies; '今年上半年' is no date."], title="津市:以“清单化”方式推动巡察“有形化”"),
    "county_first_round_town_change": doc(
        "https://i.xpaper.net/hnrbncb/news/7628/45730/229020-1.shtml",
        ["Feature story: no figure, no date ('近日')."]),
    "masked_year_campaign_plan_trad": doc(
        "http://ushengzhilian.com/article/xzgaoshou/gongzhuo/200906/218402.html",
        ["Traditional template on a doc site: '時間:2022-06-25 09:05:00' is an upload time, not the report date.",
         "'從20*年2月下旬開始到20*年2月底結束': masked years and part-of-month dates, no period. Not an inspection."],
        title="干部作風效能建設工作方案"),
    "tiexi_public_complaints_notice": doc(
        "http://txq.siping.gov.cn/zw/dc/202211/t20221110_643675.html",
        ["A district's monthly notice on public complaints: '2022-11-10 09:43:00' on the publisher line is the page date.",
         "Counts lost from the page ('群众反映问题共件', '已办结件'); '反映问题共49件…未办结1件' are complaints, not problems of "
         "an inspection; '2022年9月1日—30日' is the reporting month, not an inspection period."],
        report_date="2022-11-10"),
    "chengxiang_livelihood_projects": doc(
        "https://www.chengxiang.gov.cn/zwgk/wmbss/202101/t20210129_1571508.htm",
        ["'17件惠民实事项目(含25个子项目)', '1-9月份': projects and months, no figure, no date."]),
    "jingjiang_mobile_xuncha": doc(
        "https://zhongyuanuk.com/html/html201712820171208144214.html",
        ["'6家…单位', '第一轮、第二轮' are not figures; '近期' is no date."]),
    # --- part 2: five snippets found and labelled after part 1's first run (parser still untouched); scored
    # separately and recorded below part 1 in FIRST_RUN_snippets9.txt --------------------------------------------
    "futian_audit_work_report_2019": doc(
        "http://audit.sz.gov.cn/zxbs/gqgzbg/content/post_8278623.html",
        ["Title, then '信息来源:福田区审计局 信息提供日期:2020-11-18 15:39:11 视力保护色:' (the page date, labelled 信息提供日期)."],
        title="福田区2019年度本级预算执行和其他财政收支审计工作报告", report_date="2020-11-18"),
    "gulou_rectification_mechanisms": doc(
        "https://www.pdsjjw.gov.cn/sitesources/kflzw/page_pc/lzyw/xqyw/article9f9b5a6ab1a6475cb258bfb0e8963f5b.html",
        ["A district's rectification work since '2015年8月': '完善各项制度19项' is rules_made; '立行立改通知书56份' and the "
         "people handled (24人, 5人, 10人, 3人) are not figures."],
        headline=head(rules=19)),
    "luotian_ducha_visit": doc(
        "http://m.luotiannews.com/p/92155.html",
        ["Title, then '2022-06-08 20:36   马兴然' (page date and author's name). '6月7日' is a visit checking the rectification."],
        title="省住建厅调研中央生态环境保护督察反馈问题整改落实情况", report_date="2022-06-08"),
    "fengjie_ducha_followup_visit": doc(
        "http://cqfj.gov.cn/bm_168/sthjj/zwgk_61627/zfxxgkml/jczwgk_164542/pcsj3/pcsj2/pcsj78/202209/t20220921_11129681.html",
        ["Title, then '日期:2022-06-20' (the page date). A follow-up visit ('跟踪督察调研'): no inspection date; '13个点位' "
         "counts places."],
        title="生态环境部西南督察局赴奉开展第二轮中央环保督察调研工作", report_date="2022-06-20"),
    "county_paper_ducha_petitions": doc(
        "https://szb.zhonghongnet.com/Html/2017-09-13/1580.html",
        ["A county paper's page: '>2017-09-13编印' and '刊发日期:2017-09-13' (the report date); a two-line headline.",
         "'9月8日—11日' are days petitions arrived; '信访件1件', '5件', '涉及5个环境污染问题' are petitions, not problems."],
        report_date="2017-09-13"),
}


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for stem, d in DOCS.items():
        assert (HERE / f"{stem}.txt").exists(), stem
        write_truth(HERE, stem, d, excerpt=True, genre="snippet", problems=[])


if __name__ == "__main__":
    main()
