"""The importer's robustness to the numbering style a document chooses (session 19, helper gen19b): constructed texts,
each rule with a positive case and a near miss.

Rules:
- perturb.py promote / demote move a run's numberings only when they can keep the text's meaning: a number of the run
  printed inside a paragraph ("…未提供10.第(C16)点…") or opening a line without its mark ("5践行…") would be left as
  printed while its siblings move, so such a text is skipped (counted); a number missing from the document itself is
  no obstacle. "3、365…" (a numbering before a figure) is a numbering; a doc-sharing preview's chunk numbers are not the
  document's, and a problem's title must begin its numbered line, not sit 200 characters in.
- The layouts that list findings under a unit line ("存在隐患：" over "1、…"), in a check table's "问题清单" cells, or
  at a recheck point ("某点位（责任单位：…）：…") read their items numbered in whichever rank the document chose — 1、,
  （一）, （1）, ① (numbering.item_marker; one rank within a block) — not 1、 only (readings.unit_hazard_blocks_candidate,
  check_table_candidate, recheck_points_candidate).
- A group of findings headed by the place ("（一）某医院" over "1.…", "（1）某医院" over "①…"), closed by its unit's line,
  is read whatever the ranks (readings._headed_group_any_rank); findings each closing with their unit on their own line
  are no such group, nor is a group whose next finding follows its first finding's unit line (each finding closed by
  its own unit: readings.duty_closed_candidate).
- After a closing phrase (联系电话：, 特此通报), a run of items numbered （1） or ① (two at least) is still the body, as
  1. and （一） were (parse._closing_start); one stray （1） is not.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from types import SimpleNamespace

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.numbering import LEVEL_ARABIC, LEVEL_CN_PAREN, item_marker
from zhenggai.importer.parse.readings import duty_closed_candidate

TOOLS = Path(__file__).resolve().parent / "real" / "tools"


def _perturb():
    sys.path.insert(0, str(TOOLS))
    import perturb

    return perturb


TRUTH = {"problems": [{"title": "食堂灭蝇灯数量不够"}, {"title": "食品留样数量不够"}, {"title": "刀板未粘贴标签"}]}
LEAD = "关于食堂检查情况的通报\n经检查，发现以下问题：\n"


def test_promote_skips_a_text_whose_next_number_is_glued_inside_the_previous_item():
    perturb = _perturb()
    text = LEAD + "1.食堂灭蝇灯数量不够。\n2.食品留样数量不够。3.刀板未粘贴标签。\n"
    assert perturb.promote(text, random.Random(1), TRUTH) is None
    assert perturb._renumbered.skipped == "a number of a run inside a line or without its mark"
    lost = "1.食堂灭蝇灯数量不够。\n2.食品留样数量不够。\n3刀板未粘贴标签。\n4.库房物品杂乱。\n"
    assert perturb.demote(LEAD + lost, random.Random(1), TRUTH) is None


def test_promote_moves_a_run_whose_gap_is_the_documents_own():
    perturb = _perturb()
    text = LEAD + "1.食堂灭蝇灯数量不够。\n2.食品留样数量不够。\n\n4.刀板未粘贴标签，有2处未整改。\n"
    out = perturb.promote(text, random.Random(1), TRUTH)
    assert out is not None and perturb._renumbered.skipped is None
    assert "（四）刀板未粘贴标签，有2处未整改。" in out.splitlines()
    down = perturb.demote(text, random.Random(1), TRUTH).splitlines()
    assert "（2）食品留样数量不够。" in down and "（4）刀板未粘贴标签，有2处未整改。" in down


def test_a_numbering_before_a_figure_is_moved_with_its_siblings_and_a_decimal_is_not():
    perturb = _perturb()
    text = LEAD + "1、食堂灭蝇灯数量不够。\n2、食品留样数量不够。\n3、365天刀板未粘贴标签。\n1.5米以内无遮挡。\n"
    truth = {"problems": TRUTH["problems"][:2] + [{"title": "365天刀板未粘贴标签"}]}
    out = perturb.promote(text, random.Random(1), truth).splitlines()
    assert "（三）365天刀板未粘贴标签。" in out
    assert "1.5米以内无遮挡。" in out


def test_a_problem_named_deep_inside_a_numbered_paragraph_is_no_numbered_problem():
    perturb = _perturb()
    pad = "根据你单位下发的通知，结合我镇实际情况，镇党委、政府召开会议，对存在的问题提出整改意见和整改措施，现将整改情况汇报如下。"
    text = (f"1、整改报告：{pad}(一)食堂灭蝇灯数量不够。整改措施：已补齐。\n2、已落实。{pad}(二)食品留样数量不够。整改措施：已留样。\n")
    assert perturb.promote(text, random.Random(1), TRUTH) is None
    near = "1、整改报告：食堂灭蝇灯数量不够。\n2、食品留样数量不够。\n"
    assert perturb.promote(near, random.Random(1), TRUTH) is not None


def test_a_doc_sharing_previews_chunk_numbers_are_not_renumbered():
    perturb = _perturb()
    chunk = "食堂灭蝇灯数量不够，" + "各单位按照工作部署认真落实整改要求，建立健全工作台账，按时报送工作进展。" * 3
    text = "".join(f"{i}、{chunk if i == 1 else '食品留样数量不够，' + chunk}\n" for i in range(1, 5))
    assert perturb.promote(text, random.Random(1), TRUTH) is None
    assert perturb._renumbered.skipped == "a doc-sharing preview's chunk numbers"


# --- the parser: findings numbered in the rank the document chose ----------------------------------------------------

def _titles(text: str) -> list[str]:
    return [p.title for p in parse_text(text).problems]


def test_an_item_marker_is_a_numbered_line_of_any_usual_rank_and_one_rank_when_asked():
    assert item_marker("（一）厨房抽油烟机窗户较脏。").level == LEVEL_CN_PAREN
    assert item_marker("①厨房抽油烟机窗户较脏。").number == 1
    assert item_marker("1.厨房抽油烟机窗户较脏。", LEVEL_ARABIC).number == 1


def test_an_item_marker_is_no_part_heading_nor_labelled_item_nor_another_rank():
    assert item_marker("第一部分 总体情况") is None
    assert item_marker("问题一：厨房抽油烟机窗户较脏。") is None
    assert item_marker("1.厨房抽油烟机窗户较脏。", LEVEL_CN_PAREN) is None
    assert item_marker("厨房抽油烟机窗户较脏。") is None


HAZARDS = ("为深化落实消防安全集中除患攻坚大整治行动要求，现将检查发现的火灾隐患曝光如下。\n"
           "甲县\n甲县兴加商铺\n存在隐患:\n{a}1{b}安全出口处摆放灶台，影响疏散逃生。\n{a}2{b}店内电气线路敷设不符合要求。\n"
           "乙县\n乙镇精益彩钢\n存在隐患:\n{a}1{b}厂房内部分手提式干粉灭火器压力不足。\n{a}2{b}液化石油气罐未安装燃气泄露报警装置。\n"
           "编辑|某某\n")
HAZARD_TITLES = ["安全出口处摆放灶台，影响疏散逃生", "店内电气线路敷设不符合要求", "厂房内部分手提式干粉灭火器压力不足",
                 "液化石油气罐未安装燃气泄露报警装置"]


def _circled(text: str) -> str:
    return text.replace("(1)", "①").replace("(2)", "②")


def test_hazards_under_unit_lines_are_read_numbered_in_any_rank():
    for text in (HAZARDS.format(a="", b="、"), HAZARDS.format(a="（", b="）").replace("（1）", "（一）").replace("（2）", "（二）"),
                 _circled(HAZARDS.format(a="(", b=")"))):
        problems = parse_text(text).problems
        assert [p.title for p in problems] == HAZARD_TITLES
        assert [p.responsible_units for p in problems] == [["甲县兴加商铺"]] * 2 + [["乙镇精益彩钢"]] * 2


def test_a_hazard_block_ends_at_a_line_of_another_rank():
    text = HAZARDS.format(a="（", b="）").replace("（1）", "（一）").replace("（2）店内", "2.店内").replace("（2）", "（二）")
    titles = _titles(text)
    assert "店内电气线路敷设不符合要求" not in titles and "安全出口处摆放灶台，影响疏散逃生" in titles


TABLE = ("市教育后勤服务中心校园食品安全联合监督抽查发现问题汇总表\n抽查时间\n被抽查单位\n发现问题个数\n问题清单\n整改完成时限\n"
         "2024.10.9\n长岭镇中心小学\n2\n{one}厨房抽油烟机窗户较脏。\n{two}未按要求放置脚踏带盖垃圾桶。\n15\n"
         "2024.10.9\n广水市红太阳幼儿园\n2\n{one}天花板墙面有霉菌。\n{two}地漏洞口未封闭，无挡鼠板。\n15\n")
TABLE_TITLES = ["厨房抽油烟机窗户较脏", "未按要求放置脚踏带盖垃圾桶", "天花板墙面有霉菌", "地漏洞口未封闭，无挡鼠板"]


def test_a_check_tables_findings_are_read_numbered_in_any_rank():
    assert _titles(TABLE.format(one="1.", two="2.")) == TABLE_TITLES
    assert _titles(TABLE.format(one="（一）", two="（二）")) == TABLE_TITLES
    assert _titles(TABLE.format(one="（1）", two="（2）")) == TABLE_TITLES


def test_a_check_tables_cell_of_another_rank_is_no_finding_of_the_run():
    titles = _titles(TABLE.format(one="（一）", two="2."))
    assert "未按要求放置脚踏带盖垃圾桶" not in titles


POINTS = ("前期暗访问题整改情况\n整改较好的点位\n{a}联盛快乐城(责任单位:县商务局):前期通报该点位存在没有明确的行业规范等问题已按时整改到位。\n"
          "{b}西海燕码头(责任单位:县文广新旅局):前期通报该点位存在无文明引导员;母婴室墙面污损等问题已按时整改到位。\n")


def test_recheck_points_are_read_numbered_in_any_rank():
    for a, b in (("1、", "2、"), ("（一）", "（二）"), ("（1）", "（2）")):
        problems = parse_text(POINTS.format(a=a, b=b)).problems
        assert [p.seq for p in problems] == [1, 2] and problems[0].responsible_units == ["县商务局"]


def test_a_numbered_point_without_its_unit_is_no_recheck_point():
    text = POINTS.format(a="（一）", b="（二）").replace("(责任单位:县商务局)", "").replace("(责任单位:县文广新旅局)", "")
    assert all(p.responsible_units != ["县商务局"] for p in parse_text(text).problems)


GROUPS = ("8月30日，市创文办发布督查组实地督查中发现的问题，要求限期整改。\n具体问题如下:\n"
          "{h1} 市科技馆\n{i1}院内电动车未按指定区域停放;\n{i2}灭火器过期未更换;\n问题整改责任单位:市科技馆 整改时限:3天\n"
          "{h2} 市第二人民医院\n{i1}院内禁烟标识数量不达标;\n{i2}宣传牌内容不规范;\n{i3}学雷锋志愿服务岗缺乏志愿者信息台账。\n"
          "问题整改责任单位:市卫生健康委员会 整改时限:5天\n"
          "{h3} 市第三人民医院\n{i1}门诊大厅服务窗口未见诚信服务公益宣传;\n{i2}院内清洁卫生存在死角，垃圾未及时清运;\n"
          "问题整改责任单位:市卫生健康委员会 整改时限:5天\n")
GROUP_TITLES = ["院内电动车未按指定区域停放", "灭火器过期未更换", "院内禁烟标识数量不达标", "宣传牌内容不规范",
                "学雷锋志愿服务岗缺乏志愿者信息台账", "门诊大厅服务窗口未见诚信服务公益宣传", "院内清洁卫生存在死角，垃圾未及时清运"]


def test_a_group_headed_by_its_place_and_closed_by_its_unit_is_read_whatever_the_ranks():
    for h, i in ((["1.", "2.", "3."], ["(1)", "(2)", "(3)"]), (["（一）", "（二）", "（三）"], ["1.", "2.", "3."]),
                 (["（1）", "（2）", "（3）"], ["①", "②", "③"])):
        text = GROUPS.format(h1=h[0], h2=h[1], h3=h[2], i1=i[0], i2=i[1], i3=i[2])
        paras = [SimpleNamespace(text=line, pos=k) for k, line in enumerate(text.splitlines())]
        problems = duty_closed_candidate(paras).problems
        assert [p.title for p in problems] == GROUP_TITLES
        assert problems[0].category == "市科技馆" and problems[0].responsible_units == ["市科技馆"]
        assert [p.deadline for p in problems] == ["3天"] * 2 + ["5天"] * 5
        assert [p.title for p in parse_text(text).problems] == GROUP_TITLES


def test_findings_each_closed_by_their_unit_on_their_own_line_are_no_headed_group():
    from zhenggai.importer.parse.readings import _headed_group

    assert _headed_group("\n（一）青石镇\n1.镇区农贸市场周边占道经营，垃圾随意丢弃。") is None
    assert _headed_group("\n（一）青石镇\n1.镇区农贸市场周边占道经营。\n2.下河村生活污水直排。\n问题") is not None


CLOSED = ("关于督查发现问题整改的督办通知\n市消防支队:\n请你们针对督查组发现的问题认真整改。\n联系电话:2965039\n"
          "2017年9月14日\n附件:\n安全生产大检查督查组督查发现的问题和隐患\n某时代广场(责任单位:某区,市消防支队)\n{items}")


FOUND = ["进门地面无荧光标识", "防火卷帘门下无提示", "疏散图无所在位置", "控制室无防小动物措施", "电线进出口没有封堵",
         "动火证内容不详细"]


def test_a_run_of_low_ranked_items_after_a_closing_phrase_is_still_the_body():
    for marks in (["（1）", "（2）", "（3）", "（4）", "（5）", "（6）"], list("①②③④⑤⑥"), ["1.", "2.", "3.", "4.", "5.", "6."]):
        items = "".join(f"{m}{t};\n" for m, t in zip(marks, FOUND))
        assert _titles(CLOSED.format(items=items)) == FOUND


def test_one_stray_low_ranked_item_after_a_closing_phrase_stays_in_the_closing():
    assert _titles(CLOSED.format(items="（1）进门地面无荧光标识;\n")) == []


def _paras(text: str) -> list:
    return [SimpleNamespace(text=line, pos=k) for k, line in enumerate(text.splitlines())]


def test_a_groups_findings_each_closed_by_its_own_unit_are_no_groups_closed_by_one():
    text = ("二、存在的问题\n1.青石镇\n（1）镇区农贸市场周边占道经营，垃圾随意丢弃。（责任单位：青石镇人民政府）\n"
            "（2）省道两侧堆放建筑垃圾和生活垃圾。（责任单位：县交通运输局）\n"
            "2.白溪乡\n（1）乡政府驻地公厕保洁不及时。（责任单位：白溪乡人民政府）\n（2）部分村组垃圾收集点满溢。（责任单位：白溪乡人民政府）\n")
    assert duty_closed_candidate(_paras(text)) is None


def test_groups_of_one_finding_each_closed_by_their_unit_line_are_still_read():
    text = ("具体问题如下:\n1. 市科技馆\n(1)院内电动车未按指定区域停放;\n问题整改责任单位:市科技馆 整改时限:3天\n"
            "2. 市第二人民医院\n(1)院内禁烟标识数量不达标;\n问题整改责任单位:市卫生健康委员会 整改时限:5天\n")
    problems = duty_closed_candidate(_paras(text)).problems
    assert [(p.category, p.responsible_units) for p in problems] == [("市科技馆", ["市科技馆"]),
                                                                     ("市第二人民医院", ["市卫生健康委员会"])]


def test_a_part_heading_whose_space_is_gone_is_still_a_part_when_its_words_end_as_a_label():
    from zhenggai.importer.parse.numbering import LEVEL_PART, parse_marker

    m = parse_marker("第一部分水污染防治方面")
    assert m is not None and m.level == LEVEL_PART and m.rest == "水污染防治方面"
    text = ("四平市督察整改方案进展情况\n现将重点任务整改情况报告如下：\n第一部分 水污染防治方面\n"
            "一、辽河流域部分支流水质不达标，断面氨氮超标。\n整改进展：已完成。\n二、城镇污水处理厂运行不稳定，进水浓度偏低。\n"
            "整改进展：正在推进。\n第二部分 大气污染防治方面\n三、秸秆露天焚烧问题屡禁不止，秋冬季空气质量波动大。\n整改进展：长期坚持。\n")
    assert [p.category for p in parse_text(text).problems] == ["水污染防治方面", "水污染防治方面", "大气污染防治方面"]


def test_a_share_told_in_a_sentence_after_its_part_is_no_part_heading():
    from zhenggai.importer.parse.numbering import parse_marker

    assert parse_marker("第一部分资金已拨付到位，剩余资金年底前拨付") is None
    assert parse_marker("第一部分资金已拨付") is None


ASPECTS = ("巡视发现的问题\n党风廉政建设方面\n{a}一些党员干部存在违反中央八项规定精神的问题。\n{b}部分单位存在财务管理不规范现象。\n"
           "经济发展方面\n{a}产业结构不合理，新兴产业培育不足。\n{b}部分项目存在违规招投标、进度缓慢等问题。\n")


def test_an_aspect_line_heads_the_items_under_it_numbered_one_or_chinese_one_in_brackets():
    for a, b in (("1.", "2."), ("（一）", "（二）")):
        assert [p.category for p in parse_text(ASPECTS.format(a=a, b=b)).problems] == ["党风廉政建设方面"] * 2 + ["经济发展方面"] * 2


def test_an_aspect_line_over_a_paragraph_is_no_heading_of_items():
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.parse.tree import build_tree

    text = ASPECTS.format(a="（一）", b="（二）").replace("党风廉政建设方面\n", "党风廉政建设方面\n这一方面总体向好。\n")
    root = build_tree([Para(t, k) for k, t in enumerate(text.splitlines())])
    first = next(n for n in root.walk() if n.text == "党风廉政建设方面")
    assert first.marker is None


def test_a_fed_back_item_numbered_in_brackets_or_circled_keeps_its_number():
    from zhenggai.importer.parse.numbering import LEVEL_ARABIC_PAREN, LEVEL_CIRCLED, parse_marker

    m = parse_marker("（2）第一轮督察反馈指出，砀山县部分水果罐头企业废水超标排放。")
    assert (m.level, m.number) == (LEVEL_ARABIC_PAREN, 2)
    assert (parse_marker("③第一轮督察反馈指出，萧县部分石灰窑无序开采。").level, 3)[0] == LEVEL_CIRCLED


def test_an_unnumbered_fed_back_item_stays_a_labelled_item_without_a_number():
    from zhenggai.importer.parse.numbering import LEVEL_LABELLED, parse_marker

    m = parse_marker("第一轮督察反馈指出，砀山县部分水果罐头企业废水超标排放。")
    assert (m.level, m.number) == (LEVEL_LABELLED, 0)


def test_an_item_numbered_1_with_a_dunhao_before_a_count_of_departments_is_numbered():
    from zhenggai.importer.parse.numbering import parse_marker

    m = parse_marker("1、3个部门超范围列支会议费、培训费问题。")
    assert (m.number, m.rest) == (1, "3个部门超范围列支会议费、培训费问题。")


def test_one_or_two_months_after_a_dunhao_is_no_numbered_item():
    from zhenggai.importer.parse.numbering import parse_marker

    assert parse_marker("1、2个月内完成整改。") is None
    assert parse_marker("1、2.5个百分点") is None


def test_an_aspect_line_over_category_headings_numbered_chinese_one_in_brackets_heads_nothing():
    text = ("二、巡视反馈问题整改落实情况\n第一类 贯彻落实党的教育方针方面\n（一）落实立德树人根本任务有差距\n"
            "1.思政课教师队伍建设滞后，专职思政课教师配备不足。\n整改情况：新增专职思政课教师14名。\n"
            "2.学生评价体系不完善，“五育并举”落实不到位。\n整改情况：修订本科生综合素质测评办法。\n")
    problems = parse_text(text).problems
    assert [p.category for p in problems] == ["落实立德树人根本任务有差距"] * 2


ROADS = ("{a}路面坑槽破损。\n存在问题:S512大杨树大桥东路面坑槽破损，影响行车安全，存在安全隐患。\n整改措施:责令公路养护中心立即对路面进行修复。\n"
         "{b}公路路侧私自修建围墙。\n存在问题:大湖口镇大罗村长征桥南，村民擅自在路侧修建围墙。\n整改措施:责令镇人民政府立即制止。\n")


def test_a_problem_label_under_an_item_stating_its_problem_is_the_items_field_whatever_its_rank():
    for a, b in (("1.", "2."), ("（一）", "（二）"), ("一、", "二、")):
        problems = parse_text(ROADS.format(a=a, b=b)).problems
        assert [(p.seq, p.title) for p in problems] == [(1, "路面坑槽破损"), (2, "公路路侧私自修建围墙")]


def test_a_problem_label_under_a_section_naming_the_problems_is_a_problem_of_its_own():
    text = ("（一）巡察发现的问题\n存在问题:部分村组垃圾收集点满溢，转运不及时。\n整改措施:增设收集点。\n"
            "（二）整改要求\n各单位要认真整改。\n")
    assert [p.title for p in parse_text(text).problems] == ["部分村组垃圾收集点满溢，转运不及时"]
