"""Only the rectification office imports; another body's jobs and inspections are 404."""
from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.importer_app.conftest import BULLETIN, upload

ROLES_403 = ["leader", "unit", "other_unit", "observer"]


@pytest.mark.parametrize("role", ROLES_403)
def test_roles_other_than_the_office_get_403_on_every_import_page(client, world, parsed_job, role):
    client.force_login(world.persona(role))
    pk = parsed_job.pk
    assert client.get(reverse("importer:upload")).status_code == 403
    assert upload(client, "通报.txt", BULLETIN.encode()).status_code == 403
    for name in ("job", "status"):
        assert client.get(reverse(f"importer:{name}", args=[pk])).status_code == 403
    for name in ("edit", "confirm", "cancel", "acknowledge_duplicate"):
        assert client.post(reverse(f"importer:{name}", args=[pk]), {"op": "merge"}).status_code == 403
    parsed_job.refresh_from_db()
    assert parsed_job.status == "parsed"


def test_another_bodys_office_gets_404_for_the_job(client, world, parsed_job):
    client.force_login(world.outsider)
    pk = parsed_job.pk
    assert client.get(reverse("importer:upload")).status_code == 200
    for name in ("job", "status"):
        assert client.get(reverse(f"importer:{name}", args=[pk])).status_code == 404
    for name in ("edit", "confirm", "cancel", "acknowledge_duplicate"):
        assert client.post(reverse(f"importer:{name}", args=[pk]), {"op": "merge"}).status_code == 404
    parsed_job.refresh_from_db()
    assert parsed_job.status == "parsed"


def test_another_bodys_inspection_cannot_be_the_update_target(client, world):
    client.force_login(world.outsider)
    assert client.get(reverse("importer:upload"), {"inspection": world.inspection.pk}).status_code == 404
    response = upload(client, "通报.txt", BULLETIN.encode(), mode="update", inspection=world.inspection)
    assert response.status_code == 400
    assert "选择一个有效的选项" in response.content.decode() or "有效" in response.content.decode()


def test_anonymous_visitors_are_sent_to_login(client, world):
    response = client.get(reverse("importer:upload"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_office_may_open_the_upload_page_for_its_own_inspection(office_client, world):
    page = office_client.get(reverse("importer:upload"), {"inspection": world.inspection.pk}).content.decode()
    assert re.search(r'value="update"[^>]*checked', page)
    assert re.search(rf'<option value="{world.inspection.pk}" selected>', page)
