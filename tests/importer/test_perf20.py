"""Session 20, importer throughput (perf20): the literal tests that spare a loop over every paragraph give what the
loops gave. split_html_markup loops only when the joined text holds a "<"; _strip_repeated_tags (in label_field_cells)
only when it holds a "|". The forms replaced are written out here as they were (``_old_*``) and compared on constructed
paragraph lists (fragments of a form's labels, values, tabs, bars, spaces, tags, blank lines, item marks and a non-text
paragraph, fixed seed), not documents, the lists the test skips among them.
"""
import random

from zhenggai.importer.parse import normalize
from zhenggai.importer.parse.normalize import (
    BlockText,
    _field_cell,
    _PROBLEM_FIELD_LABELS,
    _RE_BAR_TAG,
    _RE_VALUE_OPENS_ITEM,
    RE_FIELD_LABEL_CELL,
    label_field_cells,
)


def _old_strip_repeated_tags(paragraphs):
    if not any(isinstance(p, str) and "|" in p for p in paragraphs):
        return paragraphs
    tagged = [(i, m) for i, p in enumerate(paragraphs) if isinstance(p, str) and "|" in p and (m := _RE_BAR_TAG.match(p))]
    out = None
    k = 0
    while k < len(tagged):
        run = [tagged[k]]
        while (k + len(run) < len(tagged) and tagged[k + len(run)][0] == run[-1][0] + 1
               and tagged[k + len(run)][1].group(1) == run[0][1].group(1)):
            run.append(tagged[k + len(run)])
        if len(run) >= 3:
            out = out or list(paragraphs)
            for i, m in run:
                out[i] = BlockText(m.group(2).strip().rstrip(">》").strip())
        k += len(run)
    return out or paragraphs


def _bare(p):
    # (task25: a label cell closed by its bar, "督察问题 |", is the label alone — the reference follows the rule)
    p = p.strip()
    return p[:-1].rstrip() if p.endswith("|") and "|" not in p[:-1] else p


def _old_label_lines_over_values(paragraphs):
    alone = [i for i, p in enumerate(paragraphs) if isinstance(p, str) and 2 <= len(_bare(p)) <= 8
             and RE_FIELD_LABEL_CELL.fullmatch(_bare(p))]
    if len(alone) < 3:
        return paragraphs
    labels = [_bare(paragraphs[i]) for i in alone]
    if len(set(labels)) < len(labels) or not any(_PROBLEM_FIELD_LABELS.fullmatch(w) for w in labels):
        return paragraphs
    out = list(paragraphs)
    joins = []
    for i in alone:
        j = next((j for j in range(i + 1, min(i + 6, len(out))) if isinstance(out[j], str) and out[j].strip()), None)
        if j is None or j in alone:
            return paragraphs
        joins.append((i, j))
    for i, j in joins:
        label, value = _bare(out[i]), out[j].strip()
        if out[i].rstrip().endswith("|"):
            value = _bare(value)
        if _RE_VALUE_OPENS_ITEM.match(value):
            out[i] = BlockText(f"{label}：")
            if value != out[j].strip():
                out[j] = value
        else:
            out[i], out[j] = BlockText(f"{label}：{value}"), ""
    return out


def _old_label_field_cells(paragraphs):
    rows = [i for i, p in enumerate(paragraphs) if isinstance(p, str) and ("\t" in p or "|" in p or " " in p[:14]
                                                                          or "\u3000" in p[:14]) and _field_cell(p, True)]
    spaced = {i for i in rows if "\t" not in paragraphs[i] and "|" not in paragraphs[i]}
    spaced = {i for i in spaced if i + 1 >= len(paragraphs) or not isinstance(paragraphs[i + 1], str)
              or not paragraphs[i + 1].strip() or _field_cell(paragraphs[i + 1], False) or _field_cell(paragraphs[i + 1], True)
              or normalize._RE_CUT_MARK_LINE.match(paragraphs[i + 1])}  # (res21: a row before the copy's cut mark)
    if len(spaced) < 3:
        rows = [i for i in rows if i not in spaced]
        spaced = set()
    if len(rows) < 3 and not normalize._markdown_task_rows(paragraphs, rows):  # (res21: a markdown task form of two rows)
        return _old_label_lines_over_values(_old_strip_repeated_tags(paragraphs))
    known = set(rows)
    rows += [i for i, p in enumerate(paragraphs) if i not in known and isinstance(p, str)
             and ("\t" in p or "|" in p or (len(spaced) >= 3 and (" " in p[:8] or "\u3000" in p[:8])))
             and _field_cell(p, False)]
    out = list(paragraphs)
    for i in rows:
        label, value = _field_cell(out[i], i in known)
        out[i] = f"{label}：{value}" if i in spaced else BlockText(f"{label}：{value}")
    return out


_LABELS = ["整改任务", "整改问题", "反馈问题", "责任单位", "整改时限", "整改目标", "整改措施", "完成情况", "验收意见", "问题内容",
           "配合单位", "典型案例", "任务编号", "联系电话", "整改情况", "督察反馈问题"]
_GLUE = ["", " ", "  ", "\u3000", "\t", " | ", "|", "：", "\n", " \n", "\t\t"]
_VALUES = ["某县水利局", "河长巡查流于形式。", "（一）加强巡查", "1.建立台账", "已完成", "2025年6月底前", "某镇人民政", "府、某局",
           "一、基本情况", "针对反馈问题，制定措施", "某省某市某项目存在问题突出", ">>>", "", "  "]


def _paragraph(rnd):
    k = rnd.random()
    if k < 0.05:
        return None  # (a paragraph that is no text)
    if k < 0.25:
        return rnd.choice(_GLUE[:4]) + rnd.choice(_LABELS) + rnd.choice(["", " ", "\u3000", "\n"])  # a label alone
    if k < 0.7:
        p = rnd.choice(["", "|", "| ", " "]) + rnd.choice(_LABELS) + rnd.choice(_GLUE) + rnd.choice(_VALUES)
        return p + rnd.choice(["", " |", "|", " | 第三格 |"])
    return rnd.choice(_VALUES) + rnd.choice(_GLUE) + rnd.choice(_VALUES + _LABELS)


def _same(a, b):
    return [(type(x) is BlockText, x) for x in a] == [(type(x) is BlockText, x) for x in b]


def test_label_field_cells_reads_every_constructed_form_as_the_line_by_line_loops_did():
    rnd = random.Random(20)
    changed = skipped = 0
    for _ in range(4000):
        paragraphs = [_paragraph(rnd) for _ in range(rnd.randint(0, 12))]
        old = _old_label_field_cells(list(paragraphs))
        new = label_field_cells(list(paragraphs))
        assert _same(old, new), paragraphs
        changed += old != paragraphs
        skipped += "|" not in normalize._joined_text(paragraphs)
    # (the constructed lists hold forms the function changes, and lists the bar test lets skip the tag loop)
    assert changed > 100 and skipped > 300


def test_a_text_with_no_bar_is_left_as_it_was_by_the_tag_strip_and_one_with_bars_elsewhere_too():
    paragraphs = ["关于某县整改情况的公示", "整改措施：针对反馈问题，制定措施。", None, "二、整改情况", "责任单位：某县水利局"]
    assert normalize._strip_repeated_tags(paragraphs) is paragraphs
    assert "|" not in normalize._joined_text(paragraphs)
    # (two tagged lines are no run of three: left alone though the text holds bars)
    paragraphs = ["典型案例 | 某省某市某项目存在问题突出", "典型案例 | 某县某河道污染问题突出", "正文"]
    assert normalize._strip_repeated_tags(paragraphs) is paragraphs == _old_strip_repeated_tags(paragraphs)


def test_three_labels_alone_on_their_lines_still_join_their_values():
    paragraphs = ["整改任务", "河长巡查流于形式。", "责任单位", "某县水利局", "整改措施", "（一）加强巡查"]
    out = label_field_cells(paragraphs)
    assert out == _old_label_field_cells(paragraphs)
    assert out[0] == "整改任务：河长巡查流于形式。" and out[4] == "整改措施："


def test_two_labels_alone_are_no_form():
    paragraphs = ["整改任务", "河长巡查流于形式。", "责任单位", "某县水利局", "整改措施：（一）加强巡查"]
    assert label_field_cells(paragraphs) == paragraphs == _old_label_field_cells(paragraphs)


def test_a_near_miss_label_inside_words_does_not_count_as_alone():
    # "整改任务完成" holds a label with a character after it: not alone, so three such lines are no form
    paragraphs = ["整改任务完成", "甲", "责任单位名单", "乙", "整改措施表", "丙"]
    assert label_field_cells(paragraphs) == paragraphs == _old_label_field_cells(paragraphs)


def test_repeated_tags_are_still_dropped_when_the_text_holds_a_bar():
    paragraphs = ["第二批7个典型案例如下：", "典型案例 | 某省某市某项目存在问题突出", "典型案例 | 某县某河道污染问题突出",
                  "典型案例 | 某区某园区违规建设问题突出>>>", "摘编：某某"]
    out = label_field_cells(paragraphs)
    assert _same(out, _old_label_field_cells(paragraphs))
    assert out[1] == "某省某市某项目存在问题突出" and out[3] == "某区某园区违规建设问题突出"


def _old_split_html_markup(paragraphs):
    import html
    import re

    out = []
    for raw in paragraphs:
        if not isinstance(raw, str) or "<" not in raw or len(normalize.RE_HTML_BLOCK.findall(raw)) < 2:
            out.append(raw)
            continue
        for piece in normalize.RE_HTML_BLOCK.split(raw):
            text = html.unescape(re.sub(r"<[^<>]{0,200}>", "", piece)).replace("\xa0", " ").strip()
            if text:
                out.append(BlockText(text))
    return out


def test_split_html_markup_skips_its_loop_only_for_a_text_with_no_tag_and_reads_the_rest_as_before():
    rnd = random.Random(21)
    bits = ["<h1>", "</h1>", "<h3>", "</h3>", "<p>", "</p>", "&nbsp;", "<", "整改任务", "某县", "。", " ", "<br>", "</div>"]
    skipped = 0
    for _ in range(2000):
        paragraphs = ["".join(rnd.choice(bits) for _ in range(rnd.randint(0, 9))) if rnd.random() > 0.1 else None
                      for _ in range(rnd.randint(0, 6))]
        if rnd.random() < 0.4:
            paragraphs = [p.replace("<", "") if isinstance(p, str) else p for p in paragraphs]
        skipped += "<" not in normalize._joined_text(paragraphs)
        old, new = _old_split_html_markup(paragraphs), normalize.split_html_markup(paragraphs)
        assert _same(old, new) and new is not paragraphs, paragraphs
    assert skipped > 500
    # (a page's source copied into one paragraph is still cut at its block ends)
    assert normalize.split_html_markup(["<h1>关于整改的公示</h1><h3>整改任务</h3>", "正文"]) == ["关于整改的公示", "整改任务", "正文"]
