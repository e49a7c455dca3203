"""Login, logout and password change: Django's views with the login policy's forms."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.urls import reverse_lazy

from zhenggai.accounts import security
from zhenggai.accounts.forms import PolicyAuthenticationForm, PolicyPasswordChangeForm


class LoginView(auth_views.LoginView):
    form_class = PolicyAuthenticationForm
    redirect_authenticated_user = False


class PasswordChangeView(auth_views.PasswordChangeView):
    form_class = PolicyPasswordChangeForm
    template_name = "registration/password_change_form.html"
    success_url = reverse_lazy("home")

    def form_valid(self, form):
        security.user_change_own_password(request=self.request, user=form.user, form=form)
        messages.success(self.request, "密码已修改，其他设备上的登录已退出。")
        from django.http import HttpResponseRedirect

        return HttpResponseRedirect(self.get_success_url())
