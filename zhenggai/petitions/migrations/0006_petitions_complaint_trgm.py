"""A trigram index on the complaint (PostgreSQL), so the search page's `complaint icontains` is an index
lookup, as the ledger's statement and measure text are (zhenggai.ledger.hot_path)."""

from django.db import migrations


def install(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm;")
    schema_editor.execute("CREATE INDEX IF NOT EXISTS petitions_case_complaint_trgm ON petitions_petitioncase "
                          "USING gin (upper(complaint) gin_trgm_ops);")


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS petitions_case_complaint_trgm;")


class Migration(migrations.Migration):

    dependencies = [
        ('ledger', '0004_hot_path_columns'),
        ('petitions', '0005_petitions_import_preview'),
    ]

    operations = [migrations.RunPython(install, uninstall)]
