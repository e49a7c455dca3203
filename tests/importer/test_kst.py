"""Session 17, helper kst: the units and deadlines of problems as rectification notices, check lists and plans write
them (set K showed the shapes). Every text here is constructed (no sentence is copied from a labelled document); each
rule has a positive and a near-miss negative test."""
from __future__ import annotations

from zhenggai.importer.extract import extract_bytes, pipe_cell_tables
from zhenggai.importer.parse import _parse_extracted, parse_text


# --- a bracketed unit after the item's own full stop ----------------------------------------------------------------

NOTICE = ("关于某区市容检查情况的整改通知\n\n各街道办事处、区城管局：\n\n"
          "  经检查，共发现3条问题，请各单位立即进行整改，并于6月10日前将问题整改完成，整改情况报区督查室。\n\n"
          "  附件：\n\n  存在问题：\n\n"
          "  1.东风路农贸市场门前垃圾堆积。(责任单位:东风街道) \n\n"
          "  2.人民路人行道破损。(责任单位:区住建局) \n\n"
          "  3.滨江公园围栏缺损、路灯不亮。(责任单位:区城管局、东风街道) \n")


def test_a_bracketed_unit_after_the_item_s_full_stop_is_the_problem_s_unit():
    r = parse_text(NOTICE)
    assert [p.title for p in r.problems] == ["东风路农贸市场门前垃圾堆积", "人民路人行道破损", "滨江公园围栏缺损、路灯不亮"]
    assert [p.responsible_units for p in r.problems] == [["东风街道"], ["区住建局"], ["区城管局", "东风街道"]]


def test_a_bracket_that_opens_a_longer_account_after_the_stop_names_no_unit():
    r = parse_text("存在问题：\n\n1.东风路农贸市场门前垃圾堆积。(已清理)目前已安排专人保洁。\n\n"
                   "2.人民路人行道破损。目前正在修复。\n")
    assert all(p.responsible_units == [] for p in r.problems)


# --- a covering letter's one date for every problem -------------------------------------------------------------------

def test_a_covering_letter_s_one_rectify_by_date_is_every_listed_problem_s_deadline():
    r = parse_text(NOTICE)
    assert [p.deadline for p in r.problems] == ["6月10日前"] * 3


def test_a_date_to_report_by_is_not_the_problems_deadline():
    r = parse_text(NOTICE.replace("并于6月10日前将问题整改完成，整改情况报区督查室", "并于6月10日前将整改完成情况报区督查室"))
    assert [p.deadline for p in r.problems] == [None] * 3


def test_two_different_dates_in_the_letter_set_no_deadline():
    r = parse_text(NOTICE.replace("整改情况报区督查室", "其中第1条于6月5日前整改到位"))
    assert [p.deadline for p in r.problems] == [None] * 3


# --- findings grouped under a place, each group closed by its unit line -------------------------------------------------

GROUPED = ("创文督查发现问题清单\n\n近日，市创文办对部分单位进行了督查，具体问题如下：\n\n"
           "1. 市图书馆\n\n(1)门前非机动车乱停放;\n\n(2)消防通道堆放杂物。\n\n"
           "问题整改责任单位:市文旅局 整改时限:3天\n\n"
           "2. 市中心医院\n\n(1)候诊区未设禁烟标识;\n\n(2)垃圾分类桶破损;\n\n(3)志愿服务台无人值守。\n\n"
           "问题整改责任单位:市卫健委 整改时限:5天\n\n"
           "3. 市体育馆\n\n(1)看台座椅破损;\n\n(2)公厕卫生较差")


def test_items_under_a_place_heading_closed_by_a_unit_line_take_its_unit_deadline_and_heading():
    r = parse_text(GROUPED)
    assert [(p.seq, p.title) for p in r.problems][:5] == [
        (1, "门前非机动车乱停放"), (2, "消防通道堆放杂物"), (1, "候诊区未设禁烟标识"), (2, "垃圾分类桶破损"),
        (3, "志愿服务台无人值守")]
    assert [p.category for p in r.problems][:3] == ["市图书馆", "市图书馆", "市中心医院"]
    assert [p.responsible_units for p in r.problems][:3] == [["市文旅局"], ["市文旅局"], ["市卫健委"]]
    assert [p.deadline for p in r.problems][:3] == ["3天", "3天", "5天"]


def test_the_last_group_with_no_unit_line_keeps_its_items_without_a_unit():
    r = parse_text(GROUPED)
    assert [(p.seq, p.title, p.responsible_units, p.deadline) for p in r.problems][5:] == [
        (1, "看台座椅破损", [], None), (2, "公厕卫生较差", [], None)]


def test_items_not_counted_from_one_are_not_a_group():
    from zhenggai.importer.parse.readings import _headed_group

    assert _headed_group("1. 市图书馆\n\n(2)门前乱停放;\n\n(3)通道堆物。\n") is None
    assert _headed_group("经检查，发现以下问题：(1)门前乱停放;(2)通道堆物。") is None  # no heading line over them


# --- a table pasted one cell per line, an empty cell a "|" alone --------------------------------------------------------

ROAD_TABLE = ("道路问题汇总表\n序号 |\n路段名称 |\n问题描述 |\n责任单位 |\n备注 |\n"
              "1 |\n建设路 |\n人行道地砖松动 |\n区住建局 |\n|\n"
              "2 |\n建设路 |\n绿化带内有建筑垃圾 |\n区环卫所 |\n|\n"
              "3 |\n解放路 |\n店外占道经营 |\n区城管局 |\n已交办 |\n")


def test_a_bar_alone_in_a_pasted_table_is_an_empty_cell_and_the_rows_are_read():
    rows = pipe_cell_tables(ROAD_TABLE.splitlines())
    assert rows and rows[0][0] == ["序号", "路段名称", "问题描述", "责任单位", "备注"]
    assert rows[0][1] == ["1", "建设路", "人行道地砖松动", "区住建局", ""]
    r = _parse_extracted(extract_bytes(ROAD_TABLE.encode("utf-8"), "t.txt"))
    assert [(p.title, p.responsible_units) for p in r.problems] == [
        ("人行道地砖松动", ["区住建局"]), ("绿化带内有建筑垃圾", ["区环卫所"]), ("店外占道经营", ["区城管局"])]


def test_a_bar_alone_before_any_cell_starts_no_table():
    assert pipe_cell_tables(["|", "姓名 |", "年龄 |", "住址 |", "张三 |", "30 |", "某村 |"]) == []


# --- who acts and by when, said in the measure ----------------------------------------------------------------------

MEASURED = ("近日，县创卫办对城区进行了巡查，发现以下问题：\n\n"
            "1、东门广场有乱贴小广告现象。\n\n整改措施:由包片单位县文旅局负责清除。\n\n"
            "2、南河沿线商户占道经营。\n\n整改措施:由县城管局、县市场监管局负责劝导，在本月底以前将拒不整改的商户移交执法。\n\n"
            "3、北街垃圾桶破损。\n\n整改措施:尽快更换破损的垃圾桶。\n\n"
            "请各责任单位抓紧整改。\n")


def test_the_bodies_a_measure_charges_with_you_are_the_problem_s_units_without_their_role():
    r = parse_text(MEASURED)
    assert [p.responsible_units for p in r.problems] == [["县文旅局"], ["县城管局", "县市场监管局"], []]


def test_a_deadline_written_in_a_measure_is_the_problem_s_deadline_as_written():
    r = parse_text(MEASURED)
    assert [p.deadline for p in r.problems] == [None, "本月底以前", None]


def test_you_yu_because_names_no_unit_and_soon_is_no_deadline():
    r = parse_text(MEASURED.replace("由包片单位县文旅局负责清除", "由于面积较大，组织人员分批清除")
                   .replace("在本月底以前将", "尽快将"))
    assert r.problems[0].responsible_units == []
    assert r.problems[1].deadline is None


def test_a_grouped_finding_that_says_it_is_being_put_right_is_in_progress():
    r = parse_text(GROUPED.replace("(2)垃圾分类桶破损;", "(2)垃圾分类桶更换正在整改;"))
    assert [(p.title, p.status) for p in r.problems if p.status] == [("垃圾分类桶更换正在整改", "in_progress")]


def test_a_grouped_finding_that_demands_rectification_has_no_status():
    r = parse_text(GROUPED.replace("(2)垃圾分类桶破损;", "(2)垃圾分类桶破损需整改;"))
    assert all(p.status is None for p in r.problems)


def test_what_was_already_done_before_a_time_sets_no_deadline():
    r = parse_text(MEASURED.replace("在本月底以前将拒不整改的商户移交执法", "在检查前已将拒不整改的商户移交执法"))
    assert r.problems[1].deadline is None


# --- a measure's bracketed deadline; a unit line closing a group of findings --------------------------------------------

def test_the_one_deadline_a_problem_s_measure_states_in_brackets_is_the_problem_s():
    r = parse_text("某镇环境整治问题整改清单\n\n"
                   "1.主街垃圾清运不及时。整改措施：增加清运频次。（责任单位：镇环卫所；整改时限：2024年5月底前）\n"
                   "2.河道两岸堆放杂物。整改措施：组织人员清理。（责任单位：镇水利站；整改时限：2024年6月底前）\n")
    assert [(p.responsible_units, p.deadline) for p in r.problems] == [
        (["镇环卫所"], "2024年5月底前"), (["镇水利站"], "2024年6月底前")]


def test_measures_with_two_different_deadlines_give_the_problem_none():
    r = parse_text("某镇环境整治问题整改清单\n\n"
                   "1.主街垃圾清运不及时。\n整改措施：\n（1）增加清运频次。（整改时限：2024年5月底前）\n"
                   "（2）建立长效保洁机制。（整改时限：2024年12月底前）\n"
                   "2.河道两岸堆放杂物。\n整改措施：组织人员清理。（整改时限：2024年6月底前）\n")
    assert r.problems[0].deadline is None
    assert r.problems[1].deadline == "2024年6月底前"


GROUP_LINE = ("关于某街道环境卫生问题的通报\n\n近日，区创卫办对辖区进行了督查，发现以下问题：\n"
              "1.幸福路沿线垃圾桶满溢。\n2.和平小区内堆放建筑垃圾。\n3.光明街店外占道经营。\n"
              "责任单位：某街道办事处\n整改时限：2024年5月20日前\n")


def test_a_unit_line_after_a_group_s_last_item_is_every_item_s():
    r = parse_text(GROUP_LINE)
    assert [(p.responsible_units, p.deadline) for p in r.problems] == [(["某街道办事处"], "2024年5月20日前")] * 3


def test_fields_in_the_last_item_s_own_line_stay_its_own():
    r = parse_text(GROUP_LINE.replace("3.光明街店外占道经营。\n责任单位：某街道办事处\n整改时限：2024年5月20日前\n",
                                      "3.光明街店外占道经营。（责任单位：某街道办事处；整改时限：2024年5月20日前）\n"))
    assert [p.responsible_units for p in r.problems] == [[], [], ["某街道办事处"]]


# --- a check table's deadline column; a plan's offices charged --------------------------------------------------------

CHECK_TABLE = ("某区食品安全专项检查情况通报\n\n近日，区食安办对部分学校食堂开展了专项抽查，情况如下：\n\n"
               "抽查时间\n被抽查单位\n发现问题个数\n问题清单\n整改完成时限\n"
               "5月6日\n甲小学食堂\n2\n1.留样记录不全；\n2.消毒柜未正常使用。\n3天\n"
               "5月7日\n乙中学食堂\n2\n1.从业人员健康证过期；\n2.库房食品离地不足。\n5天\n\n请各单位按要求完成整改。\n")


def test_a_check_table_s_deadline_cell_after_a_row_s_findings_is_their_deadline():
    r = parse_text(CHECK_TABLE)
    assert [(p.responsible_units, p.deadline) for p in r.problems] == [
        (["甲小学食堂"], "3天"), (["甲小学食堂"], "3天"), (["乙中学食堂"], "5天"), (["乙中学食堂"], "5天")]


def test_a_check_table_without_a_deadline_column_gives_no_deadline_from_its_figures():
    r = parse_text(CHECK_TABLE.replace("整改完成时限\n", "备注\n"))
    assert all(p.deadline is None for p in r.problems)


OFFICES = ("某医院关于审计发现问题的整改方案\n\n一、问题清单及整改措施\n问题1：药品采购未按规定执行集中采购。\n"
           "整改措施：严格执行集中采购制度，每季度开展自查。\n责任领导：李某  责任科室：药剂科  完成时限：2024年9月30日前\n"
           "问题2：固定资产账实不符。\n整改措施：开展资产清查，建立资产台账。\n"
           "责任领导：张某  责任科室：财务科、总务科  完成时限：长期坚持\n")


def test_the_offices_a_hospital_s_plan_charges_are_the_problem_s_units_and_the_leader_stops_before_them():
    r = parse_text(OFFICES)
    assert [(p.responsible_units, p.lead_leader, p.deadline) for p in r.problems] == [
        (["药剂科"], "李某", "2024年9月30日前"), (["财务科", "总务科"], "张某", "长期坚持")]


def test_an_office_named_in_a_measure_s_prose_is_no_unit_field():
    r = parse_text(OFFICES.replace("  责任科室：药剂科", "").replace("  责任科室：财务科、总务科", "")
                   .replace("每季度开展自查", "由药剂科每季度开展自查的责任科室制度"))
    assert r.problems[1].responsible_units == []


# --- a plan's other names for its deadline field; a role in brackets after a unit --------------------------------------

PLAN_FIELDS = ("某县关于巡察反馈问题的整改方案\n\n一、整改任务\n（一）落实意识形态工作责任制不到位。\n"
               "整改措施：每半年专题研究一次意识形态工作。\n责任部门：县委宣传部（牵头）、县委办\n完成时间：2024年6月底前\n"
               "（二）干部队伍建设存在短板。\n整改措施：制定年轻干部培养计划。\n责任单位：县委组织部\n时间节点：2024年12月底\n"
               "（三）基层党组织建设薄弱。\n整改措施：开展软弱涣散党组织整顿。\n责任单位：各乡镇党委\n整改时间：长期坚持\n")


def test_completion_time_and_time_node_fields_are_the_problem_s_deadline_and_leave_the_measure():
    r = parse_text(PLAN_FIELDS)
    assert [p.deadline for p in r.problems] == ["2024年6月底前", "2024年12月底", "长期坚持"]
    assert [m.text for m in r.problems[1].measures] == ["制定年轻干部培养计划。"]


def test_a_completion_time_told_in_a_sentence_is_no_field():
    r = parse_text(PLAN_FIELDS.replace("完成时间：2024年6月底前", "工作完成时间较原计划有所推迟。"))
    assert r.problems[0].deadline is None


def test_a_role_in_brackets_after_a_unit_is_not_part_of_its_name():
    r = parse_text(PLAN_FIELDS)
    assert r.problems[0].responsible_units == ["县委宣传部", "县委办"]


def test_a_bracket_that_is_part_of_a_unit_s_name_stays():
    from zhenggai.importer.parse.fields import split_units

    assert split_units("各县（市、区）人民政府、市财政局（国资委）") == ["各县（市、区）人民政府", "市财政局（国资委）"]


def test_a_date_alone_in_a_measure_is_the_problem_s_deadline_as_written():
    r = parse_text(MEASURED.replace("由包片单位县文旅局负责清除", "由包片单位县文旅局督促6月10日前清除"))
    assert r.problems[0].deadline == "6月10日前"


def test_a_date_by_which_something_was_already_done_is_no_deadline():
    r = parse_text(MEASURED.replace("由包片单位县文旅局负责清除", "县文旅局已于6月10日前清除完毕"))
    assert r.problems[0].deadline is None


def test_a_date_to_report_by_in_a_measure_is_no_deadline():
    r = parse_text(MEASURED.replace("由包片单位县文旅局负责清除", "由包片单位县文旅局负责清除，6月10日前向县创卫办报告"))
    assert r.problems[0].deadline is None


# --- the fields in the bracket closing an item: units stop at the deadline label, which is the deadline ----------------

BRACKETS = ("关于城区环境卫生督查情况的通报\n\n现将督查发现的问题通报如下：\n"
            "1.东关街垃圾未及时清运（责任单位：东关街道，完成时限：5月底前）。\n"
            "2.西湖路绿化带内有杂物（责任单位：区园林所 整改时限：立即整改）。\n"
            "3.南门市场周边占道经营（责任单位：区城管局；区市场监管局配合，整改时限：3日内）。\n")


def test_a_deadline_label_in_the_closing_bracket_ends_the_units_and_gives_the_deadline():
    r = parse_text(BRACKETS)
    assert [(p.responsible_units, p.deadline) for p in r.problems] == [
        (["东关街道"], "5月底前"), (["区园林所"], "立即整改"), (["区城管局"], "3日内")]


def test_a_closing_bracket_with_units_only_gives_no_deadline():
    r = parse_text(BRACKETS.replace("，完成时限：5月底前", "").replace(" 整改时限：立即整改", "")
                   .replace("，整改时限：3日内", ""))
    assert [(p.responsible_units, p.deadline) for p in r.problems] == [
        (["东关街道"], None), (["区园林所"], None), (["区城管局"], None)]


def test_a_covering_letter_s_date_without_yu_is_still_every_problem_s_deadline():
    r = parse_text(NOTICE.replace("并于6月10日前将问题整改完成", "要求6月底前整改完毕"))
    assert [p.deadline for p in r.problems] == ["6月底前"] * 3


def test_a_letter_saying_the_problems_were_already_put_right_by_a_date_sets_no_deadline():
    r = parse_text(NOTICE.replace("请各单位立即进行整改，并于6月10日前将问题整改完成", "上次检查的问题已于6月10日前整改完毕"))
    assert [p.deadline for p in r.problems] == [None] * 3


def test_each_grouped_finding_keeps_its_own_paragraph_position():
    r = parse_text(GROUPED)
    positions = [p.position for p in r.problems]
    assert len(set(positions)) == len(positions)


def test_an_estimate_of_when_the_work_will_be_done_is_no_deadline():
    r = parse_text(MEASURED.replace("由包片单位县文旅局负责清除", "目前正在清除，预计6月10日前完成")
                   .replace("在本月底以前将拒不整改的商户移交执法", "计划于本月底以前将拒不整改的商户移交执法"))
    assert [p.deadline for p in r.problems[:2]] == [None, None]


# --- items each handed to a unit are findings, however they are worded -------------------------------------------------

def test_items_each_closed_by_the_unit_charged_are_findings_under_an_attachment_line():
    text = ("关于某区市容检查情况的整改通知\n各街道办事处、区城管局：\n"
            "  经检查，共发现3条问题，请各单位立即整改，并于6月10日前将问题整改完成，整改情况报区督查室。\n"
            "  附件：存在问题：\n  1.东风路农贸市场门前垃圾堆积。(责任单位:东风街道)\n  2.人民路人行道破损。(责任单位:区住建局)\n"
            "  3.滨江公园围栏缺损、路灯不亮。(责任单位:区城管局、东风街道)\n")
    r = parse_text(text)
    assert [(p.title, p.responsible_units, p.deadline) for p in r.problems] == [
        ("东风路农贸市场门前垃圾堆积", ["东风街道"], "6月10日前"), ("人民路人行道破损", ["区住建局"], "6月10日前"),
        ("滨江公园围栏缺损、路灯不亮", ["区城管局", "东风街道"], "6月10日前")]


def test_a_plan_s_measures_closed_by_their_units_stay_measures_of_the_problem_above():
    r = parse_text("某局巡察反馈问题整改方案\n\n一、存在问题及整改措施\n（一）干部培训覆盖面不足的问题。\n整改措施：\n"
                   "1.制定年度培训计划。(责任单位:人事科)\n2.建立培训台账。(责任单位:办公室)\n"
                   "（二）固定资产管理不规范的问题。\n整改措施：\n1.开展资产清查。(责任单位:财务科)\n2.完善资产台账。(责任单位:财务科)\n")
    assert [p.title for p in r.problems] == ["干部培训覆盖面不足的问题", "固定资产管理不规范的问题"]
    assert [len(p.measures) for p in r.problems] == [2, 2]
    assert r.problems[0].responsible_units == ["人事科", "办公室"]


# --- "整改责任单位：" is one label; a closing request joined onto a deadline is not part of it ---------------------------

FIELD_LINES = ("关于近期创卫督查发现问题的通报\n\n各有关单位：\n现将近期督查发现的问题通报如下：\n"
               "1.滨河路沿线绿化带内垃圾较多。\n整改责任单位：区园林所；整改时限：3日内\n"
               "2.人民广场公厕无人保洁。\n整改责任单位：区环卫中心；整改时限：立即整改\n")


def test_zhenggai_zeren_danwei_is_one_label_and_leaves_no_measure_behind():
    r = parse_text(FIELD_LINES)
    assert [(p.responsible_units, p.deadline, len(p.measures)) for p in r.problems] == [
        (["区园林所"], "3日内", 0), (["区环卫中心"], "立即整改", 0)]


def test_a_request_run_onto_the_deadline_is_cut_off_but_a_deadline_naming_a_demand_stays_whole():
    from zhenggai.importer.parse.dates import clean_deadline

    assert clean_deadline("2024年5月10日前请各单位按要求抓好整改。") == "2024年5月10日前"
    assert clean_deadline("按督查要求立行立改") == "按督查要求立行立改"


def test_a_request_to_all_units_after_the_last_finding_is_the_closing_not_its_measure():
    r = parse_text(FIELD_LINES + "请各单位按要求抓好整改。\n")
    assert [len(p.measures) for p in r.problems] == [0, 0]
    assert any("请各单位" in t for t in r.closing)


def test_a_last_problem_s_own_measure_is_kept_when_it_is_not_a_request_to_all():
    r = parse_text(FIELD_LINES + "组织人员每日巡查保洁。\n")
    assert [m.text for m in r.problems[-1].measures] == ["组织人员每日巡查保洁。"]
