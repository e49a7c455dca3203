"""Drafts written before DraftProblem existed: their problems move from the JSON value into rows."""
import datetime as dt

from django.db import migrations


def forwards(apps, schema_editor):
    from zhenggai.importer.services import problem_issues  # a pure function of one problem

    ImportJob = apps.get_model("importer", "ImportJob")
    DraftProblem = apps.get_model("importer", "DraftProblem")
    for job in ImportJob.objects.exclude(draft=None).select_related("inspection").iterator(chunk_size=50):
        draft = job.draft
        if not isinstance(draft, dict) or "problems" not in draft:
            continue
        if job.mode == "update":
            feedback = job.inspection.feedback_date if job.inspection_id else None
        else:
            text = (draft.get("facts") or {}).get("feedback_date") or ""
            feedback = dt.date.fromisoformat(text[:10]) if text else None
        alternative = (draft.get("doc") or {}).get("alternative") or {}
        rows = []
        for is_alternative, problems in ((False, draft.pop("problems")), (True, alternative.pop("problems", []))):
            for order, p in enumerate(problems):
                names = dict.fromkeys([*p["units"], *(n for m in p["measures"] for n in m["units"])])
                issues = problem_issues(p, job.mode, feedback)
                rows.append(DraftProblem(
                    job_id=job.pk, alternative=is_alternative, order=order, key=p["key"],
                    seq=p["seq"] if isinstance(p.get("seq"), int) else None, category=p.get("category") or "",
                    position=p.get("position") if isinstance(p.get("position"), int) else None,
                    measure_count=len(p["measures"]),
                    measure_keys=" " + " ".join(m["key"] for m in p["measures"]) + " ",
                    unit_names="\n" + "\n".join(names) + "\n" if names else "",
                    has_deadline=bool(p["deadline"] or any(m["deadline"] for m in p["measures"])),
                    has_units=bool(names), issues=issues, issue_count=len(issues), data=p))
        DraftProblem.objects.bulk_create(rows, batch_size=2000)
        ImportJob.objects.filter(pk=job.pk).update(draft=draft)


class Migration(migrations.Migration):
    dependencies = [("importer", "0002_hostile_draft_problems")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
