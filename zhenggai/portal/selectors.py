"""Reads of the public page. They return plain records holding only the published fields.

Nothing here hands a model instance to a public template: a field that is not in these records
cannot be shown by accident (responsible people, notes, send-back reasons, evidence, users).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections import defaultdict
from dataclasses import dataclass, field

import secrets

from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import Count, Max
from django.http import Http404
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.http import http_date

from zhenggai.ledger.models import Inspection, Measure, Problem, ProblemStatus
from zhenggai.portal.models import Feedback

STATUS_LABELS = dict(ProblemStatus.choices)


@dataclass(frozen=True)
class PublicProblem:
    seq: int
    statement: str
    category: str
    status: str
    measure_count: int
    completed_on: dt.date | None
    lead_leader: str = ""
    responsible: tuple[str, ...] = ()

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class PublicInspection:
    pk: int
    name: str
    kind: str
    inspector: str
    inspected_unit: str
    period_start: dt.date | None
    period_end: dt.date | None
    feedback_date: dt.date
    problem_count: int | None = None
    public_names: bool = False

    @classmethod
    def of(cls, inspection: Inspection) -> PublicInspection:
        return cls(pk=inspection.pk, name=inspection.name, kind=inspection.get_kind_display(),
                   inspector=inspection.inspector, inspected_unit=inspection.inspected_unit.name,
                   period_start=inspection.period_start, period_end=inspection.period_end,
                   feedback_date=inspection.feedback_date,
                   problem_count=getattr(inspection, "problem_count", None), public_names=inspection.public_names)


@dataclass(frozen=True)
class PublicBulletin:
    pk: int
    title: str
    number: int
    published_at: dt.datetime
    inspection_id: int
    download_url: str | None
    text: str = ""
    paragraphs: list[str] = field(default_factory=list)


def published_inspections() -> list[PublicInspection]:
    """One query."""
    qs = (Inspection.objects.filter(is_public=True).select_related("inspected_unit")
          .annotate(problem_count=Count("problems")).order_by("-feedback_date", "-id"))
    return [PublicInspection.of(i) for i in qs]


def get_published_inspection(pk: int) -> Inspection:
    try:
        return Inspection.objects.select_related("inspected_unit").get(pk=pk, is_public=True)
    except Inspection.DoesNotExist as exc:
        raise Http404("没有找到该公开信息") from exc


PUBLIC_PAGE_SIZE = 100
PUBLIC_CACHE_SECONDS = 24 * 3600


def public_page_key(inspection_id: int, ledger_token: int, page: int) -> str:
    """The cache key of one page of an inspection's public page: it changes with the ledger (the inspection's
    `ledger_token`), the day (the figures are "as of today") and the portal version `public_page_changed` bumps
    when a bulletin is published or an answer is shown."""
    version = cache.get(f"zg:public-version:{inspection_id}", 0)
    return f"zg:public:{inspection_id}:{ledger_token}:{version}:{timezone.localdate().isoformat()}:{page}"


@dataclass(frozen=True)
class PublicPageEntry:
    """One rendered page as cached: the HTML and its validators (an ETag of the HTML, the time it was made)."""

    html: bytes
    etag: str
    modified_at: int  # seconds since the epoch

    @property
    def last_modified(self) -> str:
        return http_date(self.modified_at)

    @classmethod
    def of(cls, html: bytes) -> PublicPageEntry:
        return cls(html, f'"{hashlib.md5(html, usedforsecurity=False).hexdigest()}"', int(time.time()))


def public_page_get(inspection_id: int, ledger_token: int, page: int) -> PublicPageEntry | None:
    return cache.get(public_page_key(inspection_id, ledger_token, page))


def public_page_set(inspection_id: int, ledger_token: int, page: int, entry: PublicPageEntry) -> None:
    cache.set(public_page_key(inspection_id, ledger_token, page), entry, PUBLIC_CACHE_SECONDS)


def public_page_changed(inspection_id: int) -> None:
    """Something published on the page changed outside the ledger (a bulletin, an answer): drop its cached pages."""
    key = f"zg:public-version:{inspection_id}"
    cache.set(key, secrets.randbits(53), None)


def public_problems(inspection: Inspection, page: int | None = None) -> list[PublicProblem] | tuple[list, Page]:
    """The problem list as published: two queries, three with personal names allowed (plus the count with
    `page`). With `page`, that page of PUBLIC_PAGE_SIZE problems and the Paginator's page."""
    rows = (
        Problem.objects.filter(inspection=inspection).with_status()
        .annotate(completed_on=Max("measures__completion_date"))
        .order_by("category__seq", "seq", "id")
        .values("pk", "seq", "statement", "category__name", "status", "measure_total", "completed_on", "lead_leader")
    )
    paged = None
    if page is not None:
        paged = Paginator(rows, PUBLIC_PAGE_SIZE).get_page(page)
        rows = list(paged.object_list)
    names: dict[int, list[str]] = defaultdict(list)
    if inspection.public_names:
        scope = Measure.objects.filter(problem__inspection=inspection)
        if paged is not None:
            scope = Measure.objects.filter(problem__in=[r["pk"] for r in rows])
        for problem_id, person in (scope
                                   .exclude(responsible_person="").order_by("problem_id", "seq", "id")
                                   .values_list("problem_id", "responsible_person")):
            if person not in names[problem_id]:
                names[problem_id].append(person)
    problems = []
    for r in rows:
        done = r["status"] == ProblemStatus.DONE
        problems.append(PublicProblem(
            seq=r["seq"], statement=r["statement"], category=r["category__name"] or "", status=r["status"],
            measure_count=r["measure_total"], completed_on=r["completed_on"] if done else None,
            lead_leader=r["lead_leader"] if inspection.public_names else "",
            responsible=tuple(names.get(r["pk"], ())) if inspection.public_names else (),
        ))
    return problems if paged is None else (problems, paged)


def public_feedback(inspection: Inspection) -> list[dict]:
    """Answered submissions the office chose to show: the text and the answer, never who sent it."""
    return list(Feedback.objects.filter(inspection=inspection, answered_at__isnull=False, show_publicly=True)
                .order_by("-answered_at", "-id").values("text", "answer", "created_at", "answered_at")[:50])


def _bulletin_model():
    """The reports app's BulletinVersion, when it exists (imported here, not at module load)."""
    try:
        from zhenggai.reports.models import BulletinVersion
    except ImportError:
        return None
    return BulletinVersion


def _download_url(version) -> str | None:
    """The reports app's public download, if it offers one; otherwise the portal shows the text."""
    try:
        return reverse("reports:bulletin_public_download", args=[version.pk])
    except NoReverseMatch:
        return None


def bulletin_paragraphs(content) -> list[str]:
    """The bulletin's text, paragraph by paragraph, from its frozen content."""
    try:
        from zhenggai.reports.bulletin import BulletinContent

        return [line for line in BulletinContent.from_dict(content).plain_text().split("\n") if line.strip()]
    except Exception:  # noqa: BLE001 - a snapshot from an older layout: show what text it holds
        if isinstance(content, dict):
            return [str(v) for v in content.values() if isinstance(v, str) and v.strip()]
        return []


def published_bulletins(inspection: Inspection | None = None) -> list[PublicBulletin]:
    """Published bulletin versions, newest first. One query."""
    model = _bulletin_model()
    if model is None:
        return []
    qs = model.objects.filter(published_at__isnull=False).select_related("bulletin").order_by("-published_at", "-id")
    if inspection is not None:
        qs = qs.filter(bulletin__inspection=inspection)
    return [PublicBulletin(pk=v.pk, title=v.bulletin.title, number=v.number, published_at=v.published_at,
                           inspection_id=v.bulletin.inspection_id, download_url=_download_url(v))
            for v in qs.only("pk", "number", "published_at", "bulletin__title", "bulletin__inspection_id")[:50]]


def get_published_bulletin(pk: int) -> PublicBulletin:
    model = _bulletin_model()
    if model is None:
        raise Http404("没有找到该通报")
    try:
        v = model.objects.select_related("bulletin").get(pk=pk, published_at__isnull=False)
    except model.DoesNotExist as exc:
        raise Http404("没有找到该通报") from exc
    paragraphs = bulletin_paragraphs(v.content)
    return PublicBulletin(pk=v.pk, title=v.bulletin.title, number=v.number, published_at=v.published_at,
                          inspection_id=v.bulletin.inspection_id, download_url=_download_url(v),
                          text="\n".join(paragraphs), paragraphs=paragraphs)
