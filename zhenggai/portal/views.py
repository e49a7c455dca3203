"""The public page (信息公开) and the office's feedback inbox.

Public pages never touch the session, the user or a CSRF token, so a shared cache may keep them
(`Cache-Control: public, max-age=300`, with an ETag). The feedback form is the exception: it
carries a CSRF token and a fresh challenge, so it is never cached.
"""
from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.views.decorators.cache import never_cache

from zhenggai.accounts.models import Role
from zhenggai.accounts.scope import get_inspection_for_user, inspections_for_user, require_role
from zhenggai.audit.middleware import client_ip
from zhenggai.ledger.selectors import inspection_headline
from zhenggai.portal import selectors, services
from zhenggai.portal.challenge import challenge_issue
from zhenggai.portal.forms import AnswerForm, FeedbackForm
from zhenggai.portal.models import Feedback

PUBLIC_MAX_AGE = 300


def public_cache(view):
    """Cache-Control: public, max-age=300 and an ETag on successful public pages (the view's own, with its
    Last-Modified, when it sets one); 304 when unchanged."""
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if response.status_code != 200:
            return response
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
        if "ETag" not in response:
            set_response_etag(response)
        last_modified = getattr(response, "modified_at", None)
        return get_conditional_response(request, etag=response["ETag"], last_modified=last_modified,
                                        response=response)
    return wrapped


# --- public -------------------------------------------------------------------------------------------------

@public_cache
def index(request: HttpRequest) -> HttpResponse:
    inspections = selectors.published_inspections()
    bulletins = selectors.published_bulletins()
    return render(request, "portal/index.html", {"inspections": inspections, "bulletins": bulletins})


@public_cache
def inspection(request: HttpRequest, pk: int) -> HttpResponse:
    """Paged (PUBLIC_PAGE_SIZE problems) and cached: a page is rendered once per change of what it shows
    (see `selectors.public_page_key`); the rest is one query for the inspection and a cache read. Anonymous
    visitors get the cached page earlier still, from `zhenggai.portal.middleware`."""
    obj = selectors.get_published_inspection(pk)
    raw = request.GET.get("page", "1")
    number = int(raw) if raw.isascii() and raw.isdigit() and 0 < int(raw) < 100_000 else 1
    entry = selectors.public_page_get(obj.pk, obj.ledger_token, number)
    if entry is None:
        entry = selectors.PublicPageEntry.of(_inspection_page(request, obj, number).content)
        selectors.public_page_set(obj.pk, obj.ledger_token, number, entry)
    request.public_page_cached = True  # the middleware may copy this response's headers
    response = HttpResponse(entry.html)
    response["ETag"] = entry.etag
    response["Last-Modified"] = entry.last_modified
    response.modified_at = entry.modified_at
    return response


def _inspection_page(request: HttpRequest, obj, number: int) -> HttpResponse:
    headline = inspection_headline(obj, cached=True)
    problems, page = selectors.public_problems(obj, number)
    return render(request, "portal/inspection.html", {
        "inspection": selectors.PublicInspection.of(obj), "page": page, "query": "",
        "problems": problems,
        "figures": {"problems_total": headline.problems_total, "problems_done": headline.problems_done,
                    "problems_long_term": headline.problems_long_term, "measures_total": headline.measures_total,
                    "measures_done": headline.measures_done, "percent_done": headline.percent_done,
                    "rules_made": headline.rules_made, "as_of": headline.as_of},
        "bulletins": selectors.published_bulletins(obj),
        "answered": selectors.public_feedback(obj),
        **_petitions(obj),
    })


def _petitions(inspection) -> dict:
    """The petition cases' figures (the one selector) and the batches the office has published."""
    from zhenggai.petitions.figures import petition_figures

    figures = petition_figures(inspection, breakdowns=())  # the total, one query; none handed over: nothing shown
    if not figures.total.handed_over:
        return {}
    return {"petitions": figures,
            "petition_batches": list(inspection.petition_batches.filter(published_at__isnull=False))}


def _published_batch(pk: int):
    """A batch the office has published, of an inspection on the public site; 404 for anything else."""
    from zhenggai.petitions.models import PetitionBatch

    try:
        batch = PetitionBatch.objects.select_related("inspection").get(pk=pk, published_at__isnull=False)
    except (PetitionBatch.DoesNotExist, ValueError) as exc:
        raise Http404("没有找到该公开一览表") from exc
    selectors.get_published_inspection(batch.inspection_id)
    return batch


@public_cache
def petition_batch(request: HttpRequest, pk: int) -> HttpResponse:
    """边督边改公开一览表 of one batch: the 11 columns, complainants' personal data masked (petitions.masking)."""
    from zhenggai.petitions.publish import HEADINGS, public_rows

    batch = _published_batch(pk)
    page = Paginator(list(public_rows(batch)), 100).get_page(request.GET.get("page"))
    return render(request, "portal/petition_batch.html", {
        "batch": batch, "inspection": selectors.PublicInspection.of(batch.inspection), "headings": HEADINGS,
        "page": page, "rows": [list(zip(HEADINGS, row)) for row in page], "query": ""})


@public_cache
def petition_batch_export(request: HttpRequest, pk: int, ext: str) -> HttpResponse:
    from zhenggai.petitions.views import export_response

    return export_response(_published_batch(pk), ext)


@public_cache
def bulletin(request: HttpRequest, pk: int) -> HttpResponse:
    return render(request, "portal/bulletin.html", {"bulletin": selectors.get_published_bulletin(pk)})


@never_cache
def feedback(request: HttpRequest, pk: int) -> HttpResponse:
    """The public feedback form (意见建议): honeypot, timed signed challenge, rate limit per IP."""
    obj = selectors.get_published_inspection(pk)
    form = FeedbackForm(request.POST or None)
    error = ""
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.feedback_submit(inspection=obj, text=data["text"], name=data["name"], contact=data["contact"],
                                     ip=client_ip(request))
        except services.FeedbackRefused as exc:
            error = str(exc)
        else:
            return redirect(reverse("portal:feedback", args=[obj.pk]) + "?sent=1")
    challenge = challenge_issue()  # a fresh question each time the form is shown
    return render(request, "portal/feedback.html", {
        "inspection": selectors.PublicInspection.of(obj), "form": form, "challenge": challenge,
        "sent": request.GET.get("sent") == "1" and request.method == "GET", "error": error,
    }, status=429 if error else 200)


# --- the office's inbox ---------------------------------------------------------------------------------------

def get_feedback_for_user(user, pk: int) -> Feedback:
    """404 outside the user's inspections (no leak), then 403 for roles other than the office."""
    try:
        item = Feedback.objects.select_related("inspection", "answered_by").get(pk=pk)
    except Feedback.DoesNotExist as exc:
        raise Http404("没有找到该意见建议") from exc
    get_inspection_for_user(user, item.inspection_id)
    require_role(user, Role.OFFICE)
    return item


@never_cache
@login_required
def feedback_list(request: HttpRequest) -> HttpResponse:
    require_role(request.user, Role.OFFICE)
    qs = (Feedback.objects.filter(inspection__in=inspections_for_user(request.user))
          .select_related("inspection", "answered_by"))
    state = request.GET.get("state", "open")
    if state == "open":
        qs = qs.filter(answered_at__isnull=True)
    elif state == "answered":
        qs = qs.filter(answered_at__isnull=False)
    else:
        state = "all"
    page = Paginator(qs.order_by("-created_at", "-id"), 30).get_page(request.GET.get("page"))
    return render(request, "portal/feedback_list.html", {"page": page, "state": state, "nav": "feedback"})


@never_cache
@login_required
def feedback_answer(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_feedback_for_user(request.user, pk)
    initial = {"answer": item.answer, "show_publicly": item.show_publicly}
    form = AnswerForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.feedback_answer(user=request.user, feedback=item, answer=form.cleaned_data["answer"],
                                 show_publicly=form.cleaned_data["show_publicly"])
        messages.success(request, "答复已保存。" + ("答复将在公开页面展示。" if form.cleaned_data["show_publicly"] else ""))
        return redirect("portal:feedback_list")
    return render(request, "portal/feedback_answer.html", {"item": item, "form": form, "nav": "feedback"})
