"""Each problem's own warning stands on its own card in the preview, also when several problems were read from one
paragraph and so share its position (session 17: a 约谈 page's six problems, one sentence, showed all six
"下没有找到整改措施" warnings under the sixth card)."""
from __future__ import annotations

from tests.importer_app.conftest import last_job, upload
from zhenggai.importer.drafts import draft_problems

PROSE = "\n".join([
    "关于某县水利局审计整改情况的公示",
    "根据县审计局审计报告，审计发现问题3个，分别是：专项资金拨付不及时；工程项目未按规定公开招标；固定资产账实不符。",
    "上述问题正在整改中。",
    "某县水利局",
    "2024年6月3日",
])

NUMBERED = "\n".join([
    "某县水利局关于巡察反馈问题整改进展情况的通报",
    "一、存在的问题",
    "1.专项资金拨付不及时的问题。",
    "2.工程项目未按规定公开招标的问题。",
    "3.固定资产账实不符的问题。",
    "某县水利局",
    "2024年6月3日",
])


def _warnings_by_title(job) -> dict[str, list[str]]:
    by_key = {p["key"]: p["title"] for p in draft_problems(job)}
    out: dict[str, list[str]] = {t: [] for t in by_key.values()}
    for anomaly in job.draft["doc"]["anomalies"]:
        if anomaly.get("problem_key"):
            out[by_key[anomaly["problem_key"]]].append(anomaly["message"])
    return out


def test_problems_read_from_one_sentence_each_carry_their_own_no_measures_warning(office_client):
    assert upload(office_client, "公示.txt", PROSE.encode("utf-8")).status_code == 302
    job = last_job()
    assert job.status == "parsed", job.error_message
    warnings = _warnings_by_title(job)
    assert len({p["position"] for p in draft_problems(job)}) == 1  # one paragraph, one position
    assert warnings == {
        "专项资金拨付不及时": ["问题“专项资金拨付不及时”下没有找到整改措施"],
        "工程项目未按规定公开招标": ["问题“工程项目未按规定公开招标”下没有找到整改措施"],
        "固定资产账实不符": ["问题“固定资产账实不符”下没有找到整改措施"],
    }


def test_problems_on_lines_of_their_own_keep_their_warnings_by_position(office_client):
    assert upload(office_client, "公示.txt", NUMBERED.encode("utf-8")).status_code == 302
    job = last_job()
    assert job.status == "parsed", job.error_message
    warnings = _warnings_by_title(job)
    assert all(len(w) == 1 and title in w[0] for title, w in warnings.items()) and len(warnings) == 3
