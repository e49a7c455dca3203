"""Write the texts and truth files of tests/importer/real/blind55: a held-out set of real pages (session 24), labelled
on 2026-12-07 (09:23-09:31 UTC by the machine clock, which ran slow against the work done) by helper label70, who did
not read or run the parser (zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set.
Every url was checked with /work/wt/known_urls.py (--exclude /work/wt/label70) when found and again before the commit; a
distinctive phrase of each problem page ('龙溪镇群众反映问题整改落实情况', '超期34天', '金茂花苑小區', '母嬰室未正常開放', '泉莊小區',
'政府部门与企业接触怕犯错误', '九峰工商所', '芳园里小区', '卫生局76号窗口') was grepped in /work/main/tests/importer/real and
/work/shared/corpus: no copy.

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R197, C1-C41) and make_truths.py (head/ins/problem);
structure after make_truths_blind51.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): pinyin glosses ('小區(qū)'), '????' runs, a run-together date line
('202201-1503:32'), a site's own '...' teaser cut, forum attachment chrome, a spam-named menu with mojibake kept. The
three cut copies decode to 1,999-2,000 UTF-8 bytes (the store's limit).

Brief (blind55): the other problem lists a body rectifies (主题教育 检视 整改清单, 民主生活会 查摆 整改, 巡视 整改方案, 专项整治
通报, 作风建设 / 营商环境 问题, 12345 / 信访 / 问政 反映问题 整改 公示, 考核 / 评估 反馈 整改: 双一流, 文明城市, 食品安全), at most a
third near misses. 12 documents, 4 near misses (a third).

Exhaustion: 38 queries (8 results each): 主题教育 检视问题清单 整改落实情况; 民主生活会 查摆问题 整改落实情况 报告; 12345热线 反映问题
整改情况 公示; 营商环境 问题 整改情况 通报; 巡视反馈意见整改方案 整改任务清单 责任单位 完成时限; 专项整治 发现问题 整改情况 通报 已整改;
文明城市测评 反馈问题 整改情况报告; 双一流 建设成效评价 反馈问题 整改; 领导班子 专题民主生活会 查摆问题整改清单 …; 食品安全城市 评价 反馈问题
整改落实情况; 作风建设 明察暗访 发现问题 整改情况 通报 整改到位; 群众反映问题 整改情况 公示 已整改 村; 问题一 整改情况 问题二 整改情况 群众满意度调查
反馈问题; 主题教育 检视问题 整改落实情况 公示 一、 已完成; 考核反馈问题整改情况报告 …; 评估专家组 反馈意见 整改情况 学院 逐条整改;
民主生活会查摆问题整改落实情况的报告 …; 营商环境 问题整改 清单 序号 问题描述 …; 督查发现问题整改情况反馈 …; 问政 曝光问题 整改情况 回复 已整改到位;
党支部 主题教育 检视问题 整改清单 …; 创文 曝光台 整改前 整改后 …; 信访反映问题 整改落实情况 公示 镇 …; 巡视整改 任务分解表 序号 …; 对照检查材料
存在的问题 一是 二是 …; 国家卫生城市 复审 暗访 反馈问题 整改情况; 网格员 巡查 发现问题 整改 清单 …; 党的群众路线教育实践活动 四风问题 整改落实情况 …;
三严三实 专题民主生活会 查摆问题 …; 政风行风 评议 反馈问题 整改情况 报告 局; 环保督察 交办问题 整改情况 公示 …; 关于考核组反馈问题整改落实情况的报告
乡镇 …; 人大代表 视察 提出问题 整改落实情况 …; 年度目标考核 扣分 问题 整改情况报告 单位; 12345 督办 通报 单位 工单 超期 …; 整改销号 公示 主题教育
…; 暗访发现 问题 通报 单位 窗口 …; 食品安全 督查 反馈问题 整改情况 学校食堂 …; 社会评价 意见建议 整改情况 公开 …; 关于反馈问题整改情况的公示 …
农村人居环境; 卫生院 绩效考核 反馈问题 整改报告 …; 乡镇 督查通报 点名 村 …. Many answers are tag stubs (abg.baidu.com, zhetiaohe.com,
fengdujob.net), policy texts (营商环境 方案), essays and explainers. 73 distinct candidate urls checked with known_urls.py: 32
KNOWN, 41 NEW. KNOWN: ahqszx 民主生活会, ilynn 南宁, ruijin, jiaozuo 2019 测评 and 2025, baoji.qinfeng, wentop, 146.56 banner,
txq.siping, lxxww, pay38 交通运输局 绩效考评 (the genre's centre), jw.km, wuch, sjj.ningbo, xdscy 深圳, fyzhizao 西宁, hxhg.hpu,
renrendoc 支部 自查, m.dtrcw 电视问政, bswxw, gongwk 镇党委 民主生活会 对照检查, qh.xinhuanet 海东, m-yicheng, jx.7310413 七省市,
0551qiaojia, wenke99 杞县 创卫, 117.156 中川镇, e.wenmi 危房, pydc 濮阳 暗访, shanting 徐庄镇, datian 校园食品安全 成果公布,
kuoxiong 历城. The genre's centre (a body's 整改落实情况 answering listed problems, a check's table with results) answered
almost only KNOWN pages; the one new centre page is cq4a (a county's survey problems answered by township).

Declined, new by key: hnziyang (营商环境 notice: tallies of indicators below average, no finding of its own; cut in the
requirements); caiyes (a town's 征求意见 report: counts of opinions by kind, general measures, no item); zhld 2012 (暗访
通报 cut in its praise section); m.bidcenter 海口 (食安 自评 report cut in its 基本情况); linli, mnnu, cqybh2011, lylc, iosapp77
莆田, hejian, nanchang.baogaosu, scwmb, xncrm, badhabbits 梅河口, zhanywang (one petition's story, R17), adnantraders 安康
(meeting, work or feedback news, counts only); focus.cnhubei (a 测评 ranking); rjbarrymore (a spam-named site's 巡察 feedback
news, R19 '主要是:…比如…'); baijiadoc (人大 建议 办理 speech, shared '一是…三是' faults, R19); scienceministries (2011 武汉 治庸
暗访, traditional with glosses: the 2012 item of the same office was taken); xncz 西宁, yueyang, syb88 乳源 (12345 tallies and
hot-topic kinds, R17/R23); bbs.classic023, bbs.huaianshizx (reporters' 暗访 stories, many frames); ghqlgyb, jianpian
(explainers); fqjz1 (a spam-substituted 社会评议 report, suggestions only); mpmpc (a round-up of checks, counts only).

Pages, kinds and problems (counted twice: by reading, and in main() by a regex recount of each text):
- cq4a (bulletin, cut): a county 组织部 民调中心's survey problems answered by township: 龙溪镇 问题一…四 with their 整改情况
  (measures 2, 1, 3, 4 = 10: 一是/二是…, one undivided paragraph), then 两坪乡 item 1 cut at its '整改情况' (0). 5 problems.
- zmdtt (null, cut): a city 网络问政 column's notice of two units' overdue replies: one problem per body (R12). 2 problems.
- 360xyt (null, whole, traditional): a county news site's 文明曝光台 item about estate notice boards: ONE problem (R108). 1.
- 453100 (null, whole, traditional): a city 文明办's 测评 result post, '三、存在主要問題' seven '在…方面,…' lines. 7 problems.
- ndf191 (null, cut, traditional): a city 创文办's 回访 of estates the papers exposed: three dated photo captions, one per
  place (R10). 3 problems.
- partyworker (null, whole; the site cuts the article with '...'): a city 政协 survey's '二、存在问题 (一)…' cut in its
  first item: 1 problem (R25).
- johnnytowncar (null, cut): a mirror of a 2012 Wuhan paper's report of a 治庸办 作风建设组's unannounced visits: a station
  head asleep, staff gaming or asleep, a window empty, a last finding cut mid-word. 5 problems.
- tjbh (null, whole): a grid worker's patrol finds a broken manhole cover, fixed that day: ONE problem (R108), done, 1
  measure (C27 recommendation).
- near misses ([]): zibo (TV 问政 news, '问题共109个' no figure: snippets13 tv_wenzheng precedent), xuanen (TV 问政 news
  naming its '10大曝光问题' in one sentence, R19), zbzcxx (暗访 news, counts of cadres and units only, R68), xxrb (暗访
  news naming windows several at a time with shared faults, R122). 4 of 12.
Total 25 problems; measures 11 (cq4a 10, tjbh 1).

NEW calls: (1) cq4a kind bulletin: a county's published reply on how listed survey problems were rectified, under a
news headline (R27 reports rectification done; title null R34); the '<person>:' speaker label of an item dropped from its
title (R92, as a lead-in). (2) partyworker: a 政协 专题调研组 named as the inspector (R46 as printed) of a survey that lists
problems; kind null (no rectification, R30). (3) ndf191: '依然未改' / '相差無幾' read as no status (null): R93's '仍未' is a
rectification item's progress word, these are a check's verdict that nothing was done. (4) 360xyt: a news site's own
exposure (reporters, no checker) labelled by R108 (one named fault), inspector null (R115). (5) johnnytowncar: news
subheads above the findings read as their categories (R79), the deck line above the lead not.
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_truths import GLOSS, check_doc, check_problems, head, ins, write_labelled_set  # noqa: E402
from make_truths import problem as _p  # noqa: E402

HERE = Path(__file__).resolve().parent.parent / "blind55"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "cq4a_wushan_survey_problems_township_fixes_cut": r'''"巫山民意直通车:龙溪、两坪、大溪这样整改群众反映问题,您满意吗?\n\n部门新闻\n202201-1503:32\n分享\n\n2021年11月-12月,县委组织部民调中心组织开展了基本公共服务满意度调查,原汁原味记录调查中群众反映的问题并分乡镇进行了反馈,督促乡镇正视问题、拿出实招限期抓好整改落实。各乡镇高度重视,赓即召开专题会议安排部署,制定整改方案,列出问题清单、整改时间表,逐一整改落实。现将龙溪、两坪、大溪等部分群众反映问题的整改落实情况作出回复,您看您的问题这样回复满意吗?\n\n龙溪镇群众反映问题整改落实情况\n\n问题一:部分群众反映社区内活动场所缺少\n\n整改情况:一是增设养老服务中心,提供图书、骨牌、象棋、健身器材等设备;二是提倡疫情期间不聚集,以室内活动为主。\n\n问题二:场镇公共厕所缺少。\n\n整改情况:争取县卫生健康委,乡村振兴局厕所改造资金13万元,新建40平方公共厕所一座,年内投入使用。\n\n问题三:部分群众反映摩托车遮雨伞有安全隐患。\n\n整改情况:一是派出所和平安建设办联合执法,对辖区内遮雨伞进行集中拆除处理。二是对销售遮雨伞商家进行集中约谈并张贴禁止销售广告。三是观看安装遮雨伞警示教育片,告知群众安装遮雨伞造成对人的心脏和颈部伤害。\n\n问题四:生活垃圾没有集中处理,差垃圾桶。\n\n整改情况:一是购买垃圾桶350个,按需分配到14个村(社区),有效解决了缺失垃圾桶的问题;二是利用垃圾清运车每周星期一定期清运村社垃圾到场镇集中处理;三是组织公益性岗位按时到岗,清理道路两旁白色垃圾;四是落实“六步走访法”开展大走访,教育引导老百姓提高爱护环境主体意识,做好清洁卫生。\n\n两坪乡群众反映问题整改落实情况1.青峰村群众:冬天路面结冰,需要挑水吃。整改情况"''',
    "zmdtt_zhumadian_online_wenzheng_overdue_two_units_cut": r'''"2019-07-12 10:05 来源:驻马店广视网\n驻马店广电融媒体消息:经过一年多的运行,市政府督查室与驻马店广播电视台新媒体中心联办的《网络问政》受到越来越多的群众关注。90家问政单位管理员在线办理、回复群众留言,真正搭建起了政府部门和群众之间沟通交流的民意桥梁。\n但与此同时,仍有个别单位存在不够重视和超期严重的现象。经统计,截至7月11日,市交通局和工商银行驻马店分行2家单位在办理网络问政群众留言时,逾期未回复的情况最为突出。\n其中,市交通局有三件群众留言分别超期34天、23天、11天未办理;工商银行驻马店分行有三件群众留言分别超期30天、23天、11天未办理。\n为此,网络问政对市交通局和工商银行驻马店分行长期不回复群众留言,导致群众反映问题长期得不到解决的懒政行为进行通报。其未回复事项如下:"''',
    "360xyt_wencheng_exposure_estate_notice_boards_trad": r'''"文明曝光臺:雜亂無章的小區(qū)公告欄\n發(fā)布時間:2022年08月09日\n來源:文成新聞網(wǎng)\n文成新聞網(wǎng)訊 近日,記者走訪各個小區(qū)發(fā)現(xiàn),小區(qū)公告欄存在損壞和亂貼亂用的情況。如,在大峃鎮(zhèn)金茂花苑小區(qū)門口,宣傳欄由于老化導(dǎo)致字跡脫落顯示不完整,欄內(nèi)貼滿了未經(jīng)審批的租房廣告,看上去已長時間無人打理。在此,希望縣相關(guān)部門加強日常巡查,及時發(fā)現(xiàn)和整改小區(qū)宣傳欄相關(guān)問題。\n總監(jiān)制:黃金杰監(jiān)制:陳葉靜責(zé)編:趙海鎮(zhèn)編輯:項露露\n\n\n"''',
    "453100_wuhu_mock_evaluation_q3_main_problems_trad": r'''"排名來了!蕪湖第三季度文明程度指數(shù)測評結(jié)果公布\n根據(jù)市文明委《蕪湖市全國文明城市創(chuàng)建督查考核方案》(蕪文明〔2022〕4號)文件精神,10月11日—14日,市文明辦委托第三方對五個城區(qū)和四個縣市開發(fā)區(qū)開展了全國文明城市模擬測評,匯總7月份、8月份文明程度指數(shù)成績,形成第三季度文明程度指數(shù)結(jié)果,現(xiàn)公布如下。\n一、9月份全國文明城市模擬測評情況\n1.jpg (75.22 KB, 下載次數(shù): 65)\n下載附件\n保存到相冊\n2022-10-24 14:35 上傳\n2.jpg (71.47 KB, 下載次數(shù): 67)\n下載附件\n保存到相冊\n2022-10-24 14:35 上傳\n二、第三季度文明程度指數(shù)測評情況\n3.jpg (71.38 KB, 下載次數(shù): 59)\n下載附件\n保存到相冊\n2022-10-24 14:36 上傳\n4.jpg (74.32 KB, 下載次數(shù): 61)\n下載附件\n保存到相冊\n2022-10-24 14:36 上傳\n三、存在主要問題\n在消防管理方面,居民小區(qū)堵塞消防通道、消防設施問題突出;\n在秩序管理方面,車輛亂停放、電動自行車未上牌、占道經(jīng)營、交通秩序混亂等現(xiàn)象較多;\n在服務設施方面,母嬰室未正常開放、未設無障礙停車位、志愿服務站點不能提供正常服務等現(xiàn)象時有發(fā)生;\n在建設管理方面,亂拉亂設、飛線充電,居民小區(qū)樓道亂堆雜物、車輛亂停放、墻面污穢破損、小廣告亂張貼亂畫,路面坑洼積水較為普遍;\n在環(huán)境衛(wèi)生方面,農(nóng)貿(mào)(集貿(mào))市場、主干道、背街小巷、公園、居民小區(qū)等垃圾衛(wèi)生情況問題較多;\n在公益廣告方面,公益廣告不足、破損污損、位置不顯著;\n在文明行為方面,有不文明養(yǎng)寵、損壞公共設施、非吸煙區(qū)有吸煙現(xiàn)象。\n蕪湖市文明辦 2022年10月24日\n來源:蕪湖市文明辦 |\n|"''',
}
_RAW.update({
    "ndf191_zhanjiang_creation_office_revisit_exposed_estates_trad_cut": r'''"????11日3日,湛江日報和湛江晚報分別報道了赤坎、霞山、經(jīng)開區(qū)6個點位的老舊小區(qū)臟亂差及亂擺亂放、亂搭亂建現(xiàn)象。\n????11月4日,霞山區(qū)東新街道華聯(lián)社區(qū)南海港小區(qū)內(nèi)對媒體曝光的污水排放進行處理,但小區(qū)內(nèi)垃圾桶隨意擺放、車輛亂停、雜物亂堆等隨處可見。\n????11月4日,市創(chuàng)文辦再次對這幾個單位進行實地回訪,看看他們對待輿論監(jiān)督批評的態(tài)度。\n11月4日,霞山區(qū)解放街道民享東社區(qū)環(huán)衛(wèi)處宿舍亂堆亂放,與不久前媒體曝光相差無幾。\n????結(jié)果有喜有憂。喜的是有3個單位認真對照媒體批評、及時整改。他們是赤坎區(qū)中山街道橋興社區(qū)建業(yè)小區(qū)、赤坎區(qū)沙灣街道濱海社區(qū)耐火材料廠宿舍區(qū)、經(jīng)開區(qū)樂華街道明哲社區(qū)湛江海洋水產(chǎn)聯(lián)合總公司宿舍。這些單位領(lǐng)導(dǎo)看到報道后,立即組織整改,特別是赤坎區(qū)組織街道、社區(qū)工作人員、城市綜合執(zhí)法隊對報紙點名批評的建業(yè)小區(qū)、耐火材料廠宿舍區(qū)的衛(wèi)生環(huán)境秩序進行徹底整治,清理干凈衛(wèi)生死角。他們還加大對全區(qū)老舊小區(qū)管理力度,堅持網(wǎng)格化巡查,加大保潔力度,不斷提升鞏固老舊小區(qū)治理水平。\n11月4日,經(jīng)開區(qū)泉莊街道泉莊小區(qū)大門口堆有垃圾雜物,媒體批評後依然未改。\n????在這次檢查中,盡管市創(chuàng)文辦提前作了通報,明確檢查湛江日報和湛江晩報已經(jīng)曝光批評的小區(qū),但現(xiàn)場回訪,令檢查組憂慮的是,有幾個點位,同一地段幾乎沒有多大改進,雜亂依舊。這些點位是霞山區(qū)解放街道民享東社區(qū)環(huán)衛(wèi)處宿舍、霞山"''',
    "partyworker_cppcc_business_environment_survey_problems_cut": r'''"根据年度协商计划和市政协重点议题安排,市政协把“进一步优化营商环境”作为常委会重点调研课题,由社会和法制委员会牵头成立专题调研组,调研组自11月上旬开始,先后赴园区、企业、相关部门及各民主党派开展调研,通过实地察看、座谈交流等方式深入了解我市优化营商环境工作中存在的问题和不足,分析研究对策建议,形成专题调研报告。\n一、基本情况\n市委、市政府历来高度重视营商环境建设,近年来,以打造营商环境标杆市为目标,认真贯彻落实上级决策部署,连续三年出台优化营商环境实施意见,为我市经济社会高质量发展提供了有力支撑。我市在全省营商环境评价中位次逐渐靠前,企业对营商环境的满意度逐渐提高。但与部分先进地区相比差距比较明显。\n二、存在问题\n(一)政务环境方面,优化服务有待提升。政府、市场、社会三者间的权责与边界还需进一步清晰,有些涉及多部门、多环节的审批事项权限下放不配套、不同步,数据壁垒依然存在,便利度有待提升。在调研中有企业反映,投资领域审批虽经压缩,但各种审批“要件”、程序和环节还是较多;企业与政府沟通的渠道还不够通畅,政府部门与企业接触怕犯错误的思想...\n微信订阅号\n网站编辑"''',
    "zibo_dzwww_wenzheng_109_problems_news": r'''"淄博问政|直播期间反映109个问题 各区县连夜迅速整改\n\n2019-11-15 14:29:00 来源: 大众网·海报新闻 作者: 王越\n  大众网·海报新闻淄博11月15日讯(记者 王越 通讯员 杨东刚)11月13日20时至22时,淄博市整治办会同《淄博问政》领导小组办公室,举办了全市城乡环境大整治精细管理大提升《淄博问政》特别节目。直面淄博市城乡环境大整治精细管理大提升“七大会战”存在的突出问题,8个区县长、3个功能区和相关牵头部门主要负责同志现场接受了问政,并向社会和群众解疑释惑、公开答复。\n  市政府副市长刘荣喜亲临现场指导,节目播出后社会反响强烈,各区县连夜部署、明确责任、迅速整改,对于强力推进“七大会战”、迅速掀起城乡环境大整治热潮,具有重要的推动作用。\n  特别节目直播期间,记者调查和群众反映的问题共109个,其中,现场曝光问题 79个,未接入热线电话反映的问题 9个,手机台群众留言问题21个。\n  11月14日,淄博市整治办将问题梳理汇总,列出清单并下发,要求各区县、各牵头单位对反映的问题对号入座,举一反三,逐条梳理,落实主体责任,研究制定措施,定期完成整改,给社会和公众一个圆满答复。\n\n初审编辑:李玉梅\n\n责任编辑:唐菁\n\n相关新闻\n推荐阅读"''',
    "xuanen_county_wenzheng_ten_exposures_news": r'''"问政活动现场,发改、教育、财政、交通运输、农业、质监、公共资源交易监督管理等七家县直单位的主要负责人直面问题,查找自身不足,回应群众关切,提出解决问题的有效措施。\n自营养餐改善计划在我县实施以来,全县农村义务教育阶段学生营养状况得到极大的改善,那么现如今营养餐的卫生状况在各农村义务教育学校实行得怎么样,记者来到一所学校进行走访调查。\n就这一问题,县教育局局长谢庆慧就如何解决好这一问题作出了承诺。\n无事酒问题在我县存在已久,长期以来县委县政府要求各级各部门狠刹整酒风,并取得一定的成效,但近年来又有反弹迹象,就这一问题记者进行了深入调查。\n在历时3个半小时的问政过程中,面对《的士乱收费 怎么无人管》、《生态公益林补偿兑现纠纷》、《电疗神器真“神奇”》、《县公共资源交易中心履职不到位》等10大曝光问题,21位相关责任人被询问,各部门主要负责人主动承担责任,并表示活动结束后,立即着手调查、整改,确保问题尽早解决。\n记者:蒋秋铭 尹丽子\n编辑:钟建辉\n审核:孟希承 吴的\n请输入验证码"''',
    "zbzcxx_zhanggong_style_unannounced_visits_news": r'''"为持续贯彻落实全省作风建设工作会议精神,集中整治全区干部作风建设存在的突出问题,近日,章贡区纪委监委联合区委督查室、区政府办督查室、区新闻中心抽调16人,组成4个督查组,对全区干部作风情况进行了明察暗访。\n此次明察暗访,重点紧盯“怕、慢、假、庸、散”等五个方面的突出问题,围绕干部上下班工作纪律、服务群众作风、脱贫攻坚、环境保护、背街小巷、“老大难”问题久拖不决等问题进行。对督查中发现的问题,及时向全区下发通报,警示全区党员干部。此次集中通报,共点名道姓通报22名干部、32个单位。受到通报的单位立刻召开作风建设会议,传达上级有关精神,提出整改措施。\n下一步,章贡区纪委监委将持续加大“怕、慢、假、庸、散”作风问题明察暗访力度,进行严肃问责,层层压实责任。(曾先胜)"''',
})

_RAW.update({
    "johnnytowncar_wuhan_zhiyong_2012_stations_unannounced_cut": r'''"首页| lab闆风數绔瀉pp瀹樼綉 | lol鐢电珵闆风珵鎶骞冲彴 | 国际| 军事| 社会| 财经| 产经| 房产| 金融| 证券| 汽车| I T| 能源| 港澳| 台湾| 华人| 侨网| 经纬\nEnglish| 图片| 视频| 直播| 娱乐| 体育| 文化| 健康| 生活| 葡萄酒| 微视界| 演出| 专题| 理论| 新媒体| 供稿\n\n武汉一工商所长上班睡觉被暗访者惊醒 倒头又睡\n\n2012年09月21日 07:40 来源:武汉晚报 参与互动(0)\n\n  上班时间,推开办公室的门,暗访组吃了一惊——\n\n  所长躺着睡大觉 所员跷腿玩游戏\n\n  前天,武汉市治庸办作风建设组与监督志愿者兵分三路,暗访全市36家窗口单位、基层站所。\n\n  暗访发现,多数单位在工作纪律、作风等方面转变明显,但仍有个别单位存在内部管理松散、工作制度落实不力等问题。\n\n  工商所长躺在沙发上睡大觉\n\n  当天下午3点05分,暗访组来到市工商局东湖新技术开发区分局九峰工商所。推开所长办公室虚掩的门,眼前景象令暗访组吃了一惊:所长正躺在办公室的沙发上睡大觉。这名徐姓所长被推门声惊醒,简单询问了几句,又睡眼惺忪地躺下继续睡。\n\n  巡查一组办公室的门也开着,一名所员双腿跷在办公桌上,旁若无人地玩蜘蛛纸牌游戏。他见来了很多陌生人,立即放下双腿。暗访人员亮明身份后,他辩称“上班时间是下午3点” 并想关掉游戏窗口。而办公室外张贴的作息时间显示,上班时间为下午2点半。\n\n  在旁边的另一间办公室里,一名工作人员也趴在办公桌上睡觉。\n\n  窗口单位服务不规范\n\n  下午2点半,洪山区社保局办事大厅。上班铃响后,工作人员陆续上岗,只有负责个人参保业务的9号窗口一直空着。5分钟后,这名工作人员姗姗来迟。暗访组询问原因,他解释称,中午吃饭吃坏肚子,去了趟洗手间。\n\n  该大厅一些窗口,工作人员没有主动告知办"''',
    "tjbh_binhai_grid_worker_broken_manhole_fixed": r'''"稿源:津滨网 编辑:刘阳 2021-09-11 00:10\n津滨网讯(记者 王绮妍 报道 吕伟 摄影)9月8日,杭州道街道社区网格员吴连刚在日常巡查工作中,发现芳园里小区内一处井盖有破损,给过往行人及车辆造成安全隐患。为不影响居民的日常生活及出行,网格员立即在附近设置警示牌,提醒过往的行人绕行,并及时向社区居委会汇报情况,立即联系维修人员对破损井盖进行处理。\n\n为了使问题快速得到解决,吴连刚对解决进度全程跟踪努力推进,当天下午,相关部门就来到点位进行维修,经过几个小时的努力,问题点位换上了新井盖。安全隐患消除了。\n\n井盖虽小,安全事大。网格员既是社区“巡查员”,也是社区“安全员”,要坚持把安全隐患消灭在萌芽状态,营造安全、祥和的社区环境。网格员深入网格服务居民,发现问题及时解决获得居民的一致好评。"''',
    "xxrb_xinxiang_citizen_centre_windows_unannounced_shared_faults": r'''"市纪委监察局“优化月”工作纪律暗访组暗访市民中心\n多数单位认真严谨\n少数窗口工作懈怠\n新乡网讯 (记者 苏洪峰)7月17日上午,继16日市纪委监察局“优化月”工作纪律暗访组对相关单位的暗访之后,暗访组又来到新乡市市民中心,检查各服务窗口工作纪律和工作作风。\n暗访组走进市民中心,观察各服务窗口常态工作、咨询相关手续办理流程、假设困难后向窗口工作人员寻求帮助。从暗访的情况看,多数单位的工作认真严谨,不缺岗,工作人员不做与工作无关的事情,服务态度细致诚恳。房管、地税、旅游、交通、规划等单位的服务窗口工作状态较好。\n与之相比,个别单位服务窗口的情况不容乐观。在卫生局76号窗口、公安网技47号窗口、教育局56号窗口、体育局与无线电管理局58号综合窗口、工商局30号与31号窗口、住建委119号与120号窗口,均出现长时间无人在岗的情况。在市民中心北门入口处的咨询台、民政局13号与14号窗口等处,出现工作人员上网聊天、看影视的现象,违反了工作纪律,影响了单位形象。暗访组认为,服务窗口有岗有责而无人工作,在岗的不把心思放在工作上,这样的工作作风亟待改进。其中部分窗口虽然不是日常工作制,一周内有特定的几天办公,但窗口处未设置任何告知群众的标识,这属于工作不细致、不严谨,没有设身处地为群众着想。\n责任编辑:"''',
})

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}

TRAD = {"360xyt_wencheng_exposure_estate_notice_boards_trad", "453100_wuhu_mock_evaluation_q3_main_problems_trad",
        "ndf191_zhanjiang_creation_office_revisit_exposed_estates_trad_cut"}

URLS = {
    "cq4a_wushan_survey_problems_township_fixes_cut": "http://www.cq4a.com/1006/42414.html",
    "zmdtt_zhumadian_online_wenzheng_overdue_two_units_cut": "http://zmdtt.zmdtvw.cn/Api/index/shareinfo?id=66530",
    "360xyt_wencheng_exposure_estate_notice_boards_trad": "http://www.360xyt.com/system/2022/08/09/014508065.shtml",
    "453100_wuhu_mock_evaluation_q3_main_problems_trad":
        "http://m.453100.com.cn/forum.php?mod=viewthread&ordertype=1&tid=122276",
    "ndf191_zhanjiang_creation_office_revisit_exposed_estates_trad_cut": "http://ndf191.com/p/2791870.html",
    "partyworker_cppcc_business_environment_survey_problems_cut": "http://www.partyworker.cn/article/detail/9995",
    "zibo_dzwww_wenzheng_109_problems_news": "http://zibo.dzwww.com/zbxw/201911/t20191115_17175050.htm",
    "xuanen_county_wenzheng_ten_exposures_news": "http://xuanen.cjyun.org/p/12085.html",
    "zbzcxx_zhanggong_style_unannounced_visits_news":
        "https://zbzcxx.com/html/.gzjj_gzjjdfzf.201806t20180612_5409.html",
    "johnnytowncar_wuhan_zhiyong_2012_stations_unannounced_cut": "https://johnnytowncar.com/sh/2012/09-21/4200500.shtml",
    "tjbh_binhai_grid_worker_broken_manhole_fixed": "http://www.tjbh.com/c/2021-09-11/935546.shtml",
    "xxrb_xinxiang_citizen_centre_windows_unannounced_shared_faults":
        "https://news.xxrb.com.cn/html/2013/xinxiang_0718/127492.html",
}

# ---- truths ---------------------------------------------------------------------------------------------------------

_CHECK_NOTE = "Held-out (blind55): labelled without reading or running the parser; not scored by the labeller."

_LX = "龙溪镇群众反映问题整改落实情况"
CQ4A = [
    _p(1, "部分群众反映社区内活动场所缺少", _LX, measures=2),
    _p(2, "场镇公共厕所缺少", _LX, measures=1),
    _p(3, "部分群众反映摩托车遮雨伞有安全隐患", _LX, measures=3),
    _p(4, "生活垃圾没有集中处理,差垃圾桶", _LX, measures=4),
    _p(1, "冬天路面结冰,需要挑水吃", "两坪乡群众反映问题整改落实情况"),
]

ZMDTT = [
    _p(None, "市交通局有三件群众留言分别超期34天、23天、11天未办理", units=["市交通局"]),
    _p(None, "工商银行驻马店分行有三件群众留言分别超期30天、23天、11天未办理", units=["工商银行驻马店分行"]),
]

XYT = [_p(None, "小區(qū)公告欄存在損壞和亂貼亂用的情況")]

_WH = TEXT["453100_wuhu_mock_evaluation_q3_main_problems_trad"]
WUHU = [_p(None, m.group(1), "存在主要問題") for m in re.finditer(r"^(在.+方面,[^\n]+?)[;。]$", _WH, re.M)]

_ZJ = TEXT["ndf191_zhanjiang_creation_office_revisit_exposed_estates_trad_cut"]
ZHANJIANG = [
    _p(None, re.search(r",但(小區\(qū\)內\(nèi\)垃圾桶[^。]+)。", _ZJ).group(1)),
    _p(None, re.search(r"\n11月4日,(霞山區[^。]+)。", _ZJ).group(1)),
    _p(None, re.search(r"\n11月4日,(經[^。]+)。", _ZJ).group(1)),
]

_PW = TEXT["partyworker_cppcc_business_environment_survey_problems_cut"]
PARTYWORKER = [_p(1, re.search(r"\(一\)(.+?)\.\.\.", _PW).group(1), "存在问题")]

_JF = "市工商局东湖新技术开发区分局九峰工商所"
WUHAN = [
    _p(None, "所长正躺在办公室的沙发上睡大觉", "工商所长躺在沙发上睡大觉", units=[_JF]),
    _p(None, "一名所员双腿跷在办公桌上,旁若无人地玩蜘蛛纸牌游戏", "工商所长躺在沙发上睡大觉", units=[_JF]),
    _p(None, "一名工作人员也趴在办公桌上睡觉", "工商所长躺在沙发上睡大觉", units=[_JF]),
    _p(None, "只有负责个人参保业务的9号窗口一直空着", "窗口单位服务不规范", units=["洪山区社保局"]),
    _p(None, "该大厅一些窗口,工作人员没有主动告知办", "窗口单位服务不规范", units=["洪山区社保局"]),
]

TJBH = [_p(None, "芳园里小区内一处井盖有破损", status="done", measures=1)]

DOCS = {
    "cq4a_wushan_survey_problems_township_fixes_cut": dict(
        excerpt=True,
        genre="a county's published reply on how the problems its 组织部 民调中心's 基本公共服务满意度调查 fed back to each "
              "township were rectified: '<town>群众反映问题整改落实情况' sections, '问题一:…' items each with '整改情况:'; "
              "cut in the second town's first item",
        kind="bulletin", title=None, issuer=None, report_date="2022-01-15",
        inspection=ins("县委组织部民调中心"), headline=head(), problems=CQ4A,
        anomalies=[_CHECK_NOTE,
                   "NEW: kind bulletin: the page reports how listed problems were rectified (R27), though it is printed "
                   "under a news headline; the headline '巫山民意直通车:…您满意吗?' names no 通报/报告: title null (R34).",
                   "Report date from the run-together date line '202201-1503:32' → 2022-01-15 (R45's run-together "
                   "forms); issuer null (no signature; the 民调中心 is the surveyor, R38).",
                   "Survey period '2021年11月-12月' is month-only: no start/end (R53); inspected null (several townships).",
                   "Problems: '问题一…问题四' → seq 1-4 (R76), title after the label (R89), final '。' dropped; category "
                   "the town's section line (R79).",
                   "Measures: 问题一 一是/二是 = 2, 问题二 one undivided paragraph = 1 (R96), 问题三 一是…三是 = 3, 问题四 "
                   "一是…四是 = 4; total 10 (recounted in main()).",
                   "Status null throughout: actions reported without a done word (R95); '年内投入使用' is to come; "
                   "'有效解决了缺失垃圾桶的问题' is one measure's effect, not the item's status.",
                   "The second town's heading runs into its first item on one line ('…整改落实情况1.青峰村群众:…'): "
                   "category the heading, seq 1; NEW: the speaker label '青峰村群众:' dropped from the title as a lead-in "
                   "(R92); cut at '整改情况' before any answer: measures 0 (R24, R25)."]),
    "zmdtt_zhumadian_online_wenzheng_overdue_two_units_cut": dict(
        excerpt=True,
        genre="a city TV station's note that its 网络问政 column (co-run with the 市政府督查室) names two units for "
              "overdue replies to citizens' messages; ends at '其未回复事项如下:' before the list it announces",
        kind=None, title=None, issuer=None, report_date="2019-07-12",
        inspection=ins(), headline=head(), problems=ZMDTT,
        anomalies=[_CHECK_NOTE,
                   "Excerpt true: the copy stops at '其未回复事项如下:', before the list it announces (R5).",
                   "One problem per body (R12): each unit's own clause '<body>有三件群众留言分别超期…未办理' (the ';' "
                   "clauses, R10), titled from the body's name; the sentence naming both with one fault ('2家单位…逾期未回复"
                   "的情况最为突出') is not labelled (R122); '个别单位' names no body (R19).",
                   "Units: the body named in its own finding (C31 majority).",
                   "Kind null: a check's results by a 问政 column (R29); no status or measures ('进行通报' is the "
                   "sanction, R95/R97). Inspector null: a 问政 programme is no inspector (R115).",
                   "Report date the page's date line (R40); '截至7月11日' is a tally date; '90家' bodies, no figure (R68)."]),
    "360xyt_wencheng_exposure_estate_notice_boards_trad": dict(
        excerpt=False,
        genre="a county news site's 文明曝光台 item (traditional copy with pinyin glosses): estate notice boards broken "
              "and plastered, one estate as the example; editors' line closes the page",
        kind=None, title=None, issuer=None, report_date="2022-08-09",
        inspection=ins(), headline=head(), problems=XYT,
        anomalies=[_CHECK_NOTE,
                   "Traditional copy with glosses: the title simplified without glosses at write (R91); doc fields as printed.",
                   "NEW: a news site's own exposure of one named fault (its reporters, no checker) has that one problem "
                   "(R108), lead-in '近日,記者走訪各個小區發現,' dropped (R92); the '如,…金茂花苑小區…' example is the same "
                   "problem (R13); inspector null (reporters, as R115's TV 问政).",
                   "Kind null (an exposure, R29); the headline '文明曝光臺:…' is no document title (R34, C7).",
                   "Units []: an estate is a place (R103, R196); '希望縣相關部門加強日常巡查' is a wish, no measure or unit "
                   "(R97, R98); status null.",
                   "Report date '發布時間:2022年08月09日' (R40)."]),
    "453100_wuhu_mock_evaluation_q3_main_problems_trad": dict(
        excerpt=False,
        genre="a forum repost (traditional with glosses) of a city 文明办's quarterly 文明程度指数 测评 results: score tables "
              "as image attachments, then '三、存在主要問題' seven '在…方面,…' lines; signature and date",
        kind=None, title=None, issuer="蕪湖市文明辦", report_date="2022-10-24",
        inspection=ins("市文明辦", None, "2022-10-11", "2022-10-14"), headline=head(), problems=WUHU,
        anomalies=[_CHECK_NOTE,
                   "Traditional copy with glosses: titles and the category simplified without glosses at write (R91); "
                   "issuer as printed (R37, from the signature '蕪湖市文明辦').",
                   "Kind null: a 测评 result notice (R29); the forum headline '排名來了!…測評結果公布' is a news headline: "
                   "title null (R34, C7).",
                   "Problems: each line under '三、存在主要問題' is one finding of the 测评 (R10), the '在…方面,' lead kept "
                   "with the whole line (R88/C9 whole statement, as blind16 jiaozuo's 测评 items), the final ';' or '。' "
                   "dropped (R86); seq null (no numbers, R78); category the section heading (R79).",
                   "Inspector the 市文明辦 that commissioned the 测评 ('委托第三方', the third party unnamed, R48); "
                   "start/end '10月11日—14日' (R50); the attachments' upload stamps are no dates.",
                   "No figures: the scores are images; status null, measures 0 (no rectification reported, R97)."]),
    "ndf191_zhanjiang_creation_office_revisit_exposed_estates_trad_cut": dict(
        excerpt=True,
        genre="a news item (traditional with glosses and '????' runs) on a city 创文办's revisit of estates the local "
              "papers had exposed: photo captions per place, praise for three units that fixed theirs; cut in the list "
              "of places still unchanged",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市創(chuàng)文辦"), headline=head(), problems=ZHANJIANG,
        anomalies=[_CHECK_NOTE,
                   "Traditional copy with glosses: titles simplified without glosses at write (R91); inspector as printed.",
                   "One problem per place's finding (R10, as blind37 nanmuxuan), the date lead-in '11月4日,' dropped (R92): "
                   "南海港小區's caption by its clause after '但' (R16: the drain was fixed); 民享東社區環衛處宿舍 and 泉莊小區 "
                   "captions whole with their verdicts.",
                   "Not labelled: the papers' report of '6個點位' (one sentence over many places, R19); the three units that "
                   "fixed theirs (praise, R16); '有幾個點位…雜亂依舊' (unnamed, R19); the cut list '這些點位是…霞山' names "
                   "places with no finding of their own (R126).",
                   "NEW: status null for '依然未改' and '相差無幾': a check's verdict that nothing was done, not R93's "
                   "progress word '仍未' of a rectification item.",
                   "Units []: estates and dormitories are places (R103, R196). No year anywhere: no dates (R60)."]),
    "partyworker_cppcc_business_environment_survey_problems_cut": dict(
        excerpt=False,
        genre="a city 政协 专题调研组's report on the business environment (营商环境): 基本情况, then '二、存在问题 (一)…' "
              "cut by the site's own '...' teaser in the first item; site footer",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("专题调研组"), headline=head(), problems=PARTYWORKER,
        anomalies=[_CHECK_NOTE,
                   "Excerpt false: the page itself ends its teaser with '...' and its footer ('微信订阅号 网站编辑'): the "
                   "store reached the page's end (R5); the item is cut by the site, labelled as far as it goes (R25), the "
                   "'...' dropped (layout noise).",
                   "Problem: '(一)政务环境方面,…' runs its heading into the description: the whole statement (R88/C9), "
                   "seq 1; category '存在问题' (the section heading, R79, as R129).",
                   "NEW: inspector the 政协's '专题调研组' as printed (R46), a survey that lists problems it found; inspected "
                   "null ('我市'); '11月上旬' month-only (R53) and no year: no dates (R60).",
                   "Kind null: a survey report, no rectification and no plan (R30, R112). No status, measures 0 (R97)."]),
    "zibo_dzwww_wenzheng_109_problems_news": dict(
        excerpt=False,
        genre="news of a city TV 问政 special on urban environment work: counts of problems raised, handed down as a list",
        kind=None, title=None, issuer=None, report_date="2019-11-15",
        inspection=ins(), headline=head(), problems=[],
        anomalies=[_CHECK_NOTE,
                   "Near miss: no problem is stated, only counts ('问题共109个…79个…9个…21个'): [] (R19).",
                   "No figure: questions raised on a TV 问政 programme are no inspection's problems total (as snippets13 "
                   "tv_wenzheng_37_problems_handover); the programme is no inspector (R115).",
                   "News headline: title null (R34); report date the page's date line (R40)."]),
    "xuanen_county_wenzheng_ten_exposures_news": dict(
        excerpt=False,
        genre="news of a county 问政 event: reporters' investigations, seven bureaus' heads answering, '10大曝光问题' named "
              "by their programme titles in one sentence",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=[],
        anomalies=[_CHECK_NOTE,
                   "Near miss: the exposures are named in one sentence by their titles ('面对《的士乱收费 怎么无人管》、…等10大"
                   "曝光问题'): [] (R19); the 营养餐 and 无事酒 paragraphs are reporters' questions, no finding (R126).",
                   "'10大' and '21位' are no figures (R68); a 问政 event is no inspector (R115); no date line: "
                   "report date null (R44)."]),
    "zbzcxx_zhanggong_style_unannounced_visits_news": dict(
        excerpt=False,
        genre="news of a district 纪委监委's 作风 明察暗访 and its bulletin naming cadres and units: counts only",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=[],
        anomalies=[_CHECK_NOTE,
                   "Near miss: the 暗访's faults are kinds ('怕、慢、假、庸、散') and counts ('22名干部、32个单位', people and "
                   "bodies: no figures, R68): [] (R19, R23).",
                   "Inspector null: '4个督查组' unnamed (R48); '近日' and the url's date give no date (R44, R60)."]),
    "johnnytowncar_wuhan_zhiyong_2012_stations_unannounced_cut": dict(
        excerpt=True,
        genre="a mirror (spam-named menu) of a city paper's report on a 治庸办 作风建设组's unannounced visits: a station "
              "head asleep, staff gaming, a social-insurance window empty, under two news subheads; cut mid-sentence",
        kind=None, title=None, issuer=None, report_date="2012-09-21",
        inspection=ins("武汉市治庸办作风建设组"), headline=head(), problems=WUHAN,
        anomalies=[_CHECK_NOTE,
                   "Spam menu items ('lab闆风數…', mojibake) in the chrome kept (R2); the headline is news: title null "
                   "(R34); report date the page's date line (R40, '2012年09月21日 07:40').",
                   "One problem per finding (R10, as blind51 pixnet): the time and place lead-ins ('当天下午3点05分,…推开所长"
                   "办公室虚掩的门,眼前景象令暗访组吃了一惊:', '巡查一组办公室的门也开着,', '在旁边的另一间办公室里,') "
                   "dropped (R92); the staff's excuses and the follow-up are hearsay or the same problem (R13, R92).",
                   "Categories the news subheads above the findings (R79): '工商所长躺在沙发上睡大觉', '窗口单位服务不规范'; "
                   "the deck line '所长躺着睡大觉 所员跷腿玩游戏' sits above the lead, no finding under it.",
                   "Units the body named for each place (C31 majority): the 工商所 as printed, the 洪山区社保局 of the hall.",
                   "The last finding is cut mid-word ('…告知办'): labelled as far as it goes (R25, C14).",
                   "'个别单位存在内部管理松散…等问题' names no body (R19). The visit was '前天' (relative to the page date): no "
                   "printed day, start/end null (R60)."]),
    "tjbh_binhai_grid_worker_broken_manhole_fixed": dict(
        excerpt=False,
        genre="district news of a community grid worker's patrol finding a broken manhole cover, fixed the same day",
        kind=None, title=None, issuer=None, report_date="2021-09-11",
        inspection=ins("杭州道街道社区网格员吴连刚", None, "2021-09-08", "2021-09-08"), headline=head(),
        problems=TJBH,
        anomalies=[_CHECK_NOTE,
                   "ONE named fault found and fixed (R108): title the finding without '发现' (R92); status done from "
                   "'问题点位换上了新井盖。安全隐患消除了' (R132); measures 1: the unnumbered account of the fix (C27's "
                   "recommended reading, R96).",
                   "Inspector the patrolling grid worker as printed with his post (R115's patrol, R46, C41's "
                   "recommendation); inspected null; one-day patrol '9月8日' → start = end (R50), year from the page's date "
                   "line (R58).",
                   "Units []: a 小区 is a place (R103); the 社区居委会 was informed, not told to rectify.",
                   "News: kind null, title null (R30, R34)."]),
    "xxrb_xinxiang_citizen_centre_windows_unannounced_shared_faults": dict(
        excerpt=False,
        genre="city paper's report of a 纪委监察局 暗访组's visit to the citizen centre: praise, then windows named in "
              "two sentences with shared faults; editor line",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市纪委监察局“优化月”工作纪律暗访组"), headline=head(), problems=[],
        anomalies=[_CHECK_NOTE,
                   "Near miss: each fault is told of several windows at once ('在卫生局76号窗口、…均出现长时间无人在岗的情况', "
                   "'在…咨询台、民政局13号与14号窗口等处,出现…的现象'): no one body's statement (R122); '部分窗口…未设置任何"
                   "告知群众的标识' names none (R19); the praised units are no problems (R16): [].",
                   "Inspector as printed (R46); '7月17日' has no year (no date line): no dates (R60); report date null "
                   "(R44)."]),
}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
MEASURES = {"cq4a_wushan_survey_problems_township_fixes_cut": 10, "tjbh_binhai_grid_worker_broken_manhole_fixed": 1}


def recount(stem: str, text: str) -> int:
    """The problems counted again from each text by a pattern of its own."""
    if stem.startswith("cq4a"):
        return len(re.findall(r"问题[一二三四五六七八九十]:", text)) + len(re.findall(r"情况\d\.", text))
    if stem.startswith("zmdtt"):
        return len(re.findall(r"有三件群众留言", text))
    if stem.startswith("360xyt"):
        return text.count("存在損壞")
    if stem.startswith("453100"):
        return len(re.findall(r"^在.+方面,", text, re.M))
    if stem.startswith("ndf191"):
        return len(re.findall(r"^(?:\?{4})?11月4日,[^\n]*(?:但|相差|依然)", text, re.M))
    if stem.startswith("johnnytowncar"):
        return len(re.findall(r"沙发上睡大觉。|纸牌游戏。|趴在办公桌上睡觉。|一直空着。|告知办$", text))
    if stem.startswith("tjbh"):
        return text.count("井盖有破损")
    if stem.startswith("partyworker"):
        return len(re.findall(r"^\([一二三四五]\)", text, re.M))
    return 0


def measure_recount(stem: str, text: str) -> int:
    """The measures counted again: each '整改情况:' paragraph's 一是/二是… items, or 1 for an undivided one."""
    if stem.startswith("tjbh"):
        return len(re.findall(r"换上了新井盖", text))
    if not stem.startswith("cq4a"):
        return 0
    n = 0
    for para in re.findall(r"整改情况:([^\n]+)", text):
        items = len(re.findall(r"[一二三四五六七八九十]是", para))
        n += items or 1
    return n


def _forms(y, m, dd):
    return (f"{y}年{m}月{dd}日", f"{y}年{m:02d}月{dd:02d}日", f"{y}{m:02d}-{dd:02d}")


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: titles (lines joined), categories and units as written
    (traditional ones before simplification); measures as recounted; no status and no deadline anywhere; the document
    fields."""
    probs = d["problems"]
    flat = text.replace("\n", "")
    check_problems(stem, probs, flat, no_stop=True, category_in=text, units_in=text, deadline_in=text)
    assert sum(p["measure_count"] for p in probs) == MEASURES.get(stem, 0) == measure_recount(stem, text), stem
    assert all((p["status"] is None or stem.startswith("tjbh")) and p["deadline"] is None for p in probs), stem
    assert all(not p["title"].endswith((";", "。", "...")) for p in probs), stem
    check_doc(stem, d, text, date_forms=lambda y, m, dd: (f"{m}月{dd}日", f"—{dd}日"), report_forms=_forms)


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    near = [k for k, d in DOCS.items() if not d["problems"]]
    assert 3 * len(near) <= len(DOCS), near
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=25, urls=URLS,
                       trad=lambda s: s in TRAD)
    for stem in TRAD:
        body = json.loads((HERE / f"{stem}.truth.json").read_text(encoding="utf-8"))
        for p in body["problems"]:
            assert not GLOSS.search(p["title"]) and all(c not in p["title"] for c in "區欄門問題們"), (stem, p["title"])


if __name__ == "__main__":
    main()
