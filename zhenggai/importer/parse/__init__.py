"""Parse rectification documents (bulletins, plans, reports) into a ParseResult.

Public entry points:

- ``parse_text(text)``: plain text; positions are line indexes.
- ``parse_paragraphs(paragraphs)``: a list of paragraphs; positions are indexes into it.
- ``parse_file(path)`` / ``parse_bytes(data, filename)``: any supported file
  (.txt .docx .pdf .html .xlsx .csv); failures raise ``ExtractError`` with a
  Chinese message.

Nothing is dropped silently: each paragraph ends up in a problem (heading,
measure or note), the preamble, the closing, or ``unplaced``.
"""
from __future__ import annotations

import gc
import re
from collections import Counter
from pathlib import Path

from ..result import ParseResult
from . import facts, headline, inspection
from .normalize import (
    RE_CLOSING,
    RE_FIELD_LINE,
    Para,
    RE_PINYIN_GLOSS,
    mend_split_glosses,
    _RE_TONE_MARK,
    Restorer,
    clean_pair,
    document_scan,
    label_field_cells,
    is_chrome,
    is_date_line,
    join_broken_lines,
    rejoin_margin_lines,
    remove_chunk_markers,
    restore_lost_breaks,
    split_html_markup,
    BlockText,
    segment_run_together,
    split_wrapped_findings,
    split_quoted_items,
    split_run_on_items,
    strip_page_jumps_pair,
    to_simplified,
    full_page_lines,
    page_furniture,
)
from .numbering import LEVEL_ARABIC, LEVEL_ARABIC_PAREN, LEVEL_CIRCLED, clear_marker_memo, parse_marker
from .structure import _without_count_note, closing_account, parse_structure


__all__ = ["parse_text", "parse_paragraphs", "parse_file", "parse_bytes"]

_TERMINAL = set("。!！?？;；”）)】》…")
_RE_DIGIT = re.compile(r"\d|年")  # a line that may hold a date
_RE_BARE_SEPARATOR = re.compile(r"^[\s|丨｜/·•>＞\-—]*$")  # a line holding only a menu's separator
_SENTENCE_STOPS = "。;；!?！？"  # (what re.split(r"[。;；!?！？]", …) cut at)
_CLAUSE_STOPS = ",，。;；"  # (what re.split(r"[,，。;；]", …) cut at)
# (the same classes as patterns: _check's form before session 21, which test_perf17 rebuilds)
_RE_SENTENCE_STOP = re.compile("[" + re.escape(_SENTENCE_STOPS) + "]")
_RE_CLAUSE_STOP = re.compile("[" + re.escape(_CLAUSE_STOPS) + "]")


def split_at(text: str, stops: str) -> list[str]:
    """re.split("[" + stops + "]", text) — the pieces between the stop characters, empty ones included — made by
    str.replace and str.split: each stop the text holds becomes the first one, found by a fast substring scan, where
    the engine tests the class at every character (3x faster over a document; PERF21.txt)."""
    sep = stops[0]
    for ch in stops[1:]:
        if ch in text:
            text = text.replace(ch, sep)
    return text.split(sep)


def _blank_line_ends(paragraphs: list, full: set[int], likely: set[int]) -> tuple[set[int], set[int]]:
    """robust25: a line followed by a blank line ends its paragraph, however near the margin it runs ("（二）…的情况,存在安全
    隐患" / "" / "— 1 —" / next page: the page break does not join it to the next page's first line) — in a text whose
    paragraphs are apart by blank lines, not one that puts a blank line after every line (a double-spaced copy)."""
    wide = full | likely
    before_blank = {i for i in wide if i + 1 < len(paragraphs) and isinstance(paragraphs[i + 1], str)
                    and not paragraphs[i + 1].strip()}
    if not before_blank or len(before_blank) * 2 > len(wide):  # (most wide lines before a blank: blank lines everywhere)
        return full, likely
    return full - before_blank, likely - before_blank


def parse_text(text: str) -> ParseResult:
    return parse_paragraphs(text.splitlines())


def parse_file(path: str | Path) -> ParseResult:
    from ..extract import extract_file

    return _parse_extracted(extract_file(Path(path)))


def parse_bytes(data: bytes, filename: str) -> ParseResult:
    from ..extract import extract_bytes

    return _parse_extracted(extract_bytes(data, filename))


def _parse_extracted(extracted) -> ParseResult:
    if extracted.ledger is not None:
        result = extracted.ledger
        result.title = facts.without_series_number(result.title)  # (C35, as a text's title)
    else:
        result = parse_paragraphs(extracted.paragraphs)
    result.source_name = extracted.name
    for a in extracted.anomalies:
        result.anomalies.insert(0, a)
    return result


def parse_paragraphs(paragraphs: list[str]) -> ParseResult:
    clear_marker_memo()
    # (the cyclic garbage collector paused for the parse: a parse makes tens of thousands of short-lived objects, and
    # each 700 allocations set off a collection that walks the young ones — about 5 % of a parse's CPU, measured in
    # tests/importer/real/PERF21.txt; plain reference counting still frees all but cycles, and the few cycles a parse
    # makes (a tree's parent links) are collected as usual after it, when the collector is back on)
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _parse_paragraphs(paragraphs)
    finally:
        if paused:
            gc.enable()
        clear_marker_memo()  # (the memo of one parse: nothing of the document is kept after it)


def _parse_paragraphs(paragraphs: list[str]) -> ParseResult:
    result = ParseResult()
    as_printed = paragraphs
    paragraphs, t2s, converted = to_simplified(paragraphs)
    as_converted = paragraphs
    # gloss24: a pinyin gloss a wrap split over two lines is cut from both (whole ones go in clean_pair)
    glossed = False
    if any(isinstance(p, str) and _RE_TONE_MARK.search(p) for p in paragraphs):
        mended = mend_split_glosses(paragraphs)
        glossed = mended != paragraphs
        paragraphs = mended
    if converted:
        result.add_anomaly("traditional", "繁体字文本：已转为简体字读取（问题、单位等按简体字写入台账）", None)
    from .normalize import split_noise_breaks

    from .normalize import rejoin_wrapped_flat

    paragraphs = label_field_cells(restore_lost_breaks(rejoin_wrapped_flat(split_html_markup(split_noise_breaks(paragraphs)))))
    furniture = page_furniture(paragraphs)
    if furniture:
        paragraphs = [None if i in furniture else p for i, p in enumerate(paragraphs)]
        result.add_anomaly("page_furniture", f"页码、页眉（{len(furniture)}行）已去除，跨页断开的段落已接回", None)
    lines: list[tuple[int, str]] = []
    full_lines, likely_full = full_page_lines({i: raw.rstrip() for i, raw in enumerate(paragraphs) if isinstance(raw, str) and raw.strip()})
    if full_lines or likely_full:
        full_lines, likely_full = _blank_line_ends(paragraphs, full_lines, likely_full)
    block_ends = {i for i, raw in enumerate(paragraphs) if isinstance(raw, BlockText)}
    jump_after: set[int] = set()
    jump_before: set[int] = set()
    written: dict[int, str] = {}
    layout, foldable = document_scan([raw for raw in paragraphs if isinstance(raw, str)])
    for i, raw in enumerate(paragraphs):
        if not isinstance(raw, str):
            continue
        pair, jumps = strip_page_jumps_pair(clean_pair(raw, t2s, layout, foldable))
        written[i], text = pair
        for j in jumps:
            result.add_anomaly("page_jump", f"版面转接标记“{j}”：正文在此处被截断或转到其他版面", i)
            if re.search(r"下转|转第", j):
                jump_after.add(i)
            else:
                jump_before.add(i)
        if text:
            lines.append((i, text))
        if "(" in raw and _RE_TONE_MARK.search(raw) and RE_PINYIN_GLOSS.search(raw):  # (a gloss has a tone mark: a scan first)
            glossed = True

    as_cleaned = list(lines)
    lines, chunks = remove_chunk_markers(lines)
    if chunks:
        result.add_anomaly("chunk_markers", f"文档分享网站的分页标记（“1、”…“{chunks}、”）已去除，被截断的词语已接回", None)

    chrome = {pos for pos, text in lines if is_chrome(text)}
    title, title_pos = facts.find_title(lines, is_chrome, full_lines | likely_full)
    result.title = title
    used = set(title_pos)

    rest = [(pos, text) for pos, text in lines if pos not in chrome and pos not in used]
    closing_start = _closing_start(rest)
    body_lines, closing_lines = rest[:closing_start], rest[closing_start:]

    paras = [Para(text, pos, pos in jump_after, pos in jump_before) for pos, text in body_lines]
    paras = join_broken_lines(paras, facts.title_like, full_lines, block_ends, likely_full)
    lead_paras = [p.text for p in paras[:3]]
    wrapped_lead = any(p.joined for p in paras[:3])
    paras, segmented = segment_run_together(paras)
    paras, wrapped = split_wrapped_findings(paras)
    paras, quoted = split_quoted_items(paras)
    paras, run_on = split_run_on_items(paras)
    segmented = segmented or wrapped or quoted or run_on
    if segmented:
        result.add_anomaly("run_together", "正文没有分段（标题、条目连在一起），已按编号和“整改目标/整改措施”等标签重新切分", None)

    from .readings import black_list_candidate, check_table_candidate

    # (check24: a black list's rows are read from the lines as printed, their cells apart by the spaces cleaning drops)
    black_list = black_list_candidate([Para(paragraphs[pos], pos) for pos, _ in lines if pos not in used]) \
        if any("榜" in t or "黑名单" in t for _, t in lines) else None  # (its needle before any work)
    problems, nodes, root = parse_structure(paras, result, [check_table_candidate(lines), black_list],
                                            rejoin_margin_lines([Para(text, pos) for pos, text in lines if pos not in used],
                                                                full_lines, likely_full))
    result.problems = problems
    _charge_addressee(title, paras, problems, [t for _, t in lines[:8]])
    _covering_deadline(paras, problems)
    _ordered_deadline(paras, problems)
    _named_demand_deadline(paras, problems)
    _checked_body_unit(paras, problems)
    _audit_orders(paras, problems)
    _done_tail(problems)
    _case_descriptions(paras, problems)
    _duties_in_measures(problems)
    _group_unit_line(paras, problems)
    _closing_request(problems, result)
    for p in problems:  # (s24, C1: a category's count note dropped, whichever reading named it — a table's, a run's)
        if p.category and p.category.endswith((")", "）")):
            p.category = _without_count_note(p.category).strip() or p.category

    # where every paragraph went
    in_problem: set[int] = set()
    for n in nodes:
        in_problem.add(id(n))
        for d in n.walk():
            in_problem.add(id(d))
    last_idx = -1
    order = list(root.walk())
    for k, n in enumerate(order):
        if id(n) in in_problem:
            last_idx = k
    preamble_text: list[str] = []
    section_text: list[str] = []
    after_text: list[str] = []  # the sections after the last problem (not the signature)
    seen_problem = False
    for k, n in enumerate(order):
        if id(n) in in_problem:
            seen_problem = True
            continue
        text = n.para.text if n.para else ""
        if not seen_problem:
            result.preamble.append(text)
            preamble_text.append(text)
        elif k > last_idx:
            result.closing.append(text)
            after_text.append(text)
        else:
            section_text.append(text)
            if n.marker is None:
                result.unplaced.append({"position": n.pos, "text": text, "reason": "section_text"})
    for pos, text in closing_lines:
        result.closing.append(text)
    chrome_lines = [(pos, text) for pos, text in lines if pos in chrome]

    # document facts
    sig_org, sig_date = facts.signature(closing_lines or body_lines[-3:])
    if sig_date is None and not closing_lines:  # the last three paragraphs: a page's width wraps one into many lines
        org, date = facts.signature([(p.pos, p.text) for p in paras[-3:]])
        if date:
            sig_org, sig_date = org or sig_org, date
    head = facts.masthead([t for _, t in lines[:15]]) if sig_date is None else None
    if head is not None and sig_org is None:
        sig_org = head[0]
    result.report_date = (
        sig_date
        or facts.inner_signature_date(body_lines)
        or (head[1] if head else None)
        or facts.speech_date([t for pos, t in lines if pos not in chrome or _RE_DIGIT.search(t)][:8])
        or facts.title_date(title)
        or facts.announced_date([t for _, t in lines[:30]])
        # the page's own lines without a figure (its breadcrumb, its buttons) hold no date: "near the top" counts without them
        # (nor do a menu's bare separator lines, "|" between city names, count as lines)
        # (res22: nor a date's label alone on its line, "发布日期：", the value on the next: kept, so the pair is read)
        # (robust25: nor a line a page's width cut inside the date's label, "来源:某领导小组    时" over "间:2022-07-29")
        or facts.meta_date([t for _, t in chrome_lines if _RE_DIGIT.search(t) or facts.date_label_alone(t) or facts.date_label_cut(t)]
                           + [t for pos, t in [ln for ln in lines if not _RE_BARE_SEPARATOR.match(ln[1])][:30]
                              if pos not in chrome or _RE_DIGIT.search(t) or facts.date_label_alone(t) or facts.date_label_cut(t)])
        or facts.prose_speech_date([t for _, t in body_lines[:3]], "\n".join(t for _, t in body_lines))
        or facts.news_lead_date([t for _, t in body_lines[:2]], "\n".join(t for _, t in body_lines))
        # (wrap25: a lead a page's margin broke over lines is read as the paragraph it is, joined back)
        or ((facts.prose_speech_date(lead_paras[:3], "\n".join(t for _, t in body_lines))
             or facts.news_lead_date(lead_paras[:2], "\n".join(t for _, t in body_lines))) if wrapped_lead else None)
    )
    if sig_org and facts.RE_OFFICE_ONLY.match(sig_org.strip()):  # "…督察反馈意见 / 整改工作领导小组办公室": one office
        at = next((k for k in range(len(lines) - 1, 0, -1) if lines[k][1].strip() == sig_org.strip()), 0)
        if at:
            sig_org = facts.office_of(lines[at - 1][1], sig_org)
    sig_org = facts.issuer_name(sig_org)  # the signing body, without its signer's posts
    result.issuer = facts.unmasked(facts.fuller_issuer(facts.issuer_name(facts.issuer_from_title(title)), sig_org) or sig_org)
    if title and sig_org and _org_key(sig_org) != _org_key(result.issuer or ""):
        result.add_anomaly("mixed_issuer", f"标题中的发文单位“{result.issuer}”与落款“{sig_org}”不一致，可能混入了其他单位的内容", None)
    if result.title is None:  # "…会议上作了《关于…的报告》": a report's name in its lead
        result.title = title = (facts.prose_speech_title([t for _, t in body_lines[:3]])
                                or (facts.prose_speech_title(lead_paras[:3]) if wrapped_lead else None))
    if result.title is None:  # "原标题：…典型案例集中通报": a repost's note of the document's own heading
        result.title = title = facts.original_title(lines, is_chrome)[0]
    attached = facts.attachment_title([t for _, t in lines], result.title)  # "附件：周督导问题清单"
    if attached:
        result.title = title = attached
    masthead = facts.announcement_masthead([t for _, t in lines[:20]], result.title)  # "审计结果公告" over its own title
    if masthead:
        result.title = title = masthead[0]
        result.issuer = result.issuer or masthead[1]
    full_text = "\n".join(t for _, t in body_lines)
    result.kind = facts.kind_of(title, full_text)
    intro = "\n".join(preamble_text) or full_text
    if not problems and closing_lines:  # a lead with no problems: its last paragraph (contacts, a signature) is still the lead
        intro += "\n" + "\n".join(t for _, t in closing_lines)
    result.inspection = inspection.inspection_facts(intro, result.issuer, title, result.report_date,
                                                    "\n".join(t for _, t in closing_lines))
    if len(problems) == 1 and preamble_text and not (result.inspection.start or result.inspection.end or result.inspection.feedback_date):
        _one_task_inspection(result, problems[0], paras)
    heads = "\n".join(preamble_text + section_text)
    result.headline = headline.headline_figures(heads)
    headline.add_attachment_counts(result.headline, [p.text for p in paras])
    if problems:
        # (with the paragraphs about all the listed tasks that close the last one's body: "以上整改任务的验收…截至…")
        headline.add_closing_figures(result.headline, closing_account(problems[-1]) + after_text,
                                     len(problems))
        if result.headline.problems_total is None and len(problems) >= 2:
            _closing_run_into_last(result.headline, problems)
        if result.headline.problems_total is None and "事项" in heads:
            headline.add_handed_items(result.headline, heads, len(problems))
    headline.settle(result.headline)

    _check(result, chrome_lines, body_lines, closing_lines, paras)
    if t2s and sum(1 for t in written.values() for ch in t if ord(ch) in t2s) >= 10:
        result.add_anomaly("traditional", "文档使用繁体字：按简体识别结构，保存的文字仍是原文的繁体", None)
    if glossed:
        result.add_anomaly("pinyin_gloss", "网页在部分汉字后加了拼音注音（如“關(guān)”），已去除", None)
    _restore_written(result, as_cleaned, written)
    _spacing_as_printed(result, [p for p in as_converted if isinstance(p, str)])
    if converted:
        _doc_fields_as_printed(result, as_printed, as_converted)
    result.title = facts.without_series_number(result.title)  # (C35: a batch or issue number after it dropped)
    return result


def _spacing_as_printed(result: ParseResult, written_lines: list[str]) -> None:
    """figs23: the title and the issuer with the blanks they are printed with inside one line (R32: "inner spaces of the
    title kept"; R37: "as printed (spaces kept, 中共泸州市委 泸州市人民政府)"): the rules read a copy with the blanks between
    Chinese characters folded away, so the field is found again in its line as written, a blank allowed between any two
    of its characters. A field split over lines stays joined (a line break is no blank of the field)."""
    for name in ("title", "issuer"):
        value = getattr(result, name)
        if not value or re.search(r"\s", value) or len(value) < 4:
            continue
        rx = re.compile(r"[ \t\u3000]*".join(re.escape(ch) for ch in value))
        for line in written_lines:
            m = rx.search(line)
            if m:
                found = m.group(0)
                # (only a blank at a joint between two bodies, or between the body and its document's name — "中共某市委
                # 某市人民政府", "…党组 关于…"; a blank inside a phrase is a page's wrap, "…执行和 其他…", dropped)
                kept = RE_BLANK_RUN.sub(lambda b: b.group(0) if _body_joint(found[: b.start()], found[b.end():]) else "", found)
                if kept != value:
                    setattr(result, name, kept)
                break


RE_BLANK_RUN = re.compile(r"[ \t\u3000]+")
RE_BODY_END = re.compile(r"(?:委|政府|党组|党委|委员会|办公室|局|院|公司|会|办|厅|黨組|黨委|委員會|辦公室|廳|辦)$")
RE_BODY_OR_NAME_OPENING = re.compile(r"(?:中共|关于|關於|[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|縣|區))")


def _body_joint(before: str, after: str) -> bool:
    return bool(RE_BODY_END.search(before) and RE_BODY_OR_NAME_OPENING.match(after)) or (
        bool(before) and RE_RECTIFICATION_PART.match(after) is not None)


# s24: a blank printed between the matter and the rectification the document names, "…第十四项整改任务 整改结果公示",
# "…第8号问题整改 销号公示", "…反馈问题 (序号20)整改情况的公示", "…反馈意见 整改任务编号364…" — kept as printed (R32; a
# wrap inside a phrase, "…保护 督察整改…", "…执行和 其他…", is still folded)
RE_RECTIFICATION_PART = re.compile(r"(?:整改|销号|[(（](?:序号|编号|第))")


# a pinyin gloss a page put after a character (normalize.RE_PINYIN_GLOSS), or blanks a line split left: what may stand
# between two characters of a field in the page as printed
# (gloss24: one or more syllables, blanks between or inside them, as normalize.RE_PINYIN_GLOSS reads them)
_GLOSS_OR_BLANK = r"(?:\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ'\s]{1,48}\)|\s)*"


def _doc_fields_as_printed(result: ParseResult, printed: list, converted: list) -> None:
    """figs23: a traditional-script copy is read in simplified characters (to_simplified), and its problems, units and
    categories are stored so (R91); the document's own fields — title, issuer, the team and the body inspected — keep
    the page's script as printed, with any gloss the page put inside them (R91: "doc fields keep the page's script";
    "中共嵐溪市人民醫院委員會", "省審計(jì)廳"). Each is found in the converted paragraphs and taken from the printed one at the
    same place (t2s keeps a paragraph's length; one it changed is left alone, and so is a field not found)."""
    pairs = [(p, c) for p, c in zip(printed, converted) if isinstance(p, str) and isinstance(c, str) and len(p) == len(c)]
    if not pairs:
        return
    text_p = "\n".join(p for p, _ in pairs)
    text_c = "\n".join(c for _, c in pairs)

    def printed_form(value: str | None) -> str | None:
        if not value or value in text_p:
            return value
        chars = [ch for ch in value if not ch.isspace()]
        if not chars:
            return value
        m = re.search(_GLOSS_OR_BLANK.join(re.escape(ch) for ch in chars), text_c)
        if m is None:
            return value
        found = text_p[m.start(): m.end()]
        # (blanks the field does not keep — a line split joined — are dropped; a gloss inside it is kept, as printed)
        return found if " " in value else re.sub(r"\s+", "", found)

    result.title = printed_form(result.title)
    result.issuer = printed_form(result.issuer)
    ins = result.inspection
    ins.inspector, ins.inspected = printed_form(ins.inspector), printed_form(ins.inspected)


def _closing_run_into_last(h, problems) -> None:
    """A closing account that a copy ran into the last answer's paragraph ("…加强工程招标投标管理。对我单位审计的…
    问题4项，…制定或修订相关规章制度3项。…已完成整改合计4项"): from the sentence that counts exactly the problems
    listed on, the last answer's text is the document's closing figures (a count of anything else is the answer's own)."""
    last = problems[-1]
    sentences = [x for t in [m.text for m in last.measures] + list(last.notes) for x in re.split(r"(?<=[。；;])", t or "")]
    for k, x in enumerate(sentences):
        if "问题" in x and _RE_DIGIT.search(x) and headline.headline_figures(x).problems_total == len(problems):
            headline.add_closing_figures(h, ["".join(sentences[k:])], len(problems))
            return


# a notice ordering one body to put right what was found ("农贸市场限期整改通知书", "整改意见书") opens on that body's
# name alone with a colon ("市政服务中心："): it answers for every problem listed (not "各乡镇、各有关单位：")
RE_RECTIFY_NOTICE_TITLE = re.compile(r"整改(?:通知|意见书|通知书)|责令(?:限期)?改正通知")
RE_RECTIFY_NOTICE_LINE_END = re.compile(r"整改(?:通知书?|意见书)$|责令(?:限期)?改正通知书?$")
RE_ADDRESSEE_LINE = re.compile(r"^(?!各)([^，,。；;:：、\s]{2,30}?(?:中心|局|公司|委员会|委|办公室|办|学校|医院|政府|街道|镇|乡|村|社区|站|所|院|队|部|处|科|厂|店|超市|市场|集团|协会))\s*[:：]$")


def _charge_addressee(title, paras, problems, top_lines) -> None:
    if not problems or any(p.responsible_units for p in problems):
        return
    first = min((q.position for q in problems if q.position is not None), default=None)
    named = bool(title and RE_RECTIFY_NOTICE_TITLE.search(title)) or any(RE_RECTIFY_NOTICE_LINE_END.search(t) for t in top_lines)
    for p in paras[:8]:
        t = p.text.strip()
        if (first is not None and p.pos is not None and p.pos >= first) or t.endswith(("如下:", "如下：")):
            return  # (the addressee comes before the lead of the list)
        if RE_RECTIFY_NOTICE_LINE_END.search(t):  # the notice's own title line, left in the body (behind a page's blurb)
            named = True
        m = RE_ADDRESSEE_LINE.match(t)
        if m is None and RE_RECTIFY_NOTICE_TITLE.search(t):  # the title line with the addressee joined on
            m = RE_ADDRESSEE_LINE.match(RE_RECTIFY_NOTICE_TITLE.split(t)[-1].lstrip("书").strip())
            named = named or m is not None
        if m and named:
            for q in problems:
                q.responsible_units = [m.group(1)]
            return


# a covering letter over a list of problems sets one date by which all of them are to be put right: "请各事涉部门对存在
# 的问题立即进行整改，并于6月10日前将问题整改完成，整改情况报…", "限于7月1日前整改到位", "要求6月底前整改完毕": that is the deadline of every problem
# listed, as written ("6月10日前"), when no problem states its own and the letter sets exactly one such date (not a date
# to report by: "于…前报送整改情况", "将整改完成情况报…")
RE_COVERING_DEADLINE = re.compile(
    r"(?:于|在|限|限期于?)?\s*((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底)\s*(?:之|以)?前)\s*(?:将[^，,。；;]{0,12}?)?"
    r"(?:整改(?:完成|完毕|到位|落实到位)|完成(?:问题)?整改)(?!情况|结果|报告)")


def _covering_deadline(paras, problems) -> None:
    if not problems or any(p.deadline for p in problems) or "前" not in "".join(p.text for p in paras):
        return
    first = min((q.position for q in problems if q.position is not None), default=None)
    found = set()
    for p in paras:
        if first is not None and p.pos is not None and p.pos >= first:
            break  # (the letter comes before the list it covers)
        # (every match reads 月 and 前: a paragraph holding neither is not searched — the pattern, led by an optional
        # group, is tried at every offset)
        for m in (RE_COVERING_DEADLINE.finditer(p.text) if "前" in p.text and "月" in p.text else ()):
            if "已" in p.text[max(0, m.start() - 3):m.start()] or p.text[max(0, m.start() - 1):m.start()].isdigit():
                continue  # "已于5月20日前整改完毕": done, not set
            found.add(re.sub(r"\s+", "", m.group(1)))
    if not found:
        # check24: or a report's section of its own naming the time limit for all the problems ("二、整改情况汇报 (一)整改
        # 时限 …要求在 2018 年 9 月 15 日前务必整改完毕", R106), after the list
        for k, p in enumerate(paras):
            limit = RE_TIME_LIMIT_SECTION.search(p.text) if "时限" in p.text or "期限" in p.text else None
            if limit:
                told = p.text[limit.end():]
                if len(told.strip(" :：。")) < 4 and k + 1 < len(paras):
                    told = paras[k + 1].text  # (the label on a line of its own, its sentence under it)
                found.update(re.sub(r"\s+", "", m.group(1)) for m in RE_COVERING_DEADLINE.finditer(
                    re.sub(r"前\s*(?:(?:务必|必须|须|要|应|全部|全面|按时|按期)\s*)+", "前", told)))
                break
    if len(found) == 1:
        deadline = found.pop()
        for q in problems:
            q.deadline = deadline


RE_TIME_LIMIT_SECTION = re.compile(r"(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|(?:^|(?<=[\s。]))[一二三四五六七八九十\d]{1,3}\s*[、.．])\s*"
                                   r"(?:整改|完成)(?:时限|期限)(?![\u4e00-\u9fff]{0,2}[:：])")


# res19: a regulator's order after the findings it lists, with the time it gives ("…下发了责令改正通知书限期2日内完成整改",
# "向该单位下发了《重大火灾隐患整改通知书》,要求该单位2019年7月21日前改正完毕", a case file's "处理结果: 上述第2、3项,责令
# 该单位(场所)于2023年11月25日前改正"): the deadline, as written, of the findings listed before it and after the last such
# order — those the order names by number ("上述第2、3项") when it names any ("上述第1项,责令…当场立即整改": an order on the spot
# is a deadline only so named). A time to report by ("…前报送整改情况") or a rectification said done ("已于…前整改完毕") is none.
RE_ORDERED_DEADLINE = re.compile(
    r"(?P<a>限期\s*\d{1,3}\s*个?(?:工作)?[日天]内\s*(?:完成整改|整改完毕|改正完毕|整改到位|完成改正|改正|整改))"
    r"|(?:责令|要求)[^。;；]{0,20}?(?<!已)(?P<b>(?:于\s*)?(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:之|以)?前\s*"
    r"(?:完成整改|整改完毕|改正完毕|整改到位|改正|整改))(?!情况|结果|报告|材料)"
    r"|(?<=[,，])\s*责令[^。;；,，]{0,12}?(?P<c>当场(?:立即)?(?:整改|改正)|立即(?:整改|改正))(?=[。;；]|$)")
RE_ITEMS_NAMED = re.compile(r"上述第\s*([\d、,，和及\s]+?)\s*项")


# res21: a demand after the findings that names the bodies or places due by a day ("8月7日前金元村、石宝沟村要完成河道
# 浮漂的打捞工作", "6月30日前，东区、西区要全面完成整改"): the day, as written, is the deadline of each finding whose title
# names one of them (a finding of a place the demand does not name keeps none)
RE_NAMED_DUE = re.compile(r"((?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:之|以)?前)\s*[，,]?\s*"
                          r"([^。；;，,:：]{2,40}?)\s*(?:要|须|必须|应)(?:全面|按期|按时)?完成")


def _named_demand_deadline(paras, problems) -> None:
    if not problems or all(q.deadline for q in problems) or not any("完成" in p.text and "前" in p.text for p in paras):
        return
    last = max((q.position for q in problems if q.position is not None), default=None)
    for p in paras:
        if last is None or p.pos is None or p.pos <= last or "完成" not in p.text:
            continue
        for m in RE_NAMED_DUE.finditer(p.text):
            names = [x.strip() for x in re.split(r"[、和及与]", m.group(2)) if len(x.strip()) >= 2]
            for q in problems:
                if q.deadline is None and not q.measures and any(n in q.title for n in names):
                    q.deadline = re.sub(r"\s+", "", m.group(1))


def _ordered_deadline(paras, problems) -> None:
    # (a regulator's list of findings answers none of them; where the document tells what was done for each problem, its
    # deadlines are the answers' own: "针对“…”问题,区政府要求街道于6月30日前完成整改" is one problem's measure)
    if not problems or any(q.measures for q in problems) or not any(("限期" in p.text or "前改正" in p.text or "前整改" in p.text or "前完成整改" in p.text
                                or "当场" in p.text) for p in paras):
        return
    i = 0  # the first finding no order has covered yet
    for p in paras:
        if p.pos is None or i >= len(problems):
            continue
        j = i
        while j < len(problems) and problems[j].position is not None and problems[j].position <= p.pos:
            j += 1
        ordered = False
        for m in RE_ORDERED_DEADLINE.finditer(p.text):
            clause = p.text[max(p.text.rfind(";", 0, m.start()), p.text.rfind("；", 0, m.start())) + 1: m.start()]
            named = RE_ITEMS_NAMED.search(clause)
            if m.group("c") and not named:
                continue
            seqs = {int(d) for d in re.findall(r"\d+", named.group(1))} if named else None
            for q in problems[i:j]:
                if q.deadline is None and (seqs is None or q.seq in seqs):
                    q.deadline = re.sub(r"\s+", "", m.group("a") or m.group("b") or m.group("c"))
            ordered = True
        if ordered:
            i = j


# res19: a regulator's case of one body it checked, then ordered: "2019年1月21日,…监督人员对杨凌建设大厦进行检查时发现该
# 单位存在…:1、…;2、…。向该单位下发了《…整改通知书》,要求该单位…前改正完毕", or a case file's section "一、某早餐店 / 基本
# 案情: …执法人员到某早餐店检查时,发现该单位存在以下隐患: 1. … / 处理结果: …责令该单位(场所)…改正": the body checked (one
# body, named as a firm, venue or building is) is the unit of the findings after it — the section's heading when that is
# the same body named in full ("晋城市高平市…早餐店"). Only where the text orders "该单位" to act; a site or project checked
# ("对某地块项目施工现场进行检查", "已对该项目进行了约谈") is a place, no unit (R103).
RE_CHECKED_BODY = re.compile(r"(?:对|到)\s*([^，,。;；:：、\s对到]{2,30}?(?:有限公司|公司|店|馆|厂|大厦|酒店|宾馆|超市|商场|会所|医院|学校|幼儿园))"
                             r"\s*(?:进行|开展)?了?[^，,。;；、]{0,8}?(?:检查|督查|抽查|执法检查)")
RE_ORDER_TO_BODY = re.compile(r"(?:向|责令|要求|督促)该单位")


def _checked_body_unit(paras, problems) -> None:
    if not problems or any(q.responsible_units for q in problems):
        return
    if not any("该单位" in p.text and RE_ORDER_TO_BODY.search(p.text) for p in paras):
        return
    seen = []  # (position, body) of each one-body check, in text order
    for p in paras:
        if p.pos is not None and ("检查" in p.text or "督查" in p.text or "抽查" in p.text):
            seen.extend((p.pos, m.group(1)) for m in RE_CHECKED_BODY.finditer(p.text))
    if not seen:
        return
    for q in problems:
        body = next((b for pos, b in reversed(seen) if q.position is not None and pos <= q.position), None)
        if body is not None:
            q.responsible_units = [q.category if q.category and q.category.endswith(body) else body]


# audit24: the findings of an audit notice's findings section ("审计发现的主要问题[及处理情况]") and the auditor's orders on
# them. A sentence keyed by its finding, "对<finding>的问题，责令/要求<body>…" (a "审计处理情况" section's), names the body
# to fix it (R102/R104); so does the order closing the finding's own paragraph, "对此，县审计局已责令<body>…" — which with
# the facts before it is the finding's account and the auditor's demand, no measure taken (R98); a finding still without a
# unit that opens on a body ("县某局违规…") is that body's (C31).
_ORDER_VERBS = (r"会同|对|进行|予以|调整|强化|切实|加强|加快|尽快|立即|限期|及时|按|将|落实|做好|收回|追回|退回|补缴|核减|扣留|清理|建立"
                r"|整改|完善|规范|改正|严格|积极|参考|结合|认真|进一步|依法|依规|按照")  # (notice25: the last eight)
RE_KEYED_ORDER = re.compile(r"对(?:于)?(?P<x>[^。；;，,]{4,80}?)(?:的)?(?:问题|情况)\s*[,，]\s*(?:[^，,。；;]{0,12}?审计(?:局|厅|署|组)(?:已|依法)*)?"
                            r"(?:责令|要求|责成|建议)(?P<b>[^，,。；;]{2,40}?)(?=" + _ORDER_VERBS + r")")
RE_AUDITOR_ORDERED = re.compile(r"对此\s*[,，]\s*[^，,。；;]{0,12}?审计(?:局|厅|署|组)(?:已|依法)+(?:作出[^。，,；;]{0,10}?决定\s*[,，]?\s*)?"
                                r"(?:责令|要求|责成)(?P<b>[^，,。；;]{2,30}?)(?=" + _ORDER_VERBS + r")")
RE_PART_RECOVERED = re.compile(r"已[^。；;]{0,24}?(?:扣回|追回|收回|退回|缴回|归还|整改)[^。；;]{0,24}?[,，]\s*(?:尚有|还有|仍有|剩余|其余)[^。；;]{0,30}?"
                               r"(?:未|没有|尚未)(?:追回|收回|退回|缴回|归还|整改)")
RE_FIX_TO_COME = re.compile(r"(?:的问题)?\s*[,，]?\s*(?:将|拟|计划|预计)[^。；;]{0,40}?(?:扣除|扣回|收回|追回|退回|整改|调整|核减)")
RE_FINDING_RESTATED = re.compile(r"^\s*(?:审计(?:发现|查明|指出)|经审计)[,，:：]?(?!.*(?:已(?:经)?(?:整改|完成|收回|追回|退回|调整|归还)|整改到位))")
# (the audited body's rectification told in one sentence of the closing account, of all the findings: done or under way)
RE_AUDITED_RECTIFIED = re.compile(r"(?:该单位|被审计单位|[\u4e00-\u9fff]{2,20}?(?:局|中心|院|校|学|园|公司|队|所|站|镇|乡|街道|办|委))"
                                  r"(?:对[^。；;]{0,20}?问题)?已(?:经)?(?:按照?[^，,。；;]{0,24}?)?(?:及时|全部|认真)?"
                                  r"(?:进行了|完成了?)?整改(?:到位|完毕|完成)?(?!方案|措施|计划|通知|意见|建议|要求|报告|的)")
RE_AUDITED_RECTIFYING = re.compile(r"正在(?:对[^。；;]{0,20}?)?(?:进行|开展|抓紧|积极)?(?:进行)?整改|整改(?:工作)?正在(?:推进|进行)")
RE_COUNT_IN_ACCOUNT = re.compile(r"\d+\s*(?:个|项|条|笔)|[一二三四五六七八九十]+(?:个|项|条)问题")
RE_ORDERED_BODY = re.compile(r"^[\u4e00-\u9fff]{2,24}?(?:局|委员会|委|办公室|中心|公司|政府|医院|学校|中学|小学|幼儿园|站|所|院|队)$")


def _ordered_bodies(text: str) -> list[str]:
    """The bodies an order names, "A、B" or "A和B" ("住房和城乡建设局" is one), or [] when any is no body."""
    bodies = []
    for piece in (b.strip() for b in text.split("、")):
        parts = re.split(r"[和及与]", piece, maxsplit=1)
        if len(parts) == 2 and all(RE_ORDERED_BODY.match(b.strip()) for b in parts):
            bodies.extend(b.strip() for b in parts)
        elif RE_ORDERED_BODY.match(piece):
            bodies.append(piece)
        else:
            return []
    return bodies


def _audit_orders(paras, problems) -> None:
    from .readings import RE_AUDIT_FINDINGS_HEADING, RE_FINDING_BODY_OPENS

    audited = [q for q in problems if q.category and RE_AUDIT_FINDINGS_HEADING.match(q.category)]
    if problems and len(audited) < len(problems):
        # notice25: findings under aspects of their own ("财务管理中存在的问题") in the findings section: audited all the same
        from .numbering import parse_marker

        at = next((para.pos for para in paras if "问题" in para.text and (mk := parse_marker(para.text)) is not None
                   and RE_AUDIT_FINDINGS_HEADING.match(mk.rest.strip().rstrip("。:："))), None)
        if at is not None:
            audited = [q for q in problems if q in audited or (q.position is not None and q.position > at)]
    if not audited:
        return
    mine = [q for q in audited if not q.responsible_units]
    norm = lambda t: re.sub(r"[\s,，。；;“”]", "", t)  # noqa: E731
    for p in paras:
        if "对" not in p.text:
            continue
        for m in RE_KEYED_ORDER.finditer(p.text):
            x, bodies = norm(m.group("x")), _ordered_bodies(m.group("b"))
            if len(x) < 4 or not bodies:
                continue
            for q in mine:
                if not q.responsible_units and x in norm(q.title):
                    q.responsible_units = bodies
    for q in audited:
        # a part of the money recovered, the rest not yet ("已…扣回28.41万元,尚有…17.31万元未追回"), in the finding's own
        # account: under way (R93)
        if q.status is None and any(RE_PART_RECOVERED.search(t) for t in [m.text for m in q.measures] + list(q.notes)):
            q.status = "in_progress"
    later = "\n".join(p.text for p in paras if p.pos is not None and audited[-1].position is not None and p.pos > audited[-1].position)
    for q in audited:
        # the finding named again by its own words in the rectification's account with the fix still to come: "…多支付工程款
        # 23.52万元将在…中予以扣除" — under way (R93); said done is left to the readers of the account
        named = q.title.rstrip("。；; ")
        at = later.find(named) if len(named) >= 6 and q.status is None else -1
        while at >= 0:
            if RE_FIX_TO_COME.match(later, at + len(named)):
                q.status = "in_progress"
                break
            at = later.find(named, at + 1)
    # notice25: the notice's closing account of the rectification told of every finding at once, with no count and no
    # finding named — "该单位已按照审计整改的要求及时进行了整改" (R94: each done), "涉及有关单位正在对有关问题进行整改，
    # 整改完毕后具体整改情况由其自行公告" (R93: each under way) — for findings no reader gave a state
    if all(q.status is None for q in audited):
        state = None
        for sentence in re.split(r"(?<=[。！!；;])", later):
            if RE_COUNT_IN_ACCOUNT.search(sentence) or "部分" in sentence:
                continue
            if RE_AUDITED_RECTIFYING.search(sentence):
                state = "in_progress"
                break
            if RE_AUDITED_RECTIFIED.search(sentence):
                state = "done"
                break
        for q in audited:
            q.status = state
    for q in audited:
        if not q.measures and not q.responsible_units:
            # (notice25: the finding's account kept as its notes — under "审计发现的主要问题及处理情况", more of what was
            # found — ends on the auditor's order all the same, "对此，县审计局已责令县农业农村局…": its body)
            told = next((m for m in (RE_AUDITOR_ORDERED.search(t) for t in q.notes) if m is not None), None)
            bodies = _ordered_bodies(told.group("b")) if told is not None else []
            if bodies:
                q.responsible_units = bodies
        if len(q.measures) != 1:
            continue
        told = RE_AUDITOR_ORDERED.search(q.measures[0].text)
        if told is None:
            if RE_FINDING_RESTATED.match(q.measures[0].text):
                q.measures = []  # ("审计发现，县某局未按规定…": the finding told again, no account of a fix)
            continue
        q.measures = []
        bodies = _ordered_bodies(told.group("b"))
        if bodies and not q.responsible_units:
            q.responsible_units = bodies
    for q in mine:
        body = RE_FINDING_BODY_OPENS.match(q.title) if not q.responsible_units else None
        if body and not re.search(r"审计(?:局|厅|署)$", body.group(1)):
            q.responsible_units = [body.group(1)]


# res19: a finding line closed by the note that it was put right on the spot ("1. 灭火器放置不规范,已立即整改。", "…,现已
# 整改到位"): the finding is the words before the note, its status done (R93); a note that it is not, "…,未整改", or one
# still to do, "…,要求立即整改", is left in the title
RE_DONE_TAIL = re.compile(r"[,，]\s*(?:现)?已(?:经)?(?:立即|当场|现场)?(?:整改|改正)(?:完毕|到位|完成)?\s*[。.]?$")


def _done_tail(problems) -> None:
    for q in problems:
        if q.status is None and "已" in q.title[-12:]:
            m = RE_DONE_TAIL.search(q.title)
            if m and m.start() >= 4:
                q.title, q.status = q.title[:m.start()], "done"


# res19: a check's 通报 that makes its typical cases public ("将督察发现的53个调查不实典型案例进行公开", "现将…典型案例通报
# 如下"): under each case's heading, the paragraph telling what happened, from when ("2019年5月,某作业单位工作不认真,…"), is
# the case's description, not what was done about it (measures 0)
RE_CASES_MADE_PUBLIC = re.compile(r"典型(?:案例|问题)[^。]{0,12}?(?:进行|予以)?(?:公开|通报|曝光)")
RE_TOLD_FROM_WHEN = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月")


def _case_descriptions(paras, problems) -> None:
    first = min((q.position for q in problems if q.position is not None), default=None)
    if first is None or not any(q.measures for q in problems):
        return
    lead = "".join(p.text for p in paras if p.pos is not None and p.pos < first)
    if "典型" not in lead or not RE_CASES_MADE_PUBLIC.search(lead):
        return
    for q in problems:
        if q.measures and all(RE_TOLD_FROM_WHEN.match(m.text or "") for m in q.measures):
            q.measures = []


# a measure that names who acts: "整改措施：由县住建局督促商户更换", "由包片单位县文广局督促住户…", "由A、B负责…" — the
# bodies after "由" (without their role, "包片单位") are the problem's units when no unit field names them (a measure
# without "由", or "由于…", names none)
RE_MEASURE_DOER = re.compile(r"(?:^|[，,；;：:])\s*由(?!于|此)(?:[^，,。；;、]{0,12}?(?:包片|包保|属地|责任|牵头)(?:单位|部门))?"
                             r"([^，,。；;]{2,80}?)(?:负责|督促|牵头|组织|具体负责"
                             # (chk21: or a body's name right before what it does to the thing: "由包片单位某公司对废旧
                             #物品进行清理", "由某局将…")
                             r"|(?<=[局委办站所队院司厂心府道镇乡村区县])(?:对|将|把|进行))")
# chk21: the bodies a lead body leads, named right after it: "由某局牵头,甲公司、乙公司、丙局按照职责予以规范" — each is
# a unit too (R101's split on "、"); two bodies at least, each ending as a body does, before what they do
_BODY_END = r"(?:局|委|办|站|所|队|院|公司|厂|中心|政府|街道|镇|乡|社区)"
RE_LED_BODIES = re.compile(r"牵头\s*[，,]\s*((?:[^，,。；;、]{2,20}?" + _BODY_END + r"、)+[^，,。；;、]{2,20}?" + _BODY_END + r")"
                           r"(?=按照|依照|根据|配合|负责|参与|共同|协助|予以|分别)")
# a measure that says by when: "在本月底以前将…", "于6月30日前完成…", "在验收以前组织…" — the deadline as written, without
# its "在/于" (the problem's, when its measures say one such and no field states it); what was already done before a
# time ("在巡察前已将…", "在6月30日前仅将…") sets none, nor does an estimate (below)
# ("于3月12日提前完成了整改": 提前, ahead of time, is no "before" date)
RE_MEASURE_BY = re.compile(r"(?:在(?<![关对属由等存现所实正内已]在)|于(?<![关对属由等存现所实正内已]于))\s*([^，,。；;、在于]{2,14}?(?:以前|之前|(?<!提)前))(?=[\u4e00-\u9fff])(?!已|仅|就|便|曾|均|都|的)")


# a date alone in a measure, by which the work is to be finished: "督促商户6月10日前拆除广告牌", "2024年底前完成改造" (not
# "已于6月10日前完成": done, not set; nor "6月底前向局党组报告…": the date of a report, not of the rectification)
RE_MEASURE_DATE_BY = re.compile(r"(\d(?<![\d已于在年]\d)(?:(?:\d{3}\s*年\s*\d{1,2}|\d?)\s*月\s*(?:\d{1,2}\s*日|底|中旬|上旬|下旬)?\s*(?:之|以)?前"
                                r"|\d{3}\s*年\s*(?:底|年底)\s*(?:之|以)?前))(?=[，,]?[^，,。；;]{0,10}?(?:完成|整改|到位|完毕|清除|清理|拆除|整治|办结|落实|销号|完工|建成))"
                                # (os19: also the date opening the measure before its comma, "2019年9月30日前,完成…")
                                r"(?=[，,]?[\u4e00-\u9fff])(?![，,]?(?:已|仅|就|便|曾|均|都|的))")
# (perf23: RE_MEASURE_BY, which was "(?<![关对属由等存现所实正内已])(?:在|于)…" tried only at its 在/于 by a NearAnchor, is
# written with the look-behind after each of the two words: led by them, a set the engine scans for. RE_MEASURE_DATE_BY, which was "(?<![\d已于在年])((?:\d{4}\s*年\s*)?\d{1,2}…前|\d{4}\s*年…前)",
# is written led by its first digit, the look-behind read after it and widened by it, the year's and the month's
# first digit taken out of both alternatives in the same order of tries: the same matches and group, but a digit is a
# class the engine scans for in C, where a NearAnchor stepped in Python from digit run to digit run)


# an account's estimate of when it will be done ("目前正在整改中，预计2024年底前完成", "计划于2025年6月底前整改到位") is
# no deadline set for the problem (the project's convention: test_structure_session13)
_RE_ESTIMATE = re.compile(r"预计|计划|力争|争取|有望")


def _duties_in_measures(problems) -> None:
    from .fields import split_units

    for p in problems:
        if not p.measures:
            continue
        if not p.responsible_units:
            units = []
            for m in p.measures:
                if "由" not in (m.text or ""):
                    continue  # (a literal first: most measures name no doer)
                for d in RE_MEASURE_DOER.finditer(m.text):
                    units.extend(u for u in split_units(d.group(1)) if u not in units)
                    if d.group(0).endswith("牵头"):
                        led = RE_LED_BODIES.match(m.text, d.end() - 2)
                        if led:
                            units.extend(u for u in split_units(led.group(1)) if u not in units)
            p.responsible_units = units
        own = {m.deadline for m in p.measures if m.deadline}
        if p.deadline is None and len(own) == 1:
            # "整改措施：…。（责任单位：某所；整改时限：2024年5月底前）": the one deadline its measures state is the problem's
            p.deadline = own.pop()
        if p.deadline is None and "前" in "".join(m.text or "" for m in p.measures):
            # (each measure searched only when it holds 前, as every match of either pattern does: both open with a
            # look-behind, tried at every offset)
            said = {b.group(1).strip() for m in p.measures if m.text and "前" in m.text for b in RE_MEASURE_BY.finditer(m.text)
                    if not _RE_ESTIMATE.search(m.text, max(0, b.start() - 4), b.start())}
            if not said:
                said = {re.sub(r"\s+", "", b.group(1)) for m in p.measures if m.text and "前" in m.text
                        for b in RE_MEASURE_DATE_BY.finditer(m.text)
                        if not _RE_ESTIMATE.search(m.text, max(0, b.start() - 4), b.start())}
            if len(said) == 1:
                p.deadline = said.pop()


# a list of findings closed by one line of fields: "1.… 2.… 3.… / 责任单位：某街道 / 整改时限：5月20日前" — the line is printed
# after the group's last item, on its own, so the list reading gives it to that item; it is the whole group's (when no
# other item of the run states a unit or deadline of its own, none has measures, and the items count on from 1)
RE_UNIT_LINE = re.compile(r"^\s*(?:问题)?(?:整改)?(?:责任单位|牵头单位|责任部门)\s*[:：]")


def _group_unit_line(paras, problems) -> None:
    if len(problems) < 2 or not problems[-1].responsible_units and not problems[-1].deadline:
        return
    text_at = {p.pos: p.text for p in paras}
    order = [p.pos for p in paras]
    k = len(problems) - 1
    while k >= 0:
        last = problems[k]
        run = [last]
        j = k - 1
        while j >= 0 and problems[j].seq is not None and run[0].seq is not None and problems[j].seq == run[0].seq - 1 \
                and problems[j].category == last.category:
            run.insert(0, problems[j])
            j -= 1
        k = j
        if len(run) < 2 or run[0].seq != 1 or not (last.responsible_units or last.deadline):
            continue
        if any(q.responsible_units or q.deadline or q.measures for q in run[:-1]) or last.measures:
            continue
        if last.position not in text_at or "责任" in text_at[last.position] or "时限" in text_at[last.position]:
            continue  # (the fields are in the item's own paragraph: its own)
        at = order.index(last.position)
        after = text_at.get(order[at + 1]) if at + 1 < len(order) else None
        if after is None or not RE_UNIT_LINE.match(after):
            continue
        for q in run[:-1]:
            q.responsible_units = list(last.responsible_units)
            q.deadline = last.deadline


# a list of findings with no measures, closed by a request to all the units ("请各单位按要求抓好整改。"): the request is
# the notice's closing, not a measure of the last finding it follows
RE_REQUEST_TO_ALL = re.compile(r"^(?:请|望|希望)各(?:有关|相关|责任|事涉)?(?:单位|部门|街道|乡镇|科室)")


def _closing_request(problems, result) -> None:
    if len(problems) < 2 or any(p.measures for p in problems[:-1]) or len(problems[-1].measures) != 1:
        return
    m = problems[-1].measures[0]
    if RE_REQUEST_TO_ALL.match((m.text or "").strip()):
        problems[-1].measures = []
        result.closing.append(m.text)


def _one_task_inspection(result: ParseResult, problem, paras) -> None:
    """A one-task notice tells the inspection in the paragraph that quotes the task ("一、反馈问题 / 2021年10月，省第四
    督察组对某市开展督察，并于2022年1月18日反馈督察意见。其中第7项问题指出：“…”"): what comes before the quoted
    statement is the lead's story of the inspection, read as a lead is, for what the lead left unknown."""
    own = next((p.text for p in paras if p.pos == problem.position), None)
    at = own.find(problem.title[:8]) if own and problem.title and len(problem.title) >= 8 else -1
    if at <= 0:
        return
    found = inspection.inspection_facts(own[:at], result.issuer, result.title, result.report_date)
    for key in ("inspector", "inspected", "start", "end", "feedback_date"):
        if getattr(result.inspection, key) is None:
            setattr(result.inspection, key, getattr(found, key))


def _restore_written(result: ParseResult, lines: list[tuple[int, str]], written: dict[int, str]) -> None:
    """Put the text as written back into every field the result stores (the rules read a folded copy)."""
    folded_doc = "\n".join(t for _, t in lines)
    written_doc = "\n".join(written[pos] for pos, _ in lines)
    back = Restorer(written_doc, folded_doc)
    if not back.active:
        return
    offsets: dict[int, int] = {}
    k = 0
    for pos, t in lines:
        offsets[pos] = k
        k += len(t) + 1

    def hint(pos):
        return offsets.get(pos, 0) if pos is not None else 0

    result.title = back(result.title)
    result.issuer = back(result.issuer)
    ins = result.inspection
    ins.inspector, ins.inspected = back(ins.inspector), back(ins.inspected)
    for p in result.problems:
        h = hint(p.position)
        p.title, p.category = back(p.title, h), back(p.category)
        p.deadline, p.target = back(p.deadline, h), back(p.target, h)
        p.lead_leader, p.responsible_person = back(p.lead_leader, h), back(p.responsible_person, h)
        p.responsible_units = [back(u, h) for u in p.responsible_units]
        p.notes = [back(n, h) for n in p.notes]
        for m in p.measures:
            mh = hint(m.position) if m.position is not None else h
            m.text, m.deadline = back(m.text, mh), back(m.deadline, mh)
            m.responsible_units = [back(u, mh) for u in m.responsible_units]
            m.responsible_person, m.completion_note = back(m.responsible_person, mh), back(m.completion_note, mh)
    result.preamble = [back(t) for t in result.preamble]
    result.closing = [back(t) for t in result.closing]
    for u in result.unplaced:
        u["text"] = back(u.get("text"), hint(u.get("position")))


def _org_key(name: str) -> str:
    return re.sub(r"^中共|^中国共产党|党组$|党委$", "", name)


_LOW_ITEM_LEVELS = (LEVEL_ARABIC_PAREN, LEVEL_CIRCLED)


def _fields_follow(rest: list[tuple[int, str]]) -> bool:
    """ot19b: a task's labelled fields after a closing phrase ("…联系电话：…。特此公示 / 附件：…公示表 / 整改任务：… / 责任
    单位：… / 整改措施：…", a 公示 carrying its one task's table as its annex): three lines or more opening with a field
    label of the genre are the body, not the closing (a closing block holds a contact's 联系电话, not a task's fields)."""
    return sum(1 for _, t in rest if ("：" in t[:12] or ":" in t[:12]) and RE_FIELD_LINE.match(t)) >= 3


def _closing_start(rest: list[tuple[int, str]]) -> int:
    n = len(rest)
    start = n
    # trailing signature: a date line, the signing body just above it, chrome after it
    k = n - 1
    while k >= 0 and is_date_line(rest[k][1]):
        start = k
        k -= 1
        if k >= 0 and len(rest[k][1]) <= 40 and not re.search(r"[。;；,，]", rest[k][1]) and parse_marker(rest[k][1]) is None:
            start = k
            k -= 1
    for k, (_, text) in enumerate(rest):
        # a closing phrase ("特此通报", "欢迎广大…监督") ends a short closing line, not a paragraph of the body
        # (news21: nor the first paragraph: a closing closes a body before it — a one-paragraph notice that ends on
        # "现将整改情况予以公示…欢迎广大人民群众监督。" is all body)
        if 0 < k < start and len(text) <= 300 and RE_CLOSING.search(text):  # (the cheap tests first)
            later = [m.level for _, t in rest[k + 1:] if (m := parse_marker(t)) is not None and m.level <= LEVEL_CIRCLED]
            # gen19b: the items after it are the body's whichever rank the document numbers them in — 1. or （一）, and
            # (two of them at least, a run) （1）/⑴ or ① in a text that starts its numbering low; one stray "（1）" in
            # the closing block is no item
            if not any(lv <= LEVEL_ARABIC for lv in later) and sum(lv in _LOW_ITEM_LEVELS for lv in later) < 2 \
                    and not _fields_follow(rest[k + 1:]):
                return k
    return start


def _check(result: ParseResult, chrome_lines, body_lines, closing_lines, paras) -> None:
    if chrome_lines:
        sample = "、".join(f"“{t[:12]}”" for _, t in chrome_lines[:3])
        result.add_anomaly("site_chrome", f"已去除{len(chrome_lines)}行网页导航、页面信息等非正文内容（如{sample}）", chrome_lines[0][0])
    if result.title is None:
        result.add_anomaly("no_title", "未找到文档标题", None)
    problems = result.problems
    if not problems:
        result.add_anomaly("no_problems", "未识别出任何问题条目，请检查文档格式", None)
    # numbering
    prev = None
    seen: set[tuple[str | None, int]] = set()
    for p in problems:
        if p.seq is None:
            continue
        if prev is not None:
            if p.seq == 1 and prev.seq is not None and prev.seq >= 1:
                if p.category != prev.category:
                    pass  # each section (已完成 / 正在推进 / 长期坚持, or a category) numbers from 1: normal
                else:
                    result.add_anomaly("numbering_restart", f"问题编号在“{p.category or '同一部分'}”中重新从1开始", p.position)
            elif (p.category, p.seq) in seen:
                result.add_anomaly("numbering_duplicate", f"问题编号{p.seq}重复出现", p.position)
            elif prev.seq is not None and p.seq > prev.seq + 1:
                result.add_anomaly("numbering_gap", f"问题编号从{prev.seq}跳到{p.seq}，中间缺少编号", p.position)
            elif prev.seq is not None and p.seq <= prev.seq:
                result.add_anomaly("numbering_order", f"问题编号顺序混乱：{prev.seq}之后是{p.seq}", p.position)
        seen.add((p.category, p.seq))
        prev = p
    # headline against what was found
    h = result.headline
    if h.problems_total is not None and problems and h.problems_total != len(problems):
        result.add_anomaly("headline_mismatch", f"通报称{h.problems_total}个问题，识别出{len(problems)}个", None)
    statuses = [p.status for p in problems]
    if h.problems_done is not None and any(statuses) and h.problems_done != statuses.count("done"):
        result.add_anomaly("headline_mismatch", f"通报称已完成{h.problems_done}个问题，识别出已完成的{statuses.count('done')}个", None)
    if h.measures_total is not None and problems and h.measures_total != result.measure_total:
        result.add_anomaly("headline_mismatch", f"通报称{h.measures_total}条整改措施，识别出{result.measure_total}条", None)
    # truncation: the body stops mid-sentence with nothing after it
    if body_lines:
        last_pos, last = body_lines[-1]
        real_closing = [t for _, t in closing_lines if RE_CLOSING.search(t) or is_date_line(t)]
        if last and last[-1] not in _TERMINAL and not real_closing and not facts.title_like(last):
            result.add_anomaly("truncated", f"正文在“…{last[-12:]}”处中断，文档可能不完整", last_pos)
    for p in paras:
        if p.page_jump_after and p.text and p.text[-1] not in _TERMINAL:
            result.add_anomaly("truncated", f"段落在“…{p.text[-12:]}”处转版后没有接续内容", p.pos)
    # passages repeated word for word
    # (every paragraph's sentences in one split, the paragraphs joined by a stop, and counted in C; a short paragraph
    # holds no sentence of 24 characters, and the sentences kept are those of 24 or more, in order of first use)
    counts: Counter[str] = Counter(map(str.strip, split_at("。".join(p.text for p in paras), _SENTENCE_STOPS)))
    dups = [s for s, c in counts.items() if c > 1 and len(s) >= 24]
    for s in dups[:5]:
        result.add_anomaly("duplicated_passage", f"同一段文字出现{counts[s]}次：“{s[:20]}…”", None)
    for p in paras:
        if len(p.text) < 17:  # (two clauses of 8 characters and the stop between them: 17 at least)
            continue
        parts = split_at(p.text, _CLAUSE_STOPS)
        if len(set(parts)) == len(parts):
            continue  # (no clause twice at all, so no two equal ones side by side once the short ones are left out)
        clauses = [c for c in parts if len(c) >= 8]
        for a, b in zip(clauses, clauses[1:]):
            if a == b:
                result.add_anomaly("duplicated_passage", f"句子重复：“{a[:20]}”", p.pos)
                break
    for p in problems:
        if p.measure_count == 0:
            label = f"问题{p.seq}" if p.seq is not None else "问题"  # an unnumbered problem is not "问题None"
            result.add_anomaly("no_measures", f"{label}“{p.title[:16]}”下没有找到整改措施", p.position,
                              problem_title=p.title[:16])
