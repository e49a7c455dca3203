"""Helper residue (session 16): the misses left in the older labelled sets, read as families.

Rules: a report whose problems are in a table tells the inspection's days in its text outside the table, wherever the
text says them; a one-task notice tells the inspection in the paragraph that quotes the task, before the quotation; a
covering notice that hands out a plan by name (现印发给你们) introduces a plan; a report of the problems a check found
and what it suggests (现将具体情况及建议报告如下, or the problems under a heading "整改建议：") is a plan, unless it says a
problem was put right.
"""
from zhenggai.importer.extract import extract_bytes
from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.facts import kind_of
from zhenggai.importer.parse.inspection import inspection_facts

from tests.importer.helpers import docx_with_table as _docx


# --- a report whose problems are in a table ----------------------------------------------------------------------------

_AUDIT_ROWS = [["序号", "问题类型", "审计查出问题", "整改措施及进展", "责任单位", "整改时限", "整改状态"],
               ["1", "预算管理方面", "部分非税收入未及时缴入国库", "1.督促执收单位缴库。\n2.对剩余资金制定分期缴库计划。",
                "县财政局", "2025年6月底前", "部分整改"],
               ["2", "专项资金方面", "就业补助资金审核把关不严", "1.已追回违规发放资金。\n2.对剩余资金申请强制执行。",
                "县人社局", "2025年6月底前", "部分整改"]]


def _audit_report(section_one: str) -> list[str]:
    # (its three sections read, by the text alone, as a list of three problems: the lead before them tells nothing)
    return ["某县人民政府关于2023年度县级预算执行和其他财政收支审计查出问题整改情况的报告",
            "主任、各位副主任、各位委员：",
            "受县人民政府委托，现将2023年度县级预算执行和其他财政收支审计查出问题整改情况报告如下，请予审议。",
            "一、审计查出问题整改工作部署推进情况",
            section_one,
            "二、审计查出问题整改总体情况",
            "2023年度县级预算执行和其他财政收支审计查出问题30个，截至2024年11月30日，已整改28个；建立健全制度12项。"
            "尚未完成整改的2个问题均已制定整改计划，详见附表。",
            "三、尚未整改到位问题的原因及后续工作安排",
            "未整改到位的问题主要涉及历史遗留、资金回收周期长等情况。下一步，县政府将督促相关单位按照附表所列时限推进整改。",
            "附表：2023年度县级预算执行审计查出问题未完成整改事项清单"]


def test_a_table_reports_audit_period_and_feedback_day_are_read_from_its_own_sections():
    lead = _audit_report("2024年3月4日至5月10日，县审计局对2023年度县级预算执行和其他财政收支情况进行了审计，并于2024年6月12日"
                         "向县人民政府反馈了审计结果，提出审计建议8条。县政府召开常务会议专题研究部署。")
    r = extract_bytes(_docx(lead, _AUDIT_ROWS, ["某县人民政府", "2024年12月20日"]), "report.docx").ledger
    assert len(r.problems) == 2
    i = r.inspection
    assert (i.start, i.end, i.feedback_date) == ("2024-03-04", "2024-05-10", "2024-06-12")


def test_a_table_reports_text_without_inspection_days_gives_none():
    # negative: a stock-taking day ("截至2024年11月30日") and the meeting day are not the inspection's
    lead = _audit_report("县政府召开常务会议专题研究部署，建立问题清单、责任清单和整改清单，提出审计建议8条。")
    r = extract_bytes(_docx(lead, _AUDIT_ROWS, ["某县人民政府", "2024年12月20日"]), "report.docx").ledger
    i = r.inspection
    assert (i.start, i.end, i.feedback_date) == (None, None, None)


# --- a one-task notice ---------------------------------------------------------------------------------------------------

def _one_task(story: str) -> str:
    return ("某县关于省级生态环境保护督察反馈问题第5项整改销号情况的公示\n"
            "根据有关销号办法，现将我县督察反馈问题第5项整改销号情况予以公示。\n"
            "一、反馈问题\n"
            + story + "其中第5项问题指出：“县城部分河段沿岸生活污水直排，黑臭水体整治进度滞后。”\n"
            "二、责任单位\n某县住房和城乡建设局\n"
            "三、整改时限\n2023年6月底\n"
            "四、整改情况\n一是完成沿岸截污管网建设；二是建立河道日常巡查机制。\n"
            "五、验收销号意见\n经现场核查，该问题已完成整改，同意予以销号。\n"
            "某县生态环境保护督察整改工作领导小组办公室\n2023年8月2日")


def test_a_one_task_notice_reads_the_feedback_day_from_the_paragraph_quoting_the_task():
    r = parse_text(_one_task("2021年5月，省第二生态环境保护督察组对某市开展督察，并于2021年7月9日反馈督察意见。"))
    assert len(r.problems) == 1
    assert r.problems[0].title == "县城部分河段沿岸生活污水直排，黑臭水体整治进度滞后"
    assert r.inspection.feedback_date == "2021-07-09"
    assert r.inspection.inspector == "省第二生态环境保护督察组"


def test_a_one_task_notice_whose_quoting_paragraph_tells_no_inspection_has_no_dates():
    # negative: a work day in the task's own statement or story ("2022年3月1日起…") is not the feedback day
    r = parse_text(_one_task("2022年3月1日起，县住建局牵头开展排查。"))
    assert len(r.problems) == 1
    assert r.inspection.feedback_date is None and r.inspection.start is None


def test_a_one_task_notice_whose_lead_dates_the_feedback_keeps_the_leads_day():
    text = _one_task("2021年5月，省第二生态环境保护督察组对某市开展督察，并于2021年7月9日反馈督察意见。").replace(
        "现将我县督察反馈问题第5项",
        "省第二生态环境保护督察组于2021年7月10日向我市反馈督察意见。现将我县督察反馈问题第5项")
    assert parse_text(text).inspection.feedback_date == "2021-07-10"


# --- what kind of document ------------------------------------------------------------------------------------------------

def test_a_covering_notice_handing_out_a_named_plan_is_a_plan():
    text = ("各乡镇、县直各单位：\n"
            "《某县落实市委巡察反馈意见整改方案》已经县委常委会会议审议通过，现印发给你们，请认真抓好贯彻落实。\n"
            "中共某县委办公室\n2023年5月6日\n"
            "某县落实市委巡察反馈意见整改方案\n一、总体要求\n")
    assert kind_of(None, text) == "plan"


def test_a_report_telling_a_plan_was_issued_is_not_a_covering_notice():
    # negative: a report that its plan was made and issued (a past act) is not the plan handed out
    text = ("我局研究制定了《某局巡察整改方案》，印发各股室抓好落实。现将整改进展情况报告如下。\n"
            "一、整改工作开展情况\n")
    assert kind_of(None, text) == "bulletin"


def test_a_report_of_problems_found_and_suggestions_is_a_plan():
    text = ("某镇人民政府：\n"
            "学校安全工作领导小组对校园设施进行了全面检查，发现存在以下亟待解决的三个问题，现将具体情况及建议报告如下：\n"
            "1、校舍屋面渗漏严重。\n2、围墙年久失修。\n3、无学生食堂。\n"
            "为此建议：\n1、由镇政府协调资金维修屋面。\n2、将围墙改造列入明年计划。\n")
    assert kind_of("报告", text) == "plan"


def test_problems_under_a_heading_of_suggestions_are_a_plan():
    text = ("5月10日，督学莅临我园进行专项督导检查。\n整改建议：\n"
            "1.第(A1)点的存在的不足与建议：自评报告要体现工作成效\n2.第(A3)点的存在的不足与建议：资料不全\n")
    assert kind_of("某幼儿园2024年5月专项督导", text) == "plan"


def test_suggestions_with_problems_said_to_be_put_right_are_a_report():
    # negative: a text saying a problem was put right reports what was done
    text = ("整改建议：\n1.消防通道堆放杂物。已完成整改，杂物全部清理。\n2.灭火器过期。已整改到位。\n")
    assert kind_of("某幼儿园专项督导", text) == "bulletin"


def test_a_reporting_title_over_a_heading_of_suggestions_stays_a_report():
    # negative: a 通报 that ends with its suggestions (三、整改建议) is a report of a check, as its title says
    text = ("一、检查基本情况\n检查组对5个单位开展了检查。\n二、存在问题\n1.台账不规范。\n2.报送不及时。\n三、整改建议\n"
            "（一）各单位要规范台账。\n")
    assert kind_of("关于2024年第一季度整改落实情况专项检查的通报", text) == "bulletin"


def test_a_report_of_the_state_of_rectification_stays_a_report():
    # negative: "现将整改情况报告如下" names what was done, not suggestions
    text = "针对检查发现的问题，现将整改情况报告如下：\n1、校舍屋面渗漏。已维修完毕。\n"
    assert kind_of(None, text) == "bulletin"


# --- one unnumbered problem in a section, its measures numbered above it --------------------------------------------------

def _evaluation_report(after_label: str) -> str:
    return ("某局关于群众评议反馈问题整改情况的报告\n县考评办：\n现将我局整改工作情况报告如下：\n"
            "一、总体目标\n通过整改，进一步改进工作作风，提高群众满意度。\n"
            "二、存在问题及整改情况\n存在问题：某镇某村通村道路路面破损严重，群众出行不便。\n"
            + after_label +
            "三、下一步计划\n（一）加强日常巡查。\n（二）完善养护制度。")


def test_the_numbered_list_after_a_bare_done_label_is_the_labelled_problems_measures():
    r = parse_text(_evaluation_report("整改情况：\n（一）对破损路段进行全面排查，建立问题台账。\n（二）完成破损路面修补2.3公里。\n"
                                      "（三）建立道路日常养护机制。\n"))
    assert [(p.seq, p.title, len(p.measures)) for p in r.problems] == [
        (None, "某镇某村通村道路路面破损严重，群众出行不便", 3)]
    assert r.problems[0].category == "存在问题及整改情况"


def test_a_bare_done_label_does_not_take_the_next_section():
    # negative: the next 一、 section ranks with the problem's own section: not what was done about it
    r = parse_text(_evaluation_report("整改情况：\n"))
    assert [(p.title, len(p.measures)) for p in r.problems] == [("某镇某村通村道路路面破损严重，群众出行不便", 0)]


def test_one_labelled_problem_under_an_aspect_heading_keeps_the_headings_number():
    # negative of the seq rule: under a heading naming an aspect (not the problems), the heading's number is the problem's
    text = ("某村关于意见征集情况的报告\n一、学习教育\n问题清单：党员学习教育形式单一，参与率不高。\n整改情况：已组织集中学习3次。\n"
            "二、意见征集\n问题清单：征集意见渠道不畅通。\n整改情况：已设立意见箱。")
    assert [p.seq for p in parse_text(text).problems] == [1, 2]


# --- a sign-off notice's closing account ---------------------------------------------------------------------------------

def _signoff_notice(closing: str) -> str:
    return ("某市督察整改办关于督察反馈问题整改任务完成情况的公示\n"
            "经责任单位申请、市整改办组织验收，下列2项整改任务已达到整改目标，拟予销号。现予以公示。\n"
            "编号3：城区部分路段雨污管网混接，污水直排河道。\n责任单位：市住房和城乡建设局\n整改时限：2023年6月30日\n"
            "完成情况：一是完成雨污分流改造5.2公里；二是封堵排口12个。\n验收结论：经验收，该项任务已完成整改，符合销号条件。\n"
            "编号9：部分乡镇垃圾中转站运行不正常。\n责任单位：市城市管理局\n整改时限：2023年9月30日\n"
            "完成情况：一是改造中转站6座；二是建立运行巡查制度。\n验收结论：经验收，该项任务已完成整改，符合销号条件。\n"
            "以上整改任务的验收，由市整改办会同有关部门组成验收组进行。\n"
            + closing +
            "公示期限：2023年12月18日至2023年12月22日。\n某市督察整改办\n2023年12月18日")


def test_a_signoff_notices_running_count_after_its_tasks_is_its_problems_done():
    r = parse_text(_signoff_notice("截至2023年12月15日，督察反馈我市的问题整改任务已有21项完成验收销号，其余任务正在有序推进。\n"))
    assert [p.seq for p in r.problems] == [3, 9]
    assert r.headline.problems_done == 21
    # the paragraphs about all the listed tasks close the notice: they are not the last task's last measure
    assert [len(p.measures) for p in r.problems] == [2, 2]
    assert "以上整改任务" not in r.problems[1].measures[-1].text


def test_a_closing_count_that_signs_nothing_off_is_not_taken():
    # negative: a done count without sign-off (销号), with no total to check it against, counts another set
    r = parse_text(_signoff_notice("截至2023年12月15日，全市已有21项重点工程完成建设，其余正在推进。\n"))
    assert r.headline.problems_done is None


# --- a case told in fields of a record -------------------------------------------------------------------------------------

def test_two_lines_each_with_a_short_label_of_its_own_are_two_fields():
    from zhenggai.importer.parse.normalize import Para, join_broken_lines

    paras = [Para("单位名称：某建材有限公司", 0), Para("问题：粉尘收集设施运行不正常，车间扬尘严重", 1)]
    assert [p.text for p in join_broken_lines(paras, lambda t: False)] == [
        "单位名称：某建材有限公司", "问题：粉尘收集设施运行不正常，车间扬尘严重"]


def test_a_labelled_line_broken_mid_phrase_still_joins_its_continuation():
    # negative: the next line is no field of its own (no label and colon): the line goes on there
    from zhenggai.importer.parse.normalize import Para, join_broken_lines

    paras = [Para("检查对象：城区十二所中小学校及周边的", 0), Para("商户和各类校外培训机构共三十余家", 1)]
    assert len(join_broken_lines(paras, lambda t: False)) == 1


_CASE = ("安全生产检查那些事\n安全检查是企业安全管理的重要一环。本文介绍检查中常见的情况。\n"
         "典型案例\nLEAD\n单位名称：某建材有限公司\n问题：粉尘收集设施运行不正常，车间扬尘严重\n"
         "整改措施：\n- 更换除尘器滤袋，恢复设施正常运行。\n- 车间地面每日洒水清扫。\n整改效果：车间粉尘浓度达标。\n结语\n安全无小事。")


def test_a_case_in_fields_is_one_problem_its_bullets_the_measures_its_bare_heading_the_category():
    r = parse_text(_CASE.replace("LEAD", "以下是一家企业的整改案例："))
    assert [(p.title, p.category, [m.text for m in p.measures], [m.seq for m in p.measures]) for p in r.problems] == [
        ("粉尘收集设施运行不正常，车间扬尘严重", "典型案例", ["更换除尘器滤袋，恢复设施正常运行。", "车间地面每日洒水清扫。"],
         [None, None])]


def test_a_heading_above_a_sentence_is_not_the_cases_category():
    # negative: between the heading and the case's fields a sentence of the story, not a lead announcing the case
    r = parse_text(_CASE.replace("LEAD", "以下是一家企业的整改案例，检查组于当日现场核查。"))
    assert [(p.category, len(p.measures)) for p in r.problems] == [(None, 2)]


# --- a heading run into its description, with an example ---------------------------------------------------------------

_CHECK = ("中共某县委巡察办关于巡察整改落实情况专项检查的通报\n各乡镇党委，县直各单位：\n"
          "近期，县委巡察办对12个被巡察党组织整改落实情况开展了专项检查。现将检查情况通报如下：\n"
          "一、基本情况\n大部分单位整改工作进展顺利。检查共发现问题9个。\n二、存在问题\n"
          "1.整改进展报送不及时：有的单位未按要求每月报送整改进展。如某乡镇连续三个月未报送。\n"
          "2.整改措施针对性不强：有的单位照搬反馈意见原文，缺少量化标准。\n"
          "3.部分单位整改台账长期未更新。如某局台账显示已完成的问题，佐证材料仅为一份会议通知。\n"
          "三、整改要求\n（一）提高思想认识。各单位要切实履行整改主体责任。\n中共某县委巡察办\n2024年4月2日")


def test_a_heading_and_colon_run_into_its_description_keeps_the_whole_statement_with_its_example():
    titles = [p.title for p in parse_text(_CHECK).problems]
    assert titles[0] == "整改进展报送不及时：有的单位未按要求每月报送整改进展。如某乡镇连续三个月未报送"
    assert titles[1] == "整改措施针对性不强：有的单位照搬反馈意见原文，缺少量化标准"


def test_a_statement_without_a_heading_is_titled_by_its_first_sentence():
    # negative: no short heading and colon — the first sentence states the problem, the example follows it
    assert [p.title for p in parse_text(_CHECK).problems][2] == "部分单位整改台账长期未更新"


# --- a check-results table telling each act as done -------------------------------------------------------------------------

def _results_table(cells: list[str], header: str = "学校食堂") -> bytes:
    lines = ["某县市场监管局关于校园食品安全专项整治工作成果公布",
             "现将部分整治成果公布如下：", header + " |", "具体问题 |", "整改情况 |"]
    for unit, problem, done in zip(cells[0::3], cells[1::3], cells[2::3]):
        lines += [unit + " |", problem + " |", done + " |"]
    return "\n".join(lines).encode("utf-8")


def test_a_results_cell_telling_the_act_done_makes_the_problem_done():
    r = extract_bytes(_results_table(["某小学食堂", "餐厅防蝇帘破损，密封性不够", "已更换新的防蝇帘",
                                      "某中学食堂", "粗加工间卫生清理不及时", "已对粗加工间全面清理"]), "table.txt").ledger
    assert [(p.title, p.status, len(p.measures)) for p in r.problems] == [
        ("餐厅防蝇帘破损，密封性不够", "done", 1), ("粗加工间卫生清理不及时", "done", 1)]


def test_a_results_cell_with_work_still_to_do_is_not_done():
    # negative: "已…" with what is left pending ("正在…", "剩余…计划…") does not say the problem was put right
    r = extract_bytes(_results_table(["某小学食堂", "餐厅防蝇帘破损，密封性不够", "已采购防蝇帘，正在安装",
                                      "某中学食堂", "粗加工间卫生清理不及时", "已清理一半，剩余部分计划月底前完成"]),
                      "table.txt").ledger
    assert [p.status for p in r.problems] == [None, None]


def test_the_column_naming_the_bodies_checked_gives_each_problems_unit():
    for header in ("学校食堂", "被检查单位"):
        r = extract_bytes(_results_table(["某小学食堂", "餐厅防蝇帘破损，密封性不够", "已更换新的防蝇帘",
                                          "某中学食堂", "粗加工间卫生清理不及时", "已对粗加工间全面清理"], header),
                          "table.txt").ledger
        assert [p.responsible_units for p in r.problems] == [["某小学食堂"], ["某中学食堂"]]


def test_the_column_of_the_body_that_checked_is_no_unit():
    # negative: "检查单位" names who made the check, not who must put it right
    r = extract_bytes(_results_table(["县市场监管局", "餐厅防蝇帘破损，密封性不够", "已更换新的防蝇帘",
                                      "县教育局", "粗加工间卫生清理不及时", "已对粗加工间全面清理"], "检查单位"),
                      "table.txt").ledger
    assert [p.responsible_units for p in r.problems] == [[], []]


def test_a_list_of_the_problems_found_is_not_by_its_name_a_plan():
    text = "一、学习教育方面\n1.学习形式单一,吸引力不足。\n2.研讨质量不高。\n"
    assert kind_of("开展作风建设“回头看”自查问题清单", text) == "bulletin"


def test_a_list_of_rectification_tasks_is_a_plan():
    # negative: a list of what will be done about the problems (整改清单, 任务清单) is a plan by its name
    text = "一、学习教育方面\n1.学习形式单一。整改措施：丰富学习形式。\n"
    assert kind_of("县委巡察反馈问题整改清单", text) == "plan"
    assert kind_of("巡察反馈意见整改任务清单", text) == "plan"


# --- an evaluation in two stages ----------------------------------------------------------------------------------------------

def _evaluation(first_stage: str) -> str:
    return ("某学院本科教育教学审核评估整改方案\n一、方案编制简况\n"
            + first_stage + "2023年11月6-9日，由7位专家组成的专家组对学校进行了入校评估。"
            "2024年1月，省教育厅将审核评估报告下发学校。\n")


def test_an_online_then_on_site_evaluation_runs_from_the_online_stages_first_day():
    i = inspection_facts(_evaluation("2023年10月9日-2023年10月27日，学校接受线上评估，专家组由15位专家组成。"), None, None)
    assert (i.start, i.end) == ("2023-10-09", "2023-11-09")


def test_a_period_before_the_on_site_visit_that_is_no_online_stage_is_not_its_start():
    # negative: the days the school prepared its self-evaluation are not a stage of the evaluation
    i = inspection_facts(_evaluation("2023年9月1日-2023年9月30日，学校完成自评报告撰写。"), None, None)
    assert (i.start, i.end) == ("2023-11-06", "2023-11-09")
