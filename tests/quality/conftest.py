import pytest

from tests.ledger.conftest import *  # noqa: F401,F403  (the ledger's personas and helpers)


@pytest.fixture(autouse=True)
def _jobs_after_commit(django_capture_on_commit_callbacks, monkeypatch):
    """Each service call commits on its own in real life, and its queued scan runs then: run the callbacks a
    service registers when that call returns (the test's own transaction never commits)."""
    from zhenggai.ledger import services

    def committed(fn):
        def call(*args, **kwargs):
            with django_capture_on_commit_callbacks(execute=True):
                return fn(*args, **kwargs)
        return call

    for name in ("measure_request_sign_off", "measure_review", "measure_approve", "measure_report_progress",
                 "measure_withdraw_sign_off"):
        monkeypatch.setattr(services, name, committed(getattr(services, name)))
