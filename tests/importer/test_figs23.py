"""Document fields, dates and headline figures missed on session 22's round sets, each read generally (helper figs23):
constructed texts only, each rule with positives in other words than the page it came from and a near miss.

Rules:
- A check's fixes on the spot right after its count and the count's noun may be counted in another counter of findings
  ("发现了31个问题,现场整改3条"; headline._done_with_rest, RE_COUNTED_NOUN); "现场完成整改N条" after hazards found is N
  done, not all (RE_HAZARDS_FIXED, RE_HAZARDS_ALL_FIXED). A count of something else after it ("现场整改3家") is not.
- Problems a check found counted in 起 right after the finding verb ("发现问题12起") are its total (RE_FOUND_RIGHT_BEFORE);
  起 after 查处/通报/举报 counts cases and petitions, no figure (R68).
- A bare sentence "截至<a day>已全部整改到位" says every problem counted is done (RE_ALL_DONE_AS_OF), as "截至目前…" does;
  not where the text says some are still open, nor a demand.
- A page's timestamp at the top with the copy run on right after its minutes ("2019-07-25 18:222017年…") is the
  report date (facts.RE_TOP_STAMP_GLUED).
- A news lead's reporter day ("5月21日,…记者从…获悉") dates the item, with the year its own sentence states before the
  day (facts.news_lead_date); a year only after the day, or none, leaves it undated (R60).
- A period whose end lost both 月 and 日 ("2021年10月26日至119某督察组…") gives the start; that start is no feedback day, and
  the team's name does not open on the lost digits (inspection).
- Tasks counted, then their done part counted before its verb ("46项整改任务中,34项已经完成整改,12项…序时推进") are read
  as that done part (headline._task_figures); a part due by a date ("年底前完成21项") is not done.
- Problems found, then named by a demonstrative in the next sentence and said all done ("这些问题目前均已整改到位") are all
  done (RE_FOUND_ONES_ALL_DONE); a demand on them ("要求这些问题立即整改") is not.
- A paragraph about the whole rectification's time after the last item's answer ("据了解,整改期间,…制定修订制度11项")
  closes the list: its figures are the document's (structure.RE_ABOUT_ALL_LISTED).
- A heading of proposals by any name ("建议解决方案:", "对策建议", "改进建议") over the items makes the text a plan
  (facts.RE_SUGGESTIONS_HEADING, R28/R144); a text saying a problem was put right stays a bulletin.
- An inspection team's feedback counted verb first in opinions ("巡察组反馈的41条意见") is the problems total
  (headline.RE_OPINIONS_COUNTED); opinions and suggestions gathered from the public are not.
- A traditional-script copy is read in simplified characters, its problems stored so (R91); its own fields (title,
  issuer, team, body inspected) keep the page's script as printed, glosses included (parse._doc_fields_as_printed).
"""
from __future__ import annotations

from zhenggai.importer.parse import facts, headline, parse_text
from zhenggai.importer.parse.inspection import inspection_facts


def _figures(text: str) -> tuple:
    h = headline.headline_figures(text)
    headline.settle(h)
    return h.problems_total, h.problems_done


# --- fixes on the spot after the count and its noun -------------------------------------------------------------------

def test_fixes_on_the_spot_in_another_counter_after_problems_found_are_their_done_count():
    assert _figures("检查组对12家药店开展飞行检查，共发现了26个问题，现场整改9条，下达责令改正通知书5份。") == (26, 9)


def test_fixes_on_the_spot_after_hazards_counted_before_their_noun_are_their_done_count():
    assert _figures("执法人员对辖区加油站开展夜查，发现11处隐患，当场整改到位6项。") == (11, 6)


def test_fixes_completed_on_the_spot_after_hazards_found_are_a_part_not_all():
    assert _figures("此次联合检查共出动人员15人，检查工地8个，发现隐患40条，现场完成整改22条。") == (40, 22)


def test_fixes_on_the_spot_counted_in_bodies_are_no_done_count():
    assert _figures("督查中共发现了31个问题，现场整改3家，下达整改通知38份。") == (31, None)


# --- problems found counted in 起 -----------------------------------------------------------------------------------

def test_problems_found_counted_in_qi_right_after_the_finding_verb_are_the_total():
    assert _figures("本次夜查共发现问题7起，已整改5起。") == (7, 5)


def test_problems_a_spot_check_found_in_qi_said_all_fixed_later_are_all_done():
    text = "暗访组随机抽查了6个窗口，发现问题9起，发放提醒函4份。截至6月3日已全部整改到位。"
    assert _figures(text) == (9, 9)


def test_problems_a_patrol_found_in_qi_are_the_total():
    assert _figures("巡河队沿河巡查两遍，查出问题15起，均已交属地处理。")[0] == 15


def test_cases_dealt_with_or_reported_in_qi_are_no_total():
    assert _figures("今年以来查处违纪问题12起，处理15人。") == (None, None)
    assert _figures("会议通报了典型问题3起。群众举报问题21起。") == (None, None)


# --- all done as of a day --------------------------------------------------------------------------------------------

def test_a_bare_all_done_sentence_as_of_a_month_end_closes_the_count():
    assert _figures("审计发现问题14个，提出审计建议5条。截至2023年6月底，已全部完成整改。") == (14, 14)


def test_a_bare_all_done_sentence_as_of_a_day_without_year_closes_the_count():
    assert _figures("回访中发现问题8个，印发督办单3份。截至11月20日已全部整改到位。") == (8, 8)


def test_an_all_done_sentence_in_a_text_naming_open_work_is_no_done_count():
    assert _figures("发现问题12个，下发整改函8份。截至6月底，已全部完成整改。其余问题正在整改。") == (12, None)


# --- a timestamp glued to the copy -----------------------------------------------------------------------------------

def test_a_timestamp_run_into_the_copy_after_its_minutes_dates_the_page():
    assert facts.meta_date(["来源:某县融媒", "2021-03-04 09:152020年11月,省委第一巡视组对某县开展了巡视。"]) == "2021-03-04"


def test_a_slashed_timestamp_run_into_a_news_lead_dates_the_page():
    assert facts.meta_date(["2023/05/16 17:40本报讯 记者从市审计局了解到…"]) == "2023-05-16"


def test_a_timestamp_run_into_a_quoted_opening_dates_the_page():
    assert facts.meta_date(["2022-8-9 8:05“整改不是终点。”某区纪委负责人说。"]) == "2022-08-09"


def test_a_date_and_time_run_into_a_count_is_no_page_stamp():
    assert facts.RE_TOP_STAMP_GLUED.match("2019-07-25 18:2235人参加了会议") is None


# --- a news lead's reporter day --------------------------------------------------------------------------------------

def test_a_reporter_day_after_a_year_in_the_lead_dates_the_item():
    lead = "2024年第二轮省级巡视即将收官，9月12日，本报记者从省委巡视办获悉，巡视组共受理来信来电300余件。"
    assert facts.news_lead_date([lead], lead) == "2024-09-12"


def test_a_reporter_told_on_a_day_in_a_year_named_before_dates_the_item():
    lead = "作为2023年度重点审计项目，记者6月3日从市审计局了解到，该项目已完成现场审计。"
    assert facts.news_lead_date([lead], lead) == "2023-06-03"


def test_a_reporter_day_in_the_afternoon_with_the_year_before_dates_the_item():
    lead = "2022年全市安全生产大检查进入第二阶段。3月8日下午，电视台记者在县应急局采访时得知，已排查企业210家。"
    assert facts.news_lead_date([lead], lead) == "2022-03-08"


def test_a_reporter_day_with_a_year_only_after_it_is_undated():
    lead = "6月5日，记者获悉，近期省审计厅对全省2020年至2022年审计查出问题整改情况开展了专项审计调查。"
    assert facts.news_lead_date([lead], lead) is None


def test_a_reporter_day_with_no_year_is_undated():
    lead = "8月13日，记者从省督察办获悉，今年以来各地扎实推进督察整改。"
    assert facts.news_lead_date([lead], lead) is None


# --- a period whose end lost its units -------------------------------------------------------------------------------

def test_a_period_whose_end_lost_its_units_gives_the_start_and_no_feedback_day():
    text = ("2022年3月14日至512省委第二巡视组对某市开展了常规巡视，并于202279向某市正式反馈了巡视意见。")
    out = inspection_facts(text, None, None, "2022-12-01")
    assert (out.start, out.end, out.feedback_date, out.inspector) == ("2022-03-14", None, None, "省委第二巡视组")


def test_an_audit_period_whose_end_lost_its_units_names_the_team_without_the_digits():
    text = "2020年6月1日至731市审计局对区卫健委开展了专项审计，并于2020915反馈了审计意见。"
    out = inspection_facts(text, None, None, "2021-01-05")
    assert out.start == "2020-06-01" and out.feedback_date is None and out.inspector == "市审计局"


def test_a_feedback_day_after_a_whole_period_stays_the_feedback():
    text = "2022年3月14日至5月12日，省委第二巡视组对某市开展了常规巡视，并于7月9日向某市反馈了巡视意见。"
    out = inspection_facts(text, None, None, "2022-12-01")
    assert (out.start, out.end, out.feedback_date) == ("2022-03-14", "2022-05-12", "2022-07-09")


# --- tasks and their done part counted before the verb ---------------------------------------------------------------

def test_a_done_part_counted_before_its_verb_after_the_tasks_is_the_done_count():
    text = "截至2022年底，督察反馈的46项整改任务中，34项已经完成整改，12项任务达到序时进度。"
    assert _figures(text) == (46, 34)


def test_a_done_part_of_the_tasks_after_其中_is_the_done_count():
    assert _figures("督察反馈的28项整改任务，其中21项已完成整改，7项正在推进。") == (28, 21)


def test_a_done_part_counted_first_among_several_tasks_parts_is_the_done_count():
    assert _figures("省级督察交办的19项整改任务中，有15项已完成整改，4项持续推进。") == (19, 15)


def test_a_part_of_the_tasks_due_by_a_date_is_not_done():
    assert _figures("督察反馈的28项整改任务，其中年底前完成21项。") == (28, None)


# --- found problems named by a demonstrative --------------------------------------------------------------------------

def test_problems_named_by_a_demonstrative_and_said_all_done_are_all_done():
    text = "督导组在检查中发现食品安全问题5个。记者回访发现，这些问题目前均已整改到位。"
    assert _figures(text) == (5, 5)


def test_hazards_named_by_a_demonstrative_and_said_all_done_are_all_done():
    assert _figures("排查出隐患12处。这些隐患现已全部整改完毕。") == (12, 12)


def test_the_problems_above_said_done_with_a_count_are_that_count():
    assert _figures("发现问题7个，其中3个较大。以上问题已整改2个。") == (7, 2)


def test_a_demand_on_the_problems_named_by_a_demonstrative_is_no_done_count():
    assert _figures("检查中发现问题7个。要求这些问题立即整改。") == (7, None)


# --- a paragraph about the whole rectification closes the list --------------------------------------------------------

_ITEMS = ("某局党组关于巡察反馈问题整改情况的通报\n"
          "市委第三巡察组反馈问题3个，目前均已整改到位。\n"
          "问题一：项目资金拨付不及时。\n针对这一问题，一是建立拨付台账；二是每月调度。目前，该问题已整改到位。\n"
          "问题二：公务用车管理不规范。\n针对这一问题，一是完善派车单；二是安装定位。目前，该问题已整改到位。\n"
          "问题三：档案资料归档不全。\n针对这一问题，一是补齐档案；二是专人管理。目前，该问题已整改到位。\n")


def test_a_paragraph_about_the_time_of_the_rectification_gives_the_rules_made():
    text = _ITEMS + "据了解，整改期间，局党组召开专题会议4次，建立完善制度7项。\n"
    assert parse_text(text).headline.rules_made == 7


def test_a_paragraph_since_the_rectification_began_gives_the_rules_made():
    text = _ITEMS + "整改以来，该局共制定修订制度5项，约谈相关人员2人。\n"
    assert parse_text(text).headline.rules_made == 5


def test_a_paragraph_in_the_course_of_the_rectification_gives_the_rules_made():
    text = _ITEMS + "此外，在整改过程中，局党组新建制度9项，形成长效机制。\n"
    assert parse_text(text).headline.rules_made == 9


def test_rules_the_last_item_made_in_its_own_answer_are_not_the_documents():
    text = _ITEMS.replace("二是专人管理。", "二是专人管理，制定档案管理制度2项。")
    assert parse_text(text).headline.rules_made is None


# --- a heading of proposals makes a plan ------------------------------------------------------------------------------

def _kind(body: str) -> str:
    return facts.kind_of(None, body)


def test_a_heading_of_proposed_solutions_makes_a_plan():
    assert _kind("一、台账管理混乱\n1. 台账不全。\n建议解决方案:\n建立统一台账模板") == "plan"


def test_a_heading_of_countermeasure_proposals_makes_a_plan():
    assert _kind("一、基层监管薄弱\n1. 执法力量不足。\n对策建议\n充实执法队伍") == "plan"


def test_a_heading_of_improvement_proposals_makes_a_plan():
    assert _kind("（一）资金使用不规范\n1. 超范围列支。\n改进建议：\n严格预算执行") == "plan"


def test_a_heading_of_proposals_in_a_text_saying_a_problem_was_put_right_stays_a_bulletin():
    assert _kind("一、台账管理混乱\n1. 台账不全，已整改到位。\n建议解决方案:\n建立统一台账模板") == "bulletin"


# --- opinions counted after the team's feedback verb ------------------------------------------------------------------

def test_opinions_a_patrol_team_fed_back_counted_after_its_verb_are_the_problems():
    assert _figures("10月9日至11月15日，对市委第五巡察组反馈的41条意见进行评估检查。")[0] == 41


def test_opinions_a_provincial_inspection_fed_back_are_the_problems():
    assert _figures("认真落实省委巡视组反馈的12项意见，逐项制定措施。")[0] == 12


def test_opinions_an_audit_free_team_fed_back_to_a_body_are_the_problems():
    assert _figures("区委第二巡察组向学院党委反馈的9条意见，学院党委逐条研究。")[0] == 9


def test_opinions_and_suggestions_the_public_fed_back_are_no_total():
    assert _figures("收集群众反馈的30条意见建议。") == (None, None)


# --- a traditional copy's own fields keep the page's script ----------------------------------------------------------

_TRAD = ("中共雲嶺縣農業農村局黨組關於縣委巡察整改進展情況的通報\n"
         "根據縣委統一部署，2024年3月4日至4月30日，縣委第三巡察組對雲嶺縣農業農村局黨組開展了常規巡察，"
         "並於6月12日反饋了巡察意見。現將整改進展情況通報如下：\n"
         "一、項目資金撥付不及時的問題。\n整改情況：建立撥付台賬，每月調度。已整改完成。\n"
         "二、公務用車管理不規範的問題。\n整改情況：完善派車審批制度。已整改完成。\n"
         "中共雲嶺縣農業農村局黨組\n2024年9月30日\n")


def test_a_traditional_copys_title_and_issuer_keep_the_pages_script():
    r = parse_text(_TRAD)
    assert r.title == "中共雲嶺縣農業農村局黨組關於縣委巡察整改進展情況的通報"
    assert r.issuer == "中共雲嶺縣農業農村局黨組"


def test_a_traditional_copys_team_and_body_inspected_keep_the_pages_script():
    ins = parse_text(_TRAD).inspection
    assert (ins.inspector, ins.inspected) == ("縣委第三巡察組", "雲嶺縣農業農村局黨組")


def test_a_glossed_traditional_copys_team_keeps_its_glosses_as_printed():
    text = _TRAD.replace("縣委第三巡察組對", "縣(xiàn)委第三巡察組對")
    assert parse_text(text).inspection.inspector == "縣(xiàn)委第三巡察組"


def test_a_traditional_copys_problems_stay_in_simplified_characters():
    r = parse_text(_TRAD)
    assert r.problems[0].title.startswith("项目资金拨付不及时")


def test_a_simplified_copys_fields_are_left_as_they_are():
    text = ("中共云岭县农业农村局党组关于县委巡察整改进展情况的通报\n"
            "2024年3月4日至4月30日，县委第三巡察组对云岭县农业农村局党组开展了常规巡察。\n")
    r = parse_text(text)
    assert r.title == "中共云岭县农业农村局党组关于县委巡察整改进展情况的通报" and r.inspection.inspector == "县委第三巡察组"


# --- a sweep launched on a day ---------------------------------------------------------------------------------------

def test_a_gas_sweep_launched_on_a_day_starts_then():
    text = ("10月22日组织各区、各燃气企业及多个部门，全面开展燃气餐饮场所安全隐患专项排查整治工作。"
            "10月23日，检查人员在某餐馆发现燃气管道私改严重。")
    out = inspection_facts(text, None, None, "2021-10-26")
    assert (out.start, out.end) == ("2021-10-22", None)


def test_a_fire_hazard_sweep_deployed_from_a_day_starts_then():
    text = "2023年3月1日起，县消防救援大队部署开展高层建筑消防安全隐患排查整治行动，共检查建筑46栋。"
    assert inspection_facts(text, None, None, "2023-04-10").start == "2023-03-01"


def test_a_general_safety_check_launched_on_a_day_starts_then():
    text = "5月8日，区应急管理局组织相关部门集中开展安全生产大检查行动，发现隐患21处。"
    assert inspection_facts(text, None, None, "2022-05-20").start == "2022-05-08"


def test_a_meeting_that_deploys_a_sweep_does_not_start_it():
    text = "5月8日，区应急管理局召开会议，部署开展安全生产大检查行动。"
    assert inspection_facts(text, None, None, "2022-05-20").start is None


# --- bodies that formed a team jointly -------------------------------------------------------------------------------

def test_a_party_committee_and_government_forming_a_team_jointly_name_it():
    text = "2017年9月5日至19日，省委、省政府第三环境保护督察组对某市开展了环境保护督察。"
    assert inspection_facts(text, None, None, None).inspector == "省委、省政府第三环境保护督察组"


def test_two_city_offices_forming_a_joint_check_team_name_it():
    text = "4月12日，市安委办、市应急局联合检查组对某区开展了安全生产检查。"
    assert inspection_facts(text, None, None, "2023-05-01").inspector == "市安委办、市应急局联合检查组"


def test_a_county_committee_and_government_forming_a_supervision_team_name_it():
    text = "2021年6月1日至15日，县委、县政府第二督导组对某镇开展了专项督导。"
    assert inspection_facts(text, None, None, None).inspector == "县委、县政府第二督导组"


def test_an_office_named_beside_an_audit_bureau_is_another_body():
    text = "县委巡察办、县审计局对某镇财政资金开展了专项审计。"
    assert inspection_facts(text, None, None, None).inspector == "县审计局"


# --- a body that checks, no team named -------------------------------------------------------------------------------

def test_a_fire_brigade_that_checked_places_is_the_inspector():
    text = "近日，某县消防救援大队对辖区宾馆、网吧开展消防安全检查，发现隐患12处。"
    assert inspection_facts(text, None, None, "2023-05-01").inspector == "某县消防救援大队"


def test_a_city_bureau_whose_officers_checked_firms_is_the_inspector():
    text = "近期，某市应急管理局执法人员分成三个小组，对危化品企业安全生产情况进行了暗访检查。"
    assert inspection_facts(text, None, None, "2023-05-01").inspector == "某市应急管理局"


def test_a_county_bureau_checking_jointly_with_another_is_the_inspector():
    text = "2020年7月27日-29日，县住房和城乡建设局联合县农业农村局对12个乡镇环境整治情况进行了检查。"
    assert inspection_facts(text, None, None, None).inspector == "县住房和城乡建设局"


def test_the_team_a_body_formed_for_the_check_is_the_inspector():
    text = "2024年9月10日至9月20日，县安委办组织县应急管理局、县住建局等部门组成明查暗访组，对全县重点行业开展了明查暗访。"
    assert inspection_facts(text, None, None, None).inspector == "明查暗访组"


def test_a_body_that_formed_a_team_by_a_passive_clause_or_checked_rectification_is_no_inspector():
    text = "由市安监局执法人员和专家组成的暗访组，深入企业开展暗访。"
    assert inspection_facts(text, None, None, None).inspector is None
    text = "工作专班对该镇22个问题的整改情况进行了全面梳理检查。"
    assert inspection_facts(text, None, None, None).inspector is None


# --- a repost's note of the original heading -------------------------------------------------------------------------

def test_an_original_heading_naming_a_bulletin_is_the_title():
    assert facts.original_title(list(enumerate(["…", "原标题：关于2023年度市直单位巡察整改情况的通报"])))[0] == "关于2023年度市直单位巡察整改情况的通报"


def test_an_original_heading_naming_a_report_in_brackets_is_the_title():
    assert facts.original_title(list(enumerate(["（原标题：某县审计局关于审计发现问题整改情况的报告）"])))[0] == "某县审计局关于审计发现问题整改情况的报告"


def test_an_original_heading_naming_an_announcement_is_the_title():
    assert facts.original_title(list(enumerate(["原标题:某区第二轮生态环境保护督察反馈问题整改情况公示"])))[0] == "某区第二轮生态环境保护督察反馈问题整改情况公示"


def test_an_original_news_headline_is_no_title():
    assert facts.original_title(list(enumerate(["原标题:某市9轮巡视守护民生用电底线"])))[0] is None


# --- an attachment named as the document -----------------------------------------------------------------------------

def test_an_attached_problem_list_is_the_title_of_a_notice_without_one():
    lines = ["各乡镇卫生院：", "现将督查问题清单印发给你们，请迅速整改。", "附件：2024年二季度医疗质量督查问题清单"]
    assert facts.attachment_title(lines, None) == "2024年二季度医疗质量督查问题清单"


def test_an_attached_task_list_replaces_a_headline_that_only_says_it_was_made_public():
    lines = ["某县公布第三轮巡察整改任务清单", "附件:某县第三轮巡察反馈问题整改任务清单"]
    assert facts.attachment_title(lines, lines[0]) == "某县第三轮巡察反馈问题整改任务清单"


def test_an_attached_rectification_plan_named_with_its_file_type_is_the_title():
    lines = ["附件1：某局审计发现问题整改方案.docx"]
    assert facts.attachment_title(lines, None) == "某局审计发现问题整改方案"


def test_an_attachment_beside_a_documents_own_title_or_among_others_is_no_title():
    assert facts.attachment_title(["附件：某局巡察整改台账"], "某局关于巡察整改进展情况的通报") is None
    assert facts.attachment_title(["附件1：某局巡察整改台账", "附件2：某局巡察整改方案"], None) is None
    assert facts.attachment_title(["附件：联系人名单"], None) is None


# --- blanks printed at a joint between bodies ------------------------------------------------------------------------

def test_a_joint_issuer_keeps_the_blank_printed_between_its_two_bodies():
    text = ("中共某市委 某市人民政府\n关于第二轮省级生态环境保护督察整改落实情况的报告\n"
            "2023年5月1日至6月1日，省第三生态环境保护督察组对某市开展了督察。\n"
            "中共某市委 某市人民政府\n2024年1月5日\n")
    assert parse_text(text).issuer == "中共某市委 某市人民政府"


def test_a_title_keeps_the_blank_printed_between_the_body_and_its_document():
    text = "中共某县交通运输局党组 关于县委巡察整改进展情况的通报\n根据县委统一部署，现将整改情况通报如下。\n"
    assert parse_text(text).title == "中共某县交通运输局党组 关于县委巡察整改进展情况的通报"


def test_a_title_keeps_the_blank_printed_between_two_offices_that_issue_it():
    text = "中共某区委办公室 某区人民政府办公室关于巡察整改情况的报告\n现将有关情况报告如下。\n"
    assert parse_text(text).title == "中共某区委办公室 某区人民政府办公室关于巡察整改情况的报告"


def test_a_blank_a_page_wrapped_inside_a_phrase_is_dropped():
    text = "关于某市2022年度市级预算执行和 其他财政收支审计查出问题整改情况的报告\n现将有关情况报告如下。\n"
    assert parse_text(text).title == "关于某市2022年度市级预算执行和其他财政收支审计查出问题整改情况的报告"


# --- a card's index before its heading; a reply under a plan's name ---------------------------------------------------

def test_a_card_index_before_a_plan_heading_is_dropped():
    assert facts.clean_title("第一篇:某煤矿安全隐患整改方案") == "某煤矿安全隐患整改方案"


def test_a_card_index_in_arabic_numerals_before_a_report_heading_is_dropped():
    assert facts.clean_title("第2篇：某小学食堂自查整改报告") == "某小学食堂自查整改报告"


def test_a_card_index_with_a_full_width_colon_before_a_notice_heading_is_dropped():
    assert facts.clean_title("第十篇：关于某局审计整改情况的通报") == "关于某局审计整改情况的通报"


def test_the_word_pian_inside_a_heading_is_kept():
    assert facts.clean_title("关于第一篇章工作整改方案") == "关于第一篇章工作整改方案"


def test_a_reply_saying_the_faults_are_put_right_under_a_plan_heading_is_a_bulletin():
    text = "区煤炭局：\n检查发现我矿存在多方面问题，所有隐患都已整改到位，现回复如下：\n第一条：井口未挂牌。"
    assert facts.kind_of("某煤矿隐患整改方案", text) == "bulletin"


def test_a_plan_that_says_nothing_is_done_stays_a_plan():
    text = "区煤炭局：\n针对检查发现的问题，制定整改方案如下：\n第一条：井口未挂牌。"
    assert facts.kind_of("某煤矿隐患整改方案", text) == "plan"


# --- a team formed on a dated day whose check found the faults --------------------------------------------------------

def test_a_joint_acceptance_team_formed_on_a_day_that_found_faults_dates_a_one_day_check():
    text = ("2011年9月5日，省煤矿安全监察局某分局、某市煤炭局和某区人民政府组成联合验收组，对我矿技术改造进行竣工验收，"
            "在现场检查过程中，发现我矿还存在多方面的问题。")
    out = inspection_facts(text, None, None, None)
    assert (out.start, out.end, out.inspector) == ("2011-09-05", "2011-09-05", "联合验收组")


def test_a_joint_check_team_formed_on_a_day_that_found_hazards_dates_a_one_day_check():
    text = "2022年6月14日，县应急局、县消防救援大队组成联合检查组，对某化工厂进行了安全检查，现场发现隐患7处。"
    out = inspection_facts(text, None, None, None)
    assert (out.start, out.end, out.inspector) == ("2022-06-14", "2022-06-14", "联合检查组")


def test_an_assessment_team_formed_on_a_day_that_found_problems_dates_a_one_day_check():
    text = "2020年11月3日，市卫健委、市医保局组成专家评估组，对某医院开展了等级评审评估，发现问题12个。"
    out = inspection_facts(text, None, None, None)
    assert (out.start, out.end) == ("2020-11-03", "2020-11-03")


def test_a_team_formed_to_accept_the_rectification_is_no_check():
    text = "2011年10月3日，区煤炭局和区应急局组成验收组，对我矿整改情况进行了验收，发现所有隐患已整改到位。"
    assert inspection_facts(text, None, None, None).start is None
