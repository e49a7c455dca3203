"""Problem lists of set G's families (session 16, helper gs): each rule a sentence about how real documents are written,
with a constructed text it reads right and a near miss it must leave alone."""
from __future__ import annotations

from zhenggai.importer.extract import pipe_row_tables
from zhenggai.importer.ledger_reader import match_header
from zhenggai.importer.parse import parse_bytes
from zhenggai.importer.parse.numbering import parse_marker
from zhenggai.importer.parse.readings import essay_titled

from tests.importer.helpers import problems as _problems


# --- a numbered item opening with a word of 年 ------------------------------------------------------------------------

def test_a_numbered_item_opening_with_nian_qing_is_read_as_an_item():
    m = parse_marker("5．年轻干部实践锻炼不足，培养机制不健全。")
    assert m is not None and m.number == 5


def test_a_number_before_a_month_is_not_read_as_an_item():
    assert parse_marker("2.月内完成排查") is None  # ("2.月内…": a figure broken from its 月, not a word)


# --- a report in parts ------------------------------------------------------------------------------------------------

REPORT_IN_PARTS = "\n".join([
    "某局党组关于巡察整改情况的报告",
    "第一部分 整改工作的组织开展情况",
    "党组召开专题会议研究部署整改工作。",
    "第二部分 反馈问题的整改落实情况",
    "一、作风建设方面",
    "1．会议文件过多，精简不够到位。",
    "整改措施：（1）制定精简会议文件办法；（2）每季度通报发文数量。",
    "整改情况：已完成",
    "2．调查研究不够深入，解决实际问题不多。",
    "整改措施：（1）建立班子成员基层联系点；（2）每人每年形成调研报告一篇。",
    "整改情况：已完成",
    "第三部分 下一步工作",
    "党组将持续巩固整改成果：1.对照清单逐项销号；2.建立长效机制；3.加强督促检查。",
])


def test_a_part_heading_ends_the_last_problem_of_the_part_before():
    problems = _problems(REPORT_IN_PARTS)
    assert [p.seq for p in problems] == [1, 2]
    assert problems[1].measure_count == 2
    assert all("长效机制" not in m.text for m in problems[1].measures)


def test_a_measure_opening_with_a_share_is_not_a_part_heading():
    text = REPORT_IN_PARTS.replace("整改措施：（1）建立班子成员基层联系点；（2）每人每年形成调研报告一篇。",
                                   "整改措施：（1）建立班子成员基层联系点；\n（2）第一部分资金已拨付到位，用于调研。")
    problems = _problems(text)
    assert problems[1].measure_count == 2
    assert "第一部分资金" in problems[1].measures[1].text


# --- measures numbered on past a wrapped line ---------------------------------------------------------------------------

def _one_item(measure_lines: list[str]) -> str:
    return "\n".join(["某单位关于巡察反馈问题整改情况的报告", "一、作风建设方面",
                      "1．公益诉讼线索发现渠道单一，办案数量不均衡。", *measure_lines, "整改情况：已完成",
                      "2．调查研究不够深入。", "整改措施：（1）建立联系点；（2）形成调研报告。", "整改情况：已完成"])


def test_measures_numbered_on_inside_a_wrapped_line_are_each_a_measure():
    problems = _problems(_one_item(["整改措施：（1）与12个行政机关建立线索移送机制；",
                                    "（2）聘请观察员20名；（3）立案办理公益诉讼案件17件。"]))
    assert problems[0].measure_count == 3


def test_sub_items_inside_a_measure_are_not_more_measures():
    problems = _problems(_one_item(["整改措施：（1）与12个行政机关建立线索移送机制；",
                                    "（2）修订两项制度，即（1）线索管理办法（2）移送规程。"]))
    assert problems[0].measure_count == 2


# --- a status field after what was done -----------------------------------------------------------------------------------

def _status_list(status_line: str) -> str:
    return "\n".join([
        "某市关于督察反馈问题整改落实情况的公示",
        "一、督察反馈问题",
        "1.督察反馈指出，城区黑臭水体治理进展缓慢。",
        "整改时限：2019年底",
        "整改情况：一是完成截污纳管；二是新建雨污分流管网86公里。",
        status_line,
        "2.督察反馈指出，部分企业废水超标排放。",
        "整改时限：2019年6月底",
        "整改情况：一是开展全面排查；二是建成集中污水处理厂。",
        status_line,
    ])


def test_a_status_field_after_what_was_done_gives_the_status():
    problems = _problems(_status_list("整改进度：未完成，正在推进。"))
    assert [p.status for p in problems] == ["in_progress", "in_progress"]
    assert all("整改进度" not in m.text for p in problems for m in p.measures)


def test_a_progress_field_with_a_percentage_gives_no_status():
    problems = _problems(_status_list("整改进度：80%。"))
    assert [p.status for p in problems] == [None, None]


# --- a sign-off notice whose task meets the conditions ---------------------------------------------------------------------

def _signoff_notice(lead_verdict: str) -> str:
    return "\n".join([
        "某县自然资源局关于省级督察反馈问题第12项整改任务验收销号的公示",
        f"根据整改方案和验收销号有关规定，第12项整改任务{lead_verdict}，现予以公示。",
        "一、整改任务",
        "第12项：部分废弃矿山生态修复治理进度滞后。",
        "二、责任单位",
        "某县自然资源局",
        "三、整改时限",
        "2023年10月底",
        "四、整改完成情况",
        "1.建立修复档案。",
        "2.完成6处废弃矿山复绿。",
        "五、公示时间",
        "2023年11月8日至11月14日。",
    ])


def test_a_notice_saying_the_task_meets_the_sign_off_conditions_reads_it_done():
    problems = _problems(_signoff_notice("经县整改办组织验收，符合销号条件"))
    assert len(problems) == 1 and problems[0].seq == 12 and problems[0].status == "done"


def test_a_rule_on_tasks_meeting_the_conditions_is_no_verdict():
    problems = _problems(_signoff_notice("按照符合销号条件的予以销号的要求开展验收"))
    assert len(problems) == 1 and problems[0].status is None


# --- an essay ----------------------------------------------------------------------------------------------------------

ESSAY_BODY = [
    "(二)存在问题",
    "一是宣传方式效果不好。群众很少手写书信，来信反映问题的渠道不便利。二是整改公开不到位。村干部不愿公开、不敢公开。"
    "三是群众参与度不高。有的群众对巡察工作有顾虑。",
]


def test_an_essay_titled_as_a_reflection_reads_no_problem_list():
    assert essay_titled(None, "关于对某县对村巡察工作的思考(第2/2页)")
    assert _problems("\n".join(["关于对某县对村巡察工作的思考(第2/2页)", *ESSAY_BODY])) == []


def test_a_report_of_a_bodys_own_problems_and_countermeasures_is_no_essay():
    assert not essay_titled("关于基层党组织存在的问题和相应对策")
    assert not essay_titled("市统计局调研组到我区调研统计督察整改落实等工作")
    problems = _problems("\n".join(["某镇党委关于巡察反馈问题整改情况的报告", "一、存在的问题",
                                    "(一)村级活动阵地缺乏，组织活动难以开展。", "整改措施：新建活动场所3处。",
                                    "(二)党员发展难度大，年轻党员较少。", "整改措施：建立后备人才库。"]))
    assert len(problems) == 2


# --- several places, each with its run of problems --------------------------------------------------------------------------

TWO_PLACES = ("12月25日上午，某市督导组对甲辖区、乙辖区进行实地督导检查，关于甲辖区发现以下问题：其一，甲路西侧拆迁不彻底；"
              "其二，铁路沿线堆放施工垃圾。关于乙辖区发现以下问题：其一，老旧小区改造工程不彻底；其二，沿路乱倒污水现象严重。"
              "随后，督导组分别向甲镇及乙办事处下发督导通知单并限期整改。")


def test_each_places_run_of_problems_is_read_with_the_place_and_the_body_handed_its_notice():
    problems = _problems("\n".join(["某市督导组督导简报", TWO_PLACES]))
    assert [(p.seq, p.category) for p in problems] == [(1, "甲辖区"), (2, "甲辖区"), (1, "乙辖区"), (2, "乙辖区")]
    assert [p.responsible_units for p in problems] == [["甲镇"], ["甲镇"], ["乙办事处"], ["乙办事处"]]


def test_a_second_run_led_by_measures_is_not_more_problems():
    text = TWO_PLACES.replace("关于乙辖区发现以下问题：其一，老旧小区改造工程不彻底；其二，沿路乱倒污水现象严重。",
                              "督导组提出整改措施如下：其一，限期拆除；其二，清运垃圾。")
    problems = _problems("\n".join(["某市督导组督导简报", text]))
    assert [p.category for p in problems] == [None, None]
    assert all(p.responsible_units == [] for p in problems)


# --- one item announced ---------------------------------------------------------------------------------------------------

def test_one_item_after_a_lead_announcing_the_problems_is_one_problem():
    problems = _problems("\n".join([
        "17日，市监督问责小组对某镇城乡环境卫生综合整治情况进行了随机抽样监督。",
        "小组认为，该镇整体工作较好，集贸市场卫生保洁到位。主要问题如下:(1)部分商店占道经营;一些道路被损坏,无人修复。",
    ]))
    assert len(problems) == 1
    assert problems[0].title == "部分商店占道经营;一些道路被损坏,无人修复"
    assert problems[0].category is None  # (s24, C13 settled: a lead-in sentence is no category; was "主要问题")


def test_one_item_after_a_lead_announcing_what_was_done_is_no_problem():
    problems = _problems("\n".join([
        "17日，市监督问责小组对某镇城乡环境卫生综合整治情况进行了随机抽样监督。",
        "小组认为，该镇整体工作较好。主要做法如下:(1)每周六带队清理卫生死角。",
    ]))
    assert problems == []


# --- a table copied one row a line ----------------------------------------------------------------------------------------

PIPE_TABLE = "\n".join([
    "关于2023年问题线索销号的公示 | ||||",
    "我市已完成3个问题整改工作，现将整改情况公示如下: | ||||",
    "序号 | 县(市、区) | 问题编号 | 问题描述 | 整改成效 | 整改完成情况 |",
    "1 | 甲县 | 2023-0018 | 位于某村，村民堆放废矿渣，破坏植被。 | 种植桂花进行复绿 | 完成整改 |",
    "2 | 乙区 | 2023-2373 | 位于某乡，厂房未批先建。 | 1、进行了行政处罚 2、完善了相关手续 | 完成整改 |",
    "3 | 乙区 | 2023-0040 | 位于某镇，村民建房破坏林地。 | 1、进行了行政处罚 2、开展了生态修复 | 正在推进 |",
    "4 | 乙区 | 2022-0267 | 位于某镇",
])


def test_a_table_copied_one_row_a_line_is_read_as_a_ledger():
    result = parse_bytes(PIPE_TABLE.encode("utf-8"), "notice.txt")
    got = [(p.seq, p.responsible_units, p.measure_count, p.status) for p in result.problems]
    assert got == [(1, ["甲县"], 1, "done"), (2, ["乙区"], 2, "done"), (3, ["乙区"], 2, "in_progress")]
    assert result.problems[1].title.startswith("位于某乡")


def test_a_row_cut_short_and_lines_without_a_header_are_not_read():
    rows = pipe_row_tables(PIPE_TABLE.splitlines())
    assert len(rows) == 1 and len(rows[0]) == 4  # the header and three whole rows: the cut row 4 is left out
    assert pipe_row_tables(["甲 | 乙 | 丙 | 丁", "1 | 2 | 3 | 4"]) == []


def test_a_heading_that_is_the_columns_own_name_takes_the_column():
    cols = match_header(["序号", "问题编号", "问题来源", "问题描述", "整改措施"])
    assert cols["problem"] == 3 and cols["measure"] == 4


def test_a_heading_holding_the_columns_word_still_takes_it_when_no_other_does():
    cols = match_header(["序号", "存在的问题", "整改措施"])
    assert cols["problem"] == 1


# --- a notice on the places found at fault ----------------------------------------------------------------------------------

POINTS_NOTICE = "\n".join([
    "现将自然保护地问题点位整改情况信息公开如下:",
    "一、点位的基本问题",
    "点位一(ZRBHD",
    "(略)5):该地块内原有杨树被采伐后改种花生。",
    "点位二(ZRBHD(略)6):村民在水面附近摆放无基础看护房。",
    "二、责任单位:",
    "(略)",
    "点位一(ZRBHD(略)5):对毁林地块退耕还林。",
    "点位二(ZRBHD(略)6):拆除看护房。",
    "三、整改措施落实情况",
    "点位一(ZRBHD(略)5):已对毁林地块进行退耕还林。",
    "点位二(ZRBHD(略)6):看护房已拆除。",
    "四、整改目标完成情况",
    "2处问题点位均已整改完成。",
])


def test_each_point_of_a_points_notice_is_a_problem_with_its_measure_and_the_notices_status():
    problems = _problems(POINTS_NOTICE)
    assert [(p.seq, p.category, p.status, p.measure_count) for p in problems] == [
        (1, "点位的基本问题", "done", 1), (2, "点位的基本问题", "done", 1)]
    assert problems[0].title == "该地块内原有杨树被采伐后改种花生"
    assert problems[1].measures[0].text.startswith("看护房已拆除")
    assert all(p.responsible_units == [] for p in problems)  # the masked name "(略)" names no unit


def test_a_point_named_in_a_sentence_is_no_label():
    assert parse_marker("点位一共有3处，均在实验区内。") is None
    m = parse_marker("点位2（编号ZR-06）：看护房已拆除。")
    assert m is not None and m.number == 2


def test_a_line_left_open_is_joined_only_to_a_line_closing_its_bracket():
    from zhenggai.importer.parse import facts
    from zhenggai.importer.parse.normalize import Para, _should_join

    assert _should_join(Para("点位二(ZRBHD", 1), Para("(略)6):拆除看护房。", 2), facts.title_like)
    assert not _should_join(Para("点位二(ZRBHD", 1), Para("1.拆除看护房。", 2), facts.title_like)


def test_places_listed_under_a_numbered_problem_stay_inside_it():
    problems = _problems("\n".join([
        "某县关于督察反馈问题整改情况的通报",
        "一、生态保护方面",
        "1.部分废弃矿山未按期完成复绿。",
        "整改措施：开展矿山生态修复。",
        "点位1：某乡采石场，已完成复绿。",
        "点位2：某镇砖厂，已完成复绿。",
        "整改情况：已完成",
        "2.部分河道垃圾清运不及时。",
        "整改措施：建立河道保洁机制。",
        "整改情况：已完成",
    ]))
    assert [(p.seq, p.status) for p in problems] == [(1, "done"), (2, "done")]
