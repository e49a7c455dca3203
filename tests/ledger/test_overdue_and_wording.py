"""One definition of overdue; pages say things once and explain their figures."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import pdf_upload
from tests.ledger.conftest import drive_to
from zhenggai.battlemap.data import overdue_measures
from zhenggai.ledger import services
from zhenggai.ledger.models import FollowUpOutcome, Measure, overdue_days
from zhenggai.ledger.selectors import inspection_headline
from zhenggai.ledger.workflow import MeasureState

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)
ON = dt.date(2026, 11, 23)


@pytest.mark.parametrize(("kind", "date", "state", "expected"), [
    ("date", dt.date(2026, 9, 30), "in_progress", 54),
    ("immediate", dt.date(2026, 6, 16), "returned", 160),
    ("immediate_long_term", dt.date(2026, 6, 21), "in_progress", None),  # past its first date: long-term, blue
    ("long_term", None, "in_progress", None),
    ("date", dt.date(2026, 9, 30), "signed_off", None),
    ("date", dt.date(2026, 11, 23), "in_progress", None),  # due today is not overdue yet
])
def test_overdue_has_one_definition(kind, date, state, expected):
    assert overdue_days(state=state, deadline_kind=kind, deadline_date=date, on=ON) == expected


def test_a_long_term_measure_with_a_passed_first_date_is_not_listed_as_overdue_anywhere(client, world):
    Measure.objects.filter(pk=world.measure2.pk).update(deadline_kind="immediate_long_term",
                                                        deadline_date=dt.date(2026, 6, 21),
                                                        last_reported_on=dt.date(2026, 11, 20))
    headline = inspection_headline(world.inspection)
    listed = overdue_measures(world.inspection, on=ON)
    assert headline.overdue == len(listed) == 1  # measure3 (2026-09-30) only
    client.force_login(world.office)
    response = client.get(f"/battle-map/{world.inspection.pk}/measures/?light=blue")
    html = response.content.decode()
    assert response.status_code == 200 and "开展执法案卷评查" in html
    assert "155天" not in html


def test_a_signed_off_measure_says_signed_off_once(client, world):
    measure = drive_to(world, MeasureState.SIGNED_OFF)
    client.force_login(world.office)
    html = client.get(f"/measures/{measure.pk}/").content.decode()
    assert "已销号：已销号" not in html


def test_the_problem_list_explains_its_measure_column(client, world):
    client.force_login(world.office)
    assert "已销号/共" in client.get(f"/inspections/{world.inspection.pk}/problems/").content.decode()


def test_the_follow_up_hint_goes_once_the_follow_up_is_recorded(client, world):
    drive_to(world, MeasureState.SIGNED_OFF, world.measure3)
    client.force_login(world.office)
    assert "应于" in client.get(f"/problems/{world.problem2.pk}/").content.decode()
    services.follow_up_record(user=world.office, problem=world.problem2, outcome=FollowUpOutcome.HOLDS,
                              note="抽查10件审批，均在时限内办结")
    html = client.get(f"/problems/{world.problem2.pk}/").content.decode()
    assert "follow-up-hint" not in html and "抽查10件审批" in html
