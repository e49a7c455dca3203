"""Write the texts and truth files of tests/importer/real/blind51: a held-out set of real pages (session 23), labelled
on 2026-12-07 (06:17-06:32 UTC by the machine clock) by helper label66, who did not read or run the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set. Every url was checked with
/work/wt/known_urls.py (--exclude /work/wt/label66) when found and again before the commit; a distinctive phrase of each
page ('极少数单位对我县创建工作认识', '舒滋萍', '勐腊县保护所', '闻喜县公安局交通警察大队',
'冷库后电线胶布裂开', '青草湾一期', '多次使用消防应急照明插座', '河滨4#424', '计算机与信息技术学院6号楼410', '联合暗访组采取不打招呼',
'区分类办以随机抽查', '宁乡县住保局物管中心', '温坪中心小学', '水果进行了无关水果的操作',
'生猪定点屠宰企业。各乡镇') was grepped in /work/main/tests/importer and /work/shared/corpus: no copy.

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R158, C1-C32) and make_truths.py (head/ins/problem);
structure after make_truths_blind47.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): a masked date ('二0xx年xx月xx日'), lost digits ('网站个',
'达%'), a spam name substituted for a college ('77779193永利官网'), app and blog chrome kept. Each cut copy decodes to
1,986-2,000 UTF-8 bytes (the store's limit), a check that nothing was dropped or doubled in the pasting.

Brief (blind51): real published documents answering a CHECK, SUPERVISION or SELF-REVIEW rather than a 巡察 (督导检查
反馈问题整改, 专项整治/专项检查 问题整改, 问题清单/整改清单, 主题教育 检视 and 民主生活会 查摆 整改落实, 考核/评估/验收 反馈 整改,
督查通报 with each body's faults), 2015-2025; prefer pages that print the problems.

Exhaustion: 87 queries (8 results each; many answers are tag stubs of abg.baidu.com / zhetiaohe.com / fengdujob.net,
spun explainers and templates): 督导反馈问题整改情况报告; 检查发现问题整改报告; 问题清单 整改措施 责任人 完成时限; 民主生活会 查摆问题 整改落实 (three wordings); 主题教育
检视问题清单 (three); 评估反馈意见 整改; 督查通报 存在问题 限期整改; 教育督导, 责任督学, 幼儿园 督导 (two), 义务教育 评估, 本科 审核评估, 学院 检查组; 食品安全 食堂 (two), 飞行检查, 医保
飞检, 卫生监督, 卫生院 考核 (two), 国卫 复审, 疫情 督导; 安全生产 专项检查/大检查/巡查 (three), 安委会督查组, 消防 监督检查 / 酒店 / 宿舍 (three), 燃气, 校车, 建筑工地, 扬尘,
实验室; 考核反馈 党组, 年度目标考核, 党风廉政 检查考核, 专项检查组 反馈, 意识形态 检查, 纪委 监督检查, 作风 暗访, 基层党建 督查, 组织生活会 检视; 创文 督查 (two), 文明城市测评, 人居环境, 河长制,
林长制, 秸秆禁烧, 垃圾分类, 物业, 档案, 粮食库存, 养老机构, 校外培训, 政府网站 抽查; 中央环保 交办 公示, 省委督查组 反馈, 脱贫攻坚 督查, 创建 验收; traditional-character wordings
(two); '问题1 整改情况', '检查发现以下问题', '督查发现的主要问题', '整改回复', '整改情况说明'; late: 督导评估 整改报告 中学, 问题整改台账, 食品安全 检查 整改报告 食堂. 99 distinct
candidate urls checked with known_urls.py: 45 KNOWN (with wk114, below), 54 NEW. The genre's centre (rectification
reports answering a check, with measures) answered almost only KNOWN pages (xiaomilidoc 大荆中学, hxhg.hpu, bjft 丰台, e.wenmi
危房, sucai198 V市, dongpingren, henan.china 舞钢, 117.156 中川镇, xwzx.bpxww, meipian x3, cgj.nanjing 除差, hnit 审核评估, 001doc
望远镇, wenke99 杞县, guanshanwenku, zhld, ilynn, ruijin, ningbo, cixird, zgbfxw, cnzh, ...); the last query (食品安全 检查 整改报告
食堂) reached an unmined pocket of 范文 sites with 食堂 rectification reports, three of which carry this set's only measures.
What was new with printed problems: a county 创建办's 督查通报, a traditional blog repost of a city's 暗访 exposure, two items on
the 2016 政府网站 抽查 (national news; a local paper's table), a hotel's 消防安全检查通报 (范文, masked), a county's 垃圾分类 red/black
list, and three campus 消防/宿舍 check notices (a table with colleges, a hijacked site's 通报, a 2025 通报 by date), a village
school's 食堂整改情况报告, a kindergarten's and a 商务局's 整改报告 (范文 cards).

Dropped at the pre-commit check: wk114.cn/wenku/537255 (a 范文 site's copy of a city propaganda department's 专项检查
report on a bureau party group's 意识形态 work, masked '**局党组', '(一)… 1.理论武装不够扎实 一是…二是…', cut in its third
sub-item: 3 problems) was NEW when found and KNOWN at the check before the commit (another tree took it meanwhile; not
looked at): its text and truth were removed. Its call is not carried (sub-headings over 一是/二是 descriptions as the
problems, R119).

Declined, new by key: 360docs 8415238461 (范文 消防安全督查通报, masked, cut in its praise section); m.8686 (masked '202x' 消防 抽查
report, shortfalls elided '……略……'); jingning (消防 report cut before problems); 360docs 2d19075039 (食堂 排查 summary, no
list); gudianfeng (a 督查方案); zuancaijixie (意识形态 self-report, praise only); hefei.baogaosu 安庆 and hcv8jop6ns1r 崂山 (档案
checks, no finding); m.777doc 6237790 (脱贫 整改 report, masked, cut before problems); crossfitfinalpush (幼儿园督导总结 范文,
traditional with glosses, cut); cnbzol 2015 and m.jinbaonet (no body's fault named); lalasgl (中央巡视办 专项检查, shared '有的…'
faults; traditional with pinyin glosses: a third near miss was taken instead); wenke99 8763811 (2011, out of range);
szb.21xc (a ranking only); gongwenku1, jxxznews, whjjw, bjmtgnews, zwc.whwl (counts only); m.zsjgx (five projects named
without faults; traditional, glossed); xiuzhiben (校车 督查, requirements only); heze.dzwww (reporters' observations, no
checker); senderistasvalencianos and nuan360 (traditional, glossed, no item); m.cnbzol 591189 (shared faults); yiwu
(正风肃纪, unnamed '少数单位', no year: the rednet item with a figure taken instead); cx-bbs (药店 names under a class label,
R126); econ.chinataiwan (no site named); j637 (2017 Q4) and axyjyo (2015 普查): the same genre as wddqw, traditional with
pinyin glosses (copying risk; two items of the genre kept); zs5599 (the 2016 通报 itself, cut at its first site: the same
抽查 as wddqw); 021fenlei (shared '个别小区'); accelerateyourinfluence (2005, out of range); k12.baihuaju (explainer);
ruiwen (a 范文 card of a township's 食堂 check, six problems and general measures: left out to keep 15 documents, the cap);
cnrencai (a kindergarten's fixes without the problems); cdxx.wj.czedu (2015 督学 form, advice rather than faults);
m.bdocx and docx.baby (a 方案 and a table of contents).

Pages, kinds and problems (counted twice: by reading, and in main() by a regex recount of each text):
  - chenxinews: a county 创建办's 督查通报, '二、存在的不足 1.2.3.' (the third cut); 327 problems handed over: 3.
  - pixnet (traditional): a city 治庸问责办's 暗访 exposure, one paragraph per office, staff named: 6.
  - wddqw: news of the 2016 Q2 政府网站 抽查, named sites' faults in run-on clauses: 5.
  - jinzhongzx: a local paper's item on the same 抽查, the list flattened one cell per line, seq 6-10, cut: 5.
  - wuhaninfo: a hotel's 消防安全检查通报 (范文, masked date), area headings over '(1)…(8)' items, praise items skipped: 12.
  - tsxw66: a county's 垃圾分类 红黑榜, the two 黑榜 rows: 2.
  - zut: a university 保卫处's 消防安全检查通报, a three-column table, the college in the 备注 cell, cut in row 17: 17.
  - cqsdxx: a college's 宿舍 安全卫生检查结果通报 on a hijacked site, '(一)(二)(三)' headings over room lists: 3.
  - xynu: a university's 消防安全检查通报 (2025年第2期), findings by date, rooms with their college: 9.
  - jzrb (near miss): news of a city's 暗访 通报 on work discipline, faults of '部分单位' in one sentence: 0.
  - shangyu108sq (near miss): a district 分类办 暗访, common problems in one sentence, the points not in the copy: 0.
  - rednet (near miss): a county 物业 专项督查, three kinds in one sentence, '三类问题12个': 0.
  - dawendou: a village school's 食堂整改情况报告 after a town 食药所 check, problems 1-4 on one line, measures (1)-(4),
    a covering time limit: 4 (4 measures).
  - wendang365: a kindergarten's 食堂 整改报告 (范文 card, masked), '二、存在问题 1、…6、', answers cut in the first: 6
    (1 measure).
  - oh100: a 商务局's 食品安全 自查自纠 整改报告 (范文 card 1 of a collection, card 2 cut), problems and measures 1-3: 3
    (3 measures).
Totals: 15 documents (3 near misses), 75 problems (3+6+5+5+12+2+17+3+9+4+6+3), 8 measures (4+1+3). Reading and regex
recount agree on every count; the measures were counted again as the numbered answers under each 整改措施 heading
(measure_recount). Kinds: 3 bulletins (dawendou, wendang365, oh100), 12 null (a check's findings, exposures and news,
R29/R30); no status anywhere; one deadline (dawendou's covering time limit).

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- chenxinews: title the spaced heading '督 查 通 报' as printed (R32); '交办各类问题327个' → problems_total 327 (R62); the
  eight units in brackets share one fault: not labelled (R122); items run into their descriptions: the whole item (C9).
- pixnet: one problem per finding (R10), time/place lead-ins and the staff's excuses dropped (R92); the two police
  stations' shared sentence not labelled (R122), each station's own sentence labelled; units the bodies (R104, C31).
- (NEW) wddqw: category null, the '第一类是…' classes being run into paragraphs (R84); (NEW) wddqw and jinzhongzx units
  []: the clauses and cells name websites, not bodies; two sites sharing one fault not labelled (R122); the provinces'
  rates no finding (R68).
- (NEW) jinzhongzx: the summary paragraph before the list restates the report the list belongs to: not labelled apart
  (R13), so 偏关's second fault (the address) is no problem of its own; wddqw and jinzhongzx are two articles on one
  抽查, both kept (R4 is about copies of one article).
- (NEW) wuhaninfo: bracketed explanations after items dropped (R92), a trailing praise clause dropped (R16), the
  requests inside items kept (R86); praise items no problems, numbers left as gaps (R75); units [] (rooms of one
  hotel, R103).
- tsxw66: title the finding cell (the same for both rows), category the '黑榜小区' line (R130), estates no units.
- (NEW) zut: unit the 备注 cell naming the college, its bracketed second name kept whole (one body); the shop a unit
  (R102); the stairwells' note no unit and no status; the title without '(2024003期)' (R35).
- (NEW) cqsdxx: the title line kept as printed with the spam name inside it (R2; R32 cleans layout noise only); issuer
  and inspector null (a spam name is no body); '于1021' lost both 月 and 日: no date (R61); '三、整改要求' no measures (R98).
- (NEW) xynu: a comma-joined second place's clause ('…狭窄,景明餐厅部分区域未安装防火门') split as its own finding (R10);
  '部分单位未拆除防盗窗' names no body (R19); the last paragraph cut before any finding (R126); period 12-22 to 12-28.
- (NEW) dawendou: the covering '整改时限 …要求在 2018 年 9 月 15 日前务必整改完毕' as every problem's deadline, written
  '2018 年 9 月 15 日前' with its inner spaces (R106, R86); '一次整改到位' an aim, no status; the check day start, end and
  feedback; issuer the title's '温坪中心小学' (the signature adds '南河镇').
- wendang365, oh100: 范文 cards titled by their card heading without the card number (R35); answers one to one by
  number (R98), wendang365's cut after its first answer (R24); oh100's second card cut before any problem (mixed
  documents), the 商务局 self-check inspector and inspected (R46).
- Near misses: R19 one-sentence faults of many bodies (jzrb, shangyu108sq, rednet); rednet's '问题12个' → 12 (R62).
"""
import json
import re
from pathlib import Path

from make_truths import between, check_doc, cn_numeral, check_problems, head, ins, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind51"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "chenxinews_chenxi_civilized_city_ducha_notice_three_shortfalls_cut": r'''"督 查 通 报\n根据我县创建全国文明城市工作的总体部署,县创建办在3月份对城区相关单位、乡镇的文明创建工作进行了一次全面督查,现将督查情况通报如下:\n一、基本情况\n自3月1日以来,县创建办现场交办问题42次,下发书面交办件4期,交办各类问题327个,交办责任单位、乡镇44个。交办件下发后,有36个单位能根据问题清单,及时整改并将整改情况以书面形式上报县创建办,其中立行立改效果明显的单位有辰阳镇、县卫计局、县气象局、县环卫所、县机关事务局、县环保局、县文化市场综合执法局;有8个单位(县电信公司、县移民局、县盐务局、县人寿保险公司、县检察院、县建行、县法院、县邮政局)对创建办下发的交办件不重视,对交办的问题置若罔闻。即不整改、也不回复。\n二、存在的不足\n1.极少数单位对我县创建工作认识还不到位。极少数单位领导、工作人员不熟悉文明创建的测评体系及考核标准,对本单位文明创建的个性任务和共性任务不清楚,不知道要做什么,怎么做;甚至有个别单位领导和创建专干认为我县文明创建工作等同于创国卫。部分单位、乡镇开展文明创建宣传、签订创建责任状流于形式,对于创建全国文明城市工作停留在做个方案,搞本台帐,落实在纸上。\n2.部分单位及乡镇开展自查、自纠工作的意识不强。创全国文明城市工作三年以来,对于创建工作中存在的问题,部分单位及乡镇没有按照自身职责对照创建标准开展自查、自纠,总是等创建办查出问题后再整改,对于同类问题不能举一反三去整改,极少数单位还对县创建办交办的问题讲价钱、推卸责任,强调各种困难和理由,不主动想办法解决问题。\n3.长效管理机制不健全,合力不够。从这几年的创建过程中发现,绝大部分单位在创建文明城市"''',
    "pixnet_wuhan_zhiyong_unannounced_visit_named_staff_trad": r'''"楚天都市報訊 (記者王榮海 通訊員操龍 陶濤)“糾正和治理基層幹部作風問題”是今年武漢市承諾整改的“十個突出問題”之一。5月16日,武漢市治庸問責辦作風建設組赴3個城區、11家單位,暗訪基層幹部周末前的工作作風。暗訪組發現,各單位總體工作情況良好,但仍有個別工作人員在崗時看電影、玩游戲。該市治庸辦對上班時間“開小差”的工作人員進行了實名曝光。\n  當日上午10時30分,暗訪組來到江漢區發改委。在會計辦公室內,一名工作人員正在瀏覽股票網頁。被督查員發現後,該工作人員急忙把網頁關閉。經詢問得知,該名工作人員是會計舒滋萍,其本人承認上班看股票是違規行為。\n  上午10時35分,督查員來到成本監審價格認定分局辦公室,一名工作人員正戴著耳機在網上邊看電影、邊在網上打撲克。督查員進來時,他毫無察覺。該工作人員名為高紅武,他向督查員解釋,自己剛剛忙完工作,坐下來休息一下。\n  隨後,督查員來到經濟發展科,一名工作人員的電腦處於待機狀態,屏幕保護程序正播放不雅照片。\n  江漢區發改委負責人表示,將對以上三名工作人員進行嚴肅處理。\n  下午3時07分,暗訪組來到東西湖區審計局。在固定資產投資科辦公室內,督查員發現,科長王以芳正在電腦上玩連連看游戲。她表示,上班期間玩游戲實屬不該。\n  下午4時許,暗訪組來到硚口區。在韓家墩派出所、漢水橋派出所,督查員發現,“今日值班”公示牌均更新不及時。韓家墩派出所的公示牌還停留在5月15日周四,漢水橋派出所的公示牌則停留在更早的5月6日。\n  (原標題:實名曝光“開小差”者)\narrow\narrow\n    全站熱搜\n\n    jh33jhnhju 發表在 痞客邦 留言(0) 人氣()"''',
    "wddqw_state_council_gov_websites_check_2016q2_news_cut": r'''"国务院办公厅昨天公布了2016年第二次全国政府网站抽查情况,在国务院办公厅随机抽查的746个各级政府网站中,“僵尸”、“睡眠”等现象明显减少,总体抽查合格率85%,北京、辽宁、青海等地政府网站抽查合格率达100%。但个别基层网站仍存在严重问题,有的网站超过6年未更新。\n抽查发现了三大类主要问题:第一类是个别基层网站仍存在严重问题,抽查发现不合格网站112个,其中,云南省“勐腊县保护所”网超过6年未更新,内蒙古自治区科尔沁右翼中旗“科右中旗统计信息网”、黑龙江省“北安市公安局”网超过2年未更新;福建省福安市“晓阳镇人民政府”网存在大量空白栏目;陕西省“西乡县国土资源局”网部分咨询留言超过半年未回应;山西省“寿阳县环境保护局”网大量栏目无法访问。此外,山西省和黑龙江省连续两季度抽查不合格率均较高,陕西省被抽查的网站中无法访问的比例达14.3%。\n第二类是网站关停整改工作需进一步规范。个别网站出现关停整改不到位的情况。如,安徽省“蒙城 县王集乡 人民政府”网申请暂时关停 后本应于今年3月份完成整改并开通 运行,但至今页 面仍提示“升级改版中”;福建省屏南县“屏南人事人才网”、河南省“民权县司法局”网已申请关停超过半年但尚未完成迁移及关停工作,仍“带病运行”。\n第三类是一些地方和部门忽视政府网站基本信息填报工作。从全国政府网站信息报送系统中的数据看,一些地方、部门网站主管单位错报、漏报和未及时填报新版网站信息的情况依然存在。\n国务院办公厅要求各地区、各部门要加强对政府网站的日常监测,建立季度抽查机制。中国政府网发布的对全局工作有指导意义、需要社会广泛知晓的政策信息,国务院部门和地方各级政府门户"''',
    "jinzhongzx_shanxi_gov_websites_check_table_rows_cut": r'''"政府网站抽查山西6家不合格\n\n晋中一网站大量栏目无法访问\n\n7月25日,中国政府网公布今年二季度政府网站普查结果。国务院办公厅随机抽查了各级政府网站个,大部分政府网站内容保障水平显著提升,“僵尸”、“睡眠”等现象明显减少,总体抽查合格率85%,比一季度有所提高。国务院部门(含内设、垂直管理机构)政府网站抽查合格率为98.5%;北京、辽宁、青海等地政府网站抽查合格率达%,广东、湖北、山东、浙江、四川、湖南等地政府网站抽查合格率超过90%。\n\n此外,按照《国务院办公厅关于加强政府网站信息内容建设的意见》(国办发〔〕57号)中做好国务院重要政策信息转载的有关要求,本次抽查还对71个国务院部门网站、32个省级政府(含新疆生产建设兵团)门户网站转载中国政府网发布的国务院重要信息情况开展了专项检查。90%以上的省部级政府门户网站在首页显著位置开设了国务院重要政策信息专栏,超过80%的网站能够在国务院重要信息发布后24小时内进行转载。\n\n报告中抽查山西存在突出问题的网站6个,发现的主要问题有山西省“寿阳县环境保护局”网大量栏目无法访问。此外,山西省和黑龙江省连续两季度抽查不合格率均较高,陕西省被抽查的网站中无法访问的比例达14.3%。山西省偏关县“偏关公安便民服务在线”报送的网址与实际网址不一致。\n\n抽查发现存在突出问题的政府网站名单\n\n6\n\n山西\n\n“寿阳县环境保护局”网\n\n首页面大量内容无法访问,多个栏目为空白\n\n7\n\n山西\n\n“闻喜县公安局交通警察大队”网\n\n首页面长时间未更新\n\n8\n\n山西\n\n偏关县“偏关公安便民服务在线”网\n\n首页面长时间未更新\n\n9\n\n山西\n\n“大宁县人民政府”网\n\n多个栏目为空白\n\n10\n\n山西\n\n“霍州市食品药品监督管理局”网\n\n首页面长时"''',
    "wuhaninfo_hotel_fire_check_notice_area_items_masked_cut": r'''"消防安全检查通报\n二0xx年xx月xx日安全部消防监控中心根据宾馆安全委员会的紧急安排先后对经营区域的一、二、三号楼内房务部、餐饮部的消防设施,厨房、仓库、工作间、布草间、办公室以及相关的配电设施和部门区域每日检查落实情况进行了检查。现将安全检查情况通报如下:\n1、一、二号楼餐饮、客房区(1) 1、2号楼部分疏散标示和安全出口不亮。(未修复原因:零配件买不到,整体购买型号、尺寸不合适无法安装,只能到厂家订做)。(2) 二号楼房务的布草间、工作间、消防设施检查情况较好,巡查记录填写正常。(3) 二号楼冷库后电线胶布裂开,物品杂物堆放混乱,有易燃物堵塞现象,需部门紧急整改。(4) 二号楼三层仓库的灭火器过期需更换。(5) 二号楼餐饮二月份未做每日安全巡查记录。(经询问答复说:记事本用完了,事后忘了)(6) 二号楼酒水库没有关于仓库的管理规定,酒垛间距过窄;工程库物品堆放较乱,应整理归类摆放;食品库垛与垛之间,垛与顶之间的距离较为合理,物品摆放有序。\n2、三号楼餐饮区(1) 验货组的灭火器一具欠压,应更换。(2) 二层厨房电源盒没有防护罩,调料库配电箱内线路乱,应报工程维修。(3) 二层布草间电源盒没有防护罩,二月六日至十二日、十四日至二十日没有每日巡查记录。(4) 三层十六日至十八日没有每日巡查记录,酒水库没有灭火器。(5) 三号会议室使用电热水杯需加强安全意识,应收缴禁用;国际会议中心音响室内的台布、废纸随意丢在地上,应清理注意防火安全。(6) 餐饮楼层包间物品摆放有序,做的较好;厨房的每日检查比较到位,填写的认真仔细。(7) 房务部的废旧报纸及杂物堆放时间过长过多,存在严重的安全隐患,需紧急整改。(8) 网络中心电源盒没有防护罩,需上报工程紧急整改"''',
    "tsxw66_taishun_waste_sorting_black_list_two_estates": r'''"泰顺新闻网讯 为进一步加强生活垃圾分类工作,整治小区垃圾“混收混运”现象,我县将在9月底前分批次对城区所有小区“不分类不收运”工作全覆盖。经过前期广泛动员告知和对物业等从业人员专题培训工作,6月16日起,康欣名邸在内的10个小区分类工作首批“迎考”。从现场情况来看,大部分小区的生活垃圾已严格进行分类收集,但仍有部分小区未有效执行垃圾分类或部分垃圾分类准确率未达标(<70%),未分类的被拒绝清运,责令即时整改。\n快来看看6月16日这些小区垃圾分类的“红黑榜”情况吧!\n红榜小区\n湖滨花苑 生活垃圾准确分类 已分类清运\n桃园名仕官邸 生活垃圾准确分类 已分类清运\n黑榜小区\n青草湾一期 未明显开展分类工作 拒绝清运\n夏风苑 未明显开展分类工作 拒绝清运\n据了解,接下来,县垃圾分类办、县综合行政执法局工作人员将常态化开展小区垃圾分类检查督导和专项执法检查行动,进一步推动生活垃圾分类工作落实,提高小区垃圾分类投放质量。\n请广大市民朋友有序参与垃圾分类,配合小区垃圾分类管理责任人要求,从自身做起、从家庭户内做起,认真做好每一次垃圾分类投放,让垃圾分类的新风尚成为推动泰顺文明的好习惯。\n(编辑 毛晓辉 来源 县综合行政执法局)"''',
    "zut_campus_fire_check_notice_table_17_rows_cut": r'''"消防安全检查通报(2024003期)\n各相关部门:\n近期保卫处联合多部门对校内消防安全情况进行检查,现将检查结果通报如下:\n校区、建筑、房间 | 消防隐患问题 | 备注 |\n龙湖校区南苑9号宿舍楼643 | 多次使用消防应急照明插座引线至宿舍内 | 智能感知与仪器学院(中原彼得堡航空学院) |\n龙湖校区南苑9号宿舍楼212 | 空调插座引线 | 智能纺织与织物电子学院 |\n龙湖校区南苑8号宿舍楼630 | 宿舍内存放有电锅 | 智能感知与仪器学院(中原彼得堡航空学院) |\n龙湖校区南苑4号宿舍楼322 | 宿舍内存放有电锅 | 智能服饰与服装学院 |\n龙湖校区北苑4号宿舍楼B406 | 阳台烟头较多 | 经济管理学院 |\n龙湖校区北苑4号宿舍楼B410 | 阳台烟头多,堆积杂物多 | 经济管理学院 |\n龙湖校区北苑7号宿舍楼A607 | 阳台大量烟头 | 智能机电工程学院(工业设计学院) |\n龙湖校区南苑2号宿舍楼219 | 空调插座引线 | 艺术设计学院 |\n龙湖校区南苑2号宿舍楼418 | 空调插座引线 | 艺术设计学院 |\n龙湖校区南苑2号宿舍楼426 | 空调插座引线 | 艺术设计学院 |\n龙湖校区北苑3号宿舍楼A506 | 线路混乱、周边易燃物多 | 艺术设计学院 |\n龙湖校区南苑商务中心北侧甜品店 | 电动车私拉线路充电 | 轶甜小屋 |\n龙湖校区2号实验楼五楼东北疏散楼梯 | 摆放大量办公设备和杂物 | 已通知周边单位,近期将统一组织清理 |\n龙湖校区2号实验楼五楼西南疏散楼梯 | 摆放办公设备和杂物 | 已通知周边单位,近期将统一组织清理 |\n龙湖校区2号实验楼四楼东南疏散楼梯 | 摆放办公设备和杂物 | 已通知周边单位,近期将统一组织清理 |\n龙湖校区2号实验楼三楼西北疏散楼梯 | 摆放办公设备和杂物 | 已通知周边单位,近期将统一组织清理 |\n龙湖校区2号实验楼二楼东南疏散楼梯 | 摆放大量办公设备"''',
    "cqsdxx_dorm_safety_check_notice_three_kinds_spam_title_cut": r'''"欢迎访问77779193永利官网!\n  1. ENGLISH\n  2. 中文\n学工动态\n当前位置: 学院首页 >> 学生工作 >> 学工动态 >> 正文\n\n77779193永利官网2021年冬季学生寝室安全卫生检查结果通报\n\n作者:    发布:2021-10-22 08:04    点击量:\n\n       为加强学生宿舍安全卫生与文明建设工作,确保学生宿舍安全、整洁、文明、有序,根据《关于开展2021年冬季学生消防安全宣传教育与宿舍消防安全检查的通知》,永利官网于1021开展学生宿舍消防安全与卫生检查工作现将检查结果通报如下。\n\n一、整体情况\n\n(一)大部分学生宿舍能做到每周四集中打扫,卫生状况良好,未发现大面积学生宿舍卫生环境脏乱差情况。\n\n(二)大部分年级能积极行动,动员学生进行宿舍安全文明教育,未发现多个宿舍存在较大安全隐患现象。\n\n二、主要存在的问题\n\n(一)部分宿舍垃圾桶未及时处理,物品摆放杂乱。\n\n河滨4#424、4#417,1#513存在垃圾桶未倒,物品摆放杂乱,地面脏乱情况。\n\n河滨1#502、1#503、1#513、1#619、1#620、1#621存在卫生间未打扫,地面有头发等情况。\n\n(二)部分宿舍存在插排线杂乱,电源插座接到床上的情况,存在安全隐患\n\n河滨1#414、存在插排线杂乱,1#420存在将电源线放到床上的情况。\n\n(三)少部分寝室存在使用小功率电锅情况,存在安全隐患。\n\n河滨1#509、1#512拥有小功率的电锅。\n\n三、整改要求\n\n(一)加大学生宿舍安全卫生检查力度。督促学生及时整理物品摆放,清理室内杂物并扔垃圾。\n\n(二)加强学生宿舍消防安全教育,各年级对个别学生要一对一进行谈话教育,明令禁止学生宿舍使用功率过大的电器,以免造成火灾。督促学生及时整改,购买合规的排插,科学、安全的使用电器,不要在接线板上超负荷使用电器;要求学生将排插放置在安全区域,不要放在床铺上,避免发热"''',
    "xynu_campus_fire_check_notice_2025_no2_per_college_cut": r'''"消防安全检查通报(2025年第2期)\n\n2025年12月30日 16:26 \n\n各单位:\n\n2025年12月22日至28日,学校及消防管理部门分批次对校园消防安全情况开展抽查工作,现将有关情况通报如下:\n\n一、检查开展情况\n\n12月22日,抽查学生公寓4、6号楼部分宿舍。12月23日,抽查学生公寓10、11、15、23、26、28号楼部分宿舍。12月24日,抽查学生公寓3、5号楼和二舍部分宿舍。12月25日,抽查学生公寓12、13、14、16号楼部分宿舍。12月26日,抽查学生公寓1、2、7、8、9、17、18、20、21、22、23、25、26、28、29号楼和一舍部分宿舍。\n\n12月24日下午,信阳市消防救援支队对我校综合服务楼、景明餐厅开展消防监督检查。\n\n12月25日上午,省教育系统消防安全专项检查工作组莅临我校,开展消防安全整改“回头看”检查。\n\n12月26日上午,校领导带队,校长办公室、保卫处、后勤管理服务中心联合开展“畅通消防生命通道”专项检查,实地查看理科楼、网络中心、社科楼等场所。\n\n二、排查发现问题\n\n12月22日抽查发现:计算机与信息技术学院6号楼410宿舍存在空调插座私拉乱接问题。\n\n12月23日15点03分,音乐舞蹈学院学生公寓3号楼301宿舍1名学生在宿舍内吸烟,触发消防烟感自动报警系统。\n\n12月24日抽查发现:地理科学学院3号楼220宿舍存在空调插座私拉乱接问题;同日检查发现,综合服务楼自习室室内疏散通道狭窄,景明餐厅部分区域未安装防火门。\n\n12月26日抽查发现:国际教育学院22号楼105宿舍阳台堆积废纸箱;体育学院19号楼320宿舍阳台堆积废纸箱和塑料空瓶、19号楼525宿舍阳台堆积废纸箱、8号楼212宿舍阳台堆积废纸箱;数学与统计学院19号楼624宿舍阳台堆积废纸箱;美术与设计学院8号楼310宿舍存在空调插座私拉乱接问题。\n\n12月25日检查发现,部分单位未拆除防盗窗。\n\n12月26日检"''',
    "dawendou_wenping_school_canteen_rectification_report_four_items": r'''"温坪中心小学食堂整改情况报告\n南河镇温坪中心小学食堂整改情况报告 2018 年 9 月 4 日,谷城县南河镇食品药品安全质量监督管理所检查组一行到我校对学校食堂食品安全工作进行了专项检查指导,主要针对我校食堂食品安全方面存在的问题进行了落实和反馈。现根据我校在食堂食品安全方面主要存在的问题作以下整改:\n一、食堂存在的主要问题 1.操作间污物桶未加盖。2、学生食用是散装食用油,不是桶装食用油。3、留样不规范,记录不完整。4、操作间地漏破损。\n二、整改情况汇报(一)整改时限 根据我校食堂食品安全方面主要存在的问题,学校组织召开了由学校领导干部和食堂工作人员参加的专题会议。会议上根据存在的问题进行了安排部署,要求在 2018 年 9 月 15 日前务必整改完毕,并报谷城县南河镇食品药品安全质量监督管理所,后期将对整改情况进行抽查。\n(二)整改措施 国家对实施农村义务教育学生的营养方面提出了许多重大战略举措,目的是一切为了学生,为了学生的一切。学校食堂食品安全更是重中之重,因此,我校对此次检查所存在的问题高度重视,对 9 月4日专项检查组在检查反馈我校在食堂食品安全工作中存在的问题进行了安排整改。立即从以下方面进行整改:\n(1)、加强卫生管理,相关人员彻底打扫卫生,包括操作间、就餐区、储藏间卫生和污物桶加盖等,一次整改到位。\n(2)立即把散装食用油换成桶装食用油。\n(3)、完善并做好留样记录,按要求规范留样,在留样记录添加监督人栏目,加强留样监督。\n(4)、彻底清洗设备设施,完善各种清洗消毒记录、维护好地漏的破损。\n南河镇温坪中心小学 二零一八年九月十一日\n版权声明:\n1.大文斗范文网的资料来自互联网以及用户的投稿,用于非商业性学习目的免"''',
    "wendang365_kindergarten_canteen_rectification_six_problems_masked_cut": r'''"要是对待整改报告的写作都不够认真,那我们的整改效率就会一直停滞不前,整改报告是针对我们某个阶段的整改情况做出分析后写出的书面文稿,下面是365文档网小编为您分享的食品整改报告5篇,感谢您的参阅。\n食品整改报告篇1\n在20xx年x月x日卫生监督部门到我园进行食堂工作检查,让我园及时发现食堂管理工作当中存在的不足,对检查出来的问题我们及时进行补救,进一步完善了食堂卫生安全制度,取得了较好的效果,现将食堂卫生安全整改工作汇报如下:\n一、确定领导机构,加强明确责任\n针对食堂出现的问题,集团领导对此非常重示,在x月x日紧急召开了食堂卫生工作会议。对此次食堂卫生工作进行了扎实的安排,并成立了食堂工作领导小组。由园长主抓食堂卫生安全工作,真正做到了“领导包挂,要求明确,各负其责,责任到人”。定于x月x日x日由园长牵头挂帅,保健医负责人、食堂管理人员、其它人员积极参与配合,严格按照食品量化a级园进行全面的检查。同时制定了详实的整改措施,对存在问题能解决的及时彻底解决,暂时有困难的及时向上级部门上报,并采取有效措施杜绝隐患。通过此次工作的开展,进一步明确了相关人员的责任,提高了认识,进一步增强了食堂管理人员、食堂人员的法律意识和责任意识。\n食堂卫生工作小组如下:组长:xxx副组长:xxx食堂负责人:xxxx\n组员:xxx、xx、xxx、xxx、xxxx\n二、存在问题\n1、水果进行了无关水果的操作。\n2、消毒间没能及时更换两个已坏的水笼头。\n3、冰箱内食物生和半成品没有分开、同时食品没有用食品袋包装。\n4、汤桶落地。\n5、管理人员没有及时检查出食品库里的过期食品。\n6、食谱中的食品超出许可证项目范围。\n三、整改措施\n1、水果间进行了清理,专间专用,不能挪为它"''',
    "oh100_commerce_bureau_food_selfcheck_three_problems_mixed_cut": r'''"食品安全整改报告精选[15篇]\n在人们越来越注重自身素养的今天,报告使用的频率越来越高,要注意报告在写作时具有一定的格式。我们应当如何写报告呢?以下是小编为大家收集的食品安全整改报告,仅供参考,大家一起来看看吧。\n食品安全整改报告1\n商务局严格按照食品安全法律法规,标准规范,质量控制体系认真开展了所监管的生猪定点屠宰企业,酒类流通备案,“万村千乡市场工程‘农家店’”超市进行了自查自纠工作。局党组召开专题会议,局属各单位召开了自己所监管的企业会议,共计10余次,发放调查问卷600余份,进了食品安全自查自纠工作。\n一、查出存在的问题\n1、生猪定点屠宰企业。各乡镇食品经营处人员,债务包袱重,设备、设施简陋,没有能力承担对病害肉销毁的经济损失;近几年肉品供应渠道增多,加之私屠滥宰的`冲击,造成食肉安全无法得到保障。\n2、酒类经营户。执行随附单制度不够好,有个别酒类经营户拒不执行酒类随附单制度。\n3、“万村千乡市场工程”。在乡镇及村庄上的个别小超市存在销售假冒伪劣产品坑农、害农现象。\n二、整改措施\n1、加大检疫力充,协调畜牧,卫生检疫部门,建立检验检疫中心,添置必要的检验检疫设备;加大生猪产品市场监管力度,对所有商品经营户进行索要票证,未经检验合格的一律不准进入市场销售。\n2、加大执法力度。对拒不执行酒类随附单制度的酒类经营户进行依法查处,问题严重的依交司法机关追究刑事责任,确保人民群众喝上“放心酒”。\n3、加大对“万村千乡市场工程”农家店的监管。自流通企业配货中心至乡镇小超市进行全程监管,真正让“万村千乡市场工程”变成人民群众的“放心工程”。\n食品安全整改报告2\n自5月15日接到区培训局转发的区、市、省"''',
    "jzrb_jiaozuo_work_discipline_unannounced_notice_shared_faults": r'''"本报讯(记者刘婧)6月22日,市委组织市纪委、市委组织部、市委督查室、市政府督查室、市直机关工委、焦作日报社、焦作电视台等部门组成3个联合暗访组,分3路对城乡一体化示范区、解放区和市政大厦机关单位的工作纪律情况进行暗访暗查。这是在一周之内,我市对机关工作纪律进行的第二次暗访。昨日,市委督查室、市政府督查室联合下发了此次暗访情况通报。\n根据市委要求,联合暗访组采取不打招呼、集合点名、现场录像等方式对35家单位的工作纪律情况进行了暗访暗查。从检查的整体情况看,解放区和市直部门的按时到岗率较高,上班期间工作纪律较好,示范区按时到岗率较低。暗访发现的主要问题包括:部分单位上班迟到问题突出,此次暗访共发现迟到23人;部分单位无故不在岗问题严重,暗访发现有20名工作人员无故不在岗;部分单位考勤制度不落实;个别工作人员上班期间违反工作纪律。\n通报要求,各级各部门要把机关工作纪律作为转变机关作风的基础性工作,下决心持续抓好,被通报的单位要对存在问题进行调查,提出处理意见。各级各部门要引以为戒,进一步完善考勤和请销假制度,规范考勤和请销假登记管理,持续抓好机关作风建设。据了解,市委、市政府下一步还将继续对机关工作纪律情况进行检查,并在全市范围内通报有关情况。①5"''',
    "shangyu108sq_waste_sorting_unannounced_common_problems_no_list": r'''"contentAndroid浙江\n近日,区分类办以随机抽查的形式对部分街道乡镇进行暗访。对暗访过程中发现的问题,区分类办将要求属地立行整改,并开展后续回头看工作,持续曝光,一督到底,让整改落实真正到位。在暗访过程中,区分类办发现现阶段我区生活垃圾分类存在以下常见问题,分别是:督导员脱岗、垃圾桶混投、办公室存在脚边桶、分类桶设置不规范、未撤桶等问题。具体点位情况如下:\n来源:百观新闻\n原标题:区分类办随机抽查暗访,这些常见问题需整改落实→"''',
    "rednet_ningxiang_property_ducha_three_kinds_12_problems": r'''"红网宁乡站8月16日讯(通讯员 陈洪波 谢兰)为全面提升小区物业管理水平,助推宁乡县“全国文明城市”创建,8月13日至14日,宁乡县住保局物管中心联合县物业协会对全县115个物业小区进行了物业服务专项督查,督查重点主要为小区环境卫生、电梯、消防安全。\n在督查中发现了不少问题,如环境卫生方面:牛皮癣严重、小区外围和绿化带垃圾堆积;电梯方面:无检验标志或年检过期;消防安全方面:通道堵塞或消防设施设施配备不齐等三类问题12个,涉及24个物业小区。宁乡县住保局已将专项整改通知下发到全县各物业服务企业,要求其严格按照专项督查重点逐一整改,建立和谐、文明、幸福小区。\n来源:红网\n作者:陈洪波 谢兰\n编辑:于佳丽\n本文为湖南频道原创文章,转载请附上原文出处链接和本声明。"''',
}

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}

# ---- truths ---------------------------------------------------------------------------------------------------------

_CN = "一二三四五六七八九十"

# chenxinews: '二、存在的不足' 1./2./3. items, heading run into its description on one line: the whole item (R88, C9),
# final '。' dropped; the third cut (R25)
_CX = TEXT["chenxinews_chenxi_civilized_city_ducha_notice_three_shortfalls_cut"]
CHENXI = [_p(int(m.group(1)), m.group(2).rstrip("。"), "存在的不足")
          for m in re.finditer(r"^(\d)\.([^\n]+)$", _CX, re.M)]

# pixnet (traditional, simplified at write, R91): one problem per place's finding (R10), the time/place lead-ins and the
# hearsay after it dropped (R92, blind37 nanmuxuan); the two police stations' shared sentence is not labelled (R122),
# each station's own sentence is; units the bodies (R104: the 發改委 answers for its three staff; C31)
PIXNET = [
    _p(None, "一名工作人員正在瀏覽股票網頁", units=["江漢區發改委"]),
    _p(None, "一名工作人員正戴著耳機在網上邊看電影、邊在網上打撲克", units=["江漢區發改委"]),
    _p(None, "一名工作人員的電腦處於待機狀態,屏幕保護程序正播放不雅照片", units=["江漢區發改委"]),
    _p(None, "科長王以芳正在電腦上玩連連看游戲", units=["東西湖區審計局"]),
    _p(None, "韓家墩派出所的公示牌還停留在5月15日周四", units=["韓家墩派出所"]),
    _p(None, "漢水橋派出所的公示牌則停留在更早的5月6日", units=["漢水橋派出所"]),
]

# wddqw: each site's own clause (R10/R12); two sites sharing one fault not labelled (R122); the provinces' rates no
# finding (R68); category null (the '第一类是…' classes are run into the paragraph, no heading line: R84, NEW)
WDDQW = [_p(None, t) for t in (
    "云南省“勐腊县保护所”网超过6年未更新",
    "福建省福安市“晓阳镇人民政府”网存在大量空白栏目",
    "陕西省“西乡县国土资源局”网部分咨询留言超过半年未回应",
    "山西省“寿阳县环境保护局”网大量栏目无法访问",
    "安徽省“蒙城 县王集乡 人民政府”网申请暂时关停 后本应于今年3月份完成整改并开通 运行,但至今页 面仍提示“升级改版中”",
)]

# jinzhongzx: the flattened table under '抽查发现存在突出问题的政府网站名单' (category, R79): rows '序号 / 省 / 网站 /
# 问题' on lines of their own; one problem per row (R8), seq the 序号 (R75), title the problem cell (R89); the fifth cut
_JZ = TEXT["jinzhongzx_shanxi_gov_websites_check_table_rows_cut"]
JINZHONG = [_p(int(m.group(1)), m.group(2), "抽查发现存在突出问题的政府网站名单")
            for m in re.finditer(r"^(\d+)\n\n山西\n\n[^\n]+网\n\n([^\n]+)", _JZ, re.M)]

# wuhaninfo: area headings '1、一、二号楼餐饮、客房区' (category without its number, R79/R82) run into '(1) …' items
# (R10); praise items ('检查情况较好', '做的较好') no problem (R16), their numbers left as gaps (R75); the unit's
# explanation in brackets after an item dropped (R92); 1-(6)'s trailing praise clause dropped (R16)
_HOTEL_CAT1, _HOTEL_CAT2 = "一、二号楼餐饮、客房区", "三号楼餐饮区"
HOTEL = [
    _p(1, "1、2号楼部分疏散标示和安全出口不亮", _HOTEL_CAT1),
    _p(3, "二号楼冷库后电线胶布裂开,物品杂物堆放混乱,有易燃物堵塞现象,需部门紧急整改", _HOTEL_CAT1),
    _p(4, "二号楼三层仓库的灭火器过期需更换", _HOTEL_CAT1),
    _p(5, "二号楼餐饮二月份未做每日安全巡查记录", _HOTEL_CAT1),
    _p(6, "二号楼酒水库没有关于仓库的管理规定,酒垛间距过窄;工程库物品堆放较乱,应整理归类摆放", _HOTEL_CAT1),
    _p(1, "验货组的灭火器一具欠压,应更换", _HOTEL_CAT2),
    _p(2, "二层厨房电源盒没有防护罩,调料库配电箱内线路乱,应报工程维修", _HOTEL_CAT2),
    _p(3, "二层布草间电源盒没有防护罩,二月六日至十二日、十四日至二十日没有每日巡查记录", _HOTEL_CAT2),
    _p(4, "三层十六日至十八日没有每日巡查记录,酒水库没有灭火器", _HOTEL_CAT2),
    _p(5, "三号会议室使用电热水杯需加强安全意识,应收缴禁用;国际会议中心音响室内的台布、废纸随意丢在地上,应清理注意防火安全",
       _HOTEL_CAT2),
    _p(7, "房务部的废旧报纸及杂物堆放时间过长过多,存在严重的安全隐患,需紧急整改", _HOTEL_CAT2),
    _p(8, "网络中心电源盒没有防护罩,需上报工程紧急整改", _HOTEL_CAT2),
]

# tsxw66: rows '<小区> <finding> <result>' under the line '黑榜小区' (category, R130); the '红榜小区' rows are praise (R16);
# title the finding cell (R89); estates are places (R103)
_TS = TEXT["tsxw66_taishun_waste_sorting_black_list_two_estates"]
TAISHUN = [_p(None, m.group(1), "黑榜小区") for m in re.finditer(r"^\S+ (未明显开展分类工作) 拒绝清运$", _TS, re.M)]

# zut: table rows '房间 | 消防隐患问题 | 备注 |' (R8), title the 隐患 cell (R89), unit the 备注 cell where it names the
# body (the college, or the shop '轶甜小屋': R102); the stairwells' note '已通知周边单位,近期将统一组织清理' names no body and
# says no done word (R93/R95); the last row cut in its 隐患 cell (R25)
_ZU = TEXT["zut_campus_fire_check_notice_table_17_rows_cut"]
ZUT = []
for _m in re.finditer(r"^龙湖校区[^|\n]+ \| ([^|\n]+?)(?: \| ([^|\n]+) \|)?$", _ZU, re.M):
    _note = _m.group(2)
    ZUT.append(_p(None, _m.group(1), units=[_note] if _note and not _note.startswith("已通知") else []))

# cqsdxx: '二、主要存在的问题' (category, R79) '(一)…' headings on their own lines over room lists (R88: the heading);
# '三、整改要求' demands no measures (R98)
_CQ = TEXT["cqsdxx_dorm_safety_check_notice_three_kinds_spam_title_cut"]
_CQ_PART = _CQ[_CQ.index("二、主要存在的问题"):_CQ.index("三、整改要求")]
CQSDXX = [_p(_CN.index(m.group(1)) + 1, m.group(2).rstrip("。"), "主要存在的问题")
          for m in re.finditer(r"^\(([一二三])\)([^\n]+)$", _CQ_PART, re.M)]

# xynu: '二、排查发现问题', one problem per finding (R10): a ';' clause or a comma-joined second place's clause, the
# date lead-ins ('12月22日抽查发现:', '同日检查发现,', the time '12月23日15点03分,') dropped (R92); unit the college a
# room's clause names (C31), places none (R103); '部分单位未拆除防盗窗' names no body (R19); the last paragraph cut
# before any finding (R126)
_XY_CAT = "排查发现问题"
XYNU = [
    _p(None, "计算机与信息技术学院6号楼410宿舍存在空调插座私拉乱接问题", _XY_CAT, ["计算机与信息技术学院"]),
    _p(None, "音乐舞蹈学院学生公寓3号楼301宿舍1名学生在宿舍内吸烟,触发消防烟感自动报警系统", _XY_CAT, ["音乐舞蹈学院"]),
    _p(None, "地理科学学院3号楼220宿舍存在空调插座私拉乱接问题", _XY_CAT, ["地理科学学院"]),
    _p(None, "综合服务楼自习室室内疏散通道狭窄", _XY_CAT),
    _p(None, "景明餐厅部分区域未安装防火门", _XY_CAT),
    _p(None, "国际教育学院22号楼105宿舍阳台堆积废纸箱", _XY_CAT, ["国际教育学院"]),
    _p(None, "体育学院19号楼320宿舍阳台堆积废纸箱和塑料空瓶、19号楼525宿舍阳台堆积废纸箱、8号楼212宿舍阳台堆积废纸箱", _XY_CAT,
       ["体育学院"]),
    _p(None, "数学与统计学院19号楼624宿舍阳台堆积废纸箱", _XY_CAT, ["数学与统计学院"]),
    _p(None, "美术与设计学院8号楼310宿舍存在空调插座私拉乱接问题", _XY_CAT, ["美术与设计学院"]),
]

# dawendou: '一、食堂存在的主要问题 1.…。2、…。' on one line (R8), answered by '(二)整改措施 (1)…(4)' one to one (R98: 1
# each); the covering time limit '要求在 2018 年 9 月 15 日前务必整改完毕' applies to each problem (R106)
_DW = TEXT["dawendou_wenping_school_canteen_rectification_report_four_items"]
_DW_LINE = between(_DW, "一、食堂存在的主要问题 ", "\n")
WENPING = [_p(int(m.group(1)), m.group(2), "食堂存在的主要问题", measures=1, deadline="2018 年 9 月 15 日前")
           for m in re.finditer(r"(\d)[.、]([^。]+)。", _DW_LINE)]

# wendang365: '二、存在问题' lines '1、…。' (R8), answered by '三、整改措施 1、…' by number (R98), cut in the first answer:
# measures 1 for problem 1, 0 for the rest (R24)
_WD = TEXT["wendang365_kindergarten_canteen_rectification_six_problems_masked_cut"]
WENDANG = [_p(int(m.group(1)), m.group(2), "存在问题", measures=int(m.group(1) == "1"))
           for m in re.finditer(r"^(\d)、(.+?)。$", between(_WD, "二、存在问题\n", "三、整改措施"), re.M)]

# oh100: the first card's '一、查出存在的问题 1、<kind>。<description>' (heading run into its description: the whole item,
# R88/C9), answered one to one by '二、整改措施 1、2、3、' (R98: 1 each); the second card cut before any problem
_OH = TEXT["oh100_commerce_bureau_food_selfcheck_three_problems_mixed_cut"]
OH100 = [_p(int(m.group(1)), m.group(2), "查出存在的问题", measures=1)
         for m in re.finditer(r"^(\d)、(.+?)。$", between(_OH, "一、查出存在的问题\n", "二、整改措施"), re.M)]

_CHECK_NOTE = ("Kind null: a check's findings, no rectification reported (R29/R31); no status (orders or requests, "
               "R72/R95), measures 0 (R97/R98), no deadline; seq and category as printed or null (R75/R78/R84).")

DOCS = {
    "chenxinews_chenxi_civilized_city_ducha_notice_three_shortfalls_cut": dict(
        excerpt=True,
        genre="督查通报 of a county 创建办 (文明城市): counts of problems handed over, units named for good and poor "
              "response, then '二、存在的不足 1.…' general shortfalls; cut in the third",
        kind=None, title="督 查 通 报", issuer=None, report_date=None,
        inspection=ins("县创建办"), headline=head(327), problems=CHENXI,
        anomalies=[_CHECK_NOTE,
                   "Title the spaced heading as printed (R32: inner spaces kept; it names an inspection document, R34).",
                   "Headline: '交办各类问题327个' → problems_total 327 (R62); '现场交办问题42次' (times), '44个' and '36个单位' "
                   "(bodies) are no figures (R68); no done count.",
                   "The eight units named in brackets share one fault ('对创建办下发的交办件不重视…'): no one body's "
                   "statement, not labelled (R122); the praised units are no problems (R16).",
                   "Each '1.…' heading runs into its description on the same line: the whole item (R88/C9), final '。' "
                   "dropped; item 3 cut (R25).",
                   "'3月份'/'3月1日' carry no year (url only): no dates (R53, R60); issuer null (no signature in the copy)."]),
    "pixnet_wuhan_zhiyong_unannounced_visit_named_staff_trad": dict(
        excerpt=False,
        genre="2-like exposure of named staff by a city 治庸问责办 (traditional-character blog repost of a paper's item): "
              "one paragraph per office visited, staff named; blog footer",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("武漢市治庸問責辦作風建設組"), headline=head(), problems=PIXNET,
        anomalies=[_CHECK_NOTE,
                   "Traditional copy: titles and units simplified at write (R91); doc fields as printed.",
                   "One problem per finding (R10): time and place lead-ins ('當日上午10時30分,暗訪組來到…', '在…辦公室內,', "
                   "'督查員發現,') and the hearsay after the finding (the staff's excuses, R92) dropped; the named staff "
                   "member's identity is the same problem (R13).",
                   "'在韓家墩派出所、漢水橋派出所,…公示牌均更新不及時' names two bodies with one fault: not labelled (R122); "
                   "each station's own sentence after it is (R122), unit the station.",
                   "Units: the 發改委 whose head answers for its three staff (R104), the 審計局, the stations (C31).",
                   "'(原標題:…)' names a news item, not a 通报: title null (R34, R145); '5月16日' carries no year: no "
                   "date (R60); '將…嚴肅處理' is a promise: no status (R95)."]),
    "wddqw_state_council_gov_websites_check_2016q2_news_cut": dict(
        excerpt=True,
        genre="news of a State Council 政府网站 抽查 通报 (2016 Q2): three classes of faults, named sites with their "
              "faults in run-on clauses; cut in the closing requirements",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("国务院办公厅"), headline=head(), problems=WDDQW,
        anomalies=[_CHECK_NOTE,
                   "One problem per site's own clause (R10/R12), lead-ins '其中,'/'如,' dropped (R92); two sites "
                   "sharing one fault ('科右中旗统计信息网'/'北安市公安局', '屏南人事人才网'/'民权县司法局') are not "
                   "labelled (R122); class three names no site (R19).",
                   "(NEW) Category null: the classes '第一类是…', '第二类是…' open run-on paragraphs, no heading line "
                   "(R84, as R19's '一是…方面:').",
                   "(NEW) Units []: the clauses name websites ('“…”网'), not the bodies told to rectify (R102/R103).",
                   "'山西省和黑龙江省…不合格率均较高,陕西省…比例达14.3%' are rates over provinces: no finding, no figure "
                   "(R68); '不合格网站112个' counts websites, '746个' sites checked: no headline (R68).",
                   "Inner spaces of '“蒙城 县王集乡 人民政府”网…开通 运行…页 面' kept (R86); '昨天' gives no date: "
                   "report date null; title null (news, R34)."]),
    "jinzhongzx_shanxi_gov_websites_check_table_rows_cut": dict(
        excerpt=True,
        genre="a city paper's item on the same 抽查 (Shanxi's six sites): lead, a summary paragraph, then the 通报's list "
              "flattened one cell per line ('6 / 山西 / “…”网 / fault'); digits of counts lost; cut in row 10",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("国务院办公厅"), headline=head(), problems=JINZHONG,
        anomalies=[_CHECK_NOTE,
                   "One problem per table row (R8), seq the printed 序号 6-10 (R75), title the fault cell (R89), category "
                   "the list's heading line (R79); row 10 cut in its fault cell (R25).",
                   "(NEW) The summary paragraph before the list ('发现的主要问题有…寿阳…;…偏关…网址与实际网址不一致') "
                   "restates the report the list belongs to: not labelled apart (R13); so 偏关's second fault (the "
                   "address) is no problem of its own.",
                   "Units [] (websites, as wddqw, NEW); lost digits ('抽查了各级政府网站个', '合格率达%', '国办发〔〕57号') "
                   "kept (R2); '6个', '6家' count websites (R68): no headline.",
                   "Same 抽查 as wddqw but another article (a local paper's table): both kept (R4 concerns copies of one "
                   "article). '7月25日' without a year: no date (R60); headline-style title null (R34)."]),
    "wuhaninfo_hotel_fire_check_notice_area_items_masked_cut": dict(
        excerpt=True,
        genre="消防安全检查通报 of a hotel's 安全部 (a 范文 copy, date masked '二0xx年xx月xx日'): area headings run into "
              "'(1)…(8)' items, praise items among them; cut in the last item",
        kind=None, title="消防安全检查通报", issuer=None, report_date=None,
        inspection=ins("安全部消防监控中心"), headline=head(), problems=HOTEL,
        anomalies=[_CHECK_NOTE,
                   "Category the area heading without its '1、' (R79), though it runs into item (1) on the same line.",
                   "Praise items 1-(2) and 2-(6) are no problems (R16); their numbers stay gaps (R75).",
                   "(NEW) The bracketed notes after items 1-(1) ('(未修复原因:…)') and 1-(5) ('(经询问答复说:…)') are the "
                   "unit's explanations: dropped (R92); 1-(6)'s trailing praise clause ('食品库…物品摆放有序') dropped "
                   "(R16); the requests inside items ('需更换', '应报工程维修') kept as printed (R86).",
                   "(NEW) Units []: the items name rooms and floors of one hotel (R103), '房务部'/'网络中心' used as "
                   "locations; the 通报 tells unnamed '部门' to rectify.",
                   "Masked date: no report date (R44); issuer null (no signature in the copy); inspected null (the hotel "
                   "is unnamed)."]),
    "tsxw66_taishun_waste_sorting_black_list_two_estates": dict(
        excerpt=False,
        genre="2-like red/black list of a county's 垃圾分类 check: rows '<小区> <finding> <result>' under '红榜小区' / "
              "'黑榜小区'; editor and source line",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=TAISHUN,
        anomalies=[_CHECK_NOTE,
                   "One problem per 黑榜 row (R10), title the finding cell '未明显开展分类工作' (R89, the same for both), "
                   "category the line '黑榜小区' above the rows (R130); '红榜小区' rows are praise (R16).",
                   "'拒绝清运' is a sanction and '责令即时整改' an order: no status (R72); estates are places: no unit "
                   "(R103).",
                   "Inspector null: the check is '我县…'; the 来源 line names no checker (R38, R48); '6月16日' without a "
                   "year: no dates (R60); '10个小区' are places (R68)."]),
    "zut_campus_fire_check_notice_table_17_rows_cut": dict(
        excerpt=True,
        genre="a university 保卫处's 消防安全检查通报 (期号 2024003): a table '校区、建筑、房间 | 消防隐患问题 | 备注 |', the "
              "备注 naming the college; cut in row 17",
        kind=None, title="消防安全检查通报", issuer=None, report_date=None,
        inspection=ins("保卫处"), headline=head(), problems=ZUT,
        anomalies=[_CHECK_NOTE,
                   "Title without its '(2024003期)' (R35).",
                   "One problem per row (R8), title the 隐患 cell (R89, several identical), seq null (no 序号, R78).",
                   "(NEW) Unit the 备注 cell naming the college (R102), its bracketed second name kept whole "
                   "('智能感知与仪器学院(中原彼得堡航空学院)', one body); the shop '轶甜小屋' a unit (R102); the stairwell "
                   "rows' note '已通知周边单位,近期将统一组织清理' names no body and no done word: units [], status null.",
                   "Row 17 cut in its 隐患 cell ('摆放大量办公设备'): labelled as far as it goes (R25, C14).",
                   "No date in the copy (the 期号 holds only a year): report date null; issuer null (R37)."]),
    "cqsdxx_dorm_safety_check_notice_three_kinds_spam_title_cut": dict(
        excerpt=True,
        genre="a college's dormitory 安全卫生检查结果通报 on a hijacked site (the college's name replaced by a gambling "
              "site's '77779193永利官网' throughout): '二、主要存在的问题 (一)…' headings over room lists; cut in 三、整改要求",
        kind=None, title="77779193永利官网2021年冬季学生寝室安全卫生检查结果通报", issuer=None, report_date="2021-10-22",
        inspection=ins(), headline=head(), problems=CQSDXX,
        anomalies=[_CHECK_NOTE,
                   "(NEW) Title the title line as printed, the spam name substituted for the college inside it kept "
                   "(R2, R32 cleans layout noise only); issuer and inspector null: a spam name is no body (R38, R48).",
                   "The '(一)…' headings on their own lines over room lists are the problems (R88), the room lines their "
                   "description (shared faults of several rooms, R122); category '主要存在的问题' (R79); '一、整体情况' "
                   "is praise (R16).",
                   "'三、整改要求' is the demands of a check notice: measures 0 (R98).",
                   "Report date from '发布:2021-10-22 08:04' (R40); '于1021开展' lost both 月 and 日: no date (R61)."]),
    "xynu_campus_fire_check_notice_2025_no2_per_college_cut": dict(
        excerpt=True,
        genre="a university's 消防安全检查通报 (2025年第2期): checks by date, then '二、排查发现问题' by date, rooms named "
              "with their college in ';' clauses; cut",
        kind=None, title="消防安全检查通报", issuer=None, report_date="2025-12-30",
        inspection=ins("学校及消防管理部门", None, "2025-12-22", "2025-12-28"), headline=head(), problems=XYNU,
        anomalies=[_CHECK_NOTE,
                   "Title without '(2025年第2期)' (R35); report date the dateline under it (R40); period '2025年12月22日"
                   "至28日' (R50/R51); inspector as printed (R46), the 支队's and the province's checks inside it not "
                   "separate inspections.",
                   "One problem per finding (R10): ';' clauses, and (NEW) the comma-joined second place of '综合服务楼…,"
                   "景明餐厅…' split as its own finding; date and time lead-ins dropped (R92); 体育学院's three rooms in one "
                   "clause stay one problem (one body, R12).",
                   "Units the college each clause names (C31); places none (R103); '部分单位未拆除防盗窗' names no body "
                   "(R19); the last paragraph cut at '12月26日检' before any finding (R126)."]),
    "dawendou_wenping_school_canteen_rectification_report_four_items": dict(
        excerpt=False,
        genre="1-like rectification report on a 范文 site: a village school's 食堂整改情况报告 after a town 食药所's check, "
              "problems 1-4 on one line, a covering time limit, measures (1)-(4) one to one, signature and date; the "
              "site's copyright note (cut)",
        kind="bulletin", title="温坪中心小学食堂整改情况报告", issuer="温坪中心小学", report_date="2018-09-11",
        inspection=ins("谷城县南河镇食品药品安全质量监督管理所检查组", None, "2018-09-04", "2018-09-04", "2018-09-04"),
        headline=head(), problems=WENPING,
        anomalies=["Title printed twice (the second with '南河镇' before it): the first line (R35); issuer the body the "
                   "title names, the signature's longer '南河镇温坪中心小学' being the same school (R37).",
                   "Problems 1-4 run on one line after the heading, their numbering mixed ('1.' then '2、'): one per "
                   "item (R8, R75), final '。' dropped; category the heading '食堂存在的主要问题' (R79).",
                   "Measures: '(二)整改措施 (1)…(4)' answer the problems one to one (R98): 1 each; the preamble before "
                   "(1) is no measure.",
                   "(NEW) Deadline '2018 年 9 月 15 日前' from '(一)整改时限 …要求在 2018 年 9 月 15 日前务必整改完毕', a "
                   "covering time limit for all the problems (R106), its inner spaces kept (R86); status null: "
                   "'一次整改到位' is an aim, no done word (R93/R95).",
                   "Kind bulletin (a 整改情况报告, R27/R31); the check day '2018 年 9 月 4 日' is start, end and feedback "
                   "(R50, the group fed back on the day: '9 月4日专项检查组在检查反馈'); inspected null ('我校', R48); "
                   "report date the signature '二零一八年九月十一日' (R40, R45).",
                   "The site's '版权声明' after the signature is cut: excerpt false (R5)."]),
    "wendang365_kindergarten_canteen_rectification_six_problems_masked_cut": dict(
        excerpt=True,
        genre="1-like rectification report as the first card of a 范文 collection (masked '20xx年x月x日', 'xxx'): a "
              "kindergarten's 食堂 rectification after a 卫生监督 check, '二、存在问题 1、…6、', '三、整改措施 1、…' cut in "
              "the first answer",
        kind="bulletin", title="食品整改报告", issuer=None, report_date=None,
        inspection=ins("卫生监督部门"), headline=head(), problems=WENDANG,
        anomalies=["The collection's blurb and the card heading '食品整改报告篇1': title the card heading without its "
                   "'篇1' (R35); masked dates and names kept (R2): no dates (R44), the work group's masked names no "
                   "units.",
                   "One problem per '1、…' line under '二、存在问题' (R8), final '。' dropped.",
                   "Measures: '三、整改措施' answers by number (R98); the copy is cut in answer 1: 1 for problem 1, 0 for "
                   "problems 2-6 (R24); '一、确定领导机构…' is organisation, no measure; no done word: status null (R95).",
                   "Kind bulletin (a 整改工作汇报, R27); inspector the 卫生监督部门 as printed (R46), inspected null ('我园')."]),
    "oh100_commerce_bureau_food_selfcheck_three_problems_mixed_cut": dict(
        excerpt=True,
        genre="1-like self-check rectification report as the first card of a 范文 collection: a 商务局's 食品安全 自查自纠, "
              "'一、查出存在的问题 1、…3、' answered by '二、整改措施 1、…3、'; the second card begins and is cut (mixed "
              "documents)",
        kind="bulletin", title="食品安全整改报告", issuer=None, report_date=None,
        inspection=ins("商务局", "商务局"), headline=head(), problems=OH100,
        anomalies=["Mixed documents: the collection's heading '食品安全整改报告精选[15篇]', card 1 and the start of card 2 "
                   "('食品安全整改报告2 自5月15日…', cut before any problem): only card 1 labelled; title its card heading "
                   "without the '1' (R35).",
                   "Each '1、<kind>。<description>' runs its heading into its description on one line: the whole item "
                   "(R88/C9), final '。' dropped; the stray '`' in '私屠滥宰的`冲击' kept (R2).",
                   "Measures: '二、整改措施 1、2、3、' answer the problems one to one (R98): 1 each; they say what will be "
                   "done ('加大…'): status null (R95).",
                   "A self-check: the 商务局 is inspector and inspected (R46, R9); issuer null (named in the lead only, "
                   "R38); kind bulletin by the title (R31); '10余次', '600余份' no figures (R68); no date."]),
    "jzrb_jiaozuo_work_discipline_unannounced_notice_shared_faults": dict(
        excerpt=False,
        genre="near miss, news of a city's 暗访情况通报 on work discipline: faults of unnamed '部分单位' in one sentence; "
              "the editor's code at the end",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("联合暗访组"), headline=head(), problems=[],
        anomalies=["'暗访发现的主要问题包括:部分单位…;…;…' names faults of many unnamed bodies in one sentence: [] (R19); "
                   "'示范区按时到岗率较低' is an assessment (R16).",
                   "'迟到23人', '20名工作人员', '35家单位' are people and bodies: no figures (R68); '6月22日' and '昨日' "
                   "without a year: no dates (R60); kind and title null (news, R30/R34)."]),
    "shangyu108sq_waste_sorting_unannounced_common_problems_no_list": dict(
        excerpt=False,
        genre="near miss, a community app's repost of a district 分类办 暗访 item: the 'common problems' in one sentence, "
              "'具体点位情况如下:' with the points (images) absent; source and 原标题 lines",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("区分类办"), headline=head(), problems=[],
        anomalies=["'存在以下常见问题,分别是:督导员脱岗、垃圾桶混投…等问题' lists kinds over many places: [] (R19, R23); the "
                   "points announced by '具体点位情况如下:' are not in the copy (images).",
                   "App chrome 'contentAndroid浙江' kept (R2); the '原标题' names a news item: title null (R145); no date."]),
    "rednet_ningxiang_property_ducha_three_kinds_12_problems": dict(
        excerpt=False,
        genre="near miss, a portal's item on a county 物业服务专项督查: three kinds of faults in one sentence, '三类问题12个'; "
              "source, author and editor lines",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("宁乡县住保局物管中心"), headline=head(12), problems=[],
        anomalies=["'如环境卫生方面:…;电梯方面:…;消防安全方面:…等三类问题12个,涉及24个物业小区' names kinds over many "
                   "estates: [] (R19, R23).",
                   "Headline: '问题12个' → problems_total 12 (R62); '115个物业小区', '24个物业小区' are places (R68).",
                   "'8月13日至14日' and '8月16日讯' carry no year (url only): no dates (R60); kind and title null."]),
}

URLS = {
    "chenxinews_chenxi_civilized_city_ducha_notice_three_shortfalls_cut":
        "http://chenxinews.cn/content/2018/04/26/5360027.html",
    "pixnet_wuhan_zhiyong_unannounced_visit_named_staff_trad": "http://jh33jhnhju.pixnet.net/blog/post/140372657",
    "wddqw_state_council_gov_websites_check_2016q2_news_cut": "https://wddqw.com/PJcx.html",
    "jinzhongzx_shanxi_gov_websites_check_table_rows_cut": "http://www.jinzhongzx.com/jztw/2971.html",
    "wuhaninfo_hotel_fire_check_notice_area_items_masked_cut": "https://m.wuhaninfo.cn/dongshi/rhser/NyQoxpGDdo",
    "tsxw66_taishun_waste_sorting_black_list_two_estates": "http://www.tsxw66.com/system/2021/06/18/014093045.shtml",
    "zut_campus_fire_check_notice_table_17_rows_cut": "https://bwc.zut.edu.cn/info/1077/1780.htm",
    "cqsdxx_dorm_safety_check_notice_three_kinds_spam_title_cut": "https://cqsdxx.com/info/1102/4823.html",
    "xynu_campus_fire_check_notice_2025_no2_per_college_cut": "https://news.xynu.edu.cn/info/1003/30472.htm",
    "dawendou_wenping_school_canteen_rectification_report_four_items":
        "https://www.dawendou.com/fanwen/qitafanwen/329228.html",
    "wendang365_kindergarten_canteen_rectification_six_problems_masked_cut":
        "https://www.wendang365.com/baogaofanwen/174739.html",
    "oh100_commerce_bureau_food_selfcheck_three_problems_mixed_cut": "https://oh100.com/a/202409/7792333.html",
    "jzrb_jiaozuo_work_discipline_unannounced_notice_shared_faults":
        "http://epaper.jzrb.com/rb/html/2016-06/24/content_408434.htm",
    "shangyu108sq_waste_sorting_unannounced_common_problems_no_list": "http://shangyu.108sq.cn/shuo/detail/65417134",
    "rednet_ningxiang_property_ducha_three_kinds_12_problems": "https://hn.rednet.cn/c/2016/08/16/1018917.htm",
}

TRAD = {"pixnet_wuhan_zhiyong_unannounced_visit_named_staff_trad"}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
assert EXPECTED == {
    "chenxinews_chenxi_civilized_city_ducha_notice_three_shortfalls_cut": 3,
    "pixnet_wuhan_zhiyong_unannounced_visit_named_staff_trad": 6,
    "wddqw_state_council_gov_websites_check_2016q2_news_cut": 5,
    "jinzhongzx_shanxi_gov_websites_check_table_rows_cut": 5,
    "wuhaninfo_hotel_fire_check_notice_area_items_masked_cut": 12,
    "tsxw66_taishun_waste_sorting_black_list_two_estates": 2,
    "zut_campus_fire_check_notice_table_17_rows_cut": 17,
    "cqsdxx_dorm_safety_check_notice_three_kinds_spam_title_cut": 3,
    "xynu_campus_fire_check_notice_2025_no2_per_college_cut": 9,
    "dawendou_wenping_school_canteen_rectification_report_four_items": 4,
    "wendang365_kindergarten_canteen_rectification_six_problems_masked_cut": 6,
    "oh100_commerce_bureau_food_selfcheck_three_problems_mixed_cut": 3,
    "jzrb_jiaozuo_work_discipline_unannounced_notice_shared_faults": 0,
    "shangyu108sq_waste_sorting_unannounced_common_problems_no_list": 0,
    "rednet_ningxiang_property_ducha_three_kinds_12_problems": 0,
}, EXPECTED


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by another route than the reading above."""
    if stem.startswith("chenxinews"):
        return text.split("二、存在的不足")[1].count("\n")
    if stem.startswith("pixnet"):
        # three unnamed staff, one 科長, two stations' boards
        return text.count("一名工作人員") + text.count("科長") + text.count("停留在")
    if stem.startswith("wddqw"):
        # every '”网' site minus the second of each pair sharing one fault
        return text.count("”网") - len(re.findall(r"网”、[^“]*“[^”]+”网", text))
    if stem.startswith("jinzhongzx"):
        return len(re.findall(r"\n\n山西\n\n", text))
    if stem.startswith("wuhaninfo"):
        return len(re.findall(r"\(\d\)", text)) - len(re.findall(r"\(\d\) [^(]*(?:较好|有序,做的)", text))
    if stem.startswith("tsxw66"):
        return text.split("黑榜小区")[1].count("拒绝清运")
    if stem.startswith("zut"):
        return text.count("\n龙湖校区")
    if stem.startswith("cqsdxx"):
        return len(re.findall(r"\n\([一二三]\)", between(text, "二、主要存在的问题", "三、整改要求")))
    if stem.startswith("xynu"):
        part = text.split("二、排查发现问题")[1]
        return len(re.findall(r"(?:学院\d+号楼|学院学生公寓|综合服务楼自习室|景明餐厅部分)", part))
    if stem.startswith("dawendou"):
        return between(text, "一、食堂存在的主要问题", "二、").count("。")
    if stem.startswith("wendang365"):
        return between(text, "二、存在问题", "三、整改措施").count("。\n")
    if stem.startswith("oh100"):
        return len(re.findall(r"\n\d、", between(text, "一、查出存在的问题", "二、整改措施")))
    return 0


def _cn_date(y: int, m: int, dd: int) -> str:
    """'二零一八年九月十一日' (digits of the year one by one, month and day as numbers)."""
    return "".join("零一二三四五六七八九"[int(c)] for c in str(y)) + f"年{cn_numeral(m)}月{cn_numeral(dd)}日"


MEASURES = {"dawendou_wenping_school_canteen_rectification_report_four_items": 4,
            "wendang365_kindergarten_canteen_rectification_six_problems_masked_cut": 1,
            "oh100_commerce_bureau_food_selfcheck_three_problems_mixed_cut": 3}


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: titles (lines joined), categories, units and deadlines as
    written (traditional ones before simplification); measures as recounted; no status anywhere; the document
    fields."""
    probs = d["problems"]
    flat = text.replace("\n", "")
    check_problems(stem, probs, flat, no_stop=True, category_in=text, units_in=text, deadline_in=text)
    assert sum(p["measure_count"] for p in probs) == MEASURES.get(stem, 0) == measure_recount(stem, text), stem
    assert all(p["status"] is None for p in probs), stem
    assert all(p["deadline"] is None for p in probs) or stem.startswith("dawendou"), stem
    distinct = {json.dumps(p, ensure_ascii=False) for p in probs}
    assert len(distinct) == len(probs) or stem.startswith(("tsxw66", "zut")), stem
    check_doc(stem, d, text, date_forms=lambda y, m, dd: (f"{m}月{dd}日", f"至{dd}日", f"{m} 月 {dd} 日"),
              report_forms=lambda y, m, dd: (f"{y}年{m}月{dd}日", _cn_date(y, m, dd)))


def measure_recount(stem: str, text: str) -> int:
    """The measures counted again, as the numbered answers under each text's 整改措施 heading that answer the problems
    by number (cqsdxx's '三、整改要求' are a check's demands, R98; the other pages print no answer)."""
    if stem.startswith("dawendou"):
        return len(re.findall(r"\n\(\d\)", text))
    if stem.startswith("wendang365"):
        return len(re.findall(r"\n\d、", text.split("三、整改措施")[1]))
    if stem.startswith("oh100"):
        return len(re.findall(r"\n\d、", between(text, "二、整改措施", "食品安全整改报告2")))
    return 0


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=75, urls=URLS,
                       trad=lambda s: s in TRAD)
    for stem in TRAD:
        body = json.loads((HERE / f"{stem}.truth.json").read_text(encoding="utf-8"))
        for p in body["problems"]:
            assert all(c not in p["title"] for c in "們網時間說"), (stem, p["title"])


if __name__ == "__main__":
    main()
