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


# --- the parser's rules the cut and flat copies asked for ----------------------------------------------------------

def _parse(text: str):
    from zhenggai.importer.parse import parse_text

    return parse_text(text)


def _split(text: str) -> list[str]:
    from zhenggai.importer.parse.normalize import Para, split_run_on_items

    out, _ = split_run_on_items([Para(text, 0)])
    return [p.text for p in out]


SITE_CHECK = "\n".join([
    "1、西大桥西侧河边堤岸警示牌沿线有垃圾死角和建筑垃圾。",
    "整改要求:由县环卫站负责清除上述地段垃圾死角和建筑垃圾。",
    "2、平利花园对面迎宾大道南围墙上有牛皮癣和野广告,东入口绿化带内丢弃有白色垃圾。",
    "整改要求:由包片单位县气象局负责清除。",
    "3、原安运司院落内有多处卫生死角,杂物乱堆。",
    "整改要求:由包片单位县供销社负责督促业主清理院内垃圾死角,规范物品堆",
])


def test_a_site_checks_items_each_under_its_demand_to_be_put_right_read_as_problems_when_the_copy_is_cut():
    ps = _parse(SITE_CHECK).problems
    assert [p.title for p in ps][:1] == ["西大桥西侧河边堤岸警示牌沿线有垃圾死角和建筑垃圾"] and len(ps) == 3


def test_items_each_followed_by_what_was_done_are_no_demands_and_do_not_read_as_problems_by_that():
    from zhenggai.importer.parse.readings import RE_DEMAND_FIELD

    assert RE_DEMAND_FIELD.match("整改要求:由县环卫站负责清除。") and RE_DEMAND_FIELD.match("整改意见：限期清理。")
    assert not RE_DEMAND_FIELD.match("整改措施：修订制度，建立台账。")
    assert not RE_DEMAND_FIELD.match("按照整改要求，已完成清理。")


def test_items_joined_after_semicolons_with_the_scrapers_space_are_split_in_their_sequence():
    assert _split("1、厂房出口处未设置疏散指示标志; 2、厂房内未设置室内消火栓; 3、灭火器过期。") == [
        "1、厂房出口处未设置疏散指示标志;", "2、厂房内未设置室内消火栓;", "3、灭火器过期。"]
    assert _split("（一）未公开村务。 （二）未按协议兑付土地承包费。") == ["（一）未公开村务。", "（二）未按协议兑付土地承包费。"]
    assert _split("(1)灭火器过期未更换; (2)疏散通道堵塞。") == ["(1)灭火器过期未更换;", "(2)疏散通道堵塞。"]
    assert _split("1、未公示教师陪餐记录, 2、食堂内无灭蚊设备") == ["1、未公示教师陪餐记录,", "2、食堂内无灭蚊设备"]


def test_items_each_closed_by_a_note_of_their_units_and_joined_with_the_breaks_space_are_split():
    assert _split("1.胡同内有垃圾。(责任单位:英雄街道) 2.门前路面破损。(责任单位:住建局) 3.乱堆乱放。") == [
        "1.胡同内有垃圾。(责任单位:英雄街道)", "2.门前路面破损。(责任单位:住建局)", "3.乱堆乱放。"]


def test_a_bracket_right_before_the_next_number_without_a_space_does_not_split():
    assert len(_split("1.胡同内有垃圾(见附件2)2.门前路面破损。")) == 1


def test_a_clauses_own_list_and_numbers_out_of_sequence_stay_in_one_paragraph():
    assert len(_split("1、提高认识，2、加强领导，3、压实责任，切实把工作做好。")) == 1  # (a comma without the break's space)
    assert len(_split("1.学习制度不健全。整改措施：1.修订制度。2.建立台账。")) == 1  # (the item's own measures)
    assert len(_split("1、安全出口未设置卷帘门; 3、机械排烟设施未保持完好有效。")) == 1  # (no 2: not a run)
    assert len(_split("（一）未公开村务; 2、未按协议兑付。")) == 1  # (another numbering)


def test_a_page_date_or_timestamp_in_a_text_that_lost_its_breaks_stands_on_a_line_of_its_own():
    from zhenggai.importer.parse.normalize import restore_lost_breaks

    body = "根据市委统一部署，巡察组对开发区工委进行了巡察。 " * 10
    out = restore_lost_breaks([f"关于巡察整改进展情况的通报 2025-04-29 18:10 {body}"])
    assert out[:3] == ["关于巡察整改进展情况的通报", "2025-04-29 18:10", "根据市委统一部署，巡察组对开发区工委进行了巡察。"]
    out = restore_lost_breaks([f"整改方案全部公开 中国证券报 2023-02-22 2月9日，记者获悉。 {body}"])
    assert "整改方案全部公开" in out and "中国证券报 2023-02-22" in out and "2月9日，记者获悉。" in out


def test_a_date_and_its_time_and_a_spaced_figure_are_not_parted():
    from zhenggai.importer.parse.normalize import _RE_STAMP_BREAK

    assert _RE_STAMP_BREAK.split("发布时间 2021-06-25 16:57 来源") == ["发布时间 2021-06-25 16:57", "来源"]
    assert _RE_STAMP_BREAK.split("共发现问题 12 个，已整改 10 个") == ["共发现问题 12 个，已整改 10 个"]
    assert _RE_STAMP_BREAK.split("于 2020年10月5日 召开会议") == ["于 2020年10月5日 召开会议"]
