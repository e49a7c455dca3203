"""Two rules of news24 ported onto integ24 (session 24, helper port24), each extending the reader integ24 already has for
its shape: constructed texts, positives in words other than the labelled pages' and near misses that must not fire.

- Numbered body cards "(一)<town>:…" / "2、<body>:…" (the body-card reader, as rest24 extended it for "(一)"; port24 adds
  the arabic "2、" and "对照…扣N分"): the number is the seq, the body the unit, the closing score sentence
  "按照/根据/对照…扣N分" no part of the finding, the category the heading without its number (R75, R79).
- A visit story told a paragraph a stop (check24's clock-paragraph reader): after a shared sentence naming bodies
  ("在甲所、乙所,督查员发现,…均…", R122: none), each body told on its own in the next sentence's comma clauses is one
  problem of that body.
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text


# --- a check notice's numbered town cards "(一)<town>:…", a score closing each (from news24) ---------------------------

def test_numbered_town_cards_give_the_number_the_town_and_the_finding_without_the_score():
    text = "\n".join([
        "各乡镇人民政府:",
        "2024年5月6日-8日,县住建局对各乡镇集镇环境卫生进行了检查,现将检查结果通报如下:",
        "一、集镇环境卫生情况",
        "(一)东坝镇:东坝村主干道两侧垃圾堆积;集镇农贸市场污水横流。按照《考核办法》,乡镇扣5分。",
        "(二)西湖乡:西湖村巷道柴草乱堆乱放。根据考核细则,乡镇扣3分,保洁公司扣1分。",
        "(三)南山镇:南山村河道漂浮垃圾未清理;镇区公厕脏乱。依据考核细则,乡镇扣4分。",
    ])
    got = [(p.seq, p.title, p.category, p.responsible_units) for p in parse_text(text).problems]
    assert got == [
        (1, "东坝村主干道两侧垃圾堆积;集镇农贸市场污水横流", "集镇环境卫生情况", ["东坝镇"]),
        (2, "西湖村巷道柴草乱堆乱放", "集镇环境卫生情况", ["西湖乡"]),
        (3, "南山村河道漂浮垃圾未清理;镇区公厕脏乱", "集镇环境卫生情况", ["南山镇"]),
    ]


def test_numbered_body_cards_with_arabic_numbers_are_read_alike():
    text = "\n".join([
        "检查情况通报",
        "1、城关街道:背街小巷垃圾清运不及时,部分垃圾桶破损。",
        "2、东湖街道:沿街商户占道经营现象突出。",
        "3、西城街道:老旧小区楼道乱堆杂物。",
    ])
    got = [(p.seq, p.title, p.responsible_units) for p in parse_text(text).problems]
    assert got == [(1, "背街小巷垃圾清运不及时,部分垃圾桶破损", ["城关街道"]), (2, "沿街商户占道经营现象突出", ["东湖街道"]),
                   (3, "老旧小区楼道乱堆杂物", ["西城街道"])]


def test_numbered_cards_in_traditional_script_drop_their_closing_score_alike():
    text = "\n".join([
        "檢查情況通報",
        "二、市容秩序情況",
        "(一)東關鎮:主街商戶占道經營;夜市攤點油煙直排。對照考核細則,鄉鎮扣2分。",
        "(二)北河鄉:集鎮路燈損壞未修復。按照考核辦法,鄉鎮扣1.5分。",
    ])
    got = [(p.seq, p.title, p.category, p.responsible_units) for p in parse_text(text).problems]
    assert got == [(1, "主街商户占道经营;夜市摊点油烟直排", "市容秩序情况", ["东关镇"]),
                   (2, "集镇路灯损坏未修复", "市容秩序情况", ["北河乡"])]


def test_near_miss_a_numbered_card_s_second_sentence_that_scores_nothing_is_kept():
    text = "\n".join([
        "检查情况通报",
        "(一)东坝镇:主干道两侧垃圾堆积。集镇农贸市场污水横流。",
        "(二)西湖乡:巷道柴草乱堆乱放。按照村规民约,由村民自行清理的柴草未清理。",
    ])
    titles = [p.title for p in parse_text(text).problems]
    assert titles == ["主干道两侧垃圾堆积。集镇农贸市场污水横流", "巷道柴草乱堆乱放。按照村规民约,由村民自行清理的柴草未清理"]


# --- a visit story: bodies told apart after a shared sentence (from news24, onto check24's clock-paragraph reader) -------

def _visit(last: str) -> str:
    return "\n".join([
        "市作风办组织暗访组对基层站所的值班情况进行暗访。",
        "上午9时,暗访组来到某区税务局。在办税大厅内,一名工作人员正在玩手机游戏。",
        "上午10时,暗访组来到某区医保局。在窗口前,一名工作人员正在看视频。",
        last,
    ])


def test_each_body_told_on_its_own_after_a_shared_sentence_is_one_problem_of_that_body():
    text = _visit("下午3时许,暗访组来到某县。在城关供电所、城东供水站,督查员发现,值班表均未及时更新。"
                  "城关供电所的值班表还停留在上周一,城东供水站的值班表则停留在上月20日。")
    got = [(p.title, p.responsible_units) for p in parse_text(text).problems]
    assert got == [("一名工作人员正在玩手机游戏", ["某区税务局"]), ("一名工作人员正在看视频", ["某区医保局"]),
                   ("城关供电所的值班表还停留在上周一", ["城关供电所"]),
                   ("城东供水站的值班表则停留在上月20日", ["城东供水站"])]


def test_three_bodies_after_a_shared_sentence_with_other_joiners_are_read_alike():
    text = _visit("随后,督查组来到某镇。在东街社区、西街社区和南街社区,检查人员发现,服务大厅都无人值守。"
                  "东街社区大门紧锁,西街社区只有一名保洁员在场,南街社区的值班电话无人接听。")
    got = [(p.title, p.responsible_units) for p in parse_text(text).problems][2:]
    assert got == [("东街社区大门紧锁", ["东街社区"]), ("西街社区只有一名保洁员在场", ["西街社区"]),
                   ("南街社区的值班电话无人接听", ["南街社区"])]


def test_bodies_told_apart_in_traditional_script_are_read_alike():
    text = "\n".join([
        "縣紀委暗訪組對基層站所作風進行暗訪。",
        "上午9時,暗訪組來到縣稅務局。在辦稅大廳內,一名工作人員正在玩手機遊戲。",
        "上午10時,暗訪組來到縣醫保局。在窗口前,一名工作人員正在看視頻。",
        "下午2時許,暗訪組來到某鄉。在甲村衛生所、乙村衛生所,督查員發現,公示欄均未更新。"
        "甲村衛生所的公示欄還是去年的內容,乙村衛生所的公示欄則是空白。",
    ])
    got = [(p.title, p.responsible_units) for p in parse_text(text).problems][2:]
    assert got == [("甲村卫生所的公示栏还是去年的内容", ["甲村卫生所"]), ("乙村卫生所的公示栏则是空白", ["乙村卫生所"])]


def test_near_miss_a_sentence_after_a_shared_one_that_names_no_body_of_it_is_not_split():
    text = _visit("下午3时许,暗访组来到某县。在城关供电所、城东供水站,督查员发现,值班表均未及时更新。随后暗访组离开,前往下一站。")
    got = [(p.title, p.responsible_units) for p in parse_text(text).problems]
    assert got == [("一名工作人员正在玩手机游戏", ["某区税务局"]), ("一名工作人员正在看视频", ["某区医保局"])]


def test_near_miss_clauses_of_which_one_names_no_body_of_the_shared_sentence_are_not_split():
    text = _visit("下午3时许,暗访组来到某县。在城关供电所、城东供水站,督查员发现,值班表均未及时更新。"
                  "城关供电所的值班表还停留在上周一,据了解系值班人员休假所致。")
    got = [(p.title, p.responsible_units) for p in parse_text(text).problems]
    assert got == [("一名工作人员正在玩手机游戏", ["某区税务局"]), ("一名工作人员正在看视频", ["某区医保局"])]
