from django.urls import path

from zhenggai.petitions import views

app_name = "petitions"

urlpatterns = [
    path("inspections/<int:pk>/petitions/", views.case_list, name="case_list"),
    path("petitions/<int:pk>/", views.case_detail, name="case_detail"),
    path("petitions/<int:pk>/unmask/", views.case_unmask, name="case_unmask"),
    path("petitions/<int:pk>/<str:action>/", views.case_act, name="case_act"),
    path("petitions/batches/<int:pk>/", views.batch_detail, name="batch_detail"),
    path("petitions/batches/<int:pk>/publish/", views.batch_publish, name="batch_publish"),
    path("petitions/batches/<int:pk>/export.<str:ext>", views.batch_export, name="batch_export"),
    path("inspections/<int:pk>/petitions/import/", views.import_upload, name="import"),
    path("petitions/imports/<int:pk>/", views.import_detail, name="import_detail"),
    path("petitions/imports/<int:pk>/<str:decision>/", views.import_decide, name="import_decide"),
]
