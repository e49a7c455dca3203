"""Write the truth files of tests/importer/real/blind4: a fourth batch, labelled at the start of the third
session on issue 10, before any parser change in that session, and scored once (FIRST_RUN_blind4.txt).

Same schema and conventions as ``make_truths.py``. The texts are the stored copies the search tool's
``pages`` corpus returned (first ~2,000 bytes of a page; ``excerpt`` marks the cut ones). Measures were
counted twice (reading; listing 一是/（1）/1、 under the problem): only one document holds a problem.

Judgement calls, stated once here and in each truth's anomalies:
- a count of 整改任务 split from the feedback is the problem count (as in ``sichuan_xny365_tasks``); a finer
  count of 具体整改任务 under them is the measure count;
- counts of 问题线索, 意见建议, 信访件, 项目 and inspected bodies are not headline figures;
- when a text names several inspections, the dates and the count are those of the body the text is about.
"""
from pathlib import Path

from make_truths import head, ins, prob, write_truth

HERE = Path(__file__).resolve().parent.parent / "blind4"

DOCS = {
    "huzhou_yrd_audit_notice": dict(
        url="https://2000zi.500zi.com/n/1/636/QORlgrKd45.html", excerpt=True,
        genre="3 one audit finding, one notice; 7 page date; audit office as inspector",
        kind="bulletin", title="湖州市推进长三角一体化发展工作领导小组办公室关于审计整改结果的公告",
        issuer="湖州市推进长三角一体化发展工作领导小组办公室", report_date="2024-03-01",
        inspection=ins("湖州市审计局"), headline=head(),
        problems=[prob(1, "10个项目建设进度滞后", status="in_progress", measures=1)],
        anomalies=["An audit-rectification 公告 republished on an essay site (chrome before the title; '时间:2024-03-01' is the page date).",
                   "One audit finding, quoted '审计发现“10个项目建设进度滞后”' under 一、; what was done is one paragraph; "
                   "'4个项目完成整改…2个项目整改工作将持续推进': still in progress.",
                   "二、 is the audit recommendation ('审计建议:…') and its 一是/二是/三是: not a problem; cut off in 三是.",
                   "Document number lost its year ('湖审函〔〕13号')."]),
    "blcu_rectification_meeting": dict(
        url="http://news.blcu.edu.cn/info/1011/2654.htm", excerpt=False, genre="5 university meeting; 6 tasks as problems",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins("教育部第一巡视组"),
        headline=head(12, None, 55), problems=[],
        anomalies=["News of a university's rectification meeting: no problem list.",
                   "'整改任务明确为12项主要任务' are the problems; '55项具体整改任务' the finer split (measures).",
                   "'9个主责单位' are units, not figures; 第一/第二 are the secretary's demands; no year anywhere."]),
    "jschina_round7_universities": dict(
        url="http://news.jschina.com.cn/scroll/guonei/202204/t20220418_2981661.shtml", excerpt=False,
        genre="5 round summary (central inspection of universities)",
        kind="bulletin", title="十九届中央第七轮巡视整改进展情况全部公布", issuer=None, report_date="2022-04-18",
        inspection=ins(None, "教育部和31所中管高校党组织"), headline=head(), problems=[],
        anomalies=["News summary of a round: 32 bodies published their progress; '32个单位' and '11个单位' are not headline figures.",
                   "Period and feedback given by month only ('2021年5月至7月', '2021年9月'): no date.",
                   "Two quoted feedback phrases are examples, not a problem list.",
                   "Image file name and 新华社 dateline before the body; tags and editor lines after."]),
    "aqnu_assessment_meeting": dict(
        url="https://zzb.aqnu.edu.cn/info/1002/2861.htm", excerpt=True, genre="5 university meeting on rectification assessment",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(), problems=[],
        anomalies=["A 巡察工作领导小组 meeting reviewing an assessment: '存在整改不全面、不深入…等问题' is prose, not a list.",
                   "No year; cut off in the byline."]),
    "rcwkj_health_feedback_trad": dict(
        url="https://rcwkj.com/gzdt/p/303.html", excerpt=False, genre="5 feedback news; 6 traditional; 7 period",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委第三專項巡察組", "我區醫療衛生系統", "2018-03-15", "2018-04-15"),
        headline=head(56), problems=[],
        anomalies=["Traditional characters with pinyin glosses; doubled commas ',,' and ',。' from the host.",
                   "'六個方面存在的56個具體問題' is the headline; '2個月內' is a deadline, not a figure.",
                   "Feedback given '近日': no feedback date."]),
    "fyxfw_taihe_hospital_feedback": dict(
        url="https://fyxfw.gov.cn/display.php?id=114185", excerpt=False, genre="5 hospital feedback meeting",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("阜阳市委医疗卫生领域第六专项巡察组", "太和县人民医院党委"), headline=head(17), problems=[],
        anomalies=["'通报巡察发现6方面17项问题' is the headline; the 一是…五是 after it are recommendations, the later ones demands and pledges.",
                   "Period '3月19日至4月30日' has no year: no date."]),
    "soe_group_round7_feedback": dict(
        url="https://bipartisan-report.com/view/ynyunkenDang/3/161/2760", excerpt=False, genre="5 SOE round feedback",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("集团党委第七轮政治巡察三个巡察组", "国贸公司党支部、高特公司党总支、产业研究院党委"),
        headline=head(60), problems=[],
        anomalies=["A group company's round feedback to three subsidiaries: '共计反馈问题60个' is the headline; "
                   "'整改意见建议83条' are recommendations, not measures; '90%' is a satisfaction rate.",
                   "'9月2日' has no year."]),
    "lanshan_audit_recheck": dict(
        url="https://yohu9.com/newsshow-214114.html", excerpt=False, genre="5 audit office summary; 6 audit problem count",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins("岚山区审计局"),
        headline=head(483), problems=[],
        anomalies=["An audit office re-checks rectification: '24个项目的483个问题' — 483 problems (24 audit projects are not a figure).",
                   "The three verdicts (已整改/持续整改/未整改) are defined, not counted."]),
    "zhenan_county_trad": dict(
        url="http://15m8.com/xqzc/zax/2019-09-03/1051732.html", excerpt=True, genre="5 county summary over rounds; 6 traditional",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(408, 393), problems=[],
        anomalies=["Traditional with pinyin glosses and broken entities ('實打?qū)?rdquo;').",
                   "'共反饋巡察問題408個…已整改問題393個' are the headline; 220/167 問題線索, 9 groups and 38 units are not.",
                   "Three quoted lead phrases (“面對面”…) are methods, not problems; cut off."]),
    "weixi_round11_findings": dict(
        url="http://www.dqzjw.gov.cn/info-70-5005.html", excerpt=False, genre="5 county round summary; 7 period",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("县委第十一轮巡察三个巡察组", "保和镇、县财政局、县医疗保障局、县委办、县接待办、县投资促进局、县工业园区管委会",
                       "2020-04-07", "2020-06-08"),
        headline=head(189), problems=[],
        anomalies=["'共发现问题189个,其中…立行立改问题32个' : 189 is the headline; 意见建议26条, 线索2件, 63人次/40人次 are not.",
                   "Opens with a quotation of a meeting."]),
    "xingning_yetang_supervision": dict(
        url="https://www.xingning.gov.cn/jrxn/xzfc/content/post_1512754.html", excerpt=False,
        genre="5 town progress news; 7 two inspections, period with a dash",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("兴宁市委机动巡察一组", "叶塘镇党委", "2018-11-26", "2019-01-26"),
        headline=head(14), problems=[],
        anomalies=["Two inspections: the town Party committee's ('2018年11月26日——2019年1月26日', a dash as separator) and a "
                   "follow-up of six villages ('2019年3月8日至4月19日', 市委第二巡察组); the text is about the town.",
                   "'镇党委…5大方面14个问题' is the headline; the villages' 44 and 18 problems are separate counts.",
                   "Supervision by a 督查组 on '10月17日' (no year)."]),
    "cqlzw_round2_feedback": dict(
        url="http://cqlzw.gov.cn/xunchagongzuo/932.html", excerpt=True, genre="5 round feedback news; 7 period across years",
        kind="bulletin", title="五届区委第二轮巡察反馈完成", issuer=None, report_date="2023-04-18",
        inspection=ins(None, "8个区直部门党组织", "2022-11-11", "2023-01-20"), headline=head(), problems=[],
        anomalies=["Round feedback news: the '有的…;有的…' sentence lists common shortcomings of 8 bodies in prose — not a problem list.",
                   "Feedback '近日': no feedback date; cut off."]),
}

for stem, d in DOCS.items():
    write_truth(HERE, stem, d)
