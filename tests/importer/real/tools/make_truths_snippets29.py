"""Write the texts and truth files of tests/importer/real/snippets29: the FINAL HELD-OUT set of session 20 - real lead
paragraphs about inspections and their rectification (the ~2,000-byte stored openings whose problem list is cut away or
comes later) - labelled on 2026-12-06 (20:58-21:45 UTC) by helper label49, who did not change the parser and did not
read or run zhenggai/importer/, zhenggai/cli.py, tests/importer/*.py or tests/importer_app/. NOT scored by the labeller:
the parser was never run on these texts; the lead scores the set.

How found: 46 queries of the search tool's ``pages`` corpus (listed below). 178 result urls were checked with
/work/wt/known_urls.py --check (tag and question pages of zhetiaohe.com / abg.baidu.com / fengdujob.net and results
without a url left aside; a url that came back in a later query was not checked again): 146 were known, 32 new. A
distinctive phrase of each kept page (a person's name, the body's full name, an e-mail) was grepped in
/work/main/tests/importer and /work/shared/corpus: no copy found, except sinowbs.org (the national 河湖“清四乱” table
'56024个', a copy of snippets18 national_four_chaos_56024_cleared: declined, R4). Also declined: dingqianjf.com (a
city safety committee's campaign tally, no inspection) and, unchecked, m.shzx.org (its text is snippets28's jilin
fire-service round, '发现并督促整改隐患155处': R4). 30 pages labelled (the brief's aim was ~30).

Queries (``pages`` corpus; 46): 人民法院党组 巡察整改进展情况 公布 反馈问题 个 已完成整改 个; 农商银行 党委 巡察整改情况 通报
反馈问题 已整改 建立制度; 大学党委 关于巡视整改进展情况的通报 反馈问题 整改措施 项 已完成; 人民医院党委 巡察整改进展情况 公布
巡察组 反馈 问题 已整改; 镇党委 巡察整改进展情况 公布 县委巡察组 反馈 问题 个 已整改到位; 审计查出问题 整改情况 报告 审计查出
问题 个 已整改 个 追回资金 万元; 供电公司 党委 巡察整改 进展情况 反馈问题 条 已完成整改 条; 税务局党委 巡察整改情况 通报 反馈
问题 已整改 问责 人; 自然资源督察 反馈问题 整改 耕地 图斑 已完成整改 宗; 职业技术学院党委 巡察整改进展情况 通报 省委巡视组 反馈
问题; 街道党工委 关于巡察整改进展情况的通报 区委巡察组 反馈问题 已完成整改; 人大常委会机关党组 巡察整改进展情况 公布 巡察组 反馈;
统计督察 反馈意见 整改落实情况 公布 督察组 反馈问题 已整改; 经济责任审计 审计发现问题 整改情况 公告 已整改 问题 项 建立制度 项;
巡视整改 进展情况 公布 立行立改 问题 个 建章立制 项 问责 人 挽回经济损失; 环境保护督察 交办 信访件 已办结 责令整改 家 立案处罚
问责 人 第 批; 集团有限公司党委 巡视反馈意见 整改落实情况 报告 反馈问题 整改完成率 %; 人民检察院 巡察整改 进展情况 反馈意见 整改
措施 条 已完成; 巡察整改 回头看 发现问题 个 督促整改 整改到位 乡镇 村 本轮; 河长制 督察 反馈问题 整改 销号 已完成整改 个 河湖
四乱; 安全生产巡查 反馈 问题隐患 条 已整改 条 整改率 市安委会; 關於巡察整改進展情況的通報 黨組 反饋 問題 已完成整改; 疾病预防控制
中心党委 巡察整改情况 反馈问题 个 已整改 个 制定制度; 农垦 农场 党委 巡察整改 进展 公开 反馈问题 整改完成; 地质勘查局 地勘院 党委
巡视整改 反馈问题 整改措施 完成; 出版集团 报业集团 党委 巡视整改进展情况 反馈 问题; 中学 党总支 巡察反馈问题整改情况 公示 教育局
党组巡察组; 中医院 妇幼保健院 党委 巡察反馈意见 整改 进展 公告 卫健局 巡察组; 交通运输局 公路 党组 巡察整改进展情况 反馈问题 已全部
整改; 监狱 戒毒所 党委 巡视 整改 反馈问题 整改完成 条; 农村信用社 联社 党委 巡察 反馈 问题 整改 完成; 海关 党委 巡视整改 进展情况
公布 署党委巡视组 反馈; 高校 审计处 审计发现问题 整改 被审计单位 已整改 项 内部审计; 巡察组向 市文化广电旅游局党组 反馈巡察情况
巡察组组长 指出; 省委巡视组 向 市委 反馈巡视情况 巡视反馈 问题 市委书记 表态 巡视整改; 县委巡察办 本轮巡察 共发现问题 个 移交问题
线索 件 已整改; 消防救援支队 安全检查 督导组 发现问题隐患 处 当场整改 处; 科技局 科学技术协会 党组 巡察整改情况 通报 整改措施 条
已完成 条; 县审计局 审计整改 情况 公告 审计发现问题 条 已整改 条 整改金额 万元 完善制度; 省级生态环境保护督察反馈意见整改 阶段性
完成情况 整改任务 项 已完成 项 达到序时进度; 巡察反馈问题 整改完成率 对账销号 县委巡察 公开 反馈问题 条 已销号 条; 巡视整改 問責
人 巡視反饋 問題 整改完成 項 建立制度 項 集團; 应急管理局党委 巡察整改进展情况 反馈 个问题 已完成整改 个 完善制度 项; 林业和草原局
党组 巡察整改 进展情况 公布 反馈问题 已整改 制度; 市场监督管理局党组 巡察整改进展情况 反馈问题 个 整改措施 条 已完成; 统计局党组
民政局党组 巡察整改 反馈问题 个 已整改 个 正在整改 个.

What the store gave (as label44/label46 found before): the courts, banks, universities, hospitals, audit reports,
生态环境保护督察 and 统计督察 queries brought back only known pages - their centre is used up, so this set has no
court, bank or audit page and its 督察 pages are fire-service, prison and forest checks, although the brief asked for
them. Headline-rich pages were rare among the new ones (5 of 30 carry a read figure). What was new: disease-control
centres at city, county and provincial level (four), press groups (three: a provincial 巡视 of two provincial press
groups, a city 巡察 of a city press group), schools and colleges (a district education bureau's 巡察 announcement with a
school-meals 专项巡察, a city middle school, a vocational college, a provincial technician college), a city people's
congress office, culture-and-tourism bureaus (two 动员会), a science bureau, an emergency bureau, prison supervision (a
ministry's 督察检查 with a 回头看, a prison's 警务督察), fire services (three), a forest 督察 回头看 check, a banner's
林长制 专项巡察 with every date and count masked, power-grid SOEs (a central 巡视's rectification launch, nine rounds of an
SOE's internal 巡视), a city development group's project 巡查, a provincial 巡视“回头看” feedback to six cities, county
巡察 rounds (three; two traditional copies).

Kinds (issue 10's seven): all 30 are kind 5 (no problem list in the kept text: problems []); headline wordings of kind 6
in five: yancheng 41 problems / 109 measures / rules 24 with done counts that include 基本完成, State Grid's nine rounds
3779 problems / 14393 measures, huaping's round 60, shuozhou 33, jinan 8; kind 7 in most: periods (one across a year
end), '于…反馈' and bare feedback days, feedback days with no year (wenxian's is dated; liupanshui '6月20日', the
technician college '8月29日' have no year anywhere: null), launch days of 动员会, a stationing period printed in an
announcement, D.M.Y date lines ('14.09.2022  09:11', '18.07.2017  23:22'), a split title, masked dates ('****年*月**日'),
'近日' items. Inspection kinds: 巡察 (18), 巡视 (5: provincial, central, an SOE's internal rounds, a 回头看 round), 督察 /
督导 / 巡查 checks and rechecks (7).

Counted twice (R100): every headline figure is re-found through the phrase it was read from (RECOUNT) - 5 pages with
figures, 8 figures (yancheng 41, 109, 24; State Grid 3779, 14393; huaping 60; shuozhou 33; jinan 8). Second way:
recount_figures() finds 44 'N个/項/项/条/條/處/個' in the 30 texts (in 10 of them): the 8 read figures and 36 explained in
anomalies (yancheng's 30, 11, 89 done-with-基本完成 and remainder; shuozhou's 4 aspects; jinan's 3 aspects and 4
recommendations; golog's 6 groups, 20 aspects, 105 checklist items; China Southern Grid's 10, 38, 110, 10, 38 by
subsidiary; State Grid's 67 organisations (three times) and 2283 rules-and-mechanisms; Shandong's 6 cities (three
times); deqin's 2, 33, 4 bodies, 241 and 61 by round, 9 bodies; luanchuan's 4 bodies (twice); huaping's 5 groups and
bodies (five times), 35 立行立改, 24 recommendations).

Judgement calls (each also said in the truth's anomalies):
- NEW: yancheng - '巡察反馈的41个问题中共30个问题已完成(含基本完成)整改' and '109条、已完成(含基本完成)整改措施89条':
  the done counts include 基本完成, which R71 does not count as done, and the text does not split them → problems_done
  and measures_done null; totals 41 / 109 and '修改完善制度24项' (rules_made 24, R74) read.
- NEW: State Grid - '完善制度机制2283项' is rules and mechanisms together → rules_made null (R74: not mechanisms, not
  a combined count); '推动被巡视党组织采取整改措施14393项' → measures_total 14393 (R73); '发现问题3779个' → 3779.
- NEW: deqin - two rounds' counts ('第十一輪…241條', '第十二輪…61條') with no stated total → problems_total null (R69,
  not summed; each round is the document's subject).
- NEW: horqin - every date and count is masked ('****年*月**日', '*個方面的*個問題', '**條'): all null (R44 masked
  year, R68 masked counts).
- NEW: hunan CDC - the 专题汇报 meeting '2022年9月13日上午' during the stationing is no start (R53 meetings); the page's
  D.M.Y date line '14.09.2022' → report_date (R40, R45). (Its '查摆的60个问题' sits in the paragraph the store cuts: left
  out with it, R26.)
- NEW: inner mongolia prisons - a ministry group's 督察检查 '7月12日至15日' → 2017-07-12/15 (year from the page's D.M.Y
  date line, R58); '440多项安全隐患' is an approximation and the region's own 督察's (R68); '八个方面的问题' aspects.
- xuanzhou - an announcement of a 巡察 with its stationing period '于2025年8月14日至2025年10月17日' (R50); the petition
  window '截止到2025年10月15日' is no date (R53); the item ends with its review line '一审…三审' → excerpt false (R5).
- china southern grid - '6月17日…动员会' is a meeting, '7月13日前'/'8月13日前' deadlines (R53), no year anyway;
  '广西电网…110条', '云南电网…10个方面38项整改措施' are subsidiaries' measures, counts by part → measures_total null (R69).
- huaping - '此輪巡察共發(fā)現(xiàn)問題60個' → 60; '立行立改問題35個' is the round's 立行立改 subset (R68); '意見建議24條'
  recommendations, '問題線索30件' clues (R68).
- jinan - '3个方面、8个主要问题,并提出4项意见建议' → problems_total 8 (aspects and recommendations are no figures).
- dazhong - the title split over two lines is joined (R32); issuer '中共大众报业集团(大众日报社)委员会' from the title.
"""
import re
from pathlib import Path

from make_truths import head, ins, prob, write_snippet_set  # noqa: F401  (prob kept for the set's shape; no problem lists here)
from make_truths_snippets10 import doc

HERE = Path(__file__).resolve().parent.parent / "snippets29"

# Pages whose kept text reaches the signature / last line (R5): excerpt false.
WHOLE: set[str] = {"xuanzhou_education_bureau_xuncha_announcement_school_meals"}

# Date forms that are not 'Y年M月D日' / 'M月D日' / ISO in the text: D.M.Y date lines and a bare end day (R45, R51).
EXTRA_FORMS: dict[str, list[str]] = {
    "2022-09-14": ["14.09.2022"],
    "2017-07-18": ["18.07.2017"],
    "2017-07-15": ["7月12日至15日"],
}

# Independent recount: the phrase each non-null headline figure was read from, re-found verbatim.
RECOUNT = {
    "yancheng_cdc_xuncha_41_problems_109_measures_rules_24": ["巡察反馈的41个问题", "制定的整改措施共计109条",
                                                               "修改完善制度24项"],
    "state_grid_nine_rounds_xunshi_3779_problems": ["发现问题3779个", "推动被巡视党组织采取整改措施14393项"],
    "huaping_county_xuncha_round_60_problems_trad": ["此輪巡察共發(fā)現(xiàn)問題60個"],
    "shuozhou_science_bureau_xuncha_33_problems": ["巡察反馈的4个方面33个问题"],
    "jinan_emergency_bureau_xuncha_bulletin_8_problems": ["存在3个方面、8个主要问题"],
}


TEXTS = {
    # --- disease-control centres -------------------------------------------------------------------------------------------
    "yancheng_cdc_xuncha_41_problems_109_measures_rules_24":
        "根据市委统一部署,2023年7月3日至9月10日,市委第四巡察组对中心党委进行了巡察。11月14日,市委巡察组向中心党委反馈了巡察意见。根据党务公开原则和巡察工作有关要求,现将整改进展情况予以公布。 一、整改工作组织领导情况 中心党委切实履行巡察整改主体责任,及时成立巡察整改领导小组,落实党委书记“第一责任人”责任和分管领导直接责任人责任,研究制定《中共盐城市疾病预防控制中心委员会关于市委巡察反馈意见整改方案》,全面开展整改工作,坚持即知即改、真改实改、彻底整改。巡察反馈的41个问题中共30个问题已完成(含基本完成)整改,仍需长期整改11个;制定的整改措施共计109条、已完成(含基本完成)整改措施89条,修改完善制度24项。",
    "wenxian_cdc_xuncha_feedback_day":
        "根据县委巡察工作领导小组的部署,2024年6月25日,县委第四巡察组向县疾控中心反馈巡察情况。县委第四巡察组副组长张冬娟向疾控中心党支部书记郑江兵和党支部领导班子反馈了巡察情况。县委第四巡察组组长张建平提出巡察整改要求。疾控中心党支部书记郑江兵主持反馈会议并就做好巡察整改工作讲话。\n县委第四巡察组副组长张冬娟在反馈时指出,总的来看,疾控中心党支部能够紧紧围绕中心工作履职尽责,积极推进疾病预防控制体系和应急反应能力建设,不断夯实县乡村三级疾控网络建设,深入推进全县疾控工作开展,特别是在面对重大新冠疾病防控任务时,发挥了一线战斗精神,多次荣获省级荣誉。巡察中也发现一些问题,主要是:落实巡察整改责任不到位。落实习近平总书记关于卫生与健康工作的重要论述有差距,疾控事业发展缺乏全局谋划。履行疾病预防控制职能有短板,防范化解重大疫情和突发公共卫生风险意识不强。卫生监督执法履职尽责不到位,执法程序不够规范。全面从严治党有偏差,机关管理存在廉洁风险。党支部领导作用弱化,落实新时代党的组织路线有偏差等问题。\n县委第四巡察组组长张建平提出了四点整改意见建议:一是加强党组织建设,坚持党建引领作用。二是坚决履行好推动疾控事业高质量发展的职责使命。三是坚决落实全面从严管党治党责任。四是更加注重有效沟通和协作,加强信息的传递和共享,提高团队的工作效率和协同能力。\n",
    "hunan_cdc_health_commission_xuncha_briefing_dmy_date":
        "中共湖南省卫生健康委党组第二轮巡察第一巡察组听取湖南省疾病预防控制中心党委工作专题汇报\n\n14.09.2022  09:11\n\n2022年9月13日上午,湖南省卫生健康委党组第二轮巡察第一巡察组组织召开会议,听取湖南省疾病预防控制中心十九大以来党委工作、组织人事和纪检监察等工作的专题汇报。省卫生健康委第一巡察组组长、省管二级巡视员许尚锋出席会议并讲话。\n\n中心党委书记李孝君,中心党委副书记、工会主席王庆波,中心纪委书记沈丽分别作党委工作、组织人事和纪检监察专题汇报。\n\n\n许尚锋充分肯定省疾控中心在巡察组进驻以来所做的各项工作,认为中心党委班子对此次巡察工作态度积极端正,头脑清醒,报告撰写认真,各项工作配合到位。\n",
    "dongying_cdc_xuncha_feedback_recent_period":
        "市委第三巡察组向市疾控中心反馈巡察情况\n\n根据市委巡察工作领导小组安排,近日,市委第三巡察组向市疾控中心反馈巡察情况。市纪委常委、市监委委员王守业主持召开向市疾控中心主任成军华的反馈会议,出席向市疾控中心领导班子反馈巡察情况会议,对抓好巡察整改工作提出要求。王守业向成军华传达了市委书记李宽端关于巡察工作的讲话精神,市委第三巡察组组长郭学岩代表市委巡察组分别向成军华和市疾控中心反馈了巡察情况。成军华主持向领导班子反馈会议并就做好巡察整改工作作表态发言。\n根据市委统一部署,2019年9月11日至11月10日,市委第三巡察组对市疾控中心进行了巡察。巡察组坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大精神,坚持稳中求进工作总基调,坚守政治巡察职能定位,认真贯彻中央巡视工作方针,以“四个意识”为政治标杆,把坚决维护习近平总书记核心地位、维护党中央权威和集中统一领导作为根本政治任务,聚焦“六个围绕、一个加强”等方面开展监督检查,紧扣市疾控中心职责,紧盯领导班子和关键少数,深入查找政治偏差,充分发挥巡察的政治监督、组织监督、纪律监督作用。巡察组广泛开展个别谈话,认真受理群众来信来访,调阅有关文件资料,深入了解情况,顺利完成了巡察任务。市委巡察工作领导小组听取了巡察组的巡察情况汇报,并向市委常委会会议、市委书记专题会议报告了有关情况。\n",
    # --- press groups --------------------------------------------------------------------------------------------------------
    "dazhong_press_group_xunshi_bulletin_split_title":
        "首页>工作之窗>巡视巡察\n\n中共大众报业集团(大众日报社)委员会\n关于巡视整改进展情况的通报\n\n来源:山东省纪委监委网站发布时间:2019-06-20\n\n  根据省委统一部署,2018年10月12日至2019年1月12日,省委第十一巡视组对大众报业集团党委进行了巡视。2019年2月25日,省委巡视组向大众报业集团党委反馈了巡视意见。按照党务公开原则和巡视工作有关要求,现将巡视整改情况予以公布。\n\n  一、强化政治统领,牢牢把握巡视整改正确方向\n\n  省委第十一巡视组对大众报业集团进行专项巡视,是对集团的一次政治体检、思想把脉、行动会诊。巡视组所指出的问题一针见血、切中要害,使我们受到了一次党的政治建设极端重要性的深刻教育,受到了一次强烈忧患意识的深刻教育,受到了一次强化整改责任的深刻教育。集团党委切实履行巡视整改主体责任,把指出的每个问题都当作“必答题”,做到真认账不推诿、真整改不敷衍,旗帜鲜明讲政治,以刀刃向内的勇气和自我革命的精神,以最坚决的态度、最务实的作风全力抓好整改落实,为加快推进新型主流媒体和新型传媒集团建设提供坚强政治保证。\n",
    "fujian_daily_press_group_xunshi_bulletin":
        "中共福建日报报业集团党组关于巡视整改进展情况的通报\n根据福建省委巡视工作统一部署,2020年7月7日至8月9日,省委巡视三组对福建日报报业集团党组开展了巡视,并于2020年9月28日反馈了巡视意见。按照党务公开原则和巡视工作有关要求,现将巡视整改进展情况予以公布。一、提高政治站位,坚决落实巡视整改政治责任\n福建日报报业集团党组高度重视抓好省委巡视反馈意见的整改工作,自觉担负起巡视整改主体责任,对照反馈问题逐一深查细照,全力做好巡视“后半篇文章”,做到“条条有整改、件件有回音、整改有成效”,确保巡视整改任务落地落实。\n(一)深化思想认识。集团党组在省委巡视反馈次日即召开专题会议,认真学习贯彻习近平总书记关于巡视工作的重要论述,贯彻落实中央和省委有关巡视工作的要求,进一步提高政治站位和政治觉悟,切实增强“四个意识”、坚定“四个自信”、做到“两个维护”。深刻认识省委巡视是对报业集团党组班子和报社(集团)工作、各级领导干部政治上的一次“全面体检”,是一次帮助发现问题、解决问题、改进工作的难得机遇。\n(二)压实整改责任。成立由集团党组书记任组长的整改工作领导小组,制定整改方案,明确责任领导、责任部门(单位)、整改措施和整改时限。党组班子对整改负总责,党组主要负责同志自觉担负第一责任人责任,班子成员认真落实“一岗双责”,带领督促分管部门、单位逐条逐项抓整改,以钉钉子的精神持之以恒将巡视整改工作向纵深推进。\n",
    "guangzhou_daily_press_group_xuncha_feedback":
        "市委第五巡察组向广州日报报业集团(广州传媒控股有限公司)党委反馈巡察情况\n根据市委巡察工作领导小组的部署,2020年3月25日,市委第五巡察组向广州日报报业集团(广州传媒控股有限公司,以下简称广报集团、广传媒)党委反馈巡察情况。市委巡察工作领导小组成员王普华同志向杨清蒲同志传达了市委书记张硕辅同志关于巡察工作的讲话精神。市委第五巡察组组长廖增烈同志代表市委第五巡察组分别向杨清蒲同志和广报集团(广传媒)党委领导班子反馈了巡察情况。王普华同志对巡察整改工作提出要求。杨清蒲同志主持反馈会议并作了表态发言。\n根据市委统一部署,2019年10月15日至2020年1月15日,市委第五巡察组对广报集团(广传媒)党委进行了巡察。巡察组认真贯彻中央巡视巡察工作方针和《中国共产党巡视工作条例》《广东省委巡视工作实施办法》,坚决落实政治巡察要求,紧紧围绕加强党的领导这个根本,聚焦全面从严治党,把纪律挺在前面,以“六项纪律”为尺子,从严从实开展巡察监督。通过广泛开展个别谈话,认真受理群众来信来访,调阅有关文件资料,深入了解情况,发现问题、形成震慑,顺利完成了巡察任务。市委书记张硕辅同志和市委巡察工作领导小组听取了巡察情况汇报。\n",
    # --- schools and colleges ---------------------------------------------------------------------------------------------------
    "xuanzhou_education_bureau_xuncha_announcement_school_meals":
        "根据区委统一部署,十四届区委第十二轮巡察第三巡察组于2025年8月14日至2025年10月17日对区教体局党组开展常规巡察,对市二中、市三中等公立中小学开展中小学“校园餐”专项巡察。现将有关事项公告如下:\n一、巡察对象\n区教体局领导班子及其成员,其他区管干部和重点岗位主要负责人。\n二、巡察内容\n按照深化政治巡察的要求,结合巡察工作特点和规律,围绕党组织政治责任和职能责任,常规巡察,聚焦党中央各项决策部署以及省、市、区委工作要求的落实情况,聚焦群众身边腐败问题和不正之风以及群众反映强烈的问题,聚焦基层党组织建设,聚焦巡察整改落实情况等;专项巡察,紧盯学校食品安全责任落实,紧盯营养膳食补助、学生餐费等资金管理使用,紧盯学校食堂和校外配餐经营管理,紧盯学校食品安全管理,紧盯校园管理其他方面等,开展监督检查。\n三、反映问题渠道\n巡察期间,设立来访接待室,设置联系信箱、电子邮箱和“码上巡察”二维码,开通专门值班电话,接受来电、来信、来访。\n(一)来访接待室:区教体局南三楼301室\n(二)专门值班电话:手机15156365794\n(三)联系信箱:区教体局大门口\n(四)电子邮箱:xzqwxcz03@126.com\n(五)“码上巡察”二维码:\n受理来电来访时间为工作日的上午8:00-12:00,下午2:30-5:30,巡察组受理信访时间截止到2025年10月15日。\n根据《中国共产党巡视工作条例》等规定,巡察组主要受理反映巡察对象的来信来电来访,重点是关于违反政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律等方面的举报和反映。其他与巡察工作无直接关系的个人诉求、涉法涉诉等问题的反映,将按照分级负责、属地管理原则,转交有关单位或部门处理。\n一审:何冬霞 二审:汪艳 三审:吴正宏",
    "liupanshui_experimental_school_xuncha_feedback_noyear":
        "根据市委巡察工作统一部署,6月20日,市委第二巡察组向市第二实验中学党委反馈巡察情况。市委第二巡察组副组长杨茂传达市委书记、市委巡察工作领导小组组长张定超在市委书记专题会、市委常委会上听取八届市委第五轮巡察工作情况汇报时的讲话精神。市政府副市长陈泉出席反馈会并对抓好巡察整改工作作讲话。市纪委常委、市委巡察工作领导小组成员、市委巡察办主任余天志代表市委巡察工作领导小组就巡察整改工作提要求。市委第二巡察组组长冷尉向市第二实验中学党委领导班子反馈巡察意见。周朝飞主持反馈会议并作表态发言。会前,市委第二巡察组向周朝飞单独反馈了巡察情况,提出巡察整改意见。\n余天志指出,从巡察的情况看,市第二实验中学存在一些问题,主要是:学习贯彻习近平总书记关于教育工作的重要论述有差距,教职工政治理论学习抓而不实,落实“立德树人”根本任务有差距;全面从严治党、从严治校不够有力,违反中央八项规定精神问题依然存在,关键领域存在较大廉政风险;落实新时代党的组织路线有差距,党内政治生活不严;巡察整改主体责任落实不到位,反馈问题边改边犯。\n",
    "shandong_light_industry_college_xuncha_feedback":
        "市委第三巡察组向山东轻工职业学院党委反馈巡察情况\n\n摘要 7月8日,市委第三巡察组对山东轻工职业学院党委巡察情况反馈会议召开。市政府副市长毕红卫出席会议并讲话,市委第三巡察组组长刘锋反馈巡察意见,山东轻工职业学院党委书记范桂君主持会议并作表态发言。\n\n\n2024年7月8日,市委第三巡察组对山东轻工职业学院党委巡察情况反馈会议召开。市政府副市长毕红卫出席会议并讲话,市委第三巡察组组长刘锋反馈巡察意见,山东轻工职业学院党委书记范桂君主持会议并作表态发言。\n\n刘锋在反馈会议中指出,自2019年以来,山东轻工职业学院党委领导班子干事创业意识比较强,工作思路开阔,积极开拓进取,办学条件、办学规模、办学质量不断提升,各项工作取得一定成效。巡察中发现,学校党委仍存在推动学校内涵式发展不够有力,促进职业教育赋能区域经济发展不到位、内部管理不规范、管党治党不严等问题。在整改过程中,要强化政治建设,推进办学治校质量稳步提升;要压紧压实责任,推动全面从严治党向纵深发展;要增强使命担当,推进新时代党的组织路线落实落地;要深入贯彻落实新时代党的建设的总要求,把党的领导贯彻到职业教育、改革发展各领域、各方面、各环节。\n",
    "guangdong_defence_technician_college_xuncha_feedback_noyear":
        "省人社厅党组第一巡察组向省国防科技技师学院党委反馈巡察情况\n\n8月29日上午,厅党组第一巡察组召开巡察省国防科技技师学院情况反馈会。厅党组成员、驻厅纪检监察组组长、厅党组巡察工作领导小组常务副组长苏清红同志出席会议并讲话,厅党组第一巡察组组长陈进新同志代表第一巡察组反馈巡察情况。学院院长苏汉顺同志作表态发言,会议由学院党委书记文武俊同志主持。\n",
    # --- a people's congress office, culture and tourism bureaus, a science bureau, an emergency bureau -----------------------
    "linxiang_npc_office_xuncha_progress":
        "根据市委统一部署,2025年3月13日至5月12日,市委第一巡察组对市人大机关进行了巡察。2025年7月3日,市委巡察组向市人大机关反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n",
    "jianhe_culture_tourism_bureau_xuncha_mobilization":
        "根据县委巡察工作统一部署,2026年2月26日上午,县委第三巡察组巡察县民族文化旅游广电体育局党组(县旅游发展服务中心、县民族歌舞剧团)工作动员会召开。会前,县委组织部副部长、县委巡察工作领导小组成员黄平主持召开与县民族文旅广体局党组主要负责人的见面沟通会,传达了党中央和省委、市委、县委关于巡视巡察工作的新精神新要求。会上,县委第三巡察组组长就即将开展的巡察工作作了动员讲话,黄平同志对配合巡察工作提出要求,县民族文旅广体局党组主要负责人主持会议并作表态发言。\n县委第三巡察组全体成员,县民族文旅广体局领导班子成员、局机关全体干部职工,县旅游发展服务中心、县民族歌舞剧团领导班子成员及干部职工,局属其他单位中层以上干部,近三年退休干部代表,县纪委监委派驻县委宣传部纪检监察组负责同志,以及部分“两代表一委员”等参加会议。\n会议指出,巡视巡察是党章赋予的重要职责,是党内监督的战略性制度安排。对县民族文旅广体局党组(县旅游发展服务中心、县民族歌舞剧团)开展巡察,是县委立足全覆盖要求、推动全面从严治党向纵深发展的重要举措,也是对全县民族文旅广体工作的一次全面“政治体检”。局党组要切实提高政治站位,深刻认识开展巡察工作的重大意义,以高度的政治自觉主动接受监督。\n",
    "wuhu_culture_tourism_bureau_xuncha_mobilization_recent":
        "根据市委关于巡察工作的统一部署,近日,市委第二巡察组巡察市文化和旅游局党组及市文化馆、芜湖书画院工作动员会召开。会上,巡察组组长汪海作动员讲话,市文旅局党组书记、局长王玉娟主持会议并作表态发言,市文化馆党支部书记丁苏琴、芜湖书画院办公室主任吴峰分别作表态发言。\n市委第二巡察组副组长吴健及有关同志,市文旅局及市文化馆、芜湖书画院领导班子成员、派驻纪检监察组负责人参加会议;市文旅局及市文化馆、芜湖书画院全体干部和市文旅局其他事业单位中层以上人员列席会议。\n汪海指出,巡察是党章赋予的重要职责,是全面从严治党向基层延伸的重要制度安排。市文旅局党组、市文化馆、芜湖书画院领导班子和党员干部要把思想和行动统一到中央及省、市委的决策部署要求上来,切实提高政治判断力、政治领悟力、政治执行力,从增强“四个意识”、坚定“四个自信”、衷心拥护“两个确立”、忠诚践行“两个维护”的政治高度,深刻理解把握巡察工作的重要意义。市委巡察组将坚持以党的政治建设为统领,聚焦习近平总书记关于文化旅游、新闻出版、广播电视、文物工作重要指示精神、党中央决策部署及省、市委工作要求的落实情况,聚焦文化旅游市场监管、新闻出版行政审批、文化市场行政执法、文物保护综合管理、公益工程建设审批等重点领域和关键环节,聚焦各类督查检查发现问题的整改落实情况,强化政治监督,充分发挥巡察综合监督作用和联系群众纽带功能。\n",
    "shuozhou_science_bureau_xuncha_33_problems":
        "按照市委统一部署,2024年9月25日至2025年1月7日,市委第四巡察组对朔州市科学技术局党组进行了常规巡察。2025年4月27日,市委巡察组向市科技局党组反馈了巡察意见,按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布:\n一、党组及班子成员的认识和态度\n(一)强化组织领导。反馈会后,召开党组(扩大)会,深入学习领会巡察反馈意见,统一思想认识。第一时间成立了由党组书记和局长任组长、党组成员任副组长的巡察整改工作领导小组,下设办公室负责具体协调、督促落实。局主要领导认真履行第一责任人职责,对整改工作负总责、带头抓;班子成员严格落实“一岗双责”,主动认领分管领域问题,切实抓好整改落实。同时,召开巡察整改专题民主生活会,党组班子成员认真对照巡察反馈意见,深入开展批评与自我批评。\n(二)压实整改责任。党组紧紧围绕巡察反馈的4个方面33个问题,逐条剖析、逐项研究,制定了《中共朔州市科学技术局党组关于落实市委第四巡查组反馈意见的整改方案》,建立了问题清单、整改清单、责任清单“三清单”,明确了整改目标、整改措施、责任领导、责任部门、完成时限,形成了层层负责、齐抓共管的整改工作格局。\n(三)抓好整改落实。对照“三清单”建立了整改工作台账,实行销号管理,由专人对每个节点、每项任务落实情况进行跟踪问效,确保整改工作扎实推进、不留死角。\n(四)举一反三,深挖问题根源。在整改落实过程中,坚持举一反三,深入挖掘问题产生的根源,将阶段性集中整改与长效性机制建设紧密结合,注重重点突破与整体推进同步发力,确保个性问题立行立改、即知即改,共性问题建章立制、源头治理,切实推动整改工作走深走实、见行见效。\n",
    "jinan_emergency_bureau_xuncha_bulletin_8_problems":
        "欢迎来到济南市应急管理局! 无障碍浏览\n中共济南市应急管理局委员会关于巡察整改进展情况的通报\n发布日期:2021-08-03 信息来源:济南市应急管理局 浏览次数: 字号:[ ]\n\n\n根据市委统一部署,2020年10月20日至12月31日,市委第二巡察组对市应急局党委进行了巡察。2021年2月4日,市委巡察组向市应急局党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。\n\n一、整改工作基本情况\n\n市委巡察组反馈的意见中指出存在3个方面、8个主要问题,并提出4项意见建议。我们完全接受市委巡察组的巡察意见,并坚持高标准、严要求,坚决抓好整改落实。\n\n(一)提高政治站位,统一思想认识。收到市委第二巡察组反馈意见后,市应急局党委立即组织召开了专题会议,坚决贯彻落实党的十九大和十九届二中、三中、四中、五中全会精神,认真学习领会习近平总书记系列重要讲话精神,紧紧围绕中央、省委、市委关于巡视巡察工作的要求,系统研究市委巡察组对我局反馈意见的整改落实措施。局党委认为,市委第二巡察组对我局为期70天的巡察,是市委对市应急局党委的一次全面“政治体检”,也是对全体党员干部一次深刻的党性党风党纪教育;市委巡察组反馈的意见全面深刻、客观公正、切中要害,具有很强的针对性和指导性。市应急局党委诚恳接受巡察组反馈的每一条意见,严肃对待指出的每一项问题,把做好巡察整改工作作为当前最重要、最严肃的政治任务,作为落实全面从严治党主体责任的有力举措,作为推动应急管理事业改革发展的重要保障,直面问题不足,深入反思检查,以坚决的态度、有效的办法、果断的措施,确保问题整改到位、整改成果运用到位。\n",
    # --- prisons, fire services, forests ----------------------------------------------------------------------------------------
    "inner_mongolia_prisons_ministry_supervision_dmy_date":
        "司法部督察检查组对我区监所安全稳定进行督察检查\n\n18.07.2017  23:22\n\n7月12日至15日,以司法部监狱管理局叶跃进副局长为组长的司法部督察检查组一行4人,就安全隐患整改、制度落实、规范管理、执法教育、安全生产、舆情处置、安防措施以及警察队伍建设等八个方面,赴呼和浩特第一监狱进行了督察检查,赴呼和浩特第二监狱、女子强制隔离戒毒所、赛罕强制隔离戒毒所进行了督察检查“回头看”。\n\n通过现场的督察检查,检查组认为,我区司法行政系统包括监狱、戒毒系统,对贯彻《司法部关于对监狱戒毒场所进行督察检查的通知》精神是认真的,对监所安全稳定督察检查工作是重视的。司法厅对监所的督察检查工作作了精心的部署,制定了方案,成立了以“一把手”为组长的领导小组。监狱局、戒毒局根据司法厅的部署成立了专项督察组,对直接管理的监狱和戒毒场所,进行了第一轮的督察,做到了全覆盖。盟市管理的戒毒场所,盟市司法局也进行了全面的督察检查。从督察检查的情况来看,也取得了很好的效果,发现了440多项安全隐患,绝大多数已经进行了整改,剩下的正在继续整改。总的来看,安全稳定工作是可控的。希望在下一步的工作中,加强重点督察,推动问题整改,尽量堵死安全方面的漏洞,确保监所的安全稳定。\n\n同时,督察检查组在对呼和浩特第一监狱的督察检查中发现了八个方面的问题,并在对呼和浩特第二监狱、女子强制隔离戒毒所和赛罕强制隔离戒毒所的督察检查“回头看”中,发现仍有一些问题未整改落实到位。\n",
    "lidang_prison_police_supervision_noyear":
        "近日,自治区监狱管理局警务督察处一行4人,在陶俊来副处长的带领下,来到黎塘监狱开展警务督察工作。\n当天下午,监狱局警务督察处一行在黎塘监狱督察队相关人员的陪同下,分为三个督察小组,分别对该监狱各单位落实各项监管制度及安全生产情况进行了现场督察。\n检查组督察过程中指出,该监狱各单位能认真落实各项监管工作制度,警察值班认真履职,文明礼貌较好,监管秩序正常。同时也指出存在的一些问题,要求加强个别监区劳动现场管理。妥善保管易燃易爆危险物品,及时清理劳动现场废弃物品等。针对督察处指出存在的问题隐患,该监狱警务督察队即对问题监区开具问题书面反馈单,要求监区立即整改,并将问题整改情况书面汇报警务督察队。与此同时,该监狱警务督察队日后将再对问题整改情况进行跟踪督察,确保问题整改到位,确保监狱持续安全稳定。",
    "provincial_fire_corps_special_groups_supervision":
        "慧聪消防网讯2016中国消防安全产业大会(CFIC2016)网络直播消防十大品牌和杰出领袖颁奖现场直击\n为扎实推进冬春火灾防控各项工作任务的有效落实,省公安消防总队专门成立七个专项督察组和一个综合指挥组,对全省各地养老院、福利院、幼儿园、医院、寄宿制学校等五类特殊群体聚居场所消防安全大排查大整治工作开展情况进行专项督导检查。\n督导检查采取明查与暗访、全面了解与重点抽查相结合的方法进行,重点督察各地公安消防部门是否推动当地党委政府和有关部门采取针对性措施解决重大消防安全问题;是否开展针对养老院、福利院、幼儿园、医院、寄宿制学校等五类特殊群体聚居场所大排查、大整治活动;排查五类单位消防行政许可情况。\n对检查发现的问题,督察组按照“一隐患一专班、一隐患一方案、一隐患一督办”的工作要求,落实责任、跟踪督办。针对严重影响消防安全的突出问题,采取关停、查封等措施,依法查处。同时,将通过新闻媒体通报工作开展情况,曝光火灾隐患,确保全省火灾形势安全稳定。\n",
    "golog_fire_rescue_supervision_2023_action":
        "(资料图片)\n本报讯(通讯员 申秀珍)为深入推进消防安全重大风险隐患专项排查整治2023行动,近日,果洛藏族自治州消防救援支队组成一个暗访组和6个督导工作组,深入各县、区进行实地督导检查。\n督导组针对危化品、交通运输、消防安全、建筑施工和燃气安全5类20个方面105项重点内容进行督导检查。检查中,各工作组通过听取汇报、查阅资料、实地检查、暗访抽查等方式,先后对各地高层建筑、商场市场、学校、医院、宾馆饭店、养老机构和燃气使用销售领域等高危场所的消防安全责任落实、消防设施设备配置和员工消防安全意识能力等方面进行了实地督察。针对检查情况,工作组采取现场反馈和集中反馈的方式,指出检查发现的问题并提出针对性整改建议,明确政府及行业部门整改责任,确保各地按期高质量完成整改工作。\n通过此次督导检查,进一步掌握了全州各地消防安全重大风险隐患专项排查整治2023行动推进情况和现场会筹备情况。下一步,督导组将通过线上线下等方式持续对各地开展帮扶指导,确保各项工作任务落地落实。",
    "longquan_fire_brigade_hazard_lookback_noyear":
        "四川新闻网成都9月9日讯 为进一步督促单位落实消防安全管理主体责任,强化对本单位消防安全隐患的自查自纠能力,近日龙泉消防救援大队监督检查人员深入辖区单位,对前期监督检查中发现存在隐患的单位开展“回头看”工作,检查存在的隐患是否整改到位,确保彻底消除火灾隐患,维护辖区消防安全形势高度稳定。\n![]() |\n检查中,大队监督检查人员首先听取了单位负责人火灾隐患整改情况汇报,随后对照监督检查记录表,对前期发现的问题进行逐一回访检查。从复查情况来看,各单位高度重视隐患整改,采取有效措施,积极推进整改工作,隐患问题整治效果良好。\n检查结束后,大队监督检查人员再次提醒单位负责人,要树立起底线思维,开展好常态化的火灾隐患排查整治,发现隐患后立即整改,切实将各类消防安全隐患发现在萌芽,解决在初期,真正做到“防得住”、“灭得了”,确保消防安全责任制落实;其次要进一步提高思想认识,加强消防知识宣传培训,定期组织员工开展灭火疏散演练,认真开展自查自纠,及时发现火灾隐患,并采取有效措施坚决消除隐患,确保场所安全,做到预防在先、万无一失。\n下一步,大队将继续加强对辖区重点单位、场所的监督检查力度,对检查中发现的问题坚持“回头看”,督促单位将隐患问题整改到位,持续筑牢辖区消防安全“屏障”。",
    "hinggan_forest_supervision_lookback_check":
        "近日,内蒙古专员办第三检查组到兴安盟扎赉特旗开展2020年森林督察整改“回头看”和全国打击毁林专项行动分阶段工作督导检查。检查组详细听取了扎赉特旗人民政府和扎赉特旗林草局对有关工作的汇报。\n检查组要求要高度重视打击毁林专项行动和森林资源案件查处整改工作,认真落实整改责任,建立台账,对标对本,对未排查完成或排查不全面的要限期完成,继续紧盯目标任务,确保按时限完成各项整改任务、整改销号和案件查处工作,及时清理回收林地,限期恢复森林植被。对森林资源保护层面的问题,尤其是扎赉特旗在乱砍滥伐等问题要研究制定长效监管机制,要举一反三、自查自纠,依法行政,切实保护好森林和草原资源。",
    "horqin_left_rear_forest_chief_special_xuncha_masked_trad":
        "0/200\n根據市委統一部署,****年*月**日至*月**日,六屆市委第七輪巡察第十巡察組對我旗林長制落實情況開展專項巡察,并于*月*日召開專題會議,反饋我旗全面落實林長制工作*個方面的*個問題。按照巡察工作有關要求,現將巡察整改進展情況通報如下。\n一、黨委履行整改主體責任情況\n旗委、政府高度重視,認真研究制定了《通遼市委第十巡察組專項巡察科左后旗林長制落實情況反饋意見整改方案》,****年**月*日,經旗委常委會第***次會議審議通過后,印發至全旗各地、各相關部門,整改方案將反饋問題細化為**個具體問題,有針對性地制定了**條切實可行的整改措施。截至目前,我旗已完成**個具體問題的整改工作,其余*個具體問題取得了階段性成效,正在全力推進整改。\n",
    # --- SOEs (power grids, a city development group) --------------------------------------------------------------------------
    "china_southern_grid_central_xunshi_rectification_measures_by_part":
        "“以最坚决的态度、最有力的措施狠抓整改,不折不扣把中央巡视组的反馈意见整改落实到位。”6月17日南方电网公司召开中央巡视组反馈意见整改工作动员会之后,所属各单位迅速行动起来,纷纷以党组扩大会、视频会等形式传达学习,并结合实际研究制定整改方案,对整改措施进行梳理和细化,确保整改进度细化到周、整改责任层层分解落实到人。各单位表示,要切实把思想和行动统一到中央精神上来,统一到公司党组的部署上来,把落实整改作为当前首要的政治任务,把抓紧抓好巡视整改作为体现党性原则、遵守政治纪律和政治规矩的重要政治检验,从严从实抓整改,不走过场求实效。\n抓整改要坚持问题导向。广东电网公司提出,对于巡视组反馈的问题,以作业表单的形式,一项一项进行研究,一条一条制定措施,一件一件督促落实,避免以方案贯彻方案的不实做法,既要保证按期完成整改任务,又不盲目赶进度、赶时间,时间服从质量,速度体现实效,严防“走过场”。广西电网公司结合实际细化提出10个方面38项共110条有针对性的整改措施,并认真对照南方电网公司整改措施,查摆存在的不足和主要问题,明确了整改任务、目标、完成时限和责任人,做到问题清单、责任清单和措施清单一一对应。云南电网公司对照南方电网公司整改方案,除了对工程项目和设备采购领域权力寻租等5方面重点问题进行专项治理外,还结合实际,提出10个方面38项整改措施,包括干部选拔任用、内部巡视和专项审计、“三严三实”专题教育等专项检查,要求在7月13日前,完成能够立行立改的整改任务,取得初步成果;8月13日前,着力解决主要问题,取得明显成效。\n",
    "state_grid_nine_rounds_xunshi_3779_problems":
        "原标题:国家电网9轮巡视67个二级单位党组织守护民生用电底线\n来源:中央纪委国家监委网站\n国家电网9轮巡视67个二级单位党组织\n压实安全责任守护民生用电底线\n发现问题3779个,问题线索3373件,推动被巡视党组织采取整改措施14393项,完善制度机制2283项,追责问责3993人次……近期,国家电网公司党组亮出一届任期内巡视全覆盖成绩单。党的十九大以来,国家电网公司党组落实政治巡视要求,组织开展9轮巡视,实现对67个二级单位党组织的巡视全覆盖。\n围绕电力保供等“国之大者”,分类施策精准监督\n“公司党组将巡视作为履行全面从严治党职责的重要抓手,坚持从政治上理解把握巡视工作,自觉跟进、服务和保障‘国之大者’。”国家电网公司党组巡视工作领导小组组长、党组书记、董事长辛保安介绍,巡视强化政治监督,突出见人见事,深入发现和纠正政治偏差,督促各级党组织履行职能责任,推动党中央重大决策部署贯彻落实到位。\n今年,我国电力供需形势复杂、矛盾突出。确保电力安全可靠供应,保障人民群众温暖过冬,是国家电网公司当前重大而紧迫的政治任务。\n滚动完善全员安全责任清单、排查老旧设施安全风险隐患……前不久,公司党组第四巡视组下沉国网上海电力检修公司,督促检查电力保供措施落实情况,提出整改建议。该公司安监部副主任金侨反馈说:“巡视组帮助我们理顺了思路,督促我们扛起责任,全力守牢守好安全生产底线和民生用电底线。”\n",
    "city_development_group_project_inspection_trad":
        "“在上次的項(xiàng)目巡查中,我們發(fā)現(xiàn)你們項(xiàng)目施工現(xiàn)場(chǎng)還沒有樹立監(jiān)督告知牌,合同上的履職人員依然未全部到位,農(nóng)民工支付表中有人代為簽字……”日前,市城發(fā)集團(tuán)項(xiàng)目巡查組對(duì)集團(tuán)重點(diǎn)項(xiàng)目進(jìn)行巡查,對(duì)巡查中發(fā)現(xiàn)的問題出具整改通報(bào),并要求各項(xiàng)目單位對(duì)照巡查問題開展“自我體檢、對(duì)號(hào)入座、立行立改”。\n這只是市城發(fā)集團(tuán)紀(jì)委運(yùn)用好巡查成果、擴(kuò)大巡查監(jiān)督效應(yīng)的一個(gè)縮影。\n自去年3月市城發(fā)集團(tuán)成立以來(lái),集團(tuán)紀(jì)委以監(jiān)察審計(jì)部、工程管理部和法務(wù)合同部人員組建項(xiàng)目巡查組,不定期對(duì)集團(tuán)重點(diǎn)在建項(xiàng)目開展巡查,每期出具項(xiàng)目巡查整改通知書,并探索建立項(xiàng)目巡查健全問題通報(bào)、巡后整改、監(jiān)督檢查的全鏈條“閉環(huán)式”整改機(jī)制,推動(dòng)實(shí)現(xiàn)“發(fā)現(xiàn)一個(gè)問題、解決一類問題、補(bǔ)齊一批短板”。針對(duì)巡查反復(fù)反饋、反復(fù)整改,卻“屢巡屢有”、禁而不絕的問題,及時(shí)向集團(tuán)紀(jì)委匯報(bào)并在全集團(tuán)范圍內(nèi)通報(bào),開出警示函,推動(dòng)已巡查的項(xiàng)目單位“巡后徹改”、未巡查的施工單位“未巡先改”。\n",
    # --- provincial 巡视 feedback round, county 巡察 rounds ----------------------------------------------------------------------
    "shandong_six_cities_xunshi_lookback_feedback_noyear":
        "齐鲁网10月18日讯(山东台记者 李侠 宋强)根据省委统一部署,今年7月至9月,开展了十届省委第十三轮巡视,其中对淄博、枣庄、东营、潍坊、临沂、菏泽6个市开展了巡视“回头看”。近日,省委巡视组陆续向6个“回头看”的市反馈了巡视情况。\n\n  据《山东新闻联播》报道,按照巡视工作有关规定,省委巡视工作领导小组成员首先向6个市市委书记传达了省委书记姜异康听取本轮巡视汇报时的重要讲话精神,巡视组组长向市委书记反馈了巡视意见。随后,召开巡视情况反馈会,向领导班子进行了反馈。\n",
    "deqin_county_xuncha_annual_rounds_by_part_trad":
        "“去年,德欽縣委先后開展了兩輪巡察,縣委第十一輪兩期巡察對2個鄉(xiāng)鎮(zhèn)、33個村、4個社區(qū)開展了常規(guī)巡察,共發(fā)現(xiàn)問題241條,移交問題線索共12件;縣委第十二輪巡察對9個縣直部門開展了常規(guī)巡察,共發(fā)現(xiàn)問題61條。共辦理縣委第九輪、第十輪問題線索9件。”近日,德欽縣委巡察辦曬出2020年成績單。\n去年以來,德欽縣委聚焦全面從嚴(yán)治黨,緊盯黨的領(lǐng)導弱化、黨的建設缺失、全面從嚴(yán)治黨不力三大問題精準發(fā)力,巡察的利劍作用不斷彰顯。\n一年來,該縣的兩輪巡察均由縣委研究決定,集中動員部署,認真做好方案制定、人員抽調(diào)、后勤保障等準備工作;巡察組進駐后,通過聽取被巡察單位工作匯報,與班子成員和其他干部群眾進行個別談話,填寫問卷調(diào)查和民主測評表,受理來信、來電、來訪,延伸走訪了解情況等方式開展巡察;同時,開展村級巡察時,結(jié)合脫貧攻堅政策以及農(nóng)牧、扶貧、安居、水利等行業(yè)部門的職責范圍,對被巡察行政村存在的侵害群眾利益問題進行重點檢查,對村、鄉(xiāng)兩級可以解決的簡單問題及時移交要求立行立改,對需要行業(yè)部門解決的問題則在巡察結(jié)束后匯總整理移交相關(guān)行業(yè)部門在規(guī)定時限內(nèi)整改解決。\n",
    "luanchuan_county_xuncha_entry_noyear":
        "自10月30日开始,栾川县委两个巡察组分别进驻县国土资源局、县行政服务中心(110联动办)、县畜牧局、县农机总站4个单位开展为期20天的巡察。\n本轮巡察对象主要为:4个单位党组织领导班子及其成员,其他副科级以上干部、后备干部,二级机构主要负责人。根据巡察工作职责,县委巡察组主要受理对上述被巡察对象的举报和反映,其他不属于巡察受理范围的信访问题,按有关规定处理。\n本轮巡察工作的重点是党风廉政建设和反腐败工作,着力发现以下七个方面的问题:一是基层党的领导弱化、基层党的建设缺失、基层全面从严治党不力等突出问题;二是虚报冒领、克扣甚至侵占惠农专项资金、扶贫资金等问题;三是在救济、补助上优亲厚友、吃拿卡要等问题;四是高高在上,漠视群众疾苦,形式主义、官僚主义严重等问题;五是执法不公,甚至成为家族势力、黑恶势力的保护伞,横行乡里、欺压百姓等问题;六是侵占集体财务、贪污贿赂、权钱交易、腐化堕落等违纪违法问题;七是县委要求了解的其他问题。\n巡察期间,县委各巡察组均开通专门的值班电话,接收短信手机、电子邮箱,举报信箱设置在各巡察组驻地及被巡察单位。受理信访举报的时间为工作日的8:30—12:00,14:30—18:00。",
    "huaping_county_xuncha_round_60_problems_trad":
        "為落實全面從嚴(yán)治黨要求,根據(jù)縣委的統(tǒng)一部署,4月11日開始,十三屆華坪縣委第二輪巡察的5個巡察組分別對縣國土局、縣工信局、縣農(nóng)業(yè)局、縣住建局、縣扶貧和移民開發(fā)局5個縣直單位黨組織開展了巡察。\n巡察組通過采取民主測評、問卷調(diào)查、聽取工作匯報、個別談話、查閱資料、受理來信來訪、抽查核實領(lǐng)導(dǎo)干部報告?zhèn)€人有關(guān)事項、延伸巡察等方式查找問題,5個巡察組共開展民主測評和問卷調(diào)查232人次,個別談話255人次,接待群眾來訪33人次,巡察期間,巡察組向被巡察單位提出立行立改問題35個。經(jīng)梳理,此輪巡察共發(fā)現(xiàn)問題60個,問題線索30件。\n本輪巡察發(fā)現(xiàn)被巡察單位存在一些突出問題,集中表現(xiàn)在以下五個方面:黨的領(lǐng)導(dǎo)弱化,對黨建工作的重要性認識不足,黨員教育管理不到位,黨務(wù)工作不嚴(yán)謹(jǐn);黨內(nèi)政治生活不規(guī)范,民主生活會、組織生活會不嚴(yán)不實;“三重一大”、民主集中制、“四個不直接分管”、“末位表態(tài)”等制度執(zhí)行不到位;執(zhí)行中央八項規(guī)定精神和糾正“四風(fēng)”工作有差距;執(zhí)行財經(jīng)紀(jì)律不嚴(yán)格,專項資金管理使用不規(guī)范,對差旅費、接待費報銷審核把關(guān)不嚴(yán)。\n目前,5個巡察組已完成巡察反饋問題移交工作,向被巡察單位共提出意見建議24條,巡察發(fā)現(xiàn)的30件問題線索已按照分類處理原則進行了移交,5個被巡察單位已進入全面整改落實階段。\n",
}


DOCS = {
    # --- disease-control centres -------------------------------------------------------------------------------------------
    "yancheng_cdc_xuncha_41_problems_109_measures_rules_24": doc(
        "http://wsj.yancheng.gov.cn/art/2024/7/25/art_2582_4216164.html",
        ["A city CDC party committee's 巡察 progress notice (盐城), no title line, the whole lead one line with spaces "
         "between the run-in headings (kept as stored). '2023年7月3日至9月10日' → start/end; feedback '11月14日' (no year) "
         "→ 2023-11-14 (the period's year, R58). '巡察反馈的41个问题' → problems_total 41; '制定的整改措施共计109条' → "
         "measures_total 109 (R73); '修改完善制度24项' → rules_made 24 (R74). NEW: '共30个问题已完成(含基本完成)整改' and "
         "'已完成(含基本完成)整改措施89条' count 基本完成 as done, which R71 does not, and the text gives no split → "
         "problems_done and measures_done null; '仍需长期整改11个' is the remainder. No page date in the kept text (the "
         "url's 2024-07-25 is not read, R44). Cut before ' 二、整改进展情况及成效' (the problem-by-problem list follows, R18)."],
        inspection=ins(start="2023-07-03", end="2023-09-10", feedback="2023-11-14"),
        headline=head(pt=41, mt=109, rules=24)),
    "wenxian_cdc_xuncha_feedback_day": doc(
        "http://www.wenxian.gov.cn/sitesources/wxdzw/page_pc/zwgk/xcgk/articlede3cd266a2a5469c8c07500095770d3f.html",
        ["A county 巡察 feedback news item for a county CDC (温县), no title line: '2024年6月25日,县委第四巡察组向县疾控"
         "中心反馈巡察情况' → feedback 2024-06-25. No period stated. Problems named in one sentence ('主要是:…等问题'): kind "
         "5, []. '四点整改意见建议' are recommendations (R68). The cut paragraph '县委第四巡察组组长张建平指出,一要…' is "
         "left out (R26)."],
        inspection=ins(feedback="2024-06-25")),
    "hunan_cdc_health_commission_xuncha_briefing_dmy_date": doc(
        "http://changsha.baogaosu.com/xinwen/%E5%B7%A1%E5%AF%9F%E7%AC%AC%E4%B8%80%E5%B7%A1%E5%AF%9F%E7%BB%84%E5%90%AC%E5%8F%96%E6%B9%96%E5%8D%97%E7%9C%81%E7%96%BE%E7%97%85/109387515/",
        ["A news-mirror copy of a provincial health commission's internal 巡察 (第二轮, 第一巡察组) hearing the provincial "
         "CDC's reports: news headline (title null, R34). The D.M.Y date line '14.09.2022  09:11' → report_date "
         "2022-09-14 (R40, R45). NEW: '2022年9月13日上午…组织召开会议,听取…专题汇报' is a meeting during the stationing, "
         "not its start (R53); no start, end or feedback. The paragraph '许尚锋强调,…' (with '查摆的60个问题') is cut by "
         "the store: left out with its count (R26)."],
        report_date="2022-09-14"),
    "dongying_cdc_xuncha_feedback_recent_period": doc(
        "http://www.jiwei.gov.cn/news_content.thtml?contentId=26551",
        ["A city 巡察 feedback news item for the city CDC (东营: 市委书记李宽端), news headline (title null, R34). Feedback "
         "'近日' → null. '2019年9月11日至11月10日' → start/end. '六个围绕、一个加强' are no figures. The cut paragraph "
         "'郭学岩指出,…' is left out (R26)."],
        inspection=ins(start="2019-09-11", end="2019-11-10")),
    # --- press groups --------------------------------------------------------------------------------------------------------
    "dazhong_press_group_xunshi_bulletin_split_title": doc(
        "http://www.sdjj.gov.cn/gzdt/xsxc/201906/t20190620_11459181.htm",
        ["A provincial press group's 巡视 progress 通报 on the provincial discipline commission's site: breadcrumb, the "
         "title split over two lines ('中共大众报业集团(大众日报社)委员会' / '关于巡视整改进展情况的通报', joined, R32) → kind "
         "bulletin, issuer '中共大众报业集团(大众日报社)委员会' (R37); '来源:山东省纪委监委网站发布时间:2019-06-20' → "
         "report_date (来源 is no issuer, R38). '2018年10月12日至2019年1月12日' (across a year end) → start/end; "
         "'2019年2月25日' feedback. No figure. The cut '一是把握整改要求,…' paragraph is left out (R26)."],
        kind="bulletin", title="中共大众报业集团(大众日报社)委员会关于巡视整改进展情况的通报",
        issuer="中共大众报业集团(大众日报社)委员会", report_date="2019-06-20",
        inspection=ins(start="2018-10-12", end="2019-01-12", feedback="2019-02-25")),
    "fujian_daily_press_group_xunshi_bulletin": doc(
        "https://shiyan.com/archiver/tid-703803.html",
        ["A forum-archive copy of a provincial press group's 巡视 progress 通报: title line → kind bulletin, issuer "
         "'中共福建日报报业集团党组'; no page date in the kept text. The heading '一、提高政治站位,…' is run into the lead's "
         "last line (kept as stored). '2020年7月7日至8月9日' → start/end; '于2020年9月28日反馈' → feedback. No figure. The "
         "cut '(三)狠抓整改落实。…' paragraph is left out (R26)."],
        kind="bulletin", title="中共福建日报报业集团党组关于巡视整改进展情况的通报", issuer="中共福建日报报业集团党组",
        inspection=ins(start="2020-07-07", end="2020-08-09", feedback="2020-09-28")),
    "guangzhou_daily_press_group_xuncha_feedback": doc(
        "http://guangzhou.baogaosu.com/xinwen/%E5%B7%A1%E5%AF%9F%E7%BB%84%E5%90%91%E5%B9%BF%E5%B7%9E%E6%97%A5%E6%8A%A5%E6%8A%A5%E4%B8%9A%E9%9B%86%E5%9B%A2%E5%B9%BF%E5%B7%9E/83182439",
        ["A news-mirror copy of a city 巡察 feedback item for a city press group (广报集团/广传媒), news headline (title "
         "null, R34), no date line in this copy. '2020年3月25日,…反馈巡察情况' → feedback; '2019年10月15日至2020年1月15日' "
         "→ start/end. No figure. The cut paragraph '廖增烈同志指出,…' is left out (R26)."],
        inspection=ins(start="2019-10-15", end="2020-01-15", feedback="2020-03-25")),
    # --- schools and colleges ---------------------------------------------------------------------------------------------------
    "xuanzhou_education_bureau_xuncha_announcement_school_meals": doc(
        "http://www.xcxzjjjc.gov.cn/News/show/1557721.html",
        ["A district 巡察 announcement (常规巡察 of the 区教体局党组 with a 中小学“校园餐”专项巡察), no title line. "
         "'于2025年8月14日至2025年10月17日对区教体局党组开展常规巡察' → start/end (the stated stationing period, R50). "
         "'巡察组受理信访时间截止到2025年10月15日' is a petition window (R53); '8:00-12:00' office hours. No figure; "
         "'一、巡察对象…三、反映问题渠道' are the notice's sections, no problem list. The item ends with its review line "
         "'一审:何冬霞 二审:汪艳 三审:吴正宏' → excerpt false (R5); the '扫一扫…' chrome under it is left out."],
        inspection=ins(start="2025-08-14", end="2025-10-17")),
    "liupanshui_experimental_school_xuncha_feedback_noyear": doc(
        "http://lpsdesyzx.lpssy.edu.cn/2024/0626/c4859a83439/page.htm",
        ["A city 巡察 feedback news item on a middle school's site (市第二实验中学), no title line. The only date is "
         "'6月20日' with no year anywhere in the text ('八届市委第五轮巡察' names no year; the url's 2024 is not read) → "
         "feedback null (R60). Problems named in one sentence: kind 5, []. No figure. The cut paragraph '陈泉强调,…' is "
         "left out (R26)."]),
    "shandong_light_industry_college_xuncha_feedback": doc(
        "https://toudeng.cc/archives/53157",
        ["A copy on an unrelated host of a city 巡察 feedback item for a vocational college: news headline (title null, "
         "R34), a '摘要' block repeating the lead with '7月8日', then '2024年7月8日,…反馈会议召开' → feedback 2024-07-08. "
         "No period stated. '自2019年以来' is no date. No figure. The cut paragraph '毕红卫强调,…' is left out (R26)."],
        inspection=ins(feedback="2024-07-08")),
    "guangdong_defence_technician_college_xuncha_feedback_noyear": doc(
        "http://www.gf79.com/info/news-1.html",
        ["A provincial human-resources department's internal 巡察 feedback to a technician college: news headline (title "
         "null, R34). '8月29日上午' with no year anywhere in the text → feedback null (R60). The paragraph '陈进新同志"
         "反馈巡察情况指出,…' (its problems '一是…四是') is cut by the store: left out (R26). No figure."]),
    # --- a people's congress office, culture and tourism, science, emergency ---------------------------------------------------
    "linxiang_npc_office_xuncha_progress": doc(
        "https://www.linxiang.gov.cn/24733/24759/67922/content_2358780.html",
        ["A county-level city's 巡察 progress notice for its people's congress office (市人大机关), no title line. "
         "'2025年3月13日至5月12日' → start/end; '2025年7月3日' feedback. The next section's paragraph ('一、组织整改落实情况' "
         "with '4个方面7项具体问题涉及的17个细化问题') is cut by the store: left out with its heading and counts (R26). No "
         "figure in the kept text."],
        inspection=ins(start="2025-03-13", end="2025-05-12", feedback="2025-07-03")),
    "jianhe_culture_tourism_bureau_xuncha_mobilization": doc(
        "https://jh.gov.cn/jh/bmdt/202602/24840743edb143e4b728c8009316d50d.shtml",
        ["A county 巡察 动员会 at a culture, tourism, radio and sports bureau (with its tourism centre and ethnic song-and-"
         "dance troupe): no title line (the stored copy's leading empty line dropped). '2026年2月26日上午…工作动员会召开' → "
         "start 2026-02-26 (launch day, R52); no end. No figure. The cut paragraph '会议强调,…' is left out (R26)."],
        inspection=ins(start="2026-02-26")),
    "wuhu_culture_tourism_bureau_xuncha_mobilization_recent": doc(
        "http://www.whjjw.gov.cn/html/wenzhang_759237.html",
        ["A city 巡察 动员会 at the culture and tourism bureau with a cultural centre and a painting academy, no title "
         "line: '近日' and no year in the text → start null (R60). No figure. The cut paragraph '王玉娟表示,…' is left "
         "out (R26)."]),
    "shuozhou_science_bureau_xuncha_33_problems": doc(
        "http://szxxgk.shuozhou.gov.cn/szfgzbm/szskxjsj/zfxxgkml_11178/gzdt/202601/t20260119_759860.shtml",
        ["A city science bureau's 巡察 rectification notice, no title line. '2024年9月25日至2025年1月7日' → start/end "
         "(across a year end); '2025年4月27日' feedback. '巡察反馈的4个方面33个问题' → problems_total 33 (aspects are no "
         "count, R64). The plan's name prints '巡查组' for '巡察组' (kept). Cut before '二、问题整改的具体进展' (the problem "
         "list follows, R18)."],
        inspection=ins(start="2024-09-25", end="2025-01-07", feedback="2025-04-27"), headline=head(pt=33)),
    "jinan_emergency_bureau_xuncha_bulletin_8_problems": doc(
        "http://jnsafety.jinan.gov.cn/art/2021/8/3/art_29137_4765779.html",
        ["A city emergency bureau's party committee: a welcome chrome line, title line → kind bulletin, issuer '中共济南市"
         "应急管理局委员会'; '发布日期:2021-08-03 信息来源:…' → report_date (信息来源 is no issuer, R38). '2020年10月20日至"
         "12月31日' → start/end; '2021年2月4日' feedback. '指出存在3个方面、8个主要问题,并提出4项意见建议' → problems_total 8 "
         "(aspects and recommendations are no figures, R64/R68). '为期70天' restates the period. The cut '(二)加强组织领导,"
         "…' paragraph is left out (R26)."],
        kind="bulletin", title="中共济南市应急管理局委员会关于巡察整改进展情况的通报", issuer="中共济南市应急管理局委员会",
        report_date="2021-08-03", inspection=ins(start="2020-10-20", end="2020-12-31", feedback="2021-02-04"),
        headline=head(pt=8)),
    # --- prisons, fire services, forests ----------------------------------------------------------------------------------------
    "inner_mongolia_prisons_ministry_supervision_dmy_date": doc(
        "http://huhehaote.baogaosu.com/xinwen/%E7%9D%A3%E5%AF%9F%E6%A3%80%E6%9F%A5%E7%BB%84%E5%AF%B9%E6%88%91%E5%8C%BA%E7%9B%91%E6%89%80%E5%AE%89%E5%85%A8%E7%A8%B3%E5%AE%9A/59208185/",
        ["A news-mirror copy of a ministry group's 督察检查 of a region's prisons and drug-rehabilitation centres (with a "
         "督察检查“回头看” at three of them): news headline (title null, R34); D.M.Y date line '18.07.2017  23:22' → "
         "report_date 2017-07-18 (R45). NEW: '7月12日至15日' → 2017-07-12 / 2017-07-15 (the check's stationing; the year "
         "from the page's date line, R58). '发现了440多项安全隐患' is an approximation and the region's own first-round "
         "督察's count (R68); '八个方面' aspects: no figure. The cut paragraph '司法厅党委委员、副厅长宝山…' is left out."],
        report_date="2017-07-18", inspection=ins(start="2017-07-12", end="2017-07-15")),
    "lidang_prison_police_supervision_noyear": doc(
        "https://www.cnprison.cn/2016/0420/c372a40686/page.htm",
        ["A regional prison administration's 警务督察 at one prison, '近日' and '当天下午' only, no year in the text (the "
         "url's 2016 is not read, R60): dates null. '一行4人', '三个督察小组' are people and groups: no figure. The four "
         "paragraphs seem to be the whole item; excerpt stays true (the snippets' default)."]),
    "provincial_fire_corps_special_groups_supervision": doc(
        "https://fire.hczyw.com/article.php?id=157236",
        ["A fire-industry news site's item on a provincial fire corps' 专项督导检查 of five kinds of care and school "
         "premises; a site chrome line ('慧聪消防网讯2016中国消防安全产业大会…') above it kept, the sharing chrome under it "
         "left out. No date, no year (the chrome's '2016' names a conference, not this check). '七个专项督察组' groups, "
         "'五类' kinds: no figure."]),
    "golog_fire_rescue_supervision_2023_action": doc(
        "http://m.zhileng.yktworld.com/wxaz/2023/0729/4938.html",
        ["A copy of a prefecture fire-rescue detachment's 督导检查 for its '2023行动' (a campaign's name), with a photo "
         "caption '(资料图片)' above: '近日' → no dates. '一个暗访组和6个督导工作组' groups; '5类20个方面105项重点内容' "
         "are checklist items (R68): no figure."]),
    "longquan_fire_brigade_hazard_lookback_noyear": doc(
        "https://scxwzt.newssc.org/system/20210909/001205225.html",
        ["A district fire brigade's “回头看” recheck of hazards it had found (R53: a recheck of rectification), with a "
         "broken image line '![]() |' kept as stored. '四川新闻网成都9月9日讯' has no year (the url's 2021 is not read, "
         "R60): dates null. No figure."]),
    "hinggan_forest_supervision_lookback_check": doc(
        "http://ecochina.com.cn/news_info/46394.html",
        ["A forestry commissioner's office check (第三检查组) of a banner's '2020年森林督察整改“回头看”' and an anti-"
         "deforestation campaign: '近日', no day → dates null ('2020年森林督察' names the 督察 being followed up). No "
         "figure."]),
    "horqin_left_rear_forest_chief_special_xuncha_masked_trad": doc(
        "http://www.xiaochouwa.com.cn/detail/9c22872c333f33207931f28b4d70adee.html",
        ["A copy (traditional glyphs, a '0/200' comment-box line above) of a banner's progress notice after a city "
         "林长制 专项巡察 whose dates and counts the copy masks: NEW: '****年*月**日至*月**日', '于*月*日…反饋' and "
         "'*個方面的*個問題', '**個具體問題', '**條…整改措施' → all null (R44 masked year, R68 masked counts). No title "
         "line. Cut before '二、巡察反饋意見整改落實情況' (the problem list follows, R18)."]),
    # --- SOEs ---------------------------------------------------------------------------------------------------------------------
    "china_southern_grid_central_xunshi_rectification_measures_by_part": doc(
        "http://www.chinarein.com/special/csg/201506/146225.html",
        ["A power-industry site's item on China Southern Grid's subsidiaries starting rectification after a central "
         "巡视's feedback, no title line. '6月17日…召开中央巡视组反馈意见整改工作动员会' is a meeting, '7月13日前', "
         "'8月13日前' deadlines (R53); no year in the text anyway: dates null. '广西电网公司…10个方面38项共110条…整改措施' "
         "and '云南电网公司…提出10个方面38项整改措施' are two subsidiaries' measures with no stated total → measures_total "
         "null (R69; the document's subject is the group's rectification); '5方面重点问题' aspects. The cut paragraph '抓"
         "整改要落实责任。…' is left out (R26)."]),
    "state_grid_nine_rounds_xunshi_3779_problems": doc(
        "https://m.news.shi-fen.com/china/202112/50-1185570.html",
        ["A copy of a central discipline-commission item summing up State Grid's nine internal 巡视 rounds over 67 "
         "second-tier party organisations ('原标题:…', '来源:…', the headline over two lines: news, title null, R34). "
         "'发现问题3779个' → problems_total 3779 (the rounds' count, a round summary, kind 5); '推动被巡视党组织采取整改"
         "措施14393项' → measures_total 14393 (R73). NEW: '完善制度机制2283项' counts rules and mechanisms together → "
         "rules_made null (R74). '问题线索3373件' clues, '追责问责3993人次' people (R68). '今年', '党的十九大以来': no "
         "dates. The cut paragraph '护航今冬明春电力保供…' is left out (R26)."],
        headline=head(pt=3779, mt=14393)),
    "city_development_group_project_inspection_trad": doc(
        "http://www.ai4488.com/lhnews/system/2023/03/27/034123086.shtml",
        ["A traditional mirror copy with glyph glosses of a city development group's internal project 巡查 (its "
         "discipline committee's project inspection team), no title line. '日前', '去年3月' → no dates. No figure. The "
         "cut paragraph '市城發集團在每一輪項目巡查反饋后,…' is left out (R26)."]),
    # --- provincial 巡视 feedback round, county 巡察 rounds ----------------------------------------------------------------------
    "shandong_six_cities_xunshi_lookback_feedback_noyear": doc(
        "http://sd.sina.com.cn/news/b/2016-10-19/detail-ifxwvpaq1704717.shtml?from=sd_ydph",
        ["A provincial TV news item: a provincial 巡视 round's “回头看” of six cities fed back '近日'. '齐鲁网10月18日讯' "
         "has no year; '今年7月至9月' is month-only (R53) and has no year (the url's 2016 is not read, R60): dates null. "
         "Feedback to six cities ('陆续'), no day anyway (R56). 'six cities' are bodies: no figure. The cut paragraph "
         "'从反馈情况看,…' is left out (R26)."]),
    "deqin_county_xuncha_annual_rounds_by_part_trad": doc(
        "http://www.qdubb.cn/html/2021/xunshixuncha_0223/91604.html",
        ["A traditional mirror copy with glyph glosses of a county 巡察 office's 2020 tally of two rounds, no title "
         "line; '去年', '近日' → no dates ('2020年成績單' is a year, no day). NEW: '第十一輪兩期巡察…共發(fā)現(xiàn)問題241條' and "
         "'第十二輪巡察…共發(fā)現(xiàn)問題61條' are two rounds' counts with no stated total → problems_total null (R69, not "
         "summed). '問題線索共12件', '9件' clues (R68). The cut paragraph '縣委十一輪兩期巡察共向…' is left out (R26)."]),
    "luanchuan_county_xuncha_entry_noyear": doc(
        "https://www.pdsjjw.gov.cn/sitesources/lysjwjcw/page_pc/gzdt/jcfc/articleb7213de1ea8742dc93923bd9b1d8e004.html",
        ["A county 巡察 round's entry notice (two groups, four bureaus): '自10月30日开始…为期20天' has no year anywhere "
         "in the text → start null (R60; a duration gives no end, R52). '七个方面的问题' are the focus areas, not "
         "problems found; '110联动办' is a name: no figure. The four paragraphs seem whole; excerpt stays true."]),
    "huaping_county_xuncha_round_60_problems_trad": doc(
        "http://www.qdubb.cn/html/2017/xunshixuncha_0812/33984.html",
        ["A traditional mirror copy with glyph glosses of a county 巡察 round summary (five groups, five bureaus), no "
         "title line. '4月11日開始' with no year in the text ('十三屆華坪縣委第二輪巡察' names no year) → start null (R60). "
         "'此輪巡察共發(fā)現(xiàn)問題60個' → problems_total 60 (R62, a round summary, kind 5). Not figures: '立行立改問題35個' "
         "(the round's 立行立改 subset, R68), '問題線索30件' clues, '意見建議24條' recommendations, '232人次', '255人次', "
         "'33人次' people, '五個方面' aspects. The cut paragraph '巡察組要求,…' is left out (R26)."],
        headline=head(pt=60)),
}


def recount_figures(text: str) -> list[str]:
    """Second way (R100): every 'N个/項/条/处…' in the text, for the docstring's tally of read and explained figures."""
    return re.findall(r"\d+(?:个|項|项|条|條|处|個)", text)


def main() -> None:
    write_snippet_set(HERE, TEXTS, DOCS, WHOLE, RECOUNT, EXTRA_FORMS)


if __name__ == "__main__":
    main()
