from django.urls import path

from zhenggai.api.api import api

urlpatterns = [path("", api.urls)]
