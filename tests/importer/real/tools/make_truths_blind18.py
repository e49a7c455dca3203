"""Write the texts and truth files of tests/importer/real/blind18: a held-out batch of real pages that HOLD PROBLEMS,
labelled in session 16 by helper label22, who did not change the parser and did not read zhenggai/importer/ or
tests/importer/*.py. Scored once on the worktree's untouched parser (FIRST_RUN_blind18.txt) before anything else
changed; whoever changes the parser for it must say so and keep that first run as the honest one. Labelled at the same
time as snippets19 (label21, /work/wt/label21); no page is in both (its folder was checked before committing; label22
keeps a page both took).

Schema and conventions as make_truths.py, make_truths_blind9.py … make_truths_blind17.py and make_truths_snippets17.py
(head/ins/prob from make_truths). The texts are the stored excerpts the search tool's ``pages`` corpus returned, copied
as returned (JSON strings pasted into TEXTS below and decoded, so every character is the store's: a 文库 copy with a
noise character between every phrase and a Russian/English disclaimer, a 范文 site's chrome, a doc-site's wrapping
blurb, a portal's '打印此文 关闭窗口'). ``excerpt`` is true for the three pages cut inside their problem list or after it
(jieshou, puyang, county_flood) and false for the five whose copy reaches the page's last line or is cut only in its footer/boilerplate (blind17's rule).
No url is in an earlier truth: every "url" under /work/main/tests/importer, /work/shared/corpus and
/work/wt/label21/tests/importer/real, and every url quoted in /work/main/tests/importer/real/tools/*.py was collected
(730 keys; host+path+query, scheme, 'www.' and a trailing '/' dropped, lower case) and each new page's key was checked
against them.

Queries (``pages`` corpus; 34 in all, none in an earlier make_truths_*.py list): 巡察整改 问题清单 公示 序号 问题 整改措施
责任人 完成时限 整改结果 社区党委; 审计查出问题整改情况 审计发现问题 一、 整改情况 已收回资金 已整改 县审计局 公告; 中央生态环境保护督察
交办 信访件 办理结果 公开 转办编号 调查核实 是否属实 处理和整改; 验收销号公示 整改任务 第 项 已完成整改 达到销号条件 公示期;
督察反馈问题整改情况公示 整改目标 整改措施 整改完成情况 责任单位 县人民政府; 专项检查发现问题 通报 问题1 问题2 问题3 整改要求 限期;
巡视反馈意见整改落实情况的通报 关于 问题的整改 已完成 持续推进 大学党委; 安全检查 隐患整改通知 存在以下问题 一、 二、 三、 请于 日前整改完毕
并将整改情况报送; 整改公示 反馈问题第 项 整改情况说明 已完成整改 村委会 公示; 物业 检查 通报 小区 存在问题 1. 2. 3. 限期整改 住建局
物业服务企业; 河湖长制 巡河 发现问题 交办单 河道 问题描述 整改要求 完成时限; 督查发现 以下问题 一是 二是 三是 四是 责令 乡镇 立即整改
通报批评 秸秆焚烧; 群众信访举报件办理情况 受理编号 X 反映情况 调查核实情况 处理和整改情况 问责情况 属实; 巡察整改进展情况 问题:整改情况:
一、关于 的问题 整改情况 已完成 局党组; 卫生监督 检查 公示 单位名称 存在问题 处理结果 责令改正 警告 游泳场所 学校; 整改台賬 問題 整改措施
責任單位 整改時限 已完成 審計; 生态环境保护督察反馈意见 整改销号 公示 整改任务 整改时限 责任单位 整改完成情况 经验收; 暗访发现 问题清单 交办
1. 2. 3. 4. 5. 城管 市容 占道经营 督办; 市场监管 食品安全 飞行检查 发现问题 通报 超市 存在 过期食品 未索证索票 责令整改; 巡察反饋意見
整改落實情況 問題 整改措施 已完成 村黨支部 公示; 点位 发现问题 暗访组 创建办 社区 小区 背街小巷 问题仍存在; 审计发现的主要问题 整改情况 1. 2.
3. 已全部整改 学院 经济责任审计 整改报告; 督导组 反馈 存在问题 (一)(二)(三) 整改意见 疫情防控 检查 学校 通报; 检查组在检查中发现 存在以下问题
一是 二是 三是 限期整改 企业 安全生产 执法检查 通报; 督导组 发现存在以下问题 1. 2. 3. 4. 现场下发整改通知书 商场 市场; 通报如下 存在问题 1、
2、 3、 中心校 幼儿园 食堂 留样 不规范 督查 回头看; 審計發現問題 整改情況 (一) 該問題已完成整改 一是 二是 縣人民政府 審計廳; 巡察组反馈
指出的问题 整改情况公开 问题一 问题二 问题三 整改结果 党支部 村务公开栏; 关于巡察反馈问题整改情况的公示 按照 巡察组反馈意见 共 个问题 已整改 个
具体如下 1.; 审计整改情况 公告 审计发现问题 整改落实 序号 问题描述 整改情况 整改完成 乡镇 财政所; 环保督察 交办问题 整改情况 公示 反映问题 核查情况
整改措施 整改结果 已办结 镇人民政府; 整改通知书 经检查 发现你单位存在以下问题 1、 2、 3、 请于 前整改 逾期 消防救援大队; 养老机构 安全检查
发现问题 通报 1. 2. 3. 敬老院 消防 食品 责令整改 民政局; 检查情况反馈 存在的问题 (一) (二) (三) 整改建议 医院 院感 质控 督查组; 医保基金 专项检查 问题 通报 某医院 存在 1.超标准收费
2.串换项目 3.重复收费 追回 整改; 巡察期间 立行立改 问题清单 交办 已整改 具体问题 1. 2. 3. 镇党委 村; 作风建设 暗访 通报 上班时间 脱岗
玩手机 窗口 单位 存在 问题 曝光 第 期; 水库 防汛 检查 发现问题 清单 1、 2、 3、 责任单位 整改时限 水利局 通报.
(34 searches; every one is listed.)
As label17/label20 found, the 巡察/巡视/审计/督察 pages the store returns are nearly all labelled already (铁东区 序号十 公示,
紫阳 常务会议 通报, 潮阳 审计报告, 南宁 审计函 (traditional), 120个村 (traditional), 武汉大学 回头看, 昆明 round summary were
all known); the new pages that hold problems are checks: a 创城 暗访 with three 点位, a school 疫情防控 督查 通报 (doc-site
copy), a 安全生产 督导 news item with inline '1.…;2.…', a market 限期整改通知书 in two copies (a 范文 site with numbered
items; a 文库 copy whose numbers were replaced by noise characters, with the real date), and a 秸秆禁烧 night check told
per 督查组, a city 效能办 作风 暗访 in timed entries, a county 防汛 自查报告 whose problem section is the third.
No 巡察/审计 problem list, no one-task 公示 and no new traditional copy was found.

Kinds (issue 10): one finding per 点位 after '发现问题:' (jinhua_chuangcheng_unannounced_three_points); 2 (a lead and
'一、总体情况', then '二、存在问题' with (一)/(二) categories over '1、' items; cut in the last item: jieshou_school_
epidemic_recheck_notice_cut); inline '1.…;2.…;…5.…。' in one sentence (zhengdong_market_safety_supervision_five);
numbered items under three market headings in a notice addressed to one body (kxc_market_rectification_notice_fanwen);
the same notice with its numbers replaced by noise characters and no line breaks (kxc_market_rectification_notice_
taodocs_noise); findings inside one paragraph per 督查组 (dingcheng_straw_burning_night_check); timed entries under county headings,
praise mixed with misconduct (puyang_work_style_unannounced_timed_entries_cut); 2 (the problem section '三、存在的问题'
after a '二、' section whose '1.'/'2.' are checks done: county_flood_reservoir_selfcheck_report).

Problems: 62 (3+6+5+14+14+3+12+5), counted by hand and recounted in main() (by regex on the text where items are marked).
Measures were counted twice: once by reading each problem, once by looking for an answering entry (整改措施, 整改情况, an
action reported done) under or after it; none of the 62 has one in the copy: every measure_count is 0 (a 整改通知书
handed over, '要求…立即扑灭火点', '望加强市场管理工作…及时进行整改' are the inspector's acts or demands). Status null
throughout (nothing is reported rectified).

Judgement calls (NEW where marked; each is also in the truth's anomalies):
- (NEW) a 暗访 story in '点位一:<place>。<what was checked>' + '发现问题:<finding>' pairs: one problem per 点位 (blind15's
  points-are-problems rule), seq from 一/二/三, titled by the text after '发现问题:' (final '。' dropped); the place is not
  a responsible unit (no body is charged, blind17's wuan rule); '3月27日下午' has no year: no dates; no headline (news).
- a 督查情况通报 with '二、存在问题' → '(一)传染病防控方面' / '(二)食宿管理方面' over '1、…' items: one problem per item, seq
  as printed (restarting), category the heading without its marker (blind17's hospital rule), titled by the item (final
  '。' dropped). (NEW) the last item is cut by the store after five findings ('…现场未提供食品原辅料进货查验'): it states
  problems, so it is labelled, titled by the text to the cut (blind15/17 leave out only items cut BEFORE any statement).
  A school named at the start of an item is not a responsible unit (the copy charges no body; blind17's wuan rule). The
  doc-site blurb '2023全市各学校…' is the site's wrapping: no report date; '15个学校' are bodies: no figure. A check's
  results: title set, kind null.
- (NEW) '发现存在以下安全生产问题:1.…;2.…;…5.…。' in one sentence: five problems, seq 1–5, titled by each item (the ';'/'。'
  dropped); '要求企业立即进行整改' names no single body: no unit. News page: title null (news headline), '时间:2020-12-24
  09:54' → report_date; '12月23日上午' → start and end 2020-12-23 (year from the page date).
- (NEW) a 限期整改通知书 addressed to '市政公益及机关服务中心' listing numbered problems under '花园市场:' / '沿江市场:' /
  '望江市场:': one problem per item, seq as printed (restarting), the market heading the category (blind15's district
  rule), the addressee the responsible unit of every item (the body told to rectify, blind15's 督导通知单 rule); kind null
  (neither a progress bulletin nor a plan); title '农贸市场限期整改通知书' (the notice's own title line, not the site's
  '关于…' heading); the 范文 site masks the year ('20xx年7月20日', '二〇一*年*月**日'): no dates; the signature
  '科学城工商行政管理局' is the issuer.
- (NEW) the 文库 copy of the same notice: the numbers '1、' were replaced by noise characters ('莃花园市场:螁水果摊位…'),
  so seq is null; the titles, categories and unit are the same strings; here the date is unmasked: '2012年7月20日' → start
  and end 2012-07-20, signature '二〇一二年七月二十日' → report_date 2012-07-20; the title line '…科学城农贸市场整改意见书…'
  (noise trimmed) is kept only as a record.
- (NEW) a 秸秆禁烧 night check told one paragraph per 督查组: one problem per place where burning was found (three:
  '许家桥回维乡杜家冲村以及双冲村路边正在焚烧垃圾', '花岩溪镇马家堰村一农田正在焚烧秸秆', and the 中河口镇 finding titled
  after '发现' ('一处焚烧黄豆秆情况', blind17's wugang rule: the place lead-in dropped)); the third group's '蔡家岗镇党政主要
  负责人正在一碎石场内处理环保问题' is an explained absence, not a problem; seq null, no category (the group names are the
  inspectors), no unit; news headline: title null; '9月4日晚' has no year: no dates.
- (NEW) an 作风 暗访 in timed entries 'HH:MM,<observation>。' under county headings: one problem per entry that reports
  misconduct (an entry with two observations joined by ';' is one), none for the entries that praise; three entries
  on one line are three; titled by the entry after its time; category the county named by the heading (its slogan after
  ':' dropped); seq null; no unit; an entry cut before its act ('15:30,3110房间一名男') is not labelled.
- a 自查报告 whose '二、突出重点' lists checks '1.'/'2.' and whose '三、存在的问题' lists problems 1.–5.: the problems are the
  third section's items (category '存在的问题', blind10's hpu rule); '四、落实整改措施' answers them as a whole: measures 0;
  kind bulletin (blind10's 自查…整改措施报告); the content site's '发布时间' is the report date.
"""
import json
import re
from pathlib import Path

from make_truths import check_problems, check_title_issuer, head, ins, prob, write_labelled_set

HERE = Path(__file__).resolve().parent.parent / "blind18"

TEXTS = {
    'jinhua_chuangcheng_unannounced_three_points': r'''"3月27日下午,市创建办组建暗访组,深入农贸市场、老旧小区、背街小巷、小餐饮店等地,开展深化全国文明城市创建暗访。\n点位一:金华开发区江南街道下官桥社区。这里既有农贸市场、花鸟市场,周边老旧小区林立、人流量大,虽能体现城市的“烟火气”,但也给管理带来了难度。暗访组重点查看集贸市场及周边环境秩序。\n发现问题:长宁路上车辆乱停放、烟蒂果壳乱丢、“门前五包”不到位等问题较为突出。\n点位二:金东区东孝街道东关社区。东关社区金瓯路一带小餐饮店较多,暗访组重点查看周边背街小巷的停车秩序、飞线充电等情况,详细检查小餐饮店卫生管理、垃圾分类、禁烟标志、健康证管理等措施。\n发现问题:部分小餐饮店“门前五包”不到位、碗筷消毒记录缺失,周边违法“小广告”随意夹塞。\n点位三:婺城区城北街道凤凰山社区凤凰家园小区。凤凰家园小区以经济适用房、农民还建房和廉租房为主,于2006年建成入住,共有500多户居民。暗访组重点了解小区车辆停放、垃圾死角清理等盲点。经多次整治提升后,小区环境明显改善。\n发现问题:杂物堆积、墙体破损脏污、车辆无序停放等问题仍存在。\n暗访组认为,要克服“创建疲劳”,杜绝“侥幸心理”,紧盯细节末梢、短板弱项,坚持问题导向,强化排查整改,真正做到工作无遗漏、无死角、无盲区。"''',
    'jieshou_school_epidemic_recheck_notice_cut': r'''"全市各学校校园疫情防控工作督查情况通报为切实做好复学校园疫情防控工作,根据工作安排,市督查考核中心、市教育局、市卫健委、市市场监督管理局等单位组成联合督查组,针对阜阳督查界首发现的教学管理、传染病防治下面是小编为大家整理的2023全市各学校校园疫情防控工作督查情况通报,供大家参考。\n全市各学校校园疫情防控工作督查情况通报\n为切实做好复学校园疫情防控工作,根据工作安排,市督查考核中心、市教育局、市卫健委、市市场监督管理局等单位组成联合督查组,针对阜阳督查界首发现的教学管理、传染病防治、食宿管理等三个方面存在问题,采取“四不两直”的方式,对存在问题的15个学校,进行了“回头看”督查,现将相关情况通报如下。\n一、总体情况\n从督查情况看,各校能按照总体部署,针对阜阳督查反馈问题,建立整改台帐,制定整改时间表,实行学校封闭式管理,师生体温检测规范有序;两案八制、师生健康台账、学生承诺书等各种材料整理齐全;通过宣传栏、开学第一课、班会等形式进行疫情防控宣传;消毒设备、体温测量计备齐全;教室、宿舍、食堂、卫生间等场所清洁消毒干净。教学管理方面的问题基本整改结束。\n二、存在问题\n(一)传染病防控方面\n1、舒庄育英中学保健室卫生差,堆放杂物。\n2、陆集中学、界首三中、王集中心校、代桥中心校未设立医务或保健室。\n3、王烈桥中心校留观室条件太简陋,高温天气不宜于留观。\n(二)食宿管理方面\n1、新马集中心学校食堂流程不合理,无独立备餐间,基础设施老化。\n2、齐舜高级中学索证索票不规范。\n3、界首市利民学校“三防”设施不完善,食品贮存不规范,备餐间不符合要求,留样不规范,各项记录不规范,现场未提供食品原辅料进货查验"''',
    'zhengdong_market_safety_supervision_five': r'''"郑东新区开展安全生产专项督导检查\n来源:本站 时间:2020-12-24 09:54\n12月23日上午,为确保双节期间安全形势稳定,郑东新区安全生产专项整治三年行动大督导第一督导组,在督导组组长、东区安委办副主任王松武带领下,对龙子湖街道办事处辖区太格茂商场、姚桥农贸批发市场开展安全生产督导。督导组通过查资料、看现场、座谈交流的方式,全面了解企业安全生产管理状况,发现存在以下安全生产问题:1.安全生产事故隐患应急预案编制不规范;2.三级安全教育资料不完善;3.双预防创建未实际开展;4.KTV消防栓故障;5.安全通道堆放杂物。针对存在的问题,督导组现场下发了整改通知书,要求企业立即进行整改,并结合当前安全生产专项整治三年行动,切实提高企业安全生产管理水平。\n打印此文\n关闭窗口"''',
    'kxc_market_rectification_notice_fanwen': r'''"网站首页  词典首页\n\n请输入您要查询的范文:\n\n \n\n标题 农贸市场限期整改通知\n范文\n\n关于农贸市场限期整改通知\n\n        导语:下面一篇范文是关于农贸市场限期整改通知,有需要的朋友可以借鉴。\n\n农贸市场限期整改通知书  \n\n市政公益及机关服务中心:\n\n根据绵阳市工商局相关要求及科学城工商局《关于落实迎接全国文明城市复检两个测评体系指标任务分工的'通知》,20xx年7月20日科学城工商局重点在花园市场、沿江市场、望江市场开展了市场环境专项检查。检查发现各市场不同程度存在一些问题,具体如下:\n\n花园市场:\n\n1、 水果摊位摆放不整齐,卫生条件较差,存在占道经营的行为。\n\n2、 市场入口,卤制品摊位及豆制品摊位背后存在乱停车辆的行为。\n\n3、 猪、牛肉、豆制品普遍未按要求着卫生工作服。\n\n4、 存在活鸡未入笼销售的行为,活禽销售区乱摆摊点现象普遍。\n\n沿江市场:\n\n1、 市场环境及卫生状况欠佳。\n\n2、 食品柜台及摊位摆放无序。\n\n3、 存在未亮照经营的行为,食品经营户未按要求着卫生工作服。\n\n4、 车辆乱停乱放状况普遍。\n\n望江市场:\n\n1、 水果摊位摆放不整齐,卫生条件较差,存在占道经营的行为。\n\n2、 临时售卖摊位现象普遍,且均无法显示相关证照。\n\n3、 存在车辆乱停乱放的现象。\n\n4、 市场内鲜鱼售卖点存在超范围经营(出售火锅底料)\n\n5、 个别门面存在占道经营的现象。\n\n6、 市场整体卫生状况欠佳。\n\n以上为科学城工商局检查中发现的问题情况,望加强市场管理工作,按照《绵阳市落实【全国城市文明程度指数测评体系】指标任务分工(2012)版》的要求及时进行整改,全面提升市场环境。\n\n科学城工商行政管理局\n\n二〇一*年*月**日\n\n随便看\n\n \n\n范文网提供海量优质实用美文,包含随笔、日记、"''',
    'kxc_market_rectification_notice_taodocs_noise': r'''"文档介绍:Forpersonaluseonlyinstudyandresearch;mercialuse薄科学城农贸市场整改意见书蚁芈市政公益及机关服务中心:肆根据绵阳市工商局相关要求及科学城工商局《关于落实迎接全国文明城市复检两个测评体系指标任务分工的通知》,2012年7月20日科学城工商局重点在花园市场、沿江市场、望江市场开展了市场环境专项检查。检查发现各市场不同程度存在一些问题,具体如下:莃花园市场:螁水果摊位摆放不整齐,卫生条件较差,存在占道经营的行为。虿市场入口,卤制品摊位及豆制品摊位背后存在乱停车辆的行为。螈猪、牛肉、豆制品普遍未按要求着卫生工作服。莆存在活鸡未入笼销售的行为,活禽销售区乱摆摊点现象普遍。袁肀沿江市场:芅市场环境及卫生状况欠佳。膅食品柜台及摊位摆放无序。羁存在未亮照经营的行为,食品经营户未按要求着卫生工作服。薀车辆乱停乱放状况普遍。羇羃望江市场:肁水果摊位摆放不整齐,卫生条件较差,存在占道经营的行为。蚇临时售卖摊位现象普遍,且均无法显示相关证照。蒅存在车辆乱停乱放的现象。蚂市场内鲜鱼售卖点存在超范围经营(出售火锅底料)膁个别门面存在占道经营的现象。肈市场整体卫生状况欠佳。膇螅以上为科学城工商局检查中发现的问题情况,望加强市场管理工作,按照《绵阳市落实【全国城市文明程度指数测评体系】指标任务分工(2012)版》的要求及时进行整改,全面提升市场环境。膀葿薅蒄芀科学城工商行政管理局袀二〇一二年七月二十日芇以下无正文仅供个人用于学习、研究;不得用于商业用途。 толькодлялюдей,которыеиспользуютсядляобучения,исследованийинедолжныиспользоватьсявкоммерческихцелях. Forpersonaluseon"''',
    'dingcheng_straw_burning_night_check': r'''"鼎城开展秸秆禁烧夜间督查\n9月4日晚,鼎城区派出3个秸秆禁烧专项督查组,采取不打招呼、突击检查的方式,检查对各乡镇、街道开展秸秆禁烧夜间督查工作。\n第一督查组(王涛)来到郭家铺街道、斗姆湖街道、许家桥回维乡、花岩溪镇等地督查,督查发现,各乡镇、街道党政主要负责人基本到岗到位,郭家铺街道安排了宣传车辆宣传秸秆禁烧相关法律法规。但在巡查中发现,许家桥回维乡杜家冲村以及双冲村路边正在焚烧垃圾,花岩溪镇马家堰村一农田正在焚烧秸秆,督查组要求相关人员立即扑灭火点。第二督查组(陈辉)来到牛鼻滩镇、韩公渡镇、十美堂镇、蒿子港镇、中河口镇、周家店镇督查。在中河口镇公路边,发现一处焚烧黄豆秆情况,发现问题后,督查组立即与乡镇值班领导沟通,要求派出人员赶赴现场处置。第三督查组(梁冠宇)来到灌溪镇、蔡家岗镇、双桥坪镇、石公桥镇、镇德桥镇等地督查,发现灌溪镇、双桥坪镇、石公桥镇、镇德桥镇党政主要负责人均按要求带队对秸秆禁烧情况进行巡查,蔡家岗镇党政主要负责人正在一碎石场内处理环保问题,已安排分管负责人带队巡查。\n扫一扫在手机打开当前页\n用户登录\n还没有账号?\n立即注册"''',
    'puyang_work_style_unannounced_timed_entries_cut': r'''"3月26日至3月29日,市效能办对五县两区及市直部分机关工作作风进行了暗访。暗访结果表明,大部分同志都能按照市委市政府的要求,一心一意谋发展,立足岗位做贡献。但也有个别单位个别人员工作时间看视频、玩游戏、吃零食。暗访结果还显示,县区工作作风远没有市直单位有秩序。\n濮阳县:有人上班工作忙 有人上班娱乐忙\n时间:3月28日全天\n10:30,濮阳县行政服务中心东厅国土局窗口一名男同志看网络视频;西厅内间靠窗户座位一名男同志玩网络游戏。\n10:40,濮阳县综合楼一楼西头档案室4名工作人员正在吃饼。\n11:30,濮阳县财政局人员到岗情况良好,工作秩序井然。\n15:00,濮阳县郎中乡便民服务站大门紧锁,无人在岗。\n17:05,濮阳县住建局北面楼正在装修,工作人员依然坚守岗位。\n17:20,濮阳县农业局北面领导楼只有一个房间有人,西面三层办公楼只有一个房间有人,其他房间房门紧锁。\n清丰县:上班不忙业务 忙网购、玩游戏、看录像\n时间:3月28日上午\n9:30,清丰县城关镇财税所窗口、农业窗口、司法服务窗口无人在岗;民政窗口一名女同志上网购物;劳动保障北窗口一名男同志玩游戏;劳动保障所一名男同志上网打牌。\n9:50,清丰县法院信访便民服务大厅开票、登记窗口无人在岗。\n10:00,清丰县综合办公楼人社局人力资源市场股3名女同志看录像;10:10,综合楼612房间一名女同志聊QQ;10:15 ,602房间一名女同志网上购物。\n10:30,清丰县公安局信访接待大厅出入境办理中心、户籍室人员全部在位,服务热情周到。\n10:40,清丰县交通局路政大队违章处理大厅无人值班大门紧锁。\n南乐县:上班玩游戏、听音乐、上网看电影\n时间:3月28日下午\n15:20,南乐县综合办公楼512房间一名男同志上网看电影。\n15:27,3410房间网上打台球。\n15:30,3110房间一名男"''',
    'county_flood_reservoir_selfcheck_report': r'''"发布时间:2020-01-04 来源:自查报告\n一、加强领导,周密部署\n会上成立了水利工程防汛安全隐患排查领导小组,主要领导任组长,分管领导任副组长,相关股室负责人为成员。分成六个组,对全县各乡,镇水库和在建水利工程项目进行一次全面、深入的安全隐患大排查,对查出安全隐患的要制定限期整改措施,力争把安全隐患消灭在萌芽状态。\n二、突出重点\n1.对全县各乡镇水库的防汛组织机构、预案修订、抢险物资储备、应急抢险队伍组建、山洪地质灾害隐患排查以及河道清障和值班落实等情况进行了一次全面大检查。在检查过程中,有针对性的对各类水利工程,特别是在建病险水库、重要地段的防洪堤、山洪地质灾害易发地段和河道碍洪状况进行了深入细致的实地查勘,确保做到了不漏一库一坝,一河一沟,不留隐患死角,同时对检查中发现的安全隐患,责令相关部门立即制定相关措施,限期整改。\n2.对水库枢纽三大件(大坝、溢洪道、放空洞)是否完好,大坝是否有裂缝、沉降变形、渗漏等现象。溢洪道是否清障彻底、有无碍洪物,能否顺利泄洪。放空洞设备是否完好、启闭设备是否灵活,能否起到放水作用;坝上杂草树木是否清除,是否存在安全隐患。\n三、存在的问题\n1.部分水库大坝坝体、坝基渗漏,大坝内坡风浪侵蚀,塌滑严重,坝上杂草树木未清除。\n2.部分水库溢洪道标准不够,边墙垮塌、淤塞、拦鱼设施碍洪。\n3.大部分水库白蚁危害严重。\n4.石坎子水库因年久放水设施不能正常运行。\n5.防汛责任意识还需加强,少数乡镇领导和基层干部思想上还存在侥幸心理,对防汛工作重视不够。\n四、落实整改措施\n对检查出的问题,落实了所在乡镇和水库管理单位的责任,具体措施是:一是加快病险水库的整治进度,尽快恢复水库的防洪"''',
}


def _p(seq, title, category=None, units=()):
    return prob(seq, title, category=category, measures=0, units=units)


JINHUA = ["长宁路上车辆乱停放、烟蒂果壳乱丢、“门前五包”不到位等问题较为突出",
          "部分小餐饮店“门前五包”不到位、碗筷消毒记录缺失,周边违法“小广告”随意夹塞",
          "杂物堆积、墙体破损脏污、车辆无序停放等问题仍存在"]
JIESHOU = [("传染病防控方面", ["舒庄育英中学保健室卫生差,堆放杂物", "陆集中学、界首三中、王集中心校、代桥中心校未设立医务或保健室",
                          "王烈桥中心校留观室条件太简陋,高温天气不宜于留观"]),
           ("食宿管理方面", ["新马集中心学校食堂流程不合理,无独立备餐间,基础设施老化", "齐舜高级中学索证索票不规范",
                         "界首市利民学校“三防”设施不完善,食品贮存不规范,备餐间不符合要求,留样不规范,各项记录不规范,"
                         "现场未提供食品原辅料进货查验"])]
ZHENGDONG = ["安全生产事故隐患应急预案编制不规范", "三级安全教育资料不完善", "双预防创建未实际开展", "KTV消防栓故障", "安全通道堆放杂物"]
FRUIT = "水果摊位摆放不整齐,卫生条件较差,存在占道经营的行为"
KXC = [("花园市场", [FRUIT, "市场入口,卤制品摊位及豆制品摊位背后存在乱停车辆的行为", "猪、牛肉、豆制品普遍未按要求着卫生工作服",
                  "存在活鸡未入笼销售的行为,活禽销售区乱摆摊点现象普遍"]),
       ("沿江市场", ["市场环境及卫生状况欠佳", "食品柜台及摊位摆放无序", "存在未亮照经营的行为,食品经营户未按要求着卫生工作服",
                  "车辆乱停乱放状况普遍"]),
       ("望江市场", [FRUIT, "临时售卖摊位现象普遍,且均无法显示相关证照", "存在车辆乱停乱放的现象",
                  "市场内鲜鱼售卖点存在超范围经营(出售火锅底料)", "个别门面存在占道经营的现象", "市场整体卫生状况欠佳"])]
KXC_UNIT = "市政公益及机关服务中心"
DINGCHENG = ["许家桥回维乡杜家冲村以及双冲村路边正在焚烧垃圾", "花岩溪镇马家堰村一农田正在焚烧秸秆", "一处焚烧黄豆秆情况"]

PUYANG = [("濮阳县", ["濮阳县行政服务中心东厅国土局窗口一名男同志看网络视频;西厅内间靠窗户座位一名男同志玩网络游戏",
                    "濮阳县综合楼一楼西头档案室4名工作人员正在吃饼", "濮阳县郎中乡便民服务站大门紧锁,无人在岗",
                    "濮阳县农业局北面领导楼只有一个房间有人,西面三层办公楼只有一个房间有人,其他房间房门紧锁"]),
          ("清丰县", ["清丰县城关镇财税所窗口、农业窗口、司法服务窗口无人在岗;民政窗口一名女同志上网购物;劳动保障北窗口一名男同志"
                    "玩游戏;劳动保障所一名男同志上网打牌", "清丰县法院信访便民服务大厅开票、登记窗口无人在岗",
                    "清丰县综合办公楼人社局人力资源市场股3名女同志看录像", "综合楼612房间一名女同志聊QQ", "602房间一名女同志网上购物",
                    "清丰县交通局路政大队违章处理大厅无人值班大门紧锁"]),
          ("南乐县", ["南乐县综合办公楼512房间一名男同志上网看电影", "3410房间网上打台球"])]
FLOOD = ["部分水库大坝坝体、坝基渗漏,大坝内坡风浪侵蚀,塌滑严重,坝上杂草树木未清除", "部分水库溢洪道标准不够,边墙垮塌、淤塞、拦鱼设施碍洪",
         "大部分水库白蚁危害严重", "石坎子水库因年久放水设施不能正常运行",
         "防汛责任意识还需加强,少数乡镇领导和基层干部思想上还存在侥幸心理,对防汛工作重视不够"]

KXC_NOTE = ("(NEW) A 限期整改通知书 addressed to '市政公益及机关服务中心': one problem per item under '花园市场:' / '沿江市场:' / "
            "'望江市场:'; the market heading is the category; the addressee (the body told '及时进行整改') is the responsible "
            "unit of every item; measures 0, status null; kind null (neither a progress bulletin nor a plan).")

DOCS = {
    "jinhua_chuangcheng_unannounced_three_points": dict(
        url="http://www.mlcsj.net/view/18461.html", excerpt=False,
        genre="a city 创建办's 文明城市 暗访 story: three '点位一/二/三:<place>' paragraphs each followed by '发现问题:<finding>'; "
              "whole article (a content-site copy)",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins("市创建办"), headline=head(),
        problems=[_p(i, t) for i, t in enumerate(JINHUA, 1)],
        anomalies=["Content-site copy of a news story: no headline, no page date; '3月27日下午' has no year: no dates.",
                   "(NEW) One problem per 点位, seq from 一/二/三 (blind15's points rule), titled by the text after '发现问题:' "
                   "(final '。' dropped); the 点位 place is not a responsible unit (no body is charged); measures 0, status null.",
                   "The inspector is '市创建办' (its 暗访组); three places in three districts: inspected null."]),
    "jieshou_school_epidemic_recheck_notice_cut": dict(
        url="https://yida-immi.com/yiqingfangkong/47559.html", excerpt=True,
        genre="2 a doc-site copy of a city's school 疫情防控 督查情况通报 (回头看): a site blurb, the title, a lead, '一、总体情况', "
              "then '二、存在问题' with (一)/(二) categories over '1、' items; cut inside (二)3.",
        kind=None, title="全市各学校校园疫情防控工作督查情况通报", issuer=None, report_date=None,
        inspection=ins("联合督查组"), headline=head(),
        problems=[_p(i, t, cat) for cat, items in JIESHOU for i, t in enumerate(items, 1)],
        anomalies=["Doc-site wrapping: the first line runs the title into the site's blurb ('下面是小编为大家整理的2023全市各学校…'): "
                   "the '2023' is the site's, not a date: report_date null. A check's results: title set, kind null.",
                   "One problem per '1、' item under '(一)传染病防控方面' / '(二)食宿管理方面': seq as printed (1–3, 1–3), category "
                   "the heading without its marker, title the item (final '。' dropped); measures 0, status null.",
                   "(NEW) (二)3. is cut by the store after five findings: labelled, titled by the text to the cut.",
                   "A school named at the start of an item is not a responsible unit (the copy charges no body). '15个学校' "
                   "are bodies: no figure. The inspector: the '联合督查组' of four city bodies; no dates."]),
    "zhengdong_market_safety_supervision_five": dict(
        url="https://yjj.zhengzhou.gov.cn/xsqkx/4603454.jhtml", excerpt=False,
        genre="a district 安全生产 督导 news item: five problems inline '1.…;2.…;3.…;4.…;5.…。' in one sentence; whole page "
              "to '打印此文 关闭窗口'",
        kind=None, title=None, issuer=None, report_date="2020-12-24",
        inspection=ins("郑东新区安全生产专项整治三年行动大督导第一督导组", "太格茂商场、姚桥农贸批发市场", "2020-12-23", "2020-12-23"),
        headline=head(),
        problems=[_p(i, t) for i, t in enumerate(ZHENGDONG, 1)],
        anomalies=["Portal news: '郑东新区开展安全生产专项督导检查' is a news headline (title null); '时间:2020-12-24 09:54' → "
                   "report_date; '12月23日上午' → start and end 2020-12-23 (the page date's year).",
                   "(NEW) '发现存在以下安全生产问题:1.…;2.…;…5.…。' → five problems seq 1–5, titled by each item (';'/'。' dropped); "
                   "'要求企业立即进行整改' charges no single body: no unit; the 整改通知书 is the inspector's act: measures 0."]),
    "kxc_market_rectification_notice_fanwen": dict(
        url="http://ixindu.com/dictionary/d6158726.html", excerpt=False,
        genre="a 范文 site's copy of a 工商局 农贸市场 限期整改通知书: numbered '1、 ' items under three market headings, "
              "year masked; copy reaches the site footer (cut in it)",
        kind=None, title="农贸市场限期整改通知书", issuer="科学城工商行政管理局", report_date=None,
        inspection=ins("科学城工商局", "花园市场、沿江市场、望江市场"), headline=head(),
        problems=[_p(i, t, cat, [KXC_UNIT]) for cat, items in KXC for i, t in enumerate(items, 1)],
        anomalies=["范文 site chrome ('网站首页 词典首页', '标题 …', '导语:…', '随便看'); the notice's own title line "
                   "'农贸市场限期整改通知书' is the title (not the site's '关于农贸市场限期整改通知').",
                   KXC_NOTE + " Seq as printed (1–4, 1–4, 1–6).",
                   "The year is masked ('20xx年7月20日', '二〇一*年*月**日'): no dates, no report date; signature → issuer."]),
    "kxc_market_rectification_notice_taodocs_noise": dict(
        url="https://m.taodocs.com/p-247512815.html", excerpt=False,
        genre="a 文库 copy of the same notice: no line breaks, every item number replaced by a noise character "
              "('莃花园市场:螁水果摊位…'), an English/Russian 'personal use' disclaimer; whole document, cut in the disclaimer",
        kind=None, title="科学城农贸市场整改意见书", issuer="科学城工商行政管理局", report_date="2012-07-20",
        inspection=ins("科学城工商局", "花园市场、沿江市场、望江市场", "2012-07-20", "2012-07-20"), headline=head(),
        problems=[_p(None, t, cat, [KXC_UNIT]) for cat, items in KXC for t in items],
        anomalies=["(NEW) The same notice as kxc_market_rectification_notice_fanwen, copied by a 文库 site that inserts a noise "
                   "character between phrases and drops the numbers: seq null, titles/categories/unit as in the 范文 copy.",
                   KXC_NOTE,
                   "The date is unmasked here: '2012年7月20日…开展了市场环境专项检查' → start and end 2012-07-20; signature "
                   "'科学城工商行政管理局袀二〇一二年七月二十日' (noise between) → issuer and report_date 2012-07-20.",
                   "Title line '薄科学城农贸市场整改意见书蚁芈…' read without its noise characters (not scored)."]),
    "dingcheng_straw_burning_night_check": dict(
        url="https://www.dingcheng.gov.cn/xwdt/bmdt/content_184836", excerpt=False,
        genre="a district portal's news of a 秸秆禁烧 night check: one paragraph-run per 督查组, findings inside sentences; "
              "whole page to its login chrome",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins("秸秆禁烧专项督查组"), headline=head(),
        problems=[_p(None, t) for t in DINGCHENG],
        anomalies=["Portal news with a news headline (title null) and no page date; '9月4日晚' has no year: no dates.",
                   "(NEW) One problem per place where burning was found: two in the first group's '但在巡查中发现,A,B,' "
                   "(two townships), one in the second's '在中河口镇公路边,发现一处焚烧黄豆秆情况' titled after '发现' "
                   "(blind17's wugang rule: the place lead-in dropped). The third group's '蔡家岗镇党政主要负责人正在…处理环保问题' "
                   "is an explained absence, not a problem.",
                   "seq null; the group names '第一督查组(王涛)' are inspectors, not categories; no unit; measures 0 "
                   "('要求相关人员立即扑灭火点' is the inspector's demand)."]),
    "puyang_work_style_unannounced_timed_entries_cut": dict(
        url="https://pydc.gov.cn/pc/news_view.asp?id=1170", excerpt=True,
        genre="a city 效能办's 作风 暗访 report: one heading per county ('濮阳县:…'), then timed entries 'HH:MM,<observation>。' "
              "mixing misconduct with praise; cut inside 南乐县's third entry",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins("市效能办", "五县两区及市直部分机关"), headline=head(),
        problems=[_p(None, t, cat) for cat, items in PUYANG for t in items],
        anomalies=["(NEW) One problem per timed entry that reports misconduct ('10:30,…看网络视频;…玩网络游戏。' is one entry); "
                   "the entries that praise ('11:30,…到岗情况良好', '17:05,…依然坚守岗位', '10:30,…全部在位,服务热情周到') are "
                   "not problems; three entries share one line ('10:00,…;10:10,…;10:15 ,…'): three problems.",
                   "Titled by the entry after its time ('HH:MM,' and the final '。' dropped); category the county of the heading "
                   "('濮阳县', '清丰县', '南乐县'; the heading's slogan after ':' dropped); seq null; no unit (no body is charged); "
                   "measures 0, status null.",
                   "'15:30,3110房间一名男' is cut before the act: not labelled. '3月26日至3月29日' and '3月28日全天' have no year: "
                   "no dates; no title, no page date."]),
    "county_flood_reservoir_selfcheck_report": dict(
        url="http://m.fwdq.com/zichabaogao/283295.html", excerpt=True,
        genre="2 a 自查报告 site's county 水利 防汛 隐患排查 report: '一、加强领导' and '二、突出重点' (whose '1.'/'2.' are "
              "checks done), then '三、存在的问题' 1.–5., then '四、落实整改措施' (cut)",
        kind="bulletin", title=None, issuer=None, report_date="2020-01-04", inspection=ins(), headline=head(),
        problems=[_p(i, t, "存在的问题") for i, t in enumerate(FLOOD, 1)],
        anomalies=["Content-site page: '发布时间:2020-01-04 来源:自查报告' → report_date (no signature); no title in the copy; a "
                   "self-check report of problems and measures: kind bulletin (blind10's 自查…整改措施报告).",
                   "The problems are the middle section '三、存在的问题' 1.–5. (category '存在的问题', blind10's hpu rule), not "
                   "'二、突出重点' 1./2. (what was checked); titles the items (final '。' dropped).",
                   "'四、落实整改措施' answers the problems as a whole ('一是加快病险水库的整治进度…', cut) and names no single "
                   "problem: measures 0 for each, status null; '所在乡镇和水库管理单位' is not one unit per problem: no unit."]),
}

EXPECTED = {"jinhua_chuangcheng_unannounced_three_points": 3, "jieshou_school_epidemic_recheck_notice_cut": 6,
            "zhengdong_market_safety_supervision_five": 5, "kxc_market_rectification_notice_fanwen": 14,
            "kxc_market_rectification_notice_taodocs_noise": 14, "dingcheng_straw_burning_night_check": 3,
            "puyang_work_style_unannounced_timed_entries_cut": 12, "county_flood_reservoir_selfcheck_report": 5}


def recount(stem: str, text: str) -> int:
    """Second count, from the text itself."""
    if stem == "jinhua_chuangcheng_unannounced_three_points":
        return len(re.findall(r"^发现问题:", text, re.M))
    if stem == "jieshou_school_epidemic_recheck_notice_cut":
        return len(re.findall(r"^\d、\S", text[text.index("二、存在问题"):], re.M))
    if stem == "zhengdong_market_safety_supervision_five":
        return len(re.findall(r"\d\.[^;。]+[;。]", text[text.index("以下安全生产问题"):]))
    if stem == "kxc_market_rectification_notice_fanwen":
        return len(re.findall(r"^\d、 \S", text, re.M))
    if stem == "kxc_market_rectification_notice_taodocs_noise":
        body = text[text.index("具体如下:"):text.index("以上为")]
        # each market heading, then items ending in '。' (one, '(出售火锅底料)', ends in ')')
        return len(re.findall(r"。|\)", body))
    if stem == "dingcheng_straw_burning_night_check":
        return len(re.findall(r"正在焚烧|焚烧黄豆秆", text))
    if stem == "puyang_work_style_unannounced_timed_entries_cut":
        entries = re.split(r"\d{1,2}:\d{2} ?,", text)[1:]
        return sum(1 for e in entries if not re.search(r"良好|坚守岗位|全部在位", e) and not e.endswith("一名男"))
    if stem == "county_flood_reservoir_selfcheck_report":
        return len(re.findall(r"^\d\.\S", text[text.index("三、存在的问题"):text.index("四、")], re.M))
    raise KeyError(stem)


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    # every title, category and unit is in the text as written
    check_problems(stem, d["problems"], text, category_in=text, units_in=text)
    check_title_issuer(stem, d, text)


def main() -> None:
    write_labelled_set(HERE, DOCS, {k: json.loads(v) for k, v in TEXTS.items()}, check_one, expected=EXPECTED,
                       recount=recount, total=62)


if __name__ == "__main__":
    main()
