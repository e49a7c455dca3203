"""Headline figures, inspection dates and document fields: wordings the merged parser still misread on
tests/importer/real/blind9, tests/importer/real/snippets9 and tests/importer/blindwritten (issue 10, final round).

Each test states one general rule with a constructed text (invented bodies, places and figures), not a copy of a
labelled text."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.facts import meta_date
from zhenggai.importer.parse.inspection import inspection_facts
from zhenggai.importer.parse.headline import add_attachment_counts, headline_figures

from tests.importer.helpers import four_figures as _figures


# --- headline figures -----------------------------------------------------------------------
def test_aspects_written_as_big_aspects_are_not_the_count_of_problems():
    text = "县委巡察组共反馈问题3个大方面17个大项的问题，反馈各村党组织的问题共计40个大项的问题。"
    assert _figures(text)[0] == 17


def test_tasks_counted_in_ge_are_measures_and_the_done_count_after_them_is_theirs():
    text = "镇党委将反馈问题梳理分解整改任务62个，已完成整改57个，其余长期坚持。"
    assert _figures(text) == (None, None, 62, 57)


def test_a_done_count_in_the_next_sentence_as_of_a_day_belongs_to_the_measures_just_counted():
    text = "党组对巡察反馈的4个方面15个问题逐条认领，细化整改措施52条。截至目前，已完成49条，其余3条需长期坚持。"
    assert _figures(text) == (15, None, 52, 49)


def test_the_number_of_a_task_is_not_a_count_of_problems():
    text = "根据督察整改方案，第27项整改任务为：“城区部分排水口雨污混流。”责任单位：某县人民政府。"
    assert _figures(text) == (None, None, None, None)


def test_the_tasks_not_yet_finished_are_not_the_total_stated_before_them():
    text = ("督察反馈问题共24个，截至2024年6月底，已完成整改19个，其余5个正在推进。"
            "下一步，一是对未完成的5项整改任务实行挂图作战；二是开展“回头看”。")
    assert _figures(text)[:2] == (24, 19)


def test_a_done_count_after_the_parts_of_a_total_belongs_to_the_total():
    text = ("涉及我县的督察反馈问题共15个，其中督察报告指出问题9个、督察组交办问题6个。"
            "截至目前，已完成整改11个，其余4个正在推进。")
    assert _figures(text)[:2] == (15, 11)


def test_parts_that_each_give_their_done_count_do_not_give_the_total_a_done_count():
    text = ("累计反馈问题共30项。其中，中央督察反馈的17项问题，完成整改15项；省级督察反馈13项问题，"
            "完成整改9项。")
    assert _figures(text)[:2] == (30, None)


def test_a_part_in_brackets_after_a_total_is_included_in_it():
    text = "其中涉及我县的问题6个（含“回头看”指出问题2个）。截至2023年5月底，已完成整改4个，其余2个正在推进。"
    assert _figures(text)[:2] == (6, 4)


def test_problems_counted_by_kind_with_no_total_give_no_headline():
    text = ("全市对村级党组织巡察共发现政策落实不到位问题312个，侵害群众利益问题208个，"
            "软弱涣散问题96个，涉及集体资产管理问题145个，其他问题500余个。")
    assert _figures(text)[0] is None


def test_counts_by_status_beside_a_total_are_not_a_breakdown_by_kind():
    text = "2022年，某区审计局审计发现问题64个，截至8月底，已整改问题40个，正在整改问题16个，移送问题8个。"
    assert _figures(text)[:2] == (64, 40)


def test_problems_acted_on_in_clauses_of_their_own_are_not_a_breakdown_of_those_found():
    text = ("截至目前，各巡察组已完成对5个乡镇28个村的巡察，发现各类问题216个，督促立行立改问题19个，"
            "移交问题线索12条，推动解决群众急难愁盼问题23个。")
    assert _figures(text)[0] == 216


def test_problems_that_petitions_concern_are_not_the_inspections_problems():
    text = "督察期间，县协调联络组共交办群众信访件7件，涉及7个环境污染问题，其中噪声污染3个。"
    assert _figures(text)[0] is None


def test_a_count_of_places_is_not_a_count_of_problems():
    text = "督察组实地调研了石料厂、污水处理厂等9个点位，调查的9个点位均反馈问题。"
    assert _figures(text)[0] is None


def test_rules_made_are_read_from_the_section_about_lasting_mechanisms_after_the_problems():
    r = parse_text("\n".join([
        "中共某县人民医院委员会关于巡察整改进展情况的通报",
        "根据县委统一部署，2023年3月1日至4月30日，县委第一巡察组对县人民医院党委开展了巡察。",
        "一、整改工作的组织开展情况",
        "医院党委召开专题会议研究整改工作，对巡察反馈的3个问题逐条制定整改措施。",
        "二、巡察反馈问题的整改落实情况",
        "1.关于理论学习不深入的问题",
        "整改情况：1.修订学习制度。2.开展专题学习。",
        "2.关于药品采购监管不严的问题",
        "整改情况：1.开展专项检查。",
        "3.关于干部队伍建设滞后的问题",
        "整改情况：1.制定人才培养计划。",
        "三、建立健全长效机制情况",
        "医院党委坚持边整边改，共制定修订制度15项。下一步，将再建立制度3项。",
        "中共某县人民医院委员会",
        "2023年9月1日",
    ]))
    assert r.headline.rules_made == 15


def test_a_mechanism_section_without_a_count_adds_no_rules():
    h = headline_figures("")
    add_attachment_counts(h, ["四、标本兼治，推动建章立制", "推动完善统计执法监督等方面的制度机制。", "附件：1.整改台账"])
    assert h.rules_made is None


# --- inspection dates ----------------------------------------------------------------------------
def test_a_period_labelled_as_the_inspections_own_is_its_start_and_end():
    text = ("2021年5月10日，县委第二巡察组进驻县科协党组，开展为期45天的巡察工作。"
            "巡察组在巡察期间(2021年5月10日至2021年6月24日)，设有举报电话，受理信访举报。")
    f = inspection_facts(text, None)
    assert (f.start, f.end) == ("2021-05-10", "2021-06-24")


def test_a_start_without_its_year_takes_the_year_of_the_page_it_was_published_on():
    text = ("发布日期:2022-05-16 10:20:31    信息来源:某县\n"
            "县委在完成巡察全覆盖的基础上，从4月6日开始，全面启动巡察“回头看”工作，派出两个巡察组开展巡察“回头看”。")
    assert inspection_facts(text, None).start == "2022-04-06"


def test_feedback_given_over_several_days_is_dated_by_its_first_day():
    text = ("市委第三、四巡察组于2023年9月中旬至11月中旬对5个单位党组织开展了常规巡察。"
            "1月8日至1月19日，市委各巡察组分别向被巡察党组织反馈了巡察情况。")
    assert inspection_facts(text, None).feedback_date == "2024-01-08"


def test_the_day_figures_are_given_as_of_is_not_the_feedback_date():
    text = ("2023年3月6日至5月12日，区委第三轮巡察对12个单位党组织开展了常规巡察，并于2023年6月集中反馈了巡察意见。"
            "被巡察党组织共收到反馈问题310个，截至2023年11月30日，已整改300个。")
    assert inspection_facts(text, None).feedback_date is None


def test_a_visit_about_the_rectification_of_the_problems_fed_back_is_not_the_feedback():
    text = "5月12日，省生态环境厅副厅长一行来我县调研中央生态环境保护督察反馈问题整改落实情况。"
    assert inspection_facts(text, None).feedback_date is None


def test_a_yearless_feedback_day_follows_an_inspection_dated_by_months_later_in_the_text():
    text = ("2月21日上午，工委第一巡察组向财政分局党组反馈巡察情况。根据工委统一部署，"
            "工委第一巡察组于2023年9月上旬至12月中旬，对财政分局党组开展了政治巡察。")
    assert inspection_facts(text, None).feedback_date == "2024-02-21"


# --- document fields ----------------------------------------------------------------------------
def test_a_timestamp_line_with_the_authors_name_is_the_pages_date():
    assert meta_date(["省住建厅调研督察整改落实情况", "2023-04-11 18:05   王某某"]) == "2023-04-11"


def test_the_date_a_metadata_table_row_gives_as_written_is_the_report_date():
    lines = ["文件名称 | 关于某事项落实情况的通报 | ||",
             "文号 | 督查通报第三期 | 成文日期: | 2023年03月02日 |",
             "有效性 | 有效 | 公开日期: | 2023年03月06日 |"]
    assert meta_date(lines) == "2023-03-02"


def test_the_time_of_a_page_that_says_a_user_uploaded_its_text_is_not_the_report_date():
    lines = ["某某工作方案", "时间:2023-02-11 10:15:00",
             "导语:某某工作方案一文来源于网友上传,不代表本站观点,欢迎参考。", "某某工作方案"]
    assert meta_date(lines) is None
    assert meta_date(["某某工作方案", "时间:2023-02-11 10:15:00", "来源:某县人民政府"]) == "2023-02-11"


def test_a_total_whose_aspects_follow_gong_she_ji_is_the_count_after_them():
    assert _figures("省委巡视组反馈的问题共涉及3个方面22项，已整改完成19项。")[:2] == (22, 19)


def test_a_count_of_problems_said_all_done_as_of_a_day_is_done_but_not_when_it_is_a_goal():
    assert _figures("针对反馈的3方面9个问题，制定整改措施27项，截至2023年8月底，9个问题全部整改完成。")[:2] == (9, 9)
    assert _figures("针对反馈的9个问题，制定整改措施27项，确保9个问题全部整改到位。")[:2] == (9, None)


def test_tasks_with_gong_before_their_count_are_measures_with_their_done_count():
    assert _figures("整改任务共38项，已完成35项，剩余3项正持续推进。") == (None, None, 38, 35)


def test_an_inspection_period_written_in_chinese_numerals_reads_as_in_figures():
    text = "二〇二三年五月八日至六月三十日，县委第二巡察组对县林业局党组开展了常规巡察，七月十四日反馈了巡察意见。"
    f = inspection_facts(text, None)
    assert (f.start, f.end, f.feedback_date) == ("2023-05-08", "2023-06-30", "2023-07-14")


def test_a_signature_dated_in_figures_under_the_signing_body_gives_the_report_date():
    lines = ["中共某县林业局党组关于巡察整改进展情况的通报",
             "根据县委统一部署，2023年5月8日至6月30日，县委第二巡察组对县林业局党组开展了巡察。",
             "一、整改落实情况", "1.关于理论学习不深入的问题", "整改情况：修订学习制度。"]
    for written in ("2023.9.1", "2023-09-01"):
        assert parse_text("\n".join(lines + ["中共某县林业局党组", written])).report_date == "2023-09-01"


def test_measures_done_as_of_a_day_or_all_carried_out_belong_to_the_measures_just_counted():
    assert _figures("学校党委细化为86项整改措施，截至目前已完成80项。")[2:] == (86, 80)
    assert _figures("针对巡察反馈的问题，局党组制定了24条整改措施，目前已全部落实。")[2:] == (24, 24)


def test_a_period_written_from_a_day_qi_to_another_is_the_inspections_period():
    f = inspection_facts("市委第一巡察组自2023年4月10日起至6月9日对某局党组开展了巡察。", None)
    assert (f.start, f.end) == ("2023-04-10", "2023-06-09")


def test_a_full_date_with_qi_opening_the_inspection_is_its_start():
    f = inspection_facts("2023年4月10日起，市委第一巡察组对某局党组开展为期两个月的巡察。", None)
    assert (f.start, f.end) == ("2023-04-10", None)
    assert inspection_facts("2023年4月10日起施行的巡察工作办法对巡察组作了规定。", None).start is None


def test_a_bracketed_date_alone_at_the_top_of_a_page_is_its_date():
    assert meta_date(["某局召开巡察整改推进会", "[2023-05-04]", "5月3日，某局召开巡察整改推进会。"]) == "2023-05-04"


def test_the_inspected_body_is_the_one_named_in_the_clause_of_the_act_not_the_text_before_a_comma():
    text = ("2023年9月7日至9月26日，中央第二生态环境保护督察组对我省开展了第三轮生态环境保护督察，"
            "其间对石桥县开展了下沉督察。")
    assert inspection_facts(text, None).inspected == "石桥县"


def test_figures_stated_in_a_section_on_the_overall_results_after_the_problems_are_the_headline():
    r = parse_text("\n".join([
        "中共某县交通运输局党组关于巡察整改进展情况的通报",
        "根据县委统一部署，2023年3月1日至4月30日，县委第一巡察组对县交通运输局党组开展了巡察。",
        "一、巡察反馈问题的整改落实情况",
        "1.关于理论学习不深入的问题",
        "整改情况：修订学习制度，开展专题学习。",
        "2.关于工程项目监管不严的问题",
        "整改情况：开展专项检查。",
        "二、整改总体成效",
        "对巡察反馈的9个问题，局党组逐条制定整改措施，截至目前，已完成整改8个，其余1个正在推进。",
        "中共某县交通运输局党组",
        "2023年9月1日",
    ]))
    assert (r.headline.problems_total, r.headline.problems_done) == (9, 8)


def test_the_working_time_an_entry_notice_gives_the_inspection_team_is_its_period():
    text = "市委第三巡察组将在某局工作2个月左右，时间为2023年4月10日至6月9日，期间设立举报电话。"
    f = inspection_facts(text, None)
    assert (f.start, f.end) == ("2023-04-10", "2023-06-09")
    text = "巡察整改工作时间为2023年7月1日至9月30日。"
    assert inspection_facts(text, None).start is None


def test_the_count_one_attachment_declares_is_the_total_when_the_body_gives_none():
    h = headline_figures("省委召开常委会会议研究部署整改工作。")
    add_attachment_counts(h, ["特此报告。", "附件1", "巡视反馈问题整改进展情况（共20个问题，已完成13个）", "问题1.1：学习不深入。"])
    assert (h.problems_total, h.problems_done) == (20, 13)
