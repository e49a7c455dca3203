"""Statuses where a document puts them, and the same reading whatever the format did to the paragraphs (session 21,
helper st21, against blindwritten18 and blindwritten20): constructed texts, each rule with positives in other words
than the target pages and near misses.

Rules:
- An area heading's 一是…N是 items are read as one stream of the area's statement paragraphs: a paragraph that goes on
  with an item — its examples ("如，…", "又如，…"), or the rest of a sentence a PDF broke off (the paragraph before ends
  without closing punctuation) — is joined to it, so a .txt line, a .docx paragraph and a PDF's broken lines give the
  same items; in a progress report a paragraph under an answer label after each item ("整改情况：（1）…；（2）…。目前，
  该问题已完成整改。") is that item's account: its numbered items the measures, its closing sentence the status
  (structure._inline_area_items, _answer_read). Accounts for some items only, or a paragraph that neither opens an item
  nor goes on with one, leave the area as it was.
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text

LEAD = ("根据市委统一部署，2024年4月8日至5月30日，市委第一巡察组对市税务局党委开展了常规巡察。2024年7月2日，"
        "市委第一巡察组向市税务局党委反馈了巡察意见。现将整改进展情况通报如下：")


def _read(text):
    r = parse_text(text)
    return [(p.seq, p.category, p.title, p.status, len(p.measures)) for p in r.problems]


def _titles(text):
    return [(s, c, t) for s, c, t, _, _ in _read(text)]


# --- one stream of statement paragraphs --------------------------------------------------------------------------

ONE_PARAGRAPH = [
    "（一）执行上级决策部署有偏差。一是纳税服务便利化措施落实不够。如，2023年网上办税事项占比低于全省平均水平。"
    "二是税收风险防控存在薄弱环节。如，抽查发现12户企业长期零申报未核查。三是减税降费政策宣传不到位。",
    "（二）班子建设有短板。一是民主集中制执行不严格。如，2项大额支出未经党委会研究。二是干部交流轮岗推进缓慢。",
]

# the same areas as a PDF printed them: the heading alone on its line, a sentence broken off mid-line, an example
# on a paragraph of its own
BROKEN = [
    "（一）执行上级决策部署有偏差。",
    "一是纳税服务便利化措施落实不够。如，2023年网上办税事项占比低于全省平均",
    "水平。二是税收风险防控存在薄弱环节。",
    "如，抽查发现12户企业长期零申报未核查。三是减税降费政策宣传不到位。",
    "（二）班子建设有短板。一是民主集中制执行不严格。",
    "如，2项大额支出未经党委会研究。二是干部交流轮岗推进缓慢。",
]


def test_area_items_broken_over_paragraphs_read_as_the_same_items_as_one_paragraph():
    whole = _titles("\n".join([LEAD, "一、巡察发现的主要问题"] + ONE_PARAGRAPH))
    broken = _titles("\n".join([LEAD, "一、巡察发现的主要问题"] + BROKEN))
    assert broken == whole
    assert [(s, c) for s, c, _ in broken] == [(1, "执行上级决策部署有偏差"), (2, "执行上级决策部署有偏差"),
                                              (3, "执行上级决策部署有偏差"), (1, "班子建设有短板"), (2, "班子建设有短板")]
    assert broken[0][2] == "纳税服务便利化措施落实不够。如，2023年网上办税事项占比低于全省平均水平"
    assert broken[3][2] == "民主集中制执行不严格。如，2项大额支出未经党委会研究"


def test_an_example_paragraph_after_an_item_opening_its_own_paragraph_goes_with_it():
    text = "\n".join([
        LEAD, "一、巡察发现的主要问题",
        "（一）校园安全管理有漏洞。一是食堂食品安全责任落实不到位。",
        "例如，3所学校食堂未落实陪餐制度。",
        "二是校车安全管理不规范。",
        "又如，个别校车驾驶员未按期体检。",
    ])
    got = _titles(text)
    assert [t for _, _, t in got] == ["食堂食品安全责任落实不到位。例如，3所学校食堂未落实陪餐制度",
                                      "校车安全管理不规范。又如，个别校车驾驶员未按期体检"]


def test_a_traditional_character_copy_broken_by_its_pdf_reads_the_same_items():
    text = "\n".join([
        "根據市委統一部署，2024年4月8日至5月30日，市委第一巡察組對市稅務局黨委開展了常規巡察。2024年7月2日，"
        "市委第一巡察組向市稅務局黨委反饋了巡察意見。現將巡察反饋問題公示如下：",
        "一、巡察發現的主要問題",
        "（一）執行上級決策部署有偏差。",
        "一是納稅服務便利化措施落實不夠。如，2023年網上辦稅事項佔比低於全省平均",
        "水平。二是稅收風險防控存在薄弱環節。",
        "如，抽查發現12戶企業長期零申報未核查。",
    ])
    got = _titles(text)
    assert [(s, t) for s, _, t in got] == [(1, "纳税服务便利化措施落实不够。如，2023年网上办税事项占比低于全省平均水平"),
                                           (2, "税收风险防控存在薄弱环节。如，抽查发现12户企业长期零申报未核查")]


def test_a_paragraph_that_neither_opens_an_item_nor_goes_on_with_one_leaves_the_area_as_it_was():
    text = "\n".join([
        LEAD, "一、巡察发现的主要问题",
        "（一）执行上级决策部署有偏差。一是纳税服务便利化措施落实不够。二是税收风险防控存在薄弱环节。",
        "针对上述问题，市税务局党委召开专题会议研究部署整改工作。",
        "（二）班子建设有短板。一是民主集中制执行不严格。二是干部交流轮岗推进缓慢。",
    ])
    got = _titles(text)
    assert not any(t.startswith("纳税服务便利化") for _, _, t in got)


# --- an account after each item ----------------------------------------------------------------------------------

PROGRESS = [
    LEAD, "一、整改工作开展情况", "市税务局党委把巡察整改作为重大政治任务，制定整改方案，逐项推进。",
    "二、反馈问题整改落实情况",
    "（一）执行上级决策部署有偏差。一是纳税服务便利化措施落实不够。如，2023年网上办税事项占比低于全省平均水平。",
    "整改情况：（1）上线智能咨询平台；（2）扩大网上办税事项清单；（3）开展窗口服务专项检查。目前，该问题已完成整改。",
    "二是税收风险防控存在薄弱环节。如，抽查发现12户企业长期零申报未核查。",
    "整改情况：对零申报企业逐户核查，已核查9户目前，该问题正在推进整改。",
    "（二）班子建设有短板。一是民主集中制执行不严格。如，2项大额支出未经党委会研究。",
    "整改情况：（1）修订党委议事规则；（2）建立大额支出事前审议清单。目前，该问题已完成整改。",
    "二是干部作风建设有待加强。",
    "整改情况：（1）开展作风建设专项教育；（2）建立作风问题通报制度。该项工作需长期坚持。",
    "三、下一步工作",
    "市税务局党委将持续巩固整改成果。",
]


def test_an_account_after_each_item_gives_its_measures_and_its_closing_status():
    got = _read("\n".join(PROGRESS))
    assert [(s, c, st, m) for s, c, _, st, m in got] == [
        (1, "执行上级决策部署有偏差", "done", 3), (2, "执行上级决策部署有偏差", "in_progress", 1),
        (1, "班子建设有短板", "done", 2), (2, "班子建设有短板", "long_term", 2)]
    assert got[0][2] == "纳税服务便利化措施落实不够。如，2023年网上办税事项占比低于全省平均水平"
    assert got[3][2] == "干部作风建设有待加强"


def test_an_account_labelled_as_progress_reads_the_same():
    text = "\n".join(line.replace("整改情况：", "整改进展：") for line in PROGRESS)
    got = _read(text)
    assert [(st, m) for _, _, _, st, m in got] == [("done", 3), ("in_progress", 1), ("done", 2), ("long_term", 2)]


def test_accounts_for_some_items_only_leave_the_area_as_it_was():
    text = "\n".join(line for line in PROGRESS if not line.startswith("整改情况：对零申报"))
    got = _read(text)
    assert not any(t.startswith("税收风险防控") for _, _, t, _, _ in got)


def test_items_that_answer_the_area_with_actions_are_no_problems():
    text = "\n".join([
        LEAD, "二、反馈问题整改落实情况",
        "（一）执行上级决策部署有偏差。一是加强纳税服务便利化建设。",
        "整改情况：上线智能咨询平台。目前，该问题已完成整改。",
        "二是建立税收风险防控机制。",
        "整改情况：对零申报企业逐户核查。目前，该问题已完成整改。",
    ])
    got = _read(text)
    assert not any(t.startswith("加强纳税服务") for _, _, t, _, _ in got)
