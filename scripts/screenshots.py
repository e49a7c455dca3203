"""Regenerate docs/screenshots/*.png from a fresh demo, the way a user would see the pages.

Usage: .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--port 8765]

Loads the demo into a throw-away data directory, serves it, logs in as each persona in Debian's chromium
(headless, no network, animations off) and saves one full-page PNG per page. Look at them before committing.
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]

# (file name, persona, path, viewport width, viewport height[, a selector to click first]).
# Width 390 is a phone (the WeChat / DingTalk in-app browser), shot as a phone: touch, 2× pixels.
SHOTS = [
    ("overview", "office", "/inspections/{inspection}/", 1366, 900),
    ("problem-list", "office", "/inspections/{inspection}/problems/", 1366, 900),
    ("problem", "office", "/problems/{problem}/", 1366, 900),
    ("measure", "zhifa", "/measures/{measure}/", 1366, 900),
    ("my-work", "zhifa", "/my-work/", 1366, 900),
    ("review-queue", "office", "/review/", 1366, 900),
    ("battle-map", "leader", "/battle-map/{inspection}/?screen=1&static=1", 1920, 1080),
    ("public-page", None, "/public/", 1366, 900),
    ("inspection-list", "office", "/inspections/", 1366, 900),
    ("search", "office", "/search/?q=执法", 1366, 900),
    ("phone-my-work", "zhifa", "/my-work/", 390, 844),
    ("phone-menu", "zhifa", "/my-work/", 390, 844, "header.top details.menu > summary"),
    ("phone-measure", "zhifa", "/measures/{measure}/", 390, 844),
    ("phone-progress", "zhifa", "/measures/{measure}/progress/", 390, 844),
    ("phone-search", "zhifa", "/search/?q=执法", 390, 844),
    ("phone-public", None, "/public/", 390, 844),
    ("phone-public-inspection", None, "/public/{inspection}/", 390, 844),
]
PHONE_WIDTH = 390
PASSWORDS = {"office": "Office#Demo2026", "zhifa": "Zhifa#Demo2026", "leader": "Leader#Demo2026"}


def _wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 - our own local server
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"server at {url} did not start")


@contextmanager
def demo_site(port: int, prefix: str):
    """The demo loaded into a throw-away data directory and served as `make demo` serves it (gunicorn and the
    job worker, not Django's development server: an import confirmed in the browser is written by the worker).
    Yields (env, data directory, base URL); stops both processes on the way out."""
    with tempfile.TemporaryDirectory(prefix=prefix) as var_dir:
        env = {**os.environ, "ZHENGGAI_VAR_DIR": var_dir}
        env.pop("DATABASE_URL", None)
        subprocess.run([sys.executable, "manage.py", "demo", "--no-serve"], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([sys.executable, "manage.py", "demo", "--addr", f"127.0.0.1:{port}"], cwd=ROOT,
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            _wait_for(base + "/healthz")
            yield env, Path(var_dir), base
        finally:
            server.terminate()  # the supervisor stops gunicorn and the worker in order
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)


def _ids(env: dict[str, str]) -> dict[str, int]:
    code = (
        "from zhenggai.ledger.models import Inspection, Measure; "
        "i = Inspection.objects.filter(is_public=True).order_by('id').first(); "  # the demo's current round (the earlier one is not public)
        "m = Measure.objects.filter(problem__inspection=i, lead_unit__name__contains='执法').order_by('problem__seq', 'seq').first() "
        "or Measure.objects.filter(problem__inspection=i).first(); "
        "print(i.pk, m.problem_id, m.pk)"
    )
    out = subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1].split()
    return {"inspection": int(out[0]), "problem": int(out[1]), "measure": int(out[2])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with demo_site(args.port, "zhenggai-shots-") as (env, _var_dir, base):
        ids = _ids(env)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, persona, path, width, height, *click in SHOTS:
                phone = {"is_mobile": True, "has_touch": True, "device_scale_factor": 2} if width <= PHONE_WIDTH else {}
                context = browser.new_context(viewport={"width": width, "height": height}, reduced_motion="reduce", locale="zh-CN",
                                              **phone)
                page = context.new_page()
                if persona:
                    page.goto(base + "/accounts/login/")
                    page.fill("input[name=username]", persona)
                    page.fill("input[name=password]", PASSWORDS[persona])
                    page.click("button[type=submit]")
                    page.wait_for_load_state("networkidle")
                page.goto(base + path.format(**ids))
                page.wait_for_load_state("networkidle")
                page.wait_for_timeout(300)  # charts draw after load; animation is off under reduced motion
                for selector in click:
                    page.click(selector)
                target = out / f"{name}.png"
                # An open menu is shot as the screen shows it; every other page whole.
                page.screenshot(path=str(target), full_page=(height != 1080 and not click))
                wide = page.evaluate("document.documentElement.scrollWidth")
                if wide > width:
                    print(f"warning: {name} is {wide}px wide in a {width}px window", file=sys.stderr)
                print(target)
                context.close()
            browser.close()


if __name__ == "__main__":
    main()
