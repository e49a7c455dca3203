"""Bulletin pages: preview, edit, publish, .docx and PDF downloads, with scope (404) and role (403) checks."""
from __future__ import annotations

import io

import pytest
from django.urls import reverse
from docx import Document

from tests.conftest import login
from zhenggai.reports import views
from zhenggai.reports.models import BulletinVersion
from zhenggai.reports.services import bulletin_save_draft


def url(name: str, world, **extra) -> str:
    return reverse(f"reports:{name}", kwargs={"pk": world.inspection.pk, **extra})


def draft(world):
    return bulletin_save_draft(user=world.office, inspection=world.inspection, organisation_text="（一）统一思想。",
                               next_steps_text="一是持续整改。")


@pytest.mark.parametrize(("persona", "status"), [
    ("office", 200), ("leader", 200), ("observer", 200), ("admin", 200), ("unit", 403), ("outsider", 404),
])
def test_the_preview_is_for_office_leaders_and_observers_within_scope(client, ledger, persona, status):
    login(client, ledger.persona(persona))
    assert client.get(url("bulletin", ledger)).status_code == status
    assert client.get(url("bulletin_docx", ledger)).status_code == status


def test_the_preview_shows_the_document_and_says_it_is_not_saved_yet(client, ledger):
    login(client, ledger.office)
    page = client.get(url("bulletin", ledger)).content.decode()
    assert "中共市生态环境局党组" in page and "（二）正在推进整改的问题" in page
    assert "尚未保存草稿" in page


def test_the_office_saves_a_draft_from_the_edit_form(client, ledger):
    login(client, ledger.office)
    assert client.get(url("bulletin_edit", ledger)).status_code == 200
    response = client.post(url("bulletin_edit", ledger), {"organisation_text": "（一）统一思想。党组专题部署。",
                                                          "next_steps_text": "一是持续整改。"})
    assert response.status_code == 302
    version = BulletinVersion.objects.get()
    assert version.organisation_text == "（一）统一思想。党组专题部署。"
    page = client.get(url("bulletin", ledger)).content.decode()
    assert "第1版" in page and "发布第1版" in page


@pytest.mark.parametrize("persona", ["leader", "unit", "observer"])
def test_only_the_office_may_edit_or_publish(client, ledger, persona):
    version = draft(ledger)
    login(client, ledger.persona(persona))
    assert client.get(url("bulletin_edit", ledger)).status_code == 403
    assert client.post(url("bulletin_edit", ledger), {"organisation_text": "x"}).status_code == 403
    assert client.post(url("bulletin_publish", ledger), {"version": version.number}).status_code == 403
    version.refresh_from_db()
    assert not version.is_published


def test_publishing_from_the_page_freezes_the_version_and_names_the_publisher(client, ledger):
    version = draft(ledger)
    login(client, ledger.office2)
    assert client.post(url("bulletin_publish", ledger), {"version": version.number}).status_code == 302
    version.refresh_from_db()
    assert version.published_by == ledger.office2
    page = client.get(url("bulletin", ledger)).content.decode()
    assert "已由陈复核于" in page and "发布第1版" not in page


def test_an_outsider_cannot_publish_another_bodys_bulletin(client, ledger):
    version = draft(ledger)
    login(client, ledger.outsider)
    assert client.post(url("bulletin_publish", ledger), {"version": version.number}).status_code == 404


def test_the_docx_download_is_the_current_version(client, ledger):
    draft(ledger)
    login(client, ledger.leader)
    response = client.get(url("bulletin_docx", ledger))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    assert "attachment" in response["Content-Disposition"]
    doc = Document(io.BytesIO(response.content))
    assert any(p.text == "（一）统一思想。" for p in doc.paragraphs)


def test_an_older_version_can_be_viewed_and_downloaded(client, ledger):
    draft(ledger)
    bulletin_save_draft(user=ledger.office, inspection=ledger.inspection, organisation_text="（一）第二稿。",
                        next_steps_text="一是第二稿。")
    login(client, ledger.office)
    assert "（一）统一思想。" in client.get(url("bulletin", ledger) + "?v=1").content.decode()
    assert client.get(url("bulletin", ledger) + "?v=9").status_code == 404


def test_without_libreoffice_the_pdf_link_says_so_in_chinese(client, ledger, monkeypatch):
    monkeypatch.setattr(views, "soffice_path", lambda: None)
    monkeypatch.setattr("zhenggai.reports.pdf.soffice_path", lambda: None)
    login(client, ledger.office)
    assert "服务器未安装 LibreOffice" in client.get(url("bulletin", ledger)).content.decode()
    response = client.get(url("bulletin_pdf", ledger))
    assert response.status_code == 503
    assert "服务器未安装 LibreOffice，无法生成 PDF" in response.content.decode()


def test_the_preview_keeps_the_phone_number_on_one_line(client, ledger):
    login(client, ledger.office)
    page = client.get(url("bulletin", ledger)).content.decode()
    assert '<span class="nowrap">0523-86195528</span>' in page


def test_keeping_tokens_whole_still_escapes_the_text():
    from zhenggai.reports.templatetags.bulletin_tags import keep_whole

    html = keep_whole("电话：0799-8612369；<script>alert(1)</script>，邮编330006")
    assert html == ('电话：<span class="nowrap">0799-8612369</span>；&lt;script&gt;alert(1)&lt;/script&gt;，'
                    '邮编<span class="nowrap">330006</span>')
