"""Write the truth files of tests/importer/real/blind3: a third, small batch labelled at the end of the second
session on issue 10, after the parser changes, and scored once (FIRST_RUN_blind3.txt) without changing the
parser for it: the honest check of the final parser on documents it was not tuned against.

Same schema and conventions as ``make_truths.py``.
"""
from pathlib import Path

from make_truths import head, ins, write_truth

HERE = Path(__file__).resolve().parent.parent / "blind3"

DOCS = {
    "xuancheng_hospital_trad": dict(
        url="http://m.lyruiju.cn/NewsInfo.aspx?NewsID=7526", excerpt=False, genre="5 organisation report; 6 traditional",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("區委醫療衛生領域專項巡察組", "宣城市中心醫院黨委"), headline=head(65), problems=[],
        anomalies=["Traditional characters with pinyin glosses, some glosses broken into '?' by the host.",
                   "A Party committee meeting on rectification: 第一/第二/第三 are its agenda and 一是…五是 its demands, not problems;",
                   "'專項巡察反饋意見共65項問題' is the headline."]),
    "whu_undergrad_huitoukan": dict(
        url="http://dwxsb.whu.edu.cn/info/1019/4283.htm", excerpt=True, genre="5 university follow-up review; 7 year from the page date",
        kind="bulletin", title="校党委向本科生院反馈第三轮巡视“回头看”情况", issuer=None, report_date="2023-03-24",
        inspection=ins("党委巡视组", "本科生院", "2022-12-05", "2022-12-13", "2023-03-23"),
        headline=head(26, None, 29, 29), problems=[],
        anomalies=["'4大类、13个大项、26个具体问题、29项整改措施已完成': 26 problems, 29 measures, all 29 done (whether the "
                   "26 problems are said done too is left open: problems_done null).",
                   "The shortcomings found by the review are one prose sentence ('存在…等问题'), not a list; cut off."]),
    "hainan_plan_measures": dict(
        url="http://news.17huanbao.com/hyxw/news_149646.html", excerpt=False, genre="5 province summary (plan news)",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("中央第四环境保护督察组"), headline=head(None, None, 56), problems=[],
        anomalies=["News of a rectification plan: '4大类56条整改措施清单' is the headline (measures).",
                   "Dates without a year ('02月18日讯', '去年12月23日'): no date can be resolved."]),
    "pingxiang_petitions": dict(
        url="http://huanbaofz.org.cn/show-210032.html", excerpt=False, genre="5 county summary; 6 petitions are not problems",
        kind="bulletin", title="萍乡市莲花生态环境局组织开展中央环保督察“回头看”交办信访件销号核查", issuer=None,
        report_date="2020-07-28", inspection=ins(), headline=head(), problems=[],
        anomalies=["'9件交办信访案件已全部整改到位' counts petitions, not the inspection's problems: no headline figure."]),
    "hebei_feedback_news": dict(
        url="http://czrb.bohaitoday.com/pc/content/202309/01/content_102712.html", excerpt=True, genre="5 round feedback news",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins("15个省委巡视组"), headline=head(),
        problems=[],
        anomalies=["News of a round's feedback to 41 bodies: 15 teams and 41 bodies are not headline figures; cut off."]),
}

for stem, d in DOCS.items():
    write_truth(HERE, stem, d)
