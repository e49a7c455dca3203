"""Write the truth files of tests/importer/real/blind5: a fifth, small batch labelled in the third session on
issue 10 after the parser changes for blind4, and scored once (FIRST_RUN_blind5.txt) before any change for it:
the honest check of that session's parser on documents it was not changed against.

Same schema and conventions as ``make_truths.py`` and ``make_truths_blind4.py`` (a count of problems stated for
the body the text is about is the headline; counts of aspects, bodies, meetings and rates are not).
"""
from pathlib import Path

from make_truths import head, ins, write_truth

HERE = Path(__file__).resolve().parent.parent / "blind5"

DOCS = {
    "ycit_college_bulletin_meeting": dict(
        url="https://mech.ycit.edu.cn/info/1115/1272.htm", excerpt=False, genre="5 college bulletin meeting; 6 rules made",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(None, "机械优集学院"),
        headline=head(32, None, None, None, 6), problems=[],
        anomalies=["'对12个方面32个问题认真进行了整改': 32 problems; '仍有8个方面问题' counts aspects still open, not problems.",
                   "'制定出台了6项规章制度': 6 rules. Inspection '2020年11月下旬' has no day; '7月7日' no year."]),
    "zzu_college_feedback": dict(
        url="https://www7.zzu.edu.cn/xjy/info/1048/2887.htm", excerpt=False, genre="5 college feedback meeting",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins("党委第四巡察组", "卓越工程师学院党委"),
        headline=head(), problems=[],
        anomalies=["Feedback meeting news: the problems are mentioned ('各类具体问题'), not listed; '7月16日' has no year."]),
    "asdi_institute_meeting": dict(
        url="https://www.asdi.com.cn/content/detail/6201ca367f8b9a37678b4567.html", excerpt=True,
        genre="5 SOE meeting on inspection and audit rectification; 6 headline",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(28), problems=[],
        anomalies=["'4个方面存在的14项28个具体问题': 28 problems (14 items over them); '4次会议' and '80%以上' are not counts of problems.",
                   "Audit findings are mentioned without a count; cut off."]),
    "chengtou_revisit": dict(
        url="http://miaochunbao.com/jtdt/1693.html", excerpt=True, genre="5 SOE follow-up visit; 7 page date",
        kind="bulletin", title="市委巡察组督查回访公司巡察整改落实情况", issuer=None, report_date="2018-03-21",
        inspection=ins("市委第四巡察组", "城投公司"), headline=head(), problems=[],
        anomalies=["Spam line before the title; the page date '日期:2018-03-21' is the report date.",
                   "'90余人' is attendance, not a figure; cut off."]),
    "sinomach_feedback": dict(
        url="https://72hg7.com/xg201812/t20181214_198745.html", excerpt=True, genre="5 SOE feedback news; 7 year from context",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("集团公司党委巡察组", "常林公司和天工院", "2018-08-30", None, "2018-12-10"),
        headline=head(), problems=[],
        anomalies=["Feedback given '12月10日—11日' (a dash between days, no year): the year is the inspection's (it began "
                   "'2018年8月30日'); the first day is the feedback date. No end date is stated.",
                   "Problems are named only by area ('在党的领导、党的建设…等方面存在的问题'); cut off."]),
    "huicheng_town_feedback": dict(
        url="http://sx.hsjw.gov.cn/gzdt/dfzf/9178069.html", excerpt=False, genre="5 town feedback news; 7 period and feedback",
        kind="bulletin", title="县委上下联动巡察组向徽城镇所辖村(社区)党组织集中反馈巡察情况", issuer=None, report_date=None,
        inspection=ins("县委上下联动巡察组", "徽城镇所辖村(社区)党组织", "2022-09-19", "2022-11-30", "2023-03-10"),
        headline=head(), problems=[],
        anomalies=["'巡察组反馈指出，…取得了新进展。但巡察也发现了一些问题，有的…等问题': praise, then shortcomings in one "
                   "prose sentence — no problem list, no quoted feedback item.",
                   "'23个村(社区)' counts bodies."]),
    "junchuan_town_revisit": dict(
        url="http://www.zgsuixian.gov.cn/jcxxgk/zb/sxjcz/fdzdgknr_15747/qtzdgk_55351/zwdc_55355/202303/t20230329_1089131.shtml",
        excerpt=False, genre="5 town follow-up visit; 6 two counts",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(22), problems=[],
        anomalies=["'该镇党委4大类16个方面22个问题及30个村级党组织244个问题': the town committee's 22 problems are the headline; "
                   "the villages' 244 are a separate count (as in blind4's xingning_yetang_supervision).",
                   "'3月20日' has no year; a site-leaving prompt ends the text."]),
    "cccc_erhang_feedback_trad": dict(
        url="http://dufresneprojects.com/cn/xsxc/info_990_itemId_72590.html", excerpt=False, genre="5 SOE round feedback; 6 traditional",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(), problems=[],
        anomalies=["Traditional characters with pinyin glosses; a round's feedback meeting: 一要/二要/三要 are demands.",
                   "'2022年第三次會議' and '3家被巡察單位' are not figures; '10月14日' takes no year from the text safely."]),
}

for stem, d in DOCS.items():
    write_truth(HERE, stem, d)
