"""Passwords: 8+ characters from 3+ classes, not common, not like the username; admin-set ones are changed."""
from __future__ import annotations

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from zhenggai.accounts.models import Role, User
from zhenggai.accounts.services import user_save

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("password", ["Abcd-1234", "rectify#2026", "整改Zg2026x", "UPPER-lower"])
def test_it_accepts_a_password_of_eight_characters_from_three_classes(password):
    validate_password(password, User(username="zhangsan"))


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("Ab1-x", "too short"),
        ("abcdefgh12", "two classes"),
        ("ABCDEFGH!!", "two classes"),
        ("Password1", "common"),
        ("P@ssw0rd", "common (Chinese list)"),
        ("Admin@123", "common (Chinese list)"),
        ("Zhangsan-2026", "like the username"),
        ("12345678", "numeric"),
    ],
)
def test_it_refuses_a_weak_password(password, why):
    with pytest.raises(ValidationError):
        validate_password(password, User(username="zhangsan2026"))


def test_the_number_of_classes_is_configurable(settings):
    settings.AUTH_PASSWORD_VALIDATORS = [
        {"NAME": "zhenggai.accounts.security.ComplexityValidator", "OPTIONS": {"min_classes": 4}},
    ]
    with pytest.raises(ValidationError):
        validate_password("Abcdefg12")
    validate_password("Abcdefg1!")


def test_a_password_set_by_an_admin_must_be_changed_at_next_login(world):
    account = User(username="newcomer", role=Role.UNIT, unit=world.enforcement)
    user_save(actor=world.office, user=account, password="Start-2026-abc")
    account.refresh_from_db()
    assert account.must_change_password
    assert account.password_changed_at is not None


def test_a_new_user_created_in_code_need_not_change_the_password(world):
    assert not world.unit.must_change_password


def test_the_audit_log_never_holds_the_password(world):
    from zhenggai.audit.models import AuditEvent

    account = User(username="newcomer", role=Role.UNIT, unit=world.enforcement)
    user_save(actor=world.office, user=account, password="Start-2026-abc")
    assert all("Start-2026-abc" not in e.canonical() for e in AuditEvent.objects.all())
