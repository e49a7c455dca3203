"""Session 17, helper jf17: headline figures, inspection dates and document fields on set J (blind20-22). Each rule
with a constructed positive (a short text written here, in the genre) and a near miss it must leave alone."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.headline import headline_figures


# --- a kind of problem named by a region and a field, 9 to 12 characters between the count and 问题 --------------
def test_a_count_of_problems_named_by_a_region_and_a_field_is_the_total_with_its_done_count():
    h = headline_figures("截至目前,全省自查发现的108个长江上游流域生态环境问题,已整改完成97个,其余问题正在推进。")
    assert (h.problems_total, h.problems_done) == (108, 97)


def test_a_news_title_with_the_long_pair_gives_the_pair_before_a_later_campaign_count():
    h = headline_figures("58个沿江城市生态环境问题已整改完成41个\n"
                         "记者获悉,国家移交我省的58个沿江城市生态环境问题,已整改完成41个。此外,排查发现的7300个生态环境问题,已整改完成7012个。")
    assert (h.problems_total, h.problems_done) == (58, 41)


def test_a_long_span_holding_a_verb_is_no_kind_of_problem():
    h = headline_figures("县里派出12个督导组深入基层查找整改问题。")
    assert h.problems_total is None


# --- feedback opinions counted and said all done -----------------------------------------------------------------
def test_feedback_opinions_counted_and_all_done_are_the_problems_and_all_done():
    h = headline_figures("去年省环保督察组进驻我县,截至年底,督察组的9个反馈意见已按期完成整改,交办的30件信访件已全部办结。")
    assert (h.problems_total, h.problems_done) == (9, 9)


def test_feedback_opinions_still_being_rectified_give_no_total():
    h = headline_figures("督察组的9个反馈意见正在整改中,交办的30件信访件已全部办结。")
    assert h.problems_total is None


# --- a done count of bodies is not a done count of problems ------------------------------------------------------
def test_a_done_count_of_departments_checked_is_not_problems_done():
    h = headline_figures("近日,县审计局对整改责任单位开展督导,已完成6个部门单位的督导工作。")
    assert h.problems_done is None


def test_a_done_count_of_problems_is_still_read_in_a_supervision_notice():
    h = headline_figures("近日,县审计局对整改责任单位开展督导,审计指出的问题已完成整改6个。")
    assert h.problems_done == 6


# --- the body that leads the rectification between the noun and the count ---------------------------------------
def test_problems_fed_back_led_by_a_body_are_the_total_and_all_done_when_said_so():
    h = headline_figures("2021年市审计局对我镇进行了审计,反馈问题由镇财政所牵头整改3个,分别是甲;乙;丙。经整改,反馈问题均已整改完毕。")
    assert (h.problems_total, h.problems_done) == (3, 3)


def test_a_plan_goal_that_every_problem_be_done_is_no_done_count():
    h = headline_figures("审计反馈问题由镇财政所牵头整改3个。到2024年底,反馈的问题全部完成整改。")
    assert (h.problems_total, h.problems_done) == (3, None)


# --- an audit's count of its problems in the closing account -----------------------------------------------------
def test_an_audits_count_of_problems_in_a_closing_account_is_the_total_with_rules_and_done():
    h = headline_figures("对我单位审计的学校食堂改造项目问题5项,采纳审计建议3条,制定或修订相关规章制度2项。截至2024年6月底,已完成整改合计5项。")
    assert (h.problems_total, h.problems_done, h.rules_made, h.measures_total) == (5, 5, 2, None)


def test_an_audit_named_without_its_problems_counted_gives_no_total():
    h = headline_figures("对我单位审计的学校食堂改造项目提出审计建议3条。")
    assert h.problems_total is None


def test_a_closing_account_run_into_the_last_answer_gives_the_documents_figures():
    r = parse_text("某某中心关于审计整改结果的公告\n"
                   "根据县审计局的审计报告,我单位对照审计发现问题认真整改,现将整改结果公告如下:\n"
                   "1.多计工程费用2000元问题。\n整改情况:已核减多计的工程费用。\n"
                   "2.采购未公开招标问题。\n整改情况:组织学习了招标规定,严格执行招标程序。"
                   "对我单位审计的办公楼维修项目问题2项,制定相关规章制度1项。截至2024年5月底,已完成整改合计2项。")
    assert (r.headline.problems_total, r.headline.problems_done, r.headline.rules_made) == (2, 2, 1)


def test_a_last_answer_counting_something_else_gives_no_document_figures():
    r = parse_text("某某中心关于审计整改结果的公告\n"
                   "根据县审计局的审计报告,我单位对照审计发现问题认真整改,现将整改结果公告如下:\n"
                   "1.多计工程费用2000元问题。\n整改情况:已核减多计的工程费用。\n"
                   "2.采购未公开招标问题。\n整改情况:对近三年采购项目开展自查,发现问题5项,制定相关规章制度1项。")
    assert (r.headline.problems_total, r.headline.rules_made) == (None, None)


# --- named problems closed by their count ------------------------------------------------------------------------
def test_named_problems_closed_by_their_count_are_the_total():
    h = headline_figures("会议通报,如甲市垃圾填埋场渗滤液外溢、乙县砂石厂扬尘污染等2个问题,均为此前已上报完成整改的问题。")
    assert (h.problems_total, h.problems_done) == (2, None)


def test_examples_out_of_a_larger_count_are_not_the_total():
    h = headline_figures("会议通报,如甲市垃圾填埋场渗滤液外溢、乙县砂石厂扬尘污染等5个问题整改进展缓慢。")
    assert h.problems_total is None


# --- an inspection held in stints ---------------------------------------------------------------------------------
def test_an_inspection_in_two_stints_runs_from_the_first_day_to_the_last():
    r = parse_text("根据县委统一部署,2023年4月10日至4月20日、6月1日至6月30日,县委第二巡察组对县农业农村局党组开展了巡察。"
                   "8月5日,巡察组向县农业农村局党组反馈了巡察意见。")
    assert (r.inspection.start, r.inspection.end, r.inspection.feedback_date) == ("2023-04-10", "2023-06-30", "2023-08-05")


def test_a_single_day_after_a_period_is_no_second_stint():
    r = parse_text("根据县委统一部署,2023年4月10日至4月20日,县委第二巡察组对县农业农村局党组开展了巡察,6月1日反馈了巡察意见。")
    assert (r.inspection.start, r.inspection.end) == ("2023-04-10", "2023-04-20")


# --- a 信息公开 table's date cell is the document's, not the feedback's ------------------------------------------
def test_a_table_date_cell_after_its_label_is_not_the_feedback_day():
    r = parse_text("文件名称 | 某县林业局审计反馈问题整改情况公示 | |\n"
                   "文号 | 成文日期: | 2021年5月6日 | |\n"
                   "2021年省审计厅对某县开展了审计,反馈问题由县林业局牵头整改1个,现已整改完毕。\n某县林业局\n2021年5月10日")
    assert r.inspection.feedback_date is None


def test_a_dated_feedback_sentence_still_gives_the_feedback_day():
    r = parse_text("2021年3月1日至3月20日,省审计厅对某县林业局开展了审计,2021年4月2日反馈了审计意见。\n某县林业局\n2021年5月10日")
    assert r.inspection.feedback_date == "2021-04-02"


# --- a city menu's separator lines do not push the page date out of reach ----------------------------------------
_MENU = "".join(f"城{k}\n|\n" for k in range(20))


def test_a_page_date_under_a_long_menu_of_separators_is_the_report_date():
    r = parse_text(_MENU + "您所在的位置:首页>新闻详情\n某某局党组关于巡察整改进展情况的通报\n2023-05-06 09:10:11 来源:某某局\n"
                   "根据县委统一部署,县委巡察组对某某局党组开展了巡察,现将整改进展情况予以公布。")
    assert r.report_date == "2023-05-06"


def test_a_date_far_down_a_page_of_text_lines_is_not_the_page_date():
    lines = "".join(f"第{k}段说明文字,与日期无关。\n" for k in range(40))
    r = parse_text("某某局党组关于巡察整改进展情况的通报\n" + lines + "2023-05-06 09:10:11 来源:某某局\n")
    assert r.report_date is None


# --- a notice that a plan is public is a plan --------------------------------------------------------------------
def test_a_notice_that_a_task_list_is_public_is_a_plan():
    r = parse_text("2024年5月,省督察组向我县反馈了督察情况。我县制定了《某县督察整改任务清单》。整改任务清单包括20项整改任务、"
                   "60条整改措施,明确了整改责任单位和整改时限。现向社会进行公开,接受公众监督。")
    assert r.kind == "plan"
    assert (r.headline.problems_total, r.headline.measures_total) == (20, 60)


def test_a_notice_of_progress_on_a_task_list_stays_a_bulletin():
    r = parse_text("我县制定了《某县督察整改任务清单》,包括20项整改任务。截至目前,已完成整改15项。现向社会进行公开,接受公众监督。")
    assert r.kind == "bulletin"


def test_problems_handed_over_for_accountability_are_not_the_total():
    h = headline_figures("认真核查督察移交的6个责任追究问题,给予处分12人。督察反馈的45个问题,已完成整改39个。")
    assert (h.problems_total, h.problems_done) == (45, 39)


def test_named_problems_counted_before_a_stated_total_leave_the_total_to_it():
    h = headline_figures("会上指出,如甲县污水直排、乙县垃圾堆放等2个问题整改不到位。全市督察反馈问题20个,已完成整改18个。")
    assert (h.problems_total, h.problems_done) == (20, 18)


# --- a signing office split over two lines -----------------------------------------------------------------------
def test_a_signing_office_split_over_two_lines_is_one_issuer():
    r = parse_text("青石县关于督察反馈问题第5项整改任务验收销号的公示\n一、整改任务\n某河段黑臭水体问题。\n"
                   "二、整改完成情况\n已完成整改任务。\n公示期间,请社会各界予以监督。\n"
                   "青石县中央生态环境保护督察反馈意见\n整改工作领导小组办公室\n2021年6月1日")
    assert r.issuer == "青石县中央生态环境保护督察反馈意见整改工作领导小组办公室"
    assert r.report_date == "2021-06-01"


def test_a_closing_phrase_above_a_signing_office_is_not_part_of_it():
    r = parse_text("青石县关于督察反馈问题第5项整改任务验收销号的公示\n一、整改任务\n某河段黑臭水体问题。\n"
                   "二、整改完成情况\n已完成整改任务。\n特此公示\n青石县督察整改工作领导小组办公室\n2021年6月1日")
    assert r.issuer == "青石县督察整改工作领导小组办公室"


# --- a portal's page-title line with the site's crumbs before the title ------------------------------------------
def test_a_portal_page_title_line_gives_way_to_the_title_line_below_it():
    r = parse_text("某市人民政府门户网站 某市水务局 通知公告 中共某市水务局党组关于巡察整改情况的通报\n"
                   "当前位置:首页 > 政务公开 > 通知公告\n中共某市水务局党组关于巡察整改情况的通报\n来源:本网 时间:2023-03-01 10:00:00\n"
                   "根据市委统一部署,2022年5月9日至7月8日,市委第二巡察组对市水务局党组进行了巡察。现将巡察整改情况予以公开。")
    assert r.title == "中共某市水务局党组关于巡察整改情况的通报"
    assert r.issuer == "中共某市水务局党组"


def test_a_body_name_printed_over_the_title_stays_in_the_title():
    r = parse_text("中共某市水务局党组关于巡察整改情况的通报\n时间:2023-03-01 10:00:00\n中共某市水务局党组\n关于巡察整改情况的通报\n"
                   "根据市委统一部署,2022年5月9日至7月8日,市委第二巡察组对市水务局党组进行了巡察。现将巡察整改情况予以公开。")
    assert r.title == "中共某市水务局党组关于巡察整改情况的通报"


def test_periods_of_two_rounds_held_apart_are_not_stints_of_one():
    r = parse_text("2021年3月1日至3月30日、2022年5月6日至6月5日,县委巡察组对县水利局党组分别开展了两轮巡察。")
    assert r.inspection.end != "2022-06-05"


# --- problems counted as unfinished are the remainder, not the total ---------------------------------------------
def test_a_count_of_unfinished_problems_said_again_later_is_no_total():
    h = headline_figures("区政府近日对12个未完成整改的环境突出问题召开专题会督办。针对12个环境突出问题明确了牵头部门。")
    assert h.problems_total is None


def test_a_total_with_its_unfinished_part_after_it_keeps_the_total():
    h = headline_figures("督察反馈问题30个,已完成整改26个,4个未完成整改的问题正在推进。")
    assert (h.problems_total, h.problems_done) == (30, 26)
