"""Write the texts and truth files of tests/importer/real/blind57: a held-out set of real pages (session 25), labelled
on 2026-12-07 (12:15-12:58 UTC by the machine clock, which ran slow against the work done) by helper label72, who did
not read or run the parser (zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set.
Every url was checked with /work/wt/known_urls.py when found and again before the commit (its key, with this tree left
out); a distinctive phrase of each page ('毁林种参', '2号水井', '30号整改', '绿色矿山创建验收弄虚作假', 'X3JX202405160020',
'防渗膜破损', '百岛湖', '岐山新材料', '层层衰减', '燃煤锅炉整改不到位', '第251督查组', '为期10天的省生态环境保护督察') was grepped
in /work/main/tests/importer and /work/shared/corpus: no copy.

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R197, C1-C41) and make_truths.py (head/ins/problem);
structure after make_truths_blind55.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): a forum's spam noise ('. {6 r+ E! n- L; @'), portal chrome, a lost
年/月 ('2018416日'), a run-together table with '|' cells. Five cut copies decode to 1,993-2,000 UTF-8 bytes (the store's
limit).

Brief (blind57): single-task and environmental-inspection rectification pages (整改公示 / 验收销号公示 / 整改情况说明 about
one assigned task, quoted feedback items, 中央/省 生态环境保护督察 整改落实情况 of cities and counties, 督察 progress
tables copied as text); not 巡视/巡察 bulletins, audit reports or area-wide round summaries. 12 documents, 3 near misses.

Exhaustion: 37 queries (8 results each), e.g. 整改任务 序号 整改情况的公示 中央生态环境保护督察; 督察反馈指出 整改完成情况公示
验收销号; 中央生态环境保护督察反馈问题第 项 整改完成情况 公示 责任单位 整改时限; 省生态环境保护督察 整改落实情况 整改时限
整改进展 责任单位 县; 环保督察整改 情况说明 反馈问题 已按期完成整改 申请销号 林业局; 现对已完成整改的问题情况进行公示 接受社会
监督 整改验收情况; 海洋督察 整改任务 整改结果公示; 长江经济带生态环境警示片 披露问题 整改完成 销号 公示; 自然保护区 问题点位
整改销号 公示; 饮用水水源保护区 督察反馈问题 整改完成情况 公示; 垃圾填埋场 渗滤液 环保督察反馈问题 整改销号 公示; 畜禽养殖
禁养区 督察 反馈问题 整改任务 完成情况 公示; 黑臭水体 督察反馈 整改任务 序号 整改完成 公示; 非法采砂 采石场 生态修复 督察反馈
问题 整改到位 公示; 督察反馈问题整改进展情况表 序号 反馈问题 整改措施 责任单位 完成时限 进展情况; 工业园区 污水处理厂 督察反馈
问题 整改完成情况 公示; 黄河流域 警示片 问题 整改销号 公示; 环境保护督察反馈意见整改任务 整改结果公示 编号; 中央环境保护督察组
交办问题 整改 验收 销号 公示 煤矿 矿山; 环保督察 反馈问题 整改情况 公示 钢铁 水泥 …. Many answers are tag stubs
(abg.baidu.com, zhetiaohe.com, fengdujob.net), plans (整改方案 公开版), essays and province-wide news. The answers repeat a
core of pages already labelled (ilynn 南宁, cjckcn, 7310413, czx24 东丽 第7项, zhuangpeitu 湖北, xjhbk 第二十七项,
tdq.siping 序号十, bxdyjs 序号十六, ixbang 宿迁, zgmrmthy 大洼, jindianhuida 澄城, veladacinema 东莞, yuanling 张清采石场,
jiuquan 瓜州 第5项, fu-954cc 衡阳 绿盾, lc123 聊城 序号14, yybnet 聊城, nzgx 锦州, xny365, scfbfile, qj 陆良, 0551qiaojia,
fh.gov, zyx 紫阳, ezhou, yuxishizx, gzlps, cqfj, ztnews 昭通, ylq 杨陵, panjin, jianshi, zzfysp). 50 distinct candidate urls
checked with known_urls.py: 33 KNOWN, 17 NEW; 12 taken. Declined, new by key: gyxww (自治区 two-round tallies) and sthjt.jl
吉林 (province-wide summary): area-wide round summaries, another labeller's; scg.zjj 张家界 城管 check notice (not an
environmental 督察); jfq 济宁 散乱污 排查 notice (its table is not in the text: a fourth near miss would pass the third);
cngy 广元 督查 news (praise and requirements, no finding).

Pages, kinds and problems (counted twice: by reading, and in main() by a regex recount of each text):
- techmilkyway (bulletin, whole): 松江河林业局's 公示 of 任务清单第4项 (毁林种参), done; 5 measures. 1 problem.
- jlbc (bulletin, whole): 白城市住建局's 公示 of a provincial 督察's quoted item (大安 水源井), done; 3 measures. 1.
- sxjz (bulletin, cut): 晋中市煤炭工业局's 公示 of 30号整改任务 reaching 阶段整改: in_progress; 1 measure (完成情况, R118). 1.
- bsgg666 (bulletin, cut): a city's 整改销号公示 of 第二轮中央督察 问题四十七 (绿色矿山), table cells; done; 2 measures. 1.
- xingguo (bulletin, whole): a county 自然资源局's 销号 公示 of ONE 转办信访件 (R17's one-case exception); done; 1 measure. 1.
- gzdf (bulletin, whole): a county page on a 督察 of its landfill: 检查发现 一是…四是, then 整改进展情况 1、2、3; 4 problems,
  measures 1, 1, 1, 0 (R98).
- dazhu (null, whole): a county's 饮用水水源地 清理整治进展情况统计表, two rows (序号 12, 13); in_progress and done. 2.
- baoji (bulletin, cut): a city 环委办's 公示 of done provincial-督察 problems, one table row (编号 1, 序号 15) cut in its
  整改进展 cell; 4 measures ①-④; deadline 2024年12月31日. 1.
- suizhou (bulletin, cut): a city's 公示 of 26 done problems of a provincial 督察 (43 tasks, 26 done), cut in item 一's
  first measure. 1.
- near misses ([]): szbbs (a forum repost of city-paper news naming the 回头看's problems in one sentence, R19), ankang
  (a city's 水源地 专项行动 progress notice: figures 29/28 only), huangshi (a city's 整改进展情况的报告 cut in 主要做法:
  figures 34/16 only, R21). 3 of 12.
Total 13 problems; measures 23 (techmilkyway 5, jlbc 3, sxjz 1, bsgg666 2, xingguo 1, gzdf 3, dazhu 3, baoji 4,
suizhou 1), recounted in main() by a pattern per page (measure_recount).

NEW calls: (1) sxjz: a comma-joined county list sharing the suffix '县(市)委、县(市)政府' kept whole as one unit group
(R101's whole-phrase exception), the bureaus before it split on '、'. (2) gzdf: bodies named as the subjects of answer
actions ('县住建局及时组织…') are no 责任单位 (units []), though R104 reads a body said to have fixed its fault. (3) dazhu:
a 具体整治措施 cell holding only '立即整改' names no action; the 整治进展情况 cell is the row's sole account (R118), counted
1 and 2. (4) baoji: the row's 序号 (the plan's number, 15) is the seq, not the 公示's 编号 (1), after R183/R77.
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_truths import between, check_doc, check_problems, cn_numeral, head, ins, write_labelled_set  # noqa: E402
from make_truths import problem as _p  # noqa: E402

HERE = Path(__file__).resolve().parent.parent / "blind57"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "techmilkyway_songjianghe_forestry_task4_ginseng_signoff": r'''"时间: 2019-12-05 浏览量:309\n根据中央环保督察要求,按照吉林省林业和草原局环保督察反馈问题整改工作领导小组办公室《吉林省环保督察反馈问题整改工作领导小组办公室关于认真做好中央环保督察反馈问题整改销号工作的通知》的相关规定,现对已完成整改的问题情况进行公示,接受社会监督。\n一、中央环境保护督察组反馈问题情况\n《吉林省林业厅关于印发贯彻落实中央环境保护督察反馈意见整改方案的通知》(吉林办[2018]251号)任务清单第4项:据有部门调查,2015年长白山林区毁林种参总面积达7800公顷,其中国有林地1900公顷、集体林地5900多公顷。\n责任单位:各林场、头道松花江保护区管理处\n整改目标:2018年8月底前,完成违法违规参地的查处工作,有序推进已查处的违法违规参地的回收还林工作。2019年12月底前,完成全部违法违规参地的还林工作。\n整改措施:\n1.认真制定整改计划,确保整改任务有序开展。\n2.加强参业用地监督,严格管理。\n3.签定森林资源包保责任书,落实责任。\n4.加强制度建设,建立长效机制。\n5.下发进一步巩固长白山林区毁林种参整改成果的通知。\n整改完成情况:\n按照吉林森工集团关于落实中央环保督察反馈长白山林区毁林种参问题整改工作的要求,我局毁林种参整改地块42块,面积183.74公顷 ,现已全部完成整改。\n整改验收情况:已验收认可\n以上整改情况向社会公示,如有异议,请以书面或电话形式向松江河林业局环境督察反馈问题整改办公室进行反馈。\n二、公示时间\n2019年12月5日至2019年12月13日,共7个工作日。\n三、受理部门及联系电话、地址\n受理部门:松江河林业局资源处\n联系电话:0439-6707779\n地址:松江河林业局综合办公大楼415室\n松江河林业局\n2019年12月5日"''',
    "jlbc_daan_water_source_well2_provincial_signoff": r'''"省环保督察组在反馈意见中提出的“大安市饮用水源地2号水井一级保护区内,存在与取水无关的种植活动、建筑设施和生产设备,不符合《中华人民共和国水污染防治法》《饮用水水源保护区污染防治管理规定》的要求”问题。按照省环保督察反馈问题整改工作领导小组要求,我们认真进行了整改,已完成整改任务,现按要求进行公示如下:\n一、整改任务\n大安市饮用水源地2号水井一级保护区内,存在与取水无关的种植活动、建筑设施和生产设备,不符合《中华人民共和国水污染防治法》《饮用水水源保护区污染防治管理规定》的要求。\n二、整改目标\n2018年底前,大安市完成饮用水源地2号水井一级保护区内与取水无关的种植活动、建筑设施和生产设备。\n三、整改措施\n1.2018年10月底前,完成饮用水源地2号水井一级保护区内与取水无关的清单台账。\n2.2018年11月底前,集中力量铲除与取水无关的种植植物、清运建筑设施和生产设备。\n3.2018年12月底前,完成饮用水源地2号水井一级保护区内土地平整和树木栽植准备等工。\n四、整改效果\n大安市已集中力量铲除了饮用源地2号水井一级保护区内与取水无关的种植物,清运了建筑设施和生产设备,并完成了饮用水源地2号水井一级保护区内土地平整和树木栽植准备等工作。整改任务已全部完成。\n现将整改情况向社会公示,公示期为7天(2019年8月22日—8月28日),如有异议,请于7日内以书面或电话形式(署联系方式),向市住建局反馈。邮寄的以邮戳为准,直接送达的以送达日期为准。\n在公示期间如有异议请与市住建局城建科反映\n联系电话:0436-3240478。\n白城市住房和城乡建设局\n2019年8月22日"''',
    "sxjz_jinzhong_coal_bureau_task30_stage_done_cut": r'''"您的位置: 首页 >详细内容\n\n晋中市煤炭工业局 关于贯彻落实省环境保护督察组反馈 意见整改方案30号整改 任务阶段整改的公示\n\n来源: 发布时间:2018-04-17 浏览次数: 【字体:\n\n\n晋中市煤炭工业局\n\n关于贯彻落实环境保护督察组反馈\n\n意见整改方案30号整改\n\n任务阶段整改的公示\n\n \n\n按照《晋中市推进省委省政府环境保护督察整改实施方案》(以下简称《整改方案》),参照《关于中央环保督察整改工作实行台账式管理的通知》和《中央环保督察整改任务台账》要求2018416日,晋中市煤炭工业局组成验收组《整改方案》第30号整改任务阶段整改完成情况进行了现场验收,该项整改任务已达到整改要求,现对已完成阶段整改情况公示如下:\n\n一、整改任务\n\n露天开采严重破坏地表植被,私挖滥采乱堆弃土废渣。和顺县吕鑫、鸿润两个露天煤矿扬尘污染防治不到位,污染严重。寿阳解愁乡天然林保护区内有挖掘铝土矿痕迹,生态损毁迹象明显。介休市20多家石料企业,大面积开山采矿,对生态环境造成严重破坏。\n\n二、 整改目标\n\n加强露天开采环境管理,加快生态恢复治理。集中整治私挖乱采,逐步恢复生态环境。\n\n三、责任单位\n\n市煤炭局、市国土局、市环保局,昔阳、和顺、灵石、介休、寿阳县(市)委、县(市)政府\n\n四、完成情况\n\n全市共有五座露天煤矿,产能约650万吨,其中四座煤矿停工,一座煤矿生产。2017年8月山西煤炭运销集团和顺吕鑫煤业有限公司发生8.11事故以后,各县局对当地的露天煤矿进行摸底排查,各露天煤矿均按批准的采掘计划生产作业。\n\n五、验收结论\n\n    经验收组验收,认为该整改任务已按照《整改方案》所明确的整改任务、整改目标、整改措施、整改时限完成整改,达到了整改要求,原则同意阶段整改完成。\n\n "''',
    "bsgg666_second_round_problem47_green_mines_signoff_cut": r'''"第二轮中央生态环境保护督察反馈\n问题四十七整改销号公示\n根据《江西省中央环境保护督察问题整改工作销号管理办法》要求,现对第二轮中央生态环境保护督察反馈问题四十七整改情况进行公示。\n督察问题 |\n督察还发现,一些地方绿色矿山创建验收弄虚作假。 |\n整改目标 |\n严格按照标准开展绿色矿山创建工作。 |\n整改措施 |\n1.2021年底前,对全市67个绿色矿山进行全面复核。严格按照绿色矿山建设相关评价指标、标准,再次对绿色矿山进行客观公正评分,对达不到要求的要求立即整改,对未在规定时限内整改到位的移出绿色矿山名录。 2.2022年5月底前,建立市级绿色矿山评估专家库,严格绿色矿山第三方机构评估核查,确保新创建绿色矿山符合绿色矿山相关标准要求。 |\n整改完成情况 |\n经审查:该问题已完成整改,整改工作落实了各项整改措施,达到了整改目标。 1.各县(市、区)自然资源局会同当地生态环境等部门,对辖区内所有绿色矿山进行了全面复核,针对存在的问题形成了绿色矿山“回头看”整改台账,要求11月5日前整改到位;8月25日至9月6日,市自然资源局会同市生态环境局组成工作组,在全市范围内按照20%的比例抽查了库内67个绿色矿山中的14个,针对检查存在的问题形成了市级抽查整改台账。 目前有4个矿山经整改后仍未达到绿色矿山标准,拟移出绿色矿山名录,省厅已于2021年12月21日在网站进行了公告。 2.按照公开遴选及相关单位推荐征集了专家人选,经资格审查和公示,确定了94名市级绿色矿山评估专家,于2021年10月18日公告建立了市级绿色矿山评估专家库。今后将严格按照部、省规范开展绿色矿山第三方机构评估核查,确保新创建绿色矿山符合绿色矿山相关标准要求。 |\n以上整改情况向社会公示,如有异议,请以"''',
    "xingguo_third_round_petition_quarry_signoff": r'''"关于第三轮中央生态环境保护督察转办信访件(受理编号X3JX202405160020)整改销号情况公示\n根据《江西省中央生态环境保护督察问题整改销号管理办法》的要求,现对已完成整改的问题情况进行公示。\n一、转办问题基本情况:赣州市兴国县兴江乡江西画矿有限公司,对石场地段加工场公路沿线河道至画山5公里左右生态环境破坏严重,开挖矿产资源和石料,毁坏两片上百亩林地,造成重大水土流失,废渣冲下来损坏农田水利,污染河道。\n二、整改情况:道路排水沟和沉砂池已清理到位并完成整改,矿区范围内沉砂池清理出的淤泥已完成清运,矿区道路沿路弃土点拦挡措施已完成施工,相关面撒播草籽覆盖椰丝草毯,对效果较差的地方已铺设草皮复绿到位,效果较好,整改已完成。\n三、验收情况:经现场查验,道路排水沟和沉砂池已清理到位并完成整改,矿区范围内沉砂池清理出的淤泥已完成清运,矿区道路沿路弃土点拦挡措施已完成施工,相关面已复绿到位,效果较好,整改已完成。\n以上整改情况向社会公示,如有异议,请以书面或电话形式向兴国县自然资源部门进行反馈。\n公示时间:2025年5月21日至2025年6月4日,共10个工作日。\n受理部门:兴国县自然资源局\n联系电话:0797-5322896\n联系地址:兴国县潋江镇凤凰大道49号\n兴国县自然资源局\n2025年5月20日"''',
}
_RAW.update({
    "gzdf_daofu_landfill_check_findings_progress_cut": r'''"首页\n督察城市生活垃圾填埋场\n2019-12-01 08:03:02\n来源:\n道孚县人民政府\n阅读数:\n72次\n字号:\n收藏\n打印\n分享:\n分享到朋友圈\n打开微信,点击底部的“发现”,使用“扫一扫”即可将网页分享至朋友圈。\n温馨提示:\n请完成个人中心登录后进行相关操作\n\n检查内容:垃圾填埋场基础设施是否完善;垃圾填埋场作业是否规范;渗滤液处理是否规范。\n\n检查发现:一是垃圾填埋场坝体前方防渗膜破损,未及时修复;二是未按卫生填埋要求填埋生活垃圾;三是垃圾填埋场周边存在垃圾飞散现象;四是渗滤液收集池破损,渗滤液进入外环境\n\n整改进展情况\n\n1、及时修复防渗膜。一是县住建局及时组织市政管理局、相关技术人员和环卫公司及时清挖更换坝体前的防渗膜并浇筑挡土墙,防止进入外环境,同时对坝体内已经破坏破损的防渗膜进行更换、修复和维护;二是对渗滤液破损处进行了修复,损坏的渗滤液收集管进行更换,并修复了回喷系统、管道及喷头。\n\n2、垃圾按卫生填埋要求进行填埋。一是垃圾入场后进行消毒杀菌,由环卫公司按照每2天一次的频率,用装载机、挖掘机反复碾压,并收集道二路修建弃土进行覆土填埋,每次覆土约30公分;二是对已填埋的边坡进行梳坡造型,覆盖种植土后播种花草,进行植被恢复。\n\n3、对垃圾进行覆土碾压,确保垃圾不随处飞散。5月28日,由县政府分管领导带队,县住建局、市政局、环卫公司出动装载机、挖掘机等各类机具12台、人员30余人次对周边垃圾进行清捡、清理,对裸露垃圾进行覆土,对垃圾填埋场进行生态绿化处理,在适宜地方播撒花种、草种。"''',
    "dazhu_water_source_rectification_progress_table": r'''"序号 | 省份 | 所在地 | 水源地名称 | 水源地类别 (地级/县级) |\n保护区类型 (一级、二级) |\n问题类型 | 问题具体情况 | 具体整治措施 | 计划完成 整治时间 |\n备注 | 整治进展情况 | 是否完成整治 | 整治进度(%) |\n12 | 四川省 | 大竹县 | 乌木 水库 |\n县级 | 一级 | 旅游餐饮 | 乌木水库水源地一级保护区,百岛湖度假村已停业,但房屋及设施未拆除,环境脏乱。 | 立即整改 | 2018年11月 | 已组织专人对百岛湖度假村内的环境卫生进行全面清理,已拆除大门、厕所及空调等附属设施。 | 否 | 30% | |\n13 | 四川省 | 大竹县 | 乌木 水库 |\n县级 | 二级 | 交通穿越 | 乌木水库二级保护区内,有一货车加水点,冲洗货车废水直排。 | 立即整改 | 2018年5月 | 1、对货车加水点在元亨煤矿水池取水口进行了封堵;2、对货车加水点在元亨煤矿水池取水口的取水管道和货车加水点的出水管道进行了拆除。 | 是 | 100% |\n大竹县饮用水水源地环境问题清理整治进展情况统计表(2018年7月20日)\n分享到:"''',
    "baoji_provincial_round2_signoff_table_row15_cut": r'''"首页 > 专题 > 省生态环境保护督察整改专栏 |\n按照《宝鸡市贯彻落实第二轮省生态环境保护督察报告反馈问题整改方案》(宝字﹝2021﹞80号)要求,有关单位认真开展第二轮省生态环境保护督察反馈问题整改工作。整改情况经各牵头单位组织检查验收,以下问题已经完成整改,现予以公示。公示期自2025年3月3日至2025年3月14日。欢迎广大社会公众对整改情况进行监督,如发现未达到整改要求或整改情况不实的,均可在公示期间向市环委办反映。\n电话:0917-3262770 邮箱:hbxf3261041@163.com\n宝鸡市生态环境保护委员会办公室\n2025年3月3日\n编号 |\n序号 |\n反馈问题 |\n整改措施 |\n整改 时限 |\n整改进展 |\n1 |\n15 |\n岐山新材料产业园区、麟游两亭循环经济科技工业园等6个县域工业聚集区,有的污水处理厂建设缓慢,有的污水不能确保有效处置。凤州现代科技产业园未建设事故应急池和初期雨水池 |\n①成立工作专班,建立定期会商和督办工作机制,推进工业园区污水处理设施建设。 ②做好工业园区规划环评与项目环评联动试点工作,发挥示范引领作用,推动全市工业园区生态环境保护基础设施上台阶。 ③高新科技新城、蟠龙新区污水处理厂加快污水收集管网建设和设备运行调试,倒排工期,确保2022年3月31日前投用。宝鸡姜谭工业园区深入排查、制定方案,完善污水收集管网,2022年12月31日前完工。陈仓区科技工业园、岐山县建材产业园、麟游县两亭循环经济科技工业园做好规划编制,及时启动污水处理设施及污水收集管网建设,2024年3月31日前投用。 ④制定凤州现代科技产业园事故应急池和初期雨水池建设方案,加快组织实施,2022年12月31日前建成。 |\n2024年12月31日 |\n①渭滨区、金台区、陈仓区、高新区、岐山县、麟游县人民政府及时成立工作专"''',
    "suizhou_provincial_round2_26_done_problems_cut": r'''"2023年12月1日至12月20日,省第六生态环境保护督察组对我市开展了为期20天的第二轮省生态环境保护督察。2024年2月27日,省督察组向我市反馈了督察报告,市委、市政府针对性制定整改方案,细化43项整改任务。截至目前,43项整改任务已完成整改并通过市级验收26项。根据《湖北省省级生态环境保护督察整改工作实施细则(试行)》(鄂环督办〔2023〕9号)及省督察办有关要求,结合我市实际,现将26项反馈问题及整改情况进行集中公示,具体内容如下(问题序号按照整改方案序号确定,不连续):\n一、个别地方和干部统筹把握发展和保护的关系还有偏差,绿色发展理念树得不牢,学习贯彻习近平生态文明思想存在层层衰减问题。生态文明建设和生态环境保护压力传导“上热中温下冷”,少数领导干部认为随州市当务之急还是尽快发展,生态环境保护工作过得去就行了。个别干部对生态环境突出问题,强调客观因素多、分析主观原因少;对深入推进污染防治攻坚战,讲困难和矛盾多、拿办法和措施少。面对环境空气质量反弹,看到的是外来输入和气象因素,忽视了自身努力,有畏难情绪。个别地方和部门担当作为的主动性不够,实际工作中,不同程度存在口头上重视、行动上轻视、工作上忽视的问题。\n整改完成情况:\n1.印发《2024年党委(党组)理论学习中心组专题学习重点内容安排》(随宣文〔2024〕2号),要求各地各单位党委(党组)中心组认真学习习近平生态文明思想。将习近平生态文明思想作为市委理论学习中心组专题学习内容之一,6月12日,组织市委中心组集中学习研讨会,集中学习习近平总书记关于生态文明建设的重要论述(2024年部分)和习近平总书记重要文章《推进生态文明建设需要处理好几个重大关系》。市政府将习近平生态文明思"''',
    "szbbs_suizhou_huitoukan_feedback_meeting_news": r'''"|\n随州日报讯 记者陈云、通讯员李翠报道:4月23日,我市召开中央环保督察省级“回头看”反馈问题整改专题会,研讨整改措施。副市长吴超明提出,要举一反三,突出问题整改,确保整改落到实处。. {6 r+ E! n- L; @\n中央环保督察反馈意见整改落实到位没有?全省上月对此进行了“回头看”督察,并对督察情况进行了通报反馈,其中反馈我市存在燃煤锅炉整改不到位、畜禽养殖污染防治有漏洞、部分村垃圾处理不及时等问题。. Z( r! p! h' T' f2 J8 W\n专题会上,吴超明听取了整改进展汇报及相关意见建议。他提出,要突出问题整改。务必高度重视整改,对整改情况进行再次逐项自查,确认整改落到实处;各相关单位要制定明确整改方案、责任人、责任专班、时间节点、验收结果的责任书,并报市环委会。要举一反三。中央环保督察省级“回头看”反馈的问题只是我市环保问题的一部分,要以此次整改为契机,全面强化全市环境治理,迎接9月份的省级环保督察。; R- k3 U3 Z( g\n据悉,中央环保督察组今年5、6月份将进驻湖北,对中央环保督察反馈意见整改情况进行“回头看”,9月份省级环保督察组将进驻随州。3 ^2 u) \\! {6 a7 ^6 h\" |* b( a\n8 x9 s! n# E3 D$ { E3 L+ e\n|\n|"''',
    "ankang_water_source_special_action_progress_figures": r'''"根据《省环保厅省水利厅关于印发陕西省集中式饮用水水源地环境保护专项行动方案》(陕环执法函〔2018〕28号)及生态环境部第251督查组反馈的中心城区水源地环境问题整改要求,我市对自行排查的14个县级以上集中式饮用水水源地环境问题和29个督导反馈问题积极开展了整治。截止2018年10月20日,共完成整治34项,其中14个自查问题已完成6个,完成率43%;29个反馈问题完成了28个,完成率97%。其余问题整治工作正在扎实有序推进。按照专项行动信息公开要求,现将问题整治进展情况予以公开,接受社会监督。\n安康市中省环保督察巡查整改工作领导小组办公室\n2018年10月20日"''',
    "huangshi_provincial_huitoukan_progress_report_cut": r'''"当前栏目:公告公示\n\n关于第一轮省生态环境保护督察 “回头看”反馈意见整改进展情况的报告\n\n来源:黄石市生态环境保护督反馈意见整改工作领导小组    时间:2022-07-29\n\n分享:\n\n省贯彻落实中央生态环境保护督察反馈意见整改工作专班:\n\n2020年12月21日至12月30日,省第二生态环境保护督察组对黄石市开展了为期10天的省生态环境保护督察“回头看”,并于2021年5月8日向黄石市反馈督察意见。黄石市委、市政府高度重视反馈意见整改工作,坚持以习近平生态文明思想为指导,以高度的政治自觉、思想自觉、行动自觉强力推进反馈问题整改落实。\n\n通过督察整改,全市各级各部门加强生态环境保护、推动绿色发展的意识得到进一步增强。截至2022年5月底,按照整改方案要求,全市4个方面34项整改任务,已完成整改16项,18项任务正在加快整改。\n\n一、主要做法\n\n黄石市始终坚持把生态环境问题整改作为一项重大政治任务,逐级压实整改责任、逐条落实整改措施,有效解决了一批突出生态环境问题,生态环境质量持续改善。\n\n(一)深化思想认识。市委、市政府坚持把学习贯彻习近平生态文明思想作为一项重要政治任务,精心组织学习、全面贯彻落实。2021年以来,市委理论学习中心组、市政府党组理论学习中心组织专题学习研讨3次,市委组织部、市生态环境局联合举办全市生态环保综合治理能力提升培训班1次。全市各级各部门通过学习,对做好生态环境保护工作重要性的认识进一步深化,为我市深入打好污染防治攻坚战,做好大力推进生态文明建设提供了有力支撑。\n\n(二)加强组织领导。市委、市政府主要领导任督察反馈问题整改领导小组组长,分管领导任副组长,各县(市、区)党政主职和市直单位主要负责人为成员。领导小组统筹推进"''',
})

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}

URLS = {
    "techmilkyway_songjianghe_forestry_task4_ginseng_signoff": "https://techmilkyway.com/nsi6cid/17.html",
    "jlbc_daan_water_source_well2_provincial_signoff": "http://zj.jlbc.gov.cn/zwdt/201908/t20190822_721016.html",
    "sxjz_jinzhong_coal_bureau_task30_stage_done_cut": "https://nyj.sxjz.gov.cn/tzgg/content_227780",
    "bsgg666_second_round_problem47_green_mines_signoff_cut":
        "http://bsgg666.com/zfxxgk/c115489/202201/b898e83d401a411990ebb4e3f22ef942.shtml",
    "xingguo_third_round_petition_quarry_signoff":
        "http://www.xingguo.gov.cn/xgzf/c104070/202505/5c2b486758914bacbab4dde10c907c43.shtml",
    "gzdf_daofu_landfill_check_findings_progress_cut":
        "http://www.gzdf.gov.cn/daofu/c102761/201912/9e7947a9a76e4779aeee16409f742ad2.shtml",
    "dazhu_water_source_rectification_progress_table": "https://www.dazhu.gov.cn/news-show-4756.html",
    "baoji_provincial_round2_signoff_table_row15_cut":
        "http://sthjj.baoji.gov.cn/col3675/col3721/202503/t20250303_1123502.html",
    "suizhou_provincial_round2_26_done_problems_cut":
        "http://suizhou.gov.cn/zt/zwzt/2023zt/delhbdc/bdbg/202501/t20250102_1288516.shtml",
    "szbbs_suizhou_huitoukan_feedback_meeting_news": "http://szbbs.org/forum.php?goto=lastpost&mod=redirect&tid=1451341",
    "ankang_water_source_special_action_progress_figures": "https://hbj.ankang.gov.cn/Content-170148.html",
    "huangshi_provincial_huitoukan_progress_report_cut":
        "http://www.huangshi.gov.cn/xwdt/2020_gggs/202207/t20220729_926441.html",
}

# ---- truths ---------------------------------------------------------------------------------------------------------

_CHECK_NOTE = "Held-out (blind57): labelled without reading or running the parser; not scored by the labeller."

_SJH = TEXT["techmilkyway_songjianghe_forestry_task4_ginseng_signoff"]
SONGJIANGHE = [_p(4, re.search(r"据有部门调查,(.+?)。\n", _SJH).group(1), "中央环境保护督察组反馈问题情况",
                  units=["各林场", "头道松花江保护区管理处"], status="done", measures=5)]

_DA = TEXT["jlbc_daan_water_source_well2_provincial_signoff"]
DAAN = [_p(None, re.search(r"一、整改任务\n(.+?)。\n", _DA).group(1), "整改任务", status="done", measures=3)]

_JZ = TEXT["sxjz_jinzhong_coal_bureau_task30_stage_done_cut"]
JINZHONG = [_p(30, re.search(r"一、整改任务\n\n(.+?)。\n", _JZ).group(1), "整改任务",
               units=["市煤炭局", "市国土局", "市环保局", "昔阳、和顺、灵石、介休、寿阳县(市)委、县(市)政府"],
               status="in_progress", measures=1)]

BSGG = [_p(47, "一些地方绿色矿山创建验收弄虚作假", status="done", measures=2)]

_XG = TEXT["xingguo_third_round_petition_quarry_signoff"]
XINGGUO = [_p(None, re.search(r"一、转办问题基本情况:(.+?)。\n", _XG).group(1), "转办问题基本情况", status="done",
              measures=1)]

_DF = TEXT["gzdf_daofu_landfill_check_findings_progress_cut"]
DAOFU = [_p(i, t, measures=m) for i, (t, m) in enumerate(zip(
    re.split(r";[二三四]是", re.search(r"检查发现:一是(.+?)\n", _DF).group(1)), (1, 1, 1, 0)), start=1)]

DAZHU = [
    _p(12, "乌木水库水源地一级保护区,百岛湖度假村已停业,但房屋及设施未拆除,环境脏乱", status="in_progress", measures=1,
       deadline="2018年11月"),
    _p(13, "乌木水库二级保护区内,有一货车加水点,冲洗货车废水直排", status="done", measures=2, deadline="2018年5月"),
]

_BJ = TEXT["baoji_provincial_round2_signoff_table_row15_cut"]
BAOJI = [_p(15, re.search(r"\n15 \|\n(.+?) \|\n", _BJ).group(1), status="done", measures=4, deadline="2024年12月31日")]

_SZ = TEXT["suizhou_provincial_round2_26_done_problems_cut"]
SUIZHOU = [_p(1, re.search(r"\n一、(.+?)。\n整改完成情况", _SZ).group(1), status="done", measures=1)]

DOCS = {
    "techmilkyway_songjianghe_forestry_task4_ginseng_signoff": dict(
        excerpt=False,
        genre="a state forestry bureau's 公示 of one completed task of the province's 中央环境保护督察 整改方案 "
              "(任务清单第4项, 长白山 毁林种参): 责任单位, 整改目标, 整改措施 1.-5., 整改完成情况, 验收; signed and dated",
        kind="bulletin", title=None, issuer="松江河林业局", report_date="2019-12-05",
        inspection=ins("中央环境保护督察组"), headline=head(), problems=SONGJIANGHE,
        anomalies=[_CHECK_NOTE,
                   "No title line: the copy starts with the page's '时间:' line (R33); issuer from the signature (R37); "
                   "report date the signature date (R40/R41).",
                   "One-task notice (R14): seq 4 from '任务清单第4项' (R77); category the numbered section label "
                   "'中央环境保护督察组反馈问题情况' (R83, C17 side A, as R157 xinbin's numbered label).",
                   "Title: the task's statement without its source lead-in '据有部门调查,' (R92) and final '。'.",
                   "Units from '责任单位:各林场、头道松花江保护区管理处' split on '、' (R101); deadline null: no 整改时限 "
                   "field, the two dates sit in the 整改目标 (R106 reads a stated time limit).",
                   "Measures: 整改措施 1.-5. = 5 (R96); the 整改完成情况 paragraph beside them is a result, not counted "
                   "(R118). Status done: a 公示 of a completed task, '现已全部完成整改', '已验收认可' (R93, R94).",
                   "Inspector the team named in the label (R46); inspected null (the province is not named). '42块', "
                   "'183.74公顷' are no figures (R68)."]),
    "jlbc_daan_water_source_well2_provincial_signoff": dict(
        excerpt=False,
        genre="a city 住建局's 公示 of one quoted provincial-督察 feedback item (大安 水源井 一级保护区): 整改任务, 目标, "
              "措施 1.-3., 效果; signed and dated",
        kind="bulletin", title=None, issuer="白城市住房和城乡建设局", report_date="2019-08-22",
        inspection=ins("省环保督察组"), headline=head(), problems=DAAN,
        anomalies=[_CHECK_NOTE,
                   "No title line (the copy starts with the lead, R33); issuer and report date from the signature (R37, R40).",
                   "One-task notice (R14): the quoted item in the lead and the '一、整改任务' statement are the same problem "
                   "(R13), titled from the 整改任务 section without its final '。'; seq null (no number printed, R78); "
                   "category the section label '整改任务' (R83, C17 side A).",
                   "Measures 1.-3. = 3 (R96); the '整改效果' paragraph is a result (R118). Status done: '整改任务已全部完成' "
                   "(R93, R94).",
                   "Deadline null: '2018年底前' is the 整改目标 and each measure has its own month (R106, R120); units []: "
                   "the 住建局 receives objections and signs, no 责任单位 is stated (R101).",
                   "Inspector '省环保督察组' as printed (R46); inspected null (the feedback's addressee is not named)."]),
    "sxjz_jinzhong_coal_bureau_task30_stage_done_cut": dict(
        excerpt=True,
        genre="a city 煤炭工业局's 公示 that 整改任务 30 of the city's provincial-督察 plan reached 阶段整改 after an 验收: "
              "整改任务, 目标, 责任单位, 完成情况, 验收结论; the title printed twice; cut before the signature",
        kind="bulletin",
        title="晋中市煤炭工业局 关于贯彻落实省环境保护督察组反馈 意见整改方案30号整改 任务阶段整改的公示",
        issuer="晋中市煤炭工业局", report_date="2018-04-17",
        inspection=ins("省环境保护督察组"), headline=head(), problems=JINZHONG,
        anomalies=[_CHECK_NOTE,
                   "Title printed twice (as the portal's article title on one line with spaces, then split over four lines "
                   "without '省'): the first is taken (R35), its inner spaces kept (R32). Issuer from the title (R37).",
                   "Report date the '发布时间:2018-04-17' line (R40): the copy is cut before any signature; "
                   "'2018416日' (lost 年/月) is the 验收's day, no inspection date (R53).",
                   "One-task notice (R14): seq 30 from '第30号整改任务' (R77); category the section label '整改任务' (R83); "
                   "title the four-sentence task statement without its final '。' (R86).",
                   "NEW: units from '市煤炭局、市国土局、市环保局,昔阳、和顺、灵石、介休、寿阳县(市)委、县(市)政府': the three "
                   "bureaus split on '、' (R101), the comma-joined county list kept whole as one group whose names share "
                   "the suffix '县(市)委、县(市)政府' (as R101's whole phrase '…党委、人民政府和开发区…党工委、管委会').",
                   "Status in_progress: '阶段整改完成' is a stage close, not done (R71, R187). Measures 1: the "
                   "'四、完成情况' paragraph is the item's sole account of what was done (R118); the 验收结论 is a verdict.",
                   "Deadline null (no 整改时限 stated). Inspector '省环境保护督察组' as the title prints it (R46)."]),
    "bsgg666_second_round_problem47_green_mines_signoff_cut": dict(
        excerpt=True,
        genre="a city's 整改销号公示 of 第二轮中央生态环境保护督察 反馈问题四十七 (green-mine 验收 faked), its form "
              "copied as '|' cells: 督察问题, 整改目标, 整改措施 1.2., 整改完成情况; cut in the closing sentence",
        kind="bulletin", title="第二轮中央生态环境保护督察反馈问题四十七整改销号公示", issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=BSGG,
        anomalies=[_CHECK_NOTE,
                   "Title split over two lines, joined (R32); no body and no date in the copy (cut before the "
                   "signature): issuer and report date null (R44: the url's date is not read).",
                   "One-task notice (R14): seq 47 from '问题四十七' (R77); title the 督察问题 cell without the lead-in "
                   "'督察还发现,' (R92) and final '。'; category null: the cell label '督察问题' is a field label like "
                   "'反馈问题' (R84, C17's 反馈问题 side, C29).",
                   "Measures: 整改措施 1.2. = 2 (R96); the 整改完成情况 cell is a result (R118). Status done: "
                   "'该问题已完成整改' in a 销号 公示 (R93, R94).",
                   "Deadline null: the two dates inside the measures ('2021年底前', '2022年5月底前') are no one 整改时限 "
                   "(R106, R120). Inspector null: '第二轮中央生态环境保护督察' names no team (R48).",
                   "'67个绿色矿山', '14个', '4个矿山', '94名' are no figures (R68)."]),
    "xingguo_third_round_petition_quarry_signoff": dict(
        excerpt=False,
        genre="a county 自然资源局's 整改销号 公示 of ONE 转办信访件 of the third-round 中央督察 (受理编号 in the title): "
              "转办问题基本情况, 整改情况, 验收情况; signed and dated",
        kind="bulletin",
        title="关于第三轮中央生态环境保护督察转办信访件(受理编号X3JX202405160020)整改销号情况公示",
        issuer="兴国县自然资源局", report_date="2025-05-20",
        inspection=ins(), headline=head(), problems=XINGGUO,
        anomalies=[_CHECK_NOTE,
                   "A sign-off 公示 of ONE 交办信访件: one problem, seq null (R17's exception, R78: a 受理编号 is no "
                   "number); the 受理编号 inside the title kept (R35).",
                   "Title of the problem: the '转办问题基本情况:' statement without its final '。' (R89); category the "
                   "numbered label '转办问题基本情况' (C17 side A, as blind36 ganzhouxinwen).",
                   "Measures 1: the '整改情况:' paragraph is the sole account of what was done (R118); the '验收情况' "
                   "restating it is a verdict. Status done: '整改已完成', a 销号 公示 (R93, R94).",
                   "Units []: the 自然资源局 receives objections and signs; no 责任单位 is stated (R101). Issuer and report "
                   "date from the signature (R37, R41: not the 公示时间). Inspector null: no team named (R48)."]),
    "gzdf_daofu_landfill_check_findings_progress_cut": dict(
        excerpt=False,
        genre="a county portal page on a 督察 of its urban landfill: 检查内容, '检查发现:一是…四是', then '整改进展情况' "
              "1、2、3、 each with its own 一是/二是; portal chrome above",
        kind="bulletin", title=None, issuer=None, report_date="2019-12-01",
        inspection=ins(), headline=head(), problems=DAOFU,
        anomalies=[_CHECK_NOTE,
                   "Excerpt false: 1,789 bytes, ending at a full stop after the third answer (R5).",
                   "Kind bulletin: the page reports the rectification of the check's findings (R27), as blind55 cq4a's "
                   "published reply; its heading '督察城市生活垃圾填埋场' names no document: title null (R34). Issuer null "
                   "('来源: 道孚县人民政府' is metadata, R38); report date the date line (R40).",
                   "Problems: '检查发现:一是…四是' → seq 1-4 (R76a), split on ';'; category null: '检查发现:' is a field "
                   "label run into its items (R84).",
                   "Measures (R98): the answers '1、2、3、' answer findings 1-3 by number, 1 each (R99: an answer's own "
                   "一是/二是 inside one numbered answer counts 1); finding 4 (渗滤液收集池) is mended inside answer 1's "
                   "'二是' and has no answer of its own: 0.",
                   "NEW: units []: the bodies named inside the answers ('县住建局及时组织…', '由环卫公司…碾压', '县住建局、"
                   "市政局、环卫公司出动…') are the subjects of the measures, not a 责任单位 field (R101) nor a '由…负责' "
                   "sentence (R104); no one body per finding is stated.",
                   "Status null: '整改进展情况' reports actions without a done word per finding (R95). Inspector null: "
                   "the checking team is not named (R48); '5月28日' is a rectification day (R53)."]),
    "dazhu_water_source_rectification_progress_table": dict(
        excerpt=False,
        genre="a county's 饮用水水源地环境问题清理整治进展情况统计表 copied as '|' cells: two rows (序号 12, 13) with "
              "问题具体情况, 具体整治措施, 计划完成整治时间, 整治进展情况, 是否完成, 进度; the table title under the rows",
        kind=None, title="大竹县饮用水水源地环境问题清理整治进展情况统计表", issuer=None, report_date="2018-07-20",
        inspection=ins(), headline=head(), problems=DAZHU,
        anomalies=[_CHECK_NOTE,
                   "Title the table's own heading printed under the rows, its dated bracket '(2018年7月20日)' dropped "
                   "(R35, C35) and read as the report date (R174). Kind null: a title naming only '…进展情况统计表', no "
                   "通报/报告/公示 (R31). Issuer null: the title names a county as the place, no issuing body (R37, R38).",
                   "Problems: each row's 问题具体情况 (R8), final '。' dropped; seq the row's printed 序号 12, 13 (R75); "
                   "category null (no heading). Units []: 省份/所在地 are places (R103).",
                   "Deadline the 计划完成整治时间 cell as written (R106). Status from 是否完成整治: '否' (30%) → in_progress, "
                   "'是' (100%) → done (R93, R155).",
                   "NEW: measures from the 整治进展情况 cell (row 12 undivided = 1; row 13 '1、…;2、…' = 2): the 具体整治措施 "
                   "cell holds only '立即整改', an order naming no action (R133's reading of an order), so the progress "
                   "cell is the row's sole account of what was done (R118)."]),
    "baoji_provincial_round2_signoff_table_row15_cut": dict(
        excerpt=True,
        genre="a city 生态环境保护委员会办公室's 公示 of problems of the second-round provincial 督察 already rectified: "
              "signed lead, then a table copied as one cell a line (编号, 序号, 反馈问题, 整改措施 ①-④, 整改时限, 整改进展); "
              "cut in the first row's 整改进展 cell",
        kind="bulletin", title=None, issuer="宝鸡市生态环境保护委员会办公室", report_date="2025-03-03",
        inspection=ins(), headline=head(), problems=BAOJI,
        anomalies=[_CHECK_NOTE,
                   "No title line (breadcrumb only, R33); issuer and report date from the signature above the table "
                   "(R37, R40).",
                   "NEW: seq 15 from the row's '序号' (the plan's problem number), not its '编号' 1 (the 公示's running "
                   "number): R183 reads the task's own number over the table's count, R77 an item's own number over the "
                   "notice's enumeration.",
                   "Title the 反馈问题 cell (R89), two sentences kept whole; category null (no heading). Measures ①-④ = 4 "
                   "(R96); the 整改进展 cell (cut) is a result beside them (R118).",
                   "Deadline the 整改时限 cell '2024年12月31日' (R106); the dates inside the measures are not read (R120). "
                   "Status done: the lead says '以下问题已经完成整改' (R94). Units []: no 责任单位 column; the districts "
                   "named in the cut progress cell act in it (R101).",
                   "Inspector null: '第二轮省生态环境保护督察' names no team (R48)."]),
    "suizhou_provincial_round2_26_done_problems_cut": dict(
        excerpt=True,
        genre="a city's 集中公示 of the 26 feedback problems of the second-round provincial 督察 already rectified "
              "(of 43 整改任务), numbered by the plan and not consecutive; cut in problem 一's first measure",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("省第六生态环境保护督察组", None, "2023-12-01", "2023-12-20", "2024-02-27"),
        headline=head(43, 26), problems=SUIZHOU,
        anomalies=[_CHECK_NOTE,
                   "No title line, no signature and no date line in the copy: title, issuer and report date null (R33, "
                   "R44). Inspected null: '我市' (R48), though the text names 随州市 in the item.",
                   "Headline: 43 整改任务 are the problems (R63), '已完成整改并通过市级验收26项' the done count (R71).",
                   "Problem: '一、' runs its statement on (heading and description in one paragraph): the whole statement "
                   "(R88, C9), inner '。' kept, the final one dropped; seq 1; category null.",
                   "Status done: the 公示 is of completed problems (R94). Measures 1: '整改完成情况:' item 1. cut "
                   "mid-word, counted as far as it goes (R25, R189); the result field is the item's sole account (R118).",
                   "Period '2023年12月1日至12月20日' (R50), feedback '2024年2月27日' (R55)."]),
    "szbbs_suizhou_huitoukan_feedback_meeting_news": dict(
        excerpt=False,
        genre="a forum repost of city-paper news of a meeting on the problems a provincial 回头看 of the 中央环保督察 "
              "fed back: the problems named in one sentence; forum noise strings after paragraphs",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=[],
        anomalies=[_CHECK_NOTE,
                   "Near miss: the 回头看's problems are named in one sentence ('反馈我市存在燃煤锅炉整改不到位、畜禽养殖污染"
                   "防治有漏洞、部分村垃圾处理不及时等问题'): [] (R19; R163's one-body reading is for a notice reporting "
                   "them rectified, C36).",
                   "Forum noise ('. {6 r+ E! n- L; @', 'R- k3 U3 Z( g') kept (R2). News: kind and title null (R30, R34); "
                   "'4月23日' has no year: no dates (R60); the 回头看 team is unnamed (R48)."]),
    "ankang_water_source_special_action_progress_figures": dict(
        excerpt=False,
        genre="a city 中省环保督察巡查整改 office's notice of its 饮用水水源地 专项行动 progress: figures only, the list "
              "itself not in the text; signed and dated",
        kind="bulletin", title=None, issuer="安康市中省环保督察巡查整改工作领导小组办公室", report_date="2018-10-20",
        inspection=ins("生态环境部第251督查组"), headline=head(29, 28), problems=[],
        anomalies=[_CHECK_NOTE,
                   "Near miss: figures only, no problem stated (R19, R22).",
                   "Headline: the 督查组's feedback count '29个督导反馈问题' and '29个反馈问题完成了28个' (R62, R65: the "
                   "inspection's own count); the self-found 14 (6 done) and '共完成整治34项' are another set, not summed "
                   "(R69).",
                   "Kind bulletin: it reports rectification progress and publishes it (R27); no title line (R33).",
                   "Issuer and report date from the signature (R37, R40); inspected null (the city is '我市', R48)."]),
    "huangshi_provincial_huitoukan_progress_report_cut": dict(
        excerpt=True,
        genre="a city's 整改进展情况的报告 to the province on the 回头看 of the provincial 督察: period, feedback, tallies, "
              "then 主要做法; cut there before any problem",
        kind="bulletin", title="关于第一轮省生态环境保护督察 “回头看”反馈意见整改进展情况的报告", issuer=None,
        report_date="2022-07-29",
        inspection=ins("省第二生态环境保护督察组", "黄石市", "2020-12-21", "2020-12-30", "2021-05-08"),
        headline=head(34, 16), problems=[],
        anomalies=[_CHECK_NOTE,
                   "Near miss: cut in '一、主要做法' before any problem: [] with its figures and dates (R21).",
                   "Kind bulletin (a title naming a 整改进展情况的报告, R31); title as printed with its inner space (R32). "
                   "Issuer null: the '来源:' line is metadata (R38) and the copy stops before any signature; report date "
                   "the '时间:' line (R40).",
                   "Headline: '34项整改任务,已完成整改16项' (R63, R71); '4个方面' are aspects (R68).",
                   "Inspection: the team and the inspected city as printed (R46, R47); period '2020年12月21日至12月30日' "
                   "(R50); feedback '2021年5月8日' (R55)."]),
}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
MEASURES = {"techmilkyway_songjianghe_forestry_task4_ginseng_signoff": 5,
            "jlbc_daan_water_source_well2_provincial_signoff": 3,
            "sxjz_jinzhong_coal_bureau_task30_stage_done_cut": 1,
            "bsgg666_second_round_problem47_green_mines_signoff_cut": 2,
            "xingguo_third_round_petition_quarry_signoff": 1,
            "gzdf_daofu_landfill_check_findings_progress_cut": 3,
            "dazhu_water_source_rectification_progress_table": 3,
            "baoji_provincial_round2_signoff_table_row15_cut": 4,
            "suizhou_provincial_round2_26_done_problems_cut": 1}


def recount(stem: str, text: str) -> int:
    """The problems counted again from each text by a pattern of its own."""
    if stem.startswith(("techmilkyway", "sxjz")):
        return len(re.findall(r"任务清单第\d+项:|^一、整改任务$", text, re.M))
    if stem.startswith("jlbc"):
        return len(re.findall(r"^一、整改任务$", text, re.M))
    if stem.startswith("bsgg666"):
        return text.count("督察问题 |")
    if stem.startswith("xingguo"):
        return text.count("转办问题基本情况:")
    if stem.startswith("gzdf"):
        return len(re.findall(r"[一二三四]是", re.search(r"检查发现:([^\n]+)", text).group(1)))
    if stem.startswith("dazhu"):
        return len(re.findall(r"^\d+ \| 四川省", text, re.M))
    if stem.startswith("baoji"):
        return len(re.findall(r"^\d+ \|\n\d+ \|\n", text, re.M))
    if stem.startswith("suizhou"):
        return len(re.findall(r"^[一二三四五六七八九十]+、", text, re.M))
    return 0


def measure_recount(stem: str, text: str) -> int:
    """The measures counted again from the answering text of each page."""
    if stem.startswith("techmilkyway"):
        return len(re.findall(r"^\d\.", between(text, "整改措施:", "整改完成情况"), re.M))
    if stem.startswith("jlbc"):
        return len(re.findall(r"^\d\.", between(text, "三、整改措施", "四、整改效果"), re.M))
    if stem.startswith("bsgg666"):
        return len(re.findall(r"(?:^| )\d\.\d{4}年", between(text, "整改措施 |", "整改完成情况 |"), re.M))
    if stem.startswith(("sxjz", "xingguo")):
        return int("四、完成情况" in text or "二、整改情况:" in text)
    if stem.startswith("gzdf"):
        return len(re.findall(r"^\d、", text, re.M))
    if stem.startswith("dazhu"):
        return len(re.findall(r"[;|] ?\d、", text)) + text.count("已组织专人")
    if stem.startswith("baoji"):
        return len(re.findall(r"[①②③④⑤⑥]", between(text, "初期雨水池 |", "2024年12月31日 |")))
    if stem.startswith("suizhou"):
        return len(re.findall(r"^\d\.", between(text, "整改完成情况:", "思"), re.M))
    return 0


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: titles (lines joined), categories, units and deadlines as
    written; measures as recounted; statuses as pinned; the document fields."""
    probs = d["problems"]
    flat = text.replace("\n", "")
    check_problems(stem, probs, flat, no_stop=True, category_in=text, units_in=text, deadline_in=text,
                   seq_in=text + " ".join(str(p["seq"]) for p in probs if p["seq"] and cn_numeral(p["seq"]) in text))
    assert sum(p["measure_count"] for p in probs) == MEASURES.get(stem, 0) == measure_recount(stem, text), stem
    assert all(not p["title"].endswith((";", "。")) for p in probs), stem
    check_doc(stem, d, text, date_forms=lambda y, m, dd: (f"{m}月{dd}日",),
              report_forms=lambda y, m, dd: (f"{y}年{m}月{dd}日", f"{y}-{m:02d}-{dd:02d}"))


STATUS = {"techmilkyway": ["done"], "jlbc": ["done"], "sxjz": ["in_progress"], "bsgg666": ["done"],
          "xingguo": ["done"], "gzdf": [None] * 4, "dazhu": ["in_progress", "done"], "baoji": ["done"],
          "suizhou": ["done"]}


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    near = [k for k, d in DOCS.items() if not d["problems"]]
    assert 3 * len(near) <= len(DOCS), near
    for k, d in DOCS.items():
        assert d["anomalies"][0] == _CHECK_NOTE, k
        if d["problems"]:
            assert [p["status"] for p in d["problems"]] == STATUS[k.split("_")[0]], k
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=13, urls=URLS)
    cut = {k for k, d in DOCS.items() if d["excerpt"]}
    assert all(len(TEXT[k].encode("utf-8")) >= 1990 for k in cut), cut
    print(len(DOCS), "documents,", sum(len(d["problems"]) for d in DOCS.values()), "problems,",
          sum(MEASURES.values()), "measures")


if __name__ == "__main__":
    main()
