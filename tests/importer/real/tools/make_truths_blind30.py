"""Write the texts and truth files of tests/importer/real/blind30: a held-out batch of real pages that PRINT PROBLEMS,
labelled in session 18 (2026-12-06, 15:00-15:50 UTC) by helper label40, who did not change the parser and did not read
zhenggai/importer/, tests/importer/*.py or tests/importer_app/. Scored once on the worktree's untouched parser
(FIRST_RUN_blind30.txt) before anything else; nothing is to be changed for it. Labelled at the same time as label39
(/work/wt/label39, set blind29), whose folder and generator were checked before committing.

Schema and conventions as tests/importer/real/CONVENTIONS.md (R1-R107, C1-C16), make_truths.py (head/ins/prob) and
make_truths_blind28.py. The texts are the stored copies the search tool's ``pages`` corpus returned (JSON strings pasted
into TEXTS below and decoded, nothing retyped). ``excerpt`` is true for the three copies cut at ~2,000 bytes inside
their text (dxtja, henglan, bank) and false for the six that reach the page's last line (guangyuan forum, yinchuan cards,
ningxia 2022, yangling, primary school, dash bullets).

Families (as the brief asked): 教育 督导 (a 责任督学's monthly 督导报告: dxtja), 住建 建筑工地 检查 (guangyuan), 统计 执法检查
(henglan), 消防 隐患 曝光 (yinchuan cards, ningxia 2022 clauses, yangling 重大火灾隐患), 银行 自查 (bank, a doc-site preview),
校园安全 自查 (primary school, dash bullets). Not reached: 市场监管 抽查 通报, 物业, 城管 门前三包, 医保/医院 病历, 国企 巡察,
银行 监管 通报, 审计 序号 — every query there returned site-index junk (abg.baidu, zhetiaohe, fengdujob), essays, or news
whose findings are one '存在A、B等问题' sentence.

No url is in an earlier truth: every url under tests/importer (json, txt, md and tools/*.py, blind27/blind28/snippets25
included), /work/main/tests/importer, /work/shared/corpus and every /work/wt/label*/tests/importer/real (label39's
included) was collected (1,070 keys at the start, 1,077 with label39's blind29 at the last check; host+path+query, scheme, 'www.', ':80', '#…' and a trailing '/' dropped, lower case,
percent-decoded) and each page's key was checked against them, again right before committing.

Queries (``pages`` corpus, 17): 市场监管局 专项检查 情况通报 发现的问题 1. 2. 3. 责令整改; 消防救援大队 消防安全检查 通报 隐患清单
单位名称 存在问题; 物业小区 检查 通报 存在问题 1. 2. 3. 住建局 物业服务企业 限期整改; 门前三包 市容 检查 通报 存在问题 城管局 商户
点位; 病历 检查 通报 存在的问题 1. 2. 3. 医务科 医院 整改; 审计发现的问题 序号 问题 金额 整改 审计整改情况 公告; 检查发现以下问题:1、
2、 3、 4、 燃气 经营企业 安全检查 通报; 督导反馈 学校 存在的问题 1.校园安全 2. 3. 教育局 督导组 反馈意见; 集团公司 党委 巡察 反馈
发现问题 整改台账 序号 问题描述 整改措施 完成时限; 银保监分局 现场检查 发现问题 1. 2. 3. 银行 支行 监管意见 整改; 统计执法检查 发现问题
统计数据 不真实 1. 2. 企业 统计局 整改 通报; 建筑工地 安全检查 通报 存在问题 一、 项目名称 1. 2. 3. 住建局 限期整改; 经检查发现存在
以下问题 1. 2. 3. 4. 5. 责令改正通知书 消防 大队 单位; 医保基金 飞行检查 反馈问题 医院 整改报告 问题一 问题二 整改措施; 食品经营 抽查
不合格 通报 存在问题 一、 二、 三、 市场监督管理局 餐饮 学校食堂 检查情况; 审计发现的主要问题 1. 2. 3. 未按规定 审计局 公告 单位 整改情况;
巡察反馈 公司 党委 存在的主要问题 一是 二是 三是 国有企业 反馈意见 公开; 医院 院内 质控 检查 反馈 存在问题:1. 2. 3. 科室 护理部
整改要求; 人民银行 执法检查 发现 违反 1. 2. 3. 行政处罚 银行 支行 存在以下违法行为; 市容环境 督查 通报 发现问题 1. 路段 2. 3.
街道 城管 限期整改 问题清单; 物业服务 检查 小区 存在问题:1、 2、 3、 整改通知 房管局 通报 小区名称; 抽查发现 存在以下问题 一是
二是 三是 市场监管 通报 经营户; 经济责任审计 审计发现的主要问题 (一) 1. 2. 3. 公司 国有企业 审计结果; 卫生健康委 医疗机构 督查
通报 存在问题 1. 2. 3. 4. 医院 院感 处方; 城管执法局 督查通报 问题点位 序号 街道 问题描述 整改情况; 督查发现问题清单 序号 单位
存在问题 整改时限 安全生产 乡镇 企业; 电梯 维保 检查 通报 小区 存在问题 1.未 2.未 特种设备 整改; 幼儿园 办园行为 督导评估 反馈
存在问题 1. 2. 3. 整改建议; 大型医院巡查 反馈问题 整改情况 医院 问题1 整改措施 已完成; 支行 内控检查 发现问题 整改报告 一、 1.
柜面 业务 合规 存在问题; 双随机 抽查结果 公示 检查发现问题 未按规定 责令改正 企业名称 检查结果; 巡察组 反馈 集团 子公司 问题清单
1.党建工作 2.选人用人 3.财务管理 整改; 校园安全检查 反馈 学校 存在问题 1、 2、 3、 4、 5、 教育局 安全隐患 整改时限 (33 in all).
Site-index junk (abg.baidu, zhetiaohe, fengdujob, jltd56, 54sh, jsaytz) not counted. Of the 26 rectification-looking urls
checked, 9 were already known (1980w 城建委 通报, datian 校园食品 table (二十三), cgj.yueyang 卫生城市 table, sthjj.wuhu 曝光
card, jianshuapi 督导组 简报, ilynn 南宁 审计整改函 (tune nanning_audit_trad), zgbfxw 国务院安委办 通报, 120pk 乡教育办 安全检查
(blind14), the last three only by key). New: 17; taken: 9. New and not taken: iewzx and yumen 统计 news (findings in one
sentence per kind of firm: blind25's summary rule), shiyan.cjyun 物业 榜单 (诉求人 petitions: R17), boteman (a traditional
copy of the bank page: R4), renrendoc 508300196 (a bank 范文 whose copy holds figures by risk level and one '①' cut
example), zltai 蒙阴 (a '一是…五是' summary sentence inside news, R19), bid.caigoupt 温州 and shiquan 后柳镇 (prose or counts
only), 31ppt/cooco/renrendoc 医保 templates (plans without findings).
Lead-only news declined without a key check (the brief leaves leads to others): cfsn 呼市, 0391 解放区, ycq 消防大队,
liangwengen 昆区 (two hazards in one sentence), 61.150 住建局, hichuzhou 物业, kingdee 咸宁, 021fenlei, hbcic 黄冈, 360elib
珠海, baihe, szbt88, czq 门前三包, e-com-net 简报, rednet 宁乡, cdjkq, whjjw 建投 (主要是…), bjt4 首钢 (一是…方面存在…等).

Kinds (issue 10): a 责任督学's monthly 督导报告 on a school-district site: '一、基本情况' '二、工作亮点' '三、存在问题' with '1、'…'3、'
(each a statement run on one line) then '四、整改意见' '1、…', cut in 整改意见 2 (dxtja); a Discuz forum copy of a 住建 曝光 with
anti-scraping noise strings glued to the lines ('$ y6 g5 J5 s; {* ?'), one of them in front of item '4.' (guangyuan); a
traditional-character news report of a 国家统计局 执法检查: '存在以下四方面問題:' then '一、<heading>。<paragraph>' ×4, cut in the
closing paragraph (henglan); a WeChat-style 消防 曝光 with city headings over cards '隐患单位:X / 存在隐患:1、…;2、… / 整改措施:
责令限期整改' whose lead lost every number ('出动个检查组,…共检查单位家') (yinchuan); a newspaper item listing five bodies, each
'<body>,<faults>,<order>' as ';' clauses in one paragraph, with 609 hazards found / 534 当场整改 in the lead (ningxia 2022); a
消防大队 曝光 of one building: the check's '存在:1、…;4、…' inline, then at the recheck '还存在:1、…;3、…' (yangling); a
doc-sharing preview of a bank 自查报告 whose problems run inline as '一是…;二是…;三是…。' then '其一,…' (bank); a 范文 copy of
a primary school's 自查报告 with '1、'…'4、' hazards ending in requests for support (primary school); a Q&A answer laid out as
'一、<category>' then '-' bullet lines, each over a heading line and a description line (dash bullets).

Problems: 42 (3+5+4+3+5+7+4+4+7), counted by reading and recounted in main() by regex on the text. Measures: every page prints
findings (and the inspector's demands) only: measure_count 0 everywhere.

Judgement calls (each also in the truth's anomalies):
- (NEW) dxtja: a 督学's '四、整改意见' numbered like '三、存在问题' is the inspector's demand list (R98: 整改要求 of a
  bulletin → 0), not a rectifier's answer list: measure_count 0. Category '存在问题' (the section heading); items titled
  whole (R88: statement run on one line), final '。' dropped. Kind null (a check's report, R29); the title line
  '2018年3月份督导报告(第三责任区 丁多玉)' names an inspection document and is kept whole; inspector the person '丁多玉'
  (R46: the only name; '本责任区督学' is relative); '3月20、21、22三天' → 2018-03-20/22 (year from the title's '2018年3月份');
  '发布日期:2018/6/20' → report_date.
- (NEW) guangyuan: the forum's anti-scraping noise strings are dropped from the titles (they are not the statement;
  the text keeps them, R2); item 4's leading noise too. The headline is a forum/news title: title null (R34/C7); its
  '5大问题' counts the five printed problems → problems_total 5. Category null (lead '发现存在以下问题:', C13). The
  order's '限期2日内完成整改' is the one time limit for all five (R106) → deadline of each. '9月13日' has no year: no dates.
- henglan: traditional copy: titles simplified (R91); doc fields as printed; '一、<heading>。<paragraph>' on one line →
  the whole paragraph is the title (R88/C9 side B, SETTLED s15); '四方面' is kinds/aspects → no figure (R68); the counts
  of firms (73, 38, 19, 71) are bodies → no figure; '6月14日' has no year in the text (2013 only in the url) → null.
- (NEW) yinchuan: one problem per 曝光 card (R10 曝光 card, R11 a place with numbered findings, R12 one per body), category
  the city heading above the card (R82; the banner '火灾隐患单位曝光' on every card is a label), title the text after
  '存在隐患:' as printed with its inner '1、…;2、…' numbers
  (vcity kept '(1)…;(2)…'), seq null; the '隐患单位:' field is the unit (R102 field; lingao); '整改措施:责令限期整改' is the
  regulator's order under a measure label: measure_count 0 (R72/R98, blind28 food), no deadline ('限期' without a date).
  The lead's numbers are lost in the copy ('出动个检查组', '共检查单位家', '发现火灾隐患处', '当场整改处'): no figure (R68 masked).
- (NEW) ningxia 2022: five '<body>,<faults>,<order>' clauses: one problem per body (R12, lingao), titled from the body's
  name to its last fault, the order ('责令限期整改' / '临时查封') dropped (the regulator's act, R92); unit the body (lingao);
  '发现火灾隐患609处,当场整改534处' → problems 609 / done 534 (C3, R71 check's 当场整改); '2月21日至25日' → 2022 from the
  page's '时间:2022-02-28' (R58); the news headline is no title (C7).
- (NEW) yangling: two inline numbered lists of one building: the check's '1、'…'4、' (2019-01-21) and the recheck's
  '还存在:1、'…'3、' (2019-07-03): seven problems in text order, numbering restarting (R75); the recheck's three are
  status in_progress ('还存在' = still not rectified, R93), the first four null; item 4 '消防控制室按要求设置值班人员' lacks
  its '未' (typo) and is kept as printed; the 整改通知书's '2019年7月21日前改正完毕' is the deadline of the first four (R106),
  not of the recheck's list (stated before it); unit the building (lingao); one-day check → start = end 2019-01-21.
- Inspector null for the two 宁夏 pages ('全区各级消防' is generic, R48).
- (NEW) bank: inline '一是…;二是…;三是…。' and '其一,…' items in one paragraph: each titled whole to its ';'/'。' (R88/C9),
  seq 1-3 for 一是 (SETTLED s18, R76a; first labelled null after lnst) and 1 for 其一 (R76), category null (the inline lead-ins are not headings, C13); kind plan (a
  collection of problems and 整改措施, R28); title the file name (R35); self-check period → start/end; cut inside 其一.
- (NEW) primary school: items ending in a request to the superior ('请…关心支持,尽早拨款建设', '请支持') are titled whole;
  the request is not a measure (0); kind null (self-check results, R29); title the 范文 card heading (R35).
- (NEW) dash bullets: a '-' line over a heading line and a description line is one problem titled by the heading (R88),
  seq null (R78), category the '一、' heading; the topic line '校园设施、消防、交通需加强' is no title (R34).

Session 18, the lead: '一是/二是/三是' items take their printed number as seq (SETTLED s18, CONVENTIONS.md R76a: the
schema's 'the number printed', as '其一' → 1); the labels first written here gave seq null after blind26 lnst's call,
which is settled the other way. Only seq changed; FIRST_RUN was kept as scored.
"""
import json
import re
from pathlib import Path

from make_truths import check_names, check_problems, check_title_issuer, head, ins, prob, simplified, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind30"

TEXTS = {
    'dxtja_supervisor_monthly_report_three_problems_cut': r'''"责任督学\n\n挂牌督导管理系统\n\n督导报告\n2018年3月份督导报告(第三责任区 丁多玉)\n发布日期:2018/6/20 18:09:22      字号: ]\n\n      根据区督导办工作安排和责任区工作计划,本责任区督学于3月20、21、22三天先后对安成中心校、曹庵中心校、史院中心校进行了春季开学暨学校安全风险防控情况督导检查,现将督导情况汇报如下:\n\n      一、基本情况\n\n      师生按时返校,未发生教职工无故不按时到岗、学生不到校上课等现象。开学报名情况良好,上课秩序井然。学生资助政策落实到位。根据教育扶贫工作要求,严格落实学生资助政策,没有一名学生因家庭经济困难而辍学。\n\n      学校后勤保障早准备、早安排,学校网络、多媒体设备及生活设施设备及时检修维护,饮食、住宿、水电等提前安排,确保开学后能正常使用教学设备和生活设施。\n\n      认真开展校舍隐患排查。建立校舍安全年检工作制度,定期对校舍进行安全隐患排查。学校“三防”建设落实到位,重点领域得到有效治理,校园安全稳定工作措施得力,三所学校无一例校园欺凌事件发生,应急疏散演练活动正常开展。\n\n      二、工作亮点\n\n      办学行为规范,常规落实到位。各校均能严格执行国家课程计划,作息时间合规,目标计划清晰合理。多渠道对学生进行安全知识教育\n\n      三、存在问题\n\n      1、学校地处交通要道校门口无减速带,老师办公室门口缺少专门盛放茶叶的漏斗容器。\n\n      2、接送学生的三轮车现象严重,学校大课间各楼梯口无老师安全值班。\n\n      3、学校校门口有小商小贩,食品安全令人担忧。\n\n      四、整改意见\n\n      1、进一步加强管理,切实提高安全意思。和辖区交警部门沟通协调在校门口加装减速坡。\n\n      2、加"''',
    'guangyuan_construction_site_five_problems_forum_noise': r'''"|\n曝光!广元建设发布:天立凤凰唐城1号地块项目5大问题,同时移交市城管局进行立案查处!4 I- x1 G2 F; C: [2 d\n( T, i! _! e3 Z |+ }2 V 9月13日,市住房城乡建设局、市城管局联合对天立凤凰唐城1号地块项目施工现场进行检查,发现存在以下问题:$ y6 g5 J5 s; {* ?\n1.裸土未全覆盖。 w2 q& ~( F1 ]: ?# a8 c- Q\n2.施工临时道路未硬化。0 P8 S/ H7 D: R0 X\n3.土方作业未采取湿法作业,降尘设备未配置到位。\n' c) L' k; X7 K' a: m 4.临边洞口防护不到位,个别临空作业人员未系安全带,安全警示标识标牌设置不到位。) ]/ G T6 c/ z4 }3 L) R( ~$ U\n5.外脚手架剪刀撑、扫地杆、连墙件缺失;落地卸料平台与外架相连,存在安全隐患。1 Q# Y; T* g. h. k4 L5 f5 f# l9 D\n目前,已对该项目进行了警示约谈,下发了责令改正通知书限期2日内完成整改,同时移交市城管局进行立案查处。(来源:广元建设): m w7 a d: K\n, O4 z. l4 A+ ^. R, I7 d |% H; E& e0 s A$ v8 a\n|\n|"''',
    'henglan_statistics_fraud_four_aspects_traditional_cut': r'''"人民網北京6月14日電 (唐述權)國家統計局今日在其官方網站通報了廣東省中山市橫欄鎮在統計上弄虛作假的情況。通報稱,橫欄鎮工業企業統計存在聯網直報企業名錄不實、編造虛假數據和代填代報企業統計數據、工業統計數據嚴重失實、有關領導疏於職守等問題,國家統計局對有關地方政府和統計部門負責人進行了約談,要求全面整改,依法依紀追究有關單位和人員的責任。\n近日,國家統計局統計執法檢查室對群眾舉報的廣東中山市橫欄鎮在統計上弄虛作假等問題進行了核查。經檢查發現,橫欄鎮工業企業統計存在以下四方面問題:\n一、聯網直報企業名錄不實。國家統計調查制度規定,聯網直報工業企業必須是規模以上工業企業。橫欄鎮納入聯網直報的工業企業有249家。經抽查73家企業發現,38家企業實際屬於規模以下工業企業,19家企業已經停產、搬遷或注銷。\n二、編造虛假數據和代填代報企業統計數據。橫欄鎮納入聯網直報的絕大部分工業企業,每家企業的統計數據是由橫欄鎮經濟發展和科技信息局(挂統計辦公室牌子)有關工作人員在其辦公室裡,先編造出每個企業的虛假數據,然后以每個企業名義採用電話撥號上網方式將虛假數據填入企業調查表並上報。\n三、工業統計數據嚴重失實。核查71家工業企業發現,經濟發展和科技信息局編報2012年年報工業總產值85.1億元,初步核實為22.2億元,虛報62.9億元。\n四、橫欄鎮有關領導疏於職守。橫欄鎮有關領導於2012年5、6月間已知悉聯網直報企業名錄不實、編造虛假數據和代填代報企業統計數據等問題,但一直未予制止、糾正和處理。\n針對以上問題,國家統計局對有關地方政府和統計部門負責人進行了約談,要求其認真查找問題,深刻剖析原因,舉一反三,全面整改,依法依"''',
    'yinchuan_fire_exposure_city_cards_numbers_lost': r'''"5月28日至6月4日,全区各级消防出动个检查组,深入全区5市,共检查单位家,发现火灾隐患处,当场整改处。现将部分单位存在的消防安全隐患问题曝光如下:\n隐患\n单位\n银川市\n火灾隐患单位曝光\n隐患单位:中环大厦\n存在隐患:1、一层中庭自动扶梯下设置商铺摊位、摆放可燃物品;2、消防控制室值班记录填写不规范;3、随机拉动微型消防站,处置初起火灾程序不规范;4、消防控制室值班人员未能达到24时双人持证上岗。\n整改措施:责令限期整改\n固原市\n火灾隐患单位曝光\n隐患单位:隆德县名羊天下羊肉馆\n存在隐患:厨房电器线路敷设不符合要求。\n整改措施:责令限期改正\n中卫市\n火灾隐患单位曝光\n隐患单位:中卫市云鼎娱乐会所\n存在隐患:1、安全出口被堵塞;2、一具安全指示标志灯不亮。\n整改措施:责令限期整改\n来源:宁夏消防\n总编:马玲艳主编:刘三哥\n编辑:何子轩\n“分享+赞+在看”\n告诉身边更多的人!"''',
    'ningxia_fire_checks_five_bodies_clauses': r'''"存在消防安全隐患 这些单位被限期整改或临时查封\n\n来源:新消息报时间:2022-02-28 10:37:14\n\n2月27日,记者从宁夏消防救援总队获悉,2月21日至25日,全区各级消防出动123个检查组,深入全区5市,共检查单位567家,发现火灾隐患609处,当场整改534处。\n\n灵武市鑫香苑早茶牛肉面馆,一层西侧安全出口处疏散指示标志未保持完好有效,责令限期整改;石嘴山市平罗县盛夏星空音乐会所,堵塞疏散通道,防火门闭门器损坏,疏散指示标志故障,责令限期整改;青铜峡市聚仙阁汉餐馆,一层宴会厅顶棚采用易燃材料装修、装饰,临时查封;固原市泾源县泾源牛原生态黄牛肉火锅店,场所内一楼大厅使用易燃可燃材料装饰,临时查封;中卫市海原县华府饭店有限公司,二层一处防火门闭门器损坏,部分消防设施未贴消防标识,消防控制室存在多处火警信息未及时处理,消防控制室的疏散门未采用乙级防火门,责令限期整改。(记者 陈健)\n\n关键词: 消防控制室 火灾隐患 消防救援\n\n图文推荐\n\n热门文字\n\n标签\n\n精彩赏析"''',
    'yangling_major_fire_hazard_check_and_recheck_lists': r'''"2019年1月21日,杨凌新区消防大队监督人员对杨凌建设大厦进行检查时发现该单位存在重大火灾隐患,存在:1、西边部分改变用途未按规范设置自动喷水灭火系统;2、消防控制室报警系统故障,不能正常使用;3、中间楼梯封堵;4、消防控制室按要求设置值班人员。向该单位下发了《重大火灾隐患整改通知书》,要求该单位2019年7月21日前改正完毕。\n在这期间,大队监督人员多次协调督促改正。截止2019年7月3日,该单位还存在:1、未按规范设置自动喷水系统;2、五楼仅有一部安全疏散楼梯;3、消防控制室未按要求设置值班人员。\n根据工程量计算,该单位已不能按期按要求改正,现予以曝光,希望该单位高度重视,积极整改,并在整改期限内采取防范火灾风险措施,确保安全。"''',
    'bank_selfcheck_report_inline_yishi_qiyi_cut': r'''"银行自查报告及整改措施_第1页\n银行自查报告及整改措施_第2页\n银行自查报告及整改措施_第3页\n银行自查报告及整改措施_第4页\n银行自查报告及整改措施_第5页\n已阅读5页,还剩1页未读 继续免费阅读\n\n付费下载\n\n下载本文档\n\n版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n\n文档简介\n\n银行自查报告及整改措施为强化内控管理,提升风险防控能力,我行于2023年9月1日至10月15日组织开展了覆盖全业务条线、全机构层级的全面自查工作。本次自查以公司信贷、个人零售、支付结算、运营管理、内部控制五大领域为重点,通过现场调阅凭证、系统数据比对、员工访谈、客户回访等方式,累计检查总行部门8个、分支行12家、营业网点56个,抽查业务凭证2.3万份,访谈员工320人次,覆盖2022年1月至2023年8月期间发生的主要业务。在公司信贷业务方面,发现3类突出问题:一是贷前调查不深入,某二级分行发放的5000万元流动资金贷款中,客户经理仅收集企业近三年审计报告,未对其关联企业A公司(持股49%)的银行流水进行交叉验证,导致企业实际负债规模(含关联方担保)超出授信额度23%;二是贷后管理流于形式,某支行对2000万元固定资产贷款的资金使用跟踪仅通过企业提供的付款凭证完成,未实地核查项目进度,经查企业将其中800万元资金转至关联账户用于非项目支出;三是押品管理存在漏洞,某分行办理的3000万元抵押贷款中,抵押房产评估报告已超有效期(评估基准日2021年6月,贷款发放日2023年3月),且未重新评估,经测算押品现值较原评估值下降15%。个人零售业务主要问题集中在客户信息管理与产品销售环节:其一,客户信息录入不规范,抽查500份个人贷款档案,发现12份收入证明未加盖单位公章,7份系统"''',
    'primary_school_safety_selfcheck_four_requests': r'''"小学校园安全隐患的自查报告\n我校认真贯彻落实泉丰教[]16号关于《福建省“平安校园”创建及管理办法(试行)》的通知精神,扎实开展我校“平安校园”活动,进一步推动学校学校安全工作。近时期,我校再次认真自查,具体如下:\n学校检查到一些有待上级领导关心支持的学校安全工作隐患:\n1、我校的厨房已按上级要求拆掉,我校的师生的午餐没有着落,请上级主管部门关心支持,尽早拨款建设。\n2、我校的'服务范围是三个社区,学生上学放学要过马路,而学校的校门口马路上没有斑马线,严重威胁师生的安全。\n3、我校旧教学楼的用电线路及配电设施,有的已破旧,学校只能维修重点部分,不能更换,存在安全隐患,请支持。\n4、社区的幼儿园在校园里,家长接送要进入校园,存在着安全隐患。"''',
    'school_safety_selfcheck_dash_bullet_headings': r'''"校园设施、消防、交通需加强\n根据近期安全隐患自查情况,报告如下:\n一、校园设施安全问题\n-\n教学楼及宿舍隐患\n部分旧教学楼用电线路老化,配电设施需维修或更换;在建宿舍楼施工期间防护网未恢复、警示标志缺失。\n-\n消防设施不足\n部分灭火器陈旧,应急照明灯不亮,图书室、仓库等区域存在火灾隐患。\n-\n楼梯及通道问题\n学生在水泥路面跑操存在安全隐患,楼梯间照明灯不齐全。\n二、交通安全隐患\n-\n校门口管理薄弱\n校门口马路上无斑马线,家长接送学生时存在安全隐患。\n-\n接送班车及周边环境\n接送班车未纳入统一管理,周边网吧、游戏厅存在不良影响。\n三、其他重点问题\n-\n实验室及危险化学品管理\n实验室危险化学药品管理不规范,需完善采购、保管等制度。\n-\n车辆安全\n医院车辆存在疲劳驾驶隐患,需加强司机培训及日常检查。\n建议立即整改上述问题,并加强安全教育,落实责任到人,确保校园安全稳定。"''',
}

URLS = {
    'dxtja_supervisor_monthly_report_three_problems_cut':
        "http://dxtja.hnk12.net/EstarNews/News/NewsRead?id=b3be2c023f63c548130e0000",
    'guangyuan_construction_site_five_problems_forum_noise':
        "https://icbw.com.cn/forum.php?mod=viewthread&ordertype=1&tid=152923",
    'henglan_statistics_fraud_four_aspects_traditional_cut':
        "http://politics.people.com.cn/BIG5/n/2013/0614/c1001-21846437.html",
    'yinchuan_fire_exposure_city_cards_numbers_lost': "http://bbs.yinchuanwanbao.com/showtopic-9069.aspx",
    'ningxia_fire_checks_five_bodies_clauses': "http://www.minqi.cn/redian/2022/0228/1557.html",
    'yangling_major_fire_hazard_check_and_recheck_lists':
        "https://yangling.gov.cn/ztzl/xfzt/bgt/1427955924856832001.html",
    'bank_selfcheck_report_inline_yishi_qiyi_cut': "https://www.renrendoc.com/paper/505398953.html",
    'primary_school_safety_selfcheck_four_requests': "http://m.beiweimall.com/zichabaogao/3911652.html",
    'school_safety_selfcheck_dash_bullet_headings': "https://www.fudaoke.com/exam/3015802.html",
}


TEXT = {k: json.loads(v) for k, v in TEXTS.items()}

DXTJA = ["学校地处交通要道校门口无减速带,老师办公室门口缺少专门盛放茶叶的漏斗容器",
         "接送学生的三轮车现象严重,学校大课间各楼梯口无老师安全值班", "学校校门口有小商小贩,食品安全令人担忧"]
GUANGYUAN = ["裸土未全覆盖", "施工临时道路未硬化", "土方作业未采取湿法作业,降尘设备未配置到位",
             "临边洞口防护不到位,个别临空作业人员未系安全带,安全警示标识标牌设置不到位",
             "外脚手架剪刀撑、扫地杆、连墙件缺失;落地卸料平台与外架相连,存在安全隐患"]
YINCHUAN = [("银川市", "中环大厦", "1、一层中庭自动扶梯下设置商铺摊位、摆放可燃物品;2、消防控制室值班记录填写不规范;"
             "3、随机拉动微型消防站,处置初起火灾程序不规范;4、消防控制室值班人员未能达到24时双人持证上岗"),
            ("固原市", "隆德县名羊天下羊肉馆", "厨房电器线路敷设不符合要求"),
            ("中卫市", "中卫市云鼎娱乐会所", "1、安全出口被堵塞;2、一具安全指示标志灯不亮")]
NINGXIA = [("灵武市鑫香苑早茶牛肉面馆", "一层西侧安全出口处疏散指示标志未保持完好有效"),
           ("石嘴山市平罗县盛夏星空音乐会所", "堵塞疏散通道,防火门闭门器损坏,疏散指示标志故障"),
           ("青铜峡市聚仙阁汉餐馆", "一层宴会厅顶棚采用易燃材料装修、装饰"),
           ("固原市泾源县泾源牛原生态黄牛肉火锅店", "场所内一楼大厅使用易燃可燃材料装饰"),
           ("中卫市海原县华府饭店有限公司", "二层一处防火门闭门器损坏,部分消防设施未贴消防标识,消防控制室存在多处火警信息未及时处理,"
            "消防控制室的疏散门未采用乙级防火门")]
YANGLING_1 = ["西边部分改变用途未按规范设置自动喷水灭火系统", "消防控制室报警系统故障,不能正常使用", "中间楼梯封堵",
              "消防控制室按要求设置值班人员"]
YANGLING_2 = ["未按规范设置自动喷水系统", "五楼仅有一部安全疏散楼梯", "消防控制室未按要求设置值班人员"]


BANK = [(1, "贷前调查不深入,某二级分行发放的5000万元流动资金贷款中,客户经理仅收集企业近三年审计报告,未对其关联企业A公司"
               "(持股49%)的银行流水进行交叉验证,导致企业实际负债规模(含关联方担保)超出授信额度23%"),
        (2, "贷后管理流于形式,某支行对2000万元固定资产贷款的资金使用跟踪仅通过企业提供的付款凭证完成,未实地核查项目进度,"
               "经查企业将其中800万元资金转至关联账户用于非项目支出"),
        (3, "押品管理存在漏洞,某分行办理的3000万元抵押贷款中,抵押房产评估报告已超有效期(评估基准日2021年6月,贷款发放日"
               "2023年3月),且未重新评估,经测算押品现值较原评估值下降15%"),
        (1, "客户信息录入不规范,抽查500份个人贷款档案,发现12份收入证明未加盖单位公章,7份系统")]
PRIMARY = ["我校的厨房已按上级要求拆掉,我校的师生的午餐没有着落,请上级主管部门关心支持,尽早拨款建设",
           "我校的'服务范围是三个社区,学生上学放学要过马路,而学校的校门口马路上没有斑马线,严重威胁师生的安全",
           "我校旧教学楼的用电线路及配电设施,有的已破旧,学校只能维修重点部分,不能更换,存在安全隐患,请支持",
           "社区的幼儿园在校园里,家长接送要进入校园,存在着安全隐患"]
DASH = [("校园设施安全问题", "教学楼及宿舍隐患"), ("校园设施安全问题", "消防设施不足"), ("校园设施安全问题", "楼梯及通道问题"),
        ("交通安全隐患", "校门口管理薄弱"), ("交通安全隐患", "接送班车及周边环境"), ("其他重点问题", "实验室及危险化学品管理"),
        ("其他重点问题", "车辆安全")]


def henglan_problems(text: str) -> list:
    """'一、<heading>。<paragraph>' lines: the whole line is the statement (R88), final '。' dropped; simplified (R91)."""
    return simplified([_p("一二三四".index(n) + 1, t.rstrip("。"))
                       for n, t in re.findall(r"^([一二三四])、(.*)$", text, re.M)])


DOCS = {
    "dxtja_supervisor_monthly_report_three_problems_cut": dict(
        excerpt=True,
        genre="a school-district 挂牌督导 site's monthly 督导报告 by one 责任督学: title line with the district and the person, "
              "发布日期, lead, '一、基本情况' '二、工作亮点' '三、存在问题' with '1、'…'3、' statements, '四、整改意见' '1、…'; cut in "
              "整改意见 2",
        kind=None, title="2018年3月份督导报告(第三责任区 丁多玉)", issuer=None, report_date="2018-06-20",
        inspection=ins("丁多玉", "安成中心校、曹庵中心校、史院中心校", "2018-03-20", "2018-03-22"), headline=head(),
        problems=[_p(i, t, "存在问题") for i, t in enumerate(DXTJA, 1)],
        anomalies=["(NEW) '四、整改意见' numbered like '三、存在问题' is the 督学's demand list (R98: 整改要求 → 0), not an answer "
                   "list by the school: measure_count 0; the copy is cut inside 整改意见 2 ('2、加').",
                   "Category '存在问题' (section heading); each item is one statement run on one line: titled whole (R88), "
                   "final '。' dropped; '一、基本情况' and '二、工作亮点' are praise (R16).",
                   "A check's report: kind null (R29); the title line names an inspection document and is kept whole with its "
                   "'(第三责任区 丁多玉)'; no body signs: issuer null; '发布日期:2018/6/20' → report_date.",
                   "Inspector the person '丁多玉' (R46: the only name; '本责任区督学' is relative); '3月20、21、22三天' → "
                   "2018-03-20/22, year from the title's '2018年3月份'.",
                   "Chrome ('责任督学', '挂牌督导管理系统', '字号: ]') and wide indents kept as returned."]),
    "guangyuan_construction_site_five_problems_forum_noise": dict(
        excerpt=False,
        genre="a Discuz forum copy of a city 住建 曝光 of one building site: headline with '5大问题', lead '发现存在以下问题:', "
              "'1.'…'5.' lines each with an anti-scraping noise string glued on (item 4 has one in front), closing order; "
              "whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市住房城乡建设局、市城管局", "天立凤凰唐城1号地块项目"), headline=head(5),
        problems=[_p(i, t, deadline="限期2日内完成整改") for i, t in enumerate(GUANGYUAN, 1)],
        anomalies=["(NEW) The forum's anti-scraping noise ('w2 q& ~( F1 ]: ?# a8 c- Q', and before item 4 \"' c) L' k; X7 K' a: "
                   "m\") is not part of the statements: dropped from the titles, kept in the text (R2); final '。' dropped.",
                   "The first line is a forum/news headline: title null (R34, C7); its '5大问题' counts the five printed "
                   "problems → problems_total 5. Category null (lead '发现存在以下问题:', C13).",
                   "(NEW) '下发了责令改正通知书限期2日内完成整改' is the one time limit for all five (R106) → each deadline; the 约谈 "
                   "and the 立案 are the regulators' acts: measures 0, status null.",
                   "'9月13日' has no year: no dates; '(来源:广元建设)' is a source: issuer null (R38)."]),
    "henglan_statistics_fraud_four_aspects_traditional_cut": dict(
        excerpt=True,
        genre="a news portal's traditional-character report of a 国家统计局 统计执法检查 of a town: a summary lead, '存在以下四方面"
              "問題:' then '一、<heading>。<paragraph>' ×4 on one line each, the sanctions; cut in the closing paragraph",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("國家統計局統計執法檢查室", "廣東中山市橫欄鎮"), headline=head(),
        problems=henglan_problems(TEXT["henglan_statistics_fraud_four_aspects_traditional_cut"]),
        anomalies=["Traditional copy: problem titles simplified (R91), document fields as printed; '一、<heading>。<paragraph>' "
                   "runs the heading into its detail on one line: the whole line is the title (R88, C9 SETTLED s15), final "
                   "'。' dropped.",
                   "The lead '通報稱,…存在A、B、C、D等問題' is a summary of the same four: not problems (R19). Category null "
                   "(lead '存在以下四方面問題:', C13).",
                   "'四方面' counts aspects and 249/73/38/19/71 count firms: no headline figure (R68).",
                   "'6月14日' prints no year (2013 only in the url): report_date null (R60); news without a title line."]),
    "yinchuan_fire_exposure_city_cards_numbers_lost": dict(
        excerpt=False,
        genre="a WeChat-style provincial 消防 曝光 (copied to a forum): lead with its numbers lost, then per city a card "
              "'火灾隐患单位曝光 / 隐患单位:X / 存在隐患:1、…;2、… / 整改措施:责令限期整改'; credits; whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(),
        problems=[_p(None, t, c, [u]) for c, u, t in YINCHUAN],
        anomalies=["(NEW) One problem per 曝光 card (R10), its inline '1、…;2、…' findings kept in the title as printed "
                   "(R11, blind16 vcity '(1)…;(2)…'), seq null; category the city heading above the card (R82), not the "
                   "banner '火灾隐患单位曝光' repeated on every card (a card label); the '隐患单位:' field is the unit (R102, "
                   "blind17 lingao).",
                   "(NEW) '整改措施:责令限期整改' is the regulator's order under a measure label: measure_count 0 (R72/R98, "
                   "blind28 food); '限期' has no date: deadline null.",
                   "The lead's numbers are lost in the copy ('出动个检查组', '共检查单位家', '发现火灾隐患处', '当场整改处'): no "
                   "figure (R68 masked counts).",
                   "'5月28日至6月4日' has no year: no dates; '全区各级消防' is generic: inspector null (R48); '来源:宁夏消防' "
                   "is a source (R38); chrome ('隐患\\n单位', credits, '分享+赞+在看') kept."]),
    "ningxia_fire_checks_five_bodies_clauses": dict(
        excerpt=False,
        genre="a newspaper item on a week of provincial 消防 checks: headline, source/time line, a lead with the figures, "
              "then five '<body>,<faults>,<order>' ';' clauses in one paragraph; keywords and menu; whole page",
        kind=None, title=None, issuer=None, report_date="2022-02-28",
        inspection=ins(None, None, "2022-02-21", "2022-02-25"), headline=head(609, 534),
        problems=[_p(None, b + "," + f, units=[b]) for b, f in NINGXIA],
        anomalies=["(NEW) One problem per body (R12, blind17 lingao): each ';' clause titled from the body's name to its "
                   "last fault; the trailing order ('责令限期整改' / '临时查封') is the regulator's act and is dropped (R92); "
                   "the body is the unit; measures 0, status null.",
                   "'发现火灾隐患609处,当场整改534处' → problems_total 609, problems_done 534 (C3 hazards found by a check; R71 "
                   "a check's 当场整改); '567家' and '123个检查组' are bodies/groups: no figure.",
                   "The headline '存在消防安全隐患 这些单位被限期整改或临时查封' is news: title null (C7); '时间:2022-02-28' → "
                   "report_date; '2月21日至25日' takes 2022 from it (R58) → start/end; inspector null ('全区各级消防', R48)."]),
    "yangling_major_fire_hazard_check_and_recheck_lists": dict(
        excerpt=False,
        genre="a district portal's 消防 曝光 of one building: a check found a 重大火灾隐患 '存在:1、…;4、…' inline, an "
              "整改通知书 with a time limit, then at a recheck '还存在:1、…;3、…' inline; whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("杨凌新区消防大队", "杨凌建设大厦", "2019-01-21", "2019-01-21"), headline=head(),
        problems=[_p(i, t, units=["杨凌建设大厦"], deadline="2019年7月21日前改正完毕") for i, t in enumerate(YANGLING_1, 1)]
        + [_p(i, t, units=["杨凌建设大厦"], status="in_progress") for i, t in enumerate(YANGLING_2, 1)],
        anomalies=["(NEW) Two inline numbered lists of one building: the check's '1、'…'4、' and the recheck's '还存在:1、'…'3、': "
                   "seven problems in text order, numbering restarting at 1 (R75); the recheck's list restates two of the "
                   "first and adds one ('五楼仅有一部安全疏散楼梯'), labelled as printed.",
                   "The recheck's three are status in_progress ('还存在' at 2019-07-03 = not rectified, R93); the first four "
                   "null. The 整改通知书's '2019年7月21日前改正完毕' is the deadline of the first four (R106), stated before "
                   "the recheck's list.",
                   "Item 4 '消防控制室按要求设置值班人员' lacks its '未' (typo; the recheck prints '未按要求'): kept as printed.",
                   "The building got the 整改通知书: unit (lingao); one-day check → start = end 2019-01-21; no title, no page "
                   "date ('截止2019年7月3日' is the recheck): report_date null; measures 0."]),
    "bank_selfcheck_report_inline_yishi_qiyi_cut": dict(
        excerpt=True,
        genre="a doc-sharing site's preview of a bank's 自查报告及整改措施 (page captions, download chrome, '文档简介'): one "
              "paragraph with the self-check's scope, then '在公司信贷业务方面,发现3类突出问题:一是…;二是…;三是…。' and "
              "'个人零售业务…:其一,…'; cut inside 其一",
        kind="plan", title="银行自查报告及整改措施", issuer=None, report_date=None,
        inspection=ins(None, None, "2023-09-01", "2023-10-15"), headline=head(),
        problems=[_p(q, t) for q, t in BANK],
        anomalies=["(NEW) Problems run inline in one paragraph: '一是…;二是…;三是…。' then '其一,…': each item titled whole to "
                   "its ';'/'。' (R88/C9: the heading '贷前调查不深入' runs into its detail), seq null for 一是 (lnst) and 1 for "
                   "其一 (R76); the inline lead-ins '在公司信贷业务方面,发现3类突出问题:' and '个人零售业务主要问题集中在…环节:' are "
                   "not headings: category null (C13).",
                   "Cut inside 其一 at '7份系统': labelled as far as it goes (R25).",
                   "A document of problems and 整改措施 (its name): kind plan (R28); the file name is the title (R35); '我行' is "
                   "unnamed: issuer, inspector, inspected null (R48); the self-check ran '2023年9月1日至10月15日' → start/end.",
                   "'3类' counts kinds and 8/12/56 count bodies: no headline figure (R68); page captions '_第N页' and download "
                   "chrome kept (R2)."]),
    "primary_school_safety_selfcheck_four_requests": dict(
        excerpt=False,
        genre="a 范文 site's copy of a primary school's 安全隐患 自查报告: card heading, a lead with a masked document number "
              "'泉丰教[]16号', then '1、'…'4、' hazards, some ending in a request for support; whole page",
        kind=None, title="小学校园安全隐患的自查报告", issuer=None, report_date=None,
        inspection=ins(), headline=head(),
        problems=[_p(i, t) for i, t in enumerate(PRIMARY, 1)],
        anomalies=["(NEW) Hazards that end in a request to the superior ('请上级主管部门关心支持,尽早拨款建设', '请支持') are titled "
                   "whole (R88): the request is part of the printed item, not a measure (measure_count 0).",
                   "Self-check results (R9/R67): kind null (R29, no rectification reported); the 范文 card heading is the title "
                   "(R35); '我校' unnamed: issuer, inspector, inspected null (R48); no date.",
                   "Category null (lead '学校检查到…隐患:', C13); item 2's stray quote ('我校的\'服务范围') and the masked "
                   "'泉丰教[]16号' kept as printed."]),
    "school_safety_selfcheck_dash_bullet_headings": dict(
        excerpt=False,
        genre="a Q&A site's answer laid out as a school 安全隐患 自查 report: a topic line, '一、'…'三、' category headings, each "
              "item a '-' line, a heading line and a description line; closing suggestion; whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(),
        problems=[_p(None, t, c) for c, t in DASH],
        anomalies=["(NEW) Items are '-' bullets on their own line followed by a heading line and a description line: one "
                   "problem per bullet, titled by the heading (R88: heading on its own line), seq null (R78 bullets); "
                   "category the '一、'…'三、' heading (R79).",
                   "The first line '校园设施、消防、交通需加强' is a topic line, not a document title: title null (R34); no body, "
                   "no date; kind null (self-check results, R29).",
                   "'需维修或更换', '需完善…制度', '需加强司机培训' inside the descriptions are needs, not measures; the closing "
                   "'建议立即整改上述问题' is general: measure_count 0 (R98)."]),
}

EXPECTED = {"dxtja_supervisor_monthly_report_three_problems_cut": 3,
            "guangyuan_construction_site_five_problems_forum_noise": 5,
            "henglan_statistics_fraud_four_aspects_traditional_cut": 4,
            "yinchuan_fire_exposure_city_cards_numbers_lost": 3, "ningxia_fire_checks_five_bodies_clauses": 5,
            "yangling_major_fire_hazard_check_and_recheck_lists": 7,
            "bank_selfcheck_report_inline_yishi_qiyi_cut": 4, "primary_school_safety_selfcheck_four_requests": 4,
            "school_safety_selfcheck_dash_bullet_headings": 7}


def recount(stem: str, text: str) -> int:
    """Second count, from the text itself."""
    if stem.startswith("dxtja"):
        part = text[text.index("三、存在问题"):text.index("四、整改意见")]
        return len(re.findall(r"^\s*\d、", part, re.M))
    if stem.startswith("guangyuan"):
        return len(re.findall(r"\d\.[\u4e00-\u9fff]", text))
    if stem.startswith("henglan"):
        return len(re.findall(r"^[一二三四五六七八九]、", text, re.M))
    if stem.startswith("yinchuan"):
        return text.count("存在隐患:")
    if stem.startswith("ningxia"):
        para = re.search(r"当场整改534处。\n\n(.*?)。\(记者", text, re.S).group(1)
        return para.count(";") + 1
    if stem.startswith("yangling"):
        return len(re.findall(r"\d、", text))
    if stem.startswith("bank"):
        body = text[text.index("文档简介"):]
        return len(re.findall(r"[一二三四五六七八九]是", body)) + len(re.findall(r"其[一二三四五六七八九],", body))
    if stem.startswith("primary"):
        return len(re.findall(r"^\d、", text, re.M))
    if stem.startswith("school"):
        return len(re.findall(r"^-$", text, re.M))
    raise KeyError(stem)


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    if not stem.startswith("henglan"):  # henglan's titles are simplified from a traditional text
        check_problems(stem, d["problems"], text, category_in=text, units_in=text, deadline_in=text)
    check_title_issuer(stem, d, text)
    insp = d["inspection"]
    check_names(stem, insp, text)
    for k in ("problems_total", "problems_done"):
        v = d["headline"][k]
        assert v is None or str(v) in text, (stem, k)


def main() -> None:
    assert set(DOCS) == set(URLS)
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=42, urls=URLS)


if __name__ == "__main__":
    main()
