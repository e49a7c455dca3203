"""Storing evidence files: checked by content, named by us, hashed, kept outside the web root."""
from __future__ import annotations

import hashlib
import secrets
import zipfile
from pathlib import Path

from django.conf import settings

from zhenggai.importer import guards
from zhenggai.ledger.workflow import WorkflowError

MAX_FILE_MB = 20
MAX_FILES_PER_REQUEST = 10
MAX_REQUEST_MB = 50
# Zip bombs (entries, unpacked size, ratios, nested archives): the importer's checks, ``guards.check_zip``.
ZIP_BUDGET = guards.Budget(zip_max_uncompressed=200 * 1024 * 1024, zip_max_entries=5000, zip_max_ratio=100)

ALLOWED = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "doc": "application/msword",
    "xls": "application/vnd.ms-excel",
    "ofd": "application/ofd",
    "jpg": "image/jpeg",
    "png": "image/png",
}


class EvidenceError(WorkflowError):
    pass


def sniff_kind(head: bytes, path: Path) -> str | None:
    """The file's real type from its bytes; None when it is not one we accept."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc_or_xls"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    return None


def _zip_kind(path: Path) -> str | None:
    try:
        shape = guards.check_zip(str(path), ZIP_BUDGET)
    except guards.Refused as exc:
        if exc.code == "corrupt":
            return None
        raise EvidenceError(exc.message_zh) from None
    if shape.active_members:
        # A browser or Office could render or run these: evidence is handed out to other people.
        raise EvidenceError(f"文件中含有网页、SVG图形或脚本（{shape.active_members[0]}），已拒绝。请另存为PDF后再上传")
    try:
        with zipfile.ZipFile(path) as archive:
            names = shape.names
            kind = None
            if "word/document.xml" in names:
                kind, main_part = "docx", "word/document.xml"
            elif "xl/workbook.xml" in names:
                kind, main_part = "xlsx", "xl/workbook.xml"
            elif "OFD.xml" in names:
                kind, main_part = "ofd", "OFD.xml"
            if kind is not None:
                # Sizes were checked above, so reading these parts cannot blow up.
                parts = [main_part] + (["[Content_Types].xml"] if "[Content_Types].xml" in names else [])
                for part in parts:
                    _refuse_xml_attacks(archive.read(part))
    except zipfile.BadZipFile:
        return None
    return kind


def _refuse_xml_attacks(xml: bytes) -> None:
    """Billion laughs, external entities, DTD tricks: an Office/OFD part has no business declaring a DTD."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        fromstring(xml, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise EvidenceError("文件内含有XML实体或DTD声明（可能是攻击文件），已拒绝") from exc
    except ParseError as exc:
        raise EvidenceError("文件内的XML已损坏，已拒绝") from exc


_HTML_MARKERS = (b"<html", b"<script", b"<!doctype html", b"<svg", b"<body", b"<iframe", b"<object", b"<embed",
                 b"javascript:")


def _looks_like_html(head: bytes) -> bool:
    lowered = head[:1024].lower()
    return any(tag in lowered for tag in _HTML_MARKERS)


def _contains_html(path: Path) -> bool:
    """Polyglots: a valid PDF/JPG/PNG header followed by HTML a browser would run if it ever sniffed it.

    Scans the whole file (overlapping chunks, so a marker across a boundary is still found).
    """
    overlap = max(len(m) for m in _HTML_MARKERS)
    tail = b""
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1024 * 1024), b""):
            window = (tail + chunk).lower()
            if any(marker in window for marker in _HTML_MARKERS):
                return True
            tail = window[-overlap:]
    return False


def evidence_dir() -> Path:
    path = Path(settings.MEDIA_ROOT) / "evidence"
    path.mkdir(parents=True, exist_ok=True)
    return path


def validate_batch(files) -> None:
    if len(files) > MAX_FILES_PER_REQUEST:
        raise EvidenceError(f"一次最多上传{MAX_FILES_PER_REQUEST}个文件")
    if sum(f.size for f in files) > MAX_REQUEST_MB * 1024 * 1024:
        raise EvidenceError(f"一次上传的文件合计不能超过{MAX_REQUEST_MB}MB")


EXTENSIONS = {content_type: ext for ext, content_type in ALLOWED.items()}


def download_name(evidence) -> str:
    """The name a download is offered under: the cleaned display name with the extension of the type the
    content was found to be ("evil.html" holding a PDF downloads as "evil.pdf")."""
    ext = EXTENSIONS.get(evidence.content_type, "bin")
    return guards.name_with_extension(evidence.original_name, ext)


def store_upload(uploaded) -> dict:
    """Write an uploaded file under a generated name; return the fields for EvidenceFile.

    The stored name carries the extension of the detected type; the user's name is kept only as
    display text, cleaned (``guards.clean_display_name``). Raises EvidenceError (and leaves no file
    behind) when the file is too big or not an allowed type.
    """
    display_name = guards.clean_display_name(uploaded.name)
    if uploaded.size > MAX_FILE_MB * 1024 * 1024:
        raise EvidenceError(f"“{display_name}”超过{MAX_FILE_MB}MB")
    ext = Path(display_name).suffix.lower().lstrip(".")
    token = secrets.token_hex(16)
    target = evidence_dir() / (token + ".upload")
    digest = hashlib.sha256()
    with open(target, "wb") as out:
        for chunk in uploaded.chunks():
            digest.update(chunk)
            out.write(chunk)
    try:
        with open(target, "rb") as fh:
            head = fh.read(2048)
        kind = sniff_kind(head, target)
        if kind == "doc_or_xls" and ext in ("doc", "xls"):
            kind = ext
        if kind is None or kind == "doc_or_xls" or _looks_like_html(head) and kind not in ("docx", "xlsx", "ofd"):
            raise EvidenceError(
                f"“{display_name}”不是允许的文件类型（仅限PDF、Word、Excel、OFD、JPG、PNG），或文件内容与扩展名不符"
            )
        if _looks_like_html(head) or kind not in ("docx", "xlsx", "ofd") and _contains_html(target):
            raise EvidenceError(f"“{display_name}”内容可疑（包含网页代码），已拒绝")
        stored_name = f"{token}.{kind}"
        target = target.rename(evidence_dir() / stored_name)
    except Exception:
        target.unlink(missing_ok=True)
        raise
    return {
        "original_name": display_name[:255],
        "stored_name": stored_name,
        "content_type": ALLOWED[kind],
        "size": uploaded.size,
        "sha256": digest.hexdigest(),
    }


def evidence_path(evidence) -> Path:
    return evidence_dir() / evidence.stored_name


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in chunks (evidence checks at download, backup manifests)."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


class staged:
    """Write uploaded files before the database transaction; remove them again if it fails.

    Usage: `with staged(files) as metas, transaction.atomic(): ...` — an exception anywhere in the
    block (a refused step, a failed insert) leaves neither rows nor files behind.
    """

    def __init__(self, files) -> None:
        self.files = list(files or [])
        self.metas: list[dict] = []

    def __enter__(self) -> list[dict]:
        validate_batch(self.files)
        try:
            for uploaded in self.files:
                self.metas.append(store_upload(uploaded))
        except Exception:
            self._remove()
            raise
        return self.metas

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is not None:
            self._remove()
        return False

    def _remove(self) -> None:
        for meta in self.metas:
            (evidence_dir() / meta["stored_name"]).unlink(missing_ok=True)
