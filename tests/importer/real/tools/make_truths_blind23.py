"""Write the texts and truth files of tests/importer/real/blind23: a held-out batch of real pages that print problems
with their RESPONSIBLE UNITS and DEADLINES (整改清单-like ledgers of 督查/创文/双创 checks, a 督查通知单, a 卫生城市 table),
plus three lead pages of 巡察/督察/审计 rectification documents (a health centre's 巡察 通报, a 督察 整改方案 transmitted by
a 通知, an 审计 整改情况 report), labelled in session 17 by helper label28, who did not change the parser and did not
read zhenggai/importer/ or tests/importer/*.py. Scored once on the worktree's untouched parser (FIRST_RUN_blind23.txt)
before anything else changed; whoever changes the parser for it must say so and keep that first run as the honest one.

Schema and conventions as make_truths.py, make_truths_blind19.py and make_truths_snippets20.py (head/ins/prob from
make_truths). The texts are the stored excerpts the search tool's ``pages`` corpus returned, copied as returned (JSON
strings pasted into TEXTS below and decoded; nothing cleaned). Caveat: the 四平 铁西 notice decodes to 1,931 UTF-8
bytes where the store's other cut copies hold 1,998-2,000; its long runs of blanks (indents, the right-aligned
signature) may be non-breaking or ideographic spaces in the store that the tool's display rendered as ASCII blanks:
they were transcribed as ASCII blanks. ``excerpt`` is true for the five copies cut by the store (荆州 inside its 27th
item; 铁西 inside item 10's unit; 兴城, 桃花源 and 烟台 before or at their first problem) and false for the three whole
pages (岳阳's table ends with its date line; the two 平利 通报 end with their closing request).

Uniqueness: every "url" under /work/main/tests/importer and /work/shared/corpus, every url quoted in
/work/main/tests/importer/real/tools/*.py, and every url in /work/wt/label*/tests/importer/real (json and tools) was
collected (816 keys, 841 at the commit: host+path+query, scheme, 'www.' and a trailing '/' dropped, lower case), and each page's key was
checked against them (again just before the commit).

Queries (``pages`` corpus, 30 in all; the 24 that shaped the set are listed): 巡察反馈问题整改清单 整改措施 责任单位 整改时限; 整改台账 问题清单 任务清单 责任清单 责任人
完成时限; 审计发现问题整改方案 整改措施 责任单位 整改时限 医院; 序号 | 问题 | 整改措施 | 责任单位 | 整改时限 |; 巡察反馈意见整改方案
整改措施:1. 责任领导 责任科室 完成时限:立行立改; 问题清单 整改措施 责任人 整改时限 2023年12月底前 长期坚持 学校党委; 督查发现问题
整改责任单位 整改时限:3天 问题清单 曝光; 存在问题 责任单位:区城管局 整改时限:立即整改 交办; 整改方案 问题1 整改措施 责任部门 完成时间
医院 巡察反馈; 督查通知单 存在问题 (责任单位: 街道) 整改完成 报区政府督查室; 巡察整改 问题清单 一览表 整改措施 整改时限 责任领导
责任股室 公示; 环保督察 交办问题 整改方案 整改目标 整改措施 责任单位 整改时限 2019年; 关于巡察反馈问题整改进展情况的通报 医院党委
已完成整改 正在整改 长期坚持; 集团公司党委 巡视整改进展情况 通报 问题 整改情况 已完成 国有企业; 创文 督查 问题清单 责任单位 整改时限
立即整改 一周内; 问题汇总表 序号 路段名称 问题描述 责任单位 督查时间; 安全隐患整改清单 隐患内容 整改措施 整改责任人 整改期限 学校;
巡查发现问题 整改措施:由 督促 责任单位 请各责任单位按整改要求 通报; 整改目标 整改措施 责任领导 责任单位 整改时限 反馈问题 第一项;
交办问题清单 序号 问题 责任单位 完成时限 县 督察 整改任务; 卫生检查 通报 存在问题 责任单位 限 日前整改到位 医院 科室; 双创办 巡查
发现问题 整改要求:由包片单位 负责; 问题整改责任单位:市城管委 整改时限:3天 创文办 督查发现; 整改通知 附件 存在问题 1. (责任单位: )
2. (责任单位: ) 于 月 日前 整改完毕 (and six more on 自然资源 督察, 任务分解表, 文明城市 测评, 村 巡察 公示栏, 暗访 交办 农贸市场
and 学校食堂 检查 that gave nothing taken).
Figures: of the 38 result urls I checked (the on-topic ones; portal essays, templates and 制度 texts were not), 26 were
already known; 12 were new, 8 taken. The corpus is all but exhausted for this
family: every 巡察/巡视 整改进展 通报 of a hospital, school or SOE the queries returned was labelled already (宿迁 卫健委,
成都 空港集团, 武汉 产投, 湖北 卫健委, 惠济 审批局, 南宁 审计函, 瑞金/宁波/慈溪 审计 reports, 常德 市 督察 方案, 湖北 回头看 清单, …);
no 整改方案 with per-problem 整改措施/责任单位/整改时限 came back that was new (the 桃花源 plan is cut before its list).
Pages with units and deadlines per problem that were new are 创文/双创/督查 check lists, taken here. Not taken: a
template site's anonymised 'V市' 创文 通报 (sucai198.com, a model text), a 住建局 督导 news item whose problems are a
'涉及…等' summary (zgqingyang), a traditional 全椒 农贸市场 通报 whose stored copy opens with a pornographic spam line
(cqlhgx; blind19's rule), a traditional 株洲 创文 news story told as narrative (kouhuie), a 2017 二七 市场 督导 item with
one summary sentence (kjzch), doc-sharing outlines with no problems (renrendoc).

Problems: 48 (23+5+10+4+5+0+0+1), counted by hand and recounted in main() by regex on the text. Measures: counted by
reading (pingli 1 per '整改措施:'/'整改要求:' field, every field one undivided sentence; yantai 2, '一是' and a cut '二是')
and recounted by regex (the number of '整改措施:'/'整改要求:' fields; '一是/二是' in yantai's item); the two agree. Every
other page prints no measure: measure_count 0.

Judgement calls (each is also in the truth's anomalies):
- 荆州 创文: the 27 problems are the '(n)' items under five site headings '1. 市科技馆' …; category = the site heading
  (the nearest section heading), seq = the item's number; units and deadline from the site's closing line
  '问题整改责任单位:X 整改时限:N天' (the 市卫生健康委员会 is charged for three hospitals, not the hospital itself). The 市妇幼
  保健医院 block is cut before its closing line: its units are [] and deadline null (not in the text). Its item (5) is cut
  after '学雷': labelled with the title '学雷' (the item exists; its statement is lost). Item '(3)全民阅读活动正在整改' is
  listed as a problem: status in_progress (the text says so); every other status null. Trailing ';' and '。' dropped.
  '27个问题' → problems_total 27 (23 present). '8月30日', '8月29日至30日' have no year: no dates. News headline kept as
  title, kind null (a check's results, blind19's louxing rule).
- 岳阳 table: problems titled by the 问题描述 cell, seq from 序号; the 路段名称 cell is a place: no category; units from the
  责任单位 cell ('城管大队' and '城管支队' kept apart as printed). Title the table's own heading '全国卫生城市测评路段问题汇总表'
  (the first line is the portal's article title); '督查领导:张建辉' → inspector (a person: the only inspector named);
  '督查时间:2019年 4 月 21日' → start and end 2019-04-21; the closing '2019年4月21日' → report_date.
- 铁西 督查通知单: title '关于对城区环境卫生综合整治工作检查情况的整改通知' (split over two lines with stray blanks in the text);
  signature → issuer 四平市铁西区人民政府督查室 and report_date 2019-05-15 (the portal's 2019-05-17 is the posting time);
  '共梳理出11条问题' → problems_total 11 (10 present, cut). Units from '(责任单位:…)', split on '、' ('仁兴街' kept as printed,
  a short form of 仁兴街道办事处). (NEW) The covering letter's '并于5月20日前将问题整改完成' is the one 整改时限 of every
  listed problem → deadline '5月20日前' on each. Item 10 is cut inside its unit: units []. Inspector
  '区委、区政府主要领导' (they led the check; the 督查室 compiled the list); '5月15日清晨' takes its year from the signature.
- 平利 (both): the units are named inside the measure field '由<unit>…负责/督促…' (the text calls them '各责任单位'/'各相关
  单位'): units = the bodies after '由', without the role '包片单位'; the 联合执法工作组 is a unit. (NEW) A deadline written
  inside the measure is the problem's deadline as written, without '在': '国卫复审暗访以前' (item 4), '本月底以前' (item 5,
  the date by which unruly shops are to be referred). '尽快' is not a deadline. Item 5 of the second page names five 包片单位
  (its units) and two more bodies that act later (县住建局城建监察大队 to enforce, 县双创办 to spot-check): not units. Each
  measure field is one undivided sentence: 1 each (',并加强教育引导' does not make a second numbered measure; seeds' rule).
  First page: '118,' is '11月8日' with its 月/日 lost (year from '发布时间:2015-11-08') → start/end 2015-11-08, report_date
  2015-11-08; inspector 县双创办 (its 值班人员 checked). Second page: no title, date or inspector in the text.
- 兴城 (a health centre's 巡察 通报, a 信息公开 metadata list above it): problems [] (cut in section 一 before any
  problem); '成文时间:2025年09月26日' → report_date (no signature survives); '发布机构:区卫健局' is a source field: issuer
  the centre (title); '3月18日' → feedback 2025-03-18 (after the 2025-01-20 end); '31条问题' → problems_total 31.
- 桃花源: a 通知 that transmits a 整改方案, then the plan: title the plan's own heading (the notice quotes it shorter as
  '…第四环保督察组反馈意见整改方案'); issuer and report_date from the notice's signature (管委会办公室, 2019-02-28); kind plan;
  inspected '桃花源旅游管理区' (the plan's '我区'); problems [] (cut in 二、整改原则).
- 烟台 审计 report (cut, no title line): one problem '(一)关于…问题的整改情况' → title stripped of the wrapper, category
  the section '预算组织部门查出问题的整改情况' (its numbering dropped), measures 2 ('一是', '二是' cut); the '一是…问题,财政部门
  通过…' items are sub-findings with what was done, counted as the seeds count 一是/二是; '财政部门' acts but no unit is
  stated in a 责任单位 field: units []. No date, no auditor named: inspection null; kind bulletin (a 整改情况 report).
"""
import json
import re
from pathlib import Path

from make_truths import check_names, check_problems, head, ins, prob, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind23"

TEXTS = {
    'jingzhou_chuangwen_sites_units_deadlines_cut': r'''"创文进行时丨27个问题清单曝光,要求限期整改\n\n8月30日,市创文办发布8月29日至30日督查组实地督查中发现的创文工作相关问题,包括公共厕所卫生、公共场所禁烟、街巷环境卫生、公益广告宣传、菜市场环境卫生、消防设施等内容,并要求相关责任单位在规定时限内处理整改。\n\n具体问题如下:\n\n1. 市科技馆\n\n(1)院内电动车未按指定区域停放;\n\n(2)灭火器过期未更换;\n\n(3)意见簿投诉记录和回复处理记录不规范。\n\n问题整改责任单位:市科技馆 整改时限:3天\n\n2. 市第二人民医院\n\n(1)院内禁烟标识数量不达标;\n\n(2)宣传牌内容不规范;\n\n(3)学雷锋志愿服务岗缺乏志愿者信息台账。\n\n问题整改责任单位:市卫生健康委员会 整改时限:5天\n\n3. 市第三人民医院\n\n(1)门诊大厅服务窗口未见诚信服务公益宣传;\n\n(2)院内清洁卫生存在死角,垃圾未及时清运;\n\n(3)全民阅读活动正在整改;\n\n(4)院内住宅小区水表箱破损严重;\n\n(5)院内宣传栏破损。\n\n问题整改责任单位:市卫生健康委员会 整改时限:5天\n\n4. 市第五人民医院\n\n(1)院内存在摩托车乱停乱放现象;\n\n(2)门诊大厅内消防设施位置设置不当;\n\n(3)卫生间通道有小广告;\n\n(4)住宅小区内墙面破损严重,乱涂乱画现象较多,地面有垃圾,卫生状况较差;\n\n(5)医院食堂未见禁止吸烟标识;\n\n(6)创文资料整理不规范,相关创文活动未开展;\n\n(7)未组织干部职工学习《荆州市文明行为促进条例》。\n\n问题整改责任单位:市卫生健康委员会 整改时限:5天\n\n5. 市妇幼保健医院\n\n(1)医院食堂未设置垃圾分类收集容器,文明用餐标语不醒目,物品摆放凌乱,卫生状况较差;\n\n(2)门诊大厅无障碍通道被堵塞;\n\n(3)小区消防设施未定期维护,院内消防设施6月、7月、8月没有检查记录;\n\n(4)禁烟区垃圾桶附近有垃圾未及时清扫,车辆乱停乱放;\n\n(5)学雷"''',
    'yueyang_sanitary_city_road_table_units': r'''"2019年4月21日卫生城市检查(张建辉督查路段)\n全国卫生城市测评路段问题汇总表\n督查领导:张建辉 督查时间:2019年 4 月 21日\n序号 |\n路段名称 |\n问题描述 |\n责任单位 |\n备注 |\n1 |\n湘北大道 |\n湘北大道沿线街道车辆违停严重 |\n停车办 |\n|\n2 |\n湘北大道 |\n求真垃圾站前种菜,旁边杂草丛生 |\n市环卫中心 |\n|\n3 |\n赶山西路 |\n师大南湖学校对面工地上泥巴在雨水冲击下大量流向街道,污染严重 |\n城管大队 |\n|\n4 |\n赶山西路 |\n保利中央公园对面一新开喇叭口没硬化,泥水大量流向街道 |\n城管支队 |\n|\n5 |\n赶山西路 |\n赶山路与湘北大道交叉口往西150米处路面积水严重 |\n市政维护管理处 |\n|\n2019年4月21日"''',
    'siping_tiexi_duchao_notice_units_cut': r'''"政务\n\ngovernor\n四平市铁西区人民政府   2019-05-17 15:15:00   来源: 区人民政府督查室\n\n四平市铁西区人民政府督查通知单\n\n四铁西政督字〔2019〕7 号    签发人:刘中文\n\n\n铁西区人民政府督查室\n\n关于对城区环境卫生综合整治工作检查情况的 \n\n整改通知 \n\n\n仁兴街道办事处、北沟街道办事处、英雄街道办事处、区住建局、区执法局、房屋征收中心: \n\n  5月15日清晨,区委、区政府主要领导带领各相关部门对城区环境卫生综合整治工作进行检查,区政府督查室按照领导指示,共梳理出11条问题,请各事涉部门对存在的问题立即进行整改,并于5月20日前将问题整改完成,整改情况报区政府督查室。电子版发送至txqdcs@163.com,区政府督查室将对存在的问题跟踪督查。 \n\n  附件:存在问题 \n\n \n\n                                             四平市铁西区人民政府督查室 \n\n                                              2019年5月15日   \n\n \n\n  附件: \n\n  存在问题: \n\n  1.春江医院附近北侧胡同内垃圾。(责任单位:英雄街道) \n\n  2.天桥下王力防盗安全门门前路面破损。(责任单位:住建局) \n\n  3.夜难眠麻辣烫西侧胡同内乱堆乱放。(责任单位:执法局) \n\n  4.群生精品安全门门前路面需修整。(责任单位:住建局) \n\n  5.小器鬼照明门前乱堆乱放、天桥下栅栏需拆除。(责任单位:仁兴街、执法局) \n\n  6.大顺路与北仁兴街东南角药厂北侧拆迁区域需加围挡。(责任单位:征地中心) \n\n  7.铁路一小墙外垃圾杂物。(责任单位:北沟街道) \n\n  8.春光逸园后身铁路沿线乱堆乱放、拆迁区域需围挡。(责任单位:北沟街道、执法局、征地中心) \n\n  9.北迎宾街沿路,滨河蓝湾一处商家破损广告牌(责任单位:执法局) \n\n  10.滨河家园D-20楼下乱堆乱放。(责任单位:"''',
    'pingli_shuangchuang_nov8_four_measures_units': r'''"11月8日市容环境综合整治情况的通报\n\n信息来源: 作者: 发布时间:2015-11-08 08:56 【 字体:\n\n118,县双创办周末值班人员对市容环境综合整治工作进行了巡查,发现存在以下问题亟待整改:\n\n1、广伟商城户外宣传广告破损。\n\n整改措施:由县住建局督促商户更换。\n\n2、新正街邮储银行外人行道多处水果摊贩流动经营。\n\n整改措施:由市容环境综合整治联合执法工作组负责整治。\n\n3、河滨南路詹云茶行外有住户在行道树晾晒衣物。\n\n整改措施:由包片单位县文广局督促住户移走晾晒的衣物,并加强教育引导,提高居民文明素质和生态意识。\n\n4、河滨南路县国税局外绿化带有住户晾晒坐垫。\n\n整改措施:由包片单位县民政局督促住户移走晾晒的坐垫,并加强教育引导,提高居民文明素质和生态意识。\n\n请各责任单位按整改要求对上述问题尽快整改落实,县双创办将跟踪回访落实情况,整改结果纳入第四季度双创考核。\n\n| 责任编辑:"''',
    'pingli_shuangchuang_five_requirements_units_deadlines': r'''"1、西大桥西侧河边堤岸警示牌沿线有垃圾死角和建筑垃圾。\n整改要求:由县环卫站负责清除上述地段垃圾死角和建筑垃圾。\n2、平利花园对面迎宾大道南围墙上有牛皮癣和野广告,东入口绿化带内丢弃有白色垃圾。\n整改要求:由包片单位县气象局负责清除。\n3、原安运司院落内有多处卫生死角,杂物乱堆。\n整改要求:由包片单位县供销社负责督促业主清理院内垃圾死角,规范物品堆放。\n4、迎宾大道南侧沿线部分居户旱厕外露。\n整改要求:由城关镇负责按照国家卫生县城复审的要求,对城乡接合部、城中村及城区省道过境沿线旱厕分布进行调查摸底,坚持先易后难、先外后内、集中治理,在国卫复审暗访以前组织拆除旱厕或改建无害化厕所。\n5、陈家坝药妇沟口至西大桥入口沿线商户出店占道经营问题较为突出。\n整改要求:按照先劝阻、再强制,先教育、再处罚的要求,由陈家坝沿线包片单位县职教中心、县消防大队、县委党校、县供销社、县交通局负责对各自片区出店商户开展经常性劝阻教育,在本月底以前将屡教不改的门店报县住建局城建监察大队采取措施执法规范城乡接合部占道经营问题。县双创办对上述工作开展实效进行抽查。\n请各相关单位对本次巡查的问题认真整改,整改落实情况及时报县双创办。"''',
    'xuecheng_health_centre_xuncha_bulletin_lead_cut': r'''"- 索 引 号:370403/2025-02453\n- 主题分类:其他信息\n- 发布机构:区卫健局\n- 成文时间:2025年09月26日\n- 文 号:无\n- 发文时间:2025年09月26日\n- 标 题:兴城社区卫生服务中心关于落实区委第四巡察组巡察反馈意见集中整改进展情况的通报\n- 效力状态:有效\n兴城社区卫生服务中心关于落实区委第四巡察组巡察反馈意见集中整改进展情况的通报\n(社会公开稿)\n根据区委统一部署,2024年11月20日至2025年1月20日,区委第四巡察组对兴城社区卫生服务中心开展了常规巡察。3月18日,区委巡察组向兴城社区卫生服务中心反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、整改工作基本情况\n区委第四巡察组反馈意见中指出4个方面、11个大项、31条问题,我们诚恳接受区委第四巡察组的巡察意见,并坚持高标准、严要求,坚决抓好整改落实。\n(一)强化组织领导,压实整改责任\n收到巡察反馈意见后,第一时间成立由党支部书记、院长任组长的整改工作领导小组,统筹部署整改任务。召开专题支委会、整改动员部署会,深入剖析问题根源,明确“主要领导牵头抓总、分管领导帮包落实、责任科室具体推进”的责任体系,形成一级抓一级、层层抓落实的工作格局。\n(二)细化整改方案,明确任务清单\n对照巡察反馈的4个方面、11个大项、31具体问题,制定《巡察反馈问题整改工作方案》,明确责任领导、责任科室、整改时限及验收标准,建立问题清单、任务清单、责任清单,实行“台账式管理、销号式推进”,确保整改任务可量化、可跟踪、可考核。\n(三) 健全推进机制,强化过程督导\n建立“周调度、月通报”机制,定期召开整改推进会,动态掌握整改进展;切实加大督查力度,加强对巡视整改的全程跟踪和督促检查,紧盯党建、人事、财"''',
    'taohuayuan_ducha_plan_notice_lead_cut': r'''"关于印发《桃花源旅游管理区贯彻落实常德市第四环境保护督察组督察反馈意见整改方案》的通知\n桃花源镇人民政府、桃仙岭街道办事处,区直及市直派驻各单位:\n经区管委研究同意,现将修订后的《桃花源旅游管理区贯彻落实常德市第四环保督察组反馈意见整改方案》印发给你们,请结合实际认真贯彻执行。\n常德市桃花源旅游管理区管委会办公室\n2019年2月28日\n桃花源旅游管理区贯彻落实常德市第四环境保护督察组督察反馈意见整改方案\n为全面贯彻落实党中央、国务院和省委、省政府、市委、市政府关于环境保护督察的决策部署,切实加大生态文明建设和环境保护工作力度,坚决打好打赢污染防治攻坚战,根据督察组《反馈意见》,结合我区实际,制定本方案。\n一、总体要求\n全面贯彻党的十九大和十九届二中、三中全会精神,以习近平新时代中国特色社会主义思想为指导,统筹推进“五位一体”总体布局,协调推进“四个全面”战略布局,牢固树立和践行新发展理念,坚定不移走生态优先、绿色发展之路,以供给侧结构性改革为主线,以环境质量改善为核心,以洞庭湖生态保护为重点,以改革创新为动力,切实抓好《反馈意见》的整改落实,努力实现我区生态环境总体改善,环境监管成效显著提高,环境安全得到有效保障,环境质量与全面建成小康社会相适应。\n二、整改原则\n(一)坚持“党政同责、一岗双责”。全区各部门要深刻认识反馈问题的严肃性和整改任务的复杂性,切实增强责任意识、担当意识。党政负责人要对本辖区整改工作负总责,相关部门负责人对本系统、本业务工作范围内的环境保护工作负责。要坚持管地方必须管环保、管行业必须管环保、管业务必须管环保、管生产经营必须管环保的原则,进一步压紧"''',
    'yantai_audit_rectification_report_first_item_cut': r'''"一、整改工作基本情况\n市委、市政府高度重视审计查出问题整改工作,主要领导多次作出批示,要求认真整改并定期督办整改情况。市委审计委员会印发《关于建立健全审计查出问题整改长效机制的实施意见》,健全问题整改长效机制,进一步明确整改职责,全面提升我市审计整改工作制度化、规范化水平。市政府将审计整改及公告情况纳入高质量发展综合绩效考核,推动各级各部门增强整改工作的自觉性和主动性,提升审计整改成效。\n市委审计委员会办公室、市审计局坚持围绕中心、服务大局,深化审计整改督促检查责任,建立健全审计查出问题整改台账,结合问题实际分类实行动态管理,持续跟踪检查,推动问题整改落实到位;多次组织开展整改“回头看”工作,对整改情况的真实性、整改措施的有效性进行重点检查,充分发挥审计“治已病、防未病”作用;通过与巡察、督查建立联动机制,形成整改合力,提高审计整改的严肃性与震慑性。\n有关主管部门认真履行监督管理责任,突出问题导向,通过举一反三,强化源头治理,健全长效机制,堵塞管理漏洞,实现审计一点,规范一片。被审计单位认真落实审计整改主体责任,严格执行审计整改要求,坚持立行立改,逐项分解整改任务,对需分阶段或持续整改的问题制定整改方案,明确目标要求和整改时限,持续推动整改落实落地。\n二、预算组织部门查出问题的整改情况\n(一)关于财政保障重大决策部署落实不够有力问题的整改情况。一是财政预算编制与城建重点项目投资计划衔接不到位,年初预算编报率低问题,财政部门通过加强与项目主管部门沟通、充分研究论证、拓宽资金来源渠道、深化预算绩效管理等方式提升预算编制的规范性、科学性。二是工程总承包项目管理制度不完善,"''',
}


IP = "in_progress"
WJW = "市卫生健康委员会"
JINGZHOU = [  # (site heading, seq, title, status)
    ("市科技馆", 1, "院内电动车未按指定区域停放", None),
    ("市科技馆", 2, "灭火器过期未更换", None),
    ("市科技馆", 3, "意见簿投诉记录和回复处理记录不规范", None),
    ("市第二人民医院", 1, "院内禁烟标识数量不达标", None),
    ("市第二人民医院", 2, "宣传牌内容不规范", None),
    ("市第二人民医院", 3, "学雷锋志愿服务岗缺乏志愿者信息台账", None),
    ("市第三人民医院", 1, "门诊大厅服务窗口未见诚信服务公益宣传", None),
    ("市第三人民医院", 2, "院内清洁卫生存在死角,垃圾未及时清运", None),
    ("市第三人民医院", 3, "全民阅读活动正在整改", IP),
    ("市第三人民医院", 4, "院内住宅小区水表箱破损严重", None),
    ("市第三人民医院", 5, "院内宣传栏破损", None),
    ("市第五人民医院", 1, "院内存在摩托车乱停乱放现象", None),
    ("市第五人民医院", 2, "门诊大厅内消防设施位置设置不当", None),
    ("市第五人民医院", 3, "卫生间通道有小广告", None),
    ("市第五人民医院", 4, "住宅小区内墙面破损严重,乱涂乱画现象较多,地面有垃圾,卫生状况较差", None),
    ("市第五人民医院", 5, "医院食堂未见禁止吸烟标识", None),
    ("市第五人民医院", 6, "创文资料整理不规范,相关创文活动未开展", None),
    ("市第五人民医院", 7, "未组织干部职工学习《荆州市文明行为促进条例》", None),
    ("市妇幼保健医院", 1, "医院食堂未设置垃圾分类收集容器,文明用餐标语不醒目,物品摆放凌乱,卫生状况较差", None),
    ("市妇幼保健医院", 2, "门诊大厅无障碍通道被堵塞", None),
    ("市妇幼保健医院", 3, "小区消防设施未定期维护,院内消防设施6月、7月、8月没有检查记录", None),
    ("市妇幼保健医院", 4, "禁烟区垃圾桶附近有垃圾未及时清扫,车辆乱停乱放", None),
    ("市妇幼保健医院", 5, "学雷", None),
]
JZ_UNITS = {"市科技馆": (["市科技馆"], "3天"), "市第二人民医院": ([WJW], "5天"), "市第三人民医院": ([WJW], "5天"),
            "市第五人民医院": ([WJW], "5天"), "市妇幼保健医院": ([], None)}
YUEYANG = [("湘北大道沿线街道车辆违停严重", "停车办"), ("求真垃圾站前种菜,旁边杂草丛生", "市环卫中心"),
           ("师大南湖学校对面工地上泥巴在雨水冲击下大量流向街道,污染严重", "城管大队"),
           ("保利中央公园对面一新开喇叭口没硬化,泥水大量流向街道", "城管支队"),
           ("赶山路与湘北大道交叉口往西150米处路面积水严重", "市政维护管理处")]
TIEXI = [("春江医院附近北侧胡同内垃圾", ["英雄街道"]), ("天桥下王力防盗安全门门前路面破损", ["住建局"]),
         ("夜难眠麻辣烫西侧胡同内乱堆乱放", ["执法局"]), ("群生精品安全门门前路面需修整", ["住建局"]),
         ("小器鬼照明门前乱堆乱放、天桥下栅栏需拆除", ["仁兴街", "执法局"]),
         ("大顺路与北仁兴街东南角药厂北侧拆迁区域需加围挡", ["征地中心"]), ("铁路一小墙外垃圾杂物", ["北沟街道"]),
         ("春光逸园后身铁路沿线乱堆乱放、拆迁区域需围挡", ["北沟街道", "执法局", "征地中心"]),
         ("北迎宾街沿路,滨河蓝湾一处商家破损广告牌", ["执法局"]), ("滨河家园D-20楼下乱堆乱放", [])]
PINGLI_A = [("广伟商城户外宣传广告破损", "县住建局"), ("新正街邮储银行外人行道多处水果摊贩流动经营", "市容环境综合整治联合执法工作组"),
            ("河滨南路詹云茶行外有住户在行道树晾晒衣物", "县文广局"), ("河滨南路县国税局外绿化带有住户晾晒坐垫", "县民政局")]
PINGLI_B = [("西大桥西侧河边堤岸警示牌沿线有垃圾死角和建筑垃圾", ["县环卫站"], None),
            ("平利花园对面迎宾大道南围墙上有牛皮癣和野广告,东入口绿化带内丢弃有白色垃圾", ["县气象局"], None),
            ("原安运司院落内有多处卫生死角,杂物乱堆", ["县供销社"], None),
            ("迎宾大道南侧沿线部分居户旱厕外露", ["城关镇"], "国卫复审暗访以前"),
            ("陈家坝药妇沟口至西大桥入口沿线商户出店占道经营问题较为突出",
             ["县职教中心", "县消防大队", "县委党校", "县供销社", "县交通局"], "本月底以前")]

DOCS = {
    "jingzhou_chuangwen_sites_units_deadlines_cut": dict(
        url="http://jingzhou.cjyun.org/p/263877.html", excerpt=True,
        genre="a city 创文办's 督查 problem list on a 长江云 news page: five site headings '1. 市科技馆', each with '(n)' items and "
              "a closing line '问题整改责任单位:X 整改时限:N天'; cut inside the fifth site's item (5)",
        kind=None, title="创文进行时丨27个问题清单曝光,要求限期整改", issuer=None, report_date=None,
        inspection=ins("市创文办"), headline=head(pt=27),
        problems=[_p(s, t, cat, JZ_UNITS[cat][0], st, deadline=JZ_UNITS[cat][1]) for cat, s, t, st in JINGZHOU],
        anomalies=["Problems are the '(n)' items; category the site heading ('1. 市科技馆'); seq the item number, restarting at "
                   "1 under each site; trailing ';'/'。' dropped.",
                   "Units and deadline come from each site's closing line AFTER its items ('问题整改责任单位:市卫生健康委员会 "
                   "整改时限:5天'): the 卫健委 is charged for three hospitals, the 科技馆 for itself.",
                   "Cut: the 市妇幼保健医院 block has no closing line (units [], deadline null) and its item (5) stops at '学雷' "
                   "(labelled with that fragment).",
                   "'(3)全民阅读活动正在整改' is a listed problem that states its own status: in_progress.",
                   "'27个问题清单' → problems_total 27; 23 items present. '8月30日'/'8月29日至30日' have no year: no dates; no "
                   "measures (measure_count 0)."]),
    "yueyang_sanitary_city_road_table_units": dict(
        url="https://cgj.yueyang.gov.cn/9919/9920/9922/content_1502358.html", excerpt=False,
        genre="a city 城管局's 卫生城市 check table pasted one cell per line ('序号 |' … '备注 |'), 5 rows with a 责任单位 "
              "cell and an empty 备注; whole page",
        kind=None, title="全国卫生城市测评路段问题汇总表", issuer=None, report_date="2019-04-21",
        inspection=ins("张建辉", None, "2019-04-21", "2019-04-21"), headline=head(),
        problems=[_p(i, t, units=[u]) for i, (t, u) in enumerate(YUEYANG, 1)],
        anomalies=["(NEW) A table pasted one cell per line, each cell ending ' |', empty 备注 cells as a bare '|'.",
                   "Titled by the 问题描述 cell; the 路段名称 cell is a place: no category; units from the 责任单位 cell.",
                   "Title the table heading (line 1 is the portal's article title '2019年4月21日卫生城市检查(张建辉督查路段)').",
                   "'督查时间:2019年 4 月 21日' has stray blanks → start/end 2019-04-21; closing date line → report_date; "
                   "inspector the named 督查领导 (a person)."]),
    "siping_tiexi_duchao_notice_units_cut": dict(
        url="http://txwza.siping.gov.cn/esd/zw/dc/201905/t20190523_301209.html", excerpt=True,
        genre="a district government 督查室's 督查通知单 (文号, 签发人, addressees, signature) with an attached list "
              "'n.<problem>。(责任单位:…)'; portal chrome above; cut inside item 10's unit",
        kind=None, title="关于对城区环境卫生综合整治工作检查情况的整改通知", issuer="四平市铁西区人民政府督查室",
        report_date="2019-05-15",
        inspection=ins("区委、区政府主要领导", None, "2019-05-15", "2019-05-15"), headline=head(pt=11),
        problems=[_p(i, t, units=u, deadline="5月20日前") for i, (t, u) in enumerate(TIEXI, 1)],
        anomalies=["Title split over two lines with trailing blanks ('…检查情况的 \\n\\n整改通知 '); the form name "
                   "'四平市铁西区人民政府督查通知单' and the 文号 line are above it.",
                   "Signature '四平市铁西区人民政府督查室 / 2019年5月15日' (right-aligned by runs of blanks) comes BEFORE the "
                   "attached list; the portal's '2019-05-17 15:15:00' is the posting time.",
                   "(NEW) One deadline for all problems in the covering letter ('并于5月20日前将问题整改完成') → '5月20日前' on "
                   "every item.",
                   "Units from '(责任单位:…)' split on '、'; item 9 has no '。' before its unit; item 10 is cut inside "
                   "'(责任单位:' → units [].",
                   "'共梳理出11条问题' → problems_total 11; 10 items present (cut). No measures."]),
    "pingli_shuangchuang_nov8_four_measures_units": dict(
        url="https://www.pingli.gov.cn/Content-1108393.html", excerpt=False,
        genre="a county 双创办's 市容 巡查 通报: '1、<problem>。' each followed by '整改措施:由<unit>…。'; whole page",
        kind=None, title="11月8日市容环境综合整治情况的通报", issuer=None, report_date="2015-11-08",
        inspection=ins("县双创办", None, "2015-11-08", "2015-11-08"), headline=head(),
        problems=[_p(i, t, units=[u], measures=1) for i, (t, u) in enumerate(PINGLI_A, 1)],
        anomalies=["The date lost its 月/日: '118,县双创办…' is 11月8日 (title) → start/end 2015-11-08 with the year of "
                   "'发布时间:2015-11-08 08:56'.",
                   "(NEW) Units are named inside the measure ('由包片单位县文广局督促…'): the body after '由' without the role "
                   "'包片单位'; the closing '请各责任单位按整改要求…' confirms they are the responsible units.",
                   "Each '整改措施:' field is one sentence: measure_count 1 ('…,并加强教育引导' is not a second numbered item).",
                   "'尽快整改落实' is not a deadline. Portal chrome: '信息来源: 作者:', '【 字体:', '| 责任编辑:'."]),
    "pingli_shuangchuang_five_requirements_units_deadlines": dict(
        url="https://www.pingli.gov.cn/Content-1108651.html", excerpt=False,
        genre="a county 双创办's 巡查 list with no title or date in the stored copy: '1、<problem>。' each followed by "
              "'整改要求:由<unit>负责…'; whole page",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[_p(i, t, units=u, measures=1, deadline=dl) for i, (t, u, dl) in enumerate(PINGLI_B, 1)],
        anomalies=["The stored copy starts at item '1、': no title, date or inspector ('本次巡查' names no body).",
                   "(NEW) Deadlines written inside the requirement: '在国卫复审暗访以前组织拆除旱厕…' → '国卫复审暗访以前' (item 4), "
                   "'在本月底以前将屡教不改的门店报…' → '本月底以前' (item 5).",
                   "Item 5 names five 包片单位 joined by '、' (its units); 县住建局城建监察大队 (enforces later) and 县双创办 "
                   "(spot-checks) are not units. 县供销社 is charged in items 3 and 5.",
                   "Each '整改要求:' field is one sentence: measure_count 1."]),
    "xuecheng_health_centre_xuncha_bulletin_lead_cut": dict(
        url="http://www.xuecheng.gov.cn/zwgk/qjbm/qwsjkj/202510/t20251009_2169055.html", excerpt=True,
        genre="a community health centre's 巡察 集中整改进展 通报 (社会公开稿) under a '- 索 引 号:…' metadata list; cut in "
              "section 一 (三) before any problem",
        kind="bulletin", title="兴城社区卫生服务中心关于落实区委第四巡察组巡察反馈意见集中整改进展情况的通报",
        issuer="兴城社区卫生服务中心", report_date="2025-09-26",
        inspection=ins("区委第四巡察组", "兴城社区卫生服务中心", "2024-11-20", "2025-01-20", "2025-03-18"),
        headline=head(pt=31), problems=[],
        anomalies=["Metadata list lines '- 索 引 号:…' with letter-spaced labels; '发布机构:区卫健局' is a source field (issuer "
                   "from the title); '成文时间:2025年09月26日' → report_date (no signature survives).",
                   "'3月18日' has no year: 2025 (after the 2025-01-20 end) → feedback 2025-03-18.",
                   "'4个方面、11个大项、31条问题' → problems_total 31; the second mention drops 条 ('31具体问题').",
                   "Cut mid-word ('人事、财') in section 一 (三) with a stray blank after '(三)': no problem list: problems []."]),
    "taohuayuan_ducha_plan_notice_lead_cut": dict(
        url="https://thy.changde.gov.cn/zhdt/ztzl/wrfzstwmjs/content_748903", excerpt=True,
        genre="a 管理区's 通知 transmitting its 督察 整改方案 (addressees, signature, date), then the plan's heading and "
              "sections 一、二、; cut in 二、整改原则",
        kind="plan", title="桃花源旅游管理区贯彻落实常德市第四环境保护督察组督察反馈意见整改方案",
        issuer="常德市桃花源旅游管理区管委会办公室", report_date="2019-02-28",
        inspection=ins("常德市第四环境保护督察组", "桃花源旅游管理区"), headline=head(), problems=[],
        anomalies=["(NEW) A transmittal 通知 wraps the plan: the notice's signature (管委会办公室, 2019年2月28日) comes before "
                   "the plan's own heading; title the plan's heading, kind plan.",
                   "The notice quotes the plan's title differently ('…第四环保督察组反馈意见整改方案').",
                   "Cut in 二、整改原则 before any problem: problems []; no inspection dates."]),
    "yantai_audit_rectification_report_first_item_cut": dict(
        url="https://www.yantai.gov.cn/art/2022/5/27/art_43967_2977119.html", excerpt=True,
        genre="a city's 审计查出问题整改情况 report without its title in the stored copy: '一、整改工作基本情况', then "
              "'二、…整改情况' with '(一)关于…问题的整改情况。一是…二是…'; cut in 二是",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[_p(1, "财政保障重大决策部署落实不够有力", "预算组织部门查出问题的整改情况", measures=2)],
        anomalies=["The stored copy starts at '一、整改工作基本情况': no title, no date, no auditor named.",
                   "One problem '(一)关于财政保障重大决策部署落实不够有力问题的整改情况' (wrapper stripped); category the "
                   "section '二、预算组织部门查出问题的整改情况' without its number.",
                   "Its '一是'/'二是' items are sub-findings each with what was done; counted as measures (2, the second cut).",
                   "'财政部门通过…' acts but no 责任单位 field: units []."]),
}

EXPECTED = {"jingzhou_chuangwen_sites_units_deadlines_cut": 23, "yueyang_sanitary_city_road_table_units": 5,
            "siping_tiexi_duchao_notice_units_cut": 10, "pingli_shuangchuang_nov8_four_measures_units": 4,
            "pingli_shuangchuang_five_requirements_units_deadlines": 5,
            "xuecheng_health_centre_xuncha_bulletin_lead_cut": 0, "taohuayuan_ducha_plan_notice_lead_cut": 0,
            "yantai_audit_rectification_report_first_item_cut": 1}


def recount(stem: str, text: str) -> int:
    """Second count of problems, from the text itself."""
    if stem.startswith("jingzhou"):
        return len(re.findall(r"^\(\d\)", text, re.M))
    if stem.startswith("yueyang"):
        return len(re.findall(r"^\d+ \|$", text, re.M))
    if stem.startswith("siping"):
        return len(re.findall(r"^  \d+\.", text, re.M))
    if stem.startswith("pingli"):
        return len(re.findall(r"^\d、", text, re.M))
    if stem.startswith("yantai"):
        return len(re.findall(r"^\([一二三四五六七八九十]+\)关于", text, re.M))
    return 0  # xuecheng, taohuayuan: no problem list survives


def measure_recount(stem: str, text: str) -> list[int]:
    if stem.startswith("pingli"):
        return [1] * len(re.findall(r"^整改(?:措施|要求):", text, re.M))
    if stem.startswith("yantai"):
        return [len(re.findall(r"[一二三四五六七八九十]是", text[text.index("(一)关于"):]))]
    return [0] * recount(stem, text)


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    assert [p["measure_count"] for p in d["problems"]] == measure_recount(stem, text), stem
    # every title, category, unit and deadline is in the text as written
    check_problems(stem, d["problems"], text, category_in=text, units_in=text, deadline_in=text)
    for k in ("title", "issuer"):  # the 铁西 title is split over two lines with blanks
        assert d[k] is None or _squash(d[k]) in _squash(text), (stem, k)
    ins_ = d["inspection"]
    check_names(stem, ins_, text)


def main() -> None:
    write_labelled_set(HERE, DOCS, {k: json.loads(v) for k, v in TEXTS.items()}, check_one, expected=EXPECTED,
                       recount=recount, total=48)


if __name__ == "__main__":
    main()
