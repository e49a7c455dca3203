from django.urls import path

from zhenggai.portal import views

app_name = "portal"
urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.inspection, name="inspection"),
    path("<int:pk>/feedback/", views.feedback, name="feedback"),
    path("bulletins/<int:pk>/", views.bulletin, name="bulletin"),
    path("petitions/<int:pk>/", views.petition_batch, name="petition_batch"),
    path("petitions/<int:pk>/export.<str:ext>", views.petition_batch_export, name="petition_batch_export"),
    path("feedback/", views.feedback_list, name="feedback_list"),
    path("feedback/<int:pk>/", views.feedback_answer, name="feedback_answer"),
]
