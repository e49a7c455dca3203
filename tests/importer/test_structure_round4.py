"""Problem lists of round 4 (the shapes of blind12 and blindwritten5), each test a constructed text of its own.

The family: an aspect heading "一、<aspect>：" over a problem labelled "问题清单：…" and what was done labelled
"整改情况：…" (one sentence, or 1、2、 items run together); simplified or traditional. Negatives: "问题清单" inside a
sentence, or without a colon, labels nothing.
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.normalize import Para
from zhenggai.importer.parse.structure import split_labelled_items


def _read(text: str) -> list[tuple[str | None, str, int]]:
    return [(p.category, p.title, p.measure_count) for p in parse_text(text).problems]


ASPECTS = ("街道办：\n根据检查清单，我街道开展整改，现将情况报告如下：\n"
           "一、便民服务：\n问题清单：服务窗口指引标识不清。\n整改情况：重新制作指引标识并张贴。\n"
           "二、档案管理：\n问题清单：部分档案未按年度装订，借阅登记缺失。\n"
           "整改情况：1、对档案逐卷清理，按年度装订。2、建立借阅登记簿，专人管理。\n")


def test_a_problem_labelled_problem_list_under_an_aspect_heading_is_read_with_its_measures():
    assert _read(ASPECTS) == [
        ("便民服务", "服务窗口指引标识不清", 1),
        ("档案管理", "部分档案未按年度装订，借阅登记缺失", 2),
    ]


def test_the_same_list_in_traditional_characters_is_read_alike():
    trad = ASPECTS.replace("问题清单", "問題清單").replace("整改情况", "整改情況").replace("档案管理", "檔案管理")
    got = _read(trad)
    assert len(got) == 2 and got[0][1] == "服务窗口指引标识不清" and got[1][2] == 2


def test_problem_list_named_inside_a_sentence_labels_no_problem():
    text = ("关于整改情况的报告\n区政府办：\n我乡收到问题清单后高度重视，召开专题会议研究部署。\n"
            "问题清单共列出5个方面，现已全部整改完毕。\n特此报告。")
    assert _read(text) == []


RUN_ON = ("某局作风建设自查问题清单\n一、工作作风方面\n"
          "1.调查研究不够,浮于面上部分科室下基层次数偏少,调研报告质量不高。如某科室全年仅下乡2次，未形成调研成果。\n"
          "2.服务意识不强,办事效率偏低服务窗口群众排队时间较长,答复不及时。如某窗口一日内受理量不足10件。\n"
          "3.制度执行不严,考勤流于形式制度执行环节存在漏洞,请假手续不全。如抽查考勤表3份，均无审批签字。\n")


def test_a_heading_of_two_short_phrases_run_into_its_description_keeps_only_the_phrases_as_title():
    assert [t for _, t, _ in _read(RUN_ON)] == [
        "调查研究不够,浮于面上", "服务意识不强,办事效率偏低", "制度执行不严,考勤流于形式"]


def test_a_first_clause_that_names_no_shortcoming_is_not_cut():
    text = RUN_ON.replace("调查研究不够,浮于面上", "开展调查研究,浮于面上")
    assert _read(text)[0][1].startswith("开展调查研究,浮于面上部分科室")


def test_two_phrases_closed_by_a_full_stop_stay_the_whole_title():
    text = ("某局巡察整改问题清单\n一、选人用人方面\n"
            "1.人才引进把关不严，部分引进人才履约考核流于形式。整改措施：修订人才引进办法。\n"
            "2.干部交流工作不力，个别岗位人员长期未轮岗。整改措施：制定轮岗计划。\n")
    assert [t for _, t, _ in _read(text)] == [
        "人才引进把关不严，部分引进人才履约考核流于形式", "干部交流工作不力，个别岗位人员长期未轮岗"]


ONE_PARAGRAPH = ("某局关于巡察整改情况的报告\n县委巡察办：\n县委巡察组于2023年5月反馈巡察意见，现将整改情况报告如下：\n"
                 "一、反馈问题整改情况\n反馈问题共3个。1.党组议事规则不健全，议题程序不规范，整改情况：一是修订议事规则；"
                 "二是建立议题清单。（已完成整改）2.公务用车管理不严，派车登记不全，整改情况：重新建立派车登记台账。（已完成整改）"
                 "3.档案管理混乱，部分文书未归档，整改情况：一是清理积存文书；二是明确专人管理；三是开展业务培训。（正在整改中）\n"
                 "二、下一步打算\n持续巩固整改成果。\n")


def test_items_with_inline_rectification_run_together_in_one_paragraph_are_read_one_by_one():
    got = [(p.seq, p.title, p.measure_count, p.status) for p in parse_text(ONE_PARAGRAPH).problems]
    assert got == [
        (1, "党组议事规则不健全，议题程序不规范", 2, "done"),
        (2, "公务用车管理不严，派车登记不全", 1, "done"),
        (3, "档案管理混乱，部分文书未归档", 3, "in_progress"),
    ]


def test_a_single_numbered_item_with_inline_rectification_is_not_split():
    assert split_labelled_items([Para("共1个。1.台账不全，整改情况：补齐台账。", 0)])[0].text.startswith("共1个。1.")


def test_an_item_of_the_run_numbered_in_another_style_is_read_as_one_of_the_run():
    text = ONE_PARAGRAPH.replace("3.档案管理混乱", "（三）档案管理混乱")
    got = [(p.seq, p.title) for p in parse_text(text).problems]
    assert got[-1] == (3, "档案管理混乱，部分文书未归档") and len(got) == 3


def test_problems_labelled_by_word_and_number_run_together_in_a_story_are_read_one_by_one():
    text = ("做好整改后半篇文章\n本报讯 今年以来，某县紧盯巡察反馈问题抓整改。"
            "记者注意到两个典型问题的整改情况。问题一：部分单位公务接待清单填写不全。整改情况：一是逐单核对；"
            "二是建立审核制度。目前已完成整改。问题二：村级财务公开不及时。整改情况：督促各村按月公开。目前正在整改中。\n"
            "下一步，该县将开展“回头看”。\n")
    got = [(p.title, p.measure_count) for p in parse_text(text).problems]
    assert got == [("部分单位公务接待清单填写不全", 2), ("村级财务公开不及时", 1)]


def test_a_task_notice_reads_measures_and_completion_and_takes_the_acceptance_verdict_as_status():
    text = ("某县督察反馈问题第3项整改验收销号公示\n现将反馈问题第3项整改验收情况予以公示。\n"
            "一、反馈问题\n第3项：城区部分路段污水管网雨污混接。\n二、整改时限\n2023年12月31日\n"
            "三、整改措施及完成情况\n（1）排查雨污混接点42处；\n（2）完成混接点改造40处；\n（3）建立管网巡查制度。\n"
            "四、验收情况\n2024年3月5日，验收组现场核查，认为已完成整改，通过验收，同意销号。整改推进中，共召开调度会6次。\n"
            "五、公示期限\n2024年3月6日至3月12日。\n")
    got = [(p.seq, p.measure_count, p.status) for p in parse_text(text).problems]
    assert got == [(3, 3, "done")]


def test_problems_stated_as_cumbersome_or_slow_are_shortcomings_of_their_status_section():
    text = ("某局关于巡察整改进展情况的报告\n一、整改总体情况\n反馈问题3个，已完成整改1个，正在推进2个。\n二、问题整改情况\n"
            "（一）已完成整改的问题\n1.财务报销审核不严。（1）修订报销办法；（2）开展财务自查。\n"
            "（二）正在推进整改的问题\n1.企业开办审批手续繁琐。（1）推行一网通办；（2）压减审批环节。\n"
            "2.老旧小区改造进度慢。制定改造计划，已完成改造12个。\n三、下一步工作\n持续推进整改。\n")
    got = [(p.title, p.status) for p in parse_text(text).problems]
    assert got == [("财务报销审核不严", "done"), ("企业开办审批手续繁琐", "in_progress"),
                   ("老旧小区改造进度慢", "in_progress")]


def test_where_an_item_stands_closes_its_own_numbered_measures_so_the_next_number_is_the_next_problem():
    text = ("附件\n某镇巡察反馈问题整改情况\n1．村务公开不及时\n整改措施：\n1.建立村务公开月报制度；\n2.逐村检查公开栏。\n"
            "整改进展：已完成\n2．集体资产台账不全\n整改措施：\n1.清查集体资产；\n2.补建资产台账。\n"
            "整改进展：持续推进中\n3．党员发展程序不规范\n整改措施：\n1.逐人复核发展材料。\n整改进展：已完成\n")
    got = [(p.seq, p.title, p.measure_count) for p in parse_text(text).problems]
    assert got == [(1, "村务公开不及时", 2), (2, "集体资产台账不全", 2), (3, "党员发展程序不规范", 1)]


def test_an_item_whose_statement_opens_with_a_word_like_year_start_is_still_an_item():
    text = ("关于审计查出问题整改情况的报告\n一、预算管理审计查出问题的整改情况\n"
            "1.年初预算编制不够细化。整改情况：修订预算编制规程。目前该问题已完成整改。\n"
            "2.月底集中支付现象突出。整改情况：建立用款计划管理制度。目前该问题已完成整改。\n")
    assert [(p.seq, p.title) for p in parse_text(text).problems] == [
        (1, "年初预算编制不够细化"), (2, "月底集中支付现象突出")]


def test_a_number_followed_by_a_year_count_is_no_item():
    from zhenggai.importer.parse.numbering import parse_marker
    assert parse_marker("3.年以上未更新") is None
