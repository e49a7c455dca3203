"""Helper js (session 16, round 4): problem lists of real pages — rules as sentences, each with a positive and a
negative constructed test."""
from zhenggai.importer.extract import pipe_row_tables
from zhenggai.importer.parse import parse_bytes


def _problems(text: str):
    return parse_bytes(text.encode("utf-8"), "notice.txt").problems


# --- a 公示 table of places that share one fault: each numbered row is its own problem -----------------------------------

PLACES = "\n".join([
    "第二批垃圾分类达标小区名单公示",
    "序号 | 小区名称 | 问题清单 | 整改措施 | 现等级 |",
    "1 | 东湖小区 | 桶站破损，异味明显 | 更换桶站，每日冲洗 | C级 |",
    "2 | 西湖小区 | 桶站破损，异味明显 | 更换桶站，每日冲洗 | C级 |",
    "3 | 南苑 | 投放点无人督导 | 安排志愿者值守 | C级 |",
])


def test_numbered_rows_repeating_both_the_fault_and_the_measure_are_one_problem_each():
    ps = _problems(PLACES)
    assert [(p.seq, p.title) for p in ps] == [(1, "桶站破损，异味明显"), (2, "桶站破损，异味明显"), (3, "投放点无人督导")]


MEASURE_ROWS = "\n".join([
    "问题整改台账",
    "序号 | 问题描述 | 整改措施 | 责任单位 |",
    "1 | 桶站破损，异味明显 | 更换桶站 | 城管局 |",
    "2 | 桶站破损，异味明显 | 每日冲洗 | 环卫所 |",
])


def test_rows_repeating_the_fault_with_different_measures_are_measures_of_one_problem():
    ps = _problems(MEASURE_ROWS)
    assert len(ps) == 1 and ps[0].measure_count == 2


# --- a copy cut inside its last row: the row is read when a "|" has closed its problem cell -----------------------------

CUT = [
    "序号 | 小区名称 | 问题清单 | 整改措施 | 现等级 | 拟晋级 |",
    "1 | 东湖小区 | 桶站破损 | 更换桶站 | C级 | B级 |",
    "2 | 西湖小区 | 投放点无人督导 | 安排志愿者值守 |",
]


def test_a_last_row_cut_after_its_problem_cell_is_read_with_its_missing_cells_blank():
    rows = pipe_row_tables(CUT)[0]
    assert len(rows) == 3 and rows[2][:4] == ["2", "西湖小区", "投放点无人督导", "安排志愿者值守"]
    ps = _problems("\n".join(["达标小区公示"] + CUT))
    assert [p.title for p in ps] == ["桶站破损", "投放点无人督导"]


def test_a_last_row_cut_inside_its_problem_cell_is_left_out():
    table = ["序号 | 街道 | 小区名称 | 问题清单 | 整改措施 |",
             "1 | 城东街道 | 东湖小区 | 桶站破损 | 更换桶站 |",
             "2 | 城西街道 | 西湖小区 | 投放点无人"]
    rows = pipe_row_tables(table)[0]
    assert len(rows) == 2
