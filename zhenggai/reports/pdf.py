"""PDF through LibreOffice (`soffice --headless --convert-to pdf`), when it is installed."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT_SECONDS = 120
# Maps the official font names (仿宋_GB2312, 黑体…) to installed free fonts when the official ones are missing.
FONTCONFIG_FILE = Path(__file__).with_name("fonts.conf")


class PdfUnavailable(RuntimeError):
    """LibreOffice is not installed, or the conversion failed; the message is for the user."""


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx: bytes) -> bytes:
    soffice = soffice_path()
    if soffice is None:
        raise PdfUnavailable("服务器未安装 LibreOffice，无法生成 PDF。请下载 Word 版（.docx）后自行转换，"
                             "或请系统管理员安装 LibreOffice（Debian/Ubuntu：apt-get install libreoffice-writer-nogui）。")
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
