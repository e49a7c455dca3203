"""Session 17, helper ks: residues and conventions (constructed texts, written for these tests)."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.inspection import inspection_facts


def _parse(*lines: str):
    return parse_text("\n".join(lines))


# --- a period followed by one more day listed, then the act of going to inspect -------------------------------------

def test_a_period_and_one_more_day_listed_before_going_deep_to_inspect_run_to_the_last_day():
    r = _parse("某林场开展春季防火督查",
               "发布时间:2021-04-12 10:20",
               "入春以来林区气温回升。林场两次组成督查组,于3月8日至11日,3月15日,深入各管护站督查防火责任落实情况。"
               "发现个别管护站值守人员不足,督查组已通报相关单位限期整改。")
    assert (r.inspection.start, r.inspection.end) == ("2021-03-08", "2021-03-15")


def test_a_period_followed_by_a_day_that_opens_its_own_clause_keeps_its_end():
    f = inspection_facts("督查组于3月8日至11日深入各管护站督查,3月15日组织业务培训。", None, None, "2021-04-12")
    assert (f.start, f.end) == ("2021-03-08", "2021-03-11")


def test_a_day_listed_more_than_a_month_after_the_period_does_not_stretch_it():
    f = inspection_facts("林场组成督查组,于3月8日至11日,5月15日,深入各管护站督查。", None, None, "2021-06-12")
    assert (f.start, f.end) == ("2021-03-08", "2021-03-11")


def test_going_deep_into_a_place_for_something_else_dates_no_inspection():
    f = inspection_facts("局领导深入一线调研,3月8日至11日组织业务培训。", None, None, "2021-04-12")
    assert (f.start, f.end) == (None, None)


# --- a team that came to the body to carry out its inspection -------------------------------------------------------

def test_a_team_that_came_to_carry_out_its_patrol_on_a_bare_day_starts_it_then_in_the_page_s_year():
    r = _parse("市中院对我院开展司法巡查",
               "发布时间:2022-06-20 09:00:00",
               "6月8日,市中院党组成员率司法巡查组来到我院开展为期十天的司法巡查。当天下午召开动员会。")
    assert (r.inspection.start, r.inspection.end) == ("2022-06-08", None)


def test_a_visitor_who_came_to_carry_out_a_study_dates_no_inspection():
    f = inspection_facts("6月8日,兄弟单位考察团来到我院开展业务交流。", None, None, "2022-06-20")
    assert f.start is None


# --- a count of problems closing a list that a finding verb heads, and its part done ---------------------------------

def test_problems_counted_after_a_semicolon_list_closed_by_deng_ge_lei_are_the_total_and_its_part_done_is_read():
    r = _parse("某县开展扬尘污染防治专项检查",
               "县住建局共出动检查人员16人次,发现渣土车未密闭运输;裸露土方未覆盖;工地出入口未冲洗等各类扬尘问题42处,"
               "其中35处已及时会同属地乡镇完成清理整改。")
    assert (r.headline.problems_total, r.headline.problems_done) == (42, 35)


def test_doubled_commas_before_the_part_done_do_not_hide_it():
    r = _parse("某县开展扬尘污染防治专项检查",
               "检查组发现工地围挡破损等各类扬尘问题42处,,其中35处已完成整改,。")
    assert (r.headline.problems_total, r.headline.problems_done) == (42, 35)


def test_a_part_ordered_to_be_fixed_within_a_time_limit_is_not_done():
    r = _parse("某县开展扬尘污染防治专项检查",
               "检查组发现工地围挡破损等各类扬尘问题42处,其中35处已责令施工单位限期完成整改。")
    assert (r.headline.problems_total, r.headline.problems_done) == (42, None)


def test_a_count_after_deng_with_no_finding_verb_before_it_is_no_total():
    r = _parse("某县召开扬尘污染防治工作会议",
               "会议部署了渣土车密闭运输、裸露土方覆盖等各类扬尘治理任务42处。")
    assert r.headline.problems_total is None


# --- masked years and staggered entries -----------------------------------------------------------------------------

def test_days_whose_year_is_masked_borrow_no_year_from_the_page():
    r = _parse("中共某县某局党组关于县委第二巡察组巡察反馈意见整改进展情况的通报",
               "发布时间:2024-03-01",
               "按照县委统一部署, * 年5月6日至7月5日,县委第二巡察组对县某局党组开展了常规巡察, * 年9月1日反馈了巡察意见。")
    assert (r.inspection.start, r.inspection.end, r.inspection.feedback_date) == (None, None, None)


def test_days_without_a_year_still_take_the_page_s_year():
    r = _parse("中共某县某局党组关于县委第二巡察组巡察反馈意见整改进展情况的通报",
               "发布时间:2024-03-01",
               "按照县委统一部署,5月6日至7月5日,县委第二巡察组对县某局党组开展了常规巡察。")
    assert (r.inspection.start, r.inspection.end) == ("2023-05-06", "2023-07-05")


def test_teams_moving_in_one_after_another_over_some_days_give_the_start_only():
    f = inspection_facts("经批准,第二批6个督察组于2022年3月21日至3月25日陆续对六省开展督察进驻。", None, None, "2022-04-30")
    assert (f.start, f.end) == ("2022-03-21", None)


def test_a_team_inspecting_over_some_days_keeps_its_end():
    f = inspection_facts("经批准,第二督察组于2022年3月21日至3月25日对某省开展督察进驻。", None, None, "2022-04-30")
    assert (f.start, f.end) == ("2022-03-21", "2022-03-25")


# --- counts that are no headline: petitions named in the noun, done counts of bodies, two counts by kind -------------

def _figures(text):
    from zhenggai.importer.parse.headline import headline_figures
    h = headline_figures(text)
    return h.problems_total, h.problems_done


def test_problems_the_public_reported_counted_noun_first_are_petitions_not_the_total():
    assert _figures("督导组对前期交办的群众投诉问题23个逐一进行现场核查。") == (None, None)


def test_problems_a_check_found_counted_noun_first_are_still_the_total():
    assert _figures("督导组现场检查发现问题23个,已完成整改20个。") == (23, 20)


def test_a_done_count_after_a_count_of_bodies_in_its_counter_is_of_the_bodies():
    assert _figures("截至目前,全区86个社区党组织,已完成61个。") == (None, None)


def test_a_done_count_followed_by_bodies_is_of_the_bodies():
    assert _figures("目前,已完成5个乡镇共计31宗信访件的核查。") == (None, None)


def test_two_counts_side_by_side_each_named_by_its_kind_have_no_total():
    assert _figures("本月巡查工地210个次,发现工地存在扬尘问题42个,噪声问题11个,均已发出整改通知书。")[0] is None


def test_a_total_then_its_part_by_kind_keeps_the_total():
    assert _figures("本月巡查发现问题42个,其中扬尘问题11个。")[0] == 42


def test_problems_that_petitions_concern_counted_noun_first_are_no_total():
    assert _figures("本批转办的信访件,涉及环境问题36个。") == (None, None)


def test_problems_an_inspection_concerns_counted_noun_first_are_the_total():
    assert _figures("本次督查涉及环境问题36个,已完成整改30个。") == (36, 30)


# --- a year a figure is compared with lends no year -----------------------------------------------------------------

def test_a_baseline_year_a_figure_is_compared_with_lends_no_year_to_a_bare_period():
    f = inspection_facts("全省共有病库590座,比2016年底的900座减少了310座。5月8日至11日,督查组对甲市尾矿库排查情况进行专项督查。",
                         None, None, None)
    assert (f.start, f.end) == (None, None)


def test_a_year_stated_before_a_bare_period_still_lends_it():
    f = inspection_facts("2017年全省尾矿库综合治理持续推进。5月8日至11日,督查组对甲市尾矿库排查情况进行专项督查。",
                         None, None, None)
    assert (f.start, f.end) == ("2017-05-08", "2017-05-11")


# --- a subset left undone, named again; a feedback day read as a start ----------------------------------------------

def test_problems_counted_as_left_undone_and_named_again_later_are_no_total():
    assert _figures("该县近日对14个未完成整改的突出环境问题召开调度会。会议针对14个突出环境问题逐一明确牵头部门。")[0] is None


def test_a_total_with_its_undone_part_named_after_it_stays_the_total():
    assert _figures("巡察组反馈的26个问题,已完成整改23个,对3个未完成整改的问题持续跟踪。") == (26, 23)


def test_a_day_from_which_feedback_was_given_is_no_start():
    f = inspection_facts("经批准,自2022年6月8日起,省督察组陆续向5市反馈督察意见。", None, None, "2022-06-30")
    assert (f.start, f.feedback_date) == (None, "2022-06-08")


def test_an_inspection_and_its_later_feedback_keep_both_days():
    f = inspection_facts("2022年4月8日至5月8日,省督察组对甲市开展督察,并于2022年6月8日向甲市反馈督察意见。", None, None, "2022-06-30")
    assert (f.start, f.end, f.feedback_date) == ("2022-04-08", "2022-05-08", "2022-06-08")


def test_a_leader_who_came_to_study_and_heard_of_the_inspection_s_rectification_dates_no_inspection():
    f = inspection_facts("5月6日,市领导来到我局开展调研,并对巡察整改工作提出要求。", None, None, "2021-06-01")
    assert f.start is None


def test_a_done_count_of_problems_named_by_their_level_stays_a_done_count():
    assert _figures("巡察反馈问题40个,已完成整改12个村级问题。") == (40, 12)
