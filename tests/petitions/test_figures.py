"""The petition figures: one selector, and every page and the bulletin quote the same numbers."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.urls import reverse

from tests.conftest import PASSWORD
from zhenggai.petitions.figures import percent, petition_figures
from zhenggai.reports.bulletin import petitions_text


def _setup(world, petitions):
    c1, c2 = petitions.case, petitions.case2
    c1.state, c1.verdict, c1.fines_wan, c1.cases_filed, c1.people_held_accountable = "signed_off", "true", Decimal("12.35"), 1, 2
    c1.save()
    c2.state, c2.verdict, c2.fines_wan = "concluded", "false", Decimal("0.10")
    c2.save()
    petitions.make_case(3, "D3HN202605280003", lead_unit=world.enforcement, verdict="partly", area="岳麓区",
                        deadline_date=dt.date(2020, 1, 1))


def test_the_figures_count_handed_over_founded_concluded_signed_off_and_overdue(world, petitions):
    _setup(world, petitions)
    f = petition_figures(petitions.inspection, on=dt.date(2026, 6, 1))
    t = f.total
    assert (t.handed_over, t.investigated, t.founded, t.concluded, t.signed_off, t.overdue) == (3, 3, 2, 2, 1, 1)
    assert (t.founded_rate, t.sign_off_rate, t.fines_wan, t.cases_filed, t.people_held_accountable) == (
        67, 33, Decimal("12.45"), 1, 2)
    assert {a.label: a.handed_over for a in f.by_area} == {"雨花区": 2, "岳麓区": 1}
    assert {u.label: u.handed_over for u in f.by_unit} == {world.enforcement.name: 2, world.approvals.name: 1}
    assert f.sentence == "交办信访件3件，已办结2件，销号率33%"


def test_a_percentage_is_rounded_half_up_as_documents_write_it():
    assert (percent(167, 257), percent(1, 8), percent(0, 0)) == (65, 13, 0)


def test_the_inspection_page_the_battle_map_and_the_bulletin_agree(client, world, petitions):
    _setup(world, petitions)
    from zhenggai.ledger.selectors import today

    sentence = petition_figures(petitions.inspection).sentence
    assert petitions_text(petitions.inspection, on=today()) == sentence + "。"
    client.login(username="office", password=PASSWORD)
    for url in (reverse("inspection_detail", args=[petitions.inspection.pk]),
                reverse("battlemap:inspection", args=[petitions.inspection.pk])):
        assert sentence in client.get(url).content.decode()


def test_a_unit_user_sees_the_figures_of_its_own_cases(world, petitions):
    _setup(world, petitions)
    assert petition_figures(petitions.inspection, user=world.other_unit).total.handed_over == 1
