"""Residues of labelled real sets read as families of the genre (session 19, helper res19): constructed texts, each rule
with a positive case and a near miss.

Rules:
- A period's sentence that says checking teams or officers were sent out ("出动123个检查组") tells a round of checks
  (inspection.RE_PERIOD_ACT); vehicles or leaflets sent out do not.
- Three or more consecutive days listed, each with its 日 or counted after the list ("3月20、21、22三天"), are one period
  (inspection._days_listed); days apart, or bare numbers neither marked nor counted, stay a list.
- A one-day check told as what it found while made ("对某大厦进行检查时发现…", "到某店检查时,发现…") dates the check
  (inspection.RE_ONE_DAY_VISIT); "检查时间" is no such clause.
- A forum's anti-scraping jammer (runs of one- or two-character ASCII tokens) is dropped from the paragraph
  (normalize.RE_JAMMER); a table row of numbers between bars is not a jammer.
- A regulator's order after the findings it lists gives their deadline as written ("限期2日内完成整改", "要求该单位…前改正
  完毕", "上述第2、3项,责令…于…前改正") to the findings before it (parse._ordered_deadline); a time to report by is none.
- A day things are to be done by ("…前改正完毕") is not the day feedback was given.
- Headline: a count of projects ("17个项目查出的问题") is no problem total; a headline's "5大问题" exposed is (headline.py).
- Check clauses opening on firms take the firm as unit; a recheck clause's short firm name takes the quoted full name
  (readings.py); the one body checked and ordered as "该单位" is the unit of its findings; ",已立即整改" closes a
  finding as done; "党委和政府" is one unit; "正在持续整改" is in_progress; a full date then a body's check dates it;
  a 文库 noise character around a signature date is a break; "…及整改措施" titles are plans; typical cases' dated
  accounts are no measures.
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.normalize import clean_text

# --- a period whose sentence sends out checking teams -------------------------------------------------------------------
NEWS_HEAD = "存在消防安全隐患 这些单位被限期整改\n来源:某报时间:2022-02-28 10:37:14\n"


def test_a_period_whose_sentence_sends_out_checking_teams_is_the_inspection_period():
    text = NEWS_HEAD + ("2月27日,记者从某总队获悉,2月21日至25日,全区各级消防出动123个检查组,深入全区5市,发现火灾隐患609处。\n"
                        "某面馆,安全出口堵塞,责令限期整改。\n")
    result = parse_text(text)
    assert (result.inspection.start, result.inspection.end) == ("2022-02-21", "2022-02-25")


def test_a_period_whose_sentence_sends_out_only_propaganda_vehicles_is_no_inspection_period():
    text = NEWS_HEAD + ("2月27日,记者从某总队获悉,2月21日至25日,全区各级消防出动宣传车123辆,发放消防安全检查常识资料5000份。\n"
                        "某面馆,安全出口堵塞,责令限期整改。\n")
    result = parse_text(text)
    assert result.inspection.start is None


# --- days listed ---------------------------------------------------------------------------------------------------------
REPORT_HEAD = "2018年3月份督导报告\n发布日期:2018/6/20 18:09:22\n"


def test_three_consecutive_days_listed_and_counted_are_the_checks_period():
    text = REPORT_HEAD + ("本责任区督学于3月20、21、22三天先后对安成中心校、曹庵中心校进行了督导检查,现将督导情况汇报如下:\n"
                          "三、存在问题\n1、校门口无减速带。\n2、楼梯口无老师值班。\n")
    result = parse_text(text)
    assert (result.inspection.start, result.inspection.end) == ("2018-03-20", "2018-03-22")


def test_days_listed_apart_are_not_read_as_one_period():
    text = REPORT_HEAD + ("本责任区督学于3月20、24、28三天先后对安成中心校、曹庵中心校进行了督导检查,现将督导情况汇报如下:\n"
                          "三、存在问题\n1、校门口无减速带。\n2、楼梯口无老师值班。\n")
    result = parse_text(text)
    assert result.inspection.end != "2018-03-28"
    assert (result.inspection.start, result.inspection.end) != ("2018-03-20", "2018-03-28")


# --- a one-day check told as what it found ---------------------------------------------------------------------------
def test_a_dated_check_told_as_what_it_found_while_made_dates_the_check():
    text = ("2019年1月21日,某新区消防大队监督人员对某大厦进行检查时发现该单位存在重大火灾隐患,存在:1、中间楼梯封堵;"
            "2、消防控制室报警系统故障。\n")
    result = parse_text(text)
    assert (result.inspection.start, result.inspection.end) == ("2019-01-21", "2019-01-21")


def test_a_dated_line_that_only_names_a_check_time_field_is_no_check_found():
    text = ("2019年1月21日,某新区消防大队公布了对某大厦的检查时间安排表。\n存在问题:1、中间楼梯封堵;2、消防控制室报警系统故障。\n")
    result = parse_text(text)
    assert result.inspection.start is None


# --- a forum's anti-scraping jammer -------------------------------------------------------------------------------------
def test_a_forums_jammer_runs_are_dropped_from_the_paragraph():
    assert clean_text("1.裸土未全覆盖。 w2 q& ~( F1 ]: ?# a8 c- Q") == "1.裸土未全覆盖。"
    assert clean_text("( T, i! _! e3 Z |+ }2 V 9月13日,某局进行检查") == "9月13日,某局进行检查"
    assert clean_text("' c) L' k; X7 K' a: m 4.临边洞口防护不到位") == "4.临边洞口防护不到位"


def test_a_table_row_of_numbers_between_bars_is_not_a_jammer():
    # (spaces next to the bars and the letters are the layout's, cleaned as before; every token stays)
    assert clean_text("合计 | 1 | 2 | 3 | 4 | 5 | 6").replace(" ", "") == "合计|1|2|3|4|5|6"
    assert clean_text("等级 A B C D E 共五档").replace(" ", "") == "等级ABCDE共五档"


# --- a regulator's order after the findings ----------------------------------------------------------------------------
FORUM_CASE = ("9月13日,市住建局对某项目施工现场进行检查,发现存在以下问题:\n1.裸土未全覆盖。\n2.施工临时道路未硬化。\n"
              "3.降尘设备未配置到位。\n")


def test_an_order_after_the_findings_gives_them_its_time_limit_as_written():
    result = parse_text(FORUM_CASE + "目前,已对该项目进行了警示约谈,下发了责令改正通知书限期2日内完成整改,同时移交市城管局进行立案查处。\n")
    assert [p.deadline for p in result.problems] == ["限期2日内完成整改"] * 3


def test_an_order_to_report_by_a_day_is_no_deadline_of_the_findings():
    result = parse_text(FORUM_CASE + "目前,已对该项目进行了警示约谈,要求该单位于9月20日前报送整改情况。\n")
    assert [p.deadline for p in result.problems] == [None] * 3


CASE_FILE = ("某县消防安全隐患大曝光\n现曝光2家火灾隐患单位,名单如下:\n一、某某早餐店\n单位地址:某镇某村\n基本案情:\n"
             "2023年11月21日,某市消防救援大队监督执法人员到某某早餐店检查时,发现该单位存在以下隐患:\n"
             "1. 灭火器放置不规范;\n2. 油烟机未定期清洗;\n3. 未制定灭火和应急疏散预案。\n处理结果:\n")


def test_a_case_files_result_orders_items_by_number_each_its_own_deadline():
    text = CASE_FILE + "上述第1项,责令该单位(场所)当场立即整改;上述第2、3项,责令该单位(场所)于2023年11月25日前改正。\n"
    result = parse_text(text)
    assert [p.deadline for p in result.problems] == ["当场立即整改", "于2023年11月25日前改正", "于2023年11月25日前改正"]


def test_an_on_the_spot_order_that_names_no_item_is_no_deadline():
    text = CASE_FILE + "检查人员责令该单位当场立即整改。\n"
    result = parse_text(text)
    assert [p.deadline for p in result.problems] == [None] * 3


def test_findings_listed_after_the_order_do_not_take_its_deadline():
    text = ("2019年1月21日,某消防大队监督人员对某大厦进行检查时发现该单位存在重大火灾隐患,存在:1、中间楼梯封堵;2、报警系统故障。"
            "向该单位下发了《重大火灾隐患整改通知书》,要求该单位2019年7月21日前改正完毕。\n"
            "截止2019年7月3日,该单位还存在:1、未按规范设置自动喷水系统;2、五楼仅有一部安全疏散楼梯。\n")
    result = parse_text(text)
    assert [p.deadline for p in result.problems] == ["2019年7月21日前改正完毕"] * 2 + [None] * 2


# --- a deadline day is not a feedback day -------------------------------------------------------------------------------
def test_a_day_things_are_to_be_done_by_is_not_the_feedback_day():
    text = ("2019年1月21日,某消防大队监督人员对某大厦进行检查时发现该单位存在重大火灾隐患,存在:1、中间楼梯封堵;2、报警系统故障。"
            "向该单位下发了《重大火灾隐患整改通知书》,要求该单位2019年7月21日前改正完毕。\n")
    assert parse_text(text).inspection.feedback_date is None


def test_a_day_a_decision_was_handed_down_is_still_the_feedback_day():
    text = ("某局于2011年1月20日对某公司进行了现场检查,并于2011年2月7日下发了《关于对某公司采取责令改正措施的决定》。\n"
            "一、存在问题\n1、内控制度不健全。\n")
    assert parse_text(text).inspection.feedback_date == "2011-02-07"


# --- headline figures ---------------------------------------------------------------------------------------------------
AUDIT = ("区审计局关于2023年度审计查出问题整改情况的报告\n"
         "2023年，区审计局共完成审计项目17个，出具审计报告17份。区审计局对2023年度审计查出问题的整改情况进行了跟踪检查，现将有关情况报告如下。\n"
         "区审计局针对2023年度出具审计报告的17个项目查出的问题，对整改责任主体报送的整改证明材料进行逐笔逐项认真复核。\n")


def test_a_count_of_projects_whose_problems_are_found_is_not_the_problem_total():
    h = parse_text(AUDIT + "经复核认定，2023年度审计查出问题50个，已整改40个，持续整改7个，未整改3个。\n").headline
    assert (h.problems_total, h.problems_done) == (50, 40)


def test_a_count_of_problems_found_in_the_projects_is_still_the_total():
    h = parse_text(AUDIT.replace("的17个项目查出的问题", "的项目查出的17个问题") + "经复核认定，大部分问题已整改。\n").headline
    assert h.problems_total == 17


def test_a_headline_exposing_n_big_problems_counts_the_problems():
    text = ("曝光!某建设发布:某地块项目5大问题,同时移交市城管局进行立案查处\n9月13日,市住建局对某项目施工现场进行检查,发现存在以下问题:\n"
            "1.裸土未全覆盖。\n2.施工临时道路未硬化。\n3.降尘设备未配置到位。\n4.临边洞口防护不到位。\n5.外脚手架连墙件缺失。\n")
    assert parse_text(text).headline.problems_total == 5


def test_a_headline_naming_n_big_tasks_is_no_problem_count():
    text = ("某市部署5大任务,同时推进项目建设\n9月13日,市住建局对某项目施工现场进行检查,发现存在以下问题:\n"
            "1.裸土未全覆盖。\n2.施工临时道路未硬化。\n3.降尘设备未配置到位。\n")
    assert parse_text(text).headline.problems_total != 5


# --- firms named at the head of a check's clauses -----------------------------------------------------------------------
def test_clauses_opening_on_firms_give_each_its_firm_as_unit_without_the_closing_order():
    text = ("据介绍,执法人员在检查中发现甲化工科技有限公司厂区内有扬尘和烟尘无组织排放现象;乙化工有限公司空气中有刺鼻气味,"
            "回收泵口处存在无组织排放气体等问题;丙传动件厂未纳入铸造企业准入公告的名单,属于停产企业,必须现场查封。\n")
    problems = parse_text(text).problems
    assert [p.responsible_units for p in problems] == [["甲化工科技有限公司"], ["乙化工有限公司"], ["丙传动件厂"]]
    assert problems[2].title == "丙传动件厂未纳入铸造企业准入公告的名单,属于停产企业"


def test_clauses_not_all_opening_on_firms_name_no_units():
    text = ("据介绍,执法人员在检查中发现甲化工科技有限公司厂区内有扬尘和烟尘无组织排放现象;部分车间空气中有刺鼻气味,"
            "回收泵口处存在无组织排放气体等问题;仓库消防通道堵塞,灭火器过期。\n")
    problems = parse_text(text).problems
    assert len(problems) == 3 and all(p.responsible_units == [] for p in problems)


RECHECK = ("食药署公布稽查结果,台南市「甲乙食品股份有限公司」、「丙丁团膳便当工厂」等2家业者设备设施不洁,分别开罚。\n"
           "甲乙经卫生局复查仍有作业区墙面天花板不洁、纱窗破损等缺失未完成改善；丙丁复查仍有部分墙面不洁、出风口不洁等缺失未完成改善,"
           "2业者均已裁处8万元。\n")


def test_a_recheck_clause_by_a_firms_short_name_takes_the_full_name_the_text_quotes():
    problems = parse_text(RECHECK).problems
    assert [p.responsible_units for p in problems] == [["甲乙食品股份有限公司"], ["丙丁团膳便当工厂"]]


def test_a_short_name_the_text_quotes_no_full_name_for_is_no_unit():
    problems = parse_text(RECHECK.replace("「甲乙食品股份有限公司」、", "")).problems
    assert problems[0].responsible_units == []


# --- the one body a regulator checked and ordered is the unit ------------------------------------------------------------
def test_the_one_body_checked_then_ordered_as_that_unit_is_the_unit_of_its_findings():
    text = ("2019年1月21日,某消防大队监督人员对某某建设大厦进行检查时发现该单位存在重大火灾隐患,存在:1、中间楼梯封堵;2、报警系统故障。"
            "向该单位下发了《重大火灾隐患整改通知书》,要求该单位2019年7月21日前改正完毕。\n")
    assert [p.responsible_units for p in parse_text(text).problems] == [["某某建设大厦"]] * 2


def test_a_case_files_section_heading_naming_the_body_in_full_is_the_unit():
    text = CASE_FILE + "上述第1、2、3项,责令该单位(场所)于2023年11月25日前改正。\n"
    assert [p.responsible_units for p in parse_text(text).problems] == [["某某早餐店"]] * 3


def test_a_site_checked_with_no_order_to_that_unit_gives_no_unit():
    text = ("9月13日,市住建局对某某大厦施工现场进行检查,发现存在以下问题:\n1.裸土未全覆盖。\n2.施工临时道路未硬化。\n"
            "目前,已对该项目进行了警示约谈,下发了责令改正通知书限期2日内完成整改。\n")
    assert [p.responsible_units for p in parse_text(text).problems] == [[], []]


# --- a finding closed by the note that it was put right ------------------------------------------------------------------
def test_a_finding_line_closed_by_a_done_note_is_titled_without_it_and_done():
    problems = parse_text(CASE_FILE.replace("1. 灭火器放置不规范;", "1. 灭火器放置不规范,已立即整改。")).problems
    assert (problems[0].title, problems[0].status) == ("灭火器放置不规范", "done")


def test_a_finding_line_closed_by_an_order_to_rectify_keeps_it():
    problems = parse_text(CASE_FILE.replace("1. 灭火器放置不规范;", "1. 灭火器放置不规范,要求立即整改。")).problems
    assert problems[0].title == "灭火器放置不规范,要求立即整改" and problems[0].status is None


# --- a place's committee and government named as one unit ------------------------------------------------------------------
def test_a_places_committee_and_government_named_as_one_stay_one_unit_among_the_others():
    from zhenggai.importer.parse.fields import split_units
    assert split_units("市委宣传部、市委组织部、各县（区）党委和政府") == ["市委宣传部", "市委组织部", "各县（区）党委和政府"]


def test_two_offices_joined_by_and_still_keep_their_list_whole():
    from zhenggai.importer.parse.fields import split_units
    assert split_units("县委办和县政府办、县委组织部") == ["县委办和县政府办、县委组织部"]
    assert split_units("各县区党委、人民政府和开发区(新区)党工委、管委会") == ["各县区党委、人民政府和开发区(新区)党工委、管委会"]


# --- a status field with its manner between 正在 and the verb ------------------------------------------------------------
def test_a_status_said_as_being_rectified_with_its_manner_is_in_progress():
    from zhenggai.importer.parse.titles import status_of
    assert status_of("正在持续整改") == "in_progress"
    assert status_of("正在加快推进") == "in_progress"


def test_a_status_said_as_to_keep_rectifying_over_the_long_run_is_not_in_progress():
    from zhenggai.importer.parse.titles import status_of
    assert status_of("长期坚持，持续深化") == "long_term"
    assert status_of("已完成整改") == "done"


# --- a dated body's check with no comma after its day ------------------------------------------------------------------
def test_a_full_date_then_the_body_and_its_check_dates_a_one_day_check():
    text = ("某市场整改意见书\n某中心:\n根据市工商局相关要求及某局《关于落实…任务分工的通知》,2012年7月20日某工商局重点在甲市场、乙市场"
            "开展了市场环境专项检查。检查发现各市场不同程度存在一些问题,具体如下:\n甲市场:\n水果摊位摆放不整齐,存在占道经营的行为。\n"
            "乙市场:\n车辆乱停乱放状况普遍。\n")
    result = parse_text(text)
    assert (result.inspection.start, result.inspection.end) == ("2012-07-20", "2012-07-20")


def test_a_date_then_a_body_that_only_meets_is_no_check():
    text = ("某市场整改意见书\n某中心:\n根据市工商局相关要求,2012年7月20日某工商局召开了市场环境专项会议。\n甲市场:\n"
            "水果摊位摆放不整齐,存在占道经营的行为。\n乙市场:\n车辆乱停乱放状况普遍。\n")
    assert parse_text(text).inspection.start is None


# --- a document-sharing copy's noise character around a signature's date ------------------------------------------------
NOISE = "莃螁虿螈莆袁肀芅膅羁薀羇羃肁蚇蒅蚂膁肈膇螅膀葿薅蒄芀"


def _noisy(lines: list[str]) -> str:
    # (a stop then a noise character stands for each lost line break, as such copies print)
    return "".join(line + NOISE[k % len(NOISE)] for k, line in enumerate(lines))


def test_a_noise_character_between_a_signatures_body_and_its_date_is_a_break():
    body = ["某市场整改意见书。", "某中心:根据要求,我局开展了市场环境专项检查。", "检查发现各市场存在一些问题。", "水果摊位摆放不整齐。",
            "车辆乱停乱放状况普遍。", "市场整体卫生状况欠佳。", "望加强市场管理工作,及时进行整改。"]
    result = parse_text(_noisy(body) + "科学城工商行政管理局袀二〇一二年七月二十日芇以下无正文")
    assert result.report_date == "2012-07-20"


def test_a_noise_character_between_words_with_no_date_stays():
    from zhenggai.importer.parse.normalize import split_noise_breaks
    body = ["某市场整改意见书。", "某中心:根据要求,我局开展了市场环境专项检查。", "检查发现各市场存在一些问题。", "水果摊位摆放不整齐。",
            "车辆乱停乱放状况普遍。", "市场整体卫生状况欠佳。", "望加强市场管理工作,及时进行整改。"]
    out = split_noise_breaks([_noisy(body) + "科学城工商行政管理局袀监督检查科"])
    assert out[-1] == "科学城工商行政管理局袀监督检查科"


# --- a title naming the countermeasures -----------------------------------------------------------------------------------
BANK = ("银行自查报告及整改措施\n为强化内控管理,我行于2023年9月1日至10月15日组织开展了全面自查工作。在公司信贷业务方面,发现3类突出问题:"
        "一是贷前调查不深入,未对关联企业的银行流水进行交叉验证;二是贷后管理流于形式,未实地核查项目进度;三是押品管理存在漏洞,"
        "抵押房产评估报告已超有效期。\n")


def test_a_title_naming_problems_and_their_countermeasures_is_a_plan():
    assert parse_text(BANK).kind == "plan"


def test_such_a_title_over_a_text_that_reports_what_was_done_is_a_bulletin():
    text = BANK.replace("为强化内控管理,", "为强化内控管理,现将自查整改情况报告如下:")
    assert parse_text(text).kind == "bulletin"


def test_a_sharing_sites_page_captions_name_the_document():
    text = "银行自查报告及整改措施_第1页\n银行自查报告及整改措施_第2页\n" + BANK.split("\n", 1)[1]
    result = parse_text(text)
    assert (result.title, result.kind) == ("银行自查报告及整改措施", "plan")


def test_a_bare_problems_and_measures_heading_is_no_title():
    text = "存在问题及整改措施\n" + BANK.split("\n", 1)[1]
    assert parse_text(text).title is None


# --- typical cases made public: the paragraph under a case is its description ----------------------------------------------
CASES = ("第三次全国国土调查核查督察有关情况的通报\n国家自然资源督察机构在全国组织开展了三调核查工作督察。为进一步强化警示提醒,"
         "将督察发现的53个调查不实典型案例进行公开。\n"
         "一、某区三调作业单位某公司将图斑错误调查为其他草地,某区三调办未督促整改到位\n"
         "2019年5月,某区三调作业单位某公司工作不认真,在调查某村一块图斑时,仍将该图斑整体调为其他草地。\n"
         "二、某县三调作业单位某公司将图斑错误调查为水浇地,某县三调办未督促整改到位\n"
         "2019年3月下旬,某县三调作业单位某公司工作不认真,将林地调查为水浇地。\n")


def test_a_cases_dated_account_under_its_heading_in_a_notice_publishing_typical_cases_is_no_measure():
    assert [p.measure_count for p in parse_text(CASES).problems] == [0, 0]


def test_a_dated_account_in_a_notice_publishing_no_cases_still_counts_as_a_measure():
    text = CASES.replace("将督察发现的53个调查不实典型案例进行公开", "现将整改情况报告如下")
    assert [p.measure_count for p in parse_text(text).problems] == [1, 1]


def test_an_order_inside_the_answer_to_one_problem_is_no_covering_order():
    text = ("针对省级督察反馈关于“某公司厂房已拆除,但建筑垃圾未清运”“某村垃圾中转站运转不及时”两项问题,区生态环境局制定整改方案。"
            "针对“某公司厂房已拆除,但建筑垃圾未清运”问题,区生态环境局于5月8日提前完成了整改工作。"
            "针对“某村垃圾中转站运转不及时”问题,区政府要求街道于6月30日前完成整改。")
    assert parse_text(text).problems[0].deadline is None
