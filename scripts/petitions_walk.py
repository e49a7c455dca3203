"""Walk the 信访件 work as a new user would, in headless chromium, over a fresh demo; save screenshots.

Usage: .venv/bin/python scripts/petitions_walk.py [--out docs/screenshots] [--port 8137]

The office imports a 交办清单 spreadsheet (第四批: a case without 受理编号 and a repeat complaint among them),
looks at the preview and confirms it; assigns a case; the unit (执法支队) finds it in 我的任务, investigates
and reports with evidence; the office finds it in 待审事项 and concludes it; a leader finds it there and signs
it off (销号); the office publishes the batch. At the end the 销号率 is read from the overview, the battle map,
the bulletin and the public page, and the walk fails unless they agree.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import CHROMIUM, CHROMIUM_ARGS, PASSWORDS, demo_site  # noqa: E402

RATE = re.compile(r"交办信访件(\d+)件，已办结(\d+)件，销号率(\d+)%")


def _workbook(path: Path) -> None:
    from zhenggai.petitions.demo import _workbook as demo_workbook

    today = dt.date.today()
    rows = [
        (f"D2JC{today:%Y%m%d}0901", "东湖区某洗车店洗车废水直排雨水管网，路面常年积水发臭。", "东湖区", "水"),
        (f"D2JC{today:%Y%m%d}0902", "江川经开区某铸造厂夜间熔炼冒黑烟（举报人电话13900003333）。", "江川经开区", "大气"),
        ("", "城南区某菜市场周边垃圾乱堆，无人清运。", "城南区", "群众身边的生态环境问题"),
    ]
    path.write_bytes(demo_workbook("第四批", today, rows))


def _django_id(env: dict, code: str) -> str:
    out = subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()
    return out[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--port", type=int, default=8137)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with demo_site(args.port, "zhenggai-walk-") as (env, var_dir, base):
        ducha = int(_django_id(env, "from zhenggai.petitions.models import PetitionBatch; "
                                    "print(PetitionBatch.objects.first().inspection_id)"))
        sheet = var_dir / "江川市第四批交办清单.xlsx"
        _workbook(sheet)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

            def as_user(persona: str):
                context = browser.new_context(viewport={"width": 1366, "height": 900}, reduced_motion="reduce",
                                              locale="zh-CN")
                page = context.new_page()
                page.goto(base + "/accounts/login/")
                page.fill("input[name=username]", persona)
                page.fill("input[name=password]", PASSWORDS[persona])
                page.click("button[type=submit]")
                page.wait_for_load_state("networkidle")
                return context, page

            def shot(page, name: str) -> None:
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(out / f"{name}.png"), full_page=True)
                print(out / f"{name}.png")

            def step(page, action: str, fill=lambda form: None) -> None:
                form = page.locator(f"form[action$='/{action}/']")
                fill(form)
                form.locator("button[type=submit]").click()
                page.wait_for_load_state("networkidle")
                errors = page.locator(".errorlist").all_inner_texts()
                if errors:
                    raise SystemExit(f"{action} refused: {errors}")

            # 1. The office imports the spreadsheet: preview, then 确认导入.
            ctx, office = as_user("office")
            office.goto(f"{base}/inspections/{ducha}/petitions/import/")
            office.set_input_files("input[name=file]", str(sheet))
            office.fill("input[name=handed_over_on]", dt.date.today().isoformat())
            office.fill("input[name=time_limit_days]", "15")
            office.click("form[enctype='multipart/form-data'] button[type=submit]")
            office.wait_for_load_state("networkidle")
            if not office.locator("#preview").count():
                shot(office, "petitions-walk-failed")
                raise SystemExit("no preview: " + office.inner_text("main")[:600])
            shot(office, "petitions-import-confirm")
            office.click("button:has-text('确认导入')")
            # The worker writes the cases; the page shows 处理中 and refreshes itself until they are in.
            office.wait_for_selector("text=已导入", timeout=60_000)
            # 2. It assigns the first new case to the 执法支队.
            office.goto(f"{base}/inspections/{ducha}/petitions/?number=D2JC{dt.date.today():%Y%m%d}0901")
            office.click("table.list a[href^='/petitions/']")
            office.wait_for_load_state("networkidle")
            case_url = office.url
            step(office, "assign", lambda f: f.locator("select[name=lead_unit]").select_option(
                f.locator("select[name=lead_unit] option", has_text="执法").first.get_attribute("value")))
            ctx.close()
            # 3. The unit finds it in 我的任务, investigates and reports with evidence.
            ctx, unit = as_user("zhifa")
            unit.goto(base + "/my-work/")
            unit.wait_for_selector("#petition-work")
            shot(unit, "petitions-my-work")
            unit.goto(case_url)
            step(unit, "investigate", lambda f: (f.locator("textarea[name=investigation]").fill(
                "经现场核查，该洗车店无沉淀池，洗车废水经路边雨水口排入管网，反映问题属实。"),
                f.locator("select[name=verdict]").select_option("true")))
            evidence = Path(var_dir) / "现场核查照片.pdf"
            _django_id(env, "from zhenggai.ledger.demo_data import demo_pdf; from pathlib import Path; "
                            f"Path({str(evidence)!r}).write_bytes(demo_pdf('信访件办理佐证材料', "
                            "['现场核查照片与整改后照片（演示）'])); print('ok')")
            step(unit, "report", lambda f: (f.locator("textarea[name=handling]").fill(
                "处理情况：责令停止违法排放，立案查处，罚款0.5万元。整改情况：已建成三级沉淀池，废水循环使用。"),
                f.locator("input[name=fines_wan]").fill("0.5"), f.locator("input[name=cases_filed]").fill("1"),
                f.locator("input[name=files]").set_input_files(str(evidence))))
            ctx.close()
            # 4. The office finds it in 待审事项 and concludes it.
            ctx, office = as_user("office")
            office.goto(base + "/review/")
            office.wait_for_selector("#petition-review")
            shot(office, "petitions-review-office")
            office.goto(case_url)
            step(office, "conclude", lambda f: f.locator("input[name=decision][value=conclude]").check())
            ctx.close()
            # 5. A leader finds it in 待审事项 and signs it off.
            ctx, leader = as_user("leader")
            leader.goto(base + "/review/")
            leader.wait_for_selector("#petition-review")
            shot(leader, "petitions-review-leader")
            leader.goto(case_url)
            step(leader, "sign_off", lambda f: f.locator("input[name=decision][value=sign_off]").check())
            assert "已销号" in leader.content()
            shot(leader, "petitions-case-signed-off")
            ctx.close()
            # 6. The office publishes the batch; search finds the case by its number.
            ctx, office = as_user("office")
            office.goto(case_url)
            office.click("a[href^='/petitions/batches/']")
            office.wait_for_load_state("networkidle")
            office.click("button:has-text('公开本批一览表')")
            office.wait_for_load_state("networkidle")
            office.goto(f"{base}/search/?q=D2JC{dt.date.today():%Y%m%d}0901")
            office.wait_for_selector("#petition-hits")
            shot(office, "petitions-search")
            # 7. 销号率 from every place that quotes it.
            found = {}
            for name, path in [("overview", f"/inspections/{ducha}/"), ("battle map", f"/battle-map/{ducha}/"),
                               ("bulletin", f"/inspections/{ducha}/bulletin/")]:
                office.goto(base + path)
                office.wait_for_load_state("networkidle")
                found[name] = set(RATE.findall(office.inner_text("body")))
            ctx.close()
            public = browser.new_page()
            public.goto(f"{base}/public/{ducha}/")
            found["public page"] = set(RATE.findall(public.inner_text("body")))
            # The published 第四批: the complainant's phone number in row 2 is masked on the public list.
            public.click("a:has-text('第四批')")
            public.wait_for_load_state("networkidle")
            listed = public.inner_text("body")
            if "13900003333" in listed or "洗车店" not in listed:
                raise SystemExit("the public list of 第四批 is wrong: " + listed[:400])
            public.screenshot(path=str(out / "petitions-public-batch-after-walk.png"), full_page=True)
            browser.close()
        print({k: sorted(v) for k, v in found.items()})
        rates = {frozenset(v) for v in found.values()}
        if len(rates) != 1 or len(next(iter(rates))) != 1:
            raise SystemExit(f"销号率 disagrees: {found}")
        print("销号率 agrees on every page:", next(iter(next(iter(rates)))))


if __name__ == "__main__":
    main()
