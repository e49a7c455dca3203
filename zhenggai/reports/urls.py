from django.urls import path

from zhenggai.reports import views

app_name = "reports"

urlpatterns = [
    path("inspections/<int:pk>/bulletin/", views.bulletin_preview, name="bulletin"),
    path("inspections/<int:pk>/bulletin/edit/", views.bulletin_edit, name="bulletin_edit"),
    path("inspections/<int:pk>/bulletin/publish/", views.bulletin_publish, name="bulletin_publish"),
    path("inspections/<int:pk>/bulletin.docx", views.bulletin_docx, name="bulletin_docx"),
    path("inspections/<int:pk>/bulletin.pdf", views.bulletin_pdf, name="bulletin_pdf"),
    path("inspections/<int:pk>/bulletin-pdf/<slug:key>/", views.bulletin_pdf_status, name="bulletin_pdf_status"),
    path("inspections/<int:pk>/export/<slug:kind>.xlsx", views.export_xlsx, name="export"),
]
