"""Pages of the battle map (挂图作战): one across the user's inspections, one per inspection, a full-screen mode.

`?screen=1` renders the meeting-room board (dark, no navigation, refreshes itself every 60 s through
htmx); `?static=1` turns chart animation off, for screenshots and slow projectors.
"""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from zhenggai.accounts.scope import get_inspection_for_user, inspections_for_user, problems_for_user
from zhenggai.battlemap import data
from zhenggai.ledger.models import Light, Measure

REFRESH_SECONDS = 60
TABLE_PAGE_SIZE = 30


def _modes(request: HttpRequest) -> dict:
    screen = request.GET.get("screen") == "1"
    static = request.GET.get("static") == "1"
    query = "&".join(part for part in ("screen=1" if screen else "", "static=1" if static else "") if part)
    return {"screen": screen, "static": static, "mode_query": query, "refresh_seconds": REFRESH_SECONDS}


def _render_board(request: HttpRequest, *, page: str, board: str, context: dict) -> HttpResponse:
    """Full page, the screen page, or — for the screen's own refresh — just the board."""
    context.update(_modes(request))
    context["lights"] = [(light, context["h"].lights.get(light.value, 0)) for light in data.LIGHT_ORDER]
    if context["screen"] and request.headers.get("HX-Request"):
        return render(request, board, context)
    return render(request, "battlemap/screen.html" if context["screen"] else page, {**context, "board": board})


@never_cache
@login_required
def overview(request: HttpRequest) -> HttpResponse:
    inspections = list(inspections_for_user(request.user).order_by("-feedback_date", "-id"))
    bm = data.overview_map(inspections)
    links = [reverse("battlemap:inspection", args=[r.inspection.pk]) for r in bm.rows]
    # The charts hold every inspection; the table under them comes a page at a time.
    table = Paginator(bm.rows, TABLE_PAGE_SIZE).get_page(request.GET.get("page"))
    return _render_board(request, page="battlemap/overview.html", board="battlemap/_overview_board.html", context={
        "bm": bm, "table": table, "h": bm.totals, "as_of": bm.as_of, "charts": {**bm.charts, "links": links}, "nav": "battlemap",
        "title": "挂图作战 · 全部巡察",
    })


@never_cache
@login_required
def inspection(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    bm = data.inspection_map(inspection)
    return _render_board(request, page="battlemap/inspection.html", board="battlemap/_inspection_board.html", context={
        "inspection": inspection, "bm": bm, "h": bm.headline, "as_of": bm.headline.as_of, "charts": bm.charts, "nav": "battlemap",
        "title": f"挂图作战 · {inspection.name}",
        "measures_url": reverse("battlemap:measures", args=[inspection.pk]),
        "problem_list_url": reverse("problem_list", args=[inspection.pk]),
    })


@never_cache
@login_required
def measures(request: HttpRequest, pk: int) -> HttpResponse:
    """The list under the charts, filtered by the bar that was clicked (an htmx fragment)."""
    inspection = get_inspection_for_user(request.user, pk)
    visible = Measure.objects.filter(problem__in=problems_for_user(request.user, inspection))
    try:
        rows, applied, total = data.filtered_measures(inspection, visible, request.GET)
    except ValueError as exc:
        return HttpResponseBadRequest(str(exc))
    return render(request, "battlemap/_measures.html", {
        "inspection": inspection, "measures": rows, "total": total, "applied": applied,
        "caption": _caption(inspection, applied), "problem_list_link": _problem_list_link(inspection, applied),
    })


def _caption(inspection, applied: dict[str, str]) -> str:
    parts = []
    if unit := applied.get("unit"):
        if unit == data.NO_UNIT:
            parts.append("未明确责任单位")
        else:
            from zhenggai.accounts.models import Unit

            parts.append(str(Unit.objects.filter(pk=int(unit)).values_list("name", flat=True).first() or "责任单位"))
    if category := applied.get("category"):
        if category == data.NO_UNIT:
            parts.append("未分类")
        else:
            parts.append(str(inspection.categories.filter(pk=int(category)).values_list("name", flat=True).first()
                             or "类别"))
    if light := applied.get("light"):
        parts.append(Light(light).label)
    if status := applied.get("status"):
        parts.append("已销号" if status == "done" else "未销号")
    if applied.get("behind"):
        parts.append("未达序时进度")
    return " · ".join(parts) or "全部整改措施"


def _problem_list_link(inspection, applied: dict[str, str]) -> str:
    """The same filter on the ledger's problem list, where it has one."""
    params = []
    if (unit := applied.get("unit")) and unit != data.NO_UNIT:
        params.append(f"unit={unit}")
    if (category := applied.get("category")) and category != data.NO_UNIT:
        params.append(f"category={category}")
    if light := applied.get("light"):
        params.append(f"light={light}")
    url = reverse("problem_list", args=[inspection.pk])
    return url + ("?" + "&".join(params) if params else "")
