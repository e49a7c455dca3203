"""Session 18, helper xs18: what blind29 left (a task force's dated check, …), constructed texts written for these tests."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text


def _parse(*lines: str):
    return parse_text("\n".join(lines))


# --- a town's task force checking all its villages on one day: "工作专班于11月12日对各村进行了实地暗访" -----------------

def test_a_task_force_checking_every_village_on_a_dated_day_gives_that_day_as_start_and_end():
    r = _parse("9月某镇人居环境整治工作情况通报",
               "发布时间:2024-10-08",
               "按照镇党委的工作安排,工作专班于9月26日对各村进行了实地暗访,现将各村工作情况进行通报。",
               "二、存在的问题",
               "1.垃圾清运不及时。个别村垃圾桶周边垃圾未及时清运。",
               "2.沟渠整治进展迟缓。部分村未开展沟渠清理。")
    assert (r.inspection.start, r.inspection.end) == ("2024-09-26", "2024-09-26")


def test_villages_making_checks_of_their_own_on_a_dated_day_give_no_day():
    r = _parse("9月某镇人居环境整治工作情况通报",
               "发布时间:2024-10-08",
               "9月26日,各村对本村进行了实地检查,现将各村工作情况进行通报。",
               "二、存在的问题",
               "1.垃圾清运不及时。个别村垃圾桶周边垃圾未及时清运。",
               "2.沟渠整治进展迟缓。部分村未开展沟渠清理。")
    assert (r.inspection.start, r.inspection.end) == (None, None)


# --- a check notice's problems section, then a section giving each place's finding: "三、各村情况 (一)詹桥村:…" ---------

_COMMON = ("某镇人居环境整治工作情况通报",
           "一、工作开展情况",
           "各村主要道路能保持良好的卫生情况。",
           "二、存在的问题",
           "1.垃圾清运不及时。个别村集中居住点日常保洁不够,少数垃圾桶未及时清运。",
           "2.沟渠整治进展迟缓。部分村未开展沟渠清理。")


def test_each_places_finding_in_the_section_after_the_problems_is_a_problem_under_that_section():
    r = _parse(*_COMMON, "三、各村情况",
               "(一)东湖村:少数农户房前屋后杂草未及时清理。",
               "(二)西岭村:少数道路旁存在垃圾乱扔现象。")
    titles = [(p.seq, p.category, p.title) for p in r.problems]
    assert len(titles) == 4
    assert titles[2:] == [(1, "各村情况", "东湖村:少数农户房前屋后杂草未及时清理"),
                          (2, "各村情况", "西岭村:少数道路旁存在垃圾乱扔现象")]


def test_places_praised_in_the_section_after_the_problems_are_no_problems():
    r = _parse(*_COMMON, "三、各村情况",
               "(一)东湖村:村容整洁,环境卫生良好。",
               "(二)西岭村:道路干净,垃圾清运及时。")
    assert len(r.problems) == 2


# --- a village-clause paragraph under its own heading line, which the copy's blank lines joined to it ----------------

def _town_check(*body: str):
    return _parse("某镇人居环境督查通报", "时间:2019-08-12", "",
                  "近日,镇环境卫生督查组对甲、乙、丙村的环境卫生整改情况进行了“回头看”。现将“回头看”情况通报如下:", "", *body)


def test_village_clauses_under_a_heading_line_joined_to_them_take_it_as_category():
    r = _town_check("整体情况", "",
                    "从此次“回头看”情况来看,被督查村整改情况不容乐观,甲村有两处未整改;乙村有三处未整改;丙村有三处未整改。"
                    "希望各村继续加大整治力度。")
    assert [(p.category, p.title) for p in r.problems] == [
        ("整体情况", "甲村有两处未整改"), ("整体情况", "乙村有三处未整改"), ("整体情况", "丙村有三处未整改")]


def test_village_clauses_after_an_overall_grade_in_their_own_sentence_have_no_category():
    r = _town_check("整体情况不容乐观,甲村有两处未整改;乙村有三处未整改;丙村有三处未整改。希望各村继续加大整治力度。")
    assert len(r.problems) == 3
    assert {p.category for p in r.problems} == {None}


# --- an unannounced visit's place sentences: a second village named by its 乡 with no 在, a heap left by a ditch -------

_VISIT_LEAD = ("近期,记者随同市工作专班对各县区集中整治行动开展情况进行暗访。",
               "暗访发现,各县区均已开展集中整治行动,但个别村庄存在整治不彻底、进度慢等问题。")


def test_a_village_named_by_its_township_after_a_place_sentence_is_one_more_place():
    r = _parse(*_VISIT_LEAD,
               "在甲县乙镇丙村,村内杂物、砖石乱堆乱放;残垣断壁未清理。",
               "在丁县某路口西南,沟渠内有生活垃圾,沟渠边建筑垃圾乱堆乱放。戊乡己村村口厕所化粪池外露破损,村内杂物乱堆乱放。",
               "在庚区某乡道附近,道边沟渠有垃圾堆放。在辛镇壬村,村口坑塘水体黑臭,村内杂物乱堆乱放。")
    assert [p.title for p in r.problems] == [
        "村内杂物、砖石乱堆乱放;残垣断壁未清理", "沟渠内有生活垃圾,沟渠边建筑垃圾乱堆乱放",
        "村口厕所化粪池外露破损,村内杂物乱堆乱放", "道边沟渠有垃圾堆放", "村口坑塘水体黑臭,村内杂物乱堆乱放"]


def test_a_sentence_on_the_township_as_a_whole_or_on_rubbish_cleared_is_no_place():
    r = _parse(*_VISIT_LEAD,
               "在甲县乙镇丙村,村内杂物、砖石乱堆乱放;残垣断壁未清理。该镇各村未整改的问题已交办。",
               "在丁县某路口西南,沟渠内有生活垃圾,沟渠边建筑垃圾乱堆乱放。",
               "在庚区某乡道附近,垃圾已集中堆放至转运点。在辛镇壬村,村口坑塘水体黑臭,村内杂物乱堆乱放。")
    assert [p.title for p in r.problems] == [
        "村内杂物、砖石乱堆乱放;残垣断壁未清理", "沟渠内有生活垃圾,沟渠边建筑垃圾乱堆乱放", "村口坑塘水体黑臭,村内杂物乱堆乱放"]


# --- a discipline notice's cases, counted and then told one a line, each closing on the sum spent ----------------------

def test_cases_counted_then_told_one_a_line_each_with_its_sum_are_the_problems():
    r = _parse("本报讯 昨天,市纪委网站通报了3起超标准接待问题。其中,市某局2015年5月25日,公务接待10人,陪餐5人,消费3736元。",
               "2015年4月15日,某区政府公务接待15人,陪餐11人,花费2288元。",
               "某县在政府食堂公务接待13人,11人陪餐,花费2026元。",
               "市纪委表示,上述问题严重违反中央八项规定精神,将责成相关单位严肃查处。")
    assert [p.title for p in r.problems] == ["市某局2015年5月25日,公务接待10人,陪餐5人,消费3736元",
                                             "某区政府公务接待15人,陪餐11人,花费2288元",
                                             "某县在政府食堂公务接待13人,11人陪餐,花费2026元"]
    assert r.headline.problems_total == 3


def test_cases_counted_with_fewer_lines_of_sums_than_the_count_are_no_list():
    r = _parse("本报讯 昨天,市纪委网站通报了3起超标准接待问题。其中,市某局2015年5月25日,公务接待10人,陪餐5人,消费3736元。",
               "2015年4月15日,某区政府公务接待15人,陪餐11人,花费2288元。",
               "市纪委表示,上述问题严重违反中央八项规定精神,将责成相关单位严肃查处。")
    assert r.problems == []


# --- a check notice's item run into how widely it shows: titled whole (C9), a long sign or a burning too ----------------

def test_a_finding_run_into_a_long_sign_or_a_burning_is_titled_whole():
    r = _parse("某镇人居环境整治工作情况通报",
               "二、存在的问题",
               "1.沟渠整治进展迟缓。部分村计划在10月份对主要沟渠内的漂浮物、沟边杂树杂草等进行清理,但并未落实到位,有的村甚至未开展,"
               "还有个别村在清理沟渠杂草后,未及时将杂草清运。",
               "2.秸秆焚烧情况依然存在。少数农户将秸秆或垃圾集中堆放后焚烧,严重污染环境。")
    assert [p.title for p in r.problems] == [
        "沟渠整治进展迟缓。部分村计划在10月份对主要沟渠内的漂浮物、沟边杂树杂草等进行清理,但并未落实到位,有的村甚至未开展,"
        "还有个别村在清理沟渠杂草后,未及时将杂草清运",
        "秸秆焚烧情况依然存在。少数农户将秸秆或垃圾集中堆放后焚烧,严重污染环境"]


def test_a_finding_run_into_a_sentence_of_what_some_did_well_keeps_its_heading():
    r = _parse("某镇人居环境整治工作情况通报",
               "二、存在的问题",
               "1.沟渠整治进展迟缓。部分村已于10月份对主要沟渠内的漂浮物、沟边杂树杂草等进行清理,取得一定成效。",
               "2.秸秆焚烧情况依然存在。少数农户已签订禁烧承诺书。")
    assert [p.title for p in r.problems] == ["沟渠整治进展迟缓", "秸秆焚烧情况依然存在"]
