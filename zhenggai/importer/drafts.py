"""An import's draft problems, one row each (``DraftProblem``), read and written a slice at a time.

The rest of the draft (``ImportJob.draft``: the document's facts, the inspection facts, the unit decisions,
the key counter) is small and stays one JSON value. Problems are not: a 200,000-row ledger is 200,000 of
them, and holding them as one JSON value meant decoding and re-encoding all of them for every page of the
preview and every edit. Here a page reads its 100 rows, an edit reads and writes the one or two rows it
touches, and the parse and the commit stream the rows in batches, so memory stays flat with the size.

Every save recomputes the row's derived columns (see the model), including its own issues, which depend
on the row and the import's mode only (not on the feedback date: see ``services._check_deadline``).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.db import transaction
from django.db.models import Count, F, Min, Q, Sum

from zhenggai.importer.models import DraftProblem, ImportJob, ImportMode

BATCH = 2000  # rows per INSERT/UPDATE batch and per read chunk


class DraftRowMissing(LookupError):
    """No problem (or measure) with that key: the page was one edit behind."""


IssuesFor = Callable[[dict, str, "dt.date | None"], list[dict]]


def _issues_for() -> IssuesFor:
    from zhenggai.importer.services import problem_issues  # services build on this module

    return problem_issues


class DraftStore:
    """The problems of one job's draft (of its current reading, or of the runner-up with ``alternative``)."""

    def __init__(self, job: ImportJob, *, alternative: bool = False) -> None:
        self.job = job
        self.alternative = alternative

    # context of the row checks
    @property
    def mode(self) -> str:
        return self.job.mode

    def feedback_date(self) -> dt.date | None:
        if self.job.mode == ImportMode.UPDATE:
            return self.job.inspection.feedback_date if self.job.inspection_id else None
        text = ((self.job.draft or {}).get("facts") or {}).get("feedback_date") or ""
        try:
            return dt.date.fromisoformat(text[:10]) if text else None
        except ValueError:
            return None

    @property
    def rows(self):
        # "alternative IN (…)", not "alternative = …": Django writes the latter as "NOT alternative", which SQLite
        # cannot match to the (job, alternative, order) index; it then sorted all of a 200,000-row draft for
        # every slice read in order (and read the file a hundred times over).
        return DraftProblem.objects.filter(job_id=self.job.pk, alternative__in=[self.alternative])

    # reading
    def count(self) -> int:
        return self.rows.count()

    def totals(self) -> dict[str, int]:
        """How many problems, measures and issues; how many problems name a deadline, a unit (one query)."""
        found = self.rows.aggregate(problems=Count("id"), measures=Sum("measure_count"), issues=Sum("issue_count"),
                                    with_deadline=Count("id", filter=Q(has_deadline=True)),
                                    with_units=Count("id", filter=Q(has_units=True)))
        return {k: v or 0 for k, v in found.items()}

    def page(self, start: int, stop: int) -> list[dict]:
        return [r.data for r in self.rows.order_by("order").only("data")[start:stop]]

    def page_with_issues(self, start: int, stop: int) -> list[tuple[dict, list[dict]]]:
        """The problems from place ``start`` to ``stop``, each with its own issues."""
        return list(self.rows.order_by("order").values_list("data", "issues")[start:stop])

    def get(self, key: str) -> dict:
        row = self.rows.filter(key=key).only("data").first()
        if row is None:
            raise DraftRowMissing(key)
        return row.data

    def owner_of(self, measure_key: str) -> dict:
        """The problem holding this measure."""
        row = self.rows.filter(measure_keys__contains=f" {measure_key} ").only("data").first()
        if row is None:
            raise DraftRowMissing(measure_key)
        return row.data

    def index_of(self, key: str) -> int:
        """The problem's place in the draft, from 0 (its item number on the page is this plus one)."""
        order = self.rows.filter(key=key).values_list("order", flat=True).first()
        if order is None:
            raise DraftRowMissing(key)
        return self.rows.filter(order__lt=order).count()

    def nth(self, index: int) -> dict | None:
        """The problem at this place (from 0), or None."""
        if index < 0:
            return None
        row = self.rows.order_by("order").only("data")[index:index + 1].first()
        return row.data if row else None

    def before(self, key: str) -> dict | None:
        order = self.rows.filter(key=key).values_list("order", flat=True).first()
        if order is None:
            raise DraftRowMissing(key)
        row = self.rows.filter(order__lt=order).order_by("-order").only("data").first()
        return row.data if row else None

    def iter(self, batch: int = BATCH) -> Iterator[dict]:
        """Every problem in order, ``batch`` rows read at a time."""
        last = None
        while True:
            qs = self.rows.order_by("order")
            if last is not None:
                qs = qs.filter(order__gt=last)
            chunk = list(qs.values_list("order", "data")[:batch])
            if not chunk:
                return
            last = chunk[-1][0]
            for _order, data in chunk:
                yield data
            if len(chunk) < batch:
                return

    def chunks(self, batch: int = BATCH) -> Iterator[list[dict]]:
        chunk: list[dict] = []
        for p in self.iter(batch):
            chunk.append(p)
            if len(chunk) >= batch:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def repeated_seqs(self) -> set[int]:
        """Seq numbers more than one problem carries (their labels add the item number)."""
        return set(self.rows.values("seq").annotate(n=Count("id")).filter(n__gt=1).values_list("seq", flat=True))

    def flags(self, totals: dict[str, int] | None = None) -> dict[str, bool]:
        """Bulletins name no deadlines or units: the preview drops those columns rather than show blanks."""
        totals = totals or self.totals()
        return {"show_deadlines": totals["with_deadline"] > 0, "show_units": totals["with_units"] > 0}

    def unit_used(self, name: str) -> bool:
        return self.rows.filter(unit_names__contains=f"\n{name}\n").exists()

    def categories(self) -> list[str]:
        """Category names in the order they first appear."""
        return list(self.rows.values("category").annotate(first=Min("order")).order_by("first")
                    .values_list("category", flat=True))

    def positions(self) -> Iterator[tuple[int, str]]:
        """(position, key) of every problem with a position, by position."""
        return self.rows.filter(position__isnull=False).order_by("position", "order").values_list(
            "position", "key").iterator(chunk_size=BATCH)

    def issue_rows(self, limit: int) -> list[tuple[int, dict, list[dict]]]:
        """The first ``limit`` problems with issues of their own: (their place from 0, problem, issues).
        Each place is a count over the (job, reading, order) index, for these few rows only."""
        from django.db.models import IntegerField, OuterRef, Subquery

        before = (self.rows.filter(order__lt=OuterRef("order")).order_by().values("job_id")
                  .annotate(n=Count("id")).values("n"))
        found = (self.rows.filter(issue_count__gt=0).order_by("order")
                 .annotate(place=Subquery(before, output_field=IntegerField()))
                 .values_list("place", "data", "issues")[:limit])
        return [(place or 0, data, issues) for place, data, issues in found]

    # writing
    def _row(self, p: dict, order: int) -> DraftProblem:
        row = DraftProblem(job_id=self.job.pk, alternative=self.alternative, order=order, key=p["key"], data=p)
        self._derive(row, p)
        return row

    def _derive(self, row: DraftProblem, p: dict, issues_for: IssuesFor | None = None,
                feedback: dt.date | None | bool = False) -> None:
        derived = _derived(p, (issues_for or _issues_for())(
            p, self.mode, self.feedback_date() if feedback is False else feedback))
        for name, value in zip(_DERIVED, derived):
            setattr(row, name, value)

    def save(self, p: dict) -> None:
        row = self.rows.filter(key=p["key"]).first()
        if row is None:
            raise DraftRowMissing(p["key"])
        row.data = p
        self._derive(row, p)
        row.save()

    def delete(self, key: str) -> None:
        self.rows.filter(key=key).delete()

    def insert_after(self, key: str, p: dict) -> None:
        order = self.rows.filter(key=key).values_list("order", flat=True).first()
        if order is None:
            raise DraftRowMissing(key)
        # Make room: every later problem moves down one place (orders need not be contiguous, only increasing).
        self.rows.filter(order__gt=order).update(order=F("order") + 1)
        self._row(p, order + 1).save()

    def append(self, problems: Iterable[dict], *, start: int = 0) -> int:
        """Write problems in batches, each batch in its own short transaction (SQLite holds one writer at a
        time: a 200,000-row draft must not keep everyone else waiting). Returns how many were written.

        The rows go in as plain INSERTs of tuples (``_RowWriter``): a model instance per row, and Django
        preparing each of its fields, cost more than everything else a row needs."""
        issues_for, feedback, mode = _issues_for(), self.feedback_date(), self.mode
        writer = _RowWriter()
        job_id, alternative = self.job.pk, self.alternative
        order = start
        batch: list[tuple] = []
        for p in problems:
            issues = issues_for(p, mode, feedback)
            batch.append((job_id, alternative, order, p["key"], *_derived(p, issues), writer.json(p)))
            order += 1
            if len(batch) >= BATCH:
                writer.insert(batch)
                batch = []
        if batch:
            writer.insert(batch)
        return order - start

    def recheck_all(self) -> None:
        """Recompute the issues of every row with a deadline (the feedback date, which deadlines are read
        against, changed); write only those that changed, as plain UPDATEs (Django's bulk_update writes one
        CASE expression per batch, which cost minutes for a 200,000-row draft)."""
        issues_for, feedback = _issues_for(), self.feedback_date()
        writer = _RowWriter()
        last = None
        while True:
            qs = self.rows.order_by("order")
            if last is not None:
                qs = qs.filter(order__gt=last)
            chunk = list(qs.filter(has_deadline=True).values_list("id", "order", "data", "issues")[:BATCH])
            if not chunk:
                return
            last = chunk[-1][1]
            changed = []
            for pk, _order, data, old in chunk:
                issues = issues_for(data, self.mode, feedback)
                if issues != old:
                    changed.append((writer.json(issues), len(issues), pk))
            if changed:
                writer.update_issues(changed)

    def swap_readings(self) -> None:
        """The current reading's problems become the runner-up's, and the other way round."""
        both = DraftProblem.objects.filter(job_id=self.job.pk)
        both.filter(alternative=True).update(order=F("order") + 10_000_000)  # a marker, undone just below
        both.filter(alternative=False).update(alternative=True)
        both.filter(order__gte=10_000_000).update(alternative=False, order=F("order") - 10_000_000)


# The columns derived from a problem (see the model), in the order ``_derived`` gives them.
_DERIVED = ("seq", "category", "position", "measure_count", "measure_keys", "unit_names", "has_deadline", "has_units",
            "issue_count", "issues")


def _derived(p: dict, issues: list[dict]) -> tuple:
    measures = p["measures"]
    names = dict.fromkeys(p["units"])
    has_deadline = bool(p["deadline"])
    for m in measures:
        if m["units"]:
            names.update(dict.fromkeys(m["units"]))
        if m["deadline"]:
            has_deadline = True
    seq, position = p.get("seq"), p.get("position")
    return (seq if isinstance(seq, int) else None, p.get("category") or "",
            position if isinstance(position, int) else None, len(measures),
            " " + " ".join(m["key"] for m in measures) + " ", "\n" + "\n".join(names) + "\n" if names else "",
            has_deadline, bool(names), len(issues), issues)


class _RowWriter:
    """INSERTs draft rows given as tuples: (job, alternative, order, key, *_DERIVED, data)."""

    FIELDS = ("job", "alternative", "order", "key", *_DERIVED, "data")

    def __init__(self) -> None:
        from django.db import connections, router

        self.connection = connections[router.db_for_write(DraftProblem)]
        meta = DraftProblem._meta
        qn = self.connection.ops.quote_name
        columns = [meta.get_field(name).column for name in self.FIELDS]
        self.sql = (f"INSERT INTO {qn(meta.db_table)} ({', '.join(qn(c) for c in columns)}) "
                    f"VALUES ({', '.join(['%s'] * len(columns))})")
        self._json_field = meta.get_field("data")
        self._issues_at = self.FIELDS.index("issues")

    def json(self, value: Any) -> Any:
        """A value for a JSON column, as this database takes it."""
        return self._json_field.get_db_prep_save(value, self.connection)

    def update_issues(self, rows: list[tuple]) -> None:
        """(issues, issue_count, id) of each row to change."""
        meta = DraftProblem._meta
        qn = self.connection.ops.quote_name
        sql = (f"UPDATE {qn(meta.db_table)} SET {qn(meta.get_field('issues').column)} = %s, "
               f"{qn(meta.get_field('issue_count').column)} = %s WHERE {qn(meta.pk.column)} = %s")
        with transaction.atomic(using=self.connection.alias), self.connection.cursor() as cursor:
            cursor.executemany(sql, rows)

    def insert(self, rows: list[tuple]) -> None:
        at = self._issues_at
        no_issues = self.json([])
        rows = [(*r[:at], self.json(r[at]) if r[at] else no_issues, *r[at + 1:]) for r in rows]
        with transaction.atomic(using=self.connection.alias), self.connection.cursor() as cursor:
            cursor.executemany(self.sql, rows)


def draft_problems(job: ImportJob) -> list[dict]:
    """Every problem of the job's draft, in order (tests and small drafts; pages use ``DraftStore.page``)."""
    return list(DraftStore(job).iter())
