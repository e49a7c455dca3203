"""The same problem again (问题反复): a problem of a new round that says what an earlier round's problem said.

Later rounds reword a problem, so this is not copied-text detection: it compares the character bigrams of the
two statements (Dice coefficient) after dropping the genre's function words (问题、存在、不够……), which every
problem statement shares. Threshold set on tests/quality/data/own_problems.py.
"""
from __future__ import annotations

import re

SAME_PROBLEM_AT = 0.30

_STRIP = re.compile(r"[\s\W_\d]+", re.UNICODE)
_FUNCTION_WORDS = re.compile(
    r"问题|存在|不够|不到位|不力|不严|不规范|不健全|不高|仍然|仍有|仍未|依然|部分|现象|情况|方面|工作|有待|较多|突出|"
    r"个别|一些|没有|彻底|解决|落实|执行|管理|薄弱|环节")


def bigrams(statement: str) -> set[str]:
    text = _FUNCTION_WORDS.sub("|", _STRIP.sub("|", statement or ""))
    return {text[i:i + 2] for i in range(len(text) - 1) if "|" not in text[i:i + 2]}


def similarity(a: str, b: str) -> float:
    ga, gb = bigrams(a), bigrams(b)
    if not ga or not gb:
        return 0.0
    return 2 * len(ga & gb) / (len(ga) + len(gb))


def same_problem(a: str, b: str) -> bool:
    return similarity(a, b) >= SAME_PROBLEM_AT
