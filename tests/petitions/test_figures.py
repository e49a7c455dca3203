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


def test_every_tally_matches_a_count_of_the_cases_one_by_one(world, petitions):
    """Random cases over three batches, units (and none), areas (and none), types (and none), every state and
    verdict, deadlines either side of the day: each tally is what counting the cases one at a time gives."""
    import random

    from zhenggai.ledger.workflow import PETITION_CLOSED_STATES
    from zhenggai.petitions.models import FOUNDED, PetitionBatch, PetitionCase, PollutionType

    rng = random.Random(25)
    on = dt.date(2026, 6, 20)
    batches = [petitions.batch] + [PetitionBatch.objects.create(
        inspection=petitions.inspection, number=f"第{n}批", handed_over_on=dt.date(2026, 6, n), time_limit_days=15)
        for n in (3, 26)]
    units = [world.enforcement, world.approvals, world.office_unit, None]
    states = ["new", "assigned", "handling", "phased", "reported", "returned", "concluded", "signed_off"]
    for k in range(120):
        batch = rng.choice(batches)
        PetitionCase.objects.create(
            inspection=petitions.inspection, batch=batch, seq=100 + k, number=f"D3HN2026{k:06d}", source="D",
            complaint=f"第{k}件", handed_over_on=batch.handed_over_on, deadline_kind="date",
            deadline_date=on + dt.timedelta(days=rng.randint(-20, 20)), lead_unit=rng.choice(units),
            area=rng.choice(["雨花区", "岳麓区", ""]), pollution_type=rng.choice(["air", "water", "noise", ""]),
            state=rng.choice(states), verdict=rng.choice(["", "true", "mostly", "partly", "false"]),
            fines_wan=Decimal(rng.randint(0, 5000)) / 100, cases_filed=rng.randint(0, 2),
            rectification_orders=rng.randint(0, 3), people_held_accountable=rng.randint(0, 1))
    cases = list(PetitionCase.objects.filter(inspection=petitions.inspection).select_related("batch", "lead_unit"))
    closed = set(PETITION_CLOSED_STATES)
    labels = dict(PollutionType.choices)

    def expected(group) -> tuple:
        return (len(group), sum(bool(c.verdict) for c in group), sum(c.verdict in FOUNDED for c in group),
                sum(c.state in closed for c in group), sum(c.state == "phased" for c in group),
                sum(c.state == "signed_off" for c in group),
                sum(c.deadline_date < on and c.state not in closed for c in group),
                sum((c.fines_wan for c in group), Decimal("0")), sum(c.cases_filed for c in group),
                sum(c.rectification_orders for c in group), sum(c.people_held_accountable for c in group))

    def got(t) -> tuple:
        return (t.handed_over, t.investigated, t.founded, t.concluded, t.phased, t.signed_off, t.overdue, t.fines_wan,
                t.cases_filed, t.rectification_orders, t.people_held_accountable)

    def by(key) -> dict:
        groups: dict = {}
        for c in cases:
            groups.setdefault(key(c), []).append(c)
        return {label: expected(group) for label, group in groups.items()}

    f = petition_figures(petitions.inspection, on=on)
    assert got(f.total) == expected(cases)
    batches = PetitionBatch.objects.filter(pk__in=[b.pk for b in batches])  # sort_key is set on save
    assert [t.label for t in f.by_batch] == [b.number for b in sorted(batches, key=lambda b: (b.sort_key, b.pk))]
    assert {t.label: got(t) for t in f.by_batch} == by(lambda c: c.batch.number)
    assert {t.label: got(t) for t in f.by_unit} == by(lambda c: c.lead_unit.name if c.lead_unit else "未分办")
    assert {t.label: got(t) for t in f.by_area} == by(lambda c: c.area or "未注明")
    assert {t.label: got(t) for t in f.by_type} == by(lambda c: labels.get(c.pollution_type, "未分类"))
    assert [(t.overdue, t.open) for t in f.by_unit] == sorted(((t.overdue, t.open) for t in f.by_unit),
                                                              key=lambda p: (-p[0], -p[1]))
    assert [t.handed_over for t in f.by_area] == sorted((t.handed_over for t in f.by_area), reverse=True)
    # a unit user's figures are its own cases' only
    mine = petition_figures(petitions.inspection, user=world.other_unit, on=on)
    assert mine.total.handed_over == sum(c.lead_unit == world.approvals for c in cases)


def test_the_panel_and_the_sentence_count_by_batch_only_and_agree_with_the_full_figures(world, petitions,
                                                                                          django_assert_num_queries):
    _setup(world, petitions)
    on = dt.date(2026, 6, 1)
    full = petition_figures(petitions.inspection, on=on)
    with django_assert_num_queries(1):  # one grouped query (by batch), however many cases
        short = petition_figures(petitions.inspection, on=on, breakdowns=())
    assert short.total == full.total and short.by_batch == full.by_batch
    assert (short.by_unit, short.by_area, short.by_type) == ([], [], [])
    with django_assert_num_queries(4):  # batch, unit, area, type
        petition_figures(petitions.inspection, on=on)
