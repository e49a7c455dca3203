"""Seed 002 reuses whole passages across problems (its truth file's anomalies): importing it flags each group."""
from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from django.urls import reverse

from tests.importer_app.conftest import last_job, upload
from tests.quality.data import SHARED
from zhenggai.quality.models import FlagKind, QualityFlag

SEED = SHARED / "corpus" / "seeds" / "002_8bcc580808569b55.txt"

# The reuse the truth file lists, as groups of problem numbers: each pair in a group shares a passage.
GROUPS = [(2, 11), (9, 13, 16), (15, 19), (10, 15), (9, 10, 16)]


@pytest.mark.skipif(not SEED.is_file(), reason="the shared seed corpus (../shared/corpus) is not present")
def test_importing_seed_002_flags_every_reused_passage_group(client, world, django_capture_on_commit_callbacks):
    client.force_login(world.office)
    assert upload(client, SEED.name, SEED.read_bytes()).status_code == 302
    job = last_job()
    assert job.status == "parsed", job.error_message
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("importer:confirm", args=[job.pk])).status_code == 302
    job.refresh_from_db()
    assert job.status == "committed"
    flagged = set()
    for flag in QualityFlag.objects.filter(inspection=job.inspection, kind=FlagKind.COPIED_TEXT, detail__field="text") \
            .select_related("measure__problem"):
        other = flag.detail["other_label"]  # 措施P.M
        flagged.add(frozenset({flag.measure.problem.seq, int(other[2:].split(".")[0])}))
    for group in GROUPS:
        for a, b in combinations(group, 2):
            assert frozenset({a, b}) in flagged, f"problems {a} and {b} share a passage but were not flagged"
    page = client.get(reverse("quality:inspection", args=[job.inspection.pk]), {"kind": "copied_text"}).content.decode()
    assert "组织全市环境执法业务骨干参与环境案件庭审活动" in page
