"""Files that cannot be imported get a clear Chinese message, and nothing is written."""
from __future__ import annotations

import os

import pytest
from django.urls import reverse

from tests.conftest import PDF_BYTES
from tests.importer_app.conftest import last_job, upload
from zhenggai.ledger.models import Inspection, Measure, Problem


def _counts():
    return Inspection.objects.count(), Problem.objects.count(), Measure.objects.count()


@pytest.mark.parametrize("name, data, message", [
    ("扫描件.pdf", PDF_BYTES, "文字层"),
    ("整改方案.docx", os.urandom(4096).replace(b"PK", b"QK"), "无法识别的文件类型"),
    ("空文件.txt", b"", "文件是空的"),
    ("图片.docx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "图片"),
])
def test_an_unreadable_file_shows_a_chinese_error_and_creates_nothing(office_client, world, name, data, message):
    before = _counts()
    response = upload(office_client, name, data)
    if response.status_code == 302:
        job = last_job()
        assert job.status == "failed"
        page = office_client.get(response["Location"]).content.decode()
        assert job.error_message in page
        assert message in job.error_message
        assert "台账没有任何改动" in page
    else:  # refused at the upload form (e.g. an empty file)
        assert message in response.content.decode()
    assert _counts() == before


BLANK_PAGE_PDF = (b"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
                  b"2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
                  b"3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj\n"
                  b"trailer <</Root 1 0 R>>\n%%EOF\n")


def test_a_pdf_without_a_text_layer_says_it_needs_ocr(office_client, world):
    response = upload(office_client, "扫描件.pdf", BLANK_PAGE_PDF)
    job = last_job()
    assert response.status_code == 302 and job.status == "failed"
    assert "没有文字层" in job.error_message
    assert "没有文字层" in office_client.get(response["Location"]).content.decode()


def test_an_oversize_upload_is_refused_before_parsing(office_client, world, settings):
    settings.MAX_UPLOAD_MB = 1
    before = _counts()
    response = upload(office_client, "巨大.txt", b"a" * (1024 * 1024 + 10))
    page = response.content.decode()
    assert response.status_code == 400
    assert "文件超过1MB的上限" in page
    assert last_job() is None
    assert _counts() == before


def test_a_wrong_extension_is_refused_at_the_form(office_client, world):
    response = upload(office_client, "病毒.exe", b"MZ\x90\x00")
    assert response.status_code == 400
    assert "不支持该文件类型" in response.content.decode()
    assert last_job() is None


def test_update_mode_needs_an_inspection(office_client, world):
    response = upload(office_client, "通报.txt", "问题".encode(), mode="update")
    assert response.status_code == 400
    assert "请选择要更新的巡察" in response.content.decode()


def test_a_text_with_no_problems_fails_with_a_reason(office_client, world):
    response = upload(office_client, "说明.txt", "今天天气很好。\n我们开了一个会。".encode())
    job = last_job()
    assert response.status_code == 302 and job.status == "failed"
    assert "没有识别出任何问题" in job.error_message
    assert reverse("importer:upload") in office_client.get(response["Location"]).content.decode()
