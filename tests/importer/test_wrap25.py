"""Session 25 (wrap25): text copied out of a PDF viewer, its paragraphs broken at the page's margin. A short notice has
only three or four lines that reach the margin, and a mostly Chinese page can look wrapped at a number of characters
while a line holding figures, or one whose closing mark took its last character down with it, stops a character or two
short. Each case written in other words than the pages it came from, with a near miss."""
from __future__ import annotations

from zhenggai.importer.extract import extract_bytes
from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.normalize import full_page_lines, page_furniture


def _read(lines: list[str]):
    out = extract_bytes("\n".join(lines).encode("utf-8"), "copy.txt")
    return out.ledger if out.ledger is not None else parse_text("\n".join(lines))


# a dozen-line notice of a spot check, three of its lines broken at a margin of 36 columns' worth of characters
_SHORT_NOTICE = [
    "某县住建局关于城区建筑工地扬尘检查情况的通报",
    "4月12日,县住建局组织对城区在建工地开展扬尘专项检查,逐一查看围挡、冲洗设施和",
    "裸土覆盖情况。",
    "检查发现以下问题:",
    "一、北环路安置房项目东侧围挡破损约十米,裸露土方未覆盖,车辆出场未冲洗,渣土",
    "洒落路面。",
    "二、城南学校工地冲洗台未启用。",
    "三、滨河花园项目施工便道未硬化,晴天扬尘明显,洒水降尘频次不足,周边居民多次",
    "投诉。",
    "四、部分工地未公示扬尘管控责任人,现场管理人员不清楚管控要求。",
    "请各相关单位立即整改,并于4月20日前将整改情况书面报县住建局。",
]


def test_a_short_notice_s_items_broken_at_the_margin_read_whole():
    r = _read(_SHORT_NOTICE)
    titles = [p.title for p in r.problems]
    assert any(t.startswith("北环路安置房项目东侧围挡破损约十米") and t.rstrip("。").endswith("渣土洒落路面") for t in titles), titles
    assert any(t.rstrip("。").endswith("周边居民多次投诉") for t in titles), titles


def test_a_short_notice_s_three_lines_at_one_width_are_read_as_full_lines():
    lines = {i: t for i, t in enumerate(_SHORT_NOTICE)}
    sure, likely = full_page_lines(lines)
    assert {1, 4, 7} <= sure | likely
    assert not {2, 5, 6, 8, 9} & (sure | likely)  # the short lines and the items ending their sentence are not full


def test_near_miss_a_list_of_equal_items_each_closed_by_its_stop_is_not_a_wrapped_page():
    # three (and more) lines of one width, but each ends its sentence: a list set one item a line, not a page's margin
    lines = {i: t for i, t in enumerate([
        "某镇关于环境卫生整治情况的通报",
        "一、集镇主街两侧商户门前堆放杂物,占用人行道经营现象较为普遍。",
        "二、农贸市场内垃圾桶数量不足,部分摊位地面油污未及时清理干净。",
        "三、河道沿岸部分路段存在生活垃圾倾倒现象,保洁人员巡查不到位。",
        "四、公厕保洁不及时。",
        "五、背街小巷乱拉乱挂。",
        "六、部分村庄的沟渠淤塞严重,长期无人清掏,夏季蚊蝇滋生问题突出。",
    ])}
    assert full_page_lines(lines) == (set(), set())


# a page wrapped at 25 characters a line, all of them Chinese but for an item's number: most full lines are exactly 25
# characters, so the page looks wrapped at a number of characters; the numbered item's first line lost its indent and
# gave its last character to the next line with the stop that would not fit: 23 characters, yet at the margin
def _slices(text: str, width: int) -> list[str]:
    return [text[k:k + width] for k in range(0, len(text), width)]


_PARAS = ["一、食品经营许可审查把关不严，抽查的许可档案中有十二份现场核查记录缺少核查人员签字，部分申请材料与实际经营场所不一致，"
          "审查流于形式，未能发现申请人提交的虚假材料。",
          "整改措施：由行政审批科牵头，对近三年核发的许可档案逐一复查，建立审查责任追溯制度，每季度开展一次交叉评查，确保审查程序"
          "规范、材料真实、核查到位。"]
_ITEM = ["2、特种设备安全监察存在盲区，全区电梯维保单位", "考核评价工作未落实到位，维保质量问题较为突出。"]
_CHAR_WRAPPED = ["关于市场监管领域专项检查发现问题的整改方案"] + _slices(_PARAS[0], 25) + _slices(_PARAS[1], 25) + _ITEM + [
    "整改措施：由特种设备科负责，制定维保单位考核细则。"]


def test_a_character_wrapped_page_counts_an_item_s_first_line_two_characters_short_as_full():
    lines = {i: t for i, t in enumerate(_CHAR_WRAPPED)}
    sure, likely = full_page_lines(lines)
    first = _CHAR_WRAPPED.index(_ITEM[0])
    assert len(_ITEM[0]) == 23 and 1 in sure  # the page's width in characters is found
    assert first in likely


def test_near_miss_a_character_wrapped_page_leaves_its_short_lines_unjoined():
    lines = {i: t for i, t in enumerate(_CHAR_WRAPPED)}
    sure, likely = full_page_lines(lines)
    short = {i for i, t in lines.items() if len(t) < 20}
    assert short and not short & (sure | likely)


# --- the readers that read a document line by line (field cards) see a card's value whole when the margin broke it ------

_CARDS = [
    "某县消防救援大队关于近期火灾隐患单位的曝光",
    "为切实做好冬春火灾防控工作,县消防救援大队近期对辖区人员密集场所开展",
    "了消防安全检查,现将检查中发现存在火灾隐患的单位予以曝光,督促整改:",
    "单位名称:某某县城东农贸市场",
    "存在隐患:市场二层疏散楼梯间堆放大量纸箱杂物,室内消火栓被摊位遮挡,",
    "应急照明灯损坏。",
    "单位名称:某某县宏达宾馆",
    "存在隐患:三楼防火门闭门器损坏,部分客房烟感探测器被拆除,消防控制",
    "室值班人员不能熟练操作消防设备。",
    "单位名称:某某县明珠网吧",
    "存在隐患:安全出口被锁闭,疏散指示标志损坏。",
    "请社会各界共同监督,发现火灾隐患请拨打举报电话。",
]


def test_a_fire_exposure_card_s_hazard_broken_at_the_margin_is_read_whole():
    r = _read(_CARDS)
    titles = [p.title for p in r.problems]
    assert len(titles) == 3, titles
    assert titles[0].rstrip("。").endswith("室内消火栓被摊位遮挡,应急照明灯损坏"), titles
    assert titles[1].rstrip("。").endswith("消防控制室值班人员不能熟练操作消防设备"), titles


def test_near_miss_a_card_s_next_label_is_not_glued_to_a_hazard_that_reached_the_margin():
    # the label alone on its line, the body's name under it: a hazard ending at the margin with no stop is not
    # continued into the next card's label (a line with no mark of prose)
    lines = _CARDS[:3] + ["隐患单位", "某某县城东农贸市场",
                          "存在隐患:市场二层疏散楼梯间堆放大量纸箱杂物,室内消火栓被摊位遮挡损坏",
                          "隐患单位", "某某县宏达宾馆", "存在隐患:三楼防火门闭门器损坏,部分客房烟感探测器被拆除,消防控制",
                          "室值班人员不能熟练操作消防设备。", "隐患单位", "某某县明珠网吧", "存在隐患:安全出口被锁闭,疏散指示标志损坏。"]
    r = _read(lines)
    titles = [p.title for p in r.problems]
    assert len(titles) == 3 and not any("隐患单位" in t or "宾馆" in t for t in titles), titles
    assert titles[0].endswith("室内消火栓被摊位遮挡损坏"), titles


# --- a lead the margin broke: the report read at a meeting is named in a sentence spread over three lines ---------------

_LEAD = ("受市政府委托,10月28日,市审计局局长在市十六届人大常委会第十次会议上作了《关于2023年度市级预算执行和其他财政收支审计"
         "查出问题整改情况的报告》。报告的主要内容如下:")
_BODY = ("一、整改工作总体情况。市政府高度重视审计查出问题整改工作,2024年8月召开常务会议专题研究部署,共反映问题二百余个,截至2024年9月底,"
         "已整改一百八十余个,整改率超过九成。", "二、审计查出问题的整改情况。(一)关于部分专项资金拨付不及时的问题。市财政局已督促主管部门加快资金拨付,"
         "相关资金已全部拨付到位,并建立资金拨付进度月报制度。")


def test_a_wrapped_lead_still_names_the_report_read_at_the_meeting_and_its_day():
    lines = _slices(_LEAD, 30) + [line for para in _BODY for line in _slices(para, 30)]
    r = _read(lines)
    assert r.title == "关于2023年度市级预算执行和其他财政收支审计查出问题整改情况的报告"
    assert r.report_date == "2024-10-28"


def test_near_miss_a_wrapped_lead_that_names_no_report_gives_no_title_from_it():
    lead = _LEAD.replace("作了《关于2023年度市级预算执行和其他财政收支审计查出问题整改情况的报告》", "听取和审议了市政府有关审计整改工作的汇报")
    lines = _slices(lead, 30) + [line for para in _BODY for line in _slices(para, 30)]
    r = _read(lines)
    assert not (r.title or "").endswith("的报告")


# --- page furniture: a copy whose first line is a short site line repeats it at the top of every later page -------------

def test_a_short_first_line_repeated_after_a_page_number_is_a_running_header():
    paragraphs = ["数字报首页", "某区消防大队曝光一批火灾隐患单位", "一、隐患单位名称:某某养老院",
                  "存在火灾隐患:消防控制室值班人员未持证上岗,疏散通道堆放", "第1页 共2页", "数字报首页", "杂物,部分灭火器过期。"]
    assert page_furniture(paragraphs) == {4, 5}


def test_near_miss_a_short_line_after_a_page_number_that_is_not_the_first_line_stays():
    paragraphs = ["数字报首页", "某区消防大队曝光一批火灾隐患单位", "一、隐患单位名称:某某养老院",
                  "存在火灾隐患:消防控制室值班人员未持证上岗,疏散通道堆放", "第1页 共2页", "数字报", "杂物,部分灭火器过期。"]
    assert page_furniture(paragraphs) == {4}
