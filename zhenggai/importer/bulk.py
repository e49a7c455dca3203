"""The commit's rows written in bulk: plain tuples checked column by column, ids taken up front, then one COPY
(PostgreSQL) or one ``executemany`` (SQLite) per table and slice.

(The INSERT itself is zhenggai.quality.store's `insert_prepared`; zhenggai.ledger.loadgen writes the same way.) Why not model instances and ``bulk_create``: a profile of a 50,000-row ledger's commit spent nine tenths of
its time building a ``Problem``/``Measure`` per row, running ``clean_fields`` on each and letting Django
prepare every value of every row again for the INSERT; the database's own work was a tenth. Here each
column's check is chosen once (what ``clean_fields`` would refuse for the values a document can carry: empty
required text, too long, a choice not offered, a number out of range) and a refused value raises a
``ValidationError`` naming the problem, so nothing is written (the caller's transaction rolls back).

Ids are taken before the rows are written (the sequence on PostgreSQL; on SQLite the largest id, which is safe
because a transaction there holds the write lock from its BEGIN), so measures and co-unit rows can name
their problem without reading anything back.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import connection, models

from zhenggai.quality.store import insert_prepared

Check = Callable[[Any], str | None]


def _check_for(field: models.Field) -> Check:
    """What ``field.clean`` would say about a value, for the checks a row's values can fail; None when fine."""
    checks: list[Check] = []
    if not field.null:
        checks.append(lambda v: "不能为空" if v is None else None)
    if isinstance(field, (models.CharField, models.TextField)) and not field.blank:
        checks.append(lambda v: "不能为空" if v == "" else None)
    if getattr(field, "max_length", None) and isinstance(field, models.CharField):
        limit = field.max_length
        checks.append(lambda v: f"不能超过{limit}字" if v is not None and len(v) > limit else None)
    if field.choices:
        allowed = {value for value, _label in field.flatchoices}
        checks.append(lambda v: "取值不正确" if v is not None and v not in allowed else None)
    if isinstance(field, (models.PositiveIntegerField, models.PositiveSmallIntegerField)):
        top = 32767 if isinstance(field, models.PositiveSmallIntegerField) else 2147483647
        checks.append(lambda v: f"应为0到{top}之间的整数" if v is not None and not 0 <= v <= top else None)
    if len(checks) == 1:
        return checks[0]

    def check(value: Any) -> str | None:
        for one in checks:
            if (message := one(value)) is not None:
                return message
        return None

    return check


class Rows:
    """Rows of one model for one INSERT: the values in ``columns`` order (attribute names; ``id`` first). Each row
    is checked on ``add`` in the ``checked`` columns (those whose values come from the document; by default every
    column that is neither the id nor a foreign key) and its dates put in the form the database driver takes."""

    def __init__(self, model: type[models.Model], columns: Sequence[str], *, checked: Sequence[str] | None = None
                 ) -> None:
        self.model, self.columns = model, list(columns)
        fields = [model._meta.pk if c == "id" else model._meta.get_field(c) for c in self.columns]
        # The id and the foreign keys come from this module and the database's constraints: not checked here.
        self.checks = [(i, f.verbose_name, _check_for(f)) for i, f in enumerate(fields)
                       if not f.primary_key and not f.is_relation and (checked is None or self.columns[i] in checked)]
        # SQLite takes dates and times as text (what Django's adapters make of them); psycopg takes them as they are.
        self.adapt = [] if connection.vendor == "postgresql" else [
            (i, connection.ops.adapt_datetimefield_value if isinstance(f, models.DateTimeField)
             else connection.ops.adapt_datefield_value)
            for i, f in enumerate(fields) if isinstance(f, models.DateField)]
        self._adapted: dict[tuple[int, Any], Any] = {}
        self.rows: list[tuple] = []

    def add(self, row: tuple, where: str) -> None:
        for i, name, check in self.checks:
            if (message := check(row[i])) is not None:
                raise ValidationError(f"{where}：{name}{message}")
        if self.adapt:
            values = list(row)
            for i, adapt in self.adapt:
                value = values[i]
                if value is not None:
                    # A column often repeats one value (the commit's time, a ledger's one deadline): adapted once.
                    found = self._adapted.get((i, value))
                    if found is None:
                        found = self._adapted[(i, value)] = adapt(value)
                    values[i] = found
            row = tuple(values)
        self.rows.append(row)

    def write(self) -> int:
        """INSERT the rows added since the last write: COPY on PostgreSQL, one ``executemany`` on SQLite."""
        written = len(self.rows)
        insert_prepared(self.model, self.columns, self.rows)
        self.rows = []
        return written


def take_ids(model: type[models.Model], count: int) -> list[int]:
    """``count`` new ids for ``model``'s rows, in increasing order. Inside a transaction that writes: on SQLite
    (transactions begin IMMEDIATE, see settings) nobody else can insert until it ends."""
    if count <= 0:
        return []
    table, pk = model._meta.db_table, model._meta.pk.column
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                           [table, pk, count])
            return sorted(row[0] for row in cursor.fetchall())
        if not connection.in_atomic_block:
            raise RuntimeError("take_ids needs the caller's transaction (the write lock) on SQLite")
        qn = connection.ops.quote_name
        cursor.execute(f"SELECT MAX({qn(pk)}) FROM {qn(table)}")
        top = cursor.fetchone()[0] or 0
        # AUTOINCREMENT never reuses an id, even of a deleted row: start above what sqlite_sequence remembers.
        cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
        found = cursor.fetchone()
        start = max(top, found[0] if found else 0) + 1
    return list(range(start, start + count))
