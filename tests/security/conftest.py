"""Helpers for the security tests: disabling the append-only triggers on purpose, to tamper."""
from __future__ import annotations

import contextlib

import pytest
from django.core.cache import cache
from django.db import connection


@pytest.fixture(autouse=True)
def _fresh_login_counters():
    cache.clear()
    yield
    cache.clear()


@contextlib.contextmanager
def triggers_disabled():
    """Let a test rewrite the audit table as an attacker with database access would."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Deferred FK checks count as pending trigger events, which block ALTER TABLE: run them now.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER audit_event_no_change")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            try:
                yield cursor
            finally:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                cursor.execute("ALTER TABLE audit_auditevent ENABLE TRIGGER audit_event_no_change")
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        else:
            cursor.execute("DROP TRIGGER audit_event_no_update")
            cursor.execute("DROP TRIGGER audit_event_no_delete")
            try:
                yield cursor
            finally:
                cursor.execute("""CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_auditevent
                                  BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;""")
                cursor.execute("""CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_auditevent
                                  BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;""")
