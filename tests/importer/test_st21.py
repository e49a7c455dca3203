"""Statuses where a document puts them, and the same reading whatever the format did to the paragraphs (session 21,
helper st21, against blindwritten18 and blindwritten20): constructed texts, each rule with positives in other words
than the target pages and near misses.

Rules:
- An area heading's 一是…N是 items are read as one stream of the area's statement paragraphs: a paragraph that goes on
  with an item — its examples ("如，…", "又如，…"), or the rest of a sentence a PDF broke off (the paragraph before ends
  without closing punctuation) — is joined to it, so a .txt line, a .docx paragraph and a PDF's broken lines give the
  same items; in a progress report a paragraph under an answer label after each item ("整改情况：（1）…；（2）…。目前，
  该问题已完成整改。") is that item's account: its numbered items the measures, its closing sentence the status
  (structure._inline_area_items, _answer_read). Accounts for some items only, or a paragraph that neither opens an item
  nor goes on with one, leave the area as it was.
- A labelled field of what was done that opens with the words a ledger's progress cell states its status in
  ("整改进展情况：达到序时进度。…", "整改情况：按序时进度推进，…") states the problem's status as that cell would
  (ledger_reader.RE_COMPLETION_STATUS, read in structure.build_problem): the format does not change the reading.
  The words inside a longer clause ("达到序时进度要求的3个项目已开工，") are no such status.
- A ledger's audit verdict column headed "整改结果认定" or "认定情况" is its status column, as "认定结果" is; the long
  rows spanning the table under its last problem (a total told as a sentence, its notes) give the headline figures
  nothing above gave (ledger_reader.rows_to_result). A spanning row with problems under it is a section, no total.
- A problem paragraph whose statement is followed by sentences assigning it — who leads and who helps ("该问题由X牵头，
  Y、Z配合。"), by when ("要求于…前完成整改。", "要求长期坚持。") — then what was done (一是…): the title ends before
  them, they give its units (lead first) and deadline (titles.assignment_cut, structure._assignment_fields). A sentence
  after the statement that is no assignment stays in the title as before.
  A one-task notice's duties field told in such sentences ("整改责任：该问题由A牵头整改，B、C配合。…整改时限为…。") gives
  the notice's problem its units and deadline (readings.whole_document_candidate, RE_DUTY_FIELD).
- A round summary states its total first, noun first ("本轮巡察共反馈问题416个，已完成整改382个"), then each body's
  part number first ("某局党组针对反馈的41个问题…"): the total stated first is the document's, whatever its word order
  (headline.headline_figures); a part count with no total before it, or after a noun-first count that does not sum
  (one inspection's count among others, no 共/累计/合计), is read as before.
- A PDF line opening with a labelled item's label as the parser reads them ("问题2.3：", "任务五：", "点位一：") starts a
  paragraph, however short the line above it stopped (extract._opens_labelled_item in _pdf_join): the same text reads
  the same whether the measure ended before the label or not. A line opening on other words after a short line goes on
  as before.
- A section of the problems found whose headings each name where or what was looked at (a short name, nothing wrong
  said: "1.乡镇", "2.社区") over what was found there: one statement is one problem, an area's 一是…N是 items one
  problem each (seq from 1 under the heading), the heading their category (read since the merge by chk21's structure._headed_findings_opened, which serves the
  same shape). A heading that itself states a fault stays a problem of its own; a body telling what was done leaves
  the list as it was. The shared shortfall class
  takes "没能" (as "未能") and a rate or degree said to be low ("参与率低", "知晓度较低"; not "低于").
- An account's last sentence saying where the problem stands now, then one clause more ("目前正在推进，已完成阶段性
  目标。", "目前该项工作需长期坚持，已纳入常态化管理。"), states its status (structure.RE_NOW_CLAUSE).
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text

LEAD = ("根据市委统一部署，2024年4月8日至5月30日，市委第一巡察组对市税务局党委开展了常规巡察。2024年7月2日，"
        "市委第一巡察组向市税务局党委反馈了巡察意见。现将整改进展情况通报如下：")


def _read(text):
    r = parse_text(text)
    return [(p.seq, p.category, p.title, p.status, len(p.measures)) for p in r.problems]


def _titles(text):
    return [(s, c, t) for s, c, t, _, _ in _read(text)]


# --- one stream of statement paragraphs --------------------------------------------------------------------------

ONE_PARAGRAPH = [
    "（一）执行上级决策部署有偏差。一是纳税服务便利化措施落实不够。如，2023年网上办税事项占比低于全省平均水平。"
    "二是税收风险防控存在薄弱环节。如，抽查发现12户企业长期零申报未核查。三是减税降费政策宣传不到位。",
    "（二）班子建设有短板。一是民主集中制执行不严格。如，2项大额支出未经党委会研究。二是干部交流轮岗推进缓慢。",
]

# the same areas as a PDF printed them: the heading alone on its line, a sentence broken off mid-line, an example
# on a paragraph of its own
BROKEN = [
    "（一）执行上级决策部署有偏差。",
    "一是纳税服务便利化措施落实不够。如，2023年网上办税事项占比低于全省平均",
    "水平。二是税收风险防控存在薄弱环节。",
    "如，抽查发现12户企业长期零申报未核查。三是减税降费政策宣传不到位。",
    "（二）班子建设有短板。一是民主集中制执行不严格。",
    "如，2项大额支出未经党委会研究。二是干部交流轮岗推进缓慢。",
]


def test_area_items_broken_over_paragraphs_read_as_the_same_items_as_one_paragraph():
    whole = _titles("\n".join([LEAD, "一、巡察发现的主要问题"] + ONE_PARAGRAPH))
    broken = _titles("\n".join([LEAD, "一、巡察发现的主要问题"] + BROKEN))
    assert broken == whole
    assert [(s, c) for s, c, _ in broken] == [(1, "执行上级决策部署有偏差"), (2, "执行上级决策部署有偏差"),
                                              (3, "执行上级决策部署有偏差"), (1, "班子建设有短板"), (2, "班子建设有短板")]
    assert broken[0][2] == "纳税服务便利化措施落实不够。如，2023年网上办税事项占比低于全省平均水平"
    assert broken[3][2] == "民主集中制执行不严格。如，2项大额支出未经党委会研究"


def test_an_example_paragraph_after_an_item_opening_its_own_paragraph_goes_with_it():
    text = "\n".join([
        LEAD, "一、巡察发现的主要问题",
        "（一）校园安全管理有漏洞。一是食堂食品安全责任落实不到位。",
        "例如，3所学校食堂未落实陪餐制度。",
        "二是校车安全管理不规范。",
        "又如，个别校车驾驶员未按期体检。",
    ])
    got = _titles(text)
    assert [t for _, _, t in got] == ["食堂食品安全责任落实不到位。例如，3所学校食堂未落实陪餐制度",
                                      "校车安全管理不规范。又如，个别校车驾驶员未按期体检"]


def test_a_traditional_character_copy_broken_by_its_pdf_reads_the_same_items():
    text = "\n".join([
        "根據市委統一部署，2024年4月8日至5月30日，市委第一巡察組對市稅務局黨委開展了常規巡察。2024年7月2日，"
        "市委第一巡察組向市稅務局黨委反饋了巡察意見。現將巡察反饋問題公示如下：",
        "一、巡察發現的主要問題",
        "（一）執行上級決策部署有偏差。",
        "一是納稅服務便利化措施落實不夠。如，2023年網上辦稅事項佔比低於全省平均",
        "水平。二是稅收風險防控存在薄弱環節。",
        "如，抽查發現12戶企業長期零申報未核查。",
    ])
    got = _titles(text)
    assert [(s, t) for s, _, t in got] == [(1, "纳税服务便利化措施落实不够。如，2023年网上办税事项占比低于全省平均水平"),
                                           (2, "税收风险防控存在薄弱环节。如，抽查发现12户企业长期零申报未核查")]


def test_a_paragraph_that_neither_opens_an_item_nor_goes_on_with_one_leaves_the_area_as_it_was():
    text = "\n".join([
        LEAD, "一、巡察发现的主要问题",
        "（一）执行上级决策部署有偏差。一是纳税服务便利化措施落实不够。二是税收风险防控存在薄弱环节。",
        "针对上述问题，市税务局党委召开专题会议研究部署整改工作。",
        "（二）班子建设有短板。一是民主集中制执行不严格。二是干部交流轮岗推进缓慢。",
    ])
    got = _titles(text)
    assert not any(t.startswith("纳税服务便利化") for _, _, t in got)


# --- an account after each item ----------------------------------------------------------------------------------

PROGRESS = [
    LEAD, "一、整改工作开展情况", "市税务局党委把巡察整改作为重大政治任务，制定整改方案，逐项推进。",
    "二、反馈问题整改落实情况",
    "（一）执行上级决策部署有偏差。一是纳税服务便利化措施落实不够。如，2023年网上办税事项占比低于全省平均水平。",
    "整改情况：（1）上线智能咨询平台；（2）扩大网上办税事项清单；（3）开展窗口服务专项检查。目前，该问题已完成整改。",
    "二是税收风险防控存在薄弱环节。如，抽查发现12户企业长期零申报未核查。",
    "整改情况：对零申报企业逐户核查，已核查9户目前，该问题正在推进整改。",
    "（二）班子建设有短板。一是民主集中制执行不严格。如，2项大额支出未经党委会研究。",
    "整改情况：（1）修订党委议事规则；（2）建立大额支出事前审议清单。目前，该问题已完成整改。",
    "二是干部作风建设有待加强。",
    "整改情况：（1）开展作风建设专项教育；（2）建立作风问题通报制度。该项工作需长期坚持。",
    "三、下一步工作",
    "市税务局党委将持续巩固整改成果。",
]


def test_an_account_after_each_item_gives_its_measures_and_its_closing_status():
    got = _read("\n".join(PROGRESS))
    assert [(s, c, st, m) for s, c, _, st, m in got] == [
        (1, "执行上级决策部署有偏差", "done", 3), (2, "执行上级决策部署有偏差", "in_progress", 1),
        (1, "班子建设有短板", "done", 2), (2, "班子建设有短板", "long_term", 2)]
    assert got[0][2] == "纳税服务便利化措施落实不够。如，2023年网上办税事项占比低于全省平均水平"
    assert got[3][2] == "干部作风建设有待加强"


def test_an_account_labelled_as_progress_reads_the_same():
    text = "\n".join(line.replace("整改情况：", "整改进展：") for line in PROGRESS)
    got = _read(text)
    assert [(st, m) for _, _, _, st, m in got] == [("done", 3), ("in_progress", 1), ("done", 2), ("long_term", 2)]


def test_accounts_for_some_items_only_leave_the_area_as_it_was():
    text = "\n".join(line for line in PROGRESS if not line.startswith("整改情况：对零申报"))
    got = _read(text)
    assert not any(t.startswith("税收风险防控") for _, _, t, _, _ in got)


def test_items_that_answer_the_area_with_actions_are_no_problems():
    text = "\n".join([
        LEAD, "二、反馈问题整改落实情况",
        "（一）执行上级决策部署有偏差。一是加强纳税服务便利化建设。",
        "整改情况：上线智能咨询平台。目前，该问题已完成整改。",
        "二是建立税收风险防控机制。",
        "整改情况：对零申报企业逐户核查。目前，该问题已完成整改。",
    ])
    got = _read(text)
    assert not any(t.startswith("加强纳税服务") for _, _, t, _, _ in got)


# --- a progress field stated in a ledger cell's words ------------------------------------------------------------

def _item(label_value: str, n: int) -> list[str]:
    return [f"问题{'一二三'[n]}：督察反馈指出，“县城生活垃圾填埋场渗滤液处理能力不足，存在溢流风险。”",
            f"{label_value}一是新建渗滤液处理站1座；二是开展填埋场封场整治。",
            "责任单位：县城市管理局", "整改时限：2025年12月底前"]


STATUS_LEAD = ["某县人民政府关于省生态环境保护督察反馈意见整改落实情况的报告",
               "2024年5月6日至6月5日，省第三生态环境保护督察组对我县开展督察，并于2024年8月1日反馈了督察意见。",
               "一、督察反馈问题整改情况"]


def test_a_progress_field_opening_on_schedule_words_states_work_under_way():
    for label_value in ("整改情况：达到序时进度。", "整改进展：按序时进度推进，", "整改进展情况：未达到序时进度。"):
        r = parse_text("\n".join(STATUS_LEAD + _item(label_value, 0) + _item("整改情况：已完成。", 1)))
        assert [p.status for p in r.problems] == ["in_progress", "done"], label_value
        assert [len(p.measures) for p in r.problems] == [2, 2]


def test_a_progress_field_opening_on_part_done_states_work_under_way():
    r = parse_text("\n".join(STATUS_LEAD + _item("整改情况：部分整改。", 0) + _item("整改情况：已完成。", 1)))
    assert [p.status for p in r.problems] == ["in_progress", "done"]


def test_a_field_opening_on_the_schedule_words_inside_a_longer_clause_states_no_status():
    for label_value in ("整改情况：达到序时进度要求的3个项目已开工，", "整改情况：已拆除违规建筑3处，"):
        r = parse_text("\n".join(STATUS_LEAD + _item(label_value, 0) + _item("整改情况：已完成。", 1)))
        assert r.problems[0].status is None, label_value


# --- a ledger's verdict column and its closing rows --------------------------------------------------------------

HEAD = ["序号", "审计发现问题", "整改责任单位", "整改期限"]
ROWS = [["1", "部分非税收入未及时缴入国库", "区财政局", "2024年10月31日前"],
        ["2", "项目资金拨付滞后", "区农业农村局", "2025年3月31日前"],
        ["3", "公务用车管理不规范", "区机关事务中心", "2024年12月31日前"]]
VERDICTS = ["已整改", "持续整改", "部分整改"]


def test_a_verdict_column_headed_the_other_way_round_is_the_status_column():
    from zhenggai.importer.ledger_reader import rows_to_result

    for heading in ("整改结果认定", "认定情况"):
        got = rows_to_result([HEAD + [heading]] + [r + [v] for r, v in zip(ROWS, VERDICTS)])
        assert [p.status for p in got.problems] == ["done", "in_progress", "in_progress"], heading


def test_a_total_told_as_a_sentence_under_the_last_row_gives_the_headline():
    from zhenggai.importer.ledger_reader import rows_to_result

    total = "合计：发现问题3个，已整改1个，其余正在整改；建立健全制度4项。"
    rows = [HEAD + ["整改结果认定"]] + [r + [v] for r, v in zip(ROWS, VERDICTS)] + [[total] * 5]
    got = rows_to_result(rows)
    assert (got.headline.problems_total, got.headline.problems_done, got.headline.rules_made) == (3, 1, 4)
    notes = "说明：本表共列问题3个，其中已完成整改1个，制定完善制度2项，由整改责任单位逐项填报。"
    got = rows_to_result([HEAD + ["认定结果"]] + [r + [v] for r, v in zip(ROWS, VERDICTS)] + [[notes] * 5])
    assert (got.headline.problems_total, got.headline.problems_done, got.headline.rules_made) == (3, 1, 2)


def test_a_long_spanning_row_with_problems_under_it_gives_no_headline():
    from zhenggai.importer.ledger_reader import rows_to_result

    section = "一、预算执行方面问题共3个，已整改1个，涉及制度4项的修订工作"
    rows = [HEAD + ["认定结果"], [section] * 5] + [r + [v] for r, v in zip(ROWS, VERDICTS)]
    got = rows_to_result(rows)
    assert got.headline.problems_total is None and got.headline.rules_made is None


# --- sentences assigning a problem, and where it stands now ------------------------------------------------------

NOTICE = ["某市人民政府办公室关于省国土资源督察反馈问题整改情况的通报",
          "省国土资源督察局于2024年3月4日至4月12日进驻我市开展专项督察，并于6月3日反馈了督察意见，指出问题3项。",
          "一、督察反馈问题整改情况"]


def test_sentences_assigning_a_problem_end_its_title_and_give_its_units_and_deadline():
    text = "\n".join(NOTICE + [
        "问题一：部分乡镇违规审批农村宅基地，涉及用地12.5亩。该问题由市自然资源局牵头，市农业农村局、各乡镇人民政府"
        "配合。要求于2024年10月31日前完成整改。整改中，一是开展宅基地审批专项清理；二是依法撤销违规审批手续。目前已整改完成。",
        "问题二：矿山地质环境恢复治理滞后。此项任务由市生态环境局负责。要求长期坚持。整改中，一是编制治理方案；二是落实"
        "治理资金；三是开展年度评估。目前该项工作需长期坚持，已纳入常态化管理。",
        "问题三：土地出让金欠缴问题突出。该问题由市财政局牵头，市税务局协助。限于2025年6月底前整改到位。整改中，一是"
        "下达催缴通知；二是依法申请强制执行。目前正在推进，已追缴欠款60%。",
    ])
    got = parse_text(text).problems
    assert [p.title for p in got] == ["部分乡镇违规审批农村宅基地，涉及用地12.5亩", "矿山地质环境恢复治理滞后",
                                      "土地出让金欠缴问题突出"]
    assert [p.responsible_units for p in got] == [["市自然资源局", "市农业农村局", "各乡镇人民政府"], ["市生态环境局"],
                                                  ["市财政局", "市税务局"]]
    assert [p.deadline for p in got] == ["2024年10月31日前", "长期坚持", "2025年6月底前"]
    assert [p.status for p in got] == ["done", "long_term", "in_progress"]
    assert [len(p.measures) for p in got] == [2, 3, 2]


def test_a_sentence_after_the_statement_that_assigns_nothing_stays_in_the_title():
    text = "\n".join(NOTICE + [
        "问题一：部分乡镇违规审批农村宅基地。涉及用地12.5亩，群众反映强烈。整改中，一是开展宅基地审批专项清理；二是依法撤销"
        "违规审批手续。目前已整改完成。",
        "问题二：矿山地质环境恢复治理滞后。整改中，一是编制治理方案；二是落实治理资金。目前正在推进。",
    ])
    got = parse_text(text).problems
    assert got[0].title == "部分乡镇违规审批农村宅基地。涉及用地12.5亩，群众反映强烈"
    assert got[0].responsible_units == [] and got[0].deadline is None


def test_where_it_stands_now_said_before_a_clause_more_is_the_status():
    for closing, status in (("目前正在推进，已完成阶段性目标。", "in_progress"), ("目前已整改完成，并建立长效机制。", "done"),
                            ("目前该项工作需长期坚持，已纳入日常监管。", "long_term")):
        text = "\n".join(NOTICE + [
            "问题一：矿山地质环境恢复治理滞后。整改中，一是编制治理方案；二是落实治理资金。" + closing,
            "问题二：部分乡镇违规审批农村宅基地。整改中，一是开展专项清理；二是撤销违规审批手续。目前已整改完成。",
        ])
        assert [p.status for p in parse_text(text).problems] == [status, "done"], closing


def test_a_state_said_of_the_past_then_a_clause_is_no_status_of_now():
    text = "\n".join(NOTICE + [
        "问题一：矿山地质环境恢复治理滞后。整改中，一是编制治理方案；二是落实治理资金。去年曾正在推进，后因资金停滞。",
        "问题二：部分乡镇违规审批农村宅基地。整改中，一是开展专项清理；二是撤销违规审批手续。目前已整改完成。",
    ])
    assert parse_text(text).problems[0].status is None


def _one_task(duties: str) -> str:
    return "\n".join([
        "某县住房和城乡建设局关于省环保督察交办第12号问题整改销号的公示",
        "2024年5月6日至6月5日，省第二生态环境保护督察组对我县开展督察，并于2024年7月10日反馈了督察意见。",
        "整改问题：县城东区雨污管网混接错接，生活污水直排东河，涉及排口5个。",
        duties,
        "整改措施：",
        "1.对东区管网开展全面排查，建立混接点位台账。",
        "2.实施雨污分流改造工程，封堵直排口5个。",
        "整改完成情况：截至2024年11月30日，5个排口全部封堵，东区雨污分流改造全部完成。",
        "验收意见：经县督察整改办组织验收，该问题已完成整改，达到销号条件，同意销号。",
        "公示期限：2024年12月10日至12月16日。",
        "某县住房和城乡建设局",
        "2024年12月10日",
    ])


def test_a_duties_field_told_in_sentences_gives_the_notices_units_and_deadline():
    r = parse_text(_one_task("整改责任：该问题由县住房和城乡建设局牵头整改，县生态环境分局、东城街道办事处配合。"
                             "县住建局负责管网改造，东城街道负责入户排查。整改时限为2024年12月31日前。"))
    assert len(r.problems) == 1
    assert r.problems[0].responsible_units == ["县住房和城乡建设局", "县生态环境分局", "东城街道办事处"]
    assert r.problems[0].deadline == "2024年12月31日前"


def test_a_duties_field_with_no_assigning_sentence_gives_no_units_by_this_rule():
    r = parse_text(_one_task("整改责任：各相关单位要切实履行职责，确保整改到位。"))
    assert len(r.problems) == 1
    assert r.problems[0].responsible_units == [] and r.problems[0].deadline is None


# --- a round summary's total, stated first noun first ------------------------------------------------------------

def test_a_total_stated_noun_first_before_the_bodies_parts_is_the_documents_total():
    from zhenggai.importer.parse import headline as H

    for total in ("本次督查共发现问题128个，截至6月底，已完成整改117个，其余11个正在推进。",
                  "此次审计共查出问题75个，已完成整改70个。"):
        text = "\n".join([
            "——总体进展。" + total,
            "——重点单位。县卫健委党组针对反馈的23个问题制定整改措施61条，已完成整改21个；县教体局党组针对反馈的19个问题"
            "制定整改措施44条，已完成整改18个。",
        ])
        f = H.headline_figures(text)
        H.settle(f)
        want = (128, 117) if "128" in total else (75, 70)
        assert (f.problems_total, f.problems_done) == want, total


def test_a_part_count_with_no_total_before_it_is_read_as_before():
    from zhenggai.importer.parse import headline as H

    text = "县卫健委党组针对反馈的23个问题制定整改措施61条，已完成整改21个，其余2个正在推进。"
    f = H.headline_figures(text)
    H.settle(f)
    assert (f.problems_total, f.problems_done) == (23, 21)


# --- a PDF line opening with a labelled item's label -------------------------------------------------------------

def _pdf_line(text, gap):
    from zhenggai.importer.extract import _PdfLine

    return _PdfLine(text=text, from_left=True, gap=gap, indented=False, size=16.0, char_w=16.0, fills=gap <= 8)


def test_a_pdf_line_opening_with_an_items_label_starts_a_paragraph_after_a_short_line():
    from zhenggai.importer.extract import _pdf_join

    for label in ("问题2.3：", "任务五：", "点位一：", "问题3："):
        lines = [_pdf_line("建立全程监控平台，实行准运证管理", 20.0), _pdf_line(label + "历史遗留尾矿库未开展风险评估", 200.0)]
        assert _pdf_join([lines]) == ["建立全程监控平台，实行准运证管理", label + "历史遗留尾矿库未开展风险评估"], label


def test_a_pdf_line_opening_on_other_words_after_a_short_line_goes_on_as_before():
    from zhenggai.importer.extract import _pdf_join

    lines = [_pdf_line("建立全程监控平台，实行准运证管理", 20.0), _pdf_line("问题台账，每月通报一次。", 200.0)]
    assert _pdf_join([lines]) == ["建立全程监控平台，实行准运证管理问题台账，每月通报一次。"]


# --- headings naming where the problems were found ----------------------------------------------------------------

CHECK = ["为推进食品安全示范县创建，县市场监管局于3月中旬对各镇街开展了专项督查。现将督查情况通报如下：",
         "一、总体情况", "各镇街高度重视，创建工作取得一定成效。", "二、存在问题"]


def test_headings_naming_the_places_checked_over_their_findings_give_one_problem_a_finding():
    text = "\n".join(CHECK + [
        "1.农贸市场", "存在摊位占道经营、活禽宰杀区卫生不达标等问题。",
        "2.学校食堂", "一是部分食堂从业人员健康证未及时更新。二是食品留样记录不规范。三是学生对食品安全知识知晓度较低。",
        "3.小餐饮店", "存在未公示食品经营许可证的问题。",
        "三、下一步工作", "县市场监管局将对发现的问题跟踪督办。",
    ])
    got = _titles(text)
    assert got == [(None, "农贸市场", "存在摊位占道经营、活禽宰杀区卫生不达标等问题"),
                   (1, "学校食堂", "部分食堂从业人员健康证未及时更新"), (2, "学校食堂", "食品留样记录不规范"),
                   (3, "学校食堂", "学生对食品安全知识知晓度较低"),
                   (None, "小餐饮店", "存在未公示食品经营许可证的问题")]


def test_a_heading_that_states_a_fault_stays_a_problem_of_its_own_beside_an_opened_place():
    # (merge of st21 and chk21, lead: st21's reading left the whole list as it was when one heading stated a fault;
    # chk21's, which serves the same shape and is the one kept, reads each entry on its own — the place heading is
    # opened, the heading that states a fault stays the problem it is)
    text = "\n".join(CHECK + [
        "1.农贸市场", "存在摊位占道经营、活禽宰杀区卫生不达标等问题。",
        "2.食堂管理不规范", "部分食堂从业人员健康证过期。",
        "三、下一步工作", "县市场监管局将对发现的问题跟踪督办。",
    ])
    got = _titles(text)
    assert [t for _, _, t in got] == ["存在摊位占道经营、活禽宰杀区卫生不达标等问题", "食堂管理不规范"]


def test_a_body_telling_what_was_done_leaves_the_list_as_it_was():
    text = "\n".join(CHECK + [
        "1.农贸市场", "存在摊位占道经营问题，已完成整改。",
        "2.学校食堂", "存在从业人员健康证过期问题。",
        "三、下一步工作", "县市场监管局将对发现的问题跟踪督办。",
    ])
    got = _titles(text)
    assert not any(t.startswith("存在摊位占道经营") for _, _, t in got)


def test_a_low_rate_or_degree_and_mei_neng_are_shortfalls_a_comparison_is_not():
    from zhenggai.importer.parse.levels import RE_SHORTFALL

    for text in ("群众满意度较低", "志愿服务参与率低", "部分学生没能按时完成"):
        assert RE_SHORTFALL.search(text), text
    assert not RE_SHORTFALL.search("细颗粒物浓度低于国家标准")


def test_a_noun_first_count_that_does_not_sum_is_no_total_over_a_later_count():
    from zhenggai.importer.parse import headline as H

    text = ("1.省委巡视反馈问题整改情况。巡视反馈意见问题28个，已整改完成25件。2.省督察问题整改情况。省督察组移交我县"
            "61个问题中，已完成整改47个问题，剩余14个问题正在整改中。")
    f = H.headline_figures(text)
    H.settle(f)
    assert f.problems_total != 28
