"""The real URL map plus a view that fails, to see what a user gets on a server error."""
from django.urls import path

from zhenggai.urls import handler500, urlpatterns as real_patterns  # noqa: F401


def boom(request):
    raise RuntimeError("password=hunter2-secret exploded")


urlpatterns = [path("boom/", boom), *real_patterns]
