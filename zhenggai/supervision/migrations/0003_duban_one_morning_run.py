"""The 督办 work now runs inside the notify app's morning run (schedule "zhenggai.notify.morning", see
zhenggai.supervision.jobs): drop the separate 07:00 "supervision.daily" schedule, which sent a second round of
messages every morning (the ladder's reminders apart from the notify app's)."""
from django.db import migrations

NAME = "supervision.daily"
FUNC = "zhenggai.supervision.jobs.daily"


def drop_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


def restore_schedule(apps, schema_editor):
    import datetime as dt

    from django.utils import timezone

    first = timezone.localtime().replace(hour=7, minute=0, second=0, microsecond=0) + dt.timedelta(days=1)
    apps.get_model("django_q", "Schedule").objects.update_or_create(
        name=NAME, defaults={"func": FUNC, "schedule_type": "D", "repeats": -1, "next_run": first})


class Migration(migrations.Migration):
    dependencies = [("supervision", "0002_daily_schedule")]
    operations = [migrations.RunPython(drop_schedule, restore_schedule)]
