"""Properties that hold for any input."""
from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhenggai.importer.parse import parse_text

SAMPLE = (Path(__file__).resolve().parent / "samples" / "audit_report.txt").read_text(encoding="utf-8")
PIECES = [
    "一、", "（一）", "(二)", "1.", "2、", "（1）", "①", "一是", "二是", "下一步，", "关于“", "”问题的整改情况", "整改目标：",
    "整改措施：", "（责任单位：", "）", "。", "，", "\n", " ", "2023年", "5月6日", "至", "巡察组", "反馈", "已完成", "个问题",
    "条措施", "(下转第2版)", "1、", "- ", "问题", "方面", "正在推进", "长期坚持", "\u00a0", "\u3000",
]
settings.register_profile("importer", deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("importer")


@given(st.text(max_size=400))
def test_it_never_raises_on_arbitrary_text(text):
    parse_text(text).to_dict()


@given(st.lists(st.sampled_from(PIECES) | st.text(alphabet="甲乙丙丁问题整改措施推进完成", max_size=6), max_size=60).map("".join))
def test_it_never_raises_on_text_made_of_the_genre_s_pieces(text):
    parse_text(text).to_dict()


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_it_is_deterministic(text):
    assert json.dumps(parse_text(text).to_dict(), ensure_ascii=False) == json.dumps(parse_text(text).to_dict(), ensure_ascii=False)


_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", ".": "．", "!": "！", "?": "？"})
_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "．": ".", "！": "!", "？": "?"})


def _shape(text: str):
    r = parse_text(text)
    f = lambda t: t.translate(_HALF) if t else t  # noqa: E731 - the text is kept as written; compare the structure
    return [(p.seq, f(p.title), p.status, p.measure_count, f(p.category), f(p.deadline)) for p in r.problems], r.headline.to_dict(), r.report_date


def test_it_reads_the_same_structure_with_full_width_or_ascii_punctuation():
    shape = _shape(SAMPLE)
    assert _shape(SAMPLE.translate(_HALF)) == shape
    assert _shape(SAMPLE.translate(_HALF).translate(_FULL)) == shape


@given(st.lists(st.sampled_from([" ", "\u3000", "\u00a0", "\u2002", "\t"]), min_size=1, max_size=3).map("".join), st.integers(0, 10_000))
def test_extra_whitespace_does_not_change_the_result(space, seed):
    lines = SAMPLE.splitlines()
    spaced = []
    for i, line in enumerate(lines):
        k = (seed + i * 7) % (len(line) + 1)
        # spaces at line ends and between Chinese characters, blank lines between paragraphs
        spaced.append(space + line[:k] + (space if k and line[k - 1:k] > "\u2e80" else "") + line[k:] + space)
        spaced.append("")
    assert _shape("\n".join(spaced)) == _shape(SAMPLE)
