"""Write the texts and truth files of tests/importer/real/blind34: a held-out set of real pages of issue 10's kinds 3 and
4 only - one task, one notice (a 整改结果/销号/整改完成情况 公示 of a single task or item) and a quoted feedback item
with what was done and a status - labelled on 2026-12-06 (18:33-19:05 UTC) by helper label47, who did not read or
change the parser (zhenggai/importer/, tests/importer/*.py, tests/importer_app/) and did NOT run it on this set: the
lead scores it. Labelled while label45 (blind33, the same territory, an hour earlier) and label43/44/46, writer15-17
worked; their worktrees were checked for urls and phrases before committing.

Schema and conventions as tests/importer/real/CONVENTIONS.md (R1-R107, C1-C16), make_truths.py (head/ins/prob),
make_truths_blind31.py / make_truths_blind32.py (structure) and make_truths_blind10.simplified (traditional problems in
simplified characters, R91). The texts are the stored copies the search tool's ``pages`` corpus returned, pasted as JSON
strings into TEXTS and decoded (glosses '環(huán)境', '{(diào)', masks '(略)' / ' * ', breadcrumbs and metadata lines kept
as returned). ``excerpt`` is true for the three copies cut inside their text at the store's ~2,000 bytes (ixbang in
the '整改主要工作及成效' cell, jiuquan in the closing 公示 sentence, tsqs in the address line before its signature);
false for the nine that reach the page's last line (the signature date of zgmrmthy, wenshang, yueyang, zgsuixian and
jindianhuida, ntderui's QR footer, hulin's publisher footer, xinwenbaodao's byline, syxwnet's closing sentence of a ~1,200-byte item).

No url is in an earlier truth: every url in .json/.py/.txt/.md/.html files under /work/main/tests/importer,
/work/shared/corpus and every other /work/wt/* worktree (label45's blind33 included) was collected (1,249 keys at the
start; host+path+query, scheme, 'www.', ':80', '#…' and a trailing '/' dropped, lower case, percent-decoded), each
page's key checked against them, and a distinctive phrase of each page grepped in the same trees ('海花岛',
'国家海洋督察整改任务', '琼自然资督', '邹广', '編號364' / '编号364', '瘦身', '塘墩湖', '砂石土矿非法开采问题依然存在',
'D4JN20241031009', '西关新村一巷', '非规模化畜禽养殖户', '清水县畜牧兽医事务服务中心', '姜水河老街', '南津港',
'澄城县生活垃圾填埋场污泥', '农村垃圾收转运体系运行不畅', '大雄砖厂', '新疆已闭坑的矿山', '三岔路采石': none found); again at the final check before the commit (see the commit message).

Queries (``pages`` corpus, 51; the main wordings below, then variants of the 辽宁 '整改任务{编号…}整改结果公示', 甘肃
'第N项问题整改清单销号', 信访件 销号, 立行立改 公示, 问题整改验收销号表, 巡视组指出, 自然资源 第N项 and 县 完成情况公示 wordings, none
yielding a further new page): 整改销号公示 整改任务 序号 整改目标 整改措施 完成情况 公示期 监督电话; 反馈问题第 项 整改完成情况公示
达到销号条件 验收; 巡察反馈指出 整改情况 已完成整改 问题 公示 村; 现将该项任务整改情况公示如下:一、整改任务 二、整改措施 三、整改
完成情况 如对公示内容有异议; 中央生态环境保护督察反馈问题整改任务已完成整改,达到销号条件,现予以公示; 河长制 暗访发现问题 整改销号
公示 整改责任单位 整改时限 完成情况; 第二轮督察反馈指出 我县 整改情况 目前该问题已完成整改; 自然资源 督察反馈问题 整改完成情况公示
整改任务 责任单位 整改时限 整改完成情况 公示时间; 办结公示 巡察反馈问题 整改事项 办结情况 接受群众监督; 關於中央環保督察反饋問題
整改銷號的公示 整改任務 整改完成情況; 省委环保督察反馈意见 第 项 整改情况说明 …; 突出生态环境问题整改验收销号公示 一、整改问题
二、整改实施主体 三、重点措施; 关于 问题整改完成情况的公示 督察组反馈 经验收 符合销号条件 …; 环保督察反馈指出 该问题 整改进展 已完成
达到整改时序要求 …; 长江经济带生态环境警示片披露问题 整改销号 公示 …; 核查组认为 该问题已整改到位 达到验收销号标准 同意销号 反馈指出;
海洋督察反馈问题 整改任务 销号 公示 围填海 整改完成; 贯彻落实督察整改任务(序号 )整改完成情况公示表 …; XX县 环保督察反馈问题第X项
整改情况 公示 XX镇 已完成; 巡视反馈指出 整改落实情况 该问题已整改完成 …; 第一轮中央环保督察反馈指出 我市 …; 关于省级生态环境保护
督察反馈问题第 项整改完成情况的公示 …; 耕地保护督察 问题图斑 整改销号 公示 …; 整改任务 整改目标 整改措施 整改时限 完成情况 验收意见
同意销号 …; 针对督察组指出的问题 我县立即 整改 …; 巡察组反馈的 问题 整改情况说明 我村 已整改 特此说明; 國家海洋督察 整改任務
整改完成情況公示 …; 反馈意见指出 问题依然存在 涉及我县 整改 经现场核查 同意销号 新闻网讯; 督察反馈指出 饮用水水源保护区内 …;
關於 督察反饋問題 整改情況的公示 …; 自然保护区 问题点位 整改销号 公示 …; 省环保督察反馈问题 整改销号公示 … 乡镇人民政府 (found
wenshang); 督察反馈指出 畜禽养殖 污染 问题 我县 整改 现已全部完成 通过验收 县生态环境分局 公示 (found tsqs); 县省级生态环境保护督察反馈问题 第 项整改任务完成情况公示 … 污水处理厂 (found zgsuixian, yueyang); 整改结论:该问题已完成整改
… 垃圾填埋场 (found jindianhuida, hulin); 督察反馈问题 指出 矿山 生态修复 … 公示时间 (found xinwenbaodao). Site-index junk (zhetiaohe, abg.baidu, fengdujob, glpsettlementsolutions) not
counted.

Exhaustion: the genre's centre is used up (as blind31-33 said). Results checked by key and known: tdq.siping (序号十),
czx24 (东丽 第7项), deaufficio (宿马 唐河 - a copy of blindwritten11's source and blind2's suma_one_problem_notice),
sthjj.puyang (序号43), chengan (blind33), m.fu-954cc (衡阳 绿盾 four rows, blind15), zhuangpeitu (湖北 回头看), qj.gov.cn,
scfbfile, hbsb.xny365, m.ilynn, panjin, wj.gov.cn. New by key: 13; taken: 12 (below); new and left out: xingguo (a 信访件 sign-off '(受理编号X3JX…)' of the same shape as
wenshang and blind25 zhoucun), to keep the set's shapes distinct in the time left; tengzhou (a 信访转办件 handling 公示: investigation, not a sign-off)
declined on content. Declined on content without a key
check: meetings and visits without a task statement (jianshi, zzfysp, zhouzhi, cqfj, ylq, csqrmtzx, nllz, eastlf,
vbdhwr157, szbbs, yhg994208 trad, fqhxf trad, salon-sesame trad), round or province tallies (cjckcn, cnhan, xcx,
0551qiaojia, arvrreview trad, chinacrane, p2.ttnews, yybnet 聊城, cnbz, xiaoshuotop, anshan 耕地 16项, hbj.ankang), plans and
方案 (nzgx 锦州 海洋, gb.shandong, ecs.mnr, m.bdocx, hzldzy, 17huanbao), a 巡察 village table of 意见 (ahjinzhai), a 创城 report
(001doc), 信访件 tallies (996630, xuancheng, zy234, fuxinshizx, szb.zhonghongnet), a 大竹 水源地 multi-row table (dazhu: not
one task), news of 巡察 practice (crntt trad, js.bjsjw, lzljedu, dzrbs, gaotai, 15m8 trad), essays and speeches
(yihaowenku, cnyhmy trad, imagegratis trad), Taiwan and unrelated pages.

Kinds (issue 10) - only (3) and (4), as the brief asks:
(3) one task, one notice:
  - ixbang: a masked ('(略)', ' * ') 市人民政府 公示 of a 国家海洋督察 task '(序号 * )' as a '| … |' row table (整改 任务 /
    责任 单位 / 责任人 / 整改 目标 / 整改 措施 / 整改主要工作及成效), cut in the last cell;
  - zgmrmthy: a glossed traditional 区 result 公示 of a 中央环境保护督察 task '{編號364(35-11)}' in three numbered sections
    (一、…整改任務 / 二、整改目標 / 三、整改結果), a 公示时间 and a signature;
  - jiuquan: a repost (aggregator site chrome and breadcrumbs) of a 县 整改办公室's '第5项问题整改清单销号' as a field list
    (问题编号5: / 责任单位: / 整改目标: / 完成情况:), cut in the closing sentence;
  - yueyang: a city 住建局's 公示 in five sections (一、反馈问题 / 二、整改目标 / 三、整改措施 / 四、整改效果 / 五、公示期限),
    the heading sentence run into its description, a deadline inside the measure; no title line;
  - hulin: a '第36项问题整改公示' whose numbered labels run into their text without a colon ('一、整改问题农村…'), a
    公示时间 line with lost 年/月, metadata source and publisher lines;
  - zgsuixian: a county government's '反馈问题(序号19)整改情况公示' with metadata bullets and four sections;
  - jindianhuida: a mirror's copy of a city office's 公示 with six sections, measures (一)(二)(三) run together on one
    line, their 落实情况 answered item by item, a 整改期限 and a doubled signature date;
  - ntderui: a spam mirror's glossed traditional copy of a 宣城 bureau's 验收 公示 (another task than blind33's
    xuancheng) with doubled and stray punctuation (',,', ',。', '一,、'), '[email protected]' and a lost glyph;
  - wenshang: a 县分局's 销号 公示 of one 交办信访件 '(编号D4JN20241031009)' with inline section labels (一、整改问题: /
    二、整改目标: / 三:整改完成情况:), a '下一步' line, a signature; no title line.
(3)+(4) a one-task notice whose statement is a quoted feedback item:
  - tsqs: a 县 公示 of a 省 督察 task ('第二十七项整改任务完成情况公示') with a section heading over a field list (问题编号: /
    整改目标: / 整改时限: / 责任单位: / 整改情况: quoting '…第二十七项指出,“…”问题' / 整改结论:), cut before its signature.
(4) a quoted feedback item:
  - xinwenbaodao: a news copy of a 县 bureau's item quoting '中央环保第八督察组反馈意见(即第七十一项):…', picture captions,
    two paragraphs of what was done and the status ('已经完成整改销号');
  - syxwnet: a news item (no title line) on a city's acceptance check of one quoted 省 督察 item ('反馈“砂石土矿非法开采问题
    依然存在”问题') with what the county did ('一方面…;另一方面…') and the status ('整改到位,达到验收销号的标准').

Problems: 12, one per page (R14), counted by reading and recounted in main() by a regex on each text ('^整改 任务 |',
'^\\{編號\\d+', '^问题编号\\d+:', '反馈“…”问题', '^一、整改问题:', '^问题编号:第…项$', '^一、反馈问题$',
'^一、整改问题\\S', '(即第…项):', '^一、…反馈问题$', '^一,?、整改問題$'). Measures (R96): ixbang 1 (the '整改 措施' cell's one
item; the '整改主要工作及成效' cell is the result, as blind10 suma / blind13 suzhou / blind33 qianlima_placer),
zgmrmthy 1 (the '三、整改結果' paragraph, the page's only account of what was done, as tune siping_tiedong counts its
'整改完成情况'), jiuquan 1 (the '完成情况:' paragraph), wenshang 1 (the '三:整改完成情况:' paragraph; the '下一步' line is not
counted), syxwnet 2 ('一方面…;另一方面…'), tsqs 1 (the '整改情况:' paragraph), yueyang 1, hulin 1, zgsuixian 1 (each '三、整改措施' one paragraph),
jindianhuida 3 ('(一)(二)(三)' in '三、整改措施'), ntderui 1 ('三,、重點措施' one paragraph), xinwenbaodao 1 (two unnumbered paragraphs of one account, split by a
picture caption; the recount checks there are exactly two such paragraphs and no enumeration); recounted in main() by a different route (cell items '* .', paragraph lines
between labels, '一方面|另一方面'). Reading and recount agree. Every non-null value is re-found in the text by main():
problem titles, categories, units and deadlines in the simplified text of the traditional page (R91), seq as digits
or as '第二十七项', doc titles and issuers in
the text with its line breaks joined, each date's month and day, report dates as printed.

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- ixbang: (NEW) masked numbers: '(序号 * )' and the cell's '(十 * )' print a number that the mask hides: seq null (R78's
  'nothing printed' read for a masked number; R68 already keeps masked counts out of the headline); the leading '(十 * )'
  is stripped from the title as its number (R86), the masks inside the statement kept (R2). (NEW) the cell label
  '整改 任务' (the cell's wrap, as '责任 单位', '联系 电话') is the section label '整改任务' (R83). Unit the '责任 单位' cell
  '(略) 市人民政府' as printed (R102; masked names kept, blind10 'XX市XX镇'); '邹广' is the 责任人 (a person). Measures 1 (the
  '整改 措施' cell: '* . * 年 * 月底前,完成…' is one numbered item). (NEW) its '* 年 * 月底前' is a masked time limit: no
  deadline (a deadline must say when; R106 reads one written inside a measure, this one is masked). Status done (a
  '整改完成情况公示', R94), although the cut result cell goes on to a 中环督察函 naming the task '打折扣': the copy stops before
  any later state. Issuer '(略) 市人民政府' (the header and the signature, masked as printed); report date ' * 日' masked:
  null; '整改 * 项、验收 * 项…' masked counts and '共7天' days: no figure; 国家海洋督察 names no team: inspection empty.
  Title the two heading lines joined (R32), the '(略) 市人民政府' line above them being the issuer's header.
- zgmrmthy: seq 364 ('{編號364(35-11)}': the item's own 编号, R77; (NEW) the parenthesised '(35-11)' is a cross-reference
  - the feedback's item 35, sub-task 11 - not the number); category the section label '中央环境保护督察反馈意见整改任务'
  (R83, '一、' dropped, simplified R91); title '饮用水水源保护不力' (after the '{編號…}:' label, R89; '。' dropped; simplified);
  status done (a 整改結果 公示 whose result says '已經全部拆除', '已拆除', R94); measures 1 (one paragraph); no unit (the
  区政府 acted; none is named as responsible); no deadline ('2017年年底前已經全部拆除' is a result). Doc fields in the
  page's script with its glosses (R91; snippets12 spp, blind21 sichuan keep glossed titles): title as printed, the inner
  space and the stray '{(diào)' kept; (NEW) issuer the signature '中央環(huán)境保護督察大洼區(qū)整改工作組': the title's
  '盤錦市大洼區' names whose feedback task it is, not who publishes (as label45's blind33 liaocheng took the signing body
  over a title's place); report date the signature's 2018-03-30 (R40/R41); the 公示时间 is no date (R53).
- jiuquan: seq 5 ('问题编号5' / '第5项'); (NEW) category null: the field label '问题编号5' is the item's number label, not a
  section label naming the kind of item (R83 reads '整改任务'/'整改问题' labels; R84 field labels are no headings; tune
  siping_tiedong's '整改任务:' field list also has category null); title the statement after the label, inner quotes
  '‘瘦身’' kept, '。' dropped; units the '责任单位:' field split on '、' (R101); '由…管理局负责管理' / '由县自然资源局纳入…管理' in
  the result are management after the change, not the rectifying bodies (the field names those); status done ('该问题已完成
  整改,具备销号条件'); measures 1. Title the standalone heading (the breadcrumb's copy is chrome, R35 first printed as a
  title line); issuer the body the title names (R37; the cut copy has no signature); report date the repost's
  '发布时间:2025-11-02' (R43, although the original is older); '8.83万公顷' is an area, '甘政函[2016]121号' a file number.
- wenshang: one 交办信访件's 销号 公示 = a one-task notice with one problem, seq null (R17: the petition code is no number,
  R78); category '整改问题' (the section label, R83, here inline '一、整改问题:'); title the statement after the label;
  status done ('已整改完成'); measures 1 (the '三:整改完成情况:' paragraph, R96; '下一步' not counted, R98); no unit (the
  街道办事处 and 分局 took part in the acceptance; '责成有关部门' names none); no title line (R33); issuer the signature
  '市生态环境局汶上县分局' (R37); report date the signature's 2025-01-03; '2025年1月2日' is an acceptance (R53); no headline
  (R17: petitions are no figures); the url's '?xxgkhide=1' query kept in the key (R3: host+path+query; the path alone is
  also unknown).
- syxwnet: (NEW) a quoted feedback item inside a news item on an acceptance check: one problem, titled by the quote
  '砂石土矿非法开采问题依然存在' (R15, R86 outer quotes and the wrapper '…”问题' stripped; the restatement
  '…的反馈意见指出全市砂石土矿非法开采问题依然存在' in the third paragraph is the same item, R13); its two 'aspects'
  ('监管执法不严、生态修复标准不高等两方面') are not further problems (R19/R23); seq and category null; status done
  ('所涉问题已全部对标对表整改到位,达到验收销号的标准', R93); (NEW) measures 2: '一方面…;另一方面…' read as an enumeration like
  一是/二是 (R96), the '立即制定了《…整改方案》' lead-in not counted; no unit (the checking bureaus are the acceptance team;
  '明确了责任单位' names none); kind null and title null (news without a headline, R30/R33); '6月24日讯' and '6月23日' have
  no year: no dates (R60); the 核查 is an acceptance, not the inspection (R53); the feedback names '全市' (relative):
  inspected null (R48).
- tsqs: (NEW) a one-task notice with no task-statement field: the problem is the feedback item quoted inside '整改情况:'
  ('…第二十七项指出,“…”问题'), titled by the quote without its outer quotes and the '问题' wrapper (R15, R86), inner
  '“三防”' kept; '35件' inside it counts petitions (R17/R68). seq 27 ('问题编号:第二十七项'); category the section heading
  '省级生态环境保护督察反馈问题整改情况' above the fields (R79; blind33 qianlima_legacy likewise); unit and deadline from their
  fields ('县畜牧兽医事务服务中心', '2021年12月底前', R101/R106); status done ('整改结论:该问题已完成整改'); measures 1 (one
  paragraph); the acceptance's bodies are no units; issuer '清水县' from the title (R37; no signature in the cut copy);
  no report date; title the two heading lines joined (R32).
- '反馈问题' section labels (yueyang, zgsuixian, jindianhuida): category null, R84's field label (blind25; label45's
  qianlima_placer), while '整改任务'/'整改问题' labels (ixbang, zgmrmthy, wenshang, hulin) give the category under R83 - the
  rules as written; the lead may want one reading for both.
- yueyang: title the whole paragraph, the heading sentence run into its description (R88); deadline '2019年9月30日前'
  written inside the measure (R106); issuer/date from the signature; no title line.
- hulin: (NEW) labels run into their text without a separator: the title is the text after '一、整改问题' (R89); seq 36
  from the title's '第36项'; deadline '2025年1月底前' inside the measure; issuer null ('来源'/'发布者' metadata, R38); the
  公示时间 with lost 年/月 is a window.
- xinwenbaodao: one problem, the item quoted after '(即第七十一项):', seq 71, its attribution '据国土资源厅有关评估报告,' kept
  as the feedback's own wording; inspector '中央环保第八督察组' (R46); status done; (NEW) measures 1 for an unnumbered
  account split by a picture caption; '23家' mines no figure; the tagline-fused news headline is no title (R34/C7).
- zgsuixian: seq 19 ('序号19'); the '反馈问题' paragraph (a requirement) is the item (R14); status done from the complete
  result (R94); issuer '随县人民政府' (title and signature agree).
- jindianhuida: measures 3 ((一)(二)(三) on one line), the 落实情况 section not counted again; deadline from '四、整改期限';
  closing '问题' kept (R87); the doubled signature date kept as printed.
- ntderui: category '整改问题' (R83; the stray ',' of '一,、' is noise); title the section's paragraph with (NEW) its spam
  ending ',。' dropped as trailing punctuation (R86); deadline '2022年底' likewise; unit '宣城市委、市政府' whole (R101);
  measures 1; issuer the glossed signature as printed; '11座/8座/7座' count mines.
"""
import json
import re
from pathlib import Path

from make_truths import (between, check_doc, check_pinned, cn_numeral, head, ins, prob, simp, simplified,
                         write_labelled_set)
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind34"

TEXTS = {
    'ixbang_ocean_ducha_task_masked_table_cut': r'''"(略) 市人民政府\n关于贯彻落实国家海洋督察整改任务(序号 * )\n整改完成情况公示\n根据《 (略) 省海洋督察整改工 (略) 关于印发 (略) 省贯彻落实国家海洋督察反馈意见整改销号工作办法的通知》(琼自然资督〔 * 〕2号)要求,按照“整改 * 项、验收 * 项、公示 * 项、销号 * 项、备案 * 项”的原则,现将国家海洋督察整改任务(序号 * )整改完成情况予以公示,公示时间为 * 日至 * 日,共7天。公示期间,欢迎公众对整改情况提出意见和建议。联系电话: *** 。\n特此公示\n附件:贯彻落实国家海洋督察整改任务(序号 * )整改完成情况公示表\n(略) 市人民政府\n* 日\n贯彻落实国家海洋督察整改任务(序号 * )\n整改完成情况公示表\n整改 任务 | (十 * ) * 年, (略) 市 (略) 门在海花岛项目用海审批过程中, (略) 关联性审核, (略) (略) 申请的 * 宗项 (略) 确权,共批准填海 * . * 公顷。 (略) 涉各单宗项目的地理位置紧密相连邻。项目备案号相连、海域使用权人具有关联性,且批准用海面积均不超过 * 公顷, (略) 审批。 |\n责任 单位 | (略) 市人民政府 |\n责任人 | 邹广 |\n联系 电话 | *** |\n整改 目标 | 规范项目立项和用海审批程序,对造成破坏的海洋 (略) 生态修复。 |\n整改 措施 | * . * 年 * 月底前,完成项目区海洋生态环境影响后评估,根据后评估结论和专家意见开展生态整治修复。 |\n整改主要工作及成效 | 1. * 日,原市生 (略) 委托 (略) 编制了《海花岛环境境影响后评估》。 * 年 * 月《海花岛环境影响后评估报告》 (略) 士及多位专家的评审后,立即着手完善和实施海花岛填海项目区周边生态修复方案。 * 日,中央生态环 (略) 中环督察函〔 * 〕 * 号文件指出我市海花岛整改任务打折扣的问题。 (略) 市政府针对存在问题和督办函要求,积极与中国环 (略) 沟"''',
    'zgmrmthy_dawa_task364_result_notice_trad': r'''"盤錦市大洼區(qū)中央環(huán)境保護督察反饋意見 整改任務(wù){(diào)編號364(35-11)}整改結(jié)果公示\n一、中央環(huán)境保護督察反饋意見整改任務(wù)\n{編號364(35-11)}:飲用水水源保護不力。\n二、整改目標(biāo)\n解決縣級以上飲用水水源一級保護區(qū)內(nèi)違法違規(guī)問題。\n三、整改結(jié)果\n大洼區(qū)高度重視,認(rèn)真按照整改工作要求進行整改,區(qū)政府制定并下發(fā)了《盤錦市大洼區(qū)飲用水水源保護區(qū)突發(fā)環(huán)境事件應(yīng)急預(yù)案》,大洼建成區(qū)有2條道路穿越飲用水源地,這兩個水源地已經(jīng)關(guān)閉,不再使用。位于高中浴池,老自來水,龍泉洗浴3處水源地有3個廁所,2017年年底前已經(jīng)全部拆除。2017年8月,大洼區(qū)飲用水改為大伙房水庫水,7口飲用水源井中,3口井永久性關(guān)閉,4口井為備用井。水源地內(nèi)無道路穿越情況,水源地附近違法建筑物已拆除,群眾飲用水安全得到保障。\n以上整改情況向社會公示,如有異議,請以書面或電話形式署聯(lián)系方式,向中央環(huán)境保護督察大洼區(qū)整改工作組反饋。郵寄的以郵戳為準(zhǔn),直接送達(dá)的以送達(dá)日期為準(zhǔn)。\n公示時間:2018年4月2日至2018年4月9日\n受理部門:中央環(huán)境保護督察大洼區(qū)整改工作組辦公室\n聯(lián)系電話:6780418\n郵寄地址:盤錦市大洼區(qū)環(huán)境保護局區(qū)政府713室\n中央環(huán)境保護督察大洼區(qū)整改工作組\n2018年3月30日"''',
    'jiuquan_guazhou_item5_reserve_signoff_repost_cut': r'''"欢迎访问心灵驿站,专业知识网站!\n当前位置: 心灵驿站> 酒泉> 瓜州>>瓜州县落实中央环保督察反馈意见整改办公室关于中央环境保护督察反馈意见第5项问题整改清单销号\n\n瓜州县落实中央环保督察反馈意见整改办公室关于中央环境保护督察反馈意见第5项问题整改清单销号\n\n发布时间:2025-11-02 05:36   文章来源:瓜州县人民政府网   阅读量:2939\n字号:\n\n用手机扫描二维码在手机上继续观看\n\n手机查看\n\n  \n\n问题编号5:省级自然保护区‘瘦身’问题突出。\n\n责任单位:自然保护区管理局、市生态环境局瓜州分局、县自然资源局\n\n整改目标:自然保护区不被随意调整,核心区、缓冲区面积不得减少,主要保护对象得到有效保护,生态系统和生态过程的完整性不被破坏,生物多样性不被损害,自然保护区性质不改变。\n\n完成情况:我县根据甘肃省人民政府《关于甘肃安西县疏勒河中下游省级自然保护区更名及范围功能区调整的批复》(甘政函[2016]121号)文件,对调整后的甘肃瓜州县塘墩湖省级自然保护区严格按照《自然保护区管理条例》进行管理。调整后保护区类型、功能和主要保护对象没有变化。根据调整后的保护区管理界线,将原甘肃省安西疏勒河中下游省级自然保护区与甘肃安西极旱荒漠国家级自然保护区重叠的8.83万公顷,调整区划出省级自然保护区后,已明确由甘肃安西极旱荒漠国家级自然保护区管理局负责管理。对其他调整区划出的面积,符合公益林管理和湿地管理条件的,由县自然资源局纳入公益林和湿地进行管理。该问题已完成整改,具备销号条件。\n\n以上整改情况向社会公示,如有异议,请以书面或电话形式署联系方式,向瓜州县落实中央环保督察反馈意见整改领导小组办公室反馈。邮寄得以邮戳为准,直接送达的以"''',
    'wenshang_petition_signoff_road_dust': r'''"省生态环保督察转办信访件(编号D4JN20241031009)相关内容已整改完成,按照济宁市中央和省环境保护督察整改指挥部办公室《关于开展第三轮省生态环境保护督察转办信访件销号工作的通知》有关要求,现将有关整改情况公示如下:\n一、整改问题:汶上县汶上街道西关新村一巷路段路面被过往车辆压坏,过车时扬尘严重,下雨时积水严重,不能行走。\n二、整改目标:强化道路保洁,减少扬尘源。\n三:整改完成情况:\n2025年1月2日,汶上县政府组织汶上街道办事处、市生态环境局汶上县分局对信访反映问题进行了现场验收:问题反映的汶上县汶上街道西关新村一巷已进行清扫,未见起尘。\n下一步,责成有关部门加强对路面的维护,清除扬尘污染隐患。\n联系电话:0537-7837277\n公示时间:2025年1月3日-1月9日,共5个工作日。\n市生态环境局汶上县分局\n2025年1月3日"''',
    'syxwnet_longhui_quoted_item_mining_accepted_news': r'''"邵阳新闻网6月24日讯(通讯员 陈都)6月23日,邵阳市自然资源和规划局组织市生态环境局、市应急管理局、市林业局等相关部门对隆回县关于第二轮省生态环境保护督察反馈“砂石土矿非法开采问题依然存在”问题整改情况进行现场核查,核查组对照反馈问题清单,逐一现场核查整改情况。\n经现场核查,核查组认为隆回县对问题整改用心用情,所涉问题已全部对标对表整改到位,达到验收销号的标准,同意隆回县下步上报销号。\n第二轮省生态环境保护督察的反馈意见指出全市砂石土矿非法开采问题依然存在,涉及隆回县主要体现在监管执法不严、生态修复标准不高等两方面。接到反馈问题后,隆回县委、县政府高度重视,立即制定了《隆回县落实第二轮省生态环境保护督察反馈问题整改方案》,明确了责任单位、整改措施、整改目标、整改时限、切实抓好整改落实。一方面对反馈的个案问题进行立行立改,高标准严要求的整改到位;另一方面在全县范围内大排查,举一反三,对排查出的问题同类同改,取得了良好的成效。"''',
    'tsqs_qingshui_task27_livestock_quoted_fields': r'''"清水县省级生态环境保护督察反馈问题\n第二十七项整改任务完成情况公示\n根据甘肃省生态环境保护督察问题整改销号要求,现对已完成整改的问题情况进行公示。\n一、省级生态环境保护督察反馈问题整改情况\n问题编号:第二十七项\n整改目标:提升畜禽粪污处理和资源化利用能力,全县畜禽粪污资源化综合利用率达到76%以上。\n整改时限:2021年12月底前\n责任单位:县畜牧兽医事务服务中心\n整改情况:省级生态环境保护督察反馈问题第二十七项指出,“天水市非规模化畜禽养殖户将畜禽粪污露天堆放,不落实“三防”措施,并将未处理的粪水排入沟渠等问题依然突出,此次督察期间共受理涉及畜禽养殖污染类信访投诉35件,群众反映强烈”问题,我县科学制定整改措施,严格靠实工作责任,强化日常督导检查,着力推动问题整改。县委县政府包抓督办领导通过现场调研、会议推进、协调调度等方式切实推动整改工作。我单位联合县农业农村局、市生态环境局清水分局对全县养殖场(户)畜禽粪污排放、贮存处理、堆放清运整改情况进行了现场检查验收。全县养殖(场)户畜禽粪污露天堆放、粪水直排问题全部整改到位,养殖场“三防”措施基本完善,养殖场(企业)减排台账、粪污处理记录健全,全县畜禽粪污处理和资源化能力明显提升,综合利用率达到76%以上,极大的改善了人居环境,目前该问题已完成整改。\n整改结论:该问题已完成整改\n以上整改情况向社会公示,如有异议,请以书面或电话形式,向清水县生态环境保护督察整改工作领导小组办公室反馈。邮寄的以邮戳为准,直接送达的以送达日期为准。\n公示时间:2020年12月6日至2020年12月10日,共5天。\n受理部门:清水县畜牧兽医事务服务中心\n联系电话:0938-8884687\n联系地址:清水县永清镇"''',
    'yueyang_housing_feedback_item_sewage_upgrade_fields': r'''"一、反馈问题\n污水处理厂提标改造进度缓慢。按照国家《水污染防治行动计划》要求,重点湖泊等敏感区域城镇污水处理设施应在2017年底前全面达到一级A排放标准,但湖南省提标改造工作一拖再拖,自行制订的方案擅自放松标准,只要求洞庭湖区30座污水处理厂提标改造工作在2018年底前完成,目前仅完成3座。\n二、整改目标\n洞庭湖区县以上城镇污水处理设施全面达到一级A排放标准。\n三、整改措施\n2019年9月30日前,完成南津港、湖滨污水处理厂的提标改造工程。\n四、整改效果\n南津港、湖滨两座污水处理厂已于2019年9月30日前完成提标改造任务,目前已经达到一级A排放标准。\n五、公示期限\n公示期限:2019年12月18日至2019年12月22日,共5天。如有异议,请以书面或电话形式反馈。联系电话:0730-8758208;联系地址:岳阳市会展中心东侧市住房和城乡建设局。\n岳阳市住房和城乡建设局\n2019年12月18日"''',
    'hulin_item36_rural_waste_labels_run_in': r'''"欢迎进入虎林市人民政府网站!\n\n第三轮省级生态环境保护督察反馈问题第36项问题整改公示\n\n2025-07-24 11:12 来源: 虎林市住建局\n\n完成第三轮省级生态环境保护督察反馈问题36项问题整改,拟申请验收销号。现对该项问题整改完成情况向社会公示:\n\n一、整改问题农村垃圾收转运体系运行不畅。\n\n二、整改目标农村生活垃圾收转运体系规范运行,做到及时收运、规范处置农村生活垃圾。\n\n三、整改措施开展举一反三排查整治,2025年1月底前开展专项排查整治,对农村生活垃圾设施使用、转运记录、转运效率等进行检查评估,确保各项落实到位,促进改善农村人居环境。\n\n四、整改主要工作及成效加强保洁人员日常巡逻频次,会同农业农村、生态环境等部门开展了农村生活垃圾分拣中心拓展使用,我市共85个分拣中心,目前在正常分拣使用的同时已拓展“农药瓶回收站”、“再生资源回收站”、“应急物资存储站”等76个,提升了设施设备使用率。\n\n五、公示时间:2025724日至20258610个工作日\n\n六、受理部门:虎林市生态环境保护工作委员会办公室\n\n七、受理电话:5886502\n\n八、受理地址:虎林市解放东街127\n\n对该项问题整改完成情况有异议,请以书面或电话形式,向虎林市生态环境保护工作委员会办公室反映。邮寄的以寄出邮戳为准直接送达的以送达日期为准。\n\n               \n\n\n\n发布者: 虎林市住建局"''',
    'xinwenbaodao_wensu_item71_quoted_mines_news': r'''"—— 中新系全媒体矩阵 ——\n新闻行业垂直网站闭坑矿山23家整改任务已完成23家\n根据中央环保第八督察组反馈意见(即第七十一项):据国土资源厅有关评估报告,新疆已闭坑的矿山和政策性关闭的小煤矿、砂石粘土矿等多达1000多家,矿山开发破坏面积达2165平方公里,仅有82平方公里实施了恢复治理,占应治理面积的3.77%。\n图一:老阿温路大雄砖厂整改前\n针对此项整改任务,温宿县自然资源局彻底摸清辖区内已闭坑的矿山、政策性关闭的小煤矿、砂石粘土矿等环境破坏区域、土地面积、破坏的地形地貌等。经核查温宿县共计需关闭注销矿山23家。\n图二:老阿温路大雄砖厂整改后 土地面积、破坏的地形地貌等。\n经核查温宿县2017年以来温宿县高度重视环保督察工作,成立落实中央环保督察交办问题整改领导组,制定工作方案,作出具体安排。同时要求各相关单位对已办结问题进行回头看,做到整改不到位的重新整改,正在整改的加快进度。盯住问题,全力整改。在中央环保督察反馈意见整改方面,2020年9月13日至9月14日,自治区中央环保督查督导三组对第七十一项整改任务进行了现场督察督导,并反馈了3条问题,副县长董建利针对反馈问题的整改工作进行了安排部署,温宿县自然资源局高度重视,立即组织相关责任企业“事不过夜”整改。经过近1个月的努力工作,中央环境保护督察反馈意见第七十一项整改任务已经完成整改销号。\n(温宿县自然资源局:张洋、李静、冯亮)"''',
    'zgsuixian_item19_sewage_network_notice': r'''"随县人民政府关于省级生态环境保护督察“回头看”反馈问题(序号19)整改情况公示\n  • 来源:\n  • 编辑:\n  • 发布时间:2023-11-10\n  • 【字体:    \n\n根据中央、省、市关于环保督察反馈意见整改工作的相关要求,现将第一轮省级生态环境保护督察“回头看”反馈问题(序号19)整改情况公示如下:\n\n一、反馈问题\n\n要持续推进城市建成区、集镇和工业园区截污管网建设,加大环境基础设施建设投入,确保污水处理厂正常稳定运行、黑臭水体整治到位。\n\n二、整改目标 \n\n逐步完善污水收集系统,确保污水处理厂正常稳定运行,黑臭水体基本达到长治久清目标。\n\n三、整改措施\n\n迅速启动管网延伸厉山镇姜水河老街片区生活污水接户管网项目建设,确保厉山镇区管网应接尽接,镇区内污水全部纳入污水处理厂达标排放,杜绝姜水河直排现象。\n\n四、整改完成情况\n\n随县厉山镇姜水河老街片区生活污水接户管网项目投资240余万元,于2021年7月启动,2021年11月竣工,建设规模约3公里,接户273户,完善了污水管网,提高了污水收集率和污水处理厂利用效率。\n\n如果公众对该问题整改公示有异议,请在公示期间(2023年11月10日—2023年11月17日)向随县贯彻落实中央生态环境保护督察反馈意见整改工作专班办公室反映。联系电话:0722—3339208。\n\n随县人民政府\n\n2023年11月10日\n\n扫一扫在手机上查看当前页面"''',
    'jindianhuida_chengcheng_landfill_sludge_three_measures': r'''"一、第二轮省生态环境保护督察反馈问题\n澄城县生活垃圾填埋场污泥混合液问题。\n二、整改目标\n严格按照环境保护要求,对垃圾场外流污泥进行全面清理,规范处置,消除环境污染。\n三、整改措施\n(一)全面清理外流污泥,运至生活垃圾填埋场指定区域进行处置。(二)依法依规对生活垃圾填埋场环境违法问题立案查处。(三)制定污染区域环境治理方案,栽植绿色植被,改善区域环境。\n四、整改期限\n2021年10月底\n五、整改措施落实情况\n(一)关于第1项整改措施落实情况。澄城县组织调动3台大型机械对外流污泥进行挖掘、晾晒并及时清理,运至垃圾填埋场指定区域进行处置,防止二次污染,清理面积约30平方米。\n(二)关于第2项整改措施落实情况。针对澄城县生活垃圾填埋场污泥外流问题,渭南市生态环境局澄城分局依法下达行政处罚决定书,罚款10万元并收缴到位。\n(三)关于第3项整改措施落实情况。制定了《澄城县生活垃圾填埋场淤泥外流问题整改方案》,对整治区域及周边区域土地进行整理,种植冬青1000余株,苜蓿草种10斤,改善现场生态环境。\n六、整改完成时间。2021年9月\n以上整改情况向社会公示,如有异议,请以书面或电话形式向渭南市生态环境保护督察巡查工作领导小组办公室反馈,并提供联系方式。直接送达的,已送达日期为准,邮寄的已邮寄邮戳为准。\n公示时间:2021年12月24日至2021年12月30日,共7天\n受理单位:渭南市生态环境保护督察巡查工作领导小组办公室\n监督电话:0913-2158339\n联系地址:渭南市朝阳大街中段渭南市生态环境局\n渭南市生态环境保护督察巡查工作领导小组办公室\n2021年12月24日\n2021年12月24日"''',
    'ntderui_xuancheng_eight_mines_signoff_doubled_commas_trad': r'''"2021年第二輪中央生態(tài)環(huán)境保護督察反饋的11座礦山8座存在生態(tài)破壞問題已整改完成,,并通過核查驗收。根據(jù)《安徽省生態(tài)環(huán)境問題整改工作實施辦法》要求,,現(xiàn)將該問題整改完成情況公示如下:\n一,、整改問題\n督察組抽查宣城市11座礦山,8座存在不同程度的生態(tài)破壞。宣州區(qū)貍橋三岔路采石場垂直采掘面未實施邊坡掛網噴漿修復,僅以綠色防塵網“遮羞”;廣德市新杭洞口石灰石礦和保良礦業(yè)生態(tài)修復面積不到整個礦區(qū)的三分之一,礦區(qū)內水土流失和山體滑坡問題突出,。\n二,、整改實施主體\n宣城市委、市政府\n三,、重點措施\n按照“一礦一策”,科學制定8座礦山生態(tài)修復治理整改方案,。2021年底完成宣州區(qū)貍橋鎮(zhèn)金云村三岔路采石廠修復;2022年底完成廣德縣新杭洞口石灰石礦等7座礦山修復。\n四,、目標任務\n完成“一礦一策”治理并通過驗收,。\n五、完成時限\n2022年底,。\n六,、整改完成情況\n宣州區(qū)貍橋鎮(zhèn)三岔路采石廠、廣德縣新杭洞口石灰石礦,、廣德縣保良礦業(yè)有限公司、廣德聯(lián)合鈣業(yè)有限公司石灰?guī)r礦,、廣德縣泉水塘建筑用頁巖礦,、廣德縣新杭鎮(zhèn)箭穿陶土礦、廣德縣新都礦業(yè)有限公司,、廣德縣興源礦業(yè)有限公司等8座礦山根據(jù)整改方案完成了治理任務,,并經專家驗收通過。礦山生態(tài)破壞問題得到了有效解決,,礦山面貌顯著改觀,。\n如對該問題整改完成情況有異議,請在公示期間(2023年1月6日至2023年1月19日,,共10個工作日)向安徽省自然資源廳反映,。\n監(jiān)督電話:0551-66181732\n電子郵箱:[email protected]\n宣城市自然資源和規(guī)劃局\n2023年1月6日\n掃一掃在手機打開當前頁"''',
}

URLS = {
    'ixbang_ocean_ducha_task_masked_table_cut': "https://ixbang.com/bid/detail/7EC2D785F8427B5464B8C2A42F317648.html",
    'zgmrmthy_dawa_task364_result_notice_trad': "http://zgmrmthy.com/2018_04/02_16/content-178240.html",
    'jiuquan_guazhou_item5_reserve_signoff_repost_cut': "https://www.jiuquan.cc/55325.html",
    'wenshang_petition_signoff_road_dust': "http://www.wenshang.gov.cn/art/2025/1/3/art_61746_2780327.html?xxgkhide=1",
    'syxwnet_longhui_quoted_item_mining_accepted_news': "http://www.syxwnet.com/txyzl287/p/317605.html",
    'tsqs_qingshui_task27_livestock_quoted_fields': "http://www.tsqs.gov.cn/info/1262/60597.htm",
    'yueyang_housing_feedback_item_sewage_upgrade_fields': "https://jsj.yueyang.gov.cn/54027/54028/54037/content_1640216.html",
    'hulin_item36_rural_waste_labels_run_in': "https://hljhulin.gov.cn/hls/c100942/202507/c06_337179.shtml",
    'xinwenbaodao_wensu_item71_quoted_mines_news': "http://xinwenbaodao.com/html/202010/3910.html",
    'zgsuixian_item19_sewage_network_notice':
        "http://www.zgsuixian.gov.cn/zwgk/xxgkml/shsyjs/hjbh/hbdczg/202311/t20231122_1171469.shtml",
    'jindianhuida_chengcheng_landfill_sludge_three_measures':
        "http://jindianhuida.com/zfxxgk/fdzdgknr/sthj/jdjc/1628945715797458946.html",
    'ntderui_xuancheng_eight_mines_signoff_doubled_commas_trad': "https://ntderui.com/News/show/1438642.html",
}

TEXT = {k: json.loads(v) for k, v in TEXTS.items()}


# ixbang: the '整改 任务' cell, its leading masked number '(十 * ) ' stripped (R86), final '。' dropped
_IX = TEXT["ixbang_ocean_ducha_task_masked_table_cut"]
_ix_cell = between(_IX, "整改 任务 | ", " |\n")
assert _ix_cell.startswith("(十 * ) ")
IXBANG = [_p(None, _ix_cell[len("(十 * ) "):].rstrip("。"), "整改任务", ["(略) 市人民政府"], "done", 1)]

# zgmrmthy: '{編號364(35-11)}:' line; category the section label; simplified without glosses (R91)
_ZG = TEXT["zgmrmthy_dawa_task364_result_notice_trad"]
_zg_line = re.search(r"^\{編號(\d+)\(35-11\)\}:(.*)$", _ZG, re.M)
ZGMRMTHY = simplified([_p(int(_zg_line.group(1)), _zg_line.group(2).rstrip("。"),
                          between(_ZG, "一、", "\n"), [], "done", 1)])

# jiuquan: '问题编号5:' field; units the '责任单位:' field split on '、' (R101)
_JQ = TEXT["jiuquan_guazhou_item5_reserve_signoff_repost_cut"]
_jq_line = re.search(r"^问题编号(\d+):(.*)$", _JQ, re.M)
JIUQUAN = [_p(int(_jq_line.group(1)), _jq_line.group(2).rstrip("。"), None,
              between(_JQ, "责任单位:", "\n").split("、"), "done", 1)]

# wenshang: inline '一、整改问题:' label (R83), petition code no seq (R17/R78)
_WS = TEXT["wenshang_petition_signoff_road_dust"]
WENSHANG = [_p(None, between(_WS, "一、整改问题:", "\n").rstrip("。"), "整改问题", [], "done", 1)]

# syxwnet: the quoted item '反馈“…”问题' (R15, R86)
_SY = TEXT["syxwnet_longhui_quoted_item_mining_accepted_news"]
SYXWNET = [_p(None, between(_SY, "反馈“", "”问题"), None, [], "done", 2)]

# tsqs: field list under the section '一、…整改情况'; the problem is the quoted item inside '整改情况:' (R15, R86)
_TS = TEXT["tsqs_qingshui_task27_livestock_quoted_fields"]
TSQS = [_p(27, between(_TS, "第二十七项指出,“", "”问题,"), between(_TS, "一、", "\n"),
           [between(_TS, "责任单位:", "\n")], "done", 1, between(_TS, "整改时限:", "\n"))]

# yueyang: '一、反馈问题' paragraph (heading run into its description: whole statement, R88); the deadline written in
# the measure (R106)
_YY = TEXT["yueyang_housing_feedback_item_sewage_upgrade_fields"]
YUEYANG = [_p(None, between(_YY, "一、反馈问题\n", "\n").rstrip("。"), None, [], "done", 1, "2019年9月30日前")]

# hulin: labels run into their text ('一、整改问题农村…'); seq from the title's '第36项'
_HL = TEXT["hulin_item36_rural_waste_labels_run_in"]
HULIN = [_p(36, between(_HL, "一、整改问题", "\n").rstrip("。"), "整改问题", [], "done", 1, "2025年1月底前")]

# xinwenbaodao: the feedback item after '(即第七十一项):' (R15)
_XW = TEXT["xinwenbaodao_wensu_item71_quoted_mines_news"]
XINWEN = [_p(71, between(_XW, "(即第七十一项):", "\n").rstrip("。"), None, [], "done", 1)]

# zgsuixian: '一、反馈问题' paragraph, seq from '(序号19)'
_SX = TEXT["zgsuixian_item19_sewage_network_notice"]
SUIXIAN = [_p(19, between(_SX, "一、反馈问题\n\n", "\n").rstrip("。"), None, [], "done", 1)]

# jindianhuida: the problem line under '一、…反馈问题'; measures (一)(二)(三) of '三、整改措施'; deadline '四、整改期限'
_JD = TEXT["jindianhuida_chengcheng_landfill_sludge_three_measures"]
JINDIAN = [_p(None, between(_JD, "反馈问题\n", "\n").rstrip("。"), None, [], "done", 3,
              between(_JD, "四、整改期限\n", "\n"))]

# ntderui: '一,、整改問題' paragraph, the spam ',。' ending dropped; unit the 整改實施主體 line whole; deadline '五、完成時限'
# without its ',。'; simplified without glosses (R91)
_NT = TEXT["ntderui_xuancheng_eight_mines_signoff_doubled_commas_trad"]
NTDERUI = simplified([_p(None, between(_NT, "一,、整改問題\n", "\n").rstrip("。").rstrip(","), "整改問題",
                         [between(_NT, "二,、整改實施主體\n", "\n")], "done", 1,
                         between(_NT, "五、完成時限\n", "\n").rstrip("。").rstrip(","))])

DOCS = {
    "ixbang_ocean_ducha_task_masked_table_cut": dict(
        excerpt=True,
        genre="3 one task, one notice: a tender site's masked ('(略)', ' * ') copy of a 市人民政府 整改完成情况公示 of a "
              "国家海洋督察 task '(序号 * )': issuer header, two-line heading, a lead with masked counts, a masked "
              "signature, then a '| … |' row table (整改 任务 / 责任 单位 / 责任人 / 联系 电话 / 整改 目标 / 整改 措施 / "
              "整改主要工作及成效); cut in the last cell",
        kind="bulletin", title="关于贯彻落实国家海洋督察整改任务(序号 * )整改完成情况公示", issuer="(略) 市人民政府",
        report_date=None, inspection=ins(), headline=head(), problems=IXBANG,
        anomalies=["Masked copy ('(略)', ' * ', '***') kept as returned (R2); the two heading lines are joined for the "
                   "title (R32); the '(略) 市人民政府' line above them is the issuer's header, and the signature says the "
                   "same: issuer as printed, masked (blind10 'XX市XX镇'); the signature date '* 日' is masked: no "
                   "report date.",
                   "(NEW) '(序号 * )' and the cell's '(十 * )' are masked numbers: seq null (R78 read for a number the "
                   "mask hides); the leading '(十 * )' is stripped from the title as its number (R86), the masks inside "
                   "the statement kept, final '。' dropped.",
                   "(NEW) The cell label '整改 任务' (wrapped in its cell like '责任 单位', '联系 电话') is the section "
                   "label '整改任务': category (R83).",
                   "Unit the '责任 单位' cell '(略) 市人民政府' (R102, masked as printed); '邹广' is the 责任人, a person.",
                   "Measures 1: the '整改 措施' cell holds one numbered item ('* . * 年 * 月底前,完成…'); the "
                   "'整改主要工作及成效' cell is the result, not counted (blind10 suma, blind13 suzhou).",
                   "(NEW) The measure's '* 年 * 月底前' is a masked time limit: deadline null (R106 reads a deadline "
                   "written inside a measure; a masked one says no time).",
                   "Status done: a '整改完成情况公示' (R94); the cut result cell goes on to a 中环督察函 naming the task "
                   "'打折扣' and the city's response, and stops there ('积极与中国环 (略) 沟'): excerpt true.",
                   "'整改 * 项、验收 * 项…' are masked counts and '共7天' days: no headline figure (R68); "
                   "'国家海洋督察' names no team: inspection empty; '琼自然资督〔 * 〕2号' is a file number."]),
    "zgmrmthy_dawa_task364_result_notice_trad": dict(
        excerpt=False,
        genre="3 one task, one notice: a glossed traditional copy of a 区 整改结果公示 of a 中央环境保护督察 task "
              "'{編號364(35-11)}' in three numbered sections (一、…整改任務 / 二、整改目標 / 三、整改結果), a 公示 "
              "paragraph, 公示时间 and 受理部门 lines and a signature with its date; whole page",
        kind="bulletin",
        title="盤錦市大洼區(qū)中央環(huán)境保護督察反饋意見 整改任務(wù){(diào)編號364(35-11)}整改結(jié)果公示",
        issuer="中央環(huán)境保護督察大洼區(qū)整改工作組", report_date="2018-03-30",
        inspection=ins(), headline=head(), problems=ZGMRMTHY,
        anomalies=["Traditional characters with pinyin glosses ('環(huán)境') and a stray '{(diào)' in the heading, kept as "
                   "returned (R2); document fields in the page's script with its glosses (R91; snippets12, blind21), "
                   "the heading's inner space kept (R32); the problem in simplified characters without glosses (R91).",
                   "seq 364: the item's own 编号 (R77); (NEW) the parenthesised '(35-11)' is a cross-reference (the "
                   "feedback's item 35, sub-task 11), not the number.",
                   "Category '中央环境保护督察反馈意见整改任务', the section label (R83, '一、' dropped); title the statement "
                   "after the '{編號…}:' label (R89), final '。' dropped.",
                   "Status done: a 整改结果 公示 whose result reads '已經全部拆除', '已拆除' (R94); measures 1: '三、整改結果' is "
                   "one paragraph, the page's only account of what was done (R96, as tune siping_tiedong counts its "
                   "整改完成情况); no unit is named ('區政府制定并下發了…' reports an action); '2017年年底前已經全部拆除' is a "
                   "result, not a time limit.",
                   "(NEW) Issuer the signature '中央環境保護督察大洼區整改工作組': the heading's '盤錦市大洼區' says whose task "
                   "it is, not who publishes (the two do not disagree as two issuers; as label45's blind33 liaocheng "
                   "took the signing body); report date the signature's 2018-03-30 (R40/R41); the 公示时间 "
                   "2018-04-02..09 is no inspection date (R53); no team named: inspection empty."]),
    "jiuquan_guazhou_item5_reserve_signoff_repost_cut": dict(
        excerpt=True,
        genre="3 one task, one notice: an aggregator site's repost (welcome line, breadcrumbs, date/source/reads line, "
              "QR-code chrome) of a 县 整改办公室's '第5项问题整改清单销号' as a field list (问题编号5: / 责任单位: / "
              "整改目标: / 完成情况:); cut in the closing 公示 sentence",
        kind="bulletin", title="瓜州县落实中央环保督察反馈意见整改办公室关于中央环境保护督察反馈意见第5项问题整改清单销号",
        issuer="瓜州县落实中央环保督察反馈意见整改办公室", report_date="2025-11-02",
        inspection=ins(), headline=head(), problems=JIUQUAN,
        anomalies=["Aggregator chrome kept (R2); the heading is printed in the breadcrumb and again alone: the title is "
                   "the heading line (R35); issuer the body the title names (R37; the cut copy has no signature); "
                   "report date the repost's '发布时间:2025-11-02' (R43; '文章来源:瓜州县人民政府网' names the source, R38).",
                   "seq 5 ('问题编号5', '第5项', R77); (NEW) category null: '问题编号5' is the item's number label, not a "
                   "section label naming the kind of item (R83 reads '整改任务'/'整改问题'; R84 field labels are no "
                   "headings; tune siping_tiedong's field list has category null too).",
                   "Title the statement after the label, inner quotes '‘瘦身’' kept, final '。' dropped; units the "
                   "'责任单位:' field split on '、' (R101); '由…管理局负责管理' and '由县自然资源局纳入…管理' in the result "
                   "assign management after the reserve's change, not the rectification: not units.",
                   "Status done ('该问题已完成整改,具备销号条件'); measures 1 (the '完成情况:' paragraph, R96); no time limit "
                   "field; '8.83万公顷' is an area, '甘政函[2016]121号' a file number: no figure; no team named.",
                   "Cut inside '直接送达的以' (the closing 公示 sentence): excerpt true."]),
    "wenshang_petition_signoff_road_dust": dict(
        excerpt=False,
        genre="3 one task, one notice: a 县分局's 销号 公示 of one 交办信访件 '(编号D4JN20241031009)' with inline section "
              "labels (一、整改问题: / 二、整改目标: / 三:整改完成情况:), a '下一步' line, phone and 公示时间 lines and a "
              "signature; no title line; whole page",
        kind="bulletin", title=None, issuer="市生态环境局汶上县分局", report_date="2025-01-03",
        inspection=ins(), headline=head(), problems=WENSHANG,
        anomalies=["A sign-off 公示 of one 交办信访件 is a one-task notice with one problem (R17, blind13 suzhou); its "
                   "code 'D4JN20241031009' is no number: seq null (R78); no headline (petitions are no figures, R17).",
                   "Category '整改问题', the section label printed inline ('一、整改问题:', R83); title the statement after "
                   "it, final '。' dropped; status done ('相关内容已整改完成'); measures 1: the '三:整改完成情况:' paragraph "
                   "(R96), the '下一步' line not counted (R98); no unit (the 街道办事处 and 分局 joined the acceptance; "
                   "'责成有关部门' names none); no time limit.",
                   "No title line (the copy opens at the lead, R33); issuer and report date from the signature (R37, "
                   "R40); '2025年1月2日' is an acceptance visit and the 公示时间 a window: no inspection dates (R53); the "
                   "省 督察 names no team; the lead's '三:' for '三、' kept as printed."]),
    "syxwnet_longhui_quoted_item_mining_accepted_news": dict(
        excerpt=False,
        genre="4 a quoted feedback item: a city news site's item (no headline) on a 市 bureau's acceptance check of one "
              "quoted 省 督察 item ('反馈“砂石土矿非法开采问题依然存在”问题'), the check's verdict, the feedback restated "
              "with its two aspects, and what the county did ('一方面…;另一方面…'); whole item",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=SYXWNET,
        anomalies=["(NEW) A quoted feedback item inside a news item on an acceptance check: one problem titled by the "
                   "quote '砂石土矿非法开采问题依然存在' (R15; R86 outer quotes and the '问题' wrapper after the quote "
                   "stripped); the third paragraph's '反馈意见指出全市砂石土矿非法开采问题依然存在' restates the same item "
                   "(R13); '监管执法不严、生态修复标准不高等两方面' are aspects of it, not further problems (R19/R23); seq "
                   "and category null.",
                   "Status done ('所涉问题已全部对标对表整改到位,达到验收销号的标准', R93).",
                   "(NEW) Measures 2: '一方面…;另一方面…' read as a two-item enumeration like 一是/二是 (R96); the lead-in "
                   "'立即制定了《…整改方案》,明确了…' is not an item; no unit ('明确了责任单位' names none; the checking "
                   "bureaus are the acceptance team).",
                   "News without a headline: kind and title null (R30, R33); '6月24日讯' and '6月23日' have no year: no "
                   "dates (R60); the 核查 is an acceptance, not the inspection (R53); the feedback names '全市' "
                   "(relative) and no team: inspection empty (R48)."]),
    "tsqs_qingshui_task27_livestock_quoted_fields": dict(
        excerpt=True,
        genre="3+4 one task, one notice whose statement is a quoted feedback item: a 县 公示 of a 省 督察 task "
              "('第二十七项整改任务完成情况公示', two heading lines), a section '一、…整改情况' over a field list (问题编号: / "
              "整改目标: / 整改时限: / 责任单位: / 整改情况: with '…第二十七项指出,“…”问题,我县…' / 整改结论:), 公示时间, "
              "受理部门 and contact lines; cut in the address line before any signature",
        kind="bulletin", title="清水县省级生态环境保护督察反馈问题第二十七项整改任务完成情况公示", issuer="清水县",
        report_date=None, inspection=ins(), headline=head(), problems=TSQS,
        anomalies=["(NEW) A one-task notice with no task-statement field: the problem is the feedback item quoted inside "
                   "'整改情况:' ('第二十七项指出,“…”问题', R15 kind 4 inside kind 3), titled by the quote without its outer "
                   "quotes and the '问题' wrapper (R86), the inner '“三防”' kept; '35件' inside the statement counts "
                   "petitions (R17/R68): no figure.",
                   "seq 27 ('问题编号:第二十七项', R77); category the section heading '省级生态环境保护督察反馈问题整改情况' above "
                   "the fields (R79, '一、' dropped; as label45's blind33 qianlima_legacy took its report's section '一、'); "
                   "unit the '责任单位:' field (R101); deadline the '整改时限:' field '2021年12月底前' as written (R106), "
                   "although the 公示 is dated a year earlier.",
                   "Status done ('整改结论:该问题已完成整改'); measures 1: '整改情况:' is one undivided paragraph (R96); "
                   "'我单位联合县农业农村局、市生态环境局清水分局…进行了现场检查验收' is the acceptance, its bodies no units; "
                   "'76%' is a rate (R68).",
                   "Title the two heading lines joined (R32); issuer '清水县', the body the title names (R37; the copy "
                   "is cut before any signature, ~2,000 bytes ending in '联系地址:清水县永清镇': excerpt true); no date "
                   "line: report_date null; the 公示时间 is a window, not an inspection date (R53); the 省 督察 names no "
                   "team: inspection empty."]),
    "yueyang_housing_feedback_item_sewage_upgrade_fields": dict(
        excerpt=False,
        genre="3 one task, one notice: a city 住建局's 公示 of one 中央 督察 item in five sections (一、反馈问题 / 二、整改目标 "
              "/ 三、整改措施 / 四、整改效果 / 五、公示期限) and a signature; no title line; whole page",
        kind="bulletin", title=None, issuer="岳阳市住房和城乡建设局", report_date="2019-12-18",
        inspection=ins(), headline=head(), problems=YUEYANG,
        anomalies=["One problem (R14), no number printed: seq null (R78); category null: '一、反馈问题' is a field label, "
                   "not a heading (R84, blind25; as label45's blind33 qianlima_placer, unlike '整改任务'/'整改问题' labels "
                   "under R83).",
                   "Title the whole paragraph: the heading sentence '污水处理厂提标改造进度缓慢。' runs into its description "
                   "on one line (R88, blind21 puyang), final '。' dropped; '30座…仅完成3座' inside the statement are the "
                   "feedback's evidence, not headline figures.",
                   "Measures 1 ('三、整改措施' one sentence, R96; '四、整改效果' is the result); deadline '2019年9月30日前' "
                   "written inside the measure (R106); status done ('已于2019年9月30日前完成提标改造任务,目前已经达到"
                   "一级A排放标准', R93/R94); no unit named (the issuer signs; no 责任单位 field).",
                   "No title line (the copy opens at '一、', R33); issuer and report date from the signature (R37/R40); "
                   "the 公示期限 is a window (R53); no team named: inspection empty."]),
    "hulin_item36_rural_waste_labels_run_in": dict(
        excerpt=False,
        genre="3 one task, one notice: a city portal's '第36项问题整改公示' with a date/source line, a lead, numbered "
              "labels run into their text without a colon (一、整改问题… / 二、整改目标… / 三、整改措施… / "
              "四、整改主要工作及成效…), a 公示时间 line whose 年/月/日 are lost, contact lines and a publisher footer",
        kind="bulletin", title="第三轮省级生态环境保护督察反馈问题第36项问题整改公示", issuer=None,
        report_date="2025-07-24", inspection=ins(), headline=head(), problems=HULIN,
        anomalies=["seq 36 ('第36项', R77); category '整改问题', the section label (R83); (NEW) the labels run into their "
                   "text without a separator ('一、整改问题农村垃圾收转运体系运行不畅。'): the title is the text after the "
                   "label (R89), final '。' dropped.",
                   "Status done ('完成…问题整改,拟申请验收销号', R93); measures 1 ('三、整改措施…' one paragraph, R96; "
                   "'四、整改主要工作及成效' is the result, blind33 qianlima_placer); deadline '2025年1月底前' written inside "
                   "the measure (R106); no unit named; '85个分拣中心', '76个' count facilities (R68).",
                   "'来源: 虎林市住建局' and '发布者: 虎林市住建局' are metadata (R38): issuer null; report date the date "
                   "line '2025-07-24 11:12' (R40); '公示时间:2025724日至20258610个工作日' lost its 年/月 (kept, R2) and is a "
                   "window, no date (R53); no team named: inspection empty."]),
    "xinwenbaodao_wensu_item71_quoted_mines_news": dict(
        excerpt=False,
        genre="4 a quoted feedback item: a news site's copy of a 县 自然资源局 item ('中央环保第八督察组反馈意见(即第七十一项):"
              "…'), picture captions, what the bureau did in two paragraphs and the status ('已经完成整改销号'); byline",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("中央环保第八督察组"), headline=head(), problems=XINWEN,
        anomalies=["The site's tagline runs into the news headline ('新闻行业垂直网站闭坑矿山23家整改任务已完成23家'): a news "
                   "headline, no title (R34/C7); news: kind null (R30); no date line (the url's '202010' is no date, R44).",
                   "One problem: the feedback item quoted after '(即第七十一项):' (R15), seq 71 ('第七十一项', R77), "
                   "category null; its own attribution '据国土资源厅有关评估报告,' kept (the feedback's wording, not the "
                   "page's lead-in, R92); final '。' dropped; '1000多家', '2165平方公里', '3.77%' are its evidence.",
                   "Status done ('第七十一项整改任务已经完成整改销号'); (NEW) measures 1: the account of what was done runs "
                   "over two unnumbered paragraphs split by a picture caption ('图二:…'), read as one undivided account "
                   "(R96), the captions not counted; no unit designated (the bureau acts and signs the byline).",
                   "Inspector '中央环保第八督察组' as the feedback sentence names it (R46); no inspected body named; "
                   "'23家' counts mines (R68): no headline figure; '2020年9月13日至9月14日' is a 督导 of the rectification "
                   "(R53) and its '3条问题' are that check's, not this page's problems."]),
    "zgsuixian_item19_sewage_network_notice": dict(
        excerpt=False,
        genre="3 one task, one notice: a county government's '…反馈问题(序号19)整改情况公示' with metadata bullets, a "
              "lead, four sections (一、反馈问题 / 二、整改目标 / 三、整改措施 / 四、整改完成情况), a 公示 sentence, a "
              "signature and a QR-code footer; whole page",
        kind="bulletin", title="随县人民政府关于省级生态环境保护督察“回头看”反馈问题(序号19)整改情况公示",
        issuer="随县人民政府", report_date="2023-11-10", inspection=ins(), headline=head(), problems=SUIXIAN,
        anomalies=["seq 19 ('序号19', R77); category null ('一、反馈问题' is a field label, R84/blind25); title the "
                   "section's paragraph (a requirement the feedback states, labelled as the item, R14), final '。' "
                   "dropped.",
                   "Status done (a 整改情况 公示 whose result is complete: '2021年11月竣工…完善了污水管网', R94); measures 1 "
                   "('三、整改措施' one paragraph, R96); no unit or time limit field.",
                   "Issuer the title's and the signature's '随县人民政府' (R37); report date the signature 2023-11-10, the "
                   "same as '发布时间' (R40/R41); the 公示期间 is a window (R53); '240余万元', '3公里', '273户' are money, "
                   "length and households (R68); chrome bullets ('• 来源:') kept (R2)."]),
    "jindianhuida_chengcheng_landfill_sludge_three_measures": dict(
        excerpt=False,
        genre="3 one task, one notice: a mirror site's copy of a city 督察巡查 office's 公示 of one 省 督察 item in six "
              "sections (一、…反馈问题 / 二、整改目标 / 三、整改措施 (一)(二)(三) on one line / 四、整改期限 / "
              "五、整改措施落实情况 (一)(二)(三) / 六、整改完成时间), 公示 lines and a signature whose date is printed twice",
        kind="bulletin", title=None, issuer="渭南市生态环境保护督察巡查工作领导小组办公室", report_date="2021-12-24",
        inspection=ins(), headline=head(), problems=JINDIAN,
        anomalies=["One problem, no number: seq null (R78); category null: '一、第二轮省生态环境保护督察反馈问题' is the "
                   "'反馈问题' field label (R84/blind25); title '澄城县生活垃圾填埋场污泥混合液问题' with its closing '问题' "
                   "(R87), final '。' dropped.",
                   "Measures 3: '三、整改措施' holds (一)(二)(三) on one line (R96); '五、整改措施落实情况' answers each (the "
                   "result, not counted again, blind10 suma); deadline '2021年10月底' ('四、整改期限', R106); status done "
                   "('六、整改完成时间。2021年9月' and the 公示, R94); no unit field ('渭南市生态环境局澄城分局依法下达行政处罚"
                   "决定书' reports an action).",
                   "No title line (R33); issuer and report date from the signature (R37/R40), the date line printed "
                   "twice (kept, R2); '罚款10万元', '1000余株', '10斤' are no figures (R68); no team named."]),
    "ntderui_xuancheng_eight_mines_signoff_doubled_commas_trad": dict(
        excerpt=False,
        genre="3 one task, one notice: a spam mirror's glossed traditional copy, with doubled and stray punctuation "
              "(',,', ',。', '一,、'), of a city bureau's 验收 公示 of one 中央 督察 item (the 11 mines of which 8 were "
              "damaged) in six sections (整改問題 / 整改實施主體 / 重點措施 / 目標任務 / 完成時限 / 整改完成情況), an "
              "obfuscated e-mail '[email protected]', a lost glyph '石灰?guī)r礦', a signature and a QR footer; no title line",
        kind="bulletin", title=None, issuer="宣城市自然資源和規(guī)劃局", report_date="2023-01-06",
        inspection=ins(), headline=head(), problems=NTDERUI,
        anomalies=["Spam noise kept as returned (R2): glosses '生態(tài)', doubled ',,', stray ',。' and '一,、', an e-mail "
                   "replaced by '[email protected]', a glyph lost to '?' before its gloss ('石灰?guī)r礦'); document fields in "
                   "the page's script with its glosses (R91); the problem's fields simplified without glosses.",
                   "One problem, no number printed ('11座礦山8座' counts mines): seq null (R78); category '整改问题' "
                   "(R83, the stray ',' of '一,、' is noise); title the section's paragraph (inner '。' kept, R88 whole "
                   "statement) with (NEW) its spam ending ',。' dropped as trailing punctuation (R86).",
                   "Unit the '整改實施主體' line '宣城市委、市政府' whole (R101, as blind33 xuancheng); deadline '2022年底' "
                   "('五、完成時限', its ',。' dropped, R106); measures 1: '三、重點措施' is one paragraph (R96; '六、整改完成"
                   "情況' is the result); status done ('已整改完成,,并通過核查驗收', R94).",
                   "Not blind33's xuancheng page (that is the 第三十八項 mines task on 996630.com); same city and template, "
                   "another task. No title line (R33); issuer and report date from the signature (R37/R40); the "
                   "公示期间 is a window (R53); '11座', '8座', '7座' count mines (R68); no team named."]),
}

EXPECTED = {"ixbang_ocean_ducha_task_masked_table_cut": 1, "zgmrmthy_dawa_task364_result_notice_trad": 1,
            "jiuquan_guazhou_item5_reserve_signoff_repost_cut": 1, "wenshang_petition_signoff_road_dust": 1,
            "syxwnet_longhui_quoted_item_mining_accepted_news": 1,
            "tsqs_qingshui_task27_livestock_quoted_fields": 1,
            "yueyang_housing_feedback_item_sewage_upgrade_fields": 1, "hulin_item36_rural_waste_labels_run_in": 1,
            "xinwenbaodao_wensu_item71_quoted_mines_news": 1, "zgsuixian_item19_sewage_network_notice": 1,
            "jindianhuida_chengcheng_landfill_sludge_three_measures": 1,
            "ntderui_xuancheng_eight_mines_signoff_doubled_commas_trad": 1}
MEASURES = {"ixbang_ocean_ducha_task_masked_table_cut": [1], "zgmrmthy_dawa_task364_result_notice_trad": [1],
            "jiuquan_guazhou_item5_reserve_signoff_repost_cut": [1], "wenshang_petition_signoff_road_dust": [1],
            "syxwnet_longhui_quoted_item_mining_accepted_news": [2],
            "tsqs_qingshui_task27_livestock_quoted_fields": [1],
            "yueyang_housing_feedback_item_sewage_upgrade_fields": [1], "hulin_item36_rural_waste_labels_run_in": [1],
            "xinwenbaodao_wensu_item71_quoted_mines_news": [1], "zgsuixian_item19_sewage_network_notice": [1],
            "jindianhuida_chengcheng_landfill_sludge_three_measures": [3],
            "ntderui_xuancheng_eight_mines_signoff_doubled_commas_trad": [1]}
# hand-pinned per problem: (seq, title start, title end, units, deadline, status, category)
PINNED = {
    "ixbang_ocean_ducha_task_masked_table_cut": [(None, "* 年, (略) 市", "公顷, (略) 审批", ["(略) 市人民政府"], None, "done",
                                                  "整改任务")],
    "zgmrmthy_dawa_task364_result_notice_trad": [(364, "饮用水水源保护不力", "饮用水水源保护不力", [], None, "done",
                                                  "中央环境保护督察反馈意见整改任务")],
    "jiuquan_guazhou_item5_reserve_signoff_repost_cut": [(5, "省级自然保护区‘瘦身’", "问题突出",
                                                          ["自然保护区管理局", "市生态环境局瓜州分局", "县自然资源局"],
                                                          None, "done", None)],
    "wenshang_petition_signoff_road_dust": [(None, "汶上县汶上街道西关新村一巷", "积水严重,不能行走", [], None, "done",
                                             "整改问题")],
    "syxwnet_longhui_quoted_item_mining_accepted_news": [(None, "砂石土矿非法开采", "问题依然存在", [], None, "done",
                                                          None)],
    "tsqs_qingshui_task27_livestock_quoted_fields": [(27, "天水市非规模化畜禽养殖户", "群众反映强烈", ["县畜牧兽医事务服务中心"],
                                                      "2021年12月底前", "done", "省级生态环境保护督察反馈问题整改情况")],
    "yueyang_housing_feedback_item_sewage_upgrade_fields": [(None, "污水处理厂提标改造进度缓慢。按照", "目前仅完成3座", [],
                                                             "2019年9月30日前", "done", None)],
    "hulin_item36_rural_waste_labels_run_in": [(36, "农村垃圾收转运体系", "运行不畅", [], "2025年1月底前", "done", "整改问题")],
    "xinwenbaodao_wensu_item71_quoted_mines_news": [(71, "据国土资源厅有关评估报告,新疆", "占应治理面积的3.77%", [], None,
                                                     "done", None)],
    "zgsuixian_item19_sewage_network_notice": [(19, "要持续推进城市建成区", "黑臭水体整治到位", [], None, "done", None)],
    "jindianhuida_chengcheng_landfill_sludge_three_measures": [(None, "澄城县生活垃圾填埋场", "污泥混合液问题", [],
                                                                "2021年10月底", "done", None)],
    "ntderui_xuancheng_eight_mines_signoff_doubled_commas_trad": [(None, "督察组抽查宣城市11座矿山", "山体滑坡问题突出",
                                                                   ["宣城市委、市政府"], "2022年底", "done", "整改问题")],
}


def recount(stem: str, text: str) -> int:
    """Second count of problems, from the text by a different route than the labels."""
    if stem.startswith("ixbang"):
        return len(re.findall(r"^整改 任务 \|", text, re.M))
    if stem.startswith("zgmrmthy"):
        return len(re.findall(r"^\{編號\d+", text, re.M))
    if stem.startswith("jiuquan"):
        return len(re.findall(r"^问题编号\d+:", text, re.M))
    if stem.startswith("wenshang"):
        return len(re.findall(r"^一、整改问题:", text, re.M))
    if stem.startswith("syxwnet"):
        return len(set(re.findall(r"反馈“([^”]+)”问题", text)))
    if stem.startswith("tsqs"):
        return len(re.findall(r"^问题编号:第[一二三四五六七八九十]+项$", text, re.M))
    if stem.startswith(("yueyang", "zgsuixian")):
        return len(re.findall(r"^一、反馈问题$", text, re.M))
    if stem.startswith("hulin"):
        return len(re.findall(r"^一、整改问题\S", text, re.M))
    if stem.startswith("xinwenbaodao"):
        return len(re.findall(r"\(即第[一二三四五六七八九十]+项\):", text))
    if stem.startswith("jindianhuida"):
        return len(re.findall(r"^一、\S*反馈问题$", text, re.M))
    if stem.startswith("ntderui"):
        return len(re.findall(r"^一,?、整改問題$", text, re.M))
    raise KeyError(stem)


def recount_measures(stem: str, text: str) -> list:
    """Second count of measures: numbered items in the measure cell, paragraph lines under a result label, or
    '一方面/另一方面' items."""
    def lines(block: str) -> int:
        return len([ln for ln in block.split("\n") if ln.strip()])

    if stem.startswith("ixbang"):
        return [len(re.findall(r"(?:^|\s)(?:\*|\d+) \.", between(text, "整改 措施 | ", " |")))]
    if stem.startswith("zgmrmthy"):
        return [lines(between(text, "三、整改結(jié)果\n", "\n以上"))]
    if stem.startswith("jiuquan"):
        return [lines(between(text, "完成情况:", "\n\n以上"))]
    if stem.startswith("wenshang"):
        return [lines(between(text, "三:整改完成情况:\n", "\n下一步"))]
    if stem.startswith("syxwnet"):
        return [len(re.findall(r"另一方面|(?<!另)一方面", text))]
    if stem.startswith("tsqs"):
        return [lines(between(text, "整改情况:", "\n整改结论"))]
    if stem.startswith("yueyang"):
        return [lines(between(text, "三、整改措施\n", "\n四、"))]
    if stem.startswith("hulin"):
        return [lines(between(text, "三、整改措施", "\n\n四、"))]
    if stem.startswith("xinwenbaodao"):  # the account: paragraphs after the item, captions and byline left out, as one
        paras = [ln for ln in text.split("\n")[3:] if ln.strip() and not ln.startswith(("图", "("))]
        assert len(paras) == 2, paras
        return [1]
    if stem.startswith("zgsuixian"):
        return [lines(between(text, "三、整改措施\n\n", "\n\n四、"))]
    if stem.startswith("jindianhuida"):
        return [len(re.findall(r"\([一二三四五六七八九十]\)", between(text, "三、整改措施\n", "\n四、")))]
    if stem.startswith("ntderui"):
        return [lines(between(text, "三,、重點措施\n", "\n四,、"))]
    raise KeyError(stem)


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    probs = d["problems"]
    assert [p["measure_count"] for p in probs] == MEASURES[stem] == recount_measures(stem, text), stem
    check_pinned(stem, probs, PINNED[stem])
    # every problem value re-found in the text (simplified without glosses for the traditional page, R91)
    ptext = simp(text) if stem.endswith("_trad") else text
    for p in probs:
        assert p["title"] and p["title"] in ptext, (stem, p["title"])
        assert p["category"] is None or p["category"] in ptext, (stem, p["category"])
        for u in p["responsible_units"]:
            assert u in ptext, (stem, u)
        assert p["deadline"] is None or p["deadline"] in ptext, (stem, p["deadline"])
        assert p["seq"] is None or str(p["seq"]) in text or f"第{cn_numeral(p['seq'])}项" in text, (stem, p["seq"])
    check_doc(stem, d, text)  # as printed: '2025-11-02' or a signature '2018年3月30日'


def main() -> None:
    assert set(DOCS) == set(URLS) == set(MEASURES) == set(PINNED)
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=12, urls=URLS)


if __name__ == "__main__":
    main()
