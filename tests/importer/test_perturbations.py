"""A document reads the same after what real copies do to it (session 15, tests/importer/real/tools/perturb.py):
hard line breaks at a page's width, page numbers and running headers, web chrome around the text, a traditional copy.
Constructed texts only; each rule has a near miss that must not fire."""
from __future__ import annotations

from zhenggai.importer.parse import parse_bytes, parse_text
from zhenggai.importer.parse.normalize import Para, full_page_lines, join_broken_lines, page_furniture

TITLE = "某县市场监督管理局党组关于县委巡察反馈意见整改进展情况的通报"
BODY = [
    "根据县委统一部署，2023年4月3日至5月26日，县委第二巡察组对县市场监督管理局党组开展了常规巡察，"
    "2023年7月11日反馈了巡察意见。局党组坚持把巡察整改作为重大政治任务，现将整改进展情况予以公布。",
    "一、巡察反馈问题整改情况",
    "1.关于“学习贯彻习近平新时代中国特色社会主义思想不够深入，理论学习与业务工作结合不紧”问题的整改",
    "一是制定党组理论学习中心组年度学习计划，开展专题研讨6次；二是建立学习成果转化台账，"
    "梳理转化成果12项；三是将学习情况纳入干部年度考核。",
    "2.关于“食品安全“两个责任”落实不到位，包保干部督导流于形式”问题的整改",
    "一是对全县1960家主体重新明确包保干部，实现包保全覆盖；二是开展督导情况季度通报，"
    "约谈督导不力的包保干部7人。",
    "3.关于“特种设备安全监管存在盲区，部分电梯维保单位履职不到位，应急处置能力不足”问题的整改",
    "一是开展电梯安全专项检查，检查电梯412台；二是对23家维保单位进行约谈；三是推进电梯应急处置平台建设。",
    "二、下一步工作",
    "局党组将持续巩固整改成果，对已完成的整改事项适时开展“回头看”，对需要长期坚持的整改事项紧盯不放。",
    "中共某县市场监督管理局党组",
    "2023年12月20日",
]
TEXT = "\n".join([TITLE, *BODY]) + "\n"


def wrap(text: str, width: int) -> str:
    """Break each paragraph as a PDF viewer copies it: ``width`` columns a line (an ASCII character half a column),
    the first line two columns short, closing marks hung on the line they end."""
    out = []
    for line in text.splitlines():
        start, limit = 0, width - 2
        while start < len(line):
            used, i = 0.0, start
            while i < len(line) and used + (0.5 if line[i] < "\u0100" else 1) <= limit:
                used += 0.5 if line[i] < "\u0100" else 1
                i += 1
            while i < len(line) and line[i] in "，。、；：”）":
                i += 1
            out.append(line[start:i])
            start, limit = i, width
    return "\n".join(out) + "\n"


def reading(result) -> tuple:
    return (tuple((p.title, len(p.measures)) for p in result.problems), result.report_date, result.title)


def test_the_constructed_notice_reads_three_problems_as_written():
    titles, date, title = reading(parse_text(TEXT))
    assert [t for t, _ in titles][0].startswith("学习贯彻习近平新时代")
    assert [n for _, n in titles] == [3, 2, 3]
    assert date == "2023-12-20" and title == TITLE


def test_a_text_wrapped_at_a_pages_width_reads_as_the_text_does():
    base = reading(parse_text(TEXT))
    for width in (30, 33, 36, 40):
        assert reading(parse_text(wrap(TEXT, width))) == base, width


def test_page_numbers_and_a_running_header_between_pages_are_dropped():
    base = reading(parse_text(TEXT))
    for footer in ("— {n} —", "-{n}-", "第{n}页 共3页"):
        lines = wrap(TEXT, 34).splitlines()
        paged = lines[:9] + [footer.format(n=1), TITLE[:16]] + lines[9:18] + [footer.format(n=2), TITLE[:16]] + lines[18:]
        paged.append(footer.format(n=3))
        assert reading(parse_text("\n".join(paged))) == base, footer


def test_a_line_after_a_page_number_that_neither_recurs_nor_opens_the_title_is_text():
    paras = ["某某报告", "正文第一段没有写完，", "-1-", "接着写完的正文。", "二、下一步工作", "-2-", "三、其他"]
    assert page_furniture(paras) == {2, 5}


def test_an_item_line_after_a_page_number_is_never_a_running_header():
    paras = ["某某报告标题很长的一行", "正文。", "— 1 —", "二、下一步工作", "正文。", "— 2 —", "二、下一步工作"]
    assert page_furniture(paras) == {2, 5}


def test_a_numbered_sentence_is_not_a_page_number():
    assert page_furniture(["第3项问题已整改", "-3-5-", "第三页"]) == set()


def test_a_list_of_short_items_of_one_length_each_closed_by_its_stop_is_not_a_wrapped_text():
    items = {i: f"{i}.对全县第{i}批企业开展排查并建立台账清单完成整改。" for i in range(1, 12)}
    assert full_page_lines(items) == (set(), set())


def test_a_wrapped_pages_full_line_ending_on_a_closing_quote_goes_on_into_the_rest_of_its_heading():
    a = "1.关于“学习贯彻习近平新时代中国特色社会主义思想不够深入，理论学习与业务工作结合不紧”"
    paras = [Para(a, 0), Para("问题的整改", 1), Para("一是制定学习计划。", 2)]
    out = join_broken_lines(paras, lambda t: False, set(), None, {0})
    assert [p.text for p in out] == [a + "问题的整改", "一是制定学习计划。"]


def test_a_full_line_ending_on_a_closing_mark_does_not_run_into_the_next_item():
    a = "（责任单位：县市场监督管理局、县卫生健康局、县教育局、县公安局）"
    paras = [Para(a, 0), Para("2.建立学习成果转化台账。", 1)]
    assert len(join_broken_lines(paras, lambda t: False, set(), None, {0})) == 2


def test_a_likely_full_line_goes_on_but_not_into_a_label_unless_it_stops_on_a_comma():
    a = "问题1.1：学习贯彻习近平新时代中国特色社会主义思想不够深入，理论学习与业务工作结合不紧"
    kept = join_broken_lines([Para(a, 0), Para("整改时限：长期坚持", 1)], lambda t: False, set(), None, {0})
    assert len(kept) == 2
    joined = join_broken_lines([Para(a + "，", 0), Para("整改情况：一是建立制度。", 1)], lambda t: False, set(), None, {0})
    assert len(joined) == 1


def test_a_line_stopping_on_a_comma_goes_on_even_into_a_title_like_line():
    title_like = lambda t: t.endswith("情况")  # noqa: E731
    a = "现将督察反馈问题第7项关于“院内存有大量扫保过程中收集的尘土、"
    b = "废物，未采取有效的防尘措施，产生扬尘污染问题”整改任务落实情况"
    assert len(join_broken_lines([Para(a, 0), Para(b, 1)], title_like)) == 1
    assert len(join_broken_lines([Para(a[:-1], 0), Para(b, 1)], title_like)) == 2


def test_web_chrome_around_a_page_keeps_the_date_under_its_title():
    page = "某街道2015年工作总结和2016年工作安排 2016-03-07\n2015年，街道在区委的领导下，圆满完成各项工作任务。\n"
    chrome = ("当前位置：首页 > 通知公告 > 正文\n\n" + page.replace("\n", "\n字号：大 中 小\n", 1)
              + "分享到：\n【打印本页】【关闭窗口】\n上一篇：关于做好一季度工作的通知\n下一篇：全市安全生产工作会议召开\n")
    assert parse_text(page).report_date == "2016-03-07"
    assert parse_text(chrome).report_date == "2016-03-07"


def test_a_traditional_copy_of_a_pasted_table_reads_as_the_simplified_one():
    table = ("序号\t问题描述\t整改措施\t责任股室\t整改时限\t完成情况\n"
             "1\t河长制工作推进不力，部分河段清四乱不彻底\t1.开展清四乱再排查；2.建立巡河台账\t河湖股\t2023年12月底\t已完成\n"
             "2\t农村饮水安全工程维护管理不到位\t1.制定运行管理办法；2.开展水质检测\t农水股\t2023年12月底\t已完成\n"
             "3\t水土保持监管存在薄弱环节\t1.建立监管台账；2.开展遥感核查\t水保股\t2024年6月底\t正在推进\n")
    import opencc

    traditional = opencc.OpenCC("s2t").convert(table)
    assert traditional != table
    simple = parse_bytes(table.encode("utf-8"), "t.txt")
    copy = parse_bytes(traditional.encode("utf-8"), "t.txt")
    assert len(simple.problems) == len(copy.problems) == 3
    assert [len(p.measures) for p in copy.problems] == [len(p.measures) for p in simple.problems]


def test_a_numbered_line_holding_a_run_in_heading_and_its_text_goes_on_into_the_next_line():
    a = "（一）全面自查自纠。围绕省、市级交叉飞行检查中反馈问题，协助完"
    b = "善本地过度检查、重复收费等4大类违规问题，细化10项违规行为。"
    assert len(join_broken_lines([Para(a, 0), Para(b, 1)], lambda t: False)) == 1


def test_a_numbered_heading_without_a_sentence_stays_apart_from_the_text_under_it():
    a = "（一）全面开展医保基金违规使用问题自查自纠工作"
    b = "围绕省、市级交叉飞行检查中反馈问题，细化10项违规行为。"
    assert len(join_broken_lines([Para(a, 0), Para(b, 1)], lambda t: False)) == 2


def test_a_full_line_ending_on_a_colon_goes_on_but_not_into_an_item():
    a = "根据《第二轮中央生态环境保护督察反馈意见整改方案》，第43项整改任务为："
    quoted = "“城区部分路段生活污水直排，城区污水管网建设滞后。”"
    assert len(join_broken_lines([Para(a, 0), Para(quoted, 1)], lambda t: False, set(), None, {0})) == 1
    assert len(join_broken_lines([Para(a, 0), Para("一、整改完成情况", 1)], lambda t: False, set(), None, {0})) == 2


def test_a_wrapped_line_of_the_first_paragraph_is_never_taken_for_the_title():
    from zhenggai.importer.parse.facts import find_title
    from zhenggai.importer.parse.normalize import is_chrome

    lines = [(0, "按照省委、省政府工作要求,省统计局于4月17日向某市反馈了2023"),
             (1, "年统计督察意见,市委副书记、市长作表态发言,市委常委主持会议,"),
             (2, "日,省统计局第1统计督察组对某市防范和惩治统计造假、弄虚作假情况"),
             (3, "开展了统计督察,督察组深入部门、企业和基层单位进行了实地核查。")]
    assert find_title(lines, is_chrome, {0, 1, 2, 3}) == (None, [])
    # the same lines not known to fill a page's width: a line stopping on a comma is body text already (expo25), so
    # the line after it that reads like a title is not taken
    assert find_title(lines, is_chrome) == (None, [])
    # with no such line before it (no comma at a line's end, no sentence ending inside one), it still is
    assert find_title([lines[0], lines[2], lines[3]], is_chrome)[0] is not None
