"""Write the texts and truth files of tests/importer/real/snippets26: the FINAL HELD-OUT set of session 18 - real lead
paragraphs about rectification after 巡察/巡视/督察/检查 (pages whose kept text lists no problem) - labelled on 2026-12-06
by helper label42, who did not change the parser and did not read zhenggai/importer/, tests/importer/*.py or
tests/importer_app/. NOT scored by the labeller: by the brief, no FIRST_RUN file was made and the parser was never run on
these texts; the lead scores the set once, at the end of session 18, on the final parser.

How found: 29 queries of the search tool's ``pages`` corpus (every one listed below). I checked 95 result urls (tag and
file-name pages of zhetiaohe.com / abg.baidu.com / fengdujob.net / jianbiaoku.com, results without a url and plainly
unrelated hits - 侨联 visits, 供销社 essays, 档案 training notes, audit work reports of provinces, novels - left aside; a url
that came back in a later query was not checked again): 62 were already known (host+path+query compared; scheme, 'www.',
':80', '#…', a trailing '/' and case ignored, percent-decoded) against every url in the .json, .py, .txt, .md and .html
files under this worktree's and /work/main's tests/importer, /work/shared/corpus, every /work/wt/label*/tests/importer/real
tree (label41 at work now included) and /work/wt/writer14 (1129 known url keys at the start; rechecked just before the
commit). A distinctive phrase of each kept page (the body's name) was also grepped in those trees: no copy found (R4).
Of the 33 new urls, 26 are labelled; the 7 left out: yjlz.gov.cn (a 文联 feedback '近期' with no date and no count),
alex-chef.com (five colleges' feedback with no year anywhere in the text), 525762.tw (a traditional 巡察组 story with no
date and no rectification fact), outputnews.com (a headline only), m.yybnet.net (a 扫黑除恶 特派督导 回头看 launch with
'近日' and no year), gyfl.gov.cn (a 派驻纪检监察组's supervision of one project: not an inspection round, only a page date)
and sxnhcl.com (a traditional, heavily glossed 双高 专项巡察 feedback with no year: a null lead of that kind is kept
already - longling - so this second one was left aside). 26 pages in all; the brief's aim was 25-30.

Queries (``pages`` corpus; 29): 红十字会党组 巡察整改进展情况 通报 巡察组 反馈 问题 已整改; 文联党组 巡察整改情况 公布
反馈意见 问题 建立完善制度; 侨联 巡察整改进展情况 通报 反馈 问题 整改完成; 供销合作社 巡察整改 进展情况 公布 反馈问题 个
已完成整改 个; 团市委 巡察整改进展情况 通报 反馈意见 问题 整改措施 条; 统计督察 反馈意见 整改情况 公开 问题 已完成整改
市政府; 社科联党组 巡察整改进展情况 公布 巡察组 反馈 问题 已完成整改; 档案馆 巡察整改情况 通报 巡察组 进驻 反馈 问题 个
已整改; 街道党工委 巡察整改进展情况 公布 反馈 问题 已整改 建立健全制度 项; 医疗保障局党组 巡察整改 进展情况 通报 反馈问题
已完成 制度; 检察院党组 巡察整改情况 通报 巡察组 反馈 问题 整改措施 条 已完成; 机关事务管理局 巡察整改进展情况 公布 反馈
问题 整改完成率; 镇党委 巡察整改进展情况 公开 巡察组 进驻 反馈问题 个 已整改 个 整改率; 中央生态环境保护督察 回头看 反馈意见
整改方案 整改任务 项 已完成 县 公示; 学院党委 巡察 反馈会 召开 巡察组 进驻 指出问题 整改 2024年; 公司党委 巡察整改情况 通报
集团党委巡察组 反馈 问题 条 完成整改 条 建立制度; 国家自然资源督察 土地 督察意见 整改 问题 宗 已整改 市政府; 卫生院 巡察整改
情况 反馈 问题 已整改到位 制定制度; 退役军人事务局党组 巡察整改进展情况 公布 反馈问题 整改措施; 党校 巡察整改进展情况 通报
巡察组 反馈 问题 建立健全制度; 广播电视台 融媒体中心 巡察整改进展情况 公布 反馈 问题 已完成整改; 扫黑除恶专项斗争 督导组
反馈问题 整改 已完成 项 督导 进驻; 信访局党组 巡察整改 进展 公布 巡察组 反馈 问题 制度; 经济开发区党工委 巡察整改进展情况
通报 反馈问题 个 已整改; 县审计局 经济责任审计 发现问题 整改情况 公告 问题 个 已整改 个 制定完善制度; 省委巡视组 巡视 县委
反馈会 召开 进驻 至 反馈 问题 整改 2023年; 水务集团 党委 巡察整改情况 公布 巡察组 反馈 问题 已完成整改 制度; 中医院党委
巡察整改进展情况 公布 巡察组 反馈 问题 个 已整改 建立制度; 职业技术学院 省委巡视 整改进展情况 通报 反馈问题 整改措施 项 已完成.
As snippets25 found, the usual families (universities, SOE groups, 环保督察, hospitals, towns, audit reports) are nearly
exhausted: most of their hits were known. What is new here: 红十字会 (2), 文联 (5, one central), 社科联 (3, one provincial
巡视), 融媒体中心 (3), 开发区 (4), 退役军人事务局 (2), a 统计督察, a procuratorate, an archives 执法检查, a university
department, a city 水务局 巡视, a provincial water SOE, a district committee's 涉水生态 机动巡察 and a TCM hospital.

Kinds (issue 10's seven): all 26 are kind 5 (no problem list in the kept text: zero problems); headline wordings of kind
6 (problems vs measures vs done: licheng 11/14, jianhu 33/30, huaian done-only 18, yueyang 14, zengcheng 146) and the
dates and parties in prose of kind 7 (every page), with lost characters (jianhu), traditional copies (dawa with glosses,
qidong without), a year lent by a round name (kaiyuan) and by the next year (yangzhou). Inspection kinds: 巡察 (18; two
回头看 rounds - jiedong, haimen; a 提级巡察; a 机动巡察; a university's), 巡视 (4: central, provincial, city; one
动员会), 统计督察 (1), 督查 visit (1), 档案 执法检查 (1), plus one 巡察 动员会 of a SOE. Bodies: county, city, district and
provincial 群团 bodies, a central 群团 body, media centres, development zones, bureaus, a procuratorate, a university
department, a hospital, an SOE, a district party committee.

Each text is the title line (when the stored copy has one) and the lead paragraph(s) of one page, pasted from the tool's
decoded output as JSON strings (TEXTS below; main() writes them): traditional copies keep their glyph glosses like
'據(jù)', lost 年/月/日 are kept as stored, chrome above the text (breadcrumbs, date lines, a '核心提示' abstract) is kept,
chrome under it left out. A page cut mid-paragraph is cut back to the last whole paragraph (R26: a figure in the cut
paragraph is not read - sinology's 62/221, nanchong's 28, jiangbei's 97 are lost that way); where the next part opens the
problem list, the text is cut before it so that the snippet holds no problem heading (R18). Every truth is excerpt true
except zhijiang (WHOLE: it reaches its '来源:' footer). Every labelled value is re-found in the file by check(), and every
headline figure is re-found through the phrase it was read from (RECOUNT) - the two counts of R100: 5 pages with figures,
7 figures (licheng 11 and 14, zengcheng 146, yueyang 14, jianhu 33 and 30, huaian 18); problems 0 in every truth, measure
counts none.

Schema and conventions as in CONVENTIONS.md and make_truths_snippets9.py … make_truths_snippets25.py: ``genre``
"snippet"; ``kind`` only when a title line names a rectification 通报/报告 (→ bulletin); ``title``/``issuer`` only when
the title line names a rectification or inspection document (news headlines null; the document's own heading inside a
news page is the title, R35); ``report_date`` from a signature, else the page's date line inside the snippet;
``inspector``/``inspected`` null (R49). Meetings (反馈会 excepted: it is the feedback), 动员会 (except as a start),
民主生活会 are no inspection dates; meetings, people, bodies, aspects (方面), suggestions and notices are no figures.

Judgement calls (each also said in the truth's anomalies):
- NEW: kaiyuan '8月21日…开展2023年退役军人事务工作综合督查检查' - a day with no year of its own takes it from the check's
  own name ('2023年…督查检查'), as R58 lets a group's name ('2024年第4統計督察組') date a day → start 2023-08-21; the text
  does not say the visit lasted one day, so end null (not start = end).
- jianhu: lost characters read by R61 - '2023814日' → start 2023-08-14 (日 survives), '1031' → end null (月 and 日 lost),
  '1227' (both lost) is not read but '20231227日…反馈了巡察意见' below it gives the feedback 2023-12-27; the line
  '建湖日报数字报 2024-07-12' is the page's only date line → report_date (no signature, no other 发布时间).
- whu: feedback '11月7日、12日' and a 大会 on '11月12日' by one group → its first day 2019-11-07 (R55).
- yangzhou: feedback '1月13日' after a period ending in November 2021 → 2022-01-13 (R59).
- yueyang: '…等14个主要问题' read as a count of 14 (the 等 closes a list; not an approximation).
- zengcheng: an archives 执法检查's '现场反馈问题146项' → problems_total 146 (problems a check found, R66/C3 majority).
- huaian: '共计18个问题已整改完成' under the status heading '一、已整改完成的问题' → problems_done 18 with no total (R72).
- licheng: '3个方面6项共11个问题' → 11 (the finest count, R64); '整改措施14条' → measures 14.
- sinology: a repost; the '核心提示' abstract (cut by the page itself) is kept as chrome above the text; the document's
  own heading is the title (not the news headline nor the page title); '发布日期' → report_date (R43).
- haimen: a 巡察“回头看” is a re-inspection round with its own stationing → its dates are read (as snippets10's bank);
  R53's 回头看 is a recheck of rectification, not this.
- dawa: the period's year lends itself to '8月7日' (2025-08-07); the url's 2025_12 is never read.
- longling: no year anywhere → every field null (a null lead, kept on purpose).
"""
from pathlib import Path

from make_truths import head, ins, prob, write_snippet_set  # noqa: F401  (prob kept for the set's shape; no problem lists here)
from make_truths_snippets10 import doc

HERE = Path(__file__).resolve().parent.parent / "snippets26"

WHOLE: set[str] = {"zhijiang_federation_literary_xuncha_feedback_whole"}

# Date forms that are not 'Y年M月D日' / 'M月D日' / ISO in the text (lost characters).
EXTRA_FORMS: dict[str, list[str]] = {
    "2023-08-14": ["2023814日"],
    "2023-12-27": ["20231227日"],
}

# Independent recount: the phrase each non-null headline figure was read from, re-found verbatim.
RECOUNT = {
    "licheng_social_science_federation_xuncha_11_problems_14_measures": ["3个方面6项共11个问题", "整改措施14条"],
    "zengcheng_archives_enforcement_check_146": ["现场反馈问题146项"],
    "yueyang_veterans_affairs_xuncha_feedback_14": ["等14个主要问题"],
    "jianhu_media_center_xuncha_bulletin_33_30_lost_chars": ["巡察反馈的33个具体问题,已完成整改30个"],
    "huaian_tcm_hospital_xuncha_18_done": ["共计18个问题已整改完成"],
}

TEXTS = {
    "jiedong_red_cross_xuncha_lookback_progress":
        "根据区委统一部署,2021年6月28日至7月19日,区委第四巡察组对区红十字会党组开展了“回头看”专项巡察。2021年8月24日,区委第四巡察组向区红十字会党组反馈了巡察工作情况。按照党务公开原则和巡察工作有关要求,现将巡察整改阶段性进展情况予以公布。\n一、基本情况\n巡察组反馈会结束后,区红十字会党组8月26日,召开整改工作会议,传达学习巡察组反馈意见,并对落实巡察整改工作进行部署;8月27日,召开专题民主生活会,班子成员就巡察发现问题进行自我剖析,开展批评与自我批评;通过讨论分析,深刻领会区委巡察组反馈的问题,严格对照巡察反馈指出的问题及意见建议,建立整改工作台账,细化整改措施,落实好时间表、路线图,明确责任主体、责任人,坚决做到即知即改、立行立改、全面整改、细致整改。通过巡察整改落实工作契机,进一步加强党的领导、党的建设、全面从严治党和党风廉政建设,推动区红十字会党组全面从严治党不断走向严紧硬,努力把党组织锻造得更加坚强有力,为区红十字会党组工作提供坚强的政治保证和组织保证。\n",
    "longling_red_cross_xuncha_mobilization_noyear":
        "根据县委统一部署,6月6日,县委第三巡察组巡察县红十字会党组工作动员会召开。会议通报了干扰对抗巡视巡察的典型问题,县委第三巡察组组长作了动员讲话,县红十字会党组书记主持会议并作表态发言。\n县委第三巡察组有关同志,县红十字会党组领导班子成员出席会议;县红十字会干部职工,县纪委监委第八纪检监察室、派驻县卫生健康局纪检监察组负责人,县委组织部干部监督股负责人列席会议。\n县委第三巡察组组长强调,巡察是党章赋予的重要职责,是上级党组织对下级党组织履行党的领导职能责任的政治监督,是党内监督的战略性制度安排。县红十字会党组要自觉把思想和行动统一到党中央决策部署和省委、市委、县委工作要求上来,认真学习、深刻领会、全面贯彻落实党的二十大精神,进一步提高政治站位和政治觉悟,按照“四个摆进去”要求主动配合巡察组开展巡察工作,自觉接受巡察监督。\n县委第三巡察组组长指出,做好本轮巡察工作是县委第三巡察组和县红十字会党组共同的政治责任。县红十字会党组要本着对党的事业高度负责的态度,积极支持配合巡察组开展工作,强化自觉接受监督的意识,激发共同发现问题、解决问题的内生动力,与巡察组同题共答、同频共振、同向发力。\n县红十字会党组主要负责人表示,县红十字会党组将旗帜鲜明地接受巡察监督,做到不隐瞒、不拒绝、不设阻,真心实意地把此次巡察当做一次转变思想作风、加强党性锻炼、提高自我修养的良好机遇。对巡察组指出的问题,做到立行立改,认真整改;提出的建议,认真研究,及时落实;交办的事项,保证质量,按时办好。\n",
    "china_federation_literary_xunshi_bulletin_repost":
        "基元网总制作\n\n当前位置: 首页 » 世事万象 » 国内时事 » 正文\n\n新国学网:中国文联党组通报十九届中央第四轮巡视_文艺工作者-文联-党组-\n\n放大字体  缩小字体 发布日期:2020-11-06  来源:中央纪委国家监委网站  作者:房家梁  \n核心提示:中共中国文联党组关于十九届中央第四轮巡视整改进展情况的通报根据党中央统一部署,2019年9月8日至11月25日,中央第六巡视组对中国文联党组开展了常规巡视。2020年1月6日,中央第六巡视组向中国文联党组反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。一、巡视整改的总体情况和主要做法中国文联党组高度重视巡视整改工作,坚决把巡视整改作为重大政治任务和政治责任扛在肩上、抓在手上,推动巡视整改工作取得扎实成效。巡视期间,文\n\n\n\n中国文联党组通报十九届中央第四轮巡视整改进展情况\n\n中共中国文联党组关于十九届中央第四轮巡视整改进展情况的通报\n\n根据党中央统一部署,2019年9月8日至11月25日,中央第六巡视组对中国文联党组开展了常规巡视。2020年1月6日,中央第六巡视组向中国文联党组反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。\n\n一、巡视整改的总体情况和主要做法\n\n中国文联党组高度重视巡视整改工作,坚决把巡视整改作为重大政治任务和政治责任扛在肩上、抓在手上,推动巡视整改工作取得扎实成效。\n",
    "nanchong_federation_literary_xuncha_bulletin":
        "中共南充市文学艺术界联合会党组\n关于市委第五巡察组巡察反馈问题集中整改进展情况的通报\n2023年2月1日至2023年2月28日,市委第五巡察组对南充市文学艺术界联合会党组开展了常规巡察。2023年4月26日,市委第五巡察组向市文联党组反馈了巡察意见。针对反馈意见,市文学艺术界联合会党组高度重视,切实履行主体责任,狠抓整改工作落实。现将整改落实情况公开如下:\n一、坚定政治站位,强化责任担当,统筹推进巡察整改\n(一)坚定政治站位,明确整改责任。市文联党组认真贯彻落实市委第五巡察组巡察反馈意见精神,第一时间召开党组(扩大)会,专题研究和安排部署巡察整改工作。成立以党组书记、常务副主席为组长,班子成员为副组长,各科室有关同志为成员的巡察反馈问题整改工作领导小组,把巡察整改作为一项重大政治任务,以严肃认真的鲜明态度和一抓到底的坚定决心,高标准、严要求抓实巡察整改。党组书记、常务副主席以上率下,认真履行巡察整改第一责任人责任,亲自安排部署、亲自审定方案、亲自统筹调度、亲自督办落实;其他班子成员切实履行“一岗双责”,主动认领、深入研究、牵头推进,推动问题整改;各科室按照安排部署,细化责任分工,落实整改任务,形成了上下联动、合力整改的工作格局。\n",
    "zhijiang_federation_literary_xuncha_feedback_whole":
        "当前位置: 三峡枝江网 > 专题聚焦 > 清廉枝江建设 正在进行时\n七届市委第四巡察组在市文联召开巡察情况反馈会\n\n发布时间:2023-09-18\n\n9月18日上午,市委第四巡察组在市文联召开巡察情况反馈会。市委常委、宣传部部长高菁,市政府副市长白琳丹,市政协副主席周金锋,市委巡察工作领导小组成员贺昌洲出席会议。市委第四巡察组全体成员、派出纪检监察组负责人、市文联全体干部职工、11家协会代表参加会议。\n\n会上,市委第四巡察组组长杨相春通报了巡察反馈意见。他指出,市委第四巡察组通过巡察发现,市文联还存在“强化文艺工作者思想引领不到位”“履行文联职责有欠缺”“意识形态工作责任制落实不力”等九个方面的问题。\n\n针对巡察反馈意见,市文联主要负责人王红琴表示,市文联对巡察反馈问题虚心接受,照单全收,将全面落实整改,坚决推动巡察整改见底见效;将认真剖析问题产生的深层原因,找准病根,对症下药,建立健全长效机制,坚持标本兼治,切实从根源上改进,从制度上完善,从行动中落实;将强化成果运用,全力推动文学艺术工作。要将巡察整改与本职业务工作结合起来,通过建章立制,进一步理清工作思路,明确工作目标,完善工作措施,促进主体责任落实,推动文化文艺工作取得新进步。\n\n市委常委、宣传部部长高菁在讲话中要求,对巡察反馈意见,市文联及各协会组织要诚恳接受、深刻反省,切实从讲政治、担责任的高度来充分重视、全盘认领,抓牢整改工作;整改问题要坚定坚决、落细落实,确保件件有着落,事事有回应;工作上要担当尽责、赋能提质。要结合巡察整改,一手抓整改落实,一手抓工作推进,切实以政治建设、党的建设和文学艺术工作成果检验整改成效。\n\n来源:枝江市委巡察办",
    "dawa_federation_literary_xuncha_trad":
        "\n根據(jù)區(qū)委統(tǒng)一部署,2025年3月24日至6月13日,第一巡察組進行了巡察。8月7日,巡察組向區(qū)文聯(lián)黨組織反饋了巡察意見。按照黨務(wù)公開原則和巡察工作有關(guān)要求,現(xiàn)將巡察整改情況予以公布。\n",
    "yangzhou_statistics_ducha_feedback_next_year":
        "为深入贯彻落实党中央、国务院和省委、省政府关于统计督察工作重大决策部署,2021年11月17日至26日,经省委、省政府授权,江苏省统计局2021年第8统计督察组对扬州市防范和惩治统计造假、弄虚作假情况开展了统计督察。1月13日,省统计局2021年第8统计督察组组长,江苏省统计局一级巡视员彭小年向扬州市反馈了督察意见,扬州市委常委、常务副市长陈锴竑主持会议。\n为深入贯彻落实党中央、国务院和省委、省政府关于统计督察工作重大决策部署,2021年11月17日至11月26日,根据省委、省政府授权,江苏省统计局2021年第8统计督察组对扬州市防范和惩治统计造假、弄虚作假情况开展了统计督察。\n督察认为,党的十八大以来,扬州市委、市政府认真学习贯彻习近平总书记关于统计工作重要讲话指示批示精神,全面落实中央和省委、省政府关于防范和惩治统计造假、弄虚作假决策部署,坚持依法统计、依法治统,着力提升统计数据真实性,全市统计工作的独立性、科学性明显增强,政府统计的公信力、影响力不断扩大,统计服务推动高质量发展的能力水平显著提升。主要表现在:一是切实提升政治站位,深入学习贯彻习近平法治思想;二是着力提升统计能力,推动扬州经济社会高质量发展;三是全面提升数据质量,充分发挥统计法治风向标作用;四是努力提升基层基础,不断增强统计工作规范化水平。\n督察发现,扬州市统计工作仍然存在一些问题,如统计法定职责履行有待进一步加强,防范和惩治统计造假、弄虚作假责任还需进一步压实,统计基层基础综合能力相对薄弱等。\n",
    "zaozhuang_social_science_federation_xuncha_bulletin":
        "中共枣庄市社会科学界联合会党组关于十二届市委第三轮巡察整改进展情况的通报\n\n时间: 2023-08-09 来源:\n\n\n根据市委统一部署,2022年11月18日至2023年1月18日,市委第五巡察组对市社科联党组开展了常规巡察。3月3日,市委巡察组向市社科联党组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n\n一、整改工作基本情况\n\n市社科联党组深刻认识到此次巡察是一次全面“政治体检”,把抓好整改落实作为重大政治任务,突出政治要求,狠抓责任落实,推动整改工作取得阶段性成效。\n\n一是提高思想认识。巡察意见反馈后,党组主要负责人第一时间召开党组扩大会议,学习传达学习市委书记张宏伟同志听取本轮巡察情况汇报时的讲话精神,通报了巡察发现的共性问题,要求把思想和行动迅速统一到巡察整改上来。党组多次召开会议研究市委巡察反馈意见整改落实方案等工作,对整改工作作出具体部署。党组按照要求高质量召开市委巡察整改专题民主生活会,班子成员深入开展批评和自我批评,进一步明确整改方向、强化整改效果。\n\n二是扛牢主体责任。认真落实整改工作主体责任,成立了党组书记任组长、党组成员任副组长、部室负责同志为成员的巡察整改工作领导小组,全面负责巡察整改工作。党组主要负责同志切实履行第一责任人责任,主持召开党组会议、专题会议研究整改9次,作出批示6次,身体力行推进整改工作。班子成员强化“一岗双责”意识,按照整改任务分工,以身作则、以上率下,形成了党组负总责、一级抓一级、层层抓落实的工作局面,有力推动巡察整改任务落到实处。\n",
    "licheng_social_science_federation_xuncha_11_problems_14_measures":
        "鲤城区社会科学界联合会关于巡察整改情况的通报\n来源:鲤城区社会科学界联合会 发布时间:2024-09-19 17:46\n\n根据区委巡察工作统一部署,2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察,并于2024年3月18日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。\n\n一、加强对巡察整改的组织领导情况\n\n(一)提高政治站位,强化思想认识。区社科联把本次巡察看作是一次全面“政治体检”,对巡察组指出的问题全盘接受,照单全收。坚持以习近平新时代中国特色社会主义思想为指引,增强“四个意识”、坚定“四个自信”、做到“两个维护”,切实把思想和行动统一到区委巡察反馈意见和要求上来。\n\n(二)加强组织领导,压紧压实责任。区社科联主要领导高度重视,以上示下,带头把自己摆进去、把职责摆进去、把工作摆进去、把问题摆进去,不推卸责任、不回避矛盾,牵头抓好整改工作,先后组织召开2次会议,向全体干部职工传达巡察反馈意见,全面统筹并安排部署巡察整改工作。\n\n(三)细化任务分工,深入推进整改。建立巡察整改工作机制,对巡察反馈的3个方面6项共11个问题,制定有针对性和可操作性的整改措施14条,建立整改任务清单台账,将整改任务分解细化,力求以“钉钉子”精神一个一个问题解决、一个一个环节推进,由上而下形成全面整改工作合力。\n",
    "henan_social_science_federation_xunshi_mobilization":
        "按照省委巡视工作统一部署,2020年9月16日下午,省委第七巡视组巡视省社会科学界联合会工作动员会召开。会前,省委第七巡视组组长种瑞华主持召开与省社会科学界联合会党组主要负责人的见面沟通会,传达了省委关于巡视工作的部署要求。动员会上,种瑞华就做好巡视工作作了动员讲话,省社会科学界联合会党组书记、主席李庚香主持会议并作表态发言。省委第七巡视组副组长鲁建学、省纪委监委驻省委宣传部纪检监察组组长马广骥出席会议。省委第七巡视组成员、省社会科学界联合会领导班子成员参加会议,省社会科学界联合会处级干部列席会议。\n种瑞华指出,要提升政治站位,深刻认识开展巡视监督的重大意义。党的十八大以来,习近平总书记先后35次就巡视工作发表重要讲话、作出重要指示,为新时代巡视工作指明了前进方向、提供了根本遵循。党的十九大报告对巡视工作作出新部署,明确提出“要深化政治巡视,坚持发现问题、形成震慑不动摇,建立巡视巡察上下联动的监督网”。省社会科学界联合会党组和各级党员领导干部要切实提高政治站位,充分认识巡视监督的重大意义,把思想和行动统一到党中央的决策部署和省委工作要求上来,增强责任感、使命感、紧迫感,自觉接受巡视监督。\n",
    "whu_united_front_dept_xuncha_feedback_two_days":
        "按照校党委统一部署,校党委第六巡察组向党委统战部反馈巡察情况。11月7日、12日,校党委第六巡察组组长毕卫民向党委统战部部长郭建中和领导班子分别反馈了巡察情况。11月12日,毕卫民代表校党委巡察组进行了大会反馈。校纪委办主任汪咏波受校党委委托对巡察整改工作提出要求。郭建中作表态发言并主持会议。\n根据校党委统一部署,2019年9月16日至9月30日,校党委第六巡察组对党委统战部开展了巡察。巡察期间,巡察组召开动员大会,听取工作汇报,开展问卷调查,与干部群众个别谈话,受理信访举报,调阅有关文件资料,抽查核实有关情况,走访相关部门单位,并对巡察中发现的重点问题进行了深入了解,顺利完成了巡察任务。2019年10月31日,校党委听取了巡察党委统战部的情况汇报,同意巡察组的汇报,认可巡察组指出的问题和提出的意见建议,并对整改工作提出了明确要求。\n毕卫民指出,党委统战部坚持以习近平新时代中国特色社会主义思想为指导,坚持党对统一战线工作的全面领导,高举爱国主义、社会主义旗帜,宣传中国共产党统一战线理论和政策,贯彻学校党委关于统战工作各项决策部署,加强民主党派和团体组织建设,工作成效显著。巡察中,巡察组发现和干部群众反映了一些问题,主要有:推动形成大统战工作格局不够有力,意识形态工作责任落实不到位,主动担当作为不够;党风廉政建设主体责任落实不到位;工作作风不够扎实;党支部思想建设不实,党支部组织建设弱化,新闻宣传工作不力;财务规范性制度仍待建立。\n",
    "huiji_procuratorate_xuncha_progress":
        "根据市委统一部署,2023年11月10日至2024年1月8日,市委提级巡察第四组对郑州市惠济区人民检察院党组进行了巡察。2024年3月1日,市委提级巡察第四组向惠济区检察院党组反馈了巡察意见。经3个月集中整改和《郑州市委巡察整改情况公开办法》有关规定,现将巡察整改情况予以公布。\n一、党组及主要负责人组织整改落实情况\n院党组坚持把巡察整改作为重大政治任务来抓,以上率下、全员参与,以从严治党的政治自觉和强烈的责任担当,全面履行主体责任,深入对照检查,采取有力措施,全面落实整改工作要求,切实将各项整改任务落实到位。\n(一)强化组织领导,全面统筹实施。巡察意见反馈后,第一时间召开院党组会议研究部署整改工作,并迅速成立了整改工作领导小组,由党组书记、检察长任组长,其他党组成员任副组长,各部门负责同志任成员。院党组认真学习贯彻习近平总书记关于巡视工作重要讲话精神,紧紧围绕市委提级巡察第四组工作要求,持续抓好市委提级巡察反馈意见的整改落实,共召开院党组会研究巡察整改工作2次,召开领导小组办公室会议调度推进5次,真正做到层层压实责任,有序推进整改。\n",
    "zengcheng_archives_enforcement_check_146":
        "为进一步加大档案工作执法监督检查力度,近期,广东省广州市增城区档案局组建执法检查组,对30家立档单位开展2025年档案行政执法检查。\n检查前1个月,执法组向受检单位发出《检查通知书》,明确检查事项。现场检查时,执法人员通过实地查验、调阅资料、现场问询等方式全面核查受检单位档案收集、整理、保管及利用情况,现场出具检查意见,检查结果和情况24小时内上传省行政执法信息公示平台。此次检查坚持问题导向与即时纠偏相结合,严格按照执法检查要求和内容,对发现的问题进行现场指导,详细说明违规错误“为什么”、问题隐患“是什么”、整改措施“干什么”。现场送达整改通知书,列出问题清单、整改要求和时限,有效实现问题“零时差”交办,提升档案执法的效率与权威。\n此外,综合检查将执法检查和业务指导相结合,进一步推动问题立行立改,有效解决部分受检单位“事中应付”“事后拖延”的顽疾。截至目前,区档案局对区委统战部、区审计局、区总工会等18家单位开展了执法检查,现场反馈问题146项,送达整改通知书18份,有效传导档案工作责任压力,增强受检单位依法管档的自觉性和规范性。 |",
    "yueyang_veterans_affairs_xuncha_feedback_14":
        "2021年9月9日市委第五巡察组向市退役军人事务局党组反馈巡察情况。市委第五巡察组组长谭立华代表市委第五巡察组作巡察情况反馈。市委组织部副部长、市委巡察工作领导小组成员李伍华出席会议并对巡察整改工作提出要求。胡玮代表局党组作表态发言。\n谭立华指出,2018年12月市退役军人事务成立以来,局党组坚持以事业发展大局为重,努力贯彻落实习近平新时代中国特色社会主义思想特别是习近平总书记关于退役军人事务工作的重要论述,着力加强领导班子建设和干部队伍建设,班子凝聚力、战斗力和号召力不断增强,退役军人安置等工作受到省厅通报表扬,信访维稳成效比较明显,各方面认可度较高,开创了我市退役军人事务工作良好局面。但是,还存在一些不容忽视的问题,主要表现在聚焦贯彻落实党的路线方针政策和党中央决策部署情况,聚焦群众身边腐败和不正之风、聚焦基层党组织领导班子和干部队伍建设三个方面,反馈了局党组领导核心发挥不充分;学习贯彻习近平新时代中国特色社会主义思想特别是关于退役军工作重要论述有差距;党建工作有短板等14个主要问题。\n针对巡察发现的问题,谭立华同志强调:一是提升政治站位,压实管党治党政治责任;二是坚持问题导向,防范风险和漏洞;三是强化财务监管,提高规范化水平;四是坚持从严治党,营造优良政治生态。\n市委组织部副部长、市委巡察工作领导小组成员李伍华传达了市委书记王一鸥在听取巡察综合情况汇报时的讲话精神:要持续做好巡察整改的“后半篇”文章,抓好“关键少数”、抓好日常监督、抓好标本兼治,确保巡察发现的问题改彻底、改到位,不断提升治理体系治理能力现代化水平。李伍华还就做好巡察整改工作提出三点指导意见:\n",
    "jinjiang_media_center_xuncha_progress":
        "根据市委巡察工作统一部署,2024年12月26日至2025年1月26日,市委巡察二组对晋江市融媒体中心党委开展了巡察,并于2025年2月24日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、对巡察整改的组织领导情况\n收到市委巡察二组反馈的巡察意见,市融媒体中心党委完全认同、全部认领、诚恳接受,以高度的政治自觉推进巡察整改,坚持目标导向、问题导向、效果导向相统一,确保反馈问题条条整改到位、件件清零见底。\n(一)提高责任意识。收到反馈意见后,市融媒体中心党委高度重视,将整改工作作为一项重要政治任务来抓,立即召开党委会研究部署整改工作,逐条逐项研究分析反馈问题,形成《关于落实市委巡察二组<对晋江市融媒体中心党委巡察情况的反馈意见>整改方案》,制定行之有效的整改措施,明确责任人、整改要求和整改时限,确保整改工作全面落实。\n",
    "jianhu_media_center_xuncha_bulletin_33_30_lost_chars":
        "列表详情\n首页 > 公告列表 > 详情\n\n中共建湖县融媒体中心委员会关于十五届县委第三轮巡察整改进展情况的通报\n\n建湖日报数字报 2024-07-12\n\n根据县委统一部署,2023814日至1031县委第三巡组对县融媒体中心党委开展了常规巡察。1227县委巡察组向中心党委反馈巡察意见按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n\n一、整改工作组织情况\n\n20231227日,县委第三巡察组向县媒体中心党委反馈了巡察意见,共指出413个方面33个问题。县融媒体中心党委高度重视,及时召开党委会和专题民主生活会,建立巡察整改工作机制,切实担负起巡察整改主体责任。一是提高政治觉悟。以对党无比忠诚、对事业高度负责的态度,把对巡察反馈意见的整改落实作为一项严肃的政治任务,切实增强整改的思想自觉和行动自觉。二是压实整改责任。层层传导压力,级级压实责任。各支部加强协调配合,把整改措施落细落实。坚持立行立改。对照反馈意见和任务清单,形成工作方案,明确整改方向,高效有力推进整改。四是强化标本兼治。坚持立足当前与着眼长远相结合,既拿出当下改举措,又形成长久立机制,推动媒体融合各项工作高质量发展。\n\n县融媒体中心党委书记、主任王海东同志认真履行巡察整改第一责任人责任。一是坚持问题导向,强力推动整改落实。二是明确责任分工,分解落实整改工作任务。三是主持召开民主生活会,主动认领问题,深刻剖析根源。四是强化监督检查,加强过程控制,确保整改取得实效。\n\n截至2024620日,巡察反馈的33个具体问题,已完成整改30个,正在整改的3个,整改工作取得了较为明显的成效。\n",
    "renhua_media_center_xuncha_progress":
        "根据县委统一部署,2024年9月23日至12月27日,县委第三巡察组对县融媒体中心进行了巡察。2025年2月17日,县委巡察组向我中心反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察集中整改进展情况予以公布。\n一、以政治建设为统领,把巡察整改作为重大政治任务抓紧抓实。\n(一)加强组织领导,落实主体责任。迅速成立巡察整改工作领导小组,统筹推进整改工作落实。中心主要负责同志认真履行第一责任人责任,亲自抓部署抓落实,多次听取整改进展情况汇报,专题研究解决重点难点问题,推动整改工作有力有序开展。中心领导班子其他成员落实“一岗双责”,对分管领域整改任务认真研究、深入剖析,不折不扣推进巡察整改任务落地落实。召开巡察整改专题民主生活会,紧密联系思想和工作实际,深入查摆剖析问题产生的根源,严肃认真开展批评和自我批评,做到真认账、真反思、真整改,着力推动巡察问题清单整改落实到位。\n(二)严格挂账销账,分类推进整改。对照县委巡察反馈意见,制定整改工作方案及问题清单、责任清单、任务清单;分门别类建立整改台账,明确整改时限、责任领导、承办股室,并坚持台账式管理、清单式推进、销号制落实,推动巡察整改工作走深走实。其中,立行立改问题在巡察期间立即纠正,限期整改问题在规定时间内按期完成,需要长期推进解决的问题取得阶段性成效。\n(三)坚持常态长效,确保取得实效。县纪委监委派驻纪检监察组强化全过程指导、全方位监督,特别是对重点难点问题逐项对照把关,督促整改到位。中心领导班子针对巡察反映出的深层次问题,注重建章立制,推动制定修订一批制度性文件,强化制度执行,确保整改取得实效。\n",
    "qidong_development_zone_xuncha_feedback_trad":
        "根據南通市委巡察工作領導小組的安排,2022年7月21日,南通市委第三巡察組向啟東經濟開發區黨工委反饋巡察情況。會上,湯明文同志代表巡察組向啟東經濟開發區黨工委領導班子進行了反饋,啟東市委常委、啟東經濟開發區黨工委書記高廣軍同志主持會議并作表態發言,啟東市委副書記龔心明同志參加會議并對啟東經濟開發區抓好巡察整改工作提出要求。\n根據南通市委統一部署,2022年4月22日至6月22日,南通市委第三巡察組對啟東經濟開發區黨工委進行了巡察。巡察中,巡察組發現了一些問題,主要是貫徹新發展理念成效不顯著,引領全市高質量發展活力不強;推進鄉村振興、解決群眾“急難愁盼”問題存在短板,村級集體經濟發展較乏力;貫徹落實新時代黨的組織路線不夠堅強有力,落實意識形態工作責任制不夠深入;全面從嚴治黨責任壓力傳導層層遞減,一體推進“三不腐”機制不完善。\n湯明文提出了六點意見建議,一是進一步以思想解放引領高質量發展;二是著力聚焦高端高尖高科技抓好項目招引;三是加大力度防范和化解融資債務風險;四是更加有效統籌疫情防控和經濟發展;五是提高一體推進“三不腐”能力和水平;六是做好巡察“后半篇文章”,強化問題整改責任落實。\n高廣軍表示,巡察反饋的問題和意見,實事求是、全面客觀,為園區發展理清了思路,指明了方向。啟東經濟開發區黨工委將心懷敬畏,強化責任,堅定扛起政治擔當;分類指導,著眼長效,確保問題全面整改;統籌謀劃,突出重點,著力推進建章立制;踔厲奮發,篤行不怠,奮力推動園區發展。\n",
    "haimen_development_zone_xuncha_lookback_feedback":
        "根据市委巡察工作领导小组的安排,2022年7月22日,市委第三巡察组向海门经济技术开发区党工委反馈巡察“回头看”情况。会上,汤明文同志代表巡察组向海门经济技术开发区党工委领导班子进行了反馈,海门区委常委、海门经济技术开发区党工委常务副书记施俊同志主持会议并作表态发言,海门区委书记、海门经济技术开发区党工委书记郭晓敏同志出席会议并对抓好巡察整改工作提出要求。\n根据市委统一部署,2022年4月22日至6月22日,市委第三巡察组对海门经济技术开发区党工委进行了巡察“回头看”。巡察“回头看”中,巡察组发现了一些问题,主要是贯彻党中央、省市委决策部署不深入、不系统,落实融资平台监管制度不到位,工程领域存在问题整改不彻底,解决群众身边腐败问题和不正之风以及群众反映强烈问题存在短板,贯彻新时代党的组织路线不严实,一体推进“三不腐”机制存在不足。\n汤明文提出了六点意见建议:一是坚持以思想解放引领高质量发展;二是始终把大抓项目、抓大项目摆在突出重要位置;三是全力防范和化解各类融资债务风险;四是对标“疫情要防住、经济要稳住、发展要安全”的重大要求全力抓好企业复工达产、稳产增产;五是坚定不移地深化全面从严治党;六是持续强化问题整改责任落实。\n施俊表示,巡察组反馈的意见建议,一针见血、切中要害。海门经济技术开发区党工委将以严肃认真的态度,高度重视巡察“回头看”反馈意见;以即知即改的作风,全力抓好反馈问题整改;以更严更实的工作,努力巩固扩大巡察“回头看”成果。\n",
    "shouxian_development_zone_xuncha_feedback":
        "县委第一巡察组向县经开区党工委反馈巡察情况\n根据县委统一部署,2021年5月7日,县委第一巡察组向县经开区党工委反馈巡察情况会议在县经开区会议中心召开。县委副书记刘文出席会议并讲话,县委第一巡察组组长吴叶娟代表巡察组反馈巡察情况,县经开区党工委副书记、管委会主任郑迎主持会议并作表态发言。\n2020年12月11日至2021年1月20日,县委第一巡察组对县经开区党工委进行了巡察。巡察中,巡察组发现和干部群众反映了一些问题,主要是:推动园区高质量发展不够有力,全面从严治党主体责任落实仍有欠缺,纪监工委监督执纪问责不够有力,财务管理不规范,资产管理不够到位,项目管理不够规范,落实党建工作责任和激发干部队伍担当作为的措施不够有力,履行审计整改责任存在不足等问题。\n就下一步整改工作,巡察组提出四点意见:一是提高政治站位,推进开发区高质量发展;二是要坚持从严治党,扎实推进作风建设;三是要加强党建引领,激发党员干部担当作为;四是要强化巡察整改,做好“后半篇”文章。\n刘文书记根据4月23日县委书记专题会精神和李忠书记的要求,就县经开区抓好巡察整改工作提出三个方面意见:一要增强“四个意识”,强化抓好巡察整改的政治自觉;二要强化政治担当,确保高质量推进巡察整改工作;三要从严落实要求,确保巡察整改工作取得实效。\n郑迎主任表示,对巡察反馈问题,党工委将以高度的政治责任感和紧迫感抓好此次巡察整改,从严从实、积极主动把问题整改到位,切实把反馈意见和整改措施转化为经开区改革创新的助力和动力。\n县经开区管委会、开投公司全体干部职工参加巡察反馈会。",
    "dongying_port_development_zone_xuncha_bulletin":
        "中共东营市委东营港经济开发区工作委员会关于市委第三巡察组反馈意见集中整改进展情况的通报\n\n  根据市委统一部署,2022年6月21日至9月30日,市委第三巡察组对东营港经济开发区党工委开展了黄河流域生态保护和高质量发展专项巡察,同时开展了常规巡察,并于2022年12月9日反馈了巡察情况。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n\n  一、提高政治站位,牢牢把握巡察整改正确方向。市委巡察是对开发区的一次政治体检、思想把脉和行动会诊,是对开发区党工委组织落实党的路线方针政策和以习近平同志为核心的党中央各项决策部署、推进全面从严治党向纵深发展、落实管党治党主体责任、营造良好政治生态、深入开展党风廉政建设和反腐败斗争的一次有力督促和鞭策,是对全区党员干部自觉接受监督、锤炼政治品格、提高党性修养的一次深刻教育和警醒。巡察反馈指出的问题一针见血、客观中肯,我们全盘接受、主动认领。巡察组反馈意见后,开发区及时召开党工委会议,认真学习传达杨国强书记关于巡察工作的指示要求和巡察反馈意见,动员全区上下进一步提高政治站位、强化政治担当,全面对标整改要求、全力做好巡察整改“后半篇文章”,把巡察整改工作作为当前和今后一个时期的重大政治任务和重点工作抓紧抓实。2023年2月8日,召开市委巡察整改专题民主生活会,深刻查摆巡察反馈意见及整改过程中存在的问题,剖析问题根源,开展批评和自我批评,进一步明确整改措施和努力方向,增强了做好巡察整改的思想自觉和行动自觉。\n",
    "kaiyuan_veterans_affairs_ducha_visit":
        "8月21日,州委退役军人事务工作领导小组办公室第二督查组到开远市开展2023年退役军人事务工作综合督查检查。\n督查组采取查阅台账资料、走访询问、实地检查等方式,对开远市退役军人事务局深入学习宣传贯彻党的二十大精神、退役军人服务中心(站)建设、系统“四风”突出问题专项整治情况等内容进行了全面督查。\n督查组强调,要全面加强思想政治引领,坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂,用好烈士纪念设施等红色资源,切实把加强政治建设贯穿到退役军人工作各方面全过程,坚定听党话跟党走的政治信念。要进一步夯实基层基础,坚持工作重心下移、力量下沉,深化退役军人服务中心(站)建设,延伸拓展服务功能,全面提高基层退役军人服务保障水平。要牢固树立以服务退役军人为中心的工作导向,带着责任服务,带着问题下基层,切实为服务对象办实事、解难事,依法依规保障退役军人合法权益。要严格执行优抚安置政策,全面落实退役军人法律法规,有序推进退役军人及其他优抚对象优待证申领发放工作,充分保障退役军人权益,不断提高退役军人的获得感和幸福感。\n下一步,开远市退役军人事务局将以此次督查检查为契机,认真总结经验,对标对表找差距、补短板、抓落实,全力抓好整改落实,奋力推动退役军人工作高质量发展。",
    "shanghai_water_authority_xunshi_progress":
        "根据市委统一部署,市委第十巡视组于2024年10月18日至12月20日对市水务局党组开展巡视,并于2025年2月26日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。\n一、党组及主要负责人组织落实整改情况\n(一)党组巡视整改主体责任落实情况\n1.强化政治统领,压实整改责任。局党组认真学习领会党中央关于加强全面从严治党的部署要求,深入学习习近平总书记关于巡视工作的重要论述和市委工作要求,把接受巡视监督、抓好巡视整改作为重要政治任务,坚决做好巡视“后半篇文章”。第一时间召开专题会议研究部署整改工作,直面问题不足,细化整改措施。成立由局党组书记任组长、班子成员任副组长的巡视整改工作领导小组,并成立巡视整改工作专班。定期汇总整改情况,开展形势研判,加强工作调度,传导工作压力。全局上下根据责任分工,全力推进巡视整改。\n2.坚持问题导向,敢于动真碰硬。局党组牢牢把握集中整改要求,倒排时间节点,绘制“施工图”,针对巡视反馈的问题,细化形成“三张清单”,明确了整改内容、整改时限和整改责任。聚焦市委巡视共性问题、上轮巡视整改不彻底问题、工程建设领域廉政风险问题,深挖问题根源,推进系统整治。统筹巡视反馈问题、深入贯彻中央八项规定精神学习教育查摆问题,一体推进问题整改。紧盯土地权属变更、原水西环线工程涉绿搬迁、市排水管理体制改革等重难点问题,通过专项攻坚、协同推进等方式,着力破解历史遗留问题和改革发展难题。\n",
    "water_group_xuncha_mobilization_soe":
        "根据厅党组关于巡察工作的统一部署,2022年3月8日,水利厅党组第一巡察组巡察水发集团党委工作动员会召开。驻厅纪检监察组组长、厅党组成员、厅党组巡察工作领导小组副组长李启兵出席会议并就巡察工作提出要求。厅二级巡视员、厅党组第一巡察组组长吴壬生通报了巡察任务和工作安排。水发集团党委书记、董事长钟杰主持会议并作表态发言。会前,巡察组召开了与水发集团党委主要负责人的见面沟通会。\n动员会上,吴壬生明确了本次巡察的总体要求、巡察对象和主要任务,并对巡察总体安排进行部署。他强调,一要牢牢把握政治巡察要求,充分发挥巡察的政治监督、政治导向作用;二要紧扣巡察重点,为实现“两年强推进”目标提供坚强政治保障;三要强化责任担当,确保巡察工作有序推进。\n李启兵传达了中央、省委有关巡视巡察工作指示精神,强调要全面贯彻巡视工作方针,紧扣党委职能责任,强化政治监督,自觉把巡察的聚焦点、着力点放到增强“四个意识”,坚定“四个自信”,做到“两个维护”上。他要求,一要充分认识开展巡察工作的重要意义。政治巡察是上级党组织对下级党组织履行党的领导职能责任的政治监督,是推进全面从严治党、实现监督全覆盖的重要举措;二要准确把握和处理巡察中的主要关系。要处理好“服务全局”与“突出重点”、“政治责任”与“业务问题”、“信任”与“监督”、“监督检查”与“调查研究”的关系;三要扎实做好巡察“后半篇文章”。既要发现问题,更要推动解决问题;四要严格依规依纪依法开展巡察。坚决按照党内法规和巡视巡察工作制度开展工作,以更高的标准、更严的要求约束自己;五要做好疫情防控工作,全力确保自身健康安全和工作正常推进。\n",
    "jiangbei_water_ecology_xuncha_bulletin":
        "中共江北区委关于落实市委涉水生态问题机动巡察组反馈意见集中整改进展情况的通报\n根据市委统一部署,2024年9月11日—9月30日,市委涉水生态问题机动巡察组对江北区委进行了巡察。2025年1月26日,市委涉水生态问题机动巡察组向江北区委反馈了巡察意见。根据巡察工作要求,现将集中整改进展情况予以公布。\n",
    "huaian_tcm_hospital_xuncha_18_done":
        "根据市委统一部署,2023年10月30日至12月29日,市委第二巡察组对淮安市中医院党委进行了巡察。2024年1月25日,市委巡察组向淮安市中医院党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。\n一、已整改完成的问题\n针对巡察反馈意见指出的需要整改的问题,真改实改,截至目前,共计18个问题已整改完成。\n",
}

DOCS = {
    # --- 红十字会 (Red Cross societies) -------------------------------------------------------------------------------
    "jiedong_red_cross_xuncha_lookback_progress": doc(
        "http://www.jiedong.gov.cn/zwgk/tzgg/content/post_620976.html",
        ["No title line. A 回头看 专项巡察 of a district Red Cross: '2021年6月28日至7月19日' → start/end; '2021年8月24日' "
         "feedback. '8月26日' (整改工作会议) and '8月27日' (民主生活会) are meetings, not dates. No figure. Cut before '二、巡察"
         "反馈意见整改落实情况' (its '(一)…' category and '1、针对“政治理论学习不到位”问题' items follow)."],
        inspection=ins(start="2021-06-28", end="2021-07-19", feedback="2021-08-24")),
    "longling_red_cross_xuncha_mobilization_noyear": doc(
        "https://longling.gov.cn/info/5634/4253809.htm",
        ["A county 巡察 动员会 with no year anywhere in the text ('6月6日'; '党的二十大精神' is no date): start null (a day "
         "with no year and no dated anchor is not read; urls are never read). '60天左右' (a duration with no dated start) "
         "gives nothing. The last paragraph (a phone number and a postal address cut at '云南省保山市龙') is left out. "
         "A null lead kept on purpose (the parser must not invent a year)."]),
    # --- 文联 (federations of literary and art circles) ------------------------------------------------------------
    "china_federation_literary_xunshi_bulletin_repost": doc(
        "http://www.sinology.cn/cosbu/news/show-110608.html",
        ["A repost of a central 巡视 progress bulletin under site chrome (kept): the page title line '新国学网:中国文联党组通报…', "
         "a '核心提示' abstract (cut mid-word at '巡视期间,文' by the page itself, kept as chrome), the news headline "
         "'中国文联党组通报十九届中央第四轮巡视整改进展情况' and then the document's own heading, which is the title (R35: the "
         "document's own heading inside a news page) → kind bulletin, issuer '中共中国文联党组'. '发布日期:2020-11-06' → "
         "report_date (a repost: the page's date, R43). '2019年9月8日至11月25日' → start/end; '2020年1月6日' feedback. The "
         "next paragraph ('巡视期间…4个方面13个问题…62个具体问题,制定221项整改措施。截至9…') is cut by the store: left out "
         "with its figures (R26), so no headline figure."],
        kind="bulletin", title="中共中国文联党组关于十九届中央第四轮巡视整改进展情况的通报", issuer="中共中国文联党组",
        report_date="2020-11-06",
        inspection=ins(start="2019-09-08", end="2019-11-25", feedback="2020-01-06")),
    "nanchong_federation_literary_xuncha_bulletin": doc(
        "http://ncwyw.com/NewsDetail.aspx?ID=924",
        ["The title is split over two lines ('中共南充市文学艺术界联合会党组' / '关于…的通报'): joined (schema) → kind bulletin, "
         "issuer from it; no page date. '2023年2月1日至2023年2月28日' → start/end; '2023年4月26日' feedback. Paragraph '(二)' "
         "('…反馈的3个方面28项问题,制定了具体整改措施…') is cut by the store: left out with its figures (R26). No figure."],
        kind="bulletin", title="中共南充市文学艺术界联合会党组关于市委第五巡察组巡察反馈问题集中整改进展情况的通报",
        issuer="中共南充市文学艺术界联合会党组",
        inspection=ins(start="2023-02-01", end="2023-02-28", feedback="2023-04-26")),
    "zhijiang_federation_literary_xuncha_feedback_whole": doc(
        "http://www.sxzhijiang.com/content/show?catid=324541&newsid=952452",
        ["WHOLE page (excerpt false): breadcrumb, a news headline (title null, R34), '发布时间:2023-09-18' → report_date, "
         "the story and its '来源:枝江市委巡察办' footer. '9月18日上午' 反馈会 → feedback 2023-09-18 (the page date lends its "
         "year, R58). '九个方面的问题' are aspects, '11家协会' bodies: no figures. No inspection period."],
        report_date="2023-09-18", inspection=ins(feedback="2023-09-18")),
    "dawa_federation_literary_xuncha_trad": doc(
        "http://zgmrmthy.com/2025_12/24_15/content-546259.html",
        ["Traditional mirror copy with glyph glosses, no title line (the copy opens with an empty line, kept). '2025年3月24日至"
         "6月13日' → start/end; '8月7日' (no year) → 2025-08-07 (the period's year). No figure. Cut before '(一)在學習貫徹黨"
         "中央決策部署…方面' (a problem category and its first item follow; the url's 2025_12 is not read)."],
        inspection=ins(start="2025-03-24", end="2025-06-13", feedback="2025-08-07")),
    # --- 统计督察 -------------------------------------------------------------------------------------------------
    "yangzhou_statistics_ducha_feedback_next_year": doc(
        "http://tj.jiangsu.gov.cn/art/2022/1/18/art_85787_10549505.html",
        ["A provincial 统计督察 feedback (no title line). '2021年11月17日至26日' (restated '…至11月26日') → start/end; feedback "
         "'1月13日' has no year: its month is earlier than the period's end month → the next year, 2022-01-13 (R59; the url's "
         "2022/1/18 is not read). '一是…四是' are praise; the problems are named in one sentence ('如…等'): kind 5, no "
         "figure. The cut paragraph '督察组向扬州市委、市政府提出五点意见建议…' is left out."],
        inspection=ins(start="2021-11-17", end="2021-11-26", feedback="2022-01-13")),
    # --- 社科联 (social science federations) -------------------------------------------------------------------------
    "zaozhuang_social_science_federation_xuncha_bulletin": doc(
        "http://www.zzskw.cn/skzx/202308/t20230809_1736038.html",
        ["Title line → kind bulletin, issuer '中共枣庄市社会科学界联合会党组'; '时间: 2023-08-09' → report_date. '2022年11月18日"
         "至2023年1月18日' → start/end (across a year); feedback '3月3日' (no year) → 2023-03-03 (after the period's end "
         "month in its end year). '研究整改9次,作出批示6次' are meetings and instructions: no figures. The cut '三是…' "
         "paragraph is left out."],
        kind="bulletin", title="中共枣庄市社会科学界联合会党组关于十二届市委第三轮巡察整改进展情况的通报",
        issuer="中共枣庄市社会科学界联合会党组", report_date="2023-08-09",
        inspection=ins(start="2022-11-18", end="2023-01-18", feedback="2023-03-03")),
    "licheng_social_science_federation_xuncha_11_problems_14_measures": doc(
        "http://www.lccdi.gov.cn/content/2024-09/19/content_9073855.htm",
        ["Title line → kind bulletin; issuer '鲤城区社会科学界联合会' (the body the title names, as snippets25's licheng "
         "工商联). '发布时间:2024-09-19 17:46' → report_date. '2024年1月4日至2月2日' → start/end; '2024年3月18日' feedback. "
         "'3个方面6项共11个问题' → problems_total 11 (the finest count, R64); '整改措施14条' → measures_total 14; '2次会议' "
         "meetings. Cut before '二、巡察反馈问题的整改进展情况' (problem headings follow)."],
        kind="bulletin", title="鲤城区社会科学界联合会关于巡察整改情况的通报", issuer="鲤城区社会科学界联合会",
        report_date="2024-09-19",
        inspection=ins(start="2024-01-04", end="2024-02-02", feedback="2024-03-18"), headline=head(pt=11, mt=14)),
    "henan_social_science_federation_xunshi_mobilization": doc(
        "http://hnskl.org/news/20200918/10186.html",
        ["A provincial 巡视 动员会 ('2020年9月16日下午…动员会召开'): the launch day → start 2020-09-16 (R52), no end. '先后35次' "
         "counts speeches, not problems. The cut third paragraph ('种瑞华强调…落实巡视整改要求,') is left out."],
        inspection=ins(start="2020-09-16")),
    # --- university, procuratorate, archives ---------------------------------------------------------------------
    "whu_united_front_dept_xuncha_feedback_two_days": doc(
        "https://tzb.whu.edu.cn/info/1002/2311.htm",
        ["A university 巡察 of its 统战部. Feedback '11月7日、12日' to the head and the leadership, then '11月12日' the 大会 "
         "反馈: one group's feedback over days → its first day, 2019-11-07 (R55; the year from the period '2019年9月16日至9月"
         "30日' → start/end). '2019年10月31日' (the 党委 hearing the report) is a meeting. Problems named in one sentence "
         "('主要有:…;…'): kind 5, no figure. The cut paragraph '校党委巡察工作领导小组代表指出…' is left out."],
        inspection=ins(start="2019-09-16", end="2019-09-30", feedback="2019-11-07")),
    "huiji_procuratorate_xuncha_progress": doc(
        "http://www.zhengzhouhj.jcy.gov.cn/sitegroup/hjqjcy/html/ff80808131bd0b7c0131bd167b9d005d/20240708194493516.html",
        ["A district procuratorate's 提级巡察 progress lead, no title line. '2023年11月10日至2024年1月8日' → start/end; "
         "'2024年3月1日' feedback; '3个月集中整改' a rectification period; '2次', '5次' meetings. No figure. The cut '(二)细化"
         "整改清单…' paragraph is left out."],
        inspection=ins(start="2023-11-10", end="2024-01-08", feedback="2024-03-01")),
    "zengcheng_archives_enforcement_check_146": doc(
        "https://www.dapx.org/shownews.asp?ID=4198",
        ["A district 档案局's 执法检查 (a check, kind null, news with no title line; the trailing ' |' is the page's table "
         "cell, kept). '现场反馈问题146项' → problems_total 146 (problems found and fed back by the check, R66 as hazards); "
         "'30家立档单位', '18家单位' bodies, '整改通知书18份' notices, '24小时', '1个月' durations: no figures. '近期' and "
         "'2025年档案行政执法检查' give no day: no dates. The copy may reach the page's end, but the last cell is unclear: "
         "excerpt true (the snippets' default)."],
        headline=head(pt=146)),
    # --- 退役军人事务 -----------------------------------------------------------------------------------------------
    "yueyang_veterans_affairs_xuncha_feedback_14": doc(
        "https://blfj.yueyang.gov.cn/10907/61270/61278/content_1866139.html",
        ["A city 巡察 feedback news lead: '2021年9月9日…反馈巡察情况' → feedback 2021-09-09; no period. '…三个方面,反馈了…"
         "等14个主要问题' → problems_total 14 (a stated count; '等' closes the list, it is no approximation like '余'); '2018年"
         "12月' the bureau's founding. The text stops at '…提出三点指导意见:' (the next line '一、提高' is cut by the store and "
         "left out)."],
        inspection=ins(feedback="2021-09-09"), headline=head(pt=14)),
    "kaiyuan_veterans_affairs_ducha_visit": doc(
        "https://www.hhky.gov.cn/info/5221/382882.htm",
        ["A prefecture 督查组's visit to a city bureau (a check, kind null, no title line). NEW: '8月21日…开展2023年退役军人"
         "事务工作综合督查检查' - the day has no year of its own; the check's name '2023年…综合督查检查' lends it (R58: a "
         "group's or round's name dates it, as '2024年第4統計督察組') → start 2023-08-21. The text does not say the check "
         "lasted one day, so no end (R52: a start day alone). No figure."],
        inspection=ins(start="2023-08-21")),
    # --- 融媒体中心 (county/city media centres) ---------------------------------------------------------------------
    "jinjiang_media_center_xuncha_progress": doc(
        "http://www.jjcdi.gov.cn/content/2025-08/12/content_9183878.htm",
        ["No title line. '2024年12月26日至2025年1月26日' → start/end (across a year); '2025年2月24日' feedback. No figure. The "
         "cut '(二)加强党委领导…' paragraph (with '18份制度方案' reviewed and '12场', '4场' meetings) is left out."],
        inspection=ins(start="2024-12-26", end="2025-01-26", feedback="2025-02-24")),
    "jianhu_media_center_xuncha_bulletin_33_30_lost_chars": doc(
        "http://jianhunews.com/article/ranking-content/66908dded0783e1fa78b4576.html",
        ["Title line under a breadcrumb → kind bulletin, issuer '中共建湖县融媒体中心委员会'. The line '建湖日报数字报 2024-07-12' "
         "is the page's own date line (the only date on the page, no signature) → report_date. The lead lost characters: "
         "'2023814日至1031县委…' → start 2023-08-14 (日 survives, R61), end null ('1031': both 月 and 日 lost, R61); "
         "'1227县委巡察组…反馈' (both lost) is restated below as '20231227日,县委第三巡察组…反馈了巡察意见' → feedback "
         "2023-12-27. '共指出413个方面33个问题' is garbled ('4个方面'?), read only for its 33; '巡察反馈的33个具体问题,已完成"
         "整改30个' → problems 33, done 30; '正在整改的3个' in progress. '截至2024620日' a tally day. Cut before '二、整改落实"
         "情况' (the problem list)."],
        kind="bulletin", title="中共建湖县融媒体中心委员会关于十五届县委第三轮巡察整改进展情况的通报",
        issuer="中共建湖县融媒体中心委员会", report_date="2024-07-12",
        inspection=ins(start="2023-08-14", feedback="2023-12-27"), headline=head(pt=33, pd=30)),
    "renhua_media_center_xuncha_progress": doc(
        "http://www.sgrh.gov.cn/zwgk/tzgg/content/post_2820727.html",
        ["No title line. '2024年9月23日至12月27日' → start/end; '2025年2月17日' feedback. '推动制定修订一批制度性文件' has no "
         "count: no rules figure. Cut before '二、盯住…' (cut by the store; problem items follow)."],
        inspection=ins(start="2024-09-23", end="2024-12-27", feedback="2025-02-17")),
    # --- 开发区 (development zones) -------------------------------------------------------------------------------
    "qidong_development_zone_xuncha_feedback_trad": doc(
        "http://www.silksplace-taroko.com/html/2022-8/20228237805.html",
        ["Traditional copy without glosses of a city 巡察 feedback. '2022年7月21日' → feedback; '2022年4月22日至6月22日' → "
         "start/end (written after the feedback in the text). Problems in one sentence ('主要是…;…'): kind 5; '六點意見建議' "
         "suggestions: no figures. The cut paragraph ('龔心明提出…二是強化立行立改,') is left out."],
        inspection=ins(start="2022-04-22", end="2022-06-22", feedback="2022-07-21")),
    "haimen_development_zone_xuncha_lookback_feedback": doc(
        "https://ntlz.gov.cn/html/2022-8/20228237804.html",
        ["A 巡察“回头看” (a re-inspection round with its own stationing, labelled as an inspection like snippets10's bank "
         "回头看; not a 复查 of rectification, R53) of a development zone: '2022年7月22日' feedback; '2022年4月22日至6月22日' "
         "→ start/end. Same round and group as the Qidong page (a different body and day: not a copy, R4). No figure. The "
         "cut paragraph ('郭晓敏要求…') is left out."],
        inspection=ins(start="2022-04-22", end="2022-06-22", feedback="2022-07-22")),
    "shouxian_development_zone_xuncha_feedback": doc(
        "http://kfq.ahshx.gov.cn/zxxw/tpxw/8982334.html",
        ["News headline line (title null, R34). '2021年5月7日' feedback; '2020年12月11日至2021年1月20日' → start/end. '4月23日' "
         "(书记专题会) a meeting. '四点意见', '三个方面意见' suggestions: no figures. The copy seems to reach the story's end; "
         "excerpt true (the snippets' default; no footer is present)."],
        inspection=ins(start="2020-12-11", end="2021-01-20", feedback="2021-05-07")),
    "dongying_port_development_zone_xuncha_bulletin": doc(
        "http://www.jiwei.gov.cn/news_content.thtml?contentId=41405",
        ["Title line → kind bulletin, issuer '中共东营市委东营港经济开发区工作委员会'; no page date. Two inspections at once "
         "(专项巡察 and 常规巡察) over one period '2022年6月21日至9月30日' → start/end; '2022年12月9日' feedback. '2023年2月8日' "
         "(民主生活会) a meeting. Paragraph indents kept as stored (two spaces). No figure. The cut '二、加强组织领导…' "
         "paragraph is left out."],
        kind="bulletin", title="中共东营市委东营港经济开发区工作委员会关于市委第三巡察组反馈意见集中整改进展情况的通报",
        issuer="中共东营市委东营港经济开发区工作委员会",
        inspection=ins(start="2022-06-21", end="2022-09-30", feedback="2022-12-09")),
    # --- water: a city 巡视, an SOE 巡察, a 机动巡察 of a district committee ----------------------------------------------
    "shanghai_water_authority_xunshi_progress": doc(
        "http://swj.sh.gov.cn/swj-gsgg/20260206/53e555bc3dfe4b9c867cb3ea858066e7.html",
        ["A city 巡视 progress lead, no title line. '2024年10月18日至12月20日' → start/end; '2025年2月26日' feedback. '三张"
         "清单' lists: no figure. The cut item '3.注重转化提升…' is left out."],
        inspection=ins(start="2024-10-18", end="2024-12-20", feedback="2025-02-26")),
    "water_group_xuncha_mobilization_soe": doc(
        "http://electronetdz.com/xIGTelhTiK/groupnews/654.html",
        ["A 水利厅党组 巡察 of a provincial water SOE (水发集团党委): '2022年3月8日…动员会召开' → start 2022-03-08 (launch day, "
         "R52), no end. No figure. The cut paragraph '钟杰代表…' is left out."],
        inspection=ins(start="2022-03-08")),
    "jiangbei_water_ecology_xuncha_bulletin": doc(
        "https://www.nbjb.gov.cn/art/2025/5/26/art_1229105199_58966144.html",
        ["Title line → kind bulletin, issuer '中共江北区委' (a district committee inspected by a city 涉水生态问题机动巡察组). "
         "'2024年9月11日—9月30日' (a dash) → start/end; '2025年1月26日' feedback. The next paragraph (one long paragraph with "
         "一是…三是 and '落实97条整改措施') is cut by the store mid-sentence: left out with its figure (R26), so no figure."],
        kind="bulletin", title="中共江北区委关于落实市委涉水生态问题机动巡察组反馈意见集中整改进展情况的通报",
        issuer="中共江北区委",
        inspection=ins(start="2024-09-11", end="2024-09-30", feedback="2025-01-26")),
    # --- hospital -----------------------------------------------------------------------------------------------------
    "huaian_tcm_hospital_xuncha_18_done": doc(
        "http://jw.huaian.gov.cn/col/17277_632773/art/17329824/1734072925551ONrabTlu.html",
        ["A city 巡察 of a TCM hospital, no title line. '2023年10月30日至12月29日' → start/end; '2024年1月25日' feedback. "
         "'共计18个问题已整改完成' → problems_done 18 with no total stated (a done count alone is read, R72). The status "
         "section heading '一、已整改完成的问题' and its lead sentence are kept; cut before '1.关于“医院高质量发展成效不显”"
         "问题的整改。' (the first problem heading), so no problem is listed."],
        inspection=ins(start="2023-10-30", end="2023-12-29", feedback="2024-01-25"), headline=head(pd=18)),
}


def main() -> None:
    write_snippet_set(HERE, TEXTS, DOCS, WHOLE, RECOUNT, EXTRA_FORMS)


if __name__ == "__main__":
    main()
