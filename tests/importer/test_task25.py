"""Session 25 (task25): one task, one notice (issue 10's kind 3) on blind57's real pages, and the 督察 tables around it.

Each rule is tested in other words than the page it came from (techmilkyway, bsgg666, baoji, suizhou, gzdf, sxjz,
xingguo), with a near miss that must not fire."""
from __future__ import annotations

from zhenggai.importer.extract import extract_bytes, pipe_cell_tables
from zhenggai.importer.ledger_reader import match_header
from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.structure import published_done_in_lead
from zhenggai.importer.parse.titles import status_of


def _text_result(lines: list[str]):
    """A .txt document as the importer reads it (its text tables as a ledger, the rest as text)."""
    out = extract_bytes("\n".join(lines).encode("utf-8"), "notice.txt")
    if out.ledger is not None:
        return out.ledger
    return parse_text("\n".join(lines))


# --- a notice's own administrative sections are never problems (techmilkyway) ----------------------------------------

def test_a_one_task_notice_with_its_objection_period_and_hotline_sections_is_one_problem():
    r = parse_text("\n".join([
        "某县林业局关于环保督察反馈问题整改完成情况的公示",
        "按照整改销号工作要求，现对已完成整改的问题进行公示，接受社会监督。",
        "一、省环境保护督察反馈问题情况",
        "《某市贯彻落实省环境保护督察反馈意见整改方案》整改任务清单第12项：部分林地被违规改变用途种植经济作物，面积约300亩。",
        "责任单位：各林场、县林业执法大队",
        "整改措施：",
        "1.全面排查违规占用林地情况。",
        "2.依法查处违法行为。",
        "3.完成补植复绿。",
        "整改完成情况：已全部完成整改，经验收合格。",
        "二、公示期限",
        "2023年6月1日至6月7日。",
        "三、监督电话及通讯地址",
        "监督电话：0000-1234567",
        "某县林业局",
        "2023年6月1日",
    ]))
    assert len(r.problems) == 1
    p = r.problems[0]
    assert p.seq == 12
    assert p.title == "部分林地被违规改变用途种植经济作物，面积约300亩"
    assert p.status == "done"
    assert len(p.measures) == 3
    assert p.responsible_units == ["各林场", "县林业执法大队"]


def test_a_problem_heading_that_opens_on_the_words_of_an_administrative_section_is_still_a_problem():
    # near miss: "受理群众诉求…", "监督检查…", "联系群众…" state shortcomings; only the bare labels are a notice's sections
    r = parse_text("\n".join([
        "某街道关于巡察反馈问题整改情况的通报",
        "一、受理群众诉求不及时，部分诉求超期办理",
        "整改情况：已建立诉求限时办结制度，已整改完成。",
        "二、监督检查不到位，台账记录不完整",
        "整改情况：已完善检查台账，已整改完成。",
        "三、联系群众不紧密，走访覆盖面不足",
        "整改情况：已落实包片走访制度，已整改完成。",
        "某街道办事处",
        "2023年5月10日",
    ]))
    assert [p.seq for p in r.problems] == [1, 2, 3]
    assert r.problems[0].title.startswith("受理群众诉求不及时")


# --- a task named by its place in the plan's list: "任务清单第N项：" ---------------------------------------------------

def test_a_task_labelled_by_its_number_in_the_plans_problem_list_is_the_one_problem():
    r = parse_text("\n".join([
        "关于生态环境保护督察问题整改销号的公示",
        "现将已完成整改的问题公示如下：",
        "问题清单第3项：据群众反映，某河道两岸堆放建筑垃圾，影响行洪安全。",
        "整改措施：1.清运建筑垃圾；2.设置警示牌；3.落实河长巡河制度。",
        "整改完成情况：已全部清运完毕，已完成整改。",
        "公示时间：2022年9月1日至9月7日",
    ]))
    assert len(r.problems) == 1
    p = r.problems[0]
    assert p.seq == 3
    assert p.title == "某河道两岸堆放建筑垃圾，影响行洪安全"  # (the source lead-in "据群众反映，" dropped: R92)
    assert p.status == "done"


def test_a_list_named_without_a_number_is_no_task_label():
    # near miss: "对照问题清单：" names the list, not one task of it (no 第N项 after it)
    r = parse_text("\n".join([
        "某县整改工作推进情况",
        "对照问题清单：逐项建立整改台账，定期调度，部分任务进度偏慢。",
        "一、存在问题",
        "1.个别乡镇整改台账不完整。",
        "2.部分任务佐证材料缺失。",
    ]))
    assert [p.title for p in r.problems] == ["个别乡镇整改台账不完整", "部分任务佐证材料缺失"]


# --- a two-column 销号 form copied cell by cell, each cell closed by its bar (bsgg666) ------------------------------------

def test_a_signoff_form_copied_one_cell_a_line_reads_its_inspection_problem_cell_as_the_one_problem():
    r = parse_text("\n".join([
        "某市中央生态环境保护督察反馈问题十二整改销号公示",
        "根据整改销号管理办法要求，现对反馈问题十二整改情况进行公示。",
        "督察问题 |",
        "督察组发现，部分工业园区污水收集管网不完善，雨污混流。 |",
        "整改目标 |",
        "园区污水应收尽收。 |",
        "整改措施 |",
        "1.完成园区管网排查。 2.实施雨污分流改造。 3.建立管网巡查制度。 |",
        "整改完成情况 |",
        "经审查，该问题已完成整改，达到了整改目标。 |",
    ]))
    assert len(r.problems) == 1
    p = r.problems[0]
    assert p.seq == 12  # (the notice names its item by the problem's number in words)
    assert p.title == "部分工业园区污水收集管网不完善，雨污混流"
    assert p.category is None  # (督察问题 is a field's label, R84)
    assert p.status == "done"
    assert len(p.measures) == 3


def test_a_count_of_problems_after_the_word_is_no_item_number():
    # near miss: "反馈问题43项整改…" counts the round's problems; the notice's one task keeps its own 第N项
    r = parse_text("\n".join([
        "关于督察反馈问题43项整改进展及第7项整改完成情况的公示",
        "整改任务：某镇污水处理厂出水超标排放。",
        "整改措施：1.更换处理设备；2.加强运行监管。",
        "整改完成情况：已完成整改，出水稳定达标。",
    ]))
    assert len(r.problems) == 1
    assert r.problems[0].seq == 7


# --- a 公示 table one cell a line, cut inside its last row; two number columns (baoji) ---------------------------------

def test_a_pipe_cell_table_cut_inside_its_row_keeps_the_row_when_its_problem_cell_is_whole():
    lines = ["编号 |", "序号 |", "反馈问题 |", "整改措施 |", "整改时限 |", "整改进展 |",
             "1 |", "8 |", "某县城区黑臭水体治理不彻底，汛期返黑返臭。 |", "①截污纳管。 ②清淤疏浚。 ③生态补水。 |",
             "2023年6月30日 |", "①已完成截污管网建设3.2公里，清淤"]
    tables = pipe_cell_tables(lines)
    assert len(tables) == 1
    assert tables[0][0] == ["编号", "序号", "反馈问题", "整改措施", "整改时限", "整改进展"]
    assert tables[0][1][:2] == ["1", "8"]
    assert tables[0][1][5].startswith("①已完成截污管网建设")


def test_a_pipe_cell_table_cut_inside_its_problem_cell_is_not_read():
    # near miss: the cut falls in the problem's own cell: no whole statement to read
    lines = ["编号 |", "序号 |", "反馈问题 |", "整改措施 |", "整改时限 |", "整改进展 |",
             "1 |", "8 |", "某县城区黑臭水体治理不彻底，汛期"]
    assert pipe_cell_tables(lines) == []


def test_of_two_number_columns_the_second_is_the_tasks_own_number():
    for header in (["编号", "序号", "反馈问题", "整改措施"], ["序号", "编号", "反馈问题", "整改措施"]):
        cols = match_header(header)
        assert cols["seq"] == 0 and cols["task_no"] == 1, header
    assert "task_no" not in match_header(["序号", "反馈问题", "整改措施", "责任单位"])


def test_a_titleless_notice_whose_lead_says_the_rows_below_are_checked_and_done_reads_them_done():
    r = _text_result([
        "首页 > 专题 > 督察整改专栏 |",
        "整改情况经各牵头单位组织检查验收，以下问题已经完成整改，现予以公示。公示期自2024年5月6日至5月17日。",
        "某市生态环境保护委员会办公室",
        "2024年5月6日",
        "编号 |", "序号 |", "反馈问题 |", "整改措施 |", "整改时限 |", "整改进展 |",
        "1 |", "8 |", "某县城区黑臭水体治理不彻底，汛期返黑返臭。 |", "①截污纳管。 ②清淤疏浚。 ③生态补水。 |",
        "2023年6月30日 |", "①已完成截污管网建设3.2公里，清淤",
    ])
    assert len(r.problems) == 1
    p = r.problems[0]
    assert p.seq == 8
    assert p.status == "done"
    assert p.deadline == "2023年6月30日"
    assert len(p.measures) == 3


# --- a 公示 of the problems it says are done (suizhou) ------------------------------------------------------------------

def test_a_lead_that_publishes_the_problems_it_says_done_makes_each_one_done():
    assert published_done_in_lead("截至目前，30项整改任务已完成整改并通过验收18项。现将18项反馈问题及整改情况进行集中公示，具体如下：")
    assert published_done_in_lead("经组织检查验收，以下问题均已完成整改，现予以公示。")
    assert published_done_in_lead("以下任务已经全部整改完成，现将有关情况公示如下：")


def test_a_lead_that_publishes_more_problems_than_it_says_done_or_only_a_goal_makes_none_done():
    # near misses: some done and all published; a goal; no 公示
    assert not published_done_in_lead("截至目前，已完成整改18项。现将30项反馈问题整改情况进行公示。")
    assert not published_done_in_lead("以下问题要于年底前完成整改，现将整改方案予以公示。")
    assert not published_done_in_lead("以下问题已经完成整改，现将有关情况报告如下。")


def test_a_cut_notice_of_done_problems_reads_its_first_problem_with_its_completion_label():
    r = parse_text("\n".join([
        "2023年8月，省督察组向我县反馈了督察报告，县委、县政府制定整改方案，细化30项整改任务。截至目前，已完成整改并通过县级验收18项。"
        "现将18项反馈问题及整改情况公示如下：",
        "一、部分乡镇对生态环境保护重视不够，压力传导层层递减，个别干部存在重发展轻保护的思想。",
        "整改完成情况:",
        "1.组织开展生态文明思想专题学习，县委理论学习中心组集中学习",
    ]))
    assert len(r.problems) == 1
    p = r.problems[0]
    assert p.seq == 1
    assert p.status == "done"
    assert len(p.measures) == 1


# --- a check's findings run into its label, the answers one numbered paragraph each (gzdf) ------------------------------

def test_a_checks_findings_label_over_inline_items_and_numbered_answers_pairs_them_by_number():
    r = parse_text("\n".join([
        "督查乡镇污水处理站",
        "2021-06-01",
        "检查内容：设施是否正常运行；台账是否规范。",
        "督查发现：一是污水处理站进水管堵塞，未及时疏通；二是运行台账记录不全；三是出水口周边存在污泥堆放现象",
        "整改进展情况",
        "1、疏通进水管。一是组织专业人员清理管道；二是更换破损管段。",
        "2、规范运行台账。由运维公司每日填写运行记录。",
    ]))
    assert [p.seq for p in r.problems] == [1, 2, 3]
    assert r.problems[0].title == "污水处理站进水管堵塞，未及时疏通"
    assert [len(p.measures) for p in r.problems] == [1, 1, 0]  # (finding 3 has no answer of its number)


def test_a_checks_content_label_over_inline_items_is_no_list_of_findings():
    # near miss: "检查内容：一是…" says what was looked at, not what was found
    r = parse_text("\n".join([
        "督查乡镇污水处理站",
        "检查内容：一是设施是否正常运行；二是台账是否规范；三是出水是否达标",
        "检查结果：各项工作运行正常。",
    ]))
    assert r.problems == []


# --- a stage closed is no task done (sxjz) -----------------------------------------------------------------------------

def test_a_stage_of_the_rectification_closed_is_in_progress():
    assert status_of("经验收组验收，原则同意阶段整改完成。") == "in_progress"
    assert status_of("该任务阶段整改已完成，达到阶段目标。") == "in_progress"


def test_the_next_stages_work_is_no_partial_close():
    # near miss: "下一阶段整改" is the work ahead, the task itself said done
    assert status_of("该问题已完成整改，下一阶段整改重点转入长效监管。") == "done"


# --- a petition's section names the case: its category (xingguo) ------------------------------------------------------

def test_a_signoff_notice_of_one_handed_down_petition_takes_its_case_section_as_category():
    r = parse_text("\n".join([
        "关于中央生态环境保护督察交办信访件（受理编号D2023001）整改销号情况公示",
        "根据整改销号管理办法要求，现对已完成整改的问题情况进行公示。",
        "一、交办信访件基本情况：某砂场在河道内违规堆砂，侵占河道，扬尘严重。",
        "二、整改情况：已清除河道内全部堆砂，恢复河道原貌，整改已完成。",
        "三、验收情况：经现场核查，整改已完成。",
        "公示时间：2024年3月1日至3月10日",
        "受理部门：某县水利局",
        "某县水利局",
        "2024年3月1日",
    ]))
    assert len(r.problems) == 1
    p = r.problems[0]
    assert p.category == "交办信访件基本情况"
    assert p.title == "某砂场在河道内违规堆砂，侵占河道，扬尘严重"
    assert p.status == "done"


# --- a "|" table whose header and rows the copy wrapped over several lines (dazhu) --------------------------------------

def test_a_bar_table_with_its_header_and_rows_wrapped_over_lines_is_read_one_row_a_problem():
    r = _text_result([
        "序号 | 市州 | 区县 | 河流名称 |",
        "问题类别 | 问题描述 | 整改措施 | 计划完成整改时间 |",
        "完成情况 | 备注 |",
        "3 | 某市 | 某县 |",
        "某河 | 排污口 | 某河左岸有一处生活污水直排口,污水未经处理直排入河。 | 截污纳管 | 2019年6月 | 已完成截污 | |",
        "4 | 某市 | 某县 |",
        "某河 | 垃圾堆放 | 某河右岸堆放生活垃圾约20吨。 | 清运垃圾 | 2019年3月 | 已清运完毕 | |",
        "某县河流问题整改进展表(2019年4月2日)",
    ])
    assert [p.seq for p in r.problems] == [3, 4]
    assert r.title == "某县河流问题整改进展表"  # (the table's heading under its rows, R174: its day the date)
    assert r.report_date == "2019-04-02"
    assert r.problems[0].title.startswith("某河左岸有一处生活污水直排口")
    assert [p.deadline for p in r.problems] == ["2019年6月", "2019年3月"]


def test_bar_lines_whose_rows_are_far_narrower_than_the_wrapped_header_are_left_as_text():
    # near miss: lines after a 序号 header that make no rows as wide as it (a caption's cells, a menu) are no table
    from zhenggai.importer.extract import _wrapped_header_rows

    lines = ["序号 | 市州 | 区县 | 河流名称 |", "问题类别 | 问题描述 | 整改措施 | 计划完成整改时间 |",
             "3 | 某市 |", "4 | 某市 |", "附件下载"]
    assert _wrapped_header_rows(lines) == lines


def test_a_sentence_under_a_table_is_no_title():
    # near miss: the line under the rows says something; it names no table
    from zhenggai.importer.extract import _caption_below

    assert _caption_below(["序号 | 问题 | 措施 |", "1 | 某问题 | 某措施 |", "以上问题已全部整改完成，特此说明。"]) is None
    assert _caption_below(["序号 | 问题 | 措施 |", "1 | 某问题 | 某措施 |", "", "某县问题整改台账"]) == "某县问题整改台账"


def test_a_petitions_case_row_unnumbered_in_a_two_column_form_is_the_one_problem():
    r = parse_text("\n".join([
        "关于转办信访件整改销号情况的公示",
        "现对已完成整改的问题情况进行公示。",
        "交办问题基本情况：某养殖场养殖废水直排入沟渠，臭味扰民。",
        "整改情况：已关停养殖场并清运粪污，整改已完成。",
        "验收情况：经现场核查，整改已完成。",
    ]))
    assert len(r.problems) == 1
    assert r.problems[0].category == "交办问题基本情况"
    assert r.problems[0].title == "某养殖场养殖废水直排入沟渠，臭味扰民"
    assert r.problems[0].status == "done"
