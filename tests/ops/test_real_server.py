"""gunicorn + the job worker, started for real by `zhenggai demo`: a login, an upload over the inline limit
that only the worker can parse, its preview, /healthz, and one Ctrl+C that leaves no process behind."""
from __future__ import annotations

import re
import signal
import time

import pytest

from tests.ops.live import big_bulletin_docx, finish_demo, get_json, group_alive, start_demo
from zhenggai.ledger.demo_data import PASSWORDS

# No test database: the server is another process with its own database.


@pytest.fixture
def demo(tmp_path):
    demo = start_demo(tmp_path)
    yield demo
    finish_demo(demo)


def _csrf(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_a_file_over_the_inline_limit_is_parsed_by_the_real_worker_and_ctrl_c_stops_everything(demo):
    from playwright.sync_api import sync_playwright

    data = big_bulletin_docx()
    assert len(data) > 300 * 1024
    with sync_playwright() as p:
        http = p.request.new_context(base_url=demo.url)
        login_page = http.get("/accounts/login/").text()
        response = http.post("/accounts/login/", form={
            "username": "office", "password": PASSWORDS["office"], "csrfmiddlewaretoken": _csrf(login_page)})
        assert response.ok and "/accounts/login/" not in response.url
        upload_page = http.get("/import/").text()
        response = http.post("/import/", multipart={
            "csrfmiddlewaretoken": _csrf(upload_page), "mode": "new",
            "file": {"name": "整改进展通报（含照片）.docx", "buffer": data,
                     "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}})
        assert response.ok, response.text()
        job_url = response.url
        assert "/import/" in job_url
        deadline = time.monotonic() + 90
        while "正在解析" in (page := http.get(job_url).text()) and time.monotonic() < deadline:
            assert "后台任务进程没有运行" not in page
            time.sleep(0.5)
        # The preview: the bulletin's three problems, read by the worker.
        assert "执法检查" in page and "审批事项办理时限偏长" in page, page[:2000]
        assert "确认导入" in page or "导入" in page
        static = re.search(r'href="(/static/zhenggai/app\.[0-9a-f]{12}\.css)"', page)
        assert static, "the page links the hashed stylesheet"
        css = http.get(static.group(1))
        assert css.ok and "max-age=315360000" in css.headers.get("cache-control", "")
        http.dispose()

    status, health = get_json(demo.url + "/healthz")
    assert status == 200 and health["database"]["ok"] and health["cache"]["ok"] and health["worker"]["ok"]

    assert demo.stop(signal.SIGINT) == 0
    assert len(demo.children) == 2, demo.children  # gunicorn and the worker
    time.sleep(0.5)
    assert not [pid for pid in demo.children if group_alive(pid)], demo.output()[-3000:]
    assert "后台任务进程已停止" in demo.output()


def test_a_worker_that_dies_is_restarted_and_the_user_is_told(demo):
    from tests.ops.live import children_of

    worker = [pid for pid in children_of(demo.proc.pid)
              if "zhenggai.cli worker" in open(f"/proc/{pid}/cmdline").read().replace("\0", " ")]
    assert len(worker) == 1
    import os

    os.killpg(worker[0], signal.SIGKILL)
    deadline = time.monotonic() + 60
    while "正在重启" not in demo.output() and time.monotonic() < deadline:
        time.sleep(0.3)
    assert "后台任务进程 / job worker 意外退出" in demo.output()
    while time.monotonic() < deadline:
        status, health = get_json(demo.url + "/healthz")
        new = [pid for pid in children_of(demo.proc.pid) if pid != worker[0]
               and "zhenggai.cli worker" in open(f"/proc/{pid}/cmdline").read().replace("\0", " ")]
        if new and status == 200:
            break
        time.sleep(0.5)
    assert new and status == 200, (health, demo.output()[-2000:])
