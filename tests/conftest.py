"""Personas and factories shared by every test.

The org tree: 市生态环境局 (bureau) → 办公室, 执法支队, 审批处; a second bureau 市水务局 is an outsider.
Personas: office (整改办), leader, unit (执法支队 filler), other_unit (审批处 filler), observer, outsider.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from zhenggai.accounts.models import Role, Unit, User

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop

PASSWORD = "Zg-test-2026!"
PDF_BYTES = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "files"
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": True}
    settings.ZHENGGAI_PUBLIC_TOKEN_SECONDS = 0  # the public page sees every write at once
    from django.core.cache import caches

    caches["pages"].clear()  # ids repeat between tests: no signed-in page cached by an earlier one


@pytest.fixture
def audit_flushable(transactional_db):
    """Transactional tests end with a flush of every table, which the audit triggers refuse:
    lift them for the flush and put them back for the next test."""
    from django.db import connection

    from zhenggai.audit.triggers import install_triggers, remove_triggers

    install_triggers(connection)
    yield
    remove_triggers(connection)


@pytest.fixture(autouse=True)
def _audit_triggers_in_place(request):
    """A test after a transactional one finds the append-only triggers installed again."""
    if "transactional_db" in request.fixturenames or "db" in request.fixturenames:
        from django.db import connection

        from zhenggai.audit.triggers import install_triggers

        request.getfixturevalue("transactional_db" if "transactional_db" in request.fixturenames else "db")
        install_triggers(connection)


def make_unit(name: str, parent: Unit | None = None) -> Unit:
    return Unit.objects.create(name=name, parent=parent)


def make_user(username: str, role: str, unit: Unit | None, **extra) -> User:
    user = User.objects.create_user(username=username, password=PASSWORD, role=role, unit=unit,
                                    full_name=extra.pop("full_name", username), **extra)
    return user


class World:
    """The org tree, personas and one inspection with two problems and three measures."""

    def __init__(self) -> None:
        from zhenggai.ledger.models import Category, Inspection, Measure, Problem

        self.bureau = make_unit("市生态环境局")
        self.office_unit = make_unit("局办公室", self.bureau)
        self.enforcement = make_unit("市生态环境保护综合执法支队", self.bureau)
        self.approvals = make_unit("行政审批处", self.bureau)
        self.water = make_unit("市水务局")

        self.office = make_user("office", Role.OFFICE, self.bureau, full_name="王整改")
        self.office2 = make_user("office2", Role.OFFICE, self.bureau, full_name="陈复核")
        self.leader = make_user("leader", Role.LEADER, self.bureau, full_name="李局长")
        self.unit = make_user("unit", Role.UNIT, self.enforcement, full_name="张填报")
        self.other_unit = make_user("other_unit", Role.UNIT, self.approvals, full_name="赵审批")
        self.observer = make_user("observer", Role.OBSERVER, None, full_name="纪检组刘")
        self.outsider = make_user("outsider", Role.OFFICE, self.water, full_name="水务局周")
        self.admin = User.objects.create_superuser("admin", "admin@example.org", PASSWORD, role=Role.OFFICE,
                                                   unit=self.bureau)

        self.inspection = Inspection.objects.create(
            name="市委第六巡察组巡察反馈意见整改", inspector="市委第六巡察组", inspected_unit=self.bureau,
            kind="xuncha", period_start=dt.date(2026, 3, 1), period_end=dt.date(2026, 4, 30),
            feedback_date=dt.date(2026, 6, 1), cadence="monthly", cadence_day=25,
        )
        self.observer.observed_inspections.add(self.inspection)
        self.category = Category.objects.create(inspection=self.inspection, seq=1, name="落实全面从严治党责任方面")
        self.problem = Problem.objects.create(
            inspection=self.inspection, category=self.category, seq=1,
            statement="执法检查“宽松软”，对企业违法行为查处不及时", lead_unit=self.enforcement,
            deadline_kind="date", deadline_date=dt.date(2026, 12, 31),
        )
        self.measure = Measure.objects.create(
            problem=self.problem, seq=1, text="一是修订执法检查工作规程，明确检查频次和处罚裁量标准。",
            lead_unit=self.enforcement, deadline_kind="date", deadline_date=dt.date(2026, 12, 31),
            created_on=dt.date(2026, 6, 1),
        )
        self.measure2 = Measure.objects.create(
            problem=self.problem, seq=2, text="二是开展执法案卷评查，对发现的问题逐一整改。",
            lead_unit=self.enforcement, deadline_kind="long_term", created_on=dt.date(2026, 6, 1),
        )
        self.problem2 = Problem.objects.create(
            inspection=self.inspection, category=self.category, seq=2,
            statement="审批事项办理时限偏长", lead_unit=self.approvals, deadline_kind="date",
            deadline_date=dt.date(2026, 9, 30),
        )
        self.measure3 = Measure.objects.create(
            problem=self.problem2, seq=1, text="压缩环评审批时限，公开办理流程。", lead_unit=self.approvals,
            deadline_kind="date", deadline_date=dt.date(2026, 9, 30), created_on=dt.date(2026, 6, 1),
        )

    def persona(self, name: str) -> User:
        return getattr(self, name)


@pytest.fixture
def world(db) -> World:
    return World()


def pdf_upload(name: str = "佐证.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF_BYTES, content_type="application/pdf")


@pytest.fixture
def pdf_file():
    return pdf_upload


@contextlib.contextmanager
def loaded_demo(django_db_blocker, tmp_path_factory):
    """The demo loaded once for a test module, inside a transaction rolled back at the end; yields its output.

    The demo's public feedback takes a slot of the portal's per-address rate limit (in the cache): it is given
    back afterwards, so the next module that loads the demo is not refused."""
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import transaction
    from django.test.utils import override_settings

    with django_db_blocker.unblock(), override_settings(
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        MEDIA_ROOT=tmp_path_factory.mktemp("files"),
    ):
        outer = transaction.atomic()
        outer.__enter__()
        try:
            out = io.StringIO()
            call_command("demo", "--no-serve", stdout=out)
            yield out.getvalue()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            cache.clear()


@pytest.fixture(scope="module")
def demo_loaded(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo, loaded once for the test module that asks for it (rolled back after the module)."""
    with loaded_demo(django_db_blocker, tmp_path_factory):
        yield


@pytest.fixture
def demo(demo_loaded, db):
    """A test reading the loaded demo's rows."""
    return None


def login(client, user: User):
    client.force_login(user)
    return client
