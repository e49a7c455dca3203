"""整改质量 in the demo: what the issue's "Done when" asks a visitor to see, on the pages a reviewer opens."""
from __future__ import annotations

import pytest
from django.urls import reverse

from zhenggai.accounts.models import User
from zhenggai.ledger.models import Measure
from zhenggai.quality.models import FlagKind, QualityFlag


def test_the_site_photo_re_saved_by_another_unit_shows_as_the_same_picture_on_the_approval_page(demo, client):
    measure = Measure.objects.get(text__startswith="二是完善水源地规范化建设")
    flag = QualityFlag.objects.get(measure=measure, key__startswith="image_reused:")
    assert measure.state == "reviewed" and "同一画面" in flag.explanation and "水生态环境处" in flag.explanation
    files = {e.original_name: e.sha256 for e in measure.evidence.all()}
    other = Measure.objects.get(pk=flag.detail["others"][0])
    assert other.lead_unit_id != measure.lead_unit_id
    assert not set(files.values()) & set(other.evidence.values_list("sha256", flat=True))  # other bytes, same picture
    client.force_login(User.objects.get(username="leader"))
    page = client.get(reverse("measure_approve", args=[measure.pk])).content.decode()
    assert "整改质量提示" in page and "是同一画面" in page


def test_a_sign_off_whose_note_was_copied_from_another_unit_shows_why_on_the_review_page(demo, client):
    measure = Measure.objects.get(text__startswith="三是建立重点案件挂牌督办和超期预警机制")
    flag = QualityFlag.objects.get(measure=measure, kind=FlagKind.COPIED_TEXT, detail__field="note")
    assert measure.state == "requested" and flag.detail["across_units"]
    client.force_login(User.objects.get(username="office"))
    page = client.get(reverse("measure_review", args=[measure.pk])).content.decode()
    assert "文字雷同" in page and "<mark>" in page and "江川市生态环境行政处罚自由裁量基准" in page


def test_a_problem_raised_again_shows_last_round_s_sign_off(demo, client):
    flag = QualityFlag.objects.filter(kind=FlagKind.RECURRENCE).select_related("problem").first()
    assert flag is not None and "上一轮已销号" in flag.explanation and "上次的整改情况" in flag.explanation
    client.force_login(User.objects.get(username="office"))
    page = client.get(reverse("problem_detail", args=[flag.problem_id])).content.decode()
    assert "问题反复" in page and "举一反三" in page
