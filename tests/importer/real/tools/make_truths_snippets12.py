"""Write the truth files of tests/importer/real/snippets12: a third held-out set of real lead paragraphs (after
snippets9/10/11), labelled in session 13 by helper label12, who did not change the parser and did not read the parser's
code. Scored once on the untouched parser (FIRST_RUN_snippets12.txt) before anything else changed.

Each text is the title line and/or lead paragraph(s) of one page of the search tool's ``pages`` corpus, copied as
returned (ASCII commas and colons, traditional copies with glyph glosses such as ``關(guān)``, doubled punctuation
``,,``, stray junk lines injected by forums, spam words and porn/casino headers injected into pages, lost characters,
template placeholders ``xx``/``X``, page chrome). A snippet starts at the title line or the lead and stops at a
paragraph end. None of the 72 urls is in an earlier batch: every ``"url"`` under tests/importer (this worktree and
/work/main, snippets11/blind10/blindwritten3 included, their url lines only) and /work/shared/corpus was collected and
each candidate was compared on host+path (scheme and ``www.`` ignored). Pages holding a problem list went to
``blind11/`` instead (see make_truths_blind11.py).

Queries (``pages`` corpus): 乡镇 巡察整改进展情况的通报 反馈问题 已整改 建立制度; 税务局 巡视整改进展情况 通报; 人民检察院
党组 巡察整改情况 通报; 审计查出问题整改情况的报告; 高校 党委 巡视整改 进展情况; 医院 党委 巡察反馈问题整改; 街道党工委
巡察整改 进驻 至 反馈; 村级党组织 提级巡察 发现问题; 农商银行 巡察反馈意见整改; 统计督察 反馈意见 整改 进驻 2024年;
交叉巡察 镇党委 反馈会; 中央生态环境保护督察 回头看 整改方案 任务 已完成; 公司党委 集团 巡察整改进展; 法院党组
巡察整改情况 公布; 2016年 省委巡视组 反馈 整改情况; 经济责任审计 整改; 巡察反馈问题清单 存在问题; 自查自纠 存在问题
整改报告 学校; 县委巡察 进驻 动员会 受理信访 截止; 省生态环境保护督察 交办 信访件; 督查发现问题整改通知; 巡察整改情况
公开 问题一; 审计整改情况公告; 主题教育 检视问题清单; 巡视整改 公开 2017年; 金融 银行 中央巡视 整改进展; 税务局党委
巡察整改; 社区 党委 巡察反馈; 巡察整改進展情況 通報 (traditional); 扫黑除恶 督导 反馈问题; 高校 党委 巡视整改进展
情况的通报 教育部; 国有企业 巡视整改 专题民主生活会; 安全生产检查 隐患清单 整改通知; 巡察反馈问题整改情况的报告; 环保
督察 反馈问题 整改情况 公示; 财政局 审计 整改报告; 提级巡察 村 反馈 2023年; 市委巡察组 局党组 2021年; 中央巡视组
2017年 整改情况 公布; 医保基金 专项检查 发现问题; 督查反馈问题 整改落实情况 乡镇; 党支部 组织生活会 查摆问题; 食品安全
检查 整改通知书; 检查中发现以下问题 学校. Most of what they return was already labelled in an earlier batch; the set
therefore leans on courts and procuratorates, statistics 督察 of districts, health insurance checks, 扫黑除恶 督导,
provincial eco 督察 petitions, self-examinations (主题教育, 大整风, 三严三实), campaign 督查 (创城, 人居环境, food
safety) and central 2015-2016 rounds; about two thirds are negatives (counts and dates that are NOT headline figures
or inspection dates).

Schema and conventions as in make_truths_snippets10.py (and snippets9): ``problems`` always empty; ``excerpt`` true;
``genre`` ``"snippet"``; ``kind`` only when a title line names a rectification 通报 or 整改方案; ``title`` and
``issuer`` only from a title line (glyph glosses kept, as earlier batches); ``report_date`` from a signature, a date
line under the speaker, or a page/source date line in the snippet (a signature wins over a page date);
``inspector``/``inspected`` null.

Judgement calls (earlier batches' calls are followed; new ones are marked NEW):
- Years come from the snippet only. A feedback day without a year after a dated period takes the period's year
  (zhakou: '201944日至615日' then '816日' → 2019-08-16). NEW: a page's publication date (发布时间, a news dateline
  with a year, '四川在線 2017年02月22日', '(時間:2019-11-12 …)') does not lend its year to a bare day in the news text
  ('10月24日…开展为期十天的第二轮司法巡查', '9月23日至10月31日…進駐'): those stay null (the news may report an earlier
  year's event; snippets10's mengjin took a year from a signature, which is the document's own date).
  Caveat found after the first run (when reading README.md's snippets11 paragraph, written at the same time):
  snippets11 made the opposite call ('a mobilisation day's year may come from the page date or the title'). Three
  snippets differ under it (yangzhong 2018-10-24 start; chongchuan 2020-04-28 start; anhui eco 2019-09-23..2019-10-31);
  their truths are left as labelled before the run and the conflict is reported to the lead.
  session 17: settled by the schema (corpus/README.md: "Dates given without a year are resolved from the document's
  context"): the page's date is the document's context, so it lends its year to a bare day, as snippets11 and
  snippets19 (taizishan) read it. The three truths now give yangzhong start 2018-10-24 (end null: a duration gives no
  end), chongchuan start 2020-04-28, anhui eco 2019-09-23..2019-10-31.
- NEW: a year named in the inspecting group's name dates its entry ('上海市統計局2024年第4統計督察組12月3日進駐' →
  2024-12-03), as snippets10's ycit took the year from the notice read at the mobilization.
- A start with only a duration gives no end ('正式进驻金山区,开展为期8天的统计督察' → start only; '为期十天').
- Dates that lost their 年/月 are read as written ('201944日至615日' → 2019-04-04..2019-06-15).
- Petition deadlines ('受理信访截止时间:2025年6月6日', '信访受理截止时间为2025年8月22日上午12时'), cut-off days of
  petition statistics ('截至2025年7月1日'), meetings, month-only spans ('2018年7月至2019年6月', '2023年9月'),
  '今年1月份' and template dates ('今年X月XX日', 'xx年度') give no date. A feedback meeting dated with a year is the
  feedback date (bgy: '2022年10月31日,我校召开…专项巡察意见反馈会'). A round '正式启动' on a dated day is the start
  (hklz: '2022年5月5日,县委正式启动第三轮巡察工作'); a 督导检查 begun on a dated day likewise (devzone saohei).
- D.M.Y page dates are read ('24.10.2015  12:23' → 2015-10-24). A portal's 成文日期 (no signature, no 发布时间) is the
  report date (quzhou). A date line under the speaker of a work report is the report date ('(2022年2月28日)'), as
  blind9.
- Headline: the first count of problems stated is problems_total; approximations ('60余件') are skipped; counts of 整改
  任务 set by a plan are problems (as snippets9/10: spp '提出87项整改任务' → 87). 'N个问题中,M个已经解决' gives M done.
  NEW: problems self-found in a self-examination (主题教育 检视出的28个问题; 大整风 查擺出來的11項問題) are headline
  figures like an inspection's; problems counted in 处/项次 are problems ('发现问题90处', '發現問題30項次'); but sites or
  points that have problems ('126個點位存在環境問題'), hazards ('查處安全隱患45處'), violation cases ('违规病例40例'),
  checklist items ('26类300项问题清单', '28项重点的监督清单'), items fixed on the spot ('边巡边改事项 18 件'), kinds
  ('4大类违规问题'), aspects ('五个方面的问题'), petitions, clues, people and bodies are not. NEW: a weekly batch reviewed
  at a meeting ('上周走访收集上来的32个…问题') is a subset; the running total ('全乡收集到的231个问题,已经解决126个') is the
  headline (as snippets10's subset rule). '细化205条整改措施' → measures 205; '建立完善制度70个', '促进完善制度27项' →
  rules_made.
"""
from pathlib import Path

from make_truths import head, ins
from make_truths_snippets10 import doc, write_snippets

HERE = Path(__file__).resolve().parent.parent / "snippets12"


DOCS = {
    # --- courts, procuratorates and central rounds: dates ------------------------------------------------------------
    "spp_central_round4_progress_87_tasks": doc(
        "https://haerbin.baogaosu.com/xinwen/%E5%85%B3%E4%BA%8E%E5%8D%81%E4%B9%9D%E5%B1%8A%E4%B8%AD%E5%A4%AE%E7%AC%AC%E5%9B%9B%E8%BD%AE%E5%B7%A1%E8%A7%86%E6%95%B4%E6%94%B9/88580742",
        ["A central-round bulletin on a city-news mirror: title, then '2019年9月9日至11月25日' (end takes the start's "
         "year) and feedback '2020年1月3日'.",
         "'今年1月6日、1月21日' are plan meetings; '提出87项整改任务' → 87 (plan tasks as problems, snippets9/10's call)."],
        kind="bulletin", title="中共最高人民检察院党组关于十九届中央第四轮巡视整改进展情况的通报",
        issuer="中共最高人民检察院党组",
        inspection=ins(start="2019-09-09", end="2019-11-25", feedback="2020-01-03"), headline=head(87)),
    "spp_central_round4_progress_trad_lead": doc(
        "http://www.hfzxmc.com/news/guonei/2020-11-05/1144702.html",
        ["The same bulletin's title and lead in traditional characters with pinyin glosses ('關(guān)于', '通報(bào)') on "
         "an unrelated host; glosses kept in the title."],
        kind="bulletin", title="中共最高人民檢察院黨組關(guān)于十九屆中央第四輪巡視整改進(jìn)展情況的通報(bào)",
        issuer="中共最高人民檢察院黨組",
        inspection=ins(start="2019-09-09", end="2019-11-25", feedback="2020-01-03")),
    "shantou_procuratorate_xuncha_notice_signed": doc(
        "https://stjcy.gov.cn/index.php/home/view?id=11891",
        ["A stationing notice: '从2025年3月14日至6月13日' is the period; '受理信访截止时间:2025年6月6日' is the petitions "
         "deadline; signed '中共汕头市委第七轮第一巡察组 2025年3月14日' (report date). Phone numbers, '8:30-12:00', "
         "'6楼', '66号' are not figures."],
        report_date="2025-03-14", inspection=ins(start="2025-03-14", end="2025-06-13")),
    "zhongshan_procuratorate_xuncha_progress": doc(
        "https://www.zhongshan.jcy.gov.cn/article/view/cateid/50/id/18792.html",
        ["No title line: '2024年4月1日至6月28日', feedback '2024年7月31日'."],
        inspection=ins(start="2024-04-01", end="2024-06-28", feedback="2024-07-31")),
    "zhongshan_first_court_xuncha_progress": doc(
        "https://www.zscourt.gov.cn/Article/view/cateid/18280/id/89212.html",
        ["A court's progress bulletin, headings inline ('一、… (一)…') in one paragraph: '2024年9月23日至2024年12月20日', "
         "feedback '2025年1月13日' (the next year)."],
        inspection=ins(start="2024-09-23", end="2024-12-20", feedback="2025-01-13")),
    "qingyang_court_linked_xuncha_feedback": doc(
        "https://www.cdqy.sichuanpeace.gov.cn/fy/20240822/2902833.html",
        ["Feedback '2024年8月14日上午' stated first, then the period '2024年3月22日至4月22日'; '十二届省委第四轮巡视' names "
         "the round."],
        inspection=ins(start="2024-03-22", end="2024-04-22", feedback="2024-08-14")),
    "yangzhong_court_judicial_patrol_ten_days": doc(
        "https://js.yzfy.gov.cn/article/detail/2018/11/id/4837601.shtml",
        ["A court's page: breadcrumb, title, '发布时间:2018-11-05 09:51:00 打印 字号: | |' (report date), blank lines.",
         "A 司法巡查 starting '10月24日' with no year in the text and '为期十天' (NEW call: the page date gives no year to "
         "a bare day; a duration gives no end): no inspection date.",
         "session 17: the page date lends its year (schema: resolved from the document's context): start 2018-10-24, "
         "end null (a duration gives no end)."],
        title="镇江中院对我院开展第二轮司法巡查", report_date="2018-11-05", inspection=ins(start="2018-10-24")),
    "guangyuan_city_xunshi_progress_lead": doc(
        "http://www.gy-zao.com/page104?article_id=27455",
        ["A city's provincial-round progress lead on an unrelated host: '2024年8月27日至11月22日', feedback "
         "'2024年12月27日'."],
        inspection=ins(start="2024-08-27", end="2024-11-22", feedback="2024-12-27")),
    "yicheng_county_xunshi_progress_205_measures_70_rules": doc(
        "http://gumacaofang.com/product/3489.html",
        ["A county-level city's bulletin on a product-page host: period '2023年4月7日至6月6日', feedback '2023年7月26日'.",
         "'细化205条整改措施' → 205 measures; '建立完善制度70个' → rules 70; '14名市领导', '29家', '督办检查16次', '提醒函3次', "
         "'简报11期' are not figures. No problem count stated."],
        kind="bulletin", title="宜城市委关于十二届省委第三轮巡视集中整改进展情况的通报", issuer="宜城市委",
        inspection=ins(start="2023-04-07", end="2023-06-06", feedback="2023-07-26"), headline=head(mt=205, rules=70)),
    "moe_2016_xunshi_rectification_spam_word": doc(
        "http://sdyjmm.com/htmlnews/2016/5/344929.shtm",
        ["A 2016 central-round lead with a casino brand injected into a regulation's name ('《明升中国共产党巡视工作条例》'). "
         "'2015年10月31日至12月31日', feedback '2016年2月1日'."],
        inspection=ins(start="2015-10-31", end="2015-12-31", feedback="2016-02-01")),
    "moe_2016_xunshi_rectification_dated": doc(
        "http://edu.qsj5.cn/3g/show.asp?d=15210&m=1",
        ["The same bulletin on an admissions site: chrome, title, '(编辑:中国招生 日期:2016年04月30日 浏览: 加入收藏 )' "
         "(report date), indented lead."],
        kind="bulletin", title="中共教育部党组关于巡视整改情况的通报", issuer="中共教育部党组", report_date="2016-04-30",
        inspection=ins(start="2015-10-31", end="2015-12-31", feedback="2016-02-01")),
    "moe_2022_round7_progress_portal": doc(
        "http://101.201.78.234/jy/view?id=4855",
        ["Title, then a source line with '发布时间:2022-04-18 20:58 点击量:184 大' and the font-size chrome '中'/'小' on their "
         "own lines. '2021年5月8日至7月5日', feedback '2021年9月2日'."],
        kind="bulletin", title="中共教育部党组关于十九届中央第七轮巡视整改进展情况的通报", issuer="中共教育部党组",
        report_date="2022-04-18",
        inspection=ins(start="2021-05-08", end="2021-07-05", feedback="2021-09-02")),
    "central_2015_round3_financial_dmy_date": doc(
        "https://nanjing.baogaosu.com/xinwen/%E4%B8%AD%E5%A4%AE%E5%B7%A1%E8%A7%86%E9%A3%8E%E6%9A%B4%E5%88%AE%E5%90%91%E9%87%91%E8%9E%8D%E7%B3%BB%E7%BB%9F%E4%B8%80%E8%A1%8C/39312371",
        ["A 2015 news page: title, a D.M.Y date line '24.10.2015  12:23' (report date), a photo caption. '23日' has no "
         "month; '31家', '21席', '14家', '15家' count bodies."],
        title="中央巡视风暴刮向金融系统 “一行三会”等将体检", report_date="2015-10-24"),
    "central_round8_financial_entry_two_months": doc(
        "http://gb1.crntt.com/doc/7_0_106198235_1.html",
        ["'中评社北京10月13日电' has no year; '为期两个月左右' no end; '25家金融单位' bodies."]),
    "central_financial_xunshi_commentary_2024": doc(
        "https://zzsj.com.cn/4538pxko.shtml",
        ["Commentary: '今年2月' is month-only; '5家中管金融企业' bodies; round names only."]),
    "tax_system_xunshi_regulation_trad": doc(
        "http://416w.cn/2017/0721/956501_2.shtml",
        ["Traditional with glyph glosses; a speech section's heading line and its first paragraph: no date, no figure."],
        title="以新《條例》為指南推動(dòng)稅務(wù)系統(tǒng)巡視工作向縱深發(fā)展"),
    # --- county and city rounds, villages, communities -------------------------------------------------------------
    "pingyu_county_round10_xuncha_start": doc(
        "https://www.kflz.gov.cn/sitesources/zmdjw/page_pc/gzdt/xsxc/qdjz/articlee6d1824ac947405dbfdaa3132242526b.html",
        ["Breadcrumb, title, '发布时间:2025-07-21 来源:驻马店纪检监察网' (report date). '于2025年7月14日至8月22日' is the "
         "period; '8个巡察组', '14个党组织', '2个' count bodies."],
        title="平舆县:十三届县委第十轮巡察启动", report_date="2025-07-21",
        inspection=ins(start="2025-07-14", end="2025-08-22")),
    "county_round3_xuncha_start_petition_deadline": doc(
        "http://www.hklz.gov.cn/05/03/202205/t20220510_5481504.html",
        ["'2022年5月5日,县委正式启动第三轮巡察工作' → start; '截至5月7日…全部完成进驻' is not a date of the inspection; "
         "'受理信访时间截止到2022年6月24日' is the petitions deadline, not the end."],
        inspection=ins(start="2022-05-05")),
    "minqing_round9_township_xuncha_entry": doc(
        "http://fzmq.gov.cn/xjwz/zwgk/gzdt/202408/t20240819_4877629.htm",
        ["'近日…完成进驻': no date; no figure."]),
    "zhakou_communities_xuncha_feedback_lost_chars": doc(
        "http://qjpjw.gov.cn/a/benjixunshixunchaqingkuang/fankui/20190902/1941.html",
        ["Breadcrumb, title, '时间:2019-09-02 12:00' (report date). The page lost characters: '委' for 区委, '委第巡察组', "
         "'201944日至615日' (read as written: 2019-04-04..2019-06-15), feedback '816日' (2019-08-16, the period's "
         "year); '85日、89日' are meetings."],
        title="区委第一巡察组向闸口街道6个社区党委反馈巡察情况", report_date="2019-09-02",
        inspection=ins(start="2019-04-04", end="2019-06-15", feedback="2019-08-16")),
    "bgy_college_double_high_special_xuncha_feedback": doc(
        "https://www.bgy.edu.cn/xxxw/dde88dbf7b2b4d8fa7a99d66a0f5257d.htm",
        ["A college's 专项巡察 feedback meeting '2022年10月31日' → feedback date; no period stated."],
        inspection=ins(feedback="2022-10-31")),
    "wenshan_township_village_raised_xuncha_trad": doc(
        "http://qdubb.cn/html/2025/xunshixuncha_0303/135577.html",
        ["Traditional, a 提级巡察 review with no date; '14個村(社區)' bodies."]),
    "xiangcheng_village_lookback_562_new_old_ills": doc(
        "https://manage.hnsjw.gov.cn/sitesources/hnsjct/page_pc/hnxsxc/xcgz/sxxc/article63cc4d92ad68497f9b85dd88d55bb575.html",
        ["'问题60余件' is an approximation; '448个村', '7类', '28项重点的监督清单' (checklist items), '40个' are not "
         "problems. The 回头看 of 40 villages '发现…“旧症”和…“新疾”562个' → 562 (the first exact problem count); clues, "
         "cases and people (30件, 18人, 13人) are not. '2025年' alone is no date."],
        headline=head(562)),
    "xinjiang_shanxi_county_village_extension_abstract": doc(
        "https://scholarmate.com/S/r8kKfZ",
        ["An abstract with '<正>': '220个', '153个' count village party bodies, '69.5%' a rate."]),
    "zhongzhan_community_xuncha_return_visit_paper": doc(
        "http://epaper.jzrb.com/rb/html/2019-10/30/content_563645.htm",
        ["A newspaper story: '今年1月份' is no date; dialogue in quotes."]),
    "community_xuncha_fix_while_patrolling_template": doc(
        "https://www.mishuzj.com/doc/187111.html",
        ["A 秘书之家 template with its watermark fused to the title ('www.mishuzj.comXX 市 XX 区:…'); '11 个社区' bodies; "
         "'边巡边改事项 18 件' are items fixed on the spot, not a problem count."]),
    "chongchuan_community_xuncha_story_repost": doc(
        "http://hzqjw.cn/a/xuanchuanjiaoyu/waibujingyan/2021/0924/7333.html",
        ["A repost under another district's chrome: title, '时间:2020-07-01 15:18 来源:洪泽纪委' (report date). '4月28日' "
         "has no year; '6个社区' bodies.",
         "session 17: the page date lends its year to '4月28日,…巡察二组进驻…' (schema): start 2020-04-28."],
        title="南通市崇川区:让群众感受到巡察监督就在身边", report_date="2020-07-01", inspection=ins(start="2020-04-28")),
    "dusi_village_xuncha_entry_trad_doubled_commas": doc(
        "https://nku514.com/zhxw/20293.html",
        ["Traditional with glyph glosses and doubled punctuation (',,', ',。', ',、'); '11月4日' has no year."]),
    "deqing_village_xuncha_full_coverage_paper": doc(
        "http://zjrb.zjol.com.cn/html/2020-09/30/content_3370886.htm?div=-1",
        ["A newspaper page: masthead, page name, title, author, body, and a trailing metadata line '浙江日报 今日湖州 00023 "
         "巡察实现全覆盖 2020-09-30 … 2020年09月30日 星期三' (report date). '今年9月', '10月底前' no date; '3天后' no."],
        title="巡察实现全覆盖", report_date="2020-09-30"),
    "shangrao_gov_office_xuncha_feedback_four_areas": doc(
        "https://www.zgsr.gov.cn/zgsr/bmdt/202407/89d98be3b10c4df3b3f3a6ca0ad5099c.shtml",
        ["Feedback news: '7月19日' has no year; the problems are four areas inline ('一是…四是…'), no count."]),
    "cennan_township_public_complaints_231_2014": doc(
        "http://www.lxxww.com.cn/content/2014/07/10/6524380.html",
        ["'7月7日' a meeting (no year). '上周走访收集上来的32个…问题' is the week's batch (a subset; typo '群众群众'); "
         "'全乡收集到的231个问题,已经解决126个,正在办理中105个' → 231/126 (NEW call: the running total, not the batch)."],
        headline=head(231, 126)),
    "lvting_town_living_environment_ducha_288": doc(
        "http://www.itongcheng.cc/news/xiangzhen/55803.html",
        ["A town's 人居环境 督查: '近日', '为期三天' no date; '7个部门', '14人', '26个示范村庄点' are not figures; '此次督查共"
         "发现问题288个' → 288."],
        headline=head(288)),
    # --- statistics 督察 ---------------------------------------------------------------------------------------------
    "jinshan_statistics_ducha_entry_8days": doc(
        "https://zszx.sh.cn/node/1493?page=7",
        ["'2024年12月3日…正式进驻金山区,开展为期8天的统计督察工作' → start only (a duration gives no end)."],
        inspection=ins(start="2024-12-03")),
    "jinshan_statistics_ducha_entry_trad": doc(
        "http://www.dingqianjf.com/news/show/419c7082a745b8e9.html",
        ["Traditional with glosses: '上海市統計局2024年第4統計督察組12月3日進駐' → 2024-12-03 (NEW call: the year in the "
         "group's name dates its entry)."],
        inspection=ins(start="2024-12-03")),
    "fangshan_statistics_ducha_rectification_visit": doc(
        "https://www.funhillrm.com/news/local/2021-06-02/22730.html",
        ["Title line, then a survey visit '5月31日下午' (no year): nothing to read."],
        title="市统计局调研组到我区调研统计督察整改落实等工作"),
    "boluo_statistics_ducha_forum_trad": doc(
        "http://www.yuanhaizheng.cn/bmzb/xtjj/zwgk/gzdt/content/post_4232065.html",
        ["Traditional; '3月30日上午' (no year) a forum; a mojibake '??h委' for 縣委."]),
    "shigu_statistics_month_survey_29_firms": doc(
        "http://www.hysgq.gov.cn/sgdt/bmdt/20210415/i2349093.html",
        ["One closing sentence: '29家“四上”企业' are firms visited."]),
    "yuhang_statistics_credit_midterm_check": doc(
        "https://tjj.hangzhou.gov.cn/art/2019/7/17/art_1652150_35784488.html",
        ["A table-layout page ('| ||||||||'): title, body in one cell. '16个镇街', '2个基层单位', '四个督查组' are not "
         "figures; no date."],
        title="余杭区积极开展统计信用中期督查"),
    # --- eco 督察 and petitions ----------------------------------------------------------------------------------------
    "eco_lookback_first_batch_start_garbled_trad": doc(
        "http://m.ydiw.cn/detail/406.html",
        ["Traditional with glosses and replacement characters ('國(guó)�(wù)院', '�6�(gè)'); '6個', '1個月' are not figures; "
         "'近日' no date."]),
    "sichuan_provincial_eco_ducha_sinking_trad": doc(
        "https://www.saolv.com.cn/html/xw/dzyw/28866.html",
        ["'四川在線 2017年02月22日' is the page date (report date). '2月21日', '截至2月20日', '2月9日以來' carry no year in "
         "the text (NEW call: the page date lends none). '8個', '48個', '200人', '16個', '9100余份', '823個', '7起', "
         "'1329件' are bodies, people, documents, sites and petitions."],
        report_date="2017-02-22"),
    "anhui_provincial_eco_ducha_batch1_ended_trad": doc(
        "http://sbelements.com/info/detail/49-29446.html",
        ["Table chrome ('|', '訂閱社區雜志 |'), title, '(時間:2019-11-12 15:48:10) |' (report date).",
         "'9月23日至10月31日…進駐' has no year in the text ('今年第一批'; NEW call: the page time lends none): no dates. "
         "'1341件', '809件' are petitions; firms, people, sites are not figures.",
         "session 17: the page time lends its year ('今年' in the text too; schema): 2019-09-23..2019-10-31."],
        title="今年第一批省級環(huán)保督察結束進駐 交辦1341件信訪件", report_date="2019-11-12",
        inspection=ins(start="2019-09-23", end="2019-10-31")),
    "tongling_provincial_eco_ducha_batch10_petitions": doc(
        "https://www.zy234.com/archiver/tid-352915.html",
        ["A forum archive: title, then '来源:铜陵新闻网—铜陵日报' fused to the lead '4月17日,…' (no year). Petitions only."],
        title="省第一生态环境保护督察组向铜陵市转办第十批信访件"),
    "province_central_eco_ducha_batch26_petitions": doc(
        "https://yq.gov.cn/zthj/zyzt/dslzysthjbhdczsx/bdbg/202507/t20250701_2082743.shtml",
        ["'截至2025年7月1日' is a petitions cut-off; '97件', '75件', '19件', '3件' are petitions."]),
    "xuancheng_provincial_eco_ducha_petitions_signed_trad": doc(
        "http://996630.com/News/show/1556876.html",
        ["Traditional with glosses: a page date '2024-05-29' on top, the signature '安徽省生態環境保護督察宣城市協調聯絡組 "
         "2024年5月8日' below (the signature is the report date). '8件', '138件' petitions; '12個問題' are petitions' issues."],
        report_date="2024-05-08"),
    "zhejiang_central_eco_ducha_batch9_petitions": doc(
        "https://tfhid.com/art/2024/5/16/art_1546385_60210785.html",
        ["Title line with table chrome ('|'); '5月16日' no year; all counts are petitions."],
        title="中央第二生态环境保护督察组向浙江省转办第九批群众信访举报件132件"),
    "shaanxi_central_eco_ducha_petitions_by_kind": doc(
        "https://news.hsw.cn/system/2025/0626/1853315.shtml",
        ["Petitions counted by kind ('水污染问题11个…'): petitions' issues, not problems; '截至6月25日' no year."]),
    "air_pollution_strengthened_ducha_points_spam_trad": doc(
        "http://jpbzzn.cn/focus/2017/0918/16970.html",
        ["A porn-spam header line above a traditional copy with glosses; title line. '9月15日' no year; '11輪次', '28個"
         "督查組'; '1711個…點位…126個點位存在環境問題' count points, not problems (NEW call)."],
        title="環(huán)保部:虛報(bào)整改完成情況等問題最為突出"),
    # --- 扫黑除恶, campaigns, health insurance, food and safety checks ------------------------------------------------
    "qinan_saohei_ducha_check_noyear": doc(
        "http://www.qinan.gov.cn/info/10672/228271.htm",
        ["'11月26日至27日' a 督导检查 with no year: no date."]),
    "devzone_saohei_ducha_check_start": doc(
        "https://muncard.com/jkq/new/show/67c915dc12fb4bee9d8ca552eb460b8d.html",
        ["'2019年5月5日,区扫黑办牵头…开展扫黑除恶专项斗争督导检查工作' → start (a check begun on a dated day); "
         "'第10督导组', '第八督导检查组' are names."],
        inspection=ins(start="2019-05-05")),
    "central_saohei_round2_entry_noyear": doc(
        "http://m.xinwenlianbo.tv/zhibo/61722.html",
        ["'4月1日至10日…完成…进驻工作' has no year: no date; '11个省、区、市' bodies."]),
    "city_civilized_city_ducha_90_spots": doc(
        "http://xwzx.bpxww.com/network/xwzx/2023/07/01/531061008001668711.shtml",
        ["A 创城 督查 '6月27日' (no year); '发现问题90处' → 90 (problems counted in 处, NEW call)."],
        headline=head(90)),
    "civilized_campus_ducha_doubled_commas_trad": doc(
        "https://akcjnk999.com/bumen/2023-10-18/440173.html",
        ["Traditional with glosses and doubled commas; '近日'; '6個', '3個' bodies."]),
    "county_medical_insurance_audit_4_violations": doc(
        "https://www.cngy.gov.cn/gongkai/show/20210929095802-35130-00-000.html",
        ["Circled numbers '⑴⑵⑶' run inline. '通过稽核累计发现违规问题4个' → 4; '病例120份', '违规病例40例' are cases; money "
         "is not a figure."],
        headline=head(4)),
    "lizhou_medical_insurance_selfcorrect_four_kinds": doc(
        "https://lzq.gov.cn/news/show/20250325090805023.html",
        ["'4大类违规问题', '10项违规行为' are kinds; '45家' bodies; money."]),
    "medical_insurance_selfcheck_template_xx": doc(
        "https://31ppt.com/d-7064115.html",
        ["A doc-site template: '.docx' file name line fused to the report's title; '今年X月XX日', 'XXXX年' placeholders: no "
         "date, no figure."]),
    "medical_insurance_crackdown_forum_junk": doc(
        "https://www.icbw.com.cn/forum.php?action=printable&mod=viewthread&tid=208493",
        ["A forum printable page with a junk tail (') u B\\' E y! L9 e, x6 q'); '9000家次' are checks."]),
    "zhongwei_medical_insurance_300_item_checklist": doc(
        "http://nxzwnews.net/xw/zwxx/202411/t20241106_5020114.html",
        ["'26类300项问题清单' is a checklist of problem types, not problems found; '317家' bodies; money."]),
    "shenzhen_special_food_flight_check_30_items_trad": doc(
        "http://binuoshi.com/pp/content/2023-10/12/content_8987606.htm",
        ["Traditional with glosses. '2023年9月' is month-only; '10家次', '3家次' are checks of firms; '檢查共發現問題30項次"
         "(其中重點項19項次,一般項11項次)' → 30 (problems counted in 项次, NEW call)."],
        headline=head(30)),
    "taoyuan_town_food_safety_check_noyear": doc(
        "https://www.fensifuwu.com/emotion/me/2562418.html",
        ["'12月15日' a food-safety check with no year: nothing."]),
    "wenshang_safety_check_forum_junk_trad": doc(
        "http://m.junkejituan.com/forum.php?action=printable&mod=viewthread&tid=102203",
        ["Traditional forum copy with injected junk lines ('% A# l6 z7 Q+ …'). '12月10日至11日' no year; '檢查單位13家', "
         "'查處安全隱患45處' (hazards, not problems; NEW call), '停產整頓3家' are not figures."]),
    "safety_check_rectification_form_manual": doc(
        "http://mirvacam.com/Manage/Check/200805/15942_9.shtml",
        ["Instructions of a safety-check form: '10天內' is a time limit, '(1)(2)(3)' are notes, not problems."]),
    "school_dangerous_buildings_ducha_template_x": doc(
        "http://e.wenmi.ren/Article/ShowArticle.asp?ArticleID=258739",
        ["A 文秘 site preview ('内容预览:'), title, subtitle with '——', 'xx乡', 'x个乡镇' placeholders: no figure."],
        title="危房自查与督查情况差距较大改建工作亟待加强"),
    "spring_school_opening_ducha_2016_spam_trad": doc(
        "http://m.acmerblog.com/news/20160225/477705.html",
        ["Traditional, the title twice around a breadcrumb; '2月24日電' no year ('2016年' only in a notice's name); "
         "'50%', '8個', '16個' not figures."],
        title="中國開展春季開學專項督查 農村學校不少于五成"),
    # --- self-examinations, meetings, essays ------------------------------------------------------------------------
    "theme_education_group17_results_big5": doc(
        "http://chuxin.people.cn/BIG5/n1/2019/0823/c428144-31312143.html",
        ["Big5 copy with breadcrumb, column line, title, subtitle '——…側記', byline, '2019年08月23日07:15 來源:…' (report "
         "date). '8月21日下午' a meeting; '7家單位', '20天' not figures.",
         "'中央統戰部領導班子檢視出的28個問題中,4個已經解決、18個正在解決' → 28/4 (NEW call: self-found 主题教育 problems "
         "are headline figures); '594個問題,已初步解決321個' is the system's, stated second."],
        title="以更高標准把問題解決好", report_date="2019-08-23", headline=head(28, 4)),
    "soe_big_rectification_life_meeting_11_items_trad": doc(
        "http://bsfxy.cn/page105?article_id=50",
        ["Traditional with glosses. '2018年7月12日下午3時' is a 民主生活会, not an inspection; '16位同志' people; "
         "'查擺出來的11項問題' → 11 (NEW call, self-found problems)."],
        headline=head(11)),
    "district_three_stricts_portrait_meeting": doc(
        "http://106.37.81.211:8082/wlyq/sjs_wlyq-2108.html",
        ["A 三严三实 work meeting '8月12日' (no year) on a bare-IP host; nothing to read."]),
    "group_three_stricts_check_trad": doc(
        "https://m.tzrunheng.com/jtxw/info_9.aspx?itemid=653",
        ["Traditional; '10月15日至23日' a 督查调研 with no year."]),
    "maiji_health_branch_life_meeting_five_aspects": doc(
        "https://www.maiji.gov.cn/info/1221/18991.htm",
        ["'3月10日下午' (no year); '五个方面的问题' are aspects; '2020年度' names the year of the award."]),
    "soe_xunshi_rectification_essay_2025": doc(
        "http://china.bpsa.org.cn/contents/281/34677.html",
        ["An essay: title, '2025-08-09' (report date), source line, 导语."],
        title="国有企业巡视整改存在的问题及对策建议", report_date="2025-08-09"),
    "xuncha_feedback_essay_15_receipts": doc(
        "https://www.21xqjy.com/archive/fan-kui-xun-cha-qing-kuang-ru-he-que-bao-wen-ti-zheng-gai-dao-wei-bing-xing-cheng-zhang-xiao-ji-zhi.html",
        ["An essay's example: '2023年差旅费报销中,有15笔未附行程单' (receipts in a hypothetical), 'XX元': nothing."]),
    "yueyang_urban_management_work_report_dated": doc(
        "http://cgj.yueyang.gov.cn/9919/9940/20352/content_1917974.html",
        ["A work report, not a rectification: a long title line, '来源:市城管局 2022-03-10 11:51', then the speaker line "
         "and '(2022年2月28日)' under it (the report date, as blind9)."],
        title="立足更高定位 彰显更大作为 推动城市管理和综合执法事业高质量发展 以优异成绩迎接党的二十大胜利召开",
        report_date="2022-02-28"),
    "quzhou_audit_work_report_2018_rules27": doc(
        "https://www.qz.gov.cn/art/2019/11/26/art_1229039043_215920.html",
        ["Portal metadata in table rows ('索引号: | … | 成文日期: | 2019-11-26 |'; the 成文日期 is the report date, no "
         "signature), the title split over two lines, the speaker line.",
         "'2018年7月至2019年6月' month-only; projects (108个), announcements (130份), money, '被采纳131条' recommendations "
         "are not figures; '促进完善制度27项' → rules 27. No problem count."],
        title="关于2018年度市级预算执行和其他财政收支的审计工作报告", report_date="2019-11-26",
        headline=head(rules=27)),
}


def main() -> None:
    write_snippets(HERE, DOCS)


if __name__ == "__main__":
    main()
