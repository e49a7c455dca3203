"""Every labelled document parses without an internal error, and every labelled set scores at least the figures
recorded for it (tests/importer/real/FLOORS.json, written by tests/importer/real/tools/floors.py).

Session 17: a merge of two parser rounds crashed on one labelled page (two helpers had given one regex name two
patterns); only the scoring script showed it. The floors make the suite say so, and hold every gain a round made.
The scorer is the shared one (../shared/tools/score_import.py); without it (a user's fresh clone) the floors are
skipped, the crash check is not."""
from __future__ import annotations

import json
from functools import cache

import pytest

from tests.importer import labelled_scores as ls

SETS = ls.set_dirs()
FLOORS = json.loads(ls.FLOORS.read_text(encoding="utf-8"))


@cache
def _predictions(name: str):
    """Each set parsed once for both tests below."""
    return ls.predictions(SETS[name])


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_document_of_the_labelled_set_parses_without_an_internal_error(name):
    _pairs, crashed = _predictions(name)
    assert crashed == []


@pytest.mark.skipif(not ls.SCORER.exists(), reason=f"the shared scorer is not at {ls.SCORER} (a fresh clone without ../shared)")
@pytest.mark.parametrize("name", sorted(SETS))
def test_the_labelled_set_scores_no_lower_than_its_recorded_floor(name):
    assert name in FLOORS, f"{name} has no floor: record it with tests/importer/real/tools/floors.py {name}"
    pairs, crashes = _predictions(name)
    assert crashes == []
    figures = ls.figures(pairs)
    lower = {key: (value, figures.get(key)) for key, value in FLOORS[name].items()
             if value is not None and (figures.get(key) is None or figures[key] < value - 1e-9)}
    assert lower == {}, f"{name}: (floor, now) {lower}"


def test_every_floor_belongs_to_a_labelled_set_here():
    missing = sorted(set(FLOORS) - set(SETS) - ({"seeds"} if not ls.SEEDS.is_dir() else set()))
    assert missing == []
