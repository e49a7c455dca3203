"""ot20 (session 20): one-task notices that flipped under the onetask perturbations (perturb.py --perturbations onetask).

A one-task 公示 whose annex table was flattened one cell a line ("整改任务" / its value / "责任单位" / its value …) and then
cut off by a web copy after its second row keeps two labels only; two suffice when the text above the labels names a
公示 or 销号 (a notice has one form). Texts written for these tests, in the genre; not copied from a labelled page.
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.normalize import _label_lines_over_values


def _problems(text: str) -> list[dict]:
    return parse_text(text).to_dict()["problems"]


CUT_NOTICE = """关于第二轮省生态环境保护督察整改任务销号的公示

第二轮省生态环境保护督察指出的“乡镇垃圾中转站管理粗放”问题已完成整改，并通过验收，拟按程序实施销号。现将问题整改情况予以公示，公示期为2026年3月2日至2026年3月16日。

附件：具体整改情况表

整改任务

乡镇垃圾中转站管理粗放。某镇中转站渗滤液收集池破损，督察组现场发现渗滤液外溢，周边沟渠有黑色积水。

责任单位

某县城市管理局、某镇人民政府…
"""


def test_a_cut_one_task_notice_with_two_label_lines_left_reads_its_task_and_its_units():
    problems = _problems(CUT_NOTICE)
    assert len(problems) == 1
    p = problems[0]
    assert p["title"].startswith("乡镇垃圾中转站管理粗放。某镇中转站渗滤液收集池破损")
    assert "某县城市管理局" in p["responsible_units"]


MEETING_NEWS = """某县召开生态环境问题整改推进会

3月5日，某县召开生态环境问题整改推进会，通报近期工作进展，部署下一步工作。

整改任务

会议要求各乡镇对照清单逐项抓好落实，做到问题不解决不松劲。

责任单位

会议强调，各责任单位要压实责任，确保按期完成。
"""


def test_meeting_news_with_two_label_lines_and_no_notice_heading_is_not_joined_as_a_form():
    lines = MEETING_NEWS.split("\n")
    assert _label_lines_over_values(lines) == lines
    assert [p["title"] for p in _problems(MEETING_NEWS) if p["title"].startswith("会议要求")] == []


def test_a_notice_flattening_several_tasks_keeps_them_apart_even_with_two_labels_each():
    lines = ["关于督察整改任务完成情况的公示", "整改任务", "", "河道垃圾清理不及时。", "责任单位", "某镇",
             "整改任务", "", "污水直排。", "责任单位", "某局"]
    assert _label_lines_over_values(lines) == lines  # (labels said again for each task: a ledger, no one form)
    one_label = ["关于督察整改任务销号的公示", "整改任务", "河道垃圾清理不及时。"]
    assert _label_lines_over_values(one_label) == one_label  # (one label is no form)


TASK_CONTENT_TABLE = """某市关于省生态环境保护督察反馈意见（序号9）整改情况公示
我局承担省生态环境保护督察反馈意见（序号9）的整改工作，现将整改落实情况予以公示：
整改任务内容\t部分乡镇饮用水水源保护区标志设置不全，保护区内仍有零散养殖户。
整改目标\t2024年底前完成保护区规范化建设。
整改措施\t我局会同属地乡镇补设界标和警示牌，关停搬迁保护区内养殖户5户。
整改完成情况\t已全部完成整改。
某市生态环境局
2024年12月18日
"""


def test_a_one_task_notice_table_whose_task_row_is_labelled_task_content_reads_that_task():
    problems = _problems(TASK_CONTENT_TABLE)
    assert len(problems) == 1
    p = problems[0]
    assert p["title"].startswith("部分乡镇饮用水水源保护区标志设置不全")
    assert p["seq"] == 9 and p["status"] == "done"
    assert p["category"] == "整改任务内容"


PLAN_TASK_CONTENT = """某县生态环境问题整改工作推进会召开
3月8日，某县召开生态环境问题整改工作推进会。
会议明确了整改任务内容：1.加快城区污水管网建设；2.推进农村生活垃圾分类；3.开展矿山生态修复。
会议要求各部门压实责任，确保按期完成。
"""


def test_meeting_news_naming_several_task_contents_is_no_one_task():
    assert _problems(PLAN_TASK_CONTENT) == []  # (three tasks named in a sentence of meeting news: no one task)
