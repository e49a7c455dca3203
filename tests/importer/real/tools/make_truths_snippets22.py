"""Write the truth files of tests/importer/real/snippets22: a held-out set of real lead paragraphs and short items about
rectification after 巡察/巡视/督察/审计 (pages that list no problems, bar one 验收销号 notice with its one task) labelled in
session 17 on 2026-12-06 by helper label31, who did not change the parser and did not read zhenggai/importer/ or
tests/importer/*.py. Scored once on the worktree's untouched parser (FIRST_RUN_snippets22.txt) before anything else
changed.

How found: 40 queries of the search tool's ``pages`` corpus (every one listed below). I checked 122 result urls (results
without a url left aside; a few urls came back in several queries and were checked each time): 87 were already known
(host+path+query compared; scheme, 'www.', a trailing '/' and case ignored)
against every url in the JSON under /work/main/tests/importer and /work/shared/corpus, every url quoted in
/work/main/tests/importer/real/tools/*.py and every /work/wt/label*/tests/importer/real tree (897 known urls at the start,
907 when rechecked before the commit; none of the 31 among them). As label29 found, the 巡察/巡视 '反馈问题X个 已整改Y个' family is nearly exhausted:
almost every page with such a count was known. What is new: 民政局/农业农村局/公安分局 progress bulletins (one vein,
found late, gave eight new pages), school and district news leads, two 大理州 summaries, a 验收销号意见 with broken dates,
and features with no figures. Of the 35 new urls, 31 are labelled; left out: a glossed traditional copy of a 2014 中央巡视
stationing wire (lwg520.com: no date, no figure), a glossed 淄博师专 feedback item (788ce.com), a meipian.cn page made of
HTML markup (4ltq0fjc) and a 动员会 news item (chenggu.qinfeng.gov.cn), all four without figures or usable dates.
31 pages in all; the brief's aim was 25-35.

Each text is the title line (when the stored copy has one) and the lead paragraph(s) of one page, transcribed by hand
from the tool's decoded output (traditional copies kept as stored). Site chrome under the text (footers, share widgets,
related lists) is left out; chrome above it (breadcrumbs, date lines, index tables) is kept. A page cut mid-paragraph is
cut back to the last whole paragraph; where the next whole paragraph would open the problem list (a '二、…整改情况'
section with a problem heading), the text is cut before that section so that the snippet holds no problem heading
(shawo, lcffcl civil affairs, llqcyx civil affairs - the last is one run-together line, cut after its last whole sentence
before '二、整改落实情况'). Blank lines that held only a blank and paragraph indents whose characters I could not tell
(ideographic, no-break or plain spaces) are left out (inner mongolia, wenxi); runs of blanks inside a line are written as
one plain space (wenxi signature lines) or kept as three plain spaces (yunnan date line). Every truth is marked excerpt
true. A glyph may differ from the store; every labelled value is re-found in the file by the checks below.

Queries (``pages`` corpus; 40): 巡察整改 回头看 反馈问题 已整改 个 镇党委 2019年; 审计整改 整改验收 审计查出问题 已整改 完善制度
项 2017年; 集中整改期 巡视整改 长期整改 任务 已完成 项 学院党委; 整改评估 巡察 反馈意见 整改落实 立行立改 问题 个 卫健委; 关于巡察
整改工作情况的报告 县 局 党组 2018年; 巡视整改进展情况 公开 国有企业 集团公司 2016年 整改任务; 巡察整改验收 通过 反馈问题 整改到位
个 社区 2021年; 内部审计 发现问题 整改 已落实 条 公司 审计整改 销号 2019; 州委巡察 反馈问题 全部整改到位 建立制度 项 云南 贵州;
村级巡察 反馈问题 已整改 条 退还 群众 村居 2023年 整改公示; 巡视反馈问题 整改完成 条 市委 通报 2017年 集中整改 阶段 公开; 巡察整改
进展情况 通报 街道党工委 反馈问题 个 已完成整改 个 持续整改; 经济责任审计 审计发现问题 整改 审计整改情况 公告 区审计局 已整改 条
制定制度; 生态环境保护督察 整改 验收销号 任务 项 已完成 县 2020年 整改情况 公开; 巡视整改 专题民主生活会 反馈意见 问题 条 制定整改
措施 条 建章立制 件 检察院; 整改落实 巡察反馈 涉及 问题 已整改销号 剩余 正在整改 乡镇 2024年 公开栏; 審計查出問題 整改情況 已整改
項 制定完善規章制度 項 2016年; 驻村巡察 专项巡察 扶贫领域 反馈问题 整改完成 个 整改率 县委巡察办 2018; 中央巡视组 反馈 整改 进展
部委 党组 整改措施 条 已完成 条 2014年; 巡察组 进驻 巡察时间 自 年 月 日起至 月 日止 联系电话 邮箱 公告 乡镇; 巡察整改 满意度测评
整改情况 通报会 反馈问题 条 整改完成 条 医院 党委; 整改“回头看” 巡视反馈 问题 整改 不到位 发现 督查组 省直单位 2019年 通报;
巡察反馈意见 整改落实 进展 截至 月底 立行立改 问题 个 完善制度 项 追缴资金 万元 国企 子公司; 审计署 审计发现问题 整改 已整改 问题金额
亿元 制定完善规章制度 项 公告 2015年; 巡察整改 长效机制 一年来 问题 整改率 100% 县直部门 建章立制 条 2022年 新闻; 巡视整改 驻
纪检监察组 督促 整改 问题 项 已完成 项 高校 2021年 巡视整改工作推进会; 巡察反馈 问题 已整改到位 个 正在整改 个 整改方案 公安局 党委
巡察整改进展; 市委巡视 反馈意见 整改 已完成 条 基本完成 条 区委 整改落实情况 2020年 报社; 巡察整改 评估 结果 优秀 良好 被巡察单位
整改成效评估 反馈问题 总数; 土地督察 例行督察 整改 问题 宗 已整改 省 自然资源厅 整改情况; 巡察反馈问题整改 完成 整改措施 条 落实
制度 项 学校 党总支 2019年 整改情况公示; 巡视组反馈 银行 党委 巡视整改 问题 整改完成率 建立健全制度 项 问责 人; 巡察整改 公开 反馈
问题 条 整改完成 条 整改完成率 街道 社区 2022年 接受群众监督 电话; 省委巡视组 反馈 县委 整改 问题 个 已完成整改 个 达到时序进度 个
新建制度; 巡察组于 反馈 巡察意见 集中整改 问题 已全部完成整改 修订制度 项 退缴 局党组; 巡察“回头看” 整改 进展 反馈问题 个 已整改
个 镇 村 2020年 纪委监委; 巡视整改进展情况 公布 反馈意见 条 整改措施 条 已完成 省属企业 党委 2022年; 县委巡察组 反馈 巡察意见 指出
问题 个 提出意见建议 条 移交 反馈会 2023年 农业农村局; 审计反馈问题 整改 截至 已整改 项 正在整改 项 县 审计局 通报 乡镇 2021年;
巡察整改进展情况的通报 截至目前 整改完成 问题 个 制定完善制度 项 民政局 党组 公布.

Schema and conventions as in make_truths_snippets9.py … make_truths_snippets21.py: ``genre`` ``"snippet"``; ``kind``
only when a title line names a rectification 通报/报告 (→ bulletin) or 整改方案 (→ plan), and a 验收销号 notice is a
bulletin as in blind10; ``title``/``issuer`` only when the title line names a rectification or inspection document
(news headlines null); ``report_date`` from a signature, else a page/source date line inside the snippet;
``inspector``/``inspected`` null. Days with no year give no date unless the snippet gives the year (a feedback day
after a dated period takes the period's year); meetings, 动员会, hand-overs, 验收 visits are not inspection dates.
Clues, petitions, cases, bodies, people, rates, money, meetings, aspects (方面), suggestions (意见建议) and
approximations ('160余个') are not headline figures; the most specific problem count is problems_total; 'all fixed'
stated gives done = total (snippets20).

Judgement calls new in this set (each also said in the truth's anomalies):
- NEW: a prefecture's year summary with two figures of two inspection families - its own 州/县 巡察 '發現并反饋問題966個'
  and the provincial 巡视 of the 州委 '38個問題全部整改到位': the page's subject (the 州's own 巡察 work) wins → 966,
  done null; the 38/38 belong to another inspection (dali 2018).
- NEW: '五方面17项问题56项具体问题表现或案例' → problems_total 56 (the most specific level, as '3个方面11类问题30项问题' → 30
  in earlier sets); '细化形成160条整改任务' → measures_total 160 (xuhui).
- NEW: '29条巡视反馈意见 … 对应提出153条整改措施' → problems_total 29 (the opinions are the fed-back problem items that
  the measures answer), measures_total 153; petitions '35件', clues '1件', cases and people are not figures (xinchang).
- NEW: '对应34个具体问题清单制定了95条具体整改措施 … 截至目前,已全部完成整改' → 34/34 and 95 measures (lcffcl civil
  affairs).
- NEW: a 验收销号意见 whose signature dates lost their 月/日 ('2019年1222') → report_date 2019-12-22 (signature beats the
  page date '2020-01-03', as xuancheng in snippets21); the 验收 day '2019年1221日' is no inspection date; its one task
  (一、整改任务 …) is listed as problem seq 7 (the task's number '第07号'), category '整改任务', status done ('已完成整改,
  同意销号'), 1 measure (三、完成情况 is one paragraph); '343个', '19个', '10万余份', '94.14%' are not figures (wenxi).
- NEW: a date line '02.08.2018  03:34' (day.month.year, as wuzhong in snippets21) → report_date 2018-08-02 (inner
  mongolia).
- NEW: a title line with its date run on ('…的通报 2026-02-13') → title without the date, report_date 2026-02-13 (qingpu).
- NEW: a 成文日期 in an index table ('成文日期 | 2022-09-15 |') → report_date (wenzhou).
- NEW: a news item whose lead is a feedback meeting '2025年1月22日下午,区委第二巡察组向民政局党组反馈…' → feedback_date
  2025-01-22 (the feedback itself, not a meeting about it) (jgq civil affairs).
- '截至2021年10月13日,101项整改措施已完成83项' → measures 101/83 ('4个方面' of a 通报 are aspects) (nanjing agri univ).
"""
from pathlib import Path

from make_truths import check_snippet, head, ins, prob, write_stored_snippets
from make_truths_snippets10 import doc

HERE = Path(__file__).resolve().parent.parent / "snippets22"

WHOLE: set[str] = set()

EXTRA_FORMS = {
    "2019-12-22": ["2019年1222"],
    "2018-08-02": ["02.08.2018"],
}

# Independent recount: the phrase each non-null headline figure was read from, re-found verbatim.
RECOUNT = {
    "dali_prefecture_xuncha_2018_summary_966_trad": ["發現并反饋問題966個"],
    "xuhui_district_municipal_xunshi_bulletin_160_tasks": ["17项问题56项具体问题表现或案例", "细化形成160条整改任务"],
    "jingdezhen_poverty_xuncha_linkage_117_problems": ["共发现普遍性倾向性问题117条"],
    "shawo_township_municipal_xuncha_32_problems": ["指出了4个方面32个问题"],
    "nanjing_agri_univ_xunshi_measures_101_83": ["101项整改措施已完成83项"],
    "shaoxing_xinchang_provincial_xunshi_29_opinions_153_measures": ["对29条巡视反馈意见", "对应提出153条整改措施"],
    "district_civil_affairs_xuncha_34_problems_95_measures_all_done": [
        "对应34个具体问题清单制定了95条具体整改措施", "已全部完成整改"],
    "qingpu_civil_affairs_xuncha_bulletin_186_measures": ["制定186条具体整改措施"],
    "dongying_civil_affairs_xuncha_bulletin_91_measures": ["研究提出91条整改措施"],
}

WENXI_TASK = "秸秆禁烧工作宣传力度不够,属地网格化监管责任落实不到位,秸秆焚烧现象时有发生"

DOCS = {
    # --- summaries and features ---------------------------------------------------------------------------------------
    "dali_prefecture_xuncha_2018_summary_966_trad": doc(
        "http://www.www6ccc.com/html/2018/xunshixuncha_0806/51655.html",
        ["Traditional copy of a 大理州 year summary; '今年以來' no date. NEW: two figures of two inspection families: the "
         "州/县 巡察's '發現并反饋問題966個' (the page's subject) → problems_total 966, done null; the provincial 巡视's "
         "'4個方面11項38個問題全部整改到位' is another inspection (not taken). Clues '99條', people, '119個' bodies, "
         "'2期', '480人次', '116名', '92名' are not figures."],
        headline=head(pt=966)),
    "dali_prefecture_xuncha_setup_2017_no_figures": doc(
        "http://ynjjjc.gov.cn/html/2018/yunlingyaowen_0108/40905.html",
        ["A 州委 巡察 set-up feature: staffing ('7名', '12名', '31人', '59人' …), meetings ('6次', '3次', '4次') and money "
         "('118万元', '381.3万元'): no figure, no date. The third paragraph is cut mid-sentence: left out."]),
    "wugong_county_xuncha_report_meeting_ten_bodies": doc(
        "https://xianyang.qinfeng.gov.cn/info/1057/43060.htm",
        ["'近日' no date; a 巡察 report meeting: '10个党组' bodies, '4个巡察组' groups: no figure. The cut last paragraph "
         "is left out."]),
    "yunnan_deepen_xunshi_rectification_feature_2024_trad": doc(
        "http://www.www6ccc.com/html/2024/yunlingyaowen_0429/128472.html",
        ["Traditional copy with chrome ('首頁 > 要聞 > 正文'); news headline (title null); '發布時間:2024-04-29 09:50:56' "
         "→ report_date (its run of three blanks kept as plain spaces). '2023年8月正式開市' is no inspection date. No "
         "figure. Cut back to the last whole paragraph."],
        report_date="2024-04-29"),
    "suzhou_village_xuncha_jiangcun_feature": doc(
        "https://www.ccdi.gov.cn/xsxcn/202301/t20230129_243410_m.html",
        ["A ccdi feature on 对村巡察 in 苏州; '80多年前', '24次' are no figures or dates. No figure."]),
    "jingdezhen_poverty_xuncha_linkage_117_problems": doc(
        "https://xwzx.qqzyw.com/show-146978.html",
        ["'今年以来', '2016年底' no dates. '共发现普遍性倾向性问题117条' → problems_total 117; clues '52件', people '24人', "
         "'20人', villages '18个'/'120个', '1487位', '29个', '137个', '1.007亿元', '100%' are not figures. The cut last "
         "paragraph is left out."],
        headline=head(pt=117)),
    "xinye_county_xuncha_joint_supervision_160_plus": doc(
        "http://222.143.34.35:8080/sitesources/nysjwjw/page_pc/gzdt/xsxc/article09c48bb4e32b47fea14790e4d9769c29.html",
        ["'2025年' a year only: no date. '问题160余个' is an approximation (snippets12/14/18/21): no figure; '11个', '6个', "
         "'76个' bodies. The cut third paragraph is left out."]),
    "yunan_district_xunshi_xuncha_rectification_lead": doc(
        "https://www.yunan.gov.cn/yfyabs/gkmlpt/content/1/1834/post_1834421.html",
        ["First paragraph only: the second (a '▎' heading run into '一是…二是…三是…') is cut mid-sentence. No figure, no "
         "date."]),
    "wuzhong_district_xuncha_hanging_supervision_note": doc(
        "https://js.bjsjw.gov.cn/n380/20250115/i90146.html",
        ["A '群众工作札记' column item (title null); '日期:2025-01-15' → report_date; chrome lines kept. '2017年', '2023年' "
         "years only. '510户', '93岁' no figures. The cut fourth paragraph is left out."],
        report_date="2025-01-15"),
    "kunshan_xuncha_village_stationing_noyear": doc(
        "http://www.ciftv.net/a/news/society/bxms/2019/0704/115405.html",
        ["A stationing news item; '近日' and '6月24日至7月26日' have no year (the url's 2019 is not read): no dates. Phone "
         "numbers, '18项' projects: no figure. The cut paragraph on the fourth group is left out."]),
    # --- meetings and leads on rectification -----------------------------------------------------------------------------
    "inner_mongolia_procuratorate_xunshi_dlm_dmy_date": doc(
        "http://huhehaote.baogaosu.com/xinwen/%E6%A3%80%E5%AF%9F%E9%99%A2%E5%85%9A%E7%BB%84%E5%8F%AC%E5%BC%80%E5%B7%A1%E8%A7%86%E6%95%B4%E6%94%B9%E4%B8%93%E9%A2%98%E6%B0%91%E4%B8%BB/68692973/",
        ["News headline (title null). NEW: date line '02.08.2018  03:34' (day.month.year) → report_date 2018-08-02; '7月31日' "
         "a meeting. No figure. Paragraph indents and blank-only lines left out; the cut last paragraph is left out."],
        report_date="2018-08-02"),
    "ustc_xunshi_rectification_dispatch_meeting_noyear": doc(
        "http://news.ustc.edu.cn/info/1055/90192.htm",
        ["'12月20日上午' a meeting with no year; '2021年中央巡视整改落实清单' names a year only. No figure. The cut fourth "
         "paragraph is left out."]),
    "jiangnan_university_xunshi_special_ducha_noyear": doc(
        "https://news.jiangnan.edu.cn/info/1135/95339.htm",
        ["'9月24日' no year, a 督查 of the school's own rectification: no dates. Two photo captions kept. No figure."]),
    "nanjing_agri_univ_xunshi_measures_101_83": doc(
        "https://jjs.nua.edu.cn/2021/1014/c2269a83962/page.htm",
        ["The stored text opens with a newline (kept); '点击数:1719 发布时间:2021-10-14' → report_date 2021-10-14. '截至2021年"
         "10月13日,101项整改措施已完成83项,完成率达82%' → measures 101/83 (the rate is no count); '4个方面', '3个方面' "
         "aspects. The cut fourth paragraph is left out."],
        report_date="2021-10-14", headline=head(mt=101, md=83)),
    "muye_district_secretary_meeting_provincial_xunshi_noyear": doc(
        "http://xxmyq.gov.cn/sitesources/myqzf/page_pc/myxw/articlec0d7fb7255dc456398e652742ced7619.html",
        ["'4月13日' a meeting with no year. No figure."]),
    "jiayu_farmland_audit_rectification_meeting_noyear": doc(
        "http://jiayu.cjyun.org/p/39639.html",
        ["An 审计 rectification meeting news item (headline, title null); '1月8日' no year; '2016年至2019年度' the span "
         "audited. No figure."]),
    "huoqiu_livestock_manure_lookback_ducha_noyear": doc(
        "https://www.huoqiu.gov.cn/public/6600821/35100086.html",
        ["A 回头看 督查 under a 巡察 整改方案; '3月28日至4月10日' no year: no dates (and a 督查 of others' work, snippets17). "
         "'883家' bodies. The portal's closing line kept."]),
    # --- progress bulletins and leads with dates -----------------------------------------------------------------------
    "xuhui_district_municipal_xunshi_bulletin_160_tasks": doc(
        "https://www.shjjjc.gov.cn/shsjjjcw/xszg/content/c5d32d1e-ec8d-4502-81bc-688ded8ded0f.html",
        ["Breadcrumb, title line, then the title again split (issuer / 关于…). '2023年3月29日至6月16日' → start 2023-03-29, "
         "end 2023-06-16; '于2023年8月29日反馈' → feedback. No date line: report_date null. NEW: '五方面17项问题56项具体问题"
         "表现或案例' → problems_total 56 (most specific level); '细化形成160条整改任务' → measures_total 160. The cut "
         "third item (三是…) is left out."],
        kind="bulletin", title="中共上海市徐汇区委员会关于十二届市委第二轮巡视集中整改进展情况的通报",
        issuer="中共上海市徐汇区委员会", inspection=ins(start="2023-03-29", end="2023-06-16", feedback="2023-08-29"),
        headline=head(pt=56, mt=160)),
    "shawo_township_municipal_xuncha_32_problems": doc(
        "https://lkjjq.ezhou.gov.cn/xxgk/dfbmptlj/xz/swx/fdzdgk/qtzdgk/202503/t20250331_695679.shtml",
        ["No title line (kind null). '2024年7月3日至9月6日' → start/end; '2024年10月22日' feedback. '指出了4个方面32个问题' → "
         "problems_total 32. Cut before '二、具体问题整改情况' (its first problem's 整改情况 is cut mid-sentence) so that no "
         "problem heading is left."],
        inspection=ins(start="2024-07-03", end="2024-09-06", feedback="2024-10-22"), headline=head(pt=32)),
    "dongying_police_branch_xuncha_bulletin_dates": doc(
        "http://www.jiwei.gov.cn/news_content.thtml?contentId=45001",
        ["Title line names a rectification 通报 → kind bulletin, issuer from it. '2024年9月30日至12月15日' → start/end; "
         "'于2025年2月14日反馈' → feedback. '4个方面的问题' aspects and '4项意见建议' suggestions: no figure; '2月17日、3月7日' "
         "meetings. No date line. The cut item (四) is left out."],
        kind="bulletin", title="中共东营市公安局东营经济技术开发区分局委员会关于市委第五巡察组反馈意见集中整改进展情况的通报",
        issuer="中共东营市公安局东营经济技术开发区分局委员会",
        inspection=ins(start="2024-09-30", end="2024-12-15", feedback="2025-02-14")),
    "district_politics_law_committee_xuncha_dates_2021": doc(
        "http://www.wzqf.gov.cn:8005/gzdt/001003/20211022/37186536-71dc-463e-893f-6ad18f0cacd7.html",
        ["No title line. '于2021年3月8日至4月12日' → start/end; '于6月16日反馈' takes the period's year → feedback "
         "2021-06-16. No figure. The cut third item (三是…) is left out."],
        inspection=ins(start="2021-03-08", end="2021-04-12", feedback="2021-06-16")),
    "shaoxing_xinchang_provincial_xunshi_29_opinions_153_measures": doc(
        "https://sxlz.sx.gov.cn/art/2021/10/28/art_1229367693_58922819.html",
        ["No title line. '2020年11月10日至2021年1月13日' → start/end; '2021年3月4日' feedback. NEW: '29条巡视反馈意见' → "
         "problems_total 29 (the fed-back items, '县委主要领导认领9条' a subset); '153条整改措施' → measures_total 153; "
         "'4次' meetings, '14位' people. The third paragraph (petitions, clues, cases) is cut mid-sentence: left out."],
        inspection=ins(start="2020-11-10", end="2021-01-13", feedback="2021-03-04"), headline=head(pt=29, mt=153)),
    "district_civil_affairs_xuncha_34_problems_95_measures_all_done": doc(
        "http://www.lcffcl.gov.cn/news-2188.html",
        ["No title line, no dates. NEW: '对应34个具体问题清单制定了95条具体整改措施' and '截至目前,已全部完成整改' → "
         "problems 34/34 (all done stated), measures_total 95; people ('3人', '1人', '8人') are not figures. Cut before "
         "'二、巡察反馈问题的整改情况' (its first problem's 整改情况 is cut)."],
        headline=head(pt=34, pd=34, mt=95)),
    "qingpu_civil_affairs_xuncha_bulletin_186_measures": doc(
        "http://www.shqp.gov.cn/civil/gg/20260213/1352017.html",
        ["Chrome ('返回上一级', '字号', '打印'). NEW: the title line carries its date ('…的通报 2026-02-13'): title without "
         "it, report_date 2026-02-13, kind bulletin, issuer from the title. '2025年4月15日至2025年6月30日' → start/end; "
         "'2025年9月8日' feedback. '聚焦6个方面,制定186条具体整改措施' → measures_total 186; '7个重点难点问题' and "
         "'1个…立行立改…问题' are subsets, '3次' meetings, '4名' people. The cut item (四) is left out."],
        kind="bulletin", title="中共上海市青浦区民政局党组关于巡察集中整改进展情况的通报", issuer="中共上海市青浦区民政局党组",
        report_date="2026-02-13", inspection=ins(start="2025-04-15", end="2025-06-30", feedback="2025-09-08"),
        headline=head(mt=186)),
    "district_civil_affairs_linked_xuncha_feedback_date": doc(
        "http://jgq.gov.cn/jgq/c101235/202501/c06_321192.shtml",
        ["A two-line news headline (title null). NEW: '2025年1月22日下午,区委第二巡察组向民政局党组反馈…' → feedback_date "
         "2025-01-22 (the feedback itself). '问题:' lists problems in one run-on sentence (not numbered headings): problems "
         "[] as a snippet, no count stated. '关联稿件' chrome kept."],
        inspection=ins(feedback="2025-01-22")),
    "shantou_civil_affairs_xuncha_dates_no_figures": doc(
        "https://www.shantou.gov.cn/stsmzj/gkmlpt/content/2/2272/post_2272975.html",
        ["No title line. '2022年8月29日至2022年10月28日' → start/end; '2023年1月11日' feedback. No figure. The cut item (二) "
         "is left out."],
        inspection=ins(start="2022-08-29", end="2022-10-28", feedback="2023-01-11")),
    "wenzhou_civil_affairs_lookback_xuncha_dates": doc(
        "https://wzmz.wenzhou.gov.cn/art/2022/9/15/art_1229204020_4104944.html",
        ["NEW: an index table ('索引号 | … | 成文日期 | 2022-09-15 |') → report_date 2022-09-15. '2021年9月23日至11月30日' "
         "(a 回头看) → start/end; '2022年1月14日' feedback. No figure. The cut section 一 is left out."],
        report_date="2022-09-15", inspection=ins(start="2021-09-23", end="2021-11-30", feedback="2022-01-14")),
    "dongying_civil_affairs_xuncha_bulletin_91_measures": doc(
        "http://www.jiwei.gov.cn/news_content.thtml?contentId=46208",
        ["Title line → kind bulletin, issuer. '2025年3月21日至6月28日' → start/end; '于8月26日反馈' takes 2025 → feedback "
         "2025-08-26; '2025年9月24日' a meeting. '研究提出91条整改措施' → measures_total 91; '3次' meetings. The cut item "
         "(四) is left out."],
        kind="bulletin", title="中共东营市民政局党组关于市委第六巡察组反馈意见集中整改进展情况的通报",
        issuer="中共东营市民政局党组", inspection=ins(start="2025-03-21", end="2025-06-28", feedback="2025-08-26"),
        headline=head(mt=91)),
    "city_civil_affairs_party_committee_xuncha_one_line": doc(
        "https://llqcyx.com/jw/sjw/zg_bjxsxc/content/19426704-f4f2-4522-b817-d2a75cad0e4a.html",
        ["One run-together line (sections joined by blanks). '2023年7月10日至9月7日' → start/end; '10月11日' takes 2023 → "
         "feedback 2023-10-11. No figure. Cut after the last whole sentence before '二、整改落实情况' (whose first problem "
         "heading and 整改 text follow, cut)."],
        inspection=ins(start="2023-07-10", end="2023-09-07", feedback="2023-10-11")),
    "jinhua_agriculture_bureau_xuncha_bulletin_dates": doc(
        "http://nyncj.jinhua.gov.cn/art/2024/1/18/art_1229159884_4130109.html",
        ["Index lines (索引号, title, publisher '金华市农业农村局', '2024-01-18', '主动公开', '朗读'): the bare date under the "
         "title → report_date 2024-01-18; title → kind bulletin, issuer from it. '2023年7月6日-9月6日' → start/end; "
         "'2023年10月19日' feedback. No figure. The cut second paragraph is left out."],
        kind="bulletin", title="中共金华市农业农村局委员会关于市委巡察组反馈意见整改进展情况的通报",
        issuer="中共金华市农业农村局委员会", report_date="2024-01-18",
        inspection=ins(start="2023-07-06", end="2023-09-06", feedback="2023-10-19")),
    # --- a 验收销号 notice with its one task --------------------------------------------------------------------------
    "wenxi_central_env_ducha_task07_signoff_broken_dates": doc(
        "http://xianyu.chinaxiaokang.com/xianyuzhanshi/shanxiyunchengshiwenxixian/gonggao/2020/0103/1123069.html",
        ["A 验收销号意见 (kind bulletin as blind10's 验收销号公示); title line kept, issuer '闻喜县人民政府'. Page date line "
         "'2020-01-03 …发布日期20200103'; NEW: the signatures '2019年1222' have lost 月/日 → report_date 2019-12-22 "
         "(signature beats page date). '2019年1221日验收组…现场验收' is a 验收 visit, not an inspection date; the 督察 "
         "itself is named without dates. The one task (一、整改任务 …) → problem seq 7 ('第07号'), category '整改任务', "
         "status done ('已完成整改,同意销号'), 1 measure (三、完成情况 one paragraph); 二、整改目标 is a target. '19个', "
         "'343个', '10万余份', '94.14%' are not figures. Blank-only lines between the verdict and the signatures, and "
         "the runs of blanks inside the signature lines, are written as one plain space / left out; chrome under it left "
         "out."],
        kind="bulletin", title="闻喜县人民政府关于对中央第二环境保护督察组反馈意见整改方案第07号整改任务的验收销号意见",
        issuer="闻喜县人民政府", report_date="2019-12-22",
        problems=[prob(7, WENXI_TASK, category="整改任务", status="done", measures=1)]),
}


def main() -> None:
    # recount: every headline figure printed in the text (and its phrase re-found), every date's day near its month,
    # every title, issuer and problem title verbatim
    write_stored_snippets(HERE, DOCS, WHOLE, lambda stem, d, text: check_snippet(
        stem, d, text, RECOUNT, EXTRA_FORMS, with_problems=True, done_as_total=True))


if __name__ == "__main__":
    main()
