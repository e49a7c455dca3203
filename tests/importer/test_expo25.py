"""Exposures, 测评 results and 问政 notices (session 25, helper expo25): constructed texts in other words than the
labelled documents (blind55 360xyt, 453100, zmdtt, ndf191, cq4a), each rule with positives and a near miss that must not
fire.
"""
from __future__ import annotations

import pytest

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.facts import RE_TOP_STAMP_RUN
from zhenggai.importer.parse.inspection import inspection_facts


def _titles(text: str) -> list[str]:
    return [p.title for p in parse_text(text).problems]


def _read(text: str) -> list[tuple]:
    return [(p.seq, p.category, p.title, p.responsible_units) for p in parse_text(text).problems]


# --- a ";" list set out one clause a line under a label of the problems ------------------------------------------------
CLAUSE_LINES = [
    ("某区创建全国文明城市第二次实地考察情况通报\n"
     "一、考察总体情况\n本次考察共抽取点位40个。\n"
     "二、存在的主要问题\n"
     "在市容环境方面,背街小巷垃圾清运不及时、沿街商铺跨门经营较多;\n"
     "在交通秩序方面,非机动车乱停乱放、行人闯红灯现象普遍;\n"
     "在公共设施方面,部分公交站台破损、公厕指示牌缺失。\n"
     "某区文明办 2023年5月20日\n",
     "存在的主要问题",
     ["在市容环境方面,背街小巷垃圾清运不及时、沿街商铺跨门经营较多",
      "在交通秩序方面,非机动车乱停乱放、行人闯红灯现象普遍",
      "在公共设施方面,部分公交站台破损、公厕指示牌缺失"]),
    ("某街道2023年度安全生产检查情况\n"
     "一、检查基本情况\n街道组织人员对辖区企业开展了检查。\n"
     "二、检查发现的问题\n"
     "个别企业灭火器过期未更换；\n"
     "仓库内物品堆放杂乱，通道堵塞；\n"
     "员工安全培训记录不完整；\n"
     "电线私拉乱接现象仍然存在。\n"
     "三、下一步工作\n街道将督促企业限期整改。\n",
     "检查发现的问题",
     ["个别企业灭火器过期未更换", "仓库内物品堆放杂乱，通道堵塞", "员工安全培训记录不完整", "电线私拉乱接现象仍然存在"]),
    ("某县第三季度农村人居环境测评结果通报\n"
     "一、测评得分情况\n(见附表)\n"
     "二、主要问题\n"
     "部分村庄房前屋后柴草乱堆乱放;\n"
     "个别村垃圾桶破损、未及时更换;\n"
     "河塘沟渠漂浮物清理不及时。\n",
     "主要问题",
     ["部分村庄房前屋后柴草乱堆乱放", "个别村垃圾桶破损、未及时更换", "河塘沟渠漂浮物清理不及时"]),
]


@pytest.mark.parametrize("text,category,titles", CLAUSE_LINES)
def test_a_semicolon_list_set_out_one_clause_a_line_under_a_problems_label_gives_one_problem_a_line(text, category, titles):
    problems = parse_text(text).problems
    assert [p.title for p in problems] == titles
    assert all(p.category == category and p.seq is None for p in problems)


def test_prose_paragraphs_under_a_problems_label_are_not_read_as_clause_lines():
    text = ("某单位2023年工作总结\n"
            "一、工作开展情况\n全年完成各项任务。\n"
            "二、存在的问题\n"
            "今年以来,我们在工作中取得了一定成绩。\n"
            "但对照上级要求,仍有提升空间。\n"
            "下一步将继续努力。\n")
    assert _titles(text) == []


# --- two bodies counted after 和, then each in a statement of its own ----------------------------------------------------
TWO_BODIES = [
    ("据统计,截至5月31日,县人社局和县医保局2家单位办理12345热线工单时超时情况较为突出。"
     "其中,县人社局有4件工单超期未办结;县医保局有2件工单超期20天未回复。",
     [(None, None, "县人社局有4件工单超期未办结", ["县人社局"]),
      (None, None, "县医保局有2件工单超期20天未回复", ["县医保局"])]),
    ("督查发现,市自然资源局与市城管执法局两家单位在办理人大代表建议时存在拖延。"
     "其中,市自然资源局有2件建议逾期未答复;市城管执法局有1件建议答复内容敷衍、未见实际措施。",
     [(None, None, "市自然资源局有2件建议逾期未答复", ["市自然资源局"]),
      (None, None, "市城管执法局有1件建议答复内容敷衍、未见实际措施", ["市城管执法局"])]),
]


@pytest.mark.parametrize("text,expected", TWO_BODIES)
def test_two_bodies_counted_after_he_are_named_whole_in_their_own_statements(text, expected):
    assert _read(text) == expected


def test_two_bodies_sharing_one_fault_with_no_statements_of_their_own_give_none():
    text = ("据统计,截至5月31日,县人社局和县医保局2家单位办理12345热线工单时均存在超时未办结的情况,"
            "对此予以通报。")
    assert _titles(text) == []


# --- an exposure's own reporter finds one fault ---------------------------------------------------------------------------
EXPOSURES = [
    ("曝光台:破损的人行道无人修\n发布时间:2023年04月12日\n"
     "本网讯 日前,记者走访城区多条道路发现,部分人行道地砖破损松动,雨天积水严重。如,在人民路与解放路交叉口,"
     "十余块地砖翘起,行人经过时容易绊倒。希望相关部门尽快组织修复。\n",
     "部分人行道地砖破损松动,雨天积水严重"),
    ("文明曝光台|公园健身器材损坏\n"
     "近日,记者来到滨江公园实地查看发现,园内多件健身器材破损,螺丝松动、座椅缺失。市民说已有一个多月无人维修。"
     "希望管理单位加强日常维护。\n",
     "园内多件健身器材破损,螺丝松动、座椅缺失"),
    ("创城曝光栏:小区楼道堆满杂物\n"
     "日前,本报记者暗访多个老旧小区发现,楼道内杂物乱堆、电动车违规停放充电的情况较为普遍。"
     "希望物业和社区加强管理,消除安全隐患。\n",
     "楼道内杂物乱堆、电动车违规停放充电的情况较为普遍"),
]


@pytest.mark.parametrize("text,title", EXPOSURES)
def test_an_exposures_reporter_found_fault_is_its_one_problem_though_nothing_is_done_yet(text, title):
    problems = parse_text(text).problems
    assert [p.title for p in problems] == [title]
    assert problems[0].status is None and problems[0].measure_count == 0


def test_a_reporters_visit_outside_an_exposure_with_nothing_done_gives_none():
    text = ("近日,记者走访城区多个菜市场发现,部分摊位价格标签不全。市民希望有关部门加强管理。\n")
    assert _titles(text) == []


def test_an_exposure_whose_reporter_finds_things_in_order_gives_none():
    text = ("曝光台回访:滨江公园健身器材已修复\n"
            "近日,记者回访滨江公园发现,园内健身器材均已修复,干净整洁。\n")
    assert _titles(text) == []


# --- dated captions, one place a sentence --------------------------------------------------------------------------------
CAPTIONS = [
    ("市创卫办对前期曝光点位开展回访\n"
     "6月2日,市创卫办对上月曝光的点位进行回访。\n"
     "6月2日,城东街道幸福里小区门口垃圾满溢,无人清理。\n"
     "6月2日,城西市场周边已整改到位,环境明显改善。\n"
     "6月2日,滨河路某餐馆门前油污遍地,与曝光时相比没有变化。\n"
     "6月2日,新华路沿街商户对曝光的问题进行了整改,但门前乱摆乱放依然存在。\n",
     ["城东街道幸福里小区门口垃圾满溢,无人清理", "滨河路某餐馆门前油污遍地,与曝光时相比没有变化", "门前乱摆乱放依然存在"]),
    ("市消防救援支队公布第一批火灾隐患曝光点位\n"
     "近日,市消防救援支队对全市人员密集场所开展了检查,现将部分隐患点位曝光如下。\n"
     "3月15日,某小区地下车库消防通道被车辆堵塞。\n"
     "3月15日,某商场安全出口指示灯损坏。\n"
     "3月16日,某宾馆灭火器压力不足、未定期检查。\n",
     ["某小区地下车库消防通道被车辆堵塞", "某商场安全出口指示灯损坏", "某宾馆灭火器压力不足、未定期检查"]),
]


@pytest.mark.parametrize("text,titles", CAPTIONS)
def test_dated_one_sentence_captions_stating_a_fault_are_one_problem_each(text, titles):
    assert _titles(text) == titles


def test_dated_paragraphs_telling_work_done_are_no_captions_of_faults():
    text = ("某镇环境整治工作纪实\n"
            "5月3日,镇政府组织干部群众清理河道垃圾。\n"
            "5月4日,镇城管中队对集镇主街开展整治。\n"
            "5月5日,各村召开人居环境整治推进会。\n")
    assert _titles(text) == []


# --- a place's line over its problems and their answers is their category ------------------------------------------------
def test_a_places_problems_rectification_line_over_labelled_problems_is_their_category():
    text = ("关于群众反映问题整改落实情况的公告\n"
            "城关镇群众反映问题整改落实情况\n"
            "问题一:部分路灯损坏不亮。\n整改情况:已更换路灯20盏。\n"
            "问题二:农贸市场周边占道经营。\n整改情况:一是划定临时摊区;二是安排专人巡查。\n")
    problems = parse_text(text).problems
    assert [(p.seq, p.category) for p in problems] == [(1, "城关镇群众反映问题整改落实情况"), (2, "城关镇群众反映问题整改落实情况")]


def test_a_bare_problems_line_over_labelled_problems_stays_no_category():
    text = ("关于群众反映问题整改落实情况的公告\n"
            "群众反映问题整改落实情况如下\n"
            "问题一:部分路灯损坏不亮。\n整改情况:已更换路灯20盏。\n"
            "问题二:农贸市场周边占道经营。\n整改情况:一是划定临时摊区;二是安排专人巡查。\n")
    assert [p.category for p in parse_text(text).problems] == [None, None]


# --- a top line's timestamp that lost its blank and its first dash -------------------------------------------------------
@pytest.mark.parametrize("line,ymd", [("202201-1503:32", ("2022", "01", "15")), ("2023-05-0914:20", ("2023", "05", "09")),
                                      ("201911-3023:59:01", ("2019", "11", "30"))])
def test_a_top_timestamp_run_together_is_read_as_the_pages_date(line, ymd):
    m = RE_TOP_STAMP_RUN.match(line)
    assert m is not None and m.groups() == ymd


@pytest.mark.parametrize("line", ["202201-15", "2022011503:32", "202213-0103:32", "202201-1524:00"])
def test_digits_that_split_no_single_way_into_a_stamp_are_no_date(line):
    assert RE_TOP_STAMP_RUN.match(line) is None


def test_a_run_together_stamp_under_the_headline_is_the_report_date():
    text = "某县群众反映问题整改情况公布\n部门新闻\n202307-0809:15\n现将整改情况公布如下。\n"
    assert parse_text(text).report_date == "2023-07-08"


# --- the text announcing itself is no publication of the period -----------------------------------------------------------
@pytest.mark.parametrize("sentence,start,end", [
    ("6月3日—6日,市文明办委托第三方对各区开展了模拟测评,现将结果公布如下。", "2023-06-03", "2023-06-06"),
    ("9月12日至15日,县委第二巡察组对某镇开展了巡察,现予以公布。", "2023-09-12", "2023-09-15"),
    ("4月8日至10日,区督查组对各街道开展了专项督查,现将督查情况公示如下。", "2023-04-08", "2023-04-10"),
])
def test_a_period_in_a_sentence_closing_on_the_texts_own_announcement_is_the_inspections(sentence, start, end):
    out = inspection_facts(sentence, None, None, "2023-11-20")
    assert (out.start, out.end) == (start, end)


def test_a_period_when_results_were_published_is_still_no_inspection_period():
    out = inspection_facts("2023年4月15日至17日,某县巡察整改进展情况在县政府网站分批公布。", None, None, "2023-11-20")
    assert out.start is None


# --- a hazard said gone is a result: the one finding of the news is done --------------------------------------------------
@pytest.mark.parametrize("text,title", [
    ("9月3日,某街道网格员在日常巡查中发现,某小区一处窨井盖缺失,存在安全隐患。网格员随即上报,维修人员当天补装了井盖,"
     "险情彻底消除了。", "某小区一处窨井盖缺失"),
    ("5月12日,某社区巡查人员巡查时发现,某路口消防栓破损漏水。社区联系自来水公司进行维修,当天下午隐患已被排除。",
     "某路口消防栓破损漏水"),
    ("7月1日,某镇安全员在巡查中发现,某村桥梁护栏破损,给过往行人造成安全隐患。镇里立即组织人员修复护栏,安全隐患消除了。",
     "某村桥梁护栏破损"),
])
def test_a_hazard_said_gone_after_the_repair_makes_the_news_finding_done(text, title):
    problems = parse_text(text).problems
    assert [(p.title, p.status) for p in problems] == [(title, "done")]


def test_a_hazard_not_yet_gone_leaves_the_news_finding_not_done():
    text = ("5月12日,某社区巡查人员巡查时发现,某路口消防栓破损漏水。社区联系自来水公司前来维修,目前隐患尚未消除。")
    assert [p.status for p in parse_text(text).problems] in ([], [None])


# --- "令检查组忧虑的是": the team is the verb's object, no name of its own --------------------------------------------------
@pytest.mark.parametrize("text,inspector", [
    ("但现场回访时,令检查组忧虑的是,有几个点位杂乱依旧。", None),
    ("11月4日,市创文办检查组对各小区进行了检查,令人欣慰的是多数已整改。", "市创文办检查组"),
    ("省军区司令部检查组对某单位开展了检查。", "省军区司令部检查组"),
])
def test_a_team_after_ling_is_the_verbs_object_not_a_name(text, inspector):
    assert inspection_facts(text, None).inspector == inspector


# --- a wrapped paragraph's line is no title, however like one it ends -----------------------------------------------------
WRAPPED = ("2023-03-02 09:15 来源:某某融媒\n"
           "某某融媒消息:今年以来,市政府督查室持续跟踪各单位办理群众诉求\n"
           "的情况。但仍有个别单位存在办理不及时的现象。经统计,截至2月28日,\n"
           "县民政局和县医保局2家单位在办理群众诉求时,超期未办结的情况\n"
           "较为突出。\n"
           "其中,县民政局有3件诉求超期20天未办结;县医保局有2件诉求超期\n"
           "15天未办结。\n")


def test_a_line_inside_a_wrapped_paragraph_is_not_taken_for_the_title():
    result = parse_text(WRAPPED)
    assert result.title is None
    assert [(p.title, p.responsible_units) for p in result.problems] == [
        ("县民政局有3件诉求超期20天未办结", ["县民政局"]), ("县医保局有2件诉求超期15天未办结", ["县医保局"])]


@pytest.mark.parametrize("head", ["关于2022年度巡察整改进展情况的通报\n", "某县人民政府办公室关于某镇整改落实情况\n的报告\n"])
def test_a_title_line_above_the_body_is_still_the_title(head):
    text = head + "根据县委统一部署,现将有关情况通报如下。\n一、存在问题\n1.台账不规范。\n2.制度落实不到位。\n"
    assert parse_text(text).title is not None
