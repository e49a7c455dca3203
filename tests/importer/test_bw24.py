"""Session 24 (bw24): rules raised on blindwritten23 and the lead's settled conflicts C1 / C35 (CONVENTIONS §3.1).

Each rule is tested in other words than the labelled document it came from (w23_02, w23_04, w23_06, w23_08), with a
near miss that must not fire."""
from __future__ import annotations

import io

from zhenggai.importer.extract import extract_bytes
from zhenggai.importer.ledger_reader import rows_to_result
from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.facts import title_date, without_series_number
from zhenggai.importer.parse.headline import headline_figures
from zhenggai.importer.parse.inspection import inspection_facts
from zhenggai.importer.parse.titles import said_statement


# --- C35: a batch or issue number after a title is dropped -----------------------------------------------------------

def test_a_batch_or_issue_number_after_a_title_is_dropped_in_every_printed_form():
    cases = {
        "某县转办信访件查处整改公示（第十二批）": "某县转办信访件查处整改公示",
        "群众举报转办和边督边改情况公开一览表 (第九批 2023年5月6日)": "群众举报转办和边督边改情况公开一览表",
        "边督边改信息公开情况一览表(第四批·某某县)": "边督边改信息公开情况一览表",
        "交办举报环境问题进展情况通报（八）": "交办举报环境问题进展情况通报",
        "巡察整改工作简报（第3期）": "巡察整改工作简报",
        "校园安全检查通报(2023011期)": "校园安全检查通报",
        "城管督察通报（2024年第7期）": "城管督察通报",
        "督查通报(第202105期)": "督查通报",
    }
    for printed, title in cases.items():
        assert without_series_number(printed) == title, printed


def test_a_version_note_a_date_alone_or_a_named_part_after_a_title_is_kept():
    for kept in ("某市整改方案(公开版)", "第三督导组工作简报(2019年3月8日)", "领导班子对照检查材料(含案例)",
                 "督导报告(第二责任区 王某)", "关于巡视整改进展情况的通报", None):
        assert without_series_number(kept) == kept


def test_a_title_ending_on_an_issue_number_is_found_and_printed_without_it():
    for head, title in (("某区河长制工作督查通报（第五期）", "某区河长制工作督查通报"),
                        ("某县生态环境问题整改进展情况通报（十一）", "某县生态环境问题整改进展情况通报"),
                        ("某市工地扬尘管控督查通报(2022年第4期)", "某市工地扬尘管控督查通报")):
        r = parse_text("\n".join([head, "各有关单位：", "2022年3月2日至3月4日，市住建局对全市在建工地开展了扬尘管控督查。",
                                  "一、存在问题", "1.某项目裸土未覆盖。", "2.某项目车辆未冲洗上路。",
                                  "某市住房和城乡建设局", "2022年3月10日"]))
        assert r.title == title, head


def test_the_day_printed_with_a_batch_number_is_the_report_date():
    assert title_date("某县边督边改情况公示（第三批 2022年7月9日）") == "2022-07-09"
    assert title_date("某县边督边改情况公示(第十批2019年11月2日)") == "2019-11-02"
    assert title_date("某县边督边改情况公示（第三批）") is None  # (no day printed: none)


# --- C1: a category's count note is dropped --------------------------------------------------------------------------

def test_a_category_headings_count_note_is_dropped_in_any_unit_of_count():
    for head, cat in (("（一）违规收费方面（共3个问题）", "违规收费方面"), ("（一）东城街道（2个）", "东城街道"),
                      ("（一）落实主体责任方面（2项）", "落实主体责任方面")):
        r = parse_text("\n".join(["某局整改情况通报", "二、存在问题", head, "1.收费公示不全，群众意见较大。",
                                  "2.台账记录缺失，底数不清。"]))
        assert [p.category for p in r.problems] == [cat, cat], head


def test_a_bracket_in_a_category_that_is_no_count_is_kept():
    r = parse_text("\n".join(["某局整改情况通报", "二、存在问题", "（一）财务管理方面（含下属单位）",
                              "1.收费公示不全，群众意见较大。", "2.台账记录缺失，底数不清。"]))
    assert [p.category for p in r.problems] == ["财务管理方面（含下属单位）"] * 2


# --- one task stated unquoted after its name --------------------------------------------------------------------------

def test_a_task_named_then_stated_unquoted_after_a_colon_is_the_statement():
    assert said_statement("根据《某县整改方案》，第12项整改任务为：城区污水管网建设滞后，雨污混流问题突出。") == \
        "城区污水管网建设滞后，雨污混流问题突出"
    assert said_statement("2022年5月，省督察组反馈了督察意见。其中第三项反馈问题是：部分矿山生态修复不到位；") == \
        "部分矿山生态修复不到位"
    assert said_statement("该项整改任务为：某湖周边养殖尾水直排，水质持续下降。按照…") == "某湖周边养殖尾水直排，水质持续下降"
    # (a quoted task is read as before)
    assert said_statement("第7项整改任务为：“河道采砂管理不严。”") == "河道采砂管理不严。"


def test_a_summary_of_several_findings_after_main_problems_are_is_no_task_statement():
    assert said_statement("本轮巡察发现的主要问题是：统筹推进工作有短板，理论学习不深入。") is None


def test_a_one_task_notice_titles_its_problem_by_the_task_not_the_round_before_it():
    text = "\n".join([
        "某县关于省级生态环境保护督察反馈问题第9项整改任务完成情况的公示",
        "一、整改任务",
        "2022年6月1日至7月1日，省第二生态环境保护督察组对某县开展了督察，并于2022年9月3日反馈了督察意见。"
        "根据整改方案，第9项整改任务为：某镇工业园区污水处理厂超负荷运行，出水总磷超标。",
        "二、责任单位",
        "牵头单位：某县住房和城乡建设局",
        "三、整改时限",
        "2024年12月底前",
        "四、整改措施及完成情况",
        "1.新建污水处理厂二期工程",
        "2.完成园区管网改造",
        "五、验收情况",
        "经验收，同意销号。",
        "某县生态环境保护督察整改工作领导小组办公室",
        "2025年1月6日"])
    r = parse_text(text)
    assert len(r.problems) == 1
    p = r.problems[0]
    assert p.seq == 9 and p.title == "某镇工业园区污水处理厂超负荷运行，出水总磷超标" and p.status == "done"
    assert (r.inspection.start, r.inspection.end, r.inspection.feedback_date) == ("2022-06-01", "2022-07-01", "2022-09-03")


# --- headline ------------------------------------------------------------------------------------------------------

def test_things_counted_in_tiao_that_a_clause_describes_as_done_are_no_measures_done():
    for t in ("对全区其余6条已完成治理的黑臭水体开展回头看", "全县12条已完成改造的道路均已通车",
              "其余4条已落实到位的制度继续执行"):
        assert headline_figures(t).measures_done is None, t
    assert headline_figures("制定整改措施30条，其中25条已完成，5条正在推进").measures_done == 25  # (near miss)


def test_rules_listed_then_named_then_counted_are_the_rules_made():
    for t, n in (("建立健全财务审批、公务接待、物资采购等制度12项", 12),
                 ("修订完善干部考核、政务公开等管理制度9个", 9),
                 ("完善项目审批、资金拨付、绩效评价等工作制度6条", 6)):
        assert headline_figures(t).rules_made == n, t
    assert headline_figures("组织学习财务审批、公务接待等制度3次").rules_made is None  # (near miss: a count of sessions)


# --- ledgers --------------------------------------------------------------------------------------------------------

def test_the_task_number_column_beside_the_tables_own_serial_is_the_seq():
    for head, cells in (("任务编号", ["第4项", "第11项", "第20项"]), ("问题编号", ["5", "9", "13"]),
                        ("整改任务编号", ["第四项", "第十一项", "第二十项"])):
        rows = [["序号", head, "反馈问题", "整改措施", "责任单位"]] + [
            [str(k + 1), c, f"问题{k}：某处设施运行不正常", "更换设备", "某局"] for k, c in enumerate(cells)]
        seqs = [p.seq for p in rows_to_result(rows).problems]
        assert seqs in ([4, 11, 20], [5, 9, 13]), head
    # (near miss: without such a column the serial stays)
    rows = [["序号", "反馈问题", "整改措施"], ["1", "某处设施运行不正常", "更换设备"], ["2", "台账缺失", "补建台账"]]
    assert [p.seq for p in rows_to_result(rows).problems] == [1, 2]


def test_an_acceptance_verdict_column_agreeing_to_close_is_done_and_a_refusal_is_not():
    for head, verdict in (("验收意见", "经验收，整改任务已完成，同意销号"), ("验收结论", "同意予以销号"),
                          ("验收情况", "通过验收")):
        rows = [["序号", "反馈问题", "整改措施", head], ["1", "某处设施运行不正常", "更换设备", verdict]]
        assert rows_to_result(rows).problems[0].status == "done", head
    rows = [["序号", "反馈问题", "整改措施", "验收意见"], ["1", "某处设施运行不正常", "更换设备", "不同意销号"]]
    assert rows_to_result(rows).problems[0].status is None


def test_the_signing_body_and_date_under_a_table_are_its_issuer_and_report_date():
    for org, day, iso in (("某县督察整改工作领导小组办公室", "2025年4月1日", "2025-04-01"),
                          ("某区住房和城乡建设局", "2023年12月8日", "2023-12-08"),
                          ("中共某镇委员会", "2024年1月20日", "2024-01-20")):
        rows = [["某县整改任务验收销号情况公示"], ["序号", "反馈问题", "整改措施", "责任单位"],
                ["1", "某处设施运行不正常", "更换设备", "某局"], ["2", "台账缺失", "补建台账", "某局"],
                ["备注：责任单位中第一个为牵头单位。"], [org], [day]]
        r = rows_to_result(rows)
        assert (r.issuer, r.report_date) == (org, iso), org
    rows = [["序号", "反馈问题", "整改措施"], ["1", "某处设施运行不正常", "更换设备"], ["备注：无"]]
    assert rows_to_result(rows).report_date is None  # (near miss: no date under it)


def _docx(parts) -> bytes:
    import docx

    d = docx.Document()
    for part in parts:
        if isinstance(part, str):
            d.add_paragraph(part)
            continue
        t = d.add_table(rows=0, cols=len(part[0]))
        for row in part:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_tables_caption_naming_its_problems_by_where_they_stand_gives_their_status():
    table = [["序号", "反馈问题", "整改措施", "责任单位"], ["1", "公务接待超标准", "追回超标准费用", "办公室"],
             ["2", "专项资金闲置", "统筹使用结转资金", "财务科"]]
    for caption, status in (("已完成整改的问题清单", "done"), ("正在整改的问题清单", "in_progress"),
                            ("需长期坚持整改的问题", "long_term")):
        ex = extract_bytes(_docx(["某局关于巡察整改情况的报告", "现将整改情况报告如下。", "附件1", caption, table]), "r.docx")
        assert [p.status for p in ex.ledger.problems] == [status, status], caption
    # (near misses: a caption naming a mix, or no problems)
    for caption in ("正在整改和需长期坚持的问题清单", "整改完成情况表"):
        ex = extract_bytes(_docx(["某局关于巡察整改情况的报告", "现将整改情况报告如下。", "附件1", caption, table]), "r.docx")
        assert [p.status for p in ex.ledger.problems] == [None, None], caption


# --- a place's findings 一是…二是… after a lead, closed by its demand -------------------------------------------------

PLACES = "\n".join([
    "某市市场监督管理局关于2024年食品安全专项检查情况的通报",
    "各区市场监督管理局：",
    "2024年6月3日至6月7日，市局组织检查组对三个区的食品经营单位进行了专项检查。现将有关情况通报如下。",
    "一、总体情况",
    "本次检查共发现问题7个。",
    "二、存在的主要问题",
    "（一）东湖区",
    "检查组抽查了2个街道的8家餐饮单位。该区今年以来整改较快。检查发现存在以下问题：",
    "一是部分餐饮单位后厨卫生较差，油污堆积；二是个别单位从业人员健康证过期；三是食品留样记录缺失。",
    "请东湖区市场监督管理局负责，于2024年7月31日前完成整改。",
    "（二）西山区",
    "检查组抽查了3个街道的9家单位。检查发现的主要问题有：",
    "一是学校周边小卖部销售过期食品；二是进货查验台账缺失。",
    "请西山区市场监督管理局牵头，督促各街道于2024年8月15日前整改到位。",
    "（三）南岸区",
    "检查组抽查了2个乡镇的6家单位。检查发现以下问题：",
    "一是农村集体聚餐备案制度落实不到位；二是部分小餐饮无证经营。",
    "由南岸区市场监督管理局负责，在2024年8月底前完成整改。",
    "三、工作要求",
    "（一）抓好整改。各区要逐项整改。",
    "某市市场监督管理局",
    "2024年6月20日"])


def test_each_places_findings_after_its_lead_are_its_problems_with_the_demands_unit_and_deadline():
    r = parse_text(PLACES)
    got = [(p.seq, p.category, p.title, p.responsible_units, p.deadline) for p in r.problems]
    assert got == [
        (1, "东湖区", "部分餐饮单位后厨卫生较差，油污堆积", ["东湖区市场监督管理局"], "2024年7月31日前"),
        (2, "东湖区", "个别单位从业人员健康证过期", ["东湖区市场监督管理局"], "2024年7月31日前"),
        (3, "东湖区", "食品留样记录缺失", ["东湖区市场监督管理局"], "2024年7月31日前"),
        (1, "西山区", "学校周边小卖部销售过期食品", ["西山区市场监督管理局"], "2024年8月15日前"),
        (2, "西山区", "进货查验台账缺失", ["西山区市场监督管理局"], "2024年8月15日前"),
        (1, "南岸区", "农村集体聚餐备案制度落实不到位", ["南岸区市场监督管理局"], "2024年8月底前"),
        (2, "南岸区", "部分小餐饮无证经营", ["南岸区市场监督管理局"], "2024年8月底前")]


def test_a_places_lead_to_what_was_done_is_no_lead_of_findings():
    from zhenggai.importer.parse.structure import _led_items_paragraph
    from zhenggai.importer.parse.tree import Node  # noqa: F401  (the kids are read by their text only)

    class K:
        def __init__(self, text):
            self.text = text

    assert _led_items_paragraph([K("该区高度重视，整改措施如下："), K("一是建立台账；二是加强巡查。")]) is None
    assert _led_items_paragraph([K("检查发现以下问题："), K("一是台账缺失；二是巡查不到位。")]) == (1, "一是台账缺失；二是巡查不到位。")


# --- a spot check held over days is an inspection --------------------------------------------------------------------

def test_a_spot_check_held_over_days_gives_the_inspection_period():
    for t, period in (("2024年3月4日至8日，县市场监管局分批次对全县学校食堂开展抽查工作。", ("2024-03-04", "2024-03-08")),
                      ("2023年11月6日至11月10日，学校保卫处对学生宿舍开展消防安全抽查。", ("2023-11-06", "2023-11-10")),
                      ("2025年5月12日至16日，区教育局对辖区幼儿园进行了抽查。", ("2025-05-12", "2025-05-16"))):
        f = inspection_facts(t, None, None, None)
        assert (f.start, f.end) == period, t
    f = inspection_facts("公示期为2024年6月21日至6月27日，欢迎监督。", None, None, None)  # (near miss: a notice's days)
    assert (f.start, f.end) == (None, None)


# --- a check's on-the-spot fixes said done or pushed, and a deadline's value wrapped to the next line -----------------

def test_problems_fixed_on_the_spot_said_done_or_pushed_after_the_total_are_done():
    for t, total, done in (("本次督导检查共发现问题40个，已督促当场整改9个，其余问题限期整改。", 40, 9),
                           ("共检查发现问题15个，已当场整改4个。", 15, 4),
                           ("检查发现隐患30处，已督促现场整改到位12处。", 30, 12)):
        h = headline_figures(t)
        assert (h.problems_total, h.problems_done) == (total, done), t
    assert headline_figures("共发现问题40个，已督促限期整改20个。").problems_done is None  # (near miss: a time given)


def test_a_deadline_label_closing_a_line_of_fields_takes_the_value_wrapped_onto_the_next_line():
    for value in ("2024年10月底前。", "2025年3月31日前", "立行立改、长期坚持。"):
        r = parse_text("\n".join([
            "某局关于巡视整改进展情况的通报", "一、存在问题",
            "1.重点项目用地报批时间过长。",
            "整改措施：一是建立清单化管理机制；二是推行并联审批。",
            "牵头单位：用途管制科；配合单位：行政审批科；完成时限：", value,
            "2.执法监管不严，个别违法用地查处不及时。",
            "整改措施：一是开展专项整治；二是建立巡查机制。",
            "牵头单位：执法监察支队；完成时限：2024年12月底前。"]))
        assert r.problems[0].deadline == value.rstrip("。"), value
        assert r.problems[1].deadline == "2024年12月底前"
    # (near miss: a line that is no deadline's value stays a line of its own)
    from zhenggai.importer.parse.normalize import RE_DEADLINE_VALUE_LINE
    assert RE_DEADLINE_VALUE_LINE.match("整改进展：已完成并销号。") is None


def test_a_count_note_is_dropped_from_a_ledgers_category_column_and_its_section_rows():
    rows = [["序号", "问题类别", "反馈问题", "整改措施"], ["1", "政治建设（2个）", "理论学习不深入", "制定学习计划"],
            ["2", "政治建设（2个）", "意识形态责任制落实不到位", "修订责任清单"], ["3", "廉洁建设(共1项)", "公务接待超标准", "追回费用"]]
    assert [p.category for p in rows_to_result(rows).problems] == ["政治建设", "政治建设", "廉洁建设"]
    rows = [["序号", "反馈问题", "整改措施"], ["一、作风建设方面（3起）"], ["1", "公务接待超标准", "追回费用"],
            ["二、组织建设方面（含二级单位）"], ["2", "发展党员程序不规范", "重新履行程序"]]
    assert [p.category for p in rows_to_result(rows).problems] == ["作风建设方面", "组织建设方面（含二级单位）"]


def test_a_title_announcing_results_made_public_is_a_title_and_news_that_they_will_be_is_not():
    from zhenggai.importer.parse.facts import title_like

    for t in ("某县市场监督管理局关于2024年校园食品安全专项检查结果公布", "某区餐饮油烟整治工作成果公布(三)",
              "某镇巡察反馈问题整改情况公布"):
        assert title_like(t), t
    for t in ("十九届中央第五轮巡视整改进展情况开始公布", "现将巡察集中整改进展情况予以公布"):
        assert not title_like(t), t
