"""The headline cache's change token (kept by triggers) and trigram indexes for the keyword search."""

import zhenggai.ledger.models
from django.db import migrations, models


def install(apps, schema_editor):
    from zhenggai.ledger.hot_path import install as install_objects

    install_objects(schema_editor.connection)


def uninstall(apps, schema_editor):
    from zhenggai.ledger.hot_path import uninstall as uninstall_objects

    uninstall_objects(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0001_initial'),
        ('ledger', '0003_form_submission'),
    ]

    operations = [
        migrations.AddField(
            model_name='inspection',
            name='ledger_token',
            field=models.BigIntegerField(default=zhenggai.ledger.models.new_ledger_token, editable=False),
        ),
        migrations.RunPython(install, uninstall),
    ]
