"""Bulk writes of the scan: flags and links inserted by COPY on PostgreSQL, changed rows updated in one statement.

Why not `bulk_create`/`bulk_update`: a first scan of a generated ledger writes ~5 flags a measure, and Django
prepares every value of every row through its field machinery, and on PostgreSQL sends them as arrays that
psycopg quotes element by element (a profile of a 50K-measure re-scan: more than half its time in there).
Here each column's adapter is chosen once, rows are plain tuples and PostgreSQL reads them by COPY; SQLite gets
one `executemany`. Callers hold the transaction.
"""
from __future__ import annotations

import json
from collections.abc import Sequence

from django.db import connection, models

BIG_UPDATE = 500  # changed rows above this go through a temporary table on PostgreSQL (one UPDATE … FROM)


def _adapters(model: type[models.Model], columns: Sequence[str]):
    """One function per column turning a Python value into what the database driver takes."""
    out = []
    postgres = connection.vendor == "postgresql"
    for name in columns:
        field = model._meta.get_field(name) if name != "id" else model._meta.pk
        if isinstance(field, models.JSONField):
            out.append(lambda v: None if v is None else json.dumps(v, ensure_ascii=False))
        elif isinstance(field, models.DateTimeField) and not postgres:
            out.append(connection.ops.adapt_datetimefield_value)
        elif isinstance(field, models.DateField) and not postgres:
            out.append(connection.ops.adapt_datefield_value)
        else:
            out.append(None)
    return out


def _prepared(adapters, rows):
    if not any(adapters):
        return rows
    return [tuple(v if a is None else a(v) for a, v in zip(adapters, row)) for row in rows]


def _column(model, name: str) -> str:
    return connection.ops.quote_name(model._meta.pk.column if name == "id" else model._meta.get_field(name).column)


def insert_rows(model: type[models.Model], columns: Sequence[str], rows: Sequence[tuple]) -> None:
    """INSERT these rows (values in `columns` order, attribute names); the id comes from the table's sequence."""
    if rows:
        insert_prepared(model, columns, _prepared(_adapters(model, columns), rows))


def insert_prepared(model: type[models.Model], columns: Sequence[str], rows: Sequence[tuple]) -> None:
    """INSERT rows whose values are already what the database driver takes: COPY on PostgreSQL, one
    `executemany` elsewhere (also the importer's commit, zhenggai.importer.bulk)."""
    if not rows:
        return
    table = connection.ops.quote_name(model._meta.db_table)
    quoted = ", ".join(_column(model, c) for c in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", rows)


def update_rows(model: type[models.Model], columns: Sequence[str], rows: Sequence[tuple]) -> None:
    """UPDATE rows by id: each row is (id, *values in `columns` order)."""
    if not rows:
        return
    table = connection.ops.quote_name(model._meta.db_table)
    adapters = _adapters(model, ["id", *columns])
    rows = _prepared(adapters, rows)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and len(rows) > BIG_UPDATE:
            quoted = [_column(model, c) for c in columns]
            cursor.execute(f"CREATE TEMPORARY TABLE quality_changed ON COMMIT DROP AS "
                           f"SELECT {_column(model, 'id')}, {', '.join(quoted)} FROM {table} WITH NO DATA")
            with cursor.cursor.copy(f"COPY quality_changed (id, {', '.join(quoted)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            sets = ", ".join(f"{c} = quality_changed.{c}" for c in quoted)
            cursor.execute(f"UPDATE {table} SET {sets} FROM quality_changed WHERE {table}.id = quality_changed.id")
            cursor.execute("DROP TABLE quality_changed")
        else:
            sets = ", ".join(f"{_column(model, c)} = %s" for c in columns)
            cursor.executemany(f"UPDATE {table} SET {sets} WHERE id = %s", [(*row[1:], row[0]) for row in rows])
