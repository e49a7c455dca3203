from django.urls import path

from zhenggai.quality import views

app_name = "quality"
urlpatterns = [
    path("inspections/<int:pk>/", views.inspection_quality, name="inspection"),
    path("inspections/<int:pk>/rescan/", views.rescan, name="rescan"),
    path("flags/<int:pk>/dismiss/", views.flag_dismiss, name="dismiss"),
]
