"""Write the truth files of tests/importer/real/snippets13: a held-out set of real lead paragraphs labelled in session 13
by helper label13, who did not change the parser and did not read zhenggai/importer/. Scored once on the worktree's
untouched parser (FIRST_RUN_snippets13.txt) before anything else changed.

Each text is the lead paragraph(s) of one page of the search tool's ``pages`` corpus, copied as returned (ASCII commas
and colons, traditional copies with their glyph glosses such as ``問(wèn)``, a stray ``?,F`` where the page lost a
character, spam lines injected above a news item, site chrome and date/source lines). A snippet starts at the title line
or the lead and stops at a paragraph end. None of the 59 urls is in an earlier truth (host+path compared, scheme and
``www.`` ignored, over every ``"url"`` under tests/importer/ of this worktree and of /work/main — snippets11/12 and
blind10/11 included, their url lines only — and /work/shared/corpus, and over every url quoted in tools/*.py). Pages
the search returned that were already labelled were skipped (most 巡察 bulletins it returns are), as were mirror copies of
texts labelled under another url (南宁 大气污染 审计整改函, 安徽 中央环保督察 1532项).

Queries (``pages`` corpus): 整改通知书 存在问题 限期整改; 督查通报 发现问题 一是 二是 乡镇; 审计整改 公告 审计发现问题 已整改;
自查自纠 报告 存在问题 整改措施; 巡察反馈意见整改落实情况 公开 反馈问题 已整改 个; 群众反映问题 办理结果 公示 序号 问题 整改;
问题整改台账 公开 问题描述 整改措施 完成情况; 專項巡察 整改進展情況 通報 反饋問題; 交叉巡察 反馈问题 个 已完成整改 个 整改措施 条;
检察院党组关于巡察整改进展情况的通报; 税务局党委 巡察 进驻 至 反馈 整改; 约谈 整改 限期 问题 生态环境 督察; 提级巡察 整改进展
情况 反馈问题 已整改 制度 项; 对照检查材料 存在问题 整改措施; 医院党委 巡察 反馈 整改 进驻 年 月 日至; 专项整治 问题清单 公示
序号 存在问题 整改措施 整改时限; 镇党委关于巡察整改情况的通报; 大学党委关于巡视整改进展情况的通报 2017; 集团公司党委关于巡视
整改情况的通报 整改任务 项 已完成; 村 巡察 反馈问题 整改 公示; 省委巡视组 反馈 整改 情况 公布 2016年; 环境保护督察 边督边改 交办
件 办结; 银行 党委 巡视整改 进展情况 通报; 整改落实情况的报告 存在问题 原因分析; 巡察整改進展情況 予以公布 黨組 反饋 進駐; 督察
反馈问题整改清单 公示 销号; 学校 党委 巡察 整改工作 报告 反馈问题 条; 审计发现问题整改情况 公告; 巡察 立行立改通知书 问题 整改
情况 报告; 街道党工委关于巡察整改进展情况的通报 2024年; 整改通知 检查发现问题 1. 2. 3.; 民主生活会 对照检查 查摆问题 一是.

Part 1 (37 snippets) was scored first; part 2 (10 snippets, the last ten entries of DOCS, found and labelled after that
run with the parser still untouched) was scored separately (a temporary directory holding only them) and is recorded below
part 1 in FIRST_RUN_snippets13.txt. Part 2's extra queries: 統計督察 反饋意見 整改 進駐 至; 法院党组 巡察 反馈意见 整改; 省生态
环境保护督察组 进驻 反馈 整改方案 公开; 巡察组 进驻 动员会 受理信访时间截止; 巡视整改进展情况 通报 2018年 省委巡视组; 國有企業
巡視整改 通報; 关于巡察反馈意见整改情况的通报 卫生院 学校 局 2022年; 审计局 审计 发现问题 整改 2024年; 巡察 “回头看” 反馈 整改
问题 个 整改率 镇 村. Part 3 (8 snippets, the last eight entries, found after part 2's run, parser still untouched) was scored the same way;
its queries: 安全生产 督查 通报 发现隐患 处 已整改 处; 扶贫领域 专项巡察 反馈问题 整改 完成 个 县委 2019年; 巡视 整改 公开 中管企业
党组 2019年. Part 4 (4 snippets, the last four entries, after part 3's run) likewise; queries: 食品安全 督查 反馈
问题 整改 通报 2022年; 耕地保护 督察 反馈意见 整改 问题 个 自然资源 督察局. (The url check covers every part: 59 urls in all.)

Schema and conventions as in make_truths_snippets9.py and make_truths_snippets10.py: ``problems`` always empty;
``excerpt`` true; ``genre`` ``"snippet"``; ``kind`` only when a title line names a rectification 通报 or 整改方案;
``report_date`` from a signature or a page/source date line inside the snippet; ``inspector``/``inspected`` null.

Judgement calls (new ones marked NEW):
- NEW: ``title`` (unscored) only when the title line names a rectification or inspection document; news headlines
  ('环保督察问题整改滞后 岳阳市委市政府被约谈', '最高检党组第一轮巡视完成进驻'), a 范文 collection's name and non-rectification
  notices are left null, and so is ``issuer``. A 报告 titled '某中学党委关于巡察集中整改进展情况的报告' gets title and issuer
  but no kind (a 报告, not a 通报 or 方案).
- A report date is read from any page/source date line in the snippet, whatever the page's subject ('发布时间:2021-02-22
  14:19:47', '新疆生態環境廳 / 2022-11-10 / :9', '2018-09-11 10:29:00來源:湖南日報'), and from a signature
  ('上海市人民政府 / 2017年12月20日') even on a notice that is not about rectification, as the earlier sets did.
- Days with no year give no date (snippets9); a start with no year takes the year of the page date (snippets9's
  '发布日期:2021-04-19 …从3月9日开始'): NEW here for '时间:2023-10-17' … '10月13日,六个省级院分别召开巡视进驻动员会' →
  start 2023-10-13 (the 进驻动员会 is the stationing; '10月9日' is the mobilization at the inspecting body, not the start).
- NEW: an inspection that visits five villages in successive windows ('10月10日~10月15日 … 10月23日~10月29日', year from
  '时间:2020-10-12') is read as one period from the first start to the last end (2020-10-10 .. 2020-10-29).
- A feedback given from a day on ('從12月22日開始,各督察組陸續…反饋') is that first day, in the period's year (blind7's
  convention for feedback over several days).
- Headline: '6大类27项问题' handed over from an audit → 27 problems (categories then items; the items are the problems).
  NEW: '群众集中反映的有代表性的问题共37个' on a TV 问政 programme are citizens' questions, like petitions: not a figure.
  Petitions, 工单, 舉報件, bodies, people, money, rates, meetings, cases (典型案例), aspects ('11個方面' is in blind12) are not.
- Masked dates ('2023年X月中旬', 'X月23日', 'x年1至6月') give nothing; month-only or month-part spans ('今年7月', '6月底',
  '2017年7月底') and deadlines ('2017年10月底以前', '2017年底前') give nothing.
"""
from pathlib import Path

from make_truths import head, ins
from make_truths_snippets10 import doc, write_snippets

HERE = Path(__file__).resolve().parent.parent / "snippets13"


DOCS = {
    # --- dates and document fields to read ---------------------------------------------------------------------------
    "spp_round1_xunshi_entry_pagedate": doc(
        "https://login.12309.gov.cn:8443/spp/zdgz/202310/t20231017_630705.shtml",
        ["News headline, then '时间:2023-10-17  作者:于潇  来源:检察日报-要闻版' (the report date). '10月13日,六个省级院分别召开"
         "巡视进驻动员会' has no year: the page date gives 2023 (judgement call) → start 2023-10-13. '10月9日' is the "
         "mobilization at the SPP, '10月16日电' the dateline, '为期两个月' a duration: no end."],
        report_date="2023-10-17", inspection=ins(start="2023-10-13")),
    "putian_procuratorate_xunshi_feedback_news": doc(
        "http://news.hxfzzx.com/fjxw/2019/0715/159073.html",
        ["A procuratorate's 巡视 of a city procuratorate: '2019-07-15 09:27:48' / '来源:福建法治报' is the page date. "
         "Period '于2019年5月8日至6月14日'; feedback '近日' (no date)."],
        report_date="2019-07-15", inspection=ins(start="2019-05-08", end="2019-06-14")),
    "central_eco_ducha_batch4_feedback_spam_trad": doc(
        "http://gome-cellars.com/newscenter/native/gd/20171222/t20171222_524072524.shtml",
        ["Traditional with glyph glosses under a line of injected porn spam; '2017-12-22 15:20:00來源:中國新聞網' is the "
         "page date. Period '2017年8月7日至9月15日' (eight provinces, one batch); '從12月22日開始,各督察組陸續…反饋' → "
         "feedback 2017-12-22 (the first day, the period's year).",
         "'40706件環境問題舉報' are petitions, not problems; 10806家, 54759萬元, 335件, 424人 are not figures."],
        report_date="2017-12-22", inspection=ins(start="2017-08-07", end="2017-09-15", feedback="2017-12-22")),
    "taicang_village_tiji_lookback_schedule": doc(
        "http://www.taicangdaily.com/Home/NewsDetail/32a0fb26-fd58-42fd-b5dd-08d8aa43b242",
        ["A 提级巡察 回头看 of five villages: '时间:2020-10-12' is the page date; the schedule gives three windows with no "
         "year ('10月10日~10月15日', '10月16日~10月22日', '10月23日~10月29日') → 2020-10-10 .. 2020-10-29 (judgement call: "
         "first start to last end, the page's year). '9:00~17:00' office hours, '429号' a box, '215004' a postcode."],
        report_date="2020-10-12", inspection=ins(start="2020-10-10", end="2020-10-29")),
    "mengjin_weekly_petitions_trad_pagedate": doc(
        "http://qrsi.cn/html/1//2/153/172/21956.html",
        ["A weekly petitions report (title '一周群眾訴求事項辦理情況(2月20日— 2月26日)', not a rectification title). "
         "'發(fā)布時間:2017-05-19' is the page date. The week has no year and is not an inspection; 185件/123件/62件 are "
         "petitions."],
        report_date="2017-05-19"),
    "yueyang_eco_ducha_yuetan_spam_trad": doc(
        "http://ltwysoft.com/hunan/xxtt/20180911/t20180911_524356880.shtml",
        ["A 约谈 news item under injected porn spam; '2018-09-11 10:29:00來源:湖南日報' is the page date. '今年7月' is "
         "month-only; '2017年10月', '2017年底前' are deadlines missed; '昨日' the 约谈 day: no inspection date."],
        report_date="2018-09-11"),
    "mee_yuetan_six_cities_yangtze": doc(
        "http://dyzxw.org/html/article/202102/22/227497.shtml",
        ["Pipes of a table layout, then the headline and '作者:高敬 发布时间:2021-02-22 14:19:47' (the report date). "
         "'22日' a 约谈 day with no month; '6市(区)' bodies."],
        report_date="2021-02-22"),
    "xinjiang_eco_enforcement_cases_pagedate_trad": doc(
        "http://m.nsagri.com/articles/show/10447",
        ["Traditional with glosses; the line '新疆生態環境廳 / 2022-11-10 / :9' (source / date / views) is the page date. "
         "'6起典型案例' are cases, not problems."],
        report_date="2022-11-10"),
    "anyang_village_xuncha_feature_pagedate": doc(
        "https://www.henanrd.gov.cn/2022/07-05/144349.html",
        ["A feature on village 巡察: '时间:2022-07-05  来源:河南日报' is the page date; '3个自然村' not a figure."],
        report_date="2022-07-05"),
    "shanghai_gov_credit_notice_signed_trad": doc(
        "http://htgfsre.cn/nw41430/20200823/0001-41430_54611.html",
        ["A city government's notice (traditional, glosses) with document number '滬府發(fā)〔2017〕92號' and the signature "
         "'上海市人民政府' / '2017年12月20日' (the report date). Not a rectification document: no kind, no title."],
        report_date="2017-12-20"),
    "middle_school_xuncha_progress_report_masked": doc(
        "https://alatiku.com/fanwen/zongjie/kkp0z3.html",
        ["A 范文 site's 巡察 集中整改进展 报告 (title twice). Masked dates ('2023年X月中旬至X月中旬', 'X月23日') give "
         "nothing. A 报告, not a 通报: kind null (judgement call); the title names the issuer."],
        title="某中学党委关于巡察集中整改进展情况的报告", issuer="某中学党委"),
    # --- a headline figure -------------------------------------------------------------------------------------------
    "tongzhou_audit_list_handover_27": doc(
        "http://www.ntfabu.com/newsepaper/detail/10036_42692_472043_4615024_ntfb.html",
        ["'2017年度同级审计查出的6大类27项问题进行集中交办' → 27 problems (the categories are 6). The handover '9月12日' "
         "has no year (2017 is the audited year, not the meeting's): no feedback date. '29份整改清单' lists, "
         "'整改率达95%' a rate."],
        headline=head(27)),
    # --- nothing to read: counts, days and lists that are not figures or dates ----------------------------------------
    "shiquan_saohei_dudao_town_noyear": doc(
        "https://www.shiquan.gov.cn/Content-1626962.html",
        ["扫黑除恶 督导 of a town '9月24日' (no year), '第四轮' a round number: nothing."]),
    "henan_gov_ducha_xincai_noyear": doc(
        "http://news.xinxuanze.com.cn/2017/shehui_0807/6501.html",
        ["A provincial government's work 督查: '从8月2日起' … '督查将持续到8月13日' have no year in the snippet (only in "
         "the url); '12名督查人员', '4个小组', '9个督查组', '18个省辖市', '7项重点工作' are not figures."]),
    "clean_village_ducha_unannounced_trad": doc(
        "http://www.hit008.com/2012/sz_0917/24968.html",
        ["Traditional news on a sanitation 暗访督察: '3 個專項督察組', '五縣一區' are bodies; no date."]),
    "rugao_cppcc_ducha_report_template_trad": doc(
        "http://www.www-68455.com/haowen/147692.html",
        ["A 范文 page (traditional) with a lost character ('?,F將'); '于6月底' is month-part, '6個鎮(區)' bodies."]),
    "chengguan_ducha_bulletin_template": doc(
        "https://fw.chazidian.com/fanwen2316101/",
        ["A 范文 collection named '2023年城管督查情况通报': not a rectification bulletin (kind null); '宣传横幅50幅' not a "
         "figure; 一、(一)(二) are achievements."]),
    "yueyang_baozhang_audit_dubanhan_deadline": doc(
        "http://sjt.hunan.gov.cn/xxgk_71228/gzdt/szdt/yuey/201708/t20170823_4437287.html",
        ["An audit 督办函: '截止2017年7月底' month-part, '2017年10月底以前' a deadline, '2016年' the audited year: nothing."]),
    "tv_wenzheng_37_problems_handover": doc(
        "http://m.dtrcw.net/news/newsdetail-3979.html",
        ["'群众集中反映的有代表性的问题共37个' are citizens' questions on a TV 问政 programme handed to 5 units (judgement "
         "call: like petitions, not an inspection's problems total). '5家单位', '2小时45分钟' not figures."]),
    "ningxiang_minsheng_hotline_batch27": doc(
        "https://wap.ningxiangnews.net/content/2019/07/09/5701308.html",
        ["Hotline petitions (3353件, 2880件, 750件…), rates, '第二十七批' a batch number, '自6月26日以来' no year."]),
    "district_12345_tickets_trad": doc(
        "http://ticketshut.com/21590/21595/content_501133.html",
        ["12345 tickets '468件…已辦結(jié)468件' are petitions, not problems; ticket numbers."]),
    "xining_petitions_site_ducha_trad": doc(
        "http://www.fyzhizao.com/news/39149.htm",
        ["A site check of citizens' complaints '10月22日' (no year): nothing."]),
    "zhumadian_minyi_kuaixian_site_check": doc(
        "http://old.zmdnews.cn/paper2/news.php?id=290989&pid=6930",
        ["A newspaper item: '7月1日' no year; '20件…问题' are petitions checked on site."]),
    "xinjiang_procuratorate_spp_xunshi_noyear": doc(
        "https://hts.gov.cn/xinxigongkai/show.php?itemid=7478",
        ["'从9月7日开始' has no year in the snippet: no start."]),
    "hunan_procuratorate_spp_xunshi_notice_noyear": doc(
        "http://hn.news.cn/20231014/46ca2c9dd59d406cacbcb865e888b1ce/c.html",
        ["'湖南日报10月13日讯', '13日上午' (no year): a briefing before the stationing; nothing."]),
    "pingli_procuratorate_meeting_spp_xunshi": doc(
        "https://www.pingli.gov.cn/Content-1147579.html",
        ["A county procuratorate meeting '8月1日'; '4个省级检察院和2个部门' bodies."]),
    "central_round5_entry_75days_blog": doc(
        "https://liyinwaihe.cn/article/date/2025/04/17",
        ["A blog on a central round's stationing: '15个省(自治区)', '6个重点城市' bodies; no date."]),
    "succ_college_xuncha_rules": doc(
        "https://www.succ.edu.cn/xb/Home/News/view/xwid/f5348cf8b1a4c64a44223ef35e9b6ff5",
        ["A college's 巡察工作规程 (rules, not a rectification document): nothing."]),
    "cnnc_special_xunshi_weekly_meeting_noyear": doc(
        "http://np.chinapower.com.cn/201507/28/0046838.html",
        ["An SOE's 专项巡视整改 weekly meeting '7月22日', '7月21日' (no year); '第三次例会', '第六次' ordinals."]),
    "nanjing_soe_xunshi_check_meeting_trad": doc(
        "http://njgqgz.com/news-detail.aspx?id=674&t=9",
        ["Traditional; '4月26日' no year, '第11次' an ordinal."]),
    "mee_rule_of_law_2017_report_rates": doc(
        "https://huanbao.in-en.com/html/huanbao-2277168.shtml",
        ["A ministry's rule-of-law report: rates '40%降低至38%', '78.9万个登记表', '10分钟', '2015—2020年' a plan name."]),
    "selfcheck_report_format_howto_trad": doc(
        "http://crsrw.com/dianzishuiwu/66912.html",
        ["A how-to on 自查報告 (traditional): '1.標題 … 4.自查日期' are format items, not problems."]),
    "dali_five_party_review_mechanism_trad": doc(
        "http://www.qdubb.cn/html/2023/xunshixuncha_0206/117728.html",
        ["Traditional with glosses; a mechanism feature: nothing."]),
    "sangong_budget_selfcheck_masked_year": doc(
        "https://m.dawenxue.cn/fanwen/zichabaogao/649/649744.html",
        ["A 三公 self-check 范文: 'x年1至6月' masked, money '3040元', '7920元', '2人' not figures."]),
    "changji_disabled_fed_democratic_meeting_four_checks": doc(
        "http://220.171.42.138/info/1106/14974.htm",
        ["一是…四是 are steps of a 民主生活会, not problems; nothing."]),
    "college_democratic_meeting_rules_numbered": doc(
        "https://xcc.hhstu.edu.cn/info/1046/1770.htm",
        ["Numbered rules 1、…5、 of a 民主生活会 system, not problems; nothing."]),
    "democratic_meeting_quality_essay_trad": doc(
        "http://004km.cn/a11/201905143/9b84dbdefd3cc089.html",
        ["An essay (traditional, glosses, a garbled run '?!督⒔∪珣椭…'); '2008―2012年' a plan's name."]),
    # --- part 2: found and labelled after part 1's first run (parser still untouched), scored separately -------------
    "wufeng_court_linked_xuncha_30_items": doc(
        "https://wfxfy.hbfy.gov.cn/DocManage/ViewDoc?docId=be453f26-3419-4b2e-aa2d-ec169d9dcfcf",
        ["A county court's 整改落实情况 (no title line): period '2020年7月20日至8月19日', feedback '2020年9月29日'; "
         "'反馈的3个方面11类问题30项问题' → 30 problems (aspects and types are the levels above)."],
        inspection=ins(start="2020-07-20", end="2020-08-19", feedback="2020-09-29"), headline=head(30)),
    "shashi_court_tiji_cross_xuncha_bulletin": doc(
        "http://www.ssqfy.hbfy.gov.cn/DocManage/ViewDoc?docId=229a925b-e58e-4cbe-80a3-eaab08e7611b",
        ["A court's 提级交叉巡察 bulletin; '2025-08-07 11:00' over '来源: 沙市区人民法院' is the page date. Period "
         "'2024年9月20日至12月31日', feedback '2025年2月26日'. '共新建、修订、完善12项规章制度' → rules 12; "
         "'共制定整改措施56条' → 56 measures. '浏览: 116' a view count."],
        kind="bulletin", title="中共荆州市沙市区人民法院党组关于巡察整改进展情况的通报",
        issuer="中共荆州市沙市区人民法院党组", report_date="2025-08-07",
        inspection=ins(start="2024-09-20", end="2024-12-31", feedback="2025-02-26"), headline=head(None, None, 56, None, 12)),
    "sichuan_provincial_eco_ducha_feedback_range": doc(
        "https://m.yybnet.net/leshan/news/202103/11271084.html",
        ["Provincial eco 督察 feedback to six cities '自2021年2月24日起…陆续…反馈…截至2021年3月4日…全部完成' → feedback "
         "2021-02-24 (the first day, blind7's convention). 11家, 30家, 1641件 petitions, 51个县, 27件 cases: not figures."],
        inspection=ins(feedback="2021-02-24")),
    "yunlin_statistics_plan_roc_date_trad": doc(
        "http://law.yunlin.gov.tw/LawContent.aspx?id=GL000480",
        ["A Taiwan county's statistics plan (traditional, no glosses) in a regulation database: '公發布日: 民國 106 年 07 月 "
         "06 日' is the promulgation date in the ROC calendar → 2017-07-06 (NEW judgement call: ROC year + 1911, read as "
         "a 成文日期). Not a rectification document; '府主統一字第1062806077號' a document number."],
        report_date="2017-07-06"),
    "xiamen_soe_unfinished_52_pagedate": doc(
        "http://bj.crntt.com/doc/241_13572_106313570_1_0304100132.html",
        ["Page chrome ('】 【打 印】'), headline, then 'http://www.CRNTT.com   2022-03-04 10:01:31' (the page date). "
         "'截至2021年12月底…有涉及11家市属国有企业的52个问题未完成整改' is the unfinished subset, not a total (judgement "
         "call); '11家' bodies; '3月4日电' a dateline."],
        report_date="2022-03-04"),
    "district_health_xuncha_entry_month_parts": doc(
        "http://www.360elib.com:2027/detail.aspx?NewsCode=NC265&NewsId=32913672&OrgId=001",
        ["'12月6日,各巡察组完成进驻,自2023年12月上旬至2024年1月下旬' → start 2023-12-06 (judgement call: the "
         "stationing day takes the year of the span that follows); the end is month-part ('1月下旬'): none. '3个', '8个' "
         "bodies, '2个月左右' approximate."],
        inspection=ins(start="2023-12-06")),
    "shucheng_poverty_hospital_xuncha_feedback_noyear": doc(
        "http://www.scjjjc.gov.cn/html/wenzhang_462531.html",
        ["A feedback meeting '5月16日' and a period '3月15日至4月20日', both without a year: nothing. '25个贫困村', "
         "'9个乡镇' bodies; '第25-30专项巡察组' group numbers."]),
    "huzhou_health_work_points_signed_pagedate": doc(
        "http://wjw.huzhou.gov.cn/art/2023/5/4/art_1229210319_58898184.html",
        ["A work-points notice with both a page date ('时间:2023-05-04 08:58:16') and a signature ('湖州市卫生健康委员会' / "
         "'2023年4月26日', wide indents): the signature wins (seed README) → 2023-04-26. '湖卫健发〔2023〕1号' a number."],
        report_date="2023-04-26"),
    "jintan_hospital_procurement_special_xuncha_entry": doc(
        "http://jw.jintan.gov.cn/jw/xxgk/001009/001009006/001009006002/20231204/6e08ad6f-089b-4480-a896-b668d08e44c7.html",
        ["A 专项巡察 entry notice: '发布时间:2023-12-04 10:36'; '驻点巡察时间为2023年12月1日至2024年1月10日' → the period. "
         "'20家公立医疗卫生机构' bodies."],
        report_date="2023-12-04", inspection=ins(start="2023-12-01", end="2024-01-10")),
    "theme_education_lookback_2026_tasks_measures": doc(
        "https://www.renrendoc.com/paper/511237279.html",
        ["A doc-sharing page (page list, download chrome) whose text runs headings into paragraphs; the snippet stops at "
         "the sentence before '二、组织推进…' (no paragraph break in the stored copy).",
         "'前期梳理的12类突出问题、42项具体任务、187条整改措施' → 42 problems (tasks, as snippets9's 整改任务; the 12 are "
         "categories) and 187 measures (judgement call). '2023—2025年' years only; '1+5', '1个', '5个' are teams."],
        headline=head(42, None, 187)),
    # --- part 3: found and labelled after part 2's run (parser still untouched), scored separately ------------------
    "state_council_safety_inspection_pagedate": doc(
        "http://guangdong.mrce.com.cn/kuaixun/2023/0703/11537.html",
        ["A safety inspection news item: '2023-07-03 10:22:11来源:湖南日报' is the page date; '5月至6月' month-only; "
         "'20个综合检查组', '31个省' bodies."],
        report_date="2023-07-03"),
    "huangshi_major_hazards_listed_signed": doc(
        "http://huangshi.gov.cn/xxxgk/fdzdgknr/zdmsxx/aqsc/202304/t20230417_1006531.html",
        ["A safety committee's 挂牌督办 notice signed '黄石市安全生产委员会' / '2023年2月9日' (the report date). '5处重大隐患' "
         "are hazards the units reported (NEW judgement call: hazards are not an inspection's problems); phone numbers."],
        report_date="2023-02-09"),
    "datong_monthly_hazards_bulletin_signed": doc(
        "http://www.huainan.gov.cn/public/118322659/1258390765.html",
        ["A monthly hazards 通报 ('大安办﹝2020﹞27号', signed '2020年10月23日'); '6家单位8处隐患' hazards, not problems; "
         "'十月份' a month; '每少报1次,超过6次' rules. No title line: kind null."],
        report_date="2020-10-23"),
    "bozhou_hazard_reporting_q4_metadata_table": doc(
        "http://567hw.com/OpennessContent/download/2497805.html",
        ["A government-portal metadata table pasted as '|' rows; '生成日期 | 2024-01-04 | 发布日期 | 2024-01-04' → the report "
         "date (as snippets9's 成文日期 in a table). The 名称 row names a hazard-reporting 通报, not a rectification "
         "bulletin: kind and title null (judgement call).",
         "'报送隐患124841条,已整改124841条', '重大隐患630家,已整改620家' are hazards the units reported themselves, not "
         "an inspection's problems (judgement call): no headline."],
        report_date="2024-01-04"),
    "shanghai_safety_big_check_march": doc(
        "http://hqddw.cn/xinwen/show-26013.html",
        ["'3月底前' a deadline (no year): nothing."]),
    "poverty_special_xuncha_2018_name_year_trad": doc(
        "http://www.hlnfamily.com/news/1/344.html",
        ["Traditional with glosses. '7月23日我市啟動市委2018年扶貧領域專項巡察工作' and '進駐巡察時間為7月23日至12月21日': "
         "the year is only in the round's name → 2018-07-23 .. 2018-12-21 (snippets10's call for a year in a notice "
         "name). '18個鄉鎮、4個街道', '20個行業扶貧部門' bodies."],
        inspection=ins(start="2018-07-23", end="2018-12-21")),
    "zhenba_poverty_village_xuncha_forum_garbled": doc(
        "http://0916001.com/forum.php?goto=lastpost&mod=redirect&tid=38928",
        ["A forum repost with anti-scraping garbage runs ('7 J* N K: A9 |6 `') between paragraphs. '截至目前,该县巡察发现"
         "扶贫领域问题294个' → 294 problems found (cumulative, as liaozhong's 1157); '移交问题线索19件' clues; '129个', "
         "'20个', '11个' bodies and groups; '2015年以来' a year only."],
        headline=head(294)),
    "central_round3_soe_entry_trad": doc(
        "http://www.victor-kf.com/Article/view/cateid/17/id/60150.html",
        ["Traditional: '3個中央單位和42家中管企業' bodies; no date."]),

    # --- part 4: found and labelled after part 3's run (parser still untouched), scored separately ------------------
    "food_sampling_half_year_spam_trad": doc(
        "http://www.loj.net.cn/news/2022/0829/165375.html",
        ["Traditional under a porn-spam line; '時間:2022-08-29 15:57:43 來源: 央視新聞客戶端' is the page date. Sampling "
         "counts ('237萬批次', '5.94萬批次'), rates and '34大類' are not figures; '今天(29日)' a day."],
        report_date="2022-08-29"),
    "xihua_farmland_ducha_71_parcels_pagedate": doc(
        "http://zrzyhghj.zhoukou.gov.cn/sitesources/zrzyj/page_pc/dt/xqdt/articlebda12f9dd616459096fccf5c6b2b9353.html",
        ["A county bureau's item: '时间: 2024-09-26 09:06:48' the page date. '专项督察下发西华县71宗设施农用地…疑似改变"
         "用途问题图斑' → 71 problems fed back (NEW judgement call: parcels counted in 宗 as the problems of a 督察, as "
         "blind10's 处); '200亩' an area, '8个核查督查组' teams; '9月25日' a work day, not the inspection."],
        report_date="2024-09-26", headline=head(71)),
    "linyi_farmland_ducha_acceptance_14_parcels": doc(
        "http://s.guihuayun.com/s_news_edit.php?wid=29895",
        ["An acceptance check '7月16日' (no year) of '14个问题图斑' in three towns: a checked subset, not a total "
         "(judgement call); '一行5人' people."]),
    "yuncheng_farmland_supervision_seven_teams": doc(
        "https://thch813.com/archiver/tid-211306.html",
        ["A forum archive copy: '7个督导专班' teams; no date or figure."]),

}


def main() -> None:
    write_snippets(HERE, DOCS)


if __name__ == "__main__":
    main()
