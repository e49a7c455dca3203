"""Every URL pattern has a declared permission (zhenggai/permissions.py), and behaves like it.

A new view without an entry fails `test_every_url_pattern_has_a_declared_permission`: add it to the
table. Then every URL is requested anonymously (login redirect, 401 for the API, or open if public)
and as an outsider from another bureau (never a 200 on another bureau's objects).
"""
from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from zhenggai.permissions import PERMISSIONS

pytestmark = pytest.mark.django_db
SKIP_PREFIXES = ("admin/", "static/", "media/")


def walk(patterns=None, prefix: str = "", namespace: str | None = None):
    """(name, route) for every URL pattern, namespaced like `reverse` wants it."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(entry.pattern)
        if route.startswith(SKIP_PREFIXES):
            continue
        if isinstance(entry, URLResolver):
            ns = namespace
            if entry.namespace:
                ns = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from walk(entry.url_patterns, route, ns)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            yield name, route, entry


ALL = list(walk())


def test_every_url_pattern_has_a_declared_permission():
    unnamed = [route for name, route, _ in ALL if not name]
    missing = sorted({name for name, _, _ in ALL if name and name not in PERMISSIONS})
    assert not unnamed, f"URL patterns without a name (name them, then declare them): {unnamed}"
    assert not missing, f"URLs with no entry in zhenggai/permissions.py: {missing}"


def test_the_table_names_no_url_that_does_not_exist():
    assert not set(PERMISSIONS) - {name for name, _, _ in ALL}


def _kwargs(world, route: str, pattern) -> dict:
    from zhenggai.ledger.models import EvidenceFile

    wanted = pattern.pattern.converters.keys() if hasattr(pattern.pattern, "converters") else []
    if route.startswith(("measures/",)):
        pk = world.measure.pk
    elif route.startswith("problems/"):
        pk = world.problem.pk
    elif route.startswith("evidence/"):
        pk = EvidenceFile.objects.values_list("pk", flat=True).first() or 1
    else:
        pk = world.inspection.pk
    values = {"pk": pk, "category_pk": world.category.pk, "ext_pk": 1, "kind": "problems",
              "inspection_id": world.inspection.pk, "measure_id": world.measure.pk}
    import re

    names = re.findall(r"<(?:\w+:)?(\w+)>", route)
    return {name: values.get(name, 1) for name in names} if names or not wanted else {}


@pytest.fixture
def with_evidence(world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.conftest import PDF_BYTES
    from zhenggai.ledger import services

    services.measure_report_progress(user=world.unit, measure=world.measure, text="进展", progress=10,
                                     files=[SimpleUploadedFile("a.pdf", PDF_BYTES)])
    return world


@pytest.mark.parametrize(("name", "route", "pattern"), ALL, ids=[n or r for n, r, _ in ALL])
def test_an_anonymous_visitor_gets_only_what_is_public(client, with_evidence, name, route, pattern):
    world = with_evidence
    access = PERMISSIONS.get(name)
    if access is None:
        pytest.fail(f"{name} has no declared permission")
    url = reverse(name, kwargs=_kwargs(world, route, pattern))
    response = client.get(url)
    if response.status_code == 405:  # a POST-only view: the POST must be refused the same way
        response = client.post(url)
    if access == "public":
        assert response.status_code in (200, 302, 404, 405), (url, response.status_code)
    elif access == "api":
        assert response.status_code in (400, 401, 403, 404, 405), (url, response.status_code)
    else:
        assert response.status_code == 302 and reverse("login") in response["Location"], (url, response.status_code)


@pytest.mark.parametrize(("name", "route", "pattern"), ALL, ids=[n or r for n, r, _ in ALL])
def test_an_outsider_never_sees_another_bureaus_objects(client, with_evidence, name, route, pattern):
    world = with_evidence
    access = PERMISSIONS.get(name)
    if access is None:
        pytest.fail(f"{name} has no declared permission")
    client.force_login(world.outsider)
    url = reverse(name, kwargs=_kwargs(world, route, pattern))
    response = client.get(url)
    if response.status_code == 405:
        response = client.post(url)
    has_object = "<" in route
    if access == "public" or not has_object:
        # Their own lists (empty for another bureau's data), the public pages, or a refusal.
        assert response.status_code in (200, 302, 403, 404, 405), (url, response.status_code)
        if isinstance(access, tuple) and "office" not in access:
            assert response.status_code in (302, 403, 405), (url, response.status_code)
    else:
        # 400: an empty POST refused by validation (the API validates the body before the scope check)
        assert response.status_code in (400, 403, 404, 405), (url, response.status_code)
