"""A province-sized ledger for load tests (`zhenggai loadgen --measures N [--bodies B]`).

The shape follows a real 整改办's: bodies (root units) with their divisions, inspections of them, 5 categories
an inspection, problems with 3–5 measures each, two progress updates a measure on average, sign-off requests
through review and approval (some sent back first), extension requests, 回头看 follow-ups of closed problems and
the audit events all that leaves, on one valid hash chain.

Speed: rows are written with ids assigned here (so no row is read back), by COPY on PostgreSQL and by
`executemany` on SQLite, in batches; the audit events are spilled to one file per month while the ledger is
written, then each month is sorted, chained and written in one pass. Run it on an idle (scratch) database:
it assumes no one else inserts rows while it runs.

Every account it creates has the password `LOADGEN_PASSWORD`; `loadgen_office` (整改办), `loadgen_leader`
(领导) and `loadgen_unit` (a unit clerk) are the first body's.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import marshal
import random
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth.hashers import make_password
from django.db import connection, models, transaction
from django.utils import timezone

from zhenggai.accounts.models import Role, Unit, User
from zhenggai.audit.models import GENESIS_HASH, AuditEvent
from zhenggai.ledger.models import (
    Category,
    ExtensionRequest,
    FollowUp,
    Inspection,
    Measure,
    Problem,
    ProgressUpdate,
    Rule,
    SignOffRequest,
)

LOADGEN_PASSWORD = "Loadgen-2026!"
UNITS_PER_BODY = 55
MEASURES_PER_INSPECTION = 500
CATEGORIES = ["贯彻落实党中央决策部署方面", "全面从严治党主体责任方面", "选人用人和干部队伍建设方面",
              "落实中央八项规定精神方面", "巡察整改和制度执行方面"]
DIVISIONS = ["办公室", "组织人事处", "计划财务处", "政策法规处", "执法支队", "行政审批处", "机关党委", "监测中心",
             "信息中心", "宣传教育处", "安全生产处", "规划处", "科技处", "后勤服务中心", "档案馆"]
TOPICS = ["公务用车管理", "办公用房清理", "政府采购程序", "财务报销审核", "干部选拔任用", "基层党组织建设",
          "意识形态工作", "项目审批监管", "执法案卷管理", "河长制落实", "扬尘污染治理", "固体废物处置",
          "专项资金使用", "合同管理", "档案管理", "信访积案化解", "安全生产检查", "招投标监督", "国有资产登记",
          "培训经费管理", "会议费报销", "公务接待", "临时用工管理", "数据安全保护"]
FLAWS = ["制度执行不够严格", "监督检查不到位", "存在“重部署、轻落实”现象", "台账记录不完整", "审批程序不规范",
         "整改责任压得不实", "长效机制不健全", "问题底数不清", "工作推进缓慢", "内部控制存在漏洞"]
ACTIONS = ["修订完善相关制度", "开展专项检查", "组织集中学习", "建立工作台账", "逐项对账销号", "约谈相关责任人",
           "开展回头看", "健全长效机制", "加强日常监督", "组织业务培训"]
ORDINALS = "一二三四五"


@dataclass
class Table:
    """One table written row by row: the columns given, then every other column at its default."""

    model: type[models.Model]
    columns: list[str]
    next_id: int = 0
    rows: list[tuple] = field(default_factory=list)
    written: int = 0

    def __post_init__(self) -> None:
        opts = self.model._meta
        given = set(self.columns)
        self.rest = [f for f in opts.concrete_fields if f.attname not in given and not f.primary_key]
        self.defaults = tuple(f.get_default() for f in self.rest)
        self.db_columns = ["id", *(opts.get_field(c).column for c in self.columns), *(f.column for f in self.rest)]
        self.next_id = (self.model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1

    def add(self, *values) -> int:
        pk = self.next_id
        self.next_id += 1
        self.rows.append((pk, *values, *self.defaults))
        if len(self.rows) >= 20_000:
            self.flush()
        return pk

    def flush(self) -> None:
        if self.rows:
            write_rows(self.model._meta.db_table, self.db_columns, self.rows)
            self.written += len(self.rows)
            self.rows = []


def _sqlite_value(value):
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_rows(table: str, columns: Sequence[str], rows: Iterable[tuple]) -> None:
    """COPY on PostgreSQL, executemany elsewhere."""
    quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {connection.ops.quote_name(table)} ({quoted}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
                                    for v in row])
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {connection.ops.quote_name(table)} ({quoted}) VALUES ({marks})",
                               [tuple(_sqlite_value(v) for v in row) for row in rows])


class BulkLoad:
    """On PostgreSQL, for the length of the load: secondary indexes dropped (rebuilt once at the end, in bulk,
    which is several times faster than maintaining them row by row through millions of COPY rows), and the
    session in `replica` mode, so neither foreign-key checks nor the ledger-token triggers run per statement.

    What that gives up is checked otherwise: every id written is one this module assigned from rows it wrote
    itself, the inspections are new (their `ledger_token` is a fresh random value, so no cached figure can be
    mistaken for theirs), and the audit chain is computed here in one pass and checked by `audit_verify_chain`
    like any other. The audit log's append-only triggers guard UPDATE, DELETE and TRUNCATE, none of which a load
    issues. Elsewhere (SQLite) this does nothing.
    """

    INDEXES_SQL = """SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                     WHERE x.indrelid = %s::regclass AND NOT x.indisprimary
                     AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"""

    def __init__(self, tables: Iterable[str], progress: Callable[[str], None]) -> None:
        self.tables = list(tables)
        self.progress = progress
        self.indexes: list[tuple[str, str]] = []

    def __enter__(self) -> BulkLoad:
        if connection.vendor != "postgresql":
            return self
        with connection.cursor() as cursor:
            for table in self.tables:
                cursor.execute(self.INDEXES_SQL, [table])
                self.indexes += cursor.fetchall()
            for name, _ in self.indexes:
                cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
            cursor.execute("SET LOCAL session_replication_role = replica")
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if connection.vendor != "postgresql" or exc_type is not None:
            return  # the transaction rolls back, and the DROP INDEX with it
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL session_replication_role = origin")
            # Foreign-key checks still queued in this transaction (a unit made through the ORM turns every
            # inspection's token: an UPDATE of rows an earlier load in the same transaction wrote) are run now:
            # PostgreSQL refuses CREATE INDEX on a table with pending trigger events.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for _, definition in self.indexes:
                cursor.execute(definition)
        self.progress(f"  {len(self.indexes)} indexes rebuilt in {time.perf_counter() - started:.0f}s")


def reset_sequences(model_list: Iterable[type[models.Model]]) -> None:
    if connection.vendor != "postgresql":
        return  # SQLite's AUTOINCREMENT follows the largest id written
    with connection.cursor() as cursor:
        for model in model_list:
            table = model._meta.db_table
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                           f"COALESCE((SELECT MAX(id) FROM {table}), 1))")


class AuditSpill:
    """Audit events as they happen, one file per month; `write()` sorts each month and chains it."""

    ACTOR_FIELDS = ("actor_name", "actor_role")

    def __init__(self, tmp: Path, actors: dict[int, tuple[str, str]]) -> None:
        self.tmp = tmp
        self.files: dict[tuple[int, int], object] = {}
        self.actors = actors
        self.count = 0

    def add(self, when: dt.datetime, actor_id: int, action: str, object_type: str, object_id: int,
            inspection_id: int, measure_id: int | None, before, after, note: str = "") -> None:
        key = (when.year, when.month)
        fh = self.files.get(key)
        if fh is None:
            fh = self.files[key] = open(self.tmp / f"audit-{key[0]}-{key[1]:02d}.bin", "wb")  # noqa: SIM115
        marshal.dump((when.timestamp(), actor_id, action, object_type, str(object_id), inspection_id, measure_id,
                      before, after, note), fh)
        self.count += 1

    def write(self, progress: Callable[[str], None]) -> int:
        last = AuditEvent.objects.order_by("-id").values_list("hash", flat=True).first()
        previous = last or GENESIS_HASH
        next_id = (AuditEvent.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
        columns = ["id", "created_at", "actor_id", "actor_name", "actor_role", "ip", "action", "object_type",
                   "object_id", "inspection_id", "measure_id", "before", "after", "outcome", "note", "prev_hash",
                   "hash"]
        dumps, sha256, utc = json.dumps, hashlib.sha256, dt.timezone.utc
        written = 0
        for key in sorted(self.files):
            self.files[key].close()
            records = []
            with open(self.tmp / f"audit-{key[0]}-{key[1]:02d}.bin", "rb") as fh:
                while True:
                    try:
                        records.append(marshal.load(fh))
                    except EOFError:
                        break
            records.sort(key=lambda r: r[0])
            rows = []
            for ts, actor_id, action, object_type, object_id, inspection_id, measure_id, before, after, note in records:
                created_at = dt.datetime.fromtimestamp(ts, utc)
                name, role = self.actors[actor_id]
                # Exactly AuditEvent.canonical(): the verifier recomputes it from the stored row.
                canonical = dumps({"created_at": created_at.isoformat(), "actor": actor_id, "actor_name": name,
                                   "actor_role": role, "ip": None, "action": action, "object_type": object_type,
                                   "object_id": object_id, "inspection_id": inspection_id, "measure_id": measure_id,
                                   "before": before, "after": after, "outcome": "success", "note": note},
                                  ensure_ascii=False, sort_keys=True, separators=(",", ":"))
                digest = sha256((previous + canonical).encode("utf-8")).hexdigest()
                rows.append((next_id, created_at, actor_id, name, role, None, action, object_type, object_id,
                             inspection_id, measure_id, before, after, "success", note, previous, digest))
                previous = digest
                next_id += 1
                if len(rows) >= 20_000:
                    write_rows(AuditEvent._meta.db_table, columns, rows)
                    written += len(rows)
                    rows = []
            write_rows(AuditEvent._meta.db_table, columns, rows)
            written += len(rows)
            progress(f"  audit {key[0]}-{key[1]:02d}: {written} events")
        return written


def _ts(day: dt.date, rng: random.Random) -> dt.datetime:
    """A moment in office hours (Beijing time) on `day`."""
    tz = timezone.get_default_timezone()
    moment = dt.datetime(day.year, day.month, day.day, 8, 30, tzinfo=tz)
    return moment + dt.timedelta(seconds=rng.randrange(9 * 3600), microseconds=rng.randrange(1_000_000))


def generate(*, measures: int, bodies: int = 1, seed: int = 2026, today: dt.date | None = None,
             inspections: int | None = None, progress: Callable[[str], None] = print) -> dict[str, int]:
    """Write the ledger; return the rows written per table."""
    rng = random.Random(seed)
    today = today or timezone.localdate()
    started = time.perf_counter()
    n_inspections = inspections or max(1, min(500, measures // MEASURES_PER_INSPECTION))
    password = make_password(LOADGEN_PASSWORD)

    # --- units and accounts: a few hundred rows, through the ORM ------------------------------------------
    suffix = Unit.objects.filter(name__startswith="压测单位").count()
    bodies_units: list[tuple[Unit, list[Unit]]] = []
    users: list[User] = []
    with transaction.atomic():
        for b in range(bodies):
            root = Unit.objects.create(name=f"压测单位{suffix + b + 1}（省直机关）")
            children = [Unit.objects.create(name=f"{DIVISIONS[i % len(DIVISIONS)]}{i // len(DIVISIONS) + 1}",
                                            parent=root) for i in range(UNITS_PER_BODY)]
            bodies_units.append((root, children))
            # The first body's accounts are loadgen_office, loadgen_unit, loadgen_unit_1, …; a later body's carry
            # _b<n> (not _<n>, which the first body's unit clerks already use).
            tag = "" if suffix + b == 0 else f"_b{suffix + b + 1}"
            users += [User(username=f"loadgen_office{tag}", full_name=f"整改办{b + 1}", role=Role.OFFICE, unit=root,
                           password=password),
                      User(username=f"loadgen_leader{tag}", full_name=f"领导{b + 1}", role=Role.LEADER, unit=root,
                           password=password)]
            users += [User(username=f"loadgen_unit{tag}" if i == 0 else f"loadgen_unit{tag}_{i}",
                           full_name=f"填报员{b + 1}-{i + 1}", role=Role.UNIT, unit=u, password=password)
                      for i, u in enumerate(children)]
        User.objects.bulk_create(users)
    users = list(User.objects.filter(username__startswith="loadgen_").select_related("unit"))
    actors = {u.pk: (u.display_name, u.role) for u in users}
    by_unit = {u.unit_id: u for u in users if u.role == Role.UNIT}
    office = {u.unit_id: u for u in users if u.role == Role.OFFICE}
    leader = {u.unit_id: u for u in users if u.role == Role.LEADER}

    tables = {
        "inspection": Table(Inspection, ["kind", "name", "inspector", "inspected_unit_id", "period_start",
                                         "period_end", "feedback_date", "cadence", "cadence_day", "is_public",
                                         "created_at"]),
        "category": Table(Category, ["inspection_id", "seq", "name"]),
        "problem": Table(Problem, ["inspection_id", "category_id", "seq", "statement", "target", "lead_leader",
                                   "lead_unit_id", "deadline_kind", "deadline_date", "created_at"]),
        "measure": Table(Measure, ["problem_id", "seq", "text", "lead_unit_id", "responsible_person", "state",
                                   "progress", "completion_date", "completion_note", "last_reported_on",
                                   "created_on", "signed_off_at", "deadline_kind", "deadline_date"]),
        "measure_co": Table(Measure.co_units.through, ["measure_id", "unit_id"]),
        "problem_co": Table(Problem.co_units.through, ["problem_id", "unit_id"]),
        "update": Table(ProgressUpdate, ["measure_id", "author_id", "unit_id", "reported_on", "text", "progress",
                                         "created_at"]),
        "sign_off": Table(SignOffRequest, ["measure_id", "state", "requested_by_id", "requested_at",
                                           "completion_date", "completion_note", "reviewed_by_id", "reviewed_at",
                                           "review_note", "approved_by_id", "approved_at", "approval_note",
                                           "send_back_reason"]),
        "extension": Table(ExtensionRequest, ["measure_id", "state", "requested_by_id", "requested_at",
                                              "old_deadline_kind", "old_deadline_date", "new_date", "reason",
                                              "decided_by_id", "decided_at", "decision_note"]),
        "follow_up": Table(FollowUp, ["problem_id", "checked_on", "outcome", "note", "checked_by_id", "created_at"]),
        "rule": Table(Rule, ["inspection_id", "title", "doc_number", "issued_on", "issuing_unit_id", "created_at"]),
    }
    T = tables
    tmp_dir = tempfile.TemporaryDirectory(prefix="zg-loadgen-")
    audit = AuditSpill(Path(tmp_dir.name), actors)
    made = 0
    with transaction.atomic(), BulkLoad([t.model._meta.db_table for t in T.values()] + [AuditEvent._meta.db_table],
                                        progress):
        for i in range(n_inspections):
            root, children = bodies_units[i % bodies]
            clerk_office, clerk_leader = office[root.pk], leader[root.pk]
            share = measures // n_inspections + (1 if i < measures % n_inspections else 0)
            # Feedback between two years and a month ago: old inspections are mostly closed, new ones open.
            feedback = today - dt.timedelta(days=rng.randrange(30, 730))
            age = (today - feedback).days
            kind = rng.choice(["xunshi", "xuncha", "xuncha", "ducha", "audit"])
            insp = T["inspection"].add(
                kind, f"{feedback.year}年第{i + 1}轮巡察反馈意见整改（{root.name}）", f"第{i % 12 + 1}巡察组",
                rng.choice([root, *children]).pk, feedback - dt.timedelta(days=60), feedback - dt.timedelta(days=20),
                feedback, rng.choice(["monthly", "monthly", "biweekly", "weekly"]), rng.choice([1, 5, 25]),
                i % 4 == 0, _ts(feedback, rng))
            audit.add(_ts(feedback + dt.timedelta(days=5), rng), clerk_office.pk, "import.commit", "inspection",
                      insp, insp, None, None, {"problems": share // 4, "measures": share})
            cats = [T["category"].add(insp, c + 1, name) for c, name in enumerate(CATEGORIES)]
            for r in range(max(1, share // 100)):
                T["rule"].add(insp, f"关于{rng.choice(TOPICS)}的管理办法（试行）", f"压测发〔{feedback.year}〕{r + 1}号",
                              feedback + dt.timedelta(days=rng.randrange(10, max(11, age))),
                              rng.choice(children).pk, _ts(feedback, rng))
            seq = 0
            left = share
            while left > 0:
                seq += 1
                n_measures = min(left, rng.choice([3, 4, 4, 5]))
                left -= n_measures
                topic, flaw = rng.choice(TOPICS), rng.choice(FLAWS)
                p_unit = rng.choice(children)
                p_deadline = feedback + dt.timedelta(days=rng.choice([90, 180, 180, 270, 365]))
                problem = T["problem"].add(
                    insp, cats[seq % len(cats)], seq, f"{topic}方面{flaw}，{rng.choice(FLAWS)}。（第{seq}项）",
                    f"{topic}规范有序，{rng.choice(ACTIONS)}", "分管副局长", p_unit.pk, "date", p_deadline,
                    _ts(feedback, rng))
                if seq % 9 == 0:
                    T["problem_co"].add(problem, rng.choice(children).pk)
                closed_all = True
                last_sign_off = None
                for m in range(n_measures):
                    made += 1
                    unit = p_unit if m == 0 else rng.choice(children)
                    clerk = by_unit[unit.pk]
                    created_on = feedback + dt.timedelta(days=7)
                    roll = rng.random()
                    if roll < 0.08:
                        d_kind, deadline = "long_term", None
                    elif roll < 0.12:
                        d_kind, deadline = "immediate", feedback + dt.timedelta(days=15)
                    elif roll < 0.14:
                        d_kind, deadline = "immediate_long_term", feedback + dt.timedelta(days=15)
                    else:
                        d_kind, deadline = "date", feedback + dt.timedelta(days=rng.choice([60, 90, 180, 270, 365, 540]))
                    due = deadline or today
                    # The older the deadline, the likelier the measure went through sign-off.
                    p_close = 0.85 if due < today - dt.timedelta(days=60) else 0.5 if due < today else 0.2
                    if d_kind == "long_term":
                        p_close = 0.1
                    fate = rng.random()
                    state = ("signed_off" if fate < p_close else "reviewed" if fate < p_close + 0.03 else
                             "requested" if fate < p_close + 0.08 else "returned" if fate < p_close + 0.11 else
                             "in_progress")
                    # Progress updates: 0–4, on dates between set-up and today (or the request).
                    horizon = min(today, due if state == "in_progress" else today)
                    span = max(1, (horizon - created_on).days)
                    n_updates = rng.choice([0, 1, 2, 2, 3, 4])
                    dates = sorted(created_on + dt.timedelta(days=rng.randrange(span)) for _ in range(n_updates))
                    pct = 0
                    updates = []
                    for k, day in enumerate(dates):
                        pct = min(95, pct + rng.randrange(10, 40))
                        updates.append((day, pct, f"{ORDINALS[k % 5]}、已{rng.choice(ACTIONS)}，{topic}工作取得阶段性进展。"))
                    closing = state != "in_progress"
                    request_day = (dates[-1] if dates else created_on) + dt.timedelta(days=rng.randrange(1, 20))
                    request_day = min(request_day, today - dt.timedelta(days=3))
                    signed_at = None
                    note = f"已{rng.choice(ACTIONS)}，{topic}问题整改到位。" if closing else ""
                    if state == "signed_off":
                        signed_at = _ts(request_day + dt.timedelta(days=2), rng)
                    measure = T["measure"].add(
                        problem, m + 1,
                        f"{ORDINALS[m]}是{rng.choice(ACTIONS)}，针对{topic}{rng.choice(FLAWS)}的问题，{rng.choice(ACTIONS)}。",
                        unit.pk, f"责任人{rng.randrange(200)}", state, 100 if state == "signed_off" else pct,
                        request_day if closing else None, note, dates[-1] if dates else None, created_on, signed_at,
                        d_kind, deadline)
                    if made % 7 == 0:
                        T["measure_co"].add(measure, rng.choice(children).pk)
                    previous = (0, None)
                    for day, pct_k, text in updates:
                        when = _ts(day, rng)
                        upd = T["update"].add(measure, clerk.pk, unit.pk, day, text, pct_k, when)
                        audit.add(when, clerk.pk, "measure.progress", "progressupdate", upd, insp, measure,
                                  {"progress": previous[0], "last_reported_on": previous[1]},
                                  {"progress": pct_k, "last_reported_on": day.isoformat(), "text": text, "files": 0})
                        previous = (pct_k, day.isoformat())
                    if state != "signed_off":
                        closed_all = False
                    if closing:
                        _sign_off_history(T, audit, rng, state=state, measure=measure, insp=insp, clerk=clerk,
                                          office=clerk_office, leader=clerk_leader, day=request_day, note=note,
                                          signed_at=signed_at)
                        last_sign_off = max(filter(None, [last_sign_off, signed_at]), default=None)
                    if rng.random() < 0.03 and deadline is not None:
                        _extension(T, audit, rng, measure=measure, insp=insp, clerk=clerk, leader=clerk_leader,
                                   kind=d_kind, deadline=deadline, today=today, open_=state != "signed_off")
                if closed_all and last_sign_off and rng.random() < 0.3:
                    checked = last_sign_off.date() + dt.timedelta(days=90)
                    if checked < today:
                        outcome = "holds" if rng.random() < 0.9 else "rebounded"
                        fu = T["follow_up"].add(problem, checked, outcome, f"回头看：{topic}整改成效巩固情况。",
                                                clerk_office.pk, _ts(checked, rng))
                        audit.add(_ts(checked, rng), clerk_office.pk, "follow_up.record", "followup", fu, insp, None,
                                  None, {"outcome": outcome, "note": f"回头看：{topic}整改成效巩固情况。"})
            if (i + 1) % max(1, n_inspections // 10) == 0:
                progress(f"  {i + 1}/{n_inspections} inspections, {made} measures, "
                         f"{time.perf_counter() - started:.0f}s")
        for table in T.values():
            table.flush()
        progress(f"  ledger written in {time.perf_counter() - started:.0f}s; chaining {audit.count} audit events")
        events = audit.write(progress)
        progress(f"  audit written at {time.perf_counter() - started:.0f}s")
        reset_sequences([t.model for t in T.values()] + [AuditEvent])
    tmp_dir.cleanup()
    # Statistics for the planner: without them SQLite picks the state index over a unit's own rows. On PostgreSQL
    # VACUUM as well: rows just COPYed have no visibility map, so an index-only scan (my work's covering index)
    # would still visit the heap for every row until autovacuum got round to the table.
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and connection.get_autocommit():
            cursor.execute("VACUUM (ANALYZE)")
        else:
            cursor.execute("ANALYZE")
    counts = {name: table.written for name, table in T.items()}
    counts["audit"] = events
    progress(f"done in {time.perf_counter() - started:.0f}s")
    return counts


def _sign_off_history(T, audit: AuditSpill, rng: random.Random, *, state: str, measure: int, insp: int, clerk: User,
                      office: User, leader: User, day: dt.date, note: str, signed_at: dt.datetime | None) -> None:
    """The requests that took a measure to `state` (requested, reviewed, returned or signed_off)."""
    def event(when, actor, action, before, after, text=""):
        audit.add(when, actor.pk, f"measure.{action}", "measure", measure, insp, measure,
                  {"state": before}, after, text)

    first = _ts(day - dt.timedelta(days=15), rng)
    if state == "signed_off" and rng.random() < 0.15:
        # Sent back once (回炉返工) before it passed.
        back = first + dt.timedelta(days=2)
        T["sign_off"].add(measure, "sent_back", clerk.pk, first, day - dt.timedelta(days=15), note, office.pk, back,
                          "佐证材料不足", None, None, "", "佐证材料不足，请补充会议纪要")
        event(first, clerk, "request_sign_off", "in_progress", {"state": "requested", "completion_note": note})
        event(back, office, "review_send_back", "requested", {"state": "returned"}, "佐证材料不足，请补充会议纪要")
    requested = _ts(day, rng)
    if state == "returned":
        back = requested + dt.timedelta(days=1)
        T["sign_off"].add(measure, "sent_back", clerk.pk, requested, day, note, office.pk, back, "整改不到位",
                          None, None, "", "整改不到位，属表面整改")
        event(requested, clerk, "request_sign_off", "in_progress", {"state": "requested", "completion_note": note})
        event(back, office, "review_send_back", "requested", {"state": "returned"}, "整改不到位，属表面整改")
        return
    reviewed = requested + dt.timedelta(hours=20) if state in ("reviewed", "signed_off") else None
    approved = signed_at if state == "signed_off" else None
    so_state = {"requested": "pending_review", "reviewed": "pending_approval", "signed_off": "approved"}[state]
    T["sign_off"].add(measure, so_state, clerk.pk, requested, day, note, office.pk if reviewed else None, reviewed,
                      "同意" if reviewed else "", leader.pk if approved else None, approved, "同意销号" if approved else "",
                      "")
    event(requested, clerk, "request_sign_off", "in_progress", {"state": "requested", "completion_note": note})
    if reviewed:
        event(reviewed, office, "review_pass", "requested", {"state": "reviewed"}, "同意")
    if approved:
        event(approved, leader, "approve", "reviewed", {"state": "signed_off"}, "同意销号")


def _extension(T, audit: AuditSpill, rng: random.Random, *, measure: int, insp: int, clerk: User, leader: User,
               kind: str, deadline: dt.date, today: dt.date, open_: bool) -> None:
    asked = min(deadline - dt.timedelta(days=5), today - dt.timedelta(days=2))
    when = _ts(asked, rng)
    new_date = deadline + dt.timedelta(days=90)
    state = "pending" if open_ and rng.random() < 0.4 else rng.choice(["approved", "approved", "refused"])
    decided = when + dt.timedelta(days=3) if state != "pending" else None
    ext = T["extension"].add(measure, state, clerk.pk, when, kind, deadline, new_date, "涉及多部门协调，需延长整改时限",
                             leader.pk if decided else None, decided, "同意" if state == "approved" else
                             ("理由不充分" if state == "refused" else ""))
    audit.add(when, clerk.pk, "extension.request", "extensionrequest", ext, insp, measure, None,
              {"new_date": new_date.isoformat(), "reason": "涉及多部门协调，需延长整改时限"})
    if decided:
        audit.add(decided, leader.pk, f"extension.{'approve' if state == 'approved' else 'refuse'}",
                  "extensionrequest", ext, insp, measure, {"state": "pending"}, {"state": state},
                  "同意" if state == "approved" else "理由不充分")
