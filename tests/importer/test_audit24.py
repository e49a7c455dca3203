"""Audit-result and audit-rectification notices, and the headline and states of 巡视 bulletins (session 24, helper
audit24): constructed texts in other words than the labelled documents (blind49 skyvlt, smx, qianlima, huilai, mdx,
quxian; blind48 hechengqu), each rule with three positives or more and a near miss that must not fire.
"""
from __future__ import annotations

import pytest

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.headline import headline_figures
from zhenggai.importer.parse.measures import BodyItem, split_measures


def _read(text: str) -> list[tuple]:
    return [(p.seq, p.category, p.title, p.status, p.measure_count, p.responsible_units) for p in parse_text(text).problems]


# --- an audit-result notice whose findings section states one unnumbered finding ------------------------------------------
ONE_FINDING = [
    ("根据《中华人民共和国审计法》规定，某县审计局派出审计组，自2023年3月1日至5月20日，对某县乡村道路改造工程进行了审计，现将审计结果公告如下：\n"
     "一、工程基本情况\n该工程位于某镇，主要内容为路基、路面及排水工程。\n"
     "二、审计发现的主要问题\n多付工程监理费12.5万元。\n"
     "三、审计处理及整改情况\n针对上述问题，某县审计局依法出具了审计报告。某县交通运输局已收回多付的监理费。\n",
     [(None, "审计发现的主要问题", "多付工程监理费12.5万元", "done", 1, ["某县交通运输局"])]),
    ("某区审计局关于区教育局2022年度学生资助资金管理情况的审计结果公告\n"
     "一、基本情况\n区教育局负责全区学生资助工作。\n"
     "二、审计评价意见\n审计结果表明，区教育局资助资金管理总体规范，但也存在资金拨付不及时的问题。\n"
     "三、审计查出的主要问题及处理情况\n区教育局未按规定将学生资助资金12.6万元及时拨付到校。\n"
     "对上述问题，区审计局依法出具了审计报告。截至目前，区教育局未及时拨付资助资金问题已整改到位。\n",
     [(None, "审计查出的主要问题及处理情况", "区教育局未按规定将学生资助资金12.6万元及时拨付到校", "done", 0, ["区教育局"])]),
    ("某市審計局關於某水庫除險加固工程結算審計結果的公告\n"
     "一、工程概況\n該工程包括大壩加固、溢洪道改造等內容。\n"
     "二、審計發現的主要問題和處理意見\n虛列工程量多計工程價款3.2萬元。\n"
     "三、審計建議\n建議建設單位加強結算審核。\n"
     "四、審計整改情況\n某市水務局已按審計結果核減工程價款。\n",
     [(None, "审计发现的主要问题和处理意见", "虚列工程量多计工程价款3.2万元", "done", 1, ["某市水务局"])]),
]


@pytest.mark.parametrize("text,expected", ONE_FINDING)
def test_an_audit_notices_one_unnumbered_finding_is_its_one_problem_with_the_fix_told_after_it(text, expected):
    assert _read(text) == expected


def test_an_audit_findings_section_naming_its_findings_in_one_list_ending_with_deng_wenti_holds_no_problem():
    text = ("某区卫生健康委员会2021年度预算执行情况审计结果公告\n"
            "一、基本情况\n区卫健委是区政府组成部门。\n"
            "二、审计评价意见\n审计结果表明，区卫健委会计资料基本真实。\n"
            "三、审计发现的主要问题\n专项资金未单独核算、收入支出挂往来、会计处理不规范等问题。\n"
            "四、审计处理及整改情况\n区卫健委对审计发现的问题积极进行整改。\n")
    assert _read(text) == []


# --- one problem's fields labelled with a full stop inside a notice's own section ----------------------------------------
STOP_LABELLED = [
    ("关于农村饮水工程专项审计整改结果的公告\n某市审计局于2024年3月对农村饮水工程进行了专项审计。现将整改结果公告如下。\n"
     "一、工作开展情况\n我局高度重视，制定整改方案，明确责任分工。\n"
     "二、问题整改情况\n（一）问题描述。根据审计报告反馈，县水利局部分供水站水质检测记录不完整。\n"
     "（二）整改情况。一是补齐全部供水站检测记录；二是建立月度检测台账制度。\n"
     "（三）整改结果。已完成整改。\n"
     "三、审计建议采纳情况\n我局已采纳审计建议。\n",
     [(None, "问题整改情况", "县水利局部分供水站水质检测记录不完整", "done", 2, ["县水利局"])]),
    ("关于巡察反馈问题整改情况的公告\n"
     "一、整改工作开展情况\n镇党委专题研究部署整改工作。\n"
     "二、巡察反馈问题整改情况\n1、问题内容。镇财政所未按规定公开“三公”经费预算。\n"
     "2、整改措施。已在政府网站补充公开预算信息，并建立公开审核制度。\n"
     "3、完成情况。已整改完成。\n",
     [(None, "巡察反馈问题整改情况", "镇财政所未按规定公开“三公”经费预算", "done", 1, ["镇财政所"])]),
    ("關於政府採購專項審計整改結果的公告\n"
     "一、工作開展情況\n我局成立整改工作專班。\n"
     "二、問題整改情況\n（一）問題描述。區教育局部分採購項目未按規定公開招標。\n"
     "（二）整改情況。對相關項目重新履行採購程序。\n"
     "（三）整改結果。已完成整改。\n",
     [(None, "问题整改情况", "区教育局部分采购项目未按规定公开招标", "done", 1, ["区教育局"])]),
]


@pytest.mark.parametrize("text,expected", STOP_LABELLED)
def test_a_sections_items_that_are_one_problems_fields_labelled_with_a_full_stop_read_as_that_one_problem(text, expected):
    assert _read(text) == expected


def test_a_problem_sections_items_that_state_problems_stay_a_list_of_problems():
    text = ("关于巡察反馈问题整改情况的公告\n"
            "一、整改工作开展情况\n镇党委专题研究部署整改工作。\n"
            "二、问题整改情况\n（一）部分村级财务公开不及时。已督促各村按季度公开。\n"
            "（二）村级工程项目管理不规范。已建立项目台账。\n"
            "（三）扶贫资产底数不清。已完成资产清查。\n")
    assert [t for _s, _c, t, *_ in _read(text)] == ["部分村级财务公开不及时", "村级工程项目管理不规范", "扶贫资产底数不清"]


# --- an account whose "一是" was lost -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,first", [
    ("全面清理合同台账并重新登记。二是建立月度比对制度；三是开展专项检查。", "全面清理合同台账并重新登记。"),
    ("对涉事人员进行约谈提醒；二是修订报销管理办法。", "对涉事人员进行约谈提醒；"),
    ("补发少发资金3.2万元。二是完善审核流程。", "补发少发资金3.2万元。"),
])
def test_an_accounts_first_sentence_before_its_erjiu_is_the_first_measure_when_its_yishi_was_lost(text, first):
    measures, notes, _ = split_measures([BodyItem(text, 1)])
    assert measures[0].text == first and measures[0].seq == 1 and notes == []


@pytest.mark.parametrize("text", ["针对该问题，采取以下措施。二是完善审核流程。", "整改措施如下：二是完善审核流程。"])
def test_a_lead_announcing_the_items_before_erjiu_stays_a_note(text):
    measures, notes, _ = split_measures([BodyItem(text, 1)])
    assert len(measures) == 1 and notes


# --- the auditor's orders on each finding -----------------------------------------------------------------------------
ORDERS = [
    ("某县审计局关于县城污水管网工程竣工决算的审计结果公告\n一、基本情况\n该工程总投资860万元。\n"
     "二、审计发现的主要问题\n（一）多计工程价款36.5万元。\n（二）未按合同约定扣留质量保证金。\n"
     "三、审计处理情况\n对多计工程价款36.5万元的问题，责令县住房和城乡建设局核减工程价款；对未按合同约定扣留质量保证金的问题，"
     "要求县城投公司和县财政局按合同扣留。\n",
     [["县住房和城乡建设局"], ["县城投公司", "县财政局"]], [0, 0]),
    ("某区专项资金审计情况报告\n一、审计发现的主要问题及处理情况\n（一）农机购置补贴资金未及时拨付，涉及金额80万元。\n"
     "2023年5月，区财政局收到补贴资金80万元，截至年底未拨付。对此，区审计局已责令区农业农村局加快资金拨付进度。\n"
     "（二）区民政局违规向不符合条件人员发放救助金，涉及金额6.3万元。\n"
     "审计发现，区民政局违规向不符合条件人员发放救助金。\n",
     [["区农业农村局"], ["区民政局"]], [0, 0]),
    ("關於某縣學校營養餐資金的審計調查結果公告\n一、基本情況\n資金共計500萬元。\n二、審計查出的主要問題\n"
     "一是超範圍支付食堂人員工資。二是配送單簽收流於形式。三是部分學校食材採購未公開招標（備註：採購標準按縣教育局規定執行）。\n"
     "三、審計處理情況及建議\n對超範圍支付食堂人員工資的問題，要求縣教育局會同財政部門規範支出。對配送單簽收流於形式的問題，"
     "要求配送單簽收遵循實名原則。對部分學校食材採購未公開招標的問題，責成縣教育局限期整改。\n",
     [["县教育局"], [], ["县教育局"]], [0, 0, 0]),
]


@pytest.mark.parametrize("text,units,measures", ORDERS)
def test_the_body_an_auditor_orders_to_fix_a_finding_is_its_unit_and_the_order_is_no_measure(text, units, measures):
    got = _read(text)
    assert [u for *_r, u in got] == units and [m for *_r, m, _u in got] == measures


def test_an_audit_findings_sections_inline_items_take_the_section_as_category_without_their_bracketed_note():
    got = _read(ORDERS[2][0])
    assert [(c, t) for _s, c, t, *_ in got] == [("审计查出的主要问题", "超范围支付食堂人员工资"), ("审计查出的主要问题", "配送单签收流于形式"),
                                                ("审计查出的主要问题", "部分学校食材采购未公开招标")]


def test_an_order_on_a_finding_of_a_patrol_not_an_audit_names_no_unit():
    text = ("某县巡察办关于巡察反馈问题的通报\n一、巡察发现的主要问题\n（一）县农业农村局党组理论学习不深入。\n（二）县农业农村局财务报销审核不严。\n"
            "二、整改要求\n对财务报销审核不严的问题，要求县农业农村局限期整改。\n")
    assert [u for *_r, u in _read(text)] == [[], []]


# --- the headline: a finding verb of one count does not govern the next count joined to its noun --------------------------
@pytest.mark.parametrize("sentence,total", [
    ("全面推进12个巡察反馈问题及3个审计指出问题整改。", 12),
    ("推进31个巡视反馈问题和4个检查反馈问题。", 31),
    ("统筹推进18个审计查出问题、3个巡察反馈问题整改。", 18),
])
def test_a_count_whose_kind_holds_the_finding_verb_is_the_total_not_the_count_joined_after_it(sentence, total):
    assert headline_figures(sentence).problems_total == total


def test_a_finding_verb_before_its_own_count_still_governs_it():
    assert headline_figures("巡视组反馈的4个方面31个问题，已完成整改28个。").problems_total == 31


# --- a list item's own label with its number, and an account counting parts done and parts under way --------------------
BULLETIN = ("某局关于巡察整改进展情况的通报\n一、组织整改情况\n局党组成立整改工作专班。\n二、整改进展情况\n"
            "（一）党建工作责任落实不到位。\n1.问题1：党组会议研究党建工作次数不足。\n整改情况：已完成整改3项，正在推进2项。一是修订党组议事规则。\n"
            "2.问题二：支部组织生活不规范。\n整改情况：梳理的8个问题中，已整改到位5个，其余3个持续推进。(1)开展专项检查。\n"
            "3、问题3:意识形态阵地管理不严。\n整改情况：已完成整改。\n")


def test_an_items_own_numbered_problem_label_is_no_part_of_its_title():
    assert [t for _s, _c, t, *_ in _read(BULLETIN)] == ["党组会议研究党建工作次数不足", "支部组织生活不规范", "意识形态阵地管理不严"]


def test_an_account_counting_parts_done_and_parts_under_way_is_in_progress_and_one_saying_done_is_done():
    assert [s for _q, _c, _t, s, *_ in _read(BULLETIN)] == ["in_progress", "in_progress", "done"]


# --- a check's news, one paragraph a body: its bracketed other name is part of its name; "几家医院…" names no body -----------
HOSPITALS = [
    ("省医保局近日通报飞行检查情况,部分医疗机构自查自纠不到位,涉及2家医院。\n其中,某市第二人民医院经查存在12项问题,违法违规金额30.5万元,但该院自查退回金额为0元。\n"
     "某县中心医院(某县第一人民医院)经查存在8项问题,违法违规金额10.2万元,但该院自查退回1.1万元。\n几家医院涉及的典型问题包括重复收费、超标准收费、串换项目等。\n",
     [["某市第二人民医院"], ["某县中心医院(某县第一人民医院)"]]),
    ("市卫健委通报了民营医院专项检查情况,抽查发现2家医院存在问题。\n甲区康复医院(甲区老年病医院)经查存在6项问题,违规收费金额8.6万元。\n"
     "乙县妇幼保健院经查存在4项问题,违规收费金额2.3万元。\n多家医院存在的共性问题包括分解收费、过度检查等。\n",
     [["甲区康复医院(甲区老年病医院)"], ["乙县妇幼保健院"]]),
    ("區醫保局通報定點機構檢查情況,涉及2家醫院。\n丙市人民醫院（丙市醫學院附屬醫院）經查存在15項問題，違規金額40萬元。\n"
     "丁縣人民醫院經查存在9項問題，違規金額12萬元。\n數家醫院涉及的問題主要是重複收費、超標準收費。\n",
     [["丙市人民医院（丙市医学院附属医院）"], ["丁县人民医院"]]),
]


@pytest.mark.parametrize("text,units", HOSPITALS)
def test_a_bodys_bracketed_other_name_is_part_of_its_unit_and_a_count_of_unnamed_bodies_is_no_body(text, units):
    assert [u for *_r, u in _read(text)] == units


def test_a_name_opening_on_duo_and_a_bracket_that_names_no_body_are_read_as_before():
    text = ("省医保局近日通报飞行检查情况,涉及2家医院。\n其中,多伦县人民医院经查存在5项问题,违法违规金额3.5万元。\n"
            "某市中医院(民营)经查存在7项问题,违法违规金额6.1万元。\n")
    assert [u for *_r, u in _read(text)] == [["多伦县人民医院"], ["某市中医院"]]


# --- news of one inspection finding: the bodies it takes in and its handing on are no part of it; money handed back -------
ONE_FINDING_NEWS = [
    "“这笔钱是单位发的,为什么要退?”近日,某乡纪委办公室来了一位老同志。\n2022年,县委巡察组在巡察某乡时发现包括乡卫生院在内的多个单位存有违规发放加班费问题并反馈,要求整改。\n"
    "今年5月,乡纪委开展巡察整改专项检查。\n随后,乡纪委向相关人员发出清退通知,8人全部退回了违规领取的加班费。\n",
    "市委巡察组在巡察某街道中发现包括两个社区在内的部分单位存在超标准发放补贴问题并向街道党工委通报,责令限期整改。\n"
    "街道纪工委随即追缴违规发放的补贴,12名干部退还了多领的补贴。\n",
    "縣委巡察組在巡察某鎮中發現包括鎮農業站在內的多個站所存有違規發放津貼問題並反饋,要求整改。\n鎮紀委隨後清退違規發放的津貼,相關人員退回了全部款項。\n",
]


@pytest.mark.parametrize("text,title", list(zip(ONE_FINDING_NEWS, ["多个单位存有违规发放加班费问题", "部分单位存在超标准发放补贴问题",
                                                              "多个站所存有违规发放津贴问题"])))
def test_news_of_one_patrol_finding_whose_money_was_handed_back_reads_that_finding_done(text, title):
    assert [(t, s, m) for _q, _c, t, s, m, _u in _read(text)] == [(title, "done", 1)]


def test_news_of_the_same_finding_with_nothing_done_yet_reads_no_problem():
    text = ("县委巡察组在巡察某镇中发现包括镇农业站在内的多个站所存有违规发放津贴问题并反馈,要求整改。\n"
            "下一步,镇纪委将持续跟踪督促。\n")
    assert _read(text) == []


# --- an audit announcement under its series' masthead; its dateline in Chinese numerals ---------------------------------
MASTHEADS = [
    ("某县审计局\n审计结果公告\nMOUXIAN SHENJIJU\n2023年第5号\n(总第312号)\n某县审计局办公室\n某县人民医院门诊楼改造工程竣工决算审计结果\n"
     "(二〇二三年三月八日公告)\n根据《中华人民共和国审计法》,某县审计局对该工程竣工决算进行了审计。现将审计结果公告如下:\n"
     "一、基本情况\n该工程总投资500万元。\n",
     ("某县人民医院门诊楼改造工程竣工决算审计结果", "某县审计局", "2023-03-08")),
    ("某省审计厅\n审计公告\n2021年第2号\n某省高速公路建设项目跟踪审计结果\n（二〇二一年五月二十日公告）\n"
     "根据审计工作安排,某省审计厅对该项目进行了跟踪审计。\n一、基本情况\n该项目全长80公里。\n",
     ("某省高速公路建设项目跟踪审计结果", "某省审计厅", "2021-05-20")),
    ("某市審計局\n審計結果公告\n2019年第11號\n某市第三中學校長任期經濟責任審計結果公告\n(二O一九年十月九日公告)\n"
     "根據審計法規定,某市審計局對該校校長任期經濟責任進行了審計。\n一、基本情況\n該校有教職工120人。\n",
     ("某市第三中學校長任期經濟責任審計結果公告", "某市審計局", "2019-10-09")),
]


@pytest.mark.parametrize("text,expected", MASTHEADS)
def test_an_audit_announcements_own_title_over_its_chinese_numeral_dateline_wins_over_its_series_name(text, expected):
    r = parse_text(text)
    assert (r.title, r.issuer, r.report_date) == expected


def test_a_bare_series_name_with_no_dateline_under_it_stays_the_title():
    r = parse_text("审计结果公告\n某县审计局对县交通局2022年度预算执行情况进行了审计。\n一、基本情况\n县交通局为县政府工作部门。\n")
    assert (r.title, r.issuer, r.report_date) == ("审计结果公告", None, None)


# --- a short numbered line stating a shortcoming over a labelled problem ("1.…不够扎实。" / "问题1：…") is its category ---
SUBHEADED = [
    ("某街道党工委关于巡察整改进展情况的通报\n一、组织整改情况\n街道党工委成立整改专班。\n二、整改进展情况\n（一）党的建设方面\n"
     "1.基层党组织建设不够扎实。\n问题1：部分社区党组织“三会一课”记录不完整。\n整改情况：一是补齐会议记录；二是开展专项检查。\n",
     (1, "基层党组织建设不够扎实", "部分社区党组织“三会一课”记录不完整")),
    ("某镇党委关于巡察整改情况的通报\n一、整改工作开展情况\n镇党委专题研究整改。\n二、具体问题整改情况\n（一）落实全面从严治党主体责任方面\n"
     "2、廉政风险防控机制不健全。\n问题2：镇属单位财务审批流程不规范。\n整改情况：修订财务管理制度。\n",
     (2, "廉政风险防控机制不健全", "镇属单位财务审批流程不规范")),
    ("某局黨組關於巡察整改進展情況的通報\n一、整改組織情況\n局黨組召開專題會議。\n二、整改進展情況\n（一）貫徹落實上級決策部署方面\n"
     "1.意識形態工作責任制落實不到位。\n問題1：宣傳陣地管理存在薄弱環節。\n整改情況：建立陣地管理台賬。\n",
     (1, "意识形态工作责任制落实不到位", "宣传阵地管理存在薄弱环节")),
]


@pytest.mark.parametrize("text,expected", SUBHEADED)
def test_a_numbered_line_stating_a_shortcoming_over_a_labelled_problem_is_its_category(text, expected):
    assert [(q, c, t) for q, c, t, *_ in _read(text)] == [expected]


def test_a_numbered_measure_line_before_the_next_labelled_problem_is_no_category():
    text = ("某镇党委关于巡察整改情况的通报\n一、整改工作开展情况\n镇党委专题研究整改。\n二、具体问题整改情况\n（一）党的建设方面\n"
            "问题1：部分村党组织软弱涣散。\n整改情况：\n1.对整改不到位的支部书记进行约谈。\n问题2：党员发展程序不规范。\n整改情况：重新核查发展材料。\n")
    assert [c for _q, c, *_ in _read(text)] == ["党的建设方面", "党的建设方面"]


# --- an audit finding part put right: part of the money back and the rest not, or its fix still to come -------------------
PART_RECOVERED = [
    "某区专项资金审计情况报告\n一、审计发现的主要问题及处理情况\n（一）区民政局违规向已死亡人员发放低保金，涉及金额12万元。\n"
    "2021年至2022年，区民政局向已死亡人员发放低保金12万元。截至2023年2月，已从相关账户扣回8万元，尚有4万元未追回。对此，区审计局已责令区民政局予以追回。\n",
    "某市審計結果公告\n一、審計發現的主要問題\n（一）市教育局超範圍列支培訓費，涉及金額6萬元。\n"
    "市教育局2022年超範圍列支培訓費6萬元。目前已退回4萬元，還有2萬元尚未退回。對此，市審計局已責令市教育局整改。\n",
    "某镇审计结果公告\n一、审计发现的主要问题\n（一）镇财政所违规发放加班补贴5万元。\n2022年，镇财政所违规发放加班补贴5万元。截至目前已收回3万元，其余2万元未收回。\n",
]


@pytest.mark.parametrize("text", PART_RECOVERED)
def test_an_audit_finding_whose_money_is_partly_recovered_is_in_progress(text):
    assert [s for _q, _c, _t, s, *_ in _read(text)] == ["in_progress"]


FIX_TO_COME = [
    ("某县审计结果公告\n一、基本情况\n该工程总投资300万元。\n二、审计发现的主要问题\n（一）多计工程价款18.6万元。\n（二）多支付设计费3.1万元。\n"
     "三、审计发现问题的整改情况\n县水利局已核减多计的工程价款,并说明:多支付设计费3.1万元将在后续结算中予以扣回。\n", [None, "in_progress"]),
    ("某县审计结果公告\n一、基本情况\n该项目总投资900万元。\n二、审计发现的主要问题\n（一）多计监理费2.4万元。\n（二）未按规定办理竣工验收。\n"
     "三、审计整改情况\n县交通运输局已补办竣工验收手续,并承诺:多计监理费2.4万元拟在竣工结算时核减。\n", ["in_progress", None]),
    ("某市審計結果公告\n一、基本情況\n該項目總投資600萬元。\n二、審計發現的主要問題\n（一）多付材料款1.5萬元。\n"
     "三、審計發現問題的整改情況\n市住建局回覆說明：多付材料款1.5萬元將在下期進度款中扣回。\n", ["in_progress"]),
]


@pytest.mark.parametrize("text,states", FIX_TO_COME)
def test_an_audit_finding_named_again_with_its_fix_still_to_come_is_in_progress(text, states):
    assert [s for _q, _c, _t, s, *_ in _read(text)] == states


def test_an_audit_finding_recovered_whole_or_only_ordered_is_not_read_as_in_progress():
    whole = ("某镇审计结果公告\n一、审计发现的主要问题\n（一）镇财政所违规发放加班补贴5万元。\n"
             "2022年，镇财政所违规发放加班补贴5万元。截至目前已全部收回。\n")
    ordered = ("某县审计结果公告\n一、基本情况\n该工程总投资300万元。\n二、审计发现的主要问题\n（一）多计工程价款18.6万元。\n（二）多支付设计费3.1万元。\n"
               "三、审计处理情况\n对多支付设计费3.1万元的问题，责令县水利局收回。\n")
    assert [s for _q, _c, _t, s, *_ in _read(whole)] == [None]
    assert [s for _q, _c, _t, s, *_ in _read(ordered)] == [None, None]
