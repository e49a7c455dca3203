"""A bulletin's PDF is converted once, in the job worker, and served from the store ever after; while it
converts the user sees a progress page that polls, not a blank wait."""
from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import login
from zhenggai.reports import pdf as pdf_module
from zhenggai.reports import services
from zhenggai.reports.models import BulletinPdf, PdfStatus

FAKE_PDF = b"%PDF-1.7 fake"


@pytest.fixture
def converter(monkeypatch):
    """LibreOffice stands in by a counter: the cache, not the conversion, is under test here."""
    calls = []

    def fake(docx: bytes) -> bytes:
        calls.append(len(docx))
        return FAKE_PDF

    monkeypatch.setattr(pdf_module, "docx_to_pdf", fake)
    monkeypatch.setattr(pdf_module, "soffice_path", lambda: "/usr/bin/soffice")
    monkeypatch.setattr("zhenggai.reports.views.soffice_path", lambda: "/usr/bin/soffice")
    return calls


@pytest.fixture
def published(ledger):
    version = services.bulletin_save_draft(user=ledger.office, inspection=ledger.inspection,
                                           organisation_text="局党组高度重视。", next_steps_text="持续推进。")
    return services.bulletin_publish(user=ledger.office, version=version)


def _pdf_url(ledger, v=None) -> str:
    return reverse("reports:bulletin_pdf", kwargs={"pk": ledger.inspection.pk}) + (f"?v={v}" if v else "")


def test_a_published_version_is_converted_once_and_served_from_the_store(client, ledger, published, converter):
    login(client, ledger.office)
    for _ in range(3):
        response = client.get(_pdf_url(ledger, published.number))
        assert response.status_code == 200 and response.content == FAKE_PDF
        assert "第1版.pdf" in response["Content-Disposition"] or "%E7%AC%AC1%E7%89%88.pdf" in response["Content-Disposition"]
    assert len(converter) == 1
    row = BulletinPdf.objects.get()
    assert row.version == published and row.status == PdfStatus.DONE and row.size == len(FAKE_PDF)


def test_the_leader_gets_the_office_s_cached_pdf_without_a_second_conversion(client, ledger, published, converter):
    login(client, ledger.office)
    client.get(_pdf_url(ledger, published.number))
    login(client, ledger.leader)
    assert client.get(_pdf_url(ledger, published.number)).content == FAKE_PDF
    assert len(converter) == 1


def test_while_the_worker_converts_the_page_shows_progress_and_polls(client, ledger, published, converter, settings):
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}  # queued: no worker takes it in this test
    login(client, ledger.office)
    response = client.get(_pdf_url(ledger, published.number))
    assert response.status_code == 202
    page = response.content.decode()
    assert "正在把通报第1版转换为 PDF" in page and 'hx-trigger="every 1s"' in page
    assert "后台任务进程没有运行" in page  # and says why nothing happens
    assert converter == []
    row = BulletinPdf.objects.get()
    status_url = reverse("reports:bulletin_pdf_status", kwargs={"pk": ledger.inspection.pk, "key": row.key})
    # A second click queues nothing more.
    client.get(_pdf_url(ledger, published.number))
    assert BulletinPdf.objects.count() == 1
    # The worker runs the job: the polled fragment offers the file and stops polling.
    pdf_module.pdf_convert_job(row.pk)
    fragment = client.get(status_url).content.decode()
    assert "PDF 已生成" in fragment and "every 1s" not in fragment and 'id="pdf-download"' in fragment
    assert client.get(_pdf_url(ledger, published.number)).content == FAKE_PDF


def test_a_failed_conversion_says_so_and_a_new_click_tries_again(client, ledger, published, monkeypatch, converter):
    def broken(docx):
        raise pdf_module.PdfUnavailable("PDF 转换失败，请下载 Word 版（.docx）。")

    monkeypatch.setattr(pdf_module, "docx_to_pdf", broken)
    login(client, ledger.office)
    response = client.get(_pdf_url(ledger, published.number))
    assert response.status_code == 202 and "PDF 转换失败" in response.content.decode()
    assert "重新生成" in response.content.decode()
    monkeypatch.setattr(pdf_module, "docx_to_pdf", lambda docx: FAKE_PDF)
    assert client.get(_pdf_url(ledger, published.number)).content == FAKE_PDF


def test_the_status_of_another_bureau_s_pdf_is_not_found(client, ledger, published, converter):
    login(client, ledger.office)
    client.get(_pdf_url(ledger, published.number))
    key = BulletinPdf.objects.get().key
    login(client, ledger.outsider)
    url = reverse("reports:bulletin_pdf_status", kwargs={"pk": ledger.inspection.pk, "key": key})
    assert client.get(url).status_code == 404


def test_a_change_of_content_makes_a_new_pdf(ledger, published, converter):
    from zhenggai.reports.bulletin import BulletinContent

    content = BulletinContent.from_dict(published.content)
    changed = {**published.content, "organisation_text": "另一段文字。"}
    assert pdf_module.pdf_key(content.to_dict()) != pdf_module.pdf_key(changed)
