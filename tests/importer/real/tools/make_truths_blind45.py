"""Write the texts and truth files of tests/importer/real/blind45: a held-out set of real pages (session 22), labelled on
2026-12-07 (03:20-04:00 UTC by the machine clock) by helper label60, who did not read or run the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set. Every url was checked with
/work/wt/known_urls.py when found and again before the commit against the keys of all trees minus this worktree
(1,368 keys: all 13 new); a distinctive phrase of each page
('横林福利院', '東騰蠟業', '青华海湿地'/'青華海濕地', '病种认定与支付范围', '部分人员上班时间使用手机', '共查出安全隐患127处',
'眉山市安监局', '突出问题自查自纠整改报告', '尚德映巷', '夏氏砂鍋', '发现隐患71条', '肖闸村村部西南侧') was grepped in
/work/main/tests/importer/real and /work/shared/corpus: no copy.

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R135, C1-C25) and make_truths.py (head/ins/problem);
structure after make_truths_blind42.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): pinyin glosses ('蠟業(yè)'), spam header and footer lines, site chrome
and the mixed '并'/'並' of traditional copies kept as returned.

Focus of the brief: inspection-like checks OUTSIDE tourism (safety, fire, gas, dust, farmland 督察, 医保 self-checks,
作风 checks). Exhaustion: 27 queries (8 results each; many tag stubs of zhetiaohe.com / abg.baidu.com), on 安全生产专项
检查/暗访 通报, 医保基金 自查自纠, 农村人居环境 暗访, 消防 检查/隐患 曝光, 河湖长制 暗访/巡河, 营商环境 整改方案/督查, 食品安全
学校食堂 督查, 校园安全 督导, 耕地保护 督察, 作风建设 明察暗访, 主体责任 存在问题, 督导反馈 整改 序号, 检查情况通报 存在的主要
问题, 自查报告 存在的问题, 卫生监督 专项检查, 河长 巡河 问题清单, 党支部 检视问题清单, 燃气安全 检查, 营商环境 督查 窗口,
工地扬尘 督查, 督导反馈 整改方案, 环境卫生 督查 乡镇, 飞行检查 食品, 检查结果通报 镇 扣分, 河长制 督查 通报. 48
candidate urls checked, 20 KNOWN (ilynn, zgbfxw, tongshan.cjyun, ctbtax, sheepishcreations, datian, sw-sp, jyjlsz, kuoxiong, meishi.u0y, veladacinema,
yinchuanwanbao, cz.hebei, wenmi, huangzhou.cjyun, hpu, renrendoc 509256108, meipian x2, panyu): the centre of the genre
(per-unit fire exposure cards, 创城/扬尘 督查 cards, 支部 自查) is labelled already.
Declined, new by key: qingdaomop (26 units exposed, the list only an attachment), diascs (traditional: '4張隱患整改通知',
no finding), hb.china.com.cn (a 约谈 news item), xjtujcjydw, linqu court, zswldj (people counted), gxjjw (two counts by
kind, no total), jzrb (暗访 faults named for many units in one sentence, R19), bzjjw (two '有的窗口…' examples in one
sentence; '发现并督促整改问题3个'), ahjinzhai (villages' faults as '一是…四是' kinds in one sentence, R19), zgspcj (six
firms with one shared statement, R122), lu-xu and f99ss (two copies: 19 firms named, faults as kinds), jiulitex (41/34 figures
only) and moupo (a done count only), both left out to hold near misses to a third. 13 taken + 15 declined = the 28 new
keys.

Pages, kinds (issue 10) and problems (counted twice: by reading, and in main() by a regex recount of each text):
  - nrgd: a provincial portal's repost of the ministry's 57 farmland 督察 cases, '一、…问题(28个)' then '1.<body><act>。
    <facts>' cut inside item 1: 1.
  - ncdzx (traditional): a news agency item on the same 57 cases (another article, not a copy): two single-body
    sentences; a four-body shared sentence not labelled (R122); cut: 2.
  - book118: a doc site's 医保 self-check report '一、自查发现的主要问题 (一)… 1.… 2.…', cut in item 2: 2.
  - ychouse: a unit's own 作风 督查 通报, '具体表现为:' three ';' clauses: 3 (NEW).
  - tmrb: a city paper's fire-hazard exposure, '一、隐患单位名称:…存在火灾隐患:①…⑥' per unit: 2.
  - suzhouaudi (traditional, glossed, spam footer): a provincial 安委会 暗访 of one wax firm: 1.
  - wmxa: a district bureau's dust check of 8 sites, one site's faults: 1.
  - xyd20i (traditional, glossed, spam header): a city gas-safety sweep, one restaurant's faults; cut: 1.
  - renrendoc (near miss): a 医保 自查自纠整改报告 cut in '一、自查工作开展情况', before its problems: 0.
  - znzf: a county bureau's 检查结果通报 of 12 towns, '(一)<town>:<faults>。<score>' per town, cut in the eighth: 8.
  - jingmen (near miss, figures): a city 暗查暗访 round, '共查出安全隐患127处': 0 (problems_total 127).
  - msgov (near miss, figures): a city 安监局 暗查暗访 round, '发现隐患35处': 0 (problems_total 35).
  - dayeyun (near miss, figures): a gas-safety 督办检查, '发现隐患71条,现场完成整改14条': 0 (71/14).
Totals: 13 documents, 21 problems (8+3+2+2+2+1+1+1+1), 0 measures (checks' verdicts, orders and a self-check cut before its
measures: R95/R97/R98); statuses and deadlines all null. Reading and regex recount agree. Near misses 4 of 13.

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- (NEW) ychouse: a unit's own 作风 督查 通报 listing '具体表现为:A;B;C' is the body's own shortcomings (R9), one problem per
  ';' clause (R10, as blind42 minitagcloud R129), though one sentence (not R19's feedback news over many bodies); the
  lead-in '具体表现为:' is no heading (C13): category null; the leading '还有' dropped (R92); the '一是…四是' before them
  are what the check looked at, no findings (R109).
- (NEW) nrgd: '57个…耕地保护重大问题典型案例' is read as problems_total (the 督察's own findings the notice lists, R62),
  though a selection of what the 督察 found; ncdzx the same (its '28個…7個…7個…15個' parts sum to the stated 57, R69).
- nrgd: the item '1.<body>违法占地建设…公园。2012年至…' runs heading into description on one line: the whole statement
  (R88, C9), cut at '住房和城乡建'; unit the body the case names (R12/R102); category the '一、' heading with its count note
  '(28个)' as printed (C1).
- ncdzx: two single-body sentences labelled (R12), the four-body sentence '…、…、…、…違法占地挖田造湖造景涉及耕地都在千畝
  以上' not (R122), the cut '另外,一些地方黨委、政' no finding (R126); the lead-in '如' dropped (R92).
- book118: headings run into their descriptions on one line: whole statements (R88); category the nearest sub-heading
  '(一)' (R80); the doc site's '2026-02-02 发布于四川' is an upload stamp, no date (R44); kind null (a self-check whose copy
  stops before any rectification, as blind42 minitagcloud).
- tmrb: one problem per exposed unit (R10/R12, as blind39 meishi): the '存在火灾隐患:' line after the colon, the inner
  '①…⑥' kept, the final '。' dropped; seq the '一、'/'二、' of each card; report date the date line '2023年05月19日'.
- suzhouaudi, xyd20i, wmxa: one body's faults in a news item (R108/R12): title the faults after the lead-in ('暗訪組
  發現這里存在多處安全隱患,' / '發現其' / none) ; wmxa's unit [] (a 工地 is a site, R103); the others' unit the firm.
- znzf: one problem per town paragraph (R10, R11), titled by the faults after the colon (R89) without the score sentence
  (a verdict), unit the town the score deducts (R102), its villages places (R103); seq '(一)…(八)'; start/end from
  '2020年7月27日-29日'.
- Orders '责令其限期整改', '下达整改通知单', '下发扬尘污染整改通知单' are no status, no measure and no deadline (R72, R95,
  R133).
- Figures: '查出安全隐患127处' / '发现隐患35处' / '发现隐患71条' are hazards found by a check: problems (C3); '现场完成
  整改14条' is a check's on-the-spot done count (C16, R71); '300余處' (xyd20i) is an approximation (R68): null.
"""
import json
import re
from pathlib import Path

from make_truths import GLOSS, between, check_doc, cn_numeral, check_problems, head, ins, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind45"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "nrgd_farmland_57_cases_first_item_cut": r'''"当前位置:首页 > 新闻动态 > 行业动态\n\n2020年土地例行督察发现的耕地保护重大问题典型案例\n\n时间:2021-06-02 08:58:49 来源:自然资源部门户网站 文号: 【字体: 【打印】\n为深入贯彻党中央、国务院决策部署,落实最严格的耕地保护制度和最严格的节约用地制度,坚决遏制耕地“非农化”、防止“非粮化”,牢牢守住18亿亩耕地红线,保障国家粮食安全,2020年,国家自然资源督察机构对全国31个省(区、市)和新疆生产建设兵团,开展以耕地保护为重点的土地例行督察。督察聚焦省级政府责任,综合应用遥感监测、无人机测绘等技术手段全覆盖监督检查。督察发现,地方政府落实耕地保护要求,采取了进一步措施,查处纠正违法违规问题。中央三令五申严格耕地保护,但一些地方仍然违法乱占耕地进行非农建设,有的脱离实际、违背自然规律违规占用破坏耕地和永久基本农田挖湖造景;有的地方政府及部门管理职责落实不到位,非法批地、监管不力,违法问题久拖不决、长期存在;一些地方耕地占补平衡要求落实不到位,补充耕地不实,甚至破坏生态造地;有的应付干扰督察,对督察指出问题虚假整改等。\n为落实最严格的耕地保护制度,采取“长牙齿”的硬措施,促进地方各级政府依法依规管理保护耕地,督促各级自然资源主管部门认真履职尽责、真正“严起来”,坚决整改纠正违法违规问题,在全社会形成依法有保障、违法必受罚、违规必追究的氛围,自然资源部决定对57个土地例行督察发现的耕地保护重大问题典型案例进行公开通报,主动接受社会监督。\n一、违法占用耕地和永久基本农田挖田造湖造景问题(28个)\n1.云南省保山市及隆阳区住房和城乡建设局违法占地建设青华海湿地公园。2012年至2020年5月,保山市及隆阳区住房和城乡建"''',
    "ncdzx_farmland_57_cases_news_trad_cut": r'''"• 中國臺灣網移動版\n\n        中國臺灣網移動版\n\n      自然資源部通報57個耕地保護問題典型案例\n\n      2021-06-01 09:16:00\n      來源:新華社\n      字號\n\n        新華社北京5月31日電(記者王立彬)為落實最嚴格的耕地保護制度,自然資源部31日公開通報57個土地例行督察發現的耕地保護重大問題典型案例。\n\n        這些案例包括28個違法占用耕地和永久基本農田挖田造湖造景問題,7個地方政府及部門責任落實不到位,非法批地、監管不力、管理職責不落實等問題,7個虛假整改、應付干擾督察問題,15個補充、復墾耕地不實問題。公開通報這一批重大問題典型案例,是為了以“長牙齒”硬措施,促進各級地方政府和部門依法依規管理保護耕地,堅決整改糾正違法違規問題。\n\n        記者發現,各地違法占用耕地和永久基本農田挖田造湖造景問題觸目驚心。如云南保山市及隆陽區住房和城鄉建設局未經批準擅自占用隆陽區青華街道官田、打漁社區及河圖街道土地6649畝(耕地5958畝,含永久基本農田5212畝)建設青華海濕地公園。山西省太原市晉陽湖管理處違法占地建設晉陽湖公園,未經批準擅自占用晉源區金勝鎮、義井街道、羅城街道、晉源街道等4個鎮(街道)12個村土地3794.38畝(耕地1500.30畝)挖田造湖建設晉陽湖公園并擴建湖面。\n\n        這一批案例中,天津市東麗區農業農村委員會違法占地建設古海岸濕地綠廊起步區、浙江省金華市金華融盛投資發展集團有限公司違法占地建設湖海塘公園、浙江省紹興市上虞杭州灣濱海新城投資開發建設有限公司違法占地建設生態湖景觀工程項目、江蘇省興化市農水資源投資開發有限公司違法占地建設陳堡草蕩退圩還湖工程項目違法占地挖田造湖造景涉及耕地都在千畝以上。另外,一些地方黨委、政"''',
    "book118_medical_insurance_selfcheck_two_items_cut": r'''"- 0\n- 0\n- 约6.92千字\n- 约 14页\n- 2026-02-02 发布于四川\n- 举报\n医保自查自纠报告及整改措施\n根据工作部署,我们组织专班围绕医保基金使用全流程开展了全覆盖、无死角的自查自纠工作,重点聚焦政策执行、费用结算、服务规范、基金监管等核心环节,通过查阅台账、系统比对、现场核查、病历抽查、约谈访谈等方式,全面梳理风险隐患,深入剖析问题根源,现将自查发现问题及整改措施报告如下:\n一、自查发现的主要问题\n(一)政策执行层面的偏差与疏漏\n1.病种认定与支付范围把控不严。在抽查2023年1-12月的住院病历及门诊特殊慢性病档案时,发现12例不符合门诊特殊慢性病准入标准的患者通过了资格认定,涉及高血压、糖尿病等常见慢性病。其中3例患者仅提供单次门诊血压、血糖检测报告,未达到“连续3次非同日检测指标异常”的认定标准;9例患者的病历资料中缺乏半年内的二级及以上医院诊断证明,仅以基层医疗机构的门诊记录作为认定依据。此外,在基金支付范围执行上,存在5例超目录支付情况,包括将医保目录外的进口营养补充剂纳入慢性病报销范围,以及对部分限制使用的诊疗项目,未严格审核患者的适应症材料即予以结算,涉及违规基金1.2万元。\n2.待遇落实存在“一刀切”与不到位并存的情况。一方面,针对低收入人群的医保倾斜政策执行不精准,抽查发现8例低保对象在住院报销时,未按政策享受“起付线降低50%、报销比例提高10个百分点”的待遇,经核实是由于医保系统中未及时更新患者的低保身份信息,导致系统自动按普通居民标准结算;另一方面,部分门诊统筹政策在基层落实过度,存在将不属于门诊统筹支付范围的非疾病治疗类项目(如美容性洁牙、保健按摩)纳入报销的情况,涉及11例,违规金额3200元,反映出"''',
    "renrendoc_medical_insurance_rectification_report_cut_before_problems": r'''"版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n文档简介\n2025年医保基金管理突出问题自查自纠整改报告根据国家医保局《关于开展2025年医保基金管理突出问题自查自纠工作的通知》(医保发〔2025〕XX号)要求,我单位高度重视,坚持“问题导向、全面覆盖、立行立改、长效治理”原则,于2025年3月至8月组织开展了医保基金管理突出问题专项自查自纠工作。现将自查发现问题、整改措施及成效报告如下:一、自查工作开展情况(一)组织部署。成立由主要负责同志任组长,分管领导任副组长,医保经办、基金监管、财务审计、信息管理等部门负责人为成员的自查自纠工作领导小组,下设综合协调组、数据筛查组、现场核查组、整改督导组4个专项工作组。制定《2025年医保基金管理突出问题自查自纠实施方案》,明确“全面筛查(3月1日-4月30日)、重点核查(5月1日-6月15日)、集中整改(6月16日-7月31日)、总结提升(8月1日-8月31日)”四阶段任务,召开动员部署会3次,专题推进会5次,确保责任到岗、任务到人。(二)覆盖范围。以医保基金使用全链条为重点,覆盖217家定点医疗机构(含三级医院12家、二级医院45家、基层医疗机构160家)、89家定点零售药店、12个医保经办服务窗口,延伸核查参保人员异常就医数据2.3万条,涉及2023年1月至2025年2月期间医保基金支出约42.8亿元(占同期总支出的91%)。(三)检查方式。采取“数据筛查+现场核查+病历抽查+线索追溯”四位一体模式:一是依托医保智能监控系统,设置12类78项规则(如CT检查阳性率低于30%、同一患者30日内重复住院3次以上、中药饮片超量使用等),筛查异常数据12.7万条;二是抽取50家高风险机构开展现场核查,调阅医保结算清单、财务凭证、药品进"''',
    "ychouse_work_style_check_three_shortcomings": r'''"【作风督查通报】为进一步加强作风建设,提升工作效率和干部履职能力,近期我单位组织开展了作风专项督查工作。此次督查旨在全面了解各部门在工作作风、纪律执行、服务态度等方面的情况,推动形成风清气正、务实高效的工作氛围。\n本次督查采取明察与暗访相结合的方式,重点围绕以下几个方面展开:一是是否存在迟到早退、上班期间从事与工作无关事项的现象;二是是否严格执行请销假制度,是否存在无故缺岗、擅自离岗行为;三是服务态度是否端正,是否存在推诿扯皮、敷衍塞责等问题;四是是否存在形式主义、官僚主义等不良倾向。\n从督查结果来看,大部分部门和工作人员能够按照规定要求开展工作,整体作风较为良好。但也发现个别同志存在纪律松散、责任心不强的问题,具体表现为:部分人员上班时间使用手机处理私人事务,影响正常工作秩序;个别科室对群众来访接待不够热情,存在态度生硬、回应不及时的情况;还有少数干部在工作中缺乏主动性,存在“等、靠、要”的思想。\n针对上述问题,已对相关责任人进行了提醒谈话,并要求其限期整改。同时,将把此次督查情况纳入年度考核内容,作为评优评先的重要依据。下一步,我单位将持续加大作风监督力度,建立健全长效机制,确保作风建设常态化、制度化。\n作风建设永远在路上。全体干部职工要以此次督查为契机,认真查找自身存在的不足,切实增强责任意识和担当精神,真正做到为民务实清廉,为推动各项工作高质量发展提供坚强保障。"''',
    "tmrb_tianmen_fire_exposure_two_units": r'''"网站首页\n|\n数字报首页\n|\n往期浏览\n|\n常见问题\n|\n使用说明\n欢迎您阅览天门日报 您是第\n位访客\n当前版:02版\n首版\n上一版\n下一版\n末版\n发布日期:\n2023年05月19日\n文章标题\n文章内容\n文章作者\n上一篇\n下一篇\n字体:\n放大\n缩小\n默认\n隐患曝光! 天门这些单位存在消防安全隐患\n文章字数:357\n为加强消防安全管理,全力维护消防安全形势稳定,切实增强社会单位及公众消防安全意识,督促社会关注消防安全,及时消除整治火灾隐患。近日,天门市消防救援大队在全市范围开展火灾隐患排查工作,对检查中发现的火灾隐患进行集中曝光,以督促整改、杜绝火患。\n一、隐患单位名称:天门市横林福利院\n存在火灾隐患:①维保单位每月指出问题一直未整改;②公示牌未按照要求填写;③部分疏散指示标志、应急灯损坏;④报警主机显示故障较多;⑤报警主机线路敷设不符合要求;⑥部分灭火器过期。\n二、隐患单位名称:天门市石家河镇卫生院\n存在火灾隐患:①火灾探测器被停用,不能起到火警探测功能;②部分防火门未设置闭门器、顺序器;③火灾自动报警系统部分线路回路故障,不能实现报警功能。\n在此,天门消防提醒:火灾无情,生命无价。落实消防安全责任、积极自查自改火灾 隐 患 ,是全社会的共同责任。\n本报地址:天门市竟陵鸿渐路173号 邮政编码:431700 版权所有:天门日报社"''',
    "suzhouaudi_jiaxing_wax_firm_hazards_trad": r'''"廣西日報傳媒集團主辦\n\n暗訪“摸瞎生產(chǎn)”的蠟業(yè)公司 安全隱患不止一處\n\n浙江在線嘉興9月23日訊(浙江在線記者 張冰)日前,記者隨浙江省安委會暗訪組,隨機抽查了位于嘉興市南湖區(qū)的東騰蠟業(yè)。暗訪組發(fā)現(xiàn)這里存在多處安全隱患,廠區(qū)內(nèi)存在多處違建廠棚;有些消防器材被雜物擋住,影響正常使用;廠區(qū)內(nèi)堆放大量易燃原料,卻缺乏必要的防護設(shè)施,一旦發(fā)生火災(zāi)很難及時滅火。參與暗訪的專家認(rèn)為,該企業(yè)對生產(chǎn)過程中的風(fēng)險分析非常不到位。目前,暗訪組已向該企業(yè)指出隱患所在,責(zé)令其限期整改。\n\n掃一掃在手機打開當(dāng)前頁\n\n相關(guān)文章\n\n高清圖集推薦\n\n国产精品无码首页自拍,亚洲国产成人无码影片在线,国产免费人成电影在线看,国产日韩精品欧美2020区"''',
    "wmxa_xian_site_dust_one_site": r'''"5月16日,区建住局陪同市建委督导组检查新城区建设工地扬尘防治及铁腕治霾工作。督导组检查抽查交大二附院门诊住院楼、交大二附院妇儿住院楼、人民大厦停车楼、长安里1912等4个工地,对各项目扬尘污染防治工作较满意。\n随后,区建住局又对全区8个建设工地进行了检查,建设工地总体情况良好,但检查中也发现尚德映巷工地存在Dk2部分黄土裸露、场内保洁不到位等问题。针对查出的问题,检查组当即下发扬尘污染整改通知单,并挂黄牌责令整改。\n2017-05-18 17:26阅读\n2017-05-18 12:41阅读\n2017-05-18 09:59阅读\n2017-05-17 16:30阅读\n2017-05-17 09:54阅读\n2017-05-16 17:45阅读\n2017-05-16 11:19阅读"''',
    "xyd20i_wuhan_gas_restaurant_trad_cut": r'''"免费欧美黄色福利网站_aaa级精品无码久久久国产片_无码精品人在线看_日本sss高清在线播放乱_久久久亚洲欧洲日产国码二区\n\n武漢市開展燃氣安全隱患排查整治行動 多家“問題餐館”停氣整頓\n\n2021-10-26 09:12:55\n\n荊楚網(wǎng)(湖北日報網(wǎng))訊(記者李燕 通訊員劉曉)10月21日上午,沈陽市一餐館發(fā)生燃氣爆炸事故,造成3死多人受傷。為吸取事故教訓,防患于未然,武漢市城管委迅速召開工作部署會,10月22日組織各區(qū)、各燃氣企業(yè)及多個政府部門,全面開展燃氣餐飲場所安全隱患專項排查整治工作。\n\n武漢市開展燃氣餐飲用戶安全隱患排查整治專項行動。 通訊員供圖\n\n10月23日上午,市、區(qū)城管燃氣管理人員在江漢區(qū)“網(wǎng)紅餐館”——夏氏砂鍋進行燃氣安全隱患排查時,發(fā)現(xiàn)其用氣場所安全用氣環(huán)境惡劣,存在部分用氣房間無燃氣泄漏報警裝置、燃氣管道私改嚴重、安裝不規(guī)范、管道與電線插座安全間距不足等諸多安全隱患,且未見供氣燃氣企業(yè)日常安檢和安全宣傳記錄。城管部門檢查人員隨即下達整改通知單,要求江漢區(qū)相關部門及武漢天然氣公司共同指導問題餐館進行全面整改,在符合安全用氣條件前嚴禁恢復供氣。\n\n市、區(qū)城管燃氣管理人員在餐飲場所開展燃氣安全隱患排查工作。 通訊員供圖\n\n截止10月25日,市、區(qū)管理部門、各燃氣企業(yè)已累計出動排查人員500余人次,排查各類商業(yè)用氣場所2000余家,檢查發(fā)現(xiàn)隱患問題300余處,下達溫馨提示單、整改通知書等執(zhí)法文書180余份。目前,根據(jù)排查情況,供氣企業(yè)已對不滿足安全供氣條件的江漢區(qū)夏氏砂鍋、老漢口民生美食集市、硚口區(qū)美食宮3家餐飲用氣場所依法停止供氣,並指導"''',
    "znzf_zhongning_town_sanitation_check_eight_towns_cut": r'''"各乡镇人民政府:\n2020年7月27日-29日,县住房和城乡建设局联合县农业农村局重点对白马乡等12个乡(镇)府所在地、集镇及沿线村庄等环境综合整治情况进行了检查,现将检查结果通报如下:\n一、环境卫生保洁情况\n(一)宁安镇:肖闸村村部西南侧七星渠北侧有倾倒建筑垃圾的现象;新胜村村部门前主干道施工掉落砂石较多,清理不及时。按照《中宁县农村环境卫生保洁考核办法》中的“考核细则”(以下简称“考核细则”),乡镇扣7分,保洁公司扣0.5分。\n(二)舟塔乡:大滩村居民巷道木柴堆、石头堆较多;危房拆除宅基地清理不彻底;潘营村枸杞加工厂门口垃圾箱周边有砂土灰渣垃圾。根据“考核细则”,乡镇扣6分,保洁公司扣0.5分。\n(三)新堡镇:创业村部队营房北侧有垃圾倾倒现象;刘营村5队七星渠边倾倒生活垃圾;南湾村巷边柴堆砂石堆较多。根据“考核细则”, 乡镇扣5分,保洁公司扣1分。\n(四)恩和镇:秦庄村4队巷道不整洁,随处可见生活垃圾;曹桥村4队S308省道南侧堆放垃圾柴草堆。根据“考核细则”,乡镇扣7分,保洁公司扣1分。\n(五)鸣沙镇:鸣沙村S308省道边农户门前乱堆乱放树枝柴草堆;五道渠村十队巷边两侧乱堆乱放柴草垃圾;长滩村鸣沙公路新淮远工贸公司对面路边堆放建筑垃圾。根据“考核细则”,乡镇扣7.5分,保洁公司扣0.5分。\n(六)白马乡:果品市场门口、新田村4队、跃进村供销社场边“三堆”较多且无序。根据“考核细则”,乡镇扣5分,保洁公司扣0.5分。\n(七)余丁乡:金沙小学对面堆放生活垃圾;金沙沟倾倒建筑垃圾。根据“考核细则”,乡镇扣4.5分,保洁公司扣0.5分。\n(八)石空镇:张台村危房拆除垃圾清理不彻底;倪丁小康村北侧垃圾堆未清理;石空机电市场西入口处垃圾乱倒未清理。根据“考核细则”,乡镇扣6.5分,保"''',
    "jingmen_safety_unannounced_127_hazards": r'''"荆门安全生产暗查暗访查出隐患127处\n\n国庆节前,荆门市组织了安全生产暗查暗访组到全市各地进行了检查,共查出安全隐患127处。\n\n此次暗访工作于9月11日开始,由市安监局执法人员和市安全生产专家库专家以及新闻媒体记者组成的暗访组,先后深入到全市各县市区,对非煤矿山、危化品、烟花爆竹、人员密集场所、建设工地等24家企业进行了暗访。通过查阅安全管理台账、检查生产经营现场等方式,共查出安全隐患127处。专家针对不同类型的企业,客观公正的指出了企业的“病灶”,及时向企业进行了反馈。\n\n下一步,荆门市安委会将对存在的隐患进行梳理,在新闻媒体上进行公示,并督促企业抓好整改。\n\n来源:荆门广播电视台 记者:宋涛  通讯员:杨烊\n\n责编:张瑞华"''',
    "msgov_meishan_unannounced_35_hazards": r'''"近期,眉山市安监局执法人员分成两个暗查暗访组,按照“四不两直”的要求深入到生产经营单位,采用查阅资料,查看现场安全管理,现场询问的方式,对企业安全生产和职业卫生工作情况进行暗访暗查。重点检查了主要负责人履职情况,安全责任制落实情况,隐患排查治理工作落实情况,特别是限期完成隐患是否落实防控措施,以及事故发生的高风险点安全措施,事故应急救援工作情况、职业卫生方面工作落实情况。\n此次暗查暗访共检查生产经营单位10家,发现隐患35处,发现存在严重违法行为生产经营单位3家,均立案查处。"''',
    "dayeyun_gas_check_71_hazards_14_fixed": r'''"开展燃气安全检查 提高安全防范意识\n\n©原创   07-13 09:20   大冶市融媒体中心\n\n云上大冶报道(记者 刘娟)夏季高温来临,为有效消除燃气安全隐患,切实保护居民及商户的生命财产安全,7月12日,市燃气管理处、黄石市市场监管局、黄石燃气办联合对我市乡镇餐饮场所燃气安全进行督办检查。\n\n检查组一行先后前往保安镇、还地桥镇和金山店镇,对餐饮行业店内是否安装燃气泄漏报警器和自动切断装置、使用的燃气及器具是否规范、用气是否安全等情况进行了全面排查,对检查中发现的安全隐患当场提出整改意见并明确整改时限,切实提高餐饮场所的安全防范意识,防患于未然。\n\n据悉,此次督办检查共出动人员19人,检查餐饮店共计30家,发现隐患71条,现场完成整改14条。\n\n责编丨璩  靓\n\n编审丨冯素华\n\n监审丨姚文婷\n\n云上大冶投稿邮箱:ysdaye@qq.com\n\n相关阅读"''',
}

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}

TRAD = {"ncdzx_farmland_57_cases_news_trad_cut", "suzhouaudi_jiaxing_wax_firm_hazards_trad",
        "xyd20i_wuhan_gas_restaurant_trad_cut"}


# ---- truths ---------------------------------------------------------------------------------------------------------

def _after(text: str, start: str, end: str) -> str:
    """``start`` and the text after it up to (not including) the first ``end`` after it."""
    i = text.index(start)
    return text[i:text.index(end, i + len(start))]


# nrgd: the first numbered case, heading run into its description on one line (R88: whole), cut; category the '一、'
# heading with its count note as printed (C1); unit the body the case names (R12, R102)
_NR = TEXT["nrgd_farmland_57_cases_first_item_cut"]
# s24, lead: C1 — the count note is dropped from the category (was "…问题(28个)").
_NR_CAT = "违法占用耕地和永久基本农田挖田造湖造景问题"
NRGD = [_p(1, _NR.split("\n1.")[1], _NR_CAT, ["云南省保山市及隆阳区住房和城乡建设局"])]

# ncdzx (traditional, simplified at write, R91): the two single-body sentences after '如' (R12, R92); the four-body
# sentence (R122) and the cut '另外,…' (R126) not labelled
_NC = TEXT["ncdzx_farmland_57_cases_news_trad_cut"]
NCDZX = [_p(None, _after(_NC, "云南保山市及隆陽區住房和城鄉建設局未經", "。"), units=["云南保山市及隆陽區住房和城鄉建設局"]),
         _p(None, _after(_NC, "山西省太原市晉陽湖管理處違法", "。"), units=["山西省太原市晉陽湖管理處"])]

# book118: '1.'/'2.' items under '(一)…' (R80), headings run into their descriptions (R88: whole), the second cut
_BK = TEXT["book118_medical_insurance_selfcheck_two_items_cut"]
_BK_CAT = "政策执行层面的偏差与疏漏"
BOOK = [_p(1, between(_BK, "\n1.", "。\n2."), _BK_CAT), _p(2, _BK.split("\n2.")[1], _BK_CAT)]

# ychouse: the three ';' clauses after '具体表现为:' (R9 + R10, NEW), the leading '还有' dropped (R92)
_YC = TEXT["ychouse_work_style_check_three_shortcomings"]
YCH = [_p(None, c.removeprefix("还有")) for c in between(_YC, "具体表现为:", "。\n").split(";")]

# tmrb: one problem per exposed unit (R10/R12, as blind39 meishi): the line after '存在火灾隐患:', final '。' dropped
_TM = TEXT["tmrb_tianmen_fire_exposure_two_units"]
TMRB = [_p(int(n), between(_TM, f"{unit}\n存在火灾隐患:", "。\n"), units=[unit])
        for n, unit in ((1, "天门市横林福利院"), (2, "天门市石家河镇卫生院"))]

# suzhouaudi (traditional, glossed): the firm's faults after the lead-in '…發(fā)現(xiàn)這里存在多處安全隱患,' (R108, R92)
_SA = TEXT["suzhouaudi_jiaxing_wax_firm_hazards_trad"]
SUZHOU = [_p(None, between(_SA, "存在多處安全隱患,", "。"), units=["東騰蠟業(yè)"])]

# wmxa: the one site's faults from its name (R12); a 工地 is a site: no unit (R103)
_WM = TEXT["wmxa_xian_site_dust_one_site"]
WMXA = [_p(None, _after(_WM, "尚德映巷工地存在", "。"))]

# xyd20i (traditional, glossed): the restaurant's faults after '發(fā)現(xiàn)其' (R108, R92)
_XY = TEXT["xyd20i_wuhan_gas_restaurant_trad_cut"]
XYD = [_p(None, between(_XY, "發(fā)現(xiàn)其", "。"), units=["夏氏砂鍋"])]

# znzf: one problem per town paragraph '(一)<town>:<faults>。<score>' (R10, R89: the faults after the colon, the score
# sentence a verdict, not a finding); seq the printed '(一)…(八)' (R75); unit the town, deducted as a body (R102)
_ZN = TEXT["znzf_zhongning_town_sanitation_check_eight_towns_cut"]
_CN = {cn_numeral(n): n for n in range(1, 20)}
ZNZF = [_p(_CN[m.group(1)], m.group(3), "环境卫生保洁情况", [m.group(2)])
        for m in re.finditer(r"^\(([一二三四五六七八九十]+)\)([^:\n]+):([^。\n]+)", _ZN, re.M)]

_BODY_NOTE = ("seq null (nothing printed, R78); category null (no heading, C13); status null and measures 0 (a check's "
              "finding and an order, no answer: R95, R97); deadline null ('限期整改' with no term, R107, R133).")

DOCS = {
    "nrgd_farmland_57_cases_first_item_cut": dict(
        excerpt=True,
        genre="2-like findings of a check, a numbered list: a provincial natural-resources portal's repost of the "
              "ministry's notice of 57 farmland cases found by the 2020 土地例行督察 (breadcrumbs, title, date/source "
              "line, two lead paragraphs, '一、…问题(28个)' and case '1.'), cut inside case 1",
        kind=None, title="2020年土地例行督察发现的耕地保护重大问题典型案例", issuer=None, report_date="2021-06-02",
        inspection=ins("国家自然资源督察机构"), headline=head(57), problems=NRGD,
        anomalies=["Case 1 '1.<body>违法占地建设青华海湿地公园。2012年至…' runs its heading into its description on one line: "
                   "the whole statement is the title (R88, C9), cut at '住房和城乡建' (R25); seq 1 (R75); unit the body the "
                   "case names (R12/R102); status null, measures 0 (a notice of cases, no answer, R97).",
                   "Category the heading '一、违法占用耕地和永久基本农田挖田造湖造景问题(28个)' with its count note kept as "
                   "printed (C1, R85).",
                   "(NEW) problems_total 57 from '自然资源部决定对57个土地例行督察发现的耕地保护重大问题典型案例进行公开通报': the "
                   "督察's findings the notice lists (R62), though a selection of all it found.",
                   "Title the portal's title line naming the 督察's cases (R32/R34); issuer null ('来源:自然资源部门户网站' "
                   "is metadata, R38); report date the line '时间:2021-06-02' (R40, R43 repost); kind null (a check's "
                   "results, R29); inspector '国家自然资源督察机构' (R46), inspected null (all 31 provinces); '2020年' "
                   "gives no start/end (R53).",
                   "s24, lead: C1 — a category heading's count note is dropped: category without '(28个)' (supersedes the "
                   "C1 note above)."]),
    "ncdzx_farmland_57_cases_news_trad_cut": dict(
        excerpt=True,
        genre="6 traditional copy: a portal's repost of a news agency item on the ministry's 57 farmland cases (mobile "
              "chrome, headline, date/source lines), the cases' parts counted, two single-body sentences and a "
              "four-body sentence; cut",
        kind=None, title=None, issuer=None, report_date="2021-06-01",
        inspection=ins("自然資源部"), headline=head(57), problems=NCDZX,
        anomalies=["Another article on the same notice as nrgd (a news agency's report, not the ministry's text): not a "
                   "copy (R4).",
                   "One problem per body whose own violation a sentence states (R12): 保山 (the lead-in '如' dropped, "
                   "R92) and 太原; titles and units simplified (R91); seq null (R78), category null (C13), status null, "
                   "measures 0 (R97).",
                   "The sentence naming four bodies '…違法占地挖田造湖造景涉及耕地都在千畝以上' states one shared fact: no "
                   "one body's statement (R122); the cut '另外,一些地方黨委、政' states no fault (R126).",
                   "(NEW, as nrgd) problems_total 57: the stated total of the cases ('28個…7個…7個…15個' sum to it, R69).",
                   "Report date the date line '2021-06-01 09:16:00' (R40, R43); the headline is news (R34): title null; "
                   "inspector the ministry that reports the 督察's cases (R46); '5月31日'/'31日' is the notice day, not a "
                   "check period."]),
    "book118_medical_insurance_selfcheck_two_items_cut": dict(
        excerpt=True,
        genre="2 the problem section is not the first part: a doc site's card of a 医保 self-check report (file "
              "stamps, the file name, a lead, '一、自查发现的主要问题 (一)…' with items '1.…。…' '2.…'), cut in item 2",
        kind=None, title="医保自查自纠报告及整改措施", issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=BOOK,
        anomalies=["Items '1.病种认定与支付范围把控不严。在抽查…' run their headings into their descriptions on one line: "
                   "whole statements (R88, C9), the final '。' dropped (R86); item 2 cut at '反映出' (R25); seq 1, 2 "
                   "(R75); category the sub-heading '(一)政策执行层面的偏差与疏漏' without its numbering (R79/R80).",
                   "The copy stops before any 整改措施: measures 0, status null (R24, R97).",
                   "Title the card's file name line (R35); kind null (a self-check report whose copy reports no "
                   "rectification, as blind42 minitagcloud; R29); '2026-02-02 发布于四川' is the doc site's upload "
                   "stamp: no date (R44); inspector null (an unnamed '我们', R48); '12例'/'5例' are cases, no figures "
                   "(R68)."]),
    "renrendoc_medical_insurance_rectification_report_cut_before_problems": dict(
        excerpt=True,
        genre="near miss, kind 1/2 cut early: a doc site's preview of a 医保基金 self-check rectification report (site "
              "notice, the title run into the lead), cut in '一、自查工作开展情况' before any problem",
        kind="bulletin", title="2025年医保基金管理突出问题自查自纠整改报告", issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=[],
        anomalies=["Cut in '(三)检查方式…调阅…药品进' before the problems: problems [] (R21).",
                   "Kind bulletin: a title naming a 整改报告 that reports '自查发现问题、整改措施及成效' (R27, R31); the title "
                   "runs into the lead with no break ('…整改报告根据…'): the title as far as '报告' (R32).",
                   "'于2025年3月至8月' is a month-only span: no start/end (R53); the four stages' days are the self-check "
                   "plan's schedule, not a stated period; no date, no issuer ('我单位', R48); '12.7万条' are data rows, "
                   "'217家' bodies: no figures (R68)."]),
    "ychouse_work_style_check_three_shortcomings": dict(
        excerpt=False,
        genre="2-like findings of a unit's own check: a site's copy of a unit's 作风 督查 通报 (a column tag, what was "
              "checked as '一是…四是', the result '具体表现为:' three ';' clauses, the follow-up)",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=YCH,
        anomalies=["(NEW) A unit's own 作风 督查 listing its shortcomings '具体表现为:A;B;C' (R9): one problem per ';' clause "
                   "(R10, as blind42 minitagcloud R129), though in one sentence (R19 is feedback news over many bodies, "
                   "not one body's own check); the leading '还有' of the third dropped (R92); category null (the lead-in "
                   "is no heading, C13); seq null (R78).",
                   "The '一是…四是' items say what the check looked at ('是否存在…'), no finding: no problems (R109).",
                   "'已对相关责任人进行了提醒谈话,并要求其限期整改' answers all three together: measures 0 (R98), status null "
                   "(R95), deadline null (R107, R133).",
                   "Kind null (a check's results, R29); '【作风督查通报】' is a column tag, no title line (R32/R33); no "
                   "date ('近期'); inspector null ('我单位', R48)."]),
    "tmrb_tianmen_fire_exposure_two_units": dict(
        excerpt=False,
        genre="2-like findings of a check, one card per unit: a city daily's e-paper page (menus, a '发布日期' line), a "
              "fire brigade's exposure with '一、隐患单位名称:…' and '存在火灾隐患:①…' per unit; the paper's footer",
        kind=None, title=None, issuer=None, report_date="2023-05-19",
        inspection=ins("天门市消防救援大队"), headline=head(), problems=TMRB,
        anomalies=["One problem per exposed unit (R10/R12, as blind39 meishi): title the '存在火灾隐患:' line after the "
                   "colon with its '①…⑥' kept, the final '。' dropped (R86, R89); seq the card's '一、'/'二、' (R75); unit "
                   "the card's named unit (R102); " + _BODY_NOTE,
                   "Report date the e-paper's '发布日期: 2023年05月19日' (R40); the headline '隐患曝光! …' is news (R34): "
                   "title null; kind null (an exposure, R29); inspector the brigade that exposes its check (R46); the "
                   "copy reaches the footer: excerpt false (R5)."]),
    "suzhouaudi_jiaxing_wax_firm_hazards_trad": dict(
        excerpt=False,
        genre="6 traditional copy with pinyin glosses and a spam footer: a news site's item on a provincial 安委会 "
              "暗访组's spot check of one wax firm, its three faults in one sentence, then the order",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("浙江省安委會暗訪組"), headline=head(), problems=SUZHOU,
        anomalies=["One body's faults in a news item: one problem (R108, R12), titled by the faults after the lead-in "
                   "'暗訪組發現這里存在多處安全隱患,' (R92), its three ';' parts kept together; simplified without glosses "
                   "(R91); unit the firm (R102); " + _BODY_NOTE,
                   "Spam lines kept (R2): the header '廣西日報傳媒集團主辦' of another paper and a footer of spam keywords; "
                   "'9月23日訊' has no year: no dates (R60); title null (news headline, R34); inspected null (the firm's name carries a gloss, as blind42 palmettodecks avoided one; the firm is the unit)."]),
    "wmxa_xian_site_dust_one_site": dict(
        excerpt=False,
        genre="2-like findings of a check for one of several sites: a news site's item on a city 督导组's dust check (4 "
              "sites, no fault) and a district bureau's check of 8 sites with one site's faults; related-article stamps",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("区建住局"), headline=head(), problems=WMXA,
        anomalies=["One site's faults: one problem titled from the site's name to '等问题' (R12, R87); a 工地 is a place: "
                   "no unit (R103); the lead-in '检查中也发现' dropped (R92); " + _BODY_NOTE,
                   "Inspector the district bureau whose check found it (R46); the 督导组's four sites were found "
                   "satisfactory: no problems (R16); '5月16日' has no year and the '2017-05-18 …阅读' lines are stamps of "
                   "related articles: no dates (R44, R60); '8个建设工地' are places (R68)."]),
    "xyd20i_wuhan_gas_restaurant_trad_cut": dict(
        excerpt=True,
        genre="6 traditional copy with pinyin glosses and an adult-spam header: a news site's repost of a provincial "
              "paper's item on a city gas-safety sweep, one restaurant's faults, an order, round figures; cut",
        kind=None, title=None, issuer=None, report_date="2021-10-26",
        inspection=ins("武漢市城管委", start="2021-10-22"), headline=head(), problems=XYD,
        anomalies=["One restaurant's faults: one problem (R108, R12), titled after '發現其' (R92) to the end of the "
                   "sentence, simplified without glosses (R91); unit the restaurant as named (R102); the order "
                   "'下達整改通知單…嚴禁恢復供氣' is no measure or status (R72, R95); " + _BODY_NOTE,
                   "Three places named as cut off ('停止供氣') with no faults of their own: no problems (R19); "
                   "'300余處' is an approximation (R68): no headline.",
                   "Start the sweep's launch day '10月22日組織…全面開展…專項排查整治工作' (R52), year from the date line "
                   "(R58); report date the line '2021-10-26 09:12:55' (R40); the spam header kept (R2); title null "
                   "(news headline, R34); inspector the 城管委 that organised the sweep (R46)."]),
    "znzf_zhongning_town_sanitation_check_eight_towns_cut": dict(
        excerpt=True,
        genre="2-like findings of a check, one paragraph per town: a county portal's 检查结果通报 of a county bureau's "
              "check of 12 towns' sanitation (addressee, lead, '一、环境卫生保洁情况', '(一)<town>:<faults>。<score>'), cut "
              "inside the eighth town's score",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("县住房和城乡建设局", start="2020-07-27", end="2020-07-29"), headline=head(), problems=ZNZF,
        anomalies=["One problem per town paragraph (R10, as R11's place with several findings): title the faults after "
                   "'<town>:' up to the first '。' (R89), the ';' parts kept together; the score sentence '按照/根据“考核细则”,"
                   "乡镇扣N分,保洁公司扣N分' is a verdict, not part of the finding; seq the printed '(一)…(八)' (R75); "
                   "category the heading '环境卫生保洁情况' (R79); unit the town, which the score deducts as a body (R102; its "
                   "villages are places, R103); status null, measures 0, deadline null (no answer, no time limit: R95, "
                   "R97).",
                   "The eighth paragraph is whole up to its score, cut at '保' (excerpt true); the 12 towns checked are "
                   "bodies, no figure (R68).",
                   "Start/end '2020年7月27日-29日' (R50); inspector the bureau that leads the joint check as printed (R46), "
                   "inspected null (12 towns); kind null (a check's results, R29); no title line (the copy starts at the "
                   "addressee, R33), no signature or date."]),
    "jingmen_safety_unannounced_127_hazards": dict(
        excerpt=False,
        genre="near miss with figures: a city TV station's item on a 安全生产 暗查暗访 round of 24 firms, hazards found "
              "counted, no finding stated",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(127), problems=[],
        anomalies=["'共查出安全隐患127处' (printed twice) is hazards found by the check: problems_total 127 (C3, R66); no "
                   "finding is stated: problems [] (R19).",
                   "'9月11日开始' has no year: no start (R60); inspector null (an unnamed '暗访组' of several bodies, R48); "
                   "the first line is a news headline (R34): title null; kind null (R29)."]),
    "msgov_meishan_unannounced_35_hazards": dict(
        excerpt=False,
        genre="near miss with figures: a city portal's item on the 安监局's 暗查暗访 of 10 firms, hazards counted",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("眉山市安监局"), headline=head(35), problems=[],
        anomalies=["'发现隐患35处' is hazards found by the check: problems_total 35 (C3, R66); '10家'/'3家' are bodies "
                   "(R68); no finding stated: problems [] (R19).",
                   "Inspector the bureau whose officers formed the two teams (R46); no date ('近期'); kind null (R29)."]),
    "dayeyun_gas_check_71_hazards_14_fixed": dict(
        excerpt=False,
        genre="near miss with figures: a county media centre's item on a joint gas-safety 督办检查 of 30 restaurants, "
              "hazards found and fixed on the spot counted; editors' lines",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(71, 14), problems=[],
        anomalies=["'发现隐患71条,现场完成整改14条': problems_total 71 (C3) and problems_done 14, a check's on-the-spot "
                   "done count (C16, R71); '19人'/'30家' are people and bodies (R68); no finding stated: problems [].",
                   "'07-13 09:20' has no year (R44) and '7月12日' none either: no dates (R60); inspector null (three "
                   "bodies jointly, R48); the first line is a news headline (R34): title null; kind null (R29)."]),
}

URLS = {
    "nrgd_farmland_57_cases_first_item_cut": "https://nr.gd.gov.cn/xwdtnew/hydt/content/post_3302404.html",
    "ncdzx_farmland_57_cases_news_trad_cut": "http://www.ncdzx.com/xwzx/PoliticsNews/202106/t20210601_12356139.htm",
    "book118_medical_insurance_selfcheck_two_items_cut":
        "https://max.book118.com/html/2026/0201/6140241154012054.shtm",
    "renrendoc_medical_insurance_rectification_report_cut_before_problems":
        "https://www.renrendoc.com/paper/499095033.html",
    "ychouse_work_style_check_three_shortcomings": "http://www.ychouse.cq.cn/jxfw/202507/86332.html",
    "tmrb_tianmen_fire_exposure_two_units": "https://tmrb.tmwcn.com/tmrb/20230519/html/content_20230519002012.htm",
    "suzhouaudi_jiaxing_wax_firm_hazards_trad":
        "http://www.suzhouaudi.com/staticpages/20190924/newgx5d89735d-18692476.shtml",
    "wmxa_xian_site_dust_one_site": "http://m.news.wmxa.cn/n/201705/461938.html",
    "xyd20i_wuhan_gas_restaurant_trad_cut": "http://xyd20i.cn/jj/2021/1026/13538.html",
    "znzf_zhongning_town_sanitation_check_eight_towns_cut":
        "https://www.znzf.gov.cn/xxgk/zfxxgkml/zdlyxxgk/hjbh/hjzzqk/202008/t20200814_2186733.html",
    "jingmen_safety_unannounced_127_hazards": "http://jingmen.cjyun.org/p/220104.html",
    "msgov_meishan_unannounced_35_hazards": "https://www.ms.gov.cn/info/5569/1048319.htm",
    "dayeyun_gas_check_71_hazards_14_fixed": "http://m-dayeyun.cjyun.org/p/136682.html",
}


def recount(stem: str, text: str) -> int:
    """The second count of problems (R100), by a regex over each text independent of the truths' builders."""
    if stem.startswith("nrgd"):
        return len(re.findall(r"^\d+\.", text, re.M))
    if stem.startswith("ncdzx"):
        return len([s for s in text.split("觸目驚心。")[1].split("\n")[0].split("。") if "占用" in s and "、" not in s[:12]])
    if stem.startswith("book118"):
        return len(re.findall(r"^\d\.", text, re.M))
    if stem.startswith("ychouse"):
        return text.split("具体表现为:")[1].split("。")[0].count(";") + 1
    if stem.startswith("tmrb"):
        return text.count("隐患单位名称:")
    if stem.startswith(("suzhouaudi", "xyd20i")):
        return len(re.findall(r"發\(fā\)現\(xiàn\)(?:其|這里)", text))
    if stem.startswith("znzf"):
        return len(re.findall(r"^\([一二三四五六七八九十]+\)[^:\n]+:", text, re.M))
    if stem.startswith("wmxa"):
        return len(re.findall(r"工地存在", text))
    return 0


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: measures 0, status and deadline null everywhere (no answers,
    R97); titles, categories and units as written (traditional ones before simplification); the document fields."""
    probs = d["problems"]
    assert all(p["measure_count"] == 0 and p["status"] is None and p["deadline"] is None for p in probs), stem
    check_problems(stem, probs, text, no_stop=True, category_in=text, units_in=text, seq_in=text)
    check_doc(stem, d, text, date_forms=lambda y, m, dd: (f"{m}月{dd}日", f"-{dd}日"), report_forms=lambda y, m, dd: (f"{y}年{m:02d}月{dd:02d}日", f"{y}-{m:02d}-{dd:02d}"))


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    write_labelled_set(HERE, DOCS, TEXT, check_one, recount=recount, total=21, urls=URLS, trad=lambda s: s in TRAD)
    for stem in TRAD:
        body = json.loads((HERE / f"{stem}.truth.json").read_text(encoding="utf-8"))
        for p in body["problems"]:
            assert not GLOSS.search(p["title"]), (stem, p["title"])
            assert not any(GLOSS.search(u) for u in p["responsible_units"]), (stem, p["responsible_units"])


if __name__ == "__main__":
    main()
