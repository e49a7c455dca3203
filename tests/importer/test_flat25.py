"""Session 25 (flat25): a page that lost its line breaks (paragraphs joined by a space, perturb.py's ``flat``) with a
date in ASCII brackets closing a line: an audit announcement's "(…日公告)" over its text, a brief's or a table's title
closed by its date. The gap after such a bracket is a lost break (the gaps before "）" were read so already, not those
after ")"); a bracket holding no date, or a date with no gap after it, is left as it stands."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.normalize import _dated_bracket, restore_lost_breaks


def _flat(lines: list[str]) -> str:
    return " ".join(lines)


def test_an_audit_announcement_dated_in_chinese_numerals_keeps_its_date_when_flattened():
    text = _flat([
        "(二〇二四年六月五日公告)",
        "2024年第7号(总第88号)",
        "根据《中华人民共和国审计法》的规定,某县审计局对某县水务投资有限公司2022年度财务收支情况进行了审计。现将审计结果公告如下:",
        "一、基本情况",
        "某县水务投资有限公司系县属国有企业,主要从事供水工程建设和运营管理,2022年末资产总额5.2亿元。",
        "二、审计发现的主要问题",
        "(一)未按规定计提折旧120.36万元。",
        "(二)工程结算审核不严,多付工程款45.8万元。",
        "三、审计处理及整改情况",
        "针对上述问题,某县审计局已依法出具审计报告,要求该公司限期整改。",
    ])
    pieces = restore_lost_breaks([text])
    assert pieces[0] == "(二〇二四年六月五日公告)"
    assert parse_text(text).report_date == "2024-06-05"


def test_a_brief_whose_title_closes_with_its_date_reads_that_date_when_flattened():
    text = _flat([
        "第三巡查组工作简报(2021年3月9日)",
        "今天上午,区城市管理综合巡查第三巡查组对滨河路沿线开展专项巡查。",
        "巡查组一行沿滨河路步行检查,共发现问题5处,主要涉及占道经营、垃圾清运不及时、绿化带破损等方面。",
        "针对发现的问题,巡查组当场联系属地街道和相关部门现场处置。",
        "截至巡查结束,5处问题已整改4处,剩余1处正在整改中,预计明日完成。",
    ])
    pieces = restore_lost_breaks([text])
    assert pieces[0] == "第三巡查组工作简报(2021年3月9日)"
    result = parse_text(text)
    assert (result.title, result.report_date) == ("第三巡查组工作简报(2021年3月9日)", "2021-03-09")


def test_an_announcement_date_after_a_page_label_stands_on_its_own_line():
    assert _dated_bracket("访问次数: ( 2023年9月12日公告) 根据《中华人民共和国审计法》等规定,某区审计局对某镇进行了审计。") == [
        "访问次数:", "( 2023年9月12日公告)", "根据《中华人民共和国审计法》等规定,某区审计局对某镇进行了审计。"]


def test_a_bracket_that_holds_no_date_or_a_weekday_is_no_break():
    # near misses: a bracket naming no date (试行, 星期三), and a dated bracket inside a sentence with no gap after it
    for piece in ("某县农村人居环境整治考核办法(试行) 第一条 为推进农村人居环境整治,制定本办法。",
                  "会议于3月8日(星期三) 下午在县政府三楼会议室召开,各乡镇主要负责人参加。",
                  "县委巡察组于2022年5月16日(周一)进驻并召开动员会(2022年5月16日)后开展个别谈话。"):
        assert _dated_bracket(piece) == [piece]


def _typical_cases(gap: str) -> str:
    return gap.join([
        "省生态环境保护督察公开三起典型案例",
        "近日,省第二生态环境保护督察组深入现场,查实了一批突出生态环境问题,现公开三起典型案例。",
        "某市部分工业园区污水收集处理不到位",
        "2023年4月,督察组在某市督察发现,两个工业园区污水管网建设滞后,部分企业废水直排河道,群众反映强烈。",
        "某县违规占用林地建设旅游项目",
        "2022年以来,某县在未取得林地使用许可的情况下,违规占用林地建设旅游设施,破坏林地植被。",
        "某区建筑垃圾随意倾倒问题突出",
        "2023年4月,督察组在某区督察发现,多处建筑垃圾随意堆放倾倒,未采取任何防尘措施。",
    ])


def test_typical_case_titles_run_into_an_account_opening_with_its_year_come_apart():
    # the flattened copy is cut back into the printed lines, and so read as the printed text is
    assert restore_lost_breaks([_typical_cases(" ")]) == _typical_cases("\n").split("\n")
    printed, flat = parse_text(_typical_cases("\n")), parse_text(_typical_cases(" "))
    assert [p.title for p in flat.problems] == [p.title for p in printed.problems]
    assert len(flat.problems) == 3


def test_words_leading_into_a_date_stay_with_their_sentence():
    # near misses: a sentence's words ending in 于 before its date, and a date after a comma inside a sentence
    from zhenggai.importer.parse.normalize import _heading_then_year
    for piece in ("县委第三巡察组定于 2021年5月13日,进驻某镇开展常规巡察。",
                  "经现场核查,该企业 2023年4月,擅自停运污染防治设施。"):
        assert _heading_then_year(piece) == [piece]
    assert _heading_then_year("某县违规占用林地建设旅游项目 2022年以来,某县在未取得许可的情况下违规建设。") == [
        "某县违规占用林地建设旅游项目", "2022年以来,某县在未取得许可的情况下违规建设。"]


def test_a_page_counter_with_its_figure_and_a_dateline_between_gaps_stand_apart_from_the_text():
    from zhenggai.importer.parse.normalize import _page_line_tail
    assert _page_line_tail("更新时间:2022-09-14 点击数:2087 为进一步压实安全生产责任,县应急管理局开展了专项检查。") == [
        "更新时间:2022-09-14 点击数:2087", "为进一步压实安全生产责任,县应急管理局开展了专项检查。"]
    assert _page_line_tail("某县财政局局长 王某某 2024年8月27日 主任、各位副主任、秘书长、各位委员:") == [
        "某县财政局局长 王某某", "2024年8月27日", "主任、各位副主任、秘书长、各位委员:"]


def test_a_date_its_sentence_leads_into_or_a_counter_left_with_no_figure_is_not_cut_here():
    from zhenggai.importer.parse.normalize import _page_line_tail
    for piece in ("县委第三巡察组定于 2021年5月13日 召开巡察工作动员会,会期半天。",
                  "整改期限截至 2024年12月31日 前全部完成。",
                  "浏览次数: 根据上级有关文件精神,县住建局开展了专项检查。"):
        assert _page_line_tail(piece) == [piece]


def test_a_flattened_report_to_the_standing_committee_reads_its_dateline():
    lines = ["关于2023年度区本级预算执行和其他财政收支审计查出问题整改情况的报告",
             "某区审计局局长 李某某", "2024年9月26日", "主任、各位副主任、各位委员:",
             "我受区人民政府的委托,向区人大常委会报告2023年度区本级预算执行和其他财政收支审计查出问题的整改情况,请予审议。",
             "一、审计查出问题整改工作的部署推进情况", "区政府高度重视审计整改工作,召开常务会议专题研究部署。",
             "二、审计查出问题的整改情况", "(一)财政管理审计查出问题的整改情况。已整改到位。"]
    assert parse_text(" ".join(lines)).report_date == parse_text("\n".join(lines)).report_date == "2024-09-26"


def test_a_bare_date_label_with_its_figures_is_a_page_line_of_its_own():
    from zhenggai.importer.parse.normalize import _page_line_tail
    assert _page_line_tail("監察院巡察南投縣 • 日期:105-11-02 本院委員於本年十月三十一日赴南投縣巡察,受理民眾陳情。") == [
        "監察院巡察南投縣", "• 日期:105-11-02", "本院委員於本年十月三十一日赴南投縣巡察,受理民眾陳情。"]
    assert _page_line_tail("关于开展汛前安全检查的通知 日期:2021-06-05 为加强汛期安全管理,现就有关事项通知如下。")[1] == "日期:2021-06-05"
    # near miss: a form's date in words goes on with its line
    piece = "检查单位:县应急管理局 检查日期:2023年5月1日 检查人员:张某、李某"
    assert _page_line_tail(piece) == [piece]


def test_dotted_section_numbers_in_sequence_open_their_lines_in_a_flattened_report():
    lines = ["2023年,省委巡视组对省属高校开展了专项巡视,现将反馈的深层次问题梳理如下,供各单位对照整改。",
             "一、党建工作方面的问题",
             "1.1 基层党组织标准化建设不到位",
             "部分院系党支部组织生活不规范,三会一课记录不全,党员教育管理流于形式,发展党员程序执行不严格。",
             "1.2 意识形态工作责任制落实不力",
             "对课堂、讲座、论坛等阵地管理不严,舆情应对机制不健全,个别教师言行失范未及时处理。",
             "二、财务管理方面的问题",
             "2.1 科研经费管理不规范",
             "部分项目存在虚列支出、超范围使用经费问题,经费报销审核把关不严。"]
    out = restore_lost_breaks([" ".join(lines)])
    assert "1.1 基层党组织标准化建设不到位" in out and "1.2 意识形态工作责任制落实不力" in out and "2.1 科研经费管理不规范" in out


def test_a_figure_between_gaps_with_no_neighbour_in_sequence_stays_in_its_sentence():
    # near miss: prose's decimal figures between gaps, "增长 1.5 个百分点", one figure, no run
    from zhenggai.importer.parse.normalize import _dotted_numbers
    assert _dotted_numbers("全年地区生产总值同比增长 1.5 个百分点,财政收入 2.3 亿元,较上年有所回落。") == set()
    assert _dotted_numbers("问题清单 1.1 制度不健全 1.2 执行不到位") == {(1, 1), (1, 2)}


def test_a_congress_reports_occasion_line_comes_apart_from_the_timestamp_and_the_reporter():
    from zhenggai.importer.parse.normalize import _page_line_tail
    assert _page_line_tail("发布时间:2023-02-14 09:12:30 ——2022年9月27日在某省第十四届人民代表大会常务委员会第三次会议上 "
                           "某省审计厅厅长 张某某") == [
        "发布时间:2023-02-14 09:12:30", "——2022年9月27日在某省第十四届人民代表大会常务委员会第三次会议上", "某省审计厅厅长 张某某"]
    # near miss: a sentence telling of such a meeting, no dash opening a line of its own
    piece = "报告于2022年9月27日在省人大常委会第三次会议上审议,常委会组成人员提出了审议意见。"
    assert _page_line_tail(piece) == [piece]
