"""Session 18, helper ts18: printed findings (blind29's layouts), constructed texts written for these tests."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text


def _parse(*lines: str):
    return parse_text("\n".join(lines))


# --- a notice's news counting the problems it makes known: "通报N个/起…问题" ---------------------------------------------

def test_a_ministry_notice_counting_the_typical_problems_it_makes_known_gives_the_total():
    r = _parse("8月3日,省水利厅集中通报12个违规取水重大典型问题,督促各地整改。",
               "以下为12个问题:",
               "1.某县某公司未经许可擅自取水问题",
               "2021年以来,某公司未经许可擅自取用地下水3万立方米。")
    assert r.headline.problems_total == 12


def test_a_discipline_notice_counting_problems_by_occurrences_gives_the_total():
    r = _parse("本报讯 昨天,市纪委网站通报了三起违规公款吃喝问题。其中,某局2020年5月,公务接待超标,花费3000元。",
               "某区政府2020年4月,超人数陪餐,花费2000元。")
    assert r.headline.problems_total == 3


def test_a_notice_counting_typical_cases_gives_no_total():
    r = _parse("为强化警示教育,现通报5起村干部违规发包工程项目典型案例。",
               "1.某村党支部书记某某违规发包本村工程项目问题",
               "2019年,某某违规将本村道路工程发包给其亲属。")
    assert r.headline.problems_total is None


def test_a_notice_naming_a_batch_by_its_ordinal_gives_no_total():
    r = _parse("现通报第二批违规问题,请各单位引以为戒。",
               "某局2020年5月公务接待超标,花费3000元。")
    assert r.headline.problems_total is None


# --- quoted feedback items counted in one sentence, each answered by a "针对“…”问题," passage ------------------------

_QUOTED = ("针对省级督察反馈关于“某某建材公司厂房已拆除,但建筑垃圾未清运”“某村垃圾中转站运转不及时”两项问题,"
           "区生态环境局一是制定整改方案,明确责任单位和时限。二是配合督查组核查整改落实情况。"
           "针对“某某建材公司厂房已拆除,但建筑垃圾未清运”问题,区生态环境局协调各责任单位,于5月8日提前完成了整改工作。"
           "针对“某村垃圾中转站运转不及时”问题,区政府责成街道办事处及村委立行立改,形成长效机制。")


def test_two_quoted_feedback_items_each_answered_are_two_problems_with_one_measure_each():
    r = _parse("为抓好督察反馈问题整改,区生态环境局明确任务职责,落实具体措施。", _QUOTED)
    assert [p.title for p in r.problems] == ["某某建材公司厂房已拆除,但建筑垃圾未清运", "某村垃圾中转站运转不及时"]
    assert [len(p.measures) for p in r.problems] == [1, 1]
    assert r.problems[0].status == "done"
    assert r.problems[1].status is None
    assert r.problems[1].responsible_units == ["街道办事处", "村委"]
    assert r.problems[1].deadline == "立行立改"
    assert r.headline.problems_total == 2


def test_quoted_items_not_each_answered_by_a_passage_are_not_read_as_that_layout():
    text = _QUOTED.split("针对“某村")[0]  # the second item has no passage of its own
    r = _parse("为抓好督察反馈问题整改,区生态环境局明确任务职责,落实具体措施。", text)
    assert len(r.problems) != 2 or any(len(p.measures) != 1 for p in r.problems)


def test_quoted_items_whose_count_differs_from_the_quotations_are_no_total():
    r = _parse("关于“某公司未清运建筑垃圾”“某村垃圾中转站运转不及时”三项问题,区生态环境局已督促整改。")
    assert r.headline.problems_total is None


# --- a typical case: "N.<who>违规…问题" on its own line, its dated facts below -------------------------------------------

_CASES = ("为强化警示教育,现通报3起村干部违规发包本村工程项目典型案例。",
          "问责篇",
          "1.某镇某村党支部书记张某违规发包本村工程项目问题",
          "2016年8月15日,张某违规将本村水泥路工程项目发包给时任村监会委员李某。2018年12月18日,张某受到党内警告处分。",
          "2.某乡某村原党支部书记王某违规发包本村工程项目问题",
          "2014年至2016年,王某违规将本村广场建设工程项目发包给原报账员赵某。2019年9月2日,王某受到党内警告处分。")


def test_a_typical_case_told_by_its_dated_facts_has_no_measure():
    r = _parse(*_CASES)
    assert [p.title for p in r.problems] == ["某镇某村党支部书记张某违规发包本村工程项目问题",
                                             "某乡某村原党支部书记王某违规发包本村工程项目问题"]
    assert [len(p.measures) for p in r.problems] == [0, 0]


def test_a_problem_whose_dated_paragraph_tells_a_rectifying_step_keeps_it_as_a_measure():
    r = _parse("二、存在的问题及整改情况",
               "1.某村违规占用耕地建设停车场问题",
               "2021年5月,某镇组织对违规建设的停车场进行拆除,恢复耕种条件。",
               "2.某村违规占用林地堆放砂石问题",
               "2021年6月,某镇督促某村清理违规堆放的砂石,恢复植被。")
    assert [len(p.measures) for p in r.problems] == [1, 1]


def test_a_part_named_as_a_piece_over_the_cases_is_their_category():
    r = _parse(*_CASES)
    assert [p.category for p in r.problems] == ["问责篇", "问责篇"]


def test_a_sentence_line_before_the_cases_is_no_category():
    r = _parse(*(_CASES[:1] + ("以下为本次通报的典型案例,请各地引以为戒。",) + _CASES[2:]))
    assert all(p.category != "以下为本次通报的典型案例,请各地引以为戒" for p in r.problems)


# --- a WeChat copy's header line: "<tag> <date time> <place>" -----------------------------------------------------------

def test_a_wechat_copys_header_line_gives_the_report_date():
    r = parse_text("9月某镇人居环境整治工作情况通报\n\n民生   2024-09-21 19:27   湖北  \n\n"
                   "按照镇党委的工作安排,现将各村人居环境整治情况通报如下。\n一、存在的问题\n1.垃圾清运不及时。部分垃圾桶未及时清运。")
    assert r.report_date == "2024-09-21"


def test_a_sentence_ending_with_a_time_and_a_place_gives_no_report_date():
    r = parse_text("9月某镇人居环境整治工作情况通报\n\n"
                   "检查组于2024-09-21 19:27到达湖北\n"
                   "按照镇党委的工作安排,现将各村人居环境整治情况通报如下。\n一、存在的问题\n1.垃圾清运不及时。部分垃圾桶未及时清运。")
    assert r.report_date != "2024-09-21"


# --- a 镇 check notice: one ';' clause per village after "存在一些问题," / "整改情况不容乐观," -------------------------------

def test_each_village_clause_after_the_lead_is_one_problem_and_a_recheck_clause_not_rectified_is_under_way():
    r = _parse("某镇人居环境督查通报",
               "近日,镇督查组对甲、乙、丙村的整改情况进行了“回头看”。从此次“回头看”情况来看,被督查村整改情况不容乐观,"
               "甲村有两处未整改;乙村有三处未整改;丙村有一处未整改。希望各村继续加大整治力度。",
               "日前,镇督查组对丁、戊、己村进行了督查。从督查情况来看,各村村道较为干净整洁,但也依然存在一些问题,"
               "丁村发现多处房前屋后杂物乱堆乱放;戊村存在建筑垃圾未清理等现象;己村发现一处生活垃圾随意丢弃的现象较多。"
               "希望各村及时进行整改。")
    assert [p.title for p in r.problems] == ["甲村有两处未整改", "乙村有三处未整改", "丙村有一处未整改",
                                             "丁村发现多处房前屋后杂物乱堆乱放", "戊村存在建筑垃圾未清理等现象",
                                             "己村发现一处生活垃圾随意丢弃的现象较多"]
    assert [p.status for p in r.problems] == ["in_progress"] * 3 + [None] * 3


def test_village_clauses_telling_what_was_done_are_no_problems():
    r = _parse("某镇人居环境工作简报",
               "本月各村按照镇里部署开展整治,虽然存在一些问题,甲村发动群众清理房前屋后杂物;乙村发动党员开展环境卫生大扫除;"
               "丙村有专人负责垃圾清运。下一步,各村将继续巩固整治成果。")
    assert not any(p.title.startswith(("甲村", "乙村", "丙村")) for p in r.problems)


def test_a_measure_done_ahead_of_time_sets_no_deadline():
    r = _parse("针对省级督察反馈关于“某某建材公司厂房已拆除,但建筑垃圾未清运”“某村垃圾中转站运转不及时”两项问题,区生态环境局制定整改方案。"
               "针对“某某建材公司厂房已拆除,但建筑垃圾未清运”问题,区生态环境局于5月8日提前完成了整改工作。"
               "针对“某村垃圾中转站运转不及时”问题,区政府要求街道于6月30日前完成整改。")
    assert [p.deadline for p in r.problems] == [None, "6月30日前"]


# --- an unannounced visit's report: one "在<place>,<faults>。" sentence a place after "暗访发现,…问题。" -------------------

def test_each_place_sentence_after_the_visits_finding_lead_is_one_problem_titled_by_its_faults():
    r = _parse("(记者 某某)近日,记者随同市工作专班对各县区人居环境整治情况进行暗访。",
               "暗访发现,各县区均已开展整治行动,但个别村庄存在整治不彻底、进度慢等问题。",
               "在甲县某镇某村,主街生活污水混合排放;村内存在残垣断壁;背街小巷有杂物、砖石堆积。",
               "在乙县某路与某省道交叉口西南,沟渠内有生活垃圾,沟渠边建筑垃圾乱堆乱放。",
               "在丙区某镇某村,坑塘内有大量垃圾、水体黑臭;残垣断壁未及时清理。")
    assert [p.title for p in r.problems] == ["主街生活污水混合排放;村内存在残垣断壁;背街小巷有杂物、砖石堆积",
                                             "沟渠内有生活垃圾,沟渠边建筑垃圾乱堆乱放",
                                             "坑塘内有大量垃圾、水体黑臭;残垣断壁未及时清理"]


def test_place_sentences_telling_good_work_after_a_visit_are_no_problems():
    r = _parse("(记者 某某)近日,记者随同市工作专班对各县区人居环境整治情况进行暗访。",
               "暗访发现,各县区均已开展整治行动,村容村貌明显改善,群众满意度不断提高,未发现突出问题。",
               "在甲县某镇某村,村道干净整洁,房前屋后物品摆放整齐。",
               "在乙县某镇某村,新建的污水管网已投入使用,坑塘水清岸绿。",
               "在丙区某镇某村,村民自发组织清扫,环境焕然一新。")
    assert r.problems == [] or not any(p.title.startswith(("村道", "新建", "村民")) for p in r.problems)
