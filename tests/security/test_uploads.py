"""Evidence uploads: each attack the tests try is refused with a message and leaves no file behind."""
from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.conftest import PDF_BYTES
from zhenggai.ledger import evidence
from zhenggai.ledger import services

pytestmark = pytest.mark.django_db

CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
DOCUMENT = b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
          b"<w:document>&lol2;</w:document>")
XXE = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document>&x;</w:document>'


def _zip(parts: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _docx(document: bytes = DOCUMENT, content_types: bytes = CONTENT_TYPES, **extra: bytes) -> bytes:
    return _zip({"[Content_Types].xml": content_types, "word/document.xml": document, **extra})


def _store(name: str, data: bytes):
    return evidence.store_upload(SimpleUploadedFile(name, data))


def _no_files_left(settings) -> bool:
    return not any((settings.MEDIA_ROOT / "evidence").glob("*"))


def test_it_accepts_a_real_pdf_and_a_clean_docx(settings):
    assert _store("a.pdf", PDF_BYTES)["content_type"] == "application/pdf"
    assert _store("b.docx", _docx())["content_type"].endswith("wordprocessingml.document")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("report.pdf", b"<html><script>alert(1)</script></html>", "不是允许的文件类型"),
        ("photo.jpg", b"<!DOCTYPE html><body onload=alert(1)>", "不是允许的文件类型"),
        ("evil.html", b"<html></html>", "不是允许的文件类型"),
        ("image.png", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", "不是允许的文件类型"),
        ("run.pdf", b"MZ\x90\x00" + b"\x00" * 100, "不是允许的文件类型"),
        ("polyglot.pdf", PDF_BYTES + b"<script>alert(document.cookie)</script>", "不是允许的文件类型|包含网页代码"),
        ("deep-polyglot.pdf", PDF_BYTES + b"\x00" * 3_000_000 + b"<iframe src=//x>", "包含网页代码"),
        ("polyglot.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 5000 + b"<html><script>x()</script>", "包含网页代码"),
        ("bomb.docx", _docx(**{"word/media/zero.bin": b"\x00" * (30 * 1024 * 1024)}), "压缩炸弹"),
        ("many.docx", _docx(**{f"word/p{i}.xml": b"" for i in range(evidence.ZIP_BUDGET.zip_max_entries + 1)}), "文件过多"),
        ("laughs.docx", _docx(document=LAUGHS), "XML实体"),
        ("xxe.docx", _docx(document=XXE), "XML实体"),
        ("types.xlsx", _zip({"[Content_Types].xml": XXE, "xl/workbook.xml": b"<workbook/>"}), "XML实体"),
        ("plain.zip.docx", _zip({"readme.txt": b"hello"}), "不是允许的文件类型"),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 30 else "",
)
def test_it_refuses_the_attack_and_leaves_no_file(settings, name, data, message):
    with pytest.raises(evidence.EvidenceError, match=message):
        _store(name, data)
    assert _no_files_left(settings)


def test_it_refuses_a_file_over_the_size_limit(settings, monkeypatch):
    monkeypatch.setattr(evidence, "MAX_FILE_MB", 1)
    with pytest.raises(evidence.EvidenceError, match="超过1MB"):
        _store("big.pdf", PDF_BYTES + b"0" * (2 * 1024 * 1024))


def test_it_refuses_too_many_files_in_one_request():
    files = [SimpleUploadedFile(f"{i}.pdf", PDF_BYTES) for i in range(evidence.MAX_FILES_PER_REQUEST + 1)]
    with pytest.raises(evidence.EvidenceError, match="一次最多上传"):
        evidence.validate_batch(files)


def test_a_download_whose_file_changed_on_disk_is_refused(client, world):
    services.measure_report_progress(user=world.unit, measure=world.measure, text="进展", progress=10,
                                     files=[SimpleUploadedFile("a.pdf", PDF_BYTES)])
    item = world.measure.evidence.get()
    evidence.evidence_path(item).write_bytes(PDF_BYTES + b"<script>tampered()</script>")
    client.force_login(world.unit)
    assert client.get(reverse("evidence_download", args=[item.pk])).status_code == 404


def test_a_download_is_an_attachment_with_nosniff_and_a_sandbox(client, world):
    services.measure_report_progress(user=world.unit, measure=world.measure, text="进展", progress=10,
                                     files=[SimpleUploadedFile("<img src=x>.pdf", PDF_BYTES)])
    item = world.measure.evidence.get()
    client.force_login(world.unit)
    response = client.get(reverse("evidence_download", args=[item.pk]))
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert item.stored_name not in item.original_name and "/" not in item.stored_name


@pytest.mark.parametrize("persona", ["other_unit", "outsider"])
def test_a_download_outside_the_users_scope_is_404(client, world, persona):
    services.measure_report_progress(user=world.unit, measure=world.measure, text="进展", progress=10,
                                     files=[SimpleUploadedFile("a.pdf", PDF_BYTES)])
    item = world.measure.evidence.get()
    client.force_login(world.persona(persona))
    assert client.get(reverse("evidence_download", args=[item.pk])).status_code == 404
