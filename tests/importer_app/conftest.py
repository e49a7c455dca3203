"""Helpers for the importer page tests: a short bulletin in the genre, as text and as .docx, an uploader, and a
ledger taken to the point of confirming."""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from zhenggai.importer import services
from zhenggai.importer.models import ImportJob, ImportStatus

HERE = Path(__file__).parent
BULLETIN = (HERE / "bulletin.txt").read_text(encoding="utf-8")


def bulletin_docx(text: str = BULLETIN) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def long_bulletin(problems: int) -> str:
    """A bulletin with many problems, for query-count checks."""
    lines = ["中共市生态环境局党组关于市委第六巡察组巡察反馈意见整改进展情况的通报",
             "市委第六巡察组于2026年3月1日至4月30日对市生态环境局党组开展了巡察，并于2026年6月1日进行了反馈。",
             "（一）已整改完成的问题"]
    for n in range(1, problems + 1):
        lines.append(f"{n}.关于“第{n}项工作推进不力，制度执行有偏差”问题的整改。")
        lines.append(f"一是修订第{n}项工作制度。二是开展第{n}项专项检查，发现问题全部整改。")
    lines += ["中共市生态环境局党组", "2026年9月20日"]
    return "\n".join(lines)


def upload(client, name: str, data: bytes, *, mode: str = "new", inspection=None):
    payload = {"file": SimpleUploadedFile(name, data), "mode": mode}
    if inspection is not None:
        payload["inspection"] = inspection.pk
    return client.post(reverse("importer:upload"), payload)


def last_job() -> ImportJob:
    return ImportJob.objects.order_by("-id").first()


def set_facts(job, world, name: str = "大台账") -> None:
    """Decide a draft's facts as the office would: the inspection `name`, a 巡察 by 市委第一巡察组 of the bureau, no
    period, fed back on 10 January 2026."""
    services.import_draft_edit(job=job, user=world.office, op="facts", values={
        "name": name, "kind": "xuncha", "inspector": "市委第一巡察组", "inspected_unit": world.bureau.pk,
        "period_start": None, "period_end": None, "feedback_date": dt.date(2026, 1, 10)})


def ready_to_confirm(client, world, data: bytes, name: str) -> ImportJob:
    """A ledger (.csv bytes) uploaded and parsed, its facts set (:func:`set_facts`) and every unit name not yet
    matched left out: a job ready to confirm."""
    upload(client, "台账.csv", data)
    job = last_job()
    assert job.status == ImportStatus.PARSED, job.error_message
    set_facts(job, world, name)
    client.post(reverse("importer:edit", args=[job.pk]), {"op": "units_rest_none"})
    return job


@pytest.fixture
def office_client(client, world):
    client.force_login(world.office)
    return client


@pytest.fixture
def parsed_job(office_client):
    """The sample bulletin uploaded as a new inspection and parsed."""
    response = upload(office_client, "通报.txt", BULLETIN.encode("utf-8"))
    assert response.status_code == 302, response.content.decode()[:2000]
    job = last_job()
    assert job.status == "parsed", job.error_message
    return job
