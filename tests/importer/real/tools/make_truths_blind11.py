"""Write the truth files of tests/importer/real/blind11: pages found while collecting snippets12 (session 13, helper
label12, who did not change the parser and did not read its code) that hold a PROBLEM LIST (3 in part 1, 4 in part 2). Scored once on the untouched
parser (FIRST_RUN_blind11.txt) before anything else changed.

Schema as make_truths.py / make_truths_blind8.py / make_truths_blind9.py (/work/shared/corpus/README.md). Texts are the
stored copies the ``pages`` corpus returned, copied as returned; none of the urls is in an earlier batch (checked on
host+path against every ``"url"`` under tests/importer in this worktree and /work/main, and /work/shared/corpus). Most
numbered problem lists the search returned (hpu college branch check, 婺城文旅体局, 南宁 audit letter, …) were already
labelled; these three were not. Each problem title was checked to occur verbatim in its text (``main`` asserts it).

Measures were counted twice: once by reading, once by listing the markers (一是/1、/(1)) under each problem. Both counts
agree; the judgement calls:
- dajing: the four problems are listed first ('1、…; 2、…; 3、…; 4、…。') and the four rectifications after, numbered
  the same ('现将我校整改情况报告如下: 1、…; 2、…'); each problem gets its same-numbered item, one undivided item → 1.
  Its deadlines are kept as written ('2018 年 7 月低': extraction spaces and the typo 低 for 底).
- xizang and wuxi hold problems only (a self-check's 一是…三是 each followed by '主要表现在…', a notice's 一是…五是):
  no measure text stands under any problem, so measure_count is 0 (not 1: there is no paragraph of measures to count).
  NEW: a self-examination that lists its own shortcomings as 一是/二是/三是 is a problem list here (the brief asks for
  self-check lists), unlike blind9's feedback news that names a body's problem areas inline.
- The notice's numbered aspect '1.辦學條件方面' is the category; its 一是…五是 are the problems (seq 1..5).
- A self-check done on one stated day ('于 2018 年 6 月 11 日…进行了自查', '于检查当日召开…') has that day as start and
  end; the school is both inspector and inspected. A meeting that reports a self-check (xizang '2022年3月28日下午…
  召开…自查工作会议') does not date the check: null.
- Part 2 (four pages found after part 1's first run, parser still untouched, scored separately): NEW calls — an
  unnumbered list (one problem per HTML <h3>) has seq null; problems inline as 其一/其二 are a list; '发现以下两处问题'
  is a count (2) although written in Chinese numerals; a plan whose title names no body and that has no signature has
  no issuer (the portal's 发布机构 metadata is not used); a 对照检查材料's '(一)…方面' is the category and its 一是/二是
  the problems, titled by the clause before the first '。'.
- Kind: the school's '…存在问题整改报告' reports its rectification → bulletin (the schema has bulletin and plan only);
  the meeting news and the notice template have no kind.
"""
from pathlib import Path

from make_truths import head, ins, prob, simplified, write_labelled_set

HERE = Path(__file__).resolve().parent.parent / "blind11"

DOCS = {
    "dajing_school_balance_selfcheck_report": dict(
        url="https://www.xiaomilidoc.com/p-9876003.html", excerpt=False,
        genre="self-check rectification report of a middle school: numbered problem list, then numbered rectifications",
        kind="bulletin", title="关于义务教育均衡发展存在问题整改报告", issuer="商州区大荆中学", report_date="2018-06-15",
        inspection=ins("商州区大荆中学", "商州区大荆中学", start="2018-06-11", end="2018-06-11"), headline=head(),
        problems=[
            prob(1, "教室现有 6 个,共 180 瓦,光线不够充足", measures=1, deadline="2018 年 7 月低"),
            prob(2, "体育场地和设施设备正在建设筹备中,体育活动不能正常开展", measures=1, deadline="2018 年 9 月低"),
            prob(3, "旱厕蹲位少,卫生条件差", measures=1, deadline="2018 年 10 月低"),
            prob(4, "学校浴池淋浴设施少,设备简陋", measures=1, deadline="2018 年 8 月低"),
        ],
        anomalies=["A doc-site copy flattened to one paragraph: the site title '义务教育均衡发展整改报告', the signer and the real "
                   "title run together on the first line; PDF-extraction spaces around digits ('于 2018 年 6 月 11 日').",
                   "Problems 1、–4、 then rectifications 1、–4、 in a second numbered list: the numbering restarts; each "
                   "rectification belongs to the same-numbered problem.",
                   "Deadlines inside the rectification sentences ('保证 2018 年 7 月低完成整改'); '低' is a typo for 底. No "
                   "(责任单位:) marker ('总务处' is named in the text): units empty. No status stated.",
                   "Signature '商州区大荆中学 2018.06.15' (dotted date) is the report date; '6 个', '180 瓦' are not figures."]),
    "xizang_drc_branch_weak_selfcheck": dict(
        url="http://drc.xizang.gov.cn/dwjs/xxjy/202207/t20220727_316021.html", excerpt=True,
        genre="self-check meeting news of a party branch: its own problems as 一是…三是 with 主要表现在…",
        kind=None, title="自查软弱涣散 落实整改措施", issuer=None, report_date="2022-07-27",
        inspection=ins(), headline=head(),
        problems=[
            prob(1, "不按规定执行“三会一课”、组织生活会、民主评议党员等基本制度", measures=0),
            prob(2, "“两张皮”、形式主义问题突出", measures=0),
            prob(3, "支部战斗堡垒作用发挥不明显", measures=0),
        ],
        anomalies=["'发布时间:2022-07-27 来源:机关党委' above the title (report date).",
                   "'2022年3月28日下午' is the self-check meeting, not the check's dates; '2021年', '2022年第1季度' periods of "
                   "work; '平均每月1次', '不到50%' are not figures.",
                   "The three problems run inline in one paragraph as 一是/二是/三是, each followed by '主要表现在…' (the "
                   "problem's description, not a measure): measure_count 0. The page goes on to '会议要求…一是…' (cut off "
                   "in the stored copy; not in the snippet)."]),
    "wuxi_private_school_deadline_notice_template_trad": dict(
        url="http://www.fzlwr.cn/tongzhi/3090457.html", excerpt=True,
        genre="a 限期整改通知书 template on a 范文 site, traditional with glosses: problems as 一是…五是 under '1.…方面'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(None, "無(wú)錫市東港蠡國小學(xué)"), headline=head(),
        problems=[
            prob(1, "部分年級(主要是一、四、六年級)班學(xué)額超標(標準為班學(xué)額不超過(guò)50人)",
                 category="辦學(xué)條件方面", measures=0),
            prob(2, "生均占地面積嚴重不足(目前學(xué)校生均占地面積為5.31平方米,遠遠低于生均18平方米的標準)",
                 category="辦學(xué)條件方面", measures=0),
            prob(3, "生均綠化面積不足(目前學(xué);緵](méi)有綠化面積)", category="辦學(xué)條件方面", measures=0),
            prob(4, "學(xué)生活動(dòng)場(chǎng)地緊缺,學(xué)校無(wú)環(huán)形跑道、60米直道田徑場(chǎng)", category="辦學(xué)條件方面",
                 measures=0),
            prob(5, "專(zhuān)用教室及設施設備不足、簡(jiǎn)陋,目前學(xué)校無(wú)科學(xué)實(shí)驗室、美術(shù)教室、衛生保健室等專(zhuān)用"
                    "教室,實(shí)驗儀器、音美器材很少,圖書(shū)品種不多、數量極少(生均不足3冊)",
                 category="辦學(xué)條件方面", measures=0),
        ],
        anomalies=["A 范文 site's page: its heading '限期整改通知書(shū)格式' names the template (not a title) and a 导语 "
                   "paragraph precedes the notice; pinyin glosses throughout, one garbled stretch '學(xué);緵](méi)有'.",
                   "The issuer is '我局' (unnamed); the addressee '無(wú)錫市東港蠡國小學(xué)' is the inspected body. "
                   "'3月21日' and 'xx年度' have no year: no date.",
                   "Aspect '1.辦學條件方面:…主要存在以下幾個問題:' is the category; its 一是…五是 are the five problems, inline, "
                   "with no measure under any (measure_count 0). The stored copy goes on to '2.學校管理(含師資隊伍)方面: "
                   "一是…四是學校各類' and is cut there; the snippet stops at the end of aspect 1.",
                   "'50人', '5.31平方米', '18平方米', '60米', '3冊' are standards and measurements, not figures."]),
    # --- part 2: four pages found and labelled after part 1's first run (parser still untouched); scored separately
    # and recorded below part 1 in FIRST_RUN_blind11.txt ---------------------------------------------------------------
    "shejian_township_poverty_assessment_rectification_plan": dict(
        url="https://cnzh.gov.cn/gongkai/show/20180905224007-23980-00-000.html", excerpt=True,
        genre="a township's 整改实施方案 for a poverty-alleviation assessment: (1)/①-numbered problems with 牵头/责任单位 "
              "and 整改措施 paragraphs; cut in the second problem's measures",
        kind="plan", title="2017年度脱贫攻坚成效考核反馈问题整改实施方案", issuer=None, report_date="2018-09-05",
        inspection=ins(), headline=head(),
        problems=[
            prob(1, "将脱贫人口指标集中安排给当年计划退出村,无指标的即使达到也不让退出,有指标的未达标也想办法退出",
                 category="专项整改问题", measures=1, units=("各村支部",)),
            prob(1, "有的易地扶贫搬迁建房面积超标、贫困户负债较重,有的用易地扶贫搬迁政策替代危房改造、扩大搬迁对象范围,"
                    "有的搬 迁后脱贫举措没跟上等",
                 category="住房安全方面", measures=2, units=("各村支部",)),
        ],
        anomalies=["Portal chrome: '政府信息公开', title, '发布机构: 广元市昭化区射箭乡人民政府 发布时间: 2018-09-05 字体: [ ]' "
                   "(report date). The title names no body and there is no signature: issuer null (the 发布机构 metadata is "
                   "not a title or a signature).",
                   "The same plan's preamble (another url, cnzh.gov.cn/News/Detail/…) is snippets10's "
                   "county_poverty_assessment_rectification_plan; this page is a different copy that goes on into the "
                   "problems.",
                   "Numbering: '1.专项整改问题' (category) → '(1)' a problem; '(2)住房安全方面。' a sub-heading (category) → "
                   "'①' a problem (seq 1). Units from '责任单位:' only ('牵头单位:扶贫办、村建所' not counted).",
                   "Problem 1's 整改措施 is one undivided paragraph (1); problem 2's has 一是, 二是 (2), and the stored copy is "
                   "cut inside 二是 ('规范搬迁对象'). A space inside a word ('搬 迁') kept verbatim. '川委厅〔2018〕29 号', "
                   "'2017 年' are not dates."]),
    "haixi_sanitation_ducha_brief_two_spots": dict(
        url="http://39.103.169.235/p/8aca889da7f9", excerpt=True,
        genre="a 督导简报 on a blog platform: two problems as 其一/其二 in one sentence",
        kind=None, title="2月28日市第十督导组督导简报", issuer=None, report_date=None,
        inspection=ins("市城市环境卫生综合整治第十督导组", "海西路街道办事处"), headline=head(2),
        problems=[
            prob(1, "宏利达小区院内居民堆积废旧物3处,情况严重", measures=0),
            prob(2, "宏立达巷内汽车维修院内杂乱无章,卫生脏乱差", measures=0),
        ],
        anomalies=["'2月28日' (title and lead) has no year: no date. Blog-platform chrome after the text (copyright, 平台声明).",
                   "'发现以下两处问题' → problems_total 2 (NEW call: a count in Chinese numerals is a figure; '3处' inside "
                   "problem 1 is not). The problems are inline as '其一,…;其二,…。' with no measure under either "
                   "(measure_count 0); the 督导通知单 '责令限期整改' follows both."]),
    "huijin_square_sanitation_problems_html": dict(
        url="https://www.meipian.cn/9b4dcg5", excerpt=False,
        genre="a 美篇 post: an unnumbered problem list, one problem per <h3> element, raw HTML with &nbsp;",
        kind=None, title="创建省级卫生城市――汇金广场问题", issuer=None, report_date=None,
        inspection=ins(None, "汇金广场小区"), headline=head(),
        problems=[prob(None, t, measures=0) for t in (
            "电动车在邻街商铺门口乱停乱放严重", "汇金一二三楼占道严重环境污染严重", "二楼商铺门口有占道现象",
            "在露天广场经营严重影响公共部分卫生", "建筑剩余垃圾没人清理", "粘贴小广告问题",
            "世纪华联超市将公共电梯锁门里面脏乱", "公共厕所卫生差没水冲厕所", "汇金西南角种菜",
            "商业水部分少12个水龙头", "雨水沟上盖板破坏严重,有安全隐患,公共座椅破坏严重")],
        anomalies=["Raw HTML kept by the store: '<h1>' holds the title and the lead, each problem is an '<h3>' with leading "
                   "'&nbsp;' runs; site chrome '我的美篇' and the author's name above.",
                   "Eleven problems, unnumbered (seq null), no measure under any (0); the last '<h3>' '以上问题严重!望县领导"
                   "协调…' is a closing plea, not a problem. '12个水龙头' is inside a problem, not a figure. The inspector is "
                   "'我局' (unnamed)."]),
    "town_party_committee_2025_life_meeting_checklist": dict(
        url="https://www.gongwk.com/doc/579055.jhtml", excerpt=True,
        genre="a town party committee's 民主生活会 对照检查材料 (self-examination): 一、存在的主要问题 (一)… 一是/二是; "
              "PDF line breaks inside words; cut in the second problem",
        kind=None, title="镇党委领导班子 2025 年度民主生活会对照检查材料(含案例)", issuer=None, report_date=None,
        inspection=ins(), headline=head(),
        problems=[
            prob(1, "理论学习的转化效果不彻底", category="在带头强化政治忠诚、提高政治能力方面", measures=0),
            prob(2, "政治风险的洞察能力不敏锐", category="在带头强化政治忠诚、提高政治能力方面", measures=0),
        ],
        anomalies=["A doc-site copy of a PDF: hard line breaks every ~30 characters, also inside the title ('对照检' / '查材料') "
                   "and inside words; the body is masked ('**镇', '**村'). No date: '2025 年度' names the meeting's year.",
                   "'一、存在的主要问题' then '(一)在…方面' (category); its first line '理论武装抓得不深,政治判断力存有偏差。…' "
                   "sums up the aspect; the problems are '一是理论学习的转化效果不彻底。…' and '二是政治风险的洞察能力不敏锐。…' "
                   "(title = the clause before the first '。'; the rest is the problem's description, not measures: 0). The "
                   "stored copy is cut inside 二是.",
                   "'专题学习研讨 4 次', '谈心谈话 30 余人次', '意见建议 45 条', '3100 余万元' are not figures."]),
}


def check_one(stem: str, d: dict, text: str) -> None:
    """Every title and deadline is in the stored text as written."""
    for p in d["problems"]:
        assert p["title"] in text, (stem, p["title"])
        if p["deadline"]:
            assert p["deadline"] in text, (stem, p["deadline"])


def main() -> None:
    # the texts are stored in blind11/; _trad: in simplified without glosses, as blind10's (lead, after the first run)
    write_labelled_set(HERE, DOCS, None, check_one, trad=lambda stem: stem.endswith("_trad"))


if __name__ == "__main__":
    main()
