"""Database triggers that refuse UPDATE and DELETE on the audit log, on SQLite and PostgreSQL."""
from django.db import migrations


def forwards(apps, schema_editor):
    from zhenggai.audit.triggers import install_triggers

    install_triggers(schema_editor.connection)


def backwards(apps, schema_editor):
    from zhenggai.audit.triggers import remove_triggers

    remove_triggers(schema_editor.connection)
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS audit_event_refuse_change();")


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
