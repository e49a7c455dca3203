"""The genre's words for the same meaning read as one class (session 22, helper syn22): perturb.py's `words` copies
(PERTURB_WORDS_BEFORE22/AFTER22.txt) said a labelled text's field labels, state words, lead-ins and finding verbs with
other words of the genre, and the parser lost measures, units, states and problems where a rule knew one word of a class.
Constructed texts in other words than the labelled documents (other bodies, sectors, numbering), each class with three
positives or more and a near miss.

Classes:
- ordinal lead-ins: "第一，…第二，…" is "一是…二是…" (normalize.fold, the written copy kept); not "质量第一，", not "第一、";
- field labels (normalize.LABEL_CLASSES): 整改举措/主要措施 = 整改措施, 时限要求/整改期限 = 整改时限, 承办单位/责任部门 =
  责任单位, 进展情况 = 整改进展, 整改落实情况 = 整改进展情况, 主要问题 = 反馈问题 — in a label's place only;
- a state said alone (titles.STATE_DONE_WORDS / STATE_GOING_WORDS / STATE_LONG_WORDS): "该问题已办结。", "目前已完成。",
  "基本整改到位", "长期推进";
- the finding's verb 发现 / 指出 / 反馈 / 查出 in an attachment's title and an audit notice's section.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.levels import RE_AUDIT_NOTICE_SECTION, RE_FINDINGS_TITLE
from zhenggai.importer.parse.normalize import fold
from zhenggai.importer.parse.readings import RE_ITEM_SAID_DONE
from zhenggai.importer.parse.structure import RE_CLOSING_STATE, RE_NOW_STATE
from zhenggai.importer.parse.titles import status_of

PLAN = """{body}关于{round}反馈问题整改进展情况的通报
一、存在问题
1.{p1}
{M}：{l1}{m1}；{l2}{m2}；{l3}{m3}。
{U}：{u1}
{D}：2025年6月底前
{P}：已完成。
2.{p2}
{M}：{l1}{m4}；{l2}{m5}。
{U}：{u2}
{D}：2025年12月底前
{P}：正在推进。
"""
SECTORS = [
    dict(body="某市水务局", round="市委第三巡察组", p1="河道保洁经费使用不规范。", m1="开展经费专项清查", m2="修订保洁经费管理办法",
         m3="建立季度通报制度", p2="农村供水水质检测频次不足。", m4="增加水质抽检点位", m5="开展水厂运维培训",
         u1="市水务局计划财务科", u2="市供水管理中心"),
    dict(body="某区人民医院", round="区委巡察组", p1="药品采购议价程序不完善。", m1="完善议价小组工作规则", m2="开展采购合同复核",
         m3="建立议价结果公示制度", p2="医疗废物暂存点管理不到位。", m4="改造暂存点防渗设施", m5="落实专人交接登记",
         u1="医院药剂科", u2="医院后勤保障科"),
    dict(body="某县市场监督管理局", round="县委第二巡察组", p1="食品抽检不合格产品核查处置不及时。", m1="建立不合格产品处置台账",
         m2="开展逾期案件集中清理", m3="实行核查处置限时办结", p2="特种设备监督检查覆盖面不够。", m4="制定年度检查计划",
         m5="开展电梯维保单位专项检查", u1="县市场监督管理局食品安全科", u2="县特种设备检验所"),
]


def _plan(sector: dict, M="整改措施", U="责任单位", D="整改时限", P="整改进展", leads=("一是", "二是", "三是")) -> dict:
    text = PLAN.format(M=M, U=U, D=D, P=P, l1=leads[0], l2=leads[1], l3=leads[2], **sector)
    return parse_text(text).to_dict()


def _fields(result: dict) -> list:
    return [(p["title"], p["measure_count"], p["responsible_units"], p["deadline"], p["status"]) for p in result["problems"]]


def test_a_run_of_first_second_third_lead_ins_is_read_as_the_measures_one_is_two_is_three_is():
    for sector in SECTORS:
        said = _plan(sector, leads=("第一，", "第二，", "第三，"))
        assert _fields(said) == _fields(_plan(sector))
        assert [p["measure_count"] for p in said["problems"]] == [3, 2]
        # (the measures as written, without their lead-in)
        assert said["problems"][0]["measures"][0]["text"].startswith(sector["m1"])


def test_first_with_a_comma_inside_a_phrase_or_first_with_a_pause_mark_is_no_lead_in():
    assert fold("坚持安全第一，预防为主。") == "坚持安全第一,预防为主。"
    assert fold("第一、加强组织领导") == "第一、加强组织领导"
    assert fold("排名第一，得分95分") == "排名第一,得分95分"
    assert fold("整改措施：第一，开展清查") == "整改措施:一是,开展清查"


def test_a_field_label_said_with_another_word_of_its_class_is_read_as_that_field():
    words = [("整改举措", "承办单位", "时限要求", "进展情况"), ("主要措施", "责任部门", "整改期限", "整改落实情况"),
             ("整改举措", "责任部门", "整改期限", "进展情况")]
    for sector, (M, U, D, P) in zip(SECTORS, words):
        said = _fields(_plan(sector, M=M, U=U, D=D, P=P))
        assert said == _fields(_plan(sector))
        assert said[0][1:] == (3, [sector["u1"]], "2025年6月底前", "done")
        assert said[1][4] == "in_progress"


def test_a_class_word_in_a_sentence_is_no_label_and_is_not_read_as_one():
    assert fold("各单位制定主要措施，明确完成时限。") == "各单位制定主要措施,明确完成时限。"
    assert fold("提出整改举措117条") == "提出整改举措117条"
    assert fold("由承办单位负责") == "由承办单位负责"
    assert fold("（二）整改举措") == "(二)整改措施"


def test_a_state_said_alone_is_read_with_any_word_of_its_class():
    assert RE_CLOSING_STATE.search("补登固定资产608.3万元。该问题已办结。") is not None
    assert RE_CLOSING_STATE.search("已修订采购管理办法。该问题已全部整改到位。") is not None
    assert RE_CLOSING_STATE.search("此项工作长期推进") is not None
    assert RE_NOW_STATE.search("对12家企业开展复查。目前已完成。") is not None
    assert RE_NOW_STATE.search("已完成3个点位改造。现持续推进。") is not None
    assert RE_ITEM_SAID_DONE.search("经核查，该问题已办结") is not None
    assert status_of("基本整改到位") == "in_progress"
    assert status_of("长期推进") == "long_term"
    assert status_of("已办结") == "done"


def test_a_problem_said_mostly_rectified_is_in_progress_though_its_words_hold_a_done_word():
    from zhenggai.importer.parse.readings import RE_STATE_SENTENCE
    from zhenggai.importer.parse.titles import said_state
    for text, state in (("。该问题已基本完成整改，剩余2处管网正在施工。", "in_progress"), ("。该问题已于2024年3月完成整改。", "done"),
                        ("。目前该任务基本整改到位。", "in_progress"), ("。该问题已办结。", "done")):
        assert said_state(RE_STATE_SENTENCE.search(text).group(1)) == state, text
    report = ("某区人民政府关于省级督察反馈问题整改情况的报告\n（一）督察反馈指出，城区部分老旧小区雨污管网混接问题突出。\n"
              "整改情况：\n（1）完成12个小区管网改造。\n（2）建立管网巡查台账。\n目前，该问题已基本完成整改，剩余2个小区正在施工。\n"
              "（二）督察反馈指出，部分河段垃圾清理不及时。\n整改情况：\n（1）落实河道保洁责任。\n（2）开展月度考核。\n"
              "目前，该问题已完成整改。\n")
    assert [p["status"] for p in parse_text(report).to_dict()["problems"]] == ["in_progress", "done"]


def test_a_state_word_with_a_count_or_a_promise_is_no_state_said_alone():
    assert RE_NOW_STATE.search("对12家企业开展复查。已完成3项。") is None
    # (bw25: a closing verdict of the in-progress class is read too — "…手续该问题正在整改中。", blindwritten24 w24_06/08, R93
    # — at the account's very end only; a count or a promise after the words is none)
    assert RE_CLOSING_STATE.search("该问题正在整改。").group(1) == "正在整改"
    assert RE_CLOSING_STATE.search("该问题正在整改的3户已逐户督办。") is None
    assert RE_NOW_STATE.search("下一步将持续推进城区管网改造。") is None


def test_a_finding_is_named_with_any_verb_of_its_class():
    for title in ("省安委会第五督查组莅临督查指出的问题和隐患", "市应急管理局检查反馈的问题清单", "县林业局暗访查出的主要问题",
                  "市卫健委督导组督导发现的问题"):
        assert RE_FINDINGS_TITLE.match(title), title
    assert not RE_FINDINGS_TITLE.match("针对督查指出的问题和隐患")
    for section in ("审计发现的主要问题", "审计指出的主要问题", "审计反馈的问题", "审计查出的主要问题"):
        assert RE_AUDIT_NOTICE_SECTION.match(section), section
    assert not RE_AUDIT_NOTICE_SECTION.match("审计指出问题的整改情况")


def _perturb():
    sys.path.insert(0, str(Path(__file__).resolve().parent / "real" / "tools"))
    import perturb
    return perturb


def test_the_words_perturbation_says_labels_states_and_lead_ins_another_way_and_keeps_the_truths_strings():
    perturb = _perturb()
    text = PLAN.format(M="整改措施", U="责任单位", D="整改时限", P="整改进展", l1="一是", l2="二是", l3="三是", **SECTORS[0])
    truth = {"problems": [{"title": "河道保洁经费使用不规范", "responsible_units": ["市水务局计划财务科"]},
                          {"title": "农村供水水质检测频次不足", "responsible_units": ["市供水管理中心"]}]}
    for seed in range(3):
        copy = perturb.words(text, random.Random(seed), truth)
        assert copy is not None and "第一，" in copy and "一是" not in copy
        assert "整改措施：" not in copy and "责任单位：" not in copy and "整改时限：" not in copy
        assert "河道保洁经费使用不规范" in copy and "市供水管理中心" in copy
    # a class word inside a truth's title is left as printed
    titled = "关于整改情况的通报\n1.整改措施不具体，整改时限未明确。\n整改措施：一是细化清单；二是倒排工期。\n"
    copy = perturb.words(titled, random.Random(1), {"problems": [{"title": "整改措施不具体，整改时限未明确"}]})
    assert copy is not None and "1.整改措施不具体，整改时限未明确。" in copy
