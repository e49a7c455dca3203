"""A problem's body split into its measures: 一是/二是, numbered paragraphs, inline 1./（1）/① items,
with next-step lists cut off and numbering defects reported."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..result import ParsedMeasure
from .dates import clean_deadline
from .fields import RE_PAREN_DEADLINE, add_units, bracket_fields, units_in
from .numbering import (
    Marker,
    RE_NEXT_STEP,
    find_circled,
    find_inline_numbered,
    find_inline_paren,
    find_xs_items,
    int_to_cn,
)


# --- measures ----------------------------------------------------------------------
@dataclass
class BodyItem:
    text: str
    pos: int | None
    marker: Marker | None = None


# a report in parts opens each with "第三部分 下一步工作…": the part a problem sits in ends there, whatever follows
# (the heading's own words follow, or a break: not "第一部分资金已拨付", a measure opening with a share of something)
RE_PART_HEADING = re.compile(r"^\s*第[一二三四五六七八九十]{1,2}部分(?:\s|[:：、]|$|(?=下一步|整改|工作|反馈|问题|基本|主要|存在|总体|组织|关于))")


def _cut_next_step(items: list[BodyItem]) -> tuple[list[BodyItem], list[BodyItem]]:
    for i, it in enumerate(items):
        if it.text[:1] == "第" and RE_PART_HEADING.match(it.text):
            return items[:i], items[i:]
        m = RE_NEXT_STEP.search(it.text) if "下一步" in it.text else None
        if m:
            kept = items[:i]
            head = it.text[: m.start()].strip()
            if head:
                kept.append(BodyItem(head, it.pos, it.marker))
            rest = [BodyItem(it.text[m.start():], it.pos)] + items[i + 1:]
            return kept, rest
    return items, []


def _measure_from(text: str, seq: int | None, pos: int | None) -> ParsedMeasure:
    text = text.strip()
    units = units_in(text)
    deadline = None
    # (every label the pattern reads holds 时限 or 完成时间: a measure naming neither is not searched)
    m = RE_PAREN_DEADLINE.search(text) if "时限" in text or "完成时间" in text else None
    if m:
        deadline = clean_deadline(m.group(1))
    elif "时限" in text or "期限" in text or "完成时间" in text:
        # bw23: the deadline among the other fields of the bracket closing the item ("（责任部门：A；完成时限：2024年9月；
        # 目前进度：已完成）"): the bracket's deadline field, wherever it stands in it
        deadline = next((clean_deadline(f["deadline"]) for f in bracket_fields(text) if f.get("deadline")), None)
    return ParsedMeasure(seq=seq, text=text, deadline=deadline, responsible_units=units, position=pos)


# an inline item's own number, cut off its text (precompiled: each item of every problem passes here)
_RE_XS_LEAD = re.compile(r"^[一二三四五六七八九十]{1,3}是\s*[,，:：、]?")
_RE_NUM_LEAD = re.compile(r"^\d{1,2}\s*[.．、]")
_RE_PAREN_LEAD = re.compile(r"^[(（]?\d{1,2}[)）]")  # (bw23: also the half bracket, "1）")


_RE_STATE_CLOSES_PARAGRAPH = re.compile(r"(?:目前|截至目前|当前|现)[，,]?\s*(?:该|此)项?(?:问题|任务|工作)\s*(?:已经?|均已)(?:全部)?"
                                        r"(?:整改到位|完成整改|整改完成|整改完毕|办结|销号)[。！!]?(?=\n)")


def split_measures(items: list[BodyItem]) -> tuple[list[ParsedMeasure], list[str], list[str]]:
    """(measures, intro/orphan notes, numbering notes) from the measure region of a problem."""
    items = [it for it in items if it.text.strip()]
    notes: list[str] = []
    numbering: list[str] = []
    if not items:
        return [], notes, numbering
    marked = [it for it in items if it.marker is not None]
    if len(marked) >= 2 and not _items_also_inline(items, marked):
        top = min(it.marker.level for it in marked)
        measures: list[ParsedMeasure] = []
        for it in items:
            if it.marker is not None and it.marker.level == top:
                measures.append(_measure_from(it.marker.rest, it.marker.number, it.pos))
            elif measures:
                measures[-1].text += "\n" + (it.marker.raw + it.marker.rest if it.marker else it.text)
                add_units(measures[-1].responsible_units, units_in(it.text))
            else:
                notes.append(it.text)
        _check_sequence([m.seq for m in measures], numbering, "")
        return measures, notes, numbering
    # one text with paragraph breaks kept as boundaries
    joined = ""
    offsets: list[tuple[int, BodyItem]] = []
    for it in items:
        if joined:
            joined += "\n"
        offsets.append((len(joined), it))
        joined += it.text

    def pos_at(off: int) -> int | None:
        p = None
        for start, it in offsets:
            if start <= off:
                p = it.pos
        return p

    numbered = find_inline_numbered(joined)
    finders = [(find_xs_items, "xs"), (find_inline_numbered, "num"), (find_circled, "circled"), (find_inline_paren, "paren")]
    if len(numbered) >= 2 and numbered[0][0] == 0:
        finders.insert(0, (find_inline_numbered, "num"))
    for finder, style in finders:
        found = numbered if finder is find_inline_numbered else finder(joined)  # (already found above)
        if style in ("circled", "paren") and len(found) < 2:
            continue
        if found:
            intro = joined[: found[0][0]].strip()
            measures = []
            lost_first = (style == "xs" and found[0][1] == 2 and len(intro) >= 10 and intro[-1] in "。；;"
                          and not _RE_INTRO_LEAD.search(intro))
            if lost_first:
                # audit24: the account's "一是" lost (a mask, a copy's slip: "****…公开…结果。二是严格执行…"): its
                # first sentence, a full one of its own before "二是", is the first measure, not an intro
                measures.append(_measure_from(intro.replace("\n", ""), 1, items[0].pos))
            elif intro:
                notes.append(intro)
            bounds = [f[0] for f in found] + [len(joined)]
            previous = None
            kept: list[int] = []
            # bw23: the account ends with the sentence saying where its problem stands, closing its paragraph ("…二是…。
            # 目前，该问题已整改到位。"): the paragraphs after it (a news story's quotes and figures) are no part of the
            # last measure — notes
            closed = _RE_STATE_CLOSES_PARAGRAPH.search(joined, found[-1][0]) if "\n" in joined[found[-1][0]:] else None
            if closed is not None and joined[closed.end():].strip():
                notes.extend(x for x in joined[closed.end():].split("\n") if x.strip())
                bounds[-1] = closed.end()
            for (start, n), end in zip(found, bounds[1:]):
                chunk = joined[start:end]
                if previous is not None and previous == (n, chunk.strip()):
                    numbering.append(f"措施“{int_to_cn(n) + '是' if style == 'xs' else n}”整句重复出现，只计一次")
                    continue
                previous = (n, chunk.strip())
                kept.append(n)
                if style == "xs":
                    chunk = _RE_XS_LEAD.sub("", chunk)
                elif style == "num":
                    chunk = _RE_NUM_LEAD.sub("", chunk)
                else:
                    chunk = chunk[1:] if style == "circled" else _RE_PAREN_LEAD.sub("", chunk)
                measures.append(_measure_from(chunk.replace("\n", ""), n, pos_at(start)))
            _check_sequence(([1] if lost_first else []) + kept, numbering, "是" if style == "xs" else "")
            return measures, notes, numbering
    return [_measure_from(joined.replace("\n", ""), None, items[0].pos)], notes, numbering


# an intro that announces the items or tells why, not a first item: "采取以下措施。", "针对该问题，…整改。" (short of one)
_RE_INTRO_LEAD = re.compile(r"以下|如下|下列|措施[:：]|高度重视|专题研究|认真研究")


def _items_also_inline(items: list[BodyItem], marked: list[BodyItem]) -> bool:
    """Numbered items that run on inside lines as well as starting them
    ("整改措施：（1）…；" / "（2）…；（3）…；" / "（4）…"): count them in the joined text."""
    top = min(it.marker.level for it in marked)
    numbers = [it.marker.number for it in marked if it.marker.level == top]
    joined = "\n".join(it.text for it in items)
    if numbers == list(range(1, len(numbers) + 1)) and not any(
        it.marker is None and find_inline_paren(it.text) for it in items[: items.index(marked[0])]
    ):
        # (a wrapped line holding the next number after its own, "（2）…；（3）…", runs on too: the numbers found in
        # the joined text go on 1, 2, 3 … past the lines' own, each once)
        from .numbering import LEVEL_ARABIC_PAREN

        if top != LEVEL_ARABIC_PAREN:
            return False
        found = [n for _, n in find_inline_paren(joined)]
        return len(found) > len(numbers) and found == list(range(1, len(found) + 1))
    for finder in (find_inline_paren, find_inline_numbered, find_circled):
        found = [n for _, n in finder(joined)]
        if len(found) > len(numbers) and set(numbers) <= set(found):
            return True
    return False


def _check_sequence(numbers: list[int | None], out: list[str], suffix: str) -> None:
    def label(n: int) -> str:
        return (int_to_cn(n) + suffix) if suffix else str(n)

    seen: set[int] = set()
    prev = 0
    for n in numbers:
        if n is None:
            continue
        if n in seen:
            out.append(f"措施编号“{label(n)}”重复")
        elif n > prev + 1:
            out.append(f"措施编号从“{label(prev)}”跳到“{label(n)}”" if prev else f"措施编号从“{label(n)}”开始")
        seen.add(n)
        prev = max(prev, n)
