"""单位与用户: both lists page on their own and a search narrows them, so an office with hundreds of units can use it."""
from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import login, make_unit, make_user
from zhenggai.accounts.models import Role, User

pytestmark = pytest.mark.django_db


def _grow(world, units: int, users: int) -> None:
    parent = world.bureau
    for i in range(units):
        make_unit(f"测试科室{i:03d}", parent)
    User.objects.bulk_create([User(username=f"clerk{i:03d}", full_name=f"填报员{i:03d}", role=Role.UNIT,
                                   unit=world.enforcement) for i in range(users)])


def test_the_unit_and_user_lists_show_fifty_rows_a_page_each_with_their_own_pager(client, world):
    _grow(world, units=70, users=60)
    login(client, world.office)
    first = client.get(reverse("unit_list")).content.decode()
    assert first.count(">修改</a></td></tr>") == 100  # 50 units + 50 users
    assert "units_page=2" in first and "users_page=2" in first
    second_units = client.get(reverse("unit_list"), {"units_page": 2}).content.decode()
    on_first, on_second = set(re.findall(r"测试科室\d{3}", first)), set(re.findall(r"测试科室\d{3}", second_units))
    assert not on_first & on_second and len(on_first | on_second) == 70
    assert set(re.findall(r"clerk\d{3}", second_units)) == set(re.findall(r"clerk\d{3}", first))  # users stay put


def test_a_search_narrows_both_lists_and_the_pager_keeps_it(client, world):
    _grow(world, units=70, users=120)
    login(client, world.office)
    page = client.get(reverse("unit_list"), {"q": "clerk1"}).content.decode()
    assert "clerk100" in page and "clerk099" not in page and "测试科室" not in page
    assert "没有符合条件的单位" in page
    page = client.get(reverse("unit_list"), {"q": "填报员"}).content.decode()
    assert "?q=%E5%A1%AB%E6%8A%A5%E5%91%98&users_page=2" in page


def test_the_list_costs_the_same_queries_for_ten_units_or_two_hundred(client, world):
    login(client, world.office)
    _grow(world, units=10, users=10)
    with CaptureQueriesContext(connection) as small:
        assert client.get(reverse("unit_list")).status_code == 200
    _grow_more = [make_unit(f"扩展科室{i:03d}", world.bureau) for i in range(190)]
    make_user("late_clerk", Role.UNIT, _grow_more[-1])
    with CaptureQueriesContext(connection) as large:
        assert client.get(reverse("unit_list")).status_code == 200
    assert len(large.captured_queries) == len(small.captured_queries)
