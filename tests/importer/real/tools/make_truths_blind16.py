"""Write the texts and truth files of tests/importer/real/blind16: a held-out batch of real pages that HOLD PROBLEMS,
labelled in session 16 by helper label19, who did not change the parser and did not read zhenggai/importer/ or
tests/importer/*.py. Scored once on the worktree's untouched parser (FIRST_RUN_blind16.txt) before anything else
changed; whoever changes the parser for it must say so and keep that first run as the honest one. Labelled at the same
time as label18's snippets18; no page is in both (label18's folder was checked before finalising).

Schema and conventions as make_truths.py and make_truths_blind9.py … make_truths_blind15.py (head/ins/prob from
make_truths). The texts are the stored excerpts the search tool's ``pages`` corpus returned, copied as returned
(gambling-spam names pasted over a county's name and a contractor's name, a news page printed with ' , ' spacing and
its headline twice, a doc-site header, a '(5)' misprinted '5.'); this script writes each <stem>.txt from TEXTS and its
<stem>.truth.json. ``excerpt`` is true for the four pages cut inside their list (vcity, county_civilized, jiaozuo,
dongshan) and false for the five whose stored copy ends where the page's content ends (beihai, wuhu, sanshan, maguan,
xianning). No url is in an
earlier truth: every "url" under /work/main/tests/importer and /work/shared/corpus and every url quoted in
/work/main/tests/importer/real/tools/*.py was collected (680 keys: host+path+query, lower case, scheme, 'www.' and a
trailing '/' dropped) and each new page's key was checked against them; seven pages the queries returned were known
(datian.gov.cn's 校园食堂 table, czx24.com's 东丽 第7项 公示, m.ilynn.cn's 南宁 audit letter, tdq.siping.gov.cn's 序号十,
95008.net's school self-check, bpxww.com's 创城 督查, tlqh.gov.cn's 回头看 通报).

Queries (``pages`` corpus; 32 in all, none in an earlier make_truths_*.py list): 河长制 暗访 发现问题 清单 整改 通报 河道
垃圾; 学校食堂 食品安全 专项检查 发现问题 通报 整改 后厨; 环保督察 整改任务 验收销号 公示 整改完成情况 第 项; 农村人居环境整治
暗访 问题清单 村 乱堆乱放 限期整改; 校园食品安全 整治成果公布 学校食堂 具体问题 整改情况; 督察反馈问题 验收销号 公示 附表
整改任务落实情况 区; 专项审计调查发现问题整改情况的函 具体整改情况 该问题已完成整改; 消防安全检查 发现火灾隐患 清单 序号
隐患内容 整改期限 责任单位; 医院 院感 质控 督查 反馈 存在问题 整改 科室 通报; 文明城市 测评 问题点位 整改情况 交办 督办
通报 街道; 信访件 办理情况 公开 交办问题 调查核实情况 处理和整改情况 属实; 督查通报 存在问题 小区 乱停乱放 责任单位 整改到位
社区 第 期; 安全隐患排查 检查情况通报 发现问题如下 企业 限期整改 复查; 整改情况说明 针对 反馈 问题 已整改 整改前 整改后 照片;
審計發現問題 整改情況 公告 已整改 金額 萬元 問題一; 督导检查 反馈问题清单 1. 2. 3. 整改责任人 整改时限 乡镇 卫生院;
关于 问题整改情况的报告 问题一 整改措施 整改结果 已整改完成 幼儿园; 整改销号 公示 问题描述 整改措施 整改完成时间 单位 特此公示
点位; 暗访督查 发现问题 通报 1.某某 2. 存在 未 立即整改 并将整改情况 报送; 突出生态环境问题 公开曝光 点位名称 存在问题
整改期限 主管单位; 督察反馈问题 整改完成 公示 整改任务 整改目标 整改措施 完成情况 特此公示 县; 物业小区 专项检查 问题清单
小区名称 存在问题 整改情况 已整改 物业公司; 卫生监督 双随机 检查结果公示 单位名称 存在问题 处理结果 责令整改; 巡河 发现问题
交办单 问题描述 责任河长 整改时限 整改结果; 创卫 督查 通报 存在问题 一、 农贸市场 病媒生物 责任单位 限期整改; 七城创建 督查 曝光
整改责任单位 整改时限; 曝光台 脏乱差 问题 整改责任单位 整改时限 前 市场; 城市管理 督查 问题交办 清单 序号 问题地点 问题描述 责任单位
完成时限; 食品安全 飞行检查 发现问题 通报 企业 1. 2. 3. 责令整改 整改报告; 教育局 督导 学校 反馈 存在问题 整改建议 校园安全 检查
通报 学校名称; 督学 督导意见书 学校存在的问题 整改建议 责任督学; 巩卫 督查 发现问题 主体责任 监督责任 曝光.
(32 searches; every one is listed above.) The 创城/创文 督查 vein and
the 生态环境局 曝光 vein and a school's 督导意见书 gave the new pages; the audit, 公示 and school veins returned known pages.

Nine pages, 40 problems (6+4+5+1+1+3+12+5+3). Kinds (issue 10): a 督查通报 with problems numbered under a town heading, cut in
the sixth (vcity_civilized_city_ducha_ninth_issue_cut); a weekly 督查通报 whose problem points sit under status headings
'整改较好的点位' / '整改未落实的点位' with '(责任单位:…)' (county_civilized_city_weekly_ducha_points_cut); a news
exposure with one unnumbered problem per paragraph, each naming its responsible unit in prose
(beihai_chuangcheng_exposure_five_units); two one-problem 曝光 cards with bracketed field labels (class 3:
wuhu_ecology_exposure_road_dust_one, sanshan_ecology_exposure_site_cover_two_spam); a 测评 通报 inside a 印发 通知 whose
'主要问题表现有:' list is cut in its third item (jiaozuo_mock_evaluation_main_problems_cut); a 创城 曝光 flattened to
one line, seven groups of findings with numbering restarting at 1. and a unit and deadline per group
(maguan_seven_cities_ducha_exposure_groups); a paper's '●' box with '(主体责任:…,监督责任:…)' after each finding
(xianning_chuangwei_bullets_two_duties); a 责任督学 督导意见书 whose problems 1.–3. follow praise, item 2 run onto item 1's
line, cut in item 3 (dongshan_school_supervisor_opinion_cut).

Measures were counted twice, once by reading and once by the regex recount in main() (numbered actions '一是', '1、',
'(1)' inside an answering part): every problem has 0. No page says what was done for a problem beyond a status
('已按时整改到位'); the 曝光 cards' '【整改要求】' are demands (blind10/blind13: 整改要求 → 0); '(1)…(2)…' inside a 创城 item
are findings, not measures.
Problems were counted twice: by reading, and by a regex per page in main() (numbered items under the problem heading;
'(责任单位:' points before '本周督查情况'; '负责'/'责任单位' sentences; '【存在问题】' cards; '^\\d、' items; groups closed by '责任单位:… 整改时限:…' counted by their numbered items or 1; '●'; '\\d.' items).

Judgement calls (NEW where marked; each is also in the truth's anomalies):
- (NEW) a 创城 督查通报 item '3.丽景花园二期:(1)…;(2)…;(3)…' is ONE problem (the place), titled by the whole item after
  '3.' (final '。' dropped): the heading '(一)鹿城镇(14个)' counts 14 for a town whose first five items already hold 13
  findings, so the count is of items; '5.…;(4)…;5.小区内无健身设施。' is item 5's misprinted '(5)', not a new item; the
  category is the heading without '(一)' ('鹿城镇(14个)'); item 6 is cut at '(6)保' and labelled as far as it goes
  (blind14's cut item 15). '共发现并通过实地督查云平台交办问题57个,截至10月10日整改问题28个' → headline 57/28. The
  period '2022年9月26-30日' → 2022-09-26 to 2022-09-30. Title set, kind null (snippets16's 督查情况通报 rule); no
  signature: issuer and report date null ('时间:' is empty).
- (NEW) points under '整改较好的点位' (3, '…等问题已按时整改到位') are done; the one under '整改未落实的点位' ('…等问题仍未
  整改到位', no number) is in_progress (open, as blind10's '未整改到位'); the status heading is the category (corpus
  README: a category can be a status section); each point is titled by its text after the label '<place>(责任单位:…):'
  (blind15's settled call for labelled points), the units from '(责任单位:…)' split on '、'. The points are what 前期省调查队暗访
  found: inspector '省调查队', no dates ('2022年4月份第3周' is a week). The '工作亮点' list is praise, not problems.
- (NEW) a news exposure where each paragraph names one place's findings and '该项整治由市住建局负责' / '责任单位是市人社局' /
  '其责任单位为海城区政府' / '应由市交警支队负责整治' / '由北海工业园管委会负责的' gives one problem per paragraph, unnumbered
  (seq null), titled by the findings as printed (the page's ' , ' spacing kept), the named body as responsible unit; the
  '回头看' paragraph on 泰盛花园 ('之前指出的问题该小区已整治完成') states no problem: not labelled. The headline is a news
  headline: title null; '7月6日' has no year: no dates; inspector '市创城办督查组'.
- (NEW) a 生态环境局 曝光 card ('【1月21日 问题一】 【点位名称】… 【主管单位】… 【存在问题】… 【整改要求】… 【整改期限】…') is one
  problem: seq from 问题一/问题二, titled by 【存在问题】's text, the deadline the 【整改期限】/【整改期时限】 value as written
  ('立行立改', '3月16日前整改完毕'), the responsible unit the body asked to act ('请市城管局开展现场调查' = 【主管单位】;
  '请三山区开展现场调查': the contractor's name is overwritten by spam), 0 measures, status null; '我局' names no inspector;
  days without a year give no date.
- (NEW) a 模拟测评 通报's '主要问题表现有:' items '1、基础设施方面:<findings>' are titled by their heading ('基础设施方面'), as
  blind10/12/14 title '1、環境污染。<description>'; category '主要问题' (blind15's '主要问题如下:'); item 3 is cut after its
  heading. 78 测评点 and 328 standards are not problems (no headline). Title: the 通知's title line joined over its breaks;
  kind null (a 测评 通报, not a rectification); the header '焦作市四城联创指挥部' is not a signature: issuer null; '7月中下旬'
  gives no date; the commissioned '焦作调查队' is the inspector.
- (NEW) findings numbered '1.' '2.' inside groups that each end '整改责任单位:X 整改时限:Y' (the places' names were
  pictures and are lost) are one problem each, seq as printed (restarting), X and Y for every finding of the group; a
  group with one unnumbered finding is one problem with seq null (maguan, 12).
- (NEW) '(主体责任:X,监督责任:Y)' after a '●' finding: X (who rectifies) is the responsible unit; Y supervises.
- (NEW) a 督导意见书's '学校存在的问题:' items titled whole ('…,需要进行更换' kept); '2.' on item 1's line is its own item;
  '督导时间:2018823' (年/月/日 lost) read as 2018-08-23 with the page's '发表日期:2018/8/23' (report date, no signature);
  the 责任督学 is the inspector, the '被督导学校' the inspected.
"""
import re
from pathlib import Path

from make_truths import check_problems, head, ins, prob, write_labelled_set

HERE = Path(__file__).resolve().parent.parent / "blind16"

TEXTS = {}
TEXTS["vcity_civilized_city_ducha_ninth_issue_cut"] = """SUCAI198.COM —— 专注党建行政公文写作范文

市创建全国文明城市工作指挥部办公室关于全国文明城市建设工作督查通报

admin 分享 时间: 加入收藏 共计2314个字,预计阅读时长8分钟。

V市创建全国文明城市工作指挥部办公室关于全国文明城市建设工作督查通报(2022年·第9期)

州级各主责部门,V高新区,各乡(镇),市属各部门:

为常态化推进V市全国文明城市建设工作,根据《全国县级文明城市测评体系操作手册》(2022年版)实地考察部分要求,以督导检查压实责任,以问题交办促进整改,以通报问责推动工作,确保V市全国文明城市建设工作规范达标、巩固提升,现将2022年9月26-30日督查情况通报如下:

一、督查情况

本次督查主要针对29个社区、20个农贸市场、17所学校、5个商场超市、4所医院、3个交通场站、2个商业综合体周边的小区及背街小巷,共计320个点位开展,共发现并通过实地督查云平台交办问题57个,截至10月10日整改问题28个,未整改问题29个。

二、存在问题

(一)鹿城镇(14个)

1.格林天城一号门外农业银行旁大门公益广告褪色破损。

2.百水巷桃源湖口的龙泉路税务小区:住户乱拉广告横幅乱粘贴小广告。

3.丽景花园二期:(1)小区内车辆乱停乱放;(2)小区内杂物、废弃物乱堆乱放;(3)无15分钟生活圈提示牌。

4.信义花园:(1)小区垃圾桶未盖、桶壁脏污,垃圾满溢;(2)小区内车辆乱停乱放;(3)小区内有飞线现象。

5.市人民商场住宿区:(1)小区绿化带黄土裸露;(2)楼道口地面破损;(3)小区内车辆乱停乱放;(4)小区内乱拉线晾晒物品;5.小区内无健身设施。

6.西客运站住宿区:(1)小区内杂物乱堆乱放;(2)小区内无15分钟生活圈提示牌、公益性广告少;(3)小区内车辆乱停乱放;(4)小区内有多个卫生死角、卫生差;(5)在地面乱晾乱晒物品;(6)保"""
TEXTS["county_civilized_city_weekly_ducha_points_cut"] = """专题报道
365bet中文资讯网_365游戏中心正式版_365bet资讯端创建全国文明城市实地测评4月份第3周督查通报
编者按
根据365bet中文资讯网_365游戏中心正式版_365bet资讯端创建全国文明城市指挥部工作安排,从 4 月份开始,县创文办实地督查组对城区各网格片区进行实地督查,对各点位文明创建开展常态化督查,挖掘亮点、查找不足,每周对督查情况进行通报。现将 4 月份第三周督查情况通报如下,请各片区、各责任单位认真对照通报情况,学习先进经验和做法,整改存在问题,并举一反三,全面提升文明创建工作水平。
创建全国文明城市实地测评督查通报
(2022年4月份第3周)
前期省调查队暗访问题整改情况
整改较好的点位
1、联盛快乐城(责任单位:县商务局):前期通报该点位存在没有明确的行业规范;没有发现明确的诚信建设公益广告等问题已按时整改到位。
2、西海燕码头(责任单位:县文广新旅局):前期通报该点位存在无文明引导员;无行业规范;未标注明确消防区域;母婴室墙面污损 1 处等问题已按时整改到位。
3、365bet中文资讯网_365游戏中心正式版_365bet资讯端人民医院(责任单位:县人民医院、县卫健委):前期通报该片区存在医院 1 米线磨损 ,引导母婴室指示标识不明显等问题已按时整改到位。
整改未落实的点位
365bet中文资讯网_365游戏中心正式版_365bet资讯端客运中心(责任单位:交通局):大门消防区域磨损;志愿者服务站未明确服务内容,无景观小品、无公益广告等问题仍未整改到位。
本周督查情况
工作亮点
1、西海首府小区(责任单位:西海社区、第十片区):西海社区主动与片区成员单位、物业公司联系,组织社区工作人员、片区单位、学雷锋志愿者以及小区居民,开展各项文明实践活动,共同美化辖区环境卫生,合力推进"""
TEXTS["beihai_chuangcheng_exposure_five_units"] = """中年|【创城曝光台】部分道路和小区垃圾未及时清理 车辆随意停放


【中年|【创城曝光台】部分道路和小区垃圾未及时清理 车辆随意停放】
【创城曝光台】
7月6日 , 市创城办督查组对我市部分道路及长安金苑、华声小区、泰盛花园等“三无小区”按照创城点位标准进行督查及“回头看” , 要求相关责任单位对出现的问题进行及时整改 。
督查发现 , 北部湾1号2期在建工地围挡广告有肮脏、破损、脱落的现象 , 该项整治由市住建局负责 。
由北海工业园管委会负责的“三无小区”长安金苑内 , 督查组发现小区内未划分停车位 , 车辆随意停放 , 私拉电线情况严重 , 垃圾乱扔、杂物乱堆 , 楼道里停放电动车和堆放杂物、小广告未清理干净等问题突出 。
华声小区的责任单位是市人社局 , 该小区的垃圾桶无分类标识 , 公益广告出现顺序错误及错别字 , 同时存在私拉电线、杂物乱堆、垃圾未及时清理的情况 。
在广东路和重庆路交汇处附近 , 有垃圾堆放、未及时清理的情况 , 其责任单位为海城区政府 。
京泰路上 , 车辆随意停放阻挡盲道 , 应由市交警支队负责整治 。
在对由市综合行政执法局负责的泰盛花园进行“回头看”时 , 督查组发现之前指出的问题该小区已整治完成 , 现在的泰盛花园干净整洁、车辆有序停放、手绘公益广告新颖有趣 。
采访人员:李晴 宋承隆

中年|【创城曝光台】部分道路和小区垃圾未及时清理 车辆随意停放
本文插图


    推荐阅读"""
TEXTS["wuhu_ecology_exposure_road_dust_one"] = """为了深入打好污染防治攻坚战,应对当前污染防治的严峻形势,我局对突出生态环境问题进行公开曝光。希望被曝光单位牢固树立“以人民为中心”的发展理念,自觉扛起主体责任,明确职责,确保整改到位。对于不能完成整改的,我局将在出具相关资质审查、资信证明以及奖惩兑现时,予以应用。
【1月21日 问题一】
【点位名称】中江大道-三环路路段道路积尘
【所属区域】弋江区
【位置】中江大道至三环路沿线路段(定位处)
【主管单位】市城管局
【存在问题】
此路段道路积尘严重,车过尘起。
【整改要求】
道路常态化做好保洁工作,尤其对于积尘严重路段加大冲洗频次,保持路面干净清洁,无浮土无积尘。
【整改期限】立行立改
请市城管局开展现场调查,并将处理情况在群里报告。@市城管局 何凡"""
TEXTS["sanshan_ecology_exposure_site_cover_two_spam"] = """为了深入打好污染防治攻坚战,应对当前污染防治的严峻形势,我局对突出生态环境问题进行公开曝光。希望被曝光单位牢固树立“以人民为中心”的发展理念,自觉扛起主体责任,明确职责,确保整改到位。对于不能完成整改的,我局将在出具相关资质审查、资信证明以及奖惩兑现时,予以应用。
【3月15日 问题二】
【点位名称】三山经济开发区焦湾路(莲花湖路-五华山路)建设工程
【问题所在区域】三山区
【施工单位】约彩365官方下载安装_office365无法打开word_office365打不开三山金路项目管理有限公司
【位置】莲花湖路与春洲路交口附近(定位处)
【存在问题】工地未严格落实渣土堆放百分百覆盖要求,场内裸露场地、渣土未完全采用防尘网覆盖。
【整改期时限】3月16日前整改完毕
【整改要求】工地严格落实渣土堆放百分百覆盖要求,对于不连续施工的裸露场地、渣土及时采用防尘网苫盖完全。
请三山区开展现场调查,并将处理情况在群里报告。"""
TEXTS["jiaozuo_mock_evaluation_main_problems_cut"] = """焦作市四城联创指挥部
关于印发《焦作市创建全国文明城市2019年
第一次模拟测评情况通报》的通知
为准确掌握全市文明城市创建工作整体情况,进一步查找问题,对标整改,扎实推进我市文明城市创建工作,市“四城联创”指挥部委托焦作调查队于7月中下旬组织实施了创建全国文明城市2019年第一次实地模拟测评(含未成年人思想道德建设工作),现将有关情况通报如下:
一、实地测评情况
(一)总体情况
按照2018年—2020年《全国文明城市(地级以上)测评体系操作手册》和《全国未成年人思想道德建设工作测评体系操作手册》实地测评项目,参照中央文明办组织的测评方式,在五城区中随机抽取了78个测评点,观察测评内容标准328个,观察频次1166次。从测评结果上看,创建态势总体上不容乐观。文明城市创建总体测评得分率70.1%,比去年模拟测评提高了1.6个百分点。未成年人思想道德建设工作总体测评得分率73.8%,比去年降低了14.5个百分点。
主要问题表现有:
1、基础设施方面:主次干道、商业大街的人行道等有损坏、缺失和被违规占用现象;部分商场超市、宾馆饭店、医院、窗口单位无障碍设施不健全;部分单位、市场、社区和居住小区等没有配置消防设施,有占用、堵塞、封闭消防通道现象。
2、城市管理和公共服务方面:个别社区、小区、集贸市场、背街小巷、广场、主次干道等区域环境脏乱,垃圾清理不及时,卫生间有异味;部分道路沿途行走500米未发现公厕指示牌或公厕。有占道经营、乱停或违章停车、乱张贴小广告现象;楼道污损黑暗、无照明、堵塞;建成区外整体环境较差,道路不平,有垃圾堆放现象。公交车实际运行路线与车内走向图不符、报站名与实际站点名称不一致。
3、文明素质方面:有不牵绳遛狗或地上有"""

TEXTS["maguan_seven_cities_ducha_exposure_groups"] = '近日 马关县“七城创建”战役指挥部 领导小组 常态化督查组 对部分 农贸市场 单位 小区 卫生情况进行督查 这次又有哪些 脏乱差被曝光呢? 1.市场内无障碍卫生间堆放有杂物; 整改责任单位:县市场监督管理局 整改时限:2021年8月13日前 1.员工食堂橱柜杂物乱堆放; 2.在建工程临时厨房杂物、垃圾乱堆放。 整改责任单位:县污水处理厂 整改时限:2021年8月13日前 1.B3-03住户门前水体植物盆底积水,蚊虫幼虫较多; 2.B23-02住户旁积水花盆较多,水体浑浊,成蚊多; 3.毒饵站被B22-02住户用杂物遮挡; 4.大门口垃圾桶未加盖。 责任单位:县住房和城乡建设局 整改时限:2021年8月13日前 1.厂区门口未设置疫情防控; 2.食品添加剂堆放不规范。 整改责任单位:县市场监督管理局 整改时限:2021年8月13日前 操作间存在鼠粪,病媒生物防制不到位。 整改责任单位:县市场监督管理局 整改时限:2021年8月13日前 后厨操作间多处发现蟑螂尸体,病媒生物防制不到位。 整改责任单位:县市场监督管理局 整改时限:2021年8月13日前 后厨窗台发现鼠迹、鼠粪,病媒生物防制不到位。 整改责任单位:县市场监督管理局 整改时限:2021年8月13日前 (来源:马关融媒) (编辑:李云淑 排版:钟晓明 审核:资云波)\n\n\n\n\n\n\n\n\n\n\n\n'

TEXTS["xianning_chuangwei_bullets_two_duties"] = '● 市内各移动、联通、电信营业网点电子滚动屏幕基本无巩固“创卫”成果宣传标语。\n(主体责任:各营业网点,监督责任:移动、联通、电信公司)\n● 白茶市场存在空闲摊位乱堆乱放,水产区脏乱差现象,熟食区证照不全,“三防”设施不到位,市场外存在乱停乱放和占道经营、保洁不到位、下水道堵塞现象。\n(主体责任:白茶村委会,监督责任:市工商局)\n● 明珠广场烧烤街地面油垢较厚,乱搭乱建、占道经营现象突出,烧烤店内脏乱差,蚊蝇、鼠、蟑螂密度高,部分摊位未亮证经营。\n(主体责任:咸安区永安办事处,监督责任:咸安区食药监局)\n● 星悦公馆背后建筑工地大量生活、建筑垃圾堆积,无人管理。\n(主体责任:星悦公馆,监督责任:市住建委)\n● 城区内各大药店、药房电子滚动屏幕无巩固“创卫”成果宣传标语。\n(主体责任:各大药店,监督责任:市食药监局)'

TEXTS["dongshan_school_supervisor_opinion_cut"] = '您的位置 >>挂牌督导>>正文\n\n责任督学督导反馈通知单(东善中学2018.8).docx\n\n发表日期:2018/8/23 9:21:15 出处:江宁区东善初级中学 作者:阎勇 有1169位读者读过\n\n江宁责任督学督导意见书\n\n    责任区         责任督学:王必闩\n\n被督导学校东善桥中学      督导时间:2018823          \n\n督导主要内容及反馈意见:\n\n督导主要内容:学校秋季开学工作重点聚焦学校加强教育保障,食品饮水安全与卫生防疫管理,校园、校舍、校车安全管理,学校周边综合治理等人民群众关心的热点、难点问题。                                  \n\n反馈意见:东善桥中学在暑假期间教学楼、食堂内外墙全部出新,厕所改造,结合省级语文课程基地建设对功能室进行了改造,并对运动场塑胶跑道维修等,已按照约定工期完成,相关清扫保洁工作正在进行,教室空调安装已经全部完成,能够保障开学正常使用,极大改善了师生办公学习条件学校加强食品安全和卫生防疫工作,不断完善学校食品安全管理制度和食堂就餐环境。学校食堂食品采购环节、运输环节、储存环节、加工环节等严格按照要求操作。严格执行上级文件精神,不存在乱收费、乱办班、乱发滥编资料等社会关注和群众反映强烈的问题。义务教育免试就近入学,三个年级均衡分班,按照国家和省级规定,开全课程,开足课时不存在超大班额情况。\n\n学校存在的问题:\n\n1.教学楼天井内塑胶出现多处破损和墙面维修后洒落涂料难于清除现状,影响整个校园环境美观。                                          2.消防水带因时间长久原因出现老化现象,需要进行更换。部分灭火器箱老旧生锈,需要进行更换。                                            \n\n3.今年外来务工人员子女入学的需求明显'

VCITY = [
    "格林天城一号门外农业银行旁大门公益广告褪色破损",
    "百水巷桃源湖口的龙泉路税务小区:住户乱拉广告横幅乱粘贴小广告",
    "丽景花园二期:(1)小区内车辆乱停乱放;(2)小区内杂物、废弃物乱堆乱放;(3)无15分钟生活圈提示牌",
    "信义花园:(1)小区垃圾桶未盖、桶壁脏污,垃圾满溢;(2)小区内车辆乱停乱放;(3)小区内有飞线现象",
    "市人民商场住宿区:(1)小区绿化带黄土裸露;(2)楼道口地面破损;(3)小区内车辆乱停乱放;(4)小区内乱拉线晾晒物品;5.小区内无健身设施",
    "西客运站住宿区:(1)小区内杂物乱堆乱放;(2)小区内无15分钟生活圈提示牌、公益性广告少;(3)小区内车辆乱停乱放;(4)小区内有多个卫生死角、"
    "卫生差;(5)在地面乱晾乱晒物品;(6)保",
]
BEIHAI = [
    ("北部湾1号2期在建工地围挡广告有肮脏、破损、脱落的现象", "市住建局"),
    ("小区内未划分停车位 , 车辆随意停放 , 私拉电线情况严重 , 垃圾乱扔、杂物乱堆 , 楼道里停放电动车和堆放杂物、小广告未清理干净等问题突出",
     "北海工业园管委会"),
    ("该小区的垃圾桶无分类标识 , 公益广告出现顺序错误及错别字 , 同时存在私拉电线、杂物乱堆、垃圾未及时清理的情况", "市人社局"),
    ("在广东路和重庆路交汇处附近 , 有垃圾堆放、未及时清理的情况", "海城区政府"),
    ("京泰路上 , 车辆随意停放阻挡盲道", "市交警支队"),
]

MAGUAN = [
    (1, "市场内无障碍卫生间堆放有杂物", "县市场监督管理局"),
    (1, "员工食堂橱柜杂物乱堆放", "县污水处理厂"),
    (2, "在建工程临时厨房杂物、垃圾乱堆放", "县污水处理厂"),
    (1, "B3-03住户门前水体植物盆底积水,蚊虫幼虫较多", "县住房和城乡建设局"),
    (2, "B23-02住户旁积水花盆较多,水体浑浊,成蚊多", "县住房和城乡建设局"),
    (3, "毒饵站被B22-02住户用杂物遮挡", "县住房和城乡建设局"),
    (4, "大门口垃圾桶未加盖", "县住房和城乡建设局"),
    (1, "厂区门口未设置疫情防控", "县市场监督管理局"),
    (2, "食品添加剂堆放不规范", "县市场监督管理局"),
    (None, "操作间存在鼠粪,病媒生物防制不到位", "县市场监督管理局"),
    (None, "后厨操作间多处发现蟑螂尸体,病媒生物防制不到位", "县市场监督管理局"),
    (None, "后厨窗台发现鼠迹、鼠粪,病媒生物防制不到位", "县市场监督管理局"),
]

XIANNING = [
    ("市内各移动、联通、电信营业网点电子滚动屏幕基本无巩固“创卫”成果宣传标语", "各营业网点"),
    ("白茶市场存在空闲摊位乱堆乱放,水产区脏乱差现象,熟食区证照不全,“三防”设施不到位,市场外存在乱停乱放和占道经营、保洁不到位、"
     "下水道堵塞现象", "白茶村委会"),
    ("明珠广场烧烤街地面油垢较厚,乱搭乱建、占道经营现象突出,烧烤店内脏乱差,蚊蝇、鼠、蟑螂密度高,部分摊位未亮证经营", "咸安区永安办事处"),
    ("星悦公馆背后建筑工地大量生活、建筑垃圾堆积,无人管理", "星悦公馆"),
    ("城区内各大药店、药房电子滚动屏幕无巩固“创卫”成果宣传标语", "各大药店"),
]

DOCS = {
    "vcity_civilized_city_ducha_ninth_issue_cut": dict(
        url="https://sucai198.com/qitaziliao/2023/03/50458.html", excerpt=True,
        genre="2-like a 创城 督查通报 on a 范文 site: 一、督查情况 (figures) then 二、存在问题 (一)<town>(n个) 1.–6. items with "
              "(1)(2)… findings; cut inside item 6",
        kind=None, title="市创建全国文明城市工作指挥部办公室关于全国文明城市建设工作督查通报", issuer=None, report_date=None,
        inspection=ins(None, None, "2022-09-26", "2022-09-30"), headline=head(pt=57, pd=28),
        # s24, lead: C1 — the count note is dropped from the category (was "鹿城镇(14个)").
        problems=[prob(i + 1, t, category="鹿城镇", measures=0) for i, t in enumerate(VCITY)],
        anomalies=["A 范文 site's copy: site banner, an empty '时间:' line, the title twice (the second with 'V市' and "
                   "'(2022年·第9期)'); no signature: issuer and report_date null.",
                   "'现将2022年9月26-30日督查情况通报如下' → start 2022-09-26, end 2022-09-30 (second date takes the first's "
                   "year and month); no inspector is named.",
                   "'共发现并通过实地督查云平台交办问题57个,截至10月10日整改问题28个,未整改问题29个' → headline 57/28; 320 点位 "
                   "are places, not problems.",
                   "(NEW) One problem per numbered item (the place), titled by the whole item: '(1)(2)(3)' inside an item "
                   "are its findings, not problems or measures ('鹿城镇(14个)' counts items). Category '鹿城镇(14个)'.",
                   "Item 5's fifth finding is misprinted '5.小区内无健身设施' (for '(5)'): part of item 5, not a new item 5.",
                   "Item 6 is cut at '(6)保': labelled as far as the copy goes. No measures, no status, no units.",
                   "A 督查通报 of an inspection's results: title set, kind null (snippets16's 督查情况通报 rule).",
                   "s24, lead: C1 — a category heading's count note is dropped: category '鹿城镇' (was '鹿城镇(14个)')."]),
    "county_civilized_city_weekly_ducha_points_cut": dict(
        url="https://happypx.com/Item/110944", excerpt=True,
        genre="3-like points under status headings: a county 创文 weekly 督查通报 whose county name is overwritten by "
              "gambling spam; '整改较好的点位' 1、–3、 and '整改未落实的点位' (one, unnumbered) with '(责任单位:…)'; then a "
              "praise list, cut",
        kind=None, title="创建全国文明城市实地测评督查通报", issuer=None, report_date=None,
        inspection=ins("省调查队"), headline=head(),
        problems=[prob(1, "前期通报该点位存在没有明确的行业规范;没有发现明确的诚信建设公益广告等问题已按时整改到位",
                       category="整改较好的点位", status="done", measures=0, units=["县商务局"]),
                  prob(2, "前期通报该点位存在无文明引导员;无行业规范;未标注明确消防区域;母婴室墙面污损 1 处等问题已按时整改到位",
                       category="整改较好的点位", status="done", measures=0, units=["县文广新旅局"]),
                  prob(3, "前期通报该片区存在医院 1 米线磨损 ,引导母婴室指示标识不明显等问题已按时整改到位",
                       category="整改较好的点位", status="done", measures=0, units=["县人民医院", "县卫健委"]),
                  prob(None, "大门消防区域磨损;志愿者服务站未明确服务内容,无景观小品、无公益广告等问题仍未整改到位",
                       category="整改未落实的点位", status="in_progress", measures=0, units=["交通局"])],
        anomalies=["Gambling spam ('365bet中文资讯网_365游戏中心正式版_365bet资讯端') replaces the county's name in the head "
                   "line and in two point names.",
                   "Title: the inner title line '创建全国文明城市实地测评督查通报' (the spammed head line is not used); kind null "
                   "(督查通报 rule); '(2022年4月份第3周)' is a week: no dates, no report date.",
                   "(NEW) The problems are the points of '前期省调查队暗访问题整改情况': inspector '省调查队'. Three under "
                   "'整改较好的点位' ('…已按时整改到位') → done; one unnumbered under '整改未落实的点位' ('…仍未整改到位') → "
                   "in_progress, seq null. The status headings are the categories.",
                   "(NEW) Each point titled by its text after '<place>(责任单位:…):' (final '。' dropped), units from the "
                   "parenthesis split on '、'. No measures: only a status is said.",
                   "'本周督查情况 工作亮点 1、西海首府小区…' is praise, not a problem; the copy is cut inside it."]),
    "beihai_chuangcheng_exposure_five_units": dict(
        url="http://tech.jiangsulong.com/a/2020/0708/0FQ3342Z2020.html", excerpt=False,
        genre="2-like a repost of a city 创城曝光台 news item: one unnumbered paragraph per place, each naming its "
              "responsible unit in prose; ' , ' spacing; headline printed three times; whole page to '推荐阅读'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市创城办督查组"), headline=head(),
        problems=[prob(None, t, measures=0, units=[u]) for t, u in BEIHAI],
        anomalies=["A content farm's repost (tag '中年|' glued to the headline, headline three times, reporter line, "
                   "'本文插图', '推荐阅读'); the headline is a news headline: title null.",
                   "'7月6日' has no year (only the url has one): no dates and no report date; inspector '市创城办督查组'.",
                   "(NEW) Five problems, one per paragraph, unnumbered (seq null), titled by the findings as printed "
                   "(' , ' kept); the unit named in prose ('该项整治由市住建局负责', '由北海工业园管委会负责的', "
                   "'责任单位是市人社局', '其责任单位为海城区政府', '应由市交警支队负责整治') is the responsible unit.",
                   "(NEW) The '回头看' paragraph on 泰盛花园 says the earlier problems were fixed and names none: not a "
                   "problem. No measures, no status ('要求…及时整改')."]),
    "wuhu_ecology_exposure_road_dust_one": dict(
        url="https://sthjj.wuhu.gov.cn/ztzl/hjwfpgt/8686795.html", excerpt=False,
        genre="3 a city 生态环境局 曝光 card: one problem in bracketed fields (点位名称, 主管单位, 存在问题, 整改要求, 整改期限); "
              "whole page",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[prob(1, "此路段道路积尘严重,车过尘起", measures=0, units=["市城管局"], deadline="立行立改")],
        anomalies=["No title line and no page date in the copy; '1月21日' has no year: no dates. '我局' names no inspector.",
                   "(NEW) One problem: seq 1 from '问题一', titled by 【存在问题】 (final '。' dropped); unit 【主管单位】 "
                   "'市城管局' (also '请市城管局开展现场调查'); deadline 【整改期限】 '立行立改' as written.",
                   "【整改要求】 is a demand: 0 measures (blind10/blind13); status null. '@市城管局 何凡' is a chat mention."]),
    "sanshan_ecology_exposure_site_cover_two_spam": dict(
        url="https://dsdths.com/ztzl/hjwfpgt/8399549", excerpt=False,
        genre="3 a mirror of the same 曝光 column (三山区 card) whose contractor name is overwritten by gambling spam; "
              "whole page",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[prob(2, "工地未严格落实渣土堆放百分百覆盖要求,场内裸露场地、渣土未完全采用防尘网覆盖", measures=0,
                       units=["三山区"], deadline="3月16日前整改完毕")],
        anomalies=["A mirror host; spam ('约彩365官方下载安装_office365无法打开word_office365打不开') is pasted before the "
                   "contractor's name in 【施工单位】.",
                   "(NEW) One problem: seq 2 from '问题二', titled by 【存在问题】; deadline the 【整改期时限】 value as "
                   "written ('3月16日前整改完毕': no year, kept as text); the responsible unit is the body asked to act "
                   "('请三山区开展现场调查' = 【问题所在区域】), not the spam-damaged contractor.",
                   "【整改要求】 is a demand: 0 measures; status null; '3月15日' has no year: no dates."]),
    "jiaozuo_mock_evaluation_main_problems_cut": dict(
        url="http://www.jiaozuo.gov.cn/2019/08-18/204691.html", excerpt=True,
        genre="2-like a city 创城 指挥部's 印发 通知 carrying a 模拟测评情况通报: figures, then '主要问题表现有:' 1、–3、 "
              "'<aspect>方面:<findings>'; cut in item 3",
        kind=None, title="关于印发《焦作市创建全国文明城市2019年第一次模拟测评情况通报》的通知", issuer=None,
        report_date=None, inspection=ins("焦作调查队"), headline=head(),
        # s24, lead: C13 — the lead-in '主要问题表现有:' is no category heading: category null (was '主要问题').
        problems=[prob(1, "基础设施方面", category=None, measures=0),
                  prob(2, "城市管理和公共服务方面", category=None, measures=0),
                  prob(3, "文明素质方面", category=None, measures=0)],
        anomalies=["The title is split over two lines inside the book-title marks: joined. The header '焦作市四城联创指挥部' is "
                   "not a signature: issuer null; no page date in the copy.",
                   "'委托焦作调查队于7月中下旬组织实施' → inspector '焦作调查队'; '7月中下旬' gives no date.",
                   "(NEW) Items '1、基础设施方面:<findings>' titled by their heading (blind10/12/14's '1、環境污染。…'); "
                   "category '主要问题' (from '主要问题表现有:'); item 3 is cut after its heading ('有不牵绳遛狗或地上有').",
                   "78 测评点, 328 standards, 1166 observations and the rates are not problems: no headline; no measures, "
                   "no status (a 测评 finds, it does not rectify).",
                   "s24, lead: C13 — the lead-in '主要问题表现有:' is no heading: category null (was '主要问题')."]),
    "maguan_seven_cities_ducha_exposure_groups": dict(
        url="http://wscw.wsnews.com.cn/awcwpgt/p/247755.html", excerpt=False,
        genre="2-like a county 创城 督查 曝光 flattened to one line (the places' names were images): seven groups of "
              "findings, numbering restarting at 1., each closed by '(整改)责任单位:… 整改时限:…'; whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("马关县“七城创建”战役指挥部 领导小组 常态化督查组"), headline=head(),
        problems=[prob(n, t, measures=0, units=[u], deadline="2021年8月13日前") for n, t, u in MAGUAN],
        anomalies=["A county media page flattened to one line with spaces where the line breaks and pictures were; the "
                   "places' names (pictures) are lost; no title, no date: '近日' gives no dates.",
                   "(NEW) One problem per numbered finding, numbering restarting in each group (seq 1; 1, 2; 1–4; 1, 2), "
                   "and one per unnumbered group (seq null): 12. A group with no surviving place name is not an item of "
                   "its own (unlike vcity's '3.丽景花园二期:(1)…', where the place is the numbered item).",
                   "(NEW) Each group's '整改责任单位:…' (once '责任单位:…') is the responsible unit and its '整改时限:2021年8月"
                   "13日前' the deadline as written, for every finding of the group.",
                   "No measures and no status: an exposure lists what is wrong ('(来源:马关融媒)' and the editor line "
                   "close the page)."]),
    "xianning_chuangwei_bullets_two_duties": dict(
        url="http://szb.xnnews.com.cn/xnrb/html/2017-05/19/content_234318.htm", excerpt=False,
        genre="2-like a city paper's 创卫 督查 box: five '●' findings, each followed by '(主体责任:…,监督责任:…)'; the "
              "stored copy is the box alone (no title, no lead)",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[prob(None, t, measures=0, units=[u]) for t, u in XIANNING],
        anomalies=["An e-paper article copy that starts at the first '●' (no headline, no lead, no date in the text; "
                   "the url's 2017-05/19 is not text): title, dates and inspector null. Ends at a full stop: excerpt false.",
                   "(NEW) One problem per '●' (seq null, no category), titled by the finding (final '。' dropped).",
                   "(NEW) '(主体责任:X,监督责任:Y)': the responsible unit is the 主体责任 body X, which rectifies; the "
                   "监督责任 body supervises and is not listed ('移动、联通、电信公司' would otherwise split on '、').",
                   "No measures, no status: the box lists what is wrong."]),
    "dongshan_school_supervisor_opinion_cut": dict(
        url="http://dsqzx.jnjy.net.cn/NewShow-2130.aspx", excerpt=True,
        genre="2-like a school site's copy of a 责任督学 督导意见书: header fields, praise ('反馈意见:'), then '学校存在的"
              "问题:' 1.–3.; item 2 run onto item 1's line; cut in item 3",
        kind=None, title="江宁责任督学督导意见书", issuer=None, report_date="2018-08-23",
        inspection=ins("王必闩", "东善桥中学", "2018-08-23", "2018-08-23"), headline=head(),
        problems=[prob(1, "教学楼天井内塑胶出现多处破损和墙面维修后洒落涂料难于清除现状,影响整个校园环境美观",
                       category="学校存在的问题", measures=0),
                  prob(2, "消防水带因时间长久原因出现老化现象,需要进行更换。部分灭火器箱老旧生锈,需要进行更换",
                       category="学校存在的问题", measures=0),
                  prob(3, "今年外来务工人员子女入学的需求明显", category="学校存在的问题", measures=0)],
        anomalies=["Portal chrome and the attachment's file name '责任督学督导反馈通知单(东善中学2018.8).docx' above the "
                   "document's own title '江宁责任督学督导意见书' (the title; an inspection's opinion: kind null).",
                   "No signature: report_date from '发表日期:2018/8/23'. '督导时间:2018823' lost its 年/月/日 (as ruijin's "
                   "'20211228日'): read 2018-08-23, agreeing with the page date; a one-day 督导 → start and end that day.",
                   "Inspector the 责任督学 '王必闩'; inspected '东善桥中学' ('被督导学校'). '反馈意见:' is praise, not problems.",
                   "(NEW) Item 2 follows item 1 on the same line after a run of spaces: its own problem. Each item is titled "
                   "whole (final '。' dropped), '需要进行更换' included; item 3 is cut ('…需求明显').",
                   "No measures ('需要进行更换' says what should be done), no status."]),
}


def recount(stem: str, text: str) -> tuple[int, int]:
    """Problems and measures counted by regex, independently of the hand labels above."""
    if stem.startswith("vcity"):
        body = text.split("二、存在问题")[1]
        return len(re.findall(r"^\d\.", body, re.M)), len(re.findall(r"一是|^\s*1、", body, re.M))
    if stem.startswith("county"):
        body = text.split("本周督查情况")[0]
        return len(re.findall(r"\(责任单位:", body)), len(re.findall(r"一是|\d、(?!.*责任单位)", body))
    if stem.startswith("beihai"):
        paras = [p for p in text.splitlines() if re.search(r"负责|责任单位", p) and "已整治完成" not in p
                 and "要求相关责任单位" not in p]
        return len(paras), 0
    if stem.startswith(("wuhu", "sanshan")):
        return text.count("【存在问题】"), len(re.findall(r"一是|^\d、", text, re.M))
    if stem.startswith("jiaozuo"):
        body = text.split("主要问题表现有:")[1]
        return len(re.findall(r"^\d、", body, re.M)), len(re.findall(r"一是|\(1\)", body))
    if stem.startswith("maguan"):
        groups = re.split(r"(?:整改)?责任单位:\S+ 整改时限:\S+", text.split("曝光呢?")[1])[:-1]
        return sum(len(re.findall(r"\d\.", g)) or 1 for g in groups), len(re.findall(r"一是|\(1\)", text))
    if stem.startswith("xianning"):
        return text.count("●"), len(re.findall(r"一是|\(1\)|^\d、", text, re.M))
    if stem.startswith("dongshan"):
        body = text.split("学校存在的问题:")[1]
        return len(re.findall(r"(?:^|\s)\d\.(?!\d)", body)), len(re.findall(r"一是|\(1\)|^\d、", body, re.M))
    raise KeyError(stem)


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    # every title, category and unit is in the text as written
    check_problems(stem, d["problems"], text, category_in=text, units_in=text, deadline_in=text)
    n_prob, n_meas = recount(stem, text)
    assert n_prob == len(d["problems"]), (stem, n_prob, len(d["problems"]))
    assert n_meas == sum(p["measure_count"] for p in d["problems"]), (stem, n_meas)
    assert d["title"] is None or d["title"] in text.replace("\n", ""), (stem, d["title"])


def main() -> None:
    write_labelled_set(HERE, DOCS, TEXTS, check_one)


if __name__ == "__main__":
    main()
