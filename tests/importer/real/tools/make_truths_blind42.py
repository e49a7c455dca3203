"""Write the texts and truth files of tests/importer/real/blind42: a held-out set of real pages (session 21), labelled on
2026-12-07 (00:49-01:35 UTC by the machine clock) by helper label57, who did not read or run the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set. Every url was checked with
/work/wt/known_urls.py when found and again before the commit against the keys of all trees minus this worktree
(1,352 keys: all 11 new); a distinctive phrase of each page was grepped in /work/main/tests/importer and
/work/shared/corpus (no copy; '区民政局党组进行了巡察' also stands in snippets22 qingpu, another district's bulletin).

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R121, C1-C21) and make_truths.py (head/ins/problem);
structure after make_truths_blind39.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): glosses '景區(qū)', spam markup, masks 'xx', a lost '·' printed '?',
mojibake and footers kept; runs of spaces copied as ASCII spaces as the tool printed them (a page whose copy ends short of
2,000 bytes may hold non-breaking spaces the tool showed as spaces: weihai 1,989, sy01ny 1,986, palmettodecks 1,994).

Exhaustion (the brief asked for real problem lists of the rectification genre): 57 queries (8 results each, many of them
tag or spam stubs); 63 candidate urls checked with known_urls.py, 40 KNOWN. Queries covered 巡察/巡视 整改进展 通报 by
sector (卫健, 医院, 民政, 人社, 税务, 烟草, 供销社, 电力, 银行, 高校, 国企, 镇/村); 审计发现问题整改情况; 整改台账/问题清单/序号 tables; 督察 整改清单; 统计督察; 河长; 人居环境; 食品安全; 创城/督查通报; 自查报告; 整改方案
with 责任单位/完成时限; traditional-character wordings; 督导 of schools; 飞行检查; A级 scenic checks. Nearly every page of
the genre's centre they reached was KNOWN (sqjw, yantai, ruijin, km, cixird, ningbo, xdscy, 95008, ilynn, 001doc, zhuangpeitu, wenkuhub, 31hs3,
datian, llqcyx x2, jgq, jhxinrui, shantou, wzmz, wenmi, 39.103, bpxww, wjw.zhuzhou, pingyuan, fzcl, heihe, tjj.ln,
ybrbnews, tjj.zj, mlwch, jianpian, e-com-net, …); the one new page of the genre (haizhu)
is cut before its problems. What was left with several problems each is check news that states each inspected body's
faults (tourism grading bodies' 暗访/复核 of A级 scenic areas), one self-check report and one spun explainer of a
巡视's feedback.

Declined, new by key: nlaw.org (a copy of news.chengdu.cn, R4); new.gcuan.com (a copy of the baogaosu item with medical
spam spliced into place names, R4); jzfdc.net.cn (a traditional copy of the sy01ny item, R4); gov.cn 2017-05/27 (two areas with one shared fault, a third no-list page); qymei.cn and
jesusavila.com (飞行检查 news naming firms with counts only); huarong.gov.cn (one petition's 转办 record, R17); hbrunfeng (a 176-hazard tally only); huirongyidai (worst
sites named without faults); caiyes.cn (HTML source of a 大督查 通报). Not checked, dropped for adult spam headers:
m.dubaishan.com, east68.cn; not taken: oryoy.com's second spun page (重庆, feedback aspects as bullets, R19).

Pages, kinds (issue 10) and problems (counted twice: by reading, and in main() by a regex recount of each text):
  - dingjijiudian: 湖北 文旅厅 notice on six 4A areas, '<body>,<faults>;' per body: 6.
  - shanhaiguan_668528 (traditional): national 暗访 of 5A areas, one '檢查發現' finding and three '據通報' sentences: 4
    (a cut three-body sentence with no fault not labelled, NEW).
  - chengdu: three 5A areas' paragraphs '…等。': 3.
  - weihai_dzwww: two 5A areas after '根据调查显示,': 2 (the second cut).
  - palmettodecks (traditional, glossed, spam markup): cards '<body>:存在…' under a heading line: 2 (the second cut).
  - baogaosu: two delisted areas' statements, eight others as kinds: 2.
  - sy01ny: a five-body shared statement (not labelled, as blind39 hkwb) and two single-body statements: 2.
  - minitagcloud: a masked self-check report, '二、存在问题' two ';' clauses: 2.
  - markspestcontrol (near miss, traditional): 14 areas named, no faults: 0.
  - haizhu (near miss, the genre): a 巡察整改进展 bulletin cut before its problems: 0.
  - oryoy: a spun explainer of a 巡视's feedback to 定远县, numbered headings over '支持细节' bullets: 3.
Totals: 11 documents, 26 problems (6+4+3+3+2+2+2+2+2), 0 measures (no page answers a problem: checks' verdicts, a
self-check's suggestions, R97/R98); statuses and deadlines all null. Reading and regex recount agree.

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- Per-body statements (R12, blind17 lingao): title from the body's name to the end of its faults, unit the body as the
  statement names it; cards '<body>:<faults>' (palmettodecks) titled after the colon (R89, blind39 meishi).
- (NEW) A grading body's '限期N个月整改' (or '給予6個月時間整改') is the penalty's term for the sanctioned bodies, not a
  整改时限 of a finding: deadline null on every page.
- (NEW) shanhaiguan: a cut sentence naming three bodies before any fault is no problem (R109), not a C14 row.
- (NEW) palmettodecks: the line '4家4A級…給予嚴重警告處理,限期6個月整改' standing alone above the cards is their category.
- (NEW, as blind39 hkwb) sy01ny: five bodies with one shared fault statement are not labelled.
- (NEW) minitagcloud: a self-check's '二、存在问题' paragraph of ';' clauses gives one problem per clause (R9 + R10),
  category '存在问题' (a report section, not a form's field label, R84).
- (NEW) oryoy: '支持细节:' bullets under a numbered heading describe the problem (as R119's 表现一): measures 0.
- Inspector: the body that reports its own check ('国家旅游局', '福建省旅游局', '省旅资委' by its short name since the full
  name carries glosses, '全国旅游资源规划开发质量评定委员会', '湖北省文化和旅游厅'); null for the self-check.
- Report dates: weihai's date line, baogaosu's D.M.Y '09.05.2017', sy01ny's forum post time (same day as the article);
  none elsewhere (no year, '近日', masks).
"""
import json
import re
from pathlib import Path

from make_truths import between, check_doc, check_problems, head, ins, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind42"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "dingjijiudian_hubei_six_4a_scenic_areas_per_body": r'''"湖北:6家4A级旅游景区存在严重问题被通报\n近日,根据2019年度A级旅游景区复核结果,综合明查暗访、游客投诉、安全监管等情况,湖北省文化和旅游厅发布公告称,决定对复核检查严重不达标或存在严重问题的6家4A级旅游景区做出处理,其中3家4A级景区被取消旅游景区质量等级、3家4A级景区被通报批评责令整改。\n3家被取消旅游景区质量等级的4A级景区分别为:十堰市武当峡谷漂流景区、襄阳市凤凰温泉景区、恩施州佛宝山大峡谷漂流景区。十堰市武当峡谷漂流景区,产品单一,每年营业时间不足3个月,标识系统不全,停车场不规范,旅游厕所不达标,存在较大安全隐患;襄阳市凤凰温泉景区,近3年未正常营业,游客中心、停车场等服务功能严重缺失;利川市佛宝山大峡谷漂流景区,擅自更名并扩大范围,游客中心功能缺失,旅游厕所不达标,产品单一,存在安全隐患。\n3家被通报批评责令整改的4A级景区分别为:宜昌三峡大瀑布景区、黄冈麻城龟峰山景区、宜昌市石牌要塞旅游区。宜昌三峡大瀑布景区,在文化和旅游部组织的体检式暗访中,发现该景区在交通、设施、游览、环境卫生、旅游安全等方面存在问题,按照文化和旅游部要求限期3个月进行整改;黄冈麻城龟峰山景区,在文化和旅游部组织的体检式暗访中,发现该景区在生态停车场等旅游服务设施建设、产品打造、环境卫生、管理服务、网上预定等方面存在问题,按照文化和旅游部要求限期3个月进行整改;宜昌市石牌要塞旅游区,游客中心功能不完善,景区设施老化,旅游厕所数量、面积不达标,展陈内容单一,限期3个月整改。\n- 头条\n- 乐享\n- 度假\n- 旅行\n- 顶级\n- 精品\n- 奢华\n- 亲子\n快乐旅行\n酒店欣赏\n- 亲子酒店\n- 特色酒店\n- 2021《福布斯旅游指南》发布部分名单,提前公布只为旅"''',
    "shanhaiguan_668528_seven_5a_scenic_trad_cut": r'''"山海關麗江古鎮等7家5A景區被摘牌或限改\n\n由于存在價格欺詐等問題,山海關景區5A級資質被取消;麗江古城、西溪濕地、東方明珠廣播電視塔、明十三陵景區等6家5A級景區被嚴重警告,全國通報並限期整改。\n\n山海關、麗江古鎮等7家5A景區被摘牌或限改\n\n由于存在價格欺詐等問題,山海關景區5A級資質被取消;麗江古城、西溪濕地、東方明珠廣播電視塔、明十三陵景區等6家5A級景區被嚴重警告,全國通報並限期整改。\n\n記者9日從國家旅游局獲悉,9月以來特別是十一假日期間,國家旅游局對旅游投訴較多的部分5A級景區開展暗訪,檢查發現河北省秦皇島市山海關景區存在價格欺詐,強迫游客在功德箱捐款現象普遍,老龍頭景區擅自更改門票價格;環境衛生臟亂,設施破損普遍,長時間無人維修;服務質量下降嚴重,導游、醫務等崗位人員缺失嚴重,保安、環衛人員嚴重不足。山海關景區已不具備5A級景區條件並存在嚴重服務質量問題,國家5A級景區資質予以取消。\n\n同時,根據暗訪檢查結果,國家旅游局決定對云南省麗江市麗江古城景區、廣東省佛山市西樵山景區、江蘇省南通市濠河景區、浙江省杭州市西溪濕地旅游區、上海市東方明珠廣播電視塔、北京市明十三陵景區等6家5A級景區給予嚴重警告,公開通報並給予6個月時間整改。\n\n據通報,麗江古城景區欺客宰客情況嚴重,出租車普遍不打表,商戶存在欺客行為,餐飲場所等價格虛高,多數商鋪無明碼標價。明十三陵景區外圍欺客宰客現象嚴重,無明碼標價,計量不準確,同類商品不同價,向外地人、外國人高價出售商品。佛山市西樵山景區交通組織管理不力,外部交通銜接缺失,內部人車混行,衛生管理較差。南通市濠河景區、杭州市西溪濕地旅游區、上海市東方明珠廣播電視塔主要存在"''',
    "chengdu_three_5a_scenic_severe_warning_cut": r'''"昨天,国家旅游局宣布,内蒙古自治区阿尔山·柴河旅游景区等20家景区新晋为国家5A级旅游景区。同时,对云南省丽江市丽江古城景区、黑龙江省牡丹江市镜泊湖景区、辽宁省大连市老虎滩海洋公园·老虎滩极地馆等3家5A级旅游景区作出严重警告处理决定。这标志着5A级景区动态化管理已成常态。\n国家旅游局通报,根据现场检查和游客投诉集中反映的问题及其影响的严重性,经国家旅游局局长办公会审议,全国旅资委决定给予云南省丽江市丽江古城景区、黑龙江省牡丹江市镜泊湖景区、辽宁省大连市老虎滩海洋公园·老虎滩极地馆等3家5A级景区严重警告,限期6个月整改。\n国家旅游局指出,云南省丽江市丽江古城景区存在游客投诉率长期居高不下,游客人身财产安全事件频发,屡屡造成社会严重不良影响,古城内原住居民与旅游经营人员矛盾突出,景区产品质量下降,旅游设施品质退化等。\n黑龙江省牡丹江市镜泊湖景区周边黑车拉客现象严重,高等级厕所缺失,旅游厕所数量严重不足,游客服务中心无旅游服务,景区标识标牌陈旧破损,游客投诉多等。\n辽宁省大连市老虎滩海洋公园·老虎滩极地馆游客服务中心功能严重不足,旅游步道质量严重退化,垃圾乱堆乱放、机动车乱停乱放等现象严重,安全提示严重不足,游客投诉多等。\n通报指出,近年来,国家旅游局加大了对旅游景区的整治监管力度,会同有关省区市旅游部门,对3家5A级景区进行摘牌,对19家5A级景区予以警告或严重警告,对68家4A级景区进行摘牌,对341家4A级景区进行警告等处理。\n■回应\n丽江古城道歉\n承诺深入整改\n世界文化遗产丽江古城保护管理局、丽江市古城区人民政府25日发布通报称,诚恳地接受国家旅游局的处理决定,接受舆论监督,接受广大游客对丽江古城景区的"''',
    "weihai_dzwww_two_5a_toilet_warning_cut": r'''"大众报业集团主办\n注册\n当前位置:首页 > 新闻深一度\n\n旅游局通报“厕所革命”情况:2家5A景区被严重警告\n\n来源:央广网   编辑:   2017-05-27 09:25:00   作者:\n\n  (原标题:国家旅游局:对2家5A景区严重警告 10家4A景区被摘牌)\n\n  国家旅游局今天在浙江义乌对全国景区提出的“厕所革命”整治情况进行了通报,截至今年4月底,全国共完成新改建厕所超过5万座,旅游场所找厕难、如厕难,以及厕所脏乱差的现象有了显著改观。同时,对于一些厕所整改不到位的景区进行了警告或者摘牌处理。\n\n  根据全国旅游资源规划开发质量评定委员会近期对各景区的综合评定,今天通报,决定对全国2家5A景区作出严重警告处理,对10家4A景区进行摘牌处理。对于厕所整改严重滞后的河南省南阳市西峡伏牛山老界岭?恐龙遗址园旅游区、青海省青海湖景区这2家5A级旅游景区给予严重警告处理,限期6个月整改。对天津、河北、甘肃、福建、江西、山东、广东、四川、贵州等10家4A级景区予以摘牌处理。(被摘牌的10家4A景区包括天津市七里海湿地旅游区、河北省石家庄市联邦·空中花园景区、甘肃省兰州市五泉山公园景区、福建省南平市邵武瀑布林生态旅游景区、福建省厦门市翠丰温泉旅游区、江西省景德镇市得雨生态园、山东省费县中华奇石城景区、广东省佛山市三水温泉景区、四川省成都市海宁城商贸旅游区、贵州省贵阳市红枫湖旅游景区。)\n\n  根据调查显示,河南省南阳市西峡伏牛山老界岭?恐龙遗址园旅游区厕所革命滞后,保洁不及时,存在脏乱差现象;景区管理人员服务意识不强,景区内部交通接驳、游客服务中心、标识标牌等达不到标准要求。青海省青海湖景区厕所数量不足,分布不合理,不符合标准要求;景区内部交通接驳、标识系"''',
    "palmettodecks_fujian_4a_warning_cards_trad_glossed_cut": r'''"<input id=\"yq62h\"><object id=\"yq62h\"></object></input>\n  • <label id=\"yq62h\"><big id=\"yq62h\"></big></label>\n    <th id=\"yq62h\"><kbd id=\"yq62h\"><menu id=\"yq62h\"></menu></kbd></th>\n\n    1. <span id=\"yq62h\"><blockquote id=\"yq62h\"></blockquote></span>\n      <legend id=\"yq62h\"><output id=\"yq62h\"></output></legend>\n      1. <s id=\"yq62h\"><dfn id=\"yq62h\"><noframes id=\"yq62h\"><strike id=\"yq62h\"><input id=\"yq62h\"></input></strike>\n\n        莆田這5個景區(qū)被嚴重警告、通報批評,這些景點你去過嗎?\n\n        最新通報 !\n\n        福建多地景區(qū)\n\n        被嚴重警告、通報批評!\n\n        有的還被摘牌了!\n\n        看看這些景點你都去過嗎?\n\n        近日,福建省旅游資源規(guī)劃開發(fā)質(zhì)量等級評定委員會(以下簡稱“省旅資委”)通報了近期全省A級旅游景區(qū)復(fù)核檢查工作情況,決定對永安桃源洞景區(qū)、莆田九龍谷景區(qū)、沙縣小吃文化城武夷山自遊小鎮(zhèn)汽車主題樂園景區(qū)等4家4A級旅游景區(qū)給予嚴重警告處理,限期6個月整改。\n\n        永定牛牯撲紅色旅游景區(qū)等24家3A級景區(qū)分別給予摘牌、嚴重警告和通報批評的處理。\n\n        4家4A級旅游景區(qū)給予嚴重警告處理,限期6個月整改\n\n        永安桃源洞景區(qū):存在較大旅游安全和防火安全隱患,且安全警示標識嚴重不足,停車場無分區(qū),旅游廁所設施破損未及時維修、有污跡穢物,景區(qū)環(huán)境衛(wèi)生較差,垃圾處理不及時,游客中心功能弱化,信息咨詢功能缺失,標識導(dǎo)覽系統(tǒng)不完善,經(jīng)營管理不到位等突出問題。\n\n        莆田九龍谷景區(qū):存在安全隱患,湖上游玩項目無專人引導(dǎo)員進行安全提示,地面裸露電線較多,停車場無分區(qū)、管理無序;景區(qū)亂堆、亂放現(xiàn)象嚴重;標識導(dǎo)覽系統(tǒng)不完善,游"''',
    "baogaosu_fuzhou_fujian_ten_4a_two_delisted": r'''"福建通报处理10家4A级旅游景区 2家景区被摘牌\n09.05.2017 13:24\n本文来源: 新浪\n新华网福州5月8日电(肖和勇)福建省旅游局8日通报,经暗访复查,由于严重不达标或存在严重问题,福建10家4A级旅游景区被处理。\n通报显示:给予南平市邵武瀑布林生态旅游景区、厦门翠丰温泉旅游区2家景区摘牌处理;给予泉州仙公山、厦门同安影视城2家景区降级为3A级旅游景区处理;给予莆田工艺美术城、宁德市周宁鲤鱼溪•九龙漈旅游区、南平市顺昌华阳山3家景区严重警告处理,限期6个月整改;给予泉州开元寺、三明清流天芳悦潭生态旅游区、福州旗山森林人家旅游区3家景区通报批评处理,限期3个月整改。\n通报披露,南平市邵武瀑布林生态旅游景区入口附近标识导览系统破损失修、停车场入口道路处于维修中,存在较大安全隐患。该景区已停业关闭但无明确停业通知、告示或相关信息发布,经营管理严重不到位,已不具备旅游景区基本功能。而厦门翠丰温泉旅游区周边环境混杂,处于施工建设中,外部交通指示标识标牌缺失,景区已停业关闭但无明确停业通知、告示或相关信息发布,也不具备旅游景区基本功能。\n据悉,其他被处理的景区均不同程度存在旅游安全隐患,景区游客服务中心功能缺失或部分缺失,环境卫生状况不容乐观,旅游厕所革命滞后,景区经营管理和服务不到位等问题。\n本文来源: 新浪\n09.05.2017 13:24\n故\n事\n省妇联传达学习贯彻党的二十大精神\n10月25日,省妇联召开党组(扩大)会议,妇联\n林叶萍:让妇女人生更加出彩生活更加幸福\n“党的二十大报告提出要坚持男女平等基本国策,妇联"''',
    "sy01ny_fujian_19_scenic_forum_print_cut": r'''"光影中国网\n\n标题: 闽整治A级景区 19家景区被通报或降级、撤销星级 [打印本页]\n\n作者: 老兵新手    时间: 2016-11-18 11:30\n标题: 闽整治A级景区 19家景区被通报或降级、撤销星级\n闽整治A级景区 19家景区被通报或降级、撤销星级中国旅游新闻网     2016-11-18 08:56:16     手机看新闻   我要加盟\n   字号:T | T\n\n0\n\n\n  福州新闻网11月18日讯(福州晚报记者 张秀冰)昨日,省旅游局通报了全省A级景区整治检查情况,共有19家A级景区被通报批评或撤销星级、降级。\n  据了解,省旅游局决定撤销厦门海沧大桥旅游区4A级旅游景区质量等级,撤销福州皇帝洞生态旅游景区、长乐董奉山国家森林公园景区、漳州平和名峰山景区、古田翠屏湖景区4家3A级旅游景区质量等级;对三明侠天下景区、莆田中国古典工艺博览城、惠安崇武古城风景区3家4A级景区给予严重警告,对龙岩长汀汀江源龙门风景区、武夷山东湖景区2家3A级景区给予严重警告,对福州鼓山风景区、于山景区、福州市国家森林公园、福清市石竹山景区、永泰县青云山景区、武夷山大安源生态旅游区、漳州马銮湾景区、漳浦滨海火山国家地质公园8家4A级景区给予通报批评;对漳州市龙佳生态温泉山庄由4A级降为3A级旅游景区。\n  根据通报,福州鼓山风景区、于山景区、福州市国家森林公园、福清市石竹山景区、永泰县青云山4A级景区,均存在游客服务中心功能不齐全、部分旅游解说系统和指示牌不规范等问题;福州皇帝洞生态旅游3A级景区,经营主体变更后安全防护设施仍未完善,存在较大安全隐患;长乐市董奉山国家森林公园3A级景区,游客服务中心、董奉纪念馆等在正常营业时间大门紧闭,景区内导览指示牌和解说系统不完善,管理制度等公示牌设计混乱,景区游客量稀少达不到3"''',
    "minitagcloud_masked_clean_village_selfcheck_two_shortcomings": r'''"根据《关于“美丽xx•清洁乡村”活动督查存在问题的情况通报》(x“美丽办”发〔20xx〕24号)和《关于报送“美丽xx·清洁乡村”活动自查情况报告的通知》(x“美丽办”发〔20xx〕27号)文件要求,我局高度重视、立即组织开展自查,现将自查情况汇报如下:\n一、自查工作情况\n由xxx局长带领清洁乡村挂村干部xxx、xxx到xxx村和xxx村将《关于“美丽xx•清洁乡村”活动督查存在问题的情况通报》转达给村干部,并会同村干部对宣传标语、垃圾池、村中的沟渠和池塘、保洁员工作情况和保洁费收支情况等进行了认真检查。此次检查没有发现陈年的垃圾堆,垃圾池的垃圾基本做到日产日清。\n二、存在问题\n宣传教育工作有待加强,一些村民的习惯难以改变、清洁卫生意识有待提高;清洁乡村的长效机制有待探索。\n三、工作建议\n深入农户宣传清洁乡村的意义和作用;利用农闲时开展集中整治活动,进一步增强广大干部群众的清洁卫生意识;开展“庭院清洁户”、“庭院整治示范户”等创评活动,激发村民清洁乡村的内在动力;探索建立清洁乡村长效机制。\n20xx年xx月xx日\n相关自查报告: 畜牧局一抓一工作自查报告、镇机关档案工作自查报告、关于贯彻中央八项规定自查报告、高校个人党风廉政建设自查报告、保密工作年度的自查报告、妇幼出生证明自查报告范文、减轻企业负担自查报告、乡关于开展党务公开工作自查情况的报告、关于队伍建设年自查报告的范文、基本项目自查报告范文"''',
    "markspestcontrol_shaanxi_14_scenic_named_no_faults_trad": r'''"陜西14家A級(jí)景區(qū)被通報(bào)批評(píng)、限期整改\n陜西省旅游局近日對(duì)全省A級(jí)景區(qū)進(jìn)行了暗訪調(diào)查,14家景區(qū)在經(jīng)營管理中存在嚴(yán)重問題,離A級(jí)旅游景區(qū)相關(guān)要求有差距,影響了景區(qū)的正常經(jīng)營和城市旅游形象。\n這14家A級(jí)景區(qū)分別是:白云山景區(qū)和紅石峽生態(tài)公園被嚴(yán)重警告;秦始皇兵馬俑博物館景區(qū)、秦嶺野生動(dòng)物園、鴻門宴博物館景區(qū)、鳳凰湖景區(qū)、中華石鼓園景區(qū)、中華禮樂城景區(qū)、茂陵博物館景區(qū)、漢陽陵博物館景區(qū)、張?jiān)H鹉浅潜ぞ魄f、鎮(zhèn)北臺(tái)景區(qū)、紅堿淖景區(qū)和筒車灣休閑景區(qū)被警告。\n陜西省旅游局要求受到通報(bào)批評(píng)的景區(qū)高度重視景區(qū)經(jīng)營管理中存在的問題,切實(shí)采取有效措施予以整治,達(dá)到相應(yīng)A級(jí)景區(qū)標(biāo)準(zhǔn),提高管理水平,為游客提供優(yōu)質(zhì)的服務(wù)。"''',
    "haizhu_civil_affairs_xuncha_progress_cut_before_problems": r'''"根据市委、区委统一部署,2024年3月至6月,区委第二巡察组对区民政局党组进行了巡察。2024年8月19日,区委巡察组向区民政局党组反馈了巡察意见,根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察整改进展情况予以公布:\n一、提高政治站位,强化整改责任,深入推进巡察整改工作\n(一)统一思想认识,切实增强巡察整改的政治自觉。局党组认真学习贯彻党的二十大和二十届历次全会精神,深入学习领会习近平总书记关于巡视工作的重要论述,自觉把巡察整改作为全面检视问题、增强工作效能的重要契机。巡察反馈会议结束后,局党组书记第一时间召集班子成员和部门负责人传达巡察整改有关会议精神,强调以最坚决的态度、最有力的措施推动巡察整改工作扎实有序开展。召开巡察整改专题民主生活会和党组会,认真对照巡察反馈意见,深入查摆问题、深刻剖析原因、明确整改责任,引导带动全局党员干部进一步统一了思想认识,增强了做好巡察整改工作的思想自觉、政治自觉、行动自觉。\n(二)加强组织领导,层层压实巡察整改的政治责任。局党组坚决履行巡察整改主体责任,成立由局党组书记任组长、班子成员任副组长的巡察整改工作领导小组,统筹推进巡察整改工作落实。局党组书记认真履行第一责任人职责,多次召集班子成员和责任部门研究部署整改事项,带头领办、协调解决整改重点难点问题。班子成员切实履行“一岗双责”,认真抓好分管领域问题整改,定期组织分管部门研究整改任务推进情况。局机关责任部门严负其责、抓好落实,形成上下联动、整体推进的工作合力。\n(三)细化整改任务,全力推动巡察整改的落地见效。局党组认真研究制定整改方案,建立问题清单、任务清单、"''',
    "oryoy_dingyuan_xunshi_feedback_explainer_three_headings_cut": r'''"引言\n巡视工作是中国共产党监督体系的重要组成部分,通过对地方各级党组织和领导干部的监督,发现问题、纠正偏差、改进作风。安徽省定远县作为巡视的重点对象,巡视组在反馈意见中指出了哪些问题?本文将深入分析巡视组反馈意见,揭示重点关注的问题。\n巡视背景\n安徽省定远县,地处安徽省中部,是一个具有悠久历史和丰富文化的地方。近年来,定远县在经济、社会、文化等方面取得了一定的成绩,但同时也面临着一些问题。为了加强党风廉政建设和反腐败斗争,安徽省对定远县进行了巡视。\n巡视组反馈意见的主要内容\n巡视组在反馈意见中,对定远县在党的建设、政治生态、经济发展、民生改善等方面存在的问题进行了详细阐述。以下为巡视组重点关注的问题:\n1. 党建工作存在薄弱环节\n巡视组指出,定远县部分基层党组织存在软弱涣散现象,党组织生活不规范,党员教育管理不到位,导致党的组织力、凝聚力、战斗力减弱。\n支持细节:\n- 部分党组织书记、委员职责不清,工作不到位。\n- 党员学习教育形式单一,内容枯燥,缺乏吸引力。\n- 党员先锋模范作用发挥不够,部分党员参与党的工作积极性不高。\n2. 政治生态问题突出\n巡视组反馈,定远县在政治生态方面存在严重问题,一些领导干部政治意识淡薄,党性修养不够,纪律规矩意识不强。\n支持细节:\n- 一些领导干部违反中央八项规定精神,违规收送礼品礼金、接受宴请等。\n- 部分领导干部存在权力寻租、利益输送等问题。\n- 纪检监察工作存在薄弱环节,对一些违纪违法行为查处不力。\n3. 经济发展不平衡\n巡视组指出,定远县经济发展不平衡,产业结构单一,创新能力不足,制约了县域经济持续健康发展。\n支持细节:\n- 产业发展缺乏特色,农产品加工、矿产资源开发等领域"''',
}

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}


# ---- truths ---------------------------------------------------------------------------------------------------------

def _after(text: str, start: str, end: str) -> str:
    """``start`` and the text after it up to (not including) the first ``end`` after it (a statement kept whole from
    the body's name, as blind17 lingao)."""
    i = text.index(start)
    return text[i:text.index(end, i + len(start))]


# dingjijiudian: one problem per body (R12, blind17 lingao: from the body's name to the end of its faults), the order
# ',按照…限期3个月进行整改' / ',限期3个月整改' dropped; unit the body as the sentence names it (R102)
_DJ = TEXT["dingjijiudian_hubei_six_4a_scenic_areas_per_body"]
_DJ_BODIES = [("十堰市武当峡谷漂流景区,产品单一", ";"), ("襄阳市凤凰温泉景区,近3年", ";"), ("利川市佛宝山大峡谷漂流景区,擅自", "。"),
              ("宜昌三峡大瀑布景区,在文化", ",按照"), ("黄冈麻城龟峰山景区,在文化", ",按照"), ("宜昌市石牌要塞旅游区,游客", ",限期")]
DINGJI = [_p(None, t, units=[t.split(",")[0]]) for t in (_after(_DJ, s, e) for s, e in _DJ_BODIES)]

# shanhaiguan (traditional, simplified at write, R91): the 检查发现 finding and the three 据通报 sentences, one per body
_SH = TEXT["shanhaiguan_668528_seven_5a_scenic_trad_cut"]
_SH_BODIES = [("河北省秦皇島市山海關景區", "河北省秦皇島市山海關景區存在"), ("麗江古城景區", "麗江古城景區欺客"),
              ("明十三陵景區", "明十三陵景區外圍"), ("佛山市西樵山景區", "佛山市西樵山景區交通")]
SHANHAI = [_p(None, _after(_SH, s, "。"), units=[u]) for u, s in _SH_BODIES]

# chengdu: the three sentences after '国家旅游局指出,' (each ends '…等。'), one per body
_CD = TEXT["chengdu_three_5a_scenic_severe_warning_cut"]
_CD_BODIES = [("云南省丽江市丽江古城景区", "云南省丽江市丽江古城景区存在"), ("黑龙江省牡丹江市镜泊湖景区", "黑龙江省牡丹江市镜泊湖景区周边"),
              ("辽宁省大连市老虎滩海洋公园·老虎滩极地馆", "辽宁省大连市老虎滩海洋公园·老虎滩极地馆游客")]
CHENGDU = [_p(None, _after(_CD, s, "。"), units=[u]) for u, s in _CD_BODIES]

# weihai: the two bodies after '根据调查显示,'; the second cut (C14)
_WH = TEXT["weihai_dzwww_two_5a_toilet_warning_cut"]
WEIHAI = [_p(None, _after(_WH, "河南省南阳市西峡伏牛山老界岭?恐龙遗址园旅游区厕所", "。"),
             units=["河南省南阳市西峡伏牛山老界岭?恐龙遗址园旅游区"]),
          _p(None, _WH[_WH.index("青海省青海湖景区厕所"):], units=["青海省青海湖景区"])]

# palmettodecks (traditional, glossed): cards '<body>:<faults>' under the heading line (R79/R89, blind39 meishi):
# title the text after the colon, unit the name; the second cut (C14)
_PD = TEXT["palmettodecks_fujian_4a_warning_cards_trad_glossed_cut"]
_PD_CAT = "4家4A級旅游景區(qū)給予嚴重警告處理,限期6個月整改"
PALMETTO = [_p(None, between(_PD, "永安桃源洞景區(qū):", "。"), _PD_CAT, ["永安桃源洞景區(qū)"]),
            _p(None, _PD.split("莆田九龍谷景區(qū):")[1], _PD_CAT, ["莆田九龍谷景區(qū)"])]

# baogaosu: the two delisted bodies' statements after '通报披露,' (邵武: two sentences of one body kept together)
_BG = TEXT["baogaosu_fuzhou_fujian_ten_4a_two_delisted"]
BAOGAO = [_p(None, _after(_BG, "南平市邵武瀑布林生态旅游景区入口", "。而"), units=["南平市邵武瀑布林生态旅游景区"]),
          _p(None, _after(_BG, "厦门翠丰温泉旅游区周边", "。"), units=["厦门翠丰温泉旅游区"])]

# sy01ny: the two single-body statements after '根据通报,' (the five-body shared statement is not one body's, as
# blind39 hkwb); the second cut (C14)
_SY = TEXT["sy01ny_fujian_19_scenic_forum_print_cut"]
SY01NY = [_p(None, _after(_SY, "福州皇帝洞生态旅游3A级景区,", ";"), units=["福州皇帝洞生态旅游3A级景区"]),
          _p(None, _SY[_SY.index("长乐市董奉山国家森林公园3A级景区,"):], units=["长乐市董奉山国家森林公园3A级景区"])]

# minitagcloud: the self-check's two ';' clauses under '二、存在问题' (R9, R10), category the section heading (R79)
_MT = TEXT["minitagcloud_masked_clean_village_selfcheck_two_shortcomings"]
MINITAG = [_p(None, c, "存在问题") for c in between(_MT, "二、存在问题\n", "\n三、").rstrip("。").split(";")]

# oryoy: a spun explainer's numbered headings '1. 党建工作存在薄弱环节' on their own lines (R88: the heading), category the
# section heading above them (R79); the '支持细节:' bullets describe the problem (R119): measures 0
_OY = TEXT["oryoy_dingyuan_xunshi_feedback_explainer_three_headings_cut"]
ORYOY = [_p(int(m.group(1)), m.group(2), "巡视组反馈意见的主要内容") for m in re.finditer(r"^(\d)\. (.+)$", _OY, re.M)]

_NO_ORDER = ("(NEW) No deadline: the grading body's '限期N个月整改' is the penalty's term stated for the sanctioned bodies "
             "together, not a 整改时限 of a finding (R106 reads a time limit of the findings; R107); deadline null.")
_BODY_NOTE = ("One problem per body whose own faults are stated (R12, as blind17 lingao: title from the body's name to "
              "the end of its faults, the trailing '。'/';' dropped, R86); unit the body as the sentence names it (R102); "
              "seq null (nothing printed, R78); category null (lead sentences '…分别为:' are no headings, C13); status "
              "null and measures 0 (a check's verdict, no answer, R95/R97).")

DOCS = {
    "dingjijiudian_hubei_six_4a_scenic_areas_per_body": dict(
        excerpt=False,
        genre="2-like findings of a check, one statement per inspected body: a travel site's copy of a provincial 文旅厅 "
              "notice on six 4A scenic areas (three delisted, three criticised), each body named then its faults; "
              "site navigation after it",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("湖北省文化和旅游厅"), headline=head(), problems=DINGJI,
        anomalies=[_BODY_NOTE,
                   "Bodies 4 and 5 state aspects ('在交通、设施…等方面存在问题') found in the 文化和旅游部's 体检式暗访: still the "
                   "body's own statement, titled from the name to '存在问题'; the order ',按照…限期3个月进行整改' dropped.",
                   "Body 3 is named '恩施州佛宝山大峡谷漂流景区' in the list and '利川市佛宝山大峡谷漂流景区' in its statement: the "
                   "statement's name is the unit.",
                   _NO_ORDER,
                   "Kind null (a check's results, R29); the first line '湖北:6家…被通报' is a news headline (R34): title null; "
                   "no date ('近日'); inspector the 厅 that publishes its 复核 results (R46); '6家' are bodies (R68): no "
                   "headline.",
                   "The store's copy ends in the site's navigation ('- 头条 …提前公布只为旅'): a cut in boilerplate, excerpt "
                   "false (R5)."]),
    "shanhaiguan_668528_seven_5a_scenic_trad_cut": dict(
        excerpt=True,
        genre="6 traditional-character copy: a news site's item on the national tourism body's 暗访 of 5A scenic areas "
              "(headline and lead printed twice), one body's findings after '檢查發現', then '據通報,' one sentence per "
              "warned body; cut in the last, three-body sentence",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("國家旅游局"), headline=head(), problems=SHANHAI,
        anomalies=[_BODY_NOTE,
                   "Traditional copy: titles and units simplified (R91); doc fields as printed.",
                   "Problem 1 drops the lead-in '檢查發現' (R92) and keeps the three ';' parts of one body's faults together "
                   "(R12); the verdict '山海關景區已不具備5A級景區條件…予以取消' is not part of it.",
                   "(NEW) The cut sentence '南通市濠河景區、杭州市西溪濕地旅游區、上海市東方明珠廣播電視塔主要存在' names three bodies and "
                   "states no fault before the cut: no problem (R109: an item that prints no finding), not a C14 row.",
                   _NO_ORDER.replace("'限期N个月整改'", "'給予6個月時間整改'"),
                   "Headline and lead printed twice (R35: one title, here a news headline: null, R34); '9月以來特別是十一假日期間' "
                   "and '記者9日' carry no year: no dates (R60); '7家'/'6家' are bodies (R68)."]),
    "chengdu_three_5a_scenic_severe_warning_cut": dict(
        excerpt=True,
        genre="2-like findings of a check, one paragraph per body: a city paper's item on the national tourism body's "
              "severe warnings to three 5A areas ('国家旅游局指出,<body>存在…等。' and two more), totals of past sanctions, "
              "then a response; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("国家旅游局"), headline=head(), problems=CHENGDU,
        anomalies=[_BODY_NOTE,
                   "Each statement ends '…等。': '等' kept, '。' dropped (R86); the lead-in '国家旅游局指出,' dropped (R92).",
                   _NO_ORDER,
                   "Counts of sanctioned areas ('对3家5A级景区进行摘牌,对19家…') are bodies, not problems (R68): no headline; "
                   "'昨天' and '25日' carry no year: no dates (R60); inspector the body that reports its check ('根据现场检查"
                   "…全国旅资委决定'); the copy is cut in the response ('接受广大游客对丽江古城景区的')."]),
    "weihai_dzwww_two_5a_toilet_warning_cut": dict(
        excerpt=True,
        genre="2-like findings of a check after figures: a provincial paper's repost of a radio item on the '厕所革命' "
              "(portal chrome, source/date line, original title), two warned 5A areas and ten delisted 4A areas named, "
              "then '根据调查显示,' one statement per warned body; cut in the second",
        kind=None, title=None, issuer=None, report_date="2017-05-27",
        inspection=ins("全国旅游资源规划开发质量评定委员会"), headline=head(), problems=WEIHAI,
        anomalies=[_BODY_NOTE,
                   "The '?' in '老界岭?恐龙遗址园' (a lost '·') kept as printed in title and unit (R2).",
                   "The second statement is cut at '标识系' (C14: labelled as far as it goes); the ten delisted 4A areas are "
                   "named with no faults: no problems (R19).",
                   _NO_ORDER,
                   "'全国共完成新改建厕所超过5万座' is a campaign total, not a problem count (R68); report date the date line "
                   "'2017-05-27 09:25:00' (R40, R43 repost); '今天' is the same day but the check's period is not stated: "
                   "no inspection dates; title null (news headline, R34)."]),
    "palmettodecks_fujian_4a_warning_cards_trad_glossed_cut": dict(
        excerpt=True,
        genre="6 traditional copy with pinyin glosses, spam markup above: a spun WeChat-style post on a provincial "
              "grading body's 复核检查 (exclamation lines, a lead), a heading line '4家4A級…給予嚴重警告處理,限期6個月整改' "
              "and cards '<body>:存在…'; cut in the second card",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("省旅資委"), headline=head(), problems=PALMETTO,
        anomalies=["Empty HTML tags with one id ('<input id=\"yq62h\">…') above the text: spam markup kept (R2).",
                   "Traditional with glosses '景區(qū)': titles, category and units simplified without glosses (R91).",
                   "Cards '<body>:<faults>': one problem per card (R10), titled by the text after the colon (R89, as blind39 "
                   "meishi), unit the card's name (R102), '。' dropped (R86); the second card cut at '不完善,游' (C14).",
                   "(NEW) The line '4家4A級旅游景區給予嚴重警告處理,限期6個月整改' stands alone above the cards (the lead says the "
                   "same in a sentence): it is the section heading, the category of both cards (R79), with its '限期…' "
                   "as printed.",
                   _NO_ORDER,
                   "Inspector the grading committee by its own short name '省旅資委' (R46; the full name carries glosses); no "
                   "date ('近日'); the headline lines are news (R34): title null; '24家3A級景區' are bodies (R68)."]),
    "baogaosu_fuzhou_fujian_ten_4a_two_delisted": dict(
        excerpt=False,
        genre="2-like findings of a check for two of ten bodies: a report site's copy of a news-agency item on a provincial "
              "tourism bureau's 暗访复查 of ten 4A areas (a date line D.M.Y), the two delisted areas' faults stated, the "
              "other eight's as kinds; unrelated footer items",
        kind=None, title=None, issuer=None, report_date="2017-05-09",
        inspection=ins("福建省旅游局"), headline=head(), problems=BAOGAO,
        anomalies=[_BODY_NOTE,
                   "邵武: its two sentences (faults, then '该景区已停业关闭但无…') are one body's statement, kept together with "
                   "the inner '。'; 翠丰 after '而' (dropped, R92).",
                   "'其他被处理的景区均不同程度存在…等问题': eight bodies' faults as kinds in one sentence: no problem (R19).",
                   _NO_ORDER,
                   "Report date the date line '09.05.2017 13:24' read D.M.Y (R45; the item is datelined 5月8日); the "
                   "'8日通报' is the bureau's notice day, not a check period: no inspection dates.",
                   "The page ends in unrelated footer items ('省妇联传达学习…妇联'): excerpt false (R5); a copy of the same "
                   "item with medical spam spliced into place names (new.gcuan.com) was declined (R4)."]),
    "sy01ny_fujian_19_scenic_forum_print_cut": dict(
        excerpt=True,
        genre="2-like findings of a check for some bodies: a forum's print view of a city paper's item on a provincial "
              "bureau's A级 scenic check (forum title/author/time lines, the article's own title and date), sanctions "
              "listed, then '根据通报,' a five-body shared statement and two single-body statements; cut in the last",
        kind=None, title=None, issuer=None, report_date="2016-11-18",
        inspection=ins("省旅游局"), headline=head(), problems=SY01NY,
        anomalies=[_BODY_NOTE,
                   "(NEW, as blind39 hkwb) '福州鼓山风景区、于山景区…永泰县青云山4A级景区,均存在…等问题' names five bodies with "
                   "shared faults: no one body's statement (R12), not labelled; the two single-body statements are.",
                   "The second statement is cut at '达不到3' (C14); units as the statements name the bodies, '3A级' included.",
                   "Report date the forum post's '时间: 2016-11-18 11:30', the same day as the article's own line (R40, R43); "
                   "'昨日' has no date of its own: no inspection dates; '19家' are bodies (R68); the forum title is a news "
                   "headline (R34): title null; a traditional copy of the same item (jzfdc.net.cn) was declined (R4)."]),
    "minitagcloud_masked_clean_village_selfcheck_two_shortcomings": dict(
        excerpt=False,
        genre="2 the problem section is not the first part: a 范文 site's masked (xx) self-check report answering a "
              "'清洁乡村' 督查 notice: '一、自查工作情况', '二、存在问题' one paragraph of two ';' clauses, '三、工作建议', a "
              "masked date and links to other reports",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=MINITAG,
        anomalies=["(NEW) A self-check report's own shortcomings under '二、存在问题' (R9) as two ';' clauses: one problem "
                   "per clause (R10), category the section heading '存在问题' (R79; the report's sections are headings, not "
                   "a one-task form's field labels, R84); seq null.",
                   "'三、工作建议' are suggestions, not answers to the problems: measures 0 (R98); status null.",
                   "Masks 'xx'/'xxx'/'20xx年xx月xx日' kept (R2): no date (R44), no issuer ('我局'), inspector null (a "
                   "self-check by an unnamed '我局', R48); kind null (a self-check, no rectification reported, R29); no "
                   "title line.",
                   "'美丽xx•清洁乡村' printed with '•' twice and '·' once, as returned (R2)."]),
    "markspestcontrol_shaanxi_14_scenic_named_no_faults_trad": dict(
        excerpt=False,
        genre="near miss, kind 5 without figures: a glossed traditional copy of a provincial tourism bureau's 暗访 news "
              "naming 14 sanctioned scenic areas with no fault of any, then a demand to rectify",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("陜西省旅游局"), headline=head(), problems=[],
        anomalies=["Near miss: fourteen bodies named ('分別是:…被嚴重警告;…被警告') with one shared '在經營管理中存在嚴重問題': "
                   "no body's faults (R12, R19): problems [].",
                   "'14家' are bodies (R68): no headline; a garbled run '張?jiān)H鹉浅潜ぞ魄f' (a mis-decoded name) kept as "
                   "returned (R2).",
                   "No date ('近日'); kind null (news, R30); the first line is a news headline (R34): title null."]),
    "haizhu_civil_affairs_xuncha_progress_cut_before_problems": dict(
        excerpt=True,
        genre="near miss, kind 1/2 cut early: a district bureau's 巡察整改进展 bulletin whose stored copy starts at the "
              "lead (no title line) and stops inside '一、提高政治站位…' (organisation of the work), before any problem",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("区委第二巡察组", "区民政局党组", feedback="2024-08-19"), headline=head(), problems=[],
        anomalies=["Kind bulletin: '现将巡察整改进展情况予以公布' reports rectification progress (R27); no title line (R33) and "
                   "no signature: title and issuer null (R37).",
                   "Cut in '(三)细化整改任务…建立问题清单、任务清单、' before the problem section: problems [] (R21).",
                   "'2024年3月至6月' is a month-only span: no start/end (R53); feedback 2024-08-19 (R55); inspector as "
                   "printed '区委第二巡察组' (R46), inspected '区民政局党组' (R47)."]),
    "oryoy_dingyuan_xunshi_feedback_explainer_three_headings_cut": dict(
        excerpt=True,
        genre="2 the problem section is not the first part, kind 4-like feedback items: a machine-spun explainer on a "
              "provincial 巡视's feedback to a county (引言, 巡视背景, then '巡视组反馈意见的主要内容' with numbered headings "
              "'1. 党建工作存在薄弱环节' each over a '巡视组指出,…' paragraph and '支持细节:' bullets); cut in the third",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(None, "定远县"), headline=head(), problems=ORYOY,
        anomalies=["Three numbered headings on their own lines with a description below: the heading is the title (R88), "
                   "seq 1-3 (R75); category the section heading line '巡视组反馈意见的主要内容' (R79), not the lead-in "
                   "'以下为巡视组重点关注的问题:' (C13).",
                   "(NEW) The '支持细节:' bullets '- …' under each heading describe the problem, like bw19's '表现一' "
                   "(R119): not measures; no rectification is reported: measures 0, status null.",
                   "Kind null: an explainer of feedback reporting no rectification (R112, C20; it proposes no 整改方向 "
                   "before the cut, R28); no title line (the title is only in the url, R33), no date; inspector null (an "
                   "unnamed '巡视组', '安徽省对定远县进行了巡视', R48); inspected '定远县' as the feedback sentence names it "
                   "(R47).",
                   "Cut inside the third heading's bullets ('…矿产资源开发等领域'): excerpt true; the third heading is "
                   "whole."]),
}

URLS = {
    "dingjijiudian_hubei_six_4a_scenic_areas_per_body": "http://dingjijiudian.com/jdsk/lyzx/43503.html",
    "shanhaiguan_668528_seven_5a_scenic_trad_cut": "http://www.668528.com/2015/1010/278287.html",
    "chengdu_three_5a_scenic_severe_warning_cut": "http://news.chengdu.cn/2017/0226/1855171.shtml",
    "weihai_dzwww_two_5a_toilet_warning_cut": "http://weihai.dzwww.com/newsyd/201705/t20170527_15947235.htm",
    "palmettodecks_fujian_4a_warning_cards_trad_glossed_cut": "http://www.palmettodecks.com/gonglve/132532401738874880",
    "baogaosu_fuzhou_fujian_ten_4a_two_delisted":
        "http://fuzhou.baogaosu.com/xinwen/%E6%99%AF%E5%8C%BA/57173716",
    "sy01ny_fujian_19_scenic_forum_print_cut":
        "http://sy.01ny.cn/forum.php?action=printable&mod=viewthread&tid=4622941",
    "minitagcloud_masked_clean_village_selfcheck_two_shortcomings": "http://minitagcloud.cn/zichabaogao/9499.html",
    "markspestcontrol_shaanxi_14_scenic_named_no_faults_trad": "http://markspestcontrol.com/cj/xfwq/2015-05-18/383249.html",
    "haizhu_civil_affairs_xuncha_progress_cut_before_problems":
        "https://www.haizhu.gov.cn/gzjg/qjwjw/xsxc/zg/content/post_10265070.html",
    "oryoy_dingyuan_xunshi_feedback_explainer_three_headings_cut":
        "https://www.oryoy.com/news/jie-mi-an-hui-xun-shi-zu-ding-yuan-fan-kui-yi-jian-na-xie-wen-ti-bei-zhong-dian-guan-zhu.html",
}

TRAD = {"shanhaiguan_668528_seven_5a_scenic_trad_cut", "palmettodecks_fujian_4a_warning_cards_trad_glossed_cut",
        "markspestcontrol_shaanxi_14_scenic_named_no_faults_trad"}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
assert EXPECTED == {
    "dingjijiudian_hubei_six_4a_scenic_areas_per_body": 6,
    "shanhaiguan_668528_seven_5a_scenic_trad_cut": 4,
    "chengdu_three_5a_scenic_severe_warning_cut": 3,
    "weihai_dzwww_two_5a_toilet_warning_cut": 2,
    "palmettodecks_fujian_4a_warning_cards_trad_glossed_cut": 2,
    "baogaosu_fuzhou_fujian_ten_4a_two_delisted": 2,
    "sy01ny_fujian_19_scenic_forum_print_cut": 2,
    "minitagcloud_masked_clean_village_selfcheck_two_shortcomings": 2,
    "markspestcontrol_shaanxi_14_scenic_named_no_faults_trad": 0,
    "haizhu_civil_affairs_xuncha_progress_cut_before_problems": 0,
    "oryoy_dingyuan_xunshi_feedback_explainer_three_headings_cut": 3,
}, EXPECTED


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by another route than the reading above."""
    if stem.startswith("dingjijiudian"):
        paras = [ln for ln in text.split("\n") if "分别为:" in ln]
        return sum(ln.split("。", 1)[1].count(";") + 1 for ln in paras)
    if stem.startswith("shanhaiguan"):
        said = text.split("據通報,")[1]
        return int("檢查發現" in text) + said.count("。")
    if stem.startswith("chengdu"):
        return len(re.findall(r"等。$", text, re.M))
    if stem.startswith("weihai"):
        return len(re.findall(r"(?:旅游区|景区)厕所", text.split("根据调查显示,")[1]))
    if stem.startswith("palmettodecks"):
        return len(re.findall(r"景區\(qū\):", text))
    if stem.startswith("baogaosu"):
        return len(re.findall(r"(?:景区入口|旅游区周边)", text))
    if stem.startswith("sy01ny"):
        parts = text.split("根据通报,")[1].split(";")
        return len([p for p in parts if "、" not in p.split(",")[0]])
    if stem.startswith("oryoy"):
        return text.count("支持细节:")
    if stem.startswith("minitagcloud"):
        return between(text, "二、存在问题\n", "\n三、").count(";") + 1
    return 0


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: measures 0 and status null everywhere (no answers, R97);
    titles, categories and units as written (traditional ones before simplification); the document fields."""
    probs = d["problems"]
    assert all(p["measure_count"] == 0 and p["status"] is None and p["deadline"] is None for p in probs), stem
    assert all(len(p["responsible_units"]) == 1 for p in probs) or stem.startswith(("minitagcloud", "oryoy")), stem
    check_problems(stem, probs, text, no_stop=True, category_in=text, units_in=text)
    check_doc(stem, d, text, report_forms=lambda y, m, dd: (f"{dd:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{dd:02d}"))


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    write_labelled_set(HERE, DOCS, TEXT, check_one, recount=recount, total=26, urls=URLS, trad=lambda s: s in TRAD)
    for stem in TRAD:
        body = json.loads((HERE / f"{stem}.truth.json").read_text(encoding="utf-8"))
        for p in body["problems"]:
            assert "(" not in p["title"] and "(" not in (p["category"] or ""), (stem, p["title"])


if __name__ == "__main__":
    main()
