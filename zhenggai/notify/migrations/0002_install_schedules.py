"""Create the notification machinery's django-q2 schedules (idempotent: rows are found by name)."""
from django.db import migrations


def install(apps, schema_editor):
    from zhenggai.notify.schedules import install as install_schedules

    install_schedules(apps.get_model("django_q", "Schedule"))


def remove(apps, schema_editor):
    from zhenggai.notify.schedules import SCHEDULES

    apps.get_model("django_q", "Schedule").objects.filter(name__in=list(SCHEDULES)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("notify", "0001_notifications_outbox_preferences"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(install, remove)]
