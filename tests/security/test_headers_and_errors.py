"""Security headers, the CSP nonce, error pages with a request id, logs without secrets, check --deploy."""
from __future__ import annotations

import logging
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from tests.conftest import PASSWORD
from zhenggai.audit.logging import redact

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_every_page_carries_a_nonce_csp_and_the_other_security_headers(client, world):
    client.force_login(world.office)
    response = client.get(reverse("inspection_list"))
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert re.search(r"script-src 'self' 'nonce-[\w-]{16,}'", csp)
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


def test_the_nonce_differs_per_request_and_reaches_templates(client, world):
    from django.template import Context, Template
    from django.test import RequestFactory

    first = client.get(reverse("login"))["Content-Security-Policy"]
    second = client.get(reverse("login"))["Content-Security-Policy"]
    assert first != second
    request = RequestFactory().get("/")
    request.csp_nonce = "abc123"
    from zhenggai.accounts.csp import csp_nonce

    assert Template('<script nonce="{{ csp_nonce }}">').render(Context(csp_nonce(request))) == '<script nonce="abc123">'


def test_the_evidence_download_keeps_its_own_sandbox_policy(client, world):
    from tests.conftest import pdf_upload
    from zhenggai.ledger import services

    services.measure_report_progress(user=world.unit, measure=world.measure, text="进展", progress=10,
                                     files=[pdf_upload()])
    evidence = world.measure.evidence.get()
    client.force_login(world.unit)
    response = client.get(reverse("evidence_download", args=[evidence.pk]))
    assert response["Content-Security-Policy"] == "sandbox; default-src 'none'"


def test_a_404_page_shows_the_request_id(client, world):
    client.force_login(world.office)
    response = client.get(reverse("measure_detail", args=[999999]))
    assert response.status_code == 404
    assert response["X-Request-ID"] in response.content.decode()


def test_a_403_page_shows_the_request_id(client, world):
    client.force_login(world.unit)
    response = client.get(reverse("unit_list"))
    assert response.status_code == 403
    assert response["X-Request-ID"] in response.content.decode()


def test_a_500_page_shows_the_request_id_and_no_traceback(client, world, settings, caplog):
    settings.ROOT_URLCONF = "tests.security.urls_with_errors"
    client.raise_request_exception = False
    with caplog.at_level(logging.ERROR):
        response = client.get("/boom/")
    body = response.content.decode()
    assert response.status_code == 500
    assert response["X-Request-ID"] in body
    assert "Traceback" not in body and "RuntimeError" not in body and "hunter2" not in body


def test_the_log_line_carries_the_request_id_and_no_password(client, world, settings):
    import io

    from zhenggai.audit.logging import RedactSecretsFilter, RequestIdFilter

    settings.ROOT_URLCONF = "tests.security.urls_with_errors"
    client.raise_request_exception = False
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("[%(request_id)s] %(message)s"))
    handler.addFilter(RequestIdFilter())
    handler.addFilter(RedactSecretsFilter())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        response = client.get("/boom/")
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    assert f"[{response['X-Request-ID']}]" in text
    assert "hunter2" not in text and "RuntimeError" in text


@pytest.mark.parametrize(
    "line",
    [
        "POST username=unit&password=Zg-test-2026!&next=/",
        '{"username": "unit", "password": "Zg-test-2026!"}',
        "Cookie: sessionid=abcdef0123456789; csrftoken=Zg-test-2026!",
        "csrfmiddlewaretoken=Zg-test-2026!",
        "Authorization: Bearer Zg-test-2026!",
        "new_password1=Zg-test-2026! new_password2=Zg-test-2026!",
        "api?token=Zg-test-2026!",
    ],
)
def test_the_log_filter_redacts_secrets(line):
    assert "Zg-test-2026" not in redact(line)
    assert "abcdef0123456789" not in redact(line)


def test_a_failed_login_leaves_no_password_in_the_logs(client, world, caplog):
    with caplog.at_level(logging.DEBUG):
        client.post(reverse("login"), {"username": "unit", "password": "Guess-" + PASSWORD})
    assert PASSWORD not in caplog.text


def test_production_settings_pass_check_deploy_with_no_warnings(tmp_path):
    env = {**os.environ, "ZHENGGAI_HTTPS": "1", "ZHENGGAI_SECRET_KEY": secrets.token_urlsafe(50),
           "ZHENGGAI_ALLOWED_HOSTS": "example.org", "ZHENGGAI_DEBUG": "0", "ZHENGGAI_VAR_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the test suite for Playwright, refused in deployment
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
