"""Numbered body cards with a check's score after the faults (session 24, helper rest24).

Constructed texts in other words than the labelled page (blind45 znzf: "(一)宁安镇:…。根据“考核细则”,乡镇扣6分,…").

Rule (readings._body_cards): a card line "(一)<body>:<faults>" — the body a short name after its printed number — is one
problem, seq the printed number (R75), unit the body, category the line heading the cards without its number (R79); a
trailing sentence scoring the faults ("根据/按照…扣N分", "扣除N分") is the checker's verdict, not part of the title (R89).
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text

SANITATION = """各街道办事处:
8月3日至5日,区城管局对各街道市容环境卫生进行了暗查,现将检查结果通报如下:
一、市容秩序情况
(一)城东街道:解放路菜市场门口有占道经营现象;公厕周边垃圾较多。根据《市容考评办法》,街道扣3分。
(二)西关街道:建设巷路边碎石堆较多;沿街商铺门前杂物较多。按照考评细则,街道扣2.5分,环卫公司扣1分。
(三)北塬乡:集市周边有乱搭乱建现象;河沟边柴草堆较多。依据评分标准扣除4分。
"""

TRADITIONAL = """各鄉鎮人民政府:
縣水利局對各鄉鎮河道保潔情況進行了檢查,現將結果通報如下:
二、河道保潔情況
(一)城關鎮:河道內有漂浮垃圾現象;橋下碎石堆較多。根據考核細則,鄉鎮扣5分。
(二)石門鄉:河岸有傾倒垃圾現象;堤邊柴草堆較多。根據考核細則,鄉鎮扣3分。
(三)龍泉鎮:攔水壩邊有亂堆亂放現象。根據考核細則,鄉鎮扣2分。
"""


def test_numbered_town_cards_are_one_problem_a_town_titled_without_the_score():
    r = parse_text(SANITATION)
    assert [p.title for p in r.problems] == ["解放路菜市场门口有占道经营现象;公厕周边垃圾较多",
                                             "建设巷路边碎石堆较多;沿街商铺门前杂物较多", "集市周边有乱搭乱建现象;河沟边柴草堆较多"]
    assert [p.seq for p in r.problems] == [1, 2, 3]
    assert [p.responsible_units for p in r.problems] == [["城东街道"], ["西关街道"], ["北塬乡"]]
    assert [p.category for p in r.problems] == ["市容秩序情况"] * 3


def test_a_traditional_copy_of_scored_town_cards_reads_the_same_way():
    r = parse_text(TRADITIONAL)
    assert [p.title for p in r.problems] == ["河道内有漂浮垃圾现象;桥下碎石堆较多", "河岸有倾倒垃圾现象;堤边柴草堆较多",
                                             "拦水坝边有乱堆乱放现象"]
    assert [p.seq for p in r.problems] == [1, 2, 3]
    assert [p.responsible_units for p in r.problems] == [["城关镇"], ["石门乡"], ["龙泉镇"]]


def test_a_finding_that_names_a_deduction_without_a_score_keeps_its_words():
    # near miss: "扣押" / "克扣" are faults, no score; the sentence stays in the title
    r = parse_text("""各乡镇人民政府:
县人社局对各乡镇劳务用工情况进行了检查,现将结果通报如下:
一、工资支付情况
(一)东岭镇:部分工地有拖欠工资现象。项目部有扣押务工人员身份证现象。
(二)南川乡:工资台账有缺页现象。
(三)西沟乡:有拖欠12名工人3个月工资现象。
""")
    assert [p.title for p in r.problems] == ["部分工地有拖欠工资现象。项目部有扣押务工人员身份证现象", "工资台账有缺页现象",
                                             "有拖欠12名工人3个月工资现象"]
    assert [p.seq for p in r.problems] == [1, 2, 3]
