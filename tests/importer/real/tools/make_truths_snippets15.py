"""Write the truth files of tests/importer/real/snippets15: a held-out set of real lead paragraphs labelled in session 14
by helper label15, who did not change the parser and did not read zhenggai/importer/ or tests/importer/*.py. Scored once
on the worktree's untouched parser (FIRST_RUN_snippets15.txt) before anything else changed.

Each text is the lead paragraph(s) of one page of the search tool's ``pages`` corpus, copied as returned (ASCII commas
and colons, traditional copies with their glyph glosses such as ``學(xué)``, a stray ``?傮w`` where the page lost
characters, site chrome, date/source lines, a date that lost its 月/日 ('81,')). A snippet starts at the title line or
the lead and stops at a paragraph end (the stored excerpt's later, cut paragraphs are left out). None of the 38 urls is
in an earlier truth: host+path+query compared, scheme and ``www.`` ignored, against every ``"url"`` in the JSON under
/work/main/tests/importer, /work/shared/corpus and this worktree's tests/importer, and every url quoted in
/work/main/tests/importer/real/tools/*.py (564 known urls). Each page gives one snippet. Not labelled: mirrors of texts
already labelled under another url (dgchwlkj.com spun 26条 copy = snippets10's spun copy; jianshuapi.com 督导 weekly =
blind10 road_supervision_brief; m.ilynn.cn 南宁 审计整改函; nanhaizi.org 1532项), and one of two copies of the State Grid
nine-rounds feature (m.news.shi-fen.com/china/202112/50-1185570.html, simplified; the traditional copy is labelled).

Queries (``pages`` corpus; none is in make_truths_snippets13.py's or make_truths_snippets14.py's list): 巡察整改进展情况
通报 机关党委 反馈问题 整改完成; 关于巡视整改进展情况的通报 集团 党委 2021年; 生态环境部 督察 整改 公开 进展 县 已完成 任务;
審計整改 報告 問題 已整改 金額 縣; 巡察反馈问题整改 台账 销号 镇党委 2024年 完成整改 个; 县委巡察组 反馈会 召开 指出问题 整改
期限 两个月; 国家电网 公司 党委 巡察 整改 成效 问题 项 完成; 市委巡察整改工作 推进会 整改率 完成整改问题 条 立行立改; 巡视
整改 公布 高校 整改进展 2022年 党委 反馈 意见; 区委巡察 整改成效 群众 满意度 测评 问题 已整改 制度 建立; 環保督察 回頭看
整改 反饋 省 問題 整改方案 任務 項; 审计厅 审计发现问题 整改 推动 制定完善制度 整改金额 亿元 2023年; 巡察整改情况公示 社区
反馈问题 整改完成 联系电话 公示期; 整改通报 中共 委员会关于 巡察整改 进展情况 2023年 县委巡察组 对 开展了巡察; 部党组 中央
巡视 整改 召开会议 研究部署 巡视反馈意见 整改 领导小组; 督察整改 验收 销号 通过 市级 环境问题 完成整改 个; 巡察“回头看”
整改 不到位 问题 重新交办 区委 2022年; 巡視整改進展情況 公布 中央 第 輪 巡視 單位 黨組 整改 完成; 經濟責任審計 發現問題
整改 完成 鄉鎮 幹部 離任; 机关 巡察 反馈问题 整改 清零 完成率 100% 专题会议 党支部; 医保基金 飞行检查 发现问题 整改 追回
通报 医院; 省委巡视组 巡视 反馈 市委 整改 专题会议 书记 2023年 整改任务 条; 消防 检查 通报 隐患 整改 责令 单位 期限; 派驻
纪检组 监督 巡察整改 驻在单位 督促 问题 整改到位 项; 巡察组 进驻 村 党支部 集中反馈 问题 条 整改 时限 2021年; 中央生态
环境保护督察 第三轮 反馈 整改方案 公开 问题 项 省 2024年; 巡视反馈意见整改落实情况 报告 党委 二级学院 问题 整改措施 条
已完成. Three snippets are different agencies' texts on one event (第三轮第二批 central eco feedback: 中新网, 新华社,
人民日报), kept as different wordings, not mirrors.
As in snippets14, most results were known urls (about three in four); the set leans to kinds the earlier sets hold few
of: SOE groups (CSCEC, State Grid, a farm group), 派驻纪检组 supervision features, 医保 飞行检查 (health-insurance fund
flight checks), a fire-safety campaign, 巡察工作领导小组 meetings, eco-督察 acceptance/销号 meetings, a weekly air 督查.
No page returned held a numbered problem list with measures/status (the 荆州 weekly's '具体明细附后' list is an image
caption in the stored copy, see its anomalies), so there is no blind14 set.

Schema and conventions as in make_truths_snippets9.py, make_truths_snippets10.py, make_truths_snippets13.py and
make_truths_snippets14.py: ``problems`` always empty; ``excerpt`` true; ``genre`` ``"snippet"``; ``kind`` only when a
title line names a rectification 通报 or 整改方案 (none here does); ``title``/``issuer`` only when the title line names a
rectification or inspection document (news headlines null); ``report_date`` from a signature or a page/source date line
inside the snippet; ``inspector``/``inspected`` null. Days with no year give no date; month-only and month-part periods
give none; petitions deadlines, meetings, talks (约谈) and dispatch meetings give no inspection date. Stage-wise or subset
progress ('需要今年年底前完成整治的4276個…2827個', '立行立改的1786个、分阶段整改的817个…分别有1691个、513个',
'整改时限在2020年底须完成的…5个问题'), approximations ('1300多项'), money, bodies, people, sites, questionnaires are not
headline figures; a round summary's '發現問題N個' is problems_total, '整改措施N項' measures_total, '制度N項' rules_made.

Judgement calls new in this set (each also said in the truth's anomalies):
- NEW: a day that lost both 月 and 日 ('根据集团党委统一部署,81,集团党委巡察组已完成…进驻') is not read (it could be
  8月1日 or 8月(1)…; snippets10 read '20211025日' only because the 日 was kept).
- NEW: when a rectification commentary gives two measure counts, one for a side campaign ('突出問題專項整治…細化87項整改
  措施') and one for the inspection's own rectification plan ('落實中央巡視反饋意見整改落實工作方案…細化133項整改措施'),
  the plan's count is measures_total (133); '起草修訂相關制度97項' is rules_made.
- NEW: a weekly 督查's period with no year in the lead ('7月1日至7月7日') takes its year from the caption line of the
  same snippet that repeats it with a year ('2019年7月1日至7月7日大气污染防治突出问题清单').
- NEW: a progress count with no total over a span of the year ('今年来截至3月…推动州委第五轮巡察问题整改101个') is subset
  progress, not problems_done; '指出问题30个' by a guidance group during its visits is not the round's problem count.
- NEW: a '向社会公开巡察“回头看”反馈情况' notice's title names an inspection document: title set, issuer the group the
  title names; its signature ('中共高要区委巡察办') carries no date, so no report_date.
- NEW: a repost with two date lines, a reposting site's '发布时间:2024-11-26' above and the paper's edition line
  '《 人民日报 》( 2024年08月26日 14 版)' below, takes the edition line (the source's date) as report_date.
  SETTLED in session 15 the other way (the lead): the page's 发布时间, as snippets11's mirror and issue 10's rule
  ('the signature date, or the page's 发布时间 when there is no signature').
- NEW: a round's launch day ('第三轮…督察11月21日全面启动…第一批…开展为期约1个月的督察进驻工作', year from the e-paper date
  line '2023年11月22日') is the inspection start."""
from pathlib import Path

from make_truths import head, ins
from make_truths_snippets10 import doc, write_snippets

HERE = Path(__file__).resolve().parent.parent / "snippets15"

DOCS = {
    # --- SOE groups ------------------------------------------------------------------------------------------------
    "cscec_group_rectification_evaluation_trad": doc(
        "http://zk727.com/zgjz_new/xwzx_new/gsyw_new/202503/3859126.html",
        ["Traditional copy (glyph glosses) of a CSCEC 巡视 集中整改 evaluation meeting on '3月7日' (no year: no date; "
         "'2024年第一輪巡視' names the round, not a day). No figures."]),
    "group_xuncha_stationing_noyear_trad": doc(
        "http://www.forcorn.com.cn/detail/7153.html",
        ["Traditional copy; two 巡察组 enter four units '10月9日至12日' with no year anywhere: no date. '4家單位' are bodies."]),
    "farm_group_xuncha_batch2_lost_date": doc(
        "http://jsnk.com.cn/_t2/2024/0802/c22a254798/page.htm",
        ["News headline (title null); '时间:2024-08-02 08:53:01' is the page date → report_date.",
         "NEW: '根据集团党委统一部署,81,集团党委巡察组已完成…进驻' lost its 月/日: not read as a start day. "
         "'受理信访时间截止到2024年8月28日' is a petitions deadline (no end date); '4家' are bodies."],
        report_date="2024-08-02"),
    "state_grid_nine_rounds_summary_trad": doc(
        "http://m.jeffcaceres.com/xw/gnxw/20211220/124423.html",
        ["Traditional copy of a State Grid nine-round 巡视 summary: '發現問題3779個' → problems_total 3779; '采取整改措施"
         "14393項' → measures_total 14393; '完善制度機制2283項' → rules_made 2283. '問題線索3373件' are clues, '3993人次' "
         "people, '67個二級單位' bodies. A simplified copy (m.news.shi-fen.com) was not labelled."],
        headline=head(pt=3779, mt=14393, rules=2283)),
    "state_grid_central_xunshi_commentary_trad": doc(
        "http://www.61qy.com/dww/ylgd/20200410/14645.html",
        ["Traditional commentary on State Grid's central 巡视 rectification. NEW: '突出問題專項整治…細化87項整改措施' is a "
         "side campaign; the plan for the 巡视 feedback '細化133項整改措施' → measures_total 133. '起草修訂相關制度97項' → "
         "rules_made 97. '31項具體表現形式', '5個方面21類問題' (central findings across SOEs), '6個方面', '3個清單' are not "
         "figures; '2019年10月底、2019年底和2020年底' are deadlines."],
        headline=head(mt=133, rules=97)),
    # --- 巡察 news: rounds, feedback, meetings -------------------------------------------------------------------------
    "taihu_town_xuncha_227_feature": doc(
        "https://aqthjjjc.gov.cn/Home/Note/newsdetail?classid=50&id=6294",
        ["'发布时间:2024-04-09' → report_date. '2022年11月…巡察反馈问题227个' → problems_total 227; the month-only feedback "
         "gives no date. Cut after the second paragraph (the later paragraphs' 24户/31处/18次 are not figures)."],
        report_date="2024-04-09", headline=head(pt=227)),
    "lukou_tracking_letters_feature": doc(
        "https://zz.rednet.cn/m/content/646841/96/14068290.html",
        ["A feature on 跟踪督促函: '15个被巡察党组织', '15份', '2个…清零' are bodies and letters; '2023年9月' is month-only. "
         "No figures, no dates."]),
    "shangnan_pre_feedback_talks": doc(
        "https://shangnan.qinfeng.gov.cn/info/1004/1990.htm",
        ["'2018年8月28日至29日' are one-to-one talks (约谈) before the feedback meetings, not the inspection: no dates."]),
    "jiangcheng_round2_feedback_recent": doc(
        "https://pejw.pes.gov.cn/html/jcx_xcgz/content/2022062385508.html",
        ["Round period '2022年3月7日至2022年4月29日'; feedback '近日' gives no date."],
        inspection=ins(start="2022-03-07", end="2022-04-29")),
    "yicheng_mayor_xunshi_dispatch": doc(
        "http://m-yicheng.cjyun.org/p/54052.html",
        ["A mayor's dispatch meeting on '9月1日' (no year) about 十二届省委第三轮巡视 feedback; no figures, no dates."]),
    "anqing_xuncha_leading_group_meeting": doc(
        "http://aqjjjc.gov.cn/html/2022/xcgzqt_0721/27613.html",
        ["A city 巡察工作领导小组 meeting '7月19至20日' (no year, a meeting); '6月17日' is a Politburo meeting. Nothing."]),
    "cumt_organs_xuncha_feedback_noyear": doc(
        "https://jw.cumt.edu.cn/info/1019/1319.htm",
        ["A university's internal 巡察 of its 机关党委: '2022年5月17日至6月3日' (end takes the start's year); feedback "
         "'7月10日下午' after the period takes the period's year → 2022-07-10 (snippets10's rule)."],
        inspection=ins(start="2022-05-17", end="2022-06-03", feedback="2022-07-10")),
    "dangshan_rectification_satisfaction": doc(
        "http://m.ahwang.cn/anhui/20220224/2345383.html",
        ["A county's rectification-assessment feature; stray spaces inside words ('咱地 头', '压 实') kept. No figures, "
         "no dates."]),
    "banner_two_xunshi_dispatch_meeting": doc(
        "http://146.56.203.80:81/qzbm/detail/content/5ed86275d9e5dc9818000032.html",
        ["A banner's dispatch meeting on two 巡视 rectifications, '3月8日' (no year): nothing. The url is a bare IP host."]),
    "linxiang_round3_feedback_noyear": doc(
        "https://lxjj.gov.cn/contents/7/667.html",
        ["Feedback '5月23日' with no year anywhere: no date. '10个党组织' are bodies."]),
    "gaoyao_cross_lookback_feedback_public": doc(
        "http://www.gyqf.gov.cn/xsxc/bjxc/202201/t20220128_1074701.html",
        ["NEW: a notice made public by a cross-巡察 group ('…向社会公开巡察“回头看”反馈情况'): the title names an inspection "
         "document → title set, issuer the group it names; kind null (not a 通报/方案). The signature '中共高要区委巡察办' "
         "has no date. Period '2021年10月下旬至11月下旬' is month-part: no dates. The per-body findings are prose, "
         "not a numbered list; no counts."],
        title="肇庆市县(市、区)委交叉巡察第五组向社会公开巡察“回头看”反馈情况",
        issuer="肇庆市县(市、区)委交叉巡察第五组"),
    "guizhou_xunshi_leading_group_one_line": doc(
        "https://movement.gzstv.com/streams/video/XJENb",
        ["One sentence from a video page: a provincial 巡视工作领导小组 meeting '10月9日至10日' (no year). Nothing."]),
    "city_xuncha_leading_group_first_meeting_trad": doc(
        "http://m.smallbizwebsites.net/details.aspx?id=192614",
        ["Traditional copy; a 巡察工作领导小组 meeting '5月12日' (no year) hearing a 整改 summary report. Nothing."]),
    # --- 派驻纪检组 supervision of rectification ----------------------------------------------------------------------------
    "lianyungang_stationed_group_supervision": doc(
        "https://www.jw266.com/sjcontent/09ca39b5-3439-4409-a88f-f4fbd397e287.html",
        ["A 派驻纪检监察组 feature ('一是…二是…三是' are its methods, not problems). No figures, no dates."]),
    "linxiang_stationed_supervision_feature": doc(
        "https://www.lcdaily.cn/index.php?a=show&c=article&id=87583",
        ["News headline (title null) and byline; no figures, no dates."]),
    "kaifeng_cppcc_stationed_group_study": doc(
        "https://www.kflz.gov.cn/sitesources/kflzw/page_html5/gzdt/pzgz/article521559ff00a049f89ff258df88ae45de.html",
        ["A stationed group studies the revised 巡视工作条例 '近日'; nothing."]),
    "weibin_stationed_group_assists_xuncha": doc(
        "https://weibin.qinfeng.gov.cn/info/1032/3507.htm",
        ["A stationed group's part in 区委第八轮巡察; no figures, no dates."]),
    "qiannan_five_party_review_101": doc(
        "https://m.news.shi-fen.com/china/202403/50-1575343.html",
        ["'已经整改销号14个' is one college's quote (snippets14's eshan rule: not the headline). NEW: '今年来截至3月…指出"
         "问题30个,推动州委第五轮巡察问题整改101个' — 30 are problems a guidance group pointed out on visits, 101 is "
         "progress over part of a year with no total: no headline figure. '被巡察党组织10个' are bodies."]),
    # --- eco 督察 and other checks ------------------------------------------------------------------------------------------
    "water_source_ducha_subset_trad": doc(
        "http://2021vvv.com/newarea/roll/201809/26/t20180926_30389450.shtml",
        ["Traditional copy with a lost glyph ('?傮w' for 總體). '需要今年年底前完成整治的4276個環境問題中,2827個問題已完成"
         "整改' is the subset due this year (snippets10's stage-wise rule): no headline. '今年9月1號起' has no year, "
         "'昨天(24號)' is relative: no dates."]),
    "guangdong_eco_lookback_feedback_2018": doc(
        "http://wap.ycwb.com/2018-10/20/content_30115007.htm",
        ["News headline (title null); '发表时间:2018-10-20 09:21' → report_date. 回头看 '2018年6月5日至7月5日', feedback "
         "'2018年10月19日'. '2016年11月以来' is not a date; no figures in the snippet."],
        report_date="2018-10-20", inspection=ins(start="2018-06-05", end="2018-07-05", feedback="2018-10-19")),
    "songzi_eco_rectification_acceptance": doc(
        "http://sthjj.jingzhou.gov.cn/xwzx/xsdt/202508/t20250822_1035066.shtml",
        ["News headline of an acceptance (验收) meeting (title null); '发布时间:2025-08-22 16:54' → report_date. "
         "'8月21日上午' is the meeting."],
        report_date="2025-08-22"),
    "jingzhou_air_ducha_week_65": doc(
        "http://jingzhou.cjyun.org/p/260036.html",
        ["A weekly air-pollution 督查: '共发现…突出问题65个,已完成整改52个' → 65/52 (per-district counts and '未完成整改13个' "
         "are parts). NEW: the lead's '7月1日至7月7日' takes its year from the caption line '2019年7月1日至7月7日大气污染防治"
         "突出问题清单' → 2019-07-01 .. 2019-07-07. '具体明细附后': in the stored copy only two image captions follow, "
         "no list text."],
        inspection=ins(start="2019-07-01", end="2019-07-07"), headline=head(pt=65, pd=52)),
    "anyi_eco_cancellation_dispatch": doc(
        "http://www.csqrmtzx.com/p/49482.html",
        ["A county's 销号 dispatch meeting '12月7日' (no year). '整改时限在2020年底须完成的…反馈5个问题' is the subset due by a "
         "deadline: no headline."]),
    "nhsa_flight_inspection_2021_announcement_trad": doc(
        "http://www.avansatsolutions.com/news/hyzx/ebc002164714d7738175118cfe17800d.html",
        ["Traditional copy of the lead of a 医保基金 飞行检查 announcement ('2021年' only, no day). '68家' and the hospital "
         "counts are bodies. The page goes on with findings '一是…二是' (no measures/status); only the lead is kept."]),
    "nhsa_2022_flight_results_27yi": doc(
        "http://shipin.jinbaonet.com/shipin/2023/0614/2000135147.html",
        ["News headline (title null); '时间:2023-06-14 16:03:56' → report_date. Money and bodies ('7.2亿元', '16家', "
         "'7家') are not figures; '6月13日' is the publication day."],
        report_date="2023-06-14"),
    "fujian_fire_hazard_campaign_trad": doc(
        "http://xxdss.com/news/show-21218.html",
        ["Traditional copy of a provincial fire-hazard campaign notice ('日前'); no figures, no dates."]),
    "audit_office_2023_rectification_flash": doc(
        "http://xn--yet74fr8g.com/fastNews/1734906423",
        ["News flash (title null) on the 2023 audit rectification report: '立行立改的1786个、分阶段整改的817个问题中,分别有"
         "1691个、513个…已完成整改' are two stage-wise subsets with no stated total: no headline. '1300多项' is an "
         "approximation; '12月22日' has no year; '截至2024年9月底' is a month-part cut-off."]),
    # --- central eco 督察 rounds (added after the first 32, before any scoring) -----------------------------------------
    "central_eco_round3_batch2_feedback_chinanews_trad": doc(
        "http://www.139100.com/zfb/xxgk/zfxxgkzl/ztzl/zyhbjxs/gzdt/202408/t20240826_3075190.htm",
        ["Traditional copy with doubled commas (',,', ',、'). Feedback '2024年8月20日至21日' over two days → the first day "
         "(blind7's convention). '中新網8月22日電' has no year and is not a page date line: no report_date."],
        inspection=ins(feedback="2024-08-20")),
    "central_eco_round3_batch2_feedback_spam": doc(
        "https://weiaofs.com/xinwendongtai/xingyezixun/7205.html",
        ["Gambling spam ('NG体育平台') injected inside words, also in the headline (news: title null). '发布时间:2024-08-22 "
         "17:16:01' → report_date; '20日至21日…反馈' has no month or year: no date (only the day is given)."],
        report_date="2024-08-22"),
    "central_eco_round3_batch2_feedback_peoples_daily": doc(
        "http://fapeng.com/announcements/knews.aspx?h=NF1.html",
        ["NEW: two date lines: the reposting site's '发布时间:2024-11-26 05:11:13' and the paper's '( 2024年08月26日 14 版)'; "
         "the edition line was first labelled the report_date. SETTLED by the lead in session 15 against snippets11's "
         "central_20th_round2_targets_mirror (the same kind of mirror, labelled by its page date) and issue 10's own rule "
         "('the signature date, or the page's 发布时间 when there is no signature'): the page's 发布时间 2024-11-26. "
         "Feedback '近日' gives no date; '45个工作日' is a deadline."],
        report_date="2024-11-26"),
    "round2_eco_tasks_79pct_xinhua": doc(
        "https://www.farmer.com.cn/2024/02/14/99946851.html",
        ["'整改方案明确的2164项整改任务,总体完成率达79%' → problems_total 2164 (tasks of the 整改方案 as problems, as "
         "tune_sentences' round2 copies); a rate gives no done count. '新华社北京2月14日电' has no year: no report_date. "
         "The page footer (ICP lines) is left out."],
        headline=head(pt=2164)),
    "central_eco_round3_batch1_launch_journal_trad": doc(
        "http://jizihe.com/page/2023/0416/23478888.shtml",
        ["Traditional copy from a journal ('中國環保產業2023年11期' is an issue, not a day): no dates; '5個督察組', '5個省份' "
         "are bodies."]),
    "central_eco_round3_launch_epaper": doc(
        "https://www.cdrb.com.cn/epaper/cdrbpc/202311/22/c123767.html",
        ["E-paper date line '2023年11月22日' → report_date. NEW: the launch day '11月21日全面启动' (year from the date line) "
         "is the start of the first batch's stationing → start 2023-11-21; '为期约1个月' gives no end. Headline (news) null."],
        report_date="2023-11-22", inspection=ins(start="2023-11-21")),
}


def main() -> None:
    write_snippets(HERE, DOCS)


if __name__ == "__main__":
    main()
