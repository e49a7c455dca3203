from django.contrib import admin
from django.urls import include, path

from zhenggai.ops.views import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("ops/", include("zhenggai.ops.urls")),
    path("accounts/", include("zhenggai.accounts.urls")),
    path("audit/", include("zhenggai.audit.urls")),
    path("import/", include("zhenggai.importer.urls")),
    path("battle-map/", include("zhenggai.battlemap.urls")),
    path("public/", include("zhenggai.portal.urls")),
    path("api/", include("zhenggai.api.urls")),
    path("supervision/", include("zhenggai.supervision.urls")),
    path("quality/", include("zhenggai.quality.urls")),
    path("notifications/", include("zhenggai.notify.urls")),
    path("", include("zhenggai.petitions.urls")),
    path("", include("zhenggai.reports.urls")),
    path("", include("zhenggai.ledger.urls")),
]

# The 500 page shows the request id, so a user can quote it (Django's default 500 view has no request context).
handler500 = "zhenggai.audit.views.server_error"
