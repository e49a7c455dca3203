"""PDF through LibreOffice (`soffice --headless --convert-to pdf`), when it is installed."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT_SECONDS = 120
# Maps the official font names (仿宋_GB2312, 黑体…) to installed free fonts when the official ones are missing.
FONTCONFIG_FILE = Path(__file__).with_name("fonts.conf")


NO_LIBREOFFICE = ("服务器未安装 LibreOffice，无法生成 PDF。请下载 Word 版（.docx）后自行转换，"
                  "或请系统管理员安装 LibreOffice（Debian/Ubuntu：apt-get install libreoffice-writer-nogui）。")


class PdfUnavailable(RuntimeError):
    """LibreOffice is not installed, or the conversion failed; the message is for the user."""


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx: bytes) -> bytes:
    soffice = soffice_path()
    if soffice is None:
        raise PdfUnavailable(NO_LIBREOFFICE)
    with tempfile.TemporaryDirectory(prefix="zg-pdf-") as tmp:
        workdir = Path(tmp)
        source = workdir / "bulletin.docx"
        source.write_bytes(docx)
        # Two steps: .docx → flat ODF, where hanging punctuation is switched off, → PDF. LibreOffice hangs a
        # full-width ，or ： at a line end into the margin of justified Chinese text and loses it from the
        # PDF; it ignores Word's own switch for this (w:overflowPunct) when it opens a .docx.
        _soffice(soffice, workdir, "fodt", source)
        flat = workdir / "bulletin.fodt"
        if not flat.exists():
            raise PdfUnavailable("PDF 转换失败，请下载 Word 版（.docx）。")
        flat.write_text(no_hanging_punctuation(flat.read_text(encoding="utf-8")), encoding="utf-8")
        _soffice(soffice, workdir, "pdf", flat)
        target = workdir / "bulletin.pdf"
        if not target.exists():
            raise PdfUnavailable("PDF 转换失败，请下载 Word 版（.docx）。")
        return target.read_bytes()


def _soffice(soffice: str, workdir: Path, to: str, source: Path) -> None:
    # A private profile per conversion: two conversions at once would otherwise fight over one profile lock.
    profile = (workdir / "profile").as_uri()
    try:
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", to,
             "--outdir", str(workdir), str(source)],
            check=True, capture_output=True, timeout=TIMEOUT_SECONDS,
            env={**os.environ, "FONTCONFIG_FILE": str(FONTCONFIG_FILE)},
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        raise PdfUnavailable("PDF 转换失败，请下载 Word 版（.docx）。") from exc


def no_hanging_punctuation(fodt: str) -> str:
    """Every paragraph style wraps punctuation the simple way (kept inside the line, never hung)."""
    fodt = re.sub(r'style:punctuation-wrap="hanging"', 'style:punctuation-wrap="simple"', fodt)
    return re.sub(r"<style:paragraph-properties(?![^>]*style:punctuation-wrap)",
                  '<style:paragraph-properties style:punctuation-wrap="simple"', fodt)


# --- the cache: convert once in the job worker, serve the stored file ever after ---------------------------

STALE_PENDING_SECONDS = 2 * TIMEOUT_SECONDS + 60  # a conversion lost with its worker is asked for again
_RENDERERS = ("docx_writer.py", "pdf.py", "fonts.conf", "bulletin.py")


def _renderer_digest() -> str:
    digest = hashlib.sha256()
    for name in _RENDERERS:
        path = Path(__file__).with_name(name)
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


RENDERER_DIGEST = _renderer_digest()


def pdf_key(content: dict) -> str:
    """Same content, same code → same PDF."""
    blob = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(f"{RENDERER_DIGEST}\n{blob}".encode()).hexdigest()


def pdf_dir() -> Path:
    from django.conf import settings

    path = Path(settings.MEDIA_ROOT) / "bulletins"
    path.mkdir(parents=True, exist_ok=True)
    return path


def pdf_path(key: str) -> Path:
    return pdf_dir() / f"{key}.pdf"


def pdf_request(*, inspection, content, version):
    """The cached PDF of this content, or a conversion queued for it. Returns the `BulletinPdf` row."""
    from django.db import IntegrityError, transaction
    from django.utils import timezone

    from zhenggai.reports.models import BulletinPdf, PdfStatus
    from zhenggai.reports.services import bulletin_docx_bytes

    key = pdf_key(content.to_dict())
    row = BulletinPdf.objects.filter(key=key).first()
    now = timezone.now()
    if row is not None and row.status == PdfStatus.DONE and pdf_path(key).exists():
        return row
    if row is not None and row.status == PdfStatus.PENDING and \
            (now - row.requested_at).total_seconds() < STALE_PENDING_SECONDS:
        return row
    source = pdf_dir() / f"{key}.docx"
    source.write_bytes(bulletin_docx_bytes(content))
    try:
        with transaction.atomic():
            if row is None:
                row = BulletinPdf.objects.create(key=key, inspection=inspection, version=version, requested_at=now)
            else:  # failed, lost or its file gone: once more
                BulletinPdf.objects.filter(pk=row.pk).update(status=PdfStatus.PENDING, error_message="",
                                                             requested_at=now, finished_at=None)
    except IntegrityError:  # another click queued it a moment ago
        return BulletinPdf.objects.get(key=key)
    if version is None:
        # The unsaved default bulletin follows the ledger: keep only its newest PDF.
        for old in BulletinPdf.objects.filter(inspection=inspection, version__isnull=True).exclude(pk=row.pk):
            pdf_path(old.key).unlink(missing_ok=True)
            old.delete()
    from django.conf import settings
    from django_q.tasks import async_task

    async_task("zhenggai.reports.pdf.pdf_convert_job", row.pk, task_name=f"pdf-{key[:16]}",
               group="bulletin-pdf", sync=bool(settings.Q_CLUSTER.get("sync", False)))
    row.refresh_from_db()
    return row


def pdf_convert_job(row_id: int) -> None:
    """In the job worker: LibreOffice turns the stored .docx into the cached PDF. Never raises."""
    from django.utils import timezone

    from zhenggai.reports.models import BulletinPdf, PdfStatus

    row = BulletinPdf.objects.filter(pk=row_id).first()
    if row is None or row.status != PdfStatus.PENDING:
        return
    source = pdf_dir() / f"{row.key}.docx"
    try:
        pdf = docx_to_pdf(source.read_bytes())
    except FileNotFoundError:
        message = "通报文件已不在服务器上，请重新点击“下载 PDF”。"
    except PdfUnavailable as exc:
        message = str(exc)
    except Exception as exc:  # never leave the page spinning
        message = f"PDF 生成时发生内部错误（{type(exc).__name__}），请下载 Word 版。"
    else:
        target = pdf_path(row.key)
        tmp = target.with_suffix(".part")
        tmp.write_bytes(pdf)
        os.replace(tmp, target)
        source.unlink(missing_ok=True)
        BulletinPdf.objects.filter(pk=row.pk).update(status=PdfStatus.DONE, size=len(pdf), finished_at=timezone.now())
        return
    source.unlink(missing_ok=True)
    BulletinPdf.objects.filter(pk=row.pk).update(status=PdfStatus.FAILED, error_message=message,
                                                 finished_at=timezone.now())
