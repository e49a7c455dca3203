"""The measure page says why a light is on, in words that agree with the light the database computed."""
from __future__ import annotations

import datetime as dt

import pytest

from zhenggai.ledger.models import Light, Measure
from zhenggai.ledger.selectors import light_of, measures_with_light
from zhenggai.ledger.workflow import MeasureState

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)

D = dt.date
TODAY = D(2026, 11, 23)


def lit(world, measure_id: int, **fields) -> tuple[Light, str]:
    Measure.objects.filter(pk=measure_id).update(**fields)
    measure = measures_with_light(world.inspection).select_related("problem__inspection").get(pk=measure_id)
    light = light_of(measure.light_rank)
    return light, measure.light_reason(light, TODAY)


@pytest.mark.parametrize(("fields", "expected"), [
    ({"deadline_kind": "date", "deadline_date": D(2026, 11, 20)}, (Light.RED, "已超过整改期限3天")),
    ({"deadline_kind": "date", "deadline_date": D(2026, 11, 23)}, (Light.YELLOW, "今天到期")),
    ({"deadline_kind": "date", "deadline_date": D(2026, 11, 30)}, (Light.YELLOW, "距整改期限还有7天")),
    ({"deadline_kind": "date", "deadline_date": D(2026, 12, 31)}, (Light.GREEN, "距整改期限还有38天")),
    ({"deadline_kind": "none", "deadline_date": None}, (Light.GREEN, "未设整改期限")),
    ({"deadline_kind": "long_term", "deadline_date": None, "last_reported_on": D(2026, 11, 1)},
     (Light.BLUE, "长期坚持，按期报送进展")),
    ({"deadline_kind": "immediate_long_term", "deadline_date": D(2026, 12, 10), "last_reported_on": None},
     (Light.GREEN, "距整改期限还有17天")),
])
def test_the_reason_names_what_turned_the_light_on(world, fields, expected):
    assert lit(world, world.measure.pk, **fields) == expected


def test_a_long_term_measure_without_a_report_this_period_is_red_and_says_since_when(world):
    light, reason = lit(world, world.measure.pk, deadline_kind="long_term", deadline_date=None,
                        last_reported_on=D(2026, 9, 4))
    since = world.inspection.report_period_start(TODAY)
    assert light == Light.RED
    assert reason == f"长期坚持，{since.year}年{since.month}月{since.day}日以来的报送期未报送进展"


def test_a_signed_off_measure_says_so(world, drive):
    drive(world, MeasureState.SIGNED_OFF)
    assert lit(world, world.measure.pk) == (Light.GREY, "已销号")


def test_the_measure_page_shows_the_reason_next_to_the_deadline(client, world):
    Measure.objects.filter(pk=world.measure.pk).update(deadline_date=D(2026, 11, 20))
    client.force_login(world.unit)
    html = client.get(f"/measures/{world.measure.pk}/").content.decode()
    assert "（红灯：已超过整改期限3天）" in html
