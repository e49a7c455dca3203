"""The demo's 督察 with three batches of cases in every state, and its 销号率 read back from every place that
quotes it: the overview, the battle map, the bulletin (page and .docx), the public page and the API."""
from __future__ import annotations

import io
import re

import pytest
from django.urls import reverse

from zhenggai.accounts.models import User
from zhenggai.ledger.models import Inspection
from zhenggai.ledger.workflow import PetitionState
from zhenggai.petitions.figures import percent
from zhenggai.petitions.models import PetitionBatch, PetitionCase

RATE = re.compile(r"交办信访件(\d+)件，已办结(\d+)件，销号率(\d+)%")


@pytest.fixture
def ducha(demo_loaded, db) -> Inspection:
    return PetitionBatch.objects.select_related("inspection__inspected_unit").first().inspection


def _office(ducha) -> User:
    return User.objects.get(username="office")  # the demo's 整改办 account


def _sentences(html: str) -> set[tuple[int, int, int]]:
    return {tuple(int(x) for x in m) for m in RATE.findall(re.sub(r"<[^>]+>", "", html))}


def test_the_demo_has_three_batches_with_cases_in_every_state(ducha):
    assert PetitionBatch.objects.filter(inspection=ducha).count() == 3
    states = set(PetitionCase.objects.filter(inspection=ducha).values_list("state", flat=True))
    assert states == set(PetitionState.values)


def test_the_sign_off_rate_agrees_on_every_page_in_the_bulletin_and_on_the_public_site(client, ducha):
    from docx import Document

    cases = PetitionCase.objects.filter(inspection=ducha)
    handed = cases.count()
    concluded = cases.filter(state__in=[PetitionState.CONCLUDED, PetitionState.SIGNED_OFF]).count()
    signed = cases.filter(state=PetitionState.SIGNED_OFF).count()
    expected = (handed, concluded, percent(signed, handed))
    assert 0 < signed < handed  # a rate that is neither 0% nor 100%, so agreement means something

    client.force_login(_office(ducha))
    found = {}
    for name, url in [("overview", reverse("inspection_detail", args=[ducha.pk])),
                      ("battle map", reverse("battlemap:inspection", args=[ducha.pk])),
                      ("bulletin", reverse("reports:bulletin", args=[ducha.pk]))]:
        response = client.get(url)
        assert response.status_code == 200, name
        found[name] = _sentences(response.content.decode())
    docx = client.get(reverse("reports:bulletin_docx", args=[ducha.pk]))
    text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    found["bulletin .docx"] = _sentences(text)
    api = client.get(f"/api/inspections/{ducha.pk}/petitions", {"page_size": 200}).json()["results"]
    assert len(api) == min(handed, 200)
    client.logout()
    public = client.get(reverse("portal:inspection", args=[ducha.pk]))
    found["public page"] = _sentences(public.content.decode()) if public.status_code == 200 else {"not public"}
    assert found == {name: {expected} for name in found}, found
    # The panel's figure reads the same rate as the sentence.
    client.force_login(_office(ducha))
    overview = client.get(reverse("inspection_detail", args=[ducha.pk])).content.decode()
    assert re.search(rf'<div class="n">{expected[2]}%</div><div class="l">销号率</div>', overview)
