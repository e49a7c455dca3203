from django.urls import path

from zhenggai.battlemap import views

app_name = "battlemap"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("<int:pk>/", views.inspection, name="inspection"),
    path("<int:pk>/measures/", views.measures, name="measures"),
]
