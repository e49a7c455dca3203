"""flat20 (session 20): a web copy whose line breaks a scraper lost (perturb.py --perturbations flat), where a list's
items were run together on one line and the gaps the breaks left stand after a comma, a semicolon or an ASCII colon
(which normalize._RE_LOST_BREAK does not read), or the line is too short for it.

Rule (normalize._numbered_breaks, run by restore_lost_breaks on every paragraph with a gap):
- a numbering of one style (1. / 1、 / (1)) followed, after a gap, by the next number of the same style: each number
  opens a line (the run's 1 too, after a gap or a colon); a 1 after a colon and a gap opens a line alone too.
Near misses: a number inside a sentence (第1.2条, 2.5亿元, 3、4月), a quoted （一）, a lone number (not after a colon), a date, a table's row,
and a paragraph holding a list of problems then a second list of their measures (read inline, item by item).
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.normalize import restore_lost_breaks

HEAD = "3月2日，镇督查组对我校食堂进行了检查，针对检查中发现的问题，现将整改情况报告如下："


def test_numbered_items_run_together_after_commas_and_gaps_each_open_a_line():
    line = "1、留样柜温度记录缺失, 2、食堂后门纱窗破损, 3、消毒记录不全, 4、冷库内生熟食品混放。"
    assert restore_lost_breaks([HEAD, "一、检查发现的问题", line]) == [
        HEAD, "一、检查发现的问题", "1、留样柜温度记录缺失,", "2、食堂后门纱窗破损,", "3、消毒记录不全,", "4、冷库内生熟食品混放。"]
    doc = parse_text("\n".join([HEAD, "一、检查发现的问题", line]))
    assert [p.title[:6] for p in doc.problems] == ["留样柜温度记", "食堂后门纱窗", "消毒记录不全", "冷库内生熟食"]


def test_a_list_opened_after_an_ascii_colon_and_a_gap_is_cut_before_its_first_number_too():
    text = "检查发现以下问题: 1.消防通道堆放杂物; 2.灭火器过期未换; 3.应急照明灯损坏。"
    assert restore_lost_breaks([text]) == ["检查发现以下问题:", "1.消防通道堆放杂物;", "2.灭火器过期未换;",
                                           "3.应急照明灯损坏。"]


def test_bracketed_numbers_in_sequence_after_gaps_open_lines():
    text = "(1)台账登记不及时; (2)隐患整改无复查记录; (3)培训记录缺少签名。"
    assert restore_lost_breaks([text]) == ["(1)台账登记不及时;", "(2)隐患整改无复查记录;", "(3)培训记录缺少签名。"]


def test_numbers_inside_sentences_are_no_list_and_stay_on_their_line():
    for text in ("依据 第1.2条 规定，项目总投资 2.5亿元，计划 3、4月 完工。",
                 "会议于 2021.5.13 召开，会上通报了 1. 号文件的执行情况。",
                 "按照“（一）”项的要求， （二）项另行通知，请各单位遵照执行。",
                 "整改时限: 1.5个月内完成，责任单位: 1、2号楼物业。"):
        assert restore_lost_breaks([text]) == [text]


def test_a_table_row_keeps_its_line():
    row = "1.厨房地面湿滑 2.灭蝇灯损坏\t某某学校\t2024-10-09"
    assert restore_lost_breaks([row]) == [row]


def test_a_list_of_problems_then_a_list_of_their_measures_in_one_paragraph_is_left_whole():
    text = ("检查中发现以下问题: 1、教室照明不足; 2、旱厕蹲位偏少; 3、浴室设施简陋。 针对以上问题，现将整改情况报告如下: "
            "1、立即更换灯管，本月底前完成; 2、新建水冲式厕所一座; 3、增加淋浴设施。")
    assert restore_lost_breaks([text]) == [text]


def test_a_lone_first_item_after_a_colon_and_a_gap_opens_a_line():
    assert restore_lost_breaks(["检查发现问题: 1.消防通道堆放杂物，已当场整改。"]) == ["检查发现问题:", "1.消防通道堆放杂物，已当场整改。"]


BODY = ("根据县委统一部署，县委第二巡察组对某某镇党委开展了常规巡察，发现问题12个，截至目前已全部整改完成，"
        "现将有关情况通报如下，请各单位对照检查，举一反三，切实抓好整改落实，确保问题不反弹、不回潮。")


def test_a_page_timestamp_after_a_bracket_or_a_web_address_opens_a_line_and_is_the_report_date():
    for stamp, before in (("2024-08-29 13:51:01", "www.example.gov.cn 】 【"), ("2017年01月06日 14:53:26", "完成“政治体检”"),
                          ("24.10.2015  12:23", "金融系统将体检")):
        text = f"某某镇巡察整改工作取得实效 某某网 {before} {stamp} 来源: 某某日报 {BODY} 某某 某某 某某"
        lines = restore_lost_breaks([text])
        assert any(x.startswith(stamp) for x in lines), lines
    doc = parse_text(f"某某镇巡察整改工作取得实效 某某网 www.example.gov.cn 2024-08-29 13:51:01 来源: 某某日报 {BODY} 某某 某某")
    assert doc.report_date == "2024-08-29"


def test_a_labelled_publication_date_keeps_its_label_and_opens_a_line():
    text = f"关于某某镇巡察整改情况的通报 信息来源: 发布时间: 2025/06/20 {BODY}"
    lines = restore_lost_breaks([text])
    assert any(x.endswith("发布时间: 2025/06/20") for x in lines) and BODY in lines
    assert parse_text(text).report_date == "2025-06-20"


def test_a_date_and_its_time_inside_a_sentence_or_after_its_own_label_stay_on_their_line():
    from zhenggai.importer.parse.normalize import _RE_STAMP_BREAK

    assert _RE_STAMP_BREAK.split("发布日期: 2021-06-25 16:57") == ["发布日期: 2021-06-25 16:57"]
    assert _RE_STAMP_BREAK.split("会议于 2021年5月13日召开，要求于 6月底前完成整改") == [
        "会议于 2021年5月13日召开，要求于 6月底前完成整改"]


def test_a_first_heading_after_a_colon_and_a_gap_opens_a_line():
    text = "经检查，存在问题如下: 一、教学楼 1.灭火器过期未换 2.楼梯扶手缺损 3.应急照明灯损坏"
    assert restore_lost_breaks([text]) == ["经检查，存在问题如下:", "一、教学楼", "1.灭火器过期未换", "2.楼梯扶手缺损",
                                           "3.应急照明灯损坏"]


def test_a_section_heading_with_its_first_item_after_a_colon_is_left_to_the_section_reader():
    text = "现将审计结果公告如下: 一、基本情况 （一）项目计划：全年安排重点项目十个。"
    assert restore_lost_breaks([text]) == [text]


def test_a_numbered_field_heading_run_into_a_value_opening_with_a_date_opens_a_line():
    text = ("一、反馈问题 某某污水处理厂提标改造进度缓慢，按照要求，敏感区域城镇污水处理设施应于2017年底前全面达到一级A排放标准，"
            "但提标改造工作一拖再拖，自行制订的方案擅自放松标准，至今仅完成一座。 二、整改目标 全面达到一级A排放标准。 三、整改措施 "
            "2019年9月30日前，完成两座污水处理厂的提标改造工程。 四、整改效果 已按期完成提标改造任务，出水达到一级A排放标准。"
            " 五、公示期限 2019年12月18日至2019年12月22日，共5天，如有异议，请以书面或电话形式反馈。")
    assert len(text) >= 200
    lines = restore_lost_breaks([text])
    assert "三、整改措施" in lines and "2019年9月30日前，完成两座污水处理厂的提标改造工程。" in lines


def test_a_numbered_heading_that_is_no_field_label_keeps_its_words():
    from zhenggai.importer.parse.normalize import _field_heading

    assert _field_heading("一、2019年工作回顾") == ["一、2019年工作回顾"]
    assert _field_heading("三、整改措施落实 2019年完成") == ["三、整改措施落实 2019年完成"]


def test_a_doc_sharing_previews_chunk_numbers_are_no_list():
    text = ("《某某县整改方案.doc》由会员分享，可在线阅读。 1、某某县贯彻落实督察反馈意见整改方案为切实抓好反馈意见整改 "
            "2、落实，确保各项整改任务按期完成 3、，制定整改措施，明确整改目标。")
    assert restore_lost_breaks([text]) == [text]
