"""Vague or unverifiable measures (措施空泛): a concreteness score with the features that make it.

A measure a reviewer can check names at least one of: a date or deadline, a quantity, a named document
(《…》) or a verifiable output (印发、召开、配备、清退、立案……). A measure made only of
abstract verbs (加强、深化、持续、进一步、切实……) cannot be checked, so its sign-off cannot be either.
The weights are set on tests/quality/data (seed and own measures labelled concrete / vague); the test there
shows that each feature earns its keep. A cadence feature (每月…) was tried twice and dropped: once plan-style
measures (“每月向局党组报告”) were labelled and concrete outputs counted in full, it added nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

DATE = re.compile(r"\d{4}\s*年|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[一二三四五六七八九十]+月|年底|月底|年内|季度|上半年|下半年|[0-9一二三四五六七八九十]+个?工作日")
QUANTITY = re.compile(
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)\s*"
    r"(?:%|％|个|项|次|份|人次|家次|人|家|件|场|期|批|篇|条|台|处|万元|元|名|户|所|座|口|吨|辆|米|小时|天|张|轮|档|套|类|支)")
DOCUMENT = re.compile(r"《[^《》]{2,80}》")
OUTPUT = re.compile(
    r"印发|出台|制定|制订|修订|编制|召开|签订|配备|清退|收回|立案|移送|约谈|谈话|公开|公示|公布|"
    r"验收|停用|迁移|招聘|考试|评查|核查|复核|盘点|设立|新建|建成|调回|注销|罚款|处罚|通报|备案|"
    r"拆除|安装|补设|联网|开设|封堵|搬迁|关停|取缔|清运|改造|"
    r"(?:建立|形成|建成)[^，。；,;]{0,16}(?:台账|清单|档案|名录|报告|机制|制度|库)|成立[^，。；,;]{0,10}小组")
ABSTRACT = re.compile(
    r"加强|深化|持续|进一步|切实|全面|不断|着力|强化|提升|提高|压实|落实|推动|推进|完善|健全|严格|确保|巩固|"
    r"筑牢|营造|充分发挥|坚持|高度重视|认真|积极|努力|有效|扎实")
UNIT_LINE = re.compile(r"[（(][^（）()]{0,6}单位\s*[:：](?:[^（）()]|[（(][^（）()]*[）)])*[）)]")

# Points for each feature; a measure with fewer than CONCRETE_AT points is vague.
WEIGHTS = {"date": 2.0, "quantity": 2.0, "document": 2.0, "output": 1.0}
OUTPUT_CAP = 2          # outputs counted at most this many times
ABSTRACT_PENALTY = 0.25  # per abstract verb beyond the first two
CONCRETE_AT = 1.0

LABELS = {"date": "日期或时限", "quantity": "数量", "document": "文件名称", "output": "可核验的产出",
          "abstract": "抽象动词"}


@dataclass
class Concreteness:
    score: float
    features: dict[str, list[str]] = field(default_factory=dict)

    @property
    def vague(self) -> bool:
        return self.score < CONCRETE_AT

    def explain(self) -> str:
        found = [f"{LABELS[k]}（{'、'.join(v[:3])}）" for k, v in self.features.items() if v and k != "abstract"]
        abstract = list(dict.fromkeys(self.features.get("abstract", [])))
        words = f"，多为抽象表述（{'、'.join(abstract[:6])}）" if abstract else ""
        if not self.vague:
            return "可核验要素：" + "；".join(found) + "。"
        if not found:
            return f"措施中没有日期、数量、文件名称或可核验的产出{words}，无法据此核验整改是否到位。"
        return f"措施只有{'；'.join(found)}，没有日期、数量或文件名称{words}，难以据此核验整改是否到位。"


def score(text: str) -> Concreteness:
    body = UNIT_LINE.sub("", text or "")
    features = {
        "date": DATE.findall(body),
        "quantity": QUANTITY.findall(body),
        "document": DOCUMENT.findall(body),
        "output": OUTPUT.findall(body),
        "abstract": ABSTRACT.findall(body),
    }
    points = sum(WEIGHTS[k] * min(len(features[k]), 1) for k in ("date", "quantity", "document"))
    points += WEIGHTS["output"] * min(len(features["output"]), OUTPUT_CAP)
    points -= ABSTRACT_PENALTY * max(0, len(features["abstract"]) - 2)
    return Concreteness(score=round(points, 2), features=features)
