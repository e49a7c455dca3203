"""Session 17, helper js17: problem structure on set J (巡察 bulletins, 督察 rectification news, 审计 notices). Constructed
texts only (written here, in the genre, not copied from a labelled page); each rule has a positive and a near miss."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text


def _titles(text: str) -> list[str]:
    return [p.title for p in parse_text(text).problems]


# --- problems named in one sentence of prose ---------------------------------------------------------------------------

AUDIT_NAMED = ("2021年市审计局对某区河道管理进行审计，反馈问题由区农业局牵头整改3个，分别是某镇未按规定建立河道巡查台账；"
               "部分堤防护栏缺失未修复；某村沿河垃圾未及时清运。经认真整改，反馈问题均已整改完毕。现公示如下：\n"
               "1.已建立河道巡查台账并每周更新。\n2.已补装堤防护栏120米。\n3.已清运沿河垃圾并落实保洁人员。\n某区农业局\n2021年12月1日\n")


def test_problems_counted_then_named_after_fenbieshi_are_one_problem_a_semicolon_clause():
    r = parse_text(AUDIT_NAMED)
    assert [p.title for p in r.problems] == ["某镇未按规定建立河道巡查台账", "部分堤防护栏缺失未修复", "某村沿河垃圾未及时清运"]
    assert [p.status for p in r.problems] == ["done"] * 3  # "反馈问题均已整改完毕"
    assert [p.measure_count for p in r.problems] == [1, 1, 1]  # the numbered lines answer them one by one


def test_a_count_of_something_else_before_fenbieshi_names_no_problem():
    # near miss: the count is of working groups, not problems
    r = parse_text("为抓好整改，我局成立3个工作组，分别是综合协调组；督促检查组；宣传报道组。各组按分工推进工作。\n")
    assert r.problems == []


def test_clauses_after_fenbieshi_that_do_not_match_the_count_are_not_read():
    # near miss: "3个" but only two clauses: the sentence does not name them all
    r = parse_text("反馈问题共3个，分别是台账不全；制度不健全。目前正在整改中。\n")
    assert r.problems == []


def test_cases_named_before_a_count_of_problems_are_one_problem_an_enumeration_item():
    r = parse_text("会议通报，部分地方整改不到位。如甲省某市垃圾填埋场渗滤液外溢、乙省某县河道违规采砂、丙省某区污水厂超标排放"
                   "等3个问题，均已上报完成整改，但在督察中再次被发现。\n")
    assert [p.title for p in r.problems] == ["甲省某市垃圾填埋场渗滤液外溢", "乙省某县河道违规采砂", "丙省某区污水厂超标排放"]


def test_cases_named_before_a_count_that_does_not_match_are_not_read():
    # near miss: "等5个问题" after three items: the list is not all of them
    r = parse_text("会议通报，如甲市污水直排、乙市管网滞后、丙市湖泊污染等5个问题，仍未整改到位。\n")
    assert r.problems == []


def test_examples_after_a_sentence_saying_rectification_failed_are_one_problem_a_semicolon_clause():
    r = parse_text("约谈指出，四地突出环境问题整改不力，普遍存在责任落实不到位等问题。例如，甲市某矿山违法开采问题仍未得到有效解决；"
                   "乙市环保局督办整改走过场；丙县擅自缩小自然保护区范围导致湿地被侵占；丁区污水直排问题依然严重。\n")
    assert [p.title for p in r.problems][:2] == ["甲市某矿山违法开采问题仍未得到有效解决", "乙市环保局督办整改走过场"]
    assert len(r.problems) == 4
    assert [p.status for p in r.problems] == ["in_progress", None, None, "in_progress"]


def test_examples_after_a_sentence_of_praise_are_no_problems():
    # near miss: "例如，" gives examples of good work
    r = parse_text("今年以来，各地整改工作成效明显。例如，甲市建成污水处理厂两座；乙市完成河道清淤三十公里；丙县新建湿地公园一处。\n")
    assert r.problems == []


# --- the category of a 问题N: label under a bare "…方面" sub-heading ------------------------------------------------------

LABELLED = ("二、整改进展情况\n(一)关于落实全面从严治党责任方面\n1.关于“公务接待管理不严”方面\n问题1:超标准接待。\n"
            "整改情况:已清退超标准费用。\n完成情况:已完成\n2.关于“资产管理不规范”方面\n问题2:固定资产未及时入账。\n"
            "整改情况:已全部登记入账。\n完成情况:已完成\n")


def test_a_labelled_problem_right_after_a_bare_aspect_sub_heading_takes_it_as_its_category():
    r = parse_text(LABELLED)
    assert [p.title for p in r.problems] == ["超标准接待", "固定资产未及时入账"]
    assert [p.category for p in r.problems] == ["关于“公务接待管理不严”方面", "关于“资产管理不规范”方面"]


def test_a_labelled_problem_with_no_sub_heading_keeps_the_section_over_it_as_category():
    # near miss: no "1.…方面" line before the labels: the (一) heading is the nearest one
    r = parse_text("二、整改进展情况\n(一)关于落实全面从严治党责任方面\n问题1:超标准接待。\n整改情况:已清退超标准费用。\n"
                   "问题2:固定资产未及时入账。\n整改情况:已全部登记入账。\n")
    assert [p.category for p in r.problems] == ["关于落实全面从严治党责任方面"] * 2


# --- a one-sentence item over answered ①… items is a sub-heading ---------------------------------------------------------

NESTED = ("根据县委统一部署,县委巡察组对某局党组进行了巡察,并反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
          "一、整改工作开展情况\n局党组召开专题会议,制定整改方案,建立整改台账。\n二、反馈意见整改落实情况\n(一)落实主体责任方面\n1.学习制度执行不到位。理论学习计划未按期完成,学习记录不全。\n"
          "整改完成情况:已修订学习制度并补学两次。\n2.上级交办问题整改不到位。\n①审计指出的欠缴费用问题未整改。某公司欠缴费用仍未缴清。\n"
          "整改完成情况:已向该公司下达催缴通知。\n②专项检查指出的安全隐患未消除。某仓库消防通道堵塞。\n整改完成情况:已清理消防通道。\n")


def test_a_one_sentence_item_whose_circled_items_each_have_an_answer_is_their_category():
    r = parse_text(NESTED)
    assert [p.seq for p in r.problems] == [1, 1, 2]
    assert r.problems[1].category == "上级交办问题整改不到位"
    assert r.problems[1].title.startswith("审计指出的欠缴费用问题未整改")
    assert r.problems[2].category == "上级交办问题整改不到位"


def test_a_one_sentence_item_with_its_own_answer_stays_a_problem():
    # near miss: "2.…不到位。" is answered itself; the ① line under its answer is a measure, not a problem
    r = parse_text("(一)落实主体责任方面\n1.学习制度执行不到位。理论学习计划未按期完成。\n整改完成情况:已修订学习制度。\n"
                   "2.上级交办问题整改不到位。\n整改完成情况:\n①已向某公司下达催缴通知。\n②已清理消防通道。\n")
    assert [p.seq for p in r.problems] == [1, 2]
    assert r.problems[1].title == "上级交办问题整改不到位"


# --- a closing count of problems done -------------------------------------------------------------------------------------

AUDIT_ITEMS = ("根据区审计局的审计报告,我单位对照审计发现问题认真整改,现将整改结果公告如下:\n1.多计工程费用5000元问题。\n"
               "整改情况:已核减多计费用5000元。\n2.未按规定公开招标问题。\n整改情况:已组织学习招标制度。\n"
               "3.固定资产未入账问题。\n整改情况:已登记入账。\n")


def test_a_closing_count_of_problems_done_equal_to_the_problems_listed_makes_each_done():
    r = parse_text(AUDIT_ITEMS + "审计发现问题3项,截至2023年6月底,已完成整改合计3项。\n")
    assert len(r.problems) == 3
    assert [p.status for p in r.problems] == ["done"] * 3


def test_a_closing_count_smaller_than_the_problems_listed_marks_none_done():
    # near miss: two of three done, and the closing paragraph does not say which
    r = parse_text(AUDIT_ITEMS + "截至2023年6月底,已完成整改2项,其余1项正在整改。\n")
    assert [p.status for p in r.problems] == [None, None, None]


# --- a one-task notice's unit named in its lead -----------------------------------------------------------------------------

def _task_notice(lead: str) -> str:
    return ("省生态环境保护督察整改任务(序号12)验收公示\n" + lead + "现将该项任务整改情况公示如下:\n一、整改任务\n"
            "某河段沿岸生活垃圾随意堆放,雨季污染河道。\n二、整改措施\n(1)清运沿岸垃圾。\n(2)建立河道保洁制度。\n"
            "三、整改完成情况\n(1)沿岸垃圾已全部清运。\n(2)保洁制度已建立并运行。\n某市水利局\n2023年3月1日\n")


def test_a_one_task_notice_takes_the_body_charged_with_the_task_in_its_lead_as_its_unit():
    r = parse_text(_task_notice("市水利局牵头负责的省生态环境保护督察整改任务第12项已整改完成,并通过核查验收。"))
    assert len(r.problems) == 1
    assert r.problems[0].responsible_units == ["市水利局"]


def test_a_one_task_notice_whose_lead_names_no_body_charged_has_no_unit():
    # near miss: the lead says the task is done without naming who answers for it
    r = parse_text(_task_notice("省生态环境保护督察整改任务第12项已整改完成,并通过核查验收。"))
    assert len(r.problems) == 1
    assert r.problems[0].responsible_units == []


# --- an answer that only restates its problem ---------------------------------------------------------------------------------

def _restated(last_answer: str) -> str:
    return ("根据某县审计局的审计报告,某镇对照问题认真整改,现将整改结果公告如下:\n一、审计发现的主要问题\n(一)未建立村务监督制度;\n"
            "(二)现金管理不规范。\n二、审计发现问题整改情况\n(一)关于《审计报告》中提出“未建立村务监督制度”的问题情况属实,"
            "某镇已建立村务监督制度。\n(二)关于《审计报告》中提出“现金管理不规范”的问题情况属实," + last_answer)


def test_an_answer_cut_right_after_restating_its_problem_holds_no_measure():
    r = parse_text(_restated(""))
    assert [p.title for p in r.problems] == ["未建立村务监督制度", "现金管理不规范"]
    assert [p.measure_count for p in r.problems] == [1, 0]


def test_an_answer_that_restates_its_problem_then_tells_what_was_done_holds_one_measure():
    r = parse_text(_restated("某镇已规范现金收支并建立日记账。\n"))
    assert [p.measure_count for p in r.problems] == [1, 1]


# --- a 回头看 finding against a quoted feedback item ----------------------------------------------------------------------------

def test_a_feedback_item_the_inspectors_found_still_there_is_under_way_with_no_measure_and_a_further_finding():
    r = parse_text("督察组通报,2019年5月,第一轮督察反馈指出,某市城区每天约2万吨生活污水直排。2020年3月,某市对外宣布此项整改已经完成。\n"
                   "但督察组发现,某市污水处理厂长期超负荷运行,城区每天仍有约1万吨生活污水直排。\n"
                   "此外,某市对城市内河整治的工作力度不够。全市5条需要整治的内河至今仅有1条达标。\n")
    assert [p.title for p in r.problems] == ["某市城区每天约2万吨生活污水直排", "某市对城市内河整治的工作力度不够"]
    assert [p.status for p in r.problems] == ["in_progress", "in_progress"]
    assert [p.measure_count for p in r.problems] == [0, 0]


def test_a_feedback_item_followed_by_the_bodys_own_work_keeps_its_measure():
    # near miss: no finding against the claim: what follows is what was done
    r = parse_text("第一轮督察反馈指出,某县城区生活污水直排问题突出。\n我县新建污水管网20公里,完成雨污分流改造。经验收,该项整改任务已完成。\n"
                   "此外,我县还开展了河道清淤。\n")
    assert len(r.problems) == 1
    assert r.problems[0].measure_count == 1
    assert r.problems[0].status != "in_progress"


def test_clauses_after_fenbieshi_that_count_problems_by_aspect_are_no_problems():
    # near miss: the clauses are counts per aspect, a headline's breakdown
    r = parse_text("巡察反馈问题共3个，分别是政治建设方面1个；党的建设方面1个；全面从严治党方面1个。目前已全部整改。\n")
    assert r.problems == []


def test_problems_named_after_fenbiewei_with_a_colon_and_answered_by_1_dun_lines_are_read_alike():
    r = parse_text("上级检查反馈问题2个，分别为：食堂原料进货台账记录不全；校园监控部分点位损坏。以上问题均已整改到位。\n"
                   "1、已补齐进货台账并指定专人记录。\n2、已维修更换损坏的监控探头。\n")
    assert [p.title for p in r.problems] == ["食堂原料进货台账记录不全", "校园监控部分点位损坏"]
    assert [p.status for p in r.problems] == ["done", "done"]
    assert [p.measure_count for p in r.problems] == [1, 1]


def test_examples_in_a_paragraph_of_their_own_after_the_lead_saying_problems_exist_are_read():
    r = parse_text("检查发现，部分乡镇河长制工作仍存在不少问题。\n比如，甲镇河道巡查记录造假；乙镇河道垃圾长期未清理；"
                   "丙镇违法排污口仍未封堵。\n")
    assert [p.title for p in r.problems] == ["甲镇河道巡查记录造假", "乙镇河道垃圾长期未清理", "丙镇违法排污口仍未封堵"]
    assert r.problems[2].status == "in_progress"
