"""Write the texts and truth files of tests/importer/real/blind43: a held-out set of real pages (session 22), labelled on
2026-12-07 (03:20-03:28 UTC by the machine clock) by helper label58, who did not read or run the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set. Every url was checked with
/work/wt/known_urls.py when found and again before the commit against the keys of all trees minus this worktree
(1,381 keys: all 14 new); a distinctive phrase of each page was grepped in
/work/main/tests/importer/real and /work/shared/corpus (no copy found).

Focus of the brief: rectification of AUDIT findings and of ENVIRONMENTAL inspections (督察 反馈问题 整改, 销号 公示,
交办 信访件 公示, typical cases). Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R135, C1-C25) and
make_truths.py (head/ins/problem); structure after make_truths_blind42.py. The texts are the stored copies the search
tool's ``pages`` corpus returned, pasted as JSON string literals and decoded (R2): glosses '生態(tài)', spam headers, lost
characters ('20211026日至119'), run-on date lines and chrome kept.

Exhaustion: 37 queries (8 results each) over 审计查出问题整改情况, 经济责任审计 整改 (学校, 医院, 村, 国企/央企,
traditional wording), 审计发现问题整改情况一览表, 生态环境保护督察 反馈问题 整改 销号 公示, 第N项/问题编号 整改结果公示,
验收销号意见, 交办信访件 办理情况, 省级督察 整改情况, 突出生态环境问题 销号 公示, 督查 点位 复核, 典型案例 主要问题, 省级 督察 典型案例, 央企/集团 督察 整改, 企业 检查 通报.
About 100 candidate urls checked with known_urls.py, about 60 KNOWN (czx24, gdcy, yohu9, ruijin, panjin, jianshi, ilynn,
qj.gov.cn, cjckcn, cnhan, 0551qiaojia, 17huanbao, zzfysp, scfbfile, chinacrane, fqhxf, arvrreview, ningbo, jcurcio,
xdscy, yihaowenku, changde, zhuangpeitu, xjhbk, xianyu.chinaxiaokang, huanbaofz, ayfybq, csqrmtzx, duohuanbao, jingzhou,
jpbzzn, daluzixun, dvnusur, yq.gov.cn, cqfj, zi.media, ycwb, deaufficio, ahsz x2, suma x2, wuhu, 119.23.250.19,
xn--g4ts90a, readhub, bailiqin, ylq, silkroad, dvnkrgt, ihas (blind31), a5u0, zhigutangp). The audit side of the corpus gave two new pages with findings (a
city audit bureau's one-finding item, a county's research report on village accounts); the rest of its NEW pages are news,
explainers and rules; the environmental side gave one new one-task 整改结果公示 and
three new single-case pages of the central 督察's typical-case 通报, a province's list of five case headings, a county
pair of provincial cases, a central SOE's rectification disclosure, a spun explainer and a news round-up of 回头看 faults.

Declined, new by key: salon-sesame.com (the 四川 9070-problems petition item: a copy of blind7 sichuan, R4);
shicaozhen.com (the 7省市 531-task item: a copy of the KNOWN jx.7310413.cn, R4); m.mingtan.cc (the 2024-05-28 water
typical-case 通报, the same 通报 as blind33 xngtop, R4); meili43.com and tex-asia.com (强化督查 counts of enterprises only,
R68); news.buu.edu.cn, ayfybq-like meetings, yhg994208.cn (meeting news, no problem and no figure); fudaoke.com (an
explainer of the report genre with one invented example); cznd.gov.cn (a district's procedure); nxhuan.com and
ms.newssc.org (village audit news); kumico.net (a spun traditional copy of an audit-results item, cut before any
finding); news.sohu.com 2013 (a statement on nine firms, no finding); song-news.com (a traditional 石化集团 督察 news item
'10项问题,已整改3项': a fifth near miss, left out to keep near misses at a third); ne21.com (海南 绿盾 tallies), gdee.gd.gov.cn
(督查 counts of firms and kinds), xingbaosteel.com (a firm's 督查 meeting news), shuxieban.com (a press conference's kinds
with casino spam), nhclsq/maswx88/chinagate/xwboo (group meetings and round-ups), fly-ocean/bkrmw/rednet (petition and
check news without findings): near misses beyond the third, not taken.

Pages, kinds (issue 10) and problems (counted twice: by reading, and in main() by a regex recount of each text):
  - xinbin: a county portal's copy of a province's 回头看 整改方案 task 14 整改结果公示 (一、任务 问题编号十四, 二、目标,
    三、措施 (一)(二) cut): 1 problem, 2 measures.
  - hg87897 (traditional, glossed): one typical case of the central 督察 (保山 东河), '二、主要問題' with '(一)…' run on
    its description, cut: 1.
  - hbchina: one typical case (长春 black water), '二、主要问题' with '(一)' heading on its own line, cut: 1.
  - gdklt (traditional): one typical case (河南 引黄调蓄), '二、存在問題' (一)(二) run-on, cut in (二): 2.
  - frey365 (traditional, spam header): news of the 回头看's common faults under two '——' headings, three findings: 3.
  - huanbaole: a spun explainer '企业环保督察遇难题', four headings over '1.' '2.' items and a suggestions list: 8.
  - ztnews (near miss): news of 昭通's 整改情况 report (35 items refined into 55), cut in its summary of the parts: 0.
  - liaoyang (near miss): a city's announcement of its 整改任务清单 (24 tasks, list in an image): 0.
  - caixin (near miss): news of the 审计署's audit results of 15 central firms and 一汽's reply: 0.
  - zlqt: a province's (广东) 省级 督察 typical-case 通报 copy, five case heading lines under '典型案例:': 5.
  - anyangtianxia (casino spam spliced): a provincial 督察's two county cases (海南 澄迈, 保亭), one paragraph each: 2.
  - gz17 (near miss): 中国建材集团's disclosure of its central-督察 rectification (46 tasks, 34 done), cut in its 做法: 0.
  - ndbbs: a forum copy of 宁德市审计局's item on one unit's old receivables and the three-point remedy: 1, 3 measures.
  - xjsm168: a 范文 site's county research report on village finance audit, '一、存在的问题' (一)-(三) run-on, cut: 3.
Totals: 14 documents (4 near misses), 27 problems (1+1+1+2+3+8+5+2+1+3), 5 measures (xinbin 2, ndbbs 3); reading and
regex recount agree. Levels: central (typical cases, an SOE, the 审计署), provincial (辽宁 task, 广东, 海南), city (昭通, 辽阳), county
(澄迈/保亭, a county's villages); bodies: governments, a central SOE and fifteen audited central firms, an explainer on enterprises.

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- (NEW) A single typical case printed with its own '二、主要问题/存在问题' section (hg87897, hbchina, gdklt): the numbered
  items of that section are the problems (R8), category the section heading (R79); the case heading above is the case's
  name, not a second problem (unlike blind38 r119 / blind33 xngtop, where case headings stand alone with no section).
  The other reading (one problem per case, R11/R108) is noted.
- Run-on items '(一)<heading>。<description>' are titled whole, as far as the copy goes (R88, C9 SETTLED); a heading on
  its own line (hbchina) is the title alone.
- (NEW) xinbin: a 整改结果公示 of one numbered task ('问题编号十四') is a one-task notice (R14): seq 14 (R76/R77), category
  the label '中央环境保护督察反馈意见整改任务' (C17 majority, numbered label), status done (R94: a 整改结果 公示 of a task
  reported complete, though the copy is cut before the result), measures the two printed '(一)(二)' (cut in the second).
- (NEW) frey365: a round-up of an inspection's findings under fault headings ('——虚假整改 造假应对'): one problem per
  place's finding (R10), the quoted finding for 汝阳 (the following paragraphs the same problem, R13), the 清远 sentence
  without '此外,在' (R92, blind37 nanmuxuan), the 广东省 sentence after its lead-in '督察组向广东省进行反馈时提到,';
  category the heading without its dash; the example after '例如' the same problem (R13).
- (NEW) huanbaole: a spun explainer listing 整改 problems under four headings with a closing '建议解决方案' list is a
  collection of problems and countermeasures: kind plan (R28); the suggestions answer no item: measures 0 (R98); title
  null (an article headline naming no document, R34).
- liaoyang: title the transmitted list's own heading (R36) from the attachment line; start '20211026日' read with 日
  (R61), '至119' and '2022223' lost both 月 and 日: no end, no feedback (R61); 24 tasks are the problems total (R63); the
  '2022年年底前完成21项' is a plan, not done (R71).
- caixin: '会计核算、重大经济决策和内部管理不规范' are one firm's kinds in one sentence (R19); its '修订了33个制度规范' is
  one of fifteen audited firms' count, not the page's subject's (R65, R69): rules_made null (NEW).
- (NEW) zlqt: title from the closing '原标题:' line (the 通报's own title), kind null (R29); '典型案例:' a lead-in
  label: category null (C13).
- (NEW) anyangtianxia: two case names quoted in one sentence are not labelled (R19); each county's paragraph
  finding after '经…共同核查发现,' is (R10, R92), which keeps the spliced spam out of the titles.
- (NEW) ndbbs: the auditors' '一是/二是/三是' remedy set for the unit counts as its measures (3); '已着手…' is no
  status word (R93, R95): null.
- xjsm168: a county research report's own '存在的问题' items (R8, R9), kind null (no countermeasure in the copy).
- gz17: 46/34 tasks read (R63, R71); '180项具体整' in the cut paragraph not read (R26); 一是/二是 are 做法 (R111).
- Inspectors as printed (R46), glosses included where the page prints them (hg87897); a 现场督察 day ('2021年4月7日')
  is one visit inside the stationing period, not its start (R50 reads a one-day check only): no inspection dates.
"""
import json
import re
from pathlib import Path

from make_truths import check_doc, check_problems, head, ins, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind43"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "xinbin_liaoning_huitoukan_task14_result_notice_cut": r'''"![]() |\n|\n网站首页 |\n您的位置:首页 >> 专题专栏 >> 往期专题 >> 中央生态环保督察“回头看”在辽宁 |\n中央生态环保督察“回头看”在辽宁 省“回头看”《整改方案》第十四项整改任务 整改结果公示\n来源:部门报送浏览:32679次'时间:2020年5月29日\n省“回头看”《整改方案》第十四项整改任务 整改结果公示\n一、中央环境保护督察反馈意见整改任务 问题编号十四:有的地方对待督察整改态度消极,在思想上重视不够,在行动上敷衍应付,整改工作十分被动。抚顺市在水污染治理问题整改中,没有根据实际制定整改目标和措施,而是照搬照抄省级整改方案,行政区域内水环境污染问题依然突出。按照省政府与抚顺市政府签订的水污染防治目标责任书要求,抚顺市2016年河流水质优良比例应达到75%,但在制订督察整改方案时,抚顺市仍将整改目标设定为全市河流水质优良比例2017年达到45.4%、2020年达到51.2%,与省级整改方案对全省要求一模一样。东洲区、新抚区在设定整改目标时又照搬照抄抚顺市整改方案,一级抄一级。抚顺市东洲河、海新河和古城子河“一河一策”实施方案几乎完全相同,没有针对性和可操作性。2018年,行政区域内东洲河、海新河等浑河重点支流水质严重恶化,浑河抚顺市出境断面水质由2017年的IV类下降为V类。 二、整改目标 实施浑河流域综合整治,确保考核断面优良比例达到75%以上。 三、整改措施 (一)2019年6月至8月,开展重点水污染源“百日攻坚”专项执法行动,重点排查各工业园区、重点工业污染源环保设施建设和运行情况,对违法排污的企业和违规建设的项目坚决依法查处,并向社会公开处罚结果。 (二)严格落实河长制工作。落实市县乡村四级河长管理责任,修改完善“一河一策”实施方案,确保河流监管"''',
    "hg87897_baoshan_donghe_typical_case_trad_glossed_cut": r'''"環(huán)保督察組通報典型案 有地方\"母親河\"淪為納污河\n2021年04月16日 18:17  來源:中國新聞網(wǎng)  宋體\n\n  中新網(wǎng)4月16日電 據(jù)生態(tài)環(huán)境部網(wǎng)站消息,第二輪第三批中央生態(tài)環(huán)境保護督察組深入一線、深入現(xiàn)場,查實了一批突出生態(tài)環(huán)境問題,核實了一批不作為、慢作為,不擔當、不碰硬,甚至敷衍應(yīng)對、弄虛作假等形式主義、官僚主義問題。為發(fā)揮警示作用,切實推動問題整改,現(xiàn)對第一批8個典型案例進行集中公開通報。具體案例如下:\n\n  保山市治污不力“母親河”東河淪為納污河\n\n  2021年4月7日,中央第八生態(tài)環(huán)境保護督察組現(xiàn)場督察發(fā)現(xiàn),云南省保山市主城區(qū)隆陽區(qū)污水處理能力嚴重不足,每天約4.5萬噸污水直排“母親河”東河,致使東河成為納污河,自2018年以來水質(zhì)持續(xù)惡化為劣Ⅴ類。\n\n  一、基本情況\n\n  東河發(fā)源于保山市隆陽區(qū)東北部,隆陽區(qū)境內(nèi)全長95.4公里,流域面積1481平方公里,干流沿建成區(qū)東部穿城而過,被稱為保山市“母親河”。由于保山市治污不力,城市污水處理設(shè)施嚴重不足,近年來東河污染問題日益加劇,在城區(qū)上游來水基本保持Ⅱ類水質(zhì)的情況下,城區(qū)下游雙橋、石龍坪監(jiān)測斷面水質(zhì)相繼惡化為劣Ⅴ類。\n\n  二、主要問題\n\n  (一)基礎(chǔ)設(shè)施嚴重缺失,大量污水直排東河。保山市隆陽區(qū)現(xiàn)有兩座城市生活污水處理廠,日處理生活污水5.5萬噸,遠遠不能滿足城市生活污水處理需求。據(jù)統(tǒng)計,2020年,隆陽區(qū)生活污水收集率僅為31.16%,每天約4.5萬噸污水直排東河。為了補齊生活污水處理短板,保山市“十二五”期間就規(guī)劃建設(shè)"''',
    "hbchina_changchun_black_water_typical_case_cut": r'''"据生态环境部微信公众号消息:第二轮第四批中央生态环境保护督察组深入一线、深入现场,查实了一批突出生态环境问题,核实了一批不作为、慢作为,不担当、不碰硬,甚至敷衍应对、弄虚作假等形式主义、官僚主义问题。为发挥警示作用,切实推动问题整改,现对第四批5个典型案例进行集中公开通报。\n典型案例一丨吉林省长春市建成区部分水体返黑返臭 群众反映强烈\n2021年9月,中央第一生态环境保护督察组督察吉林发现,近年来长春市下大力气开展伊通河流域综合整治,流域环境明显改善,但部分区域污水处理厂建设、雨污分流改造等工作仍然较为滞后,污水直排现象较为突出,管控措施长期落实不到位,部分已治理完成的黑臭水体返黑返臭,群众反映强烈。\n一、基本情况\n2015年长春市经过排查确定75个黑臭水体,总长度236公里,其中永春河、柴户张暗渠、南溪湿地后三家子沟、抚松明沟、绿园明沟、翟家明沟等均在名单之中。经过督察整改,长春市上报确认75个水体于2018年底全部消除黑臭。\n二、主要问题\n(一)部分水体返黑返臭,群众反映强烈\n2017年对吉林省开展的第一轮中央生态环境保护督察及2018年督察“回头看”期间,督察组收到大量关于永春河、南溪湿地、抚松明沟等存在污水直排或黑臭相关问题的信访举报,本次督察进驻以来,督察组又收到大量相关问题举报。督察组现场抽查回访发现,群众信访举报问题基本属实,不少群众现场表示,黑臭水体治理投入大量资金和人力物力,但“治标不治本”,黑臭水体问题未根本解决。\n督察发现,2018年长春市黑臭水体治理工作通过考核验收后,由于水环境基础设施建设滞后、长效管控机制落实不到位等原因,部分水体返黑返臭。督察组现场取样监测显示,后三家子沟水体化学"''',
    "gdklt_henan_yellow_river_storage_typical_case_trad_cut": r'''"順時永進,天道酬勤\n136-3274-7997\n涉水問題突出!中央環保督察通報8大典型案例(下)\n一、基本情況\n河南省水資源稟賦較差,全省2018年黃河水資源總量為57.47億立方米,人均水資源量僅有200多立方米,不到全國平均水平1/10,水資源開發利用率遠超國際公認的40%水資源開發生態警戒線,水資源開發利用現狀十分嚴峻。\n河南省還是我國重要農業大省,引黃灌溉對支撐農業生產意義重大。鄭州市中牟縣三劉寨引黃灌區調蓄工程(以下簡稱三劉寨調蓄工程)、開封市黑崗口引黃灌區調蓄水庫工程(以下簡稱黑崗口調蓄工程)均是河南省引黃河水用于農業灌溉的重點建設工程。\n二、存在問題\n(一)借調蓄灌溉之機行人工造湖之實。2013年8月,為改善中牟縣三劉寨灌區下游灌溉條件,河南省水利廳等相關部門批復三劉寨調蓄工程,同意引取黃河干流水用于下游灌區3.5萬畝農田灌溉,該工程2013、2014連續兩年被河南省列為第一批A類重點建設項目。\n督察發現,中牟縣三劉寨調蓄工程以引黃調蓄工程報批,但在建設過程中沒有考慮調蓄灌溉功能,配套提灌工程至現場調查時仍未建成,下游干渠被垃圾堆滿,灌區農田多年來只能使用地下水進行灌溉,進一步加劇地下水資源壓力(鄭州市屬地下水超采城市)。而2017年7月完成蓄水的主湖面則被當地政府開發成為濕地公園,旅游活動開展得紅紅火火,游客絡繹不絕。\n(二)黃河水資源浪費嚴重。督察發現,河南省水利廳批復同意三劉寨調蓄工程每年引黃河水量為305萬立方米,但該工程在未發揮灌溉功能前提下,僅受自然蒸發和下滲影響,每年引黃河水量就遠超許可水量。據統計,2018年至2020年,三劉寨調蓄工程以生態應急補水名義,共向河務部門申請引黃河水2000余萬立方米,大量黃河干流水被白白浪費。黑崗口調蓄工程"''',
    "frey365_huitoukan_common_faults_trad_spam_cut": r'''"美女粉嫩极品国产在线2020,亚洲国产中文欧美国产综合在线,一本一道中文字幕无码东京热,国农村精品国产自线拍\n\n首頁>要聞 要聞\n\n中央環保督察“回頭看”反饋結束 這些通病被揪出\n\n2018年10月24日 07:25 | 來源:中國新聞網\n分享到: \n\n——虛假整改 造假應對\n\n“汝陽縣水務監管部門為應付督察,臨時編造行政處罰案卷和日常巡查記錄,情節十分惡劣。”\n\n這是督察組對河南進行“回頭看”時發現的情況。據督察組通報,被舉報的汝陽縣華氏砂石有限公司采砂證已于2017年12月到期,制砂項目未經環保審批。現場檢查時企業雖未生產,但現場砂石成品堆砌,運輸車轍清晰,有近期生產跡象。\n\n督察人員進一步調查發現,汝陽縣水利局管理混亂,相關人員業務生疏,對屬地河道存在的違法采砂問題和生態破壞情況視而不見。為了掩飾失職,不惜臨時編造行政處罰案卷和日常巡查記錄。\n\n此外,在廣東清遠,該市為完成海仔大排坑黑臭整治任務,以便通過創建全國文明城市的測評,在既沒有截污也沒有清淤的情況下,臨時調水稀釋,便上報治污工程已完成,并聲稱取得了“清澈見底、魚類成群”的整治成效。\n\n點擊進入下一頁\n\n廣東清遠,裹挾著垃圾的污水傾流而下進入海仔大排坑。圖片來源:生態環境部\n\n——不擔當、不碰硬\n\n推進整改時遇到阻力就畏縮不前、遇到問題就繞著走……在此番“回頭看”中,不擔當、不碰硬也是督察組發現的一大通病。\n\n督察組向廣東省進行反饋時提到,該省在打擊固體廢物污染犯罪方面不擔當、不碰硬的問題尤為突出。\n\n例如,廣州海滔公司傾倒污泥案于2018年4月案發后,相關部門前期工作力度不夠,直至“回頭看”期間、廣州市公安機關全面介入調查后才水落石出:海滔公司非法牟利,涉嫌污染環境、合同詐"''',
    "huanbaole_enterprise_ducha_rectification_problems_explainer": r'''"首页\n \n长沙五一大道\n\n环保节能\n\n企业环保督察遇难题 环保督察问题整改存在的问题\n\n来源:www.huanbaole.com    编辑: 环保网     时间:2025-09-10点击:\n\n一、企业主体责任落实不力\n\n1. 污染防治设施运行异常现象普遍,存在\"一查就开、一走就关\"的应付行为,部分企业甚至干预在线监测设备数据造假。典型案例显示,某产业园酸雾超标整改项目中,污水处理站当月故障时间达17天,30项处置作业有18项仅签空白无法追溯。\n\n2. 思想认识存在偏差,部分企业(如中卫市铁合金企业)将污染问题简单归咎于生产工艺,采取修修补补的临时措施而非系统治理。\n\n二、监管机制存在缺陷\n\n1. 基层执法面临\"科长管\"的权责不对等现象,特别是对央企下属企业监管时存在不敢碰硬的情况。如六安市重污染天气预警期间,10家企业未落实应急减排措施却未受处罚。\n\n2. 网格化巡查平均仅完成规定值的46.7%,企业整改动作监控率低于设计标准16个统计点,暴露出巡查形式化问题。\n\n三、技术支撑体系薄弱\n\n1. 整改方案制定存在漏项,全国34%行政辖区的整改清单未包含应急监测、设备双确认等关键要素。霍邱县案例显示,物料露天堆放、抑尘措施不到位等问题反复出现。\n\n2. 传统监测手段存在局限,部分企业通过篡改CEMS数据逃避监管,而新型用电量监控技术尚未普及。\n\n四、制度执行存在短板\n\n1. 中卫市9家铁合金企业中6家未按时安装在线监测设备,相关规定落实严重滞后。\n\n2. 整改验收标准不明确,如固废堆放棚项目缺失防渗层材质检验规则,导致多部门推诿。\n\n建议解决方案:\n\n  • 建立\"三链式\"标准化行动框架,明确技术要件模板\n  • 推行五账式督导流程模型,实现动态色卡表考核\n  • - 推广用电量监控等智能监管技术,破解数据造假难题\n\n    关闭"''',
    "ztnews_zhaotong_provincial_ducha_report_news_55_cut": r'''"来源:昭通新闻网\n2019-07-25 18:222017年9月5日至19日,省委、省政府第三环境保护督察组对昭通市开展了环境保护督察,于2018年4月27日向昭通市反馈了督察意见。昭通市委、市政府高度重视环保督察整改工作,研究制定《昭通市贯彻落实云南省委省政府环境保护督察反馈问题整改方案》(以下简称《整改方案》),将督察组反馈的35项问题细化为55个具体问题,明确整改责任主体、措施、时限和整改要求。2018年以来,昭通市先后召开市委常委会议、市政府常务会议和专题会议30余次研究部署环保督察整改工作,市委、市政府主要领导先后作出60余次批示,对历次环保督察整改工作提出了明确要求。市级领导先后30余次深入现场检查调研,协调推动垃圾处置、河长制落实、饮用水源地保护、黄标车淘汰、医疗废物处置等工作。市生态环境保护委员会对整改情况实行月调度跟踪问效,同时对整改落实情况进行专项督查,跟踪问效整改落实情况。市纪委监委强化执纪问责,严格责任追究,对督察组移交的问题线索,严肃调查处理,并向社会公开。\n2019年6月28日,中共昭通市委、昭通市人民政府向省政府报送了《中共昭通市委 昭通市人民政府关于贯彻落实省委、省政府环境保护督察反馈意见问题整改情况的报告》(以下简称《整改情况》)。按照要求,《整改情况》全文将通过省级和州(市)级主要新闻媒体对外公开。\n《整改情况》分为三个部分:第一部分为深化思想认识,高位推进整改。从提高政治站位、加强统筹协调两个方面表述了全市抓好省委省政府环境保护督察整改落实开展的主要工作。第二部分为明确工作措施,狠抓问题整改。从细化工作方案、坚持问题导向两个方面,总结了昭通市贯彻落实省委省政府环境保护督察反馈意见整改工作"''',
    "liaoyang_provincial_ducha_task_list_24_announcement": r'''"当前位置: 首页 > 专题专栏 > 生态环境保护督察\n\n辽阳市公开第二轮省级生态环境保护督察整改任务清单\n\n时间发布:2022-11-11 15:30 阅读次数: 信息来源:市生态环境局 字体:[ ] 【打印文章】\n\n20211026日至119辽宁省第三生态环境保护督察组辽阳市开展了第二轮省级生态环境保护督察,并于2022223市正式反馈了督察意见辽阳市委、市政府高度重视省级生态环境保护督察整改工作,立即召开市委常委会议、市政府常务会议和市政府专题会议研究部署,针对督察反馈问题及整改意见,举一反三,制定整改措施,明确责任,整改时限,挂图作战,立即整改。经深入研究、征求意见、会议审议,制定上报了《辽阳2021第二轮省级生态环境保护督察整改任务清单(以下简称《整改任务清单)。经省委省政府审核同意,现按照要求向社会公开。\n\n《整改任务清单》明确,按照对标对表、全面整改,实事求是、统筹推进,点面结合、标本兼治的原则推进整改,针对督察反馈意见具体问题和意见建议,统筹整合形成24项整改任务,2022年年底前完成21项整改任务,2023年年底前24项全部整改完成,确保实现督察移交问题整改到位、经济社会发展全面绿色转型、生态环境质量持续改善、现代环境治理体系基本构建的综合整改目标。同时,督察组移交辽阳市生态环境损害责任追究问题,已按照规定由有关部门进一步调查处理,处理结果后续将向社会公开。\n\n附件:辽阳市2021年第二轮省级生态环境保护督察整改任务清单\n\n辽阳市2021年第二轮省级生态环境保护督察整改任务清单.jpg\n\n\n附件:\n\n    相关文章:"''',
    "caixin_15_central_soe_audit_faw_reply": r'''"据新华社6月1日消息,审计署1日公布了中石油、中石化、中国电科、一汽、二重等15家中央企业2010年度财务收支等审计结果公告,披露了这些中央企业在财务管理、内部管理、投资项目管理等方面存在的问题。这些中央企业都在1日对公告进行了回应,并公布了整改进展情况。\n会计核算、重大经济决策和内部管理不规范是此次一汽集团在接受审计过程中暴露的主要问题。一汽集团表示,在审计署依法出具审计报告后,集团全面梳理了管理流程,分析了问题产生原因,修订了33个制度规范,逐一对照检查、纠正,基本完成了对审计报告涉及问题的整改。"''',
    "zlqt_guangdong_provincial_ducha_five_typical_case_titles": r'''"经广东省委、省政府批准,7月下旬,第二轮第四批省生态环境保护督察全面启动,5个省督察组分别进驻深圳、韶关、汕尾、肇庆和云浮市,深入一线、直奔现场,查实了一批突出生态环境问题,核实了一批在城市建筑废弃物处理处置、小水电分类整改、水环境基础设施建设和国考断面水质达标、森林公园保护、城镇生活污水收集处理等方面不作为、慢作为,不担当、不碰硬问题。为强化警示震慑,推动问题整改,集中公开通报第四批5个典型案例。\n针对这些问题,督察组将进一步调查核实,并按有关要求和程序做好后续督察工作。对在督察整改工作中存在失职失责行为的,将督促各地依规依纪依法查处到位。\n典型案例:\n深圳市一些地方建筑废弃物违规处置问题突出\n韶关市乳源瑶族自治县小水电分类整改工作推进迟缓 影响河流生态系统健康\n汕尾市陆丰市水环境基础设施短板突出 部分国考断面水质稳定达标形势严峻\n肇庆市高要区象山森林公园保护不力\n云浮市罗定市部分城镇生活污水收集处理存在短板 污水直排问题突出\n来源|广东省生态环境厅\n整理|广东生态环境微信编辑小组\n原标题:第二轮第四批省生态环境保护督察典型案例集中通报"''',
    "anyangtianxia_hainan_provincial_ducha_two_county_cases_spam": r'''"2025年首批省级生态环境保护例行督察进驻工作结束在即,5月21日,海南日报全媒体记者从省生态环境保护督察工作领导小组办公室获悉,目前进驻的督察组共公开曝光了两宗生态环境问题典型案例。\n两宗典型案例来自此次被督察的澄迈县和保亭黎族苗族自治县,分别为“澄迈扬尘污染问题突出,职能部门监管不严不实”和“保亭地热等矿产资源监管缺位w88win中文手机版,,违规开采问题突出”。\n督察组通过文字及视频的方式,对典型案例的基本情况、存在问题、原因分析等内容进行公开曝光。\n其中,w88win优德官网,省第二生态环境保护督察组进驻澄迈县开展例行督察。澄迈县委w88win中文手机版,、县政府高度重视,主动揭短家底w88win中文手机版,,积极配合督察。经与澄迈县共同核查发现,澄迈县在施工工地、黄土、砂石堆场、港口码头等领域扬尘污染防治不力,职能部门监管不严不实。\n省第三生态环境保护督察组进驻保亭开展督察,保亭黎族苗族自治县委、w88win优德官网,县政府高度重视此次督察,敢于揭丑亮短、刀刃向内,坚持与督察组同向发力,共同推进生态环境保护工作。经督察组与保亭共同核查发现,保亭矿产资源监管缺位,违规开采生态问题突出。\n督察组严格按照“坚持政治督察、坚持问题导向、坚持严的基调、坚持整改见效”的督察原则,认真贯彻落实《海南省生态环境保护督察工作实施办法》,精准、科学、依法开展督察,既督任务、督成效,又察认识、察责任。下一步,督察组将分别与澄迈、保亭进一步调查核实有关情况,并督促地方推进问题整改。(周晓梦)"''',
    "gz17_cnbm_central_ducha_rectification_disclosure_46_34_cut": r'''"2020年8月31日至9月30日,中央第五生态环境保护督察组对中国建材集团有限公司(以下简称中国建材集团)开展生态环境保护督察,于2021年1月29日反馈督察意见。中国建材集团以习近平生态文明思想为引领,坚决扛起生态环境保护的政治责任,把督察整改工作摆在突出位置,逐项任务、逐条措施开展整改。截至2021年底,按照反馈意见提出的46项整改任务中,34项已经完成整改,12项任务达到序时进度,并持续推进。经党中央、国务院同意,现将中央生态环境保护督察反馈意见整改落实情况予以公开。\n一、深入贯彻落实习近平生态文明思想,坚决扛起督察整改主体责任\n一是加强组织领导,提高政治站位。中国建材集团第一时间成立生态环保督察整改工作领导小组,由集团党委书记、董事长担任组长,党委副书记、总经理担任副组长,党委其他成员为领导小组成员。领导小组下设生态环保督察整改工作组和督察整改工作专班,协同推进整改工作。加强顶层研究,集团党委会将习近平生态文明思想以及党中央、国务院关于生态环境保护的重大决策部署作为党委会第一议题,建立了贯彻落实台账,专人按月跟进落实;月度会将中央生态环境保护督察整改内容纳入成员企业通报范畴;党委会、总经理办公会加强对中央生态环境保护督察整改议题的研究部署,对督察整改关键环节、关键节点进行把控与决策。\n二是健全责任体系,压实整改责任。自上而下逐级建立完善生态环保责任制,集团涉及生产制造与工程建设类企业生态环保责任制覆盖率达到100%,形成“横向到边、纵向到底”的责任体系。对照中央生态环境保护督察反馈意见,坚持问题导向、目标导向和责任导向,对存在的问题进行分类梳理,细化整改方案,梳理形成46项整改任务180项具体整"''',
    "ndbbs_ningde_audit_one_unit_old_receivables_forum": r'''"|\n近日,宁德市局审计发现某单位应收应付款项中账龄10年以上历史遗留无明细呆账六百多万元未清理,以前年度审计后虽有聘请中介机构进行清产核资,但收效甚微。审计过程中审计人员主动与该单位沟通,提出整治的具体办法,督促其即知即改,加大往来账款清理力度,并建立长效机制。一是通过追溯财务资料和查询相关人员、相关单位,对挂账时间、原因和资金性质进行明细分类,依法依规清收,做好相关财务处理。二是完善往来账款管理制度,建立往来账款辅助台账,健全催收、清查和核销等程序,规范核算与管理。三是落实责任。明确单位负责人、财务人员和具体经办人员责任,同时有关人员工作岗位变动时,必须及时办理交接手续,有效避免往来账款沉淀。目前被审单位已着手对挂账资金性质进行区分、询证。(宁德市审计局 陈建梅供稿)\n来源:宁德市审计局\nND03 |\n|"''',
    "xjsm168_county_village_finance_audit_problems_fanwen_cut": r'''"近年来,党的各项惠民政策在农村得到落实,大量项目和资金助推农业产业发展,村集体经济不断发展壮大,村集体收入不断增加,村级财务审计监督成为社会关注的热点。我县采取村财乡(镇)管、配备村廉勤监委、建立乡镇审计站等措施,加强审计监督,强化监管,村级财务运行良好。调研中也发现,村级财务还不同程度存在一些问题,损坏了基层干部队伍的形象,侵害了群众利益。\n一、存在的问题\n(一)收入不入账,公款私存。个别村干部规矩意识不强、法纪观念淡漠,乡镇审计站指导不力、监管缺位,导致个别村公款私存的现象时有发生。土地山林承包款、集体经济分红、房屋出租等集体经济收入,个别村不按规定将这些收入纳入“村财乡管”账户统一管理,而是由村委会指定一名村干部私存,没有纳入村集体财务统一核算,长期体外循环,随意开支。还有个别村巧立名目,以各种名义,编制各种理由,将“村财乡管”账户的资金套出, 存入指定的村干部账户。\n(二)审核不严格,支出混乱。对村集体的财务开支,入账票据须经村民主理财小组审核,村廉勤委主任签字,村委会主任签批后,才能入账。在实际操作过程中,一些入账票据只有村委会主任签字,而未经村民理财小组审核,也没有村廉勤委主任签字,就入账报销。有的入账票据内容填写不完整、缺项,比如没有填写经济业务数量,内容摘要则直接表述为购买办公用品或支付务工费,经调查,实为违规发放村干部其他开支虚开的发票。\n(三)财务不公开,监管乏力。少数村干部民主意识淡薄,将财务公开形式化,应付了事。在财务公开内容上做选择、避重就轻,笼统不具体、不明确、不及时,大多数只公示“村财乡管”账务上的收支情况,对自管账或“小金库”不公示,对详细的收支情况不作"''',
}

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}


# ---- problems -------------------------------------------------------------------------------------------------------

def _between(text: str, start: str, end: str) -> str:
    i = text.index(start) + len(start)
    return text[i:text.index(end, i)]


_XB = TEXT["xinbin_liaoning_huitoukan_task14_result_notice_cut"]
XINBIN = [_p(14, _between(_XB, "问题编号十四:", "。 二、整改目标"), "中央环境保护督察反馈意见整改任务",
             status="done", measures=2)]

_HG = TEXT["hg87897_baoshan_donghe_typical_case_trad_glossed_cut"]
HG = [_p(1, _HG.split("(一)", 1)[1], "主要問題")]

HBCHINA = [_p(1, "部分水体返黑返臭,群众反映强烈", "主要问题")]

_GD = TEXT["gdklt_henan_yellow_river_storage_typical_case_trad_cut"]
GDKLT = [_p(1, _between(_GD, "(一)", "項目。\n") + "項目", "存在問題"),
         _p(2, _GD.split("(二)", 1)[1], "存在問題")]

_FR = TEXT["frey365_huitoukan_common_faults_trad_spam_cut"]
FREY = [_p(None, "汝陽縣水務監管部門為應付督察,臨時編造行政處罰案卷和日常巡查記錄,情節十分惡劣", "虛假整改 造假應對"),
        _p(None, _between(_FR, "此外,在", "整治成效。") + "整治成效", "虛假整改 造假應對"),
        _p(None, "該省在打擊固體廢物污染犯罪方面不擔當、不碰硬的問題尤為突出", "不擔當、不碰硬")]

_HB = TEXT["huanbaole_enterprise_ducha_rectification_problems_explainer"]


def _numbered_items(text: str) -> list[dict]:
    """The '1. …' / '2. …' lines under each '一、…' heading: seq the printed number, category the heading, title the
    whole line without its number and final '。' (R86, C9 whole)."""
    out, cat = [], None
    for line in text.split("\n"):
        m = re.match(r"^[一二三四]、(.+)$", line)
        if m:
            cat = m.group(1)
            continue
        m = re.match(r"^(\d)\. (.+?)。?$", line)
        if m:
            out.append(_p(int(m.group(1)), m.group(2), cat))
    return out


HUANBAOLE = _numbered_items(_HB)

_ZL = TEXT["zlqt_guangdong_provincial_ducha_five_typical_case_titles"]
ZLQT = [_p(None, line) for line in _between(_ZL, "典型案例:\n", "\n来源|").split("\n")]

_ND = TEXT["ndbbs_ningde_audit_one_unit_old_receivables_forum"]
NDBBS = [_p(None, _between(_ND, "宁德市局审计发现", ",以前年度"), measures=3)]

_XJ = TEXT["xjsm168_county_village_finance_audit_problems_fanwen_cut"]
XJSM = [_p(i, line[3:].removesuffix("。"), "存在的问题")
        for i, line in enumerate((ln for ln in _XJ.split("\n") if re.match(r"^\([一二三]\)", ln)), start=1)]

_AY = TEXT["anyangtianxia_hainan_provincial_ducha_two_county_cases_spam"]
ANYANG = [_p(None, _between(_AY, "经与澄迈县共同核查发现,", "。")),
          _p(None, _between(_AY, "经督察组与保亭共同核查发现,", "。"))]

_NONE = head()

DOCS = {
    "xinbin_liaoning_huitoukan_task14_result_notice_cut": dict(
        excerpt=True,
        genre="1-like one-task notice of a 督察 回头看 整改方案 task: a county portal's column copy of a provincial "
              "'第十四项整改任务 整改结果公示' (breadcrumbs, column tag before the title, a date line), 一、整改任务 "
              "'问题编号十四:…', 二、整改目标, 三、整改措施 (一)(二); cut in (二)",
        kind="bulletin", title="省“回头看”《整改方案》第十四项整改任务 整改结果公示", issuer=None,
        report_date="2020-05-29", inspection=ins(), headline=_NONE, problems=XINBIN,
        anomalies=["(NEW) One numbered task of a 整改结果公示 (R14): seq 14 from '问题编号十四' (R76/R77); category the "
                   "numbered section label '中央环境保护督察反馈意见整改任务' (C17 majority, R83); title the statement after "
                   "'问题编号十四:' without its final '。' (R86), inner sentences kept.",
                   "Status done: the page is the task's 整改结果 公示 (R94), though the copy is cut before the result "
                   "section; measures 2, the printed '(一)' and '(二)' (R96), the second cut at '确保河流监管'.",
                   "Title the title line without the column tag '中央生态环保督察“回头看”在辽宁' that runs into it (R32, "
                   "R35: the first printing); report date the line '时间:2020年5月29日' (R40); issuer null (来源:部门报送, "
                   "R38); no unit, deadline or inspector in the copy (the feedback's team is not named, R48).",
                   "The stray \"'\" in '浏览:32679次'时间' kept as returned (R2)."]),
    "hg87897_baoshan_donghe_typical_case_trad_glossed_cut": dict(
        excerpt=True,
        genre="6-like exposure: a glossed traditional repost of the central 督察's first batch of typical cases (2021), "
              "one case (保山 东河): lead, case heading, 一、基本情況, 二、主要問題 '(一)' run on its description; cut",
        kind=None, title=None, issuer=None, report_date="2021-04-16",
        inspection=ins("中央第八生態(tài)環(huán)境保護督察組"), headline=_NONE, problems=HG,
        anomalies=["(NEW) A single typical case with its own '二、主要問題' section: the numbered items are the problems "
                   "(R8), category the section heading (R79); the case heading '保山市治污不力…' names the case and is "
                   "not labelled (the other reading, one problem per case as blind38 r119, noted).",
                   "'(一)基礎設施嚴重缺失,大量污水直排東河。<description>' runs on one line: titled whole (R88, C9), cut at "
                   "'規劃建設' (R25); simplified without glosses (R91).",
                   "Report date the date line '2021年04月16日 18:17' (R40); '2021年4月7日' is one 现场督察 visit of the "
                   "stationed team, not the period (R50): no inspection dates; inspector as printed with its glosses "
                   "(R46; doc fields keep the page's script, R91); inspected null (the lead names 云南省保山市 as the "
                   "place found, the inspected province is not named as such).",
                   "Kind null (an exposure, R29); the first line is a news headline (R34): title null; '8個典型案例' are "
                   "cases, no figure (R68)."]),
    "hbchina_changchun_black_water_typical_case_cut": dict(
        excerpt=True,
        genre="6-like exposure: a provincial news site's copy of the central 督察's fourth batch of typical cases "
              "(2021), case one (长春): lead, '典型案例一丨…' heading, 一、基本情况, 二、主要问题 '(一)' heading on its "
              "own line over its description; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("中央第一生态环境保护督察组", "吉林"), headline=_NONE, problems=HBCHINA,
        anomalies=["(NEW) As hg87897: the '主要问题' section's numbered item is the problem (R8), category '主要问题' "
                   "(R79), titled by its heading on its own line (R88); the case heading '吉林省长春市建成区…' is not "
                   "labelled.",
                   "Cut in the item's second paragraph ('后三家子沟水体化学'): excerpt true; no answer: measures 0, status "
                   "null.",
                   "No date with a day and year ('2021年9月' a month, the url's date not read, R44/R60): no report or "
                   "inspection dates; inspector and inspected as the case's lead names them (R46, R47); '5个典型案例' "
                   "and '75个黑臭水体' are cases and places (R68); kind null (R29), title null (no title line, R33)."]),
    "gdklt_henan_yellow_river_storage_typical_case_trad_cut": dict(
        excerpt=True,
        genre="6-like exposure: a company site's traditional repost of a typical case of the central 督察 (河南 引黄 "
              "调蓄 projects; the page's headline names '8大典型案例(下)'), 一、基本情況, 二、存在問題 '(一)' '(二)' run on "
              "their descriptions; cut in (二)",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=_NONE, problems=GDKLT,
        anomalies=["(NEW, as hg87897) The '存在問題' section's items are the problems (R8), category '存在問題' "
                   "simplified (R79, R91); the copy starts at the case's '一、基本情況' (no case heading).",
                   "Items run on their descriptions: titled whole to the end of the line (R88, C9), the first without "
                   "its final '。', the second cut at '黑崗口調蓄工程' (R25); the following '督察發現,…' paragraph of (一) "
                   "is its description (R13).",
                   "Company chrome ('順時永進,天道酬勤', a phone number) kept (R2); no date, no named team ('督察發現'), "
                   "inspector null (R48); the headline is news (R34): title null; kind null (R29); '8大典型案例' are "
                   "cases (R68)."]),
    "frey365_huitoukan_common_faults_trad_spam_cut": dict(
        excerpt=True,
        genre="6-like exposure round-up: a traditional repost, with an adult-spam header line, of a news agency's item on "
              "the 督察 回头看's common faults: two '——' headings, each over findings of named places; cut in an "
              "example",
        kind=None, title=None, issuer=None, report_date="2018-10-24", inspection=ins(), headline=_NONE,
        problems=FREY,
        anomalies=["Spam header line ('美女粉嫩…') and the page's '點擊進入下一頁' and photo caption kept (R2).",
                   "(NEW) One problem per place's finding under the fault headings (R10): 汝阳 the quoted finding without "
                   "its quotes and '。' (R86), the following 通报 paragraphs its facts (R13); 清远 the sentence without "
                   "'此外,在' (R92, blind37 nanmuxuan); 广东省 the finding after the lead-in '督察組向廣東省進行反饋時提到,' "
                   "(R92), the '例如' case its example (R13). Category the heading without its leading '——' (R79); seq "
                   "null (R78); simplified (R91).",
                   "Measures 0, status null (no answer; R97); no unit told to rectify (R102).",
                   "Report date the date line '2018年10月24日 07:25' (R40); the team is unnamed ('督察組'): inspector null "
                   "(R48); the title line is a news headline (R34): title null; kind null (R29/R30)."]),
    "huanbaole_enterprise_ducha_rectification_problems_explainer": dict(
        excerpt=False,
        genre="4-like collection of problems: a spun explainer page '企业环保督察遇难题 环保督察问题整改存在的问题' (site "
              "chrome, source/date line), four '一、…' headings each over '1.' '2.' items, a closing '建议解决方案:' bullet "
              "list and '关闭'",
        kind="plan", title=None, issuer=None, report_date="2025-09-10", inspection=ins(), headline=_NONE,
        problems=HUANBAOLE,
        anomalies=["(NEW) A collection of rectification problems with a suggestions list: kind plan (R28); the suggestions "
                   "answer no numbered item: measures 0 (R98); status null.",
                   "Items '1. <statement>' on one line under '一、<heading>': seq the printed number, counting again under "
                   "each heading (R75), category the heading (R79), title the whole line without its number and final "
                   "'。' (R86, C9 whole), inner ASCII quotes kept.",
                   "Title null: the article headline names no rectification document (R34); report date the line "
                   "'时间:2025-09-10' (R40); no inspector (R48); the counts inside items ('17天', '10家企业', '6家') are "
                   "details, no figure (R68).",
                   "The page ends with '关闭' (chrome) after the list: excerpt false (R5)."]),
    "ztnews_zhaotong_provincial_ducha_report_news_55_cut": dict(
        excerpt=True,
        genre="near miss, kind 5 with figures: a city news site's item on the city's 整改情况 report to a provincial "
              "environmental 督察 (period, feedback day, '35项问题细化为55个具体问题'), then a summary of the report's "
              "parts; cut in the second part",
        kind=None, title=None, issuer=None, report_date="2019-07-25",
        inspection=ins("省委、省政府第三环境保护督察组", "昭通市", "2017-09-05", "2017-09-19", "2018-04-27"),
        headline=head(55), problems=[],
        anomalies=["Near miss: news of the report, no problem printed before the cut (R19, R21): problems [].",
                   "Problems total 55, the most specific level of '35项问题细化为55个具体问题' (R64, C11); '30余次', "
                   "'60余次' are meetings and approximations (R68).",
                   "Report date the run-on date line '2019-07-25 18:22' (R40; the '2017年…' after it is the lead); period "
                   "'2017年9月5日至19日' (R50), feedback '2018年4月27日' (R55); inspector and inspected as printed (R46, "
                   "R47); kind null (news, R30) and title null (no title line; the report's name is quoted in the text, "
                   "R34)."]),
    "liaoyang_provincial_ducha_task_list_24_announcement": dict(
        excerpt=False,
        genre="near miss, kind 3-like announcement of a 整改任务清单: a city portal's item publishing its list for a "
              "provincial environmental 督察 (the list itself an image attachment), with lost characters in the dates",
        kind="plan", title="辽阳市2021年第二轮省级生态环境保护督察整改任务清单", issuer=None, report_date="2022-11-11",
        inspection=ins("辽宁省第三生态环境保护督察组", "辽阳市", "2021-10-26"), headline=head(24), problems=[],
        anomalies=["Near miss: the task list is an image ('….jpg'): no problem printed (R24): problems [].",
                   "Kind plan (a 整改任务清单 announcement, R28); title the transmitted list's own heading from the "
                   "attachment line (R36), not the portal's headline '辽阳市公开…'.",
                   "Lost characters: '20211026日' read as 2021-10-26 (R61, 日 survives); '至119' and '于2022223市' lost "
                   "both 月 and 日: no end and no feedback date (R61); report date '时间发布:2022-11-11' (R40); issuer null "
                   "(信息来源, R38).",
                   "Problems total 24, the tasks of the 督察 整改 list (R63); '2022年年底前完成21项' is a plan, not a done "
                   "count (R71)."]),
    "caixin_15_central_soe_audit_faw_reply": dict(
        excerpt=False,
        genre="near miss, kind 5: a news item on the 审计署's publication of fifteen central firms' audit results and "
              "their replies, one firm's kinds of problems in one sentence and its reply",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins("审计署"), headline=_NONE, problems=[],
        anomalies=["Near miss: '会计核算、重大经济决策和内部管理不规范' are one firm's kinds named in one sentence (R19), "
                   "'财务管理、内部管理、投资项目管理等方面' aspects (R23): problems [].",
                   "(NEW) '修订了33个制度规范' is one of fifteen audited firms' count, not the page's subject's (R65, R69): "
                   "rules_made null; '15家中央企业' are bodies (R68).",
                   "No year in the text ('6月1日', the url only): no date (R60); inspector '审计署' (the auditing body, "
                   "R46); inspected null (fifteen firms); kind null (news, R30), title null (no title line, R33)."]),
    "ndbbs_ningde_audit_one_unit_old_receivables_forum": dict(
        excerpt=False,
        genre="2-like one audit finding with its fix: a forum copy of a city audit bureau's short item (一 unit's "
              "decade-old unreconciled receivables found, the auditors' three-point remedy '一是…二是…三是…', the unit "
              "now at work), contributor and source lines",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins("宁德市局"), headline=_NONE,
        problems=NDBBS,
        anomalies=["One named finding in a news item: one problem (R108), titled without the lead-in '近日,宁德市局审计"
                   "发现' (R92) to the first clause's end; the '以前年度…但收效甚微' after it is the same problem's history "
                   "(R13).",
                   "(NEW) Measures 3: the '一是/二是/三是' remedy the auditors set ('提出整治的具体办法,督促其…') answers "
                   "the finding (R96); status null: '已着手对…进行区分、询证' says work began, no done or under-way word "
                   "of R93 (R95).",
                   "Inspector the auditor as the item names it, '宁德市局' (R46, the text's short name; '宁德市审计局' is "
                   "the source line, R38); the audited body is masked '某单位': no unit, inspected null (R102, R48).",
                   "No date; kind null (news, R30); no title line (R33); the forum's '|' and 'ND03' chrome kept (R2)."]),
    "xjsm168_county_village_finance_audit_problems_fanwen_cut": dict(
        excerpt=True,
        genre="2 the problem section is not the first part: a 范文 site's county research report on village finance "
              "audit oversight (a lead, '一、存在的问题', '(一)' '(二)' '(三)' each run on its description); cut in (三)",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=_NONE, problems=XJSM,
        anomalies=["Problems the numbered items of '一、存在的问题' (R8, R9: the county's own findings of its village "
                   "accounts), category '存在的问题' (R79), seq 1-3 (R75).",
                   "Items run on their descriptions: titled whole to the end of the line (R88, C9), without the final '。'; "
                   "the third cut at '不作' (R25); inner ', ' with its space as printed (R2).",
                   "Kind null: a research report, cut before any countermeasure (R28 needs one; R30); no title line on the "
                   "page (R33), no date, no inspector ('我县', R48); measures 0, status null (R97)."]),
    "zlqt_guangdong_provincial_ducha_five_typical_case_titles": dict(
        excerpt=False,
        genre="6-like exposure: an aggregator's copy of a province's (广东) second-round fourth-batch 省级 督察 typical-case "
              "通报: a lead, a closing line, '典型案例:' over five case headings (one a line), source lines and '原标题:'",
        kind=None, title="第二轮第四批省生态环境保护督察典型案例集中通报", issuer=None, report_date=None,
        inspection=ins(), headline=_NONE, problems=ZLQT,
        anomalies=["One problem per case heading line (R10 曝光 card, as blind33 xngtop and blind38 r119), titled as "
                   "printed, inner spaces kept (R86); seq null (R78); category null: '典型案例:' is a lead-in label, not "
                   "a heading of a section (C13 recommendation, schema); no unit (places, R103); measures 0, status null.",
                   "(NEW) Title from the closing '原标题:' line: the 通报's own title as the page credits it (R35: the "
                   "document's own heading), kind still null (an exposure, R29).",
                   "'5个省督察组' unnamed: inspector null (R48); '7月下旬' and no year: no dates (R53, R60); '5个典型案例' "
                   "are cases (R68); the copy ends with its source lines: excerpt false (R5)."]),
    "anyangtianxia_hainan_provincial_ducha_two_county_cases_spam": dict(
        excerpt=False,
        genre="2-like findings of an inspection for two bodies: a spam-laced repost (casino names spliced in) of a "
              "provincial paper's item on a 省级 督察's two exposed county cases: the two names in one sentence, then one "
              "paragraph per county with '经…共同核查发现,<finding>。'",
        kind=None, title=None, issuer=None, report_date="2025-05-21", inspection=ins(), headline=_NONE,
        problems=ANYANG,
        anomalies=["Spliced spam ('w88win中文手机版,,', 'w88win优德官网,') kept as returned (R2).",
                   "(NEW) The two case names quoted in one sentence ('分别为“…”和“…”') are one sentence naming both "
                   "(R19); each county's own paragraph states its finding: one problem per paragraph (R10, R12), titled "
                   "by the finding after the lead-in '经…共同核查发现,' (R92) to its '。' (R86), which also keeps the "
                   "spliced spam out of the titles; seq null, category null, no unit told to rectify, measures 0, status "
                   "null ('督促地方推进问题整改' is a plan, R95).",
                   "Two teams ('省第二…督察组' for 澄迈, '省第三…督察组' for 保亭): no single inspector, null; two counties: "
                   "inspected null; report date the item's dateline '5月21日' with the year of the lead's '2025年首批' "
                   "(R58); '两宗' are cases (R68); kind null (news, R30), no title line (R33)."]),
    "gz17_cnbm_central_ducha_rectification_disclosure_46_34_cut": dict(
        excerpt=True,
        genre="near miss, kind 1 without its problem list: a central SOE's (中国建材集团) public disclosure of its "
              "rectification of a central 督察's feedback: lead with period, feedback day and '46项整改任务中,34项已经"
              "完成整改', then '一、…' work done ('一是…二是…'); cut in the second item",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("中央第五生态环境保护督察组", "中国建材集团有限公司", "2020-08-31", "2020-09-30", "2021-01-29"),
        headline=head(46, 34), problems=[],
        anomalies=["Near miss: the copy holds the organisation of the work only ('一是加强组织领导…', R111 主要做法), no "
                   "problem (R21): problems [].",
                   "Kind bulletin: '现将…整改落实情况予以公开' reports rectification (R27); no title line (R33), no "
                   "signature: title and issuer null (R37); no report date ('截至2021年底' a month, R44).",
                   "Problems total 46 and done 34: the tasks of the 督察 整改 (R63, R71); '12项任务达到序时进度' is not done; "
                   "'180项具体整' stands in the paragraph the store cuts: not read (R26).",
                   "Period '2020年8月31日至9月30日' (R50), feedback '2021年1月29日' (R55); inspector and inspected as printed "
                   "(R46, R47; '(以下简称中国建材集团)' after the name)."]),
}

URLS = {
    "xinbin_liaoning_huitoukan_task14_result_notice_cut": "http://www.xinbin.gov.cn/ins.asp?s=33&i=11587",
    "hg87897_baoshan_donghe_typical_case_trad_glossed_cut": "http://m.hg87897.com/hnnew/2021-04-16/576312.html",
    "hbchina_changchun_black_water_typical_case_cut": "http://hb.china.com.cn/2021-10/09/content_41693712.htm",
    "gdklt_henan_yellow_river_storage_typical_case_trad_cut": "http://www.gd-klt.com/news_show.php?id=34",
    "frey365_huitoukan_common_faults_trad_spam_cut": "http://m.frey365.com/c/2018-10-24/2198250_1.shtml",
    "huanbaole_enterprise_ducha_rectification_problems_explainer": "http://www.huanbaole.com/jienen/163010.html",
    "ztnews_zhaotong_provincial_ducha_report_news_55_cut": "https://ztnews.net/article/show-339983.html",
    "liaoyang_provincial_ducha_task_list_24_announcement":
        "http://www.liaoyang.gov.cn/ztzl/008026/20221111/b582e697-5f61-4229-b473-339181004c53.html",
    "caixin_15_central_soe_audit_faw_reply": "https://china.caixin.com/2012-06-01/100396529.html",
    "zlqt_guangdong_provincial_ducha_five_typical_case_titles": "https://zlqt.hbchanyelian.com/News-37522.html",
    "anyangtianxia_hainan_provincial_ducha_two_county_cases_spam":
        "https://anyangtianxia.com/html/zuixinanli/shengtaihuanjing/4483.html",
    "gz17_cnbm_central_ducha_rectification_disclosure_46_34_cut": "https://gz17.net/show/?id=349&page=1&siteid=1",
    "ndbbs_ningde_audit_one_unit_old_receivables_forum": "http://www.ndbbs.com/forum.php?goto=lastpost&mod=redirect&tid=42782",
    "xjsm168_county_village_finance_audit_problems_fanwen_cut":
        "https://www.xjsm168.com/fanwendaquan/zhenggaibaogao/7695.html",
}

TRAD = {"hg87897_baoshan_donghe_typical_case_trad_glossed_cut", "gdklt_henan_yellow_river_storage_typical_case_trad_cut",
        "frey365_huitoukan_common_faults_trad_spam_cut"}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
assert EXPECTED == {
    "xinbin_liaoning_huitoukan_task14_result_notice_cut": 1,
    "hg87897_baoshan_donghe_typical_case_trad_glossed_cut": 1,
    "hbchina_changchun_black_water_typical_case_cut": 1,
    "gdklt_henan_yellow_river_storage_typical_case_trad_cut": 2,
    "frey365_huitoukan_common_faults_trad_spam_cut": 3,
    "huanbaole_enterprise_ducha_rectification_problems_explainer": 8,
    "ztnews_zhaotong_provincial_ducha_report_news_55_cut": 0,
    "liaoyang_provincial_ducha_task_list_24_announcement": 0,
    "caixin_15_central_soe_audit_faw_reply": 0,
    "zlqt_guangdong_provincial_ducha_five_typical_case_titles": 5,
    "anyangtianxia_hainan_provincial_ducha_two_county_cases_spam": 2,
    "gz17_cnbm_central_ducha_rectification_disclosure_46_34_cut": 0,
    "ndbbs_ningde_audit_one_unit_old_receivables_forum": 1,
    "xjsm168_county_village_finance_audit_problems_fanwen_cut": 3,
}, EXPECTED


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by another route than the reading above."""
    if stem.startswith("xinbin"):
        return text.count("问题编号")
    if stem.startswith(("hg87897", "hbchina", "gdklt")):
        return len(re.findall(r"^\s*\([一二三四五六七八九十]\)", text.split("二、", 1)[1], re.M))
    if stem.startswith("frey365"):
        # the quoted finding, the '此外,在' sentence and the '反饋時提到' sentence
        return text.count("”\n") + text.count("此外,在") + text.count("反饋時提到")
    if stem.startswith("huanbaole"):
        return len(re.findall(r"^\d\. ", text, re.M))
    if stem.startswith("zlqt"):
        return len(re.findall(r"^\S+(?:市|县|区)\S", text.split("典型案例:")[1].split("来源|")[0], re.M))
    if stem.startswith("ndbbs"):
        return text.count("审计发现")
    if stem.startswith("xjsm168"):
        return len(re.findall(r"^\([一二三四五]\)", text, re.M))
    if stem.startswith("anyangtianxia"):
        return text.count("共同核查发现,")
    return 0


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: titles, categories and deadlines as written (traditional ones
    before simplification), measures only where answered, the document fields."""
    probs = d["problems"]
    assert all(p["responsible_units"] == [] and p["deadline"] is None for p in probs), stem
    assert sum(p["measure_count"] for p in probs) == {"xinbin": 2, "ndbbs": 3}.get(stem.split("_")[0], 0), stem
    check_problems(stem, probs, text, no_stop=True, category_in=text, seq_in="14" if stem.startswith("xinbin") else None)
    check_doc(stem, d, text,
              date_forms=lambda y, m, dd: (f"{m}月{dd}日", f"{y}{m}{dd}日", f"至{dd}日"),
              report_forms=lambda y, m, dd: (f"{y}年{m}月{dd}日", f"{y}年{m:02d}月{dd:02d}日", f"{y}-{m:02d}-{dd:02d}",
                                            f"{m}月{dd}日"))


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    write_labelled_set(HERE, DOCS, TEXT, check_one, recount=recount, total=27, urls=URLS, trad=lambda s: s in TRAD)
    for stem in TRAD:
        body = json.loads((HERE / f"{stem}.truth.json").read_text(encoding="utf-8"))
        for p in body["problems"]:
            assert "(" not in p["title"] or "(以下" in p["title"], (stem, p["title"])


if __name__ == "__main__":
    main()
