"""PDF through LibreOffice (`soffice --headless --convert-to pdf`), when it is installed."""
from __future__ import annotations

import os
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
        # A private profile per conversion: two conversions at once would otherwise fight over one profile lock.
        profile = (workdir / "profile").as_uri()
        try:
            subprocess.run(
                [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                 "--outdir", str(workdir), str(source)],
                check=True, capture_output=True, timeout=TIMEOUT_SECONDS,
                env={**os.environ, "FONTCONFIG_FILE": str(FONTCONFIG_FILE)},
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise PdfUnavailable("PDF 转换失败，请下载 Word 版（.docx）。") from exc
        target = workdir / "bulletin.pdf"
        if not target.exists():
            raise PdfUnavailable("PDF 转换失败，请下载 Word 版（.docx）。")
        return target.read_bytes()
