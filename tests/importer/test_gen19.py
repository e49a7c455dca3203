"""How a document heads its problem section (session 19, helper gen19): constructed texts, each rule with a positive case
and a near miss.

Rules:
- "第一部分 总体情况" / "第二部分　存在问题" is a report's part heading (numbering.RE_PART, LEVEL_PART above 一、): the
  items under the part naming the problems are the problems; "第一部分资金已拨付…" (a share, in a sentence) is no heading.
- "主要问题及整改情况" (and "存在问题及整改情况", "巡察发现的主要问题及整改落实情况") is a bare label naming the problems with
  their rectification (levels.RE_PROBLEMS_AND_RECTIFICATION): the items under it are the problems; "问题整改情况" is not.
- A document that heads its sections with bare label lines ("发现的问题" / "责任单位" / "整改时限" / "整改情况" /
  "验收销号意见", or "存在的主要问题" alone over 1.…) reads each as a heading of the level its numbered siblings would
  have (tree.bare_label_lines, tree._bare_sections), each kept a line of its own (normalize.join_broken_lines); a
  label said again under each item is each item's field, and a topic before the words ("…机制不健全存在的问题") is no
  bare label.
- Under a heading naming the problems, a run numbered again from 1 is no stated problems by its place
  (levels._restarted_run).
- "下步工作要求" is a report's bare label (下一步 said short).
- perturb.py promote / demote: every numbering that opens a line one rank up or down, the words and numbers kept.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.levels import RE_BARE_REPORT_SECTION, RE_PROBLEMS_AND_RECTIFICATION, RE_STATED_PROBLEMS
from zhenggai.importer.parse.normalize import Para, join_broken_lines
from zhenggai.importer.parse.numbering import LEVEL_PART, parse_marker
from zhenggai.importer.parse.tree import bare_label_lines, bare_section_label, build_tree

TOOLS = Path(__file__).resolve().parent / "real" / "tools"

LEAD = "各党支部：\n近期对全院各党支部组织生活开展情况进行了专项抽查。现将有关情况通报如下：\n"
PROBLEMS = ("1.个别支部活动创新不足：学习形式仍以集中读文件为主，互动性有待加强。\n"
            "2.记录规范性需提升：部分支部会议记录存在要素不全现象。\n"
            "3.党建业务融合不够：少数支部未能有效结合学科特点设计特色活动。\n")
DEMANDS = ("1.强化责任意识，支部书记需带头创新组织生活形式。\n"
           "2.规范工作记录，办公室将不定期开展台账专项检查。\n")
EXPECTED = ["个别支部活动创新不足", "记录规范性需提升", "党建业务融合不够"]


def _report(first: str, second: str, third: str) -> str:
    return ("关于全院党支部组织生活抽查情况的通报\n" + LEAD + first + "\n各党支部能够严格落实组织生活制度，总体上做到程序规范、"
            "内容充实、记录完整。\n" + second + "\n" + PROBLEMS + third + "\n" + DEMANDS)


def _heads(text: str) -> list[str]:
    return [p.title.split("：")[0] for p in parse_text(text).problems]


def _paras(text: str) -> list[Para]:
    return [Para(t.strip(), i) for i, t in enumerate(text.splitlines()) if t.strip()]


# --- 第一部分 ---------------------------------------------------------------------------------------------------

def test_a_part_heading_is_a_heading_above_the_chinese_numbered_level():
    m = parse_marker("第二部分　存在问题")
    assert m is not None and m.level == LEVEL_PART and m.number == 2 and m.rest == "存在问题"
    assert parse_marker("第三部分：整改要求").rest == "整改要求"


def test_a_share_told_in_a_sentence_is_no_part_heading():
    assert parse_marker("第一部分资金已拨付到位，剩余资金将于年底前拨付。") is None
    assert parse_marker("第一部分") is None


def test_a_report_in_parts_reads_the_problems_under_the_part_naming_them():
    text = _report("第一部分　总体情况", "第二部分　存在问题", "第三部分　整改要求")
    assert _heads(text) == EXPECTED
    assert {p.category for p in parse_text(text).problems} == {"存在问题"}


# --- 主要问题及整改情况 -------------------------------------------------------------------------------------------

def test_the_problems_named_with_their_rectification_head_the_problems():
    assert RE_PROBLEMS_AND_RECTIFICATION.match("主要问题及整改情况")
    assert RE_PROBLEMS_AND_RECTIFICATION.match("巡察发现的主要问题及整改落实情况")
    text = _report("一、总体情况", "二、主要问题及整改情况", "三、整改要求")
    assert _heads(text) == EXPECTED
    assert _heads(_report("第一部分　总体情况", "第二部分　主要问题及整改情况", "第三部分　整改要求")) == EXPECTED


def test_a_section_of_what_was_rectified_is_not_the_problems_named_with_their_rectification():
    assert not RE_PROBLEMS_AND_RECTIFICATION.match("问题整改情况")
    assert not RE_PROBLEMS_AND_RECTIFICATION.match("存在问题及整改措施")
    assert not RE_STATED_PROBLEMS.match("问题整改情况")


# --- bare label lines ---------------------------------------------------------------------------------------------

NOTICE = """某县关于第二轮省级生态环境保护督察反馈问题第5项整改销号情况的公示
现将我县第二轮省级生态环境保护督察反馈问题第5项整改销号情况予以公示。
发现的问题
2022年1月，省督察组反馈指出：“县城区部分路段雨污管网混接错接，污水溢流进入河道，整治进度缓慢。”
责任单位
县住房和城乡建设局
整改时限
2023年12月底
整改情况
县住建局牵头组织实施。一是完成城区12条路段雨污分流改造；二是对沿江3处溢流口实施截污改造；三是建立管网日常巡查养护机制。
验收销号意见
经现场核查，认为该问题已完成整改，达到销号要求，同意予以销号。
某县生态环境保护督察整改工作领导小组办公室
2024年3月11日
"""


def test_a_notice_whose_fixed_sections_are_bare_lines_reads_them_as_its_fields():
    [p] = parse_text(NOTICE).problems
    assert p.title.startswith("县城区部分路段雨污管网混接错接")
    assert p.category == "发现的问题"
    assert p.responsible_units == ["县住房和城乡建设局"] and p.deadline == "2023年12月底" and p.status == "done"
    assert len(p.measures) == 3


def test_labels_said_again_under_each_item_are_its_fields_not_sections():
    text = ("1.关于党组理论学习不深入的问题\n存在问题\n理论学习流于形式。\n整改措施\n制定年度学习计划。\n"
            "2.关于财务管理不规范的问题\n存在问题\n报销审核不严。\n整改措施\n修订财务报销制度。\n")
    assert bare_label_lines(_paras(text)) == {}
    assert [p.title for p in parse_text(text).problems][:2] == ["党组理论学习不深入", "财务管理不规范"]


def test_a_topic_before_the_words_is_no_bare_problems_label():
    assert bare_section_label("存在的主要问题") == "problems"
    assert bare_section_label("督导发现的主要问题") == "problems"
    assert bare_section_label("巡视整改长效机制不健全存在的问题") is None
    assert bare_section_label("执行和其他财政收支审计查出问题") is None
    assert bare_section_label("存在问题：") is None  # (a lead or a field label, read as before)


REPORT = """      责任督学2018年3月份督导报告

      本责任区督学于3月20日至22日先后对三所学校开展了督导，现将有关情况报告如下。

      基本情况

      师生按时返校，开学报名情况良好，上课秩序井然

      工作亮点

      办学行为规范，常规落实到位，各校均能严格执行国家课程计划

      督导发现的主要问题

      1、学校地处交通要道，校门口无减速带。

      2、接送学生的三轮车现象严重，大课间楼梯口无老师安全值班。

      3、学校校门口有小商小贩，食品安全令人担忧。

      整改意见

      1、进一步加强管理，和辖区交警部门沟通协调在校门口加装减速坡。

      2、加
"""


def test_a_reports_bare_section_lines_are_headings_of_one_level_over_their_items():
    root = build_tree(join_broken_lines(_paras(REPORT), lambda t: False))
    tops = [(c.marker.level, c.text) for c in root.children if c.marker is not None]
    assert tops == [(1, "基本情况"), (1, "工作亮点"), (1, "督导发现的主要问题"), (1, "整改意见")]
    problems = [c for c in root.children if c.text == "督导发现的主要问题"][0].children
    assert [c.marker.number for c in problems] == [1, 2, 3]
    assert [p.title for p in parse_text(REPORT).problems] == [
        "学校地处交通要道，校门口无减速带", "接送学生的三轮车现象严重，大课间楼梯口无老师安全值班", "学校校门口有小商小贩，食品安全令人担忧"]


def test_a_short_line_is_still_joined_in_a_text_with_no_bare_problems_label():
    paras = _paras("整体情况\n从此次督查情况来看，被督查村人居环境整体情况较好，各村村道较为干净整洁\n")
    joined = join_broken_lines(paras, lambda t: False)
    assert [p.text for p in joined] == ["整体情况从此次督查情况来看，被督查村人居环境整体情况较好，各村村道较为干净整洁"]
    labelled = join_broken_lines(_paras("基本情况\n师生按时返校，开学报名情况良好，上课秩序井然\n存在问题\n1、校门口无减速带。\n"),
                                 lambda t: False)
    assert [p.text for p in labelled][:2] == ["基本情况", "师生按时返校，开学报名情况良好，上课秩序井然"]


FINDINGS = """根据市委巡察工作统一安排，市委第四巡察组对市公安局党委开展了巡察。
存在的主要问题
（一）学习贯彻党的创新理论不到位，履行新时代公安职责能力有待提升
1.学习贯彻总书记关于公安工作重要论述精神不到位。深入推进警务体制机制改革力度有待加强。
2.服务保障市委部署要求有差距。打击电信网络新型违法犯罪力度仍需加强。
（二）纠治群众身边不正之风力度不足
1.为民服务意识不强。对基层单位接处警工作指导监督力度不到位。
"""


def test_one_bare_problems_label_over_a_numbered_list_heads_it_and_details_are_no_measures():
    problems = parse_text(FINDINGS).problems
    assert [p.title for p in problems] == ["学习贯彻总书记关于公安工作重要论述精神不到位", "服务保障市委部署要求有差距", "为民服务意识不强"]
    assert [len(p.measures) for p in problems] == [0, 0, 0]


def test_one_bare_problems_label_over_a_paragraph_is_no_section():
    paras = _paras("存在的主要问题\n部分单位台账不全，整改不到位。\n1.加强台账管理。\n")
    root = build_tree(paras)
    assert all(c.marker is None or c.text != "存在的主要问题" for c in root.walk())


# --- a run numbered again under the problems' heading ----------------------------------------------------------------

RESTARTED = """根据上级通知精神，我校对照要求开展了自查，现将有关情况报告如下：
一、存在的具体问题
1、环境污染。我校地处洼地，周边住户任意排放污水、垃圾，腐蚀学校建筑物。
2、校园内有一座两层厕所年久失修，外墙砖开始风化。
3、无学生食堂，学生就餐条件差。
4、教师小车越来越多，学生活动场所少了，安全隐患多了。针对以上诸多问题，学校提出如下请求：
1、雨伞厂厕所污水应由厂方安装下水道从校园排出。
2、校园内两层厕所应立即停用作维修处理。
"""


def test_a_run_numbered_again_under_the_problems_heading_is_not_more_problems():
    assert [p.seq for p in parse_text(RESTARTED).problems] == [1, 2, 3, 4]


def test_the_first_run_under_the_problems_heading_is_read_whole():
    text = RESTARTED.split("1、雨伞厂")[0]
    assert [p.seq for p in parse_text(text).problems] == [1, 2, 3, 4]


# --- 下步 ------------------------------------------------------------------------------------------------------------

def test_next_steps_said_short_is_a_reports_bare_label():
    assert RE_BARE_REPORT_SECTION.match("下步工作要求")
    assert RE_BARE_REPORT_SECTION.match("下步打算")


def test_a_statement_opening_with_next_step_is_no_bare_label():
    assert not RE_BARE_REPORT_SECTION.match("下步工作推进缓慢")


# --- perturb.py promote / demote ------------------------------------------------------------------------------------

def _perturb():
    sys.path.insert(0, str(TOOLS))
    import perturb

    return perturb


TRUTH = {"problems": [{"title": "个别支部活动创新不足：学习形式仍以集中读文件为主"}, {"title": "记录规范性需提升：部分支部会议记录"}]}


def test_promote_moves_every_numbering_that_opens_a_line_one_rank_up():
    perturb = _perturb()
    text = _report("一、总体情况", "二、存在问题", "三、整改要求")
    out = perturb.promote(text, random.Random(1), TRUTH)
    lines = out.splitlines()
    assert any(line.startswith("第二部分") and line.endswith("存在问题") for line in lines)
    assert "（一）个别支部活动创新不足：学习形式仍以集中读文件为主，互动性有待加强。" in lines
    assert not any(line.startswith(("1.", "一、")) for line in lines)
    assert _heads(out) == EXPECTED
    down = perturb.demote(text, random.Random(1), TRUTH).splitlines()
    assert "（二）存在问题" in down and "（1）个别支部活动创新不足：学习形式仍以集中读文件为主，互动性有待加强。" in down


def test_promote_leaves_a_text_whose_chinese_numbered_lines_are_paragraphs_and_demote_one_printing_circled_numbers():
    perturb = _perturb()
    long_sections = _report("一、总体情况。各党支部能够严格落实组织生活制度，总体上做到程序规范。", "二、存在问题", "三、整改要求")
    assert perturb.promote(long_sections, random.Random(1), TRUTH) is None
    circled = _report("一、总体情况", "二、存在问题", "三、整改要求") + "①按月通报。\n"
    assert perturb.demote(circled, random.Random(1), TRUTH) is None
    assert perturb.promote("没有编号的问题。\n", random.Random(1), TRUTH) is None
