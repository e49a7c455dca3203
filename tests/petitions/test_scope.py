from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from zhenggai.accounts.scope import inspections_for_user
from zhenggai.petitions.selectors import cases_for_user, get_case_for_user


def test_it_returns_the_case_to_the_office_leader_observer_and_its_unit(world, petitions):
    for name in ("office", "leader", "observer", "unit", "admin"):
        assert get_case_for_user(world.persona(name), petitions.case.pk) == petitions.case


@pytest.mark.parametrize("name", ["outsider", "other_unit"])
def test_it_answers_404_outside_the_scope(world, petitions, name):
    with pytest.raises(Http404):
        get_case_for_user(world.persona(name), petitions.case.pk)


def test_it_answers_403_to_a_role_too_low_for_the_step(world, petitions):
    with pytest.raises(PermissionDenied):
        get_case_for_user(world.unit, petitions.case.pk, roles=("office",))
    assert get_case_for_user(world.office, petitions.case.pk, roles=("office",)) == petitions.case


def test_a_co_unit_sees_the_case_it_helps_with(world, petitions):
    petitions.case.co_units.add(world.approvals)
    assert set(cases_for_user(world.other_unit, petitions.inspection)) == {petitions.case, petitions.case2}


def test_a_unit_that_answers_only_for_petition_cases_sees_the_inspection(world, petitions):
    assert petitions.inspection in inspections_for_user(world.unit)
    assert petitions.inspection not in inspections_for_user(world.outsider)


def test_a_malformed_id_is_a_404_not_an_error(world, petitions):
    with pytest.raises(Http404):
        get_case_for_user(world.office, "abc")
