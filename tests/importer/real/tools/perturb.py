"""Does the reading of a labelled text survive what real copies do to a document? (metamorphic robustness, session 15)

Usage (from the repository root):
    .venv/bin/python tests/importer/real/tools/perturb.py [--keep DIR] [--only SUBSTRING] [--perturbations wrap,pages,words]
        [--seeds N]   (N draws of each perturbation's random choices: rows NAME, NAME@1 … NAME@N-1)

For every labelled .txt with a truth (tests/importer/real/*/, the .txt files of tests/importer/blindwritten*/ and
tests/importer/heldout/, the shared seeds when present; never a held-out folder of parse_snapshot.HELD_OUT) it writes
copies into a temporary directory, each scored against the same, unchanged truth. Every perturbation keeps the meaning:
  txt     the text itself (the reference reading);
  wrap    hard line breaks inside paragraphs, as text copied out of a PDF viewer: a width of 30-40 columns per
          document (an ASCII character half a column), the first line of a paragraph two columns shorter (its
          indent lost), closing punctuation kept on the line it ends and an ASCII word or number never cut; a
          table's row (cells apart by tabs or wide gaps) left whole;
  pages   wrap + a page footer ("— 3 —", "-3-" or "第3页 共9页", one style per document) every 33-37 lines and a
          running header (the title's first characters) at the top of every page after the first;
  chrome  web chrome without dates around the text: breadcrumb (当前位置：首页 > 通知公告 > 正文) above the title,
          字号：大 中 小 under it, 分享到：/【打印本页】【关闭窗口】/上一篇：…/下一篇：… after the text;
  indent  every paragraph indented (\\u3000\\u3000 or four spaces, per document), a blank line between paragraphs,
          trailing spaces (a table's rows, cells apart by tabs or wide gaps, are left as they are);
  punct   full-width <-> ASCII punctuation in numbering and fields: "1." <-> "1．" (and "1、" to "1." or "1．" in a
          text numbering with 、 only, so that levels told apart by their mark stay apart; not a doc-sharing preview's
          chunk markers), "(一)" <-> "（一）" and
          "(1)" <-> "（1）" at the start of a line, "：" <-> ":" after a Chinese character;
  sections  (session 18) for a text whose problems sit in a numbered list under numbered sections: before the
          section(s) holding them a section of the same marker style telling only prose that is no problem (一、基本
          情况 / 工作亮点 / 主要做法 / 整改工作开展情况 + one or two paragraphs of what went well), after them (the last section) a section
          下一步工作打算 / 整改意见 / 整改要求 of two or three numbered demands in the problems' marker style (words
          chosen per document, seeded); the sections after renumbered. Placed by the truth's problem titles; a text
          where they are not found in a numbered list under a numbered section is left as it is (counted);
  headings  (session 18, gen18b) for a text whose problems sit right under a heading that only names them ("二、存在
          问题", "存在的主要问题：", "一、巡察发现的问题"): that heading said with another word of the genre (存在问题 /
          存在的主要问题 / 发现的问题 / 巡察发现的主要问题 (the inspector as the text names it) / 反馈问题 / 问题清单 /
          主要问题及整改情况) and, when it is numbered 一、 or （一）, its siblings' marker style changed with it (一、 /
          （一） / 第一部分 / a bare line: only to a style no other numbering of the text uses, the order of levels kept,
          a bare line only for top-level siblings that are all short labels); seeded per document;
  promote (session 19, gen19) for a text whose problems are numbered lines of one rank: every numbering that opens a
          line one rank up (一、→第一部分, （一）→一、, 1.→（一）, （1）→1.), numbers and words kept; not when 第一部分 is printed
          nor when the 一、 lines are other than a report's short section labels, one naming the problems (存在问题 …);
  demote  the same one rank down (一、→（一）, （一）→1., 1.→（1）, （1）→①); not when ① is printed;
          (both, gen19b: a problem's title must open its numbered line; a text they cannot move faithfully is left as
          it is and counted — a number of a run glued inside a line or printed without its mark, "…未提供10.第…",
          "5践行…", which would stay as printed while its siblings move; a doc-sharing preview's chunk numbers)
  trad    the whole text in traditional characters (OpenCC s2t) when the venv has OpenCC; the truths stay simplified
          by the project's convention (doc fields as printed), so only the problems are scored for this one;
  cut     (session 19, cut19) a web copy cut off inside the problem list: for a text whose n >= 3 problems (found by
          the truth's titles) open numbered lines of one rank, the text stops after the k-th problem's statement,
          mid-sentence part-way into its account (k drawn in 2..n-1, the point seeded). The copy has its own truth
          (written beside it as NAME.truth.json): the first k problems as in the truth, the k-th one's status,
          deadline and units dropped and its measure_count not scored (`CutScorer`); report_date, the inspection's
          dates and the headline's figures kept unless stated only in the part cut off. Only the documents cut are
          scored in its rows; its flips compare the copy's reading with the unperturbed reading narrowed the same way.
          A list it cannot cut faithfully is skipped and counted (a problem not on a numbered line of the list's
          rank; no account after a statement that is the whole item);
  flat    (session 19, cut19) the line breaks lost by a page scraper: consecutive paragraphs joined with a single
          space (blank lines dropped), seeded per document: every break of the text, or only those inside the problem
          section (first problem's line to the next numbering of the problems' rank or above after the last one, or
          the closing block); a table's row (cells apart by tabs, wide gaps or "|") keeps its line; truth unchanged.
  words   (session 22, syn22) the genre's words for the same meaning, chosen per document (seeded), from classes
          (WORD_CLASSES) each of one meaning in one position: a field's label (before "：", a table's header cell, a
          heading line of its own) 整改时限/完成时限/时限要求/整改期限, 责任单位/牵头单位/责任部门/承办单位, 责任领导/
          牵头领导, 整改措施/整改举措/主要措施, 整改进展/进展情况/完成情况/整改落实情况, 存在问题/发现的问题/主要问题/
          反馈问题 (each label of a document given a word no other of its labels has: two fields never made one); a
          status said alone (a field's value, a cell, a bracket, a sentence of its own) 已完成/已完成整改/已整改完成/
          已整改到位/已办结, 正在整改/正在推进/持续推进/整改中, 基本完成/基本完成整改/基本整改到位, 长期坚持/长期推进 (a
          status only within its own status: 基本完成 is not 已完成, 持续推进 not 长期坚持); a run of lead-ins 一是，二是…
          <-> 第一，第二，…; the verb of "巡察组反馈的问题" (发现/指出/反馈, the inspector's noun kept: 巡察组 and 督察组
          are two bodies). The truth is NOT rewritten: no word is changed inside a span printing one of the truth's
          strings (problem titles, categories, units, deadlines, doc title, issuer, inspector, inspected; a long one not found
          whole covered from its head or tail), and a copy where a title printed whole would no longer be is dropped.
Each copy is parsed as `zhenggai parse FILE --json` parses it, scored with the shared scorer
(/work/shared/tools/score_import.py), and the script prints one table (perturbation x F1, titles, measures, units,
doc fields, dates, headline) and the documents whose reading differs from their unperturbed reading.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT))  # measure this checkout (parse_snapshot's note)
sys.path.insert(1, str(Path(__file__).resolve().parent))
import unicodedata  # noqa: E402

from format_copies import describe, load_scorer, score_format  # noqa: E402
from format_copies import reading as _reading  # noqa: E402
from parse_snapshot import HELD_OUT  # noqa: E402

IMPORTER = ROOT / "tests" / "importer"
REAL = IMPORTER / "real"
SEEDS = Path("/work/shared/corpus/seeds")
PERTURBATIONS = ["wrap", "pages", "chrome", "indent", "punct", "trad", "sections", "headings", "promote", "demote", "cut",
                 "flat", "words"]
# --perturbations onetask: the one-task family (session 19, one19), run on the one-task notices and lone quoted items only
ONETASK = ["ot_cut", "ot_mask", "ot_labels", "ot_trad", "ot_chrome", "ot_nochrome", "ot_table"]


def sources() -> list[tuple[str, Path, Path]]:
    """(batch, text, truth) for every labelled .txt document."""
    dirs = sorted(p for p in REAL.iterdir() if p.is_dir() and p.name != "tools")
    dirs += sorted(p for p in IMPORTER.glob("blindwritten*") if p.is_dir())
    dirs += [IMPORTER / "heldout", SEEDS]
    out = []
    for d in dirs:
        if not d.is_dir() or d.name in HELD_OUT:
            continue
        batch = "seeds" if d == SEEDS else d.name
        for truth in sorted(d.glob("*.truth.json")):
            text = d / (truth.name[: -len(".truth.json")] + ".txt")
            if text.is_file():
                out.append((batch, text, truth))
    return out


# --- the perturbations ----------------------------------------------------------------------------------------
_CLOSING = set("，。、；：？！）》”’」』】,.;:?!)")
_OPENING = set("（《“‘「『【(")
_ASCII_WORD = re.compile(r"[A-Za-z0-9.%@_/-]")


def _cols(ch: str) -> float:
    return 0.5 if ch < "\u0100" else 1.0


def wrap_line(line: str, width: int) -> list[str]:
    """One paragraph broken as a PDF viewer copies it: `width` columns a line, the first line two columns short."""
    s = line.strip()
    out: list[str] = []
    start, limit = 0, width - 2
    while start < len(s):
        used, i = 0.0, start
        while i < len(s) and used + _cols(s[i]) <= limit:
            used += _cols(s[i])
            i += 1
        if i >= len(s):
            out.append(s[start:])
            break
        end = i
        # an ASCII word or number is not cut: the line ends before it (when something else is on the line)
        if _ASCII_WORD.match(s[end]) and _ASCII_WORD.match(s[end - 1]):
            j = end
            while j > start and _ASCII_WORD.match(s[j - 1]):
                j -= 1
            if j > start:
                end = j
        # closing punctuation stays on the line it closes (禁则: hanging punctuation), an opening mark moves down
        if end < len(s) and s[end] in _CLOSING:
            while end < len(s) and s[end] in _CLOSING:
                end += 1
        elif end - 1 > start and s[end - 1] in _OPENING:
            end -= 1
        out.append(s[start:end])
        start, limit = end, width
    return out


def wrap(text: str, rng: random.Random) -> str:
    width = rng.randint(30, 40)
    lines = []
    for line in text.splitlines():
        # a table's row is not a paragraph: a viewer gives its cells, not a wrapped line
        lines.extend(wrap_line(line, width) if line.strip() and not _RE_TABLE_ROW.search(line) else [line])
    return "\n".join(lines) + "\n"


def _title(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def pages(text: str, rng: random.Random) -> str:
    wrapped = wrap(text, rng).splitlines()
    style = rng.choice(["dash", "ascii", "of"])
    header = _title(text)[:rng.randint(14, 22)]
    per_page = [rng.randint(33, 37) for _ in range(len(wrapped) // 33 + 2)]
    n_pages, k, i = 0, 0, 0
    chunks: list[list[str]] = []
    while i < len(wrapped):
        chunks.append(wrapped[i:i + per_page[k]])
        i += per_page[k]
        k += 1
    n_pages = len(chunks)
    out: list[str] = []
    for number, chunk in enumerate(chunks, start=1):
        if number > 1:
            out.append(header)
        out.extend(chunk)
        out.append({"dash": f"— {number} —", "ascii": f"-{number}-", "of": f"第{number}页 共{n_pages}页"}[style])
    return "\n".join(out) + "\n"


_OTHER_TITLES = ["关于做好春季森林防火工作的通知", "市政府召开常务会议研究部署重点工作", "关于公布第二批示范项目名单的公告",
                 "全市安全生产工作会议召开", "关于进一步规范政务服务事项办理的通知"]


def chrome(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    before = [rng.choice(["当前位置：首页 > 通知公告 > 正文", "您当前的位置：首页 > 信息公开 > 工作动态"]), ""]
    under = [rng.choice(["字号：大 中 小", "【字号：大 中 小】"]), ""]
    prev, nxt = rng.sample(_OTHER_TITLES, 2)
    after = ["", "分享到：", "【打印本页】【关闭窗口】", f"上一篇：{prev}", f"下一篇：{nxt}"]
    return "\n".join(before + lines[:first + 1] + under + lines[first + 1:] + after) + "\n"


_RE_TABLE_ROW = re.compile(r"\t|\S(?: {2,}|\u3000)\S.*\S(?: {2,}|\u3000)\S")


def indent(text: str, rng: random.Random) -> str:
    lead = rng.choice(["\u3000\u3000", "    "])
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if _RE_TABLE_ROW.search(line):  # a table's row is not a paragraph: no indent, no blank line under it
            out.append(line)
            continue
        out.append(lead + line.strip() + rng.choice([" ", "  ", "\u3000", " \u3000"]))
        out.append("")
    return "\n".join(out) + "\n"


# a decimal item's number: at the start of a line, or inline after a stop ("…不足;2、体育场地…")
_RE_DEC_MARK = re.compile(r"(?:^|(?<=[;；。]))(\s*\d{1,2})([.．、])(?!\d)", re.M)
_RE_PAREN_LABEL = re.compile(r"^(\s*)([(（])([一二三四五六七八九十]{1,3}|\d{1,2})([)）])", re.M)
_RE_COLON = re.compile(r"(?<=[\u4e00-\u9fff）)])([：:])(?!\d{2})")


def _chunk_markers(text: str) -> bool:
    """A doc-sharing preview cut into chunks numbered 1、2、3… on long lines: the site's marks, not the document's."""
    found = [line for line in text.splitlines() if re.match(r"\d{1,3}、", line)]
    return len(found) >= 3 and sum(len(line) >= 120 for line in found) >= 0.7 * len(found)


def punct(text: str, rng: random.Random) -> str:
    marks = {m.group(2) for m in _RE_DEC_MARK.finditer(text)}
    if marks == {"、"} and not _chunk_markers(text):  # one mark only: it may become another without merging two levels
        dec = {"、": rng.choice([".", "．"])}
    else:
        dec = {".": "．", "．": "."}
    text = _RE_DEC_MARK.sub(lambda m: m.group(1) + dec.get(m.group(2), m.group(2)), text)
    swap = {"(": "（", "（": "(", ")": "）", "）": ")"}
    text = _RE_PAREN_LABEL.sub(lambda m: m.group(1) + swap[m.group(2)] + m.group(3) + swap[m.group(4)], text)
    return _RE_COLON.sub(lambda m: ":" if m.group(1) == "：" else "：", text)


_S2T = None


def trad(text: str, rng: random.Random) -> str:
    global _S2T
    if _S2T is None:
        import opencc
        _S2T = opencc.OpenCC("s2t")
    return _S2T.convert(text)


# --- sections: a report's other numbered sections around the one holding the problems ---------------------------
# one line's numbering: (rank, lead, open, number, close, rest); ranks as a report nests them: 一、 > （一） > 1. > （1） > ①
_CN_DIGITS = "零一二三四五六七八九"
_RE_MARKS = [
    (0, re.compile(r"^(\s*)()([一二三四五六七八九十]{1,3})([、.．])(?=\S)")),
    (1, re.compile(r"^(\s*)([(（])([一二三四五六七八九十]{1,3})([)）])")),
    (2, re.compile(r"^(\s*)()(\d{1,2})(、|[.．](?!\d))")),  # ("3、365…" a numbering; "1.5 米" a decimal)
    (3, re.compile(r"^(\s*)([(（])(\d{1,2})([)）])")),
]


def _cn_int(s: str) -> int:
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN_DIGITS.index(s[1])
    if "十" in s:
        a, _, b = s.partition("十")
        return _CN_DIGITS.index(a) * 10 + (_CN_DIGITS.index(b) if b else 0)
    return _CN_DIGITS.index(s)


def _int_cn(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def _mark(line: str):
    for rank, rx in _RE_MARKS:
        m = rx.match(line)
        if m:
            num = int(m.group(3)) if m.group(3).isdigit() else _cn_int(m.group(3))
            return rank, m.group(1), m.group(2), num, m.group(4), line[m.end():]
    return None


def _numbered(mark, number: int, rest: str) -> str:
    rank, lead, op, _, close, _ = mark
    return f"{lead}{op}{number if rank >= 2 else _int_cn(number)}{close}{rest}"


def _plain(s: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", s))


_PROSE_HEADINGS = ["基本情况", "工作亮点", "主要做法", "整改工作开展情况", "总体情况", "工作开展情况"]
_PROSE = ["按照工作部署，各单位高度重视，及时召开专题会议，明确责任分工，各项工作有序推进，整体运行平稳。",
          "检查组通过查阅资料、实地查看、座谈交流等方式全面了解情况，相关单位积极配合，提供的资料齐全。",
          "各单位认真落实工作要求，建立健全工作台账，按时报送工作进展，形成了上下联动、齐抓共管的良好局面。",
          "大部分单位管理规范，制度健全，责任落实到位，日常工作开展扎实有序，群众满意度稳步提升。",
          "坚持把这项工作作为重要政治任务，主要负责同志亲自部署、亲自推动，分管负责同志具体抓落实。"]
_NEXT_HEADINGS = ["下一步工作打算", "整改意见", "下一步工作措施", "工作建议", "整改要求"]
_DEMANDS = ["进一步提高思想认识，切实把各项工作要求落到实处。", "持续加强日常监督检查，建立健全长效管理机制。",
            "强化责任落实，明确专人负责，确保各项任务按期完成。", "加强宣传培训，提升工作人员业务能力和服务水平。",
            "严格落实工作制度，定期开展自查自纠，巩固工作成果。"]


_RE_CLAUSE_STOP = re.compile(r"[，,；;：:、]|。.")  # (a signer or a date has none)
_RE_CLOSED = re.compile(r"[。！？!?”）)」』]\s*$")


def _signoff_start(lines: list[str], after: int) -> int:
    """Where a text's closing block (signer, date, 特此…, 附件) begins, after line `after`: before it."""
    k = len(lines)
    while k - 1 > after:
        s = lines[k - 1].strip()
        if not s or (len(s) <= 30 and not _RE_CLAUSE_STOP.search(s) and not _mark(lines[k - 1])) or s.startswith(("特此", "附件")):
            k -= 1
            continue
        break
    return k


def sections(text: str, rng: random.Random, truth: dict | None = None) -> str | None:
    """Before the numbered section(s) holding the problems, a section of the same marker style telling only prose (基本
    情况, 工作亮点…); after them a 下一步/整改意见 section of numbered demands in the problems' marker style; the
    sections after renumbered; the 下一步 one is the last of them. None when the problems sit in no numbered list under a numbered section."""
    lines = text.splitlines()
    problems = (truth or {}).get("problems") or []
    found: list[int] = []
    start = 0
    for p in problems:
        key = _plain(p.get("title") or "")[:8]
        if len(key) < 4:
            continue
        for i in range(start, len(lines)):
            mk = _mark(lines[i])
            if mk and key in _plain(mk[5]):
                found.append(i)
                start = i + 1
                break
    if len(found) < 2:
        return None
    ranks = {_mark(lines[i])[0] for i in found}
    if len(ranks) != 1:
        return None
    prank = ranks.pop()
    # the highest-ranked numbering above the first problem: the report's sections; those holding the problems
    above = [(i, _mark(lines[i])) for i in range(found[0]) if _mark(lines[i]) and _mark(lines[i])[0] < prank]
    if not above:
        return None
    srank = min(m[0] for _, m in above)
    first, fmark = [(i, m) for i, m in above if m[0] == srank][-1]
    if fmark[3] > 9:
        return None
    # the next numbering of the sections' rank or above after the last problem
    end = next((i for i in range(found[-1] + 1, len(lines)) if _mark(lines[i]) and _mark(lines[i])[0] <= srank), None)
    blank = first + 1 < len(lines) and not lines[first + 1].strip()
    sep = [""] if blank else []
    pmark = _mark(lines[found[0]])
    body_lead = re.match(r"\s*", lines[first + 2 if blank and first + 2 < len(lines) else min(first + 1, len(lines) - 1)]).group(0)
    prose = [body_lead + t for t in rng.sample(_PROSE, rng.randint(1, 2))]
    pre = [_numbered(fmark, fmark[3], rng.choice(_PROSE_HEADINGS))] + sep
    for t in prose:
        pre += [t] + sep
    demands = rng.sample(_DEMANDS, rng.randint(2, 3))
    # (a report that already closes on its next steps is given the checker's demands instead, not a second 下一步)
    has_next = any("下一步" in ln or "打算" in ln for ln in lines[first:] if _mark(ln) and _mark(ln)[0] == srank)
    next_heading = rng.choice([h for h in _NEXT_HEADINGS if not has_next or "下一步" not in h])
    # (a lead announcing the sections as the problems found, "存在问题如下：", stays right before them: no prose
    # section between; the demands section is still added after them)
    led = next((x for x in reversed(lines[:first]) if x.strip()), "").rstrip().endswith((":", "："))
    add = 0 if led else 1
    out = lines[:first] + ([] if led else pre)
    # renumber the sections of this rank from the block's first to the next one above it (+1, +2 after the 下一步 one)
    stop = next((i for i in range(first + 1, len(lines)) if _mark(lines[i]) and _mark(lines[i])[0] < srank), len(lines))
    # (the 下一步 section closes the sections: after the last of this rank, not between the problems and a later
    # section answering them, "四、整改措施")
    insert_at = stop if stop < len(lines) else _signoff_start(lines, max(found[-1], end or 0))
    next_no = None
    for i in range(first, len(lines)):
        line = lines[i]
        if i == insert_at:
            n = next_no if next_no is not None else fmark[3] + add
            out += [_numbered(fmark, n, next_heading)] + sep
            for k, d in enumerate(demands, start=1):
                out += [_numbered(pmark, k, d)] + sep
        mk = _mark(line)
        if mk and mk[0] == srank and mk[2] == fmark[2] and i < stop:
            shift = add if i < insert_at else add + 1
            line = _numbered(mk, mk[3] + shift, mk[5])
            next_no = mk[3] + add + 1
        out.append(line)
    if insert_at >= len(lines) and not _RE_CLOSED.search(next((x for x in reversed(lines) if x.strip()), "")):
        pass  # a copy cut inside its last paragraph ends there: nothing is added after the cut
    elif insert_at >= len(lines):
        n = next_no if next_no is not None else fmark[3] + add
        out += [""] + [_numbered(fmark, n, next_heading)] + sep
        for k, d in enumerate(demands, start=1):
            out += [_numbered(pmark, k, d)] + sep
    return "\n".join(out) + "\n"


# --- headings: the heading naming the problems said another way of the genre -------------------------------------
# a heading that only names the problems found (not a category of them, not one telling their rectification's progress)
_RE_PROBLEMS_HEADING = re.compile(
    r"^(?:(?:检查|巡察|巡视|督察|督查|审计|暗访|督导|调研|评估|验收|自查)?(?:中)?(?:发现|存在|反馈|指出)(?:的)?(?:主要|突出|具体)?问题"
    r"|存在(?:的)?(?:主要|突出)?问题|主要问题|具体问题|问题清单|反馈问题|发现问题)(?:如下)?$")
_PROBLEM_HEADINGS = ["存在问题", "存在的主要问题", "发现的问题", "{who}发现的主要问题", "反馈问题", "问题清单", "主要问题及整改情况"]
_RE_WHO = re.compile(r"巡察|巡视|督察|督查|审计|督导|检查")
# marker styles of a section heading, ranked as a report nests them: 第一部分 > 一、 > （一）
_STYLE_RANK = {"part": -1, "cn": 0, "paren": 1}


def _heading_style(mark) -> str | None:
    if mark is None:
        return None
    if mark[0] == 0:
        return "cn"
    if mark[0] == 1:
        return "paren"
    return None


def _styled(style: str, number: int, rest: str, lead: str, gap: str) -> str:
    if style == "part":
        return f"{lead}第{_int_cn(number)}部分{gap}{rest}"
    if style == "cn":
        return f"{lead}{_int_cn(number)}、{rest}"
    if style == "paren":
        return f"{lead}（{_int_cn(number)}）{rest}"
    return f"{lead}{rest}"


def headings(text: str, rng: random.Random, truth: dict | None = None) -> str | None:
    """The heading right above the problems that only names them ("二、存在问题", "存在的主要问题：") said with another
    of the genre's words (存在问题 / 存在的主要问题 / 发现的问题 / 巡察发现的主要问题 / 反馈问题 / 问题清单 / 主要问题及整改
    情况; the inspector's word as the text has it) and, for a numbered heading, its siblings' marker style changed with it
    (一、 / （一） / 第一部分 / a bare line; only to a style no other numbering of the text uses, keeping the order of
    levels, and a bare line only when every sibling is a short label). None when no such heading holds the problems."""
    lines = text.splitlines()
    problems = (truth or {}).get("problems") or []
    key = next((k for k in (_plain(p.get("title") or "")[:8] for p in problems) if len(k) >= 4), None)
    if key is None:
        return None
    first = next((i for i, line in enumerate(lines) if key in _plain(line)), None)
    if first is None:
        return None
    at = None
    for i in range(first - 1, max(-1, first - 4), -1):  # the heading is right above the first problem (a lead between)
        s = lines[i].strip()
        if not s:
            continue
        mk = _mark(lines[i])
        body = (mk[5] if mk else s).strip()
        label = re.sub(r"[:：]\s*$", "", body).strip()
        if _RE_PROBLEMS_HEADING.match(label):
            at = i
            break
    if at is None:
        return None
    mk = _mark(lines[at])
    body = (mk[5] if mk else lines[at].strip()).strip()
    colon = body[-1] if body[-1] in ":：" else ""
    label = body.rstrip(":：").strip()
    who = _RE_WHO.search(text)
    words = [w.format(who=who.group(0) if who else "") for w in _PROBLEM_HEADINGS if who or "{who}" not in w]
    words = [w for w in words if w != label.removesuffix("如下")] or words
    word = rng.choice(words)
    lead = re.match(r"\s*", lines[at]).group(0)
    style = _heading_style(mk)
    out = list(lines)
    if style is None or (mk and mk[4] not in "、"):
        out[at] = lead + word + colon
        headings.last = f"{label}→{word}"
        return "\n".join(out) + "\n"
    # the heading's siblings: the numbering of its style between the numberings above it
    rank = mk[0]
    lo = next((i for i in range(at - 1, -1, -1) if _mark(lines[i]) and _mark(lines[i])[0] < rank), -1)
    hi = next((i for i in range(at + 1, len(lines)) if (_mark(lines[i]) and _mark(lines[i])[0] < rank)
               or lines[i].strip().startswith("附件")), len(lines))
    sibs = [i for i in range(lo + 1, hi) if _mark(lines[i]) and _mark(lines[i])[0] == rank and _mark(lines[i])[2] == mk[2]]
    others = {_STYLE_RANK[st] for i, line in enumerate(lines) if i not in sibs
              for st in [_heading_style(_mark(line))] if st}
    here = _STYLE_RANK[style]
    styles = [style]
    for st, r in _STYLE_RANK.items():
        if st == style or r in others:
            continue
        if all((q < here) == (q < r) for q in others):  # the order of the levels kept
            styles.append(st)
    if all(len(_mark(lines[i])[5].strip()) <= 16 and not _RE_CLAUSE_STOP.search(_mark(lines[i])[5].strip().rstrip(":："))
           for i in sibs if i != at) and lo < 0:
        styles.append("bare")
    new = rng.choice(styles)
    gap = rng.choice([" ", "\u3000"])
    for i in sibs:
        m = _mark(lines[i])
        rest = (word + colon) if i == at else m[5]
        out[i] = _styled(new, m[3], rest, m[1], gap)
    headings.last = f"{label}→{word}" + (f", {style}→{new}" if new != style else "")
    return "\n".join(out) + "\n"


# --- promote / demote: every numbering of the text one rank up or down (gen19) -----------------------------------
# ranks as a report nests them, the part above 一、: 第一部分 > 一、 > （一） > 1. > （1） > ①
_RE_PART_MARK = re.compile(r"^(\s*)第([一二三四五六七八九十]{1,3})部分")
_RE_CIRCLED_MARK = re.compile(r"^\s*[①②③④⑤⑥⑦⑧⑨⑩]")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _ranked(rank: int, number: int, rest: str, lead: str, arabic_close: str, gap: str) -> str:
    if rank == -1:
        return f"{lead}第{_int_cn(number)}部分{gap}{rest}"
    if rank == 0:
        return f"{lead}{_int_cn(number)}、{rest}"
    if rank == 1:
        return f"{lead}（{_int_cn(number)}）{rest}"
    if rank == 2:
        return f"{lead}{number}{arabic_close}{rest}"
    if rank == 3:
        return f"{lead}（{number}）{rest}"
    return f"{lead}{_CIRCLED[number - 1]}{rest}"


_KEY_NEAR = 40  # a problem's title begins its numbered line (after a place or unit named first), not 200 characters in


def _lost_numbers(lines: list[str], marks: dict) -> list[tuple[int, int]]:
    """The numbers of a run of line-opening numberings (1. 2. 3. …, one rank and one mark) missing from the run but
    printed between its lines: glued inside a paragraph ("…未提供10.第(C16)点…", "…。   2.消防水带…", noise then "4.临边…")
    or opening a line without their mark ("5践行…"). A copy that moves the run's numberings leaves those as printed —
    it would change the text's reading, not its numbering style — so such a text is not renumbered. A number missing
    and printed nowhere (a gap in the document itself) is no obstacle. [(line, number)]"""
    lost = []
    runs: dict[tuple, list[int]] = {}
    for i, m in sorted(marks.items()):
        runs.setdefault((m[0], m[2], m[4]), []).append(i)
    for (rank, op, close), idx in runs.items():
        for a, b in zip(idx, [*idx[1:], None]):
            na, nb = marks[a][3], (marks[b][3] if b is not None else marks[a][3] + 2)
            if not (na + 1 < nb <= na + 4):  # (a restart or the next number: no gap)
                continue
            b = a + 1 if b is None else b  # (after the run's last line: the next number glued inside that line)
            for n in range(na + 1, nb):
                num = str(n) if rank >= 2 else _int_cn(n)
                inline = re.compile(rf"(?<![\d一二三四五六七八九十]){re.escape(op)}{num}{re.escape(close)}"
                                    + (r"(?!\d)" if rank >= 2 else ""))
                bare = re.compile(rf"^\s*{num}(?=[\u4e00-\u9fff])")
                where = [a] + [k for k in range(a + 1, b)]
                if any(inline.search(lines[k], 0 if k != a else len(lines[k]) - len(marks[a][5])) or
                       (k != a and bare.match(lines[k])) for k in where):
                    lost.append((a, n))
    return lost


def _renumbered(text: str, rng: random.Random, truth: dict | None, step: int) -> str | None:
    """Every numbering that opens a line moved ``step`` ranks (-1: up, 1: down) — 一、 > （一） > 1. > （1） said one
    rank higher as 第一部分 > 一、 > （一） > 1., or one lower as （一） > 1. > （1） > ① — the order of the levels, the
    numbers and the words kept (numberings inside a paragraph, "整改措施：1、…2、…", left as printed). Only for a text
    whose problems (found by the truth's titles) are numbered lines of one rank, and whose ranks leave room for the move:
    up, no 第一部分 printed and the 一、 lines, if any, a report's short section labels, one naming the problems ("存在问
    题"); down, no ① printed and no number past ⑳ at the lowest rank."""
    _renumbered.skipped = None
    lines = text.splitlines()
    problems = (truth or {}).get("problems") or []
    if _chunk_markers(text):  # (a doc-sharing preview's 1、2、3… are the site's chunks, no rank of the document)
        _renumbered.skipped = "a doc-sharing preview's chunk numbers"
        return None
    found = []
    start = 0
    for p in problems:
        key = _plain(p.get("title") or "")[:8]
        if len(key) < 4:
            continue
        for i in range(start, len(lines)):
            mk = _mark(lines[i])
            if mk and 0 <= _plain(mk[5]).find(key) <= _KEY_NEAR:
                found.append(i)
                start = i + 1
                break
    if len(found) < 2 or len({_mark(lines[i])[0] for i in found}) != 1:
        return None
    marks = {i: _mark(line) for i, line in enumerate(lines)}
    marks = {i: m for i, m in marks.items() if m is not None}
    lost = _lost_numbers(lines, marks)
    if lost:
        _renumbered.skipped = "a number of a run inside a line or without its mark"
        return None
    tops = [m[5].strip().rstrip(":：") for m in marks.values() if m[0] == 0]
    if step < 0 and (any(_RE_PART_MARK.match(line) for line in lines)
                     or (tops and not (all(len(t) <= 12 and not _RE_CLAUSE_STOP.search(t) for t in tops)
                                       and any(_RE_PROBLEMS_HEADING.match(t) for t in tops)))):
        # (a report is written in parts when its 一、 sections are its labels, one of them naming the problems: "一、总体
        # 情况 二、存在问题 三、整改要求"; not a notice whose 一、 lines are places checked or paragraphs)
        return None
    if step > 0 and (any(_RE_CIRCLED_MARK.match(line) for line in lines)
                     or any(m[0] == 3 and m[3] > len(_CIRCLED) for m in marks.values())):
        return None
    closes = [m[4] for m in marks.values() if m[0] == 2]
    arabic_close = max(set(closes), key=closes.count) if closes else rng.choice([".", "、"])
    gap = rng.choice([" ", "\u3000"])
    out = list(lines)
    for i, m in marks.items():
        out[i] = _ranked(m[0] + step, m[3], m[5], m[1], arabic_close, gap)
    return "\n".join(out) + "\n"


def promote(text: str, rng: random.Random, truth: dict | None = None) -> str | None:
    """Every numbering one rank up: 一、→第一部分, （一）→一、, 1.→（一）, （1）→1. (a report that heads its parts so)."""
    return _renumbered(text, rng, truth, -1)


def demote(text: str, rng: random.Random, truth: dict | None = None) -> str | None:
    """Every numbering one rank down: 一、→（一）, （一）→1., 1.→（1）, （1）→① (a report that starts its headings at （一）)."""
    return _renumbered(text, rng, truth, 1)


# --- cut: a web copy that stops inside the problem list (session 19, cut19) --------------------------------------
_RE_CJK = re.compile(r"[\u4e00-\u9fff]")
_CN_ZERO = "〇一二三四五六七八九"


def _plain_map(s: str) -> tuple[str, list[int]]:
    """s in the scorer's form (NFKC, no spaces) and, for every character of it, where it stands in s."""
    out, where = [], []
    for i, ch in enumerate(s):
        if ch.isspace():
            continue
        for c in unicodedata.normalize("NFKC", ch):
            if not c.isspace():
                out.append(c)
                where.append(i)
    return "".join(out), where


def _date_forms(value: str) -> list[str]:
    """The ways a text prints a date YYYY-MM-DD (scorer's form: no spaces): 2021年5月10日, 2021-05-10, 2021.5.10,
    二〇二一年五月十日, and its month and day alone (5月10日) as a date in a range or a sentence of the year."""
    try:
        y, m, d = (int(x) for x in value.split("-"))
    except ValueError:
        return [value]
    cy = "".join(_CN_ZERO[int(c)] for c in str(y))
    forms = [f"{y}年{m}月{d}日", f"{y}年{m:02}月{d:02}日", f"{y}-{m:02}-{d:02}", f"{y}-{m}-{d}", f"{y}.{m}.{d}",
             f"{y}.{m:02}.{d:02}", f"{y}/{m}/{d}", f"{y}/{m:02}/{d:02}", f"{cy}年{_int_cn(m)}月{_int_cn(d)}日",
             f"{cy.replace('〇', '零')}年{_int_cn(m)}月{_int_cn(d)}日", f"{cy.replace('〇', 'O')}年{_int_cn(m)}月{_int_cn(d)}日"]
    return forms + [f"{m}月{d}日", f"{_int_cn(m)}月{_int_cn(d)}日"]


def _figure_rx(value: int) -> re.Pattern:
    """A headline figure as a text states it: the number (digits or Chinese) with a counter, a word of counting or
    rectifying at most three characters before it (共发现问题25个, 已整改完成8个, 反馈的10个问题, 共二十五项); not a number
    of a name ("中央八项规定") nor one counting something else ("对推进缓慢的2个村")."""
    num = rf"(?:(?<!\d){value}(?!\d)|(?<![一二三四五六七八九十百]){_int_cn(value) if value < 100 else value}(?![一二三四五六七八九十百]))"
    return re.compile(rf"(?:共|计|已|完成|整改|发现|反馈|指出|问题|措施|任务|制度)[^。，,；;：:\d]{{0,3}}{num}"
                      rf"(?:个|项|条|件|处|类|方面|家|份|名)")


def _kept(forms_or_rx, kept: str, lost: str) -> bool:
    """Does the copy keep a field? Not when it is stated only in the part cut off; a field printed nowhere in a form
    known here (read from the title or the context) is kept."""
    if isinstance(forms_or_rx, re.Pattern):
        return bool(forms_or_rx.search(kept)) or not forms_or_rx.search(lost)
    return any(f in kept for f in forms_or_rx) or not any(f in lost for f in forms_or_rx)


def cut(text: str, rng: random.Random, truth: dict | None = None):
    """A web copy cut off inside the problem list (a page that stops loading, a preview that shows the first part): the
    text stops after the k-th problem's statement, part-way into its account and mid-sentence (between two Chinese
    characters, at least four characters into the account), k drawn between 2 and n-1 for a text whose n ≥ 3 problems
    (found by the truth's titles) open numbered lines of one rank. Returns (copy, its truth): the first k problems as in
    the truth, the k-th one's status, deadline and units dropped (None: unscored) and marked "cut" (its measure_count is
    not scored: `cut_scorer`); report_date, the inspection's dates and the headline's figures kept unless stated only in
    the part cut off (a field printed nowhere in a known form is kept). None when the text has no such list; a list the
    cut cannot be placed in faithfully is None with `cut.skipped` telling why (a problem not on a numbered line, a
    title not printed as such, no account after the statement)."""
    cut.skipped = None
    problems = (truth or {}).get("problems") or []
    if len(problems) < 3:
        return None
    lines = text.splitlines()
    found, start = [], 0
    for p in problems:
        key = _plain(p.get("title") or "")[:8]
        for i in range(start, len(lines)):
            mk = _mark(lines[i])
            if len(key) >= 4 and mk and 0 <= _plain(mk[5]).find(key) <= _KEY_NEAR:
                found.append(i)
                start = i + 1
                break
        else:
            found.append(None)
    if sum(i is not None for i in found) < 2:
        return None
    if None in found or len({_mark(lines[i])[0] for i in found}) != 1:
        cut.skipped = "a problem not on a numbered line of the list's rank"
        return None
    prank = _mark(lines[found[0]])[0]
    k = rng.randint(2, len(problems) - 1)
    a, b = found[k - 1], found[k]
    # the k-th problem's item: its line to the next problem's, a heading above the next problem left out
    end_line = b
    while end_line - 1 > a and (not lines[end_line - 1].strip()
                                or (_mark(lines[end_line - 1]) and _mark(lines[end_line - 1])[0] < prank)):
        end_line -= 1
    head = "\n".join(lines[:a])
    item = "\n".join(lines[a:end_line])
    plain, where = _plain_map(item)
    title = _plain(problems[k - 1].get("title") or "")
    at = plain.find(title)
    if not title or at < 0:
        cut.skipped = "the title not printed as such"
        return None
    after = where[at + len(title) - 1] + 1  # the statement ends here
    cuts = [p for p in range(after + 1, len(item))
            if _RE_CJK.match(item[p - 1]) and _RE_CJK.match(item[p]) and len(_plain(item[after:p])) >= 4]
    if not cuts:
        cut.skipped = "no account after the statement"
        return None
    p = rng.choice(cuts)
    copy = (head + "\n" if head else "") + item[:p] + "\n"
    kept, lost = _plain(copy), _plain(item[p:] + "\n" + "\n".join(lines[end_line:]))
    # the copy's truth
    new = json.loads(json.dumps(truth))
    new["problems"] = new["problems"][:k]
    last = new["problems"][-1]
    for key in ("status", "deadline", "responsible_units"):
        last[key] = None
    last["cut"] = True
    if new.get("report_date") and not _kept(_date_forms(new["report_date"]), kept, lost):
        new["report_date"] = None
    for key in ("start", "end", "feedback_date"):
        value = (new.get("inspection") or {}).get(key)
        if value and not _kept(_date_forms(value), kept, lost):
            new["inspection"][key] = None
    for key, value in (new.get("headline") or {}).items():
        if isinstance(value, int) and not _kept(_figure_rx(value), kept, lost):
            new["headline"][key] = None
    cut.last = f"k={k}/{len(problems)}"
    return copy, new


class CutScorer:
    """The shared scorer with the cut problem's measure_count left unscored (the scorer tallies it for every matched
    problem: a cut account's measures are partly lost)."""

    def __init__(self, scorer):
        self.scorer, self.Tally, self.f1 = scorer, scorer.Tally, scorer.f1

    def score(self, truth: dict, pred: dict):
        tally, counts = self.scorer.score(truth, pred)
        for t, p in self.scorer.align(truth.get("problems") or [], pred.get("problems") or []):
            if t.get("cut"):
                hit, tot = tally.n["measure_count"]
                tally.n["measure_count"] = (hit - int(t.get("measure_count") == p.get("measure_count")), tot - 1)
        return tally, counts


def cut_expected(scorer, base: dict | None, base_pred: dict, truth: dict) -> dict | None:
    """The unperturbed reading narrowed to what a cut copy keeps: its problems up to the one read for the truth's last
    kept problem (that one's status and measures blanked), the fields dropped from the copy's truth blanked."""
    if base is None:
        return None
    aligned = scorer.align(truth["problems"], base_pred.get("problems") or [])
    idx = [j for t, p in aligned for j, q in enumerate(base_pred["problems"]) if q is p]
    last = max(idx) if idx else -1
    out = json.loads(json.dumps(base))
    out["problems"] = [tuple(x) for x in out["problems"][:last + 1]]
    return cut_blank(out, truth)


def cut_blank(r: dict | None, truth: dict) -> dict | None:
    """A reading with the cut problem's status and measures and the fields the copy's truth dropped blanked."""
    if r is None:
        return None
    r = json.loads(json.dumps(r))
    n = len(truth["problems"])
    r["problems"] = [tuple(x[:3]) + ((None, None) if i == n - 1 else tuple(x[3:])) for i, x in enumerate(r["problems"])]
    if truth.get("report_date") is None:
        r["report_date"] = None
    for key in r["dates"]:
        if (truth.get("inspection") or {}).get(key) is None:
            r["dates"][key] = None
    if r.get("headline"):
        r["headline"] = {key: (v if (truth.get("headline") or {}).get(key) is not None else None)
                         for key, v in r["headline"].items()}
    return r


# --- flat: the line breaks lost by a page scraper (session 19, cut19) ----------------------------------------------
def flat(text: str, rng: random.Random, truth: dict | None = None) -> str:
    """Consecutive paragraphs joined with a single space, as a scraper that drops the <p>/<br> breaks copies a page:
    seeded per document, every break of the text or only those inside the problem section (from the first problem's
    line, found by the truth's titles, to the next numbering of the problems' rank or above after the last problem, or
    the closing block); a table's row (cells apart by tabs, wide gaps or "|") keeps its own line. Blank lines go with the
    breaks. A text whose problems are not found is joined whole."""
    lines = text.splitlines()
    lo, hi = 0, len(lines)
    mode = rng.choice(["all", "problems"])
    if mode == "problems":
        found, start = [], 0
        for p in (truth or {}).get("problems") or []:
            key = _plain(p.get("title") or "")[:8]
            if len(key) < 4:
                continue
            for i in range(start, len(lines)):
                if key in _plain(lines[i]):
                    found.append(i)
                    start = i + 1
                    break
        if found:
            lo = found[0]
            mk = _mark(lines[found[-1]])
            nxt = next((i for i in range(found[-1] + 1, len(lines)) if mk and _mark(lines[i])
                        and _mark(lines[i])[0] <= mk[0]), None)
            hi = nxt if nxt is not None else _signoff_start(lines, found[-1])
        else:
            mode = "all"
    out, run = lines[:lo], []
    for line in lines[lo:hi]:
        if _RE_TABLE_ROW.search(line) or line.count("|") >= 2:  # (a row of cells, tabs, wide gaps or "|" apart)
            if run:
                out.append(" ".join(run))
                run = []
            out.append(line)
        elif line.strip():
            run.append(line.strip())
    if run:
        out.append(" ".join(run))
    flat.last = mode
    return "\n".join(out + lines[hi:]) + "\n"


_RE_CATEGORY_ONLY = re.compile(r"^(?:problem \S+: category(?:; |$))+$")


def reading(pred: dict) -> dict:
    """format_copies' reading, each title in the scorer's form (NFKC, no spaces): a title as written ("问题:" in a
    copy that writes "问题：") is the same title."""
    r = _reading(pred)
    r["problems"] = [(seq, unicodedata.normalize("NFKC", title), *rest) for seq, title, *rest in r["problems"]]
    return r


def title_change(a: dict, b: dict) -> str:
    """Where two readings' first differing titles part: a few characters before, then each one's tail."""
    for x, y in zip(a["problems"], b["problems"]):
        if x[1] != y[1]:
            k = next((i for i, (u, v) in enumerate(zip(x[1], y[1])) if u != v), min(len(x[1]), len(y[1])))
            return f" [{k}: …{x[1][max(0, k - 6):k + 14]}| vs …{y[1][max(0, k - 6):k + 14]}|]"
    return ""



# --- onetask: what real copies do to a one-task notice (session 19, one19) ----------------------------------------
# The documents: a truth of exactly one problem that is a one-task notice (R77/R83/one-task/公示 in its notes) or a
# writer's kind_of_issue 3/4 document. Each copy keeps the meaning:
#   ot_cut      the page cut after the problem's statement and the first paragraph after it (an excerpt: "…" ends it);
#               scored on F1/titles/seq/status only (measures, units and deadline the cut may drop are not scored);
#   ot_mask     place and unit names as a site masks them: the name before 省/市/县/区/镇/乡/街道 of every responsible
#               unit, and a company's name, written XX (in the truth too: same masked names);
#   ot_labels   a field label said with another word of the genre: the task's (整改任务/反馈问题/问题描述/存在问题/督察
#               反馈问题/整改问题) and what-was-done's (整改措施/整改情况/整改完成情况/完成情况/验收情况), seeded; each
#               label of a document given a word no other of its labels has (two fields never merged into one);
#   ot_trad     trad on these documents (problems only scored);
#   ot_chrome   chrome on these documents; ot_nochrome the site chrome the page carries taken away (breadcrumb, 发布时间/
#               来源/字体 lines, 分享/打印/上一篇 lines);
#   ot_table    a .docx: the title and lead as paragraphs, each "label：value" line a row of a 2-column table, a section
#               heading of a field ("二、整改目标") a row whose value is its text (a line under a row without a label joins
#               that row's value; another section, "五、公示时间", ends the table); a text with fewer than two rows is
#               left as it is.
TASK_LABELS = ["整改任务", "反馈问题", "问题描述", "存在问题", "督察反馈问题", "整改问题"]
DONE_LABELS = ["整改措施", "整改情况", "整改完成情况", "完成情况", "验收情况"]
_RE_TASK_LABEL = re.compile(r"^(\s*(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）])?\s*)(" + "|".join(
    sorted(TASK_LABELS, key=len, reverse=True)) + r")(?=\s*[:：]|\s*$)", re.M)
_RE_DONE_LABEL = re.compile(r"^(\s*(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）])?\s*)(" + "|".join(
    sorted(DONE_LABELS, key=len, reverse=True)) + r")(?=\s*[:：]|\s*$)", re.M)
_RE_CHROME_LINE = re.compile(r"^\s*(?:(?:当前位置|您当前的位置|您现在的位置)\s*[:：].*|.*(?:首页|门户网站)\s*[>＞].*|"
                             r"(?:发布时间|发表时间|来源|浏览次数|点击数|作者|字体|字号|【字号|【字体).{0,80}|分享到[:：]?.*|"
                             r".*【打印本页】.*|.*【关闭窗口】.*|(?:上一篇|下一篇)[:：].*)$")


def onetask_docs() -> set[str]:
    """'batch/name' of every labelled one-task notice or lone quoted feedback item (module note above)."""
    out = set()
    for batch, text, truth in sources():
        t = json.loads(truth.read_text(encoding="utf-8"))
        if len(t.get("problems") or []) != 1:
            continue
        blob = json.dumps(t, ensure_ascii=False)
        if re.search(r"R77|R83|one.task|one task|公示|single|quoted", blob) or re.search(r'"kind_of_issue": [34]\b', blob):
            out.add(f"{batch}/{text.stem}")
    return out


def _title_anchor(text: str, title: str) -> int:
    """Where the truth's problem statement ends in the text (-1: not found): its last characters, else its first."""
    flat = re.sub(r"\s", "", title)
    for probe in (flat[-8:], flat[:10]):
        if len(probe) >= 4:
            at = re.sub(r"\s", "", text).find(probe)
            if at >= 0:
                # back to the text's own offsets: count the non-space characters
                k, seen = 0, 0
                while k < len(text) and seen < at + (len(probe) if probe == flat[-8:] else len(flat)):
                    seen += not text[k].isspace()
                    k += 1
                return min(k, len(text))
    return -1


def ot_cut(text: str, rng: random.Random, truth: dict | None = None) -> str | None:
    title = ((truth or {}).get("problems") or [{}])[0].get("title") or ""
    at = _title_anchor(text, title)
    if at < 0:
        return None
    lines, pos, out, seen_after = text.splitlines(), 0, [], 0
    for line in lines:
        out.append(line)
        pos += len(line) + 1
        if pos > at and line.strip():
            seen_after += 1
            # the statement's line, then the first paragraph after it (a heading "二、整改措施" or a short field line
            # "责任单位：…" is no paragraph: the cut goes on to the first line of 20 characters or more)
            if seen_after >= 2 and len(line.strip()) >= 20 and not _RE_FIELD_ROW.match(line):
                break
    if len(out) >= len(lines):
        return None
    return "\n".join(out) + rng.choice(["……", "…", "\n……"]) + "\n"


_RE_PLACE = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:省|市|县|区|镇|乡|街道)")
_RE_COMPANY = re.compile(r"^([\u4e00-\u9fff]{2,6}?)(?:[\u4e00-\u9fff]{0,8})(?:有限责任公司|股份有限公司|有限公司|公司)")
_NOT_NAMES = {"中央", "全省", "全市", "全县", "全区", "各县", "各市", "各区", "本市", "本县", "我县", "我市", "我区", "省委",
              "市委", "县委", "区委", "自治", "城市", "农村"}


def _mask_names(truth: dict) -> list[str]:
    names = set()
    for pr in truth.get("problems") or []:
        for u in pr.get("responsible_units") or []:
            for rx in (_RE_PLACE, _RE_COMPANY):
                m = rx.match(u)
                if m and m.group(1) not in _NOT_NAMES and not m.group(1).startswith(("县", "市", "区", "省", "镇", "乡")):
                    names.add(m.group(1))
    return sorted(names, key=len, reverse=True)


def _masked(s, names):
    for n in names:
        s = s.replace(n, "XX")
    return s


def ot_mask(text: str, rng: random.Random, truth: dict | None = None) -> str | None:
    names = _mask_names(truth or {})
    if not names or not any(n in text for n in names):
        return None
    return _masked(text, names)


def mask_truth(truth: dict) -> dict:
    names = _mask_names(truth)
    probs = []
    for pr in truth.get("problems") or []:
        pr = dict(pr)
        pr["title"] = _masked(pr.get("title") or "", names)
        pr["responsible_units"] = [_masked(u, names) for u in pr.get("responsible_units") or []]
        probs.append(pr)
    return {"problems": probs}


def ot_labels(text: str, rng: random.Random, truth: dict | None = None) -> str | None:
    changed = []

    def swap(pool):
        # one word for each label of the document, two labels never made one ("整改措施" and "整改完成情况" both
        # "验收情况" would merge two fields: no longer the same notice)
        found = list(dict.fromkeys(m.group(2) for m in (_RE_TASK_LABEL if pool is TASK_LABELS else _RE_DONE_LABEL).finditer(text)))
        free = [w for w in pool if w not in found]
        rng.shuffle(free)
        new_of = {}
        for w in found:
            if free:
                new_of[w] = free.pop()

        def sub(m):
            new = new_of.get(m.group(2), m.group(2))
            if new != m.group(2):
                changed.append(f"{m.group(2)}→{new}")
            return m.group(1) + new
        return sub
    text = _RE_TASK_LABEL.sub(swap(TASK_LABELS), text)
    text = _RE_DONE_LABEL.sub(swap(DONE_LABELS), text)
    ot_labels.last = ", ".join(changed)
    return text if changed else None


def ot_trad(text, rng):
    return trad(text, rng)


def ot_chrome(text, rng):
    return chrome(text, rng)


def ot_nochrome(text: str, rng: random.Random, truth: dict | None = None) -> str | None:
    kept = [line for line in text.splitlines() if not _RE_CHROME_LINE.match(line)]
    return "\n".join(kept) + "\n" if len(kept) < len(text.splitlines()) else None


_RE_FIELD_ROW = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）])?\s*"
                           r"([\u4e00-\u9fff]{2,8})\s*[:：]\s*(.*)$")
_RE_HEADING_ROW = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）])\s*([\u4e00-\u9fff]{2,12})\s*$")
_ROW_LABEL = re.compile(r"整改|问题|任务|责任|牵头|时限|目标|措施|情况|验收|单位|督察|反馈|描述|序号|编号|完成|进展|结论|意见")


def ot_table(text: str, rng: random.Random, truth: dict | None = None) -> list | None:
    """The rows of the table (label, value) after the paragraphs before it: [("p", line) | ("row", label, value)]."""
    out, in_table = [], False
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _RE_FIELD_ROW.match(line)
        h = _RE_HEADING_ROW.match(line)
        if m and _ROW_LABEL.search(m.group(1)):
            out.append(["row", m.group(1), m.group(2)])
            in_table = True
        elif h and _ROW_LABEL.search(h.group(1)) and not re.search(r"公示|联系|附件", h.group(1)):
            out.append(["row", h.group(1), ""])  # a section's heading "二、整改目标": its label cell, its text the value
            in_table = True
        elif h:  # another section ("五、公示时间"): the table ends, the rest are paragraphs
            out.append(["p", line.strip()])
            in_table = False
        elif in_table and out[-1][0] == "row" and out[-1][2] and re.match(r"\s*(?:\d{4}年\d{1,2}月\d{1,2}日|[\u4e00-\u9fff]{2,20}(?:人民政府|局|办公室|委员会|公司))\s*$", line):
            out.append(["p", line])  # the sign-off under the table (not a row's first line: "新化县住房和城乡建设局")
            in_table = False
        elif in_table and out[-1][0] == "row":
            out[-1][2] = (out[-1][2] + "\n" + line.strip()).strip()
        else:
            out.append(["p", line.strip()])
    if sum(1 for r in out if r[0] == "row") < 2:
        return None
    return out


def write_docx(rows: list, path: Path) -> None:
    import docx
    d = docx.Document()
    table = None
    for r in rows:
        if r[0] == "p":
            d.add_paragraph(r[1])
            table = None
            continue
        if table is None:
            table = d.add_table(rows=0, cols=2)
        cells = table.add_row().cells
        cells[0].text = r[1]
        parts = r[2].split("\n")
        cells[1].text = parts[0]
        for part in parts[1:]:
            cells[1].add_paragraph(part)
    d.save(str(path))


# --- words: the genre's words for the same meaning (session 22, syn22) --------------------------------------------
# Each class holds words a real document of the genre prints for one meaning, in one position (module note, `words`).
# label: a field's label (before "：", a table's header cell, a heading line of its own); value: a status said alone
# (a field's value, a cell, a bracket, a sentence of its own); the lead-ins and the finding verbs have their own forms.
WORD_CLASSES = {
    "deadline": ("label", ["整改时限", "完成时限", "时限要求", "整改期限"]),
    "units": ("label", ["责任单位", "牵头单位", "责任部门", "承办单位"]),
    "leader": ("label", ["责任领导", "牵头领导"]),
    "measures": ("label", ["整改措施", "整改举措", "主要措施"]),
    "progress": ("label", ["整改进展", "进展情况", "完成情况", "整改落实情况"]),
    "problems": ("label", ["存在问题", "发现的问题", "主要问题", "反馈问题"]),
    "done": ("value", ["已完成", "已完成整改", "已整改完成", "已整改到位", "已办结"]),
    "ongoing": ("value", ["正在整改", "正在推进", "持续推进", "整改中"]),
    "mostly": ("value", ["基本完成", "基本完成整改", "基本整改到位"]),
    "long_term": ("value", ["长期坚持", "长期推进"]),
}
_INSPECTORS = r"巡察|巡视|督察|督查|审计|检查|督导"
_RE_FINDING = re.compile(rf"(?<=(?:{_INSPECTORS}))(组?)(发现|指出|反馈)(?=的(?:主要|突出|具体)?问题)")
_FINDING_VERBS = ["发现", "指出", "反馈"]
_CN_NUMS = "一二三四五六七八九十"
_RE_LEADIN_SHI = re.compile(rf"(?:^|(?<=[\s。；;：:，,]))([{_CN_NUMS}])是[，,：:]?", re.M)
_RE_LEADIN_DI = re.compile(rf"(?:^|(?<=[\s。；;：:]))第([{_CN_NUMS}])[，,]", re.M)
_LABEL_BEFORE = r"(?:^|(?<=[\t|；;。，,\s、）)】\]．.]))"
_RE_LINE_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]|"
                           r"第[一二三四五六七八九十]{1,3}部分)?\s*$")


def _class_rx(kind: str, members: list[str]) -> re.Pattern:
    alt = "|".join(sorted(members, key=len, reverse=True))
    if kind == "label":  # before a colon, a cell's end, or a line's end (a heading line: checked by the caller)
        return re.compile(rf"{_LABEL_BEFORE}({alt})(?=\s*[:：]|[ \t]*[\t|]| {{2,}}|\s*$)", re.M)
    # a status alone: after a line's start, a cell, a colon, a bracket, a stop, "目前"/"现"/"该问题"; before a stop
    return re.compile(rf"(?:^|(?<=[\t|：:（(【\[。])|(?<=目前)|(?<=该问题)|(?<=现))\s*({alt})(?=\s*(?:$|[\t|。；;，,）)】\]]))", re.M)


_WORD_RX = {name: _class_rx(kind, members) for name, (kind, members) in WORD_CLASSES.items()}


def _truth_strings(truth: dict) -> list[str]:
    """The truth's strings the scorer compares as printed: the problems' titles, categories, units and deadlines (a
    deadline "长期坚持" is printed as the state word is), the doc fields."""
    out = [truth.get("title"), truth.get("issuer")]
    out += [(truth.get("inspection") or {}).get(k) for k in ("inspector", "inspected")]
    for p in truth.get("problems") or []:
        out += [p.get("title"), p.get("category"), p.get("deadline"), *(p.get("responsible_units") or [])]
    return [s for s in out if isinstance(s, str) and s.strip()]


def _protected(text: str, truth: dict) -> list[bool]:
    """For every character of text: does it stand in a span printing one of the truth's strings? (found in the scorer's
    form; a long string not found whole is covered from where its head or its tail is found, a little beyond its length)"""
    plain, where = _plain_map(text)
    keep = [False] * (len(text) + 1)

    def cover(a: int, b: int) -> None:  # plain offsets [a, b)
        a, b = max(0, a), min(len(where), b)
        if a < b:
            for i in range(where[a], where[b - 1] + 1):
                keep[i] = True
    for s in _truth_strings(truth):
        p = unicodedata.normalize("NFKC", re.sub(r"\s", "", s))
        hits = [m.start() for m in re.finditer(re.escape(p), plain)] if p else []
        for at in hits:
            cover(at, at + len(p))
        if hits or len(p) < 10:
            continue
        for m in re.finditer(re.escape(p[:10]), plain):
            cover(m.start(), m.start() + len(p) + 10)
        for m in re.finditer(re.escape(p[-10:]), plain):
            cover(m.end() - len(p) - 10, m.end())
    return keep


def words(text: str, rng: random.Random, truth: dict | None = None) -> str | None:
    """The genre's words for the same meaning (WORD_CLASSES): each word of a class printed in its class's position said
    with another of its class, chosen per document (seeded); two labels of a document never made one (each label found
    given a word no other label of the text has); 一是/二是… <-> 第一，/第二，… for a run of them; the finding verb of
    "巡察组反馈的问题" (发现/指出/反馈). Nothing inside a span printing a truth string (titles, categories, units, doc
    fields): the truth stays as it is. None when nothing was said another way."""
    truth, original = truth or {}, text
    keep = _protected(text, truth)
    changed: list[str] = []
    # (a pass changes lengths: the protected spans are found anew after each)

    def free(span: tuple[int, int]) -> bool:
        return not any(keep[span[0]:span[1]])

    for name, (kind, members) in WORD_CLASSES.items():
        rx = _WORD_RX[name]
        if not any(w in text for w in members):
            continue

        def placed(m) -> bool:
            if not free(m.span(1)):
                return False
            if kind == "label" and not re.match(r"\s*[:：]|[ \t]*[\t|]| {2,}", text[m.end(1):]):  # a heading line
                head = text[text.rfind("\n", 0, m.start(1)) + 1:m.start(1)]
                return bool(_RE_LINE_HEAD.match(head))
            return True
        found = list(dict.fromkeys(m.group(1) for m in rx.finditer(text) if placed(m)))
        if not found:
            continue
        if kind == "label":  # one new word per label, none another label of the text has
            spare = [w for w in members if w not in found]
            rng.shuffle(spare)
            new_of = {w: spare.pop() for w in found if spare}
        else:  # a status: any other word of its class
            new_of = {w: rng.choice([x for x in members if x != w]) for w in found}

        def sub(m):
            w = m.group(1)
            if w not in new_of or not placed(m):
                return m.group(0)
            return m.group(0)[:m.start(1) - m.start(0)] + new_of[w] + m.group(0)[m.end(1) - m.start(0):]
        text = rx.sub(sub, text)
        changed += [f"{w}→{new_of[w]}" for w in found if w in new_of]
        keep = _protected(text, truth)
    # item lead-ins: a run 一是…二是… said 第一，…第二，… or the other way (both printed in the genre)
    shi = [m for m in _RE_LEADIN_SHI.finditer(text) if free(m.span())]
    di = [m for m in _RE_LEADIN_DI.finditer(text) if free(m.span())]
    if {"一", "二"} <= {m.group(1) for m in shi}:
        text = _RE_LEADIN_SHI.sub(lambda m: f"第{m.group(1)}，" if free(m.span()) else m.group(0), text)
        changed.append("一是→第一，")
    elif {"一", "二"} <= {m.group(1) for m in di}:
        text = _RE_LEADIN_DI.sub(lambda m: f"{m.group(1)}是" if free(m.span()) else m.group(0), text)
        changed.append("第一，→一是")
    keep = _protected(text, truth)
    # the finding verb of the problems an inspector found (发现/指出/反馈的问题): one other verb per document
    verbs = [m.group(2) for m in _RE_FINDING.finditer(text) if free(m.span())]
    if verbs:
        new = rng.choice([v for v in _FINDING_VERBS if v != verbs[0]])
        text = _RE_FINDING.sub(lambda m: m.group(1) + new if free(m.span()) and m.group(2) != new else m.group(0), text)
        changed.append(f"{verbs[0]}的问题→{new}的问题")
    words.last = ", ".join(changed)
    # (a check: every problem title printed whole in the text is still printed whole)
    before, after = _plain_map(original)[0], _plain_map(text)[0]
    for p in (truth.get("problems") or []):
        t = unicodedata.normalize("NFKC", re.sub(r"\s", "", p.get("title") or ""))
        if t and t in before and t not in after:
            return None
    return text if changed else None


MAKERS = {"wrap": wrap, "pages": pages, "chrome": chrome, "indent": indent, "punct": punct, "trad": trad,
          "sections": sections, "headings": headings, "promote": promote, "demote": demote, "cut": cut, "flat": flat,
          "ot_cut": ot_cut, "ot_mask": ot_mask, "ot_labels": ot_labels, "ot_trad": ot_trad, "ot_chrome": ot_chrome,
          "ot_nochrome": ot_nochrome, "ot_table": ot_table, "words": words}
PROBLEMS_ONLY = {"trad", "ot_trad"}
NEEDS_TRUTH = {sections, headings, promote, demote, cut, flat, ot_cut, ot_mask, ot_labels, ot_nochrome, ot_table, words}
CHANGES_TRUTH = {cut}  # (returns the copy and its own truth; only the documents it cuts are scored in its rows)
# a truth narrowed for a copy: ot_cut's excerpt keeps the problem, not all its measures, units and deadline (F1, titles,
# seq and status scored; its measures column is not meaningful); ot_mask's truth masked as its text is
TRUTH_FOR = {"ot_cut": lambda t: {"problems": [dict(p, deadline=None, responsible_units=[], measure_count=None)
                                               for p in t.get("problems") or []]},
             "ot_mask": mask_truth}
APPLIES_TO = {"sections": "problems in a numbered list under numbered sections",
              "headings": "problems right under a heading naming them",
              "promote": "problems in a numbered list, no 第一部分 printed",
              "demote": "problems in a numbered list, no ① printed",
              "ot_cut": "a one-task text with its statement found and text after the first paragraph after it",
              "ot_mask": "a one-task text naming a responsible unit's place or company",
              "ot_labels": "a one-task text with a field label of the genre", "ot_nochrome": "a one-task page with chrome",
              "ot_table": "a one-task text with two labelled fields or more",
              "cut": "n >= 3 problems in a numbered list: the first k of them kept",
              "flat": "every text",
              "words": "a text printing a word of a class in its class's position outside the truth's strings"}
# (the truths' doc fields are as printed: not scored on a converted copy)


def has_opencc() -> bool:
    try:
        import opencc  # noqa: F401
    except ImportError:
        return False
    return True


def score_cut(scorer, parse_file, names, fmt, work, docs, readings, preds, differ):
    """A cut copy scored against its own truth (the cut problem's measure_count unscored), its reading compared with the
    unperturbed reading narrowed to what the copy keeps (`cut_expected`)."""
    cs = CutScorer(scorer)
    total, agg, errors = scorer.Tally(), {"truth": 0, "pred": 0, "matched": 0}, 0
    for stem, own in docs.items():
        batch, name, _ = names[stem]
        truth = json.loads(own.read_text(encoding="utf-8"))
        try:
            pred = parse_file(work / fmt / f"{stem}.txt").to_dict()
        except Exception as exc:
            pred, errors = {}, errors + 1
            differ.append((fmt, batch, name, f"ERROR {type(exc).__name__}: {str(exc)[:80]}"))
        tally, counts = cs.score(truth, pred)
        total.merge(tally)
        for k in agg:
            agg[k] += counts[k]
        want = cut_expected(scorer, readings.get(stem), preds.get(stem) or {}, truth)
        got = cut_blank(reading(pred), truth) if pred else None
        if pred and got != want:
            differ.append((fmt, batch, name, describe(want, got) + title_change(want, got)))
    return total, agg, errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", type=Path, help="write the copies here and keep them")
    ap.add_argument("--only", help="only documents whose path holds this")
    ap.add_argument("--perturbations", help="comma-separated perturbations (txt is always parsed)")
    ap.add_argument("--seeds", type=int, default=1,
                    help="N copies per perturbation, each its own row: seed 0 as before, then NAME@1 … NAME@N-1 "
                         "(the random choices of a perturbation drawn again for every document)")
    args = ap.parse_args()
    from zhenggai.importer.extract import decode_text
    from zhenggai.importer.parse import parse_file

    scorer = load_scorer()
    chosen = args.perturbations.split(",") if args.perturbations else list(PERTURBATIONS)
    onetask = "onetask" in chosen or any(f.startswith("ot_") for f in chosen)  # (an ot_ perturbation: its documents only)
    if "onetask" in chosen:  # the family, on its documents only
        chosen = [f for f in chosen if f != "onetask"] + [f for f in ONETASK if f not in chosen]
    if "trad" in chosen and not has_opencc():
        print("# OpenCC is not installed in the venv: trad skipped")
        chosen.remove("trad")
    chosen = [f if k == 0 else f"{f}@{k}" for f in chosen for k in range(max(1, args.seeds))]
    work = args.keep or Path(tempfile.mkdtemp(prefix="zg_perturb_"))
    docs = [s for s in sources() if not args.only or args.only in str(s[1])]
    if onetask:
        keep_docs = onetask_docs()
        docs = [s for s in docs if f"{s[0]}/{s[1].stem}" in keep_docs]
    as_docx: set[tuple[str, str]] = set()  # (fmt, stem) written as .docx (ot_table)
    started = time.time()
    names: dict[str, tuple[str, str, Path]] = {}
    applied: dict[str, int] = {}
    skipped: dict[tuple[str, str], int] = {}
    cut_docs: dict[str, dict[str, Path]] = {}  # fmt -> stem -> the copy's own truth
    done: dict[tuple[str, str], str] = {}  # what a perturbation that says so did to a document ("存在问题→问题清单, cn→part")
    for fmt in ["txt", *chosen]:
        (work / fmt).mkdir(parents=True, exist_ok=True)
    for batch, text_path, truth_path in docs:
        stem = f"{batch}__{text_path.stem}"
        names[stem] = (batch, text_path.stem, truth_path)
        text = decode_text(text_path.read_bytes())
        shutil.copyfile(text_path, work / "txt" / f"{stem}.txt")
        for fmt in chosen:
            rng = random.Random(zlib.crc32(f"{fmt}:{stem}".encode()))  # (seed k > 0: "NAME@k:stem")
            maker = MAKERS[fmt.split("@")[0]]
            if maker in NEEDS_TRUTH:  # (placed by the truth's problems; a text it does not fit is left as it is)
                made = maker(text, rng, json.loads(truth_path.read_text(encoding="utf-8")))
                if maker in CHANGES_TRUTH:  # (the copy and its truth, or None: the document is not in this row)
                    if made is not None:
                        made, own = made
                        own_truth = work / fmt / f"{stem}.truth.json"
                        own_truth.write_text(json.dumps(own, ensure_ascii=False, indent=1), encoding="utf-8")
                        cut_docs.setdefault(fmt, {})[stem] = own_truth
                if made is not None and getattr(maker, "last", None):
                    done[(fmt, text_path.stem)] = maker.last
                applied[fmt.split("@")[0]] = applied.get(fmt.split("@")[0], 0) + (made is not None)
                why = (getattr(_renumbered, "skipped", None) if maker in (promote, demote) and made is None else
                       getattr(cut, "skipped", None) if maker is cut and made is None else None)
                if why:  # (a text the perturbation cannot move faithfully: left as it is, counted)
                    skipped[(fmt.split("@")[0], why)] = skipped.get((fmt.split("@")[0], why), 0) + 1
                if made is None and maker in CHANGES_TRUTH:
                    continue
                made = text if made is None else made
            else:
                made = maker(text, rng)
            if isinstance(made, list):  # ot_table's rows: a .docx
                write_docx(made, work / fmt / f"{stem}.docx")
                as_docx.add((fmt, stem))
                continue
            (work / fmt / f"{stem}.txt").write_text(made, encoding="utf-8")

    rows, differ = [], []
    flips: list[tuple[str, str, int]] = []
    readings: dict[str, dict] = {}
    preds: dict[str, dict] = {}
    for fmt in ["txt", *chosen]:
        base = fmt.split("@")[0]
        path_of = lambda stem: work / fmt / (f"{stem}.docx" if (fmt, stem) in as_docx else f"{stem}.txt")  # noqa: E731
        if MAKERS.get(fmt.split("@")[0]) in CHANGES_TRUTH:
            total, agg, errors = score_cut(scorer, parse_file, names, fmt, work, cut_docs.get(fmt, {}), readings,
                                           preds, differ)
            rate = total.rate
            rows.append((fmt, scorer.f1(agg), rate("title_exact"), rate("measure_count"), rate("units"),
                         rate("doc_fields"), rate("dates"), rate("headline"), agg["truth"], agg["matched"], agg["pred"],
                         errors, sum(1 for d in differ if d[0] == fmt)))
            continue
        total, agg, errors = score_format(
            scorer, parse_file, names, fmt, path_of, readings, differ, read=reading,
            change=lambda a, b: describe(a, b) + title_change(a, b),
            keep=TRUTH_FOR.get(base) or ((lambda t: {"problems": t.get("problems") or []}) if base in PROBLEMS_ONLY else None),
            preds=preds if fmt == "txt" else None)
        if onetask:  # a one-task copy read as no problem, or as several: a flip
            for stem in names:
                n = len(parse_file(path_of(stem)).to_dict().get("problems") or [])
                if n != 1:
                    flips.append((fmt, stem, n))
        rate = total.rate
        rows.append((fmt, scorer.f1(agg), rate("title_exact"), rate("measure_count"), rate("units"),
                     rate("doc_fields"), rate("dates"), rate("headline"), agg["truth"], agg["matched"], agg["pred"],
                     errors, sum(1 for d in differ if d[0] == fmt)))

    fmt_ = lambda x: "  -  " if x is None else f"{x:5.3f}"  # noqa: E731
    print(f"# {len(names)} labelled documents, {len(chosen)} perturbations ({time.time() - started:.0f} s)")
    for name, n in applied.items():
        print(f"# {name}: applied to {n // max(1, args.seeds)} documents ({APPLIES_TO[name]})")
    for (name, why), n in sorted(skipped.items()):
        print(f"# {name}: skipped {n // max(1, args.seeds)} documents it cannot move faithfully ({why})")
    print(f"{'perturb':10} {'F1':>6} {'titles':>6} {'measures':>8} {'units':>6} {'doc_flds':>8} {'dates':>6} "
          f"{'headline':>8} {'truth/matched/pred':>19} {'errors':>6} {'differ':>6}")
    for fmt, f1, te, mc, un, df, dt, hl, t, m, p, e, n in rows:
        print(f"{fmt:10} {f1:6.3f} {fmt_(te):>6} {fmt_(mc):>8} {fmt_(un):>6} {fmt_(df):>8} {fmt_(dt):>6} "
              f"{fmt_(hl):>8} {f'{t}/{m}/{p}':>19} {e:6d} {n:6d}")
    print()
    print("# documents whose reading differs from their unperturbed reading")
    for fmt, batch, name, what in differ:
        print(f"{fmt:8} {batch}/{name}: {what}" + (f"   <{done[(fmt, name)]}>" if (fmt, name) in done else ""))
    if onetask:
        print()
        print(f"# onetask flips (a copy read as no problem or as several; {len(names)} documents)")
        for fmt in ["txt", *chosen]:
            print(f"{fmt:12} {sum(1 for f in flips if f[0] == fmt):3d}")
        for fmt, stem, n in flips:
            print(f"  flip {fmt:12} {stem}: {n} problems")
    if any(f.startswith("headings") for f in chosen):
        # (a problem's category is the heading as printed: a renamed heading renames it, no change of reading)
        real = [d for d in differ if d[0].startswith("headings") and not _RE_CATEGORY_ONLY.match(d[3])]
        styled = [d for d in real if "→" in done.get((d[0], d[2]), "").partition(", ")[2]]
        print(f"# headings: {len(real)} copies change reading beyond the category (the heading's own words), "
              f"{len(styled)} of them with the marker style changed, {len(real) - len(styled)} by the words alone")
    if any(f.startswith("words") for f in chosen):
        # (a heading renamed renames the category its problems print: a change of category alone is the text's own words)
        for fmt in [f for f in chosen if f.startswith("words")]:
            real = [d for d in differ if d[0] == fmt and not _RE_CATEGORY_ONLY.match(d[3])]
            print(f"# {fmt}: {len(real)} copies change reading beyond the category "
                  f"({sum(1 for d in differ if d[0] == fmt) - len(real)} by the category alone)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
