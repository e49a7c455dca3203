"""The ledger token also turns on the rows the signed-in inspection pages read beside the ledger (co-units,
quality flags, petition cases, 签收 assignments, the org tree: zhenggai.ledger.hot_path, part 6; the co-units are part 4), so those pages
can be cached whole under it (zhenggai.ledger.page_cache)."""

from django.db import migrations


def install(apps, schema_editor):
    from zhenggai.ledger.hot_path import install_page_sources

    install_page_sources(schema_editor.connection)


def uninstall(apps, schema_editor):
    from zhenggai.ledger.hot_path import uninstall_page_sources

    uninstall_page_sources(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ('ledger', '0009_merge_perf_petitions'),
        ('accounts', '0004_duban_unit_head'),
        ('petitions', '0007_petitions_import_sha256'),
        ('quality', '0003_quality_case_flags'),
        ('supervision', '0004_merge_duban_perf'),
        ('portal', '0001_initial'),
    ]

    operations = [migrations.RunPython(install, uninstall)]
