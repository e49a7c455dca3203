"""Write the texts and truth files of tests/importer/real/blind29: a held-out batch of real pages that PRINT PROBLEMS,
labelled in session 18 (2026-12-06, 15:00-15:50 UTC) by helper label39, who did not change the parser and did not read
zhenggai/importer/, tests/importer/*.py or tests/importer_app/. Scored once on the worktree's untouched parser
(FIRST_RUN_blind29.txt) before anything else; nothing is to be changed for it. Labelled at the same
time as label40 (/work/wt/label40, set blind30), whose folder and generator were checked before committing.

First run: FIRST_RUN_blind29.txt was first written at 15:05 UTC for the first seven pages (committed as 3fc687c); the
qingdao page was found and labelled after that and the file was rewritten for all eight on the same untouched parser (the
seven earlier rows are unchanged, checked with diff); no label of the first seven was changed after their first run.

Schema and conventions as tests/importer/real/CONVENTIONS.md (R1-R107, C1-C16), make_truths.py and make_truths_blind26.py
(head/ins/prob from make_truths; GLOSS and the t2s conversion of make_truths_blind10.simplified). The texts are the stored
excerpts the search tool's ``pages`` corpus returned (JSON strings pasted into TEXTS below and decoded, nothing retyped;
glosses, spaces and chrome kept). ``excerpt`` is true for the five copies cut at ~2,000 bytes inside their list
(qingtian, doukuti, luohe, mnr, chengzhong) and false for the three that reach the page's end (shuizhai: its last photo
caption; hubei: the comment-box chrome; qingdao: the '(本報記者)' byline).

Families: 纪委 通报 of typical cases (qingtian: village heads; hubei: receptions), 人居环境 暗访/督查 of villages (doukuti,
shuizhai, luohe), 自然资源 督察/卫片执法 (mnr), 生态环境 专项督察 feedback (chengzhong), 水务 二次供水 check (qingdao, after the first run).
Not reached: 河长制/湖长制 暗访 with a printed list, 水务 稽察, 乡村振兴 考核反馈, 村级巡察 反馈 with numbered items — every query there returned lead-only news
(counts such as '共排查出河湖“四乱”问题40个', '发现问题41处'), essays, plans, or pages already labelled.

No url is in an earlier truth: every url under tests/importer (json, txt, md and tools/*.py) of this worktree and of
/work/main, /work/shared/corpus and every /work/wt/label*/tests/importer/real (label40's blind30 included) was collected
(1,069 keys at the start, 1,078 with label40's blind30 before committing; host+path+query, scheme, 'www.', ':80', '#…' and a
trailing '/' dropped, lower case, percent-decoded) and each page's key was checked against them, again right before
committing; a distinctive phrase of each page (郭足平, 斗湖堤, 水寨镇, 下坡郭村, 彰武县, 青海美塑, 黄冈市机关事务管理局) was
also grepped in those folders: no copy.

Queries (``pages`` corpus; 27): 环保督察 交办件 办理情况 问题 整改情况 销号; 河长制 暗访 发现问题 问题清单 1. 2. 3. 河道; 纪委 监督检查 通报
典型问题 1. 2. 3. 村; 村级巡察 反馈 存在的问题 村党支部 1. 2. 3; 卫片执法 图斑 问题 整改 销号 公示 自然资源; 中央生态环境保护督察 反馈问题
整改清单 序号 整改进展 责任单位 整改时限; 乡村振兴 考核 反馈问题 整改情况 问题1 整改措施 已完成; 水务局 督查 发现问题 通报 1. 2. 3. 整改
水利工程; 省级生态环境保护督察 反馈意见 整改落实情况 一、 关于 问题 整改进展 已完成; 湖长制 暗访 问题 整改销号 台账 河段 垃圾 乱堆; 农业农村局
督查 存在问题 一是 二是 三是 整改 通报 乡镇; 纪委监委 通报 典型问题 一、 违规 村党支部书记 受到 处分; 通报 典型案例 违规 问题 1. 2. 3. 4.
党内警告处分 镇 村 专项整治; 交办问题 整改情况 公示 中央环保督察 交办 第 批 编号 整改完成 验收; 社区 巡察 反馈 主要问题 社区党委 1. 2. 3.
整改; 督办件 办理情况 问题 整改 督查室 督办; 余家冲社区 巡察整改情况 上级决策部署落实不彻底 开展基层治理不均衡; 村党支部 关于巡察反馈问题
整改情况的报告 村 问题 整改情况 已整改; 河长办 暗访 督查 发现 问题 交办单 限期整改 1、 2、 河道 垃圾; 生态环境局 执法检查 发现问题 1.未 2.未
3. 责令整改 企业 通报; 乡村振兴 督导 反馈问题 整改清单 序号 问题描述 整改措施 责任人 完成时限; 人居环境整治 督查 通报 存在问题 村 1. 2. 3.
垃圾 乱堆乱放; 监督检查 发现问题 通报 一、存在的问题 (一) 1. 纪检监察组 驻; 暗访发现 问题清单 河湖 “四乱” 1. 某某河 某某镇 段 存在;
环保督察反馈问题 整改完成情况 公示 整改目标 整改措施 完成情况 责任单位 区生态环境分局; 自然资源 督察 发现问题 违法占地 整改 通报 一、 二、
图斑 整改到位; 作风建设 明察暗访 通报 发现问题 1. 工作人员 上班时间 玩手机 脱岗; and six more (镇纪委 监督检查 情况通报 村 财务; 水利稽察
问题清单 水库; 中央环保督察 交办 信访件 办理情况 公开; 林业 森林督查 问题 整改 通报; 巡察组 向 村党支部 反馈 1.村; 生态环境问题 整改销号
公示 问题名称; 高标准农田 专项整治 发现问题; 巩固拓展脱贫攻坚成果 考核评估 反馈问题; 违反中央八项规定精神 典型问题 通报); after the first run: 河长制工作 暗访 通报 问题清单 序号 河流名称 问题描述
所在乡镇; 巡察反馈问题整改情况 村党总支 1.关于 问题 整改情况:已整改; 供水 水厂 检查 发现问题 水务局 通报 一、存在问题 1. 2. 消毒 记录.
Most answers were site-index junk (zhetiaohe, abg.baidu: not counted), papers, plans and lead-only news. Of the 35
rectification- or check-looking urls checked, 19 were already known (南宁 大气 审计 函 ilynn, 湖北 回头看 清单 zhuangpeitu, 村巡察
studioretreats, 延津 农业农村局, 东丽 第7项 公示 czx24, 余家冲社区 hetang, 姜南社区 wbq, 闸口街道 qjpjw, 徐庄镇 shanting, 武安
暗访 wuan888, 濮阳 暗访 pydc, 宿州 销号 公示 deaufficio and ahsz, 射箭乡 cnzh ×2 (counted once), 环保督察 信访 sbelements and
haerbin baogaosu, 徽城镇 hsjw, 籍山镇 nllz, 随县 zgsuixian). New: 16; taken: 7. New and not taken (9): huaibei ny (one
'存在A、B等问题' sentence), yichun nyncj (a visit, no fault named), 都江堰 cbgc (an essay on 村巡察), 东港 yybnet (counts
only), 泸州 salon-sesame ('存在A,B等问题' summaries), javascriptjump (80 problems as nine kinds with counts, no item: R23),
郓城 123.130.246.115, 甘肃 shi-fen and 二七区 xpaper (纪检 news with counts and summaries). 建德 村巡察 and 宁波 农业农村局
came without a url. After the first run, 5 more urls: wdjjw 佘家镇 known; chinalmq 青岛 二次供水 taken; not taken: xlzxsw
(a 范文 whose '一是…三是' are the causes of one problem, 水质未达标), jxbdby (one plant's faults in one '检查发现,…' sentence,
a one-problem page in a set already full of check findings), pg361 哈尔滨 河长制 督导 (praise only). In all: 40 checked, 20
known, 20 new, 8 taken.

Kinds (issue 10): a 纪委 typical-case 通报 '问责篇' → '1.<case heading>问题' over its facts (qingtian, NEW family); a 镇 暗访
通报 with two lists, common faults '1.<heading>。<details>' and one line per village '(一)<village>:<finding>' (doukuti); a 镇
督查通报 whose villages' faults are ';' clauses in one paragraph, a recheck's 'X村有两处未整改' among them (shuizhai); a
traditional copy of a 暗访 report with one '在<place>,<faults>。' sentence per place (luohe); a ministry's numbered list of
typical problems under a counted category '一、…问题(7个)' (mnr); two quoted feedback items in one sentence, each answered by a
'针对“…”问题,…' passage (chengzhong: issue 10's kind 4 twice over); a traditional news item with one line per body's
over-standard receptions (hubei); a traditional news item on a 水务 check with '一是<heading>。<details>。二是…。'
in one paragraph (qingdao). Kind 6 (headline wording) in mnr '通报56个…问题', chengzhong '两项问题', hubei '4起…问题'.

Problems: 34 (5+8+6+6+1+2+4+2), counted by reading and recounted in main() by regex on the text (numbered lines, village
clauses, place sentences, quoted items, lines ending in a sum of money). Measures: 2 (chengzhong 1+1), counted by reading
and in main() (only chengzhong answers its items); every other page prints findings only: measure_count 0.

Judgement calls (NEW where marked; each also in the truth's anomalies):
- (NEW) qingtian: a 纪委's typical cases are problems (one per numbered case heading, titled by the heading line with its
  closing '问题', R87/R88), category the section heading '问责篇'; '5起…典型案例' counts cases: no figure (R68); the 处分 is
  not a rectification measure: measures 0.
- (NEW) doukuti: two lists in one 通报 — '二、存在的问题' 1.-4. and '三、各村情况' (一)-(四) — are both problems, each under its
  own section as category, seq restarting; common items titled whole (heading run into details, SETTLED s15/C9); village
  lines keep '<village>:' (blind16 vcity); the fourth village cut in its finding is labelled as far as it goes (R25).
- (NEW) shuizhai: one problem per village clause (R12), the village kept as subject; the 回头看's 'X村有N处未整改' clauses
  are problems with status in_progress ('未整改', R93); the cause sentence '究其原因…' is not a problem; title without
  '| 第十一期' (R35).
- (NEW) luohe: one problem per place, not per paragraph (two paragraphs name two places each), titled by the faults after
  the place lead-in (blind17 wugang); the summary '個別村莊存在…等問題' is not a problem; titles simplified (R91), the
  inspector kept as printed with glosses.
- (NEW) mnr: problems_total 56 from '通报56个违法违规重大典型问题' / '以下为56个…' (the list's own count), though only one item
  is in the copy; category keeps '(7个)' (C1 recommendation).
- (NEW) chengzhong: two quoted items in one sentence → two problems; the shared '一是…二是…' steps are general (R98: 0), each
  '针对“…”问题' passage is one measure; A done ('提前完成了整改工作'); B has no done word (null), its units are the bodies told
  to rectify, split at '及' ('办事处', '村委', R102/R104), deadline '立行立改' (R106); '两项问题' → problems_total 2.
- (NEW) qingdao: '一是…二是…' after a lead-in: seq null, category null (C13), the first titled whole (C9); the lead naming
  the failed sites in one sentence is not a problem (R19); headline '二次供水有隱憂' → title null (R34).
- (NEW) hubei: one problem per body's line (the first after '其中,'), a leading date dropped (R92) but dates after the body
  kept; '4起…問題' → problems_total 4 (called problems in the text).

Session 18, the lead: '一是/二是/三是' items take their printed number as seq (SETTLED s18, CONVENTIONS.md R76a: the
schema's 'the number printed', as '其一' → 1); the labels first written here gave seq null after blind26 lnst's call,
which is settled the other way. Only seq changed; FIRST_RUN was kept as scored.
"""
import json
import re
from pathlib import Path

from make_truths import (check_inspection_dates, check_names, check_report_date, check_title_issuer, GLOSS, head, ins,
                         prob, write_labelled_set)
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind29"

TEXTS = {
    'qingtian_village_heads_contract_cases_numbered_cut': r'''"为进一步强化对全县党员干部的警示教育,推动村干部违规承揽或干预插手本村工程项目专项整治工作取得实效,现通报第二批5起村干部违规发包本村工程项目典型案例。\n问责篇\n1.三溪口街道下坦村党支部书记郭足平违规发包本村工程项目问题\n2016年8月15日、12月11日,郭足平违规将下坦村三回店至郭富元家水泥路工程项目、下坦村涵洞排水工程项目发包给时任村监会委员叶爱成。2018年12月18日,郭足平受到党内警告处分。\n2.海口镇海林村党支部书记陈伯敏违规发包本村工程项目问题\n2014年至2018年,陈伯敏违规将田埔拦水坝及渠道工程、小门头塘清污(淤)泥工程、饮用水消毒设备及基础设施采购等本村工程项目发包给其哥哥陈伯南。同时,通过村两委会议,违规推荐陈伯南参与本村乌坑口大桥建造工程的招投标,致使其违规承揽乌坑口大桥建造工程项目。2019年9月2日,陈伯敏受到党内警告处分。\n3.北山镇仁村村党支部书记陈金荣、村委会主任陈长平违规发包本村工程项目问题\n2016年1月22日,陈金荣、陈长平违规将本村砍头桥底堤坝修复工程项目发包给村监会委员陈斋伟。2018年11月7日,陈金荣、陈长平受到党内警告处分。\n4.北山镇高桥背村原党支部书记刘宝青、原村委会主任徐志旺违规发包本村工程项目问题\n2017年11月15日,刘宝青、徐志旺违规将本村高标准农田建设项目发包给时任村委委员刘石旺的弟弟刘石敏。2018年11月28日,刘宝青、徐志旺受到党内警告处分。\n5.舒桥乡根山村原党支部书记邹岳军违规发包本村工程项目问题\n2014年至2016年,邹岳军违规将本村博爱广场建设工程项目发包给原报账员陈炳和,将村凉亭建设工程发包给村支部委员管松娇的丈夫蒋炳乾,并违规将本村路灯安装材料的采购事宜及挖土坑工程"''',
    'doukuti_habitat_notice_common_items_and_villages_cut': r'''"10月斗湖堤镇农村片区人居环境整治“清洁家园”行动工作情况通报\n\n民生   2024-11-21 19:27   湖北  \n\n为贯彻落实《运用共同缔造理念和方法开展“清洁家园”行动方案》《荆州市农村人居环境整治指导意见》精神,切实改善农村人居环境,助力和美乡村建设。按照镇党委、政府的工作安排,工作专班于11月12日对各村进行了实地暗访,现将各村开展人居环境整治“清洁家园”行动工作情况进行通报。\n\n\n\n一、工作开展情况\n\n通过开展10月人居环境整治“清洁家园”行动,各村本辖区范围内国省干道以及主要交通道路能保持良好的卫生情况,村部环境卫生情况较好。部分村按照前期制定的人居环境整治“清洁家园”行动计划,对相关区域进行了重点整治,取得了一定成效。\n\n\n二、存在的问题\n\n经过暗访发现,主要存在以下问题:\n\n1.“三堆两垛”整治不到位。部分农户房前、少数村组道路旁还有杂物堆、砂土堆、柴草垛、砖石垛等,有的农户未及时清理门前建筑垃圾。\n\n2.垃圾清运不及时。个别村集中居住点日常保洁不够,白色垃圾、杂草杂树较多,少数垃圾桶及周边垃圾未及时清运。\n\n3.沟渠整治进展迟缓。部分村计划在10月份对主要沟渠内的漂浮物、沟边杂树杂草等进行清理,但并未落实到位,有的村甚至未开展,还有个别村在清理沟渠杂草后,未及时将杂草清运。\n\n4.秸秆及垃圾焚烧情况依然存在。少数农户将秸秆或垃圾集中堆放后焚烧,严重污染环境。\n\n三、各村情况\n\n(一)詹桥村:少数农户房前屋后杂草及垃圾未及时清理。\n\n(二)德义垱村:少数道路旁存在垃圾乱扔现象,部分垃圾桶未及时清运。\n\n(三)高强村:少数农户房前屋后乱堆乱放,少数黑斑未及时处理\n\n(四)高建村:沟渠内存在较多垃圾漂浮物,农户房屋两侧乱堆乱放较为"''',
    'shuizhai_habitat_ducha_recheck_and_village_clauses': r'''"当前位置:首页 > 信息公开 > 工作动态 > 镇村动态\n水寨镇人居环境督查通报 | 第十一期\n时间:2019-08-12 来源:本网 浏览次数:-\n字号:\n\n继续关注我镇人居环境卫生情况。\n\n近日,镇环境卫生督查组对大湖、大布、高车村的环境卫生整改情况进行了“回头看”。现将“回头看”情况通报如下:\n\n整体情况\n\n从此次“回头看”情况来看,被督查村整改情况不容乐观,大湖村有两处未整改,两处未整改彻底;大布村有三处未整改;高车村有三处未整改。究其原因,各村普遍存在房前屋后杂物未清理的现象,未认真落实“门前三包”制度,没有积极做通群众思想工作。希望各村继续加大人居环境整治力度,提高意识,克服畏难情绪,积极做通群众房前屋后自查自纠思想工作,镇人居办将不定期对未整改问题进行回访。(左图:整改前 右图:整改后)\n\n大湖村\n\n\n大布村\n\n\n高车村\n\n下面,继续来关注我镇其他村的人居环境卫生情况~ 日前,我镇环境卫生督查组采用不打招呼、不定时间的方式对岗阳、榕树、协和村的环境卫生进行全面督查,现将督查情况通报如下:\n\n整体情况\n\n从此次督查情况来看,被督查村人居环境整体情况较好,各村村道较为干净整洁,但也依然存在一些问题,岗阳村发现多处房前屋后杂物乱堆乱放、卫生死角未清理等现象;榕树村存在建筑垃圾未清理、生活垃圾散落堆放等现象;协和村发现一处大量堆放建筑垃圾,同时,村道生活垃圾随意丢弃的现象较多。希望各村对所曝光问题及时进行整改,举一反三,加大整治力度,采取强有力措施推进环境整治工作。\n\n\n岗阳村\n\n\n榕树村\n\n\n协和村"''',
    'luohe_habitat_unannounced_places_traditional_cut': r'''"(記者 張晨陽)近期,我市聚焦全市農(nóng)村人居環(huán)境突出問題,開展以“治理‘六亂’、開展‘六清’、實現(xiàn)‘四起來’”為主要內(nèi)容的農(nóng)村人居環(huán)境集中整治行動,進一步打造整潔、有序的農(nóng)村人居環(huán)境,助力鄉(xiāng)村振興。12月14日至15日,記者隨同市農(nóng)村人居環(huán)境集中整治行動工作專班,對臨潁縣、舞陽縣、郾城區(qū)、源匯區(qū)、召陵區(qū)、經(jīng)濟技術開發(fā)區(qū)、市城鄉(xiāng)一體化示范區(qū)、西城區(qū)“六亂”“六清”集中整治行動開展情況進行暗訪。\n暗訪發(fā)現(xiàn),各縣區(qū)均已按照全市統(tǒng)一部署開展集中整治行動,但個別村莊存在整治不徹底、治標不治本、進度慢等問題。\n在臨潁縣臺陳鎮(zhèn)下坡郭村,主街村民的生活用水管道漏水,部分區(qū)域污水混合排放;村內(nèi)存在殘垣斷壁、危墻;背街小巷泥土道路積水,有雜物、磚石堆積。\n在舞陽縣馬皇線與330省道交叉口西南,溝渠內(nèi)有生活垃圾,溝渠邊建筑垃圾亂堆亂放,沿路門店出店經(jīng)營,千譽家具城旁垃圾亂堆亂放,甘江河與澧河交匯處堤邊有雜草堆,澧河堤道內(nèi)有大量生活垃圾。保和鄉(xiāng)上澧村村口空地上一處廁所三格化糞池外露破損,村內(nèi)雜物、磚石亂堆亂放,有垃圾焚燒痕跡,殘垣斷壁未清理。\n在郾城區(qū)商橋鎮(zhèn)坡邊村,村南道路上有土堆和泥水,坑塘內(nèi)有大量垃圾、水體黑臭;有雜草堆、雜物堆、建筑垃圾堆;殘垣斷壁未及時清理。\n在源匯區(qū)020鄉(xiāng)道前袁村附近,道邊溝渠有垃圾堆放。在空冢郭鎮(zhèn)關莊村,村口坑塘水體黑臭,坑內(nèi)有垃圾;村內(nèi)路邊雜草、生活用品等亂堆亂放;有殘垣斷壁未及時清理;三格化糞池安裝不規"''',
    'mnr_56_typical_problems_category_count_cut': r'''"为严格保护耕地,严守生态保护红线。9月8日,自然资源部集中公开通报56个违法违规重大典型问题,督促各地坚决整改纠正违法违规问题。\n自然资源部相关负责人表示,2023年国家自然资源督察机构开展例行督察发现,一些地方在2020年9月10日《国务院办公厅关于坚决制止耕地“非农化”行为的通知》明确“六个严禁”后仍顶风侵占耕地挖湖造景、占用永久基本农田种植破坏耕作层的绿化装饰草皮,一些地方政府及其部门非法批地、违法征地、主导推动违法占地,有些市县“大棚房”问题反弹,补充耕地不实,侵占生态保护红线违法占地建设、非法采矿;全国土地卫片执法发现,一些地区2022年以来违法占用耕地问题突出,且截至今年6月底仍未能整改落实到位,涉及耕地面积较大;国家自然资源督察机构开展例行督察和全国土地卫片执法还发现,有的地区2020年7月3日以后新增农村乱占耕地建房问题仍时有发生,有的截至今年6月底仍未能整改落实到位,涉及耕地面积较大,与新增农村乱占耕地建房“零容忍”的要求不相符。这些违法违规行为严重冲击耕地保护红线,危害国家粮食安全,破坏生态环境。\n(资料图片)\n以下为56个违法违规重大典型问题:\n一、侵占耕地挖田造湖、挖湖造景问题(7个)\n1.辽宁省阜新市彰武县政府主导推动违法占用耕地挖湖造景建设德力格尔风景区问题\n2020年3月至2022年10月,辽宁省阜新市彰武县大德村股份经济合作社、辽宁德力格尔草原生态开发有限公司未经批准擅自占用彰武县大德镇大德村耕地124.46亩建设德力格尔风景区,修建民宿、餐厅、景观水系、游客中心、冰雪场、彩虹滑道、游乐场、景区道路等休闲旅游设施。其中,国办发明电〔2020〕24号文件印发后顶风侵占耕地42.99亩挖湖造景修建“白鹭湾”"''',
    'chengzhong_two_quoted_feedback_items_traditional_cut': r'''"為切實(shí)抓好省級(jí)生態(tài)環(huán)境保護(hù)專項(xiàng)督察反饋問題整改,確保督察反饋問題落到實(shí)處,城中區(qū)生態(tài)環(huán)境局嚴(yán)格落實(shí)區(qū)環(huán)保督察領(lǐng)導(dǎo)小組辦公室職責(zé),以高度的政治自覺、行動(dòng)自覺和責(zé)任擔(dān)當(dāng),明確任務(wù)職責(zé),落實(shí)具體措施,緊盯整改時(shí)間節(jié)點(diǎn),高標(biāo)準(zhǔn)、按時(shí)序完成督察整改任務(wù)。\n針對(duì)省級(jí)生態(tài)環(huán)境保護(hù)專項(xiàng)督察反饋關(guān)于“青海美塑塑業(yè)有限公司建筑已拆除,但建筑垃圾未清運(yùn)”“南酉山村垃圾轉(zhuǎn)運(yùn)站運(yùn)轉(zhuǎn)不及時(shí)”兩項(xiàng)問題,城中區(qū)生態(tài)環(huán)境局一是分類施策,結(jié)合實(shí)際制定《反饋意見整改方案》和整改任務(wù)清單,明確責(zé)任單位、整改目標(biāo)、整改時(shí)限,確保按期完成整改工作。二是配合省市督查領(lǐng)導(dǎo)小組對(duì)兩項(xiàng)督察反饋問題整改落實(shí)情況進(jìn)行核查,並根據(jù)督查領(lǐng)導(dǎo)小組現(xiàn)場(chǎng)提出的意見建議,進(jìn)一步細(xì)化《反饋意見整改方案》和整改措施,確保整改任務(wù)高標(biāo)準(zhǔn)、高質(zhì)量完成。針對(duì)“青海美塑塑業(yè)有限公司建筑已拆除,但建筑垃圾未清運(yùn)”問題,區(qū)生態(tài)環(huán)境局積極協(xié)調(diào)和各責(zé)任單位配合,通過現(xiàn)場(chǎng)核查、督導(dǎo)等方式,於3月12日提前完成了整改工作。針對(duì)“南酉山村垃圾轉(zhuǎn)運(yùn)站運(yùn)轉(zhuǎn)不及時(shí)”問題,城中區(qū)政府責(zé)成辦事處及村委立行立改,形成長效機(jī)制。並根據(jù)南酉山村實(shí)際情況要求辦事處及村委對"''',
    'hubei_discipline_four_reception_cases_traditional': r'''"本報訊(記者王雪)昨天,省紀(jì)委監(jiān)察廳網(wǎng)站通報了4起超標(biāo)準(zhǔn)接待、超人數(shù)陪餐問題。其中,省民政廳2015年5月25日,公務(wù)接待10人,陪餐5人,消費3736元。\n2015年4月15日,黃州區(qū)政府公務(wù)接待15人兩次,一次陪餐人數(shù)11人,花費2288元;一次陪餐人數(shù)13人,花費2493元。\n2015年3月12日,沙洋縣在政府食堂公務(wù)接待13人,11人陪餐,花費2026元。\n黃岡市機(jī)關(guān)事務(wù)管理局,2014年5月13日公務(wù)接待7人,11人陪餐,花費1580元;2015年3月4日公務(wù)接待9人,8人陪餐,花費1980元;2015年3月12日,公務(wù)接待7人,11人陪餐,花費1520元。\n省紀(jì)委表示,上述問題嚴(yán)重違反中央八項規(guī)定精神,屬于頂風(fēng)違紀(jì)問題,將責(zé)成相關(guān)地方和單位嚴(yán)肅查處,并點名道姓通報曝光。\n正文已結(jié)束,您可以按alt+4進(jìn)行評論\n已有0人發(fā)表了評論"''',
    'qingdao_secondary_supply_check_yishi_traditional': r'''"亚洲日本韩国欧美特黄,国产精品露脸视频观看,97视频在线观看精品,久久精品费精品国产\n\n<td id=\"y64vf\"><strong id=\"y64vf\"></strong></td>\n\n      title1.gif (2897 bytes)title2.gif (2626 bytes)title3.gif (3533 bytes)\n      首頁>>青島日報>>五版\n       \n      二次供水有隱憂\n      [3月24日 3:22]\n\n      本報記者\n\n      本報訊二次供水的水池子干凈不干凈?近日,市供水管理處根據(jù)群眾舉報,會同國家城市供水水質(zhì)監(jiān)測網(wǎng)青島監(jiān)測站,分別對22處二次供水進(jìn)行了現(xiàn)場檢查。發(fā)現(xiàn)金都新村、臺灣花園、建飛花園等少數(shù)供水單位疏于二次供水管理,在細(xì)菌總數(shù)、總大腸菌群數(shù)等方面嚴(yán)重超標(biāo),目前,這幾家單位已經(jīng)收到了整改通知書。\n\n        據(jù)供水管理處執(zhí)法人員介紹,檢查中發(fā)現(xiàn),二次供水管理主要存在以下問題:一是二次供水設(shè)施及管理工作不到位。有物業(yè)管理的高層公寓樓二次供水設(shè)施及管理相對較好,而低層居民樓的二次供水設(shè)施存在維修不及時、設(shè)備管理差、泵房及水池環(huán)境衛(wèi)生差等,且多數(shù)沒有專職或兼職的二次供水專業(yè)管理人員,有的物業(yè)公司或房管所則委托居民代管,出現(xiàn)問題后不能及時處理,有的水池已多年沒有清洗消毒。二是所有的二次供水均不加氯等藥劑,導(dǎo)致余氯不達(dá)標(biāo),在氣溫較高的季節(jié),容易導(dǎo)致細(xì)菌指標(biāo)超標(biāo)。\n\n        據(jù)了解,按照去年12月14日我市頒布實施的《青島市城市二次供水管理辦法》,今后,我市將加大二次供水的執(zhí)法檢查力度,對發(fā)現(xiàn)的不規(guī)范供水單位將給予嚴(yán)厲處罰。(本報記者)"''',
}

TEXT = {k: json.loads(v) for k, v in TEXTS.items()}

_CC = None


def simp(s):
    """Traditional → simplified, pinyin glosses dropped (make_truths_blind10.simplified's conversion, for one string)."""
    global _CC
    if s is None:
        return s
    if _CC is None:
        import opencc
        _CC = opencc.OpenCC("t2s")
    return _CC.convert(GLOSS.sub("", s))


# ---- qingtian: '问责篇' then 'N.<case heading>问题' on its own line, the facts below
QT = TEXT['qingtian_village_heads_contract_cases_numbered_cut']
QT_ITEMS = re.findall(r"^(\d)\.(.*问题)$", QT, re.M)

# ---- doukuti: '二、存在的问题' 1.-4. run-in items; '三、各村情况' (一)-(四) '<village>:<finding>'
DK = TEXT['doukuti_habitat_notice_common_items_and_villages_cut']
DK_COMMON = [(int(n), t) for n, t in re.findall(r"^(\d)\.(.*?)。?$", DK, re.M)]
DK_VILLAGES = re.findall(r"^\(([一二三四])\)(.*?)。?$", DK, re.M)
CN = {"一": 1, "二": 2, "三": 3, "四": 4}

# ---- shuizhai: two '整体情况' paragraphs, one ';' clause per village
SZ_RECHECK = ["大湖村有两处未整改,两处未整改彻底", "大布村有三处未整改", "高车村有三处未整改"]
SZ_CHECK = ["岗阳村发现多处房前屋后杂物乱堆乱放、卫生死角未清理等现象", "榕树村存在建筑垃圾未清理、生活垃圾散落堆放等现象",
            "协和村发现一处大量堆放建筑垃圾,同时,村道生活垃圾随意丢弃的现象较多"]

# ---- luohe: one finding per place, the place lead-in dropped (blind17 wugang)
LH = TEXT['luohe_habitat_unannounced_places_traditional_cut']
LH_LEADS = ["在臨潁縣臺陳鎮(zhèn)下坡郭村,", "在舞陽縣馬皇線與330省道交叉口西南,", "保和鄉(xiāng)上澧村",
            "在郾城區(qū)商橋鎮(zhèn)坡邊村,", "在源匯區(qū)020鄉(xiāng)道前袁村附近,", "在空冢郭鎮(zhèn)關莊村,"]


def luohe_raw() -> list:
    out = []
    for lead in LH_LEADS:
        i = LH.index(lead) + len(lead)
        j = LH.find("。", i)
        out.append(LH[i:] if j < 0 else LH[i:j])
    return out


# ---- chengzhong: two quoted feedback items in one sentence
CZ = TEXT['chengzhong_two_quoted_feedback_items_traditional_cut']
CZ_RAW = list(re.search(r"關\(guān\)于“(.*?)”“(.*?)”兩項\(xiàng\)問題", CZ).groups())

# ---- hubei: four cases, one per line after the lead ('其中,' and a leading date dropped)
HB = TEXT['hubei_discipline_four_reception_cases_traditional']


def hubei_raw() -> list:
    lines = HB.split("\n")[:4]
    lines[0] = lines[0].split("其中,", 1)[1]
    return [re.sub(r"^\d{4}年\d+月\d+日,", "", ln).rstrip("。") for ln in lines]


# ---- qingdao: '主要存在以下問題:一是…。<details>。二是…。' in one paragraph
QD = TEXT['qingdao_secondary_supply_check_yishi_traditional']
QD_RAW = list(re.search(r"一是(.*?)。二是(.*?)。\n", QD).groups())


DOCS = {
    "qingtian_village_heads_contract_cases_numbered_cut": dict(
        url="https://www.qingtian.gov.cn/art/2020/9/1/art_1229571632_109239.html", excerpt=True,
        genre="a county portal's 纪委 通报 of a second batch of typical cases of village heads letting village works "
              "contracts to relatives: a lead, a '问责篇' section heading, then '1.<case>问题' headings on their own line, "
              "each over its facts and the 处分 given; cut in case 5's facts",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[_p(int(n), t, "问责篇") for n, t in QT_ITEMS],
        anomalies=["(NEW) A 纪委's typical-case 通报: each numbered case heading '<place><post><name>违规发包本村工程项目问题' "
                   "is a problem (schema: one entry per heading), titled by its heading line with its closing '问题' (R87, "
                   "R88); category the section heading '问责篇'. The facts and the '党内警告处分' below are the case, not "
                   "rectification: measures 0, status null, no unit.",
                   "'现通报第二批5起…典型案例' counts cases: no headline figure (R68).",
                   "No title line, no date, no named inspector (the url's 2020/9/1 is not text); cut in case 5 at "
                   "'…及挖土坑工程'."]),
    "doukuti_habitat_notice_common_items_and_villages_cut": dict(
        url="https://wxredian.com/art?id=15ad9a1f39b8e28aaa34a289e3c98e58", excerpt=True,
        genre="a WeChat-article copy of a 镇 工作专班's monthly 人居环境 暗访 通报: title, '民生 <date> 湖北' line, lead, "
              "'一、工作开展情况' (praise), '二、存在的问题' with '1.<heading>。<details>' items 1-4, then '三、各村情况' with "
              "'(一)<village>:<finding>' lines; cut in the fourth village",
        kind=None, title="10月斗湖堤镇农村片区人居环境整治“清洁家园”行动工作情况通报", issuer=None,
        report_date="2024-11-21", inspection=ins("工作专班", None, "2024-11-12", "2024-11-12"), headline=head(),
        problems=[_p(n, t, "存在的问题") for n, t in DK_COMMON]
                 + [_p(CN[n], t, "各村情况") for n, t in DK_VILLAGES],
        anomalies=["(NEW) Two lists: the common faults '1.…4.' under '二、存在的问题' and one finding per village '(一)…(四)' "
                   "under '三、各村情况'; both are problems, each with its own section as category; seq restarts (1-4, "
                   "then 1-4 from (一)-(四)).",
                   "The common items are a heading run into its details on one line: titled by the whole statement "
                   "(SETTLED s15, C9), final '。' dropped; a village line keeps '<village>:' in its title (blind16 vcity's "
                   "place items).",
                   "The lead-in '经过暗访发现,主要存在以下问题:' is not a category (C13 → null side not needed: a section "
                   "heading exists). (三)高强村 has no final '。'; (四)高建村 is cut at '…乱堆乱放较为': labelled as far as "
                   "it goes (R25).",
                   "A check's 通报: kind null (R29), title kept; '2024-11-21 19:27' → report_date; '11月12日' takes 2024 "
                   "from it → start = end; inspector '工作专班'; '一、工作开展情况' is praise, not problems."]),
    "shuizhai_habitat_ducha_recheck_and_village_clauses": dict(
        url="https://www.wuhua.gov.cn/xxgk/gzdt/zcdt/content/post_1414672.html", excerpt=False,
        genre="a county portal's copy of a 镇 人居环境督查通报 (issue 11): a '回头看' of three villages and a new check of "
              "three others, each under a '整体情况' heading as one paragraph naming each village's faults in ';' "
              "clauses, each followed by photo captions (village names); whole page",
        kind=None, title="水寨镇人居环境督查通报", issuer=None, report_date="2019-08-12",
        inspection=ins("镇环境卫生督查组"), headline=head(),
        problems=[_p(None, t, "整体情况", status="in_progress") for t in SZ_RECHECK]
                 + [_p(None, t, "整体情况") for t in SZ_CHECK],
        anomalies=["(NEW) One problem per village clause (R12: a sentence naming each body's faults), titled by the clause "
                   "whole with the village as subject; the lead-in '但也依然存在一些问题,' is dropped (R92).",
                   "(NEW) The '回头看' clauses ('大湖村有两处未整改,两处未整改彻底') are the recheck's findings about "
                   "earlier faults not yet fixed: problems (R15's spirit: the 回头看's finding), status in_progress "
                   "('未整改', R93). The '究其原因,各村普遍存在…' sentence is a cause, not a problem.",
                   "Title without '| 第十一期' (R35); '时间:2019-08-12' → report_date; '近日'/'日前' give no dates; "
                   "inspector '镇环境卫生督查组' (both rounds); the photo captions '大湖村'… are chrome; kind null (R29)."]),
    "luohe_habitat_unannounced_places_traditional_cut": dict(
        url="http://hnzhongzi.com/news/lhbm/2021/12/98621511538.html", excerpt=True,
        genre="a spam-site copy (traditional, pinyin glosses) of a city paper's report on a 专班's 暗访 of 人居环境 "
              "整治: lead, a summary sentence, then one paragraph per county with '在<place>,<faults>。' sentences "
              "(one paragraph has two places); cut in the sixth place",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市農(nóng)村人居環(huán)境集中整治行動工作專班"), headline=head(),
        problems=[_p(None, simp(t)) for t in luohe_raw()],
        anomalies=["(NEW) One problem per place, not per paragraph: the 舞阳 paragraph names two places (a road junction, "
                   "then '保和乡上澧村…'), the 源汇 paragraph two ('前袁村附近', '关庄村'); each titled by its faults after "
                   "the place lead-in (blind17 wugang: time and place lead-in dropped), final '。' dropped; seq null, "
                   "category null.",
                   "The summary '但個別村莊存在整治不徹底、治標不治本、進度慢等問題' is not a problem (R19).",
                   "Traditional copy with glosses: problem titles simplified without glosses (R91); inspector as "
                   "printed ('記者隨同…工作專班' — the reporter went along); inspected null (eight areas named).",
                   "'12月14日至15日' has no year in the text: no dates (R60); no title, no page date; cut at "
                   "'三格化糞池安裝不規'."]),
    "mnr_56_typical_problems_category_count_cut": dict(
        url="http://m.beijingleather.com.cn/bank/hljr/266495.html", excerpt=True,
        genre="a spam-site copy of the news of 自然资源部's 通报 of 56 typical problems found by the 2023 督察 and 卫片执法: "
              "lead, a summary paragraph, '以下为56个…:', a category heading with its count '一、…问题(7个)', then "
              "'1.<problem heading>' over its facts; cut in problem 1's facts",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("国家自然资源督察机构"), headline=head(56),
        problems=[_p(1, "辽宁省阜新市彰武县政府主导推动违法占用耕地挖湖造景建设德力格尔风景区问题",
                     # s24, lead: C1 — the count note is dropped (was '…问题(7个)'); not in C1's row, found by conv24.
                     "侵占耕地挖田造湖、挖湖造景问题")],
        anomalies=["(NEW) '通报56个违法违规重大典型问题' → problems_total 56: the count of the list the page announces "
                   "('以下为56个…'); only problem 1 of category 一 is in the copy.",
                   "Category keeps its count note '(7个)' (C1: as printed); the heading on its own line is the title "
                   "with its closing '问题' (R87, R88).",
                   "The summary paragraph ('一些地方…;全国土地卫片执法发现,一些地区…') is not a list (R19).",
                   "'9月8日' has no year; no title, no page date; inspector '国家自然资源督察机构' (the 例行督察; 卫片执法 also "
                   "named); kind null (an exposure, R29).",
                   "s24, lead: C1 — a category heading's count note is dropped: category '侵占耕地挖田造湖、挖湖造景问题' "
                   "(was with '(7个)'; supersedes the C1 note above)."]),
    "chengzhong_two_quoted_feedback_items_traditional_cut": dict(
        url="http://dieshihui.com/info/4152/176563.htm", excerpt=True,
        genre="a spam-site copy (traditional, pinyin glosses) of a 区生态环境局 news item on a provincial 专项督察's two "
              "feedback items, quoted together in one sentence '关于“A”“B”两项问题', then general '一是…二是…' and one "
              "'针对“A”问题,…' paragraph per item; cut in the second",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(2),
        problems=[_p(None, simp(CZ_RAW[0]), status="done", measures=1),
                  _p(None, simp(CZ_RAW[1]), units=["办事处", "村委"], measures=1, deadline="立行立改")],
        anomalies=["(NEW) Two quoted feedback items in one sentence ('关于“A”“B”两项问题'): two problems (kind 4, each "
                   "titled by its quote), seq null, category null; '两项问题' → problems_total 2 (a stated count equal to "
                   "the list, R69).",
                   "The '一是…二是…' steps answer both items together: general measures, not counted (R98); each "
                   "'针对“…”问题,…' passage is that item's one undivided measure (1 each; the second cut).",
                   "A: '於3月12日提前完成了整改工作' → done. B: '城中區政府責成辦事處及村委立行立改,形成長效機制' — no done "
                   "word: status null; (NEW) the bodies told to rectify are its units, split at '及' ('办事处', '村委', "
                   "R102/R104), '立行立改' its deadline (R106).",
                   "Traditional with glosses: titles and units simplified (R91). A bureau's news: kind null; no title, "
                   "date or named team ('省級生態環境保護專項督察' names the inspection, not a team): inspection empty."]),
    "hubei_discipline_four_reception_cases_traditional": dict(
        url="http://creator-school.com/2015/1006/15823.shtml", excerpt=False,
        genre="a spam-site copy (traditional, pinyin glosses) of a paper's item on a provincial 纪委's 通报 of four "
              "over-standard receptions: '通報了4起…問題。其中,<body><date>,<facts>。' then one line per body, a closing "
              "statement, comment-box chrome; whole page",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(4),
        problems=[_p(None, simp(t)) for t in hubei_raw()],
        anomalies=["(NEW) One problem per body's line (the first run into the lead after '其中,'), titled by the line with "
                   "a leading date dropped (R92: time lead-in) but dates after the body kept; final '。' dropped; seq "
                   "null, category null.",
                   "'通報了4起超標準接待、超人數陪餐問題' → problems_total 4 (problems, not cases: the text calls them 問題).",
                   "Traditional with glosses: titles simplified (R91). '昨天' gives no date; no title; the 通报 names no "
                   "inspecting team: inspection empty; '將責成…嚴肅查處' is a promise: measures 0."]),
    "qingdao_secondary_supply_check_yishi_traditional": dict(
        url="http://chinalmq.com/content/2001-03/24/content_140244.htm", excerpt=False,
        genre="a spam-site copy (traditional, pinyin glosses, porn-spam header, table debris) of a city paper's item on a "
              "供水管理处 check of 22 二次供水 sites: headline, '[3月24日 3:22]', a lead naming the failed sites in one "
              "sentence, then '主要存在以下問題:一是<heading>。<details>。二是<statement>。' in one paragraph; whole page",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins("市供水管理處"), headline=head(),
        problems=[_p(i, simp(t)) for i, t in enumerate(QD_RAW, 1)],
        anomalies=["(NEW family: 水务 二次供水 check) '一是…。<details>。二是…。' after a lead-in '主要存在以下問題:': two "
                   "problems, seq 1/2 (SETTLED s18, R76a; first labelled null after lnst), category null (C13: a lead-in, not a heading); the first is a "
                   "heading run into its details: titled whole (SETTLED s15/C9), final '。' dropped; titles simplified (R91).",
                   "The lead '發現金都新村、臺灣花園、建飛花園等少數供水單位…嚴重超標' names several sites with one fault in one "
                   "sentence: not a problem (R19); '22處二次供水' counts sites checked: no figure.",
                   "The headline '二次供水有隱憂' is a news headline: title null (R34); '[3月24日 3:22]' has no year (the url's "
                   "2001-03 is not text): no dates; inspector '市供水管理處' (with the 監測站 as partner); '將給予嚴厲處罰' "
                   "is a promise: measures 0."]),
}

EXPECTED = {"qingtian_village_heads_contract_cases_numbered_cut": 5,
            "doukuti_habitat_notice_common_items_and_villages_cut": 8,
            "shuizhai_habitat_ducha_recheck_and_village_clauses": 6,
            "luohe_habitat_unannounced_places_traditional_cut": 6,
            "mnr_56_typical_problems_category_count_cut": 1,
            "chengzhong_two_quoted_feedback_items_traditional_cut": 2,
            "hubei_discipline_four_reception_cases_traditional": 4,
            "qingdao_secondary_supply_check_yishi_traditional": 2}


def recount(stem: str, text: str) -> int:
    """Second count, from the text itself."""
    if stem.startswith("qingtian"):
        return len(re.findall(r"^\d\.", text, re.M))
    if stem.startswith("doukuti"):
        return len(re.findall(r"^\d\.", text, re.M)) + len(re.findall(r"^\([一二三四五六七八九]\)", text, re.M))
    if stem.startswith("shuizhai"):
        paras = [ln for ln in text.split("\n") if ln.startswith("从此次")]
        return sum(len(re.findall(r"[\u4e00-\u9fff]{2}村(?:有|发现|存在)", p)) for p in paras)
    if stem.startswith("luohe"):
        return text.count("\n在") + text.count("。在") + len(re.findall(r"。[^。在\n]{2,4}鄉\(xiāng\)[^。]{2,3}村村", text))
    if stem.startswith("mnr"):
        return len(re.findall(r"^\d\.", text, re.M))
    if stem.startswith("chengzhong"):
        return len(re.findall(r"“[^”]*”", re.search(r"關\(guān\)于(“.*?”)+兩項", text).group(0)))
    if stem.startswith("hubei"):
        return len(re.findall(r"\d+元。", text))
    if stem.startswith("qingdao"):
        return len(re.findall(r"[一二三四五六七八九]是", text[text.index("以下問題"):]))
    raise KeyError(stem)


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    st = simp(text)
    for p in d["problems"]:  # every title, category and unit is in the text (simplified for the traditional copies)
        assert p["title"] in text or p["title"] in st, (stem, p["title"])
        assert p["category"] is None or p["category"] in text, (stem, p["category"])
        for u in p["responsible_units"]:
            assert u in st, (stem, u)
    check_title_issuer(stem, d, text)
    insp = d["inspection"]
    check_names(stem, insp, text)
    check_inspection_dates(stem, insp, text)
    check_report_date(stem, d, text, forms=lambda y, m, dd: ())


def main() -> None:
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=34)


if __name__ == "__main__":
    main()
