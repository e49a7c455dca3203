"""An audit or check of ONE named body whose notice names its faults in one sentence (C36, settled s24: R163, R12/R108;
helper c36): one problem titled by that sentence's faults as printed. Constructed texts in other words than the labelled
documents (blind49 maojian, blind32 zhuxi and yuwangtai): other bodies, other checks, traditional script; near misses a
sentence over several bodies or a sector (R19), feedback news (巡察), and a list of several findings.
"""
from __future__ import annotations

import pytest

from zhenggai.importer.parse import parse_text


def _read(text: str) -> list[tuple]:
    return [(p.title, p.status, p.measure_count, p.responsible_units) for p in parse_text(text).problems]


ONE_BODY_ONE_SENTENCE = [
    ("根据审计工作安排，某县审计局于2024年5月6日至6月10日对某县人民医院原院长任期经济责任履行情况进行了审计。"
     "审计发现某县人民医院存在固定资产账实不符、公务接待超标准、药品采购未执行集中招标等问题。\n"
     "对此，某县人民医院高度重视，截至目前，上述问题已全部整改到位。",
     [("某县人民医院存在固定资产账实不符、公务接待超标准、药品采购未执行集中招标等问题", "done", 0, ["某县人民医院"])]),
    ("某区市场监督管理局对某街道社区卫生服务中心开展了专项检查，检查发现社区卫生服务中心存在医疗废物台账缺失、消毒记录不全等问题，"
     "已责令其限期整改。\n该中心采取重新建立台账、每日专人记录等措施进行整改，目前已完成整改。",
     [("社区卫生服务中心存在医疗废物台账缺失、消毒记录不全等问题", "done", 1, ["社区卫生服务中心"])]),
    ("某市審計局於2023年9月對某市水務集團有限公司2022年度財務收支情況進行了審計。審計發現某市水務集團有限公司存在工程款超付、"
     "往來款長期掛賬等問題。\n針對審計發現的問題，該公司積極整改，部分已整改完畢。",
     [("某市水务集团有限公司存在工程款超付、往来款长期挂账等问题", "in_progress", 0, ["某市水务集团有限公司"])]),
    ("某区审计局派出审计组，对某区文化和旅游局2023年度预算执行情况进行了审计。现将审计结果公告如下：\n"
     "一、基本情况\n该局为区政府工作部门。\n"
     "二、审计发现的主要问题\n会议费超预算列支、政府采购未履行审批手续、往来款项未及时清理等问题。\n"
     "三、审计整改情况\n该局对审计发现的问题积极整改，截至公告之日，部分已整改完毕。",
     [("会议费超预算列支、政府采购未履行审批手续、往来款项未及时清理等问题", "in_progress", 0, ["某区文化和旅游局"])]),
]


@pytest.mark.parametrize("text,expected", ONE_BODY_ONE_SENTENCE)
def test_one_audited_body_whose_faults_are_named_in_one_sentence_has_one_problem(text, expected):
    assert _read(text) == expected


def test_a_sentence_over_several_unnamed_bodies_is_not_one_problem():
    text = ("某县审计局对全县12所公办幼儿园2023年度财务收支情况进行了专项审计。审计发现部分幼儿园存在财务报销附件不全、"
            "伙食费未单独核算等问题。\n针对审计发现的问题，各幼儿园积极整改，已整改到位。")
    assert _read(text) == []


def test_feedback_news_naming_kinds_in_one_sentence_stays_empty():
    text = ("近日，县委第二巡察组向某县农业农村局党组反馈巡察情况。巡察发现，某县农业农村局党组存在理论学习不深入、"
            "落实全面从严治党主体责任不到位、干部队伍建设有短板等问题。\n局党组书记表示，将认真抓好整改落实。")
    assert _read(text) == []


def test_a_sentence_about_a_body_other_than_the_one_audited_is_not_read():
    text = ("某市审计局对某区财政局2023年度预算执行情况进行了审计。审计发现某区教育局存在专项资金闲置、"
            "项目推进缓慢等问题。\n截至目前，上述问题已整改到位。")
    assert _read(text) == []


def test_a_list_of_several_findings_after_the_sentence_is_not_read_as_one():
    text = ("某县审计局对某县交通运输局2023年度预算执行情况进行了审计。审计发现某县交通运输局存在以下等问题：\n"
            "1.工程项目未按规定招标。\n2.专项资金被挤占挪用。\n3.往来款长期未清理。\n截至目前，上述问题已整改到位。")
    assert len(_read(text)) != 1
