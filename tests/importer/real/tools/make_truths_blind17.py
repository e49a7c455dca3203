"""Write the texts and truth files of tests/importer/real/blind17: a held-out batch of real pages that HOLD PROBLEMS,
labelled in session 16 by helper label20, who did not change the parser and did not read zhenggai/importer/ or
tests/importer/*.py. Scored once on the worktree's untouched parser (FIRST_RUN_blind17.txt) before anything else
changed; whoever changes the parser for it must say so and keep that first run as the honest one. Labelled at the same
time as snippets18 (label18) and blind16 (label19); no page is in either (their folders and tools were checked).

Schema and conventions as make_truths.py, make_truths_blind9.py … make_truths_blind15.py and make_truths_snippets17.py
(head/ins/prob from make_truths). The texts are the stored excerpts the search tool's ``pages`` corpus returned, copied
as returned (JSON strings pasted into TEXTS below and decoded, so every character is the store's: a table pasted one
cell per line, a page copy that starts at item '2、', a 文库 site's '.docxVIP' header and '•' bullets, portal chrome,
a forum's 'archiver' footer, a site footer cut mid-word). ``excerpt`` is true for the four pages cut by the store
(suizhou, wuan 8月, hospital template, construction notice) and false for the four whose copy reaches the page's
footer or last line. No url is in an earlier truth: every "url" under /work/main/tests/importer and /work/shared/corpus
and every url quoted in /work/main/tests/importer/real/tools/*.py was collected (722 keys with label18's snippets18 and
label19's tools; host+path+query, scheme, 'www.' and a trailing '/' dropped, lower case) and each new page's key was
checked against them.

Queries (``pages`` corpus; 40 in all, none in an earlier make_truths_*.py list): 巡察反馈问题整改落实情况 表 序号 问题
整改措施 完成情况 已整改 卫生院; 审计发现问题 整改台账 序号 问题内容 整改措施 整改责任人 整改时限 整改结果; 环保督察 交办件
办理情况 公开 受理编号 交办问题 调查核实情况 整改措施 已办结; 医院 检查发现问题 整改报告 一、 二、 存在问题 整改措施 责任科室
完成时间; 整改情况公示 反馈问题 整改措施 整改结果 已完成整改 第1项 第2项 村委会 巡察; 食品安全 检查 发现问题清单 序号 单位名称
存在问题 整改要求 整改期限; 关于审计发现问题整改情况的函 具体整改情况 (一) 该问题已完成整改 一是 二是; 消防安全检查 通报
检查中发现的问题 1. 2. 3. 责令限期整改 幼儿园 学校; 群众信访举报转办和边督边改公开情况一览表 序号 受理编号 交办问题基本情况
行政区域 污染类型 调查核实情况 是否属实 处理和整改情况; 巡察组反馈 发现的主要问题 一是 二是 三是 整改情况 已整改 党支部 公告栏;
安全隐患排查整改清单 隐患描述 整改措施 责任单位 整改时限 整改状态 已整改 未整改; 督查发现问题整改情况反馈表 问题 整改情况 已整改
镇人民政府 督查组 交办; 整改销号 公示 问题名称 整改责任单位 整改完成情况 公示时间 异议 村级; 医保基金 专项检查 发现问题 通报 医院
违规收费 问题清单 退回 整改; 河长制 暗访 发现问题 交办 清单 河道 垃圾 整改时限 责任乡镇; 巡察反馈意见整改情况 问题:整改情况:
已整改到位 村 2023年; 责令整改通知书 经检查 你单位存在下列问题 1. 2. 3. 限于 年 月 日前 整改完毕; 教育督导 反馈意见 学校 存在问题
整改建议 督导组 办学行为 一、 二、; 飞行检查 发现的主要问题 一是 二是 三是 公告 整改 定点; 村级巡察整改 公示栏 反馈问题 条 整改措施
整改结果 序号 已完成 村党支部 2022年; 省委巡视组反馈意见整改落实情况 县委 关于 的问题 整改情况 已完成 持续推进; 燃气安全 检查
发现隐患 通报 餐饮 单位 存在 问题 整改 停业; 信访举报件 办理情况 核查情况 经核查 反映问题属实 整改情况 已整改 问责情况 无;
巡察反饋問題 整改情況 公示 已整改 問題 黨支部 整改措施; 卫生院 自查 整改报告 存在的问题 1. 2. 3. 整改措施 公共卫生; 审计整改结果公告
审计发现的主要问题及整改情况 (一) (二) 已整改 资金 万元 乡镇; 幼儿园 检查 存在问题 整改 反馈 1、 2、 3、 4、 卫生保健 安全 园所;
环境问题 曝光 督办 企业 存在 问题 责令 整改到位 县区 生态环境局 通报 典型问题; 整改落实情况对照表 反馈问题 整改措施 完成时限 责任人
完成情况 已完成 长期坚持; 农村人居环境整治 督查通报 存在问题 村 垃圾乱堆 污水 限期整改 第 期; 巡察整改进展情况 公布 反馈问题 个 已完成
具体问题整改 1. 2. 3. 学校党委 2024; 督查组 暗访 发现 问题 在 村 存在 路边 垃圾 柴草 乱堆乱放 通报 乡镇 整改; 食堂 检查 发现问题 通报
学校 后厨 留样 台账 不规范 责令整改 名单; 关于巡察反馈问题整改情况的报告 社区 问题一 整改情况 问题二 整改情况 已整改; 经济责任审计
发现问题 整改报告 针对 问题 已 整改 局 审计组 一、 二、 三、; 市场监管 双随机 抽查 结果 公示 检查发现问题 单位名称 问题 处理结果
责令改正; 建筑工地 安全 检查 通报 存在问题 项目 1. 2. 3. 限期整改 监理单位 施工单位; 问题整改清单 公示 序号 问题 整改措施 责任人
完成时限 整改情况 已整改 学校 党支部; 民主生活会 查摆问题 整改落实情况 通报 班子 问题 条 已完成 整改措施 项; 水利 工程 质量 检查
发现问题 通报 问题清单 项目法人 整改 一般问题 较重问题. (40 searches; every one is listed.)
As earlier labellers found, the 巡察/巡视/审计 pages the store returns are nearly all labelled already (姜南社区, 120个村
(traditional), 区委办 一是…三是, 沫河口镇, 南宁 审计函, 瑞金/江西 审计整改报告, 国家医保 飞检公告, 危房督查 … were all known);
the new problem-holding pages are checks: a canteen check table, rural-habitat 暗访 notices (two from one city's portal, one
forum repost, one news page), a fire-check 曝光 of three kindergartens, a construction-safety check notice, a hospital
rectification-report template (文库). No kind-1 attachment list, no one-task 公示 and no new traditional copy was found.

Kinds (issue 10): a check table pasted one cell per line, problems numbered 1.–5. inside one cell per inspected unit
(suizhou_canteen_joint_check_problem_table); numbered 'N、<村>,<finding>;' lists after '逐村通报如下:' / '通报如下:'
(wuan_rural_env_unannounced_notice_by_village, wuan_rural_env_notice_four_supervised); unnumbered one-line findings
(dongping_jiuxian_habitat_exposure_six); one sentence per inspected body inside one paragraph
(lingao_three_kindergartens_fire_exposure); one paragraph per village visited, the last without a problem
(wugang_habitat_unannounced_five_villages); 2 (problems under (一)/(二) categories after a lead, a 范文's first section:
hospital_rectification_report_template_2025); a copy that starts at item '2、' of a problem list
(construction_safety_check_notice_cut_p1).

Problems: 71 (28+18+4+6+3+4+5+3), counted by hand and recounted in main() (numbered items by regex where printed).
Measures were counted twice: once by reading each problem's text, once by looking for an answering entry (整改措施,
整改情况, an action reported done) under or after it; none of the 71 has one in the copy: every measure_count is 0 (the
canteen table's '整改完成时限' cell is a number of days, not a measure; a 责令改正通知书 handed over is the inspector's act).

Judgement calls (NEW where marked; each is also in the truth's anomalies):
- (NEW) a check table whose 问题清单 cell holds '1.…2.…' for each inspected unit: one problem per numbered item, seq as
  printed (restarting per unit), titled by the item (final '。' dropped), the 被抽查单位 cell the responsible unit (the body
  that rectifies, as blind14's canteen cell); the 整改完成时限 cell '15' (days) gives no deadline; the per-row 发现问题个数
  with no total gives no headline (a total is not summed). The one-day 抽查时间 '2024.10.9' on every row → start and end
  2024-10-09; the title drops the portal's '【年度统计报告】' column tag; '编辑:随州市教育局' is the portal's editor line, no
  issuer.
- (NEW) 'N、<village>,<finding>;' items: titled by the whole item (place and finding; final ';'/'。' dropped), no unit (no body
  is charged with a given item); an item cut before its finding ('19、康二城镇永和村,村东庙西路') is not labelled (blind15's
  cut-row rule). '45个村存在…各类问题' counts villages: no figure. A two-day 暗访 '8月22日、23日' takes the page date's year.
- (NEW) '其他9个受检村…存在…等12个问题' → problems_total 12 (found by the check, snippets16/17's rule), although only the 4
  督办 problems are listed (the list is a subset); the 回访 of '10月17日' problems ('5个按时…整改到位') is a recheck: not read.
- (NEW) unnumbered one-line findings after '检查发现,' each one problem (seq null), titled by the sentence (the lead-in
  '检查发现,' and the final '。' dropped); '提醒旧县乡和有关村居…抓紧整改治理' names the township charged: unit '旧县乡' on each
  (as blind15's 督导通知单 rule).
- (NEW) a 曝光 paragraph naming three bodies, each '<body>存在A;B;…等消防隐患/问题': one problem per body (not per hazard:
  the sentence is the statement, as jieyang's '(1)' item with two findings), titled from the body's name to '…等消防隐患'
  / '…等问题'; the body is the unit (each received a 责令限期改正通知书).
- (NEW) a 暗访 story with one paragraph per village: one problem per village with a finding, titled by the finding after
  '发现'/'看到' (the time and place lead-in dropped); the village where '整治情况比较彻底' is not a problem; '据村民介绍,…'
  is hearsay after the finding, not part of the title. '2月16日' (no year, no page date in the copy) gives no date.
- a 范文 rectification report: file name '2025年医院的整改报告范文' is the title, kind bulletin (blind10/14 范文 reports);
  '2026-01-11 发布于四川' is the page date → report_date; items '1.门诊候诊时间过长:…' run into their description after ':'
  keep the whole statement (SETTLED); '(一)医疗服务流程效率不足' is the category; '五类核心问题' are categories, not
  problems: no figure; '3.设备与用' is cut before any statement: not labelled. (session 17: now labelled as far as the copy goes, with wuan's cut item 19, as
  blind12/16/18 label a last item cut inside its heading: 73 problems.)
- a copy that starts at '2、' keeps the printed numbers 2, 3, 4; each item's first sentence is run into its description on
  the same line: the whole item is the title (SETTLED); '16个工程项目' are bodies: no figure; the table after 三、 is cut in
  its first row.
"""
import json
import re
from pathlib import Path

from make_truths import check_problems, check_title_issuer, head, ins, prob, write_labelled_set

HERE = Path(__file__).resolve().parent.parent / "blind17"

TEXTS = {
    'suizhou_canteen_joint_check_problem_table': r'''"当前位置:首页 > 发布解读 > 政府信息公开 > 法定主动公开内容 > 其他主动公开内容 > 双随机一公开\n【年度统计报告】市教育后勤服务中心校园食品安全联合监督抽查发现问题汇总表 发布日期:2024-12-03 15:43 信息来源: 编辑:随州市教育局 审核: 教育局 字号:[ ]\n\n\n抽查时间\n\n被抽查单位\n\n发现问题个数\n\n问题清单\n\n整改完成时限\n\n备注\n\n2024.10.9\n\n长岭镇中心\n\n5\n\n1.厨房抽油烟机窗户较脏。\n\n2.未按要求放置脚踏带盖垃圾桶。\n\n3.“三防”设施不到位:有两处洞口未堵。\n\n4.食堂灭蝇灯数量不够。\n\n5.食品留样数量不够。\n\n15\n\n\n2024.10.9\n\n广水市长岭镇红太阳幼儿园\n\n4\n\n1.天花板墙面有霉菌。\n\n2.地漏洞口未封闭,无挡鼠板。\n\n3.刀板未粘贴标签。\n\n4.库房物品杂乱、异味较重,无监控。\n\n15\n\n\n2024.10.9\n\n广水市长岭镇平林中小学\n\n4\n\n1.天花板有霉菌。\n\n2.切菜刀板未实行色标管理。\n\n3.垃圾桶未套袋。\n\n4.“三防”设施未到位:有一处洞口网纱间隙过大\n\n15\n\n\n2024.10.9\n\n长岭镇苗幼儿园\n\n4\n\n1.天花板墙面霉菌严重。\n\n2.刀板未实行色标管理。\n\n3.“三防”设施未到位:有一处洞口未堵。\n\n4.主副食库不规范。\n\n15\n\n\n2024.10.9\n\n广水市长岭镇果果幼儿园\n\n4\n\n1.厨房卫生不整洁、天花板有霉菌、蜘蛛网。\n\n2.垃圾桶脏、未盖、未套垃圾袋。\n\n3.“三防”设施未到位:厨房无挡鼠板。\n\n4.库房杂乱无监控。\n\n15\n\n\n2024.10.9\n\n长岭镇平林初级中学\n\n3\n\n1.垃圾桶未套袋。\n\n2.未实行色标管理。\n\n3.“三防”设施未到位:盖板间隙过大。\n\n15\n\n\n2024.10.9\n\n长岭镇中心幼儿园\n\n2\n\n1.“三防”设施未到位:厨房房顶两个洞口、地漏一个洞口未堵。\n\n2.厨房无监控,食品留样无监控。\n\n15\n\n\n2024.10.9\n\n长岭镇港昌小学\n\n4\n\n1.厨房环境卫生打扫不彻底。\n\n2.“三防”设施未到位:厨房有两处洞口未堵"''',
    'wuan_rural_env_unannounced_notice_by_village': r'''"8月22-23日农村环境综合整治暗访通报\n\n2014-08-26 09:13:20  人气:\n\n    8月22日、23日,市提升办分四组,采取不打招呼、直接进村的方式,对农村环境综合整治工作进行了巡查暗访。四个巡查组共检查了12个乡镇60个村的农村环境综合整治工作。60个受检村中,15个村没有发现问题;45个村存在垃圾乱堆乱倒、街道清扫不到位、垃圾未清理、垃圾池垃圾外溢等各类问题,根据《关于农村环境综合整治的责任追究办法》规定,现将督办问题逐村通报如下:\n\n   1、北安乐乡北安乐村,村北砖厂路东边垃圾未清理;\n\n   2、邑城镇赵店村,学校往北200米成堆垃圾未清理;\n\n   3、邑城镇北常顺村,天主教堂门口成堆垃圾未清理;\n\n   4、冶陶镇固镇村,东进村口有一处垃圾;\n\n   5、马家庄乡没梁殿村,路北马棚后河沟有两处生活垃圾;\n\n   6、马家庄乡山根村,学校堰下有生活垃圾乱倾倒;\n\n   7、上团城乡崇义二街,村东北角有一处垃圾;\n\n   8、上团城乡崇义三街,小区东北角有一处垃圾;\n\n   9、上团城乡崇义一街,村委北边两棵榆树下有一处垃圾;\n\n   10、西寺庄乡小汪村,老槐树西50米小槐树下有一处垃圾;\n\n   11、西寺庄乡东高壁村,村西路边线杆下有一处垃圾;\n\n   12、管陶乡小冶陶村,桥西头桥下成堆垃圾未清理;\n\n   13、阳邑镇龙务村,北旱池往西60米路北车库旁成堆垃圾未清理;\n\n   14、康二城镇洞上村,进村口垃圾乱堆乱倒气味难闻;\n\n   15、康二城镇洞上村,洞上-永和出村口路东垃圾乱堆放未处理;\n\n   16、康二城镇洞上村,洞上-永和出村口路西垃圾成片堆放;\n\n   17、康二城镇洞上村,村中广场变压器垃圾池旁大量垃圾散乱堆放;\n\n   18、康二城镇永和村,进村口东西街西头往北拐弯处生活垃圾乱堆放;\n\n   19、康二城镇永和村,村东庙西路"''',
    'wuan_rural_env_notice_four_supervised': r'''"农村环境综合整治通报\n\n2014-10-22 09:06:46  人气:\n\n    10月20日,市提升办继续分四组,对农村环境综合整治工作巡查暗访和回访。三个巡查组共暗访了6个乡镇30个村,21个村未发现垃圾乱堆乱倒问题,其他9个受检村不同程存在保洁工作不落实、垃圾乱堆乱倒、积存垃圾不清理、垃圾池外有垃圾等12个问题;另外一个组回访了10月17日检查发现的2个乡镇5个村的6个问题,5个按时、按要求整改到位,1个问题处理不到位。\n\n    按照《农村环境综合整治的责任追究办法》,市提升办根据13个问题严重程度,9个通报交办,4个下达《武安市农村面貌改造提升行动(基层建设年活动)督办卡》,并罚款1000元、扣乡镇1分。\n\n    现重点将督办的问题乡村通报如下:\n\n    1、徘徊镇夏庄村,537储备库门口成堆垃圾未清理;\n\n    2、徘徊镇河峪村,进村口牌坊根垃圾池外垃圾乱倾倒;\n\n    3、上团城乡崇义三街,玉带桥南头垃圾一处;\n\n    4、上团城乡崇义四街,6号垃圾池外有垃圾。\n\nggg武安信息港\n\n返回武安头条\n精彩推荐"''',
    'dongping_jiuxian_habitat_exposure_six': r'''"生活编辑 发表于 2020-10-20 08:36\n\n咋回事?东平这些地方被曝光...\n\n东平县人居环境整治推进办公室近日对旧县乡农村人居环境整治工作开展暗访检查。\n\n检查发现,旧县二村村委西路边有生活垃圾。\n\n北吉城村村委东河道内漂浮垃圾。\n\n大吉城一村村东沟渠内随意倾倒垃圾,路边有焚烧的柴草。\n\n屯村铺村村西北有生活垃圾。\n\n王古店五村、四村交汇处桥下积存蒜皮和生活垃圾。\n\n王古店二村村西桥下沟渠内堆放柴草、积存生活垃圾。\n现对以上问题公开曝光,提醒旧县乡和有关村居对照标准要求抓紧整改治理。\n\n页: [1]\n查看完整版本: 咋回事?东平这些地方被曝光..."''',
    'lingao_three_kindergartens_fire_exposure': r'''"核心提示:\n占用疏散通道设置教学用具、消防设施未保持完好有效、违规设置影响疏散逃生和救援的防盗网……日前,临高县消防救援大队在开展“双随机”系统消防安全大检查中发现了部分场所存在消防安全违法行为,现对相关单位场所进行曝光。\n检查期间,消防监督人员发现临高县澜江幼儿园存在教学楼西北侧一层安全出口处疏散指示灯故障;教学楼二、三层走道内设置绿植占用疏散通道;火灾自动报警系统有1处故障点位未及时消除;厨房未使用感温型火灾自动报警探测器,导致系统经常误报;楼顶试验消火栓、四层室内消火栓管网无消防用水等消防隐患。临高县临城城南幼儿园存在违规在教学楼窗户和走廊设置防盗网;水泵房管网阀门未悬挂常开常闭标识牌等消防隐患。临高县县直机关幼儿园存在教学楼东侧一、二层疏散指示标志、应急照明未保持完好有效;二层和水泵房疏散通道被儿童座椅、儿童手工作品、玩具等物品占用;未制定消防安全制度和灭火应急预案,未明确承担灭火和组织疏散任务的人员等问题。\n针对检查发现的问题,消防监督人员当场下发《责令限期改正通知书》,并对3家幼儿园消防安全负责人进行安全教育,要求高度重视消防安全工作,落实消防安全主体责任,做到“安全自查、隐患自除”,切实把火灾防控工作做实、做细、做好,严防火灾事故发生。\n免责说明: 文章由网友分享发布,如有侵权,请联系本网站进行删除。\n温馨提示: 所有内容资料仅供点评与参考。网友言论仅代表其个人观点,不代表本站同意其说法,请谨慎参阅,本站不承担由此引起的法律责任。\nCopyright © 2021-2025 www.aoyou0898.com. All Rights Reserved\n唯我遨游1版权所有,未经授权禁止转载、摘编、复制或建立镜像,如有违反,将追究其法"''',
    'wugang_habitat_unannounced_five_villages': r'''"2月16日,市农村人居环境集中整治行动工作专班暗访组暗访了舞钢市的部分村庄。\n下午2时许,暗访组来到杨庄乡吴庄村,发现村内道路旁普遍存在杂物随意堆积现象,生活垃圾和废弃农作物秸秆随处可见;西侧沟渠边有粪污堆积,沟渠内有大量生活垃圾,散发出难闻气味。\n随后暗访组来到杨庄乡院尧村,看到村庄旁边的河道内遍布生活垃圾、废弃家具,其中一段有大量建筑垃圾,占据河沟三分之二的空间;村内道路旁有多处杂物堆放。据村民介绍,清扫人员只打扫道路,其余位置垃圾均未清理。\n下午3时30分,暗访组来到杨庄乡政府所在地褚庄村,发现村内杂物堆放情况较为普遍。\n下午4时许,在尹集镇尹集村,暗访组发现,村内道路旁普遍存在堆放杂物现象,多处村民家墙下有建筑垃圾堆积;村内西南角堆放有生活垃圾,周边有多处粪污;村中一沟渠内也有垃圾。\n下午5时,暗访组在尹集镇谢古洞村看到,这里的整治情况比较彻底,村民家门前干净整洁,村内两处空地被整理成文化休闲广场,广场上种了绿树、建了长亭。\n我市农村人居环境整治问题举报电话:0375-2692177,邮箱:nb2692177@163.com,接受群众举报。(记者田秀忠)\n标签: 平顶山"''',
    'hospital_rectification_report_template_2025': r'''"2025年医院的整改报告范文.docxVIP\n\n  • 0\n  • 0\n  • 约5.93千字\n  • 约 13页\n  • 2026-01-11 发布于四川\n  • 举报\n\n2025年医院的整改报告范文\n\n一、整改问题梳理与分析\n\n根据2024年度国家卫生健康委医疗质量安全巡查、省级医院等级评审反馈意见及本院年度患者满意度调查(有效样本量12,867份)、医护人员内部问卷(有效样本量2,134份)等多维度数据,经院党委会、院长办公会专题研讨,梳理出以下五类核心问题:\n\n(一)医疗服务流程效率不足\n\n1.门诊候诊时间过长:普通门诊平均候诊时间42分钟(国家三级医院推荐标准≤30分钟),其中消化内科、心血管内科等热门科室峰值时段候诊超60分钟;检查检验集中预约率仅58%(目标≥85%),患者需往返3-4个窗口完成缴费、预约、检查,CT/MRI检查平均等待周期7.2天(目标≤5天)。\n\n2.急诊急救协同短板:急诊与临床科室会诊响应时间平均18分钟(国家要求≤10分钟),120转运患者与院内急救衔接存在信息断层,2024年Q3统计显示,因信息未同步导致的重复检查率达11%。\n\n3.出入院流程繁琐:患者出院结算平均耗时27分钟(目标≤15分钟),其中医保患者因材料审核问题耗时最长达45分钟;日间手术患者术前准备环节需跨3个科室完成评估,流程断点多。\n\n(二)医疗质量安全隐患待消除\n\n1.病历书写规范性不足:2024年病历质控系统抽查10,235份病历,甲级病历率89.3%(目标≥95%),主要问题为术后首次病程记录延迟(占缺陷病历32%)、危急值处置记录不完整(占21%)、非执业医师单独书写病历(占15%)。\n\n2.高风险操作管理薄弱:2024年I类切口手术部位感染率0.8%(高于省级平均0.5%),其中骨科、普外科为高发科室;手术安全核查执行率96.7%(目标100%),3例未严格执行核查的案例中,2例因器械护士与麻醉医师沟通疏漏导致器械清点延迟。\n\n3.设备与用"''',
    'construction_safety_check_notice_cut_p1': r'''"2、部分施工单位安全生产责任制未落到实处。项目经理存在不在岗的现象,部分专职安全员对建筑施工安全标准、规范知识掌握不足,对脚手架、高大模板、起重机械等重大危险源的监控不够,对存在的安全隐患跟踪处理不及时。\n3、部分施工现场监理人员缺乏安全专业技术知识,发现不了施工现场存在的安全隐患,日常安全检查质量不高,有的所开具的安全监理通知整改回复单没有复查记录;对于贯彻执行工程建设强制性标准以及有关法律、法规的监督力度不足。部分监理单位监理取费过低,难以保证正常投入,人员配备不能满足工程需要。\n4、部分施工现场实体防护不到位。作业层未设置防护,首层硬防护不严密,安全通道搭设宽度不够,临边洞口、施工电梯通道防护不严密,高层临边未设置踢脚板。电梯井口防护门高度不够,未设置踢脚板,井内水平防护不严密。脚手架搭设不规范,连墙件数量不足,偏离主节点,仅拉结了内排架,未与建筑物形成刚性连接,剪刀撑未蹬地、搭接长度不够,开口架未设置横向斜撑。部分塔吊使用螺纹钢自制吊环;部分龙门吊的限位器、限重器损坏;施工电梯滚轮磨损严重,间隙较大。临时施工用电设置不规范,未按三级配电两级保护的TN-S系统设置、保护零线不到位、部分机具未设置专用开关箱、电线乱拉乱接等。\n三、受检工程项目及处理意见\n对在本次检查中发现问题较多的16个工程项目,均由当地建设行政主管部门进行了行政处罚,其中对6个工程项目下达了《暂停施工通知书》,对10个工程项目下达了《责令限期改正通知书》,要求其立即整改,在规定时限内消除安全隐患,保证施工安全。现将问题较多工程项目及处理意见通报如下:\n序号\n| 工程项目名称\n| 处理意见\n|\n1\n| 彭州市东湖花园三期工"''',
}

CT = "长岭镇中心"
RHT = "广水市长岭镇红太阳幼儿园"
PL = "广水市长岭镇平林中小学"
MIAO = "长岭镇苗幼儿园"
GG = "广水市长岭镇果果幼儿园"
PLC = "长岭镇平林初级中学"
ZXY = "长岭镇中心幼儿园"
GC = "长岭镇港昌小学"
SF = "“三防”设施"


def _p(seq, title, unit=None, **kw):
    return prob(seq, title, measures=0, units=[unit] if unit else [], **kw)


SUIZHOU = [(CT, ["厨房抽油烟机窗户较脏", "未按要求放置脚踏带盖垃圾桶", SF + "不到位:有两处洞口未堵", "食堂灭蝇灯数量不够",
                 "食品留样数量不够"]),
           (RHT, ["天花板墙面有霉菌", "地漏洞口未封闭,无挡鼠板", "刀板未粘贴标签", "库房物品杂乱、异味较重,无监控"]),
           (PL, ["天花板有霉菌", "切菜刀板未实行色标管理", "垃圾桶未套袋", SF + "未到位:有一处洞口网纱间隙过大"]),
           (MIAO, ["天花板墙面霉菌严重", "刀板未实行色标管理", SF + "未到位:有一处洞口未堵", "主副食库不规范"]),
           (GG, ["厨房卫生不整洁、天花板有霉菌、蜘蛛网", "垃圾桶脏、未盖、未套垃圾袋", SF + "未到位:厨房无挡鼠板", "库房杂乱无监控"]),
           (PLC, ["垃圾桶未套袋", "未实行色标管理", SF + "未到位:盖板间隙过大"]),
           (ZXY, [SF + "未到位:厨房房顶两个洞口、地漏一个洞口未堵", "厨房无监控,食品留样无监控"]),
           (GC, ["厨房环境卫生打扫不彻底", SF + "未到位:厨房有两处洞口未堵"])]

WUAN1 = ["北安乐乡北安乐村,村北砖厂路东边垃圾未清理", "邑城镇赵店村,学校往北200米成堆垃圾未清理",
         "邑城镇北常顺村,天主教堂门口成堆垃圾未清理", "冶陶镇固镇村,东进村口有一处垃圾",
         "马家庄乡没梁殿村,路北马棚后河沟有两处生活垃圾", "马家庄乡山根村,学校堰下有生活垃圾乱倾倒",
         "上团城乡崇义二街,村东北角有一处垃圾", "上团城乡崇义三街,小区东北角有一处垃圾",
         "上团城乡崇义一街,村委北边两棵榆树下有一处垃圾", "西寺庄乡小汪村,老槐树西50米小槐树下有一处垃圾",
         "西寺庄乡东高壁村,村西路边线杆下有一处垃圾", "管陶乡小冶陶村,桥西头桥下成堆垃圾未清理",
         "阳邑镇龙务村,北旱池往西60米路北车库旁成堆垃圾未清理", "康二城镇洞上村,进村口垃圾乱堆乱倒气味难闻",
         "康二城镇洞上村,洞上-永和出村口路东垃圾乱堆放未处理", "康二城镇洞上村,洞上-永和出村口路西垃圾成片堆放",
         "康二城镇洞上村,村中广场变压器垃圾池旁大量垃圾散乱堆放", "康二城镇永和村,进村口东西街西头往北拐弯处生活垃圾乱堆放"]

WUAN2 = ["徘徊镇夏庄村,537储备库门口成堆垃圾未清理", "徘徊镇河峪村,进村口牌坊根垃圾池外垃圾乱倾倒",
         "上团城乡崇义三街,玉带桥南头垃圾一处", "上团城乡崇义四街,6号垃圾池外有垃圾"]

DONGPING = ["旧县二村村委西路边有生活垃圾", "北吉城村村委东河道内漂浮垃圾", "大吉城一村村东沟渠内随意倾倒垃圾,路边有焚烧的柴草",
            "屯村铺村村西北有生活垃圾", "王古店五村、四村交汇处桥下积存蒜皮和生活垃圾", "王古店二村村西桥下沟渠内堆放柴草、积存生活垃圾"]

LINGAO = [("临高县澜江幼儿园", "临高县澜江幼儿园存在教学楼西北侧一层安全出口处疏散指示灯故障;教学楼二、三层走道内设置绿植占用疏散通道;"
                         "火灾自动报警系统有1处故障点位未及时消除;厨房未使用感温型火灾自动报警探测器,导致系统经常误报;楼顶试验消火栓、"
                         "四层室内消火栓管网无消防用水等消防隐患"),
          ("临高县临城城南幼儿园", "临高县临城城南幼儿园存在违规在教学楼窗户和走廊设置防盗网;水泵房管网阀门未悬挂常开常闭标识牌等消防隐患"),
          ("临高县县直机关幼儿园", "临高县县直机关幼儿园存在教学楼东侧一、二层疏散指示标志、应急照明未保持完好有效;二层和水泵房疏散通道被儿童"
                           "座椅、儿童手工作品、玩具等物品占用;未制定消防安全制度和灭火应急预案,未明确承担灭火和组织疏散任务的人员等问题")]

WUGANG = ["村内道路旁普遍存在杂物随意堆积现象,生活垃圾和废弃农作物秸秆随处可见;西侧沟渠边有粪污堆积,沟渠内有大量生活垃圾,散发出难闻气味",
          "村庄旁边的河道内遍布生活垃圾、废弃家具,其中一段有大量建筑垃圾,占据河沟三分之二的空间;村内道路旁有多处杂物堆放",
          "村内杂物堆放情况较为普遍",
          "村内道路旁普遍存在堆放杂物现象,多处村民家墙下有建筑垃圾堆积;村内西南角堆放有生活垃圾,周边有多处粪污;村中一沟渠内也有垃圾"]

H1 = "医疗服务流程效率不足"
H2 = "医疗质量安全隐患待消除"
HOSPITAL = [(1, H1, "门诊候诊时间过长:普通门诊平均候诊时间42分钟(国家三级医院推荐标准≤30分钟),其中消化内科、心血管内科等热门科室峰值时段"
                    "候诊超60分钟;检查检验集中预约率仅58%(目标≥85%),患者需往返3-4个窗口完成缴费、预约、检查,CT/MRI检查平均等待周期"
                    "7.2天(目标≤5天)"),
            (2, H1, "急诊急救协同短板:急诊与临床科室会诊响应时间平均18分钟(国家要求≤10分钟),120转运患者与院内急救衔接存在信息断层,"
                    "2024年Q3统计显示,因信息未同步导致的重复检查率达11%"),
            (3, H1, "出入院流程繁琐:患者出院结算平均耗时27分钟(目标≤15分钟),其中医保患者因材料审核问题耗时最长达45分钟;日间手术患者"
                    "术前准备环节需跨3个科室完成评估,流程断点多"),
            (1, H2, "病历书写规范性不足:2024年病历质控系统抽查10,235份病历,甲级病历率89.3%(目标≥95%),主要问题为术后首次病程记录延迟"
                    "(占缺陷病历32%)、危急值处置记录不完整(占21%)、非执业医师单独书写病历(占15%)"),
            (2, H2, "高风险操作管理薄弱:2024年I类切口手术部位感染率0.8%(高于省级平均0.5%),其中骨科、普外科为高发科室;手术安全核查"
                    "执行率96.7%(目标100%),3例未严格执行核查的案例中,2例因器械护士与麻醉医师沟通疏漏导致器械清点延迟")]

CONSTRUCTION = [(2, "部分施工单位安全生产责任制未落到实处。项目经理存在不在岗的现象,部分专职安全员对建筑施工安全标准、规范知识掌握不足,"
                    "对脚手架、高大模板、起重机械等重大危险源的监控不够,对存在的安全隐患跟踪处理不及时"),
                (3, "部分施工现场监理人员缺乏安全专业技术知识,发现不了施工现场存在的安全隐患,日常安全检查质量不高,有的所开具的安全监理"
                    "通知整改回复单没有复查记录;对于贯彻执行工程建设强制性标准以及有关法律、法规的监督力度不足。部分监理单位监理取费过低,"
                    "难以保证正常投入,人员配备不能满足工程需要"),
                (4, "部分施工现场实体防护不到位。作业层未设置防护,首层硬防护不严密,安全通道搭设宽度不够,临边洞口、施工电梯通道防护不严密,"
                    "高层临边未设置踢脚板。电梯井口防护门高度不够,未设置踢脚板,井内水平防护不严密。脚手架搭设不规范,连墙件数量不足,"
                    "偏离主节点,仅拉结了内排架,未与建筑物形成刚性连接,剪刀撑未蹬地、搭接长度不够,开口架未设置横向斜撑。部分塔吊使用"
                    "螺纹钢自制吊环;部分龙门吊的限位器、限重器损坏;施工电梯滚轮磨损严重,间隙较大。临时施工用电设置不规范,未按三级配电"
                    "两级保护的TN-S系统设置、保护零线不到位、部分机具未设置专用开关箱、电线乱拉乱接等")]

DOCS = {
    "suizhou_canteen_joint_check_problem_table": dict(
        url="http://jyj.suizhou.gov.cn/fbjd_22/zwgk/xxgkml/qtzdgknr/ssjygk/202412/t20241203_1280634.shtml", excerpt=True,
        genre="a city education bureau's 校园食品安全联合监督抽查 summary table (抽查时间 | 被抽查单位 | 发现问题个数 | 问题清单 | "
              "整改完成时限 | 备注) pasted one cell per line, problems numbered 1.–5. inside the 问题清单 cell; cut in row 8",
        kind=None, title="市教育后勤服务中心校园食品安全联合监督抽查发现问题汇总表", issuer=None, report_date="2024-12-03",
        inspection=ins("市教育后勤服务中心", None, "2024-10-09", "2024-10-09"), headline=head(),
        problems=[_p(i, t, unit) for unit, items in SUIZHOU for i, t in enumerate(items, 1)],
        anomalies=["Portal page: '发布日期:2024-12-03 15:43' → report_date; '编辑:随州市教育局 审核: 教育局' is the portal's "
                   "editor line (no issuer); the title drops the column tag '【年度统计报告】'. A check's results: title set, kind null.",
                   "(NEW) One problem per numbered item of each 问题清单 cell (seq restarts per unit, as printed), titled by the item "
                   "(final '。' dropped), the 被抽查单位 cell the responsible unit; measures 0, status null; the 整改完成时限 cell "
                   "'15' (days) gives no deadline.",
                   "(NEW) '发现问题个数' per row (5,4,4,4,4,3,2,4) with no total: no headline (a total is not summed).",
                   "Every row's 抽查时间 '2024.10.9' → a one-day check, start and end 2024-10-09 (snippets16).",
                   "Cut in row 8 (长岭镇港昌小学, 4 problems announced) after item 2: items 1 and 2 labelled as printed, 3 and 4 "
                   "are not in the copy. 28 problems labelled."]),
    "wuan_rural_env_unannounced_notice_by_village": dict(
        url="https://m.wuan888.com/news/wanews/20141021/4577.html", excerpt=True,
        genre="a city 提升办's 农村环境综合整治暗访通报 on a local portal: 'N、<乡镇村>,<finding>;' items after '逐村通报如下:'; "
              "cut inside item 19",
        kind=None, title="8月22-23日农村环境综合整治暗访通报", issuer=None, report_date="2014-08-26",
        inspection=ins("市提升办", None, "2014-08-22", "2014-08-23"), headline=head(),
        # session 17: the cut item 19 is labelled as far as the copy goes (schema: one entry per problem heading; as
        # blind12/16/18 label their cut last items)
        problems=[_p(i, t) for i, t in enumerate(WUAN1 + ["康二城镇永和村,村东庙西路"], 1)],
        anomalies=["'2014-08-26 09:13:20  人气:' is the page date → report_date; '8月22日、23日' takes its year → 2014-08-22 to "
                   "2014-08-23. A 暗访 results notice: title set, kind null; the 市提升办 is the inspector (unsigned: no issuer).",
                   "(NEW) 'N、<village>,<finding>;' items titled whole (place and finding; final ';' dropped), seq as printed; no "
                   "unit (no body is charged with an item); measures 0, status null.",
                   "'12个乡镇60个村', '15个村没有发现问题', '45个村存在…各类问题' count villages: no headline figure.",
                   "(NEW) Item 19 '康二城镇永和村,村东庙西路' is cut before its finding: not labelled (blind15's cut-row rule). "
                   "18 problems.",
                   "session 17: item 19 is labelled as far as the copy goes ('康二城镇永和村,村东庙西路'), as blind12's eight_rules, "
                   "blind16's dongshan/jiaozuo/vcity and blind18's jieshou label a last item cut inside its heading (schema: one "
                   "entry per problem heading): 19 problems."]),
    "wuan_rural_env_notice_four_supervised": dict(
        url="http://m.wuan888.com/news/wanews/20141027/4645.html", excerpt=False,
        genre="the same portal's next 农村环境综合整治通报: figures of a 暗访 and a 回访, then four 'N、<乡镇村>,<finding>;' 督办 "
              "items; whole page to its portal links",
        kind=None, title="农村环境综合整治通报", issuer=None, report_date="2014-10-22",
        inspection=ins("市提升办", None, "2014-10-20", "2014-10-20"), headline=head(pt=12),
        problems=[_p(i, t) for i, t in enumerate(WUAN2, 1)],
        anomalies=["'2014-10-22 09:06:46' page date → report_date; the 暗访 '10月20日' (year from the page date) → start and "
                   "end 2014-10-20.",
                   "(NEW) '其他9个受检村…存在…等12个问题' → problems_total 12 (found by the check); the listed 4 '重点…督办的问题' "
                   "are a subset; '13个问题' adds the recheck's unsolved one; the 回访 of the '10月17日' problems ('5个按时、按"
                   "要求整改到位,1个问题处理不到位') is a recheck of earlier problems: not read (no problems_done).",
                   "Items titled whole (final ';'/'。' dropped); no unit; measures 0 (a 督办卡 and a fine are sanctions)."]),
    "dongping_jiuxian_habitat_exposure_six": dict(
        url="https://www.dongpingren.com/archiver/tid-570066.html", excerpt=False,
        genre="a local forum's archiver copy of a county 人居环境 暗访 曝光: six unnumbered one-line findings after '检查发现,'; "
              "whole page",
        kind=None, title=None, issuer=None, report_date="2020-10-20",
        inspection=ins("东平县人居环境整治推进办公室", "旧县乡"), headline=head(),
        problems=[_p(None, t, "旧县乡") for t in DONGPING],
        anomalies=["Forum archiver page: '生活编辑 发表于 2020-10-20 08:36' → report_date; '咋回事?东平这些地方被曝光...' is a "
                   "news headline (title null). '近日' gives no date.",
                   "(NEW) Six unnumbered findings, one per line: seq null, titled by the sentence (lead-in '检查发现,' and final "
                   "'。' dropped).",
                   "(NEW) '提醒旧县乡和有关村居对照标准要求抓紧整改治理' names the township charged with rectifying: unit '旧县乡' "
                   "on each (blind15's 督导通知单 rule); measures 0, status null."]),
    "lingao_three_kindergartens_fire_exposure": dict(
        url="http://aoyou0898.com/news/show/51006", excerpt=False,
        genre="a content site's copy of a county fire brigade's 曝光 of three kindergartens: one sentence per body "
              "'<幼儿园>存在A;B;…等消防隐患' in one paragraph; whole page to its footer (cut in the footer's last word)",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("临高县消防救援大队"), headline=head(),
        problems=[_p(None, t, u) for u, t in LINGAO],
        anomalies=["No title line and no date ('日前'): title, report_date and dates null; '核心提示:' lead kept as returned.",
                   "(NEW) One problem per kindergarten (not per hazard): '<body>存在A;B;…等消防隐患' is one statement, titled from "
                   "the body's name to '…等消防隐患'/'…等问题'; seq null; the body is the unit (each got a 责令限期改正通知书).",
                   "'3家幼儿园' are bodies: no figure; measures 0 (a notice handed over and safety education are the "
                   "inspector's acts), status null."]),
    "wugang_habitat_unannounced_five_villages": dict(
        url="https://henan.china.com/news/dsxy/2022/0218/2530250213.html", excerpt=False,
        genre="a news page on a city 专班's 暗访 of five villages: one paragraph per village, four with findings, the fifth "
              "praised; whole page to its tag line",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市农村人居环境集中整治行动工作专班暗访组", "舞钢市"), headline=head(),
        problems=[_p(None, t) for t in WUGANG],
        anomalies=["No page date in the copy (the url's 2022/0218 is not read) and '2月16日' has no year: no dates; no "
                   "title line (title null).",
                   "(NEW) One problem per village with a finding, titled by the finding after '发现'/'看到' (the time and place "
                   "lead-in dropped, final '。' dropped); '据村民介绍,…' is hearsay, not in the title; 谢古洞村 "
                   "('整治情况比较彻底') is not a problem. seq null, no unit, measures 0, status null."]),
    "hospital_rectification_report_template_2025": dict(
        url="https://max.book118.com/html/2026/0110/6205120233012043.shtm", excerpt=True,
        genre="2 a 文库 copy of a hospital 整改报告 范文: '一、整改问题梳理与分析' with a lead, then (一)/(二) categories over "
              "1.–3. problems run into their description after ':'; cut in (二)3.",
        kind="bulletin", title="2025年医院的整改报告范文", issuer=None, report_date="2026-01-11",
        inspection=ins(), headline=head(),
        problems=[_p(s, t, category=c) for s, c, t in HOSPITAL + [(3, H2, "设备与用")]],  # session 17: the cut item
        anomalies=["文库 page: '2025年医院的整改报告范文.docxVIP' file name and the same heading give the title; '2026-01-11 "
                   "发布于四川' is the page date → report_date (no signature). A 整改报告: kind bulletin (blind10/14 范文 reports).",
                   "'梳理出以下五类核心问题' counts categories: no figure. The 2024 巡查/评审 sources have no dates: inspection empty.",
                   "Items '1.门诊候诊时间过长:…' keep the whole statement (SETTLED: heading run into its description after ':'); "
                   "category the (一)/(二) heading without its number; seq restarts per category as printed; measures 0 (the "
                   "copy ends before any 整改措施), status null.",
                   "'3.设备与用' is cut before any statement: not labelled. 5 problems.",
                   "session 17: '3.设备与用' is labelled as far as the copy goes (seq 3 under (二), measures 0), as the other "
                   "sets label a last item cut inside its heading (schema: one entry per problem heading): 6 problems."]),
    "construction_safety_check_notice_cut_p1": dict(
        url="http://fsou.com/html/text/lar/171001/17100182_1.html", excerpt=True,
        genre="a text site's page 1 of a construction-safety check 通报 whose copy starts at problem '2、' (no title, no lead, "
              "no section heading), then '三、受检工程项目及处理意见' and a '|' table cut in row 1",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(),
        problems=[_p(s, t) for s, t in CONSTRUCTION],
        anomalies=["The copy starts at item '2、': item 1 and the section heading are not in the copy; seq 2, 3, 4 as printed, "
                   "category null.",
                   "Each item's first sentence ('部分施工单位安全生产责任制未落到实处。') runs into its description on the same "
                   "line: the whole item is the title (final '。' dropped). No unit (the 施工/监理单位 are not named), measures 0, "
                   "status null.",
                   "'16个工程项目', '6个', '10个' are projects: no figure; the 彭州 project in the cut table is not the issuer: "
                   "no doc fields, no dates."]),
}

EXPECTED = {"suizhou_canteen_joint_check_problem_table": 28, "wuan_rural_env_unannounced_notice_by_village": 19,
            "wuan_rural_env_notice_four_supervised": 4, "dongping_jiuxian_habitat_exposure_six": 6,
            "lingao_three_kindergartens_fire_exposure": 3, "wugang_habitat_unannounced_five_villages": 4,
            "hospital_rectification_report_template_2025": 6, "construction_safety_check_notice_cut_p1": 3}


def recount(stem: str, text: str) -> int:
    """Second count, from the text itself."""
    if stem == "suizhou_canteen_joint_check_problem_table":
        return len(re.findall(r"^\d\.\S", text, re.M))
    if stem == "wuan_rural_env_unannounced_notice_by_village":  # (session 17: with the cut last item, no final ';')
        return len(re.findall(r"^\s*\d+、\S+,\S+[;。]$", text, re.M)) + len(re.findall(r"\n\s*\d+、\S+,\S+$", text))
    if stem.startswith("wuan_"):
        return len(re.findall(r"^\s*\d+、\S+,\S+[;。]$", text, re.M))
    if stem == "dongping_jiuxian_habitat_exposure_six":
        return len(re.findall(r"(?:村|处)\S*(?:垃圾|柴草)。$", text, re.M))
    if stem == "lingao_three_kindergartens_fire_exposure":
        return len(re.findall(r"幼儿园存在", text))
    if stem == "wugang_habitat_unannounced_five_villages":
        return len(re.findall(r"(?:发现|看到),?村", text))
    if stem == "hospital_rectification_report_template_2025":
        return len(re.findall(r"^\d\.[^:\n]+:", text, re.M)) + len(re.findall(r"\n\d\.[^:\n]+$", text))  # (+ the cut item)
    if stem == "construction_safety_check_notice_cut_p1":
        return len(re.findall(r"^\d、部分", text, re.M))
    raise KeyError(stem)


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    # every title, category and unit is in the text as written
    check_problems(stem, d["problems"], text, category_in=text, units_in=text)
    check_title_issuer(stem, d, text)


def main() -> None:
    write_labelled_set(HERE, DOCS, {k: json.loads(v) for k, v in TEXTS.items()}, check_one, expected=EXPECTED,
                       recount=recount, total=73)  # session 17: 71 + the two cut last items


if __name__ == "__main__":
    main()
