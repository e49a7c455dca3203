from django.urls import path

from zhenggai.ledger import search_views, views

urlpatterns = [
    path("", views.home, name="home"),
    path("my-work/", views.my_work, name="my_work"),
    path("review/", views.review_queue, name="review_queue"),
    path("search/", search_views.search, name="search"),
    path("inspections/", views.inspection_list, name="inspection_list"),
    path("inspections/new/", views.inspection_create, name="inspection_create"),
    path("inspections/<int:pk>/", views.inspection_detail, name="inspection_detail"),
    path("inspections/<int:pk>/edit/", views.inspection_edit, name="inspection_edit"),
    path("inspections/<int:pk>/problems/", views.problem_list, name="problem_list"),
    path("inspections/<int:pk>/problems/new/", views.problem_create, name="problem_create"),
    path("inspections/<int:pk>/categories/", views.category_list, name="category_list"),
    path("inspections/<int:pk>/categories/<int:category_pk>/edit/", views.category_edit, name="category_edit"),
    path("inspections/<int:pk>/rules/", views.rule_list, name="rule_list"),
    path("inspections/<int:pk>/rules/new/", views.rule_create, name="rule_create"),
    path("problems/<int:pk>/", views.problem_detail, name="problem_detail"),
    path("problems/<int:pk>/edit/", views.problem_edit, name="problem_edit"),
    path("problems/<int:pk>/measures/new/", views.measure_create, name="measure_create"),
    path("problems/<int:pk>/follow-up/", views.follow_up_create, name="follow_up_create"),
    path("measures/<int:pk>/", views.measure_detail, name="measure_detail"),
    path("measures/<int:pk>/edit/", views.measure_edit, name="measure_edit"),
    path("measures/<int:pk>/progress/", views.measure_progress, name="measure_progress"),
    path("measures/<int:pk>/sign-off/", views.measure_request_sign_off, name="measure_request_sign_off"),
    path("measures/<int:pk>/withdraw/", views.measure_withdraw, name="measure_withdraw"),
    path("measures/<int:pk>/review/", views.measure_review, name="measure_review"),
    path("measures/<int:pk>/approve/", views.measure_approve, name="measure_approve"),
    path("measures/<int:pk>/extension/", views.extension_create, name="extension_create"),
    path("measures/<int:pk>/extension/<int:ext_pk>/", views.extension_decide, name="extension_decide"),
    path("evidence/<int:pk>/", views.evidence_download, name="evidence_download"),
]
