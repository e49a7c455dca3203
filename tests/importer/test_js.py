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


# --- faults told as the clauses of a paragraph ----------------------------------------------------------------------------

MARKETS = "\n".join([
    "城区超市月度检查情况通报",
    "各超市：",
    "本月我局对城区超市进行了3次检查，多数超市秩序良好，但也存在一些问题。东门超市冷柜温度不达标，货架积灰；"
    "西门超市过道乱堆杂物；南街超市收银台卫生不清洁；北街超市整体较好。",
    "请各超市针对通报中的问题逐一整改。",
])


def test_each_fault_clause_after_a_lead_saying_problems_exist_is_a_problem():
    titles = [p.title for p in _problems(MARKETS)]
    assert titles == ["东门超市冷柜温度不达标，货架积灰", "西门超市过道乱堆杂物", "南街超市收银台卫生不清洁"]


def test_clauses_after_a_lead_saying_all_went_well_are_no_problems():
    calm = MARKETS.replace("但也存在一些问题。", "均达到要求。")
    assert _problems(calm) == []


DISTRICTS = "\n".join([
    "上月城区集贸市场考评情况",
    "上月市考评中心对城区市场进行考评，共考评20座次。",
    "东城区：整体情况一般。部分市场地面湿滑，如东关市场；北关市场公平秤缺失未整改。",
    "西城区：整体情况较好，但西关市场杂物乱堆放，南关市场有异味。",
])


def test_each_fault_segment_of_a_district_paragraph_is_a_problem_of_that_district():
    ps = _problems(DISTRICTS.replace("部分市场地面湿滑", "部分市场保洁不到位"))
    assert [(p.category, p.title) for p in ps] == [
        ("东城区", "部分市场保洁不到位，如东关市场"), ("东城区", "北关市场公平秤缺失未整改"),
        ("西城区", "西关市场杂物乱堆放，南关市场有异味")]


def test_district_paragraphs_of_praise_only_hold_no_problem():
    calm = "\n".join(DISTRICTS.split("\n")[:2] + [
        "东城区：整体情况较好，各市场秩序井然有序，公示栏信息齐全，商户亮证经营。",
        "西城区：整体情况一般，市场管理员在岗，各摊位明码标价，收费公示清楚。"])
    assert _problems(calm) == []


# --- one sentence a place after a lead saying problems exist ------------------------------------------------------------

SITES = "\n".join([
    "区住建局开展建筑工地夜查",
    "8月3日晚，区住建局对辖区建筑工地开展夜查。此次共检查工地9处，多处工地均存在扬尘污染问题。"
    "金桥花园，现场黄土裸露，道路泥土较多。育才中学，围挡破损，物料未覆盖。滨河地块，出入口车辆未冲洗带泥上路。"
    "我局已对其下达整改通知书要求限期整改。",
])


def test_each_sentence_naming_a_site_and_its_faults_after_a_lead_saying_problems_exist_is_a_problem():
    assert [p.title for p in _problems(SITES)] == [
        "金桥花园，现场黄土裸露，道路泥土较多", "育才中学，围挡破损，物料未覆盖", "滨河地块，出入口车辆未冲洗带泥上路"]


def test_sentences_after_a_lead_saying_no_problems_exist_are_not_problems():
    assert _problems(SITES.replace("多处工地均存在扬尘污染问题。", "各工地均落实了防尘措施。")) == []


# --- firms that failed a recheck: "…复查仍有…等缺失未完成改善" -----------------------------------------------------------

FIRMS = "\n".join([
    "食药部门公布团膳业者稽查结果",
    "稽查共查核业者120家次，除2家复查不合格外，其余均符合规定。",
    "甲公司经卫生局复查仍有墙面不洁、纱窗破损等缺失未完成改善；乙工厂复查仍有地板湿黏、冰箱整理未落实等缺失未完成改善，"
    "2业者均已裁处罚款。",
])


def test_each_firm_still_having_faults_not_put_right_on_recheck_is_a_problem_under_way():
    ps = _problems(FIRMS)
    assert [p.title for p in ps] == ["墙面不洁、纱窗破损等缺失", "地板湿黏、冰箱整理未落实等缺失"]
    assert {p.status for p in ps} == {"in_progress"}


def test_a_firm_that_put_everything_right_on_recheck_is_no_problem():
    calm = FIRMS.replace("仍有墙面不洁、纱窗破损等缺失未完成改善", "各项缺失均已改善").replace(
        "仍有地板湿黏、冰箱整理未落实等缺失未完成改善", "符合规定")
    assert _problems(calm) == []


# --- a check team's findings closed by "的问题": each fault clause after "发现" is a problem ------------------------------

FIRE = "\n".join([
    "区文物消防安全检查",
    "5月6日，区文旅局联合消防大队组成检查组，对辖区文博单位开展消防安全检查。",
    "检查组主要对东岳庙、文庙等单位进行了现场检查。在检查中，发现东岳庙存在电线铺设不规范，文庙灭火器 未能正常使用 的问题，"
    "检查组现场责令相关管理单位限期整改。",
])


def test_fault_clauses_after_found_and_closed_by_the_problem_word_are_problems():
    assert [p.title for p in _problems(FIRE)] == ["东岳庙存在电线铺设不规范", "文庙灭火器未能正常使用"]


def test_clauses_after_found_telling_all_was_in_order_are_no_problems():
    calm = FIRE.replace("发现东岳庙存在电线铺设不规范，文庙灭火器 未能正常使用 的问题，", "发现各单位消防设施完好，值班人员在岗，")
    assert _problems(calm) == []


def test_a_district_fault_said_to_be_still_not_rectified_is_under_way_and_others_carry_no_status():
    ps = _problems(DISTRICTS.replace("部分市场地面湿滑", "部分市场保洁不到位"))
    assert [p.status for p in ps] == [None, "in_progress", None]
