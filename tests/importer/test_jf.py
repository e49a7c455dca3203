"""Session 16 round 4, helper jf: headline figures, dates and document fields of news about checks, as snippets20 and
blind19 showed the genre.

Every text here is constructed (no sentence is copied from a labelled document); each rule has a positive and a
near-miss negative test."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.normalize import fold

from tests.importer.helpers import settled_pair as _figures, check_dates as _dates


# --- hazards a check found, and those fixed ----------------------------------------------------------------------

def test_hazards_checked_with_those_fixed_on_the_spot_are_total_and_done():
    assert _figures("此次行动共出动人员8人，检查燃气隐患5处，当场整改3处，发放告知书10份。") == (5, 3)


def test_places_checked_with_a_count_are_not_hazards():
    assert _figures("此次行动共检查门店5处，当场整改3处。") == (None, None)
    assert _figures("全年共检查隐患点位50处。") == (None, None)


def test_hazards_named_by_what_they_were_closed_by_deng_are_the_total():
    assert _figures("通过检查，发现楼道堆放杂物、电线私拉乱接等消防隐患6处，当场整改4处。") == (6, 4)


def test_a_list_closed_by_deng_in_a_campaign_total_is_still_not_a_check_s_findings():
    assert _figures("今年以来，发现楼道堆放杂物、电线私拉乱接等消防隐患600处，整改550处。") == (None, None)


def test_hazards_found_and_all_fixed_at_once_are_all_done():
    assert _figures("检查中发现安全隐患3处并立即完成整改。") == (3, 3)
    assert _figures("检查组发现消防隐患7处，目前已全部落实整改完毕。") == (7, 7)


def test_hazards_found_with_an_order_to_fix_them_are_not_done():
    assert _figures("检查中发现安全隐患3处，要求立即整改。") == (3, None)
    assert _figures("检查组发现消防隐患7处，已全部落实整改责任。") == (7, None)


# --- one-day checks after a purpose clause ---------------------------------------------------------------------

def test_a_day_after_a_clause_following_a_meeting_s_spirit_dates_the_visit_it_opens():
    text = ("根据全市安全生产工作会议精神要求，4月12日，区应急局局长一行前往辖区三家企业开展安全生产专项检查，"
            "街道负责同志陪同检查。")
    assert _dates(text, "2022-04-13") == ("2022-04-12", "2022-04-12")


def test_a_day_after_a_meeting_s_spirit_that_opens_a_meeting_is_not_a_check():
    text = "根据全市安全生产工作会议精神要求，4月12日，区应急局召开专题会议，部署安全生产专项检查。"
    assert _dates(text, "2022-04-13") == (None, None)


def test_two_bodies_checking_together_on_a_day_after_a_purpose_clause_is_a_one_day_check():
    text = ("为切实加强全区燃气安全工作，认真落实市安委会工作部署，9月3日，区住建局会同区消防救援大队开展燃气安全隐患"
            "督导检查工作。")
    assert _dates(text, "2023-09-05") == ("2023-09-03", "2023-09-03")


def test_two_bodies_meeting_together_on_a_day_after_a_purpose_clause_is_not_a_check():
    text = ("为切实加强全区燃气安全工作，认真落实市安委会工作部署，9月3日，区住建局会同区消防救援大队召开燃气安全隐患"
            "督导检查工作会。")
    assert _dates(text, "2023-09-05") == (None, None)


def test_a_day_after_a_meeting_s_spirit_under_a_page_s_title_and_source_lines_dates_the_visit():
    text = ("区应急局开展安全生产专项检查\n时间:2022/4/13 9:10:11 来源:本网\n根据全市安全生产工作会议精神要求，4月12日，"
            "区应急局局长一行前往辖区三家企业开展安全生产专项检查。")
    assert _dates(text, "2022-04-13") == ("2022-04-12", "2022-04-12")


def test_a_meeting_title_above_a_purpose_clause_still_makes_the_day_a_meeting_s():
    text = ("区应急局召开安全生产会议\n时间:2022/4/13 9:10:11 来源:本网\n根据全市安全生产工作会议精神要求，4月12日，"
            "区应急局局长一行前往辖区三家企业开展安全生产专项检查。")
    assert _dates(text, "2022-04-13") == (None, None)



# --- a signature year typed with a look-alike zero ---------------------------------------------------------------

def test_a_signature_year_with_a_look_alike_zero_is_read_as_that_year():
    text = ("某区商务局关于三月份市场检查情况的通报\n\n各市场:\n\n三月份，我局对各市场开展了检查，存在卫生保洁不及时的问题。\n\n"
            "某区商务局\n\n二\u039f二二年三月三十一日")
    assert parse_text(text).report_date == "2022-03-31"
    assert fold("二○一九年五月") == "二〇一九年五月" and fold("二0一九年") == "二〇一九年"


def test_a_look_alike_zero_outside_a_chinese_year_is_left_alone():
    assert fold("O2O年度报告") == "O2O年度报告"
    assert fold("二十0年") == "二十0年"
    assert fold("第二Ο号") == "第二Ο号"


# --- a night check told from an evening hour to the next morning's -----------------------------------------------

def test_a_night_check_from_an_evening_hour_to_the_next_morning_is_a_two_day_period():
    text = "为做好夜间施工管理，2021年6月3日晚9点到6月4日凌晨4时，区城管局对辖区工地开展夜查。"
    assert _dates(text, "2021-06-05") == ("2021-06-03", "2021-06-04")


def test_hours_within_one_day_are_not_a_period():
    text = "为做好夜间施工管理，2021年6月3日晚9点到12点，区城管局召开夜间施工管理会议。"
    assert _dates(text, "2021-06-05") == (None, None)


def test_a_night_check_period_needs_a_check_in_its_sentence():
    text = "2021年6月3日晚9点到6月4日凌晨4时，区城管局组织工地负责人收看安全教育片。"
    assert _dates(text, "2021-06-05") == (None, None)


# --- a table published under a title that reports ----------------------------------------------------------------

def _table_kind(title: str) -> str:
    from zhenggai.importer import extract
    text = (f"{title}\n经街道自查、区级复核，现将名单予以公示。\n"
            "序号 | 点位名称 | 问题清单 | 整改措施 |\n"
            "1 | 某路口 | 占道经营，影响通行 | 设置疏导点，加强巡查 |\n"
            "2 | 某街巷 | 垃圾堆放，清运不及时 | 增加清运频次 |\n")
    return extract.extract_bytes(text.encode("utf-8"), "x.txt").ledger.schema_kind()


def test_a_table_of_problems_and_measures_published_as_a_notice_is_a_bulletin():
    assert _table_kind("第二批市容整治点位名单公示") == "bulletin"


def test_a_table_of_problems_and_measures_titled_as_a_plan_is_a_plan():
    assert _table_kind("第二批市容整治点位整改方案") == "plan"
    assert _table_kind("第二批市容整治点位整改台账") == "plan"


# --- a yearless day whose visit names its year -------------------------------------------------------------------

def test_a_yearless_day_whose_visit_names_the_check_s_year_takes_that_year():
    text = "为进一步加强文物安全，5月9日上午，区文旅局联合区消防大队组成检查组，对辖区文物单位开展2022年度文物消防安全专项检查。"
    assert _dates(text) == ("2022-05-09", "2022-05-09")


def test_a_year_named_only_in_the_purpose_clause_does_not_date_the_day():
    text = "为推进2022年度文物安全工作，5月9日上午，区文旅局联合区消防大队组成检查组，对辖区文物单位开展文物消防安全专项检查。"
    assert _dates(text) == (None, None)
