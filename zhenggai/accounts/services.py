"""Units and users: created and changed only here, audited."""
from __future__ import annotations

from typing import Any

from django.db import transaction

from zhenggai.accounts.models import Unit, User
from zhenggai.accounts.scope import require_account_manager
from zhenggai.audit.services import audit_record


def _snap_unit(unit: Unit) -> dict[str, Any]:
    return {"name": unit.name, "short_name": unit.short_name, "parent": unit.parent_id, "phone": unit.phone,
            "address": unit.address, "email": unit.email, "sort": unit.sort, "head": unit.head_id}


def unit_save(*, actor: User, unit: Unit) -> Unit:
    """Create or update a unit (the form has already set its fields)."""
    require_account_manager(actor)
    with transaction.atomic():
        before = _snap_unit(Unit.objects.get(pk=unit.pk)) if unit.pk else None
        unit.full_clean()
        unit.save()
        audit_record(actor=actor, action="unit.update" if before else "unit.create", obj=unit, before=before,
                     after=_snap_unit(unit))
    return unit


def _snap_user(user: User) -> dict[str, Any]:
    return {"username": user.username, "full_name": user.full_name, "unit": user.unit_id, "role": user.role,
            "is_active": user.is_active, "observed_inspections": sorted(user.observed_inspections.values_list("pk", flat=True))
            if user.pk else []}


def user_save(*, actor: User, user: User, password: str | None, observed_inspections=None) -> User:
    """Create or update an account; the password is hashed and never written to the audit log."""
    require_account_manager(actor)
    with transaction.atomic():
        before = _snap_user(User.objects.get(pk=user.pk)) if user.pk else None
        if password:
            user.set_password(password)
            # A password someone else chose must be replaced at the next login.
            user.must_change_password = actor.pk != user.pk
        user.save()
        if observed_inspections is not None:
            user.observed_inspections.set(observed_inspections)
        after = _snap_user(user)
        after["password_changed"] = bool(password)
        audit_record(actor=actor, action="user.update" if before else "user.create", obj=user, before=before, after=after)
    return user
