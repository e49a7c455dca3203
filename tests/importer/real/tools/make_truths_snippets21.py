"""Write the truth files of tests/importer/real/snippets21: a held-out set of real lead paragraphs and short news items
(pages that list no problems) labelled in session 17 on 2026-12-06 by helper label29, who did not change the parser and
did not read zhenggai/importer/ or tests/importer/*.py. Scored once on the worktree's untouched parser
(FIRST_RUN_snippets21.txt) before anything else changed.

How found: 48 queries of the search tool's ``pages`` corpus (every one listed below). Of 158 result urls I checked, 94 were
already known (host+path+query compared, scheme, 'www.' and a trailing '/' ignored, lower case, against every url in the
JSON under /work/main/tests/importer and /work/shared/corpus, every url quoted in /work/main/tests/importer/real/tools/*.py
and in every /work/wt/label*/tests/importer/real tree: 816 known urls at the start, 860 when rechecked before the
commit; one page I had labelled, fnlzw.gov.cn/contents/14/720.html (a 巡察整改 督查 feature, rules_made 76), was
labelled by another helper meanwhile and is dropped here). The family the brief asked for first (巡察/巡视/审计 leads with '反馈问题X个 已整改Y个', '整改任务X项 已完成Y项',
'建立完善制度Z项') is exhausted in the corpus: of the 巡察/巡视/审计 pages the first 20 queries returned, all but 3 were
known (jw.km, wuch, ruijin, ningbo, hgjwjw, qzqjjjc, pdsjjw, qh.xinhuanet, gdcy, xianning, chinacrane, arvrreview,
cjckcn, … every one already labelled). What is new leans to: 环保督察 petition-batch notices (which carry counts that are
not headline figures), a few 巡察 feature pieces (rules made, a five-year summary), one 巡察公告 with broken dates, and
safety/food/gas/transport checks with found/fixed counts (the kind snippets20 also took). 32 pages in all.

Each text is the title line (when the stored copy has one) and the lead paragraph(s) of one page, transcribed from the
tool's output as returned (traditional copies with pinyin glosses '(gè)', '?' mojibake, a spam word, doubled
punctuation ',,' and ',。' kept). Site chrome under the text (footers, share widgets, related-article lists) is left out.
A page cut mid-paragraph is cut back to the last whole paragraph, except where noted (shaxian, city_construction: cut
back to the last whole sentence, so the paragraph's figure stays in). Where the tool's output showed a paragraph indent
whose characters I could not tell (two blanks: ideographic or no-break spaces), the indent was left out (shaxian,
pearl_river); one leading blank in dingzhou and its trailing blank are kept. Every truth is marked excerpt true.
Transcription was by hand from the decoded tool output, so a glyph may differ from the store; every labelled value is
re-found in the file by the checks below.

Queries (``pages`` corpus; 48): 巡察反馈问题 个 已完成整改 个 整改完成率 建立完善制度 项; 整改任务 项 已完成 项 追责问责 人
巡视整改进展情况; 審計查出問題 已整改 整改率 審計整改; 巡察组于 年 月 日至 月 日 对 进行了巡察 于 月 日反馈 巡察意见 整改情况;
巡察整改 销号 问题 个 已销号 个 乡镇 村级 巡察 整改 清零; 环保督察 交办 信访件 已办结 件 责令整改 家 立案处罚 第 批; 巡视反馈
问题 条 已整改完成 条 完成率 % 集团 党委 整改 公告; 一百二十 个问题 已整改 整改完成 九十 反馈问题 公开; 巡察整改情况 通报
反馈问题 已整改 制定整改措施 条 建立制度 党支部 公示栏; 督察反馈问题整改 完成 项 达到序时进度 项 整改方案 公开 区; 经济责任审计
发现问题 条 已整改 条 整改率 审计整改 通报 学校; 巡察反馈会 召开 巡察组 反馈 发现问题 个 提出整改建议 条 移交问题线索; 巡视整改
进展 截至 年 月底 问题 已整改到位 剩余 持续推进 长期坚持 国企; 省委巡视组 反馈意见 整改 落实 情况 通报 市委 整改任务 项 出台
制度 文件 件; 巡察“回头看” 反馈 问题 整改 进展 街道 社区 党委 公布 电话 邮箱 欢迎监督; 医院 巡察整改 进展 公开 反馈问题 个
已完成 个 整改中 个; 扫黑除恶 督导 反馈问题 整改 已完成 项 督导组 反馈 整改清单; 国家土地督察 反馈 问题 整改 宗 已整改 公开
自然资源; 河湖长制 暗访 督查 发现问题 个 已整改 个 通报 水利; 省级生态环境保护督察 反馈意见 整改 任务 项 已完成 项 市 公示
整改情况; 中央生态环境保护督察组 转办 第 批 信访件 截至 月 日 已办结 阶段性办结 责令整改 立案处罚 约谈 问责; 督察整改 验收销号
问题 个 已销号 个 剩余 正在推进 通报 整改进展; 巡視整改 反饋問題 條 已完成 條 完成率 黨委 公佈; 安全生产 明查暗访 发现问题隐患
条 已整改 条 整改率 通报 第 期 安委办; 党委书记 巡察整改 专题会 反馈的 个问题 已整改 个 整改率 达; 巡视组反馈 问题 整改 阶段性成效
共梳理 问题 条 制定措施 条 已完成 高校; 消防 检查 发现火灾隐患 处 督促整改 处 一月 二十 日 县 大队 检查组; 食品安全 督查 发现问题
个 现场整改 个 限期整改 餐饮 市场监管局 日至 日; 关于巡察整改进展情况的通报 截至 年 月 日 反馈问题 项 已完成整改 项 正在整改 项;
审计发现问题整改 截至目前 审计查出的 个问题 已整改 个 完善制度 项 区审计局; 巡察整改 成效 以来 共发现问题 条 督促整改 条 推动建章立制
项 县委巡察办 2022年; 市委巡察组 进驻 巡察时间 年 月 日至 月 日 公告 电话; 巡察整改 公示 截至 反馈问题 已整改 整改完成率 百分之
村党支部; 中央环保督察 回头看 反馈 整改 进展 市 完成整改 项 达到序时 项 截至 年 月底; 巡察 反馈 问题 整改 一 二 三 四 五 个 问题
已全部 整改到位 追回资金 万元 党纪处分 人; 教育督导 反馈问题 整改 学校 督导组 发现问题 条 已整改 条 整改报告; 群众信访举报件
边督边改 公开情况 第 批 全县 已办结 件 县生态环境局; 督查组 检查 发现 問題 處 已整改 處 燃氣 安全 檢查; 巡察组 向 反馈 巡察情况
指出问题 三十 个 整改建议 条 于 年 月 日; 建筑工地 安全 督查 发现隐患 条 下达整改通知书 份 住建局 检查组 近日 开展; 巡察整改
“回头看” 督查 发现 整改不到位 问题 个 责令 重新整改 单位 家; 水利 督查 暗访 发现问题 个 已完成整改 个 水库 安全度汛 整改率;
特种设备 电梯 安全检查 發現隱患 處 已整改 處 市場監管 檢查組; 交通运输 安全 督查 检查组 发现问题隐患 项 立行立改 项 道路运输企业
日至 日; 巡察 进驻 动员会 巡察时间 为期 天 年 月 日至 年 月 日 县委第 巡察组 对 党组; 审计整改 “回头看” 审计发现问题 项 已整改到位
项 整改到位率 县审计局 近日; 农村饮水 安全 督查 发现问题 处 已整改 处 县水利局 督查组 排查; 危险化学品 企业 专项检查 發現隱患 項
當場整改 項 應急管理局 執法.

Schema and conventions as in make_truths_snippets9.py … make_truths_snippets20.py: ``problems`` always empty; ``genre``
``"snippet"``; ``kind`` only when a title line names a rectification 通报/报告 (→ bulletin) or 整改方案 (→ plan) (none
here does); ``title``/``issuer`` only when the title line names a rectification or inspection document (news headlines
null); ``report_date`` from a signature, else a page/source date line inside the snippet; ``inspector``/``inspected``
null. Days with no year give no date unless a date line in the snippet gives the year; a recheck or a 督导 of others'
排查整治/整改 work gives no inspection dates (blind7, snippets17/19/20); meetings and hand-overs are not inspection dates.
Petitions, clues, cases, bodies, people, rates, money, notices, approximations ('160余项') are not headline figures;
hazards or problems found by a check are problems_total; 'found N … 当场整改 M' gives M done, an order to fix ('当场责令
改正') gives no done count (snippets20); all fixed stated gives done = total (snippets20).

Judgement calls new in this set (each also said in the truth's anomalies):
- NEW: a 督察 petition notice's '(2017年8月11日至9月11日)' 督察进驻期间 is the inspection period (start/end); its
  '更新時間:2017年9月10日' is the report date (zhejiang).
- NEW: the issues a batch of petitions raises ('涉及环境问题3个', '(7个信访件,涉及13个问题)') are not problems found by
  an inspection: no figure (binzhou, xuancheng).
- NEW: a signature date '2024年4月25日' beats a bare page date line '2024-05-29' at the top (xuancheng).
- NEW: a 巡察公告 whose digits lost their '月' ('从2025年1021日至2026年1月9日', signature '20251021日'): start read as
  2025-10-21 (the same day as the page's '发布日期:2025-10-21', which is also the report date), end 2026-01-09; the
  petition deadline '2026年1月5日' is not the end. Its title line '巡察公告' names an inspection document: title kept,
  issuer from the signature '中共中山市委第巡察组' (its number lost, kept verbatim); kind null (zhongshan).
- NEW: '整改隱患5處' with no count of hazards found → problems_done 5, problems_total null (as snippets17's done-only).
- NEW: '从2021年4月21日起开展为期一周' → start 2021-04-21, end null (a duration is not an end date) (road transport).
- NEW: '新增或修订相关制度34项' → rules_made 34 (shaxian).
- NEW: '隐?200条(处)' with a digit lost to '?' mojibake: the count is unreadable, no figure (fire detachment).
- NEW: a list-page date widget '01' over '2014-08' → report_date 2014-08-01; its 通報's '6月25日至27日' take the title's
  '2014年' (start 2014-06-25, end 2014-06-27); a 督查 findings 通報 is not a rectification bulletin (kind null) but its
  title line names an inspection document (title and issuer '市城建委' kept) (city_construction).
- NEW: a date line '20.03.2018  17:52' (day.month.year) → report_date 2018-03-20 (wuzhong).
- NEW: '發現火災隱患133處,當場責令改正128處' → 133, done null (an order); '檢查單位128家' are bodies (xinyang).
- NEW: a first round's national figure '发现隐患问题22295项' on a page announcing the second round → problems_total 22295;
  '明升手机品' (a spam word for '化学') kept (ammonium nitrate).
- NEW: of two copies of one 应急管理部 news item (traditional zxqkmy.com and simplified chemall.com.cn, reworded) one is
  kept; '共發現問題隱患2588項' → 2588; the earlier phase's '16.9萬余項' is an approximation of another phase.
- NEW: '重大安全隱患31項、一般安全隱患226項' sum to the stated '257項安全隱患' → 257 (hubei).
"""
from pathlib import Path

from make_truths import (check_dates_printed, check_figures, check_title_issuer, day_forms, head, ins,
                         write_stored_snippets)
from make_truths_snippets10 import doc

HERE = Path(__file__).resolve().parent.parent / "snippets21"

WHOLE: set[str] = set()

EXTRA_FORMS = {
    "2024-02-09": ["2024年02月09日"],
    "2022-04-25": ["2022年04月25日"],
    "2014-08-01": ["01\n2014-08"],
    "2014-06-27": ["6月25日至27日"],
    "2018-03-20": ["20.03.2018"],
}

# Independent recount: the phrase each non-null headline figure was read from, re-found verbatim.
RECOUNT = {
    "huangbohai_holiday_covert_check_16_hazards_trad": ["發(fā)現(xiàn)問題隱患16項(xiàng)"],
    "xinyang_fire_night_check_133_ordered_trad": ["發現火災隱患133處"],
    "longxu_food_safety_sweep_34_29_trad": ["發現風險問題34個,已完成整改29個"],
    "shaxian_xuncha_rectification_ducha_rules34": ["新增或修订相关制度34项"],
    "county_five_year_xuncha_summary_2554_problems": ["发现各类问题2554个"],
    "zhuhai_gas_restaurants_check_57": ["发现安全问题及隐患57处"],
    "baihe_winter_gas_check_37_notices_37": ["共发现安全隐患37处"],
    "qianwan_gas_quarter_sweep_14_all_fixed": ["各类问题14个,已全部整改到位"],
    "city_construction_safety_ducha_bulletin_158_trad": ["查出各類問題和隱患158處"],
    "zhaohua_elevator_check_5_fixed_no_total_trad": ["整改隱患5處"],
    "county_road_transport_may_day_check_3_hazards": ["共检查出存在隐患3处"],
    "wuzhong_transport_two_sessions_25_all_fixed": ["检查出隐患25处", "发现的隐患已整改完毕"],
    "hubei_hazchem_night_raid_257_trad": ["存在257項安全隱患", "重大安全隱患31項、一般安全隱患226項"],
    "ammonium_nitrate_first_round_22295_spam_word": ["发现隐患问题22295项"],
    "mem_major_hazard_sources_ducha_2588_trad": ["共發現問題隱患2588項"],
}

DOCS = {
    # --- 巡察 / 巡视 / 审计 -----------------------------------------------------------------------------------------
    "casc_internal_xunshi_feedback_round2_2024": doc(
        "https://2012.spacechina.com/n25/n2014789/n2014799/c4305837/content.html",
        ["A group's internal 巡视 feedback news; '2024年第二轮' names the round, '近日'/'日前' give no date. '两家' bodies; "
         "no count of problems: no figure."]),
    "city_xuncha_leading_group_192_clues": doc(
        "http://jsjw.gov.cn/zwgk/xsxc/bjxsxcqk/content_412263",
        ["News headline with a '【巡察反馈】' tag (title null); '发布时间:2020-08-26' → report_date. The meeting '8月23日下午' "
         "is no inspection date. '192条线索' (23 + 169) are clues: no figure."],
        report_date="2020-08-26"),
    "shaxian_xuncha_rectification_ducha_rules34": doc(
        "http://www.sxcdi.gov.cn/doc/release?resourceId=dc63e35558dae36&resourceType=3",
        ["Portal heading '巡视巡察', news headline, '发布时间:2023-02-08' → report_date; image names on lines of their own "
         "kept. '2月1日至3日' is a 督导 of others' 巡察整改 (a recheck): no dates. NEW: '新增或修订相关制度34项' → rules_made "
         "34; '18.04万元' money; '4个乡镇', '12个部门单位' bodies. The stored page is cut inside its last paragraph: cut "
         "back to the last whole sentence (so the figure stays). Paragraph indents left out."],
        report_date="2023-02-08", headline=head(rules=34)),
    "county_five_year_xuncha_summary_2554_problems": doc(
        "http://lcjjjc.gov.cn/info-138-11001.html",
        ["A county's five-year 巡察 summary (first two paragraphs; the page is cut in the third). '发现各类问题2554个' → "
         "problems_total 2554; '问题线索68件' clues, '149个' bodies, '12轮' rounds, '427余万元' money, meeting counts "
         "('10次', '9次', '21次') are not figures. '2016年以来' a span: no date."],
        headline=head(pt=2554)),
    "zhongshan_henglan_xuncha_notice_broken_dates": doc(
        "http://www.zs.gov.cn/hlz/tpxw/content/post_2558128.html",
        ["Portal chrome ('无障碍版 长者助手 登录', breadcrumb), title line '巡察公告', '发布日期:2025-10-21' → report_date (the "
         "signature '20251021日' has lost 年/月 and says the same day). NEW: '从2025年1021日至2026年1月9日' → start "
         "2025-10-21 (its 月 lost), end 2026-01-09; the petition deadline '截止到2026年1月5日' is not the end. '市委第巡察组' "
         "has lost its number (kept verbatim in the issuer). '图片1.png' kept. kind null (a notice, not a bulletin)."],
        title="巡察公告", issuer="中共中山市委第巡察组", report_date="2025-10-21",
        inspection=ins(start="2025-10-21", end="2026-01-09")),
    "provincial_audit_reaudit_of_rectification_160_plus": doc(
        "http://dq.baitongwang.com/honggangqu/2023/0607/13001.html",
        ["An '【资料图】' line above a news lead on a provincial re-audit of 审计整改. '6月5日' has no year ('2020年至2022年' is "
         "the span audited, '5月底' no day): no dates. NEW-ish: '问题160余项' is an approximation (snippets12/14/18), "
         "'80%以上' a rate: no figure. '标签:' chrome line kept."]),
    # --- 环保督察 petitions ------------------------------------------------------------------------------------------
    "ezhou_central_third_group_24th_batch_petitions": doc(
        "https://sthjj.ezhou.gov.cn/ztzl/wqztlm/zysthbdc/bdbg/202109/t20210926_428083.html",
        ["News headline and a sub-headline '第十五批信访件已办结63件 共问责9人'. '9月24日' has no year (the url's 2021 is not "
         "read): no date. Petitions ('159件', '已办结63件'), bodies ('28家', '11家'), people, money: no figure. Footer left "
         "out."]),
    "shandong_ninth_batch_petitions_noyear_trad": doc(
        "http://supersmoothiequeens.com/hqfz/202109/t20210913_11657775.htm",
        ["Glossed traditional copy of a petition-batch notice; '截至9月13日' no year: no date. Petitions, bodies, people: no "
         "figure. The stray '(' of a cut byline after the last '。' is left out."]),
    "zhejiang_29th_batch_petitions_stationing_period_trad": doc(
        "http://hacker2.cn/2014_subject/subject5/program1/2802253.shtml",
        ["Glossed traditional copy; '更新時間:2017年9月10日 9:38' → report_date. NEW: '督察進駐期間(2017年8月11日至9月11日)' "
         "→ start 2017-08-11, end 2017-09-11 (the 督察's stationing period). '9月9日上午' a hand-over. Petitions ('6008件', "
         "'4532件'), bodies ('5698家'), money, people: no figure."],
        report_date="2017-09-10", inspection=ins(start="2017-08-11", end="2017-09-11")),
    "chifeng_17th_batch_petitions_noyear": doc(
        "http://sthjj.chifeng.gov.cn/ztlm_0/rdzt/hjbhdcznmg/bdbg/202506/t20250623_2607327.html",
        ["A 边督边改 petition notice; '6月23日' no year: no date. Petitions, bodies, money: no figure. The attachment line "
         "('….pdf') kept."]),
    "dingzhou_central_first_group_petitions_23_trad": doc(
        "http://pfpofficestaff.com/col/1648197657481/2022/04/25/1650859193755.html",
        ["Glossed traditional copy; '發(fā)布時間:2022年04月25日' (zero-padded) → report_date. Petitions only: no figure. "
         "Source glitches kept: '涉土壤類6,' (no 件) and '正在辦理1中央…' (a sentence run into the next)."],
        report_date="2022-04-25"),
    "binzhou_provincial_seventh_group_first_petitions": doc(
        "https://hb.dzwww.com/p/8485103.html",
        ["'大众报业·海报新闻·2021-05-13 22:57·海报滨州' → report_date; '5月13日' is a hand-over, not an inspection date. NEW: "
         "'涉及环境问题3个' are the issues the petitions raise, not problems found by an inspection: no figure."],
        report_date="2021-05-13"),
    "xuancheng_provincial_second_group_petitions_signature": doc(
        "https://www.xuancheng.gov.cn/News/show/1554657.html",
        ["NEW: a bare date line '2024-05-29' on top and a signature '2024年4月25日' under the 联络组: the signature wins → "
         "report_date 2024-04-25. NEW: '(7个信访件,涉及13个问题)' are issues the petitions raise: no figure."],
        report_date="2024-04-25"),
    # --- 扫黑除恶 -------------------------------------------------------------------------------------------------------
    "sweep_black_third_round_feedback_timeline_trad": doc(
        "http://www.7dadao.cn/news/show.php?itemid=2639",
        ["Glossed traditional copy with '?' mojibake ('向?qū)幭幕刈遄灾螀^(qū)'); a timeline of ten 督导 feedbacks to "
         "different provinces, none with a year; '從6月初至7月初' months only: no dates. Cut back to the last whole "
         "paragraph. No figure ('11個' groups, '9省份1兵團' bodies)."]),
    # --- safety, fire, food, gas, transport ---------------------------------------------------------------------------
    "huangbohai_holiday_covert_check_16_hazards_trad": doc(
        "http://ctbtax.com/news/system/2024/10/06/200609262.shtml",
        ["Glossed traditional copy; '10月1日—7日' (planned) and the one-day '10月6日' have no year (the url's 2024 is not "
         "read): no dates. '發現問題隱患16項' → problems_total 16; '部分問題進行了立即整改' uncounted: no done; '3家' bodies."],
        headline=head(pt=16)),
    "city_fire_detachment_summary_mojibake_digits": doc(
        "http://xiuzhiben.com/zfw/html/czzf/2015/OHPFQHHE_0511/2259.html",
        ["'?' mojibake swallows digits and characters ('截??3日', '单?584家', '企?026家'); paragraphs end without '。'. NEW: "
         "'共发现督促整改隐?200条(处)' has lost a digit or more: the count is unreadable, no figure. '53家', '61家' bodies, "
         "'10人' people, '233万元' money. '7日', '3日' give no date."]),
    "county_fire_rescue_ducha_epaper_day_only": doc(
        "http://rdrb.net.cn/Article/index/aid/8199154.html",
        ["E-paper chrome ('第二版:综合新闻', '阅读量', '本文字数'); '2024年02月09日' (zero-padded) → report_date. '6日上午' has "
         "no month, and it is a 督导 of a county's 专项整治 work: no dates. No figure."],
        report_date="2024-02-09"),
    "xinyang_fire_night_check_133_ordered_trad": doc(
        "http://www.sdlsmy.com/dfpd/hen/bwzg/2011-08/25/content_13192372.htm",
        ["Traditional copy; '8月24日下午' has no year (the url's 2011 is not read): no date. NEW: '發現火災隱患133處,當場責令"
         "改正128處' → problems_total 133, done null (an order, snippets20); '檢查單位128家' bodies; '《責令改正通知書》3 份' "
         "notices; '43個' groups, '117人次' people."],
        headline=head(pt=133)),
    "longxu_food_safety_sweep_34_29_trad": doc(
        "http://www.jtprs.com/zj/content/2024-08/23/content_9063340.htm",
        ["Partly glossed traditional copy; '近日' no date. '發現風險問題34個,已完成整改29個' → 34/29; '511家次' bodies "
         "checked, '3家' cases."],
        headline=head(pt=34, pd=29)),
    "zhuhai_gas_restaurants_check_57": doc(
        "http://www.360elib.com:2027/detail.aspx?NewsCode=NC2046&NewsId=63212408&OrgId=001",
        ["'近日' no date. '发现安全问题及隐患57处并其督促整改' (garbled word order kept) → problems_total 57; urging a fix "
         "gives no done count. '38户' bodies."],
        headline=head(pt=57)),
    "baihe_winter_gas_check_37_notices_37": doc(
        "https://www.baihe.gov.cn/Content-817928.html",
        ["News headline; '时间:2016-11-08 11:41' → report_date; '近期' no date. '共发现安全隐患37处' → problems_total 37; "
         "'限期整改通知书37份' notices (the same number); '4家', '40个' bodies."],
        report_date="2016-11-08", headline=head(pt=37)),
    "qianwan_gas_quarter_sweep_14_all_fixed": doc(
        "http://www.nbsafety.org.cn/home/article/7852.shtml",
        ["'一季度' no date. '各类问题14个,已全部整改到位' → 14/14 (all fixed stated); '7家', '32家', '6家', '23个' bodies, "
         "'6次', '1200余人', '500余份' not figures."],
        headline=head(pt=14, pd=14)),
    "city_construction_safety_ducha_bulletin_158_trad": doc(
        "http://www.1980w.cn/list/107.html?page=30",
        ["A list page's item: a date widget '01' over '2014-08' → report_date 2014-08-01 (NEW); the 通報 title line names an "
         "inspection document (title kept, issuer '市城建委'), kind null (findings, not rectification progress). '?,' "
         "mojibake kept. '6月25日至27日' take the title's 2014 → start 2014-06-25, end 2014-06-27. '查出各類問題和隱患158處' "
         "→ problems_total 158; '7個督查組', '76項' projects. Cut back to the last whole sentence (the rest was cut "
         "mid-sentence)."],
        title="市城建委關于2014年全市建設工程安全生產大檢查暨第二季度安全生產檢查的通報", issuer="市城建委",
        report_date="2014-08-01", inspection=ins(start="2014-06-25", end="2014-06-27"), headline=head(pt=158)),
    "hanshou_construction_q2_enforcement_check_trad": doc(
        "http://www.geha2ch.com/article/123/25.html",
        ["Traditional copy; '發布時間:[2021-06-05 18:45 ]' → report_date; '2021年6月1日至6月4日' → start 2021-06-01, end "
         "2021-06-04. '整改通知書12份', '停工整改通知書2份' notices, '14個' projects: no figure. Caption '檢查現場' kept."],
        report_date="2021-06-05", inspection=ins(start="2021-06-01", end="2021-06-04")),
    "huoqiu_gas_ducha_spam_suffix": doc(
        "https://fstrecruiting.com/stzsb/5253576.html",
        ["Headline with a casino-site suffix '-尊龙凯时官方网站'; '发布时间:2023-09-28 18:24' → report_date. '2023年9月25日-"
         "26日' is a 督导 of a county's 专项整治 work: no dates (convention). '20家', '1家', '2家' bodies; no count of "
         "problems."],
        report_date="2023-09-28"),
    "zhaohua_elevator_check_5_fixed_no_total_trad": doc(
        "http://www.sh1j2.com/zj/content/2022-02/28/content_8789370.htm",
        ["Glossed traditional copy; '日前' no date. NEW: '整改隱患5處' with no count of hazards found → problems_done 5, "
         "problems_total null; '23臺' elevators, '1起' a case."],
        headline=head(pd=5)),
    "county_road_transport_may_day_check_3_hazards": doc(
        "http://jtj.cngy.gov.cn/ygj/News/show/20210508165445819.html",
        ["NEW: '从2021年4月21日起开展为期一周' → start 2021-04-21, end null (a duration is no end date); '4月27日' a meeting. "
         "'共检查出存在隐患3处' → problems_total 3; '七项' work items, '8台次', '30余人次' not figures."],
        inspection=ins(start="2021-04-21"), headline=head(pt=3)),
    "wuzhong_transport_two_sessions_25_all_fixed": doc(
        "http://yinchuan.baogaosu.com/xinwen/%E6%8E%AA%E5%B9%B6%E4%B8%BE%E7%A1%AE%E4%BF%9D%E5%85%A8%E5%9B%BD%E4%B8%A4%E4%BC%9A%E6%9C%9F%E9%97%B4%E4%BA%A4%E9%80%9A%E8%BF%90%E8%BE%93/65679659/",
        ["NEW: date line '20.03.2018  17:52' (day.month.year) → report_date 2018-03-20. '检查出隐患25处,…发现的隐患已整改完毕' "
         "→ 25/25; '9480平方米', '13块' quantities, '47家' bodies, '12份' notices, '122起' violations, '54车次' vehicles."],
        report_date="2018-03-20", headline=head(pt=25, pd=25)),
    "pearl_river_commission_rural_water_check_trad": doc(
        "http://kingfishertimes.com/hnnew/2023-10-21/691587.html",
        ["Glossed traditional copy with chrome ('首頁—正文 分享'); '2023年10月21日 09:19' → report_date. '7月至9月' months "
         "only: no dates. '復核了7個各渠道反饋問題' were rechecked, not found; '99處', '64個', '522戶' bodies: no figure. "
         "Cut back to the last whole paragraph; paragraph indents left out."],
        report_date="2023-10-21"),
    "hubei_hazchem_night_raid_257_trad": doc(
        "https://www.j637.cn/politics/2019-04/16/c_1124374293.htm",
        ["Glossed traditional wire copy '新華社武漢4月16日電' (no year) with '?' mojibake and doubled punctuation (',,', ',。'); "
         "'4月上旬', '5天' no dates. '20家…企業存在257項安全隱患' → problems_total 257 (= '31項' major + '226項' general); "
         "'409家' bodies. Related-article list left out."],
        headline=head(pt=257)),
    "ammonium_nitrate_first_round_22295_spam_word": doc(
        "http://sdyjmm.com/htmlnews/2020/8/444474.shtm",
        ["NEW: a spam word '明升手机品' stands for '化学' (three times, kept). '第一轮专项检查于8月7日至17日' has no year "
         "('昨日(21日)' neither): no dates. '发现隐患问题22295项' → problems_total 22295 ('重大隐患59项' a subset); "
         "'3048个' groups, '8895家', '42家', '4家' bodies. Disclaimer left out."],
        headline=head(pt=22295)),
    "mem_major_hazard_sources_ducha_2588_trad": doc(
        "http://www.zxqkmy.com/html/hgzhfw/zcfg/2021/1228/12829.html",
        ["Traditional copy with '?' mojibake, one line with blanks between paragraphs and a trailing ' |' (kept). '27日' "
         "has no month: no dates. '共發現問題隱患2588項' → problems_total 2588 ('重大隱患111項' a subset); the earlier "
         "phase's '16.9萬余項' is an approximation of another phase; '56個', '179家', '13家' bodies. A simplified, reworded "
         "copy (chemall.com.cn/news/show-95544.html) is left out."],
        headline=head(pt=2588)),
}


def check(stem: str, d: dict, text: str) -> None:
    """Recount: every headline figure must be printed in the text (and its phrase re-found), every date's day near its
    month, every title and issuer verbatim."""
    check_figures(stem, d, text, RECOUNT)
    check_dates_printed(stem, d, text, day_forms(EXTRA_FORMS))
    check_title_issuer(stem, d, text)


def main() -> None:
    write_stored_snippets(HERE, DOCS, WHOLE, check, no_problems=True)


if __name__ == "__main__":
    main()
