"""Login and password-change forms that speak the login policy's messages."""
from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm

from zhenggai.accounts import security


class PolicyAuthenticationForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": "用户名或密码不正确，请重新输入。",
        "inactive": "该账号已停用。",
    }

    def get_invalid_login_error(self):
        message = security.refusal_message(getattr(self.request, "zg_login_refusal", None))
        if message:
            return forms.ValidationError(message, code="refused")
        return super().get_invalid_login_error()


class PolicyPasswordChangeForm(PasswordChangeForm):
    error_messages = {
        **PasswordChangeForm.error_messages,
        "password_incorrect": "原密码不正确，请重新输入。",
        "password_mismatch": "两次输入的新密码不一致。",
    }

    def clean(self):
        data = super().clean()
        new = data.get("new_password1")
        if new and new == data.get("old_password"):
            self.add_error("new_password1", forms.ValidationError("新密码不能与原密码相同", code="password_unchanged"))
        return data


class TokenForm(forms.Form):
    """The 6-digit code an authenticator app shows; spaces a user types between the digits are ignored."""

    token = forms.CharField(label="验证码", max_length=12, widget=forms.TextInput(attrs={
        "autocomplete": "one-time-code", "inputmode": "numeric", "pattern": "[0-9 ]*", "autofocus": True,
        "placeholder": "6位数字"}))

    def clean_token(self) -> str:
        token = self.cleaned_data["token"].replace(" ", "")
        if not token.isdigit() or len(token) != 6:
            raise forms.ValidationError("请输入验证器上显示的6位数字")
        return token
