"""Stored names match the content: a file is kept and offered under the extension of what it is,
the user's name is only display text, cleaned of path, control and bidi characters."""
from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.conftest import PDF_BYTES
from zhenggai.importer.guards import clean_display_name, name_with_extension
from zhenggai.ledger import evidence, services

pytestmark = pytest.mark.django_db

DOCUMENT = b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'


def _docx(compression=zipfile.ZIP_DEFLATED, **extra: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        archive.writestr("word/document.xml", DOCUMENT)
        for name, data in extra.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["evil.html", "setup.exe", "a.svg", "report"])
def test_a_pdf_is_stored_and_downloaded_as_pdf_whatever_it_was_called(client, world, name):
    services.measure_report_progress(user=world.unit, measure=world.measure, text="进展", progress=10,
                                     files=[SimpleUploadedFile(name, PDF_BYTES)])
    item = world.measure.evidence.get()
    assert item.stored_name.endswith(".pdf")
    assert evidence.evidence_path(item).exists()
    client.force_login(world.unit)
    response = client.get(reverse("evidence_download", args=[item.pk]))
    stem = name.rsplit(".", 1)[0]
    assert response["Content-Disposition"] == f'attachment; filename="{stem}.pdf"'


def test_a_chinese_name_is_offered_with_rfc_5987_filename_star(client, world):
    services.measure_report_progress(user=world.unit, measure=world.measure, text="进展", progress=10,
                                     files=[SimpleUploadedFile("整改报告.html", PDF_BYTES)])
    item = world.measure.evidence.get()
    client.force_login(world.unit)
    response = client.get(reverse("evidence_download", args=[item.pk]))
    assert "filename*=utf-8''%E6%95%B4%E6%94%B9%E6%8A%A5%E5%91%8A.pdf" in response["Content-Disposition"]


def test_a_right_to_left_override_is_removed_from_the_name():
    meta = evidence.store_upload(SimpleUploadedFile("invoice\u202efdp.exe", PDF_BYTES))
    assert meta["original_name"] == "invoicefdp.exe"
    assert meta["stored_name"].endswith(".pdf")


@pytest.mark.parametrize(("raw", "clean"), [
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\a\\报告.pdf", "报告.pdf"),
    ("a\x00b\x1f\x7fc.pdf", "abc.pdf"),
    ("zero\u200bwidth\u2066iso\u2069.pdf", "zerowidthiso.pdf"),
    ("  ..hidden.pdf. ", "hidden.pdf"),
    ("line\nbreak.pdf", "line break.pdf"),
    ('a"b<c>|d?.pdf', "a_b_c__d_.pdf"),
    ("", "文件"),
])
def test_a_display_name_is_cleaned(raw, clean):
    assert clean_display_name(raw) == clean


def test_a_long_name_is_cut_and_keeps_its_extension():
    cleaned = clean_display_name("很" * 500 + ".pdf")
    assert len(cleaned) == 120 and cleaned.endswith(".pdf")
    assert name_with_extension("很" * 500 + ".html", "pdf").endswith("很.pdf")


@pytest.mark.parametrize(("member", "data"), [
    ("word/evil.html", b"<html><script>alert(1)</script></html>"),
    ("word/media/image1.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
    ("word/run.js", b"alert(1)"),
    ("word/vbaProject.bin", b"\xd0\xcf\x11\xe0macro"),
    ("word/media/looks.png", b"<!DOCTYPE html><body onload=alert(1)>"),
])
def test_a_docx_with_an_html_svg_or_script_member_is_refused(settings, member, data):
    # Stored (not compressed): a browser sniffing the raw file would find the markup as written.
    with pytest.raises(evidence.EvidenceError, match="网页、SVG图形或脚本"):
        evidence.store_upload(SimpleUploadedFile("a.docx", _docx(zipfile.ZIP_STORED, **{member: data})))
    assert not any((settings.MEDIA_ROOT / "evidence").glob("*"))


def test_a_docx_with_a_nested_zip_bomb_is_refused(settings):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("sheet.xml", b"\x00" * (40 * 1024 * 1024))
    # Stored without compression, so the outer archive's own ratio looks harmless.
    data = _docx(zipfile.ZIP_STORED, **{"word/embeddings/book.xlsx": inner.getvalue(),
                                         "word/media/photo.bin": bytes(range(256)) * 4096})
    with pytest.raises(evidence.EvidenceError, match="压缩"):
        evidence.store_upload(SimpleUploadedFile("a.docx", data))
    assert not any((settings.MEDIA_ROOT / "evidence").glob("*"))


def test_a_docx_with_an_embedded_workbook_is_accepted():
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<workbook/>")
    meta = evidence.store_upload(SimpleUploadedFile("a.docx", _docx(**{"word/embeddings/b.xlsx": inner.getvalue()})))
    assert meta["stored_name"].endswith(".docx")
