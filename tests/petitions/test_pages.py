"""The petition pages: who may open what (a permission matrix), and the case page's steps per role."""
from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import PASSWORD, pdf_upload
from zhenggai.petitions.models import PetitionCase


def _client(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


MATRIX = [
    # (persona, url name, args from fixture, expected status)
    ("office", "case_list", "inspection", 200), ("leader", "case_list", "inspection", 200),
    ("unit", "case_list", "inspection", 200), ("observer", "case_list", "inspection", 200),
    ("outsider", "case_list", "inspection", 404),
    ("office", "case_detail", "case", 200), ("leader", "case_detail", "case", 200),
    ("unit", "case_detail", "case", 200), ("observer", "case_detail", "case", 200),
    ("other_unit", "case_detail", "case", 404), ("outsider", "case_detail", "case", 404),
    ("office", "batch_detail", "batch", 200), ("unit", "batch_detail", "batch", 200),
    ("outsider", "batch_detail", "batch", 404),
    ("office", "import", "inspection", 200), ("unit", "import", "inspection", 403),
    ("leader", "import", "inspection", 403), ("outsider", "import", "inspection", 404),
]


@pytest.mark.parametrize("persona,name,obj,status", MATRIX)
def test_each_petition_page_answers_each_role_as_the_matrix_says(client, world, petitions, persona, name, obj, status):
    target = getattr(petitions, obj)
    response = _client(client, world.persona(persona)).get(reverse(f"petitions:{name}", args=[target.pk]))
    assert response.status_code == status


def test_an_anonymous_visitor_is_sent_to_log_in(client, petitions):
    response = client.get(reverse("petitions:case_detail", args=[petitions.case.pk]))
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_case_page_offers_each_role_only_its_steps(client, world, petitions):
    url = reverse("petitions:case_detail", args=[petitions.case.pk])
    unit_page = _client(client, world.unit).get(url).content.decode()
    assert "调查核实" in unit_page and 'action="/petitions/%d/assign/"' % petitions.case.pk not in unit_page
    office_page = _client(client, world.office).get(url).content.decode()
    assert 'action="/petitions/%d/assign/"' % petitions.case.pk in office_page
    assert "公开设置" in office_page


def test_a_step_posted_by_a_role_without_it_is_refused_with_403(client, world, petitions):
    response = _client(client, world.unit).post(reverse("petitions:case_act", args=[petitions.case.pk, "assign"]),
                                                {"lead_unit": world.approvals.pk})
    assert response.status_code == 403
    petitions.case.refresh_from_db()
    assert petitions.case.lead_unit == world.enforcement


def test_a_unit_investigates_and_reports_through_the_page(client, world, petitions):
    c = _client(client, world.unit)
    case = petitions.case
    response = c.post(reverse("petitions:case_act", args=[case.pk, "investigate"]),
                      {"investigation": "经现场核查，情况属实。", "verdict": "true"})
    assert response.status_code == 302
    response = c.post(reverse("petitions:case_act", args=[case.pk, "report"]), {
        "handling": "处理情况：立案查处。整改情况：已停产整改。", "accountability": "无", "fines_wan": "3.5",
        "cases_filed": "1", "rectification_orders": "1", "people_held_accountable": "0", "files": [pdf_upload()]})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.state == "reported" and case.evidence.count() == 1


def test_a_refused_step_shows_the_reason_on_the_page_and_keeps_the_input(client, world, petitions):
    case = petitions.case
    case.state, case.verdict = "handling", "true"
    case.save()
    response = _client(client, world.unit).post(reverse("petitions:case_act", args=[case.pk, "report"]), {
        "handling": "已整改完毕，等待复核", "fines_wan": "0", "cases_filed": "0", "rectification_orders": "0",
        "people_held_accountable": "0"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "报送办理情况须上传佐证材料" in page and "已整改完毕，等待复核" in page
    assert PetitionCase.objects.get(pk=case.pk).state == "handling"


def test_a_cases_evidence_downloads_within_scope_only(client, world, petitions):
    from zhenggai.petitions import services

    case = petitions.case
    case.state, case.verdict = "handling", "true"
    case.save()
    services.case_report(user=world.unit, case=case, handling="已整改。", files=[pdf_upload("现场照片.pdf")])
    evidence = case.evidence.get()
    url = reverse("evidence_download", args=[evidence.pk])
    assert _client(client, world.leader).get(url).status_code == 200
    client.logout()
    assert _client(client, world.other_unit).get(url).status_code == 404
