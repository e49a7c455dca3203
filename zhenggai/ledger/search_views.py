"""The search page: problems and measures across every inspection the user may see."""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.http import urlencode

from zhenggai.ledger.search import Hit, SearchError, clean_query, search_hits

PAGE_SIZE = 20


@login_required
def search(request: HttpRequest) -> HttpResponse:
    error, page, hits, q = "", None, [], ""
    try:
        q = clean_query(request.GET.get("q"))
    except SearchError as exc:
        error = str(exc)
    if q:
        page = Paginator(search_hits(request.user, q), PAGE_SIZE).get_page(request.GET.get("page"))
        hits = [Hit.from_row(row, q) for row in page]
    from zhenggai.petitions.work import search_context

    return render(request, "ledger/search.html", {
        "q": q, "search_query": q, "error": error, "page": page, "hits": hits,
        "query": urlencode({"q": q}), "case_keep": urlencode({"q": q}), **search_context(request, q),
    })
