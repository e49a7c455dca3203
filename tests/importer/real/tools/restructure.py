"""Structural variants of real problem texts: the same problems written in the forms real documents use (issue 10).

Usage (from the repository root):
    .venv/bin/python tests/importer/real/tools/restructure.py [--out DIR] [--score] [--only SUBSTRING] [--show]
    .venv/bin/python tests/importer/real/tools/restructure.py --from DIR [--parser-root OLD_TREE]   (score written variants,
        e.g. on the parser before this work: git archive 4edc6d6 zhenggai | tar -x -C OLD_TREE)

The labelled documents that hold problems (the shared seeds and the texts of tests/importer/real/*/ with problems in
their truth) give the problems: their titles, categories and measure counts come from the truth, the measures' own
words from the parser's reading of the source where it agrees with the truth (the sources all score 1.000), a plain
sentence otherwise. Each variant writes the problems again in another structure, and its truth follows mechanically
from what was written (the number printed, the heading over it, the status and time limit written beside it, the
measures written under it):

  k1_*      a report body of narrative sections about organising the work (several bodies), signed and dated, then
            附件1/附件2 "…具体问题整改进展情况（共N个问题）" with "项目1.1：" / "问题2.3：" / "（一）" items (one OCR slip
            "项目l.2"), "整改时限：", "整改进展情况：", （1）（2）… the measures; as .txt, as .docx with the attachment
            after a page break, and as .docx whose attachment is a ledger table;
  k2_*      the problem section in the middle: organisation first (一是…二是…), problems under categories in one of
            several real forms (（一）关于…方面 / 1.关于“…”的问题 / 问题一： / 【问题】 / 存在的问题：… 整改情况：…), then
            下一步 / 长效机制 sections whose items are actions;
  ledger_*  a table with varied headers, one row per measure with the problem cell merged down (.docx), and the same
            as a .txt with tabs (the merged cell empty below its first row);
  k3_*/k4_* one-task notices with other section labels, and "第一轮督察反馈指出，……" items followed by what was done.

Everything is deterministic (no randomness: choices follow the source's name and the item's index). With --score it
parses every variant in this process, writes the predictions and scores them with the shared scorer
(/work/shared/tools/score_import.py --pred-dir), one table per variant kind and a total.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
REAL = ROOT / "tests" / "importer" / "real"
SEEDS = Path("/work/shared/corpus/seeds")
SCORER = Path("/work/shared/tools/score_import.py")

CN = "零一二三四五六七八九"


def cn(n: int) -> str:
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def pick(seq, key: str):
    """A deterministic choice from seq, following key."""
    h = int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16)
    return seq[h % len(seq)]


# --- the problems -----------------------------------------------------------------------------------------------
@dataclass
class Item:
    title: str
    category: str | None
    measures: list[str]
    units: list[str] = field(default_factory=list)


@dataclass
class Source:
    name: str
    items: list[Item]


FILLER_MEASURES = [
    "组织开展专项排查，建立问题清单和整改台账，逐项明确责任人和完成时限。",
    "修订完善相关管理制度，规范工作流程，堵塞管理漏洞。",
    "加强日常监督检查，对发现的问题及时督促整改，防止问题反弹。",
    "召开专题会议研究部署，分管领导定期调度整改进展。",
    "开展业务培训，提升干部职工依法依规履职能力。",
]

RE_LEAD_MARK = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[一二三四五六七八九十]+是[，,：:]?|[①-⑳])\s*")


def _clean_measure(text: str) -> str:
    text = re.sub(r"\s+", "", text)
    text = RE_LEAD_MARK.sub("", text)
    text = text.strip()
    if text and text[-1] not in "。；;！":
        text += "。"
    return text


def _usable_title(title: str) -> bool:
    return 4 <= len(title) <= 160 and "\n" not in title


def load_sources() -> list[Source]:
    """The seeds one by one, and the problems of the real batches pooled as one more source."""
    from zhenggai.importer.parse import parse_text
    from zhenggai.importer.parse.readings import SECTION_LABELS
    from zhenggai.importer.parse.titles import section_status

    scorer = load_scorer()
    out: list[Source] = []
    pooled: list[Item] = []
    files = [(SEEDS, t) for t in sorted(SEEDS.glob("*.truth.json"))]
    for d in sorted(p for p in REAL.iterdir() if p.is_dir() and p.name != "tools"):
        files += [(d, t) for t in sorted(d.glob("*.truth.json"))]
    for d, tpath in files:
        truth = json.loads(tpath.read_text(encoding="utf-8"))
        if not truth.get("problems"):
            continue
        stem = tpath.name[: -len(".truth.json")]
        text = (d / (stem + ".txt")).read_text(encoding="utf-8")
        pred = parse_text(text).to_dict()
        pairs = {id(t): p for t, p in scorer.align(truth["problems"], pred.get("problems") or [])}
        items = []
        for k, t in enumerate(truth["problems"]):
            if not _usable_title(t["title"] or ""):
                continue
            p = pairs.get(id(t))
            n = max(1, t.get("measure_count") or 0)
            words = [_clean_measure(m["text"]) for m in (p or {}).get("measures") or []]
            # a measure that is itself a wrapped problem ("关于“…”的问题") is a sub-problem of its source, not a measure
            words = [w for w in words if 4 <= len(w) <= 400 and "关于“" not in w]
            if len(words) != n:
                words = [FILLER_MEASURES[(k + j) % len(FILLER_MEASURES)] for j in range(n)]
            # a category that is a status section (已完成整改的问题) says nothing about the problem's subject
            cat = t.get("category")
            if cat and (section_status(cat) or re.search(r"已完成|正在|推进|长期|整改到位|基本完成", cat)):
                cat = None
            # nor does a one-task notice's section label (整改问题 / 反馈意见建议): the problem has no category of its own
            if cat and any(rx.match(cat) for rx in SECTION_LABELS.values()):
                cat = None
            items.append(Item(t["title"], cat, words, list(t.get("responsible_units") or [])))
        if not items:
            continue
        if d == SEEDS:
            out.append(Source("seed" + stem[:3], items))
        else:
            pooled.extend(items)
    if pooled:
        out.append(Source("real", pooled))
    return out


def grouped(items: list[Item]) -> list[tuple[str | None, list[Item]]]:
    """Items grouped by category, in order of first appearance (a source without categories: one group)."""
    groups: list[tuple[str | None, list[Item]]] = []
    some = any(it.category for it in items)
    for it in items:
        cat = it.category or ("其他方面" if some else None)
        if groups and groups[-1][0] == cat:
            groups[-1][1].append(it)
        else:
            groups.append((cat, [it]))
    return groups


# --- what is written beside each problem ---------------------------------------------------------------------------
STATUS_WORDS = [("已完成整改", "done"), ("持续推进中", "in_progress"), ("基本完成", "in_progress"), ("已完成", "done"),
                ("长期坚持", "long_term")]
DEADLINES = ["2023年12月底", "立行立改，长期坚持", "2024年6月底", "2023年10月", "长期坚持"]


def status_for(k: int) -> tuple[str, str]:
    return STATUS_WORDS[(k * 7 + 3) % len(STATUS_WORDS)]


def deadline_for(k: int) -> str:
    return DEADLINES[(k * 3 + 1) % len(DEADLINES)]


def _noun(title: str) -> str:
    return title.rstrip("。.;；")


# --- report bodies (kind 1) and organisation sections (kind 2) ----------------------------------------------------
BODIES = [
    ("中共某省委 某省人民政府关于第二轮中央生态环境保护督察反馈意见整改落实情况的报告",
     "2023年4月10日至5月10日，中央第三生态环境保护督察组对我省开展第二轮生态环境保护督察，并于2023年6月15日反馈督察意见。"
     "省委、省政府高度重视，坚决扛起整改政治责任，现将整改落实情况报告如下。",
     [("一、提高政治站位，压紧压实整改责任",
       ["省委常委会会议、省政府常务会议多次专题研究督察整改工作，成立由省委书记、省长任双组长的整改工作领导小组。",
        "一是建立领导包案制度，省级领导分别领办重点整改任务；二是实行清单化管理，逐项明确责任单位、整改时限和整改目标。"]),
      ("二、强化统筹调度，扎实推进整改落实",
       ["领导小组办公室实行周调度、月通报，对进度滞后的地方和部门发函督办。",
        "各市州、省直有关部门对照整改方案，细化制定具体工作措施，做到问题不解决不松劲、整改不到位不销号。"]),
      ("三、加强督导检查，确保整改质效",
       ["省委、省政府督查室会同省生态环境厅组成督导组，采取“四不两直”方式开展现场督导，推动整改任务落地见效。"]),
      ("四、下一步工作打算",
       ["我省将持续保持攻坚态势，坚持标准不降、力度不减，确保整改任务按期全面完成。"])],
     "中共某省委\n某省人民政府\n2024年1月20日", "2024-01-20"),
    ("中共某市委关于省委第二巡视组巡视反馈意见整改进展情况的通报",
     "根据省委统一部署，2022年9月7日至11月6日，省委第二巡视组对我市开展了常规巡视，于2023年1月11日反馈了巡视意见。"
     "市委坚决把巡视整改作为重大政治任务，现将整改进展情况予以公布。",
     [("一、坚持高位推动，把整改责任扛在肩上",
       ["市委书记认真履行第一责任人责任，先后主持召开市委常委会会议、整改工作推进会，研究部署整改工作。",
        "市委成立巡视整改工作领导小组，下设办公室，制定整改方案，明确整改任务、措施和时限。"]),
      ("二、坚持问题导向，把整改任务落到实处",
       ["对照巡视反馈意见，逐条逐项研究整改措施，建立问题清单、任务清单、责任清单。一是压实部门责任；二是加强跟踪问效。"]),
      ("三、坚持标本兼治，把长效机制建起来",
       ["注重从制度层面堵塞漏洞，新建和修订完善制度机制，推动巡视整改成果转化为治理效能。"])],
     "中共某市委\n2023年8月30日", "2023-08-30"),
    ("某县关于中央生态环境保护督察反馈问题整改进展情况的报告",
     "2021年8月25日至9月25日，中央第二生态环境保护督察组对我省开展督察，并于2021年12月10日向我省反馈督察意见。"
     "县委、县政府坚决扛起生态文明建设政治责任，全力推进督察整改，现将有关情况报告如下：",
     [("一、整改工作组织情况",
       ["县委、县政府召开专题会议，研究制定整改实施方案，成立以县委书记为组长的督察整改工作领导小组。"]),
      ("二、整改工作推进情况",
       ["按照“清单制+责任制+销号制”要求，建立整改台账，每月调度整改进度，对整改完成的问题组织验收销号。",
        "强化督查问责，对整改推进不力的单位进行约谈。"]),
      ("三、下一步工作打算",
       ["一是持续巩固整改成果，防止问题反弹；二是建立健全长效机制，推动生态环境质量持续改善。"])],
     "某县人民政府\n2022年11月15日", "2022-11-15"),
]

SUBSECTIONS = [
    ["强化组织领导。成立整改工作领导小组，主要负责同志任组长，定期研究整改工作。",
     "细化任务分工。制定整改方案，逐项明确责任单位、责任人和完成时限。"],
    ["坚持清单管理。建立问题、任务、责任“三张清单”，实行销号管理。",
     "加强跟踪督办。对进展缓慢的整改任务，及时发函督办、约谈提醒。",
     "注重建章立制。新建和修订制度，推动整改成果转化为治理效能。"],
    ["压实主体责任。各责任单位主要负责同志亲自部署、亲自推动。",
     "严格验收销号。对已完成整改的问题，逐项组织验收。"],
]

ORG_SECTIONS = [
    ("提高政治站位，扛牢整改主体责任",
     "党委把巡察整改作为重大政治任务，召开专题会议研究部署整改工作。一是成立整改工作领导小组，党委书记任组长；"
     "二是制定整改工作方案，明确责任领导、责任部门和完成时限；三是召开专题民主生活会，认真开展批评和自我批评。"),
    ("加强组织领导，统筹推进整改落实",
     "坚持每月召开整改推进会，听取整改情况汇报，研究解决重点难点问题。一是建立整改台账，实行销号管理；二是强化跟踪督办，"
     "对进展缓慢的问题督促提速。"),
]
NEXT_SECTIONS = [
    ("下一步工作打算", ["持续巩固整改成果，坚持目标不变、标准不降、力度不减。", "建立健全长效机制，把巡察整改与日常工作结合起来。",
                   "强化监督检查，防止已整改问题反弹回潮。"]),
    ("健全长效机制，巩固深化整改成果", ["持续用心用力抓好后续整改，对需要长期坚持的问题持续跟踪。",
                            "深化巡察成果运用，推动以案促改、以改促治。"]),
]


# --- the variants -------------------------------------------------------------------------------------------------
@dataclass
class Variant:
    name: str
    kind: str  # k1 / k2 / ledger / k3 / k4
    lines: list[str]
    truth: dict
    fmt: str = "txt"  # txt / docx / docx_table
    table: list[list[str]] | None = None  # docx_table: the ledger's rows (header first); merged cells are ""
    before_table: list[str] = field(default_factory=list)
    page_break_at: int | None = None  # docx: a page break before this line index


def base_truth(kind: str | None, report_date: str | None = None, insp: dict | None = None) -> dict:
    return {"kind": kind, "title": None, "issuer": None, "report_date": report_date,
            "inspection": {"inspector": None, "inspected": None, "start": None, "end": None, "feedback_date": None,
                           **(insp or {})},
            "headline": {"problems_total": None, "problems_done": None, "measures_total": None, "measures_done": None,
                         "rules_made": None},
            "problems": [], "anomalies": ["constructed by tests/importer/real/tools/restructure.py"]}


def tp(seq, category, title, status, measures, units=None, deadline=None) -> dict:
    return {"seq": seq, "category": category, "title": _noun(title), "status": status, "measure_count": measures,
            "responsible_units": list(units or []), "deadline": deadline}


BODY_DATES = [{"start": "2023-04-10", "end": "2023-05-10", "feedback_date": "2023-06-15"},
              {"start": "2022-09-07", "end": "2022-11-06", "feedback_date": "2023-01-11"},
              {"start": "2021-08-25", "end": "2021-09-25", "feedback_date": "2021-12-10"}]


def kind1(src: Source) -> list[Variant]:
    out = []
    items = src.items[:40]
    groups = grouped(items)
    for b, (title, lead, sections, sign, date) in enumerate(BODIES):
        for form in ("xiangmu", "wenti", "cn"):
            key = f"{src.name}-{b}-{form}"
            lines = [title, lead]
            for h, (head, paras) in enumerate(sections):
                lines.append(head)
                if form == "cn" and h < 2:
                    # the body's own （一）（二） subsections about the work, at the level the problems use below
                    lines += [f"（{cn(j)}）{sub}" for j, sub in enumerate(SUBSECTIONS[(b + h) % len(SUBSECTIONS)], 1)]
                lines.extend(paras)
            n = len(items)
            statuses = [status_for(k + b) for k in range(n)]
            done = sum(1 for _, s in statuses if s == "done")
            lines.append(f"截至目前，反馈的{n}个问题已完成整改{done}个，其余问题正在按计划推进。")
            lines.extend(sign.split("\n"))
            lines.append(f"附件：1.反馈意见具体问题整改进展情况（共{n}个问题）")
            body_end = len(lines)
            att = "反馈意见具体问题整改进展情况"
            if b == 1:  # "附件1：…（共N个问题）" on one line
                lines += [f"附件1：{att}（共{n}个问题）"]
            else:
                lines += ["附件1", f"{att}（共{n}个问题）"]
            truth = base_truth("bulletin", date, BODY_DATES[b])
            truth["headline"]["problems_total"] = n
            truth["headline"]["problems_done"] = done
            k = 0
            slipped = False
            use_cats = any(c for c, _ in groups) and form != "cn"
            for g, (cat, its) in enumerate(groups if use_cats else [(None, items)]):
                if use_cats:
                    lines.append(f"{cn(g + 1)}、{cat}")
                for i, it in enumerate(its, 1):
                    word, status = statuses[k]
                    dl = deadline_for(k)
                    label = pick(["项目", "问题"], key + str(g)) if form == "xiangmu" else "问题"
                    if form == "cn":
                        head = f"（{cn(i)}）{_noun(it.title)}。"
                    else:
                        num = f"{g + 1}.{i}"
                        if not slipped and num == "1.2":
                            num, slipped = "l.2", True  # an OCR slip
                        head = f"{label}{num}：{_noun(it.title)}。"
                    if b == 1:  # both fields on one line
                        lines += [head, f"整改时限：{dl}；整改进展情况：{word}。"]
                    else:
                        lines += [head, f"整改时限：{dl}", f"整改进展情况：{word}"]
                    lines += [f"（{j}）{m}" for j, m in enumerate(it.measures, 1)]
                    category = cat if use_cats else att
                    truth["problems"].append(tp(i, category, it.title, status, len(it.measures), None, dl))
                    k += 1
            out.append(Variant(f"k1_{src.name}_b{b}_{form}", "k1", lines, truth))
            if form == "xiangmu":
                out.append(Variant(f"k1_{src.name}_b{b}_{form}_pagebreak", "k1", lines, truth, "docx",
                                   page_break_at=body_end))
            if form == "wenti" and b == 0:
                # the attachment as a ledger table: 序号 | 问题 | 整改时限 | 整改进展 | 整改措施 (one row a problem)
                header = ["序号", "问题", "整改时限", "整改进展情况", "整改措施"]
                rows = [header]
                t2 = base_truth("bulletin", date, BODY_DATES[b])
                t2["headline"] = dict(truth["headline"])
                for k, it in enumerate(items):
                    word, status = statuses[k]
                    dl = deadline_for(k)
                    rows.append([str(k + 1), _noun(it.title), dl, word,
                                 "".join(f"{j}.{m}" for j, m in enumerate(it.measures, 1))])
                    t2["problems"].append(tp(k + 1, None, it.title, status, len(it.measures), None, dl))
                out.append(Variant(f"k1_{src.name}_b{b}_table", "k1", lines[:body_end] + ["附件1", f"{att}（共{n}个问题）"],
                                   t2, "docx_table", table=rows))
    return out


K2_FORMS = ["guanyu", "wentiyi", "bracket", "cunzai", "plain", "cunzai_inline", "bracket_plain", "inline", "flat", "top"]


def kind2(src: Source) -> list[Variant]:
    out = []
    items = src.items[:40]
    groups = grouped(items)
    cats = any(c for c, _ in groups)
    for f, form in enumerate(K2_FORMS):
        key = f"{src.name}-{form}"
        org = ORG_SECTIONS
        nxt = NEXT_SECTIONS[f % 2]
        lines = ["中共某局党组关于巡察反馈意见整改进展情况的通报",
                 "根据市委统一部署，2022年3月1日至4月30日，市委第三巡察组对局党组开展了常规巡察，并于2022年6月20日反馈了巡察意见。"
                 "现将巡察整改进展情况予以公布。"]
        if form == "top":  # no numbered organisation section: the categories are the 一、 headings
            lines += [org[0][1], org[1][1]]
        elif form == "flat":  # the organisation section in （一）（二） subsections, as the problems below are numbered
            lines += [f"一、{org[0][0]}"] + [f"（{cn(j)}）{x}" for j, x in enumerate(SUBSECTIONS[f % 3], 1)]
        else:
            lines += [f"一、{org[0][0]}", org[0][1]]
        truth = base_truth("bulletin", "2022-12-28", {"start": "2022-03-01", "end": "2022-04-30",
                                                     "feedback_date": "2022-06-20"})
        if form != "top":
            lines.append("二、巡察反馈问题整改落实情况")
        k = 0
        for g, (cat, its) in enumerate(groups if cats and form != "flat" else [(None, items)]):
            category = None
            if cats and form != "flat":
                ch = f"关于{cat}" if not cat.startswith("关于") else cat
                if not ch.endswith("方面") and not ch.endswith("问题"):
                    ch += "方面"
                lines.append(f"{cn(g + 1)}、{ch}" if form == "top" else f"（{cn(g + 1)}）{ch}")
                category = ch
            for i, it in enumerate(its, 1):
                t = _noun(it.title)
                ms = it.measures
                mlines: list[str]
                if len(ms) > 1 and k % 2 == 0:
                    mlines = ["".join(f"{cn(j)}是{m}" for j, m in enumerate(ms, 1))]
                else:
                    mlines = [f"{j}.{m}" if len(ms) > 1 else m for j, m in enumerate(ms, 1)] if form != "plain" else \
                        [f"（{j}）{m}" for j, m in enumerate(ms, 1)]
                seq: int | None = i
                status = None
                if form == "guanyu":
                    if len(ms) > 1 and k % 2 == 1:  # under a "1." problem the measures are （1）（2）
                        mlines = [f"（{j}）{m}" for j, m in enumerate(ms, 1)]
                    lines.append(f"{i}.关于“{t}”的问题")
                    lines += ["整改情况："] + mlines if k % 3 == 0 else mlines
                elif form == "wentiyi":
                    lines.append(f"问题{cn(i)}：{t}。")
                    lines.append("整改情况：" + mlines[0])
                    lines += mlines[1:]
                elif form == "bracket":
                    lines.append(f"【问题{i}】{t}。")
                    lines.append("【整改情况】")
                    lines += mlines
                elif form == "cunzai":
                    seq = None
                    word, status = status_for(k)
                    lines.append(f"存在的问题：{t}。")
                    lines.append(f"整改情况：{word}。" + mlines[0])
                    lines += mlines[1:]
                elif form == "cunzai_inline":  # the problem and what was done in one paragraph
                    seq = None
                    word, status = status_for(k)
                    lines.append(f"存在的问题：{t}。整改情况：{word}。" + "".join(mlines))
                elif form == "inline":  # "1.问题。一是…二是…": the problem and what was done in one paragraph
                    lines.append(f"{i}.{t}。" + ("".join(f"{cn(j)}是{m}" for j, m in enumerate(ms, 1)) if len(ms) > 1 else ms[0]))
                elif form == "flat":  # "（一）问题。" straight under the section, measures 1. 2.
                    seq = k + 1
                    lines.append(f"（{cn(k + 1)}）{t}。")
                    lines += [f"{j}.{m}" for j, m in enumerate(ms, 1)] if len(ms) > 1 else [ms[0]]
                elif form == "top":  # "1、问题（已完成整改）" with its status tag, measures （1）（2）
                    word, status = status_for(k)
                    lines.append(f"{i}、{t}（{word}）")
                    lines += [f"（{j}）{m}" for j, m in enumerate(ms, 1)]
                elif form == "bracket_plain":  # "【问题】…【整改措施】…" with no numbers
                    seq = None
                    lines.append(f"【问题】{t}。")
                    lines.append("【整改措施】" + mlines[0])
                    lines += mlines[1:]
                else:
                    lines.append(f"{i}.{t}。")
                    lines += mlines
                truth["problems"].append(tp(seq, category, it.title, status, len(ms)))
                k += 1
        if form == "top":  # the next steps unnumbered after the last category
            lines += [nxt[0] + "：" + "".join(nxt[1])]
        else:
            lines.append(f"三、{nxt[0]}")
            lines += [f"（{cn(j)}）{x}" for j, x in enumerate(nxt[1], 1)]
        lines += ["中共某局党组", "2022年12月28日"]
        out.append(Variant(f"k2_{src.name}_{form}", "k2", lines, truth))
    return out


LEDGER_HEADERS = [
    ["序号", "反馈问题", "整改措施", "责任单位", "整改时限", "整改进展"],
    ["序号", "存在问题", "整改措施", "牵头单位", "责任人", "完成时限", "完成情况"],
    ["序号", "问题描述", "整改措施", "责任单位", "完成时限", "整改进展"],
]
UNITS = ["局办公室", "政策法规科", "县生态环境局", "计划财务科", "人事科"]


def ledgers(src: Source) -> list[Variant]:
    out = []
    items = src.items[:30]
    for h, header in enumerate(LEDGER_HEADERS):
        rows = [header]
        truth = base_truth(None)
        for k, it in enumerate(items):
            word, status = status_for(k + h)
            dl = deadline_for(k)
            unit = it.units[0] if it.units else UNITS[k % len(UNITS)]
            for j, m in enumerate(it.measures):
                row = []
                for col in header:
                    first = j == 0
                    if col == "序号":
                        row.append(str(k + 1) if first else "")
                    elif col in ("反馈问题", "存在问题", "问题描述"):
                        row.append(_noun(it.title) if first else "")
                    elif col == "整改措施":
                        row.append(m)
                    elif col in ("责任单位", "牵头单位"):
                        row.append(unit if first else "")
                    elif col == "责任人":
                        row.append("张某某" if first else "")
                    elif col in ("整改时限", "完成时限"):
                        row.append(dl if first else "")
                    else:
                        row.append(word if first else "")
                rows.append(row)
            truth["problems"].append(tp(k + 1, None, it.title, status, len(it.measures), [unit], dl))
        title = "某局巡察反馈问题整改台账"
        out.append(Variant(f"ledger_{src.name}_h{h}_docx", "ledger", [title], truth, "docx_table", table=rows))
        # the same as text with tabs (a merged cell empty below its first row)
        out.append(Variant(f"ledger_{src.name}_h{h}_tabs", "ledger", [title] + ["\t".join(r) for r in rows], truth))
    return out


NOTICE_LABELS = [
    # (problem label, units label, measures label, deadline label, result label)
    ("交办问题", "责任单位", "整改措施", "整改时限", "整改完成情况"),
    ("反馈问题", "整改责任单位", "主要措施", "完成时限", "验收情况"),
    ("问题描述", "责任主体", "具体措施", "整改期限", "整改结果"),
]


def kind3(src: Source, start: int) -> list[Variant]:
    out = []
    for k, it in enumerate(src.items[:3]):
        n = start + k
        labels = NOTICE_LABELS[(n) % len(NOTICE_LABELS)]
        unit = it.units[0] if it.units else UNITS[n % len(UNITS)]
        dl = deadline_for(n)
        t = _noun(it.title)
        truth = base_truth(None)
        style = n % 3
        if style == 0:  # fixed sections
            lines = [f"关于第二轮省级生态环境保护督察反馈问题第{n}项整改完成情况的公示",
                     f"根据有关要求，现将第二轮省级生态环境保护督察反馈问题第{n}项整改完成情况予以公示。",
                     f"一、{labels[0]}", f"{t}。", f"二、{labels[1]}", unit, f"三、{labels[2]}"]
            lines += [f"{j}.{m}" for j, m in enumerate(it.measures, 1)]
            lines += [f"四、{labels[3]}", dl, f"五、{labels[4]}", "经核查，该问题已完成整改，达到销号要求。",
                      "公示时间：2023年9月1日至9月7日。"]
            truth["problems"].append(tp(n, None, it.title, "done", len(it.measures), [unit], dl))
        elif style == 1:  # labelled fields inline
            lines = [f"关于督察反馈问题整改任务（序号{cn(n)}）整改情况的说明",
                     f"整改任务（序号{cn(n)}）：“{t}”，责任单位为{unit}。",
                     "整改情况：已完成。"]
            lines += [f"{j}.{m}" for j, m in enumerate(it.measures, 1)]
            lines += ["特此说明。"]
            truth["problems"].append(tp(n, None, it.title, "done", len(it.measures), [unit]))
        else:  # 整改销号公示 with 督察反馈问题：
            lines = [f"某区第{n}项督察反馈问题整改销号公示",
                     f"督察反馈问题：{t}。", f"责任单位：{unit}", f"整改时限：{dl}",
                     "整改措施："]
            lines += [f"（{j}）{m}" for j, m in enumerate(it.measures, 1)]
            lines += ["整改进展情况：已完成整改。", "公示期：2023年10月8日至10月14日。"]
            truth["problems"].append(tp(n, None, it.title, "done", len(it.measures), [unit], dl))
        out.append(Variant(f"k3_{src.name}_{n}", "k3", lines, truth))
    return out


def kind4(src: Source, start: int) -> list[Variant]:
    out = []
    usable = [it for it in src.items if "。" not in _noun(it.title) and len(it.title) <= 90][:2]
    for k, it in enumerate(usable):
        n = start + k
        t = _noun(it.title)
        quote = f"第一轮督察反馈指出，{t}"
        truth = base_truth(None)
        if n % 2 == 0:
            lines = ["某市关于第一轮中央生态环境保护督察反馈问题整改情况的说明", f"{quote}。", "整改情况：已完成。"]
            lines += [f"{j}.{m}" for j, m in enumerate(it.measures, 1)]
            status = "done"
        else:
            lines = ["某县第一轮中央生态环境保护督察整改工作进展情况", f"{quote}。",
                     "针对这一问题，我县立即组织整改：" + "".join(f"{cn(j)}是{m}" for j, m in enumerate(it.measures, 1)),
                     "目前，该问题整改工作持续推进中。"]
            status = "in_progress"
        truth["problems"].append(tp(None, None, t, status, len(it.measures)))  # the statement, not who made it (session 13)
        out.append(Variant(f"k4_{src.name}_{n}", "k4", lines, truth))
    return out


def variants() -> list[Variant]:
    out: list[Variant] = []
    n = 1
    for src in load_sources():
        out += kind1(src) + kind2(src) + ledgers(src)
        out += kind3(src, n)
        out += kind4(src, n + 3)
        n += 5
    return out


# --- writing ----------------------------------------------------------------------------------------------------------
def write(v: Variant, outdir: Path) -> Path:
    (outdir / f"{v.name}.truth.json").write_text(json.dumps(v.truth, ensure_ascii=False, indent=1), encoding="utf-8")
    if v.fmt == "txt":
        path = outdir / f"{v.name}.txt"
        path.write_text("\n".join(v.lines) + "\n", encoding="utf-8")
        return path
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    for k, line in enumerate(v.lines):
        p = d.add_paragraph()
        if v.page_break_at is not None and k == v.page_break_at:
            p.add_run().add_break(WD_BREAK.PAGE)
        p.add_run(line)
    if v.table:
        cols = len(v.table[0])
        t = d.add_table(rows=len(v.table), cols=cols)
        t.style = "Table Grid"
        for r, row in enumerate(v.table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
        # a cell left empty below a filled one is merged into it (the problem's cells span its measures' rows)
        for c in range(cols):
            r = 1
            while r < len(v.table):
                end = r + 1
                while end < len(v.table) and v.table[end][c] == "" and v.table[end][0] == "":
                    end += 1
                if end - r > 1 and v.table[r][c]:
                    t.cell(r, c).merge(t.cell(end - 1, c))
                    t.cell(r, c).text = v.table[r][c]
                r = end
    path = outdir / f"{v.name}.docx"
    d.save(str(path))
    return path


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_import", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, help="write the variants here (default: a temporary directory)")
    ap.add_argument("--score", action="store_true", help="parse and score every variant")
    ap.add_argument("--only", help="only variants whose name holds this")
    ap.add_argument("--show", action="store_true", help="with --score: the per-document rows too")
    ap.add_argument("--from", dest="from_dir", type=Path,
                    help="score the variants already written in this directory (by an earlier run) instead of writing them")
    ap.add_argument("--parser-root", type=Path,
                    help="import zhenggai from this directory (e.g. an older commit's tree from git archive), to score "
                         "the same variants on another parser; use with --from")
    args = ap.parse_args()
    sys.path.insert(0, str(args.parser_root or ROOT))
    os_env = __import__("os").environ
    os_env.setdefault("DJANGO_SETTINGS_MODULE", "zhenggai.settings")
    if args.from_dir:
        args.score = True
        outdir = args.from_dir
        vs, paths = [], {}
        for kind in ("k1", "k2", "ledger", "k3", "k4"):
            for truth in sorted((outdir / kind).glob("*.truth.json")) if (outdir / kind).is_dir() else []:
                stem = truth.name[: -len(".truth.json")]
                if args.only and args.only not in stem:
                    continue
                doc = next(p for p in truth.parent.glob(stem + ".*") if not p.name.endswith(".json"))
                vs.append(Variant(stem, kind, [], {}))
                paths[stem] = doc
        kinds = sorted({v.kind for v in vs}, key=["k1", "k2", "ledger", "k3", "k4"].index)
        print(f"{len(vs)} variants read from {outdir}")
    else:
        vs = [v for v in variants() if not args.only or args.only in v.name]
        outdir = args.out or Path(tempfile.mkdtemp(prefix="restructure_"))
        kinds = sorted({v.kind for v in vs}, key=["k1", "k2", "ledger", "k3", "k4"].index)
        for kind in kinds:
            (outdir / kind).mkdir(parents=True, exist_ok=True)
        paths = {v.name: write(v, outdir / v.kind) for v in vs}
        print(f"{len(vs)} variants written to {outdir}")
    if not args.score:
        return 0
    from zhenggai.importer.parse import parse_file

    import zhenggai

    print(f"parser: {Path(zhenggai.__file__).parent}")
    preds = outdir / ("_pred" if not args.parser_root else "_pred_" + args.parser_root.name)
    preds.mkdir(exist_ok=True)
    crashes = []
    for v in vs:
        try:
            pred = parse_file(paths[v.name]).to_dict()
        except Exception as exc:  # a crash is a finding: it scores as an empty reading
            crashes.append(f"{v.name}: {type(exc).__name__}: {exc}")
            pred = {}
        (preds / f"{v.name}.json").write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    print("kind     variants     f1  title_ex      seq category   status measure_ deadline    units doc_fiel    dates headline")
    totals = []
    for kind in kinds:
        run = subprocess.run([sys.executable, str(SCORER), "--pred-dir", str(preds), "--json", str(outdir / kind)],
                             capture_output=True, text=True)
        lines = run.stdout.strip().splitlines()
        if args.show:
            print("\n".join(lines[:-2]))
        res = json.loads(lines[-1])
        totals.append(res)
        n = sum(1 for v in vs if v.kind == kind)
        cols = ["title_exact", "seq", "category", "status", "measure_count", "deadline", "units", "doc_fields", "dates",
                "headline"]
        print(f"{kind:8} {n:8} {res['f1']:6.3f} " + " ".join("   -    " if res[c] is None else f"{res[c]:8.3f}" for c in cols)
              + f"   ({res['problems_matched']}/{res['problems_truth']} matched, {res['problems_pred']} predicted)")
    run = subprocess.run([sys.executable, str(SCORER), "--pred-dir", str(preds), "--json", *[str(outdir / k) for k in kinds]],
                         capture_output=True, text=True)
    res = json.loads(run.stdout.strip().splitlines()[-1])
    print(f"{'TOTAL':8} {len(vs):8} {res['f1']:6.3f}   (" + ", ".join(
        f"{k} {res[k]}" for k in ("measure_count", "status", "seq", "category", "doc_fields", "dates", "headline")) + ")")
    print(f"crashes: {len(crashes)}")
    for c in crashes:
        print("  " + c)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
