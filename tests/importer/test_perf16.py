"""Session 16, importer throughput: each faster form gives what the form it replaced gave (same matches, same values).

The originals are written out here as they were; the strings are constructed (a fixed seed), not taken from documents.
"""
import itertools
import random
import re

from zhenggai.importer.parse import numbering, parse_text
from zhenggai.importer.parse.normalize import _RE_SEG, _seg_cuts, traditional_map
from zhenggai.importer.parse.readings import RE_STATE_SENTENCE, RE_TASK_NUMBER
from zhenggai.importer.parse.structure import RE_NOW_SAID, RE_NOW_STATE, _without_count_note, RE_COUNT_NOTE
from zhenggai.importer.parse.titles import _ends_as_section


def _strings(alphabet, n, longest=8, seed=16):
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest))) for _ in range(n)]


def _sig(m):
    return None if m is None else (m.span(), m.groups())


def test_a_pattern_opening_at_a_stop_finds_what_its_alternation_found():
    words = ["。", "；", "\n", "，", "目前", "该问题", "已完成整改", "现", "正在整改", "x", " ", "已全部整改到位", "截至目前", "完成整改"]
    texts = _strings(words, 4000) + ["目前已完成整改。", "x。目前，已整改到位；现正在整改", "该问题已完成整改"]
    for rx in (RE_STATE_SENTENCE, RE_NOW_SAID, RE_NOW_STATE):
        for t in texts:
            assert _sig(rx.search(t)) == _sig(rx.original.search(t)), t
            assert [_sig(m) for m in rx.finditer(t)] == [_sig(m) for m in rx.original.finditer(t)], t


def test_a_task_number_is_found_the_same_with_or_without_hao_wenti():
    original = re.compile(RE_TASK_NUMBER.pattern)
    texts = _strings(["第", "序号", "编号", "12", "3", "号问题", "号", "项", "问题", "(", "〔", " ", "x", "十"], 4000)
    texts += ["突出生态环境243号问题已整改完成", "反馈问题第7项整改情况", "第三批"]
    for t in texts:
        assert _sig(RE_TASK_NUMBER.search(t)) == _sig(original.search(t)), t
    assert RE_TASK_NUMBER.search("突出生态环境243号问题已整改完成").group(1) == "243"
    assert RE_TASK_NUMBER.search("本轮没有编写编号") is None


def _find_xs_items_as_before(text):  # find_xs_items as it was before session 16, over RE_XS.finditer
    items, tentative = [], False
    if "是" not in text:
        return items
    for m in numbering.RE_XS.finditer(text):
        n = numbering.cn_to_int(m.group(1))
        if n is None:
            continue
        start = m.start()
        before = text[start - 1] if start > 0 else ""
        if before and before in "一二三四五六七八九十第其唯":
            continue
        at_boundary = start == 0 or before in numbering.XS_BOUNDARY
        expected = (items[-1][1] + 1) if items else 1
        if not at_boundary and not items and n == 1 and numbering._subject_before(text, start):
            tentative = True
            items.append((start, n))
            continue
        if at_boundary:
            if not items and n != 1 and n > 3:
                continue
            items.append((start, n))
        elif items and n == expected:
            items.append((start, n))
    if tentative and len(items) < 2:
        return []
    return items


def test_xs_items_are_found_from_their_shi_as_re_xs_found_them():
    for t in _strings(list("一二三四五十是第其a。，是") + ["我县", "对此，"], 6000, 12):
        assert numbering.find_xs_items(t) == _find_xs_items_as_before(t), t
    assert numbering.find_xs_items("一是加强学习；二是完善制度。") == [(0, 1), (7, 2)]
    assert numbering.find_xs_items("统一是关键") == []


def test_a_chinese_numeral_reads_as_the_rule_reads_it():
    alphabet = [*numbering.CN_DIGITS, "十", "百", "x"]
    for k in range(4):
        for t in itertools.product(alphabet, repeat=k):
            s = "".join(t)
            assert numbering.cn_to_int(s) == numbering._cn_to_int(s), s
    assert numbering.cn_to_int("二十三") == 23 and numbering.cn_to_int("十") == 10 and numbering.cn_to_int("一百") is None


def test_a_heading_ending_reads_as_the_end_anchored_pattern_read_it():
    rx = re.compile(r"(?:问题|事项|任务|整改|情况)[)）]?$|[(（]\d+个[)）]$")
    for h in _strings(["问题", "事项", "任务", "整改", "情况", "问", ")", "）", "(", "（", "1", "23", "个", "\n", "a"], 6000):
        assert _ends_as_section(h) == bool(rx.search(h)), repr(h)
        assert _without_count_note(h) == RE_COUNT_NOTE.sub("", h), repr(h)


def test_a_long_paragraph_is_cut_where_the_segment_pattern_cut_it():
    words = ["一、", "二、是", "（三）", "(", "。", "清单", "如下", "整改目标：", "责任单位:", "(责任单位:", "附件1", "附件", " 附件:", "x", "：", "十二、"]
    for t in _strings(words, 4000, 10):
        assert _seg_cuts(t) == {m.start() for m in _RE_SEG.finditer(t) if m.start() > 0}, t


def test_a_traditional_character_map_holds_only_the_characters_of_the_text():
    mapping = traditional_map(["審計廳對問題進行整改", "简体字"])
    assert mapping[ord("審")] == ord("审") and mapping[ord("廳")] == ord("厅")
    assert ord("简") not in mapping and ord("问") not in mapping
    assert traditional_map(["整改落实情况"]) == {}


def test_no_heading_number_is_kept_after_a_parse():
    parse_text("关于某局巡察整改情况的通报\n一、关于“学习不深入”问题的整改\n一是制定计划。\n二是开展学习。")
    assert numbering._MARKER_MEMO == {}


def test_chinese_numeral_dates_are_rewritten_as_before_the_guard(monkeypatch):
    from zhenggai.importer.parse import dates

    words = ["二〇二三", "年", "四", "月", "六", "日", "至", "五", "三十一", "号", "12", "元月", "一", " ", "x", "十"]
    texts = _strings(words, 4000, 10) + ["二〇二三年四月六日至五月三十一日", "一年来", "3月5日"]
    guarded = [dates.arabic_dates(t) for t in texts]
    monkeypatch.setattr(dates, "_RE_CN_BEFORE_DATE_WORD", re.compile(""))  # (the guard off: always passes)
    assert guarded == [dates.arabic_dates(t) for t in texts]
    assert guarded[-3] == "2023年4月6日至5月31日"


def test_a_short_line_is_chrome_as_the_joined_alternation_read_it():
    from zhenggai.importer.parse import normalize

    joined = re.compile("|".join(f"(?:{p})" for p in normalize._CHROME_SHORT))
    words = ["【", "[", " 打印", "分享到", ":", "x", "文库", "关 键 词", "ICP备", "主办单位：", "扫一扫", "您当前位置：", "首页>", "-  a",
             "来源：新华网 发布", "版权所有", "Copyright", "限制5内", "编辑：", "上一篇"]
    for t in _strings(words, 6000, 6):
        expect = bool(joined.search(t))
        assert bool(normalize._RE_CHROME_SHORT_AT.match(t) or normalize._RE_CHROME_SHORT_IN.search(t)) == expect, t


def test_an_inspection_team_is_found_near_its_name_as_the_pattern_found_it():
    from zhenggai.importer.parse.inspection import RE_TEAM

    words = ["省委", "中央", "市", "第一", "巡视组", "巡察", "组", "巡察三组", "审计局", "审计", "，", " ", "对", "工作", "巡视工作组",
             "督导组", "xxxxx", "检查组"]
    for t in _strings(words, 4000, 12):
        assert [_sig(m) for m in RE_TEAM.finditer(t, 0, 40)] == [_sig(m) for m in RE_TEAM.original.finditer(t, 0, 40)], t
        assert _sig(RE_TEAM.search(t)) == _sig(RE_TEAM.original.search(t)), t
    assert RE_TEAM.search("根据省委统一部署，省委第三巡视组对某县进行了巡视").group(1) == "省委第三巡视组"


def test_every_task_field_label_holds_its_word_within_the_reach_its_scan_tries():
    from zhenggai.importer.parse import readings
    from tests.importer.test_speed_shortcuts import _alternatives

    reach = readings.TASK_FIELD_REACH
    worded = [a for a in _alternatives(readings.RE_TASK_FIELD.pattern)[:-1]]
    worded += ["督察" + a for a in worded if a.startswith("反馈意见")]  # ((?:督察|巡视|巡察)? dropped by _alternatives)
    for label in worded:
        at = [label.find(w) for w in readings._TASK_FIELD_ANCHORS if w in label]
        assert at and min(at) <= reach, label
    # the label read by its shape: at most {0,N} characters before its 问题
    n = int(re.search(r"\]\{0,(\d+)\}\?问题", readings._PROBLEM_LABEL).group(1))
    assert n <= reach
    original = readings.RE_TASK_FIELD.original
    words = ["整改任务", "反馈问题", "交办问题", "、", "\n", "：", ":", "督察反馈意见", "某区", "黑臭水体整治不到位", "问题表述", "（第7项）", " "]
    for t in _strings(words, 4000, 10):
        assert [_sig(m) for m in readings.RE_TASK_FIELD.finditer(t)] == [_sig(m) for m in original.finditer(t)], t


def test_lost_line_breaks_are_counted_as_the_look_behind_pattern_counted_them():
    from zhenggai.importer.parse import normalize

    assert normalize._RE_LOST_BREAK.pattern.startswith(r"(?<=[\u4e00-\u9fff。！？；：”）」』】])")
    words = ["一", "。", " ", "  ", "\u3000", "\t", "a", "（", "12、", "2023年1月2日", "2023-01-02 10:30", "】", "1.5"]
    for t in _strings(words, 6000, 10):
        assert normalize._lost_breaks(t) == len(normalize._RE_LOST_BREAK.findall(t)), repr(t)


def test_an_inspection_team_name_starts_within_the_reach_its_scan_tries():
    from zhenggai.importer.parse.inspection import RE_TEAM

    # (an optional body of at most two characters, then at most {0,N} characters, then the team's name)
    body = re.match(r"\(\(\?:([^()]*)\)\?", RE_TEAM.pattern).group(1).split("|")
    n = int(re.search(r"\]\{0,(\d+)\}\?", RE_TEAM.pattern).group(1))
    assert max(map(len, body)) + n <= RE_TEAM._reach
