"""Write the truth files of tests/importer/real/snippets10: a second held-out set of real headline and date wordings,
labelled in session 13 by helper snippets10, who did not change the parser. Scored once on main's parser
(FIRST_RUN_snippets10.txt) before anything else changed.

Each text is the lead paragraph(s) of one page of the search tool's ``pages`` corpus, copied as returned (ASCII
commas and colons, traditional copies with their glyph glosses such as ``問(wèn)``, stray ``?`` and lost characters,
page chrome that sits above or around the lead, spam words injected into the page). A snippet starts at the title line
or the lead and stops at a paragraph end, except where the stored copy itself is cut. None of the 70 urls is in an
earlier truth under tests/importer/real/ (checked with grep over every ``"url"``, snippets9 and blind9 included), and
each page gives one snippet (62 in part 1, scored first; 8 in part 2, found and labelled after that run and scored
separately). The set aims at what snippets9 and blind9 do not hold: statistics 督察 (a kind not seen before), courts, a bank, SOE groups, universities, hospitals, subdistricts, 扫黑除恶 督导, provincial and central
生态环境保护督察 plans, 2015-2019 central rounds, spun (machine-reworded) and spam-injected copies.

Schema and conventions as in make_truths_snippets9.py: ``problems`` is always empty; ``excerpt`` true; ``genre``
``"snippet"``; ``kind`` only when a title line names a rectification 通报 (bulletin) or 整改方案 (plan); ``title`` and
``issuer`` only from a title line (issuer when the title names the body; for a plan the place, as seed 001's 南昌市);
``report_date`` from a signature, or a page/source date line inside the snippet. ``inspector``/``inspected`` are null.

Judgement calls (following README.md, make_truths_blind8.py and make_truths_snippets9.py):
- Years come from the snippet only. A feedback day with no year after a dated period takes the period's year, or the
  next year when its month comes before the period's end month (tieling: period to 2023-12-01, '4月17日' feedback →
  2024-04-17; a month-only period '2020年9月至11月' then '2月8日' feedback → 2021-02-08). A period with no year takes
  the year of the signature under it (mengjin: '3月6日至5月6日' signed '2018年5月5日'). A start day with the year only
  in the name of the notice read at the meeting ('《关于开展2019年秋学期巡察工作的通知》', '12月4日…动员会', '持续到
  17日结束') → 2019-12-04 / 2019-12-17.
- Dates that lost their 年/月 in the page ('20211025日至29日', '2022110日') are read as written (as ruijin_audit).
- Month-only or part-of-month periods ('2018年10月', '2023年9月到2024年1月', '3月初', '4月上旬'), petitions deadlines,
  meeting days, publication days ('今年1月30日…反馈情况进行集中公布') and a feedback that 'was completed by' a day
  ('反馈工作于7月15日全部完成', first day unknown) give no date. The end of a batch's stationing ('督察进驻已于2025年6月
  28日结束') is the inspection end.
- Headline: the first count of problems stated is problems_total (xinzhou: '面上問題1514個' before '共發現問題666個';
  longxue: '反馈的11项问题' before '梳理出了31个具体问题'); counts of 整改方案 tasks are problems (as snippets9's
  3294). 'N个问题…整改问题N个' gives the done count. Problems solved on the spot ('推动立行立改问题35个'), stage-wise
  or subset progress ('2020年应完成整改的32项问题已完成整改29项'), approximations ('8萬余個', '近半'), people, bodies,
  clues, petitions, recommendations, meetings, projects ('10类46项社区实事项目') are not headline figures. '建立健全制度
  机制3项' is rules_made; '细化制定143条整改措施', '86项细化整改措施' are measures_total. In the spun copy '26条整改步伐'
  stands for '26条整改措施' (the spinner also wrote '反响意见', '转头看', '事情' for 反馈意见, 回头看, 工作) → 26 measures.
"""
from pathlib import Path

from make_truths import head, ins, write_stored_snippets

HERE = Path(__file__).resolve().parent.parent / "snippets10"


def doc(url, anomalies, *, headline=None, inspection=None, report_date=None, title=None, issuer=None, kind=None,
        problems=None):
    # session 17: a snippet that holds a problem heading lists it (schema: one entry per problem heading)
    return dict(url=url, kind=kind, title=title, issuer=issuer, report_date=report_date,
                inspection=inspection or ins(), headline=headline or head(), anomalies=anomalies, problems=problems or [])


DOCS = {
    # --- inspection dates -----------------------------------------------------------------------------------------
    "putian_court_xuncha_progress": doc(
        "http://fj.ptzy.gov.cn/article/detail/2021/12/id/6448591.shtml",
        ["A court's progress bulletin, no title line: '2020年6月1日至8月31日' then '于2020年10月14日反馈'.",
         "'党组会8次、领导小组会议6次' are meetings."],
        inspection=ins(start="2020-06-01", end="2020-08-31", feedback="2020-10-14")),
    "lizhou_court_linked_xuncha": doc(
        "https://lzq.gov.cn/news/show/20250619172731456.html",
        ["A 联动巡察 of a district court: '2024年10月16日至11月15日' (end takes the start's year), feedback "
         "'2025年1月3日'. The first problem heading and its 整改情况 follow; '中心组学习1次、支部学习4次' are not figures.",
         "session 17: the problem heading is listed (schema: one entry per problem heading; it was left out as the "
         "snippet sets' convention): seq 1 under '一、…有差距', its 整改情况 one undivided paragraph (1 measure)."],
        inspection=ins(start="2024-10-16", end="2024-11-15", feedback="2025-01-03"),
        problems=[{"seq": 1, "category": "贯彻落实党中央决策部署和省委工作要求有差距",
                   "title": "学习贯彻习近平总书记有关重要指示精神不深入、落实“第一议题”不到位",
                   "status": None, "measure_count": 1, "responsible_units": [], "deadline": None}]),
    "shanghai_bank_lookback_measures143": doc(
        "http://www.cectop.cn/news/view_web?class=60&classname=%E7%99%BE%E5%BC%BA%E5%8A%A8%E6%80%81&id=2508191124392475",
        ["A bank's 回头看 bulletin under site chrome ('Title', breadcrumb); '发布时间:2025-08-18' is the page date.",
         "Period '2024年4月16日至2024年6月21日', feedback '2024年9月13日'. '细化制定143条整改措施' → 143 measures; "
         "'11项事关全行重大战略性问题' are the ones the secretary took on, not the total. Cut mid-sentence."],
        kind="bulletin", title="中共上海银行股份有限公司委员会关于十二届市委第四轮巡视“回头看”整改进展情况的通报",
        issuer="中共上海银行股份有限公司委员会", report_date="2025-08-18",
        inspection=ins(start="2024-04-16", end="2024-06-21", feedback="2024-09-13"), headline=head(mt=143)),
    "heihe_statistics_ducha_feedback": doc(
        "https://heihe.dbw.cn/system/2024/03/04/059285476.shtml",
        ["A statistics 督察 (a kind not in earlier sets): feedback '2024年3月1日' stated before the period "
         "'2023年12月10日至21日' (end takes the start's year and month)."],
        inspection=ins(start="2023-12-10", end="2023-12-21", feedback="2024-03-01")),
    "tieling_statistics_ducha_feedback_noyear": doc(
        "https://tjj.ln.gov.cn/tjj/tjgz/tjyw/2024042510432437028/index.shtml",
        ["Feedback '4月17日' has no year and comes first; the period after it is '2023年11月17日至12月1日', so the "
         "feedback is 2024-04-17 (judgement call: April after a December end is the next year). '2023年统计督察意见' "
         "names the督察's year, not the feedback's."],
        inspection=ins(start="2023-11-17", end="2023-12-01", feedback="2024-04-17")),
    "wuqing_statistics_ducha_lost_chars_spam": doc(
        "http://zaolijishebei.com/zwgk_51965/TJFZ/tjdc/202310/t20231023_6437342.html",
        ["Dates lost their 年/月 ('20211025日至29日', '于2022110日…反馈'): read as 2021-10-25..2021-10-29 and "
         "2022-01-10 (as ruijin_audit). Gambling spam injected into the text ('威尼斯赌场,威尼斯赌场app' replaces 数据)."],
        title="天津市统计局2021年第1统计督查组向武清区反馈统计督查意见",
        inspection=ins(start="2021-10-25", end="2021-10-29", feedback="2022-01-10")),
    "yanbian_statistics_ducha_feedback": doc(
        "http://www.ybrbnews.cn/content/2025-03/07/142_708551.html",
        ["Title line; feedback '2025年3月6日' before the period '2024年12月10日至12月19日'."],
        title="吉林省统计局2024年常规统计督察组向延边州反馈统计督察意见",
        inspection=ins(start="2024-12-10", end="2024-12-19", feedback="2025-03-06")),
    "nbs_special_statistics_ducha_two_provinces": doc(
        "http://mlwch.com/rsqtrsEHYI.html",
        ["Two provinces in one page; the first (陕西) is labelled: feedback '2023年11月29日', period '2023年7月25日至"
         "8月7日'. '11月30日' is when the account published the news (no year)."],
        inspection=ins(start="2023-07-25", end="2023-08-07", feedback="2023-11-29")),
    "zhejiang_statistics_ducha_rectification": doc(
        "http://tjj.zj.gov.cn/art/2022/8/30/art_1229129297_58954033.html",
        ["Government-portal metadata ('索 引 号', '公开日期: 2022-08-26') then the title and '发布时间:2022-08-30 19:30' "
         "(the report date, as the seed schema's 发布时间). Period '2021年9月6日至17日', feedback '2022年6月1日'.",
         "'现将有关情况通报如下' but the title has no 通报: kind left null."],
        title="浙江省统计局落实国家统计督察反馈意见整改情况", issuer="浙江省统计局", report_date="2022-08-30",
        inspection=ins(start="2021-09-06", end="2021-09-17", feedback="2022-06-01")),
    "mengjin_xunshi_closing_notice_signed": doc(
        "http://182.61.201.157/p/5687156820?pid=119576993715",
        ["A closing notice reposted on a forum: '3月6日至5月6日' has no year; the signature '省委第六巡视组 2018年5月5日' "
         "gives it (judgement call) and is the report date. '5月6日20时' closes the petition channels; '6种' not a figure."],
        report_date="2018-05-05", inspection=ins(start="2018-03-06", end="2018-05-06")),
    "ycit_continuing_ed_xuncha_mobilize": doc(
        "https://dwxc.ycit.edu.cn/xccontent.jsp?urltype=news.NewsContentUrl&wbnewsid=2663&wbtreeid=1172",
        ["A university 巡察 mobilization '12月4日上午'; the year is only in the notice read there ('《关于开展2019年秋学期"
         "巡察工作的通知》') and the end is a bare day ('持续到17日结束'): 2019-12-04..2019-12-17 (judgement call)."],
        inspection=ins(start="2019-12-04", end="2019-12-17")),
    "pulou_subdistrict_xuncha_feedback": doc(
        "http://qjpjw.gov.cn/a/xinxigongkai/xunshixunchaqingkuang/benjixunshixunchaqingkuang/fankui/20230427/2831.html",
        ["Feedback '2023年2月24日' first, then the period '2022年10月27日至12月27日'. '5个社区' counts bodies."],
        inspection=ins(start="2022-10-27", end="2022-12-27", feedback="2023-02-24")),
    "ziqiang_subdistrict_special_xuncha_progress": doc(
        "http://www.nanguan.gov.cn/ywdt/tzgg/202305/t20230509_3136662.html",
        ["A 专项巡察 '2022年7月26日至9月8日'; feedback '12月30日' (the period's year)."],
        inspection=ins(start="2022-07-26", end="2022-09-08", feedback="2022-12-30")),
    "changde_provincial_eco_ducha_lookback_plan": doc(
        "https://www.changde.gov.cn/cdzx/gsgg/content_843565",
        ["A city's 整改方案 for a provincial eco 督察 回头看, under a breadcrumb; '2021-06-25 16:57 来源:市生态环境局' is the "
         "page date. Period '2020年10月23日至11月6日', feedback '2021年2月25日'."],
        kind="plan", title="常德市贯彻落实省生态环境保护督察“回头看”及西洞庭湖生态环境保护专项督察反馈意见整改方案(公开版)",
        issuer="常德市", report_date="2021-06-25",
        inspection=ins(start="2020-10-23", end="2020-11-06", feedback="2021-02-25")),
    "jiangsu_central_eco_lookback_plan_news": doc(
        "http://www.mee.gov.cn/xxgk2018/xxgk/xxgk15/201904/t20190401_698178.html",
        ["Ministry news (chrome, the date line twice '2019-04-02 来源:生态环境部'). Period '2018年6月5日至7月5日', feedback "
         "'10月17日' (the period's year). News about a plan, not the plan: kind null."],
        title="江苏省公开中央环境保护督察“回头看”及大气污染问题专项督察整改方案", report_date="2019-04-02",
        inspection=ins(start="2018-06-05", end="2018-07-05", feedback="2018-10-17")),
    "hubei_central_eco_lookback_plan": doc(
        "http://sthjt.hubei.gov.cn/fbjd/xxgkml/qtzdgknr/hbdc/201912/t20191230_1820648.shtml",
        ["A province's 整改方案 under portal chrome; '发布时间:2019-12-30 10:35'. Feedback '2019年5月6日'; no period stated."],
        kind="plan", title="湖北省贯彻落实中央生态环境保护督察“回头看”及长江保护与湖泊开发专项督察反馈意见整改方案",
        issuer="湖北省", report_date="2019-12-30", inspection=ins(feedback="2019-05-06")),
    "eco_ducha_batch_entry_ended_2025": doc(
        "https://www.huanbaole.com/jienen/96058.html",
        ["An aggregator page ('时间:2025-08-23' the page date). '督察进驻已于2025年6月28日结束' is the end of the batch's "
         "stationing (end only); '14066件' are petitions, '65.5%' a rate, '8:00-20:00' office hours."],
        report_date="2025-08-23", inspection=ins(end="2025-06-28")),
    "soe_group_xuncha_feedback_spam_name": doc(
        "http://shsizhitang.com/html/2021/new-bl_0209/8631.html",
        ["An SOE group's feedback news with a company name replaced by casino spam ('南宫NG·28置业'). Period "
         "'2020年9月至11月' is month-only (no start/end); feedback '2月8日' has no year: after a period ending "
         "2020-11, 2021-02-08 (judgement call). '1月29日' is a meeting; '第一批3家' counts bodies."],
        inspection=ins(feedback="2021-02-08")),
    # --- headline figures -----------------------------------------------------------------------------------------
    "gansu_ducha_51_items": doc(
        "http://www.zhhjw.org/a/zfjc/yljd/2021/1125/12714.html",
        ["Title, '时间:2021-11-25 16:16来源: 中国环境报作者:成健' (the page date), '字号:TT'.",
         "Petitions first ('2643件…已办结2555件、阶段办结74件,办结率99.5%': not problems). Period "
         "'2019年7月12日-8月12日' (ASCII hyphen), feedback '2020年5月8日'.",
         "'反馈的51项问题中,2020年应完成整改的32项问题已完成整改29项…2021年应完成整改的15项问题已完成整改4项' → 51; the "
         "done counts are per-year subsets, so no done count."],
        title="甘肃已办结2555件督察交办问题 自然生态保护与修复效果显现", report_date="2021-11-25",
        inspection=ins(start="2019-07-12", end="2019-08-12", feedback="2020-05-08"), headline=head(51)),
    "guichi_cross_check_15_trad": doc(
        "https://rcwkj.com/p/1355.html",
        ["Traditional with glyph glosses and doubled punctuation (',,', ',。'). A 纪委 交叉互查 round: '發現的…等15個問題"
         "及時下發整改交辦函' → 15 problems. '2名', '4個交叉互查組', '5項內容', '2個工作日', '4個鎮街', '第3輪' are not."],
        headline=head(15)),
    "first_round_eco_ducha_qa_big5": doc(
        "https://www.nanhaizi.org/big5/shengtai_82559",
        ["A big5 Q&A page ('『壹』', '『貳』') quoting a 2017 press release. '直接推動解決…環境問題8萬余個' is an "
         "approximation; '納入整改方案的1532項突出環境問題近半已得到解決' → 1532 (tasks as problems), no done count "
         "('近半'). Petitions, cases, people (18448人, 18199人), '31省份', '689個…單位' are not figures.",
         "'2015年12月…試點啟動', '2016年7月和11月' are month-only; '北京12月28日電' has no year."],
        title="安徽通報中央生態環保督察問責", headline=head(1532)),
    "qilin_village_xuncha_210": doc(
        "http://ynjjjc.gov.cn/html/2019/baodaojicui_0426/66651.html",
        ["'对9个村(社区)党组织开展为期15天的政治巡察…共发现各类问题210个,提出各类意见建议92条,发现问题线索10条' → 210; "
         "recommendations and clues are not."],
        headline=head(210)),
    "xinzhou_village_round1_1514_trad": doc(
        "http://m.31hs3.cn/xunchagongzuo/zonghegongzuo/20190815/1266.html",
        ["Traditional with glyph glosses. The quote opens with '發現面上問題1514個、問題線索51件' → 1514 (first stated); "
         "the next paragraph says '共發現問題666個' for the same round (the page disagrees with itself).",
         "'187個', '8個', '620個' count bodies; '5類問題' kinds; '今年4月初' no date."],
        headline=head(1514)),
    "midu_poverty_xuncha_247_paper": doc(
        "http://dalidaily.com/dlrb/pc/202008/04/content_8817.html",
        ["A newspaper page: masthead line, blank lines, '2020年08月04日' (the report date), headline.",
         "'发现问题247个,整改问题247个,移交问题线索18件' → 247/247; '7个乡镇、15个行业扶贫部门' count bodies."],
        title="弥渡强化专项巡察监督护航脱贫攻坚", report_date="2020-08-04", headline=head(247, 247)),
    "hangzhoudao_communities_523_all_done": doc(
        "https://www.tjbh.gov.cn/jz/contents/12311/565295.html",
        ["Period '2022年8月1日至9月14日', feedback '于11月3日' (the period's year).",
         "'涉及整改问题523项,目前已经完成整改问题523项,整改完成率100%' → 523/523; '建立健全制度机制3项' → rules 3; "
         "'开展专项整治3项' and '29个社区' are not."],
        inspection=ins(start="2022-08-01", end="2022-09-14", feedback="2022-11-03"), headline=head(523, 523, rules=3)),
    "longxue_subdistrict_31_problems_86_measures": doc(
        "https://www.gzns.gov.cn/gznslxj/gkmlpt/content/10/10087/post_10087059.html",
        ["Period '2024年4月3日至6月17日', feedback '7月30日' (the period's year).",
         "'针对巡察反馈的11项问题…梳理出了31个具体问题,86项细化整改措施' → 11 problems (first stated; judgement call: "
         "31 is the plan's breakdown) and 86 measures. Cut mid-sentence."],
        inspection=ins(start="2024-04-03", end="2024-06-17", feedback="2024-07-30"), headline=head(11, mt=86)),
    "caoxian_village_pilot_xuncha_430": doc(
        "http://heze.cn/hzrb/pc/c/content_59087.html",
        ["'发现重点问题430个,推动立行立改问题35个,发现问题线索40条、已移交24条,帮助群众解决实际问题37个' → 430; the 35 "
         "solved on the spot are not a done count; '2021年秋季' is no date; '3万余亩' an approximation."],
        headline=head(430)),
    "soe_group_lookback_spun_text_26_steps": doc(
        "http://dgchwlkj.com/info/1043/1562.htm",
        ["Machine-spun copy ('反响意见', '转头看', '事情', '集会', '卖力'). '5大板块、26条整改步伐、54项具体整改内容' → "
         "26 measures (步伐 stands for 措施; judgement call); 54 content items are not counted. '4月25日' is a meeting."],
        headline=head(mt=26)),
    # --- dates and counts that must stay empty --------------------------------------------------------------------
    "zhejiang_universities_xunshi_entry_trad": doc(
        "http://49.213.0.198/doc/239_13431_104212367_1.html",
        ["Traditional (CRNTT on a bare IP). '4月28日電' no year; '為期兩個月左右'; '8所高校', '8個巡視組' count bodies."]),
    "cqu_round5_feedback_meeting": doc(
        "https://jw.cqu.edu.cn/info/1011/2622.htm",
        ["A university meeting '6月19日' (no year) reviewing feedback for '6个二级党组织': no date, no figure."]),
    "jxnu_college_xunshi_check_docnumbers": doc(
        "https://ldxy.jxnu.edu.cn/2020/0512/c2343a194544/page.htm",
        ["Document numbers with years ('校发〔2020〕19号', '校党办字〔2020〕8号', '〔2020〕70号、74号') are neither dates "
         "nor figures; '5月8日' is a check visit."]),
    "central_eco_ducha_round3_feedback_trad": doc(
        "http://49.213.0.198/doc/7_0_106971870_1.html",
        ["Traditional. Feedback '20日至21日' has neither month nor year; '8月23日電', '22日' no year; '7省(市)' bodies."]),
    "sasac_xunshi_round1_2025_trad": doc(
        "http://www.mayaimage.com/listing/newsshow.php?id=1846027",
        ["Traditional. '5月8日' is a mobilization meeting (no year; '2025年第一輪巡視' names the round); '6家企業' bodies."]),
    "chinapost_xunshi_feedback_batch": doc(
        "http://chinapostnews.com.cn/html1/report/21077/4762-1.htm",
        ["Title and '作者:来源:中国邮政报发布时间:2021-07-28' (the report date). '反馈工作于7月15日全部完成' dates the end "
         "of a multi-day feedback whose first day is not stated: no feedback date (judgement call)."],
        title="集团公司党组巡视组反馈2021年第一批巡视情况", report_date="2021-07-28"),
    "qinan_round6_villages_petition_deadline": doc(
        "http://www.qinan.gov.cn/info/13252/1165052.htm",
        ["'受理信访举报时间截止到2024年12月10日' is the petitions deadline, not the end. '105个', '86个', '8个学区', "
         "'14所', '6个巡察组' count bodies."]),
    "maguan_backpack_xuncha_tag_trad": doc(
        "https://nanmuxuan.com/zh-tw/tag/%E5%A4%A7%E5%80%AE%E8%80%85%E6%9D%91",
        ["A tag page in traditional characters: title, '釋出於: 綜合2021-04-18' (publication date), '標籤:' all on one "
         "line. Cut after '4月6日,縣委第三巡察組': no date."],
        title="走在大山裡的“揹包巡察組”", report_date="2021-04-18"),
    "saohei_ducha_lookback_entry_trad": doc(
        "http://www.vakiodaily.com/news/view/id/348330",
        ["Macau traditional copy, dates in Chinese numerals with no year ('十月十四日進駐', '十一月十五日前'); '十天左右', "
         "'二十一個省區市' are not figures."],
        title="中央掃黑除惡「回頭看」啟動"),
    "sichuan_saohei_ducha_lookback_start": doc(
        "http://scfbfile.3xmt.com/news/wx/detail?newsid=278363",
        ["'将于7日启动' has neither month nor year; '10个督导组', '21市州' count bodies."]),
    "central_2015_round1_soe_entry": doc(
        "https://chinanews.com.cn/gn/2015/02-27/7083940.shtml",
        ["'中新网2月27日电' is a dateline without a year (the title's 2015 names the round): no report date. '26家央企' "
         "bodies; '近期…陆续进驻' no date."],
        title="2015年中央巡视组第一轮专项巡视进驻情况将公布"),
    "central_round11_2016_all_entered": doc(
        "http://wfdscxh.com/Wfdscxh/fwcs_Show.asp?ClassId=25&InfoId=10964",
        ["'15日' has no month; '2016年以来' is no date; '27个单位', '4个省区市', '15个中央巡视组' count bodies."]),
    "jianshi_prefecture_ducha_visit_captcha": doc(
        "http://jianshi.cjyun.org/p/75213.html",
        ["A 督导 visit '5月21日' (no year); the page's captcha prompt '请输入验证码' follows the text."]),
    "huazhong_agri_college_report_meeting": doc(
        "https://geotess.com/ABTYCHINAGFWZ/info/1064/6131.htm",
        ["A college report meeting '6月18日下午' (no year) on a mirror host: nothing to read."]),
    "yunnan_xunshi_leading_group_12th_meeting": doc(
        "https://yndaily.yunnan.cn/content/202512/27/content_294178.html",
        ["'12月25日至26日' is a meeting (no year); '第12次会议', '38个县', '3个县' are not figures."]),
    "hebei_round2_all_entered_paper": doc(
        "http://hbrb.hebnews.cn/pc/paper/c/201708/26/c17408.html",
        ["A newspaper page with chrome and a trailing metadata line '2017-08-26 九届省委第二轮巡视全面展开 1 1 河北日报 "
         "c17408.html…' (the report date). '截至8月25日…全部进驻' is not a start date; '13个', '22个', '4家' bodies; "
         "'(下转第二版)' a page jump."],
        title="九届省委第二轮巡视全面展开", report_date="2017-08-26"),
    "hubei_2015_xunshi_early_march_entry": doc(
        "http://hb.sina.com.cn/news/j/2015-04-23/detail-iawzuney4112432.shtml",
        ["'自3月初陆续进驻', '至4月上旬': part-of-month, no year. '11个巡视组', '15个', '13个县(市、区)' bodies."]),
    "theme_education_second_batch_months": doc(
        "http://chinainc.org.cn/show-140-546752-1.html",
        ["'2023年9月到2024年1月' is a month-only span of a 主题教育 campaign: no date."]),
    "linqu_soe_xunshi_feedback_meeting_trad": doc(
        "http://www.linqu520.com/jjjg/jtyw/652061454897221.shtml",
        ["Traditional. '8月2日' is a meeting; '“1+3”整改方案' is not a count; '六屆市委第四輪' round names."]),
    "xinluo_efficiency_ducha_notice_trad": doc(
        "http://www.ghqlgyb.cn/longyan/xinluo/1619433.html",
        ["Traditional with glyph glosses and lost characters ('龍?zhí)'); '110kV' is not a figure; '昨日' no date."]),
    "jnxy_column_fourth_focus_people_count": doc(
        "https://xcgz.jnxy.edu.cn/info/1148/1338.htm",
        ["An opinion column: '已清退不符合条件人员12名', '7名', '4人' are people in an example; '四查四看' not a count."]),
    "politburo_provinces_xunshi_report_hk": doc(
        "https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/60298660/%E7%BF%92%E8%BF%91%E5%B9%B3%E4%B8%BB%E6%8C%81%E5%8F%AC%E9%96%8B%E4%B8%AD%E5%A4%AE%E6%94%BF%E6%B2%BB%E5%B1%80%E6%9C%83%E8%AD%B0-%E5%BC%B7%E8%AA%BF%E5%A0%85%E6%B1%BA%E9%8F%9F%E9%99%A4%E8%85%90%E6%95%97%E6%BB%8B%E7%94%9F%E5%9C%9F%E5%A3%A4%E5%92%8C%E6%A2%9D%E4%BB%B6",
        ["Hong Kong traditional with full-width punctuation; ' date 2025-11-28' opens the line (the page date). "
         "'（11月28日）' is the meeting."],
        report_date="2025-11-28"),
    "central_round1_19th_abstract_months": doc(
        "https://scholarmate.com/S/7BFzU2",
        ["An abstract with a '<正>' marker: '今年2月至5月', '7月底' have no year and are month-only; '30个' bodies."]),
    "jingyang_xuncha_guidance_letters": doc(
        "https://jingyang.qinfeng.gov.cn/info/1045/5860.htm",
        ["'第2期', '已下发2期《巡察指导督导意见书》' count letters, not problems."]),
    "first_hospital_wjw_check_months_trad": doc(
        "http://m.lbjssb.cn/yyxx/yiyuandongtai/2020-06-22/5924.html",
        ["Traditional with glyph glosses. '2019年1月-9月' is the months of records checked; '6月17日' no year."]),
    "first_hospital_special_xuncha_feedback_noyear": doc(
        "http://www.lydyyy.com/doc/32/2003/860.html",
        ["A hospital after a 专项巡察 feedback meeting '3月18日上午' (no year): no feedback date; '3月22日' a meeting."]),
    "zhongzhai_township_ducha_question": doc(
        "https://www.qnlz.gov.cn/n35529374/n35529488/c25506614558/content.html",
        ["Opens with a question about counts ('一共认领了多少个'); '8个村' counts bodies; '十个清零' a slogan."]),
    "jianchuan_poverty_xuncha_2017_trad": doc(
        "http://qdubb.cn/html/2018/xunshixuncha_0116/41438.html",
        ["Traditional. '2017年' alone is no date; '3個鄉鎮' bodies."]),
    "tianmen_poverty_survey_ducha_noyear": doc(
        "http://xczx.cnhubei.com/zx/202207/t4446556.shtml",
        ["A 调研督办 '7月23日至31日' with no year; '21个小组', '26个乡镇', '92个市直部门' count bodies."]),
    "county_poverty_assessment_rectification_plan": doc(
        "https://cnzh.gov.cn/News/Detail/20180913162918062.html",
        ["A plan's preamble citing '川委厅〔2018〕29 号' (spaced) and '2017 年' assessments: no date, no figure."]),
    "central_poverty_xunshi_progress_published": doc(
        "http://hzdjw.gov.cn/index/index/article/id/11182.html",
        ["'人民网-时政频道 2019-05-17 16:29 浏览:1960' is the page date. '2018年10月' is a month-only start; '今年1月30日…"
         "反馈情况进行集中公布' is a publication, not the feedback. '8个方面的整改任务' are aspects; 26/13/11/2 bodies."],
        title="中央脱贫攻坚专项巡视整改进展情况开始公布", report_date="2019-05-17"),
    "wujiaochang_subdistrict_2015_summary": doc(
        "https://www.shyp.gov.cn/yp-zwgk/zwgk/buffersInformation/details?id=8467bf80-32ac-4fdd-818f-de6ac9053c90",
        ["A subdistrict's annual work summary (not a rectification) with its date on the title line '2016-03-07'. "
         "'10类46项社区实事项目', '9307人次', '65户', '40户', money and '1月至10月' are not figures or dates."],
        title="五角场街道2015年工作总结和2016年工作安排", report_date="2016-03-07"),
    "shanghai_central_eco_ducha_plan": doc(
        "http://www.shanghai.gov.cn/nw45142/20201020/3472ad49206e4a72a96d96190567056c.html",
        ["A province-level 整改方案: title, '发布日期:2020-10-20', '字号:'. No inspection date, no figure."],
        kind="plan", title="上海市贯彻落实中央生态环境保护督察反馈意见整改方案", issuer="上海市", report_date="2020-10-20"),
    "xuchang_pollution_plan_cover_notice": doc(
        "https://xuchang.gov.cn/zwgk/002008/002008002/002008002002/20200831/ef68341a-87c8-4ace-9afb-aaa9de350b7c.html",
        ["A cover notice signed '2020年4月24日' (the report date), then the attached plan's title and preamble; not a "
         "rectification document: kind and title null. '许发〔2019〕20号' is a document number."],
        report_date="2020-04-24"),
    # --- part 2: eight snippets found and labelled after part 1's first run (parser still untouched); scored
    # separately and recorded below part 1 in FIRST_RUN_snippets10.txt -------------------------------------------------
    "inner_mongolia_2014_xunshi_424_big5": doc(
        "http://dangjian.people.com.cn/BIG5/n/2015/0324/c117092-26739975.html",
        ["Big5 copy with a line break inside a sentence ('經過兩輪常規巡視、三批專項巡視,' / '2014年…') and a '[全文]' link.",
         "'2014年內蒙古共發現…問題424個,涉及領導干部問題線索777件' → 424; clues and people (4名, 1名, 30名) are not."],
        headline=head(424)),
    "liaozhong_six_rounds_1157": doc(
        "http://www.sysjjjc.gov.cn/xxgk/lzq/xsxc_53033/bjxsxcqk_53282/202206/t20220623_3336623.html",
        ["'前六轮反馈的1157个问题,已完成整改1148个,完成率达99%' → 1157/1148; '移交147件问题线索,办结128件' are clues."],
        headline=head(1157, 1148)),
    "hanshan_common_problems_six_items": doc(
        "https://peopleweekly.cn/html/2022/jizhezaixian_0208/110761.html",
        ["'发现的共性问题6项通报整改' are common problems circulated to others, not a total; '5个部门' bodies."]),
    "eight_provinces_eco_ducha_530_tasks_trad": doc(
        "http://supersmoothiequeens.com/hqfz/201905/t20190501_11441014.htm",
        ["Traditional with glyph glosses on an unrelated host; '2019年05月01日 21:46 工人日報(bào)' is the page date.",
         "'2017年8月至9月' and '2018年1月完成督察反饋' are month-only: no dates. '整改方案明確的530項整改任務,已完成或基本"
         "完成274項' → 530 (tasks as problems) and 274 done (judgement call: '已完成或基本完成' is the reported done count)."],
        report_date="2019-05-01", headline=head(530, 274)),
    "cdgmxy_lookback_evaluation_notice_41": doc(
        "https://jsc.cdgmxy.edu.cn/html/lzw/tzgg/49803.html",
        ["A college notice scheduling a 回头看 evaluation: '2025年9月1日至12月30日' and the sub-periods are the "
         "evaluation's schedule, not the inspection's; '成委巡办函〔2025〕98号' a document number.",
         "'市委第五巡察组反馈的41条意见' → 41 problems fed back (the page later says '巡察反馈的41个问题')."],
        title="关于开展校内巡察整改“回头看”评估工作的通知", headline=head(41)),
    "university_xunshi_task_group_meeting": doc(
        "https://kami-original.com/info/1071/16471.html",
        ["A university 巡视整改 meeting '5月10日' (no year) on a mirror host; '8个职能部门' bodies."]),
    "university_round3_collective_feedback_trad": doc(
        "https://scriptsandjava.com/2024/0919/c3311a135475/page.html",
        ["Traditional. A 集中反馈 meeting '9月12日上午' with no year in the snippet: no feedback date."]),
    "vocational_college_dept_xuncha_deploy": doc(
        "http://sdjxgt.com/info/1101/329481.htm",
        ["'12月25日上午' a deployment meeting (no year): nothing to read."]),
}


def write_snippets(here: Path, docs: dict) -> None:
    """Write each snippet's truth (problems as listed or none, an excerpt, genre "snippet"); every text has a truth and
    every truth a text. Shared by make_truths_snippets10…15."""
    write_stored_snippets(here, {stem: {**d, "problems": d.get("problems") or []} for stem, d in docs.items()}, set())


def main() -> None:
    write_snippets(HERE, DOCS)


if __name__ == "__main__":
    main()
