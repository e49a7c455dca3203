"""Bulletin pages and Excel downloads. Each view: load with the permission check → validate → one service → respond."""
from __future__ import annotations

import tempfile
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from zhenggai.accounts.models import Role
from zhenggai.accounts.scope import get_inspection_for_user, require_role
from zhenggai.reports import services
from zhenggai.reports.bulletin import BulletinContent
from zhenggai.reports.exporters import EXPORTERS
from zhenggai.ledger.filters import FilterError
from zhenggai.reports.forms import BulletinDraftForm, BulletinPublishForm
from zhenggai.reports.models import BulletinPdf, BulletinVersion, PdfStatus
from zhenggai.reports.pdf import NO_LIBREOFFICE, PdfUnavailable, pdf_path, pdf_request, soffice_path

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _load(request: HttpRequest, pk: int, *roles: str):
    inspection = get_inspection_for_user(request.user, pk)  # 404 outside the user's scope
    require_role(request.user, *(roles or services.VIEW_ROLES))  # 403 for too low a role
    return inspection


def _content(request: HttpRequest, inspection) -> tuple[BulletinContent, BulletinVersion | None]:
    """The version asked for by ?v=N, else the current one (latest saved, or the default)."""
    number = request.GET.get("v")
    if not number:
        return services.bulletin_content(inspection)
    if not number.isdigit():
        raise Http404("没有找到该版本")
    version = (BulletinVersion.objects.filter(bulletin__inspection=inspection, number=int(number))
               .select_related("created_by", "published_by").order_by("-bulletin_id").first())
    if version is None:
        raise Http404("没有找到该版本")
    return BulletinContent.from_dict(version.content), version


def _attachment(data: bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return response


@login_required
def bulletin_preview(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = _load(request, pk)
    content, version = _content(request, inspection)
    latest = services.bulletin_latest_version(inspection)
    versions = BulletinVersion.objects.filter(bulletin__inspection=inspection).select_related(
        "created_by", "published_by").order_by("-bulletin_id", "-number")[:50]
    return render(request, "reports/bulletin.html", {
        "inspection": inspection, "content": content, "blocks": content.blocks(), "version": version,
        "latest": latest, "versions": versions, "publish_form": BulletinPublishForm(initial={"version": getattr(version, "number", None)}),
        "can_edit": request.user.is_superuser or request.user.role == Role.OFFICE,
        "can_publish": version is not None and latest is not None and version.pk == latest.pk and not version.is_published,
        "pdf_available": soffice_path() is not None, "v": request.GET.get("v", ""), "nav": "inspections",
    })


@login_required
def bulletin_edit(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = _load(request, pk, Role.OFFICE)
    if request.method == "POST":
        form = BulletinDraftForm(request.POST)
        if form.is_valid():
            try:
                version = services.bulletin_save_draft(user=request.user, inspection=inspection, **form.cleaned_data)
            except services.BulletinError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, f"已保存为第{version.number}版草稿（数据截至{version.content['figures']['as_of']}）。")
                return redirect("reports:bulletin", pk=inspection.pk)
    else:
        latest = services.bulletin_latest_version(inspection)
        if latest is not None:
            initial = {"organisation_text": latest.organisation_text, "next_steps_text": latest.next_steps_text}
        else:
            content, _ = services.bulletin_content(inspection)
            initial = {"organisation_text": content.organisation_text, "next_steps_text": content.next_steps_text}
        form = BulletinDraftForm(initial=initial)
    return render(request, "reports/bulletin_edit.html", {"inspection": inspection, "form": form, "nav": "inspections"})


@login_required
@require_POST
def bulletin_publish(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = _load(request, pk, Role.OFFICE)
    form = BulletinPublishForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("缺少要发布的版本号")
    version = (BulletinVersion.objects.filter(bulletin__inspection=inspection, number=form.cleaned_data["version"])
               .order_by("-bulletin_id").first())
    if version is None:
        raise Http404("没有找到该版本")
    try:
        services.bulletin_publish(user=request.user, version=version)
    except services.BulletinError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"第{version.number}版已发布。")
    return redirect("reports:bulletin", pk=inspection.pk)


@login_required
def bulletin_docx(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = _load(request, pk)
    content, version = _content(request, inspection)
    suffix = f"-第{version.number}版" if version else ""
    return _attachment(services.bulletin_docx_bytes(content), f"{content.title}{suffix}.docx", DOCX_TYPE)


@login_required
def bulletin_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The cached PDF at once; else the conversion is queued and a page shows its progress (202)."""
    inspection = _load(request, pk)
    content, version = _content(request, inspection)
    if soffice_path() is None:
        return _pdf_unavailable(request, inspection, PdfUnavailable(NO_LIBREOFFICE))
    row = pdf_request(inspection=inspection, content=content, version=version)
    if row.status == PdfStatus.DONE and pdf_path(row.key).exists():
        suffix = f"-第{version.number}版" if version else ""
        return _attachment(pdf_path(row.key).read_bytes(), f"{content.title}{suffix}.pdf", "application/pdf")
    return render(request, "reports/pdf_progress.html", {
        **_pdf_status_context(inspection, row), "inspection": inspection, "nav": "inspections"}, status=202)


@login_required
def bulletin_pdf_status(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    """The fragment the progress page polls."""
    inspection = _load(request, pk)
    row = BulletinPdf.objects.filter(inspection=inspection, key=key).select_related("version").first()
    if row is None:
        raise Http404("没有找到该 PDF")
    return render(request, "reports/_pdf_status.html", _pdf_status_context(inspection, row))


def _pdf_status_context(inspection, row: BulletinPdf) -> dict:
    from django.utils import timezone

    from zhenggai.ops.heartbeat import worker_alive

    v = str(row.version.number) if row.version_id else ""
    return {"row": row, "inspection": inspection, "v": v,
            "waited": int((timezone.now() - row.requested_at).total_seconds()),
            "worker_alive": worker_alive(), "pending": row.status == PdfStatus.PENDING}


def _pdf_unavailable(request, inspection, exc: Exception) -> HttpResponse:
    return render(request, "reports/pdf_unavailable.html", {"inspection": inspection, "message": str(exc),
                                                            "nav": "inspections"}, status=503)


@login_required
def export_xlsx(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    if kind not in EXPORTERS:
        raise Http404("没有这种导出")
    out = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)
    try:
        services.export_write(user=request.user, inspection=inspection, kind=kind, params=request.GET, out=out)
    except FilterError as exc:
        out.close()
        return HttpResponseBadRequest(str(exc))
    out.seek(0)
    exporter = EXPORTERS[kind](inspection)
    return FileResponse(out, as_attachment=True, filename=exporter.filename(), content_type=XLSX_TYPE)
