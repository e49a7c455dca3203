"""The ledger token also turns on the rows the 考核 ranking reads (zhenggai.ledger.hot_path, part 3), so the
battle map can cache the ranking under the inspections' tokens."""

from django.db import migrations


def install(apps, schema_editor):
    from zhenggai.ledger.hot_path import install_ranking_sources

    install_ranking_sources(schema_editor.connection)


def uninstall(apps, schema_editor):
    from zhenggai.ledger.hot_path import uninstall_ranking_sources

    uninstall_ranking_sources(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ('ledger', '0007_merge_hot_path_and_archive'),
        ('supervision', '0002_daily_schedule'),
    ]

    operations = [migrations.RunPython(install, uninstall)]
