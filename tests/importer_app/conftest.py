"""Helpers for the importer page tests: a short bulletin in the genre, as text and as .docx, and an uploader."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from zhenggai.importer.models import ImportJob

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
