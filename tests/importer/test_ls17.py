"""Problems in three genres set L's labellers found missed (session 17, helper ls17): constructed texts, each rule with
positive and near-miss cases.

Rules:
- A sign-off notice (验收销号意见/公示) whose numbered section labels run straight into their values, no colon between
  ("一、整改任务某问题…" "二、整改目标…" "三、完成情况：…" "四、验收意见已完成整改，同意销号。"): one problem, the
  task's section its title, the glued label its category, done by the verdict, the result section one measure; the task
  number in the title its seq. A report that is no sign-off ("一、整改任务全面完成 …") is not read so.
- A lead announcing problems may name where they were found between the verb and 以下/如下 ("走访中发现某村以下问题："):
  the numbered items after it are the problems, though they carry no shortcoming words and nothing was done yet.
  A lead that announces no problems ("走访中了解某村以下情况：") leaves its items alone.
- A story of one inspection opinion handed to a body ("巡察组向某局提出“…”的整改意见。") followed by a paragraph opening
  with that body and telling what it did: one problem (the quoted opinion, seq null), one measure (that paragraph).
  A quoted opinion whose next paragraph is about something else is no account of rectification.
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text


def _read(text: str) -> list[tuple]:
    return [(p.seq, p.category, p.title, p.status, p.measure_count) for p in parse_text(text).problems]


# --- a sign-off notice with labels glued to their values ---------------------------------------------------------------
SIGNOFF = ("某县人民政府关于省生态环境保护督察反馈意见整改方案第12号整改任务的验收销号意见\n"
           "按照整改任务销号验收工作要求，验收组于2021年5月10日对第12号整改任务完成情况进行了现场验收。\n"
           "一、整改任务城区部分路段餐饮油烟直排，群众投诉较多。\n"
           "二、整改目标城区餐饮单位油烟净化设施安装率达到100%。\n"
           "三、完成情况：全县排查餐饮单位412家，督促安装油烟净化设施，对拒不整改的依法立案查处，建立长效巡查机制。\n"
           "四、验收意见已完成整改，同意销号。\n"
           "验收组组长 2021年5月12日\n")


def test_a_signoff_notice_whose_labels_run_into_their_values_is_one_task():
    assert _read(SIGNOFF) == [(12, "整改任务", "城区部分路段餐饮油烟直排，群众投诉较多", "done", 1)]


def test_the_same_notice_with_colons_still_reads_its_one_task():
    text = SIGNOFF.replace("一、整改任务", "一、整改任务：").replace("二、整改目标", "二、整改目标：").replace(
        "四、验收意见", "四、验收意见：")
    got = _read(text)
    assert len(got) == 1 and got[0][0] == 12 and got[0][2] == "城区部分路段餐饮油烟直排，群众投诉较多"


def test_a_report_whose_sections_open_with_label_words_but_speak_of_no_signoff_is_not_a_task_notice():
    text = ("某局关于巡察整改工作的报告\n"
            "一、整改任务全面完成，各项问题均已整改到位。\n"
            "二、整改目标基本实现，群众满意度明显提升。\n"
            "三、完成情况总体良好，制度建设进一步加强。\n")
    assert [t for _s, _c, t, _st, _m in _read(text)] != ["全面完成,各项问题均已整改到位"]


# --- a lead naming where the problems were found ------------------------------------------------------------------------
VISIT = ("某镇驻村工作队走访情况\n"
         "4月2日，工作队走访了某村12个村民小组。\n"
         "    走访中发现某村以下问题：\n"
         "    一、东组通组公路路面破损约300米，雨天无法通行。\n"
         "    二、西组饮水池年久失修。\n"
         "    三、村卫生室药品储备不足。\n"
         "    工作队将逐项推动解决。\n")


def test_a_lead_naming_the_place_before_announcing_problems_makes_its_items_the_problems():
    got = _read(VISIT)
    assert [(s, t) for s, _c, t, _st, _m in got] == [
        (1, "东组通组公路路面破损约300米，雨天无法通行"), (2, "西组饮水池年久失修"), (3, "村卫生室药品储备不足")]
    assert all(m == 0 for *_x, m in got)


def test_a_lead_announcing_circumstances_not_problems_leaves_its_items_alone():
    text = VISIT.replace("走访中发现某村以下问题：", "走访中了解某村以下情况：").replace(
        "路面破损约300米，雨天无法通行", "全长约3公里").replace("年久失修", "建于2015年").replace("药品储备不足", "有医生2名")
    assert _read(text) == []


# --- one quoted opinion handed to a body, then what it did ---------------------------------------------------------------
OPINION = ("春耕时节，某县农资门店顾客盈门。\n"
           "此前，巡察发现全县农技推广服务存在覆盖面窄、响应慢等问题。对此，巡察组向县农业农村局提出“优化农技服务机制，"
           "提升服务群众实效”的整改意见。\n"
           "县农业农村局迅速行动，组建12支农技服务小分队，开通农技服务热线，推行“点单式”上门指导。\n"
           "县委巡察办负责人表示，将持续跟踪整改落实。\n")


def test_a_quoted_opinion_followed_by_what_its_addressee_did_is_one_problem_with_one_measure():
    assert _read(OPINION) == [(None, None, "优化农技服务机制，提升服务群众实效", None, 1)]


def test_a_quoted_opinion_followed_by_something_else_is_not_read_as_a_rectified_problem():
    text = OPINION.replace("县农业农村局迅速行动，组建12支农技服务小分队，开通农技服务热线，推行“点单式”上门指导。",
                           "今年全县计划播种面积达到45万亩，其中粮食作物30万亩。")
    assert _read(text) == []


def test_a_report_heading_that_only_looks_like_a_glued_label_is_not_a_signoff_task():
    # "二、整改任务完成情况" is one heading (no label run into a statement), and "对账销号" in the body is no sign-off
    text = ("某局党组关于巡察整改进展情况的报告\n"
            "一、整改工作开展情况\n"
            "局党组建立问题清单、任务清单、责任清单，实行台账管理、对账销号。\n"
            "二、整改任务完成情况\n"
            "（一）学习贯彻上级决策部署方面\n"
            "1.理论学习不够深入系统。\n"
            "整改情况：已完成。修订党组理论学习中心组学习制度，全年开展集中学习12次。\n"
            "2.调查研究不够扎实。\n"
            "整改情况：已完成。班子成员每人确定1个调研课题，形成调研报告6篇。\n"
            "三、存在的不足和下一步打算\n"
            "继续巩固整改成果。\n")
    got = _read(text)
    assert [t for _s, _c, t, _st, _m in got] == ["理论学习不够深入系统", "调查研究不够扎实"]


def test_an_opinion_handed_to_a_bodys_party_group_is_answered_by_that_group():
    text = ("近年来，某市持续深化巡察整改。\n"
            "巡察组在巡察中发现，市卫健局基层医疗机构药品采购不规范。巡察组向市卫健局党组提出了“规范药品采购管理，"
            "堵塞廉政风险漏洞”的意见。\n"
            "市卫健局党组立即召开专题会议，修订药品采购管理办法，对全市基层医疗机构开展专项检查。\n")
    assert _read(text) == [(None, None, "规范药品采购管理，堵塞廉政风险漏洞", None, 1)]
