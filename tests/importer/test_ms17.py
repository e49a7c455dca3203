"""Session 17, helper ms17: set M (blind25, snippets23) misses named by the labellers.
Each rule with a constructed positive (a short text written here, in the genre) and a near miss it must leave alone."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text


# --- a one-task 销号 form: the problem field is all of its paragraph; the completion list restates the measures -------
FORM = ("根据督察整改工作要求,现将我局承担的督察反馈问题整改任务(序号九)销号完成情况公示如下。\n"
        "整改问题:河道两岸违规堆放建筑垃圾问题突出。某镇沿河村段堆放建筑垃圾约500立方米,至今未清理。某村河滩存在私设砂石料场现象。\n"
        "整改目标:全面清理河道垃圾,杜绝违规堆放。\n"
        "整改措施:1、组织对沿河建筑垃圾全面清运;\n"
        "2、依法取缔河滩砂石料场;\n"
        "3、建立河道日常巡查制度。\n"
        "整改任务完成情况:1、已清运建筑垃圾500立方米;\n"
        "2、已取缔砂石料场1处;\n"
        "3、巡查制度已建立并落实。\n")


def test_the_problem_field_of_a_one_task_form_runs_to_its_paragraph_end():
    r = parse_text(FORM)
    assert len(r.problems) == 1
    p = r.problems[0]
    assert p.seq == 9 and p.status == "done"
    assert p.title.startswith("河道两岸违规堆放建筑垃圾问题突出。") and p.title.endswith("私设砂石料场现象")


def test_the_completion_list_after_the_measures_adds_no_measures():
    assert len(parse_text(FORM).problems[0].measures) == 3


def test_a_problem_field_followed_by_its_units_in_the_same_paragraph_stays_one_sentence():
    text = FORM.replace("整改问题:河道两岸违规堆放建筑垃圾问题突出。某镇沿河村段堆放建筑垃圾约500立方米,至今未清理。某村河滩存在私设砂石料场现象。",
                        "整改问题:河道两岸违规堆放建筑垃圾问题突出。责任单位:某镇人民政府。")
    p = parse_text(text).problems[0]
    assert p.title == "河道两岸违规堆放建筑垃圾问题突出"


# --- a feedback summary counting off aspects is no feedback item ----------------------------------------------------
def test_a_feedback_summary_counting_off_aspects_is_no_single_problem():
    text = ("5月8日,县委第二巡察组召开巡察县文联情况反馈会。\n"
            "会上,巡察组组长代表县委第二巡察组指出了巡察中发现的问题,一是在党的领导方面,存在理论学习不深入等问题;"
            "二是在党的建设方面,存在组织生活不规范等问题;三是在作风建设方面,存在公务接待不规范等问题。"
            "并提出三点整改意见:一是加强党的领导;二是加强党的建设;三是加强作风建设。\n"
            "县文联主席表示,诚恳接受意见,全力抓好整改,已召开专题会议部署整改工作。\n")
    assert parse_text(text).problems == []


def test_a_feedback_item_said_in_one_sentence_is_still_one_problem():
    text = ("关于第二轮督察反馈问题整改情况的公示\n"
            "第二轮督察反馈指出,某镇污水处理厂长期超标排放,周边水体黑臭。\n"
            "整改完成情况:我镇已完成污水处理厂提标改造,出水稳定达标,周边水体黑臭已消除。该项整改任务已完成。\n")
    r = parse_text(text)
    assert len(r.problems) == 1 and r.problems[0].title.startswith("某镇污水处理厂长期超标排放")


# --- a period's end day that lost its 日 right before the team's name ------------------------------------------------
def test_a_full_end_day_without_its_ri_before_the_team_ends_the_period():
    from zhenggai.importer.parse.inspection import inspection_facts

    f = inspection_facts("根据县委统一部署,2021年3月2日至2021年4月30县委第一巡察组对县档案馆党支部开展了常规巡察。"
                         "2021年6月10日,县委第一巡察组向县档案馆党支部反馈了巡察意见。", None)
    assert (f.start, f.end, f.inspector) == ("2021-03-02", "2021-04-30", "县委第一巡察组")


def test_a_bare_number_after_zhi_with_no_month_is_no_end_day():
    from zhenggai.importer.parse.dates import RE_PERIOD

    assert RE_PERIOD.search("2021年3月2日至30县委第一巡察组") is None
    assert RE_PERIOD.search("2021年3月2日至2021年4月30个单位") is None


# --- feedback of a special round named by its long theme --------------------------------------------------------------
def test_feedback_of_a_special_round_named_by_a_long_theme_is_dated():
    t = ("2024年3月5日,市委第一巡察组向市农业农村局党组反馈推进乡村振兴重点项目建设专项巡察情况。\n"
         "根据市委统一部署,2023年10月9日至11月30日,市委第一巡察组对市农业农村局党组进行了专项巡察。\n")
    assert parse_text(t).inspection.feedback_date == "2024-03-05"


def test_a_long_theme_with_no_special_round_gives_no_feedback_day():
    t = ("2024年3月5日,市委第一巡察组向市农业农村局党组了解推进乡村振兴重点项目建设专项巡察情况。\n"
         "根据市委统一部署,2023年10月9日至11月30日,市委第一巡察组对市农业农村局党组进行了专项巡察。\n")
    assert parse_text(t).inspection.feedback_date is None


# --- a copy cut inside its first problem's wrapper heading ------------------------------------------------------------
CUT_LEAD = ("根据县委统一部署,县委第二巡察组对县妇联党组进行了巡察,并反馈了巡察意见。现将巡察整改情况予以公布。\n"
            "一、提高认识,加强领导\n"
            "(一)统一思想认识。县妇联党组及时召开专题会议,研究部署整改工作。\n"
            "(二)压实整改责任。制定整改方案,明确责任分工和整改时限。\n"
            "二、聚焦问题,逐条整改\n")


def test_a_copy_cut_inside_its_first_problem_wrapper_keeps_that_problem_as_printed():
    r = parse_text(CUT_LEAD + "(一)关于“两个维护”不够坚决,理论学习中")
    assert [(p.seq, p.title, len(p.measures)) for p in r.problems] == [(1, "“两个维护”不够坚决,理论学习中", 0)]


def test_a_copy_cut_inside_a_heading_that_opens_no_quoted_wrapper_gives_no_problem():
    assert parse_text(CUT_LEAD + "(一)加强理论学习,提升政治").problems == []


def test_a_completion_list_with_no_measures_label_above_it_still_gives_the_measures():
    text = FORM.replace("整改措施:1、组织对沿河建筑垃圾全面清运;\n2、依法取缔河滩砂石料场;\n3、建立河道日常巡查制度。\n", "")
    assert len(parse_text(text).problems[0].measures) == 3
