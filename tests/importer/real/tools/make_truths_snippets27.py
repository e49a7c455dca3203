"""Write the texts and truth files of tests/importer/real/snippets27: a HELD-OUT set of session 19 - real lead paragraphs
about rectification after 巡察/巡视 (pages whose kept text lists no problem) - labelled on 2026-12-06 by helper label44, who
did not change the parser and did not read or run zhenggai/importer/, tests/importer/*.py or tests/importer_app/. NOT
scored by the labeller: the parser was never run on these texts; the lead scores the set.

How found: 36 queries of the search tool's ``pages`` corpus (every one listed below). I checked 137 result urls (tag and
file-name pages of zhetiaohe.com / abg.baidu.com / fengdujob.net / jltd56.com, results without a url and plainly unrelated
hits - policy documents, audit theory essays, government work rules, power-supply news - left aside; a url that came back
in a later query was not checked again): 100 were already known (host+path+query compared; scheme, 'www.', ':80', '#…', a
trailing '/' and case ignored, percent-decoded) against every url in the .json, .py, .txt, .md and .html files under
/work/main/tests/importer, /work/shared/corpus and every other /work/wt/*/tests/importer tree (label43, label45,
writer15, writer16 at work now included; 1126 known url keys at the start, 1148 at the final recheck just before the
commit, none of them one of mine). A distinctive phrase of each kept page (the body's or a person's name, or its period)
was also grepped in those trees: no copy found (R4). Of the 37 new urls, 30 are labelled; the 7 left out: kygw.cn (a copy
of the 交通运输部 central 巡视 bulletin, known at stickemin.com: R4), m.news.shi-fen.com (the simplified copy of the known
jeffcaceres.com 国家电网 巡视 round-up: R4), chinarein.com (a 2015 南方电网 整改 mobilisation across subsidiaries: no year
in the text, its figures are subsidiaries'), m.1183118.com (a traditional '解讀' of an audit rectification report, one
run-on paragraph with meeting days only), jingzhou.cjyun.org (a 商务局 进驻 动员会 with no year - one null lead is kept
already), baoshan.gov.cn (a 发改委 稽察 of investment projects with no year: not an inspection round) and tcjjjc.gov.cn (a school
巡察 feedback with '近日' and only a period - left out to stay within the brief's 30). 30 pages in all; the brief's aim
was 25-30.

Queries (``pages`` corpus; 36): 交通运输局党组 巡察整改进展情况 通报 巡察组 反馈 问题 已完成整改 建立制度; 司法局党组 巡察整改
进展情况 公布 反馈问题 个 已整改 个; 市场监督管理局党组 巡察整改情况 通报 巡察组 进驻 反馈 问题 整改完成率; 林业局党组 巡察
整改进展情况 反馈 问题 已整改 完善制度 项; 民政局党组 巡察整改进展情况 公布 于 反馈 巡察意见 问题 整改措施 条; 供电公司党委
巡察整改 情况通报 反馈问题 已整改 建章立制 追责问责; 农业农村局党组 巡察整改进展情况 通报 反馈 个方面 个问题 已完成整改 个;
住房和城乡建设局党组 巡察整改进展情况 公布 巡察组 反馈 问题 整改措施 建立完善制度; 应急管理局党委 巡察整改 进展情况 通报
反馈意见 问题 已整改到位 制度; 人力资源和社会保障局党组 巡察整改进展情况 反馈 问题 整改完成 挽回经济损失 万元; 乡 党委 巡察
整改情况 公开 县委巡察组 于 反馈 问题 条 已整改 条 追责问责 人; 審計 整改情況 報告 審計查出問題 已整改 挽回損失 萬元 建立健全
制度; 教育局党委 巡察整改进展情况 公布 巡察组 反馈 具体问题 已完成整改 建立健全制度 项; 公安局党委 巡察整改进展情况 通报 于
反馈 巡察意见 问题 已整改; 自然资源局党组 巡察整改情况 公布 反馈 个问题 已完成整改 个 完善制度; 財政局黨組 巡察整改進展情況
通報 巡察組 反饋 問題 已完成整改; 县人民医院党委 巡察整改进展情况 公布 县委巡察组 于 反馈 问题 已整改 个; 街道党工委 巡察整改
进展情况 公布 区委巡察组 进驻 反馈 问题 整改完成率 %; 省生态环境保护督察 反馈意见 整改落实情况 公开 县 整改任务 已完成 达到
序时进度; 大学党委 巡视整改进展情况 通报 省委巡视组 反馈 问题 整改措施 已完成 建立完善制度; 经济责任审计 审计结果公告 发现
问题 已整改 整改率 移送 镇; 投资集团党委 巡察整改进展情况 通报 巡察组 反馈 问题 已整改 挽回损失 追责问责; 水利局党组 巡察
整改进展情况 公布 巡察组 反馈 问题 已整改 建章立制; 城市管理局党组 巡察“回头看” 整改进展情况 公布 反馈 问题 已完成整改; 商務局
黨組 巡察整改進展情況 公布 巡察組 反饋 問題 已整改 制度; 文化广电旅游局党组 巡察整改进展情况 通报 反馈 个问题 整改到位 个;
镇党委 关于巡察整改进展情况的通报 县委第 巡察组 反馈 问题 已整改 建立制度; 发展和改革局党组 巡察整改进展情况 公布 反馈 个
方面 问题 整改措施 条 已完成; 學院黨委 巡察整改進展情況 通報 反饋 個問題 已完成整改 建立完善制度; 中医院 医院党委 巡察整改进展
情况 公布 市委巡察组 于 反馈 问题 个 整改完成率; 国资委党委 巡察整改进展情况 通报 巡察组 于 反馈 问题 已完成整改 个;
中学党支部 巡察整改情况 公示 巡察组 反馈 问题 已整改 学校; 城投集团党委 巡察反馈问题整改 进展情况 公布 问题 条 已整改 条
挽回经济损失; 卫生院党支部 巡察整改 反馈 问题 已整改 公示 镇卫生院; 统计局党组 巡察整改进展情况 公布 巡察组 反馈 问题 整改
措施 已整改; 审计局 审计整改情况 公告 被审计单位 审计发现问题 项 已整改 项 整改金额.
As snippets25/26 found, the usual families are nearly exhausted: the town, street, hospital, university, 督察, statistics
and audit queries brought back only known pages, apart from a health bureau (kept) and the audit '解讀' (declined) - so
this set has no town, university, hospital, 督察 or audit page, although the brief asked for them; the store's copies of
such pages are labelled already. The school query found four new middle-school pages and the SOE query one city
transport group (a 巡察“回头看” round). Independent recount (R100, second way): a regex over the 25 texts for
'N个/项/条/处' finds 12 read figures and the rest explained in anomalies (aspects, groups, bodies, months, subsets). What was new: city and county bureaus of families not tried before
(transport, justice, police, emergency management, civil affairs, education, health, natural resources, finance,
development and reform, commerce, agriculture, forestry, urban management).

Kinds (issue 10's seven): all 30 are kind 5 (no problem list in the kept text: zero problems); headline wordings of kind
6 (problems and measures: lishui 29/117, shanghai 41/145 from '7个方面16个问题,细化分解为41个具体问题', hangzhou 44 done 41,
xiangqiao 24 done 5 from '3方面13个问题…细化分解为24个分项问题', jiexi 27 from '四方面13类共27项问题', xiamen police measures
203, huaian transport group measures 93, the spam copy's measures 86),
traditional copies (yuanmou, the 回頭看 education bureau; both with glyph glosses) and the dates and parties in prose of
kind 7 (every page: '于2025年3月1日反馈', feedback days with no year, a title split over two lines, index blocks with
'发布日期', date lines run into the source, a planned stationing end). Inspection kinds: 巡察 (29: progress bulletins and leads, two 动员会/进驻,
four feedback news items, a 专项巡察, a 市县联动巡察, a 乡村振兴资金 专项巡察, a 巡察“回头看” round of an SOE, a 回头看
feedback) and 巡视 (1, a city's). Bodies: city,
district and county bureaus of families not labelled before in these sets - transport (3), justice, police, emergency
management (6), civil affairs, education (3), health, natural resources, finance, development and reform, commerce,
agriculture, forestry, urban management (3), four middle schools' party organisations and a city transport
group (SOE).

Each text is the title line (when the stored copy has one) and the lead paragraph(s) of one page, pasted from the tool's
decoded output (TEXTS below; main() writes them): traditional copies keep their glyph glosses like '據(jù)', chrome above
the text (breadcrumbs, index blocks, date lines, a site address line, a spam ad tag) is kept, chrome under it left out. A
page cut mid-paragraph is cut back to the last whole paragraph (R26: a figure in the cut paragraph is not read -
haizhu's 58, xingyang's 47, xianyang's 34 measures and dazhou's end day are lost that way); where the next part opens the
problem list, the text is cut before it so that the snippet holds no problem heading (R18). Every truth is excerpt true
(snippets' default). Every labelled value is re-found in the file by check(), and every headline figure is re-found
through the phrase it was read from (RECOUNT) - the two counts of R100: 8 pages with figures, 12 figures (lishui 29 and
117, shanghai 41 and 145, hangzhou 44 and 41, xiangqiao 24 and 5, jiexi 27, xiamen police 203, huaian group 93, spam
copy 86); problems 0 in every
truth, measure counts none.

Schema and conventions as in CONVENTIONS.md and make_truths_snippets9.py … make_truths_snippets26.py: ``genre``
"snippet"; ``kind`` only when a title line names a rectification 通报/报告 (→ bulletin); ``title``/``issuer`` only when
the title line names a rectification or inspection document (news headlines null); ``report_date`` from a signature, else
the page's date line inside the snippet; ``inspector``/``inspected`` null (R49). Meetings (反馈会 excepted), 民主生活会,
调度会 are no inspection dates; meetings, people, bodies, groups, aspects (方面) and suggestions are no figures.

Judgement calls (each also said in the truth's anomalies):
- NEW: xiamen police '制定联络员、会商、督办、销号等6项制度' is not rules_made: the six are the rectification team's own
  working procedures (set up to run the work), not rules made or revised to fix what the inspection found; R74 keeps
  mechanisms out. measures_total 203 ('细化整改措施203条') is read.
- mianyang: a 动员会's announced stationing end ('6月11日结束现场巡察') is read as the end (as snippets13 jintan's
  '驻点巡察时间为…至…' and snippets10's '持续到17日结束'), with the launch day's year.
- dazhou: the period '巡察时间为4月19日至4月30日' is in a paragraph the store cuts (inside a phone number): left out
  (R26), so only the launch day is read (start 2021-04-19, end null).
- xiangqiao: '3方面13个问题…细化分解为24个分项问题' → 24 (finest, R64/C11); '已完成反馈问题整改5个' → done 5; the 14
  '阶段性完成并需要长期坚持' are not done (R71).
- zijin: a part-of-month period ('2024年4月上旬至7月上旬') gives no start/end (R53); jiexi: '四方面13类共27项问题' → 27
  (finest, R64/C11), its lead-in line kept and the text cut before the first category.
- huaian transport group: a 巡察“回头看” with its own stationing is a re-inspection round → its dates are read (as
  snippets26's haimen), feedback '6月27日' takes the period's year.
- spam copy: '12个方面问题' are aspects, no total (R68); '制订了86条措施' → measures 86.
- Feedback days with no year take the period's year: linyi '12月6日', haizhu '9月29日', xiamen police '12月3日', whjjw
  '9月23日'. The 回頭看 copy has no year anywhere: all null (kept on purpose as a null lead).
- lianyungang: a news headline line (title null) with '发布日期' → report_date; xiamen natural resources: an index block's
  '发布日期' → report_date, its '发布机构' no issuer (R38); guangde: '发布时间' beats the url's day.
"""
from pathlib import Path

from make_truths import head, ins, prob, write_snippet_set  # noqa: F401  (prob kept for the set's shape; no problem lists here)
from make_truths_snippets10 import doc

HERE = Path(__file__).resolve().parent.parent / "snippets27"

WHOLE: set[str] = set()

# Date forms that are not 'Y年M月D日' / 'M月D日' / ISO in the text (lost characters): none in this set.
EXTRA_FORMS: dict[str, list[str]] = {}

# Independent recount: the phrase each non-null headline figure was read from, re-found verbatim.
RECOUNT = {
    "jiexi_middle_school_xuncha_27_items": ["四方面13类共27项问题"],
    "huaian_transport_group_xuncha_lookback_93_measures": ["细化了93条整改措施"],
    "lishui_transport_xuncha_29_problems_117_measures": ["深入剖析29个问题,提出117条整改举措"],
    "shanghai_emergency_xunshi_41_problems_145_measures": ["细化分解为41个具体问题,对应制定145项整改措施"],
    "hangzhou_civil_affairs_xuncha_44_41": ["巡察反馈的10个方面44个具体问题中,41个问题已完成整改"],
    "xiangqiao_agriculture_special_xuncha_24_of_13": ["细化分解为24个分项问题", "已完成反馈问题整改5个"],
    "xiamen_police_xuncha_203_measures": ["细化整改措施203条"],
    "spam_host_urban_management_xuncha_86_measures": ["制订了86条措施"],
}


TEXTS = {
    "lishui_transport_xuncha_29_problems_117_measures":
        "公示公告\n根据市委统一部署,2023年10月8日至11月10日,市委第四巡察组对市交通运输局党委进行了巡察。2024年2月23日,市委第四巡察组反馈了巡察意见。根据巡察工作要求,现将整改落实情况予以公布。\n市交通运输局党委把巡察整改作为重大政治任务来抓,始终站在讲政治、讲大局、讲党性的高度,深刻认识整改工作的重要性和紧迫性,切实把思想和行动统一到市委的部署要求上来,以高度的思想自觉正视问题,以强烈的紧迫意识改正问题,切实做好巡察整改工作。\n一是提高政治站位,扛牢巡察整改主体责任。局党委主要负责同志高度重视巡察工作,认真履行第一责任人职责,带头领办重点问题,督促提醒其他班子成员落实巡察整改责任。班子成员认真履行“一岗双责”,从严从实抓好自身和分管领域整改。成立巡察整改领导小组,统筹推进局属各单位(处室)落实整改任务,及时掌握整改情况及成效,按时上报相关情况,健全统分结合、上下联动的工作机制。同时,坚持开门整改,通过实地走访调研等多种方式认真听取意见,接受党员、干部、群众监督。\n二是全面对标对表,切实增强整改工作合力。深入剖析29个问题,提出117条整改举措,明确整改方向,确保整改工作高效推进。以反馈意见为行动指令,先后召开3次局党委专题会议、1次领导班子专题民主生活会、1次巡察整改推进会落实整改各项任务。在整改过程中,3次跟踪督办巡察整改情况,及时研究解决新情况。同时,对把握不准的问题,积极对接市纪委监委、市委组织部、市委巡察办和巡察组,确保整改到位、取得实效。\n",
    "linyi_transport_xuncha_bulletin_title_split":
        "微信公众号\n当前位置 : 首页 > 工作动态 > 巡视巡察 > 正文\n\n中共临沂市交通运输局党组\n\n关于十四届市委第一轮巡察整改进展情况的通报\n\n来源:临沂市纪委监委网站发布时间:2023-06-21\n\n根据市委统一部署,2022年6月22日至9月22日,市委第五巡察组对市交通运输局党组开展了巡察。12月6日,市委巡察组向市交通运输局党组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n\n一、整改工作基本情况\n\n针对市委巡察组反馈意见中指出的问题,市交通运输局党组提高政治站位,照单全收,并坚持高标准、严要求,坚决抓好整改落实。\n\n一是切实加强组织领导。成立以局党组主要领导任组长、局党组其他班子成员任副组长、局属各单位和局机关各科室主要负责人为成员的巡察反馈问题整改工作领导小组,领导小组下设办公室,办公室设在局党建工作科,局党组分管领导兼任办公室主任,具体负责反馈问题整改督导、调度、协调和推进工作,确保整改任务不折不扣落实到位。\n\n二是召开整改专题会议。2022年12月20日,局党组召开专题会议,全文学习巡察组反馈的意见,并于2023年1月10日召开了市委巡察反馈问题专题民主生活会,深挖问题根源,找准症结,精准施策,靶向治疗。\n\n三是积极推进问题整改。要求各责任单位建立问题整改台账,实行销号管理,逐条逐项抓好整改落实。局党组分别于2023年2月13日、2月23日两次召开巡察反馈问题整改调度会议,及时督促各整改责任单位落实整改责任,推动问题整改有序进行。\n",
    "lianyungang_transport_xuncha_feedback_news":
        "市委第六巡察组向市交通运输局党委反馈巡察情况\n信息来源:市委巡察办\n发布日期:2025-02-28\n根据市委巡察工作安排,2025年2月21日,市委第六巡察组向市交通运输局党委反馈巡察情况。市委第六巡察组组长梁浩代表市委巡察组分别向市交通运输局党委书记、局长毛善通和市交通运输局党委领导班子反馈了巡察情况,市委巡察组副组长王广明传达了市委书记专题会议和市委常委会会议精神。毛善通主持向领导班子反馈会议并作表态发言。\n根据市委统一部署,2024年10月18日至12月16日,市委第六巡察组对市交通运输局党委开展了常规巡察。巡察组坚持以习近平新时代中国特色社会主义思想为指导,牢牢把握政治巡察定位,坚定捍卫“两个确立”、坚决做到“两个维护”,聚焦党中央、省委、市委决策部署在基层落实情况,聚焦群众身边不正之风和腐败问题,聚焦基层党组织和党员队伍建设,聚焦巡察整改和成果运用,切实强化政治监督,深入发现并推动解决被巡察党组织存在的突出问题,顺利完成了巡察任务。市委巡察工作领导小组及时听取巡察情况汇报,并向市委书记专题会议、市委常委会会议汇报了巡察情况。\n梁浩指出,近年来,市交通运输局党委坚持以习近平新时代中国特色社会主义思想为指导,在推动连云港港列入国家11个国际枢纽海港,连徐淮组合枢纽入选国家综合货运枢纽补链强链支持城市等方面作出积极贡献。巡察中,市委巡察组发现和干部群众反映了一些问题,主要是:行政执法存在盲区、交通安全隐患整治不彻底、农村道路建设养护滞后、招标代理机制不健全、推动机构改革不够深入等。同时,巡察组收到反映一些领导干部的问题线索,已按有关规定进行移交处理。\n",
    "haizhu_justice_xuncha_progress_report":
        "中共海珠区司法局党组关于落实巡察整改进展情况的报告\n根据广州市区委巡察工作统一部署,2019年7月12日至9月12日,广州市区委巡察第23组对海珠区司法局进行了巡察。9月29日,广州市区委巡察第23组向海珠区司法局反馈了巡察情况。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察整改进展情况予以公布。\n一、全面加强组织领导,有序推进整改工作\n(一)高度重视,加强组织领导。海珠区司法局高度重视巡察整改工作,在市区委第23巡察组反馈意见后,全局上下以高度的政治责任感,坚决抓好巡察组反馈意见的整改落实,迅速成立以党政一把手任组长,其他领导班子成员为副组长,各科室负责人为小组成员的巡察整改工作领导小组,加强对巡察整改工作的组织领导,领导小组下设办公室,负责整改工作的组织协调、沟通联络、指导督促等工作。局党组书记认真履行巡察整改落实“第一责任人”职责,先后4次召集党组会议专题研究巡察整改工作,对重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要线索亲自督办;领导班子成员按照职责分工,抓好分管范围内的整改落实工作;各科室对涉及本科室的相关问题逐项细化并落实整改措施,每半个月向局巡察整改工作领导小组汇报整改进度。\n",
    "yuanmou_forestry_xuncha_trad":
        "根據(jù)縣委統(tǒng)一部署,2019年2月14日至3月24日,縣委第八輪巡察第三巡察組對元謀縣林業(yè)和草原局黨委開展了巡察,2019年7月9日,縣委第三巡察組對我局反饋了八個各方面的巡察意見。根據(jù)《中國共產(chǎn)黨巡視工作條例》和《中國共產(chǎn)黨黨內(nèi)監(jiān)督條例》有關(guān)規(guī)定,現(xiàn)將巡察整改情況予以公布。\n",
    "xiangqiao_agriculture_special_xuncha_24_of_13":
        "潮州市湘桥区农业农村局党组关于落实专项巡察第五交叉巡察组反馈意见集中整改进展情况的通报\n\n2023-12-08 15:12  稿件作者:   浏览量:- 【浏览字体: 】    分享到:\n\n        根据十五届市委第二轮巡察工作统一部署,专项巡察第五交叉巡察组对湘桥区农业农村局进行了乡村振兴资金管理使用专项巡察。2023年2月17日,巡察组将巡察情况向湘桥区农业农村局党组作了反馈,指出我局存在3方面13个问题,在整改过程中我局具体细化分解为24个分项问题。截至2023年11月29日,已完成反馈问题整改5个,阶段性完成并需要长期坚持的反馈问题14个,整改中的反馈问题5个。按照党务公开原则和巡察工作有关要求,现将巡察集中整改进展情况予以公布。\n\n        一、履行主体责任,抓好整改任务\n\n        湘桥区农业农村局党组全盘接受巡察组反馈意见,切实担负起巡察整改的主体责任,始终坚持以习近平新时代中国特色社会主义思想为指导,认真学习贯彻习近平总书记关于巡视工作的重要论述,把抓好巡察整改工作作为义不容辞的政治责任和不可推卸的政治任务,不断增强做好巡察整改工作的责任感和紧迫感,自觉把思想和行动统一到巡察整改工作要求上来,深刻领悟“两个确立”的决定性意义,增强“四个意识”、坚定“四个自信”、做到“两个维护”,不断提高政治站位和政治觉悟。严肃政治纪律和政治规矩,集中精力、一项一项抓好整改,做到真认账、真反思、真整改,通过专项巡察整改真真正正体现管党治党新成效。\n",
    "xingyang_emergency_xuncha_progress":
        "根据市委统一部署,2024年8月23日至9月13日,市委第一巡察组对荥阳市应急管理局党委进行了巡察。2024年10月10日,市委第一巡察组向荥阳市应急管理局党委反馈了巡察意见。经4个月集中整改和《郑州市委巡察整改情况公开办法》有关规定,现将巡察整改情况予以公布。\n一、党委及主要负责人组织整改落实情况\n(一)荥阳市应急管理局党委高度重视,以提高政治站位为首要任务,要求全体领导干部充分认识到巡察整改工作的重要性和紧迫性,切实扛起巡察整改的主体责任,主动将整改工作纳入党委中心工作,形成党政一把手亲自抓、班子成员分工负责,全员参与的整改工作格局,成立落实六届市委第八轮巡察整改工作领导小组,负责全局相关问题整改工作的协调推进、督查督导、整改意见的确定及整改成效的评价等工作。制定整改落实方案,做到整改目标、责任领导、责任部门、责任人、整改时限、整改措施“六个明确”,全面推进巡察整改工作,以坚决的态度、严格的要求、有力的举措,确保巡察整改落到实处、取得实效。\n(二)党委书记李超鹏坚决扛牢巡察整改第一责任人责任,以高度的政治自觉坚决扛起巡察整改的政治责任自觉把巡察整改当成一次难得的“全面政治体检”,带领班子成员主动认领问题,举一反三,以坚定的自我革命精神,推动巡察反馈意见改到位、改全面、改彻底。组织召开荥阳市应急管理局落实六届市委第八轮巡察整改专题部署会,向局领导和各科室、局属二级机构负责人传达《关于做好六届市委第八轮巡察整改工作的通知》,安排部署整改工作。整改期间多次听取整改进展汇报,提出具体工作要求,对整改期间各项材料亲自把关,积极推进整改工作做深做实。\n",
    "whjjw_emergency_xuncha_progress":
        "根据市委统一部署,2022年5月6日至7月25日,市委第三巡察组对市应急管理局党委开展了巡察。9月23日,市委巡察组向市应急管理局党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。\n一、加强组织领导,把巡察整改作为首要政治任务抓紧抓好\n一是强化组织领导,压实整改责任。为抓好市委巡察组反馈意见的整改落实,市应急局成立了以局主要负责同志为组长、其他领导班子成员任副组长的巡察整改工作领导小组,全面加强对巡察整改工作的组织领导。市应急局党委召开整改专题会议研究部署巡察整改工作,依据“谁主管、谁负责”的原则,将任务分解到各科室及下属事业单位,确保整改落实工作扎实开展,要求各级党员领导干部以身作则,层层压实整改责任。\n二是认真检视问题,制定整改方案。针对巡察组指出的问题,局巡察整改工作领导小组带领各科室及下属事业单位,认真对照问题清单,坚持把自己摆进去、把职责摆进去、把工作摆进去,深入开展自查自纠,逐条逐项细照细查、认真分析问题症结、分类制定整改措施,最终形成了《关于落实市委第三巡察组巡察反馈意见的整改方案》。方案针对巡察中反馈的问题逐项制定了整改措施,逐条明确了整改时限、责任科室及责任领导,实现责任到岗、责任到人,保证了巡察整改工作及时全面展开,按计划有序推进。\n",
    "zhongshan_emergency_xuncha_progress":
        "根据市委统一部署,2024年9月23日至12月20日,市委第三巡察组对中山市应急管理局党委开展巡察。2025年1月13日,市委巡察组向中山市应急管理局党委反馈巡察意见。按照巡视巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、党委履行巡察整改主体责任情况\n(一)提高思想认识,落实整改责任,强化整改实效。市应急管理局党委深入学习贯彻习近平总书记关于巡视工作重要论述,把抓好巡察整改作为重要政治任务,以实际行动坚定拥护“两个确立”、坚决做到“两个维护”,切实增强整改落实的自觉性和坚定性,严肃认领、诚恳接受、照单全收巡察反馈意见,以整改成效体现忠诚担当。自巡察整改以来,局党委坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平总书记关于党的自我革命的重要思想,深刻认识巡察反馈意见的重要作用和重大意义,开展集体学习5次,增强抓好巡察整改的思想自觉、政治自觉和行动自觉,把巡察整改作为履行管党治党责任、推动高质量发展的重要抓手。\n",
    "mianyang_emergency_xuncha_mobilization_planned_end":
        "根据市委巡察工作统一部署,2025年5月6日,市委第一巡察组巡察市应急管理局党委工作动员会召开。市委第一巡察组组长周捍东就即将开展的巡察工作作了讲话,市委巡察办副主任罗春就配合做好巡察工作提出要求。市应急管理局党委书记、局长吕勇主持会议并作表态发言。\n市纪委监委、市委巡察办有关同志,市委第一巡察组全体成员出席会议;市应急管理局领导班子成员参加会议;各县(市、区)、园区应急管理部门主要负责人,局机关全体干部职工,下属事业单位主要负责人、退休干部代表、管理服务对象代表等列席会议。\n周捍东指出,市委第一巡察组从今天起正式进驻市应急管理局,6月11日结束现场巡察。本次常规巡察监督的对象主要为市应急管理局党委班子及其成员,所属的市应急管理综合行政执法支队、市应急管理保障中心、市地震监测台网中心等3个局属事业单位领导班子及其成员全覆盖纳入此次巡察监督。本轮巡察将紧扣“聚焦党中央决策部署在基层落实情况、聚焦群众身边不正之风和腐败问题、聚焦基层党组织和党员队伍建设、聚焦巡察整改和成果运用”四个监督重点,采用“12+N”种方式,依规依纪依法开展政治监督。\n罗春强调,要提高政治站位,深刻认识做好巡察工作的重大意义,持续推动巡察工作高质量发展;要深化政治监督,充分发挥巡察利剑作用,把准政治责任、监督重点、监督路径开展巡察,真发现问题、发现真问题;要坚持同题共答,共同完成好市委交给的政治任务,统一思想认识,认真配合,全面接受“政治体检”,通过共同努力,确保市委交给的巡察任务圆满完成。\n",
    "dazhou_emergency_special_xuncha_entry":
        "根据市委巡察工作统一部署,2021年4月19日,市委第四巡察组专项巡察市应急管理局进驻动员会召开。会上,巡察组组长李莉同志就此次巡察工作的意义、任务、安排进行了通报,并提出工作意见。市应急管理局党委主要负责人主持会议并作表态发言。\n李莉指出,巡察是党章赋予的重要职责,是实现监督全覆盖的政治要求,是推动做实机构改革“后半篇文章”的迫切需要,是巩固党的执政基础、密切党群干群关系的必然选择。本轮巡察将严格按照政治巡察要求,坚持问题导向,突出“关键少数”,查找政治偏差,推动解决问题,重点从应急管理局领导班子领导核心作用发挥情况、贯彻落实机构改革各项决策部署情况、履行职责使命情况开展专项巡察。同时,市委组织部、市委宣传部各组建的专项检查组将同步对市应急管理局选人用人、意识形态责任制落实情况开展专项检查。市应急管理局要鲜明态度,严明纪律,深刻认识此次巡察工作的重大意义,积极配合巡察组完成好此项政治任务。\n市应急管理局党委主要负责人表示,市委巡察组对市应急管理局开展巡察工作,充分体现了市委和市委巡察工作领导小组对应急管理工作的重视,也是对市应急管理局干部的关怀和鞭策。全体干部职工要提高思想认识,正确对待巡察工作;要加强工作保障,全力配合巡察工作;要自觉接受监督,认真对待问题不足;要坚决立行立改,全面抓好整改落实;要坚持统筹兼顾,做到工作巡察两不误,确保巡察工作顺利开展。\n市委第四巡察组成员,市应急管理局领导班子,机关全体干部职工和直属各单位负责人等参加会议。市纪委监委派驻市政法委纪检组组长列席会议。\n",
    "shanghai_emergency_xunshi_41_problems_145_measures":
        "根据市委统一部署,市委第六巡视组于2024年10月18日至12月20日对市应急局党委开展巡视,并于2025年3月1日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。\n一、党委及主要负责人组织落实整改情况\n(一)党委巡视整改主体责任落实情况\n1.加强组织领导,压实各方责任\n局党委认真贯彻落实习近平总书记关于巡视工作的重要论述,以及陈吉宁书记在市委书记专题会听取十二届市委第五轮巡视情况汇报时的讲话精神,及时成立由党委书记任组长,其他班子成员为组员的巡视整改工作领导小组,负责巡视整改工作的统一领导、统筹部署、协调推进、督促落实。成立由直属机关纪委、机关各处室和直属事业单位等部门、单位负责人组成的整改工作专班,在整改方案中明确牵头负责的局领导和责任处室,形成局党委统揽、班子成员牵头、逐级分解、层层担责的整改工作格局。\n2.统筹推进落实,细化整改方案\n召开党委(扩大)会或专题会、巡视整改工作领导小组会或工作专班会,细化整改措施,研究推进整改工作。经过三上三下征求意见、修改完善,逐条逐项形成的《整改落实方案》及《巡视整改台账》,将反馈的7个方面16个问题,细化分解为41个具体问题,对应制定145项整改措施,逐项明确牵头局领导、责任单位、整改时限和目标要求,落实到局机关职能处室、执法总队、直属事业单位和驻局纪检监察组,形成了整改工作的路线图和时间表。\n",
    "hangzhou_civil_affairs_xuncha_44_41":
        "巡视巡察\n\n您当前的位置 : 首页> 工作动态 > 巡视巡察\n中共杭州市民政局党组关于市委巡察整改情况的通报\n来源:杭州廉政网      发布时间:2023-06-02 16:43:23\n\n根据市委统一部署,2022年7月15日至9月23日,市委第四巡察组对市民政局党组开展了市县民政系统联动巡察。2022年11月14日,市委巡察组向市民政局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。\n\n市民政局党组把巡察整改作为贯彻落实党的二十大精神和习近平总书记关于巡视工作重要论述的政治任务来抓,与学习贯彻习近平新时代中国特色社会主义思想主题教育紧密结合起来,第一时间成立领导小组和工作专班,党组书记任领导小组组长,班子成员扎实履行“一岗双责”,制订巡察整改工作方案,细化“四张清单”,一体推进市委巡察反馈意见和选人用人专项检查、意识形态工作责任制专项检查反馈意见整改落实。局党组与局系统各级党组织一体贯通抓整改,坚定不移推进全面从严治党向纵深发展、向基层延伸。截至目前,巡察反馈的10个方面44个具体问题中,41个问题已完成整改,3个问题尚在整改中。\n",
    "hefei_education_xuncha_progress":
        "根据市委统一部署,2024年11月4日至12月31日,市委第一巡察组对市教育局党委进行了巡察。2025年4月8日,市委第一巡察组向市教育局党委反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、强化政治担当,坚决扛牢巡察整改政治责任\n(一)提高政治站位,加强组织领导。市委第一巡察组反馈意见后,市教育局党委第一时间召开专题会议对巡察整改工作进行安排部署,成立由局党委主要负责同志任组长的整改工作领导小组,抽调骨干力量组建整改工作专班,对标反馈问题研究整改事项,制定整改方案,全面部署、统筹推进整改工作。\n(二)压实整改责任,从严从实推进。市教育局党委坚决扛起主体责任,市教育局党委主要负责同志带头落实第一责任人责任,通过召开党委会、专题会,以及“点对点”约谈等方式,加强对重难点问题的整改推进,按要求及时召开专题民主生活会。其他班子成员均严格落实“一岗双责”,抓好牵头整改事项落实,逐条整改、逐一销账。\n(三)坚持标本兼治,提升整改质效。坚持照单全收、立行立改、建章立制、堵塞漏洞的原则,对短期内能够整改的问题立即整改、举一反三;对短期内无法整改的问题,明确整改方向和阶段性措施;对需要长期坚持整改的问题,完善规章制度,建立健全长效机制。\n",
    "xianyang_education_work_committee_xuncha_progress":
        "根据市委统一部署,2022年10月25日至12月15日,市委第三巡察组对市委教育工委开展了常规巡察。2023年3月25日,市委巡察组向市委教育工委反馈了巡察意见。根据巡察工作有关要求,现将巡察整改进展情况予以公布。\n",
    "xiamen_police_xuncha_203_measures":
        "2020年5月20日至7月26日,市委第一巡察组对中共厦门市公安局委员会(以下简称“市局党委”)开展了巡察,并于12月3日反馈了巡察意见。按照党务公开原则和巡察工作要求,现将巡察整改进展情况予以公布。\n一、提高政治站位,认真抓好巡察整改工作\n(一)坚持政治引领,统一思想认识\n市局党委坚决扛起巡察整改政治责任,接到反馈后即召开党委(扩大)会暨巡察整改工作领导小组第一次会议,专题研究巡察整改工作,同时将市委巡察反馈意见印发全局,迅速统一全局思想和行动。党委班子认真履行全面从严管党治警“两个责任”,强化对分管单位的督促指导,巡察整改期间共召开8次整改领导小组会议,推进重点工作,全面落实整改。\n(二)强化组织领导,压实主体责任\n成立了以市局主要领导为组长的巡察整改领导小组及整改专班,下设协调、综合、监督、重点整改4个工作组,制定联络员、会商、督办、销号等6项制度,加强与市纪委监委、市委组织部、市委巡察办的沟通对接,明确整改转常态后由市局从严办统筹跟进,确保巡察整改工作高效推进。\n(三)细化任务措施,扎实推进整改\n对照市委巡察组反馈的问题,细化整改措施203条,向22个单位逐一下发任务清单。经逐条推敲完善、3次征求意见,形成了全局整改总方案,并下发各单位全力推进。严格审核把关下级党组织的整改方案,确保各级方案能够严格落实上级要求。将反馈问题进行科学分类,成立作风转变、打击成效、队伍建设、党建工作、执法服务、财务项目、纪律建设等7个重点问题整改组,设置总召集人、总牵头单位、主责单位、总联络人,分组协同推动问题集中整改攻坚。\n",
    "xiamen_natural_resources_xuncha_progress":
        "- 索 引 号:XM00126-13-03-2024-061\n- 发布机构:厦门市自然资源和规划局\n- 发布日期:2024-11-19\n根据市委巡察工作的统一部署,2023年12月4日至2024年1月19日,市委第二巡察组对中共厦门市自然资源和规划局党组开展了巡察。2024年3月20日,市委第二巡察组向市自然资源和规划局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、坚决贯彻市委巡察部署要求,切实把巡察整改作为重要政治任务抓紧抓实抓好。\n(一)统一思想,提高站位。局党组深刻认识到,市委巡察是对资源规划系统一次全面“党性体检”和“问题会诊”,落实巡察整改要求,是增强“四个意识”、坚定“四个自信”、做到“两个维护”的重要举措,是深入推进全面从严治党,落实主体责任,促进资源规划工作全面提升的重要契机和有力抓手。巡察反馈后,局党组对巡察组指出的问题和提出的意见,诚恳接受、照单全收、立即整改,第一时间召开党组专题会和党组扩大会,研究部署整改工作。\n(二)加强领导,凝聚合力。成立以党组主要负责人为组长、其他班子成员为副组长的巡察整改工作领导小组,统筹协调推进全局整改工作,先后7次召开领导小组会议,分管领导26次召开整改工作专题会议。抽调部分骨干力量组建巡察整改工作领导小组办公室,具体负责组织协调和督查落实。成立党建、组织人事、执法监管等11个整改工作组,精准推动整改工作,以严要求、强整改,确保巡察反馈问题件件有回音、事事有落实。驻局纪检监察组对巡察整改严督细导,严格把关。\n",
    "zhongshan_finance_xuncha_bulletin":
        "登录 繁体版 长者助手 无障碍辅助浏览\n当前位置:首页 > 政务动态\n中共中山市财政局党组关于十五届市委第六轮巡察整改进展情况的通报\n信息来源:本网发布日期:2025-09-12\n\n  根据市委统一部署,2024年9月23日至12月20日,市委第一巡察组对市财政局党组开展巡察。2025年1月10日,市委巡察组向市财政局党组反馈巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n\n  一、党组履行巡察整改主体责任情况\n\n  市财政局党组坚持把巡察整改工作作为一项重要政治任务来抓,以最坚决的态度、最严格的标准、最有力的举措、最扎实的作风全力以赴推进整改,将即知即改与举一反三、建立长效机制有机结合,贯穿整改全过程。\n\n  (一)高度重视,全面部署整改任务。市委巡察意见反馈当天,党组随即召开党组(扩大)会议专题传达学习市委巡察反馈意见,正确认识巡察反馈意见,研究部署整改工作,提出全面认领问题、成立工作专班、制定整改方案、开好专题民主生活会、做好调查研究等贯彻落实措施。在领导班子2024年度民主生活会暨巡察整改专题民主生活会上,全体班子成员紧扣党纪学习教育目标任务和巡察整改任务,对照8个方面和反面典型案例进行深入查摆剖析,严肃开展批评与自我批评,找准问题方向,查实问题原因,提出整改方向。\n",
    "yizhang_health_xuncha_bulletin":
        "当前位置:\n\n中共宜章县卫生健康局党组关于巡察整改进展情况的通报\n\n根据县委统一部署,2024年9月6日至12月12日,县委第三巡察组对县卫健局党组进行了巡察。2025年1月21日,县委巡察组向县卫健局党组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n\n一、组织整改落实情况\n\n(一)提高政治站位,统一思想认识。局党组高度重视巡察整改工作,将巡察整改作为检验“四个意识”的试金石和践行“两个维护”的具体行动,作为推动卫健事业高质量发展的重要契机。\n\n(二)强化组织领导,压实整改责任。制定了巡察反馈意见整改方案,成立巡察整改工作领导小组和巡察整改监督小组,全面统筹推进整改工作。局党组书记主动扛起巡察整改“第一责任人”职责,班子成员认真履行“一岗双责”,形成了以上率下、齐抓共管的整改工作格局。\n\n(三)坚持问题导向,精准施策整改。对各医疗卫生单位下发了《巡察反馈意见整改交办函》,注重举一反三,针对行业共性问题,全系统开展同类同改,健全完善制度机制,从源头上防止问题反弹回潮。\n\n(四)加强监督检查,确保整改实效。局党组始终坚持高标准严要求,敢于动真碰硬、一抓到底。巡察整改监督小组、局分管领导定期对联系股室、医疗卫生单位整改工作进行督查检查,及时发现和解决整改过程中存在的问题,确保整改工作取得实效。\n",
    "changchun_urban_management_xuncha_feedback":
        "根据市委部署,2025年8月27日,市委第一巡察组向市城市管理局党组反馈了巡察情况。向被巡察党组织主要负责同志反馈会议由组长李世勋主持,向市城市管理局党组书记、局长刘庆东反馈了巡察发现的主要问题。向党组反馈会议由刘庆东主持,会议传达了市委书记胡斌在听取第六轮巡察综合情况和第四轮、第五轮巡察整改情况汇报时的讲话精神,李世勋同志反馈了巡察情况,市政府副秘书长王健鹏就抓好巡察整改作出安排部署,刘庆东同志作表态发言。\n李世勋在反馈时指出了巡察发现的问题,主要是:对上级工作部署落实不够到位,理论学习不深入,推动惠民政策落地不实,意识形态阵地管理有待加强,对保密工作重视不够;城市精细化管理有差距,露天市场管理不达标,建筑垃圾管控不力,违法建(构)筑物整治不彻底,环卫作业存在安全隐患,对占道经营行为管理不力,对城区工作指导不到位;执法工作还需进一步规范,执法人员配备不足。全面从严治党主体责任落实不够到位,财务制度执行不规范。领导班子和基层党组织建设存在薄弱环节,缺少党组议事规则,非党组成员参与讨论决定干部事项,干部因私出国(境)管理不严格,党建工作不够到位。同时,巡察组还收到反映一些领导干部的问题线索,已按规定转有关部门处理。\n",
    "spam_host_urban_management_xuncha_86_measures":
        "米乐·M6根据市委统一部署,2023年4月20日至2023年6月25日,市委第六巡察组对市城市管理局党组进行了巡察。2023年8月4日,市委第六巡察组向市城市管理局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。\n市城市管理局党组以习新时代中国特色社会主义思想为指引,落实中央巡视工作方针和省委、市委对于巡视巡察工作部署要求,以高度的政治责任和使命担当履行好巡察整改主体责任。成立了由局党组书记为组长、其他班子成员为副组长、机关各处室和局属各单位负责人为成员的巡察整改工作领导小组,加强对巡察整改工作的领导、统筹和监督。党组书记切实履行整改“第一责任人”职责,亲自抓整改措施的制定,并将巡察整改工作融入局年度重点目标中,每月督查任务推进情况;其他班子成员履行“一岗双责”,抓好分管领域问题的整改工作,以上率下,上下联动。\n市城市管理局党组召开专题会议研究整改工作,排查“病症”、查找“病因”,对于巡察组反馈意见中提及的12个方面问题,逐条分析,分解责任,制订了86条措施,明确牵头领导、牵头部门、参与部门和整改时限。市城市管理局党组于2023年9月1日召开了市委巡察整改专题民主生活会,围绕巡察反馈的问题剖析思想根源,指出存在思想政治理论学习不够深入、为民服务宗旨意识不够牢固、落实全面从严治党不够刚硬、党的全面建设工作不够有力等方面的原因,并围绕查找出的问题和原因,严肃认真地进行批评和自我批评,把自己摆进去、把工作摆进去、把职责摆进去,见人见事见思想,经受了一次很好的党内政治生活洗礼,为整改奠定了坚实的思想基础。\n",
    "guangde_urban_management_xuncha_progress":
        "发布时间:2025-09-08 08:15:24 来源:清风桐汭 已被阅读 次\n根据市委统一部署,一届市委第六轮巡察第一巡察组于2024年4月16日至6月14日,对市城市管理局党组开展了巡察。2024年9月13日,市委第一巡察组向我单位反馈了巡察意见。按照巡察工作有关要求,现将巡察集中整改进展情况予以公布。\n一、党组及主要负责人组织落实整改情况\n坚持把巡察整改工作作为一项重大政治任务,始终坚持问题导向,坚决扛起巡察反馈问题整改政治责任,自觉把思想和行动统一到巡察反馈意见的精神和要求上来,强化组织、统筹安排、上下联动,不折不扣落实好各项整改任务。2024年9月14日,局党组书记、局长扶元金同志组织召开党组会议,学习中央、省、市巡视巡察相关文件和重要讲话精神,研究部署巡察整改工作;2024年10月11日,局党组书记、局长扶元金同志召开党组扩大会议,研究《市城市管理局党组关于一届市委第六轮巡察反馈问题整改方案》《市城市管理局党组关于法治建设专项检查反馈意见的整改方案》《市城市管理局党组关于选人用人工作检查反馈情况的整改方案》;2024年11月11日,组织召开专题民主生活会,领导班子及班子成员对照巡察反馈意见,主动认领问题,深入查摆剖析,积极开展批评和自我批评。定期组织召开专题调度会,了解巡察整改工作推进情况,六个月以来,市城市管理局领导班子和巡察整改工作领导小组先后5次专题研究部署巡察整改工作,听取整改进展情况汇报,目前已按照整改要求积极整改落实到位,已整改完成的长期坚持。\n",
    "zhuhai_commerce_xuncha_stage_bulletin":
        "首页 >> 政务公开 >> 通知公告 通知公告\n\n中共珠海市商务局党组关于巡察整改阶段性进展情况的通报\n\n来源:本网     发布日期:2020-11-10 17:08\n\n  按照市委的统一部署,2019年9月25日至12月31日,市委第五巡察组对市商务局党组进行了巡察。2020年4月3日,市委第五巡察组向市商务局党组反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察整改阶段性进展情况予以公布:\n\n  一、提高政治站位,强化政治担当,增强抓好巡察整改工作的责任感和使命感\n\n  (一)切实提高政治站位,压紧压实整改责任\n\n  市商务局党组第一时间成立整改落实工作领导小组。局党组主要负责同志认真履行整改落实“第一责任人”责任,召开专题会议研究整改落实工作共6次,带头落实整改。局党组成员、有巡察整改任务的相关负责同志按照“一岗双责”要求,落实好分管领导责任,确保整改落实有序推进。\n\n  (二)加强政治理论学习,筑牢夯实思想根基\n\n  一是进一步强化理论知识学习。认真学习习近平总书记关于巡视工作重要论述,准确领会巡视巡察工作相关文件精神。二是进一步强化理想信念教育。开展深入交流研讨,使全体党员干部对增强“四个意识”、坚定“四个自信”、做到“两个维护”有了更深入的认识。三是进一步强化党风廉政建设。紧盯关键岗位、重点领域,通过制定责任清单、签订责任书等形式,严明纪律规矩,强化监督约束。\n",
    "wuhan_ndrc_xuncha_bulletin":
        "http://www.whdi.gov.cn\n 当前位置:首页 > 巡察工作 > 巡察反馈 >\n中共武汉市发展和改革委员会党组关于十四届市委第五轮巡察集中整改进展情况的通报\n发布时间:2024-06-24 16:38  来源:武汉市纪委监委   \n\n根据市委巡察工作统一部署,2023年7月13日至8月31日,市委第七巡察组对市发改委党组进行了巡察。2023年10月13日,巡察组向市发改委党组反馈了巡察意见。按照巡察工作有关要求,现将反馈意见集中整改进展情况予以公布。\n\n一、巡察整改组织领导情况\n\n(一)提高政治站位,强化组织领导。巡察意见反馈后,市发改委党组高度重视市委巡察组反馈的问题,成立市发改委主要负责同志任组长、班子成员任副组长、各处室负责同志为成员的巡察整改工作领导小组,领导小组下设整改落实工作专班,协调推进和督促落实整改任务。\n\n(二)压实整改责任,细化整改措施。制定《市发改委落实市委第七巡察组反馈意见整改工作方案》,对市委第七巡察组反馈市发改委的问题逐一明确整改措施、责任领导、责任处室、责任人和整改成时限。市发改委班子及主要负责同志切实担负主体责任和第一责任人责任,及时召开巡察整改工作会议,研究重大事项、解决重大问题,形成上下联动、齐抓共改局面,推动整改措施不折不扣落地落实。\n",
    "education_bureau_lookback_feedback_trad_noyear":
        "根據(jù)市委巡察工作統(tǒng)一部署,3月30日下午,副市長吳國雄率市委第三巡察組到市教育局反饋巡察“回頭看”情況,對(duì)巡察整改工作提出要求。市委第三巡察組組長陳敏反饋巡察發(fā)現(xiàn)的主要問題并提出整改意見。市教育局黨組書記、局長陳升主持會(huì)議并作表態(tài)發(fā)言。\n吳國雄強(qiáng)調(diào),市教育局黨組要深化思想認(rèn)識(shí),對(duì)未整改到位的問題再督促、再指導(dǎo)、再傳壓,不折不扣落實(shí)巡察反饋意見的整改任務(wù);要壓實(shí)政治責(zé)任,以監(jiān)督問責(zé)倒逼整改全過程;要堅(jiān)持對(duì)癥下藥、精準(zhǔn)施策,把高標(biāo)準(zhǔn)、嚴(yán)要求貫穿巡察整改始終,在抓落實(shí)上見真章、動(dòng)真格、求實(shí)效,以扎實(shí)的整改成效推動(dòng)新時(shí)期教育工作向更高質(zhì)量發(fā)展。",
    "zijin_middle_school_xuncha_bulletin_month_part_period":
        "中共紫金县蓝塘中学支部委员会关于巡察整改进展情况的通报\n按照县委统一部署,2024年4月上旬至7月上旬,县委第二巡察组对蓝塘中学党支部进行了巡察。2024年9月6日,县委第二巡察组向我校党支部反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况报告如下。\n一、提高政治站位,强化政治担当,坚决履行巡察整改主体责任\n蓝塘中学党支部坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,贯彻落实习近平总书记关于巡视、教育工作的重要论述,对照县委第二巡察组反馈意见,切实担当履责,不折不扣抓好整改落实,努力以巡促改、以巡促建、以巡促治,全力推动学校教育教学事业高质量发展。\n(一)提高政治站位。学校组织全体教职工深入学习贯彻习近平总书记关于巡视工作重要讲话精神,自觉增强“四个意识”、坚定“四个自信”、做到“两个维护”,坚决把抓好巡察整改作为重要政治任务,全面对照反馈意见主动认领,照单全收,彻底整改,先后多次召开领导班子(扩大)会议,专题部署落实巡察整改工作。组织召开巡察整改民主生活会,巩固巡察整改成果,增强抓好巡察整改工作的思想自觉、政治自觉、行动自觉。\n(二)强化组织领导。学校党支部扛牢扛实巡察整改主体责任,党支部书记认真履行第一责任人责任,多次主持召开会议专题研究部署推进整改工作,带头领办重难点问题,加强统筹调度,检查工作成效。党支部班子成员落实“一岗双责”职责,抓实抓细各项整改措施,全力推进巡察工作深入底里,确保整改任务按期高质完成。\n",
    "haimen_high_school_xuncha_progress":
        "根据南通市委统一部署,2019年9月2日至11月29日,十二届南通市委第八轮巡察二组对江苏省海门中学进行了巡察。2019年12月18日,向学校党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、齐心协力,着力推进巡察整改工作\n(一)学习在先,反思紧随,整改为重\n认真学习十二届南通市委第八轮巡察二组反馈意见,深入学习党章,以及中央八项规定精神、省市委十项规定,党的十九大精神,十九届二中、三中、四中全会精神,充分认识整改工作的重要性,把落实整改工作当作学校当前一项重大政治任务,不断增强政治责任感和使命感,把落实巡察整改工作当作一次加强党性锻炼的机会、改进工作作风的机会、检验工作成效的机会,以解决实际问题,强化“规范”和“标准”意识,净化学校政治生态,以实际成效推动学校各项工作持续健康优质发展,全面推进省首批高品质示范高中创建工作。着力反思学校工作存在短板,着力反思问题产生主观原因,实实在在推进整改工作。\n",
    "jiexi_middle_school_xuncha_27_items":
        "根据县委巡察工作统一部署,2023年11月8日至2024年1月19日,县委第三巡察组对上砂中学党支部开展了巡察。2024年3月7日,县委第三巡察组向上砂中学党支部反馈了巡察情况。按照巡察工作有关要求,现将巡察集中整改进展情况予以公布。\n一、组织落实\n关于巡察组提出的整改意见和建议,上砂中学党支部高度重视,召开专题会议进行研究,认真剖析查找问题的根源,研究部署落实。自觉把思想和行动统一到县委的要求上来,把落实巡察整改作为当前一项重大政治任务,把落实整改作为优化政治环境、强化党性锻炼、改进工作作风、检验工作成效的重要契机。\n二、组织领导\n上砂中学党支部把坚持党的全面领导贯穿巡察整改全过程、各方面,主动担起巡察整改责任,成立整改落实工作领导小组。领导小组负责统筹协调做好巡察反馈意见整改工作,举一反三做好排查整改工作,抓好整改落实工作。党支部书记对巡察整改工作高度重视、亲自抓、负总责、加强督导检查、完善机制和强化日常监督,确保巡察整改工作顺利进行并取得实效。\n三、整改落实主要成效\n针对巡察中发现的四方面13类共27项问题整改情况如下:\n",
    "guichi_no8_middle_school_xuncha_feedback":
        "2021年3月2日,区委第三巡察组向市第八中学党总支反馈巡察情况。区委巡察工作领导小组成员、区委巡察办主任徐志军出席向领导班子反馈会议,对巡察整改提出要求。巡察组组长黄立志主持召开向党组织主要负责人的反馈会议,代表巡察组分别向党组织主要负责人和领导班子反馈了巡察情况。区教育体育纪工委书记杜守东出席了会议,市第八中学党总支书记胡跃新主持向领导班子反馈会议并作表态发言。\n根据区委统一部署,2020年12月22日至2021年1月12日,区委第三巡察组对市第八中学党总支进行巡察。巡察组坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻巡视工作方针,坚守政治巡察定位,把“两个维护”作为根本任务,紧扣职能责任强化政治监督,重点检查贯彻落实党的路线方针政策和党中央决策部署、群众身边腐败问题和不正之风、党组织软弱涣散和组织力欠缺等方面情况。区委巡察工作领导小组听取了巡察组的巡察情况汇报,并向区委“五人小组”会议报告了有关情况。\n",
    "huaian_transport_group_xuncha_lookback_93_measures":
        "当前位置: 网站首页 工作动态 巡视巡察 本级巡察 本级巡察整改\n市交通集团党委关于巡察整改情况的通报\n发布时间:2025-03-28   来源:dzw_swxcb   浏览次数:\n\n根据市委统一部署,市委第五巡察组于2024年4月24日至5月31日对市交通集团党委开展了巡察“回头看”。6月27日,巡察组向市交通集团党委反馈了巡察意见。根据有关规定和要求,按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。\n\n一、巡察整改组织领导情况\n\n(一)提高认识,迅速部署。集团党委坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实习近平总书记关于巡视巡察工作重要指示批示精神,集团上下深刻认识巡察整改的重大政治意义,把坚定落实市委对巡察整改的各项要求作为当前首要任务。巡察反馈意见后,集团党委多次召开专题会议,深入领会市委巡察组提出的具体整改意见要求,在认真讨论研究和广泛征求意见的基础上,制定了整改方案,细化了93条整改措施,把整改事项落实到责任领导、责任部门,明确整改责任人、时间表。集团领导班子定期听取整改落实情况,深入研究解决整改工作中的问题,推动整改工作全面顺利开展。\n",
}

DOCS = {
    # --- transport bureaus -----------------------------------------------------------------------------------------
    "lishui_transport_xuncha_29_problems_117_measures": doc(
        "http://jtj.lishui.gov.cn/art/2024/9/13/art_1229262293_5373475.html",
        ["No title line ('公示公告' is the column name, kept as chrome). '2023年10月8日至11月10日' → start/end; '2024年2月23日' "
         "feedback. '深入剖析29个问题,提出117条整改举措' → problems_total 29, measures_total 117 (the feedback's problems "
         "analysed one by one, and the measures drawn for them). '3次局党委专题会议', '1次…民主生活会', '3次跟踪督办' are "
         "meetings and follow-ups: no figures. The cut paragraph '三是坚持系统观念…' is left out (R26)."],
        inspection=ins(start="2023-10-08", end="2023-11-10", feedback="2024-02-23"), headline=head(pt=29, mt=117)),
    "linyi_transport_xuncha_bulletin_title_split": doc(
        "http://ymlz.gov.cn/info/1013/38771.htm",
        ["The title is split over two lines with an empty line between ('中共临沂市交通运输局党组' / '关于十四届市委第一轮巡察"
         "整改进展情况的通报'): joined (schema) → kind bulletin, issuer '中共临沂市交通运输局党组'. '来源:临沂市纪委监委网站发布"
         "时间:2023-06-21' (source and date run together) → report_date. '2022年6月22日至9月22日' → start/end; feedback '12月"
         "6日' (no year) → 2022-12-06 (the period's year; December is after the end month). '2022年12月20日' (专题会议), "
         "'2023年1月10日' (民主生活会), '2023年2月13日、2月23日' (调度会议) are meetings. No figure. Cut before '二、市委巡察组"
         "反馈意见整改进展情况' (the problem headings follow)."],
        kind="bulletin", title="中共临沂市交通运输局党组关于十四届市委第一轮巡察整改进展情况的通报",
        issuer="中共临沂市交通运输局党组", report_date="2023-06-21",
        inspection=ins(start="2022-06-22", end="2022-09-22", feedback="2022-12-06")),
    "lianyungang_transport_xuncha_feedback_news": doc(
        "http://jw.lyg.gov.cn/sjw/xcgz/content/aee2c0a1-94bc-4026-aa7e-7c402c24e835.html",
        ["A city 巡察 feedback news item: its headline line '市委第六巡察组向市交通运输局党委反馈巡察情况' is a news headline "
         "(title null, R34); '发布日期:2025-02-28' → report_date. '2025年2月21日' feedback; '2024年10月18日至12月16日' → "
         "start/end. Problems named in one sentence ('主要是:…等'): kind 5, []. '国家11个国际枢纽海港' is no figure. The cut "
         "paragraph '梁浩提出了三点意见建议:一是加强政治建设,' is left out."],
        report_date="2025-02-28", inspection=ins(start="2024-10-18", end="2024-12-16", feedback="2025-02-21")),
    # --- justice, police ----------------------------------------------------------------------------------------------
    "haizhu_justice_xuncha_progress_report": doc(
        "https://www.haizhu.gov.cn/hzdt/tzgg/qttz/content/post_5803380.html",
        ["Title line '中共海珠区司法局党组关于落实巡察整改进展情况的报告' → kind bulletin (a 整改进展情况的报告, R31/C15), issuer "
         "'中共海珠区司法局党组'; no page date. '2019年7月12日至9月12日' → start/end; feedback '9月29日' (no year) → 2019-09-29 "
         "(the period's year). '先后4次' meetings. Paragraph '(二)认真研究,制定整改方案…' (with '7个方面58个具体问题' and "
         "'9月30日', '10月11日' meetings) is cut by the store mid-sentence: left out with its figure (R26), so no figure."],
        kind="bulletin", title="中共海珠区司法局党组关于落实巡察整改进展情况的报告", issuer="中共海珠区司法局党组",
        inspection=ins(start="2019-07-12", end="2019-09-12", feedback="2019-09-29")),
    "xiamen_police_xuncha_203_measures": doc(
        "https://www.xmcdi.gov.cn/gzdt/xcgz1/sxcgz/202107/t20210702_5442650.htm",
        ["No title line. '2020年5月20日至7月26日' → start/end; feedback '12月3日' (no year) → 2020-12-03 (the period's year). "
         "'细化整改措施203条' → measures_total 203. NEW: '制定联络员、会商、督办、销号等6项制度' is NOT read as rules_made: the six are "
         "the rectification team's own working procedures (liaison, consultation, supervision, sign-off), set up to run the "
         "work, not rules made or revised to fix a problem (R74 keeps mechanisms out; schema's rules_made is the rules the "
         "rectification produced). '8次整改领导小组会议' meetings, '4个工作组' / '7个重点问题整改组' groups, '22个单位' bodies, "
         "'3次征求意见': no figures. Cut before '(四)紧跟对账销号,深化整改质效' (its paragraph is cut by the store)."],
        inspection=ins(start="2020-05-20", end="2020-07-26", feedback="2020-12-03"), headline=head(mt=203)),
    # --- emergency management bureaus ---------------------------------------------------------------------------------
    "xingyang_emergency_xuncha_progress": doc(
        "https://xy.jiceng.zhengzhou.gov.cn/022005005/9139153.jhtml",
        ["No title line. '2024年8月23日至9月13日' → start/end; '2024年10月10日' feedback; '4个月集中整改' a rectification "
         "period. The paragraph '(三)截至2月10日,巡察反馈的47个具体问题(根' is cut by the store: left out with its figure "
         "(R26), so no figure."],
        inspection=ins(start="2024-08-23", end="2024-09-13", feedback="2024-10-10")),
    "whjjw_emergency_xuncha_progress": doc(
        "http://www.whjjw.gov.cn/html/wenzhang_778932.html",
        ["No title line (a city 应急管理局, the city is not named in the text). '2022年5月6日至7月25日' → start/end; feedback "
         "'9月23日' (no year) → 2022-09-23 (the period's year). No figure. The cut paragraph '三是严格规范流程…调度推进会4次"
         "…' is left out."],
        inspection=ins(start="2022-05-06", end="2022-07-25", feedback="2022-09-23")),
    "zhongshan_emergency_xuncha_progress": doc(
        "http://www.zs.gov.cn/yjj/gggs/content/post_2547585.html",
        ["No title line. '2024年9月23日至12月20日' → start/end; '2025年1月13日' feedback. '开展集体学习5次' study sessions: no "
         "figure. The cut paragraph '(二)党委书记切实履行…主动领办13项反馈问题…' is left out (its 13 is a subset the head "
         "leads, no total anyway)."],
        inspection=ins(start="2024-09-23", end="2024-12-20", feedback="2025-01-13")),
    "mianyang_emergency_xuncha_mobilization_planned_end": doc(
        "https://yjj.my.gov.cn/mysyjglj/c101573/202505/91fbe4a7883e4a409d14844f869c54c5.shtml",
        ["A city 巡察 动员会: '2025年5月6日…动员会召开' and '从今天起正式进驻' → start 2025-05-06 (launch day, R52); '6月11日"
         "结束现场巡察' → end 2025-06-11 (the stationing period as announced, as snippets13's jintan '驻点巡察时间为…至…' and "
         "snippets10's '持续到17日结束'; the year from the launch day). '3个局属事业单位' bodies, '“12+N”种方式', '四个监督重点': "
         "no figures. The cut paragraph '吕勇表示…' is left out."],
        inspection=ins(start="2025-05-06", end="2025-06-11")),
    "dazhou_emergency_special_xuncha_entry": doc(
        "http://www.dazhou.gov.cn/xxgk-show-17791.html",
        ["A 专项巡察 进驻动员会: '2021年4月19日…进驻动员会召开' → start 2021-04-19 (R52). The last paragraph '据悉,…巡察时间为"
         "4月19日至4月30日,设专门值班电话:…,电' is cut by the store inside its phone list: left out (R26), so the end '4月30日' "
         "is not read (end null). No figure."],
        inspection=ins(start="2021-04-19")),
    "shanghai_emergency_xunshi_41_problems_145_measures": doc(
        "https://yjglj.sh.gov.cn/xwzx/gg/20260204/bf3836ddf3fe44cd8f183c1c04e94e43.html",
        ["A city 巡视 progress lead, no title line. '于2024年10月18日至12月20日' → start/end; '于2025年3月1日反馈' → feedback. "
         "'将反馈的7个方面16个问题,细化分解为41个具体问题,对应制定145项整改措施' → problems_total 41 (the finest count, R64/C11), "
         "measures_total 145. Cut before '3.坚持动真碰硬,全面推动整改' (its paragraph is cut by the store)."],
        inspection=ins(start="2024-10-18", end="2024-12-20", feedback="2025-03-01"), headline=head(pt=41, mt=145)),
    # --- civil affairs, education, health ----------------------------------------------------------------------------
    "hangzhou_civil_affairs_xuncha_44_41": doc(
        "https://hzlz.hangzhou.com.cn/articles/18368.html",
        ["Title line under a breadcrumb → kind bulletin, issuer '中共杭州市民政局党组'; '发布时间:2023-06-02 16:43:23' → "
         "report_date. A 市县联动巡察: '2022年7月15日至9月23日' → start/end; '2022年11月14日' feedback. '巡察反馈的10个方面44个"
         "具体问题中,41个问题已完成整改,3个问题尚在整改中' → problems 44, done 41 (3 in progress). Cut before '一、关于“学习领悟"
         "…”问题的整改情况' (the first problem heading)."],
        kind="bulletin", title="中共杭州市民政局党组关于市委巡察整改情况的通报", issuer="中共杭州市民政局党组",
        report_date="2023-06-02", inspection=ins(start="2022-07-15", end="2022-09-23", feedback="2022-11-14"),
        headline=head(pt=44, pd=41)),
    "hefei_education_xuncha_progress": doc(
        "http://www.hfsjw.gov.cn/xsxc-/xcgz/xczg/18894891.html",
        ["No title line. '2024年11月4日至12月31日' → start/end; '2025年4月8日' feedback. No figure. Cut before '二、坚持问题"
         "导向,全力推动巡察整改见行见效' (problem categories and items follow)."],
        inspection=ins(start="2024-11-04", end="2024-12-31", feedback="2025-04-08")),
    "xianyang_education_work_committee_xuncha_progress": doc(
        "https://xianyang.qinfeng.gov.cn/info/1057/58427.htm",
        ["No title line; the lead paragraph only. '2022年10月25日至12月15日' → start/end; '2023年3月25日' feedback. The second "
         "paragraph ('…制定34条具体举措…召开4次工委会…') runs on to the store's cut: left out with its figure (R26), so no "
         "figure."],
        inspection=ins(start="2022-10-25", end="2022-12-15", feedback="2023-03-25")),
    "yizhang_health_xuncha_bulletin": doc(
        "https://www.yizhangxww.cn/content/646942/52/15208974.html",
        ["Title line under '当前位置:' → kind bulletin, issuer '中共宜章县卫生健康局党组'; no page date. '2024年9月6日至12月"
         "12日' → start/end; '2025年1月21日' feedback. No figure. Cut before '二、巡察反馈问题整改进展情况' (a '(一)反馈问题:…' "
         "category and item '1.(1)…' follow)."],
        kind="bulletin", title="中共宜章县卫生健康局党组关于巡察整改进展情况的通报", issuer="中共宜章县卫生健康局党组",
        inspection=ins(start="2024-09-06", end="2024-12-12", feedback="2025-01-21")),
    "education_bureau_lookback_feedback_trad_noyear": doc(
        "http://m.juzitie.cn/p/2824866.html",
        ["Traditional mirror copy with glyph glosses of a city 巡察“回頭看” feedback at an education bureau. No year anywhere "
         "in the text ('3月30日下午'): every date null (R60; urls are never read). The 回頭看 here checks rectification "
         "('對未整改到位的問題再督促'). No figure. A null lead kept on purpose. The two paragraphs seem to be the whole story; "
         "excerpt true (the snippets' default)."]),
    # --- natural resources, finance, NDRC, commerce ------------------------------------------------------------------
    "xiamen_natural_resources_xuncha_progress": doc(
        "http://zygh.xm.gov.cn/zfxxgk/zfxxgkml/zhxx/tzgg/202411/t20241119_2901888.htm",
        ["An index block ('- 索 引 号:…', '- 发布机构:…', '- 发布日期:2024-11-19') above the lead, no title line: "
         "'发布日期' → report_date (R40); '发布机构' is metadata, no issuer (R38). '2023年12月4日至2024年1月19日' → start/end "
         "(across a year); '2024年3月20日' feedback. '先后7次', '26次' meetings, '11个整改工作组' groups: no figures. The cut "
         "'(三)严格措施,有序推进…' paragraph is left out."],
        report_date="2024-11-19", inspection=ins(start="2023-12-04", end="2024-01-19", feedback="2024-03-20")),
    "zhongshan_finance_xuncha_bulletin": doc(
        "http://czj.zs.gov.cn/sy/gzdt/zwdt/content/post_2547507.html",
        ["Site chrome ('登录 繁体版…', breadcrumb), title line → kind bulletin, issuer '中共中山市财政局党组'; '信息来源:本网发布"
         "日期:2025-09-12' → report_date. '2024年9月23日至12月20日' → start/end; '2025年1月10日' feedback (same round as the "
         "Zhongshan emergency page: a different body). '对照8个方面' a checklist of the 民主生活会: no figure. The cut '(二)…' "
         "paragraph is left out."],
        kind="bulletin", title="中共中山市财政局党组关于十五届市委第六轮巡察整改进展情况的通报", issuer="中共中山市财政局党组",
        report_date="2025-09-12", inspection=ins(start="2024-09-23", end="2024-12-20", feedback="2025-01-10")),
    "wuhan_ndrc_xuncha_bulletin": doc(
        "http://www.whdi.gov.cn/xunchagongzuo/xunchafankui/20240624/20950.html",
        ["The store opens with the site's address line 'http://www.whdi.gov.cn' and a breadcrumb (kept as chrome). Title line "
         "→ kind bulletin, issuer '中共武汉市发展和改革委员会党组'; '发布时间:2024-06-24 16:38' → report_date. '2023年7月13日至"
         "8月31日' → start/end; '2023年10月13日' feedback. No figure. The cut '(三)强化督促整改…' paragraph is left out."],
        kind="bulletin", title="中共武汉市发展和改革委员会党组关于十四届市委第五轮巡察集中整改进展情况的通报",
        issuer="中共武汉市发展和改革委员会党组", report_date="2024-06-24",
        inspection=ins(start="2023-07-13", end="2023-08-31", feedback="2023-10-13")),
    "zhuhai_commerce_xuncha_stage_bulletin": doc(
        "http://swj.zhuhai.gov.cn/zwgk/tzgg/content/post_2666257.html",
        ["Breadcrumb, title line → kind bulletin ('巡察整改阶段性进展情况的通报'), issuer '中共珠海市商务局党组'; '发布日期:2020-11-10 "
         "17:08' → report_date. '2019年9月25日至12月31日' → start/end; '2020年4月3日' feedback. '共6次' meetings: no figure. "
         "Cut before '(三)深挖细掘问题根源…' (its paragraph, with '周报8期', is cut by the store)."],
        kind="bulletin", title="中共珠海市商务局党组关于巡察整改阶段性进展情况的通报", issuer="中共珠海市商务局党组",
        report_date="2020-11-10", inspection=ins(start="2019-09-25", end="2019-12-31", feedback="2020-04-03")),
    # --- agriculture, forestry (traditional) -------------------------------------------------------------------------
    "xiangqiao_agriculture_special_xuncha_24_of_13": doc(
        "http://www.xiangqiao.gov.cn/xwsd/bmzx/content/post_3873201.html",
        ["Title line → kind bulletin, issuer '潮州市湘桥区农业农村局党组' (the body the title names); the date line '2023-12-08 "
         "15:12  稿件作者:…' → report_date. A 乡村振兴资金 专项巡察 with no period stated; '2023年2月17日' feedback. '3方面13个"
         "问题,在整改过程中我局具体细化分解为24个分项问题' → problems_total 24 (the finest count, R64/C11); '已完成反馈问题整改5个' "
         "→ problems_done 5 ('阶段性完成并需要长期坚持的…14个' and '整改中的…5个' are not done; 5+14+5 = 24 agrees). '截至2023年"
         "11月29日' a tally day. Paragraph indents (eight spaces) kept as stored. The cut '一是加强领导抓整改…' paragraph is "
         "left out."],
        kind="bulletin", title="潮州市湘桥区农业农村局党组关于落实专项巡察第五交叉巡察组反馈意见集中整改进展情况的通报",
        issuer="潮州市湘桥区农业农村局党组", report_date="2023-12-08",
        inspection=ins(feedback="2023-02-17"), headline=head(pt=24, pd=5)),
    "yuanmou_forestry_xuncha_trad": doc(
        "https://82380.cn/info/1011/20960.htm",
        ["Traditional mirror copy with glyph glosses ('根據(jù)'), no title line; the lead paragraph only. '2019年2月14日至3月24日' "
         "→ start/end; '2019年7月9日' feedback. '八個各方面的巡察意見' (garbled '八个方面') are aspects: no figure. Cut before "
         "'一、貫徹落實中央、省、州、縣掃黑除惡專項斗爭決策部署有差距' and its '(一)政治站位不高的問題' (a problem category "
         "and heading follow)."],
        inspection=ins(start="2019-02-14", end="2019-03-24", feedback="2019-07-09")),
    # --- urban management ---------------------------------------------------------------------------------------------
    "changchun_urban_management_xuncha_feedback": doc(
        "http://www.ccdijl-jl.gov.cn/xsxc/xcgz/202509/t20250911_1285706.html",
        ["A city 巡察 feedback news lead, no title line: '2025年8月27日' → feedback; no period. The problems are named in one "
         "run of clauses after '主要是:' (kind 5, R19: []); no count. The cut paragraph '王健鹏强调…' is left out."],
        inspection=ins(feedback="2025-08-27")),
    "spam_host_urban_management_xuncha_86_measures": doc(
        "http://hlwjrjt.com/html/xinwendongtai/xingyezixun/7781.html",
        ["A copy on a spam host: its ad tag '米乐·M6' is run into the first sentence (kept as stored; the city is not named). "
         "'2023年4月20日至2023年6月25日' → start/end; '2023年8月4日' feedback; '2023年9月1日' (民主生活会) a meeting. "
         "'反馈意见中提及的12个方面问题' are aspects (R68: no problems_total); '制订了86条措施' → measures_total 86. The cut line "
         "'(1)坚持问题导向,举一反三,2023年10月…' is left out."],
        inspection=ins(start="2023-04-20", end="2023-06-25", feedback="2023-08-04"), headline=head(mt=86)),
    "guangde_urban_management_xuncha_progress": doc(
        "https://gdjjjc.gov.cn/gongzuo/xuncha/xunchagz/zhenggai/2025-09-12/9649.html",
        ["No title line; '发布时间:2025-09-08 08:15:24' → report_date (the url's 2025-09-12 is not read). '于2024年4月16日至"
         "6月14日' → start/end; '2024年9月13日' feedback. '2024年9月14日', '10月11日', '11月11日' are meetings; '先后5次' "
         "meetings; '六个月' a rectification period: no figures. '目前已按照整改要求积极整改落实到位' gives no count. Cut before "
         "'二、精准聚焦反馈问题…' (problem categories and items follow)."],
        report_date="2025-09-08", inspection=ins(start="2024-04-16", end="2024-06-14", feedback="2024-09-13")),
    # --- schools and an SOE (added in a second pass) ------------------------------------------------------------------
    "zijin_middle_school_xuncha_bulletin_month_part_period": doc(
        "http://www.zijin.gov.cn/zw/tzgg/content/post_663425.html",
        ["Title line → kind bulletin, issuer '中共紫金县蓝塘中学支部委员会' (a school's party branch); no page date. The period "
         "'2024年4月上旬至7月上旬' is part-of-month only: no start/end (R53). '2024年9月6日' feedback. No figure. The cut "
         "'(三)压实整改责任…' paragraph is left out."],
        kind="bulletin", title="中共紫金县蓝塘中学支部委员会关于巡察整改进展情况的通报",
        issuer="中共紫金县蓝塘中学支部委员会", inspection=ins(feedback="2024-09-06")),
    "haimen_high_school_xuncha_progress": doc(
        "http://ntlz.gov.cn/html/2020-5/202052223862.html",
        ["A city 巡察 of a provincial key high school (江苏省海门中学), no title line. '2019年9月2日至11月29日' → start/end; "
         "'2019年12月18日' feedback. No figure. Cut before '(二)优化机制,领导率先,全面统筹' (its paragraph is cut by the store)."],
        inspection=ins(start="2019-09-02", end="2019-11-29", feedback="2019-12-18")),
    "jiexi_middle_school_xuncha_27_items": doc(
        "http://jxlzw.jiexi.gov.cn/article?article=dc8d5205-4fe8-4ab6-808d-eccee33e7956",
        ["A county 巡察 of a middle school's party branch, no title line. '2023年11月8日至2024年1月19日' → start/end (across a "
         "year); '2024年3月7日' feedback. '针对巡察中发现的四方面13类共27项问题整改情况如下:' → problems_total 27 (the finest "
         "of three levels, R64/C11); the lead-in line is kept and the text is cut before '(一)落实党的路线方针政策…' (the "
         "problem categories and items '1.…(1)…' follow). '一、组织落实', '二、组织领导', '三、整改落实主要成效' are section "
         "headings, not problems."],
        inspection=ins(start="2023-11-08", end="2024-01-19", feedback="2024-03-07"), headline=head(pt=27)),
    "guichi_no8_middle_school_xuncha_feedback": doc(
        "http://www.guichijjjc.gov.cn/xcgz/p/1169.html",
        ["A district 巡察 feedback news lead for a school (市第八中学党总支), no title line. '2021年3月2日' feedback; '2020年12月22日"
         "至2021年1月12日' → start/end (across a year, written after the feedback). The cut paragraph '黄立志在巡察反馈时指出…' "
         "(problems named in one run, then suggestions) is left out. No figure."],
        inspection=ins(start="2020-12-22", end="2021-01-12", feedback="2021-03-02")),
    "huaian_transport_group_xuncha_lookback_93_measures": doc(
        "http://jw.huaian.gov.cn/col/17277_632773/art/17407584/17431479446126FBpU2Dg.html",
        ["A city SOE (市交通集团党委): breadcrumb, title line → kind bulletin, issuer '市交通集团党委' (as the title names it); "
         "'发布时间:2025-03-28' → report_date. A 巡察“回头看” by a 巡察组 with its own stationing '于2024年4月24日至5月31日' → "
         "start/end (a re-inspection round, as snippets26's haimen; not a 复查 of rectification, R53); feedback '6月27日' (no "
         "year) → 2024-06-27 (the period's year). '细化了93条整改措施' → measures_total 93. The cut '(二)加强领导,狠抓落实…' "
         "paragraph is left out."],
        kind="bulletin", title="市交通集团党委关于巡察整改情况的通报", issuer="市交通集团党委", report_date="2025-03-28",
        inspection=ins(start="2024-04-24", end="2024-05-31", feedback="2024-06-27"), headline=head(mt=93)),
}


def main() -> None:
    write_snippet_set(HERE, TEXTS, DOCS, WHOLE, RECOUNT, EXTRA_FORMS)


if __name__ == "__main__":
    main()
