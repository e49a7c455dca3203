"""Session 16, helper gf: headline figures, dates and document fields of the genre as set G showed it.

Every text here is constructed (no sentence is copied from a labelled document); each rule has a positive and a
near-miss negative test."""
from __future__ import annotations

import io

import pytest

from zhenggai.importer import extract
from zhenggai.importer.parse import facts, headline, parse_bytes, parse_text
from zhenggai.importer.parse.inspection import inspection_facts

from tests.importer.helpers import settled_pair as _figures


# --- problem points are problems -------------------------------------------------------------------------------

def test_a_count_of_illegal_points_all_rectified_is_read_as_total_and_done():
    assert _figures("今年5处自然保护地违法违规点位整改已全部完成，复绿面积共计3000平方米。") == (5, 5)


def test_problem_points_counted_noun_first_and_signed_off_are_read_as_total_and_done():
    assert _figures("全县“绿盾”遥感监测问题点位共9个，分布在两个保护区内，已于去年年底前完成整改并申请销号。") == (9, 9)
    assert _figures("4处问题点位均已整改完成。") == (4, 4)


def test_points_checked_are_not_problems():
    assert _figures("督察组共现场核查点位120个，调查的13个点位均反馈问题。") == (None, None)


def test_a_done_count_of_points_with_the_rest_in_progress_gives_no_total():
    assert _figures("已完成6个违法违规问题点位整改，剩余2个点位正在推进。") == (None, 6)


def test_a_count_of_points_with_no_finding_and_no_state_is_not_read():
    assert _figures("该县有12处违法违规点位位于保护区实验区。") == (None, None)


# --- a notice publishing what was done -------------------------------------------------------------------------

def test_a_notice_publishing_the_problems_it_says_were_done_counts_them_as_total_and_done():
    assert _figures("我局积极推进问题整改，已完成3个问题整改工作，现将整改情况公示如下：") == (3, 3)


def test_a_done_count_not_followed_by_its_publication_is_only_a_done_count():
    assert _figures("我局积极推进问题整改，已完成3个问题整改工作。") == (None, 3)


# --- suspected problems ----------------------------------------------------------------------------------------

def test_suspected_problems_checked_are_not_the_total_the_ones_needing_rectification_are():
    text = "已完成上半年共计20个疑似问题核查，其中有3个问题需要整改，现均按要求加以整改。"
    assert _figures(text) == (3, 3)


def test_suspected_problems_alone_give_no_total():
    assert _figures("已完成上半年共计20个疑似问题核查。") == (None, None)
    assert _figures("下发疑似问题12个。") == (None, None)


def test_a_requirement_that_all_be_rectified_is_not_a_done_count():
    assert _figures("排查发现问题3个，要求各单位均按要求加以整改。") == (3, None)


# --- a finding verb heading a list of aspects, the problems qualified after it ---------------------------------

def test_problems_qualified_after_their_aspects_are_counted_by_the_finding_verb_heading_the_list():
    assert _figures("督查组共梳理市容卫生、宣传氛围、基础设施等方面不达标问题58个。") == (58, None)


def test_qualified_problems_with_no_finding_verb_are_not_a_total():
    assert _figures("全市市容卫生、宣传氛围等方面不达标问题58个。") == (None, None)


# --- problems left undone --------------------------------------------------------------------------------------

def test_the_problems_still_undone_are_not_a_done_count():
    assert _figures("巡察反馈9个问题，已完成整改6个。对尚未完成的3个问题，将倒排工期。") == (9, 6)
    assert _figures("反馈问题10个，已完成8个。对未整改完成的2个问题，将持续推进。") == (10, 8)


def test_the_problems_already_done_are_still_a_done_count():
    assert _figures("对已完成的5个问题开展回头看。") == (None, 5)


# --- a page's line of facts ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["2020-12-21观察者网", "2020-12-21 某某新闻网", "©原创2018-12-07 15:34云上某地",
                                  "2018-12-25本文已影响0人某作者"])
def test_a_line_of_page_facts_opening_with_a_date_dates_the_page(line):
    day = line.replace("©原创", "")[:10]
    assert facts.meta_date(["某局督查组暗访发现问题限时整改到位", line, "近日，某局召开会议。"]) == day


def test_a_sentence_opening_with_a_date_does_not_date_the_page():
    assert facts.meta_date(["某局督查组暗访发现问题", "2020-12-21，市委召开会议，部署整改工作。"]) is None


def test_a_line_of_page_facts_is_not_joined_to_the_headline_or_the_lead():
    text = ("市第三督导组到两个街道督导检查发现问题限时整改到位\n"
            "2019-05-21 本文已影响12人 某作者\n"
            "5月20日上午,市环境整治第三督导组对东街街道、西街街道进行实地督导检查,发现问题如下:其一,背街小巷垃圾清运不及时;"
            "其二,沿街商户占道经营。\n")
    r = parse_text(text)
    assert r.report_date == "2019-05-21"
    assert (r.inspection.start, r.inspection.end) == ("2019-05-20", "2019-05-20")


# --- one-day visits --------------------------------------------------------------------------------------------

def test_a_one_day_unannounced_visit_written_with_hao_after_a_news_dateline_is_the_start_and_end():
    text = ("某某新闻报道:11月8号,市创文指挥部启动第三次暗访督查行动,对城区部分广场、医院、宾馆进行了暗访,"
            "暗访结果如何呢?")
    ins = inspection_facts(text, None, None, "2019-11-09")
    assert (ins.start, ins.end) == ("2019-11-08", "2019-11-08")


def test_a_launch_with_no_visit_made_that_day_is_not_a_one_day_visit():
    ins = inspection_facts("11月8号,市创文指挥部启动集中攻坚暗访督查行动。", None, None, "2019-11-09")
    assert (ins.start, ins.end) != ("2019-11-08", "2019-11-08")


# --- feedback --------------------------------------------------------------------------------------------------

def test_feedback_of_the_inspections_findings_qualified_is_the_feedback():
    text = "2020年6月3日,县委第二巡察组召开专题会议向某镇党委反馈村级全覆盖巡察情况。"
    assert inspection_facts(text, None).feedback_date == "2020-06-03"


def test_a_body_reporting_its_own_rectification_is_not_feedback():
    assert inspection_facts("2020年6月3日,某镇党委向全体党员通报了整改情况。", None).feedback_date is None


def test_an_audit_report_handed_to_the_government_is_the_audits_feedback():
    text = "2023年7月18日，县审计局向县人民政府提交了2022年度县级预算执行情况的审计工作报告。"
    assert inspection_facts(text, None).feedback_date == "2023-07-18"


def test_another_report_handed_over_is_not_the_audits_feedback():
    assert inspection_facts("2023年7月18日，县审计局向县人民政府提交了年度工作总结。", None).feedback_date is None


# --- periods ---------------------------------------------------------------------------------------------------

def test_a_period_a_field_table_labels_as_the_inspections_is_read_though_the_next_field_is_feedback():
    text = ("报送单位某院党组巡察组别市委第三巡察组巡察时间2021年4月6日至5月20日意见反馈时间2021年6月8日\n"
            "根据市委统一部署,市委第三巡察组于2021年4月6日至5月20日对院党组开展了常规巡察,于2021年6月8日反馈了巡察意见。")
    ins = inspection_facts(text, None)
    assert (ins.start, ins.end, ins.feedback_date) == ("2021-04-06", "2021-05-20", "2021-06-08")


def test_days_the_feedback_was_given_over_are_not_the_period():
    ins = inspection_facts("市委第三巡察组于2021年6月8日至9日向院党组反馈了巡察意见。", None)
    assert ins.start is None


def test_a_later_inspection_told_with_its_feedback_is_the_one_reported():
    text = ("2015年5月4日至6月4日，中央第二督察组对某省开展了第一轮督察；2017年4月1日至5月1日，中央第六督察组对某省开展了"
            "督察“回头看”，并于2017年9月12日向某省反馈了“回头看”意见。现将整改情况公示如下：")
    ins = inspection_facts(text, None)
    assert (ins.start, ins.end, ins.feedback_date) == ("2017-04-01", "2017-05-01", "2017-09-12")


def test_the_first_inspection_stays_when_it_carries_the_feedback():
    text = ("2015年5月4日至6月4日，中央第二督察组对某省开展了督察，并于2015年8月3日向某省反馈了督察意见；"
            "2017年4月1日至5月1日，中央第六督察组对某省开展了督察“回头看”。")
    ins = inspection_facts(text, None)
    assert (ins.start, ins.end) == ("2015-05-04", "2015-06-04")


# --- a document whose problems are a table ---------------------------------------------------------------------

def _inspection():
    from zhenggai.importer.result import ParsedInspection, ParseResult
    return ParsedInspection(), ParseResult()


def test_a_table_documents_inspection_days_are_read_from_all_its_prose():
    ins, text_result = _inspection()
    paragraphs = ["某县人民政府关于审计查出问题整改情况的报告", "一、整改工作部署情况",
                  "2023年7月18日，县审计局向县人民政府提交了审计工作报告。县政府高度重视。", "1；预算管理；问题甲；已整改"]
    tables = [[["1", "预算管理", "问题甲", "已整改"]]]
    extract._text_inspection(ins, paragraphs, tables, text_result)
    assert ins.feedback_date == "2023-07-18"


def test_a_date_in_a_table_row_is_not_the_inspections():
    ins, text_result = _inspection()
    paragraphs = ["某县人民政府关于审计查出问题整改情况的报告", "1；2023年7月18日向县人民政府提交了审计工作报告；已整改"]
    tables = [[["1", "2023年7月18日向县人民政府提交了审计工作报告", "已整改"]]]
    extract._text_inspection(ins, paragraphs, tables, text_result)
    assert ins.feedback_date is None


# --- titles ----------------------------------------------------------------------------------------------------

def test_a_brief_is_a_title():
    assert facts.title_like("5月20日市第三督导组督导简报")


def test_brief_alone_is_not_a_title():
    assert not facts.title_like("简报")


def test_a_title_a_web_table_closes_with_empty_cells_is_the_title():
    assert facts.clean_title("关于2022年遥感监测问题线索销号的公示 | ||||||") == "关于2022年遥感监测问题线索销号的公示"
    assert facts.title_like("关于2022年遥感监测问题线索销号的公示 | ||||||")


def test_a_table_header_with_empty_cells_is_not_a_title():
    assert not facts.title_like("序号 | 问题描述 | 整改情况 | ||")


# --- the cover sheet of a workbook -----------------------------------------------------------------------------

def _workbook(cover_rows: list[list]) -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "封面"
    for row in cover_rows:
        cover.append(row)
    ledger = wb.create_sheet("台账")
    ledger.append(["县委第二巡察组反馈问题整改台账"])
    ledger.append(["序号", "反馈问题", "整改措施", "责任单位", "整改时限", "完成情况"])
    ledger.append([1, "议事规则不健全", "修订议事规则", "办公室", "2023年6月底", "已完成"])
    ledger.append([2, "采购程序不规范", "修订采购办法", "财务科", "2023年12月底", "正在推进"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_a_cover_sheet_gives_the_ledgers_title_issuer_dates_inspection_and_figures():
    data = _workbook([
        ["中共某县人民医院委员会巡察整改工作台账"],
        ["填报单位", "中共某县人民医院委员会（盖章）"],
        ["巡察组", "县委第二巡察组"],
        ["巡察时间", "2022年3月1日至4月15日"],
        ["反馈时间", "2022年5月10日"],
        ["整改总体情况", "反馈问题共2个，制定整改措施2条；已完成整改问题1个，正在推进1个。"],
        ["填报日期", "2022年9月30日"],
    ])
    r = parse_bytes(data, "ledger.xlsx")
    assert r.title == "中共某县人民医院委员会巡察整改工作台账"
    assert r.issuer == "中共某县人民医院委员会"
    assert r.report_date == "2022-09-30"
    ins = r.inspection
    assert (ins.inspector, ins.inspected) == ("县委第二巡察组", "中共某县人民医院委员会")
    assert (ins.start, ins.end, ins.feedback_date) == ("2022-03-01", "2022-04-15", "2022-05-10")
    h = r.headline
    assert (h.problems_total, h.problems_done, h.measures_total) == (2, 1, 2)


def test_a_first_sheet_of_notes_is_not_a_cover():
    data = _workbook([
        ["说明"],
        ["本表按季度更新，请各科室于每季度末前报送整改进展。"],
        ["如有疑问请联系党委办公室。"],
    ])
    r = parse_bytes(data, "ledger.xlsx")
    assert r.title == "县委第二巡察组反馈问题整改台账"
    assert r.report_date is None
    assert r.inspection.start is None


# --- a section on how far the goals were met -------------------------------------------------------------------

def test_a_section_on_the_goals_met_states_the_overall_figures():
    h = headline.Headline()
    headline.add_attachment_counts(h, ["三、整改措施落实情况", "点位一：看护房已拆除。", "四、整改目标完成情况",
                                       "3处问题点位均已整改完成。", "五、下步工作要求"])
    assert (h.problems_total, h.problems_done) == (3, 3)


def test_a_goals_section_opening_with_numbered_items_gives_no_overall_figures():
    h = headline.Headline()
    headline.add_attachment_counts(h, ["四、整改目标完成情况", "（一）3处问题点位均已整改完成。", "（二）制度已建立。"])
    assert (h.problems_total, h.problems_done) == (None, None)


# --- titles of a series, page furniture, names cut out ---------------------------------------------------------

def test_a_title_numbered_in_its_series_is_a_title():
    assert facts.title_like("某督察组转办信访件查处整改公示(第十二批)")
    assert facts.title_like("某县巡察整改工作简报（第5期）")


def test_a_heading_numbered_in_a_series_without_a_title_ending_is_not_a_title():
    assert not facts.title_like("某督察组转办信访件(第十二批)")


def test_an_article_source_line_with_the_page_counters_is_page_furniture():
    from zhenggai.importer.parse.normalize import is_chrome
    assert is_chrome("文章来源:某市环境保护局浏览量:发表时间:2018-12-12 16:52 责任编辑:信息办")


def test_a_sentence_about_an_articles_source_is_not_page_furniture():
    from zhenggai.importer.parse.normalize import is_chrome
    assert not is_chrome("文章来源于群众来信反映的问题，经核查属实，已于2018年12月整改完毕，相关阅读材料已归档。")


def test_a_name_cut_out_by_the_copying_site_names_no_issuer():
    assert facts.unmasked("(略)林业和草原局") is None


def test_a_templates_placeholder_name_stays_the_issuer():
    assert facts.unmasked("XX市XX镇") == "XX市XX镇"


def test_a_row_of_field_cells_ending_in_a_title_word_is_not_a_title():
    assert not facts.title_like("文件名称|2022年第八次县政府常务会议确定事项落实情况的通报|")
    assert not facts.title_like("发布机构|某市应急管理局 |主题分类|其他/通知 |")


# --- a field table's labels ------------------------------------------------------------------------------------

def test_a_field_label_run_into_the_teams_name_is_cut_off():
    text = ("报送单位某院党组巡察组别市委第三巡察组巡察时间2021年4月6日至5月20日\n"
            "根据市委统一部署,市委第三巡察组对院党组开展了常规巡察。")
    assert inspection_facts(text, None).inspector == "市委第三巡察组"


def test_a_team_named_in_prose_keeps_its_whole_name():
    assert inspection_facts("十二届县委第三轮巡察第二巡察组对某镇党委开展了常规巡察。", None).inspector == "十二届县委第三轮巡察第二巡察组"


def test_a_rounds_summary_is_a_title():
    assert facts.title_like("十届县委第二轮巡察工作综述")


def test_a_summary_word_inside_a_sentence_is_not_a_title():
    assert not facts.title_like("现将本轮巡察情况综述如下。")


def test_the_done_part_stated_right_after_a_count_of_problem_points_is_the_done_count():
    assert _figures("排查发现违法违规问题点位15处，已整改12处，其余正在推进。") == (15, 12)


def test_a_larger_count_after_the_points_is_not_their_done_count():
    assert _figures("排查发现违法违规问题点位15处，已整改20处。") == (15, None)


def test_confirmed_problem_points_after_suspected_ones_are_the_total():
    assert _figures("国家下发我市疑似问题点位25个，经核实，确认问题点位10个，已整改到位9个。") == (10, 9)


def test_suspected_problem_points_alone_are_no_total():
    assert _figures("国家下发我市疑似问题点位25个。") == (None, None)


def test_problem_points_counted_noun_first_and_all_rectified_are_total_and_done():
    assert _figures("自然保护地人类活动问题点位5个全部完成整改销号。") == (5, 5)


def test_a_cover_whose_labels_and_values_share_a_cell_is_read_alike():
    data = _workbook([
        ["某县自然资源局党组巡察整改台账"],
        ["填报单位：某县自然资源局党组"],
        ["巡察组：县委第二巡察组"],
        ["巡察时间：2022年3月1日至4月15日"],
        ["填报日期：2022年9月30日"],
    ])
    r = parse_bytes(data, "ledger.xlsx")
    assert (r.title, r.issuer, r.report_date) == ("某县自然资源局党组巡察整改台账", "某县自然资源局党组", "2022-09-30")
    assert (r.inspection.inspector, r.inspection.start, r.inspection.end) == ("县委第二巡察组", "2022-03-01", "2022-04-15")


def test_a_first_sheet_of_sentences_with_colons_is_not_a_cover():
    data = _workbook([
        ["填表说明：本表按季度更新。"],
        ["注意：请各科室于每季度末前报送整改进展，逾期将通报。"],
        ["联系人：党委办公室"],
    ])
    r = parse_bytes(data, "ledger.xlsx")
    assert r.title == "县委第二巡察组反馈问题整改台账"
    assert r.report_date is None and r.inspection.inspector is None
