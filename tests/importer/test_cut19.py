"""cut19 (session 19): perturb.py's cut and flat copies, and the parser rules their flips asked for.

- perturb.py cut: a web copy that stops inside the problem list (after the k-th problem's statement, mid-sentence in
  its account); its truth the first k problems (the k-th one's status, deadline, units, measure_count unscored) and the
  fields still stated in the text.
- perturb.py flat: the line breaks lost by a page scraper, paragraphs joined with a single space.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent / "real" / "tools"


def _perturb():
    sys.path.insert(0, str(TOOLS))
    import perturb

    return perturb


REPORT = """关于2023年第一季度消防安全检查情况的通报
各单位：
2023年3月6日至3月10日，检查组对辖区单位开展了消防安全检查，共发现问题4个，已整改3个。现将有关情况通报如下：
一、存在问题
1.消防通道被占用。经现场查看，东侧消防通道长期停放车辆，影响应急通行，目前已清理完毕。
2.灭火器过期未更换。仓库内配置的灭火器压力不足，已超过检验期限，责任单位正在采购。
3.应急照明损坏。地下车库部分应急照明灯具不亮，管理单位已安排维修，计划本月底前完成。
4.消防台账不规范。部分单位消防巡查记录填写不全，签名缺失，已要求限期补齐。
二、整改要求
各单位要举一反三，全面排查。
市消防安全委员会办公室
2023年3月20日
"""

TRUTH = {
    "kind": "bulletin", "report_date": "2023-03-20",
    "inspection": {"start": "2023-03-06", "end": "2023-03-10", "feedback_date": None},
    "headline": {"problems_total": 4, "problems_done": 3, "measures_total": None},
    "problems": [
        {"seq": 1, "title": "消防通道被占用", "status": "done", "measure_count": 0, "deadline": None, "responsible_units": []},
        {"seq": 2, "title": "灭火器过期未更换", "status": "in_progress", "measure_count": 0, "deadline": None,
         "responsible_units": []},
        {"seq": 3, "title": "应急照明损坏", "status": "in_progress", "measure_count": 0, "deadline": "本月底前",
         "responsible_units": ["管理单位"]},
        {"seq": 4, "title": "消防台账不规范", "status": "in_progress", "measure_count": 0, "deadline": None,
         "responsible_units": []},
    ],
}


def test_cut_stops_mid_sentence_inside_the_kth_problems_account_and_keeps_the_first_k_problems():
    perturb = _perturb()
    for seed in range(12):
        copy, truth = perturb.cut(REPORT, random.Random(seed), TRUTH)
        k = len(truth["problems"])
        assert 2 <= k <= 3
        assert [p["title"] for p in truth["problems"]] == [p["title"] for p in TRUTH["problems"][:k]]
        last_line = copy.rstrip("\n").splitlines()[-1]
        assert last_line.startswith(f"{k}.{TRUTH['problems'][k - 1]['title']}。")
        assert len(last_line) > len(f"{k}.{TRUTH['problems'][k - 1]['title']}。") + 3  # into the account
        assert last_line[-1] not in "。，；：" and REPORT.startswith(copy.rstrip("\n"))  # mid-sentence, a prefix
        last = truth["problems"][-1]
        assert last["cut"] and last["status"] is None and last["deadline"] is None and last["responsible_units"] is None
        assert truth["problems"][0]["status"] == "done"  # the problems before the cut scored as in the truth
        # stated before the cut: the inspection's dates and the headline; the signing date after it: dropped
        assert truth["inspection"]["start"] == "2023-03-06" and truth["inspection"]["end"] == "2023-03-10"
        assert truth["headline"]["problems_total"] == 4 and truth["report_date"] is None


def test_cut_drops_a_headline_figure_stated_only_after_the_cut():
    perturb = _perturb()
    text = REPORT.replace("共发现问题4个，已整改3个。", "").replace("二、整改要求", "二、整改要求\n上述问题已整改3个。")
    copy, truth = perturb.cut(text, random.Random(3), TRUTH)
    assert "整改3个" not in copy and truth["headline"]["problems_done"] is None


def test_cut_leaves_a_text_with_two_problems_and_counts_one_whose_problems_are_not_all_on_numbered_lines():
    perturb = _perturb()
    two = dict(TRUTH, problems=TRUTH["problems"][:2])
    assert perturb.cut(REPORT, random.Random(1), two) is None and perturb.cut.skipped is None
    unnumbered = REPORT.replace("3.应急照明损坏", "此外，应急照明损坏")
    assert perturb.cut(unnumbered, random.Random(1), TRUTH) is None
    assert perturb.cut.skipped == "a problem not on a numbered line of the list's rank"


def test_cut_scorer_leaves_the_cut_problems_measure_count_unscored():
    perturb = _perturb()
    from format_copies import load_scorer

    scorer = load_scorer()
    truth = {"problems": [{"title": "消防通道被占用", "measure_count": 2}, {"title": "灭火器过期未更换", "measure_count": 3,
                                                                   "cut": True}]}
    pred = {"problems": [{"title": "消防通道被占用", "measure_count": 2}, {"title": "灭火器过期未更换", "measure_count": 1}]}
    tally, _ = perturb.CutScorer(scorer).score(truth, pred)
    assert tally.n["measure_count"] == (1, 1)
    plain, _ = scorer.score(truth, pred)
    assert plain.n["measure_count"] == (1, 2)


def test_flat_joins_every_paragraph_or_only_the_problem_sections_with_one_space():
    perturb = _perturb()
    modes = {}
    for seed in range(8):
        out = perturb.flat(REPORT, random.Random(seed), TRUTH)
        modes[perturb.flat.last] = out
    whole = modes["all"].splitlines()
    assert len(whole) == 1 and whole[0] == " ".join(line for line in REPORT.splitlines() if line.strip())
    part = modes["problems"].splitlines()
    assert part[:4] == REPORT.splitlines()[:4]  # the title, the greeting, the lead, the heading kept
    assert part[4].startswith("1.消防通道被占用。") and " 2.灭火器过期未更换。" in part[4] and " 4.消防台账不规范。" in part[4]
    assert part[5:] == REPORT.splitlines()[8:]  # 二、整改要求 and after kept on their lines


def test_flat_keeps_a_tables_rows_on_their_own_lines():
    perturb = _perturb()
    text = "检查情况如下：\n序号\t问题\t整改情况\n1\t消防通道被占用\t已整改\n以上问题请抓紧整改。\n"
    out = [perturb.flat(text, random.Random(seed), None) for seed in range(4)]
    for o in out:
        assert "序号\t问题\t整改情况\n1\t消防通道被占用\t已整改\n" in o


def test_flat_keeps_a_row_of_cells_apart_by_bars_and_joins_a_line_with_one_bar():
    perturb = _perturb()
    text = "检查情况如下：\n| 序号 | 问题 |\n| 1 | 消防通道被占用 |\n整改情况：已清理|已复查。\n以上问题请抓紧整改。\n"
    for seed in range(4):
        out = perturb.flat(text, random.Random(seed), None)
        assert "\n| 序号 | 问题 |\n| 1 | 消防通道被占用 |\n" in out
        assert "整改情况：已清理|已复查。 以上问题请抓紧整改。" in out


def test_cut_reads_a_headline_figure_by_its_counting_words_not_a_number_of_a_name():
    perturb = _perturb()
    assert perturb._figure_rx(8).search("截至目前，已整改完成8个，其余正在推进")
    assert perturb._figure_rx(25).search("共发现问题二十五项")
    assert not perturb._figure_rx(8).search("落实中央八项规定精神不够严格")
    assert not perturb._figure_rx(2).search("对整改推进缓慢的2个村进行了提醒谈话")
