"""Write the truth files of tests/importer/real/blind2 (the second blind batch, labelled before any parser change).

Same schema and conventions as ``make_truths.py`` (problems, measures and figures are those of the text
present; excerpt copies are cut web pages). Every measure_count was counted twice: once by reading, once
by listing the 一是/（1）/（一） items under each problem heading; the two agreed.
"""
from pathlib import Path

from make_truths import head, ins, prob, write_truth

HERE = Path(__file__).resolve().parent.parent / "blind2"

DOCS = {
    "czs2y_hospital_bulletin": dict(
        url="https://www.czs2y.com.cn/ywgk/501.html", excerpt=True, genre="2 problem section second; 7 dates",
        kind="bulletin", title="中共郴州市第二人民医院委员会关于巡察整改进展情况的通报", issuer="中共郴州市第二人民医院委员会",
        report_date="2025-09-30",
        inspection=ins("市委第四巡察组", "郴州市第二人民医院党委", "2024-09-09", "2024-12-10", "2024-12-30"),
        headline=head(),
        problems=[prob(1, "结余药品使用不规范", category="巡察整改主体责任落实不到位,整改质效不高", measures=1)],
        anomalies=["一、 is how the work was organised (its 一是/二是 are not measures); problems are in 二、 under '(一)反馈问题:…'.",
                   "Problem '1.' holds sub-items '(1)…' each followed by '整改情况:一是…'; as in the wuch truth the (1) items are its measures.",
                   "Cut off in 三是 of the first sub-item."]),
    "lzszyyy_hospital_bulletin": dict(
        url="http://www.lzszyyy.com/content/4034.html", excerpt=True, genre="2 problem section third",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委第四巡察组", "泸州市中医医院党委", "2024-10-10", "2024-11-08", "2025-01-15"),
        headline=head(),
        problems=[prob(1, "推进中医药特色专科建设有差距",
                       category="学习贯彻习近平总书记关于中医药工作重要指示批示精神不到位,中医药传承创新发展有差距", measures=1)],
        anomalies=["No title line in the stored text; sections 一、二、 are the Party committee's and its secretary's duties.",
                   "Problems are in 三、, '1.…' under '(一)…' categories, each with '整改落实情况:一是…'; cut off in 一是."]),
    "taizhou_weijian_bulletin": dict(
        url="https://wjw.taizhou.gov.cn/xwzx/tzgg/art/2025/art_fb7bec63652c4d44aab7a830fe2a7dce.html", excerpt=True,
        genre="2 problem section second; 6 headline; 7 于…反馈",
        kind="bulletin", title=None, issuer=None, report_date="2025-09-24",
        inspection=ins("市委第四巡察组", "市卫生健康委党组", "2024-07-09", "2024-09-14", "2025-01-17"),
        headline=head(18, None, 164),
        problems=[prob(1, "职能作用发挥不充分", category="整改落实情况", measures=1)],
        anomalies=["Page chrome ('- 发布日期:2025-09-24 08:02') instead of a title; no signature.",
                   "'6个方面18个突出问题…164项整改措施' in section 一 are the headline; the problems are in 二、 as '(一)关于“…”问题的整改'.",
                   "Feedback date in prose: '并于2025年1月17日进行了反馈'. Cut off in 一是."]),
    "boxing_hospital_bulletin": dict(
        url="http://bxjwjw.gov.cn/xx/xs/2025-12-29/6263.html", excerpt=True, genre="2 organisation first; 6 headline; 7 dates lost 年/月",
        kind="bulletin", title="博兴县中医医院党委关于十四届县委第六轮巡察集中整改进展情况的通报", issuer="博兴县中医医院党委",
        report_date="2025-05-12",
        inspection=ins("县委第一巡察组", "县中医医院党委", "2024-04-02", "2024-08-20", "2024-09-19"),
        headline=head(33, None, 97),
        problems=[],
        anomalies=["Dates lost their 年/月 in the page ('202442日至820日', '2024919日'); the end day takes the start's year.",
                   "'33项具体问题' and '97项整改措施' are the headline; '171条具体措施' is a finer split, not the headline.",
                   "Cut off in section 一 (organisation): no problem in the text."]),
    "suqian_weijian_bulletin": dict(
        url="https://www.sqjw.gov.cn/sqsjw/bjxc/202506/04f44a3e0d4a43afac66bf0ba77658ea.shtml", excerpt=True,
        genre="2 organisation first; 7 dates lost 年/月",
        kind="bulletin", title="市卫健委党委关于巡察整改进展情况的通报", issuer="市卫健委党委", report_date="2025-05-28",
        inspection=ins("市委第六巡察组", "市卫健委党委", "2024-07-17", "2024-08-30", "2024-09-14"),
        headline=head(), problems=[],
        anomalies=["Dates lost their 年/月 ('2024717日至830日', '914日'): the end and feedback take the start's year.",
                   "'8项重点整改事项' and '10个' specialties are not headline figures; cut off in section 一 (organisation)."]),
    "zhongyi_hospital_trad": dict(
        url="http://seowindows.com/article/yuanwugongkai/17645.html", excerpt=True, genre="2 organisation first; 6 traditional; 7 year from context",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委第三巡察組", "市中醫醫院黨委", "2023-03-29", "2023-06-09", "2023-09-27"),
        headline=head(), problems=[],
        anomalies=["Traditional characters with pinyin glosses after some characters ('據(jù)'), reposted on an unrelated host.",
                   "Feedback '9月27日' takes the period's year; section 一 and its (一)(二) are how the work was organised; cut off."]),
    "eight_provinces_trad": dict(
        url="http://topvintageporn.com/c/2019-05-01/2337748.shtml", excerpt=True, genre="5 round summary; 6 traditional",
        kind="bulletin", title="8省(區)公開中央環保督察整改落實情況 薄弱環節仍存", issuer=None, report_date=None,
        inspection=ins("中央環境保護督察組", "吉林、浙江、山東、海南、四川、西藏、青海、新疆(含生產建設兵團)等8省(區)"),
        headline=head(530, 274), problems=[],
        anomalies=["Traditional characters with pinyin glosses, on a spam host; period and feedback give months only (no dates).",
                   "'530項整改任務,已完成或基本完成274項' is the headline (tasks are the feedback's problems); 一是/二是/三是 are weaknesses, not problems."]),
    "second_round_ducha_plans": dict(
        url="http://cjckcn.com/hb/20136.html", excerpt=False, genre="5 round summary",
        kind="bulletin", title="第二轮中央生态环境保护督察整改方案全部公开", issuer=None, report_date="2023-02-22",
        inspection=ins(), headline=head(2164, 1275), problems=[],
        anomalies=["News item; the page date follows the source name ('中国证券报 2023-02-22')."]),
    "jinzhou_ocean_tasks": dict(
        url="http://nzgx.org/html/ZhengCeFaGui/DiFangFaGui/20181113/551697.html", excerpt=False, genre="5 city summary; 6 headline",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(21, 20), problems=[],
        anomalies=["'21项整改任务已完成20项' is quoted inside a leader's instruction and restated as '任务是21个,已基本完成任务20个'.",
                   "'1-20号整改任务' is a range of task numbers, not a count."]),
    "seven_provinces_tasks": dict(
        url="http://jx.7310413.cn/27510.html", excerpt=False, genre="5 round summary; 6 done before total",
        kind="bulletin", title="天津等7省市中央环保督察整改任务已完成近六成", issuer=None, report_date="2022-12-17",
        inspection=ins("中央环境保护督察组", "天津等7省市"), headline=head(531, 313), problems=[],
        anomalies=["Reposted on a machinery site: a product name is glued to the title, product links follow the text.",
                   "The done count comes first: '已完成313项整改任务,占…明确531项任务的近六成'.",
                   "Period and feedback give months only (no dates); 一是/二是/三是 are weaknesses, not problems."]),
    "anhui_petitions_tasks": dict(
        url="http://0551qiaojia.com/xwzx/10136.html", excerpt=False, genre="5 province summary; 6 headline vs petitions",
        kind="bulletin", title="【要闻】近九成中央环保督察转办信访件整改完成", issuer=None, report_date=None,
        inspection=ins(), headline=head(144, 16), problems=[],
        anomalies=["The first figures are petitions ('信访件3719件…已完成3230件'), not problems; the headline is "
                   "'省整改任务清单上的144个问题已经完成整改16个'.",
                   "Machine-rewritten news (odd wording); the title is given at the end after '标题:'."]),
    "jiangsu_round2_tasks": dict(
        url="http://ourjiangsu.com/a/20220927/1664284613255.shtml", excerpt=False, genre="5 province summary; 6 headline",
        kind="bulletin", title="江苏省通报第二轮中央生态环保督察整改进展情况", issuer=None, report_date="2022-09-27",
        inspection=ins(), headline=head(55, 6), problems=[],
        anomalies=["'全部55项整改任务' is the total; '13项整改任务已基本完成6项' is the done count (of those due this year).",
                   "3411 petitions (信访事项) are a separate count, not the headline."]),
    "suma_two_problems_notice": dict(
        url="https://suma.ahsz.gov.cn/xwzx/tzgg/195865261.html", excerpt=False, genre="3 one notice (two listed problems); 7 dates lost",
        kind="bulletin", title="突出生态环境问题整改验收销号公示", issuer="宿州马鞍山现代产业园区管委会", report_date="2025-09-01",
        inspection=ins(), headline=head(),
        problems=[prob(1, "江东路南延,砂石物料露天未覆盖,路面积尘较多过车扬尘", category="整改问题", status="done", measures=1,
                       units=("宿马园区党工委、管委会",), deadline="20259月底前"),
                  prob(2, "楚江大道南延,砂石物料、裸土未及时覆盖,路面积尘较多过车扬尘", category="整改问题", status="done", measures=1,
                       units=("宿马园区党工委、管委会",), deadline="20259月底前")],
        anomalies=["A 验收销号公示 in fixed sections (一、整改问题 … 六、整改完成情况); two problems (一)(二) share the later sections.",
                   "重点措施 (一)(二) pair with the two problems, one each (judgment); '经核查,已完成整改' is the status of both.",
                   "Dates lost 年/月/日 ('20259月底前', '202591日至2025912日', signature '202591')."]),
    "suma_one_problem_notice": dict(
        url="https://deaufficio.com/suma/xwzx/tzgg/195045811.html", excerpt=False, genre="3 one task, one notice",
        kind="bulletin", title="突出生态环境问题整改验收销号公示", issuer=None, report_date="2024-09-29",
        inspection=ins(), headline=head(),
        problems=[prob(1, "宿马园区唐河天门大道段有浮萍及垃圾被晒化流入唐河,污染水体", category="整改问题", status="done", measures=1,
                       units=("宿马园区党工委、管委会",), deadline="2024年12月底")],
        anomalies=["Mirror of a 宿马园区 page on another host; one problem in fixed sections, signature date at the end.",
                   "'2024年9月29日至2024年10月9日' is the 公示 period, not the inspection's."]),
    "xuancheng_audit_gongkai": dict(
        url="http://www.xuancheng.gov.cn/OpennessContent/show/1783135.html", excerpt=True, genre="2 problems are the top-level items; 7 metadata block",
        kind="bulletin", title="宣城市审计局关于第三机构2019年第三次政务公开测评问题整改情况的报告", issuer="宣城市审计局",
        report_date="2019-12-19", inspection=ins("第三方机构", "宣城市审计局"), headline=head(),
        problems=[prob(1, "“政策法规”-“规范性文件立改废”栏目存在“未公布规范性文件的意见征集程序开展情况、规范性文件清理结果、废止类规范性文件目录”的问题",
                       measures=1),
                  prob(2, "“意见征集”栏目“未公布征求意交稿”的问题", measures=1)],
        anomalies=["Government-site metadata block given twice before the text; the body's top-level items 一、二、 are the problems, "
                   "each '…的问题:' followed by what was done in one paragraph.",
                   "Cut off inside problem 二."]),
    "jiangxi_audit_2024": dict(
        url="http://rddy.org.cn/show-90263.html", excerpt=True, genre="6 audit, organisation first; 7 meeting date",
        kind="bulletin", title=None, issuer=None, report_date="2024-11-26", inspection=ins("省审计厅"), headline=head(),
        problems=[],
        anomalies=["Starts at the subtitle '——2024年11月26日在…会议上' (title not in the stored text); the speaker is the 审计厅 head.",
                   "'11个设区市、33家单位' are not headline figures; cut off in section 一 (organisation)."]),
    "seven_provinces_2018_tasks": dict(
        url="http://www.cnhan.com/html/hbrb/20180516/800038.htm", excerpt=False, genre="5 round summary",
        kind="bulletin", title="完成七成中央环保督察整改任务", issuer=None, report_date="2018-05-16",
        inspection=ins("中央环境保护督察组", "北京、上海、湖北、广东、重庆、陕西、甘肃等7省市"), headline=head(493, 357), problems=[],
        anomalies=["Newspaper page with chrome after the text; period and feedback give months only (no dates)."]),
}

for stem, d in DOCS.items():
    write_truth(HERE, stem, d)
