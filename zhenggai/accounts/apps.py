from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "zhenggai.accounts"
    verbose_name = "账号与单位"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_logged_out

        from zhenggai.accounts import security

        user_logged_in.connect(security.stamp_login_time, dispatch_uid="zhenggai.stamp_login_time")
        user_logged_out.connect(security.audit_logout, dispatch_uid="zhenggai.audit_logout")
