"""Figures, dates and document fields of the wordings snippets11, blindwritten3 and blind10 showed (session 13).

Each test states a wording with a constructed sentence (bodies, places, days and counts made up), with the
negative the same rule must leave alone; none replays a labelled text."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.facts import kind_of, meta_date, title_date, title_like
from zhenggai.importer.parse.inspection import inspection_facts
from zhenggai.importer.parse.headline import headline_figures


def _dates(text: str, dated: str | None = None, title: str | None = None) -> tuple:
    ins = inspection_facts(text, None, title, dated)
    return ins.start, ins.end, ins.feedback_date


# --- the period and the days around it -------------------------------------------------------------
def test_a_petitions_window_labelled_as_the_rounds_time_is_not_the_period():
    text = ("县委第三巡察组自2023年4月10日起进驻城关镇开展为期两个月的巡察。"
            "本轮巡察受理信访时间为2023年4月10日至5月31日。")
    assert _dates(text) == ("2023-04-10", None, None)


def test_a_period_labelled_as_the_inspections_own_time_is_still_the_period():
    text = "巡察组在巡察期间(2023年4月10日至2023年6月9日),设有举报电话和意见箱。"
    assert _dates(text)[:2] == ("2023-04-10", "2023-06-09")


def test_two_dates_run_together_without_their_zhi_are_a_period():
    text = "市委第二巡察组于2021年3月8日4月7日对区水务局党组进行了为期一个月的巡察。"
    assert _dates(text)[:2] == ("2021-03-08", "2021-04-07")


def test_two_dates_run_together_with_the_second_earlier_are_not_made_a_period():
    text = "市委第二巡察组于2021年5月8日4月7日对区水务局党组进行了巡察。"
    assert _dates(text)[1] is None


def test_a_period_with_no_year_takes_the_year_of_the_document_date():
    text = "按照县委统一安排，县委第二轮巡察从5月6日至7月5日，对城南街道等4个单位开展常规巡察。"
    assert _dates(text, dated="2024-05-06")[:2] == ("2024-05-06", "2024-07-05")
    assert _dates(text)[:2] == (None, None)  # no year anywhere: no date


def test_a_day_long_after_the_document_date_is_of_the_year_before():
    text = "县委第二巡察组从10月9日至12月8日对县林业局党组开展了常规巡察。"
    assert _dates(text, dated="2024-03-20")[:2] == ("2023-10-09", "2023-12-08")


def test_the_mobilisation_meeting_of_an_inspection_is_its_start():
    text = "2024年3月12日，市委第三巡察组巡察市档案馆党组工作动员会召开。巡察组组长作动员讲话。"
    assert _dates(text) == ("2024-03-12", None, None)


def test_a_mobilisation_day_without_a_year_takes_the_page_date_or_none():
    text = "4月2日上午，校党委第一巡察组巡察外国语学院党委工作动员会在图书馆报告厅召开。"
    assert _dates(text, dated="2024-04-03")[0] == "2024-04-02"
    assert _dates(text)[0] is None


def test_a_rectifications_or_a_rounds_mobilisation_is_not_the_start():
    assert _dates("2024年5月8日，镇党委召开巡察整改工作动员会，部署整改任务。")[0] is None
    assert _dates("2024年3月1日，十三届县委第五轮巡察动员部署会召开，宣布了巡察任务分工。")[0] is None


def test_a_special_inspections_feedback_day_is_the_feedback_date():
    text = ("2019年9月6日，省委第四巡视组向县委反馈专项巡视情况。"
            "2019年5月8日至2019年6月30日，省委第四巡视组对县委进行了专项巡视。")
    assert _dates(text) == ("2019-05-08", "2019-06-30", "2019-09-06")


def test_the_day_news_of_a_feedback_was_published_is_not_the_feedback_day():
    text = ("12月2日，省纪委网站公布了省委第四巡视组向县委反馈专项巡视意见。"
            "根据省委部署，省委第四巡视组于2019年11月28日向县委反馈了专项巡视意见。")
    assert _dates(text)[2] == "2019-11-28"


def test_a_problem_list_handed_over_on_a_day_is_the_feedback():
    text = "区指挥部对市指挥部于6月3日向我区交办的问题清单进行了复查。"
    assert _dates(text, dated="2021-07-10")[2] == "2021-06-03"


def test_petitions_handed_over_are_not_the_feedback():
    text = "督察组于6月3日向我区交办群众信访举报问题45件。"
    assert _dates(text, dated="2021-07-10")[2] is None


def test_a_self_check_reports_own_check_is_its_period():
    text = "社区第一党支部自查情况报告。本支部于2024年3月1日至3月20日开展自查，3月21日至4月30日完成整改。"
    assert _dates(text)[:2] == ("2024-03-01", "2024-03-20")


def test_a_self_check_mentioned_by_a_bulletin_is_not_its_period():
    text = "市委巡察整改进展情况通报。各单位于2024年3月1日至3月20日开展自查，形成问题清单。"
    assert _dates(text)[:2] == (None, None)


def test_a_publicity_window_before_the_items_is_not_the_period():
    text = "经市督察整改办组织验收，以下3项整改任务已达到销号条件，现予以公示，公示期为2024年5月6日至5月12日。"
    assert _dates(text)[:2] == (None, None)


def test_a_page_title_on_publishing_run_into_the_lead_does_not_hide_the_period():
    text = ("某市关于省级生态环境保护督察反馈意见整改落实情况的公开经省委批准，2022年8月1日至8月20日，"
            "省第二生态环境保护督察组对某市开展了第二轮省级生态环境保护督察。")
    assert _dates(text)[:2] == ("2022-08-01", "2022-08-20")


def test_a_lead_whose_last_paragraph_reads_as_a_closing_still_gives_its_period():
    text = ("区委第一巡察组进驻滨江街道开展巡察。\n"
            "区委第一巡察组自2024年3月18日起，进驻滨江街道开展为期2个月的巡察，巡察期间设意见箱，联系电话：0571-1234567。")
    r = parse_text(text)
    assert r.inspection.start == "2024-03-18" and r.inspection.end is None


# --- the document's own date and kind ------------------------------------------------------------
def test_a_list_pages_date_glued_to_the_lead_is_the_page_date():
    assert meta_date(["某能源监管办约谈3家电网企业", "2024-06-124月5日，某能源监管办对3家电网企业开展了监管约谈。"]) == "2024-06-12"
    assert meta_date(["某能源监管办约谈3家电网企业", "2024-06-1某某"]) is None


def test_a_date_in_parentheses_closing_a_title_is_the_documents_date():
    assert title_like("第三督导组工作简报(2019年5月6日)")
    assert title_date("第三督导组工作简报(2019年5月6日)") == "2019-05-06"
    assert title_date("某局巡察整改方案（公开版）") is None


def test_problems_with_their_countermeasures_are_a_plan():
    assert kind_of("关于村级党组织存在的问题和相应对策", "") == "plan"
    assert kind_of("关于村级党组织存在问题和对策落实情况的报告", "") == "bulletin"


# --- headline figures ---------------------------------------------------------------------------
def test_tasks_counted_again_after_a_done_count_alone_are_the_problems():
    text = ("督察整改情况：已完成整改任务212项。中央环境保护督察组于2017年对5省开展督察。"
            "截至2018年6月，5省督察整改方案明确的380项整改任务已完成212项，其余正在推进中。")
    h = headline_figures(text)
    assert (h.problems_total, h.problems_done, h.measures_total, h.measures_done) == (380, 212, None, None)


def test_tasks_a_leader_took_on_are_not_the_inspections_tasks():
    text = ("市委督查室开展专项督查2轮。市委书记带头认领重点整改任务4项。"
            "截至目前，省委巡视反馈的3个方面19个问题，已完成整改15个。")
    h = headline_figures(text)
    assert (h.problems_total, h.problems_done) == (19, 15)


def test_a_count_of_measures_that_lost_its_counter_after_another_count_is_the_measures():
    assert headline_figures("确定了3个方面96个整改事项57整改措施，逐项明确责任领导。").measures_total == 57
    assert headline_figures("附件1整改措施清单").measures_total is None


def test_problems_counted_in_chu_are_problems():
    text = "督导组共发现9处问题。截至督导结束时，发现的9处问题已完成整改7处，剩余2处正在整改中。"
    assert (headline_figures(text).problems_total, headline_figures(text).problems_done) == (9, 7)
    assert headline_figures("督导组走访了沿街5处点位。").problems_total is None


def test_a_sign_off_notice_says_its_problems_are_done_in_the_next_sentence():
    text = "交办的3个问题由我局牵头整改落实。现已完成整改工作，进入销号程序，予以公示。"
    assert (headline_figures(text).problems_total, headline_figures(text).problems_done) == (3, 3)
    text = "交办的3个问题由我局牵头整改落实。目前整改工作正在推进。"
    assert headline_figures(text).problems_done is None


# --- also seen on blindwritten2 and tune_sentences ----------------------------------------------------
def test_the_print_line_at_a_documents_foot_is_its_date_and_not_its_issuer():
    from zhenggai.importer.parse.facts import signature
    lines = [(0, "整改时限：2024年6月底"), (1, "中共某市委办公室　　某市人民政府办公室"), (2, "2023年9月12日印发")]
    assert signature(lines) == (None, "2023-09-12")
    assert signature([(0, "整改时限：2024年6月底"), (1, "2023年9月12日印发的方案中明确了任务")]) == (None, None)


def test_rules_listed_before_their_count_are_rules_made():
    text = "学校建立周调度、月通报、台账登记、销号管理等5项巡察整改工作制度，确保整改有序推进。"
    assert headline_figures(text).rules_made == 5
    assert headline_figures("学校召开周调度、月通报等5次会议研究整改工作。").rules_made is None


def test_each_attachments_done_count_given_in_the_body_adds_up_with_the_totals():
    from zhenggai.importer.parse.headline import Headline, add_attachment_counts
    texts = ["巡视反馈问题共8个，已完成整改5个；审计移交问题共4个，已完成整改3个。详见附件1、附件2。",
             "附件1", "巡视反馈问题整改进展情况（共8个问题）", "附件2", "审计移交问题整改进展情况（共4个问题）"]
    h = Headline()
    add_attachment_counts(h, texts)
    assert (h.problems_total, h.problems_done) == (12, 8)
    texts[0] = "巡视反馈问题共8个，已完成整改5个。详见附件1、附件2。"  # one part's done count only: no sum
    h = Headline()
    add_attachment_counts(h, texts)
    assert (h.problems_total, h.problems_done) == (12, None)
