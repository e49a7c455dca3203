"""Labelled fields of plans and ledgers: 整改目标 / 整改时限 / 整改措施 / 责任单位 …"""
from __future__ import annotations

import re

from .rx import NearAnchor, end_literals

FIELD_NAMES = {
    "target": r"整改目标|工作目标",
    # (a plan also writes the date it sets as "完成时间：2024年6月底前", "整改时间：", "时间节点：", "完成期限：")
    "deadline": r"整改时限|完成时限|整改期限|完成时间要求|完成时间|整改时间|时间节点|完成期限",
    "measures": r"整改措施及阶段性成效|整改结果及成效|整改措施|主要措施|具体措施|整改情况|整改进展情况|整改进展|整改成效|阶段性成效|整改结果|落实情况|整改完成情况|完成情况",
    "leader": r"责任领导|牵头领导|分管领导|督办领导",
    # (a hospital's or school's plan charges its own offices: "责任科室：药剂科", "责任处室", "责任股室")
    # (one19: a 销号 notice names the body carrying the task out "整改实施主体：某园区党工委、管委会", as its sections'
    # label does, readings.SECTION_LABELS["units"])
    "units": r"(?:问题)?整改责任单位|整改责任部门|责任单位|牵头单位|责任部门|牵头部门|责任科室|牵头科室|责任处室|牵头处室|责任股室|整改实施主体",
    "co_units": r"配合单位|协办单位|配合部门|协同单位",
    "person": r"责任人",
}
_ALL = "|".join(f"(?P<{k}>{v})" for k, v in FIELD_NAMES.items())


# res21: the bodies a task's fields name fill three roles — who leads (牵头单位), who answers for it (责任单位 / 责任部门 /
# 整改实施主体 …) and who helps (配合单位 / 协办单位 …). The helpers are units only where nobody is named as answering
# for it (a 牵头/配合 pair is the task's whole division of the work); where a 责任… field names who answers for it, the
# helpers are no responsible units (they help those named).
def names_duty(label: str) -> bool:
    """A units label naming who answers for the task (责任单位, 整改责任部门, 整改实施主体), not who leads it (牵头单位)."""
    return "责任" in label or "主体" in label


def with_co_units(units: list[str], co_values: list[str], duty_named: bool) -> list[str]:
    """``units`` and, unless a 责任… label named who answers for the task, the units of the helpers' fields after them."""
    if duty_named:
        return units
    out = list(units)
    for v in co_values:
        out.extend(u for u in split_units(v) if u not in out)
    return out
# a label not inside parentheses: "(责任单位:…)" belongs to the measure it follows
RE_FIELD = re.compile(rf"(?<![(（])(?:{_ALL})\s*[:：]|【\s*(?:{_ALL.replace('(?P<', '(?P<b_')})\s*】\s*[:：]?")
# (its first branch opens with a look-behind, so the engine tries it at every offset of a paragraph: every label starts
# with a label word's first character or 【, and the pattern is tried only there — rx.NearAnchor, the same matches)
_LABEL_FIRSTS = "".join(sorted({w[0] for v in FIELD_NAMES.values() for w in v.split("|")} | {"【"}))
RE_FIELD = NearAnchor(RE_FIELD.pattern, "[" + re.escape(_LABEL_FIRSTS) + "]", 0)
# (perf19: those first characters are common words' — 整, 完, 工, 主, 责 … — so most tries failed. A match is either a
# label word, the blank run before a colon, the colon; or a 【 opening a bracketed label. Each colon's blank run is found
# by one class-led scan, and only the offsets where a label word ends right before it are tried: LabelsBeforeColon.)
_LABEL_WORDS = end_literals("(?:" + "|".join(FIELD_NAMES.values()) + ")$")


class LabelsBeforeColon:
    """RE_FIELD's matches (the NearAnchor's above), tried only at each 【 and where one of ``_LABEL_WORDS`` ends right
    before a colon's blank run — every offset where a match can start: a label word holds no blank, colon or 【, so it
    ends where the blank run before its colon begins, after any earlier colon. As the NearAnchor, only an offset whose
    character is one of ``_LABEL_FIRSTS`` is tried (so "问题整改责任单位：" is read from its 整, as before: 问 is not
    among them). ``finditer`` gives the NearAnchor's matches, in order."""

    def __init__(self, rx: NearAnchor):
        self.original = rx.original
        self.pattern = rx.pattern
        self._words = frozenset(_LABEL_WORDS)
        self._lengths = sorted({len(w) for w in _LABEL_WORDS}, reverse=True)  # (the longest first: offsets in order)
        # (perf22: a colon or 【 found by a character class, the colon's blank run read back from it — the start of
        # "\s*[:：]|【"'s match, which the engine tried at every offset: \s* may be empty, so nothing leads it)
        self._anchor = re.compile(r"[:：【]")

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else min(endpos, len(text))
        match, words, firsts = self.original.match, self._words, _LABEL_FIRSTS
        p = pos
        for a in self._anchor.finditer(text, pos, endpos):
            q = a.start()
            if text[q] != "【":
                while q > pos and text[q - 1].isspace():  # (str.isspace is the engine's \s)
                    q -= 1
            starts = (q,) if text[q] == "【" else [q - n for n in self._lengths
                                                  if q - n >= p and text[q - n] in firsts and text[q - n:q] in words]
            for s in starts:
                if s < p:
                    continue
                m = match(text, s, endpos)
                if m is not None:
                    yield m
                    p = m.end() if m.end() > s else s + 1

    def __getattr__(self, name):  # (search, match …: the pattern's own)
        return getattr(self.original, name)


RE_FIELD = LabelsBeforeColon(RE_FIELD)

DONE_LABELS = re.compile(r"^(?:整改结果及成效|整改成效|整改结果)$")
# "整改进展：" alone is neutral: bulletins use it for finished problems as well
PROGRESS_LABELS = re.compile(r"^(?:整改措施及阶段性成效|阶段性成效)$")


# a labelled field in parentheses closing a line of labelled fields, after a full stop:
# "整改时限：2024年6月底。（责任单位：县水利局、各乡镇）" — the units belong to the whole line, not to the deadline
RE_CLOSING_PAREN_FIELD = re.compile(rf"(?<=[。；;])\s*[(（]\s*((?:{_ALL.replace('(?P<', '(?P<c_')})\s*[:：][^()（）]*)[)）]\s*[。；;]?\s*$")


def _unwrap_closing_field(text: str) -> str:
    # (perf22: every match reads a parenthesis — the pattern, led by a look-behind, is tried at every offset)
    m = RE_CLOSING_PAREN_FIELD.search(text) if "(" in text or "（" in text else None
    if not m:
        return text
    head = text[:m.start()]
    labels = [f for f in RE_FIELD.finditer(head) if not (f.start() > 0 and head[f.start() - 1] in "(（")]
    if not labels:
        return text  # "拆除违建。（责任单位：某局）": a measure's own units, left to the measure
    if labels[-1].group("measures") or labels[-1].group("b_measures"):
        return text  # "整改措施：…做到应纳尽纳。（责任单位：某局）": the units of the measure the value ends with
    return head + m.group(1)


def split_fields(text: str) -> list[tuple[str | None, str, str]]:
    """[(field or None, label as printed, value)] in order; text before the first label has field None."""
    if ":" not in text and "：" not in text and "】" not in text:  # every label ends with a colon (or 【…】): most have none
        return [(None, "", text)] if text.strip() else []
    text = _unwrap_closing_field(text)
    out: list[tuple[str | None, str, str]] = []
    last_end, last_field, last_label = 0, None, ""
    for m in RE_FIELD.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in "(（":
            continue
        before = text[:m.start()]
        if before.count("(") + before.count("（") > before.count(")") + before.count("）"):
            continue  # "(责任单位:…;完成时限:…)" belongs to the measure it follows
        out.append((last_field, last_label, text[last_end:m.start()]))
        # (one named group takes part in a match, the label's: its name, without building the dict of all fourteen)
        last_field = m.lastgroup.removeprefix("b_")
        last_label = m.group(0).rstrip(":：").strip().strip("【】").strip()
        last_end = m.end()
    out.append((last_field, last_label, text[last_end:]))
    return [(f, label, v) for f, label, v in out if f is not None or v.strip()]


# (ks19: also the label that names them as the rectification's, "（整改责任单位：区财政局）" closing an account)
RE_PAREN_UNITS = re.compile(r"[(（]\s*(?:整改)?(?:责任单位|牵头单位|责任部门|牵头单位及配合单位)\s*[:：]\s*((?:[^()（）]|[(（][^()（）]*[)）])*)[)）]")
RE_PAREN_DEADLINE = re.compile(r"[(（;；]\s*(?:完成时限|整改时限|时限|完成时间)\s*[:：]\s*([^()（）;；]*)[)）]")

# bw23: one bracket of labelled fields closing an item's measures, the fields in any order and any of them present:
# "（责任部门：A、B；完成时限：2024年9月；目前进度：已完成）", "（整改时限：长期坚持；牵头单位：某局；进展情况：正在推进）",
# "（完成情况：已办结；责任科室：某科）" — who answers for it (units), by when (deadline) and where it stands (status).
# Each label is a word of its family: the units' (责任/牵头 + 单位/部门/科室/处室/股室), the deadline's (整改/完成 + 时限/期限,
# 完成时间, 时限), the status's (目前/当前/整改 + 进度/进展/状态, 进展情况, 完成情况, 办理情况).
BRACKET_UNITS_LABEL = r"(?:整改)?(?:责任|牵头)(?:单位|部门|科室|处室|股室)"
BRACKET_DEADLINE_LABEL = r"(?:整改|完成)(?:时限|期限)|完成时间|时限要求|时限"
BRACKET_STATUS_LABEL = (r"(?:目前|当前|现在|整改|完成|工作)(?:进度|进展|状态)(?:情况)?|进展情况|完成情况|办理情况|落实情况"
                        r"|办结情况|(?:整改)?进度")
RE_BRACKET_GROUP = re.compile(
    rf"[(（]\s*((?:{BRACKET_UNITS_LABEL}|{BRACKET_DEADLINE_LABEL}|{BRACKET_STATUS_LABEL})\s*[:：][^()（）]{{1,200}})[)）]")
_RE_BRACKET_FIELD = re.compile(
    rf"(?:^|[;；,，\s])\s*(?:(?P<units>{BRACKET_UNITS_LABEL})|(?P<deadline>{BRACKET_DEADLINE_LABEL})|(?P<status>{BRACKET_STATUS_LABEL}))"
    r"\s*[:：]\s*")


def bracket_fields(text: str) -> list[dict[str, str]]:
    """Each bracket of labelled fields in ``text`` as {field: value} (fields: units, deadline, status), in order; a
    bracket with a single field is one too ("（完成时限：2024年9月）"). Values as written, stripped of their separators."""
    if "(" not in text and "（" not in text:
        return []
    out = []
    for g in RE_BRACKET_GROUP.finditer(text):
        inner = g.group(1)
        labels = list(_RE_BRACKET_FIELD.finditer(inner))
        if not labels or labels[0].start() != 0:
            continue
        parts: dict[str, str] = {}
        led = False
        for j, m in enumerate(labels):
            end = labels[j + 1].start() if j + 1 < len(labels) else len(inner)
            value = re.sub(r"\s+", "", inner[m.end():end]).strip("；;，,。.")
            # (of two units labels, those answerable, 责任…, before those leading, 牵头…: structure._trailing_units)
            if value and (m.lastgroup not in parts or (m.lastgroup == "units" and "责任" in m.group(0) and not led)):
                parts[m.lastgroup] = value
                led = led or (m.lastgroup == "units" and "责任" in m.group(0))
        if parts:
            out.append(parts)
    return out

_BARE_UNITS = {"人民政府", "政府", "管委会", "党委", "党工委", "党组", "人大", "政协", "纪委", "监委"}


# "和/及" between two units ("人民政府和开发区党工委") follows a unit's own ending; inside one unit's name
# ("住房和城乡建设局", "人力资源和社会保障局", "文化和旅游局") it does not.
_RE_UNIT_CONJUNCTION = re.compile(r"(?:政府|党委|党工委|党组|委员会|管委会|局|委|办|厅|处|科|室|站|所|队|院|中心|公司|集团|部|会)[和及与]")


def _joins_units(piece: str) -> bool:
    # res19: a place's two bodies named as one ("各县（区）党委和政府": each county's committee and government, the second
    # by its bare name) are one unit of a list whose other pieces split ("市委宣传部、市委组织部、各县（区）党委和政府")
    if len(_RE_UNIT_CONJUNCTION.findall(piece)) == 1 and _RE_BARE_AFTER_AND.search(piece):
        return False
    return bool(_RE_UNIT_CONJUNCTION.search(piece))


_RE_BARE_AFTER_AND = re.compile(r"(?:党委|党工委|党组)[和及与](?:人民政府|政府|管委会)$")


# a bracketed note after the units saying which of them leads: "（牵头单位为澄湾区人民政府）", "(其中A为牵头单位)"
_RE_ROLE_NOTE = re.compile(r"[（(](?:其中)?[^（）()]{0,30}?(?:(?:牵头|配合|主责|协办)(?:单位|部门)?\s*(?:为|是|[:：])|为(?:牵头|主责|配合)(?:单位|部门))"
                           r"[^（）()]{0,40}[）)]\s*$")


# a place's party committee or government named by its level alone ("区政府", "县委", "市人大")
_RE_LEVEL_BODY = re.compile(r"^([省市州盟县区旗镇乡])(?:委|党委|政府|人民政府|人大|政协|纪委|监委)$")


def _same_place_pair(pieces: list[str]) -> bool:
    """'埇桥区委、区政府': after a body named with its place, the others name that place's bodies by its level alone
    ("区政府" is 埇桥区's): one pair, not two units (not "县委宣传部、县政府", whose first is a department)."""
    if len(pieces) < 2 or not all(_RE_LEVEL_BODY.match(p) for p in pieces[1:]):
        return False
    first = re.match(r"^.{1,12}([省市州盟县区旗镇乡])(?:委|党委|政府|人民政府)$", pieces[0])
    return bool(first) and all(_RE_LEVEL_BODY.match(p).group(1) == first.group(1) for p in pieces[1:])


_RE_ROLE_SUFFIX = re.compile(r"\s*[（(](?:牵头|配合|协办|主责|负责|牵头单位|配合单位|协办单位|责任单位|主责单位)[）)]$")


def split_units(value: str) -> list[str]:
    """'A、B、C' → [A, B, C]; a phrase that shares its head between items stays whole."""
    v = value.strip().strip("。;；,，.").strip()
    v = re.sub(r"^(?:牵头|配合|协办)\s*[:：]", "", v)
    v = _RE_ROLE_NOTE.sub("", v).strip()  # "A、B、C（牵头单位为A）": the note says which leads, it names no unit
    if not v:
        return []
    parts: list[str] = []
    for chunk in re.split(r"[;；]", v):
        chunk = chunk.strip().strip("。,，")
        if not chunk:
            continue
        chunk = re.sub(r"^(?:牵头单位|配合单位|协办单位|牵头|配合)\s*[:：]?", "", chunk)
        # (a 、 inside brackets lists the kinds of one unit: "各县（市、区）人民政府" is one unit)
        pieces = [p.strip() for p in re.split(r"[、,，](?![^（(）)]*[）)])", chunk) if p.strip()]
        # "县委宣传部（牵头）、县委办": the role in brackets after a unit is not part of its name
        pieces = [_RE_ROLE_SUFFIX.sub("", p) if p.endswith((")", "）")) else p for p in pieces]
        pieces = [p for p in pieces if p]
        if any(p in _BARE_UNITS for p in pieces[1:]) or any(_joins_units(p) for p in pieces) or _same_place_pair(pieces):
            parts.append(chunk)
        else:
            parts.extend(pieces)
    # a cell or field left empty on purpose ("—", "/", "无") names no unit
    return [p for p in parts if not _RE_NO_UNIT.match(p)]


_RE_NO_UNIT = re.compile(r"^(?:[—\-－–一/／\\·…]+|无|暂无|空)$")


# "(责任单位:A;完成时限:2024年9月底)": the units stop at the next label
# (bw23: or at a status label of the same bracket, "（责任部门：A；目前进度：已完成）": BRACKET_STATUS_LABEL, defined below)
_RE_OTHER_LABEL = re.compile(r"[;；,，]\s*(?=(?:完成时限|整改时限|整改期限|完成时间|时限|责任人|责任领导|牵头领导"
                             r"|(?:目前|当前|现在|整改|完成|工作)(?:进度|进展|状态)(?:情况)?|进展情况|完成情况|办理情况|落实情况)\s*[:：])")


def units_in(text: str) -> list[str]:
    out: list[str] = []
    if "责任" not in text and "牵头" not in text:  # (every label RE_PAREN_UNITS reads holds one: most measures hold neither)
        return out
    for m in RE_PAREN_UNITS.finditer(text):
        value = _RE_OTHER_LABEL.split(m.group(1))[0]
        for u in split_units(value):
            if u not in out:
                out.append(u)
    return out


def add_units(target: list[str], units: list[str]) -> None:
    for u in units:
        if u and u not in target:
            target.append(u)
