"""Each kind of background job has its own time limit, and the database broker hands a job out again its own
limit (plus a margin) after it started, not after the longest job's."""
from __future__ import annotations

import pydoc
from types import SimpleNamespace

from django.conf import settings
from django.utils import timezone
from django_q.conf import Conf
from django_q.signing import SignedPackage

from zhenggai.ops.tasks import RETRY_MARGIN_SECONDS, TaskTimeoutORM, set_task_timeout


def test_every_job_named_in_the_time_limits_exists():
    for func in settings.ZHENGGAI_TASK_TIMEOUTS:
        assert callable(pydoc.locate(func)), func


def test_a_job_gets_the_limit_of_its_kind_unless_the_caller_gave_one():
    parse = {"func": "zhenggai.importer.services.import_parse_job"}
    set_task_timeout(None, task=parse)
    assert parse["timeout"] == settings.PARSE_LIMITS.seconds + 60
    given = {"func": "zhenggai.quality.jobs.scan_job", "timeout": 5}
    set_task_timeout(None, task=given)
    assert given["timeout"] == 5
    other = {"func": "zhenggai.notify.jobs.deliver_due"}
    set_task_timeout(None, task=other)
    assert "timeout" not in other  # the cluster's default


def test_the_broker_locks_a_job_for_its_own_limit_and_a_job_without_one_for_the_clusters_retry():
    broker = TaskTimeoutORM.__new__(TaskTimeoutORM)  # no connection needed to compute a lock time
    before = timezone.now()
    parse = broker.timeout(SimpleNamespace(payload=SignedPackage.dumps({"func": "f", "timeout": 120})))
    plain = broker.timeout(SimpleNamespace(payload=SignedPackage.dumps({"func": "f"})))
    assert 120 + RETRY_MARGIN_SECONDS <= (parse - before).total_seconds() < 120 + RETRY_MARGIN_SECONDS + 5
    assert Conf.RETRY <= (plain - before).total_seconds() < Conf.RETRY + 5
    assert Conf.RETRY < 22 * 60  # a dead notification is not left 22 minutes


def test_the_enqueued_package_carries_the_limit_of_its_kind(settings, monkeypatch):
    from django_q import tasks

    pushed = []
    broker = SimpleNamespace(enqueue=lambda pack: pushed.append(SignedPackage.loads(pack)) or 1, list_key="t")
    tasks.async_task("zhenggai.quality.jobs.scan_job", 1, broker=broker, sync=False)
    assert pushed[0]["timeout"] == settings.ZHENGGAI_TASK_TIMEOUTS["zhenggai.quality.jobs.scan_job"]


def test_the_cluster_uses_the_broker_that_locks_each_job_for_its_own_limit(db):
    from django_q.brokers import get_broker

    assert isinstance(get_broker(), TaskTimeoutORM)
    assert Conf.TIMEOUT < Conf.RETRY and Conf.MAX_ATTEMPTS == 3
