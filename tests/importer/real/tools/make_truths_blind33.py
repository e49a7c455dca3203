"""Write the texts and truth files of tests/importer/real/blind33: the FINAL HELD-OUT SET of session 19, real pages that
PRINT PROBLEMS (or are clearly one of issue 10's seven kinds), labelled on 2026-12-06 (17:52-18:10 UTC) by helper label45,
who did not read or change the parser (zhenggai/importer/, tests/importer/*.py, tests/importer_app/) and did NOT run it on
this set: the lead scores it on the parser at the start and at the end of the session. There is no FIRST_RUN file for
blind33 on purpose; nothing here was tuned to any output. Labelled at the same time as label43 (巡察/巡视/审计 pages),
label44, writer15 and writer16, whose worktrees were checked for urls before committing.

Territory (brief): 生态环境保护督察 rectification (central and provincial), 验收销号 公示, one-task notices, quoted
feedback items, other 督查/检查/暗访 findings, 自然资源/河长制/安全生产 rectification.

Schema and conventions as tests/importer/real/CONVENTIONS.md (R1-R107, C1-C16), make_truths.py (head/ins/prob) and
make_truths_blind31.py. The texts are the stored copies the search tool's ``pages`` corpus returned, pasted as JSON strings
into TEXTS and decoded (glosses '點(diǎn)', masks '****', chrome, '| … |' table cells, stray ',,' kept as returned).
``excerpt`` is true for the five copies cut inside their text (chengan in 整改措施 (三), qianlima_legacy in 整改措施,
brianwinch in problem (二)'s description, lianyuan in measure 3, xuancheng in the 公示 line; each ~2,000 bytes); false
for the five that reach the page's last line (a signature, a closing table row, a byline, a closing paragraph).

No url is in an earlier truth: every url under /work/main/tests/importer, /work/shared/corpus, every
/work/wt/*/tests/importer, /work/wt/writer15, /work/wt/writer16, /work/wt/label43, /work/wt/label44 (json, py, txt, md,
html) was collected (1,166 keys at the start, 1,211 at the last check at 18:00 UTC with label45 itself excluded;
host+path+query, scheme, 'www.', ':80', '#…' and a trailing '/' dropped, lower case, percent-decoded), each page's key
checked against them and a distinctive phrase of each page grepped in the same trees (no hit; '序号14' alone hits only
generic parser code, by file name, and '原省国土资源厅作为整改牵头部门' nothing); again before committing.

Queries (``pages`` corpus, 23): 省级生态环境保护督察反馈问题整改 验收销号 公示 整改任务 整改完成情况; 督察反馈指出 整改进展
已完成整改 生态环境; 河长制 暗访 问题清单 整改情况 销号; 自然资源 卫片执法 违法图斑 整改情况 公示; 关于生态环境保护督察整改任务销号的
公示 整改任务 责任单位 整改目标 整改措施 整改完成情况; 安全生产 督导检查 发现问题 交办 整改情况 通报 一、 二、 企业; 环保督察反馈问题
整改落实情况 县 第一项 整改完成 达到序时进度; 中央生态环境保护督察 整改任务 验收销号 公示 问题描述 整改措施 完成情况 公示期;
生态环境局 暗查暗访 发现问题 通报 1. 2. 3. 企业 限期整改; 督察组指出 问题 整改情况 已整改到位 县 反馈问题整改情况公开;
省生态环境保护督察反馈意见 整改 序号 整改任务 整改进展 已完成 附件 清单 县; 矿山 非法采矿 督察发现 整改 自然资源 问题 已拆除 复绿
完成整改 公示; 检查组发现 存在以下问题 一是 二是 三是 整改 燃气 消防 安全隐患 街道; 中央环保督察反馈意见 序号 整改情况公示
整改任务内容 整改完成情况 自然资源和规划局; 督察整改 自查自验 报告 督察报告指出 牵头单位 整改时限 整改措施及落实情况; 河湖 四乱
暗访 发现问题 一是 二是 河长办 通报 整改到位; 关于中央生态环境保护督察反馈问题第 项整改完成情况的公示; 省委省政府环境保护督察组
反馈指出 我县 整改情况 目前已完成整改 反馈意见第; 安全生产巡查 反馈问题 整改情况 问题1 整改措施 整改结果 已完成 应急管理局;
生态环境部 通报 典型案例 督察发现 问题 整改不力 敷衍整改 一、基本情况 二、主要问题; and three re-finds of stored copies (to compare a
second transcription with the first, identical for salon-sesame and chengan): 瀘州暗訪重點污染企業 要求對發現的問題限期整改;
关于第三轮省生态环境保护督察整改任务销号的公示 河长巡查流于形式 成安县; 历史遗留矿山修复进展缓慢 县级自查自验 督察报告指出 牵头单位
责任单位 整改时限 (this one also returned lianyuan and xuancheng).

Exhaustion: the centre of the genre keeps returning known pages: scfbfile 300447, m.ilynn (南宁 审计函), zhuangpeitu
(湖北 回头看 清单), qj.gov.cn (陆良), hbsb.xny365, tdq.siping (序号十), czx24 (东丽 第7项), m.chinacrane, panjin (林湿局
销号), yjj.zhengzhou (郑东 督导), lzby.lzep (泸州 任务清单), zynews (昭阳), jingyuhuahui (强化督查), arvrreview, m.ihas
(15 urls checked by key, all known). New by key: 15; taken: 10 (below). New and declined: yihaowenku (a county speech
starting mid-text, masked 'X个' counts, no list), bkrmw (保康 核查: the firms' faults named only as '当前存在的环境问题'),
zrzy.cngy (a county bureau's own work summary '一是…三是', no findings list), and two labelled first and then left out to
keep the set at 10 in favour of lianyuan and xuancheng, closer to the centre of the genre: 119.23.250.19:2008 (a spam
host's copy of the 中央 督察's fourth batch of typical cases, six headings over descriptions, cut; close to xngtop) and
m.salon-sesame (a glossed traditional 泸州 暗访 news item with two findings in prose).
Declined on content without a key check: cjckcn/ycwb/luoshan/shcymc/farmer/cnhan/jx.7310413 (national round figures only),
csgzkj (four provinces' feedback in prose, R19), hekayat/fqhxf/zzfysp/jianshi/cqfj (meetings and visits without
findings), cncn/xiuzhiben/szbk.chuzhou/zixun.sw-sp/pg361/e0734/sl.hanzhong/syyonline/zjrb/jyjlsz (河长 news, counts or
no findings), huanbaole (a generated summary), 0551qiaojia and yq.gov.cn (信访件: R17), duohuanbao (辽宁 整改方案 cut in
总体要求).

Kinds (issue 10): (3) one task, one notice: chengan (a 河北 县 水利局 销号 公示 whose attachment table gives 整改任务,
责任单位, 整改目标, 整改措施 (一)(二)(三), cut), liaocheng (a 市 自然资源和规划局 公示 of 回头看 反馈意见(序号14) with
一、整改任务内容 … 四、整改完成情况 and a signature), xuancheng (a glossed traditional 安徽 公示 of 第三十八項: 整改問題,
整改實施主體, 重點措施 1.-4., 完成時限, 整改完成情況, cut), qianlima_placer (one '| 反馈问题 | … |' row table of a 中央 督察 task,
masked names); (4) quoted feedback item: lianyuan (a news copy of a 县 公示: '第二轮中央环保督察反馈指出“…”问题,我县…' then
1. 2. 3., cut), qianlima_legacy (a 县 自查自验 report: '督察报告指出:' the provincial 督察's finding, then 牵头单位/责任单位/
整改时限 fields and 整改措施, masked, cut), liaocheng (the task is the 回头看's quoted finding); (7) dates and parties in prose:
chengan (发布日期 in a metadata block), liaocheng (signature date vs page date), waka8s (a date widget 2025/7/22);
(6) traditional copies: xuancheng, waka8s; check findings with problems printed: brianwinch (a provincial 督察 typical
case of 昆明 with '二、主要问题 (一)…(二)…' headings over descriptions, cut), bjft (a 区 safety 督导: two projects' '一是…三是'
and '一是…二是'), waka8s (a traditional 安徽 安全生产 督察 news item naming two sites' hazards as '…等問題' sentences), xngtop
(the 中央 督察's second batch of typical cases as '典型案例 | <heading>' lines). Not covered: (1) attachments, (2) an
organising section first, (5) figures-only summaries (the pages found of that kind were all known or printed no problem).

Problems: 22 (1+1+1+1+2+5+2+7+1+1 in the order of DOCS), counted by reading and recounted in main()
by a regex on each text; each problem's seq, title ends, units, deadline and status as extracted by code are compared
with values written by hand (PINNED; it caught a first extraction of lianyuan's unit that began at the wrong '由').
Measures: counted by reading and recounted by regex for the six pages that print what was done
(chengan 3, liaocheng 1, qianlima_legacy 1, qianlima_placer 1, lianyuan 3, xuancheng 4); every other page prints
findings and orders only (0, R72/R98).

Judgement calls (each also in the truth's anomalies):
- chengan: a 销号 公示 of one task (R14): one problem, seq null (no number printed, R78), category '整改任务' (the table's
  label, R83), titled by the whole cell (the heading '河长巡查流于形式。' runs into its description on one line: R88, as
  blind21 puyang), final '。' dropped; status done ('已完成整改,并通过验收', R94); measures (一)(二)(三) = 3, the third cut
  inside its text (R25); units the '责任单位' cell split on '、' (R101), '商城镇' kept (a 镇 named as 责任单位 is a body, not a
  place, R102); no 整改时限 in the copy. (NEW) '督察发现…等问题53个,其中永年区16个…' lies inside the task's statement (the
  evidence for the one task, across the whole city): not a headline figure of the notice. '发布机构: 水 利 局' is metadata
  (R38): issuer null; '发布日期: 2026.01.27' → report_date (R40); the 公示期 is no date (R53); the 督察组 is unnamed (R48).
- liaocheng: a 公示 of one task: seq 14 ('序号14', R77), category '整改任务内容' (the section label, R83, without '一、'), title
  the section's paragraph (R14) — a quoted 回头看 finding; status done ('已全部完成治理工作', R93); measures 1 ('三、整改措施' is
  one paragraph, R96; '四、整改完成情况' is also one paragraph, so the count is 1 whichever is read). (NEW) issuer: the title's
  '聊城市关于…' names the city, the signature '聊城市自然资源和规划局' (the '我局' of the text) the bureau of that city: they do not
  disagree, the signature is taken as the fuller name (R37's 'title wins' is for two different bodies). The column tag
  '【聊城】' is dropped from the title (R32); report_date the signature's 2020-03-17 over the page's 2020-03-18 (R41);
  '46处' counts mines: no figure (R68); no units ('我局' names no body, R104).
- qianlima_legacy: (NEW) a 县 自查自验 report on one provincial-督察 problem: the problem is the '督察报告指出:' statement (R15,
  R89 text after the label), category '问题整改情况' (the report's section '一、', R79: a section of the report, unlike
  blind25's '一、反馈问题…四、' field labels); status done ('已落实整改措施,达到验收标准', R93); measures 1 (the '整改措施:'
  paragraph, cut, R96/R25); (NEW) units: '牵头单位' first (C6: a leading body is a unit) then '责任单位' split on '、', masked
  names kept as printed (R2), '市生态环境\n****分局' joined across its line break (R37's joining); '配合单位' are not units;
  deadline '2025年12月底' (R106). No title line (the copy opens at the masked addressee), no signature, no date: the
  self-check day 2025-07-09 is no report date and no inspection date (R53); masked body names: issuer/inspected null.
- qianlima_placer: a one-row table of a 中央 督察 task on a tender site, 1,716 bytes, ending with the table: excerpt false.
  One problem, seq null, category null ('反馈问题' is a field label, R84/blind25), titled by the whole cell (R88 whole
  statement); measures 1: the '整改措施' cell (R96), the '整改主要工作及成效' cell's '1. 2. 3.' being the result, as
  '六、整改完成情况' beside '三、重点措施' in blind10 suma and blind13 suzhou (a first NEW call counting the result's 3 items was
  withdrawn before committing, to follow those); status null (no done word, R95); unit the '牵头部门 (责任单位)' cell
  '******厅' (R102, masked as printed); the '责任人' is a person, not a unit.
- brianwinch: a provincial 督察's typical case: kind null (R29), no title line; inspector the group as printed, inspected
  '昆明市' (R46/R47); '2023年8月' month-only: no start/end (R53); '二、主要问题' (一)(二) are heading lines over descriptions →
  titled by the heading (R88), seq 1/2, category '主要问题' (R79), measures 0 (R97), no unit (the criticised 市自然资源规划局
  is not told to rectify here); the quoted earlier feedback in '一、基本情况' is context, not an item; '1015座', '1687个'
  count mines and plots (R68).
- bjft: (NEW) two projects' own '一是…' findings (R20 as blind26 lnst, R76a seq restarting per project), category the
  project as named before '存在如下问题:' (R82 '<body>存在的主要问题是:' applied to a project), no unit (projects are sites,
  R103), measures 0 (an order to rectify, R72/R98); inspector the 督导督查组 as printed, inspected '玉泉营街道'; '近日': no
  date; kind null (R30 news).
- waka8s: traditional page without glosses: titles simplified (R91), doc fields in the page's script; one problem per site
  (R12); (NEW) titles are the findings after the lead-in (R92: '在巢湖市某假日賓館,第二督察組對…開展“回頭看”,' and '在某康養
  社區,第三督察組發現,' dropped), the closing '等問題' kept (R87); problem 1 '該隱患整改仍未到位,仍存在…' → in_progress (R93
  仍未), problem 2 null; anonymised sites ('某假日賓館', '某康養社區') name no body: no unit; the news headline is no title
  (R34, C7); '時間:2025/7/22' → report_date (R40, R45; a repost keeps the page's date, R43); inspector '安徽省安全生產督察組',
  inspected '省民政廳、省商務廳' as printed; '5個方面' are aspects (R68).
- xngtop: (NEW) '典型案例 | <heading>' lines: one problem per line titled by the text after '典型案例 | ' (R89), inner spaces
  kept (R86), the link arrow '>>>' after the last heading dropped (layout noise, R32); seq/category null ('第二批7个典型案例如下:'
  is a lead-in, C13 recommendation); measures 0; '中国法治新闻网摘编:' is a byline (R38); the title line is a news headline
  (R34).
- lianyuan: the notice's own heading inside a news page is the title (R35); the lead's '湖南省涟源市自然资源局发布' names the
  publisher: no issuer (R38); '8月14日' has no year: no date (R60). One problem, the quoted feedback '反馈指出“…”' (R15), outer
  quotes and final '。' dropped (R86), inner quotes and the space in '达 6950座' kept; seq and category null; status done (a
  '整改完成情况公示', R94); measures 1. 2. 3. (3. cut, R25); unit '县自然资源局' ('由县自然资源局为牵头督导单位', R104/C6).
- xuancheng: seq 38 ('第三十八項', R77), category '整改问题' (R83), title the section's paragraph (inner '。' kept), simplified
  (R91); status done ('已整改完成,并通過核查驗收', R94); measures 4 ('三、重點措施' 1.-4., as blind10 suma / blind13 suzhou;
  '四、目標任務' a target, '六、整改完成情況' the result); unit '宣城市委、市政府' whole (R101); deadline '2023年底' (五、完成時限,
  R106); no title line, signature or date line.
"""
import json
import re
from pathlib import Path

from make_truths import between, check_names, check_title_issuer, head, ins, prob, simp, simplified, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind33"

TEXTS = {
    'chengan_river_chief_task_signoff_table_cut': r'''"关于第三轮省生态环境保护督察整改任务销号的公示\n\n发布日期: 2026.01.27 索 引 号 : 00062121-0-0404-2011-1185\n发布机构: 水 利 局 文      号:\n主 题  词: 农业、林业、水利 主题分类: 农业、林业、水利\n\n第三轮省生态环境保护督察指出的“河长巡查流于形式”问题已完成整改,并通过验收,拟按程序实施销号。根据《河北省生态环境保护督察整改工作办法》有关要求,现将问题整改情况予以公示,公示期为2026年1月27日至2026年2月9日。如有异议,请通过电话或电子邮箱形式反馈。\n\n电话:0310-7211243\n\n邮箱:hdchengan@163.com\n\n附件:具体整改情况表\n\n具体整改情况表\n\n整改任务\n\n \n\n河长巡查流于形式。2025年,成安县商城镇生产团结西干渠镇、村两级河长巡查522次,仅发现2处垃圾问题。督察组在该段河道1小时内发现2个排污口、1个雨水溢流口、一段黑臭水体。督察发现河道垃圾乱倒、生活污水直排、企业非法排污、盗采河砂等问题53个,其中永年区16个、成安县9个、大名县4个、经开区3个、冀南新区4个、广平县3个、武安市3个、邯山区1个、临漳县2个、魏县2个、丛台区2个、曲周县2个、馆陶县1个、肥乡区1个。\n\n责任单位\n\n成安县水利局、市生态环境局成安县分局、市政公用事业服务中心、商城镇\n\n整改目标\n\n强化基层河长责任落实。\n\n整改措施\n\n(一)强化履职监督。加强河长履职能力培训,提高基层河长履职能力。开展检查、抽查、督导工作,通过电话抽查、实地巡查等方式,对县、乡、村三级河长巡河履职情况开展督导检查,对基层河长履职不到位情况适时通报。\n\n(二)加强排查整治。对反馈问题限期整改到位,县水利局组织人员对河渠“四乱”问题开展拉网式排查,建立台账,动态清零。\n\n(三)完善长效机制。发挥部门会商研判指"''',
    'liaocheng_huitoukan_seq14_mines_notice': r'''"【聊城】聊城市关于中央环保督察“回头看”反馈意见(序号14)整改情况公示\n2020-03-18 22:52:34\n我局承担中央环保督察“回头看”反馈意见(序号14)的整改工作,现将该项工作整改落实情况予以公示:\n一、整改任务内容\n整改方案明确,要有序开展废弃矿山治理工作,使矿山地质环境得到显著改善。但原省国土资源厅作为整改牵头部门,只汇总材料,不督导、不审核,工作进展滞后,一些矿山应改未改。\n二、整改目标\n到2020年,“2013年以来关停露天开采矿山”总体治理率达到100%,矿山地质环境得到显著改善。\n三、整改措施\n我局积极指导各县(市、区)政府推动露天粘土砖瓦窑厂的清理整顿,按时完成了“2013年以来关停”砖瓦窑厂的拆除、“清零”工作任务。组织督导组深入一线,强化督导审核,对违法违规问题依法严厉查处,切实保护矿山地质环境。\n四、整改完成情况\n根据省、市整改方案要求,涉及我市2013年以来关停露天开采矿山46处,已全部完成治理工作。组织督导组深入矿山治理现场,加强督导审核。\n以上整改情况向社会公示,如有异议,请在公示期间向聊城市自然资源和规划局反映。\n联系电话:8270286\n公示时间:2020年3月17日-3月23日\n共5个工作日\n聊城市自然资源和规划局\n2020年3月17日\n"''',
    'qianlima_legacy_mines_self_acceptance_masked_cut': r'''"****规划局:\n根据《****市委****政府关于印发〈**市贯彻落实第二轮省级生态环境保护督察报告整改方案〉的通知》(****)**县涉及的2022年第二轮省级生态环境保护督察反馈问题“历史遗留矿山修复进展缓慢”的问题,已落实整改措施,达到验收标准。2025年7月9日,**********局、****分局、县农业农村局等部门开展了档案材料和现场整改情况的县级自查自验工作,现将有关情况报告如下:\n一、问题整改情况\n督察报告指出:**市有历史遗留矿山349座,通过自然**部审核已修复矿山图斑的有107座,修复面积128.71公顷,矿山修复完成率30.7%、修复面积完成率33%。除**区、**县外,**市其余6个县的历史遗留矿山生态修复方案尚未完成报审,整体工作推进缓慢,离2025年年底前完成全市历史遗留废弃矿山生态修复工作的目标差距较大、修复任务艰巨。\n牵头单位:******局\n责任单位:****草原局、应急管理局、市生态环境\n****分局\n配合单位:各乡(镇)党委、政府、****管委会\n整改目标:完成历史遗留矿山核查、《县级历史遗留矿\n山生态修复方案》编制备案,按方案计划逐步推进历史遗留\n矿山生态修复工作\n整改时限:2025年12月底\n二、整改措施及落实情况\n整改措施:******局牵头负责,联合县财**各乡(镇),****管委会加快编制全县历史遗留矿山生态修复方案。履行好历史遗留矿山生态修复的主体责任,成立工作专班,将历史遗留矿山生态修复资金列入财政预算,重视对辖区内矿山生态修复项目的争取力度,主动向中央、省、市争取项目资金支持,加快推进历史遗留矿山的生态修复工作。******局履行好行业监管责任,******厅云自然资〔2020〕60号和云自然资修复〔2021〕601号文件,对涉及生态环保督察反馈的沧源自治县16座历史遗留矿山和结合172个卫星卫片图斑的核查"''',
    'qianlima_placer_gold_feedback_row_masked': r'''"开启全网商机\n登录/注册\n| 反馈问题 | **地区砂金矿生态恢复尚未全面完成。**县门士乡巴措砂金矿虽然投入大量治理资金,但没有取得明显效果。部分砂金矿曾出现以生态恢复名义行盗采之实的情况。前期暗查发现,盗探、盗采的风险依然存在,马攸木砂金矿M2**周边仍有不明人员非法进行探矿。 |\n| 核查情况 | 经核查,部分无人区砂金矿仍存在盗探、盗采风险。 |\n| 整改目标 | 以自然恢复为主,开展历史遗留砂金**生态治理,消除安全风险隐患;完善监管体系,严密防范、坚决打击偷盗采砂金行为。 |\n| 整改措施 | **地区组织相关部门针对历史遗留砂金矿山生态修复项目形成监管机制,在恢复治理施工过程中,每年3-12月不定期巡查或派专人驻守,建立巡查清单,并鼓励当地群众举报等方式进行监管,防止发生“已采代治”行为。 |\n| 牵头部门 (责任单位) | ******厅 |\n| 责任人 | **次仁 |\n| 联系电话 | 0891-****593 |\n| 整改主要工作及成效 | 1.**县门士乡巴措砂金矿及历史遗留废弃矿山生态修复示范工程施工期间,******局、****政府安排专人现场蹲点监督,监理人员对项目施工全过程进行监督。 2.巴措砂金**安装3套视频球机、马攸木**安装2套视频球机进行360°监控,有效防止了“以采代治”等违法行为的发生。 3.******局按照全区自然**领域中央生态环境保护督察反馈问题整改情况“回头看”专项行动要求,赴实地开展19处历史遗留砂金矿山生态修复情况,并督促相关部门持续加强监管,严防打着治理旗号进行违规开采行为。 |"''',
    'brianwinch_kunming_mines_ducha_case_cut': r'''"2023年8月,云南省第二轮第三批第一生态环境保护督察组督察发现,昆明市推进督察指出的矿山问题整改不严不实,生态修复问题突出。\n一、基本情况\n2021年,第二轮中央生态环境保护督察严肃指出“云南省历史遗留废弃露天矿山修复工作严重滞后”问题,昆明市涉及历史遗留废弃露天矿山生态修复任务1015座,涉及图斑1687个,计划治理面积4325.93公顷;督察还指出“部分磷矿矿山未开展生态修复”问题,昆明市涉及磷矿矿山生态修复任务11座;交办的信访举报件也有多起反映昆明市矿山开采和生态修复问题。截至本轮督察时,矿山问题依然突出。\n二、主要问题\n(一)政治站位不高,督察整改不严不实\n昆明市市级牵头整改部门对“绿水青山就是金山银山”理念树得不牢,对中央生态环境保护督察反馈问题整改重视不够。《昆明市市级有关部门和单位生态环境保护责任清单》明确市自然资源规划局负责“监督、指导责任主体开展矿山地质生态环境保护与治理恢复工作,依法取缔非法矿山开采”。督察发现,市自然资源规划局对全市历史遗留废弃露天矿山底数不清,生态修复情况不明,提供的数据和情况前后不一致。市自然资源规划局报送的中央督察反馈问题2023年7月进展报告显示,“西山区7个磷矿计划于2023年完成生态修复治理工作”,经现场核实,其中海口双哨磷矿、海口桃树磷矿矿坑目前尚未开始生态修复工作,且复垦方案明确的整改时限为2025年底,不具备2023年内完成生态修复的条件。报告同时显示“晋宁区2个磷矿属于生产在建矿山,暂不具备修复条件”,但经现场核实,其中化乐乡磷矿早已于2015年停止采矿,报送情况与事实不相符。\n图1 晋宁区化乐乡磷矿已停止采矿\n(二)治理措施不精准,生态修复流于形式\n省自然资源厅2020年"''',
    'bjft_fengtai_two_projects_yishi_hazards': r'''"近日,区级大排查大整治专班督导督查组到玉泉营街道进行督导检查,发现国家矿产资源综合利用技术创新基地项目土护降工程存在如下问题:一是基坑外边东北方向井口缺少防护。二是办公室使用旧国标插线板。三是需完善隐患排查台账。发现北京市丰台区玉泉营街道纪家庙村JJM-007地块R2二居住用地JJM-012地块A33基础教育用地项目存在如下问题:一是木料露天堆放过多。二是堆料阻挡消防通道。\n针对上述发现的问题,区级大排查大整治专班督导督察组第一时间与所属街道和相关部门取得联系,说明问题隐患和潜在危险,并要求属地和行业部门督促企业建立整改计划,明确整改措施、完成时限和责任人,确保在规定时间内全部整改到位。同时要求属地回查检视、防止反弹。"''',
    'waka8s_anhui_safety_ducha_two_sites_trad': r'''"安徽省安全生產督察組進駐省直部門開展督察\nwww.waka8s.com時間:2025/7/22 10:26:46來源:中華人民共和國應急管理部\n次瀏覽\n根據省委、省政府統一安排,安徽省安全生產督察組近日進駐省民政廳、省商務廳開展督察,推動被督察單位補短板、強弱項、防風險,確保全省安全生產形勢平穩向好。\n本次對省直部門開展安全生產督察,堅持問題導向、效果導向,重點圍繞安全生產重大決策部署落實、安全生產責任制落實、安全生產綜合治理、安全生產基層基礎、突出問題隱患整改等5個方面開展。進駐期間,向社會公布舉報投訴電話、郵政信箱,受理群眾對安全生產問題隱患的反映。\n督察過程中,各督察組秉持嚴謹細致、一絲不茍的工作態度,深入基層一線,開展全面安全隱患排查。在巢湖市某假日賓館,第二督察組對2025年省政府掛牌督辦的重大火災隱患整改情況開展“回頭看”,該隱患整改仍未到位,仍存在消火栓無水、安全出口防火門無法自然關閉嚴實、部分滅火器過期等問題。在某康養社區,第三督察組發現,消防控制室多處線路被屏蔽、防火卷簾門關閉不正常、應急照明設施記錄4個月損壞無維修、泵房金屬管道腐蝕嚴重等問題。\n針對發現的問題隱患,督察組要求相關部門推動企業單位立行立改,從源頭上完善防范舉措、堵塞漏洞,從整改一個問題向系統性治理延伸,切實提升本質安全水平。"''',
    'xngtop_typical_cases_water_seven_titles': r'''"中央生态环境保护督察集中通报典型案例\n第三轮第二批中央生态环境保护督察深入贯彻落实习近平生态文明思想和习近平总书记关于推动长江经济带发展系列重要讲话和重要指示批示精神,统筹开展流域督察和省域督察,既关注长江经济带流域性整体性问题,以及生态环境共性问题,也找准各省(市)突出问题。各督察组深入一线、深入现场,查实了一批突出生态环境问题,核实了一批不作为、慢作为,不担当、不碰硬,甚至敷衍应对、弄虚作假等形式主义、官僚主义问题。为发挥警示作用,切实推动问题整改,现对第二批7个典型案例进行集中公开通报。\n第二批7个典型案例如下:\n典型案例 | 湖北省部分城市水环境基础设施短板突出 生活污水治理工作推进不力\n典型案例 | 湖南省部分城市水环境基础设施问题突出 污水直排现象大量存在\n典型案例 | 重庆市生活污水处理能力不足 一些地方仍然存在污水溢流问题\n典型案例 | 云南省昆明丽江等城市生活污水长期直排 黑臭水体整治不力\n典型案例 | 上海市一些地方污水收集处理设施建设仍有不足\n典型案例 | 浙江省一些市县环境基础设施存在短板 污水收集处理不到位\n典型案例 | 江西省城市生活污水收集和处理问题突出>>>\n中国法治新闻网摘编:亓淦玉 |"''',
    'lianyuan_quoted_feedback_mines_signoff_cut': r'''"8月14日,湖南省涟源市自然资源局发布关于第二轮中央生态环境保护督察反馈“全省各类废弃矿山达6950座,矿山生态环境恢复率不到45%”问题整改完成情况公示。\n全文如下:\n关于第二轮中央生态环境保护督察反馈“全省各类废弃矿山达6950座,矿山生态环境恢复率不到45%”问题整改完成情况公示\n第二轮中央环保督察反馈指出“全省各类废弃矿山达 6950座,矿山生态环境恢复率不到45%,部分修复工程浮皮潦草。督察还发现,大部分废弃矿山没有按“谁开发、谁治理”要求实施后续治理和生态恢复,生态修复保证金标准低,基本没有起到多大作用,最后都由属地政府兜底埋单。”问题,我县高度重视,扎实开展问题整改工作,由县自然资源局为牵头督导单位。从以下方面进行整改:\n1.严监管强督促,积极推进生产矿山生态修复和绿色矿山建设工作。严格监督生产矿山执行“边开采、边治理”制度,按规定开展矿山生态修复年度验收和分期验收,督促矿山按时足额缴纳生态修复基金。\n2.开展核查,全面摸清未治理废弃矿山现状和底数。按照《关于开展我省历史遗留矿山核查工作的通知》(湘自资办发〔2021〕101号)要求,对部下发的1364个图斑逐一核查、举证、并实行逐级审核制度,以“两上两下”的方式进行信息审核认定。最终根据“一下”“二下”审核结果分批进行公告。准确掌握我县历史遗留矿山的空间分布和位置、损毁土地面积及权属、存在的主要生态问题、拟修复方向及时间安排,形成标准统一、数据可靠的历史遗留矿山信息数据库,为完善我县矿山生态修复政策、安排部署矿山生态修复工程等工作提供基础支撑。最终认定涟源市历史遗留未治理图斑116个,图斑总面积177.42公顷。\n3.提前规划、明确历史遗留矿山生态修复目"''',
    'xuancheng_task38_mines_signoff_trad_cut': r'''"2021年第二輪中央生態(tài)環(huán)境保護督察反饋第三十八項問題已整改完成,并通過核查驗收。根據(jù)《安徽省生態(tài)環(huán)境問題整改工作實施辦法》要求,現(xiàn)將該問題整改完成情況公示如下:\n一、整改問題\n一些市縣及自然資源部門對礦山整治工作重視不夠、督促不力,甚至敷衍應(yīng)付,加之驗收把關(guān)不嚴(yán),部分露天礦山整治工作明顯滯后,一些上報完成整治的礦山生態(tài)破壞問題仍然突出。部分廢棄礦山長期未落實治理要求。\n二、整改實施主體\n宣城市委、市政府\n三、重點措施\n1.2021年底前完成礦山生態(tài)修復(fù)驗收標(biāo)準(zhǔn)制定,并印發(fā)實施。\n2.2021年底前對全省已完成整治的礦山開展“回頭看”,逐一核查,明確需要重新整改的項目,并制定整改方案;2022年全面組織實施;2023年底前完成驗收。\n3.2022年底前對露天礦山和廢棄礦山整治工作滯后的,加強調(diào)度督辦,督促按期完成。\n4.2021年底前完善礦山生態(tài)修復(fù)項目管理制度,對礦山生態(tài)修復(fù)項目實施全過程監(jiān)管。\n四、目標(biāo)任務(wù)\n礦山整治“回頭看”基本完成,露天礦山按“一礦一策”要求完成整治;已整治礦山落實交接管護,已治理礦山生態(tài)破壞問題得到解決。\n五、完成時限\n2023年底。\n六、整改完成情況\n針對督察指出問題,宣城市高度重視,以礦山生態(tài)修復(fù)三年行動計劃為抓手,強化督導(dǎo)調(diào)度,完善監(jiān)管制度,全面系統(tǒng)推進在建生產(chǎn)礦山和廢棄礦山治理。目前,全市在建生產(chǎn)礦山完成“邊開采、邊治理”成效顯著,廢棄礦山按照既定方案有序推進治理,礦山面貌明顯改善。\n如對該問題整改完成情況有異議,請在公示期間(2023年12月14日至2023年12月27日,共10個"''',
}

URLS = {
    'chengan_river_chief_task_signoff_table_cut': "http://www.chengan.gov.cn/zfxxgk/view.jsp?id=29002&xxfl=0404",
    'liaocheng_huitoukan_seq14_mines_notice': "http://m.lc123.net/zc/1079390.html",
    'qianlima_legacy_mines_self_acceptance_masked_cut': "https://www.qianlima.com/bid-537084495.html",
    'qianlima_placer_gold_feedback_row_masked': "https://www.qianlima.com/bid-518384060.html",
    'brianwinch_kunming_mines_ducha_case_cut': "https://brianwinch.com/ztgg/hbdc/sjsthjbhdc/202310/t20231016_287367.html",
    'bjft_fengtai_two_projects_yishi_hazards': "http://www.bjft.gov.cn/fengtaibao/html/2023-07/24/content_9503_16353226.htm",
    'waka8s_anhui_safety_ducha_two_sites_trad': "http://www.waka8s.com/gedidongtai/show-88771.html",
    'xngtop_typical_cases_water_seven_titles': "http://xn--g4ts90a.top/view.php?d=221413",
    'lianyuan_quoted_feedback_mines_signoff_cut': "https://coal.in-en.com/html/coal-2659802.shtml",
    'xuancheng_task38_mines_signoff_trad_cut': "http://996630.com/News/show/1527036.html",
}

TEXT = {k: json.loads(v) for k, v in TEXTS.items()}


# chengan: the '整改任务' cell, whole (R88), final '。' dropped; '责任单位' cell split on '、'
_CA = TEXT["chengan_river_chief_task_signoff_table_cut"]
CHENGAN = [_p(None, between(_CA, "整改任务\n\n \n\n", "\n").rstrip("。"), "整改任务",
              between(_CA, "责任单位\n\n", "\n").split("、"), "done", 3)]

# liaocheng: '一、整改任务内容' paragraph; seq 14 from '序号14'
_LC = TEXT["liaocheng_huitoukan_seq14_mines_notice"]
LIAOCHENG = [_p(14, between(_LC, "一、整改任务内容\n", "\n").rstrip("。"), "整改任务内容", status="done", measures=1)]

# qianlima_legacy: the '督察报告指出:' statement; 牵头单位 then 责任单位 (line break joined)
_QL = TEXT["qianlima_legacy_mines_self_acceptance_masked_cut"]
_ql_units = [between(_QL, "牵头单位:", "\n")] + between(_QL, "责任单位:", "\n配合单位").replace("\n", "").split("、")
QIANLIMA_LEGACY = [_p(None, between(_QL, "督察报告指出:", "\n").rstrip("。"), "问题整改情况", _ql_units, "done", 1,
                      between(_QL, "整改时限:", "\n"))]

# qianlima_placer: the '| 反馈问题 |' cell, whole; the '整改措施' cell is 1 measure; unit the 牵头部门 cell
_QP = TEXT["qianlima_placer_gold_feedback_row_masked"]
QIANLIMA_PLACER = [_p(None, between(_QP, "| 反馈问题 | ", " |").rstrip("。"), None,
                      [between(_QP, "| 牵头部门 (责任单位) | ", " |")], None, 1)]

# brianwinch: '(一)'/'(二)' heading lines under '二、主要问题' (R88)
_BW = TEXT["brianwinch_kunming_mines_ducha_case_cut"]
BRIANWINCH = [_p("一二".index(n) + 1, t, "主要问题") for n, t in re.findall(r"^\(([一二])\)(.*)$", _BW, re.M)]

# bjft: per project '…存在如下问题:一是…。二是…。'; category the project (R82 analog), seq per R76a
_BJ = TEXT["bjft_fengtai_two_projects_yishi_hazards"]
BJFT = []
for _proj, _items in re.findall(r"发现(.+?)存在如下问题:(.+?)(?=发现|\n)", _BJ):
    for _n, _t in re.findall(r"([一二三])是(.+?)。", _items):
        BJFT.append(_p("一二三".index(_n) + 1, _t, _proj))

# waka8s: two site sentences, lead-ins dropped (R92), simplified (R91)
_WK = TEXT["waka8s_anhui_safety_ducha_two_sites_trad"]
WAKA8S = simplified([
    _p(None, between(_WK, "開展“回頭看”,", "。"), status="in_progress"),
    _p(None, between(_WK, "第三督察組發現,", "。")),
])

# xngtop: '典型案例 | <heading>' lines, the trailing link arrow dropped
XNGTOP = [_p(None, t.removesuffix(">>>")) for t in
          re.findall(r"^典型案例 \| (.*)$", TEXT["xngtop_typical_cases_water_seven_titles"], re.M)]

# lianyuan: the quoted feedback after '反馈指出“' up to '”问题,我县' (outer quotes and final '。' dropped); 1. 2. 3.
_LY = TEXT["lianyuan_quoted_feedback_mines_signoff_cut"]
LIANYUAN = [_p(None, between(_LY, "督察反馈指出“", "”问题,我县").rstrip("。"), None,
               [between(_LY, "整改工作,由", "为牵头督导单位")], "done", 3)]

# xuancheng: '一、整改問題' paragraph, seq 38 ('第三十八項'); unit the 整改實施主體 line whole (R101); simplified (R91)
_XC = TEXT["xuancheng_task38_mines_signoff_trad_cut"]
XUANCHENG = simplified([_p(38, between(_XC, "一、整改問題\n", "\n").rstrip("。"), "整改問題",
                           [between(_XC, "二、整改實施主體\n", "\n")], "done", 4,
                           between(_XC, "五、完成時限\n", "\n").rstrip("。"))])

DOCS = {
    "chengan_river_chief_task_signoff_table_cut": dict(
        excerpt=True,
        genre="3 one task, one notice: a county portal's 销号 公示 of one provincial-督察 task (河长), metadata block, lead, "
              "then an attachment table '整改任务 / 责任单位 / 整改目标 / 整改措施 (一)(二)(三)'; cut in (三); 7 page date in "
              "a metadata block",
        kind="bulletin", title="关于第三轮省生态环境保护督察整改任务销号的公示", issuer=None, report_date="2026-01-27",
        inspection=ins(), headline=head(), problems=CHENGAN,
        anomalies=["One-task 销号 公示 (R14): one problem, seq null (no number printed), category the table label '整改任务' "
                   "(R83), titled by the whole cell: the heading '河长巡查流于形式。' runs into its description (R88, as "
                   "blind21 puyang); status done ('已完成整改,并通过验收', R94).",
                   "Measures (一)(二)(三) = 3, (三) cut inside its text (R25); units the '责任单位' cell split on '、' (R101), "
                   "'商城镇' kept (a 镇 named as 责任单位 is a body, R102); no 整改时限 in the copy.",
                   "(NEW) '督察发现…等问题53个,其中永年区16个…' is inside the task's own statement (its evidence, across the "
                   "city): no headline figure for the notice.",
                   "Metadata block: '发布机构: 水 利 局' is metadata, issuer null (R38); '发布日期: 2026.01.27' → report_date "
                   "(R40); the 公示期 is no date (R53); the 督察组 is unnamed: inspector null (R48).",
                   "Cut inside 整改措施 (三) ('发挥部门会商研判指'): excerpt true."]),
    "liaocheng_huitoukan_seq14_mines_notice": dict(
        excerpt=False,
        genre="3 one task, one notice; 4 quoted feedback item: a city portal's copy of a 自然资源和规划局 公示 of 回头看 "
              "反馈意见(序号14): '一、整改任务内容 二、整改目标 三、整改措施 四、整改完成情况', 公示 period, signature",
        kind="bulletin", title="聊城市关于中央环保督察“回头看”反馈意见(序号14)整改情况公示", issuer="聊城市自然资源和规划局",
        report_date="2020-03-17", inspection=ins(), headline=head(), problems=LIAOCHENG,
        anomalies=["One-task notice: seq 14 ('序号14', R77), category the section label '整改任务内容' (R83), title its "
                   "paragraph (the 回头看's quoted finding), final '。' dropped; status done ('已全部完成治理工作', R93).",
                   "Measures 1: '三、整改措施' is one paragraph (R96); '四、整改完成情况' is one paragraph too, so the count is 1 "
                   "whichever is read.",
                   "(NEW) Issuer: the title's '聊城市关于…' names the city, the signature (the text's '我局') its bureau "
                   "'聊城市自然资源和规划局': not two different bodies, the signature's fuller name is taken (R37's 'title wins' "
                   "is for a disagreement).",
                   "Column tag '【聊城】' dropped from the title (R32); the signature date 2020-03-17 beats the page's "
                   "'2020-03-18 22:52:34' (R41); '46处' counts mines: no figure (R68); '我局' names no unit (R104); the "
                   "整改目标 '到2020年' is a target, no deadline."]),
    "qianlima_legacy_mines_self_acceptance_masked_cut": dict(
        excerpt=True,
        genre="4 quoted feedback item: a tender site's masked copy of a county 自查自验 report on one provincial-督察 "
              "problem: addressee, lead, '一、问题整改情况' with '督察报告指出:' and 牵头单位/责任单位/配合单位/整改目标/整改时限 "
              "fields, '二、整改措施及落实情况'; cut in 整改措施",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=QIANLIMA_LEGACY,
        anomalies=["(NEW) The problem is the '督察报告指出:' statement (R15, R89), final '。' dropped; category '问题整改情况' "
                   "(the report's own section '一、', R79; unlike blind25's field labels); status done ('已落实整改措施,"
                   "达到验收标准', R93); measures 1 (the '整改措施:' paragraph, cut, R96/R25); deadline '2025年12月底' (R106).",
                   "(NEW) Units: '牵头单位' first (C6), then '责任单位' split on '、' (R101), masked names kept as printed (R2); "
                   "'市生态环境\\n****分局' is joined across its line break; '配合单位' are not units.",
                   "Masks ('****') throughout: no issuer or inspected body can be named; no title line (opens at the "
                   "addressee), no signature, no date; the self-check day 2025-07-09 is no report or inspection date (R53); "
                   "'349座', '107座' count mines (R68).",
                   "Cut inside 整改措施 ('…图斑的核查'): excerpt true."]),
    "qianlima_placer_gold_feedback_row_masked": dict(
        excerpt=False,
        genre="3 one task: a tender site's masked one-row table of a 中央 督察 task: '| 反馈问题 | 核查情况 | 整改目标 | 整改措施 | "
              "牵头部门 (责任单位) | 责任人 | 联系电话 | 整改主要工作及成效 |' with items 1. 2. 3.; site chrome before",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=QIANLIMA_PLACER,
        anomalies=["One problem: the '反馈问题' cell titled whole (R88), final '。' dropped; seq null; category null "
                   "('反馈问题' is a field label, R84/blind25).",
                   "Measures 1: the '整改措施' cell, one paragraph (R96); the '整改主要工作及成效' cell's '1. 2. 3.' are the "
                   "result, as '六、整改完成情况' beside '三、重点措施' in blind10 suma / blind13 suzhou (not counted). Status "
                   "null: no done word (R95).",
                   "Unit the '牵头部门 (责任单位)' cell '******厅', masked as printed (R102, R2); the '责任人' is a person.",
                   "The copy (1,716 bytes) ends with the table's last row: excerpt false; login chrome before the table; no "
                   "title, date or named inspector."]),
    "brianwinch_kunming_mines_ducha_case_cut": dict(
        excerpt=True,
        genre="a provincial 督察's typical case (昆明 矿山): lead, '一、基本情况', '二、主要问题' with '(一)' '(二)' heading lines "
              "over descriptions and a figure caption; cut in (二)'s description",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("云南省第二轮第三批第一生态环境保护督察组", "昆明市"), headline=head(), problems=BRIANWINCH,
        anomalies=["A 督察 typical case: kind null (R29); no title line (the copy opens at the lead); inspector the group as "
                   "printed, inspected '昆明市' (R46/R47); '2023年8月' is month-only: no start/end (R53).",
                   "'(一)' '(二)' are heading lines over descriptions: titled by the heading (R88), seq 1/2, category "
                   "'主要问题' (R79), measures 0 (R97), no unit (the criticised 市自然资源规划局 is not told to rectify).",
                   "The earlier feedback quoted in '一、基本情况' is context, not an item; '1015座', '1687个' count mines and "
                   "plots (R68); the caption '图1 …' is layout noise.",
                   "Cut inside (二)'s description ('省自然资源厅2020年'): excerpt true."]),
    "bjft_fengtai_two_projects_yishi_hazards": dict(
        excerpt=False,
        genre="a district paper's item on a safety 督导: two projects each '…存在如下问题:一是…。二是…。', then the orders",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("区级大排查大整治专班督导督查组", "玉泉营街道"), headline=head(), problems=BJFT,
        anomalies=["(NEW) Each project's own '一是…' findings are labelled (R20 as blind26 lnst), seq restarting per project "
                   "(R76a), category the project as named before '存在如下问题:' (R82's '<body>存在的主要问题是:' applied to a "
                   "project), final '。' dropped.",
                   "Projects are sites: no unit (R103); the orders ('督促企业建立整改计划…') are no measures (R72/R98): 0.",
                   "'近日' only: no date; no title line; kind null (R30 news)."]),
    "waka8s_anhui_safety_ducha_two_sites_trad": dict(
        excerpt=False,
        genre="a traditional (no glosses) copy of a province's 安全生产 督察 news item: headline, date widget, then two "
              "sites' hazards as '…等問題' sentences; 7 date in a widget",
        kind=None, title=None, issuer=None, report_date="2025-07-22",
        inspection=ins("安徽省安全生產督察組", "省民政廳、省商務廳"), headline=head(), problems=WAKA8S,
        anomalies=["One problem per site sentence (R12); (NEW) titled by the finding after the lead-in (R92 drops '在巢湖市某"
                   "假日賓館,第二督察組對…開展“回頭看”,' and '在某康養社區,第三督察組發現,'), the closing '等問題' kept "
                   "(R87), final '。' dropped; simplified (R91).",
                   "Problem 1 '該隱患整改仍未到位' → in_progress (R93 仍未); problem 2 null; anonymised sites name no body: "
                   "no unit; measures 0 (the 立行立改 demand is an order, R72).",
                   "The headline is a news headline, not a document title (R34, C7); '時間:2025/7/22' → report_date "
                   "(R40/R45/R43); inspector and inspected as printed in the page's script; '5個方面' are aspects (R68)."]),
    "xngtop_typical_cases_water_seven_titles": dict(
        excerpt=False,
        genre="a portal's list of the 中央 督察's second batch of typical cases: headline, lead, '典型案例 | <heading>' lines "
              "(no descriptions), byline",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(), problems=XNGTOP,
        anomalies=["(NEW) One problem per '典型案例 | <heading>' line, titled by the text after '典型案例 | ' (R89), inner "
                   "spaces kept (R86), the link arrow '>>>' after the last heading dropped (layout noise, R32).",
                   "seq and category null ('第二批7个典型案例如下:' is a lead-in, C13); measures 0; no unit; '7个' counts "
                   "cases (R68); no dates; the headline is a news headline (R34); '中国法治新闻网摘编:' is a byline (R38)."]),
    "lianyuan_quoted_feedback_mines_signoff_cut": dict(
        excerpt=True,
        genre="4 quoted feedback item; 3 one problem, one notice: an energy portal's copy of a 县 自然资源局 整改完成情况 "
              "公示: a news lead, the notice's own heading, '第二轮中央环保督察反馈指出“…”问题,我县…' and '1.' '2.' '3.' "
              "measures; cut in 3.",
        kind="bulletin",
        title="关于第二轮中央生态环境保护督察反馈“全省各类废弃矿山达6950座,矿山生态环境恢复率不到45%”问题整改完成情况公示",
        issuer=None, report_date=None, inspection=ins(), headline=head(), problems=LIANYUAN,
        anomalies=["The notice's own heading inside a news page is the title (R35); the lead naming the publisher "
                   "('湖南省涟源市自然资源局发布') gives no issuer (R38); '8月14日' has no year: no date (R60).",
                   "One problem: the quoted feedback '反馈指出“…”' (R15), outer quotes and final '。' dropped (R86), inner "
                   "quotes and the space in '达 6950座' kept; no number, no section: seq and category null.",
                   "Status done: the notice is a '整改完成情况公示' (R94); measures '1.' '2.' '3.' (R96), 3. cut inside its "
                   "text (R25); unit '县自然资源局' from '由县自然资源局为牵头督导单位' (R104, C6).",
                   "'6950座', '1364个图斑', '116个' count mines and plots (R68). Cut inside measure 3 ('…生态修复目'): excerpt "
                   "true."]),
    "xuancheng_task38_mines_signoff_trad_cut": dict(
        excerpt=True,
        genre="3 one task, one notice: a glossed traditional copy of a 销号 公示 of a 中央 督察 task (第三十八項): lead, "
              "'一、整改問題 二、整改實施主體 三、重點措施 1.-4. 四、目標任務 五、完成時限 六、整改完成情況', 公示 period cut",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=XUANCHENG,
        anomalies=["One-task notice: seq 38 ('第三十八項', R77), category '整改问题' (R83), title the section's paragraph "
                   "(inner '。' kept, final '。' dropped), simplified without glosses (R91); status done ('已整改完成,并通過"
                   "核查驗收', R94).",
                   "Measures 4: '三、重點措施' 1.-4. (R96, as blind10 suma / blind13 suzhou); '四、目標任務' is a target and "
                   "'六、整改完成情況' the result (not counted); deadline '2023年底' ('五、完成時限', R106).",
                   "Unit the '整改實施主體' line '宣城市委、市政府' kept whole (R101: 市委、市政府 as one body, R102).",
                   "No title line (the copy opens at the lead), no signature, no date line: report_date null; the 公示期 is no "
                   "date (R53). Cut inside the 公示 line ('共10個'): excerpt true."]),
}

EXPECTED = {"chengan_river_chief_task_signoff_table_cut": 1, "liaocheng_huitoukan_seq14_mines_notice": 1,
            "qianlima_legacy_mines_self_acceptance_masked_cut": 1, "qianlima_placer_gold_feedback_row_masked": 1,
            "brianwinch_kunming_mines_ducha_case_cut": 2, "bjft_fengtai_two_projects_yishi_hazards": 5,
            "waka8s_anhui_safety_ducha_two_sites_trad": 2, "xngtop_typical_cases_water_seven_titles": 7,
            "lianyuan_quoted_feedback_mines_signoff_cut": 1, "xuancheng_task38_mines_signoff_trad_cut": 1}
TRADITIONAL = ("waka8s", "xuancheng")


# Second route for the extracted values: each problem's (seq, title's first 8 and last 6 characters, units, deadline,
# status) written by hand from reading the text, compared with what the code above extracted.
PINNED = {
    "chengan_river_chief_task_signoff_table_cut": [
        (None, "河长巡查流于形式", "肥乡区1个", ["成安县水利局", "市生态环境局成安县分局", "市政公用事业服务中心", "商城镇"], None, "done")],
    "liaocheng_huitoukan_seq14_mines_notice": [(14, "整改方案明确,要", "一些矿山应改未改", [], None, "done")],
    "qianlima_legacy_mines_self_acceptance_masked_cut": [
        (None, "**市有历史遗留", "修复任务艰巨", ["******局", "****草原局", "应急管理局", "市生态环境****分局"], "2025年12月底", "done")],
    "qianlima_placer_gold_feedback_row_masked": [(None, "**地区砂金矿生", "非法进行探矿", ["******厅"], None, None)],
    "brianwinch_kunming_mines_ducha_case_cut": [(1, "政治站位不高,督察", "整改不严不实", [], None, None),
                                                (2, "治理措施不精准,生", "态修复流于形式", [], None, None)],
    "bjft_fengtai_two_projects_yishi_hazards": [(1, "基坑外边东北方向", "井口缺少防护", [], None, None),
                                                (2, "办公室使用旧国标", "国标插线板", [], None, None),
                                                (3, "需完善隐患排查台", "隐患排查台账", [], None, None),
                                                (1, "木料露天堆放过多", "天堆放过多", [], None, None),
                                                (2, "堆料阻挡消防通道", "阻挡消防通道", [], None, None)],
    "waka8s_anhui_safety_ducha_two_sites_trad": [(None, "该隐患整改仍未到", "器过期等问题", [], None, "in_progress"),
                                                 (None, "消防控制室多处线", "腐蚀严重等问题", [], None, None)],
    "xngtop_typical_cases_water_seven_titles": [(None, "湖北省部分城市水", "理工作推进不力", [], None, None),
                                                (None, "湖南省部分城市水", "直排现象大量存在", [], None, None),
                                                (None, "重庆市生活污水处", "存在污水溢流问题", [], None, None),
                                                (None, "云南省昆明丽江等", " 黑臭水体整治不力", [], None, None),
                                                (None, "上海市一些地方污", "施建设仍有不足", [], None, None),
                                                (None, "浙江省一些市县环", "污水收集处理不到位", [], None, None),
                                                (None, "江西省城市生活污", "处理问题突出", [], None, None)],
    "lianyuan_quoted_feedback_mines_signoff_cut": [(None, "全省各类废弃矿山", "属地政府兜底埋单", ["县自然资源局"], None, "done")],
    "xuancheng_task38_mines_signoff_trad_cut": [(38, "一些市县及自然资", "长期未落实治理要求", ["宣城市委、市政府"], "2023年底", "done")],
}


def recount(stem: str, text: str) -> int:
    """Second count of problems, from the text itself by a different route than the labels."""
    if stem.startswith("chengan"):
        return text.count("\n整改任务\n")
    if stem.startswith("liaocheng"):
        return text.count("一、整改任务内容\n")
    if stem.startswith("qianlima_legacy"):
        return text.count("督察报告指出:")
    if stem.startswith("qianlima_placer"):
        return text.count("| 反馈问题 |")
    if stem.startswith("brianwinch"):
        return len(re.findall(r"^\([一二三四五六七八九十]+\)", text, re.M))
    if stem.startswith("bjft"):
        return len(re.findall(r"[一二三四五]是", text))
    if stem.startswith("waka8s"):
        return text.count("等問題。")
    if stem.startswith("lianyuan"):
        return text.count("反馈指出“")
    if stem.startswith("xuancheng"):
        return len(re.findall(r"第[一二三四五六七八九十]+項問題", text))
    if stem.startswith("xngtop"):
        return text.count("典型案例 | ")
    raise KeyError(stem)


def recount_measures(stem: str, text: str) -> list:
    """Second count of measures for the pages that print what was done; 0 for each finding elsewhere."""
    if stem.startswith("chengan"):
        return [len(re.findall(r"^\([一二三四五六七八九十]\)", text.split("\n整改措施\n")[1], re.M))]
    if stem.startswith("liaocheng"):
        return [len([ln for ln in between(text, "三、整改措施\n", "四、").split("\n") if ln.strip()])]
    if stem.startswith("qianlima_legacy"):
        return [text.count("整改措施:")]
    if stem.startswith("qianlima_placer"):
        return [len([c for c in between(text, "| 整改措施 | ", " |").split("\n") if c.strip()])]
    if stem.startswith("lianyuan"):
        return [len(re.findall(r"^\d\.", text, re.M))]
    if stem.startswith("xuancheng"):
        return [len(re.findall(r"^\d\.", between(text, "三、重點措施\n", "四、"), re.M))]
    return [0] * EXPECTED[stem]


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    probs = d["problems"]
    assert [p["measure_count"] for p in probs] == recount_measures(stem, text), stem
    for p, (seq, first, last, units, deadline, status) in zip(probs, PINNED[stem], strict=True):
        got = (p["seq"], p["title"].startswith(first), p["title"].endswith(last), p["responsible_units"],
               p["deadline"], p["status"])
        assert got == (seq, True, True, units, deadline, status), (stem, got)
    # every problem value re-found in the text (simplified for the traditional pages, R91; line breaks joined)
    hay = simp(text) if stem.startswith(TRADITIONAL) else text
    flat = hay.replace("\n", "")
    for p in probs:
        assert p["title"] and p["title"] in hay, (stem, p["title"])
        assert p["category"] is None or p["category"] in hay, (stem, p["category"])
        for u in p["responsible_units"]:
            assert u in flat, (stem, u)
        assert p["deadline"] is None or p["deadline"] in hay, (stem, p["deadline"])
        assert p["seq"] is None or isinstance(p["seq"], int), (stem, p["seq"])
    check_title_issuer(stem, d, text)
    insp = d["inspection"]
    check_names(stem, insp, text)


def main() -> None:
    assert set(DOCS) == set(URLS) == set(PINNED)
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=22, urls=URLS)


if __name__ == "__main__":
    main()
