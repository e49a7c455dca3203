"""Write the texts and truth files of tests/importer/real/blind27: a held-out batch of real pages that PRINT PROBLEMS,
labelled in session 18 (2026-12-06, from 14:52 UTC) by helper label36, who did not change the parser and did not read
zhenggai/importer/ or tests/importer/*.py. Scored once on the worktree's untouched parser (FIRST_RUN_blind27.txt)
before anything else; nothing is to be changed for it. Labelled at the same time as label37 (/work/wt/label37, set
blind28), whose folder and generator were checked before committing.

Schema and conventions as make_truths.py, make_truths_blind19.py, make_truths_snippets20.py and make_truths_blind26.py
(head/ins/prob from make_truths). The texts are the stored excerpts the search tool's ``pages`` corpus returned (JSON
strings pasted into TEXTS below and decoded; spaces, stray '?' and 'BR>' tag debris kept as stored). ``excerpt`` is true
for xianning (cut inside its fourth item) and false for the seven others, whose copies reach the page's footer or end.

No url is in an earlier truth: every url under tests/importer (json, txt and tools/*.py) of this worktree and of
/work/main, /work/shared/corpus and every /work/wt/label*/tests/importer/real was collected (1021 keys; host+path+query,
scheme, 'www.' and a trailing '/' dropped, lower case, percent-decoded) and each new page's key was checked against
them, again right before committing (1028 keys then, label37's make_truths_blind28.py included; its blind28 folder
was not yet written): no overlap.

Queries (``pages`` corpus; 24): 文化和旅游局 巡察反馈问题 整改情况 问题清单; 司法局 巡察反馈 存在的问题 整改落实情况; 林业局 督查发现
问题 整改台账; 民政局 养老机构 检查发现的问题 通报; 水利局 河湖 暗访 发现问题清单 整改; 交通运输局 安全检查 发现问题 1、 2、 3、
限期整改 通报; 综合行政执法局 城管 督查 发现问题 通报 点位; 农业农村局 巡察反馈问题 整改 问题一 整改措施 完成情况; 公安分局 督察
检查发现问题 通报 派出所 存在以下问题; 文化市场 执法检查 发现问题 网吧 KTV 责令整改 以下问题; 镇 安全生产 检查 发现隐患 问题清单
整改期限 序号 企业名称; 林长制 督查 存在问题 一是 二是 三是 乡镇 通报; 民政局 巡察整改 反馈问题 1. 整改情况:已完成; 水库 安全度汛
检查 发现问题 一是 二是 水利局 督查组; 街道 环境卫生 督查 问题通报 (一) 社区 存在问题; 旅游景区 暗访检查 发现问题 A级景区 通报
整改; 社区矫正 执法检查 司法所 发现问题 1. 2. 3. 通报; 森林防火 检查 发现问题 林场 乡镇 一、 二、 责令整改 林业局; 农村人居环境
整治 督查 发现问题 村 1. 2. 3. 限期整改 镇; 公路 施工工地 安全检查 存在问题 交通运输局 检查组 指出 1、; 养老院 敬老院 安全检查
发现问题如下 民政; 河长制 巡河 暗访 发现问题 1. 河道 垃圾 责任单位 镇; 派出所 执法质量 检查 通报 存在问题 案卷 不规范 法制大队;
律师事务所 年度检查考核 发现问题 司法局 通报 整改.
After the first run and its commit, 5 more queries (公安局 巡察 反馈 问题 1. 2. 3. 4. 现将巡察情况通报如下; 农药 兽药 经营店
检查 发现问题 农业农村局 台账不全 责令; 城管 执法中队 考核 督查 扣分 问题 通报 第 期; 自然保护区 林业 检查组 反馈 存在以下问题 1. 2. 3.
管理局 整改; 人民调解委员会 司法所 规范化建设 检查 发现问题 一是 二是 通报) found nothing to take: a 公安局 专项巡察 list
with no url, 贵州 农药 and 农资 checks ('存在…等问题' summaries, some traditional), plans and papers; the set stays at 8 and
FIRST_RUN_blind27.txt is as first written.
Of the 40 rectification- or check-looking urls checked (site-index junk like abg.baidu/zhetiaohe, papers, plans and novels
not counted), 18 were already known (合肥/三门峡/九江/武汉/洛庄 文旅局, 绵阳/芦淞/莆田/鄂城/丰城/湖北 司法, 延津 农业农村局, 揭阳
公安局, 东营 开发区分局, 辽源 林业局 督察 公示, 金沙 民政局 feedback, the 海西路 督导简报, 东丰 人居环境 news). New: 22; taken: 8.
New and not taken:
鄂州 文旅局, 苏州 司法局, 海珠 司法局 (lead paragraphs only: the brief asks for problems; another helper does leads), 宜昌
文旅局 群众意见 整改成效 (a 双争 opinion poll's feedback: items (二)(三) are wishes and suggestions, not findings of a
check), 山西 4A景区 (traditional copy, each 景区's faults a '存在A;B;C等問題' summary: blind21's rule), 福建 4A景区 and 泉州
社区 考评 (prose summaries '均不同程度存在…等问题'; 泉州 traditional), 第三督导组 简报 ('发现…5处问题,分别涉及…两个方面' a summary,
nothing listed), 鸡泽/德州(traditional)/宿松/济源/巴东 news (faults told in a summary clause or only counted, not listed), a 扫黄打非
check (bbqdgg: no fault named).

Kinds (issue 10): a county 文旅局's rectification report on a city 督查 通报: '一、<area>方面' → '1、<problem heading>。<what
was done>' (xianning); a district 交通运输局 news item with two faults inline '发现问题隐患:1.…,要求…;2.…,要求…。' (hnjjgc);
a 文广旅局 patrol news item '问题如下:一是…。二是…。三是…。' (china_torch); a 街道 创卫 check whose seven faults are numbered with
a bare digit glued to the text ' 1三河…; 2建新街…' in one paragraph (jiangling); a 交通 safety item list '1.<heading>。' →
'存在问题:…' → '整改措施:责令…' (axnews); a signed 文化局 work note with three findings '发现有1家…,有1家…,有1家…' in one
sentence (xianyu); a garbled copy ('?' for lost digits, 'BR>' debris) of a 民政局 check whose hazards follow '主要表现在:'
as ';' clauses (xiuzhiben); a provincial 水库 度汛 check news item whose two faults follow '同时也指出' joined by ','
(liaoning163). Of issue 10's seven kinds these touch kind 6 (headline wording: hnjjgc '发现隐患8处,闭环整改8处') and kind 7
(dates in prose: xianning '2020年6月24日至7月3日' and '于9月7日下发', xianyu '2016年8月4日' and a digits-only signature date);
the rest are published check findings outside the seven, like blind26's.

Problems: 29 (4+2+3+7+5+3+3+2), counted by reading and recounted in main() by regex on the text. Measures: 8 (xianning 1+1+1+0,
axnews 1 each), counted by reading and recounted in main(); every other page has no answering entry (a '要求…' clause,
'责令…限期整改', '下达整改通知书' are the inspector's acts: measures 0).

Judgement calls (NEW where marked; each also in the truth's anomalies):
- (NEW) xianning: '1、旅游厕所。针对…的问题,我局立即整改…' — the item's heading is a topic label, the fault is restated in
  '针对…的问题'; the title is the heading as printed (one problem per heading, schema), the '针对…' sentence belongs to the
  rectification text. Each item's rectification prose is one undivided paragraph: measure_count 1 (items 1-3); item 4 is
  cut at '针对隽北' before any action: 0. No '已完成/正在推进' label: status null. The body heading '关于文化旅游公共服务督查情况
  整改报告' is the title (the portal's 名称 field is metadata, and its 发文单位 咸宁市文化和旅游局 is the portal, not the
  writer: issuer null, snippets17's 来源 rule); kind bulletin (a rectification report); '发布日期: 2021年06月09日' →
  report_date. '2020年6月24日至7月3日' → start/end; '于9月7日下发了《…督查情况通报》' → feedback_date 2020-09-07 (the year
  from the same sentence's 2020, snippets20's rule); category the '一、…方面' heading without '一、'.
- (NEW) hnjjgc: an inline '1.<fault>,要求<demand>;' item is titled by the fault only: the '要求…' clause is the inspector's
  demand, not part of the finding, and not a measure (measures 0); the station is the inspected place, no body is named in
  the demand: no unit. '累计检查客货运企业16家次,发现隐患8处,闭环整改8处' → problems_total 8, problems_done 8 (blind10: 处
  are problems; the two listed are among them, like sanya's 3 of 22 in blind26). '9月28日' has no year: no dates; news:
  title null.
- china_torch: '一是…。二是…。三是…。' after '问题如下:' → three problems titled by their first sentence (jieyang's rule in
  blind26: '个别网吧虽有控烟员,…' is a detail of 三是); '11月29日' has no year (the url's 2024 is not read): no dates; inspector
  the bureau named first in the lead; news: title null.
- (NEW) jiangling: items numbered by a bare digit glued to the text (' 1三河…', no '.' or '、') in one paragraph, separated by
  '; ': one problem per number, seq from it, the trailing ';'/'。' dropped; '3互江路24号、号消防通道' kept as printed (a lost
  house number); the unnumbered closing line and the hospital spam are not problems. '近日': no dates.
- (NEW) axnews: '1.<heading>。' + '存在问题:<detail>' + '整改措施:<order>': titled by the heading (blind26's jieyang rule:
  the heading statement; the detail line is its detail); the labelled 整改措施 line is one undivided measure even though
  it is an order ('责令…'): measure_count 1; the body ordered to act is the responsible unit (blind15/blind17: the body told
  to rectify), split on '、' ('路政执法队、安丰乡人民政府'); '施工单位' and '该船所有人' name no body: no unit. The stored copy starts
  at item 1 (no lead): inspection, title, dates null.
- (NEW) xianyu: three findings in one sentence '发现有1家网吧…,有1家KTV…,有1家KTV…' → three problems titled as printed from
  '有' (blind19's erqi rule for findings joined by ','); the venues are unnamed: no unit; '依法下达整改通知书,责令其限期…整改'
  is the inspector's act: measures 0. The signature '迎泽区文化局' → issuer and the headline kept as title (a signed note,
  blind19's louxing rule), kind null; the signature date '201685' has lost its 年/月/日: read as 2016-08-05 (the only valid
  reading, and before the page's '2016-08-10 08:00:00'), report_date; '2016年8月4日' → start and end.
- (NEW) xiuzhiben: a garbled copy: '元?0日至21日', '全?2家', '发出?份' lost digits (kept; no dates, no figures); the hazards
  after '主要表现在:' are ';' clauses (blind19's louxing rule), the closing '等' of the last clause is dropped from its
  title (it closes the list, it is not part of the fault); no title line, no signature.
- liaoning163: '同时也指出A,B,对检查中发现的问题要立即整改,要…' → two problems (blind19's erqi rule), the demands after them are
  not problems nor measures; '5月20日、21日' has no year (the url's 20/0528 is not read): no dates; news: title null.

Session 18, the lead: '一是/二是/三是' items take their printed number as seq (SETTLED s18, CONVENTIONS.md R76: the
schema's 'the number printed'; '其一' → 1 already; blind11 numbered them so); the labels first written here gave seq
null, following blind26 lnst's NEW call, which this settles the other way. Only seq changed; the first run was kept.
"""
import json
import re
from pathlib import Path

from make_truths import (check_inspection_dates, check_names, check_problems, check_title_issuer, head, ins, prob,
                         write_labelled_set)

HERE = Path(__file__).resolve().parent.parent / "blind27"

TEXTS = {
    'xianning_chongyang_culture_tourism_duchao_rectification_cut': r'''"索引号 : MB1961735/2021-19865 文 号 : 无\n主题分类: 文化 发文单位: 咸宁市文化和旅游局\n名 称: 崇阳文化和旅游局关于《2020年上半年全市文化旅游公共服务督查情况通报》整改落实情况 发布日期: 2021年06月09日\n有效性: 有效 发文日期: 2021-06-09 13:45:01\n关于文化旅游公共服务督查情况整改报告\n2020年6月24日至7月3日,市文旅局对全市6县市区开展了上半年文化旅游公共服务督查,并于9月7日下发了《2020年上半年全市文化旅游公共服务督查情况通报》,现将涉及崇阳工作整改报告如下:\n一、公共文化服务体系建设方面\n1、人均公共文化支出未达标。因种种原因,2019年人均公共文化支出143.2元,未达标。2020年度,县委、县政府高度重视全县人均公共文化支出,县委宣传部多次组织县财政局、县统计局、县招商局、县市场监督管理局、县文旅局召开专题工作会议,确保本年度崇阳人均公共文化支出达到150元。\n2、公共服务效能较低。关于部分乡镇文化站基本的文化活动器材、报刊图书等短缺问题,2020年度,局党组研究决定,采购一批文化活动器材和报刊图书,充实乡镇文化站及村级文化广场,解决基层公共文化服务较低问题。目前,器材采购工作已经完成公开招招标,国庆节前与中标企业签订供货合同,计划下月底前完成采购及器材安装工作。关于报刊图书采购正在进行申报工作,计划年底全面完成。\n二、旅游公共服务方面\n1、旅游厕所。针对建设计划、完工信息录入不同步,纳入建设计划的8座旅游厕所未录入系统的问题,我局立即整改,安排专人完成港口北山村界头塘厕所、浪口新农村姜家观景平台厕所、青山镇盘山村观景台厕所等6座厕所的录入。另外桂花森林公园2座厕所因景区停业改造,暂未录入。\n2、旅游交通标志牌。针对隽北"''',
    'hnjjgc_liangyuan_transport_station_two_hazards_inline': r'''"9月28日上午,梁园区交通运输局李杰副局长带队检查客运场站安全生产工作,检查组到万里汽车站检查了实名制售票、例检例保、监控室等重点部位,发现问题隐患:1.例检例保台账填写不规范,车辆例检时间均没有填写,要求严格例检例保流程,规范建立台账;2.监控室灭火器过期、压力不够,要求及时更换。 中秋及国庆前夕,梁园区交通运输局累计检查客货运企业16家次,发现隐患8处,闭环整改8处。国庆节期间,将重点做好新《安全生产法》的宣贯工作;道路运输安全监管工作,客运场站落实好“三不进站六不出站”、“五不两确保”和旅客实名制售票查验等制度,货运企业严格复工复产“七个必须、七个确保”,加强“两客一危一货”等重点车辆运营管理,加强动态监控;公路部门做好公路安全保通,加强巡查,对受灾损毁、影响节假日群众出行的路段,提前设立警示标志,加大隐患排查治理力度,提高道路通行能力。 (梁园区交通运输局 供稿)\npic\n|"''',
    'china_torch_yushui_culture_market_patrol_three_shi': r'''"为使我区文化市场有序经营,防止未成年人混入网吧玩耍,同时为了消除娱乐场所安全隐患。11月29日,江西省新余市渝水区文广旅局关工委四位退休老同志,会同本局分管领导及文化市场监管人员一行六人,对区属范围内的网吧、电玩、棋牌室、桌球室等娱乐项目,进行了一次集中巡查。\n上午九点正,巡查人员从城南到高新区,再到城北文化市场,先后巡查了“钢城电竞”、“城市英雄游乐场”、“星游网院”、“鼎盛电竞”、“雀家自助娱乐”、“乔氏台球”等九家文化经营点。\n通过巡查,发现当前文化市场普遍存在的问题如下:一是网吧安全台账记录不完整,有拖记、漏记等现象。二是棋牌室没有按规定取消内锁装置,有碍于执法机关突击检查。三是网吧内普遍存在吸烟现象,三五个不等。个别网吧虽有控烟员,但抽烟的青少年实际上没有杜绝。\n针对上述发现的问题,巡查人员逐一进行了现场纠错,并责成经营管理者限期整改。\n责任编辑:唐子韬"''',
    'jiangling_sanhe_street_sanitation_bare_digits_seven': r'''"近日,三河街道组织城管、城建、市场监管所、文体中心等相关部门,对街道主城区创卫工作进行实地查看,进一步查找创卫工作中存在的重点难点问题。 检查组对辖区邮电家属院、建新路居民小区、互江路、锦绣前程安置小区、三河中小学家属院、江陵路、双江大院进行实地督查,同时对主城区的部分五小行业及江陵路市场、二江农贸市场进行督查。主要发现以下问题: 1三河中小学家属院、双江大院等环境脏乱差现象严重、杂物随意堆放、车辆乱停乱放,垃圾桶无盖并随意摆放等问题; 2建新街绿化带内存在枯枝落叶、白色垃圾、杂物等; 3互江路24号、号消防通道杂物乱堆放,电线电缆杂乱; 4部分商家未办理营业所需证件,且地面脏乱,卫生情况差; 5惠民二路信息宣传栏杂乱,老旧内容未及时清理; 6江陵路市场内干杂店门口货物、杂物乱堆放、市场内公厕设施不完善,公厕外废旧车辆、杂物乱堆放; 7江陵、二江市场内垃圾回收站未设盖,垃圾未及时清理、市场内地面脏乱现象严重且墙面多处存在牛皮癣等广告。 街道创卫办将进一步加强督促检查,把存在的问题再做细、做实,做好创卫“最后一公里”,营造良好的卫生环境。 赞赏 长按白癜风最好的专科医院北京哪家医院白癜风最好\n|"''',
    'axnews_anxiang_road_water_safety_five_items_measures': r'''"1.路面坑槽破损。\n存在问题:S512大杨树大桥东路面坑槽破损,影响行车安全,存在安全隐患。\n整改措施:责令公路建设养护中心立即对路面进行修复。\n\n2.公路路侧私自修建围墙。\n存在问题:大湖口镇大罗村长征桥南,村民擅自在路侧修建围墙,公路用地范围内修建围墙影响行车安全,存在安全隐患。\n整改措施:责令大湖口镇人民政府立即对修建围墙的行为进行制止。\n\n3.擅自拆除公路安防设施。\n存在问题:S223安丰乡礼阳村段,村民擅自拆除公路护栏,存在安全隐患。\n整改措施:责令路政执法队、安丰乡人民政府派人对现场进行调查,并督促相关责任人恢复原貌。\n\n4.涉路施工堆放场无安全警示标识。\n存在问题:陈家嘴镇渔场二分场危桥改造施工现场,基坑施工现场无任何安全警示标识,存在安全隐患。\n整改措施:县交通建设质量安全监督站责令施工单位立即整改。\n\n5.渡船救生衣破损。\n存在问题:湘安乡标渡1002部分救生衣破损,存在安全隐患。\n整改措施:水运事务中心责令该船所有人立即将破损的救生衣进行跟换。\n\n来源:新华社\n作者:陈起\n编辑:安乡融媒\n本站原创文章,转载请附上原文链接。"''',
    'xianyu_yingze_culture_joint_check_three_findings_signed': r'''"2016暑期市区两级文化行政部门联合检查\n\n2016-08-10 08:00:00 来源:迎泽区人民政府 作者:迎泽区政府 责任编辑:康康 字号:T|T\n\n为进一步加强暑期迎泽区文化市场监管,积极营造广大未成年人健康成长的良好社会文化环境,我局文体市场行政综合执法队联合市文化执法队于2016年8月4日对柳巷地区的网吧和娱乐场所进行了专项检查。行动主要围绕经营产所安全隐患、环境卫生状况、违规接受未成年人、播放违规低俗内容等方面。\n\n经检查,发现有1家网吧违规接受未成年人上网,有1家KTV未按规定悬挂有效证件,有1家KTV消防通道堆有杂物,我局执法人员依法下达整改通知书,责令其限期内必须整改到位。我局还要进一步加强安全意识和管理力度,确保广大未成年人度过一个安全愉快的暑假。\n\n \n\n \n\n\n \n\n                                     迎泽区文化局\n\n  201685\n\n\n相关推荐\n\n\n解读中国 关注民生 引领休闲\n扫码关注中国小康网公众号\nID:chxk365\n返回顶部"''',
    'xiuzhiben_tianning_civil_affairs_care_homes_garbled': r'''"为了使全区老年公寓老年人能过上一个安全、祥和的春节,元?0日至21日,天宁区民政局安全检查组对全?2家老年公寓进行了安全检查、BR> 检查组重点检查了老年公寓的消防安全、食堂卫生、防漏电、防冻防滑和安全基础工作,从检查情况看,各老年公寓负责人对安全工作较重视,投入了必要的人力和物力,老年公寓安全工作取得了平稳的发展,但还是存在一定的安全隐患,主要表现在:部分单位灭火器失效,且配置数量少;未标明应急疏散出口标志;地面未设置防滑设施等。针对检查出的安全隐患,检查组发出?份安全隐患整改意见书,要求老年公寓按照要求落实整改责任人并整改到位,整改完毕后将整改情况上报区民政局、BR> 区民政局根据老年公寓整改情况,择日将对老年公寓的整改情况进行安全复查,已彻底消除隐患,确保安全、/td> |"''',
    'liaoning163_kaiyuan_reservoir_flood_check_two_faults': r'''"5月20日、21日,省水库安全度汛检查组一行三人到铁岭市开原市对水库汛前工作开展情况进行检查。\n省检查组对开原市四座小一型水库和三座已降为塘坝的原小二型水库进行了现场检查,并重点检查了水库“三个责任人、三个重点环节”、监测预报预警、大坝管理应急预案和调度运用方案编制、工程安全隐患排查等落实及开展情况。\n省检查组对开原市各水库汛前准备工作给予肯定,同时也指出水库大坝管理应急预案、调度运用方案未按水利部“三个重点环节”规定的模板编制,部分水库溢洪道上游设置拦逃网可能影响行洪,对检查中发现的问题要立即整改,要高度重视水库安全度汛面临的形势,细化完善各项工作,落实各项责任,严格按照批准的调度运用计划调度水库,确保水库安全度汛。\n铁岭市水利局、开原市相关负责同志陪同检查。"''',
}


def _p(seq, title, category=None, units=(), measures=0, status=None):
    return prob(seq, title, category=category, status=status, measures=measures, units=units)


XN1, XN2 = "公共文化服务体系建设方面", "旅游公共服务方面"
JIANGLING = ["三河中小学家属院、双江大院等环境脏乱差现象严重、杂物随意堆放、车辆乱停乱放,垃圾桶无盖并随意摆放等问题",
             "建新街绿化带内存在枯枝落叶、白色垃圾、杂物等", "互江路24号、号消防通道杂物乱堆放,电线电缆杂乱",
             "部分商家未办理营业所需证件,且地面脏乱,卫生情况差", "惠民二路信息宣传栏杂乱,老旧内容未及时清理",
             "江陵路市场内干杂店门口货物、杂物乱堆放、市场内公厕设施不完善,公厕外废旧车辆、杂物乱堆放",
             "江陵、二江市场内垃圾回收站未设盖,垃圾未及时清理、市场内地面脏乱现象严重且墙面多处存在牛皮癣等广告"]
AXNEWS = [("路面坑槽破损", ["公路建设养护中心"]), ("公路路侧私自修建围墙", ["大湖口镇人民政府"]),
          ("擅自拆除公路安防设施", ["路政执法队", "安丰乡人民政府"]), ("涉路施工堆放场无安全警示标识", []),
          ("渡船救生衣破损", [])]

DOCS = {
    "xianning_chongyang_culture_tourism_duchao_rectification_cut": dict(
        url="http://wlj.xianning.gov.cn/xxgk/fdzdgknr/qtzdgknr/zwdc/202106/t20210609_2338355.shtml", excerpt=True,
        genre="a county 文旅局's rectification report on a city 文旅局 督查 通报, on the city portal (metadata block: 索引号, 名称, "
              "发布日期): '一、<area>方面' then '1、<problem heading>。<what was done>'; cut in the fourth item",
        kind="bulletin", title="关于文化旅游公共服务督查情况整改报告", issuer=None, report_date="2021-06-09",
        inspection=ins("市文旅局", "全市6县市区", "2020-06-24", "2020-07-03", "2020-09-07"), headline=head(),
        problems=[_p(1, "人均公共文化支出未达标", XN1, measures=1), _p(2, "公共服务效能较低", XN1, measures=1),
                  _p(1, "旅游厕所", XN2, measures=1), _p(2, "旅游交通标志牌", XN2, measures=0)],
        anomalies=["Metadata block first: '名称' (the portal's name for the page) and '发文单位: 咸宁市文化和旅游局' (the portal, "
                   "not the writer, which is 崇阳's 局): issuer null; the body heading is the title; '发布日期: 2021年06月09日' "
                   "→ report_date.",
                   "(NEW) Items '1、<heading>。': items 1-2 state the fault; items '1、旅游厕所。' and '2、旅游交通标志牌。' are topic "
                   "labels whose fault is restated in '针对…的问题' — titled by the heading as printed; numbering restarts under "
                   "二、; category the '…方面' heading.",
                   "Each rectification paragraph is undivided: measure_count 1 (items 1-3); cut at '2、旅游交通标志牌。针对隽北' "
                   "before any action: measure_count 0, labelled. No done/in-progress label ('计划年底全面完成' is a plan): "
                   "status null.",
                   "'2020年6月24日至7月3日' → start/end; '于9月7日下发了《…督查情况通报》' → feedback_date 2020-09-07 (year from the "
                   "same sentence)."]),
    "hnjjgc_liangyuan_transport_station_two_hazards_inline": dict(
        url="http://hnjjgc.com/shangqiu/ShowInfo.asp?InfoID=38995", excerpt=False,
        genre="a district 交通运输局's news item on a bus station check: '发现问题隐患:1.<fault>,要求<demand>;2.<fault>,要求"
              "<demand>。' inline in one paragraph, then the season's figures and plans",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("梁园区交通运输局", "万里汽车站"), headline=head(pt=8, pd=8),
        problems=[_p(1, "例检例保台账填写不规范,车辆例检时间均没有填写"), _p(2, "监控室灭火器过期、压力不够")],
        anomalies=["(NEW) Inline items '1.…,要求…;2.…,要求…。': each titled by the fault only; the '要求…' clause is the "
                   "inspector's demand (not a measure: measures 0; no body named: no unit); status null.",
                   "'累计检查客货运企业16家次,发现隐患8处,闭环整改8处' → problems_total 8, problems_done 8 (the season's "
                   "figures; the two listed are among them); '16家次' are checks.",
                   "'9月28日' has no year: no dates; news: title null; '(梁园区交通运输局 供稿)' is a byline, not a signature."]),
    "china_torch_yushui_culture_market_patrol_three_shi": dict(
        url="http://china-torch.cn/txyd/sbqw/2024-12-03/252405.html", excerpt=False,
        genre="a news item on a district 文广旅局 patrol of entertainment venues: '问题如下:一是…。二是…。三是…。' in one "
              "paragraph; editor line at the end",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("江西省新余市渝水区文广旅局", "区属范围内的网吧、电玩、棋牌室、桌球室等娱乐项目"), headline=head(),
        problems=[_p(1, "网吧安全台账记录不完整,有拖记、漏记等现象"), _p(2, "棋牌室没有按规定取消内锁装置,有碍于执法机关突击检查"),
                  _p(3, "网吧内普遍存在吸烟现象,三五个不等")],
        anomalies=["'一是…二是…三是' items titled by their first sentence; '个别网吧虽有控烟员,…' is a detail of 三是; seq 1-3 (SETTLED s18; first labelled null); "
                   "no heading: category null.",
                   "'现场纠错,并责成经营管理者限期整改' is the inspectors' act: measures 0, no unit; '九家文化经营点' are venues "
                   "checked: no figure.",
                   "'11月29日' has no year (the url's 2024 is not read): no dates; news: title null."]),
    "jiangling_sanhe_street_sanitation_bare_digits_seven": dict(
        url="http://www.jianglingzx.com/jlxfc/424.html", excerpt=False,
        genre="a news copy of a 街道 创卫 check, one paragraph: '主要发现以下问题: 1<fault>; 2<fault>; … 7<fault>。' with bare "
              "digits glued to the text; hospital spam at the end",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("三河街道", "街道主城区"), headline=head(),
        problems=[_p(i, t) for i, t in enumerate(JIANGLING, 1)],
        anomalies=["(NEW) Items numbered by a bare digit with no '.'/'、' (' 1三河…; 2建新街…'), all in one paragraph: one "
                   "problem per number, seq from it, trailing ';'/'。' dropped; no heading: category null.",
                   "'3互江路24号、号消防通道' has a lost house number: kept as printed.",
                   "The spam '赞赏 长按白癜风…' is kept in the text; '近日': no dates; '街道创卫办将进一步加强督促检查' is a plan, "
                   "not a measure: measures 0."]),
    "axnews_anxiang_road_water_safety_five_items_measures": dict(
        url="https://wap.axnews.cn/content/646955/56/15425851.html", excerpt=False,
        genre="a county news portal's list of transport safety hazards with no lead: '1.<heading>。' then '存在问题:<detail>' "
              "and '整改措施:<order>' lines, five items; source lines at the end",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(),
        problems=[_p(i, t, units=u, measures=1) for i, (t, u) in enumerate(AXNEWS, 1)],
        anomalies=["(NEW) Each item: heading line (the title), a '存在问题:' detail line and a '整改措施:' line; the 整改措施 "
                   "line is one undivided measure though it is an order ('责令…'): measure_count 1; status null.",
                   "The body ordered to act is the responsible unit ('公路建设养护中心', '大湖口镇人民政府', '路政执法队、安丰乡"
                   "人民政府' split on '、'); '施工单位' and '该船所有人' name no body: no unit.",
                   "The stored copy starts at item 1: no lead, no inspector, no dates; '来源:新华社' is a source line."]),
    "xianyu_yingze_culture_joint_check_three_findings_signed": dict(
        url="http://xianyu.chinaxiaokang.com/xianyuzhanshi/yingze/jigou/20160810/1703133.html", excerpt=False,
        genre="a 文化局's signed work note reposted on a news site: headline, meta line, three findings in one sentence "
              "'发现有1家…,有1家…,有1家…', then a right-aligned signature with a digits-only date; site footer",
        kind=None, title="2016暑期市区两级文化行政部门联合检查", issuer="迎泽区文化局", report_date="2016-08-05",
        inspection=ins("文体市场行政综合执法队", "柳巷地区的网吧和娱乐场所", "2016-08-04", "2016-08-04"), headline=head(),
        problems=[_p(None, "有1家网吧违规接受未成年人上网"), _p(None, "有1家KTV未按规定悬挂有效证件"), _p(None, "有1家KTV消防通道堆有杂物")],
        anomalies=["(NEW) Three findings joined by ',' in one sentence after '发现': one problem each, titled from '有' as "
                   "printed (blind19's erqi rule); seq null, category null; the venues are unnamed: no unit.",
                   "'依法下达整改通知书,责令其限期内必须整改到位' is the inspector's act: measures 0, status null.",
                   "(NEW) Signature '迎泽区文化局' over '201685' (年/月/日 lost): read as 2016-08-05, the only valid date and "
                   "before the page's '2016-08-10 08:00:00' → report_date; issuer from the signature; the headline kept as "
                   "title (a signed note), kind null. '2016年8月4日' → start and end; '1家' are venues: no figure."]),
    "xiuzhiben_tianning_civil_affairs_care_homes_garbled": dict(
        url="http://xiuzhiben.com/yjglj/html/ajj/2011/KOIKMIEJ_0124/10689.html", excerpt=False,
        genre="a garbled copy of a district 民政局 care-home safety check news ('?' for lost digits, 'BR>' and '/td> |' "
              "debris): hazards as ';' clauses after '主要表现在:'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("天宁区民政局安全检查组", "老年公寓"), headline=head(),
        problems=[_p(None, "部分单位灭火器失效,且配置数量少"), _p(None, "未标明应急疏散出口标志"), _p(None, "地面未设置防滑设施")],
        anomalies=["(NEW) '主要表现在:A;B;C等。': one problem per ';' clause (blind19's louxing rule); the closing '等' is "
                   "dropped from the last title (it closes the list); seq null, category null.",
                   "Lost digits '元?0日至21日', '全?2家', '发出?份' and tag debris 'BR>', '/td> |' kept: no dates, no figures.",
                   "'发出…安全隐患整改意见书,要求…整改到位' is the inspector's act: measures 0, no unit, status null; no title, "
                   "no signature."]),
    "liaoning163_kaiyuan_reservoir_flood_check_two_faults": dict(
        url="https://liaoning.news.163.com/20/0528/15/FDNNM70E04229BS8.html", excerpt=False,
        genre="a portal news item on a provincial 水库 安全度汛 check of one county: praise, then two faults after '同时也指出' "
              "joined by ',', then the inspectors' demands in the same sentence",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("省水库安全度汛检查组", "开原市四座小一型水库和三座已降为塘坝的原小二型水库"), headline=head(),
        problems=[_p(None, "水库大坝管理应急预案、调度运用方案未按水利部“三个重点环节”规定的模板编制"),
                  _p(None, "部分水库溢洪道上游设置拦逃网可能影响行洪")],
        anomalies=["Two faults joined by ',' after '同时也指出' (blind19's erqi rule): one problem each, seq and category null.",
                   "'对检查中发现的问题要立即整改,要…' are the inspectors' demands: not problems, measures 0, no unit, status null.",
                   "'5月20日、21日' has no year (the url's 20/0528 is not read): no dates; news: title null; '四座', '三座' are "
                   "reservoirs checked: no figure."]),
}

EXPECTED = {"xianning_chongyang_culture_tourism_duchao_rectification_cut": (4, 3),
            "hnjjgc_liangyuan_transport_station_two_hazards_inline": (2, 0),
            "china_torch_yushui_culture_market_patrol_three_shi": (3, 0),
            "jiangling_sanhe_street_sanitation_bare_digits_seven": (7, 0),
            "axnews_anxiang_road_water_safety_five_items_measures": (5, 5),
            "xianyu_yingze_culture_joint_check_three_findings_signed": (3, 0),
            "xiuzhiben_tianning_civil_affairs_care_homes_garbled": (3, 0),
            "liaoning163_kaiyuan_reservoir_flood_check_two_faults": (2, 0)}


def recount(stem: str, text: str) -> tuple:
    """Second count (problems, measures), from the text itself."""
    if stem.startswith("xianning"):  # a rectification paragraph is an item whose heading is followed by more than '针对…'
        items = re.findall(r"^\d、[^。]*。(.*)$", text, re.M)
        return len(items), sum(1 for rest in items if "整改" in rest or "确保" in rest or "采购" in rest)
    if stem.startswith("hnjjgc"):
        return len(re.findall(r"[:;]\d\.", text)), 0
    if stem.startswith("china_torch"):
        return len(re.findall(r"[一二三四五]是", text[text.index("问题如下"):])), 0
    if stem.startswith("jiangling"):
        return len(re.findall(r"[:;] \d(?!\d)", text)), 0
    if stem.startswith("axnews"):
        return len(re.findall(r"^\d\.", text, re.M)), len(re.findall(r"^整改措施:", text, re.M))
    if stem.startswith("xianyu"):
        return len(re.findall(r"有1家", text)), 0
    if stem.startswith("xiuzhiben"):
        seg = text[text.index("主要表现在:") + 6:]
        return len(seg[:seg.index("。")].split(";")), 0
    if stem.startswith("liaoning163"):
        seg = text[text.index("同时也指出") + 5:]
        return len(seg[:seg.index(",对检查中")].split(",")), 0
    raise KeyError(stem)


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text (EXPECTED: problems and measures)."""
    got = (len(d["problems"]), sum(p["measure_count"] for p in d["problems"]))
    assert got == EXPECTED[stem] == recount(stem, text), (stem, got, recount(stem, text))
    # every title, category and unit is in the text as written
    check_problems(stem, d["problems"], text, category_in=text, units_in=text)
    check_title_issuer(stem, d, text)
    insp = d["inspection"]
    check_names(stem, insp, text)
    for k in ("problems_total", "problems_done", "measures_total", "measures_done"):
        v = d["headline"][k]
        assert v is None or str(v) in text, (stem, k)
    # each date's month and day are printed in the text
    check_inspection_dates(stem, insp, text, forms=lambda y, m, dd: (f"{m}月{dd}日", f"{dd}日"))
    if d["report_date"]:
        y, m, dd = d["report_date"].split("-")
        assert (f"{y}年{int(m)}月{int(dd)}日" in text or f"{y}年{m}月{dd}日" in text
                or f"{y}{int(m)}{int(dd)}" in text), (stem, d["report_date"])


def main() -> None:
    assert set(DOCS) == set(EXPECTED)
    write_labelled_set(HERE, DOCS, {k: json.loads(v) for k, v in TEXTS.items()}, check_one, total=29)
    measures = sum(p["measure_count"] for d in DOCS.values() for p in d["problems"])
    assert measures == 8, measures


if __name__ == "__main__":
    main()
