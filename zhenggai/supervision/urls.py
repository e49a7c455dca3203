from django.urls import path

from zhenggai.supervision import views

app_name = "supervision"
urlpatterns = [
    path("inspections/<int:pk>/ladder/", views.ladder_edit, name="ladder"),
    path("inspections/<int:pk>/assign/", views.assignment_sync, name="assignment_sync"),
    path("measures/<int:pk>/supervise/", views.record_create, name="record_create"),
    path("records/", views.record_list, name="record_list"),
    path("records/<int:pk>/", views.record_detail, name="record_detail"),
    path("records/<int:pk>/docx/", views.record_docx, name="record_docx"),
    path("assignments/", views.assignments, name="assignments"),
    path("assignments/<int:pk>/acknowledge/", views.assignment_acknowledge, name="assignment_acknowledge"),
    path("assignments/<int:pk>/reject/", views.assignment_reject, name="assignment_reject"),
    path("assignments/<int:pk>/reassign/", views.assignment_reassign, name="assignment_reassign"),
    path("rounds/", views.round_list, name="round_list"),
    path("rounds/new/", views.round_create, name="round_create"),
    path("rounds/<int:pk>/", views.round_detail, name="round_detail"),
    path("rounds/<int:pk>/close/", views.round_close, name="round_close"),
    path("rounds/<int:pk>/bulletin/", views.round_bulletin_view, name="round_bulletin"),
    path("rounds/<int:pk>/bulletin.docx", views.round_bulletin_docx, name="round_bulletin_docx"),
    path("ranking/", views.ranking, name="ranking"),
    path("ranking/export/", views.ranking_export, name="ranking_export"),
    path("ranking/weights/", views.weights_edit, name="weights"),
]
