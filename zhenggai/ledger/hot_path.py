"""Database objects the hot paths rely on, for SQLite and PostgreSQL (installed by migration 0004).

1. `Inspection.ledger_token`: triggers write a new random token into the inspection whenever a row the
   headline figures read changes — the inspection itself, its categories, problems, measures or rules, or
   a unit's name. The headline cache (zhenggai.ledger.selectors) keys on it, so a cached figure is never
   stale, whichever path wrote the rows (services, the importer, bulk loads, the admin). A trigger rather
   than a line in each service: a service that forgets it would serve stale figures for a day. On
   PostgreSQL the child-table triggers are statement-level with transition tables, so a bulk COPY or a
   1,000-row import touches each inspection row once, not once per row.
2. Trigram indexes (pg_trgm GIN) on the problem statement and the measure text, so the problem list's `q=`
   (an unanchored Chinese substring, `icontains`) is an index scan on PostgreSQL, not a scan of every measure.
"""
from __future__ import annotations

from contextlib import contextmanager

# A new token: any 53-bit value (JSON-safe); only inequality matters.
PG_TOKEN = "floor(random() * 9007199254740991)::bigint"
SQLITE_TOKEN = "abs(random() % 9007199254740991)"

# table -> SQL that selects the inspection ids of the changed rows `{rows}`
CHILDREN = {
    "ledger_measure": "SELECT p.inspection_id FROM ledger_problem p WHERE p.id IN (SELECT problem_id FROM {rows})",
    "ledger_problem": "SELECT inspection_id FROM {rows}",
    "ledger_category": "SELECT inspection_id FROM {rows}",
    "ledger_rule": "SELECT inspection_id FROM {rows}",
}


def _pg_up() -> list[str]:
    sql = [f"""CREATE OR REPLACE FUNCTION ledger_token_rotate() RETURNS trigger AS $$
        BEGIN NEW.ledger_token := {PG_TOKEN}; RETURN NEW; END; $$ LANGUAGE plpgsql;""",
           "DROP TRIGGER IF EXISTS ledger_token_self ON ledger_inspection;",
           """CREATE TRIGGER ledger_token_self BEFORE UPDATE ON ledger_inspection
              FOR EACH ROW EXECUTE FUNCTION ledger_token_rotate();""",
           """CREATE OR REPLACE FUNCTION ledger_token_all() RETURNS trigger AS $$
        BEGIN UPDATE ledger_inspection SET ledger_token = 0; RETURN NULL; END; $$ LANGUAGE plpgsql;""",
           "DROP TRIGGER IF EXISTS ledger_token_unit_name ON accounts_unit;",
           """CREATE TRIGGER ledger_token_unit_name AFTER UPDATE ON accounts_unit
              FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION ledger_token_all();"""]
    for table, ids in CHILDREN.items():
        for event, refs, rows in (("INSERT", "NEW TABLE AS new_rows", "new_rows"),
                                  ("DELETE", "OLD TABLE AS old_rows", "old_rows"),
                                  ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows",
                                   "(SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows) AS both_rows")):
            name = f"{table}_token_{event.lower()}"
            # The BEFORE UPDATE trigger on ledger_inspection writes the new token.
            sql += [f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$
                BEGIN UPDATE ledger_inspection SET ledger_token = 0 WHERE id IN ({ids.format(rows=rows)});
                RETURN NULL; END; $$ LANGUAGE plpgsql;""",
                    f"DROP TRIGGER IF EXISTS {name} ON {table};",
                    f"""CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {refs}
                        FOR EACH STATEMENT EXECUTE FUNCTION {name}();"""]
    return sql


def _pg_down() -> list[str]:
    sql = ["DROP TRIGGER IF EXISTS ledger_token_self ON ledger_inspection;",
           "DROP TRIGGER IF EXISTS ledger_token_unit_name ON accounts_unit;"]
    for table in CHILDREN:
        for event in ("insert", "delete", "update"):
            sql += [f"DROP TRIGGER IF EXISTS {table}_token_{event} ON {table};",
                    f"DROP FUNCTION IF EXISTS {table}_token_{event}();"]
    return sql + ["DROP FUNCTION IF EXISTS ledger_token_rotate();", "DROP FUNCTION IF EXISTS ledger_token_all();"]


def _sqlite_up() -> list[str]:
    # SQLite runs recursive triggers only when asked to (PRAGMA recursive_triggers), so the inspection's own
    # trigger does not fire itself again.
    sql = [f"""CREATE TRIGGER IF NOT EXISTS ledger_token_self AFTER UPDATE ON ledger_inspection
               BEGIN UPDATE ledger_inspection SET ledger_token = {SQLITE_TOKEN} WHERE id = NEW.id; END;""",
           f"""CREATE TRIGGER IF NOT EXISTS ledger_token_unit_name AFTER UPDATE OF name ON accounts_unit
               WHEN OLD.name IS NOT NEW.name
               BEGIN UPDATE ledger_inspection SET ledger_token = {SQLITE_TOKEN}; END;"""]
    for table in CHILDREN:
        ref = "problem_id" if table == "ledger_measure" else "inspection_id"
        for event, values in (("INSERT", ["NEW"]), ("DELETE", ["OLD"]), ("UPDATE", ["OLD", "NEW"])):
            if ref == "problem_id":
                where = f"id IN (SELECT inspection_id FROM ledger_problem WHERE id IN ({', '.join(v + '.problem_id' for v in values)}))"
            else:
                where = f"id IN ({', '.join(v + '.inspection_id' for v in values)})"
            sql.append(f"""CREATE TRIGGER IF NOT EXISTS {table}_token_{event.lower()} AFTER {event} ON {table}
                BEGIN UPDATE ledger_inspection SET ledger_token = {SQLITE_TOKEN} WHERE {where}; END;""")
    return sql


def _sqlite_down() -> list[str]:
    return ["DROP TRIGGER IF EXISTS ledger_token_self;", "DROP TRIGGER IF EXISTS ledger_token_unit_name;"] + [
        f"DROP TRIGGER IF EXISTS {table}_token_{event};" for table in CHILDREN for event in ("insert", "delete", "update")]


PG_TRIGRAM_UP = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm;",
    "CREATE INDEX IF NOT EXISTS ledger_problem_statement_trgm ON ledger_problem USING gin (upper(statement) gin_trgm_ops);",
    "CREATE INDEX IF NOT EXISTS ledger_measure_text_trgm ON ledger_measure USING gin (upper(text) gin_trgm_ops);",
]
PG_TRIGRAM_DOWN = ["DROP INDEX IF EXISTS ledger_problem_statement_trgm;", "DROP INDEX IF EXISTS ledger_measure_text_trgm;"]


def _execute(connection, statements: list[str]) -> None:
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def install(connection) -> None:
    _execute(connection, _pg_up() + PG_TRIGRAM_UP if connection.vendor == "postgresql" else _sqlite_up())


def uninstall(connection) -> None:
    _execute(connection, _pg_down() + PG_TRIGRAM_DOWN if connection.vendor == "postgresql" else _sqlite_down())


# 3. The rows the 考核 ranking on the battle map reads beside the ledger (round entries, 督办 records, 回头看
#    follow-ups, which inspections a progress round covers) rotate the token too, so the ranking can be cached
#    under the inspections' tokens as the headlines are. Installed by a supervision migration (these tables
#    come after the ledger's). table -> (column of the changed rows, SQL selecting inspection ids from `{ids}`)
RANKING_SOURCES = {
    "supervision_roundentry": ("measure_id", "SELECT p.inspection_id FROM ledger_problem p JOIN ledger_measure m "
                                             "ON m.problem_id = p.id WHERE m.id IN ({ids})"),
    "supervision_supervisionrecord": ("measure_id", "SELECT p.inspection_id FROM ledger_problem p JOIN ledger_measure m "
                                                    "ON m.problem_id = p.id WHERE m.id IN ({ids})"),
    "ledger_followup": ("problem_id", "SELECT inspection_id FROM ledger_problem WHERE id IN ({ids})"),
    "supervision_progressround_inspections": ("inspection_id", "{ids}"),
    "supervision_progressround": ("id", "SELECT inspection_id FROM supervision_progressround_inspections "
                                        "WHERE progressround_id IN ({ids})"),
}
EVENTS = (("INSERT", ["NEW"]), ("DELETE", ["OLD"]), ("UPDATE", ["OLD", "NEW"]))


def _sources_up(connection, sources: dict[str, tuple[str, str]]) -> list[str]:
    sql = []
    for table, (column, inspections) in sources.items():
        for event, values in EVENTS:
            name = f"{table}_token_{event.lower()}"
            if connection.vendor == "postgresql":
                rows = {"INSERT": "new_rows", "DELETE": "old_rows",
                        "UPDATE": "(SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows) AS both_rows"}[event]
                refs = {"INSERT": "NEW TABLE AS new_rows", "DELETE": "OLD TABLE AS old_rows",
                        "UPDATE": "OLD TABLE AS old_rows NEW TABLE AS new_rows"}[event]
                ids = inspections.format(ids=f"SELECT {column} FROM {rows}")
                sql += [f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$
                    BEGIN UPDATE ledger_inspection SET ledger_token = 0 WHERE id IN ({ids});
                    RETURN NULL; END; $$ LANGUAGE plpgsql;""",
                        f"DROP TRIGGER IF EXISTS {name} ON {table};",
                        f"""CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {refs}
                            FOR EACH STATEMENT EXECUTE FUNCTION {name}();"""]
            else:
                ids = inspections.format(ids=", ".join(f"{v}.{column}" for v in values))
                sql.append(f"""CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table}
                    BEGIN UPDATE ledger_inspection SET ledger_token = {SQLITE_TOKEN} WHERE id IN ({ids}); END;""")
    return sql


def _sources_down(connection, sources: dict[str, tuple[str, str]]) -> list[str]:
    sql = []
    for table in sources:
        for event, _ in EVENTS:
            name = f"{table}_token_{event.lower()}"
            if connection.vendor == "postgresql":
                sql += [f"DROP TRIGGER IF EXISTS {name} ON {table};", f"DROP FUNCTION IF EXISTS {name}();"]
            else:
                sql.append(f"DROP TRIGGER IF EXISTS {name};")
    return sql


# 4. The co-unit rows (a measure's or a problem's 配合单位, the many-to-many tables): my work, the owed-measures
#    badge and the problem list's unit filter read them under the token, and adding or removing a co-unit
#    writes only these rows (``measure.co_units.add``), not the measure. Installed by ledger migration 0010.
CO_UNIT_SOURCES = {
    "ledger_measure_co_units": ("measure_id", "SELECT p.inspection_id FROM ledger_problem p JOIN ledger_measure m "
                                              "ON m.problem_id = p.id WHERE m.id IN ({ids})"),
    "ledger_problem_co_units": ("problem_id", "SELECT inspection_id FROM ledger_problem WHERE id IN ({ids})"),
}


def install_ranking_sources(connection) -> None:
    _execute(connection, _sources_up(connection, RANKING_SOURCES))


def uninstall_ranking_sources(connection) -> None:
    _execute(connection, _sources_down(connection, RANKING_SOURCES))


def install_co_unit_sources(connection) -> None:
    _execute(connection, _sources_up(connection, CO_UNIT_SOURCES))


def uninstall_co_unit_sources(connection) -> None:
    _execute(connection, _sources_down(connection, CO_UNIT_SOURCES))


# 5. A bulk write into one inspection (the importer's commit): SQLite's triggers run once per row, and two UPDATEs
#    of the inspection per inserted problem, measure and co-unit row were more than half of the database's work
#    in a 200,000-row commit. Inside the writer's transaction the insert triggers of those tables are dropped and
#    put back (SQLite's DDL is transactional, and the transaction holds the write lock: no other connection
#    ever sees the tables without them), and the inspection's token is turned once at the end. PostgreSQL's
#    triggers are per statement already: nothing to do there.
BULK_TABLES = ("ledger_problem", "ledger_measure", "ledger_problem_co_units", "ledger_measure_co_units")


@contextmanager
def row_triggers_deferred(connection, inspection_id: int):
    """Inserts into the ledger tables inside this block fire no per-row token triggers (SQLite); the inspection's
    token turns once when it ends. Only inside the caller's transaction."""
    if connection.vendor != "sqlite":
        yield
        return
    if not connection.in_atomic_block:
        raise RuntimeError("row_triggers_deferred needs the caller's transaction")
    with connection.cursor() as cursor:
        marks = ", ".join(["%s"] * len(BULK_TABLES))
        cursor.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks}) "
                       "AND name LIKE '%%token_insert'", list(BULK_TABLES))
        triggers = cursor.fetchall()
        for name, _sql in triggers:
            cursor.execute(f"DROP TRIGGER {connection.ops.quote_name(name)}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            for _name, sql in triggers:
                cursor.execute(sql)
            cursor.execute(f"UPDATE ledger_inspection SET ledger_token = {SQLITE_TOKEN} WHERE id = %s",
                           [inspection_id])


# 6. What the signed-in inspection pages (the overview, the problem list) read beyond the headline: the co-unit
#    rows (a unit user's scope, the lists' unit columns: part 4's CO_UNIT_SOURCES), the 整改质量 flags, the 信访件, their batches and
#    co-units (the petition panel), the 签收 assignments, and the org tree (a new, moved or relabelled unit
#    changes the unit filter, and a unit user's scope). They rotate the token too, so the whole page can be cached under it
#    (zhenggai.ledger.page_cache), and so can every navigation badge but the user's own unread messages.
#    Installed by a ledger migration that comes after those apps' tables.
PAGE_SOURCES = {
    "quality_qualityflag": ("inspection_id", "{ids}"),
    "petitions_petitioncase": ("inspection_id", "{ids}"),
    "petitions_petitionbatch": ("inspection_id", "{ids}"),  # the panel's figures by batch (交办批次)
    "petitions_petitioncase_co_units": ("petitioncase_id", "SELECT inspection_id FROM petitions_petitioncase "
                                                           "WHERE id IN ({ids})"),
    # The navigation badges beside the ledger's own rows (zhenggai.notify.context): extension requests waiting
    # (待审事项) and public feedback not yet answered (意见建议).
    "ledger_extensionrequest": ("measure_id", "SELECT inspection_id FROM ledger_problem WHERE id IN "
                                              "(SELECT problem_id FROM ledger_measure WHERE id IN ({ids}))"),
    "portal_feedback": ("inspection_id", "{ids}"),
    "supervision_assignment": ("measure_id", "SELECT inspection_id FROM ledger_problem WHERE id IN "
                                             "(SELECT problem_id FROM ledger_measure WHERE id IN ({ids}))"),
}
# A unit's name already rotates every token (ledger_token_unit_name, part 1); these add a unit made or removed,
# and a change of its short name, place in the tree or order. Units change rarely; every inspection's token turns.
_UNIT_CHANGED = ("OLD.short_name IS DISTINCT FROM NEW.short_name OR OLD.parent_id IS DISTINCT FROM NEW.parent_id "
                 "OR OLD.path IS DISTINCT FROM NEW.path OR OLD.sort IS DISTINCT FROM NEW.sort")


def _unit_tree_up(connection) -> list[str]:
    if connection.vendor == "postgresql":
        # ledger_token_all() is part 1's: UPDATE every inspection (whose own trigger writes the new token).
        return ["DROP TRIGGER IF EXISTS ledger_token_unit_rows ON accounts_unit;",
                """CREATE TRIGGER ledger_token_unit_rows AFTER INSERT OR DELETE ON accounts_unit
                   FOR EACH STATEMENT EXECUTE FUNCTION ledger_token_all();""",
                "DROP TRIGGER IF EXISTS ledger_token_unit_tree ON accounts_unit;",
                f"""CREATE TRIGGER ledger_token_unit_tree AFTER UPDATE ON accounts_unit
                   FOR EACH ROW WHEN ({_UNIT_CHANGED}) EXECUTE FUNCTION ledger_token_all();"""]
    rotate = f"UPDATE ledger_inspection SET ledger_token = {SQLITE_TOKEN};"
    return [f"CREATE TRIGGER IF NOT EXISTS ledger_token_unit_insert AFTER INSERT ON accounts_unit BEGIN {rotate} END;",
            f"CREATE TRIGGER IF NOT EXISTS ledger_token_unit_delete AFTER DELETE ON accounts_unit BEGIN {rotate} END;",
            f"""CREATE TRIGGER IF NOT EXISTS ledger_token_unit_tree AFTER UPDATE ON accounts_unit
                WHEN {_UNIT_CHANGED.replace('IS DISTINCT FROM', 'IS NOT')} BEGIN {rotate} END;"""]


def _unit_tree_down(connection) -> list[str]:
    if connection.vendor == "postgresql":
        return ["DROP TRIGGER IF EXISTS ledger_token_unit_rows ON accounts_unit;",
                "DROP TRIGGER IF EXISTS ledger_token_unit_tree ON accounts_unit;"]
    return ["DROP TRIGGER IF EXISTS ledger_token_unit_insert;", "DROP TRIGGER IF EXISTS ledger_token_unit_delete;",
            "DROP TRIGGER IF EXISTS ledger_token_unit_tree;"]


def install_page_sources(connection) -> None:
    _execute(connection, _sources_up(connection, PAGE_SOURCES) + _unit_tree_up(connection))


def uninstall_page_sources(connection) -> None:
    _execute(connection, _sources_down(connection, PAGE_SOURCES) + _unit_tree_down(connection))
