"""Rules added for what the seventh blind batch of real documents showed (issue 10, tests/importer/real/blind7),
and for the misses the third session left (end of tests/importer/real/README.md).

Each test states the genre's structure with a constructed text, not a copy of a labelled document."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.inspection import inspection_facts
from zhenggai.importer.parse.headline import headline_figures

from tests.importer.helpers import four_figures as _figures


def test_problems_counted_after_the_aspects_they_fall_under_are_the_total():
    assert _figures("会上，传达了市委巡察组的反馈意见，通报了局党组在政治建设、作风建设、纪律建设三大方面的27项问题。") == (
        27, None, None, None)


def test_a_done_count_given_as_part_of_the_count_just_stated_is_the_done_count():
    assert _figures("截至6月3日，巡察组共走访群众300余户，指出具体问题26个，其中19个已整改。")[:2] == (26, 19)
    assert _figures("巡察组指出具体问题26个，其中已整改19个。")[:2] == (26, 19)


def test_a_lower_levels_count_after_the_bodys_own_done_count_is_not_the_headline():
    text = ("镇纪委紧盯未完成事项，至目前，完成镇级问题整改21个，整改完成率84%。"
            "村级反馈的160个问题已完成整改150个，整改完成率93.8%。")
    assert _figures(text)[:2] == (None, 21)


def test_days_over_which_feedback_was_given_date_the_feedback_not_the_inspection():
    ins = inspection_facts("区委于2022年3月至5月开展了第二轮常规巡察，对12个单位开展了集中巡察。巡察情况经书记专题会议"
                           "审议后，于2022年6月8日至10日，集中对被巡察单位领导班子进行了反馈。", None)
    assert (ins.start, ins.end, ins.feedback_date) == (None, None, "2022-06-08")


def test_a_technical_review_with_a_day_range_and_a_feedback_meeting_on_a_bare_day():
    ins = inspection_facts("2023 年 5 月 16-17 日，市爱卫办组织专家组对某县创建卫生县城工作进行了技术评估。"
                           "县长在 17 日下午的技术评估反馈会上表态，对存在的问题立即整改。", None)
    assert (ins.start, ins.end, ins.feedback_date) == ("2023-05-16", "2023-05-17", "2023-05-17")


def test_a_visit_that_checks_the_rectification_is_neither_the_period_nor_the_feedback():
    ins = inspection_facts("2021-06-02 10:20:11 来源：某县\n5月24日至26日，市第二督察组人员下沉某县督察"
                           "环保督察反馈问题整改情况。督察组实地查看了3个项目。", None)
    assert (ins.start, ins.end, ins.feedback_date) == (None, None, None)
    again = inspection_facts("2022年3月20日至22日，县纪委监委工作组对某镇开展巡察反馈问题整改落实情况回访督查。", None)
    assert (again.start, again.end) == (None, None)


def test_a_doc_sharing_sites_upload_time_is_not_the_report_date():
    r = parse_text("\n".join([
        "某局巡察整改进展情况",
        "上传人:Ab****c 文档编号:12345678 上传时间:2022-08-05 格式:DOCX 页数:12",
        "根据县委统一部署，2021年4月6日至5月20日，县委第二巡察组对某局党组开展了常规巡察。",
    ]))
    assert r.report_date is None
    dated = parse_text("某局巡察整改进展情况\n发布时间:2022-08-05 10:11\n根据县委统一部署，县委第二巡察组对某局党组开展了巡察。")
    assert dated.report_date == "2022-08-05"


def test_done_counts_split_by_how_the_problems_are_rectified_add_up():
    text = "巡察反馈问题30个，其中立行立改问题8个，均已全部整改到位；限期整改问题22个，已完成整改17个。"
    assert _figures(text)[:2] == (30, 25)
    # parts that do not add up to the total are not the total's split: no done count is made up from them
    assert _figures("巡察反馈问题30个，其中立行立改问题8个，已全部整改到位；涉及资金问题5个，已完成3个。")[:2] == (30, None)


def test_problems_refined_into_specific_ones_are_counted_as_refined():
    text = "针对巡察组反馈的3个方面14个问题，局党组逐条梳理，细化为41项具体问题，已完成整改36项。"
    assert _figures(text)[:2] == (41, 36)
    # measures refined into steps keep the measures' count (as blind2/boxing_hospital_bulletin is labelled)
    assert _figures("针对反馈的14个问题，制定了40项整改措施，并细化为96条具体措施。")[:3] == (14, None, 40)


def test_a_web_table_flattened_to_one_cell_per_line_is_read_as_a_ledger(tmp_path):
    from zhenggai.importer.parse import parse_file

    path = tmp_path / "gongshi.txt"
    path.write_text("\n".join([
        "某区环保督察反馈问题整改情况公示",
        "序号", "反馈问题", "整改措施", "责任单位", "整改时限", "",
        "1", "部分河道沿岸仍有生活垃圾堆放", "1.开展河道沿岸垃圾清理；2.建立日常保洁机制", "区城管局", "2023年底", "",
        "2", "工业园区雨污分流不彻底", "实施雨污分流改造", "区住建局、区生态环境分局", "2024年6月底",
        "特此公示。",
    ]), encoding="utf-8")
    r = parse_file(path)
    assert [(p.seq, p.title, p.measure_count, p.responsible_units, p.deadline) for p in r.problems] == [
        (1, "部分河道沿岸仍有生活垃圾堆放", 2, ["区城管局"], "2023年底"),
        (2, "工业园区雨污分流不彻底", 1, ["区住建局", "区生态环境分局"], "2024年6月底")]


def test_one_cell_per_line_needs_the_running_number_where_a_row_begins():
    from zhenggai.importer.extract import cell_per_line_tables

    lines = ["序号", "存在问题", "整改措施", "责任单位", "1", "问题甲", "措施甲", "单位甲", "3", "问题丙", "措施丙", "单位丙"]
    assert cell_per_line_tables(lines) == [[["序号", "存在问题", "整改措施", "责任单位"], ["1", "问题甲", "措施甲", "单位甲"]]]
    assert cell_per_line_tables(["序号", "姓名", "职务", "1", "张三", "科长"]) == []


def test_a_notice_whose_task_is_quoted_after_its_number_is_that_one_task():
    r = parse_text("\n".join([
        "关于第二轮省级生态环境保护督察整改任务（序号七）完成情况的公示",
        "根据市整改方案，整改任务（序号七）：“城区部分路段扬尘污染问题突出，群众反映强烈”，责任单位为某区人民政府、市住建局。",
        "经整改，某区建立工地扬尘在线监测系统，完成道路机扫全覆盖，该任务已完成整改，经市级验收，现予以公示。",
        "公示期：2024年5月6日至5月12日。联系电话：0000-1234567。",
    ]))
    assert [(p.seq, p.title, p.status, p.measure_count, p.responsible_units) for p in r.problems] == [
        (7, "城区部分路段扬尘污染问题突出，群众反映强烈", "done", 1, ["某区人民政府", "市住建局"])]


def test_a_status_alone_as_the_first_sentence_after_a_problem_is_its_status():
    r = parse_text("\n".join([
        "某县人民政府关于审计查出问题整改情况的报告",
        "二、审计查出问题的整改情况",
        "（一）财政管理审计查出问题的整改情况",
        "1.部分非税收入未及时缴库问题。已整改。县财政局已督促相关单位缴库资金326万元。",
        "2.预算编制不够精准问题。正在整改。县财政局修订预算编制规程，下一年度执行。",
    ]))
    assert [(p.seq, p.title, p.status, p.measure_count) for p in r.problems] == [
        (1, "部分非税收入未及时缴库问题", "done", 1), (2, "预算编制不够精准问题", "in_progress", 1)]


def test_the_audit_office_named_after_a_verb_is_the_inspector():
    ins = inspection_facts("今年8月，县人大常委会审议了县审计局受县政府委托所作的审计工作报告。", None)
    assert ins.inspector == "县审计局"


def test_a_progress_column_holding_a_status_gives_each_problem_its_status(tmp_path):
    from zhenggai.importer.parse import parse_file

    path = tmp_path / "bulletin.html"
    path.write_text(
        "<html><body><p>某医院党委关于巡察整改进展情况的通报</p><table>"
        "<tr><td>序号</td><td>反馈问题</td><td>整改措施</td><td>责任部门</td><td>整改进展</td></tr>"
        "<tr><td>1</td><td>议事规则执行不严格</td><td>修订议事规则</td><td>党办</td><td>已完成</td></tr>"
        "<tr><td>2</td><td>采购管理不规范</td><td>修订采购办法</td><td>设备科</td><td>基本完成，持续推进</td></tr>"
        "<tr><td>3</td><td>医德医风建设存在薄弱环节</td><td>开展专项整治</td><td>医务科</td>"
        "<td>开展专项整治，已完成培训3次</td></tr>"
        "</table></body></html>", encoding="utf-8")
    r = parse_file(path)
    # a cell that describes the work is a note, not a status: the third stays unknown
    assert [(p.seq, p.status) for p in r.problems] == [(1, "done"), (2, "in_progress"), (3, None)]


def test_all_done_said_later_in_the_sentence_of_the_total_is_the_done_count_but_a_goal_is_not():
    assert _figures("局党组对照反馈的3个问题，逐条制定整改措施，截至目前已全部完成整改。")[:2] == (3, 3)
    assert _figures("通过集中整改，确保巡察反馈的4个问题全部整改到位。")[:2] == (4, None)


def test_problems_and_fields_labelled_in_brackets_are_read_like_their_plain_labels():
    r = parse_text("\n".join([
        "某街道党工委关于巡察整改情况的通报",
        "【问题1】落实全面从严治党主体责任不到位。",
        "【整改情况】已完成。街道党工委修订主体责任清单，每季度专题研究一次。",
        "【问题2】惠民资金发放不及时。",
        "【整改情况】正在推进。一是建立资金发放台账；二是开展专项检查。",
    ]))
    assert [(p.seq, p.title, p.status, p.measure_count) for p in r.problems] == [
        (1, "落实全面从严治党主体责任不到位", "done", 1), (2, "惠民资金发放不及时", "in_progress", 2)]


def test_a_done_count_after_every_problem_is_said_done_is_the_total_too():
    assert _figures("截至2023年底，反馈的问题已全部整改完毕，共完成整改问题89个。")[:2] == (89, 89)
    assert _figures("巡察反馈问题整改完成率达96.5%，共整改问题312个。")[:2] == (None, 312)


def test_an_item_that_is_only_a_quoted_feedback_is_titled_by_the_quotation():
    r = parse_text("\n".join([
        "某省督察“回头看”反馈意见整改进展清单",
        "一、关于“第一轮督察反馈指出，某湖流域水质持续恶化。回头看发现，流域治理项目进展滞后。”",
        "整改进展情况：正在推进。",
        "1.实施流域综合治理工程。2.关停沿湖养殖场36家。",
        "二、关于“回头看发现，部分工业园区污水处理设施不完善。”",
        "整改进展情况：已完成。",
        "1.完成12个工业园区污水处理设施提标改造。",
    ]))
    assert [(p.seq, p.title, p.status, p.measure_count) for p in r.problems] == [
        (1, "第一轮督察反馈指出，某湖流域水质持续恶化。回头看发现，流域治理项目进展滞后", "in_progress", 2),
        (2, "回头看发现，部分工业园区污水处理设施不完善", "done", 1)]


def test_all_done_in_a_traditional_copy_reads_the_same():
    assert _figures("局党组对反馈的2个问题全部完成整改。")[:2] == (2, 2)
    r = parse_text("某局黨組關於巡察整改進展情況的通報\n局黨組對反饋的2個問題全部完成整改。")
    assert (r.headline.problems_total, r.headline.problems_done) == (2, 2)


def test_a_closing_section_of_mechanisms_whose_items_are_actions_is_not_a_second_problem_list():
    r = parse_text("\n".join([
        "中共某区教育局委员会关于巡察整改进展情况的通报",
        "一、加强组织领导，压实整改责任",
        "（一）强化政治担当。一是召开党委会专题研究部署；二是成立整改工作领导小组。",
        "二、坚持问题导向，推进整改落实",
        "（一）教育资源配置不够均衡。一是制定学校布局调整规划；二是新建中小学3所。",
        "（二）校外培训机构监管存在漏洞。一是开展专项整治行动；二是建立联合执法机制。",
        "三、巩固整改成果，建立长效机制",
        "（一）持续推进长期整改事项。一是建立长期整改台账；二是定期开展回头看。",
        "（二）深化成果运用。一是完善制度机制12项；二是强化警示教育。",
    ]))
    assert [(p.seq, p.title) for p in r.problems] == [(1, "教育资源配置不够均衡"), (2, "校外培训机构监管存在漏洞")]


def test_the_day_a_team_moved_in_and_the_day_it_left_are_the_period():
    ins = inspection_facts("省委第四巡视组于2022年3月21日进驻某市开展巡视，5月20日结束，7月8日向某市反馈巡视情况。", None)
    assert (ins.start, ins.end, ins.feedback_date) == ("2022-03-21", "2022-05-20", "2022-07-08")
    alone = inspection_facts("2019年6月3日，省委第二巡视组正式进驻某县开展巡视。", None)
    assert (alone.start, alone.end) == ("2019-06-03", None)


def test_a_signing_body_and_its_date_on_one_line_date_the_report():
    r = parse_text("某局关于巡察整改情况的通报\n县委第一巡察组对我局开展了巡察。\n中共某县某局党组 2023年10月20日")
    assert r.report_date == "2023-10-20"
    # a sentence that ends with a date is not a signature
    assert parse_text("某局关于巡察整改情况的通报\n县委第一巡察组对我局开展了巡察，2023年10月20日召开反馈会。").report_date is None


def test_a_category_headings_own_count_is_not_part_of_the_category():
    r = parse_text("\n".join([
        "督察反馈问题整改进展情况",
        "一、水环境方面（共2个问题）",
        "1.问题：县城污水处理厂进水浓度偏低。",
        "整改情况：已完成。完成管网排查修复15公里。",
        "2.问题：某河入河排污口整治不到位。",
        "整改情况：已完成。封堵非法排污口6个。",
    ]))
    assert [(p.category, p.title, p.status) for p in r.problems] == [
        ("水环境方面", "县城污水处理厂进水浓度偏低", "done"), ("水环境方面", "某河入河排污口整治不到位", "done")]


def test_a_web_table_with_heading_cells_and_a_title_named_a_list_reads_its_title_and_units(tmp_path):
    from zhenggai.importer.parse import parse_file

    page = ("<html><body><h1>某局巡察反馈问题整改情况一览表</h1><p>发布时间：2023-12-01</p><table>"
            "<tr><th>序号</th><th>巡察反馈问题</th><th>整改措施</th><th>责任科室</th><th>完成情况</th></tr>"
            "<tr><td>1</td><td>财务报销审核不严</td><td>修订财务报销制度</td><td>财务科</td><td>已完成</td></tr>"
            "</table></body></html>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (tmp_path / "b.html").write_text(page.replace("<h1>某局巡察反馈问题整改情况一览表</h1>", ""), encoding="utf-8")
    a, b = parse_file(tmp_path / "a.html"), parse_file(tmp_path / "b.html")
    assert (a.title, [(p.title, p.responsible_units, p.status) for p in a.problems]) == (
        "某局巡察反馈问题整改情况一览表", [("财务报销审核不严", ["财务科"], "done")])
    assert b.title is None  # the heading row run together is not a title


def test_tasks_due_in_one_phase_are_not_the_inspections_tasks():
    h = headline_figures("某市召开督察整改销号专题会议，扎实推进整改集中期9项任务验收销号及未办结信访问题整改工作。")
    assert (h.problems_total, h.problems_done, h.measures_total, h.measures_done) == (None, None, None, None)
    assert _figures("督察组交办的46项整改任务，已完成整改39项。")[:2] == (46, 39)


def test_a_copy_that_lost_its_line_breaks_is_put_back_into_lines_at_its_spaces():
    lines = [
        "中共某县水利局党组关于巡察整改进展情况的通报",
        "根据县委统一部署，2023年4月10日至5月31日，县委第二巡察组对县水利局党组开展了常规巡察，2023年7月6日反馈了巡察意见。"
        "现将整改进展情况予以公布。",
        "一、整改工作组织情况",
        "局党组成立整改工作领导小组，针对反馈的2个问题制定整改措施5条，截至目前已完成整改1个。",
        "二、反馈问题整改落实情况",
        "1.关于“河湖长制落实不到位”的问题。一是修订河湖长制工作规则；二是开展河湖“清四乱”专项行动；三是建立巡河督办台账。",
        "2.关于“水利工程质量监管存在漏洞”的问题。一是开展在建工程质量专项检查；二是修订质量监督办法。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0000-1234567。",
        "中共某县水利局党组",
        "2023年10月12日",
    ]
    whole, one_line = parse_text("\n".join(lines)), parse_text(" ".join(lines))

    def key(r):
        return (r.report_date, r.inspection.start, r.inspection.end, r.inspection.feedback_date, r.headline.problems_total,
                r.headline.problems_done, [(p.seq, p.title, p.measure_count) for p in r.problems])

    assert key(one_line) == key(whole) == ("2023-10-12", "2023-04-10", "2023-05-31", "2023-07-06", 2, 1,
                                           [(1, "河湖长制落实不到位", 3), (2, "水利工程质量监管存在漏洞", 2)])
    # a long paragraph of the body with spaces between dates and numbers stays one paragraph
    from zhenggai.importer.parse.normalize import restore_lost_breaks

    body = "2021 年 12 月 22-23 日，" + "省爱卫办组织专家组进行了技术评估，" * 30
    assert restore_lost_breaks([body]) == [body]


def test_problems_labelled_with_their_source_or_counted_are_numbered_problems():
    for first, second in (("反馈问题1：", "反馈问题2："), ("第一项问题：", "第二项问题："), ("审计发现问题1：", "审计发现问题2：")):
        r = parse_text("\n".join([
            "某局关于整改情况的通报",
            "一、政治建设方面",
            f"{first}党组理论学习中心组学习不规范。整改情况：已完成。修订学习制度，建立学习档案。",
            f"{second}干部选拔任用程序不严格。整改情况：已完成。一是严格执行干部任用程序；二是开展专项检查。",
        ]))
        assert [(p.seq, p.category, p.title, p.status, p.measure_count) for p in r.problems] == [
            (1, "政治建设方面", "党组理论学习中心组学习不规范", "done", 1),
            (2, "政治建设方面", "干部选拔任用程序不严格", "done", 2)], first


def test_a_page_date_opening_a_line_of_page_facts_is_the_report_date_when_nothing_is_signed():
    for line in ("2023-10-21 作者：某某 来源：某局", "2023年10月21日 来源：某局"):
        assert parse_text(f"某局关于巡察整改情况的通报\n{line}\n县委第一巡察组对我局开展了巡察。").report_date == "2023-10-21"
    # a date opening a sentence of the text is not a page date
    assert parse_text("某局关于巡察整改情况的通报\n2023年10月21日，县委第一巡察组对我局开展了巡察。").report_date is None


def test_a_cell_spanning_lines_in_a_one_cell_per_line_table_stays_one_cell():
    from zhenggai.importer.extract import cell_per_line_tables

    lines = ["序号", "反馈问题", "整改措施", "责任单位", "1", "河道沿岸垃圾堆放", "1.开展垃圾清理；", "2.建立保洁机制",
             "区城管局", "2", "雨污分流不彻底", "实施雨污分流改造", "区住建局"]
    assert cell_per_line_tables(lines) == [[["序号", "反馈问题", "整改措施", "责任单位"],
                                            ["1", "河道沿岸垃圾堆放", "1.开展垃圾清理；\n2.建立保洁机制", "区城管局"],
                                            ["2", "雨污分流不彻底", "实施雨污分流改造", "区住建局"]]]


def test_one_bodys_line_in_a_round_summary_is_not_the_headline():
    text = "\n".join([
        "区委第三轮巡察对5个单位开展了常规巡察，共反馈问题58个，截至目前已整改到位55个。各单位整改情况如下：",
        "1.区民政局：反馈问题12个，已整改12个，建立制度5项。",
        "2.区农业农村局：反馈问题14个，已整改13个。",
    ])
    h = headline_figures(text)
    assert (h.problems_total, h.problems_done, h.rules_made) == (58, 55, None)
    assert headline_figures("2.区农业农村局：反馈问题14个，已整改13个。").problems_total is None
