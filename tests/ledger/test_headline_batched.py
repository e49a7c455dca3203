"""inspection_headlines: the headlines of many inspections in three queries, each equal to inspection_headline."""
from __future__ import annotations

import pytest

from tests.ledger.inspections import add_inspections
from zhenggai.ledger.models import Inspection
from zhenggai.ledger.selectors import inspection_headline, inspection_headlines

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)


def test_each_batched_headline_equals_the_single_one(world):
    add_inspections(world, 5)
    inspections = list(Inspection.objects.all())
    batched = inspection_headlines(inspections)
    assert set(batched) == {i.pk for i in inspections}
    for inspection in inspections:
        assert batched[inspection.pk] == inspection_headline(inspection), inspection.name
    # Each inspection lights its measures with its own warning window: the measures due in 7 days are
    # yellow under a window of 7 or 8 days, green under 5 or 6.
    yellow = {i.warning_days: batched[i.pk].lights["yellow"] for i in inspections if i.pk != world.inspection.pk}
    assert yellow == {5: 0, 6: 0, 7: 2, 8: 2}
    assert all(h.rules_made == 1 for pk, h in batched.items() if pk != world.inspection.pk)


def test_it_takes_three_queries_for_any_number_of_inspections(world, django_assert_num_queries):
    for total in (2, 12):
        add_inspections(world, total - Inspection.objects.count())
        inspections = list(Inspection.objects.all())
        assert len(inspections) == total
        with django_assert_num_queries(3):
            headlines = inspection_headlines(inspections)
        assert sum(h.measures_total for h in headlines.values()) == 3 + 8 * (total - 1)


def test_no_inspections_no_queries(django_assert_num_queries, db):
    with django_assert_num_queries(0):
        assert inspection_headlines([]) == {}
