from django.contrib.auth import views as auth_views
from django.urls import path

from zhenggai.accounts import auth_views as policy_views
from zhenggai.accounts import security_views, two_factor_views, views

urlpatterns = [
    path("login/", policy_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", policy_views.PasswordChangeView.as_view(), name="password_change"),
    path("two-factor/", two_factor_views.two_factor_page, name="two_factor"),
    path("two-factor/start/", two_factor_views.two_factor_start, name="two_factor_start"),
    path("two-factor/confirm/", two_factor_views.two_factor_confirm, name="two_factor_confirm"),
    path("two-factor/disable/", two_factor_views.two_factor_disable, name="two_factor_disable"),
    path("two-factor/verify/", two_factor_views.two_factor_verify, name="two_factor_verify"),
    path("security/", security_views.security_overview, name="security_overview"),
    path("security/<int:pk>/unlock/", security_views.security_unlock, name="security_unlock"),
    path("security/<int:pk>/reset-two-factor/", security_views.security_reset_two_factor,
         name="security_reset_two_factor"),
    path("units/", views.unit_list, name="unit_list"),
    path("units/new/", views.unit_edit, name="unit_create"),
    path("units/<int:pk>/edit/", views.unit_edit, name="unit_edit"),
    path("users/new/", views.user_edit, name="user_create"),
    path("users/<int:pk>/edit/", views.user_edit, name="user_edit"),
]
