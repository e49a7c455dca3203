"""One task, one notice, on the shapes real pages take (session 19, helper one19): constructed texts, each rule with a
positive case and a near miss.

Rules:
- A one-task notice cut short (a page's excerpt) keeps its task's section and the one after it ("一、整改任务 <the task>
  二、整改目标 ……"): two labelled sections read as the notice's one problem, when they are the only numbered sections,
  the notice names itself in its first line (公示/销号/验收/情况说明) or names its task's number in its head, its head counts
  no tasks ("整改任务21项"), and the task's section holds one statement (readings._one_task_excerpt).
- Such an excerpt's status, its account of the work cut away, is the lead's verdict on the task: "…已按整改方案要求完成
  整改，并通过市级验收。" (readings.RE_LEAD_DONE).
- A one-task notice's "验收情况" section over numbered items ("1.…清运… 2.…复绿…"), where no section tells the measures
  or the work, holds what was done: its items (or its unnumbered paragraphs, the verdict's lines left out) are the
  measures (readings.labelled_sections_candidate; in whole_document_candidate, such a section crossed as the account of
  the work); a verdict alone ("经验收组现场核查，…同意销号") gives no measure, and after a 整改措施 section it adds none.
- A two-column field table of one task labels its rows with the genre's other words too: 整改问题 / 督察反馈问题 /
  问题内容 / 整改任务完成情况 / 验收情况, and the labels a notice's sections carry: 反馈意见建议 / 整改责任单位 / 整改实施主体 /
  目标任务 / 重点措施 / 验收销号意见 (normalize._FIELD_LABELS); "整改实施主体：…" names the units (fields.FIELD_NAMES).
- A task's field opening with its own item mark ("(一)某园区…", "第43项:…") and holding that one item is titled by the
  statement after the mark, numbered by it when the heading names no task number (readings.whole_document_candidate).
- A task's field telling the round before the feedback it quotes ("2021年10月，…反馈督察意见。其中第7项问题指出：“…”")
  is titled by the quotation; not a field that states the shortcoming itself first (RE_SHORTCOMING_HINT).
"""
from __future__ import annotations

import io

import docx

from zhenggai.importer.parse import parse_bytes, parse_text
from zhenggai.importer.parse.normalize import RE_FIELD_LABEL_CELL

EXCERPT = """关于中央生态环境保护督察反馈问题整改任务（序号十）验收销号的公示
第二轮中央生态环境保护督察反馈问题整改任务（序号十）已按整改方案要求完成整改，并通过市级验收。根据有关要求，现将整改完成情况公示如下：
一、整改问题
某市城区雨污管网混错接问题突出，老城区约40公里管网雨污不分，雨季污水溢流直排清水河。
二、整改目标
2023年底前完成老城区雨污分流改造，消除污水直排，清水河城区段水质稳定达到Ⅳ类。……
"""


def _problems(text):
    return parse_text(text).to_dict()["problems"]


def test_a_one_task_notice_cut_after_its_task_and_the_next_section_is_still_its_one_problem():
    probs = _problems(EXCERPT)
    assert len(probs) == 1
    assert probs[0]["seq"] == 10
    assert probs[0]["title"].startswith("某市城区雨污管网混错接问题突出")
    assert probs[0]["category"] == "整改问题"


def test_an_excerpts_status_is_the_leads_verdict_on_the_task():
    assert _problems(EXCERPT)[0]["status"] == "done"


def test_an_excerpt_whose_lead_says_nothing_of_the_tasks_end_has_no_status():
    # (the title and the lead's "整改完成情况公示如下" changed too: a notice announcing the task accepted or its completion
    # gives done by os19's rule of the notice's own title and lead; a 进展 notice's words say nothing of its end)
    text = EXCERPT.replace("已按整改方案要求完成整改，并通过市级验收", "由市住房和城乡建设局牵头实施").replace(
        "验收销号的公示", "整改进展情况的公示").replace("整改完成情况公示如下", "整改进展情况公示如下")
    assert _problems(text)[0]["status"] is None


def test_a_task_named_by_its_number_on_its_own_line_is_still_one_statement():
    text = EXCERPT.replace("某市城区雨污管网", "第10项：某市城区雨污管网")
    probs = _problems(text)
    assert len(probs) == 1 and probs[0]["seq"] == 10


REPORT = """某市贯彻落实督察反馈意见整改方案进展情况
截至今年6月底，督察反馈涉及我市的整改任务21项，已完成整改14项，其余7项正在按序时推进，实行挂图作战、对账销号。
一、存在问题
从整改情况看，仍存在一些差距：一些问题整改还停留在面上，深层次问题触及不够。
二、下一步打算
下一步，我们将继续保持整改的力度，一是持续抓好未完成事项整改；二是健全长效机制。
"""


def test_a_report_counting_many_tasks_with_two_sections_is_no_one_task_excerpt():
    from zhenggai.importer.parse.readings import _one_task_excerpt

    class Section:  # the report's "一、存在问题" section: one unnumbered paragraph
        children = [type("P", (), {"marker": None, "text": "从整改情况看，仍存在一些差距。"})()]
    assert not _one_task_excerpt(Section, REPORT)
    assert _one_task_excerpt(Section, EXCERPT)  # (the same section under a one-task notice's head)
    assert not any(p["title"].startswith("从整改情况看") and p.get("category") == "存在问题" for p in _problems(REPORT))


def test_a_notice_listing_several_tasks_under_its_task_section_is_no_one_task_excerpt():
    text = EXCERPT.replace("整改任务（序号十）", "整改任务（第5、6、7项）").replace(
        "某市城区雨污管网混错接问题突出，老城区约40公里管网雨污不分，雨季污水溢流直排清水河。",
        "1.某市城区雨污管网混错接问题突出。\n2.清水河沿岸垃圾堆放。\n3.工业园区污水处理厂超标排放。")
    probs = _problems(text)
    assert len(probs) != 1


def test_a_full_notice_with_a_third_section_no_label_knows_is_read_as_without_the_excerpt_rule(monkeypatch):
    # the two known sections are not all of it: "三、整改结论" follows — the excerpt rule does not read it
    full = EXCERPT.replace("……\n", "\n三、整改结论\n经对照整改目标逐项自查，该问题已完成整改，达到验收销号条件。\n")
    with_rule = _problems(full)
    from zhenggai.importer.parse import readings

    monkeypatch.setattr(readings, "_one_task_excerpt", lambda section, doc_text: False)
    assert with_rule == _problems(full)
    monkeypatch.undo()
    assert len(_problems(EXCERPT)) == 1  # (and the rule is live: the excerpt itself is read by it)


def test_a_personnel_gongshi_with_two_sections_is_no_problem():
    text = """关于拟提任干部的公示
根据干部选拔任用有关规定，现将拟提任人选公示如下：
一、公示对象
张某，男，1980年生，现任某局办公室主任。
二、公示时间
2024年3月1日至3月7日。……
"""
    assert _problems(text) == []


def _two_column_docx(rows):
    d = docx.Document()
    d.add_paragraph("按照环境保护督察要求，现对反馈问题整改任务(序号十六)销号完成情况进行公示。")
    table = d.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_two_column_table_labelling_its_task_整改问题_is_read_as_the_one_problem():
    data = _two_column_docx([("整改问题", "破坏林地问题仍然存在，某林场内养殖场违规占地1000余平方米。"),
                             ("整改目标", "加强管控，杜绝破坏林地现象。"),
                             ("整改措施", "1、加强对涉林案件的督导。\n2、加大巡护力度。"),
                             ("整改任务完成情况", "1、已对涉林案件进行督导并下发了督办函；\n2、已加强森林巡护。")])
    probs = parse_bytes(data, "notice.docx").to_dict()["problems"]
    assert len(probs) == 1
    assert probs[0]["seq"] == 16 and probs[0]["title"].startswith("破坏林地问题仍然存在")


def test_the_genres_other_task_labels_are_field_cells_and_a_cell_of_prose_is_not():
    for label in ("整改问题", "督察反馈问题", "问题内容", "整改任务完成情况", "验收情况"):
        assert RE_FIELD_LABEL_CELL.fullmatch(label)
    assert not RE_FIELD_LABEL_CELL.fullmatch("破坏林地问题仍然存在")
    assert not RE_FIELD_LABEL_CELL.fullmatch("整改问题清单")


ACCEPTED_ITEMS = """关于某县第二轮省生态环境保护督察反馈问题第7项整改任务验收销号情况的公示
根据有关规定，县督察整改办于2024年1月16日对第7项整改任务进行了现场验收。现将有关情况公示如下：
一、问题基本情况
反馈问题第7项：某镇砖瓦厂旧址堆存大量建筑垃圾和生活垃圾，未采取防渗、覆盖措施。
责任单位：某镇人民政府、县城市管理局
整改时限：2023年12月底前
二、验收情况
1.2023年10月，某镇组织清运堆存垃圾约1.2万立方米，运至县建筑垃圾消纳场处置。
2.对场地进行平整、覆土和绿化，恢复植被面积约6800平方米。
3.将该点位纳入网格化巡查范围，落实专人每周巡查。
三、公示时间及意见反馈
公示时间：2024年1月22日至2024年1月26日。
"""


def test_an_acceptance_section_over_numbered_work_items_gives_the_one_tasks_measures():
    probs = _problems(ACCEPTED_ITEMS)
    assert len(probs) == 1
    assert probs[0]["seq"] == 7 and probs[0]["measure_count"] == 3


SECTIONED = """关于督察反馈问题整改任务（序号十二）验收销号的公示
现将整改任务（序号十二）验收销号情况公示如下：
一、整改任务
某县城区污水处理厂提标改造进度滞后，出水总氮、总磷不能稳定达标。
二、整改目标
2023年12月底前出水稳定达到一级A标准。
三、验收情况
1.完成污水处理厂提标改造工程，新增深度处理单元。
2.新建城北片区污水管网8.6公里。
四、公示期限
2024年1月15日至1月19日。
"""


def test_a_notices_acceptance_section_holds_the_measures_when_no_section_tells_them():
    probs = _problems(SECTIONED)
    assert len(probs) == 1 and probs[0]["seq"] == 12 and probs[0]["measure_count"] == 2


def test_an_acceptance_section_after_a_measures_section_adds_no_measure():
    text = SECTIONED.replace("三、验收情况\n", "三、整改措施\n1.完成污水处理厂提标改造工程，新增深度处理单元。\n2.新建城北片区污水管网8.6公里。\n"
                             "四、验收情况\n", 1).replace("1.完成污水处理厂提标改造工程，新增深度处理单元。\n2.新建城北片区污水管网8.6公里。\n四、公示",
                                                  "1.经现场核查，工程已投入运行。\n2.出水水质监测达标。\n五、公示")
    probs = _problems(text)
    assert len(probs) == 1 and probs[0]["measure_count"] == 2
    assert probs[0]["measures"][0]["text"].startswith("完成污水处理厂提标改造工程")


def test_an_acceptance_section_told_only_as_a_verdict_gives_no_measure():
    text = SECTIONED.replace("1.完成污水处理厂提标改造工程，新增深度处理单元。\n2.新建城北片区污水管网8.6公里。\n",
                             "经验收组现场核查，该问题已完成整改，同意销号。\n")
    probs = _problems(text)
    assert len(probs) == 1 and probs[0]["seq"] == 12
    assert probs[0]["measure_count"] == 0 and probs[0]["status"] == "done"


def _rows_docx(lead, rows):
    d = docx.Document()
    d.add_paragraph(lead)
    table = d.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_task_cell_opening_with_its_item_mark_is_titled_by_the_statement_and_numbered_by_the_mark():
    data = _rows_docx("突出生态环境问题整改验收销号公示", [
        ("整改问题", "(一)某园区唐河天门大道段有浮萍及垃圾被晒化流入唐河，污染水体。"),
        ("整改实施主体", "某园区管委会"), ("重点措施", "(一)对唐河开展打捞清理工作。"), ("完成时限", "2024年12月底"),
        ("整改完成情况", "(一)经核查，该处河段水面无浮萍及垃圾。")])
    probs = parse_bytes(data, "notice.docx").to_dict()["problems"]
    assert len(probs) == 1
    assert probs[0]["title"].startswith("某园区唐河天门大道段") and probs[0]["seq"] == 1


def test_a_task_cell_listing_two_items_keeps_its_text():
    data = _rows_docx("突出生态环境问题整改验收销号公示", [
        ("整改问题", "(一)某园区唐河段有浮萍及垃圾流入唐河。(二)某园区沿河有生活垃圾堆放点3处。"),
        ("整改实施主体", "某园区管委会"), ("重点措施", "对唐河开展打捞清理工作。"), ("完成时限", "2024年12月底"),
        ("整改完成情况", "经核查，该处河段水面无浮萍及垃圾。")])
    probs = parse_bytes(data, "notice.docx").to_dict()["problems"]
    assert not any(p["title"].startswith("某园区唐河段") and p["seq"] == 1 for p in probs)


def test_a_task_cell_telling_the_round_before_the_quoted_feedback_is_titled_by_the_quote():
    data = _rows_docx("某县关于督察反馈问题第7项整改销号情况的公示", [
        ("反馈问题", "2021年10月，省第四生态环境保护督察组对某市开展督察，并于2022年1月18日反馈督察意见。其中第7项问题指出："
                     "“县城区部分路段雨污管网混接错接，污水溢流进入资江支流，整治进度缓慢。”"),
        ("责任单位", "某县住房和城乡建设局"), ("整改时限", "2023年12月底"),
        ("整改情况", "一是完成城区12条路段雨污分流改造；二是对沿江3处溢流口实施截污改造。")])
    probs = parse_bytes(data, "notice.docx").to_dict()["problems"]
    assert len(probs) == 1
    assert probs[0]["title"].startswith("县城区部分路段雨污管网混接错接") and probs[0]["seq"] == 7


def test_a_task_cell_stating_the_shortcoming_before_a_quoted_phrase_keeps_its_statement():
    data = _rows_docx("某县关于督察反馈问题第7项整改销号情况的公示", [
        ("反馈问题", "县城区污水管网建设滞后，督察组指出“雨污合流”问题突出。"),
        ("责任单位", "某县住房和城乡建设局"), ("整改时限", "2023年12月底"),
        ("整改情况", "一是完成城区12条路段雨污分流改造；二是对沿江3处溢流口实施截污改造。")])
    probs = parse_bytes(data, "notice.docx").to_dict()["problems"]
    assert len(probs) == 1 and probs[0]["title"].startswith("县城区污水管网建设滞后")


def test_the_sections_labels_of_a_notice_are_field_cells_of_its_table():
    for label in ("反馈意见建议", "整改责任单位", "整改实施主体", "目标任务", "重点措施", "验收销号意见"):
        assert RE_FIELD_LABEL_CELL.fullmatch(label)
    assert not RE_FIELD_LABEL_CELL.fullmatch("公示时间")


def test_a_notices_整改实施主体_field_names_its_tasks_units():
    from zhenggai.importer.parse.fields import split_fields

    assert [(f, v.strip()) for f, _l, v in split_fields("整改实施主体：某园区党工委、管委会") if f] == [
        ("units", "某园区党工委、管委会")]


def test_a_sentence_about_the_body_carrying_out_the_work_is_no_units_field():
    from zhenggai.importer.parse.fields import split_fields

    assert not [f for f, _l, _v in split_fields("由实施主体负责日常巡查和维护。") if f == "units"]
