"""Session 25 (robust25): this session's readers on copies of a page as real copies make them (perturb.py's wrap,
pages, chrome, indent): a wrapped "|" table, a one-cell-a-line 公示 table whose long cells a viewer broke, a 公示's lead
broken over lines, a flattened audit notice hard-wrapped. Each written in other words than the pages they came from,
with a near miss."""
from __future__ import annotations

from zhenggai.importer.extract import extract_bytes
from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.normalize import rejoin_wrapped_flat


def _read(lines: list[str]):
    out = extract_bytes("\n".join(lines).encode("utf-8"), "copy.txt")
    return out.ledger if out.ledger is not None else parse_text("\n".join(lines))


# --- a "|" table whose header and rows are wrapped over lines, as a narrow page copies it -------------------------------

_HEADER = ["序号 | 县区 | 点位名称 | 问题类型 |", "问题具体情况 | 整改措施 | 计划完成时间 |", "整改进展 | 是否完成 |"]
_ROWS = ["7 | 某某县 | 石门 河段 |", "采砂 | 河道内堆放砂石约两千方,未清运。 | 限期清运 | 2019年6月 | 已清运完毕。 | 是 |",
         "8 | 某某县 | 石门 河段 |", "排污 | 沿河三家农家乐生活污水直排入河。 | 接入管网 | 2019年9月 | 两家已接入。 | 否 |"]


def test_a_wrapped_pipe_table_is_read_row_by_row_when_the_copy_also_breaks_its_cells():
    lines = ["序号 | 县区 | 点位名称 | 问题类型 |", "问题具体情况 | 整改措施 | 计划完成时间 |", "整改进展 | 是否完成 |",
             "7 | 某某县 | 石门 河段 |", "采砂 | 河道内堆放砂石约两千方,", "未清运。 | 限期清运 | 2019年6月 | 已清运完毕。 | 是 |",
             "8 | 某某县 | 石门 河段 |", "排污 | 沿河三家农家乐生活污水直排入", "河。 | 接入管网 | 2019年9月 | 两家已接入。 | 否 |"]
    r = _read(lines)
    assert [p.seq for p in r.problems] == [7, 8]
    assert r.problems[0].title.startswith("河道内堆放砂石约两千方,未清运")
    assert r.problems[1].title.startswith("沿河三家农家乐生活污水直排入河")


def test_a_wrapped_pipe_table_is_read_across_blank_lines_page_chrome_and_a_page_footer():
    lines = [_HEADER[0], "字号：大 中 小", "", _HEADER[1], "", _HEADER[2], "", _ROWS[0], "", _ROWS[1], "— 1 —", _ROWS[2], "",
             _ROWS[3]]
    r = _read(lines)
    assert [p.seq for p in r.problems] == [7, 8]
    assert r.problems[1].deadline == "2019年9月"


def test_a_wrapped_pipe_table_does_not_swallow_the_lines_of_text_after_it():
    # near miss: the text after the last row breaks over lines that end on no bar, then a line of another table: the
    # table ends at its last row; the text is no cell of it
    lines = [*_HEADER, *_ROWS, "以上问题由县河长办负责督办,", "每月通报一次。", "附: | 联系人 | 电话 |"]
    r = _read(lines)
    assert [p.seq for p in r.problems] == [7, 8]
    assert "督办" not in (r.problems[1].title or "")


def test_a_table_caption_under_the_rows_broken_over_two_lines_still_titles_and_dates_the_document():
    lines = [*_HEADER, *_ROWS, "某某县河道问题整治进展情况汇总表(2019年8月", "5日)"]
    r = _read(lines)
    assert r.title == "某某县河道问题整治进展情况汇总表"
    assert str(r.report_date) == "2019-08-05"


# --- a one-cell-a-line 公示 table whose long cells a PDF viewer broke -----------------------------------------------------

def test_a_one_cell_a_line_table_keeps_a_cell_broken_over_lines_and_reads_the_lead_broken_over_lines():
    lines = ["某区生态环境局关于督察整改任务完成情况的公示",
             "根据整改方案要求,各责任单位认真推进整改。整改情况经区级组织检查验收,以下问",
             "题已经完成整改,现予以公示。公示期为2024年5月6日至5月12日。", "",
             "序号 |", "反馈问题 |", "整改措施 |", "整改时限 |", "整改进展 |",
             "1 |", "部分乡镇垃圾中转站渗滤液收集设施缺失,渗滤液", "随意外排,周边沟渠水质", "发黑。 |",
             "①新建渗滤液收集池。②定期清运。 |", "2023年12月31日 |", "已建成收集池4座,", "— 2 —", "清运台账已建立。 |"]
    r = _read(lines)
    assert len(r.problems) == 1
    p = r.problems[0]
    assert p.title.startswith("部分乡镇垃圾中转站渗滤液收集设施缺失,渗滤液随意外排,周边沟渠水质发黑")
    assert p.deadline == "2023年12月31日"
    assert p.status == "done"


def test_a_lead_broken_over_lines_that_only_plans_a_check_marks_no_row_done():
    # near miss: the lead says the rows will be checked, not that they were: no status from it, however it is broken
    lines = ["某区生态环境局关于督察整改任务的公示",
             "根据整改方案要求,下列任务完成后将由区级组织检查验收,验收合格后再予",
             "以公示。", "",
             "序号 |", "反馈问题 |", "整改措施 |", "整改时限 |", "整改进展 |",
             "1 |", "部分乡镇垃圾中转站渗滤液收集设施缺失,渗滤液", "随意外排。 |",
             "①新建渗滤液收集池。 |", "2023年12月31日 |", "正在施工。 |"]
    r = _read(lines)
    assert len(r.problems) == 1
    assert r.problems[0].status != "done"


# --- a flattened audit notice (its breaks lost) hard-wrapped by a viewer ------------------------------------------------

_FLAT = ("某县2021年度部门预算执行审计结果 根据审计法的规定,县审计局对县交通运输局2021年度预算执行情况进行了审计。 一、基本情况 "
         "该局为一级预算单位,全年支出2 310万元,审计抽查支出1 205万元。 二、审计发现的主要问题 超范围列支工作经费36.8万元。 "
         "2021年,该局将专项经费36.8万元用于日常办公支出。 三、审计处理情况 对上述问题,县审计局已出具审计报告,该局已调整会计账目。 "
         "四、审计建议 建议该局进一步加强预算管理,严格执行经费支出标准。")


def _wrapped(text: str, width: int) -> list[str]:
    return [text[k:k + width] for k in range(0, len(text), width)]


def test_a_flattened_audit_notice_hard_wrapped_at_page_width_is_joined_back_before_its_breaks_are_restored():
    lines = ["审计结果公告", *_wrapped(_FLAT, 34)]
    joined = rejoin_wrapped_flat(lines)
    assert joined[1] == _FLAT and all(t == "" for t in joined[2:])
    r = parse_text("\n".join(lines))
    assert [p.title for p in r.problems] == [p.title for p in parse_text("审计结果公告\n" + _FLAT).problems]
    assert r.problems and r.problems[0].title.startswith("超范围列支工作经费36.8万元")


def test_paragraphs_of_a_text_that_was_not_wrapped_are_never_joined():
    # near miss: long paragraphs each on their own line, each with gaps, are no page's lines: left as they are
    lines = ["某县审计结果公告", _FLAT, _FLAT.replace("2021", "2022"), _FLAT.replace("交通运输局", "水利局"), _FLAT, _FLAT, _FLAT]
    assert rejoin_wrapped_flat(lines) == lines


# --- a news item's dateline lead cut at a page's width is no title --------------------------------------------------------

def test_a_news_lead_cut_at_the_page_width_is_body_text_not_the_title():
    from zhenggai.importer.parse.facts import title_like

    assert not title_like("某某日报讯 日前,记者在城区多个路口暗访发现,部分公交站牌")
    assert not title_like("本网讯(记者 王某)近日,市文明办对各小区宣传栏进行检查通报")
    # near miss: a headline naming a news desk is a title still
    assert title_like("某县融媒体中心关于小区宣传栏整改情况的通报")


# --- a 监察院 correction's statement broken over lines where a line closed on its clause's stop ----------------------------

def test_a_correction_statement_broken_after_a_semicolon_is_one_statement():
    text = "\n".join([
        "類 別: |", "糾正案文 |", "案 由: |",
        "張委員某某、李委員某某提,某某縣政府對於轄區內溫泉區違規建築未落實查報取締;",
        "另,該府對於業者違規排放污水未積極稽查,以上均有違失,爰依法提案糾正。 |",
        "案件狀態: |", "已結案 |"])
    r = parse_text(text)
    assert len(r.problems) == 1
    assert r.problems[0].title.startswith("某某县政府对于辖区内温泉区违规建筑未落实查报取缔")
    assert "污水未积极稽查" in r.problems[0].title
    assert r.problems[0].status == "done"


def test_a_correction_lead_whose_verdict_lies_past_another_field_is_not_read_across_it():
    # near miss: the statement has no verdict before the record's next field; the verdict words after that field are
    # another field's, never this statement's end
    text = "\n".join([
        "案 由: |", "張委員某某提,某某縣政府對於轄區內溫泉區違規建築未落實查報取締", "機關改善情形: |",
        "該府函復稱以上均有違失,爰依法提案糾正之意見已研處。 |"])
    assert parse_text(text).problems == []


# --- a page's date label cut at the page's width ---------------------------------------------------------------------------

def test_a_date_label_cut_at_the_page_width_still_dates_the_page():
    from zhenggai.importer.parse.facts import meta_date

    assert meta_date(["来源:某市环境保护督察整改工作领导小组    时", "间:2023-04-18"]) == "2023-04-18"
    assert meta_date(["某某区人民政府网站 发布日", "期：2021-11-02"]) == "2021-11-02"
    # near miss: a sentence closing on 日 over a line opening 期: no label was cut
    assert meta_date(["整改期限为验收之日", "期：另行通知"]) is None


# --- a clause closing at the margin of a wrapped page: the paragraph goes on ----------------------------------------------

def _wrapped_page(paragraphs: list[str], width: int) -> list[str]:
    out = []
    for p in paragraphs:
        out += [p[k:k + width] for k in range(0, len(p), width)]
    return out


def test_a_wrapped_paragraph_whose_line_ends_on_a_semicolon_at_the_margin_stays_one_paragraph():
    from zhenggai.importer.parse import facts
    from zhenggai.importer.parse.normalize import Para, full_page_lines, join_broken_lines

    head = "一、基础设施方面。一是部分村组道路破损后长期未修复出行不便;"  # (30 characters: the line closes on its ;)
    assert len(head) == 30
    first = head + ("二是部分路段路灯损坏无人维修夜间通行存在隐患,排水沟渠淤塞严重,雨天积水漫过路面,"
                    "群众多次反映未见处理;三是集镇公厕保洁不到位,异味较大,周边垃圾堆放。")
    paras_text = ["检查通报", first, "二、环境卫生方面。集镇农贸市场周边垃圾清运不及时,沿街商户占道经营现象仍然存在,"
                  "群众反映较多,镇村两级未建立长效管理机制,日常巡查流于形式,问题反复出现。",
                  "三、整改要求。各村要对照问题清单逐项整改,明确责任人和完成时限,整改情况于月底前书面报送镇整治办,"
                  "镇纪委将适时开展督查,对整改不力的严肃问责。"]
    lines = _wrapped_page(paras_text, 30)
    assert lines[1] == head
    full, likely = full_page_lines({i: t for i, t in enumerate(lines)})
    joined = join_broken_lines([Para(t, i) for i, t in enumerate(lines)], facts.title_like, full, set(), likely)
    assert [p.text for p in joined][1] == first


def test_lines_of_clauses_each_opening_an_item_are_not_joined_at_a_semicolon():
    # near miss: numbered clauses one a line, each closing on its semicolon at the margin: each its own item
    from zhenggai.importer.parse.normalize import _clause_at_margin, Para

    assert not _clause_at_margin(Para("1.部分村组道路破损后长期未修复群众出行不便;", 1), Para("2.部分路段路灯损坏无人维修;", 2))
    assert not _clause_at_margin(Para("部分村组道路破损后长期未修复群众出行不便;", 1), Para("责任单位:某镇政府", 2))


def test_clauses_set_one_a_line_opening_alike_are_not_joined_at_a_semicolon():
    # near miss: a list of clauses one a line, each closing on its semicolon, each opening as the one before did
    from zhenggai.importer.parse.normalize import Para, _clause_at_margin

    assert not _clause_at_margin(Para("在交通管理方面,非机动车乱停乱放、行人闯红灯现象较多;", 1),
                                 Para("在市容管理方面,沿街店铺占道经营、乱搭乱建时有发生;", 2))
    assert not _clause_at_margin(Para("部分小区消防通道被私家车长期占用;", 1), Para("部分楼道堆放杂物阻碍通行;", 2))
    # the positive: a line the margin broke after a clause, the paragraph going on in other words
    assert _clause_at_margin(Para("政务服务方面,审批环节仍然较多,部分事项办理时限偏长;", 1), Para("企业反映沟通渠道不够通畅,问题反馈不及时。", 2))


def test_a_lead_cut_after_the_document_it_cites_is_no_title():
    from zhenggai.importer.parse.facts import title_like

    assert not title_like("根据《市生态环境局关于印发饮用水水源地环境问题整治实施方案》")
    assert not title_like("按照《某省环境保护督察整改工作实施办法》")
    # near miss: a title that cites a document but names its own kind after it is a title
    assert title_like("关于落实《某省环境保护督察整改工作实施办法》的通知")


def test_a_table_row_broken_over_lines_is_never_joined_as_a_flattened_paragraph():
    # near miss: a "|" row of a petition table a page's width broke, its cell holding "1、… 2、…" after gaps: not a text
    # that lost its breaks (its numbered clauses would read as items)
    row = ("5 | 某某小区夜间施工噪声扰民,多次反映未解决。 | 某某区 | 噪声 | 经调查核实,反映问题属实。 1、施工单位夜间违规作业。 "
           "2、未办理夜间施工许可。 | 属实 | 责令停止夜间施工。 | 处理情况: 1、责令整改。 2、立案处罚。 3、加强巡查。 | 已办结 |")
    lines = ["某某区信访件办理情况一览表", *_wrapped(row, 30)]
    assert rejoin_wrapped_flat(lines) == lines


# --- a numbered item whose inline run a page's width broke; a running header ending on "!" --------------------------------

def test_a_numbered_item_whose_inline_run_is_broken_by_the_width_goes_on_into_the_next_line():
    from zhenggai.importer.parse import facts
    from zhenggai.importer.parse.normalize import Para, join_broken_lines

    lines = ["（二）汽车站一是候车室无禁烟标识、宣传资料缺失;二是售票", "厅地面垃圾未及时清扫;三是公厕异味较大。"]
    joined = join_broken_lines([Para(t, i) for i, t in enumerate(lines)], facts.title_like)
    assert [p.text for p in joined] == ["".join(lines)]
    # near miss: an item whose line closes on its stop is whole; the next line is a paragraph of its own
    lines = ["（二）汽车站一是候车室无禁烟标识;二是售票厅地面垃圾未清扫。", "针对以上问题,要求限期整改到位并报送整改材料。"]
    assert len(join_broken_lines([Para(t, i) for i, t in enumerate(lines)], facts.title_like)) == 2


def test_a_running_header_repeating_the_first_words_is_page_furniture_though_it_ends_on_an_exclamation_mark():
    from zhenggai.importer.parse.normalize import page_furniture

    lines = ["写材料神器,一键生成公文模板! 马上体验", "某县创卫复审督查情况通报", "一、存在问题", "（一）客运站卫生较差。",
             "第1页 共2页", "写材料神器,一键生成公文模板! ", "（二）农贸市场管理混乱。"]
    assert page_furniture(lines) == {4, 5}
    # near miss: a line after the footer that ends on "!" without repeating the first words is the text's
    lines[5] = "群众反映强烈!"
    assert page_furniture(lines) == {4}


def test_a_wide_line_before_a_blank_line_ends_its_paragraph_but_not_in_a_double_spaced_copy():
    from zhenggai.importer.parse import _blank_line_ends

    paragraphs = ["（一）部分宿舍存在私拉电线情况", "", None, "河滨1#201、1#305存在私拉电线。", "（二）其他问题"]
    full, likely = _blank_line_ends(paragraphs, set(), {0, 3})
    assert 0 not in likely and 3 in likely
    # near miss: a copy with a blank line after every line (double-spaced) keeps its wide lines wide
    spaced = ["某某镇环境卫生检查情况通报,检查发现部分村", "", "组垃圾清运不及时,沿街商户占道经营", "", "现象较多。", ""]
    assert _blank_line_ends(spaced, set(), {0, 2}) == (set(), {0, 2})
