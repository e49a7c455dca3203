from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "zhenggai.accounts"
    verbose_name = "账号与单位"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_logged_out

        from django.db.models.signals import post_delete, post_save
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from zhenggai.accounts import security, two_factor

        user_logged_in.connect(security.stamp_login_time, dispatch_uid="zhenggai.stamp_login_time")
        user_logged_out.connect(security.audit_logout, dispatch_uid="zhenggai.audit_logout")
        for signal in (post_save, post_delete):
            signal.connect(two_factor.sync_second_factor, sender=TOTPDevice,
                           dispatch_uid=f"zhenggai.sync_second_factor.{signal is post_save}")
