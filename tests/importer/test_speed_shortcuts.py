"""The parser's speed shortcuts (session 13) give what the slower code they replace gave.

Each shortcut skips a regex scan when a literal every match needs is absent, or does a regex's work another way.
These tests hold the shortcuts to the regexes they guard, so that a label added to a regex later without its
guard word fails here instead of silently never matching.
"""
import random
import re

from hypothesis import given
from hypothesis import strategies as st

from zhenggai.importer.parse import dates, levels, normalize, numbering, readings, titles


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern's first group "(?:A|B|…)", optional groups in them dropped."""
    assert pattern.startswith("(?:")
    depth, start, out = 0, 3, []
    for i in range(3, len(pattern)):
        ch = pattern[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                out.append(pattern[start:i])
                break
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return [re.sub(r"\(\?:[^()]*\)\?", "", alt) for alt in out]


def test_every_task_field_label_holds_one_of_the_words_that_let_its_scan_run():
    labels = _alternatives(readings.RE_TASK_FIELD.pattern)
    assert "整改任务" in labels and "反馈意见" in labels
    # (the label read by its shape, session 14 fin8, is a pattern, not a word: every label it reads holds 问题, a guard word)
    # (split here at its first bracket: its lookbehind opens it)
    assert readings._PROBLEM_LABEL.startswith(labels[-1]) and "问题" in readings._TASK_FIELD_WORDS
    assert re.sub(r"\(\?:.*\)\?$", "", readings._PROBLEM_LABEL).endswith("问题")  # every label it reads holds 问题
    labels = labels[:-1] + ["问题表述", "具体问题", "巡视反馈问题", "问题内容"]
    for label in labels:
        # (task25: a label naming the plan's list holds the task's number after it, "任务清单第4项：" — its lookahead)
        numbered = label.endswith(r"(?=\s*第)")
        label = label[: -len(r"(?=\s*第)")] + "第3项" if numbered else label
        text = f"一、{label}：某区黑臭水体整治不到位"
        assert readings.RE_TASK_FIELD.search(text), label
        assert any(w in text for w in readings._TASK_FIELD_WORDS), label


def test_every_plan_label_holds_one_of_the_words_that_let_its_scan_run():
    labels = _alternatives(levels.RE_PLAN_LABEL.pattern)
    assert len(labels) == 4
    for label in labels:
        text = f"完善制度。{label}：2023年底前"
        assert levels.RE_PLAN_LABEL.search(text), label
        assert any(w in text for w in levels._PLAN_LABEL_WORDS), label


def test_the_literals_the_guards_test_for_are_in_the_patterns_they_guard():
    assert "反馈指出" in numbering.RE_FED_BACK_ITEM.pattern
    assert numbering.RE_XS.pattern.endswith("是")
    assert normalize.RE_PAGE_JUMP.pattern.startswith("[(（]")
    assert r"((?:19|20)\d{2})(\d{2,4})日" in dates.RE_LOST_UNITS_FULL.pattern  # six digits or more, then 日
    assert r"(\d{3,4})日" in dates.RE_LOST_UNITS_SHORT.pattern
    tone = re.search(r"\[a-zü \\t'\]\*\[([^\]]*)\]", normalize.RE_PINYIN_GLOSS.pattern).group(1)  # (gloss24's form)
    assert set(tone) == set(normalize._RE_TONE_MARK.pattern[1:-1])


_FOLD_ALPHABET = [chr(c) for c in range(0xFE4E, 0xFF62)] + list("己已自知完成全部整改abc，：（）\n ")


@given(st.lists(st.sampled_from(_FOLD_ALPHABET), max_size=40).map("".join))
def test_folding_replaces_the_characters_as_translating_every_character_through_the_table_did(text):
    expected = normalize._RE_JI_FOR_YI.sub("已", text.translate(normalize._FOLD))
    assert normalize.fold(text) == expected


def test_a_title_loses_its_trailing_punctuation_and_spaces_as_the_regex_removed_them():
    rng = random.Random(13)
    pieces = ["问题：", "存在问题:", "整改", "不到位", "。", ".", ";", "；", ",", "，", ":", "：", " ", "\u3000", "\n", "\xa0", "a"]
    for _ in range(3000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        old = t.strip()
        old = re.sub(r"^(?:存在的?问题|反馈问题|问题描述|问题内容|具体问题|问题)\s*[:：]\s*", "", old)
        old = re.sub(r"[。.;；,，:：\s]+$", "", old).strip()
        assert titles._clean_title(t) == old, repr(t)
