"""Write the truth files of tests/importer/real/blind6: four more real documents labelled in the third session
on issue 10 after the blind5 changes, scored once (FIRST_RUN_blind6.txt) before any change for them.

Same schema and conventions as ``make_truths.py`` and ``make_truths_blind4.py``.
"""
from pathlib import Path

from make_truths import head, ins, write_truth

HERE = Path(__file__).resolve().parent.parent / "blind6"

DOCS = {
    "cssc_group_progress": dict(
        url="http://law.hebei.com.cn/system/2015/07/21/015976856.shtml", excerpt=True,
        genre="5 SOE progress news; 6 work milestones are not problems",
        kind="bulletin", title="中船集团:完成巡视整改 每2个月汇报一次", issuer=None, report_date=None,
        inspection=ins("中央巡视组"), headline=head(None, None, None, None, 13), problems=[],
        anomalies=["'203个主要工作节点完成168个' counts milestones, '19个专项整改工作组' groups, '问题线索5个' leads: none is a problem count.",
                   "'制定修订规章制度13个': 13 rules. Cut off."]),
    "xiangyang_supervision": dict(
        url="http://www.hgjwjw.gov.cn/xyq/xsxs/663.html", excerpt=False,
        genre="5 district supervision of rectification; 6 a count of problems not well rectified",
        kind="bulletin", title="向阳区开展巡察整改专项督查", issuer=None, report_date="2020-12-10", inspection=ins(),
        headline=head(), problems=[],
        anomalies=["Breadcrumb and a column prefix ('本级巡察整改:') before the title; the title is repeated.",
                   "'存在8个方面36个问题整改不够到位' counts problems whose rectification falls short, found by a supervision — "
                   "neither the feedback's total nor a done count: no headline figure.",
                   "'10家整改不力的单位', '3点整改意见' are not figures; '2020年8月' has no day."]),
    "people_round5_published": dict(
        url="http://jx.people.com.cn/n2/2021/0421/c186330-34685866.html", excerpt=False, genre="5 round summary (central)",
        kind="bulletin", title="十九届中央第五轮巡视整改进展情况开始公布", issuer=None, report_date="2021-04-21",
        inspection=ins(None, "35个中央和国家机关单位党组织"), headline=head(), problems=[],
        anomalies=["Page date '2021年04月21日07:25'; the print-edition line repeats it.",
                   "Period and feedback by month only ('2020年5月至7月', '2020年8月'); 35/11 count bodies."]),
    "central_round1_2014_trad": dict(
        url="http://big5.china.com.cn/gate/big5/finance.china.com.cn/roll/20141011/2718667.shtml", excerpt=False,
        genre="5 round summary; 6 traditional; 7 page date",
        kind="bulletin", title="今年中央首輪巡視 整改情況集中公佈", issuer=None, report_date="2014-10-11",
        inspection=ins("中央巡視組"), headline=head(), problems=[],
        anomalies=["Traditional characters (big5 gateway); '發佈時間:2014-10-11 05:38:46' is the page date.",
                   "Period '今年3月至5月' and feedback '今年7月' have no day; the shortcomings are one prose sentence."]),
}

for stem, d in DOCS.items():
    write_truth(HERE, stem, d)
