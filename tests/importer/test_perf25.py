"""perf25: cheap needles before the readers session 25's commits made every document pay for (tests/importer/real/PERF25.txt).

Each needle is read off its reader's own pattern, so it passes every line the reader could take: the tests build strings
from the pattern's own fragments (its words, places, stops, blanks) with a fixed seed, and wherever the reader's pattern
takes one, they assert the needle passes it; a few are written here, none taken from documents.
"""
from __future__ import annotations

import random

from zhenggai.importer.parse import readings
from zhenggai.importer.parse.normalize import Para


def _strings(parts, n, longest=10, seed=25):
    rnd = random.Random(seed)
    return ["".join(rnd.choice(parts) for _ in range(rnd.randint(0, longest))) for _ in range(n)]


# --- region_cases_candidate: RE_REGION_NEEDLE ----------------------------------------------------------------------------

_REGION_PARTS = ["在", "在", "此外", "另外", "同时", "还有", "，", ",", "。", "！", " ", "\u3000", "\n", "青海", "海北", "湘西",
                 "广东", "清远", "省", "市", "州", "自治区", "县", "旗", "区", "盟", "全", "本", "该", "督察组", "指出", "发现",
                 "有", "垃圾", "渗滤液直排", "填埋场", "暗管", "2023年", "1", "a"]


def _sentences_taken(text: str) -> int:
    """How many sentences of the text RE_REGION_SENTENCE takes, split as region_cases_candidate splits a paragraph."""
    return sum(1 for p in text.split("\n") for s in readings.RE_SENTENCE_ENDS.split(p)
               if readings.RE_REGION_SENTENCE.match(s.strip()))


def _region_sentences(n, seed=25):
    """Sentences shaped near the pattern: an optional connective and blank, 在, random place pieces, an ending, a stop or
    comma, random rest — most taken, many missed by a piece or two."""
    rnd = random.Random(seed)
    heads = ["", "", "此外，", "另外,", "同时， ", "还有，", "此外", " ", "\u3000", "据悉，"]
    places = ["青海", "海北", "湘", "西", "广东清远", "全", "本", "该", "我", "省", "市", "州", "自治区", "县", "旗", "区", "盟", "，", " ", "1"]
    ends = ["省", "市", "州", "自治区", "县", "旗", "区", "盟", "", "镇"]
    return [rnd.choice(heads) + rnd.choice(["在", "在", "在", ""]) + "".join(rnd.choice(places) for _ in range(rnd.randint(0, 6)))
            + rnd.choice(ends) + rnd.choice(["，", ",", ",", "。", ""]) + rnd.choice(["", " ", "\u3000"])
            + "".join(rnd.choice(_REGION_PARTS) for _ in range(rnd.randint(0, 6))) for _ in range(n)]


def test_every_place_sentence_the_round_up_reader_takes_holds_its_needle():
    taken = 0
    for s in _region_sentences(40000):
        if readings.RE_REGION_SENTENCE.match(s.strip()):
            taken += 1
            assert readings.RE_REGION_NEEDLE.search(s), s
    assert taken > 500  # (the strings reach the pattern often enough to test it)


def test_a_document_holds_a_needle_for_each_place_sentence_taken_so_fewer_than_three_read_nothing():
    rnd = random.Random(7)
    sentences = [s for s in _region_sentences(20000, seed=9) if readings.RE_REGION_SENTENCE.match(s.strip())]
    others = _strings(_REGION_PARTS, 2000, seed=8)
    for _ in range(3000):
        parts = [rnd.choice(sentences if rnd.random() < 0.5 else others) for _ in range(rnd.randint(1, 6))]
        text = "".join(p + rnd.choice(["。", "！", "\n", "。\n", "! "]) for p in parts)
        assert len(list(readings.RE_REGION_NEEDLE.finditer(text))) >= _sentences_taken(text), text


def test_a_round_up_of_three_places_under_a_fault_heading_is_still_read_and_one_of_two_places_is_not():
    three = [Para("一、生活垃圾渗滤液直排", 0), Para("在甘肃张掖市,部分填埋场渗滤液收集池破损,渗滤液外溢。", 1),
             Para("此外,在云南昭通市,垃圾填埋场设置暗管偷排渗滤液。在吉林白城市,督察组发现,填埋场防渗层破损严重。", 2)]
    c = readings.region_cases_candidate(three)
    assert c is not None and [p.title for p in c.problems] == [
        "甘肃张掖市,部分填埋场渗滤液收集池破损,渗滤液外溢", "云南昭通市,垃圾填埋场设置暗管偷排渗滤液", "填埋场防渗层破损严重"]
    assert readings.region_cases_candidate(three[:2]) is None  # (two places: no round-up, and no needle count of three)


# --- correction_cases_candidate: RE_CORRECTION_NEEDLE / RE_CONTROL_YUAN_NEEDLE -------------------------------------------

_LEAD_PARTS = ["委员", "委员", "王", "美玉", "李", "明", "德勋", "提", "、", ",", "，", ":", "：", " ", "\n", "监察院", "监院", "说",
               "指出", "表示", "今天", "。", "高雄市政府", "未落实", "会"]


def test_every_lead_of_a_correction_holds_one_of_its_needles():
    leads = 0
    rnd = random.Random(11)
    members = ["王委员美玉", "李委员明", "委员德勋", "委员会", "刘委员德勋、", "蔡委员培村,", "委员", "张委员一 "]
    shaped = ["".join(rnd.choice(members + _LEAD_PARTS) for _ in range(rnd.randint(1, 5))) + rnd.choice(["提", "提,", "说,", ""])
              + rnd.choice([",", "，", ":", "", " ,"]) + "".join(rnd.choice(_LEAD_PARTS) for _ in range(rnd.randint(0, 4)))
              for _ in range(30000)]
    for s in shaped + _strings(_LEAD_PARTS, 20000, longest=12):
        for m in readings.RE_CORRECTION_LEAD.finditer(s):
            leads += 1
            assert readings.RE_CORRECTION_NEEDLE.search(m.group(0)) or readings.RE_CONTROL_YUAN_NEEDLE.search(m.group(0)), s
    assert leads > 500


def test_a_correction_statement_is_still_read_and_a_text_naming_no_proposer_is_not():
    said = [Para("案由:", 0), Para("赵委员光明、钱委员海提,新竹县政府对于辖区违章工厂未依法查处,致农地污染扩大,以上均有违失,爰依法提案纠正。", 1),
            Para("案件状态:已结案", 2)]
    c = readings.correction_cases_candidate(said)
    assert c is not None and [(p.responsible_units, p.status) for p in c.problems] == [(["新竹县政府"], "done")]
    plain = [Para("县政府对于辖区违章工厂未依法查处,致农地污染扩大,以上均有违失,应予纠正。", 0)]
    assert readings.correction_cases_candidate(plain) is None


# --- rx.LiteralBranches: whole-account scans of whole_document_candidate and duty_closed_candidate ----------------------

from zhenggai.importer.parse.rx import LiteralBranches  # noqa: E402

_LABEL_PARTS = ["整改", "完成", "情况", "落实", "措施", "进展", "进度", "状态", "成效", "责任", "单位", "部门", "牵头", "监督",
                "监管", "为", "是", "：", ":", "。", "；", ";", "，", ",", "\n", " ", "整改时限", "完成时限", "时限要求", "2023年",
                "5月", "10日", "前", "底", "立行立改", "30天内", "（", "）", ")", "1.", "已完成", "县住建局", "甲", "a", "7"]


def _sig(m):
    return None if m is None else (m.span(), m.groups())


def test_each_pattern_kept_as_literal_led_parts_finds_what_its_original_finds():
    patterns = [readings.RE_MEASURE_LABEL, readings.RE_STATED, readings.RE_STATED_CLAUSE, readings.RE_DUTY_FIELDS,
                readings.RE_UNITS_NAMED]
    rnd = random.Random(4)
    labels = ["整改完成情况", "整改落实情况", "整改措施落实情况", "整改措施完成情况", "整改措施情况", "整改措施", "整改情况", "整改进展情况",
              "整改进展", "整改进度", "整改状态", "完成情况", "整改成效", "责任", "责任单位", "责任部门", "牵头单位", "牵头部门", "牵头",
              "整改时限", "监督责任", "整改", "情况", "完成"]
    shaped = ["".join(rnd.choice(_LABEL_PARTS) for _ in range(rnd.randint(0, 3))).join(
        rnd.choice(labels) + rnd.choice(["", " ", "为", "是"]) + rnd.choice(["：", ":", "", "； "]) + rnd.choice(["", " "])
        + "".join(rnd.choice(_LABEL_PARTS) for _ in range(rnd.randint(0, 8))) for _ in range(rnd.randint(1, 3)))
        for _ in range(5000)]
    texts = shaped + _strings(_LABEL_PARTS, 2000, longest=16, seed=3) + ["整改措施：1.…；完成情况：已完成。", "责任单位为县住建局", ""]
    for rx in patterns:
        assert isinstance(rx, LiteralBranches)
        plain = rx.original
        found = 0
        for t in texts:
            for pos in (0, 1, 5):
                assert _sig(rx.search(t, pos)) == _sig(plain.search(t, pos)), (rx.pattern, t, pos)
                assert [_sig(m) for m in rx.finditer(t, pos)] == [_sig(m) for m in plain.finditer(t, pos)], (rx.pattern, t, pos)
            assert _sig(rx.search(t, 0, 9)) == _sig(plain.search(t, 0, 9)), (rx.pattern, t)
            assert _sig(rx.match(t)) == _sig(plain.match(t))
            found += plain.search(t) is not None
        assert found > 100, rx.pattern  # (the strings reach each pattern's matches often)


def test_literal_branches_refuse_parts_whose_groups_differ_from_the_original():
    import pytest

    with pytest.raises(ValueError):
        LiteralBranches(r"(?:甲(\d)|乙)", [r"甲\d", r"乙"])



# --- three more scans: a literal first, or the look-behind's stop consumed -------------------------------------------------

from zhenggai.importer.parse import facts, structure  # noqa: E402
from zhenggai.importer.parse.rx import Needles  # noqa: E402


def test_the_cuts_between_run_together_items_are_the_same_found_at_the_stop():
    parts = ["。", "）", ")", ":", "：", "1.", "2、", "12．", "（一）", "(二)", "问题3:", "问题十：", "整改情况", "整改措施：", "整改进展:",
             "：", "发现", "甲单位", "未", "；", ";", " ", "7", "a"]
    rnd = random.Random(5)
    shaped = ["".join(rnd.choice(parts[:12]) + "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 5)))
                      + rnd.choice(["整改情况", "整改措施", "整改进展", "整改"]) + rnd.choice([":", "：", ""])
                      for _ in range(rnd.randint(1, 4))) for _ in range(6000)]
    cut = 0
    for t in shaped + _strings(parts, 3000, longest=14, seed=6):
        old = [m.start() for m in structure.RE_RUN_TOGETHER_ITEM.finditer(t)]
        assert [m.end() for m in structure.RE_RUN_TOGETHER_ITEM_AT_STOP.finditer(t)] == old, t
        cut += len(old) >= 2
    assert cut > 300


def test_every_match_of_the_example_offenders_holds_deng():
    parts = ["公司", "厂", "集团", "企业", "工地", "养殖场", "加油站", "等", "等", "3家", "多家", "几家", "单位", "，", "甲", "1"]
    seen = 0
    for t in _strings(parts, 20000, longest=8, seed=12):
        if readings.RE_EXAMPLE_OFFENDERS.search(t):
            seen += 1
            assert "等" in t
    assert seen > 500


def test_the_news_leads_day_is_searched_only_in_a_line_naming_its_reporter():
    assert isinstance(facts.RE_NEWS_LEAD_DAY, Needles) and facts.RE_NEWS_LEAD_DAY.needles == ("记者",)
    assert facts.news_lead_date(["2025年首批督察进驻结束在即,5月21日,本报记者从省生态环境厅获悉,…"], "") == "2025-05-21"
    assert facts.news_lead_date(["5月21日,从省生态环境厅获悉,…"], "") is None
