"""Write the texts and truth files of tests/importer/real/blind36: a held-out ROUND set of real pages of issue 10's kinds
3 (one task, one notice) and 4 (a quoted feedback item followed by what was done and a status), with three near misses,
labelled on 2026-12-06 (20:58-21:10 UTC) by helper label50, who did not read or change the parser (zhenggai/importer/,
zhenggai/cli.py, tests/importer/*.py, tests/importer_app/) and did NOT run it on this set: the lead scores it. label48
searched the same corpus at the same time; its worktree was not opened. Every url was checked with
/work/wt/known_urls.py just before the page was taken (it reads every worktree's tests/importer, so label48's urls of
the moment are included) and again before the commit; a distinctive phrase of each page was grepped in
/work/main/tests/importer and /work/shared/corpus ('宝术亭', '凤岗镇一处废弃矿坑', '扬子河、建中河', '大石头水库',
'张清采石场', '禁养区内54家', '黃巖鉛鋅礦', '重大戰略落實不夠到位', '荣发页岩砖厂', '麟游县 | 反映', '银孔山': none found).

Schema and conventions as tests/importer/real/CONVENTIONS.md (R1-R107, C1-C19), make_truths.py (head/ins/prob) and
make_truths_blind10.simplified (a traditional page's problems in simplified characters without glosses, R91); the
structure follows make_truths_blind34.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON strings into TEXTS and decoded (glosses '持續(xù)', '選礦區(qū)', doubled commas ',,', chrome and footer lines
kept as returned). ``excerpt`` is true for the three copies cut inside their text at the store's ~2,000 bytes (hljyy in
the 受理电话 line, updyy in the fourth paragraph, ganzhouxinwen in the third acceptance item); false for the nine that
reach the page's last line (footers, bylines, a signature, a short caption or record).

Queries (``pages`` corpus, about 40; those that gave a taken page are marked): 巡察反馈问题 整改销号公示 村 整改任务 整改完成情况;
审计发现问题 整改完成情况公示 单项 已整改到位; 河长制 督查发现问题 整改销号 公示 河段 已完成整改; 安全生产 督导 反馈问题 第 项
整改情况说明 已整改; 整改任务销号的公示 督察指出 问题已完成整改 并通过验收 拟按程序实施销号; 自然资源督察 反馈问题 整改销号 公示 图斑;
巡视反馈意见指出 该问题 整改情况 目前已完成整改 学校; 關於 整改任務 銷號 公示 督察 反饋 已完成整改; 第一轮督察反馈指出 整改进展
已完成整改 达到销号条件 县; 反馈问题第7项 整改情况说明; 信访件 办理情况公示 调查核实情况 处理和整改情况 问责情况; 整改验收销号公示
整改任务 整改时限 责任单位 … 乡镇人民政府; 黄河流域生态环境警示片披露问题 整改完成情况 公示; 现将该问题整改情况公示如下 经核查
该问题已整改到位 同意销号; 围填海 海洋督察反馈问题 整改完成 公示 项目; 尾矿库 督察反馈问题 整改销号 公示 (yxx); 关于省级环境保护督察
第 项反馈问题整改销号的公示 …; 巡察组反馈 问题 整改情况公示 村党支部 …; 督察组指出 问题 整改到位 新闻 县 通过验收 销号 饮用水水源地
(kmsm); 中央生态环境保护督察反馈问题整改任务 验收销号 公示 第 项 污水处理; 巡视反馈问题 整改完成情况 公示 公司 党委; 耕地保护督察
发现问题 整改到位 公示 …; 信访件 整改销号公示 受理编号 …; 環保督察反饋問題 整改完成情況公示 …; 反馈意见指出 我县 整改情况 已完成整改
… 垃圾填埋场 渗滤液 公示 (hljyy, linyou, yzgjb); 特此公示 镇人民政府 反馈问题 …; 问题整改销号审批表 …; 关于 反馈问题整改情况的说明 …;
自然保护区 小水电 督察反馈问题 …; 黑臭水体 督察反馈问题 整改销号公示 …; 巡察反馈问题 整改销号 公示 学校 医院 …; 督察反馈 问题 整改验收
新闻 该问题顺利通过验收销号 (fxxww); 中央生态环境保护督察 第 项 整改任务 完成情况 公示表 …; 督察反馈意见指出 … 达到整改目标; 巡视组指出
问题 整改落实情况 …; 審計發現問題 整改情況 …; 关于中央环保督察反馈问题 第 项 整改情况的公示 畜禽养殖 禁养区 (cqcs); 整改销号公示
采石场 矿山 生态修复 … (yuanling, zygh); 长江经济带生态环境警示片 披露问题 …; 督察交办 信访件 办结 销号 公示 …; 整改完成情況 公示 督察
反饋 …; 海洋督察 整改任务 整改结果公示 …; 村巡察整改情况公示 …; 生态环境部督查组指出 …; 省级督察反馈问题 第 项 整改完成情况的说明 …;
销号前公示 …; 突出生态环境问题 整改销号 公示 问题编号 …; 巡视整改 专项 整改事项 公开 学院 …; 督察反馈问题 整改落实情况 镇 已全部拆除 …;
河湖 四乱 问题 整改销号 公示 …; 关于“ ”问题的整改情况 整改进展情况:已完成 省委巡视 (jcurcio); 市委巡察组反馈 我局 …; 回头看 指出
问题 依然存在 … (updyy); 巡视反馈存在 问题 指出 …; 巡察反馈指出 问题 … 典型案例; 关于省生态环境保护督察反馈问题第 项整改完成情况的
公示 砖厂 (ganzhouxinwen); 国家自然资源督察 反馈问题 整改到位 销号 公示 …. Site-index junk (zhetiaohe, abg.baidu,
fengdujob, glpsettlementsolutions) not counted.

Exhaustion: the genre's centre is used up, as blind31-34 said; most results were meetings, round tallies or known pages.
Checked and KNOWN: chengan (blind33), suma.ahsz + deaufficio (blind2), zgsuixian 均川 news, xjhbk (blind21 hbkser), ahsz
X3AH… (blind13 suzhou), dsdths, jiuquan/ntderui/jindianhuida/ixbang (blind34), sthjj.puyang (blind21), tdq.siping,
czx24, sthjj.jingzhou 松滋, s.guihuayun 临邑 (snippets13), m.ilynn, zhuangpeitu. New and taken: 12 (below). New and left
out: feifmx (a traditional news item on a 国家海洋督察 交办件 - a petition - being handled: a fourth near miss, dropped to
keep the brief's 2-3; its .txt was written and removed before the commit), meipian 2hlzpsdl (a 暗访 of several sites),
gzdf 道孚 (a 督察 of a landfill with four findings 一是…四是: a multi-problem page, not kinds 3/4), kujira-oasis (a
暗访 news on one project, no problem statement), labjjfz (a glossed traditional 信访 disclosure table of one petition's investigation: a petition, no sign-off, the
  same near-miss shape as linyou), rb.xxrb (a 信访件
disclosure, cut inside its investigation), hbj.ankang (a water-source progress tally), 51kaos (a 督察 typical case).
Declined on content without a key check: meetings, visits and reports of many tasks (yichang, ylq, jianshi, cqfj, qj,
boshan, nllz, sx.hsjw, blcu, zzu, cqu, hbust, jiaozuo, aqjjjc, zgsr, xishuirmt), round and province tallies (hbsb, cjckcn,
0551qiaojia, p2.ttnews, ruijin, ningbo, cixird, rddy, jw.km, wuch, ourjiangsu), plans (linxia, shanghai, changde,
gb.shandong, hzldzy, m.bdocx, hunchun, jilintou), essays and unrelated pages.

Kinds (issue 10):
(3) one task, one notice:
  - yxx: a county 应急管理局's '关于省级环境保护督察第40项反馈问题整改销号的公示' (title printed twice) with unnumbered
    section labels on their own lines, no colons (反馈问题 / 整改目标 / 整改时限 / 整改措施 / 整改完成情况), results
    '一、二、三、' and a closing sign-off sentence; portal chrome;
  - hljyy: a county's '第三轮省级生态环境保护督察53项问题整改公示' (no 第 in the title) with numbered inline labels
    (一、整改问题: / …三、整改措施: 1. 2. / 四、整改的主要工作及成效:), cut in the 受理电话 line;
  - yzgjb: a city task tracker's record of one 交办单 (编号 37): label lines with values on the next line, status
    '当前状态: 正在整改' (in progress), the finding inside the '交办内容' paragraph between a lead-in and a request, an empty
    '整改资料:' field;
  - yuanling: a county portal's sign-off 公示 of one task as a two-column table flattened to 'label value' lines (任务名称 /
    整改目标 / 整改措施 / 整改完成情况 / 下一步工作 / 公示时间 / 拟销号时间), no number, the problem statement inside the
    整改目标 cell;
  - ganzhouxinwen: a news portal's copy of a county's sign-off 公示 of one 中央环保督察 转办 petition (一、转办问题基本情况 /
    二、整改情况 (一)(二) / 三、验收情况 (一)(二)(三)), no title line, cut in the acceptance;
  - kmsm: a county portal's news of a 生态环境部 水源地 专项督查 whose team verified that one problem ('大石头水库农业面源
    污染问题') was rectified and signed off, followed by the team's requirements 一是/二是/三是.
(4) a quoted or named feedback item, then what was done and a status:
  - cqcs: a district portal's news with two quoted 中央环保督察 items, each restated ('针对“…”') with what was done and
    '该问题已完成整改' / '该问题已整改完成';
  - updyy: a traditional copy (no glosses) of a 巡视整改 news item: '反饋存在“重大戰略落實不夠到位”問題,指出:“…”' then
    three unnumbered paragraphs of what the 市委 did, cut before any status;
  - jcurcio: a glossed traditional photo caption of an audit office's on-site check of one named 审计 problem's
    rectification (no account of what was done, no status).
Near misses (problems []):
  - linyou: a city's 通报 of a provincial 督察组's 交办 petition investigation (one table row: 调查核实情况 / 是否属实 /
    处理处罚和问责情况 / 是否办结 '是'): a petition, not a sign-off of a task (R17);
  - fxxww: a county news item on a 市级验收 of 督察 rectification at five hydropower stations: an acceptance meeting that
    states no problem;
  - zygh: a city bureau's '…矿山生态保护修复分期验收情况公示' of one mine: one item, accepted, laid out like a sign-off
    公示, but no inspection and no problem.

Problems: 10 (yxx 1, hljyy 1, yzgjb 1, yuanling 1, ganzhouxinwen 1, kmsm 1, cqcs 2, updyy 1, jcurcio 1; near misses 0),
counted by reading and recounted in main() by a regex on each text (recount()). Measures (R96), counted by reading and
recounted in main() by a different route (recount_measures()): yxx 1 (the '整改措施' paragraph; the 整改完成情况
'一、二、三、' are results, as blind34 ixbang's 成效 cell), hljyy 2 ('1.' '2.' under 三、整改措施), yzgjb 0 (no answering
text, R97), yuanling 1 (the '整改措施' cell, two ';' clauses in one cell, R96), ganzhouxinwen 2 ('(一)(二)' under
二、整改情况; 三、验收情况 is the acceptance), kmsm 0 (the 一是/二是/三是 are the team's requirements, R98), cqcs 1 + 1 (one
unnumbered paragraph each), updyy 1 (three unnumbered paragraphs of one account, as blind34 xinwenbaodao), jcurcio 0.
Reading and recount agree. Every non-null value is re-found in the text by main() (problem values in the simplified
text of the traditional pages, R91).

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- Category of a one-task notice's label: numbered labels '一、整改问题:' (hljyy) and '一、转办问题基本情况'
  (ganzhouxinwen) give the category (R83); yxx's unnumbered '反馈问题' field line gives null (R84, C17's side B and
  blind34 yueyang); yuanling's and yzgjb's table/field labels give null. C17 is named in those truths.
- yxx: issuer null ('来源:县应急管理局' is metadata, R38; '我县' unnamed); seq 40 (title's '第40项', text's '第四十项');
  deadline the '整改时限' field '2019年2月底'; status done (the closing sign-off sentence); no unit (the 应急管理局 股
  is a contact); no inspection team ('省级环境保护督察' names none); '36家'/'13家' count enterprises.
- hljyy: title as printed ('53项' without 第); seq 53; title the whole line after the label (R88, run-in heading);
  status done ('已完成…整改,拟申请验收销号', R94); issuer null (cut before any signature; the 受理部门 line names the
  office receiving objections, not the publisher); report date the page's '日期:2025-11-10'.
- yzgjb: (NEW) a task tracker's record of one 交办单: kind null (neither a report of rectification nor a plan; its
  request '请你单位…立即组织开展整改工作' is the 交办 notice's, R28 read narrowly); title the '交办单标题' value (the
  page's first line is the tracker's menu); seq 37 (the 交办单编号, R77); the problem the finding between the lead-in
  '近期,…核查发现仍有问题未彻底整改到位。' and the request (R92); status in_progress ('当前状态: 正在整改', R93);
  measures 0; unit the '责任单位' field (R102); report date the '交办日期' 2024-06-05 (the record's only date);
  inspector '省生态环境厅第一专员办' (the body whose 核查 found the problem, R46); no feedback date (the 交办 is the
  city's hand-over to the unit, not the inspector's feedback to the city, R57 read narrowly); inspected null ('我市').
- yuanling: (NEW) the title line is the task's name ('…张清采石场生态修复'), kept as the title (it names the rectified
  task, R35 a card heading); the problem is the finding inside the '整改目标' cell without its lead-in '根据2024年第二轮
  生态环境保护督察问题清单,' and its requirement ',应按…进行整改' (R92): the '任务名称' is a name, not a statement of what
  was wrong; seq null; status done ('经自检,达到验收销号条件' and a 拟销号时间, R94; blind34 jiuquan '具备销号条件');
  '拟销号时间' is no deadline; '沅陵县自然资源局' is the feedback channel, no unit; issuer null (portal name, R38).
- ganzhouxinwen: a sign-off 公示 of one 转办 petition = a one-task notice with one problem, seq null (R17, blind13 suzhou);
  title the complaint after '投诉人反映:' without the closing request '希望相关部门查处。' (R89/R92), inner '。' kept;
  status done; measures 2; (NEW) no deadline: the dates inside (一)(二) are the bureaus' time limits for the three
  brickworks, several and set on enterprises, not the task's 整改时限 (R106 reads one limit); no unit (the enterprises
  rectified on orders; no 责任单位 is named); no title, issuer or date in the cut copy; no headline (R17).
- kmsm: (NEW) a news report of one problem's sign-off verified by a 专项督查: one problem '大石头水库农业面源污染问题'
  (the closing '问题' kept, R87; '我县' dropped as place), status done ('整改完成已进行了销号'), measures 0 (the
  requirements are not measures, R98), seq/category null; the '生活面源污染问题相关建设工程' in requirement 一是 is a
  requirement about works, not a stated finding: not a second problem; kind null and title null (news headline, R30/R34);
  inspector '生态环境部督查组' (the headline's name for the team, the text's '督查组'); no dates: the 督查 checks rectification
  (R53), '9月9日' is its visit; inspected null ('我县').
- cqcs: two problems, each listed once and restated once ('针对“…”', R13); titles the quotes with their closing '问题'
  (R87); inspector '中央第五环保督察组' and inspected '重庆' from the 方案's title ('…中央第五环保督察组向重庆反馈督察情况…',
  R46/R47); kind null and title null (news headline); report date the page's '日期: 2017-06-30'.
- updyy: one problem titled by the quoted label '重大戰略落實不夠到位' (R15/R86, simplified R91), its quoted description
  ('指出:“…”') not a second problem (R13); status null (cut before any status; the headline's '整改到位' is a headline, R95);
  measures 1; inspector '省委巡視組', inspected '揚州市委' in the page's script; '2019年8月' is a month: no dates (R53);
  the url's date is no report date (R60); headline and title null (news, R34).
- jcurcio: (NEW) a caption naming one audit problem as the object of an on-site check of its rectification: one problem
  (title the named item without the lead-in '去年審計工作報告反映的', simplified), status null and measures 0 (no
  account, no status, R95/R97); a parser may equally read it as naming no problem (R19's one-sentence naming), which is
  why it is in a round set; inspector '浙江省審計廳' (the audit office, issue 10 §7); no date anywhere: report date null.
- linyou: kind bulletin (a 通报 of petition handling, as blind24 wenshan); issuer the header '中共宝鸡市委 宝鸡市人民政府' as
  printed (R37); inspection from the closing line '进驻宝鸡市时间:2024年7月22日-8月20日' (inspector, inspected, start,
  end); '截止2024年8月8日12时' is a data cut-off, not a date line: report date null; '73件' petitions no figure (R17);
  problems [] (R17: a petition's investigation and handling, no sign-off of a task).
- fxxww: problems [] (an acceptance meeting naming no problem statement; '5座电站清理整改' names work, not a finding);
  acceptance dates are no inspection dates (R53); '10月18日' has no year: no date.
- zygh: problems []; title null and kind null (a routine mine-restoration acceptance, not a rectification or inspection
  document, R34); issuer and report date from the signature (R40/R41: 2025-03-20 over '更新时间:2025-04-14').
"""
import json
import re
from pathlib import Path

from make_truths import (between, check_doc, check_pinned, check_problems, head, ins, prob, simp, simplified,
                         write_labelled_set)
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind36"

TEXTS = {
    'yxx_yongxing_item40_tailings_signoff': r'''"关于省级环境保护督察第40项反馈问题整改销号的公示\n\n发布时间:2020-08-19 11:06 来源:县应急管理局 作者: 【字体:\n\n关于省级环境保护督察第40项反馈问题整改销号的公示\n\n \n\n根据《湖南省省级环境保护督察交办问题整改销号指导意见》(湘突环改办函〔2019〕2号)要求,现将我县省级环境保护督察第四十项反馈问题整改完成情况进行销号前公示,公示时间:8月19日—8月23日,为期5天,公示期间如有异议,请以书面或电话形式联系应急管理局非煤矿山安监股,电话:0735-5522601,地址:永兴县侨乡路78号。\n\n反馈问题\n\n郴州市有36家尾矿库及其采选、冶炼企业存在环境问题,到目前为止仍有13家企业还未整改到位,谷家尾矿库、骏峰选厂尾矿库未复绿及生态恢复,其他尾矿库遗留尾砂、废渣没有治理到位,有的尾矿库成为了无主尾砂库。\n\n整改目标\n\n对尾矿库、采选、冶炼企业,特别是尾矿库遗留问题开展再排查工作,对发现的环境问题,采取倒排工期,挂图推进等强化措施推进整改工作,消除环境隐患。\n\n整改时限\n\n2019年2月底\n\n整改措施\n\n对宝术亭铅锌矿进行闭库销号,库区进行绿化。\n\n整改完成情况\n\n对照整改目标、整改措施简要描述整改情况\n\n一、覆土后进行绿化。\n\n二、采用挖掘机在尾矿库上部山体开挖一条截水沟,防止汛期造成山凹积水引发自然灾害。\n\n三、2019年12月经郴州市应急管理局批复同意对宝术亭铅锌矿尾矿库闭库销号\n\n \n\n经过上述整改,该反馈问题已整改完成,达到既定整改目标,符合整改销号标准。\n\n \n\n \n\n \n\n扫一扫在手机打开当前页\n分享:\n【纠错】 【加入收藏】 【打印本页】 【关闭窗口】"''',
    'hljyy_youyi_item53_rural_waste_cut': r'''"第三轮省级生态环境保护督察53项问题整改公示\n\n日期:2025-11-10 09:31\n\n我县已完成2024年第三轮省级生态环境保护督察第53项问题整改,拟申请验收销号,按照《黑龙江省中央生态环境保护督察整改任务验收销号办法(试行)》规定,现对该项问题整改完成情况向社会公示:\n\n一、整改问题:生活垃圾“村收集、镇转运、县处理”体系运行不畅。友谊县、宝清县、饶河县等地多处村屯仍存在大量生活垃圾和畜禽粪污混合堆存于村屯周围或废弃矿坑;宝清县、饶河县、四方台区等地临时垃圾堆存转运点垃圾外溢,堆存不规范,转运不及时。\n\n二、整改目标:有效治理农村散乱生活垃圾堆放问题,做到村收集、镇转运、县处理。对畜禽粪污进行规范化堆存,及时收集、转运。\n\n三、整改措施:\n\n1.加大监管力度,督促乡镇对堆存的生活垃圾立即清理,广泛开展农村生活垃圾污染危害宣传。加强农村生活垃圾收集管理,提高转运效率,确保生活垃圾及时转运不堆积,转运过程不散落。完善农村生活垃圾收转运运行体系,增加转运频次,对发现的外溢垃圾及时清理转运。\n\n2.开展现场核查工作,确保行政村实现“三基本”,做到对畜禽粪污进行规范化堆存,及时收集、转运,从而保证农村环境综合整治成效。\n\n四、整改的主要工作及成效:友谊县涉及凤岗镇一处废弃矿坑存在生活垃圾和畜禽粪污堆放现象,县住建局积极与凤岗镇定期对废弃矿坑进行检查,对发现堆存生活垃圾和畜禽粪污及时清理和转运。目前,友谊县各乡镇的生活垃圾由友谊农场委托第三方进行收集转运。该废弃矿坑已清理完毕,并设立“禁止倒垃圾”标识牌。\n\n五、公示时间:2025年11月10日至2025年11月21日\n\n六、受理部门:友谊县生态环境保护和督察工作委员会办公室\n\n七、受理电话:0469-59"''',
    'yzgjb_assignment37_blackwater_in_progress': r'''"交办单 发文 工作简报 任务推进表 任务进展 管理\n[ 游客 ]\n-1\n\n\n\n交办单年份:\n2024\n交办单编号:\n37\n交办日期:\n2024-06-05\n责任单位:\n市政园林工程处\n交办类别:\n省第一专员办\n主要类型:\n水污染,\n当前状态:\n正在整改\n交办单文件:\n交办单标题:\n关于对扬子河部分时段水质黑臭问题交办的通知\n交办内容:\n近期,省生态环境厅第一专员办对2022年以来交办我市的突出生态环境问题整改情况进行了集中核查,核查发现仍有问题未彻底整改到位。扬子河、建中河河水黑臭问题交办后,仅采取了加强水草清理、定期生态补水等治理措施,周边污水收集管网不健全、雨污混接等根源性问题尚未解决,导致扬子河、建中河等河道部分时段依然黑臭,河面仍有大量漂浮物。根据《关于进一步做好2023年第一专员办交办问题整改工作的通知》(镇污治指办〔2024〕44号)文件要求,请你单位高度重视,立即组织开展整改工作。\n整改资料:"''',
    'kmsm_songming_reservoir_signoff_news': r'''"生态环境部督查组对我县集中式饮用水水源地环境保护工作开展第二轮专项督查\n发布时间:2018-09-10 16:50\n字号:[\n大\n中\n小\n]\n9月9日生态环境部进驻我县开展全国集中式饮用水水源地环境保护第二轮专项督查。本次督查主要以听取工作情况汇报,结合调阅台账资料与实地查看的方式,对我县大石头水库存在问题的整改落实情况进行调查核实。经督查组核实,我县大石头水库农业面源污染问题整改完成已进行了销号,督查组对我县水源地环境问题整改工作给予肯定并提出要求:一是要尽快完成生活面源污染问题相关建设工程的验收工作,及早投入使用,使东村生活污水得到有效收集、处理;二是健全长效机制。进一步健全水源地日常监管制度,强化部门合作,完善饮用水水源地环境保护协调联动机制,防止已整改问题死灰复燃。三是完善水源地基础信息管理工作,制定完善饮用水水源地突发环境事件应急预案,切实提高饮用水水源环境安全保障水平。县政府艾发伟副县长及县环保、农林、水务部门和嵩阳街道相关人员陪同检查。\n\n\n\n\n"''',
    'yuanling_quarry_task_fields_no_number': r'''"沅陵县马底驿乡张清采石场生态修复\n\n沅陵县人民政府门户网站 www.yuanling.gov.cn 发布时间:2025-04-09 08:31\n\n\n\n\n\n任务名称 沅陵县马底驿乡张清采石场生态修复\n\n整改目标 根据2024年第二轮生态环境保护督察问题清单,沅陵县马底驿乡张清采石场生态修复工作不严不实,尚存生产区和开采区修复标准不高,应按矿山生态修复相关要求进行整改。\n\n整改措施 针对环境保护督察提出的问题,对生产区完善截排水系统;对采矿区采场、废石堆等未整平复垦的区域进行整平复垦,恢复为林地。\n\n整改完成情况 沅陵县马底驿乡张清采石场采区场地平整、覆土、植树、植草、修厢沟行沟等措施,完成图斑生态修复工作,经自检,达到验收销号条件。\n\n下一步工作 严格落实生态环境和安全巡查制度,强化生态修复区域后期管护,确保生态修复成效。\n\n公示时间 2025年4月7日-2025年4月12日\n\n拟销号时间 2025年4月21日\n\n意见反馈渠道 沅陵县自然资源局\n联系电话:0745-4233768"''',
    'cqcs_district_two_quoted_livestock_items_news': r'''"导航\n您的位置: 首页>专题专栏 > 中央生态环保督察 • 重庆在行动\n\n照单全收 全力整改 狠抓落地,全区畜禽养殖污染整治扎实有效\n\n日期: 2017-06-30\n字体:\n\n    昨日,记者从区畜牧兽医局获悉,在贯彻落实中央环保督察组督察反馈意见整改过程中,区委区政府高度重视畜禽养殖污染整治工作,坚持照单全收、全力整改、狠抓落地,畜禽养殖污染整治取得了明显成效。\n\n    区畜牧兽医局负责人介绍,全区通过认真梳理中央环保督察组督察反馈意见,我区制定了《贯彻落实中央第五环保督察组向重庆反馈督察情况通报有关问题的整改实施方案》,全力推进“禁养区内54家畜禽养殖场未按计划于2016年底前实施关闭搬迁问题”和“列为重点污染源的217家养殖场环评和环保“三同时”执行率低问题”的整改落实。\n\n    据悉,针对“禁养区内54家畜禽养殖场未按计划于2016年底前实施关闭搬迁问题”,全区制定了相关具体方案,全力整改、狠抓落地。目前,中央环保督察反馈的该问题已完成整改:在养殖的12家养殖户已全面完成关闭搬迁;停产转行的12家养殖场目前无恢复饲养情况;划分到适、限养区的30家养殖场已经全面完成整治,其中有3家因整治不达标而实施了关停,剩余27家均取得环保或备案登记手续。\n\n    针对“列为重点污染源的217家养殖场环评和环保“三同时”执行率低问题”,根据整改方案,有关街镇、部门细化措施,积极落实。截至目前,在生产的74家养殖场已完成整改任务;已停产、关闭的143家养殖场无恢复饲养情形。环评和环保“三同时”执行率分别达到100%,雨污分流设施建有率和固液装置配置率分别达到100%,中央环保督察反馈的该问题已整改完成。记者 张异\n\n回到顶部"''',
    'jcurcio_zhejiang_audit_one_problem_check_caption_trad': r'''"浙江省審計廳緊盯審計問題整改,持續(xù)跟蹤督促去年審計工作報告反映的未整改到位事項,著力關注重點部門、關鍵領域審計反映問題的整改情況,實現縣市長經責審計項目和重大民生項目實地督查“全覆蓋”。圖為近日廳黨組成員、總審計師金建培帶隊實地督查去年審計工作報告反映的黃巖鉛鋅礦選礦區(qū)生態修復工程建設滯后問題的整改情況。(周進儉)"''',
    'updyy_yangzhou_xunshi_quoted_item_cut_trad': r'''"揚州市委積極推動巡視問題整改到位\n2019年8月,省委巡視組對揚州市委開展巡視,反饋存在“重大戰略落實不夠到位”問題,指出:“全省‘一盤棋’意識、‘一體化’發展思路不夠清晰,謀劃不夠、行動遲緩。截至2019年7月底,‘長江經濟帶’建設要求年底前拆除取締并復綠的項目仍有18個未啟動;部分沿江非法碼頭、企業拆除后,未完成生態修復。寧鎮揚一體化進展不明顯,城市綜合交通體系、農村基礎設施建設滯后,社會保障等信息系統尚未實現市內互聯互通,城鄉居民醫保仍未實現市級統籌,城鎮化水平提升不快。”\n揚州市委高度重視巡視反饋意見,主要負責同志多次聽取匯報、開展調研,親自批辦督辦,反復強調要深刻認識“共抓大保護、不搞大開發”的極端重要性,深刻理解“把握五個關系”的系統性要求,要從長江生態系統整體性和流域系統性出發,將揚州全域納入長江經濟帶發展中進行統籌保護,不僅要采取積極有效措施,推動巡視問題整改到位,更要在落實國家、我省重大戰略上爭作揚州貢獻。\n揚州市委常委會、市政府常務會將推動長江經濟帶建設作為重點議題,對環境整治、生態修復、產業轉型發展、加快互聯互通、實施“十年禁漁”等各項工作進行全面部署,落實推進機制、任務分工和責任要求。出臺《關于貫徹長江經濟帶發展戰略的實施意見》《關于全面落實長江經濟帶高質量發展戰略任務分工方案》,編制《揚州“十四五”長江經濟帶發展規劃實施方案》,在深入謀劃高質量發展藍圖基礎上,構建“市級抓統籌、部門管行業、地方抓落實”的工作網絡體系。\n對省委巡視反饋問題,揚州市委制定市、縣兩級整改責任清單,實行黨政班子成員掛包制度,由市紀委監委、市政府督查室及職能部門組成督查組,"''',
    'ganzhouxinwen_xinfeng_petition_brickworks_signoff_cut': r'''"根据《江西省中央环境保护督察问题整改销号管理办法》的要求,现对已完成整改的问题情况进行公示。\n一、转办问题基本情况\n投诉人反映:信丰县铁石口镇垇坵村下岭背香迳坑有七、八家砖厂,存在有六、七年时间,其中水库旁边有三个砖厂,造成当地空气污染,灌溉水源污染,山上泥土流失。其中有一家荣发页岩砖厂,违法侵占他人林地。希望相关部门查处。\n二、整改情况\n(一)接到信访件前,2018年11月8日信丰县工信局、环保局、水保局、矿管局联合对荣发页岩砖厂、金信页岩厂、锦品新型墙体材料厂三家砖厂下发了责令限期整改通知书(信工信砖整办字〔2018〕15、17、28号),要求企业加快推进全面整改。厂区硬化,破碎车间、原料库和制造车间全封闭在2019年1月8日前完成。\n(二)县水保局对荣发页岩砖厂发放了限期整改通知书(信水保改字〔2018〕70号)。要求荣发页岩砖厂在弃渣场、道路旁道两侧修建排水沟、沉沙池;要求三家砖厂及时清理排水沟;裸露地表、边坡及时恢复植被。在2019年2月28日前完成水土保持工程措施,2019年3月31日前完成植被恢复措施。\n三、验收情况\n2019年12月2日,由县工信局牵头,组织生态环境局、水保局、自然资源局、林业局对荣发、金信、锦品三家砖厂整改处理情况进行了验收:\n(一)三家砖厂已完成了厂区硬化,破碎车间、原料库和制造车间已全封闭,并委托第三方进行废气检测,符合排放要求。\n(二)荣发砖厂已按要求落实了水土保持措施,在弃渣场、道路旁道两侧修建了排水沟、沉沙池、挡土墙,并开展了水土保持验收各项工作,水土保持设施合格。三家砖厂对排水沟进行了清理,保持了排水沟畅通。\n(三)三家砖厂在堆放弃土废渣土地进行了平整复土,在裸露地表、边坡栽植了苗木,撒播了草籽,林"''',
    'linyou_baoji_petition_row_investigation_nearmiss': r'''"中共宝鸡市委 宝鸡市人民政府\n关于省第一生态环境保护督察组交办问题调查处理情况的通报\n截止2024年8月8日12时,省第一生态环境保护督察组交办涉及宝鸡市生态环境信访件73件,现将第十批交办问题办理结果通报如下:\n序号 | 交办问题基本情况 | 涉及区县及部门 | 调查核实情况 | 是否属实 | 处理处罚和问责情况 | 是否办结 | 备注 |\n3 | 麟游县 | 反映的垃圾填埋场已封场,表面进行了覆土处理,在场内徒步排查时可闻到轻微异味。对垃圾填埋场厂界大气进行取样监测,结果显示均符合GB14554-93《恶臭污染物排放标准》恶臭污染物厂界二级新扩改标准限值。排查发现个别垃圾转运车辆密闭性不严,在运输垃圾过程中存在跑冒滴漏现象,加之夏天气温较高,垃圾易腐烂产生异味,对周边村民造成一定影响。 | 是 | 县绿化站在垃圾填埋场覆土上加盖1.2毫米土工布、1.5毫米HDEP防渗膜,降低垃圾填埋场对周边居民的影响;同时对进场道路进行了清洗除味。严肃查处垃圾转运车辆不密闭运输生活垃圾、随意抛洒等行为。 | 是 |\n省第一生态环境保护督察组进驻宝鸡市时间:2024年7月22日-8月20日\n投诉举报值班电话:0917-3630660,邮政信箱:宝鸡市金台区A179号信箱。\n督察组受理举报电话时间:每天早 8﹕00-晚 20﹕00。"''',
    'fxxww_fangxian_hydro_acceptance_news_nearmiss': r'''"房县新闻网\n\n房县新闻网\n\n房县顺利通过第二轮中央生态环境保护督察反馈问题整改市级验收\n\n房县新闻网讯 通讯员  李治枝 报道:10月18日,市生态环境局组织验收专班来房县开展第二轮中央生态环境保护督察反馈问题整改市级验收,县政府相关工作负责人参加验收活动。\n\n验收组先后查看了县自然保护地内三道岭、咸水河、黄柏沟、油坊沟、仙家坪等5座电站清理整改落实情况,并组织召开验收座谈会,听取县水利和湖泊局关于第二轮中央生态环境保护督察反馈问题整改情况工作报告。验收组成员根据现场核实情况和档案资料查阅情况,肯定了房县整改成果,顺利通过验收。\n\n(责任编辑:绳晓)\n\n  • 房县新闻网微信\n\n  • 今日房县网微信\n\n  • 云上房县客户端"''',
    'zygh_yueyang_mine_restoration_acceptance_nearmiss': r'''"岳阳市富安矿业有限公司上塘冲银孔山铅锌矿矿山生态保护修复分期验收情况公示\n更新时间:2025-04-14 来源:市自然资源和规划局\n根据《湖南省自然资源厅办公室<关于进一步加强新建矿山和生产矿山生态保护修复工作的通知>》(湘自资办[2021]39号)要求,现对岳阳市富安矿业有限公司上塘冲银孔山铅锌矿矿山生态保护修复分期验收情况公示:\n一、主要修复工程:本期生态修复工程总投入201.6万元。主要工程为标识标牌工程、土地复垦工程、水质土壤监测工程、地质灾害监测工程及井下防洪工程等。\n二、修复完成情况:该矿山分期验收时段内的生态修复工程,已按要求修复到位,其生态环境得到有效改善,达到了预期效果。\n三、验收结论:经专家评审,市、县自然资源主管部门验收审核,认定该矿山生态修复分期验收结论为合格。\n以上修复情况向社会公示,公示期自发布之日起7个工作日,请社会各界监督。如有异议,请以书面或电话形式向岳阳市自然资源和规划局反馈。(电话:0730-8288073)\n岳阳市自然资源和规划局\n2025年3月20日"''',
}

URLS = {
    'yxx_yongxing_item40_tailings_signoff': "http://yxx.gov.cn/2234/content_3167513.html",
    'hljyy_youyi_item53_rural_waste_cut': "https://hljyy.gov.cn/yy/15349/202511/c07_237684.shtml",
    'yzgjb_assignment37_blackwater_in_progress': "https://yzgjb.net/Default/AssignmentDetails/492",
    'kmsm_songming_reservoir_signoff_news': "http://www.kmsm.gov.cn/c/2018-09-10/4037710.shtml",
    'yuanling_quarry_task_fields_no_number':
        "http://www.yuanling.gov.cn/yuanling/c118866/202504/fece69e1a5574a9eb2b9ae9f3a3b4d18.shtml",
    'cqcs_district_two_quoted_livestock_items_news': "http://cqcs.gov.cn/ztzl_164/zysthb/201912/t20191221_2254426_wap.html",
    'jcurcio_zhejiang_audit_one_problem_check_caption_trad': "http://jcurcio.com/oldweb/n4/n21/c96170/content.html",
    'updyy_yangzhou_xunshi_quoted_item_cut_trad': "http://m.updyy.com/n2/2022/0104/c360300-35080057.html",
    'ganzhouxinwen_xinfeng_petition_brickworks_signoff_cut': "https://www.ganzhouxinwen.com/bendi/xinfeng/92183.html",
    'linyou_baoji_petition_row_investigation_nearmiss': "http://www.linyou.gov.cn/art/2024/8/9/art_19173_1769965.html",
    'fxxww_fangxian_hydro_acceptance_news_nearmiss': "https://www.fxxww.net/p/174483.html",
    'zygh_yueyang_mine_restoration_acceptance_nearmiss': "https://zygh.yueyang.gov.cn/31047/31316/31324/content_2285574.html",
}

TEXT = {k: json.loads(v) for k, v in TEXTS.items()}


# yxx: unnumbered labels on their own lines; the '反馈问题' paragraph; deadline the '整改时限' field
_YX = TEXT["yxx_yongxing_item40_tailings_signoff"]
YXX = [_p(40, between(_YX, "反馈问题\n\n", "\n").rstrip("。"), None, [], "done", 1, between(_YX, "整改时限\n\n", "\n"))]

# hljyy: inline numbered label '一、整改问题:' (R83), run-in heading: the whole line (R88)
_HL = TEXT["hljyy_youyi_item53_rural_waste_cut"]
HLJYY = [_p(53, between(_HL, "一、整改问题:", "\n").rstrip("。"), "整改问题", [], "done", 2)]

# yzgjb: the finding between the lead-in and the request; seq the 交办单编号; unit the 责任单位 field
_YZ = TEXT["yzgjb_assignment37_blackwater_in_progress"]
YZGJB = [_p(int(between(_YZ, "交办单编号:\n", "\n")), between(_YZ, "核查发现仍有问题未彻底整改到位。", "。根据"), None,
            [between(_YZ, "责任单位:\n", "\n")], "in_progress", 0)]

# kmsm: the one problem named as signed off
_KM = TEXT["kmsm_songming_reservoir_signoff_news"]
KMSM = [_p(None, between(_KM, "经督查组核实,我县", "整改完成已进行了销号"), None, [], "done", 0)]

# yuanling: the finding inside the 整改目标 cell without lead-in and requirement
_YL = TEXT["yuanling_quarry_task_fields_no_number"]
YUANLING = [_p(None, between(_YL, "根据2024年第二轮生态环境保护督察问题清单,", ",应按"), None, [], "done", 1)]

# cqcs: the two quoted items, each restated once (R13)
_CQ = TEXT["cqcs_district_two_quoted_livestock_items_news"]
_cq_first = between(_CQ, "全力推进“", "”和“")
_cq_second = between(_CQ, "”和“", "”的整改落实")
CQCS = [_p(None, _cq_first, None, [], "done", 1), _p(None, _cq_second, None, [], "done", 1)]

# jcurcio: the named audit item (traditional, glossed): simplified without glosses (R91)
_JC = TEXT["jcurcio_zhejiang_audit_one_problem_check_caption_trad"]
JCURCIO = simplified([_p(None, between(_JC, "實地督查去年審計工作報告反映的", "的整改情況"), None, [], None, 0)])

# updyy: the quoted label of the 巡视 item (traditional, no glosses): simplified (R91)
_UP = TEXT["updyy_yangzhou_xunshi_quoted_item_cut_trad"]
UPDYY = simplified([_p(None, between(_UP, "反饋存在“", "”問題"), None, [], None, 1)])

# ganzhouxinwen: the complaint after '投诉人反映:' without the closing request; category the numbered section label
_GZ = TEXT["ganzhouxinwen_xinfeng_petition_brickworks_signoff_cut"]
GANZHOU = [_p(None, between(_GZ, "投诉人反映:", "希望相关部门查处。").rstrip("。"), between(_GZ, "一、", "\n"), [],
              "done", 2)]

DOCS = {
    "yxx_yongxing_item40_tailings_signoff": dict(
        excerpt=False,
        genre="3 one task, one notice: a county 应急管理局's 销号 公示 of a provincial 环境保护督察 item '第40项' (title "
              "printed twice, a date/source line), a lead, then unnumbered section labels on their own lines without "
              "colons (反馈问题 / 整改目标 / 整改时限 / 整改措施 / 整改完成情况 with results 一、二、三、) and a closing "
              "sign-off sentence; portal footer",
        kind="bulletin", title="关于省级环境保护督察第40项反馈问题整改销号的公示", issuer=None, report_date="2020-08-19",
        inspection=ins(), headline=head(), problems=YXX,
        anomalies=["Title printed twice (R35: the first); date from '发布时间:2020-08-19 11:06'; issuer null: "
                   "'来源:县应急管理局' is metadata (R38) and the text says only '我县'; portal footer kept (R2).",
                   "seq 40 (the title's '第40项', the lead's '第四十项', R77).",
                   "Category null: the unnumbered '反馈问题' field line is a field label (R84; C17 side B, as blind34 "
                   "yueyang), not a numbered section label.",
                   "Title the '反馈问题' paragraph, final '。' dropped.",
                   "Measures 1: the '整改措施' section is one paragraph; the '整改完成情况' items 一、二、三、 are results "
                   "(as blind34 ixbang's 成效 cell), not counted - a parser could read 3 there.",
                   "Status done: '该反馈问题已整改完成,达到既定整改目标,符合整改销号标准' (R94).",
                   "Deadline the '整改时限' field '2019年2月底' (R106); no unit (the 非煤矿山安监股 is a contact).",
                   "'省级环境保护督察' names no team: inspection empty; the 公示时间 is a window (R53); '36家'/'13家' "
                   "count enterprises: no headline (R68)."]),
    "hljyy_youyi_item53_rural_waste_cut": dict(
        excerpt=True,
        genre="3 one task, one notice: a county's '…53项问题整改公示' (no 第) of a provincial 督察 item, a date line, "
              "a lead, numbered inline labels (一、整改问题: / 二、整改目标: / 三、整改措施: 1. 2. / 四、整改的主要工作及成效: "
              "/ 五、公示时间 / 六、受理部门 / 七、受理电话); cut in the phone number",
        kind="bulletin", title="第三轮省级生态环境保护督察53项问题整改公示", issuer=None, report_date="2025-11-10",
        inspection=ins(), headline=head(), problems=HLJYY,
        anomalies=["Cut inside '七、受理电话:0469-59' (excerpt true); no signature in the copy: issuer null (the "
                   "受理部门 line names the office receiving objections, not the publisher); date the page's "
                   "'日期:2025-11-10'.",
                   "seq 53 ('第53项' in the lead, '53项' in the title).",
                   "Category '整改问题', the numbered inline label (R83); title the whole line after the label, the heading "
                   "'生活垃圾“村收集、镇转运、县处理”体系运行不畅。' run into its description (R88), final '。' dropped.",
                   "Measures 2 ('1.' '2.' under 三、整改措施); the 成效 section is the result.",
                   "Status done: '我县已完成…第53项问题整改,拟申请验收销号' (R94); no unit (the 县住建局 acts in the "
                   "result; none is named as responsible); no deadline.",
                   "'2024年第三轮省级生态环境保护督察' names no team: inspection empty."]),
    "yzgjb_assignment37_blackwater_in_progress": dict(
        excerpt=False,
        genre="3 one task, one notice: a city task tracker's record of one 交办单 (编号 37): a menu line, label lines "
              "with values on the next line (交办单年份 / 编号 / 交办日期 / 责任单位 / 交办类别 / 主要类型 / 当前状态 "
              "'正在整改' / 交办单标题 / 交办内容), the finding inside the 交办内容 paragraph, an empty 整改资料 field",
        kind=None, title="关于对扬子河部分时段水质黑臭问题交办的通知", issuer=None, report_date="2024-06-05",
        inspection=ins("省生态环境厅第一专员办"), headline=head(), problems=YZGJB,
        anomalies=["(NEW) A tracker's record of one 交办单: kind null - neither a report of rectification nor a plan; the "
                   "request '请你单位高度重视,立即组织开展整改工作' is the 交办 notice's (R28 read narrowly).",
                   "Title the '交办单标题' value (the page's first line is the tracker's menu, chrome).",
                   "seq 37: the 交办单编号, the item's own number (R77).",
                   "Title the finding between the lead-in '近期,…核查发现仍有问题未彻底整改到位。' and the request "
                   "'根据《…》文件要求,请你单位…' (R92).",
                   "Status in_progress: '当前状态: 正在整改' (R93); measures 0: no answering text ('整改资料:' empty, R97).",
                   "Unit the '责任单位' field '市政园林工程处' (R102); no deadline.",
                   "Report date the '交办日期' 2024-06-05, the record's only date; no feedback date: the 交办 is the city's "
                   "hand-over to the unit, not the inspector's feedback (R57 read narrowly).",
                   "Inspector '省生态环境厅第一专员办', whose 集中核查 found the problem (R46); inspected null ('我市', R48); "
                   "'交办类别: 省第一专员办' is a category field."]),
    "kmsm_songming_reservoir_signoff_news": dict(
        excerpt=False,
        genre="3 one task, one notice (news): a county portal's news of a 生态环境部 水源地 专项督查 whose team verified "
              "that one problem was rectified and signed off ('大石头水库农业面源污染问题整改完成已进行了销号'), then the "
              "team's requirements 一是/二是/三是; headline, date and font-size chrome",
        kind=None, title=None, issuer=None, report_date="2018-09-10",
        inspection=ins("生态环境部督查组"), headline=head(), problems=KMSM,
        anomalies=["News: kind null and title null (a news headline, R30/R34); date from '发布时间:2018-09-10 16:50'; "
                   "font-size chrome ('字号:[ 大 中 小 ]') kept (R2).",
                   "(NEW) A news report of one problem's sign-off: one problem '大石头水库农业面源污染问题' ('我县' dropped as "
                   "the place, closing '问题' kept, R87), status done ('整改完成已进行了销号').",
                   "Measures 0: the 一是/二是/三是 are the 督查组's requirements (R98); requirement 一是's "
                   "'生活面源污染问题相关建设工程' asks for an acceptance of works: no second finding.",
                   "Inspector '生态环境部督查组' (the headline's name for the text's '督查组', R46); inspected null ('我县').",
                   "No inspection dates: the 专项督查 checks rectification (R53); '9月9日' is its visit."]),
    "yuanling_quarry_task_fields_no_number": dict(
        excerpt=False,
        genre="3 one task, one notice: a county portal's sign-off 公示 of one quarry task as a two-column table flattened "
              "to 'label value' lines (任务名称 / 整改目标 / 整改措施 / 整改完成情况 / 下一步工作 / 公示时间 / 拟销号时间 / "
              "意见反馈渠道), no number, the problem statement inside the 整改目标 cell",
        kind="bulletin", title="沅陵县马底驿乡张清采石场生态修复", issuer=None, report_date="2025-04-09",
        inspection=ins(), headline=head(), problems=YUANLING,
        anomalies=["(NEW) The title line is the task's name, kept as the title (it names the rectified task; the page has "
                   "no other heading); issuer null (the portal name is chrome, R38); date '发布时间:2025-04-09'.",
                   "(NEW) The problem is the finding inside the '整改目标' cell, without its lead-in '根据2024年第二轮"
                   "生态环境保护督察问题清单,' and its requirement ',应按矿山生态修复相关要求进行整改' (R92); the "
                   "'任务名称' cell names the task, it states nothing wrong.",
                   "seq null (no number, R78); category null (table labels, R84).",
                   "Measures 1: the '整改措施' cell, two ';' clauses in one cell (R96).",
                   "Status done: '完成图斑生态修复工作,经自检,达到验收销号条件' with a 拟销号时间 (R94).",
                   "No deadline ('拟销号时间' and the 公示时间 are not time limits); no unit ('沅陵县自然资源局' is the "
                   "feedback channel); '2024年第二轮生态环境保护督察' names no team."]),
    "cqcs_district_two_quoted_livestock_items_news": dict(
        excerpt=False,
        genre="4 quoted feedback items (two): a district portal's news on 中央环保督察 rectification naming two quoted "
              "items in one sentence, then restating each ('针对“…”') with what was done and '该问题已完成整改' / "
              "'该问题已整改完成'; breadcrumb and footer chrome",
        kind=None, title=None, issuer=None, report_date="2017-06-30",
        inspection=ins("中央第五环保督察组", "重庆"), headline=head(), problems=CQCS,
        anomalies=["News: kind null, title null (news headline, R30/R34); date '日期: 2017-06-30'; breadcrumbs and "
                   "'回到顶部' kept (R2).",
                   "Two problems: each quoted item is listed once and restated once (R13), titled by its quote with the "
                   "closing '问题' (R87), inner quotes '“三同时”' kept.",
                   "Status done for both ('该问题已完成整改', '该问题已整改完成'); measures 1 each (one unnumbered "
                   "paragraph of what was done).",
                   "Inspector '中央第五环保督察组' and inspected '重庆' from the 方案's title '…中央第五环保督察组向重庆"
                   "反馈督察情况…' (R46/R47).",
                   "'54家', '217家', '12家' count farms: no headline (R68); no unit (区畜牧兽医局 is the source)."]),
    "jcurcio_zhejiang_audit_one_problem_check_caption_trad": dict(
        excerpt=False,
        genre="4 a named feedback item (audit): a glossed traditional photo caption of a provincial audit office's on-site "
              "check of one 审计工作报告 item's rectification, byline in brackets; no account, no status",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("浙江省審計廳"), headline=head(), problems=JCURCIO,
        anomalies=["Glossed traditional copy ('持續(xù)', '選礦區(qū)', '滯后' as printed) kept (R2); the problem in "
                   "simplified characters without glosses (R91); doc fields in the page's script.",
                   "(NEW) A caption naming one audit problem as the object of a check of its rectification: one problem, "
                   "titled by the named item without the lead-in '去年審計工作報告反映的' (R92), closing '问题' kept; a "
                   "parser may equally read it as naming no problem (R19), which is why it is in a round set.",
                   "Status null and measures 0: no account of what was done, no status (R95/R97).",
                   "Inspector the audit office '浙江省審計廳' (issue 10 §7); no title line, no date anywhere: title, "
                   "report date null."]),
    "updyy_yangzhou_xunshi_quoted_item_cut_trad": dict(
        excerpt=True,
        genre="4 a quoted feedback item (巡视): a traditional copy (no glosses) of a news item: headline, "
              "'…反饋存在“重大戰略落實不夠到位”問題,指出:“…”', then unnumbered paragraphs of what the 市委 did; cut "
              "in the fourth paragraph, before any status",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("省委巡視組", "揚州市委"), headline=head(), problems=UPDYY,
        anomalies=["Traditional copy without glosses; problem simplified (R91), doc fields in the page's script.",
                   "One problem titled by the quoted label '重大战略落实不够到位' (R15/R86); its quoted description "
                   "('指出:“…”') is the same item (R13).",
                   "Status null: cut ('…組成督查組,') before any status; the headline's '整改到位' is a news headline "
                   "(R95); measures 1: three unnumbered paragraphs of one account (as blind34 xinwenbaodao).",
                   "Inspector '省委巡視組', inspected '揚州市委' (R46/R47); '2019年8月' is a month: no dates (R53).",
                   "Kind null and title null (news, R30/R34); the url's 2022/0104 is no report date (R60); "
                   "'18個' counts projects: no headline."]),
    "ganzhouxinwen_xinfeng_petition_brickworks_signoff_cut": dict(
        excerpt=True,
        genre="3 one task, one notice (petition): a news portal's copy of a county's sign-off 公示 of one 中央环保督察 "
              "转办 petition under a province's 整改销号管理办法 (一、转办问题基本情况 / 二、整改情况 (一)(二) / 三、验收情况 "
              "(一)(二)(三)), no title line; cut inside the third acceptance item",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=GANZHOU,
        anomalies=["No title line (R33); cut before any signature: issuer and date null; excerpt true (cut at '…林').",
                   "A sign-off 公示 of one 转办 petition = a one-task notice with one problem, seq null (R17, blind13 "
                   "suzhou); no headline (petitions are no figures).",
                   "Category '转办问题基本情况', the numbered section label (R83; C17).",
                   "Title the complaint after '投诉人反映:' without the closing request '希望相关部门查处。' (R89/R92), inner "
                   "'。' kept, final '。' dropped.",
                   "Measures 2: '(一)(二)' under 二、整改情况; 三、验收情况 is the acceptance (R53), not counted.",
                   "(NEW) Deadline null: the dates inside (一)(二) are several time limits the bureaus set on the three "
                   "brickworks, not the task's 整改时限 (R106 reads one limit).",
                   "Status done: '现对已完成整改的问题情况进行公示' (R94); no unit (the enterprises rectified on orders; "
                   "no 责任单位 is named); '中央环境保护督察' names no team."]),
    "linyou_baoji_petition_row_investigation_nearmiss": dict(
        excerpt=False,
        genre="near miss (kind 5-like, petitions): a city's 通报 of a provincial 督察组's 交办 petition investigation - "
              "issuer header, title, a lead with a petition count, one '|' table row (序号 3: 调查核实情况 / 是否属实 / "
              "处理处罚和问责情况 / 是否办结 '是'), the 督察组's stationing line; no sign-off of a task",
        kind="bulletin", title="关于省第一生态环境保护督察组交办问题调查处理情况的通报", issuer="中共宝鸡市委 宝鸡市人民政府",
        report_date=None, inspection=ins("省第一生态环境保护督察组", "宝鸡市", "2024-07-22", "2024-08-20"),
        headline=head(), problems=[],
        anomalies=["Near miss: one 交办 petition's investigation and handling (R17: petitions are never problems; a "
                   "sign-off 公示 of one petition would be a one-task notice, this 通报 is not).",
                   "Kind bulletin (a 通报 of petition handling, as blind24 wenshan); issuer the header as printed with its "
                   "space (R37).",
                   "Inspection from '省第一生态环境保护督察组进驻宝鸡市时间:2024年7月22日-8月20日' (the second date takes "
                   "the first one's year).",
                   "'截止2024年8月8日12时' is a data cut-off, not a date line: report date null; '73件' petitions are no "
                   "figure (R17); the table's header row has more columns than the row (the 交办问题基本情况 cell holds "
                   "'麟游县')."]),
    "fxxww_fangxian_hydro_acceptance_news_nearmiss": dict(
        excerpt=False,
        genre="near miss (meeting news): a county news site's item on a city-level acceptance of 中央生态环境保护督察 "
              "rectification at five hydropower stations - site name twice, headline, byline lead, one paragraph, "
              "editor and app footer; no problem statement",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=[],
        anomalies=["Near miss: an acceptance visit and meeting; '5座电站清理整改落实情况' names the work checked, no finding "
                   "is stated: problems [].",
                   "News headline: title null, kind null (R30/R34); '10月18日' has no year and is an acceptance (R53, R60).",
                   "Site name printed twice and app footer kept (R2)."]),
    "zygh_yueyang_mine_restoration_acceptance_nearmiss": dict(
        excerpt=False,
        genre="near miss (one-item acceptance 公示): a city 自然资源和规划局's '…矿山生态保护修复分期验收情况公示' of one "
              "mine laid out like a sign-off notice (一、主要修复工程 / 二、修复完成情况 / 三、验收结论, 公示期, signature); "
              "a routine restoration obligation, no inspection and no problem",
        kind=None, title=None, issuer="岳阳市自然资源和规划局", report_date="2025-03-20",
        inspection=ins(), headline=head(), problems=[],
        anomalies=["Near miss: a mine's phased restoration acceptance under a 自然资源厅 notice, not the rectification of an "
                   "inspection's finding: problems [].",
                   "Title null and kind null: the line names a restoration acceptance notice, not a rectification or "
                   "inspection document (R34).",
                   "Issuer and report date from the signature (R40/R41: 2025-03-20 over '更新时间:2025-04-14').",
                   "'201.6万元' is money; the 验收 is an acceptance (R53)."]),
}

EXPECTED = {"yxx_yongxing_item40_tailings_signoff": 1, "hljyy_youyi_item53_rural_waste_cut": 1,
            "yzgjb_assignment37_blackwater_in_progress": 1, "kmsm_songming_reservoir_signoff_news": 1,
            "yuanling_quarry_task_fields_no_number": 1, "cqcs_district_two_quoted_livestock_items_news": 2,
            "jcurcio_zhejiang_audit_one_problem_check_caption_trad": 1, "updyy_yangzhou_xunshi_quoted_item_cut_trad": 1,
            "ganzhouxinwen_xinfeng_petition_brickworks_signoff_cut": 1,
            "linyou_baoji_petition_row_investigation_nearmiss": 0, "fxxww_fangxian_hydro_acceptance_news_nearmiss": 0,
            "zygh_yueyang_mine_restoration_acceptance_nearmiss": 0}

MEASURES = {"yxx_yongxing_item40_tailings_signoff": [1], "hljyy_youyi_item53_rural_waste_cut": [2],
            "yzgjb_assignment37_blackwater_in_progress": [0], "kmsm_songming_reservoir_signoff_news": [0],
            "yuanling_quarry_task_fields_no_number": [1], "cqcs_district_two_quoted_livestock_items_news": [1, 1],
            "jcurcio_zhejiang_audit_one_problem_check_caption_trad": [0],
            "updyy_yangzhou_xunshi_quoted_item_cut_trad": [1],
            "ganzhouxinwen_xinfeng_petition_brickworks_signoff_cut": [2],
            "linyou_baoji_petition_row_investigation_nearmiss": [], "fxxww_fangxian_hydro_acceptance_news_nearmiss": [],
            "zygh_yueyang_mine_restoration_acceptance_nearmiss": []}

# (seq, title starts, title ends, units, deadline, status, category) per problem, written by hand from the reading
PINNED = {
    "yxx_yongxing_item40_tailings_signoff": [(40, "郴州市有36家尾矿库", "有的尾矿库成为了无主尾砂库", [], "2019年2月底", "done", None)],
    "hljyy_youyi_item53_rural_waste_cut": [(53, "生活垃圾“村收集", "转运不及时", [], None, "done", "整改问题")],
    "yzgjb_assignment37_blackwater_in_progress": [(37, "扬子河、建中河河水黑臭问题交办后", "河面仍有大量漂浮物",
                                                   ["市政园林工程处"], None, "in_progress", None)],
    "kmsm_songming_reservoir_signoff_news": [(None, "大石头水库", "农业面源污染问题", [], None, "done", None)],
    "yuanling_quarry_task_fields_no_number": [(None, "沅陵县马底驿乡张清采石场生态修复工作不严不实", "修复标准不高", [], None,
                                               "done", None)],
    "cqcs_district_two_quoted_livestock_items_news": [
        (None, "禁养区内54家畜禽养殖场", "实施关闭搬迁问题", [], None, "done", None),
        (None, "列为重点污染源的217家养殖场", "执行率低问题", [], None, "done", None)],
    "jcurcio_zhejiang_audit_one_problem_check_caption_trad": [(None, "黄岩铅锌矿选矿区", "建设滞后问题", [], None, None, None)],
    "updyy_yangzhou_xunshi_quoted_item_cut_trad": [(None, "重大战略", "落实不够到位", [], None, None, None)],
    "ganzhouxinwen_xinfeng_petition_brickworks_signoff_cut": [(None, "信丰县铁石口镇垇坵村", "违法侵占他人林地", [], None, "done",
                                                               "转办问题基本情况")],
    "linyou_baoji_petition_row_investigation_nearmiss": [],
    "fxxww_fangxian_hydro_acceptance_news_nearmiss": [],
    "zygh_yueyang_mine_restoration_acceptance_nearmiss": [],
}


def recount(stem: str, text: str) -> int:
    """Second count of problems, from the text by a different route than the labels."""
    if stem.startswith("yxx"):
        return len(re.findall(r"^反馈问题$", text, re.M))
    if stem.startswith("hljyy"):
        return len(re.findall(r"^一、整改问题:", text, re.M))
    if stem.startswith("yzgjb"):
        return len(re.findall(r"^交办内容:$", text, re.M))
    if stem.startswith("kmsm"):
        return len(re.findall(r"问题整改完成已进行了销号", text))
    if stem.startswith("yuanling"):
        return len(re.findall(r"^整改目标 ", text, re.M))
    if stem.startswith("cqcs"):
        return len(set(re.findall(r"针对“(.+?问题)”", text)))
    if stem.startswith("jcurcio"):
        return len(re.findall(r"反映的[^,。]+?問題的整改情況", text))
    if stem.startswith("updyy"):
        return len(re.findall(r"反饋存在“[^”]+”問題", text))
    if stem.startswith("ganzhouxinwen"):
        return len(re.findall(r"^一、转办问题基本情况$", text, re.M))
    if stem.endswith("_nearmiss"):
        return 0
    raise KeyError(stem)


def recount_measures(stem: str, text: str) -> list:
    """Second count of measures: items or paragraph lines in the measure section, by a route other than the labels."""
    def lines(block: str) -> int:
        return len([ln for ln in block.split("\n") if ln.strip()])

    if stem.startswith("yxx"):
        return [lines(between(text, "整改措施\n", "\n整改完成情况"))]
    if stem.startswith("hljyy"):
        return [len(re.findall(r"^\d\.", between(text, "三、整改措施:", "四、"), re.M))]
    if stem.startswith("yzgjb"):
        return [len(text.split("整改资料:", 1)[1].strip())]
    if stem.startswith("kmsm"):  # the only enumeration is the team's requirement list: no measures
        assert "提出要求:一是" in text
        return [0]
    if stem.startswith("yuanling"):
        return [lines(between(text, "整改措施 ", "\n"))]
    if stem.startswith("cqcs"):  # one unnumbered paragraph per restated item
        return [len(re.findall(r"\(?[一二三四五]\)|[一二三四]是", p)) or 1
                for p in text.split("\n") if re.match(r"\s*(据悉,)?针对“", p)]
    if stem.startswith("jcurcio"):
        assert not re.search(r"已整改|完成整改|已完成|整改到位。", text)  # '未整改到位事項' is the lead's
        return [0]
    if stem.startswith("updyy"):  # unnumbered paragraphs after the quoted item: one account
        paras = [p for p in text.split("\n")[2:] if p.strip()]
        assert len(paras) == 3 and not any(re.search(r"[一二三四]是|^\(?[一二三四]\)|^\d\.", p) for p in paras), paras
        return [1]
    if stem.startswith("ganzhouxinwen"):
        return [len(re.findall(r"^\([一二三四五]\)", between(text, "二、整改情况\n", "三、验收情况"), re.M))]
    if stem.endswith("_nearmiss"):
        return []
    raise KeyError(stem)


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    probs = d["problems"]
    assert [p["measure_count"] for p in probs] == MEASURES[stem] == recount_measures(stem, text), stem
    check_pinned(stem, probs, PINNED[stem])
    ptext = simp(text) if stem.endswith("_trad") else text
    check_problems(stem, probs, ptext, category_in=ptext, units_in=ptext, deadline_in=ptext, seq_in=text)
    check_doc(stem, d, text)  # as printed: '2025-04-09' or a signature '2025年3月20日'


def main() -> None:
    assert set(DOCS) == set(URLS) == set(MEASURES) == set(PINNED)
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=10, urls=URLS)


if __name__ == "__main__":
    main()
