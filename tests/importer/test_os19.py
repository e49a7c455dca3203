"""One task, one notice (issue 10 kind 3; session 19, helper os19, after blind34): constructed texts, each rule with a
positive case and a near miss.

Rules (readings.py):
- A sign-off notice whose numbered labels run into their text is read when the text before its first section (a site's
  chrome line, a title, a lead) names a 公示 or a 销号, not only its first line (_signoff_lead).
- A problems section may be labelled by the round or the inspection whose item it is: "第二轮省生态环境保护督察反馈问题",
  "中央环境保护督察反馈意见整改任务" (SECTION_LABELS["problems"]); a 反馈问题 label gives no category (R84), an
  整改任务 label does (R83).
- The statement's own number label "{编号364(35-11)}:" is the task's number and no part of its title
  (RE_OWN_NUMBER_LABEL); a task number is read before the account of the work ("（一）关于第1项整改措施落实情况" numbers
  a measure, _before_work).
- A sign-off 公示 (a 公示/销号 lead and a 公示时间/监督电话 tail) needs its problem section and one other (_sections_needed).
- A one-task notice that announces completion in its title or lead, or gives its 整改完成时间, or whose result section is
  "整改完成情况"/"整改结果"/"整改效果" in a 公示, is done (RE_DONE_NOTICE) — not when its account says it goes on.
- numbering: "一,、整改问题" (a mirror's doubled punctuation) is the 一、 section.
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.numbering import parse_marker


def _one(text: str):
    r = parse_text(text)
    assert len(r.problems) == 1, [p.title for p in r.problems]
    return r.problems[0]


GLUED = """欢迎访问某县人民政府门户网站
某县第二轮省级生态环境保护督察反馈问题第12项问题整改公示
来源: 某县水利局
已完成第二轮省级生态环境保护督察反馈问题第12项问题整改,拟申请验收销号。现将整改完成情况公示如下:
一、整改问题城区河道沿岸存在生活污水直排现象。
二、整改目标城区河道沿岸生活污水全部截流收集处理。
三、整改措施2024年6月底前完成沿河截污管网建设,对直排口逐一封堵。
四、整改主要工作及成效新建截污管网4.2公里,封堵直排口17个。
公示时间:2024年8月1日至2024年8月7日
受理电话:1234567
"""


def test_glued_labels_are_read_when_the_lead_not_the_first_line_names_the_signoff():
    p = _one(GLUED)
    assert p.title == "城区河道沿岸存在生活污水直排现象"
    assert p.seq == 12 and p.category == "整改问题" and p.status == "done"
    assert p.deadline == "2024年6月底前"


def test_glued_looking_sections_of_a_work_summary_without_a_notice_lead_are_no_notice():
    text = """某县2024年生态环境保护工作总结
今年以来,我县共完成整改任务36项,办结信访件120件。
一、整改任务全面完成各项整改工作稳步推进,群众满意度提升。
二、整改目标基本实现全县空气质量优良天数比例达到85%。
三、整改措施不断完善建立健全长效机制,强化日常监管。
"""
    r = parse_text(text)
    assert r.reading != "notice"


ROUND_LABEL = """一、第一轮中央生态环境保护督察反馈问题
某县城市生活垃圾填埋场渗滤液外溢问题。
二、整改目标
渗滤液全部收集处理,消除环境隐患。
三、整改措施
(一)清理外溢渗滤液。(二)新建渗滤液收集池。
四、整改期限
2023年10月底
五、整改措施落实情况
(一)关于第1项整改措施落实情况。已清理外溢渗滤液。
(二)关于第2项整改措施落实情况。已建成收集池一座。
六、整改完成时间。2023年9月
以上整改情况向社会公示,如有异议,请以书面形式反馈。
公示时间:2023年12月1日至2023年12月7日
"""


def test_a_problems_label_naming_its_round_opens_a_one_task_notice_with_no_category():
    p = _one(ROUND_LABEL)
    assert p.title == "某县城市生活垃圾填埋场渗滤液外溢问题"
    assert p.category is None  # a 反馈问题 label (R84)
    assert p.seq is None  # "关于第1项整改措施落实情况" numbers a measure, said after the work began
    assert p.status == "done" and p.deadline == "2023年10月底"


def test_a_round_label_over_several_numbered_problems_is_no_one_task_notice():
    text = """一、第一轮中央生态环境保护督察反馈问题
1.某县城市生活垃圾填埋场渗滤液外溢。
2.某镇污水处理厂长期超标排放。
3.某工业园区雨污管网混接。
二、整改目标
全部问题按期整改到位。
三、整改措施
逐项制定整改方案,明确责任单位和时限。
"""
    r = parse_text(text)
    assert len(r.problems) != 1


OWN_NUMBER = """某市某区中央环境保护督察反馈意见整改任务{编号88(12-3)}整改结果公示
一、中央环境保护督察反馈意见整改任务
{编号88(12-3)}:集中式饮用水水源地保护不力。
二、整改目标
解决饮用水水源一级保护区内违法建筑问题。
三、整改结果
区政府组织拆除保护区内违法建筑5处,关闭穿越道路2条,水源地环境安全得到保障。
公示时间:2018年5月2日至2018年5月9日
"""


def test_the_statements_own_number_label_is_the_tasks_number_not_its_title():
    p = _one(OWN_NUMBER)
    assert p.seq == 88 and p.title == "集中式饮用水水源地保护不力"
    assert p.category == "中央环境保护督察反馈意见整改任务" and p.status == "done"


def test_a_result_notice_whose_account_goes_on_is_not_done():
    text = OWN_NUMBER.replace("整改结果公示", "整改情况公示").replace(
        "区政府组织拆除保护区内违法建筑5处,关闭穿越道路2条,水源地环境安全得到保障。",
        "区政府已拆除违法建筑2处,其余3处正在推进拆除。")
    p = _one(text)
    assert p.status != "done"


TWO_SECTIONS = """省生态环保督察转办信访件(编号X1234)相关内容已整改完成,现将有关整改情况公示如下:
一、整改问题:某街道某小区门前道路破损,车辆经过时扬尘严重。
二、整改目标:修复破损路面,减少扬尘。
三:整改完成情况:
2025年3月2日,街道办事处组织对信访反映问题进行了现场验收,路面已修复,未见起尘。
联系电话:0000-1234567
公示时间:2025年3月3日-3月9日,共5个工作日。
某县分局
2025年3月3日
"""


def test_a_signoff_notice_with_its_tail_needs_its_problem_section_and_one_other():
    p = _one(TWO_SECTIONS)
    assert p.title == "某街道某小区门前道路破损,车辆经过时扬尘严重"
    assert p.status == "done" and p.seq is None


def test_two_labelled_sections_without_a_notice_lead_or_tail_are_no_notice():
    text = """一、整改问题:某街道某小区门前道路破损,车辆经过时扬尘严重。
二、整改目标:修复破损路面,减少扬尘。
"""
    r = parse_text(text)
    assert r.reading != "notice"


def test_a_personnel_gongshi_is_no_one_task_notice():
    text = """关于拟任职干部的公示
经研究,现将拟任职干部公示如下:
一、拟任人选:张某,男,1980年生,现任某局副局长。
二、拟任职务:某局局长。
公示时间:2025年3月3日至3月9日。
监督电话:0000-1234567
"""
    r = parse_text(text)
    assert r.problems == []


def test_a_doubled_comma_before_the_sections_mark_is_read_as_the_section_number():
    m = parse_marker("一,、整改问题")
    assert m is not None and m.number == 1 and m.rest.startswith("整改问题")


def test_a_comma_between_numerals_is_no_section_number():
    assert parse_marker("一,二两项任务已完成") is None


# --- a lone quoted feedback item (kind 4) -----------------------------------------------------------------------------
NEWS = """某市新闻网5月10日讯 5月9日,某市自然资源和规划局组织相关部门对某县关于第二轮省生态环境保护督察反馈“河道非法采砂问题屡禁不止”问题整改情况进行现场核查。
经现场核查,核查组认为某县所涉问题已全部整改到位,达到验收销号的标准,同意某县上报销号。
接到反馈问题后,某县高度重视,立即制定整改方案。一方面对反馈的点位逐一清理整治,恢复河道原貌;另一方面在全县范围内开展排查,对排查出的问题同类同改,取得了良好的成效。
"""


def test_a_quoted_item_after_a_bare_fankui_called_a_problem_is_the_one_finding_and_its_two_halves_two_measures():
    p = _one(NEWS)
    assert p.title == "河道非法采砂问题屡禁不止"
    assert p.status == "done"
    assert len(p.measures) == 2
    assert p.measures[0].text.startswith("对反馈的点位") and p.measures[1].text.startswith("在全县范围内")


def test_a_news_item_quoting_two_items_has_no_one_finding():
    text = NEWS.replace("反馈“河道非法采砂问题屡禁不止”问题", "反馈“河道非法采砂问题屡禁不止”问题和“矿山生态修复滞后”问题")
    r = parse_text(text)
    assert not (len(r.problems) == 1 and r.problems[0].title == "河道非法采砂问题屡禁不止")


def test_one_half_without_the_other_is_no_pair_of_measures():
    p = _one(NEWS.replace(";另一方面", ";同时"))
    assert len(p.measures) == 1


FIELDS = """某县省级生态环境保护督察反馈问题
第十五项整改任务完成情况公示
根据省生态环境保护督察问题整改销号要求,现对已完成整改的问题情况进行公示。
一、省级生态环境保护督察反馈问题整改情况
问题编号:第十五项
整改目标:全县规模以下养殖场粪污综合利用率达到80%以上。
整改时限:2022年6月底前
责任单位:县农业农村局
整改情况:省级生态环境保护督察反馈问题第十五项指出,“某市部分养殖户将粪污直排沟渠,不落实“三防”措施”问题,我县制定整改方案,开展专项检查,全县养殖户粪污直排问题全部整改到位,目前该问题已完成整改。
整改结论:该问题已完成整改
公示时间:2022年7月1日至2022年7月5日
"""


def test_a_numbered_items_quote_called_a_problem_is_the_title_and_the_one_heading_its_category():
    p = _one(FIELDS)
    assert p.seq == 15
    assert p.title == "某市部分养殖户将粪污直排沟渠,不落实“三防”措施"
    assert p.category == "省级生态环境保护督察反馈问题整改情况"
    assert p.status == "done" and p.deadline == "2022年6月底前" and p.responsible_units == ["县农业农村局"]
    assert len(p.measures) == 1 and p.measures[0].text.startswith("我县制定")


def test_a_quoted_item_under_one_of_several_sections_takes_no_heading_for_its_category():
    text = FIELDS.replace("整改结论:该问题已完成整改", "整改结论:该问题已完成整改\n二、下一步工作打算\n持续巩固整改成效。")
    r = parse_text(text)
    assert all(p.category != "省级生态环境保护督察反馈问题整改情况" for p in r.problems)


# --- what was done, and when ------------------------------------------------------------------------------------------
def test_a_result_section_marked_with_a_colon_tells_what_was_done_without_the_next_steps():
    p = _one(TWO_SECTIONS.replace("联系电话", "下一步,责成有关部门加强路面维护。\n联系电话"))
    assert len(p.measures) == 1 and p.measures[0].text.startswith("2025年3月2日")


def test_measures_run_together_on_one_line_are_one_each():
    p = _one(ROUND_LABEL)
    assert [m.seq for m in p.measures] == [1, 2]


def test_a_bracketed_number_inside_a_sentence_opens_no_measure():
    from zhenggai.importer.parse.readings import _paren_items_run_together

    assert len(_paren_items_run_together("（一）清理外溢渗滤液。（二）新建渗滤液收集池。")) == 2
    assert _paren_items_run_together("（一）按照方案（二）期工程的要求清理外溢渗滤液。") == []
    assert _paren_items_run_together("清理外溢渗滤液。（二）新建渗滤液收集池。") == []


LIMIT = """一、反馈问题
某县污水处理厂出水不能稳定达标。
二、整改目标
出水稳定达到一级A排放标准。
三、整改措施
2020年6月30日前,完成污水处理厂提标改造工程。
四、整改效果
污水处理厂已完成提标改造,出水稳定达标。
五、公示期限
公示期限:2020年8月1日至2020年8月5日。如有异议,请以书面形式反馈。
"""


def test_a_measures_date_before_its_comma_is_the_deadline_and_a_result_heading_in_a_gongshi_done():
    p = _one(LIMIT)
    assert p.deadline == "2020年6月30日前"
    assert p.status == "done" and p.category is None


def test_a_date_before_a_comma_and_a_done_word_is_no_deadline():
    p = _one(LIMIT.replace("2020年6月30日前,完成", "2020年6月30日前,已完成"))
    assert p.deadline is None


def test_a_result_heading_in_a_gongshi_whose_lead_says_the_check_is_pending_is_not_done():
    text = "某县某项任务正在组织验收，现将有关情况公示如下：\n" + LIMIT
    p = _one(text)
    assert p.status != "done"
