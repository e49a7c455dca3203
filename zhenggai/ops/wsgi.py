"""The WSGI application gunicorn preloads: Django set up, the URLconf and the base template loaded once in the
master, so each forked worker answers its first request as fast as its hundredth; then the start-up heap is
frozen out of the garbage collector's reach (zhenggai.ops.gc_tuning) before the workers are forked."""
from __future__ import annotations

from zhenggai.wsgi import application  # noqa: F401  (sets DJANGO_SETTINGS_MODULE and runs django.setup())


def _warm() -> None:
    from django.template.loader import get_template
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 — imports every app's views
    get_template("base.html")


_warm()

from zhenggai.ops.gc_tuning import freeze_startup_heap  # noqa: E402

freeze_startup_heap()
