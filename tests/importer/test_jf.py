"""Session 16 round 4, helper jf: headline figures, dates and document fields of news about checks, as snippets20 and
blind19 showed the genre.

Every text here is constructed (no sentence is copied from a labelled document); each rule has a positive and a
near-miss negative test."""
from __future__ import annotations

from zhenggai.importer.parse import headline
from zhenggai.importer.parse.inspection import inspection_facts


def _figures(text: str) -> tuple:
    h = headline.headline_figures(text)
    headline.settle(h)
    return h.problems_total, h.problems_done


def _dates(text: str, report_date: str | None = None) -> tuple:
    i = inspection_facts(text, None, None, report_date)
    return i.start, i.end


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
