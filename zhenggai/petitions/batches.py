"""Batch numbers as the 督察组 writes them: 第二十五批, 第35-1批, 第3批（补充）."""
from __future__ import annotations

import re

_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_number(text: str) -> int | None:
    """二十五 → 25, 一百零三 → 103; None when the text is not a Chinese numeral."""
    if not text or any(c not in _CN and c not in "十百" for c in text):
        return None
    total, current = 0, 0
    for c in text:
        if c == "百":
            total += (current or 1) * 100
            current = 0
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _CN[c] if current else _CN[c]
    return total + current


def batch_numbers(text: str) -> tuple[int, ...]:
    """The numbers of a batch name: 第二十五批 → (25,), 第35-1批 → (35, 1); () when it has none."""
    text = re.sub(r"\s+", "", text or "")
    m = re.search(r"第?([0-9一二三四五六七八九十百零〇两]+)(?:[-－—]([0-9]+))?批", text) or re.search(r"(\d+)", text)
    if not m:
        return ()
    first = int(m[1]) if m[1].isdigit() else chinese_number(m[1])
    if first is None:
        return ()
    second = m[2] if m.lastindex and m.lastindex >= 2 else None
    return (first, int(second)) if second else (first,)


def batch_sort_key(text: str) -> str:
    numbers = batch_numbers(text)
    return "".join(f"{n:06d}" for n in numbers) if numbers else "999999" + (text or "")[:30]


def normalize_batch(text: str) -> str:
    """The way the ledger writes a batch: 第25批 for 第二十五批 and "25", 第35-1批 kept."""
    numbers = batch_numbers(text)
    if not numbers:
        return re.sub(r"\s+", "", text or "")
    return "第" + "-".join(str(n) for n in numbers) + "批"
