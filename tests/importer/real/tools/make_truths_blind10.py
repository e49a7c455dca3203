"""Write the truth files of tests/importer/real/blind10: a held-out batch labelled in session 13 on issue 10 by a
helper (blind10) that did not change the parser and did not read zhenggai/importer/, scored once on main's untouched
parser (FIRST_RUN_blind10.txt). Whoever changes the parser for it must say so and keep that first run as the honest one.

Same schema and conventions as ``make_truths.py``, ``make_truths_blind8.py`` and ``make_truths_blind9.py``. The texts are
the stored copies the search tool's ``pages`` corpus returned (at most ~2,000 bytes of a page; ``excerpt`` marks the cut
ones), copied as returned: ASCII commas and colons, traditional characters with their pinyin glosses ('學(xué)習(xí)'),
masked years and names (' * 年', 'XX镇', '××社区', '(略)'), runs of '?' where a page lost its spacing, 'App' photo
captions and doc-sharing chrome kept. None of the twelve urls is in an earlier batch (every "url" under tests/importer/
and /work/shared/corpus was listed and each new page's host and path checked against it, ignoring scheme and www.).

The aim was pages that HOLD PROBLEMS. Queries used (``pages`` corpus unless said): 整改任务第 项 完成情况 公示 督察反馈问题
整改完成情况; 验收销号公示 整改目标 整改措施 整改完成情况 环保督察; 关于审计发现问题的整改情况 公告 已整改; 反馈指出 整改情况
已完成 督察反馈问题 整改落实情况 公开; 突出生态环境问题整改验收销号公示 整改问题 整改实施主体 完成时限; 反馈问题 序号 整改情况的
公示 整改任务 整改目标 特此公示; 群众身边不正之风和腐败问题 整改 公示 问题清单 已整改; 整改情况说明 存在问题 整改措施 整改结果
已整改到位; 巡察反馈问题整改情况 问题一 整改情况 已完成整改 村党支部; 关于 问题的整改情况 该问题已整改完成 一是 二是 巡察;
问题整改销号 编号 整改目标 完成情况 公示时间; 督察发现 整改情况 现场核查 已整改到位 信访件 办理情况 公开; 审计结果公告 审计
发现的主要问题 整改情况 已整改; 整改落实情况 问题清单 序号 问题描述 整改措施 责任人 完成时限 已完成; 自查自纠 存在的问题
整改措施 整改情况报告; 督查发现问题 通报 整改情况 1. 2. 3. 已整改 责令整改; 中央环保督察 交办 信访件 整改情况 公开 问题属实;
問題整改情況 公示 整改措施 已完成整改 巡察反饋; 存在问题 整改措施 整改时限 责任领导 整改清单 党支部 组织生活会 查摆问题;
巡察反馈问题整改 一、关于 问题 整改情况 已整改 党委 二、关于; 专项检查 通报 存在问题 1. 2. 3. 整改要求 立行立改; 问题1: 问题2:
整改措施: 整改结果: 已整改; 检查发现的问题及整改情况 一是 已整改 二是 正在整改 通报; 巡察整改 问题 已整改到位 序号 反馈问题
整改措施 整改进展 表; 整改情况的报告 针对 问题 我们 采取了以下措施 目前已整改完毕; 专项审计 问题整改情况的报告 问题描述 整改情况
整改措施; 巡察反馈意见整改情况报告 反馈问题: 整改情况: 范文; 环保督察 问题 整改情况 公示 企业 整改措施 整改完成时间 已完成;
also ``code`` (巡视整改 问题 整改进展 已完成 持续推进 关于 的问题: software only), ``docs`` (生态环境保护督察 反馈问题 整改 销号
公示: API pages only) and ``find_string`` over the code index (整改情况：已完成整改: code templates; 验收销号公示: nothing).
Most pages these return that hold a problem list were already labelled (南宁大气污染审计整改函, 瑞金/慈溪/宁波/罗湖 审计整改报告,
铁东区 序号十, 东丽区 第7项, 宿马园区 2024 notices, …). Eight new pages hold problems (22 problems between them), below the
twelve the brief asked for; the four others are kind 5 and unlike earlier batches (a street-supervision brief counting 处,
an exposure notice whose problem table did not survive, two petitions tallies in 件, one traditional).

Kinds: 3 (one notice per task or a pair of tasks in fixed fields: suma_243_signoff, suqian_two_items_signoff,
town_air_audit_rectification), 2 (problems in the second section after a general one, or after a background chapter:
hpu_branch_check_notice, branch_standard_selfcheck, school_selfcheck_problems_trad, district_efficiency_selfcheck_trad,
town_party_org_problems), 5 (road_supervision_brief, huangzhou_shuangchuang_exposure, tongliao_petitions_batch33,
hainan_petitions_batch23_trad), 6 (traditional copies with glosses, problems counted in 处, a two-line newspaper title),
7 (a masked year, a signature date with masked month and day, a date in a title, days without a year).

Measures were counted twice: once by reading each problem's text, once by listing the markers under it (一是/二是, （1）,
1./1、, ①) and the fields (重点措施, 完成情况, 整改措施); the two agree for every problem: suma 243 -> 1 (one 重点措施
paragraph, no marker), suqian 8 -> 1 and 14 -> 1 (one 完成情况 paragraph each, no marker), town_air -> 5 (1、…5、 inline
under 整改措施:; the 三、下步计划 （一）（二） are next steps, not counted), and 0 for the fifteen problems of the five
self-check and check documents (below).

Judgement calls, stated once here and in each truth's anomalies:
- a problem that is only stated, followed by its causes (成因:, 一是…二是… of reasons) or by its description, has measure_count
  0: no measure is present in the text. A check notice's separate '三、整改要求' 1./2./3. are demands to the checked branches,
  not measures of a problem (they sit in their own section, not under each problem), so its three problems count 0 too;
- an item whose first sentence is a heading and the rest its explanation ('1、政治學習不夠,理論功底不深。干部職工…',
  '(一)村级党支部活动阵地缺乏,…。' then paragraphs) is titled by the heading sentence; an item that is one statement is
  titled whole;
- a sign-off notice's one problem is numbered by the task the lead names ('243号问题' -> 243), as the 第15项/序号32 notices;
  items '1.?编号8:…' / '2.?编号14:…' are numbered by their 编号 (8, 14), the problem's own number in the province's list,
  not by the notice's enumeration;
- a problem's status is done when the text says the listed problems were all rectified ('现已完成整改工作', '已全部整改完毕'),
  in_progress when it says '未整改到位,预计…整改到位'; a check or self-check that states no rectification leaves it null;
- problems counted by kind ('5项短板、3项弱项、2项风险点') give no total (as wenshan_village_counts); '交办的2个问题…现已完成整改
  工作' gives 2 and 2; problems in 处 with 问题 ('共发现7处问题…已完成整改6处') are problems; 信访(举报)件 are never problems;
- a self-check's own period ('于2023年8月1日至8月31日开展首轮自查') is the inspection's; acceptance checks of the
  rectification (初验, 抽验) and a '回头看' of a handed-over list are not; a list handed over (交办) on a day is its feedback;
- a masked year (' * 年1月1日', '2020年X月XX日') gives no date; a brief dated in its title ('工作简报(2018年11月28日)') has that
  report date; a 范文 site's '時間:' line is the page date (the report date when there is no signature), as in blind9;
- a collection of problems and countermeasures (存在的问题和相应对策) is a plan (what will be done), not a progress bulletin.
"""
from pathlib import Path

from make_truths import GLOSS, head, ins, prob, simplified, write_labelled_set  # noqa: F401 (GLOSS, simplified: re-exported)

HERE = Path(__file__).resolve().parent.parent / "blind10"

SUMA_UNIT = "宿马园区党工委、管委会"

DOCS = {
    # --- one task, one notice (kind 3) -----------------------------------------------------------------------------------
    "suma_243_signoff": dict(
        url="https://suma.ahsz.gov.cn/ztzl/ahssthjbhdc/194134531.html", excerpt=False,
        genre="3 one-problem 验收销号公示 in fixed sections, numbered by the task in the lead (243号); 7 page and signature dates",
        kind="bulletin", title="突出生态环境问题整改验收销号公示", issuer="宿州马鞍山现代产业园区管委会",
        report_date="2023-07-27", inspection=ins(), headline=head(),
        problems=[prob(243, "宿马园区顺风光电项目工地施工场地,现场施工裸土未覆盖", category="整改问题", status="done",
                       measures=1, units=[SUMA_UNIT], deadline="2023年9月30日前")],
        anomalies=["Another 宿马园区 notice than blind2's two (this url is the 专题 column, 2023); '发布日期:2023-07-27 15:18来源: "
                   "宿州马鞍山现代产业园区管委会' is page chrome run together; signature '2023年7月27日' (the report date).",
                   "Judgement call: the one unnumbered problem under 一、整改问题 is numbered by the task the lead names "
                   "('243号问题'), as the 第15项/序号32 notices.",
                   "三、重点措施 is one paragraph: 1 measure; 四、目标任务 is a target, 六、整改完成情况 the result "
                   "('已整改完成,并通过核查验收': done). 五、完成时限 '2023年9月30日前' is the deadline.",
                   "'2023年7月27日至2023年8月9日,共10个工作日' is the 公示 period; the phone number is not a figure."]),
    "suqian_two_items_signoff": dict(
        url="https://ixbang.com/bid/detail/219DD0F4A22D4BDDE9CBFA6309C75217.html", excerpt=False,
        genre="3 one 销号 notice for two listed items '1.?编号8:' '2.?编号14:' with 整改目标/完成情况; 7 masked years",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(2, 2),
        problems=[prob(8, "宿迁市、淮安市加强洪泽湖入湖河流整治", status="done", measures=1),
                  prob(14, "完善全省工业园区(集中区)监测监控体系", status="done", measures=1)],
        anomalies=["Mirrored on a tender-notice site: years masked (' * 年度', '苏政传发〔 * 〕76号', ' * 年1月1日'), words cut "
                   "as ' (略) ', the signing body masked ('宿迁 (略)'), spacing lost as runs of '?'. No title line.",
                   "Judgement call: seq is the 编号 (8, 14), the item's own number in the province's list, not the notice's "
                   "1./2.; the items are worded as tasks but the lead calls them '交办的2个问题'.",
                   "'交办的2个问题…现已完成整改工作,进入销号程序': problems 2, done 2; both items done.",
                   "Each '完成情况:' is one paragraph: 1 measure each; '整改目标:' is a target, not a deadline. '8条', '75%', "
                   "'7个' are results, not figures. No unit is named ('我单位'); no date survives the masking."]),
    "town_air_audit_rectification": dict(
        url="https://jhxinrui.com/shiyongfanwen26/16155.html", excerpt=False,
        genre="3 a town's report on its one audit problem in fields 问题描述/整改情况/整改措施 (1、…5、 inline); 7 masked date",
        kind="bulletin", title="XX市XX镇关于大气污染防治专项审计问题整改情况的报告", issuer="XX市XX镇", report_date=None,
        inspection=ins(), headline=head(1),
        problems=[prob(None, "污水处理设施未启用", category="整改情况", status="in_progress", measures=5)],
        anomalies=["A template ('XX市XX镇', 'X月XX日', signature '2020年X月XX日' with month and day masked: no report date).",
                   "'涉及XX镇问题有1项' is the problems total; no done count is stated ('未整改到位').",
                   "The problem is the '问题描述:' field under 二、整改情况 (category), with no number; '整改情况:未整改到位,预计"
                   "X月XX日整改到位' is its status (in_progress), not a 整改时限 (no deadline).",
                   "'整改措施:1、…;2、…;3、…;4、…;5、…' inline: 5 measures (read, then the markers 1、–5、 listed). "
                   "三、下步计划 (一)(二) are next steps; 一、高度重视 is organisation."]),
    # --- problems in a later section (kind 2) ----------------------------------------------------------------------------
    "hpu_branch_check_notice": dict(
        url="http://hxhg.hpu.edu.cn/info/1048/3182.htm", excerpt=False,
        genre="2 a college's check notice: 一、总体情况 then 二、存在问题 1./2./3. then 三、整改要求 1./2./3.",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(None, "全院各党支部"), headline=head(),
        problems=[prob(1, "个别支部活动创新不足:学习形式仍以集中读文件为主,互动性、实践性有待加强", category="存在问题",
                       measures=0),
                  prob(2, "记录规范性需提升:部分支部会议记录存在要素不全(如未明确记录请假人员)现象", category="存在问题",
                       measures=0),
                  prob(3, "党建业务融合不够:少数支部未能有效结合学科特点设计特色活动", category="存在问题", measures=0)],
        anomalies=["No title, signature or date in the stored text (it opens '各党支部:'); the checker is unnamed ('根据学院党委"
                   "工作部署,近期…进行了专项抽查').",
                   "Judgement call: 三、整改要求 1./2./3. are demands to the branches in their own section (they pair one to one "
                   "with the problems, but nothing was done yet): measure_count 0 for each problem; status null "
                   "('请各支部对照问题立行立改').",
                   "Each problem is a label then a colon then the statement; the title keeps both."]),
    "branch_standard_selfcheck": dict(
        url="https://www.renrendoc.com/paper/509256108.html", excerpt=True,
        genre="2 a party branch's self-check report on a doc-sharing site, one line: background chapter, then 问题1:/问题2:/"
              "问题3: run into category headings (2.1组织设置类问题1:); 6 problems counted by kind; 7 self-check period",
        kind="bulletin", title="标准化支部建设自查情况及整改措施报告", issuer="××市××区××街道××社区第二网格党支部",
        report_date=None,
        inspection=ins(None, "××市××区××街道××社区第二网格党支部", "2023-08-01", "2023-08-31"), headline=head(),
        problems=[prob(1, "网格划分与支部覆盖错位,商务楼宇“口袋党员”6人长期未纳入管理", category="组织设置类",
                       status="done", measures=0),
                  prob(2, "支委班子结构老化,平均年龄54岁,35岁以下委员0人", category="组织设置类", status="done",
                       measures=0),
                  prob(3, "书记抓党建述职“形式大于内容”,2022年度述职报告38%篇幅为业务工作", category="班子队伍建设类",
                       status="done", measures=0)],
        anomalies=["Doc-sharing chrome ('版权说明:…', '文档简介', a '收藏' button run into the title); the whole body is one "
                   "line with chapter and section numbers run into the text ('…报告收藏第一章…1.1背景…').",
                   "Judgement call: '本支部于2023年8月1日至8月31日开展首轮自查' is the inspection period (a self-check found the "
                   "problems); '2023年9月1日至10月15日完成整改' is the rectification, '10月20日' 初验 and '11月5日' 抽验 check it; "
                   "'2023年7月' is when the plan was issued.",
                   "'存在5项短板、3项弱项、2项风险点,已全部整改完毕' counts problems by kind: no total, no done count (as "
                   "wenshan_village_counts); it makes every listed problem done. '6大类32项指标', scores and rates are not "
                   "figures.",
                   "Each problem is followed by '成因:' only: measure_count 0. Categories are '2.1组织设置类' and '2.2班子队伍"
                   "建设类' without their numbers. Cut off in problem 3's 成因."]),
    "school_selfcheck_problems_trad": dict(
        url="http://www.95008.net/haowen/6759.html", excerpt=True,
        genre="2 a school's self-check report (范文 site) with eight problems under 一、存在的問題; 6 traditional with glosses",
        kind="bulletin", title=None, issuer=None, report_date="2022-02-15", inspection=ins(), headline=head(),
        problems=[
            prob(1, "我校領(lǐng)導(dǎo)班子和教職員工在理論思想學(xué)習(xí)上,雖能自覺群眾理論和先進教育思想,在一定程度上存在著"
                    "學(xué)習(xí)作風(fēng)不實,被動應(yīng)付,寫筆記湊字數(shù),不求效果,專業(yè)知識吃老本的問題,思考問題不深刻,理論"
                    "和實踐不能深入的結(jié)合", category="存在的問題", measures=0),
            prob(2, "工作計劃不明確,盲目單干,不辨方向,犯了迷失方向的官僚主義錯誤", category="存在的問題", measures=0),
            prob(3, "杜絕了享樂主義方面的主要問題,但各位教師滿足于現(xiàn)狀,陶醉于已經(jīng)取得的成績,不立新目標,缺乏新動力",
                 category="存在的問題", measures=0),
            prob(4, "教師愛崗敬業(yè)的責(zé)任心需要進一步提高,部分教師把學(xué)校安排的工作當做一種負擔(dān),敷衍塞責(zé),或滿足"
                    "現(xiàn)有待遇,工作缺乏應(yīng)有的熱情和積極性", category="存在的問題", measures=0),
            prob(5, "關(guān)愛學(xué)生方法簡單,個別教師存在對學(xué)生管理不當、方法欠妥問題,關(guān)注學(xué)生成長不注重全面發(fā)展",
                 category="存在的問題", measures=0),
            prob(6, "終身學(xué)習(xí)方面亟待解決,部分教師沒有終身學(xué)習(xí)的意識,不主動參加學(xué)習(xí),對專業(yè)教師遠程教育培訓(xùn)"
                    "掛網(wǎng)不學(xué)習(xí)、考試找答案、專業(yè)知識吃老底,不主動提高自己的綜合能力", category="存在的問題", measures=0),
            prob(7, "個別教師存在擅自換課、調(diào)課、上課接打手機等工作紀律性差的問題", category="存在的問題", measures=0),
            prob(8, "在一定程度上存在著工作不夠扎實、制度措施落實不到位的問題", category="存在的問題", measures=0),
        ],
        anomalies=["Traditional characters with pinyin glosses kept in the titles ('學(xué)習(xí)'); a 范文 site's lead ('導(dǎo)語:…"
                   "九篇優(yōu)秀范文') before the report; '時間:2022-02-15 22:27:48' is the page date (the report date: no "
                   "signature).",
                   "Items 1、–8、 under 一、存在的問題, two ending in ';' instead of '。'; each is one statement, titled whole.",
                   "Cut off at '二、問題產(chǎn)生的原因' (causes): no measure present, measure_count 0; no status."]),
    "district_efficiency_selfcheck_trad": dict(
        url="http://www.sdshuichulishebei.cn/zichabaogao/tags_6211_1.html", excerpt=True,
        genre="2 a bureau's self-check report to the 督查室, headings run into one paragraph (一、…(一)存在的問題1、…); "
              "6 traditional with glosses",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[prob(1, "政治學(xué)習(xí)不夠,理論功底不深", category="存在的問題", measures=0)],
        anomalies=["A tag page's snippet: one paragraph holding the salutation, '一、行政效率方面存在的問題及整改措施', "
                   "'(一)存在的問題' and item '1、' run together; cut off in item 1's explanation.",
                   "Judgement call: item 1's first sentence is its heading ('政治學(xué)習(xí)不夠,理論功底不深。'), the rest "
                   "explains it; title = heading; no measure present (the 整改措施 part is cut): 0; no status.",
                   "The 區(qū)政府督查室 asked for the self-check; it is not an inspection team. No date."]),
    "town_party_org_problems": dict(
        url="https://www.doczj.com/doc/626821345.html", excerpt=True,
        genre="2 a town's paper on its party organisations' problems and countermeasures; 一、存在的问题 run into (一); "
              "doc-sharing metadata",
        kind="plan", title="关于基层党组织存在的问题和相应对策", issuer=None, report_date=None, inspection=ins(),
        headline=head(),
        problems=[prob(1, "村级党支部活动阵地缺乏,党支部组织活动难以开展", category="存在的问题", measures=0),
                  prob(2, "党员发展难度大", category="存在的问题", measures=0),
                  prob(3, "村党支部对党员的管理办法少,措施不得力,存在着重发展轻管理的情况", category="存在的问题",
                       measures=0)],
        anomalies=["Doc-sharing metadata ('- 格式:doc', '- 大小:33.50 KB', '- 文档页数:5') under the title; ASCII quotes.",
                   "Judgement call: problems with countermeasures (对策, what will be done) make a plan, not a progress bulletin.",
                   "'一、存在的问题(一)村级…' runs the section heading into problem (一); each (一)(二)(三) heading is the title, "
                   "the paragraphs after it describe the problem; (二)'s '一是…;二是…' are reasons, not measures: "
                   "measure_count 0 each. '42个农村党支部', '921名' are not figures. Cut off in (三) before any 对策."]),
    # --- no problem list (kind 5) ----------------------------------------------------------------------------------------
    "road_supervision_brief": dict(
        url="https://e-com-net.com/article/1753655610278166528.htm", excerpt=False,
        genre="5 a supervision team's one-afternoon brief; 6 problems counted in 处 with a done count; 7 date in the title",
        kind="bulletin", title="第二督导组工作简报(2018年11月28日)", issuer=None, report_date="2018-11-28",
        inspection=ins("市环境综合整治第二督导组"), headline=head(7, 6),
        problems=[],
        anomalies=["Reposted on a blog site: 'App' photo captions ('图片发自App') between paragraphs and a related-links "
                   "line repeating the title.",
                   "'共发现7处问题' and '发现的7处问题已完成整改6处,剩余1处正在整改中': problems 7, done 6 (处 with 问题).",
                   "The problems are named by area in one sentence ('其中涉及卫生死角、…等方面'): no problem list.",
                   "'今天下午' is the brief's day, not written as a date: no start or end."]),
    "huangzhou_shuangchuang_exposure": dict(
        url="http://huangzhou.cjyun.org/p/30149.html", excerpt=False,
        genre="5 an exposure notice whose problem table did not survive ('以上问题' follows nothing); 7 days without year",
        kind="bulletin", title="“双创”曝光台|问题清单“回头看”篇", issuer=None, report_date="2020-10-05",
        inspection=ins("区“双创”指挥部", None, None, None, "2020-08-04"), headline=head(),
        problems=[],
        anomalies=["The notice's table (pictures or a grid) is missing in the stored text: '现就检查情况通报如下:' is followed "
                   "directly by '以上问题,…': no problem list.",
                   "Judgement call: '市“双创”指挥部于8月4日向我区交办的问题清单' is the list's handover (the feedback), 2020 "
                   "from the signature '2020年10月5日' (the report date); '9月25日' is a '回头看' of the rectification, not "
                   "the inspection.",
                   "'50%以上' is an approximate share, not a figure. Editor line after the signature."]),
    "tongliao_petitions_batch33": dict(
        url="https://epaper.tongliaowang.com/paper/pc/content/202507/10/content_37350.html", excerpt=False,
        genre="5 a city's tally of petitions passed on by a central 督察 (counts in 件, 家, 人); 7 days without year",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins("中央第二生态环境保护督察组"),
        headline=head(), problems=[],
        anomalies=["E-paper page with no title or date; '7月9日' has no year in the text.",
                   "'224件信访件…已办结97件、阶段性办结83件、未办结44件' count petitions, not problems; '责令整改12家', "
                   "'立案处罚10家', the fine and '1人' are enforcement: no headline figure."]),
    "hainan_petitions_batch23_trad": dict(
        url="https://daluzixun.com/news/1703387497062826", excerpt=False,
        genre="5 a provincial newspaper's petitions tally; 6 traditional, a two-line title; 7 dateline without year",
        kind="bulletin", title="中央生態環保督察組轉交我省第二十三批羣衆信訪舉報件辦理情况顯示已依法辦結56件", issuer=None,
        report_date=None, inspection=ins("中央第三生態環境保護督察組"), headline=head(), problems=[],
        anomalies=["Traditional copy on a news mirror; the newspaper title is two lines (joined here); '評論留言' chrome.",
                   "'海南日報海口12月23日訊' and '截至12月23日' have no year: no report date.",
                   "'84件', '1427件', '屬實440件', '已辦結492件' … count petitions (信訪舉報件), not problems; rates are not "
                   "figures: no headline figure."]),
}


def main() -> None:
    # the texts are stored in blind10/; traditional copies' problems in simplified characters without glosses
    write_labelled_set(HERE, DOCS, None, trad=lambda stem: stem.endswith("_trad"), check_files=False)


if __name__ == "__main__":
    main()
