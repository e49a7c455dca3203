"""Session 19, helper hs19: sets blind32 (real pages of courts, procuratorates, hospitals, an audit result notice) and
blindwritten15 (full-length documents on layouts not modelled before). Each rule with a constructed positive (a short
text written here, in the genre) and a near miss it must leave alone."""
from __future__ import annotations

import io

import pytest

from tests.importer.helpers import check_dates, four_figures, headline_pair, problem_rows
from zhenggai.importer.parse import parse_bytes, parse_text
from zhenggai.importer.parse.levels import RE_AUDIT_NOTICE_SECTION
from zhenggai.importer.parse.structure import charged_bodies


# --- an audit result notice in its fixed sections, the findings one sentence -----------------------------------------
AUDIT_NOTICE = ("某区民政局2022年度预算执行情况审计结果公告\n"
                "根据《中华人民共和国审计法》规定，某区审计局派出审计组，自2023年4月3日至5月12日，对某区民政局2022年度预算执行"
                "情况进行了审计。现将审计结果公告如下：\n"
                "一、基本情况\n"
                "区民政局是区政府主管民政工作的职能部门，内设机构三个。2022年底实有在职人员12人。\n"
                "二、审计评价意见\n"
                "审计结果表明，区民政局提供的会计资料基本真实地反映了该年度财务收支情况，但还存在支出手续不合规等问题。\n"
                "三、审计发现的主要问题\n"
                "公务卡使用不规范、固定资产未及时入账、往来款项长期挂账等问题。\n"
                "四、审计处理及整改情况\n"
                "对审计发现的问题，区审计局已依法出具审计报告。区民政局高度重视，截至公告之日部分问题已整改完毕。\n")


# s24, c36 (C36 settled by the lead): the fixed sections are still no problems, but the one-sentence finding of the ONE
# audited body is now its one problem (R163, R12/R108; was [] under R19), in progress from "部分问题已整改完毕" (R187)
ONE_SENTENCE = [("公务卡使用不规范、固定资产未及时入账、往来款项长期挂账等问题", "in_progress", 0, ["某区民政局"])]


def test_an_audit_notices_fixed_sections_over_a_one_sentence_finding_are_no_problems():
    assert [(p.title, p.status, p.measure_count, p.responsible_units) for p in parse_text(AUDIT_NOTICE).problems] == ONE_SENTENCE


@pytest.mark.parametrize("said, put", [("三、审计发现的主要问题", "三、审计查出的主要问题"),
                                       ("四、审计处理及整改情况", "四、审计处理情况和建议"),
                                       ("二、审计评价意见", "二、审计评价")])
def test_the_fixed_sections_worded_otherwise_are_no_problems_either(said, put):
    problems = parse_text(AUDIT_NOTICE.replace(said, put)).problems
    assert [(p.title, p.status, p.measure_count, p.responsible_units) for p in problems] == ONE_SENTENCE


def test_numbered_findings_under_an_audit_notices_findings_section_are_still_read():
    text = AUDIT_NOTICE.replace(
        "公务卡使用不规范、固定资产未及时入账、往来款项长期挂账等问题。\n",
        "（一）公务卡使用不规范。\n整改情况：已制定公务卡管理办法，规范公务卡结算。\n"
        "（二）固定资产未及时入账。\n整改情况：已将12台设备补登入账。\n")
    assert [r[2] for r in problem_rows(parse_text(text))] == ["公务卡使用不规范", "固定资产未及时入账"]


def test_the_audit_section_labels_are_not_a_sections_statement_of_a_finding():
    assert all(RE_AUDIT_NOTICE_SECTION.match(t) for t in ("审计评价意见", "审计处理及整改情况", "审计处理情况和建议"))
    assert not any(RE_AUDIT_NOTICE_SECTION.match(t) for t in ("专项资金未单独核算", "审计发现的问题整改不到位", "整改评价"))


# --- a task's status tag of work on schedule -------------------------------------------------------------------------
TASKS = ("某市督察整改进展情况的报告\n"
         "二、重点整改任务进展情况\n"
         "（一）水生态环境保护方面\n"
         "任务3：城区雨污分流改造滞后（已办结销号）\n"
         "进展情况：完成雨污分流改造管网42公里。\n"
         "任务8：工业园区污水管网错接混接（{tag}）\n"
         "进展情况：已排查错接混接点位96处，完成整改61处。\n")


def test_a_tasks_closing_tag_of_work_on_schedule_leaves_its_title_and_is_its_status():
    rows = problem_rows(parse_text(TASKS.format(tag="序时推进")))
    assert rows[1][2] == "工业园区污水管网错接混接"
    assert [r[3] for r in rows] == ["done", "in_progress"]


def test_a_closing_bracket_naming_a_deadline_is_no_status_tag():
    rows = problem_rows(parse_text(TASKS.format(tag="2024年底前完成")))
    assert rows[1][3] is None
    assert "2024年底前完成" in rows[1][2]


# --- the plan's tasks counted first alone, then again with their done count --------------------------------------------
TASKS_LEAD = ("中央第二生态环境保护督察组对我省开展了督察。按照省整改方案，我市承担整改任务29项。现将整改进展报告如下。\n"
              "市委、市政府成立督察整改工作领导小组，建立“周调度、月通报、季考核”工作机制，市级领导包案督办重点问题，"
              "市人大常委会、市政协分别组织开展专题视察和民主监督，市纪委监委把督察整改纳入政治监督重点，对整改不力的严肃问责，"
              "推动各项整改任务落地见效，群众满意度持续提升。\n"
              "截至2023年12月底，我市承担的29项整改任务已完成22项，其余7项正在按序时推进。")


def test_the_tasks_counted_again_with_their_done_count_give_the_done_figure():
    assert headline_pair(TASKS_LEAD) == (29, 22)


def test_a_done_count_of_another_number_of_tasks_is_not_the_plans():
    text = TASKS_LEAD.replace("我市承担的29项整改任务已完成22项，其余7项正在按序时推进", "其中重点整改任务12项已完成10项")
    assert headline_pair(text) == (29, None)


# --- a sign-off notice's measures under "整改措施落实情况：" --------------------------------------------------------------
SIGN_OFF = ("关于中央生态环境保护督察反馈问题第5项整改任务验收销号情况的公示\n"
            "经市级验收，该项整改任务已达到整改目标，具备销号条件，现将有关情况公示如下：\n"
            "整改问题：部分乡镇污水处理设施运行不正常，污水直排河道。\n"
            "责任单位：市住房和城乡建设局\n"
            "整改时限：2023年12月底前\n"
            "{label}\n"
            "（一）完成8座乡镇污水处理站提标改造\n"
            "（二）新建污水收集管网26公里\n"
            "（三）委托第三方统一运营维护\n"
            "验收情况：验收组一致同意该项整改任务通过验收，予以销号。\n"
            "特此公示。\n")


def test_the_measures_named_as_their_account_are_counted_one_a_numbered_line():
    p, = parse_text(SIGN_OFF.format(label="整改措施落实情况：")).problems
    assert len(p.measures) == 3
    assert p.status == "done"


def test_lines_after_an_unlabelled_heading_line_stay_one_undivided_account():
    # (no label with its colon opens the account: the numbered lines are not read as its measures one by one)
    p, = parse_text(SIGN_OFF.format(label="有关工作情况")).problems
    assert len(p.measures) == 1


# --- the problems petitions concern, beside the feedback's own count -------------------------------------------------
PETITIONS = ("截至2024年3月底，中央督察组反馈问题41个，已完成整改33个，其余8个正在按序时推进。"
             "督察组向我省移交的群众信访举报件涉及的5127个各类生态环境问题，已整改完成4986个。")


def test_the_feedbacks_own_count_beats_the_problems_petitions_concern():
    assert headline_pair(PETITIONS) == (41, 33)


def test_the_problems_petitions_concern_are_read_when_nothing_else_is_counted():
    # (a news item wholly about the petitions, blind7 sichuan: its only count)
    assert headline_pair(PETITIONS.split("。", 1)[1]) == (5127, 4986)


# --- a period the feedback was held in, beside the days of the stay ---------------------------------------------------
STAY = ("2019年7月14日，中央第六生态环境保护督察组进驻某集团公司，开展例行督察，8月14日督察进驻结束。"
        "受疫情影响，本批督察反馈采取书面形式，于2020年5月8日至12日集中进行。2020年5月10日，督察组向集团公司反馈了督察意见。")


def test_the_days_the_feedback_was_held_are_not_the_inspections_period():
    assert check_dates(STAY) == ("2019-07-14", "2019-08-14")


def test_a_period_of_inspecting_after_a_mention_of_feedback_is_still_the_period():
    text = "按照巡察反馈工作安排，市委第三巡察组于2023年3月6日至5月31日对某局党组开展了巡察。"
    assert check_dates(text) == ("2023-03-06", "2023-05-31")


# --- one sheet: the report, then the attachment's table ----------------------------------------------------------------
def _one_sheet(above: list[str]) -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for t in above:
        ws.append([t])
    ws.append(["序号", "审计查出问题", "整改责任单位", "整改时限", "整改措施", "整改状态"])
    ws.append([1, "部分非税收入未及时缴库", "县财政局", "2024年3月31日前", "已督促缴库", "已整改"])
    ws.append([2, "政府采购化整为零", "县城市管理局", "2024年4月30日前", "重新履行采购程序", "整改中"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


REPORT_ABOVE = ["某县审计局关于2023年度审计查出问题整改情况的报告",
                "县人民政府：",
                "2023年，县审计局共完成审计项目21个，查出主要问题金额3.87亿元。现将审计查出问题整改情况报告如下。",
                "截至2024年6月底，2023年度审计查出问题64个，已整改52个，正在整改12个，审计促进整改落实有关问题金额3.12亿元。",
                "下一步，县审计局将持续跟踪督促未完成整改事项，确保按期整改到位，防止屡审屡犯、屡改屡犯问题发生。",
                "附件：某县2023年度审计查出主要问题整改情况清单",
                "某县审计局",
                "2024年7月8日",
                "附件",
                "某县2023年度审计查出主要问题整改情况清单"]


def test_a_report_above_the_table_on_the_same_sheet_gives_its_date_and_figures():
    r = parse_bytes(_one_sheet(REPORT_ABOVE), "report.xlsx")
    assert len(r.problems) == 2
    assert r.report_date == "2024-07-08"
    assert (r.headline.problems_total, r.headline.problems_done) == (64, 52)


def test_a_title_and_a_note_above_the_table_are_no_report():
    r = parse_bytes(_one_sheet(["某县审计查出问题整改情况清单", "2024年7月8日"]), "ledger.xlsx")
    assert len(r.problems) == 2
    assert r.report_date is None


# --- a notice of the items handed over during the inspection, each listed --------------------------------------------
HANDED = ("2024年4月1日至5月31日，市委第二巡察组对某区人民法院党组开展常规巡察，期间移交立行立改事项2件，现将整改进展情况予以公布。\n"
          "截至6月10日，巡察组移交的{n}件立行立改事项已完成{n}件，具体情况如下：\n"
          "一、关于“诉讼服务窗口引导不到位”问题\n"
          "整改措施及成效：院党组立即责成诉讼服务中心进行整改，增设导诉岗位2个，制定窗口服务规范。\n"
          "二、关于“部分案件超期立案”问题\n"
          "整改措施及成效：院党组责成立案二庭立行立改，逐案清理积存材料，建立立案时限提醒制度。\n")


def test_the_items_handed_over_and_all_said_done_are_the_headline_and_each_items_status():
    r = parse_text(HANDED.format(n=2))
    assert (r.headline.problems_total, r.headline.problems_done) == (2, 2)
    assert [p.status for p in r.problems] == ["done", "done"]


def test_a_count_of_items_other_than_those_listed_is_no_figure_nor_status():
    r = parse_text(HANDED.format(n=3).replace("期间移交立行立改事项2件", "期间移交立行立改事项3件"))
    assert r.headline.problems_total is None
    assert [p.status for p in r.problems] == [None, None]


def test_petitions_handed_over_are_never_the_headline():
    r = parse_text(HANDED.format(n=2).replace("立行立改事项", "信访事项"))
    assert r.headline.problems_total is None


# --- the body charged with the rectification in the account of it ----------------------------------------------------
def test_the_body_charged_with_rectifying_is_the_problems_unit():
    assert [p.responsible_units for p in parse_text(HANDED.format(n=2)).problems] == [["诉讼服务中心"], ["立案二庭"]]
    assert charged_bodies("市法院党组立即责成我院执行局案件协调管理处进行整改。") == ["执行局案件协调管理处"]


def test_a_charge_naming_no_body_or_no_rectification_gives_no_unit():
    assert charged_bodies("责成相关部门进行整改，举一反三。") == []
    assert charged_bodies("责成区纪委监委调查处理。") == []


def test_the_day_the_inspections_stay_ended_is_its_end():
    text = "2021年4月6日，省第三生态环境保护督察组进驻某市，开展例行督察，5月6日督察进驻结束。"
    assert check_dates(text) == ("2021-04-06", "2021-05-06")


def test_the_day_a_rectification_ended_is_no_end_of_the_stay():
    text = "2021年4月6日，省第三生态环境保护督察组进驻某市，开展例行督察，5月6日督察整改工作结束。"
    assert check_dates(text) == ("2021-04-06", None)


# --- the tasks the problems were refined into, in the clause after a "；" -----------------------------------------------
REFINED = ("截至2024年3月底，中央督察组反馈问题41个，已完成整改33个，其余8个正在按序时推进；"
           "全省{verb}整改任务126项，已完成整改104项。")


def test_tasks_said_refined_in_the_next_clause_are_the_problems_measures():
    assert four_figures(REFINED.format(verb="细化")) == (41, 33, 126, 104)


def test_tasks_not_said_refined_after_a_semicolon_are_no_measures():
    assert four_figures(REFINED.format(verb="承担")) == (41, 33, None, None)
