"""The ledger token also turns when a co-unit is added to or removed from a measure or a problem
(zhenggai.ledger.hot_path, part 4): those writes touch only the many-to-many rows, and the pages cached under
the token (my work, the owed-measures badge, the problem list's counts) read them."""

from django.db import migrations


def install(apps, schema_editor):
    from zhenggai.ledger.hot_path import install_co_unit_sources

    install_co_unit_sources(schema_editor.connection)


def uninstall(apps, schema_editor):
    from zhenggai.ledger.hot_path import uninstall_co_unit_sources

    uninstall_co_unit_sources(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ('ledger', '0009_merge_perf_petitions'),
    ]

    operations = [migrations.RunPython(install, uninstall)]
