"""Session 16 round 2, helper hf: headline figures, dates and document fields of news about checks and of
rectification reports, as set H showed the genre.

Every text here is constructed (no sentence is copied from a labelled document); each rule has a positive and a
near-miss negative test."""
from __future__ import annotations

import io

from zhenggai.importer import extract
from zhenggai.importer.parse import facts, parse_text
from zhenggai.importer.parse.inspection import inspection_facts

from tests.importer.helpers import settled_pair as _figures, check_dates as _dates


# --- hazards a check found are its problems -------------------------------------------------------------------

def test_hazards_found_by_a_fire_check_are_read_as_problems_and_those_fixed_on_the_spot_as_done():
    assert _figures("本次检查共走访商铺40家，发现火灾隐患27处，当场督促整改火灾隐患20处，下发整改通知书7份。") == (27, 20)


def test_hazards_found_then_rectified_under_supervision_give_total_and_done():
    assert _figures("据统计，检查组共检查场所210家，发现隐患380处，督促整改351处。") == (380, 351)


def test_hazards_found_with_no_rectified_count_give_the_total_alone():
    assert _figures("两天时间里，检查组共发现燃气安全隐患45处，现场反馈，限期整改。") == (45, None)


def test_hazards_reported_or_rectified_in_a_campaign_are_not_a_check_s_findings():
    assert _figures("各乡镇上报隐患230处，已全部录入系统。") == (None, None)
    assert _figures("今年以来，全市共排查出安全隐患1200处，整改1100处。") == (None, None)
    assert _figures("全区排查整治隐患560处。") == (None, None)


def test_approximate_hazard_counts_are_not_figures():
    assert _figures("专项行动中日均发现火灾隐患120余处。") == (None, None)
    assert _figures("全省共发现隐患16.67万处。") == (None, None)


# --- a done count vouched for by what is left --------------------------------------------------------------------

def test_a_done_count_and_the_rest_that_add_up_to_the_total_give_the_done_count():
    text = "督导组本月共计发现问题32处，涉及占道经营、垃圾乱堆等方面。截至目前，已整改19处，剩余13处正在整改中。"
    assert _figures(text) == (32, 19)
    assert _figures("共交办问题40个，截至5月8日整改问题26个，未整改问题14个。") == (40, 26)


def test_a_done_count_whose_rest_does_not_add_up_is_left_alone():
    text = "督导组本月共计发现问题32处。截至目前，已整改19处，剩余10处正在整改中。"
    assert _figures(text) == (32, None)


def test_problems_cleared_after_their_total_are_done():
    assert _figures("各地共排查出河湖“四乱”问题820个，截至2020年6月，已完成清理整治790个。") == (820, 790)


def test_problems_cleared_in_another_counter_are_not_the_done_count():
    assert _figures("各地共排查出河湖“四乱”问题820个，截至2020年6月，已完成清理整治河道790公里。") == (820, None)


# --- dates of a check told in a news lead --------------------------------------------------------------------------

def test_a_period_with_a_hyphen_under_a_page_date_takes_the_page_s_year():
    text = "发布日期：2019-05-20 10:11\n5月14-15日，镇纪委抽调人员对各村人居环境整治开展情况进行专项督查，逐户查看。"
    assert _dates(text, "2019-05-20") == ("2019-05-14", "2019-05-15")


def test_a_period_named_only_as_a_time_without_a_check_is_not_dated():
    text = "5月14-15日，镇里举办了农民丰收节，各村参加。"
    assert _dates(text, "2019-05-20") == (None, None)


def test_a_period_followed_by_what_its_checks_counted_is_the_inspection_s():
    text = "据统计，3月1日至4月30日，共检查各类场所1200家，发现隐患300处。"
    assert _dates(text, "2018-05-03") == ("2018-03-01", "2018-04-30")


def test_a_period_followed_by_a_count_of_something_else_is_not_read():
    text = "据统计，3月1日至4月30日，全市共接待游客1200万人次。"
    assert _dates(text, "2018-05-03") == (None, None)


def test_two_days_in_a_row_listed_are_a_two_day_check():
    text = "9月3日、4日，县整治办分三组，对全县农村环境卫生工作进行了暗访。"
    assert _dates(text, "2015-09-08") == ("2015-09-03", "2015-09-04")


def test_two_days_listed_further_apart_are_not_a_span():
    text = "9月3日、9日，县整治办分三组，对全县农村环境卫生工作进行了暗访。"
    assert _dates(text, "2015-09-12") != ("2015-09-03", "2015-09-09")


def test_a_one_morning_visit_in_a_news_lead_with_a_reporter_byline_is_a_one_day_check():
    text = "本报讯(记者 王某)11月3日上午，市安委办专家组一行到我区调研指导安全生产工作，实地检查了我院。"
    assert _dates(text, "2016-11-04") == ("2016-11-03", "2016-11-03")


def test_a_meeting_in_a_news_lead_is_not_a_one_day_check():
    text = "本报讯(记者 王某)11月3日上午，市安委办召开安全生产工作会议，部署冬季检查工作。"
    assert _dates(text, "2016-11-04") == (None, None)


def test_a_day_after_a_purpose_clause_citing_numbered_documents_dates_a_patrol():
    text = ("为认真贯彻落实省水利厅《关于深入推进“清四乱”的通知》(某水发〔2021〕5号)文件要求，6月9日，县水利局工作专班"
            "一行深入某水库开展“清四乱”督导巡查。")
    assert _dates(text, "2021-06-10") == ("2021-06-09", "2021-06-09")


def test_a_day_after_a_purpose_clause_that_opens_a_meeting_is_not_a_check():
    text = "为认真贯彻落实省水利厅《关于深入推进“清四乱”的通知》(某水发〔2021〕5号)文件要求，6月9日，县水利局召开专题会议。"
    assert _dates(text, "2021-06-10") == (None, None)


def test_a_one_day_unannounced_visit_with_a_revisit_is_a_one_day_check():
    text = "3月12日，县整治办分两组，对全县农村环境卫生整治工作暗访和回访。"
    assert _dates(text, "2017-03-15") == ("2017-03-12", "2017-03-12")


def test_a_regulator_s_decision_handed_down_after_its_check_is_the_feedback():
    text = ("前期，某证监局对公司进行了现场检查，并于2013年4月8日下发了《关于对某股份有限公司采取责令改正措施的决定》。"
            "公司高度重视，逐条整改。")
    assert inspection_facts(text, None, None, None).feedback_date == "2013-04-08"


def test_a_notice_of_work_handed_down_is_not_feedback():
    text = "某局于2013年4月8日下发了《关于开展安全生产大检查工作方案的通知》。公司高度重视，逐条落实。"
    assert inspection_facts(text, None, None, None).feedback_date is None


# --- page dates ---------------------------------------------------------------------------------------------------

def test_a_page_date_with_its_time_and_a_counter_is_the_report_date():
    assert facts.meta_date(["2015-06-03 08:12:40人气:", "某镇环境卫生整治通报"]) == "2015-06-03"
    assert facts.meta_date(["2015-06-03 08:12 浏览次数："]) == "2015-06-03"


def test_a_date_followed_by_a_sentence_is_not_a_page_date():
    assert facts.meta_date(["2015-06-03 08:12 会议在县委召开，参加人员：各乡镇"]) is None


def test_a_document_site_s_published_in_line_is_the_page_date():
    assert facts.meta_date(["约3千字", "2024-02-05 发布于河南"]) == "2024-02-05"


def test_a_date_published_with_more_words_is_not_that_line():
    assert facts.meta_date(["该文于2024-02-05 发布于河南某县政府网站，阅读量过万。"]) is None


# --- kinds ------------------------------------------------------------------------------------------------------

def test_a_list_of_rectification_progress_is_a_bulletin():
    assert facts.kind_of("某省环境保护督察反馈意见整改进展清单", "") == "bulletin"


def test_a_list_of_rectification_tasks_is_a_plan():
    assert facts.kind_of("某省环境保护督察反馈意见整改任务清单", "") == "plan"


# --- a ledger workbook's disclosure cover ---------------------------------------------------------------------------

def _workbook(cover: list[tuple], ledger: list[tuple]) -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基本信息"
    for r in cover:
        ws.append(list(r))
    ws2 = wb.create_sheet("整改台账")
    for r in ledger:
        ws2.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


_LEDGER = [("序号", "反馈问题", "整改措施", "责任股室", "整改时限", "整改进展"),
           (1, "学习制度执行不严格", "1.制定学习计划", "办公室", "2023年6月底", "已完成"),
           (2, "财务报销审核不规范", "1.修订报销办法", "财务股", "2023年7月底", "推进中")]


def test_a_disclosure_cover_with_paired_fields_gives_title_date_inspection_and_figures():
    cover = [("文件名称", "中共某县林业局党组巡察整改台账", "索引号", "abc/2023-01"),
             ("成文日期", "2023年08月02日", "公开日期", "2023年08月03日"),
             ("内容概述", "县委第二巡察组于2023年3月1日至4月20日对县林业局党组开展了常规巡察，2023年5月10日反馈问题2个。"
                          "截至2023年7月底，已完成整改1个；建立完善制度3项。")]
    r = extract.extract_bytes(_workbook(cover, _LEDGER), "x.xlsx").ledger
    assert r.title == "中共某县林业局党组巡察整改台账"
    assert r.report_date == "2023-08-02"
    assert (r.inspection.start, r.inspection.end, r.inspection.feedback_date) == ("2023-03-01", "2023-04-20", "2023-05-10")
    assert (r.headline.problems_total, r.headline.problems_done, r.headline.rules_made) == (2, 1, 3)


def test_a_first_sheet_of_paired_notes_without_a_name_and_date_is_not_a_cover():
    cover = [("说明", "本表按季度更新", "备注", "无"),
             ("内容概述", "县委第二巡察组于2023年3月1日至4月20日对县林业局党组开展了常规巡察。")]
    r = extract.extract_bytes(_workbook(cover, _LEDGER), "x.xlsx").ledger
    assert r.inspection.start is None


# --- whole documents ---------------------------------------------------------------------------------------------

def test_a_fire_check_news_page_reads_its_page_date_period_and_figures():
    text = ("某市夏季消防检查发现隐患逾千处\n\n05.08.2016  09:30\n\n"
            "据统计，6月1日至7月31日，共检查各类单位1500家，发现隐患1240处，督促整改1200处，下发责令改正通知书300份。")
    r = parse_text(text)
    assert r.report_date == "2016-08-05"
    assert (r.inspection.start, r.inspection.end) == ("2016-06-01", "2016-07-31")
    assert (r.headline.problems_total, r.headline.problems_done) == (1240, 1200)


def test_hazards_found_by_each_department_in_turn_give_no_total():
    text = "市住建局共检查工地40个，发现隐患36处。市市场监管局检查单位300家，发现隐患520处，整改500处。"
    assert _figures(text) == (None, None)


def test_hazards_found_at_some_of_the_places_are_a_subset():
    assert _figures("某省部分地方自查浅尝辄止，督导组检查的20家企业仍发现隐患31项。") == (None, None)


# --- counts that are not the inspection's total --------------------------------------------------------------------

def test_a_numbered_batch_of_petitions_handed_over_is_not_the_total():
    text = ("督察组进驻以来，陆续收到群众来信来电举报。6月9日，督察组向我市交办第三批群众举报投诉问题30件。"
            "当日，领导小组办公室已将第三批30个环境问题全部转交各县区办理。")
    assert _figures(text) == (None, None)


def test_problems_an_inspection_found_in_its_first_batch_of_findings_are_still_counted():
    assert _figures("督察组反馈第一批问题清单，共反馈问题30个，已完成整改12个。") == (30, 12)


def test_a_count_before_etc_closing_a_list_of_findings_is_not_a_total():
    assert _figures("该点位存在无导视牌;地面破损2处等问题已按时整改到位。") == (None, None)


def test_a_count_of_problems_after_etc_is_the_total():
    assert _figures("督查组发现占道经营、垃圾乱堆等12个问题，已整改8个。") == (12, 8)


def test_problems_said_to_exist_at_the_places_checked_closing_a_list_are_the_total():
    text = ("两个督查组共暗访了4个乡镇20个村,12个村未发现垃圾乱堆问题,其他8个村不同程度存在保洁不落实、垃圾乱倒、"
            "沟渠堵塞等14个问题;另外一个组回访了3月2日检查发现的1个乡镇2个村的3个问题。")
    assert _figures(text) == (14, None)


def test_a_count_after_a_list_that_names_no_problems_is_not_governed_by_existing():
    text = "其他8个村不同程度存在保洁不落实、垃圾乱倒等情况,涉及14户。"
    assert _figures(text) == (None, None)


def test_a_headline_naming_the_team_its_day_and_its_visit_dates_a_one_day_check():
    text = "美文网首页第二督导组5月9日深入某某街道办事处进行督导检查工作第二督导组,今日对辖区小区进行了督导检查。"
    assert _dates(text, "2019-05-09") == ("2019-05-09", "2019-05-09")


def test_a_team_s_day_followed_by_a_meeting_is_not_a_visit():
    text = "第二督导组5月9日在区政府召开督导工作座谈会,听取汇报。"
    assert _dates(text, "2019-05-09") == (None, None)


def test_a_check_date_column_giving_one_day_on_every_row_dates_a_one_day_check():
    text = ("抽查时间\n被抽查单位\n发现问题个数\n问题清单\n2023.5.16\n某镇中心小学\n2\n1.留样不足。\n2.台账不全。\n"
            "2023.5.16\n某镇幼儿园\n1\n1.消毒柜损坏。")
    assert _dates(text, "2023-06-01") == ("2023-05-16", "2023-05-16")


def test_a_check_date_column_with_different_days_gives_no_date():
    text = ("抽查时间\n被抽查单位\n发现问题个数\n2023.5.16\n某镇中心小学\n2\n"
            "2023.5.18\n某镇幼儿园\n1")
    assert _dates(text, "2023-06-01") == (None, None)


# --- a listed company's announcement title ---------------------------------------------------------------------

def test_a_listed_company_s_title_split_after_its_announcement_header_is_joined():
    text = ("某文库网站首页\n\n简介:小编为你整理了多篇相关的《某某股份有限公司关于某监管局现场检查问题》,但愿对你有帮助,当然还可以找到更多。\n\n"
            "证券代码:600001 股票简称:某某股份 公告编号:临2015-021 某某股份有限公司关于\n\n某监管局现场检查相关问题的整改报告\n\n"
            "本公司及董事会全体成员保证公告内容不存在虚假记载。前期,某监管局对公司进行了现场检查。")
    r = parse_text(text)
    assert r.title == "某某股份有限公司关于某监管局现场检查相关问题的整改报告"
    assert r.kind == "bulletin"


def test_an_announcement_header_without_a_title_after_it_gives_none_of_its_own():
    assert facts._listed_company_title([(0, "证券代码:600001 股票简称:某某股份 公告编号:临2015-021"),
                                        (1, "本公司及董事会全体成员保证公告内容不存在虚假记载,误导性陈述。")]) is None


def test_a_fed_back_problem_named_by_its_number_and_its_rectification_is_no_feedback_date():
    text = "11月16日，市整改办组织验收组，对某县中央生态环境保护督察反馈问题第9项整改情况进行了现场验收。"
    assert inspection_facts(text, None, None, "2020-11-21").feedback_date is None


def test_feedback_given_on_a_day_is_still_read_beside_that_rule():
    text = "2020年11月16日，督察组向某县反馈了督察意见，指出问题第9项。"
    assert inspection_facts(text, None, None, "2020-11-21").feedback_date == "2020-11-16"
