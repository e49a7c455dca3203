"""Shapes of blind37 (session 20, helper cs20): constructed texts, each rule with a positive case and a near miss.

Rules:
- Exposure cards of labelled field lines, the finding field running over the lines under its label ("单位名称:…" /
  "地址:…" / "★存在问题:" / "1.…" / "★处理措施:…", or numbered fields "1.检查时间:" … "4.存在隐患:" / "(1)…" …
  "6.整改情况:" / "7.整改期限:"): one problem a card, an empty finding field no problem; seq the card's ordinal line,
  unit the name field, category a district line over two cards or more, deadline and status from their fields
  (readings.field_cards_candidate).
- A tally chain right after the total whose done count is bare or lost its counter ("问题306个,整改279个,整改率达
  91.18%", "发现问题39处,已整改39,延期整改0处") gives the done count only when the next clause confirms it
  (headline._tally_done_confirmed).
- A dated visit whose check pushes on a work ("6月26日上午,…深入…,现场督导推动创文工作") is a one-day check; a daily
  report's heading day ("7月19日某社区创文日报") over "今日…巡查…" dates its patrol (inspection.RE_DAY_VISIT_PUSHING,
  _daily_report_day).
- With no list read: ';' clauses after a labelled lead-in ("主要问题有:A;B;C。"), or one place a sentence ("在某社区,…
  发现A。在某院落,…发现B。在某楼院落存在C等问题。") are one problem each (readings.prose_findings_candidate).
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.headline import headline_figures

# --- exposure cards of field lines -------------------------------------------------------------------------------------
CARDS = """为加强消防安全管理，某县消防救援大队开展火灾隐患曝光行动，现将检查发现的隐患单位曝光如下。
01
单位名称:某县第二小学
地址:某县城关镇
★存在问题:
1.疏散指示标志损坏;
2.灭火器过期未更换。
★处理措施:责令限期整改
02
单位名称:某县阳光幼儿园
地址:某县城关镇
★存在问题:
★处理措施:责令限期整改
03
单位名称:某县丰收农贸市场
地址:某县城关镇
★存在问题:
1.消防车通道被占用;
2.电动车在室内充电。
★处理措施:责令立即整改
04
单位名称:某县温泉浴室
地址:某县城关镇
★存在问题:
1.安全出口上锁。
★处理措施:责令立即改正
"""


def test_each_field_card_with_a_statement_is_one_problem_of_its_unit_and_an_empty_card_is_none():
    r = parse_text(CARDS)
    assert [p.seq for p in r.problems] == [1, 3, 4]
    assert r.problems[0].title == "1.疏散指示标志损坏;2.灭火器过期未更换"
    assert [p.responsible_units for p in r.problems] == [["某县第二小学"], ["某县丰收农贸市场"], ["某县温泉浴室"]]
    assert all(p.status is None for p in r.problems)  # (责令…整改 is an order)


NUMBERED_CARDS = """某市消防救援支队对全市火灾隐患单位进行曝光。
东城区
1.检查时间:2024年3月2日
2.单位名称:某某网吧
3.地点:某市东城区建设路
4.存在隐患:
(1)安全出口堵塞
(2)应急照明损坏
5.所涉法条:违反《中华人民共和国消防法》第十六条
6.整改情况:该场所已停业整改
西城区
1.检查时间:2024年3月5日
2.单位名称:某某商贸有限公司
3.地点:某市西城区人民路
4.存在隐患:
(1)消火栓无水
5.所涉法条:违反《中华人民共和国消防法》第十六条
6.整改情况:
(1)消火栓系统已整改到位
7.整改期限:2024年3月20日前
"""


def test_numbered_field_cards_take_their_district_line_deadline_and_status_from_their_fields():
    r = parse_text(NUMBERED_CARDS)
    assert [p.title for p in r.problems] == ["(1)安全出口堵塞(2)应急照明损坏", "(1)消火栓无水"]
    assert [p.category for p in r.problems] == ["东城区", "西城区"]
    assert [p.deadline for p in r.problems] == [None, "2024年3月20日前"]
    assert [p.status for p in r.problems] == ["in_progress", "done"]  # (closed to rectify: under way)


def test_a_contact_card_list_with_no_finding_field_is_not_read_as_field_cards():
    text = """某区消防安全重点单位联系表如下。
01
单位名称:某区第一中学
地址:某区解放路
联系人:张某
02
单位名称:某区人民医院
地址:某区人民路
联系人:李某
"""
    r = parse_text(text)
    assert not any(p.responsible_units in (["某区第一中学"], ["某区人民医院"]) for p in r.problems)


# --- a tally chain's done count, confirmed by the chain --------------------------------------------------------------
def test_a_bare_done_count_after_the_total_is_read_when_the_stated_rate_confirms_it():
    h = headline_figures("该县共完成4轮巡察,反馈问题120个,整改96个,整改率达80%。")
    assert (h.problems_total, h.problems_done) == (120, 96)


def test_a_done_count_that_lost_its_counter_is_read_when_done_and_left_add_up_to_the_total():
    h = headline_figures("今日共巡查点位18处,发现问题25处,已整改23,延期整改2处。")
    assert (h.problems_total, h.problems_done) == (25, 23)


def test_a_bare_count_after_the_total_that_the_chain_does_not_confirm_is_no_done_count():
    h = headline_figures("该县共完成4轮巡察,反馈问题120个,整改96个,整改率达90%。")
    assert h.problems_total == 120 and h.problems_done is None
    h = headline_figures("今日共巡查点位18处,发现问题25处,已整改23,延期整改5处。")
    assert h.problems_total == 25 and h.problems_done is None


# --- one-day checks of news items ------------------------------------------------------------------------------------
def test_a_dated_visit_whose_check_pushes_on_a_work_dates_a_one_day_check_by_the_page_year():
    text = ("某区：督查推动人居环境整治\n为推进人居环境整治工作,5月12日上午,区委常委带领区住建局负责人深入城区部分小区,"
            "现场督导推动人居环境整治工作。\n在甲社区,督查组发现楼道堆放杂物。\n时间:2023-05-13\n")
    r = parse_text(text)
    assert (r.inspection.start, r.inspection.end) == ("2023-05-12", "2023-05-12")


def test_a_visit_pushing_on_work_during_a_period_is_no_one_day_check():
    text = ("某区：督查推动人居环境整治\n5月12日至20日,区委常委带领区住建局负责人深入城区部分小区,"
            "现场督导推动人居环境整治工作。\n时间:2023-05-23\n")
    r = parse_text(text)
    assert r.inspection.start != "2023-05-12" or r.inspection.end != "2023-05-12"


def test_a_daily_report_heading_day_dates_the_patrol_its_tally_counts():
    text = ("首页 > 某社区\n\n8月3日某社区创文日报\n\n时间:2023-08-05 10:00\n\n某社区工作站对辖区开展巡查。"
            "今日共出动人员12人次,巡查点位9处,发现问题14处,已整改14处。\n")
    r = parse_text(text)
    assert (r.inspection.start, r.inspection.end) == ("2023-08-03", "2023-08-03")


def test_a_daily_report_heading_without_a_day_tally_dates_nothing():
    text = ("首页 > 某社区\n\n8月3日某社区创文日报\n\n时间:2023-08-05 10:00\n\n本周某社区工作站对辖区开展巡查,"
            "共发现问题14处,已整改14处。\n")
    r = parse_text(text)
    assert r.inspection.start is None


# --- prose findings ----------------------------------------------------------------------------------------------------
def test_semicolon_clauses_after_a_labelled_lead_in_are_one_problem_each():
    text = ("8日,市创卫督查组对某街道进行了督查。督查组认为,某街道主干道整洁,绿化到位。主要问题有:某路两侧绿化带垃圾未清理;"
            "某农贸市场门前占道经营,摊位杂乱;某小区楼道堆放杂物;部分商铺门前乱停乱放。\n督查组要求某街道抓好整改。\n")
    r = parse_text(text)
    assert [p.title for p in r.problems] == ["某路两侧绿化带垃圾未清理", "某农贸市场门前占道经营,摊位杂乱", "某小区楼道堆放杂物",
                                             "部分商铺门前乱停乱放"]


def test_semicolon_clauses_of_praise_after_a_lead_in_are_no_problems():
    text = ("8日,市创卫督查组对某街道进行了督查。主要亮点有:某路两侧绿化带整洁美观;某农贸市场秩序井然,摊位整齐;"
            "某小区楼道干净明亮;商铺门前车辆停放有序。\n督查组要求某街道保持成果。\n")
    r = parse_text(text)
    assert r.problems == []


def test_one_place_a_sentence_each_stating_a_finding_is_one_problem_a_sentence():
    text = ("某区开展创文督查\n为推进创文工作,区督查组深入城区督查。\n在甲街道乙社区,督查组一行对沿线进行督查,发现人行道板松动、"
            "路面积水等问题。在丙院落,督查组发现院内路面坑洼,排水不畅。在丁综合楼院落存在油污乱排、垃圾乱堆等问题。\n"
            "督查组要求相关部门立即整改。\n")
    r = parse_text(text)
    assert [p.title for p in r.problems] == ["人行道板松动、路面积水等问题", "院内路面坑洼,排水不畅",
                                             "丁综合楼院落存在油污乱排、垃圾乱堆等问题"]


def test_place_sentences_telling_what_was_done_are_no_problems():
    text = ("某区开展创文督查\n为推进创文工作,区督查组深入城区督查。\n在甲社区,督查组要求加强楼道管理。在丙院落,督查组督促清理杂物。"
            "在丁综合楼院落,督查组责令物业限期整改。\n")
    r = parse_text(text)
    assert r.problems == []


def test_a_check_of_one_named_body_gives_its_findings_as_one_problem_of_that_body():
    text = ("为做好夏季火灾防控工作,6月3日,某区消防救援大队监督员对某某商贸有限公司开展消防安全检查。检查中,监督员查看了该单位的"
            "疏散通道和消防设施。经检查发现该单位存在安全出口上锁,部分灭火器失效的火灾隐患,针对上述隐患,监督员依法下发了"
            "《责令限期改正通知书》。\n")
    r = parse_text(text)
    assert [(p.title, p.responsible_units) for p in r.problems] == [
        ("该单位存在安全出口上锁,部分灭火器失效的火灾隐患", ["某某商贸有限公司"])]


def test_a_check_of_two_named_bodies_is_not_read_as_one_body_finding():
    text = ("6月3日,某区消防救援大队对某某商贸有限公司开展消防安全检查,6月4日对某某宾馆开展消防安全检查。经检查发现该单位"
            "存在安全出口上锁,部分灭火器失效的火灾隐患,监督员依法下发了《责令限期改正通知书》。\n")
    r = parse_text(text)
    assert r.problems == []


# --- a page's slashed date widget ------------------------------------------------------------------------------------
def test_a_slashed_date_alone_under_the_site_buttons_is_the_page_date():
    from zhenggai.importer.parse.facts import meta_date

    assert meta_date(["TOP", "返回前页", "Menu", "2024/03/08", "信息公开目录", "某集团关于审计发现问题整改情况的公告"]) == "2024-03-08"


def test_a_slashed_date_under_a_title_or_prose_is_no_page_date():
    from zhenggai.importer.parse.facts import meta_date

    assert meta_date(["某集团关于审计发现问题整改情况的公告", "2024/03/08"]) is None
    assert meta_date(["根据审计报告,我集团组织整改,现公告如下。", "2024/03/08"]) is None


# --- photo captions after an item's statement ------------------------------------------------------------------------
def test_before_and_after_photo_captions_closing_an_item_are_no_part_of_its_title():
    from zhenggai.importer.parse.titles import _clean_title

    assert _clean_title("某小区广场旁存在乱堆杂物问题。整改前:") == "某小区广场旁存在乱堆杂物问题"
    assert _clean_title("某小区楼下存在垃圾堆放问题。整改前 整改后:") == "某小区楼下存在垃圾堆放问题"


def test_a_statement_that_itself_speaks_of_before_and_after_rectification_is_kept_whole():
    from zhenggai.importer.parse.titles import _clean_title

    assert _clean_title("部分点位整改后仍存在反弹问题。") == "部分点位整改后仍存在反弹问题"
    assert _clean_title("未留存整改前后对比照片") == "未留存整改前后对比照片"


# --- a patrol's item that only says what was checked -----------------------------------------------------------------
PATROL = """根据街道关于创建文明城市工作的部署要求,某社区如期开展驻点日活动,街道挂点科室的工作人员下沉社区,分包区域驻点蹲守。具体工作情况如下: 一、某社区书记到某小区检查环境卫生,发现仍存在个别地方保洁不到位,已通知相关管理处立即整改。
二、检查辖区内消防设施的巡查记录是否完善,灭火器是否存在过期、缺失的情况。
三、某小区3栋楼下空地存在大量泡沫垃圾堆放问题。整改前:
整改后:
四、某小区广场旁存在乱挂晒问题。整改前:
整改后:
"""


def test_a_patrol_item_that_only_says_what_was_checked_is_no_problem_and_leaves_a_gap():
    r = parse_text(PATROL)
    # (mix20: the first item, run into the lead after "如下: ", is cut from it by flat20's colon rule and states what its
    # check found, "…检查环境卫生,发现仍存在个别地方保洁不到位": a problem titled by the finding, as blind37 bbs1_luoohu's
    # truth has it)
    assert [(p.seq, p.title) for p in r.problems] == [(1, "仍存在个别地方保洁不到位"),
                                                      (3, "某小区3栋楼下空地存在大量泡沫垃圾堆放问题"),
                                                      (4, "某小区广场旁存在乱挂晒问题")]


def test_a_check_item_that_states_what_it_found_stays_a_problem():
    r = parse_text(PATROL.replace("二、检查辖区内消防设施的巡查记录是否完善,灭火器是否存在过期、缺失的情况。",
                                  "二、检查辖区内消防设施是否完好,发现灭火器过期未更换。"))
    assert [p.seq for p in r.problems] == [1, 2, 3, 4]  # (mix20: 一 too, see above)
