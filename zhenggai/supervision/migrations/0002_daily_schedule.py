"""The daily 督办 job as a django-q2 schedule: created here, not by hand. update_or_create by name, so
migrating again (or a second database) never makes two."""
from django.db import migrations

NAME = "supervision.daily"
FUNC = "zhenggai.supervision.jobs.daily"


def create_schedule(apps, schema_editor):
    import datetime as dt

    from django.utils import timezone

    Schedule = apps.get_model("django_q", "Schedule")
    # 07:00 local time tomorrow, then every day: reminders arrive at the start of the working day.
    first = timezone.localtime().replace(hour=7, minute=0, second=0, microsecond=0) + dt.timedelta(days=1)
    Schedule.objects.update_or_create(name=NAME, defaults={"func": FUNC, "schedule_type": "D", "repeats": -1,
                                                           "next_run": first})


def remove_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [("supervision", "0001_supervision_ladder_records_rounds"), ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more")]
    operations = [migrations.RunPython(create_schedule, remove_schedule)]
