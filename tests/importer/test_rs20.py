"""rs20 (session 20): real one-task (kind 3) and quoted-feedback (kind 4) pages the parser missed (blind33), each as the
shape of its genre, with a constructed page in that shape and a near miss it must not change.

Shapes (each rule is commented where it lives):
1. readings.SECTION_LABELS: "一、整改任务内容" / "整改问题内容" labels a one-task notice's task section.
2. normalize._RE_PIPE_FIELD_CELL: a two-column field table copied as markdown, "| 反馈问题 | … |" (a bar before the label),
   a label cell naming its field twice, "牵头部门 (责任单位)".
3. normalize._label_lines_over_values: the same table flattened one cell a line, each label alone on its line and its
   value on the next; only one task's form (three labels or more, one the task's own, none repeated).
4. readings.whole_document_candidate: a form's name (…情况表) over its fields is no category.
5. facts._reposted_title: a news item reposting a notice, "全文如下：" then the notice's heading: that heading is the title.
6. readings.whole_document_candidate: a lead naming the task by its quoted opening words does not beat the body's full
   "反馈指出“…”" statement; "由X为牵头(督导)单位" names the unit; "从以下方面进行整改：" tells work done.
7. readings.whole_document_candidate: a self-check report on one fed-back problem, "一、问题整改情况 督察报告指出：…
   二、整改措施及落实情况": its sections are no list of problems; the colon statement is its paragraph; the lead's
   "达到验收标准" is done.
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text


def _problems(text: str) -> list[dict]:
    return parse_text(text).to_dict()["problems"]


# 1 ------------------------------------------------------------------------------------------------------------------
TASK_CONTENT_NOTICE = """某市关于中央环保督察反馈意见（序号7）整改情况公示
我局承担中央环保督察反馈意见（序号7）的整改工作，现将整改落实情况予以公示：
一、整改任务内容
部分城镇污水处理厂进水浓度偏低，管网建设滞后，雨污混接问题突出。
二、整改目标
到2024年底，城市生活污水集中收集率明显提高。
三、整改措施
我局组织排查雨污混接点位，完成管网改造12公里，建立管网巡查制度。
四、整改完成情况
已全部完成整改。
某市住房和城乡建设局
2024年12月20日
"""


def test_a_one_task_notice_whose_first_section_is_named_task_content_reads_its_one_task():
    problems = _problems(TASK_CONTENT_NOTICE)
    assert len(problems) == 1
    p = problems[0]
    assert p["seq"] == 7 and p["category"] == "整改任务内容" and p["status"] == "done"
    assert p["title"].startswith("部分城镇污水处理厂进水浓度偏低")


def test_a_plan_with_a_task_content_heading_over_several_numbered_tasks_stays_a_list():
    text = """某县整改方案
一、整改任务内容
1.河道垃圾清理不及时，沿岸堆放问题突出。
2.农村生活污水直排现象仍然存在。
3.畜禽养殖废弃物处理设施不完善。
二、整改措施
（一）开展河道清理。（二）建设污水管网。（三）完善养殖设施。
"""
    assert len(_problems(text)) != 1


# 2 ------------------------------------------------------------------------------------------------------------------
MARKDOWN_ROW_FORM = """登录/注册
| 反馈问题 | 某地区废弃矿山生态恢复尚未全面完成。部分矿区虽投入治理资金，但没有取得明显效果，盗采风险依然存在。 |
| 整改目标 | 消除安全风险隐患，完善监管体系。 |
| 整改措施 | 地区组织相关部门建立巡查清单，不定期巡查，鼓励群众举报。 |
| 牵头部门 (责任单位) | 某某厅 |
| 责任人 | 某某 |
"""


def test_a_markdown_copied_field_table_of_one_task_reads_its_task_and_its_bracket_named_unit():
    problems = _problems(MARKDOWN_ROW_FORM)
    assert len(problems) == 1
    assert problems[0]["title"].startswith("某地区废弃矿山生态恢复尚未全面完成")
    assert problems[0]["responsible_units"] == ["某某厅"]


def test_a_markdown_ledger_with_several_columns_per_row_is_no_field_table():
    text = """| 序号 | 问题 | 责任单位 | 完成情况 |
| 1 | 河道垃圾清理不及时 | 某镇 | 已完成 |
| 2 | 污水直排 | 某局 | 已完成 |
| 3 | 养殖废弃物处理不到位 | 某乡 | 推进中 |
"""
    assert not any(p["title"].startswith("河道垃圾清理不及时，") for p in _problems(text))
    from zhenggai.importer.parse.normalize import _field_cell

    assert _field_cell("| 1 | 河道垃圾清理不及时 | 某镇 | 已完成 |", True) is None


# 3, 4 ---------------------------------------------------------------------------------------------------------------
FLATTENED_TABLE_NOTICE = """关于某轮省生态环境保护督察整改任务销号的公示
某轮省生态环境保护督察指出的“渠道巡查流于形式”问题已完成整改，并通过验收，拟按程序实施销号。现将问题整改情况予以公示。

附件：具体整改情况表

具体整改情况表

整改任务

渠道巡查流于形式。镇村两级巡查多次，仅发现少量垃圾问题，督察组在该段渠道发现排污口2个。

责任单位

某县水利局、某镇人民政府

整改目标

强化基层巡查责任落实。

整改措施

(一)强化履职监督。开展电话抽查、实地巡查。

(二)加强排查整治。建立台账，动态清零。
"""


def test_a_one_task_table_flattened_one_cell_a_line_reads_its_fields():
    problems = _problems(FLATTENED_TABLE_NOTICE)
    assert len(problems) == 1
    p = problems[0]
    assert p["title"].startswith("渠道巡查流于形式。镇村两级巡查多次")
    assert p["responsible_units"] == ["某县水利局", "某镇人民政府"]
    assert p["measure_count"] == 2 and p["status"] == "done"
    assert p["category"] == "整改任务"  # (the form's name "具体整改情况表" above it is no category)


def test_label_lines_repeated_for_several_tasks_are_not_joined_as_one_form():
    from zhenggai.importer.parse.normalize import _label_lines_over_values

    lines = ["整改任务", "", "河道垃圾清理不及时。", "责任单位", "某镇", "整改任务", "", "污水直排。", "责任单位", "某局",
             "整改措施", "加强巡查。"]
    assert _label_lines_over_values(lines) == lines  # (a ledger flattened: its labels said again for each task)
    report = ["整改目标", "提升水质。", "整改措施", "加强巡查。", "责任单位", "某局"]  # (no task label: no form of a task)
    assert _label_lines_over_values(report) == report


# 5, 6 ---------------------------------------------------------------------------------------------------------------
REPOSTED_NOTICE = """3月2日，某县自然资源局发布关于第二轮省级生态环境保护督察反馈“部分砂石矿山未按要求修复”问题整改完成情况公示。
全文如下:
关于第二轮省级生态环境保护督察反馈“部分砂石矿山未按要求修复”问题整改完成情况公示
第二轮省级环保督察反馈指出“部分砂石矿山未按要求修复，边开采边破坏现象突出。督察还发现，一些矿山按“先治理后开采”要求整改不到位。”问题，我县高度重视，由县自然资源局为牵头督导单位，从以下方面进行整改:
1.严格监管生产矿山，督促企业按方案开展修复。
2.全面核查废弃矿山底数，建立台账。
3.分批推进修复工程，完成验收。
"""


def test_a_news_item_reposting_a_one_task_notice_reads_its_heading_its_full_quoted_task_and_its_lead_unit():
    r = parse_text(REPOSTED_NOTICE).to_dict()
    assert r["title"] == "关于第二轮省级生态环境保护督察反馈“部分砂石矿山未按要求修复”问题整改完成情况公示"
    assert len(r["problems"]) == 1
    p = r["problems"][0]
    assert p["title"].startswith("部分砂石矿山未按要求修复，边开采边破坏现象突出。督察还发现")
    assert p["responsible_units"] == ["县自然资源局"]
    assert p["measure_count"] == 3 and p["status"] == "done"


def test_a_news_item_without_a_full_text_lead_keeps_no_title_and_a_lone_quote_stays_the_finding():
    from zhenggai.importer.parse.facts import _reposted_title

    lines = [(0, "3月2日，某县召开会议，部署整改工作。"), (1, "会议要求如下:"), (2, "关于加强矿山修复工作的通知")]
    assert _reposted_title(lines, lambda t: False) == (None, [])  # ("如下" without 全文/原文: the body goes on)
    from zhenggai.importer.parse.readings import RE_UNIT_MADE_LEAD

    assert RE_UNIT_MADE_LEAD.search("由县自然资源局为牵头督导单位").group(1) == "县自然资源局"
    assert RE_UNIT_MADE_LEAD.search("由县自然资源局负责督导") is None  # (no "为…单位": not this shape)


# 7 ------------------------------------------------------------------------------------------------------------------
SELF_CHECK_REPORT = """某局:
某县涉及的第二轮省级生态环境保护督察反馈问题“废弃矿山修复进展缓慢”的问题，已落实整改措施，达到验收标准。现将有关情况报告如下:
一、问题整改情况
督察报告指出:某市有废弃矿山80座，已修复20座，修复完成率25%。其余县的修复方案尚未完成报审，整体工作推进缓慢。
牵头单位:某县自然资源局
整改时限:2025年12月底
二、整改措施及落实情况
整改措施:县自然资源局牵头编制全县废弃矿山生态修复方案，成立工作专班，争取项目资金。
"""


def test_a_self_check_report_on_one_fed_back_problem_is_one_problem_under_its_section():
    problems = _problems(SELF_CHECK_REPORT)
    assert len(problems) == 1
    p = problems[0]
    assert p["title"].startswith("某市有废弃矿山80座") and p["title"].endswith("整体工作推进缓慢")
    assert p["category"] == "问题整改情况" and p["status"] == "done"
    assert p["responsible_units"] == ["某县自然资源局"] and p["deadline"] == "2025年12月底"


def test_a_report_whose_sections_are_problems_each_quoting_its_feedback_stays_a_list():
    text = """某局:
现将有关整改情况报告如下:
一、关于矿山修复滞后问题
督察报告指出:某市废弃矿山修复完成率低，推进缓慢。
整改措施:编制修复方案，已完成整改。
二、关于河道垃圾堆放问题
督察报告指出:部分河段垃圾堆放，清理不及时。
整改措施:开展清理，已完成整改。
"""
    assert len(_problems(text)) == 2


# 8 ------------------------------------------------------------------------------------------------------------------
TYPICAL_CASES_LIST = """某督察集中通报典型案例
某轮生态环境保护督察深入一线，查实了一批突出生态环境问题。为发挥警示作用，现对第一批4个典型案例进行集中公开通报。
第一批4个典型案例如下:
典型案例 | 甲省部分城市污水管网建设滞后 污水直排问题突出
典型案例 | 乙省一些地方垃圾填埋场渗滤液超标排放
典型案例 | 丙市矿山生态修复流于形式
典型案例 | 丁县畜禽养殖污染治理不力>>>
某网摘编:某某 |
"""


def test_a_batch_of_typical_cases_each_a_tagged_heading_line_lists_one_problem_per_case():
    titles = [p["title"] for p in _problems(TYPICAL_CASES_LIST)]
    assert len(titles) == 4
    assert titles[0].startswith("甲省部分城市污水管网建设滞后") and not titles[0].startswith("典型案例")
    assert titles[3] == "丁县畜禽养殖污染治理不力"  # (the link's ">>>" dropped, the byline after it no case)


def test_two_tagged_lines_or_a_news_item_announcing_cases_without_headings_list_nothing():
    from zhenggai.importer.parse.normalize import _strip_repeated_tags

    two = ["典型案例 | 甲省污水直排问题突出", "典型案例 | 乙省垃圾渗滤液超标", "正文继续。"]
    assert _strip_repeated_tags(two) == two  # (a tag must repeat three times or more to be a column tag)
    news = """某督察集中通报典型案例
督察组近日召开会议，通报了一批典型案例如下:
会议强调，各地要以案为鉴，举一反三，切实抓好整改落实工作，坚决防止类似问题再次发生，推动生态环境质量持续改善。
"""
    assert _problems(news) == []


# 9 ------------------------------------------------------------------------------------------------------------------
CASE_WITH_MAIN_PROBLEMS = """2024年5月，某省生态环境保护督察组督察发现，某市矿山问题整改不严不实。
一、基本情况
2021年，督察指出某省历史遗留矿山修复工作滞后，某市涉及修复任务100座。截至本轮督察时，问题依然突出。
二、主要问题
(一)政治站位不高，督察整改不严不实
督察发现，某市自然资源局对废弃矿山底数不清，报送的数据前后不一致。经现场核实，两个磷矿尚未开始修复。
(二)治理措施不精准，生态修复流于形式
某县修复工程仅覆土撒草，督察时植被稀疏，部分区域仍然裸露。
"""


def test_the_paragraphs_under_a_cases_main_problems_headings_describe_them_and_are_no_measures():
    problems = _problems(CASE_WITH_MAIN_PROBLEMS)
    assert [p["title"] for p in problems] == ["政治站位不高，督察整改不严不实", "治理措施不精准，生态修复流于形式"]
    assert [p["measure_count"] for p in problems] == [0, 0]


def test_a_section_of_main_problems_with_their_rectification_keeps_its_measures():
    from zhenggai.importer.parse.levels import RE_STATED_PROBLEMS

    assert RE_STATED_PROBLEMS.match("主要问题") and RE_STATED_PROBLEMS.match("突出问题")
    assert not RE_STATED_PROBLEMS.match("主要问题及整改情况")  # (the problem named with what was done: measures)
    assert not RE_STATED_PROBLEMS.match("主要问题整改情况")


# 10 -----------------------------------------------------------------------------------------------------------------
TWO_SITES_ONE_PARAGRAPH = ("近日，区安全检查组到某街道进行督导检查，发现甲小区改造工程存在如下问题：一是配电箱未上锁。二是脚手架缺少防护网。"
                           "发现乙学校教学楼项目存在如下问题：一是材料堆放阻挡消防通道。二是动火作业未办审批。\n"
                           "检查组要求属地督促企业限期整改到位。\n")


def test_a_check_telling_two_sites_problems_in_one_paragraph_gives_each_run_its_site_as_category():
    problems = _problems(TWO_SITES_ONE_PARAGRAPH)
    assert [(p["seq"], p["category"]) for p in problems] == [(1, "甲小区改造工程"), (2, "甲小区改造工程"),
                                                              (1, "乙学校教学楼项目"), (2, "乙学校教学楼项目")]


def test_one_site_s_run_keeps_no_category_from_its_lead():
    text = "近日，区安全检查组到某街道进行督导检查，发现甲小区改造工程存在如下问题：一是配电箱未上锁。二是脚手架缺少防护网。\n"
    assert all(p["category"] is None for p in _problems(text))  # (one run: the lead is no heading over several)
