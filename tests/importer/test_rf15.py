"""Session 15, helper rf15: document fields, dates and headline figures on lead paragraphs (constructed texts, each
rule with a positive and a near miss that must not fire)."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.fields import split_units


# --- a yearless period takes its year from the same period written with one elsewhere ------------------------------
def test_a_yearless_period_takes_its_year_from_a_caption_that_repeats_the_same_days_with_a_year():
    r = parse_text("3月2日至3月8日,县环保局对城区扬尘治理工作开展了专项检查,共发现问题12个,已完成整改9个。\n"
                   "2021年3月2日至3月8日扬尘治理问题清单")
    assert (r.inspection.start, r.inspection.end) == ("2021-03-02", "2021-03-08")


def test_a_caption_with_other_days_gives_a_yearless_period_no_year():
    r = parse_text("3月2日至3月8日,县环保局对城区扬尘治理工作开展了专项检查,共发现问题12个,已完成整改9个。\n"
                   "2021年3月9日至3月15日扬尘治理问题清单")
    assert r.inspection.start is None and r.inspection.end is None


# --- the day an inspection round is launched is its start ----------------------------------------------------------
def test_a_round_launched_on_a_yearless_day_starts_then_in_the_year_of_the_page_date():
    r = parse_text("2022年6月10日\n\n经省委批准,省委第五轮巡视6月8日全面启动,8个巡视组将分别对12个市县开展为期两个月的巡视。")
    assert r.inspection.start == "2022-06-08" and r.inspection.end is None


def test_a_rectification_launched_on_a_day_is_not_the_inspection_start():
    r = parse_text("2022年6月10日\n\n省委第五轮巡视整改工作6月8日全面启动,各单位对照反馈意见逐项制定措施。")
    assert r.inspection.start is None


# --- a news dateline is the day the story was filed ----------------------------------------------------------------
def test_a_news_dateline_is_not_the_day_feedback_was_given():
    r = parse_text("发布时间:2024-09-02 10:11:12\n"
                   "本报北京8月30日电(记者某某)近日,第二批中央生态环境保护督察组分别向5省反馈督察情况。")
    assert r.inspection.feedback_date is None


def test_the_day_named_in_the_story_after_its_dateline_is_the_feedback_day():
    r = parse_text("发布时间:2024-09-02 10:11:12\n"
                   "本报北京8月30日电(记者某某)8月29日,第二批中央生态环境保护督察组分别向5省反馈督察情况。")
    assert r.inspection.feedback_date == "2024-08-29"


# --- a special campaign's measures are not the inspection's -----------------------------------------------------------
def test_measures_of_a_special_campaign_give_way_to_the_measures_of_the_inspection_feedback_plan():
    r = parse_text("某集团党委部署开展突出问题专项整治,梳理12项具体表现,细化40项整改措施。"
                   "针对巡视反馈的具体问题,集团党委制定整改落实工作方案,细化96项整改措施,修订制度15项。")
    assert r.headline.measures_total == 96


def test_a_special_campaign_counted_alone_keeps_its_measures():
    r = parse_text("某集团党委部署开展突出问题专项整治,梳理12项具体表现,细化40项整改措施,修订制度15项。")
    assert r.headline.measures_total == 40


# --- a place's committee and its government named by level stay one pair ----------------------------------------------
def test_a_place_committee_and_its_government_named_by_level_alone_stay_one_unit():
    assert split_units("东城区委、区政府") == ["东城区委、区政府"]
    assert split_units("某某县委、县政府、县人大") == ["某某县委、县政府、县人大"]


def test_a_department_then_a_level_government_are_two_units():
    assert split_units("县委宣传部、县政府") == ["县委宣传部", "县政府"]
    assert split_units("东城区委、市政府") == ["东城区委", "市政府"]
    assert split_units("东城区委、区政府、区住建局") == ["东城区委", "区政府", "区住建局"]


# --- an article that says it will propose measures is a plan ----------------------------------------------------------
PROBLEMS = ("一、存在的问题\n1. 学习不深入\n部分单位理论学习流于形式。\n2. 整改不到位\n个别单位整改敷衍。\n"
            "二、整改措施\n1. 加强学习\n要健全学习制度。\n2. 压实责任\n要明确整改责任。")


def test_an_article_that_says_it_will_propose_rectification_measures_is_a_plan():
    r = parse_text("巡察是党内监督的重要方式。本文将分析基层巡察整改中存在的问题,并提出相应的整改措施。\n" + PROBLEMS)
    assert r.kind == "plan"


def test_an_article_that_says_it_will_tell_the_rectification_results_is_a_bulletin():
    r = parse_text("巡察是党内监督的重要方式。本文将从问题剖析、整改成效等方面进行全面剖析,以期提供借鉴。\n" + PROBLEMS)
    assert r.kind == "bulletin"
