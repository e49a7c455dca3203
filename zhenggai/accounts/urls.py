from django.contrib.auth import views as auth_views
from django.urls import path

from zhenggai.accounts import auth_views as policy_views
from zhenggai.accounts import views

urlpatterns = [
    path("login/", policy_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", policy_views.PasswordChangeView.as_view(), name="password_change"),
    path("units/", views.unit_list, name="unit_list"),
    path("units/new/", views.unit_edit, name="unit_create"),
    path("units/<int:pk>/edit/", views.unit_edit, name="unit_edit"),
    path("users/new/", views.user_edit, name="user_create"),
    path("users/<int:pk>/edit/", views.user_edit, name="user_edit"),
]
