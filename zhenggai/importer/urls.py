from django.urls import path

from zhenggai.importer import views

app_name = "importer"
urlpatterns = [
    path("", views.upload, name="upload"),
    path("<int:pk>/", views.job, name="job"),
    path("<int:pk>/status/", views.job_status, name="status"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/confirm/", views.confirm, name="confirm"),
    path("<int:pk>/cancel/", views.cancel, name="cancel"),
    path("<int:pk>/duplicate/", views.acknowledge_duplicate, name="acknowledge_duplicate"),
]
