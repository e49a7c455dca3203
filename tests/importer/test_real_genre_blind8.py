"""Rules added for what the held-out batch blind8 showed (issue 10, tests/importer/real/blind8).

Each test states the genre's structure with a constructed text, not a copy of a labelled document."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.inspection import inspection_facts

from tests.importer.helpers import headline_pair as _problems


# --- headline figures ---------------------------------------------------------------------
def test_a_total_then_its_done_part_in_one_clause_gives_both_figures():
    assert _problems("截至2021年6月底，32个具体问题有30个已完成整改，其余2个问题正在推进。") == (32, 30)
    assert _problems("督察反馈的18项问题中有15项已整改到位。") == (18, 15)


def test_a_done_count_after_its_total_introduced_by_qizhong_is_the_done_figure():
    assert _problems("巡察组进驻以来，共指出具体问题56个，其中48个已整改。") == (56, 48)
    assert _problems("反馈问题23个，其中有20个已经完成整改，3个正在整改。") == (23, 20)


def test_a_done_count_after_its_total_with_the_total_written_in_different_ways():
    assert _problems("巡视组指出的38个问题中，已有35个完成整改。") == (38, 35)
    assert _problems("反馈问题45个，39个已整改，6个正在整改。") == (45, 39)
    assert _problems("反馈问题45个，3个月内完成整改。") == (45, None)  # a time limit, not a done count


def test_tiao_counts_problems_like_ge_and_xiang():
    assert _problems("巡察组反馈了党的建设等6个方面19条具体问题，并提出了整改意见。") == (19, None)
    assert _problems("巡察组共指出问题28条，已整改26条。") == (28, 26)


def test_a_count_of_measures_or_suggestions_counted_in_tiao_is_not_a_count_of_problems():
    assert _problems("针对存在的问题，制定5条措施解决历史遗留问题。") == (None, None)


def test_a_count_of_problems_right_after_a_count_of_aspects_is_the_total_even_without_a_feedback_verb():
    assert _problems("会上通报了学院党委在政治建设、组织建设两大方面的12项问题。") == (12, None)
    assert _problems("主要集中在选人用人不够规范等7个方面22个问题。") == (22, None)


def test_a_pinyin_gloss_between_the_count_and_the_noun_does_not_hide_the_total():
    r = parse_text("\n".join([
        "市委第三巡察組巡察某醫院黨委情況反饋會召開",
        "會上，巡察組反饋了醫院黨委在黨的建設等兩大方面的28項(xiàng)問(wèn)題。",
        "醫院黨委書記作表態發言。",
    ]))
    assert r.headline.problems_total == 28


def test_problems_found_by_the_bodys_own_discipline_committee_are_not_the_inspections_total():
    text = ("在整改过程中，集团纪委通过听取汇报、现场督查等方式督促整改，现场督查4次，发现问题5个，提出整改建议5条。"
            "各子公司同步开展自查自纠。")
    assert _problems(text) == (None, None)
    assert _problems("局纪检组跟踪督办整改落实情况，共发现问题7个并督促立即整改。") == (None, None)
    # the inspection's own finds stay the total
    assert _problems("市委第二巡察组共发现问题31个，已移交相关问题线索2件。") == (31, None)
    assert _problems("省委第一督导组在督导期间发现问题12个，已反馈被督导单位。") == (12, None)


# --- document fields --------------------------------------------------------------------------
def test_an_unlabelled_date_at_the_top_of_a_page_is_its_date_when_nothing_better_is_given():
    r = parse_text("\n".join([
        "date 2024-03-18 ▲某省审计厅。（图／资料照片）",
        "记者综合报导",
        "某省审计厅日前公布了审计查出问题整改情况，各地各部门已完成整改的比例接近全面。",
    ]))
    assert r.report_date == "2024-03-18"
    plain = parse_text("\n".join([
        "2024-05-06 ▲某市生态环境局召开会议",
        "会议通报了督察反馈问题整改进展情况。",
    ]))
    assert plain.report_date == "2024-05-06"
    written = parse_text("\n".join([
        "2024年5月6日 ▲某市生态环境局召开会议",
        "会议通报了督察反馈问题整改进展情况。",
    ]))
    assert written.report_date == "2024-05-06"


def test_a_period_at_the_top_is_not_a_page_date():
    r = parse_text("\n".join([
        "2024-05-06至2024-06-06 督察组进驻期间",
        "会议通报了督察反馈问题整改进展情况。",
    ]))
    assert r.report_date is None


def test_a_source_line_naming_the_site_before_its_timestamp_gives_the_page_date_in_either_script():
    simplified = parse_text("\n".join([
        "来源:某某环保资讯网 2022-08-09 09:15:02",
        "从生态环境部获悉，第二轮中央生态环境保护督察整改情况已分批向社会公开。",
    ]))
    traditional = parse_text("\n".join([
        "來源:某某環保資訊網 2022-08-09 09:15:02",
        "從生態環境部獲悉，第二輪中央生態環境保護督察整改情況已分批向社會公開。",
    ]))
    assert simplified.report_date == traditional.report_date == "2022-08-09"
    piped = parse_text("来源：某某日报 | 2022年8月9日\n督察整改情况已分批向社会公开。")
    assert piped.report_date == "2022-08-09"


def test_a_report_read_at_a_meeting_without_a_year_takes_the_year_of_the_latest_date_it_reports():
    r = parse_text("\n".join([
        "受市政府委托，6月28日，市审计局局长在市人大常委会第十次会议上作了《关于2022年度市级预算执行审计查出问题整改情况的报告》。报告的主要内容如下：",
        "市政府高度重视审计整改工作，2023年3月2日召开常务会议专题部署。截至2023年5月底，审计查出的问题已整改大部分。",
    ]))
    assert r.report_date == "2023-06-28"
    later = parse_text("\n".join([
        "1月10日，县审计局局长在县人大常委会会议上作了《关于审计查出问题整改情况的报告》。",
        "截至2023年11月底，审计查出的问题已整改大部分。",
    ]))
    assert later.report_date == "2024-01-10"  # the day would come before the latest date: the next year


def test_a_long_team_name_is_not_cut_in_the_middle_of_a_word():
    ins = inspection_facts("记者了解到，十四届某某市委第三轮巡察乡村振兴领域专项巡察组进驻以来，发放交办函9份。", None)
    assert ins.inspector == "十四届某某市委第三轮巡察乡村振兴领域专项巡察组"


def test_a_page_date_and_photo_mark_run_into_the_inspector_are_not_part_of_its_name():
    ins = inspection_facts("date 2024-03-18▲某省审计厅。（图／资料照片）某省审计厅日前公布审计查出问题整改情况。", None)
    assert ins.inspector == "某省审计厅"


def test_a_count_before_a_team_is_kept_with_it():
    ins = inspection_facts("近日，15个省委巡视组陆续进驻42个单位开展常规巡视。", None)
    assert ins.inspector == "15个省委巡视组"


# --- a one-task notice in fixed sections ---------------------------------------------------
def test_a_one_task_signoff_notice_in_labelled_sections_is_one_problem_numbered_by_its_task():
    r = parse_text("\n".join([
        "根据督察整改工作要求，现将我县第二轮省生态环境保护督察反馈意见（序号15）整改销号情况公示如下：",
        "一、督察反馈问题",
        "部分乡镇污水处理设施运行不正常，管网配套建设滞后。",
        "二、整改目标",
        "乡镇污水处理设施稳定运行，出水达标。",
        "三、整改落实情况",
        "县住建局完成12个乡镇管网改造，设施全部恢复运行，经第三方检测出水达标。",
        "四、下一步工作打算",
        "按照“长期坚持”的要求，持续加强运维监管。",
        "公示时间：2022年3月1日至3月7日。",
    ]))
    assert r.reading == "notice"
    assert [(p.seq, p.category, p.title, p.status, p.measure_count) for p in r.problems] == [
        (15, "督察反馈问题", "部分乡镇污水处理设施运行不正常，管网配套建设滞后", "long_term", 1)]


def test_a_signoff_notice_whose_result_says_it_is_done_is_done_whatever_the_next_steps_say():
    r = parse_text("\n".join([
        "现将反馈意见（第7项）整改销号情况公示如下：",
        "一、反馈意见",
        "城区黑臭水体整治不到位。",
        "二、整改目标",
        "消除城区黑臭水体。",
        "三、整改完成情况",
        "已完成整改。完成3条河道清淤和截污工程，水质达到要求。",
        "四、下一步措施",
        "长期坚持巡河制度。",
    ]))
    assert [(p.seq, p.status) for p in r.problems] == [(7, "done")]


def test_labelled_sections_without_a_problem_section_are_not_a_notice():
    r = parse_text("\n".join([
        "一、整改目标",
        "全面完成反馈问题整改。",
        "二、整改完成情况",
        "已完成整改。",
        "三、下一步工作打算",
        "巩固整改成果。",
    ]))
    assert r.reading != "notice"


# --- findings inline in one paragraph ------------------------------------------------------
def test_findings_run_together_in_one_paragraph_are_separate_problems():
    body = ("某县审计局关于专项审计调查结果的公告 依据审计法的规定，县审计局对全县重点项目推进情况进行了专项审计调查。"
            "现将审计结果公告如下: 一、基本情况 (一)项目安排:全年安排重点项目40个。 (二)保障措施:一是成立工作专班;二是建立台账。"
            " 二、审计发现的主要问题及整改情况 (一)关于“城东污水管网项目”未按期开工问题。目前已完成招标，项目已开工建设。"
            " (二)关于“农贸市场改造项目”资金拨付滞后问题。主管部门正在办理拨付手续，预计下月拨付到位。"
            " 三、审计建议 (一)加强统筹协调。各单位要及时解决项目建设中的困难。 (二)强化督促检查。县工作专班要定期通报进度。")
    r = parse_text("\n".join(["审计结果公告", "", body]))
    assert [(p.seq, p.category, p.title, p.measure_count) for p in r.problems] == [
        (1, "审计发现的主要问题及整改情况", "“城东污水管网项目”未按期开工", 1),
        (2, "审计发现的主要问题及整改情况", "“农贸市场改造项目”资金拨付滞后", 1),
    ]


def test_a_paragraph_that_only_mentions_a_first_and_second_point_in_passing_is_not_split():
    r = parse_text("\n".join([
        "某局关于巡察整改进展情况的通报",
        "按照要求，我局认真组织整改。整改工作分为两个阶段：一、自查阶段，各科室对照反馈意见逐条自查；"
        "二、整改阶段，逐项落实整改措施，关于“三重一大”制度执行的问题已完成整改。",
        "下一步，我局将持续巩固整改成果。",
    ]))
    assert r.problems == []


def test_an_audit_findings_status_is_read_from_its_one_paragraph_account_when_no_label_states_it():
    r = parse_text("\n".join([
        "某区审计局关于审计查出问题整改情况的公告",
        "一、审计查出的主要问题及整改情况",
        "（一）关于“区体育馆项目”竣工决算滞后问题。决算报告已经财政部门审核批复，资产已移交使用单位。",
        "（二）关于“老旧小区改造项目”进度缓慢问题。目前已完成3个小区改造，其余2个正在施工，预计年底前完工。",
        "（三）关于部分专项资金未及时拨付问题。主管部门会同财政部门研究拨付方案。",
    ]))
    assert [(p.seq, p.status, p.measure_count) for p in r.problems] == [(1, "done", 1), (2, "in_progress", 1), (3, None, 1)]


def test_a_report_named_in_its_lead_takes_that_name_as_title_when_the_copy_has_no_title_line():
    r = parse_text("\n".join([
        "受县政府委托，9月2日，县审计局局长在县人大常委会第八次会议上作了《关于2023年度县级预算执行和其他财政收支审计查出问题整改情况的报告》。",
        "截至2024年7月底，审计查出的问题已整改大部分。",
    ]))
    assert r.title == "关于2023年度县级预算执行和其他财政收支审计查出问题整改情况的报告"
    assert r.report_date == "2024-09-02"


def test_a_huitoukan_of_the_rectification_is_an_inspection_with_its_period_and_feedback():
    # not a visit that only checks the rectification (test_real_genre_blind7), nor days of feedback: a 回头看 has its own
    ins = inspection_facts("2019年10月8日至11月8日，省第三生态环境保护督察组对我市首轮督察整改情况开展了“回头看”，"
                           "于2020年4月20日反馈了意见。", None)
    assert (ins.start, ins.end, ins.feedback_date) == ("2019-10-08", "2019-11-08", "2020-04-20")


def test_a_signoff_notice_in_sections_numbered_with_parentheses_is_one_problem_too():
    r = parse_text("\n".join([
        "现将中央生态环境保护督察反馈意见第12项整改销号情况公示如下：",
        "（一）反馈意见",
        "部分工业园区污水集中处理设施建设滞后。",
        "（二）整改目标",
        "园区污水全部收集处理。",
        "（三）整改完成情况",
        "已完成整改。新建污水处理厂1座，配套管网8公里。",
        "（四）下一步工作",
        "加强日常监管。",
    ]))
    assert [(p.seq, p.title, p.status, p.measure_count) for p in r.problems] == [
        (12, "部分工业园区污水集中处理设施建设滞后", "done", 1)]


def test_a_problem_section_of_two_paragraphs_is_one_problem_titled_by_the_first():
    r = parse_text("\n".join([
        "现将巡察反馈问题（序号5）整改销号情况公示如下：",
        "一、反馈问题",
        "基层党组织建设薄弱。",
        "部分支部组织生活不规范，“三会一课”记录不全。",
        "二、整改目标",
        "规范组织生活。",
        "三、整改落实情况",
        "已完成整改。开展专项整治，补齐记录。",
    ]))
    assert [(p.seq, p.title, p.status, p.measure_count) for p in r.problems] == [(5, "基层党组织建设薄弱", "done", 1)]
    assert "三会一课" in r.problems[0].notes[0]


def test_a_signoff_notice_with_its_labels_inline_is_one_problem_and_its_next_steps_are_not_measures():
    r = parse_text("\n".join([
        "关于督察反馈问题第9项整改销号情况的公示",
        "反馈意见建议：城区餐饮油烟污染扰民问题突出。",
        "整改目标：餐饮油烟达标排放。",
        "整改完成情况：已完成整改。全市餐饮单位安装油烟净化设施1200台。",
        "下一步措施：常态化开展执法检查。",
    ]))
    assert [(p.seq, p.title, p.status, p.measure_count) for p in r.problems] == [(9, "城区餐饮油烟污染扰民问题突出", "done", 1)]


def test_wrapped_findings_run_together_in_one_paragraph_under_their_own_heading_are_separate_problems():
    r = parse_text("\n".join([
        "某市审计局关于2023年度审计查出问题整改情况的公告",
        "一、基本情况",
        "市审计局对市级预算执行情况进行了审计。",
        "二、审计查出的主要问题及整改情况",
        "（一）关于部分项目资金闲置的问题。已收回闲置资金1200万元，统筹用于民生项目。（二）关于政府采购程序不规范的问题。"
        "已修订采购管理办法，对相关人员进行了约谈。（三）关于国有资产管理不到位的问题。正在开展资产清查，预计年底完成。",
        "三、审计建议",
        "（一）加强预算管理。",
        "（二）规范政府采购。",
    ]))
    assert [(p.seq, p.title, p.status, p.measure_count) for p in r.problems] == [
        (1, "部分项目资金闲置", "done", 1), (2, "政府采购程序不规范", "done", 1), (3, "国有资产管理不到位", "in_progress", 1)]


def test_a_short_copy_with_lost_line_breaks_and_arabic_numbered_findings_is_split_too():
    r = parse_text("\n".join([
        "审计结果公告",
        "某区审计局关于专项审计调查结果的公告 现将结果公告如下: 一、基本情况 区审计局对全区重点项目进行了专项审计调查,涉及项目12个。"
        " 二、发现的主要问题及整改情况 1.关于“东城学校项目”未按期开工问题。已完成招标并开工建设。"
        " 2.关于“西城公园项目”超概算问题。正在调整概算,预计下月报批。 三、审计建议 加强统筹协调,强化督促检查。",
    ]))
    assert [(p.seq, p.title, p.status) for p in r.problems] == [
        (1, "“东城学校项目”未按期开工", "done"), (2, "“西城公园项目”超概算", "in_progress")]


def test_a_finding_that_mentions_another_numbered_point_out_of_order_stays_whole():
    r = parse_text("\n".join([
        "二、审计查出的主要问题及整改情况",
        "（一）关于部分项目资金闲置的问题。已按审计报告（三）关于资金统筹的建议收回闲置资金。",
        "（二）关于政府采购程序不规范的问题。已修订采购管理办法。",
    ]))
    assert [p.title for p in r.problems] == ["部分项目资金闲置", "政府采购程序不规范"]
