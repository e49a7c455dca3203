"""Full-width text survives the whole road: parse → preview draft → commit → ledger → bulletin (issue 9, Major)."""
from __future__ import annotations

import itertools

from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.importer_app.conftest import last_job, upload
from zhenggai.ledger.models import Measure, Problem
from zhenggai.reports.bulletin import build_bulletin
from zhenggai.importer.drafts import draft_problems

# Chinese text with the marks a clerk types: full-width ，；：（）！？％ and digits, 、《》. No “” (the bulletin
# turns inner quotes into ‘’ on purpose) and no final 。 (headings end without it).
WORDS = ["执法检查", "制度执行", "审批时限", "资金监管", "台账管理", "督促整改", "专项检查", "责任落实"]
MARKS = ["，", "；", "：", "（", "）", "！", "？", "、", "《", "》", "％", "１２", "３０"]
_round = itertools.count(1)


def _statement():
    return st.lists(st.sampled_from(WORDS) | st.sampled_from(MARKS), min_size=3, max_size=12).map("".join).filter(
        lambda s: s[0] in "".join(WORDS) and s[-1] in "".join(WORDS))


def _bulletin(n: int, statement: str, measure: str) -> str:
    return "\n".join([
        f"中共市生态环境局党组关于市委第{n}巡察组巡察反馈意见整改进展情况的通报",
        f"根据市委统一部署，2026年3月1日至4月30日，市委第{n}巡察组对市生态环境局党组开展了巡察，并于2026年6月{n % 27 + 1}日反馈了巡察意见。",
        "一、整改落实情况",
        "（一）正在推进整改的问题",
        f"1.关于“{statement}”问题的整改。",
        f"一是{measure}。二是开展专项检查（覆盖全部科室），发现问题全部整改。",
        "中共市生态环境局党组",
        "2026年9月20日",
    ])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(statement=_statement(), measure=_statement())
def test_full_width_text_is_stored_and_published_as_written(office_client, statement, measure):
    n = next(_round)
    assert upload(office_client, "通报.txt", _bulletin(n, statement, measure).encode("utf-8")).status_code == 302
    job = last_job()
    assert job.status == "parsed", job.error_message
    # the preview's draft holds the text as written
    titles = [p["title"] for p in draft_problems(job)]
    assert statement in titles, titles
    assert office_client.post(reverse("importer:confirm", args=[job.pk])).status_code == 302
    job.refresh_from_db()
    assert job.status == "committed"
    problem = Problem.objects.get(inspection=job.inspection)
    assert problem.statement == statement
    texts = list(Measure.objects.filter(problem=problem).order_by("seq").values_list("text", flat=True))
    assert texts == [measure + "。", "开展专项检查（覆盖全部科室），发现问题全部整改。"]
    content = build_bulletin(job.inspection)
    entries = [e for s in content.sections for e in s.problems]
    assert [e.statement for e in entries] == [statement]
    assert entries[0].measures_text == f"一是{measure}；二是开展专项检查（覆盖全部科室），发现问题全部整改。"
