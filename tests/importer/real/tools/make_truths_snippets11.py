"""Write the truth files of tests/importer/real/snippets11: a third held-out set of real lead paragraphs, labelled in
session 13 by helper label11, who did not change the parser and did not read zhenggai/importer/ (labelled as a clerk
reads the text). Scored once on the worktree's untouched parser (FIRST_RUN_snippets11.txt) before anything else.

Each text is the lead paragraph(s) of one page of the search tool's ``pages`` corpus, copied as returned (ASCII
punctuation, traditional copies with glyph glosses such as ``監(jiān)``, page chrome above, inside or below the lead,
spam words that replaced a body's name, machine-spun wording, lost characters). A snippet starts at the title line or
the lead and stops at a paragraph end, except where the stored copy itself is cut; where a page runs its paragraphs
into one line separated by spaces, the cut is at such a space. None of the 69 urls is in an earlier truth under
tests/importer/ or /work/shared/corpus (host+path compared, scheme and www. ignored), and each page gives one snippet.
The set aims at what snippets9/snippets10 hold little of: courts and procuratorates, CPPCC offices (政协机关), towns,
subdistricts and communities, universities and their colleges, provincial audit work reports and an audit
rectification report, 2015-2018 central rounds and 生态环境保护督察 progress summaries, energy regulators' 整改
checks, traditional, spun and spam-host copies. About half fill nothing: they test false readings.

Schema and conventions as in make_truths_snippets10.py: ``problems`` is always empty; ``excerpt`` true; ``genre``
``"snippet"``; ``kind`` only when a title line names a rectification 通报 (bulletin) or 整改方案 (plan); ``title``
from a title line (news headlines included, as snippets10); ``issuer`` only when a bulletin's title names the body;
``report_date`` from a signature, a 成文/公示 date line, or a page/source date line inside the snippet.
``inspector``/``inspected`` are null.

Judgement calls (following snippets9/snippets10; new ones marked NEW):
- Years come from the snippet only. A period with no year takes the year of the signature under it (qindu, as
  snippets10's mengjin). A day with no year and no dated line anywhere gives no date (most university and town
  mobilisation news here). A mobilisation meeting opening the stationing is the start (as snippets10's ycit);
  NEW: its year may come from the page's own date line (nuist '发布时间:2025-11-05', '11月5日下午…动员会' →
  2025-11-05, as snippets9's 发布日期 call) or from the title ('开展2022年政治督察与司法巡查工作' with '919日').
- Dates that lost characters are read as written (snippets10's ruijin/wuqing call): '2018724日' → 2018-07-24;
  NEW: '2020年5月6日6月5日' (lost 至) is read as the period 2020-05-06..2020-06-05, and '919日' as 9月19日.
- Month-only or part-of-month periods ('2017年4月至5月', '7月下旬至8月中旬', '2015年12月'), meetings, trainings,
  publication days, petition windows ('本轮巡察受理信访时间为2024年9月20日至12月5日', '受理信访截止时间为2022年8月16日'),
  durations ('为期3个月', '50天左右', '为期两个月') give no date. NEW: a stationing start with only a duration
  ('自2024年9月20日起…开展为期3个月的巡察') gives the start and no end.
- report_date: NEW for the audit work reports, the date the report was delivered under the title ('——2021年7月25日在
  …会议上') rather than a later repost's 发布时间 (as blind9's chaoyang speaker date); a notice's '公示时间:2022年7月22日'
  above its signature is the report date; on a mirror page the page's own '发布时间:2024-11-24' is taken although the
  article's paper line says 2023-10-11 (the page date line is what the set labels); a date line printed below the
  body ('發布時間:2020-08-21' under the trailing title) is the report date (as snippets10's trailing metadata line); a
  masked year ('——年11月27日') gives none.
- Headline: 整改方案 tasks are problems with their done count (snippets10's '530項…已完成或基本完成274項'): 493/357,
  531/313. A multi-round tally in news is the total (snippets9's haidong 199): '今年以来…共开展2轮对村巡察,共发现问题
  1482个'. NEW: a feedback count after 'N类主要问题:一、…五、' is kinds, not a total; 'N个问题' fed back to a court
  after a list of aspects is the total (xindu 25). Problems and clues counted together ('问题及问题线索394条'),
  clues ('问题线索85件', '4个方面27项具体问题线索'), problems and suggestions collected from residents ('收集問題及意見
  建議93個'), per-part audit counts with one lost ('10个方面20个问题…10个方面个问题…46个问题') are not totals; the
  same report's '建立健全相关管理制度73项' is rules_made. NEW: in a bulletin whose body name was replaced by spam
  ('腾博会'), '确定了4个方面1640个整改事项151整改措施' (characters lost) gives 151 measures and no problems total
  (1640 cannot be read as written); the issuer is left null there (the title's body is spam).
"""
from pathlib import Path

from make_truths import head, ins
from make_truths_snippets10 import doc, write_snippets

HERE = Path(__file__).resolve().parent.parent / "snippets11"


DOCS = {
    # --- inspection dates and document fields ---------------------------------------------------------------------
    "procuratorate_progress_spam_name_151": doc(
        "http://tengbh88.com/cjyw/202501/t20250122_6807828.shtml",
        ["A city procuratorate's progress bulletin on a gambling-spam host: the body's name is replaced by '腾博会' "
         "(title, breadcrumb, text). '时间:2025-01-22' the page date. Period '2024年3月7日至2024年5月10日', feedback "
         "'2024年7月18日'.",
         "'确定了4个方面1640个整改事项151整改措施' lost characters: 151 measures, no problems total (judgement call); "
         "'924日' is a meeting."],
        kind="bulletin", title="腾博会 党组关于巡察整改进展情况的通报", report_date="2025-01-22",
        inspection=ins(start="2024-03-07", end="2024-05-10", feedback="2024-07-18"), headline=head(mt=151)),
    "national_cppcc_office_central_xunshi_progress": doc(
        "http://fanfu.people.com.cn/n1/2021/1025/c64371-32263152.html",
        ["Central 巡视 bulletin of the national CPPCC office under portal chrome; '2021年10月25日09:20 来源:…' the page "
         "date. Period '2020年10月12日至12月20日', feedback '2021年2月4日'."],
        kind="bulletin", title="中共政协全国委员会机关党组关于十九届中央第六轮巡视整改进展情况的通报",
        issuer="中共政协全国委员会机关党组", report_date="2021-10-25",
        inspection=ins(start="2020-10-12", end="2020-12-20", feedback="2021-02-04")),
    "zaozhuang_cppcc_office_progress_split_title": doc(
        "http://www.zzzx.gov.cn/tzgg/202601/t20260114_2230960.html",
        ["The title is split over two lines ('…关于十二届市委' / '第九轮巡察集中整改进展情况的通报'). Period "
         "'2025年3月26日至6月26日', feedback '8月13日' (the period's year)."],
        kind="bulletin", title="中共枣庄市政协机关党组关于十二届市委第九轮巡察集中整改进展情况的通报",
        issuer="中共枣庄市政协机关党组", inspection=ins(start="2025-03-26", end="2025-06-26", feedback="2025-08-13")),
    "jiujiang_cppcc_office_xuncha_progress": doc(
        "http://www.jjcdi.gov.cn/content/2025-11/28/content_9202320.htm",
        ["No title line: '2025年2月26日至3月31日', feedback '2025年6月4日'."],
        inspection=ins(start="2025-02-26", end="2025-03-31", feedback="2025-06-04")),
    "dongtai_cppcc_office_xuncha_feedback_news": doc(
        "http://www.jsdyjw.gov.cn/show.asp?id=3619",
        ["Pager chrome ('• 1 • 2 • 3'), a news title, '发布日期:2025年8月26日' (the page date). Feedback '2025年8月8日' "
         "stated before the period '2025年3月24日至6月20日'."],
        title="市委第一巡察组向市政协机关反馈巡察情况", report_date="2025-08-26",
        inspection=ins(start="2025-03-24", end="2025-06-20", feedback="2025-08-08")),
    "ejina_cppcc_office_xuncha_feedback_news": doc(
        "http://www.alszx.gov.cn/art/2025/6/20/art_3021_514068.html",
        ["Breadcrumb, news title; feedback ' 2025年6月18日' (spaces around it); no period."],
        title="额济纳旗委第三巡察组向旗政协机关党组反馈巡察情况", inspection=ins(feedback="2025-06-18")),
    "wuhan_finance_bureau_xuncha_progress": doc(
        "http://www.whdi.gov.cn/xunchagongzuo/xunchafankui/20240624/20961.html",
        ["A city finance office's progress lead: '2023年7月13日至2023年8月31日', feedback '2023年10月16日'."],
        inspection=ins(start="2023-07-13", end="2023-08-31", feedback="2023-10-16")),
    "wujiagang_court_linked_xuncha_feedback": doc(
        "https://wjgqfy.hbfy.gov.cn/DocManage/ViewDoc?docId=821d6366-7493-4cc1-b9b3-26850bf2f105",
        ["A district court's news under site chrome; '时间:2020-09-28' the page date.",
         "'于2020年5月6日6月5日…为期一个月' lost its 至: read as 2020-05-06..2020-06-05 (judgement call); feedback "
         "'9月26日上午' (the period's year)."],
        title="市区联动巡察组向伍家岗区法院反馈巡察意见", report_date="2020-09-28",
        inspection=ins(start="2020-05-06", end="2020-06-05", feedback="2020-09-26")),
    "nantong_intermediate_court_xuncha_feedback": doc(
        "https://www.fzsd124.com/index/index/n_show/id/162936.html",
        ["Feedback '2025年7月7日' first; a caption line repeats the headline mid-text (not taken as a title); period "
         "'2025年3月28日至5月27日'."],
        inspection=ins(start="2025-03-28", end="2025-05-27", feedback="2025-07-07")),
    "suzhou_intermediate_court_xuncha_mobilize": doc(
        "http://www.zjrmfy.suzhou.gov.cn:80//fypage/toContentPage/xwzx/82a07a489894b6020198981a18850004",
        ["Chrome ('Insert title here', breadcrumb), news title, '[发布日期: 2025-08-11 ]'. The mobilisation meeting "
         "'2025年8月7日' opens the stationing: start only."],
        title="市委第一巡察组巡察市中级人民法院党组工作动员会召开", report_date="2025-08-11",
        inspection=ins(start="2025-08-07")),
    "xindu_court_xuncha_feedback_25_problems": doc(
        "https://www.cdxd.sichuanpeace.gov.cn/fy/20240829/2905438.html",
        ["Breadcrumb, news title, a bracketed page line '【 2024-08-29 13:51:01 】', an image file name.",
         "Feedback '2024年8月22日' before the period '2024年3月20日至4月19日'. '表彰216项(次)' are honours; "
         "'还存在25个问题' → 25 problems."],
        title="新都区委第三巡察组向区法院党组反馈巡察情况", report_date="2024-08-29",
        inspection=ins(start="2024-03-20", end="2024-04-19", feedback="2024-08-22"), headline=head(25)),
    "guilin_xingan_court_judicial_inspection_lost_month": doc(
        "https://glxafy.gxcourt.gov.cn/article/detail/2022/09/id/6939050.shtml",
        ["An intermediate court's 政治督察与司法巡查 of a county court; '发布时间:2022-09-30 09:37:30'. '919日' lost its "
         "月 and has no year: 9月19日 of the title's '2022年' (judgement call), the mobilisation → start."],
        title="桂林市中院对兴安县法院开展2022年政治督察与司法巡查工作", report_date="2022-09-30",
        inspection=ins(start="2022-09-19")),
    "sysu_central_special_xunshi_feedback_2017": doc(
        "https://www.sysu.edu.cn/news/zhxw/zhxw/490.htm",
        ["A university's news with the headline twice; feedback '2017年6月20日' before the period "
         "'2017年3月4日至2017年4月30日'; the stored copy ends with '...'."],
        title="中央第三巡视组向中山大学党委反馈专项巡视情况",
        inspection=ins(start="2017-03-04", end="2017-04-30", feedback="2017-06-20")),
    "nuist_literature_college_xuncha_mobilize": doc(
        "https://cla.nuist.edu.cn/2025/1111/c654a292012/page.htm",
        ["'发布时间:2025-11-05' glued to the author line; '11月5日下午…巡察…动员会' has no year: the start takes the "
         "page date's year (judgement call)."],
        title="校党委第二巡察组召开巡察文学院党委工作动员会", report_date="2025-11-05",
        inspection=ins(start="2025-11-05")),
    "hengyang_shanqiao_town_entry_2018": doc(
        "http://oldhengyx.srcbcz.com/countynews/-ZYALGesEhlCcDJPwwTAZ.shtml",
        ["'2018年9月19日…正式进驻杉桥镇,将开展计划为期2个月的工作巡察' → start; a duration gives no end; '下午3:00' "
         "is the hour of the meeting."],
        inspection=ins(start="2018-09-19")),
    "hongkou_subdistrict_entry_petition_window": doc(
        "https://www.shhk.gov.cn/xwzx/002005/20240923/13e98f8e-2ef3-414e-9b6d-acd35fa0cc23.html",
        ["'9月20日下午' (no year) then '自2024年9月20日起…开展为期3个月的巡察' → start 2024-09-20, no end (judgement "
         "call). '本轮巡察受理信访时间为2024年9月20日至12月5日' is the petitions window, not the period; phone "
         "numbers and hours are not dates. The stored copy is cut ('主要受')."],
        inspection=ins(start="2024-09-20")),
    "qindu_round1_announcement_signed": doc(
        "https://qindu.qinfeng.gov.cn/info/1012/16034.htm",
        ["'从6月9日至8月23日' has no year; the signature '…巡察工作领导小组办公室 2022年6月9日' gives it (as "
         "snippets10's mengjin) and is the report date. '受理信访截止时间为2022年8月16日' is a petitions deadline; "
         "'9个社区', '29个村和3个社区', '7个单位' bodies."],
        report_date="2022-06-09", inspection=ins(start="2022-06-09", end="2022-08-23")),
    "weibin_jiangnan_community_feedback_five_kinds": doc(
        "http://wbq.gov.cn/zbdt/info/6828",
        ["A community: '2020年1月3日至1月17日', feedback meeting '2020年8月10日'. '存在的5类主要问题:一、…五、' are "
         "kinds, not a problems total (judgement call)."],
        inspection=ins(start="2020-01-03", end="2020-01-17", feedback="2020-08-10")),
    "jinken_community_progress_17_problems": doc(
        "http://www.hhzjjjc.gov.cn/zz/jpmzyzdzzzx/xsxc_17817/202408/t20240814_700103.html",
        ["A community's progress bulletin ('县委第五巡视组' is the page's slip for 巡察组): '2023年11月10日至12月9日…"
         "为期30天', feedback '2024年1月3日'.",
         "'反馈问题17个,目前已完成整改15个、基本完成整改2个' → 17/15; '新建完善制度8项' → rules 8."],
        inspection=ins(start="2023-11-10", end="2023-12-09", feedback="2024-01-03"), headline=head(17, 15, rules=8)),
    "district_party_office_xuncha_feedback_2021": doc(
        "https://www.xdlzw.gov.cn/show.asp?id=3052",
        ["Feedback '2021年8月2日' to a district party office; no period."],
        inspection=ins(feedback="2021-08-02")),
    "minhe_town_xuncha_progress_151_measures_spam_host": doc(
        "https://saintpaulhem.com/jxx/jxxrmzf/bmqtfdxxnequv/202311/83882e752e13482d9a3f1e895cd39340.shtml",
        ["A town's progress bulletin mirrored on an unrelated host: '2022年6月24日至8月10日', feedback '2022年10月25日'.",
         "'制定了151条整改措施' → 151 measures; '截至2023年9月21日…先后6次' meetings; '民发〔2022〕100号' a number."],
        inspection=ins(start="2022-06-24", end="2022-08-10", feedback="2022-10-25"), headline=head(mt=151)),
    # --- headline figures -----------------------------------------------------------------------------------------
    "nanhai_village_xuncha_two_rounds_1482": doc(
        "https://www.gdjct.gd.gov.cn/xunshixc/content/post_31819.html",
        ["Site footer above the text. '84.4元', '78个被巡察村居', '200多万元', '13个区直部门' are not figures; '今年以来,"
         "南海区共开展2轮对村巡察,共发现问题1482个,移交线索10条' → 1482 (a tally, as snippets9's haidong). The "
         "stored copy is cut ('推动解决了')."],
        headline=head(1482)),
    "seven_provinces_eco_ducha_493_tasks_357_done": doc(
        "http://china-zrj.com/news/show.php?itemid=4157",
        ["'截至2018年4月底,7省(市)督察整改方案明确的493项整改任务已完成357项' → 493/357 (tasks as problems). "
         "Acreages, tonnages, pipes, '144宗矿业权已关停143宗' are not figures. Cut by the stored copy."],
        headline=head(493, 357)),
    "seven_provinces_eco_ducha_531_tasks_313_done_news": doc(
        "https://m.bjx.com.cn/mnews/20180928/931228.shtml",
        ["The lead is printed twice, once above the breadcrumb; the title carries '313项'; '2018-09-28 15:08 来源:"
         "生态环境部' the page date. '2017年4月至5月', '2017年8月完成督察反馈' are month-only.",
         "'531项整改任务已完成313项' → 531/313; enterprises, boilers, households, vehicles are not figures."],
        title="7省(市)公开中央环境保护督察整改落实情况:已完成整改任务313项", report_date="2018-09-28",
        headline=head(531, 313)),
    "province_audit_rectification_masked_years_73_rules": doc(
        "http://bbs.yuanjiangzx.com/archiver/showtopic-15159.aspx",
        ["A province's audit rectification report with every year masked ('关于年度…', '——年11月27日'): no report "
         "date. Counts are per part ('10个方面20个问题', '10个方面个问题' lost, '46个问题,除7个尚在继续整改外'): no "
         "total (judgement call). '建立健全相关管理制度73项' → rules 73; money, '4个督查组', cases and people not."],
        title="关于年度省级预算执行和其他财政收支审计查出问题整改情况和审议意见研究处理结果的报告",
        headline=head(rules=73)),
    # --- document fields only ---------------------------------------------------------------------------------------
    "jiangsu_33_universities_xunshi_entry_trad": doc(
        "http://www.jiaoyim.cn/content-35-123079-1.html",
        ["Traditional with glyph glosses; news title, '2020-12-04' (the page date), source line, '大中小' chrome. "
         "'11個巡視組', '33個…', '10個…督導組', '50天左右', '8:00—18:00' are not figures or dates."],
        title="十三屆省委第十輪巡視對33家省屬高校開展政治監(jiān)督", report_date="2020-12-04"),
    "xiantao_central_eco_lookback_petitions_news": doc(
        "http://www.cnxiantao.com/xwzx/202110/t20211020_362289.html",
        ["'发布时间:2021年10月20日 来源:仙桃日报' the page date; a 回头看 of petitions, '近日' no date."],
        title="我市开展中央生态环境保护督察“回头看”", report_date="2021-10-20"),
    "tongcheng_eco_ducha_petitions_publicity": doc(
        "http://zgtc.gov.cn/ztzl/2021zt/zysthjbhdc/202207/t20220722_2731935.shtml",
        ["A 公示 of one rectified item: '公示时间:2022年7月22日' above the signature → report date (judgement call); "
         "'公示时间为10天', phone number are not figures.",
         "session 17: the one rectified item is listed (schema: one entry per problem; a one-problem 公示 lists its "
         "problem, as blindwritten11/g11_03): '反馈问题:…' → no seq, no category, status done ('整改完成情况进行公示'), "
         "measures 0 (they are in the attachment, not in the text)."],
        report_date="2022-07-22",
        problems=[{"seq": None, "category": None,
                   "title": "一些地方和部门对群众信访投诉重视不够,办理不及时,导致问题长期存在",
                   "status": "done", "measure_count": 0, "responsible_units": [], "deadline": None}]),
    "gansu_2020_audit_work_report_title": doc(
        "http://rdgb.gsrdw.gov.cn/2022/240_0328/3017.html",
        ["A province's audit work report (the audit, not a rectification: kind null). '发布时间:2022-03-28 20:55:45' is "
         "a later repost; '——2021年7月25日在…会议上' is the report's date (judgement call)."],
        title="甘肃省人民政府关于2020年度省级预算执行和其他财政收支的审计工作报告", issuer="甘肃省人民政府",
        report_date="2021-07-25"),
    "shandong_2017_audit_work_report_lost_chars": doc(
        "http://finance.dzwww.com/sdcj/201807/t20180724_17645096.html",
        ["Title, '2018-07-24 15:33:00来源:大众网作者:', the title again over two lines, '——2018724日在…' (lost 年/月): "
         "both give 2018-07-24."],
        title="关于山东省2017年度省级预算执行和其他财政收支的审计工作报告", report_date="2018-07-24"),
    "central_20th_round2_targets_mirror": doc(
        "http://1.62.100.15/static/wab.php?lY8f=79SA.html",
        ["A mirror of a People's Daily item: '发布时间:2024-11-24 04:24:16' is the page date (taken, judgement call); "
         "'新华社北京10月10日电' has no year; the paper line '( 2023年10月11日 04 版)' is the print date. '31家单位' "
         "are bodies."],
        title="二十届中央第二轮巡视对象公布", report_date="2024-11-24"),
    "sasac_2015_second_batch_entry": doc(
        "http://top.chinadaily.com.cn/finance_old/2015-07/06/content_21193110.htm",
        ["SASAC's own 巡视 of six central SOEs; '2015-07-06 17:29:31' the page date; '6户中央企业' bodies; no "
         "period ('记者6日…获悉' is the news day)."],
        title="国资委巡视组进驻中国黄金等6户央企开展今年第二批巡视", report_date="2015-07-06"),
    "quzhou_key_villages_special_xuncha_trad": doc(
        "https://p2.ttnews.xyz/a/5b6f82a7dc9b5e32d2c24ae0?lang=zh-hant",
        ["Traditional aggregator copy: news title, '2018-08-12 06:36 | 衢州發佈' (date, pipe, source)."],
        title="衢州兩區重點村(社)專項巡察,發現了啥問題?", report_date="2018-08-12"),
    "jiangsu_energy_regulator_outage_lookback_trad": doc(
        "http://www.c35b.com/news/nyjg/202407/t20240719_1721049.html",
        ["Traditional with glyph glosses; '來源:江蘇能源監(jiān)管辦 時間:2024-07-19 10:46' (source before the date)."],
        report_date="2024-07-19"),
    "east_china_energy_regulator_rural_grid_trailing_date_trad": doc(
        "http://fzrzw.com/2020-08/21/c_139307838.htm",
        ["Traditional; the body comes first and the title, '發布時間:2020-08-21' and source are printed below it "
         "(report date from the trailing line, judgement call). '8月19日' has no year; '2016至2019年度' years only."],
        title="華東能源監管局開展新一輪農網改造升級專項監管", report_date="2020-08-21"),
    "sichuan_energy_regulator_interview_spun_list": doc(
        "http://rk5.xmbxxkj.cn/topic/list-dianwang-8.html",
        ["A list page of a spun copy ('动力' for 能源, '累赘' for 责任, '政事站位'); the entry's date is glued to the "
         "text ('2025-03-183月4日'): 2025-03-18 is taken as the page date of the only entry (judgement call); "
         "'5家' bodies; '3月4日' the interview day."],
        title="5家方位电网企业因电力界限露出问题被约谈", report_date="2025-03-18"),
    # --- nothing to read: false-reading tests -----------------------------------------------------------------------
    "hainan_procuratorate_xunshi_meeting": doc(
        "http://111.205.184.227:8081/zixun/2016-09/07/content_11366267.htm",
        ["'9月2日' a meeting (no year); '今年7月…启动2016年第一批巡视…为期两个月' month-only with a duration."]),
    "bengbu_procuratorate_review_opinions": doc(
        "http://www.bbrd.gov.cn/hyzc/syyj/szfblqkbg/9996611.html",
        ["A procuratorate's report on an NPC review opinion ('整改任务均已完成' without counts): nothing to read."]),
    "mianxian_eco_ducha_petitions_recheck_trad": doc(
        "http://m.a5u0.cn/hzszf/zyxc/202112/6332705013d645c28fd17602cc4c8019.shtml",
        ["Traditional; '2016年第一輪…2018年…回頭看' name rounds by year only."]),
    "maonan_eco_ducha_petitions_lookback": doc(
        "https://bbs.gdmm.com/thread-3373368-1-1.html",
        ["'自2023年5月份起' month-only; '59宗环境信访案件', '3个镇街合计16宗' are petitions and bodies."]),
    "ezhou_village_xuncha_spun_xunluo": doc(
        "http://www.e6x2f.com/xwzx/11930.html",
        ["Spun copy ('巡逻' for 巡察, '年全市' with the year lost, 'exh鄂东网' tags). '4月17日至18日' is a training (no "
         "year); '从2009年4月开始' month-only; '370多个村' approximate; '30名' people."]),
    "jingmen_civil_defence_special_xuncha_clues": doc(
        "https://ljzj.gov.cn/plus/view.php?aid=7655",
        ["'问题线索85件', '4个方面27项具体问题线索' are clues; cases, people, projects and money are not figures."]),
    "bjcu_round2_rectification_report_meeting_trad": doc(
        "https://www.lrkyav9.xyz/news/zhxw/168161.htm",
        ["Traditional, paragraphs run into one line. '3月25日至27日' is a report meeting, not a period; '9個被巡察單位' "
         "bodies."]),
    "haibowan_round1_entry_no_year": doc(
        "http://wh.nmgjjjc.gov.cn/single/2021/12/07/21120710340252324912-18091713005454734361.html?t=1739866603957",
        ["'截止12月2日…已完成进驻' has no year (the url's is not read); '4个巡察组' bodies."]),
    "shimen_road_subdistrict_entry_two_months": doc(
        "http://sqcb.zhoudaosh.com/smel/html/2019-09/11/content_835873.html",
        ["A subdistrict entry with '近日' only; nothing to read."]),
    "subdistrict_feedback_speech_template_masked": doc(
        "https://m.wydbw.com/show.asp?Id=338628",
        ["A speech template with masks ('为期XX个月', '4月XX日'): nothing to read."]),
    "zhejiang_statistics_ducha_round_trad": doc(
        "http://megaxine.com/provincenotes/detail/id/27236.html",
        ["Traditional statistics 督察 summary: '2021年以來', '8個設區市和5個省級部門', '11個設區市' are years and bodies."]),
    "central_2016_round1_lookback_news": doc(
        "https://www.rmzxw.com.cn/c/2016-02-24/706882.shtml",
        ["Breadcrumb and news title; '23日' has no month or year; '32家', '4个省', '8轮', '149家', '31个省区市' are "
         "bodies and rounds."],
        title="今年中央首轮巡视锁定36家目标 首次杀出回马枪"),
    "nanling_xuzhen_villages_entry_no_year": doc(
        "http://www.nllz.gov.cn/html/wenzhang_739910.html",
        ["'7月13日…动员会' with no year anywhere: no start."]),
    "suzhou_district_court_xuncha_mobilize_news": doc(
        "https://new.qq.com/omn/20210410/20210410A07O2M00.html",
        ["News title; '4月9日' has no year (the url's is not read)."],
        title="市委第一巡察组巡察肃州区人民法院工作动员会召开"),
    "fushun_court_political_ducha_supervision": doc(
        "http://39.104.117.206/news/35696.html",
        ["A court's supervision of a county court's 政治督察 rectification on '10月16日' (no year)."]),
    "xinxian_court_judicial_inspection_2017": doc(
        "https://ribao.xyxww.com.cn/html/2017-04/14/content_11353.htm",
        ["A newspaper item: '4月10日' a meeting with no year in the text."]),
    "shannan_xuncha_rectification_mechanism": doc(
        "http://snjjw.gov.cn:6280/detail.php?id=6354",
        ["A general article on 整改 mechanisms: nothing to read."]),
    "just_round2_three_colleges_entry": doc(
        "http://www.just.edu.cn/news/2020/0927/c8158a269540/page.htm",
        ["'3个巡察组于9月25日分别进驻' with no year in the text."]),
    "university_hospital_xuncha_one_month": doc(
        "https://wx.ihwrm.com/baokan/article/info.html?doc_id=3546787",
        ["'11月23日' (twice) with no year; '为期一个月左右' a duration."]),
    "art_college_round3_four_branches_trad": doc(
        "http://www.552fk.com/info/1013/117002.htm",
        ["Traditional; '10月16日下午和10月20日下午' entry meetings with no year; '4個被巡察黨組織' bodies."]),
    "ecnu_round3_three_colleges_trad": doc(
        "https://www.jeji.xyz/info/1094/10641.htm",
        ["Traditional; '4月22日', '4月29日' meetings with no year."]),
    "college_youth_league_round1_entry_trad": doc(
        "http://www.nayimon.com/info/1081/12794.htm",
        ["Traditional; '10月11日下午' entry meetings with no year."]),
    "shandong_eco_ducha_dispatch_meeting_trad": doc(
        "http://fqhxf.cn/article-show-id-538.html",
        ["Traditional; '7月30日' a dispatch meeting with no year."]),
    "dehua_town_xuncha_city_home_trad": doc(
        "http://iosapp77.com/quanzhou/dehua/xw/2865893.html",
        ["Traditional; '30多萬', '75%', '12個村', '183人次', '來信7份', '56次', '200多戶次' and '收集問題及意見建議93個' "
         "(residents' problems and suggestions together) are not headline figures."]),
    "yuhuatai_community_xuncha_problems_and_clues_394": doc(
        "http://jsnews.jschina.com.cn/nj/a/201804/t20180428_1565297.shtml",
        ["'发现街道和社区问题及问题线索394条' counts problems and clues together; '社区问题线索84条' clues; talks, "
         "petitions, notices are not figures; '2018年以来' a year."]),
    "longpan_community_xuncha_one_week": doc(
        "http://www.nqqjjw.gov.cn/content/detail/5cb7ef5d079b65e96ccc8f2d.html",
        ["'12月3日下午' a mobilisation with no year."]),
    "wuzhong_lookback_part_month_period": doc(
        "http://fazhish.org.cn/show-420100.html",
        ["'7月下旬至8月中旬' part-month period: no dates; '2个巡察组', '6个…市直部门' bodies."]),
    "funing_rectification_revisit_trad": doc(
        "http://qdubb.cn/html/2018/xunshixuncha_0521/47675.html",
        ["Traditional; '3個督查組', '前4輪巡察的14個黨組織' bodies and rounds."]),
    "central_eco_ducha_timeline_abstract": doc(
        "https://scholarmate.com/S/Rnx5Pm",
        ["An abstract's timeline: '2015年12月', '2016年7月', '2019年7月', '截至今年4月' month-only; '31个', '20个', "
         "'8省' bodies."]),
    "zhaiqing_press_conference_six_provinces": doc(
        "https://cs.com.cn/sylm/jsbd/201909/t20190929_5987880.html",
        ["News title and byline; '9月29日' a press conference with no year; '6个省份和2家中央企业' bodies."],
        title="翟青:今年上半年对6个省份和2家中央企业进行了新一轮例行督察"),
    "central_eco_ducha_five_provinces_entry_summary": doc(
        "https://cdn.readhub.cn/topic/8kd5NJLdyQM",
        ["A summary: '5 省区及 3 家央企', '10 起典型案例' are bodies and cases."]),
    "suihua_provincial_xunshi_feedback_paper_2017": doc(
        "http://epaper.hljnews.cn/hljrb/20170323/264346.html",
        ["A provincial 巡视 feedback '3月2日下午' with no year in the text (the url's is not read)."]),
    "east_china_energy_regulator_power_access_rectification": doc(
        "http://kyfz.org.cn/show-14022.html",
        ["'3月份以来' month-only; an energy regulator's 整改 report: nothing to read."]),
}


def main() -> None:
    write_snippets(HERE, DOCS)


if __name__ == "__main__":
    main()
