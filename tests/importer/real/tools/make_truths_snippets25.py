"""Write the texts and truth files of tests/importer/real/snippets25: a held-out set of real lead paragraphs about
rectification after 巡察/巡视/督察/审计 (pages that list no problems in the kept text) labelled in session 18 on 2026-12-06
by helper label38, who did not change the parser and did not read zhenggai/importer/, tests/importer/*.py or
tests/importer_app/. Scored once on the worktree's untouched parser (FIRST_RUN_snippets25.txt) before anything else
changed.

How found: 17 queries of the search tool's ``pages`` corpus (every one listed below). I checked 72 result urls (tag pages
of zhetiaohe.com / abg.baidu.com / party-uncle.com / fengdujob.net / gswzhf.com, a result without a url, and plainly
unrelated hits - tobacco essays, tax rules, weather plans, grain-security essays, academic abstracts, a 404 page - left
aside; a url that came back in a later query was not checked again): 35 were already known (host+path+query compared;
scheme, 'www.', a trailing '/' and case ignored, percent-decoded) against every url in the JSON, .py and .txt files under
this worktree's and /work/main's tests/importer, /work/shared/corpus and every /work/wt/label*/tests/importer/real tree
(label36 and label37 included; 1019 known urls at the start; rechecked just before the commit). As label33 and label35
found, the usual families are exhausted: every hit of the first four queries (universities, SOE groups, 环保督察 progress,
hospitals) was known. What was new: whole body types not tried before - 妇联 (7 pages), 工商联 (5), 科协 (7), 总工会 (6),
残联 (1) - plus three college feedback items, a town 审计结果公告 and a 国家海洋督察 round-up. Of the 37 new urls, 30 are
labelled; the 7 left out: shanghai.baogaosu.com (a 气象局 动员 meeting for an 整改方案, no inspection facts),
yaan.gov.cn (a bureau chief's 检查 visit, not an inspection), m-tongshan.cjyun.org (a 进驻 notice, no rectification),
hbdangyangwang.cn (a feedback item with no year and no fact; two such null leads are kept already), czgh.jscz.org.cn (a
专题民主生活会, no inspection facts), ingsd.com (a town's 审计 visit, no facts) and m-yicheng.cjyun.org (a 督导 visit of a
涉粮 回头看 action, not an inspection). 30 pages in all; the brief's aim was 25-32.

Queries (``pages`` corpus; 17): 大学党委 巡视整改进展情况 通报 反馈问题 已完成整改 建立制度; 国有企业 集团党委 巡察整改 情况通报
反馈问题 个 已整改 个 制定制度; 生态环境保护督察 反馈意见 整改 进展 县 整改任务 项 已完成 项 2019年; 人民医院党委 巡察整改进展
情况 通报 巡察组 进驻 反馈 问题 整改完成; 气象局党组 巡视整改进展情况 通报 反馈问题 整改措施 项; 妇联党组 巡察整改情况 公布
反馈问题 已整改 完善制度; 烟草专卖局 巡视整改 通报 反馈问题 整改完成率 制度; 税务局党委 巡察整改 进展情况 反馈 问题 已完成整改
建章立制; 工商联党组 巡察整改进展情况 通报 巡察组 反馈 问题 建立完善制度; 残联党组 巡察整改情况 公布 巡察组 反馈 具体问题
已完成整改; 科协党组 巡察整改进展情况 通报 反馈意见 问题 整改; 总工会党组 巡察整改 进展情况 公布 反馈 问题 已整改 制度;
职业技术学院党委 巡察整改进展情况 通报 反馈 问题 已整改 建立健全制度; 镇人民政府 审计发现问题整改情况 公告 审计 问题 已整改
金额 万元 制定完善制度; 省级生态环境保护督察 反馈意见 整改情况 公开 区 整改任务 已完成 信访件 办结; 国家海洋督察 反馈意见
整改 问题 项 已完成整改 市; 粮食安全 专项巡视 整改 反馈 问题 已完成 整改措施 条 国有粮食企业.

Kinds (issue 10's seven): all 30 are kind 5 (no problem list in the kept text: zero problems); the headline wordings of
kind 6 (problems vs measures vs rules: xinwu, qingshen, hulin, tongling, luoyang, licheng, zhejiang, lishui; traditional
copies: lishui, gansu, luanzhou) and the dates and parties in prose of kind 7 (every page). Inspection kinds: 巡察 (26,
one a 回头看, one by a 局党组 of its college), 巡视 (2, provincial), 审计 (1, a town), 国家海洋督察 (1). Bodies: provincial,
city, county and district 群团 bodies, three colleges, a town, a national 督察 round.

Each text is the title line (when the stored copy has one) and the lead paragraph(s) of one page, pasted from the tool's
decoded output as JSON strings (TEXTS below; main() writes them) - traditional copies with their glyph glosses like
'聯(lián)' kept as stored, dates that lost their 年/月 kept as stored. Chrome above the text (breadcrumbs, mastheads, index
blocks, date lines, html tags) is kept; chrome under it is left out. A page cut mid-paragraph is cut back to the last
whole paragraph; where the next part opens the problem list, the text is cut before it so that the snippet holds no
problem heading. Every truth is marked excerpt true. Every labelled value is re-found in the file by check().

Schema and conventions as in make_truths_snippets9.py ... make_truths_snippets24.py: ``genre`` "snippet"; ``kind`` only
when a title line names a rectification 通报/报告 (→ bulletin); ``title``/``issuer`` only when the title line names a
rectification or inspection document (news headlines null); ``report_date`` from a signature, else a page/source date
line inside the snippet; ``inspector``/``inspected`` null. Meetings (反馈会 excepted: it is the feedback), 动员会, 民主生活会
are not inspection dates; meetings, people, bodies, aspects (方面), suggestions, petitions (举报件) and rates are not
headline figures. A day with no year stated and no dated period to take it from is not read (null); a day with no year
next to a dated period takes the period's year.

Judgement calls (each also said in the truth's anomalies):
- NEW: quanzhou's store runs the whole page in one line (column name, title, '发布时间2023年7月28日', read count and the
  lead with no breaks): the title and the date are read from inside that line; the line is cut after the lead sentence.
- NEW: pingshui's 审计结果公告 has its own dateline '( 2025年4月1日公告)' above the body and an index block with
  '发文日期 2025-04-08' / '发布时间:2025-04-08 09:25': the announcement's own date is taken as report_date (as a signature
  would be). The audit dates '2024年7月15日至2024年9月15日' → start/end (blind22's audit call); the audited span
  '2020年11月至2023年12月' is no inspection date.
- A date that lost its 年/月/日 is read as written (snippets10/11's ruijin/wuqing call): ziliujing '部署2023731,' →
  feedback 2023-07-31.
- A figure in a paragraph the store cuts is left out with the paragraph (snippets24's zhangfan call): longyan's
  '反馈的27个问题明确整改措施71条', qingshen's repeated '44项整改措施' (the lead's '制定措施44个' stands), qinfeng's
  '巡察期间(9月17日-10月20日)'.
- '3个方面的7项问题,细化分解为20个具体问题' → problems_total 20 (the finest count, as snippets24's luozhuang);
  '已完成整改20个' → 20 done; '提出了20条整改举措' → measures_total 20 (xinwu). '6个方面11项整改任务' / '已经完成11项整改
  任务' → problems 11/11 (tongling; the tasks are the feedback items, make_truths.py's '整改任务' rule). '四方面10个问题,已整改
  落实10个' → 10/10, '制定措施44个' → measures 44, '建章立制5个' → rules 5 (qingshen). '5项43个问题,制定了43条整改措施' →
  43 problems, 43 measures (hulin). '六个方面25个问题' → 25 (luoyang). '制定27条措施' → 27 measures (licheng). '建立完善制度
  15项' / '8項' → rules 15 / 8 (zhejiang, lishui).
- A title split over two lines is cleaned of the split (schema; lishui). Titles with the store's blank before '关于' keep
  it (snippets24's sanmenxia; jinan, luoyang). The issuer is the body the title names, even without 中共…党组 (licheng
  '鲤城区工商联').
- A masthead date that is the crawl day ('2021年8月31日' above longyan's menus) is not the page date; longyan's
  '发布时间:2020/6/22' (slashes) is.
- Feedback with no year takes the dated period's year: zhejiang '8月8日', jinan '8月20日', gansu '11月16日', luoyang
  '11月3日', technician college '6月9日', suzhou '11月8日' (written before the period in the text). Items with no dated
  anchor at all stay null: fugu '11月4日', luanzhou '3月6日', suining '1月4日至2月2日' / '3月29日' (urls are never read).
- Petitions are no figures (the snippets' mangshi/pouringspot call): the marine round-up's '举报533件…已办结381件'.
"""
from pathlib import Path

from make_truths import head, ins, prob, write_snippet_set  # noqa: F401  (prob kept for the set's shape; no problem lists here)
from make_truths_snippets10 import doc

HERE = Path(__file__).resolve().parent.parent / "snippets25"

WHOLE: set[str] = set()

# Date forms that are not 'Y年M月D日' / 'M月D日' / ISO in the text (lost characters, slashes).
EXTRA_FORMS: dict[str, list[str]] = {
    "2023-07-31": ["2023731"],
    "2020-06-22": ["2020/6/22"],
}

# Independent recount: the phrase each non-null headline figure was read from, re-found verbatim.
RECOUNT = {
    "zhejiang_women_federation_xunshi_15_rules": ["建立完善制度15项"],
    "lishui_women_federation_xuncha_bulletin_8_rules_trad": ["建立完善制度8項"],
    "xinwu_women_federation_xuncha_20_of_20": ["细化分解为20个具体问题", "已完成整改20个", "提出了20条整改举措"],
    "tongling_women_federation_xuncha_11_tasks": ["6个方面11项整改任务", "已经完成11项整改任务"],
    "licheng_business_federation_xuncha_bulletin_27_measures": ["制定27条措施"],
    "qingshen_science_association_xuncha_10_of_10": ["四方面10个问题,已整改落实10个", "制定措施44个", "建章立制5个"],
    "luoyang_trade_union_xuncha_bulletin_25_problems": ["六个方面25个问题"],
    "hulin_trade_union_xuncha_43_problems_43_measures": ["5项43个问题,制定了43条整改措施"],
}

TEXTS = {
    "zhejiang_women_federation_xunshi_15_rules":
        "2025-06-17 09:00 浙江省纪委省监委网站\n根据省委统一部署,2024年3月18日至5月20日,省委第六巡视组对省妇女联合会党组开展了巡视。8月8日,省委巡视组向省妇女联合会党组反馈了巡视意见。按照巡视工作有关要求,现将巡视整改情况予以公布。\n省妇女联合会党组把巡视整改作为重大政治任务,始终站在讲政治、讲大局、讲党性的高度,深刻认识整改工作的重要性和紧迫性,切实将思想和行动统一到省委的部署要求上来,以高度的思想自觉正视问题,以强烈的责任担当改正问题,切实做好整改工作。一是提高政治站位,强化思想认识。深入学习习近平总书记关于巡视工作的重要论述和重要指示精神,学习省委书记专题会议精神,研究部署整改工作。二是加强组织领导,压实整改责任。成立省妇联巡视整改工作领导小组,组建巡视整改工作专班和督查专班,切实履行牵头抓总、统筹协调、督促指导职责。针对反馈的7个方面问题,制定巡视整改方案,细化整改举措,逐条明确责任领导、责任部室(单位)和整改时限,形成问题清单、任务清单、责任清单、时间清单“四张清单”。召开领导班子巡视整改专题民主生活会,班子成员深刻剖析问题,主动认领责任。三是强化闭环管理,狠抓整改落实。整改期间召开党组会、专班会议、领导小组会议15次,及时研究解决整改过程中的重难点问题。整改工作实行销号管理,做到整改一个、销号一个,确保各项整改任务落地见效。\n在巡视整改工作中,教育提醒4人;建立完善制度15项。\n",
    "lishui_women_federation_xuncha_bulletin_8_rules_trad":
        "中共麗水市婦女聯合會黨組關于五屆市委\n第四輪巡察整改進展情況的通報\n根據市委統一部署,2024年5月8日—5月24日,市委第二巡察組對市婦聯黨組進行了巡察。2024年10月10日,市委巡察組向市婦聯黨組反饋了巡察意見。根據巡察工作有關要求,現將整改進展情況予以公布。\n市婦聯黨組把巡察整改工作作為重大政治任務來抓,始終站在講政治、講大局、講黨性的高度,深刻認識整改工作的重要性和緊迫性,切實將思想和行動統一到市委的部署上來,以高度的思想自覺正視問題,以強烈的責任擔當改正問題,切實做好整改工作。一是制定《中共麗水市婦女聯合會黨組關于落實市委巡察組反饋意見的整改方案》,逐項制定問題清單、責任清單、任務清單,明確責任領導、責任部門和完成時限。二是黨組書記堅決扛起巡察整改第一責任人責任,組織黨組班子多次研究討論,牽頭制定整改方案,做到對重要學習親自主持、重要工作親自部署、重點問題親自協調。三是黨組其他成員履行“一崗雙責”,按照責任分工,進一步細化舉措、狠抓落實,扎實推進分管領域的整改落實工作。\n在巡察整改工作中,教育提醒3人,建立完善制度8項。\n",
    "xiangtan_women_federation_xuncha_progress":
        "根据市委统一部署,2023年10月11日至12月1日,市委第三巡察组对市妇联党组开展了常规巡察。2024年1月17日,市委第三巡察组反馈了巡察意见。根据党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、组织整改落实情况\n市妇联党组全面压实巡察整改主体责任,第一时间召开党组会议,专题学习习近平总书记关于巡视巡察工作的重要论述,成立巡察整改工作领导小组,研究制定巡察整改方案,细化分解具体问题,形成整改台账。党组书记切实履行巡察整改第一责任人责任,班子成员落实“一岗双责”,构建上下协同、整体联动的工作格局。每月初召开工作例会,督查督办整改任务落实,严格按照整改时限,倒排任务、挂图作战。\n",
    "quanzhou_women_federation_xuncha_bulletin_one_line":
        "党务公开中共泉州市妇联党组关于巡察整改进展情况的通报发布时间2023年7月28日 来源:泉州市妇联 阅读7695次根据市委巡察工作统一部署,2022年11月21日至12月25日,市委巡察三组对市妇联党组开展了巡察,并于2023年3月3日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。\n",
    "xinwu_women_federation_xuncha_20_of_20":
        "根据区委统一部署,2023年12月8日至2024年1月26日,区委第二巡察组对区妇联进行了巡察。2024年3月28日,区委第二巡察组向区妇联反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。\n一、整改工作组织情况\n区妇联将巡察指出的3个方面的7项问题,细化分解为20个具体问题20项整改任务。截至目前,20个问题,已完成整改20个,整改完成率100%。\n一是提高政治站位,强化整改自觉。区妇联高度重视巡察组反馈意见整改工作,切实担负起落实巡察反馈意见整改工作主体责任,2024年4月1日下午召开专题会议研究巡察整改工作,传达区委巡察组巡察反馈意见,研究部署巡察整改工作。2024年4月22日,区妇联召开专题会议研究区委巡察反馈意见整改工作方案,进一步强化整改责任、明晰整改举措,确保区委巡察反馈问题坚决整改、全面整改、彻底整改。2024年9月13日,区妇联召开巡察整改专题民主生活会,对照区委巡察反馈的3个方面7类问题20个具体问题,深入查摆,深刻剖析,切实增强做好巡察整改工作的坚定性和自觉性,强调从严治党永远在路上,要以全面整改为契机,持续深化全面从严治党,为全区妇女事业发展提供坚强保障。\n二是加强组织领导,严实整改责任。区妇联切实担负起区委巡察整改的主体责任,主要领导、分管领导全面负责整改工作,办公室负责整改工作的统筹、协调、指导和督促检查等,每月跟踪督办,反馈整改完成情况。根据区委巡察反馈意见,区妇联迅速制定出台《新吴区妇联关于区委第二巡察组巡察反馈意见的整改工作方案》,针对3个方面7类问题20个具体问题,提出了20条整改举措,均明确牵头领导、责任科室和整改时限。\n",
    "tongling_women_federation_xuncha_11_tasks":
        "根据市委统一部署,2018年9月19日至10月25日,市委第一巡察组对市妇联党组开展了政治巡察。针对巡察组 反馈的6个方面11项整改任务,市妇联党组高度重视,以坚定政治态度对待巡察反馈意见,深刻剖析问题原因、以强有力的举措立行立改,制定整改方案,目前已经完成11项整改任务并长期坚持。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察整改情况通报如下:\n",
    "fugu_women_federation_xuncha_feedback_noyear":
        "11月4日,府谷县委第三巡察组向县妇联反馈巡察工作会议在县委东二楼会议室召开。第三巡察组组长李宝山一行4人、妇联全体干部及基层妇女代表参加会议。\n会上,第三巡察组副组长王峰对县妇联巡察情况进行了反馈,在肯定县妇联党支部工作成绩的同时,指出了县妇联党支部在政治建设、思想建设、作风建设等方面存在的问题,并提出了整改意见和建议。\n第三巡察组组长李宝山作了讲话并提出几点要求:要提高政治站位,增强政治责任;要坚持问题导向,落实整改责任;要坚持标本兼治,确保整改工作取得实效。\n最后,县妇联主席刘莉了作表态发言,一是高度重视,正确对待,照单接受巡察反馈的问题清单。二是召开专题会议研究讨论,认真制定整改方案,细化整改措施,逐一明确责任分管领导和干部以及整改时限,做到即知即改。三是大力巩固巡察取得的成果,不断与时俱进、更新观念,切实把县妇联党支部的各项工作抓实抓好,为全县各项事业的发展贡献巾帼力量。\n",
    "luanzhou_business_federation_xuncha_feedback_trad":
        "<p class=\"ql-block\"> 3月6日,灤州市委第三巡察組巡察市工商聯(lián)情況反饋會在市委統(tǒng)戰(zhàn)部四樓會議室召開。此次會議旨在將巡察過程中發(fā)現(xiàn)的問題進行系統(tǒng)反饋,督促被巡察單位積極整改,進一步提升工作質(zhì)量和服務(wù)水平。</p> <p class=\"ql-block\"> 會議首先由第三巡察組副組長宋艷茹代表巡察組全面通報巡察情況。在為期兩個月的巡察工作中,巡察組通過調(diào)閱資料、個別談話、實地走訪等多種方式,深入了解被巡察單位的工作情況。巡察發(fā)現(xiàn),工商聯(lián)在巡察整改、理論學(xué)習(xí)、履行職責(zé)、黨建等方面存在一些亟待解決的問題。巡察整改方面,存在2021年巡察整改主體責(zé)任落的不實、巡察整改專題民主生活會剖析不深刻、巡察整改質(zhì)量有待提升等情況;理論學(xué)習(xí)方面,存在學(xué)習(xí)貫徹習(xí)近平新時代中國特色社會主義思想和黨的二十大精神不深入的問題;在履行職責(zé)方面,推進商會改革發(fā)展不夠有力、發(fā)揮橋梁紐帶和參謀助手作用不夠充分,創(chuàng)新服務(wù)非公企業(yè)發(fā)展的意識不強;黨建工作方面,存在黨組織生活不夠規(guī)范、“三會一課”制度落實不到位的情況;內(nèi)部管理上,部分財務(wù)制度執(zhí)行不嚴格,資產(chǎn)管理不夠完善。</p>\n",
    "ziliujing_business_federation_xuncha_feedback_lost_chars":
        "自流井区委第一巡察组向区工商联党组反馈巡察情况\n\n根据自流井区委巡察工作统一部署2023731,区委第一巡察组向区工商联党组反馈巡察意见。区委第一巡察组组长熊开卷分别向区工商联党组书记陈兴英及区工商联党组反馈了巡察意见区委巡察工作领导小组成员、区委组织部常务副部长邹小锋出席会议并讲话,陈兴英主持会议并作表态发言。\n\n熊开卷在反馈时指出2018接受巡察以来,区工商联党组以习近平新时代中国特色社会主义思想为指导,加强思想政治引领,筑牢理想信念。服务非公企业,护航民营经济,壮大会员队伍,营造亲清政商关系。加强自身建设,改进工作作风,增强干部职工和民营经济人士法纪意识。从巡察的情况来看,区工商联党组还存在理论学习成效有待提升,对会员的思想政治引导效果不够好对基层商会指导不够服务民营企业意识还需增强落实商会改革和发展有差距,桥梁纽带作用发挥不充分;对资产资金管理使用重视不够,资产管理等还不规范对党的建设重视不够,党建引领会员企业发展、基层组织建设还有短板弱项等问题熊开卷提出整改建议要提高思想认识,切实加强对巡察整改工作的领导。要压实主体责任,确保巡察整改务实开展取得实效。\n\n邹小锋强调,要强化政治统领,坚定推动政治体检做细做实;要扛牢政治责任,坚定推动主体责任压紧压实;要凝聚监督合力,坚定推动巡察整改走深走实。\n\n陈兴英表示,巡察反馈意见客观公正、切中要害,具有很强的指导性和针对性区工商联党组照单全收、全盘认领、严肃对待。一是提高站位,深化思想认识。二是强化措施,狠抓反馈问题整改落实三是固化成果,促进工商联工作提质增效\n",
    "licheng_business_federation_xuncha_bulletin_27_measures":
        "鲤城区工商联关于巡察整改进展情况的通报\n来源:鲤城区工商联 发布时间:2024-09-12 09:52\n\n根据区委巡察工作统一部署,2024年1月4日至2月2日,区委巡察一组对区工商联开展了巡察,并于2024年3月20日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。\n\n一、加强领导,把巡察整改作为首要政治任务抓好\n\n一是提高政治站位。区工商联坚持以习近平新时代中国特色社会主义思想为指导,深入学习区委关于巡察工作的要求,强化政治担当,把抓好巡察整改作为落实区委部署要求、推动全面从严治党的重要抓手,作为全面推动工商联事业高质量发展的政治动力,切实扛起巡察整改主体责任,确保圆满完成巡察整改工作任务。\n\n二是加强组织领导。成立了以党组书记欧阳春为组长的巡察整改工作领导小组及办公室,召开党组会4次,制定巡察整改工作方案,统筹推进巡察整改工作。党组书记认真履行“第一责任人”职责,主持研究制定巡察整改工作方案,靠前部署调度、协调重点环节、挂帅督办整改难点问题,推进整改任务落实落细;领导班子成员落实“一岗双责”,抓好自身和分管股室问题整改;各股室抓好具体落实,形成整体联动、人人参与、层层落实的整改工作格局。\n\n三是强化督促检查。围绕条条要整改、事事有回音、件件有着落,针对巡察反馈问题制定27条措施,并建立整改台账两周一报制度,实行挂图作战、对账销号。坚持把“当下改”与“长久立”相结合,既除“病灶”又祛“病根”,切实把巡察整改变成堵塞漏洞、完善制度、推动工作的过程。\n",
    "suining_business_federation_xuncha_feedback_noyear":
        "按照市委巡察工作统一部署,1月4日至2月2日,市委第三巡察组对市工商联开展了集中巡察。3月29日,市委第三巡察组向市工商联反馈巡察情况。\n从巡察情况来看,市工商联党组在党的十八大以来,认真学习贯彻习近平总书记系列重要讲话精神,各方面工作取得成效,但巡察中也发现一些突出问题。在坚持党的领导方面,存在学习宣传贯彻党的十九大精神不到位、党组领导核心作用发挥不够、不重视意识形态工作、党支部战斗堡垒作用发挥不够;在加强党的建设方面,存在党内政治生活不严肃、民主集中制执行不到位、党风党纪教育薄弱、未严格执行选人用人有关规定;在全面从严治党方面,存在主体责任不担当不落实、党内监督好人主义盛行;在党风廉政建设和反腐败斗争方面,存在作风漂浮,庸懒散现象突出,违反中央八项规定,顶风违纪问题突出等问题。\n市委巡察工作领导小组相关成员就巡察整改工作提出了具体要求:工商联党组要坚决落实政治责任,要认真落实全面从严治党主体责任,党组主要负责同志要切实担负起第一责任人的职责,班子成员要抓好分管领域的整改落实,全体干部职工要把自己摆进去;要全力确保整改落实,做到整改清单要细,整改过程要严,整改报告要实;要扎实完善制度建设,坚持整改问题、查找漏洞、预防腐败和建章立制相结合。\n市工商联负责人就做好巡察整改工作表态:将统一思想,深化认识,全盘认领整改清单;立行立改,不折不扣,全力破解整改难题;抓好结合、强化引领,全面转化整改成果,为遂宁经济社会快速发展贡献力量。\n",
    "qinfeng_disabled_federation_xuncha_lookback_mobilization":
        "根据县委统一部署,2020年9月21日,县委第三巡察组巡察县残联党组“回头看”工作动员会召开。会前,县委巡察工作领导小组成员、县委巡察办主任李刚向残联党组书记张文耀传达了县委巡察工作领导小组办公室《关于开展十六届县委第八轮巡察“回头看”暨“机动式”巡察工作的通知》精神。会上,县委第三巡察组组长刘骏就即将开展的专项巡察工作作了动员讲话,县残联党组书记理事长张文耀主持会议并作表态发言。\n\n县委第三巡察组组长及巡察组全体成员,县纪委监委驻人社局纪检组组长朱碧芳同志、残联党组成员、县残联机关全体党员干部参加会议。\n县委第三巡察组组长刘骏指出,这次巡察“回头看”是对残疾人联合会党组坚持党的全面领导、加强党的建设、全面从严治党以及党风廉政建设和反腐败工作的全面政治体检和有力促进。\n刘骏强调,广大党员干部特别是领导干部要正确认识、端正态度,敢于直面问题,切实增强接受监督的自觉性和坚定性,确保巡察工作取得扎实成效。\n残联党组书记、理事长张文耀强调,一定要摆正位置,端正态度,以严格的政治纪律确保此次巡察工作顺利进行。要自觉诚恳地接受巡察组的监督检查,真正把残联党组的各项决策部署、工作成效置于巡察组的监督之下。\n",
    "district_science_association_xuncha_progress_2025":
        "根据区委巡察工作统一部署,2024年2月20日至3月26日,区委巡察二组对区科学技术协会(以下简称区科协)开展了巡察,并于2025年1月21日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、加强对巡察整改的组织领导情况\n区科协切实履行全面从严治党和巡察整改工作的主体责任,始终站在讲政治、讲大局、讲党性的高度,深刻认识巡察整改的重要性和紧迫性,以高度的思想自觉正视问题,以强烈的行动自觉改正问题,切实抓紧抓实抓好整改工作。\n1.提高思想认识,压实整改主体责任。区委巡察二组反馈意见后,区科协立即召开工作会议,传达学习区委巡察二组反馈意见,研究部署整改工作。同时,召开巡察整改专题民主生活会,聚焦巡察反馈意见深入开展批评与自我批评,切实打牢巡察整改思想基础,形成领导带头、全员覆盖、层层落实、系统推进的工作局面。\n2.细化整改措施,确保整改有序推进。认真制定反馈意见整改方案,细化整改措施,明确责任领导、责任人和整改时限。建立整改动态台账,各责任人严格按照程序和时间节点汇总报送整改情况、严格对账销号,以最扎实的措施、最高效的行动推进整改工作,确保条条有整改、件件有着落。\n3.强化自我检视,不断提升整改成效。整改期间,区科协针对巡察发现的主要问题,深层分析、系统思考,认真检视全面工作,以整改促提升。深入查找制度方面存在的漏洞和薄弱环节,坚持举一反三,完善规章制度,强化制度执行力,做到既治标又治本,确保整改取得实实在在的效果。\n",
    "qingshen_science_association_xuncha_10_of_10":
        "根据县委统一部署,2024年10月21日至11月10日,县委第二巡察组对县科协党组进行了巡察。2025年2月13日,巡察组向县科协党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察集中整改进展情况予以公布。\n巡察反馈以来,县科协党组高度重视,认真剖析存在问题的原因,逐条制定整改措施,以最坚决的态度抓好整改落实,整改工作已取得阶段性成效。巡察反馈的四方面10个问题,已整改落实10个。在整改中,制定措施44个,建章立制5个,谈心谈话、批评教育7人次,并清退违规违纪款项。现将巡察集中整改情况通报如下。\n一、落实巡察整改责任的情况\n(一)组织领导方面。\n巡察反馈意见后,第一时间召开党组扩大会,认真研究巡察整改反馈意见,成立了以县科协党组书记任组长、分管领导任副组长,全体干部职工任成员的巡察反馈意见整改落实工作领导小组,负责研究和推进落实巡察整改工作。2月28日,将巡察整改专题民主生活会同2024年度民主生活会一起召开。\n(二)责任落实方面。\n明确县科协领导班子承担巡察反馈问题整改工作主体责任,单位主要负责同志承担巡察整改第一责任人职责,班子成员坚决履行“一岗双责”,切实把巡察组提出的意见建议转化为改进作风、推动工作的实际行动,促进各项工作扎实有效开展。\n",
    "yiyang_science_association_xuncha_progress":
        "根据市委统一部署,2023年7月25日至9月25日,市委第三巡察组对市科协党组开展了巡察,2023年12月26日,反馈了巡察意见,实事求是指出了市科协存在的问题和不足,有针对性地提出了意见建议。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、强化主体责任,周密部署整改任务\n市科协党组高度重视市委第三巡察组发现的问题,把整改工作作为一项严肃的政治任务来抓,党组先后专题召开党组会议4次、民主生活会1次和主席办公会2次,针对巡察组指出的问题和意见建议,逐条逐项认真分析,研究制定整改方案,明确整改目标,细化责任分工,强化整改措施和具体完成时限。\n(一)强化组织领导,压实主体责任\n我会在第一时间成立了巡察整改工作领导小组,由党组书记、主席为组长,其他党组成员为副组长,会属各部室和二级单位负责人为成员,确保各项整改工作部署到位、责任到位、落实到位。对市委第三巡察组反馈的问题和提出的整改意见要求,按照明确责任领导、明确整改时限的思路,建立清单,集中攻坚,整体联动,推动整改工作的落实落细。市科协党组切实担负起整改主体责任,党组书记切实履行整改第一责任人的责任,班子成员按照职责抓好分工范围内的整改落实工作。\n",
    "danyang_science_association_xuncha_feedback":
        "根据市委巡察工作领导小组的安排,2023年1月6日,市委第三巡察组向市科学技术协会党组反馈巡察情况。市委巡察工作领导小组成员、市委组织部常务副部长王国华传达了市委书记王成明同志在市委书记专题会议上关于巡察工作的讲话精神,并对巡察整改工作提出要求。市委第三巡察组组长徐志农分别向市科协党组书记、主席柴剑和市科协党组领导班子反馈了巡察情况。柴剑主持会议并作表态发言。\n根据市委统一部署,2022年10月8日至2022年11月18日,市委第三巡察组对市科协党组开展了巡察。巡察组认真学习贯彻上级关于巡视巡察部署要求,加强组织领导和统筹谋划,围绕“三个聚焦”开展政治监督,通过开展个别谈话、查阅资料、走访调研等方式,深入了解情况,顺利完成了巡察任务。\n徐志农指出,2019年以来,市科协党组在市委、市政府的正确领导下,围绕科协系统深化改革的总体要求,以全民科学素质提升为目标,以“四服务一加强”为内容,推进科技创新能力提升,为丹阳科协事业发展作出了一定的成绩。但在巡察中也发现了一些问题,主要是:执行市委决策部署不到位,团结联系科技工作者的桥梁纽带作用发挥不力,开展全民科学素质提高工作有短板,加强和指导学会建设工作有欠缺,落实意识形态工作责任制有偏差;履行主体责任走过场,廉政风险防控制度不健全,工作作风不够务实;党组领导核心作用发挥不力,中心组理论学习制度落实乏力,党建主体责任落实有欠缺,干部任用和管理不规范,落实巡察反馈问题整改不彻底。\n",
    "dongying_science_association_xuncha_bulletin":
        "中共东营市科学技术协会党组关于市委第二巡察组反馈意见集中整改进展情况的通报\n\n  根据市委统一部署,2024年3月25日至6月7日,市委第二巡察组对市科协党组开展了巡察,并于2024年8月23日反馈了巡察情况。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n",
    "county_science_association_xuncha_feedback_2024":
        "根据十三届县委第五轮巡察工作统一安排部署,2023年11月29日至12月25日,县委第四巡察组对县科协党组开展了常规巡察。2024年1月16日,县委第四巡察组巡察县科协党组情况反馈会议召开。县委第四巡察组组长反馈了巡察情况;县科协党组书记主持会议并作表态发言。\n会上第四巡察组指出,上轮巡察以来,县科协党组积极弘扬科学精神,普及科学知识,推广普及先进实用技术,开展青少年科技教育活动,在提高全民科学文化素质上取得一定成效。但巡察发现,还存在理论学习不深入、“三重一大”决策制度执行不够严格、财务管理不够规范、项目实施不够精准、民主集中制落实不够到位等问题。同时提出巡察意见建议。一是要把政治建设摆在首要位置,牢固树立“四个意识”,坚定“四个自信”,做到“两个维护”。要深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神,以及本系统工作重要讲话精神,不断提升全民科学文化素质,促进科技成果向现实生产力转化。二是要严守政治规矩,系统谋划全局工作,发挥党组领导作用,坚持民主集中制,充分调动班子成员积极性,把科协各项工作推向前进。三是要严格落实党组主体责任、党组书记“第一责任人”责任和领导班子成员“一岗双责”,严格执行“三会一课”制度,提高基层党建工作水平。四是要严格落实巡察整改主体责任,对发现的问题逐一剖析根源,逐条认领,逐项制定整改措施,明确整改时限和责任,建立整改责任清单,开展集中整改,并举一反三,建章立制,全面落实巡察反馈问题整改工作。\n",
    "longyan_science_association_xuncha_bulletin_chrome":
        "欢迎访问龙岩市科学技术协会网站! 2021年8月31日   在线投稿 设为主页 加入收藏\n首 页 科协简介 公告通知 重要新闻 科学普及 学会活动 科技人物 基层动态 政策法规 科普博览 科普惠农 文件下载\nj 龙岩市科学技术协会 >> 锟斤拷锟斤拷通知 关闭窗口\n中共龙岩市科学技术协会党组关于巡察整改进展情况的通报\n发布人:admin 发布时间:2020/6/22 浏览次数:13903\n\n    根据龙岩市委巡察工作的统一部署,2019年6月16日至7月21日,市委巡察二组对市科协党组开展了巡察,并于2019年12月6日反馈了巡察意见,按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。\n    一、强化组织领导推进整改落实\n    (一)统一思想,提高政治站位。12月6日下午,巡察反馈当日,随即召开党组成员碰头会议,就巡察整改统一思想、明确分工。12月11日上午、13日上午,结合巡察反馈问题,先后召开“不忘初心、牢记使命”主题教育暨巡察整改专题民主生活会、组织生活会,严肃开展批评与自我批评,把问题摆清,把原因讲透。12月11日下午,党组召开巡察整改动员会议,全面动员部署整改落实工作,明确以习近平新时代中国特色社会主义思想为指导,牢固树立“四个意识”, 坚定“四个自信”,做到“两个维护”,以严肃认真的态度,雷厉风行的作风,切实可行的举措,把落实巡察整改作为近期最重大的政治任务抓紧、抓好。\n",
    "district_trade_union_xuncha_progress_anonymised":
        "根据区委统一部署,2024年3月15日至6月12日,区委第一巡察组对区总工会党组进行了巡察。2024年8月13日,区委巡察组向区总工会党组反馈了巡察意见。根据党务公开原则和巡察工作有关要求,现将整改进展情况报告如下。\n一、巡视整改组织领导情况\n区总工会党组深入学习贯彻党的XX大、二十届三中全会精神,以习近平新时代中国特色社会主义思想为指导,认真贯彻落实习近平总书记关于巡视工作的重要讲话精神,增强政治自觉、思想自觉和行动自觉,加强组织领导,明确职责分工,坚决抓好落实。\n",
    "tongdao_trade_union_xuncha_bulletin":
        "首页 > 新闻中心 > 通知公告\n\n中共通道侗族自治县总工会党组关于巡察整改进展情况的通报\n\n发布时间:2025-06-06 16:17 信息来源:中国共产党通道侗族自治县总工会党组\n\n根据县委巡察工作统一部署,2024年7月5日至9月4日,县委第五巡察组对通道侗族自治县总工会党组进行了巡察。2024年10月23日,巡察组向通道侗族自治县总工会党组反馈了巡察意见。根据有关规定和要求,现将巡察整改进展情况通报如下:\n\n一、组织整改落实情况\n\n(一)党组织整改落实情况\n\n自县委巡察组反馈巡察意见以来,通道侗族自治县总工会党组提高政治站位,精心谋划工作,稳步推进实施,坚持把巡察整改工作当作当前最重要的一项政治任务来完成。\n\n一是统一思想认识。通过召开巡察整改工作专题会议,县总工会党组进一步增强“四个意识”,坚定“四个自信”、做到“两个维护”,进一步将思想统一到中央、省委、市委、县委和市总工会的决策部署上来。充分认识到巡察工作是“政治体检”,是全面从严治党、正风肃纪的重要举措,是规范工作、推动事业发展的有效手段,一定要把做好县委巡察反馈问题的整改当作当前压倒一切的大事来抓。\n\n二是强化组织领导。为加强巡察整改工作组织领导,县总工会党组成立以党组书记为组长、两位党组成员为副组长、相关部室负责人为成员的巡察整改工作领导小组。将整改责任一一落实到责任领导、责任部室、责任人,并严格整改要求和完成时限。\n",
    "jinan_trade_union_xuncha_bulletin":
        "中共济南市总工会党组 关于市委第五轮巡察集中整改进展情况的通报\n根据市委统一部署,2024年4月9日至6月28日,市委第七巡察组对市总工会党组开展巡察。8月20日,市委巡察组向市总工会党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以通报。\n一、党组及主要负责人组织整改落实情况\n市总工会党组坚持把习近平总书记关于巡视工作的系列重要讲话作为巡察整改的根本遵循,提高政治站位、落实政治责任,把巡察整改作为当前和今后一项重大政治任务抓紧抓实抓到位,坚定捍卫“两个确立”,坚决做到“两个维护”,制定下发了《中共济南市总工会党组关于市委第七巡察组反馈意见的整改落实工作方案》(济工发〔2024〕34号)和《市总工会巡察整改台账》,逐项逐条明确责任领导、责任处室、整改措施、完成时限,成立市总工会巡察整改领导小组,建立定期调度机制,对各项整改任务的进度和成效全程跟踪,扎实做好巡察“后半篇文章”。\n市总工会党组主要负责同志坚决扛牢巡察整改第一责任人责任,注重“头雁效应”,做到重大问题亲自研究、重要任务亲自安排、重要环节亲自督办。坚持务实作风,带头领办巡察发现重点问题,认真召开巡察整改工作调度会和巡察重点项目调度会,细化落实责任分工,推进巡察整改工作有序开展。班子成员按照“一岗双责”抓好分管领域的整改落实工作,确保巡察反馈问题事事有人抓、件件有着落,全体上下形成照单全收、立行立改、落实到位的良好氛围。市委分管领导认真听取巡察整改情况汇报,亲自审定整改方案,提出针对性指导意见,为整改落实提供了思路和方法。\n",
    "gansu_trade_union_xunshi_progress_trad":
        "根據(jù)省委統(tǒng)一部署,2020年7月20日至9月20日,省委第八巡視組對省總黨組開展了常規(guī)巡視,11月16日,省委巡視組向省總黨組反饋了巡視意見。按照巡視工作有關(guān)要求,現(xiàn)將巡視整改進展情況予以公布。\n一、提高政治站位,落實主體責任,不折不扣抓好巡視整改工作\n(一)強化思想認識,切實增強整改落實的思想自覺、政治自覺、行動自覺。巡視組反饋巡視意見當天,省總黨組就召開會議,傳達學習習近平總書記關(guān)于巡視工作重要論述、林鐸書記在省委書記專題會議聽取十三屆省委第六輪巡視情況綜合匯報時的講話精神,通報選人用人專項檢查反饋意見,專題研究部署巡視整改工作,要求班子成員和全體干部把巡視整改作為重大政治任務(wù),全力以赴抓好落實。之后,召開黨組會議25次、黨組理論學習中心組學習會議13次,組織研討交流9次,深入學習領(lǐng)會習近平總書記重要講話精神和中央、省委、全總相關(guān)會議、文件要求,切實把思想和行動統(tǒng)一到以習近平同志為核心的黨中央決策部署上來。召開巡視整改專題民主生活會,班子成員、二級巡視員圍繞巡視反饋的問題,認真對照檢查,深刻剖析問題產(chǎn)生的原因和思想根源,嚴肅認真開展批評和自我批評,進一步明確了努力方向、靠實了整改措施,為做好巡視整改工作奠定了堅實的思想認識基礎(chǔ)。\n",
    "luoyang_trade_union_xuncha_bulletin_25_problems":
        "洛阳市总工会\n\n中共洛阳市总工会党组 关于落实市委巡察组反馈意见整改情况的通报\n\n作者:本站编辑 来源:本站原创 发布时间:2024-06-25 15:54:14 点击数:494\n\n根据市委巡察工作统一部署,市委第五巡察组于2023年7月18日至8月31日对市总工会党组(以下简称“党组”)开展了常规巡察,并于11月3日向党组反馈了六个方面25个问题。针对反馈意见,党组高度重视,迅速安排部署,细化任务分工,压实整改责任,扎实推进整改。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n\n一、党组落实巡察整改工作主体责任情况\n\n党组把巡察整改作为一项重要政治任务,切实履行巡察整改工作主体责任,以最坚决的态度、最有效的措施、最有力的领导,从严从实做好巡察整改工作。\n\n(一)强化政治担当,切实增强巡察整改的思想自觉和行动自觉。接受市委巡察以来,党组把认真学习、增强政治意识、强化整改观念始终摆在突出位置,多次召开党组会,并通过动员会、推进会、中心组学习和谈心谈话、征求意见等多种形式,加强对市委有关巡察工作精神的学习领会,把思想统一到市委对巡察工作的决策部署以及具体工作要求上来,切实增强做好巡察整改工作的思想自觉和行动自觉。\n",
    "hulin_trade_union_xuncha_43_problems_43_measures":
        "根据市委统一部署,2024年7月10日至8月15日,市委第二巡察组对总工会党组进行了巡察。2024年9月14日,市委第二巡察组向总工会党组反馈了巡察意见。按照《中国共产党巡视工作条例》《中国共产党党内监督条例》《中国共产党党务公开条例(试行)》有关规定,现将巡察整改阶段进展情况予以公布。\n一、深入学习贯彻习近平新时代中国特色社会主义思想,切实提高政治站位、落实主体责任,不折不扣抓好巡察整改工作\n加强总工会党组领导,切实落实巡察整改主体责任,成立了巡察整改工作领导小组,党组书记牵头,全面统筹推进整改工作。明确各部门职责,将整改任务细化分解,确保每项任务都有各部门负责人负责,形成了层层抓落实的工作格局。深入研究巡察反馈意见,制定了详细的整改方案。方案涵盖了问题清单、整改措施、责任部门、整改时限等内容,针对巡察反馈意见中指出的5项43个问题,制定了43条整改措施,并将其分解到各个职能部门,确保整改工作有序开展。\n",
    "panjin_vocational_college_xuncha_feedback":
        "根据市委巡察工作领导小组的部署,2025年8月14日,市委第二巡察组向盘锦职业技术学院党委反馈巡察情况。市委巡察组组长马贺钢向学院党委传达了市委和市委巡察工作领导小组关于巡察整改的要求,向学院党委领导班子反馈了巡察意见。学院党委书记王首中主持会议并作表态发言。\n马贺钢在反馈时指出,盘锦职业技术学院党委自2018年4月市委巡察以来,能够坚持以习近平新时代中国特色社会主义思想为指导,坚持党的教育方针,在落实立德树人根本任务,深化教育教学改革,推进产教融合以及加强师资队伍建设等方面取得新的成效,整体办学实力,办学水平不断提升。巡察中,巡察组发现和干部群众反映了一些问题,主要是:学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神不够深入,落实党中央重大决策部署及省、市委工作要求有差距;贯彻党的教育方针、强化思想教育等核心职能履行有差距;深化教育改革、推动高质量发展有短板;落实全面从严治党战略部署有差距,正风肃纪不够有力;贯彻落实新时代党的组织路线不扎实,选人用人和基层党建工作存在薄弱环节;巡察反馈问题整改不彻底。\n马贺钢提出了四点意见建议。一是坚持以习近平新时代中国特色社会主义思想为指导,强化政治担当;二是坚持认真落实全面从严治党要求,强化主体责任;三是坚持深入贯彻新时代党的组织路线,强化组织保障;四是坚持统筹抓好巡察整改工作,强化整改责任意识。\n",
    "suzhou_vocational_university_xuncha_feedback":
        "根据市委巡察工作领导小组部署,11月8日,市委第二巡察组向苏州市职业大学党委反馈巡察情况。市委巡察组组长唐海峰分别向苏州市职业大学党委书记曹毓民、党委领导班子反馈了巡察情况,市纪委常委、市监委委员、市委巡察办主任王友良明确整改具体事项。副市长季晶出席向领导班子反馈会议并提要求,曹毓民主持会议并作表态发言。\n根据市委统一部署,2023年6月25日至8月18日,市委第二巡察组对苏州市职业大学党委进行了巡察。巡察组坚持以习近平新时代中国特色社会主义思想和党的二十大精神为指导,坚守政治巡察定位,围绕“国之大者”,紧扣“四个聚焦”,紧盯本轮被巡察党组织职能责任和“关键少数”,准确把握高职院校肩负培养专业人才和促进产业发展重任等特点,深入查找被巡察党组织在贯彻落实中央和省委市委决策部署、着力解决群众身边腐败问题和不正之风以及群众反映强烈的问题、切实加强基层党组织建设、巡察和审计等反馈问题整改等方面存在的突出问题,顺利完成了巡察任务。市委书记专题会议和市委巡察工作领导小组听取了巡察情况汇报。\n唐海峰指出,近年来,苏州市职业大学党委全面贯彻党的教育方针,认真履行管党治党和办学治校主体责任,紧紧围绕立德树人根本任务,推动学校各项中心工作的发展。巡察中,巡察组发现了一些问题,主要是:用新思想引领新发展新实践的成效不显著,党委谋大局作用发挥不充分;加强学校内涵建设,推进学校高质量发展存在不足;立足高职院校职能定位,服务地方经济社会发展存在短板;全面从严治党“两个责任”落实不够有力;干部队伍建设和意识形态领域存在薄弱环节;上一轮监督发现问题的整改不深入。\n",
    "technician_college_xuncha_feedback_hijacked_name":
        "根据年度巡察工作安排,2021年4月6日至5月14日,市人社局党组授权巡察组对365bet网上娱乐_365BETAPP官网_365体育平台网址劳动保障技师学院党委开展了常规巡察和接力巡察。6月9日,召开第十轮巡察情况反馈会,巡察组向被巡察党组织反馈意见。市人社局负责联系学院的局领导、巡察工作领导小组成员参加反馈会并讲话。\n巡察发现,365bet网上娱乐_365BETAPP官网_365体育平台网址劳动保障技师学院党委落实管党治党、办学治校主体责任,在专业建设、教学改革、扶贫攻坚等方面做出一定成绩,但在党的领导、党的建设和全面从严治党等方面还存在一些不容忽视的问题:一是贯彻习近平总书记关于职业教育的重要论述和重要指示批示精神不深入,党委领导核心作用发挥不充分。二是全面从严治党责任落得不实,真管真严的实效性不强。三是基层党建夯得不实,组织建设存在差距。\n会议强调,要提升政治站位,正视政治问题,强化政治认同,从政治的高度深刻领会巡察监督的重要意义;要加强组织领导,突出政治整改,落实政治责任,直面存在问题,坚持较真碰硬真改实改;要抓住主要矛盾,推进“四个融入”,提高整改质量,运用整改成果,推动学院建设高质量发展。\n技师学院党委表示,巡察组反馈的问题客观中肯、实事求是,切中要害、发人深省,一定虚心接受、认真对照、深入整改。要全面对标对表,形成整改清单,制定整改方案,确保问题整改到位。要以巡察整改为契机,坚定不移推动全面从严治党向纵深发展,不断提升党建质量和水平,推动学院建设高质量发展,以优异成绩向建党100周年献礼。\n",
    "pingshui_town_audit_result_announcement":
        "索引号: | 00258225-1/2025-74923 | 公开方式: | 主动公开 |\n发布机构: | 区审计局 | 发文日期: | 2025-04-08 |\n组配分类: | 通知公告 | 文件编码: |\n00258225-1/2025-74923\n审计\n区审计局\n2025-04-08\n主动公开\n发布时间:2025-04-08 09:25\n信息来源:\n信息来源:区审计局\n访问次数:\n( 2025年4月1日公告)\n根据《中华人民共和国审计法》等规定,2024年7月15日至2024年9月15日,中共绍兴市柯桥区委审计委员会办公室、绍兴市柯桥区审计局对绍兴市柯桥区平水镇人民政府(以下简称平水镇)2020年11月至2023年12月有关经济事项进行了审计。现将审计结果公告如下:\n一、基本情况及审计评价意见\n审计结果表明,平水镇能紧紧围绕“三镇三地”奋斗目标,贯彻落实各项重大决策部署,高质量推进经济社会发展。但审计也发现,平水镇在工程管理、内部控制等方面还存在薄弱环节。\n",
    "national_marine_ducha_full_coverage_2017":
        "头部背景图 头部背景图\n关爱版\n\n当前位置:首页业务频道海洋管理海洋执法\n\n海洋执法\n国家海洋专项督察实现全覆盖【转自原市海洋局网站】\n来源:中国海洋报 时间:2017-12-28 13:18\n无障碍语音播报\n0:00 / 0:00\n  近日,第二批5个国家海洋督察组结束天津、山东、上海、浙江、广东5个省(市)的海洋督察进驻工作。2017年,国家海洋局按照国务院批准的《海洋督察方案》完成了沿海11省(市、自治区)围填海专项督察全覆盖。\n  第二批督察组进驻期间,督察组认真学习宣传贯彻习近平新时代中国特色社会主义思想、党的十九大精神,紧盯中央高度关注、群众反映强烈、社会影响大的围填海问题及处理情况,重点督察党的十八大以来省(市)政府贯彻落实国家海洋资源开发利用、生态环境保护决策部署、解决突出资源环境问题、落实主体责任情况。\n  督察组共与43名省级领导,805名有关同志进行了个别谈话;调阅资料30811份;受理来电、来信举报533件,各督察组分批向省(市)政府进行了转办,地方政府已办结381件;对835个项目进行了外业核查。督察期间,督察组综合运用飞机、船舶、海域动态监视监测应急监测车和无人机等技术手段,以“海陆空”联动的方式对重点区域开展现场核查。\n  被督察省(市)各级政府认真落实督察组的要求,建立机制、主动公开、依法问责,在督察进驻期间及时解决了一批群众反映强烈的问题,人民群众对海洋督察普遍持积极肯定态度。\n  据悉,目前各督察组正在集中形成督察报告。对已经转办、待查处落实的群众投诉举报问题,督察组安排人员继续督办,密切关注,加强沟通,督促地方政府持续推进边督边改工作,确保人民群众投诉举报的问题能够公开到位、整改到位、查处到位、问责到位。\n",
}

DOCS = {
    # --- 妇联 (women's federations) -------------------------------------------------------------------------------
    "zhejiang_women_federation_xunshi_15_rules": doc(
        "http://www.zjsjw.gov.cn/gongzuodongtai/xunshixuncha/202506/t20250616_23514022_ext.html",
        ["A provincial 巡视 lead on a 纪委 site, no title line. Date line '2025-06-17 09:00' → report_date. '2024年3月18日至5月20日' "
         "→ start/end; '8月8日' (no year) → 2024-08-08. '建立完善制度15项' → rules_made 15; '7个方面问题' aspects, '15次' "
         "meetings, '教育提醒4人' people: no figures. Cut before '一、关于“学习贯彻习近平总书记…' (the first problem heading)."],
        report_date="2025-06-17",
        inspection=ins(start="2024-03-18", end="2024-05-20", feedback="2024-08-08"), headline=head(rules=15)),
    "lishui_women_federation_xuncha_bulletin_8_rules_trad": doc(
        "http://www.luntanhao.com/art/2025/6/3/art_1229429893_5525536.html",
        ["Traditional mirror copy. The title is split over two lines ('…關于五屆市委' / '第四輪…的通報'): title cleaned of the "
         "line split (schema) → kind bulletin, issuer from it; no page date. '2024年5月8日—5月24日' (a dash) → start/end; "
         "'2024年10月10日' feedback. '建立完善制度8項' → rules_made 8; '教育提醒3人' people. Cut before '一、關于“推動婦女兒童"
         "工作…”問題的整改情況' (the first problem heading)."],
        kind="bulletin", title="中共麗水市婦女聯合會黨組關于五屆市委第四輪巡察整改進展情況的通報",
        issuer="中共麗水市婦女聯合會黨組",
        inspection=ins(start="2024-05-08", end="2024-05-24", feedback="2024-10-10"), headline=head(rules=8)),
    "xiangtan_women_federation_xuncha_progress": doc(
        "http://lz.xiangtan.gov.cn/contents/bjxc/26602.html",
        ["No title line. '2023年10月11日至12月1日' → start/end; '2024年1月17日' feedback. No figure. Cut before '二、巡察反馈"
         "问题整改情况' (problem headings follow)."],
        inspection=ins(start="2023-10-11", end="2023-12-01", feedback="2024-01-17")),
    "quanzhou_women_federation_xuncha_bulletin_one_line": doc(
        "http://qzwomen.com/News/dwgk/DetailPage/?Id=8016",
        ["NEW: the store runs the whole page in one line: '党务公开' (a column name), the title, '发布时间2023年7月28日', source "
         "and read count and the lead run together with no break. The title '中共泉州市妇联党组关于巡察整改进展情况的通报' is "
         "read from inside that line → kind bulletin, issuer; '发布时间2023年7月28日' → report_date. '2022年11月21日至12月25日' "
         "→ start/end; '2023年3月3日' feedback. The line is cut after the lead sentence ('…予以公布。'); the rest (section 一 "
         "with '15次' meetings, then the problem list) is left out. No figure."],
        kind="bulletin", title="中共泉州市妇联党组关于巡察整改进展情况的通报", issuer="中共泉州市妇联党组",
        report_date="2023-07-28",
        inspection=ins(start="2022-11-21", end="2022-12-25", feedback="2023-03-03")),
    "xinwu_women_federation_xuncha_20_of_20": doc(
        "http://www.wnd.gov.cn/doc/2024/12/17/4457530.shtml",
        ["No title line (the url's 2024/12/17 is not read). '2023年12月8日至2024年1月26日' → start/end (across a year); "
         "'2024年3月28日' feedback; '2024年4月1日', '4月22日', '9月13日' meetings. '3个方面的7项问题,细化分解为20个具体问题' → "
         "problems_total 20 (the finest count); '已完成整改20个' → problems_done 20; '提出了20条整改举措' → measures_total 20 "
         "('20项整改任务' says the same); '100%' a rate. The cut '三是…' paragraph is left out."],
        inspection=ins(start="2023-12-08", end="2024-01-26", feedback="2024-03-28"), headline=head(pt=20, pd=20, mt=20)),
    "tongling_women_federation_xuncha_11_tasks": doc(
        "https://www.ahtcjw.gov.cn/article.php?MsgId=571413",
        ["No title line. '2018年9月19日至10月25日' → start/end; no feedback date. '反馈的6个方面11项整改任务' → problems_total 11 "
         "(the tasks are the feedback items, make_truths.py's '整改任务' rule) and '已经完成11项整改任务' → problems_done 11. The "
         "store's blank in '巡察组 反馈' kept. Cut before '(一)党的政治建设方面' (its problem items follow)."],
        inspection=ins(start="2018-09-19", end="2018-10-25"), headline=head(pt=11, pd=11)),
    "fugu_women_federation_xuncha_feedback_noyear": doc(
        "http://www.yulinwomen.org.cn/cms/detail/index/id/4443.html",
        ["A county feedback meeting: '11月4日' has no year and no dated period to take it from → feedback null. '一行4人' "
         "people. No figure. The whole stored item (four paragraphs) is kept."]),
    # --- 工商联 (federations of industry and commerce) --------------------------------------------------------------------
    "luanzhou_business_federation_xuncha_feedback_trad": doc(
        "http://www.jiudian163.cn/5bnixqsr",
        ["Traditional copy with glyph glosses and the store's '<p class=\"ql-block\">' tags, kept. A feedback meeting: "
         "'3月6日' has no year → null; '為期兩個月' a duration; '2021年巡察整改' a former round. No figure. The cut third "
         "paragraph is left out."]),
    "ziliujing_business_federation_xuncha_feedback_lost_chars": doc(
        "http://www.zgsgsl.com/article/show/id/3810.html",
        ["News headline line (title null). The date lost its 年/月/日 and the comma: '统一部署2023731,区委第一巡察组…反馈巡察意见' "
         "→ feedback 2023-07-31 (read as written, snippets10/11's ruijin/wuqing call); '2018接受巡察以来' a former round. "
         "No figure. The cut last paragraph is left out."],
        inspection=ins(feedback="2023-07-31")),
    "licheng_business_federation_xuncha_bulletin_27_measures": doc(
        "http://www.lccdi.gov.cn/content/2024-09/12/content_9072780.htm",
        ["Title line → kind bulletin, title, issuer ('鲤城区工商联', as the title names it); '发布时间:2024-09-12 09:52' → "
         "report_date. '2024年1月4日至2月2日' → start/end; '2024年3月20日' feedback. '针对巡察反馈问题制定27条措施' → "
         "measures_total 27; '召开党组会4次' meetings. The cut '四是…' paragraph is left out."],
        kind="bulletin", title="鲤城区工商联关于巡察整改进展情况的通报", issuer="鲤城区工商联", report_date="2024-09-12",
        inspection=ins(start="2024-01-04", end="2024-02-02", feedback="2024-03-20"), headline=head(mt=27)),
    "suining_business_federation_xuncha_feedback_noyear": doc(
        "https://wtcj008.com/html/articlexxdtjgdt201804041033.html",
        ["A mirror of a city feedback item: '1月4日至2月2日' and '3月29日' have no year and nothing dated to take it from → "
         "start/end/feedback null (the url's 201804 is not read). No figure. The whole stored item is kept."]),
    # --- 残联 (federation of the disabled) ------------------------------------------------------------------------------
    "qinfeng_disabled_federation_xuncha_lookback_mobilization": doc(
        "https://dali.qinfeng.gov.cn/info/1038/10628.htm",
        ["A 巡察“回头看” 动员会: '2020年9月21日' is the meeting, not an inspection date. The paragraph with '巡察期间(9月17日"
         "-10月20日)' and '20个工作日' is cut by the store and left out, so no period. No figure."]),
    # --- 科协 (science and technology associations) ----------------------------------------------------------------------
    "district_science_association_xuncha_progress_2025": doc(
        "https://gl.gov.cn/xjwz/zwgkml/gstg/gstg_kx/202507/t20250718_5049569.htm",
        ["No title line. '2024年2月20日至3月26日' → start/end; '2025年1月21日' feedback (ten months later, as written). No "
         "figure. Cut before '二、巡察反馈问题的整改情况' (problem headings follow)."],
        inspection=ins(start="2024-02-20", end="2024-03-26", feedback="2025-01-21")),
    "qingshen_science_association_xuncha_10_of_10": doc(
        "https://www.scqs.gov.cn/info/11106/223137.htm",
        ["No title line. '2024年10月21日至11月10日' → start/end; '2025年2月13日' feedback; '2月28日' a 民主生活会. '巡察反馈的"
         "四方面10个问题,已整改落实10个' → problems_total 10, problems_done 10; '制定措施44个' → measures_total 44; '建章立制5个' "
         "→ rules_made 5; '7人次' people. The cut paragraph '2025年3月11日…5月16日,根据《关于' (it repeats '44项整改措施') is "
         "left out."],
        inspection=ins(start="2024-10-21", end="2024-11-10", feedback="2025-02-13"),
        headline=head(pt=10, pd=10, mt=44, rules=5)),
    "yiyang_science_association_xuncha_progress": doc(
        "http://yyjw.yiyang.gov.cn/yyjw/33683/33690/34490/content_2002734.html",
        ["No title line. '2023年7月25日至9月25日' → start/end; '2023年12月26日' feedback. '党组会议4次、民主生活会1次和主席"
         "办公会2次' meetings. No figure. The cut item (二) is left out."],
        inspection=ins(start="2023-07-25", end="2023-09-25", feedback="2023-12-26")),
    "danyang_science_association_xuncha_feedback": doc(
        "http://www.jsdyjw.gov.cn/show.asp?id=2826",
        ["A feedback meeting (the store's leading blank lines dropped): '2023年1月6日' feedback; '2022年10月8日至2022年11月18日' "
         "→ start/end; '2019年以来' no date. No figure. The cut '针对存在问题…' paragraph is left out."],
        inspection=ins(start="2022-10-08", end="2022-11-18", feedback="2023-01-06")),
    "dongying_science_association_xuncha_bulletin": doc(
        "http://www.jiwei.gov.cn/news_content.thtml?contentId=44211",
        ["Title line → kind bulletin, title, issuer; no page date. Indent kept as two spaces. '2024年3月25日至6月7日' → "
         "start/end; '2024年8月23日' feedback. No figure. The page goes straight into its problem list: cut before '一、关于"
         "贯彻落实党中央决策部署…方面' (the first category, its problems follow)."],
        kind="bulletin", title="中共东营市科学技术协会党组关于市委第二巡察组反馈意见集中整改进展情况的通报",
        issuer="中共东营市科学技术协会党组",
        inspection=ins(start="2024-03-25", end="2024-06-07", feedback="2024-08-23")),
    "county_science_association_xuncha_feedback_2024": doc(
        "http://zgwc.gov.cn/news_show.aspx?id=205173",
        ["A feedback meeting: '2023年11月29日至12月25日' → start/end; '2024年1月16日…反馈会议召开' → feedback. '一是…四是' are "
         "the inspectors' suggestions, not measures. No figure. The cut last paragraph is left out."],
        inspection=ins(start="2023-11-29", end="2023-12-25", feedback="2024-01-16")),
    "longyan_science_association_xuncha_bulletin_chrome": doc(
        "http://lyskx.net/ShowArticle.asp?ID=10647&InfoType=����֪ͨ",
        ["Site chrome kept (a masthead with the crawl-day date '2021年8月31日', menus, a breadcrumb with mojibake "
         "'锟斤拷锟斤拷通知'): the masthead date is not the page date. Title → kind bulletin, title, issuer; '发布时间:2020/6/22' "
         "(slashes) → report_date. '2019年6月16日至7月21日' → start/end; '2019年12月6日' feedback; '12月11日', '13日', '12月24日' "
         "meetings. Indents kept as four spaces. The (二) paragraph holding '反馈的27个问题明确整改措施71条' is cut by the store "
         "and left out (snippets24's zhangfan call): no figure."],
        kind="bulletin", title="中共龙岩市科学技术协会党组关于巡察整改进展情况的通报", issuer="中共龙岩市科学技术协会党组",
        report_date="2020-06-22",
        inspection=ins(start="2019-06-16", end="2019-07-21", feedback="2019-12-06")),
    # --- 总工会 (trade unions) -------------------------------------------------------------------------------------------
    "district_trade_union_xuncha_progress_anonymised": doc(
        "https://gongwenku1.com/index.php?id=47900",
        ["A model-text site's copy of a 区总工会 progress report (anonymised: '党的XX大'); no title line; its section heading "
         "says '巡视整改' though the inspection is a 巡察. '2024年3月15日至6月12日' → start/end; '2024年8月13日' feedback. No "
         "figure. Cut before '二、整改进展及成效' (problem headings follow)."],
        inspection=ins(start="2024-03-15", end="2024-06-12", feedback="2024-08-13")),
    "tongdao_trade_union_xuncha_bulletin": doc(
        "https://www.tongdao.gov.cn/tongdao/c101153/202506/c2ef7f95daf84dee8cec664156f37fdd.shtml",
        ["Breadcrumb kept; title → kind bulletin, title, issuer; '发布时间:2025-06-06 16:17' → report_date. '2024年7月5日至"
         "9月4日' → start/end; '2024年10月23日' feedback. No figure. The cut '三是…' paragraph is left out."],
        kind="bulletin", title="中共通道侗族自治县总工会党组关于巡察整改进展情况的通报",
        issuer="中共通道侗族自治县总工会党组", report_date="2025-06-06",
        inspection=ins(start="2024-07-05", end="2024-09-04", feedback="2024-10-23")),
    "jinan_trade_union_xuncha_bulletin": doc(
        "https://jngh.org.cn/content/dWJuVU9zb2hEczQ1TTVsTk8zV0ZR",
        ["Title line with the store's blank between issuer and '关于' (kept, as snippets24's sanmenxia) → kind bulletin, "
         "title, issuer; no page date. '2024年4月9日至6月28日' → start/end; '8月20日' (no year) → 2024-08-20. '济工发〔2024〕"
         "34号' a document number. No figure. Cut before '二、市委巡察组反馈意见整改进展情况' (problem headings follow)."],
        kind="bulletin", title="中共济南市总工会党组 关于市委第五轮巡察集中整改进展情况的通报", issuer="中共济南市总工会党组",
        inspection=ins(start="2024-04-09", end="2024-06-28", feedback="2024-08-20")),
    "gansu_trade_union_xunshi_progress_trad": doc(
        "http://byxmsc.com/gslz/system/2021/04/16/012573857.shtml",
        ["Traditional mirror copy with glyph glosses; no title line. A provincial 巡视 of the 省总工会: '2020年7月20日至9月20日' → "
         "start/end; '11月16日' (no year) → 2020-11-16. '25次', '13次', '9次' meetings. No figure. The cut item (二) is left "
         "out (the url's 2021/04/16 is not read)."],
        inspection=ins(start="2020-07-20", end="2020-09-20", feedback="2020-11-16")),
    "luoyang_trade_union_xuncha_bulletin_25_problems": doc(
        "https://www.lygh.org/wlhzgfwb/13561.jhtml",
        ["Masthead line and title with a blank before '关于' kept → kind bulletin, title, issuer; '发布时间:2024-06-25 15:54:14' → "
         "report_date. '2023年7月18日至8月31日' → start/end; '11月3日' (no year) → 2023-11-03. '反馈了六个方面25个问题' → "
         "problems_total 25. The cut item (二) is left out."],
        kind="bulletin", title="中共洛阳市总工会党组 关于落实市委巡察组反馈意见整改情况的通报", issuer="中共洛阳市总工会党组",
        report_date="2024-06-25",
        inspection=ins(start="2023-07-18", end="2023-08-31", feedback="2023-11-03"), headline=head(pt=25)),
    "hulin_trade_union_xuncha_43_problems_43_measures": doc(
        "http://www.hulinjj.gov.cn/HtmlFiles/20250114101556.htm",
        ["No title line. '2024年7月10日至8月15日' → start/end; '2024年9月14日' feedback. '5项43个问题,制定了43条整改措施' → "
         "problems_total 43, measures_total 43. Section 2 ('2、坚持问题导向…', numbered unlike section 一) is cut by the store "
         "mid-paragraph: cut before its heading."],
        inspection=ins(start="2024-07-10", end="2024-08-15", feedback="2024-09-14"), headline=head(pt=43, mt=43)),
    # --- colleges -------------------------------------------------------------------------------------------------------
    "panjin_vocational_college_xuncha_feedback": doc(
        "https://news.pjzy.net.cn/info/1002/3089.htm",
        ["A college's feedback meeting: '2025年8月14日' feedback; '2018年4月市委巡察' a former round (a month only). No period "
         "stated. '四点意见建议' suggestions. No figure. The cut '王首中表示…' paragraph is left out."],
        inspection=ins(feedback="2025-08-14")),
    "suzhou_vocational_university_xuncha_feedback": doc(
        "https://www.jssvc.edu.cn/xww/xxyw/202311/t20231117_265695.shtml",
        ["A university's feedback meeting: '11月8日' (no year) comes before the dated period '2023年6月25日至8月18日' in the text; "
         "it takes the period's year → feedback 2023-11-08 (the url's 202311 agrees but is not read). No figure. The cut "
         "'唐海峰提出四点意见建议…' paragraph is left out."],
        inspection=ins(start="2023-06-25", end="2023-08-18", feedback="2023-11-08")),
    "technician_college_xuncha_feedback_hijacked_name": doc(
        "https://bjmssf.com/hrss/ztzl/ztzl1/xcgzzq/202106/t20210610_5475234",
        ["A mirror whose city name is replaced by gambling-site spam ('365bet网上娱乐_…'), kept. A 局党组 巡察 of a technician "
         "college: '2021年4月6日至5月14日' → start/end; '6月9日' (no year) → 2021-06-09 (the 反馈会). '一是…三是' are the "
         "problems found in prose, not headings or figures. No figure. The whole stored item is kept."],
        inspection=ins(start="2021-04-06", end="2021-05-14", feedback="2021-06-09")),
    # --- 审计 / 督察 ----------------------------------------------------------------------------------------------------
    "pingshui_town_audit_result_announcement": doc(
        "http://www.kq.gov.cn/art/2025/4/8/art_1229405316_4218082.html",
        ["A town's 审计结果公告 under an index block (kept). No title line (the block's '审计' is a category) → kind null. NEW: "
         "the announcement's own dateline '( 2025年4月1日公告)' → report_date 2025-04-01, taken over the index block's "
         "'发文日期 2025-04-08' / '发布时间:2025-04-08 09:25' (the document's date, as a signature would be). The audit "
         "'2024年7月15日至2024年9月15日' → start/end (blind22's audit call); '2020年11月至2023年12月' is the audited span, not "
         "the inspection. No figure. Cut before '二、审计发现的主要问题' (its six problem headings follow)."],
        report_date="2025-04-01", inspection=ins(start="2024-07-15", end="2024-09-15")),
    "national_marine_ducha_full_coverage_2017": doc(
        "https://ghhzrzy.tj.gov.cn/ywpd/hygl_43039/hyzf/202012/t20201206_4544139.html",
        ["A 国家海洋督察 round-up (news headline, title null) under site chrome (kept). '时间:2017-12-28 13:18' → report_date. "
         "No inspection dates ('近日', '2017年'). '受理…举报533件…已办结381件' are petitions (snippets' mangshi/pouringspot call): "
         "no figures; '43名', '805名' people, '30811份' files, '835个项目' projects. Indents kept as two spaces; the link "
         "chrome under the text is left out."],
        report_date="2017-12-28"),
}


def main() -> None:
    write_snippet_set(HERE, TEXTS, DOCS, WHOLE, RECOUNT, EXTRA_FORMS)


if __name__ == "__main__":
    main()
