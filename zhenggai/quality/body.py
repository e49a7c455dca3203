"""Every problem of one body (a root unit and the units under it, all rounds), read once and indexed.

Recurrence (问题反复) and 举一反三 compare an inspection's problems with the rest of its body. A body inspected
for years holds hundreds of thousands of problems: reading them for every inspection, or comparing every pair,
does not scale. `BodyProblems` reads them in two queries, keeps each statement's bigrams and an inverted index
(bigram → problems), and is shared by every inspection a full re-scan visits in that body.

Statements are compared as their bigram sets ("signatures"): problems worded alike share one, which is scored
once. Candidates are gathered from the rarest bigrams of a signature first and stop after `VISITED`
signatures: in a ledger of ordinary size every posting is short and the search is exact; where some bigrams
sit in thousands of statements (a generated ledger, a body that reuses one phrasing for years) the rare
bigrams still name the closest problems and the cost per problem stays bounded. Each candidate is then scored
exactly (Dice, `recurrence.similarity`).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Count, Q

from zhenggai.ledger.models import FollowUpOutcome, Inspection, Problem
from zhenggai.ledger.workflow import MeasureState
from zhenggai.quality.signals import recurrence

VISITED = 1000     # signatures scored per signature, and problems looked at per problem, at most


def body_root(inspection: Inspection) -> str:
    return "/" + inspection.inspected_unit.path.strip("/").split("/")[0] + "/"


@dataclass
class BodyProblem:
    pk: int
    inspection_id: int
    inspected_unit_id: int
    seq: int
    feedback_date: dt.date
    grams: frozenset[str]
    closed: bool      # every measure signed off
    rebounded: bool   # a 回头看 found it back


Signature = frozenset  # a statement's bigrams


@dataclass
class BodyProblems:
    root: str
    problems: dict[int, BodyProblem] = field(default_factory=dict)
    # problems with this signature, by the unit their inspection inspected
    members: dict[Signature, dict[int, list[int]]] = field(default_factory=dict)
    index: dict[str, list[Signature]] = field(default_factory=lambda: defaultdict(list))
    inspection_names: dict[int, str] = field(default_factory=dict)
    _scored: dict[Signature, list[tuple[float, Signature]]] = field(default_factory=dict)
    _by_inspection: dict[int, list[BodyProblem]] | None = None

    @classmethod
    def load(cls, inspection: Inspection) -> BodyProblems:
        """The body of `inspection`: its unit's root and everything under it, not archived (this one always)."""
        root = body_root(inspection)
        body = cls(root=root)
        in_body = Q(inspection__inspected_unit__path__startswith=root, inspection__archived_at__isnull=True)
        rows = (Problem.objects.filter(in_body | Q(inspection=inspection))
                .annotate(open_measures=Count("measures", filter=~Q(measures__state=MeasureState.SIGNED_OFF)),
                          rebounds=Count("follow_ups", filter=Q(follow_ups__outcome=FollowUpOutcome.REBOUNDED)))
                .values_list("pk", "inspection_id", "inspection__inspected_unit_id", "seq", "statement",
                             "inspection__feedback_date", "open_measures", "rebounds").order_by())
        interned: dict[frozenset, frozenset] = {}
        for pk, inspection_id, unit_id, seq, statement, feedback, open_measures, rebounds in rows.iterator(chunk_size=5000):
            grams = frozenset(recurrence.bigrams(statement))
            grams = interned.setdefault(grams, grams)  # problems worded alike share one set (memory)
            body.problems[pk] = BodyProblem(pk, inspection_id, unit_id, seq, feedback, grams, open_measures == 0,
                                            rebounds > 0)
            if grams:
                if grams not in body.members:
                    body.members[grams] = defaultdict(list)
                    for gram in grams:
                        body.index[gram].append(grams)
                body.members[grams][unit_id].append(pk)
        body.inspection_names = dict(Inspection.all_objects.filter(
            pk__in={p.inspection_id for p in body.problems.values()}).values_list("pk", "name"))
        return body

    def of_inspection(self, inspection_id: int) -> list[BodyProblem]:
        if self._by_inspection is None:
            self._by_inspection = defaultdict(list)
            for p in self.problems.values():
                self._by_inspection[p.inspection_id].append(p)
            for problems in self._by_inspection.values():
                problems.sort(key=lambda p: p.seq)
        return self._by_inspection.get(inspection_id, [])

    def has_other_inspections(self, inspection_id: int) -> bool:
        return any(pk != inspection_id for pk in self.inspection_names)

    def _similar_signatures(self, mine: Signature) -> list[tuple[float, Signature]]:
        """Signatures at least SAME_PROBLEM_AT like `mine` (itself first), best first; computed once each."""
        if mine in self._scored:
            return self._scored[mine]
        seen: set[Signature] = set()
        for gram in sorted(mine, key=lambda g: len(self.index.get(g, ()))):
            seen.update(self.index.get(gram, ())[:VISITED - len(seen)])
            if len(seen) >= VISITED:
                break
        seen.add(mine)
        scored = []
        for other in seen:
            score = 2 * len(mine & other) / (len(mine) + len(other))
            if score >= recurrence.SAME_PROBLEM_AT:
                scored.append((score, other))
        scored.sort(key=lambda pair: -pair[0])
        self._scored[mine] = scored
        return scored

    def similar(self, problem: BodyProblem, keep: Callable[[BodyProblem], bool], *, limit: int = 5,
                unit_id: int | None = None) -> list[tuple[float, BodyProblem]]:
        """The `limit` problems most like `problem` (Dice of bigrams ≥ SAME_PROBLEM_AT) among those `keep` accepts
        (and, given `unit_id`, among the inspections of that unit only)."""
        if not problem.grams:
            return []
        found: list[tuple[float, BodyProblem]] = []
        looked = 0
        for score, signature in self._similar_signatures(problem.grams):
            by_unit = self.members[signature]
            for pks in ([by_unit.get(unit_id, ())] if unit_id is not None else by_unit.values()):
                for pk in pks:
                    looked += 1
                    if looked > VISITED:
                        return found
                    other = self.problems[pk]
                    if pk != problem.pk and keep(other):
                        found.append((score, other))
                        if len(found) >= limit:
                            return found
        return found
