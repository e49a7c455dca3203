"""Write the truth files of tests/importer/real/blind13: a held-out batch of real pages that HOLD PROBLEMS, labelled in
session 14 on issue 10 by helper blind13, who did not change the parser and did not read zhenggai/importer/ or
tests/importer/*.py. Scored once on the worktree's untouched parser (FIRST_RUN_blind13.txt) before anything else changed;
whoever changes the parser for it must say so and keep that first run as the honest one.

Schema and conventions as make_truths.py, make_truths_blind9.py, make_truths_blind10.py, make_truths_blind11.py and
make_truths_blind12.py (head/ins/prob are imported from make_truths; no copy is traditional, so blind10's ``simplified``
is not needed). The texts are the stored excerpts the search tool's ``pages`` corpus returned (~2,000 bytes of a page),
copied as returned (bullets '  •', '- ', ASCII commas and colons, a doc site's 'PAGE / 1-' lines, a 范文 site's crumb
line, a portal's '热点新闻' tail kept); ``excerpt`` is true for every page cut by the store (2,000 bytes: all but the 宿州 notice).
No url is in an earlier truth: every "url" under /work/main/tests/importer and /work/shared/corpus and every url in
/work/main/tests/importer/real/tools/*.py was collected (499 host+path keys, scheme and 'www.' dropped) and each new
page's host+path was checked against them.

Queries used (``pages`` corpus): 巡察整改 附件 问题清单 项目1.1 整改时限 整改进展; 反馈指出 整改情况 已完成 督察 整改落实情况;
序号 问题 整改措施 责任单位 整改时限 完成情况 整改台账; 验收销号公示 整改情况说明 第 项 督察反馈问题; 问题1: 整改情况: 已整改
问题2: 巡察反馈 党支部 整改报告; 巡视反馈问题整改落实情况 整改措施 整改时限 长期坚持 已完成 清单; 关于问题的整改情况 该问题已整改
一是 二是 三是 审计 整改结果; 主题教育 检视问题清单 整改措施 整改时限 责任人 已完成; 村党支部 关于巡察反馈问题整改情况的公示
1.关于 整改情况 已完成整改; 审计发现问题整改情况公告 问题一 整改情况 已整改 问题二; 生态环境保护督察反馈问题 整改任务 第十二项
整改情况 达到序时进度; 專項巡察 反饋問題 整改情況 已整改 問題清單 整改措施; 巡察反馈问题整改台账 范文 问题描述 整改措施 整改时限
整改进展 已完成; 整改方向 问题表现 典型案例 巡视反馈 整改; 存在的问题及整改情况 1. 整改情况: 已于 月 完成整改 2. 检查 整改报告;
安全检查 隐患 整改情况 序号 隐患内容 整改措施 整改责任人 整改期限 已整改; 问题清单 整改清单 责任清单 附件 序号 问题内容 整改目标
整改措施 责任领导 完成时限; 关于某某问题 整改进展情况:已完成整改 整改进展情况:正在推进 巡察整改; 专项督查发现问题 整改情况报告
一、存在问题 二、整改措施 三、整改结果; 被巡视地区 常见问题 整改路径 问题类型 案例; 巡视发现的问题 方面 1. 2. 巡视整改 整改措施
整改效果; 环保督察 反馈问题 整改情况 问题一 整改措施 整改成效 企业 废气 已完成; 考核反馈问题整改情况报告 针对 问题 整改情况
已整改到位 正在整改; 審計 發現問題 整改情況 公告 已整改 正在整改; 范文网 整改情况报告 存在问题: 整改情况: 下一步计划 县绩效办;
巡察反馈问题整改情况报告 范文 一、 问题 整改情况 该问题已整改 二、; 民主生活会 查摆问题 整改落实情况 问题1 整改措施 完成情况
已完成; 督导反馈问题 整改落实情况汇报 针对 的问题 一是 二是 已整改; 巡察整改存在的问题 整改不彻底 表面整改 整改措施 加强组织领导;
問題清單 整改措施 整改時限 責任人 已完成整改 黨支部; 整改报告 问题一: 问题二: 问题三: 整改措施 整改结果 自查; 检查发现问题 通报
存在问题 1. 2. 3. 整改意见 限期整改 学校; 医保基金 飞行检查 发现问题 整改情况 1. 问题 整改措施 已退回; 责任领导: 责任科室:
整改时限: 整改措施: 问题 巡察反馈; 消防安全检查 问题 整改情况报告 一、存在的问题 二、整改情况 已整改完毕; 高校 巡视整改进展情况
关于 问题 整改 已完成 持续推进 校党委; 關於巡察整改進展情況的通報 針對 問題 已完成整改 持續推進; 针对“”的问题 整改情况 已整改
街道党工委 巡察整改情况通报 二、; 环境问题 整改销号 公示 问题名称 整改要求 整改完成情况 验收意见; 突出生态环境问题整改验收销号公示
整改问题 整改实施主体 重点措施 目标任务 完成时限; 督察反馈问题整改完成情况公示 整改目标 整改措施 完成情况 公示期 异议;
存在問題 整改措施 1. 2. 3. 整改報告 範文 單位 檢查發現.
Most problem-holding pages these returned were already labelled (南宁大气污染审计整改函, 婺城文旅体局, 湖北回头看清单, 宿马园区
2023/2024/2025 notices, 东丽区第7项, 大荆中学 自查整改报告, 限期整改通知书(繁体), 标准化支部自查, 乡镇政务公开清单(繁体),
黄州双创曝光台, 华北水院 check notice, …). Ten new pages hold problems (29 problems between them); most are content-farm
explainers (AI-style articles on 巡视/巡察 problems), since the official pages the store holds are nearly all labelled. No new
traditional copy holding problems was found (the traditional pages returned were feedback news, a speech cut before its
list, or already labelled).

Kinds (issue 10): 3 one task, one notice (suzhou_petition_signoff); 2 problems in a later section after background or a
general part (transport_perf_feedback_one_problem, xunshi_rectification_problems_section_two,
xihua_university_problems_section_two, enshi_inspection_story_problems); 1-like dotted labels 1.1/1.2
(xunshi_2018_deep_problems_dotted); problems then a matching measure list (university_xunshi_problems_then_measures,
xihua_university_problems_section_two); bullets without numbers (xunshi_rectification_problems_section_two,
env_inspection_company_case); '之一/之二' labels (mechanism_problems_zhiyi_zhier); a (一) category over 1.–3.
(inspected_regions_common_problems).

Measures were counted twice: once by reading each problem's text, once by listing the markers under it (1./2./3.,
(一)–(四), '- ' bullets under 整改措施:, 1.–4. inline under 三、重点措施); the two agree for every problem:
2018 deep problems 3, 0 (the second is cut before its 整改方向); common problems 0, 0, 0; 恩施 0 ×6; transport 4;
section-two 0, 0, 0; company case 0, 0, 0, 3; university 1, 1, 1, 1; 西华 1, 1, 1, 1; 宿州 4; 之一/之二 0, 0.

Judgement calls (NEW where marked; each is also in the truth's anomalies):
- (NEW) a dotted label '1.1 政治站位不高,党的领导弱化' is numbered by its last number (1; '1.2' -> 2), as the brief says for
  项目1.1/问题2.3; its category is the chapter '一、政治建设方面存在的深层问题' without numbering; the '问题表现' bullets are the
  problem's description and the '典型案例' bullets an example, not measures; '整改方向' 1./2./3. are its measures;
- (NEW) an explainer article that pairs problems with proposed directions or measures ('整改方向', '提出…整改路径',
  '提出相应的整改措施', '巡视整改的措施 … 可以采取以下措施') is a plan (what should be done), as blind10's 存在的问题和相应对策;
  an article that reports what was done ('整改成效', a case's '整改效果') or lists problems only is a bulletin;
- a second numbered list whose items answer the same-numbered problems ('二、整改措施 1.–4.', '三、整改成效 1.–4.') gives each
  problem one measure, as blind11's dajing report; general measures in their own section that do not answer a problem one
  by one ('三、巡视整改的措施' 4+ bullets for 3 problems, the 恩施 '整改措施' paragraph) are not counted (as blind10's hpu
  整改要求): 0;
- an item whose heading is followed by its description ('1. 党的建设问题' / paragraph; '- 整改不彻底:部分单位…') is titled by
  the heading, as blind10/blind12; SETTLED in session 15 (the lead): only a heading on its own line; a heading run into its
  description on the same line after ':' keeps the whole statement (blind10 hpu_branch_check_notice, blindwritten4 bw4_12);
- (NEW) unnumbered bullets ('- 整改不彻底:…', '- 固废处理不当') have seq null (no printed number), as blind10's unnumbered
  town_air problem; '之一'/'之二' are read as 1 and 2;
- (NEW) a sign-off notice about a petition ('交办信访件X3AH202411050035问题') has seq null: the petition code is not a printed
  sequence number; its four '三、重点措施' items are counted by their markers 1.–4. although the first ('水体发黑发臭不属实') is a
  verification finding (broken lists are counted by actual items); its '二、整改实施主体' '埇桥区委、区政府' stays whole, as
  blind10's '宿马园区党工委、管委会'; '已整改完成,并通过核查验收' is done;
- a status is set only where printed ('已整改完成'); reported actions or results without it ('整改效果: …得到明显改善',
  '整改成效' items, a transport bureau's 整改情况) leave it null;
- a 范文 site's '时间:2022-12-31 19:50:07' is the page date and the report date when there is no signature, as blind9/10;
- numbering that restarts under each category (恩施 1./2. three times) keeps the printed numbers.
"""
from pathlib import Path

from make_truths import check_problems, head, ins, prob, write_labelled_set

HERE = Path(__file__).resolve().parent.parent / "blind13"

ENSHI = [("党风廉政建设方面", 1, "一些党员干部存在违反中央八项规定精神的问题"),
         ("党风廉政建设方面", 2, "部分单位存在财务管理不规范、违规发放福利等现象"),
         ("经济发展方面", 1, "产业结构不合理,传统产业占比过高,新兴产业培育不足"),
         ("经济发展方面", 2, "部分项目存在违规招投标、进度缓慢等问题"),
         ("民生改善方面", 1, "基础设施建设滞后,部分群众生活条件没有得到明显改善"),
         ("民生改善方面", 2, "教育医疗资源分配不均,群众满意度不高")]

DOCS = {
    # --- one task, one notice (kind 3) -----------------------------------------------------------------------------------
    "suzhou_petition_signoff": dict(
        url="https://www.ahsz.gov.cn/zwzx/ztzl/zxzt/tcsthjwtzgysxhgs/195873801.html", excerpt=False,
        genre="3 one-problem 验收销号公示 about a 督察 petition (信访件X3AH…), fixed sections 一–六 with 1.–4. inline "
              "measures; 7 page and signature dates",
        kind="bulletin", title="突出生态环境问题整改验收销号公示", issuer="宿州市生态环境局", report_date="2025-09-04",
        inspection=ins(), headline=head(),
        problems=[prob(None, "宿州市埇桥区时村镇冲疃村中心有一约4万平方米的池塘,水体发黑发臭,影响周边群众正常生活",
                       category="整改问题", status="done", measures=4, units=["埇桥区委、区政府"],
                       deadline="2025年12月31日")],
        anomalies=["The city portal's copy (文章来源:宿州市生态环境局, 发表时间:2025-09-04 11:04) of a notice like blind10's "
                   "宿马 243号 one; the title is repeated; '热点新闻' portal tail; signature '2025年9月4日' (the report date).",
                   "(NEW) The problem is a petition ('中央第二生态环境保护督察交办信访件X3AH202411050035问题'): seq null, the "
                   "code is not a sequence number; the inspection is named only as the petition's source: inspection left "
                   "empty, as blind10's 宿马 notice.",
                   "三、重点措施 '1.…;2.…;3.…;4.…' inline: 4 measures by the markers, although item 1 ('水体发黑发臭不属实') is "
                   "a verification finding (judgement call). 四、目标任务 1./2. are targets; 六、整改完成情况 1./2. results.",
                   "'已整改完成,并通过核查验收': done. 五、完成时限 '2025年12月31日' is the deadline (after the report date).",
                   "'埇桥区委、区政府' (二、整改实施主体) is kept whole as blind10's '宿马园区党工委、管委会'.",
                   "'4万平方米', the 公示 period '2025年9月4日至2025年9月17日,共10个工作日', the phone and e-mail are not figures."]),
    # --- problems in a later section (kind 2) ----------------------------------------------------------------------------
    "transport_perf_feedback_one_problem": dict(
        url="https://pay38.cn/fanwendaquan/youxiufanwen/11214.html", excerpt=True,
        genre="2 a bureau's report on a 绩效考评 feedback problem on a 范文 site: 一、总体目标 first, the problem under "
              "二、存在问题及整改情况 ('存在问题:' then '整改情况:' (一)–(四)), 三、下一步计划 last; 7 page date",
        kind="bulletin", title="交通运输局关绩效考评社会评价反馈问题整改情况报告", issuer="交通运输局",
        report_date="2022-12-31", inspection=ins(), headline=head(),
        problems=[prob(None, "来宾市金秀县罗香乡罗运村乡村道路交通不便", category="存在问题及整改情况", measures=4)],
        anomalies=["范文 site crumb line '当前位置:以智范文网>范文大全 > 优秀范文 >' and '时间:2022-12-31 19:50:07 来源:以智范文网' "
                   "(the page date, taken as the report date: no signature in the excerpt; the report itself is about the "
                   "2019 assessment and a 2020 plan).",
                   "The title reads '交通运输局关绩效考评…' (关 for 关于, kept verbatim); the issuer is the bureau named in the "
                   "title ('我局' in the body); '县绩效办:' is the addressee, not an inspector.",
                   "一、总体目标 is not a problem; the one unnumbered problem is '存在问题:' under 二、; its '整改情况:' has "
                   "(一)(二)(三)(四): 4 measures (the first is a verification finding, counted as printed).",
                   "三、下一步计划 (一)(二) are next steps (not counted); cut inside its (二).",
                   "No status is printed ('已整改' absent): null. '4.87公里', '20公里/小时', '5米', '4.5米', '22cm' are not figures."]),
    "xunshi_rectification_problems_section_two": dict(
        url="https://www.httgc.com/kk/jie-mi-xun-shi-zheng-gai-ru-he-que-bao-wen-ti-zhen-zheng-gai-bu-fan-dan.html",
        excerpt=True,
        genre="2 an explainer: 一、背景 (bullets of background), the problems under 二、巡视整改存在的问题 as '- heading:description' "
              "bullets, general measures under 三 as bullets; cut in 三",
        kind="plan", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[prob(None, t, category="巡视整改存在的问题", measures=0) for t in (
            "整改不彻底:部分单位对巡视发现的问题整改不到位,存在表面整改、虚假整改等问题",
            "整改不及时:部分单位对巡视发现的问题反应迟缓,整改工作滞后",
            "整改不持续:部分单位在整改过程中缺乏长效机制,导致问题反弹")],
        anomalies=["Content-farm explainer without a title line; the first list (一、 '- 加强党的领导:…') is background, not problems.",
                   "(NEW) Bullets have no printed number: seq null. Each was first titled by its heading before ':'; SETTLED by the "
                   "lead in session 15: a heading run into its description on the same line ('整改不彻底:部分单位…') is titled "
                   "by the whole statement, as blind10's hpu_branch_check_notice and blindwritten4's bw4_12 (the heading-alone "
                   "rule is for a heading on its own line).",
                   "三、巡视整改的措施 ('可以采取以下措施', 4 bullets, the fourth cut) answers the problems as a whole, not one by "
                   "one: not counted (as blind10's hpu 整改要求): 0 measures each.",
                   "(NEW) Problems with proposed measures: kind plan (judgement call, as blind10's 存在的问题和相应对策)."]),
    "xihua_university_problems_section_two": dict(
        url="https://www.hkyyi.com/html/xi-hua-da-xue-xun-shi-zheng-gai-quan-mian-pou-xi-wen-ti-yu-cheng-xiao-tou-shi-gao-"
            "xiao-zhi-li-xin-pi.html", excerpt=True,
        genre="2 an article on a university's 巡视整改: 一、背景, problems under 二、问题剖析 1.–4. (heading then paragraph), "
              "三、整改成效 1.–4. answering them; 四 new ideas 1. cut",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("巡视组", "西华大学"), headline=head(),
        problems=[prob(i + 1, t, category="问题剖析", measures=1)
                  for i, t in enumerate(("党的建设问题", "教育教学问题", "科研创新问题", "党风廉政建设问题"))],
        anomalies=["Content-farm article; no title line (starts '引言'); '2017年' is the inspection's year only: no period.",
                   "一、巡视整改的背景 names areas ('党的领导、党的建设、教育教学…'), not the problems; the problems are 二、 1.–4.",
                   "Each problem is a heading ('1. 党的建设问题') then a paragraph: titled by the heading (as blind10).",
                   "三、整改成效 1.–4. answer the same-numbered problems (党的领导/教育教学/科研/党风廉政): 1 measure each, as "
                   "blind11's dajing report; the numbering restarts in 三 and again in 四 ('1. 强化党的领导核心地位', not a problem).",
                   "整改成效 are reported as done ('学校严格落实…') without '已完成': status null; kind bulletin (judgement call)."]),
    "enshi_inspection_story_problems": dict(
        url="https://www.bkwk.cn/article/2esxszjmxsbhdgsyqs.html", excerpt=True,
        genre="2 a story of an inspection: background headings first, the problems under 巡视发现的问题 in three categories "
              "with 1./2. restarting, a prose 巡视整改 section; cut",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("恩施巡视组", "恩施地区"), headline=head(),
        problems=[prob(n, t, category=c, measures=0) for c, n, t in ENSHI],
        anomalies=["Content-farm article with unnumbered headings (引言, 巡视背景, 地理概况, …); no title line; '2017年' only: no period.",
                   "Numbering restarts at 1 under each category ('党风廉政建设方面', '经济发展方面', '民生改善方面'): seq 1, 2 three times.",
                   "巡视整改 / 整改措施 is one sentence for all problems ('提出了具体的整改措施'), not under any problem: 0 "
                   "measures each; 整改效果 '取得了一定的成效' gives no status.",
                   "Another bkwk.cn article is in an earlier batch (a different path)."]),
    # --- dotted labels, (一) categories, matched lists -------------------------------------------------------------------
    "xunshi_2018_deep_problems_dotted": dict(
        url="https://www.21xqjy.com/archive/2018-nian-xun-shi-fan-kui-jie-shi-na-xie-shen-ceng-wen-ti-yu-zheng-gai-fang-xiang.html",
        excerpt=True,
        genre="1 dotted labels '1.1'/'1.2' under 一、<aspect>, each with 问题表现 bullets, 典型案例 bullets and 整改方向 1./2./3.; "
              "cut inside 1.2's case",
        kind="plan", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[prob(1, "政治站位不高,党的领导弱化", category="政治建设方面存在的深层问题", measures=3),
                  prob(2, "政治纪律和政治规矩执行不严", category="政治建设方面存在的深层问题", measures=0)],
        anomalies=["Content-farm explainer on 2018 巡视 feedback; no title line; '中央巡视组对多个地区和单位' names no one inspection.",
                   "(NEW) '1.1'/'1.2' are numbered by their last number (1, 2).",
                   "'问题表现' bullets describe the problem, '典型案例' bullets are an example; '整改方向' '  1./2./3.' are 1.1's "
                   "3 measures; 1.2 is cut in its 典型案例: 0.",
                   "(NEW) Problems with 整改方向 (what should be done): kind plan (judgement call).",
                   "'6次', '3起', '5项', '70%'-style case details are not figures."]),
    "inspected_regions_common_problems": dict(
        url="https://www.rinaloveslife.com/news/bei-xun-shi-di-qu-fa-xian-de-chang-jian-wen-ti-yu-zheng-gai-lu-jing.html",
        excerpt=True,
        genre="2 an explainer of common problems: 一、<analysis> (一)<category> 1./2./3. heading then paragraph; cut in 3",
        kind="plan", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[prob(i + 1, t, category="政治建设方面存在的突出问题", measures=0)
                  for i, t in enumerate(("贯彻落实党中央决策部署存在温差、落差、偏差", "党委领导核心作用发挥不充分",
                                         "意识形态工作责任制落实不到位"))],
        anomalies=["Content-farm explainer; no title line; curly closing quotes used as opening quotes ('存在”选择性落实”').",
                   "The category is the (一) heading under 一、 (a chapter heading): '政治建设方面存在的突出问题'.",
                   "Each problem is a heading then a paragraph with examples; no measure is in the excerpt (the 整改路径 the "
                   "lead promises is cut off): 0 each.",
                   "(NEW) Kind plan: the lead says it will '提出切实可行的整改路径' (judgement call).",
                   "'50亿元' is an example's amount, not a figure."]),
    "university_xunshi_problems_then_measures": dict(
        url="https://www.ztwlxx.com/t/po-jie-gao-xiao-xun-shi-nan-ti-zheng-gai-gong-zuo-zhang-xian-jue-xin-yu-shi-xiao.html",
        excerpt=True,
        genre="1/2 problems 一、1.–4. (heading then sentence) answered by 二、整改措施 1.–4.; 三、cases 1./2. are not problems; cut in 四",
        kind="plan", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[prob(i + 1, t, category="高校巡视难题", measures=1)
                  for i, t in enumerate(("政治意识不强", "问题整改不力", "制度不完善", "监督机制不健全"))],
        anomalies=["Content-farm explainer; no title line; cut inside 四、结论 (the store's 2,000-byte cut).",
                   "二、整改措施 1.–4. answer the same-numbered problems (提高政治意识 ↔ 政治意识不强 …): 1 measure each, as "
                   "blind11's dajing report; the numbering restarts in 二 and 三.",
                   "三、典型案例分析 '1. 案例一…' / '2. 案例二…' are cases, not problems.",
                   "(NEW) Measures are proposals ('要…'): kind plan (judgement call)."]),
    "env_inspection_company_case": dict(
        url="https://www.httgc.com/kk/huan-bao-xun-shi-zu-zai-chu-ji-jie-mi-wen-ti-qi-ye-zheng-gai-zhen-xiang.html",
        excerpt=True,
        genre="bullets only: three problems under an inline heading '整改前的现状', then a case '问题:' with '整改措施:' bullets "
              "and '整改效果:'; cut in 结论",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[prob(None, "环保设施不完善或运行不正常", category="整改前的现状", measures=0),
                  prob(None, "废水、废气排放超标", category="整改前的现状", measures=0),
                  prob(None, "固废处理不当", category="整改前的现状", measures=0),
                  prob(None, "废水排放超标,固废处理不当", category="案例分析", measures=3)],
        anomalies=["Content-farm explainer; no title line; every list is '- ' bullets: tasks of the inspection team, the "
                   "problems, generic steps (整改过程), results (整改后的效果), the case's measures.",
                   "'整改前的现状' is a heading run into its sentence ('整改前的现状 在环保巡视组介入前,…存在以下问题:'): the "
                   "category of the three bulleted problems (seq null: no number); the generic 整改过程 steps answer no "
                   "problem: 0 measures each.",
                   "The case '问题:废水排放超标,固废处理不当' (category 案例分析) has 3 '整改措施:' bullets; '整改效果:' states "
                   "results, not '已整改': status null. '企业名称:某化工有限公司' is the company, not a 责任单位 field.",
                   "Kind bulletin: the case reports what was done (judgement call)."]),
    "mechanism_problems_zhiyi_zhier": dict(
        url="https://docx.baby/p/20791032495557.html", excerpt=True,
        genre="problems labelled '…存在的问题之一:<heading>' / '之二:<heading>' each followed by one paragraph; doc-site page "
              "lines; cut in 之二",
        kind="bulletin", title="巡视整改长效机制不健全存在的问题", issuer=None, report_date=None, inspection=ins(),
        headline=head(),
        problems=[prob(1, "制度不完善", measures=0), prob(2, "执行力度不足", measures=0)],
        anomalies=["Doc-site copy: the first line is the file name with '.docx' (dropped from the title), then 'PAGE' and '1-' "
                   "page lines, then the title.",
                   "(NEW) '之一'/'之二' are read as 1 and 2; each is titled by its heading after ':'; there is no category "
                   "heading (the label prefix repeats the title): category null.",
                   "Each paragraph's 首先/其次/此外/最后 describe the problem, not measures: 0 each; no status."]),
}


def main() -> None:
    # every title and category is in the stored text as written
    write_labelled_set(HERE, DOCS, None, lambda stem, d, text: check_problems(stem, d["problems"], text,
                                                                             category_in=text))


if __name__ == "__main__":
    main()
