"""Choosing a reading of the document (issue 10): candidates, their scores, and the weights' worth."""
from __future__ import annotations

import difflib
import json
import unicodedata
from pathlib import Path

import pytest

from zhenggai.importer.parse import parse_file, parse_text, readings

HERE = Path(__file__).resolve().parent
# every labelled set the parser has been changed against: the blind batches join once their first run is recorded
# (tests/importer/real/FIRST_RUN_blind*.txt); the weights must earn their keep on all of them
LABELLED = [HERE / "real" / "tune", HERE / "real" / "blind", HERE / "real" / "blind2", HERE / "real" / "blind3", HERE / "real" / "blind4", HERE / "real" / "blind5", HERE / "real" / "blind6", HERE / "real" / "blind7",
            HERE / "real" / "blind8", HERE / "real" / "tune_sentences",
            # session 13's real problem-list batches, changed against after their first runs (HELDOUT_SESSION13.txt);
            # its other tuned sets state nothing where the parser reads a figure or date in a few judgement calls
            # (listed in the closing note of session 13), so they join once those calls are settled
            HERE / "real" / "blind10", HERE / "real" / "blind11",
            HERE / "heldout",
            Path("/work/shared/corpus/seeds"), HERE / "samples"]
# real/blind8 joined after its first run (FIRST_RUN_blind8.txt) and the changes made for it (RUN_blind8_after.txt):
# the company discipline committee's own "发现问题3个" in chengdu_airport_group_bulletin is no longer read as the total.
# The final round's sets (real/blind9, real/snippets9, blindwritten) were scored on the merged parser before its problem
# lists were changed for them (tests/importer/real/RUN_final_round_finstruct.txt): the weights must earn their keep on them
# too (no_shortcoming does on blind9's audit work report and approval bureau bulletin and blindwritten's secretary report).
# Their figures and dates are another helper's; the check of figures stated where a truth gives none stays on LABELLED.
FINAL_ROUND = [HERE / "real" / "blind9", HERE / "real" / "snippets9", HERE / "blindwritten"]
# session 15's round 2 changed the problem lists against real/snippets16 (released to it): the weights must earn their
# keep on it too (example_cases does on its enforcement news naming example firms); its figures are another helper's
READINGS_ROUND2 = [HERE / "real" / "snippets16"]
# session 16 changed the problem lists against set G (real/snippets17, real/blind15, blindwritten10), released after its
# first runs (FIRST_RUN_snippets17.txt, FIRST_RUN_blind15.txt, FIRST_RUN_blindwritten10.txt): the weights must earn their
# keep on it too (essay does on snippets17's page of an essay on village 巡察, whose "(二)存在问题 一是…" are no list)
READINGS_ROUND3 = [HERE / "real" / "snippets17", HERE / "real" / "blind15", HERE / "blindwritten10"]
# real/tune_sentences (60 lead paragraphs of real pages, labelled for figures, dates and document fields) joined after
# its first run (FIRST_RUN_tune_sentences.txt) and the changes made for it (FINAL_RUN_figures.txt).


def _norm(t):
    return "".join(ch for ch in unicodedata.normalize("NFKC", t or "") if not ch.isspace()).strip("“”\"'。")


def _documents(dirs=None):
    out = []
    for d in LABELLED if dirs is None else dirs:
        if not d.is_dir():
            continue
        for truth in sorted(d.glob("*.truth.json")):
            stem = truth.name[: -len(".truth.json")]
            docs = [p for p in d.glob(stem + ".*") if not p.name.endswith(".json")]
            if docs:
                out.append((docs[0], json.loads(truth.read_text(encoding="utf-8"))))
    return out


def _problem_f1(docs) -> float:
    """Problem F1 over all documents, titles aligned as the shared scorer does (similarity ≥ 0.8)."""
    truth_n = pred_n = matched = 0
    for path, truth in docs:
        pred = [p.title for p in parse_file(path).problems]
        want = [p["title"] for p in truth.get("problems") or []]
        truth_n, pred_n = truth_n + len(want), pred_n + len(pred)
        used = set()
        for w in want:
            for j, t in enumerate(pred):
                if j not in used and difflib.SequenceMatcher(None, _norm(w), _norm(t), autojunk=False).ratio() >= 0.8:
                    used.add(j)
                    matched += 1
                    break
    p = matched / pred_n if pred_n else 1.0
    r = matched / truth_n if truth_n else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


@pytest.fixture(scope="module")
def documents():
    return _documents()


@pytest.fixture(scope="module")
def reading_documents(documents):
    return documents + _documents(FINAL_ROUND) + _documents(READINGS_ROUND2) + _documents(READINGS_ROUND3)


@pytest.fixture(scope="module")
def full_score(reading_documents):
    return _problem_f1(reading_documents)


@pytest.mark.parametrize("feature", sorted(readings.WEIGHTS))
def test_each_feature_of_the_reading_score_earns_its_keep(monkeypatch, reading_documents, full_score, feature):
    """Without the feature (weight 0) the labelled documents are read worse: every weight is needed."""
    monkeypatch.setitem(readings.WEIGHTS, feature, 0.0)
    assert _problem_f1(reading_documents) < full_score


def test_a_one_task_notice_is_one_problem_with_its_number_status_and_measures():
    r = parse_text("\n".join([
        "关于某区中央生态环境保护督察反馈问题整改任务（第43项）整改情况的公示",
        "现将某区中央生态环境保护督察反馈问题第43项整改完成情况进行公示。",
        "整改任务：部分河道两岸仍有生活垃圾堆放，清运不及时。",
        "整改完成情况：",
        "1、开展河道垃圾集中清理，清运垃圾120吨。",
        "2、建立河道保洁日巡查制度。",
        "特此公示。",
        "某区水务局",
        "2024年5月6日",
    ]))
    assert r.reading == "whole"
    assert [(p.seq, p.title, p.status, p.measure_count) for p in r.problems] == [
        (43, "部分河道两岸仍有生活垃圾堆放，清运不及时", "done", 2)]
    assert r.alternative is not None and r.alternative.name == "none"


def test_problems_in_the_attachments_are_read_with_their_statuses_and_the_body_is_not():
    # constructed from issue 10's description of kind 1 (no real copy was found): the body is narrative
    # about organising the work; the problems are "项目1.1：" items in the attachments, one with an OCR slip
    r = parse_text("\n".join([
        "中共某省委关于中央第三生态环境保护督察组督察反馈意见整改情况的报告",
        "一、提高政治站位，加强组织领导",
        "省委召开常委会会议研究部署整改工作，成立整改工作领导小组。",
        "二、压实工作责任，健全工作机制",
        "建立调度、督办、销号工作机制，逐项明确责任单位和整改时限。",
        "三、下一步工作打算",
        "持续用心用力抓好整改。",
        "附件1",
        "督察反馈问题具体问题整改进展情况（共3个问题）",
        "项目1.1：部分地区饮用水水源保护区内仍有违规建筑。",
        "整改时限：2023年底",
        "整改进展情况：已完成整改",
        "（1）拆除违规建筑12处。（2）完成水源地规范化建设。",
        "项目l.2：城镇污水处理设施建设滞后。",
        "整改时限：2024年6月底",
        "整改进展情况：持续推进中",
        "（1）新建污水处理厂2座。",
        "项目1.3：危险废物非法转移问题时有发生。",
        "整改时限：长期坚持",
        "整改进展情况：基本完成",
        "（1）开展危险废物专项执法。（2）建立全过程监管平台。（3）公开曝光典型案件。",
    ]))
    assert [(p.seq, p.status, p.measure_count, p.deadline) for p in r.problems] == [
        (1, "done", 2, "2023年底"), (2, "in_progress", 1, "2024年6月底"), (3, "in_progress", 3, "长期坚持")]
    assert r.problems[0].title == "部分地区饮用水水源保护区内仍有违规建筑"
    assert r.headline.problems_total == 3


def test_explain_lists_the_candidates_best_first():
    r = parse_text("\n".join(["关于某局巡察整改情况的通报", "一、加强组织领导", "成立领导小组。",
                              "二、整改落实情况", "1.关于“学习不深入”问题的整改。", "一是制定计划。二是开展研讨。"]))
    text = readings.explain(r)
    assert text.splitlines()[1].startswith("→") and "按正文中的编号列表读取问题" in text
    assert [c["score"] for c in r.candidates] == sorted((c["score"] for c in r.candidates), reverse=True)


# Stated where the truth says the text gives none — the shared scorer counts only the fields a truth fills, so
# these would go unseen. (The two known ones of the third session — a doc-sharing site's upload time read as the
# report date, a follow-up supervision's visit read as the inspection period — are read right since the fourth.)
# (figs23: tune_sentences' college_revisit_schedule labels "对市委第五巡察组反馈的41条意见进行评估检查" no figure, while
# snippets10's cdgmxy_lookback_evaluation_notice_41 labels the same sentence of the same page problems_total 41 — a
# labelling conflict; the parser reads the opinions an inspection team fed back as its problems, as RE_OPINIONS_COUNTED
# reads "29条巡视反馈意见")
KNOWN_EXTRAS: set[tuple[str, str]] = {("college_revisit_schedule", "problems_total")}
# the final round's three sets (FINAL_ROUND: real/blind9, real/snippets9, blindwritten) join this test too
# (tests/importer/real/RUN_final_round_finfigs.txt)


def test_no_figure_or_date_is_stated_where_the_labelled_text_gives_none(documents):
    extras = []
    for path, truth in documents + _documents(FINAL_ROUND):
        stem = path.name.split(".")[0]
        r = parse_file(path)
        for key, value in (truth.get("headline") or {}).items():
            if value is None and getattr(r.headline, key) is not None:
                extras.append((stem, key))
        for key in ("start", "end", "feedback_date"):
            if (truth.get("inspection") or {}).get(key) is None and getattr(r.inspection, key) is not None:
                extras.append((stem, key))
        if truth.get("report_date") is None and r.report_date is not None:
            extras.append((stem, "report_date"))
    assert set(extras) <= KNOWN_EXTRAS, sorted(set(extras) - KNOWN_EXTRAS)
